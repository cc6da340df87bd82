#!/bin/sh
# CMUX traces beyond the fixtures of captures/traces: an esp_modem log whose
# reply is cut inside a frame's header and inside its payload, with a frame
# whose FCS is wrong, bytes before the first flag and a PPP frame; a Zephyr
# log with a reply over two hexdump rows and a dropped frame. What is read,
# the same byte by byte and in random pieces, and with --input-format.
. "$(dirname "$0")/../cli_common.sh"

python3 - "$TMP" <<'EOF'
import sys
tmp = sys.argv[1]

def fcs(b):
    crc = 0xFF
    for x in b:
        crc ^= x
        for _ in range(8):
            crc = (crc >> 1) ^ 0xE0 if crc & 1 else crc >> 1
    return 0xFF - crc

def frame(dlci, ctrl, data=b"", cr=0, bad=False):
    h = bytes([(dlci << 2) | (cr << 1) | 1, ctrl, (len(data) << 1) | 1])
    f = fcs(h + (b"" if ctrl == 0xEF else data)) ^ (0x55 if bad else 0)
    return b"\xf9" + h + data + bytes([f, 0xF9])

def rows(t, tag, data, addr=0x3fcb0a4c):
    out = []
    for off in range(0, len(data), 16):
        c = data[off:off + 16]
        r = "0x%08x " % (addr + off)
        for i in range(16):
            r += (" " if i % 8 == 0 else "") + ((" %02x" % c[i]) if i < len(c) else "   ")
        r += "  |" + "".join(chr(x) if 32 <= x < 127 else "." for x in c) + "|"
        out.append("V (%d) %s: %s" % (t, tag, r))
    return out

L = []
L += rows(100, "CMUX Received", b"OK\r\n" + frame(0, 0x73, cr=1))
L.append("D (100) CMUX: Payload frame: dlci:00 type:73 payload:0 available:2")
hdr, cmd = frame(1, 0xEF, b"AT+CSQ\r")[:4], b"AT+CSQ\r"
L += rows(200, "Send", hdr) + rows(200, "Send", cmd) + rows(200, "Send", frame(1, 0xEF, cmd)[-2:])
reply = frame(1, 0xEF, b"\r\n+CSQ: 20,99\r\n\r\nOK\r\n")
for k, (a, b) in enumerate(((0, 2), (2, 11), (11, len(reply)))):
    L += rows(250 + k * 10, "CMUX Received", reply[a:b])
L += rows(300, "CMUX Received", frame(1, 0xEF, b"\r\nRING\r\n", bad=True))
ppp = frame(2, 0xEF, bytes.fromhex("7eff7d23c0217d217d217d207d347d227d26"))
L += rows(400, "Send", ppp[:4]) + rows(400, "Send", ppp[4:-2]) + rows(400, "Send", ppp[-2:])
L += rows(500, "CMUX Received", frame(2, 0xEF, bytes.fromhex("7eff7d23c0217d227d21")))
open(tmp + "/esp.log", "w").write("\n".join(L) + "\n")

# log level DEBUG with CONFIG_ESP_MODEM_ADD_DEBUG_LOGS: no CMUX dumps, the
# UART's own: plain AT until the switch, frames after (SABM frames included)
U = []
U += rows(10, "uart-tx", b"AT+CMUX=0\r") + rows(20, "uart-rx", b"\r\nOK\r\n")
for d in range(3):
    U += rows(30 + d, "uart-tx", frame(d, 0x3F, cr=1))
    U += rows(40 + d, "uart-rx", frame(d, 0x73, cr=1))
    U.append("D (%d) CMUX: Payload frame: dlci:%02x type:73 payload:0 available:2" % (40 + d, d))
f = frame(1, 0xEF, b"AT+CPIN?\r")
U += rows(50, "uart-tx", f[:4]) + rows(50, "uart-tx", f[4:-2]) + rows(50, "uart-tx", f[-2:])
U += rows(60, "uart-rx", frame(1, 0xEF, b"\r\n+CPIN: READY\r\n\r\nOK\r\n"))
U.append("D (60) CMUX: Payload frame: dlci:01 type:ef payload:25 available:27")
open(tmp + "/espuart.log", "w").write("\n".join(U) + "\n")

def zrows(data, indent):
    out = []
    for off in range(0, len(data), 16):
        c = data[off:off + 16]
        r = " " * indent
        for i in range(16):
            r += (" " if i == 8 else "") + (("%02x " % c[i]) if i < len(c) else "   ")
        out.append(r + "|" + "".join(chr(x) if 32 <= x < 127 else "." for x in c))
    return out

