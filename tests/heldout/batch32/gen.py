#!/usr/bin/env python3
"""Write holdout32: logs/, labels.json, verdicts.json, per_log.md, deterministically.

Each log is one timed session of events (tx = host command, rx = module line, pay = payload after a prompt,
note = a line the library/app/person wrote). One renderer per printer turns events into lines (one list per
event); a wrapper maps body lines to lines and adds lines around them. Transaction labels come from the
helpers that emit the events; verdict entries point at tags, so every range is computed from the rendered file.
(Structure after batch 31's gen.py; printers, wrappers, modules and situations are this batch's own.)
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")
ALL = []
UNSET = object()


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

    def note(self, s, tag=None, dt=0.0, lvl="I"):
        self.t += dt
        self._add("note", s, tag, lvl=lvl)

    def urc(self, s, tag=None, dt=0.0):
        self.t += dt
        self._add("rx", s, tag, urc=True)

    def cmd(self, c, resp=(), final="OK", tag=None, rt=0.12, gap=0.3, lab=UNSET):
        self._add("tx", c, tag)
        self.t += rt
        for r in resp:
            self._add("rx", r, tag)
            self.t += 0.01
        if final is not None:
            self._add("rx", final, tag, final=True)
        self.txns.append({"command": c, "final": final if lab is UNSET else lab})
        self.t += gap

    def send(self, c, payload, final, prompt=">", tag=None, rt=0.1, gap=0.3, early=False, resp=(), lab=UNSET,
             pdt=0.05):
        self._add("tx", c, tag)
        if early:   # host writes the payload at once, without waiting for the prompt
            self.t += 0.004
            self._add("pay", payload, tag)
            self.t += rt
            if prompt is not None:
                self._add("rx", prompt, tag, prompt=True)
        else:
            self.t += rt
            if prompt is not None:
                self._add("rx", prompt, tag, prompt=True)
            self.t += pdt
            if payload is not None:
                self._add("pay", payload, tag)
        self.t += rt
        for r in resp:
            self._add("rx", r, tag)
            self.t += 0.01
        if final is not None:
            self._add("rx", final, tag, final=True)
        self.txns.append({"command": c, "final": final if lab is UNSET else lab})
        self.t += gap

    def raw(self, s, tag=None, dt=0.0):
        """host bytes that are no command (an escape sequence)"""
        self.t += dt
        self._add("pay", s, tag, escape=True)

    def exp(self, rule, tags, why):
        self.expect.append((rule, tags if isinstance(tags, list) else [tags], why))

    def ok(self, rule, tags, why):
        self.accept.append((rule, tags if isinstance(tags, list) else [tags], why))


def hms(t, base):
    t = base + t
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return int(h) % 24, int(m), s


# ---------------------------------------------------------------------------------- renderers
def r_sparkfun(log):
    """SparkFun_u-blox_SARA-R5_Arduino_Library with enableDebugging(): verified format strings
    (sendCommandWithResponse: 'Command: ' + println(command); 'Response: ' then the raw bytes written;
    bufferedPoll: 'event(s) found! ===>', 'start of event: ', 'end of event', '<=== end of event(s)!')."""
    out, state, ncmd, echo, cur = [], None, 0, True, ""
    for i, e in enumerate(log.ev):
        if e["k"] == "tx":
            out.append(["sendCommandWithResponse: Command: " + e["s"]])
            state, ncmd, cur = "cmd", ncmd + 1, e["s"]
            if echo and e["s"].upper() != "AT" and e["s"].upper() != "ATE0":
                echo = False   # the sketch turns echo off first; a log with no ATE0 keeps echo (none here)
        elif e["k"] == "rx" and not e.get("urc"):
            chunk = []
            if state == "cmd":
                if echo:   # echo on until ATE0 is answered: 'AT\r' then '\r\n' before the final
                    chunk.append("sendCommandWithResponse: Response: " + cur)
                    if ncmd > 1:
                        chunk[-1] = "sendCommandWithResponse: Response: "
                        chunk += ["", cur]
                    if cur.upper() == "ATE0":
                        echo = False
                else:
                    chunk.append("sendCommandWithResponse: Response: ")
                    if ncmd > 1:
                        chunk.append("")   # the previous final's trailing CRLF, read now
                state = "resp"
            else:
                chunk.append("")
            chunk.append(e["s"])
            out.append(chunk)
            if e.get("final"):
                state = None
        elif e["k"] == "rx":
            nxt = log.ev[i + 1] if i + 1 < len(log.ev) else None
            prv = log.ev[i - 1] if i else None
            chunk = []
            if not (prv and prv["k"] == "rx" and prv.get("urc")):
                chunk.append("bufferedPoll: event(s) found! ===>")
            chunk += ["bufferedPoll: start of event: " + e["s"], "bufferedPoll: end of event"]
            if not (nxt and nxt["k"] == "rx" and nxt.get("urc")):
                chunk.append("bufferedPoll: <=== end of event(s)!")
            out.append(chunk)
        elif e["k"] == "pay":
            out.append([e["s"]])
        else:
            out.append([e["s"]])
    return out


def r_botletics(log):
    """Botletics-SIM7000 (Adafruit FONA family) with BOTLETICS_MODEM_DEBUG: verified in getReply():
    DEBUG_PRINT(F("\\t---> ")); DEBUG_PRINTLN(send); ... readline(); DEBUG_PRINT(F("\\t<--- ")); DEBUG_PRINTLN(replybuffer).
    Only the first line read after a command is printed; the 'OK' a parse helper eats later is not."""
    out, printed = [], True
    for e in log.ev:
        if e["k"] == "tx":
            out.append(["\t---> " + e["s"]])
            printed = False
        elif e["k"] == "pay":   # sendSMS(): DEBUG_PRINT(F("\t---> ")); DEBUG_PRINTLN(smsmsg); the +CMGS and OK read after it are not printed
            out.append(["\t---> " + e["s"]])
            printed = True
        elif e["k"] == "rx":
            if not printed:
                out.append(["\t<--- " + e["s"]])
                printed = True
            else:
                out.append([])
        else:
            out.append([e["s"]])
    return out


def brepr(s):
    return repr(s.encode("latin-1"))


def r_upy(log, start_ms=5210):
    """A MicroPython script: print(time.ticks_ms(), 'TX', buf) / print(time.ticks_ms(), 'RX', uart.readline())."""
    out = []
    for e in log.ev:
        ms = start_ms + int(round(e["t"] * 1000))
        if e["k"] == "tx":
            out.append(["%d TX %s" % (ms, brepr(e["s"] + "\r\n"))])
        elif e["k"] == "pay":
            if e.get("escape"):
                out.append(["%d TX %s" % (ms, brepr(e["s"]))])
            else:
                out.append(["%d TX %s" % (ms, brepr(e["s"]))])
        elif e["k"] == "rx":
            if e.get("prompt") and e["s"].startswith(">"):
                out.append(["%d RX %s" % (ms, brepr("> "))])
            else:
                out.append(["%d RX %s" % (ms, brepr("\r\n")), "%d RX %s" % (ms, brepr(e["s"] + "\r\n"))])
        else:
            out.append([e["s"]])
    return out


def goq(s):
    r = '"'
    for ch in s:
        if ch == '"':
            r += '\\"'
        elif ch == "\\":
            r += "\\\\"
        elif ch == "\r":
            r += "\\r"
        elif ch == "\n":
            r += "\\n"
        elif ch == "\x1a":
            r += "\\x1a"
        else:
            r += ch
    return r + '"'


def r_golog(log, base=9 * 3600 + 12 * 60 + 3):
    """A Go daemon on go.bug.st/serial: log.SetFlags(log.LstdFlags|log.Lmicroseconds);
    log.Printf("at: -> %q", cmd+"\\r") / log.Printf("at: <- %q", line)."""
    out = []
    for e in log.ev:
        h, m, s = hms(e["t"], base)
        st = "2026/12/07 %02d:%02d:%09.6f " % (h, m, s)
        if e["k"] == "tx":
            out.append([st + "at: -> " + goq(e["s"] + "\r")])
        elif e["k"] == "pay":
            out.append([st + "at: -> " + goq(e["s"])])
        elif e["k"] == "rx":
            out.append([st + "at: <- " + goq(e["s"])])
        else:
            out.append([st + e["s"]])
    return out


def r_serilog(log, base=14 * 3600 + 5 * 60 + 40):
    """A .NET service (System.IO.Ports) logging with Serilog's console sink, default template
    '[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}': Log.Debug("Modem >> {Cmd}") / ("Modem << {Line}")."""
    out = []
    for e in log.ev:
        h, m, s = hms(e["t"], base)
        if e["k"] == "tx":
            out.append(["[%02d:%02d:%02d DBG] Modem >> %s" % (h, m, int(s), e["s"])])
        elif e["k"] == "pay":
            out.append(["[%02d:%02d:%02d DBG] Modem >> %s" % (h, m, int(s), e["s"])])
        elif e["k"] == "rx":
            out.append(["[%02d:%02d:%02d DBG] Modem << %s" % (h, m, int(s), e["s"])])
        else:
            out.append(["[%02d:%02d:%02d %s] %s" % (h, m, int(s), {"I": "INF", "W": "WRN", "E": "ERR"}[e["lvl"]], e["s"])])
    return out


def r_logback(log, base=7 * 3600 + 58 * 60 + 20):
    """A Java gateway on jSerialComm, logback pattern '%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n'."""
    out = []
    for e in log.ev:
        h, m, s = hms(e["t"], base)
        st = "2026-12-07 %02d:%02d:%06.3f " % (h, m, s)
        if e["k"] in ("tx", "pay"):
            out.append([st + "[at-writer] DEBUG com.example.gateway.modem.AtChannel - TX: " + e["s"]])
        elif e["k"] == "rx":
            out.append([st + "[at-reader] DEBUG com.example.gateway.modem.AtChannel - RX: " + e["s"]])
        else:
            lv = {"I": "INFO ", "W": "WARN ", "E": "ERROR"}[e["lvl"]]
            out.append([st + "[main] %s c.example.gateway.modem.ModemService - %s" % (lv, e["s"])])
    return out


RENDER = {"sparkfun-sara-r5": r_sparkfun, "botletics-fona": r_botletics, "micropython-repr": r_upy,
          "go-log-q": r_golog, "serilog-console": r_serilog, "java-logback": r_logback}


# ---------------------------------------------------------------------------------- wrappers
def wrap(lines, w, times):
    """returns (before, body, after); body is one line per input line (times: each line's event time, s)."""
    if w == "none":
        return [], lines, []
    if w == "gitlab-details":
        return ["## Summary", "", "Device drops off after the socket step, full log folded below.", "",
                "<details><summary>serial log (click to expand)</summary>", "", "```text"], lines, \
               ["```", "", "</details>", "", "/label ~modem ~field-issue"]
    if w == "stackoverflow":
        return ["I am trying to bring the modem up from my own code but it never gets an IP. Here is the output:", ""], \
               ["    " + l for l in lines], ["", "What am I missing? The SIM works in a phone."]
    if w == "bbcode":
        return ["[b]Re: module stuck after power-up[/b]", "Quote from the OP's second post:", "[code]"], lines, \
               ["[/code]", "[i]Last edited by op_user; 12-07-2026 at 09:50 AM.[/i]"]
    if w == "whatsapp":
        first = ["[07/12/2026, 10:51:07] Marta (field): " + lines[0]] if lines else []
        return [], first + lines[1:], ["[07/12/2026, 10:52:30] Dev lead: thanks, looking"]
    if w == "kibana-csv":
        body = []
        for l, t in zip(lines, times):   # ingest time: the event's time plus the shipper's 0.4 s, from 10:20:00
            h, m, sec = hms(t + 0.4, 10 * 3600 + 20 * 60)
            body.append('"Dec 7, 2026 @ %02d:%02d:%06.3f","gw-07","%s"' % (h, m, sec, l.replace('"', '""')))
        return ['"@timestamp","host.name","message"'], body, []
    if w == "redmine-pre":
        return ["h2. Log", "", "Captured on bench 3 with the release build:", "", "<pre>"], lines, ["</pre>", "", "p. Assigned to firmware team."]
    if w == "org":
        return ["* Modem bring-up notes", "** Run 4", "#+begin_example"], lines, ["#+end_example", "** TODO ask vendor FAE"]
    if w == "discord":
        return ["kofi — Today at 10:44", "```ansi"], lines, ["```", "kofi — Today at 10:45", "^ this is with the new SIM"]
    raise SystemExit("unknown wrapper " + w)


def build(log, **kw):
    per = RENDER[log.printer](log, **kw)
    lines, rng, times = [], [], []
    for e, chunk in zip(log.ev, per):
        a = len(lines) + 1
        lines.extend(chunk)
        times.extend([e["t"]] * len(chunk))
        rng.append((a, len(lines)))
    before, body, after = wrap(lines, log.wrapper, times)
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
IMEI = "356789100000042"
VAC = "no query after the close completes; true advice"
EDT = "ERROR while verbose errors are off; AT+CMEE=2 and a repeat is true advice"


# ---------------------------------------------------------------------------------- SparkFun SARA-R5 (u-blox SARA-R500S-61B)
SR5 = "u-blox SARA-R500S-61B"


def sr5_boot(l, cmee=True):
    l.note("SARA-R5 Example: begin")
    l.cmd("AT")
    l.cmd("ATE0")
    if cmee:
        l.cmd("AT+CMEE=2")
    l.cmd("AT+CGMM", resp=("SARA-R500S",))
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))


