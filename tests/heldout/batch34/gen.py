#!/usr/bin/env python3
"""Write holdout34: logs/, labels.json, verdicts.json, per_log.md, deterministically.

Structure after batch 31's generator (events -> one renderer per printer -> one wrapper, verdict ranges from
tags); the printers, wrappers, modules and situations are this batch's own. Events: tx = host command, rx = module
line, pay = payload after a prompt, note = a line the library/app/person wrote.
"""
import json, os, re, sys

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

    def cmd(self, c, resp=(), final="OK", tag=None, rt=0.12, gap=0.3, label=True):
        self._add("tx", c, tag)
        self.t += rt
        for r in resp:
            self._add("rx", r, tag)
            self.t += 0.01
        if final is not None:
            self._add("rx", final, tag, final=True)
        if label:
            self.txns.append({"command": c, "final": final})
        self.t += gap

    def send(self, c, payload, final, tag=None, rt=0.1, gap=0.3, post=(), early=False, prompt=True):
        self._add("tx", c, tag)
        if early:
            self.t += 0.004
            self._add("pay", payload, tag)
            self.t += rt
        else:
            self.t += rt
            if prompt:
                self._add("rx", ">", tag, prompt=True)
            self.t += 0.05
            if payload is not None:
                self._add("pay", payload, tag)
            self.t += rt
        if final is not None:
            self._add("rx", final, tag, final=True)
        for r in post:
            self.t += 0.3
            self._add("rx", r, tag, urc=True)
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


# ------------------------------------------------------------------------- renderers: printers new to batches 24-33
def r_kannel(log, base=9 * 3600 + 12 * 60, dev="gsm-1", pid=2311, th=7):
    """Kannel bearerbox log, smsc_at.c at debug. Verified: at2_write_line() debug("AT2[%s]: --> %s^M"),
    at2_read_line() debug("AT2[%s]: <-- %s") (a prompt line re-appended as '>'). Prefix from memory."""
    out = []
    for e in log.ev:
        h, m, s = hms(e["t"], base)
        st = "2026-12-07 %02d:%02d:%02d [%d] [%d] " % (h, m, int(s), pid, th)
        if e["k"] == "tx":
            out.append([st + "DEBUG: AT2[%s]: --> %s^M" % (dev, e["s"])])
        elif e["k"] == "rx":
            out.append([st + "DEBUG: AT2[%s]: <-- %s" % (dev, e["s"])])
        elif e["k"] == "pay":
            out.append([st + "DEBUG: AT2[%s]: --> %s^Z" % (dev, e["s"])])
        else:
            lvl, _, msg = e["s"].partition("|")
            out.append([st + "%s: AT2[%s]: %s" % (lvl, dev, msg)])
    return out


def r_esphome(log, base=18 * 3600 + 3 * 60, comp="sim800l"):
    """ESPHome `esphome logs` of the sim800l/sim900/sim7600-style UART component at VERBOSE. Verified:
    send_cmd_() ESP_LOGV(TAG, "S: %s - %d", message, state_), parse_cmd_() ESP_LOGV(TAG, "R: %s - %d", ...).
    The `[hh:mm:ss][V][tag:line]: ` prefix is from memory."""
    out, state = [], 1
    for e in log.ev:
        h, m, s = hms(e["t"], base)
        st = "[%02d:%02d:%02d]" % (h, m, int(s))
        if e["k"] == "tx":
            state = e.get("st", state)
            out.append([st + "[V][%s:%03d]: S: %s - %d" % (comp, 120, e["s"], state)])
        elif e["k"] == "rx":
            out.append([st + "[V][%s:%03d]: R: %s - %d" % (comp, 128, e["s"], state)])
            state = state + 1 if state < 14 else 1
        elif e["k"] == "pay":
            out.append([st + "[V][%s:%03d]: S: %s - %d" % (comp, 120, e["s"], state)])
        else:
            lvl, _, msg = e["s"].partition("|")
            out.append([st + "[%s][%s:%03d]: %s" % (lvl or "D", comp, 231, msg)])
    return out


def r_elixir(log, base=7 * 3600 + 50 * 60):
    """Elixir Logger console (Nerves device, `RingLogger.attach`): `hh:mm:ss.mmm [debug] msg` (from memory);
    the app logs `AT> cmd` / `AT< line` itself."""
    out = []
    for e in log.ev:
        h, m, s = hms(e["t"], base)
        st = "%02d:%02d:%06.3f " % (h, m, s)
        if e["k"] == "tx":
            out.append([st + "[debug] AT> " + e["s"]])
        elif e["k"] == "rx":
            out.append([st + "[debug] AT< " + e["s"]])
        elif e["k"] == "pay":
            out.append([st + "[debug] AT> (payload) " + e["s"]])
        else:
            lvl, _, msg = e["s"].partition("|")
            out.append([st + "[%s] %s" % (lvl or "info", msg)])
    return out


def jstr(s):
    return json.dumps(s)


def r_zap(log, base=14 * 3600 + 22 * 60):
    """Go service with uber-go/zap production JSON encoder (from memory): one JSON object per line,
    level/ts/caller/msg then fields; `ts` as ISO8601 (EncoderConfig.EncodeTime = ISO8601TimeEncoder)."""
    out = []
    for e in log.ev:
        h, m, s = hms(e["t"], base)
        ts = "2026-12-07T%02d:%02d:%06.3fZ" % (h, m, s)
        if e["k"] == "tx":
            out.append(['{"level":"debug","ts":"%s","caller":"atport/port.go:142","msg":"at tx","cmd":%s}' % (ts, jstr(e["s"]))])
        elif e["k"] == "rx":
            out.append(['{"level":"debug","ts":"%s","caller":"atport/port.go:171","msg":"at rx","line":%s}' % (ts, jstr(e["s"]))])
        elif e["k"] == "pay":
            out.append(['{"level":"debug","ts":"%s","caller":"atport/port.go:155","msg":"at tx payload","data":%s}' % (ts, jstr(e["s"]))])
        else:
            lvl, _, msg = e["s"].partition("|")
            out.append(['{"level":"%s","ts":"%s","caller":"modem/manager.go:88","msg":%s}' % (lvl or "info", ts, jstr(msg))])
    return out


# ------------------------------------------------------------------------- renderers: printers batches 24-33 had
def r_particle(log, start_ms=21000):
    """Particle Device OS NCP trace ('%010u [ncp.at] TRACE: > cmd' / '< line'), as batch 31 lists it."""
    out = []
    for e in log.ev:
        ms = start_ms + int(e["t"] * 1000)
        if e["k"] in ("tx", "pay"):
            out.append(["%010d [ncp.at] TRACE: > %s" % (ms, e["s"])])
        elif e["k"] == "rx":
            out.append(["%010d [ncp.at] TRACE: < %s" % (ms, e["s"])])
        else:
            cat, _, msg = e["s"].partition("|")
            out.append(["%010d [%s] %s" % (ms, cat, msg)])
    return out


