#!/usr/bin/env python3
"""A late answer joins its command (held-out class T1): a host that wrote the
next command before the last one's final result came (node serialport-gsm's
callback on the first answer line, a TX/RX logger's host that stopped
waiting), on fixtures written from the tools' format strings
(tests/data/late/README.md): every transaction exact (line, command, status,
final, final_after_next, responses), no unparsed line, no URC, no retry chain
that gave up, the same records whole, a byte at a time and in random pieces;
orphan-response finds nothing (the finals have their commands) and
response-timeout says of each late one that the host did not wait for it.

usage: late_check.py ATSCOPE SRCDIR"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/late/'
PDU = '07911326040000F0040B911346610089F60000208062917314080CC8F71D14969741F977FD07'

# file: (format, [(line, command, status, final, final_after_next, [responses])],
#        [(outcome, line)] of the retry chains)
EXPECT = {
    'serialport-gsm-late.log': ('serialport-gsm', [
        (1, 'AT+CPIN?', 'complete', 'OK', True, ['+CPIN: READY']),
        (7, 'AT+CMEE=1;+CREG=2', 'complete', 'OK', False, []),
        (17, 'AT+CMGL=4', 'complete', 'OK', True, ['+CMGL: 1,1,,24', PDU]),
        (23, 'AT+CMGD=1', 'complete', 'OK', False, []),
    ], []),
    'txrx-late.log': ('terminal-stamps > generic-txrx', [
        (1, 'ATE1', 'complete', 'OK', False, []),
        (4, 'AT+CMGR=3', 'complete', 'OK', True,
         ['+CMGR: "REC READ","+15551234567",,"26/12/07,09:14:58+00"', 'Meeting moved to 10:30']),
        (7, 'AT+CSQ', 'complete', 'OK', False, ['+CSQ: 18,99']),
        (13, 'AT+COPS?', 'complete', 'OK', True, ['+COPS: 0,0,"Operator",7']),
        (15, 'AT+CREG?', 'complete', 'OK', False, ['+CREG: 0,1']),
        (21, 'AT+CGATT=1', 'complete', 'ERROR', True, []),
        (23, 'AT+CGATT?', 'complete', 'OK', False, ['+CGATT: 0']),
    ], [('end-of-capture', 21)]),
}

ck = Checker(BIN)
run, error = ck.run, ck.error
ck.prefetch((DIR + name, ()) for name in EXPECT)

for name, (fmt, want_tx, want_chains) in EXPECT.items():
    path = DIR + name
    recs = ck.read(name, path, fmt)
    if recs is None:
        continue
    tx = sorted((r['line'], r['command'], r['status'], r.get('final'),
                 r.get('final_after_next', False), [x['text'] for x in r.get('responses', [])])
                for r in recs if r['kind'] == 'transaction')
    want = sorted((l, c, s, f, a, list(rs)) for l, c, s, f, a, rs in want_tx)
    if tx != want:
        error('%s: transactions\n  got  %s\n  want %s' % (name, tx, want))
    stray = [(r['kind'], r['line'], r['text']) for r in recs if r['kind'] in ('urc', 'unparsed')]
    if stray:
        error('%s: lines joined to no command %s, want none' % (name, stray))
    chains = [(r['outcome'], r['line']) for r in recs if r['kind'] == 'retry_chain']
    if chains != want_chains:
        error('%s: retry chains %s, want %s' % (name, chains, want_chains))
    rep = json.loads(run('check', '--no-redact', path).stdout)
    finds = sorted((f['rule'], f['line']) for f in rep.get('violations', [])
                   if f['rule'] in ('response-timeout', 'orphan-response'))
    late = sorted(('response-timeout', l) for l, c, s, f, a, rs in want_tx if a)
    if finds != late:
        error('%s: findings %s, want %s' % (name, finds, late))
    for f in rep.get('violations', []):
        if f['rule'] == 'response-timeout' and 'only after the host had sent the next command' \
                not in f['message']:
            error('%s: response-timeout says %r' % (name, f['message']))

sys.exit(ck.fail)