def sparkfun():
    # S1 fault: write on a socket the sketch already closed
    l = Log("sparkfun_sara_r500s_write_after_close.log", "fault", SR5, "sparkfun-sara-r5", "gitlab-details",
            "ping-pong sketch closes socket 0 after the last pong, then its loop still writes to socket 0", True)
    sr5_boot(l)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd("AT+UPSD=0,100,1")
    l.cmd("AT+UPSDA=0,3")
    l.urc("+UUPSDA: 0,\"10.70.1.22\"", dt=1.4)
    l.cmd("AT+USOCR=6", resp=("+USOCR: 0",))
    l.cmd('AT+USOCO=0,"192.0.2.10",1200', rt=0.9)
    l.cmd('AT+USOWR=0,4,"ping"', resp=("+USOWR: 0,4",))
    l.urc("+UUSORD: 0,4", dt=0.6)
    l.cmd("AT+USORD=0,4", resp=('+USORD: 0,4,"pong"',))
    l.cmd("AT+USOCL=0", rt=0.4)
    l.note("Ping-pong complete: closing socket")
    l.cmd('AT+USOWR=0,4,"ping"', final="+CME ERROR: Operation not allowed", tag="wr")
    l.exp("socket-state", "wr", "AT+USOWR on socket 0 after AT+USOCL=0 closed it")
    l.ok("command-failed", "wr", "the failed write is not looked into")
    build(l)

    # S2 fault: UPSDA sent before registration and before the SIM is seen
    l = Log("sparkfun_sara_r500s_psd_before_reg.log", "fault", SR5, "sparkfun-sara-r5", "stackoverflow",
            "the user's sketch skips the CPIN/CEREG checks: AT+UPSDA=0,3 right after the APN; +CME ERROR, then CEREG shows searching", True)
    l.note("SARA-R5 Example: begin")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd('AT+UPSD=0,1,"iot.example"')
    l.cmd("AT+UPSD=0,100,1")
    l.cmd("AT+UPSDA=0,3", final="+CME ERROR: GPRS services not allowed", tag="act", rt=0.8)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,2",))
    l.note("PSD activation failed!")
    l.exp("attach-preconditions", "act", "PSD activation with no SIM-ready and no registration seen; CEREG afterwards says searching")
    l.ok("command-failed", "act", "the sketch stops after the failure")
    build(l)

    # S3 fault: typo in a custom command
    l = Log("sparkfun_sara_r500s_custom_typo.log", "fault", SR5, "sparkfun-sara-r5", "bbcode",
            "sendCustomCommandWithResponse(\"+UGPIOC=...\") mistyped as +UGIOPC: ERROR", True)
    sr5_boot(l, cmee=False)
    l.cmd("AT+UGIOPC=16,2", final="ERROR", tag="typo")
    l.note("GPIO config failed")
    l.cmd("AT+CSQ", resp=("+CSQ: 19,99",))
    l.exp("unknown-command", "typo", "AT+UGIOPC is no SARA-R5 command; meant AT+UGPIOC")
    l.ok("error-detail", "typo", EDT)
    l.ok("command-failed", "typo", "the sketch goes on without looking into the ERROR")
    build(l)

    # S4 clean: identification + TCP socket with URCs between commands
    l = Log("sparkfun_sara_r500s_tcp_echo_clean.log", "clean", SR5, "sparkfun-sara-r5", "none",
            "registration, PSD activation awaited (+UUPSDA), TCP socket, write, read on +UUSORD, close", True)
    sr5_boot(l)
    l.cmd("AT+CGSN", resp=(IMEI,))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,2",), gap=2.0)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,5",))
    l.cmd('AT+UPSD=0,1,"iot.example"')
    l.cmd("AT+UPSD=0,100,1")
    l.cmd("AT+UPSDA=0,3")
    l.urc('+UUPSDA: 0,"10.70.1.23"', dt=1.2)
    l.cmd("AT+USOCR=6", resp=("+USOCR: 0",))
    l.cmd('AT+USOCO=0,"192.0.2.11",7', rt=0.8)
    l.cmd('AT+USOWR=0,5,"hello"', resp=("+USOWR: 0,5",))
    l.urc("+UUSORD: 0,5", dt=0.5)
    l.cmd("AT+USORD=0,5", resp=('+USORD: 0,5,"hello"',))
    l.cmd("AT+USOCL=0", tag="close", rt=0.5)
    l.ok("verify-after-close", "close", VAC)
    build(l)

    # S6 fault: +UUPSDA never arrives
    l = Log("sparkfun_sara_r500s_upsda_no_urc.log", "fault", SR5, "sparkfun-sara-r5", "whatsapp",
            "AT+UPSDA=0,3 answers OK but the +UUPSDA completion never comes; the sketch polls the profile status and gives up after 3 minutes", True)
    sr5_boot(l)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd('AT+UPSD=0,1,"iot.example"')
    l.cmd("AT+UPSD=0,100,1")
    l.cmd("AT+UPSDA=0,3", tag="act", gap=60.0)
    l.cmd("AT+UPSND=0,8", resp=("+UPSND: 0,8,0",), gap=60.0)
    l.cmd("AT+UPSND=0,8", resp=("+UPSND: 0,8,0",), gap=60.0)
    l.cmd("AT+UPSND=0,8", resp=("+UPSND: 0,8,0",))
    l.note("PSD activation: no +UUPSDA after 180 s, giving up", tag="gone")
    l.exp("completion-timeout", ["act", "gone"], "no +UUPSDA within the activation's limit (the profile query keeps saying inactive)")
    build(l)

    # S5 clean: operator selection polled while registration comes up
    l = Log("sparkfun_sara_r500s_network_info_clean.log", "clean", SR5, "sparkfun-sara-r5", "org",
            "network-info example: COPS?, CSQ, CEREG polled until home; URC +CEREG between polls", True)
    sr5_boot(l)
    l.cmd("AT+CEREG=2")
    l.cmd("AT+COPS?", resp=("+COPS: 0",))
    l.urc('+CEREG: 2,"1A2B","01A2D101",7', dt=3.0)
    l.cmd("AT+COPS?", resp=('+COPS: 0,0,"Test Network",7',))
    l.cmd("AT+CSQ", resp=("+CSQ: 21,99",))
    l.cmd("AT+CEREG?", resp=('+CEREG: 2,1,"1A2B","01A2D101",7',))
    l.cmd("AT+CCLK?", resp=('+CCLK: "26/12/07,09:41:12+04"',))
    build(l)


