"""jpnevulator renderings of session.py: a sniffer reading both lines of the
UART on two ttys (`jpnevulator --read --timing-print --ascii --tty A --tty B`).

The shape is jpnevulator's own output code (snarlistic/jpnevulator
jpnevulator.c): headerWrite() prints "%04d-%02d-%02d %02d:%02d:%02d.%06ld:"
and, with more than one --tty, " %s" with interfacePrint(), the tty's name
or the alias given as --tty NAME:ALIAS (jpnevulator.1); a header comes when
the tty changes or --timing-delta (100 ms) has passed since the last read,
so a read of the same tty within it goes on in the same row. Each byte is
bytePut() "%02X", a space between bytes, --width (16) bytes a row; with
--ascii, asciiWrite() pads a short row with width+1 blanks per missing byte
and puts a TAB and the characters ('.' for the unprintable ones) after it.
The tty names say nothing of who sent what: both lines are one stream,
read as a terminal log is (the echo carries the command).

jpnevulator-2tty.log:        written to a file (-f or a redirect): TABs kept,
                             device names, each reply arriving in two reads
                             4 ms apart (one record spanning rows).
jpnevulator-alias-term.log:  the same copied from a terminal: each TAB
                             expanded to blanks up to the next tab stop,
                             --tty /dev/ttyS0:SENDING --tty /dev/ttyUSB0:RECEIVING,
                             CR LF line ends (a Windows editor).
jpnevulator-late.log:        the LATE session, as jpnevulator-2tty.log."""
import datetime
import os
from session import EVENTS, LATE, DATE, START, write

HERE = os.path.dirname(os.path.abspath(__file__))
WIDTH = 16


def stamp(t):
    d = datetime.datetime(*DATE) + datetime.timedelta(seconds=START + t)
    return "%04d-%02d-%02d %02d:%02d:%02d.%06d:" % (d.year, d.month, d.day, d.hour, d.minute,
                                                    d.second, d.microsecond)


def reads(events, split):
    """(time, tty, bytes) reads; a reply comes in two reads when split."""
    for (t, d, b) in events:
        tty = 0 if d == "tx" else 1
        if split and d == "rx" and len(b) > 4:
            h = len(b) // 2
            yield (t, tty, b[:h])
            yield (t + 0.004, tty, b[h:])
        else:
            yield (t, tty, b)


def jpnevulator(events, names, split=True, expand=False, eol="\n"):
    out = []
    row = []
    last_tty, last_t = None, None

    def ascii_write(fill):
        if not row:
            return
        s = " ".join("%02X" % x for x in row)
        if fill:
            s += " " * ((WIDTH - len(row)) * 3)
        s += "\t" + "".join(chr(x) if 32 <= x < 127 else "." for x in row)
        out.append(s.expandtabs(8) if expand else s)
        row.clear()

    for (t, tty, b) in reads(events, split):
        if tty != last_tty or t - last_t > 0.100:
            ascii_write(True)
            out.append(stamp(t) + " " + names[tty])
        last_tty, last_t = tty, t
        for x in b:
            if len(row) >= WIDTH:
                ascii_write(False)
            row.append(x)
    ascii_write(True)
    return (eol.join(out) + eol).encode()


if __name__ == "__main__":
    devs = ("/dev/ttyS0", "/dev/ttyUSB0")
    write(os.path.join(HERE, "jpnevulator-2tty.log"), jpnevulator(EVENTS, devs))
    write(os.path.join(HERE, "jpnevulator-alias-term.log"),
          jpnevulator(EVENTS, ("SENDING", "RECEIVING"), expand=True, eol="\r\n"))
    write(os.path.join(HERE, "jpnevulator-late.log"), jpnevulator(LATE, devs))
