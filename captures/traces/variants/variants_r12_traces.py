"""Field shapes round 12, tools whose traces atscope did not read (issue 12):
the sessions and renderers of this round's variant fixtures, kept apart
from make_variants.py (which adds them to its MODULES and VARIANTS) as
rounds 7 to 11 are. Sessions are our own, written by hand like
../sessions.py; each renderer follows the print statement README.md cites.
Python 3 standard library only; deterministic."""

from session import Session
import make_traces as M


def cmd_text(ev):
    return ev["data"].decode("latin-1").rstrip("\r\n")


def chunks(data, n):
    return [data[i:i + n] for i in range(0, len(data), n)] or [b""]


# ------------------------------------------------ sessions
def wp7702_legato():
    """A Sierra Wireless WP7702 under Legato: the atClient of an app on the
    module talks to the modem's AT port, the echo off by its first
    command; a registration URC between commands, a +CME ERROR."""
    s = Session("wp7702-legato", "Sierra Wireless WP7702 (Legato atClient)", echo=True,
                profile="3gpp", start=35.120)
    s.cmd("ATE0", dt=0.020, gap=0.300)
    s.cmd("AT+CMEE=1", echo=False, dt=0.020, gap=0.300)
    s.cmd("AT+CGSN", ["359779080012345"], echo=False, dt=0.030, gap=0.300)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], echo=False, dt=0.030, gap=0.300)
    s.cmd("AT+CSQ", ["+CSQ: 19,99"], echo=False, dt=0.030, gap=0.300)
    s.urc("+CEREG: 1", dt=0.400)
    s.cmd("AT+COPS?", ['+COPS: 0,0,"Orange F",7'], echo=False, dt=0.040, gap=0.300)
    s.cmd('AT+CGDCONT=1,"IPV4V6","orange.m2m.spec"', echo=False, dt=0.030, gap=0.300)
    s.cmd("AT+CGACT=1,1", final="+CME ERROR: 30", echo=False, dt=0.900, gap=0.300)
    return s


def sim800_slsnif():
    """A SIM800L on a USB-serial adapter, its host's program run through
    slsnif: the echo on as the module ships, an SMS sent in text mode
    (prompt, text, Ctrl-Z), a URC."""
    s = Session("sim800-slsnif", "SIMCom SIM800L (slsnif between host and port)", echo=True,
                profile="simcom-sim800", start=0.500)
    s.cmd("AT", dt=0.020, gap=0.200)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.030, gap=0.200)
    s.cmd("AT+CSQ", ["+CSQ: 17,0"], dt=0.030, gap=0.200)
    s.cmd("AT+CREG?", ["+CREG: 0,1"], dt=0.030, gap=0.200)
    s.cmd("AT+CMGF=1", dt=0.030, gap=0.200)
    s.cmd('AT+CMGS="+31612345678"', ["+CMGS: 12"], prompt=b"\r\n> ", payload=b"battery low\x1a",
          after=b"\r\n+CMGS: 12\r\n\r\nOK\r\n", final="OK", dt=0.050, gap=0.300)
    s.urc("+CMTI: \"SM\",3", dt=0.600)
    s.cmd("AT+CGATT=1", final="ERROR", dt=0.200, gap=0.200)
    return s


def ec25_usbmon():
    """A Quectel EC25 on a Linux host's USB, its AT port (interface 2,
    the option driver's ttyUSB2) traced with usbmon's text API: short
    replies, each within the 32 bytes the text API shows of a URB."""
    s = Session("ec25-usbmon", "Quectel EC25 (usbmon text API, bulk endpoints of ttyUSB2)", echo=False,
                profile="quectel-bg96", start=3575.914555)
    s.cmd("ATI", ["Quectel", "EC25", "Revision: EC25EFAR06A08M4G"], dt=0.004, gap=0.200)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.004, gap=0.200)
    s.cmd("AT+CSQ", ["+CSQ: 22,99"], dt=0.004, gap=0.200)
    s.cmd("AT+CREG?", ["+CREG: 0,5"], dt=0.004, gap=0.200)
    s.urc("+QIURC: \"pdpdeact\",1", dt=0.300)
    s.cmd("AT+QIACT=1", final="ERROR", dt=0.300, gap=0.200)
    s.cmd("AT+QCCID", ["+QCCID: 8931440400012345678F"], dt=0.004, gap=0.200)
    return s


