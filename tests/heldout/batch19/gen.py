#!/usr/bin/env python3
"""Write holdout19 logs/ and labels.json from one description per log.

A log is a list of items: T (a command, its reply lines, its final), U (a URC), N (a line the
application or a person prints). A renderer per shape turns the items into the text the tool
prints; the labels come from the same items, so a log and its labels cannot drift apart.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")
LABELS = {}


class T:
    def __init__(self, cmd, resp=(), final="OK", prompt=None, payload=None, parts=None,
                 after=(), label=True, dt=0.12):
        self.cmd, self.resp, self.final = cmd, list(resp), final
        self.prompt, self.payload, self.parts = prompt, payload, parts
        self.after, self.label, self.dt = list(after), label, dt


class U:
    def __init__(self, line):
        self.line = line


class N:
    def __init__(self, text):
        self.text = text


def labels_of(items):
    return [{"command": it.cmd, "final": it.final} for it in items if isinstance(it, T) and it.label]


def write(name, text, items, shape, module, verified, has=True):
    with open(os.path.join(LOGS, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    tx = labels_of(items) if has else []
    LABELS[name] = {"transactions": tx, "total": len(tx), "has_transactions": bool(tx),
                    "shape": shape, "module": module, "verified": verified}


def reply_bytes(it):
    """Info lines as one block (no blank line between them), then the final, then later URCs."""
    out = ""
    if it.resp:
        out += "\r\n" + "\r\n".join(it.resp) + "\r\n"
    if it.final is not None:
        out += "\r\n" + it.final + "\r\n"
    for a in it.after:
        out += "\r\n" + a + "\r\n"
    return out


def module_bytes(it, echo=True):
    """What the module sends for one command: echo, reply, prompt, final, later URCs."""
    out = ""
    if echo:
        out += it.cmd + "\r"
    if it.prompt:
        out += "\r\n" + it.prompt + " " if it.prompt == ">" else "\r\n" + it.prompt + "\r\n"
    return out + reply_bytes(it)


# ------------------------------------------------------------------ verified shapes

def render_mkrnb(items, echo=True, eol="\r\n"):
    """arduino-libraries/MKRNB src/Modem.cpp ModemClass::poll()/waitForPrompt(): with
    MODEM.debug() every byte read from the SARA UART is written to Serial as it comes; the
    host's own writes (send(), write()) are not printed. Sketch prints come in between."""
    out = ""
    for it in items:
        if isinstance(it, N):
            out += it.text + eol
        elif isinstance(it, U):
            out += "\r\n" + it.line + "\r\n"
        else:
            if it.prompt:
                out += (it.cmd + "\r" if echo else "") + "\r\n" + it.prompt
                out += reply_bytes(it)
            else:
                out += module_bytes(it, echo)
    return out


def render_fona_cp(items):
    """adafruit/Adafruit_CircuitPython_FONA adafruit_fona.py: FONA._uart_write() prints
    '\\tUARTWRITE ::', buffer.decode() (the buffer keeps its \\r\\n, print adds \\n);
    FONA._read_line() prints '\\tUARTREAD ::', self._buf.decode() (one line, CR dropped)."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text + "\n")
        elif isinstance(it, U):
            out.append("\tUARTREAD :: " + it.line + "\n")
        else:
            out.append("\tUARTREAD :: \n")  # the leading _read_line() of _send_check_reply
            parts = it.parts or [it.cmd]
            for i, p in enumerate(parts):
                tail = "\r\n" if i == len(parts) - 1 else ""
                out.append("\tUARTWRITE :: " + p + tail + "\n")
            if it.prompt:
                out.append("\tUARTREAD :: " + it.prompt + " \n")
                out.append("\tUARTWRITE :: " + it.payload + "\n")
            for r in it.resp:
                out.append("\tUARTREAD :: " + r + "\n")
            if it.final is not None:
                out.append("\tUARTREAD :: " + it.final + "\n")
            else:
                out.append("\tUARTREAD :: \n")
            for a in it.after:
                out.append("\tUARTREAD :: " + a + "\n")
    return "".join(out)


YEL, MAG, GRE, RED, CYA, BLU, DEF = ("\033[33m", "\033[35m", "\033[32m", "\033[31m", "\033[36m",
                                     "\033[34m", "\033[39m")


def c027_dump(buf):
    s = " %3d \"" % len(buf)
    esc = {"\a": "\\a", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\v": "\\v", "\f": "\\f", "\r": "\\r"}
    for ch in buf:
        if ord(ch) > 0x1F and ord(ch) != 0x7F:
            s += '\\"' if ch == '"' else ("\\\\" if ch == "\\" else ch)
        else:
            s += esc.get(ch, "\\x%02x" % ord(ch))
    return s + "\"\r\n"


def c027_type(line, colour=True):
    c = (lambda col, t: col + t + DEF) if colour else (lambda col, t: t)
    if line == "OK":
        return c(GRE, "OK ")
    if line == "ERROR" or line.startswith("+CME ERROR") or line.startswith("+CMS ERROR"):
        return c(RED, "ERR")
    if line in (">", "@"):
        return c(BLU, " > ")
    if line.startswith("+"):
        return c(CYA, " + ")
    return c(YEL, "UNK")


def render_c027(items, t0=0.9, colour=True):
    """u-blox C027_Support MDM.cpp (mbed): MDMParser::send() prints '%10.3f AT send    ' then
    dumpAtCmd(buf,len) = ' %3d "' + escaped bytes + '"\\r\\n'; waitFinalResp() prints
    '%10.3f AT read %s' with s = UNK/TXT/OK /ERR/ + / >  (ANSI coloured) + dumpAtCmd."""
    t = t0
    out = ""
    for it in items:
        if isinstance(it, N):
            out += (GRE + it.text + DEF if colour else it.text) + "\r\n"
            continue
        if isinstance(it, U):
            t += 0.9
            out += "%10.3f AT read %s" % (t, c027_type(it.line, colour)) + c027_dump("\r\n" + it.line + "\r\n")
            continue
        t += 0.004
        out += "%10.3f AT send    " % t + c027_dump(it.cmd + "\r\n")
        if it.prompt:
            t += 0.05
            out += "%10.3f AT read %s" % (t, c027_type(it.prompt, colour)) + c027_dump("\r\n" + it.prompt)
            t += 0.002
            out += "%10.3f AT send    " % t + c027_dump(it.payload)
        for r in it.resp:
            t += it.dt / 2
            out += "%10.3f AT read %s" % (t, c027_type(r, colour)) + c027_dump("\r\n" + r + "\r\n")
        if it.final is not None:
            t += it.dt / 2
            out += "%10.3f AT read %s" % (t, c027_type(it.final, colour)) + c027_dump("\r\n" + it.final + "\r\n")
        else:
            t += 5.0
        for a in it.after:
            t += 1.3
            out += "%10.3f AT read %s" % (t, c027_type(a, colour)) + c027_dump("\r\n" + a + "\r\n")
    return out


def render_mmcli(items, prompt="$ ", idx="0", quote='"', sudo=True):
    """ModemManager cli/mmcli-modem.c command_process_reply(): success prints
    "response: '%s'\\n" (the reply text, the final OK stripped by ModemManager, inner lines kept
    with their CR LF); failure prints "error: command failed: '%s'\\n" to stderr."""
    out = ""
    for it in items:
        if isinstance(it, N):
            out += it.text + "\n"
            continue
        if isinstance(it, U):
            continue
        out += "%s%smmcli -m %s --command=%s%s%s\n" % (prompt, "sudo " if sudo else "", idx, quote,
                                                     it.cmd.replace('"', '\\"') if quote == '"' else it.cmd, quote)
        if it.payload is not None:     # the error text for a failed command
            out += "error: command failed: '%s'\n" % it.payload
        else:
            out += "response: '%s'\n" % "\r\n".join(it.resp)
    return out


def render_wiolte(items, eol="\r\n"):
    """SeeedJP/WioLTEforArduino src/Internal/AtSerial.cpp with WIOLTE_DEBUG (Debug::Print to
    SerialUSB): WriteCommand() prints '<- ' + command; ReadResponseInternal() prints '-> ' and then
    each line read (CR LF removed) or, for a non-'$' pattern such as the '> ' prompt, the bytes that
    matched; WriteBinary() prints '<- (binary)'; a timeout prints '### TIMEOUT ###'."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out += ["-> ", "-> " + it.line]
            continue
        out.append("<- " + it.cmd)
        if it.prompt:
            out += ["-> ", "-> " + it.prompt + " ", "<- (binary)"]
        if it.resp:
            out.append("-> ")
            out += ["-> " + r for r in it.resp]
        if it.final is not None:
            out += ["-> ", "-> " + it.final]
        else:
            out.append("### TIMEOUT ###")
        for a in it.after:
            out += ["-> ", "-> " + a]
    return eol.join(out) + eol


