#!/usr/bin/env python3
"""Held-out batch 22's classes Q1, Q2 and Q7 (helper batch22a), on fixtures of
our own (tests/data/heldout22a/README.md cites the sources): Kannel's AT2
driver debug in a log platform's CSV export (the message column named by the
header, the last) and indented in a mail between prose paragraphs, and under
syslog; smstools3's smsd under syslog and with its own explanation of an
error code after the module's +CME/+CMS ERROR (the final is the module's);
configuration files holding AT strings (Kannel's modems group, wvdial's INI,
YAML, TOML) read no transaction, while a shell-at-tool session still reads.
Every transaction exact, whole, a byte at a time and in random pieces; the
new CSV layer is taken on no other capture.

usage: heldout22a_check.py ATSCOPE SRCDIR"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout22a/'

EXPECT = {
    'kannel-graylog.csv': ('log-export-csv > kannel-at2', [], [
        (2, 'AT+CPMS="SM","SM"', 'OK', ['+CPMS: 0,30,0,30,0,30']),
        (5, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (8, 'AT+CMGS=23', 'OK', ['+CMGS: 12']),
    ], []),
    'kannel-graylog-newest.csv': ('log-export-csv > kannel-at2', [], [
        (6, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (3, 'AT+CNMI=2,1,0,1,0', 'ERROR', []),
    ], []),
    'kannel-mail.eml': ('indent > kannel-at2', [], [
        (10, 'AT+CPMS="SM","SM"', 'OK', ['+CPMS: 0,30,0,30,0,30']),
        (13, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (16, 'AT+CMGS=23', '+CMS ERROR: 330', []),
    ], []),
    'kannel-syslog.log': ('syslog > kannel-at2', [], [
        (2, 'AT', 'OK', []),
        (4, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], []),
    'smsd-syslog.log': ('syslog > smstools3', [], [
        (3, 'AT', 'OK', []),
        (6, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (9, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (12, 'AT+CPMS?', '+CME ERROR: 10', []),
        (15, 'AT+CSCA?', '+CMS ERROR: 330', []),
    ], []),
    'smsd-explained.log': ('smstools3', [], [
        (1, 'AT+CPIN?', '+CME ERROR: 10', []),
        (4, 'AT+CMGS=23', '+CMS ERROR: 310', []),
        (9, 'AT+CMEE=2', 'OK', []),
        (11, 'AT+CPMS="SM"', '+CME ERROR: SIM not inserted', []),
        (13, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
    ], []),
    'shell-session.log': ('shell-at-tool', [], [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (5, 'AT+CFUN=1,1', 'OK', []),
    ], []),
    'neg-kannel-modems.conf': ('raw', [], [], []),
    'neg-wvdial.conf': ('raw', [], [], []),
    'neg-modem.yaml': ('raw', [], [], []),
    'neg-modem.toml': ('raw', [], [], []),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)


def records(path, *extra):
    return [json.loads(l) for l in ck.parse(path, *extra).decode('utf-8', 'replace').splitlines()
            if l.strip()]


# the PDU after Kannel's prompt is the payload, its ^Z line the Ctrl-Z that ends it
for name in ('kannel-graylog.csv', 'kannel-mail.eml'):
    tx = [r for r in records(DIR + name) if r['kind'] == 'transaction' and r['command'] == 'AT+CMGS=23']
    pay = tx[0].get('payload', {}) if tx else {}
    if (pay.get('bytes'), pay.get('end')) != (36, 'ctrl-z'):
        ck.error('%s: AT+CMGS payload %s, want 36 bytes ended by ctrl-z' % (name, pay))
# smsd writes the PDU with its Ctrl-Z (smsd.c send_part(): "%s\x1A"): the payload ends there
tx = [r for r in records(DIR + 'smsd-explained.log') if r['kind'] == 'transaction' and r['command'] == 'AT+CMGS=23']
pay = tx[0].get('payload', {}) if tx else {}
if (pay.get('bytes'), pay.get('end')) != (36, 'ctrl-z'):
    ck.error('smsd-explained.log: AT+CMGS payload %s, want 36 bytes ended by ctrl-z' % pay)
# the export's time is the line's: the export's header row is the layer's own
recs = records(DIR + 'kannel-graylog.csv')
t = [r.get('time') for r in recs if r['kind'] == 'transaction']
if t != ['2026-12-07T10:00:01.120000', '2026-12-07T10:00:02.000000', '2026-12-07T10:00:03.000000']:
    ck.error('kannel-graylog.csv: times %s' % t)
# smsd's own lines are the host's, none unparsed
recs = records(DIR + 'smsd-syslog.log')
host = [r['line'] for r in recs if r['kind'] == 'host-log']
if host != [1, 2, 4, 7, 10, 13, 16] or recs[-1].get('unparsed'):
    ck.error('smsd-syslog.log: host-log lines %s, unparsed %s' % (host, recs[-1].get('unparsed')))

# a log platform's CSV layer is taken on nothing else, nor are the two definitions
# whose prefixes this batch widened (their own variants excepted)
# parsed in one run first: a process per file under the sanitizers cost seconds each
_paths = sorted(glob.glob(SRC + '/captures/*.log') + glob.glob(SRC + '/captures/traces/*.log')
          + glob.glob(SRC + '/captures/traces/variants/*.log')
          + glob.glob(SRC + '/captures/formats/*.*')
          + glob.glob(SRC + '/tests/data/csv19/*') + glob.glob(SRC + '/tests/data/webcopy/*')
          + glob.glob(SRC + '/tests/negative/*'))
ck.parse_many([p for p in _paths if os.path.isfile(p) and not p.endswith(('.py', '.json', '.md'))])
for path in _paths:
    if not os.path.isfile(path) or path.endswith(('.py', '.json', '.md')):
        continue
    r = records(path)
    fmt = r[0].get('layers', r[0].get('format', '')) if r else ''
    parts = fmt.split(' > ')
    if 'log-export-csv' in parts or \
            ('kannel-at2' in parts and not path.endswith('/variants/kannel-at2.log')) or \
            ('smstools3' in parts and not path.endswith('/variants/smstools3-sim800.log')):
        ck.error('%s: read as %s' % (path, fmt))
sys.exit(ck.fail)
