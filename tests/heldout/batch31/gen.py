#!/usr/bin/env python3
"""Write holdout31: logs/, labels.json, verdicts.json, per_log.md, deterministically.

Each log is one timed session of events (tx = host command, rx = module line, pay = payload after a prompt,
note = a line the library/app/person wrote). One renderer per printer turns events into lines (one list per
event); a wrapper maps each body line to one line and adds lines around it. Transaction labels come from the
helpers that emit the events; verdict entries point at tags, so every range is computed from the rendered file.
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

    def cmd(self, c, resp=(), final="OK", tag=None, rt=0.12, gap=0.3, label=True, mid=()):
        self._add("tx", c, tag)
        self.t += rt
        for r in resp:
            self._add("rx", r, tag)
            self.t += 0.01
        for r in mid:   # unsolicited lines between the response and the final
            self._add("rx", r, None, urc=True)
            self.t += 0.01
        if final is not None:
            self._add("rx", final, tag, final=True)
        if label:
            self.txns.append({"command": c, "final": final})
        self.t += gap

    def send(self, c, payload, final, prompt=">", tag=None, rt=0.1, gap=0.3, post=(), early=False):
        self._add("tx", c, tag)
        if early:   # host writes the payload at once, without waiting for the prompt
            self.t += 0.005
            self._add("pay", payload, tag)
            self.t += rt
            if final is not None:
                self._add("rx", final, tag, final=True)
            self.txns.append({"command": c, "final": final})
            self.t += gap
            return
        self.t += rt
        if prompt is not None:
            self._add("rx", prompt, tag, prompt=True)
        self.t += 0.05
        if payload is not None:
            self._add("pay", payload, tag)
        self.t += rt
        if final is not None:
            self._add("rx", final, tag, final=True)
        for r in post:
            self.t += 0.2
            self._add("rx", r, tag, urc=True)
        self.txns.append({"command": c, "final": final})
        self.t += gap

    def exp(self, rule, tags, why):
        self.expect.append((rule, tags if isinstance(tags, list) else [tags], why))

    def ok(self, rule, tags, why):
        self.accept.append((rule, tags if isinstance(tags, list) else [tags], why))


# ---------------------------------------------------------------------------------- time helpers
def hms(t, base):
    t = base + t
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return int(h) % 24, int(m), s


def zts(t, boot=3.0):
    t = boot + t
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    ms = int(round((s - int(s)) * 1000))
    return "[%02d:%02d:%02d.%03d,%03d]" % (h, m, int(s), ms, 0)


# ---------------------------------------------------------------------------------- renderers
def zchat_arg(line):
    """modem_chat joins a matched response's argv with spaces (match prefix keeps its own space)."""
    m = re.match(r'^(\+[A-Z#%]+: )(.*)$', line)
    if not m:
        return None
    args = m.group(2).split(",")
    return m.group(1) + " " + " ".join(args)


def r_zchat(log, script="quectel_bg9x_init_chat_script", drv="modem_cellular"):
    """Zephyr modem_chat (CONFIG_MODEM_MODULES_LOG_LEVEL_DBG): verified format strings."""
    out, step, cur = [], 0, script
    for e in log.ev:
        ts = zts(e["t"])
        if e["k"] == "note" and e["s"].startswith("running script: "):
            step, cur = 0, e["s"][len("running script: "):]
        if e["k"] == "tx":
            out.append(["%s <dbg> modem_chat: modem_chat_script_next: %s: step: %u" % (ts, cur, step),
                        "%s <dbg> modem_chat: modem_chat_script_next: sending: %s" % (ts, e["s"])])
            step += 1
        elif e["k"] == "rx":
            s = e["s"]
            j = zchat_arg(s)
            if e.get("urc") and j is not None and not s.startswith(("+CREG", "+CEREG", "+CGREG")):
                out.append(["%s <dbg> modem_chat: modem_chat_on_unknown_command_received: %s" % (ts, s)])
            elif s in ("OK", "ERROR", "CONNECT", "NO CARRIER"):
                out.append(["%s <dbg> modem_chat: modem_chat_log_received_command: %s" % (ts, s)])
            elif j is not None and not s.startswith("+CME") and not s.startswith("+CMS"):
                out.append(["%s <dbg> modem_chat: modem_chat_log_received_command: %s" % (ts, j)])
            elif e.get("urc") or s.startswith("+CME") or s.startswith("+CMS"):
                out.append(["%s <dbg> modem_chat: modem_chat_on_unknown_command_received: %s" % (ts, s)])
            else:   # catch-all match: argv "" + line
                out.append(["%s <dbg> modem_chat: modem_chat_log_received_command:  %s" % (ts, s)])
        elif e["k"] == "note":
            s = e["s"]
            if s.startswith("<"):
                out.append(["%s %s" % (ts, s)])
            elif s.startswith("running script"):
                out.append(["%s <dbg> modem_chat: modem_chat_script_start: %s" % (ts, s)])
            else:
                out.append(["%s <dbg> modem_chat: modem_chat_script_stop: %s" % (ts, s)])
        else:
            out.append([])
    return out


def r_particle(log, start_ms=14000):
    """Particle Device OS (Boron/B SoM) trace: '%010u [ncp.at] TRACE: > cmd' / '< line'."""
    out = []
    for e in log.ev:
        ms = start_ms + int(e["t"] * 1000)
        if e["k"] == "tx":
            out.append(["%010d [ncp.at] TRACE: > %s" % (ms, e["s"])])
        elif e["k"] == "rx":
            out.append(["%010d [ncp.at] TRACE: < %s" % (ms, e["s"])])
        elif e["k"] == "pay":
            out.append(["%010d [ncp.at] TRACE: > %s" % (ms, e["s"])])
        else:
            cat, _, msg = e["s"].partition("|")
            out.append(["%010d [%s] %s" % (ms, cat, msg)])
    return out


def r_ril(log, base=10 * 3600 + 4 * 60, pid=1187, tid=1203, day="12-07"):
    """Android logcat -v threadtime of reference-ril's atchannel.c: RLOGD("AT> %s"), RLOGD("AT< %s")."""
    out = []
    for e in log.ev:
        h, m, s = hms(e["t"], base)
        st = "%s %02d:%02d:%06.3f  %d  %d D AT      : " % (day, h, m, s, pid, tid)
        if e["k"] == "tx":
            out.append([st + "AT> " + e["s"]])
        elif e["k"] == "rx":
            out.append([st + "AT< " + e["s"]])
        elif e["k"] == "pay":
            out.append([st + "AT> " + e["s"] + "^Z"])
        else:
            tag, _, msg = e["s"].partition("|")
            if tag == "RILJ":   # the Java side runs in the phone process
                out.append(["%s %02d:%02d:%06.3f  %d  %d D %-8s: %s" % (day, h, m, s, 1642, 1642, tag, msg)])
            else:
                out.append(["%s %02d:%02d:%06.3f  %d  %d I %-8s: %s" % (day, h, m, s, pid, tid, tag, msg)])
    return out


def r_pwsh(log, base=13 * 3600 + 20 * 60):
    """A PowerShell System.IO.Ports.SerialPort script: Write-Host ('[{0:HH:mm:ss.fff}] >> {1}')."""
    out = []
    for e in log.ev:
        h, m, s = hms(e["t"], base)
        st = "[%02d:%02d:%06.3f] " % (h, m, s)
        if e["k"] == "tx":
            out.append([st + ">> " + e["s"]])
        elif e["k"] == "rx":
            out.append([st + "<< " + e["s"]])
        elif e["k"] == "pay":
            out.append([st + ">> " + e["s"]])
        else:
            out.append([st + "-- " + e["s"]])
    return out


def r_nodered(log, base=8 * 3600 + 31 * 60):
    """Node-RED console log of debug nodes 'modem tx'/'modem rx' set to 'system console'."""
    out = []
    for e in log.ev:
        h, m, s = hms(e["t"], base)
        st = "7 Dec %02d:%02d:%02d - [info] " % (h, m, int(s))
        if e["k"] in ("tx", "pay"):
            out.append([st + "[debug:modem tx] " + e["s"]])
        elif e["k"] == "rx":
            out.append([st + "[debug:modem rx] " + e["s"]])
        else:
            out.append([st + "[function:flow] " + e["s"]])
    return out


