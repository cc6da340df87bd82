"""Field shapes round 7 (docs/field-shapes.md rows 118-): the sessions
and renderers of this round's variant fixtures, kept apart from
make_variants.py (which adds them to its MODULES and VARIANTS) so that
rounds written at the same time merge. Sessions are our own, written by
hand like ../sessions.py; each renderer follows the print statement
README.md cites. Python 3 standard library only; deterministic."""

import html
import re

from session import Session
import kit as K
import make_traces as M


# ------------------------------------------------ sessions
def sim800_ppp():
    """A SIM800L dialled by loboris' libGSM PPPoS client (echo on until
    ATE0; a registration query the client found wanting)."""
    s = Session("sim800-ppp", "SIMCom SIM800L (libGSM PPPoS)", echo=True, profile="simcom-sim800", start=2.140)
    off = dict(echo=False)
    return K.script(s, [
        ("AT",),
        ("ATE0",),
        ("AT+CPIN?", ["+CPIN: READY"], "OK", off),
        ('AT+CGDCONT=1,"IP","web.example.net"', (), "OK", dict(off, dt=0.120)),
        ("AT+CREG?", ["+CREG: 0,5"], "OK", off),
        ("AT+CIFSR", (), "ERROR", off),
        ("ATD*99***1#", (), "CONNECT 150000000", dict(off, dt=1.100, gap=0.100)),
    ], dt=0.110, gap=0.110)


def sim800_hologram():
    """A SIM800 on Hologram's SIMCOM library with debug on (echo on)."""
    s = Session("sim800-hologram", "SIMCom SIM800 (Hologram library)", echo=True, profile="simcom-sim800",
                start=1.000)
    return K.script(s, [
        ("AT", (), "OK", dict(dt=0.020)),
        ("AT+CSQ", ["+CSQ: 14,0"]),
        ("AT+CGATT?", ["+CGATT: 1"]),
        ("AT+CIPMUX=1",),
        ('AT+CSTT="hologram"', (), "ERROR"),
    ], dt=0.030, gap=0.500)


def em12_smstool():
    """A Quectel EM12 in an OpenWrt router queried with sms_tool -D from a
    script run under sh -x (echo on, the module's default)."""
    s = Session("em12-smstool", "Quectel EM12 (sms_tool)", echo=True, profile="quectel-bg96", start=0.0)
    return K.script(s, [
        ("AT+CSQ", ["+CSQ: 21,99"]),
        ('AT+QENG="servingcell"', ['+QENG: "servingcell","NOCONN","LTE","FDD",262,03,1A2B3C,301,1300,3,5,'
                                   '5,4E21,-98,-12,-68,10,-'], "OK", dict(dt=0.080)),
        ('AT+QCFG="usbnet"', ['+QCFG: "usbnet",0']),
        ('AT+QCFG="nat"', (), "ERROR"),
        ("AT+QTEMP", ['+QTEMP: "qfe_wtr_pa0","35"', '+QTEMP: "aoss0-usr","37"']),
    ], dt=0.050, gap=1.000)


def bg96_rust():
    """A BG96 driven by the Rust atat crate (echo off, OK and ERROR finals:
    atat logs an error's value, not the modem's text)."""
    s = Session("bg96-rust", "Quectel BG96 (atat)", echo=False, profile="quectel-bg96", start=0.100)
    return K.script(s, [
        ("AT+CPIN?", ["+CPIN: READY"]),
        ("AT+CSQ", ["+CSQ: 17,99"]),
        ('AT+COPS?', ['+COPS: 0,0,"Example Net",8']),
        ("AT+CGATT=1", (), "OK", dict(dt=0.500)),
        ('AT+QIOPEN=1,0,"TCP","198.51.100.7",1883', (), "ERROR", dict(dt=0.050)),
    ], dt=0.020, gap=0.030)


def ec21_pyserial():
    """An EC21 driven by a pyserial script that prints what it wrote and
    each whole read (echo on: the read holds the echo and the final)."""
    s = Session("ec21-pyserial", "Quectel EC21 (pyserial script)", echo=True, profile="quectel-bg96", start=0.0)
    return K.script(s, [
        ("AT",),
        ("ATI", ["Quectel", "EC21", "Revision: EC21EFAR06A01M4G"]),
        ("AT+CSQ", ["+CSQ: 20,99"]),
        ("AT+CPIN?", (), "+CME ERROR: 10"),
        ('AT+QCCID', ["+QCCID: 8949020000012345678F"]),
    ], dt=0.050, gap=0.500)


