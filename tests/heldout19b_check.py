#!/usr/bin/env python3
"""Held-out batch 19's classes M2 and M4 (helper batch19b), on fixtures of our
own (tests/data/heldout19b/README.md cites each).
M2, Adafruit CircuitPython FONA with debug on: `\\tUARTWRITE :: ` per write
call (a command written in pieces joined up to the piece that carries its
line end, printed as an empty line after it), `\\tUARTREAD :: ` per line
read, the payload written after `> ` read as the command's data, the
library's own `*** ...` / `* socket read` / ` n bytes available.` lines
host-log (formats/circuitpython-fona.json). Each fixture reads as its plain
rendering (the wire as a terminal shows it) does.
M4, a wiki's or manual's markdown table of commands (`| Command | Response |
Description |`, answers with placeholders or ` / ` alternatives) reads as
nothing (markdown-table's `refuted_by`); a reporter's session pasted as a
table (notes, a time column, a direction column) keeps its transactions.
Every transaction exact, whole, a byte at a time and in random pieces.

usage: heldout19b_check.py ATSCOPE SRCDIR"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout19b/'
FONA = 'indent > circuitpython-fona'

GPRS = [
    (3, 'AT', 'OK', []), (7, 'AT', 'OK', []), (11, 'ATE0', 'OK', []), (16, 'ATE0', 'OK', []),
    (20, 'AT+CVHU=0', 'OK', []), (23, 'ATI', 'OK', ['SIM800 R14.18']),
    (31, 'AT+GMM', 'OK', ['SIMCOM_SIM800L']), (41, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
    (46, 'AT+CSQ', 'OK', ['+CSQ: 17,0']), (52, 'AT+CIPMUX=1', 'OK', []),
    (57, 'AT+CGATT=1', 'OK', []), (60, 'AT+SAPBR=3,1,"APN","iot.example"', 'OK', []),
    (63, 'AT+CSTT="iot.example","user","secret"', 'OK', []),
]
TCP = [
    (2, 'AT+CIFSR', '10.64.12.7', []),
    (6, 'AT+CIPSTART=0,"TCP","example.com","80"', 'OK', []),
    (13, 'AT+CIPSEND=0,37', '0, SEND OK', []),
    (24, 'AT+CIPRXGET=4,0', 'OK', ['+CIPRXGET: 4,0,12']),
    (32, 'AT+CIPRXGET=2,0,12', 'OK', ['+CIPRXGET: 2,0,12,0']),
    (38, 'AT+CIPCLOSE=0', '0, CLOSE OK', []),
]
SMS = [(2, 'AT+CMGF=1', 'OK', []), (5, 'AT+CMGS="+15550100"', 'OK', ['+CMGS: 12'])]

EXPECT = {
    # ATI's multiline read ran on past its OK: the URC in it is one
    'cpfona-sim800l-gprs.log': (FONA, [], GPRS, [(25, 'Call Ready')]),
    'cpfona-sim800h-tcp.log': (FONA, [], TCP, [(23, '+CIPRXGET: 1,0')]),
    'cpfona-sim800c-sms.log': (FONA, [], SMS, []),
    'cpfona-sim800c-sms-cr.log': (FONA, [], SMS, []),
    # not the library's debug: its example's own prints, its source quoted
    'neg-cpfona-nodebug.log': ('raw', [], [], []),
    'neg-cpfona-source.log': ('raw', [], [], []),
    # M4: documentation
    'neg-wiki-gnss-table.md': ('raw', [], [], []),
    'neg-wiki-bold-header.md': ('html-markup > raw', [], [], []),
    'neg-wiki-cn-header.md': ('raw', [], [], []),
    'neg-wiki-alternatives.md': ('raw', [], [], []),
    # M4: sessions pasted as tables keep reading
    'session-table-notes.md': ('markdown-table > raw', [], [
        (5, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (6, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (7, 'AT+CGATT=1', 'ERROR', []),
    ], []),
    'session-table-time-description.md': ('markdown-table > raw', [], [
        (3, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (4, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (5, 'AT+CGATT=1', 'ERROR', []),
    ], []),
    'session-table-direction.md': ('markdown-table > csv', [], [
        (3, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (6, 'AT+CGATT=1', 'ERROR', []),
    ], []),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)


def records(name):
    return [json.loads(l) for l in ck.parse(DIR + name).decode('utf-8', 'replace').splitlines()
            if l.strip()]


def exchange(recs):
    return [(r['command'], r.get('final'), [x['text'] for x in r.get('responses', [])])
            for r in sorted((r for r in recs if r['kind'] == 'transaction'), key=lambda r: r['line'])]


# each trace reads as the wire it printed: the plain rendering's transactions
for base in ('cpfona-sim800l-gprs', 'cpfona-sim800h-tcp', 'cpfona-sim800c-sms'):
    got, want = exchange(records(base + '.log')), exchange(records(base + '.plain.log'))
    if got != want:
        ck.error('%s: not the plain rendering\'s exchange\n  got  %s\n  want %s' % (base, got, want))

# the payload written after the prompt is the command's data, its line ends kept
recs = records('cpfona-sim800h-tcp.log')
send = [r for r in recs if r['kind'] == 'transaction' and r['command'] == 'AT+CIPSEND=0,37'][0]
pay = send.get('payload', {})
if (pay.get('prompt_line'), pay.get('bytes'), pay.get('end')) != (16, 37, 'length'):
    ck.error('cpfona-sim800h-tcp.log: CIPSEND payload %s, want prompt line 16, 37 bytes, end length'
             % pay)
# the library's own lines and the example's print are the host's, the reads
# that got nothing too; nothing is unparsed
host = sorted((r['line'], r['source']) for r in recs if r['kind'] == 'host-log')
want = [(1, 'circuitpython-fona: library'), (5, 'other'), (12, 'circuitpython-fona: read-nothing'),
        (27, 'circuitpython-fona: library'), (29, 'circuitpython-fona: read-nothing'),
        (30, 'circuitpython-fona: read-nothing'), (31, 'circuitpython-fona: library'),
        (37, 'circuitpython-fona: library')]
if host != want:
    ck.error('cpfona-sim800h-tcp.log: host-log %s\n  want %s' % (host, want))
if any(r['kind'] == 'unparsed' for r in recs):
    ck.error('cpfona-sim800h-tcp.log: unparsed records')
# the "OK" set_gprs() writes after AT+CSTT (its _get_reply(REPLY_OK)) is the host's text, no command
recs = records('cpfona-sim800l-gprs.log')
un = [(r['line'], r['reason'], r['text']) for r in recs if r['kind'] == 'unparsed']
if un != [(70, 'host-text-not-command', 'OK')]:
    ck.error('cpfona-sim800l-gprs.log: unparsed %s' % un)

# the definition scores on its own fixtures alone among these
for name in sorted(os.listdir(DIR)):
    if not name.startswith(('neg-', 'session-')) and not name.endswith('.plain.log'):
        continue
    out = ck.run('formats', '--explain', DIR + name).stdout.decode()
    if any(l.split()[:1] == ['circuitpython-fona'] for l in out.splitlines()):
        ck.error('%s: circuitpython-fona scores:\n%s' % (name, out))
# and no other definition or reader takes its fixtures: the runner-up is raw
for name in ('cpfona-sim800l-gprs.log', 'cpfona-sim800h-tcp.log', 'cpfona-sim800c-sms.log'):
    out = ck.run('formats', '--explain', DIR + name).stdout.decode()
    cands = [l.split()[0] for l in out.splitlines()
             if l.startswith('  ') and len(l.split()) > 1 and l.split()[1].isdigit()]
    if cands != ['circuitpython-fona', 'raw']:
        ck.error('%s: candidates %s, want circuitpython-fona then raw' % (name, cands))

# refuted_by, a wrapper's key: a sample line it matches keeps the layer off the
# whole input (a user's definition, as the built-in markdown-table uses it)
import tempfile  # noqa: E402
with tempfile.TemporaryDirectory() as tmp:
    wrap = os.path.join(tmp, 'acme-bar.json')
    with open(wrap, 'w') as f:
        json.dump({'format_version': 1, 'name': 'acme-bar', 'kind': 'wrapper', 'title': 't',
                   'source': 't', 'layer': 'structural', 'match': '^! (?<body>.*)$', 'any': True,
                   'refuted_by': '^! Description\\b',
                   'samples': [{'line': '! AT+CSQ', 'body': 'AT+CSQ'}]}, f)
    for body, layers, ntx in (('! AT+CSQ\n! +CSQ: 20,99\n! OK\n', 'acme-bar > raw', 1),
                              ('! Description of the commands\n! AT+CSQ\n! +CSQ: 20,99\n! OK\n',
                               'raw', 0)):
        log = os.path.join(tmp, 'bar.log')
        with open(log, 'w') as f:
            f.write(body)
        recs = [json.loads(l) for l in ck.parse(log, '--format-def', wrap).decode().splitlines()]
        got = (recs[0].get('layers', recs[0].get('format')),
               sum(r['kind'] == 'transaction' for r in recs))
        if got != (layers, ntx):
            ck.error('refuted_by on a user wrapper: %s, want %s for %r' % (got, (layers, ntx), body))
sys.exit(ck.fail)
