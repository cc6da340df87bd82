"""Field shapes round 10, host-library / OS / application traces
(docs/field-shapes.md rows 212-): the sessions and renderers of this
round's variant fixtures, kept apart from make_variants.py (which adds them
to its MODULES and VARIANTS) as rounds 7 to 9 are. Sessions are our own,
written by hand like ../sessions.py; each renderer follows the print
statement README.md cites. Python 3 standard library only; deterministic."""

import re

from session import Session
import make_traces as M


def cmd_text(ev):
    return ev["data"].decode("latin-1").rstrip("\r\n")


# ------------------------------------------------ sessions
def sara_r5_echo():
    """A u-blox SARA-R510S on SparkFun's SARA-R5 library with debug on,
    the module's echo still on (as it ships): at() first (the library
    passes no command: it prints an empty one and writes AT), then the
    sketch's own commands until it turns the echo off. The library ends
    every command with CR LF (SARA_R5::sendCommand())."""
    s = Session("sara-r5-echo", "u-blox SARA-R510S (SparkFun library, echo on)", echo=True, profile="ublox-sara",
                start=1.500)
    crlf = dict(term=b"\r\n")
    s.cmd("AT", dt=0.020, gap=0.100, **crlf)
    s.cmd("AT+CMEE=2", dt=0.020, gap=0.100, **crlf)
    s.cmd("AT+CGMR", ["03.15"], dt=0.030, gap=0.100, **crlf)
    s.cmd("AT+CEREG?", ["+CEREG: 0,5"], dt=0.030, gap=0.100, **crlf)
    s.cmd("AT+UPSV=0", dt=0.020, gap=0.100, **crlf)
    s.cmd('AT+UDCONF=1,1', final="+CME ERROR: operation not allowed", dt=0.040, gap=0.100, **crlf)
    s.cmd("ATE0", dt=0.020, gap=0.100, **crlf)
    s.cmd("AT+CSQ", ["+CSQ: 19,99"], echo=False, dt=0.030, gap=0.100, **crlf)
    return s


def sim7000_fona_menu():
    """A SIM7000G driven from the botletics LTE_Demo sketch's menu (echo
    off after the library's begin()): every reply one line, as getReply()
    prints one. The keys say what the sketch prints around the library's
    call: menu (the letter typed at the FONA> prompt), pre (a print with
    no line end right before the call), post (a line after it)."""
    s = Session("sim7000-fona-menu", "SIMCom SIM7000G (LTE_Demo menu)", echo=False, profile="simcom-sim7600",
                start=4.000)
    crlf = dict(term=b"\r\n")
    s.cmd("AT+CPIN=1234", menu="U", pre="Unlocking SIM card: ", post="OK!", dt=0.200, gap=2.000, **crlf)
    s.cmd("AT+CGATT=1", menu="G", dt=0.600, gap=0.050, **crlf)
    s.cmd('AT+CNACT=1,"hologram"', final="ERROR", post="Failed to turn on", dt=0.300, gap=2.000, **crlf)
    s.cmd("AT+CLTS=1", menu="y", post="Enabled!", dt=0.030, gap=2.000, **crlf)
    s.cmd("AT+CNACT=0", menu="g", pre="Disabling GPRS/4G: ", final="ERROR", post="Failed to turn off",
          dt=0.200, gap=2.000, **crlf)
    s.cmd("AT+CMGF=1", menu="s", pre="Send to #", dt=0.030, gap=0.050, **crlf)
    return s


def ec25_pylog():
    """A Quectel EC25 driven by a Python script through pyserial, its own
    logger printing every write and every read (the echo off from the
    first command): an answer's lines come in reads of their own, the
    final result in a read of its own."""
    s = Session("ec25-pylog", "Quectel EC25 (a Python script's logging)", echo=False, profile="quectel-bg96",
                start=2.114)
    s.cmd("AT", dt=0.040, gap=0.010)
    s.cmd("ATI", ["Quectel", "EC25", "Revision: EC25EFAR06A06M4G"], dt=0.030, gap=0.010)
    s.cmd("AT+CGMR", ["EC25EFAR06A06M4G"], dt=0.030, gap=0.010)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.040, gap=0.010)
    s.cmd("AT+QCCID", final="+CME ERROR: 10", dt=0.040, gap=0.010)
    s.cmd("AT+CSQ", ["+CSQ: 23,99"], dt=0.030, gap=0.010)
    s.cmd('AT+QICSGP=1,1,"iot.example","","",1', dt=0.050, gap=0.010)
    s.cmd("AT+QIACT=1", final="ERROR", dt=1.200, gap=0.010)
    return s


