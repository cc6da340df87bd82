#!/usr/bin/env python3
"""Write holdout27: logs/, verdicts.json, labels.json, per_log.md, deterministically.

Each log is one session: a list of events (tx = the host's command, rx = a line from the module,
pay = payload the host wrote after a prompt, note = a line the library/application/person wrote),
each with a time. A renderer per shape turns events into the lines the printing tool writes; the
transaction labels come from the same helper calls that emit the events, and each verdict label
points at tagged events, so every line range is computed from the rendered log, never typed.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")


class Log:
    def __init__(self, name, kind, module, shape, story, verified=False, t0=0.0):
        self.name, self.kind, self.module, self.shape, self.story = name, kind, module, shape, story
        self.verified = verified
        self.ev = []          # dicts: k, s, t
        self.tags = {}        # tag -> [event index]
        self.txns = []        # transaction labels
        self.expect = []      # (rule, [tags], why)
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

    def note(self, s, tag=None, dt=0.0):
        self.t += dt
        self._add("note", s, tag)

    def urc(self, s, tag=None, dt=0.0):
        self.t += dt
        self._add("rx", s, tag)

    def cmd(self, c, resp=(), final="OK", tag=None, rt=0.15, gap=0.3, label=True):
        """host sends c; the module answers resp lines then final (None: no final in the log)."""
        self._add("tx", c, tag)
        self.t += rt
        for i, r in enumerate(resp):
            self._add("rx", r, tag, cont=i > 0)
            self.t += 0.01
        if final is not None:
            self._add("rx", final, tag, final=True)
        if label:
            self.txns.append({"command": c, "final": final})
        self.t += gap

    def send(self, c, payload, final, prompt=">", resp=(), tag=None, rt=0.1, gap=0.3, post=()):
        self._add("tx", c, tag)
        self.t += rt
        for r in resp:
            self._add("rx", r, tag)
        if prompt is not None:
            self._add("rx", prompt, tag, prompt=True)
        self.t += 0.05
        if payload is not None:
            self._add("pay", payload, tag)
        self.t += rt
        for r in post:
            self._add("rx", r, tag)
        if final is not None:
            self._add("rx", final, tag, final=True)
        self.txns.append({"command": c, "final": final})
        self.t += gap

    def exp(self, rule, tags, why):
        self.expect.append((rule, tags if isinstance(tags, list) else [tags], why))

    def ok(self, rule, tags, why):
        self.accept.append((rule, tags if isinstance(tags, list) else [tags], why))


# ------------------------------------------------------------------------------------------
# renderers: each returns one list of lines per event
# ------------------------------------------------------------------------------------------

def r_plain(log, blank=True, show_tx=True, show_pay=True):
    out = []
    for e in log.ev:
        if e["k"] == "tx":
            out.append([e["s"]] if show_tx else [])
        elif e["k"] == "rx":
            if e.get("prompt") or e.get("cont"):
                out.append([e["s"]])
            else:
                out.append(["", e["s"]] if blank else [e["s"]])
        elif e["k"] == "pay":
            out.append([e["s"]] if show_pay else [])
        else:
            out.append([e["s"]])
    return out


def hms(t, base=9 * 3600 + 12 * 60):
    t = base + t
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return "%02d:%02d:%06.3f" % (h % 24, m, s)


def r_tio(log, base=10 * 3600):
    """tio -t: '[hh:mm:ss.mmm] ' before each line received; the command shows as the module's echo."""
    out = []
    for e in log.ev:
        st = "[%s] " % hms(e["t"], base)
        if e["k"] in ("tx", "rx"):
            out.append([st + e["s"]])
        elif e["k"] == "pay":
            out.append([])
        else:
            out.append([e["s"]])
    return out


def zts(t):
    ms = int(round(t * 1000))
    h, rem = divmod(ms, 3600000)
    m, rem = divmod(rem, 60000)
    s, ms = divmod(rem, 1000)
    return "[%02d:%02d:%02d.%03d,%03d]" % (h, m, s, ms, (ms * 7) % 1000)


def zhex(data, indent):
    rows = []
    for i in range(0, len(data), 16):
        chunk = data[i:i + 16]
        hx = ""
        for j in range(16):
            if j < len(chunk):
                hx += "%02x " % chunk[j]
            else:
                hx += "   "
            if j == 7:
                hx += " "
        asc = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        rows.append(" " * indent + hx + "|" + asc)
    return rows


def zmatch(s):
    for p in ("+CME ERROR: ", "ERROR", "OK", "+USOCR: ", "+USOWR: ", "+USORD: ", "+UUSORD: ",
              "+UUSOCL: ", "+CREG: ", "+CGREG: ", "+CSQ: ", "+UPSND: ", "+KTCPCFG: ", "+KTCP_IND: ",
              "+KCNXCFG: ", "+CEREG: ", "+KSUP: ", "CONNECT", "+CGSN", "+KTCP_NOTIF: ", "+KTCP_DATA: "):
        if s.startswith(p):
            return p
    return None


def r_zephyr(log, verbose=True, drv="modem_ublox_sara_r4"):
    """Zephyr modem_cmd_handler (CONFIG_MODEM_CONTEXT_VERBOSE_DEBUG): SENT DATA / RECV hexdumps,
    'match cmd [%s] (len:%zu)' for lines a handler takes."""
    out = []
    for e in log.ev:
        ts = zts(e["t"])
        if e["k"] == "tx" or e["k"] == "pay":
            if not verbose:
                out.append([])
                continue
            head = "%s <dbg> modem_cmd_handler: modem_cmd_send_ext: SENT DATA" % ts
            out.append([head] + zhex(e["s"].encode(), 29))
        elif e["k"] == "rx":
            lines = []
            if verbose:
                lines.append("%s <dbg> modem_cmd_handler: cmd_handler_process_rx_buf: RECV" % ts)
                lines += zhex(e["s"].encode(), 29)
            m = zmatch(e["s"])
            if m:
                lines.append("%s <dbg> modem_cmd_handler: cmd_handler_process_rx_buf: match cmd [%s] (len:%d)"
                             % (ts, m, len(e["s"])))
            out.append(lines)
        else:
            s = e["s"]
            if s.startswith("!"):
                out.append([s[1:]])
            else:
                out.append(["%s <inf> %s: %s" % (ts, drv, s)])
    return out


def r_espmodem(log, app="modem_app", addr=0x3ffb6a40):
    """ESP-IDF: the app logs each command it writes; esp_modem hexdumps what it reads
    (ESP_LOG_BUFFER_HEXDUMP("esp-modem: debug_data", ..., ESP_LOG_DEBUG))."""
    out = []
    for e in log.ev:
        ms = int(e["t"] * 1000) + 812
        if e["k"] == "tx":
            out.append(["I (%d) %s: -> %s" % (ms, app, e["s"])])
        elif e["k"] == "pay":
            out.append(["I (%d) %s: -> <%d bytes payload>" % (ms, app, len(e["s"]))])
        elif e["k"] == "rx":
            data = ("\r\n" + e["s"] + ("" if e.get("prompt") else "\r\n")).encode()
            rows = []
            for i in range(0, len(data), 16):
                chunk = data[i:i + 16]
                hx = " ".join("%02x" % b for b in chunk[:8])
                if len(chunk) > 8:
                    hx += "  " + " ".join("%02x" % b for b in chunk[8:])
                asc = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
                rows.append("D (%d) esp-modem: debug_data: 0x%08x   %-49s |%s|" % (ms, addr + i, hx, asc))
            out.append(rows)
        else:
            s = e["s"]
            if s.startswith("!"):
                out.append([s[1:]])
            elif s[:2] in ("W:", "E:"):
                out.append(["%s (%d) %s: %s" % (s[0], ms, app, s[3:])])
            else:
                out.append(["I (%d) %s: %s" % (ms, app, s)])
    return out


