"""strace renderings of session.py (capture-formats.md 5.5).

strace/strace src/util.c string_quote(): '"' and '\\' escaped, \\f \\n \\r \\t \\v
by name, other non-printable bytes in octal with the fewest digits (three
when the next character is an octal digit), printable ASCII as is. -tt puts
"HH:MM:SS.uuuuuu " in front (the syscall's entry), -y shows the fd's path
"5</dev/ttyUSB2>", -f "[pid N] ". write() is host->modem, read() modem->host;
the modem's answers come in the read() calls of make_mm_socat.reads().

strace.log:        strace -f -tt -y -s 65536 -e trace=read,write,ioctl: the
                   program also logs to its stdout (fd 1, another pid), sets
                   the port up with ioctl, and one read() is interrupted by
                   the other process's write (<unfinished ...> / <... read
                   resumed>).
strace-late.log:   the same of the LATE session (completion-timeout).
strace-broken.log: one read() line cut before its closing quote."""
import os
from session import EVENTS, LATE, START, write
from make_mm_socat import lineno, reads

HERE = os.path.dirname(os.path.abspath(__file__))
PID = 4242


def quote(b):
    out = []
    for i, c in enumerate(b):
        nxt = b[i + 1] if i + 1 < len(b) else None
        if c == 0x22:
            out.append('\\"')
        elif c == 0x5C:
            out.append("\\\\")
        elif c in (0x0C, 0x0A, 0x0D, 0x09, 0x0B):
            out.append({0x0C: "\\f", 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t", 0x0B: "\\v"}[c])
        elif 0x20 <= c < 0x7F:
            out.append(chr(c))
        elif nxt is not None and 0x30 <= nxt <= 0x37:
            out.append("\\%03o" % c)
        else:
            out.append("\\%o" % c)
    return "".join(out)


def tt(t):
    s = START + t
    h, m, sec = int(s // 3600) % 24, int(s % 3600 // 60), s % 60
    us = int(round((sec - int(sec)) * 1e6))
    return "%02d:%02d:%02d.%06d" % (h, m, int(sec), us)


def strace(events):
    lines = ["[pid %d] %s ioctl(5</dev/ttyUSB2>, TCGETS, {B115200 -opost -isig -icanon -echo ...}) = 0"
             % (PID, tt(-0.5))]
    k = 0
    for (t, d, b) in reads(events):
        if d == "tx":
            lines.append("[pid %d] %s write(5</dev/ttyUSB2>, \"%s\", %d) = %d"
                         % (PID, tt(t), quote(b), len(b), len(b)))
            lines.append("[pid %d] %s write(1</dev/pts/0>, \"sent %d bytes\\n\", %d) = %d"
                         % (PID + 1, tt(t + 0.0002), len(b), 13 + len(str(len(b))),
                            13 + len(str(len(b)))))
            continue
        k += 1
        if k == 4:   # interrupted by the other process's line
            lines.append("[pid %d] %s read(5</dev/ttyUSB2>,  <unfinished ...>" % (PID, tt(t - 0.004)))
            lines.append("[pid %d] %s write(1</dev/pts/0>, \"tick\\n\", 5) = 5" % (PID + 1, tt(t - 0.002)))
            lines.append("[pid %d] %s <... read resumed>\"%s\", 4096) = %d"
                         % (PID, tt(t), quote(b), len(b)))
            continue
        lines.append("[pid %d] %s read(5</dev/ttyUSB2>, \"%s\", 4096) = %d"
                     % (PID, tt(t), quote(b), len(b)))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    write(os.path.join(HERE, "strace.log"), strace(EVENTS).encode())
    write(os.path.join(HERE, "strace-late.log"), strace(LATE).encode())
    s = strace(EVENTS)
    lines = s.split("\n")
    i = lineno(s, "+MIPCALL: 10.166") - 1
    lines[i] = lines[i][:lines[i].index("+MIPCALL") + 18]
    write(os.path.join(HERE, "strace-broken.log"), "\n".join(lines).encode())
    print("strace-broken.log: line %d" % (i + 1))