# ------------------------------------------------------------------ shapes from memory

def render_raw(items, echo=True, eol="\r\n"):
    out = ""
    for it in items:
        if isinstance(it, N):
            out += it.text + eol
        elif isinstance(it, U):
            out += "\r\n" + it.line + "\r\n"
        else:
            if it.prompt:
                pr = "> " if it.prompt == ">" else it.prompt + "\r\n"
                out += (it.cmd + "\r" if echo else "") + "\r\n" + pr + (it.payload or "")
                out += reply_bytes(it)
            else:
                out += module_bytes(it, echo)
    return out


def lines_of(raw):
    """Split a raw stream the way a line-based terminal shows it (CR LF / CR ends a line)."""
    raw = raw.replace("\r\r\n", "\r\n")
    return [l for l in re.split(r"\r\n|\r|\n", raw)]


def render_ts_lines(items, t0, fmt, echo=True, step=0.21, keep_blank=False):
    """A timestamp before every received line (SecureCRT custom log / HTerm / Termite style)."""
    out = []
    t = t0
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        seg = render_raw([it], echo=echo)
        for l in lines_of(seg):
            if not l and not keep_blank:
                continue
            t += step
            out.append(fmt(t) + l)
    return "\n".join(out) + "\n"


def hms(t, ms=True):
    h, r = divmod(t, 3600)
    m, s = divmod(r, 60)
    if ms:
        return "%02d:%02d:%06.3f" % (h, m, s)
    return "%02d:%02d:%02d" % (h, m, int(s))


def fence(body, lang=""):
    return "```" + lang + "\n" + body.rstrip("\r\n") + "\n```\n"


# ================================================================== the logs

