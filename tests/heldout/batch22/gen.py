#!/usr/bin/env python3
"""Write holdout22 logs/, labels.json, per_log.md deterministically.

Each log is one session: T (command -> reply -> final), U (unsolicited line), N (a line the
application / person prints verbatim). A renderer per printer turns the session into the text the
tool prints (format strings read in the printer's source where SOURCES.md says so); labels come
from the same session, so a log and its labels cannot drift apart.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")


class T:
    def __init__(self, cmd, resp=(), final="OK", prompt=None, payload=None, after=(), meta=None,
                 label=True, partial=()):
        self.cmd = cmd
        self.resp = list(resp)
        self.final = final
        self.prompt = prompt
        self.payload = payload
        self.after = list(after)
        self.meta = meta or {}
        self.label = label
        self.partial = list(partial)


class U:
    def __init__(self, line):
        self.line = line


class N:
    def __init__(self, text):
        self.text = text


def labels_of(items):
    return [{"command": it.cmd, "final": it.final} for it in items if isinstance(it, T) and it.label]


class Clock:
    def __init__(self, h=11, m=2, s=3.0):
        self.t = h * 3600 + m * 60 + s

    def tick(self, d=0.05):
        self.t += d
        return self.t

    def hms(self, ms=False):
        t = self.t
        h, r = divmod(int(t), 3600)
        m, s = divmod(r, 60)
        if ms:
            return "%02d:%02d:%02d.%03d" % (h, m, s, int((t - int(t)) * 1000))
        return "%02d:%02d:%02d" % (h, m, s)


# ------------------------------------------------------------------------------------------------
# Kannel AT2 driver (gw/smsc/smsc_at.c): at2_write_line "AT2[%s]: --> %s^M", at2_write "--> %s",
# at2_write_ctrlz "--> ^Z", at2_extract_line "AT2[%s]: <-- %s" (blank lines not logged; '>'
# appended when the prompt is awaited). Prefix "YYYY-MM-DD HH:MM:SS [pid] [thread] LEVEL: ".
# ------------------------------------------------------------------------------------------------
def render_kannel(items, name="modem1", date="2026-12-07", pid=3187, thr=6, echo=True, clock=None):
    c = clock or Clock(11, 2, 3)
    out = []

    def log(level, msg, d=0.02):
        c.tick(d)
        out.append("%s %s [%d] [%d] %s: %s" % (date, c.hms(), pid, thr, level, msg))

    for it in items:
        if isinstance(it, N):
            if it.text.startswith("INFO:") or it.text.startswith("ERROR:") or it.text.startswith("DEBUG:") \
                    or it.text.startswith("WARNING:"):
                lvl, msg = it.text.split(":", 1)
                log(lvl, msg.strip().replace("%N", name))
            else:
                out.append(it.text)
            continue
        if isinstance(it, U):
            log("DEBUG", "AT2[%s]: <-- %s" % (name, it.line), 0.5)
            continue
        log("DEBUG", "AT2[%s]: --> %s^M" % (name, it.cmd), 0.1)
        if it.final is None and not it.partial and not it.resp:
            c.tick(3)
            continue
        if echo:
            log("DEBUG", "AT2[%s]: <-- %s" % (name, it.cmd))
        if it.prompt:
            log("DEBUG", "AT2[%s]: <-- >" % name)
            log("DEBUG", "AT2[%s]: --> %s" % (name, it.payload))
            log("DEBUG", "AT2[%s]: --> ^Z" % name)
            if echo:
                log("DEBUG", "AT2[%s]: <-- %s" % (name, it.payload))
        for r in it.resp + it.partial:
            log("DEBUG", "AT2[%s]: <-- %s" % (name, r), 0.1)
        if it.final is not None:
            log("DEBUG", "AT2[%s]: <-- %s" % (name, it.final), 0.05)
        if it.cmd.upper().startswith("ATE0") and it.final == "OK":
            echo = False
        for u in it.after:
            log("DEBUG", "AT2[%s]: <-- %s" % (name, u), 1.5)
    return out


# ------------------------------------------------------------------------------------------------
# smstools3 smsd (src/modeminit.c put_command0 / write_to_modem): "-> cmd", "Command is sent,
# waiting for the answer. (n)", "<- answer" with CR LF folded to spaces (log_single_lines) and
# an error explanation appended; timeout "No answer, put_command expected %s, timeout occurred. %i."
# Line prefix "YYYY-MM-DD HH:MM:SS,level, device: ".
# ------------------------------------------------------------------------------------------------
CME_TEXT = {"+CME ERROR: 10": "SIM not inserted", "+CME ERROR: 11": "SIM PIN required",
            "+CME ERROR: 16": "Incorrect password", "+CME ERROR: 30": "No network service",
            "+CMS ERROR: 500": "Unknown error", "+CMS ERROR: 330": "SMSC address unknown",
            "+CME ERROR: 13": "SIM failure"}


def smsd_lines(items, dev="GSM1", date="2026-12-07", clock=None, wait=10, nto=0):
    c = clock or Clock(11, 4, 10)
    out = []

    def log(level, msg, d=0.3):
        c.tick(d)
        out.append("%s %s,%d, %s: %s" % (date, c.hms(), level, dev, msg))

    for it in items:
        if isinstance(it, N):
            if re.match(r"^\d,", it.text):
                lvl, msg = it.text.split(",", 1)
                log(int(lvl), msg.strip())
            else:
                out.append(it.text)
            continue
        if isinstance(it, U):
            log(3, "Unexpected input: %s" % it.line)
            continue
        log(7, "-> %s" % it.cmd)
        log(7, "Command is sent, waiting for the answer. (%d)" % it.meta.get("wait", wait), 0.05)
        if it.prompt:
            log(7, "<- %s" % it.prompt.strip(), 0.4)
            log(7, "-> %s" % it.payload)
            log(7, "Command is sent, waiting for the answer. (%d)" % it.meta.get("wait2", 30), 0.05)
        if it.final is None:
            nto += 1
            c.tick(wait)
            ans = " ".join(it.resp + it.partial)
            log(7, "%s answer, put_command expected %s, timeout occurred. %d." % (
                "Incorrect" if ans else "No", it.meta.get("expect", "(OK)|(ERROR)"), nto), 0)
            log(7, "<- %s" % ans, 0)
            continue
        ans = " ".join(it.resp + [it.final])
        if it.final in CME_TEXT:
            ans += " (%s)" % CME_TEXT[it.final]
        log(7, "<- %s" % ans, 0.4)
    return out


# ------------------------------------------------------------------------------------------------
# ESPHome sim800l component (esphome/components/sim800l/sim800l.cpp): send_cmd_ ESP_LOGV
# "S: %s - %d", parse_cmd_ ESP_LOGV "R: %s - %d" for every non-empty line (CR dropped, '>' made a
# line while sending an SMS), "Not ack. %d %s", "Received unexpected OK. Ignoring", "RSSI: %d",
# "Registration Fail", "Sending to %s message: '%s'", "SMS Sent OK: %s".
# Per item meta: s (state when sent), r (state list per reply line), notes after the reply.
# ------------------------------------------------------------------------------------------------
ESP_COL = {"V": "\x1b[0;37m", "D": "\x1b[0;36m", "I": "\x1b[0;32m", "W": "\x1b[0;33m",
           "E": "\x1b[0;31m", "C": "\x1b[0;35m"}


def render_esphome(items, clock=None, ts=True, ansi=False, line_no=None):
    c = clock or Clock(11, 10, 0)
    ln = line_no or {"S": 68, "R": 79, "W": 98, "D": 161, "I": 300}
    out = []

    def log(level, tag, lno, msg, d=0.0):
        c.tick(d)
        body = "[%s][%s:%03d]: %s" % (level, tag, lno, msg)
        if ansi:
            body = ESP_COL.get(level, "") + body + "\x1b[0m"
        out.append(("[%s]" % c.hms() if ts else "") + body)

    for it in items:
        if isinstance(it, N):
            m = re.match(r"^\[([VDIWEC])\]\[([a-z0-9_.]+):(\d+)\]: (.*)$", it.text)
            if m:
                log(m.group(1), m.group(2), int(m.group(3)), m.group(4))
            else:
                out.append(it.text)
            continue
        if isinstance(it, U):
            log("V", "sim800l", ln["R"], "R: %s - %s" % (it.line, 1), 2.0)
            continue
        s = it.meta.get("s", 1)
        rs = list(it.meta.get("r", []))
        log("V", "sim800l", ln["S"], "S: %s - %d" % (it.cmd, s), 5.0 if s == 1 else 0.02)
        replies = list(it.resp)
        if it.prompt:
            replies = [">"]
        elif it.final is not None:
            replies = replies + [it.final]
        else:
            replies = replies + it.partial
        for i, r in enumerate(replies):
            st = rs[i] if i < len(rs) else (rs[-1] if rs else s)
            log("V", "sim800l", ln["R"], "R: %s - %d" % (r, st), 0.04)
            for note in it.meta.get("notes", {}).get(i, []):
                lv, msg = note
                log(lv, "sim800l", ln.get(lv, 120), msg, 0.0)
        if it.prompt:
            log("I", "sim800l", ln["I"], "Sending to %s message: '%s'" % (it.meta["to"], it.payload), 0.0)
            for i, r in enumerate(it.resp + [it.final]):
                st = it.meta.get("r2", [s + 1])[min(i, len(it.meta.get("r2", [s + 1])) - 1)]
                log("V", "sim800l", ln["R"], "R: %s - %d" % (r, st), 2.5 if i == 0 else 0.04)
                if r.startswith("+CMGS:"):
                    log("D", "sim800l", ln["D"], "SMS Sent OK: %s" % r, 0.0)
        for u in it.after:
            log("V", "sim800l", ln["R"], "R: %s - %d" % (u, it.meta.get("ustate", 1)), 3.0)
        for note in it.meta.get("post", []):
            lv, tag, lno, msg = note
            log(lv, tag, lno, msg, 0.0)
    return out


# ------------------------------------------------------------------------------------------------
# Mongoose OS pppos (mongoose-os-libs/pppos src/mgos_pppos.c): mgos_pppos_at_cmd LL_VERBOSE_DEBUG
# ">> %s"; mgos_pppos_uart_dispatcher LL_DEBUG "< %d" then LL_VERBOSE_DEBUG "<< %.*s" (the raw
# chunk, CR LF inside); mgos_pppos_set_state LL_DEBUG "%d -> %d %lf %lf"; "Command timed out: %s";
# "Command failed: %s"; callbacks' INFO/ERROR lines. The console prefix is from memory.
# ------------------------------------------------------------------------------------------------
def render_mgos(items, clock=None, date="Dec  7", echo=True, state_lines=True, src_pad=24):
    c = clock or Clock(11, 20, 0)
    up = [12.5]
    out = []

    def pre():
        return "[%s %s]" % (date, c.hms(ms=True))

    def log(src, msg, d=0.01):
        c.tick(d)
        up[0] += d
        out.append("%s %-*s %s" % (pre(), src_pad, src, msg))

    def st(a, b, dl=0.0):
        if state_lines:
            log("mgos_pppos.c:143", "%d -> %d %lf %lf" % (a, b, up[0], dl), 0.001)

    def chunk(raw):
        log("mgos_pppos.c:652", "< %d" % len(raw.replace("\n", "\r\n")) if False else "< %d" % len(raw), 0.02)
        parts = raw.split("\n")
        first = True
        for p in parts:
            p = p.replace("\r", "")
            if first:
                c.tick(0.001)
                out.append("%s %-*s << %s" % (pre(), src_pad, "mgos_pppos.c:655", p))
                first = False
            elif p:
                out.append("%s %s" % (pre(), p))

    for it in items:
        if isinstance(it, N):
            m = re.match(r"^([a-z_]+\.c:\d+)\s+(.*)$", it.text)
            if m:
                log(m.group(1), m.group(2))
            elif it.text.startswith("STATE "):
                a, b = it.text[6:].split()
                st(int(a), int(b))
            else:
                out.append(it.text)
            continue
        if isinstance(it, U):
            chunk("\r\n%s\r\n" % it.line)
            continue
        log("mgos_pppos.c:135", ">> %s" % it.cmd, 0.1)
        if it.meta.get("user"):
            st(12, 12)
        else:
            st(8, 9, up[0] + 3.0)
        raw = ""
        if echo:
            raw += it.cmd + "\r\r\n"
        else:
            raw += "\r\n"
        if it.resp:
            raw += "\r\n".join(it.resp) + "\r\n"
            if it.final is not None:
                raw += "\r\n"
        if it.final is None:
            if it.partial:
                chunk(raw + "\r\n".join(it.partial) + "\r\n")
            c.tick(3.0)
            up[0] += 3.0
            log("mgos_pppos.c:476", "Command timed out: %s" % it.cmd, 0.0)
            for t in it.meta.get("notes", []):
                log(t[0], t[1])
            st(9, 1)
            continue
        raw += it.final + "\r\n"
        if it.meta.get("split") and it.resp:
            k = raw.index(it.resp[0])
            chunk(raw[:k])
            chunk(raw[k:])
        else:
            chunk(raw)
        if it.cmd.upper() == "ATE0":
            echo = False
        for t in it.meta.get("notes", []):
            log(t[0], t[1])
        if it.meta.get("next_state") is not None:
            st(9, it.meta["next_state"])
        elif not it.meta.get("user"):
            st(9, 8)
    return out


# ------------------------------------------------------------------------------------------------
# Waveshare SIM7600X / SIM7080G HAT demos: send_at() prints rec_buff.decode() (the raw reply,
# module echo on) when `back` is in it, else "CMD ERROR" + "CMD back:\t" + raw; nothing read ->
# "GPS is not ready" / "CMD no responce" (per script).
# ------------------------------------------------------------------------------------------------
def render_waveshare(items, echo=True, empty_msg="GPS is not ready"):
    out = []
    carry = [""]
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            carry[0] += "\r\n%s\r\n" % it.line
            continue
        raw = carry[0]
        carry_before = raw
        carry[0] = ""
        if echo:
            raw += it.cmd + "\r\r\n"
        if it.prompt:
            raw += it.prompt
        else:
            if it.resp:
                raw += "\r\n" + "\r\n".join(it.resp) + "\r\n"
            if it.final is not None:
                raw += "\r\n" + it.final + "\r\n"
            elif it.partial:
                raw += "\r\n" + "\r\n".join(it.partial) + "\r\n"
        if it.meta.get("defer"):
            cut = (len(carry_before) + len(it.cmd) + 3) if echo else len(carry_before)
            carry[0] = raw[cut:]
            raw = raw[:cut]
        back = it.meta.get("back", "OK")
        if not raw.strip():
            out.append(it.meta.get("empty", empty_msg))
            continue
        text = raw.replace("\r", "")
        if back in raw:
            out.extend(text.split("\n"))
        else:
            out.append(it.cmd + " ERROR")
            lines = text.split("\n")
            out.append(it.cmd + " back:\t" + lines[0])
            out.extend(lines[1:])
        if it.prompt:
            # the script writes the text and Ctrl-Z, then send_at('', 'OK', 20)
            raw2 = (it.payload + "\r\n" if echo else "") + "\r\n" + "\r\n".join(it.resp) + "\r\n\r\n" + it.final + "\r\n"
            out.extend(("\r\n" + raw2).replace("\r", "").split("\n"))
        for u in it.after:
            carry[0] += "\r\n%s\r\n" % u
        for a in it.meta.get("print_after", []):
            out.append(a)
    return out


# ------------------------------------------------------------------------------------------------
# SparkFun u-blox SARA-R5 Arduino library (src/SparkFun_u-blox_SARA-R5_Arduino_Library.cpp):
# enableDebugging(): sendCommandWithResponse prints "sendCommandWithResponse: Command: " + the
# command WITHOUT "AT", then "sendCommandWithResponse: Response: " + every char read, then println;
# enableAtDebugging(): hwPrint copies "AT" + command + "\r\n" as written, and on success prints
# responseDest (or the expected response "\nOK\r\n") once more.
# ------------------------------------------------------------------------------------------------
def render_sparkfun(items, echo=False, at_debug=True):
    out = []
    buf = [""]

    def emit(s):
        buf[0] += s

    for it in items:
        if isinstance(it, N):
            emit(it.text + "\r\n")
            continue
        if isinstance(it, U):
            emit("\r\n" + it.line + "\r\n")
            continue
        body = it.cmd[2:] if it.cmd.upper().startswith("AT") else it.cmd
        emit("sendCommandWithResponse: Command: " + body + "\r\n")
        if at_debug:
            emit("AT" + body + "\r\n")
        raw = ""
        if echo:
            raw += it.cmd + "\r"
        if it.resp:
            raw += "\r\n" + "\r\n".join(it.resp) + "\r\n"
        if it.final is not None:
            raw += "\r\n" + it.final + "\r\n"
        else:
            raw += "".join("\r\n" + p + "\r\n" for p in it.partial)
        if raw:
            emit("sendCommandWithResponse: Response: " + raw + "\r\n")
        # expectedError is "\nERROR\r\n": a "+CME ERROR: ..." line matches neither pattern
        found = it.final is not None and (it.final == "OK" or (it.meta.get("oe") and it.final == "ERROR"))
        dest = it.meta.get("dest", bool(it.resp))
        if at_debug:
            if found:
                emit(raw if dest else "\nOK\r\n")
            elif raw and dest:
                emit(raw)
        for n in it.meta.get("notes", []):
            emit(n + "\r\n")
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
    text = buf[0].replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


# ------------------------------------------------------------------------------------------------
# Android reference-ril atchannel.c: writeline RLOGD("AT> %s\n"), readline RLOGD("AT< %s\n")
# for every line read (echo and URCs included), writeCtrlZ RLOGD("AT> %s^Z\n"). LOG_TAG "AT".
# logcat -v threadtime / -v brief layouts from memory.
# ------------------------------------------------------------------------------------------------
def render_ril(items, fmt="threadtime", pid=1207, tid=1311, clock=None, echo=False):
    c = clock or Clock(11, 30, 0)
    out = []

    def log(tag, msg, d=0.01, lvl="D", t=None):
        c.tick(d)
        if fmt == "threadtime":
            out.append("12-07 %s %5d %5d %s %-8s: %s" % (c.hms(ms=True), pid, t or tid, lvl, tag, msg))
        else:
            out.append("%s/%-8s(%5d): %s" % (lvl, tag, pid, msg))

    for it in items:
        if isinstance(it, N):
            m = re.match(r"^([A-Z]) ([A-Za-z]+): (.*)$", it.text)
            if m:
                log(m.group(2), m.group(3), 0.01, m.group(1))
            else:
                out.append(it.text)
            continue
        if isinstance(it, U):
            log("AT", "AT< %s" % it.line, 1.2, t=tid - 2)
            continue
        log("AT", "AT> %s" % it.cmd, 0.2)
        if echo:
            log("AT", "AT< %s" % it.cmd, 0.02, t=tid - 2)
        if it.prompt:
            log("AT", "AT< > ", 0.05, t=tid - 2)
            log("AT", "AT> %s^Z" % it.payload, 0.01)
        for r in it.resp:
            log("AT", "AT< %s" % r, 0.03, t=tid - 2)
        if it.final is not None:
            log("AT", "AT< %s" % it.final, 0.02, t=tid - 2)
        else:
            for n in it.meta.get("timeout", []):
                log("RIL", n, 20.0, "E")
        for u in it.after:
            log("AT", "AT< %s" % u, 0.8, t=tid - 2)
    return out


# ------------------------------------------------------------------------------------------------
# From memory: MicroPython REPL, pyserial miniterm, PowerShell SerialPort, atinout.
# ------------------------------------------------------------------------------------------------
def raw_reply(it, echo):
    s = ""
    if echo:
        s += it.cmd + "\r\r\n"
    if it.prompt:
        return s + it.prompt
    if it.resp:
        s += "\r\n" + "\r\n".join(it.resp) + "\r\n"
    if it.final is not None:
        s += "\r\n" + it.final + "\r\n"
    else:
        s += "".join("\r\n" + p + "\r\n" for p in it.partial)
    for u in it.after:
        s += "\r\n" + u + "\r\n"
    return s


def render_micropython(items, echo=True, var="u"):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            continue
        cmdb = it.cmd.replace("\\", "\\\\").replace("'", "\\'")
        quote = "'" if '"' in it.cmd or "'" not in it.cmd else '"'
        out.append(">>> %s.write(%s%s\\r\\n%s)" % (var, quote, it.cmd, quote))
        out.append(str(len(it.cmd) + 2))
        if it.meta.get("sleep"):
            out.append(">>> time.sleep(%s)" % it.meta["sleep"])
        out.append(">>> %s.read()" % var)
        raw = raw_reply(it, echo)
        if it.prompt:
            out.append(repr(raw.encode()))
            out.append(">>> %s.write('%s\\x1a')" % (var, it.payload))
            out.append(str(len(it.payload) + 1))
            out.append(">>> %s.read()" % var)
            raw2 = (it.payload + "\x1a" if echo else "") + "\r\n" + "\r\n".join(it.resp) + "\r\n\r\n" + it.final + "\r\n"
            out.append(repr(raw2.encode()))
        elif not raw:
            pass  # read() returns None: the REPL prints nothing
        else:
            out.append(repr(raw.encode()))
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
    return out


def render_raw_term(items, echo=True, local_echo=False):
    """The module's bytes as a terminal shows them (blank lines kept)."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append("")
            out.append(it.line)
            continue
        s = ""
        if local_echo or not echo:
            s += it.cmd + "\r\n"
        if echo:
            s += it.cmd + "\r\r\n"
        if it.prompt:
            s += it.prompt + it.payload + "\r\n"
            if it.resp:
                s += "\r\n" + "\r\n".join(it.resp) + "\r\n"
            s += "\r\n" + it.final + "\r\n"
        else:
            s += raw_reply(it, False)
        out.extend(s.replace("\r\n", "\n").replace("\r", "\n").split("\n")[:-1])
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
    return out


