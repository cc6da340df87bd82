"""SSCOM (sscom5.13.1) and UartAssist renderings of session.py.

SSCOM: one record per send or receive chunk, "[HH:MM:SS.mmm]" then 发→◇
(send) or 收←◆ (receive), the body on the same and following lines with
the modem's CR and LF shown as line breaks; a send block ends with □ (on
its own line when the tool appended CR/LF to the command, right after the
data when it did not). Saved as UTF-8 (pasted logs) and as GBK (the file
SSCOM writes on Chinese Windows). See docs/formats.md for the sources.

SSCOM's hex display: sscom_hex() below.

UartAssist: "[YYYY-MM-DD HH:MM:SS.mmm]# SEND ASCII>" / "# RECV ASCII>",
body on the following lines, a blank line after each record."""
import os
import re
from session import EVENTS, LATE, DATE, hms, write

HERE = os.path.dirname(os.path.abspath(__file__))


def text_lines(b):
    """How a serial assistant shows bytes in text mode: CR, LF, CRLF and
    LFCR all become one line break (CR CR LF is the echo's CR, then a break)."""
    s = b.decode("latin-1")
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    return s.split("\n")


def sscom(events):
    out = []
    for (t, d, b) in events:
        if d == "tx":
            if b.endswith(b"\r"):
                # the user typed the command and SSCOM added CR LF ("加回车换行")
                out.append("[%s]发→◇%s" % (hms(t), b[:-1].decode()))
                out.append("□")
            else:
                out.append("[%s]发→◇%s□" % (hms(t), b.decode()))
        else:
            lines = text_lines(b)
            if lines and lines[-1] == "":
                lines = lines[:-1]     # the break after the last line is the record's
            out.append("[%s]收←◆%s" % (hms(t), lines[0] if lines else ""))
            out.extend(lines[1:])
    return "\r\n".join(out) + "\r\n"


def sscom_hex(events, after_mark=" "):
    """SSCOM with "HEX显示" on: every chunk's bytes as "%02X " pairs on its
    header line (CR and LF are 0D and 0A, nothing is lost), a send's pairs
    then "□" (SSCOM's saved file has a blank after it; a copy of the window
    may not). The shape a hex log saved by SSCOM shows, as a program that
    writes files "与sscom保存格式一致" reproduces it: RadarSerialThread.cpp
    writes "[10:48:58.563]发→◇41 54 2B ... 0A □ " and "[HH:mm:ss.zzz]收←◆"
    followed by "XX " pairs."""
    out = []
    for (t, d, b) in events:
        pairs = "".join("%02X " % x for x in b)
        if d == "tx":
            out.append("[%s]发→◇%s□%s" % (hms(t), pairs, after_mark))
        else:
            out.append("[%s]收←◆%s" % (hms(t), pairs))
    return "\r\n".join(out) + "\r\n"


def uartassist(events):
    y, mo, d0 = DATE
    out = []
    for (t, d, b) in events:
        out.append("[%04d-%02d-%02d %s]# %s ASCII>" % (y, mo, d0, hms(t), "SEND" if d == "tx" else "RECV"))
        if d == "tx" and b.endswith(b"\r"):
            out.append(b[:-1].decode())
        else:
            lines = text_lines(b)
            if lines and lines[-1] == "":
                lines = lines[:-1]
            out.extend(lines)
        out.append("")
    return "\r\n".join(out) + "\r\n"


if __name__ == "__main__":
    s = sscom(EVENTS)
    write(os.path.join(HERE, "sscom.log"), s.encode("utf-8"))
    write(os.path.join(HERE, "sscom-gbk.log"), s.encode("gbk"))
    write(os.path.join(HERE, "sscom-late.log"), sscom(LATE).encode("utf-8"))
    write(os.path.join(HERE, "uartassist.log"), uartassist(EVENTS).encode("utf-8"))
    write(os.path.join(HERE, "sscom-hex.log"), sscom_hex(EVENTS).encode("utf-8"))
    write(os.path.join(HERE, "sscom-hex-gbk.log"), sscom_hex(EVENTS, "").encode("gbk"))


def broken():
    """sscom.log with one header whose time is impossible (line 13)."""
    lines = sscom(EVENTS).split("\r\n")
    i = [k for k, l in enumerate(lines) if l.startswith("[10:21:32.000]")][0]
    lines[i] = lines[i].replace("[10:21:32.000]", "[10:61:32.0x0]")
    write(os.path.join(HERE, "sscom-broken.log"), "\r\n".join(lines).encode("utf-8"))


if __name__ == "__main__":
    broken()
