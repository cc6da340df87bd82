"""Field shapes round 11, host-library / application traces (issue 12,
docs/field-shapes.md rows 284-): the sessions and renderers of this round's
variant fixtures, kept apart from make_variants.py (which adds them to its
MODULES and VARIANTS) as rounds 7 to 10 are. Sessions are our own, written
by hand like ../sessions.py; each renderer follows the print statement or
the shape README.md cites. Python 3 standard library only; deterministic."""

import json

from session import Session
import make_traces as M


def cmd_text(ev):
    return ev["data"].decode("latin-1").rstrip("\r\n")


# ------------------------------------------------ sessions
def sim7600_tokens():
    """A SIMCom SIM7600E-H on a Raspberry Pi, the echo on as it ships: the
    usual bring-up, a multi-line ATI, a +CME ERROR in words after
    AT+CMEE=2, a failed PDP activation and a registration URC between
    commands."""
    s = Session("sim7600-tokens", "SIMCom SIM7600E-H (an app's log with inline CR/LF tokens)", echo=True,
                profile="simcom-sim7600", start=12.480)
    s.cmd("AT", dt=0.020, gap=0.200)
    s.cmd("ATI", ["Manufacturer: SIMCOM INCORPORATED", "Model: SIMCOM_SIM7600E-H", "Revision: LE20B04SIM7600M22"],
          dt=0.030, gap=0.200)
    s.cmd("AT+CMEE=2", dt=0.020, gap=0.200)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.030, gap=0.200)
    s.cmd("AT+CSQ", ["+CSQ: 20,99"], dt=0.030, gap=0.200)
    s.urc("+CREG: 1", dt=0.400)
    s.cmd("AT+COPS?", ['+COPS: 0,0,"Vodafone.de",7'], dt=0.040, gap=0.200)
    s.cmd('AT+CGDCONT=1,"IP","web.vodafone.de"', dt=0.030, gap=0.200)
    s.cmd("AT+CGACT=1,1", final="+CME ERROR: operation not allowed", dt=0.800, gap=0.200)
    s.cmd("AT+CPSI?", ["+CPSI: LTE,Online,262-02,0x5A1F,27447553,296,EUTRAN-BAND20,6300,3,3,-107,-1089,-780,12"],
          dt=0.040, gap=0.200)
    return s


def ec25_tokens():
    """A Quectel EC25-E behind an Android app's USB-serial connection, the
    echo off by the app's first command: each write, then each read."""
    s = Session("ec25-tokens", "Quectel EC25-E (an Android app's USB serial log)", echo=True,
                profile="quectel-bg96", start=3.200)
    s.cmd("ATE0", dt=0.020, gap=0.150)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], echo=False, dt=0.030, gap=0.150)
    s.cmd("AT+QGMR", ["EC25EFAR06A08M4G"], echo=False, dt=0.030, gap=0.150)
    s.cmd("AT+CSQ", ["+CSQ: 18,99"], echo=False, dt=0.030, gap=0.150)
    s.cmd("AT+CREG?", ["+CREG: 0,5"], echo=False, dt=0.030, gap=0.150)
    s.cmd('AT+QICSGP=1,1,"iot.1nce.net","","",1', echo=False, dt=0.040, gap=0.150)
    s.cmd("AT+QIACT=1", final="ERROR", echo=False, dt=1.100, gap=0.150)
    s.cmd("AT+QIACT?", echo=False, dt=0.030, gap=0.150)
    return s


MODULES = dict(sim7600_tokens=sim7600_tokens, ec25_tokens=ec25_tokens)


# ------------------------------------------------ renderers
TOKENS = {
    "paren": {13: "(cr)", 10: "(lf)"},
    "angle-hex": {13: "<0d>", 10: "<0a>"},
    "angle-HEX": {13: "<0D>", 10: "<0A>"},
    "bracket-hex": {13: "[0D]", 10: "[0A]"},
    "brace-0x": {13: "{0x0D}", 10: "{0x0A}"},
    "angle-names": {13: "<CR>", 10: "<LF>"},
    "backslash": {13: "\\r", 10: "\\n"},
}


def tokenize(data, tok):
    """The bytes with CR and LF as the app's tokens, the rest as it is."""
    return "".join(tok.get(b, chr(b)) for b in data)


