#!/usr/bin/env python3
"""Write holdout24 logs/, labels.json and per_log.md deterministically.

Each log is one session: T (command -> reply -> final), U (unsolicited line), N (a line the
application / person prints verbatim). A renderer per printer turns the session into the text
that printer writes (layouts named in SOURCES.md); the labels come from the same session.
All values are invented (IMEI/ICCID/IMSI with test MCC 001, APNs *.example, RFC 5737 addresses,
+1555 numbers).
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")


class T:
    def __init__(self, cmd, resp=(), final="OK", prompt=None, payload=None, after=(), split=False):
        self.cmd = cmd
        self.resp = list(resp)
        self.final = final
        self.prompt = prompt      # "> " SMS prompt / "@" u-blox socket prompt
        self.payload = payload    # text the host sends after the prompt
        self.after = list(after)  # final arriving after the prompt+payload handled in resp
        self.split = split        # reply arrives in two reads


class U:
    def __init__(self, line):
        self.line = line


class N:
    def __init__(self, text):
        self.text = text


def labels_of(items):
    return [{"command": it.cmd, "final": it.final} for it in items if isinstance(it, T)]


def paste(s):
    """What a browser / mail client makes of CR: CRLF -> LF, lone CR -> LF."""
    return s.replace("\r\n", "\n").replace("\r", "\n")


def reply_bytes(it, echo):
    """The module's bytes for a T (no prompt handling)."""
    b = ""
    if echo:
        b += it.cmd + "\r"
    if it.resp:
        b += "\r\n" + "\r\n".join(it.resp) + "\r\n"
    if it.final is not None:
        b += "\r\n" + it.final + "\r\n"
    return b


def is_ate0(it):
    return isinstance(it, T) and it.cmd.upper() in ("ATE0", "ATE0V1", "ATE0Q0V1") and it.final == "OK"


