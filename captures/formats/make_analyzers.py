"""Logic-analyzer renderings of session.py: the UART decoded byte by byte,
as Saleae Logic and sigrok write it (capture-formats.md 6.1, 6.2).

115200 baud 8N1: a byte is 10 bit times, 86.8 us on the wire; the bytes of
one session event follow each other back to back from the event's time.
Times count from the start of the capture, which began LEAD seconds before
the session's first byte. Every file is deterministic: times are worked out
in integer nanoseconds (Saleae) or samples (sigrok), never printed from a
float sum.

  saleae.csv        Logic 2 "Export Table": name,type,start_time,duration,data;
                    two Async Serial analyzers, "MCU TX" (host->modem) and
                    "Modem TX" (modem->host), rows in time order, hex radix,
                    start_time in seconds since the capture start.
  saleae-iso.csv    the same with absolute ISO-8601 start times (UTC, ns).
  saleae-late.csv   saleae.csv of session.LATE (the 75 s late +MIPOPEN).
  saleae-logic1.csv Logic 1.x per-analyzer export "Time [s],Value,Parity
                    Error,Framing Error": one analyzer, so no direction; it
                    carries the bytes of the plain terminal log (the modem's
                    bytes and the host's payload).
  sigrok.txt        sigrok-cli -P uart:rx=D1:tx=D0:baudrate=115200
                    -A uart=rx-data:tx-data --protocol-decoder-samplenum
                    --protocol-decoder-ann-class, samplerate 1 MHz, hex:
                    "1008-1079 uart-1: tx-data: 41". The decoder's tx is
                    wired to the MCU's TX.
  sigrok-ascii.txt  the same with format=ascii ("A", "[0D]") and the start
                    and stop bit annotations shown (-A uart=rx-data:tx-data:
                    rx-start:tx-start:rx-stop:tx-stop).
  pulseview.txt     PulseView "Export all annotations" (default format
                    "%s %d: %r: %1"): "1008-1079 UART: RX data: 41", with
                    the Start bit / Stop bit annotations of the data row. The
                    decoder was wired from the modem's side: its RX is the
                    MCU's TX, so "RX data" are the host's bytes (the reader
                    tells host from modem by content, not by the label).
  saleae-broken.csv saleae.csv with one start_time that is not a number.
  sigrok-broken.txt sigrok.txt with one data byte that is not hex.

See docs/formats/saleae.md and docs/formats/sigrok.md."""
import datetime
import os
from session import EVENTS, LATE, DATE, START, write

HERE = os.path.dirname(os.path.abspath(__file__))
BAUD = 115200
LEAD = 0.001                       # capture start -> first session byte, s
SAMPLERATE = 1000000               # sigrok: 1 MHz


