"""ModemManager debug-log and socat -v / -x renderings of session.py.

Shapes from /work/shared/research/capture-formats.md (section numbers below)
and the sources it cites; docs/formats/modemmanager.md and docs/formats/socat.md
describe them.

ModemManager (8.1): src/mm-port-serial.c logs every write ("-->") and every
read() ("<--") of an AT port through debug_log() (src/mm-port-serial-at.c):
printable ASCII as is, CR as <CR>, LF as <LF>, other bytes "\\%u" in decimal,
between single quotes. src/mm-log.c _mm_log() puts in front the level text
("<dbg>" since 1.21.1, "<debug>"/"<info> " before), the stamp "[%09ld.%06ld]"
(--log-timestamps, wall clock) or "[%06ld.%06ld]" (--log-relative-timestamps)
and the object id "[modem0/ttyUSB2/at]" (since 1.14; before: "(ttyUSB2): ").
A modem answer arrives in several read()s, so it may span several "<--" lines.

socat (5.1): socat.c xioprintblockheader() writes
"> 2020/06/16 10:21:33.123456  length=7 from=0 to=6\n" ('>' left to right,
'<' right to left; from/to count bytes per direction; 1.8 prints the
microseconds with %09ld: 9 digits whose value is microseconds), then per
read() block: -v escapes \\r \\a \\b \\v \\f \\\\, keeps TAB and LF, shows other
non-printables as '.', and adds no line end (the next header can start in the
middle of a line); -x writes " %02x" per byte and a line end; -x -v writes
16-byte hex+ASCII rows (breaking after a 0a) and "--". The application's PTY
is the first address, so '>' is host->modem. With -d socat adds diagnostics
"2020/06/16 10:21:29 socat[4711] N ..." to the same stderr."""
import calendar
import os
import time
from session import EVENTS, LATE, DATE, START, write

HERE = os.path.dirname(os.path.abspath(__file__))
# 10:21:30 on the capture day, as a Unix time (the capture clock is UTC)
EPOCH0 = calendar.timegm((DATE[0], DATE[1], DATE[2], 0, 0, 0)) + START


def reads(events):
    """The read() calls behind each event: the modem's answer sometimes comes
    in two reads, cut after its first line end or in the middle of a line,
    1.5 ms apart. Deterministic: every first and third of three answers."""
    out = []
    k = 0
    for (t, d, b) in events:
        if d == "rx":
            cut = None
            if k % 3 == 0 and b.find(b"\r\n") >= 0 and b.find(b"\r\n") + 5 < len(b):
                cut = b.find(b"\r\n") + 5
            elif k % 3 == 2 and len(b) >= 8:
                cut = len(b) // 2
            k += 1
            if cut:
                out.append((t, d, b[:cut]))
                out.append((t + 0.0015, d, b[cut:]))
                continue
        out.append((t, d, b))
    return out


# ---- ModemManager -----------------------------------------------------------

def mm_escape(b):
    """debug_log(): g_ascii_isprint as is, <CR>, <LF>, else \\%u."""
    s = ""
    for c in b:
        if 0x20 <= c <= 0x7E:
            s += chr(c)
        elif c == 0x0D:
            s += "<CR>"
        elif c == 0x0A:
            s += "<LF>"
        else:
            s += "\\%u" % c
    return s


