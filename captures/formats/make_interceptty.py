"""interceptty renderings of session.py (capture-formats.md 5.2).

interceptty 0.6 (davisRoman/interceptty be99654) dumpbuff(): one byte per
line, "< " for a byte sent to the backend device (host->modem), "> " and a
TAB for one received from it (modem->host), then "0x%02x", then " (%c)" only
for 33..126. The mumme74 fork (3b6fbbb) with -T puts "[%H:%M %S.%06ld] " in
front (a space between minutes and seconds, as it is in the source) and
names control bytes (" [CR]", " [LF]").

interceptty.log:        the plain dump (no time).
interceptty-t.log:      the fork with -T and named controls.
interceptty-late.log:   -T of the LATE session (completion-timeout).
interceptty-broken.log: one line of the dump with a broken hex byte.
interceptty-fork-t.log: the fork's -T as its dumpbuff() prints it: the
                        stamp glued to the direction before the first byte
                        of each read, as many blanks before its other
                        bytes, every byte named in parentheses (" ([CR])",
                        " (' ')").
interceptty-reversed.log: interceptty wired the other way round (the host's
                        UART is the backend device): '<' the modem's bytes,
                        '>' the host's.
interceptty-fork-e.log: the fork's -T -e 0x0a (dumpbuff() with use_eol_ch):
                        a line per read up to each LF, its bytes as
                        "%02x" and "(%s)", ':' between them."""
import os
from session import EVENTS, LATE, START, write
from make_mm_socat import lineno

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = {0x0D: "CR", 0x0A: "LF", 0x1A: "SUB", 0x1B: "ESC", 0x09: "TAB", 0x20: "SP"}


def stamp(t):
    s = START + t
    h, m, sec = int(s // 3600) % 24, int(s % 3600 // 60), s % 60
    us = int(round((sec - int(sec)) * 1e6))
    return "[%02d:%02d %02d.%06d] " % (h, m, int(sec), us)


def dump(events, fork=False):
    lines = []
    for (t, d, b) in events:
        for i, c in enumerate(b):
            head = "< " if d == "tx" else "> \t"
            tail = " (%c)" % c if 33 <= c <= 126 else (" [%s]" % NAMES[c] if fork and c in NAMES else "")
            # bytes of one read come a byte-time (87 us at 115200) apart
            lines.append((stamp(t + i * 0.000087) if fork else "") + head + "0x%02x" % c + tail)
    return "\n".join(lines) + "\n"


FORK = {0x20: "' '", 0x7F: "[DEL]"}
CTRL = ["NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF", "CR",
        "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB",
        "ESC", "FS", "GS", "RS", "US"]


def fork_repr(c):
    """the fork's char_repr(): a control byte's name in brackets, a blank quoted"""
    return "[%s]" % CTRL[c] if c < 32 else FORK.get(c, chr(c))


def dump_fork_t(events):
    lines = []
    for (t, d, b) in events:
        st = stamp(t)[:-1]                  # "[%s.%06ld]": no blank after it
        for i, c in enumerate(b):
            head = "< " if d == "tx" else "> \t"
            lines.append((st if i == 0 else " " * len(st)) + head + "0x%02x" % c +
                         " (%s)" % fork_repr(c))
    return "\n".join(lines) + "\n"


def dump_fork_e(events, eol=0x0a):
    # main() prints this to stdout when it reads -e: a redirected dump starts with it
    lines = ["# Using '%s' as end of line char" % fork_repr(eol)]
    for (t, d, b) in events:
        st = stamp(t)[:-1]
        cur, first = [], True
        for i, c in enumerate(b):
            cur.append("%02x(%s)" % (c, fork_repr(c)))
            if c == eol or i == len(b) - 1:
                head = "< " if d == "tx" else "> \t"
                lines.append((st if first else " " * len(st)) + head + ":".join(cur))
                cur, first = [], False
    return "\n".join(lines) + "\n"


def reversed_wiring(events):
    return [(t, "rx" if d == "tx" else "tx", b) for (t, d, b) in events]


if __name__ == "__main__":
    write(os.path.join(HERE, "interceptty-fork-t.log"), dump_fork_t(EVENTS).encode())
    write(os.path.join(HERE, "interceptty-reversed.log"), dump(reversed_wiring(EVENTS)).encode())
    write(os.path.join(HERE, "interceptty-fork-e.log"), dump_fork_e(EVENTS).encode())
    write(os.path.join(HERE, "interceptty.log"), dump(EVENTS).encode())
    write(os.path.join(HERE, "interceptty-t.log"), dump(EVENTS, True).encode())
    write(os.path.join(HERE, "interceptty-late.log"), dump(LATE, True).encode())
    s = dump(EVENTS)
    lines = s.split("\n")
    i = lineno(s, "0x43 (C)") - 1        # the C of AT+CPIN?
    lines[i] = lines[i].replace("0x43", "0xg3")
    write(os.path.join(HERE, "interceptty-broken.log"), "\n".join(lines).encode())
    print("interceptty-broken.log: line %d" % (i + 1))
