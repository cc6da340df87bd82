#!/usr/bin/env python3
"""Held-out batch 24's classes S1, S5 and S6 (helper batch24a), on fixtures of
our own (tests/data/heldout24a/README.md cites each printer's source): Rust
atat's blocking client, whose format string adds quotes around LossyStr's own
(""AT+CGATT?\\r\\n"" under env_logger, "b"AT+CGATT?\\r\\n"" under defmt, the
older {:str} form's raw "AT+CGDCONT=1,"IP","a.example"" without its CR LF),
behind env_logger's colours, a kubectl --timestamps stamp, or probe-rs run's
output with cargo's lines and a location line after every record;
python-gsmmodem under Home Assistant's log format and the asyncio fork's
lists of bytes literals; OpenWrt's sms_tool typed at a shell with the
argument in double quotes, backslash-escaped or bare (the shell's quoting
taken off: decoder shell-word). Every transaction exact, whole, a byte at a
time and in random pieces; the tools' own lines host-log.

usage: heldout24a_check.py ATSCOPE SRCDIR"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout24a/'

CGDCONT = 'AT+CGDCONT=1,"IP","a.example"'
BLOCKING = [
    (2, 'AT', 'OK', []),
    (4, 'AT+CMEE=1', 'OK', []),
    (6, CGDCONT, 'OK', []),
    (8, 'AT+CGATT?', 'OK', ['+CGATT: 1']),
    (11, 'AT+CPIN?', '+CME ERROR: 10', []),
]
HA = [
    (3, 'ATZ', 'OK', []),
    (5, 'ATE0', 'OK', []),
    (7, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
    (9, 'AT+CMGF=1', 'OK', []),
    (11, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
]
QCFG_BAND = '+QCFG: "band",0x260,0x42000000000000381a,0x0'
EXPECT = {
    'atat-blocking-env.log': ('atat', [], BLOCKING, [(10, '+CEREG: 5')]),
    'atat-blocking-env-ansi.log': ('ansi > atat', [], BLOCKING, [(10, '+CEREG: 5')]),
    'atat-blocking-kubectl.log': ('atat', [], BLOCKING, [(10, '+CEREG: 5')]),
    'atat-blocking-probe-rs.log': ('cargo-probe-rs > atat', [], [
        (9, 'AT', 'OK', []),
        (13, 'AT+CGATT?', 'OK', ['+CGATT: 1']),
        (17, CGDCONT, 'OK', []),
        (21, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
    ], []),
    'atat-probe-run-compiling.log': ('cargo-probe-rs > atat', [], [
        (30, 'AT+CGMR', 'OK', ['BG95M3LAR02A03']),
        (34, 'AT+QCFG="nwscanseq",020301', 'OK', []),
        (38, 'AT+CEREG?', 'OK', ['+CEREG: 0,2']),
    ], []),
    'neg-cargo-test.log': ('cargo-probe-rs > raw', [], [], []),
    'atat-defmt-location.log': ('atat', [], [
        (1, 'AT+CFUN=1', 'OK', []),
        (3, 'AT+COPS=1,2,"24001"', '+CME ERROR: 30', []),
        (5, 'AT+CEREG?', 'OK', ['+CEREG: 0,2']),
    ], []),
    'atat-defmt-str.log': ('atat', [], [
        (3, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
        (7, CGDCONT, 'OK', []),
        (13, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], [(11, '+CEREG: 5')]),
    'atat-log-str.log': ('atat', [], [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (3, 'AT+UPSD=0,1,"a.example"', 'OK', []),
        (5, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], []),
    'pygsm-homeassistant.log': ('python-gsmmodem', [], HA + [
        (14, 'AT+CMGR=3', 'OK', ['+CMGR: "REC UNREAD","+46700000000",,"26/12/07,10:00:02+04"',
                                 'hello']),
    ], [(13, '+CMTI: "SM",3')]),
    'pygsm-homeassistant-color.log': ('ansi > python-gsmmodem', [], HA, []),
    'pygsm-asyncio-bytes.log': ('python-gsmmodem', [], [
        (2, 'AT', 'OK', []),
        (4, 'AT+CMEE=1', 'OK', []),
        (6, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (8, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Telia",7']),
        (10, 'AT+CGATT=1', '+CME ERROR: 30', []),
    ], [(12, '+CREG: 1')]),
    'pygsm-name-only.log': ('python-gsmmodem', [], [
        (2, 'AT', 'OK', []),
        (4, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (6, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (8, 'AT+CGATT=1', '+CME ERROR: 30', []),
    ], []),
    'sms-tool-dq.log': ('sms-tool-nofinal', [], [
        (1, 'AT+QCFG="band"', None, [QCFG_BAND]),
        (3, 'AT+QENG="servingcell"', None, [
            '+QENG: "servingcell","NOCONN","LTE","FDD",240,01,1A2B3C4,123,6300,20,5,5,2B0C,'
            '-95,-11,-64,12,30']),
        (5, 'AT+QCFG="nwscanmode"', None, ['+QCFG: "nwscanmode",0']),
        (7, 'AT+QNWINFO', None, ['+QNWINFO: "FDD LTE","24001","LTE BAND 20",6300']),
        (9, 'AT+QCFG="band",0,0x260,1', None, []),
        (10, 'AT+CGDCONT?', None, ['+CGDCONT: 1,"IPV4V6","internet","0.0.0.0",0,0,0,0']),
    ], []),
    'shell-at-dq.log': ('shell-at-tool', [], [
        (1, 'AT+QCFG="band"', 'OK', [QCFG_BAND]),
        (6, 'AT+QENG="servingcell"', 'OK', [
            '+QENG: "servingcell","NOCONN","LTE","FDD",262,01,2B3C4D,120,1300,3,5,5,1A2B,'
            '-101,-11,-72,12,-']),
        (11, 'AT+QCFG="nwscanmode"', 'OK', ['+QCFG: "nwscanmode",0']),
    ], []),
    'sms-tool-D-dq.log': ('sms-tool', [], [
        (1, 'AT+QCFG="band"', 'OK', [QCFG_BAND]),
        (6, 'AT+QCFG="nwscanmode"', 'OK', ['+QCFG: "nwscanmode",0']),
        (11, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
    ], []),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)


def records(path, *extra):
    return [json.loads(l) for l in ck.parse(path, *extra).decode('utf-8', 'replace').splitlines()
            if l.strip()]


def kinds(path, kind):
    return [r for r in records(path) if r['kind'] == kind]


# the app's own records and every defmt location line are the host's, the {:str}
# era's second error line (the enum) too; cargo's, probe-rs's and probe-run's own
# lines the tools' (layer cargo-probe-rs: annotations, as terminal-tool-lines')
for name, want, tool in (('atat-blocking-probe-rs.log', [1, 7, 8, 10, 12, 14, 16, 18, 20, 22, 24],
                          [2, 3, 4, 5, 6]),
                         ('atat-probe-run-compiling.log', [1, 28, 29, 31, 33, 35, 37, 39, 41],
                          list(range(2, 28))),
                         ('atat-defmt-str.log', [1, 2, 4, 6, 8, 10, 12, 14, 16, 17, 18], []),
                         ('pygsm-homeassistant.log', [1, 2, 16], [])):
    host = [r['line'] for r in kinds(DIR + name, 'host-log')]
    if host != want:
        ck.error('%s: host-log lines %s, want %s' % (name, host, want))
    ann = [r['line'] for r in kinds(DIR + name, 'annotation')]
    if ann != tool:
        ck.error('%s: annotation lines %s, want %s' % (name, ann, tool))
for name in (n for n in EXPECT if not n.startswith('neg-')):
    left = [(r['line'], r['reason'], r.get('text')) for r in kinds(DIR + name, 'unparsed')]
    if left:
        ck.error('%s: unparsed %s' % (name, left))

# the kubectl stamp is the time (its microseconds), not lost in front of the bracket
t = [r.get('time') for r in kinds(DIR + 'atat-blocking-kubectl.log', 'transaction')][:1]
if t != ['2026-12-07T10:00:01.104521']:
    ck.error('atat-blocking-kubectl.log: first transaction time %s' % t)
# Home Assistant's time has a dot before its milliseconds
t = [r.get('time') for r in kinds(DIR + 'pygsm-homeassistant.log', 'transaction')][:1]
if t != ['2026-12-07T10:00:01.061000']:
    ck.error('pygsm-homeassistant.log: first transaction time %s' % t)

# a cargo test run holds no session; other captures are not read as these shapes
if [r for r in kinds(DIR + 'neg-cargo-test.log', 'transaction')]:
    ck.error('neg-cargo-test.log: read transactions')
# parsed in one run first: a process per file under the sanitizers cost seconds each
_paths = sorted(glob.glob(SRC + '/captures/*.log') + glob.glob(SRC + '/captures/traces/*.log')
          + glob.glob(SRC + '/tests/negative/*'))
ck.parse_many([p for p in _paths if os.path.isfile(p)])
for path in _paths:
    if not os.path.isfile(path):
        continue
    r = records(path)
    fmt = r[0].get('layers', r[0].get('format', '')) if r else ''
    mine = ('cargo-probe-rs',) if '/captures/' in path else (
        'atat', 'python-gsmmodem', 'sms-tool', 'sms-tool-nofinal', 'cargo-probe-rs')
    if any(f in fmt.split(' > ') for f in mine):
        ck.error('%s: read as %s' % (path, fmt))
sys.exit(ck.fail)