def render_powershell(items, prompt="PS C:\\Users\\field> ", echo=True, port="$port"):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            continue
        out.append(prompt + '%s.Write("%s`r")' % (port, it.cmd.replace('"', '`"')))
        if it.meta.get("sleep"):
            out.append(prompt + "Start-Sleep -Milliseconds %d" % it.meta["sleep"])
        out.append(prompt + "%s.ReadExisting()" % port)
        raw = raw_reply(it, echo)
        out.extend(raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")[:-1])
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
        if it.cmd.upper() == "ATE1" and it.final == "OK":
            echo = True
    out.append(prompt)
    return out


def render_atinout(items, prompt="root@OpenWrt:~# ", dev="/dev/ttyUSB2", echo=True):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            continue
        q = "'" if "'" not in it.cmd else '"'
        out.append("%secho %s%s%s | atinout - %s -" % (prompt, q, it.cmd, q, dev))
        raw = raw_reply(it, echo)
        lines = [l for l in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        while lines and lines[-1] == "":
            lines.pop()
        while lines and lines[0] == "":
            lines.pop(0)
        if it.final is None:
            out.extend(lines)
            out.append("^C")
        else:
            out.extend(lines)
    out.append(prompt)
    return out


# ------------------------------------------------------------------------------------------------
# Wrappers
# ------------------------------------------------------------------------------------------------
def quote(lines, pfx="> "):
    return [(pfx + l) if l else pfx.rstrip() for l in lines]


def csv_graylog(lines, source="smsgw-01", date="2026-12-07"):
    out = ['"timestamp","source","message"']
    for l in lines:
        m = re.match(r"^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) \[\d+\] \[\d+\] (\w+): (.*)$", l)
        if not m:
            continue
        msg = m.group(3) + ": " + m.group(4)
        out.append('"%sT%s.000Z","%s","%s"' % (m.group(1), m.group(2), source, msg.replace('"', '""')))
    return out


def kubectl_ts(lines, base=(11, 2, 3)):
    out = []
    for i, l in enumerate(lines):
        m = re.match(r"^\d{4}-\d\d-\d\d (\d\d):(\d\d):(\d\d)", l)
        if m:
            ts = "2026-12-07T%s:%s:%s.%06d%03dZ" % (m.group(1), m.group(2), m.group(3), (i * 7919) % 1000000, i % 1000)
        else:
            ts = "2026-12-07T11:02:03.000000000Z"
        out.append(ts + " " + l)
    return out


def loki(lines, labels='{filename="/var/log/smsd.log", host="gw-07", job="smsd"}'):
    out = []
    for l in lines:
        m = re.match(r"^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d),", l)
        if not m:
            continue
        out.append("%sT%sZ %s %s" % (m.group(1), m.group(2), labels, l))
    return out  # printed with --forward (oldest first)


def syslog_smsd(lines, host="gw-07", pid=812):
    out = []
    for l in lines:
        m = re.match(r"^\d{4}-(\d\d)-(\d\d) (\d\d:\d\d:\d\d),(\d), (.*)$", l)
        if not m:
            out.append(l)
            continue
        out.append("Dec %2d %s %s smsd[%d]: %s" % (int(m.group(2)), m.group(3), host, pid, m.group(5)))
    return out


# ================================================================================================
# Sessions
# ================================================================================================
LOGSPEC = []   # (name, lines, items, shape, module, verified, wrapper, has, note)


def add(name, lines, items, shape, module, verified, wrapper="-", has=True, nl="\n"):
    LOGSPEC.append((name, lines, items, shape, module, verified, wrapper, has, nl))


IMEI1, IMEI2, IMEI3 = "869710030012345", "351234560098765", "860000041234561"
IMSI1, IMSI2 = "001010123456789", "001019876543210"
ICCID1 = "8901555000012345678F"
PDU1 = "0011000B915155550123F00000AA0BD4F29C0E9A36A7A0F1"
PDU2 = "0011000B915155550145F70000AA0CC8329BFD06C9D361F01B"

# ---------------------------------------------------------------- Kannel AT2 (verified) --------
k1 = [
    N("INFO: AT2[%N]: opening device"),
    N("INFO: AT2[%N]: speed set to 115200"),
    N("DEBUG: AT2[%N]: device opened"),
    N("INFO: AT2[%N]: init device"),
    T("ATZ"),
    T("AT"),
    T("AT&F"),
    T("ATE0"),
    T("AT+CPIN?", ["+CPIN: READY"]),
    T("AT+CMGF=0"),
    T("AT+CSMS=?", ["+CSMS: (0,1)"]),
    N("INFO: AT2[%N]: Phase 2+ is supported"),
    T("AT+CSMS=1", ["+CSMS: 1,1,1"]),
    T("AT+CNMI=1,2,0,1,0"),
    N("INFO: AT2[%N]: AT SMSC successfully opened."),
    U("+CMT: ,26"),
    U("07915155550100F0040B915155550123F000006221701120128A0AE8329BFD4697D9EC37"),
    T("AT+CNMA"),
]
add("kannel_at2_ec25_init.log", render_kannel(k1, name="ec25"), k1,
    "kannel-at2-debug", "Quectel EC25-E", True)

k2 = [
    N("INFO: AT2[%N]: init device"),
    T("ATZ"),
    T("AT"),
    T("AT&F"),
    T("ATE0"),
    T("AT+CPIN?", ["+CPIN: READY"]),
    T("AT+CMGF=0"),
    T("AT+CSMS=?", ["+CSMS: (0,1)"]),
    N("INFO: AT2[%N]: Phase 2+ is supported"),
    T("AT+CSMS=1", ["+CSMS: 1,1,1"]),
    T("AT+CNMI=2,1,0,0,0"),
    N("INFO: AT2[%N]: AT SMSC successfully opened."),
    T("AT+CMGS=23", ["+CMGS: 7"], prompt="> ", payload=PDU1),
    T("AT+CMGS=24", [], "+CMS ERROR: 38", prompt="> ", payload=PDU2),
    N("ERROR: AT2[%N]: Generic error: +CMS ERROR: 38"),
]
add("kannel_at2_sim800c_send.log", render_kannel(k2, name="sim800c", pid=2210, thr=5), k2,
    "kannel-at2-debug", "SIMCom SIM800C", True)

k3 = [
    N("INFO: AT2[%N]: init device"),
    T("ATZ", [], None),
    N("ERROR: AT2[%N]: Wrong or no answer to ATZ, ignoring"),
    N("INFO: AT2[%N]: Closing device"),
    N("INFO: AT2[%N]: opening device"),
    N("DEBUG: AT2[%N]: device opened"),
    N("INFO: AT2[%N]: init device"),
    T("ATZ"),
    T("AT"),
    T("AT&F"),
    T("ATE0"),
    T("AT+CPIN?", ["+CPIN: SIM PIN"]),
    T('AT+CPIN="0000"', [], "+CME ERROR: 16"),
    N("INFO: AT2[%N]: Closing device"),
]
add("kannel_at2_me909s_pin.log", render_kannel(k3, name="huawei", pid=955, thr=7), k3,
    "kannel-at2-debug", "Huawei ME909s-120", True)

k4 = [
    N("INFO: AT2[%N]: init device"),
    T("ATZ"),
    T("AT"),
    T("AT&F"),
    T("ATE0"),
    T("AT+CPIN?", ["+CPIN: READY"]),
    T("AT+CMGF=0"),
    T("AT+CSMS=?", ["+CSMS: (0,1)"]),
    T("AT+CSMS=1", ["+CSMS: 1,1,1"]),
    T("AT+CNMI=2,1,0,1,0"),
    T("AT+CPMS=\"ME\",\"ME\",\"ME\"", ["+CPMS: 0,255,0,255,0,255"]),
    N("INFO: AT2[%N]: AT SMSC successfully opened."),
    U("+CMTI: \"ME\",0"),
    T("AT+CMGR=0", ["+CMGR: 0,,25", "07915155550100F0040B915155550145F700006221702123458A0BD4F29C0E9A36A7A0F1"]),
    T("AT+CMGD=0"),
]
klines = render_kannel(k4, name="bg96", pid=1, thr=6)
add("graylog_export_kannel_bg96.csv", csv_graylog(klines, source="kannel-bearerbox-0"), k4,
    "kannel-at2-debug+graylog-csv", "Quectel BG96", True, "Graylog CSV export (quotes doubled)", nl="\r\n")

k5 = [
    N("INFO: AT2[%N]: init device"),
    T("ATZ"),
    T("AT"),
    T("AT&F"),
    T("ATE0"),
    T("AT+CPIN?", ["+CPIN: READY"]),
    T("AT+CMGF=0"),
    T("AT+CSMS=?", [], "ERROR"),
    T("AT+CNMI=1,2,0,1,0"),
    N("INFO: AT2[%N]: AT SMSC successfully opened."),
    T("AT+CMGS=22", ["+CMGS: 41"], prompt="> ", payload="0011000B915155550178F60000AA0AC8329BFD0651D1"),
    T("AT+CMGS=22", [], None, prompt="> ", payload="0011000B915155550178F60000AA0AC8329BFD0651D1"),
    N("ERROR: AT2[%N]: Timeout waiting for modem answer"),
]
kl5 = render_kannel(k5, name="eg91", pid=1, thr=9)
kl5 = ["$ kubectl -n sms logs --timestamps kannel-bearerbox-6d9f7c9b5-x2kqp | grep AT2"] + kubectl_ts(kl5)
add("kubectl_kannel_eg91.log", kl5, k5, "kannel-at2-debug+kubectl-logs-timestamps", "Quectel EG91-E", True,
    "kubectl logs --timestamps")

k6 = [
    T("AT+CSQ", ["+CSQ: 14,99"]),
    T("AT+CMGS=23", ["+CMGS: 112"], prompt="> ", payload=PDU1),
    T("AT+CSQ", ["+CSQ: 13,99"]),
    T("AT+CMGS=24", [], "+CMS ERROR: 500", prompt="> ", payload=PDU2),
    T("AT+CMGS=24", ["+CMGS: 113"], prompt="> ", payload=PDU2),
]
kl6 = render_kannel(k6, name="sim7600", pid=4411, thr=8, echo=False)
mail6 = (["From: ops@gw.example", "To: support@vendor.example", "Subject: Re: SMS sometimes fail with CMS 500",
          "", "Hi,", "", "here is the bearerbox log you asked for (log-level = 0), SIM7600E-H on USB2:", ""]
         + ["    " + l for l in kl6] + ["", "Regards,", "Ops"])
add("mail_kannel_sim7600_cms500.txt", mail6, k6, "kannel-at2-debug+email-indented", "SIMCom SIM7600E-H", True,
    "e-mail, 4-space indented")

# ---------------------------------------------------------------- smstools3 (verified) -------
s1 = [
    N("6,Checking device for incoming SMS"),
    N("6,Checking if modem is ready"),
    T("AT"),
    N("6,Pre-initializing modem"),
    T("ATE0;+CMEE=1;+CREG=2"),
    N("6,Checking if modem needs PIN"),
    T("AT+CPIN?", ["+CPIN: READY"]),
    N("6,Initializing modem"),
    T("AT^CURC=0", [], "ERROR"),
    N("3,Modem did not accept the init string"),
    T("AT+CSQ", ["+CSQ: 19,99"]),
    N("6,Signal Strength Indicator: (19,99) -75 dBm (Good), Bit Error Rate: not known or not detectable"),
    T("AT+CREG?", ['+CREG: 2,1,"2F1A","0C0B3D01"']),
    N("6,Modem is registered to the network"),
    T("AT+CMGF=0"),
    T("AT+CGSN", [IMEI1]),
    N("5,IMEI: " + IMEI1),
    T("AT+CPMS?", ['+CPMS: "SM",0,50,"SM",0,50,"SM",0,50']),
    N("6,Used memory is 0 of 50"),
]
add("smsd_ec25_init.log", smsd_lines(s1), s1, "smstools3-smsd-log", "Quectel EC25-AU", True)

s2 = [
    N("6,Checking if modem is ready"),
    T("AT", [], None, meta={"wait": 5, "expect": "(OK)|(ERROR)|(0)|(4)"}),
    T("AT", meta={"wait": 5}),
    N("6,Pre-initializing modem"),
    T("ATE0;+CMEE=1;+CREG=2"),
    N("6,Checking if modem needs PIN"),
    T("AT+CPIN?", [], "+CME ERROR: 10"),
    T("AT+CPIN?", [], "+CME ERROR: 10"),
]
add("smsd_e3372_nosim.log", smsd_lines(s2, dev="HUAWEI"), s2, "smstools3-smsd-log", "Huawei E3372h-153", True)

s3 = [
    N("6,Sending SMS from to 15555550123"),
    N("6,Checking if modem is ready"),
    T("AT"),
    N("6,Pre-initializing modem"),
    T("ATE0;+CMEE=1;+CREG=2"),
    T("AT+CSQ", ["+CSQ: 22,99"]),
    T("AT+CMGS=23", ["+CMGS: 17"], prompt="> ", payload=PDU1, meta={"wait": 10}),
    N("5,SMS sent, Message_id: 17, To: 15555550123, sending time 3 sec."),
    T("AT+CMGS=24", [], "+CMS ERROR: 330", prompt="> ", payload=PDU2),
    N("3,The modem said ERROR or did not answer."),
]
add("smsd_sim7600_send.log", smsd_lines(s3, dev="GSM1"), s3, "smstools3-smsd-log", "SIMCom SIM7600G-H", True)

s4 = [
    N("6,Checking if modem is ready"),
    T("AT"),
    N("6,Pre-initializing modem"),
    T("ATE0;+CMEE=1;+CREG=2"),
    T("AT+CSQ", ["+CSQ: 99,99"]),
    T("AT+CREG?", ["+CREG: 2,2"]),
    N("5,Modem is not registered, waiting 10 sec. before retrying 1. time."),
    T("AT+CREG?", ['+CREG: 2,5,"00C3","01A2B7F5"']),
    N("6,Modem is registered to a roaming partner network"),
    T("AT+COPS?", [], None, meta={"wait": 10}),
]
add("loki_smsd_bg95.txt", ['$ logcli query --forward --limit=40 \'{job="smsd"}\''] + loki(smsd_lines(s4, dev="BG95")), s4,
    "smstools3-smsd-log+loki-logcli", "Quectel BG95-M3", True, "Grafana Loki logcli --forward")

s5 = [
    N("6,Checking if modem is ready"),
    T("AT"),
    T("ATE0;+CMEE=1;+CREG=2"),
    T("AT+CPIN?", ["+CPIN: READY"]),
    T("AT+CSQ", ["+CSQ: 12,99"]),
    T("AT+CMGF=0"),
    T("AT+CPMS?", ['+CPMS: "SM",1,30,"SM",1,30,"SM",1,30']),
    N("6,Used memory is 1 of 30"),
    T("AT+CMGR=1", ["+CMGR: 0,,24", "07915155550100F0040B915155550123F000006221709141028A0AC8329BFD06CDE1"]),
    T("AT+CMGD=1"),
]
ml5 = (["On Mon, 7 Dec 2026 at 11:40, Field Tech <tech@field.example> wrote:",
        "> The EC21 gateway receives but never deletes, smsd.log below:", ">"]
       + quote(smsd_lines(s5, dev="EC21")) + [">", "> Thanks", "", "That looks fine to me, the delete got OK."])
add("mail_smsd_ec21.txt", ml5, s5, "smstools3-smsd-log+email-quote", "Quectel EC21-E", True, "email-quote")

s6 = [
    T("AT"),
    T("ATE0;+CMEE=1;+CREG=2"),
    T("AT+CPIN?", ["+CPIN: READY"]),
    T("AT+CSQ", ["+CSQ: 25,99"]),
    T("AT+CREG?", ['+CREG: 2,1,"1B2C","00A1F302"']),
    T("AT+CMGS=23", [], "+CMS ERROR: 500", prompt="> ", payload=PDU1),
]
add("syslog_smsd_me909s.log", syslog_smsd(smsd_lines(s6, dev="GSM1")), s6,
    "smstools3-smsd-syslog", "Huawei ME909s-821", False, "syslog (smsd logfile = syslog)")

# ---------------------------------------------------------------- ESPHome sim800l (verified) --
ESP_BOOT = [
    "INFO ESPHome 2026.11.2",
    "INFO Reading configuration sms-gateway.yaml...",
    "INFO Starting log output from 192.0.2.41 using esphome API",
    "INFO Successfully connected to sms-gateway @ 192.0.2.41 in 0.012s",
    "INFO Successful handshake with sms-gateway @ 192.0.2.41 in 0.087s",
]


def esp_poll(csq="17,0", creg="0,1", sensor=True):
    rs = {1: [("D", "'SIM800L RSSI': Sending state %s.00000 dB with 0 decimals of accuracy" % csq.split(",")[0])]} if False else {}
    post_csq = [("D", "sensor", 94, "'SIM800L RSSI': Sending state %s.00000 dB with 0 decimals of accuracy"
                 % csq.split(",")[0])] if sensor else []
    return [
        T("AT", meta={"s": 1, "r": [2]}),
        T("AT+CMGF=1", meta={"s": 2, "r": [3]}),
        T("AT+CLIP=1", meta={"s": 3, "r": [4]}),
        T("AT+CREG?", ["+CREG: %s" % creg], meta={"s": 4, "r": [5, 6]}),
        T("AT+CSQ", ["+CSQ: %s" % csq], meta={"s": 6, "r": [7, 13], "post": []}),
        N("[D][sensor:094]: 'SIM800L RSSI': Sending state %s.00000 dB with 0 decimals of accuracy" % csq.split(",")[0])
        if sensor else N("[D][sim800l:257]: RSSI: %s" % csq.split(",")[0]),
        T('AT+CMGL="ALL"', meta={"s": 13, "r": [14]}),
        T("AT+CLCC", meta={"s": 14, "r": [21]}),
    ]


e1 = [N("[I][logger:034]: Log initialized"), N("[C][sim800l:421]: SIM800L:"),
      N("[C][sim800l:424]:   Rssi 'SIM800L RSSI'"), N("[C][sim800l:425]:     Unit of Measurement: 'dB'")]
e1 += esp_poll()
e1 += [N("[D][binary_sensor:036]: 'SIM800L Registered': Sending state ON")]
e1 += esp_poll(csq="16,0")[:5]
add("esphome_logs_sim800l_poll.log", ESP_BOOT + render_esphome(e1), e1,
    "esphome-sim800l-verbose", "SIMCom SIM800L", True, "esphome logs CLI")

e2 = esp_poll(csq="20,0") + [
    T('AT+CSCS="GSM"', meta={"s": 1, "r": [18]}),
    T('AT+CMGS="+15555550123"', ["+CMGS: 33"], prompt=">", payload="Garage door open",
      meta={"s": 18, "r": [19], "r2": [20, 13], "to": "+15555550123"}),
    T('AT+CMGL="ALL"', meta={"s": 13, "r": [14]}),
    T("AT+CLCC", meta={"s": 14, "r": [21]}),
]
add("esphome_sim800l_send_sms.log", ESP_BOOT[2:] + render_esphome(e2, clock=Clock(18, 40, 2)), e2,
    "esphome-sim800l-verbose", "SIMCom SIM800L", True, "esphome logs CLI")

e3 = esp_poll(csq="11,0", creg="0,5")
e3.insert(0, N("[I][app:102]: ESPHome version 2026.11.2 compiled on Dec  7 2026, 10:58:12"))
ha = ["s6-rc: info: service legacy-services successfully started",
      "INFO 11:31:20 Starting log output from sms-gw-2.local using esphome API"]
add("ha_addon_esphome_ansi_sim800c.log", ha + render_esphome(e3, clock=Clock(11, 31, 20), ansi=True), e3,
    "esphome-sim800l-verbose+ansi-colour", "SIMCom SIM800C", True, "Home Assistant ESPHome add-on log, ANSI kept")

e4 = [
    T("AT", meta={"s": 1, "r": [2]}),
    T("AT+CMGF=1", [], "ERROR", meta={"s": 2, "r": [2], "notes": {0: [("W", "Not ack. 2 ERROR")]}}),
    N("[V][sim800l:068]: S: AT - 1") if False else N(""),
]
e4 = [
    T("AT", meta={"s": 1, "r": [2]}),
    T("AT+CMGF=1", [], "ERROR", meta={"s": 2, "r": [2], "notes": {0: [("W", "Not ack. 2 ERROR")]}}),
    T("AT", meta={"s": 1, "r": [2]}),
    T("AT+CMGF=1", meta={"s": 2, "r": [3]}),
    T("AT+CLIP=1", meta={"s": 3, "r": [4]}),
    T("AT+CREG?", ["+CREG: 1,2"], meta={"s": 4, "r": [5, 1],
                                          "notes": {0: [("W", "Registration Fail")],
                                                    1: [("W", "Received unexpected OK. Ignoring")]}}),
    T("AT", meta={"s": 1, "r": [2]}),
    T("AT+CMGF=1", meta={"s": 2, "r": [3]}),
    T("AT+CLIP=1", meta={"s": 3, "r": [4]}),
    T("AT+CREG?", ["+CREG: 1,1"], meta={"s": 4, "r": [5, 6]}),
    T("AT+CSQ", ["+CSQ: 9,0"], meta={"s": 6, "r": [7, 13]}),
]
body4 = render_esphome(e4, clock=Clock(7, 12, 44))
gh4 = (["### The problem", "", "SIM800L never registers after a cold start, it only works after a few minutes. "
        "Logger level VERBOSE:", "", "### Which version of ESPHome has the issue?", "", "2026.11.2", "",
        "### Anything in the logs that might be useful for us?", "", "```txt"] + body4 + ["```", "",
        "### Additional information", "", "Powered from a 2 A buck converter, 1000 uF on VBAT."])
add("gh_esphome_sim800l_notack.md", gh4, e4, "esphome-sim800l-verbose+github-issue-form", "SIMCom SIM800L", True,
    "GitHub issue form + fence")

e5 = [
    T('AT+CSCS="GSM"', meta={"s": 1, "r": [9]}),
    T('AT+CUSD=1, "*100#"', meta={"s": 9, "r": [10], "notes": {0: [("D", "SendUssd2: 'OK'"),
                                                                  ("D", "Dialing ussd code: '*100#' done.")]}},
      after=['+CUSD: 0, "Balance 12.30 EUR, valid to 31.12.2026", 15'], ),
    N("[D][sim800l:164]: Check ussd code: '+CUSD: 0, \"Balance 12.30 EUR, valid to 31.12.2026\", 15'"),
    T("AT", meta={"s": 1, "r": [2]}),
    T("AT+CMGF=1", meta={"s": 2, "r": [3]}),
    T("AT+CLIP=1", meta={"s": 3, "r": [4]}),
]
e5[1].meta["ustate"] = 11
add("esphome_sim800l_ussd.log", ["[09:14:55][D][api.connection:1375]: Home Assistant 2026.12.1 (192.0.2.10): Connected successfully"]
    + render_esphome(e5, clock=Clock(9, 15, 0)), e5, "esphome-sim800l-verbose", "SIMCom SIM800L", True,
    "esphome logs CLI")

e6 = esp_poll(csq="18,0")[:3] + [
    T("AT+CREG?", ["+CREG: 0,1"], meta={"s": 4, "r": [5, 6]}),
    T("AT+CSQ", ["+CSQ: 18,0"], meta={"s": 6, "r": [7, 13]}),
    T('AT+CMGL="ALL"', meta={"s": 13, "r": [14]}),
    T("AT+CLCC", meta={"s": 14, "r": [21]}),
    U('+CMTI: "SM",1'),
    T('AT+CMGL="ALL"', ['+CMGL: 1,"REC UNREAD","+15555550123","","26/12/07,11:40:01+04"', "Gate code 4711"],
      meta={"s": 1, "r": [14, 15, 15], "notes": {2: [("D", "Received SMS from: +15555550123"),
                                                     ("D", "Gate code 4711")]}}),
    T("AT+CMGD=1", meta={"s": 16, "r": [13]}),
    T('AT+CMGL="ALL"', meta={"s": 13, "r": [14]}),
    T("AT+CLCC", meta={"s": 14, "r": [21]}),
]
add("esphome_sim800l_receive_sms.log", render_esphome(e6, clock=Clock(11, 39, 40), ts=False), e6,
    "esphome-sim800l-verbose", "SIMCom SIM800L", True, "device serial log (no CLI time prefix)")

# ---------------------------------------------------------------- Mongoose OS pppos (verified) -
m1 = [
    N("mgos_pppos.c:689 PPPoS UART1 (RX:16 TX:17 CTS:-1 RTS:-1), 115200, fc off, APN 'iot.example'"),
    N("STATE 0 1"),
    N("mgos_pppos.c:89 Trying baud rate 115200 (fc off)..."),
    N("STATE 1 5"), N("STATE 5 6"),
    N("mgos_pppos.c:135 >> +++"),
    N("STATE 6 7"),
    N("mgos_pppos.c:376 Connecting (UART1, APN 'iot.example')..."),
    N("STATE 7 8"),
    T("AT"),
    T("ATH"),
    T("ATZ"),
    T("ATE0"),
    T("ATI", ["SIM800 R14.18"]),
    T("AT+IPR?", ["+IPR: 0"]),
    T("AT+IFC?", ["+IFC: 0,0"]),
    T("AT+IPR=115200"),
    T("AT+IFC=0,0"),
    T("AT+GSN", [IMEI1], meta={"notes": [("mgos_pppos.c:233", "SIM800 R14.18, IMEI: " + IMEI1)]}),
    T("AT+CIMI", [], "ERROR"),
    T("AT+CPIN?", [], "ERROR", meta={"notes": [("mgos_pppos.c:268", "Error response to AT+CPIN. No SIM?")],
                                      "next_state": 1}),
    N("mgos_pppos.c:89 Trying baud rate 115200 (fc off)..."),
]
add("mgos_pppos_sim800_nosim.log", render_mgos(m1), m1, "mongoose-os-pppos-debug", "SIMCom SIM800L", True,
    "mos console")

m2 = [
    N("[Dec  7 11:24:51.020] mgos_pppos.c:233         Quectel BG96 Revision: BG96MAR02A07M1G, IMEI: " + IMEI2),
    T("AT+CIMI", [IMSI1], meta={"split": True}),
    T("AT+CPIN?", ["+CPIN: READY"], meta={"notes": [("mgos_pppos.c:279", "SIM is ready, IMSI: " + IMSI1)]}),
    T("AT+CFUN=1"),
    T("AT+CREG?", ["+CREG: 0,2"], meta={"notes": [("mgos_pppos.c:324", "Not connected to mobile network, status 2 (searching)")]}),
    T("AT+CREG?", ["+CREG: 0,2"], meta={"notes": [("mgos_pppos.c:324", "Not connected to mobile network, status 2 (searching)")]}),
    T("AT+CREG?", ["+CREG: 0,5"], meta={"notes": [("mgos_pppos.c:322", "Connected to mobile network (roaming)")]}),
    T("AT+COPS=3,0"),
    T("AT+COPS?", ['+COPS: 0,0,"Example Net",8'], meta={"notes": [("mgos_pppos.c:343", "Operator: Example Net")]}),
    T("AT+CSQ", ["+CSQ: 17,99"], meta={"notes": [("mgos_pppos.c:355", "RSSI: -79")]}),
    T("AT+CREG=0"),
    T('AT+CGDCONT=1,"IP","m2m.example"'),
    T("ATDT*99***1#", [], "CONNECT", meta={"next_state": 10}),
    N("mgos_pppos.c:547 Starting PPP, user ''"),
    N("STATE 10 11"),
]
add("mgos_pppos_bg96_register.log", render_mgos(m2, echo=False, clock=Clock(11, 24, 51)), m2,
    "mongoose-os-pppos-debug", "Quectel BG96", True, "mos console (paste starts mid-script)")

m3 = [
    N("mgos_pppos.c:376 Connecting (UART2, APN 'internet.example')..."),
    N("STATE 7 8"),
    T("AT"),
    T("ATH"),
    T("ATZ"),
    T("ATE0"),
    T("ATI", [], None),
    N("mgos_pppos.c:89 Trying baud rate 9600 (fc off)..."),
    N("STATE 1 5"), N("STATE 5 6"),
    N("mgos_pppos.c:135 >> +++"),
    N("STATE 6 7"),
    N("mgos_pppos.c:376 Connecting (UART2, APN 'internet.example')..."),
    N("STATE 7 8"),
    T("AT", [], None),
]
mg3 = render_mgos(m3, echo=True, clock=Clock(16, 5, 12))
forum3 = (["Re: PPPoS with SIM7600E never gets past ATI", "", "Post by devnull » Mon Dec 07, 2026 4:12 pm", "",
           "Same here with a SIM7600E-H on UART2, debug.level=3. It answers AT/ATH/ATZ/ATE0 and then goes silent:", "",
           "Code: Select all", ""] + mg3 + ["", "Power supply is a 3 A bench supply, so it is not brown-out."])
add("forum_mgos_pppos_sim7600_ati.txt", forum3, m3, "mongoose-os-pppos-debug+forum-post", "SIMCom SIM7600E-H",
    True, "forum post (Code: Select all)")

m4 = [
    N("mgos_pppos.c:135 >> +++"),
    T("AT+CSQ", ["+CSQ: 21,99"], meta={"user": True}),
    T("ATO", [], "CONNECT", meta={"user": True}),
    N("STATE 13 11"),
    N("mgos_pppos.c:135 >> +++"),
    T('AT+QENG="servingcell"', ['+QENG: "servingcell","NOCONN","eMTC","FDD",001,01,1A2B3C4,311,6300,20,5,5,2F1A,-101,-12,-71,10,-'],
      meta={"user": True}),
    T("ATO", [], "CONNECT", meta={"user": True}),
    N("STATE 13 11"),
    N("mgos_pppos.c:135 >> +++"),
    T("AT+QCSQ", [], None, meta={"user": True}),
]
add("mgos_pppos_bg95_usercmd.log", render_mgos(m4, echo=False, clock=Clock(13, 0, 5), state_lines=False), m4,
    "mongoose-os-pppos-debug", "Quectel BG95-M3", True, "mos console")

# ---------------------------------------------------------------- Waveshare send_at (verified) -
w1 = [
    N("SIM7600X is starting:"),
    N("SIM7600X is ready"),
    N("Start GPS session..."),
    T("AT+CGPS=1,1"),
    T("AT+CGPSINFO", ["+CGPSINFO: ,,,,,,,,"], meta={"back": "+CGPSINFO: ", "print_after": ["GPS is not ready"]}),
    T("AT+CGPSINFO", ["+CGPSINFO: ,,,,,,,,"], meta={"back": "+CGPSINFO: ", "print_after": ["GPS is not ready"]}),
    T("AT+CGPSINFO", ["+CGPSINFO: 4807.038123,N,01131.000456,E,071226,113512.0,545.4,0.0,"],
      meta={"back": "+CGPSINFO: "}),
    T("AT+CGPS=0", meta={"back": "OK:"}, after=["+CGPS: 0"]),
    N("SIM7600X is loging off:"),
]
add("waveshare_sim7600_gps.txt", render_waveshare(w1), w1, "waveshare-send_at-print", "SIMCom SIM7600G-H", True,
    "python3 terminal output")

w2 = [
    N("Setting SMS mode..."),
    T("AT+CMGF=1"),
    N("Sending Short Message"),
    T('AT+CMGS="+15555550123"', ["+CMGS: 12"], prompt="> ", payload="www.waveshare.example test",
      meta={"back": ">"}),
    N("send successfully"),
    N("Receive Short Message Test:"),
    N("Please send message to phone +15555550199"),
    T('AT+CPMS="SM","SM","SM"', ["+CPMS: 0,30,0,30,0,30"]),
    T("AT+CMGR=1", [], "OK", meta={"back": "+CMGR:"}),
]
add("waveshare_sim7600_sms.txt", render_waveshare(w2), w2, "waveshare-send_at-print", "SIMCom SIM7600E-H", True,
    "python3 terminal output")

w3 = [
    T("AT", []),
    T("AT+CPIN?", [], "+CME ERROR: 10", meta={"back": "READY"}),
    T("AT+CPIN?", [], "+CME ERROR: 10", meta={"back": "READY"}),
    T("AT+CFUN=0"),
    T("AT+CFUN=1", after=["+CPIN: READY", "SMS DONE", "PB DONE"]),
    T("AT+CPIN?", ["+CPIN: READY"], meta={"back": "READY"}),
]
wl3 = render_waveshare(w3)
tg3 = (["Ivan P, [07.12.2026 11:20]", "Hi all, A7670E HAT on a Pi 4, the demo says ERROR on CPIN every time:", "",
        "Ivan P, [07.12.2026 11:21]", "pi@sensor-07:~ $ python3 check_sim.py"] + wl3 +
       ["", "Maria K, [07.12.2026 11:25]", "[In reply to Ivan P]", "after CFUN=1 it found the card, looks like a bad contact. "
        "Re-seat it and run AT+CPIN? again"])
add("telegram_waveshare_a7670e_cpin.txt", tg3, w3, "waveshare-send_at-print+telegram-copy", "SIMCom A7670E", True,
    "Telegram desktop copy")

w4 = [
    N("SIM7080X is ready"),
    T("AT+CNMP=38"),
    T("AT+CMNB=2"),
    T("AT+COPS=?", ['+COPS: (2,"Example NB","ExNB","00101",9),(1,"Other NB","OtNB","00102",9),,(0,1,2,3,4),(0,1,2)'],
      meta={"back": "OK", "defer": True}),
    T("AT+CSQ", ["+CSQ: 15,99"]),
    T("AT+CGATT?", ["+CGATT: 1"]),
    T("AT+CNACT=0,1", after=["+APP PDP: 0,ACTIVE"]),
    T("AT+CNACT?", ['+CNACT: 0,1,"198.51.100.23"', '+CNACT: 1,0,"0.0.0.0"', '+CNACT: 2,0,"0.0.0.0"',
                    '+CNACT: 3,0,"0.0.0.0"']),
]
# the +COPS=? list arrives with the next read (send_at sleeps `timeout` and reads what is there)
thonny = ["MicroPython v1.22.2 on 2024-02-22; Raspberry Pi Pico with RP2040", "Type \"help()\" for more information.",
          ">>> %Run -c $EDITOR_CONTENT"]
add("waveshare_sim7080g_nbiot.txt", thonny + render_waveshare(w4) + [">>> "], w4, "waveshare-send_at-print", "SIMCom SIM7080G", True,
    "Thonny shell (MicroPython port of send_at)")

w5 = [
    T("AT+NETOPEN", after=["+NETOPEN: 0"]),
    T('AT+CIPOPEN=0,"TCP","203.0.113.9",8080', after=["+CIPOPEN: 0,0"]),
    T("AT+CIPSEND=0,5", [], "OK", prompt=">", payload="hello", meta={"back": ">"}),
    T("AT+CIPCLOSE=0", after=["+CIPCLOSE: 0,0"]),
    T("AT+NETCLOSE", [], "ERROR", after=[]),
]
so5 = (["SIM7600 TCP: AT+NETCLOSE returns ERROR and the socket data never arrives", "",
       "I am using the Waveshare SIM7600G-H HAT with their `send_at()` helper. Opening the socket works, sending "
       "prints OK, but the server sees nothing and closing the network fails. Output:", ""]
      + ["    " + l if l else "" for l in render_waveshare(w5)]
      + ["", "What am I missing? Do I need `AT+CIPRXGET`?", "", "python raspberry-pi at-command sim7600"])
add("so_waveshare_sim7600_tcp.md", so5, w5, "waveshare-send_at-print+stackoverflow-indented", "SIMCom SIM7600G-H",
    True, "Stack Overflow question, 4-space code")

# ---------------------------------------------------------------- SparkFun SARA-R5 (verified) --
sp1 = [
    N("SARA-R5 Example"),
    N("init: Begin module init."),
    N("init: Attempting autobaud connection to module."),
    T("AT", [], "OK", meta={"dest": False}),
    T("ATE0", [], "OK", meta={"dest": False}),
    T("AT+CMEE=2", meta={"dest": False}),
    T("AT+UMNOPROF?", ["+UMNOPROF: 100"], meta={"dest": True}),
    T("AT+CCID", ["+CCID: " + ICCID1], meta={"dest": True}),
    T("AT+CSQ", ["+CSQ: 19,99"], meta={"dest": True}),
    T("AT+COPS?", ['+COPS: 0,0,"Example Mobile",7'], meta={"dest": True}),
    N("Connected to: Example Mobile"),
    T('AT+UPSD=0,100,1', meta={"dest": False}),
    T("AT+UPSDA=0,3", meta={"dest": False}),
    U("+UUPSDA: 0,\"198.51.100.77\""),
    T("AT+UPSND=0,0", ['+UPSND: 0,0,"198.51.100.77"'], meta={"dest": True}),
]
sp1[4].meta["echo_before"] = True
add("sparkfun_sara_r5_init.log", render_sparkfun(sp1, echo=True), sp1, "sparkfun-sara-r5-debug", "u-blox SARA-R510M8S", True,
    "Arduino serial monitor")

sp2 = [
    T("AT+USOCR=6", ["+USOCR: 0"], meta={"dest": True}),
    T('AT+USOCO=0,"203.0.113.40",8883', [], "+CME ERROR: Operation not allowed", meta={"dest": False, "oe": True}),
    N("Socket connect failed, retrying in 10 s"),
    T("AT+USOCL=0", meta={"dest": False}),
    T("AT+CEREG?", ["+CEREG: 0,2"], meta={"dest": True}),
    T("AT+COPS=?", [], None, meta={"dest": True}),
]
gh2 = (["**Subject of the issue**", "socketConnect() fails with error 1 on a SARA-R500S, network not registered yet?", "",
        "**Your workbench**", "* SparkFun MicroMod Asset Tracker, library v1.1.x", "", "**Debug output** "
        "(`enableDebugging()` and `enableAtDebugging()`)", "", "```"] + render_sparkfun(sp2) + ["```"])
add("gh_sparkfun_sara_r5_socket.md", gh2, sp2, "sparkfun-sara-r5-debug+github-fence", "u-blox SARA-R500S", True,
    "GitHub issue + fence")

sp3 = [
    T("AT+CPSMS?", ['+CPSMS:0,,,"01100000","00000011"'], meta={"dest": True}),
    T('AT+CPSMS=1,,,"00000100","00000001"', meta={"dest": False}),
    T("AT+UPSV=4", [], "ERROR", meta={"dest": False}),
    T("AT+UPSV?", ["+UPSV: 0"], meta={"dest": True}),
    T("AT+CFUN=16", meta={"dest": False}),
]
add("sparkfun_sara_r5_psm.log", ["SARA-R5 Example 5 - PSM"] + render_sparkfun(sp3), sp3, "sparkfun-sara-r5-debug", "u-blox SARA-R510S", True,
    "Arduino serial monitor")

# ---------------------------------------------------------------- reference-ril (verified) -----
r1 = [
    N("I RILD: RIL Daemon Started"),
    N("D RIL: Opening tty device /dev/ttyUSB2"),
    T("ATE0Q0V1", ["ATE0Q0V1"]),
    T("ATS0=0"),
    T("AT+CMEE=1"),
    T("AT+CREG=2"),
    T("AT+CGREG=2"),
    T("AT+CCWA=1"),
    T("AT+CMOD=0"),
    T("AT+CMUT=0", [], "+CME ERROR: 3"),
    T("AT+CSSN=0,1"),
    T("AT+COLP=0"),
    T('AT+CSCS="HEX"', [], "+CME ERROR: 4"),
    T("AT+CUSD=1"),
    T("AT+CGEREP=1,0"),
    T("AT+CMGF=0"),
]
r1[-1].after = ['+CREG: 1,"2F1A","0C0B3D01",7']
add("ril_logcat_ec25_init.log", render_ril(r1), r1, "android-reference-ril-atchannel", "Quectel EC25-E", True,
    "adb logcat -b radio -v threadtime")

r2 = [
    T("AT+CPIN?", ["+CPIN: READY"]),
    T("AT+COPS=3,0;+COPS?;+COPS=3,1;+COPS?;+COPS=3,2;+COPS?",
      ['+COPS: 0,0,"Example Telecom",7', '+COPS: 0,1,"ExTel",7', '+COPS: 0,2,"00101",7']),
    T("AT+CSQ", ["+CSQ: 23,99"]),
    T("AT+CGREG?", ['+CGREG: 2,1,"1B2C","00A1F302",7']),
    T('AT+CGDCONT=1,"IP","internet.example",,0,0'),
    T("AT+CGQREQ=1"),
    T("AT+CGQMIN=1"),
    T("AT+CGEREP=1,0"),
    T("AT+CGACT=1,0"),
    T("ATD*99***1#", [], "CONNECT"),
]
det = (["**Radio log**", "", "<details>", "<summary>logcat -b radio (brief)</summary>", "", "```"] +
       render_ril(r2, fmt="brief", pid=433) + ["```", "", "</details>", "",
       "After CONNECT the pppd side never gets an IP, see the kernel log below."])
add("details_ril_brief_me909s.md", det, r2, "android-reference-ril-atchannel+github-details", "Huawei ME909s-120",
    True, "github <details> + fence")

r3 = [
    U("+CMT: ,24"),
    U("07915155550100F0040B915155550123F000006221701120128A0AE8329BFD4697D9EC37"),
    T("AT+CNMA=1"),
    T("AT+CMGS=23", ["+CMGS: 61"], prompt="> ", payload=PDU1),
    T("AT+CSQ", ["+CSQ: 18,99"]),
    T("AT+COPS=?", [], None, meta={"timeout": ["at_send_command_full_nolock: timeout"]}),
    T("AT+CSQ", ["+CSQ: 18,99"]),
]
add("ril_logcat_ec20_sms.log", render_ril(r3, clock=Clock(14, 2, 10), pid=892, tid=990), r3,
    "android-reference-ril-atchannel", "Quectel EC20-CE", True, "adb logcat -v threadtime")

# ---------------------------------------------------------------- from memory ------------------
mp1 = [
    N("MicroPython v1.23.0 on 2024-06-02; Generic ESP32 module with ESP32"),
    N('Type "help()" for more information.'),
    N(">>> from machine import UART"),
    N(">>> import time"),
    N(">>> u = UART(2, 115200, tx=17, rx=16, timeout=500)"),
    T("AT"),
    T("AT+CPIN?", ["+CPIN: READY"]),
    T("AT+CSQ", ["+CSQ: 16,99"]),
    T('AT+CNCFG=0,1,"iot.example"'),
    T("AT+CNACT=0,1", after=["+APP PDP: 0,ACTIVE"], meta={"sleep": 2}),
    T("AT+CNACT?", ['+CNACT: 0,1,"198.51.100.61"', '+CNACT: 1,0,"0.0.0.0"']),
    T('AT+SHCONF="URL","http://203.0.113.80"'),
    T("AT+SHCONN", [], "ERROR", meta={"sleep": 3}),
]
add("micropython_repl_sim7080g_http.txt", render_micropython(mp1), mp1, "micropython-uart-repl", "SIMCom SIM7080G",
    False, "Thonny/rshell REPL copy")

mp2 = [
    N(">>> u = machine.UART(0, 9600, tx=machine.Pin(0), rx=machine.Pin(1))"),
    T("ATE0", [], "OK"),
    T("AT+QBAND?", ["+QBAND: 3,8,20"]),
    T("AT+CEREG?", ["+CEREG: 0,2"]),
    T("AT+CEREG?", ["+CEREG: 0,1"], meta={"sleep": 10}),
    T('AT+QPSMS=1,,,"00100001","00000010"', [], None),
    T("AT+QPSMS?", ['+QPSMS: 1,,,"00100001","00000010"']),
]
add("micropython_repl_bc660k_psm.txt", render_micropython(mp2, echo=True), mp2, "micropython-uart-repl",
    "Quectel BC660K-GL", False, "REPL copy")

mp3 = [
    T("AT+CMGF=1"),
    T('AT+CSCS="GSM"'),
    T('AT+CMGS="+15555550123"', ["+CMGS: 4"], prompt="> ", payload="test from pico"),
    T("AT+CMGL=\"REC UNREAD\""),
]
add("micropython_repl_sim800l_sms.txt", [">>> from machine import UART, Pin", ">>> u = UART(1, 9600, tx=Pin(4), rx=Pin(5))"]
    + render_micropython(mp3), mp3, "micropython-uart-repl", "SIMCom SIM800L", False, "REPL copy")

mt1 = [
    T("AT"),
    T("ATI", ["Telit", "LE910C1-EUX", "25.30.246"]),
    T("AT#USBCFG?", ["#USBCFG: 0"]),
    T("AT+CGDCONT?", ['+CGDCONT: 1,"IPV4V6","internet.example","",0,0,0,0']),
    T("AT#SGACT=1,1", [], "+CME ERROR: 555"),
    T("AT+CEREG?", ["+CEREG: 0,1"]),
    T("AT#SGACT=1,1", ["#SGACT: 198.51.100.14"]),
]
mtl1 = (["pi@gw:~ $ python3 -m serial.tools.miniterm /dev/ttyUSB2 115200",
         "--- Miniterm on /dev/ttyUSB2  115200,8,N,1 ---",
         "--- Quit: Ctrl+] | Menu: Ctrl+T | Help: Ctrl+T followed by Ctrl+H ---"]
        + render_raw_term(mt1) + ["", "--- exit ---", "pi@gw:~ $ "])
add("miniterm_le910c1_sgact.txt", mtl1, mt1, "pyserial-miniterm", "Telit LE910C1-EUX", False)

mt2 = [
    T("AT+CFUN?", ["+CFUN: 4"]),
    T("AT%XSYSTEMMODE=1,0,1,0"),
    T("AT+CFUN=1"),
    U("+CEREG: 2,\"2F1A\",\"0C0B3D01\",7"),
    T("AT+CEREG?", ['+CEREG: 0,2,"2F1A","0C0B3D01",7']),
    T("AT%XMONITOR", ['%XMONITOR: 1,"Example","EX","00101","2F1A",7,20,"0C0B3D01",317,6400,42,17,"","11100000","11100000","01001001"']),
    T("AT#XPING=\"192.0.2.1\",45,5000,3", [], "ERROR"),
]
mtl2 = (["$ python -m serial.tools.miniterm -e --eol CRLF COM9 115200",
         "--- Miniterm on COM9  115200,8,N,1 ---",
         "--- Quit: Ctrl+] | Menu: Ctrl+T | Help: Ctrl+T followed by Ctrl+H ---"]
        + render_raw_term(mt2, echo=False, local_echo=True) + ["--- exit ---"])
add("miniterm_nrf9160_slm.txt", mtl2, mt2, "pyserial-miniterm(local-echo)", "Nordic nRF9160 (Serial LTE Modem)", False)

ps1 = [
    N('PS C:\\Users\\field> $port = New-Object System.IO.Ports.SerialPort COM14,115200,None,8,one'),
    N("PS C:\\Users\\field> $port.Open()"),
    T("AT", []),
    T("AT+KSRAT?", ["+KSRAT: 0"]),
    T("AT+KBNDCFG?", ["+KBNDCFG: 0,0000000000000000080A", "+KBNDCFG: 1,0000000000000000080A"]),
    T("AT+KSRAT=1", [], "OK", after=["+KSUP: 0"]),
    T("AT+CEREG?", ["+CEREG: 0,0"], meta={"sleep": 500}),
    T("AT+COPS=?", [], None, meta={"sleep": 3000}),
]
add("powershell_serialport_hl7800.txt", render_powershell(ps1) + ["PS C:\\Users\\field> $port.Close()"], ps1,
    "powershell-serialport", "Sierra Wireless HL7800", False)

ps2 = [
    T("ATE1"),
    T("AT+SQNBANDSEL?", ['+SQNBANDSEL: 0,"standard","3,20"', '+SQNBANDSEL: 1,"standard","3,20"']),
    T('AT+SQNBANDSEL=0,"standard","20"'),
    T("AT+SQNMONI=9", ['+SQNMONI: Example Cc:001 Nc:01 RSRP:-104.50 CINR:3.20 RSRQ:-11.00 TAC:10778 Id:331 EARFCN:6300 PWR:-82.10 PAGING:128']),
    T("AT+CGPADDR=1", [], "+CME ERROR: 3"),
]
add("powershell_serialport_gm02s.txt", render_powershell(ps2, prompt="PS D:\\fw> ", echo=False), ps2,
    "powershell-serialport", "Sequans Monarch 2 GM02S", False)

ai1 = [
    T("ATI", ["Fibocom", "FM101-GL", "V1.0.1"]),
    T("AT+GTUSBMODE?", ["+GTUSBMODE: 33"]),
    T("AT+GTUSBMODE=35"),
    T("AT+CFUN=15"),
    T("AT+GTRAT?", ["+GTRAT: 10,3,0"]),
    T("AT+COPS=?", [], None),
]
add("atinout_fm101_usbmode.txt", render_atinout(ai1, echo=False), ai1, "atinout-pipe", "Fibocom FM101-GL", False)

# ---------------------------------------------------------------- negatives -------------------
neg1 = r'''# /etc/kannel/kannel.conf (excerpt)
group = smsc
smsc = at
smsc-id = ec25
modemtype = quectel
device = /dev/ttyUSB2
speed = 115200
sms-center = +15555550100
keepalive = 60

group = modems
id = quectel
name = "Quectel EC25"
detect-string = "EC25"
init-string = "AT+CNMI=2,1,0,1,0;+CMEE=1"
message-storage = "ME"
enable-mms = false
need-sleep = true
# reset-string = "AT+CFUN=1,1"
# expected answer to every command: OK (otherwise "+CMS ERROR: 500" in the logs)
'''
neg2 = r'''esphome:
  name: sms-gateway

uart:
  baud_rate: 9600
  tx_pin: GPIO17
  rx_pin: GPIO16

sim800l:
  on_sms_received:
    - lambda: |-
        id(sms_sender).publish_state(sender);
        id(sms_message).publish_state(message);

logger:
  level: VERBOSE   # prints "S: AT+CSQ - 6" / "R: OK - 7"

sensor:
  - platform: sim800l
    rssi:
      name: "SIM800L RSSI"

# Troubleshooting (from the docs):
#   AT+CMGF=1        -> OK
#   AT+CREG?         -> +CREG: 0,1 then OK
#   ERROR on AT+CMGF -> check the SIM
'''
neg3 = r'''# /etc/chatscripts/gprs  -- used by "pon gprs"
ABORT           BUSY
ABORT           VOICE
ABORT           "NO CARRIER"
ABORT           "NO DIALTONE"
ABORT           "NO DIAL TONE"
ABORT           "ERROR"
ABORT           "+CME ERROR: 10"
TIMEOUT         12
""              ATZ
OK              ATE0
OK              AT+CFUN=1
OK              AT+CGDCONT=1,"IP","internet.example"
OK              ATD*99***1#
CONNECT         ""
'''
neg4 = r'''# modem.py -- tiny MicroPython helper (no output, just the driver)
import time


class Modem:
    def __init__(self, uart):
        self.u = uart

    def cmd(self, at, expect=b"OK", timeout=2000):
        self.u.write(at + "\r\n")           # e.g. "AT+CSQ"
        t0 = time.ticks_ms()
        buf = b""
        while time.ticks_diff(time.ticks_ms(), t0) < timeout:
            if self.u.any():
                buf += self.u.read()
                if expect in buf or b"ERROR" in buf:
                    break
        return buf

    def signal(self):
        r = self.cmd("AT+CSQ")   # b'\r\n+CSQ: 20,99\r\n\r\nOK\r\n'
        return int(r.split(b":")[1].split(b",")[0])

    def attach(self):
        self.cmd('AT+CGDCONT=1,"IP","iot.example"')
        return b"OK" in self.cmd("AT+CGATT=1", timeout=10000)
'''
add("neg_kannel_conf_modems.txt", neg1.splitlines(), [], "negative-config", "-", False, has=False)
add("neg_esphome_sim800l.yaml", neg2.splitlines(), [], "negative-config", "-", False, has=False)
add("neg_pppd_chatscript_gprs.txt", neg3.splitlines(), [], "negative-chat-script", "-", False, has=False)
add("neg_micropython_modem_driver.py.txt", neg4.splitlines(), [], "negative-source-file", "-", False, has=False)


# ================================================================================================
def main():
    os.makedirs(LOGS, exist_ok=True)
    for f in os.listdir(LOGS):
        os.remove(os.path.join(LOGS, f))
    labels = {}
    rows = []
    bad = []
    for (name, lines, items, shape, module, verified, wrapper, has, nl) in LOGSPEC:
        text = nl.join(lines) + nl
        with open(os.path.join(LOGS, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        tx = labels_of(items)
        labels[name] = {"transactions": tx, "total": len(tx), "has_transactions": bool(tx) and has,
                        "shape": shape, "module": module, "verified": verified}
        low = text.lower()
        low2 = low.replace('""', '"').replace('\\"', '"').replace('`"', '"')
        for t in tx:
            c = t["command"].lower()
            if c not in low and c not in low2:
                bad.append("%s: command %r not in log" % (name, t["command"]))
            if t["final"] is not None and t["final"].lower() not in low:
                bad.append("%s: final %r not in log" % (name, t["final"]))
        if has and not (3 <= len(tx) <= 15):
            bad.append("%s: %d transactions" % (name, len(tx)))
        if not has and tx:
            bad.append("%s: negative with labels" % name)
        rows.append((name, shape, module, wrapper, len(tx), sum(1 for t in tx if t["final"] is None), verified))
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=1, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "per_log.md"), "w") as f:
        f.write("# holdout22: per log\n\n| log | shape | module | wrapper | labelled | null | verified |\n")
        f.write("|---|---|---|---|---|---|---|\n")
        for r in sorted(rows):
            f.write("| %s | `%s` | %s | %s | %d | %d | %s |\n" % (r[0], r[1], r[2], r[3], r[4], r[5],
                                                             "yes" if r[6] else "no"))
    n_tx = sum(r[4] for r in rows)
    n_null = sum(r[5] for r in rows)
    n_ver = sum(1 for r in rows if r[6])
    print("%d logs, %d labelled, %d null, %d verified logs (%d transactions), %d negatives" % (
        len(rows), n_tx, n_null, n_ver, sum(r[4] for r in rows if r[6]), sum(1 for r in rows if r[4] == 0)))
    if bad:
        print("SELF-CHECK FAILED:")
        for b in bad:
            print("  " + b)
        return 1
    print("self-check passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
