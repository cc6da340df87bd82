#!/usr/bin/env python3
"""Write holdout20 logs/ and labels.json deterministically (python3 gen.py).

Every log is one session description: T (a command the host sent), U (a URC / unsolicited
line), N (a line the application, the library or a person prints verbatim). A renderer per
shape turns the session into the text that tool prints and, from the same walk, the labels
(command + the final result as it appears in that layout, None when the layout shows none),
so a log and its labels cannot drift apart. A wrapper then pastes the text where people paste
it (GitHub issue, forum, mail, chat, Jira). The self-check at the end verifies that every
labelled command, and every non-null final, appears literally in its log.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")


class T:
    def __init__(self, cmd, resp=(), final="OK", kind=None, data=None, dt=None, echo=False,
                 mid=(), multi=False, shown=None):
        self.cmd = cmd
        self.resp = list(resp)
        self.final = final          # None: the log shows no final (timeout / cut)
        self.kind = kind            # renderer-specific: prompt, cipstart, cipsend, cmgs, ...
        self.data = data            # payload typed after a prompt
        self.dt = dt                # ms until the final
        self.echo = echo            # the module echoes this command (echo still on)
        self.mid = list(mid)        # URC lines arriving before the reply
        self.multi = multi          # FONA readline(multiline)
        self.shown = shown          # FONA: the line the library prints after <--- (echo, prompt)


class U:
    def __init__(self, line):
        self.line = line


class N:
    def __init__(self, text):
        self.text = text


# ------------------------------------------------------------------------------------------
# Verified layouts
# ------------------------------------------------------------------------------------------

def r_fona(items):
    """Adafruit_FONA (Arduino) with ADAFRUIT_FONA_DEBUG: getReply() prints '\\t---> '+cmd and
    '\\t<--- '+replybuffer, where readline() keeps only the first non-empty line (CR dropped);
    the OK after an information line is eaten by a silent readline()/flushInput()."""
    out, lab = [], []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):       # a URC is only seen when it is the line a readline() gets
            out.append("\t<--- " + it.line)
            continue
        k = it.kind
        if k == "cipstart":         # TCPconnect(): no arrow on the command, two expectReply()
            out.append(it.cmd)
            out.append("\t<--- OK")
            out.append("\t<--- " + (it.final_line if hasattr(it, "final_line") else "CONNECT OK"))
            lab.append((it.cmd, "OK"))
            continue
        if k == "cipsend":          # TCPsend(): 'AT+CIPSEND=n', ' 0x..' bytes, '> ', SEND OK
            out.append(it.cmd)
            out.append("".join(" 0x%X" % b for b in it.data.encode()))
            out.append("\t<--- > ")
            out.append("\t<--- " + (it.final or ""))
            lab.append((it.cmd, it.final))
            continue
        if k == "cmgs":             # sendSMS(): prompt, '> text', '^Z'; +CMGS/OK read silently
            out.append("\t---> " + it.cmd)
            out.append("\t<--- > ")
            out.append("> " + it.data)
            out.append("^Z")
            lab.append((it.cmd, None))
            continue
        out.append("\t---> " + it.cmd)
        if it.final is None and not it.resp and it.shown is None:
            out.append("\t<--- ")
            lab.append((it.cmd, None))
        elif it.shown is not None:
            out.append("\t<--- " + it.shown)
            lab.append((it.cmd, it.shown if it.shown in ("OK", "ERROR") else None))
        elif it.multi:
            body = it.resp + ([""] + [it.final] if it.final else [])
            out.append("\t<--- " + "\n".join(body))
            out.append("")
            lab.append((it.cmd, it.final))
        elif it.resp:
            out.append("\t<--- " + it.resp[0])
            lab.append((it.cmd, None))
        else:
            out.append("\t<--- " + it.final)
            lab.append((it.cmd, it.final))
        for extra in getattr(it, "after", []):
            out.append(extra)
    merged = []     # FONAtest: Serial.print("FONA> ") then Serial.println(command)
    for l in out:
        if merged and merged[-1] == "FONA> " and len(l) == 1:
            merged[-1] += l
        else:
            merged.append(l)
    return merged, lab


def r_holo(items):
    """hologram-python Modem with DEBUG logging ('%(levelname)s: %(message)s'): modemwrite()
    logs '[' + AT + cmd + ']'; _readline_from_serial_port() logs '{' + line.rstrip('\\r\\n') + '}'
    for every line read (a bare CR LF gives '{}'); handleURC() logs 'URC! %s', 'handleURC state: %d'
    and "URC was not handled. '%s'"."""
    out, lab = [], []
    pend = []

    def urc(line, handled=False):
        out.append("DEBUG: {%s}" % line)
        if not line.startswith("+"):     # process_response() keeps it as information text
            return
        out.append("DEBUG: URC! %s" % line)
        out.append("DEBUG: handleURC state: 0")
        if not handled:
            out.append("DEBUG: URC was not handled. '%s'" % line)

    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append("DEBUG: {}")      # checkURC() reads the blank line and stops there
            pend.append(it.line)
            continue
        out.append("DEBUG: [%s]" % it.cmd)
        out.extend(getattr(it, "pre", []))     # lines buffered before the command went out
        for p in pend:
            urc(p, p.startswith(("+UUSORD", "+UUSOCL", "+CMTI", "+UUPSDD", "+UULOC", "+UUSOLI")))
        pend = []
        if it.echo:
            out.append("DEBUG: {%s}" % it.cmd)
        for m in it.mid:
            out.append("DEBUG: {}")
            urc(m, m.startswith(("+UUSORD", "+UUSOCL", "+CMTI")))
        if it.final is None:
            for r in it.resp:
                out.append("DEBUG: {%s}" % r)
            lab.append((it.cmd, None))
            for extra in getattr(it, "after", []):
                out.append(extra)
            continue
        if not it.echo:
            out.append("DEBUG: {}")
        for r in it.resp:
            out.append("DEBUG: {%s}" % r)
        if it.resp:
            out.append("DEBUG: {}")
        out.append("DEBUG: {%s}" % it.final)
        lab.append((it.cmd, it.final))
        for extra in getattr(it, "after", []):
            out.append(extra)
    return out, lab


def r_particle(items, t0=3010, step=(23, 61), cr=False):
    """Particle Device OS AtParserImpl (category ncp.at): logCmdLine() 'LOG(TRACE, "> %.*s")'
    once the terminator is written, logRespLine() 'LOG(TRACE, "< %.*s")' for every non-empty
    line read (echo and blank lines not logged). Serial log handler prefix
    '%010u [category] LEVEL: '. N lines may carry '{ts}' and are printed with the prefix."""
    out, lab = [], []
    t = t0
    a, b = step

    def P(cat, lvl, msg):     # StreamLogHandler::logMessage() ends every record with CR LF
        out.append("%010u [%s] %s: %s" % (t, cat, lvl, msg) + ("\r" if cr else ""))

    for it in items:
        if isinstance(it, N):
            if it.text.startswith("@"):
                cat, lvl, msg = it.text[1:].split("|", 2)
                P(cat, lvl, msg)
            else:
                out.append(it.text)
            t += 7
            continue
        if isinstance(it, U):
            t += 311
            P("ncp.at", "TRACE", "< " + it.line)
            continue
        t += a
        P("ncp.at", "TRACE", "> " + it.cmd)
        t += it.dt if it.dt is not None else (b if it.final is not None else 5000)
        for m in it.mid:
            P("ncp.at", "TRACE", "< " + m)
            t += 3
        for r in it.resp:
            P("ncp.at", "TRACE", "< " + r)
            t += 1
        if it.final is not None:
            P("ncp.at", "TRACE", "< " + it.final)
        lab.append((it.cmd, it.final))
        for extra in getattr(it, "after", []):
            t += 2
            if extra.startswith("@"):
                cat, lvl, msg = extra[1:].split("|", 2)
                P(cat, lvl, msg)
            else:
                out.append(extra)
    return out, lab


# ------------------------------------------------------------------------------------------
# Layouts from memory
# ------------------------------------------------------------------------------------------

def info(resp):
    """Information text as the module sends it: CR LF, the lines, CR LF."""
    return ("\r\n" + "\r\n".join(resp) + "\r\n") if resp else ""


def c_esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r").replace("\n", "\\n") \
            .replace("\x1a", "\\32")


def r_strace(items, pid=2211, t0=(9, 2, 11.104233), fd=5):
    """strace -f -tt -s 256 -e trace=read,write of a daemon talking to the port (from memory)."""
    out, lab = [], []
    h, m, s = t0

    def ts():
        tot = h * 3600 + m * 60 + s
        return "%02d:%02d:%09.6f" % (int(tot // 3600) % 24, int(tot // 60) % 60, tot % 60)

    cur = [0.06]

    def sel(left=None):
        if left is None:
            left = max(0.0, 5.0 - cur[0])
        out.append('[pid %d] %s pselect6(%d, [%d], NULL, NULL, {tv_sec=5, tv_nsec=0}, NULL) = 1 (in [%d], left {tv_sec=%d, tv_nsec=%d})'
                   % (pid, ts(), fd + 1, fd, fd, int(left), int((left % 1) * 1e9)))

    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            s += 2.71
            raw = "\r\n" + it.line + "\r\n"
            sel()
            out.append('[pid %d] %s read(%d, "%s", 4096) = %d' % (pid, ts(), fd, c_esc(raw), len(raw)))
            continue
        s += 0.113
        w = it.cmd + "\r"
        out.append('[pid %d] %s write(%d, "%s", %d) = %d' % (pid, ts(), fd, c_esc(w), len(w), len(w)))
        if it.kind == "prompt":
            s += 0.04
            raw = "\r\n> "
            sel()
            out.append('[pid %d] %s read(%d, "%s", 4096) = %d' % (pid, ts(), fd, c_esc(raw), len(raw)))
            s += 0.01
            out.append('[pid %d] %s write(%d, "%s", %d) = %d' % (pid, ts(), fd, c_esc(it.data), len(it.data), len(it.data)))
        s += (it.dt or 60) / 1000.0
        cur[0] = (it.dt or 60) / 1000.0
        if it.final is None:
            if it.resp:
                raw = info(it.resp)
                sel()
                out.append('[pid %d] %s read(%d, "%s", 4096) = %d' % (pid, ts(), fd, c_esc(raw), len(raw)))
            s += 5.0
            out.append('[pid %d] %s pselect6(%d, [%d], NULL, NULL, {tv_sec=5, tv_nsec=0}, NULL) = 0 (Timeout)'
                       % (pid, ts(), fd + 1, fd))
            lab.append((it.cmd, None))
            continue
        raw = info(it.resp) + "\r\n" + it.final + "\r\n"
        if len(raw) > 40 and it.resp:   # the reply comes in two reads
            cut = raw.index("\r\n", 2) + 2
            sel()
            out.append('[pid %d] %s read(%d, "%s", 4096) = %d' % (pid, ts(), fd, c_esc(raw[:cut]), cut))
            s += 0.004
            sel()
            out.append('[pid %d] %s read(%d, "%s", 4096) = %d' % (pid, ts(), fd, c_esc(raw[cut:]), len(raw) - cut))
        else:
            sel()
            out.append('[pid %d] %s read(%d, "%s", 4096) = %d' % (pid, ts(), fd, c_esc(raw), len(raw)))
        lab.append((it.cmd, it.final))
    return out, lab


def r_socat(items, t0=(9, 40, 2.5), date="2026/12/07", echo=False):
    """socat -v PTY,link=/tmp/ttyV0,raw,echo=0 /dev/ttyUSB2,raw,echo=0 (from memory): each
    transfer is '> date time  length=N from=A to=B' then the bytes, CR shown as \\r, LF as a
    newline, and a newline added when the chunk does not end in one."""
    out, lab = [], []
    h, m, s = t0
    pos = {">": 0, "<": 0}

    def chunk(d, data):
        nonlocal s
        s += 0.0
        n = len(data.encode("latin-1"))
        out.append("%s %s %02d:%02d:%09.6f  length=%d from=%d to=%d" % (d, date, h, m, s, n, pos[d], pos[d] + n - 1))
        pos[d] += n
        txt = data.replace("\r", "\\r").replace("\x1a", ".")
        parts = txt.split("\n")
        if parts[-1] == "":
            parts = parts[:-1]
        out.extend(parts)

    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            s += 1.7
            chunk("<", "\r\n" + it.line + "\r\n")
            continue
        s += 0.35
        chunk(">", it.cmd + "\r")
        s += (it.dt or 40) / 1000.0
        e = (it.cmd + "\r") if echo else ""
        if it.kind == "prompt":
            chunk("<", e + "\r\n> ")
            s += 0.2
            chunk(">", it.data)
            e = ""
        if it.final is None:
            if it.resp or e:
                chunk("<", e + info(it.resp))
            lab.append((it.cmd, None))
            continue
        chunk("<", e + info(it.resp) + "\r\n" + it.final + "\r\n")
        lab.append((it.cmd, it.final))
    return out, lab


def r_raw(items, echo=True):
    """A plain terminal capture: the module's echo and replies as they scroll."""
    out, lab = [], []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append("")
            out.append(it.line)
            continue
        out.append(it.cmd if (echo or it.echo) else it.cmd)
        if it.kind == "prompt":
            out.append("> " + it.data)
        for m in it.mid:
            out.append("")
            out.append(m)
        if it.final is None:
            if it.resp:
                out.append("")
                out.extend(it.resp)
            lab.append((it.cmd, None))
            continue
        if it.resp:
            out.append("")
            out.extend(it.resp)
        out.append("")
        out.append(it.final)
        lab.append((it.cmd, it.final))
        for extra in getattr(it, "after", []):
            out.append(extra)
    return out, lab