def esp32_circuitpython():
    """An ESP32 running Espressif's AT firmware under CircuitPython's
    adafruit_espatcontrol with debug=True: begin() syncs with the echo on,
    turns it off, changes the baudrate (its reply flushed unread), reads
    the version, the single-connection mode, the SSL size an ESP32 refuses,
    the Wi-Fi state."""
    s = Session("esp32-circuitpython", "ESP32 (ESP-AT, CircuitPython adafruit_espatcontrol)", echo=True,
                profile="espressif-at", start=2.100)
    s.cmd("AT", rx=b"AT\r\n\r\nOK\r\n", term=b"\r\n", dt=0.010, gap=0.100)
    s.cmd("ATE0", rx=b"ATE0\r\n\r\nOK\r\n", term=b"\r\n", dt=0.010, gap=0.100)
    s.silence("AT+UART_CUR=115200,8,1,0,0", term=b"\r\n", gap=0.600)
    s.cmd("AT", term=b"\r\n", echo=False, dt=0.010, gap=0.100)
    s.cmd("AT+GMR", ["AT version:2.2.0.0(c6fa6bf - ESP32 - Jul  2 2021 06:44:05)",
                     "SDK version:v4.2.2-76-gefa6eca", "Bin version:2.2.0(WROOM-32)"],
          rx=b"\r\nAT version:2.2.0.0(c6fa6bf - ESP32 - Jul  2 2021 06:44:05)\r\nSDK version:v4.2.2-76-gefa6eca\r\n"
          b"Bin version:2.2.0(WROOM-32)\r\n\r\nOK\r\n", term=b"\r\n", echo=False, dt=0.020, gap=0.100)
    s.cmd("AT+CIPMUX?", ["+CIPMUX:0"], term=b"\r\n", echo=False, dt=0.010, gap=0.100)
    s.cmd("AT+CIPSSLSIZE=4096", final="ERROR", term=b"\r\n", echo=False, dt=0.010, gap=1.000)
    s.cmd("AT+CIPSSLCCONF?", ["+CIPSSLCCONF:0,0,0"], term=b"\r\n", echo=False, dt=0.010, gap=0.100)
    s.cmd("AT+CWSTATE?", ['+CWSTATE:0,""'], term=b"\r\n", echo=False, dt=0.010, gap=0.100)
    s.cmd("AT+CWMODE=1", term=b"\r\n", echo=False, dt=0.010, gap=0.100)
    return s


def wp7702_fleet():
    """The same WP7702 app's atClient in a fleet whose module logs are
    shipped to Loki: a short poll, a +CME ERROR."""
    s = Session("wp7702-fleet", "Sierra Wireless WP7702 (Legato atClient, logs in Loki)", echo=False,
                profile="3gpp", start=120.250)
    s.cmd("AT+CSQ", ["+CSQ: 21,99"], dt=0.030, gap=0.300)
    s.cmd("AT+CEREG?", ["+CEREG: 0,1"], dt=0.030, gap=0.300)
    s.cmd('AT+COPS?', ['+COPS: 0,0,"Orange F",7'], dt=0.040, gap=0.300)
    s.cmd("AT+CGACT=1,1", final="+CME ERROR: 30", dt=0.900, gap=0.300)
    return s


def pi_dotnet():
    """A Quectel EC25 on a Raspberry Pi driven by a .NET service that logs
    each line it writes and each line it reads (the echo off by its
    first command)."""
    s = Session("pi-dotnet", "Quectel EC25 (a .NET service's log)", echo=True, profile="quectel-bg96",
                start=7.300)
    s.cmd("ATE0", dt=0.020, gap=0.200)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], echo=False, dt=0.030, gap=0.200)
    s.cmd("AT+CSQ", ["+CSQ: 18,99"], echo=False, dt=0.030, gap=0.200)
    s.urc("+QIURC: \"pdpdeact\",1", dt=0.300)
    s.cmd('AT+QICSGP=1,1,"internet","","",1', echo=False, dt=0.040, gap=0.200)
    s.cmd("AT+QIACT=1", final="ERROR", echo=False, dt=0.800, gap=0.200)
    return s