def r_zshell(log):
    """nRF Connect SDK 'at' shell command: the user types 'at <cmd>', the shell prints the answer."""
    out = []
    for e in log.ev:
        if e["k"] == "tx":
            out.append(["uart:~$ at " + e["s"]])
        elif e["k"] in ("rx", "pay"):
            out.append([e["s"]])
        else:
            out.append([e["s"]])
    return out


def r_luatos(log, base=16 * 3600 + 2 * 60):
    """LuatOS user script on an Air780-class board: log.info("modem", "send", cmd) / ("recv", line)."""
    out = []
    for e in log.ev:
        h, m, s = hms(e["t"], base)
        st = "[2026-12-07 %02d:%02d:%06.3f][%012.3f] I/user.modem " % (h, m, s, 5.0 + e["t"])
        if e["k"] == "tx":
            out.append([st + "send " + e["s"]])
        elif e["k"] == "rx":
            out.append([st + "recv " + e["s"]])
        elif e["k"] == "pay":
            out.append([st + "data " + e["s"]])
        else:
            out.append([st + e["s"]])
    return out


def r_chanq(log, base=11 * 3600 + 45 * 60):
    """Asterisk full log with chan_quectel at debug: '[quectel0] [AT+CSQ]' write / 'RX [line]'."""
    out = []
    for e in log.ev:
        h, m, s = hms(e["t"], base)
        st = "[Dec  7 %02d:%02d:%02d] DEBUG[2417] " % (h, m, int(s))
        if e["k"] == "tx":
            out.append([st + "at_queue.c: [quectel0] write [%s]" % e["s"]])
        elif e["k"] == "rx":
            out.append([st + "at_read.c: [quectel0] receive [%s]" % e["s"]])
        elif e["k"] == "pay":
            out.append([st + "at_queue.c: [quectel0] write [%s]" % e["s"]])
        else:
            out.append(["[Dec  7 %02d:%02d:%02d] NOTICE[2417] chan_quectel.c: [quectel0] %s" % (h, m, int(s), e["s"])])
    return out


RENDER = {"zephyr-modem-chat": r_zchat, "particle-ncp-trace": r_particle, "android-ril-logcat": r_ril,
          "powershell-serialport": r_pwsh, "node-red-console": r_nodered, "ncs-at-shell": r_zshell,
          "luatos-log": r_luatos, "asterisk-chan-quectel": r_chanq}


# ---------------------------------------------------------------------------------- wrappers
def wrap(lines, w, name):
    """returns (before, body, after); body is one line per input line."""
    if w == "none":
        return [], lines, []
    if w == "jira":
        return ["h3. Modem log from unit 17", "Attached the serial log, see below.", "{code:none}"], lines, ["{code}", "Any idea?"]
    if w == "slack":
        return ["Ana Lee  10:42 AM", "here is what the device printed:"], ["> " + l if l else ">" for l in lines], ["(edited)"]
    if w == "github":
        return ["### Describe the bug", "", "The modem does not come up. Log:", "", "```"], lines, ["```", "", "### Environment", "- board rev C"]
    if w == "mail":
        return ["---------- Forwarded message ---------", "From: field-ops <ops@example.com>", "Date: Mon, 7 Dec 2026 09:14",
                "Subject: unit 42 modem log", "", "Log below:", ""], ["> " + l if l else ">" for l in lines], ["", "Regards"]
    if w == "numbered":
        return ["Log (line numbers from the viewer):"], ["%4d  %s" % (i + 1, l) for i, l in enumerate(lines)], []
    if w == "kubectl":
        return [], ["[pod/gw-agent-7c9f/modem] " + l for l in lines], []
    if w == "journal":
        return [], ["Dec 07 10:04:%02d gw01 modemd[811]: %s" % (i % 60, l) for i, l in enumerate(lines)], []
    if w == "teams":
        return ["[10:42] Ben Ortiz", "log from the bench:"], lines, ["[10:43] Ben Ortiz", "that's all it printed"]
    if w == "confluence":
        return ["Troubleshooting notes: LTE attach", "Expand source"], lines, ["Attachments (1)"]
    if w == "mdtable":
        return ["| # | line |", "|---|---|"], ["| %d | %s |" % (i + 1, l.replace("|", "\\|")) for i, l in enumerate(lines)], []
    if w == "docker":
        return [], ["modem-bridge  | " + l for l in lines], []
    raise SystemExit("unknown wrapper " + w)


def build(log, **kw):
    per = RENDER[log.printer](log, **kw)
    lines, rng = [], []
    for chunk in per:
        a = len(lines) + 1
        lines.extend(chunk)
        rng.append((a, len(lines)))
    before, body, after = wrap(lines, log.wrapper, log.name)
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


# ---------------------------------------------------------------------------------- common pieces
CC = "89001012345678901234"
IMSI = "001010123456789"
VAC = "no query after the close; true advice"
EDT = "ERROR while verbose errors are off; AT+CMEE=2 and a repeat is true advice"


def q_boot(l, cmee=True, rdy=True):
    if rdy:
        l.urc("RDY")
        l.at(1.5)
    l.cmd("AT")
    l.cmd("ATE0", resp=(), final="OK")
    if cmee:
        l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))


def q_reg(l, polls=2):
    for i in range(polls):
        l.cmd("AT+CEREG?", resp=("+CEREG: 0,2",), gap=2.0)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))


def q_pdp(l, ip="10.64.12.7"):
    l.cmd('AT+QICSGP=1,1,"iot.example","","",1')
    l.cmd("AT+QIACT=1", rt=1.8)
    l.cmd("AT+QIACT?", resp=('+QIACT: 1,1,1,"%s"' % ip,))


