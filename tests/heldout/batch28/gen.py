#!/usr/bin/env python3
"""holdout28: write logs/, labels.json and per_log.md deterministically, then self-check.

Every log is one session description: T (a command the host sends, the modem's reply and the
final result), U (an unsolicited line), N (a line the library / application / person prints).
One renderer per printer turns the session into the printer's lines (layouts read in the
printers' source, see SOURCES.md); the renderer also decides each label's final *as its log
shows it*, so a log and its labels cannot drift apart.  A wrapper then turns the lines into the
text someone pastes into a ticket.  All values are made up.
"""
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")


class T:
    def __init__(self, cmd, resp=(), final="OK", prompt=None, payload=None, after=(), pre=(),
                 echo=None, split=None, resends=0, desired=None, param=None, tmo=None,
                 crlf=2, silent=None, before=(), note_after=(), pay_echo=True, cut=False):
        self.cmd = cmd
        self.resp = list(resp)
        self.final = final
        self.prompt = prompt          # "> " or ">" : the modem asks for a payload
        self.payload = payload        # what the host writes after the prompt (without ^Z)
        self.after = list(after)      # URCs right after the final
        self.pre = list(pre)          # URCs before the reply
        self.echo = echo              # None: the session's echo state
        self.split = split            # MM: split the reply chunk after this many bytes
        self.resends = resends        # sixfab: unanswered re-sends before the answer
        self.desired = desired        # sixfab: what sendATComm waits for
        self.param = param            # SIM800L driver: sendCommand(command, parameter)
        self.tmo = tmo                # timeout text / ticks where a printer logs one
        self.crlf = crlf              # SIM800L driver: readResponse crlfToWait
        self.silent = silent          # SIM800L driver: data read silently after the reply
        self.before = list(before)    # printer lines printed before the command
        self.note_after = list(note_after)
        self.pay_echo = pay_echo
        self.cut = cut                # capture ends right after the command went out


class U:
    def __init__(self, line):
        self.line = line


class N:
    def __init__(self, text, lvl="msg", obj="modem0"):
        self.text = text
        self.lvl = lvl
        self.obj = obj


CTRLZ = "\x1a"


def raw_(t):
    t.term = ""
    return t


def keepalive(t, gw):
    t.thread = "KeepAlive [%s]" % gw
    return t


def withdata(u, data):
    u.data = data
    return u


def on(port, t):
    t.port = port
    return t


def lab(cmd, final):
    return {"command": cmd, "final": final}


def reply_parts(t, echo):
    """(first_rx, after_payload_rx): the bytes the modem sends back."""
    e = (t.cmd + "\r") if (t.echo if t.echo is not None else echo) else ""
    pre = "".join("\r\n%s\r\n" % u for u in t.pre)
    body = ""
    if t.resp:
        body += "\r\n" + "\r\n".join(t.resp) + "\r\n"
    if t.final is not None:
        body += "\r\n%s\r\n" % t.final
    if t.prompt:
        first = e + pre + "\r\n" + t.prompt
        second = ((t.payload if t.pay_echo and (t.echo if t.echo is not None else echo) else "")
                  + body)
        return first, second
    return e + pre + body, None


# ============================================================================================
# ModemManager daemon debug log (src/mm-port-serial-at.c debug_log, src/mm-log.c _mm_log)
# ============================================================================================

def mm_esc(s):
    out = []
    for ch in s:
        if ch == "\r":
            out.append("<CR>")
        elif ch == "\n":
            out.append("<LF>")
        elif 32 <= ord(ch) < 127:
            out.append(ch)
        else:
            out.append("\\%u" % ord(ch))
    return "".join(out)


def render_mm(items, variant="file", port="modem0/ttyUSB2/at", echo=False, t0=1765098723.104511,
              host="gw-04", pid=612, hhmmss=(9, 12, 3)):
    lines, labels = [], []
    clock = [t0]

    def ts_line(obj, text, lvl="dbg"):
        clock[0] += 0.0137
        sec = int(clock[0] - t0) + hhmmss[2]
        hh, mm_, ss = hhmmss[0], hhmmss[1] + sec // 60, sec % 60
        if variant == "file":
            lines.append("<%s> [%.6f] [%s] %s" % (lvl, clock[0], obj, text))
        elif variant == "file-nots":
            lines.append("<%s> [%s] %s" % (lvl, obj, text))
        elif variant == "journal":
            lines.append("Dec 07 %02d:%02d:%02d %s ModemManager[%d]: [%s] %s" % (hh, mm_, ss, host, pid, obj, text))
        elif variant == "syslog":
            lines.append("Dec  7 %02d:%02d:%02d %s ModemManager[%d]: <%s> [%s] %s" % (hh, mm_, ss, host, pid, lvl, obj, text))

    for it in items:
        if isinstance(it, N):
            ts_line(it.obj, it.text, it.lvl)
        elif isinstance(it, U):
            ts_line(port, "<-- '%s'" % mm_esc("\r\n%s\r\n" % it.line))
        else:
            p_ = getattr(it, "port", None) or port
            ts_line(p_, "--> '%s'" % mm_esc(it.cmd + "\r"))
            labels.append(lab(it.cmd, it.final))
            if it.cut:
                continue
            first, second = reply_parts(it, echo)
            chunks = [first]
            if it.split:
                chunks = [first[:it.split], first[it.split:]]
            for c in chunks:
                if c:
                    ts_line(p_, "<-- '%s'" % mm_esc(c))
            if second is not None:
                ts_line(p_, "--> '%s'" % mm_esc(it.payload + CTRLZ))
                ts_line(p_, "<-- '%s'" % mm_esc(second))
            for u in it.after:
                ts_line(p_, "<-- '%s'" % mm_esc("\r\n%s\r\n" % u))
            if it.cmd.upper() == "ATE0" and it.final == "OK":
                echo = False
            for n in it.note_after:
                ts_line(n.obj, n.text, n.lvl)
    return lines, labels


# ============================================================================================
# RT-Thread AT client: components/net/at/src/at_utils.c at_print_raw_cmd(),
# at_client.c at_recv_readline() ("recvline"), at_vprintfln() ("sendline"), at_client_obj_send(),
# at_obj_exec_cmd() LOG_W/LOG_E texts
# ============================================================================================

def rtt_dump(name, data):
    out = []
    b = data.encode("latin-1")
    for i in range(0, len(b), 32):
        s = "[D/AT] %s: %04X-%04X: " % (name, i, i + 32)
        for j in range(32):
            s += ("%02X " % b[i + j]) if i + j < len(b) else "   "
            if (j + 1) % 8 == 0:
                s += " "
        s += "  "
        for j in range(32):
            if i + j < len(b):
                c = b[i + j]
                s += chr(c) if 32 <= c < 127 else "."
        out.append(s)
    return out


def rtt_readlines(data, end_sign=None):
    out, cur, last = [], "", ""
    for ch in data:
        cur += ch
        if (ch == "\n" and last == "\r") or (end_sign and ch == end_sign):
            out.append(cur)
            cur = ""
            last = ""
            continue
        last = ch
    if cur:
        out.append(cur)
    return out


def render_rtt(items, echo=False, colour=False, tag="at.clnt"):
    lines, labels = [], []

    def log(lvl, text, tg=None):
        col = {"W": "33", "E": "31", "I": "32", "D": "0"}[lvl]
        s = "[%s/%s] %s" % (lvl, tg or tag, text)
        if colour and lvl in "WEI":
            s = "\x1b[%sm%s\x1b[0m" % (col, s)
        lines.append(s)

    for it in items:
        if isinstance(it, N):
            if it.lvl in ("W", "E", "I"):
                log(it.lvl, it.text, None if it.obj == "modem0" else it.obj)
            else:
                lines.append(it.text)
        elif isinstance(it, U):
            for ln in rtt_readlines("\r\n%s\r\n" % it.line):
                lines.extend(rtt_dump("recvline", ln))
            if getattr(it, "data", None):
                lines.extend(rtt_dump("urc_recv", it.data))
        else:
            lines.extend(rtt_dump("sendline", it.cmd + "\r\n"))
            labels.append(lab(it.cmd, it.final))
            first, second = reply_parts(it, echo)
            for ln in rtt_readlines(first, ">" if it.prompt else None):
                lines.extend(rtt_dump("recvline", ln))
            if second is not None:
                lines.extend(rtt_dump("sendline", it.payload))
                for ln in rtt_readlines(second):
                    lines.extend(rtt_dump("recvline", ln))
            if it.final is None and it.tmo:
                log("W", "execute command (%s) timeout (%d ticks)!" % (it.cmd, it.tmo))
            elif it.final is not None and ("ERROR" in it.final or it.final.startswith("FAIL")):
                log("E", "execute command (%s) failed!" % it.cmd)
            for u in it.after:
                for ln in rtt_readlines("\r\n%s\r\n" % u):
                    lines.extend(rtt_dump("recvline", ln))
            for n in it.note_after:
                if n.lvl in ("W", "E", "I"):
                    log(n.lvl, n.text)
                else:
                    lines.append(n.text)
            if it.cmd.upper() == "ATE0" and it.final == "OK":
                echo = False
            if it.cmd.upper() == "ATE1" and it.final == "OK":
                echo = True
    return lines, labels


# ============================================================================================
# Gammu --debug textall / textalldate: libgammu/protocol/at/at.c AT_WriteMessage/AT_StateMachine,
# gsmstate.c GSM_DumpMessageText_Custom/GSM_WaitFor/GSM_DispatchMessage, debug.c DumpMessage,
# dbg_vprintf (date prefix), phone/at/atgen.c ATGEN_DispatchMessage/ATGEN_Initialise
# ============================================================================================

def gammu_dump(data):
    b = data.encode("latin-1")
    out = []
    W = 16
    buf = [" "] * (W * 5)
    j = 0
    for i, c in enumerate(b):
        h = "%02X" % c
        buf[j * 4] = h[0]
        buf[j * 4 + 1] = h[1]
        printable = 32 <= c < 127 and c not in (0x09, 0x01)
        buf[j * 4 + 2] = chr(c) if printable else " "
        buf[(W - 1) * 4 + j + 4] = chr(c) if printable else "."
        if j != W - 1 and i != len(b) - 1:
            buf[j * 4 + 3] = "|"
        if j == W - 1:
            out.append("".join(buf))
            buf = [" "] * (W * 5)
            j = 0
        else:
            j += 1
    if j != 0:
        out.append("".join(buf))
    return out


def gammu_lines_of(buf):
    return [x for x in re.split(r"[\r\n]+", buf) if x != ""]


STATE = {"OK": 1, "CONNECT": 2, "ERROR": 3, "NO CARRIER": 3, "> ": 7}


def gammu_state(line):
    if line in STATE:
        return STATE[line]
    if line.startswith("+CME ERROR:"):
        return 6
    if line.startswith("+CMS ERROR:"):
        return 5
    if line.startswith("COMMAND NOT SUPPORT"):
        return 3
    return 4


