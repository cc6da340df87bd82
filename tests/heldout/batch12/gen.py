#!/usr/bin/env python3
"""Write holdout12 logs/ and labels.json deterministically (stdlib only).

Each log is one session: a list of T (command -> response -> final), U (URC) and N (a line
printed verbatim: banners, application prints, orphan text from a cut capture). A renderer per
shape turns the session into the text the tool prints; wrappers then damage it the way a
support desk receives it. Labels come from the same session, so they cannot drift apart.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")


class T:
    def __init__(self, cmd, resp=(), final="OK", prompt=None, payload=None, after=(),
                 partial=(), echo=None):
        self.cmd = cmd
        self.resp = list(resp)
        self.final = final          # None: no final in the log (timeout / cut)
        self.prompt = prompt        # "> " or "CONNECT" before payload
        self.payload = payload
        self.after = list(after)    # URCs right after the final
        self.partial = list(partial)
        self.echo = echo            # per-command echo override


class U:
    def __init__(self, line):
        self.line = line


class N:
    def __init__(self, text):
        self.text = text


def labels_of(items):
    return [{"command": it.cmd, "final": it.final} for it in items if isinstance(it, T)]


# ------------------------------------------------------------------------------------------
# raw byte stream as a terminal shows it
# ------------------------------------------------------------------------------------------

def stream(items, echo=True):
    """The bytes on the wire (both directions as a terminal with modem echo shows them)."""
    s = ""
    for it in items:
        if isinstance(it, N):
            s += it.text + "\r\n"
        elif isinstance(it, U):
            s += "\r\n" + it.line + "\r\n"
        else:
            e = echo if it.echo is None else it.echo
            if silent(it):
                e = False          # a module that does not answer does not echo either
            if e:
                s += it.cmd + "\r"
            if it.prompt:
                if it.prompt == "CONNECT":
                    s += "\r\nCONNECT\r\n" + (it.payload or "")
                else:
                    s += "\r\n> " + (it.payload or "")
                    if e and it.payload is not None:
                        pass
                    s += "\x1a" if it.payload is not None else ""
            info = it.resp + it.partial
            if info:
                s += "\r\n" + "\r\n".join(info) + "\r\n"
            if it.final is not None:
                s += "\r\n" + it.final + "\r\n"
            for u in it.after:
                s += "\r\n" + u + "\r\n"
            if it.cmd.upper() in ("ATE0", "ATE0V1", "ATE0Q0V1") and it.final == "OK":
                echo = False
            if it.cmd.upper() in ("ATE1",) and it.final == "OK":
                echo = True
    return s


def term_lines(items, echo=True):
    """What a terminal shows: CR alone returns to column 0 (same line), LF breaks; ^Z hidden."""
    s = stream(items, echo).replace("\x1a", "")
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    lines = s.split("\n")
    # a terminal collapses nothing, but CR CR LF after an echo shows as one break
    out = []
    for i, l in enumerate(lines):
        out.append(l)
    # remove the doubled blank created by echo "CMD\r" + "\r\n"
    res = []
    for l in out:
        if l == "" and res and res[-1] == "" and len(res) > 1 and res[-2] == "":
            continue
        res.append(l)
    return res


def rx_lines(it):
    """Lines the modem sends in reply to T (no echo), in order."""
    out = []
    if it.prompt == "CONNECT":
        out.append("CONNECT")
    out += it.resp + it.partial
    if it.final is not None:
        out.append(it.final)
    return out


def rx_body(it):
    """The reply bytes: info lines as one block, then the final, each framed by CR LF."""
    out = ""
    if it.prompt == "CONNECT":
        out += "\r\nCONNECT\r\n"
    info = it.resp + it.partial
    if info:
        out += "\r\n" + "\r\n".join(info) + "\r\n"
    if it.final is not None:
        out += "\r\n" + it.final + "\r\n"
    return out


def silent(it):
    """A module that does not answer at all (asleep, rebooting, wrong baud): no echo either.
    Only the bare 'AT' probes in these sessions are of that kind; a long command that times
    out (AT+COPS=?, AT+CGATT=1) is still echoed."""
    return (it.final is None and not it.resp and not it.partial and not it.prompt
            and it.cmd.upper() == "AT")


# ------------------------------------------------------------------------------------------
# library trace renderers
# ------------------------------------------------------------------------------------------

def r_gsmmodem(items, echo_first=True, ts=None):
    """python-gsmmodem with logging.basicConfig(level=DEBUG): GsmModem.write logs
    'write: %s' (the data, CR included -> invisible), SerialComms logs the collected
    response list 'response: %s' and URCs 'notification: %s'."""
    out = []
    echo = echo_first
    t = ts or 0
    def pre(name):
        if ts is None:
            return "DEBUG:%s:" % name
        return "%s - %s - DEBUG - " % (stamp(t), name)
    for it in items:
        t += 213
        if isinstance(it, N):
            out.append(it.text)
        elif isinstance(it, U):
            out.append(pre("gsmmodem.serial_comms.SerialComms") + "notification: %r" % ([it.line],))
        else:
            out.append(pre("gsmmodem.modem.GsmModem") + "write: " + it.cmd)
            lines = ([it.cmd] if echo else [])
            if it.prompt:
                out.append(pre("gsmmodem.serial_comms.SerialComms") + "response: %r" % (lines + ["> "],))
                out.append(pre("gsmmodem.modem.GsmModem") + "write: " + it.payload + "\x1a")
                lines = []
            lines += it.resp
            if it.final is None:
                out.append("Traceback (most recent call last):")
                out.append('  File "sms_gateway.py", line 41, in <module>')
                out.append("    modem.connect(PIN)")
                out.append('  File "/usr/local/lib/python3.9/dist-packages/gsmmodem/modem.py", line 190, in connect')
                out.append("gsmmodem.exceptions.TimeoutException: None")
                break
            lines.append(it.final)
            out.append(pre("gsmmodem.serial_comms.SerialComms") + "response: %r" % (lines,))
            for u in it.after:
                out.append(pre("gsmmodem.serial_comms.SerialComms") + "notification: %r" % ([u],))
            if it.cmd.upper() == "ATE0" and it.final == "OK":
                echo = False
    return out


def stamp(ms):
    s = ms // 1000
    return "2024-05-14 09:%02d:%02d,%03d" % ((s // 60) % 60, s % 60, ms % 1000)


def r_tinygsm(items, echo=True):
    """TinyGSM + StreamDebugger: the raw stream of both directions, DBG '[ms] ### ...' lines
    from the library (N items) in between. StreamDebugger copies what the host writes
    (sendAT: 'AT' + cmd + CR LF) and what the modem sends (its echo when on, then the reply)."""
    out = []
    for it in items:
        if isinstance(it, T):
            out.append(it.cmd)
            sub = T(it.cmd, it.resp, it.final, it.prompt, it.payload, it.after, it.partial,
                    echo=(echo if it.echo is None else it.echo))
            lines = term_lines([sub], echo)
            if lines and lines[-1] == "":
                lines = lines[:-1]
            out += lines
            if it.cmd.upper() == "ATE0" and it.final == "OK":
                echo = False
        else:
            lines = term_lines([it], echo)
            out += lines[:-1] if lines and lines[-1] == "" else lines
    return out


def r_mm(items, pid=1187, host="rpi4", day="May 14", t0=36000, dev="ttyUSB2", old=False):
    """ModemManager --debug in the journal: '[ttyUSB2/at] --> 'AT..<CR>'' / '<-- '<CR><LF>..''."""
    out = []
    t = t0
    def esc(s):
        return s.replace("\r", "<CR>").replace("\n", "<LF>")
    def line(msg):
        hh = 10 + (t // 3600000) % 10
        mm = (t // 60000) % 60
        ss = (t // 1000) % 60
        p = "%s %02d:%02d:%02d %s ModemManager[%d]: " % (day, hh, mm, ss, host, pid)
        if old:
            return p + "<debug> (%s): %s" % (dev, msg)
        return p + "<debug> [17156%05d.%06d] [%s/at] %s" % (t // 1000 % 100000, (t * 37) % 1000000, dev, msg)
    for it in items:
        t += 311
        if isinstance(it, N):
            out.append(line(it.text) if not it.text.startswith("!") else it.text[1:])
        elif isinstance(it, U):
            out.append(line("<-- '%s'" % esc("\r\n" + it.line + "\r\n")))
        else:
            out.append(line("--> '%s'" % esc(it.cmd + "\r")))
            body = rx_body(it)
            if it.final is None:
                if body:
                    out.append(line("<-- '%s'" % esc(body)))
                out.append(line("couldn't load ...: 'Serial command timed out'").replace("...", "current capabilities"))
            else:
                out.append(line("<-- '%s'" % esc(body)))
    return out


def r_chat(items, pid=2291, day="Jun  3", host="gateway", t0=3600 * 8):
    """pppd chat -v in syslog: send (X^M) / expect (OK) / received text with ^M / -- got it."""
    out = []
    t = t0
    def p(msg):
        return "%s %02d:%02d:%02d %s chat[%d]: %s" % (day, t // 3600 % 24, t // 60 % 60, t % 60, host, pid, msg)
    out.append(p("abort on (BUSY)"))
    out.append(p("abort on (NO CARRIER)"))
    out.append(p("abort on (ERROR)"))
    out.append(p("timeout set to 30 seconds"))
    for it in items:
        t += 1
        if isinstance(it, N):
            out.append(p(it.text))
            continue
        if isinstance(it, U):
            continue
        exp = "CONNECT" if it.final == "CONNECT" else "OK"
        out.append(p("send (%s^M)" % it.cmd))
        out.append(p("expect (%s)" % exp))
        out.append(p("%s^M^M" % it.cmd))
        for r in it.resp:
            out.append(p(r + "^M"))
        if it.final is None:
            out.append(p("alarm"))
            out.append(p("Failed"))
            break
        if it.final == exp:
            out.append(p(it.final))
            out.append(p(" -- got it"))
            out.append(p(""))
        else:
            out.append(p(it.final))
            out.append(p(" -- failed"))
            out.append(p("Failed (%s)" % it.final))
            break
    return out


def r_sentgot(items, s="Sent: ", g="Got: ", echo=True):
    """Arduino sketch idiom: print the command sent, then each non-empty line read."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
        elif isinstance(it, U):
            out.append(g + it.line)
        else:
            out.append(s + it.cmd)
            e = echo if it.echo is None else it.echo
            if e and not silent(it):
                out.append(g + it.cmd)
            if it.prompt and it.prompt != "CONNECT":
                out.append(g + ">")
                out.append(s + it.payload)
            for r in rx_lines(it):
                out.append(g + r)
            if it.final is None:
                out.append("Timeout waiting for reply")
            for u in it.after:
                out.append(g + u)
            if it.cmd.upper() == "ATE0" and it.final == "OK":
                echo = False
    return out


