#!/usr/bin/env python3
"""Write holdout29: logs/, labels.json, verdicts.json, per_log.md, deterministically.

Each log is one timed session of events (tx = a command the host writes, rx = a line from the
module, pay = payload written after a prompt, note = a line the application/library/person
wrote). A renderer per printer turns the events into that printer's lines; a wrapper (quote,
fence, journal prefix, ...) then maps each body line to one line and adds text around it, so
every verdict range is computed from the rendered file, never typed. The helper that emits a
command's events also records its transaction label.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")


class Log:
    def __init__(self, name, kind, module, printer, story, verified=False, t0=0.0):
        self.name, self.kind, self.module, self.printer, self.story = name, kind, module, printer, story
        self.verified = verified
        self.wrapper = "-"
        self.ev = []
        self.tags = {}
        self.txns = []
        self.expect = []
        self.accept = []
        self.t = t0

    def at(self, dt):
        self.t += dt
        return self

    def _add(self, k, s, tag=None, **kw):
        e = {"k": k, "s": s, "t": self.t}
        e.update(kw)
        self.ev.append(e)
        if tag:
            for tg in (tag if isinstance(tag, (list, tuple)) else [tag]):
                self.tags.setdefault(tg, []).append(len(self.ev) - 1)
        return e

    def note(self, s, tag=None, dt=0.0, **kw):
        self.t += dt
        self._add("note", s, tag, **kw)

    def urc(self, s, tag=None, dt=0.0):
        self.t += dt
        self._add("rx", s, tag, urc=True)

    def cmd(self, c, resp=(), final="OK", tag=None, rt=0.12, gap=0.25, label=True, **kw):
        """host writes c; the module answers resp lines then final (None: no final in the log)."""
        txe = self._add("tx", c, tag, **kw)
        txe["group"] = []
        self.t += rt
        for i, r in enumerate(resp):
            self._add("rx", r, tag, cont=i > 0)
            txe["group"].append(len(self.ev) - 1)
            self.t += 0.01
        if final is not None:
            self._add("rx", final, tag, final=True, cont=bool(resp))
            txe["group"].append(len(self.ev) - 1)
        if label:
            self.txns.append({"command": c, "final": final})
        self.t += gap

    def send(self, c, payload, final, prompt=">", pre=(), post=(), tag=None, rt=0.1, gap=0.3,
             pay_first=False, pay_dt=0.05, **kw):
        """prompted write: c, [pre lines], prompt, payload, [post lines], final."""
        txe = self._add("tx", c, tag, **kw)
        txe["group"] = []
        if pay_first:
            self.t += 0.004
            self._add("pay", payload, tag)
        self.t += rt
        for r in pre:
            self._add("rx", r, tag, cont=True)
            txe["group"].append(len(self.ev) - 1)
        if prompt is not None:
            self._add("rx", prompt, tag, prompt=True)
            txe["group"].append(len(self.ev) - 1)
        if payload is not None and not pay_first:
            self.t += pay_dt
            self._add("pay", payload, tag)
        self.t += rt
        for r in post:
            self._add("rx", r, tag, cont=True)
            txe["group"].append(len(self.ev) - 1)
        if final is not None:
            self._add("rx", final, tag, final=True, cont=True)
            txe["group"].append(len(self.ev) - 1)
        self.txns.append({"command": c, "final": final})
        self.t += gap

    def raw_tx(self, s, tag=None, dt=0.0):
        """a write that is no transaction (escape sequence, data in online mode)."""
        self.t += dt
        self._add("tx", s, tag, group=[], raw=True)

    def exp(self, rule, tags, why):
        self.expect.append((rule, tags if isinstance(tags, list) else [tags], why))

    def ok(self, rule, tags, why):
        self.accept.append((rule, tags if isinstance(tags, list) else [tags], why))


# ------------------------------------------------------------------------------------------
# time helpers
# ------------------------------------------------------------------------------------------

def hmsms(t, base):
    ms = int(round((base + t) * 1000))
    h, rem = divmod(ms, 3600000)
    m, rem = divmod(rem, 60000)
    s, ms = divmod(rem, 1000)
    return "%02d:%02d:%02d.%03d" % (h % 24, m, s, ms)


def iso(t, base, frac=3, z="Z", sep="T", comma=False):
    us = int(round((base + t) * 1000000))
    h, rem = divmod(us, 3600000000)
    m, rem = divmod(rem, 60000000)
    s, us = divmod(rem, 1000000)
    f = ("%06d" % us)[:frac]
    return "2026-12-07%s%02d:%02d:%02d%s%s%s" % (sep, h % 24, m, s, "," if comma else ".", f, z)


# ------------------------------------------------------------------------------------------
# renderers: each returns one list of lines per event (times per line kept for wrappers)
# ------------------------------------------------------------------------------------------

def r_pio(log, base=10 * 3600 + 14 * 60, banner=True):
    """PlatformIO device monitor with `--filter time` (platformio/device/monitor/filters/time.py:
    '%H:%M:%S.%f'[:-3] + ' > ' before each received line). The sketch prints '>> ' + each command it
    writes and forwards the module's bytes (echo off), so a reply shows its leading CR LF as an
    empty stamped line."""
    out = []
    first = True
    for e in log.ev:
        st = hmsms(e["t"], base) + " > "
        if e["k"] in ("tx", "pay"):
            out.append([st + ">> " + e["s"].replace("\x1a", "")])
        elif e["k"] == "rx":
            if e.get("prompt"):
                out.append([st + e["s"] + " "])
            elif e.get("cont") and not e.get("final"):
                out.append([st + e["s"]])
            else:
                out.append([st, st + e["s"]])
        else:
            s = e["s"]
            if s.startswith("!"):
                out.append([s[1:]])
            else:
                out.append([st + s])
        first = False
    if banner:
        head = ["--- Terminal on /dev/ttyUSB0 | 115200 8-N-1",
                "--- Available filters and text transformations: colorize, debug, default, direct, hexlify, log2file, nocontrol, printable, send_on_enter, time",
                "--- More details at https://bit.ly/pio-monitor-filters",
                "--- Quit: Ctrl+C | Menu: Ctrl+T | Help: Ctrl+T followed by Ctrl+H"]
        if out:
            out[0] = head + out[0]
    return out


def ms_human(ms):
    # vercel/ms short format as debug's humanize
    if ms >= 3600000:
        return "%dh" % round(ms / 3600000.0)
    if ms >= 60000:
        return "%dm" % round(ms / 60000.0)
    if ms >= 1000:
        return "%ds" % round(ms / 1000.0)
    return "%dms" % ms


def r_debug(log, tty=False, base=9 * 3600 + 31 * 60, ns="modem:at", appns="app"):
    """Node app using the `debug` package (src/node.js formatArgs): with a TTY
    '  ESC[3c;1m<ns> ESC[0m<msg> ESC[3cm+<diff>ESC[0m', else '<ISO date> <ns> <msg>'.
    The app logs '-> ' + each write and '<- ' + each line its readline parser emits."""
    out = []
    last = {}
    colors = {ns: 6, appns: 2}
    for e in log.ev:
        if e["k"] == "note" and e["s"].startswith("!"):
            out.append([e["s"][1:]])
            continue
        if e["k"] in ("tx", "pay"):
            name, msg = ns, "-> " + e["s"]
        elif e["k"] == "rx":
            name, msg = ns, "<- " + e["s"]
        else:
            name, msg = appns, e["s"]
        ms = int(round(e["t"] * 1000))
        diff = ms - last.get(name, ms)
        last[name] = ms
        if tty:
            c = colors[name]
            out.append(["  \x1b[3%d;1m%s \x1b[0m%s \x1b[3%dm+%s\x1b[0m" % (c, name, msg, c, ms_human(diff))])
        else:
            out.append(["%s %s %s" % (iso(e["t"], base), name, msg)])
    return out


def go_quote(s):
    need = s == "" or any(ch <= " " or ch in '="' or ord(ch) > 126 for ch in s)
    if not need:
        return s
    r = '"'
    for ch in s:
        if ch == '"':
            r += '\\"'
        elif ch == "\\":
            r += "\\\\"
        elif ch == "\x1a":
            r += "\\x1a"
        elif ch == "\r":
            r += "\\r"
        else:
            r += ch
    return r + '"'


def r_slog(log, base=8 * 3600 + 2 * 60, tz="+01:00", bytes_payload=True):
    """A Go agent logging with log/slog's TextHandler: time=<RFC3339 millis> level=.. msg=.. k=v,
    values quoted (strconv.Quote) when they hold a space, '=', '"' or a non-printable."""
    out = []
    for e in log.ev:
        pre = "time=%s level=" % iso(e["t"], base, z=tz)
        if e["k"] == "tx":
            if e.get("raw"):
                out.append([pre + "DEBUG msg=%s data=%s" % (go_quote("at raw"), go_quote(e["s"]))])
            else:
                out.append([pre + "DEBUG msg=%s cmd=%s" % (go_quote("at write"), go_quote(e["s"]))])
        elif e["k"] == "pay":
            if bytes_payload:
                out.append([pre + "DEBUG msg=%s len=%d" % (go_quote("at payload"), len(e["s"]))])
            else:
                out.append([pre + "DEBUG msg=%s data=%s" % (go_quote("at payload"), go_quote(e["s"]))])
        elif e["k"] == "rx":
            out.append([pre + "DEBUG msg=%s line=%s" % (go_quote("at read"), go_quote(e["s"]))])
        else:
            s = e["s"]
            if s.startswith("!"):
                out.append([s[1:]])
                continue
            lvl = "INFO"
            if s[:2] in ("W:", "E:"):
                lvl = "WARN" if s[0] == "W" else "ERROR"
                s = s[3:]
            parts = s.split(" | ")
            line = pre + lvl + " msg=" + go_quote(parts[0])
            for kv in parts[1:]:
                k, v = kv.split("=", 1)
                line += " %s=%s" % (k, go_quote(v))
            out.append([line])
    return out


def r_linkmon(log, base=13 * 3600 + 5 * 60):
    """nRF Connect LTE Link Monitor log file: '<ISO> DEBUG modem >> <cmd>' for each write
    (writeCallback) and '<ISO> DEBUG modem << <line>' for what the port reports."""
    out = []
    for e in log.ev:
        ts = iso(e["t"], base)
        if e["k"] in ("tx", "pay"):
            out.append(["%s DEBUG modem >> %s" % (ts, e["s"])])
        elif e["k"] == "rx":
            out.append(["%s DEBUG modem << %s" % (ts, e["s"])])
        else:
            s = e["s"]
            if s.startswith("!"):
                out.append([s[1:]])
            else:
                out.append(["%s INFO %s" % (ts, s)])
    return out


def r_rust(log, target="modem::at", base=11 * 3600 + 47 * 60):
    """tracing-subscriber's default fmt layer, no ANSI (piped): '<RFC3339 micros>Z <LEVEL:>5> <target>: <msg>'."""
    out = []
    for e in log.ev:
        ts = iso(e["t"], base, frac=6)
        if e["k"] == "tx":
            out.append(["%s DEBUG %s: > %s" % (ts, target, e["s"])])
        elif e["k"] == "pay":
            out.append(["%s TRACE %s: > [%d bytes]" % (ts, target, len(e["s"]))])
        elif e["k"] == "rx":
            out.append(["%s DEBUG %s: < %s" % (ts, target, e["s"])])
        else:
            s = e["s"]
            if s.startswith("!"):
                out.append([s[1:]])
                continue
            lvl, tgt = " INFO", "app"
            if s[:2] in ("W:", "E:"):
                lvl = " WARN" if s[0] == "W" else "ERROR"
                s = s[3:]
            out.append(["%s %s %s: %s" % (ts, lvl, tgt, s)])
    return out