def r_ril(log, base=15 * 3600 + 41 * 60, pid=902, tid=948):
    """reference-ril atchannel.c in logcat -v threadtime: RLOGD("AT> %s"), RLOGD("AT< %s") (batch 31)."""
    out = []
    for e in log.ev:
        h, m, s = hms(e["t"], base)
        st = "12-07 %02d:%02d:%06.3f  %d  %d D AT      : " % (h, m, s, pid, tid)
        if e["k"] == "tx":
            out.append([st + "AT> " + e["s"]])
        elif e["k"] == "rx":
            out.append([st + "AT< " + e["s"]])
        elif e["k"] == "pay":
            out.append([st + "AT> " + e["s"] + "^Z"])
        else:
            tag, _, msg = e["s"].partition("|")
            out.append(["12-07 %02d:%02d:%06.3f  %d  %d I %-8s: %s" % (h, m, s, pid, tid, tag, msg)])
    return out


def r_pwsh(log, base=11 * 3600 + 2 * 60):
    """a PowerShell SerialPort script's Write-Host '[HH:mm:ss.fff] >> / << / --' (batch 31's shape)."""
    out = []
    for e in log.ev:
        h, m, s = hms(e["t"], base)
        st = "[%02d:%02d:%06.3f] " % (h, m, s)
        if e["k"] in ("tx", "pay"):
            out.append([st + ">> " + e["s"]])
        elif e["k"] == "rx":
            out.append([st + "<< " + e["s"]])
        else:
            out.append([st + "-- " + e["s"]])
    return out


def r_nodered(log, base=6 * 3600 + 15 * 60):
    """Node-RED console with debug nodes to the system console (batch 31's shape)."""
    out = []
    for e in log.ev:
        h, m, s = hms(e["t"], base)
        st = "7 Dec %02d:%02d:%02d - [info] " % (h, m, int(s))
        if e["k"] in ("tx", "pay"):
            out.append([st + "[debug:modem tx] " + e["s"]])
        elif e["k"] == "rx":
            out.append([st + "[debug:modem rx] " + e["s"]])
        else:
            out.append([st + "[function:watchdog] " + e["s"]])
    return out


def r_shell(log):
    """nRF Connect SDK shell 'at' command (batch 31's shape): 'uart:~$ at CMD' then the modem's lines."""
    out = []
    for e in log.ev:
        if e["k"] == "tx":
            out.append(["uart:~$ at " + e["s"]])
        else:
            out.append([e["s"]])
    return out


RENDER = {"kannel-smsc-at2": r_kannel, "esphome-uart-sim": r_esphome, "elixir-logger": r_elixir,
          "go-zap-json": r_zap, "particle-ncp-trace": r_particle, "android-ril-logcat": r_ril,
          "powershell-serialport": r_pwsh, "node-red-console": r_nodered, "ncs-at-shell": r_shell}


# ------------------------------------------------------------------------- wrappers
def wrap(lines, w):
    if w == "none":
        return [], lines, []
    if w == "zendesk":
        return ["Ticket #48213: Gateway drops SMS", "Customer (Dec 7, 2026, 09:40 UTC):", "Hi support, log from our box below.",
                "----"], lines, ["----", "Thanks, M."]
    if w == "outlook":
        return ["From: Field Service <fs@example.net>", "Sent: Monday, December 7, 2026 10:02 AM", "To: Modem Support",
                "Subject: RE: unit 311 does not register", "", "Hi, here is the log you asked for:", ""], lines, ["", "Best regards"]
    if w == "mail-nested":
        return ["On Mon, Dec 7, 2026 at 10:40, Ops <ops@example.org> wrote:", ">> On Mon, Dec 7 2026 09:55 Dev <dev@example.org> wrote:",
                ">> log attached inline:", ">>"], [">> " + l if l else ">>" for l in lines], [">", "> Can you look at this?"]
    if w == "telegram":
        return ["Pavel, [07.12.26 12:14]", "[Forwarded from Anna]", "modem log:"], lines, ["Pavel, [07.12.26 12:15]", "help pls"]
    if w == "loki":
        out, last = [], "09:00:00"
        for i, l in enumerate(lines):   # logcli default output: the entry's timestamp (ingested from the line), labels, line
            m = re.match(r"^2026-12-07 (\d\d:\d\d:\d\d) ", l)
            last = m.group(1) if m else last
            out.append('2026-12-07T%s.%03dZ {app="smsgw", host="gw-3"} %s' % (last, i % 1000, l))
        return [], out, []
    if w == "rst":
        return ["Known issue: modem init", "========================", "", ".. code-block:: text", ""], ["   " + l for l in lines], ["", "Workaround: see below."]
    if w == "vimnu":
        return [], ["%4d %s" % (i + 1, l) for i, l in enumerate(lines)], []
    if w == "tsv":
        return ["row\tsource\tmessage"], ["%d\tmodem\t%s" % (i + 1, l) for i, l in enumerate(lines)], []
    if w == "matrix":
        return ["@tom:example.org", "ok here it is"], ["| " + l for l in lines], ["@tom:example.org", "anyone?"]
    if w == "gh-in-mail":   # a GitHub issue notification mail quoting the fenced block
        return ["Reply to this email directly or view it on GitHub:", "", "> ### Log", ">", "> ```"], ["> " + l for l in lines], ["> ```", "", "--", "You are receiving this because you are subscribed."]
    if w == "jira-in-slack":
        return ["Ana Lee  11:05 AM", "pasting from the Jira ticket:", "> {noformat}"], ["> " + l for l in lines], ["> {noformat}", "(edited)"]
    if w == "html-pre":
        return ["<html><body>", "<p>Log from the pilot site:</p>", "<pre>"], [l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for l in lines], ["</pre>", "</body></html>"]
    if w == "forum":
        return ["Re: module keeps losing network", "Quote from: dave_k on December 07, 2026, 08:12:44 AM", "Code: [Select]"], lines, ["", "Any ideas? Thanks"]
    raise SystemExit("unknown wrapper " + w)


def build(log, **kw):
    per = RENDER[log.printer](log, **kw)
    lines, rng = [], []
    for chunk in per:
        a = len(lines) + 1
        lines.extend(chunk)
        rng.append((a, len(lines)))
    before, body, after = wrap(lines, log.wrapper)
    if len(body) != len(lines):
        raise SystemExit("%s: wrapper %s changed the line count" % (log.name, log.wrapper))
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
ICCID = "89001012345678901234"
VAC = "no state query after the close; true advice"
EDT = "bare ERROR while verbose errors are off; AT+CMEE=2 and a repeat is true advice"
PDU = "0011000B915155555500F20000AA05E8329BFD06"


