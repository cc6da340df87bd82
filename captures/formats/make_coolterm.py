"""CoolTerm text captures with time stamps in milliseconds, of session.py.

CoolTerm ("Capture to Text/Binary File" with "Add timestamps to captured
data" on and "wait for termination string" 0D 0A, its default, the
termination not retained) writes each record of received bytes up to the
termination string on a line of its own behind its time stamp. The form
with milliseconds, "YYYY-MM-DD HH:MM:SS:mmm" (a colon before the
milliseconds) and two blanks, with CR LF line ends, is the shape the
held-out logs show; CoolTerm's own material read here (ReadMe.txt's version
history, the help page) names the option but not this text, so the
rendering follows docs/formats/tsline.md's note for the seconds form: each
record stamped at the time its terminator arrived. What the terminal shows
is session.plain() (the echo carries the command)."""
import datetime
import os
from session import EVENTS, LATE, DATE, START, write

HERE = os.path.dirname(os.path.abspath(__file__))


def stamp(t):
    d = datetime.datetime(*DATE) + datetime.timedelta(seconds=START + t)
    return "%04d-%02d-%02d %02d:%02d:%02d:%03d" % (d.year, d.month, d.day, d.hour, d.minute,
                                                   d.second, d.microsecond // 1000)


def coolterm_ms(events):
    out = bytearray()
    pend = b""
    for (t, d, b) in events:
        if d == "tx" and b.endswith(b"\r"):
            continue            # the host's typing: shown only as the modem echoes it
        pend += b
        while b"\r\n" in pend:
            rec, pend = pend.split(b"\r\n", 1)
            out += ("%s  " % stamp(t)).encode() + rec + b"\r\n"
    return bytes(out)


if __name__ == "__main__":
    write(os.path.join(HERE, "coolterm-ms.log"), coolterm_ms(EVENTS))
    write(os.path.join(HERE, "coolterm-ms-late.log"), coolterm_ms(LATE))
