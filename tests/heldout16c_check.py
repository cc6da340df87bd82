#!/usr/bin/env python3
"""Held-out batch 16's class J2 (helper batch16c), on notebooks of our own
(tests/data/heldout16c/make_notebooks.py): a Jupyter notebook whose code
cells' outputs hold the session, read as the text of its outputs (the
jupyter-outputs layer: stream outputs' "text", stdout's and stderr's, and
execute_result's "text/plain", a list of strings or one string, the JSON
escapes taken back and each line end a line's), whatever shape that text has
(>> / << prints, pyserial's reads as bytes reprs and a readlines() list
IPython broke over lines, a library's colour trace, the replies printed as
the modem sent them, Python logging on stderr); the cells' source, which
writes the AT strings, never modem traffic. Before: raw, 0 transactions on
each. Every transaction exact at the notebook's own lines, whole, a byte at a
time and in random pieces; notebooks with no AT traffic in their outputs (or
a printed command table) read none; no other capture or fixture is read as a
notebook.

usage: heldout16c_check.py ATSCOPE SRCDIR"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout16c/'

LIST = [(40, 'AT+CSQ', 'OK', ['+CSQ: 20,99']), (60, 'AT+CPIN?', '+CME ERROR: 10', []),
        (62, 'AT+CREG?', 'OK', ['+CREG: 0,1'])]
EXPECT = {
    'nb-list-gtlt.ipynb': ('jupyter-outputs > generic-gtlt', [], LIST, []),
    'nb-one-string.ipynb': ('jupyter-outputs > generic-gtlt', [], [
        (30, 'AT+CSQ', 'OK', ['+CSQ: 20,99']), (40, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], []),
    # by hand: outputs inline, a text list inline or over lines, one string
    'nb-inline.ipynb': ('jupyter-outputs > generic-gtlt', [], [
        (8, 'AT+CSQ', 'OK', ['+CSQ: 20,99']), (16, 'AT+CREG?', 'OK', ['+CREG: 0,5']),
        (25, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Vodafone.de",7']),
    ], []),
    'nb-execute-result.ipynb': ('jupyter-outputs > python-bytes', [], [
        (23, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (45, 'ATI', 'OK', ['Quectel', 'BG96', 'Revision: BG96MAR02A07M1G']),
    ], []),
    'nb-ansi.ipynb': ('jupyter-outputs > ansi > generic-gtlt', [], [
        (13, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (16, 'AT+QNWINFO', 'OK', ['+QNWINFO: "FDD LTE","26201","LTE BAND 3",1300']),
    ], []),
    'nb-terminal-print.ipynb': ('jupyter-outputs > raw', [], [
        (24, 'AT+CSQ', 'OK', ['+CSQ: 20,99']), (29, 'AT+CEREG?', 'OK', ['+CEREG: 0,5']),
    ], []),
    'nb-stderr-logging.ipynb': ('jupyter-outputs > python-logging > generic-gtlt', [], [
        (26, 'AT+CSQ', 'OK', ['+CSQ: 23,99']), (42, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
    ], []),
    # pasted into an issue: quoted (two lines of prose first), fenced
    'nb-quoted.md': ('markdown-quote > jupyter-outputs > generic-gtlt', [],
                     [(l + 2, c, f, r) for l, c, f, r in LIST], []),
    'nb-fenced.md': ('code-fence > jupyter-outputs > generic-gtlt', [],
                     [(l + 3, c, f, r) for l, c, f, r in LIST], []),
    # negatives: no AT traffic in the outputs; a printed table of commands
    'neg-nb-no-at.ipynb': ('raw', [], [], []),
    # (its second cell a tabulate table: markdown-table's prose cell, 'SIM state')
    'neg-nb-table.ipynb': ('jupyter-outputs > raw', [], [], []),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)


def records(name):
    out = ck.parse(DIR + name).decode('utf-8', 'replace')
    return [json.loads(l) for l in out.splitlines() if l.strip()]


# the lines of a transaction are the notebook's: an item a line, or every
# line of a one-string text at that string's line
for name, want in (('nb-list-gtlt.ipynb', (40, [41], 42)),
                   ('nb-one-string.ipynb', (30, [30], 30)),
                   ('nb-inline.ipynb', (16, [17], 18)),
                   ('nb-execute-result.ipynb', (45, [46, 47, 48], 50))):
    t = [r for r in records(name) if r['kind'] == 'transaction'][
        0 if name not in ('nb-execute-result.ipynb', 'nb-inline.ipynb') else 1]
    got = (t['line'], [x['line'] for x in t.get('responses', [])], t.get('final_line'))
    if got != want:
        ck.error('%s: %s lines %s, want %s' % (name, t['command'], got, want))

# the source's AT strings (ser.write(b"AT+COPS?\r\n"), the helper's) and
# the markdown's are the notebook's own lines, never a command
for name in ('nb-list-gtlt.ipynb', 'nb-one-string.ipynb'):
    cmds = [r['command'] for r in records(name) if r['kind'] == 'transaction']
    if 'AT+COPS?' in cmds or any('write' in c for c in cmds):
        ck.error('%s: a cell source read as a command: %s' % (name, cmds))

# saved on Windows (nbformat's text-mode write: CR LF line ends), the same
import tempfile  # noqa: E402
with tempfile.TemporaryDirectory() as tmp:
    crlf = {}
    for name in ('nb-list-gtlt.ipynb', 'nb-one-string.ipynb', 'nb-terminal-print.ipynb',
                 'nb-inline.ipynb'):
        with open(DIR + name, 'rb') as f, open(os.path.join(tmp, name), 'wb') as g:
            g.write(f.read().replace(b'\n', b'\r\n'))
        crlf[name] = EXPECT[name]
    ck.table(tmp + '/', crlf)

# no other capture, fixture or negative sample is read as a notebook
files = []
for top in ('captures', 'tests/negative', 'tests/data', 'tests/unknown'):
    for d, _, names in os.walk(os.path.join(SRC, top)):
        if 'heldout16c' in d:
            continue
        files += [os.path.join(d, n) for n in names if not n.endswith('.py')]
out = subprocess.run([BIN, 'formats', '--explain', *sorted(files)], capture_output=True,
                     text=True, errors='replace').stdout
cur = None
for l in out.splitlines():
    if l and not l.startswith(' '):
        cur = l
    elif l.strip().startswith('read as:') and 'jupyter-outputs' in l:
        ck.error('%s: %s' % (cur, l.strip()))
print('%d notebooks read exactly; %d other files not read as a notebook'
      % (len(EXPECT), len(files)))
sys.exit(ck.fail)
