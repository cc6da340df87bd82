#!/usr/bin/env python3
"""Held-out batch 16's classes J1 and J4 (helper batch16a), on fixtures of
our own (tests/data/heldout16a/README.md cites each):
J1, a shell script's TX / RX prints (no colon) inside a journal wrapper, one
reply line per RX entry, a blank one as `RX ` alone and an indented one as
`RX  text`, a bare `TX AT` and a lowercase `TX at+cgmr`.
J4, China Mobile OneNET (CIS stack) `+CIS ERROR: <err>` as the final of the
AT+MIPL* commands. Every transaction exact, whole, a byte at a time and in
random pieces.

usage: heldout16a_check.py ATSCOPE SRCDIR"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout16a/'

EXPECT = {
    'journal-txrx-script.log': ('syslog > generic-txrx', [], [
        (1, 'AT', 'OK', []),
        (3, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (7, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Operator",7']),
        (10, 'ATI', 'OK', ['Quectel', 'EC25', ' Revision: EC25EFAR06A03M4G']),
        (15, 'AT+CPIN?', '+CME ERROR: 10', []),
        (17, 'at+cgmr', 'OK', ['EC25EFAR06A03M4G']),
    ], []),
    'onenet-cis-error.log': ('raw', [], [
        (1, 'AT+MIPLCREATE', 'OK', ['+MIPLCREATE: 0']),
        (4, 'AT+MIPLADDOBJ=0,3303,1,"1",1,0', 'OK', []),
        (6, 'AT+MIPLOPEN=0,3600,30', 'OK', []),
        (9, 'AT+MIPLNOTIFY=0,0,3303,0,5700,4,4,25.5,0,0', '+CIS ERROR: 601', []),
        (11, 'AT+MIPLNOTIFY=0,0,3303,0,5700,4,4,25.5,0,0', '+CIS ERROR:602', []),
        (13, 'AT+MIPLDELOBJ=0,3303', '+CIS ERROR: 651', []),
        (15, 'AT+MIPLCLOSE=0', 'OK', []),
        (17, 'AT+MIPLDELETE=0', 'OK', []),
    ], [(8, '+MIPLEVENT: 0,1')]),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)


def records(name):
    return [json.loads(l) for l in ck.parse(DIR + name).decode('utf-8', 'replace').splitlines() if l.strip()]


recs = records('journal-txrx-script.log')
if recs[0].get('layers') != 'syslog > generic-txrx':
    ck.error('journal-txrx-script.log: layers %r' % recs[0].get('layers'))
left = [r for r in recs if r['kind'] in ('unparsed', 'host-log', 'annotation')]
if left:
    ck.error('journal-txrx-script.log: lines left %s' % left)
recs = records('onenet-cis-error.log')
res = [(r['line'], r.get('result')) for r in recs if r['kind'] == 'transaction']
want = [(1, 'ok'), (4, 'ok'), (6, 'ok'), (9, 'error'), (11, 'error'), (13, 'error'), (15, 'ok'), (17, 'ok')]
if res != want:
    ck.error('onenet-cis-error.log: results %s, want %s' % (res, want))
sys.exit(ck.fail)
