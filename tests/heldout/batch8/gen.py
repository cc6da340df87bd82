#!/usr/bin/env python3
"""Write holdout8 logs/ and labels.json deterministically.

Every log is described once as a session: a list of T (transaction), U (URC), N (a line the
library or application prints verbatim) items. A renderer per shape turns the session into the
text the tool prints (format learnt from the public source named in SOURCES.md); the labels are
taken from the same session, so the labels and the log cannot drift apart.
"""
import json
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")


class T:
    """One command -> response -> final. final None: the log shows no final."""

    def __init__(self, cmd, resp=(), final="OK", prompt=None, payload=None, after=(),
                 partial=(), polls=1, desired=None, cut=False, unmatched=False, pre=()):
        self.cmd = cmd
        self.resp = list(resp)
        self.final = final
        self.prompt = prompt        # "> " (SMS) / ">" (socket) / "CONNECT" (Quectel file input)
        self.payload = payload      # what the host typed after the prompt
        self.after = list(after)    # URCs that complete the command later
        self.partial = list(partial)  # lines received before a timeout
        self.polls = polls
        self.desired = desired
        self.cut = cut              # the capture ends right after the command went out
        self.unmatched = unmatched  # the library does not know this final and waits on
        self.pre = list(pre)        # lines left from earlier that arrive with this reply


class U:
    def __init__(self, line, note=None):
        self.line = line
        self.note = note


class N:
    def __init__(self, text):
        self.text = text


def labels_of(items):
    return [{"command": it.cmd, "final": it.final} for it in items if isinstance(it, T)]


# --------------------------------------------------------------------------------------------
# Shape renderers
# --------------------------------------------------------------------------------------------

def sodaq_urc_note(line):
    """Sodaq_R4X::checkURC debug lines."""
    import re
    m = re.match(r"\+UUSORD: (\d+),(\d+)", line) or re.match(r"\+UUSORF: (\d+),(\d+)", line)
    if m:
        return "Unsolicited: Socket %s: %s" % (m.group(1), m.group(2))
    m = re.match(r"\+UUSOCL: (\d+)", line)
    if m:
        return "Unsolicited: Socket %s" % m.group(1)
    m = re.match(r"\+UUMQTTC: 1,(\d+)", line)
    if m:
        return "Unsolicited: MQTT login result: %s" % m.group(1)
    m = re.match(r'\+UUMQTTC: 4,(\d+),(\d+),"([^"]*)"', line)
    if m:
        return "Unsolicited: MQTT subscription result: %s, %s, %s" % (m.group(1), m.group(2), m.group(3))
    m = re.match(r"\+UUMQTTCM: 6,(\d+)", line)
    if m:
        return "Unsolicited: MQTT pending messages:%s" % m.group(1)
    m = re.match(r"\+UUHTTPCR: 0,(\d+),(\d+)", line)
    if m:
        return "Unsolicited: UUHTTPCR: %s: %s" % (m.group(1), m.group(2))
    return None


def render_sodaq(items, echo=True, send=">> ", recv="<< "):
    """Sodaq_R4X debugPrint: '>> ' + command as printed, '<< ' + every non-empty line read."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
        elif isinstance(it, U):
            out.append(recv + it.line)
            note = sodaq_urc_note(it.line)
            if note:
                out.append(note)
        else:
            out.append(send + it.cmd)
            if it.cut:
                break
            if echo and not (it.final is None and not it.partial):
                out.append(recv + it.cmd)
            for r in it.resp:
                out.append(recv + r)
            for r in it.partial:
                out.append(recv + r)
            if it.final is None:
                out.append(recv + "timed out")
            else:
                out.append(recv + it.final)
            if it.cmd.upper() == "ATE0" and it.final == "OK":
                echo = False
            for u in it.after:
                out.append(recv + u)
                note = sodaq_urc_note(u)
                if note:
                    out.append(note)
    return out


def render_hashdebug(items, t0=1800, echo=True):
    """Arduino ModemClass DBG(): '[millis] #DEBUG# command sent: "X"' and the whole raw reply,
    trimmed, between quotes (its CR LF kept, so it spans lines)."""
    out = []
    t = t0
    for it in items:
        t += 37
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append('[%d] #DEBUG# unhandled URC received: "%s"' % (t, it.line))
            continue
        out.append('[%d] #DEBUG# command sent: "%s"' % (t, it.cmd))
        t += 45 + 7 * len(it.resp)
        body = []
        if echo:
            body.append(it.cmd)
        if it.prompt:
            body.append(it.prompt.strip())
            out.append('[%d] #DEBUG# response received:"%s"' % (t, "\n".join(body)))
            body = []
            t += 900
        if it.unmatched:
            body.extend(it.resp)
            out.append("[%d] #DEBUG# response timeout!" % (t + 10000))
            out.append('[%d] #DEBUG# unhandled data: "%s"' % (t + 10000, "\n".join(body + [it.final])))
            t += 10000
        elif it.final is None:
            out.append("[%d] #DEBUG# response timeout!" % (t + 10000))
            if body or it.partial:
                out.append('[%d] #DEBUG# unhandled data: "%s"' % (t + 10000, "\n".join(body + it.partial)))
            t += 10000
        else:
            if it.resp:
                body.extend(it.resp)
                body.append("")
            body.append(it.final)
            out.append('[%d] #DEBUG# response received:"%s"' % (t, "\n".join(body)))
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
        for u in it.after:
            t += 1500
            out.append('[%d] #DEBUG# unhandled URC received: "%s"' % (t, u))
    return out


def render_wnc(items, t0=2210, echo=True):
    """WncController at_send_wnc_cmd: '[*] <ms> TX: cmd' / '[*] <ms> RX: <reply>' where the reply
    is every printable char of every line glued together (mdmGetline drops CR/LF)."""
    out = []
    t = t0
    for it in items:
        t += 21
        if isinstance(it, N):
            if it.text.startswith("\r") or it.text.startswith("RAW:"):
                out.append(it.text[4:] if it.text.startswith("RAW:") else it.text)
            else:
                out.append("[*] %d %s" % (t, it.text))
            continue
        if isinstance(it, U):
            continue
        out.append("[*] %d TX: %s" % (t, it.cmd))
        glued = (it.cmd if echo else "") + "".join(it.resp)
        if it.final is None:
            t += 5000
            out.append("[*] %d AT Cmd TIMEOUT!" % t)
            out.append("[*] %d RX: %s" % (t, glued + "".join(it.partial)))
        else:
            t += 60 + 11 * len(it.resp)
            out.append("[*] %d RX: %s" % (t, glued + it.final))
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
    return out


def render_wnc_old(items, echo=False):
    """Older WNC example (WNC_CMD_DEBUG_ON): 'Send: <<cmd>>' then '[' + glued reply + ']'."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            continue
        out.append("Send: <<%s>>" % it.cmd)
        if it.final is None:
            continue
        glued = (it.cmd if echo else "") + "".join(it.resp) + it.final
        out.append("[" + glued + "]")
        if it.cmd.upper() == "ATE0":
            echo = False
    return out


def atcom_raw(it, echo):
    """The bytes a Quectel/Telit answers, as atcom's get_response() collects them."""
    s = ""
    if echo:
        s += it.cmd + "\r"
    if it.resp:
        s += "\r\n" + "\r\n".join(it.resp) + "\r\n"
    if it.final is None:
        s += "".join("\r\n" + p for p in it.partial)
        return s
    s += "\r\n" + it.final + "\r\n"
    return s