# ---------------------------------------------------------------------------------- Zephyr modem_cellular
def zephyr():
    # Z1 fault: BG95-M6 SIM not inserted, init script re-run
    l = Log("zephyr_bg95m6_init_cpin_cme10.log", "fault", "Quectel BG95-M6", "zephyr-modem-chat", "github",
            "modem_cellular init script on BG95-M6: AT+CPIN? answers +CME ERROR: 10 (SIM not inserted), script re-run once", True)
    l.note("<inf> modem_cellular: modem_cellular_event_handler: power on")
    l.note("running script: quectel_bg95_init_chat_script")
    l.cmd("ATE0")
    l.cmd("AT+CFUN=4")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CPIN?", final="+CME ERROR: 10", tag="cpin1")
    l.at(10.0)
    l.note("<wrn> modem_chat: quectel_bg95_init_chat_script: timed out")
    l.note("running script: quectel_bg95_init_chat_script", dt=2.0)
    l.cmd("ATE0")
    l.cmd("AT+CFUN=4")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CPIN?", final="+CME ERROR: 10", tag="cpin2")
    l.at(10.0)
    l.note("<wrn> modem_chat: quectel_bg95_init_chat_script: timed out")
    l.exp("sim-fault", ["cpin1", "cpin2"], "+CME ERROR: 10 = SIM not inserted; the module reports its SIM unusable")
    l.ok("command-failed", ["cpin1", "cpin2"], "the failed CPIN? is only retried by the whole script")
    build(l, script="quectel_bg95_init_chat_script")

    # Z2 fault: SARA-R52 CGDCONT never answered inside the script
    l = Log("zephyr_sara_r52_cgdcont_no_answer.log", "fault", "u-blox SARA-R520", "zephyr-modem-chat", "none",
            "modem_cellular on SARA-R52: AT+CGDCONT gets no answer; the script times out after 10 s and the driver restarts", True)
    l.note("running script: u_blox_sara_r5_init_chat_script")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CGSN", resp=("352656100000017",))
    l.cmd("AT+CIMI", resp=(IMSI,))
    l.cmd('AT+CGDCONT=1,"IP","iot.example"', final=None, tag="cgd")
    l.at(10.0)
    l.note("<wrn> modem_chat: u_blox_sara_r5_init_chat_script: timed out", tag="to")
    l.note("<inf> modem_cellular: modem_cellular_event_handler: restarting", dt=0.2)
    l.exp("response-timeout", ["cgd", "to"], "AT+CGDCONT is a 1 s command; no final in 10 s")
    build(l, script="u_blox_sara_r5_init_chat_script")

    # Z3 fault: ME310G1 custom script with a typo
    l = Log("zephyr_me310g1_custom_script_typo.log", "fault", "Telit ME310G1-WW", "zephyr-modem-chat", "jira",
            "a board's own init script on ME310G1 has AT+CERGE=2 (meant AT+CEREG=2): ERROR aborts the script", True)
    l.note("running script: app_me310_init_chat_script")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CERGE=2", final="ERROR", tag="typo")
    l.note("<wrn> modem_chat: app_me310_init_chat_script: aborted", tag="ab")
    l.exp("unknown-command", "typo", "AT+CERGE is no command; meant AT+CEREG")
    l.ok("error-detail", "typo", EDT)
    l.ok("command-failed", ["typo", "ab"], "the script aborts; nothing looks into the ERROR")
    build(l, script="app_me310_init_chat_script")

    # Z4 fault: EG800Q dial before registration
    l = Log("zephyr_eg800q_dial_before_reg.log", "fault", "Quectel EG800Q-EU", "zephyr-modem-chat", "mail",
            "a custom dial script runs ATD*99***1# right after AT+CFUN=1, before the SIM or registration is seen", True)
    l.note("running script: app_eg800q_dial_chat_script")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CFUN=1", rt=0.4)
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("ATD*99***1#", final="NO CARRIER", tag="dial", rt=2.0)
    l.note("<wrn> modem_chat: app_eg800q_dial_chat_script: aborted")
    l.urc("+CPIN: READY", dt=1.0)
    l.urc("+CEREG: 2", dt=3.0)
    l.urc('+CEREG: 1,"1A2B","01A2D301",7', dt=4.0)
    l.exp("attach-preconditions", "dial", "the data call starts before SIM ready and registration were seen")
    l.ok("command-failed", "dial", "NO CARRIER is not looked into")
    build(l, script="app_eg800q_dial_chat_script")

    # Z5 clean: BG95-M6 full init + dial with registration URCs, CSQ periodic
    l = Log("zephyr_bg95m6_init_dial_ok.log", "clean", "Quectel BG95-M6", "zephyr-modem-chat", "none",
            "modem_cellular's init, registration URCs and dial on BG95-M6; the +CEREG lines are split by modem_chat's argv join", True)
    l.note("running script: quectel_bg95_init_chat_script")
    l.cmd("ATE0")
    l.cmd("AT+CFUN=4")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CREG=1")
    l.cmd("AT+CEREG=1")
    l.cmd("AT+CGSN", resp=("869000011122233",))
    l.cmd("AT+CGMM", resp=("BG95-M6",))
    l.cmd("AT+CGMI", resp=("Quectel",))
    l.cmd("AT+CIMI", resp=(IMSI,))
    l.cmd("AT+CMUX=0,0,5,127")
    l.note("quectel_bg95_init_chat_script: complete")
    l.note("running script: modem_cellular_periodic_chat_script", dt=1)
    l.cmd("AT+CFUN=1", rt=0.5)
    l.urc("+CEREG: 2", dt=2.0)
    l.urc("+CEREG: 1", dt=6.0)
    l.cmd("AT+CSQ", resp=("+CSQ: 21,99",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 1,1",))
    l.note("running script: quectel_bg95_dial_chat_script", dt=0.5)
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("ATD*99***1#", final="CONNECT", rt=0.8, tag="dial")
    l.note("quectel_bg95_dial_chat_script: complete")
    l.ok("attach-preconditions", "dial", "no AT+CPIN? in this driver's script; the IMSI read and +CEREG: 1 show the SIM works, but a strict reading may warn")
    build(l, script="quectel_bg95_init_chat_script")

    # Z6 clean: nRF9151 through modem_cellular (SLM) with CFUN=0 config window
    l = Log("zephyr_nrf9151_slm_cfun0_config.log", "clean", "Nordic nRF9151 (SLM 2.x)", "zephyr-modem-chat", "github",
            "modem_cellular on an nRF9151 SLM: AT+CFUN=0 to write system mode and PDN is the vendor's normal way", True)
    l.note("running script: nordic_nrf91_slm_init_chat_script")
    l.cmd("AT")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CFUN=0", tag="cf0", rt=0.3)
    l.cmd("AT%XSYSTEMMODE=1,1,0,0")
    l.cmd('AT+CGDCONT=0,"IP","iot.example"')
    l.cmd("AT+CFUN=1", rt=0.3)
    l.cmd("AT+CGSN", resp=("351516170000451",))
    l.cmd("AT+CIMI", resp=(IMSI,))
    l.urc("+CEREG: 2,\"0A1B\",\"0301C4D5\",7", dt=1.0)
    l.urc("+CEREG: 5,\"0A1B\",\"0301C4D5\",7", dt=5.0)
    l.cmd("AT#XPPP=1", rt=0.4, tag="ppp")
    l.ok("attach-preconditions", "ppp", "no AT+CPIN? in the script; registration and IMSI are seen, a strict reading may warn")
    l.urc("#XPPP: 1,0,0", dt=0.6)
    l.note("nordic_nrf91_slm_init_chat_script: complete")
    build(l, script="nordic_nrf91_slm_init_chat_script")

    # Z7 clean: SARA-R52 long operator scan inside a manual script
    l = Log("zephyr_sara_r52_cops_scan_long.log", "clean", "u-blox SARA-R520", "zephyr-modem-chat", "teams",
            "AT+COPS=? takes 95 s on SARA-R52 (limit 180 s); the script's timeout was raised to 200 s", True)
    l.note("running script: app_scan_chat_script")
    l.cmd("AT")
    l.cmd("AT+CFUN?", resp=("+CFUN: 1",))
    l.cmd("AT+COPS=?", resp=('+COPS: (2,"TEST NET","TESTNET","00101",7),(1,"LAB 2","LAB2","00102",7),,(0,1,2,3,4),(0,1,2)',), rt=95.0)
    l.cmd("AT+COPS?", resp=('+COPS: 0,0,"TEST NET",7',))
    l.note("app_scan_chat_script: complete")
    build(l, script="app_scan_chat_script")


# ---------------------------------------------------------------------------------- Particle Device OS
def particle():
    # P1 clean: B404X (SARA-R510S) boot probes, then registration
    l = Log("particle_b404x_boot_probe_register.log", "clean", "u-blox SARA-R510S (Particle B404X)", "particle-ncp-trace", "none",
            "Device OS probes with AT once a second while the modem boots (no answer is normal), then registers", False)
    l.note("hal|TRACE: Modem powered on")
    for i in range(3):
        l.cmd("AT", final=None, tag="probe", rt=1.0, gap=0.0)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CGMM", resp=("SARA-R510S",))
    l.cmd("AT+CCID", resp=("+CCID: " + CC,))
    l.cmd("AT+UMNOPROF?", resp=("+UMNOPROF: 100",))
    l.cmd("AT+CFUN=1", rt=0.3)
    l.cmd("AT+CEREG=2")
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.urc('+CEREG: 2,"4E21","0A3B7C01",7', dt=3.0)
    l.urc('+CEREG: 5,"4E21","0A3B7C01",7', dt=9.0)
    l.cmd("AT+COPS?", resp=('+COPS: 0,2,"00101",7',))
    l.note("system.nm|INFO: State changed: IFACE_REQUEST_UP -> IFACE_UP")
    l.ok("response-timeout", "probe", "unanswered AT probes while the module boots; a modem engineer reads them as probes")
    build(l)

    # P2 fault: SIM failure, verbose
    l = Log("particle_b404x_sim_failure.log", "fault", "u-blox SARA-R510S (Particle B404X)", "particle-ncp-trace", "slack",
            "AT+CCID answers +CME ERROR: SIM failure; Device OS keeps polling CPIN", False)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CCID", final="+CME ERROR: SIM failure", tag="sim")
    l.note("ncp.client|ERROR: Failed to read ICCID")
    l.cmd("AT+CPIN?", final="+CME ERROR: SIM failure", tag="sim2", gap=5.0)
    l.cmd("AT+CPIN?", final="+CME ERROR: SIM failure", tag="sim2", gap=5.0)
    l.note("ncp.client|ERROR: SIM card not detected")
    l.exp("sim-fault", ["sim", "sim2"], "the module says its SIM is unusable (SIM failure)")
    build(l)

    # P3 fault: COPS=0 storm on M404 (BG95-M5)
    l = Log("particle_m404_cops_storm.log", "fault", "Quectel BG95-M5 (Particle M404)", "particle-ncp-trace", "github",
            "AT+COPS=0 refused 13 times in a row, 1 s apart, no back-off, nothing else tried", False)
    l.cmd("AT")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd('AT+QCFG="iotopmode",2,1')
    for i in range(13):
        l.cmd("AT+COPS=0", final="+CME ERROR: 30", tag="storm", rt=0.2, gap=0.8)
    l.note("ncp.client|ERROR: Failed to select network")
    l.exp("retry-storm", "storm", "13 consecutive AT+COPS=0 attempts (max 10)")
    l.ok("command-failed", "storm", "nothing but the same command after the failure")
    build(l)

    # P4 clean: M404 CEREG polling while searching (waiting, not a storm)
    l = Log("particle_m404_cereg_poll_search.log", "clean", "Quectel BG95-M5 (Particle M404)", "particle-ncp-trace", "kubectl",
            "Device OS polls AT+CEREG? every 5 s for 14 polls while the network is searched; then registered", False)
    l.cmd("AT")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("AT+CFUN=1", rt=0.4)
    for i in range(14):
        l.cmd("AT+CEREG?", resp=("+CEREG: 2,2",), gap=5.0)
    l.cmd("AT+CEREG?", resp=('+CEREG: 2,1,"1A2B","01A2D301",9',))
    l.cmd('AT+QCSQ', resp=('+QCSQ: "eMTC",-95,-118,72,-13',))
    build(l)

    # P5 clean: PSM wake-up on B404X
    l = Log("particle_b404x_psm_wake.log", "clean", "u-blox SARA-R510S (Particle B404X)", "particle-ncp-trace", "numbered",
            "PSM granted; after a 3 h sleep the modem wakes (+UUPSMR), the host probes and resumes", False)
    l.cmd('AT+CPSMS=1,,,"00100001","00000011"')
    l.cmd("AT+UPSV=4")
    l.cmd("AT+CEREG?", resp=('+CEREG: 4,1,"4E21","0A3B7C01",7,,,"00000011","00100001"',))
    l.urc("+UUPSMR: 1", dt=30.0)
    l.note("system|INFO: Sleeping", dt=0.2)
    l.at(10800.0)
    l.urc("+UUPSMR: 0")
    l.cmd("AT")
    l.cmd("AT+CEREG?", resp=('+CEREG: 4,1,"4E21","0A3B7C01",7,,,"00000011","00100001"',))
    l.cmd("AT+CSQ", resp=("+CSQ: 17,99",))
    build(l)


# ---------------------------------------------------------------------------------- Android RIL
def pdu_hex(n):
    base = "0011000B915155555500F20000AA" + "".join("%02X" % ((i * 37 + 11) & 0xFF) for i in range(64))
    return base[: 2 * (n + 1)]


def ril():
    # R1 clean: EC200A SMS send with prompt, URC in the middle
    l = Log("ril_ec200a_sms_send_urc_between.log", "clean", "Quectel EC200A-EU", "android-ril-logcat", "none",
            "reference-ril on EC200A: SMS via AT+CMGS with the '> ' prompt and PDU + Ctrl-Z; a +CEREG URC lands between a query and its OK", True)
    l.note("RILJ|[0041]> SEND_SMS")
    l.cmd("AT+CSQ", resp=("+CSQ: 19,99",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 2,1,\"2B3C\",\"0B1C2D01\",7",), mid=("+CEREG: 1,\"2B3C\",\"0B1C2D02\",7",))
    l.send("AT+CMGS=23", pdu_hex(23), "OK", prompt="> ", post=(), rt=0.2)
    l.txns[-1]["final"] = "OK"
    l.ev.insert(len(l.ev) - 1, {"k": "rx", "s": "+CMGS: 42", "t": l.t - 0.31})
    l.note("RILJ|[0041]< SEND_SMS {42, null, 0}")
    l.cmd("AT+CMGF?", resp=("+CMGF: 0",))
    build(l)

    # R2 clean: EC200A airplane mode CFUN=0 on a Quectel
    l = Log("ril_ec200a_airplane_cfun0.log", "clean", "Quectel EC200A-EU", "android-ril-logcat", "docker",
            "airplane mode: RIL sends AT+CFUN=0 then AT+CFUN=1 on a Quectel (minimum functionality, module stays up)", True)
    l.note("RILJ|[0107]> RADIO_POWER off")
    l.cmd("AT+CFUN=0", tag="cf0", rt=1.2)
    l.urc("+CEREG: 0", dt=0.1)
    l.cmd("AT+CFUN?", resp=("+CFUN: 0",))
    l.note("RILJ|[0108]> RADIO_POWER on", dt=40.0)
    l.cmd("AT+CFUN=1", rt=1.0)
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.urc("+CEREG: 2", dt=2.0)
    l.urc("+CEREG: 1", dt=4.0)
    l.cmd("AT+COPS?", resp=('+COPS: 0,2,"00101",7',))
    build(l)

    # R3 fault: Fibocom FG621 airplane mode CFUN=0 -> module gone
    l = Log("ril_fg621_airplane_cfun0_gone.log", "fault", "Fibocom FG621-EAU", "android-ril-logcat", "github",
            "RIL's radio-off sends AT+CFUN=0 to a Fibocom FG621; afterwards no command is answered", True)
    l.note("RILJ|[0210]> RADIO_POWER off")
    l.cmd("AT+CFUN=0", tag="cf0", rt=1.5)
    l.note("RILJ|[0211]> RADIO_POWER on", dt=25.0)
    l.cmd("AT+CFUN=1", final=None, tag="nf", rt=0.0, gap=30.0)
    l.note("RIL|AT channel timeout; closing", tag="nf")
    l.cmd("AT", final=None, tag="nf2", gap=5.0)
    l.note("RIL|AT channel timeout; closing")
    l.exp("cfun-zero", "cf0", "Fibocom's guide: AT+CFUN=0 may power the module down; the module is gone after it")
    l.ok("response-timeout", ["nf", "nf2"], "AT+CFUN=1 and AT get no answer (the module is off)")
    build(l)

    # R4 clean: SLM320 (MeiG) data call setup with URC traffic
    l = Log("ril_slm320_setup_data_call.log", "clean", "MeiG SLM320", "android-ril-logcat", "journal",
            "SETUP_DATA_CALL on a MeiG SLM320: CGDCONT, CGACT, CGPADDR; SIM and registration seen first", True)
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 2,1,\"3C4D\",\"0C1D2E01\",7",))
    l.note("RILJ|[0052]> SETUP_DATA_CALL")
    l.cmd('AT+CGDCONT=1,"IPV4V6","internet.example"')
    l.cmd("AT+CGACT=1,1", rt=1.4)
    l.cmd("AT+CGPADDR=1", resp=('+CGPADDR: 1,"10.71.3.22"',))
    l.note("RILJ|[0052]< SETUP_DATA_CALL DataCallResponse{cid=1 ...}")
    l.cmd("AT+CSQ", resp=("+CSQ: 24,99",))
    build(l)

    # R5 clean: reference-ril handshake, SIM PIN entered, then READY (a PIN request is no SIM fault)
    l = Log("ril_ec200a_handshake_sim_pin.log", "clean", "Quectel EC200A-EU", "android-ril-logcat", "none",
            "reference-ril's ATE0Q0V1 handshake; +CPIN: SIM PIN; the framework supplies the PIN; +CPIN: READY and SMS ready URCs", True)
    l.cmd("ATE0Q0V1")
    l.cmd("ATE0Q0V1")
    l.cmd("ATS0=0")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CEREG=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: SIM PIN",))
    l.note("RILJ|[0012]> ENTER_SIM_PIN", dt=2.0)
    l.cmd('AT+CPIN="1234"', rt=0.4)
    l.urc("+CPIN: READY", dt=0.6)
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.urc("+QIND: SMS DONE", dt=1.5)
    l.urc('+CEREG: 1,"2B3C","0B1C2D01",7', dt=2.0)
    l.cmd("AT+CSQ", resp=("+CSQ: 20,99",))
    build(l)


