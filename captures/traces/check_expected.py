#!/usr/bin/env python3
"""Checks the answer key EXPECTED.json against the fixtures beside it, so it
cannot silently rot: its structure; every fixture and plain rendering
exists; the line count; every transaction's line exists and shows the
command (as text, or as the bytes of the hexdump record or CSV row that
starts there); every URC's line shows the URC (as text, as Zephyr modem_chat
tokens, or as bytes); an alt_line (the same bytes in the format's second
rendering) is the next line that shows it; host-log and application lines
exist, and no command line is host-log.

    python3 check_expected.py [DIR]     exit 0 if all hold, 1 and a list if not

It does not run atscope: the answer key is what a modem engineer reads in
the trace, not what the tool gives today."""

import json
import os
import html
import re
import sys

ANSI = re.compile(rb"\x1b\[[0-9;]*[A-Za-z]")
# (spaces loose: a row rejoined after a hard wrap lost its trimmed padding)
ZROW = re.compile(rb"^ +((?:[0-9a-f]{2} +)+)\|")
EROW = re.compile(rb"0x[0-9a-f]{8} +((?:[0-9a-f]{2} {1,2})*[0-9a-f]{2}) *\|")
GROW = re.compile(rb"(?:^|: )((?:[0-9A-F]{2}[\x20-\x7e][| ]){0,15}[0-9A-F]{2}[\x20-\x7e]?)(?: +\S|$)")
CSVR = re.compile(rb",(?:SENT|RECV),([0-9A-Fa-f]*)\r?$")
HEX2 = re.compile(rb"[0-9a-fA-F]{2}")
# a port monitor's CSV row ("IRP_MJ_WRITE";"41 54 ...") and a terminal's hex
# display row ("41 54 0D ", variants/csv-irp-export.log, realterm-hex-rows.log)
CSVQ = re.compile(rb'"(?:IRP_MJ_WRITE|IRP_MJ_READ|TX|RX|SENT|RECV)";"((?:[0-9A-Fa-f]{2} ?)+)"\r?$')
HEXROW = re.compile(rb"^((?:[0-9A-Fa-f]{2} )+[0-9A-Fa-f]{2}) ?\r?$")
# a write/read as hex pairs after TX: / RX: (variants/generic-hex-txrx.log)
HEXL = re.compile(rb"\b(?:TX|RX)\s*:((?: [0-9A-Fa-f]{2}){3,})\s*$")
# a low-level hook's write, one line per send_fn() call: lwgsm writes a
# command in pieces ("AT", the name, "=", ...), so the command's first line
# shows "AT" alone and the pieces up to the one with its line end show it
# (variants/lwgsm-ll-pieces.log)
# Node's inspect of a Buffer, a row per chunk (variants/node-buffer-*.log)
NODEBUF = re.compile(rb"<(?:Slow)?Buffer((?: [0-9a-f]{2})+)(?: \.\.\.[^>]*)?>")
# pyserial miniterm --filter debug: the keys typed, one [TX:'A'] token each,
# among the echo's tokens and the console's copy (variants/miniterm-debug.log)
MINITX = re.compile(rb"\[TX:'((?:[^'\\]|\\.)*)'\]")
LLTX = re.compile(rb'^\[(?:[A-Za-z][\w-]{0,11} )?TX\] \d+ bytes?: "((?:[^"\\]|\\.)*)"\r?$')
# usbmon's text API: an URB's data as words of four bytes after "="
# (variants/usbmon-ec25.log)
USBMON = re.compile(rb" [SC] B[io]:(?:\d+:)?\d+:\d+ -?\d+ \d+ = ((?:[0-9a-f]{2,8} ?)+)\r?$")
# slsnif's log: each byte as "A (065) ", a control byte by its name
# (variants/slsnif-sim800.log): the bytes are the numbers in parentheses
SLSNIF = re.compile(rb"^(?:Host   |Device )--> ((?:\S+ \(\d{3}\)(?: |$))+)\r?$")

# plain: null for a paste cut short (variants/): the wire it shows has no end
KEYS = {"format": str, "module": str, "profile": (str, type(None)), "plain": (str, type(None)),
        "lines": int, "lossy": str, "transactions": list, "urcs": list,
        "host_log_lines": int, "host_log": list, "app_lines": list}
TKEYS = {"line": int, "command": str, "final": (str, type(None)), "responses": list}


