#!/usr/bin/env python3
"""Write holdout33: logs/, labels.json, verdicts.json, per_log.md, deterministically.

Every log is one timed session of events: tx (host command), rx (module line), pay (payload after a prompt),
note (a line the library / app / person printed). One renderer per printer turns the events into lines (a list
per event, possibly empty when the printer folds the event into a neighbour's line); a wrapper stack maps each
body line to one line and adds lines around it. Transaction labels come from the helper that emits the events;
verdict entries point at tags, so each range is computed from the rendered file.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")
ALL = []


class Log:
    def __init__(self, name, kind, module, printer, wrapper, story, verified=False, t0=0.0):
        self.name, self.kind, self.module, self.printer, self.wrapper = name, kind, module, printer, wrapper
        self.story, self.verified = story, verified
        self.ev, self.tags, self.txns, self.expect, self.accept = [], {}, [], [], []
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

    def note(self, s, tag=None, dt=0.0):
        self.t += dt
        self._add("note", s, tag)

    def urc(self, s, tag=None, dt=0.0):
        self.t += dt
        self._add("rx", s, tag, urc=True)

    def cmd(self, c, resp=(), final="OK", tag=None, rt=0.15, gap=0.25, label=True, expect=None):
        self._add("tx", c, tag, expect=expect or (final if final else "OK"))
        self.t += rt
        for r in resp:
            self._add("rx", r, tag)
            self.t += 0.01
        if final is not None:
            self._add("rx", final, tag, final=True)
        if label:
            self.txns.append({"command": c, "final": final})
        self.t += gap

    def send(self, c, payload, final="OK", prompt=">", tag=None, rt=0.1, gap=0.3, early=False, resp=(), pdelay=0.05):
        """a command with a prompt; the payload follows the prompt (or precedes it when early)."""
        self._add("tx", c, tag, expect=prompt)
        if early:
            self.t += 0.004
            self._add("pay", payload, tag)
            self.t += rt
            if prompt is not None:
                self._add("rx", prompt, tag, prompt=True)
        else:
            self.t += rt
            if prompt is not None:
                self._add("rx", prompt, tag, prompt=True)
            self.t += pdelay
            if payload is not None:
                self._add("pay", payload, tag)
        self.t += rt
        for r in resp:
            self._add("rx", r, tag)
            self.t += 0.01
        if final is not None:
            self._add("rx", final, tag, final=True)
        self.txns.append({"command": c, "final": final})
        self.t += gap

    def exp(self, rule, tags, why):
        self.expect.append((rule, tags if isinstance(tags, list) else [tags], why))

    def ok(self, rule, tags, why):
        self.accept.append((rule, tags if isinstance(tags, list) else [tags], why))


def hms(t, base):
    t = base + t
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return int(h) % 24, int(m), s


# ================================================================================== renderers
def r_echo_raw(log, **kw):
    """Bytes the module sent, as a serial monitor shows them: the echo 'CMD\\r' then '\\r\\n' + line; every later line
    of a reply is preceded by the blank line its leading CR LF leaves. MKRNB's MODEM.debug() prints exactly the
    received bytes (Modem.cpp poll(): _debugPrint->write(c); waitForPrompt(): print(c)); the payload's echo is read
    and dropped by ModemClass::write(). A minicom capture of a person typing shows the same bytes."""
    out, fresh, inresp = [], False, False
    for e in log.ev:
        if e["k"] == "tx":
            out.append([e["s"]])
            fresh, inresp = True, False
        elif e["k"] == "rx":
            if e.get("prompt"):
                out.append([e["s"] + " "] if e["s"] == ">" else [e["s"]])
                fresh = True
            elif fresh:
                out.append([e["s"]])
                fresh, inresp = False, not e.get("final") and not e.get("urc")
            elif inresp and not e.get("final") and not e.get("urc"):
                out.append([e["s"]])   # a later line of the same information response: no blank line between
            else:
                out.append(["", e["s"]])
                inresp = False
        elif e["k"] == "pay":
            out.append([] if kw.get("drop_payload", True) else [e["s"]])
        else:
            out.append([e["s"]])
            fresh = inresp = False
    return out


def r_walter(log, start_ms=812, **kw):
    """Walter (DPTechnics/QuickSpot) WalterModem at ESP-IDF debug level: ESP_LOGD("WalterModem", "RX: %.*s") per line
    with CR LF stripped (_processQueueRsp), 'TX: ' for what is written; ESP-IDF's 'D (ms) tag: ' prefix."""
    out = []
    for e in log.ev:
        ms = start_ms + int(e["t"] * 1000)
        if e["k"] == "tx":
            out.append(["D (%d) WalterModem: TX: %s" % (ms, e["s"])])
        elif e["k"] == "rx":
            s = "> " if e.get("prompt") and e["s"] == ">" else e["s"]
            out.append(["D (%d) WalterModem: RX: %s" % (ms, s)])
        elif e["k"] == "pay":
            out.append(["D (%d) WalterModem: TX: %s" % (ms, e["s"])])
        else:
            s = e["s"]
            if s.startswith("W|"):
                out.append(["W (%d) WalterModem: %s" % (ms, s[2:])])
            else:
                out.append([s])
    return out


def r_node(log, base=9 * 3600 + 12 * 60, **kw):
    """A Node.js service on `serialport` + ReadlineParser('\\r\\n'): console.log(new Date().toISOString(), '->'|'<-', x);
    empty parser lines are skipped by the app."""
    out = []
    for e in log.ev:
        h, m, s = hms(e["t"], base)
        st = "2026-12-07T%02d:%02d:%06.3fZ" % (h, m, s)
        if e["k"] in ("tx", "pay"):
            out.append(["%s -> %s" % (st, e["s"])])
        elif e["k"] == "rx":
            out.append(["%s <- %s" % (st, "> " if e.get("prompt") and e["s"] == ">" else e["s"])])
        else:
            out.append(["%s [modem] %s" % (st, e["s"])])
    return out


def _group_rx(log, gap=0.06):
    """indices of rx events that a chunked printer prints together; the chunk is printed at its last event."""
    groups, cur = [], []
    for i, e in enumerate(log.ev):
        if e["k"] == "rx" and cur and e["t"] - log.ev[cur[-1]]["t"] <= gap and not e.get("urc") \
                and not log.ev[cur[-1]].get("prompt"):
            cur.append(i)
        elif e["k"] == "rx":
            if cur:
                groups.append(cur)
            cur = [i]
        else:
            if cur:
                groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)
    last = {}
    for g in groups:
        last[g[-1]] = g
    return last


def _qesc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r").replace("\n", "\\n").replace("\x1a", "\\x1A")


def r_qt(log, base=14 * 3600 + 3 * 60, **kw):
    """A Qt 5 tool: QT_MESSAGE_PATTERN='[%{time hh:mm:ss.zzz}] %{type}: %{message}', qDebug() << "TX" << QByteArray
    (quoted, escaped) on write and qDebug() << "RX" << port->readAll() on readyRead (one chunk per read)."""
    last = _group_rx(log)
    out = []
    for i, e in enumerate(log.ev):
        h, m, s = hms(e["t"], base)
        st = "[%02d:%02d:%06.3f] " % (h, m, s)
        if e["k"] == "tx":
            out.append([st + 'debug: TX "%s"' % _qesc(e["s"] + ("" if e["s"] == "+++" else "\r"))])
        elif e["k"] == "pay":
            out.append([st + 'debug: TX "%s"' % _qesc(e["s"] + ("" if e.get("raw") else "\x1a"))])
        elif e["k"] == "rx":
            if i in last:
                data = ""
                for j in last[i]:
                    x = log.ev[j]
                    data += "\r\n" + x["s"] + (" " if x.get("prompt") else "\r\n")
                out.append([st + 'debug: RX "%s"' % _qesc(data)])
            else:
                out.append([])
        else:
            lv, _, msg = e["s"].partition("|")
            out.append([st + "%s: %s" % (lv, msg)])
    return out


def r_slf4j(log, start=3120, **kw):
    """A Java gateway on jSerialComm with slf4j-simple (showDateTime=true, no format: ms since start)."""
    out = []
    for e in log.ev:
        ms = start + int(e["t"] * 1000)
        if e["k"] in ("tx", "pay"):
            out.append(["%d [main] DEBUG com.example.gw.AtChannel - >> %s" % (ms, e["s"])])
        elif e["k"] == "rx":
            out.append(["%d [AtReader] DEBUG com.example.gw.AtChannel - << %s" % (ms, e["s"])])
        else:
            lv, _, msg = e["s"].partition("|")
            out.append(["%d [main] %s com.example.gw.Uplink - %s" % (ms, lv, msg)])
    return out


def r_nlog(log, base=7 * 3600 + 55 * 60, **kw):
    """A C# System.IO.Ports.SerialPort tool logging through NLog's default layout
    ${longdate}|${level:uppercase=true}|${logger}|${message}."""
    out = []
    for e in log.ev:
        h, m, s = hms(e["t"], base)
        st = "2026-12-07 %02d:%02d:%07.4f" % (h, m, s)
        if e["k"] in ("tx", "pay"):
            out.append(["%s|DEBUG|ModemTool.AtPort|TX %s" % (st, e["s"])])
        elif e["k"] == "rx":
            out.append(["%s|DEBUG|ModemTool.AtPort|RX %s" % (st, e["s"])])
        else:
            lv, _, msg = e["s"].partition("|")
            out.append(["%s|%s|ModemTool.Worker|%s" % (st, lv, msg)])
    return out


