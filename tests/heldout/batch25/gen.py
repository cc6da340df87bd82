#!/usr/bin/env python3
"""Write holdout25: logs/, verdicts.json, labels.json, per_log.md (deterministic).

Each log is one Session: timed tx/rx/note events plus the transaction labels, written by the
same helpers so that the log and its labels cannot drift. A renderer per shape (the printing
tool's layout, see SOURCES.md) turns the events into text lines; tags put on events become
line numbers, and the verdict entries point at tags, so no range is typed by hand.
Run: python3 gen.py   (writes everything, then runs the self-check; exit 1 on a problem)
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")
BASE = datetime.datetime(2026, 11, 24, 9, 12, 3)


class S:
    def __init__(self, t0=0):
        self.t = t0          # ms since BASE
        self.ev = []         # dicts: t, d (tx/rx/note), s, tag
        self.lab = []        # {"command", "final"}

    def wait(self, ms):
        self.t += ms
        return self

    def tx(self, s, tag=None, dt=0):
        self.t += dt
        self.ev.append({"t": self.t, "d": "tx", "s": s, "tag": tag})
        self.t += 3
        return self

    def rx(self, s, tag=None, dt=20):
        self.t += dt
        self.ev.append({"t": self.t, "d": "rx", "s": s, "tag": tag})
        return self

    def note(self, s, tag=None, dt=0):
        self.t += dt
        self.ev.append({"t": self.t, "d": "note", "s": s, "tag": tag})
        return self

    def T(self, cmd, resp=(), final="OK", gap=120, lat=40, tag=None, ftag=None, label=True, after=()):
        """A command, its responses (URCs inside them too), its final after lat ms."""
        self.tx(cmd, tag=tag, dt=gap)
        for r in resp:
            self.rx(r, dt=25)
        if final is not None:
            self.rx(final, tag=ftag, dt=lat)
        for u in after:
            if isinstance(u, tuple):
                self.rx(u[0], dt=u[1], tag=u[2] if len(u) > 2 else None)
            else:
                self.rx(u, dt=300)
        if label:
            self.lab.append({"command": cmd, "final": final})
        return self

    def P(self, cmd, payload, resp=(), final="OK", prompt=">", gap=120, lat=80, tag=None, ptag=None,
          ftag=None, early=False, after=()):
        """A send: command, prompt, payload, result. early: the payload goes out before the prompt."""
        self.tx(cmd, tag=tag, dt=gap)
        if early:
            self.tx(payload, tag=ptag, dt=4)
            self.rx(prompt, dt=30)
        else:
            self.rx(prompt, dt=30)
            self.tx(payload, tag=ptag, dt=15)
        self.ev[-1 if not early else -2]["nowait"] = True
        self.ev[-1 if not early else -2]["payload"] = True
        for r in resp:
            self.rx(r, dt=25)
        if final is not None:
            self.rx(final, tag=ftag, dt=lat)
        for u in after:
            if isinstance(u, tuple):
                self.rx(u[0], dt=u[1], tag=u[2] if len(u) > 2 else None)
            else:
                self.rx(u, dt=200)
        self.lab.append({"command": cmd, "final": final})
        return self

    def U(self, line, dt=500, tag=None):
        return self.rx(line, tag=tag, dt=dt)


def ts(ms):
    return BASE + datetime.timedelta(milliseconds=ms)


# ------------------------------------------------------------------------------------------
# renderers: (events, options) -> [(text, tag)]
# ------------------------------------------------------------------------------------------

def r_tio(ev, echo=True, iso=False):
    """tio -t: '[hh:mm:ss.mmm] ' (or ISO-8601 with -T iso8601) before each received line; what
    the host types shows only as the module's echo."""
    out = []
    for e in ev:
        d = ts(e["t"])
        st = d.strftime("%Y-%m-%dT%H:%M:%S") if iso else d.strftime("%H:%M:%S")
        st += ".%03d" % (d.microsecond // 1000)
        if e["d"] == "tx" and (not echo or e.get("payload")):
            continue
        if e["d"] == "note":
            out.append((e["s"], e["tag"]))
            continue
        out.append(("[%s] %s" % (st, e["s"]), e["tag"]))
    return out


def r_minicom(ev, echo=True, blank=True):
    """minicom capture file (Ctrl-A L): the bytes as received, no time; CR LF lines, the
    module's empty line before each answer; the host's typing only as echo."""
    out = []
    prev = None
    for e in ev:
        if e["d"] == "tx":
            if echo and not e.get("payload"):
                out.append((e["s"], e["tag"]))
            prev = "tx"
            continue
        if e["d"] == "note":
            out.append((e["s"], e["tag"]))
            continue
        if blank and e["s"] != ">":
            out.append(("", None))
        out.append((e["s"], e["tag"]))
        prev = "rx"
    return out


def r_teraterm(ev, stamp=True):
    """Tera Term log with 'Timestamp' on: '[Tue Nov 24 09:12:03.123 2026] ' per line (local echo
    off, the module echoes)."""
    out = []
    for e in ev:
        if e["d"] == "note":
            out.append((e["s"], e["tag"]))
            continue
        if e["d"] == "tx" and e.get("payload"):
            continue
        d = ts(e["t"])
        p = "[%s %s.%03d %d] " % (d.strftime("%a %b %d"), d.strftime("%H:%M:%S"), d.microsecond // 1000, d.year) if stamp else ""
        out.append((p + e["s"], e["tag"]))
    return out


ZMATCH = {"+CSQ: ": ",", "+CEREG: ": ",", "+CREG: ": ",", "+CGREG: ": ","}


def r_zephyr(ev, t0_ms=0):
    """Zephyr modem_chat at LOG_LEVEL_DBG: '[hh:mm:ss.mmm,uuu] <dbg> modem_chat: <func>: ...'.
    sending: from modem_chat_script_next; a matched line from modem_chat_log_received_command is
    argv joined by spaces (the match text keeps its own trailing space); unknown lines from
    modem_chat_on_unknown_command_received. Time is uptime."""
    out = []
    for e in ev:
        ms = e["t"] - t0_ms
        us = (ms % 1000) * 1000 + 17 * (len(out) % 50)
        s = ms // 1000
        stamp = "[%02d:%02d:%02d.%03d,%03d]" % (s // 3600, s // 60 % 60, s % 60, us // 1000, us % 1000)
        if e["d"] == "tx":
            out.append(("%s <dbg> modem_chat: modem_chat_script_next: sending: %s" % (stamp, e["s"]), e["tag"]))
        elif e["d"] == "note":
            txt = e["s"]
            if txt.startswith("!"):
                out.append((txt[1:], e["tag"]))
            elif txt.startswith("WRN "):
                out.append(("%s <wrn> modem_chat: %s" % (stamp, txt[4:]), e["tag"]))
            elif txt.startswith("cell "):
                out.append(("%s <inf> modem_cellular: %s" % (stamp, txt[5:]), e["tag"]))
            else:
                out.append(("%s <dbg> modem_chat: %s" % (stamp, txt), e["tag"]))
        else:
            line = e["s"]
            shown = None
            for m, sep in ZMATCH.items():
                if line.startswith(m):
                    shown = m + " " + " ".join(line[len(m):].split(sep))
            if line in ("OK", "ERROR", "CONNECT", "NO CARRIER") or line.startswith("+CME ERROR"):
                shown = line if not line.startswith("+CME ERROR") else "+CME ERROR:  " + line.split(": ", 1)[1]
            if shown is not None:
                out.append(("%s <dbg> modem_chat: modem_chat_log_received_command: %s" % (stamp, shown), e["tag"]))
            else:
                out.append(("%s <dbg> modem_chat: modem_chat_on_unknown_command_received: %s" % (stamp, line), e["tag"]))
    return out


GSM_TERM = re.compile(r"^OK|ERROR|(\+CM[ES] ERROR: \d+)$")


def r_gsmmodem(ev, stamped=True):
    """python-gsmmodem with logging at DEBUG: GsmModem.write logs 'write: <data>' (no terminator),
    SerialComms logs 'response: [lines]' when RESPONSE_TERM matches (or the expected '> '), and
    'notification: [lines]' for lines nobody waits for. Format: asctime levelname name: message
    (stamped) or logging's default 'DEBUG:name:message'."""
    out = []

    def fmt(t, name, msg):
        if stamped:
            d = ts(t)
            return "%s,%03d DEBUG %s: %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000, name, msg)
        return "DEBUG:%s:%s" % (name, msg)

    pending = None   # list of (line) while a response is awaited
    ptag = []
    pstart = 0
    for e in ev:
        if e["d"] == "note":
            out.append((e["s"], e["tag"]))
            continue
        if e["d"] == "tx":
            if pending is not None and pending:
                pass
            out.append((fmt(e["t"], "gsmmodem.modem.GsmModem", "write: " + e["s"]), e["tag"]))
            pending, ptag, pstart = ([], [], e["t"]) if not e.get("nowait") else (None, [], e["t"])
            continue
        line = e["s"]
        if pending is not None and e["t"] - pstart > 5000:
            pending, ptag = None, []          # TimeoutException: the lines read so far are dropped
        if pending is not None:
            pending.append(line)
            if e["tag"]:
                ptag.append(e["tag"])
            if line == ">" or GSM_TERM.match(line):
                shown = ["> " if x == ">" else x for x in pending]
                out.append((fmt(e["t"], "gsmmodem.serial_comms.SerialComms", "response: %r" % shown),
                            ptag[-1] if ptag else None))
                for extra in ptag[:-1]:
                    out[-1] = (out[-1][0], out[-1][1])  # one line carries one tag; see TAGMULTI
                    TAGMULTI.append((extra, len(out) - 1))
                pending, ptag = None, []
        else:
            out.append((fmt(e["t"], "gsmmodem.serial_comms.SerialComms", "notification: %r" % [line]), e["tag"]))
    return out


TAGMULTI = []


def r_espidf(ev, tag="modem", show_rx=True, show_tx=True):
    """An ESP-IDF application's own trace around its UART AT helper: ESP_LOGI(TAG, "AT> %s") per
    command or payload, ESP_LOGI(TAG, "AT< %s") per line read; 'I (<ms since boot>) <tag>: '."""
    out = []
    for e in ev:
        if e["d"] == "note":
            txt = e["s"]
            if txt.startswith("!"):
                out.append((txt[1:], e["tag"]))
            elif txt.startswith("W: "):
                out.append(("W (%d) %s: %s" % (e["t"], tag, txt[3:]), e["tag"]))
            else:
                out.append(("I (%d) %s: %s" % (e["t"], tag, txt), e["tag"]))
        elif e["d"] == "tx":
            if show_tx:
                out.append(("I (%d) %s: AT> %s" % (e["t"], tag, e["s"]), e["tag"]))
        else:
            if show_rx:
                out.append(("I (%d) %s: AT< %s" % (e["t"], tag, e["s"]), e["tag"]))
    return out


def r_txrx(ev):
    """An Arduino sketch's own prints: Serial.print("TX: ") + what it writes to the modem UART,
    Serial.print("RX: ") + each line it reads; no time."""
    out = []
    for e in ev:
        if e["d"] == "note":
            out.append((e["s"], e["tag"]))
        else:
            out.append((("TX: " if e["d"] == "tx" else "RX: ") + e["s"], e["tag"]))
    return out


def wrap_fence(lines, before="Here is the log:", lang=""):
    return [(before, None), ("", None), ("```" + lang, None)] + lines + [("```", None)]


def wrap_quote(lines, header="On Tue, 24 Nov 2026, field team wrote:"):
    return [(header, None)] + [(("> " + t) if t else ">", g) for t, g in lines]


# ------------------------------------------------------------------------------------------
# the logs
# ------------------------------------------------------------------------------------------

LOGDEFS = []


def log(name, module, shape, kind, verified, story):
    def deco(fn):
        LOGDEFS.append(dict(name=name, module=module, shape=shape, kind=kind, verified=verified,
                            story=story, fn=fn))
        return fn
    return deco


# ====== faults ======

@log("sim7000g_cipsend_no_prompt_wait.log", "SIMCom SIM7000G", "espidf-app-trace", "fault", False,
     "ESP32 app writes the payload 4 ms after AT+CIPSEND=0,12, before the module's '>'")
def _():
    s = S(t0=4210)
    s.note("modem task start, uart1 115200")
    s.T("AT", gap=10)
    s.T("AT+CPIN?", ["+CPIN: READY"])
    s.T("AT+CGREG?", ["+CGREG: 0,1"])
    s.T("AT+CIPMUX=1")
    s.T('AT+CSTT="iot.example"')
    s.T("AT+CIICR", lat=1900)
    s.T("AT+CIFSR", [], final="10.44.7.19", label=False, ftag="ip")
    s.lab.append({"command": "AT+CIFSR", "final": None})
    s.T('AT+CIPSTART=0,"TCP","203.0.113.20",5000', after=[("0, CONNECT OK", 1400)])
    s.P("AT+CIPSEND=0,12", "temp=21.5C;", final="0, SEND OK", early=True, tag="send", ptag="early", lat=600)
    s.P("AT+CIPSEND=0,12", "temp=21.6C;", final="0, SEND OK", early=True, gap=30000, ptag="early2", lat=600)
    s.T("AT+CIPCLOSE=0", [], final="0, CLOSE OK", gap=2000)
    s.T("AT+CIPSHUT", final="SHUT OK")
    return s, r_espidf(s.ev, tag="gsm"), dict(
        expect=[("send-before-prompt", "early", "early", "payload logged before the '>' arrives"),
                ("send-before-prompt", "early2", "early2", "second send, same fault")],
        acceptable=[("verify-after-close", "*", None, "no state query after CIPSHUT"),
                    ("orphan-response", "ip", None, "CIFSR answers its address without OK; an auditor may not pair it"),
                    ("response-timeout", "ip", None, "CIFSR has no final result by design")])


@log("bg77_qisend_after_closed_urc.log", "Quectel BG77", "python-gsmmodem (stamped)", "fault", True,
     "the server closes socket 0 (+QIURC: \"closed\",0); 40 s later the host still writes AT+QISEND=0,10")
def _():
    s = S(t0=1000)
    s.T("ATZ", gap=0)
    s.T("ATE0", ["ATE0"])
    s.T("AT+CFUN?", ["+CFUN: 1"])
    s.T("AT+CMEE=1")
    s.T("AT+CEREG?", ["+CEREG: 0,5"])
    s.T('AT+QICSGP=1,1,"m2m.example","","",1')
    s.T("AT+QIACT=1", lat=2100)
    s.T('AT+QIOPEN=1,0,"TCP","198.51.100.7",7000,0,0', after=[("+QIOPEN: 0,0", 1800)])
    s.P("AT+QISEND=0,10", "0123456789", final="SEND OK", prompt=">", gap=500)
    s.U('+QIURC: "closed",0', dt=21000, tag="closed")
    s.wait(40000)
    s.T("AT+QISEND=0,10", final="ERROR", tag="bad")
    s.T("AT+QICLOSE=0", gap=1500)
    return s, r_gsmmodem(s.ev), dict(
        expect=[("socket-state", "bad", "bad", "send on a socket the module reported closed")],
        acceptable=[("command-failed", "bad", "bad", "the failed QISEND is followed only by the close"),
                    ("error-detail", "bad", "bad", "plain ERROR under CMEE=1 on a socket error"),
                    ("verify-after-close", "*", None, "no QISTATE after the close")])


@log("ec200u_qiopen_retry_storm.log", "Quectel EC200U", "tera term (timestamped)", "fault", False,
     "the host re-sends AT+QIOPEN every 3 s after +QIOPEN: 0,566, 14 attempts, never backs off")
def _():
    s = S(t0=0)
    s.T("AT", gap=0)
    s.T("AT+QIACT?", ['+QIACT: 1,1,1,"10.81.3.77"'])
    for i in range(14):
        s.T('AT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1', gap=3000 if i else 300,
            after=[("+QIOPEN: 0,566", 2200, "storm%d" % i)], tag="q%d" % i)
        if i < 13:
            s.T("AT+QICLOSE=0", gap=100)
    return s, r_teraterm(s.ev), dict(
        expect=[("retry-storm", "q10", "storm13", "more than 10 consecutive QIOPEN attempts, 3 s apart")],
        acceptable=[("retry-storm", "q0", "storm13", "where the storm is counted from"),
                    ("command-failed", "q13", "storm13", "the last async failure is followed by nothing"),
                    ("verify-after-close", "*", None, "no QISTATE after the closes")])


@log("eg25g_escape_no_guard.log", "Quectel EG25-G", "espidf-app-trace", "fault", False,
     "transparent TCP (access mode 2): the app writes '+++' 60 ms after its last data and sends ATO 80 ms later")
def _():
    s = S(t0=8800)
    s.T("AT", gap=0)
    s.T("AT+CEREG?", ["+CEREG: 0,1"])
    s.T("AT+QIACT?", ['+QIACT: 1,1,1,"10.9.1.33"'])
    s.T('AT+QIOPEN=1,0,"TCP","203.0.113.5",9000,0,2', final="CONNECT", lat=900)
    s.tx("GET /cfg HTTP/1.0", dt=50)
    s.rx("HTTP/1.0 200 OK", dt=700)
    s.tx("+++", tag="esc", dt=60)
    s.rx("OK", dt=1100, tag="escok")
    s.lab.append({"command": "+++", "final": "OK"})
    s.T("ATO", final="CONNECT", gap=80, tag="ato")
    s.tx("+++", dt=1500, tag="esc2")
    s.rx("OK", dt=1000)
    s.lab.append({"command": "+++", "final": "OK"})
    s.T("AT+QICLOSE=0", gap=1200)
    return s, r_espidf(s.ev, tag="lte"), dict(
        expect=[("escape-guard", "esc", "escok", "60 ms after data, not 1 s")],
        acceptable=[("escape-guard", "ato", "esc2", "ATO 80 ms after the escape OK / second escape 1.5 s after ATO's CONNECT with no data: arguable"),
                    ("verify-after-close", "*", None, "no QISTATE after the close"),
                    ("unknown-command", "*", None, "the data lines are not commands")])


@log("l610_mipsend_during_xoff.log", "Fibocom L610", "espidf-app-trace", "fault", False,
     "+MIPXOFF: 1 then the host keeps writing AT+MIPSEND=1,... before +MIPXON: 1")
def _():
    s = S(t0=0)
    s.T("AT", gap=0)
    s.T('AT+MIPCALL=1,"iot.example"', after=[("+MIPCALL: 10.33.4.8", 1500)])
    s.T('AT+MIPOPEN=1,,"203.0.113.60",5000,0', after=[("+MIPOPEN: 1,1", 1200)])
    for i in range(2):
        s.P("AT+MIPSEND=1,20", "abcdefghijklmnopqrst", final="OK", gap=1000, after=[("+MIPSEND: 1,0", 300)])
    s.U("+MIPXOFF: 1", dt=200, tag="xoff")
    s.P("AT+MIPSEND=1,20", "abcdefghijklmnopqrst", final="OK", gap=400, tag="bad1")
    s.P("AT+MIPSEND=1,20", "abcdefghijklmnopqrst", final="OK", gap=400, tag="bad2")
    s.U("+MIPXON: 1", dt=3000, tag="xon")
    s.P("AT+MIPSEND=1,20", "abcdefghijklmnopqrst", final="OK", gap=300)
    s.T("AT+MIPCLOSE=1", after=[("+MIPCLOSE: 1,0", 600)], gap=2000)
    return s, r_espidf(s.ev, tag="fibo"), dict(
        expect=[("flow-control", "bad1", "bad2", "sends between +MIPXOFF and +MIPXON")],
        acceptable=[("verify-after-close", "*", None, "no state query after MIPCLOSE")])


@log("hl7800_cgact_right_after_ksup.log", "Sierra Wireless HL7800", "minicom capture in markdown fence", "fault", False,
     "after +KSUP: 0 the script goes straight to AT+CGACT=1,1, before SIM or registration were seen")
def _():
    s = S(t0=0)
    s.U("+KSUP: 0", dt=0, tag="boot")
    s.T('AT+CGDCONT=1,"IPV4V6","iot.example"', gap=300)
    s.T("AT+CGACT=1,1", final="+CME ERROR: 30", lat=900, tag="cgact")
    s.T("AT+CPIN?", ["+CPIN: READY"], gap=400)
    s.T("AT+CEREG?", ["+CEREG: 0,2"])
    s.U("+CEREG: 5", dt=9000)
    s.T("AT+CGACT=1,1", gap=1000, lat=1200)
    s.T("AT+CGPADDR=1", ['+CGPADDR: 1,"10.2.0.40"'])
    return s, wrap_fence(r_minicom(s.ev), before="script output, attach fails the first time:"), dict(
        expect=[("attach-preconditions", "cgact", "cgact", "CGACT before +CPIN: READY and registration since +KSUP")],
        acceptable=[("first-command", "*", None, "first command after +KSUP is a setting"),
                    ("command-failed", "cgact", "cgact", "it is looked into (CPIN?, CEREG?) so arguable")])


@log("a7670e_cipsend_no_report_wait.log", "SIMCom A7670E", "tera term (timestamped)", "fault", False,
     "the next AT+CIPSEND on link 0 goes out 50 ms after OK, before +CIPSEND: 0,... reports the previous one")
def _():
    s = S(t0=0)
    s.U("*ATREADY: 1", dt=0)
    s.U("+CPIN: READY", dt=2500)
    s.U("SMS DONE", dt=1500)
    s.U("PB DONE", dt=800)
    s.T("AT", gap=3000)
    s.T("AT+CEREG?", ["+CEREG: 0,1"])
    s.T("AT+NETOPEN", after=[("+NETOPEN: 0", 900)])
    s.T('AT+CIPOPEN=0,"TCP","198.51.100.44",6001', after=[("+CIPOPEN: 0,0", 1400)], gap=300)
    s.P("AT+CIPSEND=0,8", "ABCDEFGH", gap=500, lat=60)
    s.P("AT+CIPSEND=0,8", "IJKLMNOP", gap=50, lat=60, tag="s2")
    s.U("+CIPSEND: 0,8,8", dt=700, tag="rep1")
    s.U("+CIPSEND: 0,8,8", dt=300)
    s.T("AT+CIPCLOSE=0", after=[("+CIPCLOSE: 0,0", 500)], gap=2000)
    s.T("AT+NETCLOSE", after=[("+NETCLOSE: 0", 500)])
    return s, r_teraterm(s.ev), dict(
        expect=[("send-report-wait", "s2", "rep1", "second send before the first send's report")],
        acceptable=[("verify-after-close", "*", None, "no state query after NETCLOSE"),
                    ("orphan-response", "rep1", None, "the two reports arrive after both sends")])


@log("me910c1_sd_with_context_down.log", "Telit ME910C1", "tio -t (iso8601)", "fault", True,
     "AT#SGACT? shows context 1 inactive; the host opens AT#SD anyway and gets an error")
def _():
    s = S(t0=0)
    s.T("AT", gap=0)
    s.T("AT+CMEE=1")
    s.T("AT+CEREG?", ["+CEREG: 0,1"])
    s.T("AT#SGACT?", ["#SGACT: 1,0"], tag="q")
    s.T('AT#SD=1,0,80,"203.0.113.40",0,0,1', final="+CME ERROR: 556", lat=300, tag="sd")
    s.T("AT#SGACT=1,1", ["#SGACT: 10.64.2.9"], lat=3400, gap=800)
    s.T('AT#SD=1,0,80,"203.0.113.40",0,0,1', lat=1800)
    s.P("AT#SSENDEXT=1,16", "GET /status?id=7", prompt="> ", lat=200)
    s.U("SRING: 1", dt=900)
    s.T("AT#SRECV=1,200", ["#SRECV: 1,15", "HTTP/1.0 200 OK"])
    s.T("AT#SH=1")
    return s, r_tio(s.ev, iso=True), dict(
        expect=[("socket-without-ip", "sd", "sd", "socket open while #SGACT? shows no context")],
        acceptable=[("verify-after-close", "*", None, "no #SS after #SH"),
                    ("command-failed", "sd", "sd", "it is followed by SGACT, another way; a finding would be wrong-ish but arguable")])


@log("bg77_qpowd_loop.log", "Quectel BG77", "tio -t", "fault", True,
     "a watchdog power-cycles the module with AT+QPOWD=1 every ~70 s")
def _():
    s = S(t0=0)
    for i in range(3):
        s.U("RDY", dt=0 if i == 0 else 9000)
        s.U("APP RDY", dt=1500)
        s.T("AT", gap=800)
        s.T("AT+CPIN?", ["+CPIN: READY"])
        s.T("AT+CEREG?", ["+CEREG: 0,2"])
        s.T("AT+QPOWD=1", after=[("POWERED DOWN", 1200)], gap=55000, tag="p%d" % i)
    return s, r_tio(s.ev), dict(
        expect=[("power-cycle-interval", "p1", "p1", "second power-off ~68 s after the first (< 300 s)"),
                ("power-cycle-interval", "p2", "p2", "third one too")],
        acceptable=[])


@log("hl7802_ktcpsnd_zero_length.log", "Sierra Wireless HL7802", "espidf-app-trace", "fault", False,
     "the app computes an empty frame and declares AT+KTCPSND=1,0")
def _():
    s = S(t0=12000)
    s.T("AT+KCNXCFG=1,\"GPRS\",\"iot.example\"", gap=0)
    s.T('AT+KTCPCFG=1,0,"203.0.113.90",4500', ["+KTCPCFG: 1"])
    s.T("AT+KTCPCNX=1", after=[("+KTCP_IND: 1,1", 2600)])
    s.T("AT+KTCPSND=1,0", final="+CME ERROR: 3", tag="zero", gap=800)
    s.T("AT+KTCPCLOSE=1", gap=500)
    return s, r_espidf(s.ev, tag="hl78"), dict(
        expect=[("send-length", "zero", "zero", "zero-byte send declared")],
        acceptable=[("command-failed", "zero", "zero", "the failure is followed by a close"),
                    ("verify-after-close", "*", None, "no state query after close"),
                    ("first-command", "*", None, "capture starts mid-session")])


@log("sara_r500s_usoco_no_completion.log", "u-blox SARA-R500S", "python-gsmmodem (stamped)", "fault", True,
     "AT+USOCO with async connect (+UUSOCO expected); no completion in 4 minutes and the host never gives up or closes")
def _():
    s = S(t0=0)
    s.T("ATE0", ["ATE0"], gap=0)
    s.T("AT+CMEE=1")
    s.T("AT+CEREG?", ["+CEREG: 0,1"])
    s.T("AT+UPSDA=0,3", after=[('+UUPSDA: 0,"10.20.30.40"', 1300)])
    s.T("AT+USOCR=6", ["+USOCR: 0"])
    s.T('AT+USOCO=0,"203.0.113.100",8883,1', tag="co", gap=300)
    s.wait(240000)
    s.T("AT+CSQ", ["+CSQ: 17,99"], ftag="late")
    return s, r_gsmmodem(s.ev), dict(
        expect=[("completion-timeout", "co", "late", "no +UUSOCO within the connect time limit")],
        acceptable=[("async-overlap", "late", "late", "CSQ while the connect still waits")])


@log("ec200a_cgdcnt_typo.log", "Quectel EC200A", "minicom capture", "fault", False,
     "init script typo AT+CGDCNT; ERROR; script carries on and dials")
def _():
    s = S()
    s.T("AT", gap=0)
    s.T('AT+CGDCNT=1,"IP","apn.example"', final="ERROR", tag="typo")
    s.T("AT+CEREG?", ["+CEREG: 0,1"])
    s.T("AT+CGATT?", ["+CGATT: 1"])
    s.T("ATD*99#", final="CONNECT 150000000")
    return s, r_minicom(s.ev), dict(
        expect=[("unknown-command", "typo", "typo", "CGDCNT is not a command (CGDCONT)")],
        acceptable=[("command-failed", "typo", "typo", "the failure is not retried"),
                    ("error-detail", "typo", "typo", "CMEE off: worth CMEE=2")])


@log("lara_r6001_cgdcont_fail_ignored.log", "u-blox LARA-R6001", "tio -t", "fault", True,
     "AT+CGDCONT answers +CME ERROR: 50; the host ignores it and runs three settings then CGACT")
def _():
    s = S()
    s.T("AT+CMEE=1", gap=0)
    s.T('AT+CGDCONT=1,"IPV4V6","apn.example","0.0.0.0"', final="+CME ERROR: 50", tag="f")
    s.T("AT+UPSV=0")
    s.T("AT+CREG=2")
    s.T("AT+CGREG=2")
    s.T("AT+CGACT=1,1", lat=1400)
    return s, r_tio(s.ev), dict(
        expect=[("command-failed", "f", "f", "failed PDP definition neither retried nor looked into")],
        acceptable=[])


@log("a7672_cpin_removed.log", "SIMCom A7672SA", "python-gsmmodem (stamped)", "fault", True,
     "module answers +CME ERROR: 10 to AT+CPIN? (SIM not inserted); host stops and reports")
def _():
    s = S()
    s.T("ATZ", gap=0)
    s.T("ATE0", ["ATE0"])
    s.T("AT+CFUN?", ["+CFUN: 1"])
    s.T("AT+CMEE=1")
    s.T("AT+CPIN?", final="+CME ERROR: 10", tag="sim")
    s.T("AT+CIMI", final="+CME ERROR: 10", gap=500, tag="sim2")
    s.note("2026-11-24 09:12:05,900 ERROR app: no SIM, stopping")
    return s, r_gsmmodem(s.ev), dict(
        expect=[("sim-fault", "sim", "sim2", "SIM not inserted (reported once)")],
        acceptable=[("command-failed", "sim", "sim2", "an auditor may call the stop a give-up"),
                    ("sim-fault", "sim2", "sim2", "second answer")])


@log("bg77_qiopen_send_before_completion.log", "Quectel BG77", "tera term (timestamped)", "fault", False,
     "the host writes AT+QISEND 200 ms after AT+QIOPEN's OK, before +QIOPEN: 0,0")
def _():
    s = S()
    s.T("AT", gap=0)
    s.T('AT+QIOPEN=1,0,"TCP","198.51.100.21",7000,0,0', tag="open")
    s.P("AT+QISEND=0,5", "hello", final="SEND OK", gap=200, tag="send", prompt=">", lat=80)
    s.U("+QIOPEN: 0,0", dt=1300, tag="done")
    s.T("AT+QICLOSE=0", gap=3000)
    return s, r_teraterm(s.ev), dict(
        expect=[("async-overlap", "send", "send", "send while QIOPEN still waits for +QIOPEN")],
        acceptable=[("socket-state", "send", "send", "send on a socket not yet open"),
                    ("verify-after-close", "*", None, "no QISTATE"),
                    ("orphan-response", "done", "done", "completion after a send")])


@log("bg95m3_qiact_gives_up.log", "Quectel BG95-M3", "python-gsmmodem (stamped)", "fault", True,
     "AT+QIACT=1 fails once (ERROR after 4.8 s); the app gives up at once and powers the module off")
def _():
    s = S()
    s.T("ATZ", gap=0)
    s.T("ATE0", ["ATE0"])
    s.T("AT+CMEE=1")
    s.T("AT+CEREG?", ["+CEREG: 0,1"])
    s.T('AT+QICSGP=1,1,"m2m.example","","",1')
    s.T("AT+QIACT=1", final="ERROR", lat=4800, tag="f")
    s.note("2026-11-24 09:12:08,700 ERROR app: PDP activation failed, giving up", tag="giveup")
    s.T("AT+QPOWD=1", gap=300, after=[("POWERED DOWN", 900)], tag="off")
    return s, r_gsmmodem(s.ev), dict(
        expect=[("retry-too-few", "f", "off", "one failed QIACT and the host gives up")],
        acceptable=[("command-failed", "f", "off", "not retried nor looked into"),
                    ("error-detail", "f", "f", "plain ERROR although CMEE=1: nothing more to get")])


@log("sara_r422_cops_list_overrun.log", "u-blox SARA-R422", "espidf-app-trace", "fault-norule", False,
     "the app's 5 s timeout fires during AT+COPS=? and it sends AT+CSQ before COPS's final; the list and two OKs follow")
def _():
    s = S(t0=20000)
    s.T("AT", gap=0)
    s.T("AT+COPS=?", final=None, tag="cops")
    s.note("W: AT+COPS=? timeout (5000 ms)", dt=5000)
    s.T("AT+CSQ", final=None, gap=10, tag="csq")
    s.rx('+COPS: (2,"TEST","TEST","00101",7),,(0,1,2,3,4),(0,1,2)', dt=31000, tag="list")
    s.rx("OK", dt=20)
    s.rx("+CSQ: 16,99", dt=30)
    s.rx("OK", dt=20, tag="end")
    s.lab[-2]["final"] = "OK"
    s.lab[-1]["final"] = "OK"
    return s, r_espidf(s.ev, tag="ublox"), dict(expect=[], acceptable=[
        ("response-timeout", "cops", "end", "the COPS=?/CSQ pairing is broken by the early CSQ"),
        ("orphan-response", "list", "end", "an auditor that pairs the list with CSQ sees a stray line"),
        ("async-overlap", "csq", "csq", "if COPS=? is treated as pending, CSQ overlaps it")])


@log("l610_xoff_stall_never_closed.log", "Fibocom L610", "tera term (timestamped)", "fault", False,
     "+MIPXOFF: 1 and no +MIPXON in the 90 s that follow; the host neither sends nor closes, it only polls CSQ")
def _():
    s = S()
    s.T("AT", gap=0)
    s.T('AT+MIPCALL=1,"iot.example"', after=[("+MIPCALL: 10.33.4.10", 1300)])
    s.T('AT+MIPOPEN=1,,"203.0.113.63",5000,0', after=[("+MIPOPEN: 1,1", 1000)])
    s.P("AT+MIPSEND=1,20", "abcdefghijklmnopqrst", final="OK", gap=400)
    s.U("+MIPXOFF: 1", dt=150, tag="xoff")
    for i in range(3):
        s.T("AT+CSQ", ["+CSQ: 8,99"], gap=30000, ftag="poll%d" % i)
    return s, r_teraterm(s.ev), dict(
        expect=[("flow-control-stall", "xoff", "poll2", "flow off for 90 s (> 30 s), never lifted, the socket is not closed")],
        acceptable=[])


# ====== healthy ======

@log("sara_r410m_zephyr_init.log", "u-blox SARA-R410M", "zephyr modem_chat dbg", "healthy", True,
     "Zephyr modem_cellular init script; +CEREG URCs arrive between a command and its OK")
def _():
    s = S(t0=1532)
    s.note("modem_chat_script_start: running script: ublox_sara_r4_init_chat_script")
    for i, (c, r) in enumerate([("ATE0", []), ("AT+CFUN=4", []), ("AT+CMEE=1", []), ("AT+CREG=1", []),
                                 ("AT+CGREG=1", []), ("AT+CEREG=1", [])]):
        s.note("modem_chat_script_next: ublox_sara_r4_init_chat_script: step: %d" % i, dt=1)
        s.T(c, r, gap=0, lat=30 if c != "AT+CFUN=4" else 800)
    s.note("modem_chat_script_next: ublox_sara_r4_init_chat_script: step: 6")
    s.tx("AT+CEREG?", dt=0)
    s.rx("+CEREG: 1,0", dt=30)
    s.rx("OK", dt=20)
    s.lab.append({"command": "AT+CEREG?", "final": "OK"})
    s.T("AT+CGSN", ["352656100000017"], gap=0)
    s.T("AT+CGMM", ["SARA-R410M-02B"], gap=0)
    s.T("AT+CIMI", ["001010000000042"], gap=0)
    s.note("modem_chat_script_stop: ublox_sara_r4_init_chat_script: complete")
    s.note("modem_chat_script_start: running script: ublox_sara_r4_dial_chat_script", dt=100)
    s.T('AT+CGDCONT=1,"IP","iot.example"', gap=0)
    s.T("AT+CFUN=1", gap=0, lat=700)
    s.U("+CEREG: 2", dt=300)
    s.U("+CEREG: 5", dt=6200)
    s.T("ATD*99***1#", final="CONNECT", gap=10)
    s.note("modem_chat_script_stop: ublox_sara_r4_dial_chat_script: complete")
    s.note("cell switch to PPP", dt=5)
    return s, r_zephyr(s.ev), dict(expect=[], acceptable=[
        ("first-command", "*", None, "no boot report, but an auditor may treat ATE0 first as a setting")])


@log("eg25g_zephyr_periodic.log", "Quectel EG25-G", "zephyr modem_chat dbg", "healthy", True,
     "Zephyr periodic script on the CMUX AT channel: CSQ 99 while roaming, CEREG 5, long gaps are the period")
def _():
    s = S(t0=60000)
    for k in range(4):
        s.note("modem_chat_script_start: running script: quectel_eg25_g_periodic_chat_script", dt=0 if k == 0 else 8000)
        s.note("modem_chat_script_next: quectel_eg25_g_periodic_chat_script: step: 0")
        s.T("AT+CREG?", ["+CREG: 0,5"], gap=0)
        s.note("modem_chat_script_next: quectel_eg25_g_periodic_chat_script: step: 1")
        s.T("AT+CEREG?", ["+CEREG: 0,5"], gap=0)
        s.note("modem_chat_script_next: quectel_eg25_g_periodic_chat_script: step: 2")
        s.T("AT+CSQ", ["+CSQ: %d,99" % (99 if k == 1 else 14 + k)], gap=0)
        s.note("modem_chat_script_stop: quectel_eg25_g_periodic_chat_script: complete")
    return s, r_zephyr(s.ev), dict(expect=[], acceptable=[])


@log("nrf9160_slm_udp_tio.log", "Nordic nRF9160 (Serial LTE Modem)", "tio -t", "healthy", True,
     "SLM: Ready, CFUN=1, +CEREG URCs, #XSOCKET/#XCONNECT/#XSEND/#XRECV with +CSCON interleaved")
def _():
    s = S()
    s.U("Ready", dt=0)
    s.T("AT+CEREG=5", gap=4000)
    s.T("AT+CSCON=1")
    s.T("AT+CFUN=1", lat=120)
    s.U("+CEREG: 2,\"4A2B\",\"0001C3D5\",7", dt=800)
    s.U("+CSCON: 1", dt=1500)
    s.U("+CEREG: 5,\"4A2B\",\"0001C3D5\",7,,,\"11100000\",\"11100000\"", dt=2400)
    s.T("AT#XSOCKET=1,2,0", ["#XSOCKET: 0,2,17"], gap=2000)
    s.T('AT#XCONNECT="192.0.2.33",5684', ["#XCONNECT: 1"], lat=300)
    s.tx('AT#XSEND="ping"', dt=1500)
    s.rx("+CSCON: 1", dt=60)
    s.rx("#XSEND: 4", dt=40)
    s.rx("OK", dt=10)
    s.lab.append({"command": 'AT#XSEND="ping"', "final": "OK"})
    s.T("AT#XRECV=10", ["#XRECV: 4", "pong"], lat=30, gap=900)
    s.U("+CSCON: 0", dt=20000)
    s.T("AT#XSOCKET=0", ["#XSOCKET: 0,\"closed\""], gap=3000)
    return s, r_tio(s.ev), dict(expect=[], acceptable=[
        ("verify-after-close", "*", None, "socket closed without a later query"),
        ("first-command", "*", None, "first command after Ready is a setting (CEREG=5): arguable"),
        ("socket-without-ip", "*", None, "the capture shows registration, not a PDN query: arguable")])


@log("me910g1_sgact_slow_ok.log", "Telit ME910G1", "tera term (timestamped)", "healthy", False,
     "AT#SGACT=1,1 answers after 38 s (allowed up to 150 s); SRING while the host reads")
def _():
    s = S()
    s.T("AT", gap=0)
    s.T("AT+CMEE=2")
    s.T("AT+CEREG?", ["+CEREG: 0,5"])
    s.T("AT#SGACT=1,1", ["#SGACT: 10.71.0.12"], lat=38000)
    s.T('AT#SD=1,0,8080,"198.51.100.61",0,0,1', lat=2400)
    s.P("AT#SSENDEXT=1,4", "ping", prompt="> ", lat=150)
    s.U("SRING: 1", dt=700)
    s.T("AT#SRECV=1,64", ["#SRECV: 1,4", "pong"])
    s.T("AT#SH=1")
    s.T("AT#SS=1", ["#SS: 1,0"])
    return s, r_teraterm(s.ev), dict(expect=[], acceptable=[])


@log("ec200t_sms_gsmmodem.log", "Quectel EC200T", "python-gsmmodem (stamped)", "healthy", True,
     "SMS send with '> ' prompt; +CMTI arrives as a notification; read back")
def _():
    s = S()
    s.T("ATZ", gap=0)
    s.T("ATE0", ["ATE0"])
    s.T("AT+CFUN?", ["+CFUN: 1"])
    s.T("AT+CMEE=1")
    s.T("AT+CPIN?", ["+CPIN: READY"])
    s.T("AT+CMGF=1")
    s.T('AT+CSCS="GSM"')
    s.tx('AT+CMGS="+15555550123"', dt=200)
    s.rx(">", dt=100)
    s.tx("meter 42 ok\x1a".replace("\x1a", ""), dt=5)
    s.rx("+CMGS: 17", dt=2900)
    s.rx("OK", dt=20)
    s.lab.append({"command": 'AT+CMGS="+15555550123"', "final": "OK"})
    s.U('+CMTI: "SM",3', dt=15000)
    s.T("AT+CMGR=3", ['+CMGR: "REC UNREAD","+15555550199",,"26/11/24,09:12:40+04"', "ack 42"], gap=200)
    s.T("AT+CMGD=3")
    return s, r_gsmmodem(s.ev), dict(expect=[], acceptable=[])


@log("a7670sa_cpin_busy_retry.log", "SIMCom A7670SA", "python-gsmmodem (stamped)", "healthy", True,
     "AT+CPIN? is answered +CME ERROR: 14 (SIM busy) after power-on; the host waits 2 s and asks again")
def _():
    s = S()
    s.T("ATZ", gap=0)
    s.T("ATE0", ["ATE0"])
    s.T("AT+CMEE=1")
    s.T("AT+CPIN?", final="+CME ERROR: 14", tag="busy")
    s.T("AT+CPIN?", final="+CME ERROR: 14", gap=2000)
    s.T("AT+CPIN?", ["+CPIN: READY"], gap=2000)
    s.T("AT+CSQ", ["+CSQ: 21,99"])
    s.T("AT+CREG?", ["+CREG: 0,1"])
    return s, r_gsmmodem(s.ev), dict(expect=[], acceptable=[
        ("sim-fault", "busy", None, "SIM busy is not a fault; arguable if the profile lists 14")])


@log("bg77_qiopen_awaited.log", "Quectel BG77", "espidf-app-trace", "healthy", False,
     "QIOPEN's +QIOPEN awaited 9 s; +QIURC recv between sends; QIRD; close then QISTATE")
def _():
    s = S(t0=3100)
    s.T("AT", gap=0)
    s.T("AT+CPIN?", ["+CPIN: READY"])
    s.T("AT+CEREG?", ["+CEREG: 0,1"])
    s.T('AT+QICSGP=1,1,"nb.example","","",1')
    s.T("AT+QIACT=1", lat=4300)
    s.T('AT+QIOPEN=1,0,"UDP","192.0.2.77",5683,0,0', after=[("+QIOPEN: 0,0", 9000)])
    s.P("AT+QISEND=0,6", "coap01", final="SEND OK", gap=200)
    s.U('+QIURC: "recv",0', dt=1800)
    s.T("AT+QIRD=0,1500", ["+QIRD: 6", "coap02"])
    s.P("AT+QISEND=0,6", "coap03", final="SEND OK", gap=200)
    s.T("AT+QICLOSE=0", gap=1000)
    s.T("AT+QISTATE=1,0")
    s.T("AT+QIDEACT=1", lat=600)
    return s, r_espidf(s.ev, tag="nbiot"), dict(expect=[], acceptable=[
        ("verify-after-close", "*", None, "no QIACT? after QIDEACT")])


@log("gm02s_sqnsd_ring.log", "Sequans GM02S", "tio -t", "healthy", True,
     "+SYSSTART, +CEREG interleaved; SQNSD in command mode, +SQNSRING, SQNSRECV")
def _():
    s = S()
    s.U("+SYSSTART", dt=0)
    s.T("AT", gap=1500)
    s.T("AT+CEREG=2")
    s.T("AT+CFUN=1", lat=300)
    s.U('+CEREG: 2,"0A0B","01A2D304",7', dt=500)
    s.U('+CEREG: 1,"0A0B","01A2D304",7', dt=4000)
    s.T("AT+CGPADDR=1", ['+CGPADDR: 1,"10.77.3.2"'], gap=300)
    s.T('AT+SQNSD=1,0,7000,"203.0.113.51",0,0,1', lat=1900)
    s.P("AT+SQNSSENDEXT=1,6", "status", prompt="> ", lat=90)
    s.U("+SQNSRING: 1,12", dt=1100)
    s.T("AT+SQNSRECV=1,12", ["+SQNSRECV: 1,12", "status: good"])
    s.T("AT+SQNSH=1")
    s.T("AT+SQNSS", ["+SQNSS: 1,0", "+SQNSS: 2,0"])
    return s, r_tio(s.ev), dict(expect=[], acceptable=[
        ("first-command", "*", None, "+SYSSTART then AT then a setting: fine but arguable")])


@log("l610_xoff_respected.log", "Fibocom L610", "tera term (timestamped)", "healthy", False,
     "+MIPXOFF: 1 arrives; the host stops and waits 6 s for +MIPXON: 1, then resumes")
def _():
    s = S()
    s.T("AT", gap=0)
    s.T('AT+MIPCALL=1,"iot.example"', after=[("+MIPCALL: 10.33.4.9", 1400)])
    s.T('AT+MIPOPEN=1,,"203.0.113.61",5000,0', after=[("+MIPOPEN: 1,1", 1100)])
    s.P("AT+MIPSEND=1,20", "abcdefghijklmnopqrst", final="OK", gap=500)
    s.U("+MIPXOFF: 1", dt=150)
    s.U("+MIPXON: 1", dt=6000)
    s.P("AT+MIPSEND=1,20", "abcdefghijklmnopqrst", final="OK", gap=200)
    s.T("AT+MIPCLOSE=1", after=[("+MIPCLOSE: 1,0", 600)], gap=1000)
    s.T("AT+MIPOPEN?", ["+MIPOPEN: 1,2,3,4"])
    return s, r_teraterm(s.ev), dict(expect=[], acceptable=[])


@log("esp32c3_espat_cwjap.log", "Espressif ESP32-C3 (ESP-AT)", "tio -t", "healthy", True,
     "CWJAP takes 6 s with WIFI CONNECTED / WIFI GOT IP before OK; CIPSEND OK then '>'; +IPD")
def _():
    s = S()
    s.U("ready", dt=0)
    s.T("AT", gap=1200)
    s.T("AT+CWMODE=1")
    s.T('AT+CWJAP="lab-ap","secret-example"', ["WIFI CONNECTED", "WIFI GOT IP"], lat=40)
    s.ev[-3]["t"] += 2800
    s.ev[-2]["t"] += 5800
    s.ev[-1]["t"] += 5900
    s.t += 5900
    s.T('AT+CIPSTART="TCP","192.0.2.10",8080', ["CONNECT"], lat=30, gap=300)
    s.tx("AT+CIPSEND=5", dt=200)
    s.rx("OK", dt=20)
    s.rx(">", dt=5)
    s.tx("hello", dt=10)
    s.ev[-1]["payload"] = True
    s.rx("Recv 5 bytes", dt=20)
    s.rx("SEND OK", dt=60)
    s.lab.append({"command": "AT+CIPSEND=5", "final": "SEND OK"})
    s.U("+IPD,7:welcome", dt=400)
    s.T("AT+CIPCLOSE", ["CLOSED"], gap=2000)
    s.T("AT+CIPSTATUS", ["STATUS:4"])
    return s, r_tio(s.ev), dict(expect=[], acceptable=[
        ("first-command", "*", None, "after 'ready' the 2nd command is a setting; the first is AT")])


@log("sim7600e_netopen_cycle.log", "SIMCom SIM7600E-H", "espidf-app-trace", "healthy", False,
     "NETOPEN/CIPOPEN completions awaited; the server closes (+IPCLOSE), host closes NETCLOSE and queries")
def _():
    s = S(t0=6000)
    s.T("AT", gap=0)
    s.T("AT+CGREG?", ["+CGREG: 0,1"])
    s.T("AT+NETOPEN", after=[("+NETOPEN: 0", 1700)])
    s.T('AT+CIPOPEN=0,"TCP","203.0.113.70",6000', after=[("+CIPOPEN: 0,0", 900)], gap=200)
    s.P("AT+CIPSEND=0,5", "hello", gap=300, after=[("+CIPSEND: 0,5,5", 400)])
    s.U("+IPCLOSE: 0,1", dt=5000)
    s.T("AT+NETCLOSE", after=[("+NETCLOSE: 0", 800)], gap=800)
    s.T("AT+NETOPEN?", ["+NETOPEN: 0"], gap=300)
    return s, r_espidf(s.ev, tag="cell"), dict(expect=[], acceptable=[])


@log("sara_r510m8s_retry_backoff.log", "u-blox SARA-R510M8S", "python-gsmmodem (stamped)", "healthy", True,
     "AT+UPSDA=0,3 fails twice (+CME ERROR: 148) while attaching; the host waits 10 s and retries; third works")
def _():
    s = S()
    s.T("ATE0", ["ATE0"], gap=0)
    s.T("AT+CMEE=1")
    s.T('AT+UPSD=0,1,"iot.example"')
    s.T("AT+UPSDA=0,3", final="+CME ERROR: 148", lat=3000, tag="e1")
    s.T("AT+CEREG?", ["+CEREG: 0,2"], gap=10000)
    s.T("AT+UPSDA=0,3", final="+CME ERROR: 148", lat=3000, gap=200)
    s.T("AT+CEREG?", ["+CEREG: 0,1"], gap=10000)
    s.T("AT+UPSDA=0,3", lat=2500, after=[('+UUPSDA: 0,"10.20.30.41"', 800)], gap=200)
    s.T("AT+UPSND=0,0", ['+UPSND: 0,0,"10.20.30.41"'], gap=300)
    return s, r_gsmmodem(s.ev), dict(expect=[], acceptable=[])


@log("le910c1_escape_proper.log", "Telit LE910C1-EU", "espidf-app-trace", "healthy", False,
     "socket in online mode (#SD ... 0); '+++' with >1 s silence on both sides; OK; #SI; #SH")
def _():
    s = S()
    s.T("AT", gap=0)
    s.T("AT#SGACT=1,1", ["#SGACT: 10.50.1.7"], lat=2200)
    s.T('AT#SD=1,0,23,"198.51.100.12"', final="CONNECT", lat=1600)
    s.rx("login banner", dt=500)
    s.tx("+++", dt=2500, tag="esc")
    s.rx("OK", dt=1300)
    s.lab.append({"command": "+++", "final": "OK"})
    s.T("AT#SI=1", ["#SI: 1,0,0,12,0"], gap=300)
    s.T("AT#SH=1")
    s.T("AT#SS=1", ["#SS: 1,0"])
    return s, r_espidf(s.ev, tag="telit"), dict(expect=[], acceptable=[
        ("unknown-command", "*", None, "the banner line is data, not a command")])


@log("bg770a_cereg_polling.log", "Quectel BG770A-GL", "tera term (timestamped)", "healthy", False,
     "while searching (CEREG stat 2) the host polls AT+CEREG? every 2 s, 18 times, then registers")
def _():
    s = S()
    s.T("AT", gap=0)
    s.T("AT+CFUN=1", lat=400)
    for i in range(18):
        s.T("AT+CEREG?", ["+CEREG: 0,2"], gap=2000, tag="poll%d" % i)
    s.T("AT+CEREG?", ["+CEREG: 0,5"], gap=2000)
    s.T('AT+QIACT?', ['+QIACT: 1,1,1,"10.99.0.5"'])
    return s, r_teraterm(s.ev), dict(expect=[], acceptable=[])


@log("eg25g_qpowd_spaced.log", "Quectel EG25-G", "tio -t", "healthy", True,
     "two planned power-offs 11 minutes apart, each with POWERED DOWN and boot URCs")
def _():
    s = S()
    for i in range(2):
        s.U("RDY", dt=0 if i == 0 else 12000)
        s.U("+CFUN: 1", dt=900)
        s.U("+CPIN: READY", dt=200)
        s.U("+QUSIM: 1", dt=50)
        s.U("+QIND: SMS DONE", dt=2000)
        s.T("AT", gap=800)
        s.T("AT+CSQ", ["+CSQ: 19,99"])
        s.T("AT+QPOWD", after=[("POWERED DOWN", 1500)], gap=640000)
    return s, r_tio(s.ev), dict(expect=[], acceptable=[])


@log("sim7000e_gsmmodem_ussd.log", "SIMCom SIM7000E", "python-gsmmodem (stamped)", "healthy", True,
     "USSD balance query: OK first, +CUSD arrives 4 s later as a notification; +CREG URC in between")
def _():
    s = S()
    s.T("ATZ", gap=0)
    s.T("ATE0", ["ATE0"])
    s.T("AT+CMEE=1")
    s.T("AT+CREG=1")
    s.T('AT+CUSD=1,"*100#",15', after=[("+CREG: 1", 1500), ('+CUSD: 0,"Balance 5.00",15', 2600)])
    s.T("AT+CSQ", ["+CSQ: 12,99"], gap=1000)
    return s, r_gsmmodem(s.ev), dict(expect=[], acceptable=[])


# ====== cannot show ======

@log("sim7000g_tio_ate0_rx_only.log", "SIMCom SIM7000G", "tio -t (echo off)", "blind", True,
     "echo off and no local echo: only answers are visible; one answers ERROR")
def _():
    s = S()
    s.T("AT", gap=0)
    s.T("AT+CSQ", ["+CSQ: 15,99"], gap=3000)
    s.T("AT+CGREG?", ["+CGREG: 0,1"], gap=4000)
    s.T("AT+CIPSTATUS", final="ERROR", gap=3000)
    s.T("AT+CIPSEND=0,4", final="ERROR", gap=3000)
    s.lab = []
    return s, r_tio(s.ev, echo=False), dict(expect=[], acceptable=[
        ("orphan-response", "*", None, "finals with no visible command")])


@log("eg25g_minicom_qiact_no_time.log", "Quectel EG25-G", "minicom capture", "blind", False,
     "QIACT and COPS=? answers with no time stamps: how long they took cannot be known")
def _():
    s = S()
    s.T("AT", gap=0)
    s.T("AT+COPS=?", ['+COPS: (1,"TEST","TEST","00101",7),,(0-4),(0-2)'], lat=95000)
    s.T("AT+QIACT=1", lat=140000)
    s.T("AT+QIACT?", ['+QIACT: 1,1,1,"10.3.3.3"'])
    return s, r_minicom(s.ev), dict(expect=[], acceptable=[])


@log("bg77_cut_start_closed.log", "Quectel BG77", "tio -t", "blind", True,
     "capture starts mid-session: +QIURC closed and a QICLOSE, the open is not in the capture")
def _():
    s = S()
    s.rx("SEND OK", dt=0)
    s.U('+QIURC: "recv",1', dt=900)
    s.T("AT+QIRD=1,1500", ["+QIRD: 3", "ack"])
    s.U('+QIURC: "closed",1', dt=4000)
    s.T("AT+QICLOSE=1", gap=300)
    s.T("AT+QISTATE?", [])
    return s, r_tio(s.ev), dict(expect=[], acceptable=[
        ("orphan-response", "*", None, "first line answers a command before the capture")])


@log("sara_r422_cut_end.log", "u-blox SARA-R422", "tera term (timestamped)", "blind", False,
     "capture ends 2 s after AT+COPS=0 was sent: no final yet, and no time limit passed")
def _():
    s = S()
    s.T("AT", gap=0)
    s.T("AT+CMEE=2")
    s.T("AT+CFUN=1", lat=300)
    s.T("AT+COPS=0", final=None, gap=200)
    s.rx("+CEREG: 2", dt=2000)
    return s, r_teraterm(s.ev), dict(expect=[], acceptable=[])


@log("le910c4_sketch_escape_no_time.log", "Telit LE910C4-NF", "arduino sketch TX:/RX: prints (no time)", "blind", False,
     "'+++' in a log without time stamps: the guard time cannot be judged")
def _():
    s = S()
    s.T("AT#SGACT=1,1", ["#SGACT: 10.5.6.7"], gap=0)
    s.T('AT#SD=1,0,80,"198.51.100.99"', final="CONNECT")
    s.tx("GET / HTTP/1.0")
    s.rx("HTTP/1.0 204 No Content", dt=300)
    s.tx("+++", dt=50)
    s.rx("OK", dt=40)
    s.lab.append({"command": "+++", "final": "OK"})
    s.T("AT#SH=1")
    return s, r_txrx(s.ev), dict(expect=[], acceptable=[
        ("unknown-command", "*", None, "the data line the sketch wrote is not a command")])


@log("ec200u_gsmmodem_nostamp_cops.log", "Quectel EC200U", "python-gsmmodem (default format)", "blind", True,
     "logging's default format has no time: the long COPS=? cannot be judged; +CMTI notification")
def _():
    s = S()
    s.T("ATZ", gap=0)
    s.T("ATE0", ["ATE0"])
    s.T("AT+CMEE=1")
    s.T("AT+COPS=?", ['+COPS: (2,"TEST","TEST","00101",7),,(0,1,2,3,4),(0,1,2)'], lat=120000)
    s.U('+CMTI: "ME",1', dt=4000)
    s.T("AT+CMGR=1", ['+CMGR: "REC UNREAD","+15555550142",,"26/11/24,09:20:00+04"', "hi"])
    return s, r_gsmmodem(s.ev, stamped=False), dict(expect=[], acceptable=[])


@log("eg25g_zephyr_dropped.log", "Quectel EG25-G", "zephyr modem_chat dbg", "blind", True,
     "Zephyr's deferred log dropped messages in the middle: a command's answer is missing from the log, not from the wire")
def _():
    s = S(t0=2000)
    s.note("modem_chat_script_start: running script: quectel_eg25_g_init_chat_script")
    s.T("ATE0", gap=0)
    s.T("AT+CFUN=4", gap=0, lat=500)
    s.T("AT+CMEE=1", final=None, gap=0)
    s.note("!--- 14 messages dropped ---")
    s.T("AT+CGSN", ["869000010000018"], gap=900)
    s.T("AT+CGMM", ["EG25"], gap=0)
    s.note("modem_chat_script_stop: quectel_eg25_g_init_chat_script: complete")
    return s, r_zephyr(s.ev), dict(expect=[], acceptable=[
        ("response-timeout", "*", None, "CMEE=1 has no final in the log; the drop notice explains it, but a finding is defensible")])


@log("bg77_app_tx_only.log", "Quectel BG77", "espidf-app-trace (tx only)", "blind", False,
     "the app logs only what it writes (AT< logging off): prompt and results are invisible")
def _():
    s = S(t0=5000)
    s.T('AT+QIOPEN=1,0,"TCP","192.0.2.44",7001,0,0', gap=0, after=[("+QIOPEN: 0,0", 900)])
    s.P("AT+QISEND=0,4", "ping", final="SEND OK", gap=1200)
    s.P("AT+QISEND=0,4", "ping", final="SEND OK", gap=1200)
    s.T("AT+QICLOSE=0", gap=800)
    s.lab = []
    return s, r_espidf(s.ev, tag="nbiot", show_rx=False), dict(expect=[], acceptable=[
        ("response-timeout", "*", None, "no final is visible at all; an auditor without the direction may flag")])


@log("ec200a_quoted_minicom.log", "Quectel EC200A", "minicom capture quoted in an e-mail", "blind", False,
     "an e-mail reply quoting a minicom capture ('> ' prefixes); CREG polled, no time")
def _():
    s = S()
    s.T("AT+CREG?", ["+CREG: 0,2"], gap=0)
    s.T("AT+CREG?", ["+CREG: 0,2"])
    s.T("AT+CREG?", ["+CREG: 0,2"])
    s.T("AT+CREG?", ["+CREG: 0,1"])
    s.T("AT+CSQ", ["+CSQ: 9,99"])
    return s, wrap_quote(r_minicom(s.ev)), dict(expect=[], acceptable=[])


@log("sim7600_fenced_tio_cut.log", "SIMCom SIM7600G-H", "tio -t in markdown fence", "blind", True,
     "pasted tio log, cut inside the CIPOPEN wait; closes before the paste ends")
def _():
    s = S()
    s.T("AT+NETOPEN", gap=0, after=[("+NETOPEN: 0", 1200)])
    s.T('AT+CIPOPEN=1,"TCP","203.0.113.71",6001', gap=300)
    return s, wrap_fence(r_tio(s.ev), before="stuck here, never connects:"), dict(expect=[], acceptable=[
        ("completion-timeout", "*", None, "the paste stops 40 ms after OK; a finding is arguable")])


@log("bg77_minicom_qpowd_no_time.log", "Quectel BG77", "minicom capture", "blind", False,
     "two QPOWD power-offs in a capture without time: the interval is unknown")
def _():
    s = S()
    for i in range(2):
        s.U("RDY", dt=0)
        s.U("APP RDY", dt=1500)
        s.T("AT", gap=800)
        s.T("AT+QPOWD=1", after=[("POWERED DOWN", 1200)], gap=5000)
    return s, r_minicom(s.ev), dict(expect=[], acceptable=[])


@log("l610_xoff_no_time.log", "Fibocom L610", "minicom capture", "blind", False,
     "+MIPXOFF then the capture shows no +MIPXON and no time: the stall's length is unknown; no send in between")
def _():
    s = S()
    s.T('AT+MIPOPEN=1,,"203.0.113.62",5000,0', gap=0, after=[("+MIPOPEN: 1,1", 1100)])
    s.P("AT+MIPSEND=1,10", "0123456789", final="OK")
    s.U("+MIPXOFF: 1", dt=100)
    s.T("AT+CSQ", ["+CSQ: 20,99"], gap=50000)
    return s, r_minicom(s.ev), dict(expect=[], acceptable=[])


@log("me910c1_tio_rx_only_cmefail.log", "Telit ME910C1", "tio -t (echo off)", "blind", True,
     "echo off: only answers; an error answer whose command cannot be seen")
def _():
    s = S()
    s.T("ATE0", gap=0)
    s.T("AT#SGACT=1,1", final="+CME ERROR: 555", gap=1000, lat=2000)
    s.T("AT#SGACT=1,1", ["#SGACT: 10.1.2.3"], gap=5000, lat=2000)
    s.lab = []
    return s, r_tio(s.ev, echo=False), dict(expect=[], acceptable=[
        ("orphan-response", "*", None, "finals without a visible command")])


@log("hl7800_app_ktcp_no_time.log", "Sierra Wireless HL7800", "minicom capture", "blind", False,
     "KTCPCNX with its +KTCP_IND; a second connect whose completion is not in the capture (ends)")
def _():
    s = S()
    s.T('AT+KTCPCFG=1,0,"203.0.113.91",4500', ["+KTCPCFG: 1"], gap=0)
    s.T("AT+KTCPCNX=1", after=[("+KTCP_IND: 1,1", 2000)])
    s.T('AT+KTCPCFG=1,0,"203.0.113.92",4501', ["+KTCPCFG: 2"])
    s.T("AT+KTCPCNX=2")
    return s, r_minicom(s.ev), dict(expect=[], acceptable=[])


# ------------------------------------------------------------------------------------------

def rules_known():
    ids = set()
    with open(os.path.join(HERE, "RULES.txt"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^([a-z][a-z0-9-]+)\s{2,}(error|warning|info)\s", line)
            if m:
                ids.add(m.group(1))
    return ids


def main():
    os.makedirs(LOGS, exist_ok=True)
    for fn in os.listdir(LOGS):
        os.remove(os.path.join(LOGS, fn))
    verdicts, labels, rows = {}, {}, []
    problems = []
    known = rules_known()
    for d in LOGDEFS:
        del TAGMULTI[:]
        s, lines, v = d["fn"]()
        for t, _ in lines:
            if "\r" in t or "\n" in t:
                problems.append("%s: a line holds CR/LF: %r" % (d["name"], t))
        text = "\n".join(t for t, _ in lines) + "\n"
        with open(os.path.join(LOGS, d["name"]), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        n = len(lines)
        where = {}
        for i, (t, g) in enumerate(lines):
            if g:
                where.setdefault(g, i + 1)
        for g, idx in TAGMULTI:
            where.setdefault(g, idx + 1)

        def rng(a, b):
            if a == "*":
                return [1, n]
            if a not in where:
                problems.append("%s: tag %s not in log" % (d["name"], a))
                return [1, 1]
            lo = where[a]
            hi = where.get(b, lo) if b else lo
            if b and b not in where:
                problems.append("%s: tag %s not in log" % (d["name"], b))
            return [min(lo, hi), max(lo, hi)]

        ent = {"expect": [], "acceptable": [], "module": d["module"], "shape": d["shape"],
               "verified": d["verified"], "story": d["story"]}
        for key in ("expect", "acceptable"):
            for rule, a, b, why in v.get(key, []):
                if rule not in known:
                    problems.append("%s: rule %s not in RULES.txt" % (d["name"], rule))
                r = rng(a, b)
                if not (1 <= r[0] <= r[1] <= n):
                    problems.append("%s: range %s outside 1..%d" % (d["name"], r, n))
                ent[key].append({"rule": rule, "lines": r, "why": why})
        if d["kind"] == "fault" and not ent["expect"]:
            problems.append("%s: fault log without expect" % d["name"])
        if d["kind"] not in ("fault",) and ent["expect"]:
            problems.append("%s: non-fault log with expect" % d["name"])
        if d["name"] in verdicts:
            problems.append("duplicate log %s" % d["name"])
        verdicts[d["name"]] = ent
        labels[d["name"]] = {"transactions": s.lab, "total": len(s.lab), "has_transactions": bool(s.lab),
                             "shape": d["shape"], "module": d["module"], "verified": d["verified"]}
        rows.append((d, ent, len(s.lab), n))
    for fn in os.listdir(LOGS):
        if fn not in verdicts or fn not in labels:
            problems.append("unlabelled file in logs/: %s" % fn)
    with open(os.path.join(HERE, "verdicts.json"), "w", encoding="utf-8") as f:
        json.dump(verdicts, f, indent=1, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=1, sort_keys=True)
        f.write("\n")
    kinds = {"fault": 0, "fault-norule": 0, "healthy": 0, "blind": 0}
    with open(os.path.join(HERE, "per_log.md"), "w", encoding="utf-8") as f:
        f.write("# holdout25: per log\n\n")
        f.write("| log | module | shape | kind | lines | txns | expect | acceptable | story |\n|---|---|---|---|---|---|---|---|---|\n")
        for d, ent, nt, n in rows:
            kinds[d["kind"]] += 1
            f.write("| %s | %s | %s%s | %s | %d | %d | %s | %s | %s |\n" % (
                d["name"], d["module"], d["shape"], " (verified)" if d["verified"] else "", d["kind"], n, nt,
                "; ".join("%s %d-%d" % (e["rule"], e["lines"][0], e["lines"][1]) for e in ent["expect"]) or "-",
                "; ".join("%s %d-%d" % (e["rule"], e["lines"][0], e["lines"][1]) for e in ent["acceptable"]) or "-",
                d["story"].replace("|", "/")))
    ne = sum(len(v["expect"]) for v in verdicts.values())
    na = sum(len(v["acceptable"]) for v in verdicts.values())
    nt = sum(l["total"] for l in labels.values())
    if not 40 <= len(verdicts) <= 48:
        problems.append("log count %d outside 40..48" % len(verdicts))
    print("%d logs (%d fault with a rule, %d fault no rule names, %d healthy, %d cannot-show); %d expect, %d acceptable; %d transactions" % (
        len(verdicts), kinds["fault"], kinds["fault-norule"], kinds["healthy"], kinds["blind"], ne, na, nt))
    if problems:
        print("SELF-CHECK FAILED:")
        for p in problems:
            print("  " + p)
        return 1
    print("self-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
