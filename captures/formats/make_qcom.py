"""Quectel QCOM renderings of session.py.

QCOM (Quectel's serial tool, QCOM_V1.6) with its time stamp shown writes a
line per send and a line per received line, each behind
"[YYYY-MM-DD HH:MM:SS:mmm_S:] " (sent) or "_R:] " (received); the shape
comes from the example logs in Quectel's application notes as quoted in
public repositories (docs/formats.md cites them):

- a send is the text typed, without the CR/LF "Send With Enter" adds;
- every received line carries the stamp of the read that brought it; an
  empty line inside a read (the CR LF between a response and its final
  result) is written as an empty line without a stamp, and so is the line
  break a URC starts with;
- text without a line end (the "> " prompt) is a stamped line of its own.
CR LF line ends (a Windows program)."""
import os
from session import EVENTS, LATE, DATE, START, write

HERE = os.path.dirname(os.path.abspath(__file__))


def stamp(t, side):
    y, mo, d = DATE
    s = START + t
    ms = int(round((s % 1) * 1000))
    return "[%04d-%02d-%02d %02d:%02d:%02d:%03d_%s:]" % (
        y, mo, d, int(s // 3600) % 24, int(s % 3600 // 60), int(s % 60), ms, side)


def qcom(events):
    out = []
    for (t, d, b) in events:
        if d == "tx":
            text = b[:-1] if b.endswith(b"\r") else b
            out.append("%s %s" % (stamp(t, "S"), text.decode()))
            continue
        s = b.decode().replace("\r\r\n", "\r\n")
        lines = s.split("\r\n")
        if lines[-1] == "":
            lines = lines[:-1]
        for l in lines:
            out.append("%s %s" % (stamp(t, "R"), l) if l else "")
    return "\r\n".join(out) + "\r\n"


if __name__ == "__main__":
    write(os.path.join(HERE, "qcom.log"), qcom(EVENTS).encode("ascii"))
    write(os.path.join(HERE, "qcom-late.log"), qcom(LATE).encode("ascii"))