class Clock:
    def __init__(self, h=13, m=2, s=5, ms=0):
        self.t = ((h * 60 + m) * 60 + s) * 1000 + ms

    def tick(self, d=37):
        self.t += d
        return self.t

    def hms(self):
        t = self.t // 1000
        return "%02d:%02d:%02d" % (t // 3600, t // 60 % 60, t % 60)

    def ms(self):
        return self.t % 1000


# ---------------------------------------------------------------------------------------------
# 1. warthog618/modem trace (Go): t.l.Printf("w: %s", p[:n]) / ("r: %s", p[:n]), log.LstdFlags
# ---------------------------------------------------------------------------------------------

def render_gotrace(items, echo=True, prefix=None, date="2026/12/07", clock=None, init_escape=True):
    clock = clock or Clock(13, 5, 1)
    out = []

    def pfx():
        clock.tick(180)
        if prefix == "micro":
            return "modem %s.%06d " % (clock.hms(), clock.ms() * 1000 + 417)
        return "%s %s " % (date, clock.hms())

    def log(fmt, data):
        s = pfx() + (fmt % data)
        if not s.endswith("\n"):
            s += "\n"
        out.append(s)

    if init_escape:
        log("w: %s", "\x1b\r\n\r\n")
    for it in items:
        if isinstance(it, N):
            out.append(it.text + "\n")
            continue
        if isinstance(it, U):
            log("r: %s", "\r\n" + it.line + "\r\n")
            continue
        if it.prompt:
            log("w: %s", it.cmd + "\r")
            log("r: %s", ((it.cmd + "\r") if echo else "") + "\r\n" + it.prompt)
            log("w: %s", it.payload + "\x1a")
            b = (it.payload + "\x1a" if echo else "")
            for r in it.resp:
                b += "\r\n" + r + "\r\n"
            if it.final is not None:
                b += "\r\n" + it.final + "\r\n"
            log("r: %s", b)
            continue
        log("w: %s", it.cmd + "\r\n")
        b = reply_bytes(it, echo)
        if it.final is None and not it.resp:
            if echo:
                log("r: %s", it.cmd + "\r")
            continue
        if it.split and it.resp:
            cut = b.index("\r\n" + it.resp[-1]) + len(it.resp[-1]) + 4
            log("r: %s", b[:cut])
            log("r: %s", b[cut:])
        else:
            log("r: %s", b)
        if is_ate0(it):
            echo = False
        for u in it.after:
            log("r: %s", "\r\n" + u + "\r\n")
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# 2. python-gsmmodem: GsmModem.write() log.debug('write: %s', data);
#    SerialComms._handleLineRead() log.debug('response: %s', self._response) /
#    log.debug('notification: %s', self._notification)
# ---------------------------------------------------------------------------------------------

def render_gsmmodem(items, echo=True, fmt="%(levelname)s: %(message)s", aio=False, clock=None):
    clock = clock or Clock(13, 8, 12)
    out = []

    def log(msg, name="gsmmodem.modem.GsmModem", level="DEBUG"):
        clock.tick(61)
        d = {"levelname": level, "message": msg, "name": name,
             "asctime": "2026-12-07 %s,%03d" % (clock.hms(), clock.ms())}
        out.append(fmt % d)

    def lst(lines):
        if aio:
            return "[" + ", ".join("b" + repr(l) for l in lines) + "]"
        return repr(lines)

    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            if aio:
                log("notification data: %s" % ("b" + repr("\r\n" + it.line + "\r\n")),
                    "gsmmodem.serial_comms")
            log("notification: %s" % lst([it.line]), "gsmmodem.serial_comms.SerialComms")
            continue
        log("write: %s" % it.cmd)
        if it.prompt:
            log("response: %s" % lst(([it.cmd] if echo else []) + [it.prompt.strip()]),
                "gsmmodem.serial_comms.SerialComms")
            log("write: %s" % it.payload)
            lines = list(it.resp) + ([it.final] if it.final else [])
            if lines:
                log("response: %s" % lst(lines), "gsmmodem.serial_comms.SerialComms")
            continue
        lines = ([it.cmd] if echo else []) + list(it.resp)
        if it.final is None:
            continue
        lines.append(it.final)
        log("response: %s" % lst(lines), "gsmmodem.serial_comms.SerialComms")
        if is_ate0(it):
            echo = False
        for u in it.after:
            log("notification: %s" % lst([u]), "gsmmodem.serial_comms.SerialComms")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# 3. chan_dongle (Asterisk): at_queue_run() "[%s] write command '%s' expected response '%s'
#    length %u", at_write() "[%s] [%.*s]", at_read() "[%s] receive %zu byte, used %zu, free %zu,
#    read %zu, write %zu" + "[%s] [%.*s]", at_queue_remove_cmd() "... real '%s' cmd %u/%u flags
#    0x%02x from queue", at_response() ast_verb "[%s] Got Response for user's command:'%s'"
# ---------------------------------------------------------------------------------------------

def res_name(final):
    if final is None:
        return None
    for k in ("+CME ERROR", "+CMS ERROR", "NO CARRIER", "ERROR", "OK", "BUSY", "NO ANSWER"):
        if final.upper().startswith(k):
            return k
    return final


def cmd_name(cmd):
    m = re.match(r"(AT[+^]?[A-Z]*|AT[A-Z&])", cmd.upper())
    return m.group(1) if m else cmd


def render_dongle(items, dev="dongle0", echo=True, style="ast11", user=False, clock=None, pid=2211):
    clock = clock or Clock(13, 20, 40)
    out = []
    st = {"read": 0, "write": 0}
    SIZE = 4096

    def pfx(level, src, line, func):
        clock.tick(13)
        if style == "ast11":
            return "[Dec  7 %s] %s[%d]: %s:%d in %s: " % (clock.hms(), level, pid, src, line, func)
        return "[2026-12-07 %s.%03d] %s[%d]: %s:%d %s: " % (clock.hms(), clock.ms(), level, pid, src, line, func)

    def dbg(src, line, func, msg):
        out.append(pfx("DEBUG", src, line, func) + msg + "\n")

    def rx(chunk):
        n = len(chunk)
        st["write"] = (st["write"] + n) % SIZE
        dbg("at_read.c", 87, "at_read", "[%s] receive %d byte, used %d, free %d, read %d, write %d"
            % (dev, n, n, SIZE - n, st["read"], st["write"]))
        dbg("at_read.c", 98, "at_read", "[%s] [%s]" % (dev, chunk))
        st["read"] = st["write"]

    for it in items:
        if isinstance(it, N):
            out.append(it.text + "\n")
            continue
        if isinstance(it, U):
            rx("\r\n" + it.line + "\r\n")
            continue
        name = "USER'S" if user else cmd_name(it.cmd)
        exp = "> " if it.prompt else "OK"
        data = it.cmd + "\r"
        dbg("at_queue.c", 216, "at_queue_run", "[%s] write command '%s' expected response '%s' length %d"
            % (dev, name, exp, len(data)))
        dbg("at_queue.c", 166, "at_write", "[%s] [%s]" % (dev, data))
        if it.prompt:
            rx(((it.cmd + "\r") if echo else "") + "\r\n" + it.prompt)
            dbg("at_queue.c", 202, "at_queue_remove_cmd",
                "[%s] remove command '%s' expected response '> ' real '> ' cmd 1/2 flags 0x00 from queue"
                % (dev, name))
            pdu = it.payload + "\x1a"
            dbg("at_queue.c", 216, "at_queue_run", "[%s] write command 'SMSTEXT' expected response 'OK' length %d"
                % (dev, len(pdu)))
            dbg("at_queue.c", 166, "at_write", "[%s] [%s]" % (dev, pdu))
            b = ""
            for r in it.resp:
                b += "\r\n" + r + "\r\n"
            if it.final:
                b += "\r\n" + it.final + "\r\n"
            if b:
                rx(b)
            if it.final:
                dbg("at_queue.c", 202, "at_queue_remove_cmd",
                    "[%s] remove command 'SMSTEXT' expected response 'OK' real '%s' cmd 2/2 flags 0x00 from queue"
                    % (dev, res_name(it.final)))
            continue
        b = reply_bytes(it, echo)
        if it.final is None:
            if echo:
                rx(it.cmd + "\r")
            clock.tick(15000)
            out.append(pfx("ERROR", "chan_dongle.c", 448, "do_monitor_phone")
                       + "[%s] timedout while waiting '%s' in response to '%s'\n" % (dev, exp, name))
            continue
        if it.split and it.resp:
            cut = b.index("\r\n" + it.resp[-1]) + len(it.resp[-1]) + 4
            rx(b[:cut])
            rx(b[cut:])
        else:
            rx(b)
        if user:
            for r in it.resp + [it.final]:
                clock.tick(1)
                out.append(("[Dec  7 %s] VERBOSE[%d] at_response.c: " % (clock.hms(), pid) if style == "ast11" else
                            "[2026-12-07 %s.%03d] VERBOSE[%d] at_response.c: " % (clock.hms(), clock.ms(), pid))
                           + "[%s] Got Response for user's command:'%s'\n" % (dev, r))
        dbg("at_queue.c", 202, "at_queue_remove_cmd",
            "[%s] remove command '%s' expected response '%s' real '%s' cmd 1/1 flags 0x00 from queue"
            % (dev, name, exp, res_name(it.final)))
        if is_ate0(it):
            echo = False
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# 4. atat (Rust): client "Sending command: \"{:?}\"" (LossyStr Debug = str Debug, quoted);
#    ingress digest(): "Received echo or whitespace ({}/{}): {:?}", "Received OK ({}/{})",
#    "Received response ({}/{}): {:?}", warn "Received error response ({}/{}): {:?}",
#    "Received prompt ({}/{})", "Received URC/{} ({}/{}): {:?}"; defmt Format = {=[u8]:a} (b"..")
# ---------------------------------------------------------------------------------------------

def rust_dbg(s):
    r = '"'
    for ch in s:
        if ch == "\r":
            r += "\\r"
        elif ch == "\n":
            r += "\\n"
        elif ch == '"':
            r += '\\"'
        elif ch == "\\":
            r += "\\\\"
        elif ord(ch) < 0x20:
            r += "\\u{%x}" % ord(ch)
        else:
            r += ch
    return r + '"'


def defmt_a(s):
    r = 'b"'
    for ch in s:
        if ch == "\r":
            r += "\\r"
        elif ch == "\n":
            r += "\\n"
        elif ch == '"':
            r += '\\"'
        elif ord(ch) < 0x20:
            r += "\\x%02x" % ord(ch)
        else:
            r += ch
    return r + '"'


def render_atat(items, echo=False, style="env", colour=False, app="gateway", clock=None, loc=False):
    clock = clock or Clock(13, 31, 7)
    out = []
    qs = rust_dbg if style == "env" else defmt_a
    t0 = [0.0]

    def log(level, target, msg, where=None):
        clock.tick(347)
        if style == "env":
            lv = level.ljust(5)
            if colour:
                col = {"DEBUG": "34", "WARN": "33", "ERROR": "31", "INFO": "32"}[level]
                lv = "\x1b[%sm%s\x1b[0m" % (col, level.ljust(5))
                out.append("\x1b[2m[\x1b[0m2026-12-07T%sZ %s %s\x1b[2m]\x1b[0m %s" % (clock.hms(), lv, target, msg))
            else:
                out.append("[2026-12-07T%sZ %s %s] %s" % (clock.hms(), lv, target, msg))
        else:
            t0[0] += 0.0371
            out.append("%.6f %s %s" % (t0[0] + 1.2, level.ljust(5), msg))
            if loc and where:
                out.append("\u2514\u2500 %s" % where)

    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            u = it.line + "\r\n"
            log("DEBUG", "atat::ingress", "Received URC/%d (%d/%d): %s" % (7, len(u) + 2, len(u) + 2, qs(it.line)),
                "atat::ingress::{impl#1}::try_advance @ src/ingress.rs:201")
            continue
        cb = it.cmd + "\r\n"
        if style == "env":
            log("DEBUG", "atat::blocking::client", 'Sending command: "%s"' % qs(cb))
        else:
            log("DEBUG", "", 'Sending command: "%s"' % qs(cb), "atat::blocking::client::{impl#1}::send_request @ src/blocking/client.rs:79")
        if echo:
            e = it.cmd + "\r"
            log("DEBUG", "atat::ingress", "Received echo or whitespace (%d/%d): %s" % (len(e), len(e) + 8, qs(e)),
                "atat::ingress::{impl#1}::try_advance @ src/ingress.rs:175")
        if it.prompt:
            log("DEBUG", "atat::ingress", "Received prompt (%d/%d)" % (len(it.prompt) + 2, len(it.prompt) + 2),
                "atat::ingress::{impl#1}::try_advance @ src/ingress.rs:181")
            pb = it.payload
            if style == "env":
                log("DEBUG", "atat::blocking::client", 'Sending command: "%s"' % qs(pb))
            else:
                log("DEBUG", "", 'Sending command: "%s"' % qs(pb), "atat::blocking::client::{impl#1}::send_request @ src/blocking/client.rs:79")
        if it.final is None:
            clock.tick(5000)
            log("WARN", app, "%s" % N_TIMEOUT.get(app, "request failed: Timeout"))
            continue
        body = "\r\n".join(it.resp)
        tot = len(body) + len(it.final) + 8
        if it.final == "OK":
            if it.resp:
                log("DEBUG", "atat::ingress", "Received response (%d/%d): %s" % (tot, tot, qs(body)),
                    "atat::ingress::{impl#1}::try_advance @ src/ingress.rs:192")
            else:
                log("DEBUG", "atat::ingress", "Received OK (6/6)", "atat::ingress::{impl#1}::try_advance @ src/ingress.rs:190")
        else:
            log("WARN", "atat::ingress", "Received error response (%d/%d): %s" % (tot, tot, "Error"),
                "atat::ingress::{impl#1}::try_advance @ src/ingress.rs:199")
        if is_ate0(it):
            echo = False
    return "\n".join(out) + "\n"


N_TIMEOUT = {}


# ---------------------------------------------------------------------------------------------
# From memory: SSCOM, Docklight, QCOM, chat -v (syslog/journal), OpenWrt sms_tool, Node-RED
# debug sidebar copy, TinyGSM StreamDebugger raw
# ---------------------------------------------------------------------------------------------

def render_sscom(items, echo=True, clock=None):
    clock = clock or Clock(10, 41, 3)
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text + "\n")
            continue
        if isinstance(it, U):
            clock.tick(800)
            out.append("[%s.%03d]\u6536\u2190\u25c6\n%s\n\n" % (clock.hms(), clock.ms(), it.line))
            continue
        clock.tick(2100)
        out.append("[%s.%03d]\u53d1\u2192\u25c7%s\n\u25a1\n" % (clock.hms(), clock.ms(), it.cmd))
        if it.prompt:
            clock.tick(60)
            out.append("[%s.%03d]\u6536\u2190\u25c6%s\n%s" % (clock.hms(), clock.ms(), it.cmd if echo else "", it.prompt + "\n"))
            clock.tick(1500)
            out.append("[%s.%03d]\u53d1\u2192\u25c7%s\n" % (clock.hms(), clock.ms(), it.payload))
        b = paste(reply_bytes(it, echo and not it.prompt))
        if it.final is None and not it.resp:
            continue
        clock.tick(45)
        out.append("[%s.%03d]\u6536\u2190\u25c6%s\n" % (clock.hms(), clock.ms(), b.rstrip("\n")))
        if is_ate0(it):
            echo = False
    return "".join(out)