def sim7600_terminal():
    """A SIM7600 typed at in a terminal (echo on), for the captures of
    serial tools: Docklight, CSV exports, a hex display."""
    s = Session("sim7600-terminal", "SIMCom SIM7600 (serial tool)", echo=True, profile="simcom-sim7600",
                start=0.0)
    return K.script(s, [
        ("AT",),
        ("AT+CPIN?", ["+CPIN: READY"]),
        ('AT+CGDCONT=1,"IP","internet"', (), "OK", dict(dt=0.020)),
        ("AT+CSQ", ["+CSQ: 18,99"]),
        ("AT+COPS?", ['+COPS: 0,0,"Example",7'], "OK", dict(dt=0.030)),
        ("AT+CMGF=9", (), "ERROR"),
    ], dt=0.015, gap=0.900)


MODULES = dict(sim800_ppp=sim800_ppp, sim800_hologram=sim800_hologram, em12_smstool=em12_smstool,
               bg96_rust=bg96_rust, ec21_pyserial=ec21_pyserial, sim7600_terminal=sim7600_terminal)


# ------------------------------------------------ renderers
def render_libgsm(s):
    """loboris' libGSM (ESP32-PPPOS-EXAMPLE) with GSM_DEBUG: ESP_LOGI(TAG,
    "%s [%s]", "AT COMMAND:", the command dotted) before the write; the
    bytes read until the expected answer, dotted, in "AT RESPONSE: [%s]"
    (or "AT BAD RESPONSE: [%s]" when it was not the one waited for)."""
    o = M.Out()

    def line(t, msg, **kw):
        o.write("I (%d) [PPPOS CLIENT]: %s\n" % (int(round(t * 1000)), msg), t=t, **kw)

    line(s.t0 - 0.6, "GSM initialization start", host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            line(t, "AT COMMAND: [%s]" % K.dots(ev["data"]), marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            txn = s.txns[ev["txn"]]
            bad = txn["final"] == "ERROR" or txn["command"] == "AT+CREG?"
            line(t, "AT %sRESPONSE: [%s]" % ("BAD " if bad else "", K.dots(ev["data"])))
            if bad:
                line(t + 0.010, "Wrong response, restarting...", host=True)
    line(ev["t"] + 0.010, "GSM initialized.", host=True)
    return o


def render_hologram(s):
    """Hologram's SIMCOM library with _DEBUG: "DEBUG: Write Modem Serial = "
    and the command as written (its CR LF, then println's: an empty line
    after it); "DEBUG: Modem Serial Buffer = " each line read, CR and LF
    removed, empty lines skipped; "ERROR: Error resp when calling ..."."""
    o = M.Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = ev["data"].decode("latin-1").rstrip("\r")
            o.write("DEBUG: Write Modem Serial = %s\n\n" % cmd, t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            for x in M.lines_of(ev["data"]):
                o.write("DEBUG: Modem Serial Buffer = %s\n" % x, t=t)
            txn = s.txns[ev["txn"]]
            if txn["final"] == "ERROR":
                o.write("ERROR: Error resp when calling %s\n" % txn["command"], t=t, host=True)
    return o


def render_smstool(s):
    """sms_tool -D at '...' from a script under sh -x: the shell's '+ '
    trace of each command line, then every line the tool read, printed as
    read (the echo, empty lines, the final with -D)."""
    o = M.Out()
    o.write("root@OpenWrt:~# sh -x /tmp/modem-check.sh\n+ DEV=/dev/ttyUSB2\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = ev["data"].decode("latin-1").rstrip("\r")
            o.write("+ sms_tool -D -d /dev/ttyUSB2 at '%s'\n" % cmd, t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            o.write(ev["data"].decode("latin-1").replace("\r\n", "\n").replace("\r", "\n"), t=t)
            o.write("+ sleep 1\n", t=t, host=True)
    return o


def rust_bytes(b):
    """defmt's {=[u8]:a}: b"..." with printable ASCII as is, \\r \\n \\t,
    \\" \\\\, other bytes \\xNN."""
    out = []
    for c in b:
        ch = chr(c)
        out.append({"\r": "\\r", "\n": "\\n", "\t": "\\t", '"': '\\"', "\\": "\\\\"}.get(ch)
                   or (ch if 0x20 <= c < 0x7f else "\\x%02x" % c))
    return 'b"%s"' % "".join(out)


def debug_str(text):
    """Rust's {:?} of a str: quoted, \\ and " escaped."""
    return '"%s"' % text.replace("\\", "\\\\").replace('"', '\\"')


def render_atat_bytes(double):
    """The atat crate with defmt (LossyStr's Format writes {=[u8]:a}:
    b"AT+CSQ\\r\\n"), or that string passed once more through a {:?}
    printer ("b\\"AT+CSQ\\\\r\\\\n\\""), with env_logger's prefix. Per reply
    the ingress's digest: Received OK, Received response (the lines
    without the final), warn Received error response: Error."""
    def show(b):
        r = rust_bytes(b)
        return debug_str(r) if double else r

    def render(s):
        o = M.Out()

        def line(t, lvl, mod, msg, **kw):
            sec = 1700000000 + int(t)
            o.write("[2023-11-14T22:13:%02dZ %-5s atat::%s] %s\n" % (sec % 60, lvl, mod, msg), t=t, **kw)

        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "tx" and ev["role"] == "cmd":
                line(t, "DEBUG", "asynch::client", "Sending command: %s" % show(ev["data"]),
                     marks=[(("t", ev["txn"]), 0)])
            elif ev["kind"] == "rx":
                K.atat_reply(lambda t, lvl, msg: line(t, lvl, "ingress", msg), s, ev, show)
        return o
    return render


def render_pygot(s):
    """A pyserial script: print('Sent:', cmd) before ser.write(cmd), then
    print('Got:', ser.read(ser.in_waiting)) - the whole read, the echo and
    the final in one bytes literal."""
    o = M.Out()
    o.write("Opening /dev/ttyUSB2 at 115200\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write("Sent: %r\n" % ev["data"], t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            o.write("Got: %r\n" % ev["data"], t=t)
    o.write("Done\n", host=True)
    return o


def ascii_names(b):
    names = {0x0d: "<CR>", 0x0a: "<LF>", 0x1a: "<SUB>", 0x1b: "<ESC>", 0x00: "<NUL>"}
    return "".join(names.get(c, chr(c)) for c in b)


def us_stamp(t):
    """A US Windows locale: M/D/YYYY h:mm:ss.mmm AM/PM (the session runs
    from 1:59 PM)."""
    h, m, sec = M.hms(t, base=13 * 3600 + 59 * 60)
    ap = "PM" if h >= 12 else "AM"
    return "3/7/2024 %d:%02d:%06.3f %s" % (h % 12 or 12, m, sec, ap)


def render_docklight_us(s):
    """Docklight's ASCII log in a US locale: a stamp and [TX] - / [RX] - at
    each change of direction, control codes by name, a line break after
    each <LF> (docklight.json)."""
    o = M.Out()
    o.write("Docklight Log File (ASCII) - Started %s \n" % us_stamp(s.t0 - 1), t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] not in ("tx", "rx"):
            continue
        text = ascii_names(ev["data"]).replace("<LF>", "<LF>\n")
        if not text.endswith("\n"):
            text += "\n"
        mk = [(("t", ev["txn"]), 0)] if ev["kind"] == "tx" and ev["role"] == "cmd" else []
        o.write("%s [%s] - %s\n" % (us_stamp(t), "TX" if ev["kind"] == "tx" else "RX", text), t=t,
                marks=mk)
    return o


def render_csv_text(s):
    """A terminal's CSV export with text data: Date,Time,Direction,Data, a
    US date and 12-hour time in their own columns, a row per line, the
    line in quotes with CSV's doubled quotes."""
    o = M.Out()
    o.write("Date,Time,Direction,Data\n", t=s.t0, host=True)
    for t, d, data, ev in M.wire_records(s):
        stamp = us_stamp(t).split(" ", 1)
        for k, text in enumerate(M.lines_of(data)):
            mk = [(("t", ev["txn"]), 0)] if d == "tx" and ev["role"] == "cmd" and k == 0 else []
            o.write('%s,%s,%s,"%s"\n' % (stamp[0], stamp[1], "TX" if d == "tx" else "RX",
                                         text.replace('"', '""')), t=t, marks=mk)
    return o


def render_csv_irp(s):
    """A port monitor's table exported as CSV with a German locale: ';'
    separators, every field quoted, DD.MM.YYYY and HH:MM:SS,mmm, the
    request as IRP_MJ_WRITE / IRP_MJ_READ, the data as spaced hex pairs."""
    o = M.Out()
    o.write('"Date";"Time";"Function";"Data"\n', t=s.t0, host=True)
    for t, d, data, ev in M.wire_records(s):
        h, m, sec = M.hms(t)
        mk = [(("t", ev["txn"]), 0)] if d == "tx" and ev["role"] == "cmd" else []
        o.write('"07.03.2024";"%02d:%02d:%02d,%03d";"%s";"%s"\n' % (
            h, m, int(sec), int(round((sec - int(sec)) * 1000)) % 1000,
            "IRP_MJ_WRITE" if d == "tx" else "IRP_MJ_READ", " ".join("%02X" % c for c in data)),
            t=t, marks=mk)
    return o


def render_hexrows(s):
    """RealTerm's Hex[space] display copied from its window: the port's
    received bytes (the echo, then the reply), a row per read, two digits
    and a space a byte."""
    o = M.Out()
    for ev in s.events:
        if ev["kind"] != "rx":
            continue
        o.write(" ".join("%02X" % c for c in ev["data"]) + " \n", t=ev["t"],
                marks=[(("t", ev["txn"]), 0)])
    return o


def html_escape(lines):
    """A log copied from a page's HTML source: & < > " ' as entities, each
    line's CR (a CR LF file) as &#13;."""
    return [html.escape(l.decode("latin-1"), quote=True).encode("latin-1").replace(b"\r", b"&#13;")
            for l in lines]


def variants(V, same, sub):
    """This round's rows for make_variants.VARIANTS."""
    dq = re.compile(rb'^(.*?(?:Sending command|Received response \(\d+/\d+\)|Received echo or whitespace '
                    rb'\(\d+/\d+\)|Received URC\S* \(\d+/\d+\)): )"(.*)"$')
    return [
        V("libgsm-pppos-sim800.log", "sim800-ppp.log", same, "libgsm-pppos",
          "loboris' libGSM PPPoS client: AT COMMAND: [AT..] / AT RESPONSE: [..OK..] with every control "
          "byte a dot (read back as line ends where dots run or end the record; a lone dot is a dot)",
          render=("sim800_ppp", render_libgsm)),
        V("hologram-simcom-sim800.log", "sim800-hologram.log", same, "hologram-simcom",
          "Hologram's SIMCOM library with debug on: DEBUG: Write Modem Serial = cmd and an empty line, "
          "DEBUG: Modem Serial Buffer = each line read (empty lines skipped)",
          render=("sim800_hologram", render_hologram)),
        V("sms-tool-set-x.log", "em12-smstool.log", same, "sms-tool",
          "sms_tool -D at '...' from a script under sh -x: '+ ' command lines, the lines the tool read "
          "(the final printed because of -D)", render=("em12_smstool", render_smstool)),
        V("atat-defmt-bytes.log", "bg96-rust.log", same, "atat",
          "atat with defmt: LossyStr's {=[u8]:a}: b\"AT+CSQ\\r\\n\"", render=("bg96_rust", render_atat_bytes(False))),
        V("atat-debug-bytes.log", "bg96-rust.log", same, "atat",
          "atat's byte string passed once more through {:?}: \"b\\\"AT+CSQ\\\\r\\\\n\\\"\"",
          render=("bg96_rust", render_atat_bytes(True))),
        V("pyserial-got-chunks.log", "ec21-pyserial.log", same, "python-bytes",
          "a pyserial script's print('Got:', ser.read(n)): the whole read, echo and final, as bytes",
          render=("ec21_pyserial", render_pygot)),
        V("docklight-us-locale.log", "sim7600-terminal.log", same, "docklight",
          "Docklight's ASCII log in a US locale: M/D/YYYY h:mm:ss.mmm PM [TX] - ",
          render=("sim7600_terminal", render_docklight_us)),
        V("csv-text-export.log", "sim7600-terminal.log", same, "csv-serial-logger",
          "a terminal's CSV export: Date,Time,Direction,Data with a US date, a 12-hour time, text rows",
          render=("sim7600_terminal", render_csv_text)),
        V("csv-irp-export.log", "sim7600-terminal.log", same, "csv-serial-logger",
          "a port monitor's CSV export: ';', quoted fields, DD.MM.YYYY, IRP_MJ_WRITE / IRP_MJ_READ, hex pairs",
          render=("sim7600_terminal", render_csv_irp)),
        V("realterm-hex-rows.log", "sim7600-terminal.log", same, "hex-rows",
          "RealTerm's Hex[space] display copied: the port's bytes as hex rows, no direction",
          render=("sim7600_terminal", render_hexrows)),
        V("html-mbed-trace.log", "mbed-trace.log", html_escape, "html-entities > mbed-trace",
          "the Mbed trace copied from a page's HTML source: &lt;cr&gt;&lt;ln&gt;, &quot;"),
        V("html-generic-arrows.log", "generic-arrows.log", html_escape, "html-entities > generic-arrows",
          "arrows copied from a page's HTML source: -&gt; / &lt;- and &quot;"),
    ]
