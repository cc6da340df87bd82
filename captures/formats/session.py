"""The session every format fixture in this folder carries: one L610 TCP
exchange, as the bytes that crossed the UART, with times. Each make_*.py
renders it the way one capture tool writes its log, so parsing any fixture
must give the transactions of the plain rendering (session.plain.log).

Events are (seconds since 00:00 of the capture day, direction, bytes);
direction "tx" is host->modem, "rx" modem->host. Echo is on (ATE1)."""

DATE = (2020, 6, 16)
START = 10 * 3600 + 21 * 60 + 30.0      # 10:21:30.000 local time

EVENTS = [
    (0.000, "tx", b"AT\r"),
    (0.010, "rx", b"AT\r\r\nOK\r\n"),
    (1.000, "tx", b"AT+CPIN?\r"),
    (1.012, "rx", b"AT+CPIN?\r\r\n+CPIN: READY\r\n\r\nOK\r\n"),
    (2.000, "tx", b"AT+CSQ\r"),
    (2.015, "rx", b"AT+CSQ\r\r\n+CSQ: 24,99\r\n\r\nOK\r\n"),
    (3.000, "tx", b'AT+MIPCALL=1,"CMNET"\r'),
    (3.020, "rx", b'AT+MIPCALL=1,"CMNET"\r\r\nOK\r\n'),
    (5.400, "rx", b"\r\n+MIPCALL: 10.166.80.147\r\n"),
    (6.000, "tx", b'AT+MIPOPEN=1,,"183.47.42.41",9000,0\r'),
    (6.020, "rx", b'AT+MIPOPEN=1,,"183.47.42.41",9000,0\r\r\nOK\r\n'),
    (7.250, "rx", b"\r\n+MIPOPEN: 1,1\r\n"),
    (8.000, "tx", b"AT+MIPSEND=1,15\r"),
    (8.010, "rx", b"AT+MIPSEND=1,15\r\r\n> "),
    (8.100, "tx", b"012345678901234"),
    (8.150, "rx", b"\r\nOK\r\n\r\n+MIPPUSH: 1,0\r\n\r\n+MIPSEND: 1,0,2048\r\n"),
    (9.300, "rx", b"\r\n+MIPRTCP: 1,0,3031323334\r\n"),
    (10.000, "tx", b"AT+MIPCLOSE=1\r"),
    (10.010, "rx", b"AT+MIPCLOSE=1\r\r\nOK\r\n"),
    (10.500, "rx", b"\r\n+MIPCLOSE: 1,0\r\n"),
    (11.000, "tx", b"AT+MIPOPEN?\r"),
    (11.010, "rx", b"AT+MIPOPEN?\r\r\n+MIPOPEN: 1,2,3,4,5,6\r\n\r\nOK\r\n"),
]

# The same session with the +MIPOPEN: 1,1 completion 75 s after the command
# (the guide allows 60 s): completion-timeout must fail on timed captures.
LATE = [(t + (75.0 if t >= 7.25 else 0.0), d, b) for (t, d, b) in EVENTS]


def plain(events):
    """What a terminal log (picocom, PuTTY, screen) holds: the modem's bytes;
    the host's payload shows where the terminal echoed it after the prompt."""
    out = b""
    for (t, d, b) in events:
        if d == "rx" or not b.endswith(b"\r"):
            out += b
    return out


def hms(t, ms=True):
    s = START + t
    h, m, sec = int(s // 3600) % 24, int(s % 3600 // 60), s % 60
    return "%02d:%02d:%06.3f" % (h, m, sec) if ms else "%02d:%02d:%02d" % (h, m, int(sec))


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    write(os.path.join(here, "session.plain.log"), plain(EVENTS))
    write(os.path.join(here, "late.plain.log"), plain(LATE))