# ---------------------------------------------------------------------------------- Botletics / Adafruit FONA family
def botletics():
    M808, M7070 = "SIMCom SIM808", "SIMCom SIM7070E"
    # B1 fault: SIM not inserted
    l = Log("botletics_sim808_cpin_not_inserted.log", "fault", M808, "botletics-fona", "bbcode",
            "FONA-style begin() on a SIM808: AT+CPIN? answers +CME ERROR: SIM not inserted, sketch loops on unlockSIM", True)
    l.note("Attempting to open comm with ATs")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("ATI", resp=("SIM808 R14.18",), lab=None)
    l.note("Found SIM808 (v2)")
    l.cmd("AT+CPIN?", final="+CME ERROR: SIM not inserted", tag="cpin")
    l.note("SIM not ready, retrying in 5 s")
    l.cmd("AT+CPIN?", final="+CME ERROR: SIM not inserted", tag="cpin")
    l.exp("sim-fault", "cpin", "+CME ERROR: SIM not inserted - the module says its SIM is missing")
    l.ok("command-failed", "cpin", "repeated without a fix")
    build(l)

    # B2 fault: zero-length CASEND
    l = Log("botletics_sim7070e_casend_zero_length.log", "fault", M7070, "botletics-fona", "discord",
            "the sketch's own send path (sendCheckReply(cmd, F(\">\"))) computes the length from an empty buffer: AT+CASEND=0,0 is refused", True)
    l.note("Attempting to open comm with ATs")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",), lab=None)
    l.cmd("AT+CNACT=0,1")
    l.cmd('AT+CAOPEN=0,0,"TCP","198.51.100.21",5000', resp=("+CAOPEN: 0,0",), lab=None)
    l.cmd("AT+CASEND=0,0", final="ERROR", tag="send")
    l.note("Failed to send data!")
    l.exp("send-length", "send", "a send declaring 0 bytes: the length must be at least 1")
    l.ok("error-detail", "send", EDT)
    l.ok("command-failed", "send", "not looked into")
    build(l)

    # B3 fault: GPRS attach while not registered
    l = Log("botletics_sim808_cgatt_while_searching.log", "fault", M808, "botletics-fona", "whatsapp",
            "enableGPRS(true) right after power-up: CREG says searching, AT+CGATT=1 is sent anyway and fails", True)
    l.note("Attempting to open comm with ATs")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CREG?", resp=("+CREG: 0,2",), lab=None)
    l.cmd("AT+CIPSHUT", final="SHUT OK")
    l.cmd("AT+CGATT=1", final="ERROR", tag="att")
    l.note("Failed to enable GPRS")
    l.exp("attach-preconditions", "att", "attach with no SIM-ready seen and registration still searching")
    l.ok("error-detail", "att", EDT)
    l.ok("command-failed", "att", "the sketch gives up")
    build(l)

    # B4 clean: SMS send with prompt
    l = Log("botletics_sim808_sms_send_clean.log", "clean", M808, "botletics-fona", "none",
            "sendSMS(): text mode, AT+CMGS waits for '> ', text, +CMGS reference (the library does not print the OK)", True)
    l.note("Attempting to open comm with ATs")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",), lab=None)
    l.cmd("AT+CREG?", resp=("+CREG: 0,1",), lab=None)
    l.cmd("AT+CMGF=1")
    l.send('AT+CMGS="+15550100042"', "Unit 7 door open", "OK", prompt="> ", resp=("+CMGS: 41",), lab=None, rt=0.3)
    l.note("Sent!")
    build(l)

    # B5 clean: GNSS and battery on SIM808
    l = Log("botletics_sim808_gnss_battery_clean.log", "clean", M808, "botletics-fona", "redmine-pre",
            "GNSS power on, fix polled, battery read; queries show only their first line", True)
    l.note("Attempting to open comm with ATs")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CGNSPWR=1")
    l.cmd("AT+CBC", resp=("+CBC: 0,88,4102",), lab=None)
    l.cmd("AT+CGNSINF", resp=("+CGNSINF: 1,0,20261207094112.000,,,,0.00,0.0,0,,,,,,0,0,,,,,",), lab=None)
    l.note("Waiting for GPS fix...")
    l.cmd("AT+CGNSINF", resp=("+CGNSINF: 1,1,20261207094152.000,51.500000,-0.120000,35.2,0.00,0.0,1,,1.2,1.5,0.9,,9,6,,,38,,",), lab=None)
    build(l)

    # B6 clean: SIM7070E CAT-M bring-up, TCP open, send with prompt, close
    l = Log("botletics_sim7070e_tcp_send_clean.log", "clean", M7070, "botletics-fona", "kibana-csv",
            "the sketch drives CAT-M bring-up through sendCheckReply()/getReply(): network mode, CNACT, CAOPEN, CASTATE?, CACLOSE", True)
    l.note("Attempting to open comm with ATs")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",), lab=None)
    l.cmd("AT+CNMP=38")
    l.cmd("AT+CMNB=1")
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",), lab=None)
    l.cmd("AT+CNACT=0,1")
    l.cmd('AT+CAOPEN=0,0,"TCP","198.51.100.21",5000', resp=("+CAOPEN: 0,0",), lab=None, tag="open")
    l.cmd("AT+CASTATE?", resp=("+CASTATE: 0,1",), lab=None)
    l.cmd("AT+CACLOSE=0", tag="close")
    l.ok("verify-after-close", "close", VAC)
    l.ok("socket-without-ip", "open", "the IP of CNACT is not printed by the library (the +APP PDP URC is read by nobody)")
    build(l)