def r_node(items, echo=False):
    """node serialport + ReadlineParser script: console.log('write', JSON.stringify(cmd));
    parser.on('data', l => console.log('data', JSON.stringify(l)))."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
        elif isinstance(it, U):
            out.append("data " + json.dumps(it.line))
        else:
            out.append("write " + json.dumps(it.cmd + "\r\n"))
            if echo:
                out.append("data " + json.dumps(it.cmd + "\r"))
            if it.prompt and it.prompt != "CONNECT":
                out.append("write " + json.dumps(it.payload + "\u001a"))
            for r in rx_lines(it):
                out.append("data " + json.dumps(r))
            if it.final is None:
                out.append("Error: timeout waiting for OK after " + it.cmd)
            for u in it.after:
                out.append("data " + json.dumps(u))
    return out


def r_pylog(items, t0=0, echo=True, name="modem"):
    """python logging '%(asctime)s %(levelname)s [%(name)s] %(message)s' with pyserial bytes reprs,
    one RX per readline() (blank lines included)."""
    out = []
    t = t0
    for it in items:
        t += 157
        if isinstance(it, N):
            out.append("%s INFO [%s] %s" % (stamp(t), name, it.text))
        elif isinstance(it, U):
            out.append("%s DEBUG [%s] RX: %r" % (stamp(t), name, ("\r\n").encode()))
            out.append("%s DEBUG [%s] RX: %r" % (stamp(t), name, (it.line + "\r\n").encode()))
        else:
            out.append("%s DEBUG [%s] TX: %r" % (stamp(t), name, (it.cmd + "\r").encode()))
            e = echo if it.echo is None else it.echo
            if e and not silent(it):
                out.append("%s DEBUG [%s] RX: %r" % (stamp(t + 3), name, (it.cmd + "\r\r\n").encode()))
            if it.prompt and it.prompt != "CONNECT":
                out.append("%s DEBUG [%s] RX: %r" % (stamp(t + 9), name, b"\r\n> "))
                out.append("%s DEBUG [%s] TX: %r" % (stamp(t + 12), name, (it.payload + "\x1a").encode()))
            for r in rx_lines(it):
                t += 21
                out.append("%s DEBUG [%s] RX: %r" % (stamp(t), name, b"\r\n"))
                out.append("%s DEBUG [%s] RX: %r" % (stamp(t), name, (r + "\r\n").encode()))
            if it.final is None:
                t += 5000
                out.append("%s WARNING [%s] no final result for %r after 5.0 s" % (stamp(t), name, it.cmd))
            if it.cmd.upper() == "ATE0" and it.final == "OK":
                echo = False
    return out


def hexrows(data):
    rows = []
    for i in range(0, len(data), 16):
        chunk = data[i:i + 16]
        hx = " ".join("%02X" % b for b in chunk)
        asc = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        rows.append(" %-48s  %s" % (hx, asc))
    return rows


def r_spm(items, echo=True, port="COM7"):
    """Serial Port Monitor (Eltima/Electronic Team) text export: a header per IRP, hex + ASCII
    rows of 16 bytes (from memory)."""
    out = []
    t = 0
    for it in items:
        t += 430
        def hdr(kind):
            return "[14/05/2024 11:%02d:%02d.%03d] %s (%s)" % (t // 60000 % 60, t // 1000 % 60, t % 1000, kind, port)
        if isinstance(it, N):
            out.append(it.text)
        elif isinstance(it, U):
            out.append(hdr("Read data"))
            out += hexrows(("\r\n" + it.line + "\r\n").encode())
            out.append("")
        else:
            out.append(hdr("Written data"))
            out += hexrows((it.cmd + "\r").encode())
            out.append("")
            e = echo if it.echo is None else it.echo
            body = (it.cmd + "\r") if e else ""
            if it.prompt and it.prompt != "CONNECT":
                t += 40
                out.append(hdr("Read data"))
                out += hexrows((body + "\r\n> ").encode())
                out.append("")
                t += 40
                out.append(hdr("Written data"))
                out += hexrows((it.payload + "\x1a").encode())
                out.append("")
                body = it.payload if e else ""
            body += rx_body(it)
            if body:
                t += 60
                out.append(hdr("Read data"))
                out += hexrows(body.encode())
                out.append("")
            if it.cmd.upper() == "ATE0" and it.final == "OK":
                echo = False
    return out


def r_saleae(items, echo=True):
    """Saleae Logic 2 Async Serial export (two analyzers, TX and RX), one row per byte:
    name,type,start_time,duration,data (from memory)."""
    out = ['name,type,start_time,duration,data']
    t = 0.512
    def ch(c):
        return {"\r": "\\r", "\n": "\\n", "\x1a": "\\x1A", ",": "','", '"': '""'}.get(c, c)
    def emit(name, text):
        nonlocal t
        for c in text:
            v = ch(c)
            if v in (",", "','"):
                v = '","'
            elif '"' in v:
                v = '"' + v + '"'
            elif c == " ":
                v = '" "'
            out.append('%s,data,%.7f,8.68e-05,%s' % (name, t, v))
            t += 0.0000868
        t += 0.0213
    for it in items:
        if isinstance(it, N):
            continue
        if isinstance(it, U):
            emit("RX", "\r\n" + it.line + "\r\n")
            continue
        emit("TX", it.cmd + "\r")
        e = echo if it.echo is None else it.echo
        body = (it.cmd + "\r") if e else ""
        body += rx_body(it)
        if silent(it):
            body = ""
        if body:
            emit("RX", body)
        t += 0.15
    return out


def r_yat(items, echo=True):
    """YAT (Yet Another Terminal) log with time stamp and direction (from memory):
    '(hh:mm:ss.fff) [Tx] line' / '(..) [Rx] line'."""
    out = []
    t = 41 * 3600000
    def ts():
        return "(%02d:%02d:%02d.%03d)" % (t // 3600000 % 24, t // 60000 % 60, t // 1000 % 60, t % 1000)
    for it in items:
        t += 250
        if isinstance(it, N):
            out.append(it.text)
        elif isinstance(it, U):
            out.append("%s [Rx] %s" % (ts(), it.line))
        else:
            out.append("%s [Tx] %s" % (ts(), it.cmd))
            e = echo if it.echo is None else it.echo
            if e and not silent(it):
                out.append("%s [Rx] %s" % (ts(), it.cmd))
            if it.prompt and it.prompt != "CONNECT":
                out.append("%s [Rx] > " % ts())
                out.append("%s [Tx] %s<SUB>" % (ts(), it.payload))
            for r in rx_lines(it):
                t += 30
                out.append("%s [Rx] %s" % (ts(), r))
            for u in it.after:
                out.append("%s [Rx] %s" % (ts(), u))
            if it.cmd.upper() == "ATE0" and it.final == "OK":
                echo = False
    return out


def r_particle(items, t0=4211):
    out = []
    t = t0
    for it in items:
        t += 41
        if isinstance(it, N):
            out.append("%010d [app] INFO: %s" % (t, it.text))
        elif isinstance(it, U):
            out.append("%010d [ncp.at] TRACE: < %s" % (t, it.line))
        else:
            out.append("%010d [ncp.at] TRACE: > %s" % (t, it.cmd))
            for r in rx_lines(it):
                t += 12
                out.append("%010d [ncp.at] TRACE: < %s" % (t, r))
            if it.final is None:
                t += 10000
                out.append("%010d [ncp.client.sara] ERROR: Failed to perform early initialization" % t)
            for u in it.after:
                out.append("%010d [ncp.at] TRACE: < %s" % (t, u))
    return out


def r_linkmon(items):
    out = []
    t = 0
    for it in items:
        t += 180
        ts = "2024-02-19T08:%02d:%02d.%03dZ" % (t // 60000 % 60, t // 1000 % 60, t % 1000)
        if isinstance(it, N):
            out.append("%s INFO %s" % (ts, it.text))
        elif isinstance(it, U):
            out.append("%s DEBUG modem << %s" % (ts, it.line))
        else:
            out.append("%s DEBUG modem >> %s" % (ts, it.cmd))
            for r in rx_lines(it):
                out.append("%s DEBUG modem << %s" % (ts, r))
            for u in it.after:
                out.append("%s DEBUG modem << %s" % (ts, u))
    return out


def r_fona(items):
    """Adafruit_FONA / Botletics: '\\t---> cmd' and '\\t<--- reply' (one reply line read)."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
        elif isinstance(it, U):
            out.append("\t<--- " + it.line)
        else:
            out.append("\t---> " + it.cmd)
            if it.prompt and it.prompt != "CONNECT":
                out.append("\t<--- > ")
                out.append("> " + it.payload)
            for r in rx_lines(it):
                out.append("\t<--- " + r)
            if it.final is None:
                out.append("\t<--- ")
    return out


