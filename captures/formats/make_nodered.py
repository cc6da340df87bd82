"""Node-RED debug sidebar copied as text, of session.py.

A flow reads the modem with a serial-in node (split on "\\n", the default:
each message is one line with its line end) and a debug node shows
msg.payload. The sidebar (node-red debug-utils.js processDebugMessage())
writes per message a meta row: the time (getTimestamp(), the browser's
toLocaleString(): "6/16/2020, 10:21:30 AM" in en-US), "node: " and the
debug node's name, and "msg.payload : string[N]"; then the value, which
RED.utils (utils.js formatString()) shows in double quotes with every
CR LF or LF as "↵" (&crarr;) and a tab as "→". Copied from the browser,
the meta row's date and node name come out on one line and the type on
the next (the type span is a block). What the serial-in node delivers is
what the modem sent: the command appears as its echo (session.plain())."""
import datetime
import os
from session import EVENTS, DATE, START, write

HERE = os.path.dirname(os.path.abspath(__file__))


def when(t):
    d = datetime.datetime(*DATE) + datetime.timedelta(seconds=START + t)
    h = d.hour % 12 or 12
    return "%d/%d/%d, %d:%02d:%02d %s" % (d.month, d.day, d.year, h, d.minute, d.second,
                                          "AM" if d.hour < 12 else "PM")


def messages(events):
    """(time, line) for each message the serial-in node sends: the bytes up
    to and including each LF, stamped when that LF arrived."""
    out, pend = [], b""
    for (t, d, b) in events:
        if d == "tx" and b.endswith(b"\r"):
            continue
        pend += b
        while b"\n" in pend:
            i = pend.index(b"\n")
            out.append((t, pend[:i + 1]))
            pend = pend[i + 1:]
    return out


def nodered(events, name="modem rx"):
    lines = []
    for (t, m) in messages(events):
        s = m.decode("latin-1")
        shown = s.replace("\r\n", "\u21b5").replace("\n", "\u21b5").replace("\t", "\u2192")
        lines.append("%snode: %s" % (when(t), name))
        lines.append("msg.payload : string[%d]" % len(s))
        lines.append('"%s"' % shown)
    return ("\n".join(lines) + "\n").encode("utf-8")


if __name__ == "__main__":
    write(os.path.join(HERE, "nodered-debug.log"), nodered(EVENTS))