def r_mbed(log):
    out = []
    for e in log.ev:
        if e["k"] == "tx":
            out.append(["[INFO][CELL]: AT> %s" % e["s"]])
        elif e["k"] == "pay":
            out.append(["[INFO][CELL]: AT> %s" % e["s"]])
        elif e["k"] == "rx":
            out.append(["[INFO][CELL]: AT< %s" % e["s"]])
        else:
            s = e["s"]
            out.append([s[1:]] if s.startswith("!") else ["[INFO][CELL]: %s" % s])
    return out


def r_tinygsm(log):
    """StreamDebugger: the host's bytes and the module's bytes on one serial monitor;
    TinyGSM's DBG() lines start '[millis] '."""
    out = []
    for e in log.ev:
        if e["k"] in ("tx", "pay"):
            out.append([e["s"]])
        elif e["k"] == "rx":
            out.append([e["s"]] if e.get("prompt") or e.get("cont") else ["", e["s"]])
        else:
            out.append(["[%d] %s" % (int(e["t"] * 1000) + 1203, e["s"])])
    return out


def r_chat(log, host="gw", pid=2231, base=14 * 3600 + 3 * 60, day="Dec  7"):
    """pppd's chat -v in syslog."""
    out = []
    for e in log.ev:
        pre = "%s %s %s chat[%d]: " % (day, hms(e["t"], base)[:8], host, pid)
        if e["k"] == "tx":
            lines = [pre + "send (%s^M)" % e["s"]]
            exp = e.get("expect") or "OK"
            lines.append(pre + "expect (%s)" % exp)
            if e.get("echo", True):
                lines.append(pre + "%s^M^M" % e["s"])
            out.append(lines)
        elif e["k"] == "rx":
            if e.get("final") and e["s"] in ("NO CARRIER", "BUSY", "ERROR"):
                out.append([pre + e["s"]])
            elif e.get("final"):
                out.append([pre + e["s"], pre + " -- got it"])
            else:
                out.append([pre + e["s"] + "^M", pre + "^M"])
        elif e["k"] == "pay":
            out.append([])
        else:
            s = e["s"]
            if s.startswith("pppd:"):
                out.append([pre.replace("chat[%d]" % pid, "pppd[%d]" % (pid - 1)) + s[5:]])
            else:
                out.append([s[1:]] if s.startswith("!") else [pre + s])
    return out


def r_pppd(log, host="gw", base=14 * 3600 + 3 * 60, day="Dec  7"):
    out = []
    for e in log.ev:
        pre = "%s %s %s pppd[2230]: " % (day, hms(e["t"], base)[:8], host)
        out.append([pre + e["s"]])
    return out


def fence(lines, before, after, lang="text"):
    return before + ["```" + lang] + lines + ["```"] + after


# ------------------------------------------------------------------------------------------
ALL = []


def add(log, renderer, wrap=None):
    per = renderer(log)
    lines, rng = [], []
    for chunk in per:
        a = len(lines) + 1
        lines.extend(chunk)
        rng.append((a, len(lines)))   # empty chunk: a > b
    offset = 0
    if wrap:
        before, after, quote = wrap
        offset = len(before) + (0 if quote else 1)
        if quote:
            body = [quote + l if l else quote.rstrip() for l in lines]
            lines = before + body + after
        else:
            lines = fence(lines, before, after)
    log.lines = lines
    log.ranges = [(a + offset, b + offset) for a, b in rng]
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


FIB = "Fibocom's AT guide is the guide RULES.txt cites (MIPXOFF/MIPXON, CFUN=0 note), so its rule applies to this Fibocom module"
NOTGUIDE = "the rule rests on the guide RULES.txt cites (Fibocom's); this module's vendor documents no such limit"
VAC = "no query after the close; true advice, never an escalation"


