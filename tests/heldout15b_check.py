#!/usr/bin/env python3
"""Held-out batch 15's classes I2 and I3 (helper batch15b), on fixtures of
our own (tests/data/heldout15b/README.md cites each):
I2, a Sierra HL78 AT+KTCPSND in a capture that shows only the module's side:
CONNECT then a final, no payload and no --EOF--Pattern--; the final ends
the unshown payload (it no longer runs on to a later AT+KTCPRCV's mark).
I3, under an inferred line template (a daemon's prefix), a verbose final
(+CME ERROR: operation not supported, +CMS ERROR: unknown error) is the
modem's, not the daemon's prose. Every transaction exact, the payloads and
received data, the lines left as the daemon's, whole, a byte at a time and
in random pieces.

usage: heldout15b_check.py ATSCOPE SRCDIR"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout15b/'

EXPECT = {
    # receive-only: the data and the mark AT+KTCPSND's host wrote are not
    # in the log; OK (or ERROR, +CME ERROR) right after CONNECT ends them
    'hl78-rx-only.log': ('raw', [], [
        (1, 'AT+KTCPCFG=1,0,"198.51.100.7",5000', 'OK', ['+KTCPCFG: 1']),
        (4, 'AT+KTCPCNX=1', 'OK', []),
        (7, 'AT+KTCPSND=1,9', 'OK', []),
        (11, 'AT+KTCPRCV=1,5', 'OK', ['CONNECT']),
        (15, 'AT+KTCPSND=1,4', 'ERROR', []),
        (18, 'AT+KTCPSND=1,4', '+CME ERROR: 910', []),
        (21, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
    ], [(10, '+KTCP_DATA: 1,5')]),  # +KTCP_IND: 1,1 (line 6) completes AT+KTCPCNX
    # a daemon's prefix on every line, read by an inferred template: the
    # verbose finals end their commands; the daemon's sentences stay its own
    'netifd-verbose-cme.log': ('inferred', [], [
        (2, 'AT+CMEE=2', 'OK', []),
        (4, 'AT+QCFG="nwscanmode",3,1', '+CME ERROR: operation not supported', []),
        (6, 'AT+CMGS="+15550100"', '+CMS ERROR: unknown error', []),
        (8, 'AT+CGDCONT=1,"IP","internet"', 'OK', []),
        (11, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
    ], []),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)


def records(name):
    return [json.loads(l) for l in ck.parse(DIR + name).decode('utf-8', 'replace').splitlines() if l.strip()]


recs = records('hl78-rx-only.log')
pay = [(r['line'], r['payload'].get('declared'), r['payload']['bytes'], r['payload']['end'])
       for r in recs if r['kind'] == 'transaction' and 'payload' in r]
want = [(7, 9, 0, 'none'), (15, 4, 0, 'none'), (18, 4, 0, 'none')]
if pay != want:
    ck.error('hl78-rx-only.log: payloads %s, want %s' % (pay, want))
data = [(r['line'], r['preview']) for r in recs if r['kind'] == 'data']
if data != [(13, 'hello--EOF--Pattern--')]:
    ck.error('hl78-rx-only.log: data %s' % data)
notes = [r for r in recs if r['kind'] in ('annotation', 'unparsed')]
if notes:
    ck.error('hl78-rx-only.log: notes %s' % notes)
if recs[0].get('profile') != 'sierra-hl78':
    ck.error('hl78-rx-only.log: profile %r' % recs[0].get('profile'))

recs = records('netifd-verbose-cme.log')
host = [r['line'] for r in recs if r['kind'] == 'host-log']
if host != [1, 10]:
    ck.error('netifd-verbose-cme.log: the daemon\'s lines %s, want [1, 10]' % host)
sys.exit(ck.fail)