def mkr_logs():
    S = "mkr-modemclass-debug"
    # 1 MKR NB 1500 NB-IoT attach, plain serial-monitor copy
    it = [N("Starting Arduino web client."),
          T("AT", final="OK"),
          T("AT+CMEE=2"), T("AT+CFUN=0"),
          T("AT+UMNOPROF?", ["+UMNOPROF: 1"]),
          T('AT+CGDCONT=1,"IP","iot.example.com"'),
          T("AT+CFUN=1"),
          T("AT+CEREG?", ["+CEREG: 0,2"]),
          T("AT+CEREG?", ["+CEREG: 0,5"]),
          T("AT+CGATT?", ["+CGATT: 1"]),
          N("connecting..."),
          T("AT+USOCR=6", ["+USOCR: 0"]),
          T('AT+USOCO=0,"203.0.113.40",80', final="+CME ERROR: Operation not allowed"),
          N("connection failed"),
          T("AT+USOCL=0", final="+CME ERROR: Operation not allowed")]
    write("mkrnb_debug_sara_r410_webclient.txt", render_mkrnb(it), it, S, "u-blox SARA-R410M-02B (MKR NB 1500)", True)

    # 2 MKR NB: GitHub issue, fenced, SMS sender with prompt (host text not echoed, Modem::write eats it)
    it = [T("AT+CPIN?", ["+CPIN: READY"]),
          T("AT+CSQ", ["+CSQ: 14,99"]),
          T("AT+CMGF=1"),
          T('AT+CSCS="IRA"'),
          T('AT+CMGS="+15550104477"', ["+CMGS: 17"], prompt=">"),
          U('+CEREG: 1,"1A2B","00A1C3D4",9'),
          T("AT+CMGS=?", final="OK")]
    body = render_mkrnb(it)
    text = ("**Describe the bug**\nSMS is sent but `sms.endSMS()` never returns 1 on my MKR NB 1500 (fw L0.0.00.00.05.08).\n\n"
            "**Debug output** (`MODEM.debug()` on)\n\n" + fence(body) +
            "\nBoard: MKR NB 1500, MKRNB 1.5.1, IDE 2.2.1\n")
    write("gh_issue_mkrnb_sms_prompt.md", text, it, S + "+github-fence", "u-blox SARA-R410M-02B", True)

    # 3 MKR GSM 1400 (SARA-U201): GPRS attach, PDP via UPSD, HTTP GET over socket, hex USOWR
    it = [N("Starting Arduino GPRS client."),
          T("AT", final="OK"),
          T("AT+CFUN=16"),
          T("AT", final="OK"),
          T("AT+IPR=921600"),
          T("AT+UPSV=3"),
          T("AT+CMEE=0"),
          T("AT+CPIN?", ["+CPIN: READY"]),
          T("AT+CREG?", ["+CREG: 0,5"]),
          T('AT+UPSD=0,1,"telco.example"'),
          T("AT+UPSDA=0,3", dt=2.0),
          T("AT+USOCR=6", ["+USOCR: 0"]),
          T('AT+USOCO=0,"198.51.100.7",80', dt=1.5),
          T('AT+USOWR=0,18,"474554202F20485454502F312E310D0A0D0A"', ["+USOWR: 0,18"]),
          U("+UUSORD: 0,512"),
          T("AT+USORD=0,512", final=None)]
    write("mkrgsm_debug_sara_u201_gprs.txt", render_mkrnb(it), it, S, "u-blox SARA-U201 (MKR GSM 1400)", True)

    # 4 MKR GSM 1400 SMS where the SARA echoes the typed text (Modem::write in MKRGSM does not eat it)
    it = [T("AT+CMGF=1"),
          T('AT+CSCS="IRA"'),
          T('AT+CMGS="+15550181818"', ["+CMGS: 42"], prompt="> hello from the shed", dt=3.0),
          U('+CMTI: "SM",1'),
          T("AT+CMGL=\"REC UNREAD\"", ['+CMGL: 1,"REC UNREAD","+15550181818",,"26/12/07,09:14:55+04"', "ok thanks"]),
          T("AT+CMGD=1,0"),
          T("AT+CMGD=9,0", final="ERROR")]
    write("mkrgsm_debug_u201_sms_echo.txt", render_mkrnb(it), it, S, "u-blox SARA-U201 (MKR GSM 1400)", True)

    # 5 MKR NB, Arduino forum [code] block, power-up race with a garbled first byte and CFUN=15 reboot
    it = [N("\x00\xff"),
          T("AT", final="OK"),
          T("AT+CFUN=15"),
          N("+UMWI: 0,1"),
          T("AT", final="OK"),
          T("AT+CMEE=2"),
          T("AT+UMNOPROF=100", final="+CME ERROR: Operation not allowed"),
          T("AT+CFUN=0"),
          T("AT+UMNOPROF=100"),
          T("AT+CFUN=15"),
          T("AT", final=None)]
    body = render_mkrnb(it).replace("\x00\xff", "\u00ff")
    text = ("Hi all, my MKR NB 1500 hangs in NB.begin(), this is what I get with MODEM.debug():\n\n[code]\n" + body +
            "\n[/code]\n\nAfter the last AT nothing more comes, even after 10 minutes. Any idea?\n")
    write("forum_mkrnb_umnoprof_hang.txt", text, it, S + "+forum-bbcode", "u-blox SARA-R410M-02B", True)

    # 6 MKR NB GPS-less time sync / NITZ and signal quality, with sketch prints between
    it = [T("AT+CCLK?", ['+CCLK: "26/12/07,09:20:03+04"']),
          N("Time: 1796635203"),
          T("AT+CESQ", ["+CESQ: 99,99,255,255,21,45"]),
          T("AT+UCGED=5"),
          T("AT+UCGED?", ["+RSRP: 150,6300,\"-094.30\",", "+RSRQ: 150,6300,\"-11.50\","]),
          T("AT+COPS?", ['+COPS: 0,0,"Example Telco",9']),
          N("Signal ok, sleeping 60s"),
          U("+CEREG: 2"),
          U("+CEREG: 5")]
    write("mkrnb_debug_sara_r410_ucged.log", render_mkrnb(it), it, S, "u-blox SARA-R410M-02B", True)

    # 7 MKR GSM 1400, voice call test with NO CARRIER and a hang-up
    it = [T("AT+CLIP=1"),
          T("ATD+15550100222;", final="OK", dt=2),
          U("+UCALLSTAT: 1,2"),
          U("+UCALLSTAT: 1,3"),
          U("NO CARRIER"),
          T("ATD+15550100222;", final="NO CARRIER", dt=8),
          T("ATH"),
          T("AT+CLCC")]
    write("mkrgsm_debug_u201_voicecall.txt", render_mkrnb(it), it, S, "u-blox SARA-U201", True)

    # 8 MKR NB, mail to support with the capture quoted '> '
    it = [T("AT+CPIN?", final="+CME ERROR: SIM not inserted"),
          T("AT+CPIN?", final="+CME ERROR: SIM not inserted"),
          T("AT+CCID", final="+CME ERROR: SIM not inserted"),
          T("AT+CFUN=15"),
          T("AT+CPIN?", ["+CPIN: READY"]),
          T("AT+CCID", ["+CCID: 8901555000012345678"])]
    raw = render_mkrnb(it)
    q = "\n".join("> " + l for l in raw.replace("\r\n", "\n").replace("\r", "").split("\n"))
    text = ("From: Jonas <jonas@example.com>\nTo: support@example.com\nSubject: Re: MKR NB SIM not detected\n"
            "Date: Mon, 7 Dec 2026 09:31:12 +0100\n\nReseated the nano-SIM, now it works after a CFUN=15. Output below.\n\n"
            + q + "\n\nRegards,\nJonas\n")
    write("mail_quoted_mkrnb_sim.txt", text, it, S + "+email-quote", "u-blox SARA-R410M-02B", True)