def bg96_ser2net():
    """A Quectel BG96 on a serial server's port (ser2net, raw TCP on port
    2000), a test script on a PC connected to it: the echo on as the
    module ships, a URC between commands, a +CME ERROR."""
    s = Session("bg96-ser2net", "Quectel BG96 (behind ser2net, tcpflow of the TCP connection)", echo=True,
                profile="quectel-bg96", start=4.000)
    s.cmd("AT", dt=0.020, gap=0.300)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.030, gap=0.300)
    s.cmd("AT+QCSQ", ['+QCSQ: "CAT-M1",-81,-107,118,-12'], dt=0.030, gap=0.300)
    s.urc("+CEREG: 5", dt=0.500)
    s.cmd("AT+CEREG?", ["+CEREG: 0,5"], dt=0.030, gap=0.300)
    s.cmd('AT+QIOPEN=1,0,"TCP","10.0.0.5",8080', final="+CME ERROR: 552", dt=0.100, gap=0.300)
    return s


def ec21_nuttx():
    """A Quectel EC21 (echo off, as its profile stores it) on a NuttX
    board, probed by NuttX's chat utility before PPP (the script
    `"" AT OK AT+CGATT=1 OK`): the attach refused, so the expectation of
    OK times out."""
    s = Session("ec21-nuttx", "Quectel EC21 (NuttX chat with CONFIG_DEBUG_INFO)", echo=False,
                profile="quectel-bg96", start=5.120)
    s.cmd("AT", term=b"\r\n", dt=0.020, gap=0.050)
    s.cmd("AT+CGATT=1", final="ERROR", term=b"\r\n", dt=0.400, gap=0.050)
    return s


MODULES = dict(wp7702_legato=wp7702_legato, bg96_ser2net=bg96_ser2net, ec21_nuttx=ec21_nuttx, wp7702_fleet=wp7702_fleet, pi_dotnet=pi_dotnet, sim800_slsnif=sim800_slsnif, ec25_usbmon=ec25_usbmon,
               esp32_circuitpython=esp32_circuitpython)


# ------------------------------------------------ renderers
def legato_bytes(data):
    """le_dev.c PrintBuffer(): CR as <CR>, LF as <LF>, Ctrl-Z as
    <CTRL+Z>, every other byte as it is."""
    return "".join({13: "<CR>", 10: "<LF>", 26: "<CTRL+Z>"}.get(c, chr(c)) for c in data)


