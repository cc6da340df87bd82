"""Windows modem log (Unimodem's ModemLog_<modem name>.txt, "Append to Log"
on the modem's Diagnostics tab) renderings of session.py.

The shape, as Windows writes it (the extracts users quote, such as a
U.S. Robotics modem's ModemLog of a Windows 2000 dial-up, 2009): each line
"MM-DD-YYYY HH:MM:SS.mmm - " and then what the modem driver did: "Send: "
and the bytes written, "Recv: " and the bytes of one read, control bytes as
<cr> and <lf>; "Interpreted response: " and the driver's word for the
result it read (Connect, No Carrier, OK); the driver's own lines (the
files and versions in use, the modem type and its INF, "Initializing
modem.", "Hanging up the modem.", session statistics). A read may hold the
echo alone ("Recv: AT<cr>") and the answer come in the next one. CR LF
line ends (a Windows text file).

modemlog.log:       the session behind Unimodem's header.
modemlog-late.log:  the LATE session."""
import datetime
import os
from session import EVENTS, LATE, DATE, START, write

HERE = os.path.dirname(os.path.abspath(__file__))


def stamp(t):
    d = datetime.datetime(*DATE) + datetime.timedelta(seconds=START + t)
    return "%02d-%02d-%04d %02d:%02d:%02d.%03d - " % (d.month, d.day, d.year, d.hour, d.minute,
                                                      d.second, d.microsecond // 1000)


def angle(b):
    return "".join("<cr>" if x == 13 else "<lf>" if x == 10 else chr(x) for x in b)


HEADER = [
    "File: C:\\WINDOWS\\system32\\tapisrv.dll, Version 10.0.19041",
    "File: C:\\WINDOWS\\system32\\unimdm.tsp, Version 10.0.19041",
    "File: C:\\WINDOWS\\system32\\unimdmat.dll, Version 10.0.19041",
    "File: C:\\WINDOWS\\system32\\uniplat.dll, Version 10.0.19041",
    "File: C:\\WINDOWS\\system32\\drivers\\modem.sys, Version 10.0.19041",
    "File: C:\\WINDOWS\\system32\\modemui.dll, Version 10.0.19041",
    "File: C:\\WINDOWS\\system32\\mdminst.dll, Version 10.0.19041",
    "Modem type: Fibocom L610 LTE Modem",
    "Modem inf path: oem42.inf",
    "Modem inf section: Modem_L610",
    "Matching hardware ID: usb\\vid_1782&pid_4d11&mi_02",
    "Opening Modem",
    "115200,8,N,1, ctsfl=1, rtsctl=2",
    "Initializing modem.",
]
WORDS = {b"OK": "OK", b"ERROR": "Error", b"NO CARRIER": "No Carrier"}


def reads(b):
    """The echo (up to its CR) in a read of its own, the rest in the next."""
    if b.startswith(b"AT") and b"\r" in b:
        i = b.index(b"\r") + 1
        return [b[:i], b[i:]] if b[i:] else [b[:i]]
    return [b]


def modemlog(events):
    out = [stamp(-0.5) + h for h in HEADER]
    for (t, d, b) in events:
        if d == "tx":
            out.append(stamp(t) + "Send: " + angle(b))
            continue
        for r in reads(b):
            out.append(stamp(t) + "Recv: " + angle(r))
            last = r.rstrip(b"\r\n").split(b"\r\n")[-1]
            if last in WORDS:
                out.append(stamp(t) + "Interpreted response: " + WORDS[last])
    out.append(stamp(12.0) + "Session Statistics:")
    out.append(stamp(12.0) + "               Reads : 402 bytes")
    out.append(stamp(12.0) + "               Writes: 160 bytes")
    out.append(stamp(12.0) + "Closing Modem")
    return ("\r\n".join(out) + "\r\n").encode()


if __name__ == "__main__":
    write(os.path.join(HERE, "modemlog.log"), modemlog(EVENTS))
    write(os.path.join(HERE, "modemlog-late.log"), modemlog(LATE))
