#!/usr/bin/env python3
"""Write the holdout7 corpus (logs/ and labels.json) deterministically.

Every log is rendered from one description: a list of steps.
  T(cmd, *info_lines, final=..., prompt=..., data=..., after=..., urc_after=...)  one AT transaction
  U(*lines)   unsolicited result codes (not transactions)
  X(*lines)   shape-specific text (library status lines, chat text ...)
The labels are taken from the same steps, so logs and labels agree.
All sessions, identifiers and timings are invented; only the *shapes* follow
the public sources listed in SOURCES.md.
"""
import datetime as dt
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")
LABELS = {}


class T:
    def __init__(self, cmd, *resp, final="OK", prompt=None, data=None, after=(),
                 urc_after=(), label=True, echo=None):
        self.cmd = cmd
        self.resp = list(resp)
        self.final = final
        self.prompt = prompt        # e.g. "> " (SMS / socket send prompt)
        self.data = data            # payload sent after the prompt
        self.after = list(after)    # info lines after the payload, before the final
        self.urc_after = list(urc_after)
        self.label = label
        self.echo = echo


class U:
    def __init__(self, *lines):
        self.lines = list(lines)


class X:
    def __init__(self, *lines):
        self.lines = list(lines)


def labels_of(steps):
    return [{"command": s.cmd, "final": s.final} for s in steps if isinstance(s, T) and s.label]


def emit(name, lines, labels, shape, module, crlf=False, raw=None):
    """Write one log. labels: list of {command, final} or a list of steps."""
    if labels and not isinstance(labels[0], dict):
        labels = labels_of(labels)
    if raw is not None:
        data = raw
    else:
        text = "\n".join(lines) + "\n"
        if crlf:
            text = text.replace("\n", "\r\n")
        data = text.encode("utf-8")
    with open(os.path.join(LOGS, name), "wb") as f:
        f.write(data)
    LABELS[name] = {"transactions": labels, "total": len(labels),
                    "has_transactions": bool(labels), "shape": shape, "module": module}


class Clock:
    def __init__(self, seed, start):
        self.r = random.Random(seed)
        self.t = start

    def step(self, lo=0.004, hi=0.06):
        self.t += dt.timedelta(seconds=self.r.uniform(lo, hi))
        return self.t

    def wait(self, s):
        self.t += dt.timedelta(seconds=s)
        return self.t


def D(y, mo, d, h, mi, s, ms=0):
    return dt.datetime(y, mo, d, h, mi, s, ms * 1000)


def term(t, echo=True):
    """What a terminal shows for one V.250 exchange (echo on or off)."""
    out = [t.cmd] if echo else [""]
    if t.prompt is not None:
        out.append(t.prompt + (t.data or ""))
        if t.after:
            out += t.after + [""]
        if t.final:
            out.append(t.final)
        return out
    if t.resp:
        out += t.resp
        if t.final:
            out.append("")
    if t.final:
        out.append(t.final)
    return out


