"""Timestamp-prefixed terminal logs (the tsline reader) rendered from
session.py, each the way one tool writes it. Sources: capture-formats.md
(the research note) sections 2.2 (tio), 2.3 (minicom), 2.6 (Tera Term),
2.7 (RealTerm), 2.8 (CoolTerm), 2.9 (Arduino / PlatformIO); the details of
each rendering are at its function. All of these tools log what the modem
sent (the RX side): the commands are visible through the modem's echo
(ATE1), and the host's +MIPSEND payload shows after the "> " prompt as in
session.plain() (the terminal echoed it). Times: the session's clock is
local time on session.DATE; epoch stamps take that wall-clock time as UTC.

Run: python3 make_tsline.py   (writes tsline*.log next to this file)"""
import calendar
import datetime
import os
import re
from session import EVENTS, LATE, DATE, START, write

HERE = os.path.dirname(os.path.abspath(__file__))
START_MS = int(round(START * 1000))
WDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def chunks(events):
    """What reached the terminal, as (ms since the session start, bytes) in
    order: every modem chunk, and the host's payload (no CR at its end) that
    the terminal shows after the prompt - exactly session.plain()."""
    return [(int(round(t * 1000)), b) for (t, d, b) in events
            if d == "rx" or not b.endswith(b"\r")]


