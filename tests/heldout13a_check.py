#!/usr/bin/env python3
"""Held-out batch 13's miss classes G1 (helper batch13a), on fixtures written
from the libraries' format strings (tests/data/heldout13a/README.md cites
each): every transaction exact (line, command, final, responses), the URCs,
the format, and the same records whole, a byte at a time and in random
pieces; the negatives read no transaction.

usage: heldout13a_check.py ATSCOPE SRCDIR"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout13a/'

# file: (format, options, [(line, command, final, [responses])], [(line, urc)])
EXPECT = {
    # G1: no read the trace shows holds a line end: each read is a line
    'espmodem-response-lines.log': ('esp-modem', [], [
        (2, 'AT', 'OK', []),
        (4, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (7, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (11, 'AT+CGDCONT=1,"IP","internet"', 'OK', []),
        (13, 'AT+CGATT=1', '+CME ERROR: 30', []),
        (15, 'AT+CGATT?', 'OK', ['+CGATT: 0']),
    ], [(10, '+CEREG: 1')]),
    'mbed-rx-bare.log': ('mbed-trace', [], [
        (1, 'AT', 'OK', []),
        (3, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (6, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (10, 'AT+CGATT=1', 'ERROR', []),
        (12, 'AT+CGATT?', 'OK', ['+CGATT: 0']),
    ], [(9, '+CEREG: 5')]),
    # a trace of partial reads shows line ends in some: read as before
    # (each read's bytes joined to the next until a line end)
    'mbed-partial-reads.log': ('mbed-trace', [], [
        (1, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
        (7, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
    ], []),
}

# logs that must read no transaction
NEGATIVE = ['neg-notes-response-words.log']

ck = Checker(BIN)
ck.table(DIR, EXPECT)
for name in NEGATIVE:
    out = ck.parse(DIR + name).decode('utf-8', 'replace')
    if '"kind":"transaction"' in out:
        ck.error('%s: a negative reads a transaction' % name)
sys.exit(ck.fail)
