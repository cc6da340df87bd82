#!/usr/bin/env python3
"""Write holdout9 logs/ and labels.json deterministically.

Every log is described once as a session: a list of T (command -> reply -> final), U (URC) and
N (a line the host / library / user prints verbatim) items. A renderer per shape turns the session
into the text that tool prints (format learnt from the public source named in SOURCES.md); the
labels come from the same session, so labels and log cannot drift apart.

Labelling conventions (as a modem engineer reads the log):
  * one label per command whose sending is visible (written, or echoed); a command typed while
    echo is off in a plain terminal is NOT visible and carries vis=False (no label);
  * final = the result code that ends the command as the module printed it; None when the log
    shows none (timeout, capture cut);
  * after a prompt (`>` / `> ` / CONNECT for file input) the payload is data, not a command, and
    the final is what ends the command after the payload (OK for SIM7600 CIPSEND / CMGS /
    QHTTPURL, SEND OK for SIM800 CIPSEND and Quectel QISEND whose manuals list no other result);
  * ATD*99# / ATD*99***1# ending in CONNECT: final CONNECT (with its rate when printed).
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")


class T:
    def __init__(self, cmd, resp=(), final="OK", prompt=None, payload=None, after=(), mid=(),
                 partial=(), cut=False, vis=True, echo_payload=True, gap=0):
        self.cmd = cmd
        self.resp = list(resp)        # information lines (after the prompt payload when prompt)
        self.final = final            # None: no final shown
        self.prompt = prompt          # "> " SMS / ">" socket / "CONNECT" file input / "@" u-blox
        self.payload = payload
        self.after = list(after)      # URCs that arrive after the final
        self.mid = list(mid)          # URCs that arrive between the command and its reply
        self.partial = list(partial)  # lines seen before a timeout
        self.cut = cut                # the capture ends during this command
        self.vis = vis                # the command text is visible in the log
        self.echo_payload = echo_payload
        self.gap = gap                # extra ms before the reply (for timestamps)


class U:
    def __init__(self, line):
        self.line = line


class N:
    def __init__(self, text):
        self.text = text


def labels_of(items):
    return [{"command": it.cmd, "final": it.final} for it in items if isinstance(it, T) and it.vis]


def is_echo_toggle(it):
    c = it.cmd.upper().replace(" ", "")
    if it.final != "OK":
        return None
    if c in ("ATE0", "ATE", "AT&FE0", "ATZE0", "AT&FZE0") or c.endswith("E0") and c.startswith("AT&F"):
        return False
    if c in ("ATE1", "AT&F", "ATZ", "AT&FZ"):
        return True
    return None


# --------------------------------------------------------------------------------------------
# The modem side: V.250 bytes for one transaction
# --------------------------------------------------------------------------------------------

def line_bytes(l):
    return "\r\n" + l + "\r\n"


def modem_bytes(it, echo, host=False, nl="\r"):
    """Bytes on the wire for one transaction: host= include what the host wrote (StreamDebugger,
    local echo); echo= the module echoes the command."""
    s = ""
    if host:
        s += it.cmd + nl
    if echo:
        s += it.cmd + "\r"
    if it.cut and it.final is None and not it.partial and not it.resp:
        return s
    for u in it.mid:
        s += line_bytes(u)
    if it.prompt:
        if it.prompt == "CONNECT":
            s += line_bytes("CONNECT")
        else:
            s += "\r\n" + it.prompt
        if it.payload is not None:
            if host:
                s += it.payload
            elif echo and it.echo_payload:
                s += it.payload.replace("\x1a", "")
    if it.resp:
        s += "\r\n" + "\r\n".join(it.resp) + "\r\n"
    if it.final is None:
        if it.partial:
            s += "\r\n" + "\r\n".join(it.partial) + "\r\n"
        return s
    s += line_bytes(it.final)
    for u in it.after:
        s += line_bytes(u)
    return s


def session_bytes(items, echo=True, host=False, nl="\r", note_fmt="{}\r\n"):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(note_fmt.format(it.text))
        elif isinstance(it, U):
            out.append(line_bytes(it.line))
        else:
            out.append(modem_bytes(it, echo, host=host, nl=nl))
            if it.cut:
                break
            t = is_echo_toggle(it)
            if t is not None:
                echo = t
    return "".join(out)


def term_lines(raw):
    """What a terminal shows: CR returns to column 0 (dropped), LF ends the line."""
    return [x.replace("\r", "") for x in raw.split("\n")]


def reply_lines(it):
    """Non-empty lines the module sends for it (no echo), in order, final included."""
    r = list(it.mid)
    if it.prompt:
        r.append(it.prompt.strip() or ">")
    r += it.resp
    if it.final is None:
        r += it.partial
    else:
        r.append(it.final)
        r += it.after
    return r


def vis_cr(s):
    return s.replace("\r", "<CR>").replace("\n", "<LF>")


# --------------------------------------------------------------------------------------------
# Host-library renderers
# --------------------------------------------------------------------------------------------

def render_tinygsm(items, echo=True, t0=1200):
    """TinyGSM + StreamDebugger: everything written (cmd + GSM_NL "\\r\\n") and read is dumped
    to Serial; DBG() lines are '[millis] ### ...'."""
    t = t0
    out = []
    for it in items:
        t += 13
        if isinstance(it, N):
            out.append(it.text.replace("{t}", str(t)))
            continue
        if isinstance(it, U):
            out.append("")
            out.append(it.line)
            continue
        raw = modem_bytes(it, echo, host=True, nl="\r\n")
        out.extend(term_lines(raw)[:-1] if raw.endswith("\n") else term_lines(raw))
        if it.cut:
            break
        tg = is_echo_toggle(it)
        if tg is not None:
            echo = tg
    return out


def render_mm(items, prefix, t0, dev="ttyUSB2", style="new", crlf_cmd=False):
    """ModemManager mm-port-serial-at debug: --> 'CMD<CR>' and <-- '<CR><LF>...<CR><LF>' with
    the whole reply (echo included while echo is on) in one line."""
    out = []
    t = t0
    tag = "<dbg>" if style == "new" else "<debug>"
    where = "[modem0/%s/at]" % dev if style == "new" else "(%s):" % dev
    echo = False
    for it in items:
        t += 0.0137
        if isinstance(it, N):
            out.append(prefix(t) + it.text.replace("{ts}", "%.6f" % t))
            continue
        if isinstance(it, U):
            out.append(prefix(t) + "%s [%.6f] %s <-- '%s'" % (tag, t, where, vis_cr(line_bytes(it.line))))
            continue
        out.append(prefix(t) + "%s [%.6f] %s --> '%s'" % (tag, t, where, vis_cr(it.cmd + ("\r\n" if crlf_cmd else "\r"))))
        t += 0.021 + it.gap / 1000.0
        if it.final is None:
            if it.partial:
                out.append(prefix(t) + "%s [%.6f] %s <-- '%s'" % (tag, t, where, vis_cr("".join(line_bytes(p) for p in it.partial))))
            t += 3.0
            out.append(prefix(t) + "%s [%.6f] %s" % (tag, t, "[modem0] couldn't run command: Serial command timed out" if style == "new" else "Serial command timed out"))
            continue
        body = modem_bytes(it, echo)
        if it.after:
            # the URCs come as their own read
            tail = "".join(line_bytes(u) for u in it.after)
            body = body[:len(body) - len(tail)]
        out.append(prefix(t) + "%s [%.6f] %s <-- '%s'" % (tag, t, where, vis_cr(body)))
        for u in it.after:
            t += 0.5
            out.append(prefix(t) + "%s [%.6f] %s <-- '%s'" % (tag, t, where, vis_cr(line_bytes(u))))
        tg = is_echo_toggle(it)
        if tg is not None:
            echo = tg
    return out


def chat_escape(s):
    return s.replace("\r", "^M").replace("\n", "")


def render_chat(items, prefix, expect_of=None):
    """pppd chat -v: send (CMD^M), expect (X), the echoed chars up to the match, ' -- got it'."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(prefix() + it.text)
            continue
        if isinstance(it, U):
            continue
        exp = (expect_of or {}).get(it.cmd, "CONNECT" if it.cmd.upper().startswith("ATD") else "OK")
        out.append(prefix() + "send (%s^M)" % it.cmd)
        out.append(prefix() + "expect (%s)" % exp)
        if it.final is None:
            out.append(prefix() + it.cmd + "^M^M")
            for p in it.partial:
                out.append(prefix() + p + "^M")
            out.append(prefix() + "alarm")
            out.append(prefix() + "Failed")
            break
        out.append(prefix() + it.cmd + "^M^M")
        for r in it.resp:
            out.append(prefix() + r + "^M")   # each LF starts the next logged line
        if it.resp:
            out.append(prefix() + "^M")
        if it.final == exp:
            out.append(prefix() + it.final)
            out.append(prefix() + " -- got it")
            out.append(prefix() + "")
        else:
            out.append(prefix() + it.final)
            out.append(prefix() + " -- failed")
            out.append(prefix() + "Failed (%s)" % it.final)
            break
    return out


def gammu_hex(data):
    rows = []
    for i in range(0, len(data), 16):
        chunk = data[i:i + 16]
        hx = "|".join("%02X%s" % (ord(c), c if 32 <= ord(c) < 127 else " ") for c in chunk)
        asc = "".join(c if 32 <= ord(c) < 127 else "." for c in chunk)
        rows.append(hx.ljust(64) + asc.ljust(16))
    return rows


