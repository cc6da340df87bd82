#!/usr/bin/env python3
"""Write holdout30: logs/, labels.json, verdicts.json, per_log.md, deterministically.

Theme: what a support desk receives from desktop serial tools and Linux/router daemons.
Each log is one timed session of events (tx = the command the host/person sent, rx = a line from
the module, pay = data written after a prompt, note = a line the tool/daemon/person wrote). One
renderer per printing tool turns the events into its lines; the helper that emits a command's
events also records its transaction label; verdict entries point at tags on events and their line
ranges are computed from the rendered (and wrapped) lines, never typed.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")


class Log:
    def __init__(self, name, kind, module, shape, story, verified=False, t0=0.0, echo=True):
        self.name, self.kind, self.module, self.shape, self.story = name, kind, module, shape, story
        self.verified = verified
        self.ev, self.tags, self.txns, self.expect, self.accept = [], {}, [], [], []
        self.t = t0
        self.echo = echo      # the module echoes commands (ATE1)
        self.eol = "\n"
        self.local = False    # the terminal's local echo shows what was typed

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

    def wait(self, dt):
        self.t += dt

    def cmd(self, c, resp=(), final="OK", tag=None, rt=0.12, gap=0.4, label=True):
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

    def send(self, c, payload, final, prompt=">", resp=(), tag=None, rt=0.1, gap=0.4, post=(),
             ctrlz=False, early=False):
        """a command that takes data: prompt, payload, then final (SEND OK / +CMGS...)."""
        self._add("tx", c, tag)
        if early:
            self.t += 0.003
            self._add("pay", payload, tag, ctrlz=ctrlz)
            self.t += rt
            if prompt is not None:
                self._add("rx", prompt, tag, prompt=True)
        else:
            self.t += rt
            for r in resp:
                self._add("rx", r, tag)
            if prompt is not None:
                self._add("rx", prompt, tag, prompt=True)
            self.t += 0.05
            if payload is not None:
                self._add("pay", payload, tag, ctrlz=ctrlz)
        self.t += rt
        for i, r in enumerate(post):
            self._add("rx", r, tag, cont=i > 0)
        if final is not None:
            self._add("rx", final, tag, final=True)
        self.txns.append({"command": c, "final": final})
        self.t += gap

    def exp(self, rule, tags, why):
        self.expect.append((rule, tags if isinstance(tags, list) else [tags], why))

    def ok(self, rule, tags, why):
        self.accept.append((rule, tags if isinstance(tags, list) else [tags], why))


# ------------------------------------------------------------------------------------------
# time helpers
# ------------------------------------------------------------------------------------------

def hmsms(t, base, sep="."):
    ms = int(round((base + t) * 1000))
    h, rem = divmod(ms, 3600000)
    m, rem = divmod(rem, 60000)
    s, ms = divmod(rem, 1000)
    return "%02d:%02d:%02d%s%03d" % (h % 24, m, s, sep, ms)


def hms(t, base):
    s = int(base + t)
    return "%02d:%02d:%02d" % ((s // 3600) % 24, (s // 60) % 60, s % 60)


def pack7(text):
    bits, nbits, out = 0, 0, []
    for ch in text:
        bits |= (ord(ch) & 0x7F) << nbits
        nbits += 7
        while nbits >= 8:
            out.append(bits & 0xFF)
            bits >>= 8
            nbits -= 8
    if nbits:
        out.append(bits & 0xFF)
    return "".join("%02X" % b for b in out)


def semi(num):
    d = num + ("F" if len(num) % 2 else "")
    return "".join(d[i + 1] + d[i] for i in range(0, len(d), 2))


def submit_pdu(num, text):
    """SMS-SUBMIT with no SMSC ('00'), relative validity; returns (pdu, TPDU length for AT+CMGS)."""
    tp = "1100%02X91%s0000AA%02X%s" % (len(num), semi(num), len(text), pack7(text))
    return "00" + tp, len(tp) // 2


def deliver_pdu(num, text, smsc="0000000000"):
    """SMS-DELIVER with an SMSC; returns (pdu, TPDU length for +CMGR)."""
    sc = "91" + semi(smsc)
    tp = "04%02X91%s0000622170101500%s%02X%s" % (len(num), semi(num), "21", len(text), pack7(text))
    return "%02X%s%s" % (len(sc) // 2, sc, tp), len(tp) // 2


def pay_text(e):
    return e["s"] + ("^Z" if e.get("ctrlz") else "")


# ------------------------------------------------------------------------------------------
# renderers: one list of lines per event
# ------------------------------------------------------------------------------------------

def r_plain(log, blank=True):
    """a raw terminal capture (minicom -C, Hercules/moserial/CoolTerm save, PuTTY body): the module's
    echo of the command, a blank line before each answer line (its leading CR LF)."""
    out = []
    after_tx = False
    for e in log.ev:
        if e["k"] == "tx":
            out.append([e["s"]] if (log.echo or log.local) else [])
            after_tx = log.echo
        elif e["k"] == "rx":
            if e.get("prompt") or e.get("cont") or not blank or after_tx:
                out.append([e["s"]])
            else:
                out.append(["", e["s"]])
            after_tx = False
        elif e["k"] == "pay":
            out.append([pay_text(e)] if (log.echo or log.local) else [])
            after_tx = False
        else:
            out.append([e["s"]])
            after_tx = False
    return out


def r_putty(log, stamp="2026.12.07 10:14:03"):
    per = r_plain(log)
    hdr = "=~=~=~=~=~=~=~=~=~=~=~= PuTTY log %s =~=~=~=~=~=~=~=~=~=~=~=" % stamp
    if per:
        per[0] = [hdr] + per[0]
    return per


def r_caret(log):
    """picocom/screen capture shown with cat -v: every CR is '^M'. The echo 'CMD\\r' is followed by the
    answer's leading CR LF, so the command line ends '^M^M'."""
    out = []
    after_tx = False
    for e in log.ev:
        if e["k"] == "tx":
            out.append([e["s"] + "^M"] if log.echo else [])
            after_tx = log.echo
        elif e["k"] == "rx":
            if e.get("prompt"):
                out.append([e["s"]])
            elif after_tx:
                # fold the leading CR into the echo line
                prev = out[-1]
                if prev:
                    prev[-1] = prev[-1] + "^M"
                out.append([e["s"] + "^M"])
            elif e.get("cont"):
                out.append([e["s"] + "^M"])
            else:
                out.append(["^M", e["s"] + "^M"])
            after_tx = False
        elif e["k"] == "pay":
            out.append([pay_text(e)] if log.echo else [])
            after_tx = False
        else:
            out.append([e["s"]])
            after_tx = False
    return out


def r_sscom(log, base=15 * 3600):
    """SSCOM 5.13 with 'show time' on: a send is '[time]发→◇text□', each received chunk '[time]收←◆text'."""
    out = []
    for i, e in enumerate(log.ev):
        st = "[%s]" % hmsms(e["t"], base)
        if e["k"] == "tx":
            out.append([st + "发→◇" + e["s"] + "□"])
        elif e["k"] == "pay":
            out.append([st + "发→◇" + e["s"] + ("" if not e.get("ctrlz") else "□")])
        elif e["k"] == "rx":
            prev = log.ev[i - 1] if i else {}
            if e.get("cont"):
                out.append([e["s"]])
            elif e.get("final") and prev.get("k") == "rx" and not prev.get("final") and e["t"] - prev["t"] < 0.05:
                out.append(["", e["s"]])     # the same received chunk: no new marker
            else:
                out.append([st + "收←◆" + e["s"]])
        else:
            out.append([e["s"]])
    return out


def r_yat(log, base=9 * 3600, port="COM7"):
    out = []
    for e in log.ev:
        st = "(%s) %s" % (hmsms(e["t"], base), port)
        if e["k"] == "tx":
            out.append(["%s << %s<CR>" % (st, e["s"])])
        elif e["k"] == "pay":
            out.append(["%s << %s%s" % (st, e["s"], "<SUB>" if e.get("ctrlz") else "")])
        elif e["k"] == "rx":
            out.append(["%s >> %s" % (st, e["s"])])
        else:
            out.append([e["s"]])
    return out


def r_stamp_rx(log, base, fmt):
    """a monitor that stamps every received line (Termite's timestamp plugin, CuteCom, Arduino IDE 2's
    'Show timestamp', PlatformIO's 'time' filter); the command is seen as the module's echo."""
    out = []
    after_tx = False
    for e in log.ev:
        st = fmt(hmsms(e["t"], base))
        if e["k"] == "tx":
            out.append([st + e["s"]] if log.echo else [])
            after_tx = log.echo
        elif e["k"] == "pay":
            out.append([st + pay_text(e)] if log.echo else [])
            after_tx = False
        elif e["k"] == "rx":
            if e.get("prompt") or e.get("cont") or after_tx:
                out.append([st + e["s"]])
            else:
                out.append([st, st + e["s"]])
            after_tx = False
        else:
            out.append([e["s"]])
            after_tx = False
    return out


def r_termite(log, base=11 * 3600):
    return r_stamp_rx(log, base, lambda s: s[:-1] + " ")   # Termite: hh:mm:ss.cc


def r_cutecom(log, base=13 * 3600):
    return r_stamp_rx(log, base, lambda s: "[%s] " % s.replace(".", ":"))


def r_arduino2(log, base=16 * 3600):
    """Arduino IDE 2 serial monitor with 'Show timestamp' (monitor-utils.ts messagesToLines(),
    serial-monitor-send-output.tsx Row: 'HH:MM:ss.l -> ' once per Line). A new Line starts only when
    the previous message ended with a LF, so the echo 'CMD\r' and the whole answer that follows it
    are one Line (one stamp, the answer's lines shown under it); a URC '\r\nX\r\n' starts a Line
    whose first visual line is empty."""
    out = []
    in_answer, first = False, False
    for e in log.ev:
        st = "%s -> " % hmsms(e["t"], base)
        if e["k"] == "tx":
            out.append([st + e["s"]])
            in_answer, first = True, True
        elif e["k"] == "rx":
            if in_answer:
                out.append([e["s"]] if (first or e.get("cont")) else ["", e["s"]])
                first = False
                if e.get("final"):
                    in_answer = False
            else:
                out.append([st, e["s"]])
        else:
            out.append([e["s"]])
            in_answer = False
    return out


