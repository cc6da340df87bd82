#!/usr/bin/env python3
"""Write holdout26: logs/, labels.json, per_log.md, then self-check.

Every log is one session described once (T = command -> response -> final, U = unsolicited
line, N = a line the application/tool prints verbatim). A renderer per printer turns the
session into the text that printer writes (format strings read in the public source named in
SOURCES.md), a wrapper turns it into the way it was pasted; the labels come from the same
session, so they cannot drift from the log. Deterministic (fixed seed).
"""
import html
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")
LABELS = {}
PERLOG = []
CHECK_TEXT = {}   # name -> function(text) giving the text the self-check searches
R = random.Random(2626)


class T:
    def __init__(self, cmd, resp=(), final="OK", after=(), prompt=None, payload=None, echo=None):
        self.cmd = cmd
        self.resp = list(resp)
        self.final = final
        self.after = list(after)      # URCs that follow the final
        self.prompt = prompt          # "> " or "@"
        self.payload = payload
        self.echo = echo              # None = renderer default


class U:
    def __init__(self, line):
        self.line = line


class N:
    def __init__(self, text):
        self.text = text


def labels_of(items):
    return [{"command": it.cmd, "final": it.final} for it in items if isinstance(it, T)]


def raw_reply(it):
    """V.250 verbose reply bytes (without echo)."""
    s = ""
    if it.prompt:
        s += "\r\n" + it.prompt + " " if it.prompt == ">" else "\r\n" + it.prompt
    for l in it.resp:
        s += "\r\n" + l + "\r\n"
    if it.final is not None:
        s += "\r\n" + it.final + "\r\n"
    for a in it.after:
        s += "\r\n" + a + "\r\n"
    return s


def split_chunks(s, n):
    if n <= 1 or len(s) < 8:
        return [s]
    cuts = sorted(R.sample(range(2, len(s) - 1), min(n - 1, len(s) - 3)))
    out, p = [], 0
    for c in cuts:
        out.append(s[p:c])
        p = c
    out.append(s[p:])
    return [x for x in out if x]


# ------------------------------------------------------------------------------------------
# 1. oFono gatchat: g_at_util_debug_chat() + plugin debug func ofono_info("%s%s", prefix, str)
# ------------------------------------------------------------------------------------------

def ofono_esc(s):
    o = []
    for c in s:
        if c == "\r":
            o.append("\\r")
        elif c == "\n":
            o.append("\\n")
        elif c == "\t":
            o.append("\\t")
        elif ord(c) == 26:
            o.append("<CtrlZ>")
        elif ord(c) == 25:
            o.append("<ESC>")
        elif 32 <= ord(c) < 127:
            o.append(c)
        else:
            o.append("\\%03o" % ord(c))
    return "".join(o)


def render_ofono(items, prefix="Aux: ", echo=False, split_p=0.3):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(("N", it.text))
            continue
        if isinstance(it, U):
            out.append(("L", prefix + "< " + ofono_esc("\r\n" + it.line + "\r\n")))
            continue
        pfx = prefix
        if it.echo == "modem":
            pfx = "Modem: "
        out.append(("L", pfx + "> " + ofono_esc(it.cmd + "\r")))
        rx = (it.cmd + "\r" if (echo or it.echo is True) else "")
        if it.prompt:
            out.append(("L", pfx + "< " + ofono_esc(rx + "\r\n> ")))
            out.append(("L", pfx + "> " + ofono_esc(it.payload + "\x1a")))
            rx = ""
            body = "".join("\r\n" + l + "\r\n" for l in it.resp)
            if it.final is not None:
                body += "\r\n" + it.final + "\r\n"
        else:
            body = rx + "".join("\r\n" + l + "\r\n" for l in it.resp)
            if it.final is not None:
                body += "\r\n" + it.final + "\r\n"
        if body:
            n = 2 if R.random() < split_p else 1
            for ch in split_chunks(body, n):
                out.append(("L", pfx + "< " + ofono_esc(ch)))
        for a in it.after:
            out.append(("L", pfx + "< " + ofono_esc("\r\n" + a + "\r\n")))
    return out


def journald(entries, host="gw-07", pid=611, t0=(10, 2, 11), day="Dec 07"):
    h, m, s = t0
    lines = []
    us = 0
    for kind, text in entries:
        us += R.randint(2000, 90000)
        if us > 1000000:
            s += 1
            us -= 1000000
        if s >= 60:
            m += 1
            s -= 60
        if kind == "N" and text.startswith("RAW:"):
            lines.append(text[4:])
            continue
        proc = "ofonod[%d]" % pid
        if kind == "N" and text.startswith("SYS:"):
            proc, text = text[4:].split("|", 1)
        lines.append("%s %02d:%02d:%02d %s %s: %s" % (day, h, m, s, host, proc, text))
    return lines


# ------------------------------------------------------------------------------------------
# 2. gnokii atbus: at_dprintf("write: "/"read : ") -> prefix + "[" + tokens + "]"
# ------------------------------------------------------------------------------------------

def gk_tok(s):
    o = []
    for c in s:
        if c == "\n":
            o.append("<lf>")
        elif c == "\r":
            o.append("<cr>")
        elif ord(c) < 32:
            o.append("^" + chr(ord(c) + 64))
        else:
            o.append(c)
    return "".join(o)


def render_gnokii(items, echo=True):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append("read : [" + gk_tok("\r\n" + it.line + "\r\n") + "]")
            continue
        out.append("write: [" + gk_tok(it.cmd + "\r") + "]")
        e = it.cmd + "\r" if echo else ""
        if it.prompt:
            out.append("read : [" + gk_tok(e + "\r\n> ") + "]")
            out.append("write: [" + gk_tok(it.payload + "\x1a") + "]")
            e = ""
        if it.final is None:
            continue
        # +CPIN: makes the state machine flush early (GN_AT_OK on the +CPIN line)
        if it.resp and it.resp[0].startswith("+CPIN:"):
            out.append("read : [" + gk_tok(e + "\r\n" + it.resp[0] + "\r\n") + "]")
            out.append("read : [" + gk_tok("\r\n" + it.final + "\r\n") + "]")
        else:
            body = e + "".join("\r\n" + l + "\r\n" for l in it.resp) + "\r\n" + it.final + "\r\n"
            out.append("read : [" + gk_tok(body) + "]")
        for a in it.after:
            out.append("read : [" + gk_tok("\r\n" + a + "\r\n") + "]")
        if it.cmd.upper().startswith("ATE0") and it.final == "OK":
            echo = False
        if it.cmd.upper().startswith("ATE1") and it.final == "OK":
            echo = True
    return out


# ------------------------------------------------------------------------------------------
# 3. ubxlib u_at_client.c printAt(): CR -> newline, LF dropped, other ctrl -> [xx]
# ------------------------------------------------------------------------------------------

def ubx_print(s):
    o = []
    for c in s:
        if c == "\r":
            o.append("\n")
        elif c == "\n":
            continue
        elif 32 <= ord(c) < 127:
            o.append(c)
        else:
            o.append("[%02x]" % ord(c))
    return "".join(o)


def render_ubxlib(items, handle=0):
    buf = ""
    for it in items:
        if isinstance(it, N):
            if buf and not buf.endswith("\n"):
                buf += "\n"
            buf += it.text + "\n"
            continue
        if isinstance(it, U):
            buf += ubx_print("\r\n" + it.line + "\r\n")
            continue
        buf += ubx_print(it.cmd + "\r")
        if it.prompt:
            buf += ubx_print("\r\n" + it.prompt)
            buf += ubx_print(it.payload)
            body = "".join("\r\n" + l + "\r\n" for l in it.resp)
            if it.final is not None:
                body += "\r\n" + it.final + "\r\n"
            buf += ubx_print(body)
        else:
            body = "".join("\r\n" + l + "\r\n" for l in it.resp)
            if it.final is not None:
                body += "\r\n" + it.final + "\r\n"
            buf += ubx_print(body)
        if it.final is None:
            if not buf.endswith("\n"):
                buf += "\n"
            buf += "U_AT_CLIENT_0-%d: timeout.\n" % handle
        for a in it.after:
            buf += ubx_print("\r\n" + a + "\r\n")
    return buf.rstrip("\n").split("\n")