# ---------------------------------------------------------------------------------- PowerShell SerialPort scripts
def a76_net(l, tag=None):
    l.cmd("AT")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("AT+NETOPEN")
    l.urc("+NETOPEN: 0", dt=0.9)
    l.cmd("AT+IPADDR", resp=("+IPADDR: 10.80.14.3",))


def pwsh():
    # W1 fault: payload before the prompt (A7672E)
    l = Log("pwsh_a7672e_payload_before_prompt.log", "fault", "SIMCom A7672E", "powershell-serialport", "none",
            "the script writes AT+CIPSEND and the payload in one WriteLine burst, 5 ms apart, before the '>' prompt", False)
    a76_net(l)
    l.cmd('AT+CIPOPEN=0,"TCP","192.0.2.10",5000')
    l.urc("+CIPOPEN: 0,0", dt=0.8)
    l.send("AT+CIPSEND=0,12", "hello-server", "ERROR", tag="early", early=True)
    l.note("send failed", tag="early")
    l.cmd("AT+CIPCLOSE=0", tag="close")
    l.urc("+CIPCLOSE: 0,0", tag="close", dt=0.3)
    l.exp("send-before-prompt", "early", "payload written 5 ms after AT+CIPSEND, before any '>' prompt")
    l.ok("command-failed", "early", "the ERROR is followed by a close, not a retry or a query")
    l.ok("verify-after-close", "close", VAC)
    build(l)

    # W2 fault: payload shorter than declared (A7672E)
    l = Log("pwsh_a7672e_cipsend_short_payload.log", "fault", "SIMCom A7672E", "powershell-serialport", "github",
            "AT+CIPSEND=0,20 declared, 11 bytes written; the module keeps waiting, the script times out", False)
    a76_net(l)
    l.cmd('AT+CIPOPEN=0,"TCP","192.0.2.10",5000')
    l.urc("+CIPOPEN: 0,0", dt=0.8)
    l.send("AT+CIPSEND=0,20", "temp=21.5;h", None, tag="short")
    l.note("timeout waiting for OK after 10000 ms", tag="short", dt=10.0)
    l.exp("send-payload-mismatch", "short", "20 bytes declared, 11 written")
    l.ok("response-timeout", "short", "no final: the module still waits for the missing bytes")
    build(l)

    # W3 fault: HTTPACTION completion never arrives (A7672E)
    l = Log("pwsh_a7672e_httpaction_no_urc.log", "fault", "SIMCom A7672E", "powershell-serialport", "mail",
            "AT+HTTPACTION=0 answers OK but no +HTTPACTION arrives in 120 s; the script terminates HTTP", False)
    a76_net(l)
    l.cmd("AT+HTTPINIT")
    l.cmd('AT+HTTPPARA="URL","http://192.0.2.20/v1/config"')
    l.cmd("AT+HTTPACTION=0", tag="act")
    l.note("no +HTTPACTION after 120 s", tag="act", dt=120.0)
    l.cmd("AT+HTTPTERM")
    l.exp("completion-timeout", "act", "the HTTP action's completion (+HTTPACTION) never arrives")
    build(l)

    # W4 fault: send while the open is pending (A7672E)
    l = Log("pwsh_a7672e_send_during_cipopen.log", "fault", "SIMCom A7672E", "powershell-serialport", "teams",
            "AT+CIPSEND sent 200 ms after AT+CIPOPEN's OK, before +CIPOPEN: 0,0", False)
    a76_net(l)
    l.cmd('AT+CIPOPEN=0,"TCP","192.0.2.10",5000', tag="open", gap=0.1)
    l.cmd("AT+CIPSEND=0,5", final="ERROR", tag="over")
    l.urc("+CIPOPEN: 0,0", tag="open", dt=0.6)
    l.send("AT+CIPSEND=0,5", "hello", "OK", post=("+CIPSEND: 0,5,5",))
    l.exp("async-overlap", "over", "a command is sent while AT+CIPOPEN still waits for +CIPOPEN")
    l.ok("socket-state", "over", "the send goes to a socket not yet open")
    l.ok("error-detail", "over", EDT)
    build(l)

    # W5 fault: next send before the previous send's report (A7672E)
    l = Log("pwsh_a7672e_send_before_report.log", "fault", "SIMCom A7672E", "powershell-serialport", "numbered",
            "two AT+CIPSEND back to back; the second before +CIPSEND: 0,10,10 of the first", False)
    a76_net(l)
    l.cmd('AT+CIPOPEN=0,"TCP","192.0.2.10",5000')
    l.urc("+CIPOPEN: 0,0", dt=0.8)
    l.send("AT+CIPSEND=0,10", "0123456789", "OK", gap=0.05)
    l.send("AT+CIPSEND=0,10", "abcdefghij", "OK", tag="s2", gap=0.1)
    l.urc("+CIPSEND: 0,10,10", dt=0.4)
    l.urc("+CIPSEND: 0,10,10", dt=0.2)
    l.exp("send-report-wait", "s2", "the second send goes before the first send's +CIPSEND report")
    build(l)

    # W6 clean: A7672E TCP session, completions waited for, state verified
    l = Log("pwsh_a7672e_tcp_clean.log", "clean", "SIMCom A7672E", "powershell-serialport", "none",
            "open, send with prompt, report, receive URC, close, query; each completion waited for", False)
    a76_net(l)
    l.cmd('AT+CIPOPEN=0,"TCP","192.0.2.10",5000')
    l.urc("+CIPOPEN: 0,0", dt=0.8)
    l.send("AT+CIPSEND=0,10", "0123456789", "OK", post=("+CIPSEND: 0,10,10",))
    l.urc("+CIPRXGET: 1,0", dt=0.7)
    l.cmd("AT+CIPRXGET=2,0,64", resp=("+CIPRXGET: 2,0,6,0", "ack=ok"))
    l.cmd("AT+CIPCLOSE=0")
    l.urc("+CIPCLOSE: 0,0", dt=0.3)
    l.cmd("AT+CIPOPEN?", resp=("+CIPOPEN: 0", "+CIPOPEN: 1"))
    l.cmd("AT+NETCLOSE")
    l.urc("+NETCLOSE: 0", dt=0.5)
    build(l)

    # W7 clean: A7672SA HTTP GET with completion and read
    l = Log("pwsh_a7672sa_http_get_clean.log", "clean", "SIMCom A7672SA", "powershell-serialport", "slack",
            "HTTP GET: +HTTPACTION arrives 3.4 s after OK; the script waits, then reads 512 bytes in one go", False)
    a76_net(l)
    l.cmd("AT+HTTPINIT")
    l.cmd('AT+HTTPPARA="URL","http://192.0.2.20/v1/config"')
    l.cmd("AT+HTTPACTION=0")
    l.urc("+HTTPACTION: 0,200,512", dt=3.4)
    l.cmd("AT+HTTPREAD=0,512")
    l.urc("+HTTPREAD: 512", dt=0.05)
    l.urc('{"interval":300,"fw":"1.4.2","pad":"xxxxxxxx"}', dt=0.01)
    l.urc("+HTTPREAD: 0", dt=0.01)
    l.cmd("AT+HTTPTERM", tag="term")
    l.ok("verify-after-close", "term", "HTTP service terminated without a query; true advice at most")
    build(l)

    # W8 fault: transparent-mode escape without guard (A7672E)
    l = Log("pwsh_a7672e_escape_no_guard.log", "fault", "SIMCom A7672E", "powershell-serialport", "jira",
            "transparent TCP: the script writes '+++' with WriteLine (CR LF) 40 ms after the data; the module stays in data mode", False)
    l.cmd("AT")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CIPMODE=1")
    l.cmd("AT+NETOPEN")
    l.urc("+NETOPEN: 0", dt=0.9)
    l.cmd('AT+CIPOPEN=0,"TCP","192.0.2.10",5000', final="CONNECT 115200", rt=0.9)
    l.at(0.2)
    l._add("pay", "GET /status HTTP/1.0")
    l.at(0.04)
    l._add("tx", "+++", tag="esc")
    l.note("no OK after +++ within 2000 ms", tag="esc", dt=2.0)
    l.txns.append({"command": "+++", "final": None})
    l.exp("escape-guard", "esc", "'+++' 40 ms after data and with a line end; the guard needs 1 s of silence on both sides and no CR LF")
    l.ok("response-timeout", "esc", "the escape gets no OK")
    build(l)

    # W9 clean: HL7810 escape with guard, back with ATO
    l = Log("pwsh_hl7810_escape_guarded.log", "clean", "Sierra HL7810", "powershell-serialport", "github",
            "KTCPSTART data mode; the script waits 1.2 s, writes '+++' without line end, waits, gets OK, ATO back, closes", False)
    l.cmd("AT")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd('AT+KCNXCFG=1,"GPRS","iot.example"')
    l.cmd('AT+KTCPCFG=1,0,"192.0.2.10",5000', resp=("+KTCPCFG: 1",))
    l.cmd("AT+KTCPCNX=1")
    l.urc("+KCNX_IND: 1,1,0", dt=1.1)
    l.urc("+KTCP_IND: 1,1", dt=0.4)
    l.cmd("AT+KTCPSTART=1", final="CONNECT", rt=0.3)
    l.at(0.1)
    l._add("pay", "PING 42")
    l.at(1.2)
    l._add("tx", "+++")
    l.at(1.1)
    l._add("rx", "OK", final=True)
    l.txns.append({"command": "+++", "final": "OK"})
    l.at(0.3)
    l.cmd("AT+KTCPCLOSE=1")
    l.cmd("AT+KTCPSTAT=1", resp=("+KTCPSTAT: 5,-1,0,0",))
    build(l)

    # W10 clean: nRF9151 SLM 2.x sockets, CFUN=0 while configuring
    l = Log("pwsh_nrf9151_slm_socket_clean.log", "clean", "Nordic nRF9151 (SLM 2.x)", "powershell-serialport", "none",
            "SLM: CFUN=0 to set the PDN, CFUN=1, #XSOCKET / #XCONNECT / #XSEND / #XRECV, close", False)
    l.urc("Ready", tag="boot")
    l.cmd("AT+CFUN=0", rt=0.4, tag="boot")
    l.cmd('AT+CGDCONT=0,"IP","iot.example"')
    l.cmd("AT+CFUN=1", rt=0.3)
    l.urc("+CEREG: 2", dt=1.0)
    l.urc('+CEREG: 1,"0A1B","0301C4D5",7', dt=4.0)
    l.cmd("AT#XSOCKET=1,1,0", resp=("#XSOCKET: 0,1,6",))
    l.cmd('AT#XCONNECT="192.0.2.10",5000', resp=("#XCONNECT: 1",), rt=0.9)
    l.cmd('AT#XSEND="hello-slm"', resp=("#XSEND: 9",))
    l.cmd("AT#XRECV=10", resp=("#XRECV: 3", "ack"), rt=0.6)
    l.cmd("AT#XSOCKET=0", resp=('#XSOCKET: 0,"closed"',), tag="close")
    l.ok("first-command", "boot", "after SLM's Ready the first command is AT+CFUN=0, not AT; true, harmless advice")
    l.ok("verify-after-close", "close", VAC)
    build(l)

    # W11 fault: send on a closed SLM socket
    l = Log("pwsh_nrf9151_slm_send_after_close.log", "fault", "Nordic nRF9151 (SLM 2.x)", "powershell-serialport", "kubectl",
            "the script closes the socket on a receive timeout, then still calls AT#XSEND", False)
    l.cmd("AT+CEREG?", resp=('+CEREG: 0,1,"0A1B","0301C4D5",7',))
    l.cmd("AT#XSOCKET=1,1,0", resp=("#XSOCKET: 0,1,6",))
    l.cmd('AT#XCONNECT="192.0.2.10",5000', resp=("#XCONNECT: 1",), rt=0.9)
    l.cmd('AT#XSEND="reading=17"', resp=("#XSEND: 10",))
    l.cmd("AT#XRECV=5", resp=("#XRECV: 0",), rt=5.0)
    l.cmd("AT#XSOCKET=0", resp=('#XSOCKET: 0,"closed"',), tag="close")
    l.cmd('AT#XSEND="reading=18"', final="ERROR", tag="bad")
    l.exp("socket-state", ["bad"], "#XSEND after the socket was closed")
    l.ok("verify-after-close", "close", VAC)
    l.ok("command-failed", "bad", "the ERROR is not looked into")
    l.ok("error-detail", "bad", EDT)
    build(l)