def render_legato(s, pc=False):
    """Legato's log of the atClient through the module's syslog, as
    `logread` prints it (framework/liblegato/linux/log.c
    log_SendToLogSession(): syslog(level, "%s | %s[%d]/%s T=%s | %s %s() %d |
    %s\\n") under openlog("Legato", 0, LOG_USER); the level " DBUG");
    every write and every read of the AT port as le_dev.c PrintBuffer()
    gives it ("'%s' -> %s", the device's path), and the atClient's own
    lines (le_atClient.c CheckResponse() and the state machine) between.
    pc: the same messages as a Legato process on a PC writes them to
    stderr ("%s : %s | ...", ctime() without the weekday and year)."""
    o = M.Out()

    def pre(t, comp, fn, line):
        h, m, sec = M.hms(t)
        body = " DBUG | atService[1203]/%s T=atClient_0 | %s %d | " % (comp, fn, line)
        if pc:
            return "Jan  6 %02d:%02d:%02d : %s" % (h, m, int(sec), body)
        return "Jan  6 %02d:%02d:%02d swi-mdm9x28 user.debug Legato: %s" % (h, m, int(sec), body)

    o.write(pre(s.t0 - 0.2, "atClient", "le_atClient.c le_atClient_Start()", 2169)
            + "Create a new interface for '17'\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx":
            mk = [(("t", ev["txn"]), 0)] if ev["role"] == "cmd" else []
            if ev["role"] == "cmd":
                o.write(pre(t, "atClient", "le_atClient.c SendingState()", 924) + "1\n", t=t, host=True)
            o.write(pre(t, "atClient", "le_dev.c PrintBuffer()", 211)
                    + "'/dev/ttyAT' -> %s\n" % legato_bytes(ev["data"]), t=t, marks=mk)
        elif ev["kind"] == "rx":
            mk = []
            if ev["role"] == "urc":
                mk = [(("u", ev["urc"]), 0)]
            o.write(pre(t, "atClient", "le_dev.c PrintBuffer()", 211)
                    + "'/dev/ttyAT' -> %s\n" % legato_bytes(ev["data"]), t=t, marks=mk)
            if ev["role"] == "reply":
                x = s.txns[ev["txn"]]
                for text in M.lines_of(ev["data"]):
                    if text == x["command"]:
                        continue
                    o.write(pre(t, "atClient", "le_atClient.c CheckResponse()", 865)
                            + "Command: %s, size: %d\n" % (x["command"], len(x["command"])), t=t, host=True)
                    o.write(pre(t, "atClient", "le_atClient.c CheckResponse()", 866)
                            + "Received response: %s, size: %d\n" % (text, len(text)), t=t, host=True)
    return o


SLSNIF_NAMES = ["<NUL>", "<SOH>", "<STX>", "<ETX>", "<EOT>", "<ENQ>", "<ACK>", "<BEL>",
                "<BS>", "<HT>", "<LF>", "<VT>", "<FF>", "<CR>", "<SO>", "<SI>",
                "<DLE>", "<DC1>", "<DC2>", "<DC3>", "<DC4>", "<NAK>", "<SYN>", "<ETB>",
                "<CAN>", "<EM>", "<SUB>", "<ESC>", "<FS>", "<GS>", "<RS>", "<US>", "<SPACE>"]


def slsnif_plain(data):
    """slsnif.c fmtData(): each byte as its character, or its ASCII name
    below 33 (ascii.h, "<SPACE>" for the blank) and <DEL>, then " (%03i) "."""
    out = ""
    for c in data:
        ch = "<DEL>" if c == 127 else SLSNIF_NAMES[c] if c < 33 else chr(c)
        out += "%s (%03i) " % (ch, c)
    return out


def slsnif_hexdump(data, first):
    """slsnif.c fmtDataHexdumpLine(): 16 bytes a row as "%02x ", a blank
    more after every 4, padded to the full width, then the characters
    (a dot for the unprintable ones)."""
    out = ""
    for i, c in enumerate(data):
        out += "%02x " % c
        if i % 4 == 3:
            out += " "
    for i in range(len(data), 16):
        out += "   "
        if i % 4 == 3:
            out += " "
    return out + "".join(chr(c) if 32 <= c < 127 else "." for c in data)


def render_slsnif(s, hexdump=False):
    """slsnif's log file (-l): each read of either side (BUFFSIZE, 32 bytes
    at most) after "\\n" and the side's prefix "\\nHost   --> " or
    "\\nDevice --> " (slsnif.h PORT_OUT / PORT_IN; slsnif.c outputData()),
    so a blank line before every record and no line end after its data;
    -d (hexdump): rows of 16, the further rows after "\\n       --> "
    (PRFX_EMPTY); the file ends with the "\\n" closeAll() writes."""
    o = M.Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] not in ("tx", "rx"):
            continue
        prefix = "Host   --> " if ev["kind"] == "tx" else "Device --> "
        mk = []
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            mk = [(("t", ev["txn"]), 0)]
        for piece in chunks(ev["data"], 32):
            if ev["kind"] == "rx" and ev["role"] == "urc" and ev["text"].encode() in piece:
                mk = [(("u", ev["urc"]), 0)]
            if hexdump:
                rows = chunks(piece, 16)
                text = prefix + "\n       --> ".join(slsnif_hexdump(r, i == 0) for i, r in enumerate(rows))
            else:
                text = prefix + slsnif_plain(piece)
            o.write("\n\n" + text, t=t, marks=[(m[0], 2) for m in mk])
            mk = []
    o.write("\n")
    return o


def usbmon_words(data):
    """mon_text.c mon_text_read_data(): " =" and the data as big-endian
    words of four bytes, "%02x" each, a blank before every fourth."""
    return " ".join(data[i:i + 4].hex() for i in range(0, len(data), 4))