def r_pio(log, base=14 * 3600):
    return r_stamp_rx(log, base, lambda s: "%s > " % s)


def r_vscode(log, port="COM4"):
    """VS Code's Serial Monitor: a line per message sent, the received text as it comes (ATE0: no echo)."""
    out = []
    first = True
    for e in log.ev:
        if e["k"] == "tx":
            ln = ['---- Sent utf8 encoded message: "%s\\r\\n" ----' % e["s"]]
            if first:
                ln = ["---- Opened the serial port %s ----" % port] + ln
                first = False
            out.append(ln)
        elif e["k"] == "pay":
            out.append(['---- Sent utf8 encoded message: "%s%s" ----' % (e["s"], "\\u001a" if e.get("ctrlz") else "")])
        elif e["k"] == "rx":
            out.append([e["s"]] if (e.get("prompt") or e.get("cont")) else ["", e["s"]])
        else:
            out.append([e["s"]])
    return out


def groups(log):
    """index of the event that closes each command's answer (its final, or the last rx before the next tx)."""
    close = {}
    cur = None
    for i, e in enumerate(log.ev):
        if e["k"] == "tx":
            cur = i
        elif e["k"] == "rx" and cur is not None:
            close[cur] = i
            if e.get("final"):
                cur = None
        elif e["k"] == "note":
            pass
    return close


def answer_chunks(log):
    """split rx events into chunks as a reader daemon sees them: a command's answer lines together
    (ending at its final), every URC alone."""
    chunks = {}   # index of last event -> [indexes]
    pend = []
    for i, e in enumerate(log.ev):
        if e["k"] == "tx":
            pend = []
        elif e["k"] == "rx":
            if e.get("final") or e.get("prompt"):
                pend.append(i)
                chunks[i] = pend
                pend = []
            elif e.get("cont") or (pend and not e.get("final")):
                pend.append(i)
            else:
                # a first answer line or a URC: belongs to the pending answer if a tx is open
                pend.append(i)
    # anything left pending: flush as single chunks
    seen = {j for v in chunks.values() for j in v}
    for i, e in enumerate(log.ev):
        if e["k"] == "rx" and i not in seen:
            chunks[i] = [i]
    return chunks


def r_crlf_chunks(log, tx_fmt, rx_fmt, note_fmt, pay_fmt, crlf=("<CR>", "<LF>"), extra=None):
    """loggers that write one line per read chunk with CR/LF spelled out (ModemManager, unimodem,
    Docklight-like): a command's answer is one chunk ending at its final."""
    CR, LF = crlf
    ch = answer_chunks(log)
    member = {j: k for k, v in ch.items() for j in v}
    out = []
    for i, e in enumerate(log.ev):
        if e["k"] == "tx":
            out.append(tx_fmt(e, e["s"] + CR))
        elif e["k"] == "pay":
            out.append(pay_fmt(e))
        elif e["k"] == "rx":
            if member.get(i) == i:
                body = ""
                for j in ch[i]:
                    s = log.ev[j]["s"]
                    if log.ev[j].get("prompt"):
                        body += CR + LF + s + " "
                    else:
                        body += CR + LF + s + CR + LF
                lines = rx_fmt(e, body)
                if extra:
                    lines = lines + extra(e)
                out.append(lines)
            else:
                out.append([])
        else:
            out.append(note_fmt(e))
    return out


def r_mm_journal(log, host="rpi-gw", pid=812, epoch=1796637600, port="modem0/ttyUSB2/at"):
    """journalctl of ModemManager --debug (journal backend: no level text) and NetworkManager."""
    def st(e):
        return "Dec 07 %s %s ModemManager[%d]: [%s]" % (
            hms(e["t"], 10 * 3600), host, pid, port)

    def note(e):
        s = e["s"]
        if s.startswith("NM:"):
            return ["Dec 07 %s %s NetworkManager[701]: <info>  [%d.%04d] %s" % (
                hms(e["t"], 10 * 3600), host, epoch + int(e["t"]), int(e["t"] * 10000) % 10000, s[3:].strip())]
        return ["Dec 07 %s %s ModemManager[%d]: %s" % (hms(e["t"], 10 * 3600), host, pid, s)]
    return r_crlf_chunks(log, lambda e, b: ["%s --> '%s'" % (st(e), b)],
                         lambda e, b: ["%s <-- '%s'" % (st(e), b)], note,
                         lambda e: ["%s --> '%s%s'" % (st(e), e["s"], "\\26" if e.get("ctrlz") else "")])


def r_unimodem(log, day="12-07-2026"):
    def st(e):
        return "%s %s - " % (day, hmsms(e["t"], 19 * 3600))

    def interp(e):
        f = e["s"]
        if e.get("final"):
            m = {"OK": "OK", "ERROR": "Error", "NO CARRIER": "No Carrier"}
            txt = m.get(f, "Connect" if f.startswith("CONNECT") else f)
            return [st(e) + "Interpreted response: " + txt]
        return [st(e) + "Unrecognized response."]
    return r_crlf_chunks(log, lambda e, b: [st(e) + "Send: " + b],
                         lambda e, b: [st(e) + "Recv: " + b], lambda e: [st(e) + e["s"]],
                         lambda e: [st(e) + "Send: " + e["s"]], crlf=("<cr>", "<lf>"), extra=interp)


def r_docklight(log, base=8 * 3600, day="07.12.2026"):
    out = []
    for e in log.ev:
        st = "%s %s" % (day, hmsms(e["t"], base))
        if e["k"] == "tx":
            out.append(["%s [TX] - %s<CR>" % (st, e["s"])])
        elif e["k"] == "pay":
            out.append(["%s [TX] - %s%s" % (st, e["s"], "<SUB>" if e.get("ctrlz") else "")])
        elif e["k"] == "rx":
            if e.get("prompt"):
                out.append(["%s [RX] - <CR><LF>%s " % (st, e["s"])])
            else:
                out.append(["%s [RX] - <CR><LF>%s<CR><LF>" % (st, e["s"])])
        else:
            out.append([e["s"]])
    return out


def r_qnav(log, base=10 * 3600, day="2026-12-07"):
    out = []
    for e in log.ev:
        st = "[%s %s]" % (day, hmsms(e["t"], base))
        if e["k"] == "tx":
            out.append(["%s Send: %s" % (st, e["s"])])
        elif e["k"] == "pay":
            out.append(["%s Send: %s" % (st, pay_text(e))])
        elif e["k"] == "rx":
            out.append(["%s Recv: %s" % (st, e["s"])])
        else:
            out.append([e["s"]])
    return out


def r_portmon(log, proc="termite.exe", dev="Serial2", seq0=118):
    out = []
    n = [seq0]

    def row(t, req, data):
        n[0] += 1
        return "%d\t%.8f\t%s\t%s\t%s\tSUCCESS\tLength %d: %s" % (
            n[0], t, proc, req, dev, len(data), "".join(c if 32 <= ord(c) < 127 else "." for c in data))
    for e in log.ev:
        if e["k"] == "tx":
            out.append([row(e["t"], "IRP_MJ_WRITE", e["s"] + "\r")])
        elif e["k"] == "pay":
            out.append([row(e["t"], "IRP_MJ_WRITE", e["s"] + ("\x1a" if e.get("ctrlz") else ""))])
        elif e["k"] == "rx":
            if e.get("prompt"):
                out.append([row(e["t"], "IRP_MJ_READ", "\r\n" + e["s"] + " ")])
            else:
                out.append([row(e["t"], "IRP_MJ_READ", "\r\n" + e["s"] + "\r\n")])
        else:
            out.append([e["s"]])
    return out


def hexrows(data):
    rows = []
    for i in range(0, len(data), 16):
        c = data[i:i + 16]
        hx = " ".join("%02x" % ord(ch) for ch in c)
        asc = "".join(ch if 32 <= ord(ch) < 127 else "." for ch in c)
        rows.append("    %-48s  %s" % (hx, asc))
    return rows


def r_spm(log, port="COM5", day="07/12/2026"):
    """a serial-port-monitor request view saved as text: a header per request, hex rows with ASCII."""
    out = []
    for e in log.ev:
        st = "[%s %s]" % (day, hms(e["t"], 12 * 3600))
        if e["k"] == "tx":
            out.append(["%s Written data (%s)" % (st, port)] + hexrows(e["s"] + "\r"))
        elif e["k"] == "pay":
            out.append(["%s Written data (%s)" % (st, port)] + hexrows(e["s"] + ("\x1a" if e.get("ctrlz") else "")))
        elif e["k"] == "rx":
            d = "\r\n" + e["s"] + (" " if e.get("prompt") else "\r\n")
            out.append(["%s Read data (%s)" % (st, port)] + hexrows(d))
        else:
            out.append([e["s"]])
    return out


def r_smsd(log, dev="GSM1", day="2026-12-07"):
    """smstools3 smsd log at loglevel 7: '-> CMD', 'Command is sent, waiting for the answer', then the
    whole answer on one line '<- ...' with its line breaks as spaces."""
    ch = answer_chunks(log)
    member = {j: k for k, v in ch.items() for j in v}
    out = []
    for i, e in enumerate(log.ev):
        st = "%s %s,7, %s: " % (day, hms(e["t"], 7 * 3600), dev)
        if e["k"] == "tx":
            out.append([st + "-> " + e["s"], st + "Command is sent, waiting for the answer. (10)"])
        elif e["k"] == "pay":
            out.append([st + "-> " + pay_text(e), st + "Command is sent, waiting for the answer. (10)"])
        elif e["k"] == "rx":
            if member.get(i) == i:
                txt = " ".join(log.ev[j]["s"] for j in ch[i])
                for code, why in (("+CME ERROR: 13", "SIM failure"), ("+CME ERROR: 10", "SIM not inserted")):
                    if txt.endswith(code):
                        txt += " (%s)" % why
                out.append([st + "<- " + txt])
            else:
                out.append([])
        else:
            if e["s"].startswith("smsd: "):
                out.append(["%s %s,2, %s" % (day, hms(e["t"], 7 * 3600), e["s"])])
            else:
                out.append([st + e["s"]])
    return out


