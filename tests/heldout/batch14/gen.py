#!/usr/bin/env python3
"""Write holdout14 logs/ and labels.json deterministically.

Every log is one session description: a list of T (a command the host sent, its reply lines
and its final result), U (an unsolicited line) and N (a line the tool or person adds). The
session is first turned into a stream of events (what went out, what came back, notes), then a
renderer per shape prints those events the way the tool does (format learnt from the public
source named in SOURCES.md, or from memory where SOURCES.md says so). Labels are taken from the
same session, so labels and log cannot drift apart. All values are invented.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")


class T:
    def __init__(self, cmd, resp=(), final="OK", prompt=None, payload=None, after=(),
                 partial=(), label=True, noblank=False, typed=None):
        self.cmd = cmd
        self.resp = list(resp)
        self.final = final
        self.prompt = prompt      # "> " SMS / ">" socket / "CONNECT" / "@" ...
        self.payload = payload    # what the host wrote after the prompt
        self.after = list(after)  # URCs arriving after the final
        self.partial = list(partial)  # lines received before the capture ends / timeout
        self.label = label
        self.noblank = noblank    # the module prints no blank line before the reply
        self.typed = typed        # what the person typed, when it differs (terminal backspaces)


class U:
    def __init__(self, line):
        self.line = line


class N:
    def __init__(self, text):
        self.text = text


def labels_of(items):
    return [{"command": it.cmd, "final": it.final} for it in items if isinstance(it, T) and it.label]


def events(items, echo=True):
    """('tx', cmd) ('rx', line) ('pl', payload) ('note', text) ('end', T) in order."""
    ev = []
    for it in items:
        if isinstance(it, N):
            ev.append(("note", it.text))
        elif isinstance(it, U):
            ev.append(("rx", ""))
            ev.append(("rx", it.line))
        else:
            ev.append(("tx", it.cmd, it))
            if echo:
                ev.append(("rx", it.cmd))
            if it.prompt is not None:
                ev.append(("prompt", it.prompt))
                if it.payload is not None:
                    ev.append(("pl", it.payload))
            if it.resp:
                if not it.noblank:
                    ev.append(("rx", ""))
                for r in it.resp:
                    ev.append(("rx", r))
            for r in it.partial:
                ev.append(("rx", r))
            if it.final is not None:
                if not it.noblank:
                    ev.append(("rx", ""))
                ev.append(("rx", it.final))
            ev.append(("end", it))
            for u in it.after:
                ev.append(("rx", ""))
                ev.append(("rx", u))
            c = it.cmd.upper().replace(" ", "")
            if it.final == "OK" and (c.startswith("ATE0") or c.endswith(";E0") or "E0;" in c or c == "AT&FE0"):
                echo = False
            if it.final == "OK" and (c.startswith("ATE1") or c == "ATE"):
                echo = True
    return ev


def raw(items, echo=True, local_echo=False, prompt_inline=True):
    """A terminal capture: what came back from the module (its echo), typed text only with
    local echo. The SMS prompt '> ' and the typed text share a line."""
    out = []
    cur = None
    for e in events(items, echo):
        k = e[0]
        if k == "note":
            out.append(e[1])
        elif k == "tx":
            t = e[2]
            if local_echo:
                out.append(t.typed or t.cmd)
        elif k == "rx":
            out.append(e[1])
        elif k == "prompt":
            cur = e[1]
            if not prompt_inline:
                out.append(e[1])
        elif k == "pl":
            if prompt_inline:
                out.append((cur or "") + e[1])
            else:
                out.append(e[1])
            cur = None
        elif k == "end":
            if cur is not None and prompt_inline:
                out.append(cur)
            cur = None
    return out


def hexwords(data):
    b = data.encode("latin-1")
    words = [b[i:i + 4].hex() for i in range(0, min(len(b), 32), 4)]
    return " ".join(words)


def write(name, lines, nl="\n", enc="utf-8", final_nl=True):
    text = nl.join(lines) + (nl if final_nl else "")
    with open(os.path.join(LOGS, name), "w", encoding=enc, newline="") as f:
        f.write(text)


LABELS = {}


def add(name, items, shape, module, lines, **kw):
    write(name, lines, **kw)
    labs = labels_of(items)
    LABELS[name] = {"transactions": labs, "total": len(labs), "has_transactions": bool(labs),
                    "shape": shape, "module": module}


def add_neg(name, text, shape, module=""):
    with open(os.path.join(LOGS, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    LABELS[name] = {"transactions": [], "total": 0, "has_transactions": False,
                    "shape": shape, "module": module}


def clock(h, m, s, ms=0):
    """A millisecond clock that advances."""
    st = [((h * 60 + m) * 60 + s) * 1000 + ms]

    def tick(d=0):
        st[0] += d
        v = st[0]
        return v // 3600000, (v // 60000) % 60, (v // 1000) % 60, v % 1000
    return tick


# ============================================================================================
# NEW shapes
# ============================================================================================

def kannel_e3372():
    """Kannel smsc_at2.c: debug("bb.smsc.at2", 0, "AT2[%s]: --> %s^M") / "AT2[%s]: <-- %s";
    empty lines are not logged; gwlib log prefix 'YYYY-MM-DD hh:mm:ss [pid] [thread] DEBUG: '."""
    items = [
        T("ATZ", final="OK"),
        T("ATE0", final="OK"),
        T("AT+IFC=2,2", final="ERROR"),
        T("AT+CPIN?", ["+CPIN: READY"]),
        T("AT+CMGF=0"),
        T("AT+CSMS=?", ["+CSMS: (0,1)"]),
        T("AT+CNMI=2,1,2,2,0"),
        T("AT+CPMS=\"SM\",\"SM\",\"SM\"", ["+CPMS: 2,30,2,30,2,30"]),
        T("AT+CSQ", ["+CSQ: 16,99"]),
        T("AT+CMGL=4", ["+CMGL: 1,0,,24", "07911356131313F3040B911356971122F3000062217031740000044CB0D1B0C",
                         "+CMGL: 2,0,,22", "07911356131313F3040B911356971122F300006221703185000003C170380C"]),
        T("AT+CMGD=1"),
        T("AT+CMGD=2", final="+CMS ERROR: 321"),
        T("AT+CSQ", ["+CSQ: 15,99"]),
    ]
    out = ["2026-12-07 09:12:01 [4412] [0] INFO: Kannel bearerbox II version 1.4.5 starting",
           "2026-12-07 09:12:01 [4412] [6] INFO: AT2[huawei-e3372]: opening device",
           "2026-12-07 09:12:01 [4412] [6] DEBUG: AT2[huawei-e3372]: device opened. Telnet mode = 0",
           "2026-12-07 09:12:02 [4412] [6] DEBUG: AT2[huawei-e3372]: detecting modem type"]
    s = 2
    echo = True
    for e in events(items, echo=True):
        if e[0] == "tx":
            s += 1
            out.append("2026-12-07 09:12:%02d [4412] [6] DEBUG: AT2[huawei-e3372]: --> %s^M" % (s % 60, e[1]))
        elif e[0] == "rx" and e[1]:
            out.append("2026-12-07 09:12:%02d [4412] [6] DEBUG: AT2[huawei-e3372]: <-- %s" % (s % 60, e[1]))
        if e[0] == "end" and e[1].cmd == "ATE0":
            out.append("2026-12-07 09:12:%02d [4412] [6] INFO: AT2[huawei-e3372]: AT SMSC successfully opened." % (s % 60))
    out.append("2026-12-07 09:12:%02d [4412] [6] DEBUG: AT2[huawei-e3372]: Deleting message 2 failed, will retry" % (s % 60))
    add("kannel_at2_e3372.log", items, "kannel-at2-debug", "Huawei E3372h", out)


def smsd_ec200a():
    """smstools3 smsd.log: 'YYYY-MM-DD hh:mm:ss,<level>, GSM1: -> CMD', 'Command is sent,
    waiting for the answer. (n)', '<- answer' with CR/LF turned to spaces (one line)."""
    items = [
        T("AT", final="OK"),
        T("ATE0", final="OK"),
        T("AT+CPIN?", ["+CPIN: READY"]),
        T("AT+CSQ", ["+CSQ: 22,99"]),
        T("AT+CREG?", ["+CREG: 0,5"]),
        T("AT+CPMS?", ["+CPMS: \"SM\",0,50,\"SM\",0,50,\"SM\",0,50"]),
        T("AT+CMGF=0"),
        T("AT+CMGS=23", final="+CMS ERROR: 304", prompt="> ", payload="0001000B919471325476F80000"),
        T("AT+CMGS=22", final="OK", resp=["+CMGS: 41"], prompt="> ", payload="0001000B919471325476F8000009C8329BFD06"),
        T("AT+CMGL=4", final=None),
        T("AT", final="OK"),
    ]
    out = ["2026-12-07 14:02:11,2, smsd: Smsd v3.1.21 started.",
           "2026-12-07 14:02:11,6, smsd: Running as smsd:dialout.",
           "2026-12-07 14:02:11,5, GSM1: Modem handler 0 has started. PID: 1732.",
           "2026-12-07 14:02:11,6, GSM1: Checking if modem is ready"]
    sec = 12
    for it in items:
        sec += 1
        ts = "2026-12-07 14:02:%02d" % sec
        out.append("%s,7, GSM1: -> %s" % (ts, it.cmd))
        if it.cmd.startswith("AT+CMGS"):
            out.append("%s,7, GSM1: Command is sent, waiting for the answer. (5)" % ts)
            out.append("%s,7, GSM1: <- >" % ts)
            out.append("%s,7, GSM1: -> %s\x1a" % (ts, it.payload))
            out.append("%s,7, GSM1: Command is sent, waiting for the answer. (12)" % ts)
            ans = " ".join(it.resp + [it.final])
            out.append("%s,7, GSM1: <- %s" % (ts, ans))
            if it.final.startswith("+CMS"):
                out.append("%s,3, GSM1: The modem answer was not OK: %s" % (ts, it.final))
                out.append("%s,5, GSM1: Sending SMS to 4917234567 failed, trying time 1." % ts)
            else:
                out.append("%s,5, GSM1: SMS sent, Message_id: 41, To: 4917234567, sending time 3 sec." % ts)
            continue
        out.append("%s,7, GSM1: Command is sent, waiting for the answer. (%d)" % (ts, 10 if it.cmd == "ATE0" else 5))
        if it.final is None:
            sec += 5
            out.append("2026-12-07 14:02:%02d,7, GSM1: No answer, timeout occurred. 1." % sec)
            out.append("2026-12-07 14:02:%02d,7, GSM1: <- " % sec)
            out.append("2026-12-07 14:02:%02d,5, GSM1: Checking if modem is ready" % sec)
            continue
        out.append("%s,7, GSM1: <- %s" % (ts, " ".join(it.resp + [it.final])))
        if it.cmd == "AT+CSQ":
            out.append("%s,6, GSM1: Signal Quality Indicator: -69 dBm (Excellent), Bit Error Rate: not known or not detectable" % ts)
        if it.cmd == "AT+CREG?":
            out.append("%s,6, GSM1: Modem is registered to a roaming partner network" % ts)
    add("smsd_ec200a_gsm1.log", items, "smstools3-smsd-log", "Quectel EC200A-EU", out)


def esphome_sim800c():
    """ESPHome sim800l component: ESP_LOGV(TAG, "S: %s - %d", cmd, state) on every write and
    ESP_LOGV(TAG, "R: %s - %d", line, state) per non-empty line read (parse_cmd_ returns on
    empty lines); ESPHome logger prefix '[hh:mm:ss][V][sim800l:NNN]: '."""
    items = [
        T("AT", final="OK"),
        T("AT+CNMI=2,2,0,0,0", final="OK"),
        T("AT+CMGF=1", final="OK"),
        T("AT+CREG?", ["+CREG: 0,2"]),
        T("AT+CREG?", ["+CREG: 0,1"]),
        T("AT+CSQ", ["+CSQ: 14,0"]),
        T("AT+CMGL=\"ALL\"", final="OK"),
        T("ATE0", final="OK"),
        T("AT+CMGS=\"+4915112345678\"", final="OK", resp=["+CMGS: 17"], prompt="> ", payload="Pump 2 started"),
        T("AT+CLIP=1", final="OK"),
        T("AT+CSQ", ["+CSQ: 99,99"]),
        T("AT+CREG?", final=None),
    ]
    out = ["INFO Reading configuration /config/pumphouse.yaml...",
           "INFO Starting log output from 192.0.2.44 using esphome API",
           "INFO Successfully connected to pumphouse @ 192.0.2.44 in 0.012s",
           "[09:30:01][C][sim800l:401]: SIM800L:",
           "[09:30:01][C][sim800l:402]:   RSSI: 0 dB"]
    tick = clock(9, 30, 2)
    state = [2]
    line_tx, line_rx = 296, 309
    for e in events(items, echo=True):
        h, m, s, ms = tick(180)
        pre = "[%02d:%02d:%02d]" % (h, m, s)
        if e[0] == "tx":
            out.append("%s[V][sim800l:%d]: S: %s - %d" % (pre, line_tx, e[1], state[0]))
        elif e[0] == "rx" and e[1]:
            out.append("%s[V][sim800l:%d]: R: %s - %d" % (pre, line_rx, e[1], state[0]))
        elif e[0] == "prompt":
            out.append("%s[V][sim800l:%d]: R: > - %d" % (pre, line_rx, state[0]))
        elif e[0] == "pl":
            out.append("%s[V][sim800l:%d]: S: %s - %d" % (pre, line_tx, e[1], state[0]))
        elif e[0] == "end":
            state[0] = (state[0] % 9) + 1
            t = e[1]
            if t.cmd == "AT+CSQ" and t.resp and t.resp[0] != "+CSQ: 99,99":
                out.append("%s[D][sim800l:245]: RSSI: -85 dBm" % pre)
            if t.final is None:
                out.append("%s[W][sim800l:098]: Modem not responding, resetting..." % "[%02d:%02d:%02d]" % tick(5000)[:3])
            if t.cmd.startswith("AT+CMGS"):
                out.append("%s[D][sim800l:203]: SMS sent" % pre)
    add("esphome_sim800c_verbose.log", items, "esphome-sim800l-verbose", "SIMCom SIM800C", out)


