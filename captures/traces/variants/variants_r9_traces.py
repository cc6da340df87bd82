"""Field shapes round 9, host-library and application traces
(docs/field-shapes.md rows 153-): the sessions and renderers of this
round's variant fixtures, kept apart from make_variants.py (which adds them
to its MODULES and VARIANTS) as rounds 7 and 8 are. Sessions are our own,
written by hand like ../sessions.py; each renderer follows the print
statement README.md cites. Python 3 standard library only; deterministic."""

import re

from session import Session
import make_traces as M


def cmd_text(ev):
    return ev["data"].decode("latin-1").rstrip("\r\n")


# ------------------------------------------------ sessions
def hl7800_zephyr():
    """A Sierra Wireless HL7800 under Zephyr's hl7800 driver after boot
    (the driver has turned the echo off): lines no handler takes (+CPIN,
    +CSQ) dumped whole, a +CME ERROR, a command the modem never answers."""
    s = Session("hl7800-zephyr", "Sierra Wireless HL7800 (Zephyr hl7800 driver)", echo=False, profile="3gpp",
                start=5.120)
    s.cmd("AT+CEREG=0", dt=0.040, gap=0.060)
    s.cmd("AT+KSLEEP=2", dt=0.035, gap=0.060)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.045, gap=0.060)
    s.cmd("AT+CSQ", ["+CSQ: 21,99"], dt=0.040, gap=0.060)
    s.cmd('AT+KCNXCFG=1,"GPRS","iot.example",,,"IPV4"', dt=0.060, gap=0.060)
    s.cmd("AT+CGACT=1,1", final="+CME ERROR: 30", dt=0.900, gap=0.060)
    s.silence('AT+COPS=1,2,"26201"', gap=6.010)
    s.cmd("AT+WPPP=0", final="ERROR", dt=0.030, gap=0.060)
    s.cmd("AT+CFUN=1", dt=0.250, gap=0.060)
    return s


def sim800_lwgsm():
    """A SIMCom SIM800 driven by lwgsm (echo off after its ATE0; lwgsm ends
    every command with CR LF): a socket send through the > prompt, a
    +CME ERROR, replies that reach the input hook in pieces."""
    s = Session("sim800-lwgsm", "SIMCom SIM800 (lwgsm, a low-level hook)", echo=False, profile="simcom-sim800",
                start=1.204)
    crlf = dict(term=b"\r\n")
    s.cmd("AT", dt=0.020, gap=0.050, **crlf)
    s.cmd("AT+CMEE=1", dt=0.020, gap=0.050, **crlf)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.030, gap=0.050, chunks=[9], **crlf)
    s.cmd("AT+CREG?", ["+CREG: 0,1"], dt=0.030, gap=0.050, **crlf)
    s.cmd("AT+CSQ", ["+CSQ: 18,0"], dt=0.030, gap=0.050, chunks=[2, 15], **crlf)
    s.cmd('AT+COPS?', ['+COPS: 0,0,"Example Net"'], dt=0.040, gap=0.050, **crlf)
    s.cmd("AT+CNUM", final="+CME ERROR: 10", dt=0.030, gap=0.050, **crlf)
    s.cmd('AT+CIPSTART="TCP","example.com",80', dt=0.060, gap=0.050, **crlf)
    s.cmd("AT+CIPSEND=5", prompt=b"\r\n> ", payload=b"hello", after=b"\r\nSEND OK\r\n", final="SEND OK",
          dt=0.030, gap=0.050, **crlf)
    s.cmd("AT+CGATT?", ["+CGATT: 1"], dt=0.030, gap=0.050, chunks=[5], **crlf)
    return s