def r_compose(items, svc="modem-agent-1", t0=(9, 31, 7.0), pad=2):
    """docker compose logs of a Go agent (from memory): '<service>  | ' + the app's own
    'time level msg' line."""
    out, lab = [], []
    h, m, s = t0
    pre = svc + " " * pad + "| "

    def L(lvl, msg):
        out.append(pre + "%s %-5s %s" % ("2026-12-07T%02d:%02d:%06.3fZ" % (h, m, s), lvl, msg))

    for it in items:
        if isinstance(it, N):
            if it.text.startswith("@"):
                lvl, msg = it.text[1:].split("|", 1)
                L(lvl, msg)
            else:
                out.append(it.text)
            continue
        if isinstance(it, U):
            s += 0.9
            L("INFO", "urc %s" % it.line)
            continue
        s += 0.21
        L("DEBUG", "at> %s" % it.cmd)
        s += (it.dt or 55) / 1000.0
        for r in it.resp:
            L("DEBUG", "at< %s" % r)
        if it.final is None:
            s += 10
            L("WARN", 'command "%s" timed out after 10s' % it.cmd)
        else:
            L("DEBUG", "at< %s" % it.final)
        lab.append((it.cmd, it.final))
    return out, lab


# ------------------------------------------------------------------------------------------
# Wrappers
# ------------------------------------------------------------------------------------------

def w_none(lines, head=(), tail=()):
    return list(head) + lines + list(tail)


def w_fence(lines, head=(), tail=(), lang=""):
    return list(head) + ["```" + lang] + lines + ["```"] + list(tail)


def w_details(lines, head=(), tail=()):
    return list(head) + ["<details>", "<summary>serial log</summary>", "", "```"] + lines + \
        ["```", "", "</details>"] + list(tail)


def w_quote(lines, head=(), tail=()):
    return list(head) + [("> " + l) if l else ">" for l in lines] + list(tail)


def w_jira(lines, head=(), tail=()):
    return list(head) + ["{noformat}"] + lines + ["{noformat}"] + list(tail)


def w_slack(lines, head=(), tail=()):
    return list(head) + lines + list(tail)


# ------------------------------------------------------------------------------------------
# Sessions
# ------------------------------------------------------------------------------------------

LOGSPEC = {}   # name -> dict(lines, labels, shape, module, verified, wrapper)


def add(name, render, items, shape, module, verified, wrap=w_none, head=(), tail=(), crlf=False,
        post=None, **kw):
    lines, lab = render(items, **kw)
    if post:
        lines = [post(l) for l in lines]
    text_lines = wrap(lines, head=head, tail=tail)
    LOGSPEC[name] = dict(lines=text_lines, labels=lab, shape=shape, module=module,
                         verified=verified, crlf=crlf)


def neg(name, text, shape):
    LOGSPEC[name] = dict(lines=text.split("\n"), labels=[], shape=shape, module="-",
                         verified=False, crlf=False)


