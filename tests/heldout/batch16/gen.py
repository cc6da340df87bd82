#!/usr/bin/env python3
"""Write holdout16 logs/ and labels.json deterministically.

One session description per log (T = transaction, U = URC, N = a line printed verbatim by the
tool/app/user); a renderer per shape turns it into text; labels come from the same session.
All values are invented (192.0.2/198.51.100/203.0.113, *.example.com, +1555...).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")
LABELS = {}


class T:
    def __init__(self, cmd, resp=(), final="OK", prompt=None, payload=None, after=(), label=True):
        self.cmd = cmd
        self.resp = list(resp)
        self.final = final
        self.prompt = prompt      # "> ", ">", "@", "CONNECT", "DOWNLOAD"
        self.payload = payload
        self.after = list(after)
        self.label = label


class U:
    def __init__(self, line):
        self.line = line


class N:
    def __init__(self, text):
        self.text = text


def labels_of(items):
    return [{"command": it.cmd, "final": it.final} for it in items if isinstance(it, T) and it.label]


def write(name, lines, items, shape, module, verified=False, eol="\n", enc="utf-8"):
    os.makedirs(LOGS, exist_ok=True)
    text = eol.join(lines) + eol
    with open(os.path.join(LOGS, name), "wb") as f:
        f.write(text.encode(enc))
    tx = labels_of(items) if items else []
    LABELS[name] = {"transactions": tx, "total": len(tx), "has_transactions": bool(tx),
                    "shape": shape, "module": module, "verified": verified}


def rbody(resp, nl):
    """information text as modules send it: <nl>line<nl>line<nl> (empty when none)."""
    return (nl + nl.join(resp) + nl) if resp else ""


def echo_after(it, echo):
    c = it.cmd.upper().replace(" ", "")
    if it.final == "OK":
        if c.startswith("ATE0") or ";E0" in c or "E0Q0" in c:
            return False
        if c.startswith("ATE1") or ";E1" in c:
            return True
    return echo


# --------------------------------------------------------------------------------------------
# raw terminal view: what a terminal program shows of the byte stream, one entry per line
# --------------------------------------------------------------------------------------------

def raw(items, echo=True, local=False, blank=True):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            if blank:
                out.append("")
            out.append(it.line)
            continue
        if echo or local:
            out.append(it.cmd)
        if it.prompt:
            if it.prompt in ("CONNECT", "DOWNLOAD"):
                if blank:
                    out.append("")
                out.append(it.prompt)
                out.extend(it.payload.split("\n"))
            else:
                out.append(it.prompt + it.payload.split("\n")[0])
                out.extend(it.payload.split("\n")[1:])
        for i, r in enumerate(it.resp):
            if blank and (i == 0 and not echo or i == 0 and it.prompt):
                out.append("")
            out.append(r)
        if it.final is not None:
            if blank and (it.resp or it.prompt or not echo):
                out.append("")
            out.append(it.final)
        for a in it.after:
            if blank:
                out.append("")
            out.append(a)
        echo = echo_after(it, echo)
    return out


# --------------------------------------------------------------------------------------------
# library-trace renderers (old shapes, as described by earlier batches' SOURCES.md)
# --------------------------------------------------------------------------------------------

def r_tinygsm(items, t0=1200):
    out, t, echo = [], t0, True
    for it in items:
        t += 211
        if isinstance(it, N):
            out.append("[%d] ### %s" % (t, it.text))
            continue
        if isinstance(it, U):
            out += ["", it.line]
            continue
        out.append(it.cmd)
        if it.final is None and not it.resp:
            continue
        out += raw([it], echo=echo)
        echo = echo_after(it, echo)
    return out


def r_mm(items, port="ttyUSB2", t0=1765091000.112233):
    out, t = [], t0
    def ts():
        return "<debug> [%.6f] [modem0/%s/at]" % (t, port)
    for it in items:
        t += 0.137
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append("%s <-- '<CR><LF>%s<CR><LF>'" % (ts(), it.line))
            continue
        out.append("%s --> '%s<CR>'" % (ts(), it.cmd))
        if it.prompt:
            t += 0.05
            out.append("%s <-- '<CR><LF>%s'" % (ts(), it.prompt))
            out.append("%s --> '%s<SUB>'" % (ts(), it.payload))
        if it.final is None:
            t += 3.0
            if it.resp:
                out.append("%s <-- '<CR><LF>%s<CR><LF>'" % (ts(), "<CR><LF>".join(it.resp)))
            out.append("<debug> [%.6f] [modem0] couldn't run command '%s': serial command timed out" % (t, it.cmd))
            continue
        t += 0.08
        body = rbody(it.resp, "<CR><LF>") + "<CR><LF>%s<CR><LF>" % it.final
        out.append("%s <-- '%s'" % (ts(), body))
        for a in it.after:
            t += 0.9
            out.append("%s <-- '<CR><LF>%s<CR><LF>'" % (ts(), a))
    return out


def r_pppd(items, host="gw", pid=2231):
    out, ss, echo = [], 3, True
    def p(msg):
        nonlocal ss
        ss += 1
        return "Dec  7 09:%02d:%02d %s chat[%d]: %s" % (12 + ss // 60, ss % 60, host, pid, msg)
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        exp = "CONNECT" if it.cmd.upper().startswith("ATD") else "OK"
        out.append(p("send (%s^M)" % it.cmd))
        out.append(p("expect (%s)" % exp))
        if it.final is None and not it.resp:
            out.append(p("alarm"))
            out.append(p("Failed"))
            break
        out.append(p("%s^M^M" % it.cmd if echo else "^M"))
        for r in it.resp:
            out.append(p("%s^M" % r))
            out.append(p("^M"))
        if it.final.startswith(exp):
            out.append(p(it.final))
            out.append(p(" -- got it"))
            out.append("")
        else:
            out.append(p(it.final + "^M"))
            out.append(p("alarm"))
            out.append(p("Failed"))
            break
        echo = echo_after(it, echo)
    return out


def r_zephyr(items, t0=1.203):
    out, t = [], t0
    def ts():
        s = int(t)
        return "[00:00:%02d.%03d,%03d]" % (s, int((t - s) * 1000), 512)
    for it in items:
        t += 0.31
        if isinstance(it, N):
            out.append("%s %s" % (ts(), it.text))
            continue
        if isinstance(it, U):
            out.append("%s <dbg> modem_chat: modem_chat_log_received_command: %s" % (ts(), it.line.replace(",", " ")))
            continue
        out.append("%s <dbg> modem_chat: modem_chat_script_next: sending: %s" % (ts(), it.cmd))
        for r in it.resp:
            t += 0.02
            out.append("%s <dbg> modem_chat: modem_chat_log_received_command: %s" % (ts(), r.replace(",", " ")))
        if it.final is None:
            t += 10
            out.append("%s <wrn> modem_chat: modem_chat_script_stop: timed out" % ts())
            continue
        t += 0.02
        out.append("%s <dbg> modem_chat: modem_chat_log_received_command: %s" % (ts(), it.final))
        for a in it.after:
            t += 1.2
            out.append("%s <dbg> modem_chat: modem_chat_log_received_command: %s" % (ts(), a.replace(",", " ")))
    return out


def r_espmodem(items, t0=2310):
    out, t = [], t0
    for it in items:
        t += 57
        if isinstance(it, N):
            out.append(it.text % t if "%d" in it.text else it.text)
            continue
        if isinstance(it, U):
            continue
        out.append("D (%d) command_lib: generic_command command %s" % (t, it.cmd))
        out.append("")
        if it.final is None:
            t += 5000
            out.append("E (%d) command_lib: Command %s: timeout" % (t, it.cmd))
            continue
        t += 40
        body = "\n".join(["", *it.resp, "", it.final, ""]) if it.resp else "\n".join(["", it.final, ""])
        out.append("V (%d) command_lib: Response: %s" % (t, body))
    return out


def r_mbed(items):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append("[INFO][CELL]: " + it.text)
            continue
        if isinstance(it, U):
            out.append("[DBG ][CELL]: AT RX (%2d): %s[CR][LF]" % (len(it.line) + 2, it.line))
            continue
        out.append("[DBG ][CELL]: AT TX (%2d): %s[CR]" % (len(it.cmd) + 1, it.cmd))
        if it.prompt:
            out.append("[DBG ][CELL]: AT RX (%2d): %s" % (len(it.prompt), it.prompt))
            out.append("[DBG ][CELL]: AT TX (%2d): %s" % (len(it.payload), it.payload))
        for r in it.resp:
            out.append("[DBG ][CELL]: AT RX (%2d): %s[CR][LF]" % (len(r) + 2, r))
        if it.final is None:
            out.append("[WARN][CELL]: AT TX timeout")
            continue
        out.append("[DBG ][CELL]: AT RX (%2d): %s[CR][LF]" % (len(it.final) + 2, it.final))
        if it.final.startswith("+CME") or it.final == "ERROR":
            out.append("[DBG ][CELL]: AT error code %s" % it.final)
    return out


def r_gsmmodem(items):
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append("DEBUG:gsmmodem.serial_comms.SerialComms:notification: ['%s']" % it.line)
            continue
        out.append("DEBUG:gsmmodem.modem.GsmModem:write: %s" % it.cmd)
        if it.prompt:
            out.append("DEBUG:gsmmodem.serial_comms.SerialComms:response: ['> ']")
            out.append("DEBUG:gsmmodem.modem.GsmModem:write: %s\\x1a" % it.payload)
        if it.final is None:
            out.append("DEBUG:gsmmodem.serial_comms.SerialComms:Timeout")
            continue
        lines = list(it.resp) + [it.final]
        out.append("DEBUG:gsmmodem.serial_comms.SerialComms:response: [%s]" % ", ".join("'%s'" % l.replace("'", "\\'") for l in lines))
    return out


def r_ril(items, t0=(9, 41, 2, 118), pid=812, tid=847):
    out = []
    h, m, s, ms = t0
    def ts():
        return "12-07 %02d:%02d:%02d.%03d  %d  %d D AT      :" % (h, m, s, ms, pid, tid)
    for it in items:
        ms += 23
        if ms >= 1000:
            ms -= 1000; s += 1
        if isinstance(it, N):
            out.append("12-07 %02d:%02d:%02d.%03d  %d  %d I RILC    : %s" % (h, m, s, ms, pid, tid, it.text))
            continue
        if isinstance(it, U):
            out.append("%s AT< %s" % (ts(), it.line))
            continue
        out.append("%s AT> %s" % (ts(), it.cmd))
        if it.prompt:
            out.append("%s AT< %s" % (ts(), it.prompt))
            out.append("%s AT> %s^Z" % (ts(), it.payload))
        for r in it.resp:
            out.append("%s AT< %s" % (ts(), r))
        if it.final is None:
            s += 30
            out.append("12-07 %02d:%02d:%02d.%03d  %d  %d E AT      : AT command timeout" % (h, m, s % 60, ms, pid, tid))
            continue
        out.append("%s AT< %s" % (ts(), it.final))
        for a in it.after:
            s += 1
            out.append("%s AT< %s" % (ts(), a))
    return out


def r_ofono(items, tag="Modem", t0=(9, 3, 11)):
    out = []
    h, m, s = t0
    def p(msg):
        return "Dec  7 %02d:%02d:%02d pi ofonod[611]: %s: %s" % (h, m, s % 60, tag, msg)
    for it in items:
        s += 1
        if isinstance(it, N):
            out.append("Dec  7 %02d:%02d:%02d pi ofonod[611]: %s" % (h, m, s % 60, it.text))
            continue
        if isinstance(it, U):
            out.append(p("< \\r\\n%s\\r\\n" % it.line))
            continue
        out.append(p("> %s\\r" % it.cmd))
        if it.prompt:
            out.append(p("< \\r\\n> "))
            out.append(p("> %s\\032" % it.payload))
        if it.final is None:
            continue
        body = rbody(it.resp, "\\r\\n") + "\\r\\n%s\\r\\n" % it.final
        out.append(p("< " + body))
    return out


def r_docklight(items, echo=False):
    out = []
    ms = 120
    def ts():
        return "07/12/2026 10:14:%02d.%03d" % ((ms // 1000) % 60, ms % 1000)
    for it in items:
        ms += 431
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append("%s [RX] - <CR><LF>%s<CR><LF>" % (ts(), it.line))
            continue
        out.append("%s [TX] - %s<CR>" % (ts(), it.cmd))
        ms += 35
        ech = "%s<CR>" % it.cmd if echo else ""
        if it.prompt:
            out.append("%s [RX] - %s<CR><LF>%s" % (ts(), ech, it.prompt))
            out.append("%s [TX] - %s<SUB>" % (ts(), it.payload.replace("\\r\\n", "<CR><LF>")))
            ech = ""
        if it.final is None and not it.resp:
            continue
        body = ech + rbody(it.resp, "<CR><LF>")
        if it.final is not None:
            body += "<CR><LF>%s<CR><LF>" % it.final
        out.append("%s [RX] - %s" % (ts(), body))
        for a in it.after:
            ms += 900
            out.append("%s [RX] - <CR><LF>%s<CR><LF>" % (ts(), a))
    return out


def r_sscom(items, echo=True):
    out = []
    ms = 0
    def ts():
        return "[10:%02d:%02d.%03d]" % (ms // 60000 % 60, ms // 1000 % 60, ms % 1000)
    for it in items:
        ms += 1731
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append("%s收←◆%s" % (ts(), it.line))
            out.append("")
            continue
        out.append("%s发→◇%s" % (ts(), it.cmd))
        out.append("□")
        ms += 52
        body = raw([it], echo=echo)
        echo = echo_after(it, echo)
        if body and body[0] == "":
            body = body[1:]
        out.append("%s收←◆%s" % (ts(), body[0] if body else ""))
        out += body[1:]
        out.append("")
    return out


def stamp(lines, fmt, step=0.137, t0=0.0):
    out, t = [], t0
    for l in lines:
        t += step
        out.append(fmt(t) + l)
    return out


def hms(t, base=9 * 3600 + 14 * 60):
    x = base + t
    return "%02d:%02d:%02d.%03d" % (x // 3600, x // 60 % 60, x % 60, int((x - int(x)) * 1000))


# --------------------------------------------------------------------------------------------
# new-shape renderers (from memory; verified false)
# --------------------------------------------------------------------------------------------

def r_micropython(items, echo=True):
    """MicroPython REPL driving a UART: uart.write(b'..\\r\\n') -> byte count, uart.read() -> repr."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append(">>> uart.read()")
            out.append("b'\\r\\n%s\\r\\n'" % it.line)
            continue
        out.append(">>> uart.write(b'%s\\r\\n')" % it.cmd.replace("'", "\\'"))
        out.append(str(len(it.cmd) + 2))
        out.append(">>> time.sleep(1); uart.read()" if "COPS=?" in it.cmd else ">>> uart.read()")
        if it.final is None and not it.resp:
            continue  # read() returned None: the REPL prints nothing
        b = (it.cmd + "\\r" if echo else "")
        if it.resp:
            b += "\\r\\n" + "\\r\\n".join(it.resp) + "\\r\\n"
        if it.final is not None:
            b += "\\r\\n%s\\r\\n" % it.final
        out.append("b'%s'" % b.replace("'", "\\'"))
        echo = echo_after(it, echo)
    return out


