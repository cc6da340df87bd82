#!/usr/bin/env python3
"""Write holdout17 logs/ and labels.json deterministically.

Every log is one session: a list of T (command -> reply -> final), U (URC) and N (a line the
application prints itself). A renderer per shape turns the session into the text the tool prints
(layout from the source named in SOURCES.md); labels come from the same session.
Every value (IMEI, ICCID, APN, address, host, phone number) is made up.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")
LABELS = {}


class T:
    def __init__(self, cmd, resp=(), final="OK", prompt=None, payload=None, after=(), label=True):
        self.cmd = cmd
        self.resp = list(resp)
        self.final = final          # None: no final in the log
        self.prompt = prompt        # "> ", ">", "@", "CONNECT"
        self.payload = payload      # what the host sends after the prompt
        self.after = list(after)    # URCs that follow the final
        self.label = label


class U:
    def __init__(self, line):
        self.line = line


class N:
    def __init__(self, text):
        self.text = text


def labels_of(items):
    return [{"command": it.cmd, "final": it.final} for it in items if isinstance(it, T) and it.label]


def write(name, text, items, shape, module, verified, has=None):
    with open(os.path.join(LOGS, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    labs = labels_of(items) if items is not None else []
    LABELS[name] = {"transactions": labs, "total": len(labs),
                    "has_transactions": bool(labs) if has is None else has,
                    "shape": shape, "module": module, "verified": verified}


def J(lines, nl="\n"):
    return nl.join(lines) + nl


# --------------------------------------------------------------------------------------------
# the module's bytes
# --------------------------------------------------------------------------------------------

def reply_bytes(it, echo):
    """What the module sends for one command (echo, info lines, final), CR LF framed."""
    s = (it.cmd + "\r") if echo else ""
    if it.prompt:
        s += "\r\n" + it.prompt if it.prompt in ("> ", ">", "@") else "\r\n" + it.prompt + "\r\n"
        return s
    if it.resp:
        s += "\r\n" + "\r\n".join(it.resp) + "\r\n"
    if it.final is not None:
        s += "\r\n" + it.final + "\r\n"
    return s


def after_prompt_bytes(it):
    s = ""
    if it.resp:
        s += "\r\n" + "\r\n".join(it.resp) + "\r\n"
    if it.final is not None:
        s += "\r\n" + it.final + "\r\n"
    return s


def raw_lines(items, echo=True, local_echo=False):
    """A terminal's view of an echoed session, one list entry per screen line."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.extend(["", it.line])
            continue
        if echo or local_echo:
            out.append(it.cmd)
        if it.prompt:
            if it.prompt == "CONNECT":
                out.extend(["", "CONNECT"])
                out.extend(it.payload.split("\n"))
            else:
                out.append(it.prompt + (it.payload or "").replace("\x1a", ""))
        if it.resp:
            if not it.prompt:
                out.append("")
            out.extend(it.resp)
        if it.final is not None:
            out.extend(["", it.final])
        for u in it.after:
            out.extend(["", u])
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
        if it.cmd.upper() == "ATE1" and it.final == "OK":
            echo = True
    return out


def esc_crlf(s, cr="<CR>", lf="<LF>"):
    return s.replace("\r", cr).replace("\n", lf)


# --------------------------------------------------------------------------------------------
# session blocks (per vendor)
# --------------------------------------------------------------------------------------------