def render_inline(tok, mode, prefix=lambda t: ""):
    """An app that makes a line's CR and LF visible before logging it.
    mode "exchange": one log line per exchange, what the app wrote (unless
    the modem echoes it) and what came back, as a terminal shows the UART;
    a URC a line of its own. "split": a line per write and per read.
    "reflow": the same text as "exchange", the line broken after each LF
    token (an escaped string printed with a real line break after each
    \\n, as Serial.println() of an escaped line does). prefix(t): the app's
    own logger prefix."""
    def render(s):
        o = M.Out()
        pend = None
        o.write(prefix(s.t0 - 0.5) + "serial port opened, 115200 8N1\n", t=s.t0 - 0.5, host=True)

        def flush(p):
            t, text, mk = p
            if mode == "reflow":
                parts = text.replace(tok[10], tok[10] + "\n").split("\n")
                for k, part in enumerate(x for x in parts if x):
                    o.write(prefix(t) + part + "\n", t=t, marks=mk if k == 0 else [])
            else:
                o.write(prefix(t) + text + "\n", t=t, marks=mk)

        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "tx" and ev["role"] == "cmd":
                if pend:
                    flush(pend)
                mk = [(("t", ev["txn"]), 0)]
                text = tokenize(ev["data"], tok) if not ev.get("echo") else ""
                if mode == "split":
                    if text:
                        o.write(prefix(t) + text + "\n", t=t, marks=mk)
                        mk = []
                    pend = (t, "", mk)
                else:
                    pend = (t, text, mk)
            elif ev["kind"] == "rx":
                if ev["role"] == "urc":
                    if pend:
                        flush(pend)
                        pend = None
                    o.write(prefix(t) + tokenize(ev["data"], tok) + "\n", t=t,
                            marks=[(("u", ev["urc"]), 0)])
                    continue
                if mode == "split":
                    o.write(prefix(t) + tokenize(ev["data"], tok) + "\n", t=t, marks=pend[2] if pend else [])
                    pend = None
                else:
                    pend = (pend[0], pend[1] + tokenize(ev["data"], tok), pend[2])
        if pend and pend[1]:
            flush(pend)
        o.write(prefix(t + 0.5) + "done, closing port\n", t=t + 0.5, host=True)
        return o
    return render


def logcat_brief(tag, pid):
    """logcat -v brief: 'D/Tag( pid): '."""
    return lambda t: "D/%s(%5d): " % (tag, pid)


def esp_log(tag):
    """ESP-IDF's 'I (ms) tag: '."""
    return lambda t: "I (%d) %s: " % (int(t * 1000), tag)


def secs_stamp(t):
    return "%010.3f " % t


