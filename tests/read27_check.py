#!/usr/bin/env python3
"""Held-out batch 27's reading class T4 (helper h-read), on fixtures of our
own (tests/data/read27/README.md): Mbed OS ATCmdParser's debug arrows (AT> the
command sent, AT< each line read, AT? / AT= with the whole debug on) printed
through mbed-trace (tr_info()), so behind its prefix: [INFO][CELL]: , the
level [DBG ] [INFO] [WARN] [ERR ], a trace group of up to 5 letters, an
application's [00012345ms] stamp before it or none, its colours. Read as
mbed-trace-prefix > atcmdparser (ansi first where coloured), the time from
the ms stamp, the same transactions as the bare ATCmdParser rendering, whole,
a byte at a time and in random pieces. Before: mbed-trace's status rule
took every line as host-log, none read (or generic-gtlt, with a group
mbed-trace does not know). Mbed OS ATHandler's own AT TX ( n): / AT RX ( n):
trace stays mbed-trace's, Android reference-ril's bare AT> / AT< stays
generic-gtlt's, an application's mbed-trace lines with no arrows read none.

usage: read27_check.py ATSCOPE SRCDIR"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/read27/'

SESSION = [
    (2, 'AT', 'OK', []),
    (5, 'ATE0', 'OK', []),
    (8, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
    (11, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
    (15, 'AT+CEREG?', 'OK', ['+CEREG: 0,1']),
    (18, 'AT+CGATT=1', 'ERROR', []),
    (21, 'AT+CGATT=1', 'OK', []),
]
LAYERED = 'mbed-trace-prefix > atcmdparser'
EXPECT = {
    'mbed-atcmdparser.log': (LAYERED, [], SESSION, []),
    'mbed-atcmdparser-nostamp.log': (LAYERED, [], SESSION, []),
    'mbed-atcmdparser-ublox.log': (LAYERED, [], SESSION, []),
    'mbed-atcmdparser-color.log': ('ansi > ' + LAYERED, [], SESSION, []),
    # the whole debug: each OK matched (AT? OK%n, AT= OK) two lines for one
    # one answer repeated three times as the widest line, an app's line after two of
    # them: no terminal's wrap (only different lines cut at one width show one)
    'nosim-atcmdparser.log': (LAYERED, [], [
        (2, 'AT', 'OK', []),
        (4, 'AT+CMEE=2', 'OK', []),
        (6, 'AT+CPIN?', '+CME ERROR: SIM not inserted', []),
        (9, 'AT+CPIN?', '+CME ERROR: SIM not inserted', []),
        (11, 'AT+CPIN?', '+CME ERROR: SIM not inserted', []),
    ], []),
    'mbed-atcmdparser-full.log': (LAYERED, [], [
        (2, 'AT', 'OK', []),
        (6, 'ATE0', 'OK', []),
        (10, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (14, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (19, 'AT+CEREG?', 'OK', ['+CEREG: 0,1']),
        (23, 'AT+CGATT=1', 'ERROR', []),
        (26, 'AT+CGATT=1', 'OK', []),
    ], []),
    # the bare arrows (the plain rendering): Android's reference-ril shape too
    'mbed-atcmdparser.plain.log': ('generic-gtlt', [], [
        (1, 'AT', 'OK', []),
        (4, 'ATE0', 'OK', []),
        (7, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (10, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (13, 'AT+CEREG?', 'OK', ['+CEREG: 0,1']),
        (16, 'AT+CGATT=1', 'ERROR', []),
        (18, 'AT+CGATT=1', 'OK', []),
    ], []),
    'neg-reference-ril.log': ('generic-gtlt', [], [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (4, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Telia",7']),
        (7, 'AT+CREG?', 'OK', ['+CREG: 2,1,"1A2B","01C2D3E4",7']),
    ], []),
    'neg-mbed-trace-app.log': ('raw', [], [], []),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)


def records(path, *extra):
    return [json.loads(l) for l in ck.parse(path, *extra).decode('utf-8', 'replace').splitlines()
            if l.strip()]


def key(recs):
    return [(r['command'], r.get('final'), [x['text'] for x in r.get('responses', [])])
            for r in recs if r['kind'] == 'transaction']


plain = key(records(DIR + 'mbed-atcmdparser.plain.log'))
for name in EXPECT:
    if not name.startswith('mbed-atcmdparser') or name.endswith('.plain.log'):
        continue
    recs = records(DIR + name)
    if key(recs) != plain:
        ck.error('%s: not the plain rendering\'s transactions:\n  got  %s\n  want %s' % (name, key(recs), plain))
    left = [(r['line'], r.get('text')) for r in recs if r['kind'] == 'unparsed']
    if left:
        ck.error('%s: unparsed %s' % (name, left))
    # the application's own lines under the prefix are the host's
    host = [r['text'] for r in recs if r['kind'] == 'host-log' and not r['text'].startswith('AT')]
    if host != ['Starting cellular bring-up', 'registration poll 1', 'attach failed, retrying']:
        ck.error('%s: host-log %s' % (name, host))

# the application's lines after the repeated answers are its own, not their rests
host = [r['text'] for r in records(DIR + 'nosim-atcmdparser.log') if r['kind'] == 'host-log']
if host != ['New CellularContext (20004a10)', 'Waiting for SIM (1/3)', 'SIM not ready, err -3015']:
    ck.error('nosim-atcmdparser.log: host-log %s' % host)

# the time is the application's ms stamp, where it has one
for name in ('mbed-atcmdparser.log', 'mbed-atcmdparser-color.log', 'mbed-atcmdparser-full.log'):
    t = [(r.get('time'), r.get('final_time')) for r in records(DIR + name) if r['kind'] == 'transaction']
    if t[:1] != [('12.010000', '12.041000')] or t[-1] != ('15.600000', '16.100000'):
        ck.error('%s: times %s' % (name, t))

# Mbed OS ATHandler's own trace (mbed-trace, its prefix read by the definition
# itself) reads as before: no mbed-trace-prefix layer over it
paths = sorted(glob.glob(SRC + '/captures/traces/mbed-trace*.log') +
               glob.glob(SRC + '/captures/traces/variants/mbed-*.log') +
               glob.glob(SRC + '/captures/traces/variants/*mbed*.log') +
               glob.glob(SRC + '/captures/traces/layered-*mbed*.log'))
ck.parse_many(paths)
for path in paths:
    r = records(path)[0]
    layers = r.get('layers', r.get('format', ''))
    if 'mbed-trace-prefix' in layers.split(' > ') or r.get('format') != 'mbed-trace':
        ck.error('%s: read as %s' % (os.path.relpath(path, SRC), layers))
if len(paths) < 8:
    ck.error('ATHandler fixtures: %d found' % len(paths))

# no other capture takes the layer
others = [p for p in sorted(glob.glob(SRC + '/captures/*.log') + glob.glob(SRC + '/captures/traces/*.log')
                            + glob.glob(SRC + '/captures/traces/variants/*.log')
                            + glob.glob(SRC + '/captures/formats/*.log') + glob.glob(SRC + '/tests/negative/*'))
          if os.path.isfile(p)]
ck.parse_many(others)
for path in others:
    r = records(path)[:1]
    if r and 'mbed-trace-prefix' in r[0].get('layers', '').split(' > '):
        ck.error('%s: read as %s' % (os.path.relpath(path, SRC), r[0].get('layers')))
sys.exit(ck.fail)
