#!/usr/bin/env python3
"""Write holdout11 logs/ and labels.json deterministically.

Each log is one session: a list of T (command -> responses -> final), U (URC), N (a line the
host prints verbatim). A renderer per shape turns the session into the text the tool prints;
labels come from the same session. Damage (quote, fence, e-mail, indent, CRLF, ANSI, wraps,
cut top) is applied to the rendered lines afterwards and never changes the labels, except a
cut top, which is modelled in the session itself (orphan reply lines as N items).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")
LABELS = {}


class T:
    def __init__(self, cmd, resp=(), final="OK", prompt=None, payload=None, after=(),
                 partial=(), visible=True, prompt_resp=()):
        self.cmd = cmd
        self.resp = list(resp)          # information lines before the final
        self.final = final              # None: no final in the log
        self.prompt = prompt            # ">" / "> " / "CONNECT" / "DOWNLOAD"
        self.payload = payload          # what the host sent after the prompt
        self.prompt_resp = list(prompt_resp)  # lines after the payload, before final
        self.after = list(after)        # URCs after the final
        self.partial = list(partial)    # lines received before a timeout
        self.visible = visible          # False: the sending is not visible (echo off, no trace)


class U:
    def __init__(self, line):
        self.line = line


class N:
    def __init__(self, text):
        self.text = text


def labels_of(items):
    return [{"command": it.cmd, "final": it.final} for it in items
            if isinstance(it, T) and it.visible]


def body(it):
    """Lines the modem sends for a transaction (no echo), V.250 framing collapsed to lines."""
    out = []
    if it.prompt:
        out.append(("P", it.prompt))
    for r in it.resp:
        out.append(("R", r))
    for r in it.prompt_resp:
        out.append(("R", r))
    for r in it.partial:
        out.append(("R", r))
    if it.final is not None:
        out.append(("F", it.final))
    return out


# --------------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------------

def render_terminal(items, echo=True, blank=True, prefix=lambda: ""):
    """minicom / picocom / Arduino serial monitor: the echo is what shows the command."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            if blank:
                out.append(prefix() + "")
            out.append(prefix() + it.line)
            continue
        if echo and it.visible:
            out.append(prefix() + it.cmd)
        if it.prompt:
            out.append(prefix() + it.prompt + " " + (it.payload or "") if it.prompt.startswith(">")
                       else prefix() + it.prompt)
            if not it.prompt.startswith(">") and it.payload:
                out.append(prefix() + it.payload)
        for r in it.resp + it.prompt_resp + it.partial:
            if blank and not it.prompt:
                out.append(prefix() + "")
            out.append(prefix() + r)
        if it.final is not None:
            if blank:
                out.append(prefix() + "")
            out.append(prefix() + it.final)
        for u in it.after:
            if blank:
                out.append(prefix() + "")
            out.append(prefix() + u)
        if it.cmd.upper().startswith("ATE0") and it.final == "OK":
            echo = False
        if it.cmd.upper().startswith("ATE1") and it.final == "OK":
            echo = True
    return out


def vis(s):
    return s.replace("\r", "<CR>").replace("\n", "<LF>")


def render_mm(items, port="ttyUSB2", t0=1765432100.102, journal=None, old=False):
    """ModemManager mm-port-serial-at debug: --> 'cmd<CR>' / <-- '<CR><LF>reply<CR><LF>'."""
    out = []
    t = t0

    def pre(level):
        nonlocal t
        t += 0.0013
        if old:
            head = "<debug> [%.6f] (%s): " % (t, port)
        else:
            head = "<%s> [%.6f] [%s/at] " % (level, t, port)
        return (journal or "") + head

    for it in items:
        if isinstance(it, N):
            t += 0.0007
            if old:
                out.append((journal or "") + "<debug> [%.6f] %s" % (t, it.text))
            else:
                out.append((journal or "") + "<dbg> [%.6f] %s" % (t, it.text))
            continue
        if isinstance(it, U):
            out.append(pre("dbg") + "<-- '<CR><LF>%s<CR><LF>'" % it.line)
            continue
        arrow = "--> " if old else "--> "
        out.append(pre("dbg") + arrow + "'%s<CR>'" % it.cmd)
        if it.prompt:
            out.append(pre("dbg") + "<-- '<CR><LF>%s'" % it.prompt)
            out.append(pre("dbg") + "--> '%s<SUB>'" % it.payload)
        s = ""
        for r in it.resp + it.prompt_resp:
            s += "<CR><LF>%s<CR><LF>" % r
        if it.final is not None:
            s += "<CR><LF>%s<CR><LF>" % it.final
            t += 0.08
            out.append(pre("dbg") + "<-- '%s'" % s)
        else:
            if s:
                out.append(pre("dbg") + "<-- '%s'" % s)
            t += 3.0
            out.append((journal or "") + ("<debug> [%.6f] Couldn't run '%s': Serial command timed out" if old
                                          else "<dbg> [%.6f] [modem0] couldn't run '%s': Serial command timed out")
                       % (t, it.cmd))
        for u in it.after:
            t += 1.2
            out.append(pre("dbg") + "<-- '<CR><LF>%s<CR><LF>'" % u)
    return out