# ========================================================================= Kannel bearerbox (SMS gateways)
def kannel():
    # K1 fault: Cinterion EHS6 SIM failure, Kannel reopens and meets it again
    l = Log("zendesk_kannel_ehs6_cpin_sim_failure.log", "fault", "Cinterion EHS6", "kannel-smsc-at2", "zendesk",
            "bearerbox opens the EHS6; AT+CPIN? answers +CME ERROR: 13 (SIM failure) twice across a reconnect", True)
    l.note("INFO|opening device")
    l.cmd("AT")
    l.cmd("AT&F")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CPIN?", final="+CME ERROR: 13", tag="cpin1")
    l.note("ERROR|Cannot open the modem, will retry in 10 seconds", tag="cpin1")
    l.at(10.0)
    l.note("INFO|opening device")
    l.cmd("AT")
    l.cmd("AT&F")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CPIN?", final="+CME ERROR: 13", tag="cpin2")
    l.note("ERROR|Cannot open the modem, will retry in 10 seconds")
    l.exp("sim-fault", ["cpin1", "cpin2"], "+CME ERROR: 13 = SIM failure (27.007); the SIM is unusable")
    l.ok("command-failed", ["cpin1", "cpin2"], "only the whole open is retried")
    build(l, dev="ehs6")

    # K2 clean: Telit GL865-DUAL V3 init and one PDU-mode send
    l = Log("loki_kannel_gl865_sms_send_clean.log", "clean", "Telit GL865-DUAL V3", "kannel-smsc-at2", "loki",
            "bearerbox init on a GL865, SMSC query, one SMS in PDU mode through the '>' prompt, +CMGS reference", True)
    l.note("INFO|opening device")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+IFC=2,2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CMGF=0")
    l.cmd("AT+CSMS=0", resp=("+CSMS: 1,1,1",))
    l.cmd("AT+CNMI=1,2,0,1,0")
    l.cmd("AT+CSCA?", resp=('+CSCA: "+15555550000",145',))
    l.note("INFO|AT SMSC successfully opened.")
    l.cmd("AT+CSQ", resp=("+CSQ: 17,0",), gap=4.0)
    l.send("AT+CMGS=19", PDU, None, rt=0.2, gap=0.0)
    l.t += 2.1
    l._add("rx", "+CMGS: 61")
    l._add("rx", "OK", final=True)
    l.txns[-1]["final"] = "OK"
    l.t += 0.3
    build(l, dev="gl865")

    # K3 fault: Huawei E3372h-153 (stick mode) AT+CMGS never answered after the PDU
    l = Log("outlook_kannel_e3372_cmgs_no_answer.log", "fault", "Huawei E3372h-153", "kannel-smsc-at2", "outlook",
            "the PDU is written after the prompt; no +CMGS/OK or error for 3 minutes, Kannel reopens the port", True)
    l.note("INFO|AT SMSC successfully opened.")
    l.cmd("AT+CSQ", resp=("+CSQ: 21,99",), gap=3.0)
    l.send("AT+CMGS=19", PDU, None, tag="cmgs", rt=0.2, gap=0.0)
    l.at(180.0)
    l.note("ERROR|timeout waiting for response to AT+CMGS, reconnecting", tag="cmgs")
    l.note("INFO|opening device", dt=5.0)
    l.cmd("AT")
    l.cmd("ATE0")
    l.exp("response-timeout", "cmgs", "AT+CMGS is answered within 60 s (network-dependent); none in 180 s")
    build(l, dev="e3372")

    # K4 clean: SIMCom A7670E, SMS delivered directly (+CMT) and acknowledged with AT+CNMA
    l = Log("htmlpre_kannel_a7670e_cmt_cnma_clean.log", "clean", "SIMCom A7670E", "kannel-smsc-at2", "html-pre",
            "CNMI=1,2,0,1,0 with CSMS=1: a +CMT URC with its PDU line, acknowledged by AT+CNMA; CSQ keepalive", True)
    l.cmd("AT+CSQ", resp=("+CSQ: 24,99",), gap=6.0)
    l.urc("+CMT: ,24")
    l.urc("07915155550000F0040B915155555500F200006221701234000004D4F29C0E", dt=0.01)
    l.note("DEBUG|received message from SMSC", dt=0.02)
    l.cmd("AT+CNMA")
    l.cmd("AT+CSQ", resp=("+CSQ: 24,99",), gap=30.0)
    l.cmd("AT+CSQ", resp=("+CSQ: 23,99",))
    build(l, dev="a7670")

    # K5 fault: Neoway N58 +CMS ERROR: 38 and Kannel re-sends back to back
    l = Log("tsv_kannel_n58_cmgs_retry_storm.log", "fault", "Neoway N58", "kannel-smsc-at2", "tsv",
            "every AT+CMGS answers +CMS ERROR: 38 (network out of order); the gateway re-sends the same PDU 12 times, a second apart", True)
    l.cmd("AT+CSQ", resp=("+CSQ: 9,99",), gap=2.0)
    for i in range(12):
        l.send("AT+CMGS=19", PDU, "+CMS ERROR: 38", tag="storm", rt=0.3, gap=0.0)
        l.note("WARNING|sending failed, retrying", tag="storm", dt=0.05)
        l.at(1.0)
    l.exp("retry-storm", "storm", "12 consecutive attempts of one AT+CMGS with no back-off (more than 10)")
    l.ok("command-failed", "storm", "the cause (network out of order) is never looked into")
    build(l, dev="n58")

    # K6 clean: ZTE ME3630 roaming registration, SMSC set, send
    l = Log("vimnu_kannel_me3630_roaming_send_clean.log", "clean", "ZTE ME3630-E", "kannel-smsc-at2", "vimnu",
            "init with the SIM roaming (+CREG: 0,5), SMSC set, one send; a +CREG URC and a signal query in between", True)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CREG?", resp=("+CREG: 0,5",))
    l.cmd('AT+CSCA="+15555550000"')
    l.cmd("AT+CMGF=0")
    l.cmd("AT+CNMI=2,1,0,0,0")
    l.urc("+CREG: 5", dt=0.5)
    l.cmd("AT+CSQ", resp=("+CSQ: 14,99",), gap=2.0)
    l.send("AT+CMGS=19", PDU, None, rt=0.2, gap=0.0)
    l.t += 3.0
    l._add("rx", "+CMGS: 7")
    l._add("rx", "OK", final=True)
    l.txns[-1]["final"] = "OK"
    build(l, dev="me3630")