def variants(V, same, sub):
    """This round's rows for make_variants.VARIANTS."""
    T = TOKENS
    return [
        V("txrx-status-prose.log", "ec25-tokens.log", same, "generic-txrx",
          "TX: / RX: after a time of day with the firmware's status lines between that speak of AT in words "
          "([modem] tx: AT command timeout, [uart] TX: ATTENTION buffer overrun, tx -> AT+CGATT=1 skipped: not "
          "registered): not commands (before: a false transaction, and ATTENTION's 'ATT' put the rest in data mode)",
          render=("ec25_tokens", render_txrx_status)),
        V("asterisk-dongle-cli.log", "e1550-cli.log", same, "asterisk-user-cmd",
          "an Asterisk console: pbx*CLI> dongle cmd dongle0 AT+CSQ, [dongle0] AT command queued, then each answer "
          "line relayed twice, ' [dongle0] Got Response for user's command:'+CSQ: 21,99'' (ast_verb) and the "
          "[date] NOTICE[2851]: at_response.c:1843 in at_response: copy (one read)",
          render=("e1550_cli", render_asterisk_cli("dongle", "dongle0"))),
        V("asterisk-quectel-cli.log", "e1550-cli.log", same, "asterisk-user-cmd",
          "the same through chan_quectel (quectel cmd quectel0 …, [quectel0] 'AT+CSQ' AT command queued), the NOTICE "
          "copy printed before the verbose one",
          render=("e1550_cli", render_asterisk_cli("quectel", "quectel0", notice_first=True))),
        V("asterisk-dongle-notice-only.log", "e1550-cli.log", same, "asterisk-user-cmd",
          "a console at verbose 0: the NOTICE copy of each answer line alone (read, as no verbose copy shows)",
          render=("e1550_cli", render_asterisk_cli("dongle", "dongle0", verbose=False))),
        V("atcmdparser-sim7600.log", "sim7600-tokens.log", same, "atcmdparser",
          "Mbed OS ATCmdParser with debug on, the echo on: AT> the command, AT? the pattern, AT< the echo and the "
          "empty lines, AT= the information line and the OK that matched, an error final as AT< with AT(Timeout), "
          "a URC read while a recv() waited as AT< +CREG: 1",
          render=("sim7600_tokens", render_atcmdparser(ATP_PATTERNS))),
        V("quoted-txrx-cut.log", "sim800-node.log", same, "generic-txrx",
          "an app's tx \"AT+CSQ\\r\" / rx \"\\r\\n+CSQ: 1\" / rx \"7,0\\r\\n\\r\\nOK\\r\\n\": each read as the driver "
          "handed it over, cut anywhere (inside a line, between CR and LF), a read data len=n line before each: "
          "generic-txrx's (its repr rules) before and after, quoted-bytes reading it the same (a tie: the earlier wins)",
          render=("sim800_node", render_quoted(bare_txrx, lenline_plain))),
        V("quoted-qdebug.log", "sim7600-tokens.log", same, "quoted-bytes",
          "a Qt application's qDebug() << \"write\" << data and << \"readyRead:\" << data (QByteArray in quotes "
          "with its escapes), reads cut anywhere, the echo in them",
          render=("sim7600_tokens", render_quoted(qt_debug))),
        V("quoted-logcat.log", "ec25-tokens.log", same, "quoted-bytes",
          "an Android app's Log.d() of its USB serial port through logcat -v threadtime: "
          "11-30 10:20:33.200  2211  2240 D ModemIO: send \"ATE0\\r\", recv \"…\" reads cut anywhere",
          render=("ec25_tokens", render_quoted(logcat_threadtime("ModemIO")))),
        V("pylist-logging-pair.log", "sim7600-tokens.log", same, "python-logging > python-list-reply",
          "a Python script's logging of each command and its whole reply as a list, the echo first, empty lines "
          "dropped: 2026-11-30 10:20:42,480 DEBUG sim7600: AT command 'AT+CSQ' -> ['AT+CSQ', '+CSQ: 20,99', 'OK']",
          render=("sim7600_tokens", render_pylist(py_asctime, False))),
        V("pylist-print-pair.log", "sim7600-tokens.log", same, "python-list-reply",
          "a HAT helper's print of send_at()'s result with the empty lines split('\\r\\n') leaves: "
          "send_at('AT+CPIN?') = ['AT+CPIN?', '', '+CPIN: READY', '', 'OK']",
          render=("sim7600_tokens", render_pylist(py_print, True))),
        V("pylist-cmd-resp.log", "ec25-tokens.log", same, "python-list-reply",
          "the command and the reply on two lines: [ec25] cmd: 'AT+CSQ', [ec25] resp: ['+CSQ: 18,99', 'OK']",
          render=("ec25_tokens", render_pylist(py_tag, False, split=True))),
        V("json-pino-data.log", "sim800-node.log", same, "structured-log-data",
          "a Node.js service's pino log: {\"level\":20,\"time\":…,\"data\":\"\\r\\n+CREG: 0,1\\r\\n\",\"msg\":\"rx\"}, "
          "a line per write and per read (a reply over several lines), the SMS prompt and text",
          render=("sim800_node", render_structured(pino))),
        V("json-zap-console.log", "sim800-node.log", same, "structured-log-data",
          "a Go service's zap console encoder: time, level, caller, rx, then {\"data\": \"…\"}, tab separated",
          render=("sim800_node", render_structured(zap_console))),
        V("json-logrus-logfmt.log", "sim800-node.log", same, "structured-log-data",
          "a Go service's logrus text: time=\"…\" level=debug msg=rx port=/dev/ttyS2 data=\"\\r\\nOK\\r\\n\" (Go's %q)",
          render=("sim800_node", render_structured(logrus_text))),
        V("json-winston-lines.log", "ec25-tokens.log", same, "json-lines > raw",
          "winston's json() with a line parser: {\"level\":\"debug\",\"message\":\"modem rx\",\"line\":\"+CSQ: 18,99\",…} "
          "each line without its line end (empty lines not logged), the write as written: the line is the "
          "json-lines layer's body (read before this round; kept so the layer's unless fields leave it so)",
          render=("ec25_tokens", render_winston_lines)),
        V("inline-paren-exchange.log", "sim7600-tokens.log", same, "inline-ctrl-tokens",
          "an app's log of each exchange on one line, CR and LF as (cr) (lf): AT+CSQ(cr)(cr)(lf)+CSQ: 20,99(cr)(lf)"
          "(cr)(lf)OK(cr)(lf) (the echo, the answer, the final), a URC on a line of its own",
          render=("sim7600_tokens", render_inline(T["paren"], "exchange"))),
        V("inline-angle-hex-logcat.log", "ec25-tokens.log", same, "inline-ctrl-tokens",
          "an Android app's logcat (-v brief) of its USB serial port, a line per write and per read, CR and LF "
          "as <0d> <0a>: D/UsbSerial( 2211): AT+CSQ<0d>, D/UsbSerial( 2211): <0d><0a>+CSQ: 18,99<0d><0a>...",
          render=("ec25_tokens", render_inline(T["angle-hex"], "split", logcat_brief("UsbSerial", 2211)))),
        V("inline-bracket-esp.log", "sim7600-tokens.log", same, "inline-ctrl-tokens",
          "an ESP32 firmware's ESP_LOGI of each exchange with [0D] [0A]: I (12480) modem: "
          "AT+CPIN?[0D][0D][0A]+CPIN: READY[0D][0A][0D][0A]OK[0D][0A]",
          render=("sim7600_tokens", render_inline(T["bracket-hex"], "exchange", esp_log("modem")))),
        V("inline-brace-0x.log", "ec25-tokens.log", same, "inline-ctrl-tokens",
          "a firmware's print with {0x0D} {0x0A} (WizFi250's process_crlf() spelling) after a seconds stamp, a "
          "line per write and per read",
          render=("ec25_tokens", render_inline(T["brace-0x"], "split", secs_stamp))),
        V("inline-backslash-reflow.log", "sim7600-tokens.log", same, "inline-ctrl-tokens",
          "an Arduino sketch printing the reply escaped, each \\n followed by a real line break: AT+CSQ\\r\\r\\n, "
          "+CSQ: 20,99\\r\\n, \\r\\n, OK\\r\\n on lines of their own",
          render=("sim7600_tokens", render_inline(T["backslash"], "reflow"))),
        V("inline-angle-names-exchange.log", "ec25-tokens.log", same, "inline-ctrl-tokens",
          "the exchange on one line with <CR> <LF> (ASCII names), no prefix: AT+CSQ<CR><CR><LF>... with the echo, "
          "the app's write and the reply on one line after it",
          render=("ec25_tokens", render_inline(T["angle-names"], "exchange"))),
    ]


