#!/usr/bin/env python3
"""Writes every trace fixture of this folder, its plain rendering
(plain/<name>) and the answer key EXPECTED.json, from the sessions in
sessions.py. Each render_* function follows the format strings of one
library (README.md names the file and function); it returns an Out whose
marks say on which line each command and URC landed.

    python3 make_traces.py           # rewrite the files
    python3 make_traces.py --check   # exit 1 if a file on disk differs

Python 3 standard library only; deterministic."""

import json
import os
import sys

sys.dont_write_bytecode = True      # run from the test suite: no __pycache__ in the tree
import sessions as S                # noqa: E402
from session import Out, mark_keys  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- helpers
def isprint(c):
    return 0x20 <= c < 0x7f


def ms(t):
    return int(round(t * 1000))


def split_chunks(data, cuts):
    """Cut bytes at the given offsets (a reader's read() boundaries)."""
    out, prev = [], 0
    for c in (cuts or []):
        out.append(data[prev:c])
        prev = c
    out.append(data[prev:])
    return [c for c in out if c]


def rx_lines(data):
    """Non-empty lines of a reply, split on CR/LF."""
    return [l for l in data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n") if l]


def hms(t, base=10 * 3600 + 20 * 60 + 30):
    s = base + t
    return int(s // 3600) % 24, int(s % 3600 // 60), s % 60


# ------------------------------------------------------------ 1. Mbed OS
MBED_COLOR = {"I": "\x1b[39m", "D": "\x1b[94m", "W": "\x1b[33m", "E": "\x1b[31m"}
MBED_TAG = {"I": "[INFO]", "D": "[DBG ]", "W": "[WARN]", "E": "[ERR ]"}


def mbed_esc(b):
    """ATHandler::debug_print(): printable as is, <cr>, <ln>, <%02X>."""
    out = ""
    for c in b:
        if isprint(c):
            out += chr(c)
        elif c == 13:
            out += "<cr>"
        elif c == 10:
            out += "<ln>"
        else:
            out += "<%02X>" % c
    return out


def render_mbed(s, color=False):
    o = Out()

    def line(t, lvl, msg, marks=(), host=False):
        # trace_time() prefix "[%08llums]", then mbed_vtracef's group tag
        body = "[%08dms]%s[%-4s]: %s" % (ms(t), MBED_TAG[lvl], "CELL", msg)
        if color:
            body = "\r\x1b[2K" + MBED_COLOR[lvl] + body + "\x1b[0m"
        o.write(body + "\n", t=t, marks=[(k, 0) for k in marks], host=host)

    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "log":
            line(t, ev["level"], ev["data"], host=True)
        elif ev["kind"] == "tx" and ev["role"] == "cmd":
            for i, w in enumerate(ev["writes"]):
                wb = w.encode()
                line(t + i // 5 * 0.001, "I", "AT TX (%2d): %s" % (len(wb), mbed_esc(wb)),
                     marks=[("t", ev["txn"])] if i == 0 else ())
        elif ev["kind"] == "tx":
            b = ev["data"]
            if len(b) > 60:
                # ATHandler::write(): the first 60 bytes, then the note
                line(t, "I", "AT TX (60): %s" % mbed_esc(b[:60]))
                line(t, "D", "write trace suppressed (total length %d)" % len(b), host=True)
            else:
                line(t, "I", "AT TX (%2d): %s" % (len(b), mbed_esc(b)))
        elif ev["kind"] == "rx":
            if ev.get("oob"):
                line(t, "D", "AT OoB readable 1, len 0", host=True)
            pos = 0
            for j, c in enumerate(split_chunks(ev["data"], ev.get("chunks"))):
                marks = [k for k, off in mark_keys(ev) if pos <= off < pos + len(c)]
                line(t + j * 0.004, "I", "AT RX (%2d): %s" % (len(c), mbed_esc(c)), marks=marks)
                pos += len(c)
            if ev.get("oob"):
                line(t + 0.001, "D", "AT OoB done", host=True)
    return o


# ------------------------------------------------------------ 2. Zephyr
def zts(t):
    us = int(round(t * 1e6))
    return "[%02d:%02d:%02d.%03d,%03d] " % (us // 3600000000, us // 60000000 % 60,
                                          us // 1000000 % 60, us // 1000 % 1000, us % 1000)


def zline(t, lvl, module, func, msg):
    return zts(t) + "<%s> %s: " % (lvl, module) + (func + ": " if func else "") + msg


# modem_cellular.c match definitions
ZCHAT_UNSOL = ["+CREG: ", "+CEREG: ", "+CGREG: "]


def zchat_argv_line(match, text):
    """modem_chat_log_received_command(): argv[0] (the match) and the
    separator-split arguments joined by single spaces."""
    rest = text[len(match):]
    args = rest.split(",") if match in ZCHAT_UNSOL else [rest]
    return " ".join([match] + args)


def render_zephyr_chat(s):
    o = Out()
    init = "u_blox_sara_r4_init_chat_script"
    dial = "u_blox_sara_r4_dial_chat_script"
    # script -> its commands (txn indices); catch-all = response read by a
    # MODEM_CHAT_MATCH("", "", ...) and followed by an empty-request step
    plan = {0: (init, "start"), 11: (init, "end"), 12: (dial, "start"), 13: (dial, "end")}
    none_resp = {0, 1}          # MODEM_CHAT_SCRIPT_CMD_RESP_NONE("AT", 100)
    catch_all = {9, 10}         # imei_match, cgmm_match
    state = {"step": 0, "script": None}

    def w(t, lvl, module, func, msg, marks=(), host=False):
        o.write(zline(t, lvl, module, func, msg) + "\n", t=t, marks=[(k, 0) for k in marks],
                host=host)

    def step(t):
        w(t, "dbg", "modem_chat", "modem_chat_script_next",
          "%s: step: %u" % (state["script"], state["step"]), host=True)
        state["step"] += 1

    w(s.t0 - 0.310, "dbg", "modem_cellular", "modem_cellular_log_state_changed",
      "switch from await power on to run init script", host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx":
            i = ev["txn"]
            if plan.get(i, (None, None))[1] == "start":
                state["script"], state["step"] = plan[i][0], 0
                w(t - 0.000061, "dbg", "modem_chat", "modem_chat_script_start",
                  "running script: %s" % state["script"], host=True)
            step(t - 0.000030)
            # the request without its delimiter (modem_chat_script_next)
            w(t, "dbg", "modem_chat", "modem_chat_script_next",
              "sending: %s" % ev["data"].rstrip(b"\r").decode(), marks=[("t", i)])
            if i in none_resp and not any(e["kind"] == "rx" and e.get("txn") == i
                                          for e in s.events):
                continue
        elif ev["kind"] == "rx":
            i = ev.get("txn")
            lines = rx_lines(ev["data"])
            for k, l in enumerate(lines):
                text = l.decode("latin-1")
                tt = t + k * 0.000061
                marks = [("u", ev["urc"])] if ev["role"] == "urc" else []
                m = next((u for u in ZCHAT_UNSOL if text.startswith(u)), None)
                if m:
                    w(tt, "dbg", "modem_chat", "modem_chat_log_received_command",
                      zchat_argv_line(m, text), marks=marks)
                elif i in catch_all and text != "OK":
                    # catch-all match: argv[0] = "" then the line
                    w(tt, "dbg", "modem_chat", "modem_chat_log_received_command", " " + text)
                    step(tt + 0.000030)
                elif text == "OK" and i not in none_resp and text != \
                        s.txns[i]["command"]:
                    w(tt, "dbg", "modem_chat", "modem_chat_log_received_command", "OK")
                    if plan.get(i, (None, None))[1] == "end":
                        w(tt + 0.000030, "dbg", "modem_chat", "modem_chat_script_stop",
                          "%s: complete" % state["script"], host=True)
                        w(tt + 0.000100, "dbg", "modem_cellular", "modem_cellular_log_event",
                          "event script success", host=True)
                        w(tt + 0.000150, "dbg", "modem_cellular",
                          "modem_cellular_log_state_changed",
                          "switch from run init script to connect cmux", host=True)
                else:
                    # no handler matched: logged verbatim
                    w(tt, "dbg", "modem_chat", "modem_chat_on_unknown_command_received", text,
                      marks=marks)
            if i == 13:
                # allow_match has no "+CME ERROR": the script times out
                w(t + 10.0, "wrn", "modem_chat", None, "%s: timed out" % dial, host=True)
                w(t + 10.000120, "dbg", "modem_cellular", "modem_cellular_log_event",
                  "event script failed", host=True)
    return o


def zhex_rows(data, indent):
    """log_output.c hexdump_line_print(): 16 bytes a row, "%02x " cells with
    an extra space before cell 8, "|", then 16 ASCII cells with the same
    extra space, space-padded, no closing bar."""
    rows = []
    for off in range(0, len(data), 16):
        chunk = data[off:off + 16]
        r = " " * indent
        for i in range(16):
            if i > 0 and i % 8 == 0:
                r += " "
            r += ("%02x " % chunk[i]) if i < len(chunk) else "   "
        r += "|"
        for i in range(16):
            if i > 0 and i % 8 == 0:
                r += " "
            r += (chr(chunk[i]) if isprint(chunk[i]) else ".") if i < len(chunk) else " "
        rows.append(r)
    return rows


ZCMD_MATCHES = ["OK", "ERROR", "+CME ERROR: ", "+CSQ: ", "+QIOPEN: ", "SEND OK",
                '+QIURC: "recv",']


def render_zephyr_cmd(s):
    """CRLF line ends, as the UART backend of log_output.c writes them."""
    o = Out()
    nl = "\r\n"
    indent = len(zts(0.0) + "<dbg> modem_cmd_handler: ")

    def hexdump(t, func, title, data, marks=()):
        o.write(zline(t, "dbg", "modem_cmd_handler", func, title) + nl, t=t,
                marks=[(k, 0) for k in marks])
        for r in zhex_rows(data, indent):
            o.write(r + nl, t=t)

    def dbg(t, func, msg):
        o.write(zline(t, "dbg", "modem_cmd_handler", func, msg) + nl, t=t, host=True)

    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            # the \r EOL is never dumped ("Print the EOL only if it is not \r")
            hexdump(t, "modem_cmd_send_ext", "SENT DATA", ev["data"].rstrip(b"\r"),
                    marks=[("t", ev["txn"])])
        elif ev["kind"] == "tx":
            hexdump(t, "modem_cmd_send_data_nolock", "SENT DIRECT DATA", ev["data"])
        else:
            data = ev["data"]
            if data.endswith(b"> "):
                for k, l in enumerate(rx_lines(data[:-2])):
                    hexdump(t, "cmd_handler_process_rx_buf", "RECV", l)
                # the prompt is matched in the raw buffer and only named: the
                # format reads this line as the modem's '>', not as host log
                o.write(zline(t + 0.000120, "dbg", "modem_cmd_handler", "cmd_handler_process_rx_buf",
                              "match direct cmd [>] (ret:1)") + nl, t=t + 0.000120)
                continue
            for k, l in enumerate(rx_lines(data)):
                tt = t + k * 0.000180
                marks = [("u", ev["urc"])] if ev["role"] == "urc" else []
                hexdump(tt, "cmd_handler_process_rx_buf", "RECV", l, marks=marks)
                text = l.decode("latin-1")
                m = next((c for c in ZCMD_MATCHES if text.startswith(c)), None)
                if m is not None:
                    dbg(tt + 0.000060, "cmd_handler_process_rx_buf",
                        "match cmd [%s] (len:%d)" % (m, len(l)))
    return o


# ------------------------------------------------------------ 2b. CMUX (3GPP TS 27.010)
def cmux_fcs(b):
    """TS 27.010 5.2.1.6: CRC-8 (reflected 0xE0) from 0xFF, sent as 0xFF - crc."""
    crc = 0xFF
    for x in b:
        crc ^= x
        for _ in range(8):
            crc = (crc >> 1) ^ 0xE0 if crc & 1 else crc >> 1
    return 0xFF - crc


def cmux_frame(dlci, ctrl, data=b"", cr=0):
    """One basic-option frame: flag, address (EA, C/R, DLCI), control,
    length (one byte: every payload here is under 128), information, FCS
    (over the header; for all but UIH over the information too), flag."""
    hdr = bytes([0xF9, (dlci << 2) | (cr << 1) | 1, ctrl, (len(data) << 1) | 1])
    fcs = cmux_fcs(hdr[1:] + (b"" if ctrl & 0xEF == 0xEF else data))
    return hdr, data, bytes([fcs, 0xF9])


# an LCP Configure-Request and the modem's, in PPP's async framing
PPP_TX = bytes.fromhex("7eff7d23c0217d217d217d207d347d227d267d207d207d207d207d257d26"
                       "5a1c3b9e7d277d227d287d22e1d77e")
PPP_RX = bytes.fromhex("7eff7d23c0217d217d217d207d387d227d267d207d207d207d207d237d24"
                       "c0237d257d26a3f1c2077d277d227d287d2294e67e")
ZCMUX_MSC = bytes([0xE3, 0x05, 0x07, 0x8D])   # MSC command: DLCI 1, RTC RTR DV


def render_zephyr_cmux(s):
    """modem_cmux_log_frame(): "%s ch:%u cr:%u pf:%u type:%s dlen:%u" (tx /
    rcvd) and, for a frame with data, LOG_HEXDUMP_DBG(data, len, "data:");
    modem_cmux_log_transmit_command() / _received_command(): "ea:%u,cr:%u,
    type:%s". modem_chat logs the same exchange as its requests and the
    lines it matched: only before the multiplexer starts are they the wire's
    sole record. modem_chat writes the request and its delimiter as two
    transmits: two frames."""
    o = Out()
    nl = "\r\n"
    indent = len(zts(0.0) + "<dbg> modem_cmux: ")
    state = dict(cmux=False)

    def w(t, module, func, msg, marks=(), host=False, lvl="dbg"):
        o.write(zline(t, lvl, module, func, msg) + nl, t=t, marks=[(k, 0) for k in marks],
                host=host)

    def frame(t, act, ch, cr, pf, typ, data=b"", marks=(), host=False):
        w(t, "modem_cmux", "modem_cmux_log_frame", "%s ch:%d cr:%d pf:%d type:%s dlen:%d"
          % (act, ch, cr, pf, typ, len(data)), marks=marks, host=host)
        if data:
            w(t, "modem_cmux", "modem_cmux_log_frame", "data:")
            for r in zhex_rows(data, indent):
                o.write(r + nl, t=t)

    def command(t, func, cr, name):
        w(t, "modem_cmux", func, "ea:1,cr:%d,type:%s" % (cr, name), host=True)

    def rx_frames(t, ev, dlci):
        data = ev["data"]
        cuts = ev.get("chunks") or ev.get("split") or []
        start = 0
        for j, c in enumerate(split_chunks(data, cuts)):
            mk = [k for k, off in mark_keys(ev) if start <= off < start + len(c)]
            frame(t + j * 0.000400, "rcvd", dlci, 0, 0, "UIH", c, marks=mk)
            start += len(c)

    def chat_lines(t, data):
        for k, l in enumerate(rx_lines(data)):
            w(t + 0.000200 + k * 0.000060, "modem_chat", "modem_chat_log_received_command",
              l.decode("latin-1"), host=state["cmux"])

    dlci_of = {}
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "log" and ev["data"] == "cmux":
            state["cmux"] = True
            frame(t, "tx", 0, 1, 1, "SABM", host=True)
            frame(t + 0.021, "rcvd", 0, 1, 1, "UA", host=True)
            w(t + 0.021050, "modem_cmux", "modem_cmux_on_control_frame_ua", "CMUX connected",
              host=True)
            for d in (1, 2):
                tt = t + 0.030 * d
                w(tt, "modem_cmux", "modem_cmux_dlci_open_handler", "Opening: %d" % d, host=True)
                frame(tt, "tx", d, 1, 1, "SABM", host=True)
                frame(tt + 0.019, "rcvd", d, 1, 1, "UA", host=True)
                w(tt + 0.019050, "modem_cmux", "modem_cmux_on_dlci_frame_ua", "DLCI %d opened" % d,
                  host=True)
                msc = bytes([0xE3, 0x05, (d << 2) | 3, 0x8D])
                frame(tt + 0.019100, "tx", 0, 1, 0, "UIH", msc, host=True)
                command(tt + 0.019110, "modem_cmux_log_transmit_command", 1, "MSC")
                frame(tt + 0.024, "rcvd", 0, 0, 0, "UIH", msc, host=True)
                command(tt + 0.024010, "modem_cmux_log_received_command", 1, "MSC")
                ack = bytes([0xE1]) + msc[1:]
                frame(tt + 0.024100, "tx", 0, 0, 0, "UIH", ack, host=True)
                command(tt + 0.024110, "modem_cmux_log_transmit_command", 0, "MSC")
        elif ev["kind"] == "log" and ev["data"] == "ppp":
            w(t, "modem_ppp", "modem_ppp_pipe_callback", "pipe opened", host=True)
            frame(t + 0.001, "tx", 1, 1, 0, "UIH", PPP_TX, host=True)
            frame(t + 0.160, "rcvd", 1, 0, 0, "UIH", PPP_RX, host=True)
        elif ev["kind"] == "tx":
            text = ev["data"].rstrip(b"\r").decode("latin-1")
            d = ev.get("dlci")
            dlci_of[ev["txn"]] = d
            w(t, "modem_chat", "modem_chat_script_next", "sending: %s" % text,
              marks=[("t", ev["txn"])] if d is None else [], host=state["cmux"])
            if d is not None:
                frame(t + 0.000050, "tx", d, 1, 0, "UIH", ev["data"][:-1],
                      marks=[("t", ev["txn"])])
                frame(t + 0.000120, "tx", d, 1, 0, "UIH", b"\r")
        elif ev["kind"] == "rx":
            d = dlci_of.get(ev.get("txn")) if ev["role"] != "urc" else ev.get("dlci")
            if d is None:
                # before the multiplexer: modem_chat's matched line is all there is
                mk = [("u", ev["urc"])] if ev["role"] == "urc" else []
                for k, l in enumerate(rx_lines(ev["data"])):
                    w(t + k * 0.000060, "modem_chat", "modem_chat_log_received_command",
                      l.decode("latin-1"), marks=mk if k == 0 else [])
                continue
            rx_frames(t, ev, d)
            chat_lines(t, ev["data"])
    return o


def render_esp_cmux(s):
    """CMux::write(): per frame ESP_LOG_BUFFER_HEXDUMP("Send", header, 4),
    ("Send", data, len), ("Send", FCS + flag, 2), VERBOSE; CMux::init()'s
    SABM frames go straight to the terminal, undumped. CMux::on_cmux_data():
    ESP_LOG_BUFFER_HEXDUMP("CMUX Received", data, actual_len, VERBOSE) per
    read, then ESP_LOGD("CMUX", "Payload frame: dlci:%02x type:%02x
    payload:%d available:%d") each time the parser reaches a frame's
    payload. command_lib's D lines print the same exchange (host-log once
    frames are seen). Each record ends with the reset colour."""
    o = Out()
    addrs = [0x3fcab6c4, 0x3fcab76c, 0x3fcab7a4]
    rx_base = 0x3fcb0a4c
    n_tx = [0]

    def rec(t, level, tag, text, marks=(), host=False):
        body = "%s (%d) %s: %s" % (level, ms(t), tag, text)
        o.write((body + ESP_RESET + "\n").encode("latin-1"), t=t,
                marks=[(k, 0) for k in marks], host=host)

    def dump(t, tag, data, addr, mark_at=None, host=False):
        """Rows of one hexdump; mark_at: {byte offset: [keys]} marks the row
        holding that byte; returns the line of each row."""
        lines = []
        for r, row in enumerate(esp_rows(data, addr)):
            mk = [k for off, keys in (mark_at or {}).items() if r * 16 <= off < r * 16 + 16
                  for k in keys]
            lines.append(o.line_at())
            rec(t, "V", tag, row, marks=mk, host=host and r == 0)
        return lines

    def send(t, dlci, data, marks=(), host=False):
        hdr, body, tail = cmux_frame(dlci, 0xEF, data)
        for part, mk, h in ((hdr, None, host), (body, {0: list(marks)}, False), (tail, None, False)):
            dump(t, "Send", part, addrs[n_tx[0] % 3], mark_at=mk, host=h)
            n_tx[0] += 1

    def received(t, raw, frames, cuts, marks=None, host=False):
        """raw: the frames' bytes; frames: (start offset, dlci, ctrl, payload
        length); reads cut raw at cuts. marks: {raw offset: [keys]}."""
        start = 0
        for j, c in enumerate(split_chunks(raw, cuts)):
            tt = t + j * 0.020
            mk = {off - start: keys for off, keys in (marks or {}).items()
                  if start <= off < start + len(c)}
            dump(tt, "CMUX Received", c, rx_base + start, mark_at=mk, host=host)
            for fs, dlci, ctrl, plen in frames:
                pay = fs + 4
                if start <= max(pay, fs) < start + len(c) or (pay < start < pay + plen):
                    at = max(pay, start)
                    rec(tt, "D", "CMUX", "Payload frame: dlci:%02x type:%02x payload:%d "
                        "available:%d" % (dlci, ctrl, pay + plen - at, start + len(c) - at),
                        host=True)
            start += len(c)

    dlci_cmd = 1
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "log" and ev["data"] == "sabm":
            for d in range(3):
                hdr, body, tail = cmux_frame(d, 0x73, cr=1)
                raw = hdr + body + tail
                received(t + d * 0.030, raw, [(0, d, 0x73, 0)], [], host=True)
        elif ev["kind"] == "log" and ev["data"] == "ppp":
            send(t, 2, PPP_TX, host=True)
            raw = b"".join(cmux_frame(2, 0xEF, PPP_RX))
            received(t + 0.160, raw, [(0, 2, 0xEF, len(PPP_RX))], [], host=True)
        elif ev["kind"] == "tx":
            rec(t, "D", "command_lib", "generic_command command %s\n" % ev["data"].decode("latin-1"),
                host=True)
            send(t + 0.001, dlci_cmd, ev["data"], marks=[("t", ev["txn"])])
        else:
            raw = b"".join(cmux_frame(dlci_cmd, 0xEF, ev["data"]))
            marks = {}
            for k, off in mark_keys(ev):
                marks.setdefault(4 + off, []).append(k)
            received(t, raw, [(0, dlci_cmd, 0xEF, len(ev["data"]))], ev.get("chunks"), marks)
            if ev["role"] != "urc":
                text = ev["data"].decode("latin-1")
                rec(t + 0.001, "D", "command_lib", "Response: %s\n" % text, host=True)
    return o


# ------------------------------------------------------------ 3. ESP-IDF
ESP_RESET = "\x1b[0m"


def esp_rows(data, addr):
    """log_buffer_hexdump_line(): one line per 16 bytes, address, " %02x"
    cells with an extra space before cells 0 and 8, "  |chars|"."""
    rows = []
    for off in range(0, len(data), 16):
        chunk = data[off:off + 16]
        r = "0x%08x " % (addr + off)
        for i in range(16):
            if i % 8 == 0:
                r += " "
            r += (" %02x" % chunk[i]) if i < len(chunk) else "   "
        r += "  |" + "".join(chr(c) if 32 <= c <= 126 else "." for c in chunk) + "|"
        rows.append(r)
    return rows


def render_esp(s, only_hex=False, esphome=False):
    """esp_modem command_lib records (raw CR/LF inside, the reset colour on a
    line of its own) and the uart-tx / uart-rx hexdumps. esphome=True: the
    ESPHome logger around it (see README: inferred layering)."""
    o = Out()
    tx_addr = [0x3fcab6c4, 0x3fcab76c, 0x3fcab7a4]
    rx_base = 0x3fcb0a4c

    def hms_ms(t):
        h, m, sec = hms(t)
        return "[%02d:%02d:%06.3f]" % (h, m, sec)

    def rec(t, tag, text, marks=(), host=False, app=False, level="D"):
        """One ESP_LOGx record; text may hold raw CR/LF. Records end with
        the reset colour and "\\n"; a user format ending in \\n leaves the
        reset on a line of its own."""
        body = "%s (%d) %s: %s" % (level, ms(t), tag, text)
        if esphome:
            # ESPHome trims trailing whitespace, prefixes its own header on
            # the first line and the CLI's time on every line
            body = body.rstrip("\r\n ")
            phys = body.split("\n")
            out = "[D][esp-idf:000]: " + phys[0]
            out = "\n".join([hms_ms(t) + out] + [hms_ms(t) + p for p in phys[1:]]) + "\n"
            o.write(out.encode("latin-1"), t=t, marks=[(k, off + len(hms_ms(t)) + 18 +
                                                         len(body) - len(text) if off >= 0
                                                         else 0) for k, off in marks],
                    host=host, app=app)
            return
        color = "\x1b[0;32m" if level == "I" else ""
        full = color + body + ESP_RESET + "\n"
        pre = len(color) + len(body) - len(text)
        # the reset colour alone on the last line belongs to the record
        o.write(full.encode("latin-1"), t=t, marks=[(k, pre + off) for k, off in marks],
                host=host, app=app)

    def hexrows(t, tag, data, addr, marks=()):
        for r, row in enumerate(esp_rows(data, addr)):
            mk = [k for k, off in marks if r * 16 <= off < r * 16 + 16]
            rec(t, tag, row, marks=[(k, 0) for k in mk])

    if not only_hex:
        if esphome:
            o.write(hms_ms(s.t0 - 0.5) + "[I][modem:107]: Modem initialization started\n",
                    t=s.t0 - 0.5, app=True)
        else:
            rec(s.t0 - 0.5, "pppos_example", "Initializing esp_modem for the SIM7600 module...",
                level="I", app=True)
    n_tx = 0
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx":
            text = ev["data"].decode("latin-1")
            if not only_hex:
                # ESP_LOGD(TAG, "%s command %s\n", __func__, command): the same
                # bytes as the uart-tx rows after it, which are lossless
                rec(t, "command_lib", "generic_command command %s\n" % text,
                    marks=[(("t", ev["txn"]), len("generic_command command "))])
                mk = [(("t2", ev["txn"]), 0)]
            else:
                mk = [(("t", ev["txn"]), 0)]
            hexrows(t + 0.001, "uart-tx", ev["data"], tx_addr[n_tx % 3], marks=mk)
            n_tx += 1
        else:
            consumed = 0
            for j, c in enumerate(split_chunks(ev["data"], ev.get("chunks"))):
                tt = t + j * 0.040
                mk = [(k, off - consumed) for k, off in mark_keys(ev)
                      if consumed <= off < consumed + len(c)]
                hexrows(tt, "uart-rx", c, rx_base + consumed, marks=mk)
                consumed += len(c)
                if not only_hex and ev["role"] != "urc" and b"\n" in c:
                    # the callback sees the whole DTE buffer: cumulative
                    buf = ev["data"][:consumed].decode("latin-1")
                    rec(tt + 0.001, "command_lib", "Response: %s\n" % buf)
    if not only_hex:
        if esphome:
            o.write(hms_ms(s.t + 0.1) + "[I][modem:281]: Modem switched to data mode\n",
                    t=s.t + 0.1, app=True)
        else:
            rec(s.t + 0.1, "pppos_example", "Modem Connect to PPP Server", level="I", app=True)
    return o


# ------------------------------------------------------------ 3b. legacy ESP-IDF esp_modem
# esp_log.h (CONFIG_LOG_COLORS): LOG_COLOR_E/W/I, none for D and V
ESP_COLOR = {"E": "\x1b[0;31m", "W": "\x1b[0;33m", "I": "\x1b[0;32m", "D": "", "V": ""}


def esp_tokens(data):
    """esp_dte_handle_line(): strtok_r(line, "\n") (empty tokens skipped,
    each keeps its CR), tokens that are only CR/LF not handled."""
    return [p for p in data.split(b"\n") if p and p.strip(b"\r\n")]


def render_esp_legacy(s):
    """LOG_FORMAT(letter, format): colour, "%c (%u) %s: ", the message,
    LOG_RESET_COLOR, "\n". esp_modem.c: "Sending command:%s" (the command
    with its own CR), "Handling line: >>%s\n<<" per token (a second
    physical line "<<" + reset), "No handler for line: %s",
    "handle line failed" (the default handler refuses the echo); the
    example's modem_event_handler prints ESP_MODEM_EVENT_UNKNOWN's data,
    which is the read buffer up to strtok's first cut."""
    o = Out()

    def rec(t, lvl, tag, text, marks=(), host=False, app=False):
        head = "%s%s (%d) %s: " % (ESP_COLOR[lvl], lvl, ms(t), tag)
        o.write((head + text + ESP_RESET + "\n").encode("latin-1"), t=t,
                marks=[(k, len(head) + off) for k, off in marks], host=host, app=app)

    def line(t, tok, marks=()):
        pre = "Handling line: >>"
        rec(t, "D", "esp-modem", pre + tok.decode("latin-1") + "\n<<",
            marks=[(k, len(pre) + off) for k, off in marks])

    read_start = b""
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx":
            pre = "Sending command:"
            rec(t, "D", "esp-modem", pre + ev["data"].decode("latin-1"),
                marks=[(("t", ev["txn"]), len(pre))])
        elif ev["kind"] == "log":
            rec(t, ev["level"], ev["tag"], ev["data"], host=True)
        elif ev["kind"] == "app":
            rec(t, ev["level"], ev["tag"], ev["data"], app=True)
        elif ev["role"] == "urc":
            # handle_line was cleared between the caller's check and the
            # loop's: the line is logged, then refused
            tok = esp_tokens(ev["data"])[0]
            line(t, tok, marks=[(k, off - ev["data"].find(tok)) for k, off in mark_keys(ev)])
            rec(t, "D", "esp-modem", "No handler for line: %s" % tok.decode("latin-1"), host=True)
            first = (read_start if ev.get("same_read") else ev["data"]).split(b"\n")[0]
            rec(t + 0.001, "W", "pppos_example",
                "Unknown line received: %s" % first.decode("latin-1"), app=True)
        else:
            read_start = ev["data"]
            refused = None
            for k, tok in enumerate(esp_tokens(ev["data"])):
                line(t + k * 0.001, tok)
                if k == 0 and tok.endswith(b"\r\r"):
                    # the echo: esp_modem_dce_handle_response_default() finds
                    # neither OK nor ERROR in it
                    rec(t + k * 0.001, "E", "esp-modem", "handle line failed", host=True)
                    refused = ev["data"].split(b"\n")[0]
            if refused is not None:
                rec(t + 0.002, "W", "pppos_example",
                    "Unknown line received: %s" % refused.decode("latin-1"), app=True)
    return o


# ------------------------------------------------------------ 4. TinyGSM
def render_tinygsm(s):
    """StreamDebugger: every byte written, and every byte the library reads
    at the moment it reads it, into one undirected stream; DBG() lines and
    the sketch's prints in between. Line ends are the raw CR LF."""
    o = Out()
    fifo = bytearray()
    pending = []                  # (waits, ) still to run on the fifo
    evs = s.events
    pushed = set()
    marks_at = {}                 # fifo offset (absolute) -> mark key
    fifo_base = [0]               # absolute offset of fifo[0]

    def push(idx):
        ev = evs[idx]
        if idx in pushed:
            return
        pushed.add(idx)
        for k, off in mark_keys(ev):
            marks_at[fifo_base[0] + len(fifo) + off] = k
        fifo.extend(ev["data"])

    def consume(n, t):
        chunk = bytes(fifo[:n])
        marks = [(k, a - fifo_base[0]) for a, k in marks_at.items()
                 if fifo_base[0] <= a < fifo_base[0] + n]
        o.write(chunk, t=t, marks=marks)
        del fifo[:n]
        fifo_base[0] += n

    def run(waits, t, upto):
        for w in waits:
            if isinstance(w, tuple):
                o.write("[%d] %s\r\n" % (ms(t), w[1]), t=t, host=True)
                continue
            tok = w.encode()
            read = b""
            while not read.endswith(tok):
                while not fifo:
                    # the modem's later bytes: pull them in
                    nxt = next(k for k in range(upto, len(evs))
                               if evs[k]["kind"] == "rx" and k not in pushed)
                    push(nxt)
                read += fifo[:1]
                consume(1, t)

    def flush(t, upto):
        while pending:
            run(pending.pop(0), t, upto)

    for idx, ev in enumerate(evs):
        t = ev["t"]
        if ev["kind"] == "rx":
            push(idx)
            continue
        flush(t, idx)
        if ev["kind"] == "log":
            o.write("[%d] %s\r\n" % (ms(t), ev["data"]), t=t, host=True)
        elif ev["kind"] == "app":
            o.write(ev["data"], t=t, app=True)
        elif ev["role"] == "cmd":
            o.write(ev["data"], t=t, marks=[(("t", ev["txn"]), 0)])
            pending.append(ev["waits"])
        else:
            o.write(ev["data"], t=t)
            cmd = next(e for e in evs if e["kind"] == "tx" and e.get("txn") == ev["txn"]
                       and e["role"] == "cmd")
            pending.append(cmd["pwaits"])
    flush(s.t, len(evs))
    return o


# ------------------------------------------------------------ 5. ubxlib
def render_ubx(s, stamped=False):
    """printAt(): no direction; CR printed as LF, LF dropped, other
    non-printables as [%02x]. stamped: uAtClientTimestampSet(0) relative
    stamps "%04d/%02d/%02d %02d:%02d:%02d.%03d: " at every read and after
    every LF, and at a write that follows the delimiter write.
    Not stamped: uAtClientDebugSet(true) status lines."""
    o = Out()
    state = {"new_send": True}

    def stamp(t):
        us = ms(t)
        return "0000/01/01 %02d:%02d:%02d.%03d: " % (us // 3600000, us // 60000 % 60,
                                                  us // 1000 % 60, us % 1000)

    def print_at(data, t, sending, marks=()):
        ts = True
        if sending:
            ts = state["new_send"]
            state["new_send"] = False
            if data == b"\r":
                ts = False
                state["new_send"] = True
        out = b""
        offs = {}
        for i, c in enumerate(data):
            if ts and stamped:
                out += stamp(t).encode()
            ts = False
            offs[i] = len(out)
            if not isprint(c):
                if c == 13:
                    out += b"\n"
                elif c == 10:
                    ts = True
                else:
                    out += b"[%02x]" % c
            else:
                out += bytes([c])
        o.write(out, t=t, marks=[(k, offs.get(off, 0)) for k, off in marks])

    def status(t, msg):
        if not stamped:
            o.write("U_AT_CLIENT_0-0: %s\n" % msg, t=t, host=True)

    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            # the command, then the delimiter in its own write
            print_at(ev["data"][:-1], t, True, marks=[(("t", ev["txn"]), 0)])
            print_at(b"\r", t, True)
            if s.txns[ev["txn"]]["final"] is None:
                status(t + 1.0, "timeout.")
                status(t + 1.0, "AT error -10.")
        elif ev["kind"] == "tx":
            print_at(ev["data"], t, True)
        else:
            if ev["role"] == "urc":
                status(t, "possible URC data readable %d, already buffered 0." % len(ev["data"]))
            print_at(ev["data"], t, False, marks=mark_keys(ev))
            if ev["role"] == "urc":
                status(t + 0.002, "URC checking done.")
            final = s.txns[ev["txn"]]["final"] if ev.get("txn") is not None else None
            if final and final.startswith("+CME ERROR: ") and ev["role"] == "reply":
                status(t + 0.001, "CME/CMS error code %s." % final.split(": ")[1])
                status(t + 0.001, "AT error -10.")
    return o


# ------------------------------------------------------------ 6. gammu
def gammu_rows(data):
    """debug.c DumpMessage(): 16 cells of 4 columns in an 80-column
    space-filled buffer ("%02X", the char or a space, '|'), the ASCII column
    from column 64; printed whole, trailing spaces kept."""
    rows = []
    buf = [" "] * 80
    j = 0
    for i, c in enumerate(data):
        h = "%02X" % c
        buf[j * 4], buf[j * 4 + 1], buf[j * 4 + 2] = h[0], h[1], " "
        ok = isprint(c) and c not in (0x09, 0x01, 0x85, 0x95, 0xA6, 0xB7)
        if ok:
            buf[j * 4 + 2] = chr(c)
            buf[60 + j + 4] = chr(c)
        else:
            buf[60 + j + 4] = "."
        if j != 15 and i != len(data) - 1:
            buf[j * 4 + 3] = "|"
        if j == 15:
            rows.append("".join(buf))
            buf = [" "] * 80
            j = 0
        else:
            j += 1
    if j != 0:
        rows.append("".join(buf))
    return rows


def gammu_lines(data):
    """SplitLines(..., "\\x0D\\x0A", ...): runs of CR/LF separate lines."""
    return [l.decode("latin-1") for l in data.replace(b"\n", b"\r").split(b"\r") if l]


GAMMU_STATE = {"OK": 1, "CONNECT": 2, "ERROR": 3, "> ": 7}


def gammu_reply_state(line):
    if line.startswith("+CME ERROR:"):
        return 6
    if line.startswith("+CMS ERROR:"):
        return 5
    return GAMMU_STATE.get(line, 4)


def render_gammu(s, smsd=False):
    """smsd=False: `gammu --debug textalldate` to a file. smsd=True: the
    same library text through gammu-smsd into syslog ("gammu: " + line)."""
    o = Out()
    day = "Mon 2024/01/15"

    def pre(t):
        h, m, sec = hms(t, base=10 * 3600 + 20 * 60 + 30 if not smsd else 9 * 3600 + 5 * 60)
        if smsd:
            return "Jan 15 %02d:%02d:%02d sms-gw gammu-smsd[1432]: gammu: " % (h, m, int(sec))
        return "%s %02d:%02d:%02d: " % (day, h, m, int(sec))

    def w(t, text, marks=(), host=False):
        o.write(pre(t) + text + "\n", t=t, marks=[(k, 0) for k in marks], host=host)

    def dump(t, head, data, marks=()):
        w(t, "%s type 0x00/length 0x%02X/%d" % (head, len(data), len(data)), marks=marks)
        for r in gammu_rows(data):
            w(t, r)

    if smsd:
        for txt in ["Configuring Gammu SMSD...",
                    "CommTimeout=30, SendTimeout=30, ReceiveFrequency=15, ResetFrequency=0, "
                    "HardResetFrequency=0"]:
            o.write("Jan 15 09:04:58 sms-gw gammu-smsd[1432]: %s\n" % txt, t=-2, app=True)
    else:
        for txt in ['[Gammu            - 1.42.0]', '[Connection       - "at"]',
                    '[Model type       - ""]', '[Device           - "/dev/ttyUSB0"]',
                    '[Running on       - Linux, kernel 6.1.0-18-amd64]']:
            w(-0.2, txt, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx":
            dump(t, "SENDING frame", ev["data"],
                 marks=[("t", ev["txn"])] if ev["role"] == "cmd" else ())
            continue
        # ATGEN_DispatchMessage(): the parsed lines, the checked line and the
        # reply state come before GSM_DispatchMessage() dumps the frame
        lines = gammu_lines(ev["data"])
        for n, l in enumerate(lines):
            mk = [("u", ev["urc"])] if ev["role"] == "urc" and n == 0 else []
            w(t, '%d "%s"' % (n + 1, l), marks=mk)
        w(t, "Checking line: %s" % lines[-1], host=True)
        w(t, "AT reply state: %d" % gammu_reply_state(lines[-1]), host=True)
        dump(t, "RECEIVED frame", ev["data"],
             marks=[("u2", ev["urc"])] if ev["role"] == "urc" else ())
        if smsd and ev["role"] == "reply" and b"+CMGS: 42" in ev["data"]:
            h, m, sec = hms(t, base=9 * 3600 + 5 * 60)
            o.write("Jan 15 %02d:%02d:%02d sms-gw gammu-smsd[1432]: SMS sent on device: "
                    '"/dev/ttyUSB0" status=0, reference=42\n' % (h, m, int(sec)), t=t,
                    app=True)
    return o


# ------------------------------------------------------------ 7. python-gsmmodem
def render_pygsm(s):
    o = Out()

    def w(text, t, marks=(), host=False):
        o.write(text + "\n", t=t, marks=[(k, 0) for k in marks], host=host)

    w("INFO: Connecting to modem on port /dev/ttyUSB2 at 115200bps", s.t0 - 0.05, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx":
            # GsmModem.write(): logged before the terminator is added
            data = ev["data"].rstrip(b"\r").rstrip(b"\x1a").decode("latin-1")
            w("DEBUG: write: %s" % data, t,
              marks=[("t", ev["txn"])] if ev["role"] == "cmd" else ())
        else:
            # SerialComms._readLoop(): split on CR LF, empty lines dropped; the
            # list printed with %s, i.e. repr() of each str
            data = ev["data"]
            parts = [p.decode("latin-1") for p in data.split(b"\r\n") if p]
            kind = "notification" if ev["role"] == "urc" else "response"
            w("DEBUG: %s: %s" % (kind, repr(parts)), t,
              marks=[("u", ev["urc"])] if ev["role"] == "urc" else ())
    return o


# ------------------------------------------------------------ 8. pppd chat
def caret(b):
    """vfmtmsg() %v: ^X for controls and DEL, M- for bytes >= 0x80, TAB raw."""
    out = ""
    for c in b:
        if c >= 0x80:
            out += "M-"
            c -= 0x80
        if c == 0x09:
            out += "\t"
        elif c < 0x20 or c == 0x7f:
            out += "^" + chr(c ^ 0x40)
        else:
            out += chr(c)
    return out


def chat_messages(s):
    """The messages chat -v hands to syslog, with their times and pids:
    two runs of the connect script (the first aborted on ERROR)."""
    msgs = []          # (t, pid, text, mark, kind) kind: host / None

    def m(t, pid, text, mark=None, host=False):
        msgs.append((t, pid, text, mark, host))

    runs = [(0, 2, 812), (3, 6, 845)]
    leftover = b""
    seen = set()
    for first, last, pid in runs:
        t0 = s.txns and next(e["t"] for e in s.events if e.get("txn") == first)
        for a in ["BUSY", "NO CARRIER", "ERROR"]:
            m(t0 - 0.002, pid, "abort on (%s)" % a, host=True)
        m(t0 - 0.001, pid, "timeout set to 30 seconds", host=True)
        m(t0 - 0.001, pid, "expect ()", host=True)
        m(t0 - 0.001, pid, "got it", host=True)
        for i in range(first, last + 1):
            tx = next(e for e in s.events if e["kind"] == "tx" and e["txn"] == i)
            rx = next(e for e in s.events if e["kind"] == "rx" and e.get("txn") == i)
            m(tx["t"], pid, "send (%s)" % caret(tx["data"]), mark=("t", i))
            expect = "CONNECT" if i == last and pid == 845 else "OK"
            m(tx["t"] + 0.001, pid, "expect (%s)" % expect, host=True)
            # URCs that arrived since: read by this expect, after the leftover
            data, umarks = leftover, []
            for e in s.events:
                if e["kind"] == "rx" and e["role"] == "urc" and id(e) not in seen and \
                        e["t"] < rx["t"]:
                    seen.add(id(e))
                    umarks.append((len(data) + e["data"].find(e["text"].encode()),
                                   ("u", e["urc"])))
                    data += e["data"]
            data += rx["data"]
            # get_string(): a message at every LF (without it), the text
            # before the match, then " -- got it" / " -- failed"
            final = s.txns[i]["final"].encode()
            stop = data.index(final, len(data) - len(rx["data"])) + len(final)
            got, leftover = data[:stop], data[stop:]
            pos = 0
            segs = got.split(b"\n")
            for k, seg in enumerate(segs):
                if seg or k < len(segs) - 1:
                    mk = next((key for off, key in umarks if pos <= off < pos + len(seg) + 1),
                              None)
                    m(rx["t"], pid, caret(seg), mark=mk)
                pos += len(seg) + 1
            if s.txns[i]["final"] == "ERROR":
                m(rx["t"], pid, " -- failed", host=True)
                m(rx["t"], pid, "Failed (ERROR)", host=True)
                break
            m(rx["t"], pid, " -- got it", host=True)
        if pid == 845:
            m(s.t, pid, "send (\\c)".replace("\\c", ""), host=True)
    return msgs


def render_chat(s, shape):
    """shape: syslog (Debian rsyslog file), journal (journalctl -o
    short-precise), openwrt (logread)."""
    o = Out()
    base = 10 * 3600 + 20 * 60 + 30

    def stamp(t):
        h, m, sec = hms(t, base)
        if shape == "syslog":
            return "Jan 15 %02d:%02d:%02d gw " % (h, m, int(sec))
        if shape == "journal":
            return "Jan 15 %02d:%02d:%09.6f gw " % (h, m, sec)
        return "Mon Jan 15 %02d:%02d:%02d 2024 " % (h, m, int(sec))

    def tag(prog, pid, fac="local2.info"):
        if shape == "openwrt":
            return "%s %s[%d]: " % (fac, prog, pid)
        return "%s[%d]: " % (prog, pid)

    def pppd(t, text):
        o.write(stamp(t) + tag("pppd", 811, "daemon.notice") + text + "\n", t=t, app=True)

    pppd(-0.05, "pppd 2.4.9 started by root, uid 0")
    run = 812
    for (t, pid, text, mark, host) in chat_messages(s):
        if pid != run:
            pppd(t - 0.2, "Connect script failed")
            run = pid
        o.write(stamp(t) + tag("chat", pid) + text + "\n", t=t,
                marks=[(mark, 0)] if mark else (), host=host)
    pppd(s.t + 0.05, "Serial connection established.")
    pppd(s.t + 0.06, "Using interface ppp0")
    return o


# ------------------------------------------------------------ 9. serialport-gsm
def render_spgsm(s):
    """lib/functions/modem.js: `Modem Write: ${command}` (CR not logged; the
    Ctrl-Z of an SMS body raw), every piece of a CR LF split logged as
    `Modem Received: ${part}`, empty ones too."""
    o = Out()
    buf = b""

    def w(text, t, marks=(), host=False):
        o.write(text + "\n", t=t, marks=[(k, 0) for k in marks], host=host)

    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx":
            text = ev["data"].rstrip(b"\r").decode("latin-1")
            w("Modem Write: %s" % text, t,
              marks=[("t", ev["txn"])] if ev["role"] == "cmd" else ())
            continue
        buf += ev["data"]
        if b"\r\n" not in buf:
            continue          # the prompt waits in the buffer (no CR LF)
        parts = buf.split(b"\r\n")
        buf = parts.pop()     # the last partial piece is kept
        first = True
        for p in parts:
            for q in p.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n"):
                text = q.decode("latin-1")
                mk = [("u", ev["urc"])] if ev["role"] == "urc" and text == ev["text"] else []
                w("Modem Received: %s" % text, t, marks=mk)
                if ev["role"] == "reply" and first and ev.get("txn") is not None and \
                        text == s.txns[ev["txn"]]["command"]:
                    w("Activate Message Processing for: %s" % text, t, host=True)
                first = False
        if ev["role"] == "reply" and ev.get("txn") is not None and \
                s.txns[ev["txn"]]["final"] is not None and \
                ev["data"].endswith(s.txns[ev["txn"]]["final"].encode() + b"\r\n"):
            w("Call callback for: %s" % s.txns[ev["txn"]]["command"], t, host=True)
    return o


# ------------------------------------------------------------ 10. chan_dongle
def render_dongle(s):
    """at_queue.c / at_read.c debug through Asterisk's file logger: the
    written command raw in brackets, then per read() every unconsumed byte of
    the ring buffer raw in brackets (several physical lines)."""
    o = Out()
    ring = bytearray()
    widx = [0]
    ridx = [0]

    def pre(t, src):
        h, m, sec = hms(t)
        return "[Jan 15 %02d:%02d:%02d] DEBUG[2851] %s: [dongle0] " % (h, m, int(sec), src)

    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx":
            cmd = s.txns[ev["txn"]]["command"]
            o.write(pre(t, "at_queue.c") + "write command '%s' expected response 'OK' "
                    "length %d\n" % (cmd, len(ev["data"])), t=t, host=True)
            o.write((pre(t, "at_queue.c") + "[").encode() + ev["data"] + b"]\n", t=t,
                    marks=[(("t", ev["txn"]), len(pre(t, "at_queue.c")) + 1)])
            continue
        chunks = split_chunks(ev["data"], ev.get("chunks"))
        pos = 0
        for c in chunks:
            widx[0] += len(c)
            ring.extend(c)
            o.write(pre(t, "at_read.c") + "receive %d byte, used %d, free %d, read %d, "
                    "write %d\n" % (len(c), len(ring), 4096 - len(ring), ridx[0] % 4096,
                                     widx[0] % 4096), t=t, host=True)
            start = len(ring) - len(c)          # where this read's bytes begin
            head = (pre(t, "at_read.c") + "[").encode()
            mk = [(k, len(head) + start + off - pos) for k, off in mark_keys(ev)
                  if pos <= off < pos + len(c)]
            o.write(head + bytes(ring) + b"]\n", t=t, marks=mk)
            pos += len(c)
            # at_read_result_iov(): whole lines are taken out of the buffer
            cut = ring.rfind(b"\n") + 1
            ridx[0] += cut
            del ring[:cut]
        if ev["role"] == "reply":
            txn = s.txns[ev["txn"]]
            real = "OK" if txn["final"] == "OK" else "+CME ERROR"
            o.write(pre(t, "at_queue.c") + "remove command '%s' expected response 'OK' real "
                    "'%s' cmd 1/1 flags 0x00 from queue\n" % (txn["command"], real), t=t,
                    host=True)
    return o


# ------------------------------------------------------------ 11. generic shapes
def wire_records(s):
    """(t, dir, bytes, ev) per write/read, for the generic line shapes."""
    for ev in s.events:
        if ev["kind"] in ("tx", "rx"):
            yield ev["t"], ev["kind"], ev["data"], ev


def lines_of(data):
    """Text lines of one write/read: CR LF framing removed, a prompt kept."""
    return [l.decode("latin-1") for l in data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
            .split(b"\n") if l]


def render_generic(s, shape):
    o = Out()
    for t, d, data, ev in wire_records(s):
        for k, text in enumerate(lines_of(data)):
            mk = []
            if d == "tx" and ev["role"] == "cmd" and k == 0:
                mk = [("t", ev["txn"])]
            if d == "rx" and ev["role"] == "urc" and text == ev["text"]:
                mk = [("u", ev["urc"])]
            h, m, sec = hms(t)
            if shape == "arrows":
                line = ("-> " if d == "tx" else "<- ") + text
            elif shape == "gtlt":
                line = (">> " if d == "tx" else "<< ") + text
            elif shape == "reversed":
                # a router daemon: "<--" is what it sends, "-->" what it got
                line = "Mon Jan 15 %02d:%02d:%02d 2024 daemon.debug modemd[1630]: %s %s" % (
                    h, m, int(sec), "<--" if d == "tx" else "-->", text)
            elif shape == "txrx":
                line = "%02d:%02d:%06.3f  %s %s" % (h, m, sec, "TX:" if d == "tx" else "RX:", text)
            elif shape == "sendrecv":
                line = "%s %s" % ("SEND" if d == "tx" else "RECV", text)
            o.write(line + "\n", t=t, marks=[(x, 0) for x in mk])
    return o


# ------------------------------------------------------------ 11b. a pyserial script
def readlines(data):
    """Serial.readline(): up to and including each LF."""
    out, pos = [], 0
    while pos < len(data):
        end = data.find(b"\n", pos)
        end = len(data) if end < 0 else end + 1
        out.append(data[pos:end])
        pos = end
    return out


def render_pyserial(s, writes=True):
    """print('>>', cmd) after each ser.write(cmd) (writes=True), print(line)
    for every ser.readline(): str(bytes) is repr(): b'...' (b"..." when the
    bytes hold ' and no "), \\r \\n \\t as escapes, other non-printables
    \\xNN; the script's own prints as they are."""
    o = Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "app":
            o.write(ev["data"] + "\n", t=t, app=True)
        elif ev["kind"] == "timeout":
            o.write(repr(b"") + "\n", t=t)
        elif ev["kind"] == "tx":
            if writes:
                o.write(">> " + repr(ev["data"]) + "\n", t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            for k, l in enumerate(readlines(ev["data"])):
                mk = []
                if not writes and ev["role"] == "reply" and k == 0 and \
                        l.startswith(s.txns[ev["txn"]]["command"].encode("latin-1") + b"\r"):
                    mk = [("t", ev["txn"])]          # the echo shows the command
                if ev["role"] == "urc" and ev["text"].encode("latin-1") in l:
                    mk = [("u", ev["urc"])]
                o.write(repr(l) + "\n", t=t, marks=[(x, 0) for x in mk])
    return o


# ------------------------------------------------------------ 12. layers
def relayer(inner, fn, head=(), tail=()):
    """Applies fn(line_bytes, lineno, time) to every physical line of an Out,
    with head/tail lines around; marks and line lists follow."""
    o = Out()
    shift = len(head)
    for h in head:
        o.buf += h + b"\n"
    for n, l in enumerate(inner.lines(), 1):
        o.buf += fn(l, n, inner.times.get(n)) + b"\n"
    for tl in tail:
        o.buf += tl + b"\n"
    o.marks = {k: v + shift for k, v in inner.marks.items()}
    o.host = [n + shift for n in inner.host]
    o.apps = [n + shift for n in inner.apps]
    o.times = {n + shift: v for n, v in inner.times.items()}
    return o


def arduino_quote(inner, s):
    """Arduino IDE 1.x serial monitor (timestamps on: "HH:mm:ss.SSS -> " at
    each LF-terminated line), then a markdown quote on every line."""
    last = [None]

    def fn(l, n, t):
        t = last[0] if t is None else t
        last[0] = t
        h, m, sec = hms(t, base=14 * 3600 + 2 * 60)
        return b"> " + ("%02d:%02d:%06.3f -> " % (h, m, sec)).encode() + l
    return relayer(inner, fn)


def journal_chat(s):
    """journalctl -o short-precise (no other layer) is pppd-chat-journal.log;
    this one is a journal with chat inside a systemd unit running pppd
    (`pppd call lte`), hostname and unit fields, as journalctl -o
    short-iso-precise prints it."""
    o = Out()
    base = 10 * 3600 + 20 * 60 + 30
    for (t, pid, text, mark, host) in chat_messages(s):
        h, m, sec = hms(t, base)
        line = "2024-01-15T%02d:%02d:%09.6f+01:00 edge-gw chat[%d]: %s" % (h, m, sec, pid, text)
        o.write(line + "\n", t=t, marks=[(mark, 0)] if mark else (), host=host)
    return o


def fence_indent_ansi(s):
    """A raw echo-on session pasted in an issue: a ``` fence, the session
    4-space indented, ANSI colours left in by the terminal (green for the
    typed command, reset after), the error line wrapped in **bold**."""
    o = Out()
    o.write("Here is what I get on the SLM UART:\n", t=0)
    o.write("\n", t=0)
    o.write("```\n", t=0)
    data = s.plain()
    for ev in s.events:
        if ev["kind"] != "rx":
            continue
        for k, raw in enumerate(ev["data"].split(b"\r\n")):
            text = raw.decode("latin-1")
            if ev["role"] == "reply" and k == 0 and text.endswith("\r"):
                # the echo line, coloured
                line = "    \x1b[32m" + text[:-1] + "\x1b[0m"
                o.write(line + "\n", t=ev["t"], marks=[(("t", ev["txn"]), 0)])
                continue
            if not text:
                continue
            mk = [("u", ev["urc"])] if ev["role"] == "urc" and text == ev["text"] else []
            if text == "ERROR":
                line = "    **\x1b[31mERROR\x1b[0m**"
            else:
                line = "    " + text
            o.write(line + "\n", t=ev["t"], marks=[(x, 0) for x in mk])
    o.write("```\n", t=s.t)
    o.write("\n", t=s.t)
    o.write("The connect fails every time, any idea?\n", t=s.t)
    assert data
    return o


def csv_logger(s):
    """A serial-logger CSV export (Digi XCTU console log style):
    Date,ID,Type,Data with SENT/RECV and the bytes as a hex string; the
    session record quoted because it holds a comma."""
    o = Out()
    o.write("Date,ID,Type,Data\n", t=0)
    o.write('2024-01-15 10:20:29.812,0,SESSION,"Port COM7, 115200 8N1"\n', t=0, host=True)
    n = 1
    for t, d, data, ev in wire_records(s):
        h, m, sec = hms(t)
        mk = []
        if d == "tx" and ev["role"] == "cmd":
            mk = [(("t", ev["txn"]), 0)]
        if d == "rx" and ev["role"] == "urc":
            mk = [(("u", ev["urc"]), 0)]
        o.write("2024-01-15 %02d:%02d:%06.3f,%d,%s,%s\n" % (h, m, sec, n, "SENT" if d == "tx"
                                                           else "RECV", data.hex().upper()),
                t=t, marks=mk)
        n += 1
    return o


# ------------------------------------------------------------ fixtures
def F(name, session, render, chain, lossy="", plain=None):
    return dict(name=name, session=session, render=render, chain=chain, lossy=lossy,
                plain=plain or name)


FIXTURES = [
    F("mbed-trace.log", "mbed", lambda s: render_mbed(s), "mbed-trace",
      "TX bytes beyond 60 in one write are not shown (write trace suppressed (total length "
      "63)): the last 3 payload bytes are known only by count; the plain rendering holds all 63"),
    F("mbed-trace-color.log", "mbed", lambda s: render_mbed(s, color=True),
      "ansi > mbed-trace", "as mbed-trace.log", plain="mbed-trace.log"),
    F("zephyr-modem-chat.log", "zephyr_chat", lambda s: render_zephyr_chat(s), "zephyr-log > modem_chat",
      "received lines are argv tokens: CR/LF, empty lines and the ',' separators are gone "
      "(rebuilt as match + args joined by ','); the CR delimiter of each request is not shown"),
    F("zephyr-cmd-handler.log", "zephyr_cmd", lambda s: render_zephyr_cmd(s),
      "zephyr-log > modem_cmd_handler",
      "the \\r EOL of SENT DATA is never dumped; RECV dumps one line without its CR LF; the "
      "prompt is only a 'match direct cmd [>]' line (read as the modem's prompt)"),
    F("esp-modem.log", "esp", lambda s: render_esp(s), "esp-idf-log > esp_modem",
      "none with the uart hexdumps; Response: records are cumulative (the CSQ reply is "
      "printed twice)"),
    F("esp-modem-hexdump.log", "esp", lambda s: render_esp(s, only_hex=True),
      "esp-idf-log > esp-hexdump", "none", plain="esp-modem.log"),
    F("tinygsm-streamdebugger.log", "tinygsm", lambda s: render_tinygsm(s),
      "tinygsm-dbg + streamdebugger",
      "no direction; TX bytes sit where the library read, not where they crossed the wire "
      "(OKAT+CPIN?, stale CR LF after a command)"),
    F("ubxlib.log", "ubx", lambda s: render_ubx(s), "ubxlib-printat",
      "no direction; CR and CR LF both print as one LF; the payload's control bytes as [%02x]"),
    F("ubxlib-stamped.log", "ubx", lambda s: render_ubx(s, stamped=True),
      "ubxlib-printat (timestamped)", "as ubxlib.log", plain="ubxlib.log"),
    F("gammu.log", "gammu", lambda s: render_gammu(s), "gammu-textalldate", "none (hex dumps)"),
    F("gammu-smsd-syslog.log", "smsd", lambda s: render_gammu(s, smsd=True),
      "syslog > gammu-smsd > gammu-textall", "none (hex dumps)"),
    F("python-gsmmodem.log", "pygsm", lambda s: render_pygsm(s), "python-logging > python-gsmmodem",
      "CR LF framing and empty lines gone; the CR / Ctrl-Z terminator of a write is not logged"),
    F("pppd-chat-syslog.log", "chat", lambda s: render_chat(s, "syslog"), "syslog > chat",
      "the LF ending each received line is not logged (rebuilt)"),
    F("pppd-chat-journal.log", "chat", lambda s: render_chat(s, "journal"),
      "journal-short-precise > chat", "as pppd-chat-syslog.log", plain="pppd-chat-syslog.log"),
    F("pppd-chat-openwrt.log", "chat", lambda s: render_chat(s, "openwrt"), "openwrt-logread > chat",
      "as pppd-chat-syslog.log", plain="pppd-chat-syslog.log"),
    F("serialport-gsm.log", "spgsm", lambda s: render_spgsm(s), "serialport-gsm",
      "CR / LF framing; the prompt (no CR LF) is logged only when the next CR LF arrives, after the SMS body was written"),
    F("chan-dongle.log", "dongle", lambda s: render_dongle(s), "asterisk-file > chan_dongle",
      "none, but a partly read line is printed again with the next read (COPS)"),
    F("generic-arrows.log", "generic", lambda s: render_generic(s, "arrows"), "generic-arrows",
      "CR LF framing (one line per line)"),
    F("generic-txrx.log", "generic", lambda s: render_generic(s, "txrx"), "generic-txrx",
      "CR LF framing", plain="generic-arrows.log"),
    F("generic-sendrecv.log", "generic", lambda s: render_generic(s, "sendrecv"),
      "generic-sendrecv", "CR LF framing", plain="generic-arrows.log"),
    F("router-reversed-arrows.log", "generic", lambda s: render_generic(s, "reversed"),
      "openwrt-logread > reversed-arrows", "CR LF framing", plain="generic-arrows.log"),
    F("generic-gtlt.log", "generic", lambda s: render_generic(s, "gtlt"), "generic-gtlt",
      "CR LF framing", plain="generic-arrows.log"),
    F("layered-quote-arduino-mbed.log", "mbed", lambda s: arduino_quote(render_mbed(s), s),
      "markdown-quote > arduino-monitor > mbed-trace", "as mbed-trace.log",
      plain="mbed-trace.log"),
    F("layered-esphome-espmodem.log", "esp", lambda s: render_esp(s, esphome=True),
      "esphome-cli > esphome-logger > esp-idf-log > esp_modem",
      "as esp-modem.log; ESPHome trims each record's trailing CR/LF", plain="esp-modem.log"),
    F("layered-journal-chat.log", "chat", lambda s: journal_chat(s),
      "journal-short-iso-precise > chat", "as pppd-chat-syslog.log",
      plain="pppd-chat-syslog.log"),
    F("layered-fence-indent-ansi.log", "raw", lambda s: fence_indent_ansi(s),
      "markdown-fence > indent > emphasis > ansi > raw", "CR LF framing (a paste)"),
    F("layered-csv-logger.log", "generic", lambda s: csv_logger(s), "csv-serial-logger",
      "none (hex strings)", plain="generic-arrows.log"),
    F("zephyr-modem-cmux.log", "zephyr_cmux", lambda s: render_zephyr_cmux(s),
      "zephyr-log > modem_cmux + modem_chat",
      "none for the frames' information fields (the hexdumps show them whole); FCS and flags "
      "are not logged; before the multiplexer only modem_chat's tokens (the CMUX command)"),
    F("esp-modem-cmux.log", "esp_cmux", lambda s: render_esp_cmux(s),
      "esp-idf-log > esp_modem CMUX",
      "none for the frames dumped; the SABM frames CMux::init() writes are not dumped (their UA "
      "replies are)"),
    F("esp-modem-legacy.log", "esp_legacy", lambda s: render_esp_legacy(s),
      "ansi > esp-idf-log > esp-modem-legacy",
      "received bytes only as the lines strtok_r() cut at LF: each keeps its CR, the LF and "
      "the lines that are only CR/LF are gone; a line read while no command waits is not "
      "logged at DEBUG (SMS Ready is, by a race)"),
    F("pyserial-print.log", "pyserial", lambda s: render_pyserial(s), "python-bytes",
      "none for the bytes (repr is exact); no time; the echo and the >> line show the command "
      "twice"),
    F("pyserial-readline.log", "pyserial", lambda s: render_pyserial(s, writes=False),
      "python-bytes", "the writes are not printed: each command is known by its echo",
      plain="pyserial-print.log"),
]


def build_all():
    """-> {relative path: bytes}"""
    files, expected = {}, {}
    cache = {}
    for fx in FIXTURES:
        if fx["session"] not in cache:
            cache[fx["session"]] = S.ALL[fx["session"]]()
        s = cache[fx["session"]]
        s.t0 = next(e["t"] for e in s.events)
        o = fx["render"](s)
        data = bytes(o.buf)
        files[fx["name"]] = data
        plain_name = "plain/" + fx["name"]
        files[plain_name] = s.plain()
        missing = [("t", i) for i in range(len(s.txns)) if ("t", i) not in o.marks]
        missing += [("u", i) for i in range(len(s.urcs)) if ("u", i) not in o.marks]
        assert not missing, (fx["name"], missing)
        txns = []
        for i, x in enumerate(s.txns):
            d = dict(line=o.marks[("t", i)], command=x["command"], final=x["final"],
                     responses=x["responses"])
            if ("t2", i) in o.marks:
                d["alt_line"] = o.marks[("t2", i)]
            if "payload" in x:
                p = x["payload"]
                d["payload"], d["payload_end"] = (p[:-1], "ctrl-z") if p.endswith("\x1a") \
                    else (p, "length")
            if "completion" in x:
                d["completion"] = x["completion"]
            txns.append(d)
        urcs = []
        for i, u in enumerate(s.urcs):
            d = dict(line=o.marks[("u", i)], text=u["text"])
            if ("u2", i) in o.marks:
                d["alt_line"] = o.marks[("u2", i)]
            urcs.append(d)
        expected[fx["name"]] = dict(
            format=fx["chain"], module=s.module, profile=s.profile, plain=plain_name,
            lines=len(o.lines()), transactions=txns,
            urcs=urcs, host_log_lines=len(o.host), host_log=o.host, app_lines=o.apps,
            lossy=fx["lossy"])
    files["EXPECTED.json"] = dump_expected(expected).encode()
    return files


def dump_expected(expected):
    """JSON with one transaction / URC per line, so a diff shows which one
    changed."""
    j = lambda v: json.dumps(v, ensure_ascii=True)
    out = ["{"]
    names = list(expected)
    for n, name in enumerate(names):
        e = expected[name]
        out.append(" %s: {" % j(name))
        for k in ("format", "module", "profile", "plain", "lines", "lossy"):
            out.append("  %s: %s," % (j(k), j(e[k])))
        for k in ("transactions", "urcs"):
            items = ["   " + j(x) for x in e[k]]
            out.append("  %s: [%s%s%s]," % (j(k), "\n" if items else "", ",\n".join(items),
                                            "\n  " if items else ""))
        out.append("  %s: %s," % (j("host_log_lines"), j(e["host_log_lines"])))
        out.append("  %s: %s," % (j("host_log"), j(e["host_log"])))
        out.append("  %s: %s" % (j("app_lines"), j(e["app_lines"])))
        out.append(" }" + ("," if n + 1 < len(names) else ""))
    out.append("}")
    return "\n".join(out) + "\n"


def main():
    check = "--check" in sys.argv
    bad = 0
    for rel, data in sorted(build_all().items()):
        path = os.path.join(HERE, rel)
        if check:
            try:
                same = open(path, "rb").read() == data
            except OSError:
                same = False
            if not same:
                print("differs: %s" % rel)
                bad = 1
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
    sys.exit(bad)


if __name__ == "__main__":
    main()