def fona_logs():
    S = "circuitpython-fona-debug"
    head = [N("Auto-reload is on. Simply save files over USB to run them or enter REPL to disable."),
            N("code.py output:"), N("Initializing FONA... (this may take 3 seconds)"), N("* Reset FONA")]
    # 1 SIM800L init + GPRS
    it = head + [T("AT", final="OK"), T("ATE0"), T("AT+CVHU=0"),
                 T("ATI", ["SIM800 R14.18"]),
                 N("FONA OK"), N("RSSI"),
                 T("AT+CSQ", ["+CSQ: 17,0"]),
                 T("AT+CIPMUX=1"), T("AT+CIPRXGET=1"),
                 T("AT+CIPSHUT", final="SHUT OK"),
                 T("AT+CGATT=1"),
                 T('AT+SAPBR=3,1,"CONTYPE","GPRS"'),
                 T('AT+SAPBR=3,1,"APN","internet.example"'),
                 T('AT+CSTT="internet.example","",""', parts=['AT+CSTT="internet.example', '","', '","', '"']),
                 T("AT+SAPBR=1,1", final="ERROR")]
    write("circuitpy_fona_sim800l_gprs.txt", render_fona_cp(it), it, S, "SIMCom SIM800L", True)

    # 2 SIM808 R14 GPS (CGNSPWR/CGNSINF)
    it = head[1:] + [T("AT", final="OK"), T("ATE0"), T("AT+CVHU=0"),
                     T("ATI", ["SIM808 R14.18"]),
                     N("FONA OK\nFound:  3"), N("checking status:"), N("GPS Fix"),
                     T("AT+CGPSPWR?", ["+CGPSPWR: 0"]),
                     T("AT+CGNSPWR?", ["+CGNSPWR: 0"]),
                     T("AT+CGNSPWR=1"),
                     T("AT+CGNSINF", ["+CGNSINF: 1,0,20261207092533.000,,,,0.00,0.0,0,,,,,,0,0,,,,,"]),
                     T("AT+CGNSINF", ["+CGNSINF: 1,1,20261207092641.000,47.365210,8.541720,412.300,0.26,103.1,1,,1.2,1.5,0.9,,9,6,,,38,,"])]
    write("circuitpy_fona_sim808_gnss.txt", render_fona_cp(it), it, S, "SIMCom SIM808", True)

    # 3 SIM800H TCP socket with split CIPSTART writes and CIPSEND prompt
    it = [N("*** Socket connect, protocol=0, port=80, ip=io.example.com"),
          T("AT+CIFSR", ["10.44.19.7"], final=None),
          T('AT+CIPSTART=0,"TCP","io.example.com","80"', after=["0, CONNECT OK"],
            parts=["AT+CIPSTART=0", ',"TCP","', 'io.example.com","80"']),
          T("AT+CIPSEND=0,38", [], final="0, SEND OK", prompt=">", payload="GET /feeds HTTP/1.1\r\nHost: x\r\n\r\n\r\n",
            parts=["AT+CIPSEND=0", ",38"]),
          T("AT+CIPRXGET=4,0", ["+CIPRXGET: 4,0,211"]),
          N("\t 211 bytes available."),
          N("* socket read"),
          T("AT+CIPRXGET=2,0,211", ["+CIPRXGET: 2,0,211,0"], final=None, parts=["AT+CIPRXGET=2,0,", "211"]),
          N("*** Closing socket #0"),
          T("AT+CIPCLOSE=0", final="0, CLOSE OK")]
    write("circuitpy_fona_sim800h_tcp.txt", render_fona_cp(it), it, S, "SIMCom SIM800H", True)

    # 4 FONA 3G (SIM5320A): SMS send, GitHub fence with the REPL traceback
    it = [T("AT+CMGF=1"),
          T('AT+CMGS="+15550107070"', ["+CMGS: 5"], prompt=">", payload="battery low\x1a"),
          T("AT+CNMI=2,1"),
          U('+CMTI: "SM",3'),
          T("AT+CMGR=3", ['+CMGR: "REC UNREAD","+15550107070","","26/12/07,10:02:11-20"', "status?"]),
          T("AT+CMGD=3", final="+CMS ERROR: 321")]
    body = render_fona_cp(it) + ("Traceback (most recent call last):\n  File \"code.py\", line 41, in <module>\n"
                                 "  File \"adafruit_fona/adafruit_fona.py\", line 512, in delete_sms\nRuntimeError: Unable to delete SMS\n")
    text = ("### FONA 3G: delete_sms fails after read\n\nCircuitPython 8.2.6 on a Feather M4, FONA 3G (SIM5320A) with `debug=True`:\n\n"
            + fence(body, "python") + "\nIs error 321 expected when the message was already read?\n")
    write("gh_circuitpy_fona3g_sms.md", text, it, S + "+github-fence", "SIMCom SIM5320A", True)

    # 5 SIM800C clone, CREG polling and a timeout (empty reads)
    it = [N("Network status"),
          T("AT+CREG?", ["+CREG: 0,2"]),
          N("Network status"),
          T("AT+CREG?", ["+CREG: 0,2"]),
          N("Network status"),
          T("AT+CREG?", ["+CREG: 0,3"]),
          N("RSSI"),
          T("AT+CSQ", ["+CSQ: 0,0"]),
          T("AT+COPS=?", final=None),
          T("AT+CEER", ["+CEER: Registration denied"])]
    write("circuitpy_fona_sim800c_denied.log", render_fona_cp(it), it, S, "SIMCom SIM800C", True)

    # 6 SIM5320E HTTP via CHTTPACT prompt  (Discord-style copy with a header line)
    it = [T("AT+CGSOCKCONT=1,\"IP\",\"web.example\"", parts=['AT+CGSOCKCONT=1,"IP",', '"web.example"']),
          T("AT+CSOCKSETPN=1"),
          T("AT+NETOPEN", after=["+NETOPEN: 0"]),
          T('AT+CHTTPACT="api.example.com",80', ["+CHTTPACT: REQUEST"], final=None),
          T("AT+NETCLOSE", after=["+NETCLOSE: 0"])]
    text = ("kai_m — Today at 10:12\nhere's the debug, it stops at REQUEST:\n" + render_fona_cp(it) +
            "kai_m — Today at 10:13\n(then it times out)\n")
    write("discord_circuitpy_fona3g_http.txt", text, it, S + "+discord-copy", "SIMCom SIM5320E", True)

    # 7 SIM800L IMEI/ICCID/version properties, echo not yet off (echo comes back as the read)
    it = [N("FONA IEMI"),
          T("AT+GSN", ["868204031234567"]),
          N("ICCID"),
          T("AT+CCID", ["8944500102198304826F"]),
          T("AT+CGATT?", ["+CGATT: 1"]),
          T("AT+CIFSR", [], final="ERROR"),
          T("AT+CIICR", final="ERROR"),
          T("AT+CIPSHUT", final="SHUT OK")]
    write("circuitpy_fona_sim800l_ids.txt", render_fona_cp(it), it, S, "SIMCom SIM800L", True)

    # 8 SIM808 factory reset and RI
    it = [T("ATZ"),
          T("AT&F"),
          T("AT+CNMI?", ["+CNMI: 1,1,0,0,0"]),
          T("AT+CNMI=2,0"),
          T("AT+CPMS?", ['+CPMS: "SM",2,40,"SM",2,40,"SM",2,40']),
          T("AT+CMGDA=\"DEL ALL\""),
          T("AT&W")]
    write("circuitpy_fona_sim808_reset.txt", render_fona_cp(it), it, S, "SIMCom SIM808", True)


