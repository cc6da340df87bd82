#!/usr/bin/env python3
"""Write holdout15 logs/ and labels.json deterministically.

Each log is one session: a list of T (command -> reply -> final), U (unsolicited line),
N (a line the host program prints verbatim). events() turns a session into what crosses the
wire; one renderer per shape turns the events into the text the tool prints (layouts named in
SOURCES.md); the labels come from the same session, so log and labels cannot drift apart.
All values are invented.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")


class T:
    def __init__(self, cmd, resp=(), final="OK", prompt=None, payload=None, after=(),
                 cut=False, echo=None, pre=(), wait=0):
        self.cmd = cmd
        self.resp = list(resp)
        self.final = final          # None: no final in the log
        self.prompt = prompt        # "> " / ">" / "@" / "CONNECT"
        self.payload = payload      # what the host sends after the prompt
        self.after = list(after)    # lines after the final (URCs completing the command)
        self.cut = cut              # capture ends once the command went out
        self.echo = echo            # override the session echo for this command
        self.pre = list(pre)        # URC lines arriving before the reply
        self.wait = wait            # seconds before the final (long waits)


class U:
    def __init__(self, line):
        self.line = line


class N:
    def __init__(self, text):
        self.text = text


def labels_of(items):
    out = []
    for it in items:
        if isinstance(it, T):
            out.append({"command": it.cmd, "final": None if it.cut else it.final})
            if it.cut:
                break
    return out


def events(items, echo=True):
    """('cmd', text) host line; ('pay', text) host payload after a prompt; ('rx', line) module
    line ('' for an empty line); ('prompt', p); ('note', text); ('wait', s); ('end',) cut."""
    ev = []
    for it in items:
        if isinstance(it, N):
            ev.append(("note", it.text))
        elif isinstance(it, U):
            ev.append(("rx", ""))
            ev.append(("rx", it.line))
        else:
            ev.append(("cmd", it.cmd))
            if it.cut:
                ev.append(("end",))
                break
            e = echo if it.echo is None else it.echo
            if e:
                ev.append(("echo", it.cmd))
            for p in it.pre:
                ev.append(("rx", ""))
                ev.append(("rx", p))
            if it.prompt:
                if it.prompt in (">", "> ", "@"):
                    ev.append(("prompt", it.prompt))
                else:
                    ev.append(("rx", ""))
                    ev.append(("rx", it.prompt))
                if it.payload is not None:
                    ev.append(("pay", it.payload))
            if it.wait:
                ev.append(("wait", it.wait))
            if it.resp:
                ev.append(("rx", ""))
                for r in it.resp:
                    ev.append(("rx", r))
            if it.final is not None:
                ev.append(("rx", ""))
                ev.append(("rx", it.final))
                if it.cmd.upper().replace(" ", "") in ("ATE0", "ATE0V1", "ATE0Q0V1") and it.final == "OK":
                    echo = False
                if it.cmd.upper().replace(" ", "") == "ATE1" and it.final == "OK":
                    echo = True
            else:
                ev.append(("timeout",))
            for a in it.after:
                ev.append(("rx", ""))
                ev.append(("rx", a))
    return ev


def rx_lines(ev):
    """Group events into host lines and module lines (echo is a module line)."""
    return ev


class Clock:
    def __init__(self, h=10, m=0, s=0, ms=0, step=37):
        self.t = ((h * 60 + m) * 60 + s) * 1000 + ms
        self.step = step

    def tick(self, n=None):
        self.t += self.step if n is None else n
        return self.t

    def hms(self, sep="."):
        t = self.t
        return "%02d:%02d:%02d%s%03d" % (t // 3600000 % 24, t // 60000 % 60, t // 1000 % 60, sep, t % 1000)

    def secs(self):
        return self.t / 1000.0


# ------------------------------------------------------------------------------------------
# raw terminal stream (echo on: the module echoes the command; local typing is not shown)
# ------------------------------------------------------------------------------------------

def raw(items, echo=True, ctrlz="\x1a", local_echo=False, show_timeout=None):
    out = []
    ev = events(items, echo)
    for e in ev:
        k = e[0]
        if k == "note":
            out.append(e[1])
        elif k == "cmd":
            if local_echo:
                out.append(e[1])
        elif k == "echo":
            out.append(e[1])
        elif k == "prompt":
            out.append(e[1].strip() if e[1] != "> " else "> ")
        elif k == "pay":
            # payload echoed on the prompt line (not after CONNECT: data mode, no echo)
            if out and out[-1] == "CONNECT":
                continue
            out[-1] = out[-1] + e[1] + ctrlz if out else e[1]
        elif k == "rx":
            out.append(e[1])
        elif k == "timeout" and show_timeout:
            out.append(show_timeout)
        elif k == "end":
            break
    return out


# ------------------------------------------------------------------------------------------
# NEW shapes (verified in source this session, see SOURCES.md)
# ------------------------------------------------------------------------------------------

def render_serialport_gsm(items, echo=True):
    """serialport-gsm lib/functions/modem.js with logger: console.
    executeNext(): `Modem Write: ${item.command}`; dataReceived(): `Modem Received: ${newpart}`
    for every part split on CRLF (empty parts too), 'Activate Message Processing for: ' when the
    echo matches, 'Ignore Data: ' for lines no command logic takes, 'Call callback for: '."""
    out = []
    ev = events(items, echo)
    cur = None
    for e in ev:
        k = e[0]
        if k == "note":
            out.append(e[1])
        elif k == "cmd":
            cur = e[1]
            out.append("Modem Write: %s" % e[1])
        elif k == "echo":
            out.append("Modem Received: %s" % e[1])
            out.append("Activate Message Processing for: %s" % e[1])
        elif k == "prompt":
            out.append("Modem Received: >")
        elif k == "pay":
            cur = e[1]
            out.append("Modem Write: %s" % e[1])
        elif k == "rx":
            out.append("Modem Received: %s" % e[1])
            if e[1] in ("OK", "ERROR") or e[1].startswith("+CMS ERROR") or e[1].startswith("+CME ERROR"):
                if cur:
                    out.append("Call callback for: %s" % cur)
                    cur = None
        elif k == "end":
            break
    return out


def render_hologram(items, echo=True):
    """hologram-python Hologram/Network/Modem/Modem.py: modemwrite() logs '[' + 'AT' + cmd
    ['=' value] ['?'] + ']' once per command; _readline_from_serial_port() logs '{' + line + '}'
    for every non-empty readline (the empty line between CRLFs is "\\r\\n", so '{}' is logged);
    handleURC(): 'URC! %s', 'handleURC state: %d'. Format '%(levelname)s: %(message)s' as in
    the repository's examples."""
    out = []
    ev = events(items, echo)
    for e in ev:
        k = e[0]
        if k == "note":
            out.append(e[1])
        elif k == "cmd":
            out.append("DEBUG: [%s]" % e[1])
        elif k in ("echo", "rx"):
            line = e[1]
            out.append("DEBUG: {%s}" % line)
            if line.startswith("+UUSO") or line.startswith("+CMTI") or line.startswith("+UUPSDD"):
                out.append("DEBUG: URC! %s" % line)
                out.append("DEBUG: handleURC state: 0")
        elif k == "end":
            break
    return out


def hexdump16(data, width=16):
    rows = []
    for i in range(0, len(data), width):
        chunk = data[i:i + width]
        hx = " ".join("%02X" % b for b in chunk)
        asc = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        rows.append("%-48s%s" % (hx, asc))
    return rows