def eg915_printf():
    """A Quectel EG915U under an application firmware that prints what it
    writes and each line it reads, after its tick count, with its own
    status lines between (echo off)."""
    s = Session("eg915-printf", "Quectel EG915U (an application's printf log)", echo=False, profile="quectel-bg96",
                start=25200.125)
    s.app("[app] boot reason: power-on")
    s.cmd("AT+QGMR", ["EG915UEUABR03A01M08_01.300.01.300"], dt=0.138, gap=0.030)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.042, gap=0.030)
    s.cmd("AT+CEREG?", ["+CEREG: 0,1"], dt=0.040, gap=0.030)
    s.app("[app] battery 3.91V")
    s.cmd('AT+QICSGP=1,1,"iot.example","","",1', dt=0.050, gap=0.030)
    s.cmd("AT+QIACT?", dt=0.070, gap=0.030)
    s.cmd("AT+QIACT=1", final="ERROR", dt=1.500, gap=0.030)
    s.cmd('AT+QPING=1,"8.8.8.8"', final="+CME ERROR: 561", dt=0.060, gap=0.030)
    return s


def e3372_netifd():
    """A Huawei E3372 (NCM) brought up by OpenWrt's ncm.sh: comgt's
    runcommand.gcom sends each command of ncm.json's initialize and
    configure lists and the mode; what the stick answers is not logged,
    so the key has no final result for any of them."""
    s = Session("e3372-netifd", "Huawei E3372 (OpenWrt ncm.sh)", echo=False, profile="huawei-me909s", start=4.000)
    for c in ("AT", "ATZ", "ATQ0", "ATV1", "ATE1", "ATS0=0", 'AT+CGDCONT=1,"IP","internet"',
              'AT^SYSCFGEX="03",3fffffff,2,4,7fffffffffffffff,,', "AT^NDISDUP=1,1"):
        s.silence(c, gap=0.700)
    return s


def ec25_gnokii():
    """A Quectel EC25 on gnokii's AT driver (gnokii --identify, then an SMS
    sent with gnokii --sendsms): its init (ATZ, ATE1, AT+CMEE=1) leaves the
    echo on; +CPIN: READY ends a read of its own before the OK; a +CME
    ERROR with its number (AT+CMEE=1); the SMS in PDU mode after the
    prompt, its Ctrl-Z."""
    s = Session("ec25-gnokii", "Quectel EC25 (gnokii)", echo=True, profile="quectel-bg96", start=0.300)
    s.cmd("ATZ", dt=0.050, gap=0.020, op=0x00)
    s.cmd("ATE1", dt=0.030, gap=0.020, op=0x00)
    s.cmd("AT+CMEE=1", dt=0.030, gap=0.020, op=0x00)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.040, gap=0.020, op=0x15)
    s.cmd("AT+CGMM", ["EC25"], dt=0.030, gap=0.020, op=0x02)
    s.cmd("AT+CGMI", ["Quectel"], dt=0.030, gap=0.020, op=0x05)
    s.cmd("AT+CGMR", ["EC25EFAR06A06M4G"], dt=0.030, gap=0.020, op=0x03)
    s.cmd("AT+CPBS?", final="+CME ERROR: 10", dt=0.040, gap=0.020, op=0x0c)
    s.cmd("AT+CSQ", ["+CSQ: 21,99"], dt=0.030, gap=0.020, op=0x0a)
    s.cmd("AT+CMGF=0", dt=0.030, gap=0.020, op=0x72)
    s.cmd("AT+CMGS=23", ["+CMGS: 45"], prompt=b"\r\n> ",
          payload=b"0011000B911326880736F40000A70AE8329BFD4697D9EC37\x1a",
          after=b"\r\n+CMGS: 45\r\n\r\nOK\r\n", dt=0.050, gap=0.020, op=0x73)
    return s


MODULES = dict(sara_r5_echo=sara_r5_echo, sim7000_fona_menu=sim7000_fona_menu, ec25_pylog=ec25_pylog,
               eg915_printf=eg915_printf, e3372_netifd=e3372_netifd, ec25_gnokii=ec25_gnokii)