def render_docklight(items, echo=True, clock=None):
    clock = clock or Clock(9, 12, 44)

    def tok(s):
        return s.replace("\r", "<CR>").replace("\n", "<LF>").replace("\x1a", "<SUB>")
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            clock.tick(900)
            out.append("12/7/2026 %s.%03d [RX] - %s" % (clock.hms(), clock.ms(), tok("\r\n" + it.line + "\r\n")))
            continue
        clock.tick(1200)
        out.append("12/7/2026 %s.%03d [TX] - %s" % (clock.hms(), clock.ms(), tok(it.cmd + "\r")))
        if it.prompt:
            clock.tick(40)
            out.append("12/7/2026 %s.%03d [RX] - %s" % (clock.hms(), clock.ms(), tok((it.cmd + "\r" if echo else "") + "\r\n" + it.prompt)))
            clock.tick(700)
            out.append("12/7/2026 %s.%03d [TX] - %s" % (clock.hms(), clock.ms(), tok(it.payload + "\x1a")))
            b = "".join("\r\n%s\r\n" % r for r in it.resp) + ("\r\n%s\r\n" % it.final if it.final else "")
        else:
            b = reply_bytes(it, echo)
        if b:
            clock.tick(55)
            out.append("12/7/2026 %s.%03d [RX] - %s" % (clock.hms(), clock.ms(), tok(b)))
        if is_ate0(it):
            echo = False
    return "\n".join(out) + "\n"


def render_qcom(items, echo=True, clock=None):
    clock = clock or Clock(15, 2, 9)
    out = []

    def ts():
        return "2026-12-07 %s:%03d" % (clock.hms(), clock.ms())
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            clock.tick(1300)
            out.append("[%s_R:] %s" % (ts(), it.line))
            continue
        clock.tick(1500)
        out.append("[%s_S:] %s" % (ts(), it.cmd))
        lines = ([it.cmd] if echo else []) + ([""] + list(it.resp) if it.resp else []) + (["", it.final] if it.final else [])
        if not lines:
            continue
        clock.tick(40)
        out.append("[%s_R:] %s" % (ts(), lines[0]))
        out.extend(lines[1:])
        if is_ate0(it):
            echo = False
    return "\n".join(out) + "\n"


def render_chat(items, host="gw-07", pid=1432, clock=None, journal=True):
    clock = clock or Clock(13, 40, 2)
    out = []

    def p(msg):
        clock.tick(140)
        if journal:
            out.append("Dec 07 %s %s chat[%d]: %s" % (clock.hms(), host, pid, msg))
        else:
            out.append("Dec  7 %s %s local2.info chat[%d]: %s" % (clock.hms(), host, pid, msg))
    for it in items:
        if isinstance(it, N):
            if it.text.startswith("@"):
                p(it.text[1:])
            else:
                out.append(it.text)
            continue
        if isinstance(it, U):
            p(it.line)
            continue
        p("send (%s^M)" % it.cmd)
        want = "CONNECT" if it.cmd.upper().startswith("ATD") else "OK"
        p("expect (%s)" % want)
        p("%s^M^M" % it.cmd if not it.resp else "%s^M^M" % it.cmd)
        for r in it.resp:
            p("%s^M" % r)
            p("^M")
        if it.final is None:
            p("alarm")
            p("Failed")
            continue
        if it.final.startswith(want):
            p(it.final)
            p(" -- got it")
            p("")
        else:
            p(it.final)
            p("Failed (%s)" % it.final)
    return "\n".join(out) + "\n"


def render_smstool(items, prompt="root@OpenWrt:~# ", dev="/dev/ttyUSB2"):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            continue
        c = it.cmd.replace('"', '\\"')
        out.append('%ssms_tool -d %s at "%s"' % (prompt, dev, c))
        out.extend(it.resp)
        if it.final is not None:
            out.append(it.final)
        else:
            out.append("No response from modem.")
    out.append(prompt)
    return "\n".join(out) + "\n"


def render_nodered(items, clock=None):
    clock = clock or Clock(13, 52, 1)
    out = []

    def block(node, s):
        clock.tick(300)
        h = clock.t // 1000 // 3600
        out.append("07/12/2026, %s" % clock.hms())
        out.append("node: %s" % node)
        out.append("msg.payload : string[%d]" % (len(s) + 1))
        out.append('"%s\u21b5"' % s)
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            block("modem rx", it.line)
            continue
        block("modem tx", it.cmd)
        for r in ([it.cmd] if False else []) + it.resp:
            block("modem rx", r)
        if it.final is not None:
            block("modem rx", it.final)
    return "\n".join(out) + "\n"


def render_raw(items, echo=True):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text + "\n")
            continue
        if isinstance(it, U):
            out.append("\n" + it.line + "\n")
            continue
        out.append(it.cmd + "\n" + paste(reply_bytes(it, echo)))
        if is_ate0(it):
            echo = False
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# wrappers
# ---------------------------------------------------------------------------------------------

def fence(text, before="", after="", lang=""):
    return before + "```" + lang + "\n" + text.rstrip("\n") + "\n```\n" + after


def details(text, summary="log", before="", after=""):
    return before + "<details>\n<summary>%s</summary>\n\n```\n%s\n```\n\n</details>\n%s" % (summary, text.rstrip("\n"), after)


def quote(text, before="", after=""):
    return before + "".join("> " + l + "\n" if l else ">\n" for l in text.rstrip("\n").split("\n")) + after


def indent(text, before="", after="", n=4):
    return before + "".join(" " * n + l + "\n" for l in text.rstrip("\n").split("\n")) + after