def _zargs(line):
    if line.startswith("+") and ": " in line:
        p, _, a = line.partition(": ")
        return p + ":  " + " ".join(x for x in a.split(","))
    return None


def r_zchat(log, boot=2.4, **kw):
    """Zephyr modem_chat at debug level (sending: / received lines as modem_chat joins a match's argv)."""
    out, step, script = [], 0, kw.get("script", "init_chat_script")
    for e in log.ev:
        t = boot + e["t"]
        h, rem = divmod(t, 3600)
        mi, s = divmod(rem, 60)
        ts = "[%02d:%02d:%02d.%03d,%03d]" % (h, mi, int(s), int(round((s - int(s)) * 1000)) % 1000, 500)
        if e["k"] == "tx":
            out.append(["%s <dbg> modem_chat: modem_chat_script_next: %s: step: %d" % (ts, script, step),
                        "%s <dbg> modem_chat: modem_chat_script_next: sending: %s" % (ts, e["s"])])
            step += 1
        elif e["k"] == "rx":
            j = _zargs(e["s"])
            if e.get("urc"):
                out.append(["%s <dbg> modem_chat: modem_chat_on_unknown_command_received: %s" % (ts, e["s"])])
            elif j and not e["s"].startswith("+CME"):
                out.append(["%s <dbg> modem_chat: modem_chat_log_received_command: %s" % (ts, j)])
            else:
                out.append(["%s <dbg> modem_chat: modem_chat_log_received_command: %s" % (ts, e["s"])])
        else:
            s = e["s"]
            if s.startswith("script:"):
                script, step = s[7:], 0
                out.append(["%s <dbg> modem_chat: modem_chat_script_start: running script: %s" % (ts, script)])
            else:
                out.append(["%s %s" % (ts, s)])
    return out


def r_tinygsm(log, **kw):
    """TinyGSM with StreamDebugger: both directions dumped raw to Serial (echo off after ATE0), so each module line
    follows the blank line of its leading CR LF; a '>' prompt and the payload written after it share a line;
    DBG() lines '[millis] ### ...'."""
    out = []
    for i, e in enumerate(log.ev):
        if e["k"] == "tx":
            out.append([e["s"]])
        elif e["k"] == "rx":
            if e.get("prompt"):
                nxt = log.ev[i + 1] if i + 1 < len(log.ev) else None
                out.append([""] if nxt and nxt["k"] == "pay" else ["", e["s"]])
            else:
                prev = log.ev[i - 1] if i else None
                cont = prev is not None and prev["k"] == "rx" and not prev.get("final") and not prev.get("urc") \
                    and not prev.get("prompt") and not e.get("final") and not e.get("urc")
                out.append([e["s"]] if cont else ["", e["s"]])
        elif e["k"] == "pay":
            prev = log.ev[i - 1] if i else None
            out.append([(">" if prev and prev.get("prompt") else "") + e["s"]])
        else:
            out.append(["[%d] ### %s" % (int(e["t"] * 1000) + 1500, e["s"])])
    return out


def r_pppchat(log, base=6 * 3600 + 2 * 60, host="edge-07", pid=4120, **kw):
    """pppd's chat -v in syslog: send (X^M) / expect (Y) / the received text, ' -- got it' on a match."""
    out = []
    for i, e in enumerate(log.ev):
        h, m, s = hms(e["t"], base)
        st = "Dec  7 %02d:%02d:%02d %s chat[%d]: " % (h, m, int(s), host, pid)
        if e["k"] == "tx":
            out.append([st + "send (%s^M)" % e["s"], st + "expect (%s)" % e["expect"]])
        elif e["k"] == "rx":
            lines = [st + e["s"]]
            if e.get("final"):
                lines.append(st + " -- got it")
            out.append(lines)
        else:
            x = e["s"]
            if x.startswith("pppd|"):
                out.append(["Dec  7 %02d:%02d:%02d %s pppd[%d]: %s" % (h, m, int(s), host, pid - 1, x[5:])])
            else:
                out.append([st + x])
    return out


def _mmesc(s):
    return s.replace("\r", "<CR>").replace("\n", "<LF>").replace("\x1a", "<CTRL-Z>")


def r_mm(log, base=11 * 3600 + 20 * 60, port="ttyUSB2", **kw):
    """ModemManager --debug in the journal: [port/at] --> 'CMD<CR>' and <-- '<CR><LF>...' per read chunk."""
    last = _group_rx(log)
    out = []
    for i, e in enumerate(log.ev):
        h, m, s = hms(e["t"], base)
        st = "Dec 07 %02d:%02d:%02d gw-31 ModemManager[741]: " % (h, m, int(s))
        if e["k"] == "tx":
            out.append([st + "<debug> [%s/at] --> '%s'" % (port, _mmesc(e["s"] + "\r"))])
        elif e["k"] == "rx":
            if i in last:
                data = "".join("\r\n" + log.ev[j]["s"] + "\r\n" for j in last[i])
                out.append([st + "<debug> [%s/at] <-- '%s'" % (port, _mmesc(data))])
            else:
                out.append([])
        else:
            lv, _, msg = e["s"].partition("|")
            out.append([st + "<%s> %s" % (lv, msg)])
    return out


def _brepr(s):
    r = repr(s.encode("latin-1"))
    return r


def r_pylog(log, base=16 * 3600 + 40 * 60, **kw):
    """A pyserial script with logging.basicConfig(format='%(asctime)s %(levelname)s %(name)s: %(message)s'):
    log.debug('TX %r', cmd + b'\\r') and log.debug('RX %r', line) for every readline(), blank ones too."""
    out = []
    for i, e in enumerate(log.ev):
        h, m, s = hms(e["t"], base)
        st = "2026-12-07 %02d:%02d:%02d,%03d " % (h, m, int(s), int((s - int(s)) * 1000))
        if e["k"] == "tx":
            out.append([st + "DEBUG modem: TX %s" % _brepr(e["s"] + "\r")])
        elif e["k"] == "pay":
            out.append([st + "DEBUG modem: TX %s" % _brepr(e["s"] + "\x1a")])
        elif e["k"] == "rx":
            if e.get("prompt"):
                out.append([st + "DEBUG modem: RX %s" % _brepr("\r\n"), st + "DEBUG modem: RX %s" % _brepr("> ")])
            else:
                prev = log.ev[i - 1] if i else None
                cont = prev is not None and prev["k"] == "rx" and not prev.get("final") and not prev.get("urc") \
                    and not prev.get("prompt") and not e.get("final") and not e.get("urc")
                body = st + "DEBUG modem: RX %s" % _brepr(e["s"] + "\r\n")
                out.append([body] if cont else [st + "DEBUG modem: RX %s" % _brepr("\r\n"), body])
        else:
            lv, _, msg = e["s"].partition("|")
            out.append([st + "%s modem: %s" % (lv, msg)])
    return out


RENDER = {"arduino-mkrnb-debug": r_echo_raw, "minicom-capture": r_echo_raw, "walter-espidf-debug": r_walter,
          "node-serialport-console": r_node, "qt-qserialport-qdebug": r_qt, "java-jserialcomm-slf4j-simple": r_slf4j,
          "csharp-serialport-nlog": r_nlog, "zephyr-modem-chat": r_zchat, "tinygsm-streamdebugger": r_tinygsm,
          "pppd-chat-syslog": r_pppchat, "modemmanager-journal-debug": r_mm, "python-logging-pyserial": r_pylog}

NEW_PRINTERS = {"arduino-mkrnb-debug", "walter-espidf-debug", "node-serialport-console", "qt-qserialport-qdebug",
                "java-jserialcomm-slf4j-simple", "csharp-serialport-nlog"}


