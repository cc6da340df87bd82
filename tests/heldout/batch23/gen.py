#!/usr/bin/env python3
"""holdout23: a blind, verdict-labelled corpus for atscope's findings.

Each log is one session script (host lines '>', module lines '<', verbatim lines '!', '+N' to let
N seconds pass, a trailing ' @tag' names a line) rendered by one printer shape; its labels name
rule ids from RULES.txt and point at tagged lines, so the line numbers are computed, not typed.
Writes logs/, verdicts.json and per_log.md; the self-check fails on an unknown rule id, a range
outside its log, a missing tag, or a log without labels.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")
RULES = set()
with open(os.path.join(HERE, "RULES.txt"), encoding="utf-8") as f:
    for ln in f:
        if ln and not ln[0].isspace():
            RULES.add(ln.split()[0])

TAG = re.compile(r"\s+@(\w+)$")


def parse(script, t0, dt_host=0.15, dt_mod=0.03):
    """-> [(kind, text, time, tag)]"""
    evs = []
    t = t0
    for raw in script.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            continue
        s = line.lstrip()
        m = re.match(r"^\+(\d+(?:\.\d+)?)$", s)
        if m:
            t += float(m.group(1))
            continue
        tag = None
        mt = TAG.search(s)
        if mt:
            tag = mt.group(1)
            s = s[:mt.start()]
        kind = s[0]
        dt = dt_host if kind == ">" else dt_mod
        rest = s[1:]
        if rest.startswith("~"):
            num, _, rest = rest[1:].partition(" ")
            dt = float(num)
            rest = " " + rest
        text = rest[1:] if rest.startswith(" ") else rest
        if kind not in "<>!":
            raise SystemExit("bad script line: %r" % raw)
        t += dt
        evs.append((kind, text, t, tag))
    return evs


def hms(t):
    d = datetime.datetime(2026, 11, 30) + datetime.timedelta(seconds=t)
    return d.strftime("%H:%M:%S.") + "%03d" % (d.microsecond // 1000)


def iso(t):
    d = datetime.datetime(2026, 11, 30) + datetime.timedelta(seconds=t)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)


def r_plain(e):
    return e[1]


def r_bracket(e):
    return "[%s] %s" % (hms(e[2]), e[1])


def r_arrows(e):
    return {">": ">> ", "<": "<< ", "!": ""}[e[0]] + e[1]


def r_iso_txrx(e):
    if e[0] == "!":
        return "%s %s" % (iso(e[2]), e[1])
    return "%s %s: %s" % (iso(e[2]), "TX" if e[0] == ">" else "RX", e[1])


def r_dash_ts(e):
    if e[0] == "!":
        return "%s     %s" % (hms(e[2]), e[1])
    return "%s %s %s" % (hms(e[2]), "-->" if e[0] == ">" else "<--", e[1])


def r_bracket_arrows(e):
    if e[0] == "!":
        return "[%s] %s" % (hms(e[2]), e[1])
    return "[%s] %s %s" % (hms(e[2]), ">>" if e[0] == ">" else "<<", e[1])


def r_tinygsm(e):
    # StreamDebugger copies both directions raw; DBG() lines carry [millis]
    if e[0] == "!":
        return "[%d] %s" % (int(e[2] * 1000), e[1])
    return e[1]


def raw_ok(fn):
    def f(e):
        if e[0] == "!" and e[1].startswith("RAW:"):
            return e[1][4:]
        return fn(e)
    return f


RENDER = {"plain": r_plain, "bracket": r_bracket, "arrows": r_arrows, "iso-txrx": r_iso_txrx,
          "dash-ts": r_dash_ts, "bracket-arrows": r_bracket_arrows, "tinygsm": r_tinygsm}
RENDER = {k: raw_ok(v) for k, v in RENDER.items()}

LOGSPEC = []


def log(name, module, shape, story, script, render, t0=8 * 3600.0, verified=False,
        expect=(), acceptable=(), traps="", only=None, dt_host=0.15, dt_mod=0.03, header=()):
    """only: '>' or '<' keeps one direction (a one-sided capture)."""
    LOGSPEC.append(dict(name=name, module=module, shape=shape, story=story, script=script,
                        render=render, t0=t0, verified=verified, expect=list(expect),
                        acceptable=list(acceptable), traps=traps, only=only, dt_host=dt_host,
                        dt_mod=dt_mod, header=list(header)))


def E(rule, first, last, why):
    return (rule, first, last, why)


# =============================================================================================
# Logs with real faults
# =============================================================================================

log("sim800_cipsend_payload_before_prompt.log", "SIMCom SIM800L", "iso-txrx", """
SIM800L, host app logging TX/RX with ISO stamps. Multi-connection TCP (CIPMUX=1) set up
correctly; the host's send routine writes the 12-byte payload 4 ms after AT+CIPSEND=1,12,
before the module's '>' prompt arrives.""", """
> AT
< AT
< OK
> ATE0
< ATE0
< OK
> AT+CPIN?
< +CPIN: READY
< OK
> AT+CREG?
< +CREG: 0,1
< OK
> AT+CGATT?
< +CGATT: 1
< OK
> AT+CIPMUX=1
< OK
> AT+CSTT="iot.example"
< OK
> AT+CIICR
<~0.9 OK
> AT+CIFSR
< 10.44.12.7
> AT+CIPSTART=1,"TCP","198.51.100.20",5000
< OK
<~1.3 1, CONNECT OK
+2
> AT+CIPSEND=1,12 @s1
>~0.004 {"seq":1001}
<~0.020 >
<~0.400 1, SEND OK @s2
+5
> AT+CIPCLOSE=1 @c1
<~0.2 1, CLOSE OK @c2
> AT+CIPSHUT
<~0.5 SHUT OK @c3
""", "iso-txrx", t0=8 * 3600 + 12 * 60 + 1.2,
    expect=[E("send-before-prompt", "s1", "s2", "the payload is written 4 ms after AT+CIPSEND=1,12 and 20 ms before the '>' prompt; SIM800 documents data input only after '>'")],
    acceptable=[E("verify-after-close", "c1", "c3", "no AT+CIPSTATUS after the close/shut; true of the log (info)")],
    traps="CIFSR answers the IP with no OK (normal for SIM800); ATE0 echoed once before echo turns off.")

log("bg96_qiact_hang_reset.log", "Quectel BG96", "bracket-arrows", """
BG96 behind an RTOS app that logs '[time] >> cmd' / '[time] << line'. AT+QIACT=1 (manual: 150 s
max) gets no answer at all; 210 s later the app probes AT three times, gets nothing, pulses
PWRKEY; after the reboot the same sequence activates the context in 2.5 s.""", """
< RDY
< +CFUN: 1
< +CPIN: READY
< +QUSIM: 1
<~1.8 +QIND: SMS DONE
<~0.9 APP RDY
> AT
< OK
> ATE0
< ATE0
< OK
> AT+CMEE=2
< OK
> AT+CPIN?
< +CPIN: READY
< OK
> AT+CEREG?
< +CEREG: 0,1
< OK
> AT+QICSGP=1,1,"iot.example","","",1
< OK
> AT+QIACT=1 @q1
+210
> AT @p1
+1
> AT
+1
> AT @p3
! app: modem not responding, pulsing PWRKEY
+14
< RDY
< +CFUN: 1
< +CPIN: READY
< +QUSIM: 1
<~1.7 +QIND: SMS DONE
<~0.8 APP RDY
> AT
< OK
> ATE0
< ATE0
< OK
> AT+CMEE=2
< OK
> AT+CEREG?
< +CEREG: 0,1
< OK
> AT+QICSGP=1,1,"iot.example","","",1
< OK
> AT+QIACT=1
<~2.5 OK
> AT+QIACT?
< +QIACT: 1,1,1,"10.20.30.40"
< OK
""", "bracket-arrows", t0=9 * 3600 + 3.0,
    expect=[E("response-timeout", "q1", "q1", "AT+QIACT=1 never gets OK/ERROR; the next line is 210 s later, past the BG96 manual's 150 s maximum")],
    acceptable=[E("response-timeout", "p1", "p3", "the three AT probes of a hung module get no final either; true, though they are the host's recovery probes")],
    traps="Boot URCs (+CPIN: READY, +QUSIM, SMS DONE, APP RDY) twice; the PWRKEY reset; the second QIACT within 2.5 s.")

log("sim800_ciicr_storm.txt", "SIMCom SIM800C", "plain", """
Plain terminal capture (echo on, no timestamps) of a SIM800C script: registration and attach
are fine, AT+CIICR fails, and the script re-sends AT+CIICR 21 times in a row (the state is
PDP DEACT, only AT+CIPSHUT clears it) before it finally shuts and retries correctly.""",
"""
> AT+CPIN?
< +CPIN: READY
<
< OK
> AT+CREG?
< +CREG: 0,1
<
< OK
> AT+CGATT?
< +CGATT: 1
<
< OK
> AT+CIPSTATUS
< OK
<
< STATE: IP INITIAL
> AT+CSTT="iot.example"
< OK
> AT+CIICR @r1
< ERROR
""" + "".join("> AT+CIICR\n< ERROR%s\n" % (" @r2" if i == 19 else "") for i in range(20)) + """
> AT+CIPSTATUS
< OK
<
< STATE: PDP DEACT
> AT+CIPSHUT
< SHUT OK
> AT+CSTT="iot.example"
< OK
> AT+CIICR
< OK
> AT+CIFSR
< 10.51.7.203
""", "plain",
    expect=[E("retry-storm", "r1", "r2", "AT+CIICR sent 21 times in a row, every one ERROR, with nothing changed in between (limit 10)")],
    acceptable=[E("error-detail", "r1", "r2", "plain ERROR and verbose errors never enabled: AT+CMEE=2 would be worth it (info)")],
    traps="AT+CIPSTATUS answers OK before STATE:; blank lines between responses; the recovery via CIPSHUT at the end.")

log("bg96_qiopen_after_qideact.log", "Quectel BG96", "arrows", """
BG96 host library log with '>> '/'<< ' and no stamps. A first MQTT-ish TCP session is fine;
the app then closes the socket and deactivates the PDP context (AT+QIDEACT=1), later checks
AT+QIACT? (no context listed: no IP) and opens a socket anyway, which fails with 561.""", """
> AT+QIACT?
< +QIACT: 1,1,1,"10.61.4.19"
< OK
> AT+QIOPEN=1,0,"TCP","192.0.2.10",1883,0,0
< OK
< +QIOPEN: 0,0
> AT+QISEND=0,4
< >
> PING
< SEND OK
< +QIURC: "recv",0
> AT+QIRD=0,1500
< +QIRD: 4
< PONG
< OK
> AT+QICLOSE=0
< OK
> AT+QIDEACT=1
< OK
! [app] link idle, sleeping 600 s
> AT+QIACT?
< OK
> AT+QIOPEN=1,0,"TCP","192.0.2.10",1883,0,0 @o1
< OK
< +QIOPEN: 0,561 @o2
> AT+QIACT=1
< OK
> AT+QIACT?
< +QIACT: 1,1,1,"10.61.9.2"
< OK
> AT+QIOPEN=1,0,"TCP","192.0.2.10",1883,0,0
< OK
< +QIOPEN: 0,0
""", "arrows",
    expect=[E("socket-without-ip", "o1", "o2", "the context was deactivated (QIDEACT OK) and AT+QIACT? lists no context, yet AT+QIOPEN is sent; it fails with 561")],
    acceptable=[],
    traps="connectID 0 is valid on Quectel (0..11); the empty AT+QIACT? answer; the host recovers by QIACT=1.")

log("sim7600_send_after_close.txt", "SIMCom SIM7600E-H", "bracket", """
Terminal capture with '[hh:mm:ss.mmm] ' stamps (echo on) of a SIM7600 TCP session. The app
closes link 0 and then tries to send on it again; the module answers ERROR; the app reopens.""",
"""
> AT+NETOPEN
< OK
<~2.1 +NETOPEN: 0
> AT+IPADDR
< +IPADDR: 10.70.1.23
< OK
> AT+CIPOPEN=0,"TCP","203.0.113.25",9000
< OK
<~0.8 +CIPOPEN: 0,0
> AT+CIPSEND=0,6
< >hello!
<~0.3 OK
< +CIPSEND: 0,6,6
+3
> AT+CIPCLOSE=0 @c1
< OK
<~0.2 +CIPCLOSE: 0,0 @c2
+1
> AT+CIPSEND=0,6 @x1
< ERROR @x2
+2
> AT+CIPOPEN=0,"TCP","203.0.113.25",9000
< OK
<~0.7 +CIPOPEN: 0,0
> AT+CIPSEND=0,6
< >hello!
<~0.3 OK
< +CIPSEND: 0,6,6
> AT+CIPCLOSE=0
< OK
<~0.2 +CIPCLOSE: 0,0
> AT+NETCLOSE
< OK
<~0.4 +NETCLOSE: 0 @n2
""", "bracket", t0=14 * 3600 + 5 * 60,
    expect=[E("socket-state", "x1", "x2", "AT+CIPSEND=0 after link 0 was closed (+CIPCLOSE: 0,0); the module refuses it")],
    acceptable=[E("error-detail", "x1", "x2", "plain ERROR with verbose errors never enabled (info)"),
                E("verify-after-close", "c1", "n2", "no AT+CIPCLOSE?/AT+NETOPEN? after the closes (info, true)")],
    traps="link number 0 is valid on SIM7600 (0..9); payload echoed after '>' on the prompt line.")

P1460 = ("temp=21.5;" * 146)
P80 = ("hum=40.2;" * 9)[:80]
P80 = P80 + "#" * (80 - len(P80))
log("bg95_qisend_3000.log", "Quectel BG95-M3", "iso-txrx", """
BG95-M3 app with ISO TX/RX stamps. A 3000-byte report is handed to AT+QISEND=0,3000 in one go
(QISEND takes at most 1460 bytes); the module answers ERROR; the app then splits it into
1460+1460+80, each after its '>' prompt.""", """
> AT+QIOPEN=1,0,"TCP","203.0.113.15",9100,0,0
< OK
<~0.9 +QIOPEN: 0,0
+1
> AT+QISEND=0,3000 @l1
< ERROR @l2
! app: send failed, splitting into 1460-byte chunks
> AT+QISEND=0,1460
< >
> %s
<~0.3 SEND OK
> AT+QISEND=0,1460
< >
> %s
<~0.3 SEND OK
> AT+QISEND=0,80
< >
> %s
<~0.2 SEND OK
> AT+QISEND=0,0
< +QISEND: 3000,3000,0
< OK
> AT+QICLOSE=0 @k1
< OK @k2
""" % (P1460, P1460, P80), "iso-txrx", t0=10 * 3600 + 40 * 60,
    expect=[E("send-length", "l1", "l2", "AT+QISEND declares 3000 bytes; the BG95 limit is 1460 (and the catalogue default 2047)")],
    acceptable=[E("verify-after-close", "k1", "k2", "no socket query after the last QICLOSE (info, true)")],
    traps="AT+QISEND=0,0 is the sent-data query, not a zero-length send; the three chunk payloads have their declared lengths.")

log("sim7600_send_no_report_wait.log", "SIMCom SIM7600G-H", "dash-ts", """
SIM7600G-H, app printf with '-->'/'<--' and time. Two 20-byte sends on link 1: the app sends
the second AT+CIPSEND 40 ms after the first send's OK, before that send's '+CIPSEND: 1,20,20'
report; both reports arrive late together.""", """
> AT+CIPOPEN=1,"TCP","198.51.100.44",7001
< OK
<~0.9 +CIPOPEN: 1,0
+1
> AT+CIPSEND=1,20 @a1
< >
> {"id":7,"v":"12.40"}
<~0.2 OK
>~0.04 AT+CIPSEND=1,20 @a2
< >
> {"id":8,"v":"12.38"}
<~0.2 OK
<~1.1 +CIPSEND: 1,20,20
< +CIPSEND: 1,20,20 @a3
+2
> AT+CIPCLOSE=1 @k1
< OK
<~0.2 +CIPCLOSE: 1,0 @k2
""", "dash-ts", t0=7 * 3600 + 31 * 60,
    expect=[E("send-report-wait", "a1", "a3", "the second AT+CIPSEND=1,20 goes out before '+CIPSEND: 1,20,20' of the first send")],
    acceptable=[E("async-overlap", "a1", "a3", "if the send report is taken as the first send's completion, the second send overlaps it: the same fault seen by another rule"),
                E("verify-after-close", "k1", "k2", "no AT+CIPCLOSE? after the close (info, true)")],
    traps="payloads are exactly 20 bytes; OK after the payload is not the send report on SIM7600.")

P512 = ("0123456789abcdef" * 32)
log("fibocom_l610_send_during_xoff.log", "Fibocom L610", "bracket-arrows", """
Fibocom L610 with an app logging '[time] >> / << '. A bulk upload on socket 1: after the
module reports +MIPXOFF: 1 (its send buffer is full), the app sends the next AT+MIPSEND=1,512
anyway; it fails. +MIPXON: 1 comes 3 s later and the app resumes.""", """
< +SIM READY
> AT
< OK
> AT+CGREG?
< +CGREG: 0,1
< OK
> AT+MIPCALL=1,"iot.example"
< OK
<~1.6 +MIPCALL: 10.91.3.8
> AT+MIPOPEN=1,,"198.51.100.90",5000,0
< OK
<~0.9 +MIPOPEN: 1,1
> AT+MIPSEND=1,512
< >
> %s
< OK
> AT+MIPSEND=1,512
< >
> %s
< OK
< +MIPXOFF: 1 @x0
>~0.05 AT+MIPSEND=1,512 @x1
< ERROR @x2
+3
< +MIPXON: 1
> AT+MIPSEND=1,512
< >
> %s
< OK
> AT+MIPCLOSE=1 @k1
< OK
<~0.4 +MIPCLOSE: 1,0 @k2
""" % (P512, P512, P512), "bracket-arrows", t0=11 * 3600 + 2 * 60,
    expect=[E("flow-control", "x0", "x2", "AT+MIPSEND=1,512 50 ms after +MIPXOFF: 1 and before +MIPXON: 1")],
    acceptable=[E("error-detail", "x1", "x2", "plain ERROR with verbose errors never enabled (info)"),
                E("verify-after-close", "k1", "k2", "no socket query after the close (info, true)")],
    traps="+SIM READY boot report; MIPOPEN/MIPCALL completions are waited for.")

log("le910_escape_without_guard.log", "Telit LE910C1-EU", "iso-txrx", """
LE910C1 in online data mode via AT#SD (HTTP request typed by the app). The app sends '+++'
100 ms after its last data bytes (no guard time), so the module passes it on as data; 3 s later
the app retries with 1.5 s of silence before and after, gets OK and closes with AT#SH=1.""",
"""
> AT#SGACT=1,1
<~1.2 #SGACT: 10.9.8.7
< OK
> AT#SD=1,0,80,"198.51.100.7",0,0,0
<~0.8 CONNECT
> GET /status HTTP/1.1
> Host: api.example
>~0.01
<~0.35 HTTP/1.1 200 OK
< Content-Length: 2
<
< ok
>~0.1 +++ @e1
+3
>~1.5 +++ @e2
<~1.2 OK @e3
> AT#SH=1
< OK
""", "iso-txrx", t0=13 * 3600 + 17 * 60,
    expect=[E("escape-guard", "e1", "e1", "the first '+++' follows the host's own data by about 0.5 s and the module's data by 0.1 s; the 1 s guard before it is not kept, and the module stays in data mode")],
    acceptable=[],
    traps="the second '+++' has 1.5 s before and the OK comes 1.2 s after; payload lines in online mode are not commands.")

