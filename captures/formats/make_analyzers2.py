"""More logic-analyser exports of session.py, one byte per row (see
make_analyzers.py for the wire timing).

  dsview.csv         DSView's protocol export (DreamSourceLab/DSView
                     pv/dialogs/protocolexp.cpp ProtocolExp::save_proc():
                     "Id,Time[ns],<row titles>", then one row per start
                     sample, "%1,%2,%3" with the time as QString::number(ns,
                     'f', 2) and each selected decoder row's annotation in
                     its column, the other columns empty). Two 1:UART
                     decoders, one on each wire; the row title is the
                     decoder's name and the row's ("1:UART: RX/TX",
                     pv/data/decode/row.cpp Row::title(), decoders/1-uart
                     pd.py annotation_rows): both columns have the same
                     title. The data row also holds the "Start bit" and
                     "Stop bit" annotations (anno_startstop 'yes', the
                     default), rows of their own. Hex format: "%02X"
                     (pd.py putx('@%02X'), annotationrestable.cpp
                     format_numberic() returns the hex string as is).
  dsview-ascii.csv   the same in the ASCII format (format_to_string(): the
                     character for 33..126, "[0D]" for any other byte), one
                     decoder row exported, start/stop annotations off.
  saleae-samename.csv Logic 2's Export Table with both Async Serial
                     analyzers under the default name "Async Serial": the
                     name no longer tells the wires apart, so the bytes are
                     one stream (read undirected, as a terminal log)."""
import os
from session import EVENTS, write
from make_analyzers import wire, secs

HERE = os.path.dirname(os.path.abspath(__file__))
BIT_NS = 10**9 // 115200


def dsview(events, fmt="hex", startstop=True, both=True):
    title = "1:UART: RX/TX"
    out = ["Id,Time[ns],%s" % (",".join([title, title]) if both else title)]
    rows = []
    for (ns, d, v) in wire(events, only_plain=not both):
        col = 0 if (d == "tx" or not both) else 1
        text = "%02X" % v if fmt == "hex" else (chr(v) if 33 <= v <= 126 else "[%02X]" % v)
        if startstop:
            rows.append((ns, col, "Start bit"))
            rows.append((ns + BIT_NS // 2, col, text))
            rows.append((ns + 9 * BIT_NS, col, "Stop bit"))
        else:
            rows.append((ns, col, text))
    rows.sort()
    for i, (ns, col, text) in enumerate(rows, 1):
        cells = ["", ""] if both else [""]
        cells[col] = text
        out.append("%d,%.2f,%s" % (i, float(ns), ",".join(cells)))
    return "\n".join(out) + "\n"


def saleae_samename(events):
    out = ["name,type,start_time,duration,data"]
    for (ns, d, v) in wire(events):
        out.append('"Async Serial","data",%s,8.68e-05,0x%02X' % (secs(ns), v))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    write(os.path.join(HERE, "dsview.csv"), dsview(EVENTS).encode())
    write(os.path.join(HERE, "dsview-ascii.csv"), dsview(EVENTS, "ascii", False, False).encode())
    write(os.path.join(HERE, "saleae-samename.csv"), saleae_samename(EVENTS).encode())