def render_chat(items, head="Dec  4 09:12:%02d gw local2.info chat[2211]: ", sec0=3, aborts=("ERROR", "NO CARRIER", "BUSY")):
    """pppd chat -v: send (X^M) / expect (OK) / received text with ^M / -- got it; an abort
    string ends the script ('Failed (ERROR)'), a timeout prints 'alarm' and 'Failed'."""
    out = []
    n = [sec0 * 4]

    def h():
        n[0] += 1
        return head % min(59, n[0] // 4)

    for it in items:
        if isinstance(it, N):
            out.append(h() + it.text)
            continue
        if isinstance(it, U):
            continue
        exp = "CONNECT" if (it.final or "").startswith("CONNECT") else "OK"
        out.append(h() + "send (%s^M)" % it.cmd)
        out.append(h() + "expect (%s)" % exp)
        out.append(h() + "^M")
        out.append(h() + "%s^M^M" % it.cmd)
        for r in it.resp + it.partial:
            out.append(h() + "%s^M" % r)
            out.append(h() + "^M")
        if it.final is None:
            n[0] += 40
            out.append(h() + "alarm")
            out.append(h() + "Failed")
            break
        out.append(h() + it.final)
        if it.final in aborts:
            out.append(h() + "Failed (%s)" % it.final)
            break
        out.append(h() + " -- got it")
        out.append(h() + "")
    return out


def render_zephyr(items, script="quectel_bg9x_init_chat_script", ms0=1200):
    """Zephyr modem_chat debug: script_next 'sending: X', log_received_command (argv joined by
    spaces: separators become spaces), on_unknown_command_received for unmatched lines."""
    out = []
    ms = [ms0]
    step = [0]

    def ts():
        ms[0] += 31
        return "[00:00:%02d.%03d,000] " % (ms[0] // 1000 % 60, ms[0] % 1000)

    for it in items:
        if isinstance(it, N):
            out.append(ts() + it.text)
            continue
        if isinstance(it, U):
            out.append(ts() + "<dbg> modem_chat: modem_chat_on_unknown_command_received: %s" % it.line)
            continue
        out.append(ts() + "<dbg> modem_chat: modem_chat_script_next: %s: step: %d" % (script, step[0]))
        step[0] += 1
        out.append(ts() + "<dbg> modem_chat: modem_chat_script_next: sending: %s" % it.cmd)
        for r in it.resp:
            if ":" in r:
                k, v = r.split(":", 1)
                out.append(ts() + "<dbg> modem_chat: modem_chat_log_received_command: %s: %s"
                           % (k, " ".join(v.strip().split(","))))
            else:
                out.append(ts() + "<dbg> modem_chat: modem_chat_log_received_command: %s" % r)
        if it.final is None:
            ms[0] += 10000
            out.append(ts() + "<wrn> modem_chat: modem_chat_script_timeout: %s: timed out" % script)
            break
        if it.final == "OK":
            out.append(ts() + "<dbg> modem_chat: modem_chat_log_received_command: OK")
        else:
            out.append(ts() + "<dbg> modem_chat: modem_chat_log_received_command: %s" % it.final)
            out.append(ts() + "<dbg> modem_chat: modem_chat_script_stop: %s: aborted" % script)
            break
        for u in it.after:
            out.append(ts() + "<dbg> modem_chat: modem_chat_on_unknown_command_received: %s" % u)
    return out


def hexdump_rt(name, data):
    """RT-Thread at_utils.c at_print_raw_cmd: 32 bytes a row, extra space every 8."""
    rows = []
    for i in range(0, len(data), 32):
        s = "[D/AT] %s: %04X-%04X: " % (name, i, i + 32)
        for j in range(32):
            s += ("%02X " % ord(data[i + j])) if i + j < len(data) else "   "
            if (j + 1) % 8 == 0:
                s += " "
        s += "  "
        s += "".join(c if 32 <= ord(c) < 127 else "." for c in data[i:i + 32])
        rows.append(s)
    return rows


def render_rtthread(items, echo=False):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.extend(hexdump_rt("recvline", it.line + "\r\n"))
            continue
        out.extend(hexdump_rt("sendline", it.cmd + "\r\n"))
        if echo:
            out.extend(hexdump_rt("recvline", it.cmd + "\r\r\n"))
        if it.prompt:
            out.extend(hexdump_rt("recvline", it.prompt + " "))
            out.extend(hexdump_rt("sendline", it.payload))
        for r in it.resp + it.prompt_resp + it.partial:
            out.extend(hexdump_rt("recvline", r + "\r\n"))
        if it.final is not None:
            out.extend(hexdump_rt("recvline", it.final + "\r\n"))
        else:
            out.append("[E/at.clnt] execute command (%s) timeout (5000 ticks)!" % it.cmd)
        if it.cmd.upper() == "ATE0":
            echo = False
        for u in it.after:
            out.extend(hexdump_rt("recvline", u + "\r\n"))
    return out


def hexdump_idf(tag, data, ms, addr=0x3ffb9a2c, level="D"):
    """esp_log_buffer_hexdump: 16 bytes a row, lowercase hex, '|ascii|'."""
    rows = []
    for i in range(0, len(data), 16):
        chunk = data[i:i + 16]
        hx = ""
        for j in range(16):
            hx += ("%02x " % ord(chunk[j])) if j < len(chunk) else "   "
            if j == 7:
                hx += " "
        asc = "".join(c if 32 <= ord(c) < 127 else "." for c in chunk)
        rows.append("%s (%d) %s: 0x%08x   %s |%s|" % (level, ms, tag, addr + i, hx, asc))
    return rows


def render_espmodem(items, ms0=1520):
    """ESP-IDF 4.x esp_modem (C) esp_dte_handle_line: each line read is hex-dumped with the tag
    'esp-modem: debug_data'; what the host sends is not printed, so the echo shows the command."""
    out = []
    ms = ms0
    echo = True
    for it in items:
        ms += 40
        if isinstance(it, N):
            out.append(it.text.replace("{ms}", str(ms)))
            continue
        if isinstance(it, U):
            out.extend(hexdump_idf("esp-modem: debug_data", it.line + "\r\n", ms))
            continue
        if echo:
            out.extend(hexdump_idf("esp-modem: debug_data", it.cmd + "\r\r\n", ms))
        for r in it.resp:
            ms += 3
            out.extend(hexdump_idf("esp-modem: debug_data", r + "\r\n", ms))
            out.extend(hexdump_idf("esp-modem: debug_data", "\r\n", ms))
        if it.final is not None:
            ms += 5
            out.extend(hexdump_idf("esp-modem: debug_data", it.final + "\r\n", ms))
        else:
            ms += 3000
            out.append("E (%d) esp-modem: esp_modem_dce_handle_response(%d): command timeout" % (ms, 121))
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
    return out


def render_tinygsm(items, echo=True):
    """TinyGSM + StreamDebugger: the bytes TinyGSM writes ('AT...\\r\\n') and the bytes the
    modem sends (echo 'AT...\\r\\r\\n', replies) both go to Serial; '[ms] ### ...' from DBG()."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append("")
            out.append(it.line)
            continue
        out.append(it.cmd)
        if echo:
            out.append(it.cmd)
        if it.prompt:
            out.append(it.prompt + " " + it.payload)
        for r in it.resp + it.prompt_resp + it.partial:
            out.append("")
            out.append(r)
        if it.final is not None:
            out.append("")
            out.append(it.final)
        for u in it.after:
            out.append("")
            out.append(u)
        if it.cmd.upper() == "ATE0" and it.final == "OK":
            echo = False
    return out


def render_linkmon(items, t0=(10, 14, 3, 120)):
    """nRF Connect LTE Link Monitor log: ISO time, 'DEBUG modem >> cmd' / 'DEBUG modem << line'."""
    out = []
    h, m, s, ms = t0
    clock = [h * 3600000 + m * 60000 + s * 1000 + ms]

    def ts():
        clock[0] += 47
        c = clock[0]
        return "2026-11-28T%02d:%02d:%02d.%03dZ" % (c // 3600000, c // 60000 % 60, c // 1000 % 60, c % 1000)

    for it in items:
        if isinstance(it, N):
            out.append("%s INFO %s" % (ts(), it.text))
            continue
        if isinstance(it, U):
            out.append("%s DEBUG modem << %s" % (ts(), it.line))
            continue
        out.append("%s DEBUG modem >> %s" % (ts(), it.cmd))
        for r in it.resp:
            out.append("%s DEBUG modem << %s" % (ts(), r))
        if it.final is not None:
            out.append("%s DEBUG modem << %s" % (ts(), it.final))
        else:
            clock[0] += 30000
            out.append("%s ERROR Error: '%s' timed out" % (ts(), it.cmd))
        for u in it.after:
            out.append("%s DEBUG modem << %s" % (ts(), u))
    return out


def render_ndm(items, t0=(15, 57, 30)):
    """Keenetic NDM Mobile::TtyDevice: tty0 <-- "cmd" (expect "OK") / tty0 --> "reply" (got it)."""
    out = []
    h, m, s = t0
    clock = [h * 3600 + m * 60 + s]

    def ts():
        clock[0] += 1
        c = clock[0]
        return "[I] Nov 21 %02d:%02d:%02d ndm: " % (c // 3600, c // 60 % 60, c % 60)

    for it in items:
        if isinstance(it, N):
            out.append(ts() + it.text)
            continue
        if isinstance(it, U):
            out.append(ts() + 'Mobile::TtyDevice: "UsbLte0": tty0 --> "%s" (unsolicited).' % it.line)
            continue
        out.append(ts() + 'Mobile::TtyDevice: "UsbLte0": tty0 <-- "%s" (expect "OK").' % it.cmd)
        for r in it.resp:
            out.append(ts() + 'Mobile::TtyDevice: "UsbLte0": tty0 --> "%s".' % r)
        if it.final == "OK":
            out.append(ts() + 'Mobile::TtyDevice: "UsbLte0": tty0 --> "OK" (got it).')
        elif it.final is None:
            out.append(ts().replace("[I]", "[W]") + 'Mobile::TtyDevice: "UsbLte0": tty0 timeout while waiting for "OK".')
        else:
            out.append(ts().replace("[I]", "[W]") + 'Mobile::TtyDevice: "UsbLte0": tty0 --> "%s" (error).' % it.final)
    return out


def render_pyserial(items, style="readlines"):
    """Python script: print('>>', cmd); print(ser.readlines()) or print(ser.read_all())."""
    out = []
    echo = True
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            data = "\r\n" + it.line + "\r\n"
        else:
            out.append(">> " + it.cmd)
            data = it.cmd + "\r" if echo else ""
            if it.prompt:
                data += it.prompt
            for r in it.resp + it.prompt_resp + it.partial:
                data += "\r\n" + r + "\r\n"
            if it.final is not None:
                data += "\r\n" + it.final + "\r\n"
            if it.cmd.upper() == "ATE0" and it.final == "OK":
                echo = False
        if style == "readlines":
            parts = [p + "\n" for p in data.split("\n")[:-1]]
            if not data.endswith("\n"):
                parts.append(data.split("\n")[-1])
            out.append(repr([p.encode() for p in parts]))
        else:
            out.append(repr(data.encode()))
    return out


def render_sscom(items, t0=(14, 20, 31, 125)):
    """SSCOM 5.13 with timestamps: '[hh:mm:ss.mmm]发→◇cmd□' (□ marks the CR LF it added) and
    '[hh:mm:ss.mmm]收←◆' followed by what arrived, lines after the first unprefixed."""
    out = []
    h, m, s, ms = t0
    clock = [h * 3600000 + m * 60000 + s * 1000 + ms]

    def ts(step=350):
        clock[0] += step
        c = clock[0]
        return "[%02d:%02d:%02d.%03d]" % (c // 3600000, c // 60000 % 60, c // 1000 % 60, c % 1000)

    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append(ts(4000) + "收←◆")
            out.append(it.line)
            out.append("")
            continue
        out.append(ts(2000) + "发→◇" + it.cmd + "□")
        lines = [it.cmd] if it.visible else []
        if it.prompt:
            out.append(ts() + "收←◆" + it.cmd)
            out.append(it.prompt + " ")
            out.append(ts(900) + "发→◇" + it.payload + "□")
            lines = []
        first = True
        rl = list(it.resp + it.prompt_resp + it.partial)
        if it.final is not None:
            rl += [it.final]
        if lines:
            out.append(ts() + "收←◆" + lines[0])
            first = False
        for r in rl:
            if first:
                out.append(ts() + "收←◆")
                first = False
            out.append(r)
            out.append("")
        for u in it.after:
            out.append(ts(3000) + "收←◆")
            out.append(u)
            out.append("")
    return out


def render_qcom(items, date="2026-10-14", t0=(9, 3, 11, 200)):
    """QCOM (Quectel) log save with time: '[yyyy-mm-dd_hh:mm:ss:mmm]line' for each line."""
    out = []
    h, m, s, ms = t0
    clock = [h * 3600000 + m * 60000 + s * 1000 + ms]

    def ts(step=12):
        clock[0] += step
        c = clock[0]
        return "[%s_%02d:%02d:%02d:%03d]" % (date, c // 3600000, c // 60000 % 60, c // 1000 % 60, c % 1000)

    for line in render_terminal(items):
        if line == "":
            continue
        out.append(ts(400 if line.startswith("AT") else 15) + line)
    return out


def render_teraterm(items, date="2026-11-03"):
    out = []
    c = [8 * 3600000 + 41 * 60000 + 7000]
    for line in render_terminal(items):
        c[0] += 180 if line.upper().startswith("AT") else 9
        x = c[0]
        out.append("[%s %02d:%02d:%02d.%03d] %s" % (date, x // 3600000, x // 60000 % 60, x // 1000 % 60,
                                                    x % 1000, line))
    return out


def render_particle3(items, ms0=117180):
    """Particle Device OS Gen 3 ncp.at category: '<10-digit ms> [ncp.at] TRACE: > cmd' and
    '< line' for every non-empty line received; other categories print their own lines."""
    out = []
    ms = [ms0]

    def ts(step=9):
        ms[0] += step
        return "%010d " % ms[0]

    for it in items:
        if isinstance(it, N):
            out.append(ts(2) + it.text)
            continue
        if isinstance(it, U):
            out.append(ts(400) + "[ncp.at] TRACE: < " + it.line)
            continue
        out.append(ts(1) + "[ncp.at] TRACE: > " + it.cmd)
        if it.prompt:
            out.append(ts() + "[ncp.at] TRACE: < " + it.prompt)
        for r in it.resp + it.prompt_resp + it.partial:
            out.append(ts() + "[ncp.at] TRACE: < " + r)
        if it.final is not None:
            out.append(ts(14) + "[ncp.at] TRACE: < " + it.final)
        else:
            ms[0] += 1000
        for u in it.after:
            out.append(ts(700) + "[ncp.at] TRACE: < " + u)
    return out


def cesc(s):
    out = ""
    for c in s:
        if c == "\r":
            out += "\\r"
        elif c == "\n":
            out += "\\n"
        elif c in '"\\':
            out += "\\" + c
        elif 32 <= ord(c) < 127:
            out += c
        else:
            out += "\\x%02x" % ord(c)
    return out


def render_particle2(items, t0=61.204):
    """Particle Gen 2 MDMParser debug: '%10.3f AT send %7d "escaped"' and
    '%10.3f AT read %2s %4d "escaped"' with the type of line (+, OK, ERR, >, UNK)."""
    out = []
    t = [t0]

    def ts(step=0.011):
        t[0] += step
        return "%10.3f" % t[0]

    def read(kind, data):
        out.append('%s AT read %2s %4d "%s"' % (ts(), kind, len(data), cesc(data)))

    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            read("+", "\r\n" + it.line + "\r\n")
            continue
        data = it.cmd + "\r\n"
        out.append('%s AT send %7d "%s"' % (ts(0.3), len(data), cesc(data)))
        if it.prompt:
            read(">", "\r\n" + it.prompt)
            out.append('%s AT send %7d "%s"' % (ts(0.05), len(it.payload), cesc(it.payload)))
        for r in it.resp + it.prompt_resp:
            read("+" if r.startswith("+") else "UNK", "\r\n" + r + "\r\n")
        if it.final is None:
            t[0] += 10
            continue
        kind = "OK" if it.final == "OK" else ("ERR" if "ERROR" in it.final else "UNK")
        read(kind, "\r\n" + it.final + "\r\n")
        for u in it.after:
            read("+", "\r\n" + u + "\r\n")
    return out


# --------------------------------------------------------------------------------------------
# Damage
# --------------------------------------------------------------------------------------------

def quote(lines, mark="> "):
    return [(mark + l).rstrip() if l else mark.rstrip() for l in lines]


def indent(lines, n=4):
    return [" " * n + l if l else l for l in lines]


def wrap(lines, width=80):
    out = []
    for l in lines:
        while len(l) > width:
            out.append(l[:width])
            l = l[width:]
        out.append(l)
    return out


def fence(lines, before, after, lang=""):
    return before + ["```" + lang] + lines + ["```"] + after


def write(name, lines, items, shape, module, nl="\n", has=None, labels=None):
    text = nl.join(lines) + nl
    with open(os.path.join(LOGS, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    labs = labels if labels is not None else (labels_of(items) if items is not None else [])
    LABELS[name] = {"transactions": labs, "total": len(labs),
                    "has_transactions": bool(labs) if has is None else has,
                    "shape": shape, "module": module}


# --------------------------------------------------------------------------------------------
# Sessions
# --------------------------------------------------------------------------------------------

def reg_quectel(rat="LTE"):
    return [T("AT", final="OK"), T("ATI", ["Quectel", "EC25", "Revision: EC25EFAR06A11M4G"]),
            T("AT+CPIN?", ["+CPIN: READY"]), T("AT+QCCID", ["+QCCID: 89882280000012345678"]),
            T("AT+CSQ", ["+CSQ: 21,99"]), T("AT+CREG?", ["+CREG: 0,1"]),
            T("AT+CGREG?", ["+CGREG: 0,1"]), T("AT+COPS?", ['+COPS: 0,0,"Vodafone.de",7'])]


def main():
    os.makedirs(LOGS, exist_ok=True)
    for f in os.listdir(LOGS):
        os.remove(os.path.join(LOGS, f))

    # ============ host-library traces ============
    # 1 ModemManager journal, Quectel EM06, connect with a CME error and a URC
    s = [N("[modem0] simple connect started..."),
         T("AT+CGDCONT?", ['+CGDCONT: 1,"IPV4V6","ims","0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0",0,0,0,0',
                           '+CGDCONT: 2,"IP","internet.telekom","0.0.0.0",0,0,0,0']),
         T("AT+CEREG?", ["+CEREG: 2,1,\"6B0A\",\"01A2D10B\",7"]),
         U("+CEREG: 1,\"6B0A\",\"01A2D10B\",7"),
         T("AT+CGACT?", ["+CGACT: 1,1", "+CGACT: 2,0"]),
         T('AT+CGDCONT=3,"IP","web.vodafone.de"'),
         T("AT+CGACT=1,3", final="+CME ERROR: 30"),
         N("[modem0] couldn't connect bearer: Couldn't activate context: No network service"),
         T("AT+CSQ", ["+CSQ: 9,99"]), T("AT+COPS?", ["+COPS: 0,0,\"Telekom.de\",7"]),
         T("AT+QENG=\"servingcell\"", ['+QENG: "servingcell","NOCONN","LTE","FDD",262,01,1A2D10B,321,1300,3,5,5,6B0A,-112,-14,-79,1,-']),
         T("AT+CGACT=1,3")]
    j = "Dec 02 10:41:07 rpi ModemManager[701]: "
    write("mm_journal_em06_connect.log", render_mm(s, "ttyUSB2", journal=j), s,
          "modemmanager-debug", "Quectel EM06-E")

    # 2 ModemManager old style, Huawei E3372 in stick mode, SMS listing + timeout
    s = [N("Modem /org/freedesktop/ModemManager1/Modem/0: state changed (enabling -> enabled)"),
         T("AT+CPMS=\"SM\",\"SM\",\"SM\"", ["+CPMS: 2,30,2,30,2,30"]),
         T("AT+CMGF=0"),
         T("AT+CMGL=4", ["+CMGL: 0,1,,29", "0791947106004034040C9194711234567800002121110211340009C8329BFD06DDDF72",
                         "+CMGL: 1,1,,25", "0791947106004034040C9194711234567800002121110212440005E8329BFD06"]),
         T("AT^SYSINFOEX", ['^SYSINFOEX:2,3,0,1,,6,"LTE",101,"LTE"']),
         T("AT+CUSD=1,\"AA180C3602\",15", final=None),
         T("AT^CARDMODE", ["^CARDMODE:2"]),
         T("AT+CMGD=0", final="+CMS ERROR: 321")]
    write("mm_old_e3372_sms.log", render_mm(s, "ttyUSB0", t0=1511234567.5, journal="ModemManager[512]: ", old=True), s,
          "modemmanager-debug-old", "Huawei E3372")

    # 3 pppd chat -v, SIM7600 dial
    s = [N("abort on (BUSY)"), N("abort on (NO CARRIER)"), N("abort on (ERROR)"),
         T("AT"), T("ATE0"), T("AT+CFUN=1"), T('AT+CGDCONT=1,"IP","iot.1nce.net"'),
         T("AT+CSQ", ["+CSQ: 17,99"]), T("ATD*99#", final="CONNECT 150000000")]
    lines = render_chat(s) + ["Dec  4 09:12:19 gw local2.notice chat[2211]: CONNECT 150000000",
                              "Dec  4 09:12:19 gw daemon.info pppd[2209]: Serial connection established.",
                              "Dec  4 09:12:19 gw daemon.info pppd[2209]: Using interface ppp0"]
    write("chat_syslog_sim7600.log", lines, s, "pppd-chat-syslog", "SIMCom SIM7600E-H")

    # 4 pppd chat, Telit LE910, ERROR on CGDCONT then alarm
    s = [T("AT"), T("AT+CGDCONT=1,\"IPV4V6\",\"broadband\"", final="ERROR")]
    s2 = [T("AT"), T("AT+CGDCONT=1,\"IP\",\"broadband\""), T("ATD*99***1#", final=None)]
    lines = render_chat(s, head="Nov 18 22:01:%02d router chat[1432]: ") + \
        ["Nov 18 22:01:06 router pppd[1430]: Connect script failed",
         "Nov 18 22:01:40 router pppd[1455]: pppd 2.4.9 started by root, uid 0"] + \
        render_chat(s2, head="Nov 18 22:01:%02d router chat[1458]: ", sec0=41)
    write("chat_le910_error_alarm.log", lines, s + s2, "pppd-chat-syslog", "Telit LE910C1-EU")

    # 5 Zephyr modem_chat, BG95 init script
    s = [N("<inf> modem_cellular: modem_cellular_on_idle_state_enter"),
         T("ATE0"), T("AT+CMEE=1"), T("AT+CREG=1"), T("AT+CEREG=1"),
         T("AT+CGSN", ["867698041234567"]), T("AT+CGMM", ["BG95-M3"]),
         T("AT+CGMI", ["Quectel"]), T("AT+CGMR", ["BG95M3LAR02A03"]),
         T("AT+CIMI", ["262011234567890"]),
         T("AT+CMUX=0,0,5,127,10,3,30,10,2")]
    lines = render_zephyr(s) + ["[00:00:01.911,000] <inf> modem_cellular: switch to cmux"]
    write("zephyr_modem_chat_bg95.log", lines, s, "zephyr-modem_chat", "Quectel BG95-M3")

    # 6 Zephyr modem_chat, nRF-less SIM7080 script aborted by +CME ERROR
    s = [T("AT"), T("ATE0"), T("AT+CFUN=4"), T("AT+CMEE=1"),
         T("AT+CNMP=38"), T("AT+CMNB=1"), T('AT+CNCFG=0,1,"iot.example"'),
         T("AT+CFUN=1"), T("AT+CPIN?", [], final="+CME ERROR: 10")]
    lines = render_zephyr(s, script="sim7080_init_chat_script", ms0=2480)
    write("zephyr_modem_chat_sim7080_cme.log", lines, s, "zephyr-modem_chat", "SIMCom SIM7080G")

    # 7 RT-Thread at_client raw dump, EC200 socket
    s = [N("[I/at.clnt] AT client(V1.3.1) on device uart3 initialize success."),
         T("AT", final="OK"), T("ATE0"),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", ["+CSQ: 26,99"]),
         T("AT+CGREG?", ["+CGREG: 0,1"]),
         T('AT+QICSGP=1,1,"CMNET","","",1'), T("AT+QIACT=1"),
         N("[I/at.dev.ec200x] ec200x device(e0) network initialize success!"),
         T('AT+QIOPEN=1,0,"TCP","120.24.5.11",8080,0,1', after=["+QIOPEN: 0,0"]),
         T("AT+QISEND=0,12", [], prompt=">", payload="hello,server", prompt_resp=["SEND OK"]),
         U('+QIURC: "recv",0,4'),
         T("AT+QICLOSE=0", final=None)]
    lines = render_rtthread(s, echo=True)
    write("rtthread_at_raw_ec200.log", lines, s, "rt-thread-at_client-raw", "Quectel EC200S-CN")

    # 8 ESP-IDF esp_modem hexdump, SIM7600 with echo on
    s = [N("I ({ms}) pppos_example: Initializing esp_modem for the SIM7600 module..."),
         T("AT"), T("AT+CGMM", ["SIMCOM_SIM7600E"]), T("AT+CGSN", ["862123045678901"]),
         T("AT+CSQ", ["+CSQ: 19,99"]), T("AT+CBC", ["+CBC: 4.082V"]),
         T('AT+CGDCONT=1,"IP","internet"'), T("ATD*99#", final="CONNECT 115200"),
         N("I ({ms}) pppos_example: Modem Connect to PPP Server"),
         N("I ({ms}) esp-netif_lwip-ppp: Connected")]
    write("espmodem_hexdump_sim7600.log", render_espmodem(s), s, "esp_modem-debug_data-hexdump",
          "SIMCom SIM7600E")

    # 9 TinyGSM + StreamDebugger, SIM800L GPRS
    s = [N("[1012] ### TinyGSM Version: 0.11.7"),
         N("[1012] ### TinyGSM Compiled Module:  TinyGsmClientSIM800"),
         T("AT"), T("AT"), T("ATE0"), T("AT+CMEE=2"), T("AT+GMM", ["SIMCOM_SIM800L"]),
         N("[4221] ### Modem: SIMCOM SIM800L"),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CIPSHUT", [], final="SHUT OK"),
         T("AT+CGATT=0"), T('AT+SAPBR=3,1,"Contype","GPRS"'), T('AT+SAPBR=3,1,"APN","internet"'),
         T('AT+CGDCONT=1,"IP","internet"'), T("AT+CGACT=1,1"), T("AT+SAPBR=1,1", final="+CME ERROR: operation not allowed"),
         T("AT+SAPBR=2,1", ['+SAPBR: 1,3,"0.0.0.0"']), T("AT+CGATT=1"), T("AT+CIPMUX=1"),
         T("AT+CIPQSEND=1"), T("AT+CIPRXGET=1"), T('AT+CSTT="internet","",""'),
         T("AT+CIICR", final="ERROR")]
    write("tinygsm_streamdebugger_sim800.log", render_tinygsm(s), s, "tinygsm-streamdebugger",
          "SIMCom SIM800L")

    # 10 TinyGSM A7670 MQTT-ish (sketch + StreamDebugger), URC mid-response
    s = [T("AT"), T("AT"), T("ATE0"),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CEREG?", ["+CEREG: 0,1"]),
         T("AT+CMQTTSTART", [], after=["+CMQTTSTART: 0"]),
         T('AT+CMQTTACCQ=0,"a7670-dev01",0'),
         T('AT+CMQTTCONNECT=0,"tcp://broker.hivemq.com:1883",60,1', after=["+CMQTTCONNECT: 0,0"]),
         T("AT+CMQTTTOPIC=0,14", prompt=">", payload="devices/a7670"),
         T("AT+CMQTTPAYLOAD=0,5", prompt=">", payload="21.5C"),
         T("AT+CMQTTPUB=0,1,60", [], after=["+CMQTTPUB: 0,0"]),
         T("AT+CMQTTDISC=0,120", after=["+CMQTTDISC: 0,0"]),
         T("AT+CMQTTREL=0"), T("AT+CMQTTSTOP", after=["+CMQTTSTOP: 0"])]
    lines = ["Connecting to broker.hivemq.com..."] + render_tinygsm(s) + ["publish done"]
    write("tinygsm_a7670_mqtt.log", lines, s, "tinygsm-streamdebugger", "SIMCom A7670E")

    # 11 nRF Connect LTE Link Monitor, nRF9160
    s = [N("Modem port is opened"),
         T("AT+CFUN?", ["+CFUN: 4"]), T("AT+CGSN=1", ['+CGSN: "352656100123456"']),
         T("AT+CGMI", ["Nordic Semiconductor ASA"]), T("AT+CGMR", ["mfw_nrf9160_1.3.5"]),
         T("AT%XSYSTEMMODE=0,1,1,0"), T("AT+CEREG=5"), T("AT+CFUN=1"),
         U('+CEREG: 2,"4B1F","0210C51A",9'), U('+CEREG: 5,"4B1F","0210C51A",9,,,"11100000","11100000"'),
         T("AT+COPS?", ['+COPS: 0,2,"24008",9']), T("AT%XMONITOR", ['%XMONITOR: 5,"","","24008","4B1F",9,20,"0210C51A",281,6400,41,24,"","11100000","11100000","00001001"']),
         T("AT+CGDCONT?", ['+CGDCONT: 0,"IP","lpwa.telia.iot","10.40.211.7",0,0']),
         T("AT#XPING=\"example.com\",45,5000", final="ERROR"),
         T("AT+CPSMS=1", final="OK")]
    write("linkmon_nrf9160.log", render_linkmon(s), s, "nrfconnect-linkmonitor", "Nordic nRF9160")

    # 12 Keenetic NDM TtyDevice, Fibocom L860-GL
    s = [T("AT+CFUN?", ["+CFUN: 1"]), T("AT+XACT=2,,,1,3"), T('AT+CGDCONT=1,"IP","internet.beeline.ru"'),
         T('AT+XGAUTH=1,0,"",""'), T('AT+XDATACHANNEL=1,1,"/USBCDC/0","/USBHS/NCM/0",2,1'),
         T("AT+XDNS=1,1"), T("AT+CGACT=1,1", final="+CME ERROR: 148"),
         T("AT+CGACT=1,1"), T("AT+CGDATA=\"M-RAW_IP\",1", final="CONNECT")]
    write("ndm_keenetic_l860.log", render_ndm(s), s, "keenetic-ndm-ttydevice", "Fibocom L860-GL")

    # 13 Python pyserial readlines, Sierra EM7455
    s = [N("$ python3 at.py /dev/ttyUSB2"), T("AT"), T("ATI", ["Manufacturer: Sierra Wireless, Incorporated",
                                                          "Model: EM7455", "Revision: SWI9X30C_02.33.03.00 r8209 CARMD-EV-FRMWR2 2019/08/28 20:59:30"]),
         T("AT!ENTERCND=\"A710\""), T("AT!USBCOMP?", ["Config Index: 1", "Config Type:  1 (Generic)", "Interface bitmask: 0000050D (diag,nmea,modem,mbim) "]),
         T("AT!USBCOMP=1,1,10D"), T("AT!IMPREF?", final="+CME ERROR: 3"),
         T("AT!RESET")]
    write("pyserial_readlines_em7455.log", render_pyserial(s), s, "python-pyserial-readlines",
          "Sierra Wireless EM7455")

    # 14 Python read_all style, u-blox SARA-R410 socket with @ prompt? (USOST uses @)
    s = [T("ATE0"), T("AT+CMEE=2"), T("AT+USOCR=17", ["+USOCR: 0"]),
         T('AT+USOST=0,"195.34.89.241",7,4', prompt="@", payload="ping", prompt_resp=["+USOST: 0,4"]),
         T("AT+USORF=0,1024", ['+USORF: 0,"195.34.89.241",7,4,"ping"']),
         T("AT+USOCL=0"), T("AT+USOCR=6", ["+USOCR: 0"]),
         T('AT+USOCO=0,"echo.u-blox.com",7', final="+CME ERROR: Operation not allowed")]
    lines = render_pyserial(s, style="read_all")
    write("pyserial_readall_sara_r410.log", lines, s, "python-pyserial-read_all", "u-blox SARA-R410M-02B")

    # ============ serial terminals ============
    # 15 minicom EC25 registration + PDP
    s = reg_quectel() + [T('AT+QICSGP=1,1,"internet","","",1'), T("AT+QIACT=1"),
                         T("AT+QIACT?", ['+QIACT: 1,1,1,"10.154.23.8"']),
                         T("AT+QPING=1,\"8.8.8.8\"", after=['+QPING: 0,"8.8.8.8",32,48,255', '+QPING: 0,"8.8.8.8",32,41,255',
                                                         '+QPING: 0,"8.8.8.8",32,40,255', '+QPING: 0,"8.8.8.8",32,44,255',
                                                         "+QPING: 0,4,4,0,40,48,43"])]
    lines = ["Welcome to minicom 2.8", "", "OPTIONS: I18n", "Port /dev/ttyUSB2, 11:02:33", "",
             "Press CTRL-A Z for help on special keys", ""] + render_terminal(s)
    write("minicom_ec25_reg_ping.log", lines, s, "minicom", "Quectel EC25-E")

    # 16 Arduino serial monitor SIM800 SMS with sketch text
    s = [N("Initializing..."), T("AT"), T("AT+CMGF=1"),
         T('AT+CMGS="+4915112345678"', prompt=">", payload="Hello from SIM800\x1a", prompt_resp=["+CMGS: 12"]),
         T("AT+CNMI=1,2,0,0,0"),
         U('+CMT: "+4915112345678","","26/11/30,18:22:05+04"'), N("Status?"),
         T("AT+CMGR=3", final="+CMS ERROR: 321"), T("AT+CSQ", ["+CSQ: 14,0"])]
    lines = [l.replace("\x1a", "") for l in render_terminal(s)]
    write("arduino_monitor_sim800_sms.log", lines, s, "arduino-serial-monitor", "SIMCom SIM800L")

    # 17 SSCOM, Air780E HTTP
    s = [T("AT"), T("AT+CGATT?", ["+CGATT: 1"]), T('AT+SAPBR=3,1,"CONTYPE","GPRS"'),
         T('AT+SAPBR=3,1,"APN",""'), T("AT+SAPBR=1,1"), T("AT+SAPBR=2,1", ['+SAPBR: 1,1,"10.89.211.54"']),
         T("AT+HTTPINIT"), T('AT+HTTPPARA="CID",1'), T('AT+HTTPPARA="URL","http://api.example.cn/t?id=7"'),
         T("AT+HTTPACTION=0", after=["+HTTPACTION: 0,200,27"]), T("AT+HTTPREAD", ["+HTTPREAD: 27", '{"code":0,"msg":"success"}']),
         T("AT+HTTPTERM")]
    write("sscom_air780e_http.log", render_sscom(s), s, "sscom", "AirM2M Air780E")

    # 18 QCOM timestamped, BG96 MQTT
    s = [T("AT+QMTCFG=\"version\",0,4"), T('AT+QMTOPEN=0,"test.mosquitto.org",1883', after=["+QMTOPEN: 0,0"]),
         T('AT+QMTCONN=0,"bg96-7781"', after=["+QMTCONN: 0,0,0"]),
         T('AT+QMTSUB=0,1,"dev/7781/cmd",1', after=["+QMTSUB: 0,1,0,1"]),
         T('AT+QMTPUBEX=0,1,1,0,"dev/7781/up",11', prompt=">", payload="{\"t\":21.4}", after=["+QMTPUBEX: 0,1,0"]),
         U('+QMTRECV: 0,2,"dev/7781/cmd","reboot"'),
         T("AT+QMTDISC=0", after=["+QMTDISC: 0,0"])]
    write("qcom_bg96_mqtt.log", render_qcom(s), s, "qcom-timestamped", "Quectel BG96")

    # 19 Tera Term timestamped, Cinterion EXS62 socket service
    s = [T("AT^SICS=0,conType,GPRS0"), T('AT^SICS=0,apn,"internet.m2m"'),
         T('AT^SISS=1,srvType,"Socket"'), T("AT^SISS=1,conId,0"),
         T('AT^SISS=1,address,"socktcp://203.0.113.5:5000"'), T("AT^SISO=1", after=["^SISW: 1,1"]),
         T("AT^SISW=1,5", prompt="^SISW: 1,5,0", payload="hello"),
         T("AT^SISC=1"), T("AT^SISO=1", final="+CME ERROR: 4")]
    write("teraterm_exs62_sis.log", render_teraterm(s), s, "teraterm-timestamp", "Cinterion EXS62-W")

    # 20 picocom nRF9160 SLM with echo off part way (later commands invisible)
    s = [T("AT", final="OK"), T("AT+CFUN=1"), T("AT+CEREG?", ["+CEREG: 0,2"]),
         U("+CEREG: 1,\"0A1B\",\"00C3D401\",7"),
         T("AT#XSOCKET=1,1,0", ["#XSOCKET: 0,1,6"]),
         T('AT#XCONNECT="198.51.100.20",4000', ["#XCONNECT: 1"]),
         T("AT#XSEND=\"hello\"", ["#XSEND: 5"]),
         T("ATE0", final="ERROR"),
         T("AT#XRECV=10", ["#XRECV: 5", "world"])]
    lines = ["picocom v3.1", "", "port is        : /dev/ttyACM0", "flowcontrol    : none", "baudrate is    : 115200",
             "Type [C-a] [C-h] to see available commands", "Terminal ready", "Ready"] + render_terminal(s, blank=False)
    write("picocom_nrf9160_slm.log", lines, s, "picocom", "Nordic nRF9160 (SLM)")

    # 21 minicom SIM7080 with ATE0 making later commands invisible, reboot mid-capture
    s = [T("AT+CFUN=0"), T("AT+CNMP=38"), T("AT+CMNB=2"), T("AT+CFUN=1"),
         T("AT+CPSI?", ["+CPSI: NB-IOT,Online,262-01,0x6B0A,27010571,210,EUTRAN-BAND8,3740,0,0,-13,-97,-84,13"]),
         T("AT+CFUN=1,1"), N(""), N("RDY"), N(""), N("+CFUN: 1"), N(""), N("+CPIN: READY"),
         T("ATE0"),
         T("AT+CGATT?", ["+CGATT: 1"], visible=False), T("AT+CNACT=0,1", after=['+APP PDP: 0,ACTIVE'], visible=False)]
    write("minicom_sim7080_reboot_echo_off.log", render_terminal(s), s, "minicom", "SIMCom SIM7080G")

    # 22 screen-like capture, u-blox SARA-R5 with timeouts and retries (cut capture at end)
    s = [N("\x00\x00\xff"), T("AT"), T("AT"),
         T("AT+UMNOPROF?", ["+UMNOPROF: 100"]), T("AT+UMNOPROF=31", final="+CME ERROR: operation not allowed"),
         T("AT+CFUN=0"), T("AT+UMNOPROF=31"), T("AT+CFUN=16"),
         T("AT+CGDCONT?", ['+CGDCONT: 1,"IP","","0.0.0.0",0,0,0,2,0,0,0,0,0,0,0,0']),
         T("AT+COPS=?", final=None)]
    lines = render_terminal(s, blank=False)
    write("screen_sara_r5_retries_cut.log", lines, s, "gnu-screen-capture", "u-blox SARA-R510M8S")

    # 23 Arduino monitor, SIM7000 GNSS
    s = [N("---- Sent utf8 encoded message: \"AT+CGNSPWR=1\\r\\n\" ----"), T("AT+CGNSPWR=1"),
         N("---- Sent utf8 encoded message: \"AT+CGNSINF\\r\\n\" ----"),
         T("AT+CGNSINF", ["+CGNSINF: 1,0,20261130182233.000,,,,0.00,0.0,0,,,,,,0,0,,,,,"]),
         N("---- Sent utf8 encoded message: \"AT+CGNSINF\\r\\n\" ----"),
         T("AT+CGNSINF", ["+CGNSINF: 1,1,20261130182401.000,52.520008,13.404954,41.200,0.19,12.4,1,,1.1,1.4,0.9,,11,7,,,37,,"]),
         N("---- Sent utf8 encoded message: \"AT+CGNSTST=1\\r\\n\" ----"),
         T("AT+CGNSTST=1", after=["$GNGGA,182402.000,5231.2005,N,01324.2972,E,1,07,1.1,41.2,M,0.0,M,,*4F",
                                  "$GNRMC,182402.000,A,5231.2005,N,01324.2972,E,0.19,12.40,301126,,,A*7B"])]
    write("platformio_monitor_sim7000_gnss.log", render_terminal(s), s, "platformio-device-monitor",
          "SIMCom SIM7000G")

    # 24 Quectel file upload: CONNECT as prompt (EG25 QFUPL) + HTTP POST
    s = [T('AT+QFUPL="UFS:cacert.pem",1282,60', prompt="CONNECT", payload="-----BEGIN CERTIFICATE----- ...",
           prompt_resp=["+QFUPL: 1282,3fa7"]),
         T('AT+QHTTPCFG="contextid",1'), T('AT+QHTTPCFG="sslctxid",1'),
         T('AT+QSSLCFG="cacert",1,"UFS:cacert.pem"'),
         T("AT+QHTTPURL=34,80", prompt="CONNECT", payload="https://api.example.com/v1/ingest"),
         T("AT+QHTTPPOST=18,80,80", prompt="CONNECT", payload='{"id":9,"v":3.31}', after=["+QHTTPPOST: 0,201"]),
         T("AT+QHTTPREAD=80", prompt="CONNECT", payload='{"status":"created"}', prompt_resp=[], after=["+QHTTPREAD: 0"])]
    write("minicom_eg25_qfupl_https.log", render_terminal(s), s, "minicom", "Quectel EG25-G")

    # ============ pasted with damage ============
    # 25 markdown quote of a minicom BG95 log, top cut off
    s = [N("+CGDCONT: 1,\"IP\",\"iot.1nce.net\",\"0.0.0.0\",0,0,0"), N(""), N("OK"),
         T("AT+QCFG=\"nwscanmode\",3,1"), T('AT+QCFG="iotopmode",0,1'), T("AT+COPS=0"),
         T("AT+CEREG?", ["+CEREG: 0,2"]), T("AT+CEREG?", ["+CEREG: 0,5"]),
         T("AT+QIOPEN=1,0,\"UDP\",\"203.0.113.77\",5683,0,0", after=["+QIOPEN: 0,566"]),
         T("AT+QIOPEN=1,0,\"UDP\",\"203.0.113.77\",5683,0,0", final="+CME ERROR: 563")]
    lines = ["Here is what I get after power-up (the first lines scrolled away):", ""] + \
        quote(render_terminal(s)) + ["", "Any idea why 566 first and then 563?"]
    write("issue_quote_bg95_cuttop.md", lines, s, "minicom+markdown-quote+cut-top", "Quectel BG95-M3")

    # 26 GitHub issue with code fence, ModemManager journal wrapped at 80 cols
    s = [T("AT+QCFG=\"usbnet\"", ['+QCFG: "usbnet",0']), T("AT+QCFG=\"usbnet\",2"),
         T("AT+CFUN=1,1"), N("[modem0] state changed (connected -> disabled)"),
         T('AT+QNWPREFCFG="mode_pref",LTE:NR5G'), T('AT+QNWPREFCFG="nr5g_band"', ['+QNWPREFCFG: "nr5g_band",1:3:5:7:8:20:28:38:40:41:77:78']),
         T("AT+QENG=\"servingcell\"", final="ERROR")]
    body_ = wrap(render_mm(s, "ttyUSB3", journal="Nov 30 21:07:55 openwrt ModemManager[2788]: "), 80)
    lines = fence(body_, ["**Describe the bug**", "RM520N-GL drops to 'disabled' after switching usbnet, logs below.", ""],
                  ["", "**Version** ModemManager 1.22.0 on OpenWrt 23.05"])
    write("issue_fence_mm_rm520n_wrapped.md", lines, s, "modemmanager-debug+code-fence+wrap80", "Quectel RM520N-GL")

    # 27 e-mail quoting of a Tera Term log (SARA-U201 voice/data), '>> '
    s = [T("ATD+4930123456;", final="NO CARRIER"), T("ATH"),
         T("ATD*99***1#", final="CONNECT"), N("~}#.!}!}!} }8}\"}&} } } } }%}&"),
         N("+++"), N(""), N("OK"), T("ATH"), T("AT+CEER", ['+CEER: "CC setup error",18,"No user responding"'])]
    inner = render_terminal(s)
    lines = ["Hi Support,", "", "see the answer from the field team below.", "",
             "On Fri, Nov 27, 2026 at 9:14 AM Tom Becker wrote:", "> Trace from the unit:", ">"] + \
        quote(quote(inner, "> "), ">") + [">", "> Regards, Tom"]
    write("email_quoted_sara_u201_voice.txt", lines, s, "terminal+email-quote", "u-blox SARA-U201")

    # 28 indented forum paste (4 spaces), CRLF line endings, SIM7070 CAOPEN
    s = [T("AT+CNACT=0,1", after=["+APP PDP: 0,ACTIVE"]), T("AT+CNACT?", ['+CNACT: 0,1,"10.74.12.4"', '+CNACT: 1,0,"0.0.0.0"']),
         T('AT+CAOPEN=0,0,"TCP","io.adafruit.com",1883', ["+CAOPEN: 0,0"]),
         T("AT+CASEND=0,14", prompt=">", payload="\x10\x0c\x00\x04MQTT"),
         U("+CADATAIND: 0"), T("AT+CARECV=0,100", ["+CARECV: 4,\x20\x02\x00\x00"]),
         T("AT+CACLOSE=0"), T("AT+CASEND=0,5", final="ERROR")]
    inner = [l.replace("\x10\x0c\x00\x04", "....").replace("\x20\x02\x00\x00", " ...") for l in render_terminal(s)]
    lines = ["Re: SIM7070G CASEND returns ERROR after close", "", "my log:", ""] + indent(inner) + \
        ["", "thanks in advance"]
    write("forum_indented_crlf_sim7070.txt", lines, s, "terminal+indent+crlf", "SIMCom SIM7070G", nl="\r\n")

    # 29 ANSI colours: ESP-IDF monitor with esp_modem C++ app logs + Zephyr-like? -> Zephyr with colours
    s = [T("AT+CFUN=0"), T("AT%XBANDLOCK=2,\"10000000000000000000\""), T("AT+CFUN=1"),
         T("AT+CEREG?", ["+CEREG: 0,2"]), T("AT+CFUN=0")]
    raw = render_zephyr(s, script="nrf91_slm_chat", ms0=5100)
    col = []
    for l in raw:
        if "<wrn>" in l or "<err>" in l:
            col.append("\x1b[1;33m" + l + "\x1b[0m")
        else:
            col.append("\x1b[0m" + l)
    lines = ["*** Booting nRF Connect SDK v2.6.1 ***"] + col
    write("zephyr_ansi_modem_chat_nrf91.log", lines, s, "zephyr-modem_chat+ansi", "Nordic nRF9160")

    # 30 RT-Thread raw dump pasted with msh prompt, CRLF, top cut (no visible first command)
    s = [N(hexdump_rt("recvline", "+CSQ: 23,99\r\n")[0]), N(hexdump_rt("recvline", "OK\r\n")[0]),
         T("AT+CGATT?", ["+CGATT: 1"]), T("AT+MIPCALL=1", [], after=["+MIPCALL: 10.21.7.91"]),
         T('AT+MIPOPEN=1,0,"www.rt-thread.org",80,0', final="+CME ERROR: 3"),
         T("AT+MIPCLOSE=1", final=None)]
    lines = render_rtthread(s) + ["msh />"]
    write("rtthread_raw_cuttop_crlf_me3630.log", lines, s, "rt-thread-at_client-raw+crlf+cut-top", "ZTE ME3630", nl="\r\n")

    # 31 Slack/issue paste of SSCOM capture inside code fence with Chinese text around (Neoway N58)
    s = [T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", ["+CSQ: 31,99"]),
         T("AT+CREG?", ["+CREG: 0,1"]), T("AT+XIIC=1"), T("AT+XIIC?", ["+XIIC:    1, 10.132.4.18"]),
         T('AT+TCPSETUP=0,203.0.113.9,9000', ["+TCPSETUP: 0,OK"]),
         T("AT+TCPSEND=0,4", prompt=">", payload="ABCD", prompt_resp=["+TCPSEND: 0,4"]),
         U("+TCPRECV: 0,2,OK"), T("AT+TCPCLOSE=0", ["+TCPCLOSE: 0,OK"])]
    lines = fence(render_sscom(s, t0=(9, 1, 2, 10)), ["N58 模块 TCP 发送后收不到数据，串口日志如下：", ""],
                  ["", "请问是哪里配置有问题？"])
    write("issue_fence_sscom_n58.md", lines, s, "sscom+code-fence", "Neoway N58")

    # 32 terminal capture wrapped by a narrow terminal (60 cols) - MeiG SLM320 long CGDCONT / HTTP
    s = [T('AT+CGDCONT=1,"IPV4V6","cmnbiot.mnc004.mcc460.gprs"'),
         T("AT+CGDCONT?", ['+CGDCONT: 1,"IPV4V6","cmnbiot.mnc004.mcc460.gprs","0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0",0,0,0,0']),
         T('AT+HTTPSET="URL","http://example.org/api/device/telemetry?sn=SLM320A0001&fw=1.2"'),
         T("AT+HTTPACT=0,60", final="+CME ERROR: 551")]
    lines = wrap(render_terminal(s), 60)
    write("terminal_wrap60_meig_slm320.log", lines, s, "terminal+wrap60", "MeiG SLM320")


    # 33 Particle Gen 3 ncp.at trace, Boron (SARA-R510S) with unanswered AT at power-up
    s = [N("[hal] TRACE: Powering modem on"), N("[hal] TRACE: Modem powered on"),
         T("AT", final=None), T("AT", final=None), T("AT", final=None), T("AT"),
         T("AT+CMEE=2"), T("AT+CGMR", ["03.15"]), T("AT+UMNOPROF?", ["+UMNOPROF: 90"]),
         T("AT+CCID", ["+CCID: 89014103271234567890"]), T("AT+CIMI", ["310410140777524"]),
         T('AT+CGDCONT=1,"IP","10569.mcs"'), T("AT+CEREG=2"), T("AT+COPS=0"),
         T("AT+CEREG?", ['+CEREG: 2,2,"2CF7","8AFFF6F",7']),
         U('+CEREG: 5,"2CF7","8AFFF6F",7'), N("[system.nm] INFO: State changed: IFACE_UP -> IFACE_LINK_UP"),
         T("AT+UPSD=0,100,1", final="+CME ERROR: operation not allowed"),
         T("AT+CGACT?", ["+CGACT: 1,1"]),
         T("ATD*99***1#", final="CONNECT"), N("[net.ppp.client] TRACE: State CONNECTING -> CONNECTED")]
    lines = render_particle3(s)
    write("particle_gen3_ncpat_boron.log", lines, s, "particle-deviceos-ncp.at-trace", "u-blox SARA-R510S (Particle Boron)")

    # 34 Particle Gen 2 MDMParser debug, Electron (SARA-U260) socket with @ prompt
    s = [N("[ Modem::init ] = = = = = = = = = = = = = = ="), T("AT"), T("ATE0"), T("AT+CMEE=2"),
         T("AT+CSQ", ["+CSQ: 17,99"]),
         T("AT+USOCR=17", ["+USOCR: 1"]),
         T('AT+USOST=1,"54.86.198.203",5684,6', prompt="@", payload="\x17\xfe\xfd\x00\x01\x00", prompt_resp=["+USOST: 1,6"]),
         U("+UUSORF: 1,38"),
         T("AT+USORF=1,1024", ['+USORF: 1,"54.86.198.203",5684,38,"....."']),
         T("AT+USOCL=1"), T("AT+CGATT?", ["+CGATT: 0"]), T("AT+CGATT=1", final=None)]
    write("particle_gen2_mdmparser_electron.log", render_particle2(s), s, "particle-gen2-mdmparser",
          "u-blox SARA-U260 (Particle Electron)")

    # 35 Particle Gen 3 trace pasted in a community post with a code fence, BG95 on M-SoM
    s = [T("AT+QCFG=\"band\"", ['+QCFG: "band",0xf,0x100002000000000f0e189f,0x10004200000000090e189f,0x7']),
         T("AT+QCFG=\"iotopmode\"", ['+QCFG: "iotopmode",2']),
         T("AT+CEREG?", ["+CEREG: 2,0"]), T("AT+CSQ", ["+CSQ: 99,99"]),
         T("AT+COPS=?", final=None),
         T("AT+CFUN=0", final="OK"), T("AT+CFUN=1", final="OK")]
    lines = fence(render_particle3(s, ms0=307900), ["Serial monitor opened successfully:", ""],
                  ["", "It hangs on COPS=? for 3 minutes then resets the modem. Any ideas?"])
    write("community_fence_particle_bg95.md", lines, s, "particle-deviceos-ncp.at-trace+code-fence",
          "Quectel BG95-M5 (Particle M-SoM)")

    # ============ negatives ============
    neg = ["#!/bin/sh", "# /etc/chatscripts/gprs -- run by pppd", "ABORT BUSY", "ABORT VOICE",
           "ABORT \"NO CARRIER\"", "ABORT \"NO DIALTONE\"", "ABORT \"NO DIAL TONE\"", "ABORT ERROR",
           "TIMEOUT 12", "\"\" ATZ", "OK AT+CFUN=1", "OK ATE0", "OK AT+CGDCONT=1,\"IP\",\"\\T\",,0,0",
           "OK ATD*99#", "TIMEOUT 22", "CONNECT \"\""]
    write("neg_chatscript_gprs.txt", neg, None, "negative-chat-script", "generic")

    neg = ["  -----------------------------", "  General  |                path: /org/freedesktop/ModemManager1/Modem/0",
           "           |           device id: 6d1c0b2a5e2c3f84ae2b9e1d7c0f6a3b4e5d6c7b",
           "  -----------------------------", "  Hardware |        manufacturer: Quectel",
           "           |               model: EC25", "           |   firmware revision: EC25EFAR06A11M4G",
           "           |           supported: gsm-umts, lte", "           |        equipment id: 867123045678901",
           "  -----------------------------", "  System   |              device: /sys/devices/platform/soc/3f980000.usb/usb1/1-1/1-1.3",
           "           |             drivers: option, qmi_wwan", "           |               ports: cdc-wdm0 (qmi), ttyUSB0 (ignored), ttyUSB1 (gps),",
           "           |                      ttyUSB2 (at), ttyUSB3 (at), wwan0 (net)",
           "  -----------------------------", "  Status   |                lock: sim-pin2",
           "           |      unlock retries: sim-pin (3), sim-puk (10), sim-pin2 (3), sim-puk2 (10)",
           "           |               state: failed", "           |       failed reason: sim-missing",
           "           |         power state: on", "           |      signal quality: 0% (cached)"]
    write("neg_mmcli_status.txt", neg, None, "negative-mmcli", "Quectel EC25")

    neg = ["3.2.12. AT+CSQ  Signal Quality Report", "",
           "Test Command     AT+CSQ=?     Response  +CSQ: (list of supported <rssi>s),(list of supported <ber>s)",
           "                                        OK", "Execution Command AT+CSQ     Response  +CSQ: <rssi>,<ber>",
           "                                        OK", "                                        If there is any error:",
           "                                        +CME ERROR: <err>", "Maximum Response Time  300 ms", "",
           "Parameter", "<rssi>  0       -113 dBm or less", "        1       -111 dBm", "        2...30  -109... -53 dBm",
           "        31      -51 dBm or greater", "        99      Not known or not detectable", "",
           "Example", "", "AT+CSQ", "+CSQ: 28,0", "", "OK"]
    write("neg_manual_excerpt_csq.txt", neg, None, "negative-manual-excerpt", "Quectel (manual)",
          )

    neg = ["$GPGSV,3,1,11,02,41,277,38,05,11,040,27,06,24,315,30,12,68,112,42*7C",
           "$GPGSV,3,2,11,15,05,187,,17,15,072,33,19,49,071,41,24,32,140,36*71",
           "$GPRMC,101535.00,A,4807.0382,N,01131.0001,E,0.019,,011226,,,A*7C",
           "$GPGGA,101535.00,4807.0382,N,01131.0001,E,1,09,0.92,519.4,M,46.9,M,,*5B",
           "$GPGSA,A,3,02,05,06,12,17,19,24,25,,,,,1.61,0.92,1.32*0A",
           "$GPVTG,,T,,M,0.019,N,0.036,K,A*2B", "$GPRMC,101536.00,A,4807.0382,N,01131.0002,E,0.011,,011226,,,A*7E",
           "$GPGGA,101536.00,4807.0382,N,01131.0002,E,1,09,0.92,519.3,M,46.9,M,,*5E"]
    write("neg_nmea_ttyUSB1.log", neg, None, "negative-nmea-stream", "Quectel EC25 (GPS port)")

    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    tot = sum(v["total"] for v in LABELS.values())
    print("%d logs, %d transactions, %d negatives" % (len(LABELS), tot,
                                                      sum(1 for v in LABELS.values() if not v["has_transactions"])))


if __name__ == "__main__":
    main()