def r_pylog(log, name="telit", base=15 * 3600 + 20 * 60):
    """A Python script with logging.basicConfig(format='%(asctime)s %(levelname)s %(name)s: %(message)s')."""
    out = []
    for e in log.ev:
        ts = iso(e["t"], base, sep=" ", z="", comma=True)
        if e["k"] in ("tx", "pay"):
            out.append(["%s DEBUG %s: >> %s" % (ts, name, e["s"])])
        elif e["k"] == "rx":
            out.append(["%s DEBUG %s: << %s" % (ts, name, e["s"])])
        else:
            s = e["s"]
            if s.startswith("!"):
                out.append([s[1:]])
                continue
            lvl = "INFO"
            if s[:2] in ("W:", "E:"):
                lvl = "WARNING" if s[0] == "W" else "ERROR"
                s = s[3:]
            out.append(["%s %s %s: %s" % (ts, lvl, name, s)])
    return out


def csvq(s):
    if any(c in s for c in ',"'):
        return '"' + s.replace('"', '""') + '"'
    return s


def r_csv(log, base=10 * 3600 + 2 * 60):
    """An in-house serial tap's CSV export: Time,Port,Direction,Data (RFC 4180 quoting, one row per
    line; the terminators are not exported, empty lines are skipped)."""
    out = []
    for i, e in enumerate(log.ev):
        ts = iso(e["t"], base, sep=" ", z="")
        if e["k"] in ("tx", "pay"):
            out.append(["%s,COM4,TX,%s" % (ts, csvq(e["s"]))])
        elif e["k"] == "rx":
            out.append(["%s,COM4,RX,%s" % (ts, csvq(e["s"]))])
        else:
            s = e["s"]
            out.append([s[1:]] if s.startswith("!") else ["%s,COM4,MARK,%s" % (ts, csvq(s))])
    if out:
        out[0] = ["Time,Port,Direction,Data"] + out[0]
    return out


def r_atinout(log, host="OpenWrt", dev="/dev/ttyUSB2", prompts=True):
    """OpenWrt shell: `echo 'CMD' | atinout - /dev/ttyUSB2 -` prints what the module sends: its echo,
    the reply's leading empty line, the lines, an empty line, the final. A tx event with
    loop=True prints no shell line (a for-loop prints one line before the first)."""
    out = []
    for e in log.ev:
        if e["k"] == "tx":
            lines = []
            if not prompts:
                pass
            elif e.get("shell"):
                lines.append("root@%s:~# %s" % (host, e["shell"]))
            elif not e.get("loop"):
                q = "'" if '"' in e["s"] else ""
                lines.append("root@%s:~# echo %s%s%s | atinout - %s -" % (host, q, e["s"], q, dev))
            lines.append(e["s"])
            out.append(lines)
        elif e["k"] == "rx":
            if e.get("final") and e.get("cont"):
                out.append(["", e["s"]])
            elif e.get("cont"):
                out.append([e["s"]])
            else:
                out.append(["", e["s"]])
        elif e["k"] == "pay":
            out.append([e["s"]])
        else:
            s = e["s"]
            out.append([s[1:]] if s.startswith("!") else ["root@%s:~# %s" % (host, s)])
    return out