log("ec25_qiopen_no_completion.log", "Quectel EC25-E", "bracket", """
Technician's terminal capture with '[hh:mm:ss.mmm] ' stamps, echo on. AT+QIOPEN on connectID 2
gets OK but +QIOPEN: 2,<err> never arrives (manual: within 150 s); 400 s later the technician
closes and reopens, and the second open completes in 3 s.""", """
> AT+QIACT?
< +QIACT: 1,1,1,"10.33.8.61"
<
< OK
> AT+QIOPEN=1,2,"TCP","203.0.113.50",8080,0,1 @c1
< OK @c2
+400
> AT+QICLOSE=2 @k1
<~0.3 OK @k2
> AT+QIOPEN=1,2,"TCP","203.0.113.50",8080,0,1
< OK
<~3 +QIOPEN: 2,0
> AT+QISEND=2,5
< > hello
<~0.3 SEND OK
""", "bracket", t0=15 * 3600 + 40 * 60,
    expect=[E("completion-timeout", "c1", "c2", "no +QIOPEN: 2,<err> for 400 s; the EC25 manual bounds it at 150 s")],
    acceptable=[E("async-overlap", "k1", "k2", "AT+QICLOSE while the first QIOPEN's completion never came; the close is the right recovery, but the rule's wording covers it")],
    traps="connectID 2 in buffer-access mode; the second open completes in 3 s.")