def row_bytes(line):
    """The bytes of one hexdump row (Zephyr, ESP-IDF, gammu) or CSV data
    cell, or None."""
    m = USBMON.search(line)
    if m:
        return bytes.fromhex(m.group(1).decode().replace(" ", ""))
    m = ZROW.match(line)
    if m:
        return bytes.fromhex(m.group(1).decode().replace(" ", ""))
    m = EROW.search(line)
    if m:
        return bytes.fromhex(m.group(1).decode().replace(" ", ""))
    m = CSVR.search(line)
    if m:
        return bytes.fromhex(m.group(1).decode())
    m = CSVQ.search(line) or HEXROW.match(line)
    if m:
        return bytes.fromhex(m.group(1).decode().replace(" ", ""))
    m = HEXL.search(line)
    if m:
        return bytes.fromhex(m.group(1).decode().replace(" ", ""))
    m = NODEBUF.search(line)
    if m:
        return bytes.fromhex(m.group(1).decode().replace(" ", ""))
    m = GROW.search(line)
    if m and len(m.group(1)) >= 3:
        cells = m.group(1)
        return bytes(int(cells[i:i + 2], 16) for i in range(0, len(cells) - 1, 4)
                     if HEX2.fullmatch(cells[i:i + 2]))
    return None


HEADER = re.compile(rb"(?:: (?:SENT DATA|SENT DIRECT DATA(?: \(truncated\))?|RECV)|"
                    rb"\) esp-modem: (?:writing|reading):|"   # an application's titles (variants/esp-legacy-*)
                    rb"(?:SENDING|RECEIVED) frame ?type 0x[0-9A-F]{2}/length 0x[0-9A-F]+/\d+)\r?$")


# Zephyr modem_cmux: a frame's header, its "data:" title, then rows; a reply
# cut into frames is read across the frames that follow
ZCMUX = re.compile(rb"<dbg> modem_cmux: (?:\w+: )?(?:(?:tx|rcvd) ch:\d+ cr:\d pf:\d type:\w+ dlen:\d+|"
                   rb"ch:\d+,cr:\d,pf:\d,type:\w+)\r?$")   # (the first version's, variants/)
ZDATA = re.compile(rb"<dbg> modem_cmux: (?:\w+: )?data:\r?$")
# esp_modem CMUX: a frame's bytes run on in the rows (and reads) after its first
ECMUX = re.compile(rb"\) CMUX Received: 0x")
# the USB DTE's usb_terminal rows: one hexdump's rows run on at address + 16
EUSB = re.compile(rb"\) usb_terminal: 0x([0-9a-f]+) ")


# a hexdump row cut before its ASCII column: it ends in its hex cells
HEADCUT = re.compile(rb"(?:^|\s)[0-9a-fA-F]{1,2} *\r?$")


# jpnevulator --timing-print: a time header (the tty after it when two are
# read), then %02X rows, with --ascii a tab and the characters after them
# (variants/jpnevulator-*): read only under such a header
JHEAD = re.compile(rb"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}:(?: \S+)?\r?$")
JROW = re.compile(rb"^((?:[0-9A-F]{2} )*[0-9A-F]{2})(?: *\t.*)?\r?$")


def titled(line):
    return HEADER.search(line) or ZCMUX.search(line) or ZDATA.search(line)


def pieces(a, b):
    """Two lines as one, as they are or with the space a paste trimmed."""
    return (a.rstrip(b"\r") + b, a.rstrip(b"\r") + b" " + b)


def title_at(lines, k):
    """A title cut in two at index k, joined; else None."""
    if k + 1 >= len(lines) or titled(lines[k]) or titled(lines[k + 1]):
        return None
    return next((j for j in pieces(lines[k], lines[k + 1]) if titled(j)), None)


WIDTHS = {}


def width_of(lines):
    """The width a terminal's hard wrap cut the file's lines at: the longest
    line's length, when at least three lines are that long; else 0."""
    key = id(lines)
    if key not in WIDTHS:
        lens = [len(l.rstrip(b"\r")) for l in lines]
        w = max(lens or [0])
        WIDTHS[key] = (lines, w if w >= 40 and lens.count(w) >= 3 else 0)
    return WIDTHS[key][1]