def pyrepr(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\r", "\\r").replace("\n", "\\n") + "'"


def r_pycom(log):
    """Pycom REPL (GPy/FiPy, Sequans Monarch): `lte.send_at_cmd('AT..')` returns the module's reply as
    one str; the REPL shows its repr on one line, print() shows its lines (CR LF -> empty lines)."""
    out = []
    evs = log.ev
    for i, e in enumerate(evs):
        if e["k"] == "tx":
            info = [evs[j]["s"] for j in e.get("group", []) if not evs[j].get("final")]
            fin = [evs[j]["s"] for j in e.get("group", []) if evs[j].get("final")]
            body = ("\r\n" + "\r\n".join(info) + "\r\n" if info else "") + "".join("\r\n" + f + "\r\n" for f in fin)
            cmd = e["s"].replace("'", "\\'")
            if e.get("style") == "print":
                lines = [">>> print(lte.send_at_cmd('%s'))" % cmd]
                lines += body.replace("\r\n", "\n").split("\n")
            else:
                lines = [">>> lte.send_at_cmd('%s')" % cmd, pyrepr(body)]
            out.append(lines)
        elif e["k"] == "rx":
            out.append([] if not e.get("urc") else [e["s"]])
        elif e["k"] == "pay":
            out.append([])
        else:
            s = e["s"]
            out.append([s[1:]] if s.startswith("!") else [">>> " + s])
    return out


# ------------------------------------------------------------------------------------------
# wrappers: map each body line to one line; text before/after
# ------------------------------------------------------------------------------------------

def w_none():
    return ("-", [], lambda l, t: l, [])


def w_fence(before, after, lang=""):
    return ("fence", before + ["```" + lang], lambda l, t: l, ["```"] + after)


def w_quote(before, after, q="> "):
    return ("quote '%s'" % q.strip(), before, lambda l, t: (q + l) if l else q.rstrip(), after)


def w_indent(before, after, n=4):
    return ("indent-%d" % n, before, lambda l, t: " " * n + l if l else "", after)


def w_journal(host, unit, pid, base, before=(), after=()):
    def f(l, t):
        return "Dec 07 %s %s %s[%d]: %s" % (hmsms(t, base)[:8], host, unit, pid, l)
    return ("journal", list(before), f, list(after))


def w_kubectl(pod, before=(), after=()):
    return ("kubectl-logs-prefix", list(before), lambda l, t: "[pod/%s/agent] %s" % (pod, l), list(after))


def w_ts(base, before=(), after=()):
    """moreutils `ts '[%Y-%m-%d %H:%M:%.S]'` in front of every line of a pipe."""
    def f(l, t):
        us = int(round((base + t) * 1000000))
        h, rem = divmod(us, 3600000000)
        m, rem = divmod(rem, 60000000)
        s, us = divmod(rem, 1000000)
        return "[2026-12-07 %02d:%02d:%02d.%06d] %s" % (h % 24, m, s, us, l)
    return ("moreutils-ts", list(before), f, list(after))


def w_mailquote(before, after):
    return ("mail-quote", before, lambda l, t: ">> " + l if l else ">>", after)


def w_telegram(before, after):
    return ("telegram-copy", before, lambda l, t: l, after)


ALL = []


def add(log, renderer, wrap=None, inner=None):
    """inner: a second wrapper applied first (e.g. a journal prefix inside a fence)."""
    per = renderer(log)
    lines, rng, times = [], [], []
    for e, chunk in zip(log.ev, per):
        a = len(lines) + 1
        lines.extend(chunk)
        times.extend([e["t"]] * len(chunk))
        rng.append((a, len(lines)))
    if len(per) > len(log.ev):
        raise SystemExit("%s: renderer made more chunks than events" % log.name)
    names = []
    for w in (inner, wrap):
        if w is None:
            continue
        name, before, f, after = w
        names.append(name)
        body = [f(l, t) for l, t in zip(lines, times)]
        off = len(before)
        lines = list(before) + body + list(after)
        times = [times[0] if times else 0] * len(before) + times + [times[-1] if times else 0] * len(after)
        rng = [(a + off, b + off) for a, b in rng]
    log.wrapper = "+".join(names) if names else "-"
    log.lines = lines
    log.ranges = rng
    ALL.append(log)


def tag_range(log, tags):
    lo, hi = None, None
    for tg in tags:
        if tg not in log.tags:
            raise SystemExit("%s: tag %s missing" % (log.name, tg))
        for i in log.tags[tg]:
            a, b = log.ranges[i]
            if a > b:
                continue
            lo = a if lo is None else min(lo, a)
            hi = b if hi is None else max(hi, b)
    if lo is None:
        raise SystemExit("%s: tags %s render no line" % (log.name, tags))
    return [lo, hi]


VAC = "no state query after the close; true advice, never an escalation"
FIB = "Fibocom's guide is the one RULES.txt cites, so its rule applies to this Fibocom module"


# ==========================================================================================
# PlatformIO monitor (time filter): Quectel BG77/BG96/BC95, Fibocom MC610
# ==========================================================================================

def pio_logs():
    fx = lambda: w_fence(["PlatformIO device monitor output (`pio device monitor -f time`):", ""], [])
    # F: BG77 sends on socket 0 before +QIOPEN reports the connect
    l = Log("bg77_pio_qisend_before_qiopen.txt", "fault", "Quectel BG77", "platformio-monitor-time",
            "the sketch writes AT+QISEND right after QIOPEN's OK; +QIOPEN: 0,0 arrives 1.8 s later", verified=True, t0=3.2)
    l.note("[app] modem up, opening socket")
    l.cmd("AT"); l.cmd("ATE0", resp=(), final="OK")
    l.cmd("AT+CPIN?", ["+CPIN: READY"]); l.cmd("AT+CEREG?", ["+CEREG: 0,1"])
    l.cmd('AT+QIACT?', ['+QIACT: 1,1,1,"10.88.3.21"'])
    l.cmd('AT+QIOPEN=1,0,"TCP","192.0.2.10",5000,0,0', tag="open", rt=0.2, gap=0.05)
    l.cmd("AT+QISEND=0,12", final="ERROR", tag="send", gap=0.1)
    l.note("[app] send failed, closing", tag="send")
    l.urc("+QIOPEN: 0,0", tag="late", dt=1.6)
    l.cmd("AT+QICLOSE=0", tag="close", rt=0.3)
    add(l, r_pio, wrap=fx())
    l.exp("async-overlap", ["open", "send"], "QIOPEN completes with +QIOPEN: 0,0 (Quectel TCP/IP manual: wait for it); QISEND goes out before it")
    l.ok("socket-state", ["send"], "the send is on a socket not yet connected")
    l.ok("command-failed", ["send"], "the failed send is followed by a close, not a look into the state; arguable")
    l.ok("error-detail", ["send"], "bare ERROR while CMEE is off; advice")
    l.ok("retry-too-few", ["send"], "the failed send is not re-sent")
    l.ok("verify-after-close", ["close"], VAC)

    # C: BG77 socket 0 done right; URC inside traffic; QIRD multi-line
    l = Log("bg77_pio_socket0_recv_urc.txt", "clean", "Quectel BG77", "platformio-monitor-time",
            "QIOPEN, waits for +QIOPEN: 0,0 (2.4 s), sends with '>' and SEND OK, +QIURC recv arrives between commands, QIRD", verified=True, t0=5.0)
    l.cmd("AT"); l.cmd("ATE0")
    l.cmd("AT+QCFG=\"nwscanseq\"", ['+QCFG: "nwscanseq",020103'])
    l.cmd('AT+QIOPEN=1,0,"TCP","192.0.2.11",5001,0,0', rt=0.2)
    l.urc("+QIOPEN: 0,0", dt=2.4)
    l.send("AT+QISEND=0,12", "hello-bg77-0", "SEND OK", prompt=">")
    l.urc('+QIURC: "recv",0', dt=0.9)
    l.cmd("AT+QIRD=0,1500", ["+QIRD: 6", "pong-1"])
    l.cmd('AT+QISTATE=1,0', ['+QISTATE: 0,"TCP","192.0.2.11",5001,4062,2,1,0,0,"usbmodem"'])
    l.cmd("AT+QICLOSE=0", rt=0.4, tag="close")
    l.cmd('AT+QISTATE=1,0', [])
    add(l, r_pio)

    # F: BG96 MQTT CONNACK never arrives, the sketch just waits
    l = Log("bg96_pio_qmtconn_no_completion.txt", "fault", "Quectel BG96", "platformio-monitor-time",
            "QMTOPEN completes, QMTCONN answers OK but +QMTCONN never comes; the sketch waits 5 minutes without a timeout", verified=True, t0=12.0)
    l.cmd("AT+QMTCFG=\"version\",0,4")
    l.cmd('AT+QMTOPEN=0,"192.0.2.20",1883', rt=0.2)
    l.urc("+QMTOPEN: 0,0", dt=2.1)
    l.cmd('AT+QMTCONN=0,"dev-bg96-29"', tag="conn", rt=0.3)
    for k in range(5):
        l.note("[app] waiting for CONNACK (%d s)" % ((k + 1) * 60), tag="wait" if k == 4 else None, dt=60.0)
    l.cmd("AT+QMTDISC=0", tag="disc")
    l.urc("+QMTDISC: 0,0", dt=0.4)
    add(l, r_pio, wrap=w_quote(["Our BG96 never gets past MQTT connect, monitor output below:", ""], ["", "Any idea? The broker sees nothing."]))
    l.exp("completion-timeout", ["conn", "wait", "disc"], "+QMTCONN (BG96 MQTT manual: up to the packet timeout, default 5 s x 3 retries) never arrives; 300 s without completion")
    l.ok("async-overlap", ["disc"], "the disconnect goes out while QMTCONN still waits; it is the teardown of the pending connect")
    l.ok("verify-after-close", ["disc"], VAC)
    l.ok("retry-too-few", ["conn", "wait", "disc"], "the connect that never completed is not re-sent")

    # C: BG96 MQTT done right, QIACT 12 s
    l = Log("bg96_pio_mqtt_publish_ok.txt", "clean", "Quectel BG96", "platformio-monitor-time",
            "QIACT takes 12 s (limit 150 s), QMTOPEN/QMTCONN waited for, QMTPUB with '>' prompt and +QMTPUB ack", verified=True, t0=8.0)
    l.cmd("AT"); l.cmd("AT+CPIN?", ["+CPIN: READY"])
    l.cmd("AT+CGREG?", ["+CGREG: 0,1"])
    l.cmd('AT+QICSGP=1,1,"iot.example","","",1')
    l.cmd("AT+QIACT=1", rt=12.3)
    l.cmd("AT+QMTCFG=\"keepalive\",0,120")
    l.cmd('AT+QMTOPEN=0,"192.0.2.21",1883', rt=0.2)
    l.urc("+QMTOPEN: 0,0", dt=1.7)
    l.cmd('AT+QMTCONN=0,"dev-bg96-30"', rt=0.2)
    l.urc("+QMTCONN: 0,0,0", dt=0.9)
    l.send('AT+QMTPUB=0,1,1,0,"t/bg96/30"', '{"t":21.5}\x1a', "OK", prompt=">")
    l.urc("+QMTPUB: 0,1,0", dt=0.6)
    l.cmd("AT+QMTDISC=0", tag="close")
    l.urc("+QMTDISC: 0,0", dt=0.3)
    add(l, r_pio)
    l.ok("verify-after-close", ["close"], VAC)

    # F: BC95 sends on socket 1, only socket 0 exists
    l = Log("bc95_pio_nsost_wrong_socket.txt", "fault", "Quectel BC95-B8", "platformio-monitor-time",
            "NSOCR returns socket 0; the sketch hard-codes socket 1 in NSOST and ignores the ERROR", verified=True, t0=30.0)
    l.cmd("AT+CGATT?", ["+CGATT:1"])
    l.cmd("AT+NSOCR=DGRAM,17,5683,1", ["0"])
    l.cmd("AT+NSOST=1,192.0.2.30,5683,4,48454C4F", final="ERROR", tag="bad")
    l.note("[app] uplink queued", dt=0.1)
    l.at(30)
    l.cmd("AT+NSOST=1,192.0.2.30,5683,4,48454C4F", final="ERROR", tag="bad2")
    add(l, r_pio, wrap=fx())
    l.exp("socket-state", ["bad"], "NSOST on socket 1, never created (NSOCR gave 0)")
    l.ok("socket-state", ["bad2"], "the same fault again")
    l.ok("command-failed", ["bad", "bad2"], "the ERROR is never looked into")
    l.ok("error-detail", ["bad", "bad2"], "bare ERROR with CMEE off; advice")

    # C: BC95 CGATT polled while attaching, socket 0
    l = Log("bc95_pio_cgatt_poll_socket0.txt", "clean", "Quectel BC95-B8", "platformio-monitor-time",
            "NB-IoT attach: CGATT? polled every 2 s for 36 s (waiting, not a storm); socket 0; +NSONMI then NSORF", verified=True, t0=4.0)
    l.cmd("AT+CFUN?", ["+CFUN:1"])
    l.cmd("AT+CGATT=1", tag="attach")
    for k in range(18):
        l.cmd("AT+CGATT?", ["+CGATT:0"], gap=1.9)
    l.cmd("AT+CGATT?", ["+CGATT:1"])
    l.cmd("AT+CGPADDR", ["+CGPADDR:0,10.70.4.9"])
    l.cmd("AT+NSOCR=DGRAM,17,5683,1", ["0"])
    l.cmd("AT+NSOST=0,192.0.2.31,5683,4,70696E67", ["0,4"])
    l.urc("+NSONMI:0,4", dt=1.2)
    l.cmd("AT+NSORF=0,4", ["0,192.0.2.31,5683,4,706F6E67,0"])
    l.cmd("AT+NSOCL=0", tag="close")
    add(l, r_pio)
    l.ok("verify-after-close", ["close"], VAC)
    l.ok("attach-preconditions", ["attach"], "no SIM-ready answer in the capture before CGATT=1 (BC95 has no CPIN? in this sketch)")

    # C: BC95 band change in CFUN=0, NRB reboot banner
    l = Log("bc95_pio_nband_cfun0_reboot.txt", "clean", "Quectel BC95-G", "platformio-monitor-time",
            "band change needs CFUN=0 on BC95 (Quectel manual), then AT+NRB; the boot banner and the first plain AT after it", verified=True, t0=2.0)
    l.cmd("AT+CFUN=0", rt=1.4)
    l.cmd("AT+NBAND=8")
    l.cmd("AT+NCONFIG=AUTOCONNECT,TRUE")
    l.cmd("AT+NRB", ["REBOOTING"], final=None, tag="nrb")
    l.txns[-1]["final"] = "OK"   # the OK after the boot banner ends the NRB exchange
    for s in ("Boot: Unsigned", "Security B.. Verified", "Protocol A.. Verified", "Apps A...... Verified",
              "REBOOT_CAUSE_APPLICATION_AT", "Neul "):
        l.urc(s, dt=0.2)
    l.urc("OK", dt=0.1, tag="nrb")
    l.at(1)
    l.cmd("AT"); l.cmd("AT+NBAND?", ["+NBAND:8"]); l.cmd("AT+CFUN?", ["+CFUN:1"])
    add(l, r_pio, wrap=w_quote(["Reflashed the config like this, is it right to use CFUN=0 here?", ""], []))
    l.ok("orphan-response", ["nrb"], "the OK after the Neul banner: labelled as NRB's final, a reader may see it as the boot's own OK")

    # F: MC610 flow control never lifted, host neither closes nor gives up
    l = Log("mc610_pio_mipxoff_stall.txt", "fault", "Fibocom MC610-EU", "platformio-monitor-time",
            "+MIPXOFF: 1 and no +MIPXON for 100 s; the sketch keeps waiting and never closes socket 1", verified=True, t0=60.0)
    l.cmd("AT+MIPCALL?", ["+MIPCALL: 1,10.44.9.12"])
    l.cmd('AT+MIPOPEN=1,,"192.0.2.40",7100,0', rt=0.3); l.urc("+MIPOPEN: 1,1", dt=1.1)
    for k in range(3):
        l.cmd('AT+MIPSEND=1,"0102030405060708"', ["+MIPSEND: 1,1016"])
    l.urc("+MIPXOFF: 1", tag="xoff", dt=0.2)
    for k in range(5):
        l.note("[app] tx paused (XOFF), %d s" % ((k + 1) * 20), tag="stall", dt=20.0)
    l.cmd("AT+CSQ", ["+CSQ: 11,99"], tag="stall")
    add(l, r_pio)
    l.exp("flow-control-stall", ["xoff", "stall"], "Fibocom guide 5.4: if +MIPXON does not come the host closes the socket; 100 s and no close. " + FIB)


# ==========================================================================================
# Node `debug`: SIMCom SIM7000G, ESP-AT, Neoway N58
# ==========================================================================================

def debug_logs():
    # F: SIM7000G payload written before '>'
    l = Log("sim7000g_node_debug_payload_before_prompt.log", "fault", "SIMCom SIM7000G", "node-debug",
            "the Node app writes the payload 4 ms after AT+CIPSEND=16, before the module's '>'", verified=True, t0=20.0)
    l.note("link up, sending telemetry")
    l.cmd("AT+CIPSTATUS")
    l.urc("STATE: CONNECT OK", dt=0.01)
    l.send("AT+CIPSEND=16", "T=21.5;H=40;B=98", "SEND OK", prompt=">", pay_first=True, tag="send")
    l.send("AT+CIPSEND=16", "T=21.6;H=40;B=98", "SEND OK", prompt=">")
    l.cmd("AT+CIPCLOSE", final="CLOSE OK", tag="close")
    add(l, r_debug, wrap=w_fence(["DEBUG=modem:*,app node gateway.js 2> gw.log, then:", ""], []))
    l.exp("send-before-prompt", ["send"], "payload is written before '>' (SIMCom: wait for '>')")
    l.ok("verify-after-close", ["close"], VAC)

    # C: SIM7000G send done right
    l = Log("sim7000g_node_debug_cipsend_ok.log", "clean", "SIMCom SIM7000G", "node-debug",
            "bearer up, CIPSTART with CONNECT OK, two sends each after '>', CIPSHUT", verified=True, t0=3.0)
    l.cmd("AT"); l.cmd("AT+CPIN?", ["+CPIN: READY"]); l.cmd("AT+CREG?", ["+CREG: 0,1"]); l.cmd("AT+CGATT?", ["+CGATT: 1"])
    l.cmd('AT+CSTT="iot.example"'); l.cmd("AT+CIICR", rt=1.6)
    l.cmd("AT+CGPADDR=1", ["+CGPADDR: 1,10.12.7.40"])
    l.cmd('AT+CIPSTART="TCP","192.0.2.50","8080"', rt=0.2)
    l.urc("CONNECT OK", dt=1.3)
    l.send("AT+CIPSEND=16", "T=21.5;H=40;B=98", "SEND OK")
    l.send("AT+CIPSEND=16", "T=21.7;H=41;B=98", "SEND OK")
    l.cmd("AT+CIPSHUT", final="SHUT OK", tag="close")
    add(l, r_debug)
    l.ok("verify-after-close", ["close"], VAC)

    # F: ESP-AT payload shorter than declared (TTY colours)
    l = Log("esp32_espat_node_debug_cipsend_short.txt", "fault", "Espressif ESP32 (ESP-AT)", "node-debug-tty",
            "CIPSEND=0,24 declared, the app writes 19 bytes; ESP-AT waits for the rest and swallows the next command as data", verified=True, t0=1.0)
    l.cmd("AT+CIPMUX=1")
    l.cmd('AT+CIPSTART=0,"TCP","192.0.2.60",8000', ["0,CONNECT"], rt=0.4)
    l._add("tx", "AT+CIPSEND=0,24", "send", group=[])
    l.at(0.05); l._add("rx", "OK", "send", cont=True)
    l.at(0.01); l._add("rx", ">", "send", prompt=True)
    l.at(0.03); l._add("pay", "temp=21.5&hum=40&n=7", "send")
    l.note("no SEND OK after 5000 ms", dt=5.0, tag="wait")
    l.at(0.2); l._add("tx", "AT+CIPCLOSE=0", "eaten", group=[])
    l.at(0.05); l._add("rx", "Recv 24 bytes", "eaten", cont=True)
    l.at(0.1); l._add("rx", "SEND OK", "eaten", final=True, cont=True)
    l.at(0.02); l._add("rx", "ERROR", "eaten", final=True, cont=True)
    l.txns.append({"command": "AT+CIPSEND=0,24", "final": "SEND OK"})
    l.txns.append({"command": "AT+CIPCLOSE=0", "final": "ERROR"})
    l.urc("0,CLOSED", dt=2.0)
    add(l, lambda lg: r_debug(lg, tty=True),
        wrap=w_fence(["ESP32 send hangs, node log (colours kept):", ""], []))
    l.exp("send-payload-mismatch", ["send"], "24 bytes declared, 20 written (ESP-AT waits for exactly the declared length)")
    l.ok("response-timeout", ["send", "wait"], "CIPSEND's SEND OK comes 5 s late, only when the next command's bytes fill it")
    l.ok("orphan-response", ["eaten"], "Recv 24 bytes / SEND OK belong to the CIPSEND, read after the next write")
    l.ok("command-failed", ["eaten"], "the mangled CIPCLOSE fails and is not looked into")
    l.ok("error-detail", ["eaten"], "ERROR without detail; ESP-AT has no CMEE, harmless")
    l.ok("verify-after-close", ["eaten"], VAC)

    # C: ESP32-C3 WiFi join 6 s, link 0, +IPD between commands (TTY colours)
    l = Log("esp32c3_espat_node_debug_cwjap_link0.txt", "clean", "Espressif ESP32-C3 (ESP-AT)", "node-debug-tty",
            "CWJAP takes 6 s with WIFI CONNECTED / WIFI GOT IP, link 0, CIPSEND OK '>' Recv SEND OK, +IPD arrives", verified=True, t0=0.5)
    l.urc("ready")
    l.cmd("AT"); l.cmd("AT+CWMODE=1")
    l.cmd('AT+CWJAP="lab-ap","secret-example"', ["WIFI CONNECTED", "WIFI GOT IP"], rt=6.1)
    l.cmd("AT+CIPMUX=1")
    l.cmd('AT+CIPSTART=0,"TCP","192.0.2.61",8000', ["0,CONNECT"], rt=0.3)
    l.send("AT+CIPSEND=0,10", "ping-00001", "SEND OK", pre=("OK",), post=("Recv 10 bytes",))
    l.urc("+IPD,0,6:pong-1", dt=0.4)
    l.cmd("AT+CIPCLOSE=0", ["0,CLOSED"], tag="close")
    l.cmd("AT+CIPSTATUS", ["STATUS:4"])
    add(l, lambda lg: r_debug(lg, tty=True))

    # C: ESP32 ALREADY CONNECTED handled by close + reopen (journal)
    l = Log("esp32_espat_node_debug_already_connected.log", "clean", "Espressif ESP32 (ESP-AT)", "node-debug",
            "after a restart of the app the link is still up: CIPSTART answers ALREADY CONNECTED/ERROR, the app closes link 0, reopens", verified=True, t0=7.0)
    l.cmd("AT+CIPMUX=1")
    l.cmd('AT+CIPSTART=0,"TCP","192.0.2.62",8000', ["ALREADY CONNECTED"], final="ERROR", tag="already")
    l.note("link 0 still open from last run, closing it")
    l.cmd("AT+CIPCLOSE=0", ["0,CLOSED"], tag="close")
    l.cmd('AT+CIPSTART=0,"TCP","192.0.2.62",8000', ["0,CONNECT"], rt=0.3)
    l.send("AT+CIPSEND=0,8", "hello-01", "SEND OK", pre=("OK",), post=("Recv 8 bytes",))
    add(l, r_debug, wrap=w_journal("edge-07", "node", 1422, 9 * 3600 + 31 * 60))
    l.ok("error-detail", ["already"], "ERROR (ESP-AT has no CMEE); harmless advice")
    l.ok("verify-after-close", ["close"], VAC)

    # C: Neoway N58 XIIC polled, TCPSETUP async, socket 0
    l = Log("n58_node_debug_xiic_tcpsetup.log", "clean", "Neoway N58", "node-debug",
            "XIIC=1 then XIIC? polled until an address, TCPSETUP waits for +TCPSETUP: 0,OK, TCPSEND with '>', TCPCLOSE", verified=True, t0=4.0)
    l.cmd("AT"); l.cmd("AT+CPIN?", ["+CPIN: READY"]); l.cmd("AT+CEREG?", ["+CEREG: 0,1"])
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("AT+XIIC=1")
    for k in range(3):
        l.cmd("AT+XIIC?", ["+XIIC:    0,0.0.0.0"], gap=1.0)
    l.cmd("AT+XIIC?", ["+XIIC:    1,10.31.2.77"])
    l.cmd("AT+TCPSETUP=0,192.0.2.63,9100", rt=0.2)
    l.urc("+TCPSETUP: 0,OK", dt=1.4)
    l.send("AT+TCPSEND=0,10", "n58-frame1", "OK", post=())
    l.urc("+TCPSEND: 0,10", dt=0.2)
    l.cmd("AT+TCPCLOSE=0", ["+TCPCLOSE: 0,OK"], tag="close")
    add(l, r_debug, wrap=w_indent(["Posted the log from the gateway (N58 on ttyS1):", ""], ["", "Works now, leaving it here for others."]))
    l.ok("verify-after-close", ["close"], VAC)


# ==========================================================================================
# Go agent, log/slog TextHandler: SIMCom SIM7080G / A7670E, Huawei ME909s, Fibocom L610
# ==========================================================================================

def slog_logs():
    kub = lambda pod: w_kubectl(pod)
    # F: SIM7080G SMCONN never answers, agent moves on
    l = Log("sim7080g_slog_smconn_no_final.log", "fault", "SIMCom SIM7080G", "go-slog-text",
            "AT+SMCONN gets no final result at all; after 60 s the agent logs a warning and carries on with SMSTATE?", verified=True, t0=100.0)
    l.note("mqtt connect | broker=192.0.2.70:1883")
    l.cmd('AT+SMCONF="URL","192.0.2.70",1883')
    l.cmd('AT+SMCONF="CLIENTID","sim7080-29"')
    l.cmd('AT+SMCONF="KEEPTIME",60')
    l.cmd("AT+SMCONN", final=None, tag="conn", rt=0.0, gap=60.0)
    l.note("W: no final result | cmd=AT+SMCONN | after=1m0s", tag="conn")
    l.cmd("AT+SMSTATE?", ["+SMSTATE: 0"])
    l.note("E: mqtt connect failed | err=timeout")
    add(l, r_slog, wrap=kub("modem-agent-5d8c9"))
    l.exp("response-timeout", ["conn"], "SMCONN has no final in 60 s (SIMCom MQTT manual: OK/ERROR within the connect timeout); the capture never shows one")
    l.ok("command-failed", ["conn"], "the failed connect is looked into with SMSTATE? (counts as a look), arguable")
    l.ok("retry-too-few", ["conn"], "the timed-out connect is never re-sent")

    # C: SIM7080G CFUN=0 around the radio settings, CNACT, CAOPEN 0
    l = Log("sim7080g_slog_cfun0_cnact_caopen.log", "clean", "SIMCom SIM7080G", "go-slog-text",
            "CFUN=0 while CNMP/CMNB are changed (SIMCom's usual order), CFUN=1, CNACT=0,1 + '+APP PDP: 0,ACTIVE', CAOPEN 0, CASEND with '>'", verified=True, t0=2.0)
    l.cmd("AT"); l.cmd("AT+CFUN=0", rt=1.2)
    l.urc("+CPIN: NOT READY", dt=0.1)
    l.cmd("AT+CNMP=38"); l.cmd("AT+CMNB=1")
    l.cmd('AT+CBANDCFG="CAT-M",3,20')
    l.cmd("AT+CFUN=1", rt=1.5)
    l.urc("+CPIN: READY", dt=0.8); l.urc("SMS Ready", dt=2.0)
    l.cmd("AT+CEREG?", ["+CEREG: 0,1"])
    l.cmd('AT+CNCFG=0,1,"iot.example"')
    l.cmd("AT+CNACT=0,1")
    l.urc("+APP PDP: 0,ACTIVE", dt=0.9)
    l.cmd("AT+CNACT?", ['+CNACT: 0,1,"10.52.8.3"', '+CNACT: 1,0,"0.0.0.0"', '+CNACT: 2,0,"0.0.0.0"', '+CNACT: 3,0,"0.0.0.0"'])
    l.cmd('AT+CAOPEN=0,0,"TCP","192.0.2.71",7000', ["+CAOPEN: 0,0"], rt=1.1)
    l.send("AT+CASEND=0,5", "hello", "OK")
    l.cmd("AT+CACLOSE=0", tag="close")
    add(l, r_slog)
    l.ok("verify-after-close", ["close"], VAC)

    # C: SIM7080G registration polled while searching
    l = Log("sim7080g_slog_cereg_poll_searching.log", "clean", "SIMCom SIM7080G", "go-slog-text",
            "CEREG? polled 14 times 3 s apart while the module searches (2), then registered (5, roaming); polling is waiting, not a storm", verified=True, t0=10.0)
    l.cmd("AT+CPIN?", ["+CPIN: READY"])
    l.cmd("AT+CSQ", ["+CSQ: 99,99"])
    for k in range(14):
        l.cmd("AT+CEREG?", ["+CEREG: 0,2"], gap=2.9)
    l.cmd("AT+CEREG?", ["+CEREG: 0,5"])
    l.cmd("AT+COPS?", ['+COPS: 0,0,"TEST 00101",7'])
    l.cmd("AT+CSQ", ["+CSQ: 17,99"])
    add(l, r_slog, wrap=kub("modem-agent-5d8c9"))

    # F: ME909s dials before the SIM is ready / registered
    l = Log("me909s_slog_ndisdup_before_sim.log", "fault", "Huawei ME909s-120", "go-slog-text",
            "after ^SYSSTART the agent dials NDISDUP at once; ^NDISSTAT reports failure, ^SIMST: 1 only comes after", verified=True, t0=0.0)
    l.urc("^SYSSTART", tag="boot")
    l.cmd("AT")
    l.cmd('AT^NDISDUP=1,1,"iot.example"', tag="dial")
    l.urc('^NDISSTAT: 0,33,,"IPV4"', tag="dial", dt=0.6)
    l.urc("^SIMST: 1", dt=1.9)
    l.note("W: dial failed | code=33 | retry_in=30s")
    l.at(30)
    l.cmd("AT+CREG?", ["+CREG: 0,1"])
    l.cmd('AT^NDISDUP=1,1,"iot.example"')
    l.urc('^NDISSTAT: 1,,,"IPV4"', dt=1.1)
    add(l, r_slog, wrap=w_fence(["ME909s-120 on the gateway, agent log (journalctl -u modem-agent -o cat):", ""], []))
    l.exp("attach-preconditions", ["dial"], "NDISDUP before ^SIMST: 1 / registration (Huawei ME909s manual: dial after the SIM is ready and the module is registered)")
    l.ok("command-failed", ["dial"], "the failed dial is retried after 30 s with a registration check; arguable")

    # C: ME909s dial done right, URCs inside
    l = Log("me909s_slog_ndisdup_ok_urcs.log", "clean", "Huawei ME909s-120", "go-slog-text",
            "^SIMST: 1, CREG/CEREG checked, ^SYSINFOEX, NDISDUP with ^NDISSTAT: 1; ^HCSQ and ^RSSI URCs arrive between commands", verified=True, t0=0.0)
    l.urc("^SYSSTART"); l.urc("^SIMST: 1", dt=1.2)
    l.cmd("AT")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", ["+CPIN: READY"])
    l.cmd("AT+CEREG?", ["+CEREG: 0,1"])
    l.urc('^HCSQ: "LTE",45,40,120,25', dt=0.5)
    l.cmd("AT^SYSINFOEX", ['^SYSINFOEX: 2,3,0,1,,6,"LTE",101,"LTE"'])
    l.cmd('AT^NDISDUP=1,1,"iot.example"')
    l.urc("^RSSI: 21", dt=0.3)
    l.urc('^NDISSTAT: 1,,,"IPV4"', dt=0.8)
    l.cmd("AT^DHCP?", ["^DHCP: 0a1f2c0a,f8ffffff,091f2c0a,091f2c0a,0a0b0c0d,0a0b0c0e,150000000,150000000"])
    add(l, r_slog)

    # C: ME909s SMS with '> ' prompt and Ctrl-Z
    l = Log("me909s_slog_cmgs_text.log", "clean", "Huawei ME909s-821", "go-slog-text",
            "text-mode SMS: CMGF=1, CMGS with the '> ' prompt, text ended by Ctrl-Z (escaped by slog), +CMGS reference", verified=True, t0=50.0)
    l.cmd("AT+CMGF=1"); l.cmd('AT+CSCS="GSM"')
    l.send('AT+CMGS="+15555550129"', "door 3 open\x1a", "OK", prompt="> ", post=("+CMGS: 17",), rt=0.4)
    l.urc("+CMTI: \"SM\",2", dt=4.0)
    l.cmd("AT+CMGR=2", ['+CMGR: "REC UNREAD","+15555550129",,"26/12/07,09:04:11+04"', "ack"])
    l.cmd("AT+CMGD=2")
    add(l, lambda lg: r_slog(lg, bytes_payload=False), wrap=kub("sms-gw-7b44d"))

    # F: L610 opens a socket while MIPCALL? shows no address
    l = Log("l610_slog_mipopen_without_ip.log", "fault", "Fibocom L610-EU", "go-slog-text",
            "MIPCALL? answers +MIPCALL: 0 (no PPP link) and the agent opens socket 1 anyway", verified=True, t0=300.0)
    l.cmd("AT+CEREG?", ["+CEREG: 0,1"])
    l.cmd("AT+MIPCALL?", ["+MIPCALL: 0"], tag="noip")
    l.cmd('AT+MIPOPEN=1,,"192.0.2.80",7200,0', tag="open", rt=0.3)
    l.urc("+MIPSTAT: 1,1", tag="open", dt=2.0)
    l.note("W: socket open failed | id=1 | stat=1")
    l.cmd('AT+MIPCALL=1,"iot.example"', tag="dial")
    l.urc("+MIPCALL: 10.44.21.6", dt=3.2)
    l.cmd('AT+MIPOPEN=1,,"192.0.2.80",7200,0', rt=0.3)
    l.urc("+MIPOPEN: 1,1", dt=1.0)
    add(l, r_slog, wrap=kub("tracker-agent-29"))
    l.exp("socket-without-ip", ["open"], "+MIPCALL: 0 right before: no IP held; Fibocom guide 3.3: MIPCALL first. " + FIB)
    l.ok("command-failed", ["open"], "the failed open is followed by a dial and a new open: handled; arguable")
    l.ok("attach-preconditions", ["dial"], "no SIM-ready answer in the capture before the dial")

    # C: L610 full cycle done right
    l = Log("l610_slog_mipcall_cycle_ok.log", "clean", "Fibocom L610-EU", "go-slog-text",
            "MIPCALL with +MIPCALL address, MIPOPEN socket 1, MIPSEND + MIPPUSH, +MIPRTCP data, MIPCLOSE with +MIPCLOSE, MIPCALL=0 and a MIPCALL? check", verified=True, t0=5.0)
    l.cmd("AT"); l.cmd("AT+CPIN?", ["+CPIN: READY"]); l.cmd("AT+CEREG?", ["+CEREG: 0,1"])
    l.cmd('AT+MIPCALL=1,"iot.example"'); l.urc("+MIPCALL: 10.44.30.2", dt=2.6)
    l.cmd('AT+MIPOPEN=1,,"192.0.2.81",7300,0', rt=0.3); l.urc("+MIPOPEN: 1,1", dt=0.9)
    l.cmd('AT+MIPSEND=1,"48656C6C6F"', ["+MIPSEND: 1,1019"])
    l.cmd("AT+MIPPUSH=1"); l.urc("+MIPPUSH: 1,0", dt=0.3)
    l.urc("+MIPRTCP: 1,0,776F726C64", dt=0.8)
    l.cmd("AT+MIPCLOSE=1"); l.urc("+MIPCLOSE: 1,0", dt=0.4)
    l.cmd("AT+MIPCALL=0"); l.urc("+MIPCALL: 0", dt=0.6)
    l.cmd("AT+MIPCALL?", ["+MIPCALL: 0"])
    add(l, r_slog)

    # F: A7670E CIPOPEN before +NETOPEN
    l = Log("a7670e_slog_cipopen_before_netopen.log", "fault", "SIMCom A7670E", "go-slog-text",
            "NETOPEN answers OK and the agent sends CIPOPEN before +NETOPEN: 0; CIPOPEN fails (network not opened), retried after", verified=True, t0=40.0)
    l.cmd("AT+CGATT?", ["+CGATT: 1"])
    l.cmd("AT+NETOPEN", tag="netopen", gap=0.05)
    l.cmd('AT+CIPOPEN=0,"TCP","192.0.2.90",9000', tag="open")
    l.urc("+CIPOPEN: 0,2", tag="open", dt=0.2)
    l.urc("+NETOPEN: 0", dt=1.4)
    l.note("W: cipopen failed | link=0 | err=2 | retry=true")
    l.cmd('AT+CIPOPEN=0,"TCP","192.0.2.90",9000')
    l.urc("+CIPOPEN: 0,0", dt=0.8)
    add(l, r_slog, wrap=w_indent(["From the field unit, agent v0.9.3:", ""], []))
    l.exp("async-overlap", ["netopen", "open"], "CIPOPEN is sent while NETOPEN waits for +NETOPEN (SIMCom A76xx TCP/IP manual: wait for +NETOPEN: 0)")
    l.ok("attach-preconditions", ["netopen"], "no SIM-ready answer or registration in the capture before NETOPEN")
    l.ok("socket-without-ip", ["open"], "no IP held yet when the socket is opened")

    # C: A7670E done right
    l = Log("a7670e_slog_tcp_cycle_ok.log", "clean", "SIMCom A7670E", "go-slog-text",
            "NETOPEN waited for, IPADDR, CIPOPEN 0 waited for, CIPSEND with '>' and +CIPSEND report, CIPCLOSE/NETCLOSE with their URCs", verified=True, t0=3.0)
    l.cmd("AT"); l.cmd("AT+CPIN?", ["+CPIN: READY"]); l.cmd("AT+CREG?", ["+CREG: 0,1"])
    l.cmd("AT+NETOPEN"); l.urc("+NETOPEN: 0", dt=1.2)
    l.cmd("AT+IPADDR", ["+IPADDR: 10.9.40.5"])
    l.cmd('AT+CIPOPEN=0,"TCP","192.0.2.91",9001'); l.urc("+CIPOPEN: 0,0", dt=0.7)
    l.send("AT+CIPSEND=0,10", "a7670-0001", "OK")
    l.urc("+CIPSEND: 0,10,10", dt=0.2)
    l.urc("+IPCLOSE: 0,1", dt=5.0)
    l.cmd("AT+NETCLOSE", tag="close"); l.urc("+NETCLOSE: 0", dt=0.4)
    add(l, r_slog)
    l.ok("verify-after-close", ["close"], VAC)


# ==========================================================================================
# nRF Connect LTE Link Monitor log: nRF9160 (at_client firmware)
# ==========================================================================================

def linkmon_logs():
    # F: XSYSTEMMODE refused in CFUN=1, the user carries on waiting for NB-IoT
    l = Log("nrf9160_linkmon_xsystemmode_refused_ignored.txt", "fault", "Nordic nRF9160 (at_client)", "nrf-linkmonitor-log",
            "%XSYSTEMMODE is typed while the modem is in CFUN=1 and refused with ERROR; the user ignores it and polls CEREG for NB-IoT that never comes", verified=False, t0=1.0)
    l.note("Modem port is opened")
    l.cmd("AT+CFUN?", ["+CFUN: 1"])
    l.cmd("AT%XSYSTEMMODE=0,1,0,0", final="ERROR", tag="refused")
    l.cmd("AT+CEREG?", ["+CEREG: 5,2,\"1A2D\",\"01A2D001\",7"], tag="after")
    l.at(20); l.cmd("AT+CEREG?", ["+CEREG: 5,1,\"1A2D\",\"01A2D001\",7"], tag="after")
    l.at(20); l.cmd("AT+COPS?", ['+COPS: 0,2,"00101",7'], tag="after")
    add(l, r_linkmon, wrap=w_fence(["Link Monitor keeps showing LTE-M although I set NB-IoT only. Log:", ""], ["", "nRF9160 DK, mfw 1.3.x"]))
    l.exp("command-failed", ["refused"], "the refused %XSYSTEMMODE (Nordic AT reference: only in CFUN=0/4) is never retried after CFUN=4 nor looked into; the user then wonders why LTE-M stays")
    l.ok("error-detail", ["refused"], "bare ERROR with CMEE off; advice")
    l.ok("retry-too-few", ["refused"], "not re-sent")

    # C: Link Monitor start-up sequence, CFUN=0 before XSYSTEMMODE (Nordic's documented order)
    l = Log("nrf9160_linkmon_startup_cfun0_mode.txt", "clean", "Nordic nRF9160 (at_client)", "nrf-linkmonitor-log",
            "Link Monitor's own start-up queries, then CFUN=0, XSYSTEMMODE, CFUN=1 (Nordic: change the mode in CFUN=0/4), +CEREG URCs to 'registered'", verified=False, t0=0.5)
    l.note("Modem port is opened")
    l.cmd("AT+CFUN?", ["+CFUN: 4"])
    l.cmd("AT+CGSN=1", ['+CGSN: "352656100000290"'])
    l.cmd("AT+CGMI", ["Nordic Semiconductor ASA"])
    l.cmd("AT+CGMM", ["nRF9160-SICA"])
    l.cmd("AT+CGMR", ["mfw_nrf9160_1.3.6"])
    l.cmd("AT+CEMODE?", ["+CEMODE: 0"])
    l.cmd("AT%XICCID", ["%XICCID: 8901010000000000290"])
    l.cmd("AT+CEREG=5"); l.cmd("AT+CGEREP=1"); l.cmd("AT%CESQ=1")
    l.cmd("AT+CFUN=0", rt=0.6)
    l.cmd("AT%XSYSTEMMODE=0,1,0,0")
    l.cmd("AT+CFUN=1", rt=0.3)
    l.urc('+CEREG: 2,"1A2D","01A2D001",9', dt=2.0)
    l.urc("%CESQ: 48,2,19,2", dt=1.0)
    l.urc('+CEREG: 1,"1A2D","01A2D001",9,,,"11100000","11100000"', dt=6.5)
    l.urc("+CGEV: ME PDN ACT 0", dt=0.4)
    l.cmd("AT%XMONITOR", ['%XMONITOR: 1,"","","00101","1A2D",9,20,"01A2D001",123,6300,53,24,"","11100000","11100000","01001001"'])
    add(l, r_linkmon)

    # C: COPS=? 70 s with %CESQ URCs in between
    l = Log("nrf9160_linkmon_cops_scan_70s.txt", "clean", "Nordic nRF9160 (at_client)", "nrf-linkmonitor-log",
            "AT+COPS=? takes 70 s (a full band scan; normal) with %CESQ notifications in between; the user waits", verified=False, t0=2.0)
    l.cmd("AT+COPS?", ['+COPS: 0,2,"00101",7'])
    l._add("tx", "AT+COPS=?", None, group=[])
    l.urc("%CESQ: 44,2,17,2", dt=20.0)
    l.urc("%CESQ: 41,2,15,1", dt=25.0)
    l.urc('+COPS: (2,"","","00101",7),(1,"","","00102",9),,(0,1,2,3,4),(0,1,2)', dt=25.0)
    l.urc("OK", dt=0.02)
    l.txns.append({"command": "AT+COPS=?", "final": "OK"})
    l.at(1); l.cmd("AT+CESQ", ["+CESQ: 99,99,255,255,29,60"])
    add(l, r_linkmon, wrap=w_quote(["The scan takes over a minute, is that expected?", ""], []))


# ==========================================================================================
# Rust tracing-subscriber fmt: u-blox SARA-R5 / SARA-R422
# ==========================================================================================

def rust_logs():
    # F: +++ 40 ms after the data, AT+USOCL 30 ms after it
    l = Log("sara_r510_rust_tracing_escape_no_guard.log", "fault", "u-blox SARA-R510M8S", "rust-tracing-fmt",
            "in direct link mode the host writes +++ 40 ms after its data and AT+USOCL 30 ms later; no guard time, the module stays in data mode", verified=False, t0=3.0)
    l.cmd("AT+USOCR=6", ["+USOCR: 0"])
    l.cmd('AT+USOCO=0,"192.0.2.100",7400', rt=1.8)
    l.cmd("AT+USODL=0", final="CONNECT", rt=0.2)
    l._add("pay", "telemetry-frame-0001", None)
    l.at(0.04); l.raw_tx("+++", tag="esc")
    l.at(0.03); l.cmd("AT+USOCL=0", final=None, tag="close", rt=0.0, gap=10.0)
    l.note("W: AT+USOCL=0: no response within 10s", tag="close")
    add(l, lambda lg: r_rust(lg, target="ubx_link::at"))
    l.exp("escape-guard", ["esc", "close"], "+++ 40 ms after data and 30 ms before the next write (u-blox: S12 guard, 1 s default)")
    l.ok("response-timeout", ["close"], "USOCL gets no answer: it went out as data")
    l.ok("verify-after-close", ["close"], VAC)
    l.ok("retry-too-few", ["close"], "the timed-out close is not re-sent")

    # C: SARA-R5 socket 0 round trip with +UUSORD
    l = Log("sara_r500s_rust_tracing_socket0.log", "clean", "u-blox SARA-R500S", "rust-tracing-fmt",
            "socket 0 (u-blox numbers from 0), USOWR hex, +UUSORD between commands, USORD, USOCL, USOCTL check", verified=False, t0=8.0)
    l.cmd("AT+CPIN?", ["+CPIN: READY"])
    l.cmd("AT+CEREG?", ["+CEREG: 0,1"])
    l.cmd("AT+UPSD=0,100,1"); l.cmd("AT+UPSDA=0,3", rt=2.2)
    l.cmd("AT+UPSND=0,0", ['+UPSND: 0,0,"10.61.9.4"'])
    l.cmd("AT+UDCONF=1,1")
    l.cmd("AT+USOCR=6", ["+USOCR: 0"])
    l.cmd('AT+USOCO=0,"192.0.2.101",7401', rt=2.5)
    l.cmd('AT+USOWR=0,5,"68656C6C6F"', ["+USOWR: 0,5"])
    l.urc("+UUSORD: 0,5", dt=0.6)
    l.cmd("AT+USORD=0,5", ['+USORD: 0,5,"776F726C64"'])
    l.cmd("AT+USOCL=0", rt=0.9, tag="close")
    l.cmd("AT+USOER", ["+USOER: 0"])
    add(l, lambda lg: r_rust(lg, target="sara_r5::at"), wrap=w_fence(["RUST_LOG=debug cargo run --release 2>&1 | tee run.log", ""], [], lang="console"))
    l.ok("verify-after-close", ["close"], VAC)

    # C: SARA-R422 async connect (+UUSOCO) waited for
    l = Log("sara_r422_rust_tracing_usoco_async.log", "clean", "u-blox SARA-R422M8S", "rust-tracing-fmt",
            "USOCO with async flag: OK at once, the host waits for +UUSOCO: 0,0 (3.4 s) before writing; +UUSOCL when the server closes", verified=False, t0=20.0)
    l.cmd("AT+USOCR=6", ["+USOCR: 0"])
    l.cmd('AT+USOCO=0,"192.0.2.102",7402,1')
    l.urc("+UUSOCO: 0,0", dt=3.4)
    l.cmd('AT+USOWR=0,4,"70696E67"', ["+USOWR: 0,4"])
    l.urc("+UUSORD: 0,4", dt=0.5)
    l.cmd("AT+USORD=0,4", ['+USORD: 0,4,"706F6E67"'])
    l.urc("+UUSOCL: 0", dt=4.0, tag="close")
    l.note("socket 0 closed by peer")
    add(l, lambda lg: r_rust(lg, target="ubx_cell::at"))
    l.ok("verify-after-close", ["close"], VAC)


# ==========================================================================================
# Python logging: Telit LE910C4 / ME910G1
# ==========================================================================================

def pylog_logs():
    ps_head = ["**********************", "Windows PowerShell transcript start", "Start time: 20261207152001",
               "Username: LAB\\tester", "Machine: BENCH-07 (Microsoft Windows NT 10.0.22631.0)", "**********************",
               "PS C:\\tools\\modem> python .\\telit_probe.py --port COM9"]
    ps_tail = ["PS C:\\tools\\modem> Stop-Transcript", "**********************", "Windows PowerShell transcript end",
               "End time: 20261207152412", "**********************"]
    # F: send on socket 1 after #SH=1
    l = Log("le910c4_pylog_ssendext_after_sh.log", "fault", "Telit LE910C4-EU", "python-logging",
            "the script closes connId 1 (#SH=1) on a watchdog and a second thread still writes #SSENDEXT=1 on it", verified=False, t0=4.0)
    l.cmd("AT#SGACT?", ["#SGACT: 1,1"])
    l.cmd('AT#SD=1,0,7500,"192.0.2.110",0,0,1', rt=1.4)
    l.send("AT#SSENDEXT=1,10", "le910-0001", "OK", prompt="> ")
    l.note("watchdog: closing connId 1")
    l.cmd("AT#SH=1", tag="sh")
    l.cmd("AT#SSENDEXT=1,10", final="+CME ERROR: operation not allowed", tag="send")
    l.note("E: send failed on connId 1")
    add(l, r_pylog, wrap=w_fence(["Telit LE910C4, python 3.11, pyserial 3.5", ""], []))
    l.exp("socket-state", ["send"], "#SSENDEXT on connId 1 right after #SH=1 closed it")
    l.ok("command-failed", ["send"], "not looked into (#SS would show it closed)")
    l.ok("retry-too-few", ["send"], "not re-sent")
    l.ok("verify-after-close", ["sh"], VAC)

    # C: SGACT 555 looked into, back-off, retried
    l = Log("le910c4_pylog_sgact_555_backoff.log", "clean", "Telit LE910C4-NF", "python-logging",
            "registered, #SGACT refused with 555 (activation failed), the script checks the context and CEREG, waits 10 s and 20 s, third attempt works", verified=False, t0=6.0)
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", ["+CPIN: READY"])
    l.cmd("AT+CEREG?", ["+CEREG: 0,1"])
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("AT#SGACT=1,1", final="+CME ERROR: activation failed", rt=3.0)
    l.cmd("AT+CGDCONT?", ['+CGDCONT: 1,"IP","iot.example","",0,0,0,0'])
    l.cmd("AT+CEREG?", ["+CEREG: 0,1"])
    l.note("context set, network busy? retry in 10 s")
    l.at(10)
    l.cmd("AT#SGACT=1,1", final="+CME ERROR: activation failed", rt=4.0)
    l.note("retry in 20 s")
    l.at(20); l.cmd("AT#SGACT=1,1", ["#SGACT: 10.20.4.61"], rt=1.9)
    l.cmd("AT#SGACT?", ["#SGACT: 1,1"])
    add(l, r_pylog)

    # C: SRING, #SRECV, #SSENDEXT with '> '
    l = Log("le910c4_pylog_sring_srecv.log", "clean", "Telit LE910C4-EU", "python-logging",
            "command-mode socket: #SD with closure 1, SRING: 1 arrives, #SRECV reads it, #SSENDEXT waits for '> ', #SI check, #SH and #SS", verified=False, t0=2.0)
    l.cmd("AT#SCFGEXT=1,1,0,0,0,0")
    l.cmd('AT#SD=1,0,7501,"192.0.2.111",0,0,1', rt=1.2)
    l.urc("SRING: 1", dt=0.8)
    l.cmd("AT#SRECV=1,100", ["#SRECV: 1,5", "hello"])
    l.send("AT#SSENDEXT=1,5", "world", "OK", prompt="> ")
    l.cmd("AT#SI=1", ["#SI: 1,5,5,0,0"])
    l.cmd("AT#SH=1")
    l.cmd("AT#SS", ["#SS: 1,0", "#SS: 2,0", "#SS: 3,0", "#SS: 4,0", "#SS: 5,0", "#SS: 6,0"])
    add(l, r_pylog, wrap=w_mailquote(["On Mon, 7 Dec 2026 at 15:40, Field Ops <ops@example.com> wrote:",
                                       "> Is this trace OK? The server got both packets.", ">"], []))

    # F: ME910G1 SGACT storm, no back-off (PowerShell transcript)
    l = Log("me910g1_pylog_sgact_storm.log", "fault", "Telit ME910G1-WW", "python-logging",
            "the script re-sends #SGACT=1,1 12 times back to back on 555 without any look or back-off", verified=False, t0=1.0)
    l.cmd("AT"); l.cmd("AT+CMEE=2")
    l.cmd("AT+CEREG?", ["+CEREG: 0,1"])
    for k in range(12):
        l.cmd("AT#SGACT=1,1", final="+CME ERROR: activation failed", tag="storm", rt=0.6, gap=0.1)
    l.note("E: giving up after 12 attempts")
    add(l, lambda lg: r_pylog(lg, name="probe"), wrap=("powershell-transcript", ps_head, lambda x, t: x, ps_tail))
    l.exp("retry-storm", ["storm"], "12 identical #SGACT attempts back to back (over 10), no back-off, no diagnosis")
    l.ok("command-failed", ["storm"], "never looked into")
    l.ok("attach-preconditions", ["storm"], "no SIM-ready answer in the capture before the activation")


# ==========================================================================================
# serial-tap CSV export: Fibocom L610, Quectel EG25-G, Telit ME910G1
# ==========================================================================================

def csv_logs():
    # F: MIPSEND while +MIPXOFF holds
    l = Log("l610_csv_mipsend_during_xoff.csv", "fault", "Fibocom L610-CN", "serial-tap-csv",
            "+MIPXOFF: 1 arrives and the host keeps writing MIPSEND on socket 1 until +MIPXON", verified=False, t0=0.0)
    l.cmd("AT+MIPCALL?", ["+MIPCALL: 1,10.44.50.7"])
    l.cmd('AT+MIPOPEN=1,,"192.0.2.120",7600,0', rt=0.3); l.urc("+MIPOPEN: 1,1", dt=1.0)
    l.cmd('AT+MIPSEND=1,"00112233445566778899"', ["+MIPSEND: 1,1014"])
    l.urc("+MIPXOFF: 1", tag="xoff", dt=0.1)
    l.cmd('AT+MIPSEND=1,"00112233445566778899"', final="ERROR", tag="send")
    l.cmd('AT+MIPSEND=1,"00112233445566778899"', final="ERROR", tag="send")
    l.urc("+MIPXON: 1", dt=3.0)
    l.cmd('AT+MIPSEND=1,"00112233445566778899"', ["+MIPSEND: 1,1014"])
    l.cmd("AT+MIPPUSH=1"); l.urc("+MIPPUSH: 1,0", dt=0.3)
    add(l, r_csv)
    l.exp("flow-control", ["send"], "MIPSEND between +MIPXOFF and +MIPXON (Fibocom guide 5.4). " + FIB)
    l.ok("error-detail", ["send"], "bare ERROR with CMEE off")
    l.ok("command-failed", ["send"], "the refused sends are retried only because XON came; arguable")

    # C: XOFF respected
    l = Log("l610_csv_xoff_respected.csv", "clean", "Fibocom L610-CN", "serial-tap-csv",
            "+MIPXOFF: 1, the host stops for 6 s until +MIPXON: 1, then sends and pushes; closes with +MIPCLOSE and checks", verified=False, t0=0.0)
    l.cmd("AT+MIPCALL?", ["+MIPCALL: 1,10.44.50.8"])
    l.cmd('AT+MIPOPEN=1,,"192.0.2.121",7601,0', rt=0.3); l.urc("+MIPOPEN: 1,1", dt=1.0)
    l.cmd('AT+MIPSEND=1,"A0A1A2A3"', ["+MIPSEND: 1,1020"])
    l.urc("+MIPXOFF: 1", dt=0.1)
    l.urc("+MIPXON: 1", dt=6.0)
    l.cmd('AT+MIPSEND=1,"A4A5A6A7"', ["+MIPSEND: 1,1020"])
    l.cmd("AT+MIPPUSH=1"); l.urc("+MIPPUSH: 1,0", dt=0.2)
    l.cmd("AT+MIPCLOSE=1"); l.urc("+MIPCLOSE: 1,0", dt=0.5)
    l.cmd("AT+MIPOPEN?", ["+MIPOPEN: 1,2,3,4"])
    add(l, r_csv, wrap=w_quote(["Exported from the tap (CSV), the XOFF case you asked about:", ""], []))

    # F: EG25-G +++ without guard in transparent mode
    l = Log("eg25g_csv_escape_no_guard.csv", "fault", "Quectel EG25-G", "serial-tap-csv",
            "transparent QIOPEN (access mode 2): the host writes +++ 50 ms after its data and AT+QICLOSE 100 ms later; no OK, it times out", verified=False, t0=0.0)
    l.cmd('AT+QIOPEN=1,0,"TCP","192.0.2.130",6000,0,2', final="CONNECT", rt=1.2)
    l._add("pay", "GET /status HTTP/1.0", None)
    l.at(0.05); l.raw_tx("+++", tag="esc")
    l.at(0.1); l.cmd("AT+QICLOSE=0", final=None, tag="close", rt=0.0, gap=10.0)
    l.note("host: QICLOSE timeout", tag="close")
    add(l, r_csv)
    l.exp("escape-guard", ["esc", "close"], "+++ 50 ms after data and 100 ms before the next write (Quectel: 1 s of silence before and after)")
    l.ok("response-timeout", ["close"], "QICLOSE never answered: it went out as data")
    l.ok("verify-after-close", ["close"], VAC)
    l.ok("retry-too-few", ["close"], "the timed-out close is not re-sent")

    # C: EG25-G escape with guard, +++ answered by OK
    l = Log("eg25g_csv_escape_guarded.csv", "clean", "Quectel EG25-G", "serial-tap-csv",
            "transparent mode, +++ with 1.2 s of silence on both sides, OK, QICLOSE, QISTATE check", verified=False, t0=0.0)
    l.cmd('AT+QIOPEN=1,0,"TCP","192.0.2.131",6001,0,2', final="CONNECT", rt=1.1)
    l._add("pay", "GET /status HTTP/1.0", None)
    l.urc("HTTP/1.0 200 OK", dt=0.4)
    l.at(1.2); l.raw_tx("+++")
    l.urc("OK", dt=1.2)
    l.at(0.3); l.cmd("AT+QICLOSE=0")
    l.cmd("AT+QISTATE=1,0")
    add(l, r_csv)

    # C: ME910G1 PSM set-up, sleep and wake
    l = Log("me910g1_csv_psm_cycle.csv", "clean", "Telit ME910G1-WW", "serial-tap-csv",
            "CPSMS set, CEREG=4 URCs with the granted timers, the module sleeps 5 minutes (no traffic), wakes on the host's AT", verified=False, t0=0.0)
    l.cmd("AT+CEREG=4")
    l.cmd('AT+CPSMS=1,,,"10100101","00100001"')
    l.cmd("AT+CPSMS?", ['+CPSMS: 1,,,"10100101","00100001"'])
    l.urc('+CEREG: 1,"1A2D","01A2D001",8,,,"00100001","10100101"', dt=2.0)
    l.note("host sleeps", dt=0.5)
    l.at(300)
    l.cmd("AT", final=None, tag="wake", rt=0.0, gap=0.4)
    l.cmd("AT")
    l.cmd("AT+CEREG?", ['+CEREG: 4,1,"1A2D","01A2D001",8,,,"00100001","10100101"'])
    add(l, r_csv)
    l.ok("response-timeout", ["wake"], "the first wake-up AT gets no answer (module in PSM), the second does; Telit documents this")


# ==========================================================================================
# OpenWrt atinout: Quectel EC25 / RM500Q
# ==========================================================================================

def atinout_logs():
    # F: shell loop re-sends QIACT 15 times (moreutils ts)
    l = Log("ec25_atinout_qiact_loop_storm.txt", "fault", "Quectel EC25-E", "openwrt-atinout",
            "a hotplug script loops AT+QIACT=1 15 times without a pause or a look at the cause; every attempt ERROR", verified=False, t0=0.0)
    l.cmd("AT+CGREG?", ["+CGREG: 0,1"])
    l.cmd('AT+QICSGP=1,1,"iot.example","","",1')
    for k in range(15):
        kw = {"shell": "for i in $(seq 1 15); do echo AT+QIACT=1 | atinout - /dev/ttyUSB2 -; done"} if k == 0 else {"loop": True}
        l.cmd("AT+QIACT=1", final="ERROR", tag="storm", rt=0.4, gap=0.2, **kw)
    add(l, lambda lg: r_atinout(lg, prompts=False), wrap=w_ts(20 * 3600 + 11 * 60, before=[
        "root@OpenWrt:~# cat /root/lte-up.sh",
        "#!/bin/sh",
        "for c in 'AT+CGREG?' 'AT+QICSGP=1,1,\"iot.example\",\"\",\"\",1'; do echo \"$c\" | atinout - /dev/ttyUSB2 -; done",
        "for i in $(seq 1 15); do echo AT+QIACT=1 | atinout - /dev/ttyUSB2 -; done",
        "root@OpenWrt:~# sh /root/lte-up.sh 2>&1 | ts '[%Y-%m-%d %H:%M:%.S]'"]))
    l.exp("retry-storm", ["storm"], "15 identical QIACT attempts back to back (over 10), no back-off, no look at CEER/QIACT?")
    l.ok("error-detail", ["storm"], "bare ERROR with CMEE off; advice")
    l.ok("command-failed", ["storm"], "never looked into")
    l.ok("attach-preconditions", ["storm"], "no SIM-ready answer in the capture before the activation")

    # C: EC25 multi-line engineering answers
    l = Log("ec25_atinout_qeng_multiline.txt", "clean", "Quectel EC25-AF", "openwrt-atinout",
            "QENG servingcell and neighbourcell (multi-line), QCFG band and usbnet queries, COPS=? after 48 s (normal)", verified=False)
    l.cmd("ATI", ["Quectel", "EC25", "Revision: EC25AFFAR07A14M4G"])
    l.cmd('AT+QENG="servingcell"', ['+QENG: "servingcell","NOCONN","LTE","FDD",001,01,1A2D001,123,5110,12,5,5,1A2D,-96,-11,-66,13,28'])
    l.cmd('AT+QENG="neighbourcell"', ['+QENG: "neighbourcell intra","LTE",5110,124,-12,-98,-70,0,28,6,10,4,62',
                                      '+QENG: "neighbourcell inter","LTE",2175,301,-14,-104,-79,0,22,4,6,2'])
    l.cmd('AT+QCFG="band"', ['+QCFG: "band",0x260,0x42000000000000381a,0x0'])
    l.cmd('AT+QCFG="usbnet"', ['+QCFG: "usbnet",0'])
    l.cmd("AT+COPS=?", ['+COPS: (2,"TEST","TEST","00101",7),(1,"TEST2","TEST2","00102",7),,(0,1,2,3,4),(0,1,2)'], rt=48.0)
    add(l, r_atinout, wrap=w_fence(["EC25-AF on an OpenWrt router (ttyUSB2), everything I ran:", ""], []))

    # C: EC25 CFUN=0 / CFUN=1 to apply a band lock
    l = Log("ec25_atinout_cfun0_bandlock.txt", "clean", "Quectel EC25-E", "openwrt-atinout",
            "band lock written with CFUN=0 then CFUN=1 (Quectel: CFUN=0 is minimum functionality, not power-off); registration checked", verified=False)
    l.cmd("AT+CFUN=0")
    l.cmd('AT+QCFG="band",0,0x80,0')
    l.cmd("AT+CFUN=1")
    l.cmd("AT+CPIN?", ["+CPIN: READY"])
    l.cmd("AT+CREG?", ["+CREG: 0,2"])
    l.cmd("AT+CREG?", ["+CREG: 0,1"])
    l.cmd('AT+QNWINFO', ['+QNWINFO: "FDD LTE","00101","LTE BAND 8",3740'])
    add(l, r_atinout, wrap=w_indent(["Locked the EC25 to band 8 like this:", ""], ["", "Registered on band 8 afterwards."]))

    # F: RM500Q SIM failure
    l = Log("rm500q_atinout_sim_failure.txt", "fault", "Quectel RM500Q-GL", "openwrt-atinout",
            "the SIM fails: CPIN? answers '+CME ERROR: SIM failure' every time; QSIMDET/QSIMSTAT show inserted", verified=False)
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", final="+CME ERROR: SIM failure", tag="sim1")
    l.cmd("AT+QSIMSTAT?", ["+QSIMSTAT: 0,1"])
    l.cmd("AT+QSIMDET?", ["+QSIMDET: 1,0"])
    l.cmd("AT+CPIN?", final="+CME ERROR: SIM failure", tag="sim2")
    l.cmd("AT+CFUN=1,1", tag="reset")
    add(l, r_atinout, wrap=w_fence(["RM500Q in a GL.iNet box, SIM not detected after the update:", ""], ["", "After the reset it never comes back."]))
    l.exp("sim-fault", ["sim1"], "SIM failure: reported once as the SIM's fault")
    l.ok("sim-fault", ["sim2"], "the same fault again")
    l.ok("command-failed", ["sim2", "reset"], "the second failure is answered with a reset, arguable")

    # C: RM500Q 5G queries
    l = Log("rm500q_atinout_nr5g_status.txt", "clean", "Quectel RM500Q-AE", "openwrt-atinout",
            "QENG servingcell in NSA (three lines), QNWPREFCFG queries, QCAINFO multi-line, CGPADDR", verified=False)
    l.cmd('AT+QNWPREFCFG="mode_pref"', ['+QNWPREFCFG: "mode_pref",AUTO'])
    l.cmd('AT+QNWPREFCFG="nr5g_band"', ['+QNWPREFCFG: "nr5g_band",1:2:3:5:7:8:12:20:25:28:38:40:41:48:66:71:77:78:79'])
    l.cmd('AT+QENG="servingcell"', ['+QENG: "servingcell","NOCONN"',
                                    '+QENG: "LTE","FDD",001,01,1A2D001,123,1850,3,5,5,1A2D,-93,-10,-63,15,31,1,-',
                                    '+QENG: "NR5G-NSA",001,01,512,-88,21,-11,640000,78,12,1'])
    l.cmd("AT+QCAINFO", ['+QCAINFO: "PCC",1850,100,"LTE BAND 3",1,123,-93,-10,-63,15',
                         '+QCAINFO: "SCC",640000,12,"NR5G BAND 78",512'])
    l.cmd("AT+CGPADDR=1", ['+CGPADDR: 1,"10.100.7.33"'])
    add(l, r_atinout)


# ==========================================================================================
# Pycom REPL: Sequans Monarch (GPy / FiPy)
# ==========================================================================================

def pycom_logs():
    # F: SIM not inserted
    l = Log("gpy_monarch_pycom_sim_not_inserted.txt", "fault", "Sequans Monarch (Pycom GPy)", "pycom-repl-send_at_cmd",
            "lte.attach() hangs; in the REPL CPIN? answers 'SIM not inserted' (the nano-SIM sits in the wrong slot)", verified=False)
    l.note("!Pycom MicroPython 1.20.2.r6 [v1.11-c5a0a97] on 2026-12-07; GPy with ESP32")
    l.note("!Type \"help()\" for more information.")
    l.note("from network import LTE")
    l.note("lte = LTE()")
    l.cmd("AT", style="print")
    l.cmd("AT+CMEE=2", style="repr")
    l.cmd("AT+CPIN?", final="+CME ERROR: SIM not inserted", tag="sim1", style="print")
    l.cmd("AT+CFUN?", ["+CFUN: 1"], style="repr")
    l.cmd("AT+CPIN?", final="+CME ERROR: SIM not inserted", tag="sim2", style="repr")
    add(l, r_pycom, wrap=w_fence(["My GPy never attaches. REPL:", ""], ["", "Firmware 1.20.2.r6, modem LR5.1.1.0-41019."], lang="python"))
    l.exp("sim-fault", ["sim1"], "SIM not inserted: reported once as the SIM's fault")
    l.ok("sim-fault", ["sim2"], "the same fault again")
    l.ok("command-failed", ["sim2"], "the last failed CPIN? ends the session unexamined")

    # C: CFUN=0 is how Pycom's LTE class parks the modem; band select; attach
    l = Log("fipy_monarch_pycom_cfun0_bandsel.txt", "clean", "Sequans Monarch (Pycom FiPy)", "pycom-repl-send_at_cmd",
            "CFUN=0 (Sequans: minimum functionality, the normal state for configuration), SQNBANDSEL, CFUN=1, CEREG polled to 1", verified=False)
    l.note("!MicroPython v1.20.2.r6 on 2026-12-07; FiPy with ESP32")
    l.note("from network import LTE; lte = LTE()")
    l.cmd("AT+CFUN=0", style="print")
    l.cmd('AT+SQNBANDSEL=0,"standard","20"', style="print")
    l.cmd('AT+CGDCONT=1,"IP","iot.example"', style="repr")
    l.cmd("AT+CFUN=1", style="print")
    l.cmd("AT+CEREG?", ["+CEREG: 2,2"], style="print")
    l.cmd("AT+CEREG?", ["+CEREG: 2,2"], style="print")
    l.cmd("AT+CEREG?", ['+CEREG: 2,1,"1A2D","01A2D001",7'], style="print")
    l.cmd("AT+CGPADDR=1", ['+CGPADDR: 1,"10.6.81.20"'], style="repr")
    add(l, r_pycom, wrap=w_quote(["This is what I do in the REPL and it attaches fine:", ""], []))

    # C: sockets numbered from 1 on Sequans
    l = Log("gpy_monarch_pycom_sqnsd_socket1.txt", "clean", "Sequans Monarch (Pycom GPy)", "pycom-repl-send_at_cmd",
            "Sequans sockets 1..6: SQNSCFG/SQNSD on 1 in command mode, SQNSI, SQNSH, SQNSS shows all six closed", verified=False)
    l.note("!MicroPython v1.20.2.r6 on 2026-12-07; GPy with ESP32")
    l.cmd("AT+SQNSCFG=1,1,300,90,600,50", style="repr")
    l.cmd('AT+SQNSD=1,0,7700,"192.0.2.140",0,0,1', style="print")
    l.cmd("AT+SQNSI=1", ["+SQNSI: 1,0,0,0,0"], style="print")
    l.cmd("AT+SQNSH=1", style="repr", tag="close")
    l.cmd("AT+SQNSS", ["+SQNSS: 1,0", "+SQNSS: 2,0", "+SQNSS: 3,0", "+SQNSS: 4,0", "+SQNSS: 5,0", "+SQNSS: 6,0"], style="print")
    add(l, r_pycom, wrap=w_fence([], [], lang="python"))


# ==========================================================================================

def main():
    pio_logs(); debug_logs(); slog_logs(); linkmon_logs(); rust_logs(); pylog_logs()
    csv_logs(); atinout_logs(); pycom_logs()
    rules = set()
    with open(os.path.join(HERE, "RULES.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith(" "):
                rules.add(line.split()[0])
    os.makedirs(LOGS, exist_ok=True)
    for fn in os.listdir(LOGS):
        os.remove(os.path.join(LOGS, fn))
    verdicts, labels, problems = {}, {}, []
    names = [l.name for l in ALL]
    if len(set(names)) != len(names):
        problems.append("duplicate names")
    for l in ALL:
        for i, ln in enumerate(l.lines):
            if "\r" in ln or "\n" in ln:
                problems.append("%s:%d: CR/LF inside a line" % (l.name, i + 1))
            bad = [c for c in ln if ord(c) < 32 and c not in "\t\x1b"]
            if bad:
                problems.append("%s:%d: control character %r" % (l.name, i + 1, bad[0]))
        with open(os.path.join(LOGS, l.name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(l.lines) + "\n")
        n = len(l.lines)
        # every labelled command must appear in the rendered log
        text = "\n".join(l.lines)
        for t in l.txns:
            c = t["command"]
            probe = c.replace('"', '\\"') if l.printer == "go-slog-text" and any(ch in c for ch in ' ="') else c
            if l.printer == "serial-tap-csv" and any(ch in c for ch in ',"'):
                probe = c.replace('"', '""')
            if l.printer == "pycom-repl-send_at_cmd":
                probe = c.replace("'", "\\'")
            if probe not in text:
                problems.append("%s: labelled command %s not rendered" % (l.name, c))
        ent = {"expect": [], "acceptable": [], "module": l.module, "shape": l.printer + ("+" + l.wrapper if l.wrapper != "-" else ""),
               "verified": l.verified, "story": l.story, "kind": l.kind}
        for key, src in (("expect", l.expect), ("acceptable", l.accept)):
            for rule, tags, why in src:
                if rule not in rules:
                    problems.append("%s: rule %s not in RULES.txt" % (l.name, rule))
                rng = tag_range(l, tags)
                if not (1 <= rng[0] <= rng[1] <= n):
                    problems.append("%s: range %s outside 1..%d" % (l.name, rng, n))
                ent[key].append({"rule": rule, "lines": rng, "why": why})
        if l.kind == "fault" and not ent["expect"]:
            problems.append("%s: fault without expect" % l.name)
        if l.kind != "fault" and ent["expect"]:
            problems.append("%s: clean log with expect" % l.name)
        verdicts[l.name] = ent
        labels[l.name] = {"transactions": l.txns, "total": len(l.txns), "has_transactions": bool(l.txns),
                          "shape": ent["shape"], "module": l.module, "verified": l.verified}
    on_disk = set(os.listdir(LOGS))
    if on_disk != set(verdicts) or on_disk != set(labels):
        problems.append("logs/ and labels differ")
    if not 44 <= len(ALL) <= 48:
        problems.append("log count %d outside 44..48" % len(ALL))
    with open(os.path.join(HERE, "verdicts.json"), "w", encoding="utf-8") as f:
        json.dump(verdicts, f, indent=1, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=1, sort_keys=True)
        f.write("\n")
    md = ["# holdout29 per log", "",
          "| log | printer | wrapper | module | situation | kind | lines | txns | expect | acceptable |",
          "|---|---|---|---|---|---|---|---|---|---|"]
    for l in ALL:
        v = verdicts[l.name]
        md.append("| %s | %s | %s | %s | %s | %s | %d | %d | %s | %s |" % (
            l.name, l.printer + (" (verified)" if l.verified else ""), l.wrapper, l.module, l.story.replace("|", "/"),
            l.kind, len(l.lines), len(l.txns),
            "<br>".join("%s %d-%d" % (e["rule"], e["lines"][0], e["lines"][1]) for e in v["expect"]) or "-",
            "<br>".join("%s %d-%d" % (e["rule"], e["lines"][0], e["lines"][1]) for e in v["acceptable"]) or "-"))
    kinds = {}
    for l in ALL:
        kinds[l.kind] = kinds.get(l.kind, 0) + 1
    ne = sum(len(v["expect"]) for v in verdicts.values())
    na = sum(len(v["acceptable"]) for v in verdicts.values())
    nt = sum(len(v["transactions"]) for v in labels.values())
    nv = sum(1 for l in ALL if l.verified)
    summary = "%d logs (%s; %d with a layout verified in source); %d expected, %d acceptable, %d labelled transactions" % (
        len(ALL), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), nv, ne, na, nt)
    md += ["", summary]
    with open(os.path.join(HERE, "per_log.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(md) + "\n")
    print(summary)
    if problems:
        print("SELF-CHECK FAILED:\n  " + "\n  ".join(problems))
        return 1
    print("self-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