# ========================================================================= ESPHome UART SIM component
def esphome():
    l = Log("esphome_sim800l_poll_clean.log", "clean", "SIMCom SIM800L", "esphome-uart-sim", "none",
            "the component's loop: AT, text mode, CNMI, CSQ, CREG?, CMGL of all messages (none)", True)
    for c, r in (("AT", ()), ("AT+CMGF=1", ()), ("AT+CNMI=2,1,0,0,0", ()), ("AT+CSQ", ("+CSQ: 18,0",)),
                 ("AT+CREG?", ("+CREG: 0,1",)), ('AT+CMGL="ALL"', ())):
        l.cmd(c, resp=r, gap=1.0)
    l.at(5.0)
    l.cmd("AT+CSQ", resp=("+CSQ: 19,0",), gap=1.0)
    l.cmd("AT+CREG?", resp=("+CREG: 0,1",), gap=1.0)
    build(l)

    l = Log("forum_esphome_sim800l_no_sim.log", "fault", "SIMCom SIM800L", "esphome-uart-sim", "forum",
            "power-up reports +CPIN: NOT INSERTED; the component keeps polling CSQ/CREG (0,0) as if nothing were wrong", True)
    l.urc("RDY")
    l.urc("+CFUN: 1", dt=0.3)
    l.urc("+CPIN: NOT INSERTED", tag="nosim", dt=0.2)
    l.at(2.0)
    for i in range(3):
        l.cmd("AT", gap=1.0)
        l.cmd("AT+CSQ", resp=("+CSQ: 16,0",), gap=1.0)
        l.cmd("AT+CREG?", resp=("+CREG: 0,0",), gap=5.0)
    l.exp("sim-fault", "nosim", "+CPIN: NOT INSERTED at power-up: no SIM (or a bad holder)")
    build(l)

    l = Log("telegram_esphome_sim900_cmgf_typo.log", "fault", "SIMCom SIM900", "esphome-uart-sim", "telegram",
            "a user lambda sends AT+CMFG=1 (meant AT+CMGF=1): ERROR; SMS reading then fails in PDU mode", True)
    l.cmd("AT", gap=1.0)
    l.cmd("AT+CMFG=1", final="ERROR", tag="typo", gap=1.0)
    l.cmd("AT+CNMI=2,1,0,0,0", gap=1.0)
    l.cmd("AT+CSQ", resp=("+CSQ: 12,0",), gap=1.0)
    l.cmd("AT+CREG?", resp=("+CREG: 0,1",), gap=1.0)
    l.cmd('AT+CMGL="ALL"', final="ERROR", tag="cmgl", gap=1.0)
    l.exp("unknown-command", "typo", "AT+CMFG is no command (typo for AT+CMGF)")
    l.ok("error-detail", ["typo", "cmgl"], EDT)
    l.ok("command-failed", ["typo", "cmgl"], "nothing looks into either ERROR")
    build(l, comp="sim900")

    l = Log("matrix_esphome_sim7600_no_signal_clean.log", "clean", "SIMCom SIM7600E-H", "esphome-uart-sim", "matrix",
            "antenna off: CSQ 99,99 and CREG 0,2 for a minute, then the network comes; every command answered", True)
    l.cmd("AT", gap=1.0)
    l.cmd("AT+CMGF=1", gap=1.0)
    for i in range(3):
        l.cmd("AT+CSQ", resp=("+CSQ: 99,99",), gap=1.0)
        l.cmd("AT+CREG?", resp=("+CREG: 0,2",), gap=15.0)
    l.cmd("AT+CSQ", resp=("+CSQ: 15,99",), gap=1.0)
    l.cmd("AT+CREG?", resp=("+CREG: 0,1",), gap=1.0)
    build(l, comp="sim7600")

    l = Log("rst_esphome_sim800c_incoming_call_clean.log", "clean", "SIMCom SIM800C", "esphome-uart-sim", "rst",
            "RING with +CLIP, answered with ATA, the caller hangs up (NO CARRIER), polling goes on", True)
    l.cmd("AT+CSQ", resp=("+CSQ: 20,0",), gap=2.0)
    l.urc("RING")
    l.urc('+CLIP: "+15555550123",145,"",0,"",0', dt=0.05)
    l.at(1.0)
    l.cmd("ATA", gap=0.5)
    l.urc("NO CARRIER", dt=12.0)
    l.at(1.0)
    l.cmd("AT+CSQ", resp=("+CSQ: 20,0",), gap=1.0)
    l.cmd("AT+CREG?", resp=("+CREG: 0,1",))
    build(l)

    l = Log("slack_jira_esphome_a7672e_cmgs_no_prompt_wait.log", "fault", "SIMCom A7672E", "esphome-uart-sim", "jira-in-slack",
            "an SMS in text mode: the text is written right after AT+CMGS=\"...\" without waiting for '>'", True)
    l.cmd("AT", gap=1.0)
    l.cmd("AT+CMGF=1", gap=1.0)
    l.send('AT+CMGS="+15555550188"', "Pump 2 alarm: low pressure", "+CMGS: 12", tag="early", early=True, rt=2.5, gap=0.0)
    l._add("rx", "OK", final=True)
    l.txns[-1]["final"] = "OK"
    l.at(1.0)
    l.cmd("AT+CSQ", resp=("+CSQ: 22,99",))
    l.exp("send-before-prompt", "early", "the text follows the command within milliseconds, before any '>' prompt")
    build(l, comp="a7672")