# ---------------------------------------------------------------------------------- Node-RED
def nodered():
    # N1 fault: Fibocom L716 send during XOFF
    l = Log("nodered_l716_send_during_xoff.log", "fault", "Fibocom L716-EU", "node-red-console", "none",
            "a flow keeps injecting AT+MIPSEND after +MIPXOFF: 1, before +MIPXON: 1", False)
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("AT+MIPCALL=1", rt=1.5)
    l.urc("+MIPCALL: 10.90.3.14", dt=1.2)
    l.cmd('AT+MIPOPEN=1,0,"192.0.2.10",5000,0')
    l.urc("+MIPOPEN: 1,1", dt=1.0)
    for i in range(3):
        l.cmd('AT+MIPSEND=1,"%s"' % ("3031323334353637%02X" % (0x30 + i)), resp=("+MIPSEND: 1,%d" % (1000 - 9 * (i + 1)),), gap=1.0)
    l.urc("+MIPXOFF: 1", tag="xoff", dt=0.5)
    l.cmd('AT+MIPSEND=1,"303132333435363733"', resp=("+MIPSEND: 1,0",), tag="bad", gap=1.0)
    l.cmd('AT+MIPSEND=1,"303132333435363734"', final="ERROR", tag="bad", gap=2.0)
    l.urc("+MIPXON: 1", dt=4.0)
    l.cmd("AT+MIPPUSH=1")
    l.urc("+MIPPUSH: 1,0", dt=0.5)
    l.exp("flow-control", ["bad"], "sends between +MIPXOFF and +MIPXON")
    l.ok("error-detail", "bad", EDT)
    l.ok("command-failed", "bad", "the ERROR is not looked into before the push")
    build(l)

    # N2 clean: L716 waits for XON
    l = Log("nodered_l716_waits_for_xon.log", "clean", "Fibocom L716-EU", "node-red-console", "slack",
            "the flow pauses its queue on +MIPXOFF and resumes on +MIPXON 6 s later", False)
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+MIPCALL=1", rt=1.5)
    l.urc("+MIPCALL: 10.90.3.15", dt=1.2)
    l.cmd('AT+MIPOPEN=1,0,"192.0.2.10",5000,0')
    l.urc("+MIPOPEN: 1,1", dt=1.0)
    l.cmd('AT+MIPSEND=1,"48454C4C4F"', resp=("+MIPSEND: 1,995",))
    l.urc("+MIPXOFF: 1", dt=0.5)
    l.note("queue paused (XOFF)")
    l.urc("+MIPXON: 1", dt=6.0)
    l.note("queue resumed")
    l.cmd('AT+MIPSEND=1,"574F524C44"', resp=("+MIPSEND: 1,990",))
    l.cmd("AT+MIPPUSH=1")
    l.urc("+MIPPUSH: 1,0", dt=0.5)
    l.cmd("AT+MIPCLOSE=1")
    l.urc("+MIPCLOSE: 1,0", dt=0.4)
    l.cmd("AT+MIPOPEN?", resp=("+MIPOPEN: 1,2,3,4",))
    build(l)

    # N3 fault: Neoway N720 TCP setup without IP
    l = Log("nodered_n720_tcpsetup_without_ip.log", "fault", "Neoway N720", "node-red-console", "github",
            "the flow calls AT+TCPSETUP although AT+XIIC? shows no IP (0.0.0.0); +TCPSETUP: 0,FAIL", False)
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd("AT+XIIC?", resp=("+XIIC:    0, 0.0.0.0",), tag="noip")
    l.cmd('AT+TCPSETUP=0,192.0.2.10,5000', tag="open")
    l.urc("+TCPSETUP: 0,FAIL", tag="open", dt=3.0)
    l.note("tcp setup failed")
    l.exp("socket-without-ip", ["open"], "the socket is opened while AT+XIIC? shows no IP")
    l.ok("command-failed", "open", "+TCPSETUP: 0,FAIL not looked into")
    build(l)

    # N4 clean: N720 PPP then TCP
    l = Log("nodered_n720_xiic_then_tcp.log", "clean", "Neoway N720", "node-red-console", "mdtable",
            "AT+XIIC=1, poll AT+XIIC? until an IP shows, then TCPSETUP, TCPSEND with prompt, TCPCLOSE", False)
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd('AT$MYNETCON=0,"APN","iot.example"')
    l.cmd("AT+XIIC=1")
    l.cmd("AT+XIIC?", resp=("+XIIC:    0, 0.0.0.0",), gap=2.0)
    l.cmd("AT+XIIC?", resp=("+XIIC:    1, 10.91.7.20",))
    l.cmd('AT+TCPSETUP=0,192.0.2.10,5000')
    l.urc("+TCPSETUP: 0,OK", dt=1.1)
    l.send("AT+TCPSEND=0,8", "hello-nw", "OK", post=("+TCPSEND: 0,8",))
    l.cmd("AT+TCPCLOSE=0")
    l.urc("+TCPCLOSE: 0,OK", dt=0.3)
    l.cmd("AT+IPSTATUS=0", resp=("+IPSTATUS: 0,DISCONNECT",))
    build(l)

    # N5 clean: Sierra RC7620 status and attach
    l = Log("nodered_rc7620_gstatus_attach.log", "clean", "Sierra RC7620", "node-red-console", "confluence",
            "AT!GSTATUS? multi-line status, CGDCONT, !SCACT with the SIM and registration seen first", False)
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT!GSTATUS?", resp=("!GSTATUS: ", "Current Time:  4521\t\tTemperature: 38", "Bootup Time:   0\t\tMode:        ONLINE",
                                "System mode:   LTE\t\tPS state:    Attached", "LTE band:      B20\t\tLTE bw:      10 MHz",
                                "RSRP (dBm):    -97\t\tTAC:         4E21 (20001)"), rt=0.3)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("AT!SCACT=1,1", rt=1.6)
    l.cmd("AT!SCACT?", resp=("!SCACT: 1,1",))
    l.cmd("AT+CGPADDR=1", resp=("+CGPADDR: 1,10.92.1.40",))
    build(l)

    # N6 fault: RC7620 CGDCONT refused and ignored
    l = Log("nodered_rc7620_cgdcont_error_ignored.log", "fault", "Sierra RC7620", "node-red-console", "teams",
            "AT+CGDCONT answers ERROR (malformed PDP type); the flow goes on to !SCACT and a data call that fails", False)
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd('AT+CGDCONT=1,"IPV4","iot.example"', final="ERROR", tag="cgd")
    l.cmd("AT!SCACT=1,1", final="ERROR", tag="act", rt=1.0)
    l.cmd("AT+CSQ", resp=("+CSQ: 18,99",))
    l.cmd("AT!GSTATUS?", resp=("!GSTATUS: ", "System mode:   LTE\t\tPS state:    Attached"))
    l.exp("command-failed", ["cgd"], "the refused CGDCONT is neither retried nor looked into; the flow activates anyway")
    l.ok("command-failed", "act", "the refused !SCACT is followed by unrelated queries")
    l.ok("error-detail", ["cgd", "act"], EDT)
    build(l)