# ------------------------------------------------------------------------------------------
# 4. Espruino AT.js: console.log("["+JSON.stringify(command)) and
#    console.log("] "+JSON.stringify(line)+" <--- "+JSON.stringify(d)) per data event
# ------------------------------------------------------------------------------------------

def js(s):
    return json.dumps(s)


def render_espruino(items, echo=True, chunks=(1, 3)):
    out = []
    line = [""]

    def feed(d):
        line[0] += d
        out.append("] " + js(line[0]) + " <--- " + js(d))
        l = line[0]
        if l.startswith("\n"):
            l = l[1:]
        i = l.find("\r")
        while i >= 0:
            l = l[i + 1:]
            if l.startswith("\n"):
                l = l[1:]
            i = l.find("\r")
        line[0] = l

    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            for ch in split_chunks("\r\n" + it.line + "\r\n", R.randint(*chunks)):
                feed(ch)
            continue
        out.append("[" + js(it.cmd + "\r\n"))
        e = it.cmd + "\r\n" if echo else ""
        if it.prompt:
            for ch in split_chunks(e + "\r\n> ", 1):
                feed(ch)
            out.append("[" + js(it.payload + "\x1a"))
            e = it.payload + "\x1a" if echo else ""
        body = e + "".join("\r\n" + l + "\r\n" for l in it.resp)
        if it.final is not None:
            body += "\r\n" + it.final + "\r\n"
        if body:
            for ch in split_chunks(body, R.randint(*chunks)):
                feed(ch)
        for a in it.after:
            feed("\r\n" + a + "\r\n")
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
    return out


# ------------------------------------------------------------------------------------------
# 5. wvdial (wvdialer.cc log("Sending: %s\n"), "Waiting for carrier.", "Carrier detected..."),
#    WvLog console "--> " prefix, modem lines unprefixed
# ------------------------------------------------------------------------------------------

def render_wvdial(items, version="1.61", echo=True, serial_warn=True):
    out = ["--> WvDial: Internet dialer version " + version]
    if serial_warn:
        out.append("--> Cannot get information for serial port.")
    out.append("--> Initializing modem.")
    inited = False
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append(it.line)
            continue
        dial = it.cmd.upper().startswith("ATD")
        if dial and not inited:
            out.append("--> Modem initialized.")
            inited = True
        out.append("--> Sending: " + it.cmd)
        if dial:
            out.append("--> Waiting for carrier.")
        if echo:
            out.append(it.cmd)
        out.extend(it.resp)
        if it.final is not None:
            out.append(it.final)
        if it.final == "ERROR" and not dial:
            out.append("--> Bad init string.")
        if dial and it.final and it.final.startswith("CONNECT"):
            out.append("--> Carrier detected.  Starting PPP immediately.")
        if dial and it.final == "NO CARRIER":
            out.append("--> No Carrier!  Trying again.")
        if re.search(r"(^AT|\s)E0(\s|$)", it.cmd.upper()) and it.final == "OK":
            echo = False
    return out


# ------------------------------------------------------------------------------------------
# 6. serialport-gsm lib/functions/modem.js: executeNext() "Modem Write: ", dataReceived()
#    "Modem Received: " per piece, "Activate Message Processing for: ", "Call callback for: ",
#    "Ignore Data: "; item.logic of executeCommand ends on the first line starting with the
#    command name (so the next command is written before the trailing OK is read).
# ------------------------------------------------------------------------------------------

def render_spgsm(items, echo=True, extra=None):
    out = []
    cmds = [it for it in items if isinstance(it, T)]
    pending_tail = []   # pieces of previous reply read after its callback

    def cmdname(c):
        m = re.match(r"^AT([^?= ]+)[?= ]?", c, re.I)
        return m.group(1) if m else None

    ti = 0
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append("Modem Received: " + it.line)
            continue
        ti += 1
        out.append("Modem Write: " + it.cmd)
        for p in pending_tail:
            out.append("Modem Received: " + p)
            out.append("Ignore Data: " + p)
        pending_tail = []
        if it.final is None:
            continue
        pieces = []
        if echo:
            pieces += [it.cmd, ""]
        for l in it.resp:
            pieces += [l, ""]
        pieces.append(it.final)
        name = cmdname(it.cmd)
        active = not echo
        done_at = None
        for k, p in enumerate(pieces):
            if done_at is not None:
                break
            out.append("Modem Received: " + p)
            if echo and p.strip() == it.cmd.strip() and not active:
                active = True
                out.append("Activate Message Processing for: " + p)
                continue
            if active and p:
                if (name and p.startswith(name)) or "OK" in p or "ERROR" in p:
                    out.append("Call callback for: " + it.cmd)
                    done_at = k
            elif not active:
                out.append("Ignore Data: " + p)
        if done_at is not None and done_at < len(pieces) - 1:
            rest = pieces[done_at + 1:]
            if ti < len(cmds):
                pending_tail = rest
            else:
                out.extend("Modem Received: " + p for p in rest)
        if extra and it.cmd in extra:
            out.extend(extra[it.cmd])
        for a in it.after:
            out.append("Modem Received: ")
            out.append("Modem Received: " + a)
    return out


# ------------------------------------------------------------------------------------------
# 7. Mbed OS ATHandler::debug_print(): tr_info("AT TX (%2d): %s") / ("AT RX (%2d): %s"),
#    CR -> <cr>, LF -> <ln>, other ctrl -> <%02X>; one line per write() / fill_buffer() read
# ------------------------------------------------------------------------------------------

def mbed_esc(s):
    o = []
    for c in s:
        if 32 <= ord(c) < 127:
            o.append(c)
        elif c == "\r":
            o.append("<cr>")
        elif c == "\n":
            o.append("<ln>")
        else:
            o.append("<%02X>" % ord(c))
    return "".join(o)


def mbed_writes(cmd):
    """cmd_start() writes the command up to '=', then each parameter and delimiter (memory)."""
    if "=" not in cmd or cmd.endswith("=?"):
        return [cmd]
    head, args = cmd.split("=", 1)
    parts = [head + "="]
    for i, a in enumerate(re.findall(r'"[^"]*"|[^,]+', args)):
        if i:
            parts.append(",")
        parts.append(a)
    return parts


def render_mbed(items, pfx="[INFO][CELL]: ", echo=False):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            s = "\r\n" + it.line + "\r\n"
            out.append(pfx + "AT RX (%2d): %s" % (len(s), mbed_esc(s)))
            continue
        for w in mbed_writes(it.cmd):
            out.append(pfx + "AT TX (%2d): %s" % (len(w), mbed_esc(w)))
        out.append(pfx + "AT TX (%2d): %s" % (1, "<cr>"))
        body = (it.cmd + "\r" if echo else "")
        if it.prompt:
            body += "\r\n" + it.prompt + " "
            out.append(pfx + "AT RX (%2d): %s" % (len(body), mbed_esc(body)))
            out.append(pfx + "AT TX (%2d): %s" % (len(it.payload), mbed_esc(it.payload)))
            body = ""
        body += "".join("\r\n" + l + "\r\n" for l in it.resp)
        if it.final is not None:
            body += "\r\n" + it.final + "\r\n"
        if body:
            for ch in split_chunks(body, 2 if len(body) > 40 and R.random() < 0.4 else 1):
                out.append(pfx + "AT RX (%2d): %s" % (len(ch), mbed_esc(ch)))
        else:
            out.append("[ERR ][CELL]: AT timeout")
        for a in it.after:
            s = "\r\n" + a + "\r\n"
            out.append(pfx + "AT RX (%2d): %s" % (len(s), mbed_esc(s)))
    return out


def mbed_check(text):
    """Join the TX pieces of a command so a split parameter list reads as one command."""
    joined, cur = [], ""
    for l in text.split("\n"):
        m = re.search(r"AT TX \(\s*\d+\): (.*)$", l)
        if m:
            if m.group(1) == "<cr>":
                joined.append(cur)
                cur = ""
            else:
                cur += m.group(1)
    return text + "\n" + "\n".join(joined)