log("a7670_pin_error_ignored.log", "SIMCom A7670E", "bracket-arrows", """
A7670E under an app log. The SIM wants a PIN; the configured PIN is wrong (+CME ERROR: 16) and
the app ignores it: it polls AT+CREG? three times (not registered), then starts the data call
with AT+NETOPEN anyway, which fails, and the app goes to sleep.""", """
< *ATREADY: 1
< +CPIN: SIM PIN
> AT
< OK
> ATE0
< ATE0
< OK
> AT+CMEE=1
< OK
> AT+CPIN?
< +CPIN: SIM PIN
< OK
> AT+CPIN="0000" @p1
<~0.2 +CME ERROR: 16 @p2
> AT+CSQ
< +CSQ: 19,99
< OK
> AT+CGDCONT=1,"IP","m2m.example"
< OK
> AT+CREG?
< +CREG: 0,0
< OK
+2
> AT+CREG?
< +CREG: 0,0
< OK
+2
> AT+CREG?
< +CREG: 0,0
< OK
> AT+NETOPEN @n1
< OK
<~1.1 +NETOPEN: 1 @n2
! [net] netopen failed (1), sleep 60 s
""", "bracket-arrows", t0=6 * 3600 + 55 * 60,
    expect=[E("command-failed", "p1", "p2", "PIN entry refused with +CME ERROR: 16 and the app goes on (CSQ, CGDCONT, CREG?) as if the SIM were unlocked"),
            E("attach-preconditions", "n1", "n2", "AT+NETOPEN after the boot report with the SIM still PIN-locked and +CREG: 0,0: neither SIM ready nor registration was seen")],
    acceptable=[E("command-failed", "n1", "n2", "the failed NETOPEN is not followed by any command in the capture (the app sleeps); the rule's window runs past the end"),
                E("retry-too-few", "n1", "n2", "NETOPEN tried once before the app gives up for this cycle")],
    traps="+CME ERROR: 16 (incorrect password) is a host configuration fault, not a SIM fault; re-sending a wrong PIN would be harmful, so no retry is expected there.")

log("sim7080_cnact_before_registration.log", "SIMCom SIM7080G", "bracket", """
SIM7080G terminal capture with stamps, echo on. Right after the boot the app activates the
PDP with AT+CNACT=0,1 before any registration was seen; the module reports DEACTIVE. The app then
polls AT+CEREG? until registered and activates again successfully.""", """
< RDY
<~0.4 +CFUN: 1
<~0.3 +CPIN: READY
<~1.2 SMS Ready
> AT
< OK
> AT+CNACT=0,1 @a1
< OK
<~0.6 +APP PDP: 0,DEACTIVE @a2
> AT+CEREG?
< +CEREG: 0,2
<
< OK
+3
> AT+CEREG?
< +CEREG: 0,2
<
< OK
+3
> AT+CEREG?
< +CEREG: 0,1
<
< OK
> AT+CNACT=0,1
< OK
<~1.3 +APP PDP: 0,ACTIVE
> AT+CNACT?
< +CNACT: 0,1,"10.185.48.73"
< +CNACT: 1,0,"0.0.0.0"
< +CNACT: 2,0,"0.0.0.0"
< +CNACT: 3,0,"0.0.0.0"
<
< OK
""", "bracket", t0=8 * 3600 + 44 * 60,
    expect=[E("attach-preconditions", "a1", "a2", "AT+CNACT=0,1 right after the boot report: +CPIN: READY was seen but no registration; the activation fails (DEACTIVE)")],
    acceptable=[],
    traps="+CPIN: READY arrives unsolicited at boot (SIM ready, not an orphan); CEREG polling is waiting, not a storm.")

log("le910c4_cfun0_sleep.log", "Telit LE910C4-NF", "iso-txrx", """
LE910C4 app with ISO TX/RX. To change bands the app switches the radio off with AT+CFUN=0; on
Telit this is non-cyclic sleep and the serial interface stops answering. The next commands get
nothing, the app hard-resets the module and then uses AT+CFUN=4 as the manual advises.""", """
> AT+CFUN=0 @f1
<~0.3 OK @f2
> AT#BND=0,4,0 @t1
+5
> AT
+1
> AT @t3
! modem: no answer, hard reset via RESET_N
+12
> AT
< OK
> ATE0
< ATE0
< OK
> AT+CFUN=4
<~0.4 OK
> AT#BND=0,4,0
< OK
> AT+CFUN=1
< OK
""", "iso-txrx", t0=12 * 3600 + 3 * 60,
    expect=[E("cfun-zero", "f1", "f2", "AT+CFUN=0 on a Telit module: non-cyclic sleep, the AT interface stops answering (it does here); AT+CFUN=4 is the documented way")],
    acceptable=[E("response-timeout", "t1", "t3", "AT#BND and the AT probes get no final for 5-6 s while the module sleeps; true, but the cause is the CFUN=0 above")],
    traps="after the reset the host does it right (CFUN=4).")

log("sim800_cpowd_twice.log", "SIMCom SIM800C", "bracket", """
SIM800C terminal capture with stamps. A field script power-cycles the module twice in under two
minutes with AT+CPOWD=1 (a watchdog loop on a flaky registration).""", """
> AT+CREG?
< +CREG: 0,2
<
< OK
> AT+CPOWD=1 @w1
<~0.9 NORMAL POWER DOWN @w2
+35
< RDY
<~0.5 +CFUN: 1
<~0.4 +CPIN: READY
<~3 Call Ready
< SMS Ready
> AT
< OK
> AT+CREG?
< +CREG: 0,2
<
< OK
+50
> AT+CREG?
< +CREG: 0,2
<
< OK
> AT+CPOWD=1 @w3
<~0.9 NORMAL POWER DOWN @w4
+33
< RDY
<~0.5 +CFUN: 1
<~0.4 +CPIN: READY
<~3 Call Ready
< SMS Ready
> AT
< OK
""", "bracket", t0=17 * 3600 + 2 * 60,
    expect=[E("power-cycle-interval", "w3", "w4", "second AT+CPOWD=1 about 88 s after the first; the guide asks for at least 300 s")],
    acceptable=[],
    traps="boot URCs after each power-up; CREG 0,2 polls.")

