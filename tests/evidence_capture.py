"""evidence_capture.py OUT BLOCKS - a capture whose violations' evidence is
hostile: lines past the 240 bytes evidence keeps (the cut falling inside
terminal escapes, NUL, bytes that are not UTF-8, a bidi override, multi-byte
characters, markup), a command whose note joins it on one line, and async
commands whose overlap comes long after them (past the evidence window, so
the command ring answers). Each block raises async-overlap, error-detail and
others; clean traffic between blocks spreads them over many record batches.
Used by tests/cli/threads.sh."""
import sys

out, blocks = sys.argv[1], int(sys.argv[2])
hostile = [b"\x1b[2J\x1b[31mRED\x1b]0;title\x07", b"\x00\x01\x7f", b"\xff\xfe\xc3(",
           "\u202eevil\u202c".encode(), b"\\\"</script>&amp;", "\u20ac\U0001F4A9".encode()]
mix = b"".join(h + b"%d" % k for k in range(60) for h in hostile)


def longline(i, n):
    # rotated per line, so the cut lands at a different byte of the mix
    k = (i * 7) % 97
    return (mix[k:] + mix)[:n].replace(b"\r", b".").replace(b"\n", b".")


filler = b"AT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\n"
b = bytearray()
for i in range(blocks):
    b += b'AT+MIPCALL=1,"CMNET"\r\r\nOK\r\n\r\n+MIPCALL: 10.166.80.147\r\n'
    b += b'AT+MIPOPEN=1,,"' + longline(i, 200 + i % 200) + b'",9000,0\r\r\nOK\r\n'
    b += filler * (150 if i % 7 == 3 else 1)
    b += b"+CGREG: " + longline(i + 1, 220 + i % 60) + b"\r\n"
    b += b"AT+MIPOPEN? //" + longline(i + 2, 200 + i % 90) + b"\r\r\nERROR\r\n\r\n"
    b += hostile[i % len(hostile)] + b"\r\n"
    b += b"+MIPOPEN: 1,1\r\n"
    b += b"AT+MIPCLOSE=1\r\r\nOK\r\n\r\n+MIPCLOSE: 1\r\n"
    b += filler * (20 + i % 40)
with open(out, "wb") as f:
    f.write(b)
