"""Windows serial sniffers that log each I/O request of the program that owns
the port, rendered from session.py.

SysInternals Portmon: one row per request (IRP), the columns

    #   Time   Process   Request   Port   Result   Other

("Other" holds "Length n: " and the first bytes of a read or write buffer:
as characters with '.' for every non-printable byte, or with Options > Show
Hex as "%02X " pairs), and the serial driver's IOCTLs between the reads and
writes (IOCTL_SERIAL_GET_COMMSTATUS, IOCTL_SERIAL_WAIT_ON_MASK, ...). The
shape is that of Portmon logs quoted in public code and pages: a C# parser's
comment ("184\\t11:26:50\\tAppName\\tIRP_MJ_WRITE\\tSerial0\\tSUCCESS\\tLength
7: FE 46 00 3B 01 CA 6C \\t": the saved log, tab-separated, clock time, hex),
a blog's UPS reverse-engineering notes ("28 0.00002172 RupsMon.exe
IRP_MJ_WRITE Serial0 SUCCESS Length 2: F. ": copied from the grid, blanks,
the request's elapsed time, characters with dots), the London Hackspace's
Tecan notes (IOCTL rows between, "IOCTL_SERIAL_SET_BAUD_RATE Serial0 SUCCESS
Rate: 9600"). Portmon is closed source: no source of the tool was read.

portmon-irp.log:      the saved log (tabs, a tab after the last column),
                      clock time (seconds), characters with dots, CR LF.
portmon-irp-grid.log: rows copied from the grid with blanks between the
                      columns, the Time column the request's elapsed time
                      (no time of day), Show Hex on, LF.
portmon-irp-late.log: the LATE session as portmon-irp.log.

HHD / Electronic Team request view: the "[date time] Written data (COMn)"
blocks that port-monitor-text reads, as other exports and pastes show them:

portmon-flush.log:    rows at the line's start (no indentation: the shape a
                      Python parser of "SPM Dump" text describes, "bd a0 0d
                      6f ..." under the header), 12 pairs a row with the
                      characters two blanks after them (a programmer's note
                      of a vendor CPS log: "57 07 90 0f a0 10 00 00 56 00
                      41 00  W.......V.A."), US dates, LF."""
import os
from session import EVENTS, LATE, DATE, START, write

HERE = os.path.dirname(os.path.abspath(__file__))


def clock(t):
    s = START + t
    return "%02d:%02d:%02d" % (int(s // 3600) % 24, int(s % 3600 // 60), int(s % 60))


def dotted(b):
    return "".join(chr(x) if 0x20 <= x < 0x7f else "." for x in b)


def portmon(events, sep="\t", hexmode=False, elapsed=False):
    rows, n = [], 100
    proc, port = "ttermpro.exe", "Serial0"

    def row(t, req, result, other, k):
        tm = "%.8f" % (0.0000025 + (k % 7) * 0.0000031) if elapsed else clock(t)
        cols = [str(n), tm, proc, req, port, result]
        if other is not None:
            cols.append(other)
        line = sep.join(cols)
        return line + ("\t" if sep == "\t" else "")

    k = 0
    rows.append(row(0, "IRP_MJ_CREATE", "SUCCESS", "Options: Open", k))
    n += 1
    rows.append(row(0, "IOCTL_SERIAL_SET_BAUD_RATE", "SUCCESS", "Rate: 115200", k))
    n += 1
    for (t, d, b) in events:
        k += 1
        data = "".join("%02X " % x for x in b) if hexmode else dotted(b) + " "
        if d == "tx":
            rows.append(row(t, "IOCTL_SERIAL_GET_COMMSTATUS", "SUCCESS", None, k))
            n += 1
            rows.append(row(t, "IRP_MJ_WRITE", "SUCCESS", "Length %d: %s" % (len(b), data), k))
        else:
            rows.append(row(t, "IOCTL_SERIAL_WAIT_ON_MASK", "SUCCESS", None, k))
            n += 1
            rows.append(row(t, "IOCTL_SERIAL_GET_COMMSTATUS", "SUCCESS", None, k))
            n += 1
            rows.append(row(t, "IRP_MJ_READ", "SUCCESS", "Length %d: %s" % (len(b), data), k))
            n += 1
            # the program polls again and the read times out empty
            rows.append(row(t, "IRP_MJ_READ", "TIMEOUT", "Length 0: ", k))
        n += 1
    rows.append(row(events[-1][0] + 1, "IRP_MJ_CLEANUP", "SUCCESS", None, k))
    rows.append(row(events[-1][0] + 1, "IRP_MJ_CLOSE", "SUCCESS", None, k))
    eol = "\r\n" if sep == "\t" else "\n"
    return (eol.join(rows) + eol).encode("latin-1")


def flush_rows(events, port="COM3"):
    y, mo, d = DATE
    out = []
    for (t, dr, b) in events:
        what = "Written" if dr == "tx" else "Read"
        out.append("[%02d/%02d/%04d %s] %s data (%s)" % (mo, d, y, clock(t), what, port))
        for i in range(0, len(b), 12):
            c = b[i:i + 12]
            out.append("%-36s %s" % (" ".join("%02x" % x for x in c), dotted(c)))
    return ("\n".join(out) + "\n").encode("latin-1")


if __name__ == "__main__":
    write(os.path.join(HERE, "portmon-irp.log"), portmon(EVENTS))
    write(os.path.join(HERE, "portmon-irp-grid.log"), portmon(EVENTS, " ", True, True))
    write(os.path.join(HERE, "portmon-irp-late.log"), portmon(LATE))
    write(os.path.join(HERE, "portmon-flush.log"), flush_rows(EVENTS))