# ---------------------------------------------------------------------------------- MicroPython scripts (b'' reprs)
def upy_boot(l, model):
    l.urc("RDY")
    l.at(2.0)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))


def micropython():
    EG21, BC660, S7022 = "Quectel EG21-G", "Quectel BC660K-GL", "SIMCom SIM7022"
    # M1 fault: QISEND before +QIOPEN arrives
    l = Log("upy_eg21g_qisend_before_qiopen.log", "fault", EG21, "micropython-repr", "stackoverflow",
            "script sends AT+QIOPEN and writes AT+QISEND 50 ms later, before the +QIOPEN completion", False)
    upy_boot(l, EG21)
    l.cmd("AT+CREG?", resp=("+CREG: 0,1",))
    l.cmd('AT+QICSGP=1,1,"iot.example","","",1')
    l.cmd("AT+QIACT=1", rt=1.2)
    l.cmd('AT+QIOPEN=1,0,"TCP","192.0.2.20",5000,0,0', tag="open", gap=0.05)
    l.send("AT+QISEND=0,4", None, "ERROR", prompt=None, tag="send", rt=0.05)
    l.note("send failed")
    l.urc("+QIOPEN: 0,0", dt=0.9)
    l.exp("async-overlap", ["open", "send"], "AT+QISEND is written while AT+QIOPEN still waits for +QIOPEN")
    l.ok("command-failed", "send", "the failed send is not looked into")
    l.ok("socket-state", "send", "arguable: a send on a socket whose open has not completed")
    build(l)

    # M2 fault: AT+CSQ never answered
    l = Log("upy_eg21g_csq_no_answer.log", "fault", EG21, "micropython-repr", "discord",
            "after a brown-out the module stops answering: AT+CSQ gets nothing in 5 s; the script prints timeout and resets", False)
    upy_boot(l, EG21)
    l.cmd("AT+CSQ", resp=("+CSQ: 18,99",), gap=10.0)
    l.cmd("AT+CSQ", final=None, tag="to", gap=0.0)
    l.note("timeout waiting for OK", tag="to", dt=5.0)
    l.note("machine.reset()", dt=0.1)
    l.exp("response-timeout", "to", "AT+CSQ (300 ms command) gets no final in 5 s")
    build(l)

    # M3 fault: +++ right after the data in transparent mode
    l = Log("upy_eg21g_escape_no_guard.log", "fault", EG21, "micropython-repr", "org",
            "transparent TCP (access mode 2): the script writes its data and '+++' 30 ms later; no OK, module stays in data mode", False)
    upy_boot(l, EG21)
    l.cmd("AT+CREG?", resp=("+CREG: 0,1",))
    l.cmd("AT+QIACT=1", rt=1.0)
    l.cmd('AT+QIOPEN=1,0,"TCP","192.0.2.20",5000,0,2', final="CONNECT", rt=1.4)
    l.raw("GET /status HTTP/1.0\r\n\r\n", dt=0.2)
    l.raw("+++", tag="esc", dt=0.03)
    l.note("no OK after +++", dt=3.0)
    l.exp("escape-guard", "esc", "'+++' 30 ms after the data: the 1 s guard time before the escape is not kept")
    build(l)

    # M4 clean: EG21-G HTTP GET with completions awaited
    l = Log("upy_eg21g_http_get_clean.log", "clean", EG21, "micropython-repr", "none",
            "QHTTPURL with CONNECT and URL, QHTTPGET waits +QHTTPGET, QHTTPREAD with CONNECT/body/OK then +QHTTPREAD", False)
    upy_boot(l, EG21)
    l.cmd("AT+CREG?", resp=("+CREG: 0,1",))
    l.cmd('AT+QHTTPCFG="contextid",1')
    l.cmd("AT+QIACT=1", rt=1.1)
    l.send("AT+QHTTPURL=25,80", "http://192.0.2.30/v1/ping", "OK", prompt="CONNECT")
    l.cmd("AT+QHTTPGET=80")
    l.urc("+QHTTPGET: 0,200,5", dt=1.6)
    l.cmd("AT+QHTTPREAD=80", resp=("CONNECT", "pong!"))
    l.urc("+QHTTPREAD: 0", dt=0.1)
    build(l)

    # M9 clean: +QIOPEN completion fails, socket closed, reopened after a wait
    l = Log("upy_eg21g_qiopen_566_retry_clean.log", "clean", EG21, "micropython-repr", "bbcode",
            "+QIOPEN: 0,566 (connect failed): the script closes id 0, checks QIACT?, waits 10 s and reopens; second open succeeds", False)
    upy_boot(l, EG21)
    l.cmd("AT+CREG?", resp=("+CREG: 0,1",))
    l.cmd("AT+QIACT=1", rt=1.2)
    l.cmd('AT+QIOPEN=1,0,"TCP","192.0.2.20",5000,0,0')
    l.urc("+QIOPEN: 0,566", dt=8.0)
    l.cmd("AT+QICLOSE=0")
    l.cmd("AT+QIACT?", resp=('+QIACT: 1,1,1,"10.12.0.9"',), gap=10.0)
    l.cmd('AT+QIOPEN=1,0,"TCP","192.0.2.20",5000,0,0')
    l.urc("+QIOPEN: 0,0", dt=0.8)
    l.send("AT+QISEND=0,4", "ping", "SEND OK")
    build(l)

    # M5 fault: BC660K QIOPEN hammered
    l = Log("upy_bc660k_qiopen_storm.log", "fault", BC660, "micropython-repr", "gitlab-details",
            "AT+QIOPEN answers ERROR (no PDP yet); the script loops on it 12 times, 200 ms apart, never checking CEREG", False)
    l.urc("RDY")
    l.at(1.0)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    for i in range(12):
        l.cmd('AT+QIOPEN=0,0,"UDP","192.0.2.31",5683', final="ERROR", tag="storm", gap=0.2)
    l.note("giving up")
    l.exp("retry-storm", "storm", "12 back-to-back attempts of AT+QIOPEN with no look at registration")
    l.ok("error-detail", "storm", EDT)
    l.ok("command-failed", "storm", "the failures are never looked into")
    l.ok("socket-without-ip", "storm", "no IP is seen before the opens")
    l.ok("attach-preconditions", "storm", "arguable: no registration seen before the opens")
    build(l)

    # M6 clean: BC660K UDP with PSM
    l = Log("upy_bc660k_udp_psm_clean.log", "clean", BC660, "micropython-repr", "kibana-csv",
            "PSM timers set, CEREG polled to 1, QIOPEN UDP awaited, QISEND in one line, SEND OK, QICLOSE", False)
    l.urc("RDY")
    l.at(1.0)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd('AT+CPSMS=1,,,"00100001","00000011"')
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,2",), gap=3.0)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd("AT+CGPADDR=0", resp=('+CGPADDR: 0,"10.81.3.4"',))
    l.cmd('AT+QIOPEN=0,0,"UDP","192.0.2.31",5683')
    l.urc("+QIOPEN: 0,0", dt=0.6)
    l.cmd('AT+QISEND=0,4,"AABBCCDD"', final="OK", tag="sendok")
    l.urc("SEND OK", dt=0.3, tag="sendok")
    l.cmd("AT+QICLOSE=0", tag="close")
    l.ok("verify-after-close", "close", VAC)
    l.ok("orphan-response", "sendok", "arguable: the SEND OK that follows the OK of the one-line QISEND")
    build(l)

    # M7 clean: SIM7022 NB-IoT registration
    l = Log("upy_sim7022_nb_register_clean.log", "clean", S7022, "micropython-repr", "whatsapp",
            "band set, CEREG polled 4 times to 5 (roaming), CGCONTRDP, CSQ", False)
    upy_boot(l, S7022)
    l.cmd("AT+CBANDCFG=\"NB-IOT\",3,8,20")
    l.cmd('AT+CGDCONT=1,"IP","nb.example"')
    for i in range(3):
        l.cmd("AT+CEREG?", resp=("+CEREG: 0,2",), gap=5.0)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,5",))
    l.cmd("AT+CGCONTRDP", resp=('+CGCONTRDP: 1,5,"nb.example","10.90.0.17"',))
    l.cmd("AT+CSQ", resp=("+CSQ: 14,99",))
    build(l)

    # M8 fault: SIM7022 CFUN=0 to "reset the radio"
    l = Log("upy_sim7022_cfun_cycle_clean.log", "clean", S7022, "micropython-repr", "redmine-pre",
            "registration denied: the script cycles the radio with AT+CFUN=0 / AT+CFUN=1 and polls again", False)
    upy_boot(l, S7022)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,3",))
    l.note("registration denied, cycling radio")
    l.cmd("AT+CFUN=0", tag="cf0", rt=1.5)
    l.cmd("AT+CFUN=1", rt=1.2, gap=5.0)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,2",))
    l.ok("cfun-zero", "cf0", "arguable on a platform where CFUN=0 is forbidden; on SIM7022 it is minimum functionality, answered OK")
    build(l)


