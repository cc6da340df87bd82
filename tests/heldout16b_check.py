#!/usr/bin/env python3
"""Held-out batch 16's class J3 (helper batch16b), on a fixture of our own:
a YAT-like port-monitor line with the port in brackets and the direction
after it, '(09:14:11.370) [COM12] >> AT+CSQ<CR>' (host) and
'<< +CSQ: 20,99<CR><LF>' (module, its echo in a read of its own), the
control characters as ASCII mnemonics. Before, generic-gtlt's in-log rule
took the lines with the tokens left in the text: no command had its final.
Now its arrow-angle rule (the tokens decoded) takes a '(time)' as well
as a '[time]', and a '[PORT]' after either. Every transaction exact, whole, a byte at a time and in random
pieces.

usage: heldout16b_check.py ATSCOPE SRCDIR"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout16b/'

EXPECT = {
    'yat-port-outside.log': ('generic-gtlt', [], [
        (1, 'AT', 'OK', []),
        (5, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (11, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], [(16, '+CREG: 1')]),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)
sys.exit(ck.fail)
