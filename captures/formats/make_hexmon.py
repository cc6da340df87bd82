"""A serial terminal's hex monitor copied as text, rendered from session.py:
what the user typed shows as the typed text (its Enter not shown), what the
port received as a hex dump with a running offset (the count of bytes
received so far, in hex), 16 bytes a row, the characters beside them ('.'
for a control byte):

    AT+CSQ
    00000010  41 54 2b 43 53 51 0d 0d  0a 2b 43 53 51 3a 20 32  AT+CSQ...+CSQ: 2

The offset runs on over the typed lines; each read starts a new row at the
offset it reached. The rows are the canonical hexdump layout (`hexdump -C`,
`xxd`-like terminals' hex views: an 8-digit offset, two blanks, the pairs
with one more blank after the eighth, the characters after the padding);
the typed lines are the tool's marker of what was sent.

hexmon-offset.log:  the layout above, LF.
hexmon-xxd.log:     xxd's layout ("00000010: 4154 2b43 ..." is not this; the
                    offset with a colon and pairs one blank apart, the
                    characters after two blanks), CR LF.
hexdump-c.log:      `hexdump -C` of a raw capture (session.plain.log): no typed
                    lines, the characters between bars, '*' for a row equal
                    to the one before, the closing offset line (util-linux
                    hexdump's canonical format "%08.8_Ax\n" "%08.8_ax  " 8/1
                    "%02x " "  " 8/1 "%02x " "  |" 16/1 "%_p" "|\n"); the rows
                    are the stream of a terminal log: undirected."""
import os
from session import EVENTS, plain, write

HERE = os.path.dirname(os.path.abspath(__file__))


def dotted(b):
    return "".join(chr(x) if 0x20 <= x < 0x7f else "." for x in b)


def canonical(off, c):
    h = " ".join("%02x" % x for x in c[:8])
    if len(c) > 8:
        h += "  " + " ".join("%02x" % x for x in c[8:])
    return "%08x  %-49s %s" % (off, h, dotted(c))


def colon(off, c):
    return "%08X: %-47s  %s" % (off, " ".join("%02X" % x for x in c), dotted(c))


def render(events, row, eol):
    out, off = [], 0
    for (t, d, b) in events:
        if d == "tx":
            out.append(b.rstrip(b"\r").decode())
            continue
        for i in range(0, len(b), 16):
            out.append(row(off, b[i:i + 16]))
            off += len(b[i:i + 16])
    return (eol.join(out) + eol).encode()


def hexdump_c(data):
    out, prev, star = [], None, False
    for off in range(0, len(data), 16):
        c = data[off:off + 16]
        if c == prev and len(c) == 16:
            if not star:
                out.append("*")
                star = True
            continue
        prev, star = c, False
        h = " ".join("%02x" % x for x in c[:8])
        if len(c) > 8:
            h += "  " + " ".join("%02x" % x for x in c[8:])
        out.append("%08x  %-49s |%s|" % (off, h, dotted(c)))
    out.append("%08x" % len(data))
    return ("\n".join(out) + "\n").encode()


if __name__ == "__main__":
    write(os.path.join(HERE, "hexmon-offset.log"), render(EVENTS, canonical, "\n"))
    write(os.path.join(HERE, "hexmon-xxd.log"), render(EVENTS, colon, "\r\n"))
    write(os.path.join(HERE, "hexdump-c.log"), hexdump_c(plain(EVENTS)))