pre = "[00:00:01.000,000] <dbg> modem_cmux: "
Z = []
def zf(act, ch, typ, data=b""):
    Z.append(pre + "modem_cmux_log_frame: %s ch:%d cr:1 pf:0 type:%s dlen:%d" % (act, ch, typ, len(data)))
    if data:
        Z.append(pre + "modem_cmux_log_frame: data:")
        Z.extend(zrows(data, len(pre)))
zf("tx", 0, "SABM")
zf("rcvd", 0, "UA")
zf("tx", 1, "UIH", b"AT+CGMR\r")
zf("dropped", 1, "UIH", b"\r\nBG95M3LAR02A03\r\n")
zf("rcvd", 1, "UIH", b"\r\nBG95M3LAR02A03_01.002.01.002\r\n")
zf("rcvd", 1, "UIH", b"\r\nOK\r\n")
# modem_cellular's order: the dial on DLCI 1, PPP there, the chat on DLCI 2
zf("tx", 1, "UIH", b"ATD*99#\r")
zf("rcvd", 1, "UIH", b"\r\nCONNECT 150000000\r\n")
zf("tx", 1, "UIH", bytes.fromhex("7eff7d23c0217d217d217d207d347d227d26"))
zf("rcvd", 1, "UIH", bytes.fromhex("7eff7d23c0217d227d21"))
zf("tx", 2, "UIH", b"AT+CSQ\r")
zf("rcvd", 1, "UIH", bytes.fromhex("7d237d21c0217e"))
zf("rcvd", 2, "UIH", b"\r\n+CSQ: 20,99\r\n\r\nOK\r\n")
open(tmp + "/zephyr.log", "w").write("\r\n".join(Z) + "\r\n")

# Channels carrying text at once, one log each, written by one loop:
# zephyr2: frames alternating inside a line: a URC on DLCI 1 cut in two
# frames around DLCI 2's reply, and a reply on DLCI 2 cut around a line of
# DLCI 1's; each channel's lines stay whole.
# zephyr3: commands in flight on two channels at once: AT+CGSN on DLCI 1 and
# AT+COPS? on DLCI 2 sent before either answers; DLCI 2 answers first, a
# URC comes on DLCI 2 between DLCI 1's answer and its OK.
channels = {
    "zephyr2": [("tx", 2, b"AT+CSQ\r"), ("rcvd", 1, b"\r\n+CEREG:"),
                ("rcvd", 2, b"\r\n+CSQ: 20,99\r\n"), ("rcvd", 1, b" 5\r\n"),
                ("rcvd", 2, b"\r\nOK\r\n"), ("tx", 2, b"AT+CGSN\r"), ("rcvd", 2, b"\r\n8675"),
                ("rcvd", 1, b"\r\n+CEREG: 1\r\n"), ("rcvd", 2, b"30012345678\r\n\r\nOK\r\n")],
    "zephyr3": [("tx", 1, b"AT+CGSN\r"), ("tx", 2, b"AT+COPS?\r"),
                ("rcvd", 2, b"\r\n+COPS: 0,0,\"Op\",7\r\n"), ("rcvd", 1, b"\r\n867530012345678\r\n"),
                ("rcvd", 2, b"\r\nOK\r\n"), ("rcvd", 2, b"\r\nRING\r\n"), ("rcvd", 1, b"\r\nOK\r\n")],
}
for name, frames in channels.items():
    Z = []
    for act, ch, data in frames:
        zf(act, ch, "UIH", data)
    open(tmp + "/" + name + ".log", "w").write("\r\n".join(Z) + "\r\n")
EOF

expect() {   # file, expected line (a grep -F pattern), what
    grep -qF -- "$2" "$TMP/$1.txt" || { echo "FAIL: $1: $3: no '$2' in"; cat "$TMP/$1.txt"; fail=1; }
}
for f in esp zephyr espuart zephyr2 zephyr3; do
    "$BIN" parse -f text --no-redact "$TMP/$f.log" > "$TMP/$f.txt" 2>&1 ||
        { echo "FAIL: parse $f.log"; cat "$TMP/$f.txt"; fail=1; }
    for extra in "--read-size 1" "--read-size 5 --read-seed 2" "--read-size 61 --read-seed 9"; do
        # shellcheck disable=SC2086
        "$BIN" parse -f text --no-redact $extra "$TMP/$f.log" 2>&1 | cmp -s - "$TMP/$f.txt" ||
            { echo "FAIL: $f.log reads differently with $extra"; fail=1; }
    done
    fmt=$(case $f in zephyr*) true;; *) false;; esac && echo zephyr-modem-cmux || echo esp-modem-cmux)
    "$BIN" parse -f jsonl --no-redact "$TMP/$f.log" | head -1 | grep -q "\"format\":\"$fmt\"" ||
        { echo "FAIL: $f.log is not detected as $fmt"; fail=1; }
    "$BIN" parse -f text --no-redact -i "$fmt" "$TMP/$f.log" 2>&1 | cmp -s - "$TMP/$f.txt" ||
        { echo "FAIL: $f.log reads differently with -i $fmt"; fail=1; }