def c027_logs():
    S = "ublox-c027-mdm-dumpatcmd"
    init = [N("Modem::wakeup"), T("AT", final="OK"), N("Modem::init"),
            T("AT E0", final="OK"), T("AT+CMEE=2"), T("AT+IPR=115200")]
    # 1 SARA-G350 full init and GPRS join
    it = init + [T("ATI", ["SARA-G350"]), T("AT+UGPIOC=16,2"),
                 T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CGMI", ["u-blox"]), T("AT+CGMM", ["SARA-G350"]),
                 T("AT+CGMR", ["08.49"]), T("AT+CCID", ["+CCID: 8941000012345678912"]), T("AT+CGSN", ["357520071234567"]),
                 T("AT+UPSV=1"), T("AT+CGREG=2"), T("AT+CREG=2")]
    write("c027_mdm_sara_g350_init.log", render_c027(it), it, S, "u-blox SARA-G350", True)

    # 2 SARA-U201 socket with @ prompt for USOWR
    it = [T("AT+UPSND=0,8", ["+UPSND: 0,8,0"]),
          T('AT+UPSD=0,1,"internet.example"'),
          T("AT+UPSDA=0,3", dt=3.0),
          T("AT+UPSND=0,0", ['+UPSND: 0,0,"10.160.4.22"']),
          T("AT+USOCR=6", ["+USOCR: 0"]),
          T('AT+USOCO=0,"203.0.113.9",7', dt=1.0),
          T("AT+USOWR=0,5", ["+USOWR: 0,5"], prompt="@", payload="hello"),
          U("+UUSORD: 0,5"),
          T("AT+USORD=0,5", ['+USORD: 0,5,"hello"']),
          T("AT+USOCL=0")]
    write("c027_mdm_sara_u201_socket.log", render_c027(it, t0=31.2), it, S, "u-blox SARA-U201", True)

    # 3 LISA-U200, SIM PIN entry and wrong PIN
    it = init[:2] + [T("AT+CPIN?", ["+CPIN: SIM PIN"]),
                     T("AT+CPIN=1234", final="+CME ERROR: incorrect password"),
                     N("SIM PIN not available")]
    it += [N("Modem::init"), T("AT+CPIN?", ["+CPIN: SIM PIN"]), T("AT+CPIN=4321"), T("AT+CPIN?", ["+CPIN: READY"])]
    write("c027_mdm_lisa_u200_pin.log", render_c027(it, t0=0.1), it, S, "u-blox LISA-U200", True)

    # 4 LEON-G100 SMS send with > prompt, in a GitHub fence with the ANSI colours stripped
    it = [T("AT+CMGF=1"),
          T('AT+CMGS="+15550112233"', ["+CMGS: 14"], prompt=">", payload="C027 alive\x1a", dt=4.0),
          U('+CMTI: "SM",2'),
          T("AT+CMGR=2", ['+CMGR: "REC UNREAD","+15550112233",,"26/12/07,09:41:00+04"', "ping"]),
          T("AT+CMGD=2")]
    text = ("Sending works but `smsRead` returns -1, log with `MDM_DEBUG` level 3:\n\n" +
            fence(render_c027(it, t0=112.5, colour=False)) + "\nmbed OS 2, C027_Support rev 130\n")
    write("gh_c027_leon_g100_sms.md", text, it, S + "+github-fence(no colour)", "u-blox LEON-G100", True)

    # 5 LISA-C200 (CDMA) identity with +GMI/+GMM/+GMR/+GSN
    it = init + [T("ATI", ["LISA-C200"]), T("AT+GMI", ["u-blox"]), T("AT+GMM", ["LISA-C200"]),
                 T("AT+GMR", ["GPR-1.0"]), T("AT+GSN", ["0x80A1B2C3"]), T("AT+CREG=1"),
                 T("AT+CREG?", ["+CREG: 1,1"]), T("AT+CSS?", ["+CSS: 1,Z,4139"], final="OK")]
    write("c027_mdm_lisa_c200_cdma.log", render_c027(it, t0=0.02), it, S, "u-blox LISA-C200", True)

    # 6 SARA-U270 DNS + socket error, registration URCs interleaved
    it = [U('+CREG: 5,"4E20","0012A3F"'),
          U('+CGREG: 5,"4E20","0012A3F",2,"01"'),
          T('AT+UDNSRN=0,"broker.example.com"', ['+UDNSRN: "198.51.100.23"'], dt=1.2),
          T("AT+USOCR=17", ["+USOCR: 1"]),
          T('AT+USOST=1,"198.51.100.23",5683,4', ["+USOST: 1,4"], prompt="@", payload="\x40\x01\x00\x01"),
          T("AT+USORF=1,0", ["+USORF: 1,0"]),
          T('AT+UDNSRN=0,"nohost.invalid"', final="+CME ERROR: Unknown error", dt=6.0),
          T("AT+USOCL=1")]
    write("c027_mdm_sara_u270_dns_udp.log", render_c027(it, t0=48.7), it, S, "u-blox SARA-U270", True)

    # 7 SARA-G350 USSD and no reply (timeout at the end, log cut)
    it = [T('AT+CUSD=1,"*100#",15', after=['+CUSD: 0,"Balance 4.20 EUR",15'], dt=2.0),
          T("AT+CSQ", ["+CSQ: 19,99"]),
          T("AT+COPS?", ['+COPS: 0,0,"EXAMPLE"']),
          T("AT+COPS=?", final=None)]
    text = render_c027(it, t0=301.0)
    text = text[:-1]
    write("c027_mdm_sara_g350_ussd_cut.log", text, it, S, "u-blox SARA-G350", True)

    # 8 SARA-U201 HTTP profile (UHTTP) pasted in a forum, coloured
    it = [T("AT+UHTTP=0"),
          T('AT+UHTTP=0,1,"api.example.com"'),
          T("AT+UHTTP=0,5,80"),
          T('AT+UHTTPC=0,1,"/v1/ping","ping.ffs"', after=["+UUHTTPCR: 0,1,1"], dt=1.0),
          T('AT+URDFILE="ping.ffs"', ['+URDFILE: "ping.ffs",36,"HTTP/1.1 200 OK', 'Content-Length: 2', '', 'ok"']),
          T('AT+UDELFILE="ping.ffs"'),
          T('AT+UDELFILE="ping.ffs"', final="+CME ERROR: FILE NOT FOUND")]
    text = ("Re: C027 HTTP example stuck?\n\nQuote from: tomek on December 06, 2026\n\nHere is my terminal (TeraTerm shows the colours):\n\n"
            + render_c027(it, t0=77.3) + "\n\nthe second delete is on purpose.\n")
    write("forum_c027_sara_u201_http.txt", text, it, S + "+forum-post", "u-blox SARA-U201", True)


