#!/usr/bin/env python3
"""Writes the Saleae Logic 1.x async serial CSV fixtures (held-out batch 18's
L6) from the exchanges below; from memory of Logic 1.x's exports (closed
source), the class's shape: 'Export search results' of the Decoded Protocols
panel (Time [s],Analyzer Name,Decoded Protocol Result, one byte a row, two
analyzers), and an analyzer's own export (Time [s],Value,Parity
Error,Framing Error), the value in hex (0x41) or ASCII ('A' style escapes:
'\\r', '\\n', ' ', ','), unquoted CSV.

    python3 make_saleae.py      rewrites the .csv files beside it"""
import os

BIT = 86.8e-6   # one byte's time at 115200 baud, 8N1 (10 bits)
HERE = os.path.dirname(os.path.abspath(__file__))


def ascii_value(x, quote_plain):
    esc = {13: "'\\r'", 10: "'\\n'", 32: "' '", 44: "','", 9: "'\\t'"}
    if x in esc:
        return esc[x]
    if 32 < x < 127:
        return "'%c'" % x if quote_plain else chr(x)
    return "'\\x%02X'" % x


def rows(t0, b, fmt):
    return [(t0 + i * BIT, fmt(x)) for i, x in enumerate(b)]


def write(name, header, body, eol):
    with open(os.path.join(HERE, name), 'w', newline='') as f:
        f.write(eol.join([header] + body) + eol)


# two analyzers, one on each wire: the decoded results, a byte a row
TWO = [(0.5620868, 'MCU TX', b'AT+CSQ\r'),
       (0.5712000, 'MODEM TX', b'\r\n+CSQ: 20,99\r\n\r\nOK\r\n'),
       (1.0000000, 'MCU TX', b'AT+COPS?\r'),
       (1.0100000, 'MODEM TX', b'\r\n+COPS: 0,0,"Example Net",7\r\n\r\nOK\r\n'),
       (1.5000000, 'MODEM TX', b'\r\n+CREG: 1\r\n'),
       (2.0000000, 'MCU TX', b'AT+CGATT=1\r'),
       (2.9000000, 'MODEM TX', b'\r\n+CME ERROR: 30\r\n')]
body = []
for t0, name, b in TWO:
    body += ['%.7f,%s,%s' % (t, name, v) for t, v in rows(t0, b, lambda x: ascii_value(x, False))]
write('saleae-logic1-decoded.csv', 'Time [s],Analyzer Name,Decoded Protocol Result', body, '\r\n')

# one analyzer on the modem's TX, echo on: the echo, then the answer
ECHO = [(0.2500000, b'AT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\n'),
        (0.9000000, b'AT+CGDCONT=1,"IP","iot"\r\r\nOK\r\n'),
        (1.4000000, b'AT+CPIN?\r\r\n+CME ERROR: 10\r\n')]
body = []
for t0, b in ECHO:
    body += ['%.15f,%s,,' % (t, v) for t, v in rows(t0, b, lambda x: ascii_value(x, True))]
write('saleae-logic1-value-ascii.csv', 'Time [s],Value,Parity Error,Framing Error', body, '\n')
body = []
for t0, b in ECHO:
    body += ['%.15f,0x%02X,,' % (t, x) for t, x in rows(t0, b, lambda x: x)]
# a byte with a framing error is not traffic
body.insert(3, '%.15f,0x00,,Error' % (0.2500000 + 2.5 * BIT))
write('saleae-logic1-value-hex.csv', 'Time [s],Value,Parity Error,Framing Error', body, '\n')

# negatives: a sensor's binary frames decoded (no AT), and Logic 1's
# digital export (no analyzer: channel levels)
body = ['%.7f,%s,%s' % (t, 'SENSOR TX', v)
        for t, v in rows(0.1, bytes([0xAA, 0x55, 0x03, 0x10, 0x20, 0x30, 0xE2]), lambda x: '0x%02X' % x)]
write('saleae-logic1-sensor.csv', 'Time [s],Analyzer Name,Decoded Protocol Result', body, '\r\n')
write('saleae-logic1-digital.csv', 'Time [s], Channel 0, Channel 1',
      ['0.000000000000000, 1, 1', '0.562086800000000, 0, 1', '0.562173600000000, 1, 1',
       '0.571200000000000, 1, 0'], '\r\n')

# Logic 2's Export Table in the ASCII radix, every field quoted: a comma byte
# is "," (the last cell ends in ,"), not a bare quote byte
L2 = [(0.001, 'MCU TX', b'AT+CSQ\r'), (0.011, 'Modem TX', b'\r\n+CSQ: 20,99\r\n\r\nOK\r\n')]
body = []
for t0, name, b in L2:
    body += ['"%s","data",%.9f,8.68e-05,"%s"' % (name, t, {13: '\\r', 10: '\\n', 32: ' '}.get(x, chr(x)))
             for t, x in rows(t0, b, lambda x: x)]
write('saleae-logic2-ascii-comma.csv', 'name,type,start_time,duration,data', body, '\n')
