#!/usr/bin/env python3
"""Held-out batch 28's classes U1-U3 (helper h-smslib), on fixtures of our own
(tests/data/heldout28a, written from the printing code): SMSLib v3's
AModemDriver under log4j (SEND : with formatLog()'s (cr) (27) tokens,
BUFFER: with real CRs, RECV : its formatted duplicate, a URC's BUFFER with no
RECV the only copy, the PDU after AT+CMGS with its unlogged Ctrl-Z); aws logs
tail's detailed format around Gammu's textalldate trace (read as the plain
trace reads); udev rules that name AT ports (ATTRS{idVendor}=="2c7c": braces
and == outside quotes are no command line) beside a real command whose JSON
string holds braces. Every transaction exact, whole, a byte at a time and in
random pieces.

usage: heldout28a_check.py ATSCOPE SRCDIR"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout28a/'

GAMMU = [
    (6, 'ATE1', 'OK', []),
    (14, 'AT+CGMI', 'OK', ['SIMCOM_Ltd']),
    (24, 'AT+CGMM', 'OK', ['SIMCOM_SIM800L']),
    (34, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
    (49, 'AT+CSQ', 'OK', ['+CSQ: 18,0']),
    (59, 'AT+CPMS="ME","ME","ME"', '+CMS ERROR: 302', []),
]
EXPECT = {
    # reset(): ESC and +++ unanswered, the ATZ / ATE0 answers dropped by
    # clearBuffer() unlogged; the URC's BUFFER (no RECV after it) read
    'smslib-v3.log': ('smslib-v3', [], [
        (8, 'ATZ', None, []),
        (10, 'ATZ', None, []),
        (11, 'ATE0', None, []),
        (13, 'AT+CMEE=1', 'OK', []),
        (16, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (19, 'AT+CMGS=23', 'OK', ['+CMGS: 12']),
        (24, 'AT', 'OK', []),
    ], [(25, '+CMTI: "SM",3')]),
    # a copy whose viewer turned BUFFER:'s CRs into line breaks: its lines
    # bare after it, the RECV : after them still its duplicate
    'smslib-v3-crlost.log': ('smslib-v3', [], [
        (8, 'ATZ', None, []),
        (10, 'ATZ', None, []),
        (11, 'ATE0', None, []),
        (13, 'AT+CMEE=1', 'OK', []),
        (16, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (20, 'AT+CMGS=23', 'OK', ['+CMGS: 12']),
        (26, 'AT', 'OK', []),
    ], [(27, '+CMTI: "SM",3')]),
    'aws-tail-gammu.log': ('aws-logs-tail > gammu', [], GAMMU, [(47, 'RING')]),
    # the CLI's colours on a terminal (colorama: green time, cyan stream)
    'aws-tail-gammu-color.log': ('ansi > aws-logs-tail > gammu', [], GAMMU, [(47, 'RING')]),
    # Gammu's textall (no date of its own): the wrapper's time is the time
    'aws-tail-gammu-textall.log': ('aws-logs-tail > gammu', [], GAMMU, [(47, 'RING')]),
    'qmtpubex-json.log': ('raw', [], [
        (1, 'AT+QMTCONN=0,"gw-0042"', 'OK', []),
        (5, 'AT+QMTPUBEX=0,1,1,0,"t","{\\"a\\":1}"', 'OK', []),
    ], [(8, '+QMTPUBEX: 0,1,0')]),    # +QMTCONN: 0,0,0 its completion (quectel-bg96 identified)
    'udev-quectel.rules': ('raw', [], [], []),
    'udev-one-key.rules': ('raw', [], [], []),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)


def records(path, *extra):
    return [json.loads(l) for l in ck.parse(path, *extra).decode('utf-8', 'replace').splitlines()
            if l.strip()]


def kinds(path, kind):
    return [r for r in records(path) if r['kind'] == kind]


# U1: the PDU is the send's payload, its Ctrl-Z (write(char), unlogged) added
tx = [t for t in kinds(DIR + 'smslib-v3.log', 'transaction') if t['command'] == 'AT+CMGS=23']
if not tx or not tx[0].get('payload') or tx[0]['payload'].get('end') != 'ctrl-z':
    ck.error('smslib-v3.log: AT+CMGS=23 payload %s' % (tx[0].get('payload') if tx else None))
# the log4j date is the time
t = [r.get('time') for r in kinds(DIR + 'smslib-v3.log', 'transaction')][3:4]
if t != ['2026-12-07T09:20:14.500000']:
    ck.error('smslib-v3.log: AT+CMEE=1 time %s' % t)
# every RECV : duplicates the BUFFER: before it (read once), the driver's lines host-log
for name in ('smslib-v3.log', 'smslib-v3-leftover.log', 'smslib-v3-crlost.log'):
    left = [(r['line'], r['reason'], r.get('text')) for r in kinds(DIR + name, 'unparsed')
            if r['line'] != 6]          # ESC, written alone: the host's, no command
    if left:
        ck.error('%s: unparsed %s' % (name, left))
# a viewer that breaks lines at every CR (a mail client, old Notepad): each BUFFER:
# line's last CR an empty line before the RECV : that repeats it, still its duplicate
# (before: each RECV : read again, an orphan final after every answer)
def txs(name):
    return [(r['command'], r.get('final'), [x['text'] for x in r['responses']])
            for r in kinds(DIR + name, 'transaction')]
if txs('smslib-v3-crblank.log') != txs('smslib-v3.log'):
    ck.error('smslib-v3-crblank.log: transactions %s, want those of smslib-v3.log %s'
             % (txs('smslib-v3-crblank.log'), txs('smslib-v3.log')))
left = [(r['line'], r['reason']) for r in kinds(DIR + 'smslib-v3-crblank.log', 'unparsed')
        if r['line'] != 6]
if left:
    ck.error('smslib-v3-crblank.log: unparsed %s' % left)
# a +CPIN: READY buffer ends getResponse() and leaves its OK for the next
# command's read: the module's lines stay in wire order, each once
lines = []
for r in kinds(DIR + 'smslib-v3-leftover.log', 'transaction'):
    lines += [(x['line'], x['text']) for x in r['responses']]
    if r.get('final'):
        lines.append((r['final_line'], r['final']))
got = [x for _, x in sorted(lines)]
if got != ['+CPIN: READY', 'OK', '+CREG: 0,1', 'OK']:
    ck.error('smslib-v3-leftover.log: module lines %s' % got)
# clearBuffer() drops what was read unlogged (ATZ's and ATE0's answers in
# reset(), sync(), echoOff()): no response-timeout on them (rule flushes)
for name in ('smslib-v3.log', 'smslib-v3-crlost.log'):
    out = ck.run('check', '-f', 'json', DIR + name).stdout
    try:
        rep = json.loads(out.decode('utf-8', 'replace'))
        rt = [r for r in rep['rules'] if r['id'] == 'response-timeout'][0]
    except (ValueError, KeyError, IndexError):
        rt = {'status': 'no report'}
    if rt.get('status') != 'pass' or rt.get('violations'):
        ck.error('%s: response-timeout %s' % (name, rt))
# U2: the wrapper changes nothing of Gammu's reading
plain = [(t['command'], t['final'], [x['text'] for x in t['responses']])
         for t in kinds(SRC + '/captures/traces/gammu.log', 'transaction')]
wrapped = [(t['command'], t['final'], [x['text'] for x in t['responses']])
           for t in kinds(DIR + 'aws-tail-gammu.log', 'transaction')]
if plain != wrapped:
    ck.error('aws-tail-gammu.log: %s, plain %s' % (wrapped, plain))
for name in ('aws-tail-gammu-color.log', 'aws-tail-gammu-textall.log'):
    got = [(t['command'], t['final'], [x['text'] for x in t['responses']])
           for t in kinds(DIR + name, 'transaction')]
    if got != plain:
        ck.error('%s: %s, plain %s' % (name, got, plain))
t = [r.get('time') for r in kinds(DIR + 'aws-tail-gammu-textall.log', 'transaction')][:1]
if t != ['2026-12-07T09:40:00.518850']:
    ck.error('aws-tail-gammu-textall.log: first transaction time %s' % t)
# U3: no command, no note of one, in a rules file
for name in ('udev-quectel.rules', 'udev-one-key.rules'):
    bad = [r for r in records(DIR + name) if r['kind'] in ('transaction', 'annotation')]
    if bad:
        ck.error('%s: %s' % (name, bad))

# negatives: no other capture reads as these shapes (parsed in one run: a
# process per file under the sanitizers cost half a minute)
negs = [p for p in sorted(glob.glob(SRC + '/captures/*.log') + glob.glob(SRC + '/captures/traces/*.log')
                          + glob.glob(SRC + '/captures/traces/variants/*.log')
                          + glob.glob(SRC + '/tests/negative/*')) if os.path.isfile(p)]
ck.parse_many(negs)
for path in negs:
    r = records(path)
    fmt = r[0].get('layers', r[0].get('format', '')) if r else ''
    if any(f in fmt.split(' > ') for f in ('aws-logs-tail',)) or \
            fmt.split(' > ')[-1] == 'smslib-v3':
        ck.error('%s: read as %s' % (path, fmt))
sys.exit(ck.fail)