def tafter(t, *lines):
    t.after = list(lines)
    return t


# ---- Adafruit_FONA (Arduino) ------------------------------------------------------------

MENU = ["-------------------------------------", "[?] Print this menu",
        "[a] read the ADC 2.8V max (FONA800 & 808)", "[b] read the Battery V and % charged",
        "[C] read the SIM CCID", "[U] Unlock SIM with PIN code", "[i] read RSSI",
        "[n] get Network status", "[v] set audio Volume", "[V] get Volume",
        "[H] set Headphone audio (FONA800 & 808)", "[e] set External audio (FONA800 & 808)",
        "[T] play audio Tone", "[P] PWM/Buzzer out (FONA800 & 808)"]


def fona_begin(ati, gmm=None, found="FONA 800L", cpms="+CPMS: 1,30,1,30,1,30", menu=True,
               first_ok=False):
    it = [N("FONA basic test"), N("Initializing....(May take 3 seconds)"),
          N("Attempting to open comm with ATs")]
    if first_ok:
        it += [T("AT", final="OK"), T("ATE0"), T("ATE0")]
    else:
        it += [T("AT", shown="AT", final=None), T("AT", shown="AT", final=None),
               T("ATE0", shown="ATE0", final=None), T("ATE0")]
    it += [T("AT+CVHU=0"),
           T("ATI", resp=ati, multi=True)]
    if gmm:
        it.append(T("AT+GMM", resp=[gmm], multi=True))
    it.append(T('AT+CPMS="SM","SM","SM"', resp=[cpms]))
    it += [N("FONA is OK"), N("Found " + found)]
    if menu:
        it += [T("AT+GSN", resp=["86%013d" % 4512098833017]), N("Module IMEI: 864512098833017")]
        it += [N(m) for m in MENU] + [N("..."), N(""), N("FONA> ")]
    return it


add("fona_sim800l_begin_rssi.txt", r_fona,
    fona_begin(["SIM800 R13.08"], gmm="SIMCOM_SIM800L") + [
        N("i"), T("AT+CSQ", resp=["+CSQ: 14,0"]), N("RSSI = 14: -86 dBm"), N("FONA> "),
        N("n"), T("AT+CREG?", resp=["+CREG: 0,5"]), N("Network status 5: Registered roaming"),
        N("FONA> "), N("b"), T("AT+CBC", resp=["+CBC: 0,78,4012"]), N("VBat = 4012 mV"),
        T("AT+CBC", resp=["+CBC: 0,78,4011"]), N("VPct = 78%"), N("FONA> ")],
    "adafruit-fona-arduino-debug", "SIMCom SIM800L (Adafruit FONA 800 mini)", True)

add("gh_fona800h_sendsms_false.md", r_fona,
    [N("FONA> "), N("s"), N("Send to #+15550107733"), N("Type out one-line message (140 char): "),
     N("ping from the shed"),
     T("AT+CMGF=1"), T('AT+CMGS="+15550107733"', kind="cmgs", data="ping from the shed"),
     N("Failed"), N("FONA> "), N("N"), T("AT+CMGF=1"), T("AT+CPMS?", resp=['+CPMS: "SM",2,30,"SM",2,30,"SM",2,30']),
     N("2 SMS's on SIM card!"), N("FONA> "), N("n"), T("AT+CREG?", resp=["+CREG: 0,1"]),
     N("Network status 1: Registered (home)"), N("FONA> ")],
    "adafruit-fona-arduino-debug+github-fence", "SIMCom SIM800H (FONA 800 shield)", True,
    wrap=w_fence,
    head=["### sendSMS() returns false but the text arrives", "",
          "Board: Arduino Uno + FONA 800 shield (SIM800H), library 1.3.x, `ADAFRUIT_FONA_DEBUG` on in FONAConfig.h.",
          "The SMS actually arrives on my phone every time, yet `sendSMS()` returns false and FONAtest prints `Failed`.",
          "Log from the Serial Monitor (115200):", ""],
    tail=["", "Is the library reading the +CMGS line too early? The `<--- > ` line looks odd to me.",
          "Wiring: TX->2, RX->3, RST->4, external 2A supply."])

add("fona808_v2_gps_fix.txt", r_fona,
    fona_begin(["SIM808 R14.18"], found="FONA 808 (v2)", cpms="+CPMS: 0,50,0,50,0,50", menu=False) + [
        N("FONA> "), N("O"), T("AT+CGNSPWR=1"), N("FONA> "), N("L"),
        T("AT+CGNSINF", resp=["+CGNSINF: 1,0,20261207091422.000,,,,0.00,0.0,0,,,,,,4,0,,,28,,"]),
        N("GPS location: +CGNSINF: 1,0,20261207091422.000,,,,0.00,0.0,0,,,,,,4,0,,,28,,"),
        N("FONA> "), N("L"),
        T("AT+CGNSINF", resp=["+CGNSINF: 1,1,20261207091611.000,52.520812,13.409417,41.200,0.30,112.4,1,,1.1,1.4,0.9,,9,6,,,33,,"]),
        N("GPS location: +CGNSINF: 1,1,20261207091611.000,52.520812,13.409417,41.200,0.30,112.4,1,,1.1,1.4,0.9,,9,6,,,33,,"),
        N("FONA> "), N("o"), T("AT+CGNSPWR=0"), N("FONA> ")],
    "adafruit-fona-arduino-debug", "SIMCom SIM808 R14 (FONA 808 v2)", True)

add("mail_fona_gprs_sapbr_error.txt", r_fona,
    [N("FONA> "), N("G"), T("AT+CIPSHUT", final="SHUT OK"), T("AT+CGATT=1"),
     T('AT+SAPBR=3,1,"CONTYPE","GPRS"'), T('AT+SAPBR=3,1,"APN","iot.example"'),
     T('AT+CSTT="iot.example"'), T("AT+SAPBR=1,1", final="ERROR"),
     N("Failed to turn on"), N("FONA> "), N("n"), T("AT+CREG?", resp=["+CREG: 0,2"]),
     N("Network status 2: Not registered (searching)"), N("FONA> "), N("i"),
     T("AT+CSQ", resp=["+CSQ: 7,0"]), N("RSSI = 7: -100 dBm"), N("FONA> ")],
    "adafruit-fona-arduino-debug+email-quote", "SIMCom SIM800L", True, wrap=w_quote,
    head=["From: Jonas Brandt <jonas.brandt@example.net>", "To: support@example.com",
          "Subject: Re: FONA will not open GPRS", "Date: Mon, 7 Dec 2026 08:51:12 +0100", "",
          "Hi,", "", "as requested, with debug on. It fails at SAPBR=1,1 every time:", "",
          "On Fri, 4 Dec 2026 at 17:02, Support <support@example.com> wrote:",
          "> Could you enable ADAFRUIT_FONA_DEBUG and send us the output of [G]?", "", ""],
    tail=["", "Thanks,", "Jonas"])

add("fona_sim800l_http_get.log", r_fona,
    [N("FONA> "), N("w"), N("NOTE: in beta! Use small webpages to read!"), N("URL to read (e.g. dweet.io/get/latest/dweet/for/sodaq):"),
     N("http://api.example.com/v1/ping"), N("****"),
     T("AT+HTTPTERM", final="ERROR"), T("AT+HTTPINIT"), T('AT+HTTPPARA="CID"'),
     T('AT+HTTPPARA="UA"'), T('AT+HTTPPARA="URL"'),
     tafter(T("AT+HTTPACTION=0"), "Status: 200", "Len: 27"),
     tafter(T("AT+HTTPREAD", resp=["+HTTPREAD: 27"]), '{"ok":true,"t":1796634032}'),
     N(""), N("****"), T("AT+HTTPTERM"), N("FONA> ")],
    "adafruit-fona-arduino-debug", "SIMCom SIM800L", True)

t_cs = T('AT+CIPSTART="TCP","203.0.113.40","7000"', kind="cipstart")
add("fona_sim800c_tcp_send.txt", r_fona,
    [N("setup: FONA OK, GPRS on"), T("AT+CIPMUX=0"), T("AT+CIPRXGET=1"), t_cs,
     T("AT+CIPSEND=12", kind="cipsend", data="hello server", final="SEND OK"),
     N("sent 12"), T("AT+CIPRXGET=4", resp=["+CIPRXGET: 4,5"]), N("5 bytes available"),
     T("AT+CIPSTATUS"), N("\t<--- STATE: CONNECT OK"),
     T("AT+CIPCLOSE", final="CLOSE OK"), N("closed")],
    "adafruit-fona-arduino-debug", "SIMCom SIM800C", True)