# ================================================================================== wrappers
def w_one(lines, w):
    if w == "none":
        return [], lines, []
    if w == "ghdetails":
        return (["**Modem log** (debug build)", "", "<details>", "<summary>serial output, click to expand</summary>", "",
                 "```text"], lines, ["```", "", "</details>", "", "Firmware 1.4.2 on rev C boards; any hint welcome."])
    if w == "fence":
        return ["```"], lines, ["```"]
    if w == "telegram":
        return ([], ["[07.12.2026 10:42] Ivan Petrov: " + lines[0]] + lines[1:] if lines else lines,
                ["[07.12.2026 10:43] Ivan Petrov: this is from the unit at the pump station"])
    if w == "loki":
        body = []
        for i, l in enumerate(lines):
            sec = 5 + i // 7
            body.append('2026-12-07T10:%02d:%02dZ {app="modem-agent", host="gw-14"} %s' % (11 + sec // 60, sec % 60, l))
        return ["$ logcli query '{app=\"modem-agent\"}' --since=1h --forward"], body, []
    if w == "outlook":
        return (["-----Original Message-----", "From: Field Service <fs@example.com>",
                 "Sent: Monday, December 7, 2026 10:14 AM", "To: support@example.com",
                 "Subject: RE: modem keeps dropping (case 55120)", "", "Hi, here is the log from the device:", ""],
                lines, ["", "Thanks,", "Marta"])
    if w == "zendesk":
        return (["Ticket #48213: LTE modem does not connect", "Requester: ops@example.com", "Status: Open", "",
                 "Customer wrote:", ""], lines, ["", "Attachments: none", "Internal note: escalate to tier 2"])
    if w == "irc":
        return ([], ["[10:42:%02d] <fieldtech> %s" % (i % 60, l) for i, l in enumerate(lines)],
                ["[10:43:00] <fieldtech> that's all of it"])
    if w == "discourse":
        return (['[quote="jdoe, post:4, topic:1187"]', "I see the same thing, my log:", "```"], lines,
                ["```", "[/quote]", "", "Same here on a rev B board."])
    if w == "grepn":
        return (["$ grep -n '' modem.log"], ["%d:%s" % (i + 1, l) for i, l in enumerate(lines)], [])
    raise SystemExit("unknown wrapper " + w)


def wrap(lines, spec):
    """spec 'a>b': b is applied first (inner), then a around it."""
    before, body, after = [], lines, []
    for w in reversed(spec.split(">")):
        b, body, a = w_one(body, w)
        before, after = b + before, after + a
    return before, body, after


def build(log, **kw):
    per = RENDER[log.printer](log, **kw)
    assert len(per) == len(log.ev), log.name
    lines, rng = [], []
    for chunk in per:
        a = len(lines) + 1
        lines.extend(chunk)
        rng.append((a, len(lines)))
    before, body, after = wrap(lines, log.wrapper)
    assert len(body) == len(lines)
    off = len(before)
    log.lines = before + body + after
    log.ranges = [(a + off, b + off) for a, b in rng]
    ALL.append(log)


def tag_range(log, tags):
    lo = hi = None
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


IMSI = "001010123456789"
ICCID = "8900101234567890123"
VAC = "no state query after the close; true advice"
EDT = "ERROR while verbose errors are off; AT+CMEE=2 and a repeat is true advice"


# ================================================================================== Arduino MKR NB 1500 (SARA-R410M)
def mkrnb():
    def begin(l, cpin_ok=True):
        l.note("Starting MKR NB client.")
        l.cmd("AT")
        l.cmd("AT+CMEE=0")
        l.cmd("AT+CFUN=0", rt=0.4)
        l.cmd("AT+UMNOPROF?", resp=("+UMNOPROF: 100",))
        l.cmd("AT+CFUN=1", rt=0.5)
        if cpin_ok:
            l.cmd("AT+CPIN?", resp=("+CPIN: READY",))

    l = Log("mkrnb_sara_r410m_cpin_sim_not_inserted.log", "fault", "u-blox SARA-R410M-02B", "arduino-mkrnb-debug",
            "ghdetails", "MKR NB 1500 sketch with MODEM.debug(): NB.begin() polls AT+CPIN? and gets +CME ERROR: 10 every time", True)
    l.note("Starting MKR NB client.")
    l.cmd("AT")
    l.cmd("AT+CMEE=1")
    l.cmd("ATI", resp=("u-blox", "SARA-R410M-02B", "L0.0.00.00.05.08"))
    l.cmd("AT+CPIN?", final="+CME ERROR: 10", tag="c1", rt=0.3, gap=1.0)
    l.cmd("AT+CPIN?", final="+CME ERROR: 10", tag="c2", rt=0.3, gap=1.0)
    l.cmd("AT+CPIN?", final="+CME ERROR: 10", tag="c3", rt=0.3, gap=1.0)
    l.note("Not connected")
    l.exp("sim-fault", ["c1", "c2", "c3"], "+CME ERROR: 10 = SIM not inserted; the module reports its SIM missing")
    l.ok("command-failed", ["c1", "c2", "c3"], "the sketch only repeats the query and gives up")
    build(l)

    l = Log("mkrnb_sara_r410m_tcp_session_ok.log", "clean", "u-blox SARA-R410M-02B", "arduino-mkrnb-debug", "none",
            "NB.begin(), CEREG polled while searching, NBClient connect/write/read/stop on socket 0 (u-blox numbers sockets from 0)", True)
    l.note("Starting MKR NB client.")
    l.cmd("AT")
    l.cmd("AT+CMEE=1")
    l.cmd("ATI", resp=("u-blox", "SARA-R410M-02B", "L0.0.00.00.05.08"))
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CCID", resp=("+CCID: " + ICCID,))
    for _ in range(4):
        l.cmd("AT+CEREG?", resp=("+CEREG: 0,2",), gap=1.0)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,5",))
    l.cmd("AT+CGATT?", resp=("+CGATT: 1",))
    l.cmd("AT+CGPADDR=1", resp=('+CGPADDR: 1,10.70.3.21',))
    l.cmd("AT+UDCONF=1,1")
    l.note("connecting...")
    l.cmd("AT+USOCR=6", resp=("+USOCR: 0",))
    l.cmd('AT+USOCO=0,"198.51.100.20",8080', rt=1.2)
    l.cmd('AT+USOWR=0,18,"474554202F20485454502F312E300D0A0D0A"', resp=("+USOWR: 0,18",))
    l.urc("+UUSORD: 0,64", dt=0.8)
    l.cmd("AT+USORD=0,64", resp=('+USORD: 0,64,"485454502F312E3120323030204F4B0D0A436F6E74656E742D4C656E6774683A20300D0A0D0A' + "00" * 26 + '"',))
    l.cmd("AT+USOCL=0", rt=0.8, tag="cl")
    l.note("disconnected.")
    l.ok("verify-after-close", "cl", VAC)
    build(l)

    l = Log("mkrnb_sara_r410m_usowr_after_usocl.log", "fault", "u-blox SARA-R410M-02B", "arduino-mkrnb-debug", "telegram",
            "the sketch calls client.stop() on a timeout and then client.write() again: AT+USOWR on the closed socket 0", True)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd("AT+USOCR=6", resp=("+USOCR: 0",))
    l.cmd('AT+USOCO=0,"203.0.113.40",1883', rt=1.5)
    l.cmd('AT+USOWR=0,4,"C0000000"', resp=("+USOWR: 0,4",))
    l.cmd("AT+USOCL=0", rt=0.9, tag="cl")
    l.cmd('AT+USOWR=0,2,"C000"', final="+CME ERROR: operation not allowed", tag="w")
    l.note("write failed, retrying in 10 s")
    l.exp("socket-state", "w", "AT+USOWR on socket 0 right after AT+USOCL=0 closed it")
    l.ok("command-failed", "w", "the refused write is not looked into")
    l.ok("verify-after-close", "cl", VAC)
    build(l)

    l = Log("mkrnb_sara_r410m_cimi_echo_no_final.log", "fault", "u-blox SARA-R410M-02B", "arduino-mkrnb-debug", "irc",
            "after a brown-out the module echoes AT+CIMI and never answers; the sketch hangs in NB.begin() until the watchdog", True)
    l.note("Starting MKR NB client.")
    l.cmd("AT")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CIMI", final=None, tag="to", gap=0.0)
    l.note("Starting MKR NB client.", tag="wd", dt=30.0)
    l.exp("response-timeout", ["to", "wd"], "AT+CIMI is echoed but gets no final; 30 s later the watchdog has restarted the sketch")
    build(l)

    l = Log("mkrnb_sara_r410m_sms_text.log", "clean", "u-blox SARA-R410M-02B", "arduino-mkrnb-debug", "none",
            "NB_SMS beginSMS/endSMS: text mode, '> ' prompt, the text written (its echo swallowed by the library), +CMGS", True)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd("AT+CMGF=1")
    l.cmd('AT+CSCS="IRA"')
    l.send('AT+CMGS="+15555550142"', "Tank level 73%", resp=("+CMGS: 17",), final="OK", rt=0.4)
    l.note("MESSAGE SENT")
    build(l, drop_payload=True)


# ================================================================================== Walter (Sequans GM02SP)
def walter():
    def boot(l):
        l.urc("+SYSSTART")
        l.at(0.4)
        l.cmd("AT")
        l.cmd("AT+CMEE=1")
        l.cmd("AT+CGMM", resp=("GM02SP",))
        l.cmd("AT+SQNCCID?", resp=('+SQNCCID: "%s",""' % ICCID,))

    l = Log("walter_gm02sp_sqnsd_refused_storm.log", "fault", "Sequans GM02SP (Walter)", "walter-espidf-debug", "loki",
            "the sketch's loop re-dials a TCP socket every 2 s after each +CME ERROR, 14 times in a row, nothing else tried", False)
    boot(l)
    l.cmd("AT+CEREG?", resp=("+CEREG: 2,5",))
    l.cmd('AT+SQNSCFG=1,1,300,90,600,50')
    for i in range(14):
        l.cmd('AT+SQNSD=1,0,7001,"192.0.2.77",0,0,1', final="+CME ERROR: 554", tag="sd", rt=1.1, gap=0.0)
        l.note("W|Command ERROR (TX) Attempt 1 of 1")
        l.note("Error: could not connect socket", dt=0.01)
        l.at(2.0)
    l.exp("retry-storm", "sd", "14 consecutive identical AT+SQNSD attempts on the same error, no diagnostic or back-off")
    l.ok("command-failed", "sd", "the refusals are never looked into")
    build(l)

    l = Log("walter_gm02sp_udp_send_ok.log", "clean", "Sequans GM02SP (Walter)", "walter-espidf-debug", "none",
            "boot, CEREG URCs to roaming, UDP socket dial, AT+SQNSSENDEXT with the '> ' prompt and 24 bytes, +SQNSH on close", False)
    boot(l)
    l.cmd("AT+CEREG=2")
    l.cmd("AT+CFUN=1", rt=0.3)
    l.urc('+CEREG: 2,"3A1F","0000A9C2",7', dt=1.5)
    l.urc('+CEREG: 5,"3A1F","0000A9C2",7', dt=6.0)
    l.cmd("AT+CGPADDR=1", resp=('+CGPADDR: 1,"10.44.2.19"',))
    l.cmd("AT+SQNSCFG=1,1,300,90,600,50")
    l.cmd('AT+SQNSD=1,1,4000,"198.51.100.31",0,0,1', rt=0.8)
    l.send("AT+SQNSSENDEXT=1,24", "T=21.4;H=44;P=1012.3;B=9", prompt=">", final="OK")
    l.note("Info: packet sent")
    l.cmd("AT+SQNSH=1", tag="sh")
    l.ok("verify-after-close", "sh", VAC)
    build(l)

    l = Log("walter_gm02sp_sendext_zero_length.log", "fault", "Sequans GM02SP (Walter)", "walter-espidf-debug", "outlook",
            "an empty sensor buffer goes to socketSend(): AT+SQNSSENDEXT=1,0; the module refuses it", False)
    boot(l)
    l.cmd("AT+CEREG?", resp=("+CEREG: 2,1",))
    l.cmd('AT+SQNSD=1,1,4000,"198.51.100.31",0,0,1', rt=0.7)
    l.cmd("AT+SQNSSENDEXT=1,0", final="ERROR", tag="z")
    l.note("W|Command ERROR (TX) Attempt 1 of 3")
    l.cmd("AT+SQNSSENDEXT=1,0", final="ERROR", tag="z", label=True)
    l.note("W|Command ERROR (TX) Attempt 2 of 3")
    l.cmd("AT+SQNSSENDEXT=1,0", final="ERROR", tag="z")
    l.note("Error: could not transmit data")
    l.exp("send-length", "z", "a send that declares 0 bytes")
    l.ok("error-detail", "z", "plain ERROR; +CME ERROR detail is on but the send error is generic; true advice at most")
    l.ok("command-failed", "z", "the same zero-length send is retried unchanged")
    build(l)

    l = Log("walter_gm02sp_cgact_before_registration.log", "fault", "Sequans GM02SP (Walter)", "walter-espidf-debug", "none",
            "a port of an old sketch: AT+CFUN=1 then at once AT+CGACT=1,1, before the SIM is read or CEREG shows registration", False)
    l.urc("+SYSSTART")
    l.at(0.4)
    l.cmd("AT")
    l.cmd("AT+CMEE=1")
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("AT+CFUN=1", rt=0.3)
    l.cmd("AT+CGACT=1,1", final="+CME ERROR: 30", tag="act", rt=0.6)
    l.note("Error: could not attach")
    l.urc('+CEREG: 2,"3A1F","0000A9C2",7', dt=2.0)
    l.urc('+CEREG: 5,"3A1F","0000A9C2",7', dt=7.0)
    l.exp("attach-preconditions", "act", "the PDP activation starts before SIM ready and registration were seen")
    l.ok("command-failed", "act", "+CME ERROR: 30 not looked into")
    build(l)

    l = Log("walter_gm02sp_http_get_ring.log", "clean", "Sequans GM02SP (Walter)", "walter-espidf-debug", "discourse",
            "HTTP GET: AT+SQNHTTPQRY answered OK, the library waits for +SQNHTTPRING, then AT+SQNHTTPRCV gets '<<<' and the body", False)
    boot(l)
    l.cmd("AT+CEREG?", resp=("+CEREG: 2,5",))
    l.cmd('AT+SQNHTTPCFG=0,"api.example",80,0,"","",0,120,1')
    l.cmd('AT+SQNHTTPQRY=0,0,"/v1/ping"', rt=0.3)
    l.urc('+SQNHTTPRING: 0,200,"text/plain",4', dt=1.4)
    l.cmd("AT+SQNHTTPRCV=0", resp=("<<<pong",))
    l.note("Info: HTTP status 200, 4 bytes")
    build(l)


# ================================================================================== Node serialport (Quectel)
def node():
    def boot(l, model="EC21"):
        l.cmd("AT")
        l.cmd("ATE0")
        l.cmd("AT+CMEE=2")
        l.cmd("AT+CGMM", resp=(model,))
        l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
        l.cmd("AT+CREG?", resp=("+CREG: 0,1",))

    l = Log("node_ec21e_qisend_before_qiopen_urc.log", "fault", "Quectel EC21-E", "node-serialport-console", "zendesk",
            "the service treats QIOPEN's OK as connected and sends AT+QISEND at once; +QIOPEN: 0,0 comes 600 ms later", False)
    boot(l)
    l.cmd('AT+QICSGP=1,1,"m2m.example","","",1')
    l.cmd("AT+QIACT=1", rt=1.2)
    l.cmd('AT+QIOPEN=1,0,"TCP","192.0.2.10",5020,0,0', tag="op")
    l.cmd("AT+QISEND=0,12", final="ERROR", tag="snd", rt=0.05)
    l.urc("+QIOPEN: 0,0", tag="urc", dt=0.6)
    l.note("send failed: ERROR")
    l.exp("async-overlap", "snd", "AT+QISEND is sent while AT+QIOPEN still waits for its +QIOPEN completion")
    l.ok("socket-state", "snd", "a send on a socket whose open has not completed")
    l.ok("command-failed", "snd", "the refused send is only logged")
    build(l)

    l = Log("node_ec21e_mqtt_publish_ok.log", "clean", "Quectel EC21-E", "node-serialport-console", "none",
            "MQTT: QMTOPEN and QMTCONN wait for their URCs, QMTPUB with a prompt, QMTDISC with its URC", False)
    boot(l)
    l.cmd('AT+QMTCFG="version",0,4')
    l.cmd('AT+QMTOPEN=0,"broker.example",1883', rt=0.2)
    l.urc("+QMTOPEN: 0,0", dt=1.1)
    l.cmd('AT+QMTCONN=0,"pump-17"', rt=0.2)
    l.urc("+QMTCONN: 0,0,0", dt=0.9)
    l.send('AT+QMTPUB=0,1,1,0,"site/pump-17/level",16', '{"level":73.250}', prompt=">", final="OK")
    l.urc("+QMTPUB: 0,1,0", dt=0.5)
    l.cmd("AT+QMTDISC=0", tag="d")
    l.urc("+QMTDISC: 0,0", tag="d", dt=0.3)
    l.ok("verify-after-close", "d", "if a tool counts the MQTT disconnect as a close: no state query follows; true advice")
    build(l)

    l = Log("node_ec21e_qisend_payload_before_prompt.log", "fault", "Quectel EC21-E", "node-serialport-console", "ghdetails",
            "port.write(cmd + payload) in one go: the payload is written 4 ms after AT+QISEND, before the '>' prompt", False)
    boot(l)
    l.cmd('AT+QIOPEN=1,1,"TCP","198.51.100.4",9000,0,0', rt=0.2)
    l.urc("+QIOPEN: 1,0", dt=0.5)
    l.send("AT+QISEND=1,11", "hello-world", prompt=">", final="SEND OK", early=True, tag="s")
    l.cmd("AT+QISEND=1,0", resp=("+QISEND: 11,11,0",))
    l.exp("send-before-prompt", "s", "payload written before the '>' prompt arrived")
    build(l)

    l = Log("node_bg95m5_cereg_typo.log", "fault", "Quectel BG95-M5", "node-serialport-console", "telegram>grepn",
            "a config file has 'AT+CERG?' for the registration poll: every poll answers ERROR and the service thinks it is not registered", False)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CGMM", resp=("BG95-M5",))
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CERG?", final="ERROR", tag="t1", gap=5.0)
    l.cmd("AT+CERG?", final="ERROR", tag="t2", gap=5.0)
    l.cmd("AT+CERG?", final="ERROR", tag="t3", gap=1.0)
    l.note("not registered after 3 polls, giving up")
    l.exp("unknown-command", ["t1", "t2", "t3"], "AT+CERG is no command (AT+CEREG? meant)")
    l.ok("error-detail", ["t1", "t2", "t3"], EDT)
    l.ok("command-failed", ["t1", "t2", "t3"], "the ERROR is repeated, never looked into")
    build(l)

    l = Log("node_bg95m5_sms_list_delete.log", "clean", "Quectel BG95-M5", "node-serialport-console", "none",
            "+CMTI URC, AT+CMGL in text mode with two messages, AT+CMGD with delflag 1 (read ones)", False)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CGMM", resp=("BG95-M5",))
    l.cmd("AT+CMGF=1")
    l.cmd('AT+CNMI=2,1,0,0,0')
    l.urc('+CMTI: "ME",1', dt=3.0)
    l.cmd('AT+CMGL="REC UNREAD"', resp=('+CMGL: 0,"REC UNREAD","+15555550100",,"26/12/07,09:10:02+04"', "STATUS",
                                        '+CMGL: 1,"REC UNREAD","+15555550100",,"26/12/07,09:12:40+04"', "RESET"))
    l.cmd("AT+CMGD=0,1")
    build(l)


# ================================================================================== Qt QSerialPort (Telit, Huawei)
def qt():
    def tboot(l):
        l.cmd("AT")
        l.cmd("ATE0")
        l.cmd("AT+CMEE=2")
        l.cmd("AT+CGMM", resp=("LE910C1-EUX",))
        l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
        l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))

    l = Log("qt_le910c1_sd_without_context.log", "fault", "Telit LE910C1-EUX", "qt-qserialport-qdebug", "none",
            "the tool's 'connect' button sends AT#SD although AT#SGACT? shows context 1 inactive; Telit answers context not opened", False)
    tboot(l)
    l.cmd('AT+CGDCONT=1,"IP","ent.example"')
    l.cmd("AT#SGACT?", resp=("#SGACT: 1,0",))
    l.cmd('AT#SD=1,0,8883,"192.0.2.200",0,0,1', final="+CME ERROR: context not opened", tag="sd", rt=0.4)
    l.note("warning|connect failed")
    l.exp("socket-without-ip", "sd", "socket dial while the only context is shown inactive (#SGACT: 1,0)")
    l.ok("command-failed", "sd", "not retried after activating the context")
    build(l)

    l = Log("qt_le910c1_socket_cycle_ok.log", "clean", "Telit LE910C1-EUX", "qt-qserialport-qdebug", "outlook>fence",
            "#SGACT gives an address, #SD in command mode, #SSENDEXT with '> ', SRING and #SRECV, #SH, #SS to confirm", False)
    tboot(l)
    l.cmd('AT+CGDCONT=1,"IP","ent.example"')
    l.cmd("AT#SGACT=1,1", resp=("#SGACT: 10.12.40.7",), rt=1.4)
    l.cmd('AT#SD=1,0,8883,"192.0.2.200",0,0,1', rt=0.6)
    l.send("AT#SSENDEXT=1,10", "0123456789", prompt=">", final="OK")
    l.urc("SRING: 1", dt=0.7)
    l.cmd("AT#SRECV=1,32", resp=("#SRECV: 1,6", "ACK-01"))
    l.cmd("AT#SH=1")
    l.cmd("AT#SS=1", resp=("#SS: 1,0",))
    build(l)

    l = Log("qt_le910c1_escape_without_guard.log", "fault", "Telit LE910C1-EUX", "qt-qserialport-qdebug", "loki",
            "online-mode socket: the tool writes '+++' 30 ms after the last data byte; no OK, the following AT#SH is taken as data", False)
    tboot(l)
    l.cmd("AT#SGACT=1,1", resp=("#SGACT: 10.12.40.9",), rt=1.3)
    l.cmd('AT#SD=1,0,7000,"198.51.100.66",0,0,0', final="CONNECT", rt=0.7)
    l._add("pay", "STATUS?\r\n", None, raw=True)
    l.at(0.03)
    l._add("tx", "+++", "esc", expect="OK")
    l.txns.append({"command": "+++", "final": None})
    l.at(2.0)
    l.cmd("AT#SH=1", final=None, tag="sh", gap=0.0)
    l.note("warning|no answer to AT#SH=1 within 5000 ms", dt=5.0)
    l.exp("escape-guard", "esc", "'+++' written 30 ms after data, no 1 s of silence before it")
    l.ok("response-timeout", "sh", "AT#SH=1 has no final: it went out as data")
    build(l)

    def hboot(l):
        l.cmd("AT")
        l.cmd("ATE0")
        l.cmd("AT+CMEE=2")
        l.cmd("AT+CGMM", resp=("ME909s-821",))
        l.cmd("AT+CPIN?", resp=("+CPIN: READY",))

    l = Log("qt_me909s821_ndisdup_ok.log", "clean", "Huawei ME909s-821", "qt-qserialport-qdebug", "none",
            "SIM ready, ^SYSINFOEX registered, ^NDISDUP=1,1 then ^NDISSTAT: 1 and AT^DHCP? for the address", False)
    hboot(l)
    l.cmd("AT^SYSINFOEX", resp=('^SYSINFOEX: 2,3,0,1,,6,"LTE",101,"LTE"',))
    l.cmd('AT^NDISDUP=1,1,"internet.example"', rt=0.3)
    l.urc('^NDISSTAT: 1,,,"IPV4"', dt=1.8)
    l.cmd("AT^DHCP?", resp=("^DHCP: 0a0c3a0a,f8ffffff,090c3a0a,090c3a0a,0100000a,0200000a,150000000,150000000",))
    build(l)

    l = Log("qt_me909s821_ndisdup_no_ndisstat.log", "fault", "Huawei ME909s-821", "qt-qserialport-qdebug", "zendesk",
            "^NDISDUP=1,1 answered OK but no ^NDISSTAT ever comes; the tool waits 90 s and gives up without asking", False)
    hboot(l)
    l.cmd("AT^SYSINFOEX", resp=('^SYSINFOEX: 2,3,0,1,,6,"LTE",101,"LTE"',))
    l.cmd('AT^NDISDUP=1,1,"internet.example"', rt=0.3, tag="dup", gap=0.0)
    l.note("warning|no ^NDISSTAT within 90000 ms, giving up", tag="give", dt=90.0)
    l.exp("completion-timeout", ["dup", "give"], "^NDISDUP's completion (^NDISSTAT) never arrives")
    build(l)


