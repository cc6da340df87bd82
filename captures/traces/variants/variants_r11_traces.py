"""Field shapes round 11, host-library / application traces (issue 12,
docs/field-shapes.md rows 284-): the sessions and renderers of this round's
variant fixtures, kept apart from make_variants.py (which adds them to its
MODULES and VARIANTS) as rounds 7 to 10 are. Sessions are our own, written
by hand like ../sessions.py; each renderer follows the print statement or
the shape README.md cites. Python 3 standard library only; deterministic."""

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