def faults():
    # F1 Fibocom L610, CoolTerm plain capture: AT+CFUN=0 to "save power" -> module gone
    l = Log("l610_coolterm_cfun0_powersave.txt", "fault", "Fibocom L610-CN", "coolterm-capture",
            "host puts the L610 in CFUN=0 between reports to save power; afterwards the module no longer answers")
    l.cmd("AT"); l.cmd("ATE1"); l.cmd("AT+CGMR", ["16000.1000.00.97.20.10"])
    l.cmd("AT+CPIN?", ["+CPIN: READY"]); l.cmd("AT+CEREG?", ["+CEREG: 0,1"])
    l.cmd("AT+MIPCALL?", ["+MIPCALL: 1,10.44.17.3"])
    l.cmd("AT+MIPCLOSE=1", final="OK", tag="close"); l.urc("+MIPCLOSE: 1,0", tag="close")
    l.cmd("AT+MIPCALL=0", final="OK", tag="close"); l.urc("+MIPCALL: 0", tag="close")
    l.cmd("AT+CFUN=0", final="OK", tag="cfun0")
    add(l, r_plain)
    l.exp("cfun-zero", "cfun0", "Fibocom's guide: CFUN=0 may power the module down on this platform; " + FIB)
    l.ok("verify-after-close", ["close", "cfun0"], VAC)

    # F2 SIM7070G, esp_modem: CAOPEN while CNACT shows no address
    l = Log("sim7070g_espmodem_caopen_noip.log", "fault", "SIMCom SIM7070G", "esp-idf-app+esp_modem-debug_data",
            "after a cell change the app re-opens its TCP link: AT+CNACT? shows context 0 inactive (0.0.0.0) and the app still sends AT+CAOPEN", t0=41.0)
    l.note("reconnecting to 192.0.2.10:8080")
    l.cmd("AT+CEREG?", ["+CEREG: 0,1"])
    l.cmd("AT+CNACT?", ['+CNACT: 0,0,"0.0.0.0"', '+CNACT: 1,0,"0.0.0.0"', '+CNACT: 2,0,"0.0.0.0"', '+CNACT: 3,0,"0.0.0.0"'], tag="noip")
    l.cmd('AT+CAOPEN=0,0,"TCP","192.0.2.10",8080', ["+CAOPEN: 0,1"], rt=1.2, tag="open")
    l.note("open failed (1), retry in 5 s")
    l.at(5)
    l.cmd('AT+CAOPEN=0,0,"TCP","192.0.2.10",8080', ["+CAOPEN: 0,1"], rt=1.1, tag="open2")
    l.note("giving up, reboot in 60 s")
    add(l, r_espmodem)
    l.exp("socket-without-ip", ["open", "open2"], "CNACT? shows every context 0.0.0.0 and the host opens a socket anyway (SIMCom: CNACT=0,1 first)")
    l.ok("command-failed", ["open", "open2"], "the failed CAOPEN is retried but never looked into with CNACT; arguable")
    l.ok("retry-too-few", ["open2"], "one retry then give-up; the guide's minimum is not SIMCom's")

    # F3 SARA-U201, Zephyr modem_cmd_handler: write on socket 1 after +UUSOCL: 1
    l = Log("sara_u201_zephyr_usowr_after_uusocl.log", "fault", "u-blox SARA-U201", "zephyr-modem_cmd_handler-verbose",
            "the server closes socket 1 (+UUSOCL: 1) and the application writes to it anyway", t0=62.1)
    l.cmd("AT+USOCR=6", ["+USOCR: 0"]); l.cmd('AT+USOCO=0,"192.0.2.20",7000', rt=2.3)
    l.cmd("AT+USOCR=6", ["+USOCR: 1"]); l.cmd('AT+USOCO=1,"192.0.2.21",7001', rt=1.9)
    l.cmd('AT+USOWR=0,5,"68656C6C6F"', ["+USOWR: 0,5"])
    l.urc("+UUSOCL: 1", tag="closed", dt=4.0)
    l.at(1.5)
    l.cmd('AT+USOWR=1,4,"70696E67"', final="+CME ERROR: 3", tag="write")
    l.note("send() failed: -5", dt=0.01)
    add(l, r_zephyr)
    l.exp("socket-state", ["write"], "u-blox reported socket 1 closed (+UUSOCL: 1); the write on it is the host's fault")
    l.ok("command-failed", ["write"], "the failed write is not looked into; arguable")

    # F4 HL7812, minicom: KTCPSND before +KTCP_IND
    l = Log("hl7812_minicom_ktcpsnd_before_ind.cap", "fault", "Sierra Wireless HL7812", "minicom-capture",
            "the engineer types AT+KTCPSND right after KTCPCNX's OK, before +KTCP_IND reports the session up")
    l.cmd("AT+KSREP?", ["+KSREP: 1,0"]); l.cmd('AT+KCNXCFG=1,"GPRS","iot.example"')
    l.cmd('AT+KTCPCFG=1,0,"192.0.2.30",5000', ["+KTCPCFG: 1"])
    l.cmd("AT+KTCPCNX=1", tag="cnx")
    l.cmd("AT+KTCPSND=1,5", final="+CME ERROR: 923", tag="snd")
    l.urc("+KTCP_IND: 1,1", tag="ind")
    l.send("AT+KTCPSND=1,5", None, "OK", prompt="CONNECT")
    l.cmd("AT+KTCPCLOSE=1")
    add(l, r_plain)
    l.exp("async-overlap", ["snd"], "KTCPCNX completes with +KTCP_IND; a command sent before it overlaps the async connect")
    l.ok("verify-after-close", ["snd", "ind"], VAC)
    l.ok("command-failed", ["snd"], "the 923 is followed by the right retry after +KTCP_IND")

    # F5 nRF9151 SLM, RealTerm: typo
    l = Log("nrf9151_slm_realterm_xsystemode_typo.txt", "fault", "Nordic nRF9151 (Serial LTE Modem)", "realterm-capture",
            "the system-mode setting is mistyped (%XSYSTEMODE), refused with ERROR, and the host moves on to CFUN=1")
    l.urc("Ready")
    l.cmd("AT"); l.cmd("AT+CFUN=4")
    l.cmd("AT%XSYSTEMODE=1,0,1,0", final="ERROR", tag="typo")
    l.cmd("AT+CFUN=1"); l.cmd("AT+CEREG=5")
    l.urc('+CEREG: 2,"00A1","0123ABCD",7', dt=2)
    l.cmd("AT+CEREG?", ['+CEREG: 5,2,"00A1","0123ABCD",7'])
    add(l, r_plain)
    l.exp("unknown-command", "typo", "%XSYSTEMODE is not a Nordic command (typo of %XSYSTEMMODE)")
    l.ok("command-failed", "typo", "the refused setting is never retried; true")
    l.ok("error-detail", "typo", "CMEE is not enabled; true advice")

    # F6 BC660K, esp_modem app: command sent while the module sleeps
    l = Log("bc660k_espmodem_csq_in_deepsleep.log", "fault", "Quectel BC660K-GL", "esp-idf-app+esp_modem-debug_data",
            "after +QATSLEEP the app writes AT+CSQ without pulling PSM_EINT; nothing comes back and the app just waits on", t0=120.0)
    l.cmd("AT+QATWAKEUP=1"); l.cmd("AT+QSCLK=1"); l.cmd("AT+CPSMS?", ['+CPSMS: 1,,,"00100001","00000101"'])
    l.urc("+QATSLEEP", dt=8.0)
    l.at(30)
    l.cmd("AT+CSQ", final=None, tag="csq")
    l.note("W: no response to AT+CSQ (30000 ms)", dt=30.0)
    l.note("W: no response to AT+CSQ (30000 ms)", dt=30.0)
    l.urc("+QATWAKEUP", dt=40.0)
    l.cmd("AT+CSQ", ["+CSQ: 18,99"])
    add(l, r_espmodem)
    l.exp("response-timeout", "csq", "AT+CSQ gets no final at all (module asleep, host never woke it)")

    # F7 SIM7672, esp_modem: NETOPEN storm
    l = Log("sim7672_espmodem_netopen_storm.log", "fault", "SIMCom SIM7672E", "esp-idf-app+esp_modem-debug_data",
            "the app does not recognise '+IP ERROR: Network is already opened' and re-sends AT+NETOPEN 14 times", t0=30.0)
    l.cmd("AT+CGATT?", ["+CGATT: 1"])
    for i in range(14):
        l.cmd("AT+NETOPEN", ["+IP ERROR: Network is already opened"], final="ERROR", tag="storm", gap=1.0)
    l.note("E: NETOPEN failed 14 times, restarting modem")
    add(l, r_espmodem)
    l.exp("retry-storm", "storm", "14 back-to-back identical NETOPEN attempts, each refused the same way")
    l.ok("command-failed", "storm", "failure never looked into with NETOPEN?; arguable")
    l.ok("error-detail", "storm", "verbose errors not enabled; advice")

    # F8 ME310G1, Mbed: no SIM
    l = Log("me310g1_mbed_sim_not_inserted.log", "fault", "Telit ME310G1-WW", "mbed-cellular-at-trace",
            "the tray is empty: CPIN? answers 'SIM not inserted' every time; the device must report the SIM, not the host")
    l.note("![INFO][CELL]: New CellularContext (20003b58)")
    l.cmd("AT"); l.cmd("ATE0"); l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", final="+CME ERROR: SIM not inserted", tag="sim1")
    l.note("!Waiting for SIM (1/3)")
    l.cmd("AT#QSS?", ["#QSS: 0,0"], tag="qss")
    l.cmd("AT+CPIN?", final="+CME ERROR: SIM not inserted", tag="sim2")
    l.cmd("AT+CPIN?", final="+CME ERROR: SIM not inserted", tag="sim3")
    l.note("![ERR ][CELL]: SIM not ready, err -3015")
    add(l, r_mbed)
    l.exp("sim-fault", "sim1", "SIM not inserted: reported once as the SIM's fault")
    l.ok("sim-fault", ["qss", "sim2", "sim3"], "the same fault again, or #QSS: 0 as its sim_fault answer")

    # F9 BG600L-M3, minicom: QMTOPEN failure ignored
    l = Log("bg600l_minicom_qmtopen_fail_ignored.cap", "fault", "Quectel BG600L-M3", "minicom-capture",
            "+QMTOPEN: 0,3 (PDP not active) and the operator carries on with CONN and PUB, which fail")
    l.cmd("ATE1"); l.cmd('AT+QMTCFG="version",0,4')
    l.cmd('AT+QMTOPEN=0,"mqtt.example",1883', tag="open"); l.urc("+QMTOPEN: 0,3", tag="open", dt=2.0)
    l.cmd('AT+QMTCONN=0,"dev42"', final="ERROR", tag="conn")
    l.cmd('AT+QMTPUB=0,0,0,0,"t/1"', final="ERROR", tag="pub")
    l.cmd('AT+QMTPUB=0,0,0,0,"t/1"', final="ERROR", tag="pub")
    l.cmd("AT+QMTDISC=0", final="ERROR", tag="disc")
    add(l, r_plain)
    l.exp("command-failed", "open", "QMTOPEN's completion reports failure 3 (PDP); nothing looks into it (no QIACT?/CGACT?)")
    l.ok("command-failed", ["conn", "pub"], "the follow-on errors are not looked into either")
    l.ok("error-detail", ["conn", "pub", "disc"], "bare ERROR with CMEE off; advice")

    # F10 EG91, RealTerm: QISEND of 3000 bytes
    l = Log("eg91_realterm_qisend_3000.txt", "fault", "Quectel EG91-E", "realterm-capture",
            "the engineer sends a 3000-byte block in one AT+QISEND (Quectel allows 1460), refused, then sends 16 bytes")
    l.cmd('AT+QIOPEN=1,0,"TCP","198.51.100.7",9000,0,0'); l.urc("+QIOPEN: 0,0", dt=1)
    l.cmd("AT+QISEND=0,3000", final="ERROR", tag="big")
    l.send("AT+QISEND=0,16", "0123456789ABCDEF", "SEND OK")
    l.cmd("AT+QICLOSE=0", tag="close")
    add(l, r_plain)
    l.exp("send-length", "big", "3000 bytes declared: over the module's 1460 and the rule's 2048")
    l.ok("error-detail", "big", "bare ERROR with CMEE off")
    l.ok("command-failed", "big", "tried another way (16 bytes) right after; arguable")
    l.ok("verify-after-close", "close", VAC)

    # F11 L610, tio -t: two power-offs 70 s apart
    l = Log("l610_tio_cpwroff_twice.log", "fault", "Fibocom L610-EU", "tio-timestamps",
            "a watchdog script powers the L610 off, PWRKEY brings it back, and 70 s after the first the script powers it off again")
    l.cmd("AT+CPWROFF", tag="off1")
    l.at(45); l.cmd("AT"); l.cmd("AT+CPIN?", ["+CPIN: READY"]); l.cmd("AT+CSQ", ["+CSQ: 9,99"])
    l.at(20)
    l.cmd("AT+CPWROFF", tag="off2")
    add(l, r_tio)
    l.exp("power-cycle-interval", "off2", "second power-off 70 s after the first; " + FIB + " (section 3.4: 300 s)")

    # F12 ESP-AT, CoolTerm: send on a closed link
    l = Log("esp32c6_coolterm_cipsend_closed_link.txt", "fault", "Espressif ESP32-C6 (ESP-AT)", "coolterm-capture",
            "the peer closed link 0 (0,CLOSED) and the host sends on it")
    l.cmd("AT+CIPMUX=1")
    l.cmd('AT+CIPSTART=0,"TCP","192.0.2.50",8000', ["0,CONNECT"])
    l.urc("0,CLOSED", tag="closed", dt=3)
    l.cmd("AT+CIPSEND=0,10", ["link is not valid"], final="ERROR", tag="send")
    add(l, r_plain)
    l.exp("socket-state", "send", "send on link 0 after the module reported 0,CLOSED")
    l.ok("command-failed", "send", "not looked into; arguable")

    # F13 SIM7672, minicom: open of an open socket
    l = Log("sim7672_minicom_cipopen_twice.cap", "fault", "SIMCom SIM7672G", "minicom-capture",
            "the script opens link 0 again while it is still open")
    l.cmd("AT+NETOPEN"); l.urc("+NETOPEN: 0", dt=1)
    l.cmd("AT+IPADDR", ["+IPADDR: 10.9.3.22"])
    l.cmd('AT+CIPOPEN=0,"TCP","192.0.2.40",9000'); l.urc("+CIPOPEN: 0,0", dt=1)
    l.cmd('AT+CIPOPEN=0,"TCP","192.0.2.40",9000', tag="again"); l.urc("+CIPOPEN: 0,4", tag="again", dt=0.2)
    l.cmd("AT+CIPCLOSE=0", tag="close"); l.urc("+CIPCLOSE: 0,0", tag="close", dt=0.3)
    add(l, r_plain)
    l.exp("socket-state", "again", "CIPOPEN of link 0 while it is open (the module refuses it)")
    l.ok("command-failed", "again", "the refused open is followed by a close, arguable")
    l.ok("verify-after-close", "close", VAC)

    # F14 MC610, CoolTerm: data call right after boot
    l = Log("mc610_coolterm_mipcall_after_boot.txt", "fault", "Fibocom MC610-EU", "coolterm-capture",
            "after the module restarts the host dials MIPCALL immediately, without waiting for SIM ready or registration")
    l.urc("+SIM READY", tag="boot")
    l.cmd("AT")
    l.cmd('AT+MIPCALL=1,"iot.example"', tag="call"); l.urc("+MIPCALL: 0", tag="call", dt=3)
    l.cmd('AT+MIPCALL=1,"iot.example"', tag="call2"); l.urc("+MIPCALL: 10.44.0.9", tag="call2", dt=6)
    add(l, r_plain)
    l.exp("attach-preconditions", ["call"], "no CEREG/CREG seen before the data call; " + FIB)
    l.ok("attach-preconditions", ["call2"], "the second dial still has no registration seen")
    l.ok("command-failed", ["call"], "retried at once; arguable")


