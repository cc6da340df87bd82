#!/usr/bin/env python3
"""Write holdout10 logs/ and labels.json deterministically.

Every log is one session: a list of T (command -> responses -> final), U (URC), N (a line the
library/application/terminal prints verbatim, in the shape's own format where it has one) and
R (orphan reply lines left from before the capture started). A renderer per shape turns the
session into the text that tool prints (formats learnt from the public sources in SOURCES.md);
labels come from the same session, so they cannot drift. Wrappers (markdown, e-mail, CRLF,
ANSI, wraps, cut tops, smart quotes) are applied to the rendered lines afterwards.
"""
import json
import os
import re
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")


class T:
    def __init__(self, cmd, resp=(), final="OK", prompt=None, payload=None, after=(),
                 partial=(), cut=False, mid=()):
        self.cmd = cmd
        self.resp = list(resp)
        self.final = final          # None: no final visible
        self.prompt = prompt        # "> " (SMS / socket send) or "CONNECT" (file upload)
        self.payload = payload      # typed after the prompt
        self.after = list(after)    # URCs after the final
        self.partial = list(partial)  # lines received before the timeout
        self.cut = cut              # capture ends right after the command
        self.mid = list(mid)        # URCs arriving between echo and the reply


class U:
    def __init__(self, line):
        self.line = line


class N:
    def __init__(self, text):
        self.text = text


class R:
    def __init__(self, *lines):
        self.lines = list(lines)


def labels_of(items):
    return [{"command": it.cmd, "final": it.final} for it in items if isinstance(it, T)]


def body_lines(it):
    """The modem's lines for a transaction after the echo (no blank lines)."""
    out = list(it.mid)
    out += it.resp
    return out


# --------------------------------------------------------------------------------------------
# raw modem text (what a terminal shows): echo, CR LF, blank line before every line
# --------------------------------------------------------------------------------------------

def raw_lines(items, echo=True, blank=True):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
        elif isinstance(it, R):
            out.extend(it.lines)
        elif isinstance(it, U):
            if blank:
                out.append("")
            out.append(it.line)
        else:
            if echo:
                out.append(it.cmd)
            if it.cut:
                break
            if it.prompt and it.prompt.strip() in (">", "@"):
                out.append(it.prompt + (it.payload or ""))
            elif it.prompt:
                out += ["", it.prompt, it.payload or ""]
            for i, r in enumerate(body_lines(it) + it.partial):
                if blank and i == 0:
                    out.append("")
                out.append(r)
            if it.final is not None:
                if blank:
                    out.append("")
                out.append(it.final)
            for u in it.after:
                if blank:
                    out.append("")
                out.append(u)
            if it.cmd.upper() == "ATE0" and it.final == "OK":
                echo = False
            if it.cmd.upper() == "ATE1" and it.final == "OK":
                echo = True
    return out