def miniterm_nrf9151():
    """pyserial miniterm: '--- Miniterm on PORT  BAUD,8,N,1 ---', '--- Quit: Ctrl+] | Menu:
    Ctrl+T | Help: Ctrl+T followed by Ctrl+H ---', raw received text, '--- exit ---'.
    nRF9151 Serial LTE Modem: echo off, miniterm --echo shows the typed command."""
    items = [
        N("$ python -m serial.tools.miniterm --echo --eol CR /dev/ttyACM0 115200"),
        N("--- Miniterm on /dev/ttyACM0  115200,8,N,1 ---"),
        N("--- Quit: Ctrl+] | Menu: Ctrl+T | Help: Ctrl+T followed by Ctrl+H ---"),
        T("AT", final="OK"),
        T("AT%XSYSTEMMODE=1,1,0,0"),
        T("AT%XSYSTEMMODE?", ["%XSYSTEMMODE: 1,1,0,0"]),
        T("AT+CFUN=1", after=["+CEREG: 2,\"4E2A\",\"0133C905\",7", "+CEREG: 5,\"4E2A\",\"0133C905\",7,,,\"11100000\",\"00001000\""]),
        T("AT%CESQ=1", after=["%CESQ: 54,2,17,2"]),
        T("AT#XSOCKET=1,1,0", ["#XSOCKET: 0,1,6"]),
        T("AT#XCONNECT=\"echo.example.com\",7", ["#XCONNECT: 1"]),
        T("AT#XSEND=\"hello from 9151\"", ["#XSEND: 15"]),
        T("AT#XRECV=10", ["#XRECV: 15", "hello from 9151"]),
        T("AT#XSOCKET=0", final="ERROR"),
        T("AT#XCLOSE=0", ["#XCLOSE: 0"]),
        N("--- exit ---"),
    ]
    add("miniterm_nrf9151_slm.txt", items, "pyserial-miniterm", "Nordic nRF9151 (Serial LTE Modem)",
        raw(items, echo=False, local_echo=True))


def tachyon_rild():
    """Particle Tachyon rild output in journalctl: a 'Weekday Mon dd hh:mm:ss.mmm TZ yyyy:
    Command: CMD, Response:' line, then the response lines (blank ones included) as separate
    journal lines. Starts mid-response (the paste was cut)."""
    items = [
        T("AT+CFUN?", ["+CFUN: 1"]),
        T("AT+CEREG?", ["+CEREG: 2,0"]),
        T("AT+QENG=\"servingcell\"", ["+QENG: \"servingcell\",\"SEARCH\""]),
        T("AT+CEREG?", ["+CEREG: 2,2"]),
        T("AT+COPS?", ["+COPS: 0"]),
        T("AT+CPIN?", ["+CPIN: READY"]),
        T("AT+QCCID", ["+QCCID: 89882390000123456789"]),
        T("AT+CGDCONT?", ["+CGDCONT: 1,\"IPV4V6\",\"particle.io\",\"0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0\",0,0,0,0,,,,,,0,,,,,"]),
        T("AT+CEREG?", ["+CEREG: 2,3"]),
        T("AT+QNWPREFCFG=\"mode_pref\",LTE", final="+CME ERROR: 3"),
        T("AT+CEREG?", ["+CEREG: 2,1,\"9C41\",\"0A3B1F02\",7"]),
    ]
    pre = "Dec 07 18:12:%02d tachyon-5a1f29c0 particle-tachyon-rild[3411]: "
    out = [pre % 9 + "", pre % 9 + "OK"]
    t = 10
    for it in items:
        t += 1
        out.append(pre % t + "Mon Dec 07 18:11:%02d.%03d UTC 2026: Command: %s, Response:" % (t, (t * 37) % 1000, it.cmd))
        for r in it.resp:
            out.append(pre % t + r)
        if it.resp:
            out.append(pre % t)
        out.append(pre % t + it.final)
    add("tachyon_rild_journal.log", items, "particle-tachyon-rild-journal", "Particle Tachyon (Quectel cellular modem)",
        [l.rstrip() if l.endswith(": ") else l for l in out])


def socat_me310():
    """socat -v between a pty and the module: per transfer a header
    '> YYYY/MM/DD hh:mm:ss.uuuuuu  length=N from=A to=B' ('>' left-to-right, '<' back), then the
    data with CR shown as '\\r' before each line break."""
    items = [
        T("AT", final="OK"),
        T("AT#SELINT=2", final="OK"),
        T("AT+CGDCONT=1,\"IP\",\"iot.example.com\""),
        T("AT#WS46?", ["#WS46: 0"]),
        T("AT+CEREG?", ["+CEREG: 0,1"]),
        T("AT#SGACT=1,1", ["#SGACT: 198.51.100.23"]),
        T("AT#SD=1,0,8080,\"collector.example.com\",0,0,1", final="OK"),
        T("AT#SSEND=1", final="OK", prompt=">", payload="GET / HTTP/1.0\r\n\r\n\x1a"),
        T("AT#SRECV=1,64", ["#SRECV: 1,17", "HTTP/1.0 200 OK"]),
        T("AT#SH=1"),
        T("AT#SGACT=1,0", final="+CME ERROR: 555"),
    ]
    out = ["$ socat -v -x0 PTY,link=/tmp/ttyV0,raw,echo=0 /dev/ttyUSB3,b115200,raw,echo=0 2>socat.log",
           "$ cat socat.log"]
    off_o, off_i = 0, 0
    us = 104211
    sec = 5
    for it in items:
        data = it.cmd + "\r"
        us += 1532
        out.append("> 2026/12/07 11:40:%02d.%06d  length=%d from=%d to=%d" % (sec, us, len(data), off_o, off_o + len(data) - 1))
        out.append(it.cmd + "\\r")
        off_o += len(data)
        back = it.cmd + "\r"
        if it.prompt:
            back += "\r\n" + it.prompt + " "
            us += 20000
            out.append("< 2026/12/07 11:40:%02d.%06d  length=%d from=%d to=%d" % (sec, us, len(back), off_i, off_i + len(back) - 1))
            out.append(it.cmd + "\\r\\r")
            out.append(it.prompt + " ")
            off_i += len(back)
            pl = it.payload
            out.append("> 2026/12/07 11:40:%02d.%06d  length=%d from=%d to=%d" % (sec, us + 900, len(pl), off_o, off_o + len(pl) - 1))
            out.append("GET / HTTP/1.0\\r")
            out.append("\\r")
            out.append("\x1a")
            off_o += len(pl)
            back = ""
        for r in it.resp:
            back += "\r\n" + r + "\r\n"
        back += "\r\n" + it.final + "\r\n"
        us += 38000
        sec += 1
        us %= 1000000
        out.append("< 2026/12/07 11:40:%02d.%06d  length=%d from=%d to=%d" % (sec, us, len(back), off_i, off_i + len(back) - 1))
        for ln in back.split("\n")[:-1]:
            out.append(ln.replace("\r", "\\r"))
        off_i += len(back)
    add("socat_v_me310g1.log", items, "socat-verbose", "Telit ME310G1-WW", out)


def pycom_gpy():
    """Pycom LTE REPL: lte.send_at_cmd('AT..') returns the raw reply string (repr in the REPL,
    lines when wrapped in print())."""
    items = [
        T("AT+CFUN?", ["+CFUN: 1"]),
        T("AT+CEREG?", ["+CEREG: 2,2"]),
        T("AT+SQNBANDSEL?", ["+SQNBANDSEL: 0,standard,\"\"", "+SQNBANDSEL: 1,standard,\"3,8,20\""]),
        T("AT+SQNBANDSEL=1,\"standard\",\"20\"", final="ERROR"),
        T("AT+SQNBANDSEL=1,standard,\"20\""),
        T("AT+CEREG=2"),
        T("AT+CGDCONT=1,\"IP\",\"nb.example.com\""),
        T("AT+CSQ", ["+CSQ: 12,99"]),
        T("AT+CEREG?", ["+CEREG: 2,5,\"1F2B\",\"01B4C80D\",9"]),
        T("AT+CGPADDR=1", ["+CGPADDR: 1,\"203.0.113.77\""]),
    ]
    out = ["MicroPython v1.20.0-rc13-0.11.3 on 2026-11-20; GPy with ESP32",
           "Type \"help()\" for more information.",
           ">>> from network import LTE",
           ">>> lte = LTE()"]
    for i, it in enumerate(items):
        body = "\r\n" + "\r\n".join(it.resp) + "\r\n\r\n" + it.final + "\r\n" if it.resp else "\r\n" + it.final + "\r\n"
        if i in (2, 8):
            out.append(">>> print(lte.send_at_cmd('%s'))" % it.cmd.replace("'", "\\'"))
            out.extend(body.split("\r\n")[:-1])
            out.append("")
        else:
            out.append(">>> lte.send_at_cmd('%s')" % it.cmd)
            out.append(repr(body))
        if i == 5:
            out.append(">>> lte.attach(band=20, apn='nb.example.com')")
            out.append(">>> lte.isattached()")
            out.append("False")
    out.append(">>> lte.isattached()")
    out.append("True")
    add("pycom_repl_gpy_monarch.txt", items, "pycom-lte-send_at_cmd", "Pycom GPy (Sequans Monarch)", out)


def vscode_bg77():
    """VS Code Serial Monitor: '---- Opened the serial port COM9 ----', every send as
    '---- Sent utf8 encoded message: "AT..\\r\\n" ----', received text raw."""
    items = [
        T("AT", final="OK"),
        T("ATI", ["Quectel", "BG77", "Revision: BG77LAR02A04"]),
        T("AT+QCFG=\"iotopmode\"", ["+QCFG: \"iotopmode\",2"]),
        T("AT+QCFG=\"iotopmode\",0,1"),
        T("AT+QCFG=\"band\",0,0,80000", final="+CME ERROR: 50"),
        T("AT+QCFG=\"band\",0,80084,80084,1"),
        T("AT+CGDCONT=1,\"IP\",\"m2m.example.com\""),
        T("AT+COPS=0"),
        T("AT+CEREG?", ["+CEREG: 0,2"]),
        T("AT+CEREG?", ["+CEREG: 0,1"]),
        T("AT+QPING=1,\"ping.example.com\"", after=["+QPING: 0,\"203.0.113.9\",32,512,255",
                                                   "+QPING: 0,\"203.0.113.9\",32,448,255"]),
    ]
    out = ["---- Opened the serial port COM9 ----"]
    for e in events(items, echo=True):
        if e[0] == "tx":
            out.append("---- Sent utf8 encoded message: \"%s\\r\\n\" ----" % e[1].replace('"', '\\"'))
        elif e[0] == "rx":
            out.append(e[1])
    out.append("---- Closed the serial port COM9 ----")
    add("vscode_serialmon_bg77.txt", items, "vscode-serial-monitor", "Quectel BG77", out, nl="\r\n")


def usbmon_fm150():
    """usbmon text API (/sys/kernel/debug/usb/usbmon/3u): 'URBtag timestamp S Bo:3:005:2 -115
    len = words' for the host's bulk-out, 'C Bi:3:005:3 0 len = words' for data in; words are
    4-byte big-endian hex groups, at most 32 bytes shown."""
    items = [
        T("AT", final="OK"),
        T("ATE0", final="OK"),
        T("AT+CGMR", ["19500.0000.00.01.02.80"]),
        T("AT+CPIN?", ["+CPIN: READY"]),
        T("AT+CSQ", ["+CSQ: 25,99"]),
        T("AT+GTRAT?", ["+GTRAT: 20,6,3"]),
        T("AT+CGACT=1,1", final="+CME ERROR: 30"),
        T("AT+COPS?", ["+COPS: 0,0,\"Example Net\",13"]),
    ]
    out = ["# cat /sys/kernel/debug/usb/usbmon/3u"]
    ts = 1843011203
    tag = 0xffff9a41c8e2d300
    for e in events(items, echo=True):
        if e[0] == "tx":
            d = e[1] + "\r"
            ts += 913
            out.append("%x %d S Bo:3:005:2 -115 %d = %s" % (tag, ts, len(d), hexwords(d)))
            out.append("%x %d C Bo:3:005:2 0 %d >" % (tag, ts + 81, len(d)))
        elif e[0] == "rx" and e[1]:
            d = e[1] + "\r" if e[1].startswith("AT") else "\r\n" + e[1] + "\r\n"
            ts += 2120
            out.append("%x %d C Bi:3:005:3 0 %d = %s" % (tag + 0x300, ts, len(d), hexwords(d)))
            out.append("%x %d S Bi:3:005:3 -115 2048 <" % (tag + 0x300, ts + 20))
    add("usbmon_fm150.txt", items, "usbmon-text", "Fibocom FM150-AE", out)