def render_atcom(items, prompt="pi@raspberrypi:~ $ ", verbose=True, echo=True, quiet_info=False,
                 shell=True, xtrace=False):
    """Sixfab atcom CLI: '[INFO]  ...' lines, then with -v the echo as '<  ' and the modem lines as
    '>  '; without an echo (or without -v) the reply lines are printed raw."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append(it.line)
            continue
        arg = shlex.quote(it.cmd)
        if shell:
            out.append(prompt + "atcom " + ("-v " if verbose else "") + arg)
        if xtrace:
            out.append("+ atcom " + ("-v " if verbose else "") + arg)
        if verbose and not quiet_info:
            out.append("[INFO]  Configs file not found, reading properties from args")
            out.append("[INFO]  Port not specified, scanning available ports")
            out.append("[INFO]  Found a modem on /dev/ttyUSB2")
            out.append("[INFO]  Timeout property not found, using default (10)")
            out.append("[INFO]  Baudrate property not found, using default (115200)")
        raw = atcom_raw(it, echo)
        if it.final is None:
            out.append("[ERR]   Timeout, couldn't get response")
        else:
            lines = [x.replace("\r", "") for x in raw.split("\n")]
            if verbose:
                out.append("")
            if len(lines) > 1 and lines[0].startswith("AT") and verbose:
                out.append("<  " + lines[0])
                out.append("")
                for x in lines[1:]:
                    out.append(">  " + x)
            else:
                out.extend(lines)
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
        if it.cmd.upper() == "ATE1" and it.final == "OK":
            echo = True
    return out


def render_picolte(items, echo=True):
    """Sixfab pico_lte ATCom.get_response(): prints the whole list of lines processed so far,
    'Processed: [...]', after every poll that brought new characters."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            continue
        if it.desired:
            out.append("Desired: %r" % [it.desired])
        first = it.pre + ([it.cmd + "\r"] if echo else [])
        if it.prompt:
            out.append("Processed: %r" % (first + [it.prompt]))
            rest = it.resp + [it.final] + it.after
            out.append("Processed: %r" % rest)
            continue
        body = it.resp + ([it.final] if it.final else it.partial)
        whole = first + body
        n = max(1, it.polls)
        size = max(1, (len(whole) + n - 1) // n)
        proc = []
        for i in range(0, len(whole), size):
            proc.extend(whole[i:i + size])
            out.append("Processed: %r" % proc)
        if it.desired and it.final == "OK" and it.resp:
            out.append("Desired: %s %s" % (it.desired, it.resp[-1]))
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
    return out


def render_calliope(items):
    """Calliope bc95.ts debug: '+++ AT...' before sending, then '--- (n lines)' (console.log)
    and '--- <line>' for every line received up to OK/ERROR."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            continue
        out.append("+++ " + it.cmd)
        rec = it.resp + it.after + [it.final]
        if len(rec) > 1:
            out.append("--- (%d lines)" % len(rec))
        for r in rec:
            out.append("--- " + r)
    return out


def render_raw_echo(items):
    """MKRNB MODEM.debug(): every byte the SARA answers (echo on) copied to Serial."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append("")
            out.append(it.line)
            continue
        if it.prompt:
            out.append(it.cmd)
            out.append("")
            out.append(it.prompt + it.payload)
        else:
            out.append(it.cmd)
        if it.resp:
            out.extend(it.resp)
            out.append("")
        if it.final is not None:
            out.append(it.final)
        for u in it.after:
            out.append("")
            out.append(u)
    return out


def render_tc65(items, fmt, dev="/dev/ttyS0", echo=True, name="tc65.at", timeout=2.0):
    """Python helper: logger.debug('Sending {} to {}'), logger.debug('AT reply: {}') for every
    readline() (the line keeps its CR LF), logger.debug('Result: ({}) {}')."""
    out = []

    def log(level, msg):
        out.append(fmt(level, name, msg))

    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            log("DEBUG", "AT reply: %s\r\n" % it.line)
            continue
        log("DEBUG", "Sending %s to %s" % (it.cmd, dev))
        response = []
        if echo:
            log("DEBUG", "AT reply: %s\r\r\n" % it.cmd)
            response.append(it.cmd)
        log("DEBUG", "AT reply: \r\n")
        for r in it.resp:
            log("DEBUG", "AT reply: %s\r\n" % r)
            response.append(r)
        if it.resp:
            log("DEBUG", "AT reply: \r\n")
        if it.final in ("OK", "ERROR"):
            log("DEBUG", "AT reply: %s\r\n" % it.final)
            log("DEBUG", "Result: (%s) %r" % (it.final == "OK", response))
        elif it.final is not None:          # +CME ERROR: the helper waits for OK/ERROR only
            log("DEBUG", "AT reply: %s\r\n" % it.final)
            response.append(it.final)
            log("DEBUG", "AT reply: ")
            log("ERROR", "AT command failed: %r" % response)
        else:
            log("DEBUG", "AT reply: ")
            if response:
                log("ERROR", "AT command failed: %r" % response)
            else:
                log("ERROR", "AT command failed: No reply from %s within %.1f sec, make sure tc65i"
                    " is powered, attached, or not running MIDlet" % (dev, timeout))
    return out


def prefix_lines(lines, pfx):
    res = []
    for l in lines:
        for piece in l.split("\n"):
            res.append(pfx + piece)
    return res


def write(name, lines, items, shape, module, nl="\n", has=None, extra_labels=None):
    text = nl.join(lines) + nl
    with open(os.path.join(LOGS, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    labs = labels_of(items) if items is not None else []
    if extra_labels is not None:
        labs = extra_labels
    LABELS[name] = {"transactions": labs, "total": len(labs),
                    "has_transactions": bool(labs) if has is None else has,
                    "shape": shape, "module": module}


LABELS = {}


# --------------------------------------------------------------------------------------------
# Sessions
# --------------------------------------------------------------------------------------------

def hhmmss(sec):
    return "%02d:%02d:%02d" % (sec // 3600 % 24, sec // 60 % 60, sec % 60)


def main():
    os.makedirs(LOGS, exist_ok=True)
    for f in os.listdir(LOGS):
        os.remove(os.path.join(LOGS, f))

    # ---------------- SODAQ R4X debug (u-blox SARA-R4) ----------------
    s = [N("[init] started."), N("[initBuffer]"),
         T("AT", final=None), T("AT", final=None), T("AT"),
         N("<< timed out"), N("<< timed out"),
         T("AT+CMEE=2"), T("ATE0"),
         T("AT+CFUN?", ["+CFUN: 1"]), T("AT+COPS?", ["+COPS: 0"]),
         T("AT+URAT?", ["+URAT: 7"]), T("AT+URAT=8"),
         T("AT+UBANDMASK?", ["+UBANDMASK: 0,524288,1,524288"]),
         T("AT+CGDCONT?", ['+CGDCONT: 1,"IP","","0.0.0.0",0,0,0,0']),
         T('AT+CGDCONT=1,"IP","iot.1nce.net"'),
         T("AT+CSQ", ["+CSQ: 99,99"]), T("AT+CSQ", ["+CSQ: 99,99"]), T("AT+CSQ", ["+CSQ: 17,99"]),
         T("AT+CGATT?", ["+CGATT: 1"]),
         T("AT+CGDCONT?", ['+CGDCONT: 1,"IP","iot.1nce.net","10.212.3.17",0,0,0,0']),
         T("AT+UDCONF=1,1"), T("AT+CPIN?", ["+CPIN: READY"])]
    write("sodaq_r410_connect.log", render_sodaq(s), s, "sodaq-r4x-debug", "u-blox SARA-R410M")

    s = [N("[init] started."), N("[initBuffer]"), N("Connected, opening TCP echo socket"),
         T("AT+CGATT?", ["+CGATT: 1"]),
         T("AT+USOCR=6", ["+USOCR: 0"]),
         T('AT+USOCO=0,"195.34.89.241",7', final="+CME ERROR: Operation not allowed"),
         T("AT+USOCL=0"),
         T("AT+USOCR=6", ["+USOCR: 0"]),
         T('AT+USOCO=0,"195.34.89.241",7'),
         T('AT+USOWR=0,12,"48656C6C6F20534F44415121"', ["+USOWR: 0,12"]),
         U("+UUSORD: 0,12"),
         T("AT+USORD=0,12", ['+USORD: 0,12,"48656C6C6F20534F44415121"']),
         T('AT+USOWR=0,4,"70696E67"', ["+USOWR: 0,4"]),
         T("AT+USORD=0,512", final=None),
         U("+UUSOCL: 0"),
         T("AT+USOCL=0", final="+CME ERROR: Operation not allowed"),
         T("AT+CSQ", ["+CSQ: 14,99"])]
    write("sodaq_r412_socket.log", render_sodaq(s, echo=False), s, "sodaq-r4x-debug", "u-blox SARA-R412M")

    s = [N("MQTT: configuring client"),
         T('AT+UMQTT=0,"sodaq-r410-0042"', ["+UMQTT: 0,1"]),
         T('AT+UMQTT=2,"broker.example.net",1883', ["+UMQTT: 2,1"]),
         T("AT+UMQTT=10,60", ["+UMQTT: 10,1"]),
         T("AT+UMQTTC=1", ["+UMQTTC: 1,1"], after=["+UUMQTTC: 1,0"]),
         T('AT+UMQTTC=2,0,0,"sensors/0042/t","21.5"', ["+UMQTTC: 2,1"]),
         T('AT+UMQTTC=4,0,"cmd/0042"', ["+UMQTTC: 4,1"], after=['+UUMQTTC: 4,0,0,"cmd/0042"']),
         U("+UUMQTTCM: 6,1"),
         T("AT+UMQTTC=6,1", ['+UMQTTC: 6,1,13,8,"cmd/0042",5,"reset"']),
         T("AT+UMQTTER", ["+UMQTTER: 0,0"]),
         T("AT+CSQ", ["+CSQ: 12,99"]),
         T('AT+UMQTTC=2,0,0,"sensors/0042/t","21.7"', final=None, cut=True)]
    write("sodaq_r410_mqtt_cut.log", render_sodaq(s, echo=False), s, "sodaq-r4x-debug", "u-blox SARA-R410M")

    s = [N("HTTP GET /v1/config"),
         T('AT+UHTTP=0,1,"api.example.net"'),
         T("AT+UHTTP=0,5,80"),
         T('AT+UHTTPC=0,1,"/v1/config","http_last_response_0"', ["+UHTTPC: 0,1,1"],
           after=["+UUHTTPCR: 0,1,1"]),
         T('AT+URDFILE="http_last_response_0"',
           ['+URDFILE: "http_last_response_0",118,"HTTP/1.1 200 OK', "Content-Type: application/json",
            "Content-Length: 23", "", '{"interval":900,"v":3}"']),
         T('AT+UDELFILE="http_last_response_0"'),
         T('AT+UHTTPC=0,1,"/v1/fw","http_last_response_0"', ["+UHTTPC: 0,1,1"],
           after=["+UUHTTPCR: 0,1,0"]),
         T("AT+UHTTPER=0", ["+UHTTPER: 0,3,11"]),
         T('AT+UDELFILE="http_last_response_0"', final="+CME ERROR: FILE NOT FOUND")]
    write("sodaq_r4x_http.log", render_sodaq(s, echo=False), s, "sodaq-r4x-debug", "u-blox SARA-R410M")

    # ---------------- Arduino ModemClass '#DEBUG#' ----------------
    s = [N("GSM shield init..."),
         T("ATE0"), T("ATV1"), T("AT"), T("AT+CMEE=2"), T("AT+CIPSPRT=0", final="ERROR"),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", ["+CSQ: 22,99"]),
         T("AT+CREG?", ["+CREG: 0,5"]), U("+CTZV:26/12/01,09:14:03,+4"),
         T("AT+CGATT=1"), T('AT+CGDCONT=1,"IP","cmnet"'), T("AT+CGACT=1,1"),
         T("AT+CIFSR", ["10.63.118.201"]), N("GPRS ready")]
    write("a9g_debug_init.log", render_hashdebug(s, t0=1812), s, "arduino-hash-debug", "Ai-Thinker A9G")

    s = [N("attach: start"),
         T("AT+CSQ", final=None), T("AT+CSQ", final=None, partial=["+CSQ: 9,99"]),
         T("AT+CSQ", ["+CSQ: 11,99"]), T("AT+CGATT?", ["+CGATT: 0"]),
         T("AT+CGATT=1", final="+CME ERROR: GPRS services not allowed"),
         N("GPRS attach failed, retrying in 5 s"),
         T("AT+CGATT=1"), T("AT+CGATT?", ["+CGATT: 1"]),
         T('AT+CGDCONT=1,"IP","internet"'),
         T("AT+CGACT=1,1", final=None),
         T("AT+CGACT?", ["+CGACT: 1,1"]), N("attach: done")]
    write("a9g_debug_retry.log", render_hashdebug(s, t0=64210, echo=False), s, "arduino-hash-debug", "Ai-Thinker A9G")

    s = [T("AT+CNMI=2,1,0,0,0"), T("AT+CMGF=1"), T('AT+CSCS="GSM"'),
         T('AT+CMGS="+491701234567"', ["+CMGS: 23"], prompt="> ", payload="Alarm: door open"),
         U('+CMTI: "SM",1'),
         T("AT+CMGR=1", ['+CMGR: "REC UNREAD","+491709876543",,"26/12/01,10:02:11+04"', "STATUS"]),
         T("AT+CMGD=1"),
         T('AT+CMGS="+491701234567"', ["+CMGS: 24"], prompt="> ", payload="Status: OK"),
         T("AT+CMGD=7", final="+CMS ERROR: 321", unmatched=True),
         T("AT+CSQ", ["+CSQ: 19,99"])]
    write("a9g_debug_sms.log", render_hashdebug(s, t0=301544, echo=False), s, "arduino-hash-debug", "Ai-Thinker A9G")

    s = [T('AT+HTTPGET="http://api.example.net/t?id=7"',
           ["HTTP/1.1 200 OK", "Content-Length: 2", "", "ok"]),
         T("AT+CSQ", ["+CSQ: 24,99"]),
         T('AT+HTTPPOST="http://api.example.net/p","application/json","{\\"t\\":21}"',
           final="+CME ERROR: DNS resolve failed"),
         T('AT+CDNSGIP="api.example.net"', ['+CDNSGIP:1,"api.example.net","93.184.216.34"']),
         T('AT+HTTPPOST="http://93.184.216.34/p","application/json","{\\"t\\":21}"',
           ["HTTP/1.1 204 No Content", ""]),
         T("AT+CGACT=0,1"), T("AT+CGATT=0"), T("AT+CPOF")]
    write("a9g_debug_http.log", render_hashdebug(s, t0=912000, echo=False), s, "arduino-hash-debug", "Ai-Thinker A9G")

    # ---------------- WncController '[*] ms TX:/RX:' ----------------
    s = [N("RAW:\rWaiting 59 \rWaiting 58 \rWaiting 57 "), N("RAW:"),
         N("Start AT init of WNC:"),
         T("AT"), T("AT"), T("AT+GMR", ["NQ_MPSS_IMA3_v10.58.174043"]), T("ATE0"),
         T("AT+CMEE=2"), T("AT+CMGF=1"), T('AT+CPMS="SM","SM","SM"', ["+CPMS: 0,3,0,3,0,3"]),
         T("AT"), T('AT%NOTIFYEV="ALL",0'), T("AT@INTERNET=1"), T("AT@SOCKDIAL=1"),
         N("SUCCESS: AT init of WNC!"),
         T("AT%CCID", ["%CCID:89011703278101234567"]), T("AT+CSQ", ["+CSQ: 19,99"])]
    write("wnc_init.log", render_wnc(s, t0=4102), s, "wnc-controller-debug", "WNC M14A2A")

    s = [N("[---------- Network Status -------------"), T("AT@SOCKDIAL?", ["@SOCKDIAL:1"]),
         N("---------------------------------------]"),
         T("AT+CREG?", ["+CREG: 0,1"]),
         T('AT@DNSRESVDON="api.example.com"', ['@DNSRESVDON:"52.14.201.7"']),
         N("[---------- Network Status -------------"), T("AT@SOCKDIAL?", ["@SOCKDIAL:1"]),
         N("---------------------------------------]"),
         T("AT@SOCKCREAT=1,0", ["@SOCKCREAT:1"]),
         T('AT@SOCKCONN=1,"52.14.201.7",80,30'),
         T('AT@SOCKWRITE=1,18,"474554202F20485454502F312E300D0A0D0A"'),
         T("AT@SOCKREAD=1,1500", ['@SOCKREAD:0,""']),
         T("AT@SOCKREAD=1,1500", ['@SOCKREAD:15,"485454502F312E3120323030204F4B"']),
         T("AT@SOCKCLOSE=1")]
    write("wnc_socket.log", render_wnc(s, t0=96310, echo=False), s, "wnc-controller-debug", "WNC M14A2A")

    s = [T("AT+CSQ", final=None), T("AT", final=None), T("AT"),
         T("AT+CSQ", ["+CSQ: 99,99"]),
         T('AT%MEAS="0"', ["%MEAS: EARFCN=5110, CellID=21, RSRP=-97, RSRQ=-11,"]),
         T('AT%MEAS="1"', ["%MEAS: RSSI=-68,"]),
         T('AT%MEAS="2"', final="ERROR"), N("AT%MEAS=2: failed!"),
         T("AT+CREG?", ["+CREG: 0,2"]), T("AT+COPS?", ["+COPS: 0"]),
         T("AT+CPIN?", final="+CME ERROR: SIM failure")]
    write("wnc_timeout.log", render_wnc(s, t0=310455, echo=False), s, "wnc-controller-debug", "WNC M14A2A")

    s = [N("Modem RE-initializing with SOFT Reset..."),
         T("AT@DMREBOOT"),
         N("RAW:[*] 75044 \rWaiting 20\rWaiting 19\rWaiting 18"), N("RAW:"),
         N("RAW:[*] 78210 \r\nModem RE-init complete!"),
         T("AT"), T("ATE0"), T("AT+CMEE=2"), T("AT@INTERNET=1"),
         T("AT@SOCKDIAL=1", final="+CME ERROR: no network service"),
         T("AT@SOCKDIAL=1"), T("AT@SOCKDIAL?", ["@SOCKDIAL:1"])]
    write("wnc_reinit.log", render_wnc(s, t0=69980, echo=False), s, "wnc-controller-debug", "WNC M14A2A")

    s = [N("WNC Init"), T("AT"), T("ATE0"), T("AT+CMEE=2"),
         T("AT%CCID", ["%CCID:89011703278101230001"]),
         T("AT%PDNSET=1,m2m.com.attz,IP"), T("AT@INTERNET=1"), T("AT@SOCKDIAL=1"),
         N("[---------- Network Status -------------"), T("AT@SOCKDIAL?", ["@SOCKDIAL:1"]),
         N("---------------------------------------]"),
         T('AT@DNSRESVDON="www.att.com"', ['@DNSRESVDON:"23.45.67.89"']),
         T("AT@SOCKCREAT=1", ["@SOCKCREAT:1"]),
         T('AT@SOCKCONN=1,"23.45.67.89",80', final="@EXTERR:1"),
         N("[[WNC_MDM_ERR = WNC_EXTERR]] "),
         T("AT+CSQ", final=None)]
    write("wnc_send_brackets.log", render_wnc_old(s, echo=True), s, "wnc-send-brackets", "WNC M14A2A")

    # ---------------- Sixfab atcom CLI ----------------
    s = [T("AT"), T("ATI", ["Quectel", "EC25", "Revision: EC25EFAR06A06M4G"]),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", ["+CSQ: 23,99"]),
         T("AT+COPS?", ['+COPS: 0,0,"Vodafone.de Vodafone.de",7']),
         T("AT+QNWINFO", ['+QNWINFO: "FDD LTE","26202","LTE BAND 20",6300']),
         T("AT+CGDCONT?", ['+CGDCONT: 1,"IPV4V6","web.vodafone.de","0.0.0.0,0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0",0,0,0,0',
                           '+CGDCONT: 2,"IPV4V6","ims","0.0.0.0,0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0",0,0,0,1']),
         T('AT+QCFG="usbnet"', ['+QCFG: "usbnet",0']), T('AT+QCFG="usbnet",1'),
         T("AT+CFUN=1,1"),
         N("pi@raspberrypi:~ $ atcom -v AT"),
         N("[INFO]  Configs file not found, reading properties from args"),
         N("[INFO]  Port not specified, scanning available ports"),
         N("[ERR]   Couldn't find any available port automatically, please specify the port"),
         N("pi@raspberrypi:~ $ ")]
    write("atcom_verbose_ec25.log", render_atcom(s), s, "sixfab-atcom-cli", "Quectel EC25-E")

    s = [N("pi@sixfab:~ $ cat configs.yml"), N("port: /dev/ttyUSB2"), N("baudrate: 115200"), N("timeout: 5"),
         T("ATE0"), T('AT+QCFG="nwscanmode"', ['+QCFG: "nwscanmode",0']),
         T('AT+QCFG="nwscanseq",020301,1'), T('AT+QCFG="iotopmode",0,1'),
         T('AT+QICSGP=1,1,"iot.1nce.net","","",1'),
         T("AT+CEREG?", ["+CEREG: 0,2"]), T("AT+CEREG?", ["+CEREG: 0,5"]),
         T("AT+QIACT=1", final=None), T("AT+QIACT?", ['+QIACT: 1,1,1,"10.101.34.7"']),
         N("pi@sixfab:~ $ ")]
    write("atcom_plain_bg96.log", render_atcom(s, prompt="pi@sixfab:~ $ ", verbose=False, echo=True), s,
          "sixfab-atcom-cli", "Quectel BG96")

    s = [N("== LE910C1 bring-up =="),
         T("AT+CGMR", ["M0F.670006"]), T("AT#BND?", ["#BND: 0,19,80000"]),
         T('AT+CGDCONT=1,"IPV4V6","iot.telit.com"'),
         T("AT#SGACT?", ["#SGACT: 1,0"]), T("AT#SGACT=1,1", ["#SGACT: 10.44.1.3"]),
         N("== socket =="),
         T('AT#SD=1,0,80,"example.org",0,0,1', final="+CME ERROR: 563"),
         T('AT#SD=1,0,80,"93.184.216.34",0,0,1'),
         T("AT#SS", ["#SS: 1,2,10.44.1.3,40110,93.184.216.34,80", "#SS: 2,0", "#SS: 3,0"]),
         T("AT#SH=1"), T("AT#SGACT=1,0"), N("== done ==")]
    write("atcom_xtrace_le910.log", render_atcom(s, verbose=False, echo=True, shell=False, xtrace=True), s,
          "sixfab-atcom-cli", "Telit LE910C1-EU")

    # verbose atcom with a config file, echo switched off and stored: the command is only on the
    # shell line, the reply is printed raw
    s = [T("ATE0"), T("AT&W"),
         T("AT+CGSN", ["867698041234567"]), T('AT+QCFG="nwscanmode",3'),
         T("AT+COPS=?", final=None),
         T("AT+COPS?", ['+COPS: 0,0,"TR TURKCELL",7']),
         T("AT+QENG=\"servingcell\"", ['+QENG: "servingcell","NOCONN","LTE","FDD",286,01,1A2B301,188,1850,3,5,5,2F1D,-94,-10,-64,12,38']),
         T('AT+QIOPEN=1,0,"TCP","203.0.113.5",8080,0,1', after=["+QIOPEN: 0,0"]),
         T("AT+QISTATE=1,0", ['+QISTATE: 0,"TCP","203.0.113.5",8080,40512,2,1,0,1,"usbmodem"']),
         T("AT+QICLOSE=0"), T("AT+QIDEACT=1", final="+CME ERROR: 550")]
    out = []
    for it in s:
        one = render_atcom([it], prompt="ubuntu@edge-07:~$ ", verbose=True, echo=(it.cmd == "ATE0"), quiet_info=True)
        one.insert(1, "[INFO]  Found configs file, loading properties")
        out += one
    out.append("ubuntu@edge-07:~$ ")
    write("atcom_config_noecho_ec21.log", out, s, "sixfab-atcom-cli", "Quectel EC21-E")

    # script(1) typescript around atcom, CRLF line ends
    s = [N('Script started on 2026-12-02 08:14:51+00:00 [TERM="xterm-256color" TTY="/dev/pts/1" COLUMNS="132" LINES="43"]'),
         T('AT+QENG="servingcell"', ['+QENG: "servingcell","NOCONN","NR5G-SA","TDD",262,01,2A3C81004,617,1A2B3C,643296,78,12,-88,-11,18,1,-']),
         T("AT+QNWPREFCFG=\"mode_pref\"", ['+QNWPREFCFG: "mode_pref",AUTO']),
         T("AT+QNWPREFCFG=\"mode_pref\",NR5G"),
         T("AT+CGPADDR=1", ['+CGPADDR: 1,"10.160.33.2"']),
         T('AT+QPING=1,"8.8.8.8",4,1', final="+CME ERROR: 569"),
         T("AT+QTEMP", ['+QTEMP:"modem-lte-sub6-pa1","38"', '+QTEMP:"modem-sdr0-pa0","37"', '+QTEMP:"cpuss-0-usr","41"']),
         T("AT+CGSN", ["869710030012345"]),
         N("pi@rm500:~ $ exit"), N("exit"), N(""),
         N('Script done on 2026-12-02 08:19:03+00:00 [COMMAND_EXIT_CODE="0"]')]
    write("script_typescript_rm500q.log",
          render_atcom(s, prompt="pi@rm500:~ $ ", verbose=True, echo=True, quiet_info=True), s,
          "sixfab-atcom-cli", "Quectel RM500Q-GL", nl="\r\n")

    # ---------------- Sixfab pico_lte 'Processed: [...]' ----------------
    s = [N("MPY: soft reboot"), N("Pico LTE network example"),
         T("AT"), T("AT+CPIN?", ["+CPIN: READY"]), T('AT+QCFG="nwscanmode",0,1'),
         T('AT+QCFG="iotopmode",0,1'), T('AT+QICSGP=1,1,"super","","",1'),
         T("AT+CEREG?", ["+CEREG: 0,2"], desired="+CEREG: 0,5"),
         T("AT+CEREG?", ["+CEREG: 0,5"], desired="+CEREG: 0,5"),
         N("Registered to network"),
         T("AT+QIACT=1", polls=2), T("AT+QIACT?", ['+QIACT: 1,1,1,"10.64.22.151"']),
         T("AT+CSQ", ["+CSQ: 18,99"]), N("PDP ready, RSSI 18")]
    write("picolte_register.log", render_picolte(s), s, "picolte-processed-list", "Quectel BG95-M3")

    s = [T("AT+QIACT?", ['+QIACT: 1,1,1,"10.64.22.151"']),
         T('AT+QHTTPCFG="contextid",1'), T('AT+QHTTPCFG="responseheader",0'),
         T("AT+QHTTPURL=32,5", prompt="CONNECT"),
         T("AT+QHTTPGET=60", polls=2), N("Processed: ['+QHTTPGET: 0,200,27']"),
         T("AT+QHTTPREAD=80", ["CONNECT", '{"status":"ok","id":4711}']),
         T("AT+QHTTPURL=35,5", prompt="CONNECT", pre=["+QHTTPREAD: 0"]),
         T("AT+QHTTPGET=60"), N("Processed: ['+QHTTPGET: 703']"),
         N("HTTP GET failed: 703"),
         T("AT+QIDEACT=1"), T("AT+CSQ", ["+CSQ: 16,99"])]
    write("picolte_http.log", render_picolte(s), s, "picolte-processed-list", "Quectel BG95-M3")

    items = []
    def pl(t, result):
        items.append(t)
        items.append(N(repr(result)))
    pl(T('AT+QMTCFG="version",0,4'), {'status': 0, 'response': ['AT+QMTCFG="version",0,4\r', 'OK']})
    pl(T('AT+QMTCFG="keepalive",0,60'), {'status': 0, 'response': ['AT+QMTCFG="keepalive",0,60\r', 'OK']})
    items.append(T('AT+QMTOPEN=0,"broker.hivemq.com",1883'))
    items.append(N("Processed: ['+QMTOPEN: 0,0']"))
    items.append(T('AT+QMTCONN=0,"picolte-7731"'))
    items.append(N("Processed: ['+QMTCONN: 0,0,0']"))
    items.append(T('AT+QMTPUB=0,0,0,0,"test/picolte",5', prompt="> ", after=["+QMTPUB: 0,0,0"]))
    items.append(N("Published: hello"))
    pl(T("AT+QMTDISC=0", final=None), {'status': 2, 'response': 'timeout'})
    items.append(N("retrying (1/3)"))
    items.append(T("AT+QMTDISC=0"))
    items.append(N("Processed: ['+QMTDISC: 0,0']"))
    pl(T("AT+QMTCLOSE=0", final="ERROR"), {'status': 1, 'response': ['AT+QMTCLOSE=0\r', 'ERROR']})
    pl(T("AT+CSQ", ["+CSQ: 20,99"]), {'status': 0, 'response': ['AT+CSQ\r', '+CSQ: 20,99', 'OK']})
    write("picolte_mqtt_results.log", render_picolte(items), items, "picolte-processed-list", "Quectel BG95-M3")

    s = [N("MPY: soft reboot"), N("SMS example"),
         T("AT+CMGF=1"), T('AT+CSCS="GSM"'),
         T('AT+CMGS="+905321234567"', ["+CMGS: 12"], prompt="> "),
         T("AT+CPMS?", ['+CPMS: "ME",1,255,"ME",1,255,"ME",1,255']),
         T('AT+CMGL="ALL"', ['+CMGL: 0,"REC READ","+905329876543",,"26/12/01,14:20:09+12"', "on my way"]),
         T("AT+CMGD=0"), T("AT+CMGD=0", final="+CMS ERROR: 321"),
         N("MicroPython v1.22.0 on 2024-01-05; Raspberry Pi Pico W with RP2040"),
         N('Type "help()" for more information.'), N(">>> ")]
    write("thonny_picolte_sms.log", render_picolte(s), s, "picolte-processed-list", "Quectel BG95-M3")

    # mpremote output inside a GitLab CI job
    s = [T("AT"), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CEREG?", ["+CEREG: 0,5"]),
         T('AT+QGPSCFG="priority",0'), T("AT+QGPS=1"),
         T("AT+QGPSLOC=2", final="+CME ERROR: 516"), T("AT+QGPSLOC=2", final="+CME ERROR: 516"),
         T("AT+QGPSLOC=2", ["+QGPSLOC: 101422.0,41.01892,28.97521,1.1,57.0,2,0.00,0.0,0.0,011226,09"]),
         T("AT+QGPSEND")]
    inner = render_picolte(s)
    E = "\x1b"
    lines = ["Running with gitlab-runner 17.6.0 (374d34fd)",
             "  on hil-rpi4-istanbul Kx9vQ2sd, system ID: s_4b2e91f0c1aa",
             E + "[0K" + E + "[36;1mResolving secrets" + E + "[0;m",
             E + "[0Ksection_start:1764930001:prepare_executor\r" + E + "[0K" + E + "[0K" + E + "[36;1mPreparing the \"shell\" executor" + E + "[0;m",
             E + "[0KUsing Shell (bash) executor..." + E + "[0;m",
             E + "[0Ksection_end:1764930001:prepare_executor\r" + E + "[0K",
             E + "[0Ksection_start:1764930004:step_script\r" + E + "[0K" + E + "[0K" + E + "[36;1mExecuting \"step_script\" stage of the job script" + E + "[0;m",
             E + "[32;1m$ mpremote connect /dev/ttyACM0 run tests/gnss_fix.py" + E + "[0;m"]
    lines += inner
    lines += ["FIX OK 41.01892,28.97521",
              E + "[0Ksection_end:1764930071:step_script\r" + E + "[0K",
              E + "[0Ksection_start:1764930071:cleanup_file_variables\r" + E + "[0K" + E + "[0K" + E + "[36;1mCleaning up project directory and file based variables" + E + "[0;m",
              E + "[0Ksection_end:1764930072:cleanup_file_variables\r" + E + "[0K",
              E + "[32;1mJob succeeded" + E + "[0;m"]
    write("gitlab_ci_mpremote_picolte.log", lines, s, "gitlab-ci+picolte", "Quectel BG95-M3")

    # ---------------- Calliope bc95 '+++'/'---' ----------------
    s = [N("NB-IoT attach"),
         T("AT+CFUN=1"), T('AT+COPS=1,2,"26201"'),
         T("AT+CGATT?", ["+CGATT:0"]), T("AT+CGATT?", ["+CGATT:0"]), T("AT+CGATT?", ["+CGATT:0"]),
         T("AT+CGATT?", ["+CGATT:1"]),
         T("AT+CSQ", ["+CSQ:19,99"]), N("sig: 19"),
         T("AT+CGPADDR", ["+CGPADDR:0,10.81.4.199"]),
         T("AT+CIMI", ["262011234567890"]),
         T("AT+NUESTATS", ["Signal power:-871", "Total power:-790", "TX power:-32768", "TX time:0",
                           "RX time:10322", "Cell ID:21503331", "ECL:0", "SNR:112", "EARFCN:6290", "PCI:211",
                           "RSRQ:-108"])]
    write("calliope_bc95_attach.log", render_calliope(s), s, "calliope-bc95-debug", "Quectel BC95-B8")

    hexmsg = "7B226964223A224645444342413030222C2270223A7B2274656D70223A32317D7D"
    s = [T("AT+NSOCR=DGRAM,17,44567,1", ["0"]),
         T("AT+NSOST=0,195.34.89.241,5883,33," + hexmsg, ["0,33"]),
         T("AT+NSOCL=0"), N("sent ok"),
         T("AT+NSOCR=DGRAM,17,44567,1", ["0"]),
         T("AT+NSOST=0,195.34.89.241,5883,33," + hexmsg, ["0,33"], after=["+NSONMI:0,4"]),
         T("AT+NSORF=0,4", ["0,195.34.89.241,5883,4,6F6B2121,0"]),
         T("AT+NSOCR=DGRAM,17,44567,1", final="ERROR"),
         T("AT+NSOCL=0"), N("sent ok")]
    write("calliope_bc95_udp.log", render_calliope(s), s, "calliope-bc95-debug", "Quectel BC95-B8")

    s = [T("AT+CGMR", ["SECURITY,V100R100C10B657SP3", "PROTOCOL,V100R100C10B657SP3",
                       "APPLICATION,V100R100C10B657SP3", "SEC_UPDATER,V100R100C10B657SP3",
                       "APP_UPDATER,V100R100C10B657SP3", "RADIO,BC95HB-02-STD_850"]),
         T("AT+NBAND?", ["+NBAND:8,20"]), T("AT+NBAND=8", final="ERROR"),
         T("AT+CFUN=0"), T("AT+NBAND=8"), T("AT+CFUN=1"),
         T("AT+NCONFIG?", ["+NCONFIG:AUTOCONNECT,TRUE", "+NCONFIG:CR_0354_0338_SCRAMBLING,TRUE",
                           "+NCONFIG:CR_0859_SI_AVOID,TRUE"]),
         T("AT+NCDP=1.2.3.4,5683", final="ERROR"),
         T("AT+CGSN=1", ["+CGSN:863703031234567"])]
    write("calliope_bc95_config.log", render_calliope(s), s, "calliope-bc95-debug", "Quectel BC95-B8")

    # ---------------- MKRNB MODEM.debug() raw echo ----------------
    s = [N("Starting Arduino NB-IoT web client."),
         T("AT"), T("AT+CMEE=2"), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CFUN=0"),
         T("AT+URAT=8"), T("AT+UBANDMASK=1,524288"), T('AT+CGDCONT=1,"IP","iot.1nce.net"'),
         T("AT+CFUN=1"), T("AT+CEREG?", ["+CEREG: 0,2"]), T("AT+CEREG?", ["+CEREG: 0,5"]),
         T("AT+CGATT?", ["+CGATT: 1"]), N("connecting..."),
         T("AT+USOCR=6", ["+USOCR: 0"]),
         T('AT+USOCO=0,"93.184.216.34",80', final="+CME ERROR: Operation not allowed"),
         N("connection failed")]
    write("mkrnb_r410_raw.log", render_raw_echo(s), s, "mkrnb-modem-debug-raw", "u-blox SARA-R410M")

    s = [N("SMS Messages Sender"), N("NB initialized"),
         T("AT+CMGF=1"), T('AT+CSCS="IRA"'),
         T('AT+CMGS="+4917612345678"', ["+CMGS: 7"], prompt="> ", payload="Tank level 34%\x1a"),
         N("COMPLETE!"),
         U('+CMTI: "ME",0'),
         T('AT+CMGL="REC UNREAD"', ['+CMGL: 0,"REC UNREAD","+4917698765432",,"26/12/03,07:41:10+04"', "STOP"]),
         T("AT+CMGD=0"),
         T('AT+CMGS="+4917612345678"', prompt="> ", payload="Pump stopped\x1a", final="+CMS ERROR: 500"),
         N("ERROR sending SMS"), T("AT+CSQ", ["+CSQ: 15,99"])]
    write("mkrnb_r410_sms_raw.log", render_raw_echo(s), s, "mkrnb-modem-debug-raw", "u-blox SARA-R410M")

    # ---------------- Cinterion Python helper 'Sending X to dev' / 'AT reply:' ----------------
    basic = lambda lvl, name, msg: "%s:%s:%s" % (lvl, name, msg)
    s = [N("INFO:hil:opening /dev/ttyS0 at 115200"),
         T("AT^SCFG?", ['^SCFG: "Call/ECC","0"', '^SCFG: "GPRS/ATS0/withAttach","on"',
                        '^SCFG: "Userware/Autostart","","0"', '^SCFG: "Userware/Debug","off"']),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", ["+CSQ: 21,99"]), T("AT+CREG?", ["+CREG: 0,1"]),
         T('AT^SCFG="Userware/Autostart","","1"', ['^SCFG: "Userware/Autostart","1"']),
         T("AT^SJAM=5", ['^SJAM: "a:/meter.jad","MeterMIDlet","Acme","1.2",0,0']),
         T("AT^SBV", ["^SBV: 3980"]), T("AT+CGSN", ["356791001234567"]),
         T("AT^SCKS?", ["^SCKS: 0,1"]), T("AT+COPS?", ['+COPS: 0,0,"T-Mobile D"']),
         N("INFO:hil:config ok")]
    write("tc65_py_basic.log", render_tc65(s, basic), s, "cinterion-py-at-reply", "Cinterion TC65i")

    asct = lambda lvl, name, msg: "2026-12-01 11:02:%02d,%03d %s [%s] %s" % (asct.n // 1000 % 60, asct.n % 1000, lvl, name, msg) if not asct.bump() else ""
    def _bump():
        asct.n += 137
        return False
    asct.n = 7000
    asct.bump = _bump
    s = [T("AT+CMEE=1"), T("AT+CPIN?", final="+CME ERROR: 10"),
         N("Traceback (most recent call last):"),
         N('  File "provision.py", line 41, in check_sim'),
         N("    ok, resp = at.send(ser, 'AT+CPIN?')"),
         N("tc65.at.ATException: ['AT+CPIN?', '+CME ERROR: 10']"),
         T("AT^SCKS?", ["^SCKS: 0,0"]), T("AT+CFUN=1,1"), U("^SYSSTART"),
         T("AT", final=None), T("AT"), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT^SMONC", ["^SMONC: 262,01,4E21,1F3A,28,44,0,262,01,4E21,2A11,12,30"]),
         T('AT^SCFG="Radio/Band"', ['^SCFG: "Radio/Band","15","3"']),
         T('AT^SCFG="Radio/Band","99"', final="ERROR")]
    write("tc65_py_asctime.log", render_tc65(s, asct, dev="/dev/ttyUSB0"), s, "cinterion-py-at-reply", "Cinterion TC65i")

    # docker compose prefix
    asct.n = 31000
    s = [T("AT+CGSN", ["351234567890123"]), T("AT^SYSSTART?", final="ERROR"),
         T('AT^SCFG="MEopMode/Prov/AutoSelect"', ['^SCFG: "MEopMode/Prov/AutoSelect","on"']),
         T('AT+CGDCONT=1,"IP","internet.m2m"'), T("AT+CGATT?", ["+CGATT: 1"]),
         T("AT^SICA=1,1"), T("AT^SISX=\"Ping\",1,\"8.8.8.8\",2,5000",
                             ['^SISX: "Ping",1,1,"8.8.8.8",61', '^SISX: "Ping",1,1,"8.8.8.8",58',
                              '^SISX: "Ping",2,1,2,2,0,0', '^SISX: "Ping",3,1,58,61,59']),
         T("AT^SICA=0,1"), T("AT+CSQ", ["+CSQ: 18,99"])]
    inner = render_tc65(s, asct, dev="/dev/ttyACM0", name="gw.modem")
    lines = ["Attaching to modem-agent-1, mqtt-1",
             "mqtt-1         | 1764586860: mosquitto version 2.0.18 starting",
             "mqtt-1         | 1764586860: Opening ipv4 listen socket on port 1883."]
    lines += prefix_lines(inner[:14], "modem-agent-1  | ")
    lines += ["mqtt-1         | 1764586862: New connection from 172.18.0.3:51544 on port 1883."]
    lines += prefix_lines(inner[14:], "modem-agent-1  | ")
    lines += ["modem-agent-1 exited with code 0"]
    write("compose_ehs6.log", lines, s, "docker-compose+cinterion-py", "Cinterion EHS6")

    # kubectl logs --prefix
    asct.n = 52000
    s = [T("AT^SMONI", ["^SMONI: 4G,6300,20,10,10,FDD,262,02,B6F1,19A3C0D,151,33,-98,-12,NOCONN"]),
         T("AT+COPS?", ['+COPS: 0,0,"vodafone.de",7']),
         T("AT^SCFG=\"Radio/Mtpl\"", final="+CME ERROR: 4"),
         T("AT+CEREG?", ["+CEREG: 0,1"]), T("AT+CGPADDR=1", ['+CGPADDR: 1,"10.33.120.4"']),
         T("AT^SISS=0,\"srvType\",\"Socket\""), T("AT^SISS=0,\"conId\",\"1\""),
         T("AT^SISS=0,\"address\",\"socktcp://203.0.113.10:9000\""),
         T("AT^SISO=0", after=["^SISW: 0,1"]), T("AT^SISC=0")]
    inner = render_tc65(s, asct, dev="/dev/ttyACM1", name="agent.at")
    lines = prefix_lines(inner, "[pod/gw-agent-7f9c4d6b8-x2x8q/modem] ")
    write("kubectl_prefix_pls8.log", lines, s, "kubectl-prefix+cinterion-py", "Cinterion PLS8-E")

    # ---------------- wrappers around the SODAQ shape ----------------
    s = [N("[init] started."), N("[initBuffer]"),
         T("AT", final=None), T("AT"),
         T("AT+CMEE=2"), T("ATE0"),
         T("AT+CFUN?", ["+CFUN: 1"]), T("AT+COPS?", ["+COPS: 0,0,\"Telekom.de\",7"]),
         T("AT+URAT?", ["+URAT: 8"]),
         T("AT+CGDCONT?", ['+CGDCONT: 1,"IP","internet.m2mportal.de","100.71.12.9",0,0,0,0']),
         T("AT+CSQ", ["+CSQ: 21,99"]), T("AT+CGATT?", ["+CGATT: 1"]),
         T("AT+UDCONF=1,1"), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+USOCR=17", ["+USOCR: 0"]),
         T('AT+USOST=0,"203.0.113.7",9000,6,"0102030405FF"', final="+CME ERROR: Operation not allowed")]
    inner = render_sodaq(s)
    lines = ["Started by timer", "Running as SYSTEM",
             "Building on agent hil-sodaq-02 in workspace /var/lib/jenkins/workspace/nightly-r412",
             "[nightly-r412] $ /bin/sh -xe /tmp/jenkins7718232154.sh",
             "+ arduino-cli upload -p /dev/ttyACM0 --fqbn SODAQ:samd:sodaq_sara build/",
             "+ python3 tools/tail_serial.py /dev/ttyACM0 --seconds 120"]
    base = 11 * 3600 + 2 * 60 + 5
    out = []
    for i, l in enumerate(lines + inner + ["tail_serial: 120 s elapsed, 0 bytes pending",
                                            "Build step 'Execute shell' marked build as failure",
                                            "Finished: FAILURE"]):
        out.append(hhmmss(base + i // 3) + "  " + l)
    write("jenkins_ts_sodaq_r412.log", out, s, "jenkins-timestamper+sodaq", "u-blox SARA-R412M")

    s = [T("AT+UMNOPROF?", ["+UMNOPROF: 0"]), T("AT+UMNOPROF=100", final="+CME ERROR: Operation not allowed"),
         T("AT+CFUN=0"), T("AT+UMNOPROF=100"), T("AT+CFUN=15"),
         T("AT+CSQ", ["+CSQ: 99,99"]), T("AT+CEREG?", ["+CEREG: 0,0"]), T("AT+COPS?", ["+COPS: 2"])]
    inner = render_sodaq(s, echo=False)
    so = ["SARA-R410M never registers after setting MNO profile (SODAQ SFF, Sodaq_R4X)",
          "",
          "I'm using a SODAQ SARA SFF with the R410M and the Sodaq_R4X library. After a fresh flash the",
          "module will not register at all. I enabled the diagnostic stream (`r4x.setDiag(DEBUG_STREAM)`)",
          "and this is what I get:",
          ""]
    so += ["    " + l for l in inner[:9]]
    so += ["",
           "then after the reboot, no matter how long I wait:",
           ""]
    so += ["    " + l for l in inner[9:]]
    so += ["",
           "The relevant part of my sketch:",
           "",
           "    r4x.init(&saraR4xxOnOff, MODEM_STREAM);",
           "    if (!r4x.execCommand(\"AT+UMNOPROF=100\")) {",
           "        DEBUG_STREAM.println(\"profile failed\");",
           "    }",
           "",
           "Do I have to deregister (`AT+COPS=2`) first? The SIM is a 1NCE card and works in a phone.",
           "",
           "arduino  sodaq  u-blox  nb-iot",
           "asked Mar 3 at 9:41",
           "",
           "1 Answer",
           "",
           "`+COPS: 2` means the module is deregistered; after changing the profile you need `AT+COPS=0`.",
           "Also set the band mask again, the profile resets it."]
    write("stackoverflow_r410.txt", so, s, "stackoverflow-post+sodaq", "u-blox SARA-R410M")

    s = [T("AT+CMEE=2"), T('AT+CGDCONT=1,"IP","iot.1nce.net"'),
         T('AT+CGDCONT?', ['+CGDCONT: 1,"IP","iot.1nce.net","0.0.0.0",0,0,0,0']),
         T("AT+URAT=8"), T("AT+UBANDMASK=1,524288"),
         T('AT+COPS=1,2,"26201"', final="+CME ERROR: no network service"),
         T("AT+COPS=0"), T("AT+CEREG?", ["+CEREG: 0,5"]),
         T('AT+USOCO=0,"203.0.113.7",9000', final="+CME ERROR: Operation not allowed")]
    inner = render_sodaq(s, echo=False)
    nb = "\u00a0"
    word = ["Hi Anna,", "", "as discussed, here is the debug output from unit 0042 (copied from the serial monitor):", ""]
    for l in inner:
        l = l.replace(">> ", ">>" + nb).replace("<< ", "<<" + nb)
        # Word's AutoFormat turns straight quotes into curly ones
        res, openq = "", True
        for ch in l:
            if ch == '"':
                res += "\u201c" if openq else "\u201d"
                openq = not openq
            else:
                res += ch
        word.append(res)
    word += ["", "The last line is what blocks us. Could you check with u\u2011blox whether socket 0 must be",
             "created first? We\u2019re on FW L0.0.00.00.05.08.", "", "Best regards,", "Jonas"]
    write("word_copy_smartquotes_r410.txt", word, s, "word-copy+sodaq", "u-blox SARA-R410M")

    # ---------------- Excel CSV export with multi-line cells (Fibocom L610) ----------------
    s = [T("ATI", ["Fibocom", "L610", "Revision: 16000.1000.00.97.20.10"]),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", ["+CSQ: 26,99"]),
         T('AT+CGDCONT=1,"IP","cmnet"'), T("AT+MIPCALL=1", after=["+MIPCALL: 10.152.33.71"]),
         T("AT+MIPCALL?", ["+MIPCALL: 1,10.152.33.71"]),
         T('AT+MIPOPEN=1,0,"203.0.113.20",5000,0', after=["+MIPOPEN: 1,1"]),
         T('AT+MIPSEND=1,"48656C6C6F"', ["+MIPSEND: 1,1019"]),
         T("AT+MIPPUSH=1", ["+MIPPUSH: 1,0"]),
         T("AT+MIPCLOSE=1", after=["+MIPCLOSE: 1,0"]),
         T("AT+MIPOPEN=1,0,\"203.0.113.20\",5000,0", final="+CME ERROR: 3")]
    rows = ['"Time","Direction","Data"']
    tt = 36000
    def q(x):
        return '"' + x.replace('"', '""') + '"'
    for it in s:
        rows.append(",".join([q(hhmmss(tt)), q("TX"), q(it.cmd)]))
        tt += 1
        body = "\n".join(it.resp + ([""] if it.resp else []) + [it.final])
        rows.append(",".join([q(hhmmss(tt)), q("RX"), q(body)]))
        for u in it.after:
            tt += 2
            rows.append(",".join([q(hhmmss(tt)), q("URC"), q(u)]))
        tt += 3
    write("excel_export_l610.csv", rows, s, "excel-csv-multiline", "Fibocom L610", nl="\r\n")

    # ---------------- Confluence/Notion copy (Huawei ME909s) ----------------
    s = [T("ATI", ["Manufacturer: Huawei Technologies Co., Ltd.", "Model: ME909s-120", "Revision: 11.617.01.00.00"]),
         T("AT^SYSINFOEX", ['^SYSINFOEX: 2,3,0,1,,6,"LTE",101,"LTE"']),
         T('AT^NDISDUP=1,1,"internet"', after=['^NDISSTAT: 1,,,"IPV4"']),
         T("AT^DHCP?", ["^DHCP: 0a21a8c0,f8ffffff,0921a8c0,0921a8c0,0a0b0c0d,0a0b0c0e,150000000,150000000"]),
         T("AT^NDISDUP=1,0", after=['^NDISSTAT: 0,,,"IPV4"']),
         T('AT^NDISDUP=1,1,"wrong.apn"', final="+CME ERROR: 30"),
         T("AT^HCSQ?", ['^HCSQ: "LTE",52,41,121,23'])]
    conf = ["Modem bring-up checklist (ME909s-120)", "Created by Lukas W., last updated Dec 02, 2026", "",
            "1. Identify module", ""]
    def block(it):
        b = ["• " + it.cmd]
        for r in it.resp:
            b.append("• " + r)
        b.append("• " + it.final)
        for u in it.after:
            b.append("• (later) " + u)
        return b
    conf += block(s[0]) + ["", "2. Check registration", ""] + block(s[1])
    conf += ["", "3. Dial NDIS", "", "Expect the ^NDISSTAT report a few seconds after OK.", ""] + block(s[2])
    conf += [""] + block(s[3]) + ["", "4. Hang up", ""] + block(s[4])
    conf += ["", "Known issue", "", "With a wrong APN the dial is refused immediately:", ""] + block(s[5])
    conf += ["", "5. Signal", ""] + block(s[6]) + ["", "Like", "Be the first to like this"]
    write("confluence_copy_me909s.txt", conf, s, "confluence-copy-bullets", "Huawei ME909s-120")

    # ---------------- pytest captured stdout around atcom (Telit LE910C4) ----------------
    s = [T("AT+CGMR", ["25.30.226"]), T("AT+CEREG?", ["+CEREG: 0,2"]), T("AT+CEREG?", ["+CEREG: 0,2"]),
         T("AT+CEREG?", ["+CEREG: 0,2"]), T("AT+COPS?", ["+COPS: 0"]),
         T("AT#RFSTS", ['#RFSTS: "262 01",6300,-112,-82,-18.5,B6F1,FF,,128,19,0,19A3C0D,"262011234567890","Telekom.de",3,20,720,3000,400,0,"",""']),
         T("AT+CFUN=4"), T("AT+CFUN=1")]
    out = render_atcom(s, verbose=False, echo=True, shell=False)
    py = ["============================= test session starts ==============================",
          "platform linux -- Python 3.11.2, pytest-8.3.3, pluggy-1.5.0",
          "rootdir: /home/ci/hil", "collected 3 items", "",
          "tests/test_attach.py ..F                                                 [100%]", "",
          "=================================== FAILURES ===================================",
          "_______________________________ test_registered ________________________________", "",
          "    def test_registered():",
          "        atcom(\"AT+CGMR\")",
          "        for _ in range(3):",
          "            out = atcom(\"AT+CEREG?\")",
          "            if \"+CEREG: 0,1\" in out or \"+CEREG: 0,5\" in out:",
          "                return",
          "            time.sleep(10)",
          "        collect_diagnostics(atcom)",
          ">       pytest.fail(\"LE910C4 not registered\")",
          "E       Failed: LE910C4 not registered", "",
          "tests/test_attach.py:27: Failed",
          "----------------------------- Captured stdout call -----------------------------"]
    py += out
    py += ["------------------------------ Captured log call -------------------------------",
           "INFO     hil.modem:conftest.py:18 atcom -> 8 lines",
           "WARNING  hil.modem:conftest.py:33 not registered yet, retry 1",
           "WARNING  hil.modem:conftest.py:33 not registered yet, retry 2",
           "INFO     hil.modem:conftest.py:41 collecting diagnostics",
           "=========================== short test summary info ============================",
           "FAILED tests/test_attach.py::test_registered - Failed: LE910C4 not registered",
           "========================= 1 failed, 2 passed in 48.12s ========================="]
    write("pytest_captured_atcom_le910c4.log", py, s, "pytest-captured+atcom", "Telit LE910C4-WWX")

    # ---------------- GitLab CI around atcom -v (Quectel EC25) ----------------
    s = [T("AT+CPIN?", ["+CPIN: READY"]), T("AT+QCCID", ["+QCCID: 8949226000001234567F"]),
         T("AT+CSQ", ["+CSQ: 27,99"]), T("AT+CREG?", ["+CREG: 0,1"]),
         T('AT+QCFG="band"', ['+QCFG: "band",0x93,0x80800c5,0x0']),
         T("AT+QSIMDET?", final="+CME ERROR: 58"),
         T("AT+QGMR", ["EC25EFAR06A06M4G_01.001.01.001"]), T("AT+QPOWD=1", ["POWERED DOWN"], final="OK")]
    # QPOWD prints OK then the URC; keep the modem's order: OK first
    s[-1] = T("AT+QPOWD=1")
    inner = render_atcom(s, prompt="", verbose=True, echo=True, quiet_info=True, shell=False)
    E = "\x1b"
    lines = ["Running with gitlab-runner 17.6.0 (374d34fd)",
             "  on hil-rpi-ec25 y7Gq3Lm1, system ID: s_9c2d1e77a0b3",
             E + "[0Ksection_start:1764931200:prepare_executor\r" + E + "[0K" + E + "[0K" + E + "[36;1mPreparing the \"shell\" executor" + E + "[0;m",
             E + "[0KUsing Shell (bash) executor..." + E + "[0;m",
             E + "[0Ksection_end:1764931200:prepare_executor\r" + E + "[0K",
             E + "[0Ksection_start:1764931203:step_script\r" + E + "[0K" + E + "[0K" + E + "[36;1mExecuting \"step_script\" stage of the job script" + E + "[0;m"]
    # every atcom call is echoed by the runner as '$ atcom -v ...' in green
    for it in s:
        lines.append(E + "[32;1m$ atcom -v " + shlex.quote(it.cmd) + E + "[0;m")
        one = render_atcom([it], prompt="", verbose=True, echo=True, quiet_info=True, shell=False)
        lines.extend(one)
    lines += [E + "[0Ksection_end:1764931260:step_script\r" + E + "[0K",
              E + "[32;1mJob succeeded" + E + "[0;m"]
    write("gitlab_ci_atcom_ec25.log", lines, s, "gitlab-ci+atcom", "Quectel EC25-E")

    # ---------------- Jenkins timestamps around WNC ----------------
    s = [N("Start AT init of WNC:"), T("AT"), T("ATE0"), T("AT+CMEE=2"),
         T("AT%PDNSET?", ["%PDNSET: 1,M2M.COM.ATTZ,IP,,,,,0,0,0"]),
         T("AT@INTERNET=1"), T("AT@SOCKDIAL=1", final="+CME ERROR: no network service"),
         T("AT+CREG?", ["+CREG: 0,3"]), T("AT+COPS=?", final=None),
         T("AT@SOCKDIAL=1")]
    inner = render_wnc(s, t0=1200, echo=True)
    lines = ["+ pyocd flash -t k64f build/wnc_demo.bin", "0000786 I Loading build/wnc_demo.bin [load_cmd]",
             "+ timeout 300 cat /dev/ttyACM0"] + inner + ["Build timed out (after 5 minutes). Marking the build as aborted.",
                                                          "Finished: ABORTED"]
    out = []
    for i, l in enumerate(lines):
        out.append("[2026-12-04T03:%02d:%02d.%03dZ] %s" % (10 + i // 20, (i * 7) % 60, (i * 131) % 1000, l))
    write("jenkins_iso_wnc.log", out, s, "jenkins-timestamper+wnc", "WNC M14A2A")

    # ---------------- negatives ----------------
    neg = ["> {\"req\":\"hub.set\",\"product\":\"com.example.tracker\",\"mode\":\"periodic\",\"outbound\":60}",
           "{}",
           "> {\"req\":\"card.status\"}",
           "{\"status\":\"{normal}\",\"usb\":true,\"storage\":8,\"time\":1764931500,\"connected\":true}",
           "> {\"req\":\"card.wireless\"}",
           "{\"status\":\"{cell-registration-wait}\",\"mode\":\"auto\",\"net\":{\"iccid\":\"89011703278101234567\",\"imsi\":\"310170812345678\",\"rat\":\"lte\",\"bars\":2,\"rssi\":-71,\"rsrp\":-101,\"rsrq\":-12}}",
           "> {\"req\":\"note.add\",\"file\":\"data.qo\",\"body\":{\"temp\":21.4,\"hum\":48}}",
           "{\"total\":3}",
           "> {\"req\":\"hub.sync\"}",
           "{}",
           "> {\"req\":\"hub.sync.status\"}",
           "{\"status\":\"{sync-end}\",\"time\":1764931562,\"completed\":14}",
           "> {\"req\":\"card.time\"}",
           "{\"time\":1764931563,\"area\":\"Berlin\",\"zone\":\"CET,Europe/Berlin\",\"minutes\":60,\"lat\":52.52,\"lon\":13.40}"]
    write("neg_notecard_json.log", neg, None, "negative-notecard-json", "Blues Notecard")

    neg = ["[    0.000000] Booting Linux on physical CPU 0x0000000000 [0x410fd083]",
           "[    0.000000] Linux version 6.6.51+rpt-rpi-v8 (serge@raspberrypi.com) (aarch64-linux-gnu-gcc-12 (Debian 12.2.0-14) 12.2.0) #1 SMP PREEMPT Debian 1:6.6.51-1+rpt3 (2024-10-08)",
           "[    1.204117] usb 1-1: new high-speed USB device number 2 using xhci_hcd",
           "[    2.911520] usb 1-1.2: new high-speed USB device number 3 using xhci_hcd",
           "[    3.032144] usb 1-1.2: New USB device found, idVendor=2c7c, idProduct=0125, bcdDevice= 3.18",
           "[    3.032160] usb 1-1.2: Product: EG25-G",
           "[    3.032165] usb 1-1.2: Manufacturer: Quectel",
           "[    5.118342] usbcore: registered new interface driver option",
           "[    5.118410] usbserial: USB Serial support registered for GSM modem (1-port)",
           "[    5.118799] option 1-1.2:1.0: GSM modem (1-port) converter detected",
           "[    5.119125] usb 1-1.2: GSM modem (1-port) converter now attached to ttyUSB0",
           "[    5.119380] option 1-1.2:1.1: GSM modem (1-port) converter detected",
           "[    5.119602] usb 1-1.2: GSM modem (1-port) converter now attached to ttyUSB1",
           "[    5.119877] option 1-1.2:1.2: GSM modem (1-port) converter detected",
           "[    5.120090] usb 1-1.2: GSM modem (1-port) converter now attached to ttyUSB2",
           "[    5.120345] option 1-1.2:1.3: GSM modem (1-port) converter detected",
           "[    5.120561] usb 1-1.2: GSM modem (1-port) converter now attached to ttyUSB3",
           "[    5.402913] qmi_wwan 1-1.2:1.4: cdc-wdm0: USB WDM device",
           "[    5.404771] qmi_wwan 1-1.2:1.4 wwan0: register 'qmi_wwan' at usb-0000:01:00.0-1.2, WWAN/QMI device, 6a:1f:0c:22:9e:41",
           "[    5.405002] usbcore: registered new interface driver qmi_wwan",
           "[   12.771204] IPv6: ADDRCONF(NETDEV_CHANGE): wwan0: link becomes ready",
           "[  185.330118] usb 1-1.2: USB disconnect, device number 3",
           "[  185.331060] option1 ttyUSB2: GSM modem (1-port) converter now disconnected from ttyUSB2",
           "[  185.331452] option 1-1.2:1.2: device disconnected",
           "[  191.882731] usb 1-1.2: new high-speed USB device number 4 using xhci_hcd",
           "[  192.004551] usb 1-1.2: New USB device found, idVendor=2c7c, idProduct=0125, bcdDevice= 3.18",
           "[  192.012233] usb 1-1.2: GSM modem (1-port) converter now attached to ttyUSB2"]
    write("neg_boot_dmesg_eg25.log", neg, None, "negative-kernel-boot", "Quectel EG25-G")

    neg = ["root@gw:~# qmicli -d /dev/cdc-wdm0 --dms-get-operating-mode",
           "[/dev/cdc-wdm0] Operating mode retrieved:",
           "\tMode: 'online'",
           "\tHW restricted: 'no'",
           "root@gw:~# qmicli -d /dev/cdc-wdm0 --wda-set-data-format=link-layer-protocol=raw-ip",
           "[/dev/cdc-wdm0] Successfully set data format",
           "                        QoS flow header: no",
           "                    Link layer protocol: 'raw-ip'",
           "root@gw:~# qmicli -p -d /dev/cdc-wdm0 --wds-start-network=\"apn='internet',ip-type=4\" --client-no-release-cid",
           "[/dev/cdc-wdm0] Network started",
           "\tPacket data handle: '2264924720'",
           "[/dev/cdc-wdm0] Client ID not released:",
           "\tService: 'wds'",
           "\t    CID: '17'",
           "root@gw:~# udhcpc -q -f -n -i wwan0",
           "udhcpc: started, v1.36.1",
           "udhcpc: broadcasting discover",
           "udhcpc: broadcasting select for 10.96.41.130, server 10.96.41.129",
           "udhcpc: lease of 10.96.41.130 obtained from 10.96.41.129, lease time 7200",
           "root@gw:~# ping -c 3 -I wwan0 8.8.8.8",
           "PING 8.8.8.8 (8.8.8.8) from 10.96.41.130 wwan0: 56(84) bytes of data.",
           "64 bytes from 8.8.8.8: icmp_seq=1 ttl=113 time=48.2 ms",
           "64 bytes from 8.8.8.8: icmp_seq=2 ttl=113 time=39.7 ms",
           "64 bytes from 8.8.8.8: icmp_seq=3 ttl=113 time=41.0 ms",
           "",
           "--- 8.8.8.8 ping statistics ---",
           "3 packets transmitted, 3 received, 0% packet loss, time 2003ms",
           "rtt min/avg/max/mdev = 39.712/42.966/48.188/3.732 ms"]
    write("neg_qmicli_udhcpc.log", neg, None, "negative-qmi-ip", "Quectel EG25-G")

    neg = ["Subject: RE: unit 0042 not attaching",
           "",
           "Hi Jonas,",
           "",
           "thanks for the trace. A few notes from our side before we open a case with u-blox:",
           "",
           "The module answers the MNO profile change with an error because the radio is still on; you",
           "have to switch it off with AT+CFUN=0 first, then set AT+UMNOPROF=100 and reboot with",
           "AT+CFUN=15. After the reboot please query AT+COPS? and AT+CEREG? once a minute for ten",
           "minutes and send us the output. If AT+CSQ keeps reporting 99,99 the antenna is the",
           "first suspect, not the firmware.",
           "",
           "We also saw that your sketch never enables verbose errors; adding AT+CMEE=2 to the init",
           "sequence would give us the text of every +CME ERROR instead of a bare number.",
           "",
           "Regards,",
           "Anna",
           "",
           "-----Original Message-----",
           "From: Jonas",
           "Sent: Tuesday, December 2, 2026 10:14",
           "Subject: unit 0042 not attaching",
           "",
           "Unit 0042 still does not attach. Trace to follow."]
    write("neg_prose_email.txt", neg, None, "negative-prose", "u-blox SARA-R410M")

    neg = ["[INFO] Starting AVR-IoT Cellular sensor node (fw 1.3.1)",
           "[INFO] Connecting to operator...",
           "[DEBUG] LTE: power on, waiting for modem ready",
           "[INFO] Waiting for connection...",
           "[INFO] Waiting for connection...",
           "[INFO] Waiting for connection...",
           "[INFO] Connected to operator: Telenor NB-IoT",
           "[INFO] Provisioning check: certificates present",
           "[INFO] Connecting to MQTT broker a1b2c3d4e5.iot.eu-west-1.amazonaws.com",
           "[WARN] MQTT connect timed out, retrying (1/3)",
           "[INFO] Connected to MQTT broker",
           "[INFO] Published 64 bytes to sensors/avr-iot-01/telemetry",
           "[INFO] Going to sleep for 60 s",
           "[INFO] Got out of sleep with wake up reason 1, doing work...",
           "[INFO] Published 64 bytes to sensors/avr-iot-01/telemetry",
           "[ERROR] Lost connection to operator",
           "[INFO] Connecting to operator..."]
    write("neg_status_lines_avriot.log", neg, None, "negative-status-lines", "Sequans GM02S")

    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    tot = sum(v["total"] for v in LABELS.values())
    print("%d logs, %d transactions" % (len(LABELS), tot))


if __name__ == "__main__":
    main()