# ------------------------------------------------ class 2: a structured logger's data field
def sim800_node():
    """A SIMCom SIM800C on a gateway's Node.js or Go service, the echo off
    by its init: the answers in reads of their own (a line each), an SMS
    sent in text mode after its prompt, a URC between commands."""
    s = Session("sim800-node", "SIMCom SIM800C (a service's structured log)", echo=False,
                profile="simcom-sim800", start=8.100)
    s.cmd("AT", dt=0.030, gap=0.120)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.040, gap=0.120)
    s.cmd("AT+CSQ", ["+CSQ: 17,0"], dt=0.040, gap=0.120)
    s.cmd("AT+CREG?", ["+CREG: 0,1"], dt=0.040, gap=0.120)
    s.urc("+CGREG: 1", dt=0.300)
    s.cmd("AT+CMGF=1", dt=0.030, gap=0.120)
    s.cmd('AT+CMGS="+4915112345678"', ["+CMGS: 41"], prompt=b"\r\n> ", payload=b"gate 7 open\x1a",
          after=b"\r\n+CMGS: 41\r\n\r\nOK\r\n", dt=0.080, gap=0.120)
    s.cmd("AT+CMGR=3", final="+CMS ERROR: 321", dt=0.040, gap=0.120)
    return s


MODULES.update(sim800_node=sim800_node)


def reads(data):
    """What a service reading as bytes arrive gets: each line the modem
    sent with the CR LF before it, one read each (the prompt whole)."""
    import re
    return [m.group(0) for m in re.finditer(rb"\r\n[^\r\n]*\r\n|\r\n> |[^\r\n]+\r?(?!\n)|[^\r\n]+", data)]