def healthy():
    # H1 SARA-U201 Zephyr: socket 0 is valid on u-blox, URC inside traffic
    l = Log("sara_u201_zephyr_socket0_roundtrip.log", "healthy", "u-blox SARA-U201", "zephyr-modem_cmd_handler-verbose",
            "socket 0 (u-blox numbers sockets from 0), a +UUSORD arriving between commands, read, close", t0=15.3)
    l.note("Modem: u-blox SARA-U201 rev 23.60")
    l.cmd("AT+CREG?", ["+CREG: 0,5"])
    l.cmd('AT+UPSD=0,1,"iot.example"'); l.cmd("AT+UPSDA=0,3", rt=2.8)
    l.cmd("AT+UPSND=0,0", ['+UPSND: 0,0,"10.61.5.18"'])
    l.cmd("AT+USOCR=6", ["+USOCR: 0"]); l.cmd('AT+USOCO=0,"192.0.2.20",7000', rt=3.1)
    l.cmd('AT+USOWR=0,5,"68656C6C6F"', ["+USOWR: 0,5"])
    l.urc("+UUSORD: 0,5", dt=0.7)
    l.cmd("AT+USORD=0,5", ['+USORD: 0,5,"776F726C64"'])
    l.cmd("AT+USOCL=0", tag="close", rt=1.0)
    add(l, r_zephyr)
    l.ok("verify-after-close", "close", VAC)

    # H2 nRF9151 CoolTerm: CFUN=0 is Nordic's documented step; handle 0
    l = Log("nrf9151_slm_coolterm_cfun0_mode_change.txt", "healthy", "Nordic nRF9151 (Serial LTE Modem)", "coolterm-capture",
            "CFUN=0 before changing %XSYSTEMMODE is what Nordic documents; socket handle 0; roaming registration (5)")
    l.urc("Ready")
    l.cmd("AT+CFUN=0", tag="cfun0"); l.cmd("AT%XSYSTEMMODE=1,0,1,0"); l.cmd("AT+CFUN=1")
    l.urc('+CEREG: 2,"00A1","0123ABCD",7', dt=3); l.urc('+CEREG: 5,"00A1","0123ABCD",7', dt=9)
    l.cmd("AT#XSOCKET=1,1,0", ["#XSOCKET: 0,1,6"])
    l.cmd('AT#XCONNECT="192.0.2.60",4000', ["#XCONNECT: 1"], rt=0.8)
    l.cmd('AT#XSEND="hello"', ["#XSEND: 5"])
    l.cmd("AT#XRECV=10", ["#XRECV: 5", "world"])
    l.cmd("AT#XSOCKET=0", ['#XSOCKET: 0,"closed"'], tag="close")
    add(l, r_plain)
    l.ok("verify-after-close", "close", VAC)

    # H3 GM02S, TinyGSM: +SYSSTART, CFUN=0 around band config, CEREG polled while searching
    l = Log("gm02s_tinygsm_cereg_poll_search.log", "healthy", "Sequans GM02S", "tinygsm-streamdebugger",
            "boot (+SYSSTART), radio off to set bands (CFUN=0 is normal on Sequans), 12 CEREG? polls while searching, then registered")
    l.note("### TinyGSM Version: 0.12.0")
    l.note("### TinyGSM Compiled Module:  TinyGsmClientSequansMonarch")
    l.urc("+SYSSTART")
    l.cmd("AT", gap=0.5); l.cmd("ATE0", gap=0.2); l.cmd("AT+CMEE=2")
    l.cmd("AT+CFUN=0", rt=1.2); l.cmd("AT+SQNBANDSEL=0,\"standard\",\"3,20\""); l.cmd("AT+CFUN=1", rt=0.8)
    for i in range(12):
        l.cmd("AT+CEREG?", ["+CEREG: 0,2"], gap=2.0, tag="poll")
    l.cmd("AT+CEREG?", ["+CEREG: 0,1"])
    l.cmd("AT+CGPADDR=1", ['+CGPADDR: 1,"10.77.1.5"'])
    add(l, r_tinygsm)

    # H4 EG91, pppd chat: normal dial
    l = Log("eg91_pppd_chat_dial.syslog", "healthy", "Quectel EG91-NA", "pppd-chat-syslog",
            "chat script checks SIM and registration, sets the context and dials; CONNECT after 2 s")
    for a in ("BUSY", "NO CARRIER", "ERROR", "NO DIALTONE"):
        l.note("abort on (%s)" % a)
    l.note("timeout set to 30 seconds")
    l.cmd("AT"); l.cmd("ATZ"); l.cmd("AT+CPIN?", ["+CPIN: READY"]); l.cmd("AT+CREG?", ["+CREG: 0,1"])
    l.cmd('AT+CGDCONT=1,"IP","internet.example"')
    l.cmd("ATD*99***1#", final="CONNECT 150000000", rt=2.0)
    for e in l.ev:
        if e["k"] == "tx" and e["s"].startswith("ATD"):
            e["expect"] = "CONNECT"
    l.note("pppd:Script /usr/sbin/chat -v -f /etc/chatscripts/eg91 finished (pid 2231), status = 0x0", dt=0.1)
    l.note("pppd:Serial connection established.")
    add(l, r_chat)

    # H5 Cinterion ELS61, Mbed: ^SYSSTART, SISO, ^SISW URC, write, close
    l = Log("els61_mbed_siso_sisw.log", "healthy", "Cinterion ELS61-E", "mbed-cellular-at-trace",
            "internet service profile 0: open, ^SISW: 0,1 readiness URC, write 12 bytes (no prompt on Cinterion), close")
    l.urc("^SYSSTART")
    l.cmd("AT"); l.cmd("ATE0"); l.cmd("AT+CMEE=2"); l.cmd("AT+CPIN?", ["+CPIN: READY"])
    l.cmd("AT+CGREG?", ["+CGREG: 0,1"])
    l.cmd('AT^SICS=0,"conType","GPRS0"'); l.cmd('AT^SICS=0,"apn","iot.example"')
    l.cmd('AT^SISS=0,"srvType","Socket"'); l.cmd('AT^SISS=0,"conId","0"')
    l.cmd('AT^SISS=0,"address","socktcp://192.0.2.70:6000"')
    l.cmd("AT^SISO=0", rt=1.5); l.urc("^SISW: 0,1", dt=0.8)
    l.send("AT^SISW=0,12", "hello-world!", "OK", prompt=None, resp=["^SISW: 0,12,0"])
    l.urc("^SISR: 0,1", dt=0.5)
    l.cmd("AT^SISR=0,100", ["^SISR: 0,3", "ack"])
    l.cmd("AT^SISC=0", tag="close")
    add(l, r_mbed)
    l.ok("verify-after-close", "close", VAC)

    # H6 TOBY-L210, pppd chat: slow CONNECT within timeout
    l = Log("toby_l210_pppd_chat_slow_connect.syslog", "healthy", "u-blox TOBY-L210", "pppd-chat-syslog",
            "CONNECT 38 s after ATD, the chat script allows 60 s", t0=0)
    for a in ("BUSY", "NO CARRIER", "ERROR"):
        l.note("abort on (%s)" % a)
    l.note("timeout set to 60 seconds")
    l.cmd("AT"); l.cmd("AT+CMEE=2"); l.cmd('AT+CGDCONT=1,"IP","broadband.example"')
    l.cmd("ATD*99***1#", final="CONNECT", rt=38.0)
    for e in l.ev:
        if e["k"] == "tx" and e["s"].startswith("ATD"):
            e["expect"] = "CONNECT"
    add(l, lambda x: r_chat(x, host="router", pid=911))

    # H7 HL7812, Zephyr: KTCPCNX with +KTCP_IND after 12 s, nothing in between
    l = Log("hl7812_zephyr_ktcp_slow_ind.log", "healthy", "Sierra Wireless HL7812", "zephyr-modem_cmd_handler-verbose",
            "TCP session up after 12 s (+KTCP_IND), the driver waits for it before KTCPSND; +CEREG URC in between", t0=33.0)
    l.cmd("AT+KSREP?", ["+KSREP: 1,0"])
    l.cmd('AT+KTCPCFG=1,0,"192.0.2.30",5000', ["+KTCPCFG: 1"])
    l.cmd("AT+KTCPCNX=1")
    l.urc("+CEREG: 1", dt=4)
    l.urc("+KTCP_IND: 1,1", dt=8)
    l.send("AT+KTCPSND=1,5", "hello", "OK", prompt="CONNECT")
    l.urc("+KTCP_DATA: 1,4", dt=1)
    l.cmd("AT+KTCPCLOSE=1", tag="close")
    add(l, lambda x: r_zephyr(x, drv="modem_hl7800"))
    l.ok("verify-after-close", "close", VAC)

    # H8 SIM7070G TinyGSM: SIM busy then ready
    l = Log("sim7070g_tinygsm_sim_busy_retry.log", "healthy", "SIMCom SIM7070G", "tinygsm-streamdebugger",
            "right after power-on CPIN? answers 'SIM busy'; TinyGSM waits and asks again; then READY")
    l.note("### TinyGSM Version: 0.12.0")
    l.note("### TinyGSM Compiled Module:  TinyGsmClientSIM7080")
    l.cmd("AT", gap=0.5); l.cmd("ATE0"); l.cmd("AT+CMEE=2")
    l.cmd("AT+CPIN?", final="+CME ERROR: SIM busy", gap=1.0)
    l.cmd("AT+CPIN?", final="+CME ERROR: SIM busy", gap=1.0)
    l.cmd("AT+CPIN?", ["+CPIN: READY"])
    l.cmd("AT+CNMP=38"); l.cmd("AT+CMNB=1")
    l.cmd("AT+CEREG?", ["+CEREG: 0,1"])
    add(l, r_tinygsm)

    # H9 ME310G1 Mbed: SGACT takes 35 s (no time in the trace anyway)
    l = Log("me310g1_mbed_sgact_slow.log", "healthy", "Telit ME310G1-WW", "mbed-cellular-at-trace",
            "context activation with #SGACT answers with the address, socket dial and close", t0=0)
    l.cmd("AT"); l.cmd("ATE0"); l.cmd("AT+CMEE=2"); l.cmd("AT+CPIN?", ["+CPIN: READY"])
    l.cmd("AT+CEREG?", ["+CEREG: 0,1"])
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    l.cmd("AT#SGACT=1,1", ["#SGACT: 10.20.30.41"], rt=35)
    l.cmd('AT#SD=1,0,7000,"192.0.2.80",0,0,1', rt=2)
    l.send("AT#SSENDEXT=1,4", "ping", "OK", prompt="> ")
    l.cmd("AT#SH=1", tag="close")
    l.cmd("AT#SS=1", ["#SS: 1,0"])
    add(l, r_mbed)

    # H10 BC660K tio: sleep/wake URCs, host wakes it properly
    l = Log("bc660k_tio_sleep_wake_urcs.log", "healthy", "Quectel BC660K-GL", "tio-timestamps",
            "+QATSLEEP/+QATWAKEUP around a PSM cycle; the host only talks after +QATWAKEUP")
    l.cmd("AT+QATWAKEUP=1"); l.cmd("AT+QSCLK=1"); l.cmd("AT+CEREG?", ["+CEREG: 0,1"])
    l.urc("+QATSLEEP", dt=10)
    l.urc("+QATWAKEUP", dt=300)
    l.at(0.5); l.cmd("AT+CEREG?", ["+CEREG: 0,1"]); l.cmd("AT+CSQ", ["+CSQ: 14,99"])
    l.cmd('AT+QIOPEN=0,0,"UDP","203.0.113.9",5683'); l.urc("+QIOPEN: 0,0", dt=0.4)
    l.cmd('AT+QISEND=0,4,"31323334"', ["SEND OK"], final="OK")
    l.cmd("AT+QICLOSE=0", ["CLOSE OK"], tag="close")
    add(l, r_tio)
    l.ok("verify-after-close", "close", VAC)

    # H11 ESP-AT RealTerm: busy p... then retry; +IPD
    l = Log("esp32c3_realterm_busy_p_ipd.txt", "healthy", "Espressif ESP32-C3 (ESP-AT)", "realterm-capture",
            "CIPSTATUS typed while CWJAP runs answers 'busy p...', retried after GOT IP; +IPD arrives")
    l.urc("ready")
    l.cmd("AT+CWMODE=1")
    l._add("tx", 'AT+CWJAP="lab-ap","secret-example"'); l.txns.append({"command": 'AT+CWJAP="lab-ap","secret-example"', "final": "OK"})
    l.at(0.5)
    l.cmd("AT+CIPSTATUS", final="busy p...", label=True)
    l.urc("WIFI CONNECTED", dt=2); l.urc("WIFI GOT IP", dt=1); l.urc("OK", dt=0.2)
    l.cmd("AT+CIPSTATUS", ["STATUS:2"])
    l.cmd('AT+CIPSTART="TCP","192.0.2.90",8080', ["CONNECT"])
    l.send("AT+CIPSEND=4", None, "SEND OK", resp=["OK"], prompt=">", post=["Recv 4 bytes"])
    l.urc("+IPD,4:pong", dt=0.3)
    l.cmd("AT+CIPCLOSE", ["CLOSED"], tag="close")
    add(l, r_plain)
    l.ok("verify-after-close", "close", VAC)

    # H12 L610 minicom: XOFF respected
    l = Log("l610_minicom_mipxoff_respected.cap", "healthy", "Fibocom L610-CN", "minicom-capture",
            "+MIPXOFF while sending, the host waits for +MIPXON and then sends the rest")
    l.cmd('AT+MIPCALL=1,"iot.example"'); l.urc("+MIPCALL: 10.44.2.8", dt=2)
    l.cmd('AT+MIPOPEN=1,,"198.51.100.12",5000,0'); l.urc("+MIPOPEN: 1,1", dt=1)
    l.send("AT+MIPSEND=1,10", "0123456789", "OK", prompt=">")
    l.urc("+MIPXOFF: 1", dt=0.1)
    l.urc("+MIPXON: 1", dt=4)
    l.send("AT+MIPSEND=1,10", "abcdefghij", "OK", prompt=">")
    l.urc("+MIPSEND: 1,0", dt=0.2)
    l.cmd("AT+MIPCLOSE=1", tag="close"); l.urc("+MIPCLOSE: 1,0", tag="close", dt=0.3)
    add(l, r_plain)
    l.ok("verify-after-close", "close", VAC)

    # H13 Neoway N58 pppd chat: NO CARRIER then second run connects
    l = Log("n58_pppd_chat_nocarrier_then_connect.syslog", "healthy", "Neoway N58", "pppd-chat-syslog",
            "first dial aborts on NO CARRIER; pppd (persist) runs the script again 5 s later and it connects")
    l.note("abort on (NO CARRIER)"); l.note("abort on (ERROR)")
    l.cmd("AT"); l.cmd('AT+CGDCONT=1,"IP","wap.example"')
    l.cmd("ATD*99#", final="NO CARRIER", rt=3)
    l.ev[-2]["expect"] = "CONNECT"
    l.note("pppd:Connect script failed", dt=0.1)
    l.at(5)
    l.cmd("AT"); l.cmd('AT+CGDCONT=1,"IP","wap.example"')
    l.cmd("ATD*99#", final="CONNECT", rt=2)
    l.ev[-2]["expect"] = "CONNECT"
    l.note("pppd:Serial connection established.", dt=0.1)
    add(l, r_chat)

    # H14 SIM7672 tio: peer close and reopen
    l = Log("sim7672_tio_ipclose_reopen.log", "healthy", "SIMCom SIM7672E", "tio-timestamps",
            "the server closes link 1 (+IPCLOSE: 1,1); the host reopens it and sends")
    l.cmd('AT+CIPOPEN=1,"TCP","192.0.2.41",9001'); l.urc("+CIPOPEN: 1,0", dt=0.9)
    l.send("AT+CIPSEND=1,4", "ping", "OK", prompt=">")
    l.urc("+CIPSEND: 1,4,4", dt=0.2)
    l.urc("+IPCLOSE: 1,1", dt=20)
    l.at(2)
    l.cmd('AT+CIPOPEN=1,"TCP","192.0.2.41",9001'); l.urc("+CIPOPEN: 1,0", dt=0.8)
    l.send("AT+CIPSEND=1,4", "ping", "OK", prompt=">")
    l.urc("+CIPSEND: 1,4,4", dt=0.2)
    add(l, r_tio)

    # H15 BG600L esp_modem: slow QIOPEN, pdpdeact, recovery
    l = Log("bg600l_espmodem_pdpdeact_recover.log", "healthy", "Quectel BG600L-M3", "esp-idf-app+esp_modem-debug_data",
            "QIOPEN completes after 19 s; the network drops the context (+QIURC: \"pdpdeact\"); the app closes, re-activates, reopens", t0=12)
    l.cmd("AT+QIACT?", ['+QIACT: 1,1,1,"10.50.8.2"'])
    l.cmd('AT+QIOPEN=1,0,"TCP","198.51.100.30",7000,0,0'); l.urc("+QIOPEN: 0,0", dt=19)
    l.urc('+QIURC: "pdpdeact",1', dt=40)
    l.cmd("AT+QICLOSE=0", rt=0.4, tag="close")
    l.cmd("AT+QIACT=1", rt=3.5)
    l.cmd("AT+QIACT?", ['+QIACT: 1,1,1,"10.50.8.7"'])
    l.cmd('AT+QIOPEN=1,0,"TCP","198.51.100.30",7000,0,0'); l.urc("+QIOPEN: 0,0", dt=6)
    add(l, r_espmodem)
    l.ok("verify-after-close", "close", VAC)

    # H16 EG91 markdown fence of a minicom session with long QENG lines
    l = Log("eg91_forum_fence_qeng.md", "healthy", "Quectel EG91-E", "markdown-fence+minicom",
            "a forum post with a fenced minicom capture: QENG servingcell, QNWINFO, an optional band query refused")
    l.cmd("ATI", ["Quectel", "EG91", "Revision: EG91EXGAR08A05M1G"])
    l.cmd('AT+QENG="servingcell"', ['+QENG: "servingcell","NOCONN","LTE","FDD",001,01,1A2B3C4,321,1300,3,5,5,1A2B,-98,-11,-66,12,27'])
    l.cmd("AT+QNWINFO", ['+QNWINFO: "FDD LTE","00101","LTE BAND 3",1300'])
    l.cmd("AT+COPS?", ['+COPS: 0,0,"Test PLMN",7'])
    l.cmd("AT+CSQ", ["+CSQ: 21,99"])
    add(l, r_plain, wrap=(["**EG91 stuck on band 3?**", "", "Hi all, here is my minicom session (fw EG91EXGAR08A05M1G), anything wrong?", ""],
                          ["", "Thanks in advance!"], None))


