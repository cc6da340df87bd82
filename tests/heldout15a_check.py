#!/usr/bin/env python3
"""Held-out batch 15's miss class I1 (helper batch15a): Hologram's Python
SDK at DEBUG, on fixtures written from its format strings
(hologram-io/hologram-python@053c484 Hologram/Network/Modem/Modem.py
modemwrite(), _readline_from_serial_port(), handleURC(); docs/formats.md
cites them): every transaction exact (line, command, final, responses), the
URCs, the format, the same records whole, a byte at a time and in random
pieces; the negative reads no transaction; hologram-python scores on its own
fixtures alone.

usage: heldout15a_check.py ATSCOPE SRCDIR"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atscope_runs import candidates_many  # noqa: E402
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout15a/'

# file: (format, options, [(line, command, final, [responses])], [(line, urc)])
EXPECT = {
    # the SDK's hologram script's format 'LEVEL: message' on a BG96: the
    # echo before ATE0 took, {} the empty line before each answer line, a
    # URC inside an answer (with the SDK's URC! lines), the SMS prompt read
    # raw (not logged), a verbose +CME ERROR, SEND OK a final
    'hologram-bg96-debug.log': ('hologram-python', [], [
        (2, 'ATE0', 'OK', []),
        (6, 'AT+CMEE=2', 'OK', []),
        (9, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (15, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (25, 'AT+CMGF=1', 'OK', []),
        (28, 'AT+CMGS="+15550100"', 'OK', ['+CMGS: 12']),
        (34, 'AT+QICSGP=1,1,"hologram","","",1', 'OK', []),
        (37, 'AT+QIACT=1', '+CME ERROR: no network service', []),
        (41, 'AT+QIOPEN=1,0,"TCP","cloudsocket.hologram.io",9999,0,1', 'OK', []),
        (46, 'AT+QISENDEX=0,"68656c6c6f"', 'SEND OK', []),
    ], [(17, '+CEREG: 5')]),
    # basicConfig()'s default 'LEVEL:name:message' on a SARA-R410 (NovaM):
    # +USOWR's value a bytes object, logged as its repr b'...'
    'hologram-sara-r410-basicconfig.log': ('hologram-python', [], [
        (2, 'AT+USOCR=6', 'OK', ['+USOCR: 0']),
        (7, 'AT+USOCO=0,"cloudsocket.hologram.io",9999', 'OK', []),
        (11, 'AT+UDCONF=1,1', 'OK', []),
        (14, 'AT+USOWR=0,5,"68656c6c6f"', 'OK', ['+USOWR: 0,5']),
        (19, 'AT+UDCONF=1,0', 'OK', []),
        (26, 'AT+USOCL=0', '+CME ERROR: operation not allowed', []),
    ], [(23, '+UUSORD: 0,6')]),
    # '%(asctime)s - %(name)s - %(levelname)s - %(message)s'
    'hologram-asctime.log': ('hologram-python', [], [
        (2, 'AT+CREG?', 'OK', ['+CREG: 2,5,"1A2B","01A2B3C4",7']),
        (7, 'AT+COPS?', 'ERROR', []),
    ], []),
}

# an application's DEBUG prints of dicts and lists: [ATTACHED] is no command
NEGATIVE = ['neg-python-dicts.log']

OWN = {'hologram-python': ('hologram-',)}

ck = Checker(BIN)
ck.table(DIR, EXPECT)
for name in NEGATIVE:
    out = ck.parse(DIR + name).decode('utf-8', 'replace')
    if '"kind":"transaction"' in out:
        ck.error('%s: a negative reads a transaction' % name)

# the new definition scores on its own fixtures and on no other capture,
# fixture, corpus log or negative sample
files = []
for top in ('captures', 'tests/negative', 'tests/data', 'tests/unknown'):
    for d, _, names in os.walk(os.path.join(SRC, top)):
        for n in names:
            if not n.endswith(('.py', '.json', 'MANIFEST', 'BROKEN', 'README.md')):
                files.append(os.path.join(d, n))
scores = candidates_many(BIN, sorted(files))
for path, c in scores.items():
    base = os.path.basename(path)
    for fmt, prefixes in OWN.items():
        mine = path.startswith(DIR) and base.startswith(prefixes)
        if mine and not c.get(fmt):
            ck.error('%s: its format %s does not score' % (base, fmt))
        elif not mine and c.get(fmt):
            ck.error('%s: scored by %s (%d)' % (os.path.relpath(path, SRC), fmt, c[fmt]))
sys.exit(ck.fail)