# ================================================================================== Java jSerialComm + slf4j-simple
def java():
    l = Log("java_type1sc_cops_manual_fail_ignored.log", "fault", "Murata Type 1SC (ALT1250)", "java-jserialcomm-slf4j-simple", "none",
            "the gateway forces AT+COPS=1,2,\"00101\"; +CME ERROR: 30 is ignored and it goes on to define a PDP context and wait", False)
    l.cmd("AT")
    l.cmd("AT+CMEE=1")
    l.cmd("ATI", resp=("ALT1250",))
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CFUN=1", rt=0.4)
    l.cmd('AT+COPS=1,2,"00101"', final="+CME ERROR: 30", tag="cops", rt=8.0)
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("AT+CGDCONT?", resp=('+CGDCONT: 1,"IP","iot.example","",0,0',))
    l.cmd("AT+CSQ", resp=("+CSQ: 99,99",))
    l.note("INFO|network setup done")
    l.exp("command-failed", "cops", "the refused manual selection is not retried, reverted or looked into")
    build(l)

    l = Log("java_type1sc_attach_ok.log", "clean", "Murata Type 1SC (ALT1250)", "java-jserialcomm-slf4j-simple", "irc",
            "CFUN=1, CEREG polled while searching (7 polls), registered, CGPADDR, CGCONTRDP", False)
    l.cmd("AT")
    l.cmd("AT+CMEE=1")
    l.cmd("ATI", resp=("ALT1250",))
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CFUN=1", rt=0.4)
    for _ in range(6):
        l.cmd("AT+CEREG?", resp=("+CEREG: 0,2",), gap=2.0)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd("AT+CGPADDR=1", resp=('+CGPADDR: 1,"10.80.1.5"',))
    l.cmd("AT+CGCONTRDP=1", resp=('+CGCONTRDP: 1,5,"iot.example","10.80.1.5.255.255.255.0","10.80.1.1","10.0.0.53"',))
    l.note("INFO|online")
    build(l)

    l = Log("java_c16qs_cpin_sim_failure.log", "fault", "Cavli C16QS", "java-jserialcomm-slf4j-simple", "outlook",
            "SIM hot-unplugged in the field: +CPIN: NOT READY, then AT+CPIN? answers +CME ERROR: 13 (SIM failure) on every poll", False)
    l.cmd("AT")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CGMM", resp=("C16QS",))
    l.cmd("AT+CSQ", resp=("+CSQ: 18,99",))
    l.urc("+CPIN: NOT READY", dt=30.0)
    l.at(2.0)
    l.cmd("AT+CPIN?", final="+CME ERROR: 13", tag="s1", gap=10.0)
    l.cmd("AT+CPIN?", final="+CME ERROR: 13", tag="s2", gap=10.0)
    l.note("WARN|SIM not available, uplink suspended")
    l.exp("sim-fault", ["s1", "s2"], "+CME ERROR: 13 = SIM failure; the module says its SIM is unusable")
    l.ok("command-failed", ["s1", "s2"], "the query is only repeated")
    build(l)

    l = Log("java_c16qs_registration_wait_ok.log", "clean", "Cavli C16QS", "java-jserialcomm-slf4j-simple", "none",
            "CEREG=2 URCs while searching, denied once then registered roaming after a COPS=0; CGATT? and CGPADDR", False)
    l.cmd("AT")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CGMM", resp=("C16QS",))
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG=2")
    l.urc('+CEREG: 2,"00A1","01B2C3D4",9', dt=3.0)
    l.urc('+CEREG: 3,"00A1","01B2C3D4",9', dt=9.0)
    l.cmd("AT+COPS=0", rt=4.0)
    l.urc('+CEREG: 2,"00A1","01B2C3D5",9', dt=2.0)
    l.urc('+CEREG: 5,"00A1","01B2C3D5",9', dt=6.0)
    l.cmd("AT+CGATT?", resp=("+CGATT: 1",))
    l.cmd("AT+CGPADDR=1", resp=('+CGPADDR: 1,"10.91.7.44"',))
    l.note("INFO|registered (roaming)")
    build(l)