def r_sparkfun(items, echo=True):
    """SparkFun u-blox SARA-R5 Arduino library enableDebugging(): 'sendCommandWithResponse:
    Command: ' + command without its AT, then 'sendCommandWithResponse: Response: ' + the raw
    bytes as read (echo, CR LF kept)."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
        elif isinstance(it, U):
            out.append("checkUrcs: " + it.line)
        else:
            c = it.cmd[2:] if it.cmd.upper().startswith("AT") else it.cmd
            out.append("sendCommandWithResponse: Command: " + c)
            e = echo if it.echo is None else it.echo
            body = (it.cmd + "\r\r\n") if e else "\r\n"
            if it.prompt:
                body += "> "
                s = ("sendCommandWithResponse: Response: " + body).replace("\r\n", "\n").replace("\r", "")
                out += s.split("\n")
                out.append("sendCommandWithResponse: Command: " + it.payload)
                body = it.payload + "\r\n"
            body += "\r\n".join(rx_lines(it)) + ("\r\n" if rx_lines(it) else "")
            for u in it.after:
                body += "\r\n" + u + "\r\n"
            s = ("sendCommandWithResponse: Response: " + body).replace("\r\n", "\n").replace("\r", "")
            out += s.rstrip("\n").split("\n")
            if it.final is None:
                out.append("sendCommandWithResponse: Response: ")
            out.append("")
            if it.cmd.upper() == "ATE0" and it.final == "OK":
                echo = False
    return out


def r_zephyr_chat(items, t0=1200):
    out = []
    t = t0
    def ts():
        return "[00:00:%02d.%03d,%03d]" % (t // 1000 % 60, t % 1000, (t * 7) % 1000)
    for it in items:
        t += 97
        if isinstance(it, N):
            out.append("%s <inf> app: %s" % (ts(), it.text))
        elif isinstance(it, U):
            out.append("%s <dbg> modem_chat: modem_chat_log_received_command: %s" % (ts(), it.line))
        else:
            out.append("%s <dbg> modem_chat: modem_chat_script_next: sending: %s" % (ts(), it.cmd))
            for r in rx_lines(it):
                t += 15
                out.append("%s <dbg> modem_chat: modem_chat_log_received_command: %s" % (ts(), r))
            if it.final is None:
                t += 10000
                out.append("%s <wrn> modem_chat: modem_chat_script_timeout_handler: timeout" % ts())
    return out


def r_sscom(items, echo=True):
    out = []
    t = 52000
    def ts():
        return "[%02d:%02d:%02d.%03d]" % (15, t // 60000 % 60, t // 1000 % 60, t % 1000)
    for it in items:
        t += 640
        if isinstance(it, N):
            out.append(it.text)
        elif isinstance(it, U):
            out.append("%s收←◆%s" % (ts(), it.line))
            out.append("")
        else:
            out.append("%s发→◇%s□" % (ts(), it.cmd))
            t += 35
            e = echo if it.echo is None else it.echo
            lines = ([it.cmd] if e else []) + [""]
            for r in rx_lines(it):
                lines += [r, ""]
            out.append("%s收←◆%s" % (ts(), lines[0]))
            out += lines[1:]
            if it.cmd.upper() == "ATE0" and it.final == "OK":
                echo = False
    return out


def r_shell_cat(items, prompt="root@OpenWrt:~# ", dev="/dev/ttyUSB2"):
    """OpenWrt forum idiom: 'cat /dev/ttyUSB2 &' in the background, then 'echo -e "AT..\\r" > dev';
    the background cat prints the modem's echo and reply between prompts."""
    out = [prompt + "cat %s &" % dev, prompt]
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
        elif isinstance(it, U):
            out.append(it.line)
        else:
            c = it.cmd.replace('"', '\\"')
            out.append(prompt + 'echo -e "%s\\r" > %s' % (c, dev))
            out.append(it.cmd)
            out.append("")
            for r in it.resp:
                out.append(r)
            if it.resp:
                out.append("")
            if it.final:
                out.append(it.final)
    out.append(prompt)
    return out


def r_smstool(items, prompt="root@OpenWrt:~# ", dev="/dev/ttyUSB3"):
    """sms_tool (OpenWrt) 'at' subcommand: the reply lines printed, final included (from memory)."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            continue
        c = it.cmd.replace('"', '\\"')
        out.append(prompt + 'sms_tool -d %s at "%s"' % (dev, c))
        for r in rx_lines(it):
            out.append(r)
    out.append(prompt)
    return out


def r_upy(items, echo=True):
    """MicroPython REPL: uart.write(...) prints the byte count, uart.read() the bytes repr."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
        elif isinstance(it, U):
            out.append(">>> uart.read()")
            out.append(repr(("\r\n" + it.line + "\r\n").encode()))
        else:
            w = (it.cmd + "\r\n")
            out.append(">>> uart.write(%r)" % w.encode())
            out.append(str(len(w)))
            e = echo if it.echo is None else it.echo
            body = (it.cmd + "\r\r\n") if e else ""
            if silent(it):
                body = ""
            body += rx_body(it)
            out.append(">>> uart.read()")
            out.append(repr(body.encode()) if body else "None")
            if it.cmd.upper() == "ATE0" and it.final == "OK":
                echo = False
    out.append(">>> ")
    return out


def r_mbed(items):
    """Mbed OS cellular ATHandler trace with MBED_CONF_CELLULAR_DEBUG_AT (from memory):
    '[DBG ][CELL]: AT TX (n): AT..[CR]' / 'AT RX (n): ..'."""
    out = []
    for it in items:
        if isinstance(it, N):
            out.append("[INFO][APP ]: " + it.text)
        elif isinstance(it, U):
            out.append("[DBG ][CELL]: AT RX ( %2d): %s" % (len(it.line), it.line))
        else:
            out.append("[DBG ][CELL]: AT TX ( %2d): %s[CR]" % (len(it.cmd) + 1, it.cmd))
            for r in rx_lines(it):
                out.append("[DBG ][CELL]: AT RX ( %2d): %s" % (len(r), r))
            if it.final is None:
                out.append("[DBG ][CELL]: AT error -3001")
                out.append("[WARN][CELL]: AT timeout")
    return out


# ------------------------------------------------------------------------------------------
# wrappers
# ------------------------------------------------------------------------------------------

def fence(lines, lang="", before=(), after=()):
    return list(before) + ["```" + lang] + lines + ["```"] + list(after)


def quote(lines, p="> "):
    return [(p + l).rstrip() if l else p.rstrip() for l in lines]


def indent(lines, n=4):
    return [(" " * n + l) if l else "" for l in lines]