log("sim800_payload_longer_than_declared.txt", "SIMCom SIM800L", "plain", """
Plain capture (echo on) of a SIM800L single-connection TCP session. The first send declares 17
bytes for the 17-byte JSON; the second reuses a stale length of 12 for the same 17-byte JSON, so
the module sends 12 bytes and the rest is lost.""", """
> AT+CIPSTART="TCP","198.51.100.61",7000
< OK
<
< CONNECT OK
> AT+CIPSEND=17
< > {"t":21.5,"h":40}
< SEND OK
> AT+CIPSEND=12 @s1
< > {"t":21.5,"h":40}
< SEND OK @s2
> AT+CIPCLOSE @k1
< CLOSE OK @k2
""", "plain",
    expect=[E("send-payload-mismatch", "s1", "s2", "12 bytes declared, 17 typed after the prompt")],
    acceptable=[E("verify-after-close", "k1", "k2", "no AT+CIPSTATUS after the close (info, true)")],
    traps="the first send has the right length; prompt and payload share a line as a terminal shows them.")

log("m95_qiregapp_typo.txt", "Quectel M95", "plain", """
Plain capture of an M95 GPRS script (echo on). The APN/start-task command is misspelled
(AT+QIREGAP); the module answers ERROR and the script goes on: QIACT and QILOCIP fail, and
QIOPEN fails too. No retry, no look at the error.""", """
> AT+QIFGCNT=0
< OK
> AT+QICSGP=1,"iot.example"
< OK
> AT+QIREGAP @u1
< ERROR @u2
> AT+QIACT @v1
< ERROR
> AT+QILOCIP
< ERROR
> AT+QIOPEN="TCP","198.51.100.9","7000"
< ERROR @v2
""", "plain",
    expect=[E("unknown-command", "u1", "u2", "AT+QIREGAP is a typo of AT+QIREGAPP; M95 refuses it"),
            E("command-failed", "u1", "u2", "the ERROR is neither retried nor looked into; the next three commands build on it and fail")],
    acceptable=[E("command-failed", "v1", "v2", "QIACT/QILOCIP/QIOPEN failures are not looked into either"),
                E("error-detail", "u1", "v2", "plain ERRORs with verbose errors never enabled (info)")],
    traps="no boot report in the capture, so attach-preconditions on AT+QIACT cannot be judged (a finding there is false).")

log("ec25_qisend_before_qiopen.log", "Quectel EC25-AF", "dash-ts", """
EC25 app with '-->/<--' and time. AT+QIOPEN on connectID 1 returns OK and the app immediately
sends AT+QISEND=1,8 while +QIOPEN: 1,<err> is still pending; ERROR. The open completes 1.4 s
later and the app resends.""", """
> AT+QIOPEN=1,1,"TCP","192.0.2.44",5001,0,0 @o1
< OK
>~0.05 AT+QISEND=1,8 @q1
< ERROR @q2
<~1.4 +QIOPEN: 1,0
> AT+QISEND=1,8
< >
> STATUS01
<~0.3 SEND OK
> AT+QICLOSE=1
< OK
""", "dash-ts", t0=16 * 3600 + 12 * 60,
    expect=[E("async-overlap", "o1", "q2", "AT+QISEND sent 50 ms after QIOPEN's OK, before its +QIOPEN: 1,0 completion")],
    acceptable=[E("socket-state", "q1", "q2", "the send is on a socket whose open has not completed"),
                E("error-detail", "q1", "q2", "plain ERROR with verbose errors never enabled (info)")],
    traps="the open's completion is waited for on the retry.")

log("bg96_no_sim.log", "Quectel BG96", "bracket", """
BG96 with no SIM card in the holder, terminal capture with stamps, echo on. AT+CPIN? answers
+CME ERROR: 10 once; the host looks (QSIMDET?, QSIMSTAT?), confirms the card is absent and puts
the radio in airplane mode instead of trying to register. The host's behaviour is right; the
device has a SIM fault.""", """
< RDY
<~0.3 +CFUN: 1
<~2.2 APP RDY
> AT
< OK
> AT+CMEE=1
< OK
> ATI
< Quectel
< BG96
< Revision: BG96MAR02A07M1G
<
< OK
> AT+CPIN? @s1
< +CME ERROR: 10 @s2
> AT+QSIMDET?
< +QSIMDET: 0,0
<
< OK
> AT+QSIMSTAT? @m1
< +QSIMSTAT: 0,0
<
< OK @m2
> AT+CFUN=4
< OK
""", "bracket", t0=9 * 3600 + 30 * 60,
    expect=[E("sim-fault", "s1", "s2", "the module says the SIM is not inserted (+CME ERROR: 10); a fault of the device's SIM, reported once")],
    acceptable=[E("sim-fault", "m1", "m2", "+QSIMSTAT: 0,0 says the same (not inserted) in another answer")],
    traps="the host does everything right: it looks into the error and does not poll or attach; CFUN=4 (not 0).")


# =============================================================================================
# Clean, healthy sessions with alarming-looking things
# =============================================================================================

log("tinygsm_sim800_boot_sms.log", "SIMCom SIM800L", "tinygsm-streamdebugger", """
TinyGSM-style debug (StreamDebugger copies both directions raw; DBG lines carry [millis]).
The host probes AT four times while the module is still booting, gets RDY and the boot URCs,
then a normal init, polls registration until 0,1 and sends one SMS in text mode.""", """
! ### TinyGSM Version: 0.11.7
! ### TinyGSM Compiled Module:  TinyGsmClientSIM800
> AT
+0.5
> AT
+0.5
> AT
+0.5
> AT
+0.6
< RDY
<~0.3 +CFUN: 1
<~0.4 +CPIN: READY
> AT
< AT
< OK
> ATE0
< ATE0
< OK
> AT+CMEE=2
< OK
> AT+CPIN?
< +CPIN: READY
< OK
<~2.1 Call Ready
<~0.3 SMS Ready
! ### Modem: SIMCOM SIM800L
> AT+CREG?
< +CREG: 0,2
< OK
+1
> AT+CREG?
< +CREG: 0,2
< OK
+1
> AT+CREG?
< +CREG: 0,2
< OK
+1
> AT+CREG?
< +CREG: 0,1
< OK
> AT+CSQ
< +CSQ: 17,0
< OK
> AT+CMGF=1
< OK
> AT+CMGS="+15555550142"
< >
> boot ok, rssi 17
<~2.4 +CMGS: 23
< OK
""", "tinygsm", t0=0.9,
    expect=[], acceptable=[],
    traps="AT probes unanswered before RDY (a probe, no timeout: the module was booting and the log has no stamps on them); unsolicited +CPIN: READY, Call Ready, SMS Ready; CREG polling; echo of AT and ATE0.")

log("ec25_optional_setting_error.txt", "Quectel EC25-E", "plain", """
Plain capture (echo on) of an EC25 bring-up by a driver shared with BG96: the BG96-only
AT+QCFG="iotopmode" is refused and the driver skips it; then an ordinary TCP session on
connectID 0, including the QISEND=0,0 sent-data query, a close and a state check.""", """
< RDY
< +CFUN: 1
< +CPIN: READY
< +QUSIM: 1
< +QIND: SMS DONE
< +QIND: PB DONE
> ATE0 @f1
< OK @f2
> AT+QCFG="iotopmode",0 @o1
< ERROR @o2
> AT+QCFG="nwscanmode",3,1
< OK
> AT+CEREG?
< +CEREG: 0,1
<
< OK
> AT+QICSGP=1,1,"iot.example","","",1
< OK
> AT+QIACT=1
< OK
> AT+QIACT?
< +QIACT: 1,1,1,"10.33.2.1"
<
< OK
> AT+QIOPEN=1,0,"TCP","203.0.113.80",7000,0,1
< OK
<
< +QIOPEN: 0,0
> AT+QISEND=0,5
< > hello
< SEND OK
> AT+QISEND=0,0
< +QISEND: 5,5,0
<
< OK
<
< +QIURC: "recv",0
> AT+QIRD=0,1500
< +QIRD: 5
< hello
<
< OK
> AT+QICLOSE=0
< OK
> AT+QISTATE=1,0
< OK
> AT+QIDEACT=1
< OK
""", "plain",
    expect=[],
    acceptable=[E("error-detail", "o1", "o2", "plain ERROR with verbose errors off: CMEE=2 advice is true of the log (info)"),
                E("unknown-command", "o1", "o2", "iotopmode is not an EC25 setting and the module refuses it (info)"),
                E("first-command", "f1", "f2", "the first command after RDY is ATE0, not a plain AT (info, true)")],
    traps="ERROR to an optional setting the host skips (no command-failed); QISEND=0,0 is a query; connectID 0 is valid; the empty AT+QISTATE answer confirms the close.")