# ========================================================================= Elixir Logger (Nerves)
def elixir():
    l = Log("ghmail_elixir_eg25g_ppp_dial_clean.log", "clean", "Quectel EG25-G", "elixir-logger", "gh-in-mail",
            "Nerves box: SIM, ICCID, signal, registration, APN, then ATD*99***1# to CONNECT (PPP)", False)
    l.note("info|VintageNet: starting modem on ttyUSB2")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+QCCID", resp=("+QCCID: " + ICCID,))
    l.cmd("AT+CSQ", resp=("+CSQ: 23,99",))
    l.cmd("AT+CREG?", resp=("+CREG: 0,1",))
    l.cmd('AT+CGDCONT=1,"IP","apn.example"')
    l.cmd("ATD*99***1#", final="CONNECT 150000000", rt=0.4)
    l.note("info|pppd: local IP address 10.44.0.9")
    build(l)

    l = Log("outlook_elixir_le910c4_sgact_before_reg.log", "fault", "Telit LE910C4-NF", "elixir-logger", "outlook",
            "the app activates the context while +CEREG? still says 0,2 (searching); #SGACT fails, works once registered", False)
    l.cmd("AT")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd('AT+CGDCONT=1,"IPV4V6","iot.example"')
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,2",), gap=0.1)
    l.cmd("AT#SGACT=1,1", final="+CME ERROR: 555", tag="act", rt=1.2)
    l.note("warning|data call failed, waiting for registration", tag="act")
    l.urc("+CEREG: 1", dt=6.0)
    l.cmd("AT#SGACT=1,1", resp=("#SGACT: 10.20.0.5",), rt=1.5)
    l.exp("attach-preconditions", "act", "the data call starts before any registration was seen (CEREG 0,2)")
    l.ok("command-failed", "act", "arguably looked into only by waiting for the URC")
    build(l)

    l = Log("forum_elixir_em7411_reset_loop.log", "fault", "Sierra Wireless EM7411", "elixir-logger", "forum",
            "a health check resets the module with AT+CFUN=1,1 each time one CSQ says 99; three resets within two minutes", False)
    for i in range(3):
        tg = "rst%d" % i
        l.cmd("AT", gap=0.2)
        l.cmd("AT+CSQ", resp=("+CSQ: 99,99",), gap=0.2)
        l.note("warning|no signal, resetting modem")
        l.cmd("AT+CFUN=1,1", tag=tg, gap=0.0)
        l.note("info|modem port gone, waiting", dt=1.0)
        l.at(40.0)
    l.exp("power-cycle-interval", ["rst1", "rst2"], "resets 41 s apart; the guide asks minutes between power cycles")
    build(l)

    l = Log("vimnu_elixir_toby_l210_socket_clean.log", "clean", "u-blox TOBY-L210", "elixir-logger", "vimnu",
            "context up, address read, TCP socket opened, written, closed, then its state queried", False)
    l.cmd("AT+CMEE=2")
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("AT+CGACT=1,1", rt=1.0)
    l.cmd("AT+CGPADDR=1", resp=('+CGPADDR: 1,"10.30.1.7"',))
    l.cmd("AT+USOCR=6", resp=("+USOCR: 0",))
    l.cmd('AT+USOCO=0,"192.0.2.10",8443', rt=0.9)
    l.cmd('AT+USOWR=0,5,"hello"', resp=("+USOWR: 0,5",))
    l.urc("+UUSORD: 0,2", dt=0.4)
    l.cmd("AT+USORD=0,2", resp=('+USORD: 0,2,"ok"',))
    l.cmd("AT+USOCL=0")
    l.cmd("AT+USOCTL=0,10", resp=("+USOCTL: 0,10,0",))
    build(l)

    l = Log("mailnested_elixir_l850_escape_no_guard.log", "fault", "Fibocom L850-GL", "elixir-logger", "mail-nested",
            "the app writes +++ 50 ms after CONNECT (no guard time): no answer; a guarded +++ a few seconds later works", False)
    l.cmd("AT")
    l.cmd("AT+CGDCONT=1,\"IP\",\"apn.example\"")
    l.cmd("ATD*99#", final="CONNECT", tag="conn", rt=0.5, gap=0.05)
    l.cmd("+++", final=None, tag="esc", gap=0.0)
    l.note("warning|no answer to escape, trying again", dt=3.0)
    l.at(1.5)
    l.cmd("+++", rt=1.2, gap=0.5)
    l.cmd("ATH")
    l.exp("escape-guard", "esc", "+++ 50 ms after CONNECT; the escape needs about 1 s of silence before it")
    l.ok("response-timeout", "esc", "the first escape gets no answer")
    build(l)


# ========================================================================= Go service, zap JSON
def zap():
    l = Log("htmlpre_zap_gm02s_sqns_socket_clean.log", "clean", "Sequans GM02S", "go-zap-json", "html-pre",
            "registered, socket config and dial, one SQNSSENDEXT through the prompt, ring, receive, close and state query", False)
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd("AT+SQNSCFG=1,1,300,90,600,50")
    l.cmd('AT+SQNSD=1,0,8080,"192.0.2.20",0,0,1', rt=1.1)
    l.send("AT+SQNSSENDEXT=1,5", "hello", "OK")
    l.urc("+SQNSRING: 1,2", dt=0.5)
    l.cmd("AT+SQNSRECV=1,2", resp=("+SQNSRECV: 1,2", "ok"))
    l.cmd("AT+SQNSH=1")
    l.cmd("AT+SQNSS", resp=("+SQNSS: 1,0", "+SQNSS: 2,0", "+SQNSS: 3,0", "+SQNSS: 4,0", "+SQNSS: 5,0", "+SQNSS: 6,0"))
    build(l)

    l = Log("ghmail_zap_gm02s_send_on_closed_socket.log", "fault", "Sequans GM02S", "go-zap-json", "gh-in-mail",
            "socket 1 is dialled but the service writes on socket 2, which was never opened: ERROR", False)
    l.cmd("AT+CMEE=2")
    l.cmd("AT+SQNSCFG=1,1,300,90,600,50")
    l.cmd('AT+SQNSD=1,0,8080,"192.0.2.20",0,0,1', rt=1.1)
    l.cmd("AT+SQNSSENDEXT=2,5", final="+CME ERROR: operation not allowed", tag="bad")
    l.note("error|send failed: operation not allowed", tag="bad")
    l.cmd("AT+SQNSH=1")
    l.exp("socket-state", "bad", "a send on socket 2, which was never opened (socket 1 was)")
    l.ok("command-failed", "bad", "the failed send is neither retried nor looked into")
    l.ok("verify-after-close", "bad", VAC)
    build(l)

    l = Log("zendesk_zap_bg77_qisend_before_qiopen.log", "fault", "Quectel BG77", "go-zap-json", "zendesk",
            "AT+QIOPEN answers OK and the service sends AT+QISEND at once, before +QIOPEN: 0,0 arrives; ERROR, then fine", False)
    l.cmd("AT+CMEE=2")
    l.cmd("AT+QIACT?", resp=('+QIACT: 1,1,1,"10.50.3.2"',))
    l.cmd('AT+QIOPEN=1,0,"TCP","203.0.113.5",8080,0,0', tag="open")
    l.cmd("AT+QISEND=0,10", final="ERROR", tag="early", gap=0.0)
    l.urc("+QIOPEN: 0,0", dt=1.4)
    l.send("AT+QISEND=0,10", "0123456789", "SEND OK")
    l.cmd("AT+QICLOSE=0")
    l.exp("async-overlap", "early", "AT+QISEND while AT+QIOPEN still waits for its +QIOPEN completion")
    l.ok("socket-state", "early", "the send goes to a socket that is not open yet")
    l.ok("verify-after-close", "early", VAC)
    build(l)

    l = Log("forum_zap_lara_r6_mqtt_clean.log", "clean", "u-blox LARA-R6001D", "go-zap-json", "forum",
            "MQTT client id, login with its +UUMQTTC completion, one publish, logout; each completion awaited", False)
    l.cmd("AT+CMEE=2")
    l.cmd('AT+UMQTT=0,"dev-7"')
    l.cmd('AT+UMQTT=2,"broker.example",1883')
    l.cmd("AT+UMQTTC=1")
    l.urc("+UUMQTTC: 1,1", dt=1.8)
    l.cmd('AT+UMQTTC=2,0,0,"dev/7/up","21.5"')
    l.urc("+UUMQTTC: 2,1", dt=0.6)
    l.cmd("AT+UMQTTC=0")
    l.urc("+UUMQTTC: 0,1", dt=0.4)
    build(l)

    l = Log("matrix_zap_c16qs_attach_clean.log", "clean", "Cavli C16QS", "go-zap-json", "matrix",
            "CFUN 0 -> APN -> CFUN 1, CEREG URCs 2 then 1, context activated and its address read", False)
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CFUN=0", rt=0.8, tag="cf0")
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("AT+CEREG=2")
    l.cmd("AT+CFUN=1", rt=0.6)
    l.urc('+CEREG: 2,"1A2B","01A2B3C4",7', dt=1.5)
    l.urc('+CEREG: 1,"1A2B","01A2B3C4",7', dt=6.0)
    l.cmd("AT+CGACT=1,1", rt=1.0)
    l.cmd("AT+CGPADDR=1", resp=('+CGPADDR: 1,"10.60.7.8"',))
    l.ok("cfun-zero", "cf0", "only if the profile forbids CFUN=0 on this module; the manual uses it to set the APN")
    build(l)

    l = Log("tsv_zap_bg77_qisend_3000.log", "fault", "Quectel BG77", "go-zap-json", "tsv",
            "the service declares a 3000-byte AT+QISEND (the module's limit is 1460): ERROR, no prompt", False)
    l.cmd("AT+CMEE=2")
    l.cmd('AT+QIOPEN=1,0,"TCP","203.0.113.5",8080,0,0')
    l.urc("+QIOPEN: 0,0", dt=1.2)
    l.cmd("AT+QISEND=0,3000", final="ERROR", tag="big")
    l.note("error|send failed", tag="big")
    l.cmd("AT+QICLOSE=0")
    l.exp("send-length", "big", "3000 bytes declared; TCP sends are at most 1460 bytes")
    l.ok("command-failed", "big", "the failed send is not split or retried")
    l.ok("verify-after-close", "big", VAC)
    build(l)