def r_logread(log, prog="modemwd", pid=3120):
    out = []
    for e in log.ev:
        st = "Mon Dec  7 %s 2026 user.notice %s[%d]: " % (hms(e["t"], 2 * 3600), prog, pid)
        if e["k"] == "tx":
            out.append([st + "AT> " + e["s"]])
        elif e["k"] == "pay":
            out.append([st + "AT> " + pay_text(e)])
        elif e["k"] == "rx":
            out.append([st + "AT< " + e["s"]])
        else:
            out.append([st + e["s"]])
    return out


def r_owrt_shell(log, dev="/dev/ttyUSB2"):
    """an OpenWrt shell: 'cat /dev/ttyUSB2 &' prints what the module says, commands go with echo -e."""
    out = []
    for i, e in enumerate(log.ev):
        if e["k"] == "tx":
            out.append(["root@OpenWrt:~# echo -e '%s\\r' > %s" % (e["s"].replace("'", "'\\''"), dev)]
                       + ([e["s"]] if log.echo else []))
        elif e["k"] == "pay":
            out.append(["root@OpenWrt:~# printf '%s\\032' > %s" % (e["s"], dev)])
        elif e["k"] == "rx":
            out.append([e["s"]] if (e.get("cont") or e.get("prompt")) else ["", e["s"]])
        else:
            out.append([e["s"]])
    return out


# ------------------------------------------------------------------------------------------
# wrappers
# ------------------------------------------------------------------------------------------

ALL = []


def add(log, renderer, wrap=None):
    per = renderer(log)
    lines, rng = [], []
    for chunk in per:
        a = len(lines) + 1
        lines.extend(chunk)
        rng.append((a, len(lines)))
    offset = 0
    for w in (wrap or []):
        kind = w[0]
        if kind == "fence":
            before, after = w[1], w[2]
            lang = w[3] if len(w) > 3 else ""
            lines = before + ["```" + lang] + lines + ["```"] + after
            offset += len(before) + 1
        elif kind == "quote":
            before, after, q = w[1], w[2], w[3]
            lines = before + [(q + x) if x else q.rstrip() for x in lines] + after
            offset += len(before)
        elif kind == "prose":
            before, after = w[1], w[2]
            lines = before + lines + after
            offset += len(before)
        elif kind == "indent":
            lines = [("    " + x) if x else "" for x in lines]
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


def gh(title, body_before, body_after):
    return ("fence", ["### " + title, ""] + body_before + [""], [""] + body_after)


def mail(who, when):
    return ("quote", ["On %s, %s wrote:" % (when, who)], ["", "Thanks, we will try that."], "> ")


VAC = "no query after the close: true advice, not a fault"
FIB = "Fibocom's AT guide (the one RULES.txt cites) warns CFUN=0 may power the module down; this is a Fibocom module"


def boot_quectel(l, rdy=True):
    if rdy:
        l.urc("RDY")
        l.urc("+CFUN: 1", dt=0.3)
        l.urc("+CPIN: READY", dt=0.2)
        l.urc("+QUSIM: 1", dt=0.1)
        l.urc("+QIND: SMS DONE", dt=1.5)
        l.urc("+QIND: PB DONE", dt=2.0)
        l.wait(1.0)


# ------------------------------------------------------------------------------------------
# fault logs
# ------------------------------------------------------------------------------------------