add("fona3g_sim5320a_begin_gprs.txt", r_fona,
    fona_begin(["Manufacturer: SIMCOM INCORPORATED", "Model: SIMCOM_SIM5320A",
                "Revision: SIM5320A_V1.5", "IMEI: 012813009977151", "+GCAP: +CGSM,+DS,+ES"],
               found="FONA 3G (American)", cpms="+CPMS: 0,30,0,30,0,30", menu=False,
               first_ok=True) + [
        N("FONA> "), N("G"), T("AT+CGATT=1", dt=900), T('AT+CGSOCKCONT=1,"IP","m2m.example"'),
        T('AT+CGAUTH=1,1,"user","pass"', final="ERROR"), N("Failed to turn on"), N("FONA> ")],
    "adafruit-fona-arduino-debug", "SIMCom SIM5320A (FONA 3G)", True)

add("fona_sim800l_brownout_restart.txt", r_fona,
    fona_begin(["SIM800 R13.08"], gmm="SIMCOM_SIM800L", menu=False) + [
        N("FONA> "), N("G"), T("AT+CIPSHUT", final="SHUT OK"), T("AT+CGATT=1"),
        T('AT+SAPBR=3,1,"CONTYPE","GPRS"'), T('AT+SAPBR=3,1,"APN","internet"'),
        T('AT+CSTT="internet"'), T("AT+SAPBR=1,1", final=None),
        N("Failed to turn on"), N("FONA> "), N("n"), T("AT+CREG?", shown="RDY", final=None),
        N("Network status 0: Not registered"), N("FONA> ")],
    "adafruit-fona-arduino-debug", "SIMCom SIM800L", True)

add("chat_fona_pin_ccid.txt", r_fona,
    [N("FONA> "), N("C"), T("AT+CCID", resp=["8944500312209988771F"]),
     N("SIM CCID = 8944500312209988771F"), N("FONA> "), N("U"), N("Enter 4-digit PIN"), N("0000"),
     T("AT+CPIN=0000", final="ERROR"), N("Failed"), N("FONA> "), N("U"), N("Enter 4-digit PIN"),
     N("4921"), T("AT+CPIN=4921"), N("OK!"), N("FONA> "), N("n"),
     T("AT+CREG?", shown="+CPIN: READY", final=None), N("Network status 0: Not registered"),
     N("FONA> ")],
    "adafruit-fona-arduino-debug+chat-copy", "SIMCom SIM800L", True, wrap=w_slack,
    head=["Marek Nowak  10:02 AM", "pin unlock works only on the second try?? first one I typed 0000 by mistake, fine, but then network status says 0", ""],
    tail=["", "Ines Okafor  10:05 AM",
          "that +CPIN: READY is the URC after the unlock, the lib took it as the CREG answer. ask again in a sec"])

add("fona808_v1_network_time.txt", r_fona,
    [N("FONA> "), N("y"), T("AT+CLTS=1"), T("AT&W"), N("Enabled"), N("FONA> "),
     N("Y"), T("AT+CNTPCID=1"), T('AT+CNTP="pool.ntp.org",0'), T("AT+CNTP"), N("Enabled"),
     N("FONA> "), N("t"), T("AT+CCLK?", resp=['+CCLK: "26/12/07,09:31:44+04"']),
     N('Time = "26/12/07,09:31:44+04"'), N("FONA> "), N("a"),
     T("AT+CADC?", resp=["+CADC: 1,1420"]), N("ADC = 1420 mV"), N("FONA> ")],
    "adafruit-fona-arduino-debug", "SIMCom SIM808 R13 (FONA 808 v1)", True, crlf=True)


# ---- hologram-python (Hologram SDK / CLI with -vv) --------------------------------------

def holo_init(first_echo=True, cpin="+CPIN: READY", ctz=("OK", "OK"), cpms='+CPMS: 0,255,0,255,0,255',
              creg=True, dev="/dev/ttyACM1", kind="Nova_U201", scan=("/dev/ttyACM0", "/dev/ttyACM1")):
    it = []
    for d in scan:
        it.append(N("DEBUG: checking port %s" % d))
    it.append(N("INFO: found working port at %s" % dev))
    it.append(N("INFO: Instantiated a %s interface with device name of %s" % (kind, dev)))
    it += [T("ATE0", echo=first_echo), T("AT+CMEE=2"), T("AT+CPIN?", resp=[cpin]),
           T("AT+CTZU=1", final=ctz[0]), T("AT+CTZR=1", final=ctz[1]),
           T('AT+CPMS="ME","ME","ME"', resp=[cpms]), T("AT+CMGF=0"), T("AT+CNMI=2,1")]
    if creg:
        it += [T("AT+CREG=2"), T("AT+CGREG=2")]
    return it


add("holo_nova_u201_signal.txt", r_holo,
    [N("pi@gateway:~ $ sudo hologram modem signal -vv")] + holo_init() + [
        T("AT+CSQ", resp=["+CSQ: 17,99"]), N("Signal strength: 17,99"), N("pi@gateway:~ $ ")],
    "hologram-python-vv", "u-blox SARA-U201 (Hologram Nova)", True)

add("holo_novam_r410_ctzu_error.txt", r_holo,
    [N("root@edge-07:/home/edge# hologram modem operator -vv")] +
    holo_init(ctz=("OK", "+CME ERROR: operation not allowed"), kind="NovaM", dev="/dev/ttyUSB1",
              scan=("/dev/ttyUSB0", "/dev/ttyUSB1"), cpms='+CPMS: 0,23,0,23,0,23', creg=False) + [
        T("AT+CEREG=2"),
        T("AT+COPS?", resp=['+COPS: 0,0,"AT&T Hologram",7'], mid=['+CEREG: 5,"2C1A","0B7E1F05",7']),
        N("Operator: AT&T Hologram"), N("root@edge-07:/home/edge# ")],
    "hologram-python-vv", "u-blox SARA-R410M-02B (Hologram Nova R410)", True)

add("gh_holo_bg96_send_message.md", r_holo,
    [N("INFO: Instantiated a BG96 interface with device name of /dev/ttyUSB2"),
     T("AT+CREG?", resp=['+CREG: 2,5,"2A1F","01B7C40E",0']),
     T("AT+QIACT?"), T('AT+QICSGP=1,1,"hologram","","",1'), T("AT+QIACT=1", dt=2300),
     T('AT+QIOPEN=1,0,"TCP","cloudsocket.hologram.io",9999,0,1'),
     # send_message() polls checkURC(); Quectel.handleURC() handles +QIOPEN/+QIURC itself
     N("DEBUG: {}"), N("DEBUG: {+QIOPEN: 0,0}"),
     T('AT+QISENDEX=0,"7b226b223a2261624364454667222c2264223a2268656c6c6f2066726f6d206267393622227d"',
       final="SEND OK"),
     N("DEBUG: {}"), N('DEBUG: {+QIURC: "recv",0,5}'), N("DEBUG: {[0,0]}"),
     T("AT+QICLOSE=0"), T("AT+QIDEACT=1"),
     N("Message sent successfully")],
    "hologram-python-vv+github-fence", "Quectel BG96", True, wrap=w_fence,
    head=["**Describe the bug**", "`hologram send` works but takes ~40 s from start to `Message sent successfully`, and the cloud sees the message twice about one time in ten. Is BG96 fully supported?", "",
          "**To Reproduce**", "`sudo hologram send \"hello from bg96\" -vv`", "", "**Log**"],
    tail=["", "**Environment**", "- hologram-python 0.9.x", "- Raspberry Pi OS bookworm", "- BG96 on a Sixfab HAT"])

add("holo_u201_sms_send.log", r_holo,
    holo_init(first_echo=False) + [
        T("AT+CMGF=1"), T('AT+CMGS="+15550142210"', resp=["+CMGS: 42"], dt=3100),
        T("AT+CMGF=0"), N("SMS sent")],
    "hologram-python-vv", "u-blox SARA-U201 (Hologram Nova)", True)

