#!/usr/bin/env python3
"""Held-out batch 21's class N1 (helper batch21), on fixtures of our own
(tests/data/riot21/README.md cites RIOT's source for each line): RIOT OS's
tests/drivers/at shell app through pyterm, picocom or a plain terminal, with
and without AT_PRINT_INCOMING, under a fence, a mail quote, an indented block
and after a `make flash term` build log. The shell's `> send AT...` line is
the command (`\\"` a quote); the app's `Response (len=N): ...` the answer's
first line, its `OK` the module's, its `Error` the app's word (no final);
with the incoming bytes printed the driver's print of the echo is the
command, the module's own lines its answer, and a `send`'s late `OK` (read
after the next shell line) the command's before it. Every transaction exact,
whole, a byte at a time and in random pieces; the incoming fixtures rebuild
the transactions of their plain rendering; a RIOT unit-test run and a build
log read none and are not this format; nor are other formats' captures.

usage: riot21_check.py ATSCOPE SRCDIR"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/riot21/'

INCOMING = [
    (33, 'AT+CSQ', 'OK', ['+CSQ: 12,99']),
    (39, 'AT+CFUN=1', 'OK', []),
    (43, 'AT+CGMI', 'OK', ['Quectel']),
    (51, 'AT+CPIN=1234', '+CME ERROR: 16', []),
    (55, 'AT+CGDCONT=1,"IP","internet"', 'OK', []),
]
EXPECT = {
    # pyterm's terminal: the typed line and the node's echo of it, one command
    'riot-pyterm.log': ('pyterm > riot-at-shell', [], [
        (11, 'AT+CSQ', None, ['+CSQ: 12,99']),
        (14, 'AT+CFUN=1', 'OK', []),
        (17, 'AT+CGMI', 'OK', ['Quectel']),
        (22, 'AT+CGDCONT=1,"IP","internet"', 'OK', []),
        (25, 'AT+CPIN?', '+CME ERROR: 10', []),
        (28, 'AT+COPS=1,2,"26201"', None, []),
    ], []),
    'riot-picocom-incoming.log': ('terminal-tool-lines > riot-at-shell', [], INCOMING, []),
    'riot-pyterm-incoming-fence.md': ('code-fence > pyterm > riot-at-shell', [], [
        (17, 'AT+CSQ', 'OK', ['+CSQ: 12,99']),
        (23, 'AT+CGDCONT=1,"IP","internet"', 'OK', []),
        (35, 'AT+COPS=1,2,"26201"', None, []),
    ], [(13, '+CREG: 1'), (29, '+CREG: 5')]),
    'riot-plain-mailquote.txt': ('markdown-quote > riot-at-shell', [], [
        (14, 'ATI', None, ['Quectel']),
        (16, 'AT+CGDCONT?', 'OK', ['+CGDCONT: 1,"IP","internet","0.0.0.0",0,0,0,0',
                                   '+CGDCONT: 2,"IPV4V6","ims","0.0.0.0",0,0,0,0']),
        (21, 'AT+CFUN?', None, ['+CFUN: 1']),
        (23, 'AT+QICSGP=1,1,"iot.example","","",1', 'OK', []),
    ], []),
    'riot-make-term.log': ('pyterm > riot-at-shell', [], [
        (31, 'ATE1', 'OK', []),
        (34, 'AT+CEREG?', None, ['+CEREG: 0,1']),
        (37, 'AT+CGATT=1', 'ERROR', []),
        (40, 'AT+QCCID', None, []),
    ], []),
    'riot-picocom-indent.md': ('indent > terminal-tool-lines > riot-at-shell', [], [
        (7, 'AT+CPIN?', None, ['+CPIN: READY']),
        (9, 'AT+CFUN=0', 'OK', []),
        (11, 'AT+COPS=?', None, []),
        (13, 'AT', 'OK', []),
    ], []),
    'riot-unittests.log': ('tsline', [], [], []),
    'riot-build.log': ('raw', [], [], []),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)


def records(path, *extra):
    return [json.loads(l) for l in ck.parse(path, *extra).decode('utf-8', 'replace').splitlines()
            if l.strip()]


def key(recs):
    return [(r['command'], r.get('final'), [x['text'] for x in r.get('responses', [])])
            for r in recs if r['kind'] == 'transaction']


# the driver's incoming bytes are the wire: the same transactions as the wire's log
plain = key(records(DIR + 'session.plain.log'))
if plain != [(c, f, rs) for _, c, f, rs in INCOMING]:
    ck.error('session.plain.log: %s' % plain)
got = key(records(DIR + 'riot-picocom-incoming.log'))
if got != plain:
    ck.error('riot-picocom-incoming.log: %s, the plain rendering %s' % (got, plain))

# the app's and the shell's own lines are the host's: the Response line that
# repeats a printed answer, the app's OK after the module's, its Error, the DEBUG lines
recs = records(DIR + 'riot-pyterm-incoming-fence.md')
host = [r['line'] for r in recs if r['kind'] == 'host-log']
want = [4, 5, 6, 7, 8, 9, 10, 11, 14, 15, 16, 19, 20, 25, 26, 27, 30, 31, 32, 33, 34, 36, 39]
if host != want:
    ck.error('riot-pyterm-incoming-fence.md: host-log lines %s, want %s' % (host, want))
# a command the app refused before sending it is no transaction
recs = records(DIR + 'riot-plain-mailquote.txt')
if any(r['kind'] == 'transaction' and r['line'] == 6 for r in recs):
    ck.error('riot-plain-mailquote.txt: the refused send (line 6) is a transaction')
# what the tool shows: the first line of an answer; its finals are not all there
inp = records(DIR + 'riot-pyterm.log')[0]
if inp.get('shows') != 'first-reply-line':
    ck.error('riot-pyterm.log: shows %r, want first-reply-line' % inp.get('shows'))

# a shell script whose function is named send is no RIOT shell (held-out batch 13's
# negative read so before the definition refuted a script's own lines)
r = records(DIR + 'neg-send-script.sh')
if not r or 'riot-at-shell' in r[0].get('layers', r[0].get('format', '')):
    ck.error('neg-send-script.sh: read as %s' % (r[0].get('layers', r[0].get('format')) if r else None))

# other formats' captures are not this one's (read in one run)
others = [p for p in sorted(glob.glob(SRC + '/captures/*.log') + glob.glob(SRC + '/captures/traces/*.log')
                            + glob.glob(SRC + '/captures/traces/variants/*.log')
                            + glob.glob(SRC + '/tests/negative/*')) if os.path.isfile(p)]
ck.parse_many(others)
for path in others:
    r = records(path)
    fmt = r[0].get('layers', r[0].get('format', '')) if r else ''
    if 'riot-at-shell' in fmt or 'pyterm' in fmt.split(' > '):
        ck.error('%s: read as %s' % (path, fmt))
sys.exit(ck.fail)
