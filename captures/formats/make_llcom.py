"""LLCOM (chenxuuu/llcom, the serial tool of Luat / AirM2M module users)
renderings of session.py: its receive window in packet mode ("分包", a
time-out set), copied as text.

The shape is LLCOM's own code: llcom/Pages/DataShowPage.xaml.cs class
DataShow: TimeText = time.ToString("[yyyy/MM/dd HH:mm:ss.fff]"), ArrowText =
sent ? " ← " : " → ", DataText = Tools.Global.Byte2Readable(data) (the bytes
as text; with EnableSymbol on, the default, each control byte is also shown
as its Unicode control picture, U+2400 + the byte: "␍␊" before a CR LF),
and with showHexFormat 0 (the default) HexText = "\\nHex: " and the bytes
in hex; one paragraph per packet (DataShowPage.xaml). The packet's text
keeps its line ends, so a record goes on over the lines after it until the
next "[...]" record.

llcom.log:        the defaults: control pictures on, the Hex: line.
llcom-plain.log:  control pictures off, text only (showHexFormat 1), the
                  arrow right after the time (the shape of pasted logs),
                  LF line ends.
llcom-late.log:   the LATE session, as llcom.log."""
import datetime
import os
from session import EVENTS, LATE, DATE, START, write

HERE = os.path.dirname(os.path.abspath(__file__))


def stamp(t):
    d = datetime.datetime(*DATE) + datetime.timedelta(seconds=START + t)
    return "[%04d/%02d/%02d %02d:%02d:%02d.%03d]" % (d.year, d.month, d.day, d.hour, d.minute,
                                                     d.second, d.microsecond // 1000)


def readable(b, symbols):
    """Byte2Readable(): the bytes as text, a control byte's picture before it"""
    out, i = "", 0
    while i < len(b):
        if symbols and b[i:i + 2] == b"\r\n":      # a pair: both pictures, then both
            out += "\u240d\u240a\r\n"
            i += 2
            continue
        if symbols and b[i] < 0x20:
            out += chr(0x2400 + b[i])
        out += chr(b[i])
        i += 1
    return out


def lines_of(text):
    """a copy breaks a line at every CR LF, lone CR or lone LF"""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def llcom(events, symbols=True, hexline=True, arrow=" {} ", eol="\r\n"):
    out = []
    for (t, d, b) in events:
        head = stamp(t) + arrow.format("←" if d == "tx" else "→")
        body = lines_of(readable(b, symbols))
        out.append(head + body[0])
        out.extend(body[1:])
        if hexline:
            out.append("Hex: " + " ".join("%02X" % x for x in b))
    return (eol.join(out) + eol).encode()


if __name__ == "__main__":
    write(os.path.join(HERE, "llcom.log"), llcom(EVENTS))
    write(os.path.join(HERE, "llcom-plain.log"),
          llcom(EVENTS, symbols=False, hexline=False, arrow="{} ", eol="\n"))
    write(os.path.join(HERE, "llcom-late.log"), llcom(LATE))