def wall(t):
    """[%09ld.%06ld] of the wall clock."""
    us = int(round((EPOCH0 + t) * 1e6))
    return "[%09d.%06d]" % (us // 1000000, us % 1000000)


def rel(t, start=-3.0):
    """[%06ld.%06ld] since ModemManager started (3 s before the session)."""
    us = int(round((t - start) * 1e6))
    return "[%06d.%06d]" % (us // 1000000, us % 1000000)


def arrow(d):
    return "-->" if d == "tx" else "<--"


def chrono(entries):
    """Log lines in time order (a line logged "later" than a second read
    comes after it); entries are (time, text), ties keep their order."""
    return "\n".join(text for _, _, text in
                     sorted((t, i, text) for i, (t, text) in enumerate(entries))) + "\n"


def mm_new(events):
    """1.22+, --log-file --log-level=DEBUG --log-timestamps: level "<dbg>",
    wall-clock stamps, object ids; a QMI trace (libqmi's multi-line dump), a
    second AT port and a GPS port interleave."""
    out = [
        (-2.9, "<msg> %s ModemManager (version 1.22.0) starting in system bus..." % wall(-2.9)),
        (-2.4, "<dbg> %s [base-manager] adding port ttyUSB2 at sysfs path: "
               "/sys/devices/platform/soc/usb1/1-1/1-1:1.2/ttyUSB2" % wall(-2.4)),
        (-0.2, "<inf> %s [modem0] state changed (disabled -> enabling)" % wall(-0.2)),
    ]
    for i, (t, d, b) in enumerate(reads(events)):
        out.append((t, "<dbg> %s [modem0/ttyUSB2/at] %s '%s'" % (wall(t), arrow(d), mm_escape(b))))
        if i == 1:
            out.append((t + 0.3, "<dbg> %s [modem0/ttyUSB3/at] --> 'AT+CGPSINFO<CR>'"
                        % wall(t + 0.3)))
            out.append((t + 0.31, "<dbg> %s [modem0/ttyUSB3/at] <-- '<CR><LF>+CGPSINFO: ,,,,,,,,"
                        "<CR><LF><CR><LF>OK<CR><LF>'" % wall(t + 0.31)))
        if i == 5:
            q = t + 0.2
            out.append((q, "<dbg> %s [/dev/cdc-wdm0] sent generic request (translated)..."
                        % wall(q)))
            out.append((q, "<<<<<< QMUX:"))
            out.append((q, "<<<<<<   length  = 12"))
            out.append((q, "<<<<<<   flags   = 0x00"))
            out.append((q, "<<<<<<   service = \"nas\""))
            out.append((t + 0.25, "<dbg> %s [modem0/ttyUSB1/gps] <-- '$GPGSV,1,1,00*79<CR><LF>'"
                        % wall(t + 0.25)))
        if d == "rx" and b.startswith(b"\r\n+MIPCALL:"):
            out.append((t + 0.05, "<msg> %s [modem0] state changed (registered -> connected)"
                        % wall(t + 0.05)))
    return chrono(out)


def mm_old(events):
    """< 1.14 (e.g. 1.6), --debug --log-relative-timestamps: "<debug>" and
    "<info> " levels, "(ttyUSB2): " instead of object ids, other lines about
    the same port that are not traffic, and a second AT port."""
    out = [
        (-2.999, "<info>  %s ModemManager (version 1.6.4) starting in system bus..." % rel(-2.999)),
        (-1.2, "<debug> %s (ttyUSB2) opening serial port..." % rel(-1.2)),
        (-1.19, "<debug> %s (ttyUSB2) device open count is 1 (open)" % rel(-1.19)),
        (-0.5, "<info>  %s Modem /org/freedesktop/ModemManager1/Modem/0: state changed "
               "(disabled -> enabling)" % rel(-0.5)),
    ]
    for i, (t, d, b) in enumerate(reads(events)):
        out.append((t, "<debug> %s (ttyUSB2): %s '%s'" % (rel(t), arrow(d), mm_escape(b))))
        if i == 3:
            out.append((t + 0.4, "<debug> %s (ttyUSB3): --> 'AT<CR>'" % rel(t + 0.4)))
            out.append((t + 0.41, "<debug> %s (ttyUSB3): <-- '<CR><LF>OK<CR><LF>'" % rel(t + 0.41)))
        if i == 8:
            out.append((t + 0.1, "<debug> %s Got failure code 100: Unknown error" % rel(t + 0.1)))
    return chrono(out)


WDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def logread(t):
    """OpenWrt logread: ctime-like "Tue Jun 16 10:21:30 2020"."""
    s = int(EPOCH0 + t)
    y, mo, d, h, mi, sec, wd = time.gmtime(s)[:7]
    return "%s %s %2d %02d:%02d:%02d %d" % (WDAY[wd], MON[mo - 1], d, h, mi, sec, y)


def mm_syslog(events):
    """1.14..1.20 through syslog, as OpenWrt's logread shows it
    (openwrt/packages#15290): "<debug>", object ids, wall-clock stamps, other
    daemons' lines in between."""
    out = [(-1.0, "%s daemon.notice netifd: Interface 'wwan' is setting up now" % logread(-1.0))]
    for i, (t, d, b) in enumerate(reads(events)):
        out.append((t, "%s daemon.debug [6358]: <debug> %s [modem0/ttyUSB2/at] %s '%s'"
                    % (logread(t), wall(t), arrow(d), mm_escape(b))))
        if i == 6:
            out.append((t + 0.1, "%s daemon.info [6358]: <info>  %s [modem0] simple connect "
                        "state (8/8): all done" % (logread(t + 0.1), wall(t + 0.1))))
            out.append((t + 0.2, "%s kern.info kernel: [ 5012.331422] qmi_wwan 1-1:1.4 wwan0: "
                        "link becomes ready" % logread(t + 0.2)))
    return chrono(out)


def journal(t):
    """journalctl -o short-precise: "Jun 16 10:21:30.000000"."""
    us = int(round((START + t) * 1e6))
    s, frac = divmod(us, 1000000)
    return "%s %02d %02d:%02d:%02d.%06d" % (MON[DATE[1] - 1], DATE[2], s // 3600 % 24,
                                           s // 60 % 60, s % 60, frac)


def mm_journal(events):
    """1.22 with --log-journal, read with journalctl -o short-precise: no
    level text and no stamp of ModemManager's own (the journal's instead)."""
    out = ["%s gw ModemManager[512]: ModemManager (version 1.22.0) starting in system bus..."
           % journal(-2.9)]
    for (t, d, b) in reads(events):
        out.append("%s gw ModemManager[512]: [modem0/ttyUSB2/at] %s '%s'"
                   % (journal(t), arrow(d), mm_escape(b)))
    return "\n".join(out) + "\n"


# ---- socat ------------------------------------------------------------------

def socat_stamp(t, digits):
    us = int(round((START + t) * 1e6))
    s, frac = divmod(us, 1000000)
    hms = "%02d:%02d:%02d" % (s // 3600 % 24, s // 60 % 60, s % 60)
    f = "%06d" % frac if digits == 6 else "%09d" % frac     # 1.8: %09ld of tv_nsec/1000
    return "%04d/%02d/%02d %s.%s" % (DATE[0], DATE[1], DATE[2], hms, f)


def v_escape(b):
    """xiotransfer() -v: \\a \\b \\v \\f \\r \\\\ escaped, TAB and LF raw,
    isprint() as is, '.' for the rest."""
    s = ""
    for c in b:
        e = {7: "\\a", 8: "\\b", 9: "\t", 10: "\n", 11: "\\v", 12: "\\f", 13: "\\r",
             92: "\\\\"}.get(c)
        s += e if e is not None else (chr(c) if 0x20 <= c <= 0x7E else ".")
    return s


def xv_rows(b):
    """-x -v: rows of up to 16 bytes, a row ends after a 0a; hex column
    padded to 16 slots, two spaces, ASCII ('.' for LF and non-printables)."""
    out = ""
    i = 0
    while i < len(b):
        row = b[i:i + 16]
        if b"\n" in row:
            row = row[:row.index(b"\n") + 1]
        i += len(row)
        hexs = "".join(" %02x" % c for c in row) + "   " * (16 - len(row))
        asc = "".join(chr(c) if 0x20 <= c <= 0x7E else "." for c in row)
        out += hexs + "  " + asc + "\n"
    return out + "--\n"


def socat(events, mode="v", digits=6, diag=False):
    count = {">": 0, "<": 0}
    out = ""
    if diag:
        out += ("2020/06/16 10:21:29 socat[4711] N PTY is /dev/pts/3\n"
                "2020/06/16 10:21:29 socat[4711] N opening character device \"/dev/ttyUSB2\" "
                "for reading and writing\n"
                "2020/06/16 10:21:29 socat[4711] N starting data transfer loop with FDs "
                "[5,5] and [7,7]\n")
    for (t, d, b) in reads(events):
        side = ">" if d == "tx" else "<"
        out += "%s %s  length=%d from=%d to=%d\n" % (side, socat_stamp(t, digits), len(b),
                                                     count[side], count[side] + len(b) - 1)
        count[side] += len(b)
        if mode == "v":
            out += v_escape(b)
        elif mode == "x":
            out += "".join(" %02x" % c for c in b) + "\n"
        else:
            out += xv_rows(b)
    if diag:
        if not out.endswith("\n"):
            out += "\n"
        out += ("2020/06/16 10:21:45 socat[4711] N socat_signal(): handling signal 2\n"
                "2020/06/16 10:21:45 socat[4711] N exiting on signal 2\n")
    return out


def lineno(text, needle):
    """1-based line of the first line containing needle."""
    for i, l in enumerate(text.split("\n")):
        if needle in l:
            return i + 1
    raise ValueError(needle)


def broken():
    """mm-broken.log: the "<--" line of +MIPCALL: cut before its closing quote
    (a log truncated by a full disk, or pasted from a narrow terminal).
    socat-x-broken.log: the hex line of AT+CPIN? cut mid-token."""
    s = mm_new(EVENTS)
    lines = s.split("\n")
    i = lineno(s, "+MIPCALL: 10.166") - 1
    lines[i] = lines[i][:lines[i].index("+MIPCALL") + 18]
    write(os.path.join(HERE, "mm-broken.log"), "\n".join(lines).encode())
    print("mm-broken.log: line %d" % (i + 1))
    s = socat(EVENTS, "x")
    lines = s.split("\n")
    i = lineno(s, " 41 54 2b 43 50 49 4e 3f 0d") - 1
    lines[i] = lines[i][:17]
    write(os.path.join(HERE, "socat-x-broken.log"), "\n".join(lines).encode())
    print("socat-x-broken.log: line %d" % (i + 1))


if __name__ == "__main__":
    w = lambda name, text: write(os.path.join(HERE, name), text.encode())
    w("mm.log", mm_new(EVENTS))
    w("mm-old.log", mm_old(EVENTS))
    w("mm-syslog.log", mm_syslog(EVENTS))
    w("mm-journal.log", mm_journal(EVENTS))
    w("mm-late.log", mm_new(LATE))
    w("socat-v.log", socat(EVENTS, "v", 6, diag=True))
    w("socat-v18.log", socat(EVENTS, "v", 9))
    w("socat-x.log", socat(EVENTS, "x"))
    w("socat-xv.log", socat(EVENTS, "xv"))
    w("socat-v-late.log", socat(LATE, "v", 6, diag=True))
    broken()