# ========================================================================= Particle NCP trace (printer batch 31 had)
def particle():
    l = Log("particle_eg91nax_boot_clean.log", "clean", "Quectel EG91-NAX", "particle-ncp-trace", "none",
            "Device OS brings the EG91 up: AT, echo off, CMEE, SIM, ICCID, APN, CEREG=2 with URCs, operator format", False)
    l.note("ncp.client|INFO: Modem powered on")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+QCCID", resp=("+QCCID: " + ICCID,))
    l.cmd('AT+CGDCONT=1,"IP","particle.example"')
    l.cmd("AT+CEREG=2")
    l.urc('+CEREG: 2,"2B1F","0C1A2B3D",7', dt=2.0)
    l.urc('+CEREG: 1,"2B1F","0C1A2B3D",7', dt=5.0)
    l.cmd("AT+COPS=3,2")
    l.cmd("AT+COPS?", resp=('+COPS: 0,2,"00101",7',))
    l.note("ncp.client|INFO: Registered", dt=0.1)
    build(l)

    l = Log("telegram_particle_sara_r510s_cimi_silent.log", "fault", "u-blox SARA-R510S", "particle-ncp-trace", "telegram",
            "AT+CIMI gets nothing at all; Device OS waits its 10 s and power-cycles the modem", False)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CIMI", final=None, tag="cimi", gap=0.0)
    l.note("ncp.client|ERROR: AT command timeout: AT+CIMI", tag="cimi", dt=10.0)
    l.note("ncp.client|WARN: Resetting the modem", dt=0.2)
    l.exp("response-timeout", "cimi", "AT+CIMI is an immediate command; no answer in 10 s")
    build(l)

    l = Log("slack_particle_eg91nax_upsv_wrong_family.log", "fault", "Quectel EG91-NAX", "particle-ncp-trace", "jira-in-slack",
            "a custom app sends u-blox's AT+UPSV=0 to the Quectel EG91: ERROR", False)
    l.cmd("AT")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+UPSV=0", final="ERROR", tag="upsv")
    l.cmd("AT+CSQ", resp=("+CSQ: 19,99",))
    l.exp("unknown-command", "upsv", "AT+UPSV is a u-blox command; the EG91 does not know it")
    l.ok("command-failed", "upsv", "nothing looks into the ERROR")
    build(l)

    l = Log("outlook_particle_sara_r510s_psm_clean.log", "clean", "u-blox SARA-R510S", "particle-ncp-trace", "outlook",
            "PSM and eDRX configured and read back, signal and extended signal read", False)
    l.cmd("AT+CMEE=2")
    l.cmd('AT+CPSMS=1,,,"00100001","00000011"')
    l.cmd("AT+CPSMS?", resp=('+CPSMS: 1,,,"00100001","00000011"',))
    l.cmd("AT+CEDRXS=0")
    l.cmd("AT+CSQ", resp=("+CSQ: 21,99",))
    l.cmd("AT+CESQ", resp=("+CESQ: 99,99,255,255,20,45",))
    build(l)


