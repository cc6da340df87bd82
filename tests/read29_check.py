#!/usr/bin/env python3
"""Held-out batch 29's reading class R1 (helper h-node), on fixtures of our
own (tests/data/read29/README.md, made by make_node.py from debug-js/debug
src/node.js formatArgs()): a Node.js application's modem traffic logged with
the npm debug package, its arrows (-> written, <- read) under the namespace
modem:at and its prose under app. Not on a TTY: toISOString(), the namespace,
the message; on a TTY: two blanks, the coloured namespace (basic or 256
colours, or the colours gone in a copy from the terminal), the message and
the coloured +<diff>. In a fence with prose around, 4-space indented, under
journalctl's prefix. Read as node-debug > generic-arrows, the same
transactions as the arrows bare, whole, a byte at a time and in random
pieces; the ISO time is the records' time, the TTY form's per-namespace
+diff gives none. Before: the TTY forms read nothing, the short fenced ISO
log nothing (two commands: too few for an inferred template).

usage: read29_check.py ATSCOPE SRCDIR"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/read29/'

# the session's lines as node-debug-iso.log numbers them (the TTY form's the same)
SESSION_TX = [
    (2, 'AT', 'OK', []),
    (4, 'AT+CWMODE=1', 'OK', []),
    (6, 'AT+CWJAP="lab-ap","s3cret"', 'OK', []),
    (11, 'AT+CIPSTART="TCP","192.168.1.20",8080', 'OK', []),
    (14, 'AT+CIPSTATUS', 'OK', ['STATUS:3', '+CIPSTATUS:0,"TCP","192.168.1.20",8080,0,0']),
    (18, 'AT+CIPSEND=16', 'SEND OK', []),
    (23, 'AT+CIPCLOSE', 'OK', []),
]
SESSION_URC = [(7, 'WIFI CONNECTED'), (8, 'WIFI GOT IP'), (12, 'CONNECT'), (21, 'Recv 16 bytes'),
               (24, 'CLOSED')]
SHORT_TX = [
    (2, 'AT+CIPSTART="TCP","192.168.1.20",8080', 'OK', []),
    (5, 'AT+CIPSEND=16', 'SEND OK', []),
]
SHORT_URC = [(3, 'CONNECT'), (8, 'Recv 16 bytes'), (10, '+IPD,8:'), (11, 'CLOSED')]


def moved(tx, urc, by):
    return ([(l + by, c, f, r) for l, c, f, r in tx], [(l + by, t) for l, t in urc])


def row(layers, tx_urc):
    return (layers + ' > generic-arrows', [], tx_urc[0], tx_urc[1])


FENCE, INDENT = 3, 2    # the lines of prose and fence before the log
EXPECT = {
    'node-debug-iso.log': row('node-debug', moved(SESSION_TX, SESSION_URC, 0)),
    'node-debug-iso-fence.md': row('code-fence > node-debug', moved(SESSION_TX, SESSION_URC, FENCE)),
    'node-debug-iso-indent.md': row('indent > node-debug', moved(SESSION_TX, SESSION_URC, INDENT)),
    'node-debug-iso-journal.log': row('journal > node-debug', moved(SESSION_TX, SESSION_URC, 0)),
    'node-debug-iso-short.md': row('code-fence > node-debug', moved(SHORT_TX, SHORT_URC, FENCE)),
    # the colours go first (ansi), the two blanks as a mail's indent (mail-indent)
    'node-debug-tty.log': row('ansi > mail-indent > node-debug', moved(SESSION_TX, SESSION_URC, 0)),
    'node-debug-tty256.log': row('ansi > mail-indent > node-debug', moved(SESSION_TX, SESSION_URC, 0)),
    'node-debug-tty-fence.md': row('code-fence > mail-indent > node-debug',
                                   moved(SESSION_TX, SESSION_URC, FENCE)),
    'node-debug-tty-indent.md': row('indent > ansi > mail-indent > node-debug',
                                    moved(SESSION_TX, SESSION_URC, INDENT)),
    'node-debug-tty-short.md': row('code-fence > mail-indent > node-debug',
                                   moved(SHORT_TX, SHORT_URC, FENCE)),
    # src/browser.js's form copied from DevTools: no blanks before, no colours
    'node-debug-browser-short.md': row('code-fence > node-debug', moved(SHORT_TX, SHORT_URC, FENCE)),
    # the plain renderings: the modem's lines, the arrows bare
    'node-debug.plain.log': ('generic-arrows', [], [
        (1, 'AT', 'OK', []),
        (3, 'AT+CWMODE=1', 'OK', []),
        (5, 'AT+CWJAP="lab-ap","s3cret"', 'OK', []),
        (9, 'AT+CIPSTART="TCP","192.168.1.20",8080', 'OK', []),
        (12, 'AT+CIPSTATUS', 'OK', ['STATUS:3', '+CIPSTATUS:0,"TCP","192.168.1.20",8080,0,0']),
        (16, 'AT+CIPSEND=16', 'SEND OK', []),
        (21, 'AT+CIPCLOSE', 'OK', []),
    ], [(6, 'WIFI CONNECTED'), (7, 'WIFI GOT IP'), (10, 'CONNECT'), (19, 'Recv 16 bytes'), (22, 'CLOSED')]),
    'node-debug-short.plain.log': ('generic-arrows', [], moved(SHORT_TX, SHORT_URC, -1)[0],
                                   moved(SHORT_TX, SHORT_URC, -1)[1]),
    # an application's debug lines with no traffic: nothing read, no layer
    'neg-node-debug-app.log': ('raw', [], [], []),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)


def records(path, *extra):
    return [json.loads(l) for l in ck.parse(path, *extra).decode('utf-8', 'replace').splitlines()
            if l.strip()]


def key(recs):
    """what was read, lines aside: transactions (with the payload sent after
    the prompt), URCs, data, in order"""
    out = []
    for r in recs:
        if r['kind'] == 'transaction':
            p = r.get('payload') or {}
            out.append(('tx', r['command'], r.get('final'), [x['text'] for x in r.get('responses', [])],
                        p.get('bytes'), p.get('preview')))
        elif r['kind'] == 'urc':
            out.append(('urc', r['text']))
        elif r['kind'] == 'data':
            out.append(('data', r.get('mode'), r.get('bytes'), r.get('preview')))
    return out


for plain_name, prefix in (('node-debug.plain.log', 'node-debug-'), ('node-debug-short.plain.log', None)):
    plain = key(records(DIR + plain_name))
    names = [n for n in EXPECT if n.startswith('node-debug-') and not n.endswith('.plain.log') and
             (('short' in n) == (prefix is None))]
    for name in names:
        recs = records(DIR + name)
        if key(recs) != plain:
            ck.error('%s: not the plain rendering\'s records:\n  got  %s\n  want %s' %
                     (name, key(recs), plain))
        left = [(r['line'], r.get('text')) for r in recs if r['kind'] == 'unparsed']
        if left:
            ck.error('%s: unparsed %s' % (name, left))
        # the application's own lines (namespace app) are the host's, the prefix peeled
        host = [r['text'] for r in recs if r['kind'] == 'host-log' and r.get('source') == 'other'
                and r['text'] in ('starting uplink to 192.168.1.20:8080', 'wifi up', 'uplink closed',
                                  'posting reading 21.5C')]
        want = ['posting reading 21.5C'] if prefix is None else \
            ['starting uplink to 192.168.1.20:8080', 'wifi up', 'uplink closed']
        if host != want:
            ck.error('%s: host-log %s, want %s' % (name, host, want))

# the time is debug's toISOString(); the TTY form's +diff (since that
# namespace's last message, rounded by ms) is no record's time
for name in ('node-debug-iso.log', 'node-debug-iso-fence.md', 'node-debug-iso-indent.md'):
    t = [(r.get('time'), r.get('final_time')) for r in records(DIR + name) if r['kind'] == 'transaction']
    if t[:1] != [('2026-12-07T09:31:19.910000', '2026-12-07T09:31:19.925000')] or \
            t[-1] != ('2026-12-07T09:32:24.902000', '2026-12-07T09:32:24.943000'):
        ck.error('%s: times %s' % (name, t))
for name in ('node-debug-tty.log', 'node-debug-tty256.log', 'node-debug-tty-fence.md'):
    t = [r.get('time') for r in records(DIR + name) if r.get('time')]
    if t:
        ck.error('%s: a time from the TTY form: %s' % (name, t[:3]))

# no other capture takes the layer
others = [p for p in sorted(glob.glob(SRC + '/captures/*.log') + glob.glob(SRC + '/captures/traces/*.log')
                            + glob.glob(SRC + '/captures/traces/variants/*.log')
                            + glob.glob(SRC + '/captures/formats/*.log') + glob.glob(SRC + '/tests/negative/*')
                            + glob.glob(SRC + '/tests/data/*/*.log') + glob.glob(SRC + '/tests/data/*/*.md'))
          if os.path.isfile(p) and '/read29/' not in p]
ck.parse_many(others)
for path in others:
    r = records(path)[:1]
    if r and 'node-debug' in r[0].get('layers', '').split(' > '):
        ck.error('%s: read as %s' % (os.path.relpath(path, SRC), r[0].get('layers')))
if len(others) < 300:
    ck.error('other captures: %d found' % len(others))
sys.exit(ck.fail)