def csv_export(text, ts="2026-12-07T13:%02d:%02d.%03dZ", host="edge-gw-3"):
    rows = ['"Time","host","Line"']
    i = 0
    for l in text.rstrip("\n").split("\n"):
        i += 1
        rows.append('"%s","%s","%s"' % (ts % (10 + i // 60, i % 60, (i * 37) % 1000), host, l.replace('"', '""')))
    return "\r\n".join(rows) + "\r\n"


def docker(text, svc="smsgw-1"):
    return "".join("%s  | %s\n" % (svc, l) for l in text.rstrip("\n").split("\n"))


def journal(text, host="pi-gw", unit="sms-relay", pid=611, clock=None):
    clock = clock or Clock(13, 44, 0)
    out = []
    for l in text.rstrip("\n").split("\n"):
        clock.tick(9)
        out.append("Dec 07 %s %s %s[%d]: %s" % (clock.hms(), host, unit, pid, l))
    return "\n".join(out) + "\n"


def telegram(msgs):
    out = []
    for who, when, text in msgs:
        out.append("%s, [%s]" % (who, when))
        out.append(text.rstrip("\n"))
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# sessions
# ---------------------------------------------------------------------------------------------

LOGSET = {}


def add(name, text, items, shape, module, verified, wrapper="-", has=True):
    LOGSET[name] = {"text": text, "labels": labels_of(items) if has else [], "shape": shape,
                    "module": module, "verified": verified, "wrapper": wrapper, "has": has}


IMEI = "860000000012345"
ICCID = "8900100000000012345"
IMSI = "001010123456789"

# ---- Go warthog618/modem trace --------------------------------------------------------------

s = [T("ATZ"), T("AT+GCAP", ["+GCAP: +CGSM,+DS,+ES"]), T("AT+CMGF=1"), T("AT+CMEE=2"),
     T('AT+CMGS="+15555550142"', ["+CMGS: 17"], prompt="> ", payload="gate 4 open"),
     T("AT+CSQ", ["+CSQ: 21,99"])]
add("go_sendsms_sim7600_trace.log",
    "$ ./sendsms -d /dev/ttyUSB2 -n +15555550142 -m 'gate 4 open' -v\n" + render_gotrace(s) + "2026/12/07 13:05:03 sent: 17\n",
    s, "go-modem-trace", "SIMCom SIM7600E-H", True, "raw stdout (CR kept)")

s = [T("ATZ"), T("AT+GCAP", ["+GCAP: +CGSM,+FCLASS,+DS"]), T("AT+CMGF=1"),
     T("AT+CMEE=2"), T("AT+CPIN?", final="+CME ERROR: SIM not inserted")]
add("gh_go_modem_e3372_nosim.md",
    fence(paste(render_gotrace(s) + "2026/12/07 13:05:02 CME Error: SIM not inserted\n"),
          "### Describe the bug\n\nwaitsms exits straight away on my Huawei E3372h (stick mode). Trace with `-v`:\n\n",
          "\nThe SIM is definitely in. Any idea?\n"),
    s, "go-modem-trace+github-fence", "Huawei E3372h-153", True, "github-fence (CR -> LF)")

s = [T("ATZ"), T("AT+GCAP", ["+GCAP: +CGSM"]), T("AT+CMGF=0"), T("AT+CMEE=2"),
     U('+CMTI: "ME",3'), T("AT+CMGR=3", ['+CMGR: 0,,24', "0791000000000000040B915155550123F400006221703112450004D4F29C0E"], split=True),
     T("AT+CMGD=3"), T("AT+CSQ", ["+CSQ: 14,99"])]
add("go_waitsms_ec25_pdu.log", render_gotrace(s, clock=Clock(9, 1, 0)), s, "go-modem-trace", "Quectel EC25-E", True,
    "raw stdout, split reads")

s = [T("ATZ"), T("AT+CGMI", ["Telit"]), T("AT+CGMM", ["LE910C1-EUX"]), T("AT+CGMR", ["25.30.226"]),
     T("AT+CGSN", [IMEI]), T("AT+GCAP", ["+GCAP: +CGSM,+DS,+FCLASS,+MS"]), T("AT+CIMI", [IMSI]),
     T("AT+CSQ", ["+CSQ: 18,99"]), T("AT+CREG?", ["+CREG: 0,1"])]
add("go_modeminfo_le910c1_micro.log",
    render_gotrace(s, prefix="micro", init_escape=True), s, "go-modem-trace(custom-logger)", "Telit LE910C1-EUX", True,
    "WithLogger(log.New(os.Stderr, \"modem \", log.Lmicroseconds))")

s = [T("ATZ"), T("AT+GCAP", ["+GCAP: +CGSM,+DS,+ES"]), T("AT+CMGF=1"), T("AT+CMEE=2"),
     T('AT+CUSD=1,"*100#",15', final=None)]
add("mail_go_ussd_sara_u201.txt",
    quote(paste(render_gotrace(s)) + "2026/12/07 13:05:04 deadline exceeded",
          "Hi Kent,\n\nthe ussd example never returns on our SARA-U201 board, trace below:\n\n",
          "\nRegards,\nPetra\n"),
    s, "go-modem-trace+email-quote", "u-blox SARA-U201", True, "email-quote")

s = [T("ATZ"), T("AT+GCAP", ["+GCAP: +CGSM"]), T("AT+CMGF=1"), T("AT+CMEE=2"),
     T('AT+CMGS="+15555550177"', final="+CMS ERROR: 500", prompt="> ", payload="pump 2 fault"),
     T("AT+CREG?", ["+CREG: 0,5"])]
add("details_go_sendsms_ec21_cms.md",
    details(paste(render_gotrace(s, echo=False, clock=Clock(18, 30, 0))), "sendsms -v output",
            "Roaming SIM in an EC21-E (echo turned off in the NV profile, so no echo below).\n\n",
            "\nCMS 500 every time.\n"),
    s, "go-modem-trace+github-details", "Quectel EC21-E", True, "github <details> (echo off)")

s = [T("ATZ"), T("AT+CGDCONT=1,\"IP\",\"iot.example\""), T("AT+CGATT?", ["+CGATT: 1"]),
     T("AT+CEREG?", ["+CEREG: 0,1"]), T("AT+COPS?", ['+COPS: 0,0,"Test PLMN",7']), T("AT+CSQ", ["+CSQ: 99,99"]),
     T("AT+CFUN=1,1")]
add("journal_go_lara_r211.log",
    journal(paste(render_gotrace(s, date="2026/12/07", clock=Clock(13, 44, 0))), unit="cellwatch", pid=902),
    s, "go-modem-trace+journalctl", "u-blox LARA-R211", True, "journalctl (CR -> LF)")

s = [T("ATZ"), T("AT+GCAP", ["+GCAP: +CGSM,+DS,+ES"]), T("AT+CMGF=1"), T("AT+CMEE=2"),
     T("AT+CPMS?", ['+CPMS: "SM",2,30,"SM",2,30,"SM",2,30']), T('AT+CMGL="ALL"', ['+CMGL: 1,"REC READ","+15555550110",,"26/12/06,09:12:44+04"', "test one", '+CMGL: 2,"REC UNREAD","+15555550110",,"26/12/07,07:02:10+04"', "test two"], split=True),
     T("AT+CMGD=1,4")]
add("slack_go_phonebook_me909s.txt",
    "Tomasz  1:12 PM\nhere's the -v output from the Pi, it lists fine now\n```\n" + paste(render_gotrace(s)) + "```\nTomasz  1:13 PM\n:thumbsup:\n",
    s, "go-modem-trace+slack-copy", "Huawei ME909s-120", True, "slack-copy")

# ---- python-gsmmodem ------------------------------------------------------------------------

s = [T("ATZ"), T("ATE0"), T("AT+CFUN?", ["+CFUN: 1"]), T("AT+CMEE=1"), T("AT+CPIN?", ["+CPIN: READY"]),
     T("AT+CLAC", final="ERROR"), T("AT+WIND?", final="ERROR"), T("AT+ZPAS?", final="ERROR"),
     T("AT+COPS=3,0"), T("AT+CMGF=0"), T("AT+CSCA?", ['+CSCA: "+15555550100",145']), T("AT+CSMP?", ["+CSMP: 17,167,0,0"]),
     T("AT+CNMI=2,1,0,2"), T("AT+CLIP=1"), T("AT+CRC=1")]
add("gsmmodem_identify_sim800l.txt",
    "pi@relay:~ $ python3 identify-modem.py -b 115200 /dev/ttyS0\n" + render_gsmmodem(s) + "== MODEM INFORMATION ==\nManufacturer: SIMCOM_Ltd\n",
    s, "python-gsmmodem-debug", "SIMCom SIM800L", True, "terminal")

s = [T("ATZ"), T("ATE0"), T("AT+CFUN?", ["+CFUN: 1"]), T("AT+CMEE=1"), T("AT+CPIN?", final="+CME ERROR: 10")]
add("gh_gsmmodem_e173_cpin.md",
    fence(render_gsmmodem(s, fmt="%(asctime)s %(name)s %(levelname)s %(message)s") +
          "Traceback (most recent call last):\n  File \"sms_relay.py\", line 41, in main\n    modem.connect(PIN)\ngsmmodem.exceptions.CmeError: CME ERROR: 10\n",
          "**Modem:** Huawei E173 on a Raspberry Pi 4\n\nconnect() dies at the PIN check:\n\n", "\n"),
    s, "python-gsmmodem-debug+github-fence", "Huawei E173", True, "github-fence")

s = [T("ATZ"), T("ATE0"), T("AT+CMGF=1"), T('AT+CSCS="GSM"'),
     T('AT+CMGS="+15555550161"', ["+CMGS: 44"], prompt="> ", payload="Generator started 13:08"),
     U('+CMTI: "SM",5'), T('AT+CMGR=5', ['+CMGR: "REC UNREAD","+15555550161",,"26/12/07,13:09:02+04"', "ACK"]),
     T("AT+CMGD=5")]
add("gsmmodem_sms_m35_relay.log",
    render_gsmmodem(s, fmt="%(asctime)s %(levelname)-8s %(message)s"),
    s, "python-gsmmodem-debug", "Quectel M35", True, "raw file (asctime format)")

s = [T("ATZ"), T("ATE0"), T("AT+CFUN?", ["+CFUN: 1"]), T("AT+CMEE=1"), T("AT+CPIN?", ["+CPIN: READY"]),
     T("AT+CREG?", ["+CREG: 0,2"]), T("AT+CREG?", ["+CREG: 0,2"]), T("AT+CREG?", final=None)]
add("forum_gsmmodem_gl865_timeout.txt",
    "Re: python-gsmmodem hangs waiting for network\n\nPosted by dmitri_k » Mon Dec 07, 2026 1:15 pm\n\nCode: Select all\n" +
    render_gsmmodem(s) + "gsmmodem.exceptions.TimeoutException: None\n\nantenna is connected, same SIM works in my phone\n",
    s, "python-gsmmodem-debug+forum-post", "Telit GL865-QUAD V3", True, "forum-post")

s = [T("ATZ"), T("ATE0"), T("AT+CFUN?", ["+CFUN: 1"]), T("AT+CMEE=1"), T("AT+CPIN?", ["+CPIN: READY"]),
     T("AT+CUSD=1,\"*101#\",15", ['+CUSD: 0,"Balance 4.20 EUR",15']), T("AT+CSQ", ["+CSQ: 25,99"])]
add("gsmmodem_aio_ussd_l610.log",
    render_gsmmodem(s, aio=True, fmt="%(asctime)s [%(name)s] %(message)s"),
    s, "python-gsmmodem-aio-bytes", "Fibocom L610", True, "raw file")

s = [T("ATZ"), T("ATE0"), T("AT+CMGF=0"), T("AT+CPMS=\"ME\",\"ME\",\"ME\"", ['+CPMS: 3,255,3,255,3,255']),
     T("AT+CMGL=4", ["+CMGL: 1,1,,24", "0791000000000000040B915155550123F400006221703112450004D4F29C0E"]),
     T("AT+CMGD=1"), T("AT+CMGD=2", final="+CMS ERROR: 321")]
add("docker_gsmmodem_e3131.log",
    docker(render_gsmmodem(s, fmt="%(levelname)s:%(name)s:%(message)s"), svc="sms-bridge-1"),
    s, "python-gsmmodem-debug+docker-compose", "Huawei E3131", True, "docker compose logs")

s = [T("ATZ"), T("ATE0"), T("AT+CFUN?", ["+CFUN: 1"]), T("AT+CMEE=1"), T("AT+CPIN?", ["+CPIN: READY"]),
     T("AT+COPS?", ['+COPS: 0,0,"Test Net",2']), T("ATD+15555550134;"), U("NO CARRIER"),
     T("AT+CHUP")]
add("email_gsmmodem_dial_sim5320.txt",
    quote(render_gsmmodem(s, echo=True), "-------- Forwarded message --------\nSubject: dial example\n\n"),
    s, "python-gsmmodem-debug+email-quote", "SIMCom SIM5320E", True, "email-quote")

s = [T("ATZ"), T("ATE0"), T("AT+CFUN?", ["+CFUN: 1"]), T("AT+CMEE=1"), T("AT+CPIN?", ["+CPIN: READY"]),
     T("AT+CGSN", [IMEI]), T("AT+CIMI", [IMSI]), T("AT+CCID", ["+CCID: " + ICCID])]
add("ha_gsmmodem_sim7000e.log",
    "2026-12-07 13:21:40.114 INFO (MainThread) [custom_components.sms_gsm] Setting up modem on /dev/ttyUSB2\n" +
    render_gsmmodem(s, fmt="%(asctime)s DEBUG (SyncWorker_3) [%(name)s] %(message)s"),
    s, "python-gsmmodem-debug+home-assistant", "SIMCom SIM7000E", True, "Home Assistant log")

# ---- chan_dongle ---------------------------------------------------------------------------

s = [T("AT"), T("ATZ"), T("ATE0"), T("AT+CGMI", ["huawei"]), T("AT+CSCA?", ['+CSCA: "+15555550100",145']),
     T("AT+CGMM", ["E1550"]), T("AT+CGMR", ["11.608.12.02.21"]), T("AT+CMEE=0"), T("AT+CGSN", [IMEI]),
     T("AT+CIMI", [IMSI]), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+COPS=0,0"), T("AT+CREG=2"),
     T("AT+CREG?", ['+CREG: 2,1,"00A1","0B2C"'])]
add("asterisk_full_dongle_e1550_init.log",
    render_dongle(s), s, "chan-dongle-ast-debug", "Huawei E1550", True, "Asterisk full log (CR kept)")

s = [T("AT+CMGF=0"), T('AT+CSCS="UCS2"'), T("AT+CPMS=\"ME\",\"ME\",\"ME\"", ['+CPMS: 0,100,0,100,0,100']),
     T("AT+CNMI=2,1,0,0,0"), T("AT+CSQ", ["+CSQ: 17,99"]),
     T("AT+CMGS=21", final="+CMS ERROR: 38", prompt="> ", payload="0011000B915155550143F50008AA0600480069"),
     T("AT+CSQ", ["+CSQ: 17,99"])]
add("gh_dongle_e173_cms38.md",
    fence(paste(render_dongle(s, echo=False, style="ast13", dev="huawei1")),
          "SMS sending fails with CMS 38, `core set debug 5`:\n\n", "\nchan_dongle 1.1.r14, Asterisk 16.28\n"),
    s, "chan-dongle-ast-debug+github-fence", "Huawei E173", True, "github-fence (CR -> LF)")

s = [T("AT+COPS?", ['+COPS: 0,0,"Test Net",2']), T("AT+CUSD=1,\"AA180C3602\",15", final="OK"),
     T("AT+CLIR?", ["+CLIR: 0,2"]), T("AT^CVOICE?", final="ERROR")]
add("dongle_cli_user_cmd_e171.txt",
    "asterisk*CLI> dongle cmd dongle0 AT+COPS?\n[dongle0] 'AT+COPS?' Command queued for execute\n" +
    paste(render_dongle(s, user=True, echo=False)),
    s, "chan-dongle-ast-debug(user-cmd)", "Huawei E171", True, "asterisk -r CLI")

s = [T("AT"), T("ATZ"), T("ATE0"), T("AT+CGMI", ["huawei"]), T("AT+CGMM", ["E1752"]), T("AT+CMEE=0"),
     T("AT+CPIN?", final="ERROR"), T("AT+CPIN?", final=None)]
add("forum_dongle_e1752_pin.txt",
    "[quote=\"voipnewbie\"]dongle0 stays in 'Not initialized'[/quote]\n\nSame here, full log with debug 5:\n\n[code]\n" +
    paste(render_dongle(s, style="ast11", dev="dongle0", pid=30211)) + "[/code]\n",
    s, "chan-dongle-ast-debug+forum-bbcode", "Huawei E1752", True, "forum-bbcode")

s = [T("AT+CSQ", ["+CSQ: 9,99"]), U("^RSSI:9"), T("AT+CREG?", ['+CREG: 2,1,"00A1","0B2C"']),
     T("ATD+15555550188;", final="OK"), U("^ORIG:1,0"), U("^CONF:1"), U("^CEND:1,0,104,17"),
     T("AT+CHUP"), T("AT+CLCC")]
add("dongle_full_e173_call.log",
    render_dongle(s, echo=False, style="ast13", dev="sim1", pid=1107), s, "chan-dongle-ast-debug", "Huawei E173", True,
    "Asterisk 13 full log (CR kept)")

s = [T("AT"), T("ATZ"), T("ATE0"), T("AT+CGMI", ["huawei"]), T("AT+CGMM", ["E169"]),
     T("AT+CNUM", final="ERROR"), T("AT^CVOICE?", ["^CVOICE:0,8000,16,20"]), T("AT+CSSN=1,1"),
     T("AT+CMGF=0"), T("AT+CSCS=\"UCS2\"")]
add("details_dongle_e169_init.md",
    details(paste(render_dongle(s, dev="e169", style="ast13", pid=4410)), "full log",
            "Posting the init part from `/var/log/asterisk/full`:\n\n"),
    s, "chan-dongle-ast-debug+github-details", "Huawei E169", True, "github <details>")

s = [T("AT+CMGR=2", ['+CMGR: 0,,27', "07910000000000F0040B915155550121F10008622170311245000A004F004B0021"]),
     T("AT+CMGD=2"), T("AT+CSQ", ["+CSQ: 22,99"]), T("AT+CUSD=1,\"*100#\",15", final="+CME ERROR: 3")]
add("tg_dongle_e3131_ussd.txt",
    telegram([("Andriy", "07.12.2026 13:24", "ussd stopped working after the firmware swap, log:"),
              ("Andriy", "07.12.2026 13:25", paste(render_dongle(s, echo=False, style="ast13", dev="dongle2"))),
              ("Oleg", "07.12.2026 13:31", "cme 3 = operation not allowed, try AT^USSDMODE=0")]),
    s, "chan-dongle-ast-debug+telegram-copy", "Huawei E3131", True, "telegram-copy")

s = [T("AT+CMGF=0"), T("AT+CNMI=2,1,0,0,0"),
     T("AT+CMGS=18", ["+CMGS: 204"], prompt="> ", payload="0011000B915155550162F60000AA05E8329BFD06"),
     T("AT+CSQ", ["+CSQ: 31,99"]), T("AT+COPS?", ['+COPS: 0,0,"Test Net",0'])]
add("dongle_syslog_e1550_sms.log",
    "".join("Dec  7 13:27:%02d pbx-01 asterisk[1190]: %s\n" % (10 + i // 6, l) for i, l in
            enumerate(paste(render_dongle(s, echo=False, style="ast13", dev="dongle0", pid=1190)).rstrip("\n").split("\n"))),
    s, "chan-dongle-ast-debug+syslog", "Huawei E1550", True, "syslog (asterisk -> syslog)")

# ---- atat (Rust) ----------------------------------------------------------------------------

N_TIMEOUT["gateway"] = "cops scan failed: Timeout"
s = [T("AT"), T("ATE0"), T("AT+CMEE=1"), T("AT+CGMI", ["u-blox"]),
     T("AT+CGMM", ["SARA-R510M8S"]), T("AT+CCID", ["+CCID: " + ICCID]), T("AT+CEREG?", ["+CEREG: 0,5"]),
     U("+CEREG: 5"), T("AT+CSQ", ["+CSQ: 20,99"]), T("AT+COPS=?", final=None)]
add("atat_envlogger_sara_r5.log",
    render_atat(s, echo=True), s, "atat-env-logger", "u-blox SARA-R510M8S", True, "env_logger to stderr")

s = [T("AT"), T("AT+CFUN=1"), T('AT+CGDCONT=1,"IP","lte.example"'), T("AT+CGATT?", ["+CGATT: 0"]),
     T("AT+CGATT=1", final="ERROR"), T("AT+CEREG?", ["+CEREG: 0,2"])]
add("gh_atat_bg77_cgatt.md",
    fence(render_atat(s), "Using `atat` 0.18 with a BG77 on a Pi (blocking client, `RUST_LOG=debug`):\n\n",
          "\nIs CGATT=1 supposed to error while CEREG is 2?\n"),
    s, "atat-env-logger+github-fence", "Quectel BG77", True, "github-fence")

s = [T("AT"), T("ATE0"), T("AT+CWMODE=1"), T('AT+CWJAP="plant-net","correct horse"', ["WIFI CONNECTED", "WIFI GOT IP"]),
     T("AT+CIPSTA?", ['+CIPSTA:ip:"192.0.2.44"', '+CIPSTA:gateway:"192.0.2.1"', '+CIPSTA:netmask:"255.255.255.0"']),
     T('AT+CIPSTART="TCP","198.51.100.7",1883', ["CONNECT"]), T("AT+CIPSTATUS", ["STATUS:3", '+CIPSTATUS:0,"TCP","198.51.100.7",1883,50211,0']),
     T("AT+CIPCLOSE", ["CLOSED"])]
add("atat_defmt_espat_c3.log",
    "      Finished release [optimized + debuginfo] target(s) in 0.41s\n     Running `probe-rs run --chip nRF52840_xxAA target/thumbv7em-none-eabihf/release/wifi-bridge`\n" +
    render_atat(s, echo=True, style="defmt"), s, "atat-defmt-rtt", "Espressif ESP32-C3 (ESP-AT)", True, "probe-rs run (defmt)")

s = [T("AT"), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CNMP=38"), T("AT+CMNB=1"),
     T('AT+CSTT="nb.example"', final="ERROR"), T("AT+CGREG?", ["+CGREG: 0,1"])]
add("atat_ansi_sim7000g.log",
    render_atat(s, colour=True), s, "atat-env-logger(ansi)", "SIMCom SIM7000G", True, "env_logger with colours")

s = [T("AT"), T("AT+CMEE=1"), T("AT+CGSN", [IMEI]), T("AT+CFUN=1"), U('+CEREG: 2,"A1B2","01A2D301",7'),
     U('+CEREG: 1,"A1B2","01A2D301",7'), T("AT+SQNCCID?", ['+SQNCCID: "' + ICCID + '",""']),
     T("AT+CGPADDR=1", ['+CGPADDR: 1,"203.0.113.61"'])]
add("atat_defmt_loc_gm02s.log",
    render_atat(s, style="defmt", loc=True), s, "atat-defmt-rtt(location)", "Sequans Monarch 2 GM02S", True,
    "probe-rs with location lines")

s = [T("AT"), T("ATE0"), T("AT+CGMR", ["BG95M3LAR02A03"]), T("AT+QCFG=\"nwscanseq\",020301"),
     T("AT+QCFG=\"iotopmode\",0,1"), T("AT+COPS?", ["+COPS: 0"]), T("AT+QIACT=1", final="ERROR")]
add("mail_atat_bg95_qiact.txt",
    quote(render_atat(s, echo=True), "On 07/12/2026 13:30, Jonas wrote:\n", "\nI think the context is not defined yet -- add AT+QICSGP first.\n"),
    s, "atat-env-logger+email-quote", "Quectel BG95-M3", True, "email-quote")

s = [T("AT"), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", ["+CSQ: 15,99"]),
     T("AT+UPSD=0,1,\"m2m.example\""), T("AT+UPSDA=0,3"), T("AT+UPSND=0,0", ['+UPSND: 0,0,"10.64.3.17"']),
     T("AT+USOCR=17", ["+USOCR: 0"]), T('AT+USOST=0,"192.0.2.10",5683,4', ["+USOST: 0,4"], prompt="@", payload="ping")]
add("k8s_atat_sara_u201.log",
    "".join("2026-12-07T13:31:%02d.%06dZ %s\n" % (7 + i * 347 // 1000, (118000 + i * 347311) % 1000000, l)
            for i, l in enumerate(render_atat(s).rstrip("\n").split("\n"))),
    s, "atat-env-logger+kubectl-timestamps", "u-blox SARA-U201", True, "kubectl logs --timestamps")

# ---- from memory ---------------------------------------------------------------------------

s = [T("AT"), T("ATI", ["SIM800 R14.18"]), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", ["+CSQ: 12,0"]),
     T("AT+CREG?", ["+CREG: 0,1"]), T("AT+CMGF=1"), T('AT+CMGS="+15555550129"', ["+CMGS: 8"], prompt="> ", payload="test from sscom")]
add("sscom_sim800c_sms.txt", render_sscom(s), s, "sscom-cn-timestamp", "SIMCom SIM800C", False, "SSCOM 5.13 receive window copy")

s = [T("AT"), T("AT+CGMR", ["Revision:1951B16SIM7080"]), T("AT+CNMP=38"), T("AT+CMNB=2"),
     T('AT+CNCFG=0,1,"nb.example"'), T("AT+CNACT=0,1", final="ERROR"), T("AT+CNACT?", ['+CNACT: 0,0,"0.0.0.0"'])]
add("cn_forum_sscom_sim7080g.txt",
    "SIM7080G 激活 PDP 失败，求助！串口助手记录如下：\n\n" + render_sscom(s) + "\n已经换了卡，还是 ERROR。\n",
    s, "sscom-cn-timestamp+cn-forum-post", "SIMCom SIM7080G", False, "cn-forum-post")

s = [T("AT"), T("ATE0"), T("AT+CPIN?", ["+CPIN: READY"]), T("AT#SGACT?", ["#SGACT: 1,0"]),
     T('AT+CGDCONT=1,"IP","apn.example"'), T("AT#SGACT=1,1", ["#SGACT: 10.20.30.40"]), T("AT#SD=1,0,80,\"198.51.100.20\"", final="CONNECT")]
add("docklight_le910_sgact.txt", render_docklight(s), s, "docklight-log", "Telit LE910C4-EU", False, "Docklight log file")

s = [T("AT"), T("AT+CEREG=5"), T("AT+CFUN=1"), U('+CEREG: 2,"0001","00A1B2C3",7'), T("AT+CEREG?", ['+CEREG: 5,2,"0001","00A1B2C3",7']),
     T("AT+CSQ", ["+CSQ: 99,99"]), T("AT+UMNOPROF?", ["+UMNOPROF: 100"])]
add("gh_docklight_sara_r410.md",
    fence(render_docklight(s), "Docklight log, module never leaves CEREG 2:\n\n"), s, "docklight-log+github-fence",
    "u-blox SARA-R410M-02B", False, "github-fence")

s = [T("ATI", ["Quectel", "EG915U", "Revision: EG915UEUABR03A01M08"]), T("AT+QCCID", ["+QCCID: " + ICCID]),
     T("AT+QENG=\"servingcell\"", ['+QENG: "servingcell","NOCONN","LTE","FDD",001,01,1A2B3C4,312,1300,3,5,5,2A3F,-95,-11,-66,10,-']),
     T("AT+QNWINFO", ['+QNWINFO: "FDD LTE","00101","LTE BAND 3",1300']), T("AT+QPING=1,\"192.0.2.1\"", final="+CME ERROR: 561")]
add("qcom_eg915u_servingcell.log", render_qcom(s), s, "quectel-qcom-log", "Quectel EG915U-EU", False, "QCOM log file")

s = [T("ATE0"), T("AT+QCFG=\"usbnet\"", ['+QCFG: "usbnet",0']), T("AT+QCFG=\"usbnet\",1"), T("AT+CFUN=1,1"),
     U("RDY"), T("AT+QCFG=\"usbnet\"", ['+QCFG: "usbnet",1'])]
add("qcom_rm500q_usbnet.txt",
    "QCOM_V1.6 log, RM500Q-GL on COM7\n\n" + render_qcom(s, echo=True), s, "quectel-qcom-log", "Quectel RM500Q-GL", False, "QCOM log file")

s = [T("ATZ"), T("ATE1"), T('AT+CGDCONT=1,"IP","internet.example"'), T("AT+CGATT=1"), T("ATD*99#", final="CONNECT")]
add("journal_chat_ppp_ec25.log",
    "$ journalctl -u ppp-wwan -b --no-pager\n" + render_chat([N("@abort on (BUSY)"), N("@abort on (NO CARRIER)"), N("@abort on (ERROR)")] + s),
    s, "chat-v-journal", "Quectel EC25-AU", False, "journalctl")

s = [T("AT"), T("ATZ"), T("AT+CPIN?", ["+CPIN: READY"]), T('AT+CGDCONT=1,"IP","wrong.example"'),
     T("AT+CGACT=1,1", final="ERROR")]
add("syslog_chat_me909s_fail.log",
    render_chat([N("@abort on (ERROR)"), N("@timeout set to 30 seconds")] + s, journal=False, host="router"),
    s, "chat-v-syslog", "Huawei ME909s-821", False, "/var/log/messages")

s = [T("AT+CSQ", ["+CSQ: 23,99"]), T("AT+QNWINFO", ['+QNWINFO: "FDD LTE","00101","LTE BAND 20",6300']),
     T("AT+QENG=\"servingcell\"", ['+QENG: "servingcell","NOCONN","LTE","FDD",001,01,2B3C4D5,101,6300,20,3,3,5E1F,-103,-12,-71,6,-']),
     T("AT+QCAINFO", final="ERROR"), T('AT+QCFG="band"', ['+QCFG: "band",0x260,0x82000000000000001a,0x0'])]
add("openwrt_smstool_ep06.txt", render_smstool(s), s, "openwrt-sms_tool-at", "Quectel EP06-E", False, "ssh terminal")

s = [T("AT+CGMM", ["FM350-GL"]), T("AT+GTUSBMODE?", ["+GTUSBMODE: 40"]), T("AT+CGPADDR=1", ['+CGPADDR: 1,"10.44.9.2"']),
     T("AT+COPS=?", final=None)]
add("reddit_smstool_fm350.txt",
    indent(render_smstool(s, dev="/dev/ttyUSB4", prompt="root@x86gw:~# "),
           "FM350 on OpenWrt 23.05, band scan never returns:\n\n", "\nAny ideas? The others answer instantly.\n"),
    s, "openwrt-sms_tool-at+reddit-indented", "Fibocom FM350-GL", False, "reddit indented code")

s = [T("AT"), T("AT+CSQ", ["+CSQ: 19,99"]), T("AT+CREG?", ["+CREG: 0,1"]), T("AT+CMGF=1"),
     T("AT+CPMS?", ['+CPMS: "SM",0,50,"SM",0,50,"SM",0,50'])]
add("nodered_debug_sim800.txt",
    "copied from the debug sidebar:\n\n" + render_nodered(s), s, "node-red-debug-sidebar", "SIMCom SIM800L", False, "Node-RED debug copy")

s = [N("[1622] ### TinyGSM Version: 0.11.7"), N("[1623] ### TinyGSM Compiled Module:  TinyGsmClientSIM7600"),
     T("AT"), T("AT"), T("ATE0"), T("AT+CMEE=2"), T("AT+CGMI", ["SIMCOM INCORPORATED"]), T("AT+CGMM", ["SIMCOM_SIM7600G-H"]),
     N("[3110] ### Modem: SIMCOM SIM7600G-H"), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+NETOPEN?", ["+NETOPEN: 0"]),
     T("AT+NETOPEN", final="+CME ERROR: operation not allowed")]
add("blynk_tinygsm_sim7600_stream.txt",
    "    ___  __          __\n   / _ )/ /_ _____  / /__\n  / _  / / // / _ \\/  '_/\n /____/_/\\_, /_//_/_/\\_\\\n        /___/ v1.3.2 on ESP32\n\n" +
    render_raw(s), s, "tinygsm-streamdebugger+blynk", "SIMCom SIM7600G-H", False, "raw serial monitor")

s = [T("ATZ"), T("AT+GCAP", ["+GCAP: +CGSM,+DS,+ES"]), T("AT+CMGF=1"), T("AT+CMEE=2"),
     T("AT!GSTATUS?", ["!GSTATUS: ", "Current Time:  4107\t\tTemperature: 41", "Mode:          ONLINE         \tSystem mode:   LTE", "LTE band:      B3    \t\tLTE bw:        20 MHz"]),
     T("AT!SELRAT?", ["!SELRAT: 06, LTE Only"]), T('AT!ENTERCND="A710"'), T("AT!IMPREF?", final="+CME ERROR: operation not allowed")]
add("loki_go_trace_em7565.csv",
    csv_export(paste(render_gotrace(s, clock=Clock(13, 10, 0)))),
    s, "go-modem-trace+grafana-csv", "Sierra Wireless EM7565", True, "Grafana/Loki CSV export")

s = [T("AT"), T("AT+CGMR", ["mfw_nrf9160_1.3.5"]), T("AT%XSYSTEMMODE=1,0,1,0"), T("AT+CEREG=5"),
     T("AT+CFUN=1"), U('+CEREG: 2,"1A2B","0100A1B2",7'), U('+CEREG: 1,"1A2B","0100A1B2",7,,,"11100000","00011110"'),
     T("AT#XPING=\"192.0.2.1\",45,5000", ["#XPING: 0.061 seconds"]), T("AT%XTEMP?", ["%XTEMP: 29"]), T("AT+CPSMS=1", final="ERROR")]
add("docklight_nrf9160_slm.txt", render_docklight(s, echo=False), s, "docklight-log", "Nordic nRF9160 (SLM)", False, "Docklight log file")

# ---- negatives -------------------------------------------------------------------------------

neg1 = """```go
// trace everything the modem library writes and reads
mio = trace.New(m, trace.WithReadFormat("r: %v"))
g := gsm.New(at.New(mio, at.WithTimeout(5*time.Second)))
if err := g.Init(); err != nil {
	log.Fatal(err) // e.g. "AT+CMEE=2 returned error: ERROR"
}
// expected on a healthy modem:  w: AT+CSQ  ->  r: +CSQ: 20,99 / OK
```
Also note `at.WithCmds("Z", "E0", "+CMEE=2")` replaces the default init list.
"""
add("neg_go_snippet_trace.md", neg1, [], "negative-source-snippet", "-", False, has=False)

neg2 = """[dongle0]
audio=/dev/ttyUSB1
data=/dev/ttyUSB2
imei=860000000012345
; initstring sent after ATZ, modem must answer OK
; e.g. AT+CNMI=2,1,0,0,0 / AT^U2DIAG=0  (ERROR on E1550 firmware 11.608 is harmless)
context=from-dongle
group=1
rxgain=-5
txgain=-15
"""
add("neg_dongle_conf.txt", neg2, [], "negative-config", "-", False, has=False)

neg3 = """asterisk*CLI> dongle show devices
ID           Group State      RSSI Mode Submode Provider Name  Model      Firmware          IMEI             IMSI             Number        
dongle0      1     Free       17   5    5       Test Net       E1550      11.608.12.02.21   860000000012345  001010123456789  Unknown       
asterisk*CLI> dongle show device state dongle0
  Device                  : dongle0
  State                   : Free
  Audio                   : /dev/ttyUSB1
  Data                    : /dev/ttyUSB2
  Voice                   : Yes
  SMS                     : Yes
  Manufacturer            : huawei
  Model                   : E1550
  Firmware                : 11.608.12.02.21
  GSM Registration Status : Registered, home network
  RSSI                    : 17, -79 dBm
  Tasks in queue          : 0
  Commands in queue       : 0
"""
add("neg_dongle_show_devices.txt", neg3, [], "negative-cli-output", "-", False, has=False)

neg4 = """running 4 tests
test tests::cmd_csq_encodes ... ok
test tests::cmd_cgdcont_encodes ... ok
test tests::resp_csq_parses ... ok
test tests::error_maps ... FAILED

failures:

---- tests::error_maps stdout ----
thread 'tests::error_maps' panicked at src/lib.rs:88:9:
assertion `left == right` failed
  left: "AT+CSQ\\r\\n"
 right: "AT+CSQ\\r"
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace

test result: FAILED. 3 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s
"""
add("neg_cargo_test_atat_cmds.txt", neg4, [], "negative-unit-test-output", "-", False, has=False)


# ---------------------------------------------------------------------------------------------
# write + self-check
# ---------------------------------------------------------------------------------------------

def unesc(s):
    return s.replace('\\"', '"').replace('""', '"')


def main():
    os.makedirs(LOGS, exist_ok=True)
    for f in os.listdir(LOGS):
        os.remove(os.path.join(LOGS, f))
    labels = {}
    rows = []
    bad = []
    for name in sorted(LOGSET):
        e = LOGSET[name]
        with open(os.path.join(LOGS, name), "w", encoding="utf-8", newline="") as f:
            f.write(e["text"])
        low = e["text"].lower()
        lowu = unesc(e["text"]).lower()
        for t in e["labels"]:
            c = t["command"].lower()
            if c not in low and c not in lowu:
                bad.append("%s: command %r not in log" % (name, t["command"]))
            if t["final"] is not None and t["final"].lower() not in low:
                bad.append("%s: final %r not in log" % (name, t["final"]))
        n = len(e["labels"])
        if e["has"] and not 3 <= n <= 15:
            bad.append("%s: %d transactions" % (name, n))
        labels[name] = {"transactions": e["labels"], "total": n, "has_transactions": e["has"],
                        "shape": e["shape"], "module": e["module"], "verified": e["verified"]}
        rows.append("| %s | `%s` | %s | %s | %d | %s |" % (name, e["shape"], e["module"], e["wrapper"], n,
                                                         "yes" if e["verified"] else "no"))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "per_log.md"), "w", encoding="utf-8") as f:
        f.write("# holdout24: per log\n\n| log | shape | module | wrapper | labelled | verified |\n|---|---|---|---|---|---|\n")
        f.write("\n".join(rows) + "\n")
    tot = sum(len(e["labels"]) for e in LOGSET.values())
    nulls = sum(1 for e in LOGSET.values() for t in e["labels"] if t["final"] is None)
    ver = [e for e in LOGSET.values() if e["verified"]]
    print("logs %d (with transactions %d), labelled %d, null %d, verified logs %d (%d transactions), shapes %d" % (
        len(LOGSET), sum(1 for e in LOGSET.values() if e["has"]), tot, nulls, len(ver),
        sum(len(e["labels"]) for e in ver), len({e["shape"] for e in LOGSET.values()})))
    if bad:
        print("SELF-CHECK FAILED:\n  " + "\n  ".join(bad))
        raise SystemExit(1)
    print("self-check passed")


if __name__ == "__main__":
    main()
