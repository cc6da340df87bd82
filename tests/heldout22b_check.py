#!/usr/bin/env python3
"""Held-out batch 22's classes Q3-Q6 (helper batch22b), on fixtures of our own
(tests/data/heldout22b/README.md cites each tool's source): Waveshare's
send_at() prints (the 'CMD ERROR' / 'CMD back:<tab>' lines the script's, the
buffer's echo or the back: line's command the command, once), SparkFun's SARA-R5
library with debug and AT debug on one port (the written line's copy and the
reply's second copy the library's, one transaction each), Mongoose OS pppos's
'>> +++' a write of its own (a data-mode escape; the '>> AT' after it a
command), and a PowerShell prompt session with System.IO.Ports.SerialPort (the
Write call the command, the Read output the module's). Every transaction exact,
whole, a byte at a time and in random pieces; negatives read none.

usage: heldout22b_check.py ATSCOPE SRCDIR"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout22b/'

CPSI = '+CPSI: LTE,Online,460-00,0x1816,27551321,380,EUTRAN-BAND3,1300,5,5,-94,-1064,-765,15'
CGDCONT = '+CGDCONT: 1,"IP","iot.example","0.0.0.0",0,0,0,2,0,0,0,0,0,0,0'
SPARKFUN = [
    (1, 'AT', 'OK', []),
    (8, 'ATE0', 'OK', []),
    (15, 'AT+CMEE=2', 'OK', []),
    (22, 'AT+CSQ', 'OK', ['+CSQ: 17,3']),
    (33, 'AT+USOCR=6', '+CME ERROR: operation not allowed', []),
    (40, 'AT+CGDCONT?', 'OK', [CGDCONT]),
]
SESSION = [
    (3, 'AT', 'OK', []),
    (9, 'ATE0', 'OK', []),
    (15, 'AT+CGPADDR=1', 'OK', ['+CGPADDR: 1,10.64.12.7']),
    (22, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Telia",7']),
]
EXPECT = {
    'waveshare-send-at-file.log': ('waveshare-send-at', [], [
        (3, 'AT+CSQ', 'OK', ['+CSQ: 21,99']),
        (9, 'AT+CPIN?', '+CME ERROR: 10', []),
        (12, 'AT+CPSI?', 'OK', [CPSI]),
        (18, 'AT+CGREG?', 'OK', ['+CGREG: 0,2']),
        (23, 'AT+CNACT=0,1', None, []),
    ], []),
    'waveshare-send-at-term.log': ('waveshare-send-at', [], [
        (3, 'AT+CSQ', 'OK', ['+CSQ: 18,99']),
        (10, 'AT+CGREG?', 'OK', ['+CGREG: 0,2']),
        (16, 'AT+CNACT=0,1', 'OK', []),
        (23, 'AT+CAOPEN=0,0,"TCP","198.51.100.7",5001', 'OK', []),
    ], []),
    'waveshare-sendat-noecho.log': ('waveshare-send-at', [], [
        (1, 'AT', 'OK', []),
        (4, 'ATE0', 'OK', []),
        (12, 'AT+CGATT=1', '+CME ERROR: 30', []),
        (15, 'AT+CGATT?', 'OK', ['+CGATT: 0']),
        (20, 'AT+CNACT?', None, []),
    ], [(8, '+CPIN: READY')]),
    'sparkfun-at-debug.log': ('sparkfun-ublox', [], SPARKFUN, []),
    'sparkfun-at-debug-monitor.log': ('sparkfun-ublox', [], SPARKFUN, []),
    'sparkfun-at-debug-socket.log': ('sparkfun-ublox', [], [
        (1, 'AT+USOCO=0,"198.51.100.7",7', 'OK', []),
        (8, 'AT+USOWR=0,12,"hello world!"', 'OK', ['+USOWR: 0,12']),
        (23, 'AT+USORD=0,12', 'OK', ['+USORD: 0,12,"hello world!"']),
        (40, 'AT+USOCL=0', '+CME ERROR: Operation not allowed', []),
    ], [(21, '+UUSORD: 0,12'), (37, '+UUSOCL: 0')]),
    'mgos-escape.log': ('mgos-pppos', [], [
        (2, 'AT', 'OK', []),
        (6, 'ATH', 'OK', []),
        (10, 'ATE0', 'OK', []),
        (14, 'AT+CSQ', 'OK', ['+CSQ: 19,99']),
        (23, 'AT+CPSI?', 'OK', ['+CPSI: LTE,Online,240-01,0x2B0C,25651982,218,EUTRAN-BAND20,'
                                '6300,3,3,-105,-921,-638,12']),
    ], []),
    'powershell-serialport.log': ('powershell-transcript > powershell-serialport', [], SESSION, []),
    'powershell-serialport-transcript.txt': ('powershell-transcript > powershell-serialport', [],
                                             [(l + 7, c, f, r) for l, c, f, r in SESSION], []),
    'powershell-serialport-pwsh.log': ('powershell-serialport', [], [
        (5, 'ATE0', 'OK', []),
        (11, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (18, 'AT+QCCID', 'OK', ['+QCCID: 89460800000000000000']),
    ], []),
    'powershell-serialport-sms.log': ('powershell-transcript > powershell-serialport', [], [
        (3, 'ATE0', 'OK', []),
        (9, 'AT+CMGF=1', 'OK', []),
        (14, 'AT+CMGS="+46700000000"', 'OK', ['+CMGS: 12']),
    ], []),
    'neg-serialport.ps1': ('raw', [], [], []),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)


def records(path, *extra):
    return [json.loads(l) for l in ck.parse(path, *extra).decode('utf-8', 'replace').splitlines()
            if l.strip()]


def kinds(path, kind):
    return [r for r in records(path) if r['kind'] == kind]


# the script's and the library's own lines are the host's: nothing else is left
for name, want in (('waveshare-send-at-file.log', [1, 2, 8, 17, 24]),
                   ('sparkfun-at-debug-monitor.log', [2, 5, 6, 7, 9, 12, 13, 14, 16, 19, 20, 21,
                                                      23, 28, 29, 30, 31, 32, 34, 37, 38, 39,
                                                      41, 46, 47, 48, 49, 50])):
    host = [r['line'] for r in kinds(DIR + name, 'host-log')]
    if host != want:
        ck.error('%s: host-log lines %s, want %s' % (name, host, want))
for name in ('waveshare-send-at-file.log', 'sparkfun-at-debug.log', 'sparkfun-at-debug-monitor.log',
             'sparkfun-at-debug-socket.log',
             'powershell-serialport.log', 'mgos-escape.log'):
    left = [(r['line'], r['reason'], r.get('text')) for r in kinds(DIR + name, 'unparsed')]
    if left:
        ck.error('%s: unparsed %s' % (name, left))

# the script's timeout is the send's and the module's reports its completions
got = [(r['command'], r.get('completion_text'), r.get('completion_line'))
       for r in kinds(DIR + 'waveshare-send-at-term.log', 'transaction') if r.get('completion')]
if got != [('AT+CNACT=0,1', '+APP PDP: 0,ACTIVE', 20),
           ('AT+CAOPEN=0,0,"TCP","198.51.100.7",5001', '+CAOPEN: 0,1', 27)]:
    ck.error('waveshare-send-at-term.log: completions %s' % got)

# the escape is a data-mode escape of its own, never a command: the first one
# unanswered (the next command ends it), the second answered by the OK
data = [(r['line'], r['end'], r['escape']['line'], r['escape']['line_end'], r['bytes'])
        for r in kinds(DIR + 'mgos-escape.log', 'data')]
want = [(1, 'host-command', 1, False, {'tx': 3, 'rx': 0, 'unknown': 0}),
        (20, 'escape', 20, False, {'tx': 3, 'rx': 0, 'unknown': 0})]
if data != want:
    ck.error('mgos-escape.log: data %s, want %s' % (data, want))
# the text written after the prompt, its Ctrl-Z a [char]26 term, is the send's payload
t = [r for r in kinds(DIR + 'powershell-serialport-sms.log', 'transaction') if r['name'] == '+CMGS']
p = t[0].get('payload', {}) if t else {}
if (p.get('prompt_line'), p.get('bytes'), p.get('end')) != (17, 9, 'ctrl-z'):
    ck.error('powershell-serialport-sms.log: the CMGS payload %s' % p)

# whole_write is for a host's one-line rule without a suffix: elsewhere the definition does not load
import tempfile  # noqa: E402
with tempfile.TemporaryDirectory() as tmp:
    bad = {'format_version': 1, 'name': 'bad-whole', 'kind': 'trace', 'title': 't', 'source': 's', 'rules': [
        {'name': 'rx', 'match': '^<< (?<payload>.*)$', 'dir': 'rx', 'whole_write': True}]}
    with open(tmp + '/bad-whole.json', 'w') as f:
        json.dump(bad, f)
    r = ck.run('parse', '--format-def', tmp + '/bad-whole.json', DIR + 'mgos-escape.log')
    if r.returncode != 2 or b'whole_write is for a data rule of one line with dir tx' not in r.stderr:
        ck.error('a whole_write rx rule: exit %d, %r' % (r.returncode, r.stderr[:200]))

# the shared script-lines table: the calls in a .ps1 file are a script's
r = records(DIR + 'neg-serialport.ps1')
if any(x['kind'] == 'transaction' for x in r):
    ck.error('neg-serialport.ps1: read transactions')

# other formats' captures are not these definitions'
# parsed in one run first: a process per file under the sanitizers cost seconds each
_paths = sorted(glob.glob(SRC + '/captures/*.log') + glob.glob(SRC + '/captures/traces/*.log')
          + glob.glob(SRC + '/captures/traces/variants/*.log')
          + glob.glob(SRC + '/tests/negative/*'))
ck.parse_many([p for p in _paths if os.path.isfile(p)])
for path in _paths:
    if not os.path.isfile(path):
        continue
    r = records(path)
    fmt = r[0].get('layers', r[0].get('format', '')) if r else ''
    if any(f in fmt.split(' > ') for f in ('waveshare-send-at', 'powershell-serialport')):
        ck.error('%s: read as %s' % (path, fmt))
sys.exit(ck.fail)