# ========================================================================= reference-ril logcat (printer batch 31 had)
def ril():
    l = Log("logcat_ril_me909s_poll_clean.log", "clean", "Huawei ME909s-821", "android-ril-logcat", "none",
            "RIL polls: CSQ, COPS?, ^SYSINFOEX, CREG?; a ^HCSQ URC in between", False)
    l.cmd("AT+CSQ", resp=("+CSQ: 20,99",))
    l.cmd("AT+COPS?", resp=('+COPS: 0,2,"00101",7',))
    l.urc('^HCSQ: "LTE",52,40,150,22', dt=0.2)
    l.cmd("AT^SYSINFOEX", resp=('^SYSINFOEX: 2,3,0,1,,6,"LTE",101,"LTE"',))
    l.cmd("AT+CREG?", resp=("+CREG: 2,1,\"2B1F\",\"0C1A2B3D\",7",))
    build(l)

    l = Log("forum_ril_l610_mipsend_during_xoff.log", "fault", "Fibocom L610", "android-ril-logcat", "forum",
            "a vendor daemon keeps writing AT+MIPSEND after +MIPXOFF: 1 and before +MIPXON: 1", False)
    l.cmd('AT+MIPCALL=1,"iot.example"', rt=0.5)
    l.urc("+MIPCALL: 10.1.2.3", dt=1.2)
    l.cmd('AT+MIPOPEN=1,0,"198.51.100.20",9000,0')
    l.urc("+MIPOPEN: 1,1", dt=0.8)
    l.cmd('AT+MIPSEND=1,"48656C6C6F"', resp=("+MIPSEND: 1,1019",))
    l.urc("+MIPXOFF: 1", dt=0.1)
    l.cmd('AT+MIPSEND=1,"576F726C64"', resp=("+MIPSEND: 1,0",), tag="xoff")
    l.urc("+MIPXON: 1", dt=2.0)
    l.cmd('AT+MIPSEND=1,"21"', resp=("+MIPSEND: 1,1023",))
    l.exp("flow-control", "xoff", "a send between +MIPXOFF and +MIPXON (the module's buffer is full)")
    build(l)

    l = Log("vimnu_ril_n720_sms_pdu_clean.log", "clean", "Neoway N720", "android-ril-logcat", "vimnu",
            "RIL sends one SMS in PDU mode: prompt, PDU with ^Z, +CMGS reference", False)
    l.cmd("AT+CMGF=0")
    l.send("AT+CMGS=19", PDU, None, rt=0.2, gap=0.0)
    l.t += 2.4
    l._add("rx", "+CMGS: 33")
    l._add("rx", "OK", final=True)
    l.txns[-1]["final"] = "OK"
    l.t += 0.3
    l.note("RILJ|[3311]< SEND_SMS {messageRef = 33}")
    build(l)

    l = Log("telegram_ril_slm750_init_clean.log", "clean", "MeiG SLM750", "android-ril-logcat", "telegram",
            "RIL init: ATE0Q0V1, CMEE, CREG/CGREG=2, CNMI, CSQ, radio on with CFUN=1", False)
    l.cmd("ATE0Q0V1")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CREG=2")
    l.cmd("AT+CGREG=2")
    l.cmd("AT+CNMI=1,2,2,1,0")
    l.cmd("AT+CSQ", resp=("+CSQ: 25,99",))
    l.cmd("AT+CFUN=1", rt=0.9)
    l.urc('+CREG: 1,"2B1F","0C1A2B3D",7', dt=3.0)
    build(l)

    l = Log("slack_ril_me909s_ndisdup_storm.log", "fault", "Huawei ME909s-821", "android-ril-logcat", "jira-in-slack",
            "SETUP_DATA_CALL loops: AT^NDISDUP=1,1 answers OK then ^NDISSTAT: 0 (failed), re-sent 12 times with no back-off", False)
    l.cmd("AT+CMEE=2")
    for i in range(12):
        l.cmd('AT^NDISDUP=1,1,"iot.example"', tag="storm", rt=0.2, gap=0.0)
        l.urc('^NDISSTAT: 0,33,,"IPV4"', tag="storm", dt=0.6)
        l.note("RILJ|[%d]< SETUP_DATA_CALL error: GENERIC_FAILURE" % (4100 + i), tag="storm", dt=0.05)
        l.at(0.5)
    l.exp("retry-storm", "storm", "12 consecutive attempts of one data call with no back-off (more than 10)")
    l.ok("command-failed", "storm", "cause 33 (not subscribed) is never looked into")
    build(l)


# ========================================================================= PowerShell SerialPort script (printer batch 31 had)
def pwsh():
    l = Log("forum_pwsh_hl7812_ktcp_no_ind.log", "fault", "Sierra Wireless HL7812", "powershell-serialport", "forum",
            "AT+KTCPCNX=1 answers OK; the +KTCP_IND connect report never comes, the script gives up after 120 s", False)
    l.cmd("AT+CMEE=1")
    l.cmd('AT+KCNXCFG=1,"GPRS","iot.example"')
    l.cmd('AT+KTCPCFG=1,0,"203.0.113.7",443', resp=("+KTCPCFG: 1",))
    l.cmd("AT+KTCPCNX=1", tag="cnx", gap=0.0)
    l.note("waiting for +KTCP_IND ...", dt=0.1)
    l.note("no +KTCP_IND after 120 s, giving up", tag="cnx", dt=120.0)
    l.exp("completion-timeout", "cnx", "the connect's +KTCP_IND (or +KTCP_NOTIF) never arrives in 120 s")
    build(l)

    l = Log("matrix_pwsh_murata1sc_attach_clean.log", "clean", "Murata Type 1SC", "powershell-serialport", "matrix",
            "bench check: APN, CEREG? roaming (5), address and signal read", False)
    l.cmd("AT")
    l.cmd("AT+CMEE=2")
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,5",))
    l.cmd("AT+CGPADDR=1", resp=('+CGPADDR: 1,"10.20.30.40"',))
    l.cmd("AT+CESQ", resp=("+CESQ: 99,99,255,255,18,38",))
    build(l)

    l = Log("mailnested_pwsh_pls62_siso_zero_typo.log", "fault", "Cinterion PLS62-W", "powershell-serialport", "mail-nested",
            "internet service profile set up, then AT^SIS0=1 typed with a zero instead of the letter O: ERROR", False)
    l.cmd("AT+CMEE=2")
    l.cmd('AT^SISS=1,"srvType","Socket"')
    l.cmd('AT^SISS=1,"conId","1"')
    l.cmd('AT^SISS=1,"address","socktcp://198.51.100.40:9000"')
    l.cmd("AT^SIS0=1", final="ERROR", tag="typo")
    l.note("open failed")
    l.exp("unknown-command", "typo", "AT^SIS0 is no command; meant AT^SISO (letter O)")
    l.ok("command-failed", "typo", "the script stops at the ERROR")
    build(l)

    l = Log("vimnu_pwsh_me910c1_ssendext_short.log", "fault", "Telit ME910C1-WW", "powershell-serialport", "vimnu",
            "AT#SSENDEXT=1,16 declares 16 bytes; the script writes 11 ('hello world') and the module waits for the rest", False)
    l.cmd("AT+CMEE=2")
    l.cmd('AT#SD=1,0,9000,"198.51.100.40",0,0,1', rt=1.2)
    l.send("AT#SSENDEXT=1,16", "hello world", None, tag="short", gap=0.0)
    l.note("no OK after 10 s", tag="short", dt=10.0)
    l.exp("send-payload-mismatch", "short", "16 bytes declared, 11 written")
    l.ok("response-timeout", "short", "the send never completes (the module waits for 5 more bytes)")
    build(l)

    l = Log("forum_pwsh_pls62_sms_read_clean.log", "clean", "Cinterion PLS62-W", "powershell-serialport", "forum",
            "after ^SYSSTART: AT, text mode, a +CMTI, the message read and deleted", False)
    l.urc("^SYSSTART")
    l.at(1.0)
    l.cmd("AT")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CMGF=1")
    l.urc('+CMTI: "SM",1', dt=5.0)
    l.cmd("AT+CMGR=1", resp=('+CMGR: "REC UNREAD","+15555550123",,"26/12/07,11:02:44+04"', "reboot 3"))
    l.cmd("AT+CMGD=1")
    build(l)


