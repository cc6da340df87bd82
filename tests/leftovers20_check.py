#!/usr/bin/env python3
"""Shapes read as nothing before helper leftovers20, on fixtures of our own
(tests/data/leftovers20/README.md says what each was written from):

- a session pasted into code or a config file behind comment marks ('# ',
  '// ', ';; ', '-- ', a C block comment's ' * '): the comment-prefix and
  c-block-comment layers, taken only where the lines behind the marks are
  commands and answers (code that names AT+CSQ in its comments stays unread);
- a call or log line with the command in quotes and its whole reply as one
  quoted, C-escaped string (send_cmd("AT+CSQ") -> "+CSQ: 20,99\r\nOK", =>,
  :, returned, Python's cmd('AT+CSQ') = '...'): call-reply-string, the
  reply's lines the responses and the final, an empty reply no final;
- a session pasted as a list or array literal ("AT+CSQ", / 'OK',) and as a
  one-column table (| AT+CSQ |, a box-drawing table's rows):
  quoted-list-lines and one-column-table, taken only where the strings or
  cells are a session (a list of commands beside a list of answers is not);
- ubxlib's power-on probe "AT" that timed out before the retried "AT"
  (u_cell_pwr.c moduleIsAlive(), u_at_client.c printAt()): with debug off
  the send, the retry and the retry's echo (a third copy of a command line
  makes the second the command sent again); with debug on the
  "U_AT_CLIENT_0-0: timeout." line (now a signature of ubxlib) and, with
  time stamps, the client's name before every stamp: the first is a
  transaction with no final, not an echo of the retry;
- a csv table's reason says which column took which role (parse's input
  record, check's inputs[], formats --explain, -i csv);
- xxd -i's C include file of a raw capture (hex-rows' c-array rules);
- Tasmota's SSerialSend3 '\\s' for a blank (Unescape()): the SMS text's
  blanks, not the letter s.

Each fixture: the layers detected, every transaction exact, the same
transactions (command, final, responses) as its plain rendering, read whole,
a byte at a time and in random pieces; each negative: no layer of ours and
no transaction.

usage: leftovers20_check.py ATSCOPE SRCDIR"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/leftovers20/'

SESSION = [
    ('AT', 'OK', []),
    ('ATI', 'OK', ['Quectel', 'EC25', 'Revision: EC25EFAR06A09M4G']),
    ('AT+CPIN?', 'OK', ['+CPIN: READY']),
    ('AT+CSQ', 'OK', ['+CSQ: 20,99']),
    ('AT+COPS?', 'OK', ['+COPS: 0,0,"Telia",7']),
    ('AT+CGDCONT=1,"IP","internet"', 'OK', []),
    ('AT+CGACT=1,1', '+CME ERROR: 30', []),
]


def at_lines(first):
    """SESSION at the lines of a rendering whose plain session starts at
    line `first`, a line of it a line (the blank lines included)."""
    plain = open(DIR + 'comment-session.plain.log').read().splitlines()
    at = [first + i for i, l in enumerate(plain) if l.startswith('AT')]
    return [(l, c, f, r) for l, (c, f, r) in zip(at, SESSION)]


# file -> (layers, plain rendering, [(line, command, final, responses)])
EXPECT = {
    'comment-hash.conf': ('comment-prefix > raw', 'comment-session.plain.log', at_lines(2)),
    'comment-slashes.c': ('comment-prefix > raw', 'comment-session.plain.log', at_lines(2)),
    'comment-semicolons.el': ('comment-prefix > raw', 'comment-session.plain.log', at_lines(2)),
    'comment-dashes.lua': ('comment-prefix > raw', 'comment-session.plain.log', at_lines(2)),
    'comment-c-block.h': ('c-block-comment > raw', 'comment-session.plain.log', at_lines(4)),
}
CALLS = [(1, 'AT', 'OK', []), (2, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
         (3, 'AT+CSQ', 'OK', ['+CSQ: 20,99']), (4, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Telia",7']),
         (5, 'AT+COPS=1,2,"99999"', '+CME ERROR: 30', []), (6, 'AT+CGATT=1', None, [])]
EXPECT.update({
    'call-reply-c.log': ('terminal-stamps > call-reply-string', 'call-reply.plain.log', CALLS),
    'call-reply-py.log': ('python-logging > call-reply-string', 'call-reply.plain.log', CALLS),
    'call-reply-words.log': ('call-reply-string', 'call-reply.plain.log', CALLS),
    'quoted-list.py': ('indent > quoted-list-lines > raw', 'comment-session.plain.log',
                       at_lines(3)),
    'quoted-list.c': ('indent > quoted-list-lines > raw', 'comment-session.plain.log',
                      at_lines(2)),
    'quoted-list.json': ('quoted-list-lines > raw', 'comment-session.plain.log', at_lines(2)),
    'one-column.md': ('one-column-table > raw', 'comment-session.plain.log', at_lines(3)),
    'one-column-box.txt': ('one-column-table > raw', 'comment-session.plain.log', at_lines(2)),
})
PROBE = [('ATE0', 'OK', []), ('AT+CMEE=2', 'OK', []), ('AT+CGMI', 'OK', ['u-blox']),
         ('AT+CPIN?', 'OK', ['+CPIN: READY'])]


def probe(at, rest):
    return at + [(l,) + p for l, p in zip(rest, PROBE)]


EXPECT.update({
    'ubxlib-probe.log': ('raw', 'ubxlib-probe.log', probe(
        [(1, 'AT', None, []), (2, 'AT', None, []), (3, 'AT', 'OK', [])], [7, 11, 14, 19])),
    'ubxlib-probe-debug.log': ('ubxlib', 'ubxlib-probe1.plain.log', probe(
        [(1, 'AT', None, []), (4, 'AT', 'OK', [])], [8, 12, 15, 20])),
    'ubxlib-probe-stamped.log': ('ubxlib', 'ubxlib-probe.log', probe(
        [(1, 'AT', None, []), (4, 'AT', None, []), (7, 'AT', 'OK', [])], [11, 15, 18, 23])),
})
EXPECT['xxd-i.h'] = ('mail-indent > hex-rows', 'xxd-i.plain.log', [
    (l,) + t for l, t in zip([2, 2, 7, 9, 12, 15, 18], SESSION)])
# the probes the library gave up on (its timeout line), by their line
GAVE_UP = {'ubxlib-probe-debug.log': [1], 'ubxlib-probe-stamped.log': [1, 4]}

# negatives: code or prose that names commands in its comments, code that
# compares a call's reply
NEGATIVE = ['neg-comment-code.c', 'neg-comment-doc.py', 'neg-comment-header.conf',
            'neg-comment-only.txt', 'neg-call-code.py', 'neg-quoted-commands.py',
            'neg-one-column-doc.md']
OURS = ('comment-prefix', 'c-block-comment', 'call-reply-string', 'quoted-list-lines',
        'one-column-table')


def txns(recs, with_line=True):
    return [((r['line'],) if with_line else ()) +
            (r['command'], r.get('final'), [x['text'] for x in r.get('responses', [])])
            for r in recs if r['kind'] == 'transaction']


ck = Checker(BIN)
ck.prefetch((DIR + name, ()) for name in list(EXPECT) + ['tasmota-blanks.log'])
ck.parse_many([DIR + plain for _, plain, _ in EXPECT.values()] + [DIR + name for name in NEGATIVE])
for name, (fmt, plain, want) in EXPECT.items():
    recs = ck.read(name, DIR + name, fmt)
    if recs is None:
        continue
    got = txns(recs)
    want = [tuple(w) for w in want]
    if got != want:
        ck.error('%s: transactions\n  got  %s\n  want %s' % (name, got, want))
    gave = [r['line'] for r in recs if r['kind'] == 'transaction' and r['status'] == 'host-timeout']
    if gave != GAVE_UP.get(name, []):
        ck.error('%s: host-timeout at %s, want %s' % (name, gave, GAVE_UP.get(name, [])))
    prec = [json.loads(l) for l in ck.parse(DIR + plain).decode().splitlines()]
    if txns(recs, False) != txns(prec, False):
        ck.error('%s: not the transactions of %s\n  got  %s\n  want %s'
                 % (name, plain, txns(recs, False), txns(prec, False)))
for name in NEGATIVE:
    recs = [json.loads(l) for l in ck.parse(DIR + name).decode().splitlines()]
    layers = recs[0].get('layers', '')
    if any(o in layers for o in OURS) or txns(recs):
        ck.error('%s: read as %r with %d transactions, want none of ours and none'
                 % (name, recs[0].get('layers', recs[0]['format']), len(txns(recs))))

# Tasmota's \\s: the payload after the prompt with its blanks
recs = ck.read('tasmota-blanks.log', DIR + 'tasmota-blanks.log', 'tasmota-serial')
if recs is not None:
    got = [(r['line'], r['command'], r.get('final'), (r.get('payload') or {}).get('preview'))
           for r in recs if r['kind'] == 'transaction']
    want = [(1, 'AT', 'OK', None), (4, 'AT+CMGF=1', 'OK', None),
            (7, 'AT+CMGS="+15550100"', 'OK', 'Door open at gate 2')]
    if got != want:
        ck.error('tasmota-blanks.log: %s, want %s' % (got, want))

# the csv reader's column roles, in the table's order (tests/data/csv19)
CSV = SRC + '/tests/data/csv19/'
COLUMNS = {
    'dir-time-data.csv': '1 "Direction" direction (tx: host, rx: modem), 2 "Time" time, '
                         '3 "Data" data (C escapes)',
    'hex-column.csv': '2 "Data (hex)" data (hex), 3 "Time" time, 4 "Dir" direction '
                      '(write: host, read: modem)',
    'noheader-data-first.csv': '1 data (text, CR LF added), 2 direction (tx: host, rx: modem), '
                               '3 time',
    'semicolon-port.csv': '1 "time" time, 3 "dir" direction (>: host, <: modem), '
                          '4 "text" data (text, CR LF added)',
    'unnamed-header.csv': '1 "Richtung" direction (tx: host, rx: modem), '
                          '2 "Daten" data (text, CR LF added), 3 "Zeit" time',
}
for name, cols in COLUMNS.items():
    want = '; columns: ' + cols
    inp = json.loads(ck.parse(CSV + name).decode().splitlines()[0])
    if inp['format'] != 'csv' or not inp['format_reason'].endswith(want):
        ck.error('%s: %s reason %r, want it to end %r' % (name, inp['format'], inp['format_reason'],
                                                         want))
    forced = json.loads(ck.parse(CSV + name, '-i', 'csv').decode().splitlines()[0])
    if forced['format_reason'] != 'chosen with --input-format' + want:
        ck.error('%s: -i csv reason %r' % (name, forced['format_reason']))
    rep = json.loads(ck.run('check', '--no-redact', '-f', 'json', CSV + name).stdout)
    if not rep['inputs'][0]['format_reason'].endswith(want):
        ck.error('%s: check inputs[] reason %r' % (name, rep['inputs'][0]['format_reason']))
    ex = ck.run('formats', '--explain', CSV + name).stdout.decode()
    if not any(l.startswith('  why: ') and l.endswith(want) for l in ex.splitlines()):
        ck.error('%s: formats --explain says no columns:\n%s' % (name, ex))
sys.exit(ck.fail)