def sim900_app():
    """A SIMCom SIM900 brought up by a data logger's own firmware (echo
    off), which prints what it learns between the commands."""
    s = Session("sim900-app", "SIMCom SIM900 (a firmware's own prints)", echo=False, profile="simcom-sim800",
                start=2.000)
    s.cmd("ATE0", dt=0.020, gap=0.100)
    s.cmd("AT+CSQ", ["+CSQ: 25,0"], dt=0.030, gap=0.100)
    s.cmd("AT+CGMR", ["Revision:1418B05SIM900M32"], dt=0.040, gap=0.100)
    s.cmd("AT+CREG?", ["+CREG: 0,1"], dt=0.030, gap=0.100)
    s.cmd("AT+CGATT?", ["+CGATT: 1"], dt=0.030, gap=0.100)
    s.cmd("AT+CIPMUX=0", dt=0.030, gap=0.100)
    s.cmd('AT+CSTT="iot.example"', dt=0.040, gap=0.100)
    s.cmd("AT+CIICR", final="ERROR", dt=0.800, gap=0.100)
    s.cmd("AT+CIPSHUT", final="SHUT OK", dt=0.200, gap=0.100)
    return s


def dongle_node(echo):
    """A USB 3G dongle's AT port read by a Node.js script (the modem's echo
    on, as it ships; or off after ATE0 in the script's own init)."""
    def make():
        s = Session("dongle-node", "a 3G USB dongle (a Node.js serialport script)", echo=echo, profile="3gpp",
                    start=0.500)
        s.cmd("AT", dt=0.020, gap=0.200, chunks=[3] if echo else None)
        s.cmd("AT+CGMI", ["huawei"], dt=0.030, gap=0.200, chunks=[8] if echo else None)
        s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.030, gap=0.200)
        s.cmd("AT+CSQ", ["+CSQ: 17,99"], dt=0.030, gap=0.200, chunks=[7, 20] if echo else [14])
        s.cmd('AT+CMGF=1', dt=0.030, gap=0.200)
        s.cmd('AT+CPMS?', ['+CPMS: "SM",1,30,"SM",1,30,"SM",1,30'], dt=0.060, gap=0.200,
              chunks=[9, 40] if echo else [30])
        s.cmd("AT+COPS=0", final="+CME ERROR: 30", dt=0.500, gap=0.200)
        return s
    return make


def bg95_miniterm():
    """A Quectel BG95 typed at by hand in pyserial's miniterm (the echo on,
    as the module ships; Enter sends CR LF, miniterm's default)."""
    s = Session("bg95-miniterm", "Quectel BG95 (pyserial miniterm)", echo=True, profile="quectel-bg96", start=3.000)
    crlf = dict(term=b"\r\n")
    s.cmd("AT", dt=0.020, gap=1.500, **crlf)
    s.cmd("ATI", ["Quectel", "BG95-M3", "Revision: BG95M3LAR02A03"], dt=0.030, gap=2.000, chunks=[9, 20], **crlf)
    s.cmd("AT+CEREG?", ["+CEREG: 0,1"], dt=0.030, gap=2.000, **crlf)
    s.cmd("AT+CSQ", ["+CSQ: 22,99"], dt=0.030, gap=2.000, chunks=[12], **crlf)
    s.cmd("AT+QPING=1", final="ERROR", dt=0.030, gap=2.000, **crlf)
    s.cmd('AT+QCFG="nwscanmode"', ['+QCFG: "nwscanmode",0'], dt=0.040, gap=2.000, **crlf)
    return s


MODULES = dict(bg95_miniterm=bg95_miniterm, hl7800_zephyr=hl7800_zephyr, sim800_lwgsm=sim800_lwgsm, sim900_app=sim900_app,
               dongle_node_echo=dongle_node(True), dongle_node_noecho=dongle_node(False))


# ------------------------------------------------ renderers
# hl7800_rx()'s handler table: the matches a line may start with (the
# handlers of lines whose text the log does not show are left out: the
# fixture has none of them, the shape of those is in tests/cli/traces.sh)
HL7800_FINALS = ("OK", "ERROR", "NO CARRIER", "CONNECT")