def byte_ns(i):
    """Start of the i-th byte of an event, ns after the event's start."""
    return (i * 10 * 10**9 + BAUD // 2) // BAUD


def wire(events, only_plain=False):
    """(start ns since capture start, direction, byte), in time order."""
    out = []
    for (t, d, b) in events:
        if only_plain and not (d == "rx" or not b.endswith(b"\r")):
            continue              # what session.plain() keeps
        t0 = round((t + LEAD) * 10**9)
        for i, v in enumerate(b):
            out.append((t0 + byte_ns(i), d, v))
    out.sort(key=lambda r: r[0])
    return out


def secs(ns, digits=9):
    return "%d.%0*d" % (ns // 10**9, digits, (ns % 10**9) // 10**(9 - digits))


NAMES = {"tx": "MCU TX", "rx": "Modem TX"}


def saleae(events, iso=False):
    base = datetime.datetime(DATE[0], DATE[1], DATE[2]) + datetime.timedelta(seconds=START - LEAD)
    out = ["name,type,start_time,duration,data"]
    for (ns, d, v) in wire(events):
        if iso:
            s = base + datetime.timedelta(microseconds=ns // 1000)
            st = "%s.%06d%03d+00:00" % (s.strftime("%Y-%m-%dT%H:%M:%S"), s.microsecond, ns % 1000)
        else:
            st = secs(ns)
        out.append('"%s","data",%s,8.68e-05,0x%02X' % (NAMES[d], st, v))
    return "\n".join(out) + "\n"


def saleae_logic1(events):
    out = ["Time [s],Value,Parity Error,Framing Error"]
    for (ns, d, v) in wire(events, only_plain=True):
        out.append("%s000000,0x%02X,," % (secs(ns), v))
    return "\r\n".join(out) + "\r\n"


def samples(ns):
    """The UART decoder's data annotation: from half a bit before the first
    data bit's centre to half a bit after the last one's (8 bit times)."""
    bit = SAMPLERATE / BAUD
    frame = ns * SAMPLERATE // 10**9
    return int(frame + bit), int(frame + 9 * bit + 0.999)


def ascii_fmt(v):
    return chr(v) if 32 <= v <= 126 else "[%02X]" % v


def sigrok(events, fmt="hex", framing=False):
    out = []
    for (ns, d, v) in wire(events):
        ss, es = samples(ns)
        text = ascii_fmt(v) if fmt == "ascii" else "%02X" % v
        bit = SAMPLERATE / BAUD
        frame = ns * SAMPLERATE // 10**9
        if framing:
            out.append("%d-%d uart-1: %s-start: Start bit" % (frame, int(frame + bit), d))
        out.append("%d-%d uart-1: %s-data: %s" % (ss, es, d, text))
        if framing:
            out.append("%d-%d uart-1: %s-stop: Stop bit" % (es, int(es + bit), d))
    return "\n".join(out) + "\n"


def pulseview(events):
    row = {"tx": "RX", "rx": "TX"}      # decoder wired from the modem's side
    out = []
    for (ns, d, v) in wire(events):
        ss, es = samples(ns)
        bit = SAMPLERATE / BAUD
        frame = ns * SAMPLERATE // 10**9
        out.append("%d-%d UART: %s data: Start bit" % (frame, int(frame + bit), row[d]))
        out.append("%d-%d UART: %s data: %02X" % (ss, es, row[d], v))
        out.append("%d-%d UART: %s data: Stop bit" % (es, int(es + bit), row[d]))
    return "\n".join(out) + "\n"


def broken_line(text, pick, change):
    """text with the line pick() chooses changed; returns (text, 1-based line)."""
    lines = text.split("\n")
    i = [k for k, l in enumerate(lines) if pick(l)][0]
    lines[i] = change(lines[i])
    return "\n".join(lines), i + 1


def main():
    files = {
        "saleae.csv": saleae(EVENTS),
        "saleae-iso.csv": saleae(EVENTS, iso=True),
        "saleae-late.csv": saleae(LATE),
        "saleae-logic1.csv": saleae_logic1(EVENTS),
        "sigrok.txt": sigrok(EVENTS),
        "sigrok-ascii.txt": sigrok(EVENTS, fmt="ascii", framing=True),
        "pulseview.txt": pulseview(EVENTS),
    }
    # the first byte of AT+CSQ with a start time that is not a number
    csq = round((2.0 + LEAD) * 10**9)
    files["saleae-broken.csv"], sl = broken_line(
        files["saleae.csv"], lambda l: (",%s," % secs(csq)) in l,
        lambda l: l.replace(secs(csq), "2.00I000000"))
    # the "+" of AT+CSQ with a byte that is not hex
    files["sigrok-broken.txt"], gl = broken_line(
        files["sigrok.txt"], lambda l: l.startswith("%d-" % samples(csq + byte_ns(2))[0]),
        lambda l: l[:-2] + "2G")
    for name, text in files.items():
        write(os.path.join(HERE, name), text.encode("ascii"))
    return sl, gl


if __name__ == "__main__":
    sl, gl = main()
    print("saleae-broken.csv: line %d; sigrok-broken.txt: line %d" % (sl, gl))
