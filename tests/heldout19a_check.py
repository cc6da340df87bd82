#!/usr/bin/env python3
"""Held-out batch 19's classes M1 and M3 (helper batch19a), on fixtures of our
own (tests/data/heldout19a/README.md cites each).
M1, `mmcli -m 0 --command=...` pasted from a shell (ModemManager
cli/mmcli-modem.c command_process_reply()): the command in double quotes with
the shell's `\\"` escapes or bare, behind a prompt with a blank before its `$`
(`pi@gw:~ $ `) or a virtualenv's `(venv) `; ModemManager giving up
(`Core.Timeout`, `Serial.ResponseTimeout`, GIO's `Timeout was reached`): no
final; its `MobileEquipment.<Name>` / `Message.<Name>` errors read back as the
`+CME ERROR` / `+CMS ERROR` code its own table gives the name. A `response:`
gets no invented OK (shows finals-stripped).
Every transaction exact, whole, a byte at a time and in random pieces; the
same sessions' plain renderings give the same commands, answers and error
finals; a shell session of mmcli without --command reads as none.
M3, a serial terminal's time stamp followed by two blanks (Termite-style
`10:05:00.800  AT+CSQ`) or a tab: the stamp and its blanks taken off, a line's
own blanks beyond them kept (an SMS text's indent), a `> ` prompt after the two
blanks the modem's prompt (not PlatformIO's ` > ` separator); the same session
plain reads the same; a day's plan stamped the same way reads as none.

usage: heldout19a_check.py ATSCOPE SRCDIR"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout19a/'

EXPECT = {
    'mmcli-shell-escapes.log': ('mmcli', [], [
        (1, 'AT+QCFG="usbnet"', None, ['+QCFG: "usbnet",0']),
        (3, 'AT+QCFG="usbnet",1', None, []),
        (5, 'AT+CGDCONT=1,"IP","internet"', None, []),
        (7, 'AT+QCFG="nwscanmode",3', None, []),
        (9, 'AT+CSQ', None, ['+CSQ: 20,99']),
    ], []),
    'mmcli-venv-prompt.log': ('mmcli', [], [
        (1, 'AT+CPIN?', None, ['+CPIN: READY']),
        (3, 'AT+COPS?', None, ['+COPS: 0,0,"Example Net",7']),
        (5, 'AT+CGDCONT?', None, ['+CGDCONT: 1,"IP","internet","0.0.0.0",0,0,0,0',
                                  '+CGDCONT: 2,"IPV4V6","ims","0.0.0.0",0,0,0,0']),
    ], []),
    'mmcli-timeout.log': ('mmcli', [], [
        (1, 'AT+COPS=?', None, []),
        (3, 'AT+QPING=1,"192.0.2.1"', None, []),
        (5, 'AT+QSCAN=3,1', None, []),
        (7, 'AT+CSQ', None, ['+CSQ: 17,99']),
        (9, 'AT+QENG="servingcell"', 'ERROR', []),
    ], []),
    'mmcli-me-errors.log': ('mmcli', [], [
        (1, 'AT+CPIN?', '+CME ERROR: 10', []),
        (3, 'AT+CGATT=1', '+CME ERROR: 30', []),
        (5, 'AT+CGACT=1,1', '+CME ERROR: 148', []),
        (7, 'AT+QCFG="foo"', 'ERROR', []),
        (9, 'AT+QGPSLOC=2', '+CME ERROR: 516', []),
        (11, 'AT+CMGR=9', '+CMS ERROR: 321', []),
        (13, 'AT+CSQ', None, ['+CSQ: 20,99']),
    ], []),
    'mmcli-status-only.log': ('raw', [], [], []),
    'termite-two-blanks.log': ('line-stamps > raw', [], [
        (1, 'AT+CGDCONT=1,"IP","cmnet"', 'OK', []),
        (3, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (6, 'AT+CMGR=1', 'OK', ['+CMGR: "REC READ","+15550100",,"26/12/07,10:04:00+04"',
                                '   indented text']),
        (10, 'AT+CMGS="+15550100"', 'OK', ['+CMGS: 12']),
        (14, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], []),
    # a tab after the stamp: a pasted table's time cell (tsv-table), its time not kept
    'stamp-tab.log': ('tsv-table > raw', [], [
        (1, 'AT+CGDCONT=1,"IP","cmnet"', 'OK', []),
        (3, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (6, 'AT+CMGR=1', 'OK', ['+CMGR: "REC READ","+15550100",,"26/12/07,10:04:00+04"',
                                '   indented text']),
        (10, 'AT+CMGS="+15550100"', 'OK', ['+CMGS: 12']),
        (14, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], []),
    # tio's bracketed shape with a second blank: tsline learns it on the first stamped line
    'tio-bracket-two-blanks.log': ('tsline', [], [
        (1, 'AT+CGDCONT=1,"IP","cmnet"', 'OK', []),
        (3, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (6, 'AT+CMGR=1', 'OK', ['+CMGR: "REC READ","+15550100",,"26/12/07,10:04:00+04"',
                                '   indented text']),
        (10, 'AT+CMGS="+15550100"', 'OK', ['+CMGS: 12']),
        (14, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], []),
    'schedule-two-blanks.log': ('raw', [], [], []),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)


def records(name):
    return [json.loads(l) for l in ck.parse(DIR + name).decode('utf-8', 'replace').splitlines() if l.strip()]


def tx(name):
    return [(r['command'], r.get('final'), [x['text'] for x in r['responses']], r['status'])
            for r in records(name) if r['kind'] == 'transaction']


# ModemManager gave up: the command ends there (host-timeout), the error line is the host's
recs = records('mmcli-timeout.log')
got = [(r['line'], r['status']) for r in recs if r['kind'] == 'transaction']
if got[:3] != [(1, 'host-timeout'), (3, 'host-timeout'), (5, 'host-timeout')]:
    ck.error('mmcli-timeout.log: statuses %s, want host-timeout for lines 1, 3, 5' % got)
host = [r['line'] for r in recs if r['kind'] == 'host-log']
if host != [2, 4, 6]:
    ck.error('mmcli-timeout.log: host-log lines %s, want [2, 4, 6]' % host)
# the plain renderings: the same commands, answer lines and error finals; mmcli strips an
# OK, which stays null (no invented final)
for name in ('mmcli-shell-escapes', 'mmcli-me-errors'):
    mm, plain = tx(name + '.log'), tx(name + '.plain.log')
    want = [(c, None if f == 'OK' else f, rs) for c, f, rs, _ in plain]
    got = [(c, f, rs) for c, f, rs, _ in mm]
    if got != want:
        ck.error('%s: mmcli reads\n  %s\n  the plain rendering\n  %s' % (name, got, want))
# the stamps' times are the commands' and the answers'
recs = records('termite-two-blanks.log')
got = [(r['time'], r.get('final_ms')) for r in recs if r['kind'] == 'transaction']
want = [('10:05:00.800000', 50.0), ('10:05:01.000000', 42.0), ('10:05:02.000000', 62.0),
        ('10:05:03.000000', 401.0), ('10:05:04.000000', 30.0)]
if got != want:
    ck.error('termite-two-blanks.log: times %s, want %s' % (got, want))
plain = [(c, f, rs) for c, f, rs, _ in tx('termite-two-blanks.plain.log')]
for name in ('termite-two-blanks.log', 'tio-bracket-two-blanks.log'):
    mm = [(c, f, rs) for c, f, rs, _ in tx(name)]
    if mm != plain:
        ck.error('%s: stamped reads\n  %s\n  plain\n  %s' % (name, mm, plain))
sys.exit(ck.fail)