def strace_rc7620():
    """strace -tt -e trace=read,write -p PID of a vendor tool talking to /dev/ttyUSB2 (fd 5):
    write(5, "AT..\\r", n) = n / read(5, "...", 4096) = n, C escapes, strings cut at 32 chars
    with '...' (strace's default -s 32)."""
    items = [
        T("ATI", ["Manufacturer: Sierra Wireless, Incorporated", "Model: RC7620", "Revision: SWIX55C_03.10.07.00"]),
        T("AT!GSTATUS?", ["!GSTATUS: ", "Current Time:  1203\t\tTemperature: 41", "Mode:          ONLINE", "LTE band:      B3"]),
        T("AT+CGDCONT?", ["+CGDCONT: 1,\"IPV4V6\",\"internet.example.com\",\"0.0.0.0\",0,0,0,0"]),
        T("AT!SELRAT?", ["!SELRAT: 06, LTE Only"]),
        T("AT!ENTERCND=\"A710\""),
        T("AT!BAND?", ["Index, Name", "00, All bands"]),
        T("AT!BAND=11", final="ERROR"),
        T("AT+CSQ", ["+CSQ: 18,99"]),
    ]
    out = ["# strace -tt -e trace=read,write -p 2291", "strace: Process 2291 attached"]

    def esc(s):
        r = s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t").replace('"', '\\"')
        return r

    def fmt(call, data):
        shown = data if len(data) <= 32 else data[:32]
        dots = "..." if len(data) > 32 else ""
        if call == "write":
            return 'write(5, "%s"%s, %d) = %d' % (esc(shown), dots, len(data), len(data))
        return 'read(5, "%s"%s, 4096) = %d' % (esc(shown), dots, len(data))
    t = [10 * 3600 + 4 * 60 + 11, 120553]
    for it in items:
        def stamp():
            t[1] += 31377
            t[0] += t[1] // 1000000
            t[1] %= 1000000
            return "%02d:%02d:%02d.%06d " % (t[0] // 3600, t[0] // 60 % 60, t[0] % 60, t[1])
        out.append(stamp() + fmt("write", it.cmd + "\r"))
        d = it.cmd + "\r\r\n"
        out.append(stamp() + fmt("read", d))
        d = "".join(r + "\r\n" for r in it.resp)
        if d:
            out.append(stamp() + fmt("read", d))
        out.append(stamp() + fmt("read", "\r\n" + it.final + "\r\n"))
    out.append("^Cstrace: Process 2291 detached")
    add("strace_rc7620.txt", items, "strace-serial", "Sierra Wireless RC7620", out)


def portmon_me906s():
    """Sysinternals Portmon log: '#  time  process  request  port  result  other', writes as
    IRP_MJ_WRITE ... 'Length 9: AT+CSQ.', reads as IRP_MJ_READ with non-printables as '.'."""
    items = [
        T("AT", final="OK"),
        T("AT^SYSINFOEX", ["^SYSINFOEX: 2,3,0,1,,6,\"LTE\",101,\"LTE\""]),
        T("AT+CPIN?", ["+CPIN: READY"]),
        T("AT^NDISDUP=1,1,\"internet.example.com\"", after=["^NDISSTAT: 1,,,\"IPV4\""]),
        T("AT^DHCP?", ["^DHCP: 4d6433c6,f8ffffff,4d6433c6,4d6433c6,0a0b0c0d,0,150000000,150000000"]),
        T("AT^HCSQ?", ["^HCSQ: \"LTE\",49,41,142,28"]),
        T("AT^NDISDUP=1,0", final="+CME ERROR: 100"),
        T("AT+CFUN=1,1", final="OK"),
    ]
    out = []
    n = 0
    t = [0.0]
    proc = "WwanSvc.exe"

    def dots(s):
        return "".join(c if 32 <= ord(c) < 127 else "." for c in s)
    for e in events(items, echo=False):
        if e[0] == "tx":
            n += 1
            t[0] += 0.0131
            d = e[1] + "\r"
            out.append("%d\t%.8f\t%s\tIRP_MJ_WRITE\tHuaweiModem0\tSUCCESS\tLength %d: %s" % (n, t[0], proc, len(d), dots(d)))
        elif e[0] == "end":
            it = e[1]
            d = "".join("\r\n" + r + "\r\n" for r in it.resp) + "\r\n" + it.final + "\r\n"
            n += 1
            t[0] += 0.0427
            out.append("%d\t%.8f\t%s\tIOCTL_SERIAL_WAIT_ON_MASK\tHuaweiModem0\tSUCCESS\t" % (n, t[0], proc))
            n += 1
            out.append("%d\t%.8f\t%s\tIRP_MJ_READ\tHuaweiModem0\tSUCCESS\tLength %d: %s" % (n, t[0] + 0.00002, proc, len(d), dots(d)))
            for u in it.after:
                n += 1
                t[0] += 1.2
                d = "\r\n" + u + "\r\n"
                out.append("%d\t%.8f\t%s\tIRP_MJ_READ\tHuaweiModem0\tSUCCESS\tLength %d: %s" % (n, t[0], proc, len(d), dots(d)))
    add("portmon_me906s.log", items, "portmon-log", "Huawei ME906s-158", out, nl="\r\n")


def cu_rg500q():
    """cu -l /dev/ttyUSB2 -s 115200: 'Connected.' then the raw session, '~.' and 'Disconnected.'.
    The user mistypes a command and backspaces (the module's echo carries the BS bytes)."""
    items = [
        N("$ sudo cu -l /dev/ttyUSB2 -s 115200"),
        N("Connected."),
        T("AT", final="OK"),
        T("AT+QENG=\"servingcell\"", ["+QENG: \"servingcell\",\"NOCONN\",\"NR5G-SA\",\"TDD\",262,03,10A2F01,301,1F4A,627264,78,12,-89,-11,18,1,-"]),
        T("AT+QNWPREFCFG=\"nr5g_band\"", ["+QNWPREFCFG: \"nr5g_band\",1:3:7:20:28:38:40:41:77:78"]),
        T("AT+QNWPREFCFG=\"nr5g_band\",78"),
        T("AT+QCAINFO", ["+QCAINFO: \"PCC\",627264,12,\"NR5G BAND 78\",301"]),
        T("AT+QMAP=\"WWAN\"", ["+QMAP: \"WWAN\",1,1,\"IPV4\",\"198.51.100.140\"",
                               "+QMAP: \"WWAN\",1,1,\"IPV6\",\"0:0:0:0:0:0:0:0\""]),
        T("AT+QTEMP", ["+QTEMP:\"modem-lte-sub6-pa1\",\"38\"", "+QTEMP:\"modem-sdr0-pa0\",\"36\""]),
        T("AT+QGPS=1", final="+CME ERROR: 504"),
        T("AT+CGPADDR", ["+CGPADDR: 1,\"198.51.100.140\""]),
        N("~."),
        N(""),
        N("Disconnected."),
    ]
    lines = raw(items, echo=True)
    # the user typed AT+QMAO, backspaced and fixed it: the echo shows the bytes
    lines = [l.replace('AT+QMAP="WWAN"', 'AT+QMAO\x08 \x08P="WWAN"', 1) if l == 'AT+QMAP="WWAN"' else l for l in lines]
    add("cu_rg500q.txt", items, "cu-session", "Quectel RG500Q-EA", lines)


def atinout_em160r():
    """atinout (reads AT commands from a file or stdin, prints the replies): shell prompts and
    the modem's replies; one run with a heredoc holding several commands."""
    items = [
        N("root@gw:~# echo 'ATI' | atinout - /dev/ttyUSB2 -"),
        T("ATI", ["Quectel", "EM160R-GL", "Revision: EM160RGLAPR02A07M4G"]),
        N("root@gw:~# echo 'AT+QNWINFO' | atinout - /dev/ttyUSB2 -"),
        T("AT+QNWINFO", ["+QNWINFO: \"FDD LTE\",\"26203\",\"LTE BAND 3\",1300"]),
        N("root@gw:~# cat << EOF | atinout - /dev/ttyUSB2 -"),
        N("> AT+CGDCONT?"),
        N("> AT+QCFG=\"usbnet\""),
        N("> AT+QCFG=\"usbnet\",2"),
        N("> AT+CFUN=1,1"),
        N("> EOF"),
        T("AT+CGDCONT?", ["+CGDCONT: 1,\"IPV4V6\",\"web.example.com\",\"0.0.0.0\",0,0,0,0"]),
        T("AT+QCFG=\"usbnet\"", ["+QCFG: \"usbnet\",0"]),
        T("AT+QCFG=\"usbnet\",2"),
        T("AT+CFUN=1,1"),
        N("root@gw:~# echo 'AT+QSIMSTAT?' | atinout - /dev/ttyUSB2 -"),
        N("atinout: error opening /dev/ttyUSB2: No such file or directory"),
        N("root@gw:~# sleep 20; echo 'AT+QSIMSTAT?' | atinout - /dev/ttyUSB2 -"),
        T("AT+QSIMSTAT?", ["+QSIMSTAT: 0,1"]),
        N("root@gw:~# echo 'AT+QENG=\"servingcell\"' | atinout - /dev/ttyUSB2 -"),
        T("AT+QENG=\"servingcell\"", final="ERROR"),
    ]
    add("atinout_em160r.txt", items, "atinout-shell", "Quectel EM160R-GL", raw(items, echo=True))


def nodered_sim7070g():
    """Node-RED debug sidebar copied as text: '07/12/2026, 10:41:06  node: to modem' /
    'msg.payload : string[11]' / '"AT+CSQ↵"' for what was sent, 'node: from modem' for each
    line the serial-in node split on \\n."""
    items = [
        T("AT", final="OK"),
        T("AT+CNMP=38"),
        T("AT+CMNB=2"),
        T("AT+CNACT=0,1", after=["+APP PDP: 0,ACTIVE"]),
        T("AT+SMCONF=\"URL\",\"mqtt.example.com\",1883"),
        T("AT+SMCONF=\"CLIENTID\",\"pump-07\""),
        T("AT+SMCONN", final="ERROR"),
        T("AT+SMCONN", final="OK"),
        T("AT+SMPUB=\"site/pump-07/state\",2,1,0", final="OK", prompt=">", payload="on"),
        T("AT+SMDISC"),
    ]
    out = []
    tick = clock(10, 41, 6)
    for e in events(items, echo=True):
        if e[0] in ("tx", "rx", "pl", "prompt"):
            h, m, s, ms = tick(400)
            ts = "07/12/2026, %02d:%02d:%02d" % (h, m, s)
            if e[0] in ("tx", "pl"):
                v = e[1] + ("\u21b5" if e[0] == "tx" else "")
                out += ["%s  node: to modem" % ts, "sim7070/out : msg.payload : string[%d]" % (len(e[1]) + (1 if e[0] == "tx" else 0)), '"%s"' % v]
            else:
                if e[1] == "":
                    continue
                v = e[1] + "\u21b5"
                out += ["%s  node: from modem" % ts, "sim7070/in : msg.payload : string[%d]" % (len(e[1]) + 1), '"%s"' % v]
    add("nodered_debug_sim7070g.txt", items, "node-red-debug-sidebar", "SIMCom SIM7070G", out)


def teams_cavli():
    """Microsoft Teams chat copied as text: 'Name  hh:mm' header lines, a picocom capture pasted
    as plain text (no fence), a reply interleaved."""
    items = [
        T("AT", final="OK"),
        T("ATI", ["Cavli Wireless", "C16QS", "Revision: C16QS.V1.3.0.B07"]),
        T("AT+CPIN?", ["+CPIN: READY"]),
        T("AT+CGDCONT=1,\"IP\",\"iot.example.com\""),
        T("AT+CFUN=1"),
        T("AT+CEREG?", ["+CEREG: 0,2"]),
        T("AT+CEREG?", ["+CEREG: 0,3"]),
        T("AT+CEER", ["+CEER: \"EMM cause 15 - No suitable cells in tracking area\""]),
        T("AT+COPS=?", final=None),
    ]
    body = raw(items, echo=True)
    cut = body.index("AT+CEREG?")
    out = ["Marta Nowak  09:14",
           "hi, C16QS on our board never registers, here is what I get:",
           "term@ws12:~$ picocom -b 115200 /dev/ttyUSB1",
           "picocom v3.1", "", "port is        : /dev/ttyUSB1", "flowcontrol    : none",
           "baudrate is    : 115200", "", "Type [C-a] [C-h] to see available commands",
           "Terminal ready"] + body[:cut] + [
           "Jonas Berger  09:16",
           "which SIM? can you run AT+CEER after it fails",
           "Marta Nowak  09:21"] + body[cut:] + [
           "(COPS=? has been running for 4 minutes now, nothing)",
           "Jonas Berger  09:27",
           "cause 15 means the band/cell is not allowed. try AT+CEMODE? and the band list",
           "Like"]
    add("teams_copy_cavli_c16qs.txt", items, "teams-chat-copy+picocom", "Cavli C16QS", out)


def mosh_nrf9151():
    """nRF Connect SDK modem shell (MoSh): 'mosh:~$ at AT..' prints the modem's reply and then
    'OK' / 'ERROR' (the shell's own line), notifications printed as they come."""
    items = [
        T("AT+CFUN?", ["+CFUN: 0"]),
        T("AT%XSYSTEMMODE=0,1,0,0"),
        T("AT%XBANDLOCK=2,\"10000000000000000000\"", final="ERROR"),
        T("AT%XBANDLOCK=2,,\"100\""),
        T("AT+CFUN=1"),
        T("AT+CEREG=5"),
        T("AT+CEREG?", ["+CEREG: 5,2,\"A1B2\",\"00A0C301\",9"]),
        T("AT%XMONITOR", ["%XMONITOR: 5,\"\",\"\",\"26201\",\"A1B2\",9,20,\"00A0C301\",288,6300,41,22,\"\",\"11100000\",\"00100001\",\"01001001\""]),
        T("AT+CSCON?", ["+CSCON: 0"]),
        T("AT%CONEVAL", ["%CONEVAL: 0,1,5,41,22,36,\"00A0C301\",\"26201\",288,6300,20,0,0,0,0,6,1"]),
    ]
    out = ["*** Booting nRF Connect SDK v2.9.0 ***", "MOSH version:       v2.9.0",
           "MOSH build id:      custom", "Network registration status: searching", "mosh:~$ link status"]
    out.append("Modem functional mode: 0 (power off)")
    for it in items:
        out.append("mosh:~$ at %s" % it.cmd)
        out += it.resp
        out.append(it.final)
        if it.cmd == "AT+CFUN=1":
            out.append("Network registration status: searching")
        if it.cmd == "AT+CEREG=5":
            out.append("Network registration status: Connected - roaming")
            out.append("LTE cell changed: Cell ID: 10535681, Tracking area: 41394")
    out.append("mosh:~$ ")
    add("mosh_nrf9151_at.txt", items, "nrf-modem-shell-at", "Nordic nRF9151 (modem shell)", out)


def uartassist_n720():
    """UartAssist (Chinese serial debugging assistant) log with 'show time': a
    '[yyyy-mm-dd hh:mm:ss.mmm]# SEND ASCII>' header then the sent text, '# RECV ASCII>' then what
    came back (echo included)."""
    items = [
        T("AT", final="OK"),
        T("AT+CGSN", ["869012345678901"]),
        T("AT+CCID", ["+CCID: 89860412345678901234"]),
        T("AT+XIIC=1"),
        T("AT+XIIC?", ["+XIIC:    1, 10.67.22.91"]),
        T("AT+TCPSETUP=0,203.0.113.45,9000", after=["+TCPSETUP: 0,OK"]),
        T("AT+TCPSEND=0,10", final="OK", prompt=">", payload="0123456789", resp=["+TCPSEND: 0,10"]),
        T("AT+TCPCLOSE=0", ["+TCPCLOSE: 0,OK"]),
        T("AT+TCPSEND=0,4", final="+TCPSEND: SOCKET ID OPEN FAILED"),
    ]
    out = []
    tick = clock(15, 20, 4)
    for it in items:
        h, m, s, ms = tick(1300)
        out.append("[2026-12-07 %02d:%02d:%02d.%03d]# SEND ASCII>" % (h, m, s, ms))
        out.append(it.cmd)
        out.append("")
        h, m, s, ms = tick(160)
        out.append("[2026-12-07 %02d:%02d:%02d.%03d]# RECV ASCII>" % (h, m, s, ms))
        rec = [it.cmd]
        if it.prompt:
            rec.append(it.prompt)
            out += rec + [""]
            h, m, s, ms = tick(700)
            out.append("[2026-12-07 %02d:%02d:%02d.%03d]# SEND ASCII>" % (h, m, s, ms))
            out += [it.payload, ""]
            h, m, s, ms = tick(300)
            out.append("[2026-12-07 %02d:%02d:%02d.%03d]# RECV ASCII>" % (h, m, s, ms))
            rec = []
        for r in it.resp:
            rec += ["", r]
        rec += ["", it.final]
        out += rec + [""]
        for u in it.after:
            h, m, s, ms = tick(900)
            out += ["[2026-12-07 %02d:%02d:%02d.%03d]# RECV ASCII>" % (h, m, s, ms), "", u, ""]
    add("uartassist_n720.txt", items, "uartassist-timestamps", "Neoway N720", out, nl="\r\n")


def whatsapp_a7670e():
    """WhatsApp chat export (.txt): '[07/12/26, 10:42:13] Name: text', continuation lines of a
    multi-line message start without the bracket; an Arduino monitor capture pasted in two
    messages."""
    items = [
        T("AT", final="OK"),
        T("AT+CPIN?", ["+CPIN: READY"]),
        T("AT+CSQ", ["+CSQ: 21,99"]),
        T("AT+CGREG?", ["+CGREG: 0,1"]),
        T("AT+HTTPINIT"),
        T("AT+HTTPPARA=\"URL\",\"http://api.example.com/v1/ping\""),
        T("AT+HTTPACTION=0", after=["+HTTPACTION: 0,200,15"]),
        T("AT+HTTPREAD=0,15", ["+HTTPREAD: 15", "{\"status\":\"ok\"}", "+HTTPREAD: 0"]),
        T("AT+HTTPTERM"),
        T("AT+HTTPINIT", final="ERROR"),
    ]
    body = raw(items, echo=True)
    cut = body.index("AT+HTTPINIT")
    out = ["[07/12/26, 10:40:02] Ravi: the a7670 http thing works now",
           "[07/12/26, 10:40:31] Ravi: " + body[0]] + body[1:cut] + [
           "[07/12/26, 10:41:10] Ravi: " + body[cut]] + body[cut + 1:] + [
           "[07/12/26, 10:41:40] Ravi: only the second HTTPINIT after TERM gives ERROR??",
           "[07/12/26, 10:44:05] Anna: wait ~1s after HTTPTERM, it is still closing"]
    add("whatsapp_a7670e.txt", items, "whatsapp-export+arduino-monitor", "SIMCom A7670E", out)


# ============================================================================================
# OLD shapes, new modules and content
# ============================================================================================

def tinygsm_sara_r412():
    """TinyGSM + StreamDebugger: host writes and module bytes interleaved (command twice while
    the echo is on), '[ms] ### ' DBG lines of the library."""
    items = [
        T("AT", final=None),
        T("AT", final="OK"),
        T("ATE0", final="OK"),
        T("AT+CMEE=2"),
        T("AT+CPIN?", ["+CPIN: READY"]),
        T("AT+CEREG?", ["+CEREG: 0,2"]),
        T("AT+CEREG?", ["+CEREG: 0,5"]),
        T("AT+USOCR=6", ["+USOCR: 0"]),
        T("AT+USOCO=0,\"203.0.113.10\",80", final="+CME ERROR: operation not allowed"),
        T("AT+USOCL=0"),
        T("AT+USOCR=6", ["+USOCR: 0"]),
        T("AT+USOCO=0,\"203.0.113.10\",80"),
        T("AT+USOWR=0,18", final="OK", prompt="@", payload="GET / HTTP/1.0\r\n\r\n", resp=["+USOWR: 0,18"]),
    ]
    out = ["[1203] ### TinyGSM Version: 0.12.0", "[1203] ### TinyGSM Compiled Module:  TinyGsmClientSaraR4",
           "AT"]
    ms = 1203
    echo = True
    for it in items[1:]:
        ms += 611
        out.append(it.cmd)
        if echo:
            out.append(it.cmd)
        if it.prompt:
            out.append(it.prompt + it.payload.split("\r\n")[0])
            out.append("")
            out.append("")
        if it.resp:
            out.append("")
            out += it.resp
        out.append("")
        out.append(it.final)
        if it.cmd == "ATE0":
            echo = False
        if it.cmd == "AT+CMEE=2":
            out.append("[%d] ### Modem: u-blox SARA-R412M-02B" % ms)
    out.append("+UUSORD: 0,312")
    out.append("[%d] ### Got Data: 0" % (ms + 900))
    add("tinygsm_sara_r412m_socket.log", items, "tinygsm-streamdebugger", "u-blox SARA-R412M", out)


def mm_em05g():
    """ModemManager debug in the journal: '[modem0/ttyUSB2/at] --> 'AT..<CR>'' /
    '<-- '<CR><LF>..<CR><LF>''."""
    items = [
        T("AT+CGMI", ["Quectel"]),
        T("AT+CGMM", ["EM05"]),
        T("AT+QCFG=\"usbnet\"", ["+QCFG: \"usbnet\",2"]),
        T("AT+CPIN?", final="+CME ERROR: 14"),
        T("AT+CPIN?", ["+CPIN: READY"]),
        T("AT+CSQ", ["+CSQ: 23,99"]),
        T("AT+COPS=3,2;+COPS?", ["+COPS: 0,2,\"26202\",7"]),
        T("AT+CGDCONT?", ["+CGDCONT: 1,\"IPV4V6\",\"web.example.com\",\"0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0\",0,0,0,0"]),
        T("AT+CEREG?", ["+CEREG: 2,1,\"3A4F\",\"1C2D3E4\",7"]),
        T("AT+CGCONTRDP=1", final=None),
    ]
    out = []
    s = 40.112
    for it in items:
        s += 0.217
        pre = "Dec 07 08:21:%02d thinkpad ModemManager[902]: <debug> [17651977%05.3f] " % (int(s), s)
        out.append(pre + "[modem0/ttyUSB2/at] --> '%s<CR>'" % it.cmd)
        if it.final is None:
            s += 3
            out.append("Dec 07 08:21:%02d thinkpad ModemManager[902]: <debug> [17651977%05.3f] [modem0/ttyUSB2/at] serial command timed out" % (int(s), s))
            out.append("Dec 07 08:21:%02d thinkpad ModemManager[902]: <warn>  [17651977%05.3f] [modem0] couldn't load PDP context runtime info: Serial command timed out" % (int(s), s))
            continue
        body = "".join("<CR><LF>%s<CR><LF>" % r for r in it.resp) + "<CR><LF>%s<CR><LF>" % it.final
        out.append(pre + "[modem0/ttyUSB2/at] <-- '%s'" % body)
        if it.cmd == "AT+CGMM":
            out.append(pre + "[modem0/ttyUSB2/at] <-- '<CR><LF>+QIND: \"csq\",23,99<CR><LF>'")
    add("mm_journal_em05g.log", items, "modemmanager-debug-journal", "Quectel EM05-G", out)


def pppd_le910c4():
    """pppd chat -v under syslog: send (AT^M), expect (OK), echo 'AT^M^M', OK, ' -- got it'."""
    items = [
        T("ATZ"),
        T("ATE1"),
        T("AT+CGDCONT=1,\"IP\",\"broadband.example.com\""),
        T("AT#SELINT?", ["#SELINT: 2"]),
        T("ATD*99***1#", final="CONNECT"),
    ]
    out = []
    ln = "Dec  7 12:30:%02d router pppd[2101]: pppd 2.4.9 started by root, uid 0"
    out.append(ln % 1)
    pre = "Dec  7 12:30:%02d router chat[2103]: "
    s = 2
    out.append(pre % s + "abort on (BUSY)")
    out.append(pre % s + "abort on (NO CARRIER)")
    out.append(pre % s + "abort on (ERROR)")
    for it in items:
        s += 1
        out.append(pre % s + "send (%s^M)" % it.cmd)
        exp = "CONNECT" if it.cmd.startswith("ATD") else "OK"
        out.append(pre % s + "expect (%s)" % exp)
        out.append(pre % s + "%s^M^M" % it.cmd)
        for r in it.resp:
            out.append(pre % s + r + "^M")
        out.append(pre % s + it.final.split()[0] if exp == "CONNECT" else pre % s + "OK")
        out.append(pre % s + " -- got it")
        out.append(pre % s + "")
    out.append(pre % s + "send (\\d)")
    out.append("Dec  7 12:30:%02d router pppd[2101]: Script /usr/sbin/chat -v -f /etc/chatscripts/le910 finished (pid 2103), status = 0x0" % s)
    out.append("Dec  7 12:30:%02d router pppd[2101]: Serial connection established." % s)
    out.append("Dec  7 12:30:%02d router pppd[2101]: Using interface ppp0" % s)
    out.append("Dec  7 12:30:%02d router pppd[2101]: local  IP address 198.51.100.201" % (s + 2))
    add("pppd_chat_le910c4.log", items, "pppd-chat-syslog", "Telit LE910C4-NF", out)


def zephyr_me910g1():
    """Zephyr modem_chat debug: '<dbg> modem_chat: modem_chat_script_next: sending: X',
    'modem_chat_log_received_command: line' (argv joined with spaces)."""
    items = [
        T("AT", final="OK"),
        T("ATE0", final="OK"),
        T("AT+CFUN=4"),
        T("AT+CGMM", ["ME910G1-WW"]),
        T("AT#WS46=3"),
        T("AT+CGDCONT=1,\"IP\",\"lpwa.example.com\""),
        T("AT+CFUN=1"),
        T("AT+CEREG?", ["+CEREG: 1,2"]),
        T("AT+CSQ", ["+CSQ: 99,99"]),
        T("AT+CMUX=0,0,5,127", final="+CME ERROR: 4"),
    ]
    out = ["*** Booting Zephyr OS build v4.0.0 ***"]
    tick = clock(0, 0, 1, 100)
    script = "init_chat_script"
    for e in events(items, echo=False):
        h, m, s, ms = tick(47)
        ts = "[%02d:%02d:%02d.%03d,%03d]" % (h, m, s, ms, 0)
        if e[0] == "tx":
            idx = [x for x in items].index(e[2])
            out.append("%s <dbg> modem_chat: modem_chat_script_next: %s: step: %d" % (ts, script, idx))
            out.append("%s <dbg> modem_chat: modem_chat_script_next: sending: %s" % (ts, e[1]))
        elif e[0] == "rx" and e[1]:
            out.append("%s <dbg> modem_chat: modem_chat_log_received_command: %s" % (ts, e[1].replace(",", " ")))
    out.append("[00:00:02.020,000] <dbg> modem_chat: modem_chat_script_stop: %s: aborted" % script)
    out.append("[00:00:02.020,000] <wrn> modem_cellular: modem_cellular_event_handler: CMUX not accepted, idle")
    add("zephyr_modem_chat_me910g1.log", items, "zephyr-modem_chat", "Telit ME910G1-WW", out)


def espmodem_sim7000e():
    """esp_modem command_lib: 'D (ms) command_lib: generic_command command AT..' (the command
    still holding its CR, so a blank line follows), then the raw response."""
    items = [
        T("AT", final="OK"),
        T("ATE0", final="OK"),
        T("AT+CPIN?", ["+CPIN: READY"]),
        T("AT+CSQ", ["+CSQ: 17,99"]),
        T("AT+CNMP=38"),
        T("AT+CMNB=1"),
        T("AT+CBANDCFG=\"CAT-M\",3,8,20"),
        T("AT+CGDCONT=1,\"IP\",\"catm.example.com\""),
        T("AT+CGREG?", ["+CGREG: 0,1"]),
        T("ATD*99#", final="CONNECT 150000000"),
    ]
    out = ["I (318) cpu_start: Starting scheduler on PRO CPU.", "I (512) modem_demo: Initializing esp_modem for the SIM7000 module..."]
    ms = 600
    for it in items:
        ms += 142
        out.append("D (%d) command_lib: generic_command command %s" % (ms, it.cmd))
        out.append("")
        ms += 58
        body = ["", it.cmd] if it.cmd in ("AT", "ATE0") else []
        for r in it.resp:
            body += ["", r]
        body += ["", it.final]
        out.append("V (%d) command_lib: Response: " % ms + body[0])
        out += body[1:]
    out.append("I (2230) modem_demo: Modem Connect to PPP Server")
    out.append("I (4311) esp-netif_lwip-ppp: Connected")
    out.append("I (4311) modem_demo: IP          : 198.51.100.58")
    add("espmodem_sim7000e_ppp.log", items, "esp-modem-command-lib", "SIMCom SIM7000E", out)


def mbed_ec21():
    """Mbed OS cellular ATHandler trace: '[DBG ][CELL]: AT TX ( n): AT..[CR]' and
    '[DBG ][CELL]: AT RX ( n): ...' with [CR][LF] shown."""
    items = [
        T("AT", final="OK"),
        T("ATE0", final="OK"),
        T("AT+CMEE=1"),
        T("AT+CFUN=1"),
        T("AT+CPIN?", ["+CPIN: READY"]),
        T("AT+CGDCONT?", ["+CGDCONT: 1,\"IP\",\"\",\"0.0.0.0\",0,0"]),
        T("AT+CGDCONT=1,\"IP\",\"iot.example.com\""),
        T("AT+CEREG=2"),
        T("AT+CEREG?", ["+CEREG: 2,1,\"5B1C\",\"02A3F10\",7"]),
        T("AT+QIACT=1", final="+CME ERROR: 30"),
        T("AT+QIACT?", final="OK"),
    ]
    out = ["[INFO][CELL]: New CellularContext  (20003a48)", "[INFO][CELL]: CellularContext connect"]
    echo = True
    for it in items:
        d = it.cmd + "[CR]"
        out.append("[DBG ][CELL]: AT TX (%2d): %s" % (len(it.cmd) + 1, d))
        rx = (it.cmd + "[CR]" if echo else "") + "".join("[CR][LF]%s[CR][LF]" % r for r in it.resp) + "[CR][LF]%s[CR][LF]" % it.final
        n = len(rx.replace("[CR]", "\r").replace("[LF]", "\n"))
        out.append("[DBG ][CELL]: AT RX (%2d): %s" % (n, rx))
        if it.cmd == "ATE0":
            echo = False
        if it.final.startswith("+CME"):
            out.append("[WARN][CELL]: AT error code 30")
    out.append("[INFO][CELL]: Network registration status: 1")
    add("mbed_trace_ec21.log", items, "mbed-cellular-trace", "Quectel EC21-E", out)


def gsmmodem_m66():
    """python-gsmmodem logging: 'DEBUG:gsmmodem.modem.GsmModem:write: CMD' and
    'DEBUG:gsmmodem.serial_comms.SerialComms:response: [...]' (whole reply as a list)."""
    items = [
        T("ATZ"),
        T("ATE0", final="OK"),
        T("AT+CFUN?", ["+CFUN: 1"]),
        T("AT+CMEE=1"),
        T("AT+CPIN?", ["+CPIN: READY"]),
        T("AT+CGMI", ["Quectel_Ltd"]),
        T("AT+CGMM", ["Quectel_M66"]),
        T("AT+CLAC", final="ERROR"),
        T("AT+CMGF=1"),
        T("AT+CSCS=\"GSM\""),
        T("AT+CMGS=\"+447700900123\"", final="+CMS ERROR: 500", prompt="> ", payload="Gate open"),
    ]
    out = []
    echo = True
    for it in items:
        out.append("DEBUG:gsmmodem.modem.GsmModem:write: %s" % it.cmd)
        if it.prompt:
            out.append("DEBUG:gsmmodem.serial_comms.SerialComms:response: ['> ']")
            out.append("DEBUG:gsmmodem.modem.GsmModem:write: %s\x1a" % it.payload)
        lst = ([it.cmd] if echo else []) + it.resp + [it.final]
        if it.prompt:
            lst = it.resp + [it.final]
        out.append("DEBUG:gsmmodem.serial_comms.SerialComms:response: %s" % repr(lst))
        if it.cmd == "ATE0":
            echo = False
        if it.cmd == "AT+CPIN?":
            out.append("DEBUG:gsmmodem.serial_comms.SerialComms:notification: ['Call Ready']")
            out.append("DEBUG:gsmmodem.serial_comms.SerialComms:notification: ['SMS Ready']")
    out += ["Traceback (most recent call last):",
            "  File \"/home/pi/gate/send.py\", line 22, in <module>",
            "    modem.sendSms(DEST, 'Gate open')",
            "gsmmodem.exceptions.CmsError: CMS 500"]
    add("gsmmodem_m66_sms.log", items, "python-gsmmodem-debug", "Quectel M66", out)


def particle_eg91():
    """Particle Device OS gen3 '%010u [ncp.at] TRACE: > CMD' / '< line'."""
    items = [
        T("AT", final="OK"),
        T("ATE0", final="OK"),
        T("AT+CMEE=2"),
        T("AT+QCCID", ["+QCCID: 89014103271234567890"]),
        T("AT+QCFG=\"nwscanmode\"", ["+QCFG: \"nwscanmode\",3"]),
        T("AT+CGDCONT=1,\"IP\",\"m2m.example.com\""),
        T("AT+COPS=0", final="+CME ERROR: no network service"),
        T("AT+CEREG?", ["+CEREG: 2,0"]),
        T("AT+CEREG?", ["+CEREG: 2,5,\"2B01\",\"8A3C101\",0"]),
        T("AT+QIOPEN=1,0,\"UDP\",\"udp.example.com\",5684,0,1", final=None),
    ]
    out = ["0000000412 [system] INFO: Device OS 5.9.0 (Boron B524)", "0000001201 [ncp.client] TRACE: Powering modem on, ncpId: 0x48"]
    t = 1201
    for e in events(items, echo=False):
        t += 37
        if e[0] == "tx":
            out.append("%010d [ncp.at] TRACE: > %s" % (t, e[1]))
        elif e[0] == "rx" and e[1]:
            out.append("%010d [ncp.at] TRACE: < %s" % (t, e[1]))
        elif e[0] == "end" and e[1].final is None:
            out.append("%010d [app] INFO: cloud connect timed out" % (t + 60000))
    add("particle_b524_eg91.log", items, "particle-ncp-at-trace", "Quectel EG91-E (Particle B524)", out)


def fona_sim5320():
    """Adafruit FONA debug: '\\t---> cmd', '\\t<--- line' (one getReply per line read)."""
    items = [
        T("AT", final="OK"),
        T("ATE0", final="OK"),
        T("AT+CVHU=0"),
        T("ATI", ["Manufacturer: SIMCOM INCORPORATED", "Model: SIMCOM_SIM5320A", "Revision: SIM5320A_V1.5"]),
        T("AT+CPMS=\"SM\",\"SM\",\"SM\"", ["+CPMS: 1,20,1,20,1,20"]),
        T("AT+CMGF=1"),
        T("AT+CMGR=1", ["+CMGR: \"REC UNREAD\",\"+15555550123\",\"\",\"26/12/07,11:02:13-20\"", "STATUS"]),
        T("AT+CMGS=\"+15555550123\"", final="OK", resp=["+CMGS: 12"], prompt="> ", payload="Battery 3.91V"),
        T("AT+CMGD=1"),
        T("AT+CHTTPACT=\"api.example.com\",80", final="+CME ERROR: 2"),
    ]
    out = ["FONA basic test", "Initializing....(May take 3 seconds)"]
    echo = True
    for it in items:
        out.append("\t---> %s" % it.cmd)
        if echo:
            out.append("\t<--- %s" % it.cmd)
        if it.prompt:
            out.append("\t<--- > ")
            out.append("\t---> %s" % it.payload)
        for r in it.resp:
            out.append("\t<--- %s" % r)
        out.append("\t<--- %s" % it.final)
        if it.cmd == "ATE0":
            echo = False
        if it.cmd == "ATI":
            out.append("Found FONA 3G (American)")
    out.append("Failed!")
    add("fona3g_sim5320a_debug.txt", items, "adafruit-fona-debug", "SIMCom SIM5320A", out)


def linkmon_nrf9161():
    """nRF Connect LTE Link Monitor / Cellular Monitor log: 'ISO8601Z DEBUG modem >> cmd' /
    'DEBUG modem << line'."""
    items = [
        T("AT+CFUN?", ["+CFUN: 4"]),
        T("AT+CGSN=1", ["+CGSN: \"351234567890123\""]),
        T("AT+CGMR", ["mfw_nrf91x1_2.0.2"]),
        T("AT%XICCID", ["%XICCID: 8931081234567890123F"]),
        T("AT+CEREG=5"),
        T("AT%XSYSTEMMODE?", ["%XSYSTEMMODE: 1,0,1,0"]),
        T("AT+CFUN=1"),
        T("AT%CESQ=1"),
        T("AT+CEREG?", ["+CEREG: 5,2,\"7D0E\",\"03F2A101\",7"]),
        T("AT+CPSMS=1,,,\"00100001\",\"00000011\""),
        T("AT+COPS=?", ["+COPS: (2,\"\",\"\",\"26201\",7),(1,\"\",\"\",\"26202\",7),,(0,1,2,3,4),(0,1,2)"]),
    ]
    out = []
    tick = clock(13, 5, 0)
    for e in events(items, echo=False):
        if e[0] == "tx":
            h, m, s, ms = tick(800)
            out.append("2026-12-07T%02d:%02d:%02d.%03dZ DEBUG modem >> %s" % (h, m, s, ms, e[1]))
        elif e[0] == "rx" and e[1]:
            h, m, s, ms = tick(60 if not e[1].startswith("+COPS: (") else 143000)
            out.append("2026-12-07T%02d:%02d:%02d.%03dZ DEBUG modem << %s" % (h, m, s, ms, e[1]))
            if e[1].startswith("+CEREG: 5,2"):
                out.append("2026-12-07T%02d:%02d:%02d.%03dZ DEBUG modem << %%CESQ: 48,2,14,1" % (h, m, s, ms + 3))
    add("linkmonitor_nrf9161_psm.log", items, "nrfconnect-linkmonitor", "Nordic nRF9161", out)


def ril_eg95():
    """AOSP reference-ril logcat -v threadtime: 'AT> cmd' / 'AT< line' under tag 'AT'."""
    items = [
        T("ATE0Q0V1", final="OK"),
        T("AT+CMEE=1"),
        T("AT+CREG=2"),
        T("AT+CGREG=2"),
        T("AT+CCWA=1"),
        T("AT+CMUT=0", final="+CME ERROR: 3"),
        T("AT+CSCS=\"HEX\"", final="ERROR"),
        T("AT+CSQ", ["+CSQ: 19,99"]),
        T("AT+COPS=3,0;+COPS?;+COPS=3,1;+COPS?;+COPS=3,2;+COPS?",
          ["+COPS: 0,0,\"Example Mobile\",7", "+COPS: 0,1,\"ExMob\",7", "+COPS: 0,2,\"310260\",7"]),
        T("AT+CGDCONT?", ["+CGDCONT: 1,\"IPV4V6\",\"ims\",\"0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0\",0,0,0,0"]),
    ]
    out = ["--------- beginning of main"]
    tick = clock(10, 12, 4)
    for e in events(items, echo=False):
        h, m, s, ms = tick(9)
        pre = "12-07 %02d:%02d:%02d.%03d  1388  1402 D AT      : " % (h, m, s, ms)
        if e[0] == "tx":
            out.append(pre + "AT> " + e[1])
        elif e[0] == "rx" and e[1]:
            out.append(pre + "AT< " + e[1])
        if e[0] == "end" and e[1].cmd == "AT+CCWA=1":
            out.append("12-07 %02d:%02d:%02d.%03d  1388  1402 D RILC    : onRequest: GET_SIM_STATUS" % (h, m, s, ms + 1))
            out.append(pre + "AT< +CREG: 2,1,\"2F1A\",\"0B1C2D3\",7")
    add("android_ril_eg95_threadtime.log", items, "android-ril-logcat", "Quectel EG95-NA", out)


def ofono_uc15():
    """oFono debug chat (gatchat): 'ofonod[pid]: Modem: > AT..\\r' and '< \\r\\nOK\\r\\n' with C
    escapes; two channels (Aux / Modem)."""
    items = [
        T("ATE0 +CMEE=1", final="OK"),
        T("AT+CFUN?", ["+CFUN: 4"]),
        T("AT+CFUN=1"),
        T("AT+CPIN?", ["+CPIN: SIM PIN"]),
        T("AT+CPIN=\"1234\"", final="+CME ERROR: 16"),
        T("AT+QPINC=\"SC\"", ["+QPINC: \"SC\",2,10"]),
        T("AT+CPIN=\"4321\""),
        T("AT+CGSN", ["861234512345678"]),
        T("AT+CGREG=2"),
        T("AT+CGATT=1", final=None),
    ]
    out = []
    for i, it in enumerate(items):
        ch = "Aux" if i < 8 else "Modem"
        pre = "Dec  7 16:01:%02d pi ofonod[611]: %s: " % (10 + i, ch)
        out.append(pre + "> %s\\r" % it.cmd)
        if it.final is None:
            continue
        body = "".join("\\r\\n%s\\r\\n" % r.replace('"', '"') for r in it.resp) + "\\r\\n%s\\r\\n" % it.final
        out.append(pre + "< " + body)
        if it.cmd.startswith("AT+CPIN=\"4321"):
            out.append(pre + "< \\r\\n+CPIN: READY\\r\\n")
    out.append("Dec  7 16:02:40 pi ofonod[611]: src/gprs.c:gprs_attach_callback() /quectel_0 error = 1")
    add("ofono_uc15_pin.log", items, "ofono-syslog", "Quectel UC15", out)


def wvdial_e1550():
    """wvdial: '--> Sending: X', the modem's text raw, '--> Modem initialized.'."""
    items = [
        T("ATZ"),
        T("ATQ0 V1 E1 S0=0 &C1 &D2 +FCLASS=0"),
        T("AT+CGDCONT=1,\"IP\",\"mobile.example.com\""),
        T("AT^SYSCFG=2,2,3FFFFFFF,1,2"),
        T("ATDT*99#", final="CONNECT"),
    ]
    out = ["--> WvDial: Internet dialer version 1.61", "--> Initializing modem."]
    for it in items:
        if it.cmd.startswith("ATD"):
            out.append("--> Modem initialized.")
            out.append("--> Sending: %s" % it.cmd)
            out.append("--> Waiting for carrier.")
            out.append(it.cmd)
            out.append("CONNECT")
            out.append("--> Carrier detected.  Starting PPP immediately.")
            continue
        out.append("--> Sending: %s" % it.cmd)
        out.append(it.cmd)
        out += it.resp
        out.append(it.final)
    out += ["--> Starting pppd at Mon Dec  7 17:20:31 2026", "--> Pid of pppd: 3377",
            "--> Using interface ppp0", "--> local  IP address 203.0.113.184"]
    add("wvdial_e1550.txt", items, "wvdial", "Huawei E1550", out)


def sscom_ml307r():
    """SSCOM with time and 'show send': '[hh:mm:ss.mmm]发→◇CMD' + '□' for the appended CRLF,
    '[hh:mm:ss.mmm]收←◆' + reply."""
    items = [
        T("AT", final="OK"),
        T("AT+CGMR", ["ML307R_1.0.4.0_240510"]),
        T("AT+CEREG?", ["+CEREG: 0,1"]),
        T("AT+MIPCALL=1,1", final="ERROR"),
        T("AT+MIPCALL?", ["+MIPCALL: 1,1,\"10.48.201.7\""]),
        T("AT+MIPOPEN=0,\"TCP\",\"203.0.113.80\",7001", after=["+MIPOPEN: 0,0"]),
        T("AT+MIPSEND=0,5", final="OK", prompt=">", payload="HELLO", resp=["+MIPSEND: 0,5"]),
        T("AT+MIPCLOSE=0", after=["+MIPCLOSE: 0,0"]),
    ]
    out = []
    tick = clock(16, 2, 10)
    for it in items:
        h, m, s, ms = tick(2100)
        out.append("[%02d:%02d:%02d.%03d]发→◇%s" % (h, m, s, ms, it.cmd))
        out.append("□")
        h, m, s, ms = tick(90)
        rec = [it.cmd]
        if it.prompt:
            rec.append(it.prompt)
            out.append("[%02d:%02d:%02d.%03d]收←◆" % (h, m, s, ms) + rec[0])
            out += rec[1:]
            h, m, s, ms = tick(900)
            out.append("[%02d:%02d:%02d.%03d]发→◇%s" % (h, m, s, ms, it.payload))
            h, m, s, ms = tick(200)
            rec = [""]
        for r in it.resp:
            rec += ["", r]
        rec += ["", it.final]
        out.append("[%02d:%02d:%02d.%03d]收←◆" % (h, m, s, ms) + rec[0])
        out += rec[1:]
        for u in it.after:
            h, m, s, ms = tick(600)
            out.append("[%02d:%02d:%02d.%03d]收←◆" % (h, m, s, ms))
            out.append(u)
    add("sscom_ml307r_tcp.txt", items, "sscom-serial-tool", "China Mobile ML307R", out, nl="\r\n")


def qcom_ec800n():
    """QCOM 'save with time': '[yyyy-mm-dd_hh:mm:ss:mmm]line', blank lines dropped."""
    items = [
        N("RDY"),
        U("+CFUN: 1"),
        U("+CPIN: READY"),
        U("+QUSIM: 1"),
        U("SMS DONE"),
        T("ATE1", final="OK"),
        T("AT+QICSGP=1,1,\"cmnet\",\"\",\"\",1"),
        T("AT+QIACT=1"),
        T("AT+QIACT?", ["+QIACT: 1,1,1,\"10.112.7.33\""]),
        T("AT+QMTOPEN=0,\"mqtt.example.com\",1883", after=["+QMTOPEN: 0,0"]),
        T("AT+QMTCONN=0,\"ec800n-01\"", after=["+QMTCONN: 0,0,0"]),
        T("AT+QMTSUB=0,1,\"cmd/ec800n-01\",1", after=["+QMTSUB: 0,1,0,1"]),
        T("AT+QMTPUBEX=0,0,0,0,\"up/ec800n-01\",5", final="OK", prompt=">", payload="12.50", after=["+QMTPUBEX: 0,0,0"]),
        T("AT+QMTDISC=0", after=["+QMTDISC: 0,0"]),
        T("AT+QMTCLOSE=0", final="ERROR"),
    ]
    lines = raw(items, echo=False, prompt_inline=False)
    out = []
    tick = clock(9, 1, 0)
    for l in lines:
        if not l:
            continue
        h, m, s, ms = tick(133)
        out.append("[2026-12-07_%02d:%02d:%02d:%03d]%s" % (h, m, s, ms, l))
    add("qcom_ec800n_mqtt.log", items, "qcom-timestamped", "Quectel EC800N-CN", out, nl="\r\n")


def teraterm_air780ep():
    """Tera Term log with timestamps: '[Www Mmm dd hh:mm:ss.mmm yyyy] ' on every line."""
    items = [
        T("AT", final="OK"),
        T("AT+CGMM", ["Air780EP"]),
        T("AT+CPIN?", ["+CPIN: READY"]),
        T("AT+CSTT=\"cmiot\",\"\",\"\""),
        T("AT+CIICR"),
        T("AT+CIFSR", ["10.151.33.8"], final=None),
        T("AT+CIPSTART=\"TCP\",\"203.0.113.66\",8888", after=["CONNECT OK"]),
        T("AT+CIPSEND", final="SEND OK", prompt="> ", payload="ping\x1a"),
        T("AT+CIPSEND=6", final="SEND OK", prompt="> ", payload="ping22"),
        T("AT+CIPCLOSE", final="CLOSE OK"),
        T("AT+CIPSHUT", final="SHUT OK"),
    ]
    lines = raw(items, echo=True, prompt_inline=True)
    # AT+CIFSR answers the IP without OK: fix the rendering (no blank + final)
    out = []
    tick = clock(10, 30, 0)
    for l in lines:
        h, m, s, ms = tick(71)
        out.append("[Mon Dec 07 %02d:%02d:%02d.%03d 2026] %s" % (h, m, s, ms, l.replace("\x1a", "")))
    add("teraterm_ts_air780ep_tcp.log", items, "teraterm-timestamps", "AirM2M Air780EP", out, nl="\r\n")


def docklight_sara_r510s():
    """Docklight ASCII log: 'dd/mm/yyyy hh:mm:ss.mmm [TX] - AT..<CR>' / '[RX] - <CR><LF>..'."""
    items = [
        T("AT", final="OK"),
        T("AT+UMNOPROF=100", final="+CME ERROR: operation not allowed"),
        T("AT+CFUN=0"),
        T("AT+UMNOPROF=100"),
        T("AT+CFUN=16"),
        T("AT+UPSD=0,100,1"),
        T("AT+UPSDA=0,3", after=["+UUPSDA: 0,\"198.51.100.90\""]),
        T("AT+UHTTP=0,1,\"api.example.com\""),
        T("AT+UHTTPC=0,1,\"/v2/health\",\"resp.txt\"", after=["+UUHTTPCR: 0,1,1"]),
        T("AT+URDFILE=\"resp.txt\"", ["+URDFILE: \"resp.txt\",38,\"HTTP/1.1 200 OK", "Content-Length: 2", "", "ok\""]),
        T("AT+UDELFILE=\"resp.txt\""),
    ]
    out = []
    tick = clock(8, 44, 2)
    for it in items:
        h, m, s, ms = tick(1500)
        out.append("07/12/2026 %02d:%02d:%02d.%03d [TX] - %s<CR>" % (h, m, s, ms, it.cmd))
        out.append("")
        body = it.cmd + "<CR>" + "".join("<CR><LF>" + r for r in it.resp) + ("<CR><LF>" if it.resp else "") + "<CR><LF>" + it.final + "<CR><LF>"
        h, m, s, ms = tick(70)
        out.append("07/12/2026 %02d:%02d:%02d.%03d [RX] - %s" % (h, m, s, ms, body))
        out.append("")
        for u in it.after:
            h, m, s, ms = tick(2300)
            out.append("07/12/2026 %02d:%02d:%02d.%03d [RX] - <CR><LF>%s<CR><LF>" % (h, m, s, ms, u))
            out.append("")
    add("docklight_sara_r510s_http.txt", items, "docklight-ascii-log", "u-blox SARA-R510S", out, nl="\r\n")


def arduino_sim7600sa():
    """Arduino IDE serial monitor with timestamps 'HH:MM:SS.mmm -> ', passthrough sketch, the
    module's echo; SMS text typed after '> ' with Ctrl-Z (not visible)."""
    items = [
        N("Ready, type AT commands"),
        T("AT", final="OK"),
        T("AT+CMGF=1"),
        T("AT+CSCS=\"GSM\""),
        T("AT+CMGS=\"+5511987654321\"", final="OK", resp=["+CMGS: 88"], prompt="> ", payload="teste portao"),
        T("AT+CMGS=\"+5511987654321\"", final="+CMS ERROR: 305", prompt="> ", payload="teste 2"),
        T("AT+CPMS?", ["+CPMS: \"SM\",3,30,\"SM\",3,30,\"SM\",3,30"]),
        T("AT+CMGL=\"REC UNREAD\"", ["+CMGL: 3,\"REC UNREAD\",\"+5511912340000\",\"\",\"26/12/07,09:14:55-12\"", "ABRIR"],
          after=["+CMTI: \"SM\",4"]),
        T("AT+CMGR=4", ["+CMGR: \"REC UNREAD\",\"+5511912340000\",\"\",\"26/12/07,09:15:40-12\"", "FECHAR"]),
        T("AT+CMGD=0,4", final="OK"),
    ]
    lines = raw(items, echo=True)
    out = []
    tick = clock(9, 15, 1)
    for l in lines:
        h, m, s, ms = tick(59)
        out.append("%02d:%02d:%02d.%03d -> %s" % (h, m, s, ms, l))
    add("arduino_monitor_sim7600sa_sms.txt", items, "arduino-serial-monitor-timestamp", "SIMCom SIM7600SA-H", out)


def putty_gm02s():
    """PuTTY session log header + raw capture (CRLF): GM02S socket in online data mode
    (AT+SQNSD -> CONNECT, typed data, +++, OK, NO CARRIER)."""
    items = [
        T("AT", final="OK"),
        T("AT+CGDCONT=1,\"IP\",\"lte.example.com\""),
        T("AT+SQNSCFG=1,1,0,90,600,50"),
        T("AT+CFUN=1", after=["+CEREG: 2,\"1A2B\",\"0012C801\",7", "+CEREG: 1,\"1A2B\",\"0012C801\",7"]),
        T("AT+SQNSD=1,0,7000,\"echo.example.com\",0,0,0", final="CONNECT"),
        N("hello gm02s"),
        N("hello gm02s"),
        N("+++"),
        N(""),
        N("OK"),
        T("AT+SQNSS", ["+SQNSS: 1,2,\"198.51.100.77\",50112,\"203.0.113.20\",7000", "+SQNSS: 2,0", "+SQNSS: 3,0"]),
        T("AT+SQNSH=1"),
        T("AT+SQNSH=2", final="+CME ERROR: 3"),
    ]
    out = ["=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2026.12.07 11:05:42 =~=~=~=~=~=~=~=~=~=~=~="] + raw(items, echo=True)
    add("putty_gm02s_online_data.log", items, "putty-session-log", "Sequans GM02S", out, nl="\r\n")


def minicom_sim868():
    """minicom banner + raw capture: SIM868 GNSS and a reset in the middle (power-on banner)."""
    items = [
        N("Welcome to minicom 2.8"),
        N(""),
        N("OPTIONS: I18n"),
        N("Port /dev/ttyS0, 14:22:07"),
        N(""),
        N("Press CTRL-A Z for help on special keys"),
        N(""),
        T("AT", final="OK"),
        T("AT+CGNSPWR=1"),
        T("AT+CGNSSEQ=\"RMC\""),
        T("AT+CGNSINF", ["+CGNSINF: 1,0,20261207142215.000,,,,0.00,0.0,0,,,,,,0,0,,,,,"]),
        T("AT+CGNSINF", ["+CGNSINF: 1,1,20261207142310.000,52.520008,13.404954,41.200,0.00,0.0,1,,1.2,1.5,0.9,,9,6,,,38,,"]),
        T("AT+CGNSTST=1"),
        N("$GNRMC,142311.000,A,5231.2005,N,01324.2972,E,0.00,0.00,071226,,,A*7E"),
        N("$GNRMC,142312.000,A,5231.2005,N,01324.2972,E,0.00,0.00,071226,,,A*7D"),
        T("AT+CGNSTST=0"),
        T("AT+CFUN=1,1", final="OK"),
        N(""),
        N("RDY"),
        N(""),
        N("+CFUN: 1"),
        N(""),
        N("+CPIN: READY"),
        N(""),
        N("Call Ready"),
        N(""),
        N("SMS Ready"),
        T("AT+CGNSPWR?", ["+CGNSPWR: 0"]),
        T("AT+CGNSINF", ["+CGNSINF: 0,,,,,,,,,,,,,,,,,,,,"]),
    ]
    add("minicom_sim868_gnss_reset.txt", items, "minicom-capture", "SIMCom SIM868", raw(items, echo=True))


def picocom_toby_l210():
    """picocom v3 listing, Terminal ready, raw capture (echo), Thanks for using picocom."""
    items = [
        N("picocom v3.1"), N(""), N("port is        : /dev/ttyACM0"), N("flowcontrol    : none"),
        N("baudrate is    : 115200"), N("parity is      : none"), N("databits are   : 8"),
        N("stopbits are   : 1"), N("escape is      : C-a"), N("local echo is  : no"),
        N("noinit is      : no"), N("noreset is     : no"), N("hangup is      : no"),
        N("nolock is      : no"), N("send_cmd is    : sz -vv"), N("receive_cmd is : rz -vv -E"),
        N("imap is        : "), N("omap is        : "), N("emap is        : crcrlf,delbs,"),
        N("logfile is     : none"), N("initstring     : none"), N("exit_after is  : not set"),
        N("exit is        : no"), N(""), N("Type [C-a] [C-h] to see available commands"),
        N("Terminal ready"),
        T("AT", final="OK"),
        T("AT+CGMM", ["TOBY-L210"]),
        T("AT+UBMCONF?", ["+UBMCONF: 2"]),
        T("AT+UCGDFLT=1,\"IP\",\"web.example.com\""),
        T("AT+COPS?", ["+COPS: 0,0,\"Example\",7"]),
        T("AT+UIPCHGN", final="ERROR"),
        T("AT+CGCONTRDP=4", ["+CGCONTRDP: 4,5,\"web.example.com.mnc002.mcc262.gprs\",\"203.0.113.201.255.255.255.255\",\"\",\"198.51.100.1\",\"198.51.100.2\",\"\",\"\",0,0"]),
        T("AT+USOCR=17", ["+USOCR: 0"]),
        T("AT+USOST=0,\"203.0.113.3\",5005,4", final="OK", prompt="@", payload="ABCD", resp=["+USOST: 0,4"]),
        T("AT+USORF=0,32", ["+USORF: 0,\"203.0.113.3\",5005,4,\"ABCD\""]),
        T("AT+USOCL=0"),
        N(""),
        N("Terminating..."),
        N("Thanks for using picocom"),
    ]
    add("picocom_toby_l210_udp.txt", items, "picocom-session", "u-blox TOBY-L210", raw(items, echo=True))


def tio_mc60():
    """tio with timestamps: '[hh:mm:ss.mmm] ' per line, 'Connected' / 'Disconnected'."""
    items = [
        T("AT+QGNSSC?", ["+QGNSSC: 0"]),
        T("AT+QGNSSC=1"),
        T("AT+QGNSSRD=\"NMEA/GGA\"", final="+CME ERROR: 7103"),
        T("AT+QGNSSRD=\"NMEA/RMC\"", ["+QGNSSRD: $GNRMC,081525.000,V,,,,,0.00,0.00,071226,,,N*5A"]),
        T("AT+QGNSSTS?", ["+QGNSSTS: 0"]),
        T("AT+QIFGCNT=2"),
        T("AT+QICSGP=1,\"internet.example.com\""),
        T("AT+QGNSSTS?", ["+QGNSSTS: 1"]),
        T("AT+QGREFLOC=52.52,13.40"),
        T("AT+QGNSSEPO=1"),
        T("AT+QGNSSRD=\"NMEA/RMC\"", ["+QGNSSRD: $GNRMC,081712.000,A,5231.2011,N,01324.3002,E,0.11,0.00,071226,,,A*70"]),
    ]
    lines = raw(items, echo=True)
    out = ["[08:15:11.002] tio v2.5", "[08:15:11.002] Press ctrl-t q to quit", "[08:15:11.003] Connected"]
    tick = clock(8, 15, 20)
    for l in lines:
        h, m, s, ms = tick(97)
        out.append("[%02d:%02d:%02d.%03d] %s" % (h, m, s, ms, l))
    out.append("[08:17:40.554] Disconnected")
    add("tio_ts_mc60_gnss.log", items, "tio-timestamp", "Quectel MC60", out)


def realterm_mc610():
    """RealTerm capture to file: raw CRLF stream, echo; Fibocom MC610 MIPCALL/MIPOPEN."""
    items = [
        T("AT", final="OK"),
        T("AT+CGMR", ["+CGMR: 16000.1000.00.01.02.03"]),
        T("AT+CSQ", ["+CSQ: 20,99"]),
        T("AT+MIPCALL=1,\"cmnet\"", ["+MIPCALL: 10.23.45.67"]),
        T("AT+MIPOPEN=1,,\"203.0.113.99\",5000,0", after=["+MIPOPEN: 1,1"]),
        T("AT+MIPSEND=1,\"48656C6C6F\"", ["+MIPSEND: 1,1019"]),
        T("AT+MIPPUSH=1", ["+MIPPUSH: 1,0,5"]),
        T("AT+MIPCLOSE=1", after=["+MIPSTAT: 1,0"]),
        T("AT+MIPCALL=0", final="+CME ERROR: 3"),
    ]
    add("realterm_capture_mc610.txt", items, "realterm-capture", "Fibocom MC610", raw(items, echo=True), nl="\r\n")


def coolterm_murata1sc():
    """CoolTerm capture, module echo off and CoolTerm 'local echo' on: typed command from the
    terminal, replies from the module (Murata Type 1SC / ALT1250)."""
    items = [
        T("AT", final="OK"),
        T("AT%GETCFG=\"BAND\"", ["%GETCFG: \"BAND\",2,4,12,13"]),
        T("AT%SETCFG=\"BAND\",\"13\""),
        T("AT%PDNSET=1,\"vzwinternet\",\"IP\""),
        T("AT%PDNSET?", ["%PDNSET: 1,\"VZWINTERNET\",\"IP\",\"\",\"\",\"\",\"\",0,0,0"]),
        T("AT+CFUN=1"),
        T("AT%MEAS=\"8\"", ["%MEAS: RSRP=-101,RSRQ=-12,SINR=7,RSSI=-71"]),
        T("AT%SOCKETCMD=\"ALLOCATE\",1,\"TCP\",\"OPEN\",\"203.0.113.15\",8883", ["%SOCKETCMD:1"]),
        T("AT%SOCKETCMD=\"ACTIVATE\",1", final="ERROR"),
        T("AT%SOCKETEV=0,1"),
        T("AT%SOCKETCMD=\"ACTIVATE\",1", after=["%SOCKETEV:1,1"]),
    ]
    add("coolterm_murata1sc_socket.txt", items, "coolterm-capture-localecho", "Murata Type 1SC (Altair ALT1250)",
        raw(items, echo=False, local_echo=True), nl="\r\n")


def gh_fence_screen_hl7802():
    """GitHub issue: prose, a ```` ``` ```` fence with a GNU screen capture (raw), a second fence."""
    items = [
        T("ATI", ["HL7802", "OK"], final=None),
        T("AT+KCARRIERCFG?", ["+KCARRIERCFG: 0"]),
        T("AT+KSELACQ=0,1"),
        T("AT+KBNDCFG=0,0002000000080808", final="+CME ERROR: 3"),
        T("AT+KBNDCFG?", ["+KBNDCFG: 0,0000000000080808", "+KBNDCFG: 1,0000000000080000"]),
        T("AT+KCNXCFG=1,\"GPRS\",\"iot.example.com\""),
        T("AT+KTCPCFG=1,0,\"203.0.113.123\",6000", ["+KTCPCFG: 1"]),
        T("AT+KTCPCNX=1", final="OK", after=["+KTCP_IND: 1,1"]),
        T("AT+KTCPSND=1,8", final="OK", prompt="CONNECT", payload="8bytes!!--EOF--Pattern--"),
        T("AT+KTCPCLOSE=1,1", final=None),
    ]
    body = raw(items, echo=True, prompt_inline=False)
    # ATI on HL78 prints its lines with OK: that OK is the final -> keep label honest
    items[0].final = "OK"
    items[0].resp = ["HL7802"]
    body = raw(items, echo=True, prompt_inline=False)
    out = ["### HL7802 KTCPCLOSE never returns", "",
           "Board: custom, FW `HL7802.5.4.4.0`. After sending data the close hangs, the module stops answering:", "",
           "```"] + body + ["```", "", "After that only a power cycle helps. `AT` gets no answer either:", "", "```",
           "AT", "```", "", "Any idea?"]
    add("gh_issue_screen_hl7802.md", items + [T("AT", final=None)], "github-fence+screen", "Sierra Wireless HL7802", out)


def email_me909u():
    """Plain-text mail reply: '> ' quoted earlier message, the capture pasted unquoted, CRLF."""
    items = [
        T("AT", final="OK"),
        T("AT^SYSCFGEX?", ["^SYSCFGEX: \"00\",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF"]),
        T("AT^SYSCFGEX=\"03\",3FFFFFFF,2,4,7FFFFFFFFFFFFFFF,,", final="+CME ERROR: 50"),
        T("AT^SYSCFGEX=\"03\",3FFFFFFF,2,4,7FFFFFFFFFFFFFFF,,"),
        T("AT+COPS=?", ["+COPS: (2,\"Example\",\"EXMPL\",\"26207\",7),(3,\"Other\",\"OTHR\",\"26201\",7),,(0,1,2,3,4),(0,1,2)"]),
        T("AT+COPS=1,2,\"26207\",7", final="+CME ERROR: 30"),
        T("AT+COPS=0"),
        T("AT^NDISDUP=1,1,\"internet.example.com\"", after=["^NDISSTAT: 1,,,\"IPV4\""]),
        T("AT^DSFLOWQRY", ["^DSFLOWQRY:00000036,0000000000001F40,0000000000004E20,00000036,0000000000001F40,0000000000004E20"]),
    ]
    out = ["Hi Petra,", "",
           "here is the log you asked for. The manual operator selection fails with 30, automatic works:", ""] + \
        raw(items, echo=True) + ["", "Best regards", "Tomasz", "",
                                 "-----Original Message-----",
                                 "From: Petra Support <support@modem-vendor.example.com>",
                                 "Sent: Monday, December 7, 2026 08:02",
                                 "Subject: RE: ME909u-521 not attaching on band 20", "",
                                 "> Please send a log of AT+COPS=? and the manual selection with",
                                 "> AT+COPS=1,2,\"<plmn>\",7 and AT+CMEE=2 set."]
    add("email_me909u_cops.txt", items, "email-plain+terminal", "Huawei ME909u-521", out, nl="\r\n")


def csv_lara_r6():
    """Serial capture tool CSV export: 'Index,Time,Direction,Data' with the data cell quoted,
    control characters as \\r \\n, one row per chunk."""
    items = [
        T("AT+CMEE=2"),
        T("AT+CGMR", ["03.15"]),
        T("AT+URAT?", ["+URAT: 3,2"]),
        T("AT+URAT=3"),
        T("AT+CFUN=16"),
        T("AT+CREG?", ["+CREG: 0,0"]),
        T("AT+CREG?", ["+CREG: 0,1"]),
        T("AT+UMQTT=0,\"lara-r6-77\""),
        T("AT+UMQTT=2,\"mqtt.example.com\",1883"),
        T("AT+UMQTTC=1", after=["+UUMQTTC: 1,0"]),
        T("AT+UMQTTC=1", final="+CME ERROR: MQTT already connected"),
        T("AT+UMQTTC=2,0,0,\"t/1\",\"on\"", ["+UMQTTC: 2,1"]),
    ]
    rows = ["Index,Time,Direction,Data"]
    n = 0
    tick = clock(12, 0, 0)
    for it in items:
        n += 1
        h, m, s, ms = tick(900)
        rows.append('%d,%02d:%02d:%02d.%03d,TX,"%s\\r"' % (n, h, m, s, ms, it.cmd.replace('"', '""')))
        n += 1
        h, m, s, ms = tick(80)
        d = it.cmd + "\\r\\r\\n" + "".join(r + "\\r\\n\\r\\n" for r in it.resp) + it.final + "\\r\\n"
        rows.append('%d,%02d:%02d:%02d.%03d,RX,"%s"' % (n, h, m, s, ms, d.replace('"', '""')))
        for u in it.after:
            n += 1
            h, m, s, ms = tick(1500)
            rows.append('%d,%02d:%02d:%02d.%03d,RX,"\\r\\n%s\\r\\n"' % (n, h, m, s, ms, u.replace('"', '""')))
    add("serial_csv_lara_r6_mqtt.csv", items, "csv-export-escaped", "u-blox LARA-R6001D", rows, nl="\r\n")


def sparkfun_sara_r5_http():
    """SparkFun u-blox SARA-R5 library enableDebugging(): 'sendCommandWithResponse: Command: +X'
    (the command without AT) then 'sendCommandWithResponse: Response: ' + the raw bytes."""
    items = [
        T("AT", final="OK"),
        T("ATE0", final="OK"),
        T("AT+CMEE=2"),
        T("AT+CGMI", ["u-blox"]),
        T("AT+UPSD=0,1,\"iot.example.com\""),
        T("AT+UPSDA=0,3", final="+CME ERROR: Operation not allowed"),
        T("AT+UPSND=0,8", ["+UPSND: 0,8,1"]),
        T("AT+UHTTP=0,1,\"httpbin.example.com\""),
        T("AT+UHTTPC=0,1,\"/get\",\"get.ffs\""),
    ]
    out = ["SARA-R5 Example: HTTP GET", "Initializing the SARA-R5..."]
    echo = True
    for it in items:
        out.append("sendCommandWithResponse: Command: %s" % it.cmd[2:])
        body = ([it.cmd] if echo else [""]) + [""]
        for r in it.resp:
            body += [r, ""]
        body += [it.final, ""]
        out.append("sendCommandWithResponse: Response: " + body[0])
        out += body[1:]
        out.append("")
        if it.cmd == "ATE0":
            echo = False
    out += ["processReadEvent: event: +UUHTTPCR: 0,1,1", "HTTP command result: profile 0, command 1, result 1"]
    add("sparkfun_sara_r5_http.txt", items, "sparkfun-sara-r5-debug", "u-blox SARA-R510M8S", out)


def journal_python_rm520n():
    """journalctl -u of a systemd service running a Python script that logs 'TX AT..' / 'RX
    line' lines with its own logging format."""
    items = [
        T("AT", final="OK"),
        T("AT+QENG=\"servingcell\"", ["+QENG: \"servingcell\",\"NOCONN\"",
                                     "+QENG: \"LTE\",\"FDD\",262,02,1A2B3C4,311,1300,3,4,4,5B1C,-95,-11,-64,14,20",
                                     "+QENG: \"NR5G-NSA\",262,02,612,-88,22,-10,627264,78,12,1"]),
        T("AT+QCAINFO", ["+QCAINFO: \"PCC\",1300,75,\"LTE BAND 3\",1,311,-95,-11,-64,14",
                         "+QCAINFO: \"SCC\",6300,50,\"LTE BAND 20\",1,122,-103,-13,-70,5,0,-,-"]),
        T("AT+QSPN", ["+QSPN: \"Example\",\"Example\",\"\",0,\"26202\""]),
        T("AT+QRSRP", ["+QRSRP: -95,-97,-140,-140,LTE"]),
        T("AT+QNWLOCK=\"common/4g\"", final="+CME ERROR: 4"),
        T("AT+QTEMP", final=None),
    ]
    out = ["-- Logs begin at Sun 2026-12-06 20:01:11 UTC. --"]
    s = 0
    for e in events(items, echo=False):
        if e[0] == "tx":
            s += 30
            out.append("Dec 07 09:%02d:%02d cpe python3[1544]: INFO modemstat TX %s" % (s // 60, s % 60, e[1]))
        elif e[0] == "rx" and e[1]:
            out.append("Dec 07 09:%02d:%02d cpe python3[1544]: INFO modemstat RX %s" % (s // 60, s % 60, e[1]))
        elif e[0] == "end" and e[1].final is None:
            out.append("Dec 07 09:%02d:%02d cpe python3[1544]: ERROR modemstat timeout waiting for OK after AT+QTEMP" % (s // 60, s % 60 + 5))
            out.append("Dec 07 09:%02d:%02d cpe systemd[1]: modemstat.service: Main process exited, code=exited, status=1/FAILURE" % (s // 60, s % 60 + 5))
    add("journal_modemstat_rm520n.log", items, "journalctl-u+python-script", "Quectel RM520N-GL", out)


# ============================================================================================
# Negatives
# ============================================================================================

def negatives():
    add_neg("neg_ticket_prose_bg95.txt", """Ticket #48211 - BG95-M3 not registering in NB-IoT

Customer wrote:
We set AT+QCFG="iotopmode",1 and AT+QCFG="nwscanseq",0301 like the application note says,
then AT+CEREG? keeps returning 2 (searching) and after a while the module answers ERROR to
every AT+QIACT=1. Sometimes we even get +CME ERROR: 30. With the old firmware it answered OK.

Our reply draft:
Please check that the band mask (AT+QCFG="band") includes band 8 and 20 and that the SIM is
provisioned for NB-IoT. An OK to AT+COPS=0 only means the request was accepted.
""", "ticket-prose", "Quectel BG95-M3")
    add_neg("neg_nmea_mc60.log", "\n".join([
        "$GNGGA,081530.000,5231.2011,N,01324.3002,E,1,09,0.9,41.2,M,44.8,M,,*4B",
        "$GPGSA,A,3,02,05,12,13,15,18,24,25,29,,,,1.6,0.9,1.3*3A",
        "$GPGSV,3,1,10,02,41,296,33,05,62,188,40,12,18,050,28,13,27,145,35*70",
        "$GPGSV,3,2,10,15,42,087,38,18,12,318,22,24,35,074,36,25,47,248,41*7C",
        "$GNRMC,081530.000,A,5231.2011,N,01324.3002,E,0.11,0.00,071226,,,A*7A",
        "$GNVTG,0.00,T,,M,0.11,N,0.20,K,A*2D",
        "$GNGGA,081531.000,5231.2011,N,01324.3003,E,1,09,0.9,41.3,M,44.8,M,,*4B",
        "$GNRMC,081531.000,A,5231.2011,N,01324.3003,E,0.09,0.00,071226,,,A*79",
        "$PQTMVER,MODULE_MC60,V1.0*2F",
    ]) + "\n", "nmea-dump", "Quectel MC60")
    add_neg("neg_build_log_esp_modem.txt", """[1/12] Building C object esp-idf/main/CMakeFiles/__idf_main.dir/modem_at.c.obj
../main/modem_at.c:88:5: warning: 'esp_modem_at' is deprecated [-Wdeprecated-declarations]
   88 |     esp_modem_at(dce, "AT+CSQ", resp, 500);  /* expect +CSQ: <rssi>,<ber> then OK */
      |     ^~~~~~~~~~~~
../main/modem_at.c:93:9: note: ESP_LOGI(TAG, "AT+CGDCONT=1,\\"IP\\",\\"%s\\" -> OK", apn);
[2/12] Linking C static library esp-idf/main/libmain.a
[3/12] Generating ld/sections.ld
[12/12] Generating binary image from built executable
esptool.py v4.8.1
Creating esp32s3 image...
Successfully created esp32s3 image.
Project build complete. To flash, run:
 idf.py flash
""", "build-log", "")
    add_neg("neg_uci_network_config.txt", """# /etc/config/network (excerpt) and the init script the installer drops in
config interface 'wwan'
\toption proto 'qmi'
\toption device '/dev/cdc-wdm0'
\toption apn 'internet.example.com'
\toption pdptype 'ipv4v6'

# /etc/modem-init.at  -- sent line by line by the hotplug script, each must answer OK
AT+CFUN=1
AT+QCFG="usbnet",0
AT+CGDCONT=1,"IPV4V6","internet.example.com"
AT+COPS=0
# expected: OK
""", "config-file", "Quectel EC25")


def main():
    os.makedirs(LOGS, exist_ok=True)
    for f in os.listdir(LOGS):
        os.remove(os.path.join(LOGS, f))
    for fn in (kannel_e3372, smsd_ec200a, esphome_sim800c, miniterm_nrf9151, tachyon_rild, socat_me310,
               pycom_gpy, vscode_bg77, usbmon_fm150, strace_rc7620, portmon_me906s, cu_rg500q,
               atinout_em160r, nodered_sim7070g, teams_cavli, mosh_nrf9151, uartassist_n720,
               whatsapp_a7670e,
               tinygsm_sara_r412, mm_em05g, pppd_le910c4, zephyr_me910g1, espmodem_sim7000e, mbed_ec21,
               gsmmodem_m66, particle_eg91, fona_sim5320, linkmon_nrf9161, ril_eg95, ofono_uc15,
               sscom_ml307r, qcom_ec800n, teraterm_air780ep, docklight_sara_r510s,
               arduino_sim7600sa, putty_gm02s, minicom_sim868, picocom_toby_l210, tio_mc60,
               coolterm_murata1sc, gh_fence_screen_hl7802, email_me909u, csv_lara_r6,
               sparkfun_sara_r5_http, journal_python_rm520n, negatives):
        fn()
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    n = sum(v["total"] for v in LABELS.values())
    print("%d logs, %d labelled transactions, %d negatives" % (
        len(LABELS), n, sum(1 for v in LABELS.values() if not v["has_transactions"])))


if __name__ == "__main__":
    main()