def r_pyrepr(items, echo=True):
    """A pyserial script: print('>>', cmd); print(ser.readlines()) (list of bytes lines)."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            continue
        out.append(">> %s" % it.cmd)
        parts = [it.cmd + "\r\r\n"] if echo else ["\r\n"]
        if it.prompt:
            parts.append(it.prompt)
        parts += [r + "\r\n" for r in it.resp]
        if it.final is not None:
            if it.resp:
                parts.append("\r\n")
            parts.append(it.final + "\r\n")
        elif not it.resp:
            parts = []
        out.append("[" + ", ".join(repr(p.encode()) for p in parts) + "]")
        echo = echo_after(it, echo)
    return out


def r_powershell(items):
    """PowerShell transcript with System.IO.Ports.SerialPort: WriteLine / ReadExisting."""
    out = ["**********************",
           "PowerShell transcript start",
           "Start time: 20261207101500",
           "Username: LAB\\tech",
           "Machine: BENCH-07 (Microsoft Windows NT 10.0.22631.0)",
           "**********************",
           "Transcript started, output file is C:\\Users\\tech\\at_em7411.txt",
           "PS C:\\Users\\tech> $p = New-Object System.IO.Ports.SerialPort COM7,115200,None,8,One",
           "PS C:\\Users\\tech> $p.NewLine = \"`r\"",
           "PS C:\\Users\\tech> $p.Open()"]
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            continue
        out.append("PS C:\\Users\\tech> $p.WriteLine('%s')" % it.cmd.replace("'", "''"))
        out.append("PS C:\\Users\\tech> $p.ReadExisting()")
        out += raw([it], echo=True)
    out += ["PS C:\\Users\\tech> $p.Close()", "PS C:\\Users\\tech> Stop-Transcript",
            "**********************", "PowerShell transcript end", "End time: 20261207102231",
            "**********************"]
    return out


def r_yat(items, port="COM12"):
    """YAT-like text log: (hh:mm:ss.fff) [port] << / >> line with <CR><LF> shown."""
    out, t = [], 10.0
    echo = True
    for it in items:
        t += 1.37
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append("(%s) [%s] << %s<CR><LF>" % (hms(t), port, it.line))
            continue
        out.append("(%s) [%s] >> %s<CR>" % (hms(t), port, it.cmd))
        body = raw([it], echo=echo)
        if it.prompt:
            body = raw([T(it.cmd, it.resp, it.final, after=it.after)], echo=echo)
            k = 1 if echo else 0
            body[k:k] = ["PROMPT"]
        for l in body:
            if l == "PROMPT":
                out.append("(%s) [%s] << <CR><LF>%s" % (hms(t), port, it.prompt))
                t += 2.1
                out.append("(%s) [%s] >> %s<SUB>" % (hms(t), port, it.payload))
                continue
            t += 0.011
            if l == "" :
                out.append("(%s) [%s] << <CR><LF>" % (hms(t), port))
            else:
                out.append("(%s) [%s] << %s<CR><LF>" % (hms(t), port, l))
        echo = echo_after(it, echo)
    return out


def r_saleae(items, echo=True):
    """Saleae Logic 2 Async Serial export (data table as CSV): one byte per row, two analyzers."""
    out = ['name,type,start_time,duration,"data"']
    t = 0.512
    def rows(chan, s):
        nonlocal t
        for ch in s:
            t += 0.0000868
            if ch == "\r":
                d = "\\r"
            elif ch == "\n":
                d = "\\n"
            elif ch == "\x1a":
                d = "\\x1A"
            elif ch == '"':
                d = '""""'
            elif ch == ",":
                d = '","'
            elif ch == " ":
                d = "' '"
            else:
                d = ch
            out.append('"Async Serial [%s]","data",%.7f,0.0000868,%s' % (chan, t, d))
    for it in items:
        if not isinstance(it, T):
            continue
        t += 0.25
        rows("TX", it.cmd + "\r")
        t += 0.004
        stream = (it.cmd + "\r" if echo else "")
        if it.prompt:
            stream += "\r\n" + it.prompt
            rows("RX", stream)
            stream = ""
            rows("TX", it.payload + "\x1a")
        stream += rbody(it.resp, "\r\n")
        if it.final is not None:
            stream += "\r\n%s\r\n" % it.final
        rows("RX", stream)
        echo = echo_after(it, echo)
    return out