def cannot():
    # C1 SARA-U201 Zephyr without verbose debug: only 'match cmd' lines, no commands
    l = Log("sara_u201_zephyr_nonverbose_match_only.log", "cannot", "u-blox SARA-U201", "zephyr-modem_cmd_handler",
            "without CONFIG_MODEM_CONTEXT_VERBOSE_DEBUG only handler matches are logged: no command text, no full lines", t0=8.0)
    l.note("Modem: u-blox SARA-U201 rev 23.60")
    for x in ("OK", "OK", "+CME ERROR: 4", "OK", "+CREG: 0,2", "OK", "+CREG: 0,5", "OK", "+USOCR: 0", "OK", "ERROR", "OK"):
        l.urc(x, dt=0.4)
    l.note("Network is registered")
    add(l, lambda x: r_zephyr(x, verbose=False))

    # C2 L610 CoolTerm capture cut at the start
    l = Log("l610_coolterm_cut_start.txt", "cannot", "Fibocom L610-CN", "coolterm-capture",
            "capture started mid-session: the first lines answer commands typed before it began")
    l.urc("+MIPOPEN: 1,1"); l.urc("OK")
    l.send("AT+MIPSEND=1,4", "ping", "OK", prompt=">")
    l.urc("+MIPSEND: 1,0", dt=0.2)
    l.cmd("AT+MIPSTAT=1", ["+MIPSTAT: 1,0,4"])
    add(l, r_plain)

    # C3 EG91 minicom cut at the end
    l = Log("eg91_minicom_cut_end_cops_scan.cap", "cannot", "Quectel EG91-E", "minicom-capture",
            "the capture ends seconds after AT+COPS=? (a scan takes minutes): no answer can be in it")
    l.cmd("AT+CSQ", ["+CSQ: 17,99"]); l.cmd("AT+COPS?", ["+COPS: 0"])
    l.cmd("AT+COPS=?", final=None)
    add(l, r_plain)

    # C4 BC660K tio: the module sleeps, the host's typing is not echoed -> only URCs
    l = Log("bc660k_tio_asleep_no_echo.log", "cannot", "Quectel BC660K-GL", "tio-timestamps",
            "the module is asleep; tio shows only received bytes, so what the host typed is invisible")
    l.urc("+QATSLEEP", dt=2)
    l.urc("+QATWAKEUP", dt=120)
    l.urc('+CEREG: 1,"1A2B","0012ABCD",9', dt=0.5)
    l.urc("+QATSLEEP", dt=25)
    add(l, r_tio)

    # C5 ME310 mail quote with snipped answers
    l = Log("me310g1_mail_quote_snipped.eml", "cannot", "Telit ME310G1-WW", "email-quote+mbed-trace",
            "a support mail quoting the commands of an Mbed trace, answers cut out with [...]")
    l.note("!AT> AT#SGACT=1,1"); l.note("![...]"); l.note("!AT> AT#SD=1,0,7000,\"192.0.2.80\",0,0,1")
    l.note("![...]"); l.note("!AT> AT#SH=1"); l.note("![...]")
    l.txns = [{"command": c, "final": None} for c in ("AT#SGACT=1,1", 'AT#SD=1,0,7000,"192.0.2.80",0,0,1', "AT#SH=1")]
    add(l, r_mbed, wrap=(["From: field.team@example.com", "Subject: Re: ME310 reconnect", "",
                          "Hi, the relevant part of the trace (rest snipped):", ""],
                         ["", "Regards,", "Field team"], "> "))

    # C6 esp_modem INFO level: no AT
    l = Log("sim7070g_espmodem_info_level_only.log", "cannot", "SIMCom SIM7070G", "esp-idf-app-info",
            "log level INFO: only the app's status lines, no AT traffic")
    for x in ("!I (812) pppos_example: Initializing esp_modem for the SIM7070 module...",
              "!I (1320) pppos_example: Waiting for network registration",
              "!I (9120) pppos_example: Signal quality: rssi=17, ber=99",
              "!I (9430) esp-netif_lwip-ppp: User interrupt event - PPP connected",
              "!I (9431) pppos_example: Modem Connect to PPP Server",
              "!I (9431) pppos_example: IP          : 10.88.4.20",
              "!I (9432) pppos_example: Netmask     : 255.255.255.255",
              "!I (9432) pppos_example: Gateway     : 10.64.64.64",
              "!W (69500) pppos_example: Lost IP, waiting for reconnect"):
        l.note(x)
    add(l, r_espmodem)

    # C7 pppd without chat output
    l = Log("n58_pppd_debug_no_chat_output.syslog", "cannot", "Neoway N58", "pppd-syslog",
            "pppd debug without chat -v: the connect script ran but its dialogue is not logged")
    for x in ("pppd 2.4.9 started by root, uid 0", "using channel 14",
              "Using interface ppp0", "Connect: ppp0 <--> /dev/ttyUSB1",
              "Script /usr/sbin/chat -f /etc/chatscripts/n58 finished (pid 1402), status = 0x0",
              "Serial connection established.", "sent [LCP ConfReq id=0x1 <asyncmap 0x0> <magic 0x5e1f2a3b>]",
              "rcvd [LCP ConfAck id=0x1 <asyncmap 0x0> <magic 0x5e1f2a3b>]",
              "local  IP address 10.77.9.14", "remote IP address 10.64.64.64",
              "Modem hangup", "Connection terminated."):
        l.note(x, dt=0.5)
    add(l, r_pppd)

    # C8 TinyGSM DBG only
    l = Log("sara_u201_tinygsm_dbg_only.log", "cannot", "u-blox SARA-U201", "tinygsm-dbg",
            "the sketch prints TinyGSM's DBG lines but no StreamDebugger: no AT")
    for x in ("### TinyGSM Version: 0.12.0", "### TinyGSM Compiled Module:  TinyGsmClientUBLOX",
              "### Modem: SARA-U201", "Waiting for network... success", "Connecting to iot.example success",
              "Connecting to 192.0.2.20 success", "### Closed:  0"):
        l.note(x, dt=1.7)
    add(l, r_tinygsm)

    # C9 L610 two power-offs without time
    l = Log("l610_coolterm_two_cpwroff_no_time.txt", "cannot", "Fibocom L610-EU", "coolterm-capture",
            "two AT+CPWROFF in a capture with no times: the interval between them cannot be known")
    l.cmd("AT+CPWROFF")
    l.cmd("AT"); l.cmd("AT+CPIN?", ["+CPIN: READY"])
    l.cmd("AT+CPWROFF")
    add(l, r_plain)

    # C10 GM02S minicom escape without time
    l = Log("gm02s_minicom_escape_no_time.cap", "cannot", "Sequans GM02S", "minicom-capture",
            "online mode via AT+SQNSO, +++ typed, back with OK; no times, so guard times cannot be judged")
    l.cmd('AT+SQNSD=1,0,7000,"192.0.2.95",0,0,0', final="CONNECT", rt=1.2)
    l.note("hello from gm02s")
    l.cmd("+++", final="OK", rt=1.0)
    l.cmd("AT+SQNSS", ["+SQNSS: 1,2,\"10.1.2.3\",40000,\"192.0.2.95\",7000"])
    l.cmd("AT+SQNSH=1", tag="close")
    add(l, r_plain)
    l.ok("verify-after-close", "close", VAC)

    # C11 MC610 XOFF at the end of an untimed capture
    l = Log("mc610_coolterm_xoff_capture_ends.txt", "cannot", "Fibocom MC610-EU", "coolterm-capture",
            "+MIPXOFF is the last line of an untimed capture: whether flow control was lifted cannot be seen")
    l.cmd('AT+MIPOPEN=1,,"198.51.100.12",5000,0'); l.urc("+MIPOPEN: 1,1")
    l.send("AT+MIPSEND=1,8", "abcdefgh", "OK", prompt=">")
    l.urc("+MIPXOFF: 1")
    add(l, r_plain)

    # C12 markdown plan: commands only
    l = Log("bg600l_bringup_plan.md", "cannot", "Quectel BG600L-M3", "markdown-notes",
            "a bring-up plan listing commands to try, no module output")
    for x in ("# BG600L bring-up plan", "", "1. `AT+CPIN?` should say READY", "2. `AT+QCFG=\"iotopmode\",0` (Cat-M only)",
              "3. `AT+CFUN=0` then `AT+CFUN=1` to apply", "4. poll `AT+CEREG?` until 1 or 5",
              "5. `AT+QIACT=1`, then `AT+QIOPEN=1,0,\"TCP\",\"192.0.2.1\",80,0,0`", "",
              "If QIOPEN fails with 561 check `AT+QIACT?` first."):
        l.note("!" + x)
    add(l, r_mbed)

    # C13 ESP-AT after ATE0 in a terminal: answers only
    l = Log("esp32c3_realterm_echo_off_answers_only.txt", "cannot", "Espressif ESP32-C3 (ESP-AT)", "realterm-capture",
            "after ATE0 the terminal shows only the module's answers; the commands are invisible")
    l.cmd("ATE0")
    for x in ("OK", "STATUS:2", "OK", "+CIFSR:STAIP,\"192.0.2.77\"", "OK", "CONNECT", "OK", "ERROR"):
        l.urc(x)
    add(l, r_plain)

    # C14 Cinterion SISW payload not visible
    l = Log("els61_minicom_sisw_payload_hidden.cap", "cannot", "Cinterion ELS61-E", "minicom-capture",
            "Cinterion's SISW takes binary data without a '>' prompt and the data is not echoed: its length cannot be checked")
    l.cmd("AT^SISO=0", rt=1.0); l.urc("^SISW: 0,1")
    l.send("AT^SISW=0,30", None, "OK", prompt=None, resp=["^SISW: 0,30,0"])
    l.urc("^SISW: 0,1", dt=0.2)
    l.cmd("AT^SISC=0", tag="close")
    add(l, r_plain)
    l.ok("verify-after-close", "close", VAC)