# ---------------------------------------------------------------------------------- Go daemon (log + %q)
def golog():
    RG, FN = "Quectel RG500Q-EA", "Telit FN980"
    # G1 fault: CGDCONT no answer
    l = Log("go_rg500q_cgdcont_timeout.log", "fault", RG, "go-log-q", "gitlab-details",
            "router daemon: AT+CGDCONT gets no answer; read deadline of 5 s hits, daemon goes on with the next step", True)
    l.note("modem: opened /dev/ttyUSB2 at 115200")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd('AT+CGDCONT=1,"IPV4V6","fwa.example"', final=None, tag="to", gap=0.0)
    l.note("modem: read: i/o timeout after 5s", tag="to", dt=5.0)
    l.cmd('AT+QENG="servingcell"', resp=('+QENG: "servingcell","NOCONN","NR5G-SA","TDD",001,01,12AB34C,505,10A,627264,78,12,-85,-11,16,1,-',))
    l.exp("response-timeout", "to", "AT+CGDCONT (a 300 ms command) has no final in 5 s")
    build(l)

    # G2 fault: CGACT fails, daemon dials anyway
    l = Log("go_rg500q_cgact_fail_ignored.log", "fault", RG, "go-log-q", "discord",
            "AT+CGACT=1,1 answers +CME ERROR: 30 (no network service); the daemon brings the netdev up and reads the address anyway", True)
    l.note("modem: opened /dev/ttyUSB2 at 115200")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+C5GREG?", resp=("+C5GREG: 0,1",))
    l.cmd("AT+CGACT=1,1", final="+CME ERROR: 30", tag="act", rt=2.0)
    l.cmd("AT+QNETDEVCTL=1,1,1", rt=0.4)
    l.cmd("AT+QMAP=\"WWAN\"", resp=('+QMAP: "WWAN",0,1,"IPV4","0.0.0.0"',))
    l.note("modem: wwan0 up, no address")
    l.exp("command-failed", "act", "the failed activation is neither retried nor looked into; the next commands assume it worked")
    build(l)

    # G3 clean: RG500Q SA status
    l = Log("go_rg500q_status_poll_clean.log", "clean", RG, "go-log-q", "none",
            "periodic status: servingcell, CSQ-like QRSRP, CGPADDR, temperature; a URC between polls", True)
    l.note("modem: opened /dev/ttyUSB2 at 115200")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd('AT+QENG="servingcell"', resp=('+QENG: "servingcell","CONNECT","NR5G-SA","TDD",001,01,12AB34C,505,10A,627264,78,12,-82,-11,18,1,-',))
    l.cmd("AT+QRSRP", resp=("+QRSRP: -82,-85,-88,-90,NR5G",))
    l.cmd("AT+CGPADDR=1", resp=('+CGPADDR: 1,"10.20.30.40"',))
    l.urc('+QIND: "nr5g_mode",1', dt=4.0)
    l.cmd('AT+QTEMP', resp=('+QTEMP:"modem-lte-sub6-pa1","38"', '+QTEMP:"modem-sdr0-pa0","36"'))
    build(l)

    # G4 fault: typo on FN980
    l = Log("go_fn980_cgdcont_typo.log", "fault", FN, "go-log-q", "whatsapp",
            "config file carries AT+CGDCOTN (typo); ERROR, the daemon continues to AT+CGACT which fails", True)
    l.note("modem: opened /dev/ttyUSB3 at 115200")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd('AT+CGDCOTN=1,"IP","fwa.example"', final="ERROR", tag="typo")
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd("AT+CGACT=1,1", final="ERROR", tag="act", rt=1.0)
    l.exp("unknown-command", "typo", "AT+CGDCOTN is no command; meant AT+CGDCONT")
    l.ok("error-detail", ["typo", "act"], EDT)
    l.ok("command-failed", ["typo", "act"], "not looked into")
    build(l)

    # G5 clean: FN980 data call
    l = Log("go_fn980_data_call_clean.log", "clean", FN, "go-log-q", "stackoverflow",
            "FN980 data call: CEREG polled, CGDCONT, CGACT, CGPADDR; the question is about routing, not the modem", True)
    l.note("modem: opened /dev/ttyUSB3 at 115200")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CGMM", resp=("FN980",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,2",), gap=3.0)
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd('AT+CGDCONT=1,"IP","fwa.example"')
    l.cmd("AT+CGACT=1,1", rt=1.3)
    l.cmd("AT+CGPADDR=1", resp=('+CGPADDR: 1,"10.22.0.5"',))
    build(l)

    # G6 clean: FN980 retried activation with back-off
    l = Log("go_fn980_cgact_backoff_clean.log", "clean", FN, "go-log-q", "bbcode",
            "AT+CGACT=1,1 fails twice (+CME ERROR: 30), each time CEREG is checked and the daemon waits 10 s / 20 s; third attempt works", True)
    l.note("modem: opened /dev/ttyUSB3 at 115200")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=1")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd('AT+CGDCONT=1,"IP","fwa.example"')
    l.cmd("AT+CGACT=1,1", final="+CME ERROR: 30", rt=2.0)
    l.note("modem: activation failed, retry in 10s")
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",), gap=10.0)
    l.cmd("AT+CGACT=1,1", final="+CME ERROR: 30", rt=2.0)
    l.note("modem: activation failed, retry in 20s")
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",), gap=20.0)
    l.cmd("AT+CGACT=1,1", rt=1.1)
    l.cmd("AT+CGPADDR=1", resp=('+CGPADDR: 1,"10.22.0.6"',))
    build(l)