class Clock:
    """Wall-clock time of a session time: date, time of day, epoch."""

    def __init__(self, start_ms=START_MS):
        self.base = datetime.datetime(*DATE) + datetime.timedelta(milliseconds=start_ms)

    def at(self, ms):
        return self.base + datetime.timedelta(milliseconds=ms)

    def tod(self, ms):                       # HH:MM:SS.mmm
        d = self.at(ms)
        return "%02d:%02d:%02d.%03d" % (d.hour, d.minute, d.second, d.microsecond // 1000)

    def date_time(self, ms, sep=" ", frac=True):
        d = self.at(ms)
        s = "%04d-%02d-%02d%s%02d:%02d:%02d" % (d.year, d.month, d.day, sep, d.hour, d.minute,
                                                d.second)
        return s + (".%03d" % (d.microsecond // 1000) if frac else "")

    def epoch_us(self, ms):
        d = self.at(ms)
        return calendar.timegm(d.timetuple()) * 1000000 + d.microsecond


# ---- tio (2.2): src/tty.c stamps "[%s] " before the first received byte that is
# neither CR nor LF after an LF (do_timestamp is set at connect, so the first
# line is stamped too); CR-only lines get none. src/timestamp.c formats:
# 24hour %H:%M:%S.mmm, iso8601 %Y-%m-%dT%H:%M:%S.mmm, epoch %s.mmm,
# epoch-usec %s.uuuuuu. Bytes are logged raw (no --log-strip).

def tio(events, fmt="24hour", start_ms=START_MS):
    clk = Clock(start_ms)
    out = bytearray()
    at_start = True
    for (t, b) in chunks(events):
        for c in b:
            if at_start and c not in (0x0D, 0x0A):
                if fmt == "24hour":
                    s = clk.tod(t)
                elif fmt == "iso8601":
                    s = clk.date_time(t, sep="T")
                elif fmt == "epoch":
                    us = clk.epoch_us(t)
                    s = "%d.%03d" % (us // 1000000, us % 1000000 // 1000)
                else:                                  # epoch-usec
                    us = clk.epoch_us(t)
                    s = "%d.%06d" % (us // 1000000, us % 1000000)
                out += ("[%s] " % s).encode()
                at_start = False
            out.append(c)
            if c == 0x0A:
                at_start = True
    return bytes(out)


# ---- minicom (2.3): src/vt100.c vt_out() stamps when the previous byte was LF
# (last_ch starts at 0: the first line has none) and not at the very first
# opportunity (tmstmp_last is still 0 then: the second line has none either);
# simple "[%F %T] ", extended "[%F %T.mmm] ", delta "[%lld.%03lld] " of the
# time since the previous opportunity. The capture file gets no CR, no 0x1A
# or 0x18, no escape sequences; LF, TAB, BS, BEL and printables are written.

def minicom(events, mode="extended"):
    clk = Clock()
    out = bytearray()
    last_ch = 0
    last = None
    for (t, b) in chunks(events):
        for c in b:
            if last_ch == 0x0A:
                if last is not None:
                    if mode == "simple":
                        out += ("[%s] " % clk.date_time(t, frac=False)).encode()
                    elif mode == "extended":
                        out += ("[%s] " % clk.date_time(t)).encode()
                    else:
                        d = t - last
                        out += ("[%d.%03d] " % (d // 1000, d % 1000)).encode()
                last = t
            last_ch = c
            if c in (0x0D, 0x18, 0x1A, 0x1B):
                continue
            out.append(c)
    return bytes(out)


# ---- Tera Term (2.6): teraterm/filesys_log.cpp FLogPutUTF32_() writes the stamp
# "[%s] " when the first character of a line appears (empty lines get none);
# the text log writes its own line end (OutputLogNewLine, CR+LF here) for each
# LF and no CR. Stamps: default LogTimestampFormat "%Y-%m-%d %H:%M:%S.%N"
# (>= 4.96); <= 4.95 "%s %s %02d %02d:%02d:%02d.%03d %04d" (ctime-like, the
# first stamp of the file after a CR LF); elapsed "%d %02d:%02d:%02d.%03d"
# (days, h:m:s.ms since the log started: here at the session's first byte).

def teraterm(events, mode="default"):
    clk = Clock()
    out = bytearray(b"\r\n" if mode == "old" else b"")
    head = True
    for (t, b) in chunks(events):
        for c in b:
            if c == 0x0D:
                continue
            if c == 0x0A:
                out += b"\r\n"
                head = True
                continue
            if head:
                if mode == "default":
                    s = clk.date_time(t)
                elif mode == "old":
                    d = clk.at(t)
                    s = "%s %s %02d %02d:%02d:%02d.%03d %04d" % (
                        WDAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.hour, d.minute,
                        d.second, d.microsecond // 1000, d.year)
                else:
                    e = t
                    s = "%d %02d:%02d:%02d.%03d" % (e // 86400000, e // 3600000 % 24,
                                                    e // 60000 % 60, e // 1000 % 60, e % 1000)
                out += ("[%s] " % s).encode()
                head = False
            out.append(c)
    return bytes(out)


# ---- Arduino IDE 1.8 Serial Monitor (2.9): AbstractTextMonitor.addTimestamps()
# puts SimpleDateFormat("HH:mm:ss.SSS -> ") of the moment a chunk arrives in
# front of every line that starts in that chunk (tokens split on "\n", so a
# line of a lone CR gets one too). The monitor cannot save: the log is text
# copied out of it, which has no CR.

def arduino(events):
    clk = Clock()
    out = bytearray()
    starting = True
    for (t, b) in chunks(events):
        now = ("%s -> " % clk.tod(t)).encode()
        for tok in re.split(b"(\n)", b):
            if not tok:
                continue
            if starting:
                out += now
            out += tok
            starting = tok == b"\n"
    return bytes(out).replace(b"\r", b"")


# ---- PlatformIO device monitor (2.9): filters/time.py Timestamp.rx() (with the
# log2file filter after it, which writes the text as it comes): the first line
# of a chunk, when a line is not already open, and every line after an LF in
# the chunk get strftime("%H:%M:%S.%f")[:-3] + " > ". Bytes are kept (CR too).

def platformio(events):
    clk = Clock()
    out = bytearray()
    started = False
    for (t, b) in chunks(events):
        if started and b"\n" not in b:
            out += b
            continue
        ts = ("%s > " % clk.tod(t)).encode()
        if not started:
            started = True
            b = ts + b
        if b.endswith(b"\n"):
            started = False
            out += b[:-1].replace(b"\n", b"\n" + ts) + b"\n"
        else:
            out += b.replace(b"\n", b"\n" + ts)
    return bytes(out)


# ---- RealTerm (2.7): realterm1.pas FormatAndWriteBlock writes TimeStampStr +
# delimiter at the file start and before the first byte that is not CR or LF
# after a CR or LF; TimeStamps.pas type 1 is Unix seconds (integer); the
# default delimiter is ",". Bytes raw.

def realterm(events, delim=","):
    clk = Clock()
    out = bytearray()
    at_start = True
    for (t, b) in chunks(events):
        for c in b:
            if c in (0x0D, 0x0A):
                at_start = True
            elif at_start:
                out += ("%d%s" % (clk.epoch_us(t) // 1000000, delim)).encode()
                at_start = False
            out.append(c)
    return bytes(out)


# ---- CoolTerm (2.8): with "wait for termination string" (0D 0A, the default)
# each record is stamped when its terminator has arrived, SQL format
# "YYYY-MM-DD HH:MM:SS", and the terminator is not retained
# (CaptureRetainTerminationString = false). Not verified against a real file:
# the blank after the stamp and the record's line end (CR LF here) are
# assumptions (the note marks them [?]).

def coolterm(events):
    clk = Clock()
    out = bytearray()
    pend = b""
    for (t, b) in chunks(events):
        pend += b
        while b"\r\n" in pend:
            rec, pend = pend.split(b"\r\n", 1)
            out += ("%s " % clk.date_time(t, frac=False)).encode() + rec + b"\r\n"
    return bytes(out)


def broken():
    """tsline-tio.log with one stamp that is not a time (the +CSQ line)."""
    lines = tio(EVENTS).split(b"\n")
    i = [k for k, l in enumerate(lines) if l.endswith(b"] +CSQ: 24,99\r")][0]
    lines[i] = b"[10:61:xx" + lines[i][9:]
    return b"\n".join(lines), i + 1


if __name__ == "__main__":
    out = {
        "tsline-tio.log": tio(EVENTS),
        "tsline-tio-iso.log": tio(EVENTS, "iso8601"),
        "tsline-tio-epoch.log": tio(EVENTS, "epoch"),
        "tsline-tio-epoch-usec.log": tio(EVENTS, "epoch-usec"),
        "tsline-tio-midnight.log": tio(EVENTS, start_ms=(23 * 3600 + 59 * 60 + 55) * 1000),
        "tsline-tio-late.log": tio(LATE),
        "tsline-minicom.log": minicom(EVENTS, "extended"),
        "tsline-minicom-simple.log": minicom(EVENTS, "simple"),
        "tsline-minicom-delta.log": minicom(EVENTS, "delta"),
        "tsline-teraterm.log": teraterm(EVENTS),
        "tsline-teraterm-old.log": teraterm(EVENTS, "old"),
        "tsline-teraterm-elapsed.log": teraterm(EVENTS, "elapsed"),
        "tsline-arduino.log": arduino(EVENTS),
        "tsline-platformio.log": platformio(EVENTS),
        "tsline-realterm.log": realterm(EVENTS),
        "tsline-coolterm.log": coolterm(EVENTS),
    }
    data, line = broken()
    out["tsline-tio-broken.log"] = data
    for name, data in out.items():
        write(os.path.join(HERE, name), data)
    print("tsline-tio-broken.log: bad stamp on line %d" % line)