def r_compose(items, svc="modem-agent-1", width=16):
    """docker compose logs: 'svc  | ' prefix around a python logging TX/RX script."""
    out, t = [], 0.0
    pre = svc.ljust(width) + "| "
    for it in items:
        t += 0.42
        ts = "2026-12-07 11:02:%06.3f" % (t % 60)
        if isinstance(it, N):
            out.append(pre + "%s INFO %s" % (ts, it.text))
            continue
        if isinstance(it, U):
            out.append(pre + "%s DEBUG RX %r" % (ts, it.line))
            continue
        out.append(pre + "%s DEBUG TX %r" % (ts, it.cmd))
        for r in it.resp:
            out.append(pre + "%s DEBUG RX %r" % (ts, r))
        if it.final is None:
            out.append(pre + "%s WARNING timeout waiting for final result of %r" % (ts, it.cmd))
            continue
        out.append(pre + "%s DEBUG RX %r" % (ts, it.final))
    return out


def ipynb(cells):
    nb = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                    "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    n = 0
    for kind, src, outp in cells:
        if kind == "md":
            nb["cells"].append({"cell_type": "markdown", "id": "c%02d" % len(nb["cells"]), "metadata": {},
                                "source": [l + "\n" for l in src[:-1]] + src[-1:]})
        else:
            n += 1
            c = {"cell_type": "code", "execution_count": n, "id": "c%02d" % len(nb["cells"]), "metadata": {},
                 "outputs": [], "source": [l + "\n" for l in src[:-1]] + src[-1:]}
            if outp:
                c["outputs"].append({"name": "stdout", "output_type": "stream",
                                     "text": [l + "\n" for l in outp]})
            nb["cells"].append(c)
    return json.dumps(nb, indent=1, ensure_ascii=False).split("\n")


# --------------------------------------------------------------------------------------------
# sessions
# --------------------------------------------------------------------------------------------