def render_gammu(items, prefix, echo=True):
    """gammu debug (debug level textall): SENDING frametype + hex/char dump, RECEIVED frametype,
    the numbered reply lines, 'Checking line: ...', 'AT reply state: n'."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(prefix() + it.text)
            continue
        if isinstance(it, U):
            continue
        sent = it.cmd + "\r"
        out.append(prefix() + "SENDING frametype 0x00/length 0x%02X/%d" % (len(sent), len(sent)))
        out.extend(prefix() + r for r in gammu_hex(sent))
        if it.final is None:
            out.append(prefix() + "No response in time")
            continue
        if it.prompt:
            got = modem_bytes(T(it.cmd, final=None, prompt=it.prompt), echo)
            out.append(prefix() + "RECEIVED frametype 0x00/length 0x%02X/%d" % (len(got), len(got)))
            out.extend(prefix() + r for r in gammu_hex(got))
            body = it.payload + "\x1a"
            out.append(prefix() + "SENDING frametype 0x00/length 0x%02X/%d" % (len(body), len(body)))
            out.extend(prefix() + r for r in gammu_hex(body))
        got = modem_bytes(T(it.cmd, it.resp, it.final), echo and not it.prompt)
        out.append(prefix() + "RECEIVED frametype 0x00/length 0x%02X/%d" % (len(got), len(got)))
        out.extend(prefix() + r for r in gammu_hex(got))
        lines = ([it.cmd] if echo and not it.prompt else []) + it.resp + [it.final]
        for i, l in enumerate(lines):
            out.append(prefix() + '%d "%s"' % (i + 1, l))
        out.append(prefix() + "Checking line: %s" % it.final)
        out.append(prefix() + "AT reply state: %d" % (1 if it.final == "OK" else 3 if it.final.startswith("+CME") else 4 if it.final.startswith("+CMS") else 2))
        tg = is_echo_toggle(it)
        if tg is not None:
            echo = tg
    return out


def mbed_vis(s):
    return s.replace("\r", "<cr>").replace("\n", "<ln>")


def render_mbed(items, echo=False, split=2):
    """mbed-os ATHandler::debug_print via mbed-trace: '[INFO][CELL]: AT TX (%2d): ...' for the
    command and the <cr> delimiter, 'AT RX (%2d): ...' for each buffer fill."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            b = line_bytes(it.line)
            out.append("[INFO][CELL]: AT RX (%2d): %s" % (len(b), mbed_vis(b)))
            continue
        out.append("[INFO][CELL]: AT TX (%2d): %s" % (len(it.cmd), it.cmd))
        out.append("[INFO][CELL]: AT TX ( 1): <cr>")
        if it.prompt:
            b = ("" if not echo else it.cmd + "\r") + "\r\n" + it.prompt
            out.append("[INFO][CELL]: AT RX (%2d): %s" % (len(b), mbed_vis(b)))
            out.append("[INFO][CELL]: AT TX (%2d): %s" % (len(it.payload), mbed_vis(it.payload)))
            rest = "".join(line_bytes(r) for r in it.resp) + line_bytes(it.final)
            out.append("[INFO][CELL]: AT RX (%2d): %s" % (len(rest), mbed_vis(rest)))
            continue
        b = modem_bytes(it, echo)
        if it.final is None:
            if it.partial:
                out.append("[INFO][CELL]: AT RX (%2d): %s" % (len(b), mbed_vis(b)))
            out.append("[ERR ][CELL]: AT response wait time exceeded")
            continue
        n = len(b)
        cuts = [0] + ([n // 2] if split > 1 and n > 24 else []) + [n]
        for a, z in zip(cuts, cuts[1:]):
            out.append("[INFO][CELL]: AT RX (%2d): %s" % (z - a, mbed_vis(b[a:z])))
        tg = is_echo_toggle(it)
        if tg is not None:
            echo = tg
    return out


def zts(ms):
    return "[%02d:%02d:%02d.%03d,%03d]" % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, ms % 1000, 0)


def render_zephyr(items, script, t0=3000, ansi=False, known=("OK", "ERROR", "+CME ERROR")):
    """Zephyr modem_chat: 'sending: CMD' (modem_chat_script_next), received lines through
    modem_chat_log_received_command (matched: argv joined with spaces) or
    modem_chat_on_unknown_command_received (unmatched, verbatim)."""
    out = []
    t = t0
    step = 0
    col_w = "\x1b[1;33m" if ansi else ""
    col_e = "\x1b[1;31m" if ansi else ""
    end = "\x1b[0m" if ansi else ""

    def dbg(fn, msg):
        out.append("%s <dbg> modem_chat: %s: %s" % (zts(t), fn, msg))

    for it in items:
        t += 7
        if isinstance(it, N):
            if it.text.startswith("SCRIPT "):
                script = it.text[7:]
                step = 0
                dbg("modem_chat_script_start", "running script: %s" % script)
            elif it.text == "COMPLETE":
                dbg("modem_chat_script_stop", "%s: complete" % script)
            elif it.text == "TIMEOUT":
                out.append("%s%s <wrn> modem_chat: modem_chat_script_stop: %s: timed out%s" % (col_w, zts(t), script, end))
            elif it.text == "ABORT":
                out.append("%s%s <wrn> modem_chat: modem_chat_script_stop: %s: aborted%s" % (col_w, zts(t), script, end))
            elif it.text.startswith("ERR "):
                out.append("%s%s <err> %s%s" % (col_e, zts(t), it.text[4:], end))
            else:
                out.append("%s %s" % (zts(t), it.text) if not it.text.startswith("RAW:") else it.text[4:])
            continue
        if isinstance(it, U):
            dbg("modem_chat_log_received_command", it.line.replace(":", ": ", 1) if ":" in it.line else it.line)
            continue
        dbg("modem_chat_script_next", "%s: step: %d" % (script, step))
        step += 1
        dbg("modem_chat_script_next", "sending: %s" % it.cmd)
        t += 30 + it.gap
        for r in reply_lines(it):
            if r.startswith(known) or r in ("OK", "ERROR"):
                m = re.match(r"^(\+[A-Z ]+: ?)(.*)$", r)
                if m:
                    dbg("modem_chat_log_received_command", m.group(1) + " " + " ".join(m.group(2).split(",")))
                else:
                    dbg("modem_chat_log_received_command", r)
            elif r.startswith("+"):
                m = re.match(r"^(\+[A-Z0-9]+: ?)(.*)$", r)
                if m:
                    dbg("modem_chat_log_received_command", m.group(1) + " " + " ".join(m.group(2).split(",")))
                else:
                    dbg("modem_chat_on_unknown_command_received", r)
            else:
                dbg("modem_chat_on_unknown_command_received", r)
            t += 3
    return out


def render_esp_modem_v1(items, t0=3400, echo=False, color=False):
    """esp_modem 1.x command_lib: 'D (ms) command_lib: generic_command command CMD\\r' (so an
    empty line follows) and 'D (ms) command_lib: Response: <raw reply>' (its CR LF kept)."""
    out = []
    t = t0
    G, Y, R, E = ("\x1b[0;32m", "\x1b[0;33m", "\x1b[0;31m", "\x1b[0m") if color else ("", "", "", "")
    for it in items:
        t += 11
        if isinstance(it, N):
            tx = it.text.replace("{t}", str(t))
            if tx.startswith("I ("):
                out.append(G + tx + E)
            elif tx.startswith("W ("):
                out.append(Y + tx + E)
            elif tx.startswith("E ("):
                out.append(R + tx + E)
            else:
                out.append(tx)
            continue
        if isinstance(it, U):
            continue
        out.append("V (%d) command_lib: generic_command_common" % t)
        out.append("V (%d) command_lib: generic_command" % t)
        out.append("D (%d) command_lib: generic_command command %s" % (t, it.cmd))
        out.append("")
        t += 60 + it.gap
        if it.final is None:
            t += 500
            continue
        raw = modem_bytes(T(it.cmd, it.resp, it.final, mid=it.mid), echo)
        body = term_lines(raw)
        out.append("D (%d) command_lib: Response: %s" % (t, body[0]))
        out.extend(body[1:])
        tg = is_echo_toggle(it)
        if tg is not None:
            echo = tg
    return out


def esp_hexdump(addr, data):
    rows = []
    for i in range(0, len(data), 16):
        chunk = data[i:i + 16]
        hx = " ".join("%02x" % ord(c) for c in chunk[:8])
        if len(chunk) > 8:
            hx += "  " + " ".join("%02x" % ord(c) for c in chunk[8:])
        asc = "".join(c if 32 <= ord(c) < 127 else "." for c in chunk)
        rows.append("0x%08x   %-49s |%s|" % (addr + i, hx, asc))
    return rows


def render_esp_modem_v0(items, t0=900, echo=True):
    """esp_modem 0.x (esp-idf examples/protocols/pppos_client): 'D (ms) esp-modem: writing:' /
    'reading:' followed by ESP_LOG_BUFFER_HEXDUMP rows, then the dce_service result line."""
    out = []
    t = t0
    for it in items:
        t += 10
        if isinstance(it, N):
            out.append(it.text.replace("{t}", str(t)))
            continue
        if isinstance(it, U):
            continue
        out.append("D (%d) esp-modem: writing:" % t)
        for r in esp_hexdump(0x3f404a04 + 16 * (len(out) % 7), it.cmd + "\r"):
            out.append("D (%d) esp-modem: %s" % (t, r))
        if it.final is None:
            t += 1000
            continue
        raw = modem_bytes(T(it.cmd, it.resp, it.final), echo)
        # the driver reads line by line
        pieces = re.findall(r"[^\n]*\n|[^\n]+$", raw)
        for p in pieces:
            t += 50
            out.append("D (%d) esp-modem: reading:" % t)
            for r in esp_hexdump(0x3ffb9be4, p):
                out.append("D (%d) esp-modem: %s" % (t, r))
        tg = is_echo_toggle(it)
        if tg is not None:
            echo = tg
    return out


def ubx_text(items, echo=False):
    """Build the ubxlib console text: modem traffic through printAt, notes verbatim."""
    chunks = []
    for it in items:
        if isinstance(it, N):
            chunks.append(("note", it.text))
        elif isinstance(it, U):
            chunks.append(("at", line_bytes(it.line)))
        else:
            w = it.cmd + "\r"
            if it.prompt:
                w += "\r\n" + it.prompt + it.payload + "".join(line_bytes(r) for r in it.resp) + line_bytes(it.final)
                chunks.append(("at", w))
                continue
            if echo:
                w += it.cmd + "\r"
            if it.final is None:
                w += "".join(line_bytes(p) for p in it.partial)
                chunks.append(("at", w))
                chunks.append(("note", "U_AT_CLIENT_0-0: timeout."))
                continue
            w += modem_bytes(T(it.cmd, it.resp, it.final, mid=it.mid, after=it.after), False)
            chunks.append(("at", w))
            tg = is_echo_toggle(it)
            if tg is not None:
                echo = tg
    s = ""
    for kind, txt in chunks:
        if kind == "note":
            if s and not s.endswith("\n"):
                s += "\n"
            s += txt + "\n"
        else:
            s += txt.replace("\n", "").replace("\r", "\n")
    return s.split("\n")


def render_particle3(items, t0=3200, echo=False):
    """Particle Device OS gen3 ncp.at trace: '%010u [ncp.at] TRACE: > CMD' and '< line' per
    line received (empty lines skipped)."""
    out = []
    t = t0
    for it in items:
        t += 9
        if isinstance(it, N):
            out.append("%010d %s" % (t, it.text))
            continue
        if isinstance(it, U):
            out.append("%010d [ncp.at] TRACE: < %s" % (t, it.line))
            continue
        out.append("%010d [ncp.at] TRACE: > %s" % (t, it.cmd))
        t += 40 + it.gap + (1000 if it.final is None else 0)
        if it.prompt:
            out.append("%010d [ncp.at] TRACE: < %s" % (t, it.prompt.strip()))
            t += 5
        for r in (it.mid + it.resp + ([it.final] if it.final else it.partial) + it.after):
            out.append("%010d [ncp.at] TRACE: < %s" % (t, r))
            t += 1
    return out


def particle2_type(l):
    if l == "OK":
        return "OK "
    if l == "ERROR" or l.startswith("+CME ERROR") or l.startswith("+CMS ERROR"):
        return "ERR"
    if l.startswith("+"):
        return "+  "
    if l.startswith(">") or l.startswith("@"):
        return ">  "
    if l == "NO CARRIER":
        return "NOC"
    if l.startswith("CONNECT"):
        return "CON"
    return "UNK"


def render_particle2(items, t0=8.2, echo=False):
    """Particle Electron (gen2) MDMParser dumps: '%10.3f AT send %4d "CMD\\r\\n"' and
    '%10.3f AT read %s %4d "<line with escapes>"' per line classified."""
    out = []
    t = t0

    def esc(s):
        return s.replace("\r", "\\r").replace("\n", "\\n").replace('"', '\\"')

    for it in items:
        t += 0.011
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            b = line_bytes(it.line)
            out.append('%10.3f AT read %s %4d "%s"' % (t, particle2_type(it.line), len(b), esc(b)))
            continue
        w = it.cmd + "\r\n"
        out.append('%10.3f AT send %4d "%s"' % (t, len(w), esc(w)))
        t += 0.04 + it.gap / 1000.0 + (1.0 if it.final is None else 0)
        if echo:
            b = it.cmd + "\r\n"
            out.append('%10.3f AT read UNK %4d "%s"' % (t, len(b), esc(b)))
        if it.prompt:
            b = "\r\n" + it.prompt
            out.append('%10.3f AT read %s %4d "%s"' % (t, particle2_type(it.prompt), len(b), esc(b)))
            w = it.payload
            out.append('%10.3f AT send %4d "%s"' % (t, len(w), esc(w)))
        for r in it.mid + it.resp + ([it.final] if it.final else it.partial) + it.after:
            b = line_bytes(r)
            out.append('%10.3f AT read %s %4d "%s"' % (t, particle2_type(r), len(b), esc(b)))
            t += 0.002
        tg = is_echo_toggle(it)
        if tg is not None:
            echo = tg
    return out


def render_linkmon(items, base, echo=False):
    """nRF Connect LTE Link Monitor log: ISO time + level + 'modem >> CMD' / 'modem << line'."""
    out = []
    t = base

    def ts(x):
        return "2024-03-14T%02d:%02d:%06.3fZ" % (x // 3600, x // 60 % 60, x % 60)

    for it in items:
        t += 0.117
        if isinstance(it, N):
            out.append("%s %s" % (ts(t), it.text))
            continue
        if isinstance(it, U):
            out.append("%s DEBUG modem << %s" % (ts(t), it.line))
            continue
        out.append("%s DEBUG modem >> %s" % (ts(t), it.cmd))
        t += 0.05 + it.gap / 1000.0
        for r in reply_lines(it):
            out.append("%s DEBUG modem << %s" % (ts(t), r))
            t += 0.001
        if it.final is None:
            out.append("%s ERROR Error: 'AT command timeout' (%s)" % (ts(t + 30), it.cmd))
    return out


def render_pyserial(items, echo=True):
    """A user's pyserial script: print('>>', cmd); print(ser.readlines()) - the list of bytes
    lines, with their CR LF, as Python prints it."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append(repr([line_bytes(it.line).encode()[2:]]))
            continue
        out.append(">> " + it.cmd)
        raw = modem_bytes(it, echo)
        parts = re.findall(r"[^\n]*\n|[^\n]+$", raw)
        out.append(repr([p.encode() for p in parts]))
        tg = is_echo_toggle(it)
        if tg is not None:
            echo = tg
    return out


def render_warthog(items, clock, echo=False, hexread=False):
    """warthog618/modem trace: log.LstdFlags + 'w: %s' of what is written and 'r: %s' of each
    read chunk (CR LF inside, so a read spans several printed lines)."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(clock() + " " + it.text)
            continue
        if isinstance(it, U):
            out.extend((clock() + " r: " + line_bytes(it.line)).replace("\r", "").split("\n")[:-1])
            continue
        w = it.cmd + "\r\n"
        out.extend((clock() + " w: " + w).replace("\r", "").split("\n")[:-1])
        if it.prompt:
            out.extend((clock() + " r: " + "\r\n" + it.prompt).replace("\r", "").split("\n"))
            out.extend((clock() + " w: " + it.payload + "\x1a").replace("\r", "").split("\n"))
            rest = "".join(line_bytes(r) for r in it.resp) + line_bytes(it.final)
            out.extend((clock() + " r: " + rest).replace("\r", "").split("\n")[:-1])
            continue
        raw = modem_bytes(it, echo)
        if not raw:
            continue
        if hexread:
            out.append(clock() + " r: " + str(list(raw.encode())))
            continue
        k = len(raw) // 2 if len(raw) > 30 else len(raw)
        for chunk in (raw[:k], raw[k:]):
            if chunk:
                lines = (clock() + " r: " + chunk).replace("\r", "").split("\n")
                if lines[-1] == "":
                    lines = lines[:-1]
                out.extend(lines)
        tg = is_echo_toggle(it)
        if tg is not None:
            echo = tg
    return out


def render_sketch(items, sent="Sent: ", recv="Reply: ", echo=True, joined=True):
    """An Arduino sketch printing its own prefixes: Serial.print("Sent: "); ... and the whole
    reply string read with readString() printed after 'Reply: ' (its CR LF kept)."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append(recv + line_bytes(it.line).strip())
            continue
        out.append(sent + it.cmd)
        raw = modem_bytes(it, echo)
        if not raw.strip():
            out.append(recv)
            continue
        lines = term_lines(raw)
        if lines and lines[-1] == "":
            lines = lines[:-1]
        out.append(recv + lines[0])
        out.extend(lines[1:])
        tg = is_echo_toggle(it)
        if tg is not None:
            echo = tg
    return out


# --------------------------------------------------------------------------------------------
# Terminal renderers
# --------------------------------------------------------------------------------------------

def terminal(items, echo=True, local_echo=False):
    raw = session_bytes(items, echo=echo, host=local_echo, nl="\r\n")
    lines = term_lines(raw)
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def render_arduino_ts(items, clock, echo=True):
    """Arduino IDE serial monitor with 'Show timestamp': 'HH:MM:SS.mmm -> ' on every line."""
    return ["%s -> %s" % (clock(), l) for l in terminal(items, echo=echo)]


def render_sscom(items, clock, echo=True):
    """SSCOM 5.x with timestamps and 'show send': '[time]发→◇CMD' + '□' (the CR LF it added),
    '[time]收←◆' + the received text."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append("[%s]收←◆%s" % (clock(), line_bytes(it.line).strip("\r\n")))
            out.append("")
            continue
        out.append("[%s]发→◇%s" % (clock(), it.cmd))
        out.append("□")
        raw = modem_bytes(it, echo)
        if it.prompt and it.payload is not None:
            pre = (it.cmd + "\r" if echo else "") + "\r\n" + it.prompt
            out.append("[%s]收←◆%s" % (clock(), "\n".join(term_lines(pre))))
            out.append("[%s]发→◇%s" % (clock(), it.payload))
            out.append("□")
            rest = "".join(line_bytes(r) for r in it.resp) + (line_bytes(it.final) if it.final else "")
            rest += "".join(line_bytes(u) for u in it.after)
            out.append("[%s]收←◆%s" % (clock(), "\n".join(term_lines(rest.lstrip("\r\n")))))
            continue
        if raw:
            tl = term_lines(raw)
            out.append("[%s]收←◆%s" % (clock(), tl[0]))
            out.extend(tl[1:])
        tg = is_echo_toggle(it)
        if tg is not None:
            echo = tg
    return out


def render_docklight(items, clock, echo=True):
    """Docklight ASCII log: 'dd/mm/yyyy hh:mm:ss.mmm [TX] - CMD<CR>' and one [RX] record per
    received burst, control characters as <CR> <LF>."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append("%s [RX] - %s" % (clock(), vis_cr(line_bytes(it.line))))
            out.append("")
            continue
        out.append("%s [TX] - %s<CR>" % (clock(), it.cmd))
        out.append("")
        raw = modem_bytes(it, echo)
        if raw:
            out.append("%s [RX] - %s" % (clock(), vis_cr(raw)))
            out.append("")
        tg = is_echo_toggle(it)
        if tg is not None:
            echo = tg
    return out


def render_teraterm_ts(items, clock, echo=True):
    """Tera Term log with 'Timestamp' on: '[Thu Mar 14 10:11:12.345 2024] ' before each line."""
    return ["[%s] %s" % (clock(), l) for l in terminal(items, echo=echo)]


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------

LABELS = {}


def write(name, text_or_lines, items, shape, module, nl="\n", has=None, encoding="utf-8", extra=None):
    if isinstance(text_or_lines, list):
        text = nl.join(text_or_lines) + nl
    else:
        text = text_or_lines
    with open(os.path.join(LOGS, name), "w", encoding=encoding, newline="") as f:
        f.write(text)
    labs = labels_of(items) if items is not None else []
    if extra is not None:
        labs = extra
    LABELS[name] = {"transactions": labs, "total": len(labs),
                    "has_transactions": bool(labs) if has is None else has,
                    "shape": shape, "module": module}


class Clock:
    """A wall clock that advances a little on every call."""

    def __init__(self, h, m, s, step=0.137, fmt="hms"):
        self.t = h * 3600 + m * 60 + s
        self.step = step
        self.fmt = fmt
        self.n = 0

    def __call__(self):
        self.n += 1
        self.t += self.step * (1 + (self.n * 7) % 5)
        t = self.t
        h, m, s = int(t // 3600) % 24, int(t // 60) % 60, t % 60
        ms = int(round((s - int(s)) * 1000)) % 1000
        if self.fmt == "hms":
            return "%02d:%02d:%02d.%03d" % (h, m, int(s), ms)
        if self.fmt == "go":
            return "2024/03/14 %02d:%02d:%02d" % (h, m, int(s))
        if self.fmt == "dock":
            return "14/03/2024 %02d:%02d:%02d.%03d" % (h, m, int(s), ms)
        if self.fmt == "tt":
            return "Thu Mar 14 %02d:%02d:%02d.%03d 2024" % (h, m, int(s), ms)
        if self.fmt == "syslog":
            return "Mar 14 %02d:%02d:%02d" % (h, m, int(s))
        if self.fmt == "gammu":
            return "Thu 2024/03/14 %02d:%02d:%02d" % (h, m, int(s))
        if self.fmt == "owrt":
            return "Thu Mar 14 %02d:%02d:%02d 2024" % (h, m, int(s))
        return "%02d:%02d:%02d" % (h, m, int(s))


# --------------------------------------------------------------------------------------------
# Sessions
# --------------------------------------------------------------------------------------------

def host_library_logs():
    # ---- 1. TinyGSM + StreamDebugger, SIM800L GPRS bring-up ----
    s = [N("[{t}] ### TinyGSM Version: 0.11.7"), N("[{t}] ### TinyGSM Compiled Module:  TinyGsmClientSIM800"),
         T("AT", final=None), T("AT", final=None), T("AT"),
         T("AT&FZE0"),
         T("AT+CMEE=2"), T("AT+GMM", ["SIMCOM_SIM800L"]),
         N("[{t}] ### Modem: SIMCOM SIM800L"),
         T("AT+CLTS=1"), T("AT+CBATCHK=1"),
         T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CSQ", ["+CSQ: 14,0"]),
         T("AT+CREG?", ["+CREG: 0,2"]), T("AT+CREG?", ["+CREG: 0,2"]),
         U("Call Ready"), U("SMS Ready"),
         T("AT+CREG?", ["+CREG: 0,5"]),
         T("AT+CIPSHUT", final="SHUT OK"), T("AT+CGATT=0", gap=900),
         T('AT+SAPBR=3,1,"Contype","GPRS"'), T('AT+SAPBR=3,1,"APN","internet.gma.iq"'),
         T('AT+CGDCONT=1,"IP","internet.gma.iq"'), T("AT+CGACT=1,1"),
         T("AT+SAPBR=1,1"), T("AT+SAPBR=2,1", ['+SAPBR: 1,1,"10.94.117.6"']),
         T("AT+CGATT=1"), T("AT+CIPMUX=1"), T("AT+CIPQSEND=1"), T("AT+CIPRXGET=1"),
         T('AT+CSTT="internet.gma.iq","",""'), T("AT+CIICR", final="+CME ERROR: operation not allowed"),
         N("[{t}] ### GPRS connect failed"),
         T("AT+CIFSR;E0", final="ERROR")]
    write("tinygsm_sim800l_gprs.log", render_tinygsm(s, echo=False), s,
          "tinygsm-streamdebugger", "SIMCom SIM800L")

    # ---- 2. TinyGSM SIM7000G NB-IoT, with echo on at start ----
    s = [N("Initializing modem..."),
         T("AT"), T("AT&FZE0"), T("AT+CMEE=2"), T("AT+GMM", ["SIMCOM_SIM7000G"]),
         T("AT+CLTS=1"), T("AT+CBATCHK=1"), T("AT+CPIN?", ["+CPIN: READY"]),
         N("[{t}] ### Modem: SIMCOM SIM7000G"),
         T("AT+CNMP=38"), T("AT+CMNB=2"), T('AT+CGDCONT=1,"IP","iot.1nce.net"'),
         T("AT+CBANDCFG=\"NB-IOT\",8,20"),
         T("AT+CGREG?", ["+CGREG: 0,0"]), T("AT+CEREG?", ["+CEREG: 0,2"]),
         T("AT+CGREG?", ["+CGREG: 0,0"]), T("AT+CEREG?", ["+CEREG: 0,5"]),
         T("AT+CPSI?", ["+CPSI: LTE NB-IOT,Online,262-01,0x2B1A,28614823,133,EUTRAN-BAND8,3740,0,0,-9,-96,-86,10"]),
         T("AT+CNACT?", ['+CNACT: 0,"0.0.0.0"']),
         T('AT+CNACT=1,"iot.1nce.net"', after=["+APP PDP: ACTIVE"]),
         T("AT+CIPMUX=1"), T("AT+CIPRXGET=1"),
         T('AT+CIPSTART=0,"TCP","mqtt.example-broker.io",1883', after=["0, CONNECT FAIL"], gap=6000),
         N("[{t}] ### Unhandled: 0, CONNECT FAIL"),
         T("AT+CIPCLOSE=0,1", final="+CME ERROR: operation not allowed"),
         T("AT+CIPSTATUS=0", ['+CIPSTATUS: 0,,"","","","INITIAL"'])]
    write("tinygsm_sim7000g_nbiot.log", render_tinygsm(s, echo=True), s,
          "tinygsm-streamdebugger", "SIMCom SIM7000G")

    # ---- 3. TinyGSM A7670E HTTPS ----
    s = [N("[{t}] ### TinyGSM Version: 0.12.0"), N("[{t}] ### TinyGSM Compiled Module:  TinyGsmClientA7672x"),
         T("AT"), T("ATE0"), T("AT+CMEE=0"), T("AT+CGMI", ["SIMCOM INCORPORATED"]),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", ["+CSQ: 21,99"]),
         T("AT+CGREG?", ["+CGREG: 0,1"]), T('AT+CGDCONT=1,"IP","web.vodafone.de"'),
         T("AT+CGACT=1,1"), T("AT+CGPADDR=1", ["+CGPADDR: 1,10.160.41.77"]),
         T("AT+HTTPINIT"), T('AT+HTTPPARA="URL","https://api.example.org/v1/ping"'),
         T("AT+HTTPACTION=0", after=["+HTTPACTION: 0,200,17"]),
         T("AT+HTTPHEAD", ["+HTTPHEAD: 146", "HTTP/1.1 200 OK", "Content-Type: application/json", "Content-Length: 17"]),
         T("AT+HTTPREAD=0,17", ["+HTTPREAD: 17", '{"pong":"ok",1}', "+HTTPREAD: 0"]),
         T("AT+HTTPTERM"),
         T("AT+HTTPINIT"), T('AT+HTTPPARA="URL","https://api.example.org/v1/upload"'),
         T("AT+HTTPDATA=24,10000", prompt="DOWNLOAD", payload='{"t":21.5,"rh":48,"v":1}'),
         T("AT+HTTPACTION=1", after=["+HTTPACTION: 1,713,0"]),
         T("AT+HTTPTERM", final="+CME ERROR: 3")]
    # DOWNLOAD is printed as a line, like CONNECT
    for it in s:
        if isinstance(it, T) and it.prompt == "DOWNLOAD":
            it.prompt = None
            it.resp = ["DOWNLOAD"]
    # render: the payload shows up raw after DOWNLOAD (it is written by the host)
    out = render_tinygsm(s, echo=False)
    i = out.index("DOWNLOAD")
    out.insert(i + 1, '{"t":21.5,"rh":48,"v":1}')
    write("tinygsm_a7670e_https.log", out, s, "tinygsm-streamdebugger", "SIMCom A7670E")

    # ---- 4. ModemManager journal (new style), Sierra EM7455 ----
    def jpfx(t):
        return "Mar 14 09:%02d:%02d edge-gw ModemManager[812]: " % (int(t) // 60 % 60, int(t) % 60)
    s = [N("<inf> [modem0] state changed (disabled -> enabling)"),
         T("ATE0"), T("ATV1"), T("AT+CMEE=1"), T("ATX4"), T("AT&C1"),
         T("AT+CFUN?", ["+CFUN: 4"]),
         T("AT+CFUN=1", gap=1200),
         U("+CREG: 2"),
         T("AT+CREG=2"), T("AT+CGREG=2"), T("AT+CEREG=2"),
         T("AT+CREG?", ["+CREG: 2,2"]), T("AT+CEREG?", ['+CEREG: 2,2,"FFFE","0A1B2C3",7']),
         T("AT+COPS=3,2;+COPS?", ['+COPS: 0,2,"26202",7']),
         T("AT+CSQ", ["+CSQ: 17,99"]),
         T("AT!GSTATUS?", ["!GSTATUS: ", "Current Time:  4210\t\tTemperature: 39",
                           "Bootup Time:   0\t\tMode:        ONLINE",
                           "System mode:   LTE\t\tPS state:    Attached",
                           "LTE band:      B3 \t\tLTE bw:      20 MHz"]),
         T("AT+COPS=0", final="+CME ERROR: 30"),
         N("<inf> [modem0] couldn't register: No network service"),
         T("AT+COPS=?", final=None),
         T("AT+CGDCONT?", ['+CGDCONT: 1,"IPV4V6","internet.telekom","0.0.0.0 0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0",0,0,0,0']),
         T('AT+CGDCONT=1,"IP","internet.telekom"'),
         T("AT+CGACT?", ["+CGACT: 1,0"])]
    write("mm_journal_em7455.log", render_mm(s, jpfx, 1000.0, dev="ttyUSB2", style="new", crlf_cmd=True), s,
          "modemmanager-journal", "Sierra Wireless EM7455")

    # ---- 5. ModemManager on OpenWrt logread (old <debug> style), Quectel EC25 ----
    ck = Clock(16, 13, 16, step=0.004, fmt="owrt")

    def opfx(t):
        return "%s daemon.debug [6358]: " % ck()
    s = [T("AT+QCFG=\"usbnet\"", ['+QCFG: "usbnet",0']),
         T("AT+QCFG=\"nwscanmode\"", ['+QCFG: "nwscanmode",0']),
         T("AT+QSIMSTAT?", ["+QSIMSTAT: 0,1"]),
         T("AT+CPIN?", ["+CPIN: READY"]),
         U("+QIND: SMS DONE"),
         T("AT+CRSM=176,28599,0,0,15", ['+CRSM: 148,8,""']),
         N("<warn>  couldn't load list of emergency numbers"),
         T("AT+CPMS=\"ME\",\"ME\",\"ME\"", ["+CPMS: 0,255,0,255,0,255"]),
         T("AT+CNMI=2,1,2,1,0"), T("AT+CMGF=0"),
         T("AT+CMGL=4", final="+CMS ERROR: 302"),
         T("AT+QNWINFO", ['+QNWINFO: "FDD LTE","21403","LTE BAND 20",6400']),
         U("+QIND: PB DONE"),
         T("AT+CSQ", ["+CSQ: 23,99"]),
         T("AT+CEER", ["+CEER: No cause information available"])]
    write("mm_logread_ec25.log", render_mm(s, opfx, 1617466396.4977, dev="ttyUSB2", style="old"), s,
          "modemmanager-openwrt-logread", "Quectel EC25-E")

    # ---- 6. pppd chat in syslog, SIM7600 ----
    ck = Clock(7, 41, 2, step=0.3, fmt="syslog")

    def cpfx():
        return "%s raspberrypi chat[1583]: " % ck()
    pre = [N("abort on (BUSY)"), N("abort on (NO CARRIER)"), N("abort on (ERROR)"), N("abort on (NO DIALTONE)"),
           N("timeout set to 30 seconds")]
    s = pre + [T("AT"), T("ATZ"), T("ATE1"), T("AT+CPIN?", ["+CPIN: READY"]),
               T('AT+CGDCONT=1,"IP","hologram"'),
               T("ATD*99#", final="CONNECT")]
    lines = render_chat(s, cpfx)
    syslog_pfx = lambda tag: "%s raspberrypi pppd[1581]: " % ck()
    lines.append(syslog_pfx(0) + "Serial connection established.")
    lines.append(syslog_pfx(0) + "using channel 3")
    lines.append(syslog_pfx(0) + "Using interface ppp0")
    lines.append(syslog_pfx(0) + "Connect: ppp0 <--> /dev/ttyUSB3")
    lines.append(syslog_pfx(0) + "LCP terminated by peer")
    lines.append(syslog_pfx(0) + "Connection terminated.")
    lines.append(syslog_pfx(0) + "Modem hangup")
    # second attempt, the module answers ERROR to the APN
    s2 = pre + [T("AT"), T("ATZ"), T("ATE1"), T("AT+CPIN?", ["+CPIN: READY"]),
                T('AT+CGDCONT=1,"IP","hologram"', final="ERROR")]
    lines += render_chat(s2, cpfx, expect_of={})
    lines.append(syslog_pfx(0) + "Connect script failed")
    write("pppd_chat_syslog_sim7600.log", lines, s + s2, "pppd-chat-syslog", "SIMCom SIM7600E-H")

    # ---- 7. chat -v to the terminal (pppd call gprs nodetach), Huawei E3372 stick ----
    s = [T("ATZ"), T("AT^CURC=0"), T('AT+CGDCONT=1,"IP","internet"'),
         T("ATDT*99***1#", final="NO CARRIER")]
    lines = ["pi@gw:~ $ sudo pppd call gprs nodetach debug"]
    lines += render_chat([N("abort on (BUSY)"), N("abort on (NO CARRIER)"), N("abort on (VOICE)"),
                          N("abort on (NO DIALTONE)"), N("abort on (NO DIAL TONE)"), N("abort on (NO ANSWER)"),
                          N("abort on (DELAYED)"), N("timeout set to 12 seconds")] + s, lambda: "")
    lines += ["Script /usr/sbin/chat -v -f /etc/chatscripts/gprs -T internet failed (exit code 5)",
              "Connect script failed"]
    s3 = [T("ATZ"), T("AT^CURC=0"), T('AT+CGDCONT=1,"IP","internet"'), T("ATDT*99***1#", final="CONNECT")]
    lines += ["pi@gw:~ $ sudo pppd call gprs nodetach debug"]
    lines += render_chat([N("abort on (BUSY)"), N("abort on (NO CARRIER)"), N("timeout set to 12 seconds")] + s3, lambda: "")
    lines += ["Script /usr/sbin/chat -v -f /etc/chatscripts/gprs -T internet finished (pid 2231), status = 0x0",
              "Serial connection established.", "using channel 12", "Using interface ppp0",
              "Connect: ppp0 <--> /dev/ttyUSB0",
              "sent [LCP ConfReq id=0x1 <asyncmap 0x0> <magic 0x5a1c9e21> <pcomp> <accomp>]",
              "rcvd [LCP ConfReq id=0x0 <asyncmap 0x0> <auth chap MD5> <magic 0x1f2a3b4c> <pcomp> <accomp>]"]
    write("chat_verbose_e3372.log", lines, s + s3, "pppd-chat-stderr", "Huawei E3372")

    # ---- 8. gammu-smsd debug, Huawei E3131 ----
    ck = Clock(18, 14, 46, step=0.15, fmt="gammu")

    def gpfx():
        return "%s gammu-smsd[1902]: gammu: " % ck()
    s = [N("Entering GSM_GetSignalQuality"),
         T("AT+CSQ", ["+CSQ: 14,99"]),
         N("Signal quality info received"), N("Leaving GSM_GetSignalQuality"),
         N("Entering GSM_GetSecurityStatus"),
         T("AT+CPIN?", ["+CPIN: READY"]),
         N("Entering GSM_GetNextSMS"),
         T('AT+CPMS="SM","SM"', ["+CPMS: 2,50,2,50,2,50"]),
         T("AT+CMGR=1", ['+CMGR: 0,,24', "07913396050066F0040B913366554433F20000422091215173800541F45B9C03"]),
         T("AT+CMGR=2", final="+CMS ERROR: 321"),
         N("Entering GSM_SendSMS"),
         T("AT+CMGS=23", ["+CMGS: 38"], prompt="> ", payload="0011000B913366554433F20000AA0AE8329BFD4697D9EC37"),
         T("AT+CMGD=1")]
    write("gammu_smsd_e3131.log", render_gammu(s, gpfx, echo=True), s, "gammu-debug-syslog", "Huawei E3131")

    # ---- 9. mbed cellular ATHandler trace, Quectel BG96 ----
    s = [N("[INFO][CELL]: New CellularContext  (20003e48)"),
         N("[INFO][CELL]: CellularContext connect"),
         N("[INFO][CELL]: Start connecting (timeout 1 s)"),
         T("AT", final=None),
         N("[INFO][CELL]: Modem not responding"),
         T("AT"), T("ATE0"),
         N("[INFO][CELL]: Modem ready"),
         T("AT+CMEE=1"), T("AT+CFUN=1"),
         T("AT+CPIN?", ["+CPIN: READY"]),
         N("[INFO][CELL]: Sim state 0"),
         T("AT+CREG=2"), T("AT+CGREG=2"), T("AT+CEREG=2"),
         T("AT+CREG?", ["+CREG: 2,0"]), T("AT+CEREG?", ['+CEREG: 2,2,"1A2B","01A2B3C",8']),
         U('+CEREG: 5,"1A2B","01A2B3C",8'),
         T("AT+CGDCONT?", ['+CGDCONT: 1,"IP","","0.0.0.0",0,0']),
         T('AT+CGDCONT=1,"IP","m2m.tele2.com"'),
         T("AT+QIACT=1", final="+CME ERROR: 30"),
         N("[WARN][CELL]: Activate PDP context failed"),
         T("AT+QIACT?", []),
         T("AT+QIACT=1"),
         T('AT+QIOPEN=1,0,"UDP","52.215.34.155",7,0,1', after=["+QIOPEN: 0,0"]),
         T('AT+QISEND=0,12', prompt="> ", payload="Hello echo!\n", final="SEND OK"),
         U('+QIURC: "recv",0,12'),
         T("AT+QIRD=0,1500", ["+QIRD: 12", "Hello echo!"]),
         T("AT+QICLOSE=0", final=None)]
    # QIRD payload ends with LF, rendered as part of the line above
    write("mbed_trace_bg96.log", render_mbed(s, echo=True), s, "mbed-cellular-trace", "Quectel BG96")

    # ---- 10. Zephyr modem_chat / modem_cellular, Quectel BG95 ----
    s = [N("*** Booting Zephyr OS build v3.6.0 ***"),
         N("SCRIPT quectel_bg95_init_chat_script"),
         T("ATE0"), T("AT+CFUN=4"), T("AT+CMEE=1"), T("AT+CREG=1"), T("AT+CGREG=1"), T("AT+CEREG=1"),
         T("AT+CREG?", ["+CREG: 1,0"]), T("AT+CEREG?", ["+CEREG: 1,0"]), T("AT+CGREG?", ["+CGREG: 1,0"]),
         T("AT+CGSN", ["866349041234567"]), T("AT+CGMM", ["BG95-M3"]), T("AT+CGMI", ["Quectel"]),
         T("AT+CGMR", ["BG95M3LAR02A03"]), T("AT+CIMI", ["901288001234567"]),
         T("AT+CMUX=0,0,5,127,10,3,30,10,2"),
         N("COMPLETE"),
         N("SCRIPT quectel_bg95_dial_chat_script"),
         T('AT+CGDCONT=1,"IP","iot.1nce.net"'), T("AT+CFUN=1"),
         U("+CEREG: 2"),
         T("ATD*99***1#", final=None),
         N("COMPLETE"),
         N("<inf> net_ppp: Initializing PPP to use modem_ppp_gsm"),
         N("SCRIPT quectel_bg95_periodic_chat_script"),
         T("AT+CREG?", ["+CREG: 1,0"]), T("AT+CEREG?", final=None),
         N("TIMEOUT"),
         N("SCRIPT quectel_bg95_periodic_chat_script"),
         T("AT+CREG?", ["+CREG: 1,0"]), T("AT+CEREG?", final="+CME ERROR: 3"),
         N("ABORT")]
    write("zephyr_modem_chat_bg95.log", render_zephyr(s, "x"), s, "zephyr-modem-chat", "Quectel BG95-M3")

    # ---- 11. esp_modem 1.x command_lib, SIM7600 ----
    s = [N("I (742) cpu_start: Starting scheduler on PRO CPU."),
         N("I ({t}) example_modem: Initializing esp_modem for the SIM7600 module..."),
         T("AT", final=None),
         N("W ({t}) example_modem: sync no Success after 0 try"),
         T("AT"),
         N("I ({t}) example_modem: sync Success after 1 try"),
         T("ATE0"),
         T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CSQ", ["+CSQ: 99,99"]),
         N("I ({t}) example_modem: Signal quality: rssi=99, ber=99"),
         T("AT+CSQ", ["+CSQ: 19,99"]),
         N("I ({t}) example_modem: Signal quality: rssi=19, ber=99"),
         T('AT+CGDCONT=1,"IP","internet.ht.hr"'),
         T("AT+COPS?", ['+COPS: 0,0,"HT HR",7']),
         T("AT+CGMM", ["SIMCOM_SIM7600E-H"]),
         T("AT+CGSN", ["862636050123456"]),
         T("ATD*99#", final="CONNECT 115200"),
         N("I ({t}) esp-netif_lwip-ppp: Connected"),
         N("I ({t}) example_modem: IP          : 10.85.12.201"),
         N("E ({t}) esp-netif_lwip-ppp: pppos_input_tcpip failed with -1")]
    # the 2nd AT: echo still on, the reply shows the echo line
    write("esp_modem_v1_sim7600.log", render_esp_modem_v1(s, echo=True), s, "esp-modem-command-lib", "SIMCom SIM7600E-H")

    # ---- 12. esp_modem 0.x hexdump, SIM800 ----
    s = [N("I (843) pppos_example: Initializing modem..."),
         T("AT"), T("ATE0"), T("AT+CGMM", ["SIMCOM_SIM800"]),
         N("D ({t}) dce_service: get module name ok"),
         T("AT+GSN", ["869170031234567"]),
         T("AT+CSQ", ["+CSQ: 18,0"]),
         T("AT+CBC", ["+CBC: 0,82,4012"]),
         T('AT+CGDCONT=1,"IP","CMNET"'),
         T("ATD*99#", final="NO CARRIER"),
         N("E ({t}) sim800: sim800_set_working_mode(439): enter ppp mode failed"),
         N("E ({t}) esp-modem: esp_modem_start_ppp(470): set work mode failed")]
    write("esp_modem_v0_sim800.log", render_esp_modem_v0(s, echo=True), s, "esp-modem-v0-hexdump", "SIMCom SIM800")

    # ---- 13. ubxlib printAt, SARA-R5 ----
    s = [N("U_CELL_PWR: powering on, module is SARA-R5."),
         T("AT", final=None), T("AT", final=None), T("AT"),
         T("ATE0"), T("AT+CMEE=2"), T("AT&C1"), T("AT&D0"),
         T("AT+CPIN?", ["+CPIN: READY"]),
         N("U_CELL_PWR: module is powered on."),
         T("AT+UMNOPROF?", ["+UMNOPROF: 100"]),
         T("AT+CFUN=1"),
         T("AT+CEREG=2"),
         T("AT+COPS=0", final="+CME ERROR: operation not allowed"),
         T("AT+CEREG?", ['+CEREG: 2,5,"5B1E","1A2D30F",7']),
         N("U_CELL_NET: registered on 26201."),
         T("AT+CGACT?", ["+CGACT: 1,1"]),
         T("AT+USOCR=6", ["+USOCR: 0"]),
         T("AT+USOSO=0,6,1,1"),
         T('AT+USOCO=0,"18.194.167.8",5000', final="+CME ERROR: Operation not allowed"),
         T("AT+USOCTL=0,1", ["+USOCTL: 0,1,1"]),
         T("AT+USOCL=0")]
    write("ubxlib_sara_r5.log", ubx_text(s), s, "ubxlib-printat", "u-blox SARA-R510M8S")

    # ---- 14. Particle gen3 ncp.at trace, Boron (SARA-R410M) ----
    s = [N("[hal] TRACE: Modem powered on"),
         T("AT", final=None), T("AT", final=None), T("AT"),
         T("ATE0"), T("AT+CMEE=2"),
         T("AT+CGMM", ["SARA-R410M-02B"]),
         T("AT+UMNOPROF?", ["+UMNOPROF: 2"]),
         T("AT+CCID", ["+CCID: 89014103271234567890"]),
         T("AT+CIMI", ["310410123456789"]),
         T('AT+CGDCONT=1,"IP","10569.mcs"'),
         T("AT+CEREG=2"),
         T("AT+COPS=0", gap=5000),
         U("+CEREG: 2"),
         T("AT+CEREG?", ['+CEREG: 2,2,"FFFE","0000000",7']),
         T("AT+CSQ", ["+CSQ: 99,99"]),
         U('+CEREG: 5,"2CF7","8AFFF6F",7'),
         T("AT+UPSD=0,100,1", final="+CME ERROR: operation not allowed"),
         T("AT+CGACT?", ["+CGACT: 1,1"]),
         N("[ncp.client] TRACE: NCP connection state changed: 2"),
         T("AT+USOCR=17", ["+USOCR: 0"]),
         T('AT+USOST=0,"3.18.43.10",5684,5', prompt="@", payload="\x17\xfe\xfd\x00\x01", resp=["+USOST: 0,5"]),
         U("+UUSORF: 0,39"),
         T("AT+USORF=0,39", ['+USORF: 0,"3.18.43.10",5684,39,"16FEFD0000000000000000001A0C00000E000000000000000E"']),
         ]
    # the binary payload does not print; the trace shows only lines received
    write("particle_gen3_boron.log", render_particle3(s), s, "particle-ncp-at-trace", "u-blox SARA-R410M-02B")

    # ---- 15. Particle gen2 MDMParser, Electron (SARA-U260) ----
    s = [N("[ Modem::powerOn ] = = = = = = = = = = = = = ="),
         T("AT", final=None), T("AT"),
         T("ATE0"), T("AT+CMEE=2"), T("AT+CGMI", ["u-blox"]), T("AT+CGMM", ["SARA-U260"]),
         T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CCID", ["+CCID: 8934076500002505789"]),
         N("[ Modem::register ] = = = = = = = = = = = = = ="),
         T("AT+CREG=2"), T("AT+CGREG=2"),
         T("AT+CREG?", ["+CREG: 2,5,\"3F29\",\"B2D6\""]),
         T("AT+CGREG?", ["+CGREG: 2,1,\"3F29\",\"B2D6\""]),
         N("[ Modem::join ] = = = = = = = = = = = = = = = ="),
         T("AT+CGATT=1"),
         T('AT+UPSD=0,1,"spark.telefonica.com"'),
         T("AT+UPSDA=0,3", final="+CME ERROR: Activation failed", gap=4000),
         T("AT+UPSND=0,8", ["+UPSND: 0,8,0"]),
         T("AT+UPSDA=0,3", after=["+UUPSDA: 0,\"10.23.171.9\""]),
         T("AT+USOCR=6", ["+USOCR: 0"]),
         T('AT+USOCO=0,"54.86.198.203",5683'),
         T("AT+USOWR=0,4", ["+USOWR: 0,4"], prompt="@", payload="ping"),
         T("AT+USORD=0,64", final=None)]
    write("particle_gen2_electron.log", render_particle2(s), s, "particle-gen2-mdmparser", "u-blox SARA-U260")

    # ---- 16. nRF Connect LTE Link Monitor, nRF9160 ----
    s = [N("INFO Application data folder: C:\\Users\\lab\\AppData\\Roaming\\nrfconnect\\pc-nrfconnect-linkmonitor"),
         N("INFO Modem port is opened"),
         T("AT+CFUN?", ["+CFUN: 4"]),
         T("AT+CGSN=1", ['+CGSN: "352656100123456"']),
         T("AT+CGMI", ["Nordic Semiconductor ASA"]), T("AT+CGMM", ["nRF9160-SICA"]),
         T("AT+CGMR", ["mfw_nrf9160_1.3.5"]),
         T("AT+CEMODE?", ["+CEMODE: 2"]),
         T("AT%XSYSTEMMODE?", ["%XSYSTEMMODE: 1,1,0,0"]),
         T("AT+CMEE?", ["+CMEE: 0"]), T("AT+CMEE=1"),
         T("AT+CNEC?", ["+CNEC: 0"]), T("AT+CNEC=24"),
         T("AT+CGEREP=1"),
         T("AT+CIND=1,1,1"),
         T("AT+CEREG=5"),
         T("AT+CFUN=1"),
         U('+CEREG: 2,"76C1","0102DA04",7'),
         U("+CIND: \"service\",1"),
         T("AT+CGDCONT?", ['+CGDCONT: 0,"IP","ibasis.iot","10.160.97.33",0,0']),
         U('+CEREG: 5,"76C1","0102DA04",7,,,"11100000","11100000"'),
         T("AT+COPS=3,2"), T("AT+COPS?", ['+COPS: 0,2,"23410",7']),
         T("AT%XMONITOR", ['%XMONITOR: 5,"","","23410","76C1",7,20,"0102DA04",281,6400,38,24,"","11100000","11100000","01001001"']),
         T("AT+CPSMS=1,\"\",\"\",\"00100001\",\"00000011\""),
         T("AT%CESQ=1", final="ERROR"),
         T("AT+CSIM=10,\"0070000001\"", final="+CME ERROR: 4")]
    write("linkmonitor_nrf9160.log", render_linkmon(s, 13 * 3600 + 44 * 60 + 31.2), s,
          "nrfconnect-linkmonitor", "Nordic nRF9160")

    # ---- 17. pyserial user script printing readlines(), Quectel EC25 ----
    s = [N("$ python3 ec25_test.py"), N("Opening /dev/ttyUSB2 @115200"),
         T("AT"), T("AT+QCCID", ["+QCCID: 89882280666012345678"]),
         T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+COPS?", ['+COPS: 0,0,"Telekom.de",7']),
         T("AT+QICSGP=1,1,\"internet.m2mportal.de\",\"\",\"\",1"),
         T("AT+QIACT=1", final="+CME ERROR: 555"),
         T("AT+QIDEACT=1"), T("AT+QIACT=1"), T("AT+QIACT?", ['+QIACT: 1,1,1,"100.71.4.18"']),
         T('AT+QPING=1,"8.8.8.8"', after=['+QPING: 0,"8.8.8.8",32,41,255', '+QPING: 0,"8.8.8.8",32,38,255',
                                          '+QPING: 0,"8.8.8.8",32,40,255', '+QPING: 0,"8.8.8.8",32,39,255']),
         T('AT+QIDNSGIP=1,"broker.hivemq.com"', after=['+QIURC: "dnsgip",0,1,600', '+QIURC: "dnsgip","35.158.43.69"']),
         T("AT+QICLOSE=0", final=None),
         N("Traceback (most recent call last):"), N('  File "ec25_test.py", line 31, in <module>'),
         N("    raise RuntimeError('no reply to ' + cmd)"), N("RuntimeError: no reply to AT+QICLOSE=0")]
    # an empty readlines() result for the timeout
    out = render_pyserial(s, echo=True)
    write("pyserial_readlines_ec25.log", out, s, "python-pyserial-print", "Quectel EC25-E")

    # ---- 18. warthog618/modem trace (Go), SIM800C SMS gateway ----
    ck = Clock(11, 2, 7, step=0.4, fmt="go")
    s = [T("ATZ", final=None), T("ATZ"),
         T("ATE0"), T("AT+CMEE=2"), T("AT+CMGF=1"),
         T("AT+CSCA?", ['+CSCA: "+447785016005",145']),
         T('AT+CMGS="+447700900123"', ["+CMGS: 41"], prompt="> ", payload="Gateway up 11:02"),
         T("AT+CNMI=1,2,0,0,0"),
         U('+CMT: "+447700900456","","24/03/14,11:03:30+00"'),
         N("r: Pump 2 status?"),
         T('AT+CMGS="+447700900456"', final="+CMS ERROR: 500", prompt="> ", payload="Pump 2: RUNNING"),
         T("AT+CSQ", ["+CSQ: 9,0"])]
    write("go_warthog_trace_sim800c.log", render_warthog(s, ck), s, "go-warthog618-trace", "SIMCom SIM800C")

    # ---- 19. Arduino sketch with its own prefixes, SIM7080G ----
    s = [N("=== SIM7080G test ==="),
         T("AT"), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CNMP=38"), T("AT+CMNB=2"),
         T("AT+CSQ", ["+CSQ: 99,99"]),
         T("AT+CGATT?", ["+CGATT: 0"]),
         N("waiting for network..."),
         T("AT+CSQ", ["+CSQ: 15,99"]),
         T("AT+CGATT?", ["+CGATT: 1"]),
         T('AT+CNCFG=0,1,"iot.1nce.net"'),
         T("AT+CNACT=0,1", after=["+APP PDP: 0,ACTIVE"]),
         T('AT+SMCONF="URL","test.mosquitto.org",1883'),
         T('AT+SMCONF="KEEPTIME",60'),
         T("AT+SMCONN", final="ERROR", gap=8000),
         T("AT+SMSTATE?", ["+SMSTATE: 0"]),
         T("AT+SMCONN", final=None)]
    write("arduino_prefix_sim7080g.log", render_sketch(s, echo=True), s, "arduino-sketch-prefix", "SIMCom SIM7080G")


def terminal_logs():
    # ---- 20. minicom capture, EC25 TCP socket ----
    s = [T("ATI", ["Quectel", "EC25", "Revision: EC25EFAR06A08M4G"]),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CREG?", ["+CREG: 0,1"]),
         T('AT+QICSGP=1,1,"internet","","",1'),
         T("AT+QIACT=1"), T("AT+QIACT?", ['+QIACT: 1,1,1,"10.34.111.5"']),
         T('AT+QIOPEN=1,0,"TCP","220.180.239.212",8009,0,1', after=["+QIOPEN: 0,0"]),
         T("AT+QISEND=0", prompt="> ", payload="test123\x1a", final="SEND OK"),
         U('+QIURC: "recv",0'),
         T("AT+QIRD=0,1500", ["+QIRD: 7", "test123"]),
         T("AT+QIRD=0,1500", ["+QIRD: 0"]),
         T("AT+QISEND=0,5", prompt="> ", payload="hello", final="SEND FAIL"),
         T("AT+QISTATE=1,0", ['+QISTATE: 0,"TCP","220.180.239.212",8009,0,4,1,0,1,"usbmodem"']),
         U('+QIURC: "closed",0'),
         T("AT+QICLOSE=0"),
         T("AT+QIDEACT=1")]
    lines = ["", "Welcome to minicom 2.8", "", "OPTIONS: I18n ", "Port /dev/ttyUSB2, 10:41:07",
             "", "Press CTRL-A Z for help on special keys", ""] + terminal(s)
    write("minicom_ec25_tcp.log", lines, s, "minicom-capture", "Quectel EC25-E")

    # ---- 21. picocom, BG96 GNSS ----
    s = [T("AT+QGPS=1"), T("AT+QGPSLOC=2", final="+CME ERROR: 516"),
         T("AT+QGPSLOC=2", final="+CME ERROR: 516"),
         T("AT+QGPS=1", final="+CME ERROR: 504"),
         T('AT+QGPSCFG="outport"', ['+QGPSCFG: "outport","usbnmea"']),
         T("AT+QGPSLOC=2", final="+CME ERROR: 516"),
         T("AT+QGPSLOC=2", ["+QGPSLOC: 101523.0,48.13512,11.58198,1.2,521.0,2,0.00,0.0,0.0,140324,06"]),
         T("AT+QGPSEND"),
         T("AT+QGPSLOC=2", final="+CME ERROR: 505")]
    lines = ["picocom v3.1", "", "port is        : /dev/ttyUSB2", "flowcontrol    : none", "baudrate is    : 115200",
             "parity is      : none", "databits are   : 8", "stopbits are   : 1", "escape is      : C-a",
             "local echo is  : no", "noinit is      : no", "noreset is     : no", "hangup is      : no",
             "nolock is      : no", "send_cmd is    : sz -vv", "receive_cmd is : rz -vv -E", "imap is        : ",
             "omap is        : ", "emap is        : crcrlf,delbs,", "logfile is     : none",
             "initstring     : none", "exit_after is  : not set", "exit is        : no", "",
             "Type [C-a] [C-h] to see available commands", "Terminal ready"] + terminal(s) + ["", "Terminating...", "Thanks for using picocom"]
    write("picocom_bg96_gnss.log", lines, s, "picocom-session", "Quectel BG96")

    # ---- 22. PuTTY session log (raw CR CR LF), SIM7600 HTTP ----
    s = [T("AT+CGREG?", ["+CGREG: 0,1"]),
         T('AT+CGSOCKCONT=1,"IP","airtelgprs.com"'),
         T("AT+CSOCKSETPN=1"),
         T("AT+HTTPINIT"),
         T('AT+HTTPPARA="URL","http://httpbin.org/get"'),
         T("AT+HTTPACTION=0", after=["+HTTPACTION: 0,200,254"]),
         T("AT+HTTPREAD=0,254", after=["+HTTPREAD: DATA,254\r\n{\r\n  \"args\": {}, \r\n  \"url\": \"http://httpbin.org/get\"\r\n}", "+HTTPREAD:0"]),
         T("AT+HTTPTERM"),
         T("AT+HTTPINIT"),
         T('AT+HTTPPARA="URL","https://httpbin.org/get"'),
         T("AT+HTTPACTION=0", after=["+HTTPACTION: 0,715,0"]),
         T("AT+HTTPHEAD", final="ERROR"),
         T("AT+HTTPTERM")]
    raw = "=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2024.03.14 15:22:09 =~=~=~=~=~=~=~=~=~=~=~=\r\n" + session_bytes(s, echo=True)
    write("putty_sim7600_http.log", raw, s, "putty-log-raw", "SIMCom SIM7600G-H")

    # ---- 23. screen -L, raw, SIM7080G NB-IoT CoAP/UDP, with a reboot ----
    s = [T("AT+CFUN=0", after=["+CPIN: NOT READY"]),
         T('AT+CGDCONT=1,"IP","nb.inetd.gdsp"'),
         T("AT+CFUN=1,1", after=["", "RDY", "+CFUN: 1", "+CPIN: READY", "SMS Ready"]),
         T("AT+CEREG?", ["+CEREG: 0,2"]),
         T("AT+CEREG?", ["+CEREG: 0,1"]),
         T("AT+CNACT=0,1", after=["+APP PDP: 0,ACTIVE"]),
         T("AT+CNACT?", ['+CNACT: 0,1,"10.2.51.110"', '+CNACT: 1,0,"0.0.0.0"', '+CNACT: 2,0,"0.0.0.0"', '+CNACT: 3,0,"0.0.0.0"']),
         T('AT+CAOPEN=0,0,"UDP","45.79.112.203",4242', ["+CAOPEN: 0,0"]),
         T("AT+CASEND=0,5", prompt=">", payload="hello", after=["+CADATAIND: 0"]),
         T("AT+CARECV=0,100", ["+CARECV: 5,hello"]),
         T("AT+CACLOSE=0"),
         T("AT+CACLOSE=0", final="+CME ERROR: 3")]
    raw = session_bytes(s, echo=True)
    write("screen_sim7080g_udp.log", raw, s, "screen-log-raw", "SIMCom SIM7080G")

    # ---- 24. Arduino serial monitor with timestamps, SIM800L SMS ----
    ck = Clock(14, 2, 11, step=0.05)
    s = [N("Initializing..."),
         T("AT"), T("AT+CMGF=1"), T('AT+CNMI=1,2,0,0,0'),
         T('AT+CMGS="+919876543210"', ["+CMGS: 17"], prompt="> ", payload="Hello from SIM800L\x1a"),
         U('+CMT: "+919812345678","","24/03/14,14:03:02+22"'),
         N("LED ON"),
         T("AT+CSQ", ["+CSQ: 7,0"]),
         T('AT+CMGS="+919876543210"', final="+CMS ERROR: 304", prompt="> ", payload="Battery low\x1a"),
         T("AT+CMGL=\"ALL\"", ['+CMGL: 1,"REC READ","+919812345678","","24/03/14,14:03:02+22"', "LED ON"]),
         T('AT+CMGDA="DEL ALL"')]
    write("arduino_monitor_ts_sim800l_sms.log", render_arduino_ts(s, ck), s,
          "arduino-serial-monitor-timestamps", "SIMCom SIM800L")

    # ---- 25. Arduino pass-through sketch, SIM800L, brown-out reboot ----
    s = [N("Initializing..."),
         T("AT"), T("AT+CSQ", ["+CSQ: 12,0"]), T("AT+CCID", ["89910273101234567890"]),
         T("AT+CREG?", ["+CREG: 0,1"]),
         T("ATD+919876543210;"),
         U("UNDER-VOLTAGE WARNNING"),
         U("NORMAL POWER DOWN"),
         N("\x00\x00\xff\xfe"),
         U("RDY"), U("+CFUN: 1"), U("+CPIN: READY"),
         T("AT", final=None, cut=False, partial=[]),
         U("Call Ready"), U("SMS Ready"),
         T("AT"),
         T("AT+CBC", ["+CBC: 0,71,3702"]),
         T("ATD+919876543210;", after=["NO CARRIER"]),
         T("ATH")]
    out = terminal(s, echo=True)
    # the AT typed during the reboot gets no answer: the modem is still autobauding
    write("arduino_passthrough_sim800l_reboot.log", out, s, "arduino-passthrough", "SIMCom SIM800L", encoding="latin-1")

    # ---- 26. SSCOM with timestamps, A7670C MQTT ----
    ck = Clock(10, 48, 27, step=0.21)
    s = [T("AT"), T("AT+CSQ", ["+CSQ: 24,99"]), T("AT+CGATT?", ["+CGATT: 1"]),
         T("AT+CMQTTSTART", ["+CMQTTSTART: 0"]),
         T('AT+CMQTTACCQ=0,"dev-a7670-01",0'),
         T('AT+CMQTTCONNECT=0,"tcp://broker.emqx.io:1883",60,1', after=["+CMQTTCONNECT: 0,0"]),
         T("AT+CMQTTTOPIC=0,9", prompt=">", payload="dev/a7670"),
         T("AT+CMQTTPAYLOAD=0,5", prompt=">", payload="hello"),
         T("AT+CMQTTPUB=0,1,60", after=["+CMQTTPUB: 0,0"]),
         T("AT+CMQTTSUBTOPIC=0,6,1", prompt=">", payload="dev/rx"),
         T("AT+CMQTTSUB=0", after=["+CMQTTSUB: 0,0"]),
         U("+CMQTTRXSTART: 0,6,2"), U("+CMQTTRXTOPIC: 0,6"), U("dev/rx"), U("+CMQTTRXPAYLOAD: 0,2"), U("on"), U("+CMQTTRXEND: 0"),
         T("AT+CMQTTDISC=0,120", after=["+CMQTTDISC: 0,0"]),
         T("AT+CMQTTREL=0"),
         T("AT+CMQTTSTOP", ["+CMQTTSTOP: 0"]),
         T("AT+CMQTTSTOP", final="ERROR")]
    for it in s:
        if isinstance(it, T) and it.prompt == ">":
            it.echo_payload = False
    write("sscom_a7670c_mqtt.log", render_sscom(s, ck, echo=True), s, "sscom-timestamps", "SIMCom A7670C")

    # ---- 27. Tera Term with timestamps, Huawei ME909s ----
    ck = Clock(9, 15, 3, step=0.18, fmt="tt")
    s = [T("ATI", ["Manufacturer: Huawei Technologies Co., Ltd.", "Model: ME909s-120", "Revision: 11.617.12.00.00", "IMEI: 867223021234567", "+GCAP: +CGSM,+DS,+ES"]),
         T("AT^SYSINFOEX", ['^SYSINFOEX: 2,3,0,1,,6,"LTE",101,"LTE"']),
         T("AT^HCSQ?", ['^HCSQ: "LTE",43,31,132,23']),
         T('AT^NDISDUP=1,1,"internet.eplus.de"'),
         U("^NDISSTAT: 1,,,\"IPV4\""),
         T("AT^DHCP?", ["^DHCP: 1c0f0a0a,f8ffffff,1d0f0a0a,1d0f0a0a,2c2c2c2c,2c2c2c2c,150000000,50000000"]),
         T("AT^NDISSTATQRY?", ['^NDISSTATQRY: 1,,,"IPV4",0,33,,"IPV6"']),
         T("AT+CGPADDR=1", ['+CGPADDR: 1,"10.10.15.28"']),
         T("AT^NDISDUP=1,0"),
         U("^NDISSTAT: 0,,,\"IPV4\""),
         T("AT^SETPORT?", final="+CME ERROR: 100"),
         T("AT^CARDMODE", ["^CARDMODE: 2"])]
    write("teraterm_ts_me909s.log", render_teraterm_ts(s, ck), s, "teraterm-timestamps", "Huawei ME909s-120")

    # ---- 28. Docklight, Telit LE910C1, cut mid-reply ----
    ck = Clock(13, 7, 40, step=0.25, fmt="dock")
    s = [T("AT"), T("AT#CGMR", ["#CGMR: 25.21.660"]),
         T("AT+CGDCONT=1,\"IP\",\"broadband\""),
         T("AT#SGACT=1,1", ["#SGACT: 100.66.12.40"]),
         T('AT#SD=1,0,80,"example.com",0,0,1'),
         T("AT#SSEND=1", prompt="> ", payload="GET / HTTP/1.1\r\nHost: example.com\r\n\r\n\x1a"),
         U("SRING: 1"),
         T("AT#SRECV=1,200", ["#SRECV: 1,200", "HTTP/1.1 200 OK"]),
         T("AT#SH=1"),
         T("AT#SGACT=1,0"),
         T("AT#SGACT=1,1", final="+CME ERROR: 555"),
         T("AT#CEER", final=None, cut=True, partial=["#CEER: 0"])]
    write("docklight_le910c1.log", render_docklight(s, ck), s, "docklight-ascii-log", "Telit LE910C1-EU")

    # ---- 29. CoolTerm capture with local echo (module echo off), SARA-R410M ----
    s = [T("AT+CGMR", ["L0.0.00.00.05.08 [Apr 17 2019 19:34:02]"]),
         T("AT+UMNOPROF?", ["+UMNOPROF: 1"]),
         T("AT+CFUN=0"), T("AT+UMNOPROF=100"),
         T("AT+CFUN=15"),
         T("AT", final=None),
         T("AT"),
         T("AT+URAT?", ["+URAT: 7,8"]),
         T("AT+UBANDMASK?", ["+UBANDMASK: 0,185473183,1,524420"]),
         T("AT+COPS?", ["+COPS: 0"]),
         T("AT+COPS=1,2,\"26201\"", final="+CME ERROR: no network service", gap=60000),
         T("AT+CEREG?", ["+CEREG: 0,4"])]
    out = terminal(s, echo=False, local_echo=True)
    write("coolterm_localecho_sara_r410m.log", out, s, "coolterm-capture-localecho", "u-blox SARA-R410M-02B")

    # ---- 30. minicom, Fibocom L610 FTP upload via CONNECT ----
    s = [T("AT+MIPCALL?", ["+MIPCALL: 0"]),
         T("AT+MIPCALL=1,\"ctnet\"", after=["+MIPCALL: 10.91.203.17"]),
         T('AT+FTPOPEN="ftp.example.net","user","secret",0,21,0', after=["+FTPOPEN:1"]),
         T('AT+FTPPUT="/log/l610.txt",0,0', prompt="CONNECT", payload="line1\r\nline2\r\n+++", resp=[], echo_payload=False),
         T("AT+FTPCLOSE", after=["+FTPCLOSE:1"]),
         T("AT+MIPCALL=0", after=["+MIPCALL: 0"])]
    # after the payload the module prints OK for FTPPUT
    write("minicom_l610_ftp.log", terminal(s), s, "minicom-capture", "Fibocom L610")

    # ---- 31. minicom, SIM7600 PPP dial, data mode, +++ ----
    s = [T("AT+CGDCONT=1,\"IP\",\"telstra.internet\""),
         T("ATD*99#", final="CONNECT 150000000"),
         N("~\xff}#\xc0!}!}!} }4}\"}&} } } } }%}&\x8c\x1b\x9fm}'}\"}(}\"\x9b\xd6~~\xff}#\xc0!}!}!} }4}\"}&} } } } }%}&\x8c\x1b\x9fm}'}\"}(}\"\x9b\xd6~"),
         U("OK"),
         T("ATH"),
         T("ATO", final="NO CARRIER"),
         T("AT+CGACT?", ["+CGACT: 1,0"])]
    # '+++' typed by the user: the module's OK is shown as a URC-like line (not a command)
    write("minicom_sim7600_ppp_dial.log", terminal(s), s, "minicom-capture", "SIMCom SIM7600E", encoding="latin-1")

    # ---- 32. picocom, Air724UG SMS read ----
    s = [T("AT+CPMS?", ['+CPMS: "SM",3,50,"SM",3,50,"SM",3,50']),
         T("AT+CMGF=1"), T('AT+CSCS="GSM"'),
         T('AT+CMGL="ALL"', ['+CMGL: 1,"REC UNREAD","10086",,"24/03/14,16:02:11+32"', "Balance query reply",
                             '+CMGL: 2,"REC READ","10010",,"24/03/13,09:12:40+32"', "Your data plan has 1.2GB left"]),
         T("AT+CMGR=3", final="+CMS ERROR: 321"),
         T("AT+CMGR=1", ['+CMGR: "REC READ","10086",,"24/03/14,16:02:11+32"', "Balance query reply"]),
         T("AT+CMGD=1,4"),
         T("AT+CPMS?", ['+CPMS: "SM",0,50,"SM",0,50,"SM",0,50'])]
    lines = ["picocom v3.1", "", "port is        : /dev/ttyUSB0", "flowcontrol    : none", "baudrate is    : 115200",
             "local echo is  : no", "Type [C-a] [C-h] to see available commands", "Terminal ready", ""] + terminal(s)
    write("picocom_air724ug_sms.log", lines, s, "picocom-session", "AirM2M Air724UG")

    # ---- 33. screen capture with its top cut off, EG91, ends mid-reply ----
    s = [T("AT+QENG=\"servingcell\"", ['+QENG: "servingcell","NOCONN","LTE","FDD",310,260,A1B2C03,351,5110,12,3,3,2A1F,-101,-12,-69,10,34'], vis=False),
         T("AT+QCSQ", ['+QCSQ: "LTE",-69,-101,150,-12']),
         T("AT+CGPADDR", ['+CGPADDR: 1,"10.176.22.5"', '+CGPADDR: 2,"0.0.0.0"']),
         T('AT+QPING=1,"1.1.1.1",4,3', after=['+QPING: 569']),
         T("AT+QIDNSCFG=1", ['+QIDNSCFG: 1,"0.0.0.0","0.0.0.0"']),
         T('AT+QIDNSCFG=1,"8.8.8.8","1.1.1.1"'),
         T('AT+QPING=1,"1.1.1.1",4,3', after=['+QPING: 0,"1.1.1.1",32,88,255', '+QPING: 0,"1.1.1.1",32,61,255',
                                             '+QPING: 0,"1.1.1.1",32,59,255', '+QPING: 0,4,3,0,59,88,69']),
         T("AT+QCFG=\"band\"", final=None, cut=True, partial=['+QCFG: "band",0x260,0x42000000000000381a,0x0'])]
    raw = session_bytes(s, echo=True)
    # the copy starts in the middle of the first reply (the command line is above the cut)
    first = raw.index("+QENG:")
    raw = raw[first + 20:]
    write("screen_cut_top_eg91.log", raw, s, "screen-log-raw-cut", "Quectel EG91-NA")

    # ---- 34. Tera Term plain log, Cinterion EXS62-W sockets (^SISW prompt-less write) ----
    s = [T("ATI", ["Cinterion", "EXS62-W", "REVISION 01.200"]),
         T('AT^SICS=0,"conType","GPRS0"'), T('AT^SICS=0,"apn","internet.cxn"'),
         T('AT^SISS=1,"srvType","Socket"'), T('AT^SISS=1,"conId",0'),
         T('AT^SISS=1,"address","socktcp://93.184.216.34:7;etx"'),
         T("AT^SISO=1", after=["^SISW: 1,1"]),
         T("AT^SISW=1,10", prompt="^SISW: 1,10,0\r\n", payload="0123456789"),
         U("^SISR: 1,1"),
         T("AT^SISR=1,100", ["^SISR: 1,10", "0123456789"]),
         T("AT^SISC=1"),
         T("AT^SISO=1", final="+CME ERROR: 767", after=[]),
         T("AT^SISE=1", ['^SISE: 1,0'])]
    write("teraterm_exs62w_socket.log", terminal(s), s, "teraterm-log", "Cinterion EXS62-W")


def damaged_logs():
    # ---- 35. GitHub issue with a fenced TinyGSM log (SIM7600) ----
    s = [T("AT"), T("AT"), T("ATE0"), T("AT+CMEE=2"), T("AT+GMM", ["SIMCOM_SIM7600G-H"]),
         T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CGREG?", ["+CGREG: 0,1"]),
         T("AT+NETCLOSE", final="+CME ERROR: unknown error"),
         T('AT+CGDCONT=1,"IP","hologram"'), T('AT+CGAUTH=1,0,"",""'),
         T("AT+CIPMODE=0"), T("AT+CIPSENDMODE=0"), T("AT+CIPCCFG=10,0,0,0,1,0,75000"),
         T("AT+CIPTIMEOUT=75000,15000,15000"),
         T("AT+NETOPEN", after=["+NETOPEN: 0"]),
         T("AT+IPADDR", ["+IPADDR: 10.170.42.8"]),
         T('AT+CIPOPEN=0,"TCP","io.adafruit.com",1883', after=["+CIPOPEN: 0,4"]),
         T("AT+CIPCLOSE=0", final="+CME ERROR: unknown error"),
         T('AT+CIPOPEN=0,"TCP","io.adafruit.com",1883', after=["+CIPOPEN: 0,0"]),
         T("AT+CIPSEND=0,14", prompt=">", payload="\x10\x0c\x00\x04MQTT\x04\x02\x00<", after=["+CIPSEND: 0,14,14"],
           echo_payload=False)]
    log = render_tinygsm(s, echo=True)
    body = ["### Describe the bug", "",
            "SIM7600G-H on a LilyGO T-SIM7600 board. Network comes up but MQTT never connects, `+CIPOPEN: 0,4` on the first try.",
            "", "### Steps to reproduce", "", "1. flash the MqttClient example (TinyGSM 0.11.7, StreamDebugger on)",
            "2. open the serial monitor", "", "### Log", "", "```"] + log + ["```", "",
            "### Environment", "", "- Board: LilyGO T-SIM7600G-H", "- Firmware: LE20B04SIM7600G22", "- PlatformIO, espressif32 6.4.0"]
    write("gh_issue_fence_tinygsm_sim7600.md", body, s, "github-issue+tinygsm", "SIMCom SIM7600G-H")

    # ---- 36. Markdown quote '> ' around a minicom capture, SIM7600 CIPSEND (prompt '>' inside) ----
    s = [T("AT+NETOPEN", after=["+NETOPEN: 0"]),
         T('AT+CIPOPEN=1,"UDP",,,5000', ["+CIPOPEN: 1,0"]),
         T('AT+CIPSEND=1,6,"116.228.221.51",8500', prompt=">", payload="ABCDEF", after=["+CIPSEND: 1,6,6"]),
         U("RECV FROM:116.228.221.51:8500"), U("+IPD6"), U("ABCDEF"),
         T("AT+CIPCLOSE=1", after=["+CIPCLOSE: 1,0"]),
         T("AT+NETCLOSE", after=["+NETCLOSE: 0"]),
         T("AT+NETCLOSE", final="ERROR", mid=[], after=["+NETCLOSE: 2"])]
    inner = terminal(s)
    body = ["I'm testing UDP on a SIM7600E with minicom, this is what I get:", ""] + \
           ["> " + l if l else ">" for l in inner] + \
           ["", "Why does the second AT+NETCLOSE give ERROR? The first one closed fine."]
    write("md_quote_minicom_sim7600.md", body, s, "markdown-quote+minicom", "SIMCom SIM7600E")

    # ---- 37. e-mail reply quoting an Arduino monitor log with timestamps, SIM800L ----
    ck = Clock(17, 30, 2, step=0.07)
    s = [T("AT"), T("AT+CFUN?", ["+CFUN: 1"]),
         T("AT+CIPSTATUS", after=["STATE: IP INITIAL"]),
         T('AT+CSTT="wap.vodafone.co.uk","wap","wap"'),
         T("AT+CIICR"),
         T("AT+CIFSR", final="10.172.96.31"),
         T('AT+CIPSTART="TCP","api.thingspeak.com","80"', after=["CONNECT OK"]),
         T("AT+CIPSEND", prompt="> ", payload="GET /update?api_key=XXXX&field1=23\x1a", final="SEND OK"),
         U("CLOSED"),
         T("AT+CIPSHUT", final="SHUT OK")]
    inner = render_arduino_ts(s, ck)
    body = ["Hi Mark,", "", "thanks, see the output below. It sends once and then the socket closes.", "",
            "Regards,", "Priya", "", "On Thu, 14 Mar 2024 at 17:41, Mark Ellis <mark@example.com> wrote:",
            "> Could you paste the serial monitor output with timestamps on?", ">",
            "> On Thu, 14 Mar 2024 at 17:35, Priya <priya@example.com> wrote:"] + \
           ["> > " + l for l in inner] + ["> >", "> > Is the SIM800L supposed to close the connection?"]
    write("email_quote_arduino_sim800l.txt", body, s, "email-quote+arduino-timestamps", "SIMCom SIM800L")

    # ---- 38. Zephyr modem_chat with ANSI colours, SIM7080 ----
    s = [N("RAW:\x1b[0m*** Booting Zephyr OS build v3.7.0 ***"),
         N("SCRIPT simcom_sim7080_init_chat_script"),
         T("AT", final=None), N("TIMEOUT"),
         N("ERR modem_cellular: modem_cellular_on_script_result: ... init script failed"),
         N("SCRIPT simcom_sim7080_init_chat_script"),
         T("ATE0"), T("AT+CFUN=4"), T("AT+CMEE=1"), T("AT+CREG=1"), T("AT+CGREG=1"), T("AT+CEREG=1"),
         T("AT+CREG?", ["+CREG: 1,0"]), T("AT+CEREG?", ["+CEREG: 1,0"]),
         T("AT+CGSN", ["860016041234567"]), T("AT+CGMM", ["SIMCOM_SIM7080G"]),
         T("AT+CMUX=0,0,5,127", final="ERROR"),
         N("ABORT"),
         N("ERR modem_cellular: modem_cellular_on_script_result: init script aborted")]
    write("zephyr_ansi_sim7080g.log", render_zephyr(s, "x", ansi=True), s, "zephyr-modem-chat+ansi", "SIMCom SIM7080G")

    # ---- 39. ModemManager journal hard-wrapped at 80 columns (copied from a terminal) ----
    def jpfx(t):
        return "Mar 14 08:%02d:%02d rpi4 ModemManager[655]: " % (int(t) // 60 % 60, int(t) % 60)
    s = [T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CIMI", ["234159876543210"]),
         T("AT+CGDCONT=?", ['+CGDCONT: (1-24),"IP",,,(0-2),(0-4),(0,1),(0,1)', '+CGDCONT: (1-24),"PPP",,,(0-2),(0-4),(0,1),(0,1)', '+CGDCONT: (1-24),"IPV6",,,(0-2),(0-4),(0,1),(0,1)']),
         T("AT+CGDCONT?", ['+CGDCONT: 1,"IPV4V6","ep.inetd.gdsp","0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0",0,0,0,0']),
         T('AT+QCFG="usbnet"', ['+QCFG: "usbnet",1']),
         T("AT+CGACT=1,1", final="+CME ERROR: 30"),
         T("AT+COPS=0", final="+CME ERROR: 30"),
         T("AT+CEREG?", ["+CEREG: 2,3"])]
    long = render_mm(s, jpfx, 3000.0, dev="ttyUSB2", style="new", crlf_cmd=False)
    wrapped = []
    for l in long:
        while len(l) > 80:
            wrapped.append(l[:80])
            l = l[80:]
        wrapped.append(l)
    write("mm_journal_wrapped80_eg25g.txt", wrapped, s, "terminal-wrap+modemmanager", "Quectel EG25-G")

    # ---- 40. Forum post, 4-space indented code block, CRLF line ends, BG96 minicom ----
    s = [T("AT+QCFG=\"nwscanseq\"", ['+QCFG: "nwscanseq",020301']),
         T("AT+QCFG=\"iotopmode\",0,1"),
         T("AT+QCFG=\"band\",0,0,80084,1"),
         T("AT+COPS=?", final=None),
         T("AT"),
         T("AT+CEREG?", ["+CEREG: 0,2"]),
         T("AT+QNWINFO", ['+QNWINFO: "eMTC","20408","LTE BAND 20",6300']),
         T("AT+CEREG?", ["+CEREG: 0,5"]),
         T("AT+QCSQ", ['+QCSQ: "eMTC",-82,-108,160,-11'])]
    # AT+COPS=? never answered: the user typed AT, which aborts the scan (BG96 manual: the
    # command can be aborted by any character) and gets OK; COPS=? is labelled with no final.
    inner = terminal(s)
    body = ["Re: BG96 stuck searching on Cat-M1 (Vodafone NL)", "",
            "Quote from: marco_k on March 14, 2024, 10:02:11 AM", "Did you set the scan sequence?", "",
            "Yes, here is what I did:", ""] + ["    " + l for l in inner] + \
           ["", "It took about 3 minutes to get +CEREG: 0,5. The AT+COPS=? never returned so I typed AT to abort it.",
            "« Last Edit: March 14, 2024, 10:19:40 AM by fjansen »"]
    write("forum_indent_crlf_bg96.txt", body, s, "forum-indent-crlf+minicom", "Quectel BG96", nl="\r\n")

    # ---- 41. Windows-1252 text with smart quotes around a PuTTY-style capture, SIM800 ----
    s = [T("AT+CGATT?", ["+CGATT: 1"]),
         T('AT+SAPBR=3,1,"APN","payandgo.o2.co.uk"'),
         T("AT+SAPBR=1,1", final="ERROR"),
         T("AT+SAPBR=2,1", ['+SAPBR: 1,1,"10.48.92.177"']),
         T("AT+HTTPINIT"),
         T('AT+HTTPPARA="CID",1'),
         T('AT+HTTPPARA="URL","http://example.org/a.txt"'),
         T("AT+HTTPACTION=0", after=["+HTTPACTION: 0,601,0"]),
         T("AT+HTTPTERM")]
    inner = terminal(s)
    body = ["Subject: SIM800 HTTP returns 601 \u2013 \u201cnetwork error\u201d", "",
            "Hello support,", "",
            "I\u2019m getting \u201c+HTTPACTION: 0,601,0\u201d every time. The bearer says it\u2019s already open (ERROR on AT+SAPBR=1,1 \u2026 is that normal?).",
            "Log from our test bench:", ""] + inner + ["", "Kind regards \u2013 J\u00fcrgen"]
    write("cp1252_mail_sim800_http.txt", body, s, "windows1252-smartquotes+terminal", "SIMCom SIM800", nl="\r\n", encoding="cp1252")

    # ---- 42. ESP-IDF monitor colours around esp_modem 1.x, SIM7070G ----
    s = [N("I ({t}) main_task: Calling app_main()"),
         N("I ({t}) modem: Power on the modem"),
         T("AT", final=None),
         N("W ({t}) modem: sync failed, retry 1/5"),
         T("AT"),
         T("ATE0"),
         T("AT+CPIN?", final="+CME ERROR: 10"),
         N("E ({t}) modem: SIM not inserted"),
         T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CNMP=38"),
         T("AT+CSQ", ["+CSQ: 17,99"]),
         T("AT+CPSI?", ["+CPSI: LTE CAT-M1,Online,234-30,0x0D4A,27891203,311,EUTRAN-BAND20,6300,3,3,-11,-98,-71,13"]),
         T('AT+CGDCONT=1,"IP","everywhere"'),
         T("ATD*99#", final="CONNECT"),
         N("I ({t}) esp-netif_lwip-ppp: Connected"),
         N("I ({t}) modem: IP event! 6"),
         N("I ({t}) modem: Modem Connect to PPP Server")]
    write("idf_monitor_ansi_sim7070g.log", render_esp_modem_v1(s, echo=False, color=True), s,
          "esp-modem-command-lib+ansi", "SIMCom SIM7070G")

    # ---- 43. GitHub issue with <details> and a fenced ModemManager debug log, Fibocom L850 ----
    def jpfx(t):
        return ""
    s = [T("AT+GTUSBMODE?", ["+GTUSBMODE: 7"]),
         T("AT+CFUN?", ["+CFUN: 4"]),
         T("AT+CFUN=1", final="+CME ERROR: 4"),
         T("AT+CPIN?", final="+CME ERROR: 13"),
         T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+XACT?", ["+XACT: 4,2,,1,2,4,5,8,101,102,103,104,105,107,108,112,113,117,118,119,120,128,129,130,138,141,166"]),
         T("AT+XACT=2,,,1,3,7,20", final="ERROR"),
         T("AT+CGDCONT?", ['+CGDCONT: 0,"IP","","",0,0,0,0,0,0', '+CGDCONT: 1,"IP","internet","",0,0,0,0,0,0']),
         T("AT+CFUN=1")]
    log = render_mm(s, jpfx, 1741962211.5021, dev="wwan0at1", style="new", crlf_cmd=True)
    log = ["ModemManager[33505]: " + l for l in log]
    body = ["**ModemManager version:** 1.22.0", "**Modem:** Fibocom L850-GL (xmm7360 / 8086:7360)", "",
            "Radio stays in low-power mode after resume from suspend.", "",
            "<details>", "<summary>mmcli debug log</summary>", "", "```"] + log + ["```", "", "</details>", "",
            "Any ideas? `AT+CFUN=1` works when I send it by hand later."]
    write("gh_issue_details_mm_l850.md", body, s, "github-issue-details+modemmanager", "Fibocom L850-GL")


def negative_logs():
    # ---- 44. NMEA stream from the EG25 NMEA port ----
    neg = ["$GPGSV,3,1,11,02,62,285,32,05,18,041,24,11,40,113,29,12,26,310,21*7A",
           "$GPGSV,3,2,11,13,05,089,,15,08,146,18,20,54,206,35,25,47,261,31*75",
           "$GPGSV,3,3,11,29,67,120,38,30,07,225,,31,12,052,*4C",
           "$GPGGA,101523.00,4808.1072,N,01134.9188,E,1,07,1.2,521.0,M,47.0,M,,*5E",
           "$GPVTG,0.0,T,,M,0.0,N,0.0,K,A*0D",
           "$GPRMC,101523.00,A,4808.1072,N,01134.9188,E,0.0,0.0,140324,,,A*6C",
           "$GPGSA,A,3,02,05,11,12,20,25,29,,,,,,2.1,1.2,1.7*3B",
           "$GNGNS,101523.00,4808.1072,N,01134.9188,E,AN,07,1.2,521.0,47.0,,*64",
           "$PQGSV,OK*2E"] * 3
    write("neg_nmea_eg25.log", neg, None, "negative-nmea", "Quectel EG25-G", has=False)

    # ---- 45. pppd debug without the chat part ----
    ck = Clock(7, 42, 10, step=0.2, fmt="syslog")
    p = lambda: "%s gw pppd[1581]: " % ck()
    neg = [p() + "pppd 2.4.9 started by root, uid 0",
           p() + "Script /usr/sbin/chat -v -f /etc/chatscripts/quectel-chat-connect finished (pid 1583), status = 0x0",
           p() + "Serial connection established.",
           p() + "using channel 1",
           p() + "Using interface ppp0",
           p() + "Connect: ppp0 <--> /dev/ttyUSB3",
           p() + "sent [LCP ConfReq id=0x1 <asyncmap 0x0> <magic 0x9e3e2a10> <pcomp> <accomp>]",
           p() + "rcvd [LCP ConfReq id=0x0 <asyncmap 0x0> <auth chap MD5> <magic 0x4c1b2a7d> <pcomp> <accomp>]",
           p() + "sent [LCP ConfAck id=0x0 <asyncmap 0x0> <auth chap MD5> <magic 0x4c1b2a7d> <pcomp> <accomp>]",
           p() + "rcvd [LCP ConfAck id=0x1 <asyncmap 0x0> <magic 0x9e3e2a10> <pcomp> <accomp>]",
           p() + "rcvd [CHAP Challenge id=0x1 <b3f1c4e2a9d07c5e6f1a2b3c4d5e6f70>, name = \"UMTS_CHAP_SRVR\"]",
           p() + "sent [CHAP Response id=0x1 <0f1e2d3c4b5a69788796a5b4c3d2e1f0>, name = \"\"]",
           p() + "rcvd [CHAP Success id=0x1 \"\"]",
           p() + "CHAP authentication succeeded",
           p() + "sent [IPCP ConfReq id=0x1 <compress VJ 0f 01> <addr 0.0.0.0> <ms-dns1 0.0.0.0> <ms-dns2 0.0.0.0>]",
           p() + "rcvd [IPCP ConfNak id=0x1 <addr 10.64.88.3> <ms-dns1 10.11.12.13> <ms-dns2 10.11.12.14>]",
           p() + "sent [IPCP ConfReq id=0x2 <addr 10.64.88.3> <ms-dns1 10.11.12.13> <ms-dns2 10.11.12.14>]",
           p() + "rcvd [IPCP ConfAck id=0x2 <addr 10.64.88.3> <ms-dns1 10.11.12.13> <ms-dns2 10.11.12.14>]",
           p() + "local  IP address 10.64.88.3",
           p() + "remote IP address 10.64.64.64",
           p() + "primary   DNS address 10.11.12.13",
           p() + "secondary DNS address 10.11.12.14",
           p() + "Script /etc/ppp/ip-up started (pid 1602)",
           p() + "Script /etc/ppp/ip-up finished (pid 1602), status = 0x0"]
    write("neg_pppd_ipcp.log", neg, None, "negative-pppd-lcp", "Quectel EC25", has=False)

    # ---- 46. Forum prose + JSON config listing AT commands ----
    neg = ["Our gateway reads its modem init sequence from config.json, like this:", "",
           "```json", "{", '  "modem": {', '    "port": "/dev/ttyUSB2",', '    "baud": 115200,',
           '    "init": [', '      "ATE0",', '      "AT+CMEE=2",', '      "AT+CGDCONT=1,\\"IP\\",\\"iot.truphone.com\\"",',
           '      "AT+QICSGP=1,1,\\"iot.truphone.com\\",\\"\\",\\"\\",1"', "    ],",
           '    "expect": "OK",', '    "timeout_ms": 3000', "  }", "}", "```", "",
           "After AT+QICSGP the modem should answer OK and then we send AT+QIACT=1, which can take up to 150 s.",
           "If you get +CME ERROR: 30 just retry after AT+CFUN=1,1. ERROR on AT+QIACT? means the context id is wrong.",
           "Also make sure AT+CREG? shows 0,1 or 0,5 before activating."]
    write("neg_forum_json_config.md", neg, None, "negative-prose-json", "Quectel EC25", has=False)

    # ---- 47. dmesg: option driver enumerating a SIM7600 ----
    neg = ["[    3.412345] usb 1-1.3: new high-speed USB device number 4 using dwc_otg",
           "[    3.544120] usb 1-1.3: New USB device found, idVendor=1e0e, idProduct=9001, bcdDevice= 3.18",
           "[    3.544150] usb 1-1.3: New USB device strings: Mfr=1, Product=2, SerialNumber=3",
           "[    3.544163] usb 1-1.3: Product: SimTech, Incorporated",
           "[    3.544175] usb 1-1.3: Manufacturer: SimTech, Incorporated",
           "[    3.544186] usb 1-1.3: SerialNumber: 0123456789ABCDEF",
           "[    5.102938] usbcore: registered new interface driver option",
           "[    5.102991] usbserial: USB Serial support registered for GSM modem (1-port)",
           "[    5.103418] option 1-1.3:1.0: GSM modem (1-port) converter detected",
           "[    5.103762] usb 1-1.3: GSM modem (1-port) converter now attached to ttyUSB0",
           "[    5.104101] option 1-1.3:1.1: GSM modem (1-port) converter detected",
           "[    5.104399] usb 1-1.3: GSM modem (1-port) converter now attached to ttyUSB1",
           "[    5.104733] option 1-1.3:1.2: GSM modem (1-port) converter detected",
           "[    5.105021] usb 1-1.3: GSM modem (1-port) converter now attached to ttyUSB2",
           "[    5.105388] option 1-1.3:1.3: GSM modem (1-port) converter detected",
           "[    5.105677] usb 1-1.3: GSM modem (1-port) converter now attached to ttyUSB3",
           "[    5.221904] qmi_wwan 1-1.3:1.5: cdc-wdm0: USB WDM device",
           "[    5.223310] qmi_wwan 1-1.3:1.5 wwan0: register 'qmi_wwan' at usb-3f980000.usb-1.3, WWAN/QMI device, 1a:2b:3c:4d:5e:6f",
           "[  612.884102] usb 1-1.3: USB disconnect, device number 4",
           "[  612.884990] option1 ttyUSB0: GSM modem (1-port) converter now disconnected from ttyUSB0",
           "[  612.885511] option 1-1.3:1.0: device disconnected"]
    write("neg_dmesg_option_sim7600.log", neg, None, "negative-kernel-usb", "SIMCom SIM7600G-H", has=False)

    # ---- 48. mmcli -m 0 status table ----
    neg = ["  ----------------------------------",
           "  General  |                   path: /org/freedesktop/ModemManager1/Modem/0",
           "           |              device id: 7f3b5f1e9c2d4a6b8e0f1a2b3c4d5e6f7a8b9c0d",
           "  ----------------------------------",
           "  Hardware |           manufacturer: Quectel",
           "           |                  model: EM12-G",
           "           |      firmware revision: EM12GPAR01A21M4G",
           "           |         supported caps: gsm-umts, lte",
           "           |           current caps: gsm-umts, lte",
           "           |           equipment id: 869710030123456",
           "  ----------------------------------",
           "  System   |                 device: /sys/devices/pci0000:00/0000:00:14.0/usb2/2-3",
           "           |                drivers: option, qmi_wwan",
           "           |                 plugin: quectel",
           "           |           primary port: cdc-wdm0",
           "           |                  ports: cdc-wdm0 (qmi), ttyUSB0 (ignored), ttyUSB1 (gps),",
           "           |                         ttyUSB2 (at), ttyUSB3 (at), wwan0 (net)",
           "  ----------------------------------",
           "  Status   |                   lock: sim-pin2",
           "           |         unlock retries: sim-pin (3), sim-puk (10), sim-pin2 (3), sim-puk2 (10)",
           "           |                  state: failed",
           "           |          failed reason: sim-missing",
           "           |            power state: on",
           "           |         signal quality: 0% (cached)",
           "  ----------------------------------",
           "  3GPP     |                   imei: 869710030123456",
           "  ----------------------------------",
           "  SIM      |       primary sim path: /org/freedesktop/ModemManager1/SIM/0",
           "",
           "$ sudo mmcli -m 0 --command=\"AT+CPIN?\"",
           "error: command not allowed: operation only allowed in debug mode"]
    write("neg_mmcli_status_em12.txt", neg, None, "negative-mmcli-table", "Quectel EM12-G", has=False)


def main():
    os.makedirs(LOGS, exist_ok=True)
    for f in os.listdir(LOGS):
        os.remove(os.path.join(LOGS, f))
    host_library_logs()
    terminal_logs()
    damaged_logs()
    negative_logs()
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    tot = sum(v["total"] for v in LABELS.values())
    print("%d logs, %d transactions, %d negative" % (len(LABELS), tot,
                                                     sum(1 for v in LABELS.values() if not v["has_transactions"])))
    for name in sorted(LABELS):
        v = LABELS[name]
        print("%-42s %-36s %-24s %4d" % (name, v["shape"], v["module"][:24], v["total"]))


if __name__ == "__main__":
    main()
