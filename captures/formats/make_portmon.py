"""Windows serial port monitors' text export of session.py: HHD Software's
Free Serial Port Monitor and Device Monitoring Studio ("Export ... as text").

Each request the monitored program made is a header with the request's time
(the Windows locale's short date, seconds only) and what it was, then the
bytes as rows of up to 16 lowercase hex pairs behind four blanks, padded to
a 50-column field, and the same bytes as characters ('.' for a control
code):

    [16/06/2020 10:21:30] Written data (COM9)
        41 54 0d                                          AT.

"Written data" is what the program on the PC wrote to the port (host to
modem), "Read data" what it read (modem to host). The shape is that of the
exports quoted in public code: a motor driver's comment
("[01/11/2017 10:42:36] Written data (COM1) " then "    21 02 1d 25 65 ...
!..%e"), a radio programmer's test vector ("[00/00/0000 00:00:00] Written
data (COM3)" / "Read data (COM3)"), and dumps with a tab after each line
in a reverse-engineering note; both DD/MM/YYYY and MM/DD/YYYY dates occur
(the locale's). The blank (or tab) after the header and the padding after
the characters are written as the quoted exports show them. CR LF line
ends (a Windows program)."""
import os
from session import EVENTS, LATE, DATE, START, write

HERE = os.path.dirname(os.path.abspath(__file__))


def rows(b):
    out = []
    for i in range(0, len(b), 16):
        chunk = b[i:i + 16]
        hexs = " ".join("%02x" % x for x in chunk)
        text = "".join(chr(x) if 0x20 <= x < 0x7f else "." for x in chunk)
        out.append("    %-50s%-16s " % (hexs, text))
    return out


def portmon(events, port="COM9", us_date=False, after="\u0020"):
    y, mo, d = DATE
    date = ("%02d/%02d/%04d" % (mo, d, y)) if us_date else ("%02d/%02d/%04d" % (d, mo, y))
    out = []
    for (t, dr, b) in events:
        s = START + t
        hms = "%02d:%02d:%02d" % (int(s // 3600) % 24, int(s % 3600 // 60), int(s % 60))
        what = "Written" if dr == "tx" else "Read"
        out.append("[%s %s] %s data (%s)%s" % (date, hms, what, port, after))
        out.extend(rows(b))
    return ("\r\n".join(out) + "\r\n").encode("latin-1")


if __name__ == "__main__":
    write(os.path.join(HERE, "portmon.log"), portmon(EVENTS))
    write(os.path.join(HERE, "portmon-us.log"), portmon(EVENTS, "COM12", True, "\t"))
    write(os.path.join(HERE, "portmon-late.log"), portmon(LATE))
