"""Docklight renderings of session.py: the ASCII log and the HEX log.

The shape is taken from the logs Docklight's maker ships with its examples
(KickdriveOliver/docklight@9c1c21d4, exampleFiles/devices/
JennyScienceXenaxDriveControlExample/*_ExampleLog_asc.txt and _hex.txt,
exampleFiles/extras/LogFileNamesTimestamp/logfile_*_asc.txt,
exampleFiles/extras/DocklightProjectGen/modemlog_hex.txt) and the manual's
"How Serial Data Is Processed and Displayed" (a date/time stamp at every
change of direction; more with Options -> Date/Time Stamps):

- a first line "Docklight Log File (ASCII) - Started DD.MM.YYYY HH:MM:SS.mmm "
  (HEX for the HEX log), CR LF line ends (a Windows program);
- every stamp starts a new line: "DD.MM.YYYY HH:MM:SS.mmm [TX] - " or
  "[RX] - ", then the data; the stamp comes at each change of direction and,
  with the pause option, when the same side sends again after a pause (here:
  1 s or more; a shorter gap continues the block, as the MIPCLOSE URC does);
- ASCII log: control characters as their ASCII names (<CR>, <LF>, <SUB>...),
  a line break after every <LF>, and after a send the line is ended;
- HEX log: every byte as two upper-case hex digits and a space, one line per
  block;
- a script's comments are lines that start with a space (one here).
"""
import os
from session import EVENTS, LATE, DATE, START, write

HERE = os.path.dirname(os.path.abspath(__file__))
PAUSE = 1.0
NAMES = ["NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT",
         "FF", "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB",
         "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"]


def stamp(t):
    y, mo, d = DATE
    s = START + t
    return "%02d.%02d.%04d %02d:%02d:%06.3f" % (d, mo, y, int(s // 3600) % 24,
                                                 int(s % 3600 // 60), s % 60)


def blocks(events):
    """(time, direction, bytes): a new block at a change of direction or
    after a pause; otherwise the bytes continue the block before."""
    out, last = [], None
    for (t, d, b) in events:
        if out and out[-1][1] == d and t - last < PAUSE:
            out[-1][2] += b
        else:
            out.append([t, d, b])
        last = t
    return out


def ascii_log(events):
    out = "Docklight Log File (ASCII) - Started %s \r\n" % stamp(-0.5)
    out += " Docklight script: L610 TCP session\r\n"
    for (t, d, b) in blocks(events):
        out += "\r\n%s [%s] - " % (stamp(t), d.upper())
        for c in b:
            if c < 32:
                out += "<%s>" % NAMES[c]
                if c == 10:
                    out += "\r\n"
            else:
                out += chr(c)
        if d == "tx" and not out.endswith("\r\n"):
            out += "\r\n"
    if not out.endswith("\r\n"):
        out += "\r\n"
    return out


def hex_log(events):
    out = "Docklight Log File (HEX) - Started %s \r\n" % stamp(-0.5)
    out += " Docklight script: L610 TCP session\r\n"
    for (t, d, b) in blocks(events):
        out += "\r\n%s [%s] - %s" % (stamp(t), d.upper(), "".join("%02X " % c for c in b))
    return out + "\r\n"


if __name__ == "__main__":
    write(os.path.join(HERE, "docklight.log"), ascii_log(EVENTS).encode("ascii"))
    write(os.path.join(HERE, "docklight-late.log"), ascii_log(LATE).encode("ascii"))
    write(os.path.join(HERE, "docklight-hex.log"), hex_log(EVENTS).encode("ascii"))