add("holo_huawei_e303_init.txt", r_holo,
    [N("$ sudo hologram modem type -vv")] +
    holo_init(ctz=("ERROR", "ERROR"), kind="E303", dev="/dev/ttyUSB0", scan=("/dev/ttyUSB0",),
              cpms="+CPMS: 0,0,0,0,0,0", creg=False) +
    [T("AT+CSQ", resp=["+CSQ: 19,99"], mid=["^RSSI: 19"]),
     T("AT+CGMM", resp=["E303"], mid=["^MODE: 5,4"]),
     N("Type: E303"), N("$ ")],
    "hologram-python-vv", "Huawei E303", True)

add("holo_ms2131_cops_timeout.txt", r_holo,
    [N("ubuntu@kiosk:~$ sudo hologram modem operator -vv")] +
    holo_init(ctz=("ERROR", "ERROR"), kind="MS2131", dev="/dev/ttyUSB2", scan=("/dev/ttyUSB0", "/dev/ttyUSB2"),
              cpms="+CPMS: 0,0,0,0,0,0", creg=False) +
    [T('AT+COPS=3,0'), T("AT+COPS?", final=None), N("Operator: None"), N("ubuntu@kiosk:~$ ")],
    "hologram-python-vv", "Huawei MS2131", True)

add("mail_holo_nova_location.txt", r_holo,
    [N("INFO: Instantiated a Nova_U201 interface with device name of /dev/ttyACM1"),
     T("AT+UPSND=0,8", resp=["+UPSND: 0,8,0"]), T('AT+UPSD=0,1,"hologram"'),
     T("AT+UPSDA=0,3", dt=2800), T("AT+UPSND=0,8", resp=["+UPSND: 0,8,1"]),
     T("AT+ULOC=2,2,0,10,10"), U("+UULOC: 07/12/2026,08:58:31.000,47.376950,8.541694,0,1500"),
     T("AT+UPSND=0,8", resp=["+UPSND: 0,8,1"]), N("Location: 47.376950, 8.541694 (+/- 1500 m)")],
    "hologram-python-vv+email-quote", "u-blox SARA-U201 (Hologram Nova)", True, wrap=w_quote,
    head=["Hi Priya,", "", "here is the run you asked for (hologram modem location -vv), copied from the Pi:", ""],
    tail=["", "The accuracy is 1.5 km which seems wrong for a city centre. Any idea?", "", "Best,", "Tom"])

add("holo_nova_socket_receive.txt", r_holo,
    [N("INFO: Instantiated a Nova_U201 interface with device name of /dev/ttyACM1"),
     T("AT+USOCR=6", resp=["+USOCR: 0"]), T('AT+USOCO=0,"198.51.100.23",9999', dt=1400),
     T('AT+USOWR=0,23,"7B226B223A22616263222C2264223A2268656C6C6F227D"', resp=["+USOWR: 0,23"]),
     U("+UUSORD: 0,12"), T("AT+USORD=0,12", resp=['+USORD: 0,12,"5B302C305D0A"']),
     U("+UUSOCL: 0"), T("AT+USOCL=0", final="+CME ERROR: operation not allowed"),
     N("INFO: Received message: [0,0]")],
    "hologram-python-vv", "u-blox SARA-U201 (Hologram Nova)", True)

t_ate0 = T("ATE0", echo=True)
t_ate0.pre = ["DEBUG: {}", "DEBUG: {RDY}", "DEBUG: {}", "DEBUG: {+CFUN: 1}", "DEBUG: URC! +CFUN: 1",
              "DEBUG: handleURC state: 0", "DEBUG: URC was not handled. '+CFUN: 1'", "DEBUG: {}",
              "DEBUG: {+CPIN: READY}", "DEBUG: URC! +CPIN: READY", "DEBUG: handleURC state: 0",
              "DEBUG: URC was not handled. '+CPIN: READY'", "DEBUG: {}", "DEBUG: {+QUSIM: 1}",
              "DEBUG: URC! +QUSIM: 1", "DEBUG: handleURC state: 0", "DEBUG: URC was not handled. '+QUSIM: 1'"]
add("holo_ec21_reset_reinit.txt", r_holo,
    [N("INFO: Instantiated a EC21 interface with device name of /dev/ttyUSB2"),
     T("AT+CSQ", resp=["+CSQ: 99,99"]), T("AT+CFUN=1,1"),
     N("modem wedged (CSQ 99), power-cycled it, re-opening in 20 s"),
     N("INFO: Instantiated a EC21 interface with device name of /dev/ttyUSB2"),
     t_ate0, T("AT+CMEE=2"), T("AT+CPIN?", resp=["+CPIN: READY"]), T("AT+CTZU=1"), T("AT+CTZR=1"),
     T('AT+CPMS="ME","ME","ME"', resp=["+CPMS: 0,255,0,255,0,255"]),
     T("AT+CSQ", resp=["+CSQ: 23,99"])],
    "hologram-python-vv", "Quectel EC21-A", True)

add("reddit_holo_script_r410_psm.md", r_holo,
    [T('AT+CPSMS=1,,,"00100001","00000011"'), T("AT+CPSMS?", resp=['+CPSMS:1,,,"00100001","00000011"']),
     T("AT+CEDRXS=0"), T("AT+UPSV=4", final="+CME ERROR: operation not supported"),
     T("AT+CFUN=15", dt=400), T("AT", final=None)],
    "hologram-python-basicconfig+indented-code", "u-blox SARA-R410M-02B (Hologram Nova R410)", True,
    wrap=lambda lines, head, tail: list(head) + ["    " + l for l in lines] + list(tail),
    post=lambda l: l.replace("DEBUG: ", "DEBUG:Hologram.Network.Modem.IModem:", 1) if l.startswith("DEBUG: ") else l,
    head=["**Nova R410 never answers after I enable PSM**", "", "I call `modem.command()` from my own script with `logging.basicConfig(level=logging.DEBUG)`:", ""],
    tail=["", "After the CFUN=15 the AT just never gets a reply, even minutes later. Do I need to toggle PWR_ON?", "",
          "edit: formatting"])

add("holo_novam_connect_cut.txt", r_holo,
    [N("$ sudo hologram network connect -vv")] +
    holo_init(kind="NovaM", dev="/dev/ttyUSB1", scan=("/dev/ttyUSB1",), cpms='+CPMS: 0,23,0,23,0,23', creg=False) +
    [T("AT+CEREG=2"), T("AT+CEREG?", resp=['+CEREG: 2,5,"2C1A","0B7E1F05",7']),
     T('AT+CGDCONT=1,"IP","hologram"'), N("INFO: Connecting to cellular network (pppd)"),
     T("AT+CSQ", final=None)],
    "hologram-python-vv", "u-blox SARA-R410M-02B (Hologram Nova R410)", True)


# ---- Particle Device OS (ncp.at TRACE via the USB serial log handler) -----------------------

def pboot(extra=()):
    return [N("@app|INFO|Device OS 5.9.0, system thread enabled"),
            N("@ncp.client|TRACE|Powering modem on, ncpId: 0x%s" % extra[0] if extra else "@ncp.client|TRACE|Powering modem on"),
            N("@ncp.client|TRACE|Modem powered on")]


def sara_init(model="SARA-R410M-02B", fw="L0.0.00.00.05.12 [Feb 03 2023 13:00:41]", iccid="89014103271203065583",
              mno="+UMNOPROF: 2"):
    return [T("AT"), T("ATE0"), T("AT+CMEE=2"), T("AT+CGMI", resp=["u-blox"]),
            T("AT+CGMM", resp=[model]), T("AT+CGMR", resp=[fw]), T("AT+CCID", resp=["+CCID: " + iccid]),
            T("AT+UMNOPROF?", resp=[mno])]


add("particle_boron_r410_init.log", r_particle,
    [N("Serial monitor opened successfully:")] + pboot(("43",)) + sara_init() + [
        T("AT+CPSMS?", resp=['+CPSMS:0,,,"10100001","00000011"']),
        T("AT+CEDRXS?", resp=["+CEDRXS:"]),
        T('AT+CGDCONT=1,"IP","10569.mcs"'), T("AT+CEREG=2"), T("AT+COPS=0", dt=180),
        U('+CEREG: 1,"5B3C","0A4C8F12",7'),
        T("AT+CEREG?", resp=['+CEREG: 2,1,"5B3C","0A4C8F12",7']),
        N("@ncp.client|TRACE|NCP connection state changed: 2"),
        N("@net.pppncp|TRACE|NCP event 1"),
        N("@system|INFO|Cloud: connecting")],
    "particle-ncp-at-trace", "u-blox SARA-R410M-02B (Particle Boron LTE)", True, cr=True)

