#!/usr/bin/env python3
"""Write holdout13 logs/ and labels.json deterministically (stdlib only).

Each log is one session: a list of T (command -> response -> final) and U (URC) items.
A renderer per shape turns the session into the text the tool prints (layouts named in
SOURCES.md); labels come from the same session so log and labels cannot drift apart.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")
LABELS = {}


class T:
    def __init__(self, cmd, resp=(), final="OK", prompt=None, payload=None, after=(), wait=120):
        self.cmd, self.resp, self.final = cmd, list(resp), final
        self.prompt, self.payload, self.after, self.wait = prompt, payload, list(after), wait


class U:
    def __init__(self, line):
        self.line = line


class Clock:
    def __init__(self, t0=0.0):
        self.t = t0
        self.k = 0

    def step(self, ms=None):
        self.k += 1
        self.t += (ms if ms is not None else 13 + (self.k * 37) % 91) / 1000.0
        return self.t


def hms(t, base=10 * 3600):
    s = base + t
    h, m = int(s // 3600) % 24, int(s % 3600 // 60)
    return "%02d:%02d:%06.3f" % (h, m, s % 60)


def events(items, echo=True):
    """Yield (kind, text, wait_ms): kind tx (host wrote), rx (modem line), blank."""
    for it in items:
        if isinstance(it, U):
            yield ("blank", "", 5)
            yield ("rx", it.line, 400)
            continue
        yield ("tx", it.cmd, 0)
        if echo:
            yield ("echo", it.cmd, 3)
        if it.prompt:
            yield ("prompt", it.prompt, 30)
            yield ("payload", it.payload, 5)
        for n, r in enumerate(it.resp):
            if n == 0:
                yield ("blank", "", 1)
            yield ("rx", r, it.wait if n == 0 else 3)
        if it.final is not None:
            yield ("blank", "", 1)
            yield ("rx", it.final, it.wait if not it.resp else 2)
        for a in it.after:
            yield ("blank", "", 1)
            yield ("rx", a, 900)


# ------------------------------------------------------------------ renderers

def raw_terminal(items, echo=True, local_echo=False):
    """Serial terminal screen/log: the modem's echo (or the terminal's local echo) + replies."""
    out = []
    for kind, text, _ in events(items, echo):
        if kind == "tx" and local_echo:
            out.append(text)
        elif kind == "echo":
            out.append(text)
        elif kind == "prompt":
            if text.strip() in (">", "> ", ">"):
                out.append(text + "__PAYLOAD__")
            else:
                out += ["", text, "__PAYLOAD__"]
        elif kind == "payload":
            out[-1] = out[-1].replace("__PAYLOAD__", text)
        elif kind in ("rx", "blank"):
            out.append(text)
    return out


def prefixed(items, txf, rxf, echo=True, clock=None, blanks=False, echof=None, promptf=None,
             payf=None):
    """Host-library style: one formatted line per write and per line read."""
    clock = clock or Clock()
    out = []
    for kind, text, wait in events(items, echo):
        t = clock.step(wait or None)
        if kind == "tx":
            r = txf(text, t)
        elif kind == "echo":
            r = (echof or rxf)(text, t)
        elif kind == "prompt":
            r = (promptf or rxf)(text, t)
        elif kind == "payload":
            r = (payf or txf)(text, t)
        elif kind == "blank":
            r = rxf("", t) if blanks else None
        else:
            r = rxf(text, t)
        if r is None:
            continue
        out.extend(r if isinstance(r, list) else [r])
    return out


def write(name, lines, items, shape, module, nl="\n", has=None, enc="utf-8"):
    os.makedirs(LOGS, exist_ok=True)
    with open(os.path.join(LOGS, name), "w", encoding=enc, newline="") as f:
        f.write(nl.join(lines) + nl)
    tx = [{"command": i.cmd, "final": i.final} for i in (items or []) if isinstance(i, T)]
    LABELS[name] = {"transactions": tx, "total": len(tx),
                    "has_transactions": bool(tx) if has is None else has,
                    "shape": shape, "module": module}


# ------------------------------------------------------------------ wrappers

def fence(lines, lang=""):
    return ["```" + lang] + lines + ["```"]


def quote(lines, p="> "):
    return [(p + l).rstrip() if l else p.rstrip() for l in lines]


def indent(lines, n=4):
    return [" " * n + l if l else "" for l in lines]


def numbered(lines, w=3, sep="  "):
    return [("%*d" % (w, i + 1)) + sep + l for i, l in enumerate(lines)]


def wrap(lines, width):
    out = []
    for l in lines:
        while len(l) > width:
            out.append(l[:width])
            l = l[width:]
        out.append(l)
    return out


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ------------------------------------------------------------------ sessions (invented values)

def s_sim7600_tcp():
    return [T("AT", []), T("ATE0", []), T("AT+CPIN?", ["+CPIN: READY"]),
            T("AT+CSQ", ["+CSQ: 19,99"]), T("AT+CREG?", ["+CREG: 0,1"]),
            T("AT+CGDCONT=1,\"IP\",\"internet.tele2.se\"", []),
            T("AT+NETOPEN", [], after=["+NETOPEN: 0"]),
            T("AT+IPADDR", ["+IPADDR: 10.171.44.203"]),
            T("AT+CIPOPEN=0,\"TCP\",\"198.51.100.23\",8883", [], after=["+CIPOPEN: 0,0"]),
            T("AT+CIPSEND=0,18", [], prompt=">", payload="{\"t\":21.4,\"h\":48}"
              , after=["+CIPSEND: 0,18,18"]),
            U("+IPD12"), T("AT+CIPCLOSE=0", [], after=["+CIPCLOSE: 0,0"])]


def main():
    # 1 TinyGSM StreamDebugger, SIM7600E (ordinary)
    it = s_sim7600_tcp()
    lines = ["[8813] ### TinyGSM Version: 0.11.7", "[8814] ### TinyGSM Compiled Module:  TinyGsmClientSIM7600"]
    lines += raw_terminal(it[:2], echo=True, local_echo=True)
    lines += ["[9931] ### Modem: SIMCOM_SIM7600E-H"]
    lines += raw_terminal(it[2:], echo=False, local_echo=True)
    write("tinygsm_sim7600_tcp.log", lines, it, "tinygsm-streamdebugger", "SIMCom SIM7600E-H")

    # 2 TinyGSM A7670E inside a GitHub issue with a fence, HTTP, timeout at the end
    it = [T("AT", [], final=None), T("AT", []), T("ATE0", []), T("AT+CMEE=2", []),
          T("AT+CPIN?", ["+CPIN: READY"]), U("SMS DONE"), U("PB DONE"),
          T("AT+CEREG?", ["+CEREG: 0,2"]), T("AT+CEREG?", ["+CEREG: 0,5"]),
          T("AT+HTTPINIT", []), T("AT+HTTPPARA=\"URL\",\"https://api.example.net/v1/ping\"", []),
          T("AT+HTTPACTION=0", [], after=["+HTTPACTION: 0,200,27"]),
          T("AT+HTTPREAD=0,27", ["+HTTPREAD: 27", "{\"pong\":true,\"ts\":17002211}", "+HTTPREAD: 0"]),
          T("AT+HTTPTERM", []),
          T("AT+CPSI?", [], final=None)]
    body = (raw_terminal(it[:1], echo=False, local_echo=True) + raw_terminal(it[1:3], echo=True, local_echo=True)
            + raw_terminal(it[3:], echo=False, local_echo=True))
    lines = ["### What are you working with?", "", "Modem: SIMCom A7670E-LASE", "Main processor board: ESP32-S3",
             "TinyGSM version: 0.12.0", "", "### Actual result", "",
             "HTTPS GET works once, then the modem stops answering after the read. Log:", ""]
    lines += fence(["[412] ### TinyGSM Version: 0.12.0"] + body[:2] + body[2:] + ["[98211] ### Unhandled: "], "")
    lines += ["", "After that every `AT` times out until I cut the power."]
    write("gh_issue_tinygsm_a7670e_http.md", lines, it, "github-issue+tinygsm", "SIMCom A7670E")

    # 3 ModemManager journal, EM7455
    it = [T("AT+CGMI", ["Sierra Wireless, Incorporated"]), T("AT+CGMM", ["MC7455"]),
          T("AT+CGSN", ["359073061234518"]), T("AT+CPIN?", ["+CPIN: READY"]),
          T("AT!SELRAT?", ["!SELRAT: 06, LTE Only"]),
          T("AT+CPOL?", [], final="+CME ERROR: 3"),
          T("AT+CGDCONT?", ["+CGDCONT: 1,\"IPV4V6\",\"lte.m2m.example\",\"0.0.0.0\",0,0,0,0"]),
          U("+CREG: 1,\"1A2B\",\"0C3D405\",7"),
          T("AT+COPS=3,2;+COPS?", ["+COPS: 0,2,\"24008\",7"]),
          T("AT+CSQ", ["+CSQ: 22,99"])]
    ck = Clock(1701.2)
    def mmtx(c, t):
        return "Dec 03 09:%02d:%06.3f gw-17 ModemManager[812]: <debug> [%.6f] [ttyUSB2/at] --> '%s<CR>'" % (
            int(t // 60) % 60, t % 60, 1701000000 + t, c)
    def mmrx(l, t):
        return "Dec 03 09:%02d:%06.3f gw-17 ModemManager[812]: <debug> [%.6f] [ttyUSB2/at] <-- '<CR><LF>%s<CR><LF>'" % (
            int(t // 60) % 60, t % 60, 1701000000 + t, l)
    lines = prefixed(it, mmtx, mmrx, echo=False, clock=ck)
    write("mm_journal_em7455.log", lines, it, "modemmanager-debug-journal", "Sierra MC7455")

    # 4 journalctl -o json, ModemManager, EG91 (new wrapper)
    it = [T("AT+CFUN?", ["+CFUN: 1"]), T("AT+QCFG=\"nwscanmode\"", ["+QCFG: \"nwscanmode\",0"]),
          T("AT+CIMI", ["214071234509876"]), T("AT+CNUM", [], final="+CME ERROR: 4"),
          T("AT+CEREG=2", []), T("AT+CEREG?", ["+CEREG: 2,1,\"3F1C\",\"02A7B913\",7"]),
          T("AT+QENG=\"servingcell\"", ["+QENG: \"servingcell\",\"NOCONN\",\"LTE\",\"FDD\",214,07,2A7B913,318,1850,3,5,5,3F1C,-97,-11,-65,14,38"]),
          T("AT+CGPADDR=1", ["+CGPADDR: 1,\"10.44.120.7\""])]
    ck = Clock(0)
    def jline(msg, t):
        return json.dumps({"__REALTIME_TIMESTAMP": "%d" % (1733130000000000 + int(t * 1e6)),
                           "_HOSTNAME": "rpi-cm4", "SYSLOG_IDENTIFIER": "ModemManager", "_PID": "655",
                           "PRIORITY": "7", "MESSAGE": msg}, separators=(",", ":"))
    lines = prefixed(it, lambda c, t: jline("<dbg> [ttyUSB2/at] --> '%s<CR>'" % c, t),
                     lambda l, t: jline("<dbg> [ttyUSB2/at] <-- '<CR><LF>%s<CR><LF>'" % l, t), echo=False, clock=ck)
    write("journal_json_mm_eg91.jsonl", lines, it, "journalctl-json+modemmanager", "Quectel EG91")

    # 5 journalctl -o short-precise, ModemManager older per-port form, SIM7600 via MM (new wrapper)
    it = [T("ATE0", []), T("AT+CMEE=1", []), T("AT+CPIN?", [], final="+CME ERROR: 10"),
          T("AT+CPIN?", [], final="+CME ERROR: 10"), T("AT+CCID", [], final="+CME ERROR: 10"),
          T("AT+CFUN=4", []), T("AT+CFUN=1", []), U("+CPIN: READY"), T("AT+CPIN?", ["+CPIN: READY"])]
    ck = Clock(12.0)
    def sp(msg, t):
        return "Dec 04 14:03:%09.6f edge-box ModemManager[1022]: %s" % (t % 60, msg)
    lines = prefixed(it, lambda c, t: sp("(ttyUSB3): --> '%s<CR>'" % c, t),
                     lambda l, t: sp("(ttyUSB3): <-- '<CR><LF>%s<CR><LF>'" % l, t), echo=False, clock=ck)
    write("journal_short_precise_mm_sim7600.log", lines, it, "journalctl-short-precise+modemmanager-old", "SIMCom SIM7600G")

    # 6 pppd chat syslog, Huawei ME909s
    it = [T("AT", []), T("ATZ", []), T("ATE0", [], final="OK"),
          T("AT+CGDCONT=1,\"IP\",\"m2m.telia.example\"", []), T("ATD*99#", [], final="NO CARRIER")]
    lines = []
    n = 4411
    def ch(m):
        return "Dec  2 07:15:%02d router chat[%d]: %s" % (11 + len(lines) // 4, n, m)
    for i in it:
        lines.append(ch("send (%s^M)" % i.cmd))
        exp = "CONNECT" if i.cmd.startswith("ATD") else "OK"
        lines.append(ch("expect (%s)" % exp))
        if i.cmd in ("AT", "ATZ", "ATE0"):
            lines.append(ch("%s^M^M" % i.cmd))
        else:
            lines.append(ch("^M"))
        lines.append(ch(i.final))
        if i.final == "OK":
            lines.append(ch(" -- got it"))
            lines.append(ch(""))
    lines.append(ch("alarm"))
    lines.append(ch("Failed"))
    lines.append("Dec  2 07:16:01 router pppd[4409]: Connect script failed")
    write("pppd_chat_me909s.log", lines, it, "pppd-chat-syslog", "Huawei ME909s-120")

    # 7 minicom EC200U, MQTT with prompts (ordinary)
    it = [T("ATI", ["Quectel", "EC200U", "Revision: EC200UEUAAR03A01M08"]),
          T("AT+QMTCFG=\"recv/mode\",0,0,1", []),
          T("AT+QMTOPEN=0,\"mqtt.example.org\",1883", [], after=["+QMTOPEN: 0,0"]),
          T("AT+QMTCONN=0,\"ec200u-7781\"", [], after=["+QMTCONN: 0,0,0"]),
          T("AT+QMTSUB=0,1,\"cmd/ec200u-7781\",1", [], after=["+QMTSUB: 0,1,0,1"]),
          T("AT+QMTPUBEX=0,0,0,0,\"up/ec200u-7781\",11", [], prompt=">", payload="hello 23.5C",
            after=["+QMTPUBEX: 0,0,0"]),
          U("+QMTRECV: 0,0,\"cmd/ec200u-7781\",\"reboot\""),
          T("AT+QMTDISC=0", [], after=["+QMTDISC: 0,0"]), T("AT+QMTCLOSE=0", [], final="ERROR")]
    lines = ["", "Welcome to minicom 2.8", "", "OPTIONS: I18n ", "Port /dev/ttyUSB2, 10:02:41",
             "", "Press CTRL-A Z for help on special keys", ""] + raw_terminal(it)
    write("minicom_ec200u_mqtt.txt", lines, it, "minicom-capture", "Quectel EC200U-EU")

    # 8 minicom nRF9160 SLM, echo off (the terminal shows nothing typed) -> local echo on
    it = [T("AT", []), T("AT%XSYSTEMMODE=1,0,1,0", []), T("AT+CFUN=1", []), U("+CEREG: 2,\"7A11\",\"01B2C3D4\",7"),
          U("+CEREG: 1,\"7A11\",\"01B2C3D4\",7,,,\"11100000\",\"11100000\""),
          T("AT#XSOCKET=1,2,0", ["#XSOCKET: 0,2,17"]),
          T("AT#XCONNECT=\"203.0.113.80\",5683", ["#XCONNECT: 1"]),
          T("AT#XSEND=\"ping-42\"", ["#XSEND: 7"]),
          T("AT#XRECV=5", [], final=None)]
    lines = ["Welcome to minicom 2.7.1", "", "OPTIONS: I18n", "Port /dev/ttyACM0, 16:44:03", "",
             "Press CTRL-A Z for help on special keys", "", "Ready"] + raw_terminal(it, echo=False, local_echo=True)
    write("minicom_nrf9160_slm_udp.txt", lines, it, "minicom-capture-localecho", "Nordic nRF9160 SLM")

    # 9 picocom BG95 GNSS
    it = [T("AT+QGPSCFG=\"priority\",0", []), T("AT+QGPS=1", []), T("AT+QGPSLOC=2", [], final="+CME ERROR: 516"),
          T("AT+QGPSLOC=2", [], final="+CME ERROR: 516"),
          T("AT+QGPSLOC=2", ["+QGPSLOC: 091812.000,59.33258,18.06490,1.1,31.0,2,0.00,0.0,0.0,031224,07"]),
          T("AT+QGPSEND", []), T("AT+QCFG=\"gnssconfig\"", ["+QCFG: \"gnssconfig\",1"])]
    lines = ["picocom v3.1", "", "port is        : /dev/ttyUSB1", "flowcontrol    : none", "baudrate is    : 115200",
             "parity is      : none", "databits are   : 8", "stopbits are   : 1", "escape is      : C-a",
             "local echo is  : no", "noinit is      : no", "noreset is     : no", "hangup is      : no",
             "nolock is      : no", "send_cmd is    : sz -vv", "receive_cmd is : rz -vv -E", "imap is        : ",
             "omap is        : ", "emap is        : crcrlf,delbs,", "logfile is     : none",
             "initstring     : none", "exit_after is  : not set", "exit is        : no", "",
             "Type [C-a] [C-h] to see available commands", "Terminal ready"] + raw_terminal(it) + ["", "Terminating...", "Thanks for using picocom"]
    write("picocom_bg95_gnss.txt", lines, it, "picocom-session", "Quectel BG95-M3")

    # 10 PuTTY session log LE910C1 socket
    it = [T("AT#SELINT?", ["#SELINT: 2"]), T("AT#SGACT=1,1", ["#SGACT: 10.22.180.5"]),
          T("AT#SD=1,0,80,\"www.example.com\",0,0,1", []),
          T("AT#SSEND=1", [], prompt=">", payload="GET / HTTP/1.0"),
          U("SRING: 1"), T("AT#SRECV=1,200", ["#SRECV: 1,15", "HTTP/1.0 200 OK"]),
          T("AT#SH=1", []), T("AT#SGACT=1,0", []), U("NO CARRIER")]
    lines = ["=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2026.11.28 15:21:09 =~=~=~=~=~=~=~=~=~=~=~="] + raw_terminal(it)
    write("putty_le910c1_socket.log", lines, it, "putty-session-log", "Telit LE910C1-EU", nl="\r\n")

    # 11 Mbed cellular trace BG96
    it = [T("AT", []), T("ATE0", []), T("AT+CMEE=1", []), T("AT+CFUN=1", []), T("AT+CPIN?", ["+CPIN: READY"]),
          T("AT+QCFG=\"iotopmode\",0,1", []), T("AT+CGATT?", ["+CGATT: 0"]), T("AT+CGATT=1", [], final="+CME ERROR: 30"),
          T("AT+QIACT?", []), T("AT+CEREG=2", []), U("+CEREG: 2"), U("+CEREG: 5,\"2B0F\",\"0A3C201\",8"),
          T("AT+CGATT=1", []), T("AT+QICSGP=1,1,\"iot.1nce.example\",\"\",\"\",0", []), T("AT+QIACT=1", []),
          T("AT+QIACT?", ["+QIACT: 1,1,1,\"10.212.7.91\""]), T("AT+QIOPEN=1,0,\"UDP\",\"192.0.2.200\",5683,0,0", [], after=["+QIOPEN: 0,0"])]
    def mtx(c, t):
        return "[DBG ][CELL]: AT TX (%3d): %s[CR]" % (len(c) + 1, c)
    def mrx(l, t):
        return "[DBG ][CELL]: AT RX (%3d): %s" % (len(l) + 2, l)
    lines = ["[INFO][CELL]: New CellularContext (20001e50)", "[INFO][CELL]: CellularContext connect"] + prefixed(it, mtx, mrx, echo=False)
    write("mbed_trace_bg96.log", lines, it, "mbed-cellular-trace", "Quectel BG96")

    # 12 Zephyr modem_chat BG95, via modem_cellular
    it = [T("AT", []), T("ATE0", []), T("AT+CFUN=4", []), T("AT+CMEE=1", []), T("AT+CREG=1", []),
          T("AT+CGSN", ["866123045678912"]), T("AT+CGMM", ["BG95-M3"]), T("AT+CIMI", ["240991000012345"]),
          T("AT+CCID", ["+CCID: 89460812345678901234"]), T("AT+CGMR", ["BG95M3LAR02A03_01.200.01.200"]),
          T("AT+QCFG=\"nwscanseq\",00", []), T("AT+CMUX=0,0,5,127", [])]
    ck = Clock(3.5)
    def ztx(c, t):
        return "[00:00:%06.3f,%03d] <dbg> modem_chat: modem_chat_script_next: sending: %s" % (t, 0, c)
    def zrx(l, t):
        if l in ("OK", "ERROR"):
            return "[00:00:%06.3f,%03d] <dbg> modem_chat: modem_chat_log_received_command: %s" % (t, 0, l)
        return "[00:00:%06.3f,%03d] <dbg> modem_chat: modem_chat_log_received_command: %s" % (t, 0, l.replace(":", "", 1))
    lines = ["*** Booting Zephyr OS build v3.6.0 ***"] + prefixed(it, ztx, zrx, echo=False, clock=ck)
    write("zephyr_modem_chat_bg95.log", lines, it, "zephyr-modem_chat", "Quectel BG95-M3")

    # 13 esp_modem command_lib SIM7070G
    it = [T("AT", []), T("ATE0", []), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", ["+CSQ: 99,99"]),
          T("AT+CSQ", ["+CSQ: 14,99"]), T("AT+CGDCONT=1,\"IP\",\"iot.example\"", []), T("ATD*99#", [], final="CONNECT 150000000")]
    ck = Clock(1.2)
    lines = []
    for k, txt, w in events(it, echo=False):
        t = int(ck.step() * 1000) + 1200
        if k == "tx":
            lines.append("D (%d) command_lib: generic_command command %s" % (t, txt))
        elif k == "rx":
            lines.append("V (%d) command_lib: Response: %s" % (t, txt))
    write("espmodem_sim7070g_ppp.log", lines, it, "esp-modem-command-lib", "SIMCom SIM7070G")

    # 14 Arduino serial monitor timestamps SIM800L SMS
    it = [T("AT", []), T("AT+CMGF=1", []), T("AT+CSCS=\"GSM\"", []),
          T("AT+CMGS=\"+46700123456\"", [], prompt="> ", payload="Tank level 82%\x1a", after=[]),
          T("AT+CMGL=\"REC UNREAD\"", ["+CMGL: 3,\"REC UNREAD\",\"+46700999888\",\"\",\"26/12/01,08:14:22+04\"", "status?"]),
          T("AT+CMGD=3", []), U("RING"), U("+CLIP: \"+46700999888\",145,\"\",0,\"\",0"), T("ATH", [])]
    it[3].resp = ["+CMGS: 41"]
    ck = Clock(0)
    lines = ["%s -> %s" % (hms(ck.step()), l) for l in raw_terminal(it)]
    lines = [l.replace("\x1a", "") for l in lines]
    write("arduino_monitor_sim800l_sms.txt", lines, it, "arduino-serial-monitor-timestamp", "SIMCom SIM800L")

    # 15 screen -L raw BC660K NB-IoT
    it = [T("AT+QSCLK=0", []), T("AT+CEREG?", ["+CEREG: 0,2"]), T("AT+CEREG?", ["+CEREG: 0,1"]),
          T("AT+QIOPEN=0,0,\"UDP\",\"192.0.2.14\",5684,0,0", [], after=["+QIOPEN: 0,0"]),
          T("AT+QISEND=0,6,\"A1B2C3\"", [], final="SEND OK"), U("+QIURC: \"recv\",0,4,\"0A0B0C0D\""),
          T("AT+QICLOSE=0", [], final="CLOSE OK"), T("AT+CPSMS?", ["+CPSMS: 1,,,\"01000011\",\"00000001\""]),
          T("AT+CPSMS=1,,,\"00100001\",\"00000000\"", [])]
    lines = raw_terminal(it)
    write("screen_bc660k_udp.log", lines, it, "screen-log-raw", "Quectel BC660K-GL", nl="\r\n")

    # 16 SSCOM Air780E
    it = [T("AT", []), T("AT+CGATT?", ["+CGATT: 1"]), T("AT+SAPBR=3,1,\"APN\",\"CMNET\"", []), T("AT+SAPBR=1,1", []),
          T("AT+HTTPINIT", []), T("AT+HTTPPARA=\"URL\",\"http://192.0.2.77/api/up\"", []),
          T("AT+HTTPDATA=14,5000", [], prompt="DOWNLOAD", payload="{\"id\":\"7801\"}"),
          T("AT+HTTPACTION=1", [], after=["+HTTPACTION: 1,200,2"]), T("AT+HTTPTERM", [])]
    ck = Clock(0)
    lines = []
    for ti in it:
        lines.append("[%s]发→◇%s□" % (hms(ck.step(), 15 * 3600)[0:12], ti.cmd))
        rx = [ti.cmd, ""]
        if ti.prompt:
            lines.append("[%s]收←◆%s" % (hms(ck.step(), 15 * 3600)[0:12], rx[0]))
            lines += ["", ti.prompt]
            lines.append("[%s]发→◇%s□" % (hms(ck.step(), 15 * 3600)[0:12], ti.payload))
            rx = [""]
        rx += [x for r in ti.resp for x in ("", r)] + (["", ti.final] if ti.final else [])
        lines.append("[%s]收←◆%s" % (hms(ck.step(), 15 * 3600)[0:12], rx[0]))
        lines += rx[1:]
        for a in ti.after:
            lines.append("[%s]收←◆" % hms(ck.step(900), 15 * 3600)[0:12])
            lines.append(a)
    write("sscom_air780e_http.txt", lines, it, "sscom-serial-tool", "AirM2M Air780E")

    # 17 Tera Term timestamps Fibocom L610
    it = [T("AT+GTSET=\"IPRFMT\",0", []), T("AT+MIPCALL=1,\"cmiot\"", [], after=["+MIPCALL: 10.77.3.19"]),
          T("AT+MIPOPEN=1,,\"198.51.100.2\",21,0", [], after=["+MIPOPEN: 1,1"]),
          T("AT+MIPSEND=1,5", [], prompt=">", payload="HELLO", after=["+MIPSEND: 1,0,1019"]),
          T("AT+MIPPUSH=1", ["+MIPPUSH: 1,0"]), T("AT+MIPCLOSE=1", [], after=["+MIPCLOSE: 1,0"]),
          T("AT+MIPCALL=0", []), T("AT+MIPCALL?", ["+MIPCALL: 0"])]
    ck = Clock(0)
    lines = ["[Thu Nov 27 09:14:%06.3f 2026] %s" % (ck.step() % 60, l) for l in raw_terminal(it)]
    write("teraterm_ts_l610_tcp.log", lines, it, "teraterm-timestamps", "Fibocom L610", nl="\r\n")

    # 18 Particle Boron SARA-R410
    it = [T("AT+CEREG?", ["+CEREG: 2,0"]), T("AT+COPS?", ["+COPS: 0"]), T("AT+CSQ", ["+CSQ: 99,99"]),
          T("AT+UMNOPROF?", ["+UMNOPROF: 2"]), T("AT+CEREG?", ["+CEREG: 2,2"]), T("AT+CFUN=15", [], final=None)]
    ck = Clock(60)
    lines = prefixed(it, lambda c, t: "%010d [ncp.at] TRACE: > %s" % (int(t * 1000), c),
                     lambda l, t: "%010d [ncp.at] TRACE: < %s" % (int(t * 1000), l), echo=False, clock=ck)
    lines.append("%010d [ncp.at] ERROR: Command timeout" % 121004)
    write("particle_boron_r410_reset.log", lines, it, "particle-ncp-at-trace", "u-blox SARA-R410M-02B")

    # 19 Adafruit FONA SIM7000A
    it = [T("AT", []), T("ATE0", []), T("AT+CGNSPWR=1", []), T("AT+CGNSINF", ["+CGNSINF: 1,0,,,,,,,0,,,,,,0,,,,,,"]),
          T("AT+CGNSINF", ["+CGNSINF: 1,1,20261203101122.000,40.416775,-3.703790,650.2,0.00,0.0,1,,1.1,1.4,0.9,,11,7,,,38,,"]),
          T("AT+CMNB=1", []), T("AT+SAPBR=1,1", [], final="ERROR")]
    lines = prefixed(it, lambda c, t: "\t---> " + c, lambda l, t: "\t<--- " + l, echo=False)
    write("fona_sim7000a_gnss.txt", lines, it, "adafruit-fona-debug", "SIMCom SIM7000A")

    # 20 picocom Air724UG cut at top (ordinary terminal, damage)
    it = [T("AT+CSQ", ["+CSQ: 24,99"]), T("AT+CIPSTART=\"TCP\",\"203.0.113.9\",9000", [], after=["CONNECT OK"]),
          T("AT+CIPSEND=8", [], prompt=">", payload="HB:00124", final="SEND OK"), U("CLOSED"),
          T("AT+CIPSHUT", [], final="SHUT OK")]
    lines = ["OR: 0", "", "OK"] + raw_terminal(it)
    write("cut_top_air724ug_tcp.txt", lines, it, "terminal-raw-cut-top", "AirM2M Air724UG")

    # ---------------------------------------------------------------- new shapes
    # 21 Arduino MKR NB 1500 MODEM.debug()
    it = [T("AT", []), T("AT+UMNOPROF?", ["+UMNOPROF: 1"]), T("AT+CPIN?", ["+CPIN: READY"]),
          T("AT+CMGF=1", []), T("AT+UDCONF=1,1", []), T("AT+CEREG?", ["+CEREG: 0,0"]),
          T("AT+CEREG?", ["+CEREG: 0,5"]), T("AT+UPSD=0,1,\"hologram\"", [], final="+CME ERROR: operation not allowed"),
          T("AT+CGATT?", ["+CGATT: 1"]), T("AT+USOCR=6", ["+USOCR: 0"]),
          T("AT+USOCO=0,\"198.51.100.40\",443", []),
          T("AT+USOWR=0,5,\"6869212121\"", ["+USOWR: 0,5"]), U("+UUSORD: 0,12"),
          T("AT+USORD=0,12", ["+USORD: 0,12,\"48656C6C6F20776F726C6421\""]), T("AT+USOCL=0", [])]
    lines = ["Starting Arduino NB client."] + raw_terminal(it[:7], echo=True) + ["NB connected, attaching GPRS"]
    lines += raw_terminal(it[7:], echo=True)
    write("mkrnb1500_modem_debug.txt", lines, it, "arduino-mkrnb-modem-debug", "u-blox SARA-R410M-02B")

    # 22 FreeRTOS-Cellular-Interface demo log, BG96
    it = [T("ATE0", []), T("AT+CMEE=1", []), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CREG?", ["+CREG: 0,5"]),
          T("AT+CEREG?", ["+CEREG: 0,5"]), T("AT+QIACT=1", [], final="ERROR"),
          T("AT+QIACT?", ["+QIACT: 1,1,1,\"10.170.5.33\""]),
          T("AT+QIOPEN=1,0,\"TCP\",\"a1b2c3iot.example.com\",8883,0,1", [], after=["+QIOPEN: 0,0"]),
          T("AT+QISTATE=1,0", ["+QISTATE: 0,\"TCP\",\"203.0.113.31\",8883,43012,2,1,0,1,\"usbmodem\""]),
          T("AT+QICLOSE=0", []), T("AT+CSQ", ["+CSQ: 21,99"]), T("AT+QPOWD=1", [], final=None)]
    n = [100]
    def fr(msg):
        n[0] += 7
        return "%d %d [CellularDemo] [DEBUG] [CELLULAR] [cellular_pkthandler.c:%d] %s" % (n[0], n[0] * 11, 281, msg)
    lines = []
    for ti in it:
        lines.append(fr(">>>>>Start sending [%s]<<<<<" % ti.cmd))
        for r in ti.resp + ([ti.final] if ti.final else []):
            lines.append(fr("RX: [%s]" % r).replace("cellular_pkthandler.c:281", "cellular_pktio.c:512"))
        if ti.final is None:
            lines.append(fr("pkt_recv status=%d, AT cmd %s timed out" % (3, ti.cmd)).replace("[DEBUG]", "[ERROR]"))
            lines.append(fr("<<<<<Exit sending [%s] status[%d]<<<<<" % (ti.cmd, 3)))
            continue
        st = 0 if ti.final == "OK" else 5
        if st:
            lines.append(fr("Modem returns error in sending AT command %s, pktStatus %d." % (ti.cmd, st)).replace("[DEBUG]", "[WARN]"))
        lines.append(fr("<<<<<Exit sending [%s] status[%d]<<<<<" % (ti.cmd, st)))
        for a in ti.after:
            lines.append(fr("Next URC token to parse [%s]" % a))
    write("freertos_cellular_bg96.log", lines, it, "freertos-cellular-interface", "Quectel BG96")

    # 23 QuecPython REPL atcmd.sendSync (EC200U)
    it = [T("AT+CSQ", ["+CSQ: 26,99"]), T("AT+QENG=\"servingcell\"", ['+QENG: "servingcell","NOCONN","LTE","FDD",460,00,1A2D00B,12,1300,3,5,5,5F1,-89,-9,-59,15,31']),
          T("AT+CGDCONT?", ['+CGDCONT: 1,"IP","CMNET","10.99.21.4",0,0,0,0']), T("AT+QPING=1,\"192.0.2.1\"", [], final="+CME ERROR: 550")]
    lines = ["MicroPython 7bd6ef4 on 2026-10-12; EC200UCN_LB with ASR1601", "Type \"help()\" for more information.",
             ">>> import atcmd", ">>> resp = bytearray(128)"]
    for ti in it:
        body = "".join("\\r\\n%s\\r\\n" % r for r in ti.resp) + "\\r\\n%s\\r\\n" % ti.final
        lines.append(">>> atcmd.sendSync('%s\\r\\n', resp, '', 20)" % ti.cmd.replace("'", "\\'"))
        lines.append("0" if ti.final == "OK" else "-1")
        lines.append(">>> print(resp)")
        lines.append("bytearray(b'%s%s')" % (body.replace("'", "\\'"), "\\x00" * 6))
    write("quecpython_repl_ec200u.txt", lines, it, "quecpython-repl-atcmd", "Quectel EC200U-CN")

    # 24 Rust atat defmt trace (SARA-R5)
    it = [T("AT", []), T("AT+CGMR", ["03.15"]), T("AT+UPSV=0", []), T("AT+CEREG?", ["+CEREG: 0,1"]),
          T("AT+UMQTT=2,\"mqtt.example.io\",1883", ["+UMQTT: 2,1"]), T("AT+UMQTTC=1", ["+UMQTTC: 1,1"]),
          U("+UUMQTTC: 1,0"), T("AT+UMQTTC=1", ["+UMQTTC: 1,1"]), U("+UUMQTTC: 1,0"),
          T("AT+UMQTTER", ["+UMQTTER: 13,6"]), T("AT+USECPRF=0,0,1", []),
          T("AT+USECMNG=0,0,\"ca-root-2026\",1234", [], final="ERROR"),
          T("AT+UMQTTC=4,1,\"dev/sara-r5/cmd\"", ["+UMQTTC: 4,1"]),
          T("AT+UMQTTC=2,0,0,\"dev/sara-r5/telemetry/2026/12/03\",\"21.5\"", ["+UMQTTC: 2,1"]),
          T("AT+UMQTTC=1", [], final=None)]
    ck = Clock(2)
    hidden = []
    def esc(s):
        return s.replace('"', '\\"')
    lines = []
    for ti in it:
        t = ck.step()
        if isinstance(ti, U):
            lines += ["%.6f DEBUG Received URC/3 (%d/%d): \"%s\"" % (t, len(ti.line) + 4, len(ti.line) + 4, esc(ti.line)),
                      "\u2514\u2500 atat::ingress::{impl#1}::advance @ /home/dev/.cargo/registry/src/atat-0.23.0/src/ingress.rs:177"]
            continue
        if len(ti.cmd) + 2 >= 50:
            hidden.append(ti)
        if len(ti.cmd) + 2 < 50:
            lines.append("%.6f DEBUG Sending command: \"%s\\r\\n\"" % (t, esc(ti.cmd)))
        else:
            lines.append("%.6f DEBUG Sending command with too long payload (%d bytes) to log!" % (t, len(ti.cmd) + 2))
        lines.append("\u2514\u2500 atat::asynch::client::{impl#1}::send_request::{async_fn#0} @ /home/dev/.cargo/registry/src/atat-0.23.0/src/asynch/client.rs:64")
        n = sum(len(r) + 4 for r in ti.resp) + len(ti.final or "") + 4
        t = ck.step()
        if ti.final == "OK" and not ti.resp:
            lines.append("%.6f DEBUG Received OK (%d/%d)" % (t, n, n))
        elif ti.final == "OK":
            lines.append("%.6f DEBUG Received response (%d/%d): \"%s\"" % (t, n, n, esc("\\r\\n".join(ti.resp))))
        elif ti.final is None:
            lines.append("%.6f ERROR Timeout" % t)
            continue
        else:
            lines.append("%.6f WARN  Received error response (%d/%d): Error" % (t, n, n))
        lines.append("\u2514\u2500 atat::ingress::{impl#1}::advance @ /home/dev/.cargo/registry/src/atat-0.23.0/src/ingress.rs:158")
    it = [x for x in it if x not in hidden]  # the library did not print it: not a visible command
    write("rust_atat_sara_r5.log", lines, it, "rust-atat-defmt", "u-blox SARA-R510M8S")

    # 25 Go log package script (SIM800C)
    it = [T("AT", []), T("AT+CSQ", ["+CSQ: 17,0"]), T("AT+CUSD=1,\"*100#\",15", [], after=["+CUSD: 0,\"Balance 42.10 EUR\",15"]),
          T("AT+CPBR=1,3", ["+CPBR: 1,\"+49151000111\",145,\"Office\"", "+CPBR: 2,\"+49151000222\",145,\"Gate\""]),
          T("AT+CPBR=9", [], final="+CME ERROR: 21")]
    ck = Clock(0)
    lines = prefixed(it, lambda c, t: "2026/12/01 %s > %q" .replace("%q", '"%s\\r\\n"') % (hms(t, 9 * 3600)[:8], c.replace('"', '\\"')),
                     lambda l, t: "2026/12/01 %s < %s" % (hms(t, 9 * 3600)[:8], l), echo=False, clock=ck)
    write("go_log_sim800c_ussd.log", lines, it, "go-log-script", "SIMCom SIM800C")

    # 26 C# SerialPort WinForms export (Telit ME910C1)
    it = [T("AT#FWSWITCH?", ["#FWSWITCH: 0,1"]), T("AT+WS46?", ["+WS46: 28"]), T("AT#WS46=0", []),
          T("AT+COPS=1,2,\"26201\",8", [], final="+CME ERROR: 30"), T("AT+COPS=0", []),
          T("AT+CEREG?", ["+CEREG: 0,1"]), T("AT#SGACT=1,1", ["#SGACT: 100.64.12.9"]),
          T("AT#PING=\"8.8.8.8\",2", ["#PING: 01,\"8.8.8.8\",61,117", "#PING: 02,\"8.8.8.8\",60,117"])]
    ck = Clock(0)
    lines = prefixed(it, lambda c, t: "%s TX: %s<CR>" % (hms(t, 14 * 3600), c),
                     lambda l, t: "%s RX: %s" % (hms(t, 14 * 3600), l), echo=True, clock=ck,
                     echof=lambda l, t: "%s RX: %s<CR>" % (hms(t, 14 * 3600), l))
    write("csharp_serialport_me910c1.log", lines, it, "csharp-serialport-app-log", "Telit ME910C1-WW", nl="\r\n")

    # 27 Java jSerialComm log4j (Huawei ME909s) with a multi-line response
    it = [T("AT^SYSCFGEX?", ["^SYSCFGEX: \"03\",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF,,"]),
          T("AT^HCSQ?", ["^HCSQ: \"LTE\",48,41,128,22"]), T("AT^NDISDUP=1,1,\"web.vodafone.example\"", [], after=["^NDISSTAT: 1,,,\"IPV4\""]),
          T("AT^DHCP?", ["^DHCP: 0a1f2c0a,f8ffffff,091f2c0a,091f2c0a,0c0c0c0a,0d0c0c0a,150000000,150000000"]),
          T("AT+CGCONTRDP", [], final="+CME ERROR: 100")]
    ck = Clock(0)
    lines = prefixed(it, lambda c, t: "2026-11-30 %s DEBUG [pool-2-thread-1] c.a.m.AtChannel - >> %s" % (hms(t, 8 * 3600).replace(".", ","), c),
                     lambda l, t: "2026-11-30 %s DEBUG [Serial-RX] c.a.m.AtChannel - << %s" % (hms(t, 8 * 3600).replace(".", ","), l),
                     echo=False, clock=ck)
    lines.insert(6, "2026-11-30 08:00:00,380 INFO  [main] c.a.m.Dialer - starting NDIS dial on COM4")
    write("java_log4j_me909s_ndis.log", lines, it, "java-jserialcomm-log4j", "Huawei ME909s-821")

    # 28 Node serialport script printing parser events (SIM7080G) in a StackOverflow question (indent)
    it = [T("AT+CNMP=38", []), T("AT+CMNB=2", []), T("AT+CNACT=0,1", [], after=["+APP PDP: 0,ACTIVE"]),
          T("AT+CNACT?", ["+CNACT: 0,1,\"10.0.41.77\"", "+CNACT: 1,0,\"0.0.0.0\""]),
          T("AT+SMCONF=\"URL\",\"broker.example.com\",1883", []), T("AT+SMCONN", [], final="ERROR"),
          T("AT+SMSTATE?", ["+SMSTATE: 0"])]
    lines = ["I'm trying to connect my SIM7080G to an MQTT broker from a Raspberry Pi with node-serialport.",
             "Everything works until `AT+SMCONN`, which returns ERROR after ~60 s. Output of my script:", ""]
    body = prefixed(it, lambda c, t: "-> %s" % c, lambda l, t: "<- %s" % l, echo=True)
    lines += indent(body)
    lines += ["", "What am I missing? The same SIM works in my phone.", "", "node.js serialport sim7080 mqtt", "",
              "asked Nov 29, 2026 at 18:02"]
    write("stackoverflow_node_sim7080g.md", lines, it, "stackoverflow-indent+node-script", "SIMCom SIM7080G")

    # 29 CuteCom (new tool): typed lines in the history and "[hh:mm:ss:zzz] " timestamps
    it = [T("ATI", ["Manufacturer: MEIG", "Model: SLM320", "Revision: SLM320_CN_V1.2.7"]),
          T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CGREG?", ["+CGREG: 0,1"]),
          T("AT$MYNETACT=0,1", ["$MYNETACT: 0,1,\"10.60.7.200\""]),
          T("AT$MYNETOPEN=1", [], final="+CME ERROR: 902")]
    ck = Clock(0)
    lines = ["[%s] %s" % (hms(ck.step(), 11 * 3600).replace(".", ":"), l) for l in raw_terminal(it) if l]
    write("cutecom_meig_slm320.log", lines, it, "cutecom-timestamps", "MeiG SLM320")

    # 30 moserial log (raw, ML302), CR only endings
    it = [T("AT+CGSN=1", ["+CGSN: 861234045500123"]), T("AT+CEREG?", ["+CEREG: 0,1"]),
          T("AT+MIPLCREATE", ["+MIPLCREATE: 0"]), T("AT+MIPLADDOBJ=0,3303,1,\"1\",1,0", []),
          T("AT+MIPLOPEN=0,3600,30", [], after=["+MIPLEVENT: 0,6"]), T("AT+MIPLCLOSE=0", [])]
    write("moserial_ml302_onenet.log", raw_terminal(it), it, "moserial-raw", "China Mobile ML302", nl="\r")

    # 31 HTerm with <\r><\n> visible control characters (Neoway N58)
    it = [T("AT+XIIC=1", []), T("AT+XIIC?", ["+XIIC:    1,10.31.62.8"]), T("AT+TCPSETUP=0,203.0.113.55,7001", [], after=["+TCPSETUP:0,OK"]),
          T("AT+TCPSEND=0,4", [], prompt=">", payload="PING", after=["+TCPSEND:0,4"]), T("AT+TCPCLOSE=0", ["+TCPCLOSE:0,OK"])]
    lines = []
    for ti in it:
        lines.append(ti.cmd + "<\\r>")
        s = ti.cmd + "<\\r><\\r><\\n>"
        if ti.prompt:
            s += ">" 
            lines.append(s)
            lines.append(ti.payload)
            s = ""
        for r in ti.resp:
            s += r + "<\\r><\\n>"
        s += "<\\r><\\n>" + ti.final + "<\\r><\\n>" if ti.resp or ti.prompt else ti.final + "<\\r><\\n>"
        for a in ti.after:
            s += "<\\r><\\n>" + a + "<\\r><\\n>"
        lines.append(s)
    write("hterm_n58_tcp.txt", lines, it, "hterm-ctrlchars", "Neoway N58")

    # 32 Termite with timestamp plugin (Sequans GM02S / Monarch)
    it = [T("AT+SQNBANDSEL?", ["+SQNBANDSEL: 0,\"standard\",\"\"", "+SQNBANDSEL: 1,\"standard\",\"3,20\""]),
          T("AT+CFUN=1", []), U("+CEREG: 2"), U("+CEREG: 5,\"00E1\",\"0A1B2C\",7"),
          T("AT+SQNSD=1,0,4443,\"198.51.100.90\",0,0,1", []), T("AT+SQNSSENDEXT=1,10", [], prompt="> ", payload="0123456789"),
          T("AT+SQNSH=1", []), T("AT+SQNSSHDN", [], final=None)]
    ck = Clock(0)
    lines = ["%s %s" % (hms(ck.step(), 13 * 3600), l) for l in raw_terminal(it) if l]
    write("termite_gm02s_socket.txt", lines, it, "termite-timestamp", "Sequans GM02S")

    # 33 MobaXterm serial session log with timestamps (LARA-R6)
    it = [T("AT+URAT?", ["+URAT: 3,2"]), T("AT+URAT=3", []), T("AT+CFUN=16", []),
          T("AT+COPS=?", [], final=None)]
    it2 = [T("AT", []), T("AT+CREG?", ["+CREG: 0,1"]), T("AT+UHTTP=0,1,\"example.org\"", []),
           T("AT+UHTTPC=0,1,\"/\",\"resp.txt\"", [], after=["+UUHTTPCR: 0,1,1"]),
           T("AT+URDFILE=\"resp.txt\"", ["+URDFILE: \"resp.txt\",24,\"HTTP/1.1 200 OK", "\""], final="OK")]
    ck = Clock(0)
    lines = ["[2026-12-02 16:20:%06.3f] %s" % (ck.step() % 60, l) for l in raw_terminal(it)]
    lines += ["[2026-12-02 16:23:01.004] +COPS: (2,\"Example\",\"EXA\",\"99901\",7),,(0-4),(0-2)", "",
              "[2026-12-02 16:23:05.004] ---- power cycled ----"]
    lines += ["[2026-12-02 16:24:%06.3f] %s" % (ck.step() % 60, l) for l in raw_terminal(it2)]
    it = it + it2
    it[3].final = None  # the +COPS=? list arrived, but the capture shows no OK before the power cycle
    write("mobaxterm_lara_r6_http.log", lines, it, "mobaxterm-timestamp", "u-blox LARA-R6001D")

    # 34 Realterm capture with ANSI-less CRLF and display "as ascii" (Huawei E3372 stick mode)
    it = [T("AT^SETPORT?", ["^SETPORT:A1,A2;10,12,16,A2"]), T("AT^CARDLOCK?", ["^CARDLOCK: 2,10,0"]),
          T("AT^U2DIAG=0", [], final="ERROR"), T("AT+CGDCONT=1,\"IP\",\"internet\"", [])]
    lines = [l.replace("", "") for l in raw_terminal(it)]
    lines = [(l + "\r\n") for l in lines]
    with_cr = "".join(("[%d]" % i if False else "") + l for i, l in enumerate(lines))
    write("realterm_capture_e3372.txt", [with_cr.rstrip("\r\n")], it, "realterm-capture", "Huawei E3372h")

    # 35 Excel/CSV export of a capture (Telit LE910C4) (new wrapper)
    it = [T("AT+CGMR", ["25.30.228"]), T("AT#CCID", ["#CCID: 8946201234567890123F"]),
          T("AT+CMGF=0", []), T("AT+CMGS=23", [], prompt="> ", payload="0011000B916407281553F80000AA0AE8329BFD4697D9EC37", after=[]),
          T("AT+CMGS=23", [], prompt="> ", payload="0011000B916407281553F80000AA0AE8329BFD4697D9EC37")]
    it[3].final = "+CMS ERROR: 38"
    it[4].resp = ["+CMGS: 17"]
    rows = ["No.;Time;Dir;Data"]
    k = 0
    for kind, text, w in events(it, echo=True):
        if kind == "blank":
            continue
        k += 1
        d = {"tx": "TX", "payload": "TX"}.get(kind, "RX")
        rows.append('%d;"12.11.2026 10:%02d:%02d";%s;"%s"' % (k, 4 + k // 60, k % 60, d, text.replace('"', '""')))
    write("excel_csv_le910c4_sms.csv", rows, it, "excel-csv-export", "Telit LE910C4-EU", nl="\r\n")

    # 36 JSON log export (array) from a web serial tool (Quectel BG77)
    it = [T("AT+QCFG=\"band\"", ["+QCFG: \"band\",0x0,0x80084,0x80084"]), T("AT+QCFG=\"iotopmode\",1,1", []),
          T("AT+QPSMS?", [], final="ERROR"), T("AT+CPSMS?", ["+CPSMS: 0,,,\"00001010\",\"00000011\""]),
          T("AT+QNWINFO", ["+QNWINFO: \"eMTC\",\"24405\",\"LTE BAND 20\",6300"]),
          T("AT+QIDNSGIP=1,\"time.example.com\"", [], after=["+QIURC: \"dnsgip\",0,1,600", "+QIURC: \"dnsgip\",\"192.0.2.123\""])]
    recs = []
    ck = Clock(0)
    for kind, text, w in events(it, echo=False):
        if kind == "blank":
            continue
        recs.append({"t": "2026-12-01T11:07:%06.3fZ" % ck.step(), "dir": "out" if kind == "tx" else "in",
                     "data": text + ("\r" if kind == "tx" else "\r\n")})
    txt = json.dumps(recs, indent=2)
    write("webserial_json_bg77.json", txt.split("\n"), it, "json-log-export", "Quectel BG77")

    # 37 GitHub Actions CI log with step prefixes, pytest HIL test (EG25-G)
    it = [T("AT", []), T("AT+QGMR", ["EG25GGBR07A08M2G_01.003.01.003"]), T("AT+QCFG=\"usbnet\"", ["+QCFG: \"usbnet\",1"]),
          T("AT+QNETDEVCTL=1,1,1", []), T("AT+QNETDEVSTATUS=1", [], final="ERROR"), T("AT+QNETDEVSTATUS=1", [], final="ERROR"),
          T("AT+QNETDEVSTATUS=1", [], final=None)]
    ck = Clock(0)
    def ci(s, t):
        return "2026-12-05T03:%02d:%010.7fZ %s" % (12, 10 + t, s)
    lines = [ci("##[group]Run pytest tests/hil -k ecm -s", 0), ci("pytest tests/hil -k ecm -s", 0.01), ci("##[endgroup]", 0.02),
             ci("============================= test session starts ==============================", 0.5),
             ci("tests/hil/test_ecm.py::test_ecm_up ", 0.6)]
    lines += prefixed(it, lambda c, t: ci("AT> %s" % c, 1 + t), lambda l, t: ci("AT< %s" % l, 1 + t), echo=False, clock=ck)
    lines += [ci("FAILED", 40), ci("E       TimeoutError: AT+QNETDEVSTATUS=1: no response in 30 s", 40.1),
              ci("##[error]Process completed with exit code 1.", 41)]
    write("ci_actions_pytest_eg25g.log", lines, it, "ci-log-timestamps+pytest", "Quectel EG25-G")

    # 38 Confluence page copy with line numbers (Sierra HL7800)
    it = [T("AT+KSRAT?", ["+KSRAT: 0"]), T("AT+KBNDCFG?", ["+KBNDCFG: 0,0000000000000000080800", "+KBNDCFG: 1,0000000000000000080000"]),
          T("AT+KCNXCFG=1,\"GPRS\",\"telstra.m2m\"", []), T("AT+KTCPCFG=1,0,\"203.0.113.61\",5000", ["+KTCPCFG: 1"]),
          T("AT+KTCPCNX=1", []), U("+KTCP_IND: 1,1"), T("AT+KTCPSND=1,6", [], prompt="CONNECT", payload="abcdef--EOF--Pattern--"),
          T("AT+KTCPCLOSE=1,1", [])]
    body = raw_terminal(it)
    lines = ["HL7800 bring-up notes", "Created by Priya N., last updated Nov 18, 2026", "", "Step 3: TCP test from the bench",
             "Expand source"] + numbered(body, w=2, sep=" ") + ["", "Result: data arrived on the test server (6 bytes)."]
    write("confluence_lines_hl7800_tcp.txt", lines, it, "confluence-code-linenumbers", "Sierra HL7800")

    # 39 Discourse quote (forum) with TinyGSM-less sketch "AT>"/"AT<" lines (Walter/none) -> SIM7000G Botletics
    it = [T("AT+CBANDCFG=\"CAT-M\",20", []), T("AT+CNMP=38", []), T("AT+CMNB=1", []), T("AT+CGATT?", ["+CGATT: 0"]),
          T("AT+CGATT?", ["+CGATT: 0"]), T("AT+COPS=?", [], final=None)]
    body = raw_terminal(it)
    lines = ["[quote=\"hugo_l, post:4, topic:51207\"]", "Can you post the AT log?", "[/quote]", "",
             "Sure, here it is:", "", "```text"] + body + ["```", "", "It never attaches. I waited 10 minutes on the last one."]
    write("discourse_quote_sim7000g.md", lines, it, "discourse-quote+terminal", "SIMCom SIM7000G")

    # 40 Reddit 4-space indented (Quectel EG21-G, PPP dial in picocom)
    it = [T("AT+QCFG=\"usbnet\",0", []), T("AT+CFUN=1,1", []), U("RDY"), U("+CFUN: 1"), U("+CPIN: READY"),
          T("AT+CGDCONT=1,\"IPV4V6\",\"fast.example\"", []), T("ATD*99***1#", [], final="CONNECT 150000000")]
    lines = ["Posted by u/solder_and_sorrow", "", "EG21-G on a Pi 4, PPP drops right after CONNECT", "",
             "Here's what I typed in picocom:", ""] + indent(raw_terminal(it)) + [
             "    ~\x7f}#@!}!}!} }4}\"}&} } } } }%}&", "", "then nothing. Any idea?"]
    write("reddit_indent_eg21g_ppp.md", lines, it, "reddit-indent+picocom", "Quectel EG21-G", enc="latin-1")

    # 41 HTML table copy (Notion export) of a Sierra EM9191 session
    it = [T("AT!ENTERCND=\"A710\"", []), T("AT!IMPREF?", ["!IMPREF: ", " preferred fw version:    02.14.03.00", " preferred carrier name:  GENERIC"]),
          T("AT!IMPREF=\"GENERIC\"", []), T("AT!RESET", [])]
    rows = ["<html><body><h2>EM9191 carrier switch</h2>", "<table>", "<tr><th>Step</th><th>Host sent</th><th>Modem replied</th></tr>"]
    for i, ti in enumerate(it):
        rep = "<br>".join(html_escape(r) for r in ti.resp + [ti.final])
        rows.append("<tr><td>%d</td><td><code>%s</code></td><td><pre>%s</pre></td></tr>" % (i + 1, html_escape(ti.cmd), rep))
    rows += ["</table>", "<p>After reset the module came back on GENERIC.</p></body></html>"]
    write("notion_html_table_em9191.html", rows, it, "notion-html-table", "Sierra EM9191")

    # 42 e-mail with Outlook quote header around ModemManager-less serial log (Telit LN920 in YAT) -> Serial Port Monitor? use Windows Terminal plain
    it = [T("AT#USBCFG?", ["#USBCFG: 1"]), T("AT#USBCFG=0", []), T("AT#REBOOT", []),
          T("AT+CGDCONT?", ['+CGDCONT: 1,"IPV4V6","ims","",0,0,0,0,0,0', '+CGDCONT: 2,"IP","corp.apn.example","",0,0,0,0,0,0']),
          T("AT#ECM=1,0", [], final="ERROR"), T("AT#ECM=2,0", []), U("#ECM: 0,UP")]
    lines = ["Hi team,", "", "see below the log from site 14 (LN920A12-WW). ECM on cid 1 fails, cid 2 is fine.", "",
             "Br, Tomasz", "", "From: Tomasz K. <tk@example.net>", "Sent: 03 December 2026 08:41",
             "To: Support <support@example.com>", "Subject: RE: LN920 ECM", ""] + raw_terminal(it)
    write("email_outlook_ln920_ecm.txt", lines, it, "email-plain+terminal", "Telit LN920A12-WW", nl="\r\n")

    # 43 Serial Studio / logic analyzer-ish: Saleae-like but PulseView UART decoder text (SIM800L)
    it = [T("AT", []), T("AT+CBC", ["+CBC: 0,71,3902"]), T("AT+CSQ", ["+CSQ: 5,0"])]
    lines = []
    s = 0
    for kind, text, w in events(it, echo=True):
        if kind == "tx":
            ch, data = "TX", text + "\r"
        elif kind in ("rx", "blank", "echo"):
            ch, data = "RX", (text + "\r" if kind == "echo" else text + "\r\n") if kind != "blank" else "\r\n"
        else:
            continue
        for c in data:
            s += 1042
            v = {"\r": "[0D]", "\n": "[0A]"}.get(c, c)
            lines.append("%d-%d UART: %s data: %s" % (s, s + 938, ch, v))
    write("pulseview_uart_sim800l.txt", lines, it, "pulseview-uart-annotations", "SIMCom SIM800L")

    # 44 NuttX chat (nsh) verbose output, Quectel M95 (from memory)
    it = [T("AT", []), T("ATE1", []), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+QIFGCNT=0", []),
          T("AT+QICSGP=1,\"internet\"", []), T("ATD*99#", [], final="CONNECT")]
    lines = ["nsh> chat -d /dev/ttyS1 -v -s \"AT\" OK \"ATE1\" OK \"AT+CPIN?\" READY ..."]
    for ti in it:
        lines.append("chat_tokenise: sending \"%s\"" % ti.cmd)
        exp = "CONNECT" if ti.cmd.startswith("ATD") else "OK"
        lines.append("chat_readb: expecting \"%s\"" % exp)
        for r in [ti.cmd] + ti.resp + [ti.final]:
            lines.append("chat_readb: rx \"%s\"" % r)
        lines.append("chat_script_run: got \"%s\"" % ti.final)
    lines.append("nsh> ")
    write("nuttx_chat_m95.txt", lines, it, "nuttx-chat-verbose", "Quectel M95")

    # 45 TinyGSM SIM800L GPRS, long session with retries (ordinary)
    it = [T("AT", [], final=None), T("AT", [], final=None), T("AT", []), T("ATE0", []), T("AT+CMEE=2", []),
          T("AT+GMR", ["Revision:1418B05SIM800L24"]), T("AT+CLTS=1", []), T("AT+CBATCHK=1", []),
          T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CREG?", ["+CREG: 0,2"]), T("AT+CREG?", ["+CREG: 0,5"]),
          T("AT+CIPSHUT", [], final="SHUT OK"), T("AT+CGATT=0", []),
          T("AT+SAPBR=3,1,\"Contype\",\"GPRS\"", []), T("AT+SAPBR=3,1,\"APN\",\"internet.example\"", []),
          T("AT+CGDCONT=1,\"IP\",\"internet.example\"", []), T("AT+CGACT=1,1", []), T("AT+SAPBR=1,1", []),
          T("AT+SAPBR=2,1", ["+SAPBR: 1,1,\"10.191.40.12\""]), T("AT+CGATT=1", []), T("AT+CIPMUX=1", []),
          T("AT+CIPQSEND=1", []), T("AT+CIPRXGET=1", []), T("AT+CSTT=\"internet.example\",\"\",\"\"", []),
          T("AT+CIICR", []), T("AT+CIFSR;E0", ["10.191.40.12"]), T("AT+CDNSCFG=\"8.8.8.8\",\"8.8.4.4\"", []),
          T("AT+CIPSTART=0,\"TCP\",\"vsh.example.net\",80", [], after=["0, CONNECT OK"]),
          T("AT+CIPSEND=0,57", [], prompt=">", payload="GET /ascii HTTP/1.1 Host: vsh.example.net Connection: close",
            final="DATA ACCEPT:0,57"),
          U("+CIPRXGET: 1,0"), T("AT+CIPRXGET=4,0", ["+CIPRXGET: 4,0,312"]),
          T("AT+CIPRXGET=2,0,64", ["+CIPRXGET: 2,0,64,248", "HTTP/1.1 200 OK"]),
          U("0, CLOSED"), T("AT+CIPCLOSE=0,1", [], final="+CME ERROR: operation not allowed")]
    lines = ["[12] ### TinyGSM Version: 0.11.7", "[13] ### TinyGSM Compiled Module:  TinyGsmClientSIM800",
             "Initializing modem..."]
    lines += (raw_terminal(it[:2], echo=False, local_echo=True) + raw_terminal(it[2:4], echo=True, local_echo=True)
              + raw_terminal(it[4:], echo=False, local_echo=True))
    lines = [l for l in lines]
    lines.insert(lines.index("Revision:1418B05SIM800L24") + 3, "[2244] ### Modem: SIM800 R14.18")
    write("tinygsm_sim800l_gprs.log", lines, it, "tinygsm-streamdebugger", "SIMCom SIM800L")

    # 46 ModemManager journal, SIM7600 SMS send through MM (ordinary)
    it = [T("AT+CMGF=0", []), T("AT+CPMS=\"SM\",\"SM\",\"SM\"", ["+CPMS: 2,30,2,30,2,30"]),
          T("AT+CNMI=2,1,2,1,0", []), T("AT+CMGL=4", ["+CMGL: 0,1,,24", "07916407058099F9040B916407281553F800002112031050024004D4F29C0E"]),
          T("AT+CMGS=18", [], prompt="> ", payload="0011000B916407281553F80000AA04D4F29C0E<SUB>"),
          T("AT+CMGS=18", [], prompt="> ", payload="0011000B916407281553F80000AA04D4F29C0E<SUB>"),
          U("+CMTI: \"SM\",2"), T("AT+CMGR=2", ["+CMGR: 0,,24", "07916407058099F9040B916407281553F800002112031060524004D4F29C0E"]),
          T("AT+CMGD=2", []), T("AT+CSQ", ["+CSQ: 99,99"]), T("AT+CSQ", ["+CSQ: 16,99"])]
    it[4].final = "+CMS ERROR: 500"
    it[5].resp = ["+CMGS: 12"]
    ck = Clock(311.0)
    lines = []
    for k, txt, w in events(it, echo=False):
        t = ck.step()
        pre = "Dec 05 18:%02d:%02d nanopi ModemManager[733]: <debug> [%.6f] [ttyUSB3/at] " % (int(t // 60) % 60, int(t % 60), 1764957000 + t)
        if k in ("tx",):
            lines.append(pre + "--> '%s<CR>'" % txt)
        elif k == "payload":
            lines.append(pre + "--> '%s'" % txt)
        elif k == "prompt":
            lines.append(pre + "<-- '<CR><LF>%s'" % txt)
        elif k == "rx":
            lines.append(pre + "<-- '<CR><LF>%s<CR><LF>'" % txt)
    write("mm_journal_sim7600_sms.log", lines, it, "modemmanager-debug-journal", "SIMCom SIM7600E-H")

    # ---------------------------------------------------------------- negatives
    neg = ["#!/bin/sh", "# init-modem.sh - bring up the LTE modem on boot", "DEV=/dev/ttyUSB2",
           "send() { printf '%s\\r' \"$1\" > $DEV; sleep 1; }", "", "send AT", "send ATE0", "send 'AT+CFUN=1'",
           "send 'AT+CGDCONT=1,\"IP\",\"internet\"'", "# expect OK after each; on ERROR check the SIM", "send 'AT+QNETDEVCTL=1,1,1'",
           "logger -t modem \"init done\""]
    write("neg_shell_script_init.sh", neg, None, "negative-shell-script", "Quectel EG25-G", has=False)

    neg = ["| Command | Description | Response |", "|---|---|---|", "| AT+CSQ | Signal quality | +CSQ: <rssi>,<ber> then OK |",
           "| AT+CREG? | Network registration | +CREG: <n>,<stat> then OK |", "| AT+CPIN? | SIM status | +CPIN: READY / +CME ERROR: 10 |",
           "| AT+QIOPEN | Open socket | OK, then URC +QIOPEN: <connectID>,<err> |", "",
           "Example:", "", "    AT+CSQ", "    +CSQ: 24,99", "", "    OK", "",
           "Note: the maximum response time of AT+COPS=? is 180 s."]
    write("neg_manual_table_excerpt.md", neg, None, "negative-manual-excerpt", "Quectel (generic)", has=False)

    neg = ["$GPGGA,101122.00,5920.0000,N,01804.0000,E,1,08,1.0,31.2,M,22.1,M,,*6B",
           "$GPRMC,101122.00,A,5920.0000,N,01804.0000,E,0.0,0.0,031226,,,A*62",
           "$GPGSA,A,3,02,05,12,15,18,24,25,29,,,,,1.8,1.0,1.5*3A",
           "$GPGSV,3,1,10,02,45,120,40,05,30,060,38,12,70,200,44,15,20,300,35*7F",
           "$PQXFI,101122.0,5920.0000,N,01804.0000,E,31.2,3.1,2.2,0.1*5C", "$GPVTG,0.0,T,,M,0.0,N,0.0,K,A*0D",
           "$GNGNS,101122.00,5920.0000,N,01804.0000,E,AN,08,1.0,31.2,22.1,,,V*7B"]
    write("neg_nmea_port_dump.log", neg, None, "negative-nmea", "Quectel EG25-G", has=False)

    neg = ["modem:", "  port: /dev/ttyUSB2", "  baud: 115200", "  init:", "    - cmd: \"ATE0\"", "      expect: OK",
           "    - cmd: \"AT+CMEE=2\"", "      expect: OK", "    - cmd: \"AT+CGDCONT=1,\\\"IP\\\",\\\"iot.example\\\"\"",
           "      expect: OK", "      timeout_ms: 5000", "  on_error: \"+CME ERROR\"", "  urc:", "    - \"+CEREG:\"", "    - \"RING\""]
    write("neg_yaml_modem_config.yaml", neg, None, "negative-config-file", "SIMCom (generic)", has=False)

    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    tot = sum(v["total"] for v in LABELS.values())
    print("%d logs, %d transactions" % (len(LABELS), tot))


if __name__ == "__main__":
    main()