# ================================================================================== C# SerialPort + NLog
def nlog():
    def uboot(l, model="SARA-R510S"):
        l.cmd("AT")
        l.cmd("ATE0")
        l.cmd("AT+CMEE=2")
        l.cmd("AT+CGMM", resp=(model,))
        l.cmd("AT+CPIN?", resp=("+CPIN: READY",))

    l = Log("nlog_sara_r510s_cpwroff_watchdog.log", "fault", "u-blox SARA-R510S", "csharp-serialport-nlog", "none",
            "the tool's watchdog power-cycles the module with AT+CPWROFF whenever a CSQ poll says 99: four power-offs in 3 minutes", False)
    uboot(l)
    for i in range(4):
        l.cmd("AT+CSQ", resp=("+CSQ: 99,99",))
        l.note("WARN|no signal, power cycling modem")
        l.cmd("AT+CPWROFF", tag="off%d" % i, rt=1.5)
        l.note("INFO|PWR_ON pulse", dt=6.0)
        l.at(8.0)
        l.cmd("AT", gap=1.0)
        l.cmd("ATE0")
        l.cmd("AT+CMEE=2")
        l.at(30.0)
    l.exp("power-cycle-interval", ["off1", "off2", "off3"], "power-offs about 50 s apart, far under the guide's minimum interval")
    build(l)

    l = Log("nlog_sara_r510s_usost_at_prompt_ok.log", "clean", "u-blox SARA-R510S", "csharp-serialport-nlog", "grepn",
            "UDP: AT+USOCR=17 gives socket 0, AT+USOST in binary mode waits for u-blox's '@' prompt, 12 bytes, +USOST; AT+USOCL", False)
    uboot(l)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd("AT+CGPADDR=1", resp=('+CGPADDR: 1,10.33.0.9',))
    l.cmd("AT+USOCR=17", resp=("+USOCR: 0",))
    l.send('AT+USOST=0,"192.0.2.9",5683,12', "meter=000042", prompt="@", resp=("+USOST: 0,12",), final="OK", pdelay=0.12)
    l.urc("+UUSORF: 0,20", dt=0.4)
    l.cmd("AT+USORF=0,20", resp=('+USORF: 0,"192.0.2.9",5683,20,"4501A1B2C3D4E5F60718293A4B5C6D7E8F900102"',))
    l.cmd("AT+USOCL=0", tag="cl")
    l.ok("verify-after-close", "cl", VAC)
    build(l)

    def fboot(l):
        l.cmd("AT")
        l.cmd("ATE0")
        l.cmd("AT+CMEE=2")
        l.cmd("AT+CGMM", resp=("MC610-EU",))
        l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
        l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
        l.cmd('AT+MIPCALL=1,"iot.example"', resp=("+MIPCALL: 10.20.30.4",), rt=1.5)
        l.cmd('AT+MIPOPEN=1,0,"198.51.100.8",9100,0', rt=0.6)
        l.urc("+MIPOPEN: 1,1", dt=0.4)

    l = Log("nlog_mc610_send_during_xoff.log", "fault", "Fibocom MC610-EU", "csharp-serialport-nlog", "discourse",
            "bulk upload: the tool keeps calling AT+MIPSEND after +MIPXOFF: 1 and only stops when +MIPXON arrives", False)
    fboot(l)
    l.cmd('AT+MIPSEND=1,"00112233445566778899AABBCCDDEEFF"', resp=("+MIPSEND: 1,1024",))
    l.urc("+MIPXOFF: 1", dt=0.2)
    l.cmd('AT+MIPSEND=1,"FFEEDDCCBBAA99887766554433221100"', resp=("+MIPSEND: 1,0",), tag="x1")
    l.cmd('AT+MIPSEND=1,"0F1E2D3C4B5A69788796A5B4C3D2E1F0"', resp=("+MIPSEND: 1,0",), tag="x2")
    l.urc("+MIPXON: 1", dt=2.5)
    l.cmd("AT+MIPPUSH=1", resp=("+MIPPUSH: 1,0",))
    l.exp("flow-control", ["x1", "x2"], "sends between +MIPXOFF: 1 and +MIPXON: 1")
    build(l)

    l = Log("nlog_mc610_xoff_paused_ok.log", "clean", "Fibocom MC610-EU", "csharp-serialport-nlog", "none",
            "the same upload done right: after +MIPXOFF the tool waits for +MIPXON (4 s) before the next AT+MIPSEND", False)
    fboot(l)
    l.cmd('AT+MIPSEND=1,"00112233445566778899AABBCCDDEEFF"', resp=("+MIPSEND: 1,1024",))
    l.urc("+MIPXOFF: 1", dt=0.2)
    l.note("INFO|flow off, pausing upload")
    l.urc("+MIPXON: 1", dt=4.0)
    l.cmd('AT+MIPSEND=1,"FFEEDDCCBBAA99887766554433221100"', resp=("+MIPSEND: 1,1024",))
    l.cmd("AT+MIPPUSH=1", resp=("+MIPPUSH: 1,0",))
    l.cmd("AT+MIPCLOSE=1", tag="cl")
    l.urc("+MIPCLOSE: 1,0", tag="cl", dt=0.3)
    l.ok("verify-after-close", "cl", VAC)
    build(l)

    l = Log("nlog_nrf9151_slm_xsocket_ok.log", "clean", "Nordic nRF9151 (Serial LTE Modem)", "csharp-serialport-nlog", "ghdetails",
            "SLM: CFUN=1, XMONITOR, #XSOCKET=1,2,0 gives handle 0 (valid on SLM), #XSENDTO, #XRECVFROM, #XSOCKET=0 closes", False)
    l.cmd("AT")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CGMM", resp=("nRF9151-LACA",))
    l.cmd("AT+CFUN=1", rt=0.3)
    l.urc("+CEREG: 2", dt=1.0)
    l.urc('+CEREG: 1,"4A2B","0123A456",7,,,"11100000","11100000"', dt=5.0)
    l.cmd("AT%XMONITOR", resp=('%XMONITOR: 1,"","","00101","4A2B",7,20,"0123A456",311,6400,48,22,"","11100000","11100000","01001001"',))
    l.cmd("AT#XSOCKET=1,2,0", resp=("#XSOCKET: 0,2,17",))
    l.cmd('AT#XSENDTO="192.0.2.12",5684,"hello"', resp=("#XSENDTO: 5",))
    l.cmd("AT#XRECVFROM=0", resp=('#XRECVFROM: 3,"192.0.2.12",5684', "ack"), rt=0.6)
    l.cmd("AT#XSOCKET=0", resp=("#XSOCKET: 0,\"closed\"",), tag="cl")
    l.ok("verify-after-close", "cl", VAC)
    build(l)