def unit(lines, k):
    """The logical line at index k (0-based) and how many physical lines it
    takes: a terminal's hard wrap (variants/*-wrap*) cuts a title or a
    hexdump row in two; the pieces joined as they are, or with the space a
    paste trimmed at the cut. A row cut in its ASCII column is whole; the
    column's rest on the next line is skipped."""
    a = lines[k]
    if k + 1 >= len(lines) or titled(a):
        return a, 1
    b = lines[k + 1]
    if title_at(lines, k):
        return title_at(lines, k), 2
    w = width_of(lines)
    if w and row_bytes(a) is None and len(a.rstrip(b"\r")) == w:
        # a text line cut at the width: its pieces up to one that is shorter
        j, u = a.rstrip(b"\r"), 1
        while k + u < len(lines):
            c = lines[k + u]
            if titled(c) or row_bytes(c) is not None or c.startswith((b"[", b"<")):
                break
            j += c.rstrip(b"\r") if len(c.rstrip(b"\r")) == w else c
            u += 1
            if len(c.rstrip(b"\r")) != w:
                break
        if u > 1:
            return j, u
    joins = pieces(a, b)
    if row_bytes(a) is None and b"|" not in a and HEADCUT.search(a) and \
            not (ZROW.match(b) or EROW.search(b)):
        for j in joins:
            if row_bytes(j) is not None:
                return j, 2
    elif row_bytes(b) is None and not titled(b) and k + 2 < len(lines) and \
            (row_bytes(lines[k + 2]) is not None or titled(lines[k + 2]) or
             title_at(lines, k + 2)) and b"|" in a and \
            len(b.rstrip(b"\r")) <= 17 and not b.startswith((b"[", b"<")):
        return a, 2
    return a, 1


def views(lines, n):
    """What line n (1-based) says: its text without ANSI colours, and its
    bytes: a hexdump row's or CSV cell's, or for a hexdump title line
    (Zephyr SENT DATA / RECV, gammu SENDING / RECEIVED frame) the rows
    under it."""
    line, used = unit(lines, n - 1)
    data = row_bytes(line)
    if data is not None and ECMUX.search(line):
        k = n - 1 + used
        while k < len(lines) and ECMUX.search(lines[k]):
            x, u = unit(lines, k)
            if row_bytes(x) is None:
                break
            data += row_bytes(x)
            k += u
    if data is None:
        data = b""
        if ZCMUX.search(line):
            k = n - 1 + used
            while k < len(lines):
                x, u = unit(lines, k)
                if not (ZCMUX.search(x) or ZDATA.search(x) or row_bytes(x) is not None):
                    break
                data += row_bytes(x) or b""
                k += u
        elif JHEAD.match(line):
            k = n
            while k < len(lines) and JROW.match(lines[k]):
                data += bytes.fromhex(JROW.match(lines[k]).group(1).decode().replace(" ", ""))
                k += 1
        elif HEADER.search(line):
            k = n - 1 + used
            while k < len(lines) and not HEADER.search(lines[k]):
                x, u = unit(lines, k)
                nb = row_bytes(x)
                if nb is None:
                    break
                data += nb
                k += u
    m = EUSB.search(line)
    if data is not None and m:
        k, addr = n - 1 + used, int(m.group(1), 16)
        while k < len(lines):
            x, u = unit(lines, k)
            m = EUSB.search(x)
            if not m or int(m.group(1), 16) != addr + 16 or row_bytes(x) is None:
                break
            data += row_bytes(x)
            addr += 16
            k += u
    text = ANSI.sub(b"", line)
    m = LLTX.match(line)
    if m:
        k, pieces_ = n, [m.group(1)]
        while b"\\r" not in pieces_[-1] and b"\\n" not in pieces_[-1] and k < len(lines) and LLTX.match(lines[k]):
            pieces_.append(LLTX.match(lines[k]).group(1))
            k += 1
        text += b"\n" + b"".join(pieces_)
    m = SLSNIF.match(line)
    if m:
        text += b"\n" + bytes(int(x) for x in re.findall(rb"\((\d{3})\)", m.group(1)))
    keys = MINITX.findall(line)
    if keys:
        text += b"\n" + b"".join(keys)
    # chat's caret notation (^M) decoded, so AT^M shows the command AT
    careted = re.sub(rb"\^([@-_?])", lambda m: bytes([m.group(1)[0] ^ 0x40]), text)
    # rsyslog's escaped control characters (#015) decoded likewise
    hashed = re.sub(rb"#([01][0-7]{2})", lambda m: bytes([int(m.group(1), 8)])
                    if int(m.group(1), 8) < 32 else m.group(0), text)
    # cat -v's carets at the line's end only (^M, ^J): Huawei's ^SYSCFGEX, ^MONI kept
    line_carets = re.sub(rb"(?:\^[MJ])+$", lambda m: m.group(0).replace(b"^M", b"\r").replace(b"^J", b"\n"), text)
    return [text, data + b"\n" + careted + b"\n" + hashed + b"\n" + line_carets]