def more():
    # F15 HL7812 Zephyr: +KTCP_IND never comes
    l = Log("hl7812_zephyr_ktcp_ind_never.log", "fault", "Sierra Wireless HL7812", "zephyr-modem_cmd_handler-verbose",
            "KTCPCNX is accepted but +KTCP_IND never arrives; the driver waits 180 s before closing the session", t0=51.0)
    l.cmd('AT+KTCPCFG=1,0,"192.0.2.31",5001', ["+KTCPCFG: 1"])
    l.cmd("AT+KTCPCNX=1", tag="cnx")
    l.urc("+CEREG: 1", dt=30)
    l.note("TCP connect timeout (session 1)", dt=150)
    l.cmd("AT+KTCPCLOSE=1", final="+CME ERROR: 3", tag="close")
    l.cmd("AT+KTCPDEL=1")
    add(l, lambda x: r_zephyr(x, drv="modem_hl7800"))
    l.exp("completion-timeout", "cnx", "+KTCP_IND (KTCPCNX's completion) never arrives in 180 s")
    l.ok("async-overlap", "close", "the recovery close while the connect still nominally waits; arguable")
    l.ok("command-failed", "close", "the refused close is followed by KTCPDEL; arguable")
    l.ok("completion-timeout", "close", "a finding reported at the give-up point")

    # F16 ME310G1 Mbed-style app: payload before the prompt
    l = Log("me310g1_mbed_payload_before_prompt.log", "fault", "Telit ME310G1-WW", "mbed-cellular-at-trace",
            "the application writes the payload right after AT#SSENDEXT without waiting for the '> ' prompt")
    l.cmd("AT#SS=1", ["#SS: 1,2,10.20.30.41,40100,192.0.2.80,7000"])
    l._add("tx", "AT#SSENDEXT=1,4", "early")
    l.t += 0.002
    l._add("pay", "ping", "early")
    l.t += 0.08
    l._add("rx", "> ", "early", prompt=True)
    l.t += 0.05
    l._add("rx", "OK", None, final=True)
    l.txns.append({"command": "AT#SSENDEXT=1,4", "final": "OK"})
    l.t += 0.3
    l.cmd("AT#SI=1", ["#SI: 1,4,0,0,0"])
    add(l, r_mbed)
    l.exp("send-before-prompt", "early", "payload written 2 ms after the command, before Telit's '> ' prompt")

    # H17 LE910C4 mail quote: SGACT refused once, looked into, retried
    l = Log("le910c4_mail_quote_sgact_retry.eml", "healthy", "Telit LE910C4-EU", "email-quote+minicom",
            "a mail quoting a minicom session: #SGACT refused once (555), the engineer checks registration and retries; it works")
    l.cmd("AT#SGACT=1,1", final="+CME ERROR: 555", tag="fail")
    l.cmd("AT+CEREG?", ["+CEREG: 0,2"])
    l.cmd("AT+CEREG?", ["+CEREG: 0,1"])
    l.cmd("AT#SGACT=1,1", ["#SGACT: 10.33.4.9"])
    l.cmd("AT#SGACT?", ["#SGACT: 1,1"])
    add(l, r_plain, wrap=(["On Mon, 7 Dec 2026 at 09:40, Lab <lab@example.com> wrote:", ""],
                          ["", "Looks fine now, closing the ticket."], "> "))

    # C15 GM02S tio: online-mode escape invisible
    l = Log("gm02s_tio_escape_not_echoed.log", "cannot", "Sequans GM02S", "tio-timestamps",
            "tio shows only received bytes; in online mode the typed '+++' is not echoed, so its guard times cannot be seen")
    l.cmd('AT+SQNSD=1,0,7000,"192.0.2.95",0,0,0', final="CONNECT", rt=1.2)
    l.urc("hello from server", dt=2)
    l.urc("OK", dt=3)
    l.cmd("AT+SQNSH=1", tag="close")
    add(l, r_tio)
    l.ok("verify-after-close", "close", VAC)


