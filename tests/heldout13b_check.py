#!/usr/bin/env python3
"""Held-out batch 13's miss classes G3, G4, G6, G5, G8 (helper batch13b), on
fixtures written from the tools' documentation and source (tests/data/
heldout13b/README.md cites each): every transaction exact (line, command,
final, responses), the URCs, the format and layers, and the same records
whole, a byte at a time and in random pieces; the negatives read no
transaction.

usage: heldout13b_check.py ATSCOPE SRCDIR"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout13b/'

# file: (format, options, [(line, command, final, [responses])], [(line, urc)])
EXPECT = {
    # G3: control characters as C escapes in angle brackets, the typed line
    # and the received chunk with its echo one after the other, undirected
    'hterm-escapes.log': ('inline-ctrl-tokens', [], [
        (1, 'AT', 'OK', []),
        (3, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (5, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (8, 'AT+CGATT=1', '+CME ERROR: 30', []),
    ], [(7, '+CREG: 1')]),
    'hterm-escapes-stamped.log': ('terminal-stamps > inline-ctrl-tokens', [], [
        (1, 'AT+CGMR', 'OK', ['N58_V1.2']),
        (3, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Acme",7']),
        (5, 'AT+CIPSTART="TCP","203.0.113.7",80', 'ERROR', []),
    ], []),
    # G4: Go's standard log (log.LstdFlags: 2006/01/02 15:04:05, with
    # Lmicroseconds and Lshortfile too) around '> %q' of the bytes written
    # and '< %s' of each line read
    'go-log-quoted.log': ('generic-gtlt', [], [
        (2, 'AT', 'OK', []),
        (4, 'AT+CSQ', 'OK', ['+CSQ: 17,0']),
        (7, 'AT+CUSD=1,"*100#",15', 'OK', []),
        (10, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], [(9, '+CUSD: 0,"Balance 5.00",15')]),
    'go-log-micro-shortfile.log': ('generic-gtlt', [], [
        (2, 'ATE0', 'OK', []),
        (4, 'AT+CREG?', 'OK', ['+CREG: 0,5']),
        (7, 'AT+CMGF=1', 'ERROR', []),
    ], []),
    # Go's log around each line read, log.Println(line): line-stamps
    'go-log-println.log': ('line-stamps > raw', [], [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 17,0']),
        (5, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
        (9, 'AT+CGATT=1', 'ERROR', []),
    ], []),
    # G6: a Markdown indented code block (four spaces, a tab) between a
    # post's prose paragraphs, the first ending in PPP bytes after CONNECT
    'reddit-indent-ppp.md': ('indent > raw', [], [
        (7, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (11, 'AT+CSQ', 'OK', ['+CSQ: 19,99']),
        (15, 'AT+CGDCONT=1,"IP","internet"', 'OK', []),
        (17, 'ATD*99#', 'CONNECT', []),
    ], []),
    'reddit-indent-tabs.md': ('indent > raw', [], [
        (5, 'AT+CFUN?', 'OK', ['+CFUN: 1']),
        (9, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
        (16, 'AT+CFUN=1,1', 'OK', []),
        (20, 'AT+CREG?', 'OK', ['+CREG: 0,2']),
        (24, 'AT+COPS?', 'OK', ['+COPS: 0']),
    ], []),
    # G5: an HTML table exported from a wiki: <code> command cells, <pre>
    # answer cells with <br>; the whole page on one line, or pretty-printed
    'notion-table-oneline.html': ('html-markup > raw', [], [
        (1, 'ATI', 'OK', ['Manufacturer: Sierra Wireless, Incorporated', 'Model: EM9191',
                          'Revision: SWIX55C_03.09.06.00']),
        (1, 'AT!IMPREF?', 'OK', ['!IMPREF: ', ' preferred fw version:    03.09.06.00',
                                 ' preferred carrier name:  GENERIC']),
        (1, 'AT+CPIN?', '+CME ERROR: 10', []),
        (1, 'AT!GSTATUS?', 'OK', ['!GSTATUS: ', 'Current Time:  1234    Temperature: 38',
                                  'Mode:          ONLINE']),
    ], []),
    'html-table-pretty.html': ('html-markup > raw', [], [
        (7, 'AT+CSQ', 'OK', ['+CSQ: 21,99']),
        (11, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Acme",13']),
        (15, 'AT+CGATT=1', 'ERROR', []),
    ], []),
    # G8's other side: a reporter's own table of what the module answered,
    # after the manual's table, keeps its rows
    'results-after-manual-table.md': ('markdown-table > raw', [], [
        (10, 'AT+CSQ', 'OK', ['+CSQ: 99,99']),
        (11, 'AT+CREG?', 'OK', ['+CREG: 0,2']),
    ], []),
}

# logs that must read no transaction
NEGATIVE = ['neg-go-log-chat.log', 'neg-html-table-no-at.html',
            # G8: a shell script's send 'AT+CFUN=1' calls; a manual's table
            # whose one row without a <param> shows an answer and an error
            'neg-shell-send.sh', 'neg-manual-table-param.md']

ck = Checker(BIN)
ck.table(DIR, EXPECT)
for name in NEGATIVE:
    out = ck.parse(DIR + name).decode('utf-8', 'replace')
    if '"kind":"transaction"' in out:
        ck.error('%s: a negative reads a transaction' % name)
sys.exit(ck.fail)
