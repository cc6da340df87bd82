"""LLCOM renderings of session.py in the newer DataShowPage code
(chenxuuu/llcom@06876e4 llcom/Pages/DataShowPage.xaml.cs, class DataUart):
the packet's line is time + title + data, where data is
Tools.Global.Byte2Hex(temp, " ", len) when showHexFormat is 2 (the hex
display: BitConverter.ToString(...).Replace("-", " "), "41 54 0D", no text),
else Byte2Readable(); with showHexFormat 0 the hex below it is now
"HEX:" + Byte2Hex(...) (no blank after the colon; older versions wrote
"\\nHex: ", make_llcom.py).

llcom-hex.log:      showHexFormat 2: "[2020/06/16 10:21:30.000] ← 41 54 0D",
                    one line a packet, CR LF.
llcom-hexline.log:  showHexFormat 0 in the newer code: the text with its
                    control pictures, then "HEX:41 54 0D"."""
import os
from session import EVENTS, write
from make_llcom import stamp, readable, lines_of

HERE = os.path.dirname(os.path.abspath(__file__))


def llcom_hex(events):
    out = []
    for (t, d, b) in events:
        out.append(stamp(t) + (" ← " if d == "tx" else " → ") + " ".join("%02X" % x for x in b))
    return ("\r\n".join(out) + "\r\n").encode()


def llcom_hexline(events):
    out = []
    for (t, d, b) in events:
        body = lines_of(readable(b, True))
        out.append(stamp(t) + (" ← " if d == "tx" else " → ") + body[0])
        out.extend(body[1:])
        out.append("HEX:" + " ".join("%02X" % x for x in b))
    return ("\r\n".join(out) + "\r\n").encode()


if __name__ == "__main__":
    write(os.path.join(HERE, "llcom-hex.log"), llcom_hex(EVENTS))
    write(os.path.join(HERE, "llcom-hexline.log"), llcom_hexline(EVENTS))