# ------------------------------------------------ renderers
def render_sparkfun_echo(s, at_word=""):
    """SparkFun's SARA-R5 library with debug on, as SARA_R5::
    sendCommandWithResponse() prints (src/SparkFun_u-blox_SARA-R5_Arduino_
    Library.cpp): "sendCommandWithResponse: Command: " and the command as
    the caller gave it, println'd (at() gives none: String(nullptr) is
    empty; at_word puts a word there instead, as a sketch's own
    sendCustomCommandWithResponse("AT", ...) prints it); at the first byte
    read, "sendCommandWithResponse: Response: ", then every byte as it
    came (the echo first), then a println() when the wait ends."""
    o = M.Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = cmd_text(ev)[2:] or at_word
            o.write("sendCommandWithResponse: Command: %s\r\n" % cmd, t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            o.write("sendCommandWithResponse: Response: " + ev["data"].decode("latin-1") + "\r\n", t=t)
    return o


def render_fona_menu(glued_prompt):
    """botletics LTE_Demo (Code/examples/LTE_Demo/LTE_Demo.ino loop()):
    Serial.print(F("FONA> ")), the letter typed println'd; the case's own
    prints, some without a line end right before the library's call
    (Serial.print(F("Unlocking SIM card: ")); fona.unlockSIM(PIN)); the
    library's getReply() (Adafruit_FONA.cpp): DEBUG_PRINT(F("\\t---> "))
    and the command println'd, DEBUG_PRINT(F("\\t<--- ")) and the line
    read. glued_prompt: a sketch whose loop() prints the prompt and calls
    the library without waiting for a key, so each FONA> is followed by the
    library's ---> on the same line (the other sketches of the same
    family)."""
    def render(s):
        o = M.Out()
        o.write("FONA basic test\r\n", t=s.t0 - 2.0, host=True)
        o.write("Initializing....(May take 3 seconds)\r\n", t=s.t0 - 2.0, host=True)
        last = None
        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "tx" and ev["role"] == "cmd":
                head = ""
                if glued_prompt:
                    head = "FONA> " if ev.get("menu") else ""
                elif ev.get("menu"):
                    o.write("FONA> %s\r\n" % ev["menu"], t=t, host=True)
                head += ev.get("pre", "")
                o.write("%s\t---> %s\r\n" % (head, cmd_text(ev)), t=t, marks=[(("t", ev["txn"]), 0)])
                last = ev
            elif ev["kind"] == "rx":
                o.write("\t<--- %s\r\n" % M.lines_of(ev["data"])[0], t=t)
                if last.get("post"):
                    o.write("%s\r\n" % last["post"], t=t + 0.001, host=True)
        if not glued_prompt:
            o.write("FONA> ", t=t + 1.0, host=True)
        return o
    return render


def reads(data):
    """What a script reading as bytes arrive gets: a line the modem sent
    with the CR LF before it (or the echo and its CR), one read each."""
    return [m.group(0) for m in re.finditer(rb"\r\n[^\r\n]*\r\n|[^\r\n]+\r(?!\n)|\r\n> |[^\r\n]+", data)]


def render_pylog(fmt, as_bytes, colon):
    """A script's logging of its pyserial port: log.debug("TX %r", data)
    before each write and log.debug("RX %r", data) after each read, the
    data a str (repr '...') or bytes (b'...'), through a logging format
    (CPython Lib/logging/__init__.py Formatter: asctime
    '%Y-%m-%d %H:%M:%S' and ',%03d' milliseconds). fmt(t, level) gives the
    prefix; colon: "TX: %r" instead of "TX %r"."""
    def show(data):
        return repr(data) if as_bytes else repr(data.decode("latin-1"))

    def render(s):
        o = M.Out()
        tag = ":" if colon else ""
        o.write(fmt(s.t0 - 0.006, "INFO", "app") + "starting modem probe on /dev/ttyUSB2\n", t=s.t0 - 0.006,
                host=True)
        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "tx":
                mk = [(("t", ev["txn"]), 0)] if ev["role"] == "cmd" else []
                o.write(fmt(t, "DEBUG", "modem.port") + "TX%s %s\n" % (tag, show(ev["data"])), t=t, marks=mk)
            elif ev["kind"] == "rx":
                for k, part in enumerate(reads(ev["data"])):
                    tt = t + 0.001 * k
                    o.write(fmt(tt, "DEBUG", "modem.port") + "RX%s %s\n" % (tag, show(part)), t=tt)
        o.write(fmt(t + 0.01, "WARNING", "app") + "no data context, retrying in 30 s\n", t=t + 0.01, host=True)
        return o
    return render


def asctime_fmt(t, level, name):
    """'%(asctime)s %(levelname)s %(name)s %(message)s'."""
    h, m, sec = M.hms(t)
    return "2026-11-30 %02d:%02d:%02d,%03d %s %s " % (h, m, int(sec), int(round(sec * 1000)) % 1000, level, name)


def basic_fmt(t, level, name):
    """logging.basicConfig()'s default '%(levelname)s:%(name)s:%(message)s'."""
    return "%s:%s:" % (level, name)


def render_printf(stamp):
    """An application's own printf of its modem traffic: '<ticks> modem> '
    and the command it writes, '<ticks> modem< ' and each line it reads
    (empty lines not printed), its own '[app] ...' lines between."""
    def render(s):
        o = M.Out()
        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "app":
                o.write("%s %s\n" % (stamp(t), ev["data"]), t=t, app=True)
            elif ev["kind"] == "tx" and ev["role"] == "cmd":
                o.write("%s modem> %s\n" % (stamp(t), cmd_text(ev)), t=t, marks=[(("t", ev["txn"]), 0)])
            elif ev["kind"] == "rx":
                for k, x in enumerate(M.lines_of(ev["data"])):
                    o.write("%s modem< %s\n" % (stamp(t + 0.001 * k), x), t=t)
        return o
    return render


def logread_stamp(t):
    """logread's 'Www Mmm dd hh:mm:ss yyyy ' (ubox log/logread.c)."""
    h, m, sec = M.hms(t, base=16 * 3600 + 15 * 60)
    return "Mon Nov 30 %02d:%02d:%02d 2026 " % (h, m, int(sec))


def busybox_stamp(t):
    """busybox syslogd's file: 'Mmm dd hh:mm:ss host ' and facility.prio."""
    h, m, sec = M.hms(t, base=16 * 3600 + 15 * 60)
    return "Nov 30 %02d:%02d:%02d OpenWrt " % (h, m, int(sec))


def render_netifd(stamp, fail_last):
    """netifd's log of ncm.sh (proto_ncm_setup()): its own 'Interface ...'
    lines, the script's output as 'netifd: <iface> (<pid>): <line>',
    comgt's runcommand.gcom 'sending -> <COMMAND>' before each command;
    fail_last: the last command's waitfor saw ERROR, so gcom printed
    'Error running AT-command' and ncm.sh its own failure; other daemons'
    and the kernel's lines between."""
    def render(s):
        o = M.Out()
        pre = lambda t, fac="daemon.notice": stamp(t) + fac + " "
        t0 = s.t0
        o.write(pre(t0 - 3.0) + "netifd: Interface 'wan3g' is setting up now\n", t=t0 - 3.0, host=True)
        o.write(pre(t0 - 1.0, "kern.info") + "kernel: [  312.511000] cdc_ncm 1-1:1.2 wwan0: register 'cdc_ncm'\n",
                t=t0 - 1.0, host=True)
        n = len(s.txns)
        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "tx" and ev["role"] == "cmd":
                o.write(pre(t) + "netifd: wan3g (3182): sending -> %s\n" % cmd_text(ev), t=t,
                        marks=[(("t", ev["txn"]), 0)])
                if ev["txn"] == 4:
                    o.write(pre(t + 0.2, "daemon.info") + "dnsmasq[1399]: read /etc/hosts - 4 names\n", t=t + 0.2,
                            host=True)
        if fail_last:
            o.write(pre(t + 1.0) + "netifd: wan3g (3182): Error running AT-command\n", t=t + 1.0, host=True)
            o.write(pre(t + 1.0) + "netifd: wan3g (3182): Failed to connect\n", t=t + 1.0, host=True)
            o.write(pre(t + 1.5) + "netifd: wan3g (3301): Stopping network wan3g\n", t=t + 1.5, host=True)
        else:
            o.write(pre(t + 1.0) + "netifd: wan3g (3182): Starting network wan3g\n", t=t + 1.0, host=True)
            o.write(pre(t + 1.0) + "netifd: Interface 'wan3g' is now up\n", t=t + 1.0, host=True)
        return o
    return render


def gnokii_dprintf(prefix, data):
    """common/links/utils.c at_dprintf(): the prefix, '[', CR as <cr>, LF
    as <lf>, a byte below 0x20 as '^' and the byte + 64, the rest as it
    is, ']'."""
    out = prefix + "["
    for c in data:
        out += "<lf>" if c == 10 else "<cr>" if c == 13 else "^" + chr(c + 64) if c < 32 else chr(c)
    return out + "]\n"


def gnokii_dump(mtype, msg):
    """common/gsm-statemachine.c sm_message_dump(): '0x%02x / 0x%04x', then
    rows of 16 '%02x ' cells, each row ended by '| ' and its printable
    bytes (16 columns, blanks for the others); the last row padded."""
    out = "0x%02x / 0x%04x" % (mtype, len(msg))
    buf = [" "] * 16
    for i, c in enumerate(msg):
        if i % 16 == 0:
            if i:
                out += "| " + "".join(buf)
            out += "\n"
            buf = [" "] * 16
        out += "%02x " % c
        if 0x20 <= c < 0x7f:
            buf[i % 16] = chr(c)
    if msg:
        out += " " * (3 * (16 - len(msg) % 16) if len(msg) % 16 else 0) + "| " + "".join(buf)
    return out + "\n"


GN_AT = dict(PROMPT=1, OK=2, ERROR=3, CMS=4, CME=5)


def gnokii_reads(data):
    """common/links/atbus.c atbus_rx_statemachine(): the bytes gathered
    until a line ends a reply (OK, ERROR, +CME/+CMS ERROR: n, +CPIN:, a
    URC) or a prompt; a CR LF alone at the start is dropped; for an
    error, the first two bytes are overwritten with its number before
    the print. Yields (code, bytes as printed)."""
    buf = b""
    for c in data:
        buf += bytes([c])
        if buf == b"\r\n":
            buf = b""
            continue
        code = None
        if len(buf) > 3 and buf.endswith(b"\r\n"):
            start = buf.rfind(b"\n", 0, len(buf) - 2) + 1
            line = buf[start:]
            m = re.match(rb"\+CM([SE]) ERROR: (\d+)", line)
            if line.startswith(b"OK"):
                code = GN_AT["OK"]
            elif len(buf) > 6 and line.startswith(b"ERROR"):
                code = GN_AT["ERROR"]
            elif m:
                code = GN_AT["CMS" if m.group(1) == b"S" else "CME"]
                n = int(m.group(2))
                buf = bytes([n // 256, n % 256]) + buf[2:]
            elif line.startswith(b"+CPIN:"):
                code = GN_AT["OK"]
        if len(buf) > 3 and buf.endswith(b"\r\n> "):
            code = GN_AT["PROMPT"]
        if code is not None:
            yield code, buf
            buf = b""
    assert not buf, buf


def render_gnokii(s):
    """gnokii with [logging] debug = on (stderr, no prefix): its startup
    lines; per command sm_message_send()'s 'Message sent: ' and dump, then
    xwrite()'s 'write: [...]'; per read 'read : [...]', then
    sm_incoming_function()'s 'Message received: ' and dump of the code
    byte and the bytes, 'Received message type %02x'; atgen's own lines
    around the SMS."""
    o = M.Out()
    for line in ("GNOKII Version 0.6.31", "LOG: debug mask is 0x1",
                 "Serial device: opening device /dev/ttyUSB2",
                 "Serial device: setting RTS to high and DTR to high"):
        o.write(line + "\n", t=s.t0 - 0.2, host=True)
    op = 0
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx":
            if ev["role"] == "cmd":
                op = ev.get("op", 0)
                mk = [(("t", ev["txn"]), 0)]
            else:
                o.write("Sending frame: %s\n" % ev["data"].decode("latin-1"), t=t, host=True)
                op, mk = 0x21, []
            o.write("Message sent: " + gnokii_dump(op, ev["data"]), t=t, host=True)
            o.write(gnokii_dprintf("write: ", ev["data"]), t=t, marks=mk)
        elif ev["kind"] == "rx":
            for code, buf in gnokii_reads(ev["data"]):
                o.write(gnokii_dprintf("read : ", buf), t=t)
                o.write("Message received: " + gnokii_dump(op, bytes([code]) + buf), t=t, host=True)
                o.write("Received message type %02x\n" % op, t=t, host=True)
    return o


def variants(V, same, sub):
    """This round's rows for make_variants.VARIANTS."""
    return [
        V("sparkfun-sara-r5-echo.log", "sara-r5-echo.log", same, "sparkfun-ublox",
          "SparkFun's SARA-R5 library with debug on and the module's echo on: at()'s empty Command: line (the "
          "library writes AT), each Response: with the echo first",
          render=("sara_r5_echo", render_sparkfun_echo)),
        V("sparkfun-sara-r5-echo-at.log", "sara-r5-echo.log", same, "sparkfun-ublox",
          "the same with the first command printed as Command: AT (a sketch's own "
          "sendCustomCommandWithResponse(\"AT\", ...)): AT, not ATAT",
          render=("sara_r5_echo", lambda s: render_sparkfun_echo(s, "AT"))),
        V("fona-lte-demo-menu.log", "sim7000-fona-menu.log", same, "fona",
          "the LTE_Demo sketch's menu: FONA> and the letter typed, the case's print without a line end right "
          "before the library's \\t---> (Unlocking SIM card: \\t---> AT+CPIN=...), CR LF",
          render=("sim7000_fona_menu", render_fona_menu(False))),
        V("fona-prompt-glued.log", "sim7000-fona-menu.log", same, "fona",
          "a sketch whose loop() prints FONA> and calls the library without waiting for a key: FONA> \\t---> cmd "
          "on one line",
          render=("sim7000_fona_menu", render_fona_menu(True))),
        V("pylog-txrx-asctime.log", "ec25-pylog.log", same, "python-logging > generic-txrx",
          "a script's logging of its pyserial port under '%(asctime)s %(levelname)s %(name)s %(message)s': "
          "TX 'AT+CGMR\\r' and RX '\\r\\n...\\r\\n' (Python's repr of a str), one read per line, the final in a "
          "read of its own",
          render=("ec25_pylog", render_pylog(asctime_fmt, False, False))),
        V("pylog-txrx-basic-bytes.log", "ec25-pylog.log", same, "python-logging > python-bytes",
          "the same under basicConfig()'s default LEVEL:name: with TX: / RX: and the bytes' repr b'...' "
          "(the logging prefix a layer of its own since python-logging; generic-txrx read it the same)",
          render=("ec25_pylog", render_pylog(basic_fmt, True, True))),
        V("app-printf-word-arrows.log", "eg915-printf.log", same, "generic-gtlt",
          "an application's printf log: '25200.125 modem> AT+QGMR', '25200.263 modem< OK' (ticks, a word glued "
          "to the arrow), its own [app] lines between",
          render=("eg915_printf", render_printf(lambda t: "%.3f" % t))),
        V("app-printf-word-arrows-bracket.log", "eg915-printf.log", same, "generic-gtlt",
          "the same with the ticks in brackets, '[  25200.125] modem> AT+QGMR'",
          render=("eg915_printf", render_printf(lambda t: "[%11.3f]" % t))),
        V("netifd-gcom-logread.log", "e3372-netifd.log", same, "openwrt-logread > openwrt-gcom",
          "OpenWrt's logread of netifd running ncm.sh: 'netifd: wan3g (3182): sending -> AT...' for each command "
          "comgt's runcommand.gcom sends, the answers never logged (read without a final), other daemons' lines "
          "between, gcom's Error running AT-command at the end",
          render=("e3372_netifd", render_netifd(logread_stamp, True))),
        V("netifd-gcom-busybox.log", "e3372-netifd.log", same, "syslog > openwrt-gcom",
          "the same in busybox syslogd's file (/var/log/messages: 'Nov 30 16:15:04 OpenWrt daemon.notice "
          "netifd: ...'), the interface up at the end",
          render=("e3372_netifd", render_netifd(busybox_stamp, False))),
        V("gnokii-identify-sms.log", "ec25-gnokii.log", same, "gnokii",
          "gnokii with [logging] debug = on: Message sent: and its hex rows, write: [ATZ<cr>], read : [...] of "
          "what came (the echo first; +CPIN: READY and the OK in two reads), Message received: and its rows, a "
          "+CME ERROR read printed with its first two bytes overwritten, an SMS PDU written with ^Z",
          render=("ec25_gnokii", render_gnokii)),
    ]