def js(data):
    """JSON.stringify / json.dumps of the bytes read as latin-1."""
    return json.dumps(data.decode("latin-1"))


def render_structured(shape):
    """A service logging each write and each read of its serial port with
    a structured logger: shape(t, level, word, data) gives the line. The
    word is tx for a write (the command, then the SMS text) and rx for a
    read; the service's own info lines between."""
    def render(s):
        o = M.Out()
        o.write(shape(s.t0 - 0.3, "info", "port open", None) + "\n", t=s.t0 - 0.3, host=True)
        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "tx":
                mk = [(("t", ev["txn"]), 0)] if ev["role"] == "cmd" else []
                o.write(shape(t, "debug", "tx", ev["data"]) + "\n", t=t, marks=mk)
            elif ev["kind"] == "rx":
                for k, part in enumerate(reads(ev["data"])):
                    mk = [(("u", ev["urc"]), 0)] if ev["role"] == "urc" else []
                    o.write(shape(t + 0.001 * k, "debug", "rx", part) + "\n", t=t, marks=mk)
        o.write(shape(t + 0.2, "info", "poll done", None) + "\n", t=t + 0.2, host=True)
        return o
    return render


def pino(t, level, word, data):
    """pino's default line (lib/tools.js asJson()): level number, time in
    ms, pid, hostname, then the call's object, then msg."""
    lv = {"debug": 20, "info": 30}[level]
    head = '{"level":%d,"time":%d,"pid":4120,"hostname":"gw-7"' % (lv, 1764498000000 + int(t * 1000))
    if data is None:
        return head + ',"msg":"%s"}' % word
    return head + ',"data":%s,"msg":"%s"}' % (js(data).replace(" ", " "), word)


def zap_console(t, level, word, data):
    """zap's console encoder (zapcore/console_encoder.go): ISO8601 time,
    level, caller, message, then the fields as one JSON object, tab
    separated."""
    h, m, sec = M.hms(t)
    head = "2026-11-30T%02d:%02d:%06.3fZ\t%s\tmodem/port.go:%d\t%s" % (h, m, sec, level.upper(),
                                                                      88 if word == "rx" else 61, word)
    return head if data is None else head + '\t{"data": %s}' % js(data)


def logrus_text(t, level, word, data):
    """logrus' TextFormatter without a TTY: time="…" level=… msg=… and the
    fields, a value that needs quoting written with %q (Go's escapes)."""
    h, m, sec = M.hms(t)
    msg = word if " " not in word else '"%s"' % word
    head = 'time="2026-11-30T%02d:%02d:%02d+01:00" level=%s msg=%s' % (h, m, int(sec), level, msg)
    # strconv.Quote: a control byte other than \a \b \f \n \r \t \v as \xHH
    return head if data is None else head + " port=/dev/ttyS2 data=%s" % js(data).replace("\\u00", "\\x")


def winston_lines(t, level, word, data):
    """winston's format.json() with a timestamp, the service reading with a
    line parser (serialport's ReadlineParser): each line without its line
    end, empty lines not logged; the write as written."""
    h, m, sec = M.hms(t)
    ts = "2026-11-30T%02d:%02d:%06.3fZ" % (h, m, sec)
    if data is None:
        return '{"level":"%s","message":"%s","timestamp":"%s"}' % (level, word, ts)
    return '{"level":"%s","message":"modem %s","line":%s,"timestamp":"%s"}' % (level, word, js(data), ts)


