#!/usr/bin/env python3
"""Scripts are not sessions (formats/tables/script-lines.json, helper
scripts20): the script that drives a modem, pasted instead of its log, is
read as nothing by every definition, the inference and the C readers; a
definition whose real logs carry such lines ("script_lines") keeps reading
them, and one that does not is refused by the same line.

Negatives (tests/data/scripts20/neg-*, written from each language's own
syntax: chat(8)'s and expect(1)'s keywords, POSIX sh, pyserial's and
MicroPython's UART write(), node-serialport's port.write(), a C call):
zero transactions, whole and in pieces, and every candidate scores 0.
Positives: a chat script's lines above pppd chat's log, a shell script's
above a shell transcript: the log's transactions exactly as without them.

usage: scripts20_check.py ATSCOPE SRCDIR"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atscope_runs import candidates_many  # noqa: E402
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/scripts20/'
ck = Checker(BIN)
POSITIVE = (('sendrecv-under-chat-keyword.log', 'captures/traces/generic-sendrecv.log',
             'generic-sendrecv', 1),
            ('chat-script-then-log.log', 'captures/traces/variants/chat-stderr.log', 'pppd-chat', 6),
            ('shell-redirect-after-script.log', 'captures/traces/variants/shell-redirect-ec25.log',
             'shell-redirect', 2))

NEG = ['neg-expect-chat.txt', 'neg-shell-send.sh', 'neg-pyserial.py', 'neg-send-cmd.c',
       'neg-micropython-uart.py', 'neg-node-serialport.js']
# before: riot-at-shell 3 false transactions, generic-sendrecv 5, python-bytes 3
# (the Node script); the others read nothing already
ck.prefetch((DIR + name, ()) for name in NEG + [p[0] for p in POSITIVE])
ck.parse_many([os.path.join(SRC, p[1]) for p in POSITIVE])
for name in NEG:
    recs = ck.read(name, DIR + name, 'raw')
    if recs and any(r['kind'] == 'transaction' for r in recs):
        ck.error('%s: %d transactions' % (name, sum(r['kind'] == 'transaction' for r in recs)))
scores = candidates_many(BIN, [DIR + n for n in NEG])
for name in NEG:
    bad = sorted(k for k, v in scores[DIR + name].items() if v > 0 and k != 'raw')
    if bad:
        ck.error('%s: scored by %s' % (name, ', '.join(bad)))


def tx_of(recs, shift=0):
    return [(r['line'] - shift, r['command'], r.get('final'),
             [x['text'] for x in r.get('responses', [])])
            for r in recs if r['kind'] == 'transaction']


# positives: the log beside a script's lines reads as it does bare (its finals
# are read on lines no script pattern matches), with the flag or without it
for name, orig, fmt, shift in POSITIVE:
    recs = ck.read(name, DIR + name, fmt)
    base = [json.loads(l) for l in ck.parse(os.path.join(SRC, orig)).decode().splitlines()]
    if recs is not None and (not tx_of(base) or tx_of(recs, shift) != tx_of(base)):
        ck.error('%s: transactions\n  got  %s\n  want %s' % (name, tx_of(recs, shift), tx_of(base)))
# the flag: command-list's init scripts (no final anywhere) score for it; a
# user's copy without the flag is refused by the same lines
with tempfile.TemporaryDirectory() as td:
    d = json.load(open(SRC + '/formats/command-list.json'))
    d['name'] = 'scripts20-list'
    del d['script_lines']
    p = os.path.join(td, 'list.json')
    json.dump(d, open(p, 'w'))
    f = SRC + '/tests/data/heldout14a/neg-init-script.sh'
    run = subprocess.run([BIN, 'formats', '--format-def', p, '--explain', f], capture_output=True,
                         text=True)
    r = run.stdout
    if run.returncode != 0:
        ck.error('a copy of command-list without script_lines: exit %d' % run.returncode)
    got = {l.split()[0]: int(l.split()[1]) for l in r.splitlines()
           if len(l.split()) > 1 and l.split()[1].isdigit() and l.startswith(' ')}
    if got.get('command-list', 0) <= 0 or got.get('scripts20-list', 0) != 0:
        ck.error('neg-init-script.sh: command-list %s, its copy without script_lines %s'
                 % (got.get('command-list'), got.get('scripts20-list')))

# the flag names patterns of the table; an unknown name is refused at load
with tempfile.TemporaryDirectory() as td:
    d = json.load(open(SRC + '/formats/generic-sendrecv.json'))
    d['name'] = 'scripts20-bad'
    d['script_lines'] = ['no-such-pattern']
    p = os.path.join(td, 'bad.json')
    json.dump(d, open(p, 'w'))
    r = subprocess.run([BIN, 'formats', '--format-def', p], capture_output=True, text=True)
    if r.returncode == 0 or 'script-lines.json' not in r.stderr:
        ck.error('script_lines ["no-such-pattern"] loaded (exit %d: %s)' % (r.returncode, r.stderr[:200]))
    # a user's copy of generic-sendrecv with the Python patterns allowed reads a
    # pyserial REPL's session again, and the C call still refuses it
    d['script_lines'] = ['python']
    json.dump(d, open(p, 'w'))
    r = subprocess.run([BIN, 'formats', '--format-def', p], capture_output=True, text=True)
    if r.returncode != 0:
        ck.error('script_lines ["python"] refused: %s' % r.stderr[:200])
sys.exit(ck.fail)