done
expect esp 'CMUX rx: 4 bytes outside a frame' "the bytes before the first flag"
expect esp 'CMUX rx dlci 0 UA P/F' "the UA frame"
expect esp 'cmd   AT+CSQ  ->  OK' "the command whose reply was cut in three reads"
expect esp '| +CSQ: 20,99' "its response"
expect esp 'CMUX rx dlci 1 UIH: bad FCS, not read, 8 bytes' "the frame with a bad FCS"
expect esp 'CMUX tx dlci 2 UIH: data, 18 bytes' "a PPP frame sent"
expect esp 'CMUX rx dlci 2 UIH: data, 10 bytes' "a PPP frame received"
grep -q 'RING' "$TMP/esp.txt" && grep '^L[0-9-]* *urc' "$TMP/esp.txt" | grep -q RING &&
    { echo "FAIL: esp: the bad-FCS frame's RING was read as a URC"; fail=1; }
expect espuart 'cmd   AT+CMUX=0  ->  OK' "the switch, before the first frame"
expect espuart 'CMUX tx dlci 2 SABM P/F' "a SABM frame in a uart-tx dump"
expect espuart 'cmd   AT+CPIN?  ->  OK' "a command in frames after the switch"
expect espuart '| +CPIN: READY' "its response"
grep -q 'outside a frame' "$TMP/espuart.txt" &&
    { echo "FAIL: espuart: the plain AT before the switch is not modem text"; fail=1; }
expect zephyr 'CMUX tx dlci 0 SABM' "the SABM frame"
expect zephyr 'cmd   AT+CGMR  ->  OK' "the command"
expect zephyr '| BG95M3LAR02A03_01.002.01.002' "its response over two rows"
expect zephyr 'cmd   ATD*99#  ->  CONNECT 150000000' "the dial on DLCI 1"
expect zephyr 'CMUX rx dlci 1 UIH: data, 7 bytes' "a PPP frame that does not start with its flag"
expect zephyr 'cmd   AT+CSQ  ->  OK' "a command on DLCI 2 while PPP runs on DLCI 1"
expect zephyr '| +CSQ: 20,99' "its response"
grep -q '^L[0-9-]* *data' "$TMP/zephyr.txt" &&
    { echo "FAIL: zephyr: a CONNECT on DLCI 1 put DLCI 2 in data mode"; fail=1; }
grep -q '^L[0-9-]* *cmd.*BG95M3LAR02A03$' "$TMP/zephyr.txt" &&
    { echo "FAIL: zephyr: the dropped frame was read"; fail=1; }
expect zephyr2 'urc   +CEREG: 5' "a URC whose frames came around another channel's reply"
expect zephyr2 '| +CSQ: 20,99' "the reply it was cut around"
expect zephyr2 '| 867530012345678' "a reply cut around another channel's URC"
expect zephyr2 'urc   +CEREG: 1' "that URC"
[ "$(grep -c ' ->  OK$' "$TMP/zephyr2.txt")" = 2 ] ||
    { echo "FAIL: zephyr2: not two commands answered OK"; cat "$TMP/zephyr2.txt"; fail=1; }
expect zephyr3 'cmd   AT+CGSN  ->  OK' "DLCI 1's command, answered after DLCI 2's"
expect zephyr3 '| 867530012345678' "its answer, not DLCI 2's command's"
expect zephyr3 'cmd   AT+COPS?  ->  OK' "DLCI 2's command, sent while DLCI 1's waited"
expect zephyr3 '| +COPS: 0,0,"Op",7' "its answer"
grep -qE 'orphan|no final|text-outside' "$TMP/zephyr3.txt" &&
    { echo "FAIL: zephyr3: answers mis-paired across channels"; cat "$TMP/zephyr3.txt"; fail=1; }
exit $fail