def esc_c(s):
    out = []
    for ch in s:
        if ch == "\r":
            out.append("\\r")
        elif ch == "\n":
            out.append("\\n")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append("\\x%02x" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------------------
# 1. sscom (Chinese serial tool): [hh:mm:ss.mmm]发→◇cmd / □ / [..]收←◆reply
# ---------------------------------------------------------------------------
def r_sscom(steps, clk, echo=True):
    out = []
    hms = lambda t: t.strftime("%H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    for s in steps:
        if isinstance(s, T):
            out.append("[%s]发→◇%s" % (hms(clk.step(1.5, 6.0)), s.cmd))
            out.append("□")
            e = echo if s.echo is None else s.echo
            if s.prompt is not None:
                first = [s.cmd] if e else [""]
                out.append("[%s]收←◆%s" % (hms(clk.step(0.005, 0.03)), first[0]))
                out.extend(first[1:])
                out.append(s.prompt.rstrip())
                out.append("[%s]发→◇%s" % (hms(clk.step(1.0, 3.0)), s.data))
                body = []
                if e:
                    body.append(s.data)
                body += s.after + ([""] if s.after else []) + ([s.final] if s.final else [])
                out.append("[%s]收←◆%s" % (hms(clk.step(0.2, 0.8)), body[0]))
                out.extend(body[1:])
                out.append("")
            else:
                lines = term(s, e)
                if s.final is None and len(lines) == 1 and not e:
                    continue
                if s.final is None and not s.resp and e:
                    out.append("[%s]收←◆%s" % (hms(clk.step(0.005, 0.03)), lines[0]))
                    out.append("")
                    continue
                out.append("[%s]收←◆%s" % (hms(clk.step(0.005, 0.05)), lines[0]))
                out.extend(lines[1:])
                out.append("")
            for u in s.urc_after:
                out.append("[%s]收←◆%s" % (hms(clk.step(0.5, 3.0)), u))
                out.append("")
        elif isinstance(s, U):
            for u in s.lines:
                out.append("[%s]收←◆%s" % (hms(clk.step(0.5, 3.0)), u))
                out.append("")
        elif isinstance(s, X):
            out.extend(s.lines)
    return out


def gen_sscom():
    s1 = [
        U("RDY"), U("+CPIN: READY"), U("SMS DONE"), U("PB DONE"),
        T("AT"),
        T("ATI", "Manufacturer: INCORPORATED", "Model: A7670E-LASE", "Revision: A110B03A7670M7",
          "IMEI: 861294058813307", "+GCAP: +CGSM,+FCLASS,+DS"),
        T("AT+CSQ", "+CSQ: 21,99"),
        T("AT+CGREG?", "+CGREG: 0,1"),
        T("AT+CGDCONT=1,\"IP\",\"iot.1nce.net\""),
        T("AT+CGACT=1,1"),
        T("AT+HTTPINIT"),
        T("AT+HTTPPARA=\"URL\",\"http://api.example-meter.net/v1/ping?id=77\""),
        T("AT+HTTPACTION=0", urc_after=["+HTTPACTION: 0,200,41"]),
        T("AT+HTTPREAD=0,41", "+HTTPREAD: 41", "{\"ok\":true,\"ts\":1733480101,\"cfg\":\"v7\"}", "+HTTPREAD: 0"),
        T("AT+HTTPTERM"),
        T("AT+HTTPTERM", final="ERROR"),
    ]
    clk = Clock(11, D(2026, 11, 30, 9, 41, 2, 117))
    emit("sscom_a7670_http.log", r_sscom(s1, clk), s1, "sscom", "SIMCom A7670E")

    s2 = [
        T("AT", echo=True),
        T("ATE0", echo=True),
        T("AT+CPIN?", "+CPIN: READY", echo=False),
        T("AT+CGATT?", "+CGATT: 1", echo=False),
        T("AT+CSTT=\"cmiot\"", echo=False),
        T("AT+CIICR", echo=False),
        T("AT+CIFSR", final=None, resp=None, echo=False, label=False) if False else
        X(),
        T("AT+CIPSTART=\"TCP\",\"47.92.103.18\",9021", echo=False, urc_after=["CONNECT OK"]),
        T("AT+CIPSEND=12", prompt="> ", data="HB#0042#077;", after=[], final="SEND OK", echo=False),
        U("CLOSED"),
        T("AT+CIPSEND=12", final="ERROR", echo=False),
        T("AT+CIPSHUT", final="SHUT OK", echo=False),
    ]
    s2 = [s for s in s2 if not (isinstance(s, X) and not s.lines)]
    clk = Clock(12, D(2026, 12, 1, 16, 5, 40, 3))
    emit("sscom_air780e_tcp.log", r_sscom(s2, clk, echo=False), s2, "sscom", "Air780E")

    s3 = [
        T("AT"),
        T("AT+QCFG=\"nwscanseq\"", "+QCFG: \"nwscanseq\",020301"),
        T("AT+QCFG=\"iotopmode\",0,1"),
        T("AT+QCFG=\"band\"", "+QCFG: \"band\",0x0,0x80084,0x80084"),
        T("AT+CFUN=1"),
        U("+CPIN: READY"),
        T("AT+CEREG?", "+CEREG: 0,2"),
        T("AT+QCSQ", "+QCSQ: \"eMTC\",-71,-99,138,-12"),
        T("AT+CEREG?", "+CEREG: 0,5"),
        T("AT+QIACT=1"),
        T("AT+QIACT?", "+QIACT: 1,1,1,\"10.64.133.9\""),
        T("AT+QPING=1,\"8.8.8.8\",4,1", final=None),
    ]
    clk = Clock(13, D(2026, 12, 2, 14, 47, 44, 458))
    emit("sscom_bg77_cut.log", r_sscom(s3, clk), s3, "sscom", "Quectel BG77")


# ---------------------------------------------------------------------------
# 2. Quectel QCOM: [YYYY-MM-DD hh:mm:ss:mmm_S:] cmd / [.._R:] reply
# ---------------------------------------------------------------------------
def r_qcom(steps, clk, echo=True):
    out = []
    st = lambda t, d: "[%s:%03d_%s:]" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, d)
    for s in steps:
        if isinstance(s, T):
            t = clk.step(0.3, 2.5)
            out.append("%s %s" % (st(t, "S"), s.cmd))
            e = echo if s.echo is None else s.echo
            t = clk.step(0.01, 0.04)
            if e:
                out.append("%s %s" % (st(t, "R"), s.cmd))
            else:
                out.append(st(t, "R"))
            if s.prompt is not None:
                out.append("%s %s" % (st(clk.step(0.01, 0.03), "R"), s.prompt.rstrip()))
                out.append("%s %s" % (st(clk.step(0.5, 2.0), "S"), s.data))
                for a in s.after:
                    out.append("%s %s" % (st(clk.step(0.05, 0.3), "R"), a))
                if s.final:
                    out.append("%s %s" % (st(clk.step(0.05, 0.3), "R"), s.final))
            else:
                for i, r in enumerate(s.resp):
                    out.append("%s %s" % (st(clk.step(0.001, 0.02), "R"), r))
                if s.resp and s.final:
                    out.append("")
                if s.final:
                    out.append("%s %s" % (st(clk.step(0.001, 0.02), "R"), s.final))
            for u in s.urc_after:
                out.append(st(clk.step(0.3, 2.0), "R"))
                out.append("%s %s" % (st(clk.step(0.001, 0.01), "R"), u))
        elif isinstance(s, U):
            for u in s.lines:
                out.append(st(clk.step(0.3, 2.0), "R"))
                out.append("%s %s" % (st(clk.step(0.001, 0.01), "R"), u))
        elif isinstance(s, X):
            out.extend(s.lines)
    return out


def gen_qcom():
    s1 = [
        X("/* AT sync */"),
        T("AT"),
        T("ATE1"),
        T("AT+CPIN?", "+CPIN: READY"),
        T("AT+CREG?", "+CREG: 0,1"),
        T("AT+CGREG?", "+CGREG: 0,1"),
        X("", "/* foreground context, TCP client */"),
        T("AT+QIFGCNT=0"),
        T("AT+QICSGP=1,\"internet.vodafone.ro\""),
        T("AT+QIMUX=0"),
        T("AT+QIMODE=0"),
        T("AT+QIDNSIP=0"),
        T("AT+QIREGAPP"),
        T("AT+QIACT"),
        T("AT+QILOCIP", final="10.121.44.7"),
        T("AT+QIOPEN=\"TCP\",\"52.18.77.140\",\"7001\"", urc_after=["CONNECT OK"]),
        T("AT+QISEND=7", prompt="> ", data="PING#12", final="SEND OK"),
        U("CLOSED"),
        T("AT+QISEND=7", final="ERROR"),
        T("AT+QICLOSE", final="ERROR"),
        T("AT+QIDEACT", final="DEACT OK"),
    ]
    clk = Clock(21, D(2026, 11, 28, 8, 14, 5, 201))
    emit("qcom_m66_tcp.log", r_qcom(s1, clk), s1, "qcom", "Quectel M66")

    s2 = [
        T("AT+CGMR", "SECURITY,V150R100C10B200SP1", "PROTOCOL,V150R100C10B200SP1",
          "APPLICATION,V150R100C10B200SP1", "SEC_UPDATER,V150R100C10B200SP1",
          "APP_UPDATER,V150R100C10B200SP1", "RADIO,Hi15RM1-HLB_V1.0"),
        T("AT+NBAND?", "+NBAND:8"),
        T("AT+CFUN?", "+CFUN:1"),
        T("AT+CIMI", "460111176354498"),
        T("AT+CGATT?", "+CGATT:1"),
        T("AT+CSQ", "+CSQ:17,99"),
        T("AT+NSOCR=DGRAM,17,5683,1", "0"),
        T("AT+NSOST=0,119.29.143.201,9100,4,AA55F00D", "0,4"),
        U("+NSONMI:0,3"),
        T("AT+NSORF=0,3", "0,119.29.143.201,9100,3,0A0B0C,0"),
        T("AT+NSOCL=1", final="+CME ERROR: 159"),
        T("AT+NSOCL=0"),
        T("AT+NUESTATS", "Signal power:-811", "Total power:-726", "TX power:-32768", "TX time:2410",
          "RX time:41122", "Cell ID:93417922", "ECL:0", "SNR:77", "EARFCN:3734", "PCI:152", "RSRQ:-108"),
    ]
    clk = Clock(22, D(2026, 11, 29, 20, 52, 31, 560))
    emit("qcom_bc95_nbiot.log", r_qcom(s2, clk, echo=False), s2, "qcom", "Quectel BC95")


# ---------------------------------------------------------------------------
# 3. Particle Device OS Gen3: 0000025309 [ncp.at] TRACE: > AT+CIMI
# ---------------------------------------------------------------------------
def r_particle3(steps, clk, up0=24301):
    out = []
    t0 = clk.t
    ms = lambda: "%010d" % (up0 + int((clk.t - t0).total_seconds() * 1000))
    for s in steps:
        if isinstance(s, T):
            clk.step(0.001, 0.05)
            out.append("%s [ncp.at] TRACE: > %s" % (ms(), s.cmd))
            if s.prompt is not None:
                clk.step(0.01, 0.05)
                out.append("%s [ncp.at] TRACE: < %s" % (ms(), s.prompt.strip()))
                for a in s.after:
                    clk.step(0.05, 0.2)
                    out.append("%s [ncp.at] TRACE: < %s" % (ms(), a))
            for r in s.resp:
                clk.step(0.004, 0.05)
                out.append("%s [ncp.at] TRACE: < %s" % (ms(), r))
            if s.final:
                clk.step(0.001, 0.03)
                out.append("%s [ncp.at] TRACE: < %s" % (ms(), s.final))
            else:
                clk.step(1.0, 1.0)
            for u in s.urc_after:
                clk.step(0.2, 2.0)
                out.append("%s [ncp.at] TRACE: < %s" % (ms(), u))
        elif isinstance(s, U):
            for u in s.lines:
                clk.step(0.1, 1.0)
                out.append("%s [ncp.at] TRACE: < %s" % (ms(), u))
        elif isinstance(s, X):
            for l in s.lines:
                clk.step(0.001, 0.02)
                out.append("%s %s" % (ms(), l))
    return out


def gen_particle3():
    s1 = [
        X("[system] INFO: Device 3b0021000c47373334323233 started",
          "[net.pppncp] TRACE: NCP event 1",
          "[hal] TRACE: Modem powered on",
          "[hal] TRACE: Setting UART voltage translator state 1"),
        T("AT"),
        T("ATE0"),
        T("AT+CMEE=2"),
        T("AT+CGMR", "L0.0.00.00.05.08,A.02.04"),
        T("AT+UMNOPROF?", "+UMNOPROF: 2"),
        X("[app.help] INFO: Mobile Network Operator Profile (UMNOPROF): AT&T (2)"),
        T("AT+CPIN?", "+CPIN: READY"),
        T("AT+CCID", "+CCID: 89014103271131750493"),
        T("AT+CIMI", "310410913357742"),
        T("AT+CGDCONT=1,\"IP\",\"10569.mcs\""),
        T("AT+CEDRXS=0,5"),
        T("AT+CPSMS=0"),
        T("AT+CREG=2"),
        T("AT+CEREG=2"),
        T("AT+COPS=0"),
        X("[system.nm] INFO: State changed: IFACE_REQUEST_UP -> IFACE_UP"),
        T("AT+CEREG?", "+CEREG: 2,2"),
        U("+CEREG: 5,\"2CF7\",\"8AFFF6F\",7"),
        T("AT+CEREG?", "+CEREG: 2,5,\"2CF7\",\"8AFFF6F\",7"),
        T("AT+UBANDMASK?", "+UBANDMASK: 0,185473183,1048578"),
        T("AT+UPSV=0", final="+CME ERROR: operation not allowed"),
        T("AT+CSQ", "+CSQ: 17,99"),
        T("AT+COPS=3,2"),
        T("AT+COPS?", "+COPS: 0,2,\"310410\",7"),
        X("[ncp.client] TRACE: NCP connection state changed: 1",
          "[net.ppp.client] TRACE: PPP thread event ADM_UP",
          "[net.ppp.client] TRACE: State NONE -> READY"),
        T("ATD*99***1#", final="CONNECT"),
        X("[net.ppp.client] TRACE: State CONNECT -> CONNECTED"),
    ]
    clk = Clock(31, D(2026, 12, 1, 0, 0, 24, 301))
    emit("particle_gen3_sara_r410.log", r_particle3(s1, clk), s1, "particle-ncp-at", "u-blox SARA-R410M")

    s2 = [
        X("[hal] TRACE: Powering modem on", "[system.nm] INFO: State changed: IFACE_REQUEST_UP -> IFACE_UP",
          "[hal] TRACE: Modem powered on"),
        T("AT", final=None), T("AT", final=None), T("AT", final=None), T("AT", final=None),
        X("[sys.power] TRACE: re-enabling charging"),
        T("AT", final=None),
        X("[hal] ERROR: Failed to initialize modem, retrying",
          "[hal] TRACE: Hard resetting the modem"),
        U("RDY"),
        T("AT"),
        T("ATE0"),
        T("AT+CMEE=2"),
        T("AT+IFC=2,2"),
        T("AT+CGMM", "BG96"),
        T("AT+QGMR", "BG96MAR02A07M1G_01.016.01.016"),
        T("AT+CPIN?", final="+CME ERROR: SIM not inserted"),
        T("AT+CPIN?", final="+CME ERROR: SIM not inserted"),
        U("+CPIN: READY"),
        T("AT+CPIN?", "+CPIN: READY"),
        T("AT+QCCID", "+QCCID: 8944500605161523387F"),
        T("AT+QCFG=\"nwscanmode\",0,1"),
        T("AT+QCFG=\"iotopmode\",0,1"),
        T("AT+CEREG?", "+CEREG: 2,2"),
    ]
    clk = Clock(32, D(2026, 12, 1, 0, 1, 57, 22))
    emit("particle_gen3_bg96_retries.log", r_particle3(s2, clk, 117022), s2, "particle-ncp-at", "Quectel BG96")


# ---------------------------------------------------------------------------
# 4. Particle Gen2 MDMParser: "%10.3f AT send    " + dumpAtCmd / "AT read %s"
# ---------------------------------------------------------------------------
def r_particle2(steps, clk, t0):
    out = []
    sec = lambda: (clk.t - t0).total_seconds()

    def send(txt):
        clk.step(0.001, 0.01)
        out.append("%10.3f AT send     %3d \"%s\"" % (sec(), len(txt), esc_c(txt)))

    def read(typ, txt):
        clk.step(0.003, 0.03)
        out.append("%10.3f AT read %s %3d \"%s\"" % (sec(), typ, len(txt), esc_c(txt)))

    for s in steps:
        if isinstance(s, T):
            send(s.cmd + "\r\n")
            if s.prompt is not None:
                read(" > ", s.prompt)
                send(s.data)
                for a in s.after:
                    read(" + ", "\r\n%s\r\n" % a)
            for r in s.resp:
                typ = " + " if r.startswith("+") else "UNK"
                read(typ, "\r\n%s\r\n" % r)
            if s.final:
                typ = "OK " if s.final == "OK" else "ERR"
                read(typ, "\r\n%s\r\n" % s.final)
            else:
                clk.step(5, 5)
            for u in s.urc_after:
                clk.step(0.2, 1.0)
                read(" + ", "\r\n%s\r\n" % u)
        elif isinstance(s, U):
            for u in s.lines:
                clk.step(0.2, 1.0)
                read(" + " if u.startswith("+") else "UNK", "\r\n%s\r\n" % u)
        elif isinstance(s, X):
            out.extend(s.lines)
    return out


def gen_particle2():
    s1 = [
        X("[ Modem::powerOn ] = = = = = = = = = = = = = ="),
        T("AT"),
        T("AT", ),
        T("ATE0"),
        T("AT+CMEE=2"),
        T("AT+CMER=1,0,0,2,1"),
        T("AT+IPR=115200"),
        T("AT+CPIN?", "+CPIN: READY"),
        T("AT+CCID", "+CCID: 8934076500002587650"),
        X("[ Modem::init ] = = = = = = = = = = = = = = ="),
        T("AT+CGSN", "353162071188204"),
        T("AT+CGMI", "u-blox"),
        T("AT+CGMM", "SARA-U260"),
        T("AT+CGMR", "23.20"),
        T("AT+CIMI", "214074300911256"),
        T("AT+CREG=2"),
        T("AT+CGREG=2"),
        T("AT+CREG?", "+CREG: 2,5,\"0E2C\",\"5A1B\""),
        T("AT+CSQ", "+CSQ: 13,99"),
        X("[ Modem::join ] = = = = = = = = = = = = = = = ="),
        T("AT+CGATT=1"),
        T("AT+UPSND=0,8", "+UPSND: 0,8,0"),
        T("AT+UPSD=0,1,\"spark.telefonica.com\""),
        T("AT+UPSDA=0,3", urc_after=["+UUPSDA: 0,\"10.170.62.199\""]),
        T("AT+USOCR=17", "+USOCR: 0"),
        T("AT+USOST=0,\"54.86.198.203\",5684,5", prompt="@", data="\x17\xfe\xfd\x00\x01",
          after=["+USOST: 0,5"]),
        U("+UUSORF: 0,38"),
        T("AT+USORF=0,38", "+USORF: 0,\"54.86.198.203\",5684,38,\"...payload...\""),
        T("AT+USOCL=3", final="+CME ERROR: Operation not allowed"),
    ]
    clk = Clock(41, D(2026, 11, 27, 0, 0, 0, 0))
    t0 = clk.t - dt.timedelta(seconds=3.1)
    emit("particle_gen2_u260.log", r_particle2(s1, clk, t0), s1, "particle-mdm", "u-blox SARA-U260")

    s2 = [
        T("AT+CMGF=1"),
        T("AT+CSCS=\"GSM\""),
        T("AT+CMGS=\"+447700900461\"", prompt="\r\n> ", data="Door sensor 3 open\x1a",
          after=["+CMGS: 7"]),
        T("AT+CMGS=\"+447700900461\"", prompt="\r\n> ", data="Door sensor 3 closed\x1a",
          after=[], final="+CMS ERROR: 500"),
        T("AT+CPMS=\"ME\",\"ME\",\"ME\"", "+CPMS: 1,100,1,100,1,100"),
        T("AT+CMGL=\"REC UNREAD\"", "+CMGL: 1,\"REC UNREAD\",\"+447700900123\",,\"26/12/04,09:11:02+00\"",
          "status?"),
        T("AT+CMGD=1"),
        T("AT+CSQ", final=None),
    ]
    clk = Clock(42, D(2026, 11, 27, 0, 0, 0, 0))
    t0 = clk.t - dt.timedelta(seconds=412.5)
    emit("particle_gen2_g350_sms.log", r_particle2(s2, clk, t0), s2, "particle-mdm", "u-blox SARA-G350")




# ---------------------------------------------------------------------------
# Builder for hand-assembled shapes: lines and labels written side by side
# ---------------------------------------------------------------------------
class B:
    def __init__(self):
        self.lines = []
        self.labels = []

    def l(self, *lines):
        self.lines.extend(lines)

    def tx(self, cmd, *lines):
        """Start a labelled transaction; final is None until fin()."""
        self.labels.append({"command": cmd, "final": None})
        self.lines.extend(lines)

    def fin(self, final, *lines):
        self.labels[-1]["final"] = final
        self.lines.extend(lines)


# ---------------------------------------------------------------------------
# 5. Mbed ATCmdParser debug: AT> / AT? pattern%n / AT< / AT= / AT! / AT(Timeout)
# ---------------------------------------------------------------------------
def gen_atcmdparser():
    b = B()

    def expect(pat):
        # the scanf pattern with %n appended; a pattern ending in \n breaks the line
        if pat.endswith("\n"):
            b.l("AT? " + pat[:-1], "%n")
        else:
            b.l("AT? " + pat + "%n")

    def skip(line):
        b.l("AT< " + line)

    def match(line):
        b.l("AT= " + line, "")

    b.l("[ESP8266] init: hardware reset", "")
    b.tx("AT+RST", "AT> AT+RST")
    expect("OK\n"); skip("AT+RST"); skip(""); match("OK"); b.fin("OK")
    expect("ready\n"); skip(""); skip(" ets Jan  8 2013,rst cause:2, boot mode:(3,6)"); skip("")
    skip("load 0x40100000, len 2408, room 16 "); skip("chksum 0xe5"); skip(""); skip("Ai-Thinker Technology Co. Ltd.")
    skip(""); match("ready")
    b.tx("ATE0", "AT> ATE0"); expect("OK\n"); skip("ATE0"); skip(""); match("OK"); b.fin("OK")
    b.tx("AT+GMR", "AT> AT+GMR"); expect("AT version:%*d.%*d.%*d.%*d")
    b.l("AT= AT version:1.7.4.0")
    expect("SDK version:%*d.%*d.%*d"); b.l("AT< (May 11 2020 19:13:04)", "AT= SDK version:3.0.4")
    expect("OK\n"); skip("(9532ceb)"); skip("compile time:May 11 2020 19:13:04"); skip("Bin version(Wroom 02):1.7.4")
    skip(""); match("OK"); b.fin("OK")
    b.tx("AT+CWMODE_CUR=1", "AT> AT+CWMODE_CUR=1"); expect("OK\n"); skip(""); match("OK"); b.fin("OK")
    b.tx("AT+CIPMUX=1", "AT> AT+CIPMUX=1"); expect("OK\n"); skip(""); match("OK"); b.fin("OK")
    b.tx("AT+CWDHCP_CUR=1,1", "AT> AT+CWDHCP_CUR=1,1"); expect("OK\n"); skip(""); match("OK"); b.fin("OK")
    b.tx('AT+CWJAP_CUR="shop-floor-2","hunter22"', 'AT> AT+CWJAP_CUR="shop-floor-2","hunter22"')
    expect("OK\n"); skip("WIFI DISCONNECT"); skip("WIFI CONNECTED"); skip("WIFI GOT IP"); skip(""); match("OK"); b.fin("OK")
    b.tx("AT+CIFSR", "AT> AT+CIFSR"); expect('+CIFSR:STAIP,"%*15[^"]"'); skip("")
    b.l('AT= +CIFSR:STAIP,"192.168.8.117"'); expect("OK\n"); skip('+CIFSR:STAMAC,"5c:cf:7f:0a:31:e2"'); skip("")
    match("OK"); b.fin("OK")
    b.tx('AT+CIPSTART=0,"TCP","192.168.8.20",1883', 'AT> AT+CIPSTART=0,"TCP","192.168.8.20",1883')
    expect("OK\n"); skip("0,CONNECT"); skip(""); match("OK"); b.fin("OK")
    b.tx("AT+CIPSEND=0,14", "AT> AT+CIPSEND=0,14"); expect(">"); skip(""); skip("OK"); b.l("AT= >")
    expect("SEND OK\n"); skip(""); skip("Recv 14 bytes"); skip(""); match("SEND OK"); b.fin("SEND OK")
    b.l("AT? %n", "AT! +IPD", "[ESP8266] 4 bytes pending on link 0")
    b.tx("AT+CIPSEND=0,2", "AT> AT+CIPSEND=0,2"); expect(">"); skip(""); skip("OK"); b.l("AT= >")
    expect("SEND OK\n"); skip(""); b.l("AT(Timeout)", "[ESP8266] send failed: -3012")
    b.tx("AT+CIPCLOSE=0", "AT> AT+CIPCLOSE=0"); expect("OK\n"); skip("0,CLOSED"); skip(""); match("OK"); b.fin("OK")
    emit("mbed_atcmdparser_esp8266.log", b.lines, b.labels, "mbed-atcmdparser", "ESP8266 AT 1.7")

    b = B()
    b.l("[BC95] powering up", "")
    for i in range(3):
        b.tx("AT", "AT> AT"); expect("OK\n"); b.l("AT(Timeout)")
    b.tx("AT", "AT> AT"); expect("OK\n"); skip(""); skip("REBOOT_CAUSE_APPLICATION_AT"); skip("Neul "); skip("")
    b.l("AT(Timeout)")
    b.tx("AT", "AT> AT"); expect("OK\n"); skip(""); match("OK"); b.fin("OK")
    b.tx("AT+NBAND?", "AT> AT+NBAND?"); expect("+NBAND:%*d\n"); skip(""); match("+NBAND:20"); expect("OK\n"); skip(""); match("OK"); b.fin("OK")
    b.tx("AT+CFUN=1", "AT> AT+CFUN=1"); expect("OK\n"); skip(""); match("OK"); b.fin("OK")
    b.tx("AT+CGDCONT=1,\"IP\",\"nb.inetd.gdsp\"", "AT> AT+CGDCONT=1,\"IP\",\"nb.inetd.gdsp\"")
    expect("OK\n"); skip(""); match("OK"); b.fin("OK")
    b.tx("AT+CGATT=1", "AT> AT+CGATT=1"); expect("OK\n"); skip(""); match("OK"); b.fin("OK")
    for i in range(2):
        b.tx("AT+CGATT?", "AT> AT+CGATT?"); expect("+CGATT:1\n"); skip(""); skip("+CGATT:0"); skip(""); skip("OK")
        b.l("AT(Timeout)"); b.fin("OK")
    b.tx("AT+CGATT?", "AT> AT+CGATT?"); expect("+CGATT:1\n"); skip(""); match("+CGATT:1"); expect("OK\n"); skip(""); match("OK"); b.fin("OK")
    b.tx("AT+NSOCR=DGRAM,17,56001,1", "AT> AT+NSOCR=DGRAM,17,56001,1"); expect("%*d\n"); skip(""); match("1")
    expect("OK\n"); skip(""); match("OK"); b.fin("OK")
    b.tx("AT+NSOST=1,52.57.44.10,5683,6,400101A2B3C4", "AT> AT+NSOST=1,52.57.44.10,5683,6,400101A2B3C4")
    expect("%*d,%*d\n"); skip(""); match("1,6"); expect("OK\n"); skip(""); match("OK"); b.fin("OK")
    b.tx("AT+NSOST=1,52.57.44.10,5683,700,00", "AT> AT+NSOST=1,52.57.44.10,5683,700,00")
    expect("%*d,%*d\n"); skip(""); skip("ERROR"); b.l("AT(Timeout)"); b.fin("ERROR")
    emit("mbed_atcmdparser_bc95.log", b.lines, b.labels, "mbed-atcmdparser", "Quectel BC95-B20")


# ---------------------------------------------------------------------------
# 6. FreeRTOS-Cellular-Interface LogDebug lines (logging_stack.h metadata)
# ---------------------------------------------------------------------------
def r_freertos(steps, ptr0=0x20004a10):
    out = []
    L = lambda lvl, f, n, m: out.append("[%s] [CellularLib] [%s:%d] %s" % (lvl, f, n, m))
    for s in steps:
        if isinstance(s, T):
            L("DEBUG", "cellular_pkthandler.c", 215, ">>>>>Start sending [%s]<<<<<" % s.cmd)
            nbytes = sum(len(r) + 4 for r in s.resp) + (len(s.final) + 4 if s.final else 0)
            if s.final is None:
                L("ERROR", "cellular_pkthandler.c", 249, "pkt_recv status=1, AT cmd %s timed out" % s.cmd)
                L("DEBUG", "cellular_pkthandler.c", 259, "<<<<<Exit sending [%s] status[1]<<<<<" % s.cmd)
                continue
            L("DEBUG", "cellular_pktio.c", 639, "AT Read %u bytes, data[0x%08x]" % (nbytes, ptr0))
            for r in s.resp:
                L("DEBUG", "cellular_pktio.c", 740, "AT solicited Resp[%s]" % r)
            if s.final in ("OK", "CONNECT", "SEND OK"):
                L("DEBUG", "cellular_pktio.c", 381, "Final AT response is SUCCESS [%s]" % s.final)
                st = 0
            else:
                pfx = s.cmd[2:].split("=")[0].split("?")[0]
                L("WARN", "cellular_pktio.c", 405, "Modem return ERROR: line %s, cmd : %s, respPrefix %s" %
                  (s.final, s.cmd, pfx if (s.resp or "?" in s.cmd) else "NULL"))
                L("WARN", "cellular_pkthandler.c", 242,
                  "Modem returns error in sending AT command %s, pktStatus 2." % s.cmd)
                st = 2
            L("DEBUG", "cellular_pkthandler.c", 259, "<<<<<Exit sending [%s] status[%d]<<<<<" % (s.cmd, st))
        elif isinstance(s, U):
            for u in s.lines:
                L("DEBUG", "cellular_pktio.c", 639, "AT Read %u bytes, data[0x%08x]" % (len(u) + 4, ptr0))
                L("DEBUG", "cellular_pkthandler.c", 144, "Next URC token to parse [%s]" % u)
        elif isinstance(s, X):
            out.extend(s.lines)
    return out


def gen_freertos():
    s1 = [
        X("[INFO] [CellularLib] [cellular_3gpp_api.c:1714] Cellular_CommonInit",
          "[DEBUG] [CellularLib] [cellular_pktio.c:1380] Reader thread created",
          "[DEBUG] [CellularLib] [cellular_pktio.c:1398] Thread create: read_thread status:0"),
        T("ATE0"),
        T("AT+CMEE=1"),
        T("ATV1"),
        T("AT+CGMI", "Quectel"),
        T("AT+CGMM", "BG96"),
        T("AT+CGMR", "BG96MAR02A07M1G"),
        T("AT+CGSN", "866425031204419"),
        T("AT+CPIN?", final="+CME ERROR: 10"),
        X("[INFO] [CellularDemo] [cellular_setup.c:96] SIM not ready, retry 1/5"),
        T("AT+CPIN?", "+CPIN: READY"),
        T("AT+QCCID", "+QCCID: 89882390000138145581"),
        T("AT+CIMI", "901405101382355"),
        T("AT+QCFG=\"nwscanseq\",0201,1"),
        T("AT+CFUN=1"),
        U("+CEREG: 2"),
        T("AT+CEREG?", "+CEREG: 2,2"),
        U("+CEREG: 5,\"1A2D\",\"0139C10B\",8"),
        T("AT+COPS?", "+COPS: 0,0,\"Telekom.de Hologram\",8"),
        T("AT+QICSGP=1,1,\"hologram\",\"\",\"\",0"),
        T("AT+QIACT=1"),
        T("AT+QIACT?", "+QIACT: 1,1,1,\"10.176.88.41\""),
        T("AT+QIDNSGIP=1,\"a3k7odshaiipe8-ats.iot.eu-west-1.amazonaws.com\""),
        U("+QIURC: \"dnsgip\",0,1,600", "+QIURC: \"dnsgip\",\"54.155.13.9\""),
        T("AT+COPS=?", final=None),
    ]
    emit("freertos_cellular_bg96.log", r_freertos(s1), s1, "freertos-cellular", "Quectel BG96")

    s2a = [
        T("AT+KCELLMEAS=0", "+KCELLMEAS: 37,-98,27,-11,13,100"),
        T("AT+CSQ", "+CSQ: 19,99"),
    ]
    s2 = [
        X("[INFO] [MQTTDemo] [mqtt_demo_mutual_auth.c:412] Establishing a TLS session to a3k7odshaiipe8-ats.iot.us-east-1.amazonaws.com:8883."),
        T("AT+KCNXCFG=1,\"GPRS\",\"iot.truphone.com\""),
        T("AT+KCNXTIMER=1,60,2,70"),
        X("[INFO] [CellularDemo] [cellular_setup.c:140] Cellular network registered"),
        T("AT+KTCPCFG=1,0,\"52.45.111.20\",8883", "+KTCPCFG: 1"),
        T("AT+KTCPCNX=1"),
        U("+KTCP_IND: 1,1"),
        X("[INFO] [MQTTDemo] [mqtt_demo_mutual_auth.c:455] TLS session established."),
        T("AT+KCELLMEAS=0", "+KCELLMEAS: 37,-98,27,-11,13,100"),
        X("[INFO] [MQTTDemo] [mqtt_demo_mutual_auth.c:512] Creating an MQTT connection to the broker."),
        T("AT+CSQ", "+CSQ: 19,99"),
        T("AT+KTCPSTAT=1", "+KTCPSTAT: 3,-1,0,0"),
        T("AT+KTCPSTAT=2", final="+CME ERROR: 910"),
        U("+KTCP_NOTIF: 1,4"),
        X("[WARN] [MQTTDemo] [mqtt_demo_mutual_auth.c:530] Connection to the broker failed, retrying."),
        T("AT+KTCPCLOSE=1,1"),
        T("AT+KTCPDEL=1"),
    ]
    del s2a
    emit("freertos_cellular_hl7802_threads.log", r_freertos(s2, 0x20012c40), s2, "freertos-cellular",
         "Sierra Wireless HL7802")


# ---------------------------------------------------------------------------
# 7. Adafruit FONA debug: "\t---> cmd" / "\t<--- reply" (one line read per reply)
# ---------------------------------------------------------------------------
def gen_fona():
    b = B()
    b.l("FONA basic test", "Initializing....(May take 3 seconds)", "Attempting to open comm with ATs")
    b.tx("AT", "\t---> AT", "\t<--- ")
    b.tx("AT", "\t---> AT", "\t<--- AT")
    b.tx("ATE0", "\t---> ATE0", "\t<--- ATE0")
    b.tx("ATE0", "\t---> ATE0"); b.fin("OK", "\t<--- OK")
    b.tx("AT+CVHU=0", "\t---> AT+CVHU=0"); b.fin("OK", "\t<--- OK")
    b.tx("ATI", "\t---> ATI", "\t<--- SIM800 R14.18")
    b.tx("AT+GSN", "\t---> AT+GSN", "\t<--- 869170031447722")
    b.l("FONA is OK", "Found SIM800L", "Module IMEI: 869170031447722", "FONA> i")
    b.tx("AT+CSQ", "\t---> AT+CSQ", "\t<--- +CSQ: 14,0")
    b.l("RSSI = 14: -85 dBm", "FONA> n")
    b.tx("AT+CREG?", "\t---> AT+CREG?", "\t<--- +CREG: 0,5")
    b.l("Network status 5: Registered roaming", "FONA> b")
    b.tx("AT+CBC", "\t---> AT+CBC", "\t<--- +CBC: 0,81,4012")
    b.l("VBat = 4012 mV", "VPct = 81%", "FONA> G")
    b.tx("AT+CIPSHUT", "\t---> AT+CIPSHUT"); b.fin("SHUT OK", "\t<--- SHUT OK")
    b.tx("AT+CGATT=1", "\t---> AT+CGATT=1"); b.fin("OK", "\t<--- OK")
    b.tx("AT+SAPBR=3,1,\"CONTYPE\",\"GPRS\"", "\t---> AT+SAPBR=3,1,\"CONTYPE\",\"GPRS\""); b.fin("OK", "\t<--- OK")
    b.tx("AT+SAPBR=3,1,\"APN\",\"wholesale\"", "\t---> AT+SAPBR=3,1,\"APN\",\"wholesale\""); b.fin("OK", "\t<--- OK")
    b.tx("AT+CSTT=\"wholesale\"", "\t---> AT+CSTT=\"wholesale\""); b.fin("OK", "\t<--- OK")
    b.tx("AT+SAPBR=1,1", "\t---> AT+SAPBR=1,1"); b.fin("OK", "\t<--- OK")
    b.tx("AT+CIICR", "\t---> AT+CIICR"); b.fin("ERROR", "\t<--- ERROR")
    b.l("Failed to turn on", "FONA> ")
    emit("fona_sim800_menu.log", b.lines, b.labels, "adafruit-fona", "SIMCom SIM800L")

    b = B()
    b.l("---> AT+CGNSPWR=1 (botletics debug on)" if False else "Sketch: LTE_Demo  (botletics SIM7000 shield)")
    b.l("FONA> 1")
    b.tx("AT+CNMP=38", "\t---> AT+CNMP=38"); b.fin("OK", "\t<--- OK")
    b.tx("AT+CMNB=1", "\t---> AT+CMNB=1"); b.fin("OK", "\t<--- OK")
    b.tx("AT+CBANDCFG=\"CAT-M\",2,4,12,13", "\t---> AT+CBANDCFG=\"CAT-M\",2,4,12,13"); b.fin("OK", "\t<--- OK")
    b.tx("AT+CGDCONT=1,\"IP\",\"hologram\"", "\t---> AT+CGDCONT=1,\"IP\",\"hologram\""); b.fin("OK", "\t<--- OK")
    b.l("FONA> O")
    b.tx("AT+CGNSPWR=1", "\t---> AT+CGNSPWR=1"); b.fin("OK", "\t<--- OK")
    b.l("FONA> L")
    b.tx("AT+CGNSINF", "\t---> AT+CGNSINF", "\t<--- +CGNSINF: 1,0,20261203101502.000,,,,0.00,0.0,0,,,,,,0,0,,,,,")
    b.l("Waiting for fix...", "FONA> L")
    b.tx("AT+CGNSINF", "\t---> AT+CGNSINF",
         "\t<--- +CGNSINF: 1,1,20261203101648.000,40.427310,-86.916834,187.400,0.00,82.1,1,,1.2,1.5,0.9,,11,6,,,38,,")
    b.l("Latitude: 40.427310", "Longitude: -86.916834", "FONA> w")
    b.l("URL to read (e.g. dweet.io/get/latest/dweet/for/sim7000test123):", "http://dweet.io/get/latest/dweet/for/sim7000test123")
    b.tx("AT+HTTPTERM", "\t---> AT+HTTPTERM"); b.fin("ERROR", "\t<--- ERROR")
    b.tx("AT+HTTPINIT", "\t---> AT+HTTPINIT"); b.fin("OK", "\t<--- OK")
    b.tx("AT+HTTPPARA=\"CID\",1", "\t---> AT+HTTPPARA=\"CID\",1"); b.fin("OK", "\t<--- OK")
    b.tx("AT+HTTPPARA=\"UA\",\"FONA\"", "\t---> AT+HTTPPARA=\"UA\",\"FONA\""); b.fin("OK", "\t<--- OK")
    b.tx("AT+HTTPPARA=\"URL\",\"dweet.io/get/latest/dweet/for/sim7000test123\"",
         "\t---> AT+HTTPPARA=\"URL\",\"dweet.io/get/latest/dweet/for/sim7000test123\""); b.fin("OK", "\t<--- OK")
    b.tx("AT+HTTPACTION=0", "\t---> AT+HTTPACTION=0"); b.fin("OK", "\t<--- OK")
    b.l("\t<--- +HTTPACTION: 0,601,0", "Failed to read!", "FONA> ")
    emit("fona_sim7000_botletics.log", b.lines, b.labels, "adafruit-fona", "SIMCom SIM7000A")


# ---------------------------------------------------------------------------
# 8. Android reference-ril logcat: "AT> cmd" / "AT< line" (LOG_TAG "AT")
# ---------------------------------------------------------------------------
def gen_android():
    clk = Clock(81, D(2026, 12, 6, 10, 22, 31, 5))
    b = B()
    pid = 512

    def lc(tid, lvl, tag, msg):
        t = clk.step(0.001, 0.03)
        p = 1406 if tag == "RILJ" else pid
        if tag == "RILJ":
            tid = 1406
        b.l("%s %5d %5d %s %-8s: %s" % (t.strftime("%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000),
                                        p, tid, lvl, tag, msg))

    W, R = 547, 549   # writer (request) thread, reader thread

    def cmd(c, *lines, final="OK", tid=W):
        b.tx(c)
        lc(tid, "D", "AT", "AT> " + c)
        for x in lines:
            lc(R, "D", "AT", "AT< " + x)
        if final:
            lc(R, "D", "AT", "AT< " + final)
            b.fin(final)

    lc(pid, "I", "RILD", "**RIL Daemon Started**")
    lc(pid, "I", "RIL", "Opening tty device /dev/ttyUSB2")
    cmd("ATE0Q0V1")
    cmd("ATS0=0")
    cmd("AT+CMEE=1")
    cmd("AT+CREG=2")
    cmd("AT+CGREG=2")
    cmd("AT+CCWA=1")
    cmd("AT+CMOD=0", final="ERROR")
    cmd("AT+CMUT=0")
    cmd("AT+CSSN=0,1")
    cmd("AT+COLP=0")
    cmd("AT+CSCS=\"HEX\"")
    cmd("AT+CUSD=1")
    cmd("AT+CGEREP=1,0")
    cmd("AT+CMGF=0")
    lc(pid, "D", "RILJ", "[0012]> RADIO_POWER on=true")
    cmd("AT+CFUN?", "+CFUN: 0")
    cmd("AT+CFUN=1")
    lc(R, "D", "AT", "AT< +CPIN: READY")
    lc(R, "D", "AT", "AT< +CREG: 2")
    cmd("AT+CPIN?", "+CPIN: READY")
    lc(pid, "D", "RILJ", "[0013]< RADIO_POWER ")
    cmd("AT+CSQ", "+CSQ: 23,99")
    lc(R, "D", "AT", "AT< +CREG: 1,\"5F0B\",\"01C8A20F\",7")
    cmd("AT+COPS=3,0;+COPS?;+COPS=3,1;+COPS?;+COPS=3,2;+COPS?",
        "+COPS: 0,0,\"CHINA MOBILE\",7", "+COPS: 0,1,\"CMCC\",7", "+COPS: 0,2,\"46000\",7")
    lc(pid, "D", "RILJ", "[0016]< OPERATOR {CHINA MOBILE, CMCC, 46000}")
    lc(pid, "D", "RILJ", "[0017]> SEND_SMS")
    b.tx("AT+CMGS=21")
    lc(W, "D", "AT", "AT> AT+CMGS=21")
    lc(R, "D", "AT", "AT< > ")
    lc(W, "D", "AT", "AT> 0001000B813109101020F40000094FE3F0B99D5E^Z")
    lc(R, "D", "AT", "AT< +CMGS: 44")
    lc(R, "D", "AT", "AT< OK")
    b.fin("OK")
    lc(pid, "D", "RILJ", "[0017]< SEND_SMS { messageRef = 44, errorCode = 0, ackPdu = null}")
    cmd("AT+CGACT?", "+CGACT: 1,0")
    cmd("AT+CGDCONT=1,\"IP\",\"cmnet\",,0,0")
    cmd("AT+CGQREQ=1")
    cmd("AT+CGQMIN=1")
    cmd("AT+CGEREP=1,0")
    cmd("AT+CGACT=1,1", final="+CME ERROR: 148")
    lc(pid, "E", "RIL", "requestSetupDataCall: CGACT failed, retry in 5s")
    cmd("AT+CGACT=1,1")
    cmd("ATD*99***1#", final="CONNECT")
    lc(pid, "I", "RIL", "starting pppd on /dev/ttyUSB3")
    emit("android_ril_ec25_threadtime.log", b.lines, b.labels, "android-ril-logcat", "Quectel EC25")

    # brief format, older release, two channels (two writer threads, two reader threads)
    clk = Clock(82, D(2026, 12, 5, 19, 2, 11, 400))
    b = B()
    pend = {}

    def bl(tid, lvl, tag, msg):
        clk.step(0.001, 0.02)
        b.l("%s/%-8s(%5d): %s" % (lvl, tag, tid, msg))

    def send(tid, c):
        b.tx(c)
        pend[tid] = len(b.labels) - 1
        bl(tid, "D", "AT", "AT> " + c)

    writer_of = {1201: 1203, 1205: 1207}

    def recv(tid, line, final=False):
        bl(tid, "D", "AT", "AT< " + line)
        if final:
            b.labels[pend[writer_of[tid]]]["final"] = line

    # channel 1: writer 1203 reader 1201 ; channel 2: writer 1207 reader 1205
    bl(1180, "I", "RIL", "RIL channel 1 on /dev/smd0, channel 2 on /dev/smd7")
    send(1203, "AT+CREG?"); recv(1201, "+CREG: 2,1,\"2B4C\",\"0A3F41\"")
    send(1207, "AT+CSQ"); recv(1201, "OK", True); recv(1205, "+CSQ: 12,99")
    recv(1205, "OK", True)
    send(1203, "AT+CGREG?"); recv(1201, "+CGREG: 2,1,\"2B4C\",\"0A3F41\",2")
    send(1207, "AT^SYSINFO"); recv(1205, "^SYSINFO:2,3,0,5,1,,4"); recv(1201, "OK", True)
    recv(1205, "OK", True)
    bl(1201, "D", "AT", "AT< +CMTI: \"SM\",3")
    send(1203, "AT+CMGR=3"); recv(1201, "+CMGR: 0,,25"); recv(1201, "0891683108200105F0040D91683110905020F10008626021020500230A8BF7")
    recv(1201, "OK", True)
    send(1207, "AT+CPOL?"); recv(1205, "+CME ERROR: 3", True)
    send(1203, "AT+CMGD=3"); recv(1201, "OK", True)
    send(1207, "AT+CLCK=\"SC\",2"); recv(1205, "+CLCK: 0"); recv(1205, "OK", True)
    send(1203, "AT+COPS?"); send(1207, "AT+CGACT?")
    recv(1205, "+CGACT: 1,1"); recv(1201, "+COPS: 0,0,\"CHN-UNICOM\",2"); recv(1205, "OK", True); recv(1201, "OK", True)
    send(1203, "AT+CLCC")
    emit("android_ril_brief_two_channels.log", b.lines, b.labels, "android-ril-logcat", "Huawei MU509")


# ---------------------------------------------------------------------------
# 9. oFono debug chat via syslog: "ofonod[pid]: PCUI: > AT+CFUN=1\r" / "< \r\nOK\r\n"
# ---------------------------------------------------------------------------
def gen_ofono():
    clk = Clock(91, D(2026, 12, 3, 7, 58, 2, 0))
    b = B()
    host, pid = "gw-edge-04", 611

    def sl(msg):
        t = clk.step(0.001, 0.05)
        b.l("%s %s ofonod[%d]: %s" % (t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S"), host, pid, msg))

    def cmd(pfx, c, *lines, final="OK", split=False):
        b.tx(c)
        sl("%s> %s\\r" % (pfx, c))
        body = ("\\r\\n" + "\\r\\n".join(lines) + "\\r\\n") if lines else ""
        if final is None:
            if body:
                sl("%s< %s" % (pfx, body))
            return
        if split and lines:
            sl("%s< %s" % (pfx, body))
            sl("%s< \\r\\n%s\\r\\n" % (pfx, final))
        else:
            sl("%s< %s\\r\\n%s\\r\\n" % (pfx, body, final))
        b.fin(final)

    def urc(pfx, u):
        sl("%s< \\r\\n%s\\r\\n" % (pfx, u))

    sl("plugins/udevng.c:setup_huawei() /sys/devices/platform/soc/usb1/1-1 (huawei)")
    sl("src/modem.c:ofono_modem_register() 0x55d1f0a0 (huawei)")
    cmd("PCUI: ", "ATE0 +CMEE=1")
    cmd("PCUI: ", "AT^CURC=0")
    cmd("PCUI: ", "AT+CFUN?", "+CFUN: 7", split=True)
    cmd("PCUI: ", "AT+CFUN=1")
    urc("PCUI: ", "^SIMST:1")
    cmd("PCUI: ", "AT^SYSINFO", "^SYSINFO:2,3,0,5,1,,4")
    cmd("PCUI: ", "AT+CGMI", "huawei")
    cmd("PCUI: ", "AT+CGMM", "ME909s-821")
    cmd("PCUI: ", "AT+CGMR", "11.617.15.00.00")
    cmd("PCUI: ", "AT+CGSN", "867223032117490")
    cmd("PCUI: ", "AT+CPIN?", "+CPIN: READY", split=True)
    sl("drivers/atmodem/sim.c:at_cpin_cb() crsm_cb: READY")
    cmd("PCUI: ", "AT+CRSM=176,28589,0,0,4", "+CRSM: 144,0,\"00000002\"")
    cmd("PCUI: ", "AT+CRSM=192,12258", final="+CME ERROR: 13")
    cmd("PCUI: ", "AT+CLCK=\"SC\",2", "+CLCK: 0")
    cmd("PCUI: ", "AT^GETPORTMODE", "^GETPORTMODE: TYPE: WCDMA: huawei,PCUI:0,MDM:1,NDIS:2")
    urc("PCUI: ", "^RSSI:18")
    cmd("PCUI: ", "AT+CREG=2")
    cmd("PCUI: ", "AT+CREG?", "+CREG: 2,1,\"A12B\",\"00C34F1\",7")
    cmd("PCUI: ", "AT+CGREG=2")
    cmd("PCUI: ", "AT+CGDCONT=1,\"IP\",\"internet.t-mobile\"")
    urc("PCUI: ", "^RSSI:19")
    cmd("Modem: ", "AT+CGDATA=\"PPP\",1", final="CONNECT")
    sl("drivers/atmodem/gprs-context.c:at_cgdata_cb() ok 1")
    sl("src/gprs.c:pri_activate_callback() 0x55d1f2b8")
    emit("ofono_huawei_syslog.log", b.lines, b.labels, "ofono-syslog", "Huawei ME909s")

    clk = Clock(92, D(2026, 12, 4, 18, 30, 0, 0))
    b = B()
    host, pid = "", 388

    def jl(msg):
        t = clk.step(0.001, 0.05)
        b.l("%s rpi-sms ofonod[%d]: %s" % (t.strftime("%b %d %H:%M:%S"), pid, msg))

    def jcmd(c, *lines, final="OK"):
        b.tx(c)
        jl("Device: > %s\\r" % c)
        body = ("\\r\\n" + "\\r\\n".join(lines) + "\\r\\n") if lines else ""
        if final:
            jl("Device: < %s\\r\\n%s\\r\\n" % (body, final))
            b.fin(final)

    b.l("-- Journal begins at Sun 2026-11-01 08:12:44 UTC. --")
    jcmd("AT+CMGF=0")
    jcmd("AT+CSMS=?", "+CSMS: (0,1)")
    jcmd("AT+CSMS?", "+CSMS: 0,1,1,1")
    jcmd("AT+CPMS=?", "+CPMS: (\"SM\",\"ME\",\"SM_P\",\"ME_P\",\"MT\"),(\"SM\",\"ME\",\"SM_P\",\"ME_P\",\"MT\"),(\"SM\",\"ME\",\"SM_P\",\"ME_P\",\"MT\")")
    jcmd("AT+CNMI=?", "+CNMI: (0-3),(0-3),(0,2),(0-2),(0,1)")
    jcmd("AT+CNMI=2,1,2,1,0")
    jcmd("AT+CPMS=\"SM\",\"SM\",\"SM\"", "+CPMS: 0,50,0,50,0,50")
    b.tx("AT+CMGS=18")
    jl("Device: > AT+CMGS=18\\r")
    jl("Device: < \\r\\n> ")
    jl("Device: > 0011000B914477009004F10000AA05C8329BFD06<CtrlZ>")
    jl("Device: < \\r\\n+CMGS: 12\\r\\n")
    jl("Device: < \\r\\nOK\\r\\n")
    b.fin("OK")
    jl("src/sms.c:tx_finished() tx_finished 0x1f8e2c0")
    b.tx("AT+CMGS=18")
    jl("Device: > AT+CMGS=18\\r")
    jl("Device: < \\r\\n> ")
    jl("Device: > 0011000B914477009004F10000AA05C8329BFD06<CtrlZ>")
    jl("Device: < \\r\\n+CMS ERROR: 38\\r\\n")
    b.fin("+CMS ERROR: 38")
    jl("src/sms.c:tx_finished() tx_finished 0x1f8e2c0 failed")
    jl("Device: < \\r\\n+CMTI: \"SM\",1\\r\\n")
    jcmd("AT+CMGR=1", "+CMGR: 0,,24", "07914477079000F0040B914477009004F100006221301180824005C8329BFD06")
    jcmd("AT+CNMA", final="+CMS ERROR: 340")
    jcmd("AT+CMGD=1")
    emit("ofono_sim900_journal.log", b.lines, b.labels, "ofono-syslog", "SIMCom SIM900")


# ---------------------------------------------------------------------------
# 10. Qtopia/QtMoko AtChat via syslog: AtChat :  t : "cmd" / f : "line" / N : "urc"
# ---------------------------------------------------------------------------
def gen_qtopia():
    b = B()
    pre = "Jan  1 02:3%d:%02d neo Qtopia: AtChat : "
    c = [0, 2, 57]

    def q(kind, text):
        c[2] += 1
        if c[2] >= 60:
            c[2] = 0
            c[1] += 1
        b.l((pre % (c[1], c[2])) + " %s : \"%s\" " % (kind, text))

    def cmd(cmdline, *lines, final="OK"):
        b.tx(cmdline)
        q("t", cmdline)
        q("f", cmdline)
        for x in lines:
            q("f", x)
        if final:
            q("f", final)
            b.fin(final)

    cmd("AT+CPBS=?", "+CPBS: (\"EN\",\"BD\",\"FD\",\"DC\",\"LD\",\"RC\",\"SM\",\"MC\")")
    cmd("AT+CPBS=\"SM\"")
    cmd("AT+CPBR=?", "+CPBR: (1-250),44,18")
    q("N", "%CSTAT: PHB, 1")
    cmd("AT+CPBR=1,5", "+CPBR: 1,\"+4930901820\",145,\"Home\"", "+CPBR: 2,\"0173112233\",129,\"Ulla\"")
    cmd("AT+CPBS=\"EN\"")
    cmd("AT+CPBR=?", "+CPBR: (1-5),44,0")
    cmd("AT+CPBS=\"SM\"")
    cmd("AT+CCLK?", "+CCLK: \"80/01/01,00:33:12+00\"")
    cmd("AT+CCLK=\"26/12/03,09:41:20+04\"", final="ERROR")
    q("N", "+CREG: 1,\"0A1B\",\"51C3\"")
    cmd("AT+COPS?", "+COPS: 0,0,\"E-Plus\"")
    cmd("AT+CSQ", "+CSQ: 20,99")
    emit("qtopia_atchat_syslog.log", b.lines, b.labels, "qtopia-atchat", "TI Calypso (Openmoko GTA02)")


# ---------------------------------------------------------------------------
# 11. MicroPython: REPL uart.write / uart.read bytes reprs; script printing resp.decode()
# ---------------------------------------------------------------------------
def pyb(s):
    return "b'" + s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("'", "\\'") + "'"


def gen_micropython():
    b = B()
    b.l("MicroPython v1.23.0 on 2024-06-02; Generic ESP32 module with ESP32",
        "Type \"help()\" for more information.",
        ">>> from machine import UART, Pin",
        ">>> uart = UART(1, baudrate=115200, tx=27, rx=26)")

    def w(c):
        raw = c + "\r\n"
        b.l(">>> uart.write(b'%s\\r\\n')" % c.replace("'", "\\'"), str(len(raw)))

    def r(payload):
        b.l(">>> uart.read()", pyb(payload) if payload is not None else "None")

    b.tx("AT"); w("AT"); r(None); r("AT\r\r\nOK\r\n"); b.fin("OK")
    b.tx("AT+CPIN?"); w("AT+CPIN?"); r("AT+CPIN?\r\r\n+CPIN: READY\r\n\r\nOK\r\n"); b.fin("OK")
    b.tx("AT+CNMP=38"); w("AT+CNMP=38"); r("AT+CNMP=38\r\r\nOK\r\n"); b.fin("OK")
    b.tx("AT+CMNB=2"); w("AT+CMNB=2"); r("AT+CMNB=2\r\r\nOK\r\n"); b.fin("OK")
    b.tx("AT+CSQ"); w("AT+CSQ"); r("AT+CSQ\r\r\n+CSQ: 99,99\r\n\r\nOK\r\n"); b.fin("OK")
    b.l(">>> import time; time.sleep(20)")
    b.tx("AT+CSQ"); w("AT+CSQ"); r("\r\n+CPSI: NB-IOT,Online,460-11,0x5A0B,148311,75,EUTRAN-BAND5,2452,0,0,-10,-71,-61,13\r\nAT+CSQ\r\r\n+CSQ: 19,99\r\n\r\nOK\r\n"); b.fin("OK")
    b.tx("AT+CGDCONT=1,\"IP\",\"ctnb\""); w("AT+CGDCONT=1,\"IP\",\"ctnb\""); r("AT+CGDCONT=1,\"IP\",\"ctnb\"\r\r\nOK\r\n"); b.fin("OK")
    b.tx("AT+CNACT=1"); w("AT+CNACT=1"); r("AT+CNACT=1\r\r\nERROR\r\n"); b.fin("ERROR")
    b.tx("AT+CNACT=0,1"); w("AT+CNACT=0,1"); r("AT+CNACT=0,1\r\r\nOK\r\n\r\n+APP PDP: 0,ACTIVE\r\n"); b.fin("OK")
    b.tx("AT+CNACT?"); w("AT+CNACT?"); r("AT+CNACT?\r\r\n+CNACT: 0,1,\"10.41.7.233\"\r\n+CNACT: 1,0,\"0.0.0.0\"\r\n+CNACT: 2,0,\"0.0.0.0\"\r\n+CNACT: 3,0,\"0.0.0.0\"\r\n\r\nOK\r\n"); b.fin("OK")
    b.tx("AT+SNPING4=\"8.8.8.8\",3,16,1000"); w("AT+SNPING4=\"8.8.8.8\",3,16,1000"); r("AT+SNPING4=\"8.8.8.8\",3,16,1000\r\r\n")
    b.l(">>> ")
    emit("micropython_repl_sim7080.log", b.lines, b.labels, "micropython-repl", "SIMCom SIM7080G")

    b = B()
    b.l("MPY: soft reboot", "connecting to ESP-01 on UART0 ...")

    def resp(text):
        b.l("resp:")
        b.l(*text.replace("\r\n", "\n").split("\n"))

    b.tx("AT"); resp("AT\r\n\r\nOK\r\n"); b.fin("OK")
    b.tx("AT+GMR"); resp("AT+GMR\r\nAT version:2.2.0.0(c6fa6bf - ESP32C3 - Jul  2 2021 06:44:05)\r\nSDK version:v4.3-beta3-195-g6be10fab0b\r\ncompile time(0ad6331):Jul  9 2021 11:13:19\r\nBin version:2.2.0(ESP32C3-MINI-1)\r\n\r\nOK\r\n"); b.fin("OK")
    b.tx("AT+CWMODE=1"); resp("AT+CWMODE=1\r\n\r\nOK\r\n"); b.fin("OK")
    b.tx("AT+CWJAP=\"lab-iot\",\"k3ttle-99\""); resp("AT+CWJAP=\"lab-iot\",\"k3ttle-99\"\r\nWIFI CONNECTED\r\n"); 
    resp("WIFI GOT IP\r\n\r\nOK\r\n"); b.fin("OK")
    b.tx("AT+CIPSTA?"); resp("AT+CIPSTA?\r\n+CIPSTA:ip:\"192.168.4.57\"\r\n+CIPSTA:gateway:\"192.168.4.1\"\r\n+CIPSTA:netmask:\"255.255.255.0\"\r\n\r\nOK\r\n"); b.fin("OK")
    b.tx("AT+CIPSNTPCFG=1,8,\"pool.ntp.org\""); resp("AT+CIPSNTPCFG=1,8,\"pool.ntp.org\"\r\n\r\nOK\r\n"); b.fin("OK")
    b.tx("AT+CIPSNTPTIME?"); resp("AT+CIPSNTPTIME?\r\n+CIPSNTPTIME:Thu Dec  3 18:02:41 2026\r\nOK\r\n"); b.fin("OK")
    b.tx("AT+HTTPCLIENT=2,0,\"http://192.168.4.10:8080/api\",,,1"); resp("AT+HTTPCLIENT=2,0,\"http://192.168.4.10:8080/api\",,,1\r\n\r\nERROR\r\n"); b.fin("ERROR")
    b.l("Traceback (most recent call last):", "  File \"main.py\", line 41, in <module>",
        "RuntimeError: http failed")
    emit("micropython_script_esp32c3.log", b.lines, b.labels, "micropython-print", "ESP32-C3 ESP-AT 2.2")


# ---------------------------------------------------------------------------
# 12. nRF Connect LTE Link Monitor: "ISO DEBUG modem >> cmd" / "modem << line"
# ---------------------------------------------------------------------------
def r_linkmon(steps, clk):
    out = []
    ts = lambda: clk.t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (clk.t.microsecond // 1000)
    for s in steps:
        if isinstance(s, T):
            clk.step(0.002, 0.02)
            out.append("%s DEBUG modem >> %s" % (ts(), s.cmd))
            for r in s.resp:
                clk.step(0.005, 0.02)
                out.append("%s DEBUG modem << %s" % (ts(), r))
            if s.final:
                clk.step(0.001, 0.003)
                out.append("%s DEBUG modem << %s" % (ts(), s.final))
            for u in s.urc_after:
                clk.step(0.3, 2)
                out.append("%s DEBUG modem << %s" % (ts(), u))
        elif isinstance(s, U):
            for u in s.lines:
                clk.step(0.2, 2)
                out.append("%s DEBUG modem << %s" % (ts(), u))
        elif isinstance(s, X):
            for l in s.lines:
                clk.step(0.001, 0.01)
                out.append("%s %s" % (ts(), l) if not l.startswith("!") else l[1:])
    return out


def gen_linkmon():
    s1 = [
        X("INFO Application data folder: C:\\Users\\pkr\\AppData\\Roaming\\nrfconnect\\pc-nrfconnect-linkmonitor",
          "INFO Modem port is opened"),
        T("AT+CFUN?", "+CFUN: 4"),
        T("AT+CGSN=1", "+CGSN: \"351358815013397\""),
        T("AT+CGMI", "Nordic Semiconductor ASA"),
        T("AT+CGMM", "nRF9160-SICA"),
        T("AT+CGMR", "mfw_nrf9160_1.3.5"),
        X("INFO Nordic Semiconductor ASA nRF9160-SICA [mfw_nrf9160_1.3.5] SerNr: 351358815013397"),
        T("AT%XSYSTEMMODE=1,1,0,0"),
        T("AT+CEMODE?", "+CEMODE: 2"),
        T("AT%XCBAND=?", "%XCBAND: (1,2,3,4,5,8,12,13,17,19,20,25,26,28,66)"),
        T("AT+CMEE?", "+CMEE: 0"),
        T("AT+CMEE=1"),
        T("AT+CNEC=24"),
        T("AT+CGEREP=1"),
        T("AT+CIND=1,1,1"),
        T("AT+CEREG=5"),
        T("AT%CESQ=1"),
        T("AT+CFUN=1"),
        T("AT%XSIM=1"),
        T("AT+CPIN?", "+CPIN: READY"),
        T("AT+CIMI", "234500026813554"),
        X("INFO IMSIdentity: 234500026813554"),
        U("%CESQ: 51,2,17,1", "+CEREG: 2,\"0C3D\",\"0A11C201\",7,0,0,\"11100000\",\"11100000\""),
        T("AT%XSYSTEMMODE=0,1,0,0", final="+CME ERROR: 518"),
        U("+CEREG: 5,\"0C3D\",\"0A11C201\",7,,,\"11100000\",\"11100000\"", "+CGEV: ME PDN ACT 0"),
        T("AT+CGDCONT?", "+CGDCONT: 0,\"IP\",\"ibasis.iot\",\"10.160.70.3\",0,0"),
        T("AT+CGACT?", "+CGACT: 0,1"),
        T("AT+COPS?", "+COPS: 0,2,\"23410\",7"),
        T("AT%XMONITOR", "%XMONITOR: 5,\"\",\"\",\"23410\",\"0C3D\",7,20,\"0A11C201\",284,6300,51,17,\"\",\"11100000\",\"11100000\",\"01001001\""),
        T("AT+CESQ", "+CESQ: 99,99,255,255,17,51"),
    ]
    clk = Clock(121, D(2026, 11, 25, 13, 4, 21, 901))
    emit("nrf_linkmonitor_9160.log", r_linkmon(s1, clk), s1, "nrf-linkmonitor", "Nordic nRF9160")

    s2 = [
        X("!**Describe the bug**",
          "!After `AT+CFUN=1` the nRF9151 DK never attaches on NB-IoT; it's fine on LTE-M. Log from the Cellular Monitor terminal below.",
          "!",
          "!<details>",
          "!<summary>full log</summary>",
          "!",
          "!```"),
        T("AT%XSYSTEMMODE?", "%XSYSTEMMODE: 1,1,0,1"),
        T("AT%XSYSTEMMODE=0,1,0,0"),
        T("AT%XBANDLOCK=2,,\"20\""),
        T("AT+CFUN=1"),
        U("%CESQ: 255,0,255,0", "+CEREG: 2,\"FFFE\",\"FFFFFFFF\",9,0,0,\"11100000\",\"11100000\""),
        T("AT+CEREG?", "+CEREG: 5,2,\"FFFE\",\"FFFFFFFF\",9,0,0,\"11100000\",\"11100000\""),
        T("AT%XSNRSQ?", "%XSNRSQ: 255,0,0"),
        T("AT+COPS=?", "+COPS: (1,\"\",\"\",\"26202\",9),(3,\"\",\"\",\"26201\",9),,(0,1,2,3,4),(0,1,2)"),
        T("AT+COPS=1,2,\"26202\"", final="+CME ERROR: 528"),
        T("AT+CFUN=4"),
        X("!```", "!", "!</details>", "!",
          "!**Expected behavior** registration on 26202 like with the previous modem FW.",
          "!", "!**Environment**: nRF9151 DK, mfw_nrf91x1_2.0.2, Cellular Monitor 2.3.0"),
    ]
    clk = Clock(122, D(2026, 12, 2, 9, 11, 40, 16))
    emit("nrf_cellmon_github_details.log", r_linkmon(s2, clk), s2, "github-md+nrf-monitor", "Nordic nRF9151")


# ---------------------------------------------------------------------------
# Terminal-capture shapes (echo on): Tera Term timestamps, tio timestamps, raw minicom
# ---------------------------------------------------------------------------
def term_steps(steps, echo=True):
    """Flatten steps into terminal lines (what the modem port shows)."""
    out = []
    for s in steps:
        if isinstance(s, T):
            e = echo if s.echo is None else s.echo
            out.extend(term(s, e))
            for u in s.urc_after:
                out.extend(["", u])
        elif isinstance(s, U):
            for u in s.lines:
                out.extend(["", u])
        elif isinstance(s, X):
            out.extend(s.lines)
    return out


def gen_terminals():
    # Tera Term log with "Local time" timestamps (Windows, CRLF)
    s1 = [
        T("AT"),
        T("ATI", "Manufacturer: u-blox", "Model: SARA-R510M8S", "Revision: 03.15", "SVN: 01", "IMEI: 354679097110625"),
        T("AT+CMEE=2"),
        T("AT+UMNOPROF?", "+UMNOPROF: 100"),
        T("AT+CFUN=0"),
        T("AT+UMNOPROF=100"),
        T("AT+URAT=7"),
        T("AT+CFUN=16", final=None),
        X("", "+UUPSDD: 0" if False else ""),
        T("AT", final=None),
        T("AT"),
        T("AT+CEREG?", "+CEREG: 0,5"),
        T("AT+UPSD=0,100,1"),
        T("AT+UPSDA=0,3", urc_after=["+UUPSDA: 0,\"100.64.12.77\""]),
        T("AT+USOCR=6", "+USOCR: 0"),
        T("AT+USOCO=0,\"18.194.3.92\",8883"),
        T("AT+USOWR=0,5", prompt="@", data="\x10\x03\x00\x04M", after=["+USOWR: 0,5"]),
        U("+UUSORD: 0,4"),
        T("AT+USORD=0,4", "+USORD: 0,4,\"20020000\""),
        T("AT+USOCL=0"),
        T("AT+USOCL=0", final="+CME ERROR: Operation not allowed"),
    ]
    lines = term_steps(s1)
    clk = Clock(131, D(2026, 12, 6, 10, 22, 33, 123))
    out = []
    for l in lines:
        l = l.replace("\x10\x03\x00\x04M", "....M")
        t = clk.step(0.002, 0.4)
        out.append("[%s.%03d %s] %s" % (t.strftime("%a %b %d %H:%M:%S"), t.microsecond // 1000, t.year, l))
    emit("teraterm_timestamps_sara_r5.log", out, s1, "teraterm-timestamp", "u-blox SARA-R510M8S", crlf=True)

    s2 = [
        T("AT#SELINT?", "#SELINT: 2"),
        T("AT+CMEE=1"),
        T("AT#CCID", "#CCID: 89390100002437129880"),
        T("AT+CMGF=1"),
        T("AT+CSCA?", "+CSCA: \"+393492000200\",145"),
        T("AT+CMGS=\"+393471234567\"", prompt="> ", data="Allarme: ingresso 2 aperto\x1a",
          after=["+CMGS: 58"]),
        T("AT+CMGS=\"+39347123456\"", prompt="> ", data="test\x1a", after=[], final="+CMS ERROR: 42"),
        T("AT#SGACT=1,1", "#SGACT: 10.188.20.4"),
        T("AT#SD=1,0,80,\"plain.example.org\",0,0,1", final="CONNECT"),
    ]
    lines = term_steps(s2)
    clk = Clock(132, D(2026, 12, 1, 17, 45, 2, 0))
    out = []
    for l in lines:
        l = l.replace("\x1a", "")
        t = clk.step(0.002, 0.6)
        out.append("[%s.%03d %s] %s" % (t.strftime("%a %b %d %H:%M:%S"), t.microsecond // 1000, t.year, l))
    t = clk.step(0.3, 0.6)
    out.append("[%s.%03d %s] %s" % (t.strftime("%a %b %d %H:%M:%S"), t.microsecond // 1000, t.year,
                                    "HTTP/1.1 200 OK"))
    emit("teraterm_timestamps_me910_sms.log", out, s2, "teraterm-timestamp", "Telit ME910C1", crlf=True)

    # tio -t : "[hh:mm:ss.mmm] line"
    s3 = [
        T("AT+CGMR", "+CGMR: LE20B04SIM7600M22"),
        T("AT+CPSI?", "+CPSI: LTE,Online,262-03,0x9A07,27430917,143,EUTRAN-BAND20,6300,5,5,-88,-1012,-709,15"),
        T("AT+NETOPEN", urc_after=["+NETOPEN: 0"]),
        T("AT+IPADDR", "+IPADDR: 10.44.92.128"),
        T("AT+CIPOPEN=0,\"TCP\",\"203.0.113.50\",5000", urc_after=["+CIPOPEN: 0,0"]),
        T("AT+CIPSEND=0,5", prompt=">", data="hello", after=[], final="OK", urc_after=["+CIPSEND: 0,5,5"]),
        U("RECV FROM:203.0.113.50:5000", "+IPD5", "world"),
        T("AT+CIPCLOSE=0", urc_after=["+CIPCLOSE: 0,0"]),
        T("AT+NETCLOSE", urc_after=["+NETCLOSE: 0"]),
        T("AT+CPOF", final=None),
    ]
    lines = term_steps(s3)
    clk = Clock(133, D(2026, 12, 2, 22, 10, 5, 0))
    out = ["[22:10:04.812] tio v2.7", "[22:10:04.812] Press ctrl-t q to quit", "[22:10:04.813] Connected"]
    for l in lines:
        t = clk.step(0.002, 0.5)
        out.append("[%s.%03d] %s" % (t.strftime("%H:%M:%S"), t.microsecond // 1000, l))
    out.append("[22:11:31.006] Disconnected")
    emit("tio_timestamps_sim7600.log", out, s3, "tio-timestamp", "SIMCom SIM7600E")

    # minicom capture, raw: PPP dial then binary, carrier lost, ATH
    s4 = [
        T("AT"),
        T("AT+CGDCONT=1,\"IP\",\"internet\""),
        T("ATD*99#", final="CONNECT"),
    ]
    lines = term_steps(s4)
    raw = ("\r\n".join(["Welcome to minicom 2.8", "", "OPTIONS: I18n ", "Port /dev/ttyS1, 10:04:55",
                        "", "Press CTRL-A Z for help on special keys", ""] + lines) + "\r\n").encode()
    raw += b"~\xff}#\xc0!}!}!} }4}\"}&} } } } }%}&\x8a\x1b\x02}'}\"}(}\"\x1c\xd1~~\xff}#\xc0!}!}\"} }4}\"}&} } } } }%}&"
    raw += b"\x1c\xa3\x07\x9e}'}\"}(}\"\x8f\x0b~"
    raw += b"\r\nNO CARRIER\r\nATH\r\r\nOK\r\nAT+CSQ\r\r\n+CSQ: 8,0\r\n\r\nOK\r\n"
    labels = labels_of(s4) + [{"command": "ATH", "final": "OK"}, {"command": "AT+CSQ", "final": "OK"}]
    emit("minicom_capture_ppp_sim800.log", None, labels, "minicom-raw", "SIMCom SIM800C", raw=raw)


# ---------------------------------------------------------------------------
# Mongoose OS pppos, debug.level=4: ">> cmd" and raw "<< " chunks with CR/LF inside
# ---------------------------------------------------------------------------
def gen_mongoose():
    clk = Clock(141, D(2026, 11, 20, 19, 3, 22, 100))
    b = B()

    def ml(src, msg):
        t = clk.step(0.001, 0.05)
        b.l("[%s %2d %s.%03d] %-22s %s" % (t.strftime("%b"), t.day, t.strftime("%H:%M:%S"), t.microsecond // 1000,
                                          src, msg))

    t_start = clk.t

    def st(a, z):
        up = 12.5 + (clk.t - t_start).total_seconds()
        ml("mgos_pppos.c:138", "%d -> %d %.6f %.6f" % (a, z, up, up + 2.0 if z == 9 else 0.0))

    def rx(chunk):
        parts = chunk.split("\r\n")
        ml("mgos_pppos.c:918", "<< " + parts[0])
        b.l(*parts[1:])

    def cmd(c, chunk, final):
        b.tx(c)
        ml("mgos_pppos.c:129", ">> " + c)
        st(8, 9)
        rx(chunk)
        if final:
            b.fin(final)
        if final == "OK":
            st(9, 8)

    ml("mgos_pppos.c:1103", "PPPoS UART1 (RX:16 TX:17 CTS:-1 RTS:-1), 115200, fc off, APN 'em'")
    st(6, 7)
    cmd("AT", "AT\r\r\nOK\r\n", "OK")
    cmd("ATH", "ATH\r\r\nOK\r\n", "OK")
    cmd("ATE0", "ATE0\r\r\nOK\r\n", "OK")
    cmd("AT+CFUN=1", "\r\nOK\r\n", "OK")
    cmd("ATI", "\r\nu-blox\r\nSARA-G350\r\n\r\nOK\r\n", "OK")
    ml("mgos_pppos.c:284", "u-blox SARA-G350, IMEI: 357520072213880")
    cmd("AT+GSN", "\r\n357520072213880\r\n\r\nOK\r\n", "OK")
    cmd("AT+CIMI", "\r\n295050901432318\r\n\r\nOK\r\n", "OK")
    cmd("AT+CCID", "\r\n+CCID: 89423050000014323182\r\n\r\nOK\r\n", "OK")
    cmd("AT+CPIN?", "\r\n+CPIN: READY\r\n\r\nOK\r\n", "OK")
    ml("mgos_pppos.c:354", "SIM is ready, IMSI: 295050901432318, ICCID: 89423050000014323182")
    cmd("AT+CREG=0", "\r\nOK\r\n", "OK")
    cmd("AT+COPS=0", "\r\nOK\r\n", "OK")
    cmd("AT+CREG?", "\r\n+CREG: 0,2\r\n\r\nOK\r\n", "OK")
    ml("mgos_pppos.c:418", "Not connected to mobile network, status 2 (searching) 0")
    cmd("AT+CREG?", "\r\n+CREG: 0,5\r\n\r\nOK\r\n", "OK")
    ml("mgos_pppos.c:415", "Connected to mobile network (roaming)")
    cmd("AT+COPS=3,2", "\r\nOK\r\n", "OK")
    cmd("AT+COPS?", "\r\n+COPS: 0,2,\"22801\"\r\n\r\nOK\r\n", "OK")
    cmd("AT+COPS=3,0", "\r\nOK\r\n", "OK")
    cmd("AT+COPS?", "\r\n+COPS: 0,0,\"Swisscom\"\r\n\r\nOK\r\n", "OK")
    ml("mgos_pppos.c:468", "Operator: Swisscom")
    cmd("AT+CSQ", "\r\n+CSQ: 16,99\r\n\r\nOK\r\n", "OK")
    ml("mgos_pppos.c:477", "RSSI: -81")
    cmd("AT+CGDCONT=1,\"IP\",\"em\"", "\r\nOK\r\n", "OK")
    cmd("ATDT*99***1#", "\r\nNO CARRIER\r\n", "NO CARRIER")
    ml("mgos_pppos.c:792", "Command failed: ATDT*99***1#")
    st(9, 2)
    emit("mongoose_pppos_verbose_g350.log", b.lines, b.labels, "mongoose-pppos", "u-blox SARA-G350")


# ---------------------------------------------------------------------------
# Wrappers people paste: forum BBCode, e-mail "> > ", Slack, Jira {noformat}, Discord,
# GitHub blockquote, Python logging with two threads (Windows CRLF + tabs)
# ---------------------------------------------------------------------------
def gen_wrappers():
    s = [
        T("AT"),
        T("AT+CPIN?", "+CPIN: READY"),
        T("AT+CSQ", "+CSQ: 11,0"),
        T("AT+CGATT?", "+CGATT: 1"),
        T("AT+CIPSHUT", final="SHUT OK"),
        T("AT+CIPMUX=0"),
        T("AT+CSTT=\"payandgo.o2.co.uk\",\"payandgo\",\"password\""),
        T("AT+CIICR"),
        T("AT+CIFSR", final="10.162.33.18"),
        T("AT+CIPSTART=\"TCP\",\"198.51.100.23\",\"80\"", urc_after=["CONNECT OK"]),
        T("AT+CIPSEND", prompt="> ", data="GET /log.php?t=21.5 HTTP/1.1", final="SEND OK"),
        U("CLOSED"),
    ]
    body = term_steps(s)
    body = [l if not l.startswith("> GET") else "> GET /log.php?t=21.5 HTTP/1.1" for l in body]
    out = ["Re: SIM800L closes TCP right after SEND OK", "",
           "[quote=\"dieter_k\"]Post the full terminal output, not only the last lines.[/quote]", "",
           "Here it is, typed by hand in the serial monitor (115200, both NL & CR):", "", "[code]"] + body + \
          ["[/code]", "", "Power is a 2A buck at 4.0V, 1000uF at the module. Any idea why the server drops it?",
           "", "[size=85]Last edited by lukas_w on Thu Dec 03, 2026 9:14 pm, edited 1 time in total.[/size]"]
    emit("forum_bbcode_sim800.log", out, s, "forum-bbcode", "SIMCom SIM800L")

    # e-mail reply, log quoted two levels deep
    s = [
        T("AT+QCFG=\"nwscanmode\"", "+QCFG: \"nwscanmode\",0"),
        T("AT+QCFG=\"iotopmode\"", "+QCFG: \"iotopmode\",2"),
        T("AT+COPS?", "+COPS: 0,0,\"vodafone IT\",8"),
        T("AT+QICSGP=1,1,\"ep.inetd.gdsp\",\"\",\"\",1"),
        T("AT+QIACT=1", final="+CME ERROR: 550"),
        T("AT+QIACT?"),
        T("AT+QIACT=1"),
        T("AT+QIACT?", "+QIACT: 1,1,1,\"10.19.220.71\""),
        T("AT+QPING=1,\"www.google.com\"", urc_after=["+QPING: 0,\"142.250.180.4\",32,431,255",
                                                     "+QPING: 0,\"142.250.180.4\",32,298,255",
                                                     "+QPING: 0,\"142.250.180.4\",32,305,255",
                                                     "+QPING: 0,\"142.250.180.4\",32,277,255",
                                                     "+QPING: 0,4,4,0,277,431,327"]),
        T("AT+QIDEACT=1"),
    ]
    body = term_steps(s)
    out = ["Hi Marco,", "", "thanks - so the 550 on the first QIACT is expected while the PDN is still",
           "being set up by the network? We see it on about 1 in 5 boots.", "", "Regards,", "Anja", "",
           "On Wed, 2 Dec 2026 at 16:20, Marco Bellini <m.bellini@fae-example.it> wrote:",
           "> Hi Anja,", ">", "> the sequence looks right to me. Can you confirm the firmware is BG95M3LAR02A03?",
           ">", "> On Wed, 2 Dec 2026 at 11:02, Anja Richter <a.richter@example-metering.de> wrote:",
           "> > Hello Marco,", "> >", "> > here is the log from the BG95-M3 (terminal on the main UART, echo on):", "> >"]
    out += [("> > " + l).rstrip() for l in body]
    out += ["> >", "> > Best,", "> > Anja"]
    emit("email_quoted_bg95.log", out, s, "email-quote", "Quectel BG95-M3")

    # Slack copy: names and times, log split over two messages
    s1 = [
        T("AT+QENG=\"servingcell\"", "+QENG: \"servingcell\",\"NOCONN\",\"LTE\",\"FDD\",310,260,A1B2C03,262,5110,12,5,5,9E21,-104,-13,-72,9,21"),
        T("AT+QNWINFO", "+QNWINFO: \"FDD LTE\",\"310260\",\"LTE BAND 12\",5110"),
        T("AT+CGPADDR=1", "+CGPADDR: 1,\"100.92.14.3\""),
        T("AT+QMBNCFG=\"List\"", "+QMBNCFG: \"List\",0,1,1,\"ROW_Commercial\",0x0501081F,201901141",
          "+QMBNCFG: \"List\",1,0,0,\"Commercial-TMO\",0x0501082D,201909181"),
    ]
    s2 = [
        T("AT+QMBNCFG=\"Select\",\"Commercial-TMO\""),
        T("AT+CFUN=1,1"),
        U("RDY", "+CFUN: 1", "+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE"),
        T("AT+QMBNCFG=\"List\"", "+QMBNCFG: \"List\",0,0,0,\"ROW_Commercial\",0x0501081F,201901141",
          "+QMBNCFG: \"List\",1,1,1,\"Commercial-TMO\",0x0501082D,201909181"),
        T("AT+QENG=\"servingcell\"", final="+CME ERROR: 3"),
    ]
    out = ["Priya Nair  10:41 AM", "ok here's what the EC25-AF says before the MBN switch", "```"] + \
          term_steps(s1) + ["```", "10:42", "that ROW_Commercial being active is wrong for TMO right?", "",
                            "Tom Okafor  10:44 AM", "yes, select the TMO one and reboot", "",
                            "Priya Nair  10:52 AM", "```"] + term_steps(s2) + \
          ["```", "servingcell errors right after boot, retrying in a minute", "1 reply"]
    emit("slack_copy_ec25.log", out, s1 + s2, "slack-copy", "Quectel EC25-AF")

    # Jira {noformat}
    s = [
        T("AT+CGMM", "LE910C1-EUX"),
        T("AT+CGMR", "25.30.226"),
        T("AT#FIRMWARE", "#FIRMWARE: 2,\"ATT\",1,\"VZW\",2,\"Telstra\",3,\"GEN\""),
        T("AT#FWSWITCH?", "#FWSWITCH: 0,0"),
        T("AT+CGDCONT=1,\"IPV4V6\",\"iot.telstra.com\""),
        T("AT#SGACT=1,1", final="+CME ERROR: 555"),
        T("AT+CEER", "+CEER: \"PDP lowerlayer error\""),
        T("AT#FWSWITCH=3,1"),
        U("#FWSWITCH: 3"),
    ]
    out = ["h3. Steps to reproduce", "# Flash gateway image 4.2.0-rc3", "# Boot unit SN 22-0419 with Telstra SIM",
           "# Observe no data session", "", "h3. Modem log", "{noformat}"] + term_steps(s) + \
          ["{noformat}", "", "*Expected:* context activates on first attempt.",
           "*Actual:* 555 until the image is switched to GEN. See attached pcap."]
    emit("jira_noformat_le910c1.log", out, s, "jira-noformat", "Telit LE910C1-EUX")

    # Discord copy
    s = [
        T("AT+CNMP?", "+CNMP: 38"),
        T("AT+CMNB?", "+CMNB: 1"),
        T("AT+CNACT=0,1"),
        U("+APP PDP: 0,ACTIVE"),
        T("AT+SMCONF=\"URL\",\"broker.hivemq.com\",1883"),
        T("AT+SMCONF=\"KEEPTIME\",60"),
        T("AT+SMCONN", final="ERROR"),
        T("AT+SMCONF=\"CLIENTID\",\"sim7080-7731\""),
        T("AT+SMCONN"),
        T("AT+SMPUB=\"dev/7731/t\",4,1,0", prompt=">", data="21.5", final="OK"),
    ]
    out = ["mkoval — Today at 10:41", "anyone used SMCONN on the 7080G? keeps giving ERROR", "```"] + \
          term_steps(s[:7]) + ["```", "",
                              "gh0st_r — Today at 10:43", "you need a CLIENTID, it's not optional on that fw", "",
                              "mkoval — Today at 10:47", "```"] + term_steps(s[7:]) + \
          ["```", "works now 🎉 thanks"]
    emit("discord_copy_sim7080.log", out, s, "discord-copy", "SIMCom SIM7080G")

    # GitHub comment with a blockquoted Particle log
    s = [
        T("AT+CEREG?", "+CEREG: 2,2"),
        T("AT+COPS?", "+COPS: 0"),
        T("AT+CSQ", "+CSQ: 99,99"),
        T("AT+UCGED?", final="+CME ERROR: 4"),
        T("AT+CEREG?", "+CEREG: 2,3"),
        T("AT+CEER", "+CEER: \"EMM cause\",15,\"No suitable cells in tracking area\""),
        T("AT+COPS=2"),
        T("AT+COPS=0", final=None),
    ]
    clk = Clock(151, D(2026, 12, 1, 0, 5, 11, 0))
    inner = r_particle3(s, clk, 1068021)
    out = ["@technobly same thing on 5.6.0, Boron 404X in Ontario:", ""] + ["> " + l for l in inner] + \
          ["", "After the COPS=0 it just sits there, nothing else comes back for minutes.",
           "Setting `Cellular.setActiveSim(EXTERNAL_SIM)` makes no difference."]
    emit("github_blockquote_particle.log", out, s, "github-md+particle", "u-blox SARA-R510S")

    # Python logging, two threads on two ports, Windows CRLF + tabs
    clk = Clock(161, D(2026, 12, 3, 8, 0, 14, 5))
    b = B()
    pend = {}

    def pl(thr, lvl, msg):
        t = clk.step(0.001, 0.08)
        b.l("%s,%03d\t%s\t%s\t%s" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, thr, lvl, msg))

    def tx(thr, port, c):
        b.tx(c)
        pend[thr] = len(b.labels) - 1
        pl(thr, "DEBUG", "%s tx: %s" % (port, c))

    def rx(thr, port, line, final=False):
        pl(thr, "DEBUG", "%s rx: %s" % (port, line))
        if final:
            b.labels[pend[thr]]["final"] = line

    G, N = "gnss-poll", "net-mon"
    pl("MainThread", "INFO", "modemd 1.4.2 starting, ports /dev/ttyUSB1 (gnss) /dev/ttyUSB2 (at)")
    tx(G, "ttyUSB1", "AT+QGPS=1"); rx(G, "ttyUSB1", "OK", True)
    tx(N, "ttyUSB2", "AT+CSQ"); tx(G, "ttyUSB1", "AT+QGPSLOC=2")
    rx(N, "ttyUSB2", "+CSQ: 24,99"); rx(G, "ttyUSB1", "+CME ERROR: 516", True); rx(N, "ttyUSB2", "OK", True)
    pl(G, "INFO", "no fix yet, retry in 5 s")
    tx(N, "ttyUSB2", "AT+QNWINFO"); rx(N, "ttyUSB2", "+QNWINFO: \"FDD LTE\",\"26201\",\"LTE BAND 3\",1300")
    rx(N, "ttyUSB2", "OK", True)
    tx(N, "ttyUSB2", "AT+QCSQ"); tx(G, "ttyUSB1", "AT+QGPSLOC=2")
    rx(G, "ttyUSB1", "+QGPSLOC: 080026.000,50.11092,8.68213,1.1,112.0,3,0.00,0.0,0.0,031226,07")
    rx(N, "ttyUSB2", "+QCSQ: \"LTE\",-63,-91,170,-11"); rx(G, "ttyUSB1", "OK", True); rx(N, "ttyUSB2", "OK", True)
    pl(G, "INFO", "fix 50.11092,8.68213 hdop 1.1")
    tx(N, "ttyUSB2", "AT+QPING=1,\"10.0.0.1\",1,1"); rx(N, "ttyUSB2", "OK", True)
    rx(N, "ttyUSB2", "+QPING: 569")
    tx(G, "ttyUSB1", "AT+QGPSEND"); rx(G, "ttyUSB1", "OK", True)
    tx(N, "ttyUSB2", "AT+CGATT?"); clk.wait(3.0); pl(N, "WARNING", "ttyUSB2 timeout after 3.0 s waiting for AT+CGATT?")
    emit("pylogging_two_threads_crlf_eg25.log", b.lines, b.labels, "python-logging-threads", "Quectel EG25-G",
         crlf=True)


# ---------------------------------------------------------------------------
# Logs with no AT exchange at all (has_transactions false)
# ---------------------------------------------------------------------------
def gen_none():
    out = ["0000001503 [system] INFO: Device 0a10aced202194944a049b21 started",
           "0000001511 [hal] TRACE: Powering modem on",
           "0000001664 [hal] TRACE: Modem powered on",
           "0000001667 [system.nm] INFO: State changed: DISABLED -> IFACE_DOWN",
           "0000001668 [system.nm] INFO: State changed: IFACE_DOWN -> IFACE_REQUEST_UP",
           "0000003210 [ncp.client] TRACE: NCP connection state changed: 1",
           "0000003211 [net.pppncp] TRACE: NCP event 2",
           "0000003212 [net.ppp.client] TRACE: PPP thread event ADM_UP",
           "0000003212 [net.ppp.client] TRACE: State NONE -> READY",
           "0000019877 [ncp.client] TRACE: NCP connection state changed: 2",
           "0000019880 [net.ppp.client] TRACE: PPP thread event LOWER_UP",
           "0000019881 [net.ppp.client] TRACE: State READY -> CONNECT",
           "0000019882 [net.ppp.client] TRACE: State CONNECT -> CONNECTING",
           "0000021004 [net.ppp.client] TRACE: State CONNECTING -> CONNECTED",
           "0000021005 [system.nm] INFO: State changed: IFACE_UP -> IFACE_LINK_UP",
           "0000021006 [system.nm] INFO: State changed: IFACE_LINK_UP -> IP_CONFIGURED",
           "0000021210 [system] INFO: Cloud: connecting",
           "0000022471 [system] INFO: Cloud socket connected",
           "0000022472 [comm.protocol.handshake] INFO: Establish secure connection",
           "0000022901 [comm.dtls] INFO: session has 0 uses",
           "0000023317 [comm.protocol.handshake] INFO: Sending HELLO message",
           "0000023562 [comm.protocol.handshake] INFO: Handshake completed",
           "0000023563 [system] INFO: Cloud connected",
           "0000023601 [app] INFO: publishing reading 1 (rssi -87)"]
    emit("none_particle_status_only.log", out, [], "none-particle-status", "u-blox SARA-R410M")

    out = ["[    2.911823] usb 1-1.3: new high-speed USB device number 4 using dwc_otg",
           "[    3.032441] usb 1-1.3: New USB device found, idVendor=2c7c, idProduct=0125, bcdDevice= 3.18",
           "[    3.032470] usb 1-1.3: New USB device strings: Mfr=1, Product=2, SerialNumber=0",
           "[    3.032483] usb 1-1.3: Product: EC25-EUX",
           "[    3.032494] usb 1-1.3: Manufacturer: Quectel",
           "[    3.268760] usbcore: registered new interface driver option",
           "[    3.268830] usbserial: USB Serial support registered for GSM modem (1-port)",
           "[    3.269196] option 1-1.3:1.0: GSM modem (1-port) converter detected",
           "[    3.269460] usb 1-1.3: GSM modem (1-port) converter now attached to ttyUSB0",
           "[    3.269617] option 1-1.3:1.1: GSM modem (1-port) converter detected",
           "[    3.269796] usb 1-1.3: GSM modem (1-port) converter now attached to ttyUSB1",
           "[    3.269941] option 1-1.3:1.2: GSM modem (1-port) converter detected",
           "[    3.270115] usb 1-1.3: GSM modem (1-port) converter now attached to ttyUSB2",
           "[    3.270263] option 1-1.3:1.3: GSM modem (1-port) converter detected",
           "[    3.270435] usb 1-1.3: GSM modem (1-port) converter now attached to ttyUSB3",
           "[    3.301225] qmi_wwan 1-1.3:1.4: cdc-wdm0: USB WDM device",
           "[    3.302874] qmi_wwan 1-1.3:1.4 wwan0: register 'qmi_wwan' at usb-3f980000.usb-1.3, WWAN/QMI device, 8e:1f:2a:93:0c:55",
           "[    3.303034] usbcore: registered new interface driver qmi_wwan",
           "[   14.551872] IPv6: ADDRCONF(NETDEV_CHANGE): wwan0: link becomes ready",
           "[  611.402318] usb 1-1.3: USB disconnect, device number 4",
           "[  611.402877] option1 ttyUSB2: GSM modem (1-port) converter now disconnected from ttyUSB2"]
    emit("none_ec25_dmesg.log", out, [], "none-dmesg", "Quectel EC25-EUX")

    out = ["Dec  3 06:12:40 gw pppd[1874]: pppd 2.4.9 started by root, uid 0",
           "Dec  3 06:12:41 gw pppd[1874]: Serial connection established.",
           "Dec  3 06:12:41 gw pppd[1874]: using channel 3",
           "Dec  3 06:12:41 gw pppd[1874]: Using interface ppp0",
           "Dec  3 06:12:41 gw pppd[1874]: Connect: ppp0 <--> /dev/ttyUSB3",
           "Dec  3 06:12:42 gw pppd[1874]: sent [LCP ConfReq id=0x1 <asyncmap 0x0> <magic 0x6f2a11c3> <pcomp> <accomp>]",
           "Dec  3 06:12:42 gw pppd[1874]: rcvd [LCP ConfReq id=0x0 <asyncmap 0x0> <auth chap MD5> <magic 0x1b9e77> <pcomp> <accomp>]",
           "Dec  3 06:12:42 gw pppd[1874]: sent [LCP ConfNak id=0x0 <auth pap>]",
           "Dec  3 06:12:42 gw pppd[1874]: rcvd [LCP ConfAck id=0x1 <asyncmap 0x0> <magic 0x6f2a11c3> <pcomp> <accomp>]",
           "Dec  3 06:12:42 gw pppd[1874]: rcvd [LCP ConfReq id=0x1 <asyncmap 0x0> <auth pap> <magic 0x1b9e77> <pcomp> <accomp>]",
           "Dec  3 06:12:42 gw pppd[1874]: sent [LCP ConfAck id=0x1 <asyncmap 0x0> <auth pap> <magic 0x1b9e77> <pcomp> <accomp>]",
           "Dec  3 06:12:42 gw pppd[1874]: sent [PAP AuthReq id=0x1 user=\"web\" password=<hidden>]",
           "Dec  3 06:12:42 gw pppd[1874]: rcvd [PAP AuthAck id=0x1 \"\"]",
           "Dec  3 06:12:42 gw pppd[1874]: PAP authentication succeeded",
           "Dec  3 06:12:42 gw pppd[1874]: sent [IPCP ConfReq id=0x1 <compress VJ 0f 01> <addr 0.0.0.0> <ms-dns1 0.0.0.0> <ms-dns2 0.0.0.0>]",
           "Dec  3 06:12:42 gw pppd[1874]: rcvd [IPCP ConfReq id=0x0]",
           "Dec  3 06:12:42 gw pppd[1874]: sent [IPCP ConfNak id=0x0 <addr 0.0.0.0>]",
           "Dec  3 06:12:42 gw pppd[1874]: rcvd [IPCP ConfRej id=0x1 <compress VJ 0f 01>]",
           "Dec  3 06:12:42 gw pppd[1874]: sent [IPCP ConfReq id=0x2 <addr 0.0.0.0> <ms-dns1 0.0.0.0> <ms-dns2 0.0.0.0>]",
           "Dec  3 06:12:43 gw pppd[1874]: rcvd [IPCP ConfNak id=0x2 <addr 10.64.88.21> <ms-dns1 10.11.12.13> <ms-dns2 10.11.12.14>]",
           "Dec  3 06:12:43 gw pppd[1874]: sent [IPCP ConfReq id=0x3 <addr 10.64.88.21> <ms-dns1 10.11.12.13> <ms-dns2 10.11.12.14>]",
           "Dec  3 06:12:43 gw pppd[1874]: rcvd [IPCP ConfAck id=0x3 <addr 10.64.88.21> <ms-dns1 10.11.12.13> <ms-dns2 10.11.12.14>]",
           "Dec  3 06:12:43 gw pppd[1874]: local  IP address 10.64.88.21",
           "Dec  3 06:12:43 gw pppd[1874]: remote IP address 10.64.64.64",
           "Dec  3 06:12:43 gw pppd[1874]: primary   DNS address 10.11.12.13",
           "Dec  3 06:12:43 gw pppd[1874]: secondary DNS address 10.11.12.14",
           "Dec  3 07:40:02 gw pppd[1874]: LCP terminated by peer",
           "Dec  3 07:40:05 gw pppd[1874]: Modem hangup",
           "Dec  3 07:40:05 gw pppd[1874]: Connection terminated."]
    emit("none_pppd_lcp_ipcp.log", out, [], "none-pppd", "Sierra Wireless MC7430")

    out = ["*** Booting nRF Connect SDK v2.6.1 ***",
           "MOSH version:       v2.6.1",
           "MOSH build id:      custom",
           "MOSH build variant: dev",
           "",
           "Initializing modemlib...",
           "mosh:~$ Initialized modemlib",
           "Network registration status: searching",
           "LTE cell changed: Cell ID: 21734402, Tracking area: 4131",
           "Currently active system mode: LTE-M",
           "RRC mode: Connected",
           "PDN event: PDP context 0 activated",
           "Network registration status: Connected - roaming",
           "PSM parameter update: TAU: 3240, Active time: 60 seconds",
           "mosh:~$ link status",
           "Network registration status: Connected - roaming",
           "Currently active system mode: LTE-M",
           "Operator full name:   \"Telia S\"",
           "Operator PLMN:        \"24001\"",
           "Current cell id:       21734402 (0x014BA302)",
           "Current band:          20",
           "Current rsrp:          47: -94dBm",
           "Current snr:           21: -4dB",
           "mosh:~$ ping -d 1.1.1.1 -c 2",
           "Initiating ping to: 1.1.1.1",
           "Pinging 1.1.1.1 results: time=0.412secs, payload sent: 0, payload received 0",
           "Pinging 1.1.1.1 results: time=0.198secs, payload sent: 0, payload received 0",
           "Pinging DONE",
           "RRC mode: Idle",
           "mosh:~$ "]
    emit("none_nrf_mosh_shell.log", out, [], "none-mosh-shell", "Nordic nRF9160")

    out = ["### Modem reboots every ~40 minutes on Vodafone NL",
           "",
           "**Module:** SIM7070G, firmware 1951B16SIM7070",
           "**Host:** ESP32-S3 + ESP-IDF 5.2",
           "",
           "We set the APN with AT+CGDCONT at boot and enable PSM with AT+CPSMS=1, and then the unit",
           "sits idle. After roughly 40 minutes the module reboots by itself (we see the RDY URC",
           "again on the console and our app re-runs the whole init). Disabling PSM (AT+CPSMS=0)",
           "makes it go away. Changing the eDRX setting via AT+CEDRXS made no difference.",
           "",
           "Things already checked:",
           "- supply: 4.0 V from a 3 A buck, scope shows no dips below 3.8 V during TX bursts",
           "- `AT+CFUN=1,1` vs power-cycle: both end up in the same state",
           "- tried SIM from another operator: no reboot in 12 h",
           "",
           "Is there a known issue with PSM timers on this firmware? Happy to collect a trace if",
           "someone tells me which one (we can run the SIMCom debug port at 921600).",
           "",
           "Thanks!"]
    emit("none_issue_prose_sim7070.log", out, [], "none-issue-prose", "SIMCom SIM7070G")


def gen_more():
    # QCOM, SMS text mode with Ctrl-Z and +CMS errors, Quectel EC200U
    s = [
        T("AT+CMGF=1"),
        T("AT+CSCS=\"GSM\""),
        T("AT+CSMP=17,167,0,0"),
        T("AT+CMGS=\"13912345678\"", prompt="> ", data="ALARM T2 87C", after=["+CMGS: 211"]),
        T("AT+CMGS=\"139123\"", prompt="> ", data="ALARM T2 87C", after=[], final="+CMS ERROR: 500"),
        T("AT+CPMS?", "+CPMS: \"SM\",2,50,\"SM\",2,50,\"SM\",2,50"),
        T("AT+CMGR=2", "+CMGR: \"REC READ\",\"+8613800138000\",,\"26/12/04,10:12:33+32\"", "RESET T2"),
        T("AT+CMGD=1,4"),
        T("AT+QURCCFG=\"urcport\",\"uart1\""),
        T("AT+CMGR=2", final="+CMS ERROR: 321"),
    ]
    clk = Clock(171, D(2026, 12, 4, 10, 13, 1, 311))
    emit("qcom_ec200u_sms.log", r_qcom(s, clk), s, "qcom", "Quectel EC200U-CN")


def gen_snippets():
    # short Android RIL snippet in a GitHub fenced block
    s = [T("AT+CGDCONT=1,\"IPV4V6\",\"fast.t-mobile.com\""),
         T("AT+CGACT=1,1", final="+CME ERROR: 30"),
         T("AT+CEER", "+CEER: No service")]
    out = ["Data never comes up on the Pi image with the EG915U, logcat -b radio shows:", "", "```"]
    clk = Clock(181, D(2026, 12, 5, 11, 9, 3, 0))
    for st in s:
        for kind, txt in [(">", st.cmd)] + [("<", r) for r in st.resp] + [("<", st.final)]:
            t = clk.step(0.002, 0.09)
            out.append("%s  1022  %d D AT      : AT%s %s" % (
                t.strftime("%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), 1071 if kind == ">" else 1069,
                kind, txt))
    out += ["```", "", "APN is correct (works in a phone). Any idea what cause 30 means here?"]
    emit("github_fenced_android_ril_eg915u.log", out, s, "android-ril-logcat", "Quectel EG915U")

    # FreeRTOS cellular: two commands, second times out and the capture ends
    s = [T("AT+CEREG?", "+CEREG: 0,2"), T("AT+QIOPEN=1,0,\"TCP\",\"35.157.40.17\",8883,0,0", final=None)]
    out = ["[INFO] [MQTTDemo] [mqtt_demo_mutual_auth.c:398] Attempt 3 of 5"] + r_freertos(s) + \
          ["[ERROR] [MQTTDemo] [mqtt_demo_mutual_auth.c:405] Failed to open the TCP socket, status 5."]
    emit("freertos_cellular_snippet_timeout.log", out, s, "freertos-cellular", "Quectel BG96")

    # tio capture cut in the middle of a multi-line answer
    s = [T("ATI", "Quectel", "EG91", "Revision: EG91EXGAR08A05M1G"),
         T("AT+CSQ", "+CSQ: 22,99"),
         T("AT+QSPN", "+QSPN: \"vodafone UK\",\"voda UK\",\"\",0,\"23415\""),
         T("AT+QENG=\"neighbourcell\"", final=None)]
    lines = term_steps(s) + ["+QENG: \"neighbourcell intra\",\"LTE\",1815,219,-12,-95,-64,0,-,-,-,-,-",
                             "+QENG: \"neighbourcell inter\",\"LTE\",3"]
    clk = Clock(183, D(2026, 12, 6, 7, 1, 2, 0))
    out = ["[07:01:01.201] tio v2.7", "[07:01:01.201] Press ctrl-t q to quit", "[07:01:01.202] Connected"]
    for l in lines:
        t = clk.step(0.002, 0.3)
        out.append("[%s.%03d] %s" % (t.strftime("%H:%M:%S"), t.microsecond // 1000, l))
    emit("tio_cut_eg91.log", out, s, "tio-timestamp", "Quectel EG91")


def main():
    os.makedirs(LOGS, exist_ok=True)
    for f in os.listdir(LOGS):
        os.remove(os.path.join(LOGS, f))
    gen_sscom()
    gen_qcom()
    gen_particle3()
    gen_particle2()
    gen_atcmdparser()
    gen_freertos()
    gen_fona()
    gen_android()
    gen_ofono()
    gen_qtopia()
    gen_micropython()
    gen_linkmon()
    gen_terminals()
    gen_mongoose()
    gen_wrappers()
    gen_none()
    gen_more()
    gen_snippets()
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    n = sum(v["total"] for v in LABELS.values())
    print("%d logs, %d labelled transactions" % (len(LABELS), n))


if __name__ == "__main__":
    main()