def shows(lines, n, forms, word=False):
    """forms found on line n; word=True: as a whole command name (AT is not
    shown by AT+CSQ, U_AT_CLIENT or ATE0)."""
    text, raw = views(lines, n)
    # a page's HTML source (variants/html-*.log): its references decoded
    if b"&" in text:
        text += b"\n" + html.unescape(text.decode("latin-1")).encode("latin-1", "replace")
    for f in forms:
        if word:
            pat = re.compile(rb"(?<![_+])" + re.escape(f) +
                             (b"" if f.endswith(b"=") else rb"(?![A-Za-z0-9_+%#&*^?=$])"))
            if pat.search(text) or pat.search(raw):
                return True
        elif f in text or f in raw:
            return True
    return False


def zephyr_tokens(text):
    """modem_chat's rendering of a matched line: match + args joined by ' '."""
    m = re.match(r"([+%#^][A-Z0-9]+: )(.*)$", text)
    if not m:
        return None
    return m.group(1) + " " + " ".join(m.group(2).split(","))


def command_head(cmd):
    """The part every rendering shows on the command's first line: up to the
    first '=' (Mbed writes the parameters separately). Hexdumps are read
    from their hex cells, so a split ASCII column does not matter."""
    return cmd.split("=", 1)[0] + ("=" if "=" in cmd else "")


def check_alt(lines, item, n, forms, hostset, word=False):
    """alt_line: the same bytes in the format's second rendering (esp_modem's
    uart hexdump after the command_lib record, gammu's RECEIVED frame after
    the parsed lines): after line, showing it, the first such line."""
    alt = item.get("alt_line")
    if alt is None:
        return None
    if not isinstance(alt, int) or not n < alt <= len(lines) or alt in hostset:
        return "alt_line %r not after line %d, or host-log" % (alt, n)
    if not shows(lines, alt, forms, word):
        return "alt_line %d does not show it" % alt
    for k in range(n + 1, alt):
        if k not in hostset and shows(lines, k, forms, word):
            return "alt_line %d, but line %d shows it first" % (alt, k)
    return None


