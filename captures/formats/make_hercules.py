"""Hercules SETUP utility (HW-group) renderings of session.py.

Hercules' serial terminal shows what it receives in one text window, a CR
as {0D} and an LF as {0A}, without breaking the line there; copied as text,
a session is one long line (the shape users quote: 'AT+RST{0D}{0A}{0D}{0A}
OK{0D}{0A}...', docs/formats.md cites it). What is shown is what the modem
sent: the command appears as its echo (session.plain()). The second
rendering is the same text with a line break after each {0A}, as people
re-flow such a line when they paste it into a note or a comment."""
import os
from session import EVENTS, plain, write

HERE = os.path.dirname(os.path.abspath(__file__))


def tokens(b):
    return b.decode("latin-1").replace("\r", "{0D}").replace("\n", "{0A}")


if __name__ == "__main__":
    line = tokens(plain(EVENTS))
    write(os.path.join(HERE, "hercules.log"), (line + "\r\n").encode("latin-1"))
    write(os.path.join(HERE, "hercules-lines.log"),
          (line.replace("{0A}", "{0A}\n")).encode("latin-1"))
