#!/usr/bin/env python3
"""Held-out batch 14's miss classes H5, H6, H7 (helper batch14b), on
fixtures written from the tools' source and the modules' manuals
(tests/data/heldout14b/README.md cites each): every transaction exact
(line, command, final, responses), the URCs, the format and layers, the
same records whole, a byte at a time and in random pieces; each final's
line and latency where the class is about them; the negatives read no
transaction.

usage: heldout14b_check.py ATSCOPE SRCDIR"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout14b/'

# file: (format, options, [(line, command, final, [responses])], [(line, urc)])
EXPECT = {
    # H6: esp_modem's Response: buffer opens with the module's echo, each
    # record's last line ended by the log alone (the empty lines after a
    # record lost); +CS then the whole buffer again: a partial read
    'espmodem-echo-response.log': ('esp-modem', [], [
        (2, 'AT', 'OK', []),
        (8, 'ATE1', 'OK', []),
        (14, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (26, 'AT+CGATT=1', '+CME ERROR: 30', []),
        (32, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
    ], []),
    # H5: Node-RED's debug sidebar with a debug node on what goes to the
    # serial-out node ("to modem") and one on the serial-in node ("from
    # modem"): the header line names the side; the echo a second after the
    # write is the echo, a second write of AT+CGATT=1 a retry
    'nodered-to-from.log': ('nodered-debug', [], [
        (3, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (18, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
        (39, 'AT+CGATT=1', 'ERROR', []),
        (48, 'AT+CGATT=1', 'OK', []),
    ], [(36, '+CMTI: "SM",3')]),
    # the same with the debug nodes named after the serial nodes they watch
    # ("serial out", "serial in"), the name copied onto a line of its own
    'nodered-serial-nodes.log': ('nodered-debug', [], [
        (4, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (24, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Acme",7']),
        (44, 'AT+CMEE=2', 'OK', []),
    ], []),
    # H7: Neoway's socket-send refusals end the command (the WM620 manual's
    # 9.6 examples as a plain terminal shows them), the profile named by the
    # commands alone
    'neoway-tcpsend-refused.log': ('raw', [], [
        (1, 'AT+XIIC=1', 'OK', []),
        (3, 'AT+XIIC?', 'OK', ['+XIIC:    1, 10.23.45.67']),
        (6, 'AT+TCPSETUP=0,203.0.113.7,5000', 'OK', []),
        (9, 'AT+TCPSEND=0,4', 'OK', []),
        (13, 'AT+TCPSEND=1,4', '+TCPSEND: SOCKET ID OPEN FAILED', []),
        (15, 'AT+TCPSEND=0,4097', '+TCPSEND: DATA LENGTH ERROR', []),
        (17, 'AT+TCPSEND=0,10', '+TCPSEND:Error!TimeOut', []),
        (20, 'AT+TCPSEND=0,1', '+TCPSEND:ERROR', []),
        (22, 'AT+UDPSEND=2,4', '+UDPSEND: SOCKET ID OPEN FAILED', []),
        (24, 'AT+TCPCLOSE=0', 'OK', []),
    ], []),
}

# file -> the profile it must be read with (identified, no --profile)
PROFILES = {'neoway-tcpsend-refused.log': 'neoway-n58'}

# (file, command line) -> (final line, final_ms): the final's own record
FINALS = {
    ('espmodem-echo-response.log', 2): (4, 58.0),
    ('espmodem-echo-response.log', 8): (10, 46.0),
    ('espmodem-echo-response.log', 14): (20, 48.0),
    ('espmodem-echo-response.log', 26): (28, 190.0),
    ('nodered-to-from.log', 3): (15, 1000.0),
}

# (file, command line) -> retry chain size (None: no chain)
CHAINS = {
    ('nodered-to-from.log', 3): None,
    ('nodered-to-from.log', 18): None,
    ('nodered-to-from.log', 39): 2,
    ('nodered-to-from.log', 48): 2,
    ('nodered-serial-nodes.log', 4): None,
    ('nodered-serial-nodes.log', 24): None,
    ('nodered-serial-nodes.log', 44): None,
}

# logs that must read no transaction
NEGATIVE = []

ck = Checker(BIN)
ck.table(DIR, EXPECT)
for name in sorted(EXPECT):
    recs = [json.loads(l) for l in
            ck.parse(DIR + name, *EXPECT[name][1]).decode('utf-8', 'replace').splitlines()]
    chains = {r['id']: r['attempts'] for r in recs if r['kind'] == 'retry_chain'}
    for r in recs:
        if r['kind'] != 'transaction':
            continue
        # a final is never the answer of a command sent after it
        if r.get('final_ms', 0) < 0:
            ck.error('%s:%d: final_ms %s' % (name, r['line'], r['final_ms']))
        if (name, r['line']) in CHAINS:
            want = CHAINS[(name, r['line'])]
            chain = r.get('retry_chain')
            size = chains.get(chain) if chain else None
            if size != want:
                ck.error('%s:%d: retry chain of %s, want %s' % (name, r['line'], size, want))
        want = FINALS.get((name, r['line']))
        if want and (r.get('final_line'), r.get('final_ms')) != want:
            ck.error('%s:%d: final at line %s after %s ms, want %s' %
                     (name, r['line'], r.get('final_line'), r.get('final_ms'), want))
# esp_modem's CMUX definition reads its Response: lines before the switch
# the same way
def txns(*args):
    return [(r['line'], r['command'], r.get('final'), r.get('final_line'))
            for r in (json.loads(l) for l in ck.parse(*args).decode().splitlines())
            if r['kind'] == 'transaction']


esp = DIR + 'espmodem-echo-response.log'
want = [(l, c, f) for l, c, f, _ in EXPECT['espmodem-echo-response.log'][2]]
got = [(l, c, f) for l, c, f, _ in txns(esp, '-i', 'esp-modem-cmux')]
if sorted(got) != sorted(want):
    ck.error('espmodem-echo-response.log: esp-modem-cmux reads %s, want %s' % (got, want))

for name, want in sorted(PROFILES.items()):
    head = json.loads(ck.parse(DIR + name).decode('utf-8', 'replace').splitlines()[0])
    if head.get('profile') != want:
        ck.error('%s: profile %r, want %r' % (name, head.get('profile'), want))
    for r in (json.loads(l) for l in ck.parse(DIR + name).decode().splitlines()):
        if r['kind'] == 'transaction' and r['command'].startswith(('AT+TCPSEND', 'AT+UDPSEND')) \
                and 'SEND' in (r.get('final') or '') and r.get('result') != 'error':
            ck.error('%s:%d: %s read as result %s' % (name, r['line'], r['final'], r.get('result')))
for name in NEGATIVE:
    out = ck.parse(DIR + name).decode('utf-8', 'replace')
    if '"kind":"transaction"' in out:
        ck.error('%s: a negative reads a transaction' % name)
sys.exit(ck.fail)