def main():
    faults(); healthy(); cannot(); more()
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
        with open(os.path.join(LOGS, l.name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(l.lines) + "\n")
        n = len(l.lines)
        ent = {"expect": [], "acceptable": [], "module": l.module, "shape": l.shape,
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
            problems.append("%s: non-fault with expect" % l.name)
        verdicts[l.name] = ent
        labels[l.name] = {"transactions": l.txns, "total": len(l.txns), "has_transactions": bool(l.txns),
                          "shape": l.shape, "module": l.module, "verified": l.verified}
    on_disk = set(os.listdir(LOGS))
    if on_disk != set(verdicts) or on_disk != set(labels):
        problems.append("logs/ and labels differ")
    if not 40 <= len(ALL) <= 48:
        problems.append("log count %d outside 40..48" % len(ALL))
    with open(os.path.join(HERE, "verdicts.json"), "w", encoding="utf-8") as f:
        json.dump(verdicts, f, indent=1, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=1, sort_keys=True)
        f.write("\n")
    md = ["# holdout27 per log", "", "| log | kind | module | shape | lines | expect | acceptable | story |",
          "|---|---|---|---|---|---|---|---|"]
    for l in ALL:
        v = verdicts[l.name]
        md.append("| %s | %s | %s | %s | %d | %s | %s | %s |" % (
            l.name, l.kind, l.module, l.shape, len(l.lines),
            "<br>".join("%s %d-%d" % (e["rule"], e["lines"][0], e["lines"][1]) for e in v["expect"]) or "-",
            "<br>".join("%s %d-%d" % (e["rule"], e["lines"][0], e["lines"][1]) for e in v["acceptable"]) or "-",
            l.story.replace("|", "/")))
    kinds = {}
    for l in ALL:
        kinds[l.kind] = kinds.get(l.kind, 0) + 1
    ne = sum(len(v["expect"]) for v in verdicts.values())
    na = sum(len(v["acceptable"]) for v in verdicts.values())
    nt = sum(len(v["transactions"]) for v in labels.values())
    summary = "%d logs (%s); %d expected, %d acceptable, %d labelled transactions" % (
        len(ALL), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), ne, na, nt)
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
