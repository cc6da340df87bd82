#!/usr/bin/env python3
"""Held-out batch 18's classes L5, L6 and L8 (helper batch18b), on fixtures of
our own (tests/data/heldout18b/README.md cites each).
L8, a Legato component's own log of its AT port in logread / syslog: the frame
framework/liblegato/linux/log.c writes (`SEV | proc[pid]/comp T=thread |
file.c Func() n | message`) around a message that names its direction
(`Command sent: AT+CSQ`, `Line received: +CSQ: 20,99`, `Sending:`, `RX:`).
L5, a Windows serial port monitor's request view exported as text (HHD
Device Monitoring Studio, Free Serial Port Monitor): `[07.12.2026
09:31:10.080] Written data (COM12)` / `Read data (COM12)` headers, the date
in a dotted (day first) or ISO form, then 16-byte hex rows with the
characters beside them. L6, Saleae Logic 1.x async serial CSV: the Decoded Protocols panel's
export (`Time [s],Analyzer Name,Decoded Protocol Result`, two analyzers, one
byte a row, `'\r'` `'\n'` `' '` `','` escapes, a bare `"`) and an analyzer's
own export (`Time [s],Value,Parity Error,Framing Error`, `0x41` or `'A'`).
Every transaction exact, whole, a byte at a time and in random pieces; a
Legato log without an AT port reads no transaction.

usage: heldout18b_check.py ATSCOPE SRCDIR"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout18b/'

EXPECT = {
    'legato-app-logread.log': ('openwrt-logread > legato-at', [], [
        (2, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (5, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Example",7']),
        (9, 'AT+CGATT=1', '+CME ERROR: 30', []),
    ], []),
    'legato-app-syslog.log': ('syslog > legato-at', [], [
        (1, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (4, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
    ], []),
    'legato-no-modem.log': ('raw', [], [], []),
    'portmon-request-dotted.log': ('port-monitor-text', [], [
        (3, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (10, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Example Net",7']),
        (20, 'AT+CGDCONT=1,"IP","internet.example"', 'ERROR', []),
    ], [(28, '+CREG: 1')]),
    'portmon-request-iso.log': ('port-monitor-text', [], [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (8, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Example Net",7']),
    ], []),
    'portmon-request-events-only.log': ('raw', [], [], []),
    'saleae-logic1-decoded.csv': ('saleae', [], [
        (2, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (30, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Example Net",7']),
        (87, 'AT+CGATT=1', '+CME ERROR: 30', []),
    ], [(77, '+CREG: 1')]),
    'saleae-logic1-value-ascii.csv': ('saleae', [], [
        (2, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (30, 'AT+CGDCONT=1,"IP","iot"', 'OK', []),
        (60, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], []),
    'saleae-logic1-value-hex.csv': ('saleae', [], [
        (2, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (31, 'AT+CGDCONT=1,"IP","iot"', 'OK', []),
        (61, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], []),
    'saleae-logic1-sensor.csv': ('saleae', [], [], []),
    # Logic 2 quotes every cell: "," is a comma byte, never the bare quote Logic 1 writes
    'saleae-logic2-ascii-comma.csv': ('saleae', [], [
        (2, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
    ], []),
    'saleae-logic1-digital.csv': ('raw', [], [], []),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)


def records(name):
    return [json.loads(l) for l in ck.parse(DIR + name).decode('utf-8', 'replace').splitlines() if l.strip()]


# the component's other lines, and a byte count said in words, are the host's log
recs = records('legato-app-syslog.log')
host = [r['line'] for r in recs if r['kind'] == 'host-log']
if host != [3]:
    ck.error('legato-app-syslog.log: host-log lines %s, want [3]' % host)
# the dotted date is the day first (a German or Russian locale's short date), the
# milliseconds kept: each command's time and its answer's latency
recs = records('portmon-request-dotted.log')
got = [(r['time'], r.get('final_ms')) for r in recs if r['kind'] == 'transaction']
want = [('2026-12-07T09:31:10.080000', 62.0), ('2026-12-07T09:31:11.500000', 63.0),
        ('2026-12-07T09:31:12.020000', 70.0)]
if got != want:
    ck.error('portmon-request-dotted.log: times %s, want %s' % (got, want))
# two analyzers are the two sides: the one that sends AT is the host, whatever its name
recs = records('saleae-logic1-decoded.csv')
summ = [r for r in recs if r['kind'] == 'summary'][0]
if not summ.get('has_directions') or summ.get('unparsed'):
    ck.error('saleae-logic1-decoded.csv: has_directions %r, unparsed %r'
             % (summ.get('has_directions'), summ.get('unparsed')))
# a byte with a framing error is a note, not traffic
recs = records('saleae-logic1-value-hex.csv')
notes = [r['line'] for r in recs if r['kind'] == 'annotation']
if 5 not in notes:
    ck.error('saleae-logic1-value-hex.csv: the framing error row (line 5) is no note: %s' % notes)
sys.exit(ck.fail)
