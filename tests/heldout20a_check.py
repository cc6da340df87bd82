#!/usr/bin/env python3
"""Held-out batch 20's classes P1-P3 (helper batch20a), on fixtures of our
own (tests/data/heldout20a/README.md cites each).
P1, a module manual's plain-text table beside its commands (columns aligned
with blanks under a dashed rule): a column of maximum response times ("140
s", "300 ms, then POWERED DOWN") or of the answers allowed ("OK / ERROR")
after the command is the manual's, so its rows are notes, no transaction;
a reporter's session with a time noted after each command, answered, and a
logger's table (tab-separated, or aligned with blanks under a dashed rule:
table-rows' blank-a / blank-b rules) keep their transactions.
P2, Adafruit FONA's debug with the FONAtest sketch's menu: sendSMS()'s
"> " + the text and "^Z" lines are the payload and its Ctrl-Z, so the
command after the next menu prompt is read; the sketch's prompts
("Send to #", "Type out one-line message (140 char): ") are its own.
P3, Particle's ESP32 NCP trace ([ncp.esp32.at]): AT+MVER's bare "7" is its
answer, not a numeric result code, where the module answers in words (a
final in words before it, or right after it); a log whose module answers in
digits all along keeps them as finals; espressif-at knows Particle's NCP
commands (AT+MVER, AT+GETMAC: no unknown-command, no orphan OK).
Every transaction exact, whole, a byte at a time and in random pieces; the
findings exact.

usage: heldout20a_check.py ATSCOPE SRCDIR"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout20a/'

EXPECT = {
    # P1: a manual's tables, no transaction
    'neg-manual-response-times.txt': ('raw', [], [], []),
    'neg-manual-answers-column.txt': ('raw', [], [], []),
    # P1: sessions keep reading
    'pos-session-time-notes.txt': ('raw', [], [
        (1, 'AT+CGATT=1', 'OK', []),
        (3, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Telia",7']),
        (6, 'AT+QPOWD', 'OK', []),
    ], []),
    'pos-logger-tsv.txt': ('csv', [], [
        (2, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (5, 'AT+CGATT=1', 'ERROR', []),
    ], []),
    # P1: a serial logger's table aligned with blanks under a dashed rule (table-rows)
    'pos-logger-blanks.txt': ('table-rows', [], [
        (3, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (6, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Telia",7']),
    ], []),
    'pos-logger-blanks-index.txt': ('table-rows', [], [
        (3, 'AT+CGATT=1', 'OK', []), (5, 'AT+QPOWD', 'OK', []),
    ], []),
    # P2: FONA's sendSMS under FONAtest's menu
    'fona-sms-menu.log': ('fona', [], [
        (3, 'AT', 'OK', []), (5, 'ATE0', 'OK', []), (12, 'AT+CMGF=1', 'OK', []),
        (14, 'AT+CMGS="+15550100"', None, []),
        (20, 'AT+CMGF=1', 'OK', []),
        (22, 'AT+CPMS?', None, ['+CPMS: "SM",2,30,"SM",2,30,"SM",2,30']),
    ], []),
    # P3: the bare number is AT+MVER's answer
    'particle-esp32-mver.log': ('particle-ncp', [], [
        (2, 'AT', 'OK', []), (5, 'AT+MVER', 'OK', ['7']),
        (8, 'AT+GETMAC=0', 'OK', ['+GETMAC: "24:0a:c4:10:9d:f4"']),
        (11, 'AT+CMUX=0', 'OK', []), (13, 'AT+CWDHCP=0,3', 'OK', []),
        (15, 'AT+CWJAP="HomeNet","secret123"', 'OK', []),
        (19, 'AT+CGMR', 'OK', ['0.0.7']),
    ], [(16, 'WIFI CONNECTED'), (17, 'WIFI GOT IP')]),
    'particle-esp32-short.log': ('particle-ncp', [], [
        (1, 'AT', 'OK', []), (3, 'AT+MVER', 'OK', ['7']),
        (6, 'AT+GETMAC=0', 'OK', ['+GETMAC: "24:0a:c4:10:9d:f4"']),
    ], []),
    # the number first in the log: the OK right after it says words
    'mver-first.log': ('raw', [], [
        (1, 'AT+MVER', 'OK', ['7']), (5, 'AT+GMR', 'OK', ['AT version:2.2.0.0']),
    ], []),
    # a module left in ATV0 (stored): its digits are its finals
    'v0-stored.log': ('raw', [], [
        (1, 'AT', '0', []), (1, 'AT+CSQ', '0', ['+CSQ: 20,99']),
        (2, 'ATD5550100;', '7', []), (2, 'AT+XYZ', '4', []),
    ], []),
    # ... a +CME ERROR is words under ATV0 too: no sign of ATV1
    'v0-stored-cme.log': ('raw', [], [
        (1, 'AT+CPIN?', '+CME ERROR: 10', []), (2, 'AT+CSQ', '0', ['+CSQ: 20,99']),
    ], []),
}

# (profile, [(rule, line)]) of check, exact
FINDINGS = {
    'fona-sms-menu.log': ('3gpp', []),
    'particle-esp32-mver.log': ('espressif-at', []),
    'particle-esp32-short.log': ('espressif-at', []),
    'mver-first.log': ('espressif-at', []),
    'pos-session-time-notes.txt': ('3gpp', []),
}

# the P2 payload: sendSMS() writes the text, println() twice, then 0x1A
PAYLOAD = {'fona-sms-menu.log': (14, 8, 'ctrl-z', 16)}

ck = Checker(BIN)
ck.table(DIR, EXPECT)
for name, (prof, want) in FINDINGS.items():
    out = ck.run('check', '-f', 'json', '--no-redact', '--fail-on', 'never', DIR + name).stdout
    rep = json.loads(out)
    got_prof = rep['inputs'][0]['profile']
    got = [(v['rule'], v['line']) for v in rep['violations']]
    if got_prof != prof or got != want:
        ck.error('%s: check %s %s, want %s %s' % (name, got_prof, got, prof, want))
for name, (line, nbytes, end, pline) in PAYLOAD.items():
    recs = [json.loads(l) for l in ck.parse(DIR + name).splitlines()]
    tx = [r for r in recs if r['kind'] == 'transaction' and r['line'] == line]
    p = tx[0].get('payload') if tx else None
    if not p or (p['bytes'], p['end'], p['prompt_line']) != (nbytes, end, line + 1) or p['line'] != pline:
        ck.error('%s: payload %s, want %d bytes ended by %s at line %d' % (name, p, nbytes, end, pline))
# P1: the rows are notes (the manual's lines), at their lines
for name, rows in (('neg-manual-response-times.txt', [7, 8, 9, 10]),
                   ('neg-manual-answers-column.txt', [5, 6, 7])):
    recs = [json.loads(l) for l in ck.parse(DIR + name).splitlines()]
    notes = [r['line'] for r in recs if r['kind'] == 'annotation' and r['line'] in rows]
    if notes != rows:
        ck.error('%s: notes at %s, want %s' % (name, notes, rows))
sys.exit(ck.fail)