def render_jpnevulator(items, echo=True, host="HOST", modem="MODEM", t0=(13, 21, 5)):
    """jpnevulator --ascii --timing-print --tty A:ALIAS --tty B:ALIAS --read: a header
    'YYYY-MM-DD HH:MM:SS.uuuuuu: ALIAS' each time the direction changes (or after a gap), then
    16 bytes a row in hex, the ASCII column after them (README of pklaus/jpnevulator.py)."""
    out = []
    ev = events(items, echo)
    us = ((t0[0] * 60 + t0[1]) * 60 + t0[2]) * 1000000 + 114233
    chunks = []  # (alias, bytes)
    rxbuf = b""

    def flush_rx():
        nonlocal rxbuf
        if rxbuf:
            chunks.append((modem, rxbuf))
            rxbuf = b""
    for e in ev:
        k = e[0]
        if k == "cmd":
            flush_rx()
            chunks.append((host, (e[1] + "\r").encode()))
        elif k == "pay":
            flush_rx()
            chunks.append((host, (e[1] + "\x1a").encode()))
        elif k == "echo":
            rxbuf += (e[1] + "\r").encode()
        elif k == "prompt":
            rxbuf += b"\r\n> " if e[1].startswith(">") else b"@"
            flush_rx()
        elif k == "rx":
            rxbuf += (e[1] + "\r\n").encode() if e[1] else b"\r\n"
            if e[1] and (e[1] in ("OK", "ERROR", "SEND OK") or "ERROR:" in e[1]):
                flush_rx()
        elif k in ("timeout", "wait"):
            flush_rx()
        elif k == "end":
            break
    flush_rx()
    for alias, data in chunks:
        us += 18342 + 97 * len(data)
        s = us // 1000000
        out.append("2026-12-03 %02d:%02d:%02d.%06d: %s" % (s // 3600 % 24, s // 60 % 60, s % 60, us % 1000000, alias))
        out.extend(hexdump16(data))
    return out


def render_netifd_atc(items, iface="wwan", pid=2871, t0=(19, 42, 11), prelude=(), tail=()):
    """mrhaav/openwrt-packages atc.sh (proto atc, Fibocom L8x0): 'Running custom AT-commands',
    then per custom command echo ' '$at_command and ' '$at_line for each non-empty reply line
    other than the echo; netifd logs a proto handler's stdout as 'netifd: IFACE (PID): line'
    under logread's 'Www Mmm dd hh:mm:ss yyyy daemon.notice' prefix."""
    out = []
    c = Clock(*t0, step=300)

    def put(text):
        c.tick()
        t = c.t // 1000
        out.append("Sun Dec  7 %02d:%02d:%02d 2026 daemon.notice netifd: %s (%d): %s" % (
            t // 3600 % 24, t // 60 % 60, t % 60, iface, pid, text))
    for p in prelude:
        put(p)
    put("Running custom AT-commands")
    for it in items:
        if isinstance(it, N):
            put(it.text)
            continue
        if isinstance(it, U):
            continue
        put(" " + it.cmd)
        for r in it.resp:
            put(" " + r)
        if it.final:
            put(" " + it.final)
    for p in tail:
        put(p)
    return out


def render_soracom_bridge(items, echo=True):
    """soracom-labs/arduino-dragino-unified serialbridge sketch: 'Welcome to Serial bridge',
    '>> Waiting for your AT command', then a byte pass-through (ATE1 sent at start, its reply
    shows up first)."""
    out = ["", "Welcome to Serial bridge", ">> Waiting for your AT command", "ATE1", "OK"]
    out += raw(items, echo)
    return out


def js_str(s):
    return json.dumps(s)


def render_espruino_at(items, echo=True, chunk=None):
    """Espruino modules/AT.js with at.debug(): cmd() logs '[' + JSON.stringify(command); the
    data handler logs '] ' + JSON.stringify(line buffer) + ' <--- ' + JSON.stringify(chunk);
    delimiter '\\r', a leading '\\n' is dropped when a line is taken."""
    out = []
    ev = events(items, echo)
    buf = ""
    pending = ""

    def feed(data):
        nonlocal buf
        # deliver in chunks of up to `chunk` chars (Espruino hands data over in pieces)
        n = chunk or len(data)
        for i in range(0, len(data), n):
            d = data[i:i + n]
            buf += d
            out.append("] %s <--- %s" % (js_str(buf), js_str(d)))
            if buf.startswith("\n"):
                buf = buf[1:]
            j = buf.find("\r")
            while j >= 0:
                buf = buf[j + 1:]
                if buf.startswith("\n"):
                    buf = buf[1:]
                j = buf.find("\r")
    for e in ev:
        k = e[0]
        if k == "note":
            if pending:
                feed(pending)
                pending = ""
            out.append(e[1])
        elif k == "cmd":
            if pending:
                feed(pending)
                pending = ""
            out.append("[" + js_str(e[1] + "\r\n"))
        elif k == "pay":
            out.append("[" + js_str(e[1] + "\x1a"))
        elif k == "echo":
            pending += e[1] + "\r"
        elif k == "prompt":
            pending += "\r\n> "
            feed(pending)
            pending = ""
        elif k == "rx":
            pending += e[1] + "\r\n" if e[1] else "\r\n"
            if e[1]:
                feed(pending)
                pending = ""
        elif k == "end":
            break
    if pending:
        feed(pending)
    return out


# ------------------------------------------------------------------------------------------
# NEW shapes from memory
# ------------------------------------------------------------------------------------------

def render_grabserial(items, echo=True, start=0.0):
    """grabserial -t: '[abs rel] line' per line (from memory)."""
    out = []
    t = start
    last = t
    for line in raw(items, echo):
        t += 0.0213 + 0.0009 * len(line)
        out.append("[%11.6f %.6f] %s" % (t, t - last, line))
        last = t
    return out


def render_vendor_sendrecv(items, echo=False, t0=(9, 30, 0)):
    """A vendor AT tool's log: '[yyyy-mm-dd hh:mm:ss:mmm] Send: X' / 'Recv: ' block (from memory)."""
    out = []
    c = Clock(*t0, step=120)
    ev = events(items, echo)
    block = []

    def stamp():
        t = c.t
        return "[2026-12-05 %02d:%02d:%02d:%03d]" % (t // 3600000 % 24, t // 60000 % 60, t // 1000 % 60, t % 1000)

    def flush():
        if block:
            c.tick(80)
            out.append("%s Recv:" % stamp())
            out.extend(block)
            block.clear()
    for e in ev:
        k = e[0]
        if k == "note":
            flush()
            out.append(e[1])
        elif k == "cmd":
            flush()
            c.tick()
            out.append("%s Send: %s" % (stamp(), e[1]))
        elif k == "pay":
            flush()
            c.tick()
            out.append("%s Send: %s<1A>" % (stamp(), e[1]))
        elif k == "prompt":
            block.append(e[1].strip())
            flush()
        elif k == "rx":
            if e[1]:
                block.append(e[1])
                if e[1] in ("OK", "ERROR") or "ERROR:" in e[1]:
                    flush()
        elif k == "echo":
            block.append(e[1])
        elif k == "wait":
            c.tick(e[1] * 1000)
        elif k == "end":
            break
    flush()
    return out


def render_hass(items, echo=False, logger="custom_components.lte_modem.modem", t0=(7, 15, 2)):
    """Home Assistant home-assistant.log line layout with a custom integration's TX/RX debug
    (integration invented; layout from memory)."""
    out = []
    c = Clock(*t0, step=41)
    ev = events(items, echo)

    def line(level, msg, lg=logger, thread="SyncWorker_4"):
        c.tick()
        t = c.t
        out.append("2026-12-06 %02d:%02d:%02d.%03d %s (%s) [%s] %s" % (
            t // 3600000 % 24, t // 60000 % 60, t // 1000 % 60, t % 1000, level, thread, lg, msg))
    for e in ev:
        k = e[0]
        if k == "note":
            if e[1].startswith("!"):
                out.append(e[1][1:])
            else:
                line("WARNING" if "fail" in e[1].lower() or "timeout" in e[1].lower() else "INFO", e[1])
        elif k == "cmd":
            line("DEBUG", "TX: %s" % e[1])
        elif k == "pay":
            line("DEBUG", "TX: %s<CTRL-Z>" % e[1])
        elif k == "prompt":
            line("DEBUG", "RX: %s" % e[1].strip())
        elif k in ("rx", "echo"):
            if e[1]:
                line("DEBUG", "RX: %s" % e[1])
        elif k == "wait":
            c.tick(e[1] * 1000)
        elif k == "timeout":
            c.tick(10000)
            line("WARNING", "No final result within 10 s")
        elif k == "end":
            break
    return out


# ------------------------------------------------------------------------------------------
# OLD shapes (layouts as earlier batches' SOURCES.md describe them)
# ------------------------------------------------------------------------------------------

def esc_mm(s):
    return s.replace("\r", "<CR>").replace("\n", "<LF>")


def wire_chunks(items, echo=True):
    """(dir, text) with text the bytes of one write or one reply burst (CR/LF kept)."""
    ch = []
    ev = events(items, echo)
    buf = ""
    for e in ev:
        k = e[0]
        if k in ("cmd", "pay", "note", "timeout", "end", "wait"):
            if buf:
                ch.append(("rx", buf))
                buf = ""
            if k == "cmd":
                ch.append(("tx", e[1] + "\r"))
            elif k == "pay":
                ch.append(("tx", e[1] + "\x1a"))
            elif k == "note":
                ch.append(("note", e[1]))
            elif k == "timeout":
                ch.append(("timeout", ""))
            elif k == "end":
                break
        elif k == "echo":
            buf += e[1] + "\r"
        elif k == "prompt":
            buf += "\r\n> " if e[1].startswith(">") else e[1]
            ch.append(("rx", buf))
            buf = ""
        elif k == "rx":
            buf += e[1] + "\r\n" if e[1] else "\r\n"
            if e[1] and (e[1] in ("OK", "ERROR", "SEND OK", "CONNECT", "NO CARRIER") or "ERROR:" in e[1]):
                ch.append(("rx", buf))
                buf = ""
    if buf:
        ch.append(("rx", buf))
    return ch


def render_mm_journal(items, echo=False, port="ttyUSB2", host="cpe", pid=1184, t0=(8, 2, 10)):
    out = []
    c = Clock(*t0, step=23)
    for d, text in wire_chunks(items, echo):
        c.tick()
        t = c.t
        pre = "Dec 06 %02d:%02d:%02d %s ModemManager[%d]: " % (t // 3600000 % 24, t // 60000 % 60, t // 1000 % 60, host, pid)
        ts = "[%d.%06d]" % (1765008000 + c.t // 1000, (c.t % 1000) * 1000 + 317)
        if d == "tx":
            out.append(pre + "<debug> %s [%s/at] --> '%s'" % (ts, port, esc_mm(text)))
        elif d == "rx":
            out.append(pre + "<debug> %s [%s/at] <-- '%s'" % (ts, port, esc_mm(text)))
        elif d == "note":
            out.append(pre + text)
        elif d == "timeout":
            c.tick(3000)
            t = c.t
            pre = "Dec 06 %02d:%02d:%02d %s ModemManager[%d]: " % (t // 3600000 % 24, t // 60000 % 60, t // 1000 % 60, host, pid)
            out.append(pre + "<debug> [%d.000000] [%s/at] serial port timed out" % (1765008000 + c.t // 1000, port))
    return out


def caret(s):
    return s.replace("\r", "^M").replace("\x1a", "^Z")


def render_pppd_chat(items, expect_ok=True, host="gw", pid=3301, t0=(6, 10, 0)):
    """chat -v in syslog."""
    out = []
    c = Clock(*t0, step=400)

    def put(msg):
        c.tick()
        t = c.t // 1000
        out.append("Dec  5 %02d:%02d:%02d %s local2.info chat[%d]: %s" % (t // 3600 % 24, t // 60 % 60, t % 60, host, pid, msg))
    for a in ("ABORT", "BUSY"), ("ABORT", "NO CARRIER"), ("ABORT", "ERROR"):
        put("abort on (%s)" % a[1])
    put("timeout set to 30 seconds")
    echo_on = True
    for it in items:
        if isinstance(it, N):
            put(it.text)
            continue
        if isinstance(it, U):
            continue
        exp = "CONNECT" if it.final == "CONNECT" else "OK"
        put("send (%s^M)" % it.cmd)
        put("expect (%s)" % exp)
        if echo_on:
            put("%s^M^M" % it.cmd)
        if it.cmd.upper() in ("ATE0", "ATZE0") and it.final == "OK":
            echo_on = False
        for r in it.resp:
            put("^M")
            put(r + "^M")
        if it.final is None:
            put("^M")
            put("alarm")
            put("Failed")
            break
        put("^M")
        if it.final == exp:
            put(it.final)
            put(" -- got it")
        else:
            put(it.final + "^M")
            put("^M")
            put("alarm")
            put("Failed")
            break
        put("")
    return out


def render_zephyr_chat(items, t0=5.0):
    out = []
    t = t0
    for e in events(items, echo=False):
        k = e[0]
        t += 0.0173
        ts = "[%02d:%02d:%02d.%03d,%03d]" % (t // 3600, t // 60 % 60, t % 60, int(t * 1000) % 1000, int(t * 1000000) % 1000)
        if k == "cmd":
            out.append("%s <dbg> modem_chat: modem_chat_script_next: sending: %s" % (ts, e[1]))
        elif k == "pay":
            out.append("%s <dbg> modem_chat: modem_chat_script_next: sending: %s" % (ts, e[1]))
        elif k == "rx" and e[1]:
            out.append("%s <dbg> modem_chat: modem_chat_log_received_command: %s" % (ts, e[1].replace(",", " ")))
        elif k == "note":
            out.append("%s %s" % (ts, e[1]))
        elif k == "timeout":
            t += 10
        elif k == "end":
            break
    return out


def render_esp_modem(items, t0=4210):
    out = []
    t = t0
    ch = wire_chunks(items, echo=False)
    for d, text in ch:
        t += 31
        if d == "tx":
            out.append("D (%d) command_lib: generic_command command %s" % (t, text.replace("\r", "")))
            out.append("")
        elif d == "rx":
            lines = text.replace("\r", "").split("\n")
            out.append("V (%d) command_lib: Response: %s" % (t, lines[0]))
            out.extend(lines[1:])
        elif d == "note":
            out.append(text)
        elif d == "timeout":
            t += 5000
            out.append("E (%d) command_lib: generic_command: timeout" % t)
    return out


def render_mbed(items, echo=False):
    out = []
    for d, text in wire_chunks(items, echo):
        vis = text.replace("\r", "[CR]").replace("\n", "[LF]").replace("\x1a", "[SUB]")
        if d == "tx":
            out.append("[DBG ][CELL]: AT TX (%2d): %s" % (len(text), vis))
        elif d == "rx":
            out.append("[DBG ][CELL]: AT RX (%2d): %s" % (len(text), vis))
        elif d == "note":
            out.append(text)
        elif d == "timeout":
            out.append("[WARN][CELL]: AT timeout")
    return out


def render_gsmmodem(items):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append("DEBUG:gsmmodem.serial_comms.SerialComms:notification: ['%s']" % it.line)
            continue
        out.append("DEBUG:gsmmodem.modem.GsmModem:write: %s" % it.cmd)
        if it.prompt:
            out.append("DEBUG:gsmmodem.serial_comms.SerialComms:response: ['> ']")
            out.append("DEBUG:gsmmodem.modem.GsmModem:write: %s\x1a" % it.payload)
        if it.final is None:
            out.append("DEBUG:gsmmodem.serial_comms.SerialComms:response: []")
            out.append("gsmmodem.exceptions.TimeoutException: None")
            continue
        out.append("DEBUG:gsmmodem.serial_comms.SerialComms:response: %s" % repr(it.resp + [it.final]))
    return out


def render_ril(items, pid=1532, tid=1601, t0=(14, 2, 9)):
    out = []
    c = Clock(*t0, step=19)
    for e in events(items, echo=False):
        k = e[0]
        c.tick()
        pre = "12-04 %s  %d  %d D AT      : " % (c.hms(), pid, tid)
        if k == "cmd":
            out.append(pre + "AT> " + e[1])
        elif k == "pay":
            out.append(pre + "AT> " + e[1] + "^Z")
        elif k == "prompt":
            out.append(pre + "AT< > ")
        elif k == "rx" and e[1]:
            out.append(pre + "AT< " + e[1])
        elif k == "note":
            out.append("12-04 %s  %d  %d I RILJ    : %s" % (c.hms(), 1288, 1288, e[1]))
        elif k == "timeout":
            c.tick(20000)
            out.append("12-04 %s  %d  %d E AT      : AT command timeout" % (c.hms(), pid, tid))
    return out


def oesc(s):
    return s.replace("\r", "\\r").replace("\n", "\\n").replace("\x1a", "\\032")


def render_ofono(items, pid=612, t0=(11, 40, 3)):
    out = []
    c = Clock(*t0, step=210)
    for d, text in wire_chunks(items, echo=False):
        c.tick()
        t = c.t // 1000
        pre = "Dec  4 %02d:%02d:%02d hub ofonod[%d]: " % (t // 3600 % 24, t // 60 % 60, t % 60, pid)
        if d == "tx":
            out.append(pre + "Modem: > " + oesc(text))
        elif d == "rx":
            out.append(pre + "Modem: < " + oesc(text))
        elif d == "note":
            out.append(pre + text)
    return out


def render_tinygsm(items, t0=1500):
    """StreamDebugger: host bytes and module bytes interleaved; DBG lines '[ms] ### '."""
    out = []
    t = t0
    for e in events(items, echo=True):
        k = e[0]
        t += 13
        if k == "cmd":
            out.append(e[1])
        elif k == "echo":
            out.append(e[1])
        elif k == "prompt":
            out.append(e[1].strip())
        elif k == "pay":
            out.append(e[1])
        elif k == "rx":
            out.append(e[1])
        elif k == "note":
            out.append("[%d] ### %s" % (t, e[1]))
        elif k == "end":
            break
    return out


def with_prefix(lines, fmt, clock):
    out = []
    for ln in lines:
        clock.tick()
        out.append(fmt(clock) + ln)
    return out


def minicom(lines, port="/dev/ttyUSB2", ver="2.8"):
    return ["", "Welcome to minicom %s" % ver, "", "OPTIONS: I18n ", "Compiled on Jan  1 2024, 00:00:00.",
            "Port %s, 09:14:22" % port, "", "Press CTRL-A Z for help on special keys", ""] + lines


def picocom(lines, port="/dev/ttyACM0", baud=115200, lecho="no"):
    head = ["picocom v3.1", "", "port is        : %s" % port, "flowcontrol    : none",
            "baudrate is    : %d" % baud, "parity is      : none", "databits are   : 8",
            "stopbits are   : 1", "escape is      : C-a", "local echo is  : %s" % lecho,
            "noinit is      : no", "noreset is     : no", "hangup is      : no",
            "nolock is      : no", "send_cmd is    : sz -vv", "receive_cmd is : rz -vv -E",
            "imap is        : ", "omap is        : ", "emap is        : crcrlf,delbs,",
            "logfile is    : none", "initstring     : none", "exit_after is  : not set",
            "exit is        : no", "", "Type [C-a] [C-h] to see available commands",
            "Terminal ready"]
    return head + lines + ["", "Terminating...", "Thanks for using picocom"]


def tio(lines, clock):
    head = ["tio v2.7", "Press ctrl-t q to quit", "Connected"]
    return with_prefix(head + lines + ["Disconnected"], lambda c: "[%s] " % c.hms(), clock)


def putty(lines):
    return ["=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2026.12.04 16:20:51 =~=~=~=~=~=~=~=~=~=~=~="] + lines


def teraterm(lines, clock):
    return with_prefix(lines, lambda c: "[Thu Dec 04 %s 2026] " % c.hms(), clock)


def arduino_ts(lines, clock):
    return with_prefix(lines, lambda c: "%s -> " % c.hms(), clock)


def render_sscom(items, echo=True, clock=None):
    out = []
    c = clock or Clock(15, 2, 0, step=45)
    block = []

    def flush():
        if block:
            c.tick()
            out.append("[%s]收←◆%s" % (c.hms(), block[0]))
            out.extend(block[1:])
            block.clear()
    for e in events(items, echo):
        k = e[0]
        if k == "cmd":
            flush()
            c.tick(400)
            out.append("[%s]发→◇%s" % (c.hms(), e[1]))
            out.append("□")
        elif k == "pay":
            flush()
            c.tick(300)
            out.append("[%s]发→◇%s" % (c.hms(), e[1]))
        elif k == "echo":
            block.append(e[1])
        elif k == "prompt":
            block.append(e[1].strip())
            flush()
        elif k == "rx":
            block.append(e[1])
            if e[1] in ("OK", "ERROR", "SEND OK") or "ERROR:" in e[1] or e[1].startswith("+"):
                pass
        elif k == "wait":
            flush()
            c.tick(e[1] * 1000)
        elif k == "note":
            flush()
            out.append(e[1])
        elif k == "end":
            break
    flush()
    return out


def csv_export(items, echo=True):
    rows = ["Index,Time,Direction,Data"]
    c = Clock(10, 5, 0, step=90)
    i = 0
    for d, text in wire_chunks(items, echo):
        if d not in ("tx", "rx"):
            continue
        i += 1
        c.tick()
        data = text.replace("\r", "\\r").replace("\n", "\\n").replace("\x1a", "\\x1A").replace('"', '""')
        rows.append('%d,%s,%s,"%s"' % (i, c.hms(), "TX" if d == "tx" else "RX", data))
    return rows


# ------------------------------------------------------------------------------------------
# sessions
# ------------------------------------------------------------------------------------------

ALL = []


NEW_VERIFIED = {"node-serialport-gsm-debug", "hologram-python-debug", "jpnevulator-timing-ascii",
                "openwrt-netifd-atc-proto", "soracom-serialbridge-sketch", "espruino-at-module-debug"}


def add(name, shape, module, verified, items, lines, crlf=False, has=True):
    # "verified": the layout was read in source / a public example in THIS session. Old shapes
    # follow earlier batches' SOURCES.md descriptions, not re-read now: recorded as False.
    verified = shape in NEW_VERIFIED
    ALL.append(dict(name=name, shape=shape, module=module, verified=verified,
                    items=items, lines=lines, crlf=crlf, has=has))


# 1 serialport-gsm, SIM800C, PDU SMS + incoming
s = [N("opening modem port"),
     T("AT", final="OK"),
     T("ATZ", final="OK"),
     T("AT+CMEE=1"),
     T("AT+CMGF=0"),
     T("AT+CNMI=2,1,0,2,1"),
     T("AT+CPMS=\"SM\",\"SM\",\"SM\"", ["+CPMS: 3,30,3,30,3,30"]),
     N("modem initial"),
     T("AT+CMGS=24", prompt=">", payload="0011000B915155100412F60000AA0BC8329BFD065DDF72363904\x1a",
       resp=["+CMGS: 62"]),
     U("+CMTI: \"SM\",4"),
     T("AT+CMGR=4", ["+CMGR: 0,,27", "07915155000001F0040B915155100483F100006221701141258A0AE8329BFD4697D9EC37"]),
     T("AT+CMGD=4"),
     T("AT+CMGS=24", prompt=">", payload="0011000B915155100412F60000AA0BC8329BFD065DDF72363905\x1a",
       final="+CMS ERROR: 332"),
     T("AT+CSQ", ["+CSQ: 14,0"])]
add("serialportgsm_sim800c_pdu.log", "node-serialport-gsm-debug", "SIMCom SIM800C", True, s,
    render_serialport_gsm(s))

# 2 serialport-gsm, China Mobile ML307R, own number / phonebook errors, a timeout
s = [T("AT"),
     T("AT+CPIN?", ["+CPIN: READY"]),
     T("AT+CSQ", ["+CSQ: 22,99"]),
     T("AT+CEREG?", ["+CEREG: 0,1"]),
     T("AT+CNUM", final="OK"),
     T("AT+CPBS=\"ON\"", final="+CME ERROR: 4"),
     T("AT+CPMS?", ["+CPMS: \"ME\",0,50,\"ME\",0,50,\"ME\",0,50"]),
     T("AT+CMGL=4", final=None),
     N("Error: timeout waiting for AT+CMGL=4"),
     T("AT+CMGF=0"),
     T("AT+CMGL=4", ["+CMGL: 0,1,,26", "0891683108200505F0040D91683110204060F80008622170121543210A4F60597D4E16754C"]),
     T("AT+CMGD=0,4")]
add("serialportgsm_ml307r_inbox.log", "node-serialport-gsm-debug", "China Mobile ML307R", True, s,
    render_serialport_gsm(s))

# 3 hologram-python, u-blox SARA-R410M (Nova R410), socket send + read
s = [N("INFO: Instantiated a NovaM_R404 interface with device name of /dev/ttyUSB1"),
     T("AT"),
     T("ATE0"),
     T("AT+CMEE=2"),
     T("AT+CGMM", ["SARA-R410M-02B"]),
     T("AT+CCID", ["+CCID: 8900100000000042117"]),
     T("AT+CEREG?", ["+CEREG: 0,5"]),
     T("AT+UDCONF=1,1"),
     T("AT+USOCR=6", ["+USOCR: 0"]),
     T("AT+USOCO=0,\"203.0.113.41\",9999", wait=4),
     T("AT+USOWR=0,21,\"7b226b223a2241424344222c2264223a2268697d\"", ["+USOWR: 0,21"]),
     U("+UUSORD: 0,6"),
     T("AT+USORD=0,6", ["+USORD: 0,6,\"5b302c305d0a\""]),
     T("AT+UDCONF=1,0"),
     T("AT+USOCL=0")]
add("hologram_sara_r410m_socket.log", "hologram-python-debug", "u-blox SARA-R410M", True, s,
    render_hologram(s))

# 4 hologram-python, Quectel BG96, QISEND with prompt (prompt not logged), a CME error, a timeout
s = [N("INFO: Instantiated a BG96 interface with device name of /dev/ttyUSB2"),
     T("ATE0", echo=True),
     T("AT+CMEE=2"),
     T("AT+QCFG=\"nwscanseq\",020301", final="OK"),
     T("AT+CGDCONT=1,\"IP\",\"hologram\""),
     T("AT+CSQ", ["+CSQ: 17,99"]),
     T("AT+QIACT?", final="OK"),
     T("AT+QIACT=1", final="+CME ERROR: no network service"),
     T("AT+CEREG?", ["+CEREG: 0,2"]),
     T("AT+QIACT=1", wait=6),
     T("AT+QIOPEN=1,0,\"TCP\",\"198.51.100.130\",9999,0,1", after=["+QIOPEN: 0,0"]),
     T("AT+QISEND=0,18", prompt=">", payload="{\"k\":\"X1\",\"d\":\"hi\"}", final="SEND OK"),
     T("AT+QIRD=0,1500", final=None),
     T("AT+QICLOSE=0")]
add("hologram_bg96_qisend.log", "hologram-python-debug", "Quectel BG96", True, s,
    render_hologram(s, echo=False))

# 5 jpnevulator, Quectel EC200U, registration + PDP
s = [T("ATI", ["Quectel", "EC200U", "Revision: EC200UCNAAR03A06M08"]),
     T("AT+QGMR", ["EC200UCNAAR03A06M08_01.200.01.200"]),
     T("AT+CPIN?", ["+CPIN: READY"]),
     T("AT+QCCID", ["+QCCID: 89860320245720000319"]),
     T("AT+CSQ", ["+CSQ: 25,99"]),
     T("AT+CEREG?", ["+CEREG: 0,1"]),
     T("AT+QICSGP=1,1,\"cmiot.example.com\",\"\",\"\",1"),
     T("AT+QIACT=1"),
     T("AT+QIACT?", ["+QIACT: 1,1,1,\"10.88.12.201\""]),
     T("AT+QPING=1,\"ping.example.com\",4,2", after=["+QPING: 0,\"203.0.113.80\",32,71,255",
                                                      "+QPING: 0,\"203.0.113.80\",32,66,255",
                                                      "+QPING: 0,2,2,0,66,71,68"])]
add("jpnevulator_ec200u.txt", "jpnevulator-timing-ascii", "Quectel EC200U", True, s,
    ["$ jpnevulator --ascii --timing-print --tty /dev/ttyUSB3:HOST --tty /dev/ttyUSB4:MODEM --read"] +
    render_jpnevulator(s))

# 6 jpnevulator, Telit LE910C1, text SMS with Ctrl-Z, a CMS error
s = [T("AT"),
     T("AT+CMEE=2"),
     T("AT#CGMR", ["#CGMR: 25.30.226"]),
     T("AT+CREG?", ["+CREG: 0,1"]),
     T("AT+CMGF=1"),
     T("AT+CSCA?", ["+CSCA: \"+15550100009\",145"]),
     T("AT+CMGS=\"+15550142231\"", prompt="> ", payload="Pump 3 fault, pressure 0.2 bar", resp=["+CMGS: 117"]),
     T("AT+CMGS=\"+1555\"", prompt="> ", payload="test", final="+CMS ERROR: invalid PDU mode parameter"),
     T("AT#SIMDET?", ["#SIMDET: 2,1"])]
add("jpnevulator_le910c1_sms.txt", "jpnevulator-timing-ascii", "Telit LE910C1-WWX", True, s,
    render_jpnevulator(s, host="tool", modem="le910", t0=(8, 44, 51)))

# 7 netifd atc proto, Fibocom L860-GL custom AT commands
s = [T("AT+GTUSBMODE?", ["+GTUSBMODE: 7"]),
     T("AT+XACT?", ["+XACT: 2,2,,1,3,7,8,20,28,101,103,107,108,120,128"]),
     T("AT+CESQ", ["+CESQ: 99,99,255,255,24,51"]),
     T("AT+XBANDSEL?", [], final="+CME ERROR: operation not supported"),
     T("AT+GTCCINFO?", ["+GTCCINFO:", "LTE service cell:", "1,2,240,07,1A2B,C0FFE1,1300,187,47,6,50,26,24", "LTE neighbor cell:", "1,2,240,07,1A2B,C0FFE2,1300,312,40,50,,,"]),
     T("AT+CGDCONT?", ["+CGDCONT: 0,\"IP\",\"internet.example.com\",\"0.0.0.0\",0,0,0,0,0,0", "+CGDCONT: 1,\"IP\",\"internet.example.com\",\"0.0.0.0\",0,0,0,0,0,0"])]
add("netifd_atc_l860gl.log", "openwrt-netifd-atc-proto", "Fibocom L860-GL", True, s,
    render_netifd_atc(s, prelude=["Initiate modem with interface wwan0", "SIMcard ready", "Configure modem"],
                      tail=["Activate modem", " offline -> searching ", " searching  -> registered - home network, TAC:6699 eNodeB:49407-225"]))

# 8 netifd atc proto, Fibocom L850-GL, second router
s = [T("AT+XACT=4,2", final="OK"),
     T("AT+XACT?", ["+XACT: 4,2,,1,2,4,5,8,101,102,103,104,105,107,108,112,113,117,118,119,120"]),
     T("AT+COPS=3,2;+COPS?", ["+COPS: 0,2,\"24007\",7"]),
     T("AT+XLEC?", ["+XLEC: 0,2,3,3,BAND_LTE_3,BAND_LTE_20"]),
     T("AT+CGCONTRDP=0", ["+CGCONTRDP: 0,5,\"internet.example.com.mnc007.mcc240.gprs\",\"10.151.3.77\",\"\",\"192.0.2.53\",\"192.0.2.54\""]),
     T("AT+XTEMP?", final="ERROR")]
add("netifd_atc_l850gl.log", "openwrt-netifd-atc-proto", "Fibocom L850-GL", True, s,
    render_netifd_atc(s, iface="lte", pid=1944, t0=(6, 3, 40), prelude=["Modem boot delay 15s", "Initiate modem with interface wwan0", "SIMcard ready", "Configure modem"],
                      tail=["Activate modem", " offline -> registered - roaming, TAC:1201 eNodeB:20301-11", "Registered to  PLMN:24007 on LTE", "Activate session"]))

# 9 Soracom serial bridge sketch, Quectel BG96, registration + ping + a long COPS=?
s = [T("AT+CPIN?", ["+CPIN: READY"]),
     T("AT+QCFG=\"nwscanseq\"", ["+QCFG: \"nwscanseq\",020301"]),
     T("AT+QCFG=\"iotopmode\",0"),
     T("AT+CGDCONT=1,\"IP\",\"soracom.io\""),
     T("AT+COPS=?", ["+COPS: (1,\"NTT DOCOMO\",\"DOCOMO\",\"44010\",8),(3,\"KDDI\",\"KDDI\",\"44051\",8),,(0,1,2,3,4),(0,1,2)"], wait=140),
     T("AT+CEREG?", ["+CEREG: 0,5"]),
     T("AT+QIACT=1"),
     T("AT+QPING=1,\"pong.example.com\"", after=["+QPING: 0,\"198.51.100.9\",32,410,255",
                                                  "+QPING: 0,\"198.51.100.9\",32,388,255",
                                                  "+QPING: 0,\"198.51.100.9\",32,397,255",
                                                  "+QPING: 0,\"198.51.100.9\",32,402,255",
                                                  "+QPING: 0,4,4,0,388,410,399"]),
     T("AT+QIDNSGIP=1,\"api.example.com\"", after=["+QIURC: \"dnsgip\",0,1,600", "+QIURC: \"dnsgip\",\"203.0.113.150\""])]
add("soracom_bridge_bg96_ping.txt", "soracom-serialbridge-sketch", "Quectel BG96", True, s,
    render_soracom_bridge(s), crlf=True)

# 10 Soracom serial bridge sketch, BG96 HTTP (CONNECT input, CONNECT output)
s = [T("AT+QHTTPCFG=\"contextid\",1"),
     T("AT+QHTTPCFG=\"responseheader\",0"),
     T("AT+QHTTPURL=33,80", prompt="CONNECT", payload="http://uni.example.com/v1/status"),
     T("AT+QHTTPGET=80", after=["+QHTTPGET: 0,200,17"]),
     T("AT+QHTTPREAD=80", prompt="CONNECT", resp=["{\"state\":\"ok\"}"], after=["+QHTTPREAD: 0"]),
     T("AT+QHTTPPOST=12,80,80", prompt="CONNECT", payload="{\"temp\":21}", after=["+QHTTPPOST: 0,201,0"]),
     T("AT+QHTTPGET=80", final="+CME ERROR: 703")]
add("soracom_bridge_bg96_http.txt", "soracom-serialbridge-sketch", "Quectel BG96", True, s,
    render_soracom_bridge(s), crlf=True)

# 11 Espruino AT.js debug, SIM800C GPRS/TCP
s = [T("ATE0"),
     T("AT+CPIN?", ["+CPIN: READY"]),
     T("AT+CGATT=1"),
     T("AT+CIPSHUT", final="SHUT OK"),
     T("AT+CIPMUX=0"),
     T("AT+CSTT=\"internet.example.com\",\"\",\"\""),
     T("AT+CIICR"),
     T("AT+CIPSTART=\"TCP\",\"203.0.113.66\",80", after=["CONNECT OK"]),
     T("AT+CIPSEND=20", prompt=">", payload="GET / HTTP/1.0\r\n\r\n", final="SEND OK"),
     T("AT+CIPCLOSE", final="CLOSE OK")]
add("espruino_at_sim800c.txt", "espruino-at-module-debug", "SIMCom SIM800C", True, s,
    ["require(\"SIM900\").connect(Serial1, B4, B3, cb) with at.debug() on"] + render_espruino_at(s))

# 12 Espruino AT.js debug (wiolte module), Quectel EC21, chunked input
s = [T("AT+QCCID", ["+QCCID: 8981100000000042193F"]),
     T("AT+CPIN?", ["+CPIN: READY"]),
     T("AT+QICSGP=1,1,\"soracom.io\",\"sora\",\"sora\",3"),
     T("AT+QIACT=1"),
     T("AT+QIOPEN=1,0,\"TCP\",\"198.51.100.40\",8080,0,1", after=["+QIOPEN: 0,0"]),
     T("AT+QISEND=0,5", prompt=">", payload="hello", final="SEND OK"),
     U("+QIURC: \"recv\",0"),
     T("AT+QIRD=0,1500", ["+QIRD: 4", "pong"]),
     T("AT+QICLOSE=0")]
add("espruino_wiolte_ec21.txt", "espruino-at-module-debug", "Quectel EC21-J", True, s,
    render_espruino_at(s, echo=False, chunk=12))

# 13 grabserial, u-blox SARA-R510S MQTT, MNO profile reset
s = [T("AT+CFUN=0"),
     T("AT+UMNOPROF=100"),
     T("AT+CFUN=16"),
     N(""),
     T("AT", final=None, echo=False),
     T("AT"),
     T("AT+UBANDMASK=0,524420"),
     T("AT+CGDCONT=1,\"IP\",\"m2m.example.com\""),
     T("AT+CFUN=1"),
     U("+CEREG: 5,\"0BE4\",\"01A2D10F\",7"),
     T("AT+UMQTT=0,\"r510-dev-42\""),
     T("AT+UMQTT=2,\"mqtt.example.com\",1883"),
     T("AT+UMQTTC=1", after=["+UUMQTTC: 1,0"]),
     T("AT+UMQTTC=2,0,0,\"dev/42/up\",\"{\\\"v\\\":3.31}\""),
     T("AT+UMQTTER", ["+UMQTTER: 0,0"])]
add("grabserial_sara_r510s_mqtt.log", "grabserial-timestamps", "u-blox SARA-R510S", False, s,
    render_grabserial(s))

# 14 grabserial, Sierra HL7800 TCP with CONNECT data mode
s = [T("ATI", ["HL7800", "4.6.9.4"]),
     T("AT+KSRAT?", ["+KSRAT: 0"]),
     T("AT+KBNDCFG?", ["+KBNDCFG: 0,0000000000000000080800C5"]),
     T("AT+KCNXCFG=1,\"GPRS\",\"iot.example.com\""),
     T("AT+KTCPCFG=1,0,\"203.0.113.25\",7000", ["+KTCPCFG: 1"]),
     T("AT+KTCPCNX=1", after=["+KTCP_IND: 1,1"]),
     T("AT+KTCPSND=1,9", prompt="CONNECT", payload="ping 1234--EOF--Pattern--"),
     T("AT+KTCPRCV=1,9", prompt="CONNECT", resp=["pong 1234--EOF--Pattern--"]),
     T("AT+KTCPCLOSE=1,1"),
     T("AT+KTCPDEL=1")]
add("grabserial_hl7800_tcp.log", "grabserial-timestamps", "Sierra HL7800", False, s,
    render_grabserial(s, start=3.1))

# 15 vendor Send/Recv tool, Quectel EG800Q MQTT + a long COPS=?
s = [T("ATI", ["Quectel", "EG800Q", "Revision: EG800QEULCR03A05M04"]),
     T("AT+QGMR", ["EG800QEULCR03A05M04_01.001.01.001"]),
     T("AT+QCFG=\"band\"", ["+QCFG: \"band\",0,80084"]),
     T("AT+COPS=?", ["+COPS: (2,\"Operator A\",\"OPA\",\"26201\",7),(1,\"Operator B\",\"OPB\",\"26202\",7),,(0,1,2,3,4),(0,1,2)"], wait=98),
     T("AT+QNWINFO", ["+QNWINFO: \"FDD LTE\",\"26201\",\"LTE BAND 20\",6300"]),
     T("AT+QMTOPEN=0,\"mqtt.example.com\",1883", after=["+QMTOPEN: 0,0"]),
     T("AT+QMTCONN=0,\"eg800q-7731\"", after=["+QMTCONN: 0,0,0"]),
     T("AT+QMTPUBEX=0,0,0,0,\"dev/7731\",5", prompt=">", payload="22.50", after=["+QMTPUBEX: 0,0,0"]),
     T("AT+QMTDISC=0", after=["+QMTDISC: 0,0"])]
add("vendortool_eg800q_mqtt.log", "vendor-tool-send-recv", "Quectel EG800Q-EU", False, s,
    render_vendor_sendrecv(s))

# 16 vendor Send/Recv tool, Quectel RM520N-GL, reset mid-log, last command unanswered
s = [T("AT+QENG=\"servingcell\"", ["+QENG: \"servingcell\",\"NOCONN\"",
                                   "+QENG: \"LTE\",\"FDD\",262,01,1A2B3C4,318,1300,3,5,5,6D1F,-94,-11,-63,12,-",
                                   "+QENG:\"NR5G-NSA\",262,01,512,-88,26,-11,643296,78,12,1"]),
     T("AT+QNWPREFCFG=\"mode_pref\",AUTO"),
     T("AT+QCAINFO", ["+QCAINFO: \"PCC\",1300,75,\"LTE BAND 3\",1,318,-94,-11,-63,12",
                      "+QCAINFO: \"SCC\",6300,50,\"LTE BAND 20\",1,101,-99,-13,-67,4,0,-,-"]),
     T("AT+QTEMP", ["+QTEMP:\"modem-lte-sub6-pa1\",\"38\"", "+QTEMP:\"modem-sdr0-pa0\",\"0\"", "+QTEMP:\"cpuss-0-usr\",\"44\""]),
     T("AT+QNWLOCK=\"common/4g\"", final="+CME ERROR: 3"),
     T("AT+QCFG=\"usbnet\",1"),
     T("AT+CFUN=1,1"),
     N("--- port closed, reopened after 25 s ---"),
     T("AT", echo=True),
     T("AT+QCFG=\"usbnet\"", ["+QCFG: \"usbnet\",1"]),
     T("AT+QMAP=\"WWAN\"", final=None)]
add("vendortool_rm520n_reset.log", "vendor-tool-send-recv", "Quectel RM520N-GL", False, s,
    render_vendor_sendrecv(s, t0=(16, 5, 11)))

# 17 Home Assistant log, SIMCom A7672E, SMS + USSD, a timeout
s = [N("Setting up lte_modem on /dev/ttyUSB2"),
     T("AT+CSQ", ["+CSQ: 19,99"]),
     T("AT+CREG?", ["+CREG: 0,1"]),
     T("AT+CMGF=1"),
     T("AT+CSCS=\"GSM\""),
     T("AT+CMGS=\"+15550143001\"", prompt="> ", payload="Alarm: front door opened 07:15", resp=["+CMGS: 5"]),
     T("AT+CPMS?", ["+CPMS: \"SM\",1,30,\"SM\",1,30,\"SM\",1,30"]),
     T("AT+CMGR=1", ["+CMGR: \"REC UNREAD\",\"+15550143002\",\"\",\"26/12/06,07:14:51+04\"", "status"]),
     T("AT+CUSD=1,\"*100#\",15", after=["+CUSD: 0,\"Balance 4.20 EUR\",15"]),
     T("AT+CMGD=1,4"),
     T("AT+CPSI?", final=None),
     N("Update of sensor.lte_modem_signal is taking over 10 seconds")]
add("hass_lte_modem_a7672e.log", "home-assistant-log+custom-integration", "SIMCom A7672E", False, s,
    render_hass(s))

# 18 Home Assistant log, SIMCom SIM7080G, MQTT publish with prompt
s = [T("AT+CNMP=38"),
     T("AT+CMNB=1"),
     T("AT+CNACT=0,1", after=["+APP PDP: 0,ACTIVE"]),
     T("AT+CNACT?", ["+CNACT: 0,1,\"10.64.3.118\"", "+CNACT: 1,0,\"0.0.0.0\""]),
     T("AT+SMCONF=\"URL\",\"mqtt.example.com\",1883"),
     T("AT+SMCONF=\"CLIENTID\",\"ha-7080\""),
     T("AT+SMCONN", wait=3),
     T("AT+SMPUB=\"home/garage\",5,1,0", prompt=">", payload="OPEN!"),
     T("AT+SMDISC"),
     T("AT+SMSTATE?", ["+SMSTATE: 0"]),
     T("AT+CPSMS=1,,,\"00100001\",\"00000001\"", final="ERROR")]
add("hass_lte_modem_sim7080g.log", "home-assistant-log+custom-integration", "SIMCom SIM7080G", False, s,
    render_hass(s, logger="custom_components.garage_cellular.at", t0=(21, 40, 0)))

# 19 serialport-gsm, Huawei E3372h (three logs for this library)
s = [T("AT"),
     T("AT^CURC=0"),
     T("AT+CMGF=1", final="OK"),
     T("AT+CUSD=1,\"*101#\",15", after=["+CUSD: 0,\"Your number is 5550139\",15"]),
     T("AT+CLCK=\"SC\",2", ["+CLCK: 0"]),
     T("AT+CPIN=\"1234\"", final="+CME ERROR: 3"),
     T("AT+CGSN", ["866000000000421"])]
add("serialportgsm_e3372h_ussd.log", "node-serialport-gsm-debug", "Huawei E3372h", True, s,
    render_serialport_gsm(s))

# 20 hologram-python, SIMCom SIM7000 (Hologram's SIM7000 driver)
s = [N("INFO: Instantiated a SIM7000 interface with device name of /dev/ttyUSB2"),
     T("AT"),
     T("AT+CMEE=2", echo=True),
     T("AT+CGREG?", ["+CGREG: 0,1"]),
     T("AT+CSQ", ["+CSQ: 21,99"]),
     T("AT+CNACT?", ["+CNACT: 0,\"0.0.0.0\""]),
     T("AT+CNACT=1,\"hologram\"", after=["+APP PDP: ACTIVE"]),
     T("AT+CACID=0"),
     T("AT+CASSLCFG=0,\"SSL\",0"),
     T("AT+CAOPEN=0,\"203.0.113.12\",9999", ["+CAOPEN: 0,0"]),
     T("AT+CASEND=0,14", prompt=">", payload="{\"k\":\"AB\"}\r\n"),
     T("AT+CACLOSE=0", final="+CME ERROR: operation not allowed")]
add("hologram_sim7000_tcp.log", "hologram-python-debug", "SIMCom SIM7000G", True, s,
    render_hologram(s, echo=True))

# ------------------------------------------------------------------------------------------
# old shapes, new modules and content
# ------------------------------------------------------------------------------------------

# 21 TinyGSM StreamDebugger, SIMCom SIM7670G MQTT over TCP
s = [N("Initializing modem..."),
     T("AT", final=None, echo=False),
     T("AT"),
     T("ATE0"),
     T("AT+CMEE=2"),
     T("AT+CGMI", ["SIMCOM INCORPORATED"]),
     N("Modem Info: SIMCOM INCORPORATED SIM7670G-MNGV"),
     T("AT+CPIN?", ["+CPIN: READY"]),
     T("AT+CGREG?", ["+CGREG: 0,1"]),
     T("AT+CGDCONT=1,\"IP\",\"iot.example.com\""),
     T("AT+NETOPEN", after=["+NETOPEN: 0"]),
     T("AT+CIPOPEN=0,\"TCP\",\"mqtt.example.com\",1883", after=["+CIPOPEN: 0,0"]),
     T("AT+CIPSEND=0,22", prompt=">", payload="{\"t\":21.5,\"id\":\"7670\"}", after=["+CIPSEND: 0,22,22"]),
     U("+CIPRXGET: 1,0"),
     T("AT+CIPRXGET=2,0,4", ["+CIPRXGET: 2,0,4,0", "ACK1"]),
     N("payload sent")]
add("tinygsm_sim7670g_mqtt.log", "tinygsm-streamdebugger", "SIMCom SIM7670G", True, s,
    render_tinygsm(s))

# 22 ModemManager debug in the journal, Quectel RM520N-GL
s = [T("AT+CGSN", ["868371050000421"]),
     T("AT+QCFG=\"usbnet\"", ["+QCFG: \"usbnet\",0"]),
     T("AT+CPIN?", ["+CPIN: READY"]),
     T("AT+QNWPREFCFG=\"nr5g_band\"", ["+QNWPREFCFG: \"nr5g_band\",1:3:5:7:8:20:28:38:40:41:77:78"]),
     T("AT+COPS=3,2;+COPS?", ["+COPS: 0,2,\"26202\",13"]),
     U("+QIND: \"csq\",31,99"),
     T("AT+QENG=\"servingcell\"", ["+QENG: \"servingcell\",\"CONNECT\",\"NR5G-SA\",\"TDD\",262,02,1A2B3C4D5,402,C1A,636576,78,12,-86,-10,16,1,-"]),
     T("AT+CGACT?", final=None),
     T("AT+CGACT?", ["+CGACT: 1,1"]),
     T("AT+QMAP=\"WWAN\"", ["+QMAP: \"WWAN\",1,1,\"IPV4\",\"10.177.9.40\""])]
add("mm_journal_rm520n.log", "modemmanager-debug-journal", "Quectel RM520N-GL", True, s,
    render_mm_journal(s))

# 23 pppd chat in syslog, Quectel EC200U dial
s = [T("AT"),
     T("ATE0"),
     T("AT+CFUN=1"),
     T("AT+CGDCONT=1,\"IP\",\"internet.example.com\""),
     T("ATD*99#", final="CONNECT")]
add("pppd_chat_ec200u.log", "pppd-chat-syslog", "Quectel EC200U-EU", True, s,
    render_pppd_chat(s) + ["Dec  5 06:10:03 gw daemon.notice pppd[3300]: Serial connection established.",
                           "Dec  5 06:10:03 gw daemon.info pppd[3300]: Using interface ppp0",
                           "Dec  5 06:10:03 gw daemon.notice pppd[3300]: Connect: ppp0 <--> /dev/ttyUSB3"])

# 24 Zephyr modem_chat, Quectel BG770A-GL via modem_cellular
s = [N("<inf> modem_cellular: powering on"),
     T("AT", final=None, echo=False),
     T("AT"),
     T("ATE0"),
     T("AT+CFUN=4"),
     T("AT+CMEE=1"),
     T("AT+CREG=1;+CEREG=1;+CGREG=1"),
     T("AT+CGSN", ["869710050000777"]),
     T("AT+CGMM", ["BG770A-GL"]),
     T("AT+QCCID", ["+QCCID: 89882280000000771234"]),
     T("AT+CIMI", ["901288000077123"]),
     T("AT+CGDCONT=1,\"IP\",\"iot.example.com\""),
     T("AT+CFUN=1"),
     T("AT+CMUX=0,0,5,127,10,3,30,10,2"),
     N("<inf> modem_cellular: switched to CMUX"),
     T("AT+CEREG?", ["+CEREG: 1,2"]),
     U("+CEREG: 5"),
     T("AT+CGATT?", ["+CGATT: 1"])]
add("zephyr_modem_chat_bg770a.log", "zephyr-modem_chat", "Quectel BG770A-GL", True, s,
    render_zephyr_chat(s))

# 25 esp_modem command_lib, SIMCom A7672E PPP
s = [T("AT"),
     T("ATE0"),
     T("AT+CPIN?", final=None),
     N("W (9410) esp-modem: SIM not ready, retry"),
     T("AT+CPIN?", ["+CPIN: READY"]),
     T("AT+CSQ", ["+CSQ: 16,99"]),
     T("AT+CGMR", ["+CGMR: A131B01A7672M7"]),
     T("AT+CGDCONT=1,\"IP\",\"apn.example.com\""),
     T("ATD*99#", final="CONNECT")]
add("espmodem_a7672e_ppp.log", "esp-modem-command-lib", "SIMCom A7672E", True, s,
    render_esp_modem(s))

# 26 Mbed cellular trace, u-blox LARA-R6 no SIM then retry
s = [T("AT", final=None, echo=False),
     T("AT"),
     T("ATE0"),
     T("AT+CMEE=1"),
     T("AT+CFUN=1"),
     T("AT+CPIN?", final="+CME ERROR: 10"),
     N("[INFO][CELL]: SIM not inserted, waiting"),
     T("AT+CPIN?", final="+CME ERROR: 10"),
     T("AT+UGPIOC?", ["+UGPIOC:", "16,255", "19,255", "23,255", "24,255", "25,255", "42,255"]),
     T("AT+CFUN=16")]
add("mbed_trace_lara_r6_nosim.log", "mbed-cellular-trace", "u-blox LARA-R6401", True, s,
    render_mbed(s, echo=True))

# 27 python-gsmmodem, AirM2M Air780E SMS
s = [T("ATZ"),
     T("ATE0"),
     T("AT+CFUN?", ["+CFUN: 1"]),
     T("AT+CMEE=1"),
     T("AT+CPIN?", ["+CPIN: READY"]),
     T("AT+CGMI", ["AirM2M"]),
     T("AT+CGMM", ["Air780E"]),
     T("AT+CIMI", ["460001234567890"]),
     T("AT+CMGF=1"),
     T("AT+CSMP=49,167,0,0"),
     T("AT+CNMI=2,1,0,2"),
     T("AT+CMGS=\"+15550177001\"", prompt="> ", payload="meter 4411: 1932.6 kWh", resp=["+CMGS: 12"]),
     T("AT+CMGS=\"+15550177002\"", prompt="> ", payload="meter 4411: 1932.6 kWh", final="+CMS ERROR: 500")]
add("gsmmodem_air780e_sms.log", "python-gsmmodem-debug", "AirM2M Air780E", True, s,
    render_gsmmodem(s) + ["Traceback (most recent call last):", "  File \"send.py\", line 31, in <module>",
                          "    modem.sendSms(dest, text)", "gsmmodem.exceptions.CmsError: CMS 500"])

# 28 Android RIL logcat, Fibocom L610
s = [T("ATE0Q0V1"),
     T("AT+CMEE=1"),
     T("AT+CFUN?", ["+CFUN: 1"]),
     T("AT+CSQ", ["+CSQ: 18,99"]),
     T("AT+COPS=3,0;+COPS?;+COPS=3,2;+COPS?", ["+COPS: 0,0,\"Example Net\",7", "+COPS: 0,2,\"00101\",7"]),
     T("AT+CREG?", ["+CREG: 2,1,\"1A2B\",\"0C1D2E\",7"]),
     T("AT+CGREG?", ["+CGREG: 2,1,\"1A2B\",\"0C1D2E\",7"]),
     T("AT+CGACT=1,1", final="+CME ERROR: 30"),
     N("SETUP_DATA_CALL failed cause 30"),
     T("AT+CEREG?", ["+CEREG: 2,1,\"1A2B\",\"0C1D2E\",7"]),
     T("AT+CGACT=1,1"),
     T("AT+CGPADDR=1", ["+CGPADDR: 1,\"10.20.30.41\""])]
add("ril_logcat_l610.log", "android-ril-logcat", "Fibocom L610", True, s, render_ril(s))

# 29 oFono syslog, Telit LE910C4-NF wrong PIN
s = [T("ATE0 +CMEE=1"),
     T("AT#QSS=2"),
     T("AT+CFUN=4"),
     T("AT+CPIN?", ["+CPIN: SIM PIN"]),
     T("AT+CPIN=\"0000\"", final="+CME ERROR: 16"),
     T("AT+CPINR=\"SIM PIN\"", ["+CPINR: SIM PIN,2,3"]),
     T("AT+CPIN=\"4711\""),
     U("#QSS: 1"),
     T("AT+CFUN=1")]
add("ofono_le910c4_pin.log", "ofono-syslog", "Telit LE910C4-NF", True, s, render_ofono(s))

# 30 minicom, SIMCom SIM7080G GNSS with a reboot mid-log
s = [T("ATI", ["SIM7080 R1951.03"]),
     T("AT+CNMP=38"),
     T("AT+CMNB=1"),
     T("AT+CGNSPWR=1"),
     T("AT+CGNSINF", ["+CGNSINF: 1,0,,,,,,,0,,,,,,,,,,,,"]),
     T("AT+CGNSINF", ["+CGNSINF: 1,1,20261204102233.000,52.520008,13.404954,41.200,0.00,0.0,1,,1.1,1.4,0.9,,9,6,,,38,,"]),
     T("AT+CGNSPWR=0"),
     T("AT+CFUN=1,1", after=["", "RDY", "", "+CFUN: 1", "", "+CPIN: READY", "", "SMS Ready"]),
     T("AT"),
     T("AT+CGNSPWR?", ["+CGNSPWR: 0"])]
add("minicom_sim7080g_gnss.txt", "minicom-capture", "SIMCom SIM7080G", True, s, minicom(raw(s)))

# 31 picocom with local echo, nRF9160 SLM (echo off), one command without answer
s = [T("AT%XSYSTEMMODE=1,0,1,0"),
     T("AT+CEREG=5"),
     T("AT+CFUN=1"),
     U("+CEREG: 2,\"3A9F\",\"0301C809\",7"),
     U("+CEREG: 1,\"3A9F\",\"0301C809\",7,,,\"11100000\",\"11100000\""),
     T("AT#XSOCKET=1,2,0", ["#XSOCKET: 0,2,17"]),
     T("AT#XSENDTO=\"203.0.113.77\",7,\"ping\"", ["#XSENDTO: 4"]),
     T("AT#XRECVFROM=4", final=None),
     T("AT#XSOCKET=0", ["#XSOCKET: 0,\"closed\""]),
     T("AT+CFUN=0")]
add("picocom_nrf9160_slm_udp.txt", "picocom-session", "Nordic nRF9160 (SLM)", True, s,
    picocom(raw(s, echo=False, local_echo=True), lecho="yes"))

# 32 tio with timestamps, Sequans GM01Q sockets with a prompt
s = [T("AT+CGMR", ["UE7.0.0.0"]),
     T("AT+SQNMODEACTIVE?", ["+SQNMODEACTIVE: 1"]),
     T("AT+CEREG?", ["+CEREG: 2,5,\"2F01\",\"01B3C501\",7"]),
     T("AT+SQNSCFG=1,1,300,90,600,50"),
     T("AT+SQNSD=1,1,5000,\"203.0.113.9\",0,0,1"),
     T("AT+SQNSSENDEXT=1,5", prompt=">", payload="hello"),
     U("+SQNSRING: 1,5"),
     T("AT+SQNSRECV=1,50", ["+SQNSRECV: 1,5", "olleh"]),
     T("AT+SQNSH=1")]
add("tio_gm01q_udp.log", "tio-timestamp", "Sequans GM01Q", True, s, tio(raw(s), Clock(14, 12, 3, step=53)))

# 33 PuTTY, u-blox LENA-R8001 UDP with @ prompt, CRLF
s = [T("ATI9", ["LENA-R8001-00B-00,A01.00"]),
     T("AT+CGMR", ["A01.00"]),
     T("AT+CREG?", ["+CREG: 0,1"]),
     T("AT+COPS=?", ["+COPS: (2,\"Example Mobile\",\"ExMob\",\"00101\",7),(3,\"Other\",\"Oth\",\"00102\",0),,(0,1,2,3,4),(0,1,2)"], wait=65),
     T("AT+USOCR=17", ["+USOCR: 0"]),
     T("AT+USOST=0,\"198.51.100.3\",5000,4", prompt="@", payload="\x01\x02\x03\x04", resp=["+USOST: 0,4"]),
     U("+UUSORF: 0,4"),
     T("AT+USORF=0,4", ["+USORF: 0,\"198.51.100.3\",5000,4,\"\x04\x03\x02\x01\""]),
     T("AT+USOCL=0")]
add("putty_lena_r8_udp.log", "putty-session-log", "u-blox LENA-R8001", True, s, putty(raw(s, ctrlz="")), crlf=True)

# 34 Tera Term timestamps, Telit ME310G1 socket dial + SRING
s = [T("AT#SGACT=1,1", ["#SGACT: 10.9.1.77"]),
     T("AT#SCFG=1,1,300,90,600,50"),
     T("AT#SD=1,0,80,\"www.example.com\",0,0,1"),
     T("AT#SSEND=1", prompt="> ", payload="GET / HTTP/1.1\r\nHost: www.example.com\r\n\r\n"),
     U("SRING: 1"),
     T("AT#SRECV=1,200", ["#SRECV: 1,17", "HTTP/1.1 200 OK\r"]),
     T("AT#SH=1"),
     T("AT#SGACT=1,0", final=None)]
add("teraterm_ts_me310g1.log", "teraterm-timestamps", "Telit ME310G1-WW", True, s,
    teraterm(raw(s), Clock(9, 2, 11, step=61)), crlf=True)

# 35 Arduino Serial Monitor timestamps, SIM800C call + SMS
s = [T("AT"),
     T("AT+CCLK?", ["+CCLK: \"26/12/04,18:02:33+04\""]),
     T("ATD+15550188001;"),
     U("NO CARRIER"),
     T("ATH"),
     T("AT+CMGF=1"),
     T("AT+CMGS=\"+15550188001\"", prompt="> ", payload="call me", resp=["+CMGS: 44"]),
     T("AT+CBC", ["+CBC: 0,81,4012"]),
     T("AT+CIPGSMLOC=1,1", final="+CME ERROR: 3")]
add("arduino_monitor_sim800c_call.txt", "arduino-serial-monitor-timestamp", "SIMCom SIM800C", True, s,
    arduino_ts(raw(s), Clock(18, 2, 30, step=29)))

# 36 SSCOM, China Mobile ML307R MQTT
s = [T("ATI", ["Manufacturer: CMCC", "Model: ML307R-DC", "Revision: ML307R-DC_V2.0.0"]),
     T("AT+CIMI", ["460081234500012"]),
     T("AT+CGATT?", ["+CGATT: 1"]),
     T("AT+MQTTCFG=\"clean\",0,1"),
     T("AT+MQTTCONN=0,\"mqtt.example.com\",1883,\"ml307r-7\",\"user7\",\"pw7\"", after=["+MQTTURC: \"conn\",0,0"]),
     T("AT+MQTTSUB=0,\"cmd/7\",1", after=["+MQTTURC: \"suback\",0,1,0"]),
     T("AT+MQTTPUB=0,\"up/7\",1,0,0,5,\"hello\""),
     U("+MQTTURC: \"publish\",0,0,\"cmd/7\",2,2,\"on\""),
     T("AT+MQTTDISC=0", after=["+MQTTURC: \"conn\",0,3"])]
add("sscom_ml307r_mqtt.txt", "sscom-serial-tool", "China Mobile ML307R", True, s, render_sscom(s))

# 37 CoolTerm capture with local echo, Cavli C10QM (echo off)
s = [T("AT+CGMR", ["C10QM_V1.0.8"]),
     T("AT+CFUN?", ["+CFUN: 1"]),
     T("AT+CEREG?", ["+CEREG: 0,1"]),
     T("AT+CGPADDR=1", ["+CGPADDR: 1,\"10.44.0.19\""]),
     T("AT+CPSMS=1,,,\"00000110\",\"00000011\""),
     T("AT+CPSMS?", ["+CPSMS: 1,,,\"00000110\",\"00000011\""]),
     T("AT+CEDRXS=0"),
     T("AT+CCLK?", ["+CCLK: \"26/12/04,09:11:02+04\""])]
add("coolterm_cavli_c10qm.txt", "coolterm-capture-localecho", "Cavli C10QM", True, s,
    raw(s, echo=False, local_echo=True), crlf=True)

# 38 RealTerm capture, GosuncnWelink ME3630 ECM call
s = [T("AT+ZSWITCH?", ["+ZSWITCH: L"]),
     T("AT+ZPAS?", ["+ZPAS: \"LTE\",\"CS_PS\""]),
     T("AT+CGDCONT=1,\"IP\",\"internet.example.com\""),
     T("AT+ZECMCALL=1", after=["+ZECMCALL: IPV4, 10.62.1.93, 10.62.1.94, 192.0.2.53, 192.0.2.54"]),
     T("AT+ZECMCALL?", ["+ZECMCALL: 1"]),
     T("AT+ZECMCALL=0", final="ERROR")]
add("realterm_me3630_ecm.txt", "realterm-capture", "GosuncnWelink ME3630", True, s, raw(s), crlf=True)

# 39 GitHub issue fences, Telit FN990A28 + a hang in the second fence
s1 = [T("AT#USBCFG?", ["#USBCFG: 0"]),
      T("AT+CGDCONT?", ["+CGDCONT: 1,\"IPV4V6\",\"internet.example.com\",\"\",0,0,0,0,0,0,0,,0,,,,,,,", "+CGDCONT: 2,\"IPV4V6\",\"ims\",\"\",0,0,0,0,0,0,1,,0,,,,,,,"]),
      T("AT#BND?", ["#BND: 0,0,0,0,0"]),
      T("AT#ICMP=1"),
      T("AT#FWSWITCH?", ["#FWSWITCH: 0,1,0"])]
s2 = [T("AT#REBOOT"),
      T("AT", final=None)]
md = ["### Modem stays in 3G after firmware update", "",
      "**Hardware**: FN990A28 on a custom M.2 carrier, OpenWrt 23.05", "",
      "After `AT#FWSWITCH=0,1` the modem comes back but only registers on UMTS. Output from minicom:", "",
      "```"] + raw(s1) + ["```", "", "Then I rebooted it and it never answered again:", "", "```"] + raw(s2) + ["```", "",
      "Anything else I can try? `AT#BND` settings look default to me."]
add("gh_issue_fn990_fwswitch.md", "github-fence+terminal", "Telit FN990A28", True, s1 + s2, md)

# 40 e-mail, Huawei ME936 NDIS dial-up
s = [T("AT^SYSINFOEX", ["^SYSINFOEX: 2,3,0,1,,6,\"LTE\",101,\"LTE\""]),
     T("AT^HCSQ?", ["^HCSQ: \"LTE\",52,43,131,24"]),
     T("AT^NDISDUP=1,1,\"internet.example.com\"", after=["^NDISSTAT: 1,,,\"IPV4\""]),
     T("AT^DHCP?", ["^DHCP: 5d013e0a,f8ffffff,1d013e0a,1d013e0a,3500000c0,3600000c0,150000000,150000000"]),
     T("AT^NDISDUP=1,0", after=["^NDISSTAT: 0,,,\"IPV4\""])]
mail = ["From: Jonas Example <jonas@customer.example.com>", "To: support@vendor.example.com",
        "Subject: RE: ME936 NDIS drops after 10 minutes", "Date: Thu, 4 Dec 2026 11:02:17 +0100", "",
        "Hi,", "", "here is the capture you asked for (putty, 115200):", ""] + raw(s) + ["",
        "The drop happened right after the last line. Regards,", "Jonas", "",
        "-----Original Message-----", "From: Support", "Please send AT^SYSINFOEX and AT^HCSQ? output when it happens."]
add("email_me936_ndis.txt", "email-plain+terminal", "Huawei ME936", True, s, mail, crlf=True)

# 41 CSV export, Sierra EM9191 (escaped CR/LF in cells)
s = [T("ATI", ["Manufacturer: Sierra Wireless, Incorporated", "Model: EM9191", "Revision: SWIX55C_03.10.07.00"]),
     T("AT!ENTERCND=\"A710\""),
     T("AT!GSTATUS?", ["!GSTATUS: ", "Current Time:  4012\t\tTemperature: 41", "Reset Counter: 3\t\tMode:        ONLINE",
                       "System mode:   ENDC\t\tPS state:    Attached", "LTE band:      B3\t\tLTE bw:      20 MHz",
                       "NR5G band:     n78\t\tNR5G bw:     100 MHz"]),
     T("AT!SELRAT?", ["!SELRAT: 00, Automatic"]),
     T("AT!USBCOMP?", ["Config Index: 1", "Config Type:  1 (Generic)", "Interface bitmask: 0000100D (diag,modem,rmnet0,mbim) "]),
     T("AT!BAND=0B", final="ERROR")]
add("csv_em9191_gstatus.csv", "csv-export-escaped", "Sierra EM9191", True, s, csv_export(s), crlf=True)

# 42 markdown quote of a minicom capture, MeiG SRM815 (Qualcomm-style RmNet call)
s = [T("AT+CGMR", ["SRM815_V1.0.3"]),
     T("AT+COPS?", ["+COPS: 0,0,\"Example Net\",13"]),
     T("AT+CGDCONT=1,\"IPV4V6\",\"internet.example.com\""),
     T("AT$QCRMCALL=1,1", ["$QCRMCALL: 1, V4"]),
     T("AT$QCRMCALL?", ["$QCRMCALL: 1, V4"]),
     T("AT+CGPADDR=1", ["+CGPADDR: 1,\"10.11.12.13\""])]
q = ["@support the call comes up but no DHCP on the host:", ""] + ["> " + l if l else ">" for l in minicom(raw(s))] + \
    ["", "dmesg shows the qmi_wwan interface fine. Ideas?"]
add("gh_mdquote_minicom_srm815.md", "markdown-quote+minicom", "MeiG SRM815", True, s, q)

# 43 Tera Term timestamps, Neoway N58 FTP with a long wait and URC mid-response
s = [T("AT+XIIC=1"),
     T("AT+XIIC?", ["+XIIC:    1, 10.7.33.12"]),
     T("AT+FTPLOGIN=\"ftp.example.com\",21,\"user\",\"secret\"", after=["+FTPLOGIN: User logged in"], wait=5),
     T("AT+FTPSIZE=\"/fw/n58.bin\"", after=["+FTPSIZE: 181240"]),
     T("AT+CSQ", ["+CSQ: 23,99"], pre=["+PBREADY"]),
     T("AT+FTPGET=\"/fw/n58.bin\",1,0,512", final=None)]
add("teraterm_ts_n58_ftp.log", "teraterm-timestamps", "Neoway N58", True, s,
    teraterm(raw(s), Clock(15, 30, 0, step=77)), crlf=True)

# ------------------------------------------------------------------------------------------
# negatives: no AT transaction a modem engineer would count
# ------------------------------------------------------------------------------------------

neg1 = ["# my_modem.py  (pasted in the issue so you can see what I send)", "import serial, time", "",
        "CMDS = [", "    (\"AT\", \"OK\"),", "    (\"AT+CPIN?\", \"+CPIN: READY\"),",
        "    (\"AT+QCFG=\\\"nwscanmode\\\",3\", \"OK\"),", "    (\"AT+CGDCONT=1,\\\"IP\\\",\\\"iot.example.com\\\"\", \"OK\"),",
        "    (\"AT+QIACT=1\", \"OK\"),  # can take 150 s", "]", "",
        "def send(ser, cmd, expect, timeout=5):", "    ser.write((cmd + \"\\r\").encode())",
        "    deadline = time.time() + timeout", "    buf = b\"\"", "    while time.time() < deadline:",
        "        buf += ser.read(64)", "        if expect.encode() in buf:", "            return buf",
        "    raise TimeoutError(cmd)", "", "with serial.Serial(\"/dev/ttyUSB2\", 115200, timeout=0.2) as ser:",
        "    for cmd, exp in CMDS:", "        print(\">>\", cmd)", "        print(send(ser, cmd, exp))"]
add("neg_python_script_bg95.py.txt", "negative-source-code", "Quectel BG95-M3", False, [], neg1, has=False)

neg2 = ["Dec  6 21:14:02 gw daemon.notice pppd[4410]: Serial connection established.",
        "Dec  6 21:14:02 gw daemon.debug pppd[4410]: using channel 7",
        "Dec  6 21:14:02 gw daemon.info pppd[4410]: Using interface ppp0",
        "Dec  6 21:14:02 gw daemon.notice pppd[4410]: Connect: ppp0 <--> /dev/ttyUSB3",
        "Dec  6 21:14:03 gw daemon.debug pppd[4410]: sent [LCP ConfReq id=0x1 <asyncmap 0x0> <magic 0x5c1e2f07> <pcomp> <accomp>]",
        "Dec  6 21:14:03 gw daemon.debug pppd[4410]: rcvd [LCP ConfReq id=0x0 <asyncmap 0x0> <auth chap MD5> <magic 0x1d3e5f70> <pcomp> <accomp>]",
        "Dec  6 21:14:03 gw daemon.debug pppd[4410]: sent [LCP ConfAck id=0x0 <asyncmap 0x0> <auth chap MD5> <magic 0x1d3e5f70> <pcomp> <accomp>]",
        "Dec  6 21:14:03 gw daemon.debug pppd[4410]: rcvd [LCP ConfAck id=0x1 <asyncmap 0x0> <magic 0x5c1e2f07> <pcomp> <accomp>]",
        "Dec  6 21:14:03 gw daemon.debug pppd[4410]: rcvd [CHAP Challenge id=0x1 <a1b2c3d4e5f60718>, name = \"UMTS_CHAP_SRVR\"]",
        "Dec  6 21:14:03 gw daemon.debug pppd[4410]: sent [CHAP Response id=0x1 <0f1e2d3c4b5a69788796a5b4c3d2e1f0>, name = \"user\"]",
        "Dec  6 21:14:03 gw daemon.debug pppd[4410]: rcvd [CHAP Success id=0x1 \"\"]",
        "Dec  6 21:14:03 gw daemon.info pppd[4410]: CHAP authentication succeeded",
        "Dec  6 21:14:03 gw daemon.debug pppd[4410]: sent [IPCP ConfReq id=0x1 <compress VJ 0f 01> <addr 0.0.0.0> <ms-dns1 0.0.0.0> <ms-dns2 0.0.0.0>]",
        "Dec  6 21:14:04 gw daemon.debug pppd[4410]: rcvd [IPCP ConfRej id=0x1 <compress VJ 0f 01>]",
        "Dec  6 21:14:04 gw daemon.debug pppd[4410]: rcvd [IPCP ConfNak id=0x2 <addr 10.99.1.7> <ms-dns1 192.0.2.53> <ms-dns2 192.0.2.54>]",
        "Dec  6 21:14:04 gw daemon.notice pppd[4410]: local  IP address 10.99.1.7",
        "Dec  6 21:14:04 gw daemon.notice pppd[4410]: remote IP address 10.64.64.64",
        "Dec  6 21:14:04 gw daemon.notice pppd[4410]: primary   DNS address 192.0.2.53",
        "Dec  6 21:14:34 gw daemon.info pppd[4410]: No response to 4 echo-requests",
        "Dec  6 21:14:34 gw daemon.notice pppd[4410]: Serial link appears to be disconnected.",
        "Dec  6 21:14:37 gw daemon.notice pppd[4410]: Modem hangup", "Dec  6 21:14:37 gw daemon.notice pppd[4410]: Connection terminated."]
add("neg_pppd_lcp_sim7600.log", "negative-pppd-lcp", "SIMCom SIM7600E", False, [], neg2, has=False)

neg3 = ["Modem Information", "", "Manufacturer\tQuectel", "Revision\tRM520NGLAAR03A03M4G", "IMEI\t868371050000999",
        "SIM Status\tREADY", "ICCID\t89490200001234567890", "ISP\tExample Net (26201)", "Network Mode\tNR5G-NSA",
        "", "Signal", "", "CSQ\t26 (-61 dBm)", "RSRP\t-88 dBm", "RSRQ\t-11 dB", "SINR\t16 dB", "Band\tLTE B3 + n78",
        "", "Dial Status", "", "Dial Mode\tQMI", "APN\tinternet.example.com", "IPv4\t10.177.9.40",
        "Status\tConnected", "Last AT response\tOK", "Temperature\t44 C",
        "", "(copied from LuCI > Modem > Modem Information, qmodem)"]
add("neg_luci_modem_status.txt", "negative-status-page", "Quectel RM520N-GL", False, [], neg3, has=False)

neg4 = ["rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)", "configsip: 0, SPIWP:0xee",
        "mode:DIO, clock div:1", "load:0x3fff0030,len:1184", "entry 0x400805cc",
        "I (512) app: tracker fw 2.4.1", "I (530) modem: power key pulse 1000 ms",
        "W (6530) modem: no response to AT (1/5)", "W (7540) modem: no response to AT (2/5)",
        "W (8550) modem: no response to AT (3/5)", "I (9560) modem: baud autodetect: trying 9600",
        "W (10570) modem: no response to AT (4/5)", "W (11580) modem: no response to AT (5/5)",
        "E (11580) modem: giving up, check PWRKEY / VBAT", "I (11590) app: entering deep sleep for 300 s, OK"]
add("neg_esp32_boot_no_modem.txt", "negative-firmware-log", "SIMCom A7670E (not answering)", False, [], neg4, has=False)


def main():
    os.makedirs(LOGS, exist_ok=True)
    for f in os.listdir(LOGS):
        os.remove(os.path.join(LOGS, f))
    labels = {}
    for L in ALL:
        nl = "\r\n" if L["crlf"] else "\n"
        text = nl.join(L["lines"]) + nl
        with open(os.path.join(LOGS, L["name"]), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        tx = labels_of(L["items"]) if L["has"] else []
        labels[L["name"]] = {"transactions": tx, "total": len(tx), "has_transactions": bool(tx),
                             "shape": L["shape"], "module": L["module"], "verified": L["verified"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    n = sum(v["total"] for v in labels.values())
    print("%d logs, %d labelled transactions, %d negatives" % (
        len(labels), n, sum(1 for v in labels.values() if not v["has_transactions"])))


if __name__ == "__main__":
    main()