add("gh_particle_boron_cereg_denied.md", r_particle,
    [T("AT+CEREG?", resp=['+CEREG: 2,2,"FFFE","FFFFFFF",7']), U("+CEREG: 3"),
     T("AT+CEER", resp=['+CEER: "Illegal ME"']),
     T("AT+COPS?", resp=["+COPS: 0"]),
     T("AT+CSQ", resp=["+CSQ: 21,99"]), T("AT+UMNOPROF?", resp=["+UMNOPROF: 100"]),
     N("@ncp.client|ERROR|Registration denied"),
     T("AT+CFUN=0", dt=1800), T("AT+UMNOPROF=1", final="+CME ERROR: operation not allowed"),
     T("AT+CFUN=1", dt=900), U("+CEREG: 2"), U("+CEREG: 3")],
    "particle-ncp-at-trace+github-fence", "u-blox SARA-R410M-02B (Particle Boron LTE)", True,
    wrap=w_fence,
    head=["### Boron stuck breathing green, CEREG 3 (registration denied)", "",
          "Device OS 5.9.0, Boron BRN404 bought in 2021, Particle SIM, site in Ontario.",
          "`Serial.begin` + `SerialLogHandler logHandler(LOG_LEVEL_ALL);`", ""],
    tail=["", "Device is claimed, SIM is active in the console. It worked until Friday."])

add("particle_b404x_r510_psm.log", r_particle,
    [T("AT+CGMM", resp=["SARA-R510S-01B"]), T("AT+CGMR", resp=["03.15"]),
     T('AT+CPSMS=1,,,"00100001","00000011"'), T("AT+CPSMS?", resp=['+CPSMS: 1,,,"00100001","00000011"']),
     T("AT+UPSV?", resp=["+UPSV: 0"]), T("AT+UPSV=4", final="+CME ERROR: Operation not supported"),
     T("AT+CEDRXS=0,4"), U("+CEREG: 2,1,\"3A2B\",\"01A2D303\",7,,,\"00000011\",\"00100001\""),
     T("AT+UCPSMS?", resp=['+UCPSMS: 1,,,"00100001","00000011"'])],
    "particle-ncp-at-trace", "u-blox SARA-R510S-01B (Particle B404X)", True, t0=118233, cr=True)

add("particle_b524_eg91_init.log", r_particle,
    pboot(("44",)) + [T("AT"), T("ATE0"), T("AT+CMEE=2"), T("AT+CGMI", resp=["Quectel"]),
                       T("AT+CGMM", resp=["EG91"]), T("AT+CGMR", resp=["EG91EXGAR08A05M1G"]),
                       T("AT+QCCID", resp=["+QCCID: 89883030000005781234"]),
                       T('AT+QCFG="nwscanseq"', resp=['+QCFG: "nwscanseq",0403']),
                       T('AT+QCFG="nwscanmode",0,1'), T("AT+CMUX=0,0,,1509,,,,,"),
                       N("@mux|INFO|Starting GSM07.10 muxer"), N("@mux|INFO|Openning mux channel 0"),
                       N("@mux|INFO|GSM07.10 muxer thread started"), N("@ncp.client|TRACE|Muxer AT channel live"),
                       T("AT+CREG=2"), T("AT+CEREG=2"), U('+CREG: 2,"1F5A","01C2B4E3",7'),
                       T("AT+COPS?", resp=['+COPS: 0,0,"Telekom.de",7'])],
    "particle-ncp-at-trace", "Quectel EG91-E (Particle B524)", True, t0=1201, cr=True)

add("forum_particle_b402_bg96.txt", r_particle,
    [T("AT+CGMR", resp=["BG96MAR02A07M1G"]), T('AT+QCFG="iotopmode"', resp=['+QCFG: "iotopmode",0']),
     T('AT+QCFG="band"', resp=['+QCFG: "band",0xf,0x100002000000000f0e189f,0x10004200000000090e189f']),
     T('AT+QCFG="nwscanseq",02', final="OK"),
     T("AT+COPS=0", dt=95000, final=None),
     N("@ncp.client|ERROR|AT+COPS=0 timed out"),
     N("@ncp.client|TRACE|Hard resetting the modem"),
     N("@ncp.client|TRACE|Powering modem on, ncpId: 0x45"),
     T("AT", final=None), T("AT", dt=210), T("ATE0")],
    "particle-ncp-at-trace+forum-post", "Quectel BG96 (Particle B402)", True, wrap=w_fence,
    head=["B402 never connects after moving to a new site", "", "Hardware", "",
          "Hi all, my B402 (BG96) sits blinking green. I grabbed a trace with LOG_LEVEL_ALL, trimmed to the interesting bit:", ""],
    tail=["", "After the reset it starts over and hits the same timeout. Is 95 s for COPS normal for LTE-M here?",
          "", "3 Replies", "", "support_eng (Particle Employee):", "Try forcing CAT-M1 only with `AT+QCFG=\"iotopmode\",0,1` first ..."], t0=73411)

add("particle_boron_u201_3g.log", r_particle,
    pboot(("42",)) + sara_init(model="SARA-U201", fw="23.60", iccid="8934076500002345671",
                                mno="+UMNOPROF: 0") [:7] + [
        T("AT+UBANDSEL?", resp=["+UBANDSEL: 850,900,1800,1900,2100"]),
        T('AT+CGDCONT=1,"IP","spark.telefonica.com"'), T("AT+CREG=2"), T("AT+CGREG=2"),
        T("AT+COPS=0", dt=4100), U('+CREG: 2,"2F0D","0099A4B1",2'),
        T("AT+CGREG?", resp=['+CGREG: 2,1,"2F0D","0099A4B1",2,"01"'])],
    "particle-ncp-at-trace", "u-blox SARA-U201 (Particle Boron 2G/3G)", True, cr=True)

add("mail_particle_r410_cops_scan.txt", r_particle,
    [T("AT+COPS=?", dt=180000, final=None), N("@ncp.client|ERROR|Failed to perform early initialization"),
     N("@ncp.client|TRACE|Resetting the modem"), T("AT+CFUN=15", final=None),
     T("AT", dt=5000), T("ATE0"), T("AT+CMEE=2"), T("AT+CFUN?", resp=["+CFUN: 1"])],
    "particle-ncp-at-trace+email-quote", "u-blox SARA-R410M-02B (Particle Boron LTE)", True, wrap=w_quote,
    head=["Hello,", "", "below is the trace from unit #14 (the one on the roof). The operator scan never finishes:", ""],
    tail=["", "Let me know if you need the full file, it is 3 MB.", "", "--", "Kasia"], t0=412907)

add("particle_tracker_eg91_nosim.log", r_particle,
    pboot(("44",)) + [T("AT"), T("ATE0"), T("AT+CMEE=2"),
                       T("AT+QCCID", final="+CME ERROR: SIM not inserted"),
                       T("AT+CPIN?", final="+CME ERROR: SIM not inserted"),
                       N("@ncp.client|ERROR|Failed to read CCID"),
                       T("AT+QSIMDET?", resp=["+QSIMDET: 0,0"]), T("AT+QSIMSTAT?", resp=["+QSIMSTAT: 0,0"])],
    "particle-ncp-at-trace", "Quectel EG91-NAX (Particle Tracker One)", True, t0=2204, cr=True)

add("particle_argon_esp32_wifi.log", r_particle,
    [N("@ncp.esp32|TRACE|Powering on ESP32"), T("AT"), T("ATE0"),
     T("AT+CGMR", resp=["AT version:1.1.0.0(Aug  4 2020 14:56:08)", "compile time:Jan 15 2021 15:32:11"]),
     T("AT+MVER", resp=["7"]), T("AT+GETMAC=0", resp=['+GETMAC: "7c:9e:bd:41:0a:3c"']),
     T("AT+CMUX=0"), N("@mux|INFO|Starting GSM07.10 muxer"),
     T('AT+CWJAP="workshop-2g","correct horse"', dt=7200, resp=["+CWJAP:1"], final="ERROR"),
     T('AT+CWJAP="workshop-2g","correcthorse"', dt=3400, resp=["WIFI CONNECTED", "WIFI GOT IP"]),
     T("AT+CIPSTA?", resp=['+CIPSTA:ip:"192.168.4.37"', '+CIPSTA:gateway:"192.168.4.1"', '+CIPSTA:netmask:"255.255.255.0"'])],
    "particle-ncp-at-trace", "Espressif ESP32 NCP (Particle Argon)", True, t0=901, cr=True)