def html_pre(lines, before=(), after=()):
    esc = [l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;") for l in lines]
    return list(before) + ["<pre>" + esc[0]] + esc[1:-1] + [esc[-1] + "</pre>"] + list(after)


def wrap(lines, w):
    out = []
    for l in lines:
        while len(l) > w:
            out.append(l[:w])
            l = l[w:]
        out.append(l)
    return out


def ansi(lines, color_of):
    out = []
    for l in lines:
        c = color_of(l)
        out.append("\x1b[%sm%s\x1b[0m" % (c, l) if c else l)
    return out


# ------------------------------------------------------------------------------------------
# sessions
# ------------------------------------------------------------------------------------------

LOGS_OUT = {}


def add(name, items, lines, shape, module, crlf=False, has=True, enc="utf-8"):
    LOGS_OUT[name] = (items, lines, shape, module, crlf, has, enc)


def sim800_init(pin=False, iccid="8944501234567890123", csq="17,0"):
    s = [T("AT"), T("ATE0"), T("AT+CMEE=2")]
    s += [T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CCID", [iccid]), T("AT+CSQ", ["+CSQ: " + csq]),
          T("AT+CREG?", ["+CREG: 0,1"])]
    return s


def all_logs():
    # 1 python-gsmmodem, SIM800, SMS receive + send (new shape)
    s = [T("ATZ", echo=True), T("ATE0"), T("AT+CFUN?", ["+CFUN: 1"]), T("AT+CMEE=1"),
         T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CGMI", ["SIMCOM_Ltd"]), T("AT+CGMM", ["SIMCOM_SIM800L"]),
         T("AT+CLAC", ["AT+CMGF", "AT+CMGS", "AT+CNMI", "AT+CSQ"]),
         T("AT+COPS=3,0"), T("AT+COPS?", ["+COPS: 0,0,\"vodafone DE\""]), T("AT+CMGF=0"),
         T("AT+CSCA?", ["+CSCA: \"+491722270333\",145"]), T("AT+CSMP=49,167,0,0"),
         T("AT+CPMS=\"SM\",\"SM\",\"SM\"", ["+CPMS: 2,30,2,30,2,30"]),
         T("AT+CNMI=2,1,0,2"), T("AT+CLIP=1"), T("AT+CREG?", ["+CREG: 0,1"]),
         U("+CMTI: \"SM\",3"),
         T("AT+CMGR=3", ["+CMGR: 0,,24", "0791947122723033040C919471254376F100004240518090914005C8329BFD06"]),
         T("AT+CMGD=3"),
         T("AT+CMGS=20", ["+CMGS: 88"], prompt="> ", payload="0011000C919471254376F10000AA06C8329BFD0E01")]
    add("gsmmodem_sim800l_sms.log", s, r_gsmmodem(s), "python-gsmmodem-debug", "SIM800L")

    # 2 python-gsmmodem with asctime formatter, Huawei E3531 CPIN missing, then timeout (new)
    s = [T("ATZ", echo=True), T("ATE0"), T("AT+CFUN?", ["+CFUN: 1"]), T("AT+CMEE=1"),
         T("AT+CPIN?", final="+CME ERROR: 10"), T("AT+CPIN?", final="+CME ERROR: 10"),
         T("AT+CPIN=\"1234\"", final=None)]
    add("gsmmodem_e3531_nosim.log", s, fence(r_gsmmodem(s, ts=5000), before=[
        "Running the example with `logging.basicConfig(format='%(asctime)s - %(name)s - %(levelname)s - %(message)s', level=logging.DEBUG)`:", ""],
        after=["", "The SIM is definitely inserted, works in a phone."]), "python-gsmmodem-debug+fence", "Huawei E3531")

    # 3 TinyGSM StreamDebugger SIM7000G NB-IoT with DBG lines (old shape, common)
    s = [N("Initializing modem..."), T("AT", final=None, partial=[]), T("AT"), T("AT&FZ"), T("ATE0"),
         N("[3521] ### TinyGSM Version: 0.11.7"), N("[3521] ### TinyGSM Compiled Module:  TinyGsmClientSIM7000SSL"),
         T("AT+CMEE=2", echo=False), T("AT+GMR", ["Revision:1351B04SIM7000G"], echo=False),
         T("AT+CLTS=1", echo=False), T("AT+CBATCHK=1", echo=False), T("AT+CPIN?", ["+CPIN: READY"], echo=False),
         N("Modem Info: SIM7000G R1351"),
         T("AT+CNMP=38", echo=False), T("AT+CMNB=2", echo=False),
         T("AT+CGDCONT=1,\"IP\",\"iot.1nce.net\"", echo=False),
         N("Waiting for network..."),
         T("AT+CEREG?", ["+CEREG: 0,2"], echo=False), T("AT+CEREG?", ["+CEREG: 0,2"], echo=False),
         U("*PSUTTZ: 24/05/14,09:22:11\",\"+08\",0"), U("DST: 0"),
         T("AT+CEREG?", ["+CEREG: 0,5"], echo=False),
         N(" success"),
         T("AT+CIPSHUT", ["SHUT OK"], final=None, echo=False)]
    # CIPSHUT answers SHUT OK as its final
    s[-1] = T("AT+CIPSHUT", [], final="SHUT OK", echo=False)
    s += [T("AT+CGATT=0", echo=False), T("AT+CGATT=1", echo=False),
          T("AT+CSTT=\"iot.1nce.net\",\"\",\"\"", echo=False), T("AT+CIICR", echo=False),
          T("AT+CIFSR;E0", ["10.212.88.41"], echo=False)]
    add("tinygsm_sim7000g_nbiot.log", s, r_tinygsm(s), "tinygsm-streamdebugger", "SIM7000G")

    # 4 TinyGSM SIM7600 MQTT over TCP in GitHub issue fence (old + wrapper)
    s = [T("AT"), T("ATE0"), T("AT+CMEE=2", echo=False),
         T("AT+CGMI", ["SIMCOM INCORPORATED"], echo=False),
         T("AT+CPIN?", ["+CPIN: READY"], echo=False), T("AT+CGREG?", ["+CGREG: 0,1"], echo=False),
         T("AT+CGDCONT=1,\"IP\",\"internet.telekom\"", echo=False), T("AT+CGACT=1,1", echo=False),
         T("AT+NETOPEN?", ["+NETOPEN: 0"], echo=False), T("AT+NETOPEN", after=["+NETOPEN: 0"], echo=False),
         T("AT+IPADDR", ["+IPADDR: 10.119.8.203"], echo=False),
         T("AT+CIPRXGET=1", echo=False),
         T("AT+CIPOPEN=0,\"TCP\",\"broker.example.net\",1883", after=["+CIPOPEN: 0,0"], echo=False),
         T("AT+CIPSEND=0,24", [], prompt="> ", payload="\x10\x16\x00\x04MQTT\x04\x02\x00<\x00\nGsmClient", final="OK", after=["+CIPSEND: 0,24,24"], echo=False),
         U("+CIPRXGET: 1,0"),
         T("AT+CIPRXGET=4,0", ["+CIPRXGET: 4,0,4"], echo=False),
         T("AT+CIPRXGET=2,0,4", ["+CIPRXGET: 2,0,4,0", "\x20\x02\x00\x00"], echo=False),
         T("AT+CIPCLOSE=0", final="+CIPERROR: 4", echo=False)]
    for it in s:
        if isinstance(it, T) and it.payload:
            it.payload = "\x10\x16\x04MQTT\x04\x02<\x0cGsmClient7a9"
    s[16].resp = ["+CIPRXGET: 2,0,4,0", " \x02\x05"]
    s[17].resp = ["+CIPCLOSE: 0,4"]
    s[17].final = "ERROR"
    body = r_tinygsm(s)
    add("gh_tinygsm_sim7600_mqtt.md", s, fence(body, before=[
        "### Describe the bug", "MQTT connect fails on SIM7600E-H, `mqtt.connect()` returns false after the socket opens.",
        "", "### Debug output", ""], after=["", "### Hardware", "LilyGO T-SIM7600E, TinyGSM 0.11.7, PubSubClient 2.8"]),
        "tinygsm-streamdebugger+github-fence", "SIM7600E-H")

    # 5 ModemManager journal EG25-G (old, common)
    s = [T("ATE0"), T("AT+CMEE=1"), T("ATV1"), T("AT+GCAP", ["+GCAP: +CGSM"]), T("AT+CGSN", ["869710031234567"]),
         T("AT+QCFG=\"usbnet\"", ["+QCFG: \"usbnet\",0"]), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+QSIMSTAT?", ["+QSIMSTAT: 0,1"]), T("AT+CGDCONT?", ["+CGDCONT: 1,\"IPV4V6\",\"ims\",\"0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0\",0,0,0,0"]),
         T("AT+CREG=2"), T("AT+CEREG=2"), T("AT+COPS=3,2"), T("AT+COPS?", ["+COPS: 0,2,\"26201\",7"]),
         U("+CEREG: 1,\"B4A1\",\"01A2D10F\",7"),
         T("AT+CSQ", ["+CSQ: 22,99"]), T("AT+QENG=\"servingcell\"", final="+CME ERROR: 3"),
         T("AT+CGACT?", ["+CGACT: 1,0"]), T("AT+CGDCONT=1,\"IPV4V6\",\"internet.m2m\""),
         T("AT+CGACT=1,1", final=None)]
    add("mm_journal_eg25g.log", s, r_mm(s, host="pine64"), "modemmanager-debug-journal", "EG25-G")

    # 6 MM old style, Sierra MC7455 via logread with ANSI? plain, cut bottom
    s = [T("ATE0"), T("AT+CMEE=1"), T("AT+GCAP", ["+GCAP: +CGSM,+DS,+ES"]), T("ATI", ["Manufacturer: Sierra Wireless, Incorporated", "Model: MC7455", "Revision: SWI9X30C_02.33.03.00 r8209 CARMD-EV-FRMWR2 2019/08/28 20:59:30", "IMEI: 359072061112233", "IMEI SV: 21", "FSN: LQ94528119031", "+GCAP: +CGSM"]),
         T("AT!GSTATUS?", final="ERROR"), T("AT+CPIN?", ["+CPIN: SIM PIN"]), T("AT+CPINR", final="ERROR"),
         T("AT+CPIN=\"4711\""), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CFUN?", ["+CFUN: 4"]), T("AT+CFUN=1", final=None)]
    add("mm_old_mc7455.log", s, r_mm(s, old=True, host="OpenWrt", day="Thu Mar  7", dev="ttyUSB2"), "modemmanager-debug-old", "Sierra MC7455")

    # 7 pppd chat syslog SIM7600 OK dial (old)
    s = [T("AT"), T("ATZ"), T("ATE1"), T("AT+CGDCONT=1,\"IP\",\"internet.t-d1.de\""), T("ATD*99#", ["CONNECT 150000000"][:0], final="CONNECT")]
    add("pppd_chat_syslog_sim7600.log", s, r_chat(s) + [
        "Jun  3 08:00:06 gateway pppd[2290]: Serial connection established.",
        "Jun  3 08:00:06 gateway pppd[2290]: Using interface ppp0",
        "Jun  3 08:00:06 gateway pppd[2290]: Connect: ppp0 <--> /dev/ttyUSB3"], "pppd-chat-syslog", "SIM7600G")

    # 8 pppd chat journalctl, Quectel EC25 NO CARRIER (old shape, journal prefix differs)
    s = [T("AT"), T("ATH"), T("AT+CFUN=1"), T("AT+CGDCONT=1,\"IP\",\"web.vodafone.de\""), T("ATDT*99***1#", final="NO CARRIER")]
    lines = r_chat(s, pid=918, day="Feb 11", host="edge-04")
    lines = [l.replace(" edge-04 chat[918]:", " edge-04 chat[918]:") for l in lines]
    add("journal_chat_ec25_nocarrier.log", s, ["-- Logs begin at Sun 2024-02-11 06:10:01 UTC. --"] + lines + [
        "Feb 11 08:00:06 edge-04 pppd[917]: Connect script failed", "Feb 11 08:00:07 edge-04 pppd[917]: Exit."],
        "pppd-chat-journal", "EC25-E")

    # 9 Arduino Sent/Got SIM7080G CoAP? MQTT native (old shape)
    s = [N("Booting SIM7080G..."), T("AT", final=None), T("AT"), T("ATE0"), T("AT+CPIN?", ["+CPIN: READY"], echo=False),
         T("AT+CNMP=38", echo=False), T("AT+CMNB=1", echo=False), T("AT+CSQ", ["+CSQ: 19,99"], echo=False),
         T("AT+CGATT?", ["+CGATT: 1"], echo=False), T("AT+CNACT=0,1", after=["+APP PDP: 0,ACTIVE"], echo=False),
         T("AT+SMCONF=\"URL\",\"mqtt.example.org\",1883", echo=False), T("AT+SMCONF=\"KEEPTIME\",60", echo=False),
         T("AT+SMCONF=\"CLIENTID\",\"node-7f21\"", echo=False), T("AT+SMCONN", final="ERROR", echo=False),
         T("AT+SMSTATE?", ["+SMSTATE: 0"], echo=False),
         T("AT+SMCONN", echo=False), T("AT+SMPUB=\"sensors/7f21\",5,1,0", prompt="> ", payload="21.4C", echo=False)]
    add("arduino_sentgot_sim7080g.txt", s, r_sentgot(s), "arduino-sketch-sent-got", "SIM7080G")

    # 10 Arduino monitor with timestamps SIM800L call + ANSI none, "Command:"/"Response:" prefix (old)
    s = [T("AT"), T("AT+CSQ", ["+CSQ: 14,0"]), T("AT+CREG?", ["+CREG: 0,5"]), T("ATD+4915123456789;")]
    s[3].final = "OK"
    s += [T("AT+CLCC", ["+CLCC: 1,0,2,0,0,\"+4915123456789\",145,\"\""]), U("NO CARRIER"), T("ATH")]
    lines = r_sentgot(s, s=">> ", g="")
    t = 0
    out = []
    for l in lines:
        t += 119
        out.append("11:42:%02d.%03d -> %s" % (t // 1000 % 60, t % 1000, l))
    add("arduino_monitor_ts_sim800l_call.txt", s, out, "arduino-monitor-timestamp+sketch-prefix", "SIM800L")

    # 11 node serialport script, SARA-R410M (new shape)
    s = [T("AT"), T("ATE0"), T("AT+CGMR", ["L0.0.00.00.05.12 [Mar 09 2022 17:00:00]"]), T("AT+UMNOPROF?", ["+UMNOPROF: 100"]),
         T("AT+CFUN=0"), T("AT+UMNOPROF=2"), T("AT+CFUN=15"), N("(waiting 20 s for reboot)"),
         T("AT", final=None), T("AT"), T("AT+COPS?", ["+COPS: 0"]), T("AT+CEREG?", ["+CEREG: 0,2"]),
         T("AT+URAT?", ["+URAT: 7"]), T("AT+UBANDMASK?", ["+UBANDMASK: 0,134742047,0", "+UBANDMASK: 1,134742047,0"]),
         T("AT+CEREG?", ["+CEREG: 0,5"]), T("AT+USOCR=17", ["+USOCR: 0"]),
         T("AT+USOST=0,\"198.51.100.7\",5683,6,\"400155AB0102\"", final="+CME ERROR: operation not allowed")]
    lines = ["$ node probe.js --port /dev/ttyACM0"] + r_node(s) + ["^C"]
    add("node_serialport_sara_r410m.txt", s, fence(lines, before=["Hi, I wrote a small probe with serialport@12 and @serialport/parser-readline:", ""]),
        "node-serialport-script+fence", "SARA-R410M-02B")

    # 12 python logging with bytes reprs, BG95 GNSS + psm (new shape variant)
    s = [T("AT"), T("ATE0"), T("AT+QGPSCFG=\"priority\",0"), T("AT+QGPS=1"),
         T("AT+QGPSLOC=2", final="+CME ERROR: 516"), T("AT+QGPSLOC=2", final="+CME ERROR: 516"),
         T("AT+QGPSLOC=2", ["+QGPSLOC: 093115.000,52.52011,13.40495,1.4,41.2,2,211.30,0.0,0.0,140524,07"]),
         T("AT+QGPSEND"), T("AT+CPSMS=1,,,\"10100101\",\"00000011\""), T("AT+QPSMS?", final="ERROR")]
    add("pylog_bg95_gnss.log", s, r_pylog(s, t0=4000, name="bg95"), "python-logging-bytes-repr", "BG95-M3")

    # 13 Serial Port Monitor hex export, BG96 TCP (new tool)
    s = [T("AT"), T("ATE1"), T("AT+QICSGP=1,1,\"iot.telia.com\",\"\",\"\",1"), T("AT+QIACT=1"),
         T("AT+QIACT?", ["+QIACT: 1,1,1,\"10.44.7.19\""]),
         T("AT+QIOPEN=1,0,\"TCP\",\"203.0.113.20\",8080,0,1", after=["+QIOPEN: 0,0"]),
         T("AT+QISEND=0,5", ["SEND OK"], final=None, prompt="> ", payload="hello")]
    s[-1] = T("AT+QISEND=0,5", [], final="SEND OK", prompt="> ", payload="hello")
    s += [U("+QIURC: \"recv\",0,2"), T("AT+QIRD=0,1500", ["+QIRD: 2", "ok"]), T("AT+QICLOSE=0")]
    add("spm_hex_bg96_tcp.txt", s, ["Serial Port Monitor - session 'bg96 tcp' exported 14/05/2024", ""] + r_spm(s),
        "serial-port-monitor-hex-export", "BG96")

    # 14 Saleae Logic 2 CSV, two channels, SIM800 (new)
    s = [T("AT"), T("AT+CPIN?", ["+CPIN: NOT INSERTED"], final="OK"), T("AT+CPIN?", final="+CME ERROR: 10"), T("AT+CFUN=1,1")]
    add("saleae_logic2_sim800.csv", s, r_saleae(s), "saleae-logic2-async-csv", "SIM800C")

    # 15 YAT log, Telit ME910C1 (new tool)
    s = [T("AT"), T("ATE1"), T("AT#SELINT?", ["#SELINT: 2"]), T("AT#BND?", ["#BND: 0,0,0,80084"]),
         T("AT+WS46=28"), T("AT#WS46?", ["#WS46: 0"]), T("AT+CGDCONT=1,\"IP\",\"m2m.tele2.com\""),
         T("AT#SGACT=1,1", ["#SGACT: 100.66.201.14"]), T("AT#SD=1,0,80,\"example.com\",0,0,1"),
         ]
    s += [T("AT#SSEND=1", final="OK", prompt="> ", payload="GET / HTTP/1.0")]
    s += [U("SRING: 1"), T("AT#SRECV=1,200", ["#SRECV: 1,17", "HTTP/1.0 200 OK"]), T("AT#SH=1"),
          T("AT#SGACT=1,0"), U("#SGACT: 1,0")]
    add("yat_me910c1_socket.txt", s, r_yat(s), "yat-terminal-log", "ME910C1-WW")

    # 16 Particle ncp.at trace (old), Boron R410 cellular connect fail
    s = [N("Device OS 4.2.0"), T("AT"), T("ATE0"), T("AT+CMEE=2"), T("AT+CGMR", ["L0.0.00.00.05.12 [Feb 03 2023 13:00:41]"]),
         T("AT+UMNOPROF?", ["+UMNOPROF: 2"]), T("AT+CCID", ["+CCID: 89014103272155987654"]),
         T("AT+COPS=3,2"), T("AT+CEREG=2"), T("AT+COPS=0"), U("+CEREG: 2"), T("AT+CEREG?", ["+CEREG: 2,2"]),
         T("AT+CSQ", ["+CSQ: 99,99"]), T("AT+CFUN=0", final=None)]
    add("particle_boron_r410_nosignal.log", s, r_particle(s), "particle-ncp-at-trace", "SARA-R410M")

    # 17 nRF Connect link monitor nRF9160 (old shape)
    s = [T("AT+CFUN?", ["+CFUN: 4"]), T("AT+CGSN=1", ["+CGSN: \"352656100998877\""]), T("AT+CGMR", ["mfw_nrf9160_1.3.5"]),
         T("AT%XSYSTEMMODE=1,0,1,0"), T("AT+CEREG=5"), T("AT%CESQ=1"), T("AT+CFUN=1"),
         U("+CEREG: 2,\"5A0C\",\"0201A30B\",7"), U("%CESQ: 48,2,21,2"), U("+CEREG: 5,\"5A0C\",\"0201A30B\",7,,,\"11100000\",\"00001010\""),
         T("AT+CGDCONT?", ["+CGDCONT: 0,\"IP\",\"iot.example\",\"10.160.2.77\",0,0"]),
         T("AT%XMONITOR", ["%XMONITOR: 5,\"\",\"\",\"24007\",\"5A0C\",7,20,\"0201A30B\",281,6400,51,22,\"\",\"11100000\",\"00001010\",\"01001001\""]),
         T("AT+CPSMS?", ["+CPSMS: 1,,,\"11100000\",\"00001010\""]), T("AT%XTEMP?", final="ERROR")]
    add("linkmonitor_nrf9160.log", s, r_linkmon(s), "nrfconnect-linkmonitor", "nRF9160")

    # 18 Adafruit FONA / Botletics SIM7000A (old) in e-mail quoting
    s = [N("FONA basic test"), N("Initializing....(May take several seconds)"), T("AT", final=None), T("AT"), T("ATE0"),
         T("AT+CVHU=0"), T("ATI", ["SIM7000A R1351"]), N("Found SIM7000A (American)"), T("AT+CGSN", ["862725049876543"]),
         T("AT+CNMP=38"), T("AT+CMNB=1"), T("AT+CGDCONT=1,\"IP\",\"hologram\""), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CGNSPWR=1"), T("AT+CGNSINF", ["+CGNSINF: 1,0,19800106000121.000,,,,0.00,0.0,0,,,,,,0,0,,,,,"]),
         T("AT+CMGF=1"), T("AT+CMGS=\"+15125550143\"", ["+CMGS: 12"], prompt="> ", payload="battery low")]
    lines = quote(r_fona(s) + [""], "> ")
    add("email_fona_sim7000a.txt", s, [
        "From: J. Ortega <j.ortega@fieldsense.example>", "Subject: Re: SIM7000A never gets a fix", "", "Hi,", "",
        "here is the serial output from this morning:", ""] + lines + ["", "Regards,", "Javier"],
        "adafruit-fona-debug+email-quote", "SIM7000A")

    # 19 SparkFun SARA-R5 library debug (new shape)
    s = [T("AT"), T("ATE0", echo=True), T("AT+CMEE=2"), T("AT+CGMM", ["SARA-R510M8S"]), T("AT+CCID", ["+CCID: 8944538532012345678"]),
         T("AT+UPSD=0,100,1"), T("AT+UPSD=0,0,0"), T("AT+UPSDA=0,3", after=["+UUPSDA: 0,\"10.210.55.6\""]),
         T("AT+UMQTT=2,\"mqtt.example.org\",1883"), T("AT+UMQTT=4,\"sara\",\"s3cr3t\""), T("AT+UMQTTC=1", after=["+UUMQTTC: 1,0"]),
         T("AT+UMQTTER", ["+UMQTTER: 13,0"]), T("AT+CCLK?", ["+CCLK: \"24/05/14,10:02:31+08\""])]
    add("sparkfun_sara_r5_mqtt.txt", s, r_sparkfun(s), "sparkfun-sara-r5-debug", "SARA-R510M8S")

    # 20 Zephyr modem_chat + ANSI (old shape)
    s = [N("Powering on modem"), T("AT"), T("ATE0"), T("AT+CFUN=4"), T("AT+CMEE=1"), T("AT+CREG=1"), T("AT+CEREG=1"),
         T("AT+CGSN", ["350457790011223"]), T("AT+CGMM", ["BG95-M3"]), T("AT+CIMI", ["901405100123456"]),
         T("AT+CMUX=0,0,5,127,10,3,30,10,2"), N("CMUX connected"), T("AT+CFUN=1"),
         T("AT+CEREG?", ["+CEREG: 1,2"]), T("AT+CEREG?", ["+CEREG: 1,0"]), T("AT+COPS?", final=None)]
    def col(l):
        return "1;33" if "<wrn>" in l else ("1;31" if "<err>" in l else None)
    add("zephyr_modem_chat_bg95_ansi.log", s, ansi(r_zephyr_chat(s), col), "zephyr-modem_chat+ansi", "BG95-M3")

    # 21 SSCOM Air780E (old)
    s = [T("AT"), T("ATI", ["AirM2M_780E_V1166_LTE_AT"]), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CSQ", ["+CSQ: 26,99"]),
         T("AT+CGATT?", ["+CGATT: 1"]), T("AT+SAPBR=3,1,\"CONTYPE\",\"GPRS\""), T("AT+SAPBR=3,1,\"APN\",\"cmnet\""),
         T("AT+SAPBR=1,1"), T("AT+SAPBR=2,1", ["+SAPBR: 1,1,\"10.91.5.207\""]), T("AT+HTTPINIT"),
         T("AT+HTTPPARA=\"URL\",\"http://api.example.cn/v1/ping\""), T("AT+HTTPACTION=0", after=["+HTTPACTION: 0,601,0"]),
         T("AT+HTTPTERM")]
    add("sscom_air780e_http.txt", s, r_sscom(s), "sscom-serial-tool", "Air780E")

    # 22 OpenWrt shell echo > /dev/ttyUSB2 with cat & (new)
    s = [T("ATI", ["Quectel", "EC25", "Revision: EC25EFAR06A08M4G"]), T("AT+CSQ", ["+CSQ: 31,99"]),
         T("AT+QNWINFO", ["+QNWINFO: \"FDD LTE\",\"23415\",\"LTE BAND 20\",6300"]),
         T("AT+QCFG=\"band\"", ["+QCFG: \"band\",0x260,0x800d5,0x0"]), T("AT+QCFG=\"nwscanmode\",3,1"),
         T("AT+COPS?", ["+COPS: 0,0,\"vodafone UK\",7"]), T("AT+QENG=\"servingcell\"", ["+QENG: \"servingcell\",\"NOCONN\",\"LTE\",\"FDD\",234,15,1A2B3C4,211,6300,20,3,3,7D2,-101,-12,-71,10,24"])]
    add("openwrt_forum_shell_ec25.txt", s, ["Output below, ttyUSB2 is the AT port:", ""] + indent(r_shell_cat(s)),
        "shell-echo-cat+forum-indent", "EC25-EU")

    # 23 sms_tool on OpenWrt, Fibocom FM150? L850? Use Fibocom FM150-AE (new)
    s = [T("ATI", ["Fibocom Wireless Inc.", "FM150-AE-00", "89600.1000.00.04.01.01"]), T("AT+CGPADDR", ["+CGPADDR: 1,\"100.72.18.9\""]),
         T("AT+GTCCINFO?", ["+GTCCINFO:", "LTE service cell:", "1,2,262,03,D4C2,A11DF01,1300,319,50,3,0,-97,-11,16"]),
         T("AT+GTUSBMODE?", ["+GTUSBMODE: 32"]), T("AT+GTRAT=20"), T("AT+GTACT=20,6,3", final="ERROR")]
    add("sms_tool_fm150.txt", s, r_smstool(s), "openwrt-sms_tool", "FM150-AE")

    # 24 MicroPython REPL SIM7080 (new-ish)
    s = [N("MicroPython v1.22.1 on 2024-01-05; Generic ESP32 module with ESP32"), N("Type \"help()\" for more information."),
         N(">>> from machine import UART"), N(">>> uart = UART(1, 115200, tx=27, rx=26)"),
         T("AT"), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CNCFG=0,1,\"iot.example\""), T("AT+CNACT=0,1", after=["+APP PDP: 0,ACTIVE"]),
         T("AT+CNACT?", ["+CNACT: 0,1,\"10.8.14.21\"", "+CNACT: 1,0,\"0.0.0.0\""]),
         T("AT+SHCONF=\"URL\",\"http://httpbin.example\""), T("AT+SHCONN", final="ERROR")]
    add("micropython_repl_sim7080.txt", s, r_upy(s), "micropython-repl-uart", "SIM7080G")

    # 25 Mbed cellular trace (from memory), BG96
    s = [N("Starting cellular example"), T("AT"), T("ATE0"), T("AT+CMEE=1"), T("AT+CFUN=1"), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+CGDCONT?", ["+CGDCONT: 1,\"IP\",\"\",\"0.0.0.0\",0,0"]), T("AT+CGDCONT=1,\"IP\",\"lpwa.vodafone.com\""),
         T("AT+CEREG=2"), T("AT+COPS=0"), U("+CEREG: 2,\"1C3D\",\"00F2A101\",8"), T("AT+CGATT?", ["+CGATT: 0"]),
         T("AT+CGATT=1", final=None)]
    add("mbed_cellular_bg96.log", s, r_mbed(s), "mbed-cellular-at-trace", "BG96")

    # 26 minicom capture BC66 (NB-IoT, lots of URCs) (old shape, new family emphasis)
    s = [N("Welcome to minicom 2.8"), N(""), N("OPTIONS: I18n"), N("Port /dev/ttyUSB0, 10:14:22"), N(""),
         N("Press CTRL-A Z for help on special keys"), N(""),
         T("AT"), T("ATI", ["Quectel_Ltd", "Quectel_BC66", "Revision: BC66NBR01A10"]), T("AT+CFUN?", ["+CFUN: 1"]),
         T("AT+CEREG?", ["+CEREG: 0,2"]), T("AT+QBAND?", ["+QBAND: 3,8,20"]), U("+IP: 10.0.51.200"),
         T("AT+CEREG?", ["+CEREG: 0,1"]), T("AT+QSCLK=0"), T("AT+QIOPEN=1,0,\"UDP\",\"198.51.100.31\",5684,0,0", after=["+QIOPEN: 0,0"]),
         T("AT+QISEND=0,4,\"DEADBEEF\"", final="OK", after=["SEND OK", "+QIURC: \"recv\",0,4,\"CAFEBABE\""]),
         T("AT+QICLOSE=0", after=["CLOSE OK"]), U("+QATSLEEP")]
    add("minicom_bc66_udp.txt", s, term_lines(s), "minicom-capture", "BC66")

    # 27 picocom M95 SMS + CMS error (old shape)
    s = [N("picocom v3.1"), N(""), N("port is        : /dev/ttyUSB1"), N("flowcontrol    : none"), N("baudrate is    : 115200"),
         N("escape is      : C-a"), N("Type [C-a] [C-h] to see available commands"), N("Terminal ready"),
         T("AT"), T("AT+CMGF=1"), T("AT+CSCS=\"GSM\""), T("AT+CMGS=\"+447700900123\"", final="+CMS ERROR: 304", prompt="> ", payload="test from m95"),
         T("AT+CSCA?", ["+CSCA: \"\",129"]), T("AT+CSCA=\"+447958879879\""),
         T("AT+CMGS=\"+447700900123\"", ["+CMGS: 7"], prompt="> ", payload="test from m95"), N(""), N("Terminating..."), N("Thanks for using picocom")]
    add("picocom_m95_sms.txt", s, term_lines(s), "picocom-session", "M95")

    # 28 PuTTY log, LE910C4 with CONNECT and +++ (old shape)
    s = [N("=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2024.04.02 15:21:09 =~=~=~=~=~=~=~=~=~=~=~="),
         T("AT"), T("AT#USBCFG?", ["#USBCFG: 0"]), T("AT+CGDCONT=1,\"IPV4V6\",\"broadband\""), T("AT#SGACT=1,1", ["#SGACT: 10.21.6.9"]),
         T("AT#SD=1,0,7,\"echo.example.net\"", final="CONNECT"), N("ping-1"), N("ping-1"), N("+++"),
         N("OK"), T("AT#SS", ["#SS: 1,2,10.21.6.9,39022,192.0.2.44,7"]), T("AT#SO=1", final="CONNECT"),
         N("+++"), N("OK"), T("AT#SH=1"), T("AT#SGACT=1,0")]
    add("putty_le910c4_socket.log", s, term_lines(s), "putty-session-log", "LE910C4-EU")

    # 29 Tera Term timestamps Huawei ME909s-120 (old shape), CRLF file
    s = [T("AT"), T("ATE1"), T("AT^SYSINFOEX", ["^SYSINFOEX: 2,3,0,1,,6,\"LTE\",101,\"LTE\""]), T("AT^HCSQ?", ["^HCSQ: \"LTE\",49,39,137,26"]),
         U("^RSSI: 22"), T("AT^NDISDUP=1,1,\"internet\""), U("^NDISSTAT: 1,,,\"IPV4\""), T("AT^DHCP?", ["^DHCP: 0a0111ac,f8ffffff,0901 11ac,0901 11ac,d05e09ca,d15e09ca,150000000,150000000".replace(" ", "")]),
         T("AT^NDISDUP=1,0"), U("^NDISSTAT: 0,,,\"IPV4\""), T("AT^SETPORT?", final="+CME ERROR: 50")]
    t = 0
    out = []
    for l in term_lines(s):
        t += 87
        out.append("[Tue May 14 12:%02d:%02d.%03d 2024] %s" % (t // 60000 % 60, t // 1000 % 60, t % 1000, l))
    add("teraterm_ts_me909s.log", s, out, "teraterm-timestamps", "ME909s-120", crlf=True)

    # 30 Quectel QCOM timestamped EG915U, Chinese tool (old)
    s = [T("AT"), T("AT+QGMR", ["EG915UEUABR03A05M08_01.300.01.300"]), T("AT+CPIN?", ["+CPIN: READY"]),
         T("AT+QMTCFG=\"version\",0,4"), T("AT+QMTOPEN=0,\"mqtt.example.eu\",1883", after=["+QMTOPEN: 0,0"]),
         T("AT+QMTCONN=0,\"eg915u-01\"", after=["+QMTCONN: 0,0,0"]), T("AT+QMTSUB=0,1,\"cmd/eg915u-01\",1", after=["+QMTSUB: 0,1,0,1"]),
         T("AT+QMTPUBEX=0,0,0,0,\"up/eg915u-01\",5", prompt="> ", payload="hello", after=["+QMTPUBEX: 0,0,0"]),
         U("+QMTRECV: 0,0,\"cmd/eg915u-01\",\"reboot\""), T("AT+QMTDISC=0", after=["+QMTDISC: 0,0"])]
    t = 0
    out = []
    for l in term_lines(s):
        if l == "":
            continue
        t += 93
        out.append("[2024-05-14_16:%02d:%02d:%03d]%s" % (t // 60000 % 60, t // 1000 % 60, t % 1000, l))
    add("qcom_eg915u_mqtt.log", s, out, "qcom-timestamped", "EG915U-EU")

    # 31 screen -L raw, nRF9160 SLM (echo off, commands visible? SLM has no echo -> typed commands invisible,
    # use nRF Connect Serial Terminal which shows the typed line) -> new tool: nRF Connect Serial Terminal (from memory)
    s = [N("Ready"), T("AT%XVERSION"[:0] + "AT#XSLMVER", ["#XSLMVER: \"2.5.0\",\"mfw_nrf91x1_2.0.1\""]),
         T("AT+CFUN=1"), U("+CEREG: 2,\"3A8F\",\"012C4D0A\",9"), U("+CEREG: 5,\"3A8F\",\"012C4D0A\",9,,,\"00000110\",\"00111000\""),
         T("AT#XSOCKET=1,2,0", ["#XSOCKET: 0,2,17"]), T("AT#XSENDTO=\"198.51.100.9\",7000,\"slm-test\"", ["#XSENDTO: 8"]),
         T("AT#XRECVFROM=0", final=None)]
    lines = []
    for it in s:
        if isinstance(it, N):
            lines.append(it.text)
        elif isinstance(it, U):
            lines += ["", it.line]
        else:
            lines.append("> " + it.cmd)
            for r in rx_lines(it):
                lines += [r]
            lines.append("")
    add("nrf_serial_terminal_slm.txt", s, lines, "nrfconnect-serial-terminal", "nRF9161 SLM")

    # 32 CoolTerm / RealTerm: RealTerm capture with CRLF display? use Docklight old style -> Neoway N58 via Docklight (old)
    s = [T("AT"), T("AT+CGMR", ["N58_HSEPV1.1.3"]), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+XIIC=1"),
         T("AT+XIIC?", ["+XIIC:    1,10.56.120.3"]), T("AT+TCPSETUP=0,203.0.113.88,9000", after=["+TCPSETUP: 0,OK"]),
         T("AT+TCPSEND=0,4", ["+TCPSEND: 0,4"], prompt="> ", payload="ping"), T("AT+TCPCLOSE=0", ["+TCPCLOSE: 0,OK"])]
    out = []
    t = 0
    for it in s:
        t += 500
        ts = "14/05/2024 17:%02d:%02d.%03d" % (t // 60000 % 60, t // 1000 % 60, t % 1000)
        out.append("%s [TX] - %s<CR>" % (ts, it.cmd))
        body = it.cmd + "<CR>"
        if it.prompt:
            body += "<CR><LF>> "
            out.append("%s [RX] - %s" % (ts, body))
            out.append("%s [TX] - %s<SUB>" % (ts, it.payload))
            body = ""
        for r in rx_lines(it):
            body += "<CR><LF>%s<CR><LF>" % r
        for u in it.after:
            body += "<CR><LF>%s<CR><LF>" % u
        out.append("%s [RX] - %s" % (ts, body))
        out.append("")
    add("docklight_n58_tcp.txt", s, out, "docklight-ascii-log", "Neoway N58")

    # 33 Jira {noformat} wrapper around Telit LE910 minicom capture (new wrapper)
    s = [T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CREG?", ["+CREG: 0,3"]), T("AT+COPS=?", final=None)]
    s = [T("AT"), T("AT+CGMR", ["25.30.226"])] + s[:2] + [T("AT#CEERNET", ["#CEERNET: 15"]), T("AT+CEER", ["+CEER: \"Roaming not allowed in this location area\""]),
                                                        T("AT+COPS=?", final=None)]
    lines = ["h3. Steps", "# power cycle the gateway", "# connect to the console", "", "h3. Console", "{noformat}"] + term_lines(s) + [
        "{noformat}", "", "The COPS=? scan never returned, waited 5 minutes then pulled power. ~m.keller"]
    add("jira_noformat_le910.txt", s, lines, "jira-noformat+terminal", "LE910C1-EUX")

    # 34 Slack copy (new wrapper) with Sent/Got short, Sequans GM02S via Walter (family new)
    s = [T("AT+SQNCTM?", ["+SQNCTM: \"standard\""]), T("AT+SQNBANDSEL?", ["+SQNBANDSEL: 0,\"standard\",\"3,8,20\"", "+SQNBANDSEL: 1,\"standard\",\"3,20\""]),
         T("AT+CFUN=1"), T("AT+CEREG?", ["+CEREG: 2,2"]), U("+CEREG: 5,\"A1B2\",\"0C3F4D01\",9"), T("AT+SQNSCFG=1,1,300,90,600,50"),
         T("AT+SQNSD=1,1,5000,\"203.0.113.5\",0,0,1", final="+CME ERROR: 554")]
    body = r_sentgot(s, s="-> ", g="<- ", echo=False)
    lines = ["Pieter Claes  10:42 AM", "walter board again, same as yesterday:"] + body[:8] + ["Pieter Claes  10:43 AM"] + body[8:] + [
        "3 replies", "Ana Ruiz  10:51 AM", "554 is a socket error, is the PDP up? try AT+CGACT? first"]
    add("slack_walter_gm02s.txt", s, lines, "slack-copy+sketch-arrows", "Sequans GM02SP")

    # 35 HTML <pre> e-mail (entities), SIM7600 SMS (new wrapper)
    s = [T("AT+CMGF=1"), T("AT+CNMI=2,1,0,0,0"), U("+CMTI: \"SM\",0"), T("AT+CMGR=0", ["+CMGR: \"REC UNREAD\",\"+33612345678\",\"\",\"24/05/14,08:31:02+08\"", "RELAY ON"]),
         T("AT+CMGS=\"+33612345678\"", ["+CMGS: 31"], prompt="> ", payload="relay on ok"), T("AT+CMGD=0,4")]
    add("html_pre_sim7600_sms.html", s, html_pre(term_lines(s), before=["<html><body><p>Bonjour,</p><p>log attached inline:</p>"],
                                                  after=["<p>Cordialement,<br>Luc</p></body></html>"]), "html-pre-email+terminal", "SIM7600E")

    # 36 BBCode forum [code] with Arduino monitor, SIM900 HTTP (new wrapper)
    s = [T("AT+SAPBR=3,1,\"Contype\",\"GPRS\""), T("AT+SAPBR=3,1,\"APN\",\"internet\""), T("AT+SAPBR=1,1", final="+CME ERROR: operation not allowed"),
         T("AT+SAPBR=2,1", ["+SAPBR: 1,3,\"0.0.0.0\""]), T("AT+CGATT?", ["+CGATT: 0"]), T("AT+CGATT=1", final="ERROR"),
         T("AT+CREG?", ["+CREG: 0,2"])]
    add("bbcode_forum_sim900_http.txt", s, ["[quote=\"gsm_newbie\"]still stuck at sapbr[/quote]", "", "here is my output:",
                                             "[code]"] + term_lines(s) + ["[/code]", "any ideas?"], "bbcode-forum+terminal", "SIM900")

    # 37 PowerShell transcript around python pyserial script, L610 (new wrapper)
    s = [T("AT"), T("ATE0"), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+MIPCALL?", ["+MIPCALL: 0"]), T("AT+MIPCALL=1,\"cmnet\"", after=["+MIPCALL: 10.3.77.112"]),
         T("AT+HTTPSET=\"URL\",\"http://example.cn/status\""), T("AT+HTTPACT=0,30", ["+HTTPRES: 0,200,112"], final="OK"),
         T("AT+MIPCALL=0", after=["+MIPCALL: 0"])]
    body = []
    for it in s:
        body.append(">> " + it.cmd)
        e = it.cmd in ("AT", "ATE0")
        rl = ([it.cmd + "\r\r\n"] if e else []) + ["\r\n", ] 
        reply = "".join(["\r\n" + r + "\r\n" for r in rx_lines(it)] + ["\r\n" + u + "\r\n" for u in it.after])
        body.append("<< " + repr(((it.cmd + "\r") if e else "") + reply))
    lines = ["**********************", "Windows PowerShell transcript start", "Start time: 20240514093012", "Username: LAB\\wzhang",
             "Machine: LAB-PC07 (Microsoft Windows NT 10.0.19045.0)", "**********************",
             "Transcript started, output file is C:\\Users\\wzhang\\l610_test.txt", "PS C:\\work\\l610> python .\\at_test.py COM12"] + body + [
             "PS C:\\work\\l610> Stop-Transcript", "**********************", "Windows PowerShell transcript end", "End time: 20240514093051", "**********************"]
    add("powershell_transcript_l610.txt", s, lines, "powershell-transcript+pyserial-repr", "Fibocom L610", crlf=True)

    # 38 wrapped 72 col e-mail quote, ModemManager journal LARA-R6 (new family, wrapper)
    s = [T("AT+CGMM", ["LARA-R6001D"]), T("AT+UUSBCONF?", ["+UUSBCONF: 3,\"RNDIS\",,\"0x1343\""]), T("AT+UBMCONF?", ["+UBMCONF: 2"]),
         T("AT+CGACT?", ["+CGACT: 1,1", "+CGACT: 4,0"]), T("AT+CGCONTRDP=1", final="+CME ERROR: 30")]
    lines = quote(wrap(r_mm(s, host="ig60", pid=702, day="Apr 30"), 72), "> ")
    add("email_wrapped_mm_lara_r6.txt", s, ["On Tue, Apr 30, 2024 at 4:12 PM Ops wrote:"] + lines + ["", "Can you check CGCONTRDP error 30?"],
        "email-quote+wrap72+modemmanager", "LARA-R6001D")

    # 39 cut top: TinyGSM A7670E HTTPS, starts mid-reply (old damage)
    s = [N("+HTTPACTION: 0,200,512"), N("OK"), N("[41820] ### Response: 200"),
         T("AT+HTTPHEAD", ["+HTTPHEAD: 187", "HTTP/1.1 200 OK", "Content-Type: application/json", "Content-Length: 512"]),
         T("AT+HTTPREAD=0,512", ["+HTTPREAD: 512", "{\"ok\":true}", "+HTTPREAD: 0"]), T("AT+HTTPTERM"),
         T("AT+CSSLCFG=\"sslversion\",0,4"), T("AT+CSSLCFG=\"authmode\",0,0"), T("AT+HTTPINIT"),
         T("AT+HTTPPARA=\"URL\",\"https://api.example.io/v2/telemetry\""), T("AT+HTTPPARA=\"SSLCFG\",0", final="ERROR"),
         T("AT+HTTPACTION=1", after=["+HTTPACTION: 1,715,0"])]
    add("tinygsm_a7670e_cut_top.txt", s, ["HTTP/1.1 200 OK"][:0] + term_lines(s, echo=True), "tinygsm-streamdebugger-cut-top", "A7670E")

    # 40 PlatformIO monitor with esp_modem-like? Use PlatformIO monitor + Sent/Got on ESP32 with SIM7070, cut bottom
    s = [N("--- Terminal on /dev/cu.usbserial-0001 | 115200 8-N-1"), N("--- Available filters and text transformations: colorize, debug, default, direct, esp32_exception_decoder"),
         N("--- Quit: Ctrl+C | Menu: Ctrl+T | Help: Ctrl+T followed by Ctrl+H"),
         T("AT"), T("AT+CMNB?", ["+CMNB: 3"]), T("AT+CBANDCFG?", ["+CBANDCFG: \"CAT-M\",1,2,3,4,5,8,12,13,18,19,20,25,26,28,66,85", "+CBANDCFG: \"NB-IOT\",1,2,3,4,5,8,12,13,18,19,20,25,28,66,71,85"]),
         T("AT+CPSI?", ["+CPSI: LTE CAT-M1,Online,460-00,0x5A1E,187654321,301,EUTRAN-BAND3,1275,3,3,-11,-93,-64,15"]),
         T("AT+CNACT=0,1", final=None)]
    add("pio_monitor_sim7070_cut.txt", s, r_sentgot(s, s="[TX] ", g="[RX] "), "platformio-monitor+sketch-brackets-cut", "SIM7070G")

    # 41 CSV export from RealTerm? -> HTerm? -> use Termite-like TSV from Excel (new): tab-separated time, dir, data
    s = [T("AT+CGDCONT=1,\"IP\",\"telstra.m2m\""), T("AT+CGATT=1"), T("AT+CSCON?", ["+CSCON: 0,0"]),
         T("AT+NSOCR=\"DGRAM\",17,0,1", ["0"]), T("AT+NSOST=0,192.0.2.77,16666,3,AABBCC", ["0,3"]), U("+NSONMI: 0,4"),
         T("AT+NSORF=0,4", ["0,192.0.2.77,16666,4,01020304,0"]), T("AT+NSOCL=0")]
    out = ["Time\tDir\tData"]
    t = 0
    for it in s:
        t += 410
        ts = "10:%02d:%02d.%03d" % (t // 60000 % 60, t // 1000 % 60, t % 1000)
        if isinstance(it, U):
            out.append("%s\tRX\t%s" % (ts, it.line))
            continue
        out.append("%s\tTX\t%s" % (ts, it.cmd))
        for r in rx_lines(it):
            out.append("%s\tRX\t%s" % (ts, r))
    add("tsv_export_sara_n211.tsv", s, out, "tsv-export-dir-column", "SARA-N211")

    # 42 RIOT-ish / generic C printf "AT> " "AT< " on NuttX? -> Contiki? Use lwcell style (from memory)
    s = [T("AT"), T("ATE0"), T("AT+CMEE=1"), T("AT+CFUN=1"), T("AT+CPIN?", ["+CPIN: READY"]), T("AT+CGMI", ["Quectel"]),
         T("AT+CGMM", ["EC21"]), T("AT+CREG=1"), T("AT+CREG?", ["+CREG: 1,1"]), T("AT+COPS?", ["+COPS: 0,0,\"Orange F\",7"]),
         T("AT+CMGF=0"), T("AT+CPMS?", final="+CMS ERROR: 310")]
    out = []
    for it in s:
        out.append("[LWCELL AT] > " + it.cmd)
        for r in rx_lines(it):
            out.append("[LWCELL AT] < " + r)
    add("lwcell_ec21_init.log", s, out, "lwcell-at-debug", "EC21-E")

    # 43 Arduino MKR NB style? -> Huawei ME909 via gammu? Use wvdial (old shape) Huawei E173
    s = [T("ATZ"), T("ATQ0 V1 E1 S0=0 &C1 &D2 +FCLASS=0"), T("AT+CGDCONT=1,\"IP\",\"internet.vivo\""), T("ATDT*99#", final="CONNECT")]
    lines = ["--> WvDial: Internet dialer version 1.61", "--> Initializing modem."]
    lines += ["--> Sending: ATZ", "ATZ", "OK", "--> Sending: ATQ0 V1 E1 S0=0 &C1 &D2 +FCLASS=0", "ATQ0 V1 E1 S0=0 &C1 &D2 +FCLASS=0", "OK",
              "--> Sending: AT+CGDCONT=1,\"IP\",\"internet.vivo\"", "AT+CGDCONT=1,\"IP\",\"internet.vivo\"", "OK",
              "--> Modem initialized.", "--> Sending: ATDT*99#", "--> Waiting for carrier.", "ATDT*99#", "CONNECT",
              "--> Carrier detected.  Starting PPP immediately.", "--> Starting pppd at Tue May 14 10:11:12 2024"]
    add("wvdial_e173.txt", s, lines, "wvdial", "Huawei E173")

    # 44 GitHub issue with markdown quote of a screen capture, SIM7000E PSM (old wrapper + family)
    s = [T("AT+CPSMS=1,,,\"00000100\",\"00000001\""), T("AT+CPSMS?", ["+CPSMS: 1,,,\"00000100\",\"00000001\""]),
         T("AT+CEREG=4"), T("AT+CEREG?", ["+CEREG: 4,1,\"2A1F\",\"0B1C2D3\",9,,,\"00000001\",\"00000100\""]),
         T("AT+CPSMSTATUS=1"), U("ENTER PSM"), N("(module asleep, waking with PWRKEY)"), T("AT", final=None), T("AT"),
         U("EXIT PSM"), T("AT+CPSMS=0", final="OK")]
    add("gh_mdquote_screen_sim7000e.md", s, ["I can get it into PSM but then:", ""] + quote(term_lines(s)) + ["", "Is that expected?"],
        "markdown-quote+screen", "SIM7000E")

    # ------------------------------------------------------------------ negatives
    neg = ["# /etc/chatscripts/quectel-chat-connect", "ABORT \"BUSY\"", "ABORT \"NO CARRIER\"", "ABORT \"NO DIALTONE\"", "ABORT \"ERROR\"",
           "ABORT \"NO ANSWER\"", "TIMEOUT 30", "\"\" AT", "OK ATE0", "OK ATI;+CSUB;+CSQ;+CPIN?;+COPS?;+CGREG?;&D2",
           "OK AT+CGDCONT=1,\"IP\",\\T,,0,0", "OK ATD*99#", "CONNECT"]
    add("neg_chatscript_file.txt", [], neg, "negative-chat-script", "EC25", has=False)
    neg = ["## 4.2 Network commands", "", "| Command | Response | Description |", "|---|---|---|",
           "| `AT+CREG?` | `+CREG: <n>,<stat>` then `OK` | CS registration |", "| `AT+CEREG?` | `+CEREG: <n>,<stat>` then `OK` | EPS registration |",
           "| `AT+COPS=?` | `+COPS: (list)` then `OK` | operator scan, up to 180 s |", "| `AT+QCSQ` | `+QCSQ: \"eMTC\",<rssi>,...` then `OK` | signal |",
           "", "Errors are reported as `+CME ERROR: <err>` when `AT+CMEE=1`."]
    add("neg_doc_command_table.md", [], neg, "negative-doc-table", "BG95", has=False)
    neg = ["$GPGSV,3,1,11,02,45,123,38,05,12,045,29,07,67,301,42,09,22,188,31*7A", "$GPGGA,093115.00,5231.2066,N,01324.2970,E,1,07,1.2,41.2,M,44.1,M,,*6B",
           "$GPRMC,093115.00,A,5231.2066,N,01324.2970,E,0.0,211.3,140524,,,A*5C", "$GPVTG,211.3,T,,M,0.0,N,0.0,K,A*2D",
           "$GPGSA,A,3,02,05,07,09,13,,,,,,,,1.9,1.2,1.4*3A", "$GNGNS,093116.00,5231.2066,N,01324.2971,E,AN,07,1.2,41.2,44.1,,*5F"]
    add("neg_nmea_bg95.log", [], neg, "negative-nmea", "BG95", has=False)
    neg = ["# esphome sim800l.yaml", "uart:", "  baud_rate: 9600", "  tx_pin: GPIO17", "  rx_pin: GPIO16", "",
           "modem_init:", "  - send: \"AT\"", "    expect: \"OK\"", "  - send: \"AT+CMGF=1\"", "    expect: \"OK\"",
           "  - send: \"AT+CNMI=2,2,0,0,0\"", "    expect: \"OK\"", "    timeout: 2s", "on_error: \"+CMS ERROR\""]
    add("neg_yaml_init_config.yaml", [], neg, "negative-config", "SIM800L", has=False)


def main():
    os.makedirs(LOGS, exist_ok=True)
    for f in os.listdir(LOGS):
        os.remove(os.path.join(LOGS, f))
    all_logs()
    labels = {}
    for name, (items, lines, shape, module, crlf, has, enc) in sorted(LOGS_OUT.items()):
        text = ("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n")
        with open(os.path.join(LOGS, name), "w", encoding=enc, newline="") as f:
            f.write(text)
        tx = labels_of(items)
        labels[name] = {"transactions": tx, "total": len(tx), "has_transactions": bool(tx) and has,
                        "shape": shape, "module": module}
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(len(labels), "logs,", sum(v["total"] for v in labels.values()), "transactions")


if __name__ == "__main__":
    main()