def faults():
    # F1 SIM7600 SSCOM: payload clicked before the '>' prompt
    l = Log("sim7600_sscom_cipsend_before_prompt.txt", "fault", "SIMCom SIM7600CE", "sscom-time",
            "SSCOM's multi-string panel fires CIPSEND and the payload 3 ms apart; the '>' comes after the data", t0=12.0)
    l.cmd("AT")
    l.cmd("AT+CSQ", ["+CSQ: 21,99"])
    l.cmd("AT+NETOPEN", rt=0.3)
    l.urc("+NETOPEN: 0", dt=0.6)
    l.cmd('AT+CIPOPEN=0,"TCP","198.51.100.20",9000', rt=0.2)
    l.urc("+CIPOPEN: 0,0", dt=0.4)
    l.send("AT+CIPSEND=0,12", "hello-server", "OK", tag="early", early=True, post=["+CIPSEND: 0,12,12"])
    l.cmd("AT+CIPCLOSE=0", ["+CIPCLOSE: 0,0"], tag="close")
    add(l, r_sscom)
    l.exp("send-before-prompt", "early", "the payload leaves 3 ms after AT+CIPSEND, before the module's '>'")
    l.ok("verify-after-close", "close", VAC)

    # F2 EC25 PlatformIO monitor: QISEND on a connectID never opened
    l = Log("ec25_pio_monitor_qisend_wrong_id.log", "fault", "Quectel EC25-EU", "platformio-monitor-time",
            "a sketch opens connectID 0 but sends on connectID 2 (a copy-paste of another project); the module refuses", verified=True)
    boot_quectel(l)
    l.cmd("AT")
    l.cmd('AT+QICSGP=1,1,"iot.example","","",1')
    l.cmd("AT+QIACT=1", rt=1.2)
    l.cmd('AT+QIOPEN=1,0,"TCP","192.0.2.44",7001,0,0', rt=0.2)
    l.urc('+QIOPEN: 0,0', dt=0.5)
    l.send("AT+QISEND=2,5", None, "ERROR", prompt=None, tag="bad")
    l.send("AT+QISEND=2,5", None, "ERROR", prompt=None, tag="bad2")
    l.cmd("AT+QICLOSE=0", tag="close")
    add(l, r_pio)
    l.exp("socket-state", "bad", "send on connectID 2, which was never opened (only 0 is)")
    l.ok("socket-state", "bad2", "the same wrong send repeated")
    l.ok("command-failed", ["bad", "bad2"], "the refused send is repeated unchanged, not looked into")
    l.ok("verify-after-close", "close", VAC)

    # F3 NL668 minicom: CFUN=0 "to save power", module gone
    l = Log("nl668_minicom_cfun0_powersave.cap", "fault", "Fibocom NL668-EAU", "minicom-capture-local-echo",
            "a field tech sends AT+CFUN=0 to save power between reports; the module stops answering until the watchdog cuts power")
    l.echo, l.local = False, True   # ATE0 in the module, minicom's local echo on
    l.urc("+SIM READY")
    l.cmd("ATI", ["Fibocom", "NL668-EAU-00", "Revision: 17000.1000.00.97.20.06"])
    l.cmd("AT+CSQ", ["+CSQ: 18,99"])
    l.cmd('AT+MIPCALL=1,"iot.example"', rt=0.5)
    l.urc("+MIPCALL: 10.64.21.9", dt=1.1)
    l.cmd("AT+MIPCALL=0", rt=0.4)
    l.urc("+MIPCALL: 0", dt=0.3)
    l.cmd("AT+CFUN=0", tag="cfun0")
    l.cmd("AT", final=None, tag="dead", rt=5)
    l.cmd("AT", final=None, tag="dead", rt=5)
    add(l, r_plain)
    l.exp("cfun-zero", "cfun0", FIB)
    l.ok("response-timeout", "dead", "the module does not answer AT after CFUN=0 (the consequence)")

    # F4 NL668 Hercules: MIPSEND while flow control is on
    l = Log("nl668_hercules_mipsend_during_xoff.txt", "fault", "Fibocom NL668-EAU", "hercules-receive-window",
            "the sender keeps writing after +MIPXOFF: two MIPSENDs before +MIPXON")
    l.cmd('AT+MIPCALL=1,"iot.example"', rt=0.5)
    l.urc("+MIPCALL: 10.64.30.2", dt=1.0)
    l.cmd('AT+MIPOPEN=1,,"203.0.113.9",5100,0', rt=0.4)
    l.urc("+MIPOPEN: 1,1", dt=0.6)
    l.send("AT+MIPSEND=1,16", "0123456789ABCDEF", "OK")
    l.urc("+MIPXOFF: 1", tag="off", dt=0.2)
    l.send("AT+MIPSEND=1,16", "0123456789ABCDEF", "OK", tag="during")
    l.send("AT+MIPSEND=1,16", "0123456789ABCDEF", "OK", tag="during")
    l.urc("+MIPXON: 1", dt=2.0)
    l.cmd("AT+MIPPUSH=1", ["+MIPPUSH: 1,0"])
    l.cmd("AT+MIPCLOSE=1", tag="close", rt=0.3)
    l.urc("+MIPCLOSE: 1,0", tag="close")
    add(l, r_plain)
    l.exp("flow-control", "during", "MIPSEND on socket 1 between +MIPXOFF: 1 and +MIPXON: 1")
    l.ok("verify-after-close", "close", VAC)

    # F5 SIM7600 YAT: CGACT retried back to back 13 times
    l = Log("sim7670_yat_cgact_storm.txt", "fault", "SIMCom SIM7670G", "yat-monitor",
            "a bench script resends AT+CGACT=1,1 every 300 ms on ERROR, 13 times, without looking at registration")
    l.cmd("AT+CPIN?", ["+CPIN: READY"])
    l.cmd('AT+CGDCONT=1,"IP","iot.example"')
    for i in range(13):
        l.cmd("AT+CGACT=1,1", final="ERROR", tag="storm", gap=0.3)
    l.cmd("AT+CREG?", ["+CREG: 0,3"])
    add(l, r_yat)
    l.exp("retry-storm", "storm", "13 immediate repeats of a failing CGACT (registration denied, +CREG: 0,3)")
    l.ok("command-failed", "storm", "the failure is only looked into after 13 tries")
    l.ok("attach-preconditions", "storm", "the data call starts with no registration seen")

    # F6 EG25 Docklight: a command never answered while later ones are
    l = Log("eg25_docklight_cgdcont_no_answer.ptp.txt", "fault", "Quectel EG25-G", "docklight-log",
            "AT+CGDCONT? gets no answer at all; 30 s later the script sends AT and the module answers; the query's reply was lost")
    l.cmd("AT", gap=0.5)
    l.cmd("AT+QCCID", ["+QCCID: 8901000000000000000F"])
    l.cmd("AT+CGDCONT?", final=None, tag="lost", rt=0.1)
    l.wait(30)
    l.cmd("AT")
    l.cmd("AT+CGDCONT?", ['+CGDCONT: 1,"IP","iot.example","0.0.0.0",0,0,0,0'])
    add(l, r_docklight)
    l.exp("response-timeout", "lost", "AT+CGDCONT? never gets a final result; 30 s of silence (the manual's limit is 300 ms)")

    # F7 EC25 Arduino IDE 2: +QIOPEN never comes
    l = Log("ec25_arduino2_qiopen_never.txt", "fault", "Quectel EC25-AF", "arduino-ide2-serial-monitor-ts",
            "QIOPEN answered OK, the +QIOPEN URC never arrives in 4 minutes; the sketch keeps polling CSQ and then gives up", verified=True)
    boot_quectel(l)
    l.cmd("AT+QIACT?", ['+QIACT: 1,1,1,"10.41.7.20"'])
    l.cmd('AT+QIOPEN=1,1,"TCP","198.51.100.77",443,0,0', tag="open")
    for i in range(4):
        l.wait(55)
        l.cmd("AT+CSQ", ["+CSQ: 17,99"], tag="poll%d" % i)
    l.cmd("AT+QICLOSE=1", rt=0.3, tag="close")
    add(l, r_arduino2)
    l.exp("completion-timeout", "open", "no +QIOPEN: 1,<err> within 150 s (Quectel TCP(IP) manual's limit); 220 s pass")
    l.ok("async-overlap", ["poll0", "poll1", "poll2", "poll3"], "queries while the open still waits; the Quectel manual allows them, arguable")
    l.ok("verify-after-close", "close", VAC)

    # F8 SIM7600 Docklight: +++ typed with no guard
    l = Log("sim7600_docklight_escape_no_guard.ptp.txt", "fault", "SIMCom SIM7600E-H", "docklight-log",
            "transparent mode: the Docklight sequence sends '+++' 40 ms after the last data and CIPCLOSE right after; the escape is ignored, a second '+++' with guard times works")
    l.cmd("AT+CIPMODE=1")
    l.cmd("AT+NETOPEN", rt=0.3)
    l.urc("+NETOPEN: 0", dt=0.5)
    l.cmd('AT+CIPOPEN=0,"TCP","192.0.2.60",8080', final="CONNECT 115200", rt=0.8)
    l._add("pay", "GET / HTTP/1.0<CR><LF><CR><LF>")
    l.t += 0.04
    l._add("pay", "+++", "esc")
    l.t += 0.1
    l.cmd("AT+CIPCLOSE=0", final=None, tag="lost", label=False)
    l.wait(3.0)
    l._add("pay", "+++", "esc2")
    l.t += 1.0
    l.urc("OK", tag="esc2")
    l.wait(0.6)
    l.cmd("AT+CIPCLOSE=0", ["+CIPCLOSE: 0,0"], tag="close")
    l.cmd("AT+NETCLOSE", rt=0.3)
    l.urc("+NETCLOSE: 0", dt=0.3)
    add(l, r_docklight)
    l.exp("escape-guard", ["esc", "lost"], "'+++' 40 ms after the data and 100 ms before the next line; SIM7600 needs its guard time (1 s) either side, so the escape is taken as data and 'AT+CIPCLOSE=0' goes to the server")
    l.ok("response-timeout", "lost", "the AT+CIPCLOSE=0 typed in data mode never gets an answer (it was data)")
    l.ok("orphan-response", "esc2", "the OK answering the proper escape has no AT command")
    l.ok("verify-after-close", "close", VAC)

    # F9 EC21 Termite: QIACT before SIM/registration
    l = Log("ec21_termite_qiact_before_sim.txt", "fault", "Quectel EC21-E", "termite-timestamps",
            "right after RDY the host activates the PDP context; the SIM is not ready yet and the activation fails")
    l.urc("RDY")
    l.wait(0.4)
    l.cmd("AT")
    l.cmd('AT+QICSGP=1,1,"iot.example","","",1')
    l.cmd("AT+QIACT=1", final="+CME ERROR: 14", tag="early", rt=0.3)
    l.urc("+CPIN: READY", dt=1.5)
    l.urc("+QIND: SMS DONE", dt=2.0)
    l.cmd("AT+CREG?", ["+CREG: 0,1"])
    l.cmd("AT+QIACT=1", rt=1.0)
    add(l, r_termite)
    l.exp("attach-preconditions", "early", "QIACT sent 0.5 s after RDY: no +CPIN: READY or registration seen yet (+CME ERROR: 14, SIM busy)")
    l.ok("first-command", "early", "a plain AT came first; arguable")
    l.ok("command-failed", "early", "retried later, after registration: arguable")

    # F10 EM05 QNavigator: SIM not inserted
    l = Log("em05_qnavigator_sim_not_inserted.txt", "fault", "Quectel EM05-G", "qnavigator-log",
            "a laptop M.2 card: the SIM tray is empty; every SIM command answers 10")
    l.cmd("ATI", ["Quectel", "EM05", "Revision: EM05GFAR07A07M1G"])
    l.cmd("AT+CPIN?", final="+CME ERROR: 10", tag="sim")
    l.cmd("AT+QSIMDET?", ["+QSIMDET: 1,0"])
    l.cmd("AT+QSIMSTAT?", ["+QSIMSTAT: 0,0"])
    l.cmd("AT+CIMI", final="+CME ERROR: 10", tag="sim2")
    add(l, r_qnav)
    l.exp("sim-fault", "sim", "+CME ERROR: 10 (SIM not inserted); QSIMSTAT confirms")
    l.ok("sim-fault", "sim2", "the same SIM fault again")
    l.ok("command-failed", "sim2", "nothing follows the failed CIMI")

    # F11 EC25 OpenWrt logread: power-offs 90 s apart
    l = Log("nl668_openwrt_logread_cpwroff_loop.log", "fault", "Fibocom NL668-EAU", "openwrt-logread-script",
            "a watchdog script powers the module off with AT+CPWROFF every time a ping fails, about 90 s apart")
    for i in range(4):
        l.note("ping 192.0.2.1 failed, restarting modem")
        l.cmd("AT+CPWROFF", tag="pw%d" % i, rt=0.2)
        l.note("pulsing PWRKEY (gpio 23)", dt=5)
        l.wait(25)
        l.urc("+SIM READY")
        l.wait(10)
        l.cmd("AT+CREG?", ["+CREG: 0,1"])
        l.wait(48)
    add(l, r_logread)
    l.exp("power-cycle-interval", ["pw1", "pw2", "pw3"], "power-offs about 90 s apart; the guide RULES.txt cites (Fibocom's) asks for 300 s between power-offs")

    # F12 A7608 PuTTY: CIPSEND of 4096 bytes
    l = Log("a7608_putty_cipsend_4096.log", "fault", "SIMCom A7608SA-H", "putty-session-log",
            "the application asks for 4096 bytes in one CIPSEND; the A76xx limit is 1500 and the module refuses")
    l.cmd("AT+NETOPEN", rt=0.3)
    l.urc("+NETOPEN: 0", dt=0.4)
    l.cmd('AT+CIPOPEN=1,"TCP","203.0.113.40",6000', rt=0.2)
    l.urc("+CIPOPEN: 1,0", dt=0.3)
    l.send("AT+CIPSEND=1,4096", None, "ERROR", prompt=None, tag="big")
    l.send("AT+CIPSEND=1,64", "0123456789abcdef" * 4, "OK", post=["+CIPSEND: 1,64,64"])
    l.cmd("AT+CIPCLOSE=1", tag="close", rt=0.2)
    l.urc("+CIPCLOSE: 1,0", tag="close")
    add(l, r_putty)
    l.exp("send-length", "big", "4096 bytes declared; above the 1500 the module accepts (and the rule's 2048)")
    l.ok("command-failed", "big", "the next send is smaller: arguably tried another way")
    l.ok("send-payload-mismatch", "big", "no payload shown for the refused send")
    l.ok("verify-after-close", "close", VAC)

    # F13 SIM800L Portmon: payload longer than declared
    l = Log("sim800l_portmon_cipsend_len_mismatch.log", "fault", "SIMCom SIM800L", "portmon-log",
            "the host declares 10 bytes and writes 11; SIM800 takes 10 and the last byte ends up in the command parser")
    l.cmd("AT+CIPSHUT", final="SHUT OK")
    l.cmd('AT+CSTT="iot.example"')
    l.cmd("AT+CIICR", rt=1.5)
    l.cmd("AT+CIFSR", [], final=None, label=False)
    l.txns.append({"command": "AT+CIFSR", "final": "10.88.1.5"})
    l.urc("10.88.1.5")
    l.cmd('AT+CIPSTART="TCP","192.0.2.15",5000', rt=0.3)
    l.urc("CONNECT OK", dt=0.8)
    l.send("AT+CIPSEND=10", "temp=21.5;h", "SEND OK", tag="mis", ctrlz=False)
    l.cmd("AT+CIPCLOSE", final="CLOSE OK", tag="close")
    add(l, r_portmon)
    l.exp("send-payload-mismatch", "mis", "10 bytes declared, 11 written (Portmon's 'Length 11')")
    l.ok("verify-after-close", "close", VAC)

    # F14 EC25 CuteCom: QIOPEN on an id already open
    l = Log("ec25_cutecom_qiopen_id_in_use.log", "fault", "Quectel EC25-J", "cutecom-timestamps",
            "the host reopens connectID 0 while it is still open: +QIOPEN: 0,563 (socket identity used)")
    l.cmd("AT+QIACT=1", rt=0.8)
    l.cmd('AT+QIOPEN=1,0,"UDP","198.51.100.5",5683,0,0', rt=0.2)
    l.urc("+QIOPEN: 0,0", dt=0.3)
    l.send("AT+QISEND=0,4", "ping", "SEND OK")
    l.cmd('AT+QIOPEN=1,0,"UDP","198.51.100.5",5683,0,0', tag="reopen", rt=0.2)
    l.urc("+QIOPEN: 0,563", tag="reopen", dt=0.1)
    l.cmd("AT+QISTATE=1,0", ['+QISTATE: 0,"UDP","198.51.100.5",5683,0,2,1,0,0,"usbmodem"'])
    add(l, r_cutecom)
    l.exp("socket-state", "reopen", "open of connectID 0 while it is open (+QIOPEN: 0,563)")
    l.ok("command-failed", "reopen", "the failure is looked into with QISTATE")

    # F15 SIM7600 moserial: CIPOPEN before +NETOPEN
    l = Log("sim7600_moserial_cipopen_before_netopen.txt", "fault", "SIMCom SIM7600G-H", "moserial-incoming-log",
            "the host fires CIPOPEN straight after NETOPEN's OK, before +NETOPEN: 0; the module refuses")
    l.cmd("AT+NETOPEN", tag="net", rt=0.1, gap=0.02)
    l.cmd('AT+CIPOPEN=0,"TCP","192.0.2.81",1883', ["+IP ERROR: Network not opened"], final="ERROR", tag="over", rt=0.1)
    l.urc("+NETOPEN: 0", dt=1.2)
    l.cmd('AT+CIPOPEN=0,"TCP","192.0.2.81",1883', rt=0.2)
    l.urc("+CIPOPEN: 0,0", dt=0.5)
    l.cmd("AT+CIPCLOSE=0", tag="close", rt=0.2)
    l.urc("+CIPCLOSE: 0,0", tag="close")
    add(l, r_plain)
    l.exp("async-overlap", "over", "CIPOPEN sent 20 ms after NETOPEN's OK, while +NETOPEN is still awaited")
    l.ok("socket-without-ip", "over", "opening a socket before the network is open")
    l.ok("verify-after-close", "close", VAC)

    # F16 Telit LN940 mail quote of minicom: typo
    l = Log("ln940_mail_minicom_typo_cops.eml", "fault", "Telit LN940A11", "email-quote+minicom",
            "a mail quoting a minicom session: 'AT+COSP?' (typo for COPS) answers ERROR and the sender concludes the network is down")
    l.cmd("AT+CGMM", ["LN940A11"])
    l.cmd("AT+CSQ", ["+CSQ: 19,99"])
    l.cmd("AT+COSP?", final="ERROR", tag="typo")
    l.cmd("AT+CREG?", ["+CREG: 0,1"])
    add(l, r_plain, [mail("Field Team <field@example.com>", "Mon, 7 Dec 2026 at 08:12")])
    l.exp("unknown-command", "typo", "AT+COSP? is a typo of AT+COPS?; ERROR is the module refusing an unknown command")
    l.ok("error-detail", "typo", "CMEE is off: AT+CMEE=2 would have said more")

    # F17 SIM800C smsd: CMGS fails and smsd... sim-fault? no: PIN wrong in smstools3
    l = Log("sim800c_smsd_cpin_sim_failure.log", "fault", "SIMCom SIM800C", "smstools3-smsd-log",
            "the SIM answers +CME ERROR: 13 (SIM failure) to every PIN check; smsd retries twice and stops the modem handler")
    l.note("smsd: Smsd v3.1.21 started.")
    l.note("Checking if modem is ready")
    l.cmd("AT", gap=0.2)
    l.note("Pre-initializing modem")
    l.cmd("ATE0;+CMEE=1;+CREG=2")
    l.cmd("AT+CPIN?", final="+CME ERROR: 13", tag="pin")
    l.wait(10)
    l.cmd("AT+CPIN?", final="+CME ERROR: 13", tag="pin2")
    l.wait(10)
    l.cmd("AT+CPIN?", final="+CME ERROR: 13", tag="pin2")
    l.note("Modem is not ready to answer commands (SIM failure)")
    l.note("Modem handler 0 terminated abnormally.")
    add(l, r_smsd)
    l.exp("sim-fault", "pin", "+CME ERROR: 13 (SIM failure) to AT+CPIN?: the SIM is unusable")
    l.ok("sim-fault", "pin2", "the same SIM fault repeated")
    l.ok("command-failed", ["pin", "pin2"], "the failure is only re-polled, then smsd gives up")