def render_gammu(items, echo=True, header=(), date=None):
    lines, labels = [], []
    lines.extend(header)

    def frame(kind, data):
        lines.append("%s frame type 0x00/length 0x%02X/%d" % (kind, len(data), len(data)))
        lines.extend(gammu_dump(data))

    def dispatch(buf):
        ls = gammu_lines_of(buf)
        for i, l in enumerate(ls):
            lines.append('%d "%s"' % (i + 1, l))
        last = ls[-1] if ls else ""
        lines.append("Checking line: %s" % last)
        lines.append("AT reply state: %d" % gammu_state(last))
        frame("RECEIVED", buf)

    for it in items:
        if isinstance(it, N):
            lines.append(it.text)
        elif isinstance(it, U):
            buf = it.line + "\r\n"
            dispatch(buf)
        else:
            for b in it.before:
                lines.append(b)
            if it.prompt:
                lines.append("Waiting for modem prompt")
            frame("SENDING", it.cmd + "\r")
            if it.tmo == "noprompt":
                labels.append(lab(it.cmd, None))
                lines.append("Escaping SMS mode")
                frame("SENDING", "\x1b\r")
                continue
            if it.tmo == "wakeup":
                labels.append(lab(it.cmd, None))
                lines.append("Discarding response from wake-up command")
                continue
            if it.final is None:
                labels.append(lab(it.cmd, None))
                for n in it.note_after:
                    lines.append(n.text)
                continue
            labels.append(lab(it.cmd, it.final))
            first, second = reply_parts(it, echo)
            if second is not None:
                # at.c: the "> " dispatch does not clear Msg.Length, so the next frame repeats it
                dispatch(first.lstrip("\r\n"))
                lines.append("Sending SMS")
                frame("SENDING", it.payload)
                frame("SENDING", CTRLZ)
                dispatch(first.lstrip("\r\n") + second)
                if it.final == "OK":
                    lines.append("SMS sent OK")
                else:
                    m = re.search(r"(\d+)$", it.final)
                    lines.append("Error %s" % (m.group(1) if m else "-1"))
            else:
                dispatch(first.lstrip("\r\n"))
            for n in it.note_after:
                lines.append(n.text)
    if date:
        # dbg_vprintf: "%s %4d/%02d/%02d %02d:%02d:%02d: " at the start of every line
        out = []
        h, m, s = date
        for i, l in enumerate(lines):
            sec = s + i // 9
            out.append("Mon 2026/12/07 %02d:%02d:%02d: %s" % (h, m + sec // 60, sec % 60, l))
        lines = out
    return lines, labels


# ============================================================================================
# Sixfab_RPi_CellularIoT_Library cellulariot.py: sendATCommOnce() debug_print(compose = cmd+"\r"),
# sendATComm() re-sends every `timeout` s until desired_response is in one read, then prints it
# ============================================================================================

def render_sixfab(items, echo=True, raw=False):
    out = []   # raw text pieces (print() adds "\n")
    labels = []

    def pr(s):
        out.append(s + "\n")

    for it in items:
        if isinstance(it, N):
            pr(it.text)
        elif isinstance(it, U):
            continue      # URCs read between calls are never printed (reset_input_buffer)
        else:
            desired = it.desired or "OK\r\n"
            first, second = reply_parts(it, echo)
            if it.prompt:
                desired = it.desired or ">"
            shown = first
            partial = False
            if desired == "\r\n" and (it.echo if it.echo is not None else echo) and second is None:
                # the echo and its CR LF are waiting before the final arrives
                shown = it.cmd + "\r\r\n"
                partial = True
            found = desired in shown
            n = 1 + it.resends
            for k in range(n):
                pr(it.cmd + "\r")
                last = (k == n - 1)
                if last and found and not it.cut:
                    pr(shown)
                    if second is None:
                        labels.append(lab(it.cmd, None if partial else it.final))
                    else:
                        # the payload goes out through sendATComm(data, "SEND OK") / CTRL_Z
                        if it.payload.endswith(CTRLZ):
                            pr(it.payload[:-1] + "\r")       # sendATCommOnce(text)
                            # sendATComm(CTRL_Z, "OK", 8): reset_input_buffer() drops the text's echo
                            body = second[len(it.payload):] if second.startswith(it.payload) else second
                            if "OK" in body:
                                pr(CTRLZ + "\r")
                                pr(body)
                                labels.append(lab(it.cmd, it.final))
                            else:
                                for _ in range(1 + (it.tmo or 0)):
                                    pr(CTRLZ + "\r")       # re-sent every 8 s, reply never printed
                                labels.append(lab(it.cmd, None))
                        else:
                            pr(it.payload + "\r")
                            pr(second)
                            labels.append(lab(it.cmd, it.final))
                else:
                    labels.append(lab(it.cmd, None))
            for n_ in it.note_after:
                pr(n_.text)
    text = "".join(out)
    if not raw:
        text = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "").replace(CTRLZ, "")
    return text, labels


# ============================================================================================
# lwcell (MaJerle) lwcell/src/system/lwcell_ll_win32.c: send_data() printf("%c") of every byte
# sent (only if !LWCELL_CFG_AT_ECHO), uart_thread() printf("%c") of every byte read and
# fwrite() of the read bytes to log_file.txt
# ============================================================================================

def render_lwcell(items, echo=True, cfg_echo=False, logfile=False):
    out, labels = [], []
    if not logfile:
        out.append("COM PORT \\\\.\\COM23 opened!\r\n")
    for it in items:
        if isinstance(it, N):
            if not logfile:
                out.append(it.text + "\r\n")
        elif isinstance(it, U):
            out.append("\r\n%s\r\n" % it.line)
        else:
            if not cfg_echo and not logfile:
                out.append(it.cmd + "\r\n")
            labels.append(lab(it.cmd, it.final))
            first, second = reply_parts(it, echo)
            out.append(first)
            if second is not None:
                if not cfg_echo and not logfile:
                    out.append(it.payload + CTRLZ)
                out.append(second)
            for u in it.after:
                out.append("\r\n%s\r\n" % u)
            if it.cmd.upper() == "ATE0" and it.final == "OK":
                echo = False
            if it.cmd.upper() == "ATE1" and it.final == "OK":
                echo = True
    text = "".join(out)
    if not logfile:
        text = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
    return text, labels


# ============================================================================================
# ostaquet/Arduino-SIM800L-driver src/SIM800L.cpp: sendCommand() 'SIM800L : Send "<cmd>"',
# sendCommand(cmd, param) 'SIM800L : Send "<cmd>"<param>""', readResponse() stops at the
# crlfToWait-th CR LF ('SIM800L : End of transmission', then 'SIM800L : Receive "<buffer>"'),
# 'SIM800L : Receive timeout'; purgeSerial() drops the rest silently
# ============================================================================================

def sim_read(data, crlf):
    seen, cnt = False, 0
    for i, ch in enumerate(data):
        if ch == "\r":
            seen = True
        elif ch == "\n" and seen:
            cnt += 1
            if cnt == crlf:
                return data[:i + 1], True
        else:
            seen = False
    return data, False


def sim_monitor(s):
    return s.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")


def render_sim800l(items, echo=True):
    out, labels = [], []
    for it in items:
        if isinstance(it, N):
            out.append(it.text + "\n")
        elif isinstance(it, U):
            # a second readResponse() (HTTPACTION's URC) prints it as a reply
            got, ok = sim_read("\r\n%s\r\n" % it.line, 2)
            out.append("SIM800L : End of transmission\n")
            out.append('SIM800L : Receive "%s"\n' % sim_monitor(got))
        else:
            for b in it.before:
                out.append(b + "\n")
            if it.param is None:
                out.append('SIM800L : Send "%s"\n' % it.cmd)
            else:
                base = it.cmd[: len(it.cmd) - len(it.param) - 2]
                out.append('SIM800L : Send "%s"%s""\n' % (base, it.param))
            first, second = reply_parts(it, echo)
            got, ok = sim_read(first, it.crlf)
            final = None
            if not ok:
                out.append("SIM800L : Receive timeout\n")
            else:
                out.append("SIM800L : End of transmission\n")
                out.append('SIM800L : Receive "%s"\n' % sim_monitor(got))
                if it.final is not None and ("\r\n%s\r\n" % it.final) in got:
                    final = it.final
                if it.silent is not None:
                    # HTTPREAD: data read byte by byte, then readResponseCheckAnswer(OK)
                    rest = first[len(got):]
                    tail = rest[rest.find("\r\nOK"):] if "\r\nOK" in rest else ""
                    g2, ok2 = sim_read(tail, 2)
                    if ok2:
                        out.append("SIM800L : End of transmission\n")
                        out.append('SIM800L : Receive "%s"\n' % sim_monitor(g2))
                        final = it.final
            labels.append(lab(it.cmd, final))
            for n in it.note_after:
                out.append(n.text + "\n")
            if it.cmd.upper().startswith("ATE1") and it.final == "OK":
                echo = True
    return "".join(out), labels


# ============================================================================================
# SMSLib v3 (tdelenikas/smslib-v3) src/java/org/smslib/modem/AModemDriver.java: write(String)
# logDebug("SEND :" + formatLog(s)); getResponse() reads lines (leading CR/LF skipped, LF dropped,
# CR kept) until the whole buffer matches an ATHandler terminator, logDebug("BUFFER: " + buffer)
# (raw CRs) and logDebug("RECV :" + formatLog(buffer)); clearBuffer() "clearBuffer() called." and
# the queue is emptied; helper/Logger.java "GTW: <id>: "; sample log4j.properties pattern
# "%-6r %d [%t] %-5p %C %x - %m%n"
# ============================================================================================

SMSLIB_TERM = [r"OK\s", r"\s*[\x00-\x7f]*\s+OK\s", r"(ERROR|NO CARRIER|NO DIALTONE)\s", r"ERROR:\s*\d+\s",
               r"\+CM[ES]\s+ERROR:\s*\d+\s", r"\+CPIN:\s*READY\s", r"\+CPIN:\s*SIM\s*BUSY\s",
               r"\+CPIN:\s*SIM\s*PIN\s", r"\+CPIN:\s*SIM\s*PIN2\s", r"\+CUSD:\s.*\s",
               r"\+CMTI:\s*\W[\x00-\x7f]+\W\W\s*\d+\s", r"\+CDSI:\s*\W[\x00-\x7f]+\W\W\s*\d+\s",
               r"RING\s", r"\+CLIP:\s*\W[\x00-\x7f]*\W\W\s*\d+[\x00-\x7f]*\s"]
SMSLIB_FINALS = re.compile(r"^(OK|ERROR|NO CARRIER|NO DIALTONE|\+CM[ES] ERROR: *\d+)$")


def smslib_fmt(s):
    out = []
    for ch in s:
        o = ord(ch)
        if o == 13:
            out.append("(cr)")
        elif o == 10:
            out.append("(lf)")
        elif o == 9:
            out.append("(tab)")
        elif 32 <= o < 128:
            out.append(ch)
        else:
            out.append("(%d)" % o)
    return "".join(out)


def render_smslib(items, gw="modem.com1", t0=2210, clock=(9, 20, 14, 118), cr_as_newline=False):
    lines, labels = [], []
    st = {"r": t0, "ms": clock[3], "s": clock[2], "m": clock[1]}
    queue = []   # reply lines left in the char queue (CR LF split), consumed by the next read

    def log(lvl, cls, msg, thread="main"):
        st["r"] += 37
        st["ms"] += 37
        if st["ms"] >= 1000:
            st["ms"] -= 1000
            st["s"] += 1
        if st["s"] >= 60:
            st["s"] -= 60
            st["m"] += 1
        text = "%-6d 2026-12-07 %02d:%02d:%02d,%03d [%s] %-5s %s  - GTW: %s: %s" % (
            st["r"], clock[0], st["m"], st["s"], st["ms"], thread, lvl, cls, gw, msg)
        if cr_as_newline:
            lines.extend(text.replace("\r", "\n").split("\n"))
        else:
            lines.append(text)

    D = "org.smslib.modem.AModemDriver"
    for it in items:
        if isinstance(it, N):
            if it.lvl == "clear":
                log("DEBUG", D, "clearBuffer() called.")
                queue.clear()
            else:
                log(it.lvl if it.lvl in ("INFO", "WARN", "ERROR", "DEBUG") else "INFO", it.obj, it.text)
        elif isinstance(it, U):
            queue.append(it.line)
        else:
            th = getattr(it, "thread", "main")
            log("DEBUG", D, "SEND :" + smslib_fmt(it.cmd + getattr(it, "term", "\r")), th)
            first, second = reply_parts(it, False)
            if it.tmo == "noread":
                queue.extend([x for x in re.split(r"[\r\n]+", first) if x])
                labels.append(lab(it.cmd, None))
                continue
            if second is not None:
                # "> " is read by dataAvailable() only, then clearBuffer(); write(pdu) is logged,
                # write((char) 26) is not
                log("DEBUG", D, "clearBuffer() called.")
                queue.clear()
                log("DEBUG", D, "SEND :" + smslib_fmt(it.payload))
                first = second
            queue.extend([x for x in re.split(r"[\r\n]+", first) if x])
            buf = ""
            got = None
            while queue:
                buf += queue.pop(0) + "\r"
                if any(re.fullmatch(t, buf, re.S) for t in SMSLIB_TERM):
                    if buf.startswith(("+CMTI", "+CDSI", "RING", "+CLIP", "+CUSD")):
                        # isUnsolicitedResponse(): handed to the AsyncNotifier, getResponse() again
                        log("DEBUG", D, "BUFFER: " + buf, th)
                        buf = ""
                        continue
                    got = buf
                    break
            if got is None:
                log("DEBUG", D, "Buffer contents on timeout: " + buf)
                labels.append(lab(it.cmd, None))
                continue
            log("DEBUG", D, "BUFFER: " + got, th)
            log("DEBUG", D, "RECV :" + smslib_fmt(got), th)
            last = got.rstrip("\r").split("\r")[-1]
            labels.append(lab(it.cmd, last if SMSLIB_FINALS.match(last) else None))
            for n in it.note_after:
                log(n.lvl, n.obj, n.text)
    return lines, labels


# ============================================================================================
# From memory (verified: false): pyserial script printing bytes reprs; HHD/Eltima-style serial
# monitor export with hex rows
# ============================================================================================

def render_pyrepr(items, echo=False, tx=">> ", rx="<< ", stamp=True):
    lines, labels = [], []
    t = [9 * 3600 + 30 * 60 + 2.0]

    def st():
        t[0] += 0.211
        s = t[0]
        return "%02d:%02d:%06.3f " % (s // 3600, (s % 3600) // 60, s % 60) if stamp else ""

    for it in items:
        if isinstance(it, N):
            lines.append(it.text)
        elif isinstance(it, U):
            lines.append(st() + rx + repr(("\r\n%s\r\n" % it.line).encode()))
        else:
            lines.append(st() + tx + repr((it.cmd + "\r\n").encode()))
            labels.append(lab(it.cmd, it.final))
            if it.cut:
                continue
            first, second = reply_parts(it, echo)
            lines.append(st() + rx + repr(first.encode()))
            if second is not None:
                lines.append(st() + tx + repr((it.payload + CTRLZ).encode()))
                lines.append(st() + rx + repr(second.encode()))
            for u in it.after:
                lines.append(st() + rx + repr(("\r\n%s\r\n" % u).encode()))
    return lines, labels


def hhd_rows(data):
    b = data.encode("latin-1")
    out = []
    for i in range(0, len(b), 16):
        chunk = b[i:i + 16]
        hx = " ".join("%02x" % c for c in chunk)
        asc = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        out.append("    %-48s  %s" % (hx, asc))
    return out


def render_hhd(items, echo=False, port="COM7"):
    lines, labels = [], []
    t = [9 * 3600 + 44 * 60 + 10]

    def hdr(kind):
        t[0] += 1
        s = t[0]
        return "[07/12/2026 %02d:%02d:%02d] %s data (%s)" % (s // 3600, (s % 3600) // 60, s % 60, kind, port)

    for it in items:
        if isinstance(it, N):
            lines.append(it.text)
        elif isinstance(it, U):
            lines.append(hdr("Read"))
            lines.extend(hhd_rows("\r\n%s\r\n" % it.line))
        else:
            lines.append(hdr("Written"))
            lines.extend(hhd_rows(it.cmd + "\r\n"))
            labels.append(lab(it.cmd, it.final))
            first, second = reply_parts(it, echo)
            if first:
                lines.append(hdr("Read"))
                lines.extend(hhd_rows(first))
            if second is not None:
                lines.append(hdr("Written"))
                lines.extend(hhd_rows(it.payload + CTRLZ))
                lines.append(hdr("Read"))
                lines.extend(hhd_rows(second))
            for u in it.after:
                lines.append(hdr("Read"))
                lines.extend(hhd_rows("\r\n%s\r\n" % u))
    return lines, labels


# ============================================================================================
# Wrappers
# ============================================================================================

def as_lines(x):
    if isinstance(x, str):
        return x.split("\n")
    return list(x)


def w_fence(lines, before=(), after=(), lang=""):
    return list(before) + ["```" + lang] + lines + ["```"] + list(after)


def w_email_quote(lines, before=(), after=(), depth=1):
    q = "> " * depth
    return list(before) + [(q + l).rstrip() if l else q.rstrip() for l in lines] + list(after)


def w_outlook(lines, before=(), sender="Field Tech <tech@customer.example>"):
    return list(before) + ["", "________________________________", "From: " + sender,
                           "Sent: Monday, December 7, 2026 10:02 AM",
                           "To: Modem Support <support@vendor.example>",
                           "Subject: RE: modem log as requested", ""] + lines


def w_gmail_fwd(lines, before=(), sender="Ops Bot <ops@fleet.example>"):
    return list(before) + ["", "---------- Forwarded message ---------",
                           "From: " + sender, "Date: Mon, Dec 7, 2026 at 9:58 AM",
                           "Subject: [ALERT] gateway gw-17 modem reconnect loop",
                           "To: <noc@fleet.example>", ""] + lines


def w_cat_n(lines):
    return ["%6d\t%s" % (i + 1, l) for i, l in enumerate(lines)]


def w_ndjson(lines, svc="modem-agent", host="edge-31"):
    out = []
    for i, l in enumerate(lines):
        ms = 100 + i * 37
        out.append(json.dumps({"@timestamp": "2026-12-07T09:%02d:%02d.%03dZ" % (20 + ms // 60000, (ms // 1000) % 60, ms % 1000),
                               "host.name": host, "service.name": svc, "message": l}))
    return out


def w_aws_tail(lines, group="/fleet/gw/modem", stream="gw-0042"):
    out = []
    for i, l in enumerate(lines):
        ms = 512 + i * 23
        out.append("2026-12-07T09:%02d:%02d.%03d000+00:00 %s %s" % (40 + ms // 60000, (ms // 1000) % 60, ms % 1000, stream, l))
    return out


def w_irc(lines, nick="fieldeng", intro=()):
    out = []
    for l in intro:
        out.append(l)
    for i, l in enumerate(lines):
        out.append("[10:%02d] <%s> %s" % (14 + i // 20, nick, l))
    return out


def w_telegram(lines, name="Marek K.", before=(), after=()):
    return list(before) + ["%s, [07.12.2026 10:41]" % name] + lines + list(after)


def w_mattermost(lines, name="jorge.v", before=(), after=()):
    return list(before) + ["%s  10:03 AM" % name] + lines + list(after)


def w_typescript(text, cmd):
    body = text.replace("\n", "\r\n")   # the tty's ONLCR
    return ('Script started on 2026-12-07 10:12:44+00:00 [COMMAND="%s" TERM="xterm-256color" '
            'TTY="/dev/pts/1" COLUMNS="120" LINES="40"]\n' % cmd) + body + \
        '\nScript done on 2026-12-07 10:14:02+00:00 [COMMAND_EXIT_CODE="130"]\n'


def w_confluence(lines, before=(), after=()):
    return list(before) + ["{code:language=none|title=modem console}"] + lines + ["{code}"] + list(after)


def w_discourse(lines, user="olaf_b", post=4, topic=118342, before=(), after=()):
    return list(before) + ['[quote="%s, post:%d, topic:%d"]' % (user, post, topic)] + lines + ["[/quote]"] + list(after)


def w_systemctl(lines, unit="ModemManager.service"):
    head = ["● %s - Modem Manager" % unit,
            "     Loaded: loaded (/lib/systemd/system/%s; enabled; preset: enabled)" % unit,
            "     Active: active (running) since Mon 2026-12-07 09:11:58 UTC; 4min 12s ago",
            "   Main PID: 612 (ModemManager)",
            "      Tasks: 4 (limit: 4915)",
            "     Memory: 6.1M",
            "     CGroup: /system.slice/%s" % unit,
            "             └─612 /usr/sbin/ModemManager --debug", ""]
    return head + lines


# ============================================================================================
# Sessions
# ============================================================================================

LOGDEFS = []   # (name, shape, module, wrapper, verified, text, labels, has_tx, notes)


def add(name, shape, module, wrapper, verified, text, labels, note=""):
    LOGDEFS.append(dict(name=name, shape=shape, module=module, wrapper=wrapper, verified=verified,
                        text=text, labels=labels, note=note))


def J(lines):
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- ModemManager (8) ----------
P = "modem0/ttyUSB2/at"

s = [
    N("simple connect started...", "msg"),
    N("simple connect state (3/10): unlock check", "msg"),
    T("AT+CPIN?", ["+CPIN: READY"]),
    N("simple connect state (6/10): register", "msg"),
    T("AT+COPS=3,2;+COPS?", ['+COPS: 0,2,"00101",7']),
    T("AT+CREG?", ["+CREG: 2,1,\"1A2B\",\"01C3D4E\",7"]),
    T("AT+CEREG?", ["+CEREG: 2,1,\"1A2B\",\"01C3D4E\",7"]),
    T("AT+CSQ", ["+CSQ: 19,99"]),
    U('+QIURC: "pdpdeact",1'),
    T("AT+CGDCONT?", ['+CGDCONT: 1,"IPV4V6","iot.example","0.0.0.0",0,0,0,0'], split=30),
    T('AT+CGDCONT=1,"IPV4V6","iot.example"'),
    T("AT+QNWINFO", ['+QNWINFO: "FDD LTE","00101","LTE BAND 3",1300']),
    T("AT+CGACT=1,1", final="+CME ERROR: 30"),
    N("3GPP packet service state changed (attached -> detached)", "msg"),
]
l, lb = render_mm(s, "file")
add("mm_debug_ec25_connect.log", "modemmanager-debug", "Quectel EC25-E", "-", True, J(l), lb)

s = [
    on("ttyUSB3/at", T("AT", echo=True, final="OK")),
    N("port is AT-capable", "dbg", "ttyUSB3/probe"),
    on("ttyUSB3/at", T("ATI", ["Manufacturer: SIMCOM INCORPORATED", "Model: SIMCOM_SIM7600E-H", "Revision: SIM7600M22_V2.0.1"], echo=True)),
    T("ATE0", echo=True),
    T("AT+CMEE=1"),
    T("AT+CPIN?", ["+CPIN: SIM PIN"]),
    T('AT+CPIN="0000"', final="+CME ERROR: 16"),
    T("AT+CPIN?", ["+CPIN: SIM PIN"]),
    T("AT+CLCK=\"SC\",2", ["+CLCK: 1"]),
    T("AT+CPINC?", final="ERROR"),
    T('AT+CPIN="1234"', after=["+CPIN: READY", "SMS DONE"]),
    T("AT+CICCID", ["+ICCID: 8900100000000000042"]),
]
l, lb = render_mm(s, "journal", port="modem0/ttyUSB3/at", host="rpi-gw", pid=731, echo=True)
l = ["$ journalctl -u ModemManager -b --no-pager | grep -v 'qmi'", "Dec 07 09:11:58 rpi-gw systemd[1]: Started ModemManager.service - Modem Manager."] + l
add("journal_mm_sim7600_pin.txt", "modemmanager-debug+journalctl", "SIMCom SIM7600E-H", "journalctl", True, J(l), lb)

s = [
    T("AT!ENTERCND=\"A710\""),
    T("AT!IMPREF?", ["!IMPREF: ", ' preferred fw version:    02.33.03.00', ' preferred carrier name:  GENERIC', ' preferred config name:   GENERIC_002.064_000'], split=44),
    T("AT!GSTATUS?", ["!GSTATUS: ", "Current Time:  1234\t\tTemperature: 41", "Reset Counter: 3\t\tMode:        ONLINE", "System mode:   LTE        \tPS state:    Attached", "LTE band:      B3     \t\tLTE bw:      20 MHz"], split=60),
    T("AT!SELRAT?", ["!SELRAT: 06, LTE Only"]),
    T("AT!BAND?", ["Index, Name", "00, All bands"]),
    T("AT!PCOFFEN?", final="+CME ERROR: 4"),
    T("AT+CGPADDR=1", ["+CGPADDR: 1,\"10.64.17.9\""]),
    T("AT!SCACT?", ["!SCACT: 1,1"]),
]
l, lb = render_mm(s, "file-nots", port="modem0/ttyUSB2/at")
text = J(w_fence(l, before=["### Modem drops to searching after fw switch (EM7511)", "",
                               "Running `ModemManager --debug`, trimmed to the AT port:", ""],
                 after=["", "ModemManager 1.24.0, kernel 6.12. Happy to attach the full log."]))
add("gh_mm_em7511_gstatus.md", "modemmanager-debug+github-fence", "Sierra Wireless EM7511", "github-fence", True, text, lb)

s = [
    T("AT^SYSCFGEX?", ['^SYSCFGEX: "00",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF,,'], pre=["^RSSI:14"]),
    U("^MODE:5,4"),
    T('AT^SYSCFGEX="03",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF,,', final="+CME ERROR: 50"),
    T("AT^SYSINFOEX", ['^SYSINFOEX:2,3,0,1,,6,"LTE",101,"LTE"']),
    U("^RSSI:13"),
    T("AT^HCSQ?", ['^HCSQ:"LTE",45,31,120,21']),
    T("AT^NDISSTATQRY?", ['^NDISSTATQRY: 0,,,"IPV4",0,,,"IPV6"']),
    T('AT^NDISDUP=1,1,"iot.example"', after=['^NDISSTAT: 0,33,,"IPV4"']),
    T("AT+CEER", ["+CEER: 33,\"Requested service option not subscribed\""]),
    T("AT+COPS=?", final=None, cut=True),
]
l, lb = render_mm(s, "file", port="modem0/ttyUSB0/at", t0=1765099010.552001)
add("mm_debug_me909s_ndisdup.log", "modemmanager-debug", "Huawei ME909s-120", "-", True, J(l), lb)

s = [
    T("AT+CGDCONT=1,\"IP\",\"broadband.example\""),
    T("AT#SGACT?", ["#SGACT: 1,0"]),
    T("ATD*99***1#", final="CONNECT 150000000"),
    N("3GPP packet service state changed (attached -> detached)", "msg"),
    T("AT+CEER", ["+CEER: Regular release"]),
    T("ATD*99***1#", final="NO CARRIER"),
    T("AT+CSQ", ["+CSQ: 8,99"]),
    T("AT#RFSTS", ['#RFSTS: "001 01",1300,-112,-80,-15,1A2B,255,,128,19,0,01C3D4E,"001010000000042","Test Network",3,3']),
]
l, lb = render_mm(s, "syslog", port="modem0/ttyACM3/at", host="kiosk-118", pid=884)
text = J(w_discourse(l, user="kiosk_ops", before=["Still no luck with the LE910C1 on the kiosk. Excerpt from /var/log/syslog after `mmcli -m 0 --simple-connect`:", ""],
                      after=["", "The second dial fails straight away. Any ideas?"]))
add("forum_mm_le910c1_dialup.txt", "modemmanager-debug+syslog+discourse-quote", "Telit LE910C1-EUX", "syslog+discourse-quote", True, text, lb)

s = [
    T("AT+ZSNT?", ["+ZSNT: 0,0,0"]),
    T("AT+ZPAS?", ['+ZPAS: "LTE","CS_PS"']),
    T("AT+CSQ", ["+CSQ: 22,99"]),
    T("AT+ZGACT=1,1", final="OK", after=["+ZCONSTAT: 1,1"]),
    T("AT+ZGPCOAUTH=1,\"user\",\"secret-example\",1", final="+CME ERROR: 3"),
    T("AT+CGPADDR=1", ["+CGPADDR: 1,\"10.200.4.77\""]),
    U("+ZCONSTAT: 0,1"),
    T("AT+CEER", ["+CEER: 36"]),
]
l, lb = render_mm(s, "syslog", port="modem0/ttyUSB1/at", host="wrt-lab", pid=2210)
text = J(w_gmail_fwd(l, before=["Hi support,", "", "forwarding the alert our monitoring sent, the syslog lines are at the bottom.", ""]))
add("fwd_mm_me3630_zgact.txt", "modemmanager-debug+syslog+gmail-forward", "ZTE ME3630-E", "syslog+gmail-forward", True, text, lb)

s = [
    T("AT+CMGF=0"),
    T("AT+CMGS=23", prompt="> ", payload="0011000B915155555555F50000AA0AE8329BFD4697D9EC37", final="OK", resp=["+CMGS: 14"]),
    T("AT+CNACT?", ['+CNACT: 0,0,"0.0.0.0"', '+CNACT: 1,0,"0.0.0.0"']),
    T("AT+CNACT=0,1", after=["+APP PDP: 0,ACTIVE"]),
    T("AT+CAOPEN=0,0,\"TCP\",\"198.51.100.23\",8883", ["+CAOPEN: 0,0"]),
    T("AT+CASEND=0,4", prompt=">", payload="ping", final="OK"),
    T("AT+CACLOSE=0", final="+CME ERROR: 3"),
]
l, lb = render_mm(s, "file", port="modem0/ttyUSB2/at", t0=1765100201.000441)
text = J(w_email_quote(l, before=["On Mon, Dec 7, 2026 at 10:31 AM Priya <priya@iot.example> wrote:"], after=[]) +
         ["", "Thanks Priya, looking at it now. The SMS part is fine, the CACLOSE error is odd.", "-- ", "Modem Support"])
add("mail_mm_sim7070g_casend.txt", "modemmanager-debug+email-quote", "SIMCom SIM7070G", "email-quote", True, text, lb)

s = [
    T("AT+UPSV?", ["+UPSV: 0"]),
    T("AT+UBANDMASK?", ["+UBANDMASK: 0,524420,1,524420"]),
    T("AT+UCGED?", ["+UCGED: 2", "6,4,001,01", "1300,3,50,50,1A2B,01C3D4E,255,44,28,-89,-11,28"]),
    T("AT+URAT?", ["+URAT: 3"]),
    T("AT+CGACT?", ["+CGACT: 1,1", "+CGACT: 4,0"]),
    T("AT+UPSD=0,100,1"),
    T("AT+UPSDA=0,3", final=None, cut=True),
]
l, lb = render_mm(s, "journal", port="modem0/ttyACM0/at", host="tracker-09", pid=505)
text = J(w_systemctl(l))
add("systemctl_mm_lara_r6.txt", "modemmanager-debug+systemctl-status", "u-blox LARA-R6001D", "systemctl-status", True, text, lb)

# ---------------------------------------------------------------- RT-Thread (8) ------------
s = [
    N(" \\ | /"),
    N("- RT -     Thread Operating System"),
    N(" / | \\     4.1.1 build Dec  7 2026 09:02:11"),
    N(" 2006 - 2022 Copyright by RT-Thread team"),
    N("AT client(V1.3.1) on device uart3 initialize success.", "I"),
    T("AT", echo=True),
    T("ATE0", echo=True),
    T("AT+CMEE=1"),
    T("ATI", ["Quectel", "EC20F", "Revision: EC20CEFAGR06A15M4G"]),
    T("AT+CPIN?", ["+CPIN: READY"]),
    T("AT+CIMI", ["001010000000042"]),
    T("AT+CSQ", ["+CSQ: 24,99"]),
    T("AT+CGREG?", ["+CGREG: 0,1"]),
    T('AT+QICSGP=1,1,"iot.example","","",0'),
    T("AT+QIACT=1", final=None, tmo=150000),
    N("ec20 device(e0) network initialize failed(-2).", "E", "at.dev.ec20"),
]
l, lb = render_rtt(s, echo=True)
add("rtt_ec20_init.log", "rtthread-at-print-raw", "Quectel EC20", "-", True, J(l), lb)

s = [
    T("AT+CIPSHUT", final="SHUT OK"),
    T("AT+CIPMUX=1"),
    T('AT+CSTT="iot.example"'),
    T("AT+CIICR"),
    T("AT+CIPSTART=0,\"TCP\",\"203.0.113.40\",5683", after=["0, CONNECT OK"]),
    T("AT+CIPSEND=0,12", prompt=">", payload="hello-rtt-01", final="0, SEND OK"),
    withdata(U("+RECEIVE,0,4:"), "pong"),
    T("AT+CIPCLOSE=0", final="0, CLOSE OK"),
    T("AT+CIPSTATUS=0", ['+CIPSTATUS: 0,,"","","","INITIAL"']),
]
l, lb = render_rtt(s)
add("rtt_sim800c_tcp.log", "rtthread-at-print-raw", "SIMCom SIM800C", "-", True, J(["msh />sim800c_probe e0"] + l + ["msh />"]), lb)

s = [
    T("AT+NCONFIG?", ["+NCONFIG:AUTOCONNECT,TRUE", "+NCONFIG:CR_0354_0338_SCRAMBLING,TRUE", "+NCONFIG:CELL_RESELECTION,TRUE"]),
    T("AT+CGATT?", ["+CGATT:0"]),
    T("AT+NUESTATS", ["Signal power:-1063", "Total power:-958", "Cell ID:30441282", "ECL:1", "SNR:-12"]),
    T("AT+CGATT?", ["+CGATT:1"]),
    T("AT+NSOCR=DGRAM,17,56000,1", ["1"]),
    T('AT+NSOST=1,192.0.2.77,5683,4,48656C6C', ["1,4"], after=["+NSONMI:1,4"]),
    T("AT+NSORF=1,4", ["1,192.0.2.77,5683,4,6F6B6179,0"]),
    T("AT+NSOCL=1"),
    T("AT+CPSMS?", final="ERROR"),
]
l, lb = render_rtt(s)
text = J(w_fence(l, before=["## BC28: NSORF returns data but the at_device socket never wakes", "",
                               "RT-Thread 4.1.1, at_device 2.1.0 (bc28), `AT_PRINT_RAW_CMD` on:", ""],
                 after=["", "Expected `+NSONMI` to trigger the socket callback."]))
add("gh_rtt_bc28_nsonmi.md", "rtthread-at-print-raw+github-fence", "Quectel BC28", "github-fence", True, text, lb)

s = [
    T("AT", echo=True),
    T("AT+CPIN?", ["+CPIN: READY"], echo=True),
    T("AT+CGATT=1", final=None, tmo=30000, echo=True),
    T("AT+CGATT?", ["+CGATT: 0"], echo=True),
    T("AT+CEREG?", ["+CEREG: 0,2"], echo=True),
    T("AT+CGATT=1", echo=True, pre=["+CEREG: 1"]),
    T('AT+CGDCONT=1,"IP","cmnet.example"', echo=True),
    T("AT+CGACT=1,1", echo=True, final="+CME ERROR: 148"),
]
l, lb = render_rtt(s, echo=True)
text = J(["【求助】Air724UG 附着网络超时", "", "用的是 RT-Thread 4.1 + at_device 的 air720 驱动，打开了 AT_PRINT_RAW_CMD，串口打印如下：", "", "```"] + l + ["```", "", "第一次 CGATT=1 超时，第二次又成功了，但是 CGACT 报 148，请问是什么原因？"])
add("cnforum_rtt_air724ug.txt", "rtthread-at-print-raw+cn-forum", "AirM2M Air724UG", "cn-forum-markdown", True, text, lb)

s = [
    T("AT+RST", after=["ready"], echo=True),
    T("ATE0", echo=True),
    T("AT+CWMODE=1"),
    T('AT+CWJAP="lab-ap","secret-example"', ["WIFI CONNECTED", "WIFI GOT IP"]),
    T("AT+CIPMUX=1"),
    T("AT+CIPDNS_CUR=1,\"198.51.100.53\""),
    T("AT+CIPSTART=0,\"TCP\",\"192.0.2.10\",1883", ["0,CONNECT"]),
    T("AT+CIPSEND=0,8", prompt=">", payload="\x10\x06\x00\x04MQTT"[:8], final="SEND OK", resp=["Recv 8 bytes"]),
    T("AT+CIPSTART=1,\"TCP\",\"192.0.2.10\",8080", final="ERROR", resp=["ALREADY CONNECTED"]),
    T("AT+CIPCLOSE=0", ["0,CLOSED"]),
]
l, lb = render_rtt(s, echo=True)
text = J(w_ndjson(l, svc="rtt-console-bridge", host="bench-esp-3"))
add("ndjson_rtt_esp8266_mqtt.jsonl", "rtthread-at-print-raw+elastic-ndjson", "Espressif ESP8266 (ESP-AT)", "elastic-ndjson", True, text, lb)

s = [
    T("AT+GTSET=\"IPRFMT\",0"),
    T("AT+MIPCALL?", ["+MIPCALL: 0"]),
    T("AT+MIPCALL=1,\"iot.example\"", after=["+MIPCALL: 10.21.4.18"]),
    T("AT+MIPOPEN=1,,\"203.0.113.5\",8080,0", after=["+MIPOPEN: 1,1"]),
    T("AT+MIPSEND=1,6", prompt=">", payload="status", final="OK", resp=["+MIPSEND: 1,2042"]),
    T("AT+MIPCLOSE=1", final="+CME ERROR: 3"),
    N("l610 device(l0) socket(1) close failed.", "W", "at.dev.l610"),
    T("AT+MIPCALL=0", after=["+MIPCALL: 0"]),
]
l, lb = render_rtt(s, colour=True)
add("rtt_l610_mipclose_ansi.log", "rtthread-at-print-raw+ansi", "Fibocom L610", "ansi-colour", True, J(l), lb)

s = [
    T("AT+CSQ", ["+CSQ: 14,99"]),
    T("AT+CREG?", ["+CREG: 0,5"]),
    T("AT$MYSYSINFO", ["$MYSYSINFO: 4,03"]),
    T('AT+XIIC=1'),
    T("AT+XIIC?", ["+XIIC:    1, 10.33.180.2"]),
    T('AT+TCPSETUP=0,198.51.100.80,443', final="OK", after=["+TCPSETUP:0,OK"]),
    T("AT+TCPSEND=0,5", prompt=">", payload="hello", final="OK", resp=["+TCPSEND:0,5"]),
    T("AT+TCPCLOSE=0", ["+TCPCLOSE:0,OK"]),
]
l, lb = render_rtt(s)
text = J(w_mattermost(l, name="jorge.v", before=["~modem-bringup"], after=["", "jorge.v  10:05 AM", "^ that's the N58 on the new carrier board, TCPSEND looks fine?"]))
add("mattermost_rtt_n58_tcp.txt", "rtthread-at-print-raw+mattermost-copy", "Neoway N58", "mattermost-copy", True, text, lb)

s = [
    T("AT+NETOPEN", final="OK", after=["+NETOPEN: 0"]),
    T("AT+IPADDR", ["+IPADDR: 10.7.31.200"]),
    T("AT+CIPOPEN=0,\"TCP\",\"192.0.2.55\",7000", final="OK", after=["+CIPOPEN: 0,0"]),
    T("AT+CIPSEND=0,4", prompt=">", payload="ping", final="OK", resp=["+CIPSEND: 0,4,4"]),
    U("+IPCLOSE: 0,1"),
    T("AT+CIPCLOSE=0", final="+CIPERROR: 4"),
    T("AT+NETCLOSE", final="OK", after=["+NETCLOSE: 0"]),
]
l, lb = render_rtt(s)
text = J(w_cat_n(l))
add("catn_rtt_sim7600_ipclose.txt", "rtthread-at-print-raw+cat-n", "SIMCom SIM7600CE", "cat-n", True, text, lb)

# ---------------------------------------------------------------- Gammu (6) ----------------
GH = ["[Gammu            - 1.42.0]", '[Connection       - "at"]', "[Connection index - 0]",
      '[Model type       - ""]', '[Device           - "/dev/ttyUSB0"]',
      "[Running on       - Linux, kernel 6.6.51+rpt-rpi-v8 (#1 SMP PREEMPT Debian 1:6.6.51-1+rpt3)]"]

s = [
    T("AT", tmo="wakeup", before=["Sending simple AT command to wake up some devices"]),
    T("ATE1", before=["Enabling echo"]),
    T("AT+MODE=2", final="COMMAND NOT SUPPORT", before=["Trying Motorola mode switch"], note_after=[N("Seems not to be supported")]),
    T("AT+CMEE=1", before=["Enabling CME errors"]),
    U("^RSSI:21"),
    T("AT+CSCS=?", ['+CSCS: ("IRA","UCS2","GSM")']),
    T('AT+CSCS="GSM"'),
    T("AT+CGMM", ["E3372"], before=["Getting model"], note_after=[N('[Connected model  - "E3372"]')]),
    T("AT+CGMI", ["huawei"], note_after=[N("Manufacturer info received"), N("[Manufacturer: Huawei]")]),
    T("AT+CGMR", ["22.200.15.00.00"], before=["Getting firmware versions"], note_after=[N('Received firmware version: "22.200.15.00.00"')]),
    T("AT+CGSN", ["860000000000042"], before=["Getting IMEI"], note_after=[N("Received IMEI 860000000000042")]),
]
l, lb = render_gammu(s, header=["$ gammu -c /etc/gammurc --debug textall identify"] + GH)
add("gammu_textall_e3372_identify.log", "gammu-debug-textall", "Huawei E3372h-153", "-", True, J(l), lb)

s = [
    T("AT+CMGF=0"),
    T("AT+CSCA?", ['+CSCA: "+15555550100",145']),
    T("AT+CMGS=23", prompt="> ", payload="0011000B915155555555F00000AA0AE8329BFD4697D9EC37", resp=["+CMGS: 61"], final="OK"),
    T("AT+CMGS=23", prompt="> ", payload="0011000B915155555555F10000AA0AE8329BFD4697D9EC37", final="+CMS ERROR: 38"),
    T("AT+CREG?", ["+CREG: 2,1,\"1A2B\",\"C3D4\""], note_after=[N("Network LAC & CID & state received"), N("Home network")]),
]
l, lb = render_gammu(s, date=(9, 31, 5))
text = J(["Mon 2026/12/07 09:31:04 gammu-smsd[1402]: Starting phone communication...",
          "Mon 2026/12/07 09:31:05 gammu-smsd[1402]: Found message to be sent: 20261207_093104_00_+15555555550_sms0.txt"] +
         l + ["Mon 2026/12/07 09:31:12 gammu-smsd[1402]: Error sending SMS: Unknown error. (UNKNOWN[27])"])
add("smsd_textalldate_sim800c_cms38.log", "gammu-debug-textalldate", "SIMCom SIM800C", "-", True, text, lb)

s = [
    T("AT+CPMS=\"SM\",\"SM\"", ["+CPMS: 3,50,3,50"]),
    T("AT+CMGF=0"),
    T("AT+CMGS=24", prompt="> ", payload="x", final=None, tmo="noprompt"),
    T("AT+CMGS=24", prompt="> ", payload="0011000B915155555555F20000AA0BE8329BFD4697D9EC3701", final="+CMS ERROR: 500"),
    T("AT+CMGF=0", final=None, note_after=[N("[Retrying 1 type 0x00]")]),
    T("AT+CMGF=0", final=None, note_after=[N("[Retrying 2 type 0x00]")]),
    T("AT+CMGF=0", final=None),
]
l, lb = render_gammu(s)
text = J(w_fence(l, before=["gammu-smsd on Home Assistant OS keeps failing to send with the EC25, debug log:", ""], lang="text",
                 after=["", "First CMGS gets no prompt at all, second one is CMS 500, after that the modem stops answering until I replug."]))
add("gh_gammu_ec25_cms500.md", "gammu-debug-textall+github-fence", "Quectel EC25-AU", "github-fence", True, text, lb)

s = [
    T("AT", tmo="wakeup", before=["Sending simple AT command to wake up some devices"]),
    T("ATE1", final=None, before=["Enabling echo"], note_after=[N("[Retrying 1 type 0x00]")]),
    T("ATE1", final=None, note_after=[N("[Retrying 2 type 0x00]")]),
    T("ATE1", final=None, note_after=[N("Phone does not support enabled echo, it can not work with Gammu!"),
                                      N("It might be caused by other program using the modem."),
                                      N("See <https://wammu.eu/docs/manual/faq/general.html#echo> for help.")]),
]
l, lb = render_gammu(s, header=GH[:1] + ['[Connection       - "at"]', "[Connection index - 0]", '[Model type       - ""]', '[Device           - "/dev/ttyUSB2"]'])
l += ["No response in specified timeout. Probably phone not connected."]
text = J(w_irc(l, nick="mf190_user", intro=["*** mf190_user has joined #gammu"]))
add("irc_gammu_mf190_echo.txt", "gammu-debug-textall+irc-log", "ZTE MF190", "irc-log", True, text, lb)

s = [
    T("AT+CPMS=?", ['+CPMS: ("SM","ME"),("SM","ME"),("SM","ME")']),
    T('AT+CPMS="ME","ME"', ["+CPMS: 0,255,0,255"]),
    T('AT+CPMS="SM","SM"', ["+CPMS: 2,30,2,30"]),
    T("AT+CMGF=0"),
    T("AT+CMGL=4", ["+CMGL: 0,1,,24", "07915155555550F0040B915155555555F00000622170901250000AE8329BFD4697D9EC37",
                    "+CMGL: 1,1,,24", "07915155555550F0040B915155555555F00000622170901260000AE8329BFD4697D9EC37"]),
    T("AT+CMGD=0", final="+CMS ERROR: 321"),
    T("AT+CMGD=1"),
]
l, lb = render_gammu(s)
text = J(w_outlook(l, before=["Hello,", "", "as requested the gammu debug log of `gammu getallsms` on our ME909s gateway.", "",
                                 "Regards", "Tomasz"], sender="Tomasz W. <tomasz@utility.example>"))
add("outlook_gammu_me909s_cmgl.txt", "gammu-debug-textall+outlook-reply", "Huawei ME909s-821", "outlook-reply", True, text, lb)

s = [
    T("AT+CUSD=1,\"AA180C3602\",15", after=['+CUSD: 0,"D4B29C0E",15']),
    T("AT+CMEE=1"),
    T("AT+CPIN?", final="+CME ERROR: 10"),
    T("AT+CSQ", ["+CSQ: 99,99"]),
    T("ATD+15555550123;", final="NO CARRIER"),
]
l, lb = render_gammu(s, date=(10, 2, 40))
text = J(w_aws_tail(l, stream="gw-0042/gammu"))
add("awstail_gammu_e173_nosim.txt", "gammu-debug-textalldate+aws-logs-tail", "Huawei E173", "aws-logs-tail", True, text, lb)

# ---------------------------------------------------------------- Sixfab (6) ---------------
s = [
    N("Sixfab Raspberry Pi Cellular IoT Shield Class initialized!"),
    N("BG96 module enabled!"),
    N("BG96 module powered up!"),
    T("ATE1"),
    T("AT+CGSN", ["866000000000042"]),
    T('AT+QCFG="nwscanseq",02,1'),
    T('AT+QCFG="nwscanmode",3,1'),
    T('AT+QCFG="iotopmode",0,1'),
    N("Modem configuration : CATM1_MODE"),
    N("Trying to connect base station of operator..."),
    T("AT+CGATT?", ["+CGATT: 1"], resends=3, desired="+CGATT: 1\r\n"),
    T("AT+CSQ", ["+CSQ: 17,99"]),
    T("AT+QICSGP=1"),
    T("AT+QIACT=1", desired="\r\n"),
    T('AT+QIOPEN=1,1,"TCP","198.51.100.7",5000,0,0', final="OK"),
    T("AT+QISTATE=0,1", ['+QISTATE: 1,"TCP","198.51.100.7",5000,33201,2,1,1,0,"uart1"']),
]
text, lb = render_sixfab(s)
add("sixfab_bg96_tcp.txt", "sixfab-cellulariot-print", "Quectel BG96", "-", True, "pi@raspberrypi:~/cellulariot $ python3 tcp_test.py\n" + text, lb)

s = [
    N("Sixfab Raspberry Pi Cellular IoT Shield Class initialized!"),
    T("AT+CMGF=1"),
    T('AT+CMGS="+15555550147"', prompt="> ", payload="Pump 3 offline" + CTRLZ, resp=["+CMGS: 12"], final="OK", desired=">"),
    T("AT+CSQ", ["+CSQ: 99,99"]),
    T('AT+CMGS="+15555550147"', prompt="> ", payload="Pump 3 back" + CTRLZ, final="+CMS ERROR: 331", desired=">", tmo=3),
]
text, lb = render_sixfab(s)
text = J(w_telegram(as_lines(text), before=["Sixfab HAT group"], after=["Marek K., [07.12.2026 10:42]", "second one never arrives, any idea?"]))
add("tg_sixfab_bg96_sms.txt", "sixfab-cellulariot-print+telegram-copy", "Quectel BG96", "telegram-copy", True, text, lb)

s = [
    T("ATE1"),
    T("AT+QGPS=1"),
    T("AT+QGPSLOC?", final="+CME ERROR: 516", desired="+QGPSLOC:", resends=4),
    T("AT+QGPSLOC?", ["+QGPSLOC: 101245.0,4807.038N,01131.000E,1.2,540.1,2,0.00,0.0,0.0,071226,07"], desired="+QGPSLOC:"),
    T("AT+QGPSEND"),
]
text, lb = render_sixfab(s, raw=True)
text = w_typescript("$ python3 gnss_test.py\n" + text + "^CTraceback (most recent call last):\n  File \"/home/pi/gnss_test.py\", line 34, in <module>\n    time.sleep(30)\nKeyboardInterrupt\n", "python3 gnss_test.py")
add("typescript_sixfab_bg96_gnss.txt", "sixfab-cellulariot-print+script-typescript", "Quectel BG96", "script-typescript", True, text, lb)

s = [
    N("Sixfab Raspberry Pi Cellular IoT Shield Class initialized!"),
    T('AT+QCFG="band"', ['+QCFG: "band",0x0,0x80084,0x80084']),
    T("AT+QNWINFO", ['+QNWINFO: "CAT-M1","00101","LTE BAND 20",6300']),
    T("AT+QIACT=1", desired="\r\n"),
    T('AT+QIOPEN=1,1,"TCP","203.0.113.99",1883,0,0', final="ERROR", resends=5),
]
text, lb = render_sixfab(s)
text = text + "^CTraceback (most recent call last):\n  File \"mqtt_demo.py\", line 22, in <module>\n    node.connectToServerTCP()\n  File \"/usr/local/lib/python3.11/dist-packages/cellulariot/cellulariot.py\", line 437, in connectToServerTCP\n    self.sendATComm(self.compose,\"OK\\r\\n\")\nKeyboardInterrupt\n"
add("sixfab_bg95_qiopen_loop.txt", "sixfab-cellulariot-print", "Quectel BG95-M3", "-", True, text, lb)

s = [
    T("AT+CGMR", ["BG95M3LAR02A03"]),
    T("AT+CPIN?", ["+CPIN: READY"]),
    T("AT+QCSQ", ['+QCSQ: "eMTC",-97,-121,142,-12']),
    T("AT+CGATT?", ["+CGATT: 1"], desired="+CGATT: 1\r\n", resends=1),
    T("AT+QISEND=1,5", prompt="> ", payload="hello", resp=[], final="SEND OK", desired=">"),
    T("AT+QICLOSE=1"),
]
text, lb = render_sixfab(s)
text = J(w_cat_n(as_lines(text.rstrip("\n"))))
add("catn_sixfab_bg95_qisend.txt", "sixfab-cellulariot-print+cat-n", "Quectel BG95-M3", "cat-n", True, text, lb)

s = [
    N("Sixfab Raspberry Pi Cellular IoT Shield Class initialized!"),
    T("AT+CGSN", ["866000000000043"]),
    T("AT+CGMR", ["BG96MAR02A07M1G"]),
    T("AT+CGMM", ["BG96"]),
    T("AT+QCCID", ["+QCCID: 8900100000000000042F"]),
    T("AT&W"),
]
text, lb = render_sixfab(s)
text = J(w_confluence(as_lines(text.rstrip("\n")), before=["h2. Unit 0042 bring-up", "", "Output of {{identify.py}} on the bench Pi:"],
                      after=["", "Serial checked against the label, OK."]))
add("confluence_sixfab_bg96_identify.txt", "sixfab-cellulariot-print+confluence-code", "Quectel BG96", "confluence-code", True, text, lb)

# ---------------------------------------------------------------- lwcell (5) ---------------
s = [
    T("AT+CFUN=1,1", after=["RDY", "+CFUN: 1", "+CPIN: READY", "Call Ready", "SMS Ready"]),
    T("ATE0"),
    T("AT+CFUN=1"),
    T("AT+CMEE=1"),
    T("AT+CGMI", ["SIMCOM_Ltd"]),
    T("AT+CGMM", ["SIMCOM_SIM800C"]),
    T("AT+CGSN", ["869000000000042"]),
    T("AT+CGMR", ["Revision:1418B05SIM800C24"]),
    T("AT+CREG=1"),
    T("AT+CLCC=1"),
    T("AT+CPIN?", ["+CPIN: READY"]),
]
text, lb = render_lwcell(s, echo=True)
add("lwcell_win32_sim800c_reset.txt", "lwcell-win32-console", "SIMCom SIM800C", "-", True, text, lb)

s = [
    T("AT+CGACT=0", final="ERROR"),
    T("AT+CGACT=1", final="ERROR"),
    T("AT+CGATT=0"),
    T("AT+CGATT=1"),
    T("AT+CIPSHUT", final="SHUT OK"),
    T("AT+CIPMUX=1"),
    T("AT+CIPRXGET=0"),
    T('AT+CSTT="iot.example","",""'),
    T("AT+CIICR", final="+CME ERROR: 148"),
]
text, lb = render_lwcell(s, echo=False)
text = J(w_fence(as_lines(text.rstrip("\n")), before=["**lwcell network attach fails with SIM868 (CIICR 148)**", "",
                                                       "Win32 port, console output:", ""],
                 after=["", "Same SIM works in a phone."]))
add("gh_lwcell_sim868_ciicr.md", "lwcell-win32-console+github-fence", "SIMCom SIM868", "github-fence", True, text, lb)

s = [
    T("AT+CFUN=1,1", after=["RDY", "+CFUN: 1", "+CPIN: READY"]),
    T("ATE1"),
    T("AT+CFUN=1"),
    T("AT+CMEE=1"),
    T("AT+CGMI", ["SIMCOM_Ltd"]),
    T("AT+CGMM", ["SIMCOM_SIM7000E"]),
    T("AT+CGSN", ["869000000000043"]),
    T("AT+CGMR", ["Revision:1351B04SIM7000E"]),
    T("AT+CREG=1"),
    T("AT+CLCC=1"),
    T("AT+CPIN?", ["+CPIN: READY"]),
    U("+CREG: 2"),
    U("+CREG: 5"),
    T("AT+COPS?", ['+COPS: 0,0,"TEST NET",7']),
]
text, lb = render_lwcell(s, echo=True, logfile=True)
add("lwcell_log_file_sim7000e.txt", "lwcell-log-file", "SIMCom SIM7000E", "-", True, text, lb)

s = [
    T("AT+CMGF=1"),
    T('AT+CMGS="+15555550188"', prompt="> ", payload="Door 2 open", resp=["+CMGS: 7"], final="OK"),
    T('AT+CPMS="SM","SM","SM"', ["+CPMS: 1,30,1,30,1,30"]),
    U('+CMTI: "SM",2'),
    T("AT+CMGR=2", ['+CMGR: "REC UNREAD","+15555550188","","26/12/07,10:01:55+04"', "ack"]),
    T("AT+CMGD=2"),
    T("ATD+15555550188;"),
    U("NO CARRIER"),
    T("ATH"),
]
text, lb = render_lwcell(s, echo=False)
text = J(w_outlook(as_lines(text.rstrip("\n")), before=["Hi,", "", "console of the lwcell SMS example, sorry for the length.", "", "Ben"],
                   sender="Ben Ortiz <ben@alarms.example>"))
add("outlook_lwcell_sim800l_sms.txt", "lwcell-win32-console+outlook-reply", "SIMCom SIM800L", "outlook-reply", True, text, lb)

s = [
    T('AT+CIPSTART=0,"TCP","192.0.2.31",80', after=["0, CONNECT OK"]),
    T("AT+CIPSEND=0,18", prompt="> ", payload="GET / HTTP/1.0\r\n\r\n", final="0, SEND OK"),
    U("+RECEIVE,0,17:"),
    T("AT+CIPCLOSE=0", final="0, CLOSE OK"),
    T("AT+CIPSTATUS", ["STATE: IP PROCESSING", "C: 0,0,\"TCP\",\"192.0.2.31\",\"80\",\"CLOSED\""]),
    T("AT+CIPSTART=1,\"TCP\",\"192.0.2.31\",81", after=["1, CONNECT FAIL"]),
]
text, lb = render_lwcell(s, echo=False)
text = text.replace("\n", "\r\n")
add("lwcell_win32_sim800c_tcp_crlf.txt", "lwcell-win32-console+windows-crlf", "SIMCom SIM800C", "windows-crlf", True, text, lb)

# ---------------------------------------------------------------- SIM800L driver (6) -------
SIMHDR = [N("SIM800L : Prepare internal buffer of 200 bytes"), N("SIM800L : Prepare reception buffer of 512 bytes")]
s = SIMHDR + [
    T("AT"),
    N("Setup Complete!"),
    T("AT+CREG?", ["+CREG: 0,1"]),
    T("AT+CSQ", ["+CSQ: 18,0"]),
    N("Signal OK (strenght: 18)"),
    T('AT+SAPBR=3,1,"Contype","GPRS"'),
    T('AT+SAPBR=3,1,"APN","iot.example"', param="iot.example"),
    T("AT+SAPBR=1,1"),
    T("AT+SAPBR=2,1", ['+SAPBR: 1,1,"10.112.40.7"']),
    N("GPRS connected with IP 10.112.40.7"),
    T("AT+HTTPINIT"),
    T('AT+HTTPPARA="CID",1'),
    T('AT+HTTPPARA="URL","http://api.example/v1/ping"', param="http://api.example/v1/ping"),
    T("ATI", ["SIM800 R14.18"]),
    N("SIM800L : initiateHTTP() - Support of SSL enabled"),
    T("AT+HTTPSSL=0"),
    T("AT+HTTPACTION=0"),
    U("+HTTPACTION: 0,200,15"),
    N("SIM800L : doGet() - HTTP status 200"),
    N("SIM800L : doGet() - Data size received of 15 bytes"),
    T("AT+HTTPREAD", ["+HTTPREAD: 15", '{"pong":"ok"}'], silent=True),
    N('SIM800L : doGet() - Received from HTTP GET : {"pong":"ok"}'),
    T("AT+HTTPTERM"),
]
text, lb = render_sim800l(s)
add("sim800l_driver_httpget.txt", "sim800l-driver-debug", "SIMCom SIM800L", "-", True, text, lb)

s = SIMHDR + [
    T("AT"),
    T("AT+SAPBR=2,1", ['+SAPBR: 1,3,"0.0.0.0"']),
    T('AT+SAPBR=3,1,"Contype","GPRS"'),
    T('AT+SAPBR=3,1,"APN","m2m.example"', param="m2m.example"),
    T("AT+SAPBR=1,1", final="ERROR"),
    N("GPRS not connected !"),
    N("Retry to connect GPRS..."),
    T("AT+SAPBR=1,1", final=None, resp=[], crlf=2, echo=False),
    N("GPRS not connected !"),
    T("AT+CREG?", ["+CREG: 0,2"]),
]
text, lb = render_sim800l(s)
text = J(w_discourse(as_lines(text.rstrip("\n")), user="vlad_m", post=1, topic=120771,
                     before=["SIM800L won't open the bearer (AT+SAPBR=1,1 -> ERROR)", "", "Using ostaquet's SIM800L lib, debug on:"],
                     after=["", "Powered from a 2A buck, antenna attached."]))
add("discourse_sim800l_sapbr_error.txt", "sim800l-driver-debug+discourse-quote", "SIMCom SIM800L", "discourse-quote", True, text, lb)

s = SIMHDR + [
    T("AT"),
    T("AT+HTTPINIT", final="ERROR"),
    N("SIM800L : initiateHTTP() - Unable to init HTTP"),
    N("HTTP POST error 701"),
    T("AT+HTTPTERM"),
    T("AT+HTTPINIT"),
    T('AT+HTTPPARA="CID",1'),
    T('AT+HTTPPARA="URL","http://ingest.example/m"', param="http://ingest.example/m"),
    T("ATI", ["SIM800 R13.08"]),
    N("SIM800L : initiateHTTP() - Support of SSL disabled (SIM800L firware below R14)"),
    T('AT+HTTPPARA="CONTENT","application/json"', param="application/json"),
    T("AT+HTTPDATA=12,10000", ["DOWNLOAD"], final=None),
    N('SIM800L : doPost() - Payload to send : {"t":21.5}'),
    T("AT+HTTPACTION=1"),
    N("SIM800L : Receive timeout"),
    N("SIM800L : doPost() - Server timeout"),
    N("HTTP POST error 408"),
]
text, lb = render_sim800l(s)
add("sim800l_driver_post_timeout.txt", "sim800l-driver-debug", "SIMCom SIM800L", "-", True, text, lb)

s = SIMHDR + [
    T("AT", echo=False),
    T("ATE1&W", echo=False),
    T("AT+CSQ", ["+CSQ: 9,0"]),
    T("AT+CCID", ["8900100000000000042"]),
    T("AT+GMR", ["Revision:1418B04SIM800L24"]),
    T("AT+CFUN?", ["+CFUN: 4"]),
    T("AT+CFUN=1", pre=["+CPIN: READY"]),
    T("AT+CFUN?", ["+CFUN: 1"]),
]
text, lb = render_sim800l(s, echo=False)
text = J(w_irc(as_lines(text.rstrip("\n")), nick="rk_", intro=["*** rk_ (~rk@user/rk) has joined ##arduino", "[10:13] <rk_> sim800l was in CFUN 4 after brownout, log:"]))
add("irc_sim800l_driver_cfun.txt", "sim800l-driver-debug+irc-log", "SIMCom SIM800L", "irc-log", True, text, lb)

s = SIMHDR + [
    T("AT"),
    T("AT+CREG?", ["+CREG: 0,5"]),
    T("AT+CSQ", ["+CSQ: 25,0"]),
    T("AT+SAPBR=2,1", ['+SAPBR: 1,1,"10.44.9.251"']),
    T("AT+HTTPINIT"),
    T('AT+HTTPPARA="CID",1'),
    T('AT+HTTPPARA="URL","https://cfg.example/unit/0042"', param="https://cfg.example/unit/0042"),
    T("ATI", ["SIM800 R14.18"]),
    N("SIM800L : initiateHTTP() - Support of SSL enabled"),
    T("AT+HTTPSSL=1"),
    T("AT+HTTPACTION=0"),
    U("+HTTPACTION: 0,603,0"),
    N("SIM800L : doGet() - HTTP status 603"),
    T("AT+HTTPTERM"),
]
text, lb = render_sim800l(s)
text = J(w_telegram(as_lines(text.rstrip("\n")), name="Arduino UA chat", before=[], after=["Arduino UA chat, [07.12.2026 10:44]", "603 = DNS error?"]))
add("tg_sim800l_driver_https603.txt", "sim800l-driver-debug+telegram-copy", "SIMCom SIM800L", "telegram-copy", True, text, lb)

s = SIMHDR + [
    T("AT", final=None, resp=[], echo=False),
    T("AT", final=None, resp=[], echo=False),
    T("AT"),
    N("Setup Complete!"),
    T("AT+CPIN?", final="+CME ERROR: 10"),
    T("AT+CREG?", ["+CREG: 0,0"]),
    T("AT+CSQ", ["+CSQ: 0,0"]),
    N("No signal"),
]
text, lb = render_sim800l(s)
text = text.replace("\n", "\r\n").encode("utf-16")  # Windows PowerShell 5 redirect: UTF-16 LE with BOM
add("ps_redirect_sim800l_nosim_utf16.txt", "sim800l-driver-debug+utf16le-bom", "SIMCom SIM800L", "utf16le-bom", True, text, lb)

# ---------------------------------------------------------------- SMSLib v3 (3) ------------
SD = "org.smslib.modem.SerialModemDriver"
AH = "org.smslib.modem.AModemDriver"
CLR = N("", "clear")
smslib_start = [
    N("Opening: /dev/ttyUSB0 @115200", "INFO", SD),
    CLR,
    raw_(T("\x1b", tmo="noread")),
    raw_(T("+++", final=None, tmo="noread")),
    T("ATZ", tmo="noread"),
    CLR,
    T("ATZ", tmo="noread"),
    T("ATE0", tmo="noread"),
    CLR,
]
s = smslib_start + [
    T("AT+CPIN?", ["+CPIN: READY"]),
    T("ATE0", tmo="noread"), CLR,
    T("AT+CLIP=1"),
    T("AT+COPS=0"),
    T("ATE0", tmo="noread"), CLR,
    T("AT+CREG?", ["+CREG: 0,1"], note_after=[N("GSM: Registered to home network.", "INFO", AH)]),
    T("AT+CMEE=1"),
    T("AT+CPMS=?", ['+CPMS: ("SM","ME"),("SM","ME"),("SM","ME")']),
    N("MEM: Storage Locations Found: SMME", "INFO", AH),
    T("AT+CNMI=?", ["+CNMI: (0-2),(0-3),(0,2,3),(0-2),(0,1)"]),
    T("AT+CNMI=2,1,0,0,0"),
    T("AT+CMGF=0"),
]
l, lb = render_smslib(s[:0] + s, gw="modem.com1")
lb = [x for x in lb if x["command"] not in ("\x1b", "+++")]
add("smslib_fxt009_startup.log", "smslib-v3-log4j", "Sierra Wireless FXT009", "-", True, J(l), lb,
    "the ESC byte and +++ are written too (not commands); ATZ/ATE0 replies are cleared unread")

s = [
    keepalive(T("AT"), "huawei-1"),
    T("AT+CSQ", ["+CSQ: 17,99"]),
    T("AT+CMGS=23", prompt="> ", payload="0011000B915155555555F30000AA0AE8329BFD4697D9EC37", resp=["+CMGS: 88"], final="OK"),
    U('+CMTI: "SM",3'),
    T("AT+CMGR=3", final="+CMS ERROR: 321"),
    T("AT+CMGS=23", prompt="> ", payload="0011000B915155555555F40000AA0AE8329BFD4697D9EC37", final="+CMS ERROR: 500"),
    T("AT+CMGL=4", ["+CMGL: 1,1,,24", "07915155555550F0040B915155555555F00000622170901260000AE8329BFD4697D9EC37"]),
]
l, lb = render_smslib(s, gw="huawei-1", t0=84113, clock=(10, 5, 2, 900))
text = J(["$ java -cp smsserver.jar:lib/* org.smslib.smsserver.SMSServer"] + l)
add("smsserver_e3131_cms500.txt", "smslib-v3-log4j", "Huawei E3131", "-", True, text, lb)

s = smslib_start + [
    T("AT+CPIN?", ["+CPIN: SIM PIN"]),
    N("SIM requesting PIN.", "DEBUG", AH),
    T('AT+CPIN="0000"'),
    T("AT+CPIN?", ["+CPIN: READY"]),
    T("ATE0", tmo="noread"), CLR,
    T("AT+CLIP=1"),
    T("AT+COPS=0"),
    T("ATE0", tmo="noread"), CLR,
    T("AT+CREG?", ["+CREG: 0,2"], note_after=[N("GSM: Not registered, searching for network...", "WARN", AH)]),
    T("AT+CREG?", ["+CREG: 0,3"], note_after=[N("GSM: Network registration denied!", "ERROR", AH),
                                               N("Network Registration failed, proceeding with defaults.", "WARN", AH)]),
    T("AT+CMEE=1"),
]
l, lb = render_smslib(s, gw="sim7600", t0=1502, clock=(8, 58, 40, 51), cr_as_newline=True)
lb = [x for x in lb if x["command"] not in ("\x1b", "+++")]
text = J(w_email_quote(l, before=["Hi team,", "", "our SMSLib gateway never registers with the SIM7600 since the SIM swap. Log below (opened in Notepad++ and copied).", ""], depth=1) + ["", "Thanks, Ahmed"])
add("mail_smslib_sim7600_denied.txt", "smslib-v3-log4j+email-quote", "SIMCom SIM7600G-H", "email-quote", True, text, lb)

# ---------------------------------------------------------------- from memory (4) ----------
s = [
    N("2026-12-07 09:30:02,004 INFO modem-probe: opening /dev/ttyUSB2 @115200"),
    T("AT+CGDCONT?", ['+CGDCONT: 1,"IPV4V6","iot.example","",0,0,0,0']),
    T("AT#USBCFG?", ["#USBCFG: 3"]),
    T("AT#SGACT=1,1", final="+CME ERROR: 555"),
    T("AT#SGACT?", ["#SGACT: 1,0"]),
    T("AT+CEER", ['+CEER: "Activation rejected by GGSN, SGW or PGW"']),
    T("AT#FWSWITCH?", ["#FWSWITCH: 0,0,0"]),
]
l, lb = render_pyrepr(s)
add("pyrepr_le910c4_sgact.log", "pyserial-bytes-repr", "Telit LE910C4-NF", "-", False, J(l), lb)

s = [
    T("AT%XSYSTEMMODE?", ["%XSYSTEMMODE: 1,0,1,0"]),
    T("AT+CFUN=1"),
    U("+CEREG: 2,\"1A2B\",\"01C3D4E\",7"),
    U("+CEREG: 1,\"1A2B\",\"01C3D4E\",7,,,\"11100000\",\"11100000\""),
    T("AT#XSOCKET=1,2,0", ["#XSOCKET: 0,2,17"]),
    T('AT#XSENDTO="192.0.2.90",5684,"hi"', ["#XSENDTO: 2"]),
    T("AT#XRECVFROM=0", final=None, cut=True),
]
l, lb = render_pyrepr(s, tx="TX ", rx="RX ", stamp=False)
text = J(w_fence(l, before=["nRF9160 SLM, my test script prints what goes over the UART:", ""], after=["", "Then it hangs on XRECVFROM."]))
add("gh_pyrepr_nrf9160_slm.md", "pyserial-bytes-repr+github-fence", "Nordic nRF9160 (SLM)", "github-fence", False, text, lb)

s = [
    T("AT+UMNOPROF?", ["+UMNOPROF: 100"]),
    T("AT+CFUN=0"),
    T("AT+UMNOPROF=90"),
    T("AT+CFUN=16"),
    T("AT", final=None),
    T("AT", pre=["+UUPSDD: 0"]),
    T("AT+UMNOPROF?", ["+UMNOPROF: 90"]),
]
l, lb = render_hhd(s, echo=False)
add("hhd_monitor_sara_r510_umnoprof.txt", "serial-monitor-hex-export", "u-blox SARA-R510M8S", "-", False, J(["Serial Port Monitor session export", ""] + l), lb)

s = [
    T("AT+GMR", ["AT version:3.2.0.0(s-ec2dec2 - ESP32C3 - Jul 28 2023 07:05:28)", "SDK version:v5.0.3"]),
    T("AT+CWMODE=1"),
    T('AT+CWJAP="lab-ap","secret-example"', ["+CWJAP:1"], final="FAIL"),
    T('AT+CWJAP="lab-ap","secret-example"', ["WIFI CONNECTED", "WIFI GOT IP"]),
    T('AT+CIPSTART="TCP","192.0.2.15",80', ["CONNECT"]),
    T("AT+CIPSEND=4", prompt=">", payload="ping", final="SEND OK", resp=["Recv 4 bytes"]),
]
l, lb = render_hhd(s, echo=True, port="COM12")
text = J(w_email_quote(l, before=["Am 07.12.2026 um 10:20 schrieb Jana <jana@sensor.example>:"]) + ["", "Danke, schauen wir uns an."])
add("mail_hhd_esp32c3_cwjap.txt", "serial-monitor-hex-export+email-quote", "Espressif ESP32-C3 (ESP-AT)", "email-quote", False, text, lb)

# ---------------------------------------------------------------- negatives (4) ------------
NEG = []
NEG.append(("neg_udev_mm_port_hints.txt", "negative-config", """# /etc/udev/rules.d/77-mm-gw.rules -- pin the AT port for ModemManager
# EC25: ttyUSB2 is the AT port (AT+QCFG="usbnet" answers there), ttyUSB3 is the modem port.
# Check with: mmcli -m 0 --command='AT+CSQ'   -> expects "+CSQ: <rssi>,<ber>" then OK
ACTION!="add|change|move|bind", GOTO="mm_gw_end"
ATTRS{idVendor}=="2c7c", ATTRS{idProduct}=="0125", ENV{.MM_USBIFNUM}=="02", ENV{ID_MM_PORT_TYPE_AT_PRIMARY}="1"
ATTRS{idVendor}=="2c7c", ATTRS{idProduct}=="0125", ENV{.MM_USBIFNUM}=="03", ENV{ID_MM_PORT_TYPE_AT_SECONDARY}="1"
# Known replies seen during bring-up:
#   AT+CPIN?      +CPIN: READY / OK
#   AT+CGACT=1,1  +CME ERROR: 30  (no network service)
LABEL="mm_gw_end"
"""))
NEG.append(("neg_rtconfig_at_client.h", "negative-source-config", """/* rtconfig.h excerpt -- AT client for the EC20 board */
#define RT_USING_AT
#define AT_USING_CLIENT
#define AT_CLIENT_NUM_MAX 1
#define AT_CMD_MAX_LEN 128
#define AT_PRINT_RAW_CMD        /* dumps "[D/AT] sendline" / "recvline" */
#define AT_SW_VERSION_NUM 0x10301

/* app/modem_check.c */
static int modem_check(void)
{
    at_response_t resp = at_create_resp(64, 0, rt_tick_from_millisecond(300));
    if (at_exec_cmd(resp, "AT+CSQ") != RT_EOK)      /* expects OK, ERROR -> -RT_ERROR */
        LOG_E("AT+CSQ failed");
    at_resp_parse_line_args_by_kw(resp, "+CSQ:", "+CSQ: %d,%d", &rssi, &ber);
    at_exec_cmd(resp, "AT+QIACT=1");                /* may take 150 s */
    at_delete_resp(resp);
    return 0;
}
"""))
NEG.append(("neg_gammurc_smsdrc.txt", "negative-config", """; ~/.gammurc
[gammu]
device = /dev/ttyUSB0
connection = at115200
logfile = /var/log/gammu.log
logformat = textalldate
; the modem must answer ATE1 with OK, otherwise gammu says
; "Phone does not support enabled echo, it can not work with Gammu!"

[smsd]
service = files
debuglevel = 1
; CheckSecurity issues AT+CPIN? -- +CME ERROR: 10 means no SIM
; send: AT+CMGS=<len> then the PDU, expect +CMGS: <mr> and OK
; +CMS ERROR: 500 -> retry after 60 s
"""))
NEG.append(("neg_sixfab_test_report.md", "negative-test-report", """# Bench test report -- Cellular IoT HAT, lot 2026-48

| step | command sent | expected | result |
|---|---|---|---|
| 1 | `AT` | `OK` | pass |
| 2 | `AT+CGSN` | 15 digits, `OK` | pass |
| 3 | `AT+QCFG="band"` | `+QCFG: "band",...` `OK` | pass |
| 4 | `AT+CGATT?` | `+CGATT: 1` | pass (after 21 s) |
| 5 | `AT+QIOPEN=1,1,"TCP","198.51.100.7",5000,0,0` | `OK`, `+QIOPEN: 1,0` | **fail**: `ERROR` |
| 6 | `AT+QICLOSE=1` | `OK` | pass |

Summary: 5/6 passed. Step 5 re-run with APN set: `OK`.
"""))


# ============================================================================================
# Write, label, self-check
# ============================================================================================

def write_all():
    if os.path.isdir(LOGS):
        shutil.rmtree(LOGS)
    os.makedirs(LOGS)
    labels = {}
    for d in LOGDEFS:
        data = d["text"] if isinstance(d["text"], bytes) else d["text"].encode("utf-8")
        with open(os.path.join(LOGS, d["name"]), "wb") as f:
            f.write(data)
        labels[d["name"]] = {"transactions": d["labels"], "total": len(d["labels"]),
                             "has_transactions": bool(d["labels"]), "shape": d["shape"],
                             "module": d["module"], "verified": d["verified"], "wrapper": d["wrapper"]}
    for name, shape, text in NEG:
        with open(os.path.join(LOGS, name), "wb") as f:
            f.write(text.encode("utf-8"))
        labels[name] = {"transactions": [], "total": 0, "has_transactions": False, "shape": shape,
                        "module": "-", "verified": False, "wrapper": "-"}
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    rows = ["# holdout28 per log", "", "| log | shape | module | wrapper | labelled | null finals | verified |",
            "|---|---|---|---|---|---|---|"]
    for name in sorted(labels):
        v = labels[name]
        rows.append("| %s | `%s` | %s | %s | %d | %d | %s |" % (
            name, v["shape"], v["module"], v["wrapper"], v["total"],
            sum(1 for t in v["transactions"] if t["final"] is None), "yes" if v["verified"] else "no"))
    with open(os.path.join(HERE, "per_log.md"), "w") as f:
        f.write("\n".join(rows) + "\n")
    return labels


def unwrap(name, raw):
    """The log's text with every wrapper's escaping undone, plus decoded hex dumps."""
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        text = raw.decode("utf-16")
    else:
        text = raw.decode("utf-8")
    views = [text]
    if name.endswith(".jsonl"):
        msgs = []
        for ln in text.splitlines():
            msgs.append(json.loads(ln)["message"])
        text = "\n".join(msgs)
        views.append(text)
    # RT-Thread dumps
    cur, streams = [], []
    for ln in text.splitlines():
        m = re.search(r"\[D/AT\] (?:sendline|recvline|urc_recv): ([0-9A-F]{4})-[0-9A-F]{4}: (.*)$", ln)
        if m:
            hexpart = m.group(2)[:32 * 3 + 4]
            cur.append(bytes(int(x, 16) for x in re.findall(r"\b[0-9A-F]{2}\b", hexpart)).decode("latin-1"))
    streams.append("".join(cur))
    # gammu dumps (16 cells of 4 chars)
    cur = []
    for ln in text.splitlines():
        body = re.sub(r"^.*?\d\d:\d\d:\d\d: ", "", ln) if re.match(r"^(Mon|.*?Mon) 2026/", ln) else ln
        body = re.sub(r"^\s*\d+\t", "", body)
        body = re.sub(r"^\[\d\d:\d\d\] <[^>]+> ", "", body)
        body = re.sub(r"^\S+T\S+ \S+ ", "", body) if re.match(r"^2026-12-07T", body) else body
        if re.match(r"^[0-9A-F]{2}.[| ]", body) and len(body) >= 4:
            cells = [body[i:i + 4] for i in range(0, 64, 4)]
            for c in cells:
                if re.match(r"^[0-9A-F]{2}", c):
                    cur.append(chr(int(c[:2], 16)))
    streams.append("".join(cur))
    # hex monitor rows
    cur = []
    for ln in text.splitlines():
        body = re.sub(r"^> ?", "", ln)
        m = re.match(r"^    ((?:[0-9a-f]{2} ){0,15}[0-9a-f]{2})\s", body + " ")
        if m:
            cur.append(bytes(int(x, 16) for x in m.group(1).split()).decode("latin-1"))
    streams.append("".join(cur))
    return "\n".join(views + streams)


def self_check(labels):
    bad = []
    names = sorted(os.listdir(LOGS))
    if not 45 <= len(names) <= 50:
        bad.append("log count %d outside 45..50" % len(names))
    if set(names) != set(labels):
        bad.append("logs and labels differ")
    for name in names:
        v = labels[name]
        with open(os.path.join(LOGS, name), "rb") as f:
            view = unwrap(name, f.read())
        tx = v["transactions"]
        if v["has_transactions"] and not 3 <= len(tx) <= 15:
            bad.append("%s: %d transactions" % (name, len(tx)))
        for t in tx:
            if t["command"] not in view:
                bad.append("%s: command %r not in log" % (name, t["command"]))
            if t["final"] is not None and t["final"] not in view:
                bad.append("%s: final %r not in log" % (name, t["final"]))
    return bad


if __name__ == "__main__":
    labels = write_all()
    problems = self_check(labels)
    n_tx = sum(v["total"] for v in labels.values())
    n_null = sum(1 for v in labels.values() for t in v["transactions"] if t["final"] is None)
    n_ver = sum(1 for v in labels.values() if v["verified"])
    print("%d logs, %d with transactions, %d labelled transactions (%d null finals), %d logs verified" % (
        len(labels), sum(1 for v in labels.values() if v["has_transactions"]), n_tx, n_null, n_ver))
    if problems:
        for p in problems:
            print("SELF-CHECK FAIL:", p)
        sys.exit(1)
    print("self-check OK")
