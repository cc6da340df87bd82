#!/usr/bin/env python3
"""Write holdout18 logs/ and labels.json deterministically.

Each log is one session: T (command -> reply -> final; final None = no final in the log),
U (URC), N (a line the application/wrapper prints verbatim). A renderer per shape turns the
session into the text the tool prints; the labels come from the same session.
"""
import json
import os
import quopri

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")
LABELS = {}


class T:
    def __init__(self, cmd, resp=(), final="OK", prompt=None, payload=None, after=(), partial=()):
        self.cmd = cmd
        self.resp = list(resp)
        self.final = final
        self.prompt = prompt      # "> " / ">" / "@" / "CONNECT"
        self.payload = payload    # what the host sends after the prompt (not a command)
        self.after = list(after)  # URCs that follow the final
        self.partial = list(partial)  # lines received before a timeout


class U:
    def __init__(self, line):
        self.line = line


class N:
    def __init__(self, text):
        self.text = text


def labels_of(items):
    return [{"command": it.cmd, "final": it.final} for it in items if isinstance(it, T)]


def write(name, text_lines, items, shape, module, verified, nl="\n", raw=None):
    text = raw if raw is not None else nl.join(text_lines) + nl
    with open(os.path.join(LOGS, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    labs = labels_of(items) if items else []
    LABELS[name] = {"transactions": labs, "total": len(labs), "has_transactions": bool(labs),
                    "shape": shape, "module": module, "verified": verified}


# --------------------------------------------------------------------------------------------
# Generic renderers
# --------------------------------------------------------------------------------------------

def raw_term(items, echo=True, local_echo=False, ctrlz="^Z"):
    """What a terminal shows: echo (module or local), blank, information lines, blank, final."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
        elif isinstance(it, U):
            out += ["", it.line]
        else:
            if echo or local_echo:
                out.append(it.cmd)
            if it.prompt:
                pay = it.payload or ""
                if it.prompt in ("CONNECT", "DOWNLOAD"):
                    out += ["", it.prompt] + ([pay] if it.prompt == "CONNECT" and pay else [])
                else:
                    out.append(it.prompt + pay + (ctrlz if it.prompt.strip() == ">" and not pay.endswith("\x1a") and it.cmd.upper().startswith("AT+CMGS") else ""))
            if it.final is None:
                for p in it.partial:
                    out += ["", p]
                continue
            for i, r in enumerate(it.resp):
                out += ["", r] if i == 0 else [r]
            out += ["", it.final]
            for u in it.after:
                out += ["", u]
            if it.cmd.upper().startswith("ATE0") and it.final == "OK":
                echo = False
    return out


def txrx(items, tx, rx, echo=False, timeout=None, payload=None, prompt_rx=True, blanks=False,
         note=None):
    """Host library style: tx(cmd) for the write, rx(line) per line read."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(note(it.text) if note else it.text)
        elif isinstance(it, U):
            out.append(rx(it.line))
        else:
            out.append(tx(it.cmd))
            if echo:
                out.append(rx(it.cmd))
            if it.prompt:
                if prompt_rx:
                    out.append(rx(it.prompt.strip() if it.prompt != "CONNECT" else "CONNECT"))
                if payload:
                    out.append(payload(it.payload))
            if it.final is None:
                for p in it.partial:
                    out.append(rx(p))
                if timeout:
                    out.append(timeout(it.cmd))
                continue
            for r in it.resp:
                out.append(rx(r))
            if blanks and it.resp:
                out.append(rx(""))
            out.append(rx(it.final))
            for u in it.after:
                out.append(rx(u))
            if it.cmd.upper().startswith("ATE0") and it.final == "OK":
                echo = False
    return out


class Clock:
    def __init__(self, h=7, m=12, s=3.0):
        self.t = h * 3600 + m * 60 + s

    def tick(self, d=0.137):
        self.t += d
        return self.t

    def hms(self, ms=True):
        t = self.t
        s = "%02d:%02d:%02d" % (int(t) // 3600 % 24, int(t) // 60 % 60, int(t) % 60)
        return s + (".%03d" % int((t * 1000) % 1000) if ms else "")


def hexrows(data, width=16):
    rows = []
    for i in range(0, len(data), width):
        chunk = data[i:i + width]
        rows.append((i, chunk))
    return rows


def wire(items, echo=False):
    """Byte stream per direction: list of (dir, bytes) bursts, dir 'TX' or 'RX'."""
    out = []
    for it in items:
        if isinstance(it, N):
            continue
        if isinstance(it, U):
            out.append(("RX", ("\r\n%s\r\n" % it.line).encode()))
            continue
        out.append(("TX", (it.cmd + "\r").encode()))
        e = (it.cmd + "\r").encode() if echo else b""
        if it.prompt:
            out.append(("RX", e + (("\r\n" + it.prompt) if it.prompt != "CONNECT" else "\r\nCONNECT\r\n").encode()))
            out.append(("TX", (it.payload or "").encode()))
            e = b""
        if it.final is None:
            if e or it.partial:
                out.append(("RX", e + "".join("\r\n%s\r\n" % p for p in it.partial).encode()))
            continue
        body = "".join("\r\n%s" % r for r in it.resp) + ("\r\n" if it.resp else "") + "\r\n%s\r\n" % it.final
        out.append(("RX", e + body.encode()))
        for u in it.after:
            out.append(("RX", ("\r\n%s\r\n" % u).encode()))
        if it.cmd.upper().startswith("ATE0") and it.final == "OK":
            echo = False
    return out


# --------------------------------------------------------------------------------------------
# Shape renderers
# --------------------------------------------------------------------------------------------

def zephyr_hexdump(title_prefix, data, indent):
    out = [title_prefix]
    for i in range(0, len(data), 16):
        ch = data[i:i + 16]
        h = ""
        a = ""
        for k in range(16):
            if k and k % 8 == 0:
                h += " "
                a += " "
            if k < len(ch):
                h += "%02x " % ch[k]
                c = chr(ch[k])
                a += c if 32 <= ch[k] < 127 else "."
            else:
                h += "   "
                a += " "
        out.append(" " * indent + h + "|" + a)
    return out


def render_zephyr_cmd_handler(items, drv, t0=2.1, matches=None):
    """Zephyr modem_cmd_handler.c with CONFIG_MODEM_CONTEXT_VERBOSE_DEBUG: SENT DATA / RECV hexdumps,
    'match cmd [%s] (len:%zu)', setup_cmds 'command %s ret:%d'."""
    t = [t0]
    out = []

    def ts():
        t[0] += 0.0371
        s = t[0]
        return "[%02d:%02d:%02d.%03d,%03d]" % (int(s) // 3600, int(s) // 60 % 60, int(s) % 60,
                                               int(s * 1000) % 1000, int(s * 1000000) % 1000)

    def hdr(fn, msg):
        return "%s <dbg> modem_cmd_handler: %s: %s" % (ts(), fn, msg)

    ind = len("[00:00:02.137,100] <dbg> modem_cmd_handler: ")

    def recv(line):
        out.extend(zephyr_hexdump(hdr("cmd_handler_process_rx_buf", "RECV"), line.encode(), ind))
        m = None
        for pfx in (matches or []):
            if line.startswith(pfx):
                m = pfx
                break
        if line in ("OK", "ERROR") or line.startswith("+CME ERROR: "):
            m = line if line in ("OK", "ERROR") else "+CME ERROR: "
        if m is not None:
            out.append(hdr("cmd_handler_process_rx_buf", "match cmd [%s] (len:%d)" % (m, len(line))))

    echo = True
    for it in items:
        if isinstance(it, N):
            out.append("%s %s" % (ts(), it.text))
            continue
        if isinstance(it, U):
            recv(it.line)
            continue
        out.extend(zephyr_hexdump(hdr("modem_cmd_send_ext", "SENT DATA"), it.cmd.encode(), ind))
        if echo:
            recv(it.cmd)
        if it.prompt:
            recv(it.prompt.strip())
            out.extend(zephyr_hexdump(hdr("modem_cmd_send_ext", "SENT DATA"), it.payload.encode(), ind))
        if it.final is None:
            for p in it.partial:
                recv(p)
            t[0] += 10
            out.append("%s <err> modem_cmd_handler: command %s ret:-116" % (ts(), it.cmd))
            continue
        for r in it.resp:
            recv(r)
        recv(it.final)
        if it.final == "ERROR" or it.final.startswith("+CME ERROR: "):
            out.append("%s <err> modem_cmd_handler: command %s ret:%d" % (ts(), it.cmd, -5 if it.final == "ERROR" else -int(it.final.split()[-1])))
        for u in it.after:
            recv(u)
        if it.cmd.upper().startswith("ATE0") and it.final == "OK":
            echo = False
    return out


def render_ubxlib(items):
    """ubxlib u_at_client.c printAt(): the stream as it goes, '\\r' -> newline, '\\n' dropped,
    other non-printables as [xx]; module echo off; app lines in between; 'U_AT_CLIENT_0-1: timeout.'"""
    s = ""
    for it in items:
        if isinstance(it, N):
            if s and not s.endswith("\n"):
                s += "\n"
            s += it.text + "\n"
            continue
        if isinstance(it, U):
            s += "\n" + it.line + "\n"
            continue
        s += it.cmd + "\n"
        if it.prompt:
            pay = "".join(c if 32 <= ord(c) < 127 else "[%02x]" % ord(c) for c in it.payload)
            s += "\n" + it.prompt + pay
        if it.final is None:
            for p in it.partial:
                s += "\n" + p + "\n"
            s += "U_AT_CLIENT_0-1: timeout.\n"
            continue
        for r in it.resp:
            s += "\n" + r
        if it.resp:
            s += "\n"
        s += "\n" + it.final + "\n"
        for u in it.after:
            s += "\n" + u + "\n"
    return s.rstrip("\n").split("\n")


def render_hhd(items, port="COM7", echo=True, day="07.12.2026"):
    """Serial-port-monitor 'Request view' text export (from memory): a header per IRP and 16-byte hex rows."""
    out = ["Serial Port Monitor - Request View", "Session: %s, 115200-8-N-1" % port, ""]
    c = Clock(9, 31, 10)
    for d, data in wire(items, echo=echo):
        c.tick(0.08 if d == "TX" else 0.21)
        out.append("[%s %s] %s data (%s)" % (day, c.hms(), "Written" if d == "TX" else "Read", port))
        for off, ch in hexrows(data):
            h = " ".join("%02x" % b for b in ch)
            a = "".join(chr(b) if 32 <= b < 127 else "." for b in ch)
            out.append("    %-48s %s" % (h, a))
        out.append("")
    return out


def render_saleae1(items, echo=False):
    """Saleae Logic 1.x async serial export (from memory): Time [s],Analyzer Name,Decoded Protocol Result."""
    out = ["Time [s],Analyzer Name,Decoded Protocol Result"]
    t = 0.512
    for d, data in wire(items, echo=echo):
        t += 0.05
        for b in data:
            t += 0.0000868
            c = chr(b)
            if c == "\r":
                v = "'\\r'"
            elif c == "\n":
                v = "'\\n'"
            elif c == " ":
                v = "' '"
            elif c == ",":
                v = "','"
            elif b == 0x1a:
                v = "'0x1A'"
            else:
                v = c
            out.append("%.9f,%s,%s" % (t, "MCU TX" if d == "TX" else "MODEM TX", v))
    return out


def render_tsv(items, echo=False):
    out = ["No.\tTime\tPort\tDirection\tData"]
    c = Clock(14, 2, 40)
    n = 0
    for d, data in wire(items, echo=echo):
        n += 1
        c.tick(0.15)
        txt = data.decode("latin-1").replace("\r", "<CR>").replace("\n", "<LF>").replace("\x1a", "<SUB>")
        out.append("%d\t%s\tCOM4\t%s\t%s" % (n, c.hms(), "Out" if d == "TX" else "In", txt))
    return out


def fence(lines, lang=""):
    return ["```" + lang] + lines + ["```"]


def main():
    os.makedirs(LOGS, exist_ok=True)
    for f in os.listdir(LOGS):
        os.remove(os.path.join(LOGS, f))

    # ======================= verified: Zephyr modem_cmd_handler verbose =======================
    s = [N("<inf> modem_quectel_bg9x: Waiting for modem to boot up"),
         T("ATE0", final="OK"),
         T("AT+CMEE=1"),
         T("AT+CGMI", ["Quectel"]), T("AT+CGMM", ["BG95-M3"]),
         T("AT+CGMR", ["BG95M3LAR02A03"]),
         T("AT+CGSN", ["869710050012345"]),
         T("AT+QCCID", ["+QCCID: 89882280666012345678"]),
         T("AT+CPIN?", ["+CPIN: READY"]),
         T('AT+QICSGP=1,1,"iot.example.com","","",1'),
         T("AT+CREG?", ["+CREG: 0,2"]),
         U("+CEREG: 5"),
         T("AT+CREG?", ["+CREG: 0,5"]),
         T("AT+CSQ", ["+CSQ: 19,99"]),
         T("AT+QIACT=1", final=None),
         T("AT+QIACT=1"),
         T('AT+QIOPEN=1,0,"TCP","198.51.100.23",7000,0,1', final="OK", after=["+QIOPEN: 0,0"]),
         T("AT+QISEND=0,5", prompt=">", payload="hello", final="SEND OK"),
         U('+QIURC: "recv",0,5'),
         T("AT+QIRD=0,1500", ["+QIRD: 5", "hello"]),
         T("AT+QICLOSE=0,10"),
         T("AT+QIDEACT=2", final="+CME ERROR: 3")]
    write("zephyr_cmdhandler_bg95m3_tcp.log",
          render_zephyr_cmd_handler(s, "quectel_bg9x", matches=["+CREG: ", "+CSQ: ", "+QCCID: ", "+CPIN: ",
                                                                 "+QIOPEN: ", "+QIRD: ", "+QIURC: ", "+CEREG: ", "SEND OK"]),
          s, "zephyr-modem-cmd-handler-verbose", "Quectel BG95-M3", True)

    s = [N("<inf> modem_sim7080: Power on modem"),
         T("AT", final=None), T("AT"),
         T("ATE0"), T("AT+IFC=0,0"), T("AT+CMEE=1"),
         T("AT+CNMP=38"), T("AT+CMNB=1"),
         T("AT+CGMR", ["Revision:1951B16SIM7080"]),
         T("AT+CGSN", ["861340040123456"]),
         T('AT+CGDCONT=1,"IP","lpwa.example"'),
         T("AT+CFUN=1"),
         T("AT+CEREG?", ["+CEREG: 0,2"]),
         T("AT+CEREG?", ["+CEREG: 0,1"]),
         T("AT+CNACT=0,1", after=["+APP PDP: 0,ACTIVE"]),
         T('AT+CASSLCFG=0,"SSL",0'),
         T('AT+CAOPEN=0,0,"UDP","203.0.113.9",5684', ["+CAOPEN: 0,0"]),
         T("AT+CASEND=0,4", prompt=">", payload="ping", final="OK"),
         U("+CADATAIND: 0"),
         T("AT+CARECV=0,512", ["+CARECV: 4,pong"]),
         T("AT+CACLOSE=0"),
         T("AT+CPSMS=1,,,\"01000011\",\"00000001\"", final="ERROR")]
    write("zephyr_cmdhandler_sim7080g_udp.log",
          render_zephyr_cmd_handler(s, "sim7080", t0=1.4, matches=["+CEREG: ", "+CAOPEN: ", "+CARECV: ", "+APP PDP: ", "+CADATAIND: ", "Revision:"]),
          s, "zephyr-modem-cmd-handler-verbose", "SIMCom SIM7080G", True)

    # ======================= verified: ubxlib printAt =======================
    s = [N("U_APP: cellular power on..."),
         T("AT", final=None), T("AT"),
         T("ATE0"), T("AT+CMEE=2"),
         T("AT+CGMM", ["SARA-R422M8S"]),
         T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+UMNOPROF?", ["+UMNOPROF: 100"]),
         T("AT+COPS=0"),
         T("AT+CEREG?", ["+CEREG: 0,2"]),
         U("+CEREG: 5"),
         T("AT+CEREG?", ["+CEREG: 0,5"]),
         T("AT+UPSD=0,100,1"), T("AT+UPSDA=0,3", after=["+UUPSDA: 0,\"10.41.7.3\""]),
         N("U_APP: connected, opening socket"),
         T("AT+USOCR=6", ["+USOCR: 0"]),
         T('AT+USOCO=0,"198.51.100.40",8080', final="+CME ERROR: Operation not allowed"),
         T('AT+USOCO=0,"198.51.100.40",8080'),
         T("AT+USOWR=0,6", ["+USOWR: 0,6"], prompt="@", payload="ab\x01\x02cd"),
         U("+UUSORD: 0,12"),
         T("AT+USORD=0,12", ['+USORD: 0,12,"0123456789AB"']),
         T("AT+USOCL=0"),
         T("AT+CPWROFF")]
    write("ubxlib_sara_r422_socket.log", render_ubxlib(s), s, "ubxlib-printat", "u-blox SARA-R422M8S", True)

    s = [T("ATE0"), T("AT+CMEE=2"),
         T("AT+CGMR", ["02.06"]),
         T('AT+CGDCONT=1,"IP","internet.example"'),
         T("AT+CFUN=1"),
         T("AT+CREG?", ["+CREG: 0,0"]),
         T("AT+CEREG?", ["+CEREG: 0,2"]),
         T("AT+COPS?", ["+COPS: 0"]),
         N("U_CELL_NET: not registered, waiting..."),
         T("AT+CEREG?", ["+CEREG: 0,3"]),
         T("AT+CEER", ['+CEER: "EMM cause",15']),
         T("AT+COPS=?", final=None),
         N("U_APP: registration failed (-9)."),
         T("AT+CFUN=4")]
    write("ubxlib_lara_r6_denied.log", render_ubxlib(s), s, "ubxlib-printat", "u-blox LARA-R6401", True)

    # ======================= mbox quoted-printable (Telit LE910C1) =======================
    s = [T("AT#SELINT?", ["#SELINT: 2"]), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+COPS?", ['+COPS: 0,0,"Example Tel",7']),
         T("AT#SCFG=1,1,1500,90,600,50"),
         T('AT+CGDCONT=1,"IPV4V6","broadband.example"'),
         T("AT#SGACT=1,1", ["#SGACT: 10.77.12.4"]),
         T('AT#SD=1,0,443,"api.example.com",0,0,1'),
         T("AT#SSEND=1", prompt="> ", payload="GET / HTTP/1.1\x1a", final="OK"),
         U("SRING: 1"),
         T("AT#SRECV=1,200", ["#SRECV: 1,17", "HTTP/1.1 200 OK"]),
         T("AT#SH=1"), T("AT#SGACT=1,0", final="+CME ERROR: 555")]
    body = ["Hi support,", "", "here is the capture from the field unit, the second #SGACT fails:", ""]
    body += raw_term(s, echo=True, ctrlz="")
    body += ["", "Thanks, Jonas"]
    qp = quopri.encodestring(("\r\n".join(body) + "\r\n").encode("utf-8")).decode("ascii")
    hdr = ("From jonas@example.com Mon Dec  7 06:58:11 2026\r\nFrom: Jonas <jonas@example.com>\r\n"
           "To: support@example.com\r\nSubject: LE910C1 socket close error\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
    write("mbox_qp_le910c1_socket.eml", None, s, "mbox-quoted-printable", "Telit LE910C1-EU", False, raw=hdr + qp)

    # ======================= discourse markdown source (BG77) =======================
    s = [T("AT+QCFG=\"iotopmode\"", ['+QCFG: "iotopmode",0']),
         T('AT+QCFG="band",0,0,80084'),
         T("AT+QPSMS?", ["+QPSMS: 0,,,\"60\",\"0\""]),
         T('AT+CPSMS=1,,,"00100010","00000001"'),
         T("AT+CEDRXS=2,4,\"0101\""),
         T("AT+QCSQ", ['+QCSQ: "eMTC",-91,-118,136,-12']),
         U('+QPSMTIMER: 2100,60'),
         T("AT+CPSMS?", final=None)]
    lines = ["[quote=\"mhart, post:4, topic:8812\"]", "can you post the full AT log?", "[/quote]", "",
             "Sure, this is from the BG77 after a cold boot (echo on):", ""]
    lines += fence(raw_term(s), "text")
    lines += ["", "The last `AT+CPSMS?` never answers, the UART is dead until I toggle PWRKEY."]
    write("discourse_md_bg77_psm.md", lines, s, "discourse-markdown-quote", "Quectel BG77", False)

    # ======================= reddit inline backticks (SIM7600) =======================
    s = [T("AT+CGREG?", ["+CGREG: 0,1"]), T("AT+NETOPEN", after=["+NETOPEN: 0"]),
         T("AT+IPADDR", ["+IPADDR: 10.160.3.9"]),
         T('AT+CIPOPEN=0,"TCP","203.0.113.77",1883', after=["+CIPOPEN: 0,0"]),
         T("AT+CIPSEND=0,4", prompt=">", payload="\x10\x0c\x00\x04", final="OK", after=["+CIPSEND: 0,4,4"]),
         T("AT+CIPCLOSE=0", after=["+CIPCLOSE: 0,0"]),
         T("AT+NETCLOSE", final="ERROR")]
    lines = ["r/embedded • Posted by u/fieldbus_kid 3h ago", "", "SIM7600 TCP works once then NETCLOSE errors", "",
             "My log (copied from the monitor, sorry for formatting):", ""]
    for l in raw_term(s):
        lines.append("`%s`" % l.replace("\x10\x0c\x00\x04", "....") if l else "")
    lines += ["", "Any idea? 12 comments Share"]
    write("reddit_inline_sim7600_tcp.md", lines, s, "reddit-inline-backticks", "SIMCom SIM7600G-H", False)

    # ======================= WeChat copy (MeiG SLM750) =======================
    s = [T("ATI", ["MEIG", "SLM750", "Revision: SLM750_V1.0.3"]),
         T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CSQ", ["+CSQ: 23,99"]),
         T("AT$QCRMCALL=1,1", final="ERROR"),
         T("AT+CGACT?", ["+CGACT: 1,0"]),
         T("AT+CGACT=1,1"),
         T("AT$QCRMCALL=1,1", ["$QCRMCALL: 1, V4"])]
    lines = ["王工 2026/12/7 14:03:22", "模块拨号不成功，日志如下", "", "王工 2026/12/7 14:03:40"]
    lines += raw_term(s)[:20]
    lines += ["", "技术支持-李 2026/12/7 14:05:01", "先 AT+CGACT=1,1 再拨号试试", "",
              "王工 2026/12/7 14:09:47"]
    lines += raw_term(s)[20:]
    lines += ["", "王工 2026/12/7 14:09:55", "可以了，谢谢"]
    write("wechat_copy_slm750_dial.txt", lines, s, "wechat-chat-copy+terminal", "MeiG SLM750", False)

    # ======================= serial port monitor request-view dump (Huawei ME909s) ==========
    s = [T("AT^SYSCFGEX?", ['^SYSCFGEX: "00",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF,,']),
         T("AT^NDISDUP=1,1,\"cmnet\""), U("^NDISSTAT: 1,,,\"IPV4\""),
         T("AT^DHCP?", ["^DHCP: 0a01a8c0,f8ffffff,0101a8c0,0101a8c0,0202a8c0,0302a8c0,150000000,150000000"]),
         T("AT^HCSQ?", ['^HCSQ: "LTE",52,48,160,30']),
         T("AT^NDISDUP=1,0")]
    write("spm_requestview_me909s_ndis.txt", render_hhd(s, "COM12", echo=True), s,
          "serial-monitor-request-view", "Huawei ME909s-120", False, nl="\r\n")

    s = [T("AT+CFUN?", ["+CFUN: 1"]), T("AT+ZGACT?", ["+ZGACT: 1,0"]),
         T("AT+ZECMCALL=1", final=None),
         T("AT+ZECMCALL?", ['+ZECMCALL: IPV4, 10.8.9.1, 10.8.9.2, 8.8.8.8']),
         T("AT+ZECMCALL=0", final="+CME ERROR: 100")]
    write("spm_requestview_me3630_ecm.txt", render_hhd(s, "COM21", echo=False), s,
          "serial-monitor-request-view", "Gosuncn ME3630", False, nl="\r\n")

    # ======================= Saleae Logic 1 CSV (Neoway N58) =======================
    s = [T("AT+CSQ", ["+CSQ: 17,99"]), T("AT+CREG?", ["+CREG: 0,1"]),
         T('AT+XIIC=1'), T("AT+XIIC?", ["+XIIC:    1, 10.23.1.7"]),
         T('AT+TCPSETUP=0,203.0.113.5,9000', after=["+TCPSETUP: 0,OK"]),
         T("AT+TCPSEND=0,3", prompt=">", payload="abc", final="OK", after=["+TCPSEND: 0,3"]),
         T("AT+TCPCLOSE=0", ["+TCPCLOSE: 0,OK"])]
    write("saleae_logic1_n58_tcp.csv", render_saleae1(s), s, "saleae-logic1-async-csv", "Neoway N58", False, nl="\r\n")

    # ======================= TSV export (Murata Type 1SC) =======================
    s = [T("AT%VER", ["%VER: MOD_LR5.1.1.0-44920 NV: 1"]),
         T("AT%SETCFG=\"BAND\",\"2\",\"4\",\"12\""),
         T("AT+CFUN=1"), U("+CEREG: 2"), U("+CEREG: 1"),
         T('AT%SOCKETCMD="ALLOCATE",1,"UDP","OPEN","203.0.113.8",5683', ["%SOCKETCMD:1"]),
         T('AT%SOCKETCMD="ACTIVATE",1'),
         T('AT%SOCKETDATA="SEND",1,4,"DEADBEEF"', ["%SOCKETDATA:1,4"]),
         T('AT%SOCKETDATA="RECEIVE",1,64', final="ERROR"),
         T('AT%SOCKETCMD="DELETE",1')]
    write("tsv_export_murata1sc_udp.tsv", render_tsv(s), s, "serial-log-tsv-export", "Murata Type 1SC", False, nl="\r\n")

    # ======================= sms_tool at on OpenWrt (Quectel EP06) =======================
    s = [T("AT+CSQ", ["+CSQ: 21,99"]), T('AT+QENG="servingcell"',
          ['+QENG: "servingcell","NOCONN","LTE","FDD",262,01,1A2B3C4,301,1300,3,5,5,B3C,-97,-11,-66,12,38']),
         T('AT+QCAINFO', ['+QCAINFO: "pcc",1300,75,"LTE BAND 3",1,301,-97,-11,-66,12']),
         T("AT+QNWLOCK=\"common/4g\",1,1300,301", final="ERROR"),
         T('AT+QNWLOCK="common/4g",1,1300,301'), T("AT+COPS=?", final=None)]
    lines = []
    for it in s:
        lines.append("root@OpenWrt:~# sms_tool -d /dev/ttyUSB2 at '%s'" % it.cmd)
        if it.final is None:
            lines.append("^C")
            continue
        lines += it.resp + [it.final]
    lines.append("root@OpenWrt:~# ")
    write("openwrt_smstool_ep06.txt", lines, s, "openwrt-sms_tool-at", "Quectel EP06-E", False)

    # ======================= teltonika gsmctl -A (Quectel EG06 in RUTX) =======================
    s = [T("AT+CGMR", ["EG06ELAR04A04M4G"]), T("AT+QCFG=\"nwscanmode\"", ['+QCFG: "nwscanmode",0']),
         T("AT+QCFG=\"band\"", ['+QCFG: "band",0x260,0x42000000000000381a,0x0']),
         T("AT+CPIN?", final="+CME ERROR: 10"), T("AT+QSIMDET?", ["+QSIMDET: 1,0"])]
    lines = ["BusyBox v1.34.1 (2026-10-01 09:12:00 UTC) built-in shell (ash)", ""]
    for it in s:
        lines.append("root@RUTX11:~# gsmctl -A '%s'" % it.cmd)
        lines += it.resp + [it.final]
    lines.append("root@RUTX11:~#")
    write("rutx_gsmctl_eg06_nosim.txt", lines, s, "teltonika-gsmctl-A", "Quectel EG06-E", False)

    # ======================= Node pino JSON =======================
    def pino(items, name, t0, echo=False):
        t = [t0]

        def j(level, msg):
            t[0] += 143
            return json.dumps({"level": level, "time": t[0], "pid": 4121, "hostname": "gw-12",
                               "name": name, "msg": msg}, ensure_ascii=False, separators=(",", ":"))
        return txrx(items, lambda c: j(20, "tx %s" % c), lambda r: j(20, "rx %s" % r), echo=echo,
                    timeout=lambda c: j(40, "timeout waiting for response to %s" % c),
                    payload=lambda p: j(20, "tx data %d bytes" % len(p)), note=lambda x: j(30, x))

    s = [T("AT", final=None), T("AT"), T("ATE0"),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CNMP=38"), T("AT+CMNB=2"),
         T('AT+SMCONF="URL","mqtt.example.com",1883'), T('AT+SMCONF="KEEPTIME",60'),
         T("AT+CNACT=0,1", after=["+APP PDP: 0,ACTIVE"]),
         T("AT+SMCONN"),
         T('AT+SMPUB="dev/42/up",5,1,0', prompt=">", payload="12.50", final="OK"),
         U('+SMSUB: "dev/42/down","reboot"'),
         T("AT+SMDISC"), T("AT+SMSTATE?", ["+SMSTATE: 0"])]
    write("pino_sim7080g_mqtt.jsonl", pino(s, "modem", 1796640000000, echo=True), s,
          "node-pino-json", "SIMCom SIM7080G", False)

    s = [T("AT+CGMR", ["SSB,LR8.2.1.0-61488"]), T("AT+SQNCTM?", ['+SQNCTM: "standard"']),
         T("AT+CEREG=2"), T("AT+CFUN=1"), U('+CEREG: 2,"1A2B","01A2D001",7'), U('+CEREG: 5,"1A2B","01A2D001",7'),
         T('AT+SQNSCFG=1,1,0,0,600,50'),
         T('AT+SQNSD=1,1,5683,"203.0.113.30",0,0,1'),
         T('AT+SQNSSENDEXT=1,4', prompt="> ", payload="\x40\x01\x00\x01", final="OK"),
         U("+SQNSRING: 1,4"),
         T("AT+SQNSRECV=1,4", ["+SQNSRECV: 1,4", "`E.."], final="OK"),
         T("AT+SQNSH=1"), T("AT+CFUN=0", final=None)]
    write("pino_gm02s_coap.jsonl", pino(s, "sqn", 1796641000000), s, "node-pino-json", "Sequans GM02S", False)

    # ======================= Go logrus text formatter =======================
    def logrus(items, t0=(8, 1, 0)):
        c = Clock(*t0)

        def l(level, msg):
            c.tick(0.211)
            m = msg.replace("\\", "\\\\").replace('"', '\\"')
            return 'time="2026-12-07T%sZ" level=%s msg="%s" port=/dev/ttyUSB2' % (c.hms(False), level, m)
        return txrx(items, lambda x: l("debug", "-> " + x), lambda r: l("debug", "<- " + r),
                    timeout=lambda x: l("warning", "no final response for " + x),
                    payload=lambda p: l("debug", "-> <%d bytes>" % len(p)), note=lambda x: l("info", x))

    s = [N("opening modem"), T("ATE0"), T("AT+CGMM", ["EC25"]), T('AT+QCFG="usbnet"', ['+QCFG: "usbnet",0']),
         T('AT+QCFG="usbnet",1'), T("AT+CFUN=1,1"), N("waiting for re-enumeration"),
         T("AT", final=None), T("AT"), T('AT+QICSGP=1,1,"internet","","",0'),
         T('AT+QNETDEVCTL=1,1,1'), U('+QNETDEVSTATUS: 1'), T("AT+QNETDEVCTL?", ['+QNETDEVCTL: 1,1,1,1'])]
    write("logrus_ec25_ecm.log", logrus(s), s, "go-logrus-text", "Quectel EC25-E", False)

    s = [T('AT+CMGF=1'), T('AT+CSCS="GSM"'), T('AT+CMGS="+15550100200"', prompt="> ", payload="gate open\x1a",
                                                 final="OK", resp=["+CMGS: 17"]),
         T('AT+CMGS="+15550100201"', prompt="> ", payload="gate open\x1a", final="+CMS ERROR: 500"),
         U('+CMTI: "SM",3'), T("AT+CMGR=3", ['+CMGR: "REC UNREAD","+15550100299","","26/12/07,08:03:11+04"', "status"]),
         T("AT+CMGD=3")]
    write("logrus_a7670e_sms.log", logrus(s, (8, 3, 0)), s, "go-logrus-text", "SIMCom A7670E", False)

    # ======================= Rust defmt via probe-rs =======================
    def defmt(items, mod="app::modem", t0=0.812):
        t = [t0]
        out = []

        def l(level, msg, line):
            t[0] += 0.0173
            out.append("%.6f %s %s" % (t[0], level.ljust(5), msg))
            out.append("\u2514\u2500 %s @ src/modem.rs:%d" % (mod, line))
        for it in items:
            if isinstance(it, N):
                l("INFO", it.text, 41)
            elif isinstance(it, U):
                l("DEBUG", "urc: %s" % it.line, 188)
            else:
                l("DEBUG", "AT > %s" % it.cmd, 97)
                if it.prompt:
                    l("DEBUG", "AT < %s" % it.prompt.strip(), 120)
                    l("TRACE", "payload: %d bytes" % len(it.payload), 131)
                if it.final is None:
                    t[0] += 5
                    l("WARN", "AT timeout: %s" % it.cmd, 150)
                    continue
                for r in it.resp:
                    l("DEBUG", "AT < %s" % r, 120)
                l("DEBUG" if it.final == "OK" else "ERROR", "AT < %s" % it.final, 120)
        return out

    s = [N("modem boot"), T("ATE0"), T("AT+QCFG=\"iotopmode\",0,1"), T("AT+QCFG=\"nwscanseq\",00"),
         T("AT+CEREG?", ["+CEREG: 0,2"]), U("+CEREG: 1"),
         T('AT+QMTOPEN=0,"mqtt.example.com",1883', after=["+QMTOPEN: 0,0"]),
         T('AT+QMTCONN=0,"bg77-0042"', after=["+QMTCONN: 0,0,0"]),
         T('AT+QMTPUBEX=0,0,0,0,"t/up",5', prompt=">", payload="hello", final="OK", after=["+QMTPUBEX: 0,0,0"]),
         T("AT+QMTDISC=0", final=None)]
    write("defmt_probe_rs_bg77_mqtt.log", ["      Erasing \u2714 [00:00:01] [###] 48.00 KiB/48.00 KiB",
                                           "  Programming \u2714 [00:00:02] [###] 48.00 KiB/48.00 KiB",
                                           "     Finished in 3.12s"] + defmt(s), s,
          "defmt-probe-rs-run", "Quectel BG77", False)

    s = [T("AT%XSYSTEMMODE=1,0,1,0"), T("AT%XBANDLOCK=2,\"10000000000010001100\""),
         T("AT+CFUN=1"), U("+CEREG: 2,\"4E20\",\"0123ABCD\",7"), U("+CEREG: 1,\"4E20\",\"0123ABCD\",7,,,\"11100000\",\"11100000\""),
         T("AT%XMONITOR", ['%XMONITOR: 1,"Example","Example","26201","4E20",7,20,"0123ABCD",301,6300,45,28,"","11100000","11100000","01001001"']),
         T("AT#XSOCKET=1,2,0", ["#XSOCKET: 0,2,17"]), T("AT+CFUN=4")]
    write("defmt_nrf9161_psm.log", defmt(s, "cellular::at", 1.204), s, "defmt-probe-rs-run", "Nordic nRF9161", False)

    # ======================= java.util.logging SimpleFormatter (Thales EXS62-W) =======================
    def jul(items):
        c = Clock(7, 20, 5)
        out = []

        def l(level, method, msg):
            c.tick(0.4)
            h = int(c.t) // 3600 % 24
            out.append("Dec 07, 2026 %d:%02d:%02d AM com.example.gw.AtChannel %s" % (h, int(c.t) // 60 % 60, int(c.t) % 60, method))
            out.append("%s: %s" % (level, msg))
        for it in items:
            if isinstance(it, N):
                l("INFO", "open", it.text)
            elif isinstance(it, U):
                l("FINE", "onUrc", "URC " + it.line)
            else:
                l("FINE", "send", ">> " + it.cmd)
                if it.prompt:
                    l("FINE", "readLine", "<< " + it.prompt.strip())
                if it.final is None:
                    l("WARNING", "send", "timeout after 30000 ms waiting for " + it.cmd)
                    continue
                for r in it.resp:
                    l("FINE", "readLine", "<< " + r)
                l("FINE", "readLine", "<< " + it.final)
        return out

    s = [N("opened /dev/ttyACM0"), T("ATE0"), T("AT^SCFG=\"Radio/Band/4G\"", ['^SCFG: "Radio/Band/4G","0800009c"']),
         T("AT^SXRAT?", ["^SXRAT: 7,7"]), T("AT+CGATT?", ["+CGATT: 1"]),
         T('AT^SISS=0,"srvType","Socket"'), T('AT^SISS=0,"address","socktcp://198.51.100.2:6000;etx"'),
         T("AT^SISO=0", after=["^SISW: 0,1"]),
         T("AT^SISW=0,10", ["^SISW: 0,10,0"], prompt=None),
         U("^SISR: 0,1"), T("AT^SISR=0,100", ["^SISR: 0,4", "pong"]),
         T("AT^SISC=0"), T("AT^SMSO", final=None)]
    write("jul_exs62w_socket.log", jul(s), s, "java-util-logging-simpleformatter", "Thales Cinterion EXS62-W", False)

    # ======================= C# Serilog console (Telit ME910C1) =======================
    def serilog(items):
        c = Clock(10, 4, 0)

        def l(lv, msg):
            c.tick(0.19)
            return "[%s %s] %s" % (c.hms(False), lv, msg)
        return txrx(items, lambda x: l("DBG", "TX \"%s\"" % x.replace('"', '\\"')),
                    lambda r: l("DBG", "RX \"%s\"" % r.replace('"', '\\"')),
                    timeout=lambda x: l("WRN", "Command \"%s\" timed out after 5000 ms" % x.replace('"', '\\"')),
                    payload=lambda p: l("VRB", "TX {0} bytes".replace("{0}", str(len(p)))),
                    note=lambda x: l("INF", x))

    s = [N("Port COM5 opened at 115200"), T("AT+CMEE=2"), T("AT#WS46=2"), T("AT+WS46?", ["+WS46: 28"]),
         T("AT+CPSMS?", ['+CPSMS: 0,,,"10100101","00100010"']),
         T('AT+CPSMS=1,,,"00100001","00000011"'),
         T("AT#PSMRI=1", final="+CME ERROR: operation not supported"),
         T("AT+CEDRXS=1,4,\"0010\""),
         T("AT#HTTPCFG=0,\"api.example.com\",80"),
         T('AT#HTTPQRY=0,0,"/v1/ping"', after=['#HTTPRING: 0,200,"application/json",15']),
         T("AT#HTTPRCV=0", ['<<<{"status":"ok"}']),
         T("AT#CCLK?", final=None)]
    write("serilog_me910c1_http.log", serilog(s), s, "csharp-serilog-console", "Telit ME910C1-WW", False, nl="\r\n")

    # ======================= RFC 5424 syslog + script (Sierra EM7455) =======================
    def rfc5424(items, host="gw-edge-3", app="lte-init", pid=1188):
        c = Clock(6, 55, 1)

        def l(pri, msg):
            c.tick(0.311)
            return "<%d>1 2026-12-07T%sZ %s %s %d - - %s" % (pri, c.hms(), host, app, pid, msg)
        return txrx(items, lambda x: l(15, "AT> " + x), lambda r: l(15, "AT< " + r),
                    timeout=lambda x: l(12, "timeout: " + x), note=lambda x: l(14, x))

    s = [N("starting"), T("AT!ENTERCND=\"A710\""), T("AT!USBCOMP?", ["Config Index: 1", "Config Type:  1 (Generic)",
                                                               "Interface bitmask: 0000050D (diag,nmea,modem,mbim) "]),
         T("AT!USBCOMP=1,1,10D"), T("AT!IMPREF?", ['!IMPREF: ', ' preferred fw version:    02.33.03.00']),
         T('AT!IMPREF="GENERIC"', final="ERROR"), T("AT!RESET"), N("waiting 30s for re-enumeration"),
         T("AT!GSTATUS?", final=None)]
    write("rfc5424_em7455_usbcomp.log", rfc5424(s), s, "rfc5424-syslog+script", "Sierra Wireless EM7455", False)

    # ======================= Python coloredlogs ANSI (Quectel RM500Q) =======================
    def colored(items):
        c = Clock(11, 30, 0)
        E = "\x1b"
        col = {"DEBUG": "32", "INFO": "34", "WARNING": "33", "ERROR": "31"}

        def l(lv, msg):
            c.tick(0.27)
            return "%s[32m2026-12-07 %s%s[0m %s[35mbench-pc%s[0m %s[34mmodemctl[2231]%s[0m %s[%sm%s%s[0m %s" % (
                E, c.hms(False), E, E, E, E, E, E, col[lv], lv, E, msg)
        return txrx(items, lambda x: l("DEBUG", ">>> " + x), lambda r: l("DEBUG", "<<< " + r),
                    timeout=lambda x: l("WARNING", "timeout on %r" % x), note=lambda x: l("INFO", x))

    s = [N("using /dev/ttyUSB3"), T("ATI", ["Quectel", "RM500Q-GL", "Revision: RM500QGLABR11A06M4G"]),
         T('AT+QNWPREFCFG="mode_pref"', ['+QNWPREFCFG: "mode_pref",AUTO']),
         T('AT+QNWPREFCFG="nr5g_band"', ['+QNWPREFCFG: "nr5g_band",1:3:5:7:8:28:38:40:41:77:78']),
         T('AT+QNWPREFCFG="mode_pref",NR5G'), T('AT+QENG="servingcell"', ['+QENG: "servingcell","SEARCH"']),
         T("AT+QSCAN=3,1", final=None), T('AT+QNWPREFCFG="mode_pref",AUTO')]
    write("coloredlogs_rm500q_nr.log", colored(s), s, "python-coloredlogs-ansi", "Quectel RM500Q-GL", False)

    # ======================= SEGGER J-Link RTT Viewer "00> " terminal (Cavli C16QS, Fibocom MC610) ======
    def rtt(items, echo_local=True):
        out = []
        for l in txrx(items, lambda x: "[AT] --> " + x, lambda r: "[AT] <-- " + r,
                      timeout=lambda x: "[AT] timeout (%s)" % x, payload=lambda p: "[AT] --> <%d bytes>" % len(p)):
            out.append("00> " + l)
        return out

    s = [N("*** Booting gw-fw v2.3.1 ***"), T("AT", final=None), T("AT"), T("ATE0"),
         T("AT+CGMR", ["C16QS_V2.1.4"]), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CGDCONT=1,\"IP\",\"m2m.example\""), T("AT+CREG?", ["+CREG: 0,1"]),
         T("AT+CGACT=1,1"), T("AT+CGPADDR=1", ["+CGPADDR: 1,10.98.1.44"]),
         T("AT+NETAPN?", final="ERROR")]
    write("rtt_viewer_c16qs.log", ["LOG: J-Link RTT Viewer V7.94e", "LOG: Connected to target"] + rtt(s), s,
          "segger-rtt-viewer-terminal", "Cavli C16QS", False, nl="\r\n")

    s = [T("AT+GTSET=\"IPRFMT\",0"), T("AT+MIPCALL=1,\"cmiot\"", after=["+MIPCALL: 10.11.12.13"]),
         T('AT+MIPOPEN=1,0,"203.0.113.61",5000,0', after=["+MIPOPEN: 1,1"]),
         T("AT+MIPSEND=1,5", prompt=">", payload="12345", final="OK", after=["+MIPSEND: 1,0,5"]),
         U("+MIPRTCP: 1,0,2,ok"), T("AT+MIPCLOSE=1", after=["+MIPCLOSE: 1,0"]),
         T("AT+MIPCALL=0", final=None)]
    write("rtt_viewer_mc610_tcp.log", rtt(s), s, "segger-rtt-viewer-terminal", "Fibocom MC610", False, nl="\r\n")

    # ======================= Legato logread (Sierra WP7702) =======================
    def legato(items):
        c = Clock(9, 0, 12)

        def l(lv, fn, ln, msg):
            c.tick(0.094)
            return ("Dec  7 %s swi-mdm9x28-wp user.%s Legato:  %s | atClient[1021]/le_pa_at T=main | le_atClient.c %s() %d | %s"
                    % (c.hms(False), "debug" if lv == "DBG" else "err", lv, fn, ln, msg))
        return txrx(items, lambda x: l("DBG", "SendCommand", 412, "Command sent: %s" % x),
                    lambda r: l("DBG", "RxNewData", 603, "Line received: %s" % r),
                    timeout=lambda x: l("-ERR-", "le_atClient_Send", 1377, "Timeout on command %s" % x))

    s = [T("AT+KSREP?", ["+KSREP: 1,0"]), T("AT!GSTATUS?", ["!GSTATUS: ", "Current Time:  3421\t\tTemperature: 38",
                                                          "System mode:   LTE        \tPS state:     Attached"]),
         T("AT+CGDCONT?", ['+CGDCONT: 1,"IPV4V6","","0.0.0.0",0,0']),
         T('AT+CGDCONT=1,"IP","iot.example"'), T("AT+CGATT=1", final=None), T("AT+CGATT?", ["+CGATT: 1"])]
    write("legato_logread_wp7702.log", legato(s), s, "legato-logread-atclient", "Sierra Wireless WP7702", False)

    # ======================= GitLab issue (Fibocom FM350-GL) =======================
    s = [T("AT+GTUSBMODE?", ["+GTUSBMODE: 40"]), T("AT+GTUSBMODE=41"), T("AT+CFUN=15"),
         T("AT", final=None), T("ATI", ["Fibocom Wireless Inc.", "FM350-GL", "81600.0000.00.29.21.01"]),
         T('AT+GTACT?', ["+GTACT: 20,6,3,0"]), T("AT+GTACT=14,6", final="+CME ERROR: 50")]
    lines = ["## Summary", "", "FM350 does not come back in MBIM mode after `AT+GTUSBMODE=41`.", "",
             "## Steps to reproduce", "", "1. Open `/dev/ttyUSB1` with minicom", "2. Run the commands below", "",
             "## What is the current *bug* behavior?", "", "```plaintext"]
    lines += raw_term(s)
    lines += ["```", "", "## Relevant logs and/or screenshots", "", "(see above)", "", "/label ~bug ~\"modem::fibocom\""]
    write("gitlab_issue_fm350_usbmode.md", lines, s, "gitlab-issue-template+terminal", "Fibocom FM350-GL", False)

    # ======================= adb shell + /dev/smd (Quectel EC25 / SIM7600 Linux) =======================
    s = [T("AT+QCFG=\"usbcfg\"", ['+QCFG: "usbcfg",0x2C7C,0x0125,1,1,1,1,1,0,0']),
         T("AT+QGPS=1"), T("AT+QGPSLOC=2", final="+CME ERROR: 516"), T("AT+QGPSLOC=2",
                                                                      ["+QGPSLOC: 071502.0,52.51234,13.41234,1.1,41.0,2,0.00,0.0,0.0,071226,07"]),
         T("AT+QGPSEND")]
    lines = ["C:\\platform-tools> adb shell", "/ # "]
    for it in s:
        lines.append("/ # echo -e '%s\\r' > /dev/smd11 && timeout 2 cat /dev/smd11" % it.cmd.replace("'", "'\\''"))
        lines += [it.cmd, ""] + (it.resp + [""] if it.resp else []) + [it.final]
    lines += ["/ # exit"]
    write("adb_smd11_ec25_gnss.txt", lines, s, "adb-shell-echo-cat-smd", "Quectel EC25-AF", False)

    # ======================= busybox microcom (Lierda NT26K) =======================
    s = [T("AT+NCONFIG?", ["+NCONFIG:AUTOCONNECT,TRUE", "+NCONFIG:CELL_RESELECTION,TRUE"]),
         T("AT+CGATT?", ["+CGATT:1"]), T("AT+NSOCR=DGRAM,17,5683,1", ["1"]),
         T("AT+NSOST=1,203.0.113.90,5683,4,40010001", ["1,4"]), U("+NSONMI:1,4"),
         T("AT+NSORF=1,4", ["1,203.0.113.90,5683,4,60450001,0"]), T("AT+NSOCL=1"), T("AT+NSOCL=1", final="ERROR")]
    lines = ["root@imx6ul:~# microcom -s 9600 /dev/ttymxc2"] + raw_term(s, echo=True) + ["root@imx6ul:~# "]
    write("microcom_lierda_nt26k_udp.txt", lines, s, "busybox-microcom", "Lierda NT26K", False)

    # ======================= saved forum HTML page, <pre> with entities (Mobiletek L511C) =======================
    import html as _html
    s = [T("AT+CGPS=1,1"), T("AT+CGPSINFO", ["+CGPSINFO: ,,,,,,,,"]), U('+CGPSNMEA: "$GPGSV,1,1,00*79"'),
         T("AT+CGPSINFO", ["+CGPSINFO: 3113.343286,N,12121.234064,E,071226,071533.0,32.1,0.0,"]),
         T('AT+CGPSXE=1'), T('AT+CGPSURL="xtra.example.com"', final="ERROR"), T("AT+CGPS=0", after=["+CGPS: 0"])]
    pre = "\n".join(_html.escape(l, quote=True) for l in raw_term(s))
    page = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>L511C GPS no fix - Forum</title></head>\n<body>\n'
            '<div class="post"><p class="author">by <b>gnss_newbie</b> &raquo; Mon Dec 07, 2026 7:15 am</p>\n'
            '<div class="content">GPS never gets a fix and CGPSURL says ERROR:<br>\n<pre><code>' + pre +
            '</code></pre>\nAntenna is active, 3.3&nbsp;V bias.</div></div>\n</body></html>\n')
    write("forum_saved_html_l511c_gnss.html", None, s, "saved-html-pre-entities", "Mobiletek L511C", False, raw=page)

    # =========================== old shapes, new modules/content (from memory) ===========================
    # github fence + terminal: Quectel EG915U FTP
    s = [T('AT+QFTPCFG="contextid",1'), T('AT+QFTPCFG="account","user","secret"'),
         T('AT+QFTPOPEN="ftp.example.com",21', after=["+QFTPOPEN: 0,0"]),
         T('AT+QFTPCWD="/fw"', after=["+QFTPCWD: 0,0"]),
         T('AT+QFTPSIZE="app_v2.bin"', after=["+QFTPSIZE: 0,184320"]),
         T('AT+QFTPGET="app_v2.bin","UFS:app_v2.bin"', after=["+QFTPGET: 627,0"]),
         T("AT+QFTPCLOSE", after=["+QFTPCLOSE: 0,0"])]
    lines = ["### Describe the bug", "FTP download stops with error 627 after ~40 KB.", "", "### Log", "```"] + raw_term(s) + \
            ["```", "", "### Environment", "- Module: EG915U-EU, EG915UEUABR03A01M08", "- Host: STM32L4 + our driver"]
    write("gh_issue_eg915u_ftp.md", lines, s, "github-fence+terminal", "Quectel EG915U-EU", False)

    # tio timestamps: Thales PLS83-W
    s = [T("AT^SCFG?", ['^SCFG: "GPIO/mode/DCD0","std"', '^SCFG: "MEopMode/Prov/AutoSelect","on"']),
         T('AT^SCFG="MEopMode/Prov/Cfg","fallb3"'), T("AT+CFUN=1,1"), U("^SYSSTART"),
         T("AT+CPIN?", ["+CPIN: SIM PIN"]), T('AT+CPIN="0000"', final="+CME ERROR: incorrect password"),
         T("AT^SPIC?", ["^SPIC: 2"])]
    c = Clock(7, 50, 2)
    lines = ["[07:50:01.902] tio v2.7", "[07:50:01.902] Press ctrl-t q to quit", "[07:50:01.903] Connected"]
    for l in raw_term(s):
        c.tick(0.05)
        lines.append("[%s] %s" % (c.hms(), l))
    write("tio_pls83w_pin.log", lines, s, "tio-timestamp", "Thales Cinterion PLS83-W", False)

    # minicom: SIM7070G HTTP (SH*)
    s = [T('AT+SHCONF="URL","http://api.example.com"'), T('AT+SHCONF="BODYLEN",1024'), T('AT+SHCONF="HEADERLEN",350'),
         T("AT+SHCONN"), T("AT+SHSTATE?", ["+SHSTATE: 1"]), T("AT+SHCHEAD"),
         T('AT+SHAHEAD="Accept","*/*"'), T('AT+SHREQ="/v1/time",1', after=["+SHREQ: \"GET\",200,27"]),
         T("AT+SHREAD=0,27", ["+SHREAD: 27", '{"t":"2026-12-07T07:51:00Z"}']), T("AT+SHDISC")]
    lines = ["Welcome to minicom 2.8", "", "OPTIONS: I18n", "Port /dev/ttyUSB2, 07:51:03", "",
             "Press CTRL-A Z for help on special keys", ""] + raw_term(s)
    write("minicom_sim7070g_http.txt", lines, s, "minicom-capture", "SIMCom SIM7070G", False)

    # android RIL logcat threadtime: MeiG SRM825L
    c = Clock(7, 52, 10)

    def ril(items):
        out = []

        def l(tag, lvl, msg):
            c.tick(0.021)
            return "12-07 %s  1893  1921 %s %-8s: %s" % (c.hms(), lvl, tag, msg)
        for x in txrx(items, lambda q: "AT> " + q, lambda r: "AT< " + r, timeout=lambda q: "__TIMEOUT__"):
            if x == "__TIMEOUT__":
                out.append(l("RIL", "E", "at_send_command timeout"))
            else:
                out.append(l("AT", "D", x))
        return out
    s = [T("ATE0Q0V1"), T("AT+CMEE=1"), T("AT+CREG=2;+CGREG=2;+CEREG=2"),
         T("AT+COPS=3,0;+COPS?;+COPS=3,2;+COPS?", ['+COPS: 0,0,"Example",7', '+COPS: 0,2,"26201",7']),
         U('+CEREG: 1,"4E20","0A1B2C03",7'), T("AT+CSQ", ["+CSQ: 25,99"]),
         T("AT+CGDATA=\"M-ETHER\",1", final="+CME ERROR: 148"), T("AT+CLCC", final=None)]
    write("ril_logcat_srm825l.log", ril(s), s, "android-ril-logcat", "MeiG SRM825L", False)

    # putty session log: Fibocom L610 FTP
    s = [T("AT+MIPCALL=1,\"internet\"", after=["+MIPCALL: 10.2.3.4"]),
         T('AT+FTPOPEN="ftp.example.com","user","pw",,21,1', after=["+FTPOPEN: 1"]),
         T('AT+FTPPUT="/up/log.txt",1,12', prompt=">", payload="hello world\n", final="OK", after=["+FTPPUT: 1,12"]),
         T("AT+FTPCLOSE", after=["+FTPCLOSE: 1"]), T("AT+MIPCALL=0", final=None)]
    lines = ["=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2026.12.07 07:53:12 =~=~=~=~=~=~=~=~=~=~=~="] + raw_term(s)
    write("putty_l610_ftpput.log", lines, s, "putty-session-log", "Fibocom L610", False, nl="\r\n")

    # teraterm timestamps: A7672E HTTP POST
    s = [T("AT+HTTPINIT"), T('AT+HTTPPARA="URL","http://api.example.com/v1/post"'),
         T('AT+HTTPPARA="CONTENT","application/json"'),
         T("AT+HTTPDATA=11,10000", prompt="DOWNLOAD", payload='{"v":12.5}', final="OK"),
         T("AT+HTTPACTION=1", after=["+HTTPACTION: 1,201,0"]), T("AT+HTTPHEAD", ["+HTTPHEAD: 96", "HTTP/1.1 201 Created"]),
         T("AT+HTTPTERM"), T("AT+HTTPTERM", final="ERROR")]
    c = Clock(7, 54, 0)
    lines = []
    for l in raw_term(s):
        c.tick(0.09)
        lines.append("[Mon Dec 07 %s 2026] %s" % (c.hms(), l))
    write("teraterm_ts_a7672e_http.log", lines, s, "teraterm-timestamps", "SIMCom A7672E", False, nl="\r\n")

    # picocom: Huawei MU709s-2 PDU SMS
    s = [T("AT+CMGF=0"), T("AT+CSCA?", ['+CSCA: "+15550000100",145']),
         T("AT+CMGS=19", prompt="> ", payload="0011000B915155100002F00000AA05E8329BFD06\x1a", final="OK", resp=["+CMGS: 44"]),
         T("AT+CMGS=19", prompt="> ", payload="0011000B915155100002F00000AA05E8329BFD06\x1a", final="+CMS ERROR: 38"),
         U("+CMTI: \"ME\",0"), T("AT+CMGR=0", ["+CMGR: 0,,24", "07915155000010F0040B915155100002F0000062701270150400054F79D87D"]),
         T("AT^CURC=0")]
    lines = ["picocom v3.1", "", "port is        : /dev/ttyUSB0", "flowcontrol    : none", "baudrate is    : 115200",
             "parity is      : none", "databits are   : 8", "stopbits are   : 1", "escape is      : C-a",
             "local echo is  : no", "noinit is      : no", "noreset is      : no", "hangup is      : no",
             "nolock is      : no", "send_cmd is    : sz -vv", "receive_cmd is : rz -vv -E", "imap is        : ",
             "omap is        : ", "emap is        : crcrlf,delbs,", "logfile is     : none", "initstring     : none",
             "exit_after is  : not set", "exit is        : no", "", "Type [C-a] [C-h] to see available commands",
             "Terminal ready"] + [l.replace("\x1a", "") for l in raw_term(s)] + ["", "Terminating...", "Thanks for using picocom"]
    write("picocom_mu709s_pdu.txt", lines, s, "picocom-session", "Huawei MU709s-2", False)

    # e-mail plain + terminal: Air724UG text SMS
    s = [T("AT+CMGF=1"), T('AT+CSCS="GSM"'), T('AT+CMGS="+15550100777"', prompt="> ", payload="test 1", resp=["+CMGS: 5"], final="OK"),
         T('AT+CMGS="+15550100777"', prompt="> ", payload="test 2", final="+CMS ERROR: 305"), T("AT+CPMS?", ['+CPMS: "SM",12,50,"SM",12,50,"SM",12,50']),
         T('AT+CMGD=1,4')]
    lines = ["From: Li Wei <liwei@example.com>", "To: Support <support@example.com>", "Date: Mon, 7 Dec 2026 07:55:02 +0800",
             "Subject: Air724UG second SMS fails", "", "Hello,", "", "see below, second message returns 305:", ""] + \
            raw_term(s) + ["", "Best regards", "Li Wei", "", "-----Original Message-----",
                           "From: Support", "Please send the output of AT+CMGS and AT+CPMS? with echo on."]
    write("email_air724ug_sms.txt", lines, s, "email-plain+terminal", "AirM2M Air724UG", False, nl="\r\n")

    # arduino serial monitor with timestamp: SIM800L HTTP via SAPBR
    s = [T('AT+SAPBR=3,1,"Contype","GPRS"'), T('AT+SAPBR=3,1,"APN","internet"'), T("AT+SAPBR=1,1", final="ERROR"),
         T("AT+SAPBR=2,1", ['+SAPBR: 1,1,"10.44.3.2"']), T("AT+HTTPINIT"), T('AT+HTTPPARA="CID",1'),
         T('AT+HTTPPARA="URL","http://api.example.com/t"'), T("AT+HTTPACTION=0", after=["+HTTPACTION: 0,200,8"]),
         T("AT+HTTPREAD", ["+HTTPREAD: 8", "12:00:05"]), T("AT+HTTPTERM")]
    c = Clock(7, 56, 1)
    lines = []
    for l in raw_term(s):
        c.tick(0.031)
        lines.append("%s -> %s" % (c.hms(), l))
    write("arduino_monitor_sim800l_http.txt", lines, s, "arduino-serial-monitor-timestamp", "SIMCom SIM800L", False)

    # ModemManager debug journal: Telit FN980
    def mm(items):
        c = Clock(7, 57, 0)
        out = []
        for d, data in wire(items, echo=False):
            c.tick(0.05)
            txt = data.decode().replace("\r", "<CR>").replace("\n", "<LF>").replace("\x1a", "<CTRL-Z>")
            out.append("Dec 07 %s host ModemManager[733]: <debug> [%d.%06d] [modem0/ttyUSB2/at] %s '%s'" % (
                c.hms(False), 1796630000 + int(c.t) % 10000, int(c.t * 1e6) % 1000000, "-->" if d == "TX" else "<--", txt))
        return out
    s = [T("AT+CGSN", ["351234567890123"]), T("AT#USBCFG?", ["#USBCFG: 0"]), T("AT+COPS=3,2;+COPS?", ['+COPS: 0,2,"26202",13']),
         T("AT+CGCONTRDP=1", final=None), T("AT+CGCONTRDP=1", ['+CGCONTRDP: 1,5,"ims.example","10.1.2.3.255.255.255.0"']),
         T("AT#5GCELLINFO?", final="ERROR")]
    write("mm_journal_fn980.log", mm(s), s, "modemmanager-debug-journal", "Telit FN980", False)

    # pppd chat syslog: SIM7000E
    def chat(items):
        out = []
        c = Clock(7, 58, 0)

        def l(m):
            c.tick(0.2)
            return "Dec  7 %s rpi chat[2211]: %s" % (c.hms(False), m)
        for it in items:
            out.append(l("send (%s^M)" % it.cmd))
            exp = it.final if it.final else "OK"
            out.append(l("expect (%s)" % exp))
            if it.final is None:
                out.append(l("alarm"))
                out.append(l("Failed"))
                continue
            out.append(l("%s^M^M" % it.cmd))
            for r in it.resp:
                out.append(l(r + "^M"))
            out.append(l(it.final))
            out.append(l(" -- got it"))
            out.append(l(""))
        return out
    s = [T("AT"), T("ATZ"), T("AT+CNMP=38"), T('AT+CGDCONT=1,"IP","nb.example"'), T("ATD*99#", final="CONNECT")]
    write("pppd_chat_sim7000e.log", chat(s), s, "pppd-chat-syslog", "SIMCom SIM7000E", False)

    # markdown quote + minicom: Cavli C10GM
    s = [T("AT+CGMR", ["C10GM_V1.0.8"]), T("AT+CNTP", final="ERROR"), T('AT+CNTPCID=1'),
         T("AT+CNTP", after=["+CNTP: 1"]), T("AT+CCLK?", ['+CCLK: "26/12/07,07:59:02+00"'])]
    lines = ["On Mon, Dec 7, 2026 at 8:01 AM Ana <ana@example.com> wrote:", "> NTP sync fails the first time:", ">"] + \
            ["> " + l if l else ">" for l in raw_term(s)] + [">", "> Is a context needed first?", "", "Yes, set AT+CNTPCID first."]
    write("mdquote_c10gm_ntp.md", lines, s, "markdown-quote+terminal", "Cavli C10GM", False)

    # =========================== negatives ===========================
    lines = ["# AT+QIOPEN  Open a Socket Service", "", "| Command | Response |", "|---|---|",
             "| Test: `AT+QIOPEN=?` | `+QIOPEN: (1-16),(0-11),\"TCP/UDP/TCP LISTENER/UDP SERVICE\",...`<br>`OK` |",
             "| Write: `AT+QIOPEN=<contextID>,<connectID>,...` | `OK`<br>`+QIOPEN: <connectID>,<err>`<br>If error: `ERROR` |",
             "", "Maximum response time: 150 s, determined by the network.", "", "Example:", "",
             "    AT+QIOPEN=1,0,\"TCP\",\"220.180.239.212\",8009,0,1 //Buffer access mode",
             "    OK", "", "    +QIOPEN: 0,0 //Connected successfully"]
    write("neg_manual_qiopen_table.md", lines, None, "negative-manual-table", "Quectel (manual)", False)

    lines = ["[    3.412031] usbcore: registered new interface driver option", "[    3.412188] usbserial: USB Serial support registered for GSM modem (1-port)",
             "[    3.413002] option 1-1.3:1.0: GSM modem (1-port) converter detected",
             "[    3.413517] usb 1-1.3: GSM modem (1-port) converter now attached to ttyUSB0",
             "[    3.414120] usb 1-1.3: GSM modem (1-port) converter now attached to ttyUSB1",
             "[    3.414742] usb 1-1.3: GSM modem (1-port) converter now attached to ttyUSB2 (AT port)",
             "[    3.415320] qmi_wwan 1-1.3:1.4: cdc-wdm0: USB WDM device", "[    3.415901] qmi_wwan 1-1.3:1.4 wwan0: register 'qmi_wwan'",
             "[   12.100413] wwan0: AT+CFUN=1 issued by userspace? no: link is not ready",
             "[   14.882011] IPv6: ADDRCONF(NETDEV_CHANGE): wwan0: link becomes ready, OK"]
    write("neg_dmesg_option_qmi.txt", lines, None, "negative-kernel-log", "Quectel EC25 (dmesg)", False)

    cfg = {"modem": {"port": "/dev/ttyUSB2", "baud": 115200,
                     "init": [{"cmd": "ATE0", "expect": "OK"}, {"cmd": "AT+CMEE=2", "expect": "OK"},
                              {"cmd": "AT+CGDCONT=1,\"IP\",\"iot.example\"", "expect": "OK", "timeout_ms": 2000},
                              {"cmd": "AT+COPS=0", "expect": "OK", "timeout_ms": 180000}],
                     "on_error": ["+CME ERROR: 10", "ERROR"]}}
    write("neg_modem_init_config.json", json.dumps(cfg, indent=2).split("\n"), None, "negative-config-json", "-", False)

    lines = ["$ python -m pytest tests/test_parser.py -q", "....F.", "=================================== FAILURES ===================================",
             "______________________________ test_cme_parse _________________________________", "",
             "    def test_cme_parse():", "        raw = 'AT+CPIN?\\r\\r\\n+CME ERROR: 10\\r\\n'",
             ">       assert parse(raw).final == 'ERROR'", "E       AssertionError: assert '+CME ERROR: 10' == 'ERROR'",
             "", "tests/test_parser.py:31: AssertionError", "=========================== short test summary info ============================",
             "FAILED tests/test_parser.py::test_cme_parse - AssertionError: assert '+CME ERROR: 10' == 'ERROR'",
             "1 failed, 5 passed in 0.04s"]
    write("neg_pytest_failure_parser.txt", lines, None, "negative-test-output", "-", False)

    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    n = sum(v["total"] for v in LABELS.values())
    print("%d logs, %d labelled transactions, %d null finals" % (
        len(LABELS), n, sum(1 for v in LABELS.values() for t in v["transactions"] if t["final"] is None)))


if __name__ == "__main__":
    main()