def clock(t):
    h = int(t // 3600) % 24
    m = int(t // 60) % 60
    s = t % 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def render_arduino_monitor(items, t0=50000.0):
    """Arduino IDE Serial Monitor with 'Show timestamp': 'HH:MM:SS.mmm -> ' + line."""
    out, t = [], t0
    for ln in raw_lines(items):
        t += 0.011
        out.append("%s -> %s" % (clock(t), ln))
    return out


def render_sscom(items, t0=36000.0):
    """SSCOM: '[HH:MM:SS.mmm]发→◇' + command, '□' (the CR LF sent) on the next line, and '[..]收←◆' + raw reply (spans lines)."""
    out, t, echo = [], t0, True
    for it in items:
        t += 0.9
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, R):
            out.append("[%s]收←◆%s" % (clock(t), it.lines[0]))
            out.extend(it.lines[1:])
            out.append("")
            continue
        if isinstance(it, U):
            out.append("[%s]收←◆%s" % (clock(t), it.line))
            out.append("")
            continue
        out.append("[%s]发→◇%s" % (clock(t), it.cmd))
        out.append("□")
        if it.cut:
            break
        t += 0.05
        body = ([it.cmd] if echo else []) + [""] * 0
        lines = body_lines(it) + [""] if body_lines(it) else []
        if it.prompt:
            body += ([] if it.prompt.strip() in (">", "@") else [""]) + [it.prompt.strip()]
            out.append("[%s]收←◆%s" % (clock(t), body[0]))
            out.extend(body[1:])
            t += 1.2
            out.append("[%s]发→◇%s" % (clock(t), it.payload))
            out.append("□")
            body = []
        lines = (lines[:-1] + it.partial + [""]) if it.partial else lines
        if it.final is not None:
            lines.append(it.final)
        if body or lines:
            allb = body + ([""] if lines and lines[0] != "" else []) + lines
            t += 0.05
            out.append("[%s]收←◆%s" % (clock(t), allb[0]))
            out.extend(allb[1:])
            out.append("")
        for u in it.after:
            t += 2.0
            out.append("[%s]收←◆%s" % (clock(t), u))
            out.append("")
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
    return out


def render_tinygsm(items, t0=2100, echo=False):
    """TinyGSM with StreamDebugger: every byte both ways dumped raw; DBG() lines '[ms] ### ...'."""
    out, t = [], t0
    for it in items:
        t += 43
        if isinstance(it, N):
            out.append("[%d] %s" % (t, it.text) if it.text.startswith("###") else it.text)
            continue
        if isinstance(it, R):
            out.extend(it.lines)
            continue
        if isinstance(it, U):
            out += ["", it.line]
            continue
        out.append(it.cmd)                       # what the host wrote
        if it.cut:
            break
        if echo:
            out.append(it.cmd)                   # the module's echo
        if it.prompt:
            out.append(it.prompt + (it.payload or ""))
        for i, r in enumerate(body_lines(it) + it.partial):
            out += (["", r] if i == 0 else [r])
        if it.final is not None:
            out += ["", it.final]
        for u in it.after:
            out += ["", u]
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
    return out


def render_particle3(items, t0=12000):
    """Device OS Gen3 AtParser trace: '%010u [ncp.at] TRACE: > cmd' / '< line' per non-empty line."""
    out, t = [], t0
    for it in items:
        t += 9
        if isinstance(it, N):
            out.append("%010d %s" % (t, it.text))
            continue
        if isinstance(it, (U, R)):
            for ln in ([it.line] if isinstance(it, U) else it.lines):
                out.append("%010d [ncp.at] TRACE: < %s" % (t, ln))
            continue
        out.append("%010d [ncp.at] TRACE: > %s" % (t, it.cmd))
        if it.cut:
            break
        if it.prompt:
            t += 30
            out.append("%010d [ncp.at] TRACE: < %s" % (t, it.prompt.strip()))
        for r in body_lines(it) + it.partial:
            t += 12
            out.append("%010d [ncp.at] TRACE: < %s" % (t, r))
        if it.final is None:
            t += 10000
            pass
        else:
            t += 8
            out.append("%010d [ncp.at] TRACE: < %s" % (t, it.final))
        for u in it.after:
            t += 700
            out.append("%010d [ncp.at] TRACE: < %s" % (t, u))
    return out


def gammu_hex(data):
    """gammu DumpMessage: 16 bytes a line, 'HHc|' per byte (c the char or a space), then ASCII."""
    out = []
    for i in range(0, len(data), 16):
        chunk = data[i:i + 16]
        cells = ["%02X%s" % (ord(c), c if 32 <= ord(c) < 127 else " ") for c in chunk]
        hexpart = "|".join(cells)
        asc = "".join(c if 32 <= ord(c) < 127 else "." for c in chunk)
        out.append("%-63s %-16s" % (hexpart, asc))
    return out


def render_gammu(items, t0=77000, pid=1902, entering=None):
    """gammu-smsd debug log (syslog): 'SENDING frametype 0x00/length 0x%02X/%d', hex dump, the reply
    lines numbered '1 "echo"', 'Checking line: X', 'AT reply state: n', 'RECEIVED frametype', dump."""
    out, t = [], t0
    state = {"OK": 1, "CONNECT": 2, "ERROR": 3}

    def L(msg):
        out.append("Sun 2026/12/06 22:%02d:%02d gammu-smsd[%d]: gammu: %s" % (t // 60 % 60, t % 60, pid, msg))

    for it in items:
        t += 1
        if isinstance(it, N):
            L(it.text)
            continue
        if isinstance(it, (U, R)):
            continue
        wire = it.cmd + "\r"
        L("SENDING frametype 0x00/length 0x%02X/%d" % (len(wire), len(wire)))
        for h in gammu_hex(wire):
            L(h)
        if it.cut:
            break
        lines = [it.cmd] + ([it.prompt.strip()] if it.prompt else []) + body_lines(it) + it.partial
        if it.final is None:
            t += 10
            L("No response in time")
            continue
        lines.append(it.final)
        for i, ln in enumerate(lines, 1):
            L('%d "%s"' % (i, ln))
        L("Checking line: %s" % it.final)
        st = state.get(it.final, 6 if it.final.startswith("+CME") else 5 if it.final.startswith("+CMS") else 4)
        L("AT reply state: %d" % st)
        raw = it.cmd + "\r\r\n" + ("\r\n".join(body_lines(it)) + "\r\n\r\n" if body_lines(it) else "") + it.final + "\r\n"
        L("RECEIVED frametype 0x00/length 0x%02X/%d" % (len(raw), len(raw)))
        for h in gammu_hex(raw):
            L(h)
    return out


def esc(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r").replace("\n", "\\n")
    return "".join(c if 32 <= ord(c) < 127 else "\\x%02x" % ord(c) for c in s)


def render_particle2(items, t0=31.2):
    """Device OS Gen2 (electron mdm_hal) debug: '%10.3f AT send %7d "<escaped>"' and
    '%10.3f AT read %2s %4d "<escaped>"' per line read (type +, OK, ERR, UNK, >)."""
    out, t = [], t0

    def rd(kind, text):
        raw = "\r\n" + text + "\r\n" if kind != ">" else text
        out.append('%10.3f AT read %2s %4d "%s"' % (t, kind, len(raw), esc(raw)))

    for it in items:
        t += 0.04
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, (U, R)):
            for ln in ([it.line] if isinstance(it, U) else it.lines):
                rd("+" if ln.startswith("+") else "UNK", ln)
            continue
        wire = it.cmd + "\r\n"
        out.append('%10.3f AT send %7d "%s"' % (t, len(wire), esc(wire)))
        if it.cut:
            break
        if it.prompt:
            t += 0.03
            rd(">", "@" if it.prompt.strip() == "@" else ">")
            out.append('%10.3f AT send %7d "%s"' % (t, len(it.payload), esc(it.payload)))
        for r in body_lines(it) + it.partial:
            t += 0.005
            rd("+" if r.startswith("+") else "UNK", r)
        if it.final is not None:
            t += 0.004
            k = "OK" if it.final == "OK" else ("ERR" if "ERROR" in it.final else "UNK")
            rd(k, it.final)
        for u in it.after:
            t += 1.3
            rd("+" if u.startswith("+") else "UNK", u)
    return out


def mm_esc(s):
    return s.replace("\r", "<CR>").replace("\n", "<LF>")


def render_mm(items, port="ttyUSB2", modem=0, ts=1764000000.0, new=True, pid=812,
              journal=True):
    """ModemManager --debug: '[modemN/port/at] --> 'AT...<CR>'' and '<-- '<CR><LF>...''
    (old: '(ttyUSB2): --> ...'), one '<--' per chunk read, CR/LF shown as <CR>/<LF>."""
    out = []
    t = ts

    def line(msg, lvl="debug"):
        nonlocal t
        t += 0.013
        tag = "[modem%d/%s/at] " % (modem, port) if new else "(%s): " % port
        lv = "<debug>"
        if lvl != "debug":
            lv = "<%s>" % lvl
            tag = ""
        pre = ("Sun Dec  6 22:%02d:%02d 2026 daemon.debug [%d]: " % (int(t) // 60 % 60, int(t) % 60, pid)
               if journal == "logread" else
               "Dec 06 22:%02d:%02d host ModemManager[%d]: " % (int(t) // 60 % 60, int(t) % 60, pid)
               if journal else "")
        if new:
            out.append("%s%s [%0.6f] %s%s" % (pre, lv, t, tag, msg))
        else:
            out.append("%s%s %s%s" % (pre, lv, tag, msg))

    for it in items:
        if isinstance(it, N):
            line(it.text, lvl="info")
            continue
        if isinstance(it, (U, R)):
            ls = [it.line] if isinstance(it, U) else it.lines
            line("<-- '%s'" % mm_esc("".join("\r\n" + x + "\r\n" for x in ls)))
            continue
        line("--> '%s'" % mm_esc(it.cmd + "\r"))
        if it.cut:
            break
        chunk = ""
        bl = body_lines(it) + it.partial
        if bl:
            chunk = "\r\n" + "\r\n".join(bl) + "\r\n"
        if it.final is not None:
            chunk += "\r\n" + it.final + "\r\n"
        if chunk:
            line("<-- '%s'" % mm_esc(chunk))
        else:
            t += 3
        for u in it.after:
            line("<-- '%s'" % mm_esc("\r\n" + u + "\r\n"))
    return out


def render_espmodem(items, t0=1200, colour=False):
    """esp_modem command_lib (ESP-IDF log): 'D (ms) command_lib: generic_command command %s\n'
    then 'D (ms) command_lib: Response: ' + the raw reply (CR LF) spanning lines."""
    out, t = [], t0
    C = {"D": "", "I": "\x1b[0;32m", "W": "\x1b[0;33m", "E": "\x1b[0;31m"}
    END = "\x1b[0m" if colour else ""

    def log(lv, tag, msg):
        pre = C[lv] if colour else ""
        ls = msg.split("\n")
        ls[-1] = ls[-1] + END
        out.append("%s%s (%d) %s: %s" % (pre, lv, t, tag, ls[0]))
        out.extend(ls[1:])

    for it in items:
        t += 17
        if isinstance(it, N):
            lv, tag, msg = it.text.split("|", 2)
            log(lv, tag, msg)
            continue
        if isinstance(it, (U, R)):
            ls = [it.line] if isinstance(it, U) else it.lines
            log("D", "command_lib", "Response: \n" + "\n".join(ls) + "\n")
            continue
        log("V", "command_lib", "generic_command") if False else None
        log("D", "command_lib", "generic_command command %s\n" % it.cmd)
        if it.cut:
            break
        if it.prompt:
            t += 40
            log("D", "command_lib", "Response: \n%s" % it.prompt.strip())
        t += 30
        body = body_lines(it) + it.partial
        body = body + [""] if body else []
        if it.final is None:
            t += 3000
            if body:
                log("D", "command_lib", "Response: \n" + "\n".join(body[:-1]))
            log("W", "command_lib", "Command timeout! %s" % it.cmd) if False else None
            continue
        body.append(it.final)
        log("D", "command_lib", "Response: \n" + "\n".join(body) + "\n")
        for u in it.after:
            t += 800
            log("D", "command_lib", "Response: \n" + u + "\n")
    return out


def render_mgos(items, t0=4.2, day="Dec  6 22:14"):
    """Mongoose OS pppos via 'mos console': '[Mon DD HH:MM:SS.mmm] mgos_pppos.c:129  >> cmd' (LL_DEBUG)
    and verbose '<< ' + the raw chunk read (CR LF kept, so it spans lines)."""
    out, t = [], t0
    echo = True

    def pfx(src):
        return "[%s:%06.3f] %-19s " % (day, t % 60, src)

    for it in items:
        t += 0.21
        if isinstance(it, N):
            out.append(pfx(it.text.split("|")[0]) + it.text.split("|", 1)[1])
            continue
        if isinstance(it, (U, R)):
            ls = [it.line] if isinstance(it, U) else it.lines
            out.append(pfx("mgos_pppos.c:919") + "<< ")
            out.extend(ls)
            continue
        out.append(pfx("mgos_pppos.c:129") + ">> " + it.cmd)
        if it.cut:
            break
        t += 0.05
        chunk = ([it.cmd] if echo else []) + [""]
        bl = body_lines(it) + it.partial
        if bl:
            chunk += bl + [""]
        if it.final is not None:
            chunk.append(it.final)
            chunk.append("")
        else:
            t += 5
            out.append(pfx("mgos_pppos.c:754") + "Command timed out: %s" % it.cmd)
            continue
        out.append(pfx("mgos_pppos.c:919") + "<< " + chunk[0])
        out.extend(chunk[1:-1])
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
        for u in it.after:
            t += 0.8
            out.append(pfx("mgos_pppos.c:919") + "<< ")
            out.append(u)
    return out


def vis(s):
    return s.replace("\r", "^M")


def render_chat(items, t0=600, host="OpenWrt", pid=2411, expect="OK"):
    """pppd chat -v via logread: 'daemon.notice pppd[..]', 'local2.info chat[..]: send (AT^M)',
    'expect (OK)', '^M', the lines read (each up to LF), ' -- got it', 'timeout set to N seconds'."""
    out, t = [], t0
    first = True

    def L(msg, fac="local2.info", prog="chat", p=pid):
        nonlocal t
        t += 1
        out.append("Sun Dec  6 22:%02d:%02d 2026 %s %s[%d]: %s" % (t // 60 % 60, t % 60, fac, prog, p, msg))

    for it in items:
        if isinstance(it, N):
            if it.text.startswith("pppd:"):
                L(it.text[5:], fac="daemon.notice", prog="pppd", p=pid - 3)
            else:
                L(it.text)
            continue
        if isinstance(it, (U, R)):
            continue
        exp = "CONNECT" if it.final and it.final.startswith("CONNECT") else "OK"
        L("send (%s^M)" % it.cmd)
        L("expect (%s)" % exp)
        if it.cut:
            break
        if not first:
            L("^M")
        first = False
        L("%s^M^M" % it.cmd)
        for r in body_lines(it) + it.partial:
            L("%s^M" % r)
            L("^M")
        if it.final is None:
            t += 44
            L("alarm")
            L("Failed")
            continue
        if it.final.startswith("CONNECT") or it.final == "OK":
            L(exp)
            L(" -- got it")
        else:
            L(it.final)
            L(" -- failed")
            L("Failed (%s)" % it.final)
    return out


def render_fona(items, only_first=()):
    """Adafruit FONA / Botletics SIM7000 DEBUG_PRINT: '\t---> cmd' and '\t<--- line' for each
    line readline() returned (getReply); commands in only_first print one line only, the OK is
    eaten by a silent readline() (sendParseReply)."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, (U, R)):
            for ln in ([it.line] if isinstance(it, U) else it.lines):
                out.append("\t<--- " + ln)
            continue
        out.append("\t---> " + it.cmd)
        if it.cut:
            break
        if it.prompt:
            out.append("\t<--- " + it.prompt.strip())
        ls = body_lines(it) + it.partial
        if it.final is not None and not getattr(it, "silent_final", False):
            ls = ls + [it.final]
        if not ls:
            out.append("\t<--- ")
        for r in ls:
            out.append("\t<--- " + r)
        for u in it.after:
            out.append("\t<--- " + u)
    return out


def render_pybytes(items, echo=True, style="repr"):
    """pyserial script: ser.write(cmd + b'\\r'); print(ser.read(ser.in_waiting)) -> b'...' reprs,
    or 'Sent:' / 'Received:' prints of decoded readlines."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, (U, R)):
            ls = [it.line] if isinstance(it, U) else it.lines
            out.append(repr(("".join("\r\n%s\r\n" % x for x in ls)).encode()))
            continue
        raw = (it.cmd + "\r" if echo else "")
        if it.prompt:
            raw += "\r\n" + it.prompt
            if style == "repr":
                out.append(repr(raw.encode()))
            raw = it.payload + "\x1a" if echo else ""
        for r in body_lines(it) + it.partial:
            raw += "\r\n" + r + "\r\n"
        if it.final is not None:
            raw += "\r\n" + it.final + "\r\n"
        for u in it.after:
            raw += "\r\n" + u + "\r\n"
        if style == "repr":
            out.append(">>> " + it.cmd if False else repr(raw.encode()))
        else:
            out.append("Sent: " + it.cmd)
            rl = [x for x in raw.split("\r\n") if x.strip()]
            out.append("Received: " + repr(rl))
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
    return out


def render_wvdial(items):
    """wvdial: '--> Sending: cmd', then the modem's text as read (echo, reply; blank lines
    dropped), '--> Waiting for carrier.' after ATD."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append("--> " + it.text)
            continue
        if isinstance(it, (U, R)):
            out.extend([it.line] if isinstance(it, U) else it.lines)
            continue
        out.append("--> Sending: " + it.cmd)
        if it.cmd.upper().startswith("ATD"):
            out.append("--> Waiting for carrier.")
        out.append(it.cmd)
        for r in body_lines(it) + it.partial:
            out.append(r)
        if it.final is not None:
            out.append(it.final)
        else:
            out.append("--> Timed out while dialing.  Trying again." if it.cmd.startswith("ATD")
                       else "--> Modem not responding.")
    return out


# --------------------------------------------------------------------------------------------
# wrappers
# --------------------------------------------------------------------------------------------

def fence(lines, before, after, lang=""):
    return before + ["```" + lang] + lines + ["```"] + after


def quote(lines, pfx="> "):
    return [(pfx + l).rstrip() if l else pfx.rstrip() for l in lines]


def indent(lines, n=4):
    return [(" " * n + l) if l else l for l in lines]


def wrap(lines, width=80):
    out = []
    for l in lines:
        while len(l) > width:
            out.append(l[:width])
            l = l[width:]
        out.append(l)
    return out


def smart(lines):
    out = []
    for l in lines:
        n = 0
        s = ""
        for ch in l:
            if ch == '"':
                s += "\u201c" if n % 2 == 0 else "\u201d"
                n += 1
            else:
                s += ch
        out.append(s)
    return out


def smart_cmd(c):
    return smart([c])[0]


# --------------------------------------------------------------------------------------------

LABELS = {}


def write(name, lines, items, shape, module, nl="\n", has=None, labels=None, cmdmap=None):
    os.makedirs(LOGS, exist_ok=True)
    text = nl.join(lines) + nl
    with open(os.path.join(LOGS, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    lab = labels if labels is not None else labels_of(items)
    if cmdmap:
        lab = [{"command": cmdmap(x["command"]), "final": x["final"]} for x in lab]
    LABELS[name] = {"transactions": lab, "total": len(lab),
                    "has_transactions": bool(lab) if has is None else has,
                    "shape": shape, "module": module}


# --------------------------------------------------------------------------------------------
# sessions
# --------------------------------------------------------------------------------------------

def SF(t):
    t.silent_final = True
    return t


def reg_block(kind="CEREG", stat="1", csq="+CSQ: 19,99", cops='+COPS: 0,0,"Vodafone",7'):
    return [
        T("AT+CPIN?", ["+CPIN: READY"]),
        T("AT+CSQ", [csq]),
        T("AT+%s?" % kind, ["+%s: 0,%s" % (kind, stat)]),
        T("AT+COPS?", [cops]),
    ]


def build():
    # ---------------- TinyGSM + StreamDebugger ----------------------------------------------
    s = [N("### TinyGSM Version: 0.11.7"), N("### TinyGSM Compiled Module:  TinyGsmClientSIM800"),
         T("AT", final="OK"), T("ATE0"), T("AT+CMEE=2"), T("AT+GMM", ["SIMCOM_SIM800L"]),
         N("### Modem: SIMCOM_SIM800L"),
         T("AT+CLTS=1"), T("AT+CBATCHK=1"), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CREG?", ["+CREG: 0,2"]), T("AT+CREG?", ["+CREG: 0,2"]),
         T("AT+CREG?", ["+CREG: 0,1"], after=["*PSUTTZ: 26/12/06,22:10:05\",\"+04\",0", "DST: 0"]),
         T("AT+CIPSHUT", final="SHUT OK"), T("AT+CGATT=0"),
         T('AT+SAPBR=3,1,"Contype","GPRS"'), T('AT+SAPBR=3,1,"APN","internet"'),
         T('AT+CGDCONT=1,"IP","internet"'), T("AT+CGACT=1,1"),
         T("AT+SAPBR=1,1", final="ERROR"),
         N("[12873] ### Network connect failed, retrying"),
         T("AT+SAPBR=2,1", ['+SAPBR: 1,3,"0.0.0.0"'])]
    s[0].text = "[2162] " + s[0].text
    s[1].text = "[2163] " + s[1].text
    s[6].text = "[3001] " + s[6].text
    write("tinygsm_sim800_gprs.log", render_tinygsm(s, echo=True), s,
          "tinygsm-streamdebugger", "SIM800L")


    s = [T("AT"), T("ATE0"), T("AT+CMEE=2"), T("AT+GMM", ["BG96"]),
         T("AT+CPIN?", ["+CME ERROR: SIM not inserted"], final=None) if False else
         T("AT+CPIN?", final="+CME ERROR: SIM not inserted"),
         T("AT+CPIN?", final="+CME ERROR: SIM busy"), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+QCFG=\"nwscanseq\",03,1"), T("AT+CEREG?", ["+CEREG: 0,2"]),
         U("+QIND: SMS DONE"), T("AT+CEREG?", ["+CEREG: 0,1"]),
         T('AT+QICSGP=1,1,"iot.1nce.net","","",1'), T("AT+QIDEACT=1"),
         T("AT+QIACT=1", final=None), N("[41212] ### Unhandled: OK"),
         T("AT+QIACT?", ['+QIACT: 1,1,1,"10.64.19.2"']),
         T('AT+QIOPEN=1,0,"TCP","broker.hivemq.com",1883,0,1', after=["+QIOPEN: 0,0"]),
         T("AT+QISEND=0,14", prompt=">", payload="{\"t\":21.5,\"h\":40}", final="SEND OK"),
         U('+QIURC: "recv",0'), T("AT+QIRD=0,1500", ["+QIRD: 4", "pong"]),
         T("AT+QICLOSE=0,10")]
    for i, x in enumerate(s):
        if isinstance(x, N) and not x.text.startswith("["):
            pass
    write("tinygsm_bg96_mqtt.log", render_tinygsm(s, echo=True), s,
          "tinygsm-streamdebugger", "BG96")

    # ---------------- Particle Gen3 ncp.at trace -----------------------------------------------
    s = [N("[system.nm] INFO: State changed: DISABLED -> IFACE_DOWN"), N("[hal] TRACE: Powering modem on"),
         T("AT", final=None), T("AT", final=None), T("AT"), T("ATE0"), T("AT+CMEE=2"),
         T("AT+CGMI", ["u-blox"]), T("AT+CGMM", ["SARA-R410M-02B"]), T("AT+CCID", ["+CCID: 89014103271234567890"]),
         T("AT+UMNOPROF?", ["+UMNOPROF: 2"]), T("AT+URAT?", ["+URAT: 7,8"]),
         T("AT+CFUN=0"), T('AT+CGDCONT=1,"IP","10569.mcs"'), T("AT+CFUN=1"),
         T("AT+CEREG=2"), U('+CEREG: 2,"2CF7","8AFFF6F",7'), T("AT+CEREG?", ['+CEREG: 2,5,"2CF7","8AFFF6F",7']),
         T("AT+COPS=3,2"), T("AT+COPS?", ['+COPS: 0,2,"310410",7']),
         T("AT+CSQ", ["+CSQ: 16,99"]), N("[ncp.client] TRACE: NCP state changed: 1"),
         T("AT+CGPADDR=1", ['+CGPADDR: 1,10.160.44.7'])]
    write("particle_boron_r410_register.log", render_particle3(s), s,
          "particle-ncp-at-trace", "SARA-R410M")

    s = [N("[ncp.client] TRACE: Initialize modem"), T("AT"), T("ATE0"), T("AT+CMEE=2"),
         T("AT+CGMM", ["BG96"]), T("AT+QCCID", ["+QCCID: 8944501807123456789F"]),
         T('AT+QCFG="iotopmode"', ['+QCFG: "iotopmode",0']),
         T('AT+QCFG="band",F,400A0E189F,A0E189F,1'), T("AT+CPIN?", final="+CME ERROR: SIM failure"),
         N("[ncp.client] ERROR: No valid SIM card found"),
         T("AT+CFUN=1,1"), U("RDY"), U("+CFUN: 1"), U("+CPIN: READY"), U("+QUSIM: 1"),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CEREG?", ["+CEREG: 0,2"]),
         T("AT+QNWINFO", ['+QNWINFO: "CAT-M1","310410","LTE BAND 12",5110']),
         T("AT+CEREG?", ["+CEREG: 0,5"])]
    write("particle_bg96_sim_failure.log", render_particle3(s, t0=880), s,
          "particle-ncp-at-trace", "BG96")

    s = [T("AT+CSQ", ["+CSQ: 21,99"]), T("AT+QIACT?", ['+QIACT: 1,1,1,"10.12.33.4"']),
         T('AT+QIOPEN=1,2,"UDP","udp.particle.io",5684,0,1', after=["+QIOPEN: 2,0"]),
         T("AT+QISEND=2,61", prompt=">", payload="", final="SEND OK"),
         U('+QIURC: "recv",2'), T("AT+QIRD=2,1024", ["+QIRD: 53,\"54.86.198.203\",5684"], final="OK"),
         T("AT+QISEND=2,99", prompt=">", payload="", final="SEND FAIL"),
         T("AT+QISTATE=1,2", ['+QISTATE: 2,"UDP","54.86.198.203",5684,0,2,1,2,0,"uart1"']),
         T("AT+QICLOSE=2"), T("AT+COPS?", final="+CME ERROR: 3")]
    write("particle_eg91_udp.md", fence(render_particle3(s, t0=45000),
          ["### Steps to reproduce", "", "Boron 404X, Device OS 5.5.0, log handler at TRACE:", ""],
          ["", "Then the device keeps blinking cyan. Expected: cloud connected.", "",
           "### Expected behavior", "No SEND FAIL."]),
          s, "particle-ncp-at-trace+github-markdown", "EG91-NAX")

    # ---------------- Particle Gen2 AT send / AT read -----------------------------------------
    s = [T("AT"), T("AT+CGSN", ["353162075481234"]), T("AT+CCID", ["+CCID: 8901260882211234567"]),
         T("AT+COPS=0"), T("AT+CREG?", ["+CREG: 2,5,\"A01D\",\"73B1C8F\",2"]),
         T("AT+CSQ", ["+CSQ: 14,3"]), T("AT+UPSND=0,8", ["+UPSND: 0,8,0"]),
         T('AT+UPSD=0,1,"spark.telefonica.com"'), T("AT+UPSDA=0,3", after=["+UUPSDA: 0,\"10.22.1.4\""]),
         T("AT+USOCR=17", ["+USOCR: 0"]),
         T('AT+USOST=0,"54.86.198.203",5684,4', prompt="@", payload="\x17\xfe\xfd\x00", resp=["+USOST: 0,4"]),
         U("+UUSORF: 0,53"), T("AT+USORF=0,53", ['+USORF: 0,"54.86.198.203",5684,53,"..."']),
         T("AT+USOCL=0")]
    write("particle_electron_u260_socket.log", render_particle2(s), s,
          "particle-gen2-at-send-read", "SARA-U260")

    # ---------------- ModemManager ------------------------------------------------------------
    s = [N("[modem0] state changed (disabled -> enabling)"), T("ATE0"), T("AT+CMEE=1"),
         T("AT+CGMI", ["Sierra Wireless, Incorporated"]), T("AT+CGMM", ["EM7455"]),
         T("AT+CFUN?", ["+CFUN: 4"]), T("AT+CFUN=1"), T("AT+CGREG=2"),
         T("AT+CEREG=2"), T("AT+CREG?", ["+CREG: 0,0"]),
         T("AT+CGREG?", ["+CGREG: 2,0"]), T("AT+CEREG?", ["+CEREG: 2,2"]),
         U("+CEREG: 2,1,\"3E8\",\"1A2D0F\",7"), T("AT+COPS=3,2"), T("AT+COPS?", ['+COPS: 0,2,"23415",7']),
         T("AT+CGDCONT?", ['+CGDCONT: 1,"IPV4V6","","0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0",0,0,0,0']),
         T('AT+CGDCONT=2,"IP","pp.vodafone.co.uk"'), T("AT!GSTATUS?", final="+CME ERROR: 4"),
         T("AT+CGACT=1,2", final="+CME ERROR: 148")]
    write("mm_em7455_journal.log", render_mm(s, port="cdc-wdm0" if False else "ttyUSB2"), s,
          "modemmanager-debug-journal", "EM7455")

    s = [T("AT+CGSN", ["866758041234567"]), T("AT+GCAP", ["+GCAP: +CGSM"]),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", ["+CSQ: 24,99"]),
         T('AT+QCFG="usbnet"', ['+QCFG: "usbnet",0']), T("AT+CMGF=0"),
         T("AT+CPMS=\"ME\",\"ME\",\"ME\"", ["+CPMS: 0,255,0,255,0,255"]), T("AT+CNMI=2,1,2,2,0"),
         U('+CMTI: "ME",0'), T("AT+CMGR=0", ["+CMGR: 0,,24", "07914477790706520404D0E5391D0000622160224152400"]),
         T("AT+CMGD=0"), T("AT+CUSD=1,\"*100#\",15", final="+CME ERROR: 100"), T("AT+QGPS=1"),
         T("AT+QGPSLOC=2", final="+CME ERROR: 516")]
    write("mm_ec25_sms_old.log", render_mm(s, port="ttyUSB2", new=False, journal=False, ts=1609459200.0), s,
          "modemmanager-debug-old", "EC25-E")

    s = [T("AT^SYSCFGEX?", ['^SYSCFGEX: "00",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF,,']),
         T("AT^SYSINFOEX", ['^SYSINFOEX: 2,3,0,1,,6,"LTE",101,"LTE"']), U("^RSSI: 21"),
         T("AT+CGDCONT=1,\"IP\",\"internet.t-mobile\""), T("AT^NDISDUP=1,1,\"internet.t-mobile\"", after=["^NDISSTAT: 1,,,\"IPV4\""]),
         T("AT^DHCP?", ["^DHCP: 0a5e2e0a,f8ffffff,095e2e0a,095e2e0a,0a0c1c0a,0b0c1c0a,150000000,150000000"]),
         T("AT^HCSQ?", ['^HCSQ: "LTE",54,47,131,24']), T("AT^CARDLOCK?", final="+CME ERROR: 3")]
    lines = render_mm(s, port="ttyUSB0", modem=1)
    write("mm_me909_issue.md", ["**Describe the bug**", "modem connects but no traffic after NDISDUP, log:", ""] +
          indent(lines) + ["", "**Environment** Debian 12, MM 1.20.4"], s,
          "modemmanager-debug-journal+markdown-indent", "ME909s-120")

    # ---------------- esp_modem command_lib --------------------------------------------------
    s = [N("I|main|Initializing esp_modem for the SIM7600 module..."), T("AT"), T("ATE0"),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", ["+CSQ: 17,99"]), T('AT+CGDCONT=1,"IP","internet"'),
         T("AT+COPS?", ['+COPS: 0,0,"Telia",7']), T("AT+CGNSSPWR=1", final="ERROR"),
         T("AT+CGPS=1,1"), T("AT+CGPSINFO", ["+CGPSINFO: ,,,,,,,,"]),
         T("ATD*99#", final="CONNECT 115200"), N("I|esp-netif_lwip-ppp|Connected"),
         N("I|main|IP          : 10.40.3.17")]
    write("espmodem_sim7600_ppp.log", render_espmodem(s, colour=True), s,
          "esp-modem-command-lib+ansi", "SIM7600E-H")

    s = [T("AT"), T("AT+CBC", ["+CBC: 0,87,4102"]), T("AT+CSQ", ["+CSQ: 99,99"]),
         T("AT+CEREG?", ["+CEREG: 0,2"]), T("AT+CSQ", ["+CSQ: 12,99"]), T("AT+CEREG?", ["+CEREG: 0,5"]),
         T("AT+CMUX=0,0,5,127,10,3,30,10,2"), N("W|CMUX|Restarting CMUX state machine (reason: 1)"),
         T("AT+CGMR", ["Revision:1951B15SIM7070"]), T("AT+SGNSCMD=1,0", final=None),
         T("AT+SGNSCMD=1,0")]
    write("espmodem_sim7070_cmux.log", render_espmodem(s, t0=9000), s,
          "esp-modem-command-lib", "SIM7070G")

    # ---------------- Mongoose OS pppos ------------------------------------------------------
    s = [N("mgos_pppos.c:117|Trying baud rate 115200 (fc off)..."), T("AT", final=None),
         N("mgos_pppos.c:117|Trying baud rate 115200 (fc on)..."), T("AT"), T("ATH"), T("ATE0"),
         T("AT+CMEE=2"), T("AT+IFC=0,0"), T("ATI", ["SIM800 R14.18"]),
         T("AT+CGSN", ["869170031234567"]), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CREG?", ["+CREG: 0,5"]), T("AT+COPS?", ['+COPS: 0,0,"vodafone IT"']),
         T('AT+CGDCONT=1,"IP","web.omnitel.it"'), T("ATDT*99***1#", final="CONNECT")]
    # after ATE0 the reply chunk has no echo: handled by renderer always adding echo -> fix
    write("mgos_sim800_pppos.log", render_mgos(s), s, "mongoose-os-pppos", "SIM800")

    # ---------------- pppd chat on OpenWrt (logread) -----------------------------------------
    s = [N("pppd:pppd 2.4.9 started by root, uid 0"), N("abort on (BUSY)"), N("abort on (NO CARRIER)"),
         N("abort on (ERROR)"), N("timeout set to 10 seconds"), T("ATZ"), T("ATE1"),
         T('AT+CGDCONT=1,"IP","internet"'), T("ATD*99#", final="CONNECT"),
         N("pppd:Serial connection established."), N("pppd:Using interface 3g-wan"),
         N("pppd:Connect: 3g-wan <--> /dev/ttyUSB2")]
    write("openwrt_chat_ok.log", render_chat(s), s, "pppd-chat-v-logread", "Huawei E3372")

    s = [N("pppd:pppd 2.4.9 started by root, uid 0"), N("abort on (BUSY)"), N("abort on (ERROR)"),
         N("timeout set to 10 seconds"), T("ATZ"),
         T('AT+CGDCONT=1,"IP","internet.vivo"', final="ERROR")]
    lines = render_chat(s, pid=3307, t0=1900) + ["Sun Dec  6 22:32:47 2026 daemon.notice pppd[3304]: Connect script failed"]
    write("openwrt_chat_error.log", lines, s, "pppd-chat-v-logread", "ZTE MF823")

    # ---------------- Adafruit FONA / Botletics --------------------------------------------
    s = [N("FONA basic test"), N("Initializing....(May take 3 seconds)"), N("Attempting to open comm with ATs"),
         T("AT", ["AT"], final=None), T("AT", ["AT"], final=None), T("ATE0", ["ATE0"], final=None), T("ATE0"), T("AT+CVHU=0"),
         T("ATI", ["SIM7000A R1351"], final=None), N("FONA is OK"), N("Found SIM7000A"),
         SF(T("AT+CCID", ["89148000004123456789"])), SF(T("AT+CREG?", ["+CREG: 0,1"])),
         SF(T("AT+CBC", ["+CBC: 0,94,4155"])), T("AT+CMGF=1"), T('AT+CMGS="+15551234567"', prompt="> ",
         payload="Hello from FONA", resp=["+CMGS: 14"]), N("Sent!")]
    # ATI: library prints only the first line (no final); the CCID/CREG/CBC OKs are eaten silently
    s[10].final = None
    for x in s[11:14]:
        x.final = None
    write("fona_sim7000_sms.log", render_fona(s), s, "adafruit-fona-debug", "SIM7000A")

    s = [T("AT+CFUN=1"), T("AT+CGDCONT=1,\"IP\",\"hologram\""), T("AT+CNACT=1,\"hologram\""),
         T("AT+CNACT?", ['+CNACT: 1,"10.170.8.55"']),
         T('AT+SMCONF="URL","test.mosquitto.org",1883'), T('AT+SMCONF="KEEPTIME",60'),
         T("AT+SMCONN", final="ERROR"), T("AT+SMSTATE?", ["+SMSTATE: 0"]),
         T("AT+SMCONN"), T('AT+SMPUB="botletics/temp",4,1,0', prompt=">", payload="21.5"),
         T("AT+SMDISC")]
    write("botletics_sim7000_mqtt.log", render_fona(s), s, "adafruit-fona-debug", "SIM7000G")

    # ---------------- wvdial -----------------------------------------------------------------
    s = [N("WvDial: Internet dialer version 1.61"), N("Initializing modem."), T("ATZ"),
         T("ATQ0 V1 E1 S0=0 &C1 &D2 +FCLASS=0", final="ERROR"),
         N("Bad init string."), T("ATZ"), T("ATQ0 V1 E1 S0=0 &C1 &D2"),
         T('AT+CGDCONT=1,"IP","internet"'), N("Modem initialized."),
         T("ATDT*99#", final="CONNECT 21600000"), N("Carrier detected.  Starting PPP immediately."),
         N("Starting pppd at Sun Dec  6 22:41:10 2026"), N("Pid of pppd: 1744")]
    write("wvdial_e173_pi.txt", ["pi@raspberrypi:~ $ sudo wvdial"] + render_wvdial(s), s,
          "wvdial", "Huawei E173")

    # ---------------- Arduino Serial Monitor passthrough --------------------------------
    s = [T("AT"), T("AT+CSQ", ["+CSQ: 0,0"]), T("AT+CCID", ["8940123456789012345F"]),
         T("AT+CREG?", ["+CREG: 0,2"]), U("RING") if False else U("+CPIN: NOT READY"),
         T("AT+CREG?", ["+CREG: 0,0"]), T("AT+CSQ", ["+CSQ: 11,0"]), T("AT+CREG?", ["+CREG: 0,1"]),
         T("AT+CMGF=1"), T('AT+CMGS="+447700900123"', prompt="> ", payload="test",
         resp=["+CMGS: 7"], final="OK")]
    write("arduino_monitor_sim800l.txt", render_arduino_monitor(s), s,
          "arduino-serial-monitor-timestamp", "SIM800L")

    s = [T("AT"), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CGREG?", ["+CGREG: 0,1"]),
         T("AT+HTTPINIT"), T('AT+HTTPPARA="URL","http://api.thingspeak.com/update?api_key=XXXX&field1=23"'),
         T("AT+HTTPACTION=0", after=["+HTTPACTION: 0,200,2"]), T("AT+HTTPREAD=0,2", ["+HTTPREAD: 2", "17", "+HTTPREAD: 0"]),
         T("AT+HTTPTERM"), T("AT+HTTPTERM", final="ERROR"),
         T('AT+HTTPPARA="URL","https://example.org/api"'), T("AT+HTTPACTION=0", final="ERROR")]
    write("arduino_monitor_a7670_http.txt", render_arduino_monitor(s, t0=70000.5), s,
          "arduino-serial-monitor-timestamp", "A7670E")

    # ---------------- SSCOM ---------------------------------------------------------------
    s = [T("AT"), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", ["+CSQ: 25,99"]), T("AT+CGATT?", ["+CGATT: 1"]),
         T('AT+SAPBR=3,1,"APN","CMIOT"'), T("AT+SAPBR=1,1"), T("AT+HTTPINIT"),
         T('AT+HTTPPARA="URL","http://www.baidu.com"'), T("AT+HTTPACTION=0", after=["+HTTPACTION: 0,200,9508"]),
         T("AT+HTTPREAD", final="+CME ERROR: 3"), T("AT+HTTPTERM")]
    write("sscom_air724ug_http.txt", render_sscom(s), s, "sscom-serial-tool", "Air724UG")

    s = [T("ATI", ["Quectel", "EC200U", "Revision: EC200UCNAAR02A02M08"]), T("AT+QCCID", ["+QCCID: 89860321245912345678"]),
         T('AT+QICSGP=1,1,"CMNET","","",1'), T("AT+QIACT=1"),
         T('AT+QMTCFG="recv/mode",0,0,1'), T('AT+QMTOPEN=0,"iot-06z00abc.mqtt.iothub.aliyuncs.com",1883', after=["+QMTOPEN: 0,0"]),
         T('AT+QMTCONN=0,"dev1","user","pwd"', after=["+QMTCONN: 0,0,0"]),
         T('AT+QMTSUB=0,1,"/sys/dev1/get",1', after=['+QMTSUB: 0,1,0,1']),
         T('AT+QMTPUBEX=0,0,0,0,"/sys/dev1/update",5', prompt=">", payload="hello", after=["+QMTPUBEX: 0,0,0"]),
         U('+QMTRECV: 0,0,"/sys/dev1/get",4,"ping"'), T("AT+QMTDISC=0", after=["+QMTDISC: 0,0"])]
    write("sscom_ec200u_mqtt.txt", render_sscom(s, t0=52000), s, "sscom-serial-tool", "EC200U")

    # ---------------- minicom / picocom / screen raw terminal ------------------------------
    s = [N("Welcome to minicom 2.8"), N(""), N("OPTIONS: I18n"), N("Port /dev/ttyUSB2, 10:12:01"), N(""),
         N("Press CTRL-A Z for help on special keys"), N(""),
         T("AT"), T("ATI", ["Quectel", "EC25", "Revision: EC25EFAR06A06M4G"]),
         T('AT+QCFG="usbnet"', ['+QCFG: "usbnet",1']), T('AT+QCFG="usbnet",1'),
         T("AT+CGDCONT?", ['+CGDCONT: 1,"IPV4V6","internet","0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0",0,0,0,0']),
         T("AT+CFUN=1,1"), U("RDY"), U("+CFUN: 1"), U("+CPIN: READY"), U("+QUSIM: 1"), U("+QIND: SMS DONE"),
         T("AT+QNETDEVCTL?", final="ERROR"), T("AT+QNETDEVCTL=1,1,1", final="+CME ERROR: 4")]
    write("minicom_ec25_ecm.txt", raw_lines(s), s, "minicom-raw", "EC25-EU")

    s = [N("Terminal ready"), T("AT+CFUN?", ["+CFUN: 0"]), T("AT%XSYSTEMMODE=1,0,1,0"),
         T("AT+CFUN=1"), T("AT+CEREG=5"), U('+CEREG: 2,"76C1","0205A80A",7'),
         T("AT+CEREG?", ['+CEREG: 5,2,"76C1","0205A80A",7']),
         U('+CEREG: 5,"76C1","0205A80A",7,,,"11100000","11100000"'),
         T("AT%XMONITOR", ['%XMONITOR: 5,"","","24201","76C1",7,20,"0205A80A",280,6400,53,24,"","11100000","11100000","01001001"']),
         T("AT#XSOCKET=1,2,0", final="ERROR"), T("AT+CGDCONT?", ['+CGDCONT: 0,"IP","telenor.smart","10.2.44.31",0,0']),
         T("AT+CGACT?", ["+CGACT: 0,1"]), T("AT+CPSMS=1,,,\"00100001\",\"00000011\""),
         T("AT+CSCON?", ["+CSCON: 0"])]
    write("nrf9160_lte_link_monitor.txt", raw_lines(s), s, "nrf-terminal-raw", "nRF9160")

    s = [T("AT+UMQTT=0,\"sara-r5-dev\""), T("AT+UMQTT=2,\"test.mosquitto.org\",1883"),
         T("AT+UMQTTC=1", after=["+UUMQTTC: 1,0"]), T("AT+UMQTTER", ["+UMQTTER: 13,0"]),
         T("AT+UMQTTC=1", after=["+UUMQTTC: 1,1"]), T("AT+UMQTTC=4,0,\"test/#\"", after=['+UUMQTTC: 4,1,0,"test/#"']),
         T("AT+UMQTTC=2,0,0,\"test/x\",\"42\""), U("+UUMQTTC: 6,1"), T("AT+UMQTTC=6,1",
         ['+UMQTTC: 6,0,12,6,"test/x",2,"42"']), T("AT+UMQTTC=0")]
    write("picocom_sara_r5_mqtt.txt", ["$ picocom -b 115200 /dev/ttyACM0", "picocom v3.1", "", "port is        : /dev/ttyACM0",
          "baudrate is    : 115200", "Type [C-a] [C-h] to see available commands", "Terminal ready"] + raw_lines(s), s,
          "picocom-raw", "SARA-R510M8S")

    s = [T("AT#SELINT=2"), T("AT+CMEE=2"), T("AT#SGACT=1,1", final="+CME ERROR: context already activated"),
         T("AT#SGACT?", ["#SGACT: 1,1"]), T('AT#SD=1,0,80,"example.com",0,0,1'),
         T("AT#SSEND=1", prompt="> ", payload="GET / HTTP/1.1\\r\\nHost: example.com\\r\\n\\r\\n"),
         U("SRING: 1"), T("AT#SRECV=1,200", ["#SRECV: 1,200", "HTTP/1.1 200 OK"]), T("AT#SH=1"),
         T("AT#SD=1,0,81,\"example.com\",0,0,1", final="+CME ERROR: timeout in opening socket" if False else "NO CARRIER")]
    write("screen_le910_sockets.txt", raw_lines(s), s, "screen-raw", "LE910C4-NF")

    s = [T("AT^SMONI", ["^SMONI: 4G,6300,20,10,10,FDD,262,02,2E4C,01A3B806,132,19,-89,-11,NOCONN"]),
         T("AT^SICA=1,1"), T('AT^SISS=0,"srvType","Socket"'), T('AT^SISS=0,"conId","1"'),
         T('AT^SISS=0,"address","socktcp://198.51.100.7:9000"'), T("AT^SISO=0", after=["^SISW: 0,1"]),
         T("AT^SISW=0,5", ["^SISW: 0,5,0"], prompt=None), T("AT^SISR=0,100", ["^SISR: 0,0"]),
         T("AT^SISC=0"), T("AT^SISO=0", final="+CME ERROR: 21")]
    write("putty_els61_sockets.log", ["=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2026.12.06 22:50:11 =~=~=~=~=~=~=~=~=~=~=~="] +
          raw_lines(s), s, "putty-session-log", "ELS61-E", nl="\r\n")

    # nRF91 serial LTE modem with data mode and +++
    s = [T("AT#XSOCKET=1,1,0", ["#XSOCKET: 0,1,6"]), T('AT#XCONNECT="example.com",8080', ["#XCONNECT: 1"]),
         T("AT#XSEND", final="OK"), N("hello from slm"), N("+++"), U("#XDATAMODE: 0"),
         T("AT#XRECV=5", ["#XRECV: 5", "hello"]), T("AT#XSOCKET=0", ["#XSOCKET: 0,\"closed\""])]
    write("nrf9160_slm_datamode.txt", raw_lines(s), s, "nrf-terminal-raw", "nRF9160 SLM")

    # ---------------- pyserial scripts ------------------------------------------------------
    s = [T("AT"), T("AT+CMGF=1"), T('AT+CSCS="GSM"'), T('AT+CMGS="0612345678"', prompt="> ",
         payload="Alarm: door open", resp=["+CMGS: 45"], final="OK"),
         T('AT+CMGS="0612345678"', prompt="> ", payload="Alarm: door open", final="+CMS ERROR: 500"),
         T("AT+CMGL=\"ALL\"", ['+CMGL: 1,"REC READ","+33612345678","","26/12/06,21:59:01+04"', "Stop"])]
    write("pyserial_sim800_sms_repr.txt", ["$ python3 sms.py"] + render_pybytes(s) +
          ["Traceback (most recent call last):", '  File "sms.py", line 31, in <module>',
           "    raise RuntimeError('send failed')", "RuntimeError: send failed"], s,
          "pyserial-bytes-repr", "SIM800C")

    s = [T("ATE0"), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+QGPSCFG=\"outport\",\"uartdebug\""),
         T("AT+QGPS=1"), T("AT+QGPSLOC=2", final="+CME ERROR: 516"), T("AT+QGPSLOC=2", final="+CME ERROR: 516"),
         T("AT+QGPSLOC=2", ["+QGPSLOC: 221005.000,52.37412,4.89612,1.1,4.2,2,0.00,0.0,0.0,061226,08"]),
         T("AT+QGPSEND"), T("AT+QGPSEND", final="+CME ERROR: 505")]
    write("pyserial_bg95_gnss_sentrecv.txt", render_pybytes(s, style="sentrecv"), s,
          "pyserial-sent-received", "BG95-M3")

    # ---------------- wrappers of the same shapes -------------------------------------------
    s = [T("AT"), T("AT+CSQ", ["+CSQ: 31,99"]), T("AT+CREG?", ["+CREG: 0,1"]), T("AT+CGATT=1"),
         T("AT+CIPSTART=\"TCP\",\"34.120.11.9\",80", after=["CONNECT OK"]),
         T("AT+CIPSEND", prompt="> ", payload="GET /ping HTTP/1.0", final="SEND OK"),
         U("CLOSED"), T("AT+CIPSHUT", final="SHUT OK")]
    lines = render_arduino_monitor(s, t0=43200.2)
    write("email_sim800_tcp.eml", ["From: Marc <marc@example.net>", "Subject: Re: SIM800 closes socket", "",
          "Hi, here is the monitor output you asked for.", "", "On Fri, support wrote:", "> Can you send the log?", ""] +
          quote(lines) + ["", "Thanks, Marc"], s, "arduino-serial-monitor-timestamp+email-quote", "SIM800L")

    s = [T("AT+CGNSPWR=1"), T("AT+CGNSINF", ["+CGNSINF: 1,0,20261206224512.000,,,,0.00,0.0,0,,,,,,0,0,,,,,"]),
         T("AT+CGNSINF", ["+CGNSINF: 1,1,20261206224641.000,48.137154,11.576124,519.1,0.00,0.0,1,,1.1,1.4,0.9,,9,6,,,38,,"]),
         T('AT+CGNSSEQ="RMC"'), T("AT+CGNSTST=1"), N("$GPGGA,224642.000,4808.2292,N,01134.5674,E,1,6,1.1,519.1,M,47.5,M,,*6A"),
         N("$GPRMC,224642.000,A,4808.2292,N,01134.5674,E,0.00,0.0,061226,,,A*68"), T("AT+CGNSTST=0")]
    lines = raw_lines(s)
    write("forum_sim808_gnss_smartquotes.txt", ["Posted by kw_dev » Sun Dec 06, 2026 10:48 pm", "",
          "My SIM808 gives me a fix but coordinates are wrong? Here's what I typed in CoolTerm:", ""] +
          smart(lines) + ["", "Any idea?"], s, "coolterm-raw+forum-smart-quotes", "SIM808",
          cmdmap=smart_cmd)

    s = [T("AT+QCFG=\"nwscanmode\",3,1"), T("AT+QCFG=\"iotopmode\",0,1"), T("AT+CEREG?", ["+CEREG: 0,2"]),
         T("AT+QCSQ", ['+QCSQ: "eMTC",-97,-125,108,-15']), T("AT+CEREG?", ["+CEREG: 0,1"]),
         T('AT+QMTOPEN=0,"a1b2c3.iot.eu-west-1.amazonaws.com",8883', after=["+QMTOPEN: 0,-1"]),
         T('AT+QSSLCFG="seclevel",2,2'), T('AT+QMTCFG="ssl",0,1,2'),
         T('AT+QMTOPEN=0,"a1b2c3.iot.eu-west-1.amazonaws.com",8883', after=["+QMTOPEN: 0,0"]),
         T('AT+QMTCONN=0,"thing01"', after=["+QMTCONN: 0,0,0"])]
    lines = render_particle3(s, t0=303000)
    write("particle_bg77_wrapped.txt", wrap(lines, 80), s, "particle-ncp-at-trace+terminal-wrap80", "BG77")

    s = [T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", ["+CSQ: 20,99"]), T("AT+CREG?", ["+CREG: 0,1"]),
         T("AT+CGATT?", ["+CGATT: 1"]), T("AT+CIPSHUT", final="SHUT OK"), T("AT+CIPSTATUS", after=["STATE: IP INITIAL"]),
         T("AT+CIPMUX=1"), T('AT+CSTT="airtelgprs.com"'), T("AT+CIICR", final="+PDP: DEACT" if False else "ERROR"),
         T("AT+CIPSTATUS", after=["STATE: PDP DEACT"])]
    lines = render_tinygsm(s, echo=False)
    write("tinygsm_sim800_cut_top.txt", ["+CPIN: READY" if False else "", "OK"] + lines[0:0] + lines, s,
          "tinygsm-streamdebugger+cut-top", "SIM800L")

    s = [R("+COPS: (2,\"T-Mobile\",\"TMO\",\"310260\",7),(1,\"AT&T\",\"AT&T\",\"310410\",7),,(0-4),(0-2)", "", "OK"),
         T("AT+COPS=1,2,\"310260\"", final="+CME ERROR: no network service"), T("AT+COPS=0"),
         T("AT+CEREG?", ["+CEREG: 0,1"]), T('AT+UPSD=0,100,1'), T("AT+UPSDA=0,3", final="+CME ERROR: 4"),
         T("AT+CGACT?", ["+CGACT: 1,1"]), T("AT+USOCR=6", ["+USOCR: 0"]),
         T('AT+USOCO=0,"195.34.89.241",7'), T("AT+USOWR=0,4,\"test\"", ["+USOWR: 0,4"]),
         U("+UUSORD: 0,4"), T("AT+USORD=0,4", ['+USORD: 0,4,"test"'])]
    lines = raw_lines(s)
    write("sara_r4_cut_top_crlf.txt", lines, s, "teraterm-raw+cut-top+crlf", "SARA-R422", nl="\r\n")

    s = [N("mgos_pppos.c:117|Trying baud rate 115200 (fc off)..."), T("AT"), T("ATH"), T("ATE0"),
         T("AT+CMEE=2"), T("ATI", ["Quectel", "UC20", "Revision: UC20GQBR03A12E1G"]),
         T("AT+CPIN?", final="+CME ERROR: SIM not inserted"), N("mgos_pppos.c:344|Error response to AT+CPIN. No SIM?")]
    write("mgos_uc20_nosim_gh.md", fence(render_mgos(s, day="Dec  6 22:16"),
          ["I cannot get PPPoS to work on my ESP32 + UC20 board, `mos console` shows:", ""],
          ["", "SIM is definitely inserted (works in a phone)."], "text"),
          s, "mongoose-os-pppos+github-fence", "UC20")


    s = [T("AT+CMGF=1"), T("AT+CPMS=\"SM\"", ["+CPMS: 2,30,2,30,2,30"]),
         T("AT+CMGR=1", ['+CMGR: "REC UNREAD","+31612345678","","26/12/06,22:01:33+04"', "Balance: EUR 4.20"]),
         T("AT+CMGR=3", final="+CMS ERROR: 321"), T("AT+CMGD=1,4"),
         T('AT+CMGS="+31612345678"', prompt="> ", payload="ok", final=None)]
    lines = raw_lines(s)
    write("ha_sms_issue_capture_cut.md", ["### The problem", "", "SMS sending hangs, direct test on the stick with `screen /dev/ttyUSB0 115200`:", "",
          "```"] + lines + ["", "(hangs here, nothing more)", "```", "", "### What version of Home Assistant Core has the issue?",
          "core-2026.11.3"], s, "screen-raw+github-fence", "Huawei E3531")

    s = [T("AT+NRB", ["REBOOTING", "Boot: Unsigned", "Security B.. Verified", "Protocol A.. Verified",
         "Apps A...... Verified", "REBOOT_CAUSE_APPLICATION_AT", "Neul "], final="OK"),
         T("AT+CFUN?", ["+CFUN:0"]), T("AT+CFUN=1"), T("AT+CGATT=1"), T("AT+CGATT?", ["+CGATT:0"]),
         T("AT+CGATT?", ["+CGATT:1"]), T("AT+NSOCR=DGRAM,17,56000,1", ["1"]),
         T("AT+NSOST=1,192.0.2.10,5683,2,4F4B", ["1,2"]), U("+NSONMI:1,4"), T("AT+NSORF=1,4", ["1,192.0.2.10,5683,4,60450000,0"])]
    lines = indent(raw_lines(s), 4)
    write("bc95_reboot_forum_indent.txt", ["Quote from: nbiot_newbie", "", "output after AT+NRB:", ""] + lines,
          s, "realterm-raw+forum-indent", "BC95-B8")

    s = [T("AT+MIPCALL=1,\"cmnet\"", after=["+MIPCALL: 10.73.10.42"]), T("AT+HTTPSET=\"URL\",\"http://api.example.cn/v1/up\""),
         T("AT+HTTPACT=1,12", prompt=">", payload='{"t":21.7}', after=["+HTTPRES: 1,200,12"]) if False else
         T("AT+MIPOPEN=1,,\"47.92.0.1\",9000,0", after=["+MIPOPEN: 1,1"]), T("AT+MIPSEND=1,5", prompt=">", payload="hello"),
         T("AT+MIPPUSH=1", after=["+MIPPUSH: 1,0,5"]), U("+MIPRTCP: 1,0,\"pong\""), T("AT+MIPCLOSE=1", after=["+MIPCLOSE: 1,0"])]
    lines = render_arduino_monitor(s, t0=20000)
    write("fibocom_g510_crlf_monitor.txt", lines, s, "arduino-serial-monitor-timestamp+crlf", "Fibocom G510", nl="\r\n")

    s = [T("AT+CGREG?", ["+CGREG: 0,1"]), T("AT+CIPSTART=\"TCP\",\"198.51.100.4\",5000", after=["CONNECT OK"]),
         T("AT+CIPSEND=12", prompt="> ", payload="temp=21.4;h=5", final="SEND OK"),
         T("AT+CIPSEND=12", prompt="> ", payload="temp=21.4;h=5", final=None),
         U("CLOSED"), T("AT+CIPCLOSE", final="ERROR")]
    lines = render_fona(s)
    write("fona_telegram_paste.txt", ["[22:53] Jonas: it stops sending after 1 packet", "[22:53] Jonas:"] +
          lines + ["[22:54] Jonas: any ideas?"], s, "adafruit-fona-debug+chat-paste", "SIM800H")

    # ---------------- more plain captures to reach realistic shares ---------------------------
    s = [T("AT+QPOWD=1", final="OK", after=["POWERED DOWN"]), U("RDY"), U("+CFUN: 1"), U("+CPIN: READY"),
         U("+QUSIM: 1"), U("+QIND: SMS DONE"), T("AT+QFUPL=\"UFS:cert.pem\",1208,100", prompt="CONNECT",
         payload="-----BEGIN CERTIFICATE----- ...", resp=["+QFUPL: 1208,4f3a"]),
         T("AT+QFLST=\"UFS:*\"", ['+QFLST: "UFS:cert.pem",1208']), T('AT+QSSLCFG="cacert",2,"UFS:cert.pem"'),
         T('AT+QHTTPCFG="sslctxid",2'), T('AT+QHTTPURL=34,80', prompt="CONNECT", payload="https://example.com/healthz?x=1"),
         T("AT+QHTTPGET=80", after=["+QHTTPGET: 0,200,2"]), T("AT+QHTTPREAD=80", prompt="CONNECT", payload="ok", after=["+QHTTPREAD: 0"])]
    write("qnavigator_eg915_https.txt", raw_lines(s), s, "qcom-raw", "EG915U-EU")

    s = [T("AT"), T("AT+GMR", ["AirM2M_Air780E_V1107_LTE_AT"]), T("AT+CGATT?", ["+CGATT: 1"]),
         T('AT+HTTPPARA="URL","http://iot.example.com/upload"'), T("AT+HTTPDATA=12,5000", prompt="DOWNLOAD",
         payload='{"v":3.71}'), T("AT+HTTPACTION=1", after=["+HTTPACTION: 1,500,0"]), T("AT+HTTPACTION=1", after=["+HTTPACTION: 1,200,2"]),
         T("AT+HTTPTERM"), T("AT+RESET") if False else T("AT+CFUN=1,1"), U("^boot.rom"), U("RDY")]
    write("sscom_air780e_httpdata.txt", render_sscom(s, t0=61000), s, "sscom-serial-tool", "Air780E")


    s = [T("AT+CMUX=0", final="ERROR"), T("AT+CMEE=2"), T("AT+CMUX=0", final="+CME ERROR: operation not allowed"),
         T("AT+CGMR", ["12.00.004"]), T("AT#USBCFG?", ["#USBCFG: 0"]), T("AT#REBOOT"), N(""), N(""),
         T("AT"), T("AT+CMUX=0")]
    write("teraterm_me910_reboot.log", raw_lines(s), s, "teraterm-raw", "ME910C1-E2")

    s = [T("AT+CCLK?", ['+CCLK: "26/12/06,22:58:11+04"']), T("AT+CBC", ["+CBC: 0,71,3914"]),
         T("AT+CSQ", ["+CSQ: 99,99"]), T("AT+CSQ", ["+CSQ: 99,99"]), T("ATD+447700900456;"),
         U("NO DIALTONE") if False else U("BUSY"), T("ATD+447700900456;", final="NO CARRIER"), T("ATH")]
    write("arduino_monitor_sim900_call.txt", render_arduino_monitor(s, t0=82000), s,
          "arduino-serial-monitor-timestamp", "SIM900")


    # ---------------- gammu-smsd debug (Home Assistant / Raspberry Pi SMS gateways) ----------
    s = [N("[Gammu            - 1.42.0]"), N("[Connection       - \"at\"]"), N("[Connection index - 0]"),
         N("[Model type       - \"\"]"), N("[Device           - \"/dev/ttyUSB0\"]"),
         N("Setting speed to 19200"), T("ATE1"), N("Enabling echo"), T("AT+CMEE=1"), T("AT+CGMI", ["huawei"]),
         T("AT+CGMM", ["E3531"]), T("AT+CGMR", ["22.521.23.00.00"]), N("[Connected]"),
         N("Entering GSM_GetSecurityStatus"), T("AT+CPIN?", final="+CME ERROR: 10"),
         N("CME Error 10: \"SIM not inserted\""), T("AT+CPIN?", final="+CME ERROR: 14"),
         T("AT+CPIN?", ["+CPIN: READY"]), N("Security status received - nothing to enter")]
    write("gammu_smsd_e3531_sim.log", render_gammu(s), s, "gammu-smsd-debug", "Huawei E3531")

    s = [N("Entering GSM_GetSignalQuality"), T("AT+CSQ", ["+CSQ: 18,99"]), N("Entering GSM_GetNetworkInfo"),
         T("AT+CREG=2"), T("AT+CREG?", ['+CREG: 2,1,"02D6","8D4F"']), N("Entering GSM_SendSMS"),
         T("AT+CMGF=0"), T("AT+CMGS=23", prompt="> ", final="+CMS ERROR: 304"),
         N("CMS Error 304: \"Invalid PDU mode parameter\""), T("AT+CMGF=1"), T('AT+CSCS="GSM"'),
         T("AT+CSCA?", ['+CSCA: "+491770610000",145']), T("AT+CNMI=2,1,0,0,0", final="ERROR")]
    lines = render_gammu(s, t0=80100, pid=611)
    write("gammu_ha_sms_sendfail.md", ["## The problem", "", "Sending SMS from the SMS notifications via GSM-modem integration fails with `Invalid PDU`.", "",
          "<details><summary>debug log</summary>", "", "```"] + lines + ["```", "</details>"], s,
          "gammu-smsd-debug+github-details-fence", "Huawei E3372")

    # ---------------- negative logs ----------------------------------------------------------
    neg = [
        ("neg_readme_at_table.md", "github-readme", "SIM7600", [
            "## Useful AT commands", "", "| Command | Meaning |", "|---|---|", "| `AT+CSQ` | signal quality, returns `+CSQ: <rssi>,<ber>` then `OK` |",
            "| `AT+CREG?` | registration (`+CREG: 0,1` = home) |", "| `AT+CGDCONT=1,\"IP\",\"apn\"` | set APN, answers `OK` or `ERROR` |",
            "", "If you get `+CME ERROR: 10` the SIM is missing.", "", "```", "AT+CPIN?", "```", "should return READY."]),
        ("neg_python_source.py", "python-source", "generic", [
            "import serial, time", "", "ser = serial.Serial('/dev/ttyS0', 115200, timeout=1)", "",
            "def send(cmd, expect='OK', timeout=2):", "    ser.write((cmd + '\\r\\n').encode())", "    t = time.time()",
            "    buf = b''", "    while time.time() - t < timeout:", "        buf += ser.read(64)", "        if expect.encode() in buf:",
            "            return buf", "    raise TimeoutError(cmd)", "", "send('AT')", "send('AT+CMGF=1')", "send('AT+CMGS=\"+4912345\"', expect='>')",
            "ser.write(b'hello\\x1a')"]),
        ("neg_dmesg_usb_modem.log", "dmesg", "EC25", [
            "[    4.221390] usb 1-1.3: new high-speed USB device number 4 using dwc_otg",
            "[    4.352201] usb 1-1.3: New USB device found, idVendor=2c7c, idProduct=0125, bcdDevice= 3.18",
            "[    4.352220] usb 1-1.3: Product: EC25-AF", "[    4.352229] usb 1-1.3: Manufacturer: Quectel",
            "[    4.901553] option 1-1.3:1.0: GSM modem (1-port) converter detected",
            "[    4.902021] usb 1-1.3: GSM modem (1-port) converter now attached to ttyUSB0",
            "[    4.903307] usb 1-1.3: GSM modem (1-port) converter now attached to ttyUSB2",
            "[    5.118803] qmi_wwan 1-1.3:1.4: cdc-wdm0: USB WDM device", "[    5.120040] qmi_wwan 1-1.3:1.4 wwan0: register 'qmi_wwan'",
            "[   31.004510] option1 ttyUSB2: usb_wwan_indat_callback: resubmit read urb failed. (-19)"]),
        ("neg_nmea_stream.txt", "gnss-nmea-port", "L76", [
            "$GNRMC,225901.000,A,5222.4471,N,00453.7672,E,0.12,41.20,061226,,,A*7C",
            "$GNVTG,41.20,T,,M,0.12,N,0.22,K,A*2F", "$GNGGA,225901.000,5222.4471,N,00453.7672,E,1,09,0.92,8.4,M,47.1,M,,*40",
            "$GPGSA,A,3,10,32,24,23,12,,,,,,,,1.25,0.92,0.84*0A", "$GPGSV,3,1,11,10,66,271,33,32,54,114,29,24,47,291,35,23,38,064,22*7B",
            "$GNRMC,225902.000,A,5222.4471,N,00453.7673,E,0.09,41.20,061226,,,A*76"]),
        ("neg_esp32_boot_ppp.log", "esp-idf-log", "SIM7600", [
            "I (29) boot: ESP-IDF v5.1.2 2nd stage bootloader", "I (29) boot: compile time Dec  6 2026 22:10:41",
            "I (372) cpu_start: Starting scheduler on PRO CPU.", "I (402) main: Power-cycling the modem", "I (5402) main: Waiting for IP address",
            "I (9881) esp-netif_lwip-ppp: Connected", "I (9881) main: IP          : 10.11.4.2", "I (9891) main: Netmask     : 255.255.255.255",
            "I (9891) main: Gateway     : 10.64.64.64", "W (69891) main: PPP lost: PPP_ERRORPEER (5)", "E (69901) main: Modem disconnected, OK"]),
    ]
    for name, shape, module, lines in neg:
        write(name, lines, [], shape, module, has=False)


def main():
    build()
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False)
    tot = 0
    for k in sorted(LABELS):
        v = LABELS[k]
        tot += v["total"]
        print("%-34s %-36s %-22s %3d" % (k, v["shape"], v["module"], v["total"]))
    print("logs %d  labelled %d  negative %d" % (len(LABELS), tot,
          sum(1 for v in LABELS.values() if not v["has_transactions"])))


if __name__ == "__main__":
    main()