# ================================================================================== printers earlier batches had
def zephyr():
    l = Log("zephyr_hl7800_init_ok.log", "clean", "Sierra Wireless HL7800", "zephyr-modem-chat", "none",
            "an out-of-tree modem_cellular script for HL7800: identification, KSRAT?, CEREG=2, CFUN=1 and registration URCs", False)
    l.note("script:swir_hl7800_init_chat_script")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CGMI", resp=("Sierra Wireless",))
    l.cmd("AT+CGMM", resp=("HL7800",))
    l.cmd("AT+KSRAT?", resp=("+KSRAT: 0",))
    l.cmd("AT+CEREG=2")
    l.cmd("AT+CFUN=1", rt=0.6)
    l.note("<dbg> modem_chat: modem_chat_script_stop: swir_hl7800_init_chat_script: complete")
    l.urc('+CEREG: 2,"2B0A","01A2B3C4",7', dt=2.0)
    l.urc('+CEREG: 5,"2B0A","01A2B3C4",7', dt=5.0)
    l.cmd("AT+CSQ", resp=("+CSQ: 17,99",))
    build(l, script="swir_hl7800_init_chat_script")

    l = Log("zephyr_eg25g_cmux_no_answer.log", "fault", "Quectel EG25-G", "zephyr-modem-chat", "fence",
            "modem_cellular's EG25 init script: AT+CMUX gets no answer at all; the script times out and the driver power-cycles", False)
    l.note("script:quectel_eg25_g_init_chat_script")
    l.cmd("ATE0")
    l.cmd("AT+CFUN=4")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CGSN", resp=("869700000111222",))
    l.cmd("AT+CGMM", resp=("EG25",))
    l.cmd("AT+CMUX=0,0,5,127,10,3,30,10,2", final=None, tag="mux", gap=0.0)
    l.note("<wrn> modem_chat: modem_chat_script_stop: quectel_eg25_g_init_chat_script: timed out", tag="to", dt=10.0)
    l.note("<inf> modem_cellular: modem_cellular_event_handler: power off", dt=0.1)
    l.exp("response-timeout", ["mux", "to"], "AT+CMUX never answered; the script's 10 s run out")
    build(l, script="quectel_eg25_g_init_chat_script")

    l = Log("zephyr_me910g1_dial_ok.log", "clean", "Telit ME910G1-WW", "zephyr-modem-chat", "telegram",
            "ME910G1 dial script after registration: CGDCONT, ATD*99***1# CONNECT, ppp takes over", False)
    l.note("script:telit_me910g1_dial_chat_script")
    l.cmd("AT+CGMM", resp=("ME910G1-WW",))
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd('AT+CGDCONT=1,"IP","lpwa.example"')
    l.cmd("ATD*99***1#", final="CONNECT", rt=0.9)
    l.note("<inf> net_ppp: ppp_fsm: LCP Starting")
    build(l, script="telit_me910g1_dial_chat_script")