# ---------------------------------------------------------------------------------- NCS at shell
def shell():
    l = Log("ncs_shell_nrf9151_cfun0_systemmode.log", "clean", "Nordic nRF9151", "ncs-at-shell", "github",
            "a person at the nRF shell: AT+CFUN=0, %XSYSTEMMODE, AT+CFUN=1 (vendor's normal order), CEREG", False)
    l.cmd("AT+CFUN=0")
    l.cmd("AT%XSYSTEMMODE=1,0,1,0")
    l.cmd("AT+CFUN=1")
    l.cmd("AT+CEREG=5")
    l.urc('+CEREG: 2,"0A1B","0301C4D5",7', dt=3.0)
    l.urc('+CEREG: 1,"0A1B","0301C4D5",7,,,"11100000","11100000"', dt=5.0)
    l.cmd("AT+CEREG?", resp=('+CEREG: 5,1,"0A1B","0301C4D5",7,,,"11100000","11100000"',))
    build(l)

    l = Log("ncs_shell_nrf9151_psm_xmonitor.log", "clean", "Nordic nRF9151", "ncs-at-shell", "slack",
            "PSM request, %XMONITOR, the modem's PSM URC later, a wake-up query", False)
    l.cmd('AT+CPSMS=1,,,"00000110","00000001"')
    l.cmd("AT%XMONITOR", resp=('%XMONITOR: 1,"TEST NET","TESTNET","00101","0A1B",7,20,"0301C4D5",123,6400,34,28,"","11100000","00000110","00000001"',))
    l.urc("%XMODEMSLEEP: 1,3599000", dt=20.0)
    l.at(3600.0)
    l.cmd("AT+CEREG?", resp=('+CEREG: 5,1,"0A1B","0301C4D5",7,,,"00000001","00000110"',))
    l.cmd("AT+CESQ", resp=("+CESQ: 99,99,255,255,18,52",))
    build(l)

    l = Log("ncs_shell_nrf9151_cops_scan.log", "clean", "Nordic nRF9151", "ncs-at-shell", "teams",
            "AT+COPS=? takes 140 s (module searches all bands); then a manual selection", False)
    l.cmd("AT+COPS=?", resp=('+COPS: (2,"TEST NET","TESTNET","00101",7),(1,"","","00102",9)',), rt=140.0)
    l.cmd('AT+COPS=1,2,"00101"', rt=4.0)
    l.cmd("AT+COPS?", resp=('+COPS: 1,2,"00101",7',))
    build(l)

    l = Log("ncs_shell_nrf9151_typo_xmonitr.log", "fault", "Nordic nRF9151", "ncs-at-shell", "mail",
            "the person types AT%XMONITR; ERROR; then the right command", False)
    l.cmd("AT+CEREG?", resp=('+CEREG: 0,1,"0A1B","0301C4D5",7',))
    l.cmd("AT%XMONITR", final="ERROR", tag="typo")
    l.cmd("AT%XMONITOR", resp=('%XMONITOR: 1,"TEST NET","TESTNET","00101","0A1B",7,20,"0301C4D5",123,6400,34,28,"","","",""',))
    l.exp("unknown-command", "typo", "%XMONITR is no command (typo of %XMONITOR)")
    l.ok("error-detail", "typo", EDT)
    build(l)