def basics(model, rev, imei="861234050112233", csq="+CSQ: 21,99", echo_cmd=None):
    b = [T("AT"), T("ATI", ["Manufacturer", model, "Revision: " + rev])]
    if echo_cmd:
        b.insert(1, T(echo_cmd))
    b += [T("AT+CGSN", [imei]), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", [csq])]
    return b


def lte_reg(stat="1", tac="\"2B1F\"", ci="\"01A2D301\""):
    return [T("AT+CEREG=2"), T("AT+CEREG?", ["+CEREG: 2,%s,%s,%s,7" % (stat, tac, ci)]),
            T("AT+COPS?", ['+COPS: 0,0,"Example Telecom",7'])]


def quectel_tcp(apn="internet.example", host="203.0.113.10", port=8080, data="hello"):
    return [T('AT+QICSGP=1,1,"%s","","",1' % apn), T("AT+QIACT=1"),
            T("AT+QIACT?", ['+QIACT: 1,1,1,"10.64.17.201"']),
            T('AT+QIOPEN=1,0,"TCP","%s",%d,0,1' % (host, port), after=["+QIOPEN: 0,0"]),
            T("AT+QISEND=0,%d" % len(data), [], "SEND OK", prompt="> ", payload=data,
              after=['+QIURC: "recv",0']),
            T("AT+QIRD=0,1500", ["+QIRD: 4", "pong"]),
            T("AT+QICLOSE=0")]


def quectel_mqtt(host="broker.example.com", topic="dev/42/up", msg='{"t":21.5}'):
    return [T('AT+QMTCFG="recv/mode",0,0,1'),
            T('AT+QMTOPEN=0,"%s",1883' % host, after=["+QMTOPEN: 0,0"]),
            T('AT+QMTCONN=0,"dev42"', after=["+QMTCONN: 0,0,0"]),
            T('AT+QMTSUB=0,1,"dev/42/down",1', after=['+QMTSUB: 0,1,0,1']),
            T('AT+QMTPUBEX=0,1,1,0,"%s",%d' % (topic, len(msg)), [], "OK", prompt=">", payload=msg,
              after=["+QMTPUBEX: 0,1,0"]),
            T("AT+QMTDISC=0", after=["+QMTDISC: 0,0"])]


def simcom_tcp(apn="internet.example", host="198.51.100.20", port=5000, data="PING1"):
    return [T("AT+CIPSHUT", [], "SHUT OK"), T("AT+CGATT?", ["+CGATT: 1"]),
            T('AT+CSTT="%s","",""' % apn), T("AT+CIICR"),
            T('AT+CIPSTART="TCP","%s",%d' % (host, port), after=["CONNECT OK"]),
            T("AT+CIPSEND=%d" % len(data), [], "SEND OK", prompt="> ", payload=data),
            T("AT+CIPCLOSE", [], "CLOSE OK")]


def simcom_sms(num="+15550104477", text="Pump 3 alarm cleared", ref=17):
    return [T("AT+CMGF=1"), T('AT+CSCS="GSM"'),
            T('AT+CMGS="%s"' % num, ["+CMGS: %d" % ref], "OK", prompt="> ", payload=text + "\x1a")]


def a76_mqtt(host="tcp://broker.example.com:1883", topic="fleet/7/up", msg="on"):
    return [T("AT+CMQTTSTART", after=["+CMQTTSTART: 0"]),
            T('AT+CMQTTACCQ=0,"fleet7",0'),
            T('AT+CMQTTCONNECT=0,"%s",60,1' % host, after=["+CMQTTCONNECT: 0,0"]),
            T("AT+CMQTTTOPIC=0,%d" % len(topic), [], "OK", prompt=">", payload=topic),
            T("AT+CMQTTPAYLOAD=0,%d" % len(msg), [], "OK", prompt=">", payload=msg),
            T("AT+CMQTTPUB=0,1,60", after=["+CMQTTPUB: 0,0"]),
            T("AT+CMQTTDISC=0,120", after=["+CMQTTDISC: 0,0"]),
            T("AT+CMQTTREL=0"), T("AT+CMQTTSTOP", after=["+CMQTTSTOP: 0"])]


def byte_events(items, echo=True):
    """[(dir, text, item)] dir in TX/RX/NOTE/TIMEOUT: the wire, chunked per write and per reply."""
    ev = []
    for it in items:
        if isinstance(it, N):
            ev.append(("NOTE", it.text, it))
            continue
        if isinstance(it, U):
            ev.append(("RX", "\r\n" + it.line + "\r\n", it))
            continue
        ev.append(("TX", it.cmd + "\r", it))
        rb = reply_bytes(it, echo)
        if rb:
            ev.append(("RX", rb, it))
        if it.prompt:
            pay = it.payload or ""
            if it.prompt == "CONNECT":
                pay = pay.replace("\n", "\r\n")
            ev.append(("TX", pay, it))
            ab = after_prompt_bytes(it)
            if ab:
                ev.append(("RX", ab, it))
        if it.final is None:
            ev.append(("TIMEOUT", it.cmd, it))
        for u in it.after:
            ev.append(("RX", "\r\n" + u + "\r\n", it))
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
        if it.cmd.upper() == "ATE1" and it.final == "OK":
            echo = True
    return ev


def reply_lines(it, echo):
    """Non-empty lines the module sends for a command (echo first), prompt included."""
    out = []
    if echo:
        out.append(it.cmd)
    if it.prompt:
        out.append(it.prompt.strip() or it.prompt)
    out.extend(it.resp)
    if it.final is not None:
        out.append(it.final)
    return out


# --------------------------------------------------------------------------------------------
# NEW shape renderers
# --------------------------------------------------------------------------------------------

def rt_hexdump(name, data):
    """RT-Thread components/net/at/src/at_utils.c at_print_raw_cmd(): 32 bytes a row."""
    out = []
    W = 32
    b = data.encode("latin-1")
    for i in range(0, len(b), W):
        s = "[D/AT] %s: %04X-%04X: " % (name, i, i + W)
        for j in range(W):
            s += ("%02X " % b[i + j]) if i + j < len(b) else "   "
            if (j + 1) % 8 == 0:
                s += " "
        s += "  "
        for j in range(W):
            if i + j < len(b):
                c = b[i + j]
                s += chr(c) if 32 <= c < 127 else "."
        out.append(s)
    return out


def render_rtthread(items, echo=False, banner=()):
    """AT client with AT_PRINT_RAW_CMD: 'sendline' per command (CR LF appended, at_vprintfln),
    'recvline' per line read (CR LF kept, empty lines skipped); '>' is the driver's end_sign."""
    out = list(banner)
    tick = 1200
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.extend(rt_hexdump("recvline", it.line + "\r\n"))
            out.append("[I/at.%s] urc: %s" % ("me3616", it.line.split(":")[0].lstrip("+").lower()))
            continue
        out.extend(rt_hexdump("sendline", it.cmd + "\r\n"))
        if echo:
            out.extend(rt_hexdump("recvline", it.cmd + "\r\r\n"))
        if it.prompt:
            out.extend(rt_hexdump("recvline", ">"))
            out.extend(rt_hexdump("sendline", it.payload))
        for r in it.resp:
            out.extend(rt_hexdump("recvline", r + "\r\n"))
        if it.final is None:
            tick += 5000
            out.append("[W/at.clnt] execute command (%s) timeout (5000 ticks)!" % it.cmd)
        else:
            out.extend(rt_hexdump("recvline", it.final + "\r\n"))
        for u in it.after:
            out.extend(rt_hexdump("recvline", u + "\r\n"))
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
    return out


def gammu_dump(data):
    """libgammu debug.c DumpMessage(): 16 bytes a row, 'HHc|' cells, text column at 64."""
    out = []
    b = data.encode("latin-1")
    buf = [" "] * 80
    j = 0
    for i, c in enumerate(b):
        h = "%02X" % c
        buf[j * 4] = h[0]
        buf[j * 4 + 1] = h[1]
        buf[j * 4 + 2] = " "
        pr = 32 <= c < 127
        if pr:
            buf[j * 4 + 2] = chr(c)
            buf[15 * 4 + j + 4] = chr(c)
        else:
            buf[15 * 4 + j + 4] = "."
        if j != 15 and i != len(b) - 1:
            buf[j * 4 + 3] = "|"
        if j == 15:
            out.append("".join(buf))
            buf = [" "] * 80
            j = 0
        else:
            j += 1
    if j != 0:
        out.append("".join(buf))
    return out


def gammu_state(line):
    """atgen.h GSM_AT_Reply_State as ATGEN_DispatchMessage sets it."""
    if line == "OK":
        return 1
    if line == "CONNECT":
        return 2
    if line in ("ERROR", "NO CARRIER"):
        return 3
    if line.startswith("+CMS ERROR:"):
        return 5
    if line.startswith("+CME ERROR:"):
        return 6
    if line == "> ":
        return 7
    return 4


def gammu_frame(out, title, data):
    out.append("%s frame type 0x00/length 0x%02X/%d" % (title, len(data), len(data)))
    out.extend(gammu_dump(data))


def gammu_dispatch(out, lines, data):
    """ATGEN_DispatchMessage(): numbered lines, 'Checking line', 'AT reply state', then
    GSM_DispatchMessage() dumps the RECEIVED frame."""
    for k, l in enumerate(lines):
        out.append('%d "%s"' % (k + 1, l))
    out.append("Checking line: %s" % lines[-1])
    out.append("AT reply state: %d" % gammu_state(lines[-1]))
    gammu_frame(out, "RECEIVED", data)


def render_gammu(items, echo=True, header=()):
    out = list(header)
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            gammu_dispatch(out, [it.line], it.line + "\r\n")
            continue
        gammu_frame(out, "SENDING", it.cmd + "\r")
        if it.prompt:
            r = (it.cmd + "\r\r\n> ") if echo else "> "
            gammu_dispatch(out, ([it.cmd] if echo else []) + ["> "], r)
            gammu_frame(out, "SENDING", it.payload)
            body = after_prompt_bytes(it).lstrip("\r\n")
            lines = it.resp + [it.final]
        else:
            if it.final is None:
                continue
            body = reply_bytes(it, echo).lstrip("\r\n")
            lines = ([it.cmd] if echo else []) + it.resp + [it.final]
        gammu_dispatch(out, lines, body)
        for u in it.after:
            gammu_dispatch(out, [u], u + "\r\n")
    return out


def rust_dbg(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r").replace("\n", "\\n") + '"'


def render_atat(items, t0, app="cellular_agent"):
    """atat asynch client / ingress debug!/warn! lines through env_logger's default format."""
    out = []
    t = t0
    def ts():
        return "2026-12-07T%02d:%02d:%02dZ" % (t // 3600, t // 60 % 60, t % 60)
    for it in items:
        t += 1
        if isinstance(it, N):
            out.append("[%s INFO  %s] %s" % (ts(), app, it.text))
            continue
        if isinstance(it, U):
            d = it.line + "\r\n"
            out.append("[%s DEBUG atat::ingress] Received URC/%d (%d/%d): %s" % (ts(), 3, len(d) + 2, len(d) + 2, rust_dbg(it.line)))
            continue
        cmd = it.cmd + "\r\n"
        if len(cmd) < 50:
            out.append("[%s DEBUG atat::asynch::client] Sending command: %s" % (ts(), rust_dbg(cmd)))
        else:
            out.append("[%s DEBUG atat::asynch::client] Sending command with long payload (%d bytes)" % (ts(), len(cmd)))
        if it.final is None:
            t += 10
            out.append("[%s ERROR %s] %s" % (ts(), app, "request failed: Timeout"))
            continue
        whole = reply_bytes(it, False)
        n = len(whole)
        if it.final == "OK":
            if it.resp:
                out.append("[%s DEBUG atat::ingress] Received response (%d/%d): %s" % (ts(), n, n, rust_dbg("\r\n".join(it.resp))))
            else:
                out.append("[%s DEBUG atat::ingress] Received OK (%d/%d)" % (ts(), n, n))
        else:
            e = "Error" if it.final == "ERROR" else ("CmeError(%s)" % it.final.split(":")[1].strip())
            out.append("[%s WARN  atat::ingress] Received error response (%d/%d): %s" % (ts(), n, n, e))
        for u in it.after:
            t += 1
            d = "\r\n" + u + "\r\n"
            out.append("[%s DEBUG atat::ingress] Received URC/%d (%d/%d): %s" % (ts(), 3, len(d), len(d), rust_dbg(u)))
    return out


def render_freertos(items, t0=4200, task="CellularPktio"):
    """FreeRTOS-Cellular-Interface cellular_pktio.c LogDebug/LogError through a demo's
    vLoggingPrintf prefix ('n tick [task] [LEVEL] [CELLULAR] [file:line] ')."""
    out = []
    n = [100]
    t = [t0]
    def p(level, f, line, msg, tk=task):
        n[0] += 1
        t[0] += 7
        out.append("%d %d [%s] [%s] [CELLULAR] [%s:%d] %s" % (n[0], t[0], tk, level, f, line, msg))
    addr = 0x20018a40
    for it in items:
        if isinstance(it, N):
            n[0] += 1
            out.append("%d %d [MQTTDemo] %s" % (n[0], t[0], it.text))
            continue
        if isinstance(it, U):
            p("DEBUG", "cellular_pktio.c", 603, "Next URC token to parse [%s]" % it.line)
            continue
        p("DEBUG", "cellular_pktio.c", 1084, ">>>>>Start sending [%s]<<<<<" % it.cmd, "CellularDemo")
        for r in it.resp:
            p("DEBUG", "cellular_pktio.c", 147, "Save [%s] %d AT data to pResp" % (r, len(r)))
            p("DEBUG", "cellular_pktio.c", 94, "_saveData : Save data 0x%08x with length %d" % (addr, len(r) + 1))
            addr += 0x40
        if it.final is None:
            t[0] += 5000
            p("ERROR", "cellular_pktio.c", 1121, "pkt_recv status=1, AT cmd %s timed out" % it.cmd, "CellularDemo")
            continue
        if it.final == "OK":
            p("DEBUG", "cellular_pktio.c", 262, "Final AT response is SUCCESS [OK]")
        else:
            pref = it.cmd[2:].split("=")[0].split("?")[0]
            p("ERROR", "cellular_pktio.c", 291, "Modem return ERROR: line %s, cmd : %s, respPrefix %s, status: 0"
              % (it.cmd, it.final, pref))
        for u in it.after:
            p("DEBUG", "cellular_pktio.c", 603, "Next URC token to parse [%s]" % u)
    return out


def json_esc(s):
    return json.dumps(s)[1:-1]


def render_tasmota(items, topic="gsmbridge", t0=6 * 3600 + 41 * 60, split=()):
    """Tasmota console: 'hh:mm:ss.mmm CMD: SSerialSend3 ...', the RESULT of the command, then
    'tele/<topic>/RESULT = {"SSerialReceived":"..."}' per burst the bridge flushed."""
    out = []
    t = t0 * 1000
    def ts():
        return "%02d:%02d:%02d.%03d" % (t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000)
    echo = True
    for it in items:
        t += 2400
        if isinstance(it, N):
            out.append("%s %s" % (ts(), it.text))
            continue
        if isinstance(it, U):
            out.append('%s MQT: tele/%s/RESULT = {"SSerialReceived":"%s"}' % (ts(), topic, json_esc("\r\n" + it.line + "\r\n")))
            continue
        out.append("%s CMD: SSerialSend3 %s\\r" % (ts(), it.cmd))
        t += 12
        out.append('%s MQT: stat/%s/RESULT = {"SSerialSend":"Done"}' % (ts(), topic))
        t += 180
        rb = reply_bytes(it, echo)
        if it.cmd in split and it.final is not None:
            first = it.cmd + "\r\r\n"
            out.append('%s MQT: tele/%s/RESULT = {"SSerialReceived":"%s"}' % (ts(), topic, json_esc(first)))
            t += 41000
            out.append('%s MQT: tele/%s/RESULT = {"SSerialReceived":"%s"}' % (ts(), topic, json_esc(rb[len(first):])))
        elif rb:
            out.append('%s MQT: tele/%s/RESULT = {"SSerialReceived":"%s"}' % (ts(), topic, json_esc(rb)))
        if it.prompt:
            t += 900
            out.append("%s CMD: SSerialSend3 %s\\x1a" % (ts(), it.payload.rstrip("\x1a")))
            out.append('%s MQT: stat/%s/RESULT = {"SSerialSend":"Done"}' % (ts(), topic))
            t += 3100
            out.append('%s MQT: tele/%s/RESULT = {"SSerialReceived":"%s"}' % (ts(), topic, json_esc(it.payload.rstrip("\x1a") + after_prompt_bytes(it))))
        for u in it.after:
            t += 1500
            out.append('%s MQT: tele/%s/RESULT = {"SSerialReceived":"%s"}' % (ts(), topic, json_esc("\r\n" + u + "\r\n")))
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
    return out


def render_gotrace(items, t0, echo=True):
    """Go log.LstdFlags prefix + 'w: %s' / 'r: %s' of the raw bytes (CR LF kept)."""
    out = []
    t = t0
    def ts():
        return "2026/12/07 %02d:%02d:%02d " % (t // 3600, t // 60 % 60, t % 60)
    for d, text, it in byte_events(items, echo):
        t += 1
        if d == "NOTE":
            out.append(ts() + text + "\n")
        elif d == "TX":
            if isinstance(it, T) and text == it.cmd + "\r":
                text = it.cmd + "\r\n"
            out.append(ts() + "w: " + text + ("" if text.endswith("\n") else "\n"))
        elif d == "RX":
            out.append(ts() + "r: " + text + ("" if text.endswith("\n") else "\n"))
        elif d == "TIMEOUT":
            t += 5
            out.append(ts() + "modem: %s: timeout\n" % text)
    return "".join(out)


def smslib_fmt(s):
    """SMSLib ModemDriver.formatLog(): CR/LF/TAB named, other non-printables as (code)."""
    out = ""
    for c in s:
        if c == "\r":
            out += "(cr)"
        elif c == "\n":
            out += "(lf)"
        elif c == "\t":
            out += "(tab)"
        elif 32 <= ord(c) < 128:
            out += c
        else:
            out += "(%d)" % ord(c)
    return out


def render_smslib(items, t0, gw="modem1", echo=True):
    """SMSLib 3.5 ModemDriver: write() logs 'SEND :'+formatLog(s); getResponse() collects lines
    (leading CR/LF skipped, LF dropped, CR kept) until a terminator, logs 'BUFFER: '+raw buffer,
    then 'RECV :'+formatLog(buffer); URCs are logged as BUFFER only; a timeout logs
    'Buffer contents on timeout: '. Logger prefixes 'GTW: <id>: '."""
    out = []
    t = t0 * 1000
    def ts():
        return "2026-12-07 %02d:%02d:%02d,%03d" % (t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000)
    def dbg(msg):
        out.append("%s DEBUG smslib - GTW: %s: %s" % (ts(), gw, msg))
    for it in items:
        t += 137
        if isinstance(it, N):
            out.append("%s INFO  smslib - %s" % (ts(), it.text))
            continue
        if isinstance(it, U):
            dbg("BUFFER: " + it.line + "\r")
            continue
        dbg("SEND :" + smslib_fmt(it.cmd + "\r"))
        lines = []
        if echo:
            lines.append(it.cmd + "\r\r")
        if it.prompt:
            t += 300
            dbg("SEND :" + smslib_fmt(it.payload))
            lines = []
        lines += it.resp
        t += 180
        if it.final is None:
            t += 15000
            dbg("Buffer contents on timeout: " + "".join(l if l.endswith("\r") else l + "\r" for l in lines))
            out.append("%s ERROR smslib - GTW: %s: org.smslib.TimeoutException: No response from device." % (ts(), gw))
        else:
            lines.append(it.final)
            buf = "".join(l if l.endswith("\r") else l + "\r" for l in lines)
            dbg("BUFFER: " + buf)
            dbg("RECV :" + smslib_fmt(buf))
        for u in it.after:
            t += 900
            dbg("BUFFER: " + u + "\r")
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
    return out


def render_nlog(items, t0, logger="Acme.Telemetry.Modem.AtPort", echo=False):
    out = []
    t = t0 * 10000
    def ts():
        s = t // 10000
        return "2026-12-07 %02d:%02d:%02d.%04d" % (s // 3600, s // 60 % 60, s % 60, t % 10000)
    for it in items:
        t += 3411
        if isinstance(it, N):
            out.append("%s|INFO|Acme.Telemetry.Worker|%s" % (ts(), it.text))
            continue
        if isinstance(it, U):
            out.append("%s|DEBUG|%s|URC: %s" % (ts(), logger, it.line))
            continue
        out.append("%s|DEBUG|%s|TX: %s" % (ts(), logger, it.cmd))
        for l in reply_lines(it, echo):
            t += 211
            out.append("%s|DEBUG|%s|RX: %s" % (ts(), logger, l))
        if it.prompt:
            out.append("%s|DEBUG|%s|TX data: %d bytes" % (ts(), logger, len(it.payload)))
        if it.final is None:
            t += 300000
            out.append("%s|WARN|%s|no final response to %s within 30000 ms" % (ts(), logger, it.cmd))
        for u in it.after:
            t += 3000
            out.append("%s|DEBUG|%s|URC: %s" % (ts(), logger, u))
    return out


def render_pulseview(items, echo=False, rate_us=87):
    """PulseView 'Export all annotations' of a UART decoder (one row per byte, sample range,
    decoder, row, value in hex), TX and RX in time order."""
    out = []
    s = 1520331
    for d, text, it in byte_events(items, echo):
        if d in ("NOTE", "TIMEOUT"):
            s += 4000000
            continue
        row = "TX data" if d == "TX" else "RX data"
        for ch in text.encode("latin-1"):
            out.append("%d-%d UART: %s: %02X" % (s, s + rate_us * 10 - 9, row, ch))
            s += rate_us * 10 + 3
        s += 35000 if d == "TX" else 210000
    return out


def render_pio(items, t0, port="/dev/ttyUSB0"):
    out = ["--- Terminal on %s | 115200 8-N-1" % port,
           "--- Available filters and text transformations: colorize, debug, default, direct, hexlify, log2file, nocontrol, printable, send_on_enter, time",
           "--- More details at https://bit.ly/pio-monitor-filters",
           "--- Quit: Ctrl+C | Menu: Ctrl+T | Help: Ctrl+T followed by Ctrl+H"]
    t = t0 * 1000
    for l in raw_lines(items):
        t += 37
        out.append("%02d:%02d:%02d.%03d > %s" % (t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000, l))
    return out


def ansi(level, msg, ms, tag):
    col = {"I": "\x1b[0;32m", "W": "\x1b[0;33m", "E": "\x1b[0;31m"}.get(level)
    line = "%s (%d) %s: %s" % (level, ms, tag, msg)
    return (col + line + "\x1b[0m") if col else line


def render_espidf_ansi(items, ms0, tag="bg95"):
    out = []
    ms = ms0
    for it in items:
        ms += 13
        if isinstance(it, N):
            out.append(ansi("I", it.text, ms, "app_main"))
            continue
        if isinstance(it, U):
            out.append(ansi("I", "URC " + it.line, ms, tag))
            continue
        out.append(ansi("I", ">> " + it.cmd, ms, tag))
        for l in reply_lines(it, False):
            ms += 40
            lvl = "W" if ("ERROR" in l) else "I"
            out.append(ansi(lvl, "<< " + l, ms, tag))
        if it.prompt:
            out.append(ansi("I", ">> [%d bytes]" % len(it.payload), ms, tag))
        if it.final is None:
            ms += 10000
            out.append(ansi("E", "timeout waiting for final result (cmd %s)" % it.cmd.split("=")[0], ms, tag))
        for u in it.after:
            ms += 800
            out.append(ansi("I", "URC " + u, ms, tag))
    return out


def render_luat(items, t0, echo=False):
    """Luat LuaTask ril.lua prints seen in Luatools trace: '[I]-[ril.sendat]cmd' /
    '[I]-[ril.proatc]line'."""
    out = []
    t = t0 * 1000
    def ts():
        return "[2026-12-07 %02d:%02d:%02d.%03d]" % (t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000)
    for it in items:
        t += 211
        if isinstance(it, N):
            out.append("%s: [I]-[%s]" % (ts(), it.text))
            continue
        if isinstance(it, U):
            out.append("%s: [I]-[ril.proatc]%s" % (ts(), it.line))
            continue
        out.append("%s: [I]-[ril.sendat]%s" % (ts(), it.cmd))
        for l in reply_lines(it, echo):
            t += 35
            out.append("%s: [I]-[ril.proatc]%s" % (ts(), l))
        if it.prompt:
            out.append("%s: [I]-[ril.senddata]%s" % (ts(), it.payload.rstrip("\x1a")))
        if it.final is None:
            t += 60000
            out.append("%s: [I]-[ril.atimeout]%s" % (ts(), it.cmd))
        for u in it.after:
            t += 900
            out.append("%s: [I]-[ril.proatc]%s" % (ts(), u))
    return out


def render_tracing(items, t0, target="cellmon::modem"):
    out = []
    t = t0 * 1000000
    def ts():
        s = t // 1000000
        return "2026-12-07T%02d:%02d:%02d.%06dZ" % (s // 3600, s // 60 % 60, s % 60, t % 1000000)
    for it in items:
        t += 120345
        if isinstance(it, N):
            out.append("%s  INFO cellmon: %s" % (ts(), it.text))
            continue
        if isinstance(it, U):
            out.append("%s DEBUG %s: urc line=%s" % (ts(), target, rust_dbg(it.line)))
            continue
        out.append("%s DEBUG %s: tx cmd=%s" % (ts(), target, rust_dbg(it.cmd)))
        for l in reply_lines(it, False):
            t += 4112
            out.append("%s DEBUG %s: rx line=%s" % (ts(), target, rust_dbg(l)))
        if it.final is None:
            t += 5000000
            out.append("%s  WARN %s: no final result elapsed_ms=5000" % (ts(), target))
        for u in it.after:
            t += 340000
            out.append("%s DEBUG %s: urc line=%s" % (ts(), target, rust_dbg(u)))
    return out


def render_nodedebug(items, t0, ns="slm:at"):
    """Node 'debug' package written to a file (not a TTY): ISO date, namespace, message."""
    out = []
    t = t0 * 1000
    def ts():
        return "2026-12-07T%02d:%02d:%02d.%03dZ" % (t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000)
    for it in items:
        t += 310
        if isinstance(it, N):
            out.append("%s app %s" % (ts(), it.text))
            continue
        if isinstance(it, U):
            out.append("%s %s << %s" % (ts(), ns, it.line))
            continue
        out.append("%s %s >> %s" % (ts(), ns, it.cmd))
        for l in reply_lines(it, False):
            t += 27
            out.append("%s %s << %s" % (ts(), ns, l))
        if it.final is None:
            t += 10000
            out.append("%s %s !! timeout after 10000 ms" % (ts(), ns))
        for u in it.after:
            t += 700
            out.append("%s %s << %s" % (ts(), ns, u))
    return out


def render_xxd(items, echo=True):
    data = "".join(text for d, text, it in byte_events(items, echo) if d in ("RX",) or (d == "TX" and not echo)).encode("latin-1")
    out = []
    for off in range(0, len(data), 16):
        chunk = data[off:off + 16]
        hx = ""
        for k in range(0, 16, 2):
            pair = chunk[k:k + 2]
            hx += "".join("%02x" % c for c in pair).ljust(4) + " "
        txt = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        out.append("%08x: %s %s" % (off, hx.ljust(40), txt))
    return out


def render_mikrotik(items, iface="lte1", ident="MikroTik"):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            continue
        out.append('[admin@%s] > /interface lte at-chat %s input="%s"' % (ident, iface, it.cmd.replace('"', '\\"')))
        if it.final is None:
            out.append("failure: timeout")
            continue
        body = it.resp + ([""] if it.resp else []) + [it.final]
        out.append("  output: " + body[0])
        for b in body[1:]:
            out.append("          " + b)
    out.append("[admin@%s] > " % ident)
    return out


def render_journal_json(items, t0, ident="lte-init", pid=733, host="edge-07"):
    out = []
    t = t0 * 1000000
    cur = 0x1f3a0
    def rec(msg, prio=6):
        nonlocal t, cur
        cur += 1
        return json.dumps({"__CURSOR": "s=9c1e5b0a4f2d4e0d;i=%x;b=2f61c0;m=%x" % (cur, t // 1000),
                           "__REALTIME_TIMESTAMP": str(1796622000000000 + t), "PRIORITY": str(prio),
                           "_HOSTNAME": host, "SYSLOG_IDENTIFIER": ident, "_PID": str(pid),
                           "_SYSTEMD_UNIT": ident + ".service", "MESSAGE": msg}, separators=(",", ":"))
    for it in items:
        t += 250000
        if isinstance(it, N):
            out.append(rec(it.text))
            continue
        if isinstance(it, U):
            out.append(rec("URC " + it.line))
            continue
        out.append(rec("> " + it.cmd, 7))
        for l in reply_lines(it, False):
            t += 30000
            out.append(rec("< " + l, 7))
        if it.final is None:
            t += 8000000
            out.append(rec("timeout waiting for %s" % it.cmd.split("=")[0], 3))
        for u in it.after:
            t += 400000
            out.append(rec("URC " + u))
    return out


# --------------------------------------------------------------------------------------------
# OLD shape renderers (layouts as earlier batches' SOURCES.md describe them)
# --------------------------------------------------------------------------------------------

def render_tinygsm(items, t0=1200, model="SIM7000G"):
    out = []
    t = t0
    first = True
    echo = True
    for it in items:
        t += 53
        if isinstance(it, N):
            out.append("[%d] ### %s" % (t, it.text))
            continue
        if isinstance(it, U):
            out.extend(["", it.line])
            continue
        out.append(it.cmd)
        if first and it.cmd == "AT" and it.final is None:
            first = False
            continue
        first = False
        out.extend(raw_lines([it], echo=echo))
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
    return out


def render_mm(items, t0, port="modem0/ttyUSB2/at", host="gw", pid=811):
    out = []
    t = t0
    def pre():
        return "Dec 07 %02d:%02d:%02d %s ModemManager[%d]: <debug> [%d.%06d] [%s] " % (
            int(t) // 3600 % 24, int(t) // 60 % 60, int(t) % 60, host, pid, 1796600000 + int(t), int(t * 1e6) % 1000000, port)
    for it in items:
        t += 0.41
        if isinstance(it, N):
            out.append("Dec 07 %02d:%02d:%02d %s ModemManager[%d]: <info>  [%d.%06d] %s" % (
                int(t) // 3600 % 24, int(t) // 60 % 60, int(t) % 60, host, pid, 1796600000 + int(t), 0, it.text))
            continue
        if isinstance(it, U):
            out.append(pre() + "<-- '<CR><LF>%s<CR><LF>'" % it.line)
            continue
        out.append(pre() + "--> '%s<CR>'" % it.cmd)
        if it.final is None:
            t += 3
            out.append("Dec 07 %02d:%02d:%02d %s ModemManager[%d]: <debug> [%d.%06d] [%s] serial port timed out" % (
                int(t) // 3600 % 24, int(t) // 60 % 60, int(t) % 60, host, pid, 1796600000 + int(t), 0, port))
            continue
        t += 0.05
        out.append(pre() + "<-- '%s'" % esc_crlf(reply_bytes(it, False)))
        for u in it.after:
            t += 0.6
            out.append(pre() + "<-- '<CR><LF>%s<CR><LF>'" % u)
    return out


def render_pppchat(items, t0, pid=2211, host="gw"):
    out = []
    t = t0
    def pre():
        return "Dec  7 %02d:%02d:%02d %s chat[%d]: " % (t // 3600 % 24, t // 60 % 60, t % 60, host, pid)
    echo = True
    for it in items:
        t += 1
        out.append(pre() + "send (%s^M)" % it.cmd)
        exp = it.final if it.final else "OK"
        out.append(pre() + "expect (%s)" % ("CONNECT" if it.cmd.startswith("ATD") else exp))
        if echo:
            out.append(pre() + "%s^M^M" % it.cmd)
        for r in it.resp:
            out.append(pre() + r + "^M")
        if it.final is None:
            out.append(pre() + "alarm")
            out.append(pre() + "Failed")
            break
        out.append(pre() + it.final)
        out.append(pre() + " -- got it")
        if it.cmd.upper().startswith("ATE0"):
            echo = False
    return out


def render_ril(items, t0, pid=812, tid=845):
    out = []
    t = t0 * 1000
    def pre():
        return "12-07 %02d:%02d:%02d.%03d %5d %5d D AT      : " % (t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000, pid, tid)
    for it in items:
        t += 37
        if isinstance(it, U):
            out.append(pre() + "AT< " + it.line)
            continue
        if isinstance(it, N):
            out.append("12-07 %02d:%02d:%02d.%03d %5d %5d I RILC    : %s" % (t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000, pid, tid, it.text))
            continue
        out.append(pre() + "AT> " + it.cmd)
        for l in reply_lines(it, False):
            t += 11
            out.append(pre() + "AT< " + l)
        if it.final is None:
            t += 20000
            out.append("12-07 %02d:%02d:%02d.%03d %5d %5d E AT      : AT error on %s: timeout" % (t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000, pid, tid, it.cmd.split("=")[0]))
        for u in it.after:
            t += 400
            out.append(pre() + "AT< " + u)
    return out


def render_zephyr(items, t0):
    out = []
    t = t0
    def ts():
        return "[%02d:%02d:%02d.%03d,%03d]" % (t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000, (t * 7) % 1000)
    for it in items:
        t += 120
        if isinstance(it, N):
            out.append("%s <inf> app: %s" % (ts(), it.text))
            continue
        if isinstance(it, U):
            out.append("%s <dbg> modem_chat: modem_chat_log_received_command: %s" % (ts(), it.line.replace(",", " ")))
            continue
        out.append("%s <dbg> modem_chat: modem_chat_script_next: sending: %s" % (ts(), it.cmd))
        for l in reply_lines(it, False):
            t += 30
            out.append("%s <dbg> modem_chat: modem_chat_log_received_command: %s" % (ts(), l.replace(",", " ") if not l.startswith("+CME") else l))
        if it.final is None:
            t += 10000
            out.append("%s <wrn> modem_chat: modem_chat_script_stop: timed out" % ts())
        for u in it.after:
            t += 600
            out.append("%s <dbg> modem_chat: modem_chat_log_received_command: %s" % (ts(), u.replace(",", " ")))
    return out


def render_ofono(items, t0, chan="Modem", pid=455):
    out = []
    t = t0
    def pre():
        return "Dec  7 %02d:%02d:%02d pi ofonod[%d]: %s: " % (t // 3600 % 24, t // 60 % 60, t % 60, pid, chan)
    for it in items:
        t += 1
        if isinstance(it, U):
            out.append(pre() + "< \\r\\n%s\\r\\n" % it.line)
            continue
        out.append(pre() + "> %s\\r" % it.cmd)
        if it.prompt:
            out.append(pre() + "< \\r\\n> ")
            out.append(pre() + "> %s" % it.payload.replace("\x1a", "\\032"))
            out.append(pre() + "< " + after_prompt_bytes(it).replace("\r", "\\r").replace("\n", "\\n"))
        elif it.final is not None:
            out.append(pre() + "< " + reply_bytes(it, False).replace("\r", "\\r").replace("\n", "\\n"))
        for u in it.after:
            out.append(pre() + "< \\r\\n%s\\r\\n" % u)
    return out


def render_gsmmodem(items):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append("DEBUG:gsmmodem.serial_comms.SerialComms:notification: %r" % ([it.line],))
            continue
        out.append("DEBUG:gsmmodem.modem.GsmModem:write: %s" % it.cmd)
        if it.prompt:
            out.append("DEBUG:gsmmodem.serial_comms.SerialComms:response: ['> ']")
            out.append("DEBUG:gsmmodem.modem.GsmModem:write: %s" % it.payload)
            out.append("DEBUG:gsmmodem.serial_comms.SerialComms:response: %r" % (it.resp + [it.final],))
        elif it.final is None:
            out.append("Traceback (most recent call last):")
            out.append('  File "/opt/smsgw/gw.py", line 88, in <module>')
            out.append("    modem.waitForNetworkCoverage(30)")
            out.append("gsmmodem.exceptions.TimeoutException: None")
        else:
            out.append("DEBUG:gsmmodem.serial_comms.SerialComms:response: %r" % (it.resp + [it.final],))
        for u in it.after:
            out.append("DEBUG:gsmmodem.serial_comms.SerialComms:notification: %r" % ([u],))
    return out


def render_qcom(items, t0):
    out = []
    t = t0 * 1000
    for l in raw_lines(items):
        t += 29
        if l == "":
            continue
        out.append("[2026-12-07_%02d:%02d:%02d:%03d]%s" % (t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000, l))
    return out


def render_sscom(items, t0, echo=False):
    out = []
    t = t0 * 1000
    def ts():
        return "[%02d:%02d:%02d.%03d]" % (t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000)
    for d, text, it in byte_events(items, echo):
        t += 140
        if d == "TX":
            out.append("%s发→◇%s□" % (ts(), text.rstrip("\r")))
        elif d == "RX":
            out.append("%s收←◆%s" % (ts(), text.strip("\r\n").replace("\r\n", "\n")))
        elif d == "NOTE":
            out.append(text)
    return out


def render_docklight(items, t0, echo=True):
    out = []
    t = t0 * 1000
    def ts():
        return "07/12/2026 %02d:%02d:%02d.%03d" % (t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000)
    for d, text, it in byte_events(items, echo):
        t += 92
        if d == "TX":
            out.append("%s [TX] - %s" % (ts(), text.replace("\r", "<CR>").replace("\n", "<LF>").replace("\x1a", "<SUB>")))
        elif d == "RX":
            out.append("%s [RX] - %s" % (ts(), text.replace("\r", "<CR>").replace("\n", "<LF>")))
        out.append("") if d in ("TX", "RX") else None
    return out


def render_csv(items, t0, echo=False):
    out = ["Index,Time,Direction,Data"]
    t = t0 * 1000
    k = 0
    for d, text, it in byte_events(items, echo):
        if d not in ("TX", "RX"):
            continue
        k += 1
        t += 117
        cell = text.replace("\r", "\\r").replace("\n", "\\n").replace("\x1a", "\\x1A").replace('"', '""')
        out.append('%d,%02d:%02d:%02d.%03d,%s,"%s"' % (k, t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000, "TX" if d == "TX" else "RX", cell))
    return out


def stamp_lines(lines, t0, fmt):
    out = []
    t = t0 * 1000
    for l in lines:
        t += 43
        out.append(fmt(t) + l)
    return out


def ts_teraterm(t):
    return "[Mon Dec 07 %02d:%02d:%02d.%03d 2026] " % (t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000)


def ts_tio(t):
    return "[%02d:%02d:%02d.%03d] " % (t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000)


def ts_arduino(t):
    return "%02d:%02d:%02d.%03d -> " % (t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000)


MINICOM_BANNER = ["", "Welcome to minicom 2.8", "", "OPTIONS: I18n ", "Port /dev/ttyUSB2, 06:58:11",
                  "", "Press CTRL-A Z for help on special keys", ""]
PICOCOM_BANNER = ["picocom v3.1", "", "port is        : /dev/ttyUSB3", "flowcontrol    : none",
                  "baudrate is    : 115200", "parity is      : none", "databits are   : 8", "stopbits are   : 1",
                  "escape is      : C-a", "local echo is  : no", "noinit is      : no", "noreset is      : no",
                  "hangup is      : no", "nolock is      : no", "send_cmd is    : sz -vv", "receive_cmd is : rz -vv -E",
                  "imap is        : ", "omap is        : ", "emap is        : crcrlf,delbs,", "logfile is     : none",
                  "initstring    : none", "exit_after is  : not set", "exit is        : no", "", "Type [C-a] [C-h] to see available commands",
                  "Terminal ready"]
PUTTY_HEADER = ["=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2026.12.07 07:02:44 =~=~=~=~=~=~=~=~=~=~=~="]


# --------------------------------------------------------------------------------------------
# sessions: NEW shapes
# --------------------------------------------------------------------------------------------

def new_shapes():
    # 1 RT-Thread AT client, Gosuncn ME3616 NB-IoT
    s = [T("AT"), T("ATE0"), T("AT+CMEE=1"), T("AT+CGSN=1", ["+CGSN: 866971030412588"]),
         T("AT+CIMI", ["460041234567890"]), T("AT+CSQ", ["+CSQ: 17,99"]),
         T("AT+CEREG?", ["+CEREG: 0,1"]), T("AT+CGPADDR=1", ['+CGPADDR: 1,"10.118.4.77"']),
         T("AT+ESOC=1,2,1", ["+ESOC=0"]), T('AT+ESOCON=0,5683,"203.0.113.40"'),
         T("AT+ESOSEND=0,4,31323334", after=["+ESONMI=0,4,61636B31"]),
         T("AT+ESOCL=0"), T("AT+CGATT?", [], None)]
    banner = [" \\ | /", "- RT -     Thread Operating System", " / | \\     4.1.1 build Dec  7 2026 06:01:12",
              " 2006 - 2022 Copyright by RT-Thread team", "[I/at.clnt] AT client(V1.3.1) on device uart2 initialize success.",
              "msh >[I/at.dev.me3616] me3616 device(me3616) initialize start."]
    lines = render_rtthread(s, echo=True, banner=banner)
    lines.append("[E/at.dev.me3616] me3616 device(me3616) network initialize failed(-2).")
    write("rtthread_at_raw_me3616.log", J(lines, "\r\n"), s, "rtthread-at-print-raw-cmd", "Gosuncn ME3616", True)

    s = [T("AT+NETOPEN", after=["+NETOPEN: 0"]),
         T("AT+IPADDR", ["+IPADDR: 10.41.7.200"]),
         T('AT+CIPOPEN=0,"TCP","203.0.113.50",6000', after=["+CIPOPEN: 0,0"]),
         T("AT+CIPSEND=0,6", [], "OK", prompt=">", payload="HELLO1", after=["+CIPSEND: 0,6,6"]),
         U("RECV FROM:203.0.113.50:6000"),
         T("AT+CIPCLOSE=0", after=["+CIPCLOSE: 0,0"]),
         T("AT+NETCLOSE", after=["+NETCLOSE: 0"]),
         T("AT+CIPOPEN=1,\"TCP\",\"203.0.113.51\",6001", [], "+CME ERROR: 4")]
    lines = ["msh />sim76xx_tcp_test 203.0.113.50 6000", "[I/at.dev.sim76xx] sim76xx device(sim76xx) network initialize success!"]
    lines += render_rtthread(s, echo=False)
    write("rtthread_at_raw_sim7600_tcp.log", J(lines, "\r\n"), s, "rtthread-at-print-raw-cmd", "SIMCom SIM7600CE", True)

    # 3 gammu SMS, Huawei E3531
    hdr = ["[Gammu            - 1.42.0]", "[Connection       - \"at\"]", "[Connection index - 0]",
           "[Model type       - \"\"]", "[Device           - \"/dev/ttyUSB0\"]", "[Running on       - Linux, kernel 6.6.31+rpt-rpi-v8 (#1 SMP PREEMPT Debian 1:6.6.31-1+rpt1 (2024-05-29))]",
           "[System error     - open in serial_open, 2, \"No such file or directory\"]" if False else "Serial device: DTR is up, RTS is up, CAR is down, CTS is down",
           "Setting speed to 19200"]
    s = [T("AT"), T("ATE1"), T("AT+CMEE=1"), T("AT+CGMI", ["huawei"]), T("AT+CGMM", ["E3531"]),
         T("AT+CGMR", ["22.521.26.00.00"]), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CSCA?", ['+CSCA: "+15550000120",145']), T("AT+CMGF=0"),
         T("AT+CMGS=23", ["+CMGS: 44"], "OK", prompt="> ", payload="0011000B915155100444F70000AA0AE8329BFD4697D9EC37\x1a"),
         T("AT+CMGS=23", [], "+CMS ERROR: 500", prompt="> ", payload="0011000B915155100444F70000AA0AE8329BFD4697D9EC37\x1a")]
    lines = render_gammu(s, echo=True, header=hdr)
    lines += ["Sending SMS 1/1....error 500, message reference=-1", "Unknown error."]
    write("gammu_debug_e3531_sms.log", J(lines), s, "gammu-debug-textall", "Huawei E3531", True)

    s = [T("AT"), T("ATE1"), T("AT+CMEE=1"), T("AT+CGMI", ["ZTE CORPORATION"]), T("AT+CGMM", ["MF667"]),
         T("AT+CGMR", ["BD_MF667V1.0.0B03"]), T("AT+CGSN", ["351234001234567"]),
         T("AT+CIMI", [], "+CME ERROR: 10"), T("AT+CPIN?", [], "+CME ERROR: 10")]
    lines = render_gammu(s, echo=True, header=hdr[:5] + ["[Running on       - Linux, kernel 5.15.0-122-generic (#132-Ubuntu SMP)]"])
    lines += ["Manufacturer         : ZTE", "Model                : unknown (MF667)", "Firmware             : BD_MF667V1.0.0B03",
              "IMEI                 : 351234001234567", "SIM IMSI             : Security error. Maybe no PIN?"]
    write("gammu_debug_mf667_identify.log", J(lines), s, "gammu-debug-textall", "ZTE MF667", True)

    # 5 atat (ublox-cellular-rs) on a Linux host
    s = [N("Powering on modem"), T("AT", [], "OK"), T("ATE0"), T("AT+CMEE=1"),
         T("AT+UMNOPROF?", ["+UMNOPROF: 100"]), T("AT+CFUN=4"), T("AT+UMNOPROF=90", [], "+CME ERROR: 3"),
         T("AT+CFUN=1"), T("AT+CEREG?", ["+CEREG: 0,2"]), U("+CEREG: 5"),
         T("AT+CEREG?", ["+CEREG: 0,5"]), T("AT+USOCR=6", ["+USOCR: 0"]),
         T('AT+USOCO=0,"203.0.113.77",4000'), T('AT+USOWR=0,5,"68656C6C6F"', ["+USOWR: 0,5"], after=["+UUSORD: 0,5"]),
         T("AT+USORD=0,5", ['+USORD: 0,5,"776F726C64"']), T("AT+USOCL=0"), T("AT+CSQ", [], None)]
    write("atat_env_logger_sara_r510m8s.log", J(render_atat(s, 6 * 3600 + 2 * 60)), s,
          "rust-atat-env-logger", "u-blox SARA-R510M8S", True)

    # 6 FreeRTOS Cellular Interface, BG96
    s = [T("ATE0"), T("AT+CMEE=1"), T("AT+CGMI", ["Quectel"]), T("AT+CGMM", ["BG96"]),
         T("AT+QCCID", ["+QCCID: 89882280666012345678"]), T("AT+CPIN?", ["+CPIN: READY"]),
         T('AT+QCFG="nwscanseq",020301,1'), T('AT+QCFG="iotopmode",0,1'),
         T('AT+CGDCONT=1,"IP","iot.example"'), T("AT+CEREG=2"), U("+CEREG: 2,\"1A2B\",\"0C8F6A01\",8"),
         T("AT+CEREG?", ['+CEREG: 2,5,"1A2B","0C8F6A01",8']), T("AT+COPS?", ['+COPS: 0,0,"Example IoT",8']),
         T('AT+QICSGP=1,1,"iot.example","","",0'), T("AT+QIACT=1"), T("AT+QIACT?", ['+QIACT: 1,1,1,"10.77.3.12"']),
         T('AT+CGDCONT=2,"IPV4V6","ims.example"', [], "+CME ERROR: 3"),
         T('AT+QIOPEN=1,0,"TCP","203.0.113.90",8883,0,0', after=["+QIOPEN: 0,0"]),
         T("AT+QIRD=0,1500", ["+QIRD: 0"]), T("AT+QPING=1,\"203.0.113.90\",4,1", [], None)]
    lines = ["0 0 [Tmr Svc] [INFO] [CellularDemo] [cellular_setup.c:81] Cellular_Init start"]
    lines += render_freertos(s)
    write("freertos_cellular_bg96.log", J(lines, "\r\n"), s, "freertos-cellular-interface-log", "Quectel BG96", True)

    s = [T("ATE0"), T("AT+CMEE=1"), T("AT+KSLEEP=2"), T("AT+CPSMS=0"), T("AT+KSRAT?", ["+KSRAT: 0"]),
         T("AT+CEREG?", ["+CEREG: 0,1"]), T('AT+KCNXCFG=1,"GPRS","m2m.example"'),
         T('AT+KTCPCFG=1,0,"203.0.113.33",5000', ["+KTCPCFG: 1"]), T("AT+KTCPCNX=1", after=["+KTCP_IND: 1,1"]),
         T("AT+KTCPCLOSE=1,1"), T("AT+KTCPDEL=1"), T("AT+KTCPDEL=1", [], "+CME ERROR: 910")]
    write("freertos_cellular_hl7802.log", J(render_freertos(s, t0=9100, task="CellularPktio")), s,
          "freertos-cellular-interface-log", "Sierra Wireless HL7802", True)

    # 8 Tasmota serial bridge with a SIM800L
    s = [T("AT"), T("AT+CSQ", ["+CSQ: 21,0"]), T("AT+CREG?", ["+CREG: 0,1"]),
         T("AT+COPS=?", ['+COPS: (2,"Example GSM","ExGSM","00101"),(3,"Other Net","Other","00102"),,(0-4),(0-2)']),
         T("AT+CMGF=1"), T('AT+CMGS="+15550166001"', ["+CMGS: 9"], "OK", prompt="> ", payload="Gate opened\x1a"),
         T("AT+CBC", ["+CBC: 0,81,4012"]), T("AT+CCLK?", [], None)]
    lines = ["06:40:58.912 RSL: RESULT = {\"Time\":\"2026-12-07T06:40:58\",\"Uptime\":\"0T00:12:41\"}",
             "06:41:00.004 CMD: SSerialBaudRate 9600",
             '06:41:00.010 MQT: stat/gsmbridge/RESULT = {"SSerialBaudRate":9600}']
    lines += render_tasmota(s, split=("AT+COPS=?",))
    write("tasmota_sserialbridge_sim800l.log", J(lines), s, "tasmota-serialbridge-console", "SIMCom SIM800L", True)

    # 9 Go modem trace
    s = [T("ATZ"), T("ATE0"), T("AT+CMEE=2"), T("AT+GMM", ["EC25"]), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CMGF=1"), T('AT+CMGS="+15550123456"', ["+CMGS: 112"], "OK", prompt="> ", payload="door 2 open\x1a"),
         T("AT+CMGL=\"ALL\"", ['+CMGL: 1,"REC READ","+15550199999",,"26/12/07,06:01:02+04"', "status?"]),
         T("AT+CMGD=1"), T("AT+CUSD=1,\"*100#\",15", after=['+CUSD: 0,"Balance 4.20",15']),
         T("AT+QENG=\"servingcell\"", [], None)]
    write("go_modem_trace_ec25.log", render_gotrace(s, 6 * 3600 + 11 * 60, echo=True), s,
          "go-modem-trace-w-r", "Quectel EC25-E", True)

    # 10 SMSLib (Java)
    s = [N("SMSLib: A Java API library for sending and receiving SMS via a GSM modem or other supported gateways."),
         T("AT"), T("ATZ"), T("ATE0"), T("AT+CMEE=1"), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CLIP=1"), T("AT+COPS=0"), T("AT+CNMI=2,1,0,0,0"), T("AT+CGMI", ["SIMCOM INCORPORATED"]),
         T("AT+CGMM", ["SIMCOM_SIM7600E-H"]), T("AT+CSQ", ["+CSQ: 16,99"]), T("AT+CMGF=0"),
         T("AT+CMGS=24", ["+CMGS: 61"], "OK", prompt="> ", payload="0011000B915155016400F10000AA0BC8329BFD06DDDF723619\x1a"),
         U("+CMTI: \"SM\",3"), T("AT+CMGR=3", ["+CMGR: 0,,24", "07915155000001F0040B915155019999F900006221706011022B04D4F29C0E"]),
         T("AT+CMGD=3", [], None)]
    write("smslib_sim7600e_pdu.log", J(render_smslib(s, 6 * 3600 + 14 * 60)), s, "java-smslib-log4j", "SIMCom SIM7600E-H", True)

    # 11 NLog C# app
    s = [N("Worker starting, port COM7 @115200"), T("ATE0"), T("AT+CMEE=2"),
         T("AT+QGPSCFG=\"outport\",\"none\""), T("AT+QGPS=1"), T("AT+QGPSLOC=2", [], "+CME ERROR: 516"),
         T("AT+QGPSLOC=2", [], "+CME ERROR: 516"),
         T("AT+QGPSLOC=2", ["+QGPSLOC: 061402.000,52.37011,4.89512,1.1,8.4,3,0.00,0.0,0.0,071226,08"]),
         T("AT+QGPS=1", [], "+CME ERROR: 504"), T("AT+QGPSEND"), T("AT+QGPSGNMEA=\"GGA\"", [], None)]
    write("nlog_eg25g_gnss.log", J(render_nlog(s, 6 * 3600 + 14 * 60), "\r\n"), s, "csharp-nlog-default-layout", "Quectel EG25-G", False)

    # 12 PulseView UART annotation export (echo off)
    s = [T("AT+CSQ", ["+CSQ: 19,99"]), T("AT+CREG?", ["+CREG: 0,1"]), T("AT+CGATT=1"),
         T("AT+MIPCALL=1,\"cmnet\"", after=["+MIPCALL: 10.21.88.4"]), T("AT+MIPCALL?", [], "ERROR")]
    write("pulseview_uart_annotations_slm320.txt", J(render_pulseview(s)), s, "pulseview-uart-annotation-export", "MeiG SLM320", False)

    # 13 PlatformIO device monitor, time filter, SIM7080G HTTP
    s = [T("AT"), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CNACT=0,1", after=["+APP PDP: 0,ACTIVE"]),
         T('AT+SHCONF="URL","http://api.example.com"'), T('AT+SHCONF="BODYLEN",1024'), T('AT+SHCONF="HEADERLEN",350'),
         T("AT+SHCONN"), T("AT+SHSTATE?", ["+SHSTATE: 1"]), T('AT+SHREQ="/v1/ping",1', after=['+SHREQ: "GET",200,17']),
         T("AT+SHREAD=0,17", after=["+SHREAD: 17", '{"status":"ok"}']), T("AT+SHDISC"),
         T("AT+SHCONN", [], "ERROR")]
    lines = render_pio(s, 6 * 3600 + 20 * 60)
    write("pio_monitor_time_sim7080g_http.txt", J(lines, "\r\n"), s, "platformio-device-monitor-time", "SIMCom SIM7080G", True)

    # 14 phpBB forum copy ("Code: Select all")
    s = [T("AT#SGACT=1,1", ["#SGACT: 10.52.1.9"]), T('AT#FTPTO=500'),
         T('AT#FTPOPEN="ftp.example.com","fwuser","s3cret",1'), T("AT#FTPTYPE=0"),
         T('AT#FTPCWD="/fw"'), T('AT#FTPFSIZE="app_v2.bin"', ["#FTPFSIZE: 182340"]),
         T('AT#FTPGETPKT="app_v2.bin",0'), T("AT#FTPRECV=1500", [], "+CME ERROR: 614"), T("AT#FTPCLOSE")]
    lines = ["Re: LE910C1 FTP download stops after a few packets", "",
             "Post by mkrause » Mon Dec 07, 2026 7:03 am", "",
             "Thanks for the hint about #FTPTO. I set it to 500 but it still fails. Here is the whole session from the terminal:", "",
             "Code: Select all", ""]
    lines += raw_lines(s)
    lines += ["", "The file is definitely there (FileZilla downloads it fine). Firmware is 25.30.226. Any idea what 614 means here?", "",
              "Top", ""]
    write("phpbb_codeselect_le910c1_ftp.txt", J(lines), s, "phpbb-forum-copy+terminal", "Telit LE910C1-EUX", False)

    # 15 Discord copy
    s = [T("AT%XSYSTEMMODE=1,0,1,0"), T("AT+CFUN=1"), U("+CEREG: 2,\"4E2F\",\"0133C10A\",7"),
         T("AT+CEREG?", ['+CEREG: 5,1,"4E2F","0133C10A",7']),
         T('AT#XSOCKET=1,2,0', ["#XSOCKET: 0,2,17"]),
         T('AT#XSENDTO="203.0.113.61",5684,"hello"', ["#XSENDTO: 5"]),
         T("AT#XRECVFROM=64", [], None)]
    lines = ["rafa_iot — Today at 7:04 AM", "anyone seen this with SLM 2.7? the socket send works but recvfrom never returns",
             "```"] + raw_lines(s, echo=False, local_echo=True) + ["```",
             "rafa_iot — Today at 7:05 AM", "server does answer, I see it in tcpdump",
             "jonte — Today at 7:09 AM", "did you set AT#XSOCKETOPT for the receive timeout? otherwise it just blocks"]
    write("discord_copy_nrf9160_slm.txt", J(lines), s, "discord-chat-copy+terminal", "Nordic nRF9160 (SLM)", False)

    # 16 Stack Overflow question, 4-space indented blocks
    s = [T("AT+CMGF=1"), T('AT+CSCS="GSM"'), T('AT+CSMP=17,167,0,0'),
         T('AT+CMGS="+15550177123"', [], "+CMS ERROR: 330", prompt="> ", payload="Test from A7670E\x1a"),
         T('AT+CSCA?', ['+CSCA: "",129']), T('AT+CSCA="+15550000140",145'),
         T('AT+CMGS="+15550177123"', ["+CMGS: 4"], "OK", prompt="> ", payload="Test from A7670E\x1a")]
    lines = ["SIM A7670E: AT+CMGS returns +CMS ERROR: 330", "", "Asked today", "Modified today", "Viewed 31 times", "",
             "I am sending an SMS from an ESP32 through a SIMCom A7670E. The first attempt fails, this is what I get on the UART:", ""]
    body = raw_lines(s[:5])
    lines += ["    " + l if l else "" for l in body]
    lines += ["", "After setting the SMSC by hand it works:", ""]
    lines += ["    " + l if l else "" for l in raw_lines(s[5:])]
    lines += ["", "Why is the SMSC empty on this SIM, and how can I make this persistent?", "", "esp32 gsm at-command sim7600"]
    write("stackoverflow_indent_a7670e_sms.md", J(lines), s, "stackoverflow-indented-code", "SIMCom A7670E", False)

    # 17 journalctl -o json
    s = [N("starting modem init on /dev/ttyUSB1"), T("AT+GTRAT?", ["+GTRAT: 10,3,0"]), T("AT+GTACT=20,6,3"),
         T("AT+CFUN=1"), T("AT+CGDCONT=1,\"IPV4V6\",\"5g.example\""),
         T("AT+COPS?", ['+COPS: 0,0,"Example 5G",13']), T("AT+GTRNDIS=1,1"),
         T("AT+GTRNDIS?", ['+GTRNDIS: 1,1,"10.8.14.3","10.8.0.1","10.8.0.2"']), T("AT+GTCCINFO?", [], None)]
    write("journal_json_fm160.jsonl", J(render_journal_json(s, 3600 * 6)), s, "journalctl-json+script", "Fibocom FM160-EAU", False)

    # 18 MikroTik at-chat
    s = [N("[admin@MikroTik] > /interface lte print"), N("Flags: X - disabled, R - running"),
         N(" 0  R name=\"lte1\" mtu=1500 mac-address=0C:5B:8F:27:9A:64 apn-profiles=default"),
         T("ATI", ["Manufacturer: Huawei Technologies Co., Ltd.", "Model: ME909s-120", "Revision: 11.617.04.00.00"]),
         T("AT^SYSINFOEX", ['^SYSINFOEX: 2,3,0,1,,6,"LTE",101,"LTE"']), T("AT^HCSQ?", ['^HCSQ: "LTE",51,41,162,28']),
         T('AT^SYSCFGEX="03",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF,,'), T("AT+COPS?", ['+COPS: 0,0,"Example Telecom",7']),
         T("AT^NDISSTATQRY?", ['^NDISSTATQRY: 1,,,"IPV4",0,,,"IPV6"']), T("AT^LEDCTRL=1", [], "ERROR"),
         T("AT+COPS=?", [], None)]
    write("mikrotik_atchat_me909s.txt", J(render_mikrotik(s), "\r\n"), s, "routeros-lte-at-chat", "Huawei ME909s-120", False)

    # 19 ESP-IDF app log with ANSI colours
    s = [N("Initializing modem"), T("AT"), T("ATE0"), T("AT+CMEE=2"), T('AT+QCFG="nwscanseq",020301'),
         T('AT+QCFG="iotopmode",2'), T("AT+QCSQ", ['+QCSQ: "eMTC",-93,-121,115,-14']),
         T("AT+CEREG?", ["+CEREG: 0,2"]), T("AT+CEREG?", ["+CEREG: 0,5"]),
         T('AT+CPSMS=1,,,"00100100","00000001"'), T("AT+QPSMS?", [], "+CME ERROR: operation not allowed"),
         T('AT+CEDRXS=1,4,"0101"'), T("AT+CEDRXRDP", ['+CEDRXRDP: 4,"0101","0101","0011"']),
         T("AT+QSCLK=1"), T("AT+QCFG=\"psm/urc\",1", [], None)]
    write("espidf_ansi_bg95m3_psm.log", J(render_espidf_ansi(s, 2310)), s, "esp-idf-ansi-colour-app-log", "Quectel BG95-M3", False)

    # 20 Luat ril.lua trace
    s = [T("ATE0"), T("AT+CMEE=2"), T("AT*I", ["*I: 2026 Air724UG V1010"]), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CGATT?", ["+CGATT: 1"]), T('AT+CSTT="cmiot","",""'), T("AT+CIICR"),
         T('AT+CIPSTART="TCP","203.0.113.71",7000', after=["CONNECT OK"]),
         T("AT+CIPSEND=8", [], "SEND OK", prompt=">", payload="AIR724UG"), U("+RECEIVE,1,4"),
         T("AT+CIPCLOSE=1", [], "CLOSE OK"), T("AT+CIPSHUT", [], "SHUT OK")]
    lines = ["[2026-12-07 06:48:01.002]: [I]-[main] poweron reason: 0", "[2026-12-07 06:48:01.010]: [I]-[sys] tcp_test start"]
    lines += render_luat(s, 6 * 3600 + 48 * 60 + 1)
    write("luat_ril_air724ug_tcp.log", J(lines, "\r\n"), s, "luat-ril-lua-trace", "AirM2M Air724UG", False)

    # 21 Rust tracing fmt
    s = [N("cellmon 0.4.2 starting, device /dev/ttyUSB2"), T("ATE0"), T('AT+QNWPREFCFG="mode_pref",AUTO'),
         T('AT+QENG="servingcell"', ['+QENG: "servingcell","NOCONN","NR5G-SA","TDD",001,01,1A2B3C4D5,101,3A0B5,633984,78,12,-88,-11,18,1,-']),
         T('AT+QCAINFO', ['+QCAINFO: "PCC",633984,12,"NR5G BAND 78",101']),
         T('AT+QMAP="WWAN"', ['+QMAP: "WWAN",1,1,"IPV4","10.22.60.14"']),
         T('AT+QTEMP', ['+QTEMP:"modem-lte-sub6-pa1","41"', '+QTEMP:"modem-sdr0-pa0","43"']),
         T('AT+QNWPREFCFG="nr5g_band",1:3:7:78:999', [], "ERROR"), T("AT+QRSRP", [], None)]
    write("rust_tracing_rm520n.log", J(render_tracing(s, 6 * 3600 + 50 * 60)), s, "rust-tracing-fmt-fields", "Quectel RM520N-GL", False)

    # 22 Node debug
    s = [T("AT+CFUN?", ["+CFUN: 0"]), T("AT+SQNBANDSEL=0,\"standard\",\"3,20\""), T("AT+CFUN=1"),
         U("+CEREG: 2"), U('+CEREG: 5,"B3F1","0A1B2C03",7'),
         T('AT+SQNSCFG=1,1,300,90,600,50'), T('AT+SQNSD=1,1,5683,"203.0.113.15",0,0,1'),
         T("AT+SQNSSENDEXT=1,4", [], "OK", prompt="> ", payload="\x01\x02\x03\x04"),
         U("+SQNSRING: 1,4"), T("AT+SQNSRECV=1,4", ["+SQNSRECV: 1,4", "ACK!"]), T("AT+SQNSH=1"),
         T("AT+SQNSD=1,1,5683,\"203.0.113.15\",0,0,1", [], None)]
    write("node_debug_gm01q_udp.log", J(render_nodedebug(s, 6 * 3600 + 52 * 60)), s, "node-debug-module-file", "Sequans GM01Q", True)

    # 23 xxd of a raw capture (module echo on)
    s = [T("AT"), T("AT+QCFG=\"band\"", ['+QCFG: "band",0xf,0x100002000000000f0e189f,0x10004200000000090e189f']),
         T("AT+QNBIOTEVENT=1,1"), T("AT+CGPADDR", ["+CGPADDR: 1,10.9.0.44"]), T("AT+QPING=1,\"203.0.113.2\"", [], "+CME ERROR: 569")]
    lines = ["$ xxd bg77_capture.bin"] + render_xxd(s)
    write("xxd_raw_capture_bg77.txt", J(lines), s, "xxd-hexdump-of-capture", "Quectel BG77", False)


# --------------------------------------------------------------------------------------------
# sessions: OLD shapes with new modules and content
# --------------------------------------------------------------------------------------------

def old_shapes():
    s = [N("Initializing modem..."), T("AT", [], None), T("AT"), T("ATE0"), T("AT+CMEE=2"),
         T("AT+CGMM", ["SIMCOM_SIM7000G"]), T("AT+CNMP=38"), T("AT+CMNB=1"),
         T("AT+CNACT=1,\"iot.example\"", after=["+APP PDP: ACTIVE"]),
         T('AT+SMCONF="URL","broker.example.com",1883'), T('AT+SMCONF="KEEPTIME",60'),
         T("AT+SMCONN"), T('AT+SMPUB="fleet/12/up",5,1,0', [], "OK", prompt=">", payload="12.40"),
         T("AT+SMSTATE?", ["+SMSTATE: 1"]), T("AT+SMDISC")]
    write("tinygsm_sim7000g_mqtt.log", J(render_tinygsm(s), "\r\n"), s, "tinygsm-streamdebugger", "SIMCom SIM7000G", False)

    s = [N("Modem /org/freedesktop/ModemManager1/Modem/0: state changed (enabling -> enabled)"),
         T("AT+CSQ", ["+CSQ: 23,99"]), T("AT+COPS=3,2;+COPS?", ['+COPS: 0,2,"00101",13']),
         T("AT#CSURV", [], "ERROR"), T("AT+CGDCONT?", ['+CGDCONT: 1,"IPV4V6","5g.example","",0,0,0,0']),
         U('#QSS: 1'), T("AT#USBCFG?", ["#USBCFG: 0"]), T("AT+CGCONTRDP=1", [], None),
         T("AT+CGCONTRDP=1", ['+CGCONTRDP: 1,5,"5g.example","10.44.0.9","","10.0.0.53","10.0.0.54"'])]
    write("mm_journal_ln920.log", J(render_mm(s, 6 * 3600 + 3 * 60)), s, "modemmanager-debug-journal", "Telit LN920A12-WW", False)

    s = [T("AT"), T("ATZ"), T("ATE0V1"), T("AT+CFUN=1"), T('AT+CGDCONT=1,"IP","web.example"'),
         T("ATD*99#", [], "CONNECT")]
    lines = render_pppchat(s, 6 * 3600 + 5 * 60)
    lines += ["Dec  7 06:05:08 gw pppd[2210]: Script /usr/sbin/chat -v -f /etc/chatscripts/mf286 finished (pid 2211), status = 0x0",
              "Dec  7 06:05:08 gw pppd[2210]: Serial connection established.",
              "Dec  7 06:05:08 gw pppd[2210]: Using interface ppp0"]
    write("pppd_chat_mf286.log", J(lines), s, "pppd-chat-syslog", "ZTE MF286", False)

    s = [N("RIL_Init: vendor ril fibocom nl668 v3.1.8"), T("ATE0Q0V1"), T("AT+CMEE=1"),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CRSM=176,28539,0,0,12", ['+CRSM: 144,0,"FFFFFFFFFFFFFFFFFFFFFFFF"']),
         T("AT+CREG?;+CGREG?;+CEREG?", ["+CREG: 2,1,\"2B1F\",\"01A2D301\",7", "+CGREG: 2,1,\"2B1F\",\"01A2D301\",7", "+CEREG: 2,1,\"2B1F\",\"01A2D301\",7"]),
         T("AT+GTSET=\"IPRFMT\",0"), T("AT+CGACT=1,1", [], "+CME ERROR: 30"), U("+CGEV: ME PDN ACT 1"),
         T("AT+CGPADDR=1", ['+CGPADDR: 1,"10.71.3.4"']), T("AT+COPS=?", [], None)]
    write("ril_logcat_nl668.log", J(render_ril(s, 6 * 3600 + 7 * 60)), s, "android-ril-logcat", "Fibocom NL668-EAU", False)

    s = [N("Powering on modem"), T("AT", [], None), T("AT"), T("ATE0"), T("AT+CMEE=1"),
         T("AT+CFUN=4"), T('AT+CGDCONT=1,"IP","iot.example"'), T("AT+CEREG=1"), T("AT+CFUN=1"),
         U("+CEREG: 2"), U("+CEREG: 1"), T("AT+CGSN", ["867432060012345"]),
         T("AT+QCCID", ["+QCCID: 89014103211118510720"]), T("AT+CMUX=0,0,5,127")]
    write("zephyr_modem_chat_eg800q.log", J(render_zephyr(s, 1500)), s, "zephyr-modem_chat", "Quectel EG800Q-EU", False)

    s = [T("ATE0 +CMEE=1"), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CMGF=0"),
         T("AT+CMGS=21", ["+CMGS: 210"], "OK", prompt="> ", payload="0011000B915155016610F10000AA09D4F29C0E9A36A72\x1a"),
         U("+CMTI: \"ME\",0"), T("AT+CMGR=0", ["+CMGR: 0,,22", "07915155000001F0040B915155019999F900006221706011022B03C1B00C"]),
         T("AT+CMGD=0"), T("AT+CGATT=1", [], None)]
    write("ofono_sim7100e_sms.log", J(render_ofono(s, 6 * 3600 + 9 * 60)), s, "ofono-syslog", "SIMCom SIM7100E", False)

    s = [T("ATZ"), T("ATE0"), T("AT+CFUN?", ["+CFUN: 1"]), T("AT+CMEE=1"), T("AT^CURC=0"),
         T("AT+CGMI", ["huawei"]), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CUSD=1,\"AA180C3602\",15", after=['+CUSD: 0,"C2303BEC1E97413D90B1",15']),
         T("AT+CUSD=1,\"AA182C3602\",15", [], "+CME ERROR: 258")]
    lines = render_gsmmodem(s)
    lines += ["Traceback (most recent call last):", '  File "/home/pi/ussd.py", line 21, in <module>',
              "    r = modem.sendUssd('*101#')", "gsmmodem.exceptions.CmeError: CME error 258"]
    write("gsmmodem_e3131_ussd.log", J(lines), s, "python-gsmmodem-debug", "Huawei E3131", False)

    s = [T("AT"), T("ATE1"), T("AT+CPIN?", ["+CPIN: READY"])] + quectel_mqtt(topic="plant/3/up") + [T("AT+QMTOPEN?", [], None)]
    write("qcom_ec200u_mqtt.log", J(render_qcom(s, 6 * 3600 + 12 * 60), "\r\n"), s, "qcom-timestamped", "Quectel EC200U-CN", False)

    s = [T("AT"), T("AT+CSQ", ["+CSQ: 26,99"]), T("AT+CGATT?", ["+CGATT: 1"])] + simcom_tcp(apn="cmiot", host="203.0.113.81", port=7100)
    write("sscom_air780e_tcp.txt", J(render_sscom(s, 6 * 3600 + 15 * 60), "\r\n"), s, "sscom-serial-tool", "AirM2M Air780E", False)

    s = [T("AT"), T("AT+ZGETICCID", ["+ZGETICCID: 89860012345678901234"]), T("AT+ZSWITCH?", ["+ZSWITCH: L"]),
         T("AT+ZECMCALL=1", after=["+ZECMCALL: IPV4, 10.32.7.51"]), T("AT+ZECMCALL?", ['+ZECMCALL: 1,"IPV4","10.32.7.51"']),
         T("AT+ZCELLINFO?", ['+ZCELLINFO: 18A3, 0C8D01, LTE B3,1650']), T("AT+ZECMCALL=0", after=["+ZECMCALL: DISCONNECT"]),
         T("AT+ZSWITCH=X", [], "ERROR")]
    write("docklight_zm8620_ecm.txt", J(render_docklight(s, 6 * 3600 + 17 * 60), "\r\n"), s, "docklight-ascii-log", "ZTE ZM8620", False)

    s = [T("AT+CFUN?", ["+CFUN:1"]), T("AT+NCONFIG?", ["+NCONFIG:AUTOCONNECT,TRUE", "+NCONFIG:CR_0354_0338_SCRAMBLING,TRUE"]),
         T("AT+CGATT?", ["+CGATT:1"]), T("AT+NSOCR=DGRAM,17,5683,1", ["1"]),
         T("AT+NSOST=1,203.0.113.25,5683,4,31323334", ["1,4"], after=["+NSONMI:1,4"]),
         T("AT+NSORF=1,4", ["1,203.0.113.25,5683,4,61636B21,0"]), T("AT+NSOCL=1"), T("AT+NSOCL=1", [], "ERROR")]
    write("csv_lierda_nb86_udp.csv", J(render_csv(s, 6 * 3600 + 19 * 60), "\r\n"), s, "csv-export-escaped", "Lierda NB86-G", False)

    s = [T("AT"), T("AT+CSQ", ["+CSQ: 18,99"]), T("AT+XIIC=1"), T("AT+XIIC?", ["+XIIC:    1,10.52.19.8"]),
         T('AT+MQTTCONNPARAM="dev9","user9","pass9"'), T('AT+MQTTWILLPARAM=0,1,"will","bye",0'),
         T('AT+MQTTCONN="broker.example.com:1883",0,60', after=["+MQTTCONN: 0"]),
         T('AT+MQTTPUB="n58/up",1,0,0,5', [], "OK", prompt=">", payload="hello", after=["+MQTTPUB: 0"]),
         T("AT+MQTTDISCONN", [], None)]
    write("teraterm_ts_n58_mqtt.log", J(stamp_lines(raw_lines(s), 6 * 3600 + 21 * 60, ts_teraterm), "\r\n"), s,
          "teraterm-timestamps", "Neoway N58", False)

    s = [T("AT"), T("ATI", ["HL7812", "4.6.9.4"]), T("AT+KBNDCFG?", ["+KBNDCFG: 0,0000000000000000080A1F", "+KBNDCFG: 1,00000000000000000008009F"]),
         T("AT+KSRAT=0"), T("AT+CFUN=1,1", [], "OK", after=["+KSUP: 0"]), T("AT+CEREG?", ["+CEREG: 0,2"]),
         T("AT+CEREG?", ["+CEREG: 0,1"]), T("AT+KGNSSRUN=1", [], "+CME ERROR: 3")]
    write("tio_hl7812.log", J(["[06:23:01.001] tio v2.7", "[06:23:01.002] Press ctrl-t q to quit", "[06:23:01.003] Connected"] +
                                stamp_lines(raw_lines(s), 6 * 3600 + 23 * 60 + 2, ts_tio) + ["[06:23:40.117] Disconnected"]), s,
          "tio-timestamp", "Sierra Wireless HL7812", False)

    s = [T("AT"), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CREG?", ["+CREG: 0,5"])] + simcom_sms(num="+15550102030", text="Tank low 12%", ref=31) + \
        [U("+CMTI: \"SM\",2"), T("AT+CMGR=2", ['+CMGR: "REC UNREAD","+15550102030","","26/12/07,06:25:40+04"', "STATUS"]),
         T("AT+CMGDA=\"DEL ALL\"", [], "ERROR"), T("AT+CMGD=1,4")]
    write("arduino_monitor_sim800l_sms.txt", J(stamp_lines(raw_lines(s), 6 * 3600 + 25 * 60, ts_arduino), "\r\n"), s,
          "arduino-serial-monitor-timestamp", "SIMCom SIM800L", False)

    s = [T("AT"), T("ATE1"), T("AT+CGMR", ["+CGMR: L511C_V1.0.3"]), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CSQ", ["+CSQ: 20,99"]), T("AT+CGREG?", ["+CGREG: 0,1"]), T("AT+CGPS=1"),
         T("AT+CGPSINFO", ["+CGPSINFO: ,,,,,,,,"]), T("AT+CGPSINFO", ["+CGPSINFO: 5222.2067,N,00453.7071,E,071226,062911.0,4.1,0.0,"]),
         T("AT+CGPS=0", after=["+CGPS: 0"]), T("AT+CGPSXE=1", [], "ERROR")]
    write("minicom_mobiletek_l511c.txt", J(MINICOM_BANNER + raw_lines(s)), s, "minicom-capture", "Mobiletek L511C", False)

    s = [T("AT"), T("AT+CSQ", ["+CSQ: 25,99"]), T("AT+MIPCALL=1,\"internet.example\"", after=["+MIPCALL: 10.39.2.8"]),
         T('AT+MIPOPEN=1,0,"203.0.113.93",9000,0', after=["+MIPOPEN: 1,1"]),
         T("AT+MIPSEND=1,4", [], "OK", prompt=">", payload="ping", after=["+MIPPUSH: 1,0"]),
         U("+MIPRTCP: 1,4,pong"), T("AT+MIPCLOSE=1", after=["+MIPCLOSE: 1,0"]), T("AT+MIPCALL=0")]
    write("picocom_slm828_tcp.txt", J(PICOCOM_BANNER + raw_lines(s) + ["", "Terminating...", "Thanks for using picocom"], "\r\n"), s,
          "picocom-session", "MeiG SLM828", False)

    s = [T("AT"), T("AT#PSMRI=1"), T('AT+CPSMS=1,,,"10100001","00000011"'), T("AT+CPSMS?", ['+CPSMS: 1,,,"10100001","00000011"']),
         T("AT+CEREG=4"), T("AT+CEREG?", ['+CEREG: 4,1,"A01B","0B12CD01",7,,,"00000011","10100001"']),
         T("AT#PSMURC=1"), T("AT+CFUN=5"), U("#PSMWAKE"), T("AT", [], None)]
    write("putty_me910c1_psm.log", J(PUTTY_HEADER + raw_lines(s), "\r\n"), s, "putty-session-log", "Telit ME910C1-WW", False)

    s = [T("AT+CFUN=0"), T('AT+SQNCTM="standard"'), T("AT+SQNBANDSEL=0,\"standard\",\"2,4,12\""), T("AT+CFUN=1"),
         U("+CEREG: 2"), T("AT+COPS=?", ['+COPS: (1,"Example LTE-M","ExLTE","00101",7),,(0,1,2,3,4),(0,1,2)']),
         T("AT+SQNMONI=7", ['+SQNMONI: Example Cc:001 Nc:01 RSRP:-101.2 CINR:7.1 RSRQ:-12.0 TAC:40972 Id:103 EARFCN:5110 PWR:-77.9 PAGING:128']),
         T("AT+SQNPING=\"203.0.113.3\",1", [], "ERROR")]
    write("coolterm_gm02s_localecho.txt", J(raw_lines(s, echo=False, local_echo=True), "\r\n"), s,
          "coolterm-capture-localecho", "Sequans GM02S", False)

    s = [T("AT"), T("ATI", ["Quectel", "EG25", "Revision: EG25GGBR07A08M2G"]),
         T('AT+QFOTADL="http://fw.example.com/eg25/EG25GGBR07A08M2G_to_A09.zip"', after=['+QIND: "FOTA","HTTPSTART"', '+QIND: "FOTA","DOWNLOADING",47%']),
         U('+QIND: "FOTA","HTTPEND",0'), U('+QIND: "FOTA","START"'), U('+QIND: "FOTA","UPDATING",12%'),
         U('+QIND: "FOTA","END",505'), T("AT+QGMR", ["EG25GGBR07A08M2G_01.002.01.002"]), T("AT+QFOTADL?", [], "ERROR")]
    lines = ["### Describe the bug", "", "DFOTA to A09 ends with `+QIND: \"FOTA\",\"END\",505` and the module stays on A08.", "",
             "### Log", "", "```"] + raw_lines(s) + ["```", "", "### Environment", "", "- Module: EG25-G, host Raspberry Pi CM4", "- Delta built with the vendor tool"]
    write("gh_fence_eg25g_fota.md", J(lines), s, "github-fence+terminal", "Quectel EG25-G", False)

    s = [T("AT"), T("AT+GTUSBMODE?", ["+GTUSBMODE: 17"]), T("AT+GTRAT?", ["+GTRAT: 3"]),
         T('AT+CGDCONT=1,"IP","net.example"'), T("AT+XIIC=1"), T("AT+XIIC?", ["+XIIC:    1,10.48.5.113"]),
         T("AT+GTUSBMODE=18", [], "+CME ERROR: 4")]
    lines = ["On Mon, Dec 7, 2026, Pat wrote:", "", "> here is the output after the reboot:", ">"]
    lines += [("> " + l) if l else ">" for l in raw_lines(s)]
    lines += [">", "> ECM never comes up. Any idea?", "", "Check that your kernel has cdc_ether, mode 18 is not on this firmware."]
    write("mdquote_fibocom_l716.md", J(lines), s, "markdown-quote+terminal", "Fibocom L716-EU", False)

    s = [T("AT"), T("AT+CGMR", ["C16QS_R02.01.05"]), T("AT+COPS=0"), T("AT+COPS?", ["+COPS: 0"]),
         T("AT+CEREG?", ["+CEREG: 0,3"]), T("AT+CEER", ['+CEER: "EMM cause 15: No suitable cells in tracking area"']),
         T('AT+COPS=1,2,"00101"', [], "+CME ERROR: 30")]
    lines = ["From: Ana Ruiz <ana@client.example.com>", "To: support@vendor.example.com", "Subject: C16QS registration denied",
             "Date: Mon, 7 Dec 2026 07:01:12 +0000", "", "Hello,", "", "units in the field show registration denied. Capture below.", ""]
    lines += raw_lines(s) + ["", "Regards,", "Ana"]
    write("email_cavli_c16qs_denied.txt", J(lines, "\r\n"), s, "email-plain+terminal", "Cavli C16QS", False)


# --------------------------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------------------------

def negatives():
    t = ["4.2.3 AT+CNACT  APP Network Active", "",
         "Test Command      AT+CNACT=?", "Response          +CNACT: (0-3),(0-2)", "                  OK", "",
         "Read Command      AT+CNACT?", "Response          +CNACT: <pdpidx>,<statusx>,<addressx>", "                  OK", "",
         "Write Command     AT+CNACT=<pdpidx>,<action>", "Response          OK", "                  If error is related to ME functionality:",
         "                  +CME ERROR: <err>", "Parameters        <pdpidx>  Integer type, 0-3", "                  <action>  0 Deactive  1 Active  2 Auto Active",
         "Max Response Time 150 seconds", "Reference         Note", "", "Example", "AT+CNACT=0,1   // activate PDP 0, then wait for +APP PDP: 0,ACTIVE",
         "", "SIM7080 Series_AT Command Manual_V1.05                        182 / 521"]
    write("neg_manual_excerpt_sim7080_cnact.txt", J(t), None, "negative-manual-excerpt", "SIMCom SIM7080G", False, has=False)

    t = ["# Changelog", "", "## [0.9.0] - 2026-11-30", "### Fixed", "- `AT+USOWR` no longer waits for `OK` when the `@` prompt is lost (#212)",
         "- Treat `+CME ERROR: 3` on `AT+UMNOPROF=` as \"radio on\" and retry after `AT+CFUN=4`",
         "- Parse `+UUSORD: 0,5` URCs that arrive between `AT+USORD` and its final `OK`", "",
         "### Changed", "- Default command timeout raised to 10 s; `AT+COPS=?` uses 180 s", "",
         "## [0.8.2] - 2026-10-02", "- Log every `ERROR` with the command that caused it"]
    write("neg_changelog_ublox_driver.md", J(t), None, "negative-changelog", "u-blox SARA-R5", False, has=False)

    t = ["public async Task<bool> RegisterAsync(CancellationToken ct)", "{",
         "    await _port.WriteLineAsync(\"AT+CEREG=2\");",
         "    var r = await ReadUntilAsync(new[] { \"OK\", \"ERROR\" }, ct);   // expect OK",
         "    if (!r.EndsWith(\"OK\")) return false;",
         "    // +CEREG: 2,1,\"2B1F\",\"01A2D301\",7  -> registered, home",
         "    await _port.WriteLineAsync(\"AT+CEREG?\");",
         "    r = await ReadUntilAsync(new[] { \"OK\", \"+CME ERROR:\" }, ct);",
         "    return r.Contains(\",1,\") || r.Contains(\",5,\");", "}"]
    write("neg_csharp_snippet_register.cs.txt", J(t, "\r\n"), None, "negative-code-snippet", "Quectel BG95", False, has=False)

    t = ["#[test]", "fn parses_csq() {",
         "    let raw = b\"AT+CSQ\\r\\r\\n+CSQ: 20,99\\r\\n\\r\\nOK\\r\\n\";",
         "    let r = parse(raw).unwrap();", "    assert_eq!(r.rssi, 20);", "}", "",
         "#[test]", "fn cme_error() {", "    let raw = b\"\\r\\n+CME ERROR: 10\\r\\n\";",
         "    assert!(matches!(parse(raw), Err(Error::Cme(10))));", "}"]
    write("neg_rust_test_vectors.rs.txt", J(t), None, "negative-code-snippet", "generic", False, has=False)


def main():
    os.makedirs(LOGS, exist_ok=True)
    for f in os.listdir(LOGS):
        os.remove(os.path.join(LOGS, f))
    new_shapes()
    old_shapes()
    negatives()
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    tot = sum(v["total"] for v in LABELS.values())
    nul = sum(1 for v in LABELS.values() for t in v["transactions"] if t["final"] is None)
    print("%d logs, %d transactions, %d with final null" % (len(LABELS), tot, nul))


if __name__ == "__main__":
    main()