# ------------------------------------------------------------------------------------------
# 8. PuTTY session log ("Printable output"): header from logging.c logfopen_callback(), then
#    the raw bytes of the session (module echo on), CRs kept
# ------------------------------------------------------------------------------------------

def render_raw_bytes(items, echo=True):
    s = ""
    for it in items:
        if isinstance(it, N):
            s += it.text + "\r\n"
            continue
        if isinstance(it, U):
            s += "\r\n" + it.line + "\r\n"
            continue
        if echo:
            s += it.cmd + "\r"
        if it.prompt:
            s += "\r\n> "
            if echo:
                s += it.payload
            s += "\x1a" if echo else ""
        s += "".join("\r\n" + l + "\r\n" for l in it.resp)
        if it.final is not None:
            s += "\r\n" + it.final + "\r\n"
        for a in it.after:
            s += "\r\n" + a + "\r\n"
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
        if it.cmd.upper() == "ATE1" and it.final == "OK":
            echo = True
    return s


# ------------------------------------------------------------------------------------------
# From memory: Teltonika gsmctl -A over ssh, GL.iNet gl_modem AT, a .NET app with Serilog
# ------------------------------------------------------------------------------------------

def render_shell_tool(items, prompt, tool, quote="'"):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            continue
        out.append(prompt + tool + " " + quote + it.cmd + quote)
        out.extend(it.resp)
        if it.final is not None:
            out.append(it.final)
        else:
            out.append("Timeout.")
    return out


def render_serilog(items, t0=(9, 14, 3), tx="Modem TX: ", rx="Modem RX: "):
    h, m, s = t0
    ms = 0
    out = []

    def stamp():
        nonlocal h, m, s, ms
        ms += R.randint(15, 400)
        while ms >= 1000:
            ms -= 1000
            s += 1
        while s >= 60:
            s -= 60
            m += 1
        return "2026-12-07 %02d:%02d:%02d.%03d +01:00" % (h, m, s, ms)

    for it in items:
        if isinstance(it, N):
            out.append(stamp() + " " + it.text)
            continue
        if isinstance(it, U):
            out.append(stamp() + " [DBG] " + rx + it.line)
            continue
        out.append(stamp() + " [DBG] " + tx + it.cmd)
        for l in it.resp:
            out.append(stamp() + " [DBG] " + rx + l)
        if it.final is not None:
            out.append(stamp() + " [DBG] " + rx + it.final)
        else:
            s += 10
            out.append(stamp() + " [WRN] No final result for \"" + it.cmd + "\" after 10000 ms")
        for a in it.after:
            out.append(stamp() + " [DBG] " + rx + a)
    return out


# ------------------------------------------------------------------------------------------
# Wrappers
# ------------------------------------------------------------------------------------------

def w_fence(lines, before=(), after=(), lang=""):
    return list(before) + ["```" + lang] + lines + ["```"] + list(after)


def w_bbcode(lines, user="kjell_m", title="Re: modem drops after a few minutes"):
    return [title, "", "Post by %s » Mon Dec 07, 2026 9:41 am" % user, "",
            "Here is the log from this morning:", "", "[code]"] + lines + ["[/code]", "",
            "Any idea what is going on? Thanks in advance."]


def w_mailquote(lines, depth=1, intro=None):
    q = "> " * depth
    head = intro or ["On Mon, 7 Dec 2026 at 09:12, Field Tech <tech@example.com> wrote:"]
    return head + [(q + l).rstrip() if l else q.rstrip() for l in lines]


def w_slack(lines, who="Priya S.", when="9:58 AM"):
    return [who + "  " + when, "the unit on site 14 again, log below"] + lines + \
        ["", "Marek D.  10:03 AM", "looking", "1 reply"]


def w_ts(lines, t0=(9, 0, 0)):
    """moreutils ts '%b %d %H:%M:%S' stamps."""
    h, m, s = t0
    out = []
    for l in lines:
        s += R.choice([0, 0, 1])
        if s >= 60:
            s -= 60
            m += 1
        out.append("Dec 07 %02d:%02d:%02d %s" % (h, m, s, l))
    return out


def w_gha(lines, t0=(8, 12, 4)):
    """GitHub Actions raw log: ISO timestamp with 7 fractional digits."""
    h, m, s = t0
    f = 1234567
    out = []
    for l in lines:
        f += R.randint(100000, 9000000)
        while f >= 10000000:
            f -= 10000000
            s += 1
        if s >= 60:
            s -= 60
            m += 1
        out.append("2026-12-07T%02d:%02d:%02d.%07dZ %s" % (h, m, s, f, l))
    return out


def w_docker(lines, svc="sms-gw-1"):
    return ["%s  | %s" % (svc, l) for l in lines]


def w_kubectl(lines, t0=(11, 20, 0)):
    h, m, s = t0
    out = ["$ kubectl logs deploy/modem-agent --timestamps --since=10m"]
    ns = 100000000
    for l in lines:
        ns += R.randint(1000000, 400000000)
        while ns >= 1000000000:
            ns -= 1000000000
            s += 1
        if s >= 60:
            s -= 60
            m += 1
        out.append("2026-12-07T%02d:%02d:%02d.%09dZ %s" % (h, m, s, ns, l))
    return out


def w_loki_csv(lines):
    out = ['"Time","Line"']
    for i, l in enumerate(lines):
        out.append('"2026-12-07 10:%02d:%02d.%03d","%s"' % (i // 30, (i * 2) % 60, i * 37 % 1000,
                                                           l.replace('"', '""')))
    return out


def w_html(lines, title="Modem log"):
    return ["<html><head><title>%s</title></head><body>" % title,
            "<p>Exported from the service desk ticket view.</p>", "<pre>"] + \
        [html.escape(l, quote=True) for l in lines] + ["</pre>", "</body></html>"]


def w_teams(lines, who="Jonas Berg", when="07/12/2026 10:41"):
    return ["[%s] %s" % (when, who), "pasting the trace from the gateway:"] + lines + \
        ["", "[%s] Support Desk" % when, "Thanks, checking with the vendor."]


# ------------------------------------------------------------------------------------------