CEREG_POLL = "".join("> AT+CEREG?\n< +CEREG: 0,2\n< OK\n+2\n" for _ in range(24))
log("sara_r410_cereg_poll_socket.log", "u-blox SARA-R410M-02B", "iso-txrx", """
SARA-R410M with an app logging ISO TX/RX. After a cold attach the app polls AT+CEREG? every 2 s
(25 times) until +CEREG: 0,5, checks the IP and runs a TCP echo on socket 0.""", """
> AT
< OK
> ATE0
< ATE0
< OK
> AT+CMEE=2
< OK
> AT+CGMM
< SARA-R410M-02B
< OK
> AT+CPIN?
< +CPIN: READY
< OK
""" + CEREG_POLL + """
> AT+CEREG?
< +CEREG: 0,5
< OK
> AT+CGACT?
< +CGACT: 1,1
< OK
> AT+CGPADDR=1
< +CGPADDR: 1,10.120.5.9
< OK
> AT+USOCR=6
< +USOCR: 0
< OK
> AT+USOCO=0,"192.0.2.33",7
<~1.8 OK
> AT+USOWR=0,5,"hello"
< +USOWR: 0,5
< OK
<~0.6 +UUSORD: 0,5
> AT+USORD=0,5
< +USORD: 0,5,"hello"
< OK
> AT+USOCL=0 @c1
<~0.5 OK @c2
""", "iso-txrx", t0=5 * 3600 + 2 * 60,
    acceptable=[E("verify-after-close", "c1", "c2", "no socket query after USOCL (info, true)")],
    traps="25 consecutive CEREG? polls while not registered are waiting, not a storm; socket 0 is valid on u-blox (0..6).")

log("sim7600_urcs_between.txt", "SIMCom SIM7600E", "bracket", """
SIM7600E terminal capture with stamps (echo on). An SMS arrives (+CMTI) between AT+COPS? and
its answer; the app reads and deletes it, opens the network (waits for +NETOPEN), runs a TCP send,
sees the server close the link (+IPCLOSE) and checks, then closes the network.""", """
> AT+CSQ
< +CSQ: 22,99
<
< OK
> AT+COPS?
< +CMTI: "SM",3
< +COPS: 0,0,"Example Net",7
<
< OK
> AT+CMGF=1
< OK
> AT+CMGR=3
< +CMGR: "REC UNREAD","+15555550177","","26/11/30,08:01:12+04"
< reboot
<
< OK
> AT+CMGD=3
< OK
> AT+NETOPEN
< OK
<~1.9 +NETOPEN: 0
> AT+IPADDR
< +IPADDR: 10.80.0.14
<
< OK
> AT+CIPOPEN=0,"TCP","198.51.100.44",8080
< OK
<~0.7 +CIPOPEN: 0,0
> AT+CIPSEND=0,5
< >hello
<~0.3 OK
< +CIPSEND: 0,5,5
+4
< +IPCLOSE: 0,1
> AT+CIPCLOSE?
< +CIPCLOSE: 0,0,0,0,0,0,0,0,0,0
<
< OK
> AT+NETCLOSE
< OK
<~0.4 +NETCLOSE: 0
""", "bracket", t0=8 * 3600 + 1 * 60 + 20,
    traps="+CMTI inside the COPS? transaction; +NETOPEN/+CIPOPEN waited for; the peer's +IPCLOSE is followed by a query, no send.")

log("le910c4_echo_toggle.log", "Telit LE910C4-EU", "arrows", """
LE910C4 host log with '>> '/'<< ', echo on at first (each command comes back), then ATE0, a
socket session in command mode with AT#SSENDEXT, then ATE1 again for a manual check.""", """
> AT
< AT
< OK
> ATE0
< ATE0
< OK
> AT+CGMM
< LE910C4-EU
< OK
> AT#SGACT=1,1
< #SGACT: 10.9.2.77
< OK
> AT#SD=1,0,80,"198.51.100.80",0,0,1
< OK
> AT#SSENDEXT=1,16
< >
> hello from le910
< OK
< SRING: 1
> AT#SRECV=1,100
< #SRECV: 1,16
< hello from le910
< OK
> AT#SH=1 @c1
< OK @c2
> ATE1
< OK
> AT+CSQ
< AT+CSQ
< +CSQ: 18,99
< OK
""", "arrows",
    acceptable=[E("verify-after-close", "c1", "c2", "no AT#SS after AT#SH (info, true)")],
    traps="echo lines before and after the toggle are not orphan responses; SRING is a URC; payload is 16 bytes.")

log("bg95_long_async_in_limits.log", "Quectel BG95-M3", "bracket-arrows", """
BG95-M3 app log. A network scan AT+COPS=? answers after 95 s (manual: 180 s) and AT+QIOPEN's
+QIOPEN arrives after 62 s on a weak LTE-M cell (manual: 150 s); the app sends nothing while
waiting.""", """
> AT+COPS=?
<~95 +COPS: (1,"Example Net","ExNet","00101",8),(3,"Other Net","Other","00102",9),,(0,1,2,3,4),(0,1,2)
<
< OK
> AT+QICSGP=1,1,"iot.example","","",1
< OK
> AT+QIACT=1
<~6.2 OK
> AT+QIACT?
< +QIACT: 1,1,1,"10.12.40.3"
< OK
> AT+QIOPEN=1,0,"TCP","203.0.113.50",8080,0,0
< OK
<~62 +QIOPEN: 0,0
> AT+QISEND=0,10
< >
> temp=21.50
<~0.8 SEND OK
> AT+QICLOSE=0
<~0.4 OK
""", "bracket-arrows", t0=4 * 3600 + 30 * 60,
    traps="long but in-limit COPS=? and QIOPEN; QIACT in 6 s.")

log("nrf9160_slm_socket_cfun0.log", "Nordic nRF9160 (Serial LTE Modem)", "bracket-arrows", """
nRF9160 running the Serial LTE Modem app, host log with stamps. LTE-M attach via CFUN=1 and
+CEREG URCs, a TCP exchange with #XSOCKET/#XCONNECT/#XSEND/#XRECV, socket close, then AT+CFUN=0
before the host cuts power (Nordic's advice: it lets the modem store its state).""", """
< Ready
> AT%XSYSTEMMODE=1,0,0,0 @f1
< OK @f2
> AT+CEREG=5
< OK
> AT+CFUN=1
< OK
<~4 +CEREG: 2,"1A2B","01F4A803",7
<~9 +CEREG: 1,"1A2B","01F4A803",7,,,"11100000","11100000"
> AT+CGPADDR=0
< +CGPADDR: 0,"10.160.1.44"
< OK
> AT#XSOCKET=1,1,0
< #XSOCKET: 0,1,6
< OK
> AT#XCONNECT="192.0.2.77",4000
<~0.9 #XCONNECT: 1
< OK
> AT#XSEND="hello"
< #XSEND: 5
< OK
> AT#XRECV=10
<~0.4 #XRECV: 5
< hello
< OK
> AT#XSOCKET=0 @c1
< #XSOCKET: 0,"closed"
< OK @c2
> AT+CFUN=0
<~0.6 OK
! app: modem offline, entering System OFF
""", "bracket-arrows", t0=10 * 3600,
    acceptable=[E("verify-after-close", "c1", "c2", "no socket query after the close (info, true)"),
                E("first-command", "f1", "f2", "the first command after 'Ready' is a setting, not a plain AT (info, true of the log)")],
    traps="AT+CFUN=0 is the documented shutdown step on nRF91, not a fault; socket handle 0; +CEREG URCs; CFUN=1 is not a data call.")

log("esp_at_wifi_tcp.log", "Espressif ESP32 (ESP-AT)", "dash-ts", """
ESP-AT firmware driven by a host app with '-->/<--' and time. Wi-Fi join (URCs before OK), TCP
connect, a 12-byte send (OK, then '>', then 'Recv 12 bytes' and SEND OK), +IPD, close and
status check.""", """
< ready
> AT
< OK
> ATE0
< ATE0
< OK
> AT+CWMODE=1
< OK
> AT+CWJAP="lab-ap","example-pass"
<~2.8 WIFI CONNECTED
<~1.1 WIFI GOT IP
<
< OK
> AT+CIFSR
< +CIFSR:STAIP,"192.0.2.101"
< +CIFSR:STAMAC,"aa:bb:cc:00:11:22"
<
< OK
> AT+CIPSTART="TCP","198.51.100.5",8080
<~0.3 CONNECT
<
< OK
> AT+CIPSEND=12
<
< OK
< >
> hello esp-at
<
< Recv 12 bytes
<
< SEND OK
<~0.2 +IPD,4:pong
> AT+CIPCLOSE
< CLOSED
<
< OK
> AT+CIPSTATUS
< STATUS:4
< OK
""", "dash-ts", t0=19 * 3600 + 4 * 60,
    traps="WIFI CONNECTED/GOT IP between the command and its OK; the '>' prompt comes after OK; Recv 12 bytes; +IPD.")