# ========================================================================= Node-RED console (printer batch 31 had)
def nodered():
    l = Log("zendesk_nodered_sim7080g_caopen_after_deact.log", "fault", "SIMCom SIM7080G", "node-red-console", "zendesk",
            "+APP PDP: 0,DEACTIVE arrives; the flow still opens a TCP socket with AT+CAOPEN: ERROR", False)
    l.cmd("AT+CNACT=0,1")
    l.urc("+APP PDP: 0,ACTIVE", dt=1.0)
    l.cmd("AT+CNACT?", resp=('+CNACT: 0,1,"10.70.1.2"', '+CNACT: 1,0,"0.0.0.0"'))
    l.urc("+APP PDP: 0,DEACTIVE", tag="lost", dt=30.0)
    l.cmd('AT+CAOPEN=0,0,"TCP","192.0.2.50",1883', final="ERROR", tag="open", rt=0.4)
    l.exp("socket-without-ip", ["lost", "open"], "the open comes after the PDP context was reported deactivated")
    l.ok("command-failed", "open", "nothing looks into the ERROR")
    l.ok("error-detail", "open", EDT)
    build(l)

    l = Log("github_nodered_n58_tcp_clean.log", "clean", "Neoway N58", "node-red-console", "gh-in-mail",
            "XIIC dial, TCP setup with its +TCPSETUP report, one send with its +TCPSEND report, close", False)
    l.cmd("AT+XIIC=1")
    l.cmd("AT+XIIC?", resp=("+XIIC:    1,10.1.1.9",))
    l.cmd("AT+TCPSETUP=0,192.0.2.60,5000")
    l.urc("+TCPSETUP: 0,OK", dt=0.9)
    l.send("AT+TCPSEND=0,5", "hello", "OK", post=("+TCPSEND: 0,5",))
    l.cmd("AT+TCPCLOSE=0", tag="close")
    l.urc("+TCPCLOSE: 0,OK", tag="close", dt=0.3)
    l.ok("verify-after-close", "close", VAC)
    build(l)

    l = Log("telegram_nodered_n58_tcpsend_no_report_wait.log", "fault", "Neoway N58", "node-red-console", "telegram",
            "two sends on socket 0: the second AT+TCPSEND goes out before the first one's +TCPSEND report", False)
    l.cmd("AT+XIIC?", resp=("+XIIC:    1,10.1.1.9",))
    l.cmd("AT+TCPSETUP=0,192.0.2.60,5000")
    l.urc("+TCPSETUP: 0,OK", dt=0.9)
    l.send("AT+TCPSEND=0,5", "temp1", "OK", gap=0.02)
    l.send("AT+TCPSEND=0,5", "temp2", "OK", tag="second", gap=0.0)
    l.urc("+TCPSEND: 0,5", dt=0.5)
    l.urc("+TCPSEND: 0,5", dt=0.2)
    l.exp("send-report-wait", "second", "the second send is issued before the first send's +TCPSEND report")
    build(l)

    l = Log("htmlpre_nodered_slm320_cgact_give_up.log", "fault", "MeiG SLM320", "node-red-console", "html-pre",
            "AT+CGACT=1,1 answers +CME ERROR: 148 once; the flow marks the link 'offline' and never tries again", False)
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("AT+CGACT=1,1", final="+CME ERROR: 148", tag="act", rt=2.0)
    l.note("status: offline (data call failed)", tag="act")
    l.exp("retry-too-few", "act", "one failed activation (unspecified GPRS error) and the flow gives up")
    l.ok("command-failed", "act", "the failure is not looked into")
    build(l)


# ========================================================================= nRF Connect SDK 'at' shell (printer batch 31 had)
def shell():
    l = Log("ncs_shell_nrf9151_monitor_clean.log", "clean", "Nordic nRF9151", "ncs-at-shell", "none",
            "a bench session: CFUN=1, CEREG=5 and its read, %XMONITOR, the PDP contexts", False)
    l.cmd("AT+CFUN=1")
    l.cmd("AT+CEREG=5")
    l.cmd("AT+CEREG?", resp=('+CEREG: 5,1,"2B1F","0C1A2B3D",7,,,"11100000","11100000"',), gap=2.0)
    l.cmd("AT%XMONITOR", resp=('%XMONITOR: 1,"","","00101","2B1F",7,20,"0C1A2B3D",7,6300,63,40,"","11100000","11100000"',))
    l.cmd("AT+CGDCONT?", resp=('+CGDCONT: 0,"IP","iot.example","10.80.1.5",0,0',))
    build(l)

    l = Log("gh_ncs_shell_nrf9151_xsystemode_typo.log", "fault", "Nordic nRF9151", "ncs-at-shell", "gh-in-mail",
            "AT%XSYSTEMODE=1,0,1,0 (an M missing) answers ERROR; the user then types it correctly", False)
    l.cmd("AT+CFUN=4")
    l.cmd("AT%XSYSTEMODE=1,0,1,0", final="ERROR", tag="typo")
    l.cmd("AT%XSYSTEMMODE=1,0,1,0")
    l.cmd("AT+CFUN=1")
    l.exp("unknown-command", "typo", "%XSYSTEMODE is no command; meant %XSYSTEMMODE")
    l.ok("error-detail", "typo", EDT)
    build(l)

    l = Log("rst_ncs_shell_nrf9160_no_sim.log", "fault", "Nordic nRF9160", "ncs-at-shell", "rst",
            "CMEE on, CFUN=1, AT+CPIN? answers +CME ERROR: 10 (SIM not inserted), the user reads the ICCID: error too", False)
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CFUN=1")
    l.cmd("AT+CPIN?", final="+CME ERROR: 10", tag="cpin")
    l.cmd("AT%XICCID", final="ERROR", tag="iccid")
    l.exp("sim-fault", "cpin", "+CME ERROR: 10 = SIM not inserted")
    l.ok("command-failed", "iccid", "a follow-up failure of the same cause")
    build(l)

    l = Log("numbered_ncs_shell_nrf9151_ltem_nbiot_clean.log", "clean", "Nordic nRF9151", "ncs-at-shell", "vimnu",
            "radio off, system mode LTE-M and NB-IoT with LTE-M preferred, radio on, registration read", False)
    l.cmd("AT+CFUN=4")
    l.cmd("AT%XSYSTEMMODE=1,1,0,1")
    l.cmd("AT%XSYSTEMMODE?", resp=("%XSYSTEMMODE: 1,1,0,1",))
    l.cmd("AT+CFUN=1")
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,2",), gap=4.0)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    build(l)


SCEN = [kannel, esphome, elixir, zap, particle, ril, pwsh, nodered, shell]


# ------------------------------------------------------------------------- main / self-check (after batch 31's)
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
        low = text.lower()
        for t in l.txns:
            c = t["command"].lower()
            if c not in low and json.dumps(c)[1:-1] not in low:
                problems.append("%s: labelled command %r not in the log" % (l.name, t["command"]))
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
        if l.kind == "fault" and not ent["expect"]:
            problems.append("%s: fault without expect" % l.name)
        if l.kind == "fault" and len(ent["expect"]) != 1:
            problems.append("%s: a fault log has one expected finding" % l.name)
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
    for fn, obj in (("verdicts.json", verdicts), ("labels.json", labels)):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=1, sort_keys=True)
            f.write("\n")
    md = ["# holdout34 per log", "",
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
    summary = "%d logs (%s); %d expected, %d acceptable, %d labelled transactions (%d with final null)" % (
        len(ALL), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), ne, na, nt, nn)
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