def tinygsm():
    l = Log("tinygsm_a7670e_gprs_connect_ok.log", "clean", "SIMCom A7670E", "tinygsm-streamdebugger", "none",
            "modem.init(), waitForNetwork() polling CREG/CEREG, gprsConnect(): CGDCONT, CGACT, NETOPEN waited for", False)
    l.note("TinyGSM Version: 0.12.0")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CGMM", resp=("A7670E-LASE",))
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,2",), gap=1.0)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd('AT+CGDCONT=1,"IP","web.example"')
    l.cmd("AT+CGACT=1,1", rt=0.8)
    l.cmd("AT+NETOPEN", rt=0.3)
    l.urc("+NETOPEN: 0", dt=0.9)
    l.cmd("AT+IPADDR", resp=("+IPADDR: 10.155.2.7",))
    l.note("GPRS connected")
    build(l)

    l = Log("tinygsm_a7670e_cipsend_short_payload.log", "fault", "SIMCom A7670E", "tinygsm-streamdebugger", "outlook",
            "a sketch's own AT+CIPSEND=0,20 with a 19-byte string written after '>'; the module waits for the rest and the send never completes", False)
    l.cmd("AT+CGMM", resp=("A7670E-LASE",))
    l.cmd("AT+NETOPEN", rt=0.3)
    l.urc("+NETOPEN: 0", dt=0.8)
    l.cmd('AT+CIPOPEN=0,"TCP","203.0.113.12",7000', rt=0.3)
    l.urc("+CIPOPEN: 0,0", dt=0.6)
    l.send("AT+CIPSEND=0,20", "GET /state HTTP/1.0", final=None, prompt=">", tag="snd", gap=0.0)
    l.note("send timeout", dt=15.0)
    l.exp("send-payload-mismatch", "snd", "AT+CIPSEND declares 20 bytes, 19 follow the prompt")
    l.ok("response-timeout", "snd", "the send has no final: the module still waits for 1 byte")
    build(l)

    l = Log("tinygsm_sim7600gh_http_ok.log", "clean", "SIMCom SIM7600G-H", "tinygsm-streamdebugger", "irc",
            "TinyGsmClient GET over CIPOPEN; CIPSEND with prompt and payload on one line, +CIPRXGET reads, CIPCLOSE", False)
    l.note("TinyGSM Version: 0.12.0")
    l.cmd("AT+CGMM", resp=("SIMCOM_SIM7600G-H",))
    l.cmd("AT+CIPRXGET=1")
    l.cmd("AT+NETOPEN", rt=0.3)
    l.urc("+NETOPEN: 0", dt=0.7)
    l.cmd('AT+CIPOPEN=0,"TCP","198.51.100.90",80', rt=0.2)
    l.urc("+CIPOPEN: 0,0", dt=0.5)
    l.send("AT+CIPSEND=0,16", "PING 0123456789A", final="OK", prompt=">", resp=())
    l.urc("+CIPSEND: 0,16,16", dt=0.3)
    l.urc("+CIPRXGET: 1,0", dt=0.5)
    l.cmd("AT+CIPRXGET=2,0,64", resp=("+CIPRXGET: 2,0,17,0", "HTTP/1.0 200 OK"))
    l.cmd("AT+CIPCLOSE=0", tag="cl")
    l.urc("+CIPCLOSE: 0,0", tag="cl", dt=0.2)
    l.ok("verify-after-close", "cl", VAC)
    build(l)


def pppd():
    l = Log("pppd_me3630_dial_no_connect.log", "fault", "ZTE ME3630", "pppd-chat-syslog", "none",
            "chat script on a ZTE ME3630: ATD*99# is sent, nothing comes back in 30 s, chat alarms and pppd gives up", False)
    l.note("abort on (BUSY)")
    l.note("abort on (NO CARRIER)")
    l.note("timeout set to 30 seconds")
    l.cmd("AT", resp=("AT^M^M",), expect="OK")
    l.cmd('AT+CGDCONT=1,"IP","internet.example"', resp=('AT+CGDCONT=1,"IP","internet.example"^M^M',))
    l.cmd("ATD*99#", resp=("ATD*99#^M^M",), final=None, tag="d", expect="CONNECT", gap=0.0)
    l.note("alarm", tag="al", dt=30.0)
    l.note("Failed", dt=0.01)
    l.note("pppd|Connect script failed", dt=0.1)
    l.exp("response-timeout", ["d", "al"], "the dial gets neither CONNECT nor an error within the script's 30 s")
    l.ok("attach-preconditions", "d", "the chat script dials without checking the SIM or registration; a fair warning")
    build(l)

    l = Log("pppd_me909s120_dial_ok.log", "clean", "Huawei ME909s-120", "pppd-chat-syslog", "loki",
            "chat script with a SIM and registration check before the dial; CONNECT 150000000, pppd takes over", False)
    l.note("abort on (ERROR)")
    l.note("timeout set to 20 seconds")
    l.cmd("AT", resp=("AT^M^M",))
    l.cmd("AT+CPIN?", resp=("AT+CPIN?^M^M", "+CPIN: READY"))
    l.cmd("AT+CGREG?", resp=("AT+CGREG?^M^M", "+CGREG: 0,1"))
    l.cmd('AT+CGDCONT=1,"IP","internet.example"', resp=('AT+CGDCONT=1,"IP","internet.example"^M^M',))
    l.cmd("ATD*99#", resp=("ATD*99#^M^M",), final="CONNECT 150000000", expect="CONNECT")
    l.note("pppd|Serial connection established.", dt=0.1)
    build(l, pid=3011)


def mm():
    l = Log("mm_em7565_cgdcont_query_timeout.log", "fault", "Sierra Wireless EM7565", "modemmanager-journal-debug", "none",
            "ModemManager probing an EM7565 after a firmware switch: AT+CGDCONT? gets nothing back; MM logs the serial timeout", False)
    l.cmd("AT+CGMM", resp=("EM7565",))
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CGDCONT=?", resp=('+CGDCONT: (1-16),"IP",,,(0-2),(0-4),(0-1),(0-1)', '+CGDCONT: (1-16),"IPV6",,,(0-2),(0-4),(0-1),(0-1)'))
    l.cmd("AT+CGDCONT?", final=None, tag="q", gap=0.0)
    l.note("debug|[modem0] couldn't load list of known PDP contexts: Serial command timed out", tag="to", dt=3.0)
    l.note("info|[modem0] state changed (enabling -> failed)", dt=0.1)
    l.exp("response-timeout", ["q", "to"], "AT+CGDCONT? (a short query) gets no final")
    build(l)

    l = Log("mm_em7565_enable_ok.log", "clean", "Sierra Wireless EM7565", "modemmanager-journal-debug", "zendesk",
            "MM enabling an EM7565: CFUN=1, CREG/CEREG unsolicited setup, COPS? and CSQ; a +CEREG URC between replies", False)
    l.cmd("AT+CGMM", resp=("EM7565",))
    l.cmd("AT+CFUN=1", rt=0.4)
    l.cmd("AT+CREG=2")
    l.cmd("AT+CEREG=2")
    l.urc('+CEREG: 1,"3C0D","0A1B2C3D",7', dt=1.5)
    l.cmd("AT+COPS=3,2")
    l.cmd("AT+COPS?", resp=('+COPS: 0,2,"00101",7',))
    l.cmd("AT+CSQ", resp=("+CSQ: 20,99",))
    l.note("info|[modem0] state changed (enabling -> registered)", dt=0.1)
    build(l)