def golog_more():
    RG = "Quectel RG500Q-EA"
    # G7 clean: QPING with every completion awaited
    l = Log("go_rg500q_qping_clean.log", "clean", RG, "go-log-q", "kibana-csv",
            "AT+QPING with 3 echoes: each +QPING line and the summary awaited before the next command", True)
    l.note("modem: opened /dev/ttyUSB2 at 115200")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+C5GREG?", resp=("+C5GREG: 0,1",))
    l.cmd("AT+CGPADDR=1", resp=('+CGPADDR: 1,"10.20.30.41"',))
    l.cmd('AT+QPING=1,"192.0.2.53",4,3')
    for i in range(3):
        l.urc('+QPING: 0,"192.0.2.53",32,%d,255' % (31 + i * 4), dt=1.0)
    l.urc("+QPING: 0,3,3,0,31,39,35", dt=0.1)
    l.cmd("AT+QRSRP", resp=("+QRSRP: -84,-86,-89,-91,NR5G",))
    build(l)


# ---------------------------------------------------------------------------------- .NET service with Serilog
def serilog():
    EM, LN = "Sierra Wireless EM9191", "Telit LN920A12-WW"
    # E1 fault: CGACT while searching
    l = Log("serilog_em9191_cgact_while_searching.log", "fault", EM, "serilog-console", "redmine-pre",
            "service activates PDP context right after AT!SELRAT while CEREG says searching; no CPIN check in this build", False)
    l.note("Opening COM7 at 115200")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT!SELRAT=0E", final="OK")
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,2",))
    l.cmd('AT+CGDCONT=1,"IPV4V6","fwa.example"')
    l.cmd("AT+CGACT=1,1", final="+CME ERROR: no network service", tag="act", rt=3.0)
    l.note("PDP activation failed", lvl="W")
    l.exp("attach-preconditions", "act", "activation with no SIM ready seen and the network still searching")
    l.ok("command-failed", "act", "the service stops; nothing looked into")
    build(l)

    # E2 clean: EM9191 identification and status
    l = Log("serilog_em9191_status_clean.log", "clean", EM, "serilog-console", "org",
            "identification, AT!GSTATUS? multi-line answer, CGPADDR", False)
    l.note("Opening COM7 at 115200")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("ATI", resp=("Manufacturer: Sierra Wireless, Incorporated", "Model: EM9191", "Revision: SWIX55C_03.10.07.00", "IMEI: " + IMEI, "+GCAP: +CGSM"))
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT!GSTATUS?", resp=("!GSTATUS: ", "Current Time:  1204\t\tTemperature: 39", "Bootup Time:   0\t\tMode:        ONLINE",
                              "System mode:   ENDC\t\tPS state:    Attached", "LTE band:      B3\t\tLTE bw:      20 MHz",
                              "NR5G band:     n78\t\tNR5G bw:     100 MHz"))
    l.cmd("AT+CGPADDR=1", resp=('+CGPADDR: 1,"10.33.0.9"',))
    build(l)

    # E3 clean: EM9191 LTE band lock with reset and re-registration
    l = Log("serilog_em9191_band_lock_clean.log", "clean", EM, "serilog-console", "none",
            "AT!ENTERCND, AT!BAND set, AT!RESET, the service waits 25 s, then AT polled until the module answers, CEREG polled", False)
    l.note("Opening COM7 at 115200")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd('AT!ENTERCND="A710"')
    l.cmd("AT!BAND=0A")
    l.cmd("AT!RESET")
    l.note("Port closed, waiting for module", dt=25.0)
    l.cmd("AT", final=None, gap=2.0, tag="probe")
    l.cmd("AT", gap=0.5)
    l.cmd("ATE0")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.ok("response-timeout", "probe", "arguable: the first AT after the reset is a probe while the port comes back")
    build(l)

    # E8 clean: EM9191 optional probes
    l = Log("serilog_em9191_fw_probe_clean.log", "clean", EM, "serilog-console", "bbcode",
            "service probes AT!IMPREF? (ERROR on this carrier firmware, an optional query) then reads the firmware and carrier image", False)
    l.note("Opening COM7 at 115200")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT!IMPREF?", final="+CME ERROR: operation not supported", tag="probe")
    l.note("image preference not supported, skipping")
    l.cmd("AT!IMAGE?", resp=("TYPE SLOT STATUS LRU FAILURES UNIQUE_ID   BUILD_ID",
                            "FW   0    GOOD   1   0 0 ?_?         03.10.07.00_?",
                            "Max FW images: 1", "Active FW image is at slot 0"))
    l.cmd("AT+CGMR", resp=("SWIX55C_03.10.07.00 b1af3e jenkins 2024/03/11 09:12:45",))
    l.ok("command-failed", "probe", "arguable: an optional probe, the service logs why it skips it")
    build(l)

    # E4 fault: LN920 SGACT no answer
    l = Log("serilog_ln920_sgact_timeout.log", "fault", LN, "serilog-console", "gitlab-details",
            "AT#SGACT=1,1 gets no answer in the 150 s the manual allows; the service waits 180 s and closes the port", False)
    l.note("Opening COM4 at 115200")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("AT#SGACT=1,1", final=None, tag="to", gap=0.0)
    l.note("No answer to AT#SGACT=1,1 within 180 s, closing port", lvl="E", tag="to", dt=180.0)
    l.exp("response-timeout", "to", "AT#SGACT has no final in 180 s (limit 150 s)")
    build(l)

    # E5 fault: LN920 payload written before the prompt
    l = Log("serilog_ln920_ssendext_before_prompt.log", "fault", LN, "serilog-console", "discord",
            "the service writes AT#SSENDEXT=1,10 and the payload in one write, the '>' comes after", False)
    l.note("Opening COM4 at 115200")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd("AT#SGACT=1,1", resp=("#SGACT: 10.40.0.3",), rt=1.2)
    l.cmd('AT#SD=1,0,8080,"203.0.113.5",0,0,1', rt=0.8)
    l.send("AT#SSENDEXT=1,10", "0123456789", "OK", early=True, tag="send")
    l.exp("send-before-prompt", "send", "payload written before the '>' prompt")
    build(l)

    # E6 clean: LN920 socket exchange
    l = Log("serilog_ln920_socket_clean.log", "clean", LN, "serilog-console", "kibana-csv",
            "SGACT with its IP, SD command mode, SSENDEXT with prompt, SRING then SRECV, SH and SS check", False)
    l.note("Opening COM4 at 115200")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd("AT#SGACT=1,1", resp=("#SGACT: 10.40.0.4",), rt=1.1)
    l.cmd('AT#SD=1,0,8080,"203.0.113.5",0,0,1', rt=0.8)
    l.send("AT#SSENDEXT=1,10", "0123456789", "OK")
    l.urc("SRING: 1", dt=0.7)
    l.cmd("AT#SRECV=1,100", resp=("#SRECV: 1,6", "ACK 10"))
    l.cmd("AT#SH=1")
    l.cmd("AT#SS=1", resp=("#SS: 1,0",))
    build(l)

    # E7 clean: LN920 SMS read and delete after +CMTI
    l = Log("serilog_ln920_sms_in_clean.log", "clean", LN, "serilog-console", "whatsapp",
            "text mode, +CMTI, CMGR, CMGD", False)
    l.note("Opening COM4 at 115200")
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMGF=1")
    l.cmd("AT+CNMI=2,1,0,0,0")
    l.urc('+CMTI: "SM",2', dt=6.0)
    l.cmd("AT+CMGR=2", resp=('+CMGR: "REC UNREAD","+15550100077","","26/12/07,14:06:02+04"', "REBOOT 0042"))
    l.cmd("AT+CMGD=2")
    build(l)


