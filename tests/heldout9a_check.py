#!/usr/bin/env python3
"""Held-out batch 9's miss classes C1-C4 (helper batch9a), on fixtures
written from the tools' sources (tests/data/heldout9a/README.md cites
each): every transaction exact (line, command, final, responses), the
URCs, the data-mode stretches (first line, last line, how they ended), the
format, and the same records whole, a byte at a time and in random pieces.

usage: heldout9a_check.py ATSCOPE SRCDIR"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout9a/'

HUAWEI = [
    (5, 'AT', 'OK', []),
    (10, 'AT^SYSCFGEX="03",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF,,', 'OK', []),
    (16, 'AT^HCSQ?', 'OK', ['^HCSQ: "LTE",52,40,131,28']),
    (24, 'AT^NDISDUP=1,1', 'OK', []),
    (32, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
]
PDU = '07913396050066F0040B913366554433F20000622160215443400AE8329BFD4697D9EC37'

# file: (format, options, [(line, command, final, [responses])], [(line, urc)],
#        [(line, end_line, end)] of the data records)
EXPECT = {
    # C1: a caret after AT is Huawei's command prefix, ^M a CR
    'chat-huawei-syslog.log': ('syslog > pppd-chat', [], HUAWEI, [(28, '^MODE:5,4')], []),
    'chat-huawei-stderr.log': ('pppd-chat', [], [
        (5, 'AT', 'OK', []),
        (10, 'AT^SYSCFGEX="03",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF,,', 'OK', []),
        (16, 'AT^HCSQ?', 'OK', ['^HCSQ: "LTE",52,40,131,28']),
        (24, 'AT^NDISDUP=1,1', 'OK', []),
        (32, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
    ], [(25, '^MODE:5,4')], []),
    # C2: gammu's cells, never its text column of hex digits
    'gammu-cmgr-pdu.log': ('gammu', ['--no-redact'], [
        (1, 'AT+CMGF=0', 'OK', []),
        (7, 'AT+CMGR=1', 'OK', ['+CMGR: 1,,36', PDU]),
        (21, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
    ], [], []),
    'gammu-cmgr-pdu-wrap80.log': ('gammu', ['--no-redact'], [
        (1, 'AT+CMGF=0', 'OK', []),
        (9, 'AT+CMGR=1', 'OK', ['+CMGR: 1,,36', PDU]),
        (32, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
    ], [], []),
    # C3: ATO answered NO CARRIER (or ERROR) stays in command mode
    'ato-terminal.log': ('raw', [], [
        (1, 'AT+CGDCONT=1,"IP","internet"', 'OK', []),
        (3, 'ATD*99#', 'CONNECT 150000000', []),
        (8, 'ATO', 'NO CARRIER', []),
        (10, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (14, 'ATO', 'CONNECT', []),
        (19, 'ATH', 'OK', []),
    ], [], [(5, 7, 'escape'), (16, 18, 'escape')]),
    'ato-txrx.log': ('terminal-stamps > generic-txrx', [], [
        (1, 'AT+CGDCONT=1,"IP","internet"', 'OK', []),
        (3, 'ATD*99***1#', 'CONNECT 150000000', []),
        (7, 'ATO', 'NO CARRIER', []),
        (10, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (13, 'ATO', 'ERROR', []),
        (15, 'AT+CGATT?', 'OK', ['+CGATT: 1']),
        # the echo of a directed ATO is its echo, not the first data (before:
        # no final, 'ATOCONNECT' read as data)
        (18, 'ATO', 'CONNECT 150000000', []),
        (23, 'ATH', 'OK', []),
    ], [], [(5, 6, 'escape'), (21, 22, 'escape')]),
    # C4: the PPP session ended with no NO CARRIER in the log
    'pppd-redial-syslog.log': ('syslog > pppd-chat', [], [
        (5, 'AT', 'OK', []),
        (10, 'ATD*99#', 'CONNECT', []),
        (29, 'AT', 'OK', []),
        (35, 'AT+CSQ', 'OK', ['+CSQ: 14,99']),
        (43, 'ATD*99#', 'CONNECT', []),
    ], [], [(14, 22, 'host-ended')]),   # round 15: from its CONNECT (before: 22, 22)
    'chat-redial-no-pppd.log': ('syslog > pppd-chat', [], [
        (4, 'AT', 'OK', []),
        (9, 'ATD*99#', 'CONNECT', []),
        (18, 'AT', 'OK', []),
        (24, 'AT+CSQ', 'OK', ['+CSQ: 14,99']),
        (32, 'ATD*99#', 'CONNECT', []),
    ], [], [(13, 18, 'host-command')]),   # round 15: from its CONNECT
    'txrx-after-ppp.log': ('terminal-stamps > generic-txrx', [], [
        (1, 'AT+CGDCONT=1,"IP","internet"', 'OK', []),
        (3, 'ATD*99***1#', 'CONNECT 150000000', []),
        (7, 'AT', 'OK', []),
        (9, 'AT+CSQ', 'OK', ['+CSQ: 18,99']),
        (12, 'ATD*99***1#', 'CONNECT 150000000', []),
    ], [], [(5, 7, 'host-command')]),
    # WvDial's own lines say the session ended (formats/wvdial.json session-end)
    'wvdial-redial.log': ('wvdial', [], [
        (3, 'ATZ', 'OK', []),
        (7, 'ATDT*99#', 'CONNECT 150000000', []),
        (22, 'ATZ', 'OK', []),
        (25, 'AT+CSQ', 'OK', ['+CSQ: 14,99']),
        (31, 'ATDT*99#', 'CONNECT 150000000', []),
    ], [], [(10, 17, 'host-ended')]),   # round 15: from its CONNECT
}

ck = Checker(BIN)
ck.table(DIR, {k: v[:4] for k, v in EXPECT.items()})
for name, (fmt, opts, _, _, want_data) in EXPECT.items():
    recs = [r for r in ck.read(name, DIR + name, fmt, opts) or [] if r['kind'] == 'data']
    got = [(r['line'], r['end_line'], r.get('end')) for r in recs]
    if got != want_data:
        ck.error('%s: data records %s, want %s' % (name, got, want_data))
# the ATO that failed is no data session
for name in ('ato-terminal.log', 'ato-txrx.log'):
    recs = ck.read(name, DIR + name, EXPECT[name][0]) or []
    bad = [r['line'] for r in recs if r['kind'] == 'transaction' and r['command'] == 'ATO' and
           r.get('final') in ('NO CARRIER', 'ERROR') and r.get('data_mode')]
    if bad:
        ck.error('%s: ATO at line %s answered with a failure is marked data_mode' % (name, bad))
sys.exit(ck.fail)