# ---------------------------------------------------------------------------------- LuatOS (ESP32-C3) driving a Quectel Cat-1 over UART
def luatos():
    # L1 fault: QMTOPEN completion never arrives (EG800Q)
    l = Log("luatos_eg800q_qmtopen_no_urc.log", "fault", "Quectel EG800Q-EU", "luatos-log", "none",
            "AT+QMTOPEN answers OK; no +QMTOPEN in 120 s; the script sends AT+QMTCLOSE and reboots the module", False)
    q_boot(l)
    q_reg(l, 1)
    q_pdp(l)
    l.cmd('AT+QMTCFG="recv/mode",0,0,1')
    l.cmd('AT+QMTOPEN=0,"198.51.100.7",1883', tag="open")
    l.note("wait +QMTOPEN timeout 120000", tag="open", dt=120.0)
    l.cmd("AT+QMTCLOSE=0", final="ERROR", tag="close")
    l.exp("completion-timeout", "open", "+QMTOPEN never arrives (the guide's MQTT open limit is 75 s)")
    l.ok("command-failed", "close", "the close after the missing completion answers ERROR and the module is rebooted")
    build(l)

    # L2 clean: EG800Q MQTT session
    l = Log("luatos_eg800q_mqtt_publish_clean.log", "clean", "Quectel EG800Q-EU", "luatos-log", "kubectl",
            "MQTT open, connect, publish QoS1 with the '>' prompt, each completion awaited; URCs between", False)
    q_boot(l)
    q_reg(l, 2)
    q_pdp(l)
    l.cmd('AT+QMTOPEN=0,"198.51.100.7",1883')
    l.urc("+QMTOPEN: 0,0", dt=1.6)
    l.cmd('AT+QMTCONN=0,"dev-0042"')
    l.urc("+QMTCONN: 0,0,0", dt=0.9)
    l.send('AT+QMTPUB=0,1,1,0,"dev/0042/up",15', '{"t":21.5,"h":0}', "OK", post=("+QMTPUB: 0,1,0",))
    l.urc('+QMTRECV: 0,2,"dev/0042/down","{\\"ack\\":1}"', dt=0.6)
    l.cmd("AT+QMTDISC=0", tag="close")
    l.urc("+QMTDISC: 0,0", tag="close", dt=0.4)
    l.ok("verify-after-close", "close", VAC)
    build(l)

    # L3 fault: QIACT fails once, the script gives up at once
    l = Log("luatos_ec200a_qiact_give_up.log", "fault", "Quectel EC200A-EU", "luatos-log", "github",
            "AT+QIACT=1 answers +CME ERROR; the script logs 'pdp fail' and stops networking without a second attempt", False)
    q_boot(l)
    q_reg(l, 1)
    l.cmd('AT+QICSGP=1,1,"iot.example","","",1')
    l.cmd("AT+QIACT=1", final="+CME ERROR: 30", tag="act", rt=2.5)
    l.note("pdp fail, network disabled until reboot", tag="act")
    l.exp("retry-too-few", "act", "one failed activation and the host gives up")
    l.ok("command-failed", "act", "nothing looks into the failure")
    build(l)

    # L4 clean: EC200A FTP download
    l = Log("luatos_ec200a_ftp_get_clean.log", "clean", "Quectel EC200A-EU", "luatos-log", "jira",
            "FTP open, size, get (12 s) and close, each completion awaited", False)
    q_boot(l, rdy=False)
    q_reg(l, 0)
    q_pdp(l)
    l.cmd('AT+QFTPCFG="contextid",1')
    l.cmd('AT+QFTPCFG="account","fw","secret-example"')
    l.cmd('AT+QFTPOPEN="198.51.100.9",21')
    l.urc("+QFTPOPEN: 0,0", dt=2.1)
    l.cmd('AT+QFTPCWD="/"')
    l.urc("+QFTPCWD: 0,0", dt=0.4)
    l.cmd('AT+QFTPSIZE="fw.bin"')
    l.urc("+QFTPSIZE: 0,20480", dt=0.5)
    l.cmd('AT+QFTPGET="fw.bin","UFS:fw.bin"')
    l.urc("+QFTPGET: 0,20480", dt=12.0)
    l.cmd("AT+QFTPCLOSE", tag="close")
    l.urc("+QFTPCLOSE: 0,0", tag="close", dt=0.4)
    l.ok("verify-after-close", "close", VAC)
    build(l)

    # L5 clean: EG800Q QIACT retried with back-off
    l = Log("luatos_eg800q_qiact_backoff_retry.log", "clean", "Quectel EG800Q-EU", "luatos-log", "numbered",
            "AT+QIACT=1 fails twice; the script checks registration and retries after 5 s and 10 s; third attempt works", False)
    q_boot(l)
    q_reg(l, 1)
    l.cmd('AT+QICSGP=1,1,"iot.example","","",1')
    l.cmd("AT+QIACT=1", final="+CME ERROR: 30", rt=3.0)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",), gap=5.0)
    l.cmd("AT+QIACT=1", final="+CME ERROR: 30", rt=3.0)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",), gap=10.0)
    l.cmd("AT+QIACT=1", rt=1.7)
    l.cmd("AT+QIACT?", resp=('+QIACT: 1,1,1,"10.64.12.9"',))
    build(l)