def minicom():
    l = Log("minicom_eg915u_qiopen_same_socket_twice.log", "fault", "Quectel EG915U-EU", "minicom-capture", "discourse>irc",
            "a technician types AT+QIOPEN for connectID 0 twice: the second open answers +QIOPEN: 0,563 (socket identity in use)", False)
    l.cmd("ATI", resp=("Quectel", "EG915U", "Revision: EG915UEUABR03A01M08"))
    l.cmd("AT+QIACT?", resp=('+QIACT: 1,1,1,"10.56.7.8"',))
    l.cmd('AT+QIOPEN=1,0,"TCP","192.0.2.50",2000,0,0', rt=0.3)
    l.urc("+QIOPEN: 0,0", dt=0.5)
    l.at(8.0)
    l.cmd('AT+QIOPEN=1,0,"TCP","192.0.2.50",2000,0,0', rt=0.3, tag="o2")
    l.urc("+QIOPEN: 0,563", tag="o2", dt=0.3)
    l.cmd("AT+QISTATE=1,0", resp=('+QISTATE: 0,"TCP","192.0.2.50",2000,44012,2,1,0,0,"uart1"',))
    l.exp("socket-state", "o2", "open of connectID 0 while it is still open")
    l.ok("command-failed", "o2", "the 563 completion is a failure; a QISTATE follows, which some will count as looking into it")
    build(l, drop_payload=False)

    l = Log("minicom_slm750_bench_queries_ok.log", "clean", "MeiG SLM750", "minicom-capture", "none",
            "a bench session typed by hand on a MeiG SLM750: identity, SIM, signal, operator, contexts; one +CGDCONT set", False)
    l.cmd("AT", final="OK")
    l.cmd("ATI", resp=("MEIG", "SLM750", "Revision: SLM750_V1.0.3"))
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CIMI", resp=(IMSI,))
    l.cmd("AT+CSQ", resp=("+CSQ: 23,99",))
    l.cmd("AT+COPS?", resp=('+COPS: 0,0,"TEST PLMN",7',))
    l.cmd('AT+CGDCONT=1,"IPV4V6","bench.example"')
    l.cmd("AT+CGDCONT?", resp=('+CGDCONT: 1,"IPV4V6","bench.example","",0,0',))
    build(l, drop_payload=False)


def python():
    l = Log("pylog_l610_cfun0_reset_radio.log", "fault", "Fibocom L610-CN", "python-logging-pyserial", "none",
            "a field script 'resets the radio' with AT+CFUN=0 / AT+CFUN=1 on an L610; after CFUN=0 the module stops answering", False)
    l.cmd("ATE0")
    l.cmd("AT+CGMM", resp=("L610",))
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CFUN=0", tag="c0", rt=0.8)
    l.at(2.0)
    l.cmd("AT+CFUN=1", final=None, tag="c1", gap=0.0)
    l.note("ERROR|no answer to AT+CFUN=1 after 15 s", dt=15.0)
    l.exp("cfun-zero", "c0", "on the L610 family AT+CFUN=0 may power the module down (the guide's note); the script then loses it")
    l.ok("response-timeout", "c1", "AT+CFUN=1 unanswered: consequence of the CFUN=0")
    build(l)

    l = Log("pylog_eg25g_qpowd_spaced_ok.log", "clean", "Quectel EG25-G", "python-logging-pyserial", "telegram",
            "nightly maintenance: AT+QPOWD=1 with POWERED DOWN, power back 10 min later, RDY and a normal start", False)
    l.cmd("AT+CGMM", resp=("EG25",))
    l.cmd("AT+QPOWD=1", rt=0.3)
    l.urc("POWERED DOWN", dt=1.5)
    l.note("INFO|modem off, next start in 600 s")
    l.urc("RDY", dt=612.0)
    l.at(2.0)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CREG?", resp=("+CREG: 0,1",))
    build(l)

    l = Log("pylog_lara_r6001_cgact_ok.log", "clean", "u-blox LARA-R6001", "python-logging-pyserial", "none",
            "LARA-R6 data context: CGDCONT, CGACT=1,1 after registration, CGPADDR, then CGACT=0,1 and a CGACT? check", False)
    l.cmd("AT")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CGMM", resp=("LARA-R6001",))
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CREG?", resp=("+CREG: 0,1",))
    l.cmd('AT+CGDCONT=1,"IP","fleet.example"')
    l.cmd("AT+CGACT=1,1", rt=1.2)
    l.cmd("AT+CGPADDR=1", resp=('+CGPADDR: 1,"10.61.4.2"',))
    l.cmd("AT+CGACT=0,1", rt=0.8)
    l.cmd("AT+CGACT?", resp=("+CGACT: 1,0",))
    build(l)


SCEN = [mkrnb, walter, node, qt, java, nlog, zephyr, tinygsm, pppd, mm, minicom, python]


# ================================================================================== main / self-check
def unesc_variants(text):
    """the text, and the text with the printers' quoting undone (qDebug/pyrepr \\\" and \\r, MM <CR>, chat ^M)."""
    yield text
    yield text.replace('\\"', '"').replace("\\r", "\r")


def main():
    for f in SCEN:
        f()
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
        for ln in l.lines:
            if "\r" in ln or "\n" in ln:
                problems.append("%s: CR/LF inside a line" % l.name)
        text = "\n".join(l.lines) + "\n"
        with open(os.path.join(LOGS, l.name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        lows = [v.lower() for v in unesc_variants(text)]
        for t in l.txns:
            if not any(t["command"].lower() in v for v in lows):
                problems.append("%s: labelled command %r not in the log" % (l.name, t["command"]))
            if t["final"] and not any(t["final"].lower() in v for v in lows):
                problems.append("%s: labelled final %r not in the log" % (l.name, t["final"]))
        if not l.txns:
            problems.append("%s: no transactions" % l.name)
        n = len(l.lines)
        ent = {"expect": [], "acceptable": [], "module": l.module, "shape": l.printer + "/" + l.wrapper,
               "verified": l.verified, "story": l.story, "kind": l.kind}
        for key, src in (("expect", l.expect), ("acceptable", l.accept)):
            for rule, tags, why in src:
                if rule not in rules:
                    problems.append("%s: rule %s not in RULES.txt" % (l.name, rule))
                rng = tag_range(l, tags)
                if not (1 <= rng[0] <= rng[1] <= n):
                    problems.append("%s: range %s outside 1..%d" % (l.name, rng, n))
                ent[key].append({"rule": rule, "lines": rng, "why": why})
        if l.kind == "fault" and len(ent["expect"]) != 1:
            problems.append("%s: fault log needs exactly one expect" % l.name)
        if l.kind != "fault" and ent["expect"]:
            problems.append("%s: clean log with expect" % l.name)
        verdicts[l.name] = ent
        labels[l.name] = {"transactions": l.txns, "total": len(l.txns), "has_transactions": bool(l.txns),
                          "shape": l.printer + "/" + l.wrapper, "module": l.module, "verified": l.verified}
    on_disk = set(os.listdir(LOGS))
    if on_disk != set(verdicts) or on_disk != set(labels):
        problems.append("logs/ and labels differ")
    if not 40 <= len(ALL) <= 46:
        problems.append("log count %d outside 40..46" % len(ALL))
    nf = sum(1 for l in ALL if l.kind == "fault")
    if not 0.4 <= nf / float(len(ALL)) <= 0.6:
        problems.append("fault share %d/%d not about half" % (nf, len(ALL)))
    nnew = sum(1 for l in ALL if l.printer in NEW_PRINTERS)
    if not 0.55 <= nnew / float(len(ALL)) <= 0.75:
        problems.append("new-printer share %d/%d not about two thirds" % (nnew, len(ALL)))
    for fn, obj in (("verdicts.json", verdicts), ("labels.json", labels)):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=1, sort_keys=True)
            f.write("\n")
    md = ["# holdout33 per log", "",
          "| log | kind | printer | wrapper | module | verified | lines | txns | expect | acceptable | situation |",
          "|---|---|---|---|---|---|---|---|---|---|---|"]
    for l in ALL:
        v = verdicts[l.name]
        md.append("| %s | %s | %s | %s | %s | %s | %d | %d | %s | %s | %s |" % (
            l.name, l.kind, l.printer, l.wrapper, l.module, "yes" if l.verified else "no", len(l.lines), len(l.txns),
            "<br>".join("%s %d-%d" % (e["rule"], e["lines"][0], e["lines"][1]) for e in v["expect"]) or "-",
            "<br>".join("%s %d-%d" % (e["rule"], e["lines"][0], e["lines"][1]) for e in v["acceptable"]) or "-",
            l.story.replace("|", "/")))
    kinds = {}
    for l in ALL:
        kinds[l.kind] = kinds.get(l.kind, 0) + 1
    ne = sum(len(v["expect"]) for v in verdicts.values())
    na = sum(len(v["acceptable"]) for v in verdicts.values())
    nt = sum(len(v["transactions"]) for v in labels.values())
    nn = sum(1 for v in labels.values() for t in v["transactions"] if t["final"] is None)
    nv = sum(1 for l in ALL if l.verified)
    summary = ("%d logs (%s; %d in printers no batch 24-32 had, %d verified in source); %d expected, %d acceptable, "
               "%d labelled transactions (%d with final null)" % (
                   len(ALL), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), nnew, nv, ne, na, nt, nn))
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