# ------------------------------------------------------------------------------------------
# clean logs
# ------------------------------------------------------------------------------------------

def clean():
    # C1 EC25 minicom: COPS=? 3 minutes
    l = Log("ec25_minicom_cops_scan_3min.cap", "clean", "Quectel EC25-E", "minicom-capture",
            "a manual operator scan takes 3 minutes; Quectel's limit for COPS=? is 180 s")
    boot_quectel(l)
    l.cmd("AT+CSQ", ["+CSQ: 14,99"])
    l.cmd("AT+COPS=?", ['+COPS: (2,"Test Net","TestNet","00101",7),(1,"Other Lab","OLab","00102",2),,(0,1,2,3,4),(0,1,2)'], rt=172.0)
    l.cmd('AT+COPS=1,2,"00101",7', rt=3.5)
    l.cmd("AT+COPS?", ['+COPS: 1,0,"Test Net",7'])
    add(l, r_plain)

    # C2 SIM800 Hercules: PDU SMS
    l = Log("sim800_hercules_sms_pdu.txt", "clean", "SIMCom SIM800", "hercules-receive-window",
            "PDU-mode SMS with the '> ' prompt and Ctrl-Z; +CMGS then OK")
    l.urc("Call Ready")
    l.urc("SMS Ready")
    l.cmd("AT+CMGF=0")
    l.cmd("AT+CSCS=\"GSM\"")
    pdu, n = submit_pdu("10000000000", "hello world")
    l.send("AT+CMGS=%d" % n, pdu, "OK", prompt="> ", post=["+CMGS: 14"], ctrlz=True, rt=2.5)
    l.urc("+CMTI: \"SM\",3", dt=20)
    pdu, n = deliver_pdu("10000000001", "reply ok")
    l.cmd("AT+CMGR=3", ["+CMGR: 0,,%d" % n, pdu])
    l.cmd("AT+CMGD=3")
    add(l, r_plain)

    # C3 SARA-R410M picocom caret: sockets from 0, CFUN=0 normal for UMNOPROF
    l = Log("sara_r410_picocom_umnoprof_cfun0_socket0.txt", "clean", "u-blox SARA-R410M-02B", "picocom-cat-v",
            "CFUN=0 is required before AT+UMNOPROF (u-blox's manual); socket 0 is u-blox's first socket")
    l.cmd("AT+CFUN=0")
    l.cmd("AT+UMNOPROF=1")
    l.cmd("AT+CFUN=15", rt=2.0)
    l.urc("+CPIN: READY", dt=6.0)
    l.cmd("AT+CEREG?", ["+CEREG: 0,2"])
    l.cmd("AT+CEREG?", ["+CEREG: 0,5"], rt=0.1)
    l.cmd("AT+USOCR=6", ["+USOCR: 0"])
    l.cmd('AT+USOCO=0,"192.0.2.33",7000', rt=1.5)
    l.cmd('AT+USOWR=0,5,"hello"', ["+USOWR: 0,5"])
    l.urc("+UUSORD: 0,5", dt=0.6)
    l.cmd("AT+USORD=0,5", ['+USORD: 0,5,"world"'])
    l.cmd("AT+USOCL=0", tag="close")
    add(l, r_caret)
    l.ok("verify-after-close", "close", VAC)

    # C4 EG25 cutecom: CFUN=0/1 around a band change
    l = Log("eg25_cutecom_band_cfun_cycle.log", "clean", "Quectel EG25-G", "cutecom-timestamps",
            "band configuration, CFUN=0 then CFUN=1 as Quectel documents; +CPIN: NOT READY between is normal")
    l.cmd('AT+QCFG="band"', ['+QCFG: "band",0x260,0x1a0080800d5,0x0'])
    l.cmd("AT+CFUN=0", rt=0.8)
    l.urc("+CPIN: NOT READY", dt=0.2)
    l.cmd('AT+QCFG="band",0x260,0x80084,0x0')
    l.cmd("AT+CFUN=1", rt=1.0)
    l.urc("+CPIN: READY", dt=0.8)
    l.urc("+QUSIM: 1")
    l.urc("+QIND: SMS DONE", dt=1.5)
    l.cmd("AT+CREG?", ["+CREG: 0,2"], gap=5)
    l.cmd("AT+CREG?", ["+CREG: 0,1"])
    add(l, r_cutecom)

    # C5 EM7455 minicom: AT! commands
    l = Log("em7455_minicom_at_bang_commands.cap", "clean", "Sierra Wireless EM7455", "minicom-capture",
            "Sierra's AT! commands behind AT!ENTERCND; long multi-line answers")
    l.cmd('AT!ENTERCND="A710"')
    l.cmd("AT!IMPREF?", ['!IMPREF: ', ' preferred fw version:    02.24.05.06', ' preferred carrier name:  GENERIC',
                         ' preferred config name:   GENERIC_002.026_000', ' current fw version:      02.24.05.06'])
    l.cmd("AT!GSTATUS?", ["!GSTATUS: ", "Current Time:  1043\t\tTemperature: 38", "Bootup Time:   0\t\tMode:        ONLINE",
                          "System mode:   LTE        \tPS state:    Attached", "LTE band:      B3     \tLTE bw:      20 MHz",
                          "LTE Rx chan:   1300\t\tLTE Tx chan: 19300", "EMM state:     Registered \tNormal Service",
                          "RRC state:     RRC Connected", "RSSI (dBm):    -67\t\tTx Power:    0", "RSRP (dBm):    -95\t\tTAC:         0001 (1)",
                          "RSRQ (dB):     -9\t\tCell ID:     0001A2B3 (107187)", "SINR (dB):     12.4"])
    l.cmd("AT!SELRAT?", ["!SELRAT: 06, LTE Only"])
    l.cmd("AT!BAND?", ["Index, Name", "00, All bands"])
    l.cmd("AT!USBCOMP?", ["Config Index: 1", "Config Type:  1 (Generic)", "Interface bitmask: 0000100D (diag,nmea,modem,mbim) "])
    add(l, r_plain)

    # C6 E3372 stick mode PuTTY: ^ URCs interleaved, NDISDUP
    l = Log("e3372_putty_stick_mode_ndisdup.log", "clean", "Huawei E3372h-153 (stick mode)", "putty-session-log",
            "^RSSI/^HCSQ/^DSFLOWRPT URCs fall between commands; ^NDISDUP's result comes as ^NDISSTAT")
    l.cmd("ATI", ["Manufacturer: huawei", "Model: E3372", "Revision: 21.180.01.00.00", "IMEI: 490154203237518", "+GCAP: +CGSM,+DS,+ES"])
    l.urc('^HCSQ:"LTE",52,44,112,22', dt=0.4)
    l.cmd("AT^SYSINFOEX", ['^SYSINFOEX:2,3,0,1,,6,"LTE",101,"LTE"'])
    l.urc("^RSSI:22", dt=0.2)
    l.cmd("AT^SYSCFGEX?", ['^SYSCFGEX: "00",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF,,'])
    l.cmd('AT^NDISDUP=1,1,"internet.example"', rt=0.3)
    l.urc('^NDISSTAT:1,,,"IPV4"', dt=1.4)
    l.urc("^DSFLOWRPT:0000003C,00000000,00000000,0000000000000000,0000000000000000,0003E800,0003E800", dt=2.0)
    l.cmd("AT^DHCP?", ["^DHCP:0a0a0a0a,f8ffffff,090a0a0a,090a0a0a,0201000a,0202000a,150000000,150000000"])
    add(l, r_putty)

    # C7 MF833 ZTE: ZCDRUN, PuTTY? use Termite
    l = Log("zte_mf833_termite_zcdrun_zsnt.txt", "clean", "ZTE MF833V", "termite-timestamps",
            "ZTE's own commands: ZCDRUN to stop the CD-ROM, ZSNT for the mode, ZPAS; all answered")
    l.cmd("AT+ZCDRUN=8", ["Close autorun state result(0:FAIL 1:SUCCESS):1"])
    l.cmd("AT+ZSNT?", ["+ZSNT: 0,0,0"])
    l.cmd("AT+ZPAS?", ['+ZPAS: "LTE","PS_ONLY"'])
    l.cmd("AT+CSQ", ["+CSQ: 23,99"])
    l.cmd("AT+ZECMCALL=1", ['+ZECMCALL: IPV4, 10.77.1.14, 10.77.1.1, 198.51.100.53, 198.51.100.54'], rt=1.5)
    add(l, r_termite)

    # C8 L850 unimodem: Windows dial-up through the modem port
    l = Log("e3372_modemlog_dialup_connect.txt", "clean", "Huawei E3372h-320 (stick mode)", "windows-unimodem-modemlog",
            "a Windows ModemLog (HUAWEI Mobile Connect - 3G Modem) of a dial-up (PPP) connection: init, CGDCONT, ATD*99#, CONNECT")
    l.note("Opening Modem")
    l.note("TSP(0000): Making Call")
    l.cmd("AT", rt=0.05)
    l.cmd("AT&FE0V1S0=0&C1&D2", rt=0.05)
    l.cmd('AT+CGDCONT=1,"IP","internet.example"', rt=0.05)
    l.cmd("ATD*99#", final="CONNECT 150000000", rt=0.6)
    l.note("Connection established at 150000000bps.")
    l.note("Error-control off or unknown.")
    l.note("Data compression off or unknown.")
    add(l, r_unimodem)

    # C9 FM350 GitHub issue with VS Code serial monitor
    l = Log("fm350_github_vscode_gtusbmode.md", "clean", "Fibocom FM350-GL", "github-issue+vscode-serial-monitor",
            "a GitHub issue about USB mode; every command answered; +CGEV URCs between")
    l.cmd("ATE0")
    l.cmd("AT+GTUSBMODE?", ["+GTUSBMODE: 40"])
    l.cmd("AT+GTPKGVER?", ['+GTPKGVER: "81600.0000.00.29.23.07_GC"'])
    l.urc("+CGEV: ME PDN ACT 1", dt=0.6)
    l.cmd("AT+CGPADDR=1", ['+CGPADDR: 1,"10.52.3.77"'])
    l.cmd("AT+GTRAT?", ["+GTRAT: 14,6,3"])
    add(l, lambda x: r_vscode(x, port="/dev/ttyUSB2"), [gh("FM350-GL not showing as MBIM on Linux", [
        "Kernel 6.8, ModemManager 1.22. The card enumerates but MM ignores it. Serial monitor:"],
        ["USB mode 40 should be MBIM+..., is that right?"])])

    # C10 LN940 in a forum post with QCRMCALL
    l = Log("ln940_forum_picocom_qcrmcall.txt", "clean", "Telit LN940A9", "forum-post+picocom-cat-v",
            "a forum post: Qualcomm AT$QCRMCALL starts the call (AT$ vendor command); answers multi-line")
    l.cmd("AT+CGDCONT=1,\"IPV4V6\",\"internet.example\"")
    l.cmd("AT$QCRMCALL=1,1", ["$QCRMCALL: 1, V4", "$QCRMCALL: 1, V6"], rt=1.8)
    l.cmd("AT$QCRMCALL?", ["$QCRMCALL: 1, V4", "$QCRMCALL: 1, V6"])
    l.cmd("AT+CGPADDR=1", ['+CGPADDR: 1,"10.9.8.7","2001:db8:0:0:0:0:0:1"'])
    add(l, r_caret, [("prose", ["Re: LN940 works with raw-ip after all", "", "posted by tomh on Dec 7, 2026",
                                "", "After cat -v on the picocom log, for the record:", ""],
                      ["", "Then udhcpc -i wwan0 and it gets the address."])])

    # C11 Neoway N720 AT$MYNET..., CoolTerm-like plain
    l = Log("n720_coolterm_mynet_socket0.txt", "clean", "Neoway N720", "coolterm-capture",
            "Neoway's AT$MYNET commands: sockets from 0, MYNETWRITE answers with its own line and then takes data without '>'")
    l.cmd('AT$MYNETCON=0,"APN","iot.example"')
    l.cmd("AT$MYNETACT=0,1", ['$MYNETACT: 0,1,"10.30.2.9"'], rt=1.2)
    l.cmd('AT$MYNETSRV=0,0,0,0,"192.0.2.12:9100"')
    l.cmd("AT$MYNETOPEN=0", ["$MYNETOPEN: 0,2000"], rt=0.9)
    l.send("AT$MYNETWRITE=0,8", "abcd1234", "OK", prompt=None, resp=["$MYNETWRITE: 0,8"])
    l.urc("$MYURCREAD: 0", dt=0.5)
    l.cmd("AT$MYNETREAD=0,100", ["$MYNETREAD: 0,4", "pong"])
    l.cmd("AT$MYNETCLOSE=0", ["$MYNETCLOSE: 0"], tag="close")
    add(l, r_plain)
    l.ok("verify-after-close", "close", VAC)

    # C12 SLM750 MeiG arduino ide 2: CREG polling with back-off
    l = Log("slm750_arduino2_creg_backoff.txt", "clean", "MeiG SLM750", "arduino-ide2-serial-monitor-ts",
            "registration polled with growing intervals until +CREG: 0,1; polling a query is waiting, not a storm", verified=True)
    l.cmd("AT")
    l.cmd("AT+CPIN?", ["+CPIN: READY"])
    for dt in (1, 2, 4, 8, 8, 8, 8, 8, 8, 8, 8, 8):
        l.cmd("AT+CREG?", ["+CREG: 0,2"], gap=dt)
    l.cmd("AT+CREG?", ["+CREG: 0,1"])
    l.cmd("AT+COPS?", ['+COPS: 0,0,"Test Net",7'])
    add(l, r_arduino2)

    # C13 Air780E Luat, SSCOM: CIPSTART/CIPSEND '>' SEND OK
    l = Log("air780e_sscom_cipstart_send_ok.txt", "clean", "AirM2M Air780E", "sscom-time",
            "SIM800-style TCP commands on an Air780E; the user waits for '>' before clicking the data")
    l.cmd("AT+CGATT?", ["+CGATT: 1"])
    l.cmd('AT+CSTT="iot.example"')
    l.cmd("AT+CIICR", rt=0.8)
    l.cmd("AT+CIFSR", [], final=None, label=False)
    l.txns.append({"command": "AT+CIFSR", "final": "10.16.4.22"})
    l.urc("10.16.4.22")
    l.cmd('AT+CIPSTART="TCP","198.51.100.90",4000', rt=0.2)
    l.urc("CONNECT OK", dt=0.6)
    l.send("AT+CIPSEND=6", "hello!", "SEND OK", prompt=">", rt=0.2)
    l.urc("hi back", dt=0.3)
    l.cmd("AT+CIPCLOSE", final="CLOSE OK", tag="close")
    add(l, r_sscom)
    l.ok("verify-after-close", "close", VAC)

    # C14 Air724UG text SMS in Chinese assistant (SSCOM), URCs
    l = Log("air724ug_sscom_text_sms.txt", "clean", "AirM2M Air724UG", "sscom-time",
            "text-mode SMS: the '> ' prompt, the text, Ctrl-Z; +CMGS then OK; a +CMTI arrives later")
    l.urc("RDY")
    l.urc("+CPIN: READY", dt=0.5)
    l.urc("SMS READY", dt=2.5)
    l.cmd("AT")
    l.cmd("AT+CMGF=1")
    l.send('AT+CMGS="+10000000000"', "test from bench 7", "OK", prompt="> ", post=["+CMGS: 31"], ctrlz=True, rt=2.0)
    l.urc('+CMTI: "SM",1', dt=15)
    l.cmd("AT+CMGR=1", ['+CMGR: "REC UNREAD","+10000000001","","26/12/07,15:02:11+32"', "ok received"])
    add(l, r_sscom)

    # C15 RM520N QNavigator: long multi-line QENG/QCAINFO with URCs
    l = Log("rm520n_qnavigator_qeng_qcainfo.txt", "clean", "Quectel RM520N-GL", "qnavigator-log",
            "5G NSA serving-cell report, carrier aggregation info, +QIND URCs between")
    l.cmd('AT+QENG="servingcell"', ['+QENG: "servingcell","NOCONN"',
                                   '+QENG: "LTE","FDD",001,01,1A2B3C4,101,1300,3,5,5,0001,-95,-10,-63,12,8,190,-',
                                   '+QENG:"NR5G-NSA",001,01,502,-88,22,-11,627264,78,12,1'])
    l.urc('+QIND: "csq",23,99', dt=0.5)
    l.cmd("AT+QCAINFO", ['+QCAINFO: "PCC",1300,5,"LTE BAND 3",1,101,-95,-10,-63,12',
                         '+QCAINFO: "SCC",6300,4,"LTE BAND 20",1,202,-101,-12,-70,8,0,-,-',
                         '+QCAINFO: "SCC",627264,12,"NR5G BAND 78",502'])
    l.cmd('AT+QNWPREFCFG="mode_pref"', ['+QNWPREFCFG: "mode_pref",AUTO'])
    l.cmd("AT+QTEMP", ['+QTEMP:"modem-lte-sub6-pa1","38"', '+QTEMP:"modem-sdr0-pa0","36"', '+QTEMP:"cpuss-0-usr","41"'])
    add(l, r_qnav)

    # C16 EM05 PuTTY: +CMTI then PDU read
    l = Log("em05_putty_cmti_pdu_read.log", "clean", "Quectel EM05-E", "putty-session-log",
            "an SMS arrives (+CMTI), read in PDU mode and deleted")
    l.cmd("AT+CMGF=0")
    l.cmd('AT+CPMS="ME","ME","ME"', ["+CPMS: 0,255,0,255,0,255"])
    l.urc('+CMTI: "ME",0', dt=12)
    pdu, n = deliver_pdu("10000000003", "Hello")
    l.cmd("AT+CMGR=0", ["+CMGR: 0,,%d" % n, pdu])
    l.cmd("AT+CMGD=0")
    add(l, r_putty)

    # C17 A7608 CuteCom: CIPOPEN fails, handled, retried
    l = Log("a7608_cutecom_cipopen_fail_handled.log", "clean", "SIMCom A7608E", "cutecom-timestamps",
            "the first CIPOPEN fails (server refused); the host checks, closes and retries after 10 s; it works")
    l.cmd("AT+NETOPEN", rt=0.3)
    l.urc("+NETOPEN: 0", dt=0.5)
    l.cmd('AT+CIPOPEN=0,"TCP","192.0.2.70",7100', rt=0.2, tag="f")
    l.urc("+CIPOPEN: 0,1", dt=1.5, tag="f")
    l.cmd("AT+IPADDR", ["+IPADDR: 10.22.1.8"])
    l.cmd("AT+CIPOPEN?", ["+CIPOPEN: %d" % k for k in range(10)])
    l.wait(10)
    l.cmd('AT+CIPOPEN=0,"TCP","192.0.2.70",7100', rt=0.2)
    l.urc("+CIPOPEN: 0,0", dt=0.5)
    l.send("AT+CIPSEND=0,5", "hello", "OK", post=["+CIPSEND: 0,5,5"])
    add(l, r_cutecom)
    l.ok("command-failed", "f", "the failure is looked into (IPADDR, CIPOPEN?) and retried: arguable")

    # C18 EC25 smsd: normal sending with > prompt, retries in smsd
    l = Log("ec25_smsd_pdu_send_ok.log", "clean", "Quectel EC25-E", "smstools3-smsd-log",
            "smsd initialises the modem and sends one PDU SMS; signal and PIN checks between")
    l.echo = False
    l.note("Checking device for incoming SMS")
    l.cmd("AT+CPIN?", ["+CPIN: READY"])
    l.cmd("AT+CSQ", ["+CSQ: 20,99"])
    l.note("Signal Strength Indicator: (20,99) -73 dBm (Excellent), Bit Error Rate: less than 0.2 %")
    l.cmd("AT+CREG?", ["+CREG: 0,1"])
    l.note("Modem is registered to the network")
    l.cmd("AT+CMGF=0")
    pdu, n = submit_pdu("10000000000", "door open")
    l.send("AT+CMGS=%d" % n, pdu, "OK", prompt="> ", post=["+CMGS: 101"], ctrlz=True, rt=1.5)
    l.note("SMS sent, Message_id: 101, To: 10000000000, sending time 3 sec.")
    add(l, r_smsd)

    # C19 MM+NM journal: normal polling
    l = Log("ec25_nm_mm_journal_debug.txt", "clean", "Quectel EC25-AU", "modemmanager-journal-debug",
            "journalctl -u ModemManager -u NetworkManager with MM in debug: probing, signal polling, connect")
    l.note("NM: device (cdc-wdm0): state change: disconnected -> prepare (reason 'none', sys-iface-state: 'managed')")
    l.cmd("AT+CGSN", ["490154203237518"])
    l.cmd("AT+CPIN?", ["+CPIN: READY"])
    l.cmd("AT+CSQ", ["+CSQ: 22,99"])
    l.cmd("AT+CREG?", ["+CREG: 2,1,\"0001\",\"1A2B3C4\",7"])
    l.cmd('AT+CGDCONT=1,"IP","internet.example"')
    l.note("[modem0] simple connect state (8/8): all done")
    l.note("NM: device (cdc-wdm0): state change: ip-config -> ip-check (reason 'none', sys-iface-state: 'managed')")
    l.wait(30)
    l.cmd("AT+CSQ", ["+CSQ: 22,99"])
    add(l, r_mm_journal)

    # C20 EC25 OpenWrt shell echo/cat
    l = Log("ec25_openwrt_shell_echo_cat.txt", "clean", "Quectel EC25-EUX", "openwrt-shell-echo-cat",
            "an OpenWrt shell: 'cat /dev/ttyUSB2 &' then echo -e of each command; QENG and QNWINFO")
    l.echo = False
    l.note("root@OpenWrt:~# cat /dev/ttyUSB2 &")
    l.note("[1] 4417")
    l.cmd("ATE0")
    l.cmd('AT+QENG="servingcell"', ['+QENG: "servingcell","NOCONN","LTE","FDD",001,01,1A2B3C4,101,1300,3,5,5,0001,-97,-11,-66,10,9,170,-'])
    l.cmd("AT+QNWINFO", ['+QNWINFO: "FDD LTE","00101","LTE BAND 3",1300'])
    l.cmd("AT+QCSQ", ['+QCSQ: "LTE",-66,-97,150,-11'])
    add(l, r_owrt_shell)

    # C21 SIM7600 CR-only capture (whole file with CR line ends)
    l = Log("sim7600_realterm_cr_only_lines.txt", "clean", "SIMCom SIM7600E", "raw-capture-cr-line-ends",
            "a capture saved with CR-only line ends (the LF dropped by the terminal): GPS and signal queries")
    l.cmd("AT+CGPS=1")
    l.cmd("AT+CGPSINFO", ["+CGPSINFO: ,,,,,,,,"])
    l.wait(25)
    l.cmd("AT+CGPSINFO", ["+CGPSINFO: 4807.0382,N,01131.0000,E,071226,101508.0,520.4,0.0,"])
    l.cmd("AT+CGPS=0", rt=0.5)
    l.urc("+CGPS: 0", dt=0.3)
    l.eol = "\r"
    add(l, lambda x: r_plain(x, blank=False))

    # C22 picocom with local echo on + module echo
    l = Log("bg95_picocom_local_echo_double.txt", "clean", "Quectel BG95-M3", "picocom-echo-cat-v",
            "picocom --echo with the module's echo on: every command shows twice (local echo, then module's echo)")
    l.cmd("AT+QCFG=\"iotopmode\"", ['+QCFG: "iotopmode",0'])
    l.cmd("AT+CEREG?", ["+CEREG: 0,5"])
    l.cmd("AT+QPING=1,\"192.0.2.1\"", rt=0.3)
    l.urc('+QPING: 0,"192.0.2.1",32,312,255', dt=0.4)
    l.urc('+QPING: 0,"192.0.2.1",32,298,255', dt=1.0)
    l.urc('+QPING: 0,"192.0.2.1",32,305,255', dt=1.0)
    l.urc('+QPING: 0,"192.0.2.1",32,301,255', dt=1.0)
    l.urc("+QPING: 0,4,4,0,298,312,304", dt=0.1)

    def r_dbl(x):
        per = r_caret(x)
        for i, e in enumerate(x.ev):
            if e["k"] == "tx" and per[i]:
                per[i] = [e["s"] + "^M"] + per[i]
        return per
    add(l, r_dbl)

    # C23 SIM7080? theme: Sierra MC7455 in Serial Port Monitor hex view
    l = Log("mc7455_spm_hex_requests.txt", "clean", "Sierra Wireless MC7455", "serial-port-monitor-hex",
            "a serial-port-monitor request view of AT!SELRAT/AT!BAND changes, each answered")
    l.cmd("ATE0", label=True)
    l.cmd('AT!ENTERCND="A710"')
    l.cmd("AT!SELRAT=06")
    l.cmd("AT!SELRAT?", ["!SELRAT: 06, LTE Only"])
    l.cmd("AT+CSQ", ["+CSQ: 20,99"])
    add(l, r_spm)

    # C24 L860 Docklight: Intel-style XACT, CGACT and +CGEV URCs
    l = Log("l860_docklight_xact_cgact.ptp.txt", "clean", "Fibocom L860-GL", "docklight-log",
            "RAT selection with XACT, PDP activation and +CGEV URCs between commands")
    l.cmd("AT+XACT?", ["+XACT: 2,2,,1,2,4,5,8,101,102,103,104,105,107,108,112,113,117,118,119,120,125,126,128,129,130,166"])
    l.cmd('AT+CGDCONT=1,"IP","internet.example"')
    l.cmd("AT+CGACT=1,1", rt=1.2)
    l.urc("+CGEV: ME PDN ACT 1", dt=0.1)
    l.cmd("AT+CGPADDR=1", ['+CGPADDR: 1,"10.61.0.44"'])
    l.cmd("AT+XDATACHANNEL=1,1,\"/USBCDC/0\",\"/USBHS/NCM/0\",2,1")
    l.cmd("AT+CGDATA=\"M-RAW_IP\",1", final="CONNECT", rt=0.3)
    add(l, r_docklight)

    # C25 BG96 YAT: errors handled (QIOPEN 566 -> QIDEACT/QIACT and retry)
    l = Log("bg96_yat_qiopen_566_recovered.txt", "clean", "Quectel BG96", "yat-monitor",
            "+QIOPEN: 0,566 (could not open); the host closes the id as Quectel asks, re-activates the context and retries after 20 s")
    l.cmd('AT+QIOPEN=1,0,"TCP","203.0.113.14",8883,0,0', tag="f", rt=0.2)
    l.urc("+QIOPEN: 0,566", dt=8.0, tag="f")
    l.cmd("AT+QICLOSE=0", rt=0.2)
    l.cmd("AT+QIACT?", ['+QIACT: 1,1,1,"10.12.0.5"'])
    l.cmd("AT+QIDEACT=1", rt=1.0)
    l.cmd("AT+QIACT=1", rt=2.0)
    l.wait(20)
    l.cmd('AT+QIOPEN=1,0,"TCP","203.0.113.14",8883,0,0', rt=0.2)
    l.urc("+QIOPEN: 0,0", dt=1.3)
    add(l, r_yat)
    l.ok("command-failed", "f", "handled; a tool may still note the failure")

    # C26 ME909s GitHub issue with minicom: Huawei ^ commands, CFUN=0 for band change? no: ^SYSCFGEX
    l = Log("me909s_github_minicom_ndisdup.md", "clean", "Huawei ME909s-120", "github-issue+minicom",
            "a GitHub issue: ^NDISDUP with ^NDISSTAT later, ^SYSCFGEX answered, ^CERSSI URCs")
    l.cmd("AT^SYSCFGEX=\"03\",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF,,")
    l.urc("^CERSSI:0,0,0,0,255,-93,-8,-60,32639,32639,32639", dt=0.5)
    l.cmd('AT^NDISDUP=1,1,"internet.example"', rt=0.2)
    l.urc('^NDISSTAT: 1,,,"IPV4"', dt=1.8)
    l.cmd("AT^NDISSTATQRY?", ['^NDISSTATQRY: 1,,,"IPV4",0,,,"IPV6"'])
    add(l, r_plain, [gh("ME909s-120 gets no IPv6", [
        "Board: i.MX6, kernel 5.10, huawei_cdc_ncm. Output:"], ["Only IPv4 comes up. Is IPv6 a firmware thing?"])])

    # C27 SIM800L Arduino IDE 2: Call Ready URCs, CSQ, CBC, first command AT
    l = Log("sim800l_arduino2_passthrough_boot.txt", "clean", "SIMCom SIM800L", "arduino-ide2-serial-monitor-ts",
            "a passthrough sketch: boot URCs, autobaud AT, status queries", verified=True)
    l.urc("RDY")
    l.urc("+CFUN: 1", dt=0.2)
    l.urc("+CPIN: READY", dt=0.3)
    l.urc("Call Ready", dt=3.0)
    l.urc("SMS Ready", dt=0.5)
    l.cmd("AT")
    l.cmd("AT+CBC", ["+CBC: 0,82,4012"])
    l.cmd("AT+CSQ", ["+CSQ: 15,0"])
    l.cmd("AT+CCID", ["8901000000000000000F"])
    add(l, r_arduino2)

    # C28 EC200U PIO: MQTT with open/conn URCs
    l = Log("ec200u_pio_monitor_mqtt.log", "clean", "Quectel EC200U-CN", "platformio-monitor-time",
            "MQTT open/connect/publish with their URCs; publish with '>' prompt and Ctrl-Z", verified=True)
    l.cmd('AT+QMTOPEN=0,"192.0.2.200",1883', rt=0.2)
    l.urc("+QMTOPEN: 0,0", dt=1.1)
    l.cmd('AT+QMTCONN=0,"dev-0042"', rt=0.2)
    l.urc("+QMTCONN: 0,0,0", dt=0.8)
    l.send('AT+QMTPUBEX=0,1,1,0,"lab/t",4', "21.4", "OK", prompt=">", rt=0.1)
    l.urc("+QMTPUBEX: 0,1,0", dt=0.6)
    l.cmd("AT+QMTDISC=0", rt=0.2, tag="close")
    l.urc("+QMTDISC: 0,0", dt=0.4, tag="close")
    add(l, r_pio)
    l.ok("verify-after-close", "close", VAC)

    # C29 u-blox SARA-R5 VS Code: UPSD / UPSDA, socket 0
    l = Log("sara_r510_vscode_upsda_socket0.txt", "clean", "u-blox SARA-R510M8S", "vscode-serial-monitor",
            "PSD profile activation with +UUPSDA, socket 0 opened and closed")
    l.cmd("ATE0")
    l.cmd('AT+UPSD=0,100,1')
    l.cmd("AT+UPSDA=0,3", rt=0.5)
    l.urc('+UUPSDA: 0,"10.44.2.7"', dt=1.2)
    l.cmd("AT+USOCR=17", ["+USOCR: 0"])
    l.cmd('AT+USOST=0,"192.0.2.9",5683,4,"ABCD"', ["+USOST: 0,4"])
    l.urc("+UUSORF: 0,6", dt=0.4)
    l.cmd("AT+USORF=0,6", ['+USORF: 0,"192.0.2.9",5683,6,"ABCDEF"'])
    l.cmd("AT+USOCL=0", tag="close")
    add(l, r_vscode)
    l.ok("verify-after-close", "close", VAC)

    # C30 SIM7000 mail quote of termite: CNACT async answered, retries with back-off on SMS
    l = Log("sim7000g_mail_termite_cmgs_retry.eml", "clean", "SIMCom SIM7000G", "email-quote+termite",
            "a mail quoting Termite: the first CMGS gets +CMS ERROR: 500 (network), the host waits 30 s and it goes through")
    l.cmd("AT+CMGF=1")
    l.send('AT+CMGS="+10000000002"', "alarm test", "+CMS ERROR: 500", prompt="> ", ctrlz=True, rt=3.0, tag="f")
    l.wait(30)
    l.cmd("AT+CREG?", ["+CREG: 0,1"])
    l.send('AT+CMGS="+10000000002"', "alarm test", "OK", prompt="> ", post=["+CMGS: 5"], ctrlz=True, rt=3.0)
    add(l, r_termite, [mail("Support <support@example.com>", "Mon, 7 Dec 2026 at 11:40")])
    l.ok("command-failed", "f", "handled with a registration check and a retry; arguable")
    l.ok("error-detail", "f", "+CMS ERROR carries a number; arguable advice")

    # C31 EG91 portmon clean
    l = Log("eg91_portmon_status_queries.log", "clean", "Quectel EG91-E", "portmon-log",
            "Portmon under a vendor tool: status queries every 10 s, all answered")
    l.cmd("ATE0")
    for i in range(3):
        l.cmd("AT+CSQ", ["+CSQ: 18,99"])
        l.cmd("AT+QNWINFO", ['+QNWINFO: "FDD LTE","00101","LTE BAND 20",6300'])
        l.wait(10)
    add(l, lambda x: r_portmon(x, proc="QNavigator.exe", dev="Serial5"))