# ---------------------------------------------------------------------------------- Asterisk chan_quectel
def chanq():
    l = Log("asterisk_chan_quectel_ec200a_init.log", "clean", "Quectel EC200A-CN", "asterisk-chan-quectel", "none",
            "chan_quectel init: CLIP, CSSN, voice over UAC, SMS settings; a +CREG URC lands between commands", False)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CGMI", resp=("Quectel",))
    l.cmd("AT+CGMM", resp=("EC200A",))
    l.cmd("AT+CIMI", resp=(IMSI,))
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CLIP=1")
    l.urc("+CREG: 1", dt=0.1)
    l.cmd("AT+CSSN=1,1")
    l.cmd('AT+QCFG="USBCFG",0x2C7C,0x6005,1,1,1,1,1,1,1')
    l.cmd("AT+CMGF=0")
    l.cmd("AT+CNMI=2,1,0,2,0")
    l.cmd('AT+CPMS="SM","SM","SM"', resp=('+CPMS: 2,50,2,50,2,50',))
    l.note("Quectel has been initialized")
    build(l)

    l = Log("asterisk_chan_quectel_ec200a_sms_in.log", "clean", "Quectel EC200A-CN", "asterisk-chan-quectel", "docker",
            "incoming SMS: +CMTI, AT+CMGR with a PDU, AT+CMGD; a CSQ poll in between", False)
    l.cmd("AT+CSQ", resp=("+CSQ: 22,99",))
    l.urc('+CMTI: "SM",3', dt=4.0)
    l.cmd("AT+CMGR=3", resp=("+CMGR: 0,,30", "07911326040000F0040B915155555500F20000622170123400400CC8329BFD06DDDF723619"))
    l.cmd("AT+CMGD=3")
    l.note("Got SMS from +15555555002: 'Hello world!'")
    l.cmd("AT+CSQ", resp=("+CSQ: 22,99",))
    build(l)

    l = Log("asterisk_chan_quectel_ec200a_cpms_timeout.log", "fault", "Quectel EC200A-CN", "asterisk-chan-quectel", "mail",
            "AT+CPMS gets no answer; chan_quectel waits, reports the timeout and restarts the device", False)
    l.cmd("AT")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CMGF=0")
    l.cmd('AT+CPMS="SM","SM","SM"', final=None, tag="to", gap=0.0)
    l.note("Command 'AT+CPMS' timeout", tag="to", dt=15.0)
    l.note("Error initializing Quectel", dt=0.1)
    l.exp("response-timeout", "to", "AT+CPMS gets no final (a 300 ms command)")
    build(l)


SCEN_ALL = [zephyr, particle, ril, pwsh, nodered, shell, luatos, chanq]


# ---------------------------------------------------------------------------------- main / self-check
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
            if t["command"].lower() not in low:
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
    md = ["# holdout31 per log", "",
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


SCEN = SCEN_ALL

if __name__ == "__main__":
    sys.exit(main())