def render_hl7800(s):
    """zephyr drivers/modem/hl7800.c at CONFIG_MODEM_LOG_LEVEL_DBG with
    log_output.c's default prefix ("[hh:mm:ss.mmm,uuu] <dbg> module:
    function: ", the function for debug lines only): send_at_cmd() logs
    "OUT: [%s]" before writing the command and CR; hl7800_rx() logs
    "HANDLE %s (len:%u)" with the handler's match ("+CME ERROR: " keeps its
    blank) for each line a handler takes, and LOG_HEXDUMP_DBG(...,
    "UNHANDLED RX") of a line none takes (its CR LF not in it);
    on_cmd_sock_error_code() logs "Error code: %s" at <err>; a command
    that timed out is logged by its caller as "%s result:%d" (-116,
    ETIMEDOUT)."""
    o = M.Out()
    indent = len(M.zts(0.0) + "<dbg> modem_hl7800: ")

    def w(t, lvl, func, msg, **kw):
        o.write(M.zts(t) + "<%s> modem_hl7800: " % lvl + (func + ": " if func else "") + msg + "\n", t=t, **kw)

    w(s.t0 - 0.300, "inf", None, "Modem booted!", host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            w(t, "dbg", "send_at_cmd", "OUT: [%s]" % cmd_text(ev), marks=[(("t", ev["txn"]), 0)])
            if s.txns[ev["txn"]]["final"] is None:
                w(t + 6.000, "err", None, "%s result:-116" % cmd_text(ev), host=True)
        elif ev["kind"] == "rx":
            for k, x in enumerate(M.lines_of(ev["data"])):
                tt = t + k * 0.000200
                if x in HL7800_FINALS:
                    w(tt, "dbg", "hl7800_rx", "HANDLE %s (len:0)" % x)
                elif x.startswith(("+CME ERROR: ", "+CMS ERROR: ")):
                    head, code = x[:12], x[12:]
                    w(tt, "dbg", "hl7800_rx", "HANDLE %s (len:%d)" % (head, len(code)))
                    w(tt + 0.000050, "err", None, "Error code: %s" % code)
                else:
                    w(tt, "dbg", "hl7800_rx", "UNHANDLED RX")
                    for r in M.zhex_rows(x.encode("latin-1"), indent):
                        o.write(r + "\n", t=tt)
    return o


# ------------------------------------------------ transforms of parent fixtures
def pylog_asctime_level_name(lines):
    """python-gsmmodem's 'DEBUG: ' lines under the logging format
    '%(asctime)s %(levelname)s %(name)s: %(message)s' (asctime's default
    '%Y-%m-%d %H:%M:%S' and ',%03d' milliseconds, logging.Formatter)."""
    out = []
    for i, l in enumerate(lines):
        out.append(re.sub(rb"^(DEBUG|INFO): ",
                          lambda m: b"2026-11-30 10:02:%02d,%03d %s gsmmodem.modem.GsmModem: "
                          % (3 + i // 9, (114 + i * 47) % 1000, m.group(1)), l))
    return out


def c_string(b):
    """A user's hook's escapes: \\r \\n \\" \\\\ and \\xHH for other bytes
    outside printable ASCII."""
    out = ""
    for c in b:
        out += {13: "\\r", 10: "\\n", 34: '\\"', 92: "\\\\"}.get(c, chr(c) if 0x20 <= c < 0x7f else "\\x%02x" % c)
    return out


def lwgsm_pieces(wire):
    """The send_fn() calls lwgsm_int.c makes for one command: "AT", the
    command's name, "=", each parameter and comma, then CR LF."""
    body = wire.rstrip(b"\r\n")
    parts = [body[:2]]
    rest = body[2:]
    for tok in re.findall(rb'"[^"]*"|[^=,"]+|[=,]', rest):
        parts.append(tok)
    return [x for x in parts if x] + [wire[len(body):]]


def render_ll_hook(tag, pieces):
    """A user's low-level hook printing every send_fn() call and every
    chunk handed to lwgsm_input_process(): '[%s TX] %u bytes: "%s"' with C
    escapes. pieces=True: the command in lwgsm's pieces; False: a whole
    write (a firmware's own AT layer logging its UART the same way)."""
    def render(s):
        o = M.Out()
        o.write("lwgsm: init done, starting\n", t=s.t0 - 0.100, host=True)
        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "tx":
                parts = lwgsm_pieces(ev["data"]) if pieces and ev["role"] == "cmd" else [ev["data"]]
                for k, part in enumerate(parts):
                    mk = [(("t", ev["txn"]), 0)] if k == 0 and ev["role"] == "cmd" else []
                    o.write('[%s TX] %d bytes: "%s"\n' % (tag, len(part), c_string(part)), t=t, marks=mk)
            elif ev["kind"] == "rx":
                for part in M.split_chunks(ev["data"], ev.get("chunks")):
                    o.write('[%s RX] %d bytes: "%s"\n' % (tag, len(part), c_string(part)), t=t)
        o.write("app: socket closed by peer\n", t=ev["t"] + 0.5, host=True)
        return o
    return render


def render_app_verb(wtag, rtag, rverb, raw_lines):
    """A firmware's own prints of its modem traffic (RaceCapture-Pro's
    "cellWrite: %s" before each command and "Cell: read %s" for each line
    read, pull request 66). raw_lines=True: the log before that pull
    request, every line read printed with its own CR LF (a CR at the end
    and an empty line after it) and the empty lines between as "Cell:
    read" alone; False: the lines with text only. The firmware's other
    prints (what it learned) between them."""
    learned = {"AT+CSQ": "signal strength: 25", "AT+CGMR": "firmware: 1418B05SIM900M32"}

    def render(s):
        o = M.Out()
        o.write("%s: init modem\n" % rtag, t=s.t0 - 0.100, host=True)
        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "tx" and ev["role"] == "cmd":
                o.write("%s: %s\n" % (wtag, cmd_text(ev)), t=t, marks=[(("t", ev["txn"]), 0)])
            elif ev["kind"] == "rx":
                data = ev["data"]
                if raw_lines:
                    for part in re.findall(rb"[^\n]*\n", data):
                        text = part.rstrip(b"\r\n").decode("latin-1")
                        if text:
                            o.write("%s: %s %s\r\n\n" % (rtag, rverb, text), t=t)
                        else:
                            o.write("%s: %s\n" % (rtag, rverb), t=t)
                else:
                    for x in M.lines_of(data):
                        o.write("%s: %s %s\n" % (rtag, rverb, x), t=t)
                cmd = s.txns[ev["txn"]]["command"]
                if cmd in learned:
                    o.write("%s: %s\n" % (rtag, learned[cmd]), t=t + 0.001, host=True)
        return o
    return render


def node_buffer(data, label=""):
    """Node's inspect of a Buffer (lib/buffer.js): "<Buffer " and "%02x"
    pairs joined by blanks (at most INSPECT_MAX_BYTES, 50: the fixture's
    reads stay within it)."""
    assert len(data) <= 50
    return label + "<Buffer " + " ".join("%02x" % c for c in data) + ">"


def render_node(marks_tx, log_writes, label=""):
    """A script's port.on('data', d => console.log(d)): a row per chunk
    read. marks_tx: the script prints '>> ' and the command before
    writing it (its own line); log_writes: it console.log()s the Buffer it
    writes too, a row like the reads'. Either may stand alone: with the
    echo off and only the '>> ' lines, the commands are those lines."""
    def render(s):
        o = M.Out()
        o.write("port open: /dev/ttyUSB0\n", t=s.t0 - 0.200, host=True)
        pending = None
        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "tx" and ev["role"] == "cmd":
                # the command is the script's '>> ' line, or where its bytes
                # are: the row written, or the echo's row
                mk = [(("t", ev["txn"]), 0)]
                if marks_tx:
                    o.write(">> %s\n" % cmd_text(ev), t=t, marks=mk)
                    mk = []
                if log_writes:
                    o.write(node_buffer(ev["data"], label) + "\n", t=t, marks=mk)
                elif mk:
                    pending = mk
            elif ev["kind"] == "rx":
                for part in M.split_chunks(ev["data"], ev.get("chunks")):
                    o.write(node_buffer(part, label) + "\n", t=t, marks=pending or [])
                    pending = None
        return o
    return render


def render_miniterm_debug(s):
    """pyserial's miniterm run with --filter debug, its stderr and stdout
    on one terminal, saved with tee (serial/tools/miniterm.py): for each
    key, the writer thread's DebugIO.tx() prints ' [TX:%r] ' (Enter after
    the EOL transformation, '\\r\\n'); for each read, the reader
    thread's DebugIO.rx() prints ' [RX:%r] ' and the console then shows the
    read's text with CR LF as LF (a lone CR as it is). The modem echoes
    each key as it comes, the CR with the reply's first read."""
    o = M.Out()
    o.write("--- Miniterm on /dev/ttyUSB2  115200,8,N,1 ---\n", t=s.t0 - 1.0, host=True)
    o.write("--- Quit: Ctrl+] | Menu: Ctrl+T | Help: Ctrl+T followed by Ctrl+H ---\n", t=s.t0 - 1.0, host=True)

    def read(text, t, **kw):
        o.write(" [RX:%r] " % text + text.replace("\r\n", "\n"), t=t, **kw)

    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = cmd_text(ev)
            for k, c in enumerate(cmd):
                o.write(" [TX:%r] " % c, t=t, marks=[(("t", ev["txn"]), 0)] if k == 0 else [])
                read(c, t)
            o.write(" [TX:%r] " % "\r\n", t=t)
        elif ev["kind"] == "rx":
            data = ev["data"].decode("latin-1")
            cmd = s.txns[ev["txn"]]["command"]
            assert data.startswith(cmd + "\r")
            read("\r", t)
            for part in M.split_chunks(data[len(cmd) + 1:].encode("latin-1"), ev.get("chunks")):
                read(part.decode("latin-1"), t)
    o.write("\n--- exit ---\n", t=ev["t"] + 3.0, host=True)
    return o


def esp32_log(ms, level, where, func, msg):
    """arduino-esp32 cores/esp32/esp32-hal-log.h ARDUHAL_LOG_FORMAT:
    "[%6u][%c][%s:%u] %s(): " (millis, level letter, file, line,
    function), the message, then "\\r\\n"."""
    return b"[%6u][%s][%s] %s(): %s" % (ms, level, where, func, msg)


def tinygsm_with_core_log(lines):
    """The TinyGSM StreamDebugger fixture with the Arduino-ESP32 core's own
    log lines on the same Serial: one between the first AT+CEREG?'s reply
    lines, one printed right after the second AT+CEREG?'s OK, before the
    OK's CR LF reached the debugger (so the CR LF makes an empty line after
    it), one between a reply and its final."""
    out = [[l] for l in lines]
    bare = [l.rstrip(b"\r") for l in lines]
    log = lambda *a: esp32_log(*a) + b"\r"
    first = bare.index(b"Waiting for network...AT+CEREG?")
    second = bare.index(b"AT+CEREG?", first + 1)
    out[0] = [lines[0], log(812, b"I", b"main.cpp:40", b"setup", b"modem UART on pins 26/27")]
    at = bare.index(b"+CEREG: 0,2", first)
    out[at] = [lines[at], log(4625, b"I", b"main.cpp:61", b"loop", b"network: searching")]
    ok = bare.index(b"OK", second)
    out[ok] = [b"OK" + log(4710, b"W", b"WiFiGeneric.cpp:1062", b"_eventCallback", b"Reason: 201 - NO_AP_FOUND"),
               lines[ok][2:]]
    qiact = bare.index(b"AT+QIACT=1")
    out[qiact + 1] = [lines[qiact + 1], log(5120, b"E", b"main.cpp:88", b"loop", b"ntp: no answer")]
    return out


def variants(V, same, sub):
    """This round's rows for make_variants.VARIANTS."""
    return [
        V("hl7800-zephyr.log", "hl7800-zephyr.log", same, "zephyr-hl7800",
          "Zephyr's hl7800 driver at debug level: OUT: [cmd], HANDLE OK / ERROR / +CME ERROR:  (len:N) and "
          "the Error code: line, UNHANDLED RX hexdumps of lines no handler takes, a timeout's result:-116",
          render=("hl7800_zephyr", render_hl7800)),
        V("lwgsm-ll-pieces.log", "sim800-lwgsm.log", same, "ll-hook-bytes",
          "a low-level hook under lwgsm: [LL TX] n bytes: \"...\" for every send_fn() call (a command in pieces: "
          "AT, the name, =, each parameter, CR LF), [LL RX] for every chunk read, C escapes",
          render=("sim800_lwgsm", render_ll_hook("LL", True))),
        V("lwgsm-uart-whole.log", "sim800-lwgsm.log", same, "ll-hook-bytes",
          "a firmware's own UART log in the same shape: [UART TX] the whole command, [UART RX] the chunks read",
          render=("sim800_lwgsm", render_ll_hook("UART", False))),
        V("app-cellwrite-read.log", "sim900-app.log", same, "app-verb-lines",
          "a firmware's own prints: cellWrite: before each command, Cell: read before each line read, and what "
          "it learned (Cell: signal strength: 25) between",
          render=("sim900_app", render_app_verb("cellWrite", "Cell", "read", False))),
        V("app-cellwrite-raw.log", "sim900-app.log", same, "app-verb-lines",
          "the same before the firmware's clean-up: each line read printed with its own CR LF (a CR, then an "
          "empty line) and the empty lines between as Cell: read alone",
          render=("sim900_app", render_app_verb("cellWrite", "Cell", "read", True))),
        V("app-gsmsend-recv.log", "sim900-app.log", same, "app-verb-lines",
          "another firmware in the same shape: gsmSend: before each command, GSM: recv before each line read",
          render=("sim900_app", render_app_verb("gsmSend", "GSM", "recv", False))),
        V("node-buffer-echo.log", "dongle-node-echo.log", same, "node-buffer",
          "a Node.js script's console.log() of each serialport 'data' event, <Buffer 41 54 0d ...>, the echo on, "
          "and its own '>> ' line before each write",
          render=("dongle_node_echo", render_node(True, False))),
        V("node-buffer-noecho.log", "dongle-node-noecho.log", same, "node-buffer",
          "the same script, the echo off: the '>> ' lines are the only trace of the commands",
          render=("dongle_node_noecho", render_node(True, False))),
        V("node-buffer-writes.log", "dongle-node-noecho.log", same, "node-buffer",
          "the same script, the echo off, console.log() of the Buffer it writes too (the two sides' rows alike) "
          "behind a label",
          render=("dongle_node_noecho", render_node(False, True, "data: "))),
        V("miniterm-debug.log", "bg95-miniterm.log", same, "miniterm-debug",
          "pyserial miniterm --filter debug saved with tee: [TX:'A'] for each key, [RX:'A'] and the key's echo as "
          "the console shows it, [RX:'\\r\\n+CEREG: 0,1\\r\\n...'] for each read and its text again",
          render=("bg95_miniterm", render_miniterm_debug)),
        V("tinygsm-esp32-core-log.log", "tinygsm-streamdebugger.log", tinygsm_with_core_log,
          "tinygsm",
          "the Arduino-ESP32 core's log lines ([  4625][I][main.cpp:61] loop(): ...) on the same Serial: between "
          "reply lines, and one printed right after an OK, before the OK's CR LF"),
        V("pygsm-asctime-level-name.log", "python-gsmmodem.log", pylog_asctime_level_name,
          "python-logging > python-gsmmodem",
          "format='%(asctime)s %(levelname)s %(name)s: %(message)s': the level before the logger's name, "
          "no dashes"),
        V("pygsm-level-padded.log", "python-gsmmodem.log",
          sub(rb"^(DEBUG|INFO): ", lambda m: b"%-8s %s " % (m.group(1), b"[gsmmodem.modem.GsmModem]")),
          "python-gsmmodem", "format='%(levelname)-8s [%(name)s] %(message)s': a padded level, the logger's "
          "name in brackets"),
    ]