# ---------------------------------------------------------------------------------- Java gateway with logback
def logback():
    LE, LN8 = "Telit LE910C4-NF", "u-blox LENA-R8001"
    # J1 fault: +++ without guard on LE910C4
    l = Log("logback_le910c4_escape_no_guard.log", "fault", LE, "java-logback", "none",
            "online-mode socket (AT#SD ...,0): the gateway writes its frame and '+++' 100 ms later, then AT#SH gets no answer", False)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd("AT#SGACT=1,1", resp=("#SGACT: 10.50.0.8",), rt=1.3)
    l.cmd('AT#SD=1,0,9000,"198.51.100.40",0,0,0', final="CONNECT", rt=0.9)
    l.raw("HELLO-GW-0042", dt=0.3)
    l.raw("+++", tag="esc", dt=0.1)
    l.cmd("AT#SH=1", final=None, tag="sh", gap=0.0)
    l.note("no response to AT#SH=1 after 10 s, resetting modem", lvl="W", dt=10.0)
    l.exp("escape-guard", "esc", "'+++' 100 ms after the data: no 1 s guard time; the module stays online and swallows AT#SH")
    l.ok("response-timeout", "sh", "a consequence: AT#SH is data to the socket")
    build(l)

    # J2 fault: payload longer than declared
    l = Log("logback_le910c4_ssendext_length_mismatch.log", "fault", LE, "java-logback", "gitlab-details",
            "AT#SSENDEXT=1,10 declares 10 bytes; the gateway writes a 14-byte frame after the prompt", False)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd("AT#SGACT=1,1", resp=("#SGACT: 10.50.0.9",), rt=1.3)
    l.cmd('AT#SD=1,0,9000,"198.51.100.40",0,0,1', rt=0.9)
    l.send("AT#SSENDEXT=1,10", "HELLO-GW-0042!", "OK", tag="send")
    l.exp("send-payload-mismatch", "send", "14 bytes after a prompt for 10: the last 4 are taken as the next command")
    l.ok("orphan-response", "send", "arguable: what the module makes of the 4 extra bytes")
    build(l)

    # J3 fault: SGACT fails once and the gateway gives up
    l = Log("logback_le910c4_sgact_give_up.log", "fault", LE, "java-logback", "bbcode",
            "AT#SGACT=1,1 answers +CME ERROR: 555 (activation failed) once; the gateway marks the link down until the next reboot", False)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("AT#SGACT=1,1", final="+CME ERROR: 555", tag="act", rt=4.0)
    l.note("cellular link DOWN (activation failed), next try after reboot", lvl="E", tag="act")
    l.exp("retry-too-few", "act", "one failed activation and the host gives up")
    l.ok("command-failed", "act", "nothing looks into the failure")
    build(l)

    # J4 clean: LE910C4 SMS send
    l = Log("logback_le910c4_sms_send_clean.log", "clean", LE, "java-logback", "stackoverflow",
            "text-mode SMS: AT+CMGS waits for '> ', text ended with Ctrl-Z, +CMGS reference, OK", False)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CREG?", resp=("+CREG: 0,1",))
    l.cmd("AT+CMGF=1")
    l.cmd('AT+CSCS="GSM"')
    l.send('AT+CMGS="+15550100042"', "Gateway 42 online\x1a", "OK", prompt="> ", resp=("+CMGS: 17",), rt=1.5)
    build(l)

    # J5 clean: LE910C4 socket with a failed first dial retried
    l = Log("logback_le910c4_sd_retry_clean.log", "clean", LE, "java-logback", "org",
            "first AT#SD fails (+CME ERROR: socket connection failed), #SS checked, second dial after 5 s works; send with prompt, close", False)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd("AT#SGACT=1,1", resp=("#SGACT: 10.50.0.11",), rt=1.3)
    l.cmd('AT#SD=1,0,9000,"198.51.100.40",0,0,1', final="+CME ERROR: socket connection failed", rt=3.0)
    l.cmd("AT#SS=1", resp=("#SS: 1,0",), gap=5.0)
    l.cmd('AT#SD=1,0,9000,"198.51.100.40",0,0,1', rt=0.9)
    l.send("AT#SSENDEXT=1,4", "PING", "OK")
    l.cmd("AT#SH=1", tag="close")
    l.ok("verify-after-close", "close", VAC)
    build(l)

    # J6 fault: LENA-R8 SIM failure
    l = Log("logback_lena_r8001_sim_failure.log", "fault", LN8, "java-logback", "discord",
            "LENA-R8001 after a field SIM swap: AT+CPIN? answers +CME ERROR: SIM failure; the gateway retries every 30 s", False)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CGMM", resp=("LENA-R8001",))
    for i in range(3):
        l.cmd("AT+CPIN?", final="+CME ERROR: SIM failure", tag="cpin", gap=30.0)
        l.note("SIM not ready (attempt %d/3)" % (i + 1), lvl="W")
    l.exp("sim-fault", "cpin", "+CME ERROR: SIM failure: the module reports its SIM unusable")
    l.ok("command-failed", "cpin", "the CPIN? failures are only repeated")
    build(l)

    # J7 fault: LENA-R8 write on a socket that was never created
    l = Log("logback_lena_r8001_usowr_unknown_socket.log", "fault", LN8, "java-logback", "kibana-csv",
            "gateway keeps the socket id from before a module reset: AT+USOWR=1 on a module that has only socket 0 open", False)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,1",))
    l.cmd("AT+CGACT=1,1", rt=1.0)
    l.cmd("AT+CGPADDR=1", resp=('+CGPADDR: 1,"10.60.0.2"',))
    l.cmd("AT+USOCR=17", resp=("+USOCR: 0",))
    l.cmd('AT+USOST=1,"198.51.100.41",5683,4,"PING"', final="+CME ERROR: Operation not allowed", tag="wr")
    l.exp("socket-state", "wr", "send on socket 1, which was never created (AT+USOCR returned 0)")
    l.ok("command-failed", "wr", "not looked into")
    build(l)

    # J8 clean: LENA-R8 UDP exchange
    l = Log("logback_lena_r8001_udp_clean.log", "clean", LN8, "java-logback", "redmine-pre",
            "CGACT, CGPADDR, USOCR 17, USOST, +UUSORF then USORF, USOCL", False)
    l.cmd("AT")
    l.cmd("ATE0")
    l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", resp=("+CPIN: READY",))
    l.cmd("AT+CEREG?", resp=("+CEREG: 0,5",))
    l.cmd("AT+CGACT=1,1", rt=1.0)
    l.cmd("AT+CGPADDR=1", resp=('+CGPADDR: 1,"10.60.0.3"',))
    l.cmd("AT+USOCR=17", resp=("+USOCR: 0",))
    l.cmd('AT+USOST=0,"198.51.100.41",5683,4,"PING"', resp=("+USOST: 0,4",))
    l.urc("+UUSORF: 0,4", dt=0.8)
    l.cmd("AT+USORF=0,4", resp=('+USORF: 0,"198.51.100.41",5683,4,"PONG"',))
    l.cmd("AT+USOCL=0", tag="close")
    l.ok("verify-after-close", "close", VAC)
    build(l)


SCEN_ALL = [sparkfun, botletics, micropython, golog, golog_more, serilog, logback]


# ---------------------------------------------------------------------------------- main / self-check
def main():
    for f in SCEN_ALL:
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
        low = text   # undo the quoting the printer or wrapper adds before looking for the commands
        if l.wrapper == "kibana-csv":
            low = low.replace('""', '"')
        if l.printer == "go-log-q":
            low = low.replace('\\"', '"')
        low = low.lower()
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
    if not 0.4 <= nf / len(ALL) <= 0.6:
        problems.append("fault share %d/%d not about half" % (nf, len(ALL)))
    for fn, obj in (("verdicts.json", verdicts), ("labels.json", labels)):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=1, sort_keys=True)
            f.write("\n")
    md = ["# holdout32 per log", "",
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
    summary = "%d logs (%s; %d with the printer's layout verified in source); %d expected, %d acceptable, %d labelled transactions (%d with final null)" % (
        len(ALL), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), nv, ne, na, nt, nn)
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