log("sim7080_caopen_clean.log", "SIMCom SIM7080G", "iso-txrx", """
SIM7080G app with ISO TX/RX (echo off). Registered check, APN, CNACT activation waited for,
CAOPEN on connection 0, a 5-byte send after '>', receive, close and PDP deactivation, each
confirmed by a query.""", """
> AT+CPIN?
< +CPIN: READY
< OK
> AT+CEREG?
< +CEREG: 0,1
< OK
> AT+CNCFG=0,1,"iot.example"
< OK
> AT+CNACT=0,1
< OK
<~1.5 +APP PDP: 0,ACTIVE
> AT+CNACT?
< +CNACT: 0,1,"10.185.48.73"
< +CNACT: 1,0,"0.0.0.0"
< +CNACT: 2,0,"0.0.0.0"
< +CNACT: 3,0,"0.0.0.0"
< OK
> AT+CASSLCFG=0,"SSL",0
< OK
> AT+CAOPEN=0,0,"TCP","203.0.113.7",8080
<~0.8 +CAOPEN: 0,0
< OK
> AT+CASEND=0,5
< >
> hello
< OK
<~0.3 +CADATAIND: 0
> AT+CARECV=0,100
< +CARECV: 5,hello
< OK
> AT+CACLOSE=0
< OK
> AT+CASTATE?
< OK
> AT+CNACT=0,0
< OK
<~0.5 +APP PDP: 0,DEACTIVE
> AT+CNACT?
< +CNACT: 0,0,"0.0.0.0"
< +CNACT: 1,0,"0.0.0.0"
< +CNACT: 2,0,"0.0.0.0"
< +CNACT: 3,0,"0.0.0.0"
< OK
""", "iso-txrx", t0=7 * 3600 + 7 * 60,
    traps="connection 0 valid; CAOPEN is synchronous here (+CAOPEN before OK); the close and release are confirmed by queries.")

log("me910_data_mode_escape_ok.log", "Telit ME910C1-WW", "iso-txrx", """
ME910C1 app with ISO TX/RX. Online data mode via AT#SD, the escape '+++' sent with 1.5 s of
silence before and after (OK follows), AT#SI to read counters, AT#SO to resume, a second escape
done the same way, and AT#SH.""", """
> AT#SGACT=1,1
<~1.1 #SGACT: 10.2.3.4
< OK
> AT#SD=1,0,7000,"198.51.100.12",0,0,0
<~0.7 CONNECT
> hello-1
<~0.3 hello-1
+1.5
> +++
<~1.2 OK
> AT#SI=1
< #SI: 1,7,7,0,0
< OK
> AT#SO=1
< CONNECT
> hello-2
<~0.3 hello-2
+1.6
> +++
<~1.3 OK
> AT#SH=1 @c1
< OK @c2
""", "iso-txrx", t0=18 * 3600 + 40 * 60,
    acceptable=[E("verify-after-close", "c1", "c2", "no AT#SS after AT#SH (info, true)")],
    traps="both escapes keep the guard time and have no line end; data echoed by the server.")

log("bc95_nbiot_udp.log", "Quectel BC95-B20", "arrows", """
BC95 NB-IoT host log '>> '/'<< '. Boot banner after a reboot, autoconnect on, CEREG polled
until registered, a UDP socket 0 created, a 4-byte datagram sent as hex, the reply read after
+NSONMI, socket closed.""", """
< REBOOT_CAUSE_APPLICATION_AT
< Neul
< OK
> AT+NCONFIG? @f1
< +NCONFIG:AUTOCONNECT,TRUE
< +NCONFIG:CR_0354_0338_SCRAMBLING,TRUE
< +NCONFIG:CR_0859_SI_AVOID,TRUE
< OK @f2
> AT+CIMI
< 001010123456789
< OK
""" + "".join("> AT+CEREG?\n< +CEREG:0,2\n< OK\n+3\n" for _ in range(6)) + """
> AT+CEREG?
< +CEREG:0,1
< OK
> AT+CGATT?
< +CGATT:1
< OK
> AT+CGPADDR
< +CGPADDR:0,10.169.2.14
< OK
> AT+NSOCR=DGRAM,17,5683,1
< 0
< OK
> AT+NSOST=0,192.0.2.44,5683,4,DEADBEEF
< 0,4
< OK
<~1.2 +NSONMI:0,8
> AT+NSORF=0,8
< 0,192.0.2.44,5683,8,0102030405060708,0
< OK
> AT+NSOCL=0 @c1
< OK @c2
""", "arrows",
    acceptable=[E("verify-after-close", "c1", "c2", "no socket query after NSOCL (info, true)"),
                E("first-command", "f1", "f2", "the first command after the reboot banner is a query, not a plain AT (info; arguable)")],
    traps="the boot banner's OK answers no command (it is part of the reboot report); bare '0' and '0,4' answers; socket 0; 4 bytes sent as 8 hex digits.")

log("sequans_gm01q_socket.log", "Sequans Monarch GM01Q", "bracket-arrows", """
Sequans GM01Q host log. +SYSSTART, radio on, registration by URC, a command-mode TCP socket
(SQNSD with connMode 1), a 16-byte SQNSSENDEXT after '>', the ring and receive, close and a
socket-state query.""", """
< +SYSSTART
> AT+CFUN? @f1
< +CFUN: 0
< OK @f2
> AT+CGDCONT=1,"IP","iot.example"
< OK
> AT+CEREG=2
< OK
> AT+CFUN=1
< OK
<~6 +CEREG: 2
<~11 +CEREG: 1,"2F01","0A1B2C3D",7
> AT+CPIN?
< +CPIN: READY
< OK
> AT+CGPADDR=1
< +CGPADDR: 1,"10.44.0.9"
< OK
> AT+SQNSCFG=1,1,300,90,600,50
< OK
> AT+SQNSD=1,0,80,"198.51.100.3",0,0,1
<~1.2 OK
> AT+SQNSSENDEXT=1,16
< >
> monarch-says-hi!
< OK
<~0.5 +SQNSRING: 1,16
> AT+SQNSRECV=1,16
< +SQNSRECV: 1,16
< monarch-says-hi!
< OK
> AT+SQNSH=1
< OK
> AT+SQNSS
< +SQNSS: 1,0
< +SQNSS: 2,0
< +SQNSS: 3,0
< +SQNSS: 4,0
< +SQNSS: 5,0
< +SQNSS: 6,0
< OK
""", "bracket-arrows", t0=6 * 3600 + 6 * 60,
    acceptable=[E("first-command", "f1", "f2", "the first command after +SYSSTART is a query, not a plain AT (info; arguable)")],
    traps="+SYSSTART boot report; CPIN after CFUN=1 (no data call before it); connId 1..6.")

PPP = """
! Nov 30 09:12:01 gw pppd[1312]: pppd 2.4.9 started by root, uid 0
! Nov 30 09:12:02 gw chat[1314]: abort on (BUSY)
! Nov 30 09:12:02 gw chat[1314]: abort on (NO CARRIER)
! Nov 30 09:12:02 gw chat[1314]: abort on (ERROR)
! Nov 30 09:12:02 gw chat[1314]: abort on (NO DIALTONE)
! Nov 30 09:12:02 gw chat[1314]: timeout set to 30 seconds
! Nov 30 09:12:02 gw chat[1314]: send (AT^M)
! Nov 30 09:12:02 gw chat[1314]: expect (OK)
! Nov 30 09:12:02 gw chat[1314]: AT^M^M
! Nov 30 09:12:02 gw chat[1314]: OK
! Nov 30 09:12:02 gw chat[1314]:  -- got it
! Nov 30 09:12:02 gw chat[1314]: send (ATE0^M)
! Nov 30 09:12:02 gw chat[1314]: expect (OK)
! Nov 30 09:12:02 gw chat[1314]: ^M
! Nov 30 09:12:02 gw chat[1314]: ATE0^M^M
! Nov 30 09:12:02 gw chat[1314]: OK
! Nov 30 09:12:02 gw chat[1314]:  -- got it
! Nov 30 09:12:02 gw chat[1314]: send (AT+CGDCONT=1,"IP","inet.example"^M)
! Nov 30 09:12:02 gw chat[1314]: expect (OK)
! Nov 30 09:12:02 gw chat[1314]: ^M
! Nov 30 09:12:02 gw chat[1314]: ^M
! Nov 30 09:12:02 gw chat[1314]: OK
! Nov 30 09:12:02 gw chat[1314]:  -- got it
! Nov 30 09:12:02 gw chat[1314]: send (ATD*99#^M)
! Nov 30 09:12:02 gw chat[1314]: expect (CONNECT)
! Nov 30 09:12:02 gw chat[1314]: ^M
! Nov 30 09:12:03 gw chat[1314]: ^M
! Nov 30 09:12:03 gw chat[1314]: CONNECT
! Nov 30 09:12:03 gw chat[1314]:  -- got it
! Nov 30 09:12:03 gw chat[1314]: send (\\d)
! Nov 30 09:12:03 gw pppd[1312]: Script /usr/sbin/chat -v -f /etc/chatscripts/me909 finished (pid 1313), status = 0x0
! Nov 30 09:12:03 gw pppd[1312]: Serial connection established.
! Nov 30 09:12:03 gw pppd[1312]: Using interface ppp0
! Nov 30 09:12:03 gw pppd[1312]: Connect: ppp0 <--> /dev/ttyUSB0
! Nov 30 09:12:05 gw pppd[1312]: local  IP address 10.64.3.21
! Nov 30 09:12:05 gw pppd[1312]: remote IP address 10.64.64.64
! Nov 30 09:12:05 gw pppd[1312]: primary   DNS address 192.0.2.53
"""
log("me909s_pppd_chat.log", "Huawei ME909s-120", "pppd-chat-syslog", """
Syslog of pppd running a chat script against a Huawei ME909s (chat -v): abort strings, each
send/expect with ^M noise, ATD*99# to CONNECT, PPP up with an IP.""", PPP, "plain",
    traps="'abort on (ERROR)' / '(NO CARRIER)' are chat settings, not module answers; ^M noise; ATD*99# without a CPIN/CREG check but no boot in the capture (the module was up long before).")