def write(name, lines, items, printer, wrapper, module, verified, has=None, nl="\n", raw=None,
          check=None):
    text = raw if raw is not None else nl.join(lines) + nl
    with open(os.path.join(LOGS, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    labs = labels_of(items) if items is not None else []
    shape = printer + ("+" + wrapper if wrapper and wrapper != "-" else "")
    LABELS[name] = {"transactions": labs, "total": len(labs),
                    "has_transactions": bool(labs) if has is None else has,
                    "shape": shape, "module": module, "verified": verified}
    PERLOG.append((name, printer, wrapper, module, len(labs),
                   sum(1 for l in labs if l["final"] is None), verified))
    if check:
        CHECK_TEXT[name] = check


def main():
    os.makedirs(LOGS, exist_ok=True)
    for f in os.listdir(LOGS):
        os.remove(os.path.join(LOGS, f))

    # ================================ oFono (verified) =====================================
    # 1 Quectel EC25 enable via quectel plugin, journalctl -u ofono
    s = [N("SYS:systemd[1]|Started Telephony service."),
         N("oFono version 2.1"),
         T("ATE0 &C0 +CMEE=1", echo=True, final="OK"),
         T("AT+CFUN?", ["+CFUN: 1"]),
         T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CGMI", ["Quectel"]), T("AT+CGMM", ["EC25"]),
         T("AT+CGMR", ["EC25EFAR06A08M4G"]), T("AT+CGSN", ["867900000123452"]),
         T("AT+CIMI", ["001010000012345"]),
         T("AT+CREG=2"), T("AT+CREG?", ["+CREG: 2,1,\"2F1A\",\"01A2B3C\",7"]),
         T("AT+COPS=3,2"), T("AT+COPS?", ["+COPS: 0,2,\"00101\",7"]),
         U("+CREG: 1,\"2F1A\",\"01A2B3C\",7")]
    lines = ["-- Logs begin at Mon 2026-12-07 09:58:40 UTC. --"] + journald(render_ofono(s), host="rpi-gw")
    write("journal_ofono_ec25_enable.log", lines, s, "ofono-gatchat-debug", "journalctl", "Quectel EC25-E", True)

    # 2 Telit LE910C1 via xe910-like plugin, SIM locked (+CME ERROR: 11), GitHub fence
    s = [N("oFono version 1.34"),
         T("ATE0 +CMEE=1", echo=True),
         T("AT#QSS=2"), U("#QSS: 2"),
         T("AT+CPIN?", ["+CPIN: SIM PIN"]),
         T("AT+CLCK=\"SC\",2", ["+CLCK: 1"]),
         T("AT+CPIN=\"0000\"", final="+CME ERROR: 16"),
         T("AT+CPINR=\"SIM PIN\"", ["+CPINR: SIM PIN,2,3"]),
         T("AT+CGMM", ["LE910C1-EUX"]),
         T("AT+CSQ", ["+CSQ: 99,99"])]
    lines = journald(render_ofono(s), host="edge-14", pid=433, t0=(8, 41, 2))
    lines = w_fence(lines, before=["After the PIN change the modem never comes online. `OFONO_AT_DEBUG=1` output:", ""],
                    after=["", "ofono 1.34 on Debian 11 (armhf)."])
    write("gh_ofono_le910c1_pin.md", lines, s, "ofono-gatchat-debug", "github-fence", "Telit LE910C1-EUX", True)

    # 3 Huawei ME909s via huawei plugin, SMS send with prompt, syslog file, split reads
    s = [T("AT^SYSINFOEX", ["^SYSINFOEX: 2,3,0,1,,6,\"LTE\",101,\"LTE\""]),
         T("AT+CMGF=0"),
         T("AT+CMGS=21", prompt=">", payload="0001000B915155555501F20000094C7A1C2E07B5CB6B",
           resp=["+CMGS: 17"]),
         U("^RSSI: 19"),
         T("AT+CMGS=21", prompt=">", payload="0001000B915155555501F20000094C7A1C2E07B5CB6B",
           final="+CMS ERROR: 331"),
         T("AT^HCSQ?", ["^HCSQ: \"LTE\",52,41,121,23"]),
         T("AT+CREG?", ["+CREG: 0,1"])]
    lines = [l.replace("Dec 07", "Dec  7") for l in
             journald(render_ofono(s, prefix="PCUI: ", split_p=0.6), host="tracker", pid=902, t0=(14, 5, 30))]
    write("syslog_ofono_me909s_sms.log", lines, s, "ofono-gatchat-debug", "syslog-file", "Huawei ME909s-120", True)

    # 4 u-blox TOBY-L210 via ublox plugin, data context, Slack copy of journald
    s = [T("AT+CGMM", ["TOBY-L210-62S"]),
         T("AT+UBMCONF?", ["+UBMCONF: 2"]),
         T("AT+CGDCONT=4,\"IP\",\"iot.example\""),
         T("AT+CGAUTH=4,0"),
         T("AT+UCEDATA=0,0", final="+CME ERROR: 3"),
         T("AT+CGACT=1,4", final=None)]
    lines = journald(render_ofono(s, prefix="Modem: "), host="vanbox", pid=1204, t0=(9, 57, 1))
    lines = w_slack(lines)
    write("slack_ofono_toby_l210.txt", lines, s, "ofono-gatchat-debug", "slack-copy+journalctl", "u-blox TOBY-L210", True)

    # 5 ZTE MF668 via zte plugin, mail quote of journald (two deep: quote + journal)
    s = [T("ATE0 +CMEE=1", echo=True),
         T("AT+ZOPRT=5"),
         T("AT+CFUN=1"),
         U("+ZUSIMR:2"),
         T("AT+CPIN?", final="+CME ERROR: 10"),
         T("AT+CPIN?", final="+CME ERROR: 10"),
         T("AT+CFUN=4")]
    lines = journald(render_ofono(s), host="laptop", pid=771, t0=(16, 20, 9))
    lines = w_mailquote(lines, intro=["Hi,", "", "the stick works on Windows but not here. Log:", ""]) + \
        ["", "--", "Sent from a laptop that cannot get online"]
    write("mail_ofono_zte_mf668_nosim.txt", lines, s, "ofono-gatchat-debug", "email-quote+journalctl", "ZTE MF668", True)

    # 6 SIMCom SIM7100E via simcom-like plugin, HTML copy
    s = [T("AT+CGMR", ["+CGMR: 4534B03SIM7100E"]),
         T("AT+CNMP=38"),
         T("AT+CSQ", ["+CSQ: 22,99"]),
         T("AT+CGDCONT=1,\"IPV4V6\",\"v6.example\""),
         T("AT+CGACT=1,1", final="+CME ERROR: 33"),
         T("AT+CEER", ["+CEER: PDP activation rejected, cause 33"])]
    lines = journald(render_ofono(s, prefix="Modem: "), host="kiosk-3", pid=512, t0=(7, 1, 44))
    lines = w_html(lines, title="Ticket 4471 - attachment")
    write("html_ofono_sim7100e_pdp.html", lines, s, "ofono-gatchat-debug", "html-pre+journalctl", "SIMCom SIM7100E", True,
          check=html.unescape)

    # ================================ gnokii (verified) ====================================
    # 7 Huawei E1550, gnokii --identify -> raw debug to stderr
    s = [N("GNOKII Version 0.6.31"), N("Serial device: opening device /dev/ttyUSB0"),
         T("AT"), T("ATE1"), T("AT+CMEE=1"),
         T("AT+CGMI", ["huawei"]), T("AT+CGMM", ["E1550"]),
         T("AT+CGMR", ["11.608.13.02.00"]), T("AT+CGSN", ["353143000012345"]),
         N("IMEI         : 353143000012345"), N("Manufacturer : huawei"), N("Model        : E1550"),
         N("Product name : E1550"), N("Revision     : 11.608.13.02.00")]
    lines = w_fence(render_gnokii(s, echo=False),
                    before=["$ gnokii --identify 2>&1 | tee identify.txt", ""])
    write("gnokii_identify_e1550.md", lines, s, "gnokii-atbus-debug", "github-fence", "Huawei E1550", True)

    # 8 SIMCom SIM900, gnokii --sendsms
    s = [T("AT"), T("ATE1"), T("AT+CMEE=1"),
         T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CMGF=0"),
         T("AT+CSCA?", ["+CSCA: \"+15555550100\",145"]),
         T("AT+CMGS=23", prompt=">", payload="0011000B915155555502F30000AA0BD4F29C0E9A36A72E",
           resp=["+CMGS: 41"]),
         U("+CREG: 1,\"00A1\",\"1C2B\"")]
    lines = ["$ echo 'pump 3 started' | gnokii --sendsms +15555550203"] + render_gnokii(s, echo=False) + \
        ["Send succeeded with reference 41!"]
    write("gnokii_sendsms_sim900.txt", lines, s, "gnokii-atbus-debug", "-", "SIMCom SIM900", True)

    # 9 Telit GL865-DUAL V3, gnokii --getsms fails, forum BBCode
    s = [T("AT"), T("ATE1"), T("AT+CMEE=1"),
         T("AT+CPMS=\"SM\"", ["+CPMS: 3,30,3,30,3,30"]),
         T("AT+CMGF=0"),
         T("AT+CMGR=1", ["+CMGR: 0,,25", "07915155555500F0040B915155555503F4000062107021043400084C7A1C2E07B5CB"]),
         T("AT+CMGR=4", final="+CMS ERROR: 321"),
         T("AT+CMGD=1")]
    lines = w_bbcode(["$ gnokii --getsms SM 1 4 --delete"] + render_gnokii(s, echo=False) +
                     ["GetSMS SM 4 failed! (Invalid location)"], user="embedded_ole",
                     title="Re: gnokii with Telit GL865 - reading SMS")
    write("forum_gnokii_gl865_getsms.txt", lines, s, "gnokii-atbus-debug", "forum-bbcode", "Telit GL865-DUAL V3", True)

    # 10 ZTE MF190, echo on through the whole session, ts stamps
    s = [T("AT"), T("AT+CMEE=1"),
         T("AT+CGMI", ["ZTE CORPORATION"]), T("AT+CGMM", ["MF190"]),
         T("AT+CSQ", ["+CSQ: 14,99"]),
         T("AT+COPS?", ["+COPS: 0,0,\"Test PLMN 1-1\",2"]),
         T("AT+CREG?", ["+CREG: 0,5"]),
         T("AT+CPBS=\"ON\"", final="ERROR")]
    lines = w_ts(render_gnokii(s, echo=True), t0=(13, 2, 10))
    write("ts_gnokii_mf190_monitor.log", lines, s, "gnokii-atbus-debug", "ts-stamps", "ZTE MF190", True)

    # ================================ ubxlib (verified) ====================================
    # 11 SARA-R510M8S bring-up
    s = [N("App: starting, ubxlib cellular example."),
         T("AT"), T("ATE0"), T("AT+CMEE=2"),
         T("AT+CGMI", ["u-blox"]), T("AT+CGMM", ["SARA-R510M8S"]),
         T("AT+UMNOPROF?", ["+UMNOPROF: 100"]),
         T("AT+CFUN=1"),
         T("AT+CEREG=2"), U("+CEREG: 2"),
         T("AT+CEREG?", ["+CEREG: 2,5,\"2F1A\",\"0B1C2D3E\",7"]),
         T("AT+COPS?", ["+COPS: 0,0,\"Test PLMN 1-1\",7"]),
         N("App: registered, starting data.")]
    write("ubxlib_sara_r510_bringup.log", render_ubxlib(s), s, "ubxlib-printat", "-", "u-blox SARA-R510M8S", True)

    # 12 SARA-R422 socket with "@" prompt, GitHub fence
    s = [T("AT+USOCR=17", ["+USOCR: 0"]),
         T("AT+USOST=0,\"192.0.2.44\",5683,6", prompt="@", payload="ping#1", resp=["+USOST: 0,6"]),
         U("+UUSORF: 0,12"),
         T("AT+USORF=0,12", ["+USORF: 0,\"192.0.2.44\",5683,12,\"pong#1 12 ms\""]),
         T("AT+USOCL=0"),
         T("AT+USOCL=0", final="+CME ERROR: Operation not allowed")]
    lines = w_fence(render_ubxlib(s), before=["### Logs", "", "With `uAtClientPrintAtSet(atHandle, true)`:", ""],
                    after=["", "The second close is from our cleanup path."])
    write("gh_ubxlib_sara_r422_udp.md", lines, s, "ubxlib-printat", "github-fence", "u-blox SARA-R422M8S", True)

    # 13 LARA-R6401, PDP, timeout on CGACT, CI log (GitHub Actions) of HIL test
    s = [N("U_CELL_NET_TEST: connecting..."),
         T("AT+CGDCONT=1,\"IP\",\"hil.example\""),
         T("AT+CGACT=1,1", final=None),
         T("AT+CGACT?", ["+CGACT: 1,0"]),
         T("AT+CEER", ["+CEER: \"No cause information available\""]),
         T("AT+CFUN=4"), T("AT+CFUN=1"),
         T("AT+CGACT=1,1"),
         T("AT+CGPADDR=1", ["+CGPADDR: 1,10.40.2.17"]),
         N("U_CELL_NET_TEST: connected after retry.")]
    lines = w_gha(["Run ./scripts/run_hil.sh lara_r6", "Flashing nrf5340dk... done"] + render_ubxlib(s) +
                  ["##[warning]CGACT took a retry", "Test passed."])
    write("gha_ubxlib_lara_r6_hil.log", lines, s, "ubxlib-printat", "github-actions", "u-blox LARA-R6401", True)

    # 14 LENA-R8001 + GNSS via cellular, email quote
    s = [T("AT+CGMM", ["LENA-R8001"]),
         T("AT+UGPS=1,0,67", final="+CME ERROR: Operation not allowed"),
         T("AT+UGPS?", ["+UGPS: 1,0,67"]),
         T("AT+UGPS=0"),
         T("AT+UGPS=1,0,67"),
         T("AT+UGRMC=1"),
         U("+UUGIND: 0,1"),
         T("AT+UGRMC?", ["+UGRMC: 1"])]
    lines = w_mailquote(render_ubxlib(s), intro=["Dear support,", "", "as requested the AT print of the GNSS start:", ""])
    write("mail_ubxlib_lena_r8_gnss.txt", lines, s, "ubxlib-printat", "email-quote", "u-blox LENA-R8001", True)

    # 15 SARA-R410M-02B with UMNOPROF change, docker logs
    s = [T("AT+CFUN=0"),
         T("AT+UMNOPROF=100"),
         T("AT+CFUN=15"),
         U("+CFUN: 1"),
         T("AT", final=None),
         T("AT"),
         T("AT+UMNOPROF?", ["+UMNOPROF: 100"]),
         T("AT+URAT?", ["+URAT: 7,9"])]
    lines = w_docker(render_ubxlib(s), svc="cell-agent-1")
    write("docker_ubxlib_sara_r410_mno.log", lines, s, "ubxlib-printat", "docker-compose", "u-blox SARA-R410M-02B", True)

    # ================================ Espruino AT (verified) ===============================
    # 16 SIM800L SIM800 module connect
    s = [N(">connect();"), N("=undefined"),
         T("ATE0", final="OK"), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CSQ", ["+CSQ: 18,0"]),
         T("AT+CGATT?", ["+CGATT: 1"]),
         T("AT+CIPSHUT", final="SHUT OK"),
         T("AT+CSTT=\"iot.example\",\"\",\"\""),
         T("AT+CIICR", final="ERROR"),
         N("Connection error ERROR")]
    write("espruino_sim800l_connect.txt", render_espruino(s), s, "espruino-at-debug", "-", "SIMCom SIM800L", True,
          check=lambda t: t.replace('\\"', '"'))

    # 17 SIM900 SMS text mode, forum bbcode
    s = [T("AT+CMGF=1"),
         T("AT+CSCS=\"GSM\""),
         T("AT+CMGS=\"+15555550177\"", prompt=">", payload="Door 2 open", resp=["+CMGS: 88"]),
         U("+CMTI: \"SM\",3"),
         T("AT+CMGR=3", ["+CMGR: \"REC UNREAD\",\"+15555550123\",\"\",\"26/12/07,09:12:40+04\"", "status?"]),
         T("AT+CMGD=3")]
    lines = w_bbcode(["at.debug(); // then sendSMS()"] + render_espruino(s, echo=False),
                     user="gw_pico", title="Re: SIM900 on Pico - SMS sent twice?")
    write("forum_espruino_sim900_sms.txt", lines, s, "espruino-at-debug", "forum-bbcode", "SIMCom SIM900", True,
          check=lambda t: t.replace('\\"', '"'))

    # 18 Quectel M35 (QuectelM35 module), echo on, chunked, Teams copy
    s = [T("AT", final="OK"), T("ATE0", final="OK"),
         T("AT+QIFGCNT=0"),
         T("AT+QICSGP=1,\"iot.example\""),
         T("AT+QIREGAPP"), T("AT+QIACT", final=None),
         T("AT+QILOCIP", ["10.51.3.9"], final=None),
         T("AT+QIDEACT", final="DEACT OK")]
    lines = w_teams(render_espruino(s, chunks=(2, 4)))
    write("teams_espruino_m35_gprs.txt", lines, s, "espruino-at-debug", "teams-copy", "Quectel M35", True,
          check=lambda t: t.replace('\\"', '"'))

    # 19 SIM7000E via Espruino, markdown fence in issue
    s = [T("AT+CNMP=38"), T("AT+CMNB=2"),
         T("AT+CBANDCFG=\"NB-IOT\",8,20"),
         T("AT+CGDCONT=1,\"IP\",\"nb.example\""),
         T("AT+CEREG?", ["+CEREG: 0,2"]),
         T("AT+CEREG?", ["+CEREG: 0,5"]),
         T("AT+CNACT=1,\"nb.example\""), U("+APP PDP: ACTIVE"),
         T("AT+CNACT?", ["+CNACT: 1,\"10.60.4.21\""])]
    lines = w_fence(render_espruino(s, echo=False, chunks=(1, 2)),
                    before=["Output with `at.debug()` (Espruino 2v20, SIM7000E on Serial1):", ""])
    write("gh_espruino_sim7000e_nbiot.md", lines, s, "espruino-at-debug", "github-fence", "SIMCom SIM7000E", True,
          check=lambda t: t.replace('\\"', '"'))

    # ================================ wvdial (verified) ====================================
    # 20 Huawei E173 OK
    s = [T("ATZ"), T("ATQ0 V1 E1 S0=0 &C1 &D2 +FCLASS=0"),
         T("AT+CGDCONT=1,\"IP\",\"internet.example\""),
         T("ATDT*99#", final="CONNECT"),
         N("--> Carrier detected.  Waiting for prompt."),
         N("--> PPP negotiation detected."),
         N("--> Starting pppd at Mon Dec  7 09:31:02 2026"),
         N("--> Pid of pppd: 2231"), N("--> Using interface ppp0"),
         N("--> local  IP address 10.77.12.5"), N("--> remote IP address 10.64.64.64")]
    out = render_wvdial(s)
    out = [l for l in out if l != "--> Carrier detected.  Starting PPP immediately."]
    write("wvdial_e173_ok.txt", ["pi@raspberrypi:~ $ sudo wvdial"] + out, s, "wvdial", "-", "Huawei E173", True)

    # 21 ZTE MF626 bad init
    s = [T("ATZ"), T("ATQ0 V1 E1 S0=0 &C1 &D2 +FCLASS=0"),
         T("AT+CGDCONT=1,\"IP\",\"internet.example\",,0,0"),
         T("AT+ZSNT=0,0,2", final="ERROR")]
    lines = w_bbcode(["root@router:~# wvdial zte"] + render_wvdial(s, version="1.60"),
                     user="nord_router", title="MF626 'Bad init string' with wvdial")
    write("forum_wvdial_mf626_badinit.txt", lines, s, "wvdial", "forum-bbcode", "ZTE MF626", True)

    # 22 Sierra MC7304 NO CARRIER then CONNECT, journalctl of a service
    s = [T("ATZ"), T("ATQ0 V1 E1 S0=0 &C1 &D2 +FCLASS=0"),
         T("AT+CGDCONT=3,\"IP\",\"m2m.example\""),
         T("ATDT*99***3#", final="NO CARRIER"),
         T("ATDT*99***3#", final="CONNECT 100000000")]
    out = render_wvdial(s)
    lines = ["Dec 07 06:00:0%d gw wvdial[1880]: %s" % (min(9, i // 3), l) for i, l in enumerate(out)]
    write("journal_wvdial_mc7304_nocarrier.log", lines, s, "wvdial", "journalctl", "Sierra Wireless MC7304", True)

    # 23 Huawei E3531 in mail, cut
    s = [T("ATZ"), T("ATQ0 V1 E1 S0=0 &C1 &D2 +FCLASS=0"),
         T("AT^SYSCFG=2,2,3FFFFFFF,1,2"),
         T("AT+CGDCONT=1,\"IP\",\"internet.example\""),
         T("ATDT*99#", final=None)]
    lines = w_mailquote(render_wvdial(s) + ["^C", "Caught signal 2:  Attempting to exit gracefully..."],
                        intro=["Von: Lars", "Betreff: Stick haengt beim Waehlen", ""])
    write("mail_wvdial_e3531_hang.txt", lines, s, "wvdial", "email-quote", "Huawei E3531", True)

    # 24 Quectel EC21 wvdial no echo init (E0 in Init), kubectl nesting
    s = [T("ATZ"), T("ATE0 V1 &D2 &C1 S0=0", resp=[], final="OK"),
         T("AT+QCFG=\"usbnet\"", ["+QCFG: \"usbnet\",0"]),
         T("AT+CGDCONT=1,\"IP\",\"lte.example\""),
         T("ATD*99#", final="CONNECT 150000000")]
    out = render_wvdial(s, echo=True)
    lines = w_kubectl(out)
    write("kubectl_wvdial_ec21.log", lines, s, "wvdial", "kubectl-logs", "Quectel EC21-E", True)

    # ================================ serialport-gsm (verified) ============================
    # 25 SIM800C initializeModem + signal
    s = [N("Modem port opened"),
         T("ATZ"), T("ATE1"),
         T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CMEE=1;+CREG=2"),
         T("AT+CSQ", ["+CSQ: 21,0"]),
         T("AT+CREG?", ["+CREG: 2,1,\"10F3\",\"8A21\""])]
    extra = {"AT+CSQ": ["{ status: 'success', request: 'getNetworkSignal', data: { signalQuality: 21, signalStrength: 'good' } }"]}
    write("node_spgsm_sim800c_init.txt", render_spgsm(s, extra=extra), s, "serialport-gsm-logger", "-", "SIMCom SIM800C", True)

    # 26 Quectel EC25 SMS over serialport-gsm in docker compose
    s = [T("AT+CMGF=0"),
         T("AT+CPMS=\"SM\",\"SM\",\"SM\"", ["+CPMS: 2,50,2,50,2,50"]),
         T("AT+CNMI=2,1,0,2,1"),
         T("AT+CMGL=4", ["+CMGL: 1,1,,24", "0791515555550000040B915155555504F500006210702113450004D4F29C0E"]),
         T("AT+CMGD=1"),
         T("AT+CNUM", final="ERROR")]
    lines = w_docker(render_spgsm(s, echo=True), svc="sms-gw-1")
    write("docker_spgsm_ec25_inbox.log", lines, s, "serialport-gsm-logger", "docker-compose", "Quectel EC25-AU", True)

    # 27 Neoway N58 with PM2 logs
    s = [T("ATZ"), T("ATE1"),
         T("AT+CPIN?", final="+CME ERROR: 10"),
         T("AT+CPIN?", final="+CME ERROR: 10"),
         T("AT+CFUN=1,1")]
    out = render_spgsm(s)
    lines = ["0|smsd     | " + l for l in out]
    lines = ["$ pm2 logs smsd --lines 40 --nostream",
             "[TAILING] Tailing last 40 lines for [smsd] process (change the value with --lines option)",
             "/home/pi/.pm2/logs/smsd-out.log last 40 lines:"] + lines
    write("pm2_spgsm_n58_nosim.log", lines, s, "serialport-gsm-logger", "pm2-logs", "Neoway N58", True)

    # 28 Fibocom L610 signal/ops polling, grafana loki CSV
    s = [T("AT+CSQ", ["+CSQ: 17,99"]),
         T("AT+COPS?", ["+COPS: 0,2,\"00101\",7"]),
         T("AT+CGREG?", ["+CGREG: 0,1"]),
         T("AT+GTCCINFO?", ["+GTCCINFO:", "1,4,001,01,2F1A,0B1C2D3E,150,1300,25,58,-94,-11"]),
         T("AT+CSQ", ["+CSQ: 16,99"])]
    lines = w_loki_csv(render_spgsm(s))
    write("loki_spgsm_l610_poll.csv", lines, s, "serialport-gsm-logger", "loki-csv", "Fibocom L610", True,
          check=lambda t: t.replace('""', '"'))

    # 29 MeiG SLM750 USSD, ts stamps + fence (two deep)
    s = [T("AT+CSCS=\"GSM\""),
         T("AT+CUSD=1,\"*100#\",15", after=["+CUSD: 0,\"Balance 4.20 EUR\",15"]),
         T("AT+CSQ", ["+CSQ: 25,99"]),
         T("AT+CUSD=1,\"*101#\",15", final="+CME ERROR: 100")]
    lines = w_fence(w_ts(render_spgsm(s), t0=(12, 30, 5)),
                    before=["node 20, serialport-gsm 3.x, `logger: console`:", ""])
    write("gh_spgsm_slm750_ussd.md", lines, s, "serialport-gsm-logger", "github-fence+ts-stamps", "MeiG SLM750", True)

    # ================================ Mbed OS ATHandler (verified print) ===================
    # 30 Quectel BG96 mbed cellular connect
    s = [N("[INFO][CELL]: Start connecting (timeout 180 s)"),
         N("[DBG ][CELL]: AT flush"),
         T("AT+CMEE?", ["+CMEE: 1"]),
         T("AT+CMEE=1"),
         T("AT+CFUN=1"),
         T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CGDCONT?", ["+CGDCONT: 1,\"IP\",\"\",\"0.0.0.0\",0,0,0,0"]),
         T("AT+CGDCONT=1,\"IP\",\"iot.example\""),
         T("AT+CEREG=2"),
         T("AT+CEREG?", ["+CEREG: 2,2"]),
         U("+CEREG: 5,\"2F1A\",\"0B1C2D3E\",8"),
         T("AT+QIACT=1"),
         T("AT+QIACT?", ["+QIACT: 1,1,1,\"10.33.7.90\""])]
    write("mbed_bg96_connect.log", render_mbed(s), s, "mbed-athandler-debug", "-", "Quectel BG96", True,
          check=mbed_check)

    # 31 Telit ME910C1 socket error, mbed, fence
    s = [T("AT#SCFG=1,1,300,90,600,50"),
         T("AT#SGACT=1,1", ["#SGACT: 10.44.1.8"]),
         T("AT#SD=1,0,8883,\"broker.example\",0,0,1", final="+CME ERROR: 568"),
         T("AT#SGACT?", ["#SGACT: 1,1"]),
         T("AT#SH=1")]
    lines = w_fence(render_mbed(s), before=["mbed_app.json has `\"cellular.debug-at\": true`. Trace:", ""])
    write("gh_mbed_me910c1_socket.md", lines, s, "mbed-athandler-debug", "github-fence", "Telit ME910C1-WW", True,
          check=mbed_check)

    # 32 Thales/Gemalto EMS31 with timeout, mbed studio terminal copy
    s = [T("AT^SCFG?", ["^SCFG: \"MEopMode/PwrSave\",\"enabled\",52,50"]),
         T("AT^SXRAT=8", final="ERROR"),
         T("AT+COPS=0"),
         T("AT+COPS?", final=None),
         T("AT+CSQ", ["+CSQ: 13,99"])]
    write("mbed_ems31_cops_timeout.log", render_mbed(s), s, "mbed-athandler-debug", "-", "Thales EMS31-V", True,
          check=mbed_check)

    # 33 u-blox SARA-R410M under mbed UBLOX_AT, sms, teams copy
    s = [T("AT+CMGF=1"),
         T("AT+CMGS=\"+15555550188\"", prompt=">", payload="alarm zone 4\x1a", resp=["+CMGS: 7"]),
         T("AT+CSQ", ["+CSQ: 9,99"]),
         T("AT+UPSV=0")]
    lines = w_teams(render_mbed(s), who="Ana Kovac")
    write("teams_mbed_sara_r410_sms.txt", lines, s, "mbed-athandler-debug", "teams-copy", "u-blox SARA-R410M-02B", True,
          check=mbed_check)

    # ================================ PuTTY logs (verified header) =========================
    # 34 Cavli C16QS
    s = [T("ATI", ["Cavli Inc.", "C16QS", "Revision: C16QS.2.1.0"]),
         T("AT+CGSN", ["861000001234564"]),
         T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CGDCONT=1,\"IP\",\"iot.example\""),
         T("AT+CEREG?", ["+CEREG: 0,1"]),
         T("AT+CGPADDR=1", ["+CGPADDR: 1,\"10.91.3.4\""])]
    raw = "=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2026.12.07 09:44:12 =~=~=~=~=~=~=~=~=~=~=~=\r\n" + render_raw_bytes(s)
    write("putty_c16qs_attach.log", None, s, "putty-session-log", "-", "Cavli C16QS", True, raw=raw)

    # 35 MeiG SLM320 with ERROR + echo off mid-way
    s = [T("AT", final="OK"), T("AT+CMEE=1"),
         T("AT+CSQ", ["+CSQ: 31,99"]),
         T("AT+CGATT=1", final="+CME ERROR: 30"),
         T("AT+COPS=?", final=None)]
    raw = "=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2026.12.07 11:02:40 =~=~=~=~=~=~=~=~=~=~=~=\r\n" + render_raw_bytes(s)
    write("putty_slm320_cgatt.log", None, s, "putty-session-log", "-", "MeiG SLM320", True, raw=raw)

    # 36 Nordic nRF9160 SLM in PuTTY, pasted in Slack (CRs lost)
    s = [T("AT%XSYSTEMMODE=1,0,1,0"),
         T("AT+CFUN=1"),
         T("AT+CEREG=5"),
         U("+CEREG: 2,\"2F1A\",\"0B1C2D3E\",7"),
         T("AT#XSOCKET=1,2,0", ["#XSOCKET: 0,2,17"]),
         T("AT#XSENDTO=\"192.0.2.8\",4444,\"hello\"", ["#XSENDTO: 5"]),
         T("AT#XRECVFROM=0", final=None)]
    raw = "=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2026.12.07 10:05:33 =~=~=~=~=~=~=~=~=~=~=~=\r\n" + render_raw_bytes(s)
    lines = w_slack(raw.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n"), who="Tomasz W.")
    write("slack_putty_nrf9160_slm.txt", lines, s, "putty-session-log", "slack-copy", "Nordic nRF9160 (SLM)", True)

    # ================================ From memory ==========================================
    # 37 Teltonika RUT241 gsmctl -A over ssh
    s = [T("AT+CSQ", ["+CSQ: 19,99"]), T("AT+COPS?", ["+COPS: 0,0,\"Test PLMN 1-1\",7"]),
         T("AT+QENG=\"servingcell\"", ["+QENG: \"servingcell\",\"NOCONN\",\"LTE\",\"FDD\",001,01,B1C2D3,120,1300,3,5,5,2F1A,-98,-10,-66,14,36"]),
         T("AT+QCFG=\"band\"", ["+QCFG: \"band\",0x260,0x42000000000000381a,0x0"]),
         T("AT+CGDCONT?", ["+CGDCONT: 1,\"IP\",\"m2m.example\",\"0.0.0.0\",0,0,0,0"]),
         T("AT+QICSGP=1", final="+CME ERROR: 3")]
    lines = render_shell_tool(s, "root@RUT241:~# ", "gsmctl -A")
    write("rutos_gsmctl_rut241.txt", lines, s, "teltonika-gsmctl-A", "-", "Quectel EC25-EC (in RUT241)", False)

    # 38 Teltonika in forum
    s = [T("AT+CPIN?", ["+CPIN: SIM PIN"]), T("AT+CPIN=\"1234\"", final="+CME ERROR: 16"),
         T("AT+QPINC?", ["+QPINC: \"SC\",2,10", "+QPINC: \"P2\",3,10"])]
    lines = w_bbcode(render_shell_tool(s, "root@RUT955:~# ", "gsmctl -A", quote='"'),
                     user="fleetops", title="SIM PIN after firmware update")
    write("forum_gsmctl_rut955_pin.txt", lines, s, "teltonika-gsmctl-A", "forum-bbcode", "Quectel EC25-E (in RUT955)", False,
          check=lambda t: t.replace('""', '"'))

    # 39 GL.iNet gl_modem AT
    s = [T("AT+QSPN", ["+QSPN: \"Test\",\"Test\",\"\",0,\"00101\""]),
         T("AT+QNWINFO", ["+QNWINFO: \"FDD LTE\",\"00101\",\"LTE BAND 3\",1300"]),
         T("AT+CGPADDR", ["+CGPADDR: 1,\"10.8.8.12\""]),
         T("AT+QMAP=\"WWAN\"", ["+QMAP: \"WWAN\",1,1,\"IPV4\",\"10.8.8.12\""]),
         T("AT+QPING=1,\"192.0.2.1\"", final="+CME ERROR: 569")]
    lines = render_shell_tool(s, "root@GL-X3000:~# ", "gl_modem -B 1-1.2 AT")
    write("glinet_gl_modem_x3000.txt", lines, s, "glinet-gl_modem-AT", "-", "Quectel RM520N-GL (in GL-X3000)", False)

    # 40 .NET service log (Serilog) with Murata Type 1SC
    s = [N("[INF] ModemService starting on COM7 @ 115200"),
         T("ATE0"), T("AT%GETCFG=\"BAND\"", ["%GETCFG: 3,20"]),
         T("AT%SETCFG=\"BAND\",\"3\""),
         T("AT+CFUN=1"),
         T("AT+CEREG?", ["+CEREG: 0,2"]),
         T("AT+CEREG?", final=None),
         T("AT+CEREG?", ["+CEREG: 0,1"]),
         T("AT%PDNACT=1,1,\"iot.example\"", after=["%PDNACT: 1,1"])]
    write("dotnet_serilog_murata1sc.log", render_serilog(s), s, "dotnet-serilog-modem", "-", "Murata Type 1SC", False)

    # 41 .NET log in HTML copy with ZTE ME3630
    s = [T("AT+ZSWITCH?", ["+ZSWITCH: L"]), T("AT+ZECMCALL=1", ["+ZECMCALL: IPV4, 10.19.4.1, 10.19.4.2, 0.0.0.0, 0.0.0.0"]),
         T("AT+ZECMCALL?", ["+ZECMCALL: 1"]),
         T("AT+ZECMCALL=0"), T("AT+CSQ", ["+CSQ: 24,99"])]
    lines = w_html(render_serilog(s, t0=(15, 2, 0)), title="Modem trace")
    write("html_serilog_zte_me3630.html", lines, s, "dotnet-serilog-modem", "html-pre", "ZTE ME3630", False,
          check=html.unescape)

    # 42 gl_modem in GitHub Actions? no: gsmctl nested in kubectl? keep a GL one via mail quote
    s = [T("AT+QENG=\"neighbourcell\"", ["+QENG: \"neighbourcell intra\",\"LTE\",1300,120,-12,-101,-70,0,21,6,,,"]),
         T("AT+CSQ", ["+CSQ: 12,99"]),
         T("AT+QCAINFO", ["+QCAINFO: \"pcc\",1300,75,\"LTE BAND 3\",1,120,-101,-12,-70,4"])]
    lines = w_mailquote(render_shell_tool(s, "root@GL-XE3000:~# ", "gl_modem AT"), depth=2,
                        intro=["> On 6 Dec 2026 Field Team wrote:", ">> output from the van:"])
    write("mail_glinet_gl_modem_cells.txt", lines, s, "glinet-gl_modem-AT", "email-quote(2)", "Quectel RM520N-GL (in GL-XE3000)", False)

    # ================================ Negatives ============================================
    neg = ["[Dialer Defaults]",
           "Init1 = ATZ",
           "Init2 = ATQ0 V1 E1 S0=0 &C1 &D2 +FCLASS=0",
           "Init3 = AT+CGDCONT=1,\"IP\",\"internet.example\"",
           "; the modem must answer OK to every Init line, otherwise wvdial stops with",
           "; \"Bad init string\". ERROR on Init3 usually means a typo in the APN line.",
           "Modem Type = USB Modem",
           "Phone = *99#",
           "ISDN = 0",
           "Username = { }",
           "Password = { }",
           "Modem = /dev/ttyUSB0",
           "Baud = 460800",
           "Stupid Mode = 1",
           "",
           "[Dialer nosim]",
           "; AT+CPIN? -> +CME ERROR: 10 means no SIM"]
    write("neg_wvdial_conf.txt", neg, None, "negative-config", "-", "-", False)

    neg = ["U_CELL_NET_TEST: running testCellNetConnectDisconnectPlus...",
           "Summary of AT commands exercised: AT+CGDCONT, AT+CGACT, AT+CGPADDR, AT+COPS",
           "  expected final result for each: OK",
           "  expected error on double deactivate: +CME ERROR: 3",
           "",
           "-----------------------",
           "24 Tests 0 Failures 2 Ignored",
           "OK",
           "U_RUNNER: all tests passed, heap 38412 bytes free, 6 tasks."]
    write("neg_ubxlib_test_summary.txt", neg, None, "negative-test-report", "-", "-", False)

    neg = ["## Methods",
           "",
           "| method | AT command sent | resolves with |",
           "|---|---|---|",
           "| `getNetworkSignal()` | `AT+CSQ` | `{ signalQuality, signalStrength }` |",
           "| `getOwnNumber()` | `AT+CNUM` | `{ name, number }` |",
           "| `checkSimMemory()` | `AT+CPMS?` | `{ used, total }` |",
           "| `deleteAllSimMessages()` | `AT+CMGD=1,4` | `OK` |",
           "",
           "A command that fails resolves with status `ERROR`, e.g. `+CME ERROR: 10` when the SIM is",
           "missing. Enable `logger: console` to see `Modem Write:` / `Modem Received:` lines."]
    write("neg_spgsm_api_doc.md", neg, None, "negative-docs", "-", "-", False)

    neg = ["root@GL-X3000:~# gl_modem --help",
           "Usage: gl_modem [-B bus] <command> [args]",
           "",
           "Commands:",
           "  AT <cmd>           send one AT command, print the reply (e.g. AT+CSQ)",
           "  connect            bring the data call up",
           "  disconnect         bring the data call down",
           "  status             print modem status (SIM, signal, operator)",
           "",
           "root@GL-X3000:~# gl_modem status",
           "SIM: READY   Signal: -87 dBm   Operator: Test PLMN 1-1 (00101)   Mode: LTE"]
    write("neg_gl_modem_help.txt", neg, None, "negative-cli-listing", "-", "-", False)

    # ================================ labels, per_log, self-check ==========================
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "per_log.md"), "w", encoding="utf-8") as f:
        f.write("| log | printer | wrapper | module | labelled | null finals | verified |\n|---|---|---|---|---|---|---|\n")
        for r in sorted(PERLOG):
            f.write("| %s | `%s` | %s | %s | %d | %d | %s |\n" % (r[0], r[1], r[2], r[3], r[4], r[5],
                                                                 "yes" if r[6] else "no"))
    return self_check()


def self_check():
    bad = []
    files = set(os.listdir(LOGS))
    if files != set(LABELS):
        bad.append("logs/ and labels differ: %s" % sorted(files ^ set(LABELS)))
    if not 45 <= len(LABELS) <= 50:
        bad.append("log count %d outside 45..50" % len(LABELS))
    for name, lab in LABELS.items():
        with open(os.path.join(LOGS, name), encoding="utf-8") as f:
            text = f.read()
        if name in CHECK_TEXT:
            text = CHECK_TEXT[name](text)
        low = text.lower()
        ts = lab["transactions"]
        if lab["has_transactions"] and not 3 <= len(ts) <= 15:
            bad.append("%s: %d transactions" % (name, len(ts)))
        if lab["has_transactions"] != bool(ts):
            bad.append("%s: has_transactions mismatch" % name)
        for t in ts:
            if t["command"].lower() not in low:
                bad.append("%s: command %r not in log" % (name, t["command"]))
            if t["final"] is not None and t["final"].lower() not in low:
                bad.append("%s: final %r not in log" % (name, t["final"]))
    tot = sum(len(v["transactions"]) for v in LABELS.values())
    ver = [k for k, v in LABELS.items() if v["verified"]]
    print("%d logs (%d with transactions), %d transactions (%d null finals); verified logs %d (%d transactions)" % (
        len(LABELS), sum(1 for v in LABELS.values() if v["has_transactions"]), tot,
        sum(1 for v in LABELS.values() for t in v["transactions"] if t["final"] is None),
        len(ver), sum(len(LABELS[k]["transactions"]) for k in ver)))
    if bad:
        print("SELF-CHECK FAILED:")
        for b in bad:
            print("  " + b)
        return 1
    print("self-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
