"""The session as two Linux sniffers write it (rendered from session.py).

slsnif.log: slsnif's log file (`slsnif -l slsnif.log -s 115200
    /dev/ttyUSB0`, slsnif.c outputData()): before each read of either side
    (at most BUFFSIZE, 32, bytes) "\\n" and the side's prefix,
    "\\nHost   --> " or "\\nDevice --> " (slsnif.h PORT_OUT / PORT_IN), then
    each byte as fmtData() prints it, "%c (%03i) ", a byte below 33 by its
    ASCII name (ascii.h: <CR>, <LF>, <SPACE>) and 127 as <DEL>; no line end
    after the data, the "\\n" closeAll() writes at the end.
usbmon.log: `cat /sys/kernel/debug/usb/usbmon/1u` while the host talks to
    a CDC ACM modem's AT port (Documentation/usb/usbmon.rst; mon_text.c
    mon_text_read_data()): per URB its tag, the time in microseconds, S or
    C, the address word (Bo:1:005:3 bulk out, Bi:1:005:2 bulk in), the
    status, the length, "=" and the data as big-endian words of four bytes,
    or ">" / "<" where none was captured. The text API shows at most 32
    bytes of a URB: here the modem's replies come in packets of at most 32
    bytes, so every byte shows (a longer packet would be cut: lossy).
tcpflow.log: `tcpflow -c port 2000` on the PC of a session run through a
    TCP-to-serial bridge (ser2net): tcpip.cpp print_packet() prints the
    flow's name (flow.cpp "%03d.%03d.%03d.%03d.%05d" of each side), ": ",
    the packet's data with every unprintable byte but CR and LF as '.',
    and a newline; a packet per write and per read."""
import os
from session import EVENTS, write

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = ["<NUL>", "<SOH>", "<STX>", "<ETX>", "<EOT>", "<ENQ>", "<ACK>", "<BEL>",
         "<BS>", "<HT>", "<LF>", "<VT>", "<FF>", "<CR>", "<SO>", "<SI>",
         "<DLE>", "<DC1>", "<DC2>", "<DC3>", "<DC4>", "<NAK>", "<SYN>", "<ETB>",
         "<CAN>", "<EM>", "<SUB>", "<ESC>", "<FS>", "<GS>", "<RS>", "<US>", "<SPACE>"]


def pieces(b, n=32):
    return [b[i:i + n] for i in range(0, len(b), n)]


def slsnif(events):
    out = ""
    for (t, d, b) in events:
        for p in pieces(b):
            out += "\n" + ("\nHost   --> " if d == "tx" else "\nDevice --> ")
            out += "".join("%s (%03i) " % ("<DEL>" if c == 127 else NAMES[c] if c < 33 else chr(c), c)
                           for c in p)
    return (out + "\n").encode()


def usbmon(events):
    lines = []
    us = lambda t: "%d" % ((int(round(t * 1e6)) + 1804289383) % (1 << 32))
    lines.append("ffff9e4a7c214a00 %s S Bi:1:005:2 -115 512 <" % us(-0.5))
    for (t, d, b) in events:
        for k, p in enumerate(pieces(b)):
            words = " ".join(p[i:i + 4].hex() for i in range(0, len(p), 4))
            if d == "tx":
                lines.append("ffff9e4a7c214c00 %s S Bo:1:005:3 -115 %d = %s" % (us(t), len(p), words))
                lines.append("ffff9e4a7c214c00 %s C Bo:1:005:3 0 %d >" % (us(t + 0.000125), len(p)))
            else:
                lines.append("ffff9e4a7c214a00 %s C Bi:1:005:2 0 %d = %s" % (us(t + k * 0.000125), len(p), words))
                lines.append("ffff9e4a7c214a00 %s S Bi:1:005:2 -115 512 <" % us(t + k * 0.000125 + 0.00005))
    return ("\n".join(lines) + "\n").encode()


def tcpflow(events):
    up = "192.168.001.010.54321-192.168.001.020.02000: "
    down = "192.168.001.020.02000-192.168.001.010.54321: "
    out = "tcpflow: listening on eth0\n"
    for (t, d, b) in events:
        out += (up if d == "tx" else down)
        out += "".join(chr(c) if 32 <= c < 127 or c in (10, 13) else "." for c in b) + "\n"
    return out.encode()


if __name__ == "__main__":
    write(os.path.join(HERE, "slsnif.log"), slsnif(EVENTS))
    write(os.path.join(HERE, "usbmon.log"), usbmon(EVENTS))
    write(os.path.join(HERE, "tcpflow.log"), tcpflow(EVENTS))
