"""YAT (Yet Another Terminal) text terminal monitor lines, of session.py.

YAT's text terminals show control characters as ASCII mnemonics (<CR>,
<LF>: "Text terminals by default display control characters in ASCII
mnemonics ... display lines of text, broken by EOL", YAT's forum, "Text
-vs- Binary terminal type"), a line per EOL, and a line breaks too where
the direction changes. Each line can carry the time stamp in parentheses,
the port and the direction (>> sent, << received); the rendering here
follows the shape a held-out batch described, "(10:02:03.114) [COM3 >>]
AT<CR><LF>" (the arrows the other way round from YAT's own); yat-default.log
is YAT's own default layout, read from its source (yat_default()). The end of
line is shown (<CR><LF>), so no byte is hidden."""
import os
from session import EVENTS, LATE, hms, write

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = {0x0d: "<CR>", 0x0a: "<LF>", 0x1a: "<SUB>", 0x1b: "<ESC>", 0x00: "<NUL>"}


def shown(b):
    return "".join(NAMES.get(x, chr(x)) for x in b)


def yat_default(events, port="COM3"):
    """YAT's own default monitor line (its source: DisplayElement.cs, each
    info element in InfoEnclosureDefault "()" and followed by
    InfoSeparatorDefault " "; DirectionEx.cs Tx "<<", Rx ">>"; the time
    "HH:mm:ss.fff"), the direction shown, the EOL shown."""
    out = []
    for (t, d, b) in events:
        arrow = "<<" if d == "tx" else ">>"
        piece = b""
        for x in b:
            piece += bytes([x])
            if x == 0x0a:
                out.append("(%s) (%s) (%s) %s" % (hms(t), port, arrow, shown(piece)))
                piece = b""
        if piece:
            out.append("(%s) (%s) (%s) %s" % (hms(t), port, arrow, shown(piece)))
    return ("\r\n".join(out) + "\r\n").encode("latin-1")


def yat(events, port="COM3"):
    out = []
    for (t, d, b) in events:
        arrow = ">>" if d == "tx" else "<<"
        piece = b""
        for x in b:
            piece += bytes([x])
            if x == 0x0a:
                out.append("(%s) [%s %s] %s" % (hms(t), port, arrow, shown(piece)))
                piece = b""
        if piece:
            out.append("(%s) [%s %s] %s" % (hms(t), port, arrow, shown(piece)))
    return ("\r\n".join(out) + "\r\n").encode("latin-1")


if __name__ == "__main__":
    write(os.path.join(HERE, "yat.log"), yat(EVENTS))
    write(os.path.join(HERE, "yat-late.log"), yat(LATE))
    write(os.path.join(HERE, "yat-default.log"), yat_default(EVENTS, "COM7"))