log("sara_r5_sim_busy.log", "u-blox SARA-R510S", "arrows", """
SARA-R510S host log '>> '/'<< ' right after power-up: AT+CPIN? answers '+CME ERROR: SIM busy'
twice (SIM still initialising), then READY; registration, PSD profile activation waited for
(+UUPSDA), a UDP exchange on socket 0.""", """
> AT
< OK
> AT+CMEE=2
< OK
> AT+CPIN?
< +CME ERROR: SIM busy
+1
> AT+CPIN?
< +CME ERROR: SIM busy
+1
> AT+CPIN?
< +CPIN: READY
< OK
> AT+CCID
< +CCID: 8900100000000000012
< OK
> AT+CEREG?
< +CEREG: 0,1
< OK
> AT+UPSD=0,100,1
< OK
> AT+UPSD=0,0,0
< OK
> AT+UPSDA=0,3
< OK
<~1.4 +UUPSDA: 0,"10.77.1.5"
> AT+USOCR=17
< +USOCR: 0
< OK
> AT+USOST=0,"192.0.2.60",7,5,"hello"
< +USOST: 0,5
< OK
<~0.5 +UUSORF: 0,5
> AT+USORF=0,5
< +USORF: 0,"192.0.2.60",7,5,"hello"
< OK
> AT+USOCL=0 @c1
< OK @c2
""", "arrows",
    acceptable=[E("verify-after-close", "c1", "c2", "no socket query after USOCL (info, true)")],
    traps="'SIM busy' while the SIM initialises is transient, not a SIM fault; CPIN? polled three times; UPSDA completion waited for.")

log("fibocom_l610_xoff_waited.log", "Fibocom L610", "bracket-arrows", """
Fibocom L610 upload that hits flow control: after +MIPXOFF: 1 the app sends nothing on the
socket until +MIPXON: 1 eight seconds later, then resumes and closes.""", """
> AT+MIPCALL?
< +MIPCALL: 10.91.3.8
< OK
> AT+MIPOPEN=1,,"198.51.100.90",5000,0
< OK
<~0.8 +MIPOPEN: 1,1
> AT+MIPSEND=1,512
< >
> %s
< OK
< +MIPXOFF: 1
+8
< +MIPXON: 1
> AT+MIPSEND=1,512
< >
> %s
< OK
> AT+MIPCLOSE=1
< OK
<~0.4 +MIPCLOSE: 1,0
""" % (P512, P512), "bracket-arrows", t0=11 * 3600 + 30 * 60,
    traps="XOFF for 8 s (well under max_wait_s 30) and no send in between.")


# =============================================================================================
# Logs that cannot show what a rule needs
# =============================================================================================

log("bg96_cut_at_qiact.txt", "Quectel BG96", "plain", """
Plain capture (no stamps, echo on) pasted into a ticket; it stops right after AT+QIACT=1 was
typed. Nothing shows that the answer did not come later: the paste is cut.""", """
> AT+CPIN?
< +CPIN: READY
<
< OK
> AT+CEREG?
< +CEREG: 0,1
<
< OK
> AT+QICSGP=1,1,"iot.example","","",1
< OK
> AT+QIACT=1 @q1
""", "plain",
    traps="a response-timeout on the last command would be false: no time, and the capture is cut.")

log("sim7600_tx_only.log", "SIMCom SIM7600E", "iso-txrx (TX only)", """
An app's TX-only trace (RX logging was off): only what the host wrote, with ISO stamps. No
answer of the module is in the capture, so nothing can be said about finals, completions or the
prompt.""", """
! RAW:--- modem trace: RX logging disabled (CONFIG_MODEM_LOG_RX=n) ---
> AT
> ATE0
> AT+CPIN?
> AT+CREG?
+1
> AT+NETOPEN
+3
> AT+IPADDR
> AT+CIPOPEN=0,"TCP","203.0.113.25",9000
+2
> AT+CIPSEND=0,5
>~0.25 hello
+2
> AT+CIPCLOSE=0
+1
> AT+NETCLOSE
""", "iso-txrx", t0=20 * 3600,
    traps="every command lacks a final only because RX was not logged; the payload's timing against a prompt cannot be judged; async completions are invisible.")

log("sim800_transparent_untimed.txt", "SIMCom SIM800L", "plain", """
Plain capture without stamps of a SIM800L transparent-mode session: CONNECT, data, '+++' then
OK, ATO back to data, '+++' again, close. Whether the guard times were kept cannot be seen.""",
"""
> AT+CIPMODE=1
< OK
> AT+CIPSTART="TCP","198.51.100.61",7000
< OK
<
< CONNECT
> hello-1
< hello-1
> +++ @e1
< OK @e2
> ATO
< CONNECT
> hello-2
< hello-2
> +++ @e3
< OK
> AT+CIPCLOSE
< CLOSE OK
> AT+CIPSHUT
< SHUT OK
""", "plain",
    traps="escape-guard needs time: a finding on either '+++' would claim something the log cannot show; the OK after each '+++' shows the escape worked.")

log("bg95_capture_starts_midsession.log", "Quectel BG95-M2", "iso-txrx", """
ISO TX/RX capture that starts in the middle of a running session (first line cut mid-word):
socket 1 was opened and the context activated before the capture began. The app drains and
sends on socket 1, sees it closed by the peer, closes, re-activates the context and reopens.""",
"""
! RAW:9.312Z RX: +QIURC: "recv",1
> AT+QIRD=1,1500
< +QIRD: 6
< resume
< OK
> AT+QISEND=1,4 @s1
< >
> ACK1
<~0.2 SEND OK @s2
<~3 +QIURC: "closed",1
> AT+QICLOSE=1
< OK
> AT+QIDEACT=1
<~0.6 OK
> AT+QIACT=1 @a1
<~1.9 OK @a2
> AT+QIACT?
< +QIACT: 1,1,1,"10.12.9.77"
< OK
> AT+QIOPEN=1,1,"TCP","203.0.113.33",7100,0,0
< OK
<~1.1 +QIOPEN: 1,0
> AT+QISEND=1,4
< >
> ACK2
<~0.2 SEND OK
""", "iso-txrx", t0=21 * 3600 + 14 * 60 + 9.5,
    acceptable=[E("verify-after-close", "s2", "a2", "after QICLOSE/QIDEACT no state query before re-activating (info, true of the log)")],
    traps="QIRD/QISEND on socket 1 opened before the capture (socket-state would be false); QIACT=1 with no boot, CPIN or CREG in view: 'since the boot' cannot be judged (attach-preconditions false).")

ECHO_RX = """
< AT+CPIN?
< +CPIN: READY
<
< OK
< AT+QIACT?
< +QIACT: 1,1,1,"10.33.8.61"
<
< OK
< AT+QIOPEN=1,0,"TCP","203.0.113.80",7000,0,0
< OK
<~0.8
< +QIOPEN: 0,0
< AT+QISEND=0,10
< >
<~0.4 SEND OK
< AT+QISEND=0,10
< >
<~0.4 SEND OK
<~0.6
< +QIURC: "recv",0
< AT+QIRD=0,1500
< +QIRD: 4
< pong
<
< OK
< AT+QICLOSE=0
< OK
"""
log("ec25_rx_line_only.log", "Quectel EC25-E", "bracket (module TX line only)", """
A logic-analyser/USB-serial sniff of the module's TX line only, with stamps: commands appear
only through the module's echo, and the payloads the host wrote after '>' are not in the
capture at all.""", ECHO_RX, "bracket", t0=13 * 3600 + 3 * 60,
    traps="payloads invisible: a send-payload-mismatch or send-before-prompt finding would be false; every command's echo and final are there.")

log("sim7600_cut_after_netopen.txt", "SIMCom SIM7600E", "plain", """
Plain capture (no stamps) pasted right after AT+NETOPEN returned OK; the +NETOPEN completion is
simply not in the paste.""", """
> AT+CPIN?
< +CPIN: READY
<
< OK
> AT+CREG?
< +CREG: 0,1
<
< OK
> AT+CGDCONT=1,"IP","iot.example"
< OK
> AT+NETOPEN @n1
< OK @n2
""", "plain",
    traps="completion-timeout needs time; the paste ends at once.")