def render_winston_lines(s):
    o = M.Out()
    o.write(winston_lines(s.t0 - 0.3, "info", "port open", None) + "\n", t=s.t0 - 0.3, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx":
            mk = [(("t", ev["txn"]), 0)] if ev["role"] == "cmd" else []
            o.write(winston_lines(t, "debug", "tx", ev["data"]) + "\n", t=t, marks=mk)
        elif ev["kind"] == "rx":
            for k, x in enumerate(M.lines_of(ev["data"])):
                mk = [(("u", ev["urc"]), 0)] if ev["role"] == "urc" else []
                if x.startswith(">"):
                    continue          # the prompt has no line end: the parser never gives it
                o.write(winston_lines(t + 0.001 * k, "debug", "rx", x.encode("latin-1")) + "\n", t=t, marks=mk)
    return o


# ------------------------------------------------ class 3: a Python list of the reply's lines
def reply_lines(data, keep_empty):
    """What a script's read-until-final loop returns: the reply's lines
    without their line ends (the echo first when it is on); readlines() /
    split('\\r\\n') keep the empty ones, a strip-and-filter loop does not."""
    import re
    parts = re.split(rb"\r\n|\r|\n", data)
    if parts and parts[-1] == b"":
        parts.pop()
    out = [p.decode("latin-1") for p in parts]
    return out if keep_empty else [p for p in out if p]


def render_pylist(line, keep_empty, split=False):
    """A Python script logging each command as a quoted string and the
    reply as a Python list (repr(list): Objects/listobject.c list_repr()).
    line(t, text) gives the log line; split: the command and the reply on
    two lines (cmd: / resp:), else one."""
    def render(s):
        o = M.Out()
        o.write(line(s.t0 - 0.4, "modem on /dev/ttyUSB2 at 115200") + "\n", t=s.t0 - 0.4, host=True)
        cur = None
        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "tx" and ev["role"] == "cmd":
                cur = ev
                if split:
                    o.write(line(t, "cmd: %r" % cmd_text(ev)) + "\n", t=t, marks=[(("t", ev["txn"]), 0)])
            elif ev["kind"] == "rx" and ev["role"] == "urc":
                o.write(line(t, "unsolicited: %r" % reply_lines(ev["data"], False)) + "\n", t=t,
                        marks=[(("u", ev["urc"]), 0)])
            elif ev["kind"] == "rx":
                lines = reply_lines(ev["data"], keep_empty)
                if split:
                    o.write(line(t, "resp: %r" % lines) + "\n", t=t)
                elif keep_empty:
                    o.write(line(t, "send_at(%r) = %r" % (cmd_text(cur), lines)) + "\n", t=t,
                            marks=[(("t", cur["txn"]), 0)])
                else:
                    o.write(line(t, "AT command %r -> %r" % (cmd_text(cur), lines)) + "\n", t=t,
                            marks=[(("t", cur["txn"]), 0)])
        return o
    return render


def py_asctime(t, text):
    """'%(asctime)s %(levelname)s %(name)s: %(message)s'."""
    h, m, sec = M.hms(t)
    return "2026-11-30 %02d:%02d:%02d,%03d DEBUG sim7600: %s" % (h, m, int(sec), int(round(sec * 1000)) % 1000,
                                                                text)


def py_print(t, text):
    return text


def py_tag(t, text):
    return "[ec25] " + text


# ------------------------------------------------ class 4: quoted byte arrays, reads cut anywhere
def cq(data):
    """A C-style quoted string of the bytes (QDebug's operator<<(QByteArray),
    a printf of an escaped buffer): \\r \\n \\" \\\\ and \\xHH for the rest."""
    out = ""
    for b in data:
        out += {13: "\\r", 10: "\\n", 34: '\\"', 92: "\\\\", 9: "\\t"}.get(
            b, chr(b) if 32 <= b < 127 else "\\x%02x" % b)
    return '"' + out + '"'


def cuts(data, k):
    """The reads a UART driver hands over: cut every few bytes, anywhere
    (inside a line, between CR and LF), the cut points fixed by k."""
    out, i, step = [], 0, 0
    while i < len(data):
        n = 5 + (k * 7 + step * 5) % 11
        out.append(data[i:i + n])
        i += n
        step += 1
    return out


def render_quoted(line, lenline=None):
    """An application's log of each write and each read as a quoted byte
    array: line(t, "tx"/"rx", quoted) gives the line; lenline(t, n), when
    given, a driver line before each read ('read data len=n')."""
    def render(s):
        o = M.Out()
        o.write(line(s.t0 - 0.2, None, "port opened") + "\n", t=s.t0 - 0.2, host=True)
        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "tx":
                mk = [(("t", ev["txn"]), 0)] if ev["role"] == "cmd" else []
                o.write(line(t, "tx", cq(ev["data"])) + "\n", t=t, marks=mk)
            elif ev["kind"] == "rx":
                # a URC comes in a read of its own; an answer in the driver's pieces
                parts = [ev["data"]] if ev["role"] == "urc" else cuts(ev["data"], ev.get("txn") or 0)
                for k, part in enumerate(parts):
                    tt = t + 0.002 * k
                    if lenline:
                        o.write(lenline(tt, len(part)) + "\n", t=tt, host=True)
                    mk = [(("u", ev["urc"]), 0)] if ev["role"] == "urc" and k == 0 else []
                    o.write(line(tt, "rx", cq(part)) + "\n", t=tt, marks=mk)
        return o
    return render


def bare_txrx(t, d, q):
    return q if d is None else "%s %s" % (d, q)


def qt_debug(t, d, q):
    """qDebug() << "write" << data; / qDebug() << "readyRead:" << data;
    (QDebug separates the items with a space, a QByteArray in quotes with
    its escapes)."""
    return q if d is None else ("write %s" if d == "tx" else "readyRead: %s") % q


def logcat_threadtime(tag):
    """logcat -v threadtime: 'MM-DD HH:MM:SS.mmm  pid  tid L tag: '."""
    def line(t, d, q):
        h, m, sec = M.hms(t)
        head = "11-30 %02d:%02d:%06.3f  2211  2240 D %s: " % (h, m, sec, tag)
        return head + (q if d is None else "%s %s" % ("send" if d == "tx" else "recv", q))
    return line


def lenline_plain(t, n):
    return "read data len=%d" % n


# ------------------------------------------------ class 7: a pattern-matching parser's debug
def render_atcmdparser(patterns):
    """Mbed OS ATCmdParser with debug on (platform/source/ATCmdParser.cpp):
    vsend() prints 'AT> ' and the command; each recv() prints 'AT? ' and
    its scanf pattern (every conversion as %*, then %n), then reads: a line
    that does not match is printed 'AT< ' and the line (empty lines too:
    the CR LF simplified to one newline each), the text that matches 'AT= '
    and the text. The driver here expects the answer's information line
    (patterns: command -> its pattern) and then OK; an error final matches
    nothing and is printed 'AT< ERROR', then AT(Timeout). A registered OOB
    prefix ('+CREG:') is printed 'AT! +CREG:', and its callback reads the
    rest with recv('%d')."""
    def render(s):
        o = M.Out()
        left = 0          # newlines the last match left in the stream
        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "tx" and ev["role"] == "cmd":
                o.write("AT> %s\n" % cmd_text(ev), t=t, marks=[(("t", ev["txn"]), 0)])
                cur = ev
            elif ev["kind"] == "rx" and ev["role"] == "urc":
                # no OOB registered for it: read while the next recv() waits,
                # the URC is a line that matched nothing
                for _ in range(left):
                    o.write("AT< \n", t=t)
                o.write("AT< %s\n" % ev["text"], t=t, marks=[(("u", ev["urc"]), 0)])
                left = 1
            elif ev["kind"] == "rx":
                lines = ev["data"].decode("latin-1").replace("\r\r\n", "\n\n").replace("\r\n", "\n").split("\n")
                if lines and lines[-1] == "":
                    lines.pop()
                want = [patterns.get(cmd_text(cur).split("=")[0].split("?")[0])] if patterns.get(
                    cmd_text(cur).split("=")[0].split("?")[0]) else []
                want.append("OK")
                o.write("AT? %s%%n\n" % (want[0] if want[0] != "OK" else "OK"), t=t, host=True)
                for _ in range(left):
                    o.write("AT< \n", t=t)
                left = 0
                wi = 0
                for x in lines:
                    pat = want[wi] if wi < len(want) else None
                    if pat and x and (x == "OK" if pat == "OK" else x.startswith(pat.split("%")[0].rstrip())):
                        o.write("AT= %s\n" % x, t=t)
                        wi += 1
                        if wi < len(want):
                            o.write("AT? %s%%n\n" % want[wi], t=t, host=True)
                        left = 1
                    else:
                        o.write("AT< %s\n" % x, t=t)
                if wi < len(want):
                    o.write("AT(Timeout)\n", t=t + 0.5, host=True)
                    left = 0
        return o
    return render


ATP_PATTERNS = {"ATI": "Manufacturer: %*s", "AT+CPIN": "+CPIN: %*s", "AT+CSQ": "+CSQ: %*d,%*d",
                "AT+COPS": "+COPS: %*d,%*d,%*s", "AT+CPSI": "+CPSI: %*s", "AT+CREG": "+CREG: %*d,%*d",
                "AT+QGMR": "%*s"}


# ------------------------------------------------ class 5: Asterisk relays a user's command's answer
def e1550_cli():
    """A Huawei E1550 under chan_dongle, commands typed at the Asterisk CLI
    (the channel driver turned the echo off at its init): each line of the
    answer relayed by at_response(), the final too."""
    s = Session("e1550-cli", "Huawei E1550 (chan_dongle, dongle cmd at the CLI)", echo=False,
                profile="huawei-me909s", start=30.000)
    s.cmd("AT+CSQ", ["+CSQ: 21,99"], dt=0.080, gap=4.000)
    s.cmd("AT+COPS?", ['+COPS: 0,0,"MegaFon",2'], dt=0.090, gap=4.000)
    s.cmd("ATI", ["Manufacturer: huawei", "Model: E1550", "Revision: 11.608.14.15.311"], dt=0.100, gap=4.000)
    s.cmd("AT^SYSINFO", ["^SYSINFO:2,3,0,5,1,,4"], dt=0.080, gap=4.000)
    s.cmd('AT+CLCK="SC",2', final="+CME ERROR: 3", dt=0.080, gap=4.000)
    s.cmd("AT+CMGF?", ["+CMGF: 0"], dt=0.060, gap=4.000)
    return s


MODULES.update(e1550_cli=e1550_cli)


def render_asterisk_cli(driver, dev, notice_first=False, verbose=True):
    """An Asterisk remote console (asterisk -r) with verbose and the NOTICE
    level on: the CLI line as typed, cli_cmd()'s answer, then for each
    line of the answer at_response()'s ast_verb(1, ...) (the console's
    level-1 prefix, a blank) and ast_log(LOG_NOTICE, ...) with the console's
    [date] NOTICE[lwp]: file:line in function: prefix; notice_first: the
    two copies the other way round (the logger thread and the verbose
    thread race); verbose=False: a console at verbose 0, the NOTICE copy
    alone."""
    def render(s):
        o = M.Out()
        o.write("Connected to Asterisk 18.20.0 currently running on pbx (pid = 2840)\n", t=s.t0 - 5, host=True)
        for ev in s.events:
            t = ev["t"]
            h, m, sec = M.hms(t)
            stamp = "[Dec  6 %02d:%02d:%02d]" % (h, m, int(sec))
            if ev["kind"] == "tx" and ev["role"] == "cmd":
                o.write("pbx*CLI> %s cmd %s %s\n" % (driver, dev, cmd_text(ev)), t=t, marks=[(("t", ev["txn"]), 0)])
                if driver == "quectel":
                    o.write("[%s] '%s' AT command queued\n" % (dev, cmd_text(ev)), t=t, host=True)
                else:
                    o.write("[%s] AT command queued\n" % dev, t=t, host=True)
            elif ev["kind"] == "rx":
                for x in M.lines_of(ev["data"]):
                    v = " [%s] Got Response for user's command:'%s'\n" % (dev, x)
                    n = ("%s NOTICE[2851]: at_response.c:1843 in at_response: [%s] Got Response for user's "
                         "command:'%s'\n" % (stamp, dev, x))
                    if not verbose:
                        o.write(n, t=t)
                    elif notice_first:
                        o.write(n, t=t)
                        o.write(v, t=t)
                    else:
                        o.write(v, t=t)
                        o.write(n, t=t)
        return o
    return render


# ------------------------------------------------ the generic TX: reading and an app's status text
STATUS = ["[modem] tx: AT command timeout, retry 1", "[uart] TX: ATTENTION buffer overrun",
          "[modem] tx -> AT+CGATT=1 skipped: not registered", "[net] tx: AT queue empty"]


def render_txrx_status(s):
    """A firmware's 'TX: ' / 'RX: ' log of its modem traffic after a time of
    day, with the firmware's own status lines between that speak of its TX
    and of AT commands in words (a timeout, a skipped command, a full
    buffer): the generic TX reading once took those for commands."""
    o = M.Out()
    k = 0
    for ev in s.events:
        t = ev["t"]
        h, m, sec = M.hms(t)
        stamp = "%02d:%02d:%06.3f " % (h, m, sec)
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            if ev["txn"] in (2, 4, 5, 7) and k < len(STATUS):
                o.write(stamp + STATUS[k] + "\n", t=t, app=True)
                k += 1
            o.write(stamp + "TX: %s\n" % cmd_text(ev), t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            for x in M.lines_of(ev["data"]):
                o.write(stamp + "RX: %s\n" % x, t=t)
    return o
