#!/usr/bin/env python3
"""Held-out batch 24's classes S2-S4 (helper batch24b), on fixtures of our own
(tests/data/heldout24b/README.md cites each tool's source): records that span
lines behind an outer wrapper. chan_dongle's at_write()/at_read() debug lines
up to their lone ']' under Asterisk's older logger prefix, under syslog on
every line (the wrapper's writer name on the record's further lines too), in a
forum post's [quote] and [code] blocks, and a user's command from the CLI;
Quectel QCOM's received chunk whose further lines come bare; warthog618/modem's
Go trace in the journal, a read's further lines behind the journal's prefix
alone, Init()'s escape. Every transaction exact (line, command, final,
responses; the final's line), whole, a byte at a time and in random pieces.

usage: heldout24b_check.py ATSCOPE SRCDIR"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout24b/'

DONGLE = [
    (2, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
    (11, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Telia",2']),
    (20, 'AT+CUSD=1,"*100#",15', 'OK', []),
    (27, 'AT+CPIN?', '+CME ERROR: 10', []),
]
QCOM = [
    (2, 'AT+QCCID', 'OK', ['+QCCID: 89460800000000000001']),
    (9, 'AT+CSQ', 'OK', ['+CSQ: 21,99']),
    (15, 'AT+CPIN?', '+CME ERROR: 10', []),
    (20, 'AT+QENG="servingcell"', 'OK', ['+QENG: "servingcell","NOCONN","LTE","FDD",240,01,'
                                          '1A2B3C4,123,6300,20,5,5,2B0C,-95,-10,-65,12,32']),
]
EXPECT = {
    'dongle-asterisk-in.log': ('chan-dongle', [], DONGLE, []),
    'dongle-syslog-console.log': ('syslog > chan-dongle', [], DONGLE, []),
    # the kernel's and systemd's messages between a record's lines are theirs
    'dongle-syslog-interleaved.log': ('syslog > chan-dongle', [], [
        (2, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (12, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Telia",2']),
        (22, 'AT+CUSD=1,"*100#",15', 'OK', []),
        (29, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], []),
    'dongle-forum.log': ('forum-blocks > chan-dongle', [], [
        (5, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (19, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Telia",2']),
        (28, 'AT+CUSD=1,"*100#",15', 'OK', []),
        (35, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], []),
    # [quote="…"] glued to the log's first line and [/quote] to its last (the read's ']')
    'dongle-forum-glued.log': ('forum-blocks > chan-dongle', [], [
        (4, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (17, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Telia",2']),
        (26, 'AT+CUSD=1,"*100#",15', 'OK', []),
        (33, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], []),
    'dongle-user-cmd.log': ('asterisk-user-cmd', ['--no-redact'], [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (11, 'AT+CGSN', 'OK', ['867223011111111']),
        (21, 'AT+CPIN?', '+CME ERROR: 10', []),
        (29, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Telia",2']),
    ], []),
    'dongle-user-cmd-debug5.log': ('chan-dongle', [], [
        (4, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (19, 'AT+CPIN?', '+CME ERROR: 10', []),
        (30, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Telia",2']),
    ], []),
    'qcom-chunks.log': ('qcom', ['--no-redact'], QCOM, []),
    'qcom-chunks-lf.log': ('qcom', ['--no-redact'], QCOM, []),
    'gomodem-journal.log': ('syslog > go-modem-trace', [], [
        (5, 'ATZ', 'OK', []),
        (9, 'AT+CMEE=2', 'OK', []),
        (13, 'AT+CSQ', 'OK', ['+CSQ: 21,99']),
        (19, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Telia",7']),
        (25, 'AT+CPIN?', '+CME ERROR: SIM not inserted', []),
    ], []),
    # Asterisk's console in syslog without chan_dongle (a SIP message over lines up to a ']')
    'neg-asterisk-syslog.log': ('raw', [], [], []),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)


def records(name, *extra):
    return [json.loads(l) for l in ck.parse(DIR + name, *extra).decode('utf-8', 'replace').splitlines()
            if l.strip()]


# nothing left over: every line a record's, the library's or the wrapper's
for name in (n for n in EXPECT if not n.startswith('neg-')):
    left = [(r['line'], r['reason'], r.get('text')) for r in records(name) if r['kind'] == 'unparsed']
    if left:
        ck.error('%s: unparsed %s' % (name, left))

# a final read on a record's later line is at its record's line (chan_dongle's
# read, the Go trace's) or at its own (QCOM's chunk keeps each line's)
for name, want in (('dongle-syslog-console.log', [5, 14, 23, 30]),
                   ('qcom-chunks.log', [7, 13, 18, 25]),
                   ('gomodem-journal.log', [6, 10, 14, 21, 26])):
    got = [r.get('final_line') for r in records(name) if r['kind'] == 'transaction']
    if got != want:
        ck.error('%s: final lines %s, want %s' % (name, got, want))

host = [(r['line'], r['text']) for r in records('dongle-syslog-interleaved.log')
        if r['kind'] == 'host-log' and not r['text'].startswith('asterisk[')]
if host != [(7, 'kernel: [ 8812.204113] option1 ttyUSB1: option_instat_callback: error -71'),
            (13, 'systemd[1]: Started Session 42 of user root.')]:
    ck.error('dongle-syslog-interleaved.log: other writers\' lines %s' % host)

# Init()'s escape (ESC and its CR LF, a write over two lines) is the library's
host = [r['line'] for r in records('gomodem-journal.log') if r['kind'] == 'host-log']
if host != [1, 2, 3, 4, 29]:
    ck.error('gomodem-journal.log: host-log lines %s' % host)

# the definitions these classes widened read no other capture
OWN = {'captures/traces/chan-dongle.log', 'captures/formats/qcom.log', 'captures/formats/qcom-late.log'}
OWN |= {'captures/traces/variants/%s.log' % n for n in (
    'asterisk-dongle-cli', 'asterisk-dongle-notice-only', 'asterisk-quectel-cli', 'dongle-console',
    'dongle-cut', 'dongle-isodate', 'dongle-journal', 'dongle-rsyslog', 'gomodem-sim800',
    'huawei-dongle-crlf', 'huawei-dongle-journal-precise', 'huawei-dongle-rsyslog', 'huawei-dongle')}
paths = [p for p in sorted(glob.glob(SRC + '/captures/*.log') + glob.glob(SRC + '/captures/traces/*.log')
                           + glob.glob(SRC + '/captures/traces/variants/*.log')
                           + glob.glob(SRC + '/captures/formats/*.log') + glob.glob(SRC + '/tests/negative/*'))
         if os.path.isfile(p) and os.path.relpath(p, SRC) not in OWN]
ck.parse_many(paths)
for path in paths:
    r = [json.loads(l) for l in ck.parse(path).decode('utf-8', 'replace').splitlines()[:1] if l.strip()]
    fmt = r[0].get('layers', r[0].get('format', '')) if r else ''
    if any(f in fmt.split(' > ') for f in ('chan-dongle', 'asterisk-user-cmd', 'qcom', 'go-modem-trace')):
        ck.error('%s: read as %s' % (path, fmt))
sys.exit(ck.fail)