def render_usbmon(s):
    """`cat /sys/kernel/debug/usb/usbmon/1u` (Documentation/usb/usbmon.rst,
    drivers/usb/mon/mon_text.c): the URB tag, the time in microseconds, S
    (submission) or C (callback), the address word Bo:1:004:3 / Bi:1:004:2
    (bulk out and in of the modem's AT interface), the status (-115,
    -EINPROGRESS, on a submission), the length, then "=" and the data
    words, or "<" / ">" where no data was captured. A write is the Bo
    submission with its data and its callback without; a read is the Bi
    callback with the data and the driver's resubmission of the URB; the
    CDC interrupt endpoint's serial-state notice between, as a modem
    sends it when its DCD changes."""
    o = M.Out()
    out_tag, in_tag = "ffff8e4a3b1e6a80", "ffff8e4a3b1e6c00"

    def us(t):
        return "%d" % (int(round(t * 1e6)) % (1 << 32))

    o.write("%s %s S Bi:1:004:2 -115 512 <\n" % (in_tag, us(s.t0 - 0.05)), t=s.t0, host=True)
    o.write("ffff8e4a3b1e6f00 %s C Ii:1:004:1 0:8 10 = a1200000 02000200 0300\n" % us(s.t0 - 0.04),
            t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx":
            mk = [(("t", ev["txn"]), 0)] if ev["role"] == "cmd" else []
            for piece in chunks(ev["data"], 32):
                o.write("%s %s S Bo:1:004:3 -115 %d = %s\n" % (out_tag, us(t), len(piece), usbmon_words(piece)),
                        t=t, marks=mk)
                o.write("%s %s C Bo:1:004:3 0 %d >\n" % (out_tag, us(t + 0.000057), len(piece)), t=t, host=True)
                mk = []
        elif ev["kind"] == "rx":
            mk = [(("u", ev["urc"]), 0)] if ev["role"] == "urc" else []
            for piece in chunks(ev["data"], 32):
                o.write("%s %s C Bi:1:004:2 0 %d = %s\n" % (in_tag, us(t), len(piece), usbmon_words(piece)),
                        t=t, marks=mk)
                o.write("%s %s S Bi:1:004:2 -115 512 <\n" % (in_tag, us(t + 0.00001)), t=t, host=True)
                mk = []
    return o


def py_bytes_repr(data):
    """CircuitPython's repr() of bytes: as CPython's."""
    return repr(bytes(data))


def render_espatcontrol(s):
    """adafruit_espatcontrol.py with debug=True: at_response() prints
    print("--->", at_cmd) before it writes the command and its CR LF, and
    print("<---", response) with the bytes it read up to OK or ERROR; the
    baudrate setter prints "Changing baudrate to:" and the command string
    it builds with its "\\r\\n" in it (a line ending in CR, an empty line
    after), then flushes the reply unread; an ERROR is retried only as
    `retries` says (begin()'s AT+CIPSSLSIZE: once)."""
    o = M.Out()
    o.write("ESP32 webclient test\n", t=s.t0, app=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            c = cmd_text(ev)
            if c.startswith("AT+UART_CUR"):
                o.write("Changing baudrate to: 115200\n", t=t, host=True)
                o.write("---> %s\r\n\n" % c, t=t, marks=[(("t", ev["txn"]), 0)])
                continue
            o.write("---> %s\n" % c, t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx" and ev["role"] == "reply":
            o.write("<--- %s\n" % py_bytes_repr(ev["data"]), t=t)
    o.write("Connecting to AP...\n", t=s.t, app=True)
    return o


def render_loki(inner, labels='{filename="/var/log/messages", host="wp7702-0042"}'):
    """Grafana Loki's logcli query --forward of the lines promtail shipped
    (loki pkg/logcli/output/default.go DefaultOutput.Format(): the
    entry's time as RFC 3339, the stream's labels, the line trimmed):
    inner's lines, each behind that prefix, at the time inner gives it."""
    def render(s):
        o = inner(s)
        q = M.Out()
        for n, line in enumerate(o.lines(), 1):
            t = o.times.get(n, s.t0)
            h, m, sec = M.hms(t)
            q.write("2026-12-06T%02d:%02d:%02dZ %s %s\n" % (h, m, int(sec), labels,
                                                          line.decode("latin-1").strip()), t=t)
        q.marks, q.host, q.apps = dict(o.marks), list(o.host), list(o.apps)
        return q
    return render


def wire_lines(s):
    """(t, text, marks) of each line written and read, as an application
    that logs them sees them: the command without its CR, each line read
    without its line end, empty ones skipped."""
    out = []
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            out.append((t, cmd_text(ev), [(("t", ev["txn"]), 0)], "dbug"))
        elif ev["kind"] == "rx":
            for x in M.lines_of(ev["data"]):
                mk = [(("u", ev["urc"]), 0)] if ev["role"] == "urc" and x == ev["text"] else []
                out.append((t, x, mk, "fail" if x == "ERROR" or "ERROR:" in x else "dbug"))
    return out


def render_dotnet_console(single=False):
    """A .NET service's ILogger through Microsoft.Extensions.Logging's
    console (SimpleConsoleFormatter.cs: "dbug: Category[0]" and the
    message on the next line behind 6 blanks; SingleLine with a
    TimestampFormat "HH:mm:ss ": the time, the header and the message on
    one line), the host's startup line first."""
    def render(s):
        o = M.Out()

        def msg(t, lvl, cat, text, marks=(), app=False):
            if single:
                h, m, sec = M.hms(t)
                pre = "%02d:%02d:%02d %s: %s[0] " % (h, m, int(sec), lvl, cat)
                o.write(pre + text + "\n", t=t, marks=[(k, len(pre)) for k, _ in marks], app=app)
            else:
                # the header: the formatter's own line (the layer drops it)
                o.write("%s: %s[0]\n" % (lvl, cat), t=t)
                o.write("      " + text + "\n", t=t, marks=list(marks), app=app)

        # the host's own message (under a raw reading, text before the
        # first command: the application's, not the modem's)
        msg(s.t0 - 0.5, "info", "Microsoft.Hosting.Lifetime", "Application started. Press Ctrl+C to shut down.",
            app=True)
        for t, text, mk, lvl in wire_lines(s):
            msg(t, lvl, "Acme.Cellular.ModemPort", text, marks=mk)
        return o
    return render


def render_serilog(file_sink=False):
    """The same service through Serilog: the console sink's default
    template "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}", or the file
    sink's "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] "."""
    def render(s):
        o = M.Out()

        def msg(t, lvl, text, marks=(), host=False):
            h, m, sec = M.hms(t)
            lv = {"dbug": "DBG", "fail": "ERR", "info": "INF"}[lvl]
            if file_sink:
                pre = "2026-12-06 %02d:%02d:%06.3f +01:00 [%s] " % (h, m, sec, lv)
            else:
                pre = "[%02d:%02d:%02d %s] " % (h, m, int(sec), lv)
            o.write(pre + text + "\n", t=t, marks=[(k, len(pre)) for k, _ in marks], host=host)

        msg(s.t0 - 0.5, "info", "Modem port /dev/ttyUSB2 opened at 115200", host=True)
        for t, text, mk, lvl in wire_lines(s):
            msg(t, lvl, text, marks=mk)
        return o
    return render


def render_daemon_rsyslog(s):
    """A daemon that logs "> " and each write's bytes, "< " and each
    read's bytes, through syslog() into rsyslog's file: the control
    characters escaped as '#' and three octal digits (rsyslog
    runtime/parser.c SanitizeMsg()), so a read is one line."""
    o = M.Out()

    def esc(b):
        return "".join("#%03o" % c if c < 32 else chr(c) for c in b)

    def line(t, msg, **kw):
        h, m, sec = M.hms(t, base=10 * 3600)
        o.write("Dec  6 %02d:%02d:%02d gw modemd[812]: %s\n" % (h, m, int(sec), msg), t=t, **kw)

    line(s.t0 - 0.2, "opened /dev/ttyUSB2 at 115200", host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            line(t, "> " + esc(ev["data"]), marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            mk = [(("u", ev["urc"]), 0)] if ev["role"] == "urc" else []
            line(t, "< " + esc(ev["data"]), marks=mk)
    return o


def render_daemon_blob(s):
    """The same daemon logging to the journal, its commands without their
    CR, each read's bytes as they came, read back with journalctl (no -a):
    a message holding a control character is shown as "[%s blob data]"
    (systemd src/shared/logs-show.c output_short()), so every read is."""
    o = M.Out()

    def size(n):
        return "%dB" % n if n < 1024 else "%.1fK" % (n / 1024)

    def line(t, msg, **kw):
        h, m, sec = M.hms(t, base=10 * 3600)
        o.write("Dec 06 %02d:%02d:%02d gw modemd[812]: %s\n" % (h, m, int(sec), msg), t=t, **kw)

    line(s.t0 - 0.2, "opened /dev/ttyUSB2 at 115200", host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            line(t, "> " + cmd_text(ev), marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            # journalctl's stand-in for the message (the layer drops it)
            line(t, "[%s blob data]" % size(len(ev["data"]) + 2))
    return o


def render_tcpflow(s):
    """tcpflow -c on the PC (tcpip.cpp print_packet(): the flow's name,
    flow.cpp's "%03d.%03d.%03d.%03d.%05d" for each side, ": ", the
    packet's data with every unprintable byte but CR and LF as '.', then
    '\\n'): each write of the script in a packet to the bridge, each read
    of the serial port in a packet back."""
    o = M.Out()
    up = "192.168.001.010.54321-192.168.001.020.02000: "
    down = "192.168.001.020.02000-192.168.001.010.54321: "

    def shown(b):
        return "".join(chr(c) if 32 <= c < 127 or c in (10, 13) else "." for c in b)

    o.write("tcpflow: listening on eth0\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx":
            mk = [(("t", ev["txn"]), len(up))] if ev["role"] == "cmd" else []
            o.write(up + shown(ev["data"]) + "\n", t=t, marks=mk)
        elif ev["kind"] == "rx":
            text = down + shown(ev["data"]) + "\n"
            mk = []
            if ev["role"] == "urc":
                mk = [(("u", ev["urc"]), text.index(ev["text"]))]
            o.write(text, t=t, marks=mk)
    return o


def render_nuttx_chat(s):
    """NuttX's chat (apps/netutils/chat/chat.c) built with
    CONFIG_DEBUG_INFO, its _info() lines through syslog with the function
    name first (include/debug.h EXTRA_FMT "%s: ") and the
    CONFIG_SYSLOG_TIMESTAMP stamp "[%5u.%06u] ": chat_line_run() names the
    line to run (its rhs with the CR LF chat_internalise() added, so the
    line breaks), chat_send() prints "wrote %d out of %d bytes of '%s'"
    (the command's CR LF inside the quotes), chat_readb() prints every byte
    read as "read '%c' (0x%02X)" (a CR raw inside the quotes, an LF
    breaking the line); chat_expect() reads up to the text it waits for,
    chat_flush() the rest; an expectation not met times out."""
    o = M.Out()

    def st(t):
        return "[%6d.%06d] " % (int(t), int(round((t % 1) * 1e6)))

    def info(t, text, **kw):
        o.write(st(t) + text + "\n", t=t, **kw)

    def readb(t, c):
        if c == 10:
            o.write(st(t) + "chat_readb: read '\n' (0x0A)\n", t=t)
        else:
            o.write(st(t) + "chat_readb: read '%s' (0x%02X)\n" % (chr(c), c), t=t)

    info(s.t0 - 0.01, "chat_tokenise: \"\" AT OK AT+CGATT=1 OK", host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            x = s.txns[ev["txn"]]
            info(t - 0.001, "chat_line_run: type 1, rhs %s\r\n" % x["command"], host=True)
            o.write(st(t) + "chat_send: wrote %d out of %d bytes of '%s'\n"
                    % (len(ev["data"]), len(ev["data"]), ev["data"].decode("latin-1")), t=t,
                    marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx" and ev["role"] == "reply":
            x = s.txns[ev["txn"]]
            data = ev["data"]
            if x["final"] == "OK":
                cut = data.index(b"OK") + 2
                for c in data[:cut]:
                    readb(t, c)
                info(t, "chat_expect: result 0", host=True)
                info(t, "chat_flush: starting", host=True)
                for c in data[cut:]:
                    readb(t, c)
                info(t, "chat_readb: poll timed out", host=True)
                info(t, "chat_flush: done", host=True)
            else:
                for c in data:
                    readb(t, c)
                info(t + 30.0, "chat_readb: poll timed out", host=True)
                info(t + 30.0, "chat_expect: result -110", host=True)
    return o


# ------------------------------------------------ the variants
def variants(V, same, sub):
    """This round's rows for make_variants.VARIANTS."""
    return [
        V("legato-atclient-logread.log", "wp7702-legato.log", same, "syslog > legato-at",
          "Legato's atClient on a WP7702 read with logread: le_dev.c PrintBuffer()'s \"'/dev/ttyAT' -> \" "
          "lines of every write and read (<CR> <LF> <CTRL+Z>, both directions alike: the command's shape "
          "tells them apart), the atClient's CheckResponse() Command: / Received response: lines host-log",
          render=("wp7702_legato", render_legato)),
        V("legato-atclient-pc.log", "wp7702-legato.log", same, "legato-at",
          "the same messages as a Legato process on a PC writes them to stderr (log.c: \"%s : %s | ...\", "
          "ctime() without the weekday and the year)",
          render=("wp7702_legato", lambda s: render_legato(s, pc=True))),
        V("slsnif-sim800.log", "sim800-slsnif.log", same, "slsnif",
          "slsnif's log file: \"Host   --> \" / \"Device --> \" and each byte as \"A (065) \" (control "
          "bytes by their ASCII names, <SPACE> for the blank), a blank line before every record, reads "
          "of at most 32 bytes", render=("sim800_slsnif", render_slsnif)),
        V("slsnif-hexdump.log", "sim800-slsnif.log", same, "slsnif",
          "slsnif -d: rows of 16 hex bytes in blocks of 4, padded, the characters after them, the further "
          "rows of a read after \"       --> \"",
          render=("sim800_slsnif", lambda s: render_slsnif(s, hexdump=True))),
        V("usbmon-ec25.log", "ec25-usbmon.log", same, "usbmon-text",
          "usbmon's text API (/sys/kernel/debug/usb/usbmon/1u): S Bo submissions with the host's bytes, "
          "C Bi callbacks with the modem's, as big-endian words; callbacks without data, resubmissions "
          "and the interrupt endpoint's notice host-log",
          render=("ec25_usbmon", render_usbmon)),
        V("espatcontrol-esp32.log", "esp32-circuitpython.log", same, "espatcontrol",
          "adafruit_espatcontrol at debug: ---> the command, <--- the bytes read as Python's repr (the "
          "echo first while it is on); the baudrate command printed with its CR LF, its reply flushed "
          "unread (no final)",
          render=("esp32_circuitpython", render_espatcontrol)),
        V("tcpflow-ser2net.log", "bg96-ser2net.log", same, "tcpflow",
          "tcpflow -c of a script's TCP connection to a ser2net port: the flow's name and each packet's data, "
          "its CR and LF raw (a read spans lines), tcpflow's own newline after each packet",
          render=("bg96_ser2net", render_tcpflow)),
        V("nuttx-chat-ec21.log", "ec21-nuttx.log", same, "nuttx-chat",
          "NuttX chat at CONFIG_DEBUG_INFO: chat_send()'s wrote n out of n bytes of '...' (the command's CR "
          "LF inside the quotes), chat_readb()'s read 'c' (0xNN) for every byte read (an LF breaking the "
          "line), the tokeniser's, expect's and flush's own lines; the expectation of OK times out on ERROR",
          render=("ec21_nuttx", render_nuttx_chat)),
        V("rsyslog-modemd-escapes.log", "ec25-daemon.log", same, "rsyslog-escapes > syslog > generic-gtlt",
          "a daemon's > / < lines with each write's and read's bytes through syslog() into rsyslog's file: CR "
          "and LF as #015 #012, a read on one line", render=("ec25_daemon", render_daemon_rsyslog)),
        V("journal-blob-modemd.log", "ec25-daemon.log", same, "journal-blob > syslog > generic-gtlt",
          "the same daemon in the journal read with journalctl without -a: its commands shown, every read "
          "(holding CR and LF) as [NB blob data]: what the modem said is not in the log (sends-only)",
          render=("ec25_daemon", render_daemon_blob), sends_only=True),
        V("loki-logcli-legato.log", "wp7702-fleet.log", same, "loki-logcli > syslog > legato-at",
          "a Legato module's /var/log/messages shipped by promtail, read back with logcli query --forward: "
          "the RFC 3339 time and the stream's labels before each syslog line",
          render=("wp7702_fleet", render_loki(render_legato))),
        V("dotnet-console-lines.log", "pi-dotnet.log", same, "dotnet-console > raw",
          "a .NET service logging each line written and read through Microsoft.Extensions.Logging's console: "
          "dbug: Category[0] and the line under it behind 6 blanks",
          render=("pi_dotnet", render_dotnet_console())),
        V("dotnet-console-single.log", "pi-dotnet.log", same, "dotnet-console > raw",
          "the same with SingleLine and TimestampFormat \"HH:mm:ss \": time, header and line on one line",
          render=("pi_dotnet", render_dotnet_console(single=True))),
        V("serilog-console-lines.log", "pi-dotnet.log", same, "serilog > raw",
          "the same service through Serilog's console sink: [HH:mm:ss DBG] and the line",
          render=("pi_dotnet", render_serilog())),
        V("serilog-file-lines.log", "pi-dotnet.log", same, "serilog > raw",
          "the same through Serilog's file sink: yyyy-MM-dd HH:mm:ss.fff zzz [DBG] and the line",
          render=("pi_dotnet", render_serilog(file_sink=True))),
    ]