def check(d):
    errs = []
    try:
        exp = json.load(open(os.path.join(d, "EXPECTED.json"), encoding="utf-8"))
    except (OSError, ValueError) as e:
        return ["EXPECTED.json: %s" % e]
    if not isinstance(exp, dict) or not exp:
        return ["EXPECTED.json: not a non-empty object"]
    for name, e in exp.items():
        where = "EXPECTED.json[%s]" % name
        for k, ty in KEYS.items():
            if not isinstance(e.get(k), ty) or isinstance(e.get(k), bool):
                errs.append("%s: %s missing or not %s" % (where, k, ty))
        if errs:
            continue
        path = os.path.join(d, name)
        if not os.path.isfile(path):
            errs.append("%s: no such fixture" % where)
            continue
        if e["plain"] is not None and not os.path.isfile(os.path.join(d, e["plain"])):
            errs.append("%s: no plain rendering %s" % (where, e["plain"]))
        data = open(path, "rb").read()
        lines = data.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        if e["lines"] != len(lines):
            errs.append("%s: lines %d, file has %d" % (where, e["lines"], len(lines)))
        prev, prev_forms = 0, []
        hostset = set(x for x in e["host_log"] if isinstance(x, int))
        items = sorted([t["line"] for t in e["transactions"] if isinstance(t.get("line"), int)]
                       + [u["line"] for u in e["urcs"] if isinstance(u.get("line"), int)])
        for t in e["transactions"]:
            for k, ty in TKEYS.items():
                if not isinstance(t.get(k), ty) or isinstance(t.get(k), bool):
                    errs.append("%s: transaction %r: %s missing or not %s" % (where, t, k, ty))
                    break
            else:
                n = t["line"]
                if not 1 <= n <= len(lines):
                    errs.append("%s: line %d of %r out of range" % (where, n, t["command"]))
                    continue
                if n < prev:
                    errs.append("%s: line %d of %r before the previous command" %
                                (where, n, t["command"]))
                if not all(isinstance(r, str) for r in t["responses"]):
                    errs.append("%s: responses of %r not strings" % (where, t["command"]))
                head = command_head(t["command"]).encode("latin-1")
                forms = [head]
                # a trace that leaves out the AT its library writes (SparkFun's
                # "Command: +CSQ"): the rest of the command is what its line shows
                if not shows(lines, n, forms, word=True) and head[:2].upper() == b"AT" and \
                        shows(lines, n, [head[2:]], word=True):
                    forms = [head[2:]]
                if not shows(lines, n, forms, word=True):
                    errs.append("%s: line %d does not show %r" % (where, n, t["command"]))
                # the command's own line is the first that shows it after the
                # previous command (the library's status lines excepted; not
                # checked when the previous command is the same)
                for k in range(prev + 1, n if forms != prev_forms else prev + 1):
                    if k in hostset:
                        continue      # a status line may name the command
                    if shows(lines, k, forms, word=True):
                        errs.append("%s: %r shows first at line %d, not %d" %
                                    (where, t["command"], k, n))
                        break
                prev, prev_forms = n, forms
                bad_alt = check_alt(lines, t, n, forms, hostset, word=True)
                if bad_alt:
                    errs.append("%s: %r: %s" % (where, t["command"], bad_alt))
                if t.get("payload_end", "length") not in ("length", "ctrl-z") or \
                        ("payload_end" in t) != ("payload" in t):
                    errs.append("%s: payload/payload_end of %r" % (where, t["command"]))
        plain = b""
        if e["plain"] is not None and os.path.isfile(os.path.join(d, e["plain"])):
            plain = open(os.path.join(d, e["plain"]), "rb").read()
        pos = 0
        for t in e["transactions"] if e["plain"] is not None else []:
            if not isinstance(t.get("command"), str):
                continue
            for piece in ([t["command"]] + [r for r in t.get("responses", [])
                                            if isinstance(r, str)]
                          + ([t["final"]] if isinstance(t.get("final"), str) else [])):
                at = plain.find(piece.encode("latin-1"), pos)
                if at < 0:
                    errs.append("%s: %r of %r not in %s after byte %d" %
                                (where, piece, t["command"], e["plain"], pos))
                    break
                pos = at + len(piece)
        for u in e["urcs"]:
            if not isinstance(u.get("line"), int) or not isinstance(u.get("text"), str):
                errs.append("%s: urc %r malformed" % (where, u))
                continue
            n = u["line"]
            if not 1 <= n <= len(lines):
                errs.append("%s: urc line %d out of range" % (where, n))
                continue
            forms = [u["text"].encode("latin-1")]
            z = zephyr_tokens(u["text"])
            if z:
                forms.append(z.encode("latin-1"))
            if not shows(lines, n, forms):
                errs.append("%s: line %d does not show URC %r" % (where, n, u["text"]))
            if n in hostset:
                errs.append("%s: URC line %d is host-log" % (where, n))
            bad_alt = check_alt(lines, u, n, forms, hostset)
            if bad_alt:
                errs.append("%s: URC %r: %s" % (where, u["text"], bad_alt))
            before = max([x for x in items if x < n] or [0])
            for k in range(before + 1, n):
                if k in hostset:
                    continue
                if shows(lines, k, forms):
                    errs.append("%s: URC %r shows first at line %d, not %d" %
                                (where, u["text"], k, n))
                    break
        if e["host_log_lines"] != len(e["host_log"]):
            errs.append("%s: host_log_lines %d but %d listed" % (where, e["host_log_lines"],
                                                                 len(e["host_log"])))
        for k in ("host_log", "app_lines"):
            for n in e[k]:
                if not isinstance(n, int) or not 1 <= n <= len(lines):
                    errs.append("%s: %s line %r out of range" % (where, k, n))
        cmd_lines = {t["line"] for t in e["transactions"]}
        for n in e["host_log"]:
            if n in cmd_lines:
                errs.append("%s: line %d is both a command and host-log" % (where, n))
    fixtures = sorted(f for f in os.listdir(d) if f.endswith(".log"))
    for f in fixtures:
        if f not in exp:
            errs.append("%s: fixture without an entry in EXPECTED.json" % f)
    return errs


if __name__ == "__main__":
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errs = check(d)
    for e in errs:
        print("FAIL: " + e)
    sys.exit(1 if errs else 0)