add("particle_m404_bg95m5_udp.log", r_particle,
    [T('AT+QICSGP=1,1,"iot.example","","",1'), T("AT+QIACT=1", dt=2600),
     T('AT+QIOPEN=1,0,"UDP SERVICE","127.0.0.1",0,5684,1'), U("+QIOPEN: 0,0"),
     T('AT+QISEND=0,14,"203.0.113.9",5684', final=None),
     N("@ncp.client|ERROR|Expected > prompt"),
     T("AT+QISTATE=1,0", resp=['+QISTATE: 0,"UDP SERVICE","127.0.0.1",0,5684,2,1,0,1,"usbmodem"']),
     T("AT+QICLOSE=0")],
    "particle-ncp-at-trace", "Quectel BG95-M5 (Particle M404)", True, t0=55120, cr=True)

add("particle_b404x_r510_reboot.log", r_particle,
    [T("AT+CSQ", resp=["+CSQ: 18,99"]), T("AT+UPSD=0,0,0"), T("AT+CFUN=16", dt=40),
     N("@ncp.client|TRACE|Modem reset, waiting for it to come back"),
     U("+CEREG: 0"),
     T("AT", final=None), T("AT", dt=3100), T("ATE0"), T("AT+CMEE=2"),
     T("AT+CEREG?", resp=["+CEREG: 0,2"])],
    "particle-ncp-at-trace", "u-blox SARA-R510S-01B (Particle B404X)", True, t0=600017, cr=True)


# ---- from memory ------------------------------------------------------------------------

add("strace_me910g1_dialer.txt", r_strace,
    [N("# strace -f -tt -s 256 -e trace=read,write,pselect6 -p 2211"),
     N("strace: Process 2211 attached with 2 threads"),
     T("AT"), T("ATE0", resp=[], final="OK"), T("AT#SELINT?", resp=["#SELINT: 2"]),
     T("AT+CGDCONT=1,\"IPV4V6\",\"iot.example\""), T("AT#SGACT=1,1", resp=["#SGACT: 10.44.7.91"], dt=2400),
     T("AT#SD=1,0,8883,\"broker.example.com\",0,0,1"), U("SRING: 1"),
     T("AT#SRECV=1,64", resp=["#SRECV: 1,4", "20020000"]), T("AT#SH=1"),
     T("AT#SGACT=1,0", final="+CME ERROR: 555", dt=150)],
    "strace-tt-read-write", "Telit ME910G1-WW", False)

add("strace_rm520n_qmi_helper.txt", r_strace,
    [N("$ sudo strace -tt -s 256 -e trace=read,write,pselect6 ./rmctl --at-port /dev/ttyUSB3 status"),
     N("13:07:55.420117 write(1, \"opening /dev/ttyUSB3\\n\", 21opening /dev/ttyUSB3"),
     N(") = 21"),
     T("ATI", resp=["Quectel", "RM520N-GL", "Revision: RM520NGLAAR03A03M4G"]),
     T("AT+QENG=\"servingcell\"", resp=['+QENG: "servingcell","NOCONN","NR5G-SA","TDD",310,260,1A2B3C04D,401,4F7A2B,520110,41,100,-86,-11,21,1,-'], dt=80),
     T("AT+QNWPREFCFG=\"mode_pref\"", resp=['+QNWPREFCFG: "mode_pref",AUTO']),
     T("AT+QMAP=\"wwan\"", resp=['+QMAP: "WWAN",0,1,"IPV4","0.0.0.0"', '+QMAP: "WWAN",0,1,"IPV6","0:0:0:0:0:0:0:0"']),
     T("AT+CGPADDR=1", final=None)],
    "strace-tt-read-write", "Quectel RM520N-GL", False, pid=0,
    post=lambda l: l.replace("[pid 0] ", ""), fd=3, t0=(13, 7, 55.42))

add("socat_v_gm02s_mqtt.txt", r_socat,
    [N("$ socat -v PTY,link=/tmp/ttyV0,raw,echo=0 /dev/ttyUSB0,raw,echo=0,b921600 2>&1 | tee gm02s.log"),
     T("AT+SQNSMQTTCFG=0,\"dev-0042\""),
     T("AT+SQNSMQTTCONNECT=0,\"mqtt.example.com\",1883,60"), U("+SQNSMQTTONCONNECT:0,0"),
     T("AT+SQNSMQTTSUBSCRIBE=0,\"cmd/dev-0042\",1"), U("+SQNSMQTTONSUBSCRIBE:0,\"cmd/dev-0042\",0"),
     T("AT+SQNSMQTTPUBLISH=0,\"tele/dev-0042\",1,17", kind="prompt", data='{"t":21.5,"v":1}'),
     U("+SQNSMQTTONPUBLISH:0,1,0"), U("+SQNSMQTTONMESSAGE:0,\"cmd/dev-0042\",4,1,1"),
     T("AT+SQNSMQTTRCVMESSAGE=0,\"cmd/dev-0042\",1", resp=["ping"]),
     T("AT+SQNSMQTTDISCONNECT=0"), U("+SQNSMQTTONDISCONNECT:0,0")],
    "socat-v-verbose", "Sequans Monarch 2 GM02S", False)

add("socat_v_neoway_n720_sms.txt", r_socat,
    [T("AT+CMGF=1"), T("AT+CSCS=\"GSM\""), T("AT+CMGS=\"+15550104412\"", kind="prompt",
                                                 data="door opened 09:41\x1a", resp=["+CMGS: 17"], dt=2600),
     U("+CMTI: \"SM\",3"), T("AT+CMGR=3", resp=["+CMGR: \"REC UNREAD\",\"+15550104412\",,\"26/12/07,09:43:10+04\"", "ack"]),
     T("AT+CMGD=3"), T("AT+CMGD=9", final="+CMS ERROR: 321")],
    "socat-v-verbose", "Neoway N720", False, echo=True, t0=(9, 41, 0.2))

add("compose_logs_nrf9160_slm.txt", r_compose,
    [N("$ docker compose logs -f modem-agent"),
     N("@INFO|starting slm bridge on /dev/ttyACM0 (115200 8N1)"),
     T("AT"), T("AT+CFUN?", resp=["+CFUN: 0"]), T("AT%XSYSTEMMODE=1,0,1,0"), T("AT+CFUN=1"),
     U("+CEREG: 2,\"4E21\",\"01A2B3C4\",7"), U("+CEREG: 1,\"4E21\",\"01A2B3C4\",7,,,\"11100000\",\"11100000\""),
     T("AT#XSOCKET=1,2,0", resp=["#XSOCKET: 0,2,17"]),
     T("AT#XSENDTO=\"203.0.113.77\",5683,\"hello\"", resp=["#XSENDTO: 5"]),
     T("AT#XRECVFROM=64", final=None), T("AT#XSOCKET=0", resp=["#XSOCKET: 0,\"closed\""])],
    "docker-compose-logs+app-log", "Nordic nRF9160 (Serial LTE Modem)", False)

add("compose_logs_a7670e_http.txt", r_compose,
    [T("AT+HTTPINIT"), T("AT+HTTPPARA=\"URL\",\"http://api.example.com/v2/telemetry\""),
     T("AT+HTTPPARA=\"CONTENT\",\"application/json\""),
     T("AT+HTTPDATA=18,10000", resp=["DOWNLOAD"]),
     T("AT+HTTPACTION=1"), U("+HTTPACTION: 1,201,0"), T("AT+HTTPTERM"),
     T("AT+HTTPINIT", final="ERROR"), T("AT+HTTPTERM"), T("AT+HTTPINIT")],
    "docker-compose-logs+app-log", "SIMCom A7670E", False, svc="telemetry-modem-1", pad=1, t0=(8, 59, 3.0))