log("hl7800_cut_after_ktcpcnx.log", "Sierra Wireless HL7800", "bracket-arrows", """
HL7800 app log with stamps; the reporter copied it 3 s after AT+KTCPCNX=1 returned OK, so the
+KTCP_IND completion is not in the capture yet.""", """
> AT+CPIN?
< +CPIN: READY
< OK
> AT+CEREG?
< +CEREG: 0,1
< OK
> AT+KCNXCFG=1,"GPRS","iot.example"
< OK
> AT+KTCPCFG=1,0,"203.0.113.50",443
< +KTCPCFG: 1
< OK
> AT+KTCPCNX=1 @k1
<~0.2 OK @k2
+3
! app: waiting for +KTCP_IND ...
""", "bracket-arrows", t0=23 * 3600 + 11 * 60,
    traps="3 s after the OK is far within any completion limit: a completion-timeout would be false.")

log("fibocom_l610_xoff_cut.log", "Fibocom L610", "bracket-arrows", """
L610 upload log cut 6 s after +MIPXOFF: 1 (the reporter stopped the capture): nothing shows
whether XON came within the limit or whether the host closed the socket.""", """
> AT+MIPOPEN=1,,"198.51.100.90",5000,0
< OK
<~0.8 +MIPOPEN: 1,1
> AT+MIPSEND=1,512
< >
> %s
< OK
< +MIPXOFF: 1 @x1
+6
! app: tx paused (XOFF)
""" % P512, "bracket-arrows", t0=11 * 3600 + 50 * 60,
    traps="flow-control-stall needs 30 s of XOFF; the capture ends after 6 s.")

log("m95_power_cycles_untimed.txt", "Quectel M95", "plain", """
Plain capture (no stamps) in which the operator powered the M95 down twice with AT+QPOWD=1;
the log cannot tell how far apart they were.""", """
> AT+QPOWD=1 @w1
< NORMAL POWER DOWN
< RDY
< +CFUN: 1
< +CPIN: READY
< Call Ready
< SMS Ready
> AT
< OK
> AT+CREG?
< +CREG: 0,1
<
< OK
> AT+QPOWD=1 @w2
< NORMAL POWER DOWN
< RDY
< +CFUN: 1
< +CPIN: READY
< Call Ready
> AT
< OK
""", "plain",
    traps="power-cycle-interval needs time: a finding would be a guess.")

log("le910_escape_arrows_untimed.log", "Telit LE910C1-EU", "arrows", """
'>> '/'<< ' log without stamps of an LE910C1 online-mode session and its '+++' escape: the
direction is known, the guard times are not.""", """
> AT#SGACT=1,1
< #SGACT: 10.9.8.7
< OK
> AT#SD=1,0,80,"198.51.100.7",0,0,0
< CONNECT
> GET /ping HTTP/1.0
> 
< HTTP/1.0 200 OK
< 
< pong
> +++ @e1
< OK @e2
> AT#SH=1
< OK
""", "arrows",
    traps="escape-guard needs time; the OK after '+++' shows the escape was accepted.")

log("sara_r410_cut_at_usoco.txt", "u-blox SARA-R410M-02B", "plain", """
Plain capture (echo on, no stamps) that ends after AT+USOCO was typed; SARA-R4 connects can take
many seconds, and the paste stops there.""", """
> AT+CEREG?
< +CEREG: 0,5
<
< OK
> AT+USOCR=6
< +USOCR: 0
<
< OK
> AT+USOCO=0,"192.0.2.8",443 @u1
""", "plain",
    traps="no time and a cut end: response-timeout would be false.")


# =============================================================================================
# Render, label, self-check
# =============================================================================================

def build(spec):
    evs = parse(spec["script"], spec["t0"], spec["dt_host"], spec["dt_mod"])
    if spec["only"]:
        evs = [e for e in evs if e[0] in (spec["only"], "!")]
    rend = RENDER[spec["render"]]
    lines, tags = [], {}
    for e in evs:
        lines.append(rend(e).rstrip())
        if e[3]:
            if e[3] in tags:
                raise SystemExit("%s: duplicate tag %s" % (spec["name"], e[3]))
            tags[e[3]] = len(lines)
    return lines, tags


def entries(spec, which, tags, nlines):
    out = []
    for rule, a, b, why in spec[which]:
        if rule not in RULES:
            raise SystemExit("%s: unknown rule %s" % (spec["name"], rule))
        if a not in tags or b not in tags:
            raise SystemExit("%s: unknown tag %s/%s" % (spec["name"], a, b))
        first, last = tags[a], tags[b]
        if not (1 <= first <= last <= nlines):
            raise SystemExit("%s: bad range %d..%d of %d" % (spec["name"], first, last, nlines))
        out.append({"rule": rule, "lines": [first, last], "why": why})
    return out


# logs whose final close/release is followed by no state query: 'verify-after-close' (info) is
# true of them and acceptable; its range runs from that close command to the end of the log
VAC_TAIL = ["le910_escape_without_guard.log", "ec25_qisend_before_qiopen.log",
            "sim7600_urcs_between.txt", "ec25_optional_setting_error.txt",
            "bg95_long_async_in_limits.log", "fibocom_l610_xoff_waited.log", "sim7600_tx_only.log",
            "sim800_transparent_untimed.txt", "le910_escape_arrows_untimed.log",
            "ec25_rx_line_only.log"]
CLOSE = re.compile(r"CLOSE|DEACT|#SH=|CIPSHUT", re.I)


def vac_tail(spec, lines):
    evs = parse(spec["script"], spec["t0"], spec["dt_host"], spec["dt_mod"])
    if spec["only"]:
        evs = [e for e in evs if e[0] in (spec["only"], "!")]
    first = None
    for i, e in enumerate(evs):
        # host lines, or the module's echo in a capture of the module's line only
        if (e[0] == ">" or (e[1].startswith("AT") and spec["name"] == "ec25_rx_line_only.log")) \
                and e[1].startswith("AT") and CLOSE.search(e[1]) and not e[1].endswith("?"):
            if first is None or i > first + 3:
                first = i
    assert first is not None, spec["name"]
    return {"rule": "verify-after-close", "lines": [first + 1, len(lines)],
            "why": "the last close/release is followed by no state query (info, true of the log)"}


def main():
    os.makedirs(LOGS, exist_ok=True)
    verdicts, md = {}, []
    names = set()
    for spec in LOGSPEC:
        name = spec["name"]
        if name in names:
            raise SystemExit("duplicate log %s" % name)
        names.add(name)
        lines, tags = build(spec)
        with open(os.path.join(LOGS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
        story = " ".join(spec["story"].split())
        v = {"module": spec["module"], "shape": spec["shape"], "verified": spec["verified"],
             "story": story,
             "expect": entries(spec, "expect", tags, len(lines)),
             "acceptable": entries(spec, "acceptable", tags, len(lines))}
        if name in VAC_TAIL:
            v["acceptable"].append(vac_tail(spec, lines))
        verdicts[name] = v
        md.append("## %s\n" % name)
        md.append("*%s*, shape `%s`, %d lines.\n" % (spec["module"], spec["shape"], len(lines)))
        md.append("**Story.** %s\n" % story)
        if v["expect"]:
            md.append("**What is wrong.**\n")
            for x in v["expect"]:
                md.append("- expect `%s` lines %d-%d: %s" % (x["rule"], x["lines"][0], x["lines"][1], x["why"]))
            md.append("")
        else:
            md.append("**What is wrong.** Nothing a modem engineer would report as the host's fault.\n")
        if v["acceptable"]:
            md.append("**Acceptable (not counted for recall, not false).**\n")
            for x in v["acceptable"]:
                md.append("- `%s` lines %d-%d: %s" % (x["rule"], x["lines"][0], x["lines"][1], x["why"]))
            md.append("")
        if spec["traps"]:
            md.append("**Looks alarming but is not a fault (any other finding is false).** %s\n" % spec["traps"])
    # every log in logs/ is labelled and vice versa
    on_disk = set(os.listdir(LOGS))
    if on_disk != names:
        raise SystemExit("logs/ and labels differ: %s" % sorted(on_disk ^ names))
    with open(os.path.join(HERE, "verdicts.json"), "w", encoding="utf-8") as f:
        json.dump(verdicts, f, indent=1, sort_keys=True)
        f.write("\n")
    head = ["# holdout23: per-log stories and verdicts", "",
            "Generated by gen.py from the same session scripts as the logs. Line numbers are 1-based",
            "and inclusive. 'expect' findings count for recall; 'acceptable' ones are neither required nor",
            "false; any finding outside both is false.", ""]
    with open(os.path.join(HERE, "per_log.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(head + md) + "\n")
    # summary
    from collections import Counter
    ce, ca = Counter(), Counter()
    for v in verdicts.values():
        ce.update(x["rule"] for x in v["expect"])
        ca.update(x["rule"] for x in v["acceptable"])
    print("logs: %d, with expect: %d, without: %d" % (len(verdicts),
          sum(1 for v in verdicts.values() if v["expect"]), sum(1 for v in verdicts.values() if not v["expect"])))
    print("expect: %d %s" % (sum(ce.values()), dict(sorted(ce.items()))))
    print("acceptable: %d %s" % (sum(ca.values()), dict(sorted(ca.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