def mmcli_logs():
    S = "mmcli-command-response"
    # 1 EC25 on a Raspberry Pi, GitHub issue fence
    it = [T('AT+QCFG="usbnet"', ['+QCFG: "usbnet",0']),
          T('AT+QCFG="usbnet",1', []),
          T("AT+CGDCONT?", ['+CGDCONT: 1,"IP","internet.example","0.0.0.0",0,0,0,0', '+CGDCONT: 2,"IPV4V6","ims","0.0.0.0",0,0,0,0']),
          T("AT+QENG=\"servingcell\"", ['+QENG: "servingcell","NOCONN","LTE","FDD",228,01,1A2B3C4,321,1300,3,5,5,5A12,-97,-11,-65,12,37']),
          T("AT+CFUN=1,1", final=None, payload="GDBus.Error:org.freedesktop.ModemManager1.Error.Core.Timeout: Serial command timed out")]
    text = ("I started ModemManager with `--debug` and sent:\n\n" + fence(render_mmcli(it, prompt="pi@gw:~ $ "), "console")
            + "\nAfter the reset the modem comes back as ECM but `mmcli -L` is empty.\n")
    write("gh_mmcli_ec25_usbnet.md", text, it, S + "+github-fence", "Quectel EC25-E", True)

    # 2 EM7455 band lock, Ask Ubuntu style 4-space indentation
    it = [T("AT!ENTERCND=\"A710\"", []),
          T("AT!BAND?", ["Index, Name", "00, All bands"]),
          T("AT!BAND=?", ["Index, Name", "00, All bands", "01, LTE B20"]),
          T('AT!BAND=01,"LTE B20",0,80000', []),
          T("AT!BAND=09", final="ERROR", payload="GDBus.Error:org.freedesktop.ModemManager1.Error.MobileEquipment.Unknown: Unknown error")]
    body = render_mmcli(it, prompt="$ ")
    text = ("I want to lock my EM7455 to band 20. This is what I did:\n\n" +
            "".join("    " + l + "\n" for l in body.replace("\r\n", "\n").split("\n") if l) +
            "\nWhy does the last one fail?\n")
    write("askubuntu_mmcli_em7455_band.txt", text, it, S + "+indented-code", "Sierra Wireless EM7455", True)

    # 3 SIM7600E on OpenWrt shell
    it = [T("ATI", ["Manufacturer: SIMCOM INCORPORATED", "Model: SIMCOM_SIM7600E-H", "Revision: SIM7600M22_V2.0", "IMEI: 861234050123456", "+GCAP: +CGSM"]),
          T("AT+CPSI?", ["+CPSI: LTE,Online,228-03,0x5D1A,27446593,250,EUTRAN-BAND3,1300,5,5,-92,-1082,-776,15"]),
          T("AT+CNMP?", ["+CNMP: 2"]),
          T("AT+CNMP=38", []),
          T("AT+CUSBPIDSWITCH=9011,1,1", final=None, payload="GDBus.Error:org.freedesktop.ModemManager1.Error.Core.Timeout: Serial command timed out")]
    write("mmcli_sim7600e_openwrt.txt", render_mmcli(it, prompt="root@OpenWrt:~# ", sudo=False), it, S, "SIMCom SIM7600E-H", True)

    # 4 Huawei ME909s-120, mailing-list post
    it = [T("AT^SYSCFGEX?", ['^SYSCFGEX: "00",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF']),
          T('AT^SYSCFGEX="03",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF,,', []),
          T("AT^NDISSTATQRY?", ["^NDISSTATQRY: 0,,,\"IPV4\",0,,,\"IPV6\""]),
          T("AT+CGACT?", ["+CGACT: 1,0"]),
          T("AT^HCSQ?", ['^HCSQ: "LTE",52,41,149,24'])]
    text = ("On Tue, Dec 7 2026 at 08:55, Piotr wrote:\n> Can you send the output of the AT commands?\n\nSure:\n\n"
            + render_mmcli(it, prompt="# ", sudo=False, idx="1") + "\n-- \nmodemmanager-devel mailing list\n")
    write("ml_mmcli_me909s_syscfgex.txt", text, it, S + "+mailing-list", "Huawei ME909s-120", True)

    # 5 Telit LE910C4 with single quotes around the command (shell)
    it = [T("AT#USBCFG?", ["#USBCFG: 0"]),
          T("AT#FWSWITCH?", ["#FWSWITCH: 1,0"]),
          T("AT#FWSWITCH=0,1", []),
          T("AT+CEREG?", ["+CEREG: 0,1"]),
          T("AT#CCID", ["#CCID: 89014103211118510720"])]
    write("mmcli_le910c4_fwswitch.log", render_mmcli(it, prompt="user@edge01:~$ ", quote="'"), it, S, "Telit LE910C4-NF", True)

    # 6 Quectel RM500Q with SIM not inserted and a CME error
    it = [T("AT+QUIMSLOT?", ["+QUIMSLOT: 1"]),
          T("AT+CPIN?", final="+CME ERROR: 10", payload="GDBus.Error:org.freedesktop.ModemManager1.Error.MobileEquipment.SimNotInserted: SIM not inserted"),
          T("AT+QUIMSLOT=2", []),
          T("AT+CPIN?", ["+CPIN: READY"]),
          T('AT+QNWPREFCFG="mode_pref"', ['+QNWPREFCFG: "mode_pref",AUTO'])]
    write("mmcli_rm500q_simslot.txt", render_mmcli(it, prompt="$ "), it, S, "Quectel RM500Q-GL", True)

    # 7 Fibocom L850-GL, Reddit code block (4 spaces) with prose
    it = [T("AT+XACT?", ["+XACT: 2,2,,1,2,4,5,8,101,102,103,104,105,107,108,112,113,117,120,128,129,130,141,166"]),
          T("AT+GTUSBMODE?", ["+GTUSBMODE: 7"]),
          T("AT+XACT=2,,,103", []),
          T("AT+COPS?", ['+COPS: 0,0,"Example Net",7'])]
    body = render_mmcli(it, prompt="$ ")
    text = ("Got LTE working on the ThinkPad's L850 after the FCC unlock. For reference:\n\n" +
            "".join("    " + l + "\n" for l in body.split("\n") if l) + "\nEdit: typo\n")
    write("reddit_mmcli_l850_xact.md", text, it, S + "+indented-code", "Fibocom L850-GL", True)


def wiolte_logs():
    S = "wiolte-atserial-debug"
    # 1 Wio LTE JP (EC21-J): power on, init, activate
    it = [N("### I/O Initialize."), N("### Power supply ON."), N("### Turn on or reset."),
          T("AT", final=None), T("AT", final="OK"),
          T("ATE0"), T('AT+QURCCFG="urcport","uart1"'), T("AT+QSCLK=1"),
          T("AT+CPIN?", final="+CME ERROR: 14"), T("AT+CPIN?", ["+CPIN: READY"]),
          N("### Connecting to \"soracom.io\"."),
          T('AT+QICSGP=1,1,"soracom.io","sora","sora",3'),
          T("AT+CREG?", ["+CREG: 0,2"]), T("AT+CREG?", ["+CREG: 0,1"]),
          T("AT+QIACT=1", dt=3), T("AT+QIACT?", ['+QIACT: 1,1,1,"10.234.56.78"'])]
    write("wiolte_debug_ec21j_activate.log", render_wiolte(it), it, S, "Quectel EC21-J (Wio LTE JP)", True)

    # 2 Wio LTE M1/NB1 (BG96) TCP socket with binary send
    it = [T('AT+QIOPEN=1,0,"TCP","harvest.example.com",8514,0,0', after=["+QIOPEN: 0,0"]),
          T("AT+QISEND=0,12", final="SEND OK", prompt=">"),
          U('+QIURC: "recv",0'),
          T("AT+QIRD=0,1500", ["+QIRD: 4", "ack!"]),
          T("AT+QICLOSE=0", dt=1),
          T('AT+QIOPEN=1,1,"TCP","down.example.com",80,0,0', after=["+QIOPEN: 1,566"]),
          T("AT+QICLOSE=1")]
    write("wiolte_debug_bg96_tcp.log", render_wiolte(it), it, S, "Quectel BG96 (Wio LTE M1/NB1)", True)

    # 3 Wio LTE (EC21) HTTP GET with CONNECT for the URL, a timeout on QHTTPREAD; GitHub fence
    it = [T('AT+QHTTPCFG="contextid",1'), T('AT+QHTTPCFG="requestheader",0'),
          T("AT+QHTTPURL=31,60", final="OK", prompt="CONNECT"),
          T("AT+QHTTPGET=60", after=["+QHTTPGET: 0,200,42"]),
          T("AT+QHTTPREAD=60", final=None)]
    body = render_wiolte(it).replace("-> CONNECT \r\n<- (binary)", "-> CONNECT\r\n<- (binary)")
    text = ("## HttpGet returns false on Wio LTE\n\nWIOLTE_DEBUG enabled, library 1.x:\n\n" + fence(body) +
            "\nThe 42 bytes never arrive. Any hint?\n")
    write("gh_wiolte_ec21_httpget.md", text, it, S + "+github-fence", "Quectel EC21 (Wio LTE)", True)

    # 4 Wio 3G (UC20) SMS send and a CSQ poll with URC in between
    it = [T("AT+CSQ", ["+CSQ: 16,99"]),
          T("AT+CMGF=1"),
          T('AT+CMGS="+15550133311"', ["+CMGS: 8"], prompt=">"),
          U('+CMTI: "ME",0'),
          T('AT+CMGR=0', ['+CMGR: "REC UNREAD","+15550133311",,"26/12/07,18:20:11+36"', "got it"]),
          T("AT+CMGD=0"),
          T("AT+QPOWD", after=["POWERED DOWN"])]
    write("wiolte_debug_uc20_sms.log", render_wiolte(it), it, S, "Quectel UC20-G (Wio 3G)", True)