def main():
    faults()
    clean()
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
        with open(os.path.join(LOGS, l.name), "w", encoding="utf-8", newline="") as f:
            f.write(l.eol.join(l.lines) + l.eol)
        n = len(l.lines)
        ent = {"expect": [], "acceptable": [], "module": l.module, "shape": l.shape,
               "verified": l.verified, "story": l.story}
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
        if l.eol != "\n" and (ent["expect"] or ent["acceptable"]):
            problems.append("%s: CR-only log carries line ranges" % l.name)
        if not l.txns:
            problems.append("%s: no transactions" % l.name)
        for t in ([] if "hex" in l.shape else l.txns):
            if not any(t["command"] in ln for ln in l.lines):
                problems.append("%s: command %r not rendered" % (l.name, t["command"]))
        verdicts[l.name] = ent
        labels[l.name] = {"transactions": l.txns, "total": len(l.txns), "has_transactions": bool(l.txns),
                          "shape": l.shape, "module": l.module, "verified": l.verified}
    on_disk = set(os.listdir(LOGS))
    if on_disk != set(verdicts) or on_disk != set(labels):
        problems.append("logs/ and labels differ")
    if not 44 <= len(ALL) <= 48:
        problems.append("log count %d outside 44..48" % len(ALL))
    with open(os.path.join(HERE, "verdicts.json"), "w", encoding="utf-8") as f:
        json.dump(verdicts, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    md = ["# holdout30 per log", "",
          "| log | printer | wrapper | module | situation | fault or clean | expect | acceptable |",
          "|---|---|---|---|---|---|---|---|"]
    for l in ALL:
        v = verdicts[l.name]
        if "+" in l.shape:
            wrapper, printer = l.shape.split("+", 1)
        else:
            printer, wrapper = l.shape, "none"
        md.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            l.name, printer, wrapper, l.module, l.story.replace("|", "/"),
            "fault" if l.kind == "fault" else "clean",
            "<br>".join("%s %d-%d" % (e["rule"], e["lines"][0], e["lines"][1]) for e in v["expect"]) or "-",
            "<br>".join("%s %d-%d" % (e["rule"], e["lines"][0], e["lines"][1]) for e in v["acceptable"]) or "-"))
    nf = sum(1 for l in ALL if l.kind == "fault")
    ne = sum(len(v["expect"]) for v in verdicts.values())
    na = sum(len(v["acceptable"]) for v in verdicts.values())
    nt = sum(len(v["transactions"]) for v in labels.values())
    summary = "%d logs (%d fault, %d clean); %d expected, %d acceptable, %d labelled transactions" % (
        len(ALL), nf, len(ALL) - nf, ne, na, nt)
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