def main():
    # ---------------- old shapes, new content ----------------
    # 1 TinyGSM StreamDebugger, SIMCom SIM7028 NB-IoT
    s = [N("Initializing modem..."),
         T("AT", final=None), T("AT"), T("ATE0"), T("AT+CMEE=2"),
         T("AT+CGMM", ["SIM7028"]), T("AT+CGSN", ["868019061234512"]),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CBANDCFG=\"NB-IOT\",3,8,20"),
         T("AT+CSQ", ["+CSQ: 99,99"]), T("AT+CEREG?", ["+CEREG: 0,2"]),
         N("Waiting for network..."), T("AT+CEREG?", ["+CEREG: 0,5"]),
         T("AT+CGCONTRDP", ["+CGCONTRDP: 1,5,\"nb.example.com\",\"10.41.8.77\""]),
         T("AT+CSOC=1,1,1", ["+CSOC: 0"]),
         T("AT+CSOCON=0,5683,\"192.0.2.44\"", final="+CME ERROR: operation not allowed"),
         T("AT+CSOCL=0"), T("AT+CSOC=1,2,1", ["+CSOC: 0"]),
         T("AT+CSOSEND=0,0,\"hello-7028\"")]
    write("tinygsm_sim7028_nbiot_udp.log", r_tinygsm(s), s, "tinygsm-streamdebugger", "SIMCom SIM7028")

    # 2 ModemManager debug journal, Fibocom FM350-GL
    s = [T("AT+CGMI", ["Fibocom Wireless Inc."]), T("AT+CGMM", ["FM350-GL"]),
         T("AT+GTPKGVER?", ["+GTPKGVER: \"81600.0000.00.29.21.07_GC\""]),
         T("AT+CFUN?", ["+CFUN: 4"]), T("AT+CFUN=1"), U("+GTSIMINFO: 1,1"),
         T("AT+CPIN?", ["+CPIN: SIM PIN"]), T("AT+CPIN=\"1234\"", final="+CME ERROR: 16"),
         T("AT+CPINR=\"SIM PIN\"", ["+CPINR: \"SIM PIN\",2,3"]),
         T("AT+COPS=3,2;+COPS?", ["+COPS: 0,2,\"00101\",7"]),
         T("AT+CGDCONT?", ["+CGDCONT: 1,\"IPV4V6\",\"internet.example.com\",\"0.0.0.0\",0,0,0,0"]),
         T("AT+GTUSBMODE?", final=None),
         T("AT+GTUSBMODE?", ["+GTUSBMODE: 40"])]
    write("mm_journal_fm350gl_pin.log",
          ["-- Journal begins at Fri 2026-12-04 08:00:11 CET. --"] +
          ["Dec 07 10:21:%02d nuc ModemManager[844]: %s" % (i % 60, l) for i, l in enumerate(r_mm(s, "wwan0at0"))],
          s, "modemmanager-debug-journal", "Fibocom FM350-GL")

    # 3 pppd chat, Huawei MU709s-2
    s = [T("ATZ"), T("ATQ0 V1 E1 S0=0"), T("AT+CGDCONT=1,\"IP\",\"data.example.com\""),
         T("ATDT*99#", final="NO CARRIER")]
    lines = r_pppd(s, host="router", pid=4412) + [
        "Dec  7 09:12:25 router pppd[4410]: Connect script failed",
        "Dec  7 09:12:25 router pppd[4410]: Exit."]
    write("pppd_chat_mu709s_nocarrier.log", lines, s, "pppd-chat-syslog", "Huawei MU709s-2")

    # 4 Zephyr modem_chat, u-blox SARA-R52
    s = [N("<inf> modem_cellular: switch to state 2"),
         T("AT", final=None), T("ATE0"), T("AT+CFUN=4"), T("AT+CMEE=1"),
         T("AT+UMNOPROF?", ["+UMNOPROF: 100"]), T("AT+UMNOPROF=90", final="+CME ERROR: 3"),
         T("AT+CGSN", ["357862090123456"]), T("AT+CGMM", ["SARA-R52M10"]),
         T("AT+CFUN=1"), T("AT+CEREG=2"), U("+CEREG: 2,\"4E2A\",\"01A2D103\",7"),
         T("AT+CMUX=0,0,5,127"), N("<inf> modem_cellular: switch to state 5")]
    write("zephyr_modem_chat_sara_r52.log", r_zephyr(s), s, "zephyr-modem_chat", "u-blox SARA-R52M10")

    # 5 esp_modem, Quectel EC800M-CN
    s = [N("I (%d) ec800m: Init modem over UART2"),
         T("AT", final=None), T("AT"), T("ATE0"),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+QCCID", ["+QCCID: 89860012345678901234"]),
         T("AT+CSQ", ["+CSQ: 24,99"]), T("AT+CGDCONT=1,\"IP\",\"cmnet.example.com\""),
         T("AT+CGATT?", ["+CGATT: 1"]), T("ATD*99#", final="CONNECT 150000000"),
         N("I (%d) esp_modem_netif: PPP state changed event 0"),
         N("I (%d) ec800m: Got IP 10.77.0.12")]
    write("espmodem_ec800m_ppp.log", r_espmodem(s), s, "esp-modem-command-lib", "Quectel EC800M-CN")

    # 6 Mbed cellular trace, Quectel BG600L
    s = [N("New CellularContext (0x20003a8c)"),
         T("AT"), T("ATE0"), T("AT+CMEE=1"), T("AT+CFUN=1"), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+QCFG=\"iotopmode\"", ["+QCFG: \"iotopmode\",2"]),
         T("AT+QCFG=\"nwscanseq\",020301,1"), T("AT+CEREG=2"),
         T("AT+CEREG?", ["+CEREG: 2,2"]), U("+CEREG: 5,\"2B01\",\"0A13C04\",9"),
         T("AT+CGACT?", ["+CGACT: 1,0"]), T("AT+QIACT=1", final="+CME ERROR: 30"),
         T("AT+QIACT=1"), T("AT+QIACT?", ["+QIACT: 1,1,1,\"10.50.3.201\""])]
    write("mbed_trace_bg600l.log", r_mbed(s), s, "mbed-cellular-trace", "Quectel BG600L-M3")

    # 7 python-gsmmodem, Huawei E173 USSD
    s = [N("INFO:gsmmodem.modem.GsmModem:Connecting to modem on port /dev/ttyUSB0 at 115200bps"),
         T("ATZ"), T("ATE0"), T("AT+CFUN?", ["+CFUN: 1"]), T("AT+CMEE=1"),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CGMI", ["huawei"]), T("AT+CGMM", ["E173"]),
         T("AT^CURC=0"), T("AT+CSCS=\"GSM\""), T("AT+CUSD=1,\"*101#\",15"),
         U("+CUSD: 0,\"Balance 12.40 EUR, valid until 31.12.2026\",15"),
         T("AT+CUSD=1,\"*100*7#\",15", final="+CME ERROR: 258")]
    write("gsmmodem_e173_ussd.log", r_gsmmodem(s) + [
        "Traceback (most recent call last):",
        "  File \"ussd.py\", line 22, in <module>",
        "    r = modem.sendUssd('*100*7#')",
        "gsmmodem.exceptions.CmeError: CME error: 258"], s, "python-gsmmodem-debug", "Huawei E173")

    # 8 Android RIL logcat, MeiG SLM750
    s = [N("RIL_Init: SLM750 reference-ril 2.1"),
         T("ATE0Q0V1"), T("ATS0=0"), T("AT+CMEE=1"), T("AT+CREG=2"), T("AT+CGREG=2"),
         T("AT+CCWA=1"), T("AT+CMOD=0"), T("AT+CMUT=0", final="+CME ERROR: 4"),
         T("AT+CSSN=0,1"), T("AT+COLP=0"), T("AT+CSCS=\"HEX\""), T("AT+CUSD=1"),
         T("AT+CGEREP=1,0"), T("AT+CMGF=0"), T("AT+CFUN?", ["+CFUN: 1"]),
         T("AT+CPIN?", ["+CPIN: READY"]), U("+CREG: 1,\"1A2B\",\"0C3D4E5\",7"),
         T("AT+COPS=3,0;+COPS?;+COPS=3,1;+COPS?", ["+COPS: 0,0,\"Example Mobile\",7", "+COPS: 0,1,\"ExMob\",7"]),
         T("AT+CSQ", ["+CSQ: 21,99"]), T("AT$QCRMCALL=1,1", final="ERROR")]
    write("ril_logcat_slm750.log", ["--------- beginning of main"] + r_ril(s), s, "android-ril-logcat", "MeiG SLM750")

    # 9 oFono, Quectel EC25-E SMS
    s = [T("ATE0 +CMEE=1"),
         T("AT+CPMS=\"ME\",\"ME\",\"ME\"", ["+CPMS: 0,255,0,255,0,255"]),
         T("AT+CNMI=2,1,2,1,0"), T("AT+CSCA?", ["+CSCA: \"+15550001000\",145"]),
         T("AT+CMGS=24", ["+CMGS: 17"], prompt="> ", payload="0011000B915155104020F30000AA0BC8329BFD065DDF72363904"),
         T("AT+CMGS=24", final="+CMS ERROR: 332", prompt="> ", payload="0011000B915155104020F30000AA0BC8329BFD065DDF72363904"),
         U("+CMTI: \"ME\",0"), T("AT+CMGR=0", ["+CMGR: 0,,29", "07915155000010F0040B915155104020F30000621270911372400BC8329BFD065DDF723639"]),
         T("AT+CMGD=0")]
    write("ofono_ec25_sms.log", r_ofono(s, tag="Modem"), s, "ofono-syslog", "Quectel EC25-E")

    # 10 Docklight, Telit LE910R1
    s = [T("AT#CGMR", ["#CGMR: 24.01.511"]), T("AT+CIMI", ["001010123456789"]),
         T("AT#SIMDET?", ["#SIMDET: 2,1"]), T("AT+CGDCONT=1,\"IP\",\"iot.example.com\""),
         T("AT#SGACT=1,1", ["#SGACT: 10.20.30.40"]),
         T("AT#SD=1,0,80,\"api.example.com\",0,0,1"),
         T("AT#SSEND=1", prompt=">", payload="GET /v1/ping HTTP/1.1\\r\\nHost: api.example.com\\r\\n\\r\\n"),
         U("SRING: 1"), T("AT#SRECV=1,200", ["#SRECV: 1,17", "HTTP/1.1 200 OK"]),
         T("AT#SH=1"), T("AT#SGACT=1,0", final="+CME ERROR: 555")]
    write("docklight_le910r1_socket.txt", ["Docklight Log File (ASCII) - Started 07/12/2026 10:14:00.120", ""] + r_docklight(s, echo=True),
          s, "docklight-ascii-log", "Telit LE910R1")

    # 11 SSCOM, MeiG SLM332
    s = [T("AT"), T("ATI", ["MEIG", "SLM332", "Revision: SLM332_V1.0.3"]),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", ["+CSQ: 26,99"]),
         T("AT+CGATT?", ["+CGATT: 1"]), T("AT+MIPCALL=1,\"cmiot.example.com\"", ["+MIPCALL: 10.66.1.9"]),
         T("AT+MIPOPEN=1,,\"198.51.100.20\",1883,0", ["+MIPOPEN: 1,1"]),
         T("AT+MIPSEND=1,10", ["+MIPSEND: 1,0"], prompt=">", payload="0123456789"),
         T("AT+MIPPUSH=1", ["+MIPPUSH: 1,0"]), U("+MIPRTCP: 1,4,A0B1C2D3"),
         T("AT+MIPCLOSE=1", ["+MIPCLOSE: 1,0"]), T("AT+MIPCALL=0", final="ERROR")]
    write("sscom_slm332_tcp.txt", r_sscom(s), s, "sscom-serial-tool", "MeiG SLM332")

    # 12 minicom, Neoway N706
    s = [T("AT"), T("AT+CGMR", ["N706_V1.2.6"]), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CEREG?", ["+CEREG: 0,1"]), T("AT$MYNETCON=0,\"APN\",\"iot.example.com\""),
         T("AT$MYNETACT=0,1", after=["$MYURCACT: 0,1,\"10.12.0.4\""]),
         T("AT$MYNETSRV=0,0,2,0,\"203.0.113.7:5000\""),
         T("AT$MYNETOPEN=0", ["$MYNETOPEN: 0,2000"]),
         T("AT$MYNETWRITE=0,5", ["$MYNETWRITE: 0,5"], prompt="", payload="hello"),
         U("$MYURCREAD: 0"), T("AT$MYNETREAD=0,100", ["$MYNETREAD: 0,3", "ack"]),
         T("AT$MYNETCLOSE=0", ["$MYNETCLOSE: 0"]), T("AT+CFUN=1,1"),
         N(""), N("RDY"), T("AT", final=None)]
    for x in s:
        if isinstance(x, T) and x.prompt == "":
            x.prompt = None
            x.resp = ["$MYNETWRITE: 0,5"]
    banner = ["", "Welcome to minicom 2.8", "", "OPTIONS: I18n", "Port /dev/ttyUSB1, 10:02:17",
              "", "Press CTRL-A Z for help on special keys", ""]
    write("minicom_n706_tcp.txt", banner + raw(s), s, "minicom-capture", "Neoway N706")

    # 13 picocom, Telit ME910G1 FOTA
    s = [T("AT"), T("AT#SWPKGV", ["37.00.216-B001-P0H.000400", "M0H.000400", "P0H.000400", "A0H.000400"]),
         T("AT#OTAUPDINFO?", final="ERROR"), T("AT#FWAUTOUPD?", ["#FWAUTOUPD: 0,0"]),
         T("AT#HTTPCFG=0,\"fota.example.com\",80"),
         T("AT#HTTPQRY=0,0,\"/me910g1/delta.bin\"", after=["#HTTPRING: 0,200,\"application/octet-stream\",412300"]),
         T("AT#OTAUPDDL=0,\"/me910g1/delta.bin\"", final=None)]
    banner = ["picocom v3.1", "", "port is        : /dev/ttyUSB0", "flowcontrol    : none",
              "baudrate is    : 115200", "parity is      : none", "databits are   : 8", "stopbits are   : 1",
              "escape is      : C-a", "local echo is  : no", "noinit is      : no", "noreset is     : no",
              "hangup is      : no", "nolock is      : no", "send_cmd is    : sz -vv", "receive_cmd is : rz -vv -E",
              "imap is        : ", "omap is        : ", "emap is        : crcrlf,delbs,", "logfile is     : none",
              "initstring     : none", "exit_after is  : not set", "exit is        : no", "", "Type [C-a] [C-h] to see available commands",
              "Terminal ready"]
    write("picocom_me910g1_fota.txt", banner + raw(s) + ["", "Terminating...", "Thanks for using picocom"], s,
          "picocom-session", "Telit ME910G1")

    # 14 tio timestamps, AirM2M Air780EG GNSS
    s = [T("AT+CGNSPWR=1"), T("AT+CGNSAID=31,1,1,1"), T("AT+CGNSURC=0"),
         U("$GNRMC,101500.000,V,,,,,,,071226,,,N,V*2C"),
         T("AT+CGNSINF", ["+CGNSINF: 1,0,20261207101500.000,,,,0.00,0.0,0,,,,,,12,0,,,33,,"]),
         T("AT+CGNSINF", ["+CGNSINF: 1,1,20261207101612.000,31.230412,121.473701,12.6,0.00,0.0,1,,1.1,1.4,0.9,,12,7,,,42,,"]),
         T("AT+CGNSTST=0"), T("AT+CGNSPWR=0"), T("AT+CGNSPWR?", ["+CGNSPWR: 0"])]
    body = ["[10:15:00.101] tio v2.7", "[10:15:00.101] Press ctrl-t q to quit", "[10:15:00.102] Connected"]
    body += stamp(raw(s), lambda t: "[%s] " % hms(t, 10 * 3600 + 15 * 60 + 1))
    write("tio_air780eg_gnss.log", body, s, "tio-timestamp", "AirM2M Air780EG")

    # 15 PuTTY, Fibocom MC610 TCP
    s = [T("ATI", ["Fibocom", "MC610-EU", "Revision: 16000.1000.00.97.20.10"]),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CGREG?", ["+CGREG: 0,1"]),
         T("AT+MIPCALL?", ["+MIPCALL: 0"]), T("AT+MIPCALL=1,\"web.example.com\"", ["OK"], final="+MIPCALL: 10.9.8.7"),
         T("AT+MIPOPEN=1,0,\"203.0.113.50\",7,0", after=["+MIPOPEN: 1,1"]),
         T("AT+MIPSEND=1,\"48656C6C6F\"", ["+MIPSEND: 1,2043"]), T("AT+MIPPUSH=1"),
         U("+MIPRTCP: 1,0,48656C6C6F"), T("AT+MIPCLOSE=1", after=["+MIPCLOSE: 1,0"]),
         T("AT+MIPCALL=0", after=["+MIPCALL: 0"])]
    # MIPCALL=1 answers OK first, then the IP URC: label OK
    s[4] = T("AT+MIPCALL=1,\"web.example.com\"", after=["+MIPCALL: 10.9.8.7"])
    write("putty_mc610_tcp.log", ["=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2026.12.07 10:30:12 =~=~=~=~=~=~=~=~=~=~=~="] + raw(s),
          s, "putty-session-log", "Fibocom MC610-EU", eol="\r\n")

    # 16 RealTerm capture, Quectel EC25-AF (usbnet switch, reset banner, ECM call)
    s = [T("ATE1"), T("AT+QCFG=\"usbnet\"", ["+QCFG: \"usbnet\",0"]), T("AT+QCFG=\"usbnet\",1"),
         T("AT+CFUN=1,1"), N(""), N("RDY"), N(""), N("+CFUN: 1"), N(""), N("+CPIN: READY"),
         T("AT+QCFG=\"usbnet\"", ["+QCFG: \"usbnet\",1"]),
         T("AT+QNETDEVCTL=1,1,1", after=["+QNETDEVSTATUS: 1"]),
         T("AT+QNETDEVSTATUS=1", ["+QNETDEVSTATUS: 10.33.44.55,255.255.255.0,10.33.44.1,10.33.44.1,192.0.2.53,192.0.2.54,85766,3417"]),
         T("AT+QNETDEVCTL=0,1,0", final="+CME ERROR: 3")]
    write("realterm_ec25af_ecm.txt", raw(s), s, "realterm-capture", "Quectel EC25-AF", eol="\r\n")

    # 17 CoolTerm with local echo, u-blox SARA-R422 (echo off on the module)
    s = [T("AT"), T("AT+CGMR", ["03.15"]), T("AT+UMNOPROF?", ["+UMNOPROF: 1"]),
         T("AT+URAT?", ["+URAT: 7,8"]), T("AT+COPS=?", ["+COPS: (2,\"Example\",\"Ex\",\"00101\",7),(1,\"Other Net\",\"Other\",\"00102\",7),,(0,1,2,3,4),(0,1,2)"]),
         T("AT+USOCR=6", ["+USOCR: 0"]),
         T("AT+USOCO=0,\"198.51.100.9\",443", final="+CME ERROR: Operation not allowed"),
         T("AT+USOCL=0"), T("AT+UPING=\"198.51.100.9\",2,32,5000,255", after=["+UUPINGER: 8"])]
    write("coolterm_sara_r422_localecho.txt", raw(s, echo=False, local=True), s,
          "coolterm-capture-localecho", "u-blox SARA-R422M8S", eol="\r\n")

    # 18 Tera Term timestamps, SIMCom SIM7672G MQTT (;-joined, cut at the end)
    s = [T("AT+CMQTTSTART", after=["+CMQTTSTART: 0"]), T("AT+CMQTTACCQ=0,\"dev-7672\",0"),
         T("AT+CMQTTCONNECT=0,\"tcp://mqtt.example.com:1883\",60,1", after=["+CMQTTCONNECT: 0,0"]),
         T("AT+CMQTTTOPIC=0,11", prompt=">", payload="dev/7672/up"),
         T("AT+CMQTTPAYLOAD=0,5", prompt=">", payload="21.75"),
         T("AT+CMQTTPUB=0,1,60", after=["+CMQTTPUB: 0,0"]),
         T("AT+CSQ;+CPSI?", ["+CSQ: 19,99", "+CPSI: LTE,Online,001-01,0x2B1C,123456789,305,EUTRAN-BAND3,1300,5,5,-98,-1120,-790,17"]),
         T("AT+CMQTTDISC=0,120", after=["+CMQTTDISC: 0,0"]), T("AT+CMQTTREL=0"),
         T("AT+CMQTTSTOP", final=None)]
    lines = stamp(raw(s), lambda t: "[Mon Dec 07 11:%02d:%06.3f 2026] " % (4 + int(t) // 60, t % 60), step=0.71)
    write("teraterm_ts_sim7672g_mqtt.log", lines, s, "teraterm-timestamps", "SIMCom SIM7672G", eol="\r\n")

    # 19 Arduino Serial Monitor timestamps, SIMCom SIM7020E NB-IoT CoAP
    s = [N("Starting..."), T("AT"), T("AT+CPIN?", ["+CPIN: READY"]), T("AT*MCGDEFCONT=\"IP\",\"nb.example.com\""),
         T("AT+CBAND=20"), T("AT+CGATT?", ["+CGATT: 1"]), T("AT+CENG?", ["+CENG: 6300,2,311,\"03A1B2C\",-87,-9,-78,7,8,\"1C2D\",0,,-83"]),
         T("AT+CCOAPNEW=\"192.0.2.99\",5683,1", ["+CCOAPNEW: 1"]),
         T("AT+CCOAPSEND=1,24,\"400141C7B763666F6F03626172\"", final="+CME ERROR: 50"),
         T("AT+CCOAPSEND=1,13,\"400141C7B763666F6F03626172\"", after=["+CCOAPNMI: 1,10,6041C7B7C0FF6F6B"]),
         T("AT+CCOAPDEL=1")]
    lines = stamp(raw(s), lambda t: "%s -> " % hms(t, 14 * 3600 + 2 * 60), step=0.23)
    write("arduino_monitor_sim7020e_coap.txt", lines, s, "arduino-serial-monitor-timestamp", "SIMCom SIM7020E")

    # 20 QCOM, Quectel EC600N (echo on, HTTP with CONNECT prompt)
    s = [N("RDY"), N(""), N("+CFUN: 1"), N(""), N("+CPIN: READY"), N(""), N("+QUSIM: 1"), N(""), N("+QIND: SMS DONE"),
         T("AT+QHTTPCFG=\"contextid\",1"), T("AT+QHTTPCFG=\"responseheader\",0"),
         T("AT+QIACT?", ["+QIACT: 1,1,1,\"10.2.3.4\""]),
         T("AT+QHTTPURL=33,80", prompt="CONNECT", payload="http://api.example.com/v2/status"),
         T("AT+QHTTPGET=80", after=["+QHTTPGET: 0,200,58"]),
         T("AT+QHTTPREAD=80", ["CONNECT", "{\"status\":\"ok\",\"ts\":1765101600,\"id\":\"ec600n-01\"}"], after=["+QHTTPREAD: 0"]),
         T("AT+QHTTPGET=80", final="+CME ERROR: 703")]
    lines = stamp(raw(s), lambda t: "[2026-12-07_15:20:%02d:%03d]" % (int(t) % 60, int(t * 1000) % 1000), step=0.41)
    write("qcom_ec600n_http.log", lines, s, "qcom-timestamped", "Quectel EC600N-CN")

    # 21 markdown quote + minicom, Sierra RC7611
    s = [T("ATI", ["Manufacturer: Sierra Wireless, Incorporated", "Model: RC7611", "Revision: SWI9X07Y_02.37.07.00 000000 jenkins 2022/06/01 11:02:44", "IMEI: 359123456789012", "IMEI SV: 9", "FSN: XX123456789012", "+GCAP: +CGSM"]),
         T("AT!ENTERCND=\"A710\""), T("AT!SELRAT?", ["!SELRAT: 06, LTE Only"]),
         T("AT!BAND?", ["Index, Name", "00, All bands"]), T("AT!GSTATUS?", ["!GSTATUS: ", "Current Time:  1021\t\tTemperature: 39", "Mode:          ONLINE\t\tSystem mode:   LTE", "LTE band:      B4\t\tLTE bw:        10 MHz"]),
         T("AT!SCACT?", final="+CME ERROR: 3"), T("AT!SCACT?1", ["!SCACT: 1,0"]),
         T("AT!SCACT=1,1", final="ERROR")]
    lines = ["I cannot bring the data call up on the RC7611 anymore:", ""] + ["> " + l if l else ">" for l in raw(s)] + ["", "Any idea what changed in 02.37?"]
    write("gh_mdquote_rc7611_scact.md", lines, s, "markdown-quote+minicom", "Sierra RC7611")

    # 22 GitHub issue fence, China Mobile M5311 (OneNET LwM2M)
    s = [T("AT+CGMR", ["M5311_LV_MOD_BOM_R002_1901232019"]), T("AT+CIMI", ["460041234567890"]),
         T("AT+CEREG?", ["+CEREG: 0,1"]), T("AT+MIPLCREATE", ["+MIPLCREATE: 0"]),
         T("AT+MIPLADDOBJ=0,3303,1,\"1\",1,0"),
         T("AT+MIPLOPEN=0,3600,30", after=["+MIPLEVENT: 0,1", "+MIPLEVENT: 0,2", "+MIPLEVENT: 0,4"]),
         T("AT+MIPLNOTIFY=0,0,3303,0,5700,4,4,\"23.5\",0,0", final="+CIS ERROR: 601"),
         T("AT+MIPLCLOSE=0")]
    lines = ["### Describe the bug", "", "Notify fails with 601 right after register on M5311:", "", "```"] + raw(s) + [
        "```", "", "### Environment", "- module: M5311 R002", "- host: STM32L4 over UART, 9600 8N1"]
    write("gh_issue_m5311_onenet.md", lines, s, "github-fence+terminal", "China Mobile M5311")

    # 23 CSV export (escaped), Quectel BC28
    s = [T("AT+NCONFIG?", ["+NCONFIG:AUTOCONNECT,TRUE", "+NCONFIG:CR_0354_0338_SCRAMBLING,TRUE"]),
         T("AT+NBAND?", ["+NBAND:8,20"]), T("AT+CGATT?", ["+CGATT:1"]),
         T("AT+NSOCR=DGRAM,17,56000,1", ["1"]), T("AT+NSOST=1,192.0.2.10,5683,4,DEADBEEF", ["1,4"]),
         U("+NSONMI:1,4"), T("AT+NSORF=1,4", ["1,192.0.2.10,5683,4,CAFEBABE,0"]),
         T("AT+NSOCL=1"), T("AT+NSOCL=1", final="ERROR")]
    rows = ["Index,Time,Direction,Data"]
    i = 0
    echo = False
    for it in s:
        i += 1
        if isinstance(it, U):
            rows.append('%d,10:40:%02d.120,RX,"\\r\\n%s\\r\\n"' % (i, i, it.line))
            continue
        rows.append('%d,10:40:%02d.000,TX,"%s\\r\\n"' % (i, i, it.cmd.replace('"', '""')))
        body = rbody(it.resp, "\\r\\n") + "\\r\\n%s\\r\\n" % it.final
        i += 1
        rows.append('%d,10:40:%02d.310,RX,"%s"' % (i, i, body.replace('"', '""')))
    write("csv_bc28_udp.csv", rows, s, "csv-export-escaped", "Quectel BC28", eol="\r\n")

    # 24 e-mail with '>' quoting, Huawei ME906E
    s = [T("AT^SYSINFOEX", ["^SYSINFOEX:2,3,0,1,,6,\"LTE\",101,\"LTE\""]),
         T("AT^HCSQ?", ["^HCSQ:\"LTE\",52,40,132,26"]), T("AT^NDISDUP=1,1,\"corp.example.com\""),
         U("^NDISSTAT:0,33,,\"IPV4\""), T("AT^DHCP?", final="+CME ERROR: 100"),
         T("AT+CEER", ["+CEER: \"PDP activation rejected, unknown APN\""]),
         T("AT^NDISDUP=1,1,\"internet.example.com\""), U("^NDISSTAT:1,,,\"IPV4\""),
         T("AT^DHCP?", ["^DHCP:0A0B0C0D,F8FFFFFF,090B0C0D,090B0C0D,35020000,36020000,150000000,150000000"])]
    lines = ["On Mon, 7 Dec 2026 at 09:12, Field Team <field@example.com> wrote:",
             "> Hi, attached the log from unit 17. APN from the customer was wrong, see below.", ">"] + \
            ["> " + l if l else ">" for l in raw(s)] + [">", "> Regards, Piotr", "",
             "Thanks Piotr, with the right APN it works here too. Closing the ticket.", "", "-- ", "Support"]
    write("email_quoted_me906e_ndis.txt", lines, s, "email-quoted+terminal", "Huawei ME906E")

    # 25 journal + script TX/RX, Sierra EM7565
    s = [N("modem-init.sh: starting on /dev/ttyUSB2"), T("AT!IMPREF?", ["!IMPREF: ", " preferred fw version:    02.24.05.06", " preferred carrier name: GENERIC", " preferred config name:  GENERIC_002.064_000"]),
         T("AT!USBCOMP?", ["Config Index: 1", "Config Type:  1 (Generic)", "Interface bitmask: 0000100D (diag,nmea,modem,mbim)"]),
         T("AT!USBCOMP=1,1,0000100D"), T("AT!RESET"), N("modem-init.sh: waiting for ttyUSB2"),
         T("AT+CGDCONT=1,\"IPV4V6\",\"lte.example.com\""), T("AT!SCACT=1,1", final=None)]
    lines = []
    k = 0
    for it in s:
        k += 1
        pre = "Dec 07 12:01:%02d edge-07 modem-init.sh[1902]: " % (k % 60)
        if isinstance(it, N):
            lines.append(pre + it.text.split(": ", 1)[1])
            continue
        lines.append(pre + "TX " + it.cmd)
        for r in it.resp:
            lines.append(pre + "RX " + r)
        if it.final:
            lines.append(pre + "RX " + it.final)
        else:
            lines.append(pre + "timeout after 10s")
    lines.append("Dec 07 12:02:01 edge-07 systemd[1]: modem-init.service: Main process exited, code=exited, status=1/FAILURE")
    write("journal_script_em7565.log", lines, s, "journalctl+script-tx-rx", "Sierra EM7565")

    # 26 TinyGSM second content: Sequans GM02SP? (no: Quectel EG915U-EU over TinyGSM's BG96 driver)
    s = [T("AT", final=None), T("AT"), T("ATE0"), T("AT+CMEE=2"), T("AT+CGMI", ["Quectel"]),
         T("AT+GMM", ["EG915U"]), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CREG?", ["+CREG: 0,5"]),
         T("AT+CGDCONT=1,\"IP\",\"roam.example.com\""), T("AT+QIACT=1"),
         T("AT+QIOPEN=1,0,\"TCP\",\"198.51.100.77\",8883,0,1", after=["+QIOPEN: 0,0"]),
         T("AT+QSSLCFG=\"sslversion\",1,3", final="+CME ERROR: unknown"),
         T("AT+QISEND=0,4", prompt=">", payload="ping", final="SEND OK"),
         T("AT+QICLOSE=0")]
    write("tinygsm_eg915u_tcp.log", r_tinygsm(s), s, "tinygsm-streamdebugger", "Quectel EG915U-EU")

    new_shapes(s)


def new_shapes(_):
    # ---------------- shapes no earlier batch had (from memory) ----------------
    # N1 MicroPython REPL, SIMCom A7682E
    s = [T("AT"), T("ATI", ["Manufacturer: SIMCOM INCORPORATED", "Model: A7682E", "Revision: A011B05A7682M7"]),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", ["+CSQ: 15,99"]),
         T("AT+COPS=?", final=None),
         T("AT+CREG?", ["+CREG: 0,1"]), T("ATE0"), T("AT+CGPADDR=1", ["+CGPADDR: 1,10.191.2.3"]),
         T("AT+CPING=\"www.example.com\",1,2", final="ERROR")]
    lines = ["MicroPython v1.23.0 on 2024-06-02; Generic ESP32 module with ESP32", "Type \"help()\" for more information.",
             ">>> from machine import UART; import time", ">>> uart = UART(2, 115200, tx=17, rx=16, timeout=300)"] + r_micropython(s) + [">>> "]
    write("micropython_repl_a7682e.txt", lines, s, "micropython-uart-repl", "SIMCom A7682E")

    # N2 pyserial readlines() repr script, Fibocom FM101
    s = [N("$ python3 probe.py /dev/ttyUSB2"), T("ATE1"), T("AT+CGMM", ["FM101-GL"]),
         T("AT+GTUSBMODE?", ["+GTUSBMODE: 32"]), T("AT+CPIN?", ["+CPIN: NOT INSERTED"], final="ERROR"),
         T("AT+GTDUALSIM?", final="+CME ERROR: 58"), T("AT+GTSET=\"SIMDET\"", ["+GTSET: \"SIMDET\",1"]),
         T("AT+GTSET=\"SIMDET\",0"), T("AT+CFUN=1,1"), T("AT+CPIN?", final=None)]
    s[4] = T("AT+CPIN?", final="+CME ERROR: 10")
    write("pyserial_readlines_fm101.txt", r_pyrepr(s) + ["Traceback (most recent call last):",
          "  File \"/home/pi/probe.py\", line 14, in <module>", "    raise SystemExit('no SIM')", "SystemExit: no SIM"],
          s, "pyserial-readlines-repr", "Fibocom FM101-GL")

    # N3 docker compose logs, Quectel RM502Q
    s = [N("modem agent 0.9.3 starting, port=/dev/ttyUSB3"),
         T("AT+QENG=\"servingcell\"", ["+QENG: \"servingcell\",\"NOCONN\",\"NR5G-SA\",\"TDD\",001,01,1A2B3C4D5,101,3E8F12,627264,78,12,-86,-11,8,1,-"]),
         T("AT+QNWPREFCFG=\"nr5g_band\"", ["+QNWPREFCFG: \"nr5g_band\",1:3:7:28:41:77:78"]),
         T("AT+QNWPREFCFG=\"mode_pref\",NR5G"), T("AT+QCAINFO", ["+QCAINFO: \"PCC\",627264,12,\"NR5G BAND 78\",101"]),
         U("+QIND: \"csq\",31,99"), T("AT+QTEMP", final=None), T("AT+QTEMP", ["+QTEMP:\"modem-lte-sub6-pa1\",\"41\"", "+QTEMP:\"aoss0-usr\",\"44\""]),
         T("AT+QMAP=\"wwan\"", ["+QMAP: \"WWAN\",1,1,\"IPV4\",\"10.140.1.66\""]),
         T("AT+QMAP=\"mpdn_rule\",0,1,0,1,1,\"FF:FF:FF:FF:FF:FF\"", final="+CME ERROR: 50")]
    write("compose_logs_rm502q.log", r_compose(s, "lte-agent-1") + ["lte-agent-1 exited with code 1"], s,
          "docker-compose-logs+python-script", "Quectel RM502Q-AE")

    # N4 Jupyter notebook with outputs, Quectel EM12-G
    s1 = [T("AT+QGMR", ["EM12GPAR01A21M4G"]), T("AT+QPRTPARA=4", final="+CME ERROR: 4"),
          T("AT+QCFG=\"data_interface\"", ["+QCFG: \"data_interface\",0,0"])]
    s2 = [T("AT+QCFG=\"data_interface\",1,0"), T("AT+CFUN=1,1", final=None)]
    s3 = [T("AT+QCFG=\"data_interface\"", ["+QCFG: \"data_interface\",1,0"]), T("AT+QPCIMODE?", final="ERROR"),
          T("AT+QENG=\"servingcell\"", ["+QENG: \"servingcell\",\"CONNECT\",\"LTE\",\"FDD\",001,01,2ABCD12,312,1300,3,5,5,1A2B,-91,-10,-62,14,30"])]
    def cell_out(ss):
        o = []
        for it in ss:
            o.append(">> " + it.cmd)
            for r in it.resp:
                o.append("<< " + r)
            o.append("<< " + it.final if it.final else "!! timeout")
        return o
    src = ["def at(cmd, t=2):", "    ser.write((cmd + '\\r').encode())", "    print('>>', cmd)", "    for l in read_until_final(t):",
           "        print('<<', l)"]
    lines = ipynb([("md", ["# EM12-G PCIe mode switch", "", "Bench unit 3, USB on /dev/ttyUSB2."], None),
                   ("code", ["import serial", "ser = serial.Serial('/dev/ttyUSB2', 115200, timeout=0.2)"] + src, None),
                   ("code", ["for c in ['AT+QGMR', 'AT+QPRTPARA=4', 'AT+QCFG=\"data_interface\"']:", "    at(c)"], cell_out(s1)),
                   ("code", ["at('AT+QCFG=\"data_interface\",1,0')", "at('AT+CFUN=1,1', t=5)"], cell_out(s2)),
                   ("md", ["After reboot (port re-opened):"], None),
                   ("code", ["at('AT+QCFG=\"data_interface\"')", "at('AT+QPCIMODE?')", "at('AT+QENG=\"servingcell\"')"], cell_out(s3))])
    write("jupyter_em12g_pcie.ipynb", lines, s1 + s2 + s3, "jupyter-notebook-outputs", "Quectel EM12-G")

    # N5 Jira {noformat}, u-blox SARA-U201 (Tera Term plain capture)
    s = [T("AT+CGMR", ["23.60"]), T("AT+UPSD=0,1,\"umts.example.com\""), T("AT+UPSD=0,0,0"),
         T("AT+UPSDA=0,3", final="+CME ERROR: 148"), T("AT+UPSND=0,8", ["+UPSND: 0,8,0"]),
         T("AT+CGATT?", ["+CGATT: 0"]), T("AT+CGATT=1", final=None), N("(no answer for 3 minutes)"),
         T("AT+CGATT?", ["+CGATT: 1"]), T("AT+UPSDA=0,3"), U("+UUPSDA: 0,\"10.7.7.7\""),
         T("AT+UPSND=0,0", ["+UPSND: 0,0,\"10.7.7.7\""])]
    lines = ["h3. Steps to reproduce", "# power on unit with SIM from batch 42", "# run the PSD setup from the tech note", "",
             "h3. Actual result", "Activation fails with 148 until the GPRS attach finished:", "{noformat}"] + raw(s) + [
             "{noformat}", "", "h3. Expected", "UPSDA succeeds on the first try or the FW waits for attach.",
             "", "*Priority:* Major  *Component:* cellular  *Affects:* 2.4.0"]
    write("jira_noformat_sara_u201.txt", lines, s, "jira-noformat+terminal", "u-blox SARA-U201")

    # N6 Slack thread copy + code block, Quectel BG95-M5 (echo off)
    s = [T("AT+QCFG=\"nwscanmode\"", ["+QCFG: \"nwscanmode\",3"]), T("AT+QCFG=\"iotopmode\",0,1"),
         T("AT+QPSMS=1,,,\"00100001\",\"00000011\""), T("AT+QPSMS?", ["+QPSMS: 1,,,\"3600\",\"6\""]),
         T("AT+CEREG=4"), U("+CEREG: 1,\"1B2C\",\"02ABC103\",8,,,\"00000011\",\"00100001\""),
         T("AT+QCSQ", ["+QCSQ: \"eMTC\",-85,-112,148,-12"]), T("AT+QPSMCFG=20,0", final="+CME ERROR: 50")]
    lines = ["Marta Kowal  10:42 AM", "the BG95 never enters PSM, log from this morning:", "```"] + raw(s, echo=False, local=True) + [
             "```", "Dev Singh  10:47 AM", "T3324 of 6 s is super short, network gave you 00000011 -> 3 x 2 s",
             "and QPSMCFG wants the first value >= 1 AFAIK, try `AT+QPSMCFG=1,0`", ":+1: 1", "Marta Kowal  10:51 AM",
             "```", "AT+QPSMCFG=1,0", "OK", "```", "works, thanks!"]
    s.append(T("AT+QPSMCFG=1,0"))
    write("slack_copy_bg95m5_psm.txt", lines, s, "slack-thread-copy+terminal", "Quectel BG95-M5")

    # N7 Saleae Logic 2 async serial CSV, SIMCom SIM900A SMS
    s = [T("AT"), T("AT+CMGF=1"), T("AT+CSCS=\"GSM\""),
         T("AT+CMGS=\"+15550101\"", ["+CMGS: 44"], prompt="> ", payload="Door open"),
         T("AT+CMGS=\"+15550102\"", final="+CMS ERROR: 304", prompt="> ", payload="Door open")]
    write("saleae_async_serial_sim900a.csv", r_saleae(s), s, "saleae-logic2-async-csv", "SIMCom SIM900A")

    # N8 YAT text log, Telit LE910C1-WWX SMS + COPS=?
    s = [T("AT+CMEE=2"), T("AT#SELINT?", ["#SELINT: 2"]),
         T("AT+COPS=?", ["+COPS: (2,\"Example\",\"EXM\",\"00101\",7),(3,\"Other\",\"OTH\",\"00102\",7),,(0-4),(0-2)"]),
         T("AT+CMGF=1"), T("AT+CMGS=\"+15550123\"", ["+CMGS: 5"], prompt="> ", payload="test 1"),
         U("+CMTI: \"SM\",3"), T("AT+CMGR=3", ["+CMGR: \"REC UNREAD\",\"+15550123\",\"\",\"26/12/07,10:31:02+04\"", "reply ok"]),
         T("AT+CMGD=3,4"), T("AT#REBOOT")]
    write("yat_le910c1_sms.log", r_yat(s), s, "yat-text-log", "Telit LE910C1-WWX")

    # N9 PowerShell transcript, Sierra EM7411
    s = [T("ATI", ["Manufacturer: Sierra Wireless, Incorporated", "Model: EM7411", "Revision: SWI9X50C_01.14.13.00"]),
         T("AT!ENTERCND=\"A710\""), T("AT!BAND?", ["Index, Name", "00, All bands"]),
         T("AT!BAND=00"), T("AT!PRIID?", ["PRI Part Number: 9908876", "Revision: 002.012", "Customer: GENERIC"]),
         T("AT!CUSTOM?", final="ERROR")]
    write("powershell_transcript_em7411.txt", r_powershell(s), s, "powershell-serialport-transcript", "Sierra EM7411", eol="\r\n")

    # N10 Gmail forwarded message + Hercules capture, Neoway N725
    s = [T("AT+CGMR", ["N725_V2.1.4"]), T("AT+CSQ", ["+CSQ: 22,99"]), T("AT+XIIC=1"),
         T("AT+XIIC?", ["+XIIC:    1, 10.31.0.8"]), T("AT+TCPSETUP=0,203.0.113.30,9000", after=["+TCPSETUP: 0,OK"]),
         T("AT+TCPSEND=0,6", ["+TCPSEND: 0,6"], prompt=">", payload="status"),
         U("+TCPRECV: 0,2,ok"), T("AT+TCPCLOSE=0", ["+TCPCLOSE: 0,OK"]),
         T("AT+TCPSEND=0,4", final="+TCPSEND: SOCKET ID OPEN FAILED")]
    lines = ["---------- Forwarded message ---------", "From: Li Wei <li.wei@example.com>",
             "Date: Mon, Dec 7, 2026 at 11:05 AM", "Subject: N725 TCP test", "To: <support@example.com>", "",
             "Hercules window copy below:", ""] + raw(s) + ["", "Li"]
    write("gmail_forward_hercules_n725.txt", lines, s, "gmail-forward+terminal", "Neoway N725")

    # N11 Telegram chat copy, AirM2M Air700E (capture split in two messages)
    s1 = [T("AT+CGMR", ["+CGMR: \"AirM2M_700E_V1107_LTE_AT\""]), T("AT+CEREG?", ["+CEREG: 0,1"]),
          T("AT+SAPBR=3,1,\"APN\",\"cmnet\""), T("AT+SAPBR=1,1"), T("AT+HTTPINIT"),
          T("AT+HTTPPARA=\"URL\",\"http://iot.example.com/t\""),
          T("AT+HTTPDATA=11,5000", prompt="DOWNLOAD", payload="{\"t\":23.1}")]
    s2 = [T("AT+HTTPACTION=1", after=["+HTTPACTION: 1,601,0"]), T("AT+HTTPTERM"),
          T("AT+HTTPINIT", final="ERROR")]
    lines = ["[07.12.2026 12:02] Andrei: the POST comes back 601, log:"] + raw(s1) + [
             "[07.12.2026 12:02] Andrei: and then"] + raw(s2) + [
             "[07.12.2026 12:05] Support Bot: 601 = network error. Check AT+SAPBR=2,1 shows an IP first."]
    write("telegram_copy_air700e_http.txt", lines, s1 + s2, "telegram-chat-copy+terminal", "AirM2M Air700E")

    # N12 GitHub issue <details> + picocom, Quectel EG915N (old issue shape; details wrapper new)
    s = [T("ATE1"), T("AT+QCFG=\"band\"", ["+QCFG: \"band\",0x0,0x80084,0x0"]),
         T("AT+QCFG=\"band\",0,0x80000,0", final="+CME ERROR: 50"),
         T("AT+QCFG=\"band\",0x0,0x80000,0x0,1"), T("AT+COPS?", ["+COPS: 0,0,\"Example Mobile\",7"]),
         T("AT+QNWINFO", ["+QNWINFO: \"FDD LTE\",\"00101\",\"LTE BAND 20\",6300"]),
         T("AT+QPING=1,\"198.51.100.3\",4,1", after=["+QPING: 0,\"198.51.100.3\",32,211,255", "+QPING: 0,1,1,0,211,211,211"])]
    lines = ["Band lock to B20 only works with the 4-value form. Log:", "", "<details>", "<summary>picocom output</summary>", "",
             "```text"] + raw(s) + ["```", "", "</details>", "", "Firmware EG915NEUAGR03A01M16."]
    write("gh_details_eg915n_band.md", lines, s, "github-details+terminal", "Quectel EG915N-EU")

    # N13 Sequans GM02SP in an OpenWrt logread of a shell script using `socat` one-shots (script echo form)
    s = [T("AT+SQNCTM?", ["+SQNCTM: standard"]), T("AT+SQNBANDSEL?", ["+SQNBANDSEL: 0,standard,\"\"", "+SQNBANDSEL: 1,standard,\"2,4,12,13\""]),
         T("AT+CFUN=0"), T("AT+SQNBANDSEL=1,\"standard\",\"4,12\""), T("AT+CFUN=1"),
         T("AT+SQNMONI=9", ["+SQNMONI: Example Cc:001 Nc:01 RSRP:-101.40 CINR:6.20 RSRQ:-11.10 TAC:7171 Id:123 EARFCN:5110 PWR:-78.00 PAGING:256"]),
         T("AT+SQNSSHDN", final=None)]
    lines = []
    k = 0
    for it in s:
        k += 3
        lines.append("Mon Dec  7 13:10:%02d 2026 user.notice sqnctl: >>> %s" % (k, it.cmd))
        for r in it.resp + ([it.final] if it.final else []):
            lines.append("Mon Dec  7 13:10:%02d 2026 user.notice sqnctl: <<< %s" % (k, r))
        if it.final is None:
            lines.append("Mon Dec  7 13:10:%02d 2026 user.err sqnctl: no final response within 5s" % (k + 5))
    write("logread_sqnctl_gm02sp.log", lines, s, "openwrt-logread+script", "Sequans GM02SP")

    # ---------------- negatives ----------------
    neg = ["root@cpe:~# mmcli -m 0", "  -----------------------------------", "  General  |                  path: /org/freedesktop/ModemManager1/Modem/0",
           "           |             device id: 7b1c0e0f9a1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f", "  -----------------------------------",
           "  Hardware |          manufacturer: Quectel", "           |                 model: RM502Q-AE",
           "           |              revision: RM502QAEAAR13A04M4G", "           |          h/w revision: 20000",
           "           |             supported: gsm-umts, lte, 5gnr", "  -----------------------------------",
           "  System   |                device: /sys/devices/platform/scb/fd500000.pcie/pci0000:00/0000:00:00.0/0000:01:00.0/usb2/2-1",
           "           |               drivers: option, qmi_wwan", "           |                 ports: cdc-wdm0 (qmi), ttyUSB2 (at), ttyUSB3 (at), wwan0 (net)",
           "  -----------------------------------", "  Status   |                 state: connected",
           "           |         power state: on", "           |      signal quality: 71% (recent)",
           "  -----------------------------------", "  3GPP     |                  imei: 869710030000000",
           "           |         operator id: 00101", "           |       operator name: Example Mobile",
           "           |        registration: home", "  -----------------------------------",
           "  Bearer   |                 paths: /org/freedesktop/ModemManager1/Bearer/1"]
    write("neg_mmcli_status_rm502q.txt", neg, None, "negative-mmcli-status", "Quectel RM502Q-AE")
    neg = ["## Changelog", "", "### 2.3.1 (2026-12-01)", "- Fixed: `AT+QIOPEN` returning `ERROR` was treated as `OK` on BG95 (#311)",
           "- Fixed: the `> ` prompt of `AT+QISEND` is no longer waited for when the length is 0",
           "- Changed: `AT+CMEE=2` is sent in the init sequence; `+CME ERROR: 50` is now reported as `InvalidParam`",
           "", "### 2.3.0 (2026-11-10)", "- Added: `AT+QCFG=\"nwscanseq\"` support", "- Removed: the `AT+QIDEACT=1` workaround (`OK` is returned immediately since BG95 R02A03)"]
    write("neg_changelog_bg95_driver.md", neg, None, "negative-changelog", "Quectel BG95")
    neg = ["# expected replies used by the self-test", "EXPECTED = {", "    \"AT\": [\"OK\"],", "    \"AT+CPIN?\": [\"+CPIN: READY\", \"OK\"],",
           "    \"AT+CSQ\": [r\"\\+CSQ: \\d+,\\d+\", \"OK\"],", "    \"AT+CGATT?\": [\"+CGATT: 1\", \"OK\"],",
           "    \"AT+CMGS\": [\"> \", r\"\\+CMGS: \\d+\", \"OK\"],", "}", "", "def check(reply, cmd):",
           "    for want, got in zip(EXPECTED[cmd], reply):", "        assert re.fullmatch(want, got), (cmd, got)"]
    write("neg_python_expected_table.py.txt", neg, None, "negative-source-code", "SIMCom SIM7600")
    neg = ["$GPGSV,3,1,11,02,45,123,38,05,33,301,41,12,71,045,44,13,08,210,,0*6A",
           "$GPGSV,3,2,11,15,22,093,30,18,15,320,29,20,54,256,40,25,40,167,36,0*61",
           "$GPGGA,101500.00,5231.1234,N,01324.5678,E,1,08,1.1,36.2,M,41.0,M,,*5C",
           "$GPRMC,101500.00,A,5231.1234,N,01324.5678,E,0.02,,071226,,,A,V*1F",
           "$GPVTG,,T,,M,0.02,N,0.04,K,A*26",
           "$PQXFI,101500.0,5231.123400,N,01324.567800,E,36.2,3.1,4.0,0.1*5B",
           "OK?",
           "$GPGGA,101501.00,5231.1235,N,01324.5679,E,1,08,1.1,36.3,M,41.0,M,,*5E"]
    write("neg_nmea_port_eg25.log", neg, None, "negative-nmea", "Quectel EG25-G")

    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    tot = sum(v["total"] for v in LABELS.values())
    print("%d logs, %d transactions, %d negatives" % (len(LABELS), tot,
          sum(1 for v in LABELS.values() if not v["has_transactions"])))


if __name__ == "__main__":
    main()
