#!/usr/bin/env python3
"""Held-out batch 26's reading classes (helper h-read), on fixtures of our own
(tests/data/read26/README.md says where each shape comes from).

T2: WvDial under syslog or the journal: each line a message of wvdial's own
behind its tag (wvdial[1880]: --> Sending: ATZ, wvdial[1880]: OK), other
daemons' messages between them (pppd[1881]: ..., kernel: ..., systemd[1]:
...) theirs, never the modem's text. Read as syslog / journal / syslog-iso >
wvdial, the same transactions as WvDial's console (the plain rendering),
whole, a byte at a time and in random pieces. Before: generic-arrows, none.

T3: a README's markdown table documenting an API (a method, the AT command
it sends, what it resolves with) is no session: markdown-table is taken only
where most of a table's command rows hold a modem's line in their answer
cell ("answered"): none read. Before: 4 or 5 false transactions. A reporter's
table with one row unanswered, or answered with the echo first, reads as
before.

usage: read26_check.py ATSCOPE SRCDIR"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/read26/'

# the layered renderings keep the plain one's lines and add other daemons'
# (a kernel line after NO CARRIER, pppd's and systemd's after CONNECT)
WVDIAL = [
    (3, 'ATZ', 'OK', []),
    (6, 'ATQ0 V1 E1 S0=0 &C1 &D2 +FCLASS=0', 'OK', []),
    (9, 'AT+CGDCONT=1,"IP","internet"', 'OK', []),
    (13, 'ATDT*99#', 'NO CARRIER', []),
    (18, 'ATDT*99#', 'CONNECT 100000000', []),
    (31, 'ATZ', 'OK', []),
    (34, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
]
PLAIN = [
    (3, 'ATZ', 'OK', []),
    (6, 'ATQ0 V1 E1 S0=0 &C1 &D2 +FCLASS=0', 'OK', []),
    (9, 'AT+CGDCONT=1,"IP","internet"', 'OK', []),
    (13, 'ATDT*99#', 'NO CARRIER', []),
    (17, 'ATDT*99#', 'CONNECT 100000000', []),
    (25, 'ATZ', 'OK', []),
    (28, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
]
EXPECT = {
    'wvdial-console.plain.log': ('wvdial', [], PLAIN, []),
    'wvdial-syslog.log': ('syslog > wvdial', [], WVDIAL, []),
    'wvdial-journal-precise.log': ('journal > wvdial', [], WVDIAL, []),
    'wvdial-syslog-iso.log': ('syslog-iso > wvdial', [], WVDIAL, []),
    # piped to logger -t wvdial: the tag without a pid
    'wvdial-logger-tag.log': ('syslog > wvdial', [], WVDIAL, []),
    # an API's table: no layer, nothing read
    'neg-api-table-readme.md': ('raw', [], [], []),
    'neg-api-table-plain-cells.md': ('raw', [], [], []),
    'neg-api-table-quoted.md': ('raw', [], [], []),
    # a test plan's table: the cell after the command is what was expected, not an answer
    'neg-test-plan-table.md': ('html-markup > raw', [], [], []),
    # a reporter's tables: three of four rows answered, the echo first
    'session-table-one-unanswered.md': ('markdown-table > raw', [], [
        (5, 'AT', 'OK', []),
        (6, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (7, 'AT+CSQ', 'OK', ['+CSQ: 99,99']),
        (8, 'AT+CGATT=1', None, ['(nothing, it hangs)']),
    ], []),
    'session-table-echo.md': ('html-markup > markdown-table > raw', [], [
        (3, 'AT+CGMI', 'OK', ['SIMCOM INCORPORATED']),
        (4, 'AT+CGMM', None, ['SIMCOM_SIM7600E-H']),
        (5, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Telia",7']),
    ], []),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)


def records(name, *extra):
    return [json.loads(l) for l in ck.parse(DIR + name, *extra).decode('utf-8', 'replace').splitlines()
            if l.strip()]


def key(recs):
    """the transactions without their lines: the session as a modem engineer reads it"""
    return [(r['command'], r.get('final'), [x['text'] for x in r.get('responses', [])])
            for r in recs if r['kind'] == 'transaction']


plain = key(records('wvdial-console.plain.log'))
for name in ('wvdial-syslog.log', 'wvdial-journal-precise.log', 'wvdial-syslog-iso.log',
             'wvdial-logger-tag.log'):
    recs = records(name)
    if key(recs) != plain:
        ck.error('%s: not the plain rendering\'s transactions:\n  got  %s\n  want %s' % (name, key(recs), plain))
    left = [(r['line'], r.get('text')) for r in recs if r['kind'] == 'unparsed']
    if left:
        ck.error('%s: unparsed %s' % (name, left))
    # other daemons' messages are theirs (host-log), never the modem's
    other = [r['line'] for r in recs if r['kind'] == 'host-log' and not r['text'].startswith('wvdial')]
    if other != [17, 23, 24, 25, 27, 28]:
        ck.error('%s: other daemons\' host-log lines %s' % (name, other))
    data = [(r['line'], r.get('end_line')) for r in recs if r['kind'] == 'data']
    if data != [(21, 29)]:
        ck.error('%s: the PPP session %s, want [(21, 29)] (CONNECT to the daemon\'s death)' % (name, data))
    # the syslog second of the command's own line
    t = [r.get('time') for r in recs if r['kind'] == 'transaction']
    if name == 'wvdial-syslog.log' and t[:1] != ['06:00:01.000000']:
        ck.error('%s: first command\'s time %s' % (name, t[:1]))

# wvdial's console stays wvdial's; pppd chat's logs under syslog and the
# journal (pppd[pid]: lines beside chat[pid]:) stay pppd-chat's
for path, fmt in (('captures/traces/variants/wvdial-e3372.log', 'wvdial'),
                  ('captures/traces/pppd-chat-syslog.log', 'pppd-chat'),
                  ('captures/traces/pppd-chat-journal.log', 'pppd-chat'),
                  ('captures/traces/pppd-chat-openwrt.log', 'pppd-chat')):
    recs = [json.loads(l) for l in ck.parse(SRC + '/' + path).decode().splitlines()[:1]]
    if recs[0].get('format') != fmt:
        ck.error('%s: read as %s, want %s' % (path, recs[0].get('format'), fmt))
sys.exit(ck.fail)