# ------------------------------------------------------------------ from memory

def memory_logs():
    # 1 screen -L screenlog.0 raw, nRF9160 SLM
    it = [T("AT%XSYSTEMMODE=1,0,1,0"), T("AT+CFUN=1"),
          U("+CEREG: 2,\"5A12\",\"01A2B3C4\",7"), U("+CEREG: 1,\"5A12\",\"01A2B3C4\",7,,,\"11100000\",\"11100000\""),
          T("AT#XSOCKET=1,1,0", ["#XSOCKET: 0,1,6"]),
          T('AT#XCONNECT="example.com",80', ["#XCONNECT: 1"]),
          T('AT#XSEND="GET / HTTP/1.0\\r\\n\\r\\n"', ["#XSEND: 18"]),
          T("AT#XRECV=5", ["#XRECV: 0"], final="ERROR"),
          T("AT#XSOCKET=0", ["#XSOCKET: 0,\"closed\""])]
    write("screenlog_nrf9160_slm.0", "*** Booting nRF Connect SDK v2.5.1 ***\r\nReady\r\n" + render_raw(it, echo=True), it, "screen-logfile", "Nordic nRF9160 (SLM)", False)

    # 2 SecureCRT custom per-line timestamp, Thales EXS82
    f = lambda t: "[2026-12-07 %s] " % hms(8 * 3600 + 40 * 60 + t)
    it = [T("AT^SCFG=\"Radio/Band/CatM\"", ['^SCFG: "Radio/Band/CatM","0000000B"']),
          T("AT^SXRAT?", ["^SXRAT: 7,7"]),
          T('AT^SISS=0,"srvType","Socket"'), T('AT^SISS=0,"address","socktcp://203.0.113.1:9000"'),
          T("AT^SISO=0", after=["^SISW: 0,1"]),
          T("AT^SISW=0,4", ["^SISW: 0,4,0"], prompt=None),
          T("AT^SISC=0"),
          T("AT^SMSO", ["^SMSO: MS OFF"], after=["^SHUTDOWN"])]
    write("securecrt_ts_exs82_socket.log", render_ts_lines(it, 11.0, f), it, "securecrt-custom-timestamp", "Thales EXS82-W", False)

    # 3 ESP-AT on ESP32-C3 (Wi-Fi module AT), Arduino IDE 2 monitor raw
    it = [T("AT+GMR", ["AT version:3.2.0.0(s-ec2dec2 - ESP32C3 - Jul 28 2023 07:05:28)", "SDK version:v5.0.4-dirty", "Bin version:v3.2.0.0(ESP32C3-MINI-1)"]),
          T("AT+CWMODE=1"),
          T('AT+CWJAP="lab-ap","secret123"', ["WIFI CONNECTED", "WIFI GOT IP"], dt=4),
          T('AT+CIPSTART="TCP","192.0.2.10",1883', ["CONNECT"]),
          T("AT+CIPSEND=4", ["Recv 4 bytes"], final="SEND OK", prompt=">", payload="\x10\x02\x00\x04"),
          T('AT+CWJAP="lab-ap","wrong"', ["+CWJAP:1"], final="ERROR")]
    esp = render_raw(it, echo=True).replace("\x10\x02\x00\x04", "....")
    esp = esp.replace("AT+CIPSEND=4\r\r\n> ", "AT+CIPSEND=4\r\r\nOK\r\n\r\n>")
    esp = "ets Jul 29 2019 12:21:46\r\n\r\nrst:0x1 (POWERON),boot:0xc (SPI_FAST_FLASH_BOOT)\r\n\r\nready\r\n" + esp
    write("arduino_ide2_espat_c3.txt", esp, it,
          "arduino-ide2-serial-monitor", "Espressif ESP32-C3 (ESP-AT)", False)

    # 4 Pycom LTE send_at_cmd REPL, Sequans Monarch
    it = [T("AT+CEREG?", ["+CEREG: 2,1,\"1A2B\",\"01A2B3C\",7"]),
          T("AT+SQNMONI=9", ['+SQNMONI: Example Cc:228 Nc:01 RSRP:-101.40 CINR:3.20 RSRQ:-12.50 TAC:6699 Id:121 EARFCN:6300 PWR:-76.35 PAGING:128']),
          T("AT+SQNBANDSEL?", ['+SQNBANDSEL: 0,"standard",""', '+SQNBANDSEL: 1,"standard","20"']),
          T("AT+CGDCONT=1,\"IP\",\"nb.example\"", final="ERROR")]
    out = ">>> from network import LTE\n>>> lte = LTE()\n"
    for x in it:
        out += ">>> print(lte.send_at_cmd('%s'))\n" % x.cmd.replace("'", "\\'")
        out += "\n" + "\n".join(x.resp) + ("\n\n" if x.resp else "") + x.final + "\n\n"
    write("pycom_repl_sequans_monarch.txt", out, it, "pycom-lte-send_at_cmd-repl", "Sequans Monarch (Pycom FiPy)", False)

    # 5 HTerm-like saved ASCII with <\r><\n> tokens, Quectel BC66
    it = [T("AT+QSCLK=0"), T("AT+CEREG?", ["+CEREG: 0,1"]),
          T('AT+QIOPEN=0,0,"UDP","198.51.100.5",5683,0,0', after=["+QIOPEN: 0,0"]),
          T("AT+QISEND=0,4,01020304", final="SEND OK"),
          U('+QIURC: "recv",0,4,01020304'),
          T("AT+QICLOSE=0", final="CLOSE OK")]
    raw = render_raw(it, echo=True)
    tok = raw.replace("\r", "<\\r>").replace("\n", "<\\n>\n")
    write("hterm_bc66_udp.txt", tok, it, "hterm-ascii-tokens", "Quectel BC66", False)

    # 6 Python logging basicConfig, Murata Type 1SC (ALT1250)
    it = [T("AT%GETCFG=\"BAND\"", ['%GETCFG: "BAND",2,4,12,13']),
          T("AT%SETCFG=\"BAND\",\"13\""),
          T("AT+CFUN=1"),
          T('AT%PDNSET=1,"iot.example","IP"', final="ERROR"),
          T('AT%PDNSET?', ['%PDNSET: 1,"iot.example","IP","","","","",0,0,0']),
          T("AT%STATUS=\"USIM\"", ['%STATUS: "USIM",1'])]
    lines = []
    ts = 0
    for x in it:
        ts += 0.31
        lines.append("2026-12-07 09:12:%02d,%03d DEBUG modem: >>> %s" % (3 + int(ts), int(ts * 1000) % 1000, x.cmd))
        for r in x.resp + [x.final]:
            ts += 0.05
            lines.append("2026-12-07 09:12:%02d,%03d DEBUG modem: <<< %s" % (3 + int(ts), int(ts * 1000) % 1000, r))
    write("pylogging_murata1sc_band.log", "\n".join(lines) + "\n", it,
          "python-logging-default-arrows", "Murata Type 1SC (ALT1250)", False)

    # 7 moserial/GTKTerm raw, Sierra HL7800 with KCNX
    it = [T("AT+KSRAT?", ["+KSRAT: 0"]), T("AT+KBNDCFG?", ["+KBNDCFG: 0,00000000000000080084", "+KBNDCFG: 1,0000000000000000000C"]),
          T('AT+KCNXCFG=1,"GPRS","hl.example"'),
          T('AT+KTCPCFG=1,0,"203.0.113.77",8080', ["+KTCPCFG: 1"]),
          T("AT+KTCPCNX=1", after=["+KTCP_IND: 1,1"]),
          T("AT+KTCPSND=1,5", final="OK", prompt="CONNECT", payload="hello--EOF--Pattern--"),
          T("AT+KTCPCLOSE=1", final="+CME ERROR: 923")]
    raw = render_raw(it, echo=True)
    write("gtkterm_hl7800_ktcp.txt", raw, it, "gtkterm-raw", "Sierra HL7800", False)

    # 8 Termite log with timestamps and sent lines marked, Neoway N720
    it = [T("AT+CGDCONT=1,\"IP\",\"cmnet\""), T("AT$MYNETACT=1,1", ['$MYNETACT: 1,1,"10.32.11.4"']),
          T("AT$MYNETSRV=1,1,0,0,\"203.0.113.30:80\""), T("AT$MYNETOPEN=1", ["$MYNETOPEN: 1,2000"]),
          T("AT$MYNETWRITE=1,6", ["$MYNETWRITE: 1,6"], final="OK"),
          T("AT$MYNETCLOSE=1", final="ERROR")]
    lines = []
    t = 10 * 3600 + 5 * 60
    for x in it:
        t += 0.8
        lines.append("%s  %s" % (hms(t), x.cmd))
        for r in x.resp + [x.final]:
            t += 0.12
            lines.append("%s  %s" % (hms(t), r))
    write("termite_ts_neoway_n720.log", "\n".join(lines) + "\n", it, "termite-timestamp", "Neoway N720", False)

    # 9 Air780E via LuaTools-like copy?  -> use MobaXterm serial session copy (raw, echo), Telit ME910G1 + Fibocom
    it = [T("AT+CGMR", ["M0F.670006"]), T("AT#WS46?", ["#WS46: 0"]),
          T('AT#SGACT=1,1', ["#SGACT: 10.55.0.12"], dt=3),
          T('AT#SD=1,0,80,"api.example.com",0,0,1', dt=2),
          T("AT#SSENDEXT=1,4", final="OK", prompt=">", payload="ping"),
          U("SRING: 1"),
          T("AT#SRECV=1,64", ["#SRECV: 1,4", "pong"]),
          T("AT#SH=1"), T("AT#SGACT=1,0")]
    raw = render_raw(it, echo=True).replace("CONNECT\r\n", "CONNECT\r\n", 1)
    write("mobaxterm_me910g1_sd.txt", raw, it, "mobaxterm-serial-copy", "Telit ME910G1", False)

    # 10 Air780E Chinese forum (MCU prints + raw)
    it = [T("AT+CGATT?", ["+CGATT: 1"]), T('AT+CSTT="CMIOT"'), T("AT+CIICR"), T("AT+CIFSR", ["10.20.30.40"], final=None),
          T('AT+CIPSTART="TCP","203.0.113.8",6000', after=["CONNECT OK"]),
          T("AT+CIPSEND=5", [], final="SEND OK", prompt=">", payload="hello"),
          T("AT+CIPCLOSE", final="CLOSE OK")]
    text = "大家好，Air780E 透传问题，串口日志如下：\n\n" + render_raw(it, echo=True) + "\n求助，谢谢！\n"
    write("cnforum_air780e_tcp.txt", text, it, "cn-forum-post+raw", "AirM2M Air780E", False)