add("jira_exs62w_tls_socket.txt", r_raw,
    [T("AT^SISS=0,\"srvType\",\"Socket\""), T("AT^SISS=0,\"conId\",\"1\""),
     T("AT^SISS=0,\"address\",\"socktcps://iot.example.com:8883;port=8883\""),
     T("AT^SISO=0"), U("^SISW: 0,1"), T("AT^SISW=0,5", resp=["^SISW: 0,5,0"]),
     U("^SISR: 0,1"), T("AT^SISR=0,100", resp=["^SISR: 0,5", "world"]),
     T("AT^SISC=0"), T("AT^SISO=0", final="+CME ERROR: 4"),
     U("^SIS: 0,0,48,\"Remote peer has closed the connection\"")],
    "jira-noformat+terminal", "Thales (Cinterion) EXS62-W", False, wrap=w_jira,
    head=["*Steps to reproduce*", "# power the gateway, wait for registration", "# open the TLS socket (see capture from TeraTerm below)", "",
          "*Actual result*", "Second ^SISO fails with CME 4 until the service is closed again.", ""],
    tail=["", "*Expected result*", "The profile can be reopened after ^SISC.", "", "Attachment: exs62w_trace_0712.txt"],
    crlf=True)

add("slack_murata1sc_band.txt", r_raw,
    [T("AT%GETCFG=\"BAND\"", resp=["%GETCFG: 2,3,4,5,12,13,25,26,66"]),
     T("AT+CFUN=0"), T("AT%SETCFG=\"BAND\",\"12\",\"13\""), T("AT%GETCFG=\"BAND\"", resp=["%GETCFG: 12,13"]),
     T("AT+CFUN=1"), U("+CEREG: 2"), U("+CEREG: 5"),
     T("AT+CEREG?", resp=["+CEREG: 1,5"]),
     T("AT%MEAS=\"8\"", resp=["%MEAS: RSRP=-104,RSRQ=-12,SINR=3,RSSI=-77,"]),
     T("AT%SETCFG=\"BAND\",\"71\"", final="ERROR")],
    "slack-copy+terminal", "Murata Type 1SC (Altair ALT1250)", False, wrap=w_slack,
    head=["Dana Whitfield  9:12 AM", "here's the band lock sequence on the 1SC eval board, pasted from minicom:", ""],
    tail=["", "Dana Whitfield  9:13 AM", "why does 71 fail? the datasheet lists it :thinking_face:",
          "3 replies", "Rahul Menon  9:20 AM", "not in the FW build you have, 71 only came with the newer one"])

add("gh_details_fm150_fota.md", r_raw,
    [N("ERROR"), N(""),
     T("AT+GTFOTAMODE?", resp=["+GTFOTAMODE: 0"]), T("AT+GTFOTAMODE=1"),
     T("AT+GTFOTA=\"http://fw.example.com/fm150/delta_19000.1000.00.01.02.08.bin\"", dt=900),
     U("+GTFOTA: \"DOWNLOADING\",10"), U("+GTFOTA: \"DOWNLOADING\",100"), U("+GTFOTA: \"UPDATING\""),
     N("\x00\x00"), U("RDY"), U("+CPIN: READY"),
     T("AT+CGMR", resp=["19000.1000.00.01.02.09"]), T("AT+GTFOTA?", final=None)],
    "github-details+terminal", "Fibocom FM150-AE", False, wrap=w_details,
    head=["FOTA from .08 to .09 works but the module comes back with `AT+GTFOTA?` hanging, see log (starts mid-way, the first ERROR belongs to an earlier command):", ""],
    tail=["", "Host: x86 Ubuntu 22.04, cdc-acm, port /dev/ttyUSB2."])


# ---- negatives --------------------------------------------------------------------------

neg("neg_fona_wrapper_snippet.cpp.txt", r'''// modem_glue.cpp -- thin wrapper the firmware team uses around the FONA class
#include "Adafruit_FONA.h"

static const char *kApn = "iot.example";

bool glue_attach(Adafruit_FONA &fona) {
  // AT+CGATT=1 can take a few seconds on first attach
  if (!fona.sendCheckReply(F("AT+CGATT=1"), F("OK"), 10000)) {
    Serial.println(F("attach failed, expected OK"));
    return false;
  }
  // the library prints "\t---> AT+SAPBR=1,1" / "\t<--- OK" when debug is on
  return fona.sendCheckReply(F("AT+SAPBR=1,1"), F("OK"), 30000);
}

int glue_rssi(Adafruit_FONA &fona) {
  // +CSQ: <rssi>,<ber> -> dBm
  uint8_t n = fona.getRSSI();
  return (n == 99) ? 0 : -113 + 2 * n;
}
''', "negative-source-file")

neg("neg_release_notes_particle_like.md", '''# Release notes, gateway firmware 3.4.0

## Fixes
- Modem: `AT+CFUN=15` is no longer sent while the PSM timer runs (#412).
- Modem: a `+CME ERROR: 3` reply to `AT+UPSV=4` on SARA-R510S is now treated as "not supported".
- SMS: `AT+CMGS` waits for the `> ` prompt for 5 s instead of 1 s.

## Known issues
- After `AT+COPS=?` the next command may see `OK` twice on BG95 firmware A04.
''', "negative-changelog")

neg("neg_datasheet_timing_table.txt", '''Table 12: Maximum response time of AT commands

Command                 Max. response time     Final result codes
----------------------  ---------------------  ---------------------------
AT+COPS=?               180 s                  OK / +CME ERROR: <err>
AT+CGATT=1              140 s                  OK / ERROR
AT+QIOPEN               150 s (URC +QIOPEN)    OK / ERROR
AT+QPOWD                300 ms, then POWERED DOWN
AT+CFUN=1,1             15 s                   OK, then RDY
''', "negative-datasheet-table")

neg("neg_particle_serial_inspect.txt", '''$ particle serial inspect
Device: Boron
Platform: 13
Modules
  Bootloader module #0 - version 2101, main location, 49152 bytes max size
    Integrity: PASS
    Address Range: PASS
    Platform: PASS
    Dependencies: PASS
  System module #1 - version 5900, main location, 671744 bytes max size
    Integrity: PASS
    Dependencies: PASS
      Bootloader module #0 - version 2101
      Radio stack module #0 - version 202
  Radio stack module #0 - version 202, main location, 192512 bytes max size
    Integrity: PASS
  User module #1 - version 6, main location, 262144 bytes max size
    UUID: 6F2A1C0E9E2B4D2F8C1AE61A37C7D6E09A11B2C3D4E5F60718293A4B5C6D7E8F
    Integrity: PASS
''', "negative-cli-output")


# ------------------------------------------------------------------------------------------
# Write + self-check
# ------------------------------------------------------------------------------------------

def unesc(s):
    return s.replace('\\"', '"')


def main():
    os.makedirs(LOGS, exist_ok=True)
    for f in os.listdir(LOGS):
        os.remove(os.path.join(LOGS, f))
    labels = {}
    bad = 0
    for name, spec in sorted(LOGSPEC.items()):
        text = "\n".join(spec["lines"]) + "\n"
        if spec["crlf"]:
            text = text.replace("\n", "\r\n")
        with open(os.path.join(LOGS, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        tx = [{"command": c, "final": fl} for c, fl in spec["labels"]]
        labels[name] = {"transactions": tx, "total": len(tx), "has_transactions": bool(tx),
                        "shape": spec["shape"], "module": spec["module"], "verified": spec["verified"]}
        hay = text + unesc(text)
        for c, fl in spec["labels"]:
            if c not in hay:
                print("SELF-CHECK: %s: command %r not in log" % (name, c)); bad += 1
            if fl is not None and fl not in hay:
                print("SELF-CHECK: %s: final %r not in log" % (name, fl)); bad += 1
        n = len(tx)
        if spec["labels"] and not (3 <= n <= 15):
            print("SELF-CHECK: %s: %d transactions (want 3-15)" % (name, n)); bad += 1
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
        f.write("\n")
    tot = sum(v["total"] for v in labels.values())
    ver = [k for k, v in labels.items() if v["verified"]]
    print("%d logs, %d labelled transactions, %d null finals; %d verified logs (%d transactions)" % (
        len(labels), tot, sum(1 for v in labels.values() for t in v["transactions"] if t["final"] is None),
        len(ver), sum(labels[k]["total"] for k in ver)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
