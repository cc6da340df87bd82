"""A USB modem's AT port captured with usbmon / USBPcap and Wireshark,
rendered from session.py as Wireshark's text outputs.

wireshark-usb.txt: File > Export Packet Dissections > As Plain Text (the
    summary line and the details), or `tshark -V` with the summary: per
    URB the column header and summary line ("URB_BULK out" / "URB_BULK
    in"), "Frame n: ...", the "USB URB" tree with "[Source: host]" /
    "[Destination: 1.5.3]" (the device's bus.device.endpoint address), and
    the bulk payload Wireshark gives no dissector as "Leftover Capture
    Data: 41540d" (the usb.capdata field). The host's write is in its
    URB_SUBMIT (Source host), the modem's bytes in the completion of a
    bulk IN URB (Source the device); the empty submits and completions in
    between carry no data.
tshark-fields.txt: `tshark -r cap.pcapng -T fields -e frame.time_relative
    -e usb.src -e usb.dst -e usb.capdata` of the same (one line per URB, a
    tab between the fields, usb.capdata as colon-separated pairs as tshark
    before 3.0 prints bytes fields; an URB without data has the field
    empty).

The field names and labels are Wireshark's (epan/dissectors/packet-usb.c:
hf_usb_src "Source" / hf_usb_dst "Destination" as generated fields in
brackets, "URB type", "URB transfer type"; epan/dissectors/packet-data.c
... "Leftover Capture Data" is the usb.capdata field of bytes no
dissector took)."""
import os
from session import EVENTS, write

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "1.5.3"
DEV_IN = "1.5.2"


def urbs(events):
    """(t, src, dst, summary info, urb type, endpoint, data)"""
    out = []
    for (t, d, b) in events:
        if d == "tx":
            out.append((t, "host", DEV, "URB_BULK out", "URB_SUBMIT ('S')", "0x03, Direction: OUT", b))
            out.append((t + 0.000125, DEV, "host", "URB_BULK out", "URB_COMPLETE ('C')", "0x03, Direction: OUT", b""))
        else:
            out.append((t, DEV_IN, "host", "URB_BULK in", "URB_COMPLETE ('C')", "0x82, Direction: IN", b))
            out.append((t + 0.000050, "host", DEV_IN, "URB_BULK in", "URB_SUBMIT ('S')", "0x82, Direction: IN", b""))
    return out


def plain_text(events):
    lines = []
    for n, (t, src, dst, info, typ, ep, b) in enumerate(urbs(events), 1):
        length = 64 + len(b)
        lines.append("No.     Time           Source                Destination           Protocol Length Info")
        lines.append("%7d %-14.6f %-21s %-21s %-8s %-6d %s" % (n, t + 1.0, src, dst, "USB", length, info))
        lines.append("")
        lines.append("Frame %d: %d bytes on wire (%d bits), %d bytes captured (%d bits) on interface usbmon1, id 0"
                     % (n, length, length * 8, length, length * 8))
        lines.append("USB URB")
        lines.append("    [Source: %s]" % src)
        lines.append("    [Destination: %s]" % dst)
        lines.append("    URB id: 0xffff9e4a7c21%04x" % (0x0f00 + n % 7))
        lines.append("    URB type: %s" % typ)
        lines.append("    URB transfer type: URB_BULK (0x03)")
        lines.append("    Endpoint: %s" % ep)
        lines.append("    Device: 5")
        lines.append("    URB bus id: 1")
        lines.append("    Device setup request: not relevant ('-')")
        lines.append("    Data: %s" % ("present ('\\0')" if b else "not present ('>')"))
        lines.append("    URB length [bytes]: %d" % (len(b) if b or "OUT" in ep else 512))
        lines.append("    Data length [bytes]: %d" % len(b))
        lines.append("    [bInterfaceClass: CDC-Data (0x0a)]")
        if b:
            lines.append("Leftover Capture Data: %s" % b.hex())
        lines.append("")
    return ("\n".join(lines) + "\n").encode()


def fields(events):
    lines = []
    for (t, src, dst, info, typ, ep, b) in urbs(events):
        lines.append("%.9f\t%s\t%s\t%s" % (t + 1.0, src, dst, ":".join("%02x" % x for x in b)))
    return ("\n".join(lines) + "\n").encode()


if __name__ == "__main__":
    write(os.path.join(HERE, "wireshark-usb.txt"), plain_text(EVENTS))
    write(os.path.join(HERE, "tshark-fields.txt"), fields(EVENTS))