def negatives():
    # build log
    t = ("[ 45%] Building C object components/modem/CMakeFiles/__idf_modem.dir/at_parser.c.obj\n"
         "In file included from components/modem/at_parser.c:12:\n"
         "components/modem/at_parser.h:33:9: warning: 'AT_OK' redefined\n"
         "   33 | #define AT_OK \"OK\"\n"
         "components/modem/at_parser.c:88:5: note: in expansion of macro 'AT_SEND'\n"
         "   88 |     AT_SEND(\"AT+CGDCONT=1,\\\"IP\\\",\\\"%s\\\"\", apn);\n"
         "[ 46%] Linking C static library libmodem.a\n")
    write("neg_idf_build_warnings.txt", t, [], "negative-build-log", "", False, has=False)
    t = ("| Command | Response | Description |\n|---|---|---|\n| `AT+QGPS=1` | `OK` | Turn on GNSS |\n"
         "| `AT+QGPSLOC=2` | `+QGPSLOC: ...` / `+CME ERROR: 516` | Get position |\n| `AT+QGPSEND` | `OK` | Turn off GNSS |\n")
    write("neg_wiki_gnss_table.md", t, [], "negative-manual-table", "", False, has=False)
    t = ("# /etc/smsd.conf\ndevices = GSM1\n[GSM1]\ndevice = /dev/ttyUSB2\ninit = AT+CPMS=\"ME\",\"ME\",\"ME\"\n"
         "init2 = AT+CNMI=2,1,0,0,0\nincoming = yes\ncheck_network = 1\n# expects OK after init\n")
    write("neg_smsd_conf.txt", t, [], "negative-config", "", False, has=False)
    t = ("$ mmcli -m 0\n  -----------------------------\n  General  |             path: /org/freedesktop/ModemManager1/Modem/0\n"
         "  Hardware |     manufacturer: Quectel\n           |            model: EC25\n           |         revision: EC25EFAR06A08M4G\n"
         "  Status   |            state: registered\n           |   signal quality: 61% (recent)\n"
         "  3GPP     |             imei: 861234050000000\n           |    operator name: Example\n")
    write("neg_mmcli_status_ec25.txt", t, [], "negative-mmcli-status", "", False, has=False)


def check():
    for name, lab in LABELS.items():
        text = open(os.path.join(LOGS, name), encoding="utf-8").read()
        low = text.upper().replace("\\\"", "\"").replace("\n\tUARTWRITE :: ", "")
        for tx in lab["transactions"]:
            c = tx["command"].upper()
            c2 = re.sub(r"\s+", "", c)
            if c not in low and c2 not in re.sub(r"\s+", "", low):
                raise SystemExit("%s: command %r not in the log" % (name, tx["command"]))
            if tx["final"] is not None and not lab["shape"].startswith("mmcli") and tx["final"].upper() not in low:
                raise SystemExit("%s: final %r not in the log" % (name, tx["final"]))
        assert lab["total"] == len(lab["transactions"])
        assert lab["has_transactions"] == (lab["total"] > 0)


def main():
    os.makedirs(LOGS, exist_ok=True)
    mkr_logs(); fona_logs(); c027_logs(); mmcli_logs(); wiolte_logs(); memory_logs(); negatives()
    check()
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False)
    n = sum(l["total"] for l in LABELS.values())
    v = sum(1 for l in LABELS.values() if l["verified"])
    print("%d logs, %d transactions, %d verified logs" % (len(LABELS), n, v))


if __name__ == "__main__":
    main()
