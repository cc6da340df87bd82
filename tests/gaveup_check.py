#!/usr/bin/env python3
"""A host library's own line saying it stopped waiting for the open
command's answer (a rule with gave_up: ATCmdParser's AT(Timeout),
FreeRTOS-Cellular-Interface's 'pkt_recv status=1, AT cmd ... timed out'),
on fixtures written from the libraries' sources (tests/data/gaveup/README.md
cites each): every transaction exact (line, command, status, final, the
gave-up line, responses), a late answer after the timeout joined to no
command, the same records whole, a byte at a time and in random pieces;
response-timeout's finding (text and line); a gave_up key on a rule that is
not host_log refused at its file:line:col.

usage: gaveup_check.py ATSCOPE SRCDIR"""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/gaveup/'

# file: (format, [(line, command, status, final, gave_up_line, [responses])],
#        [(kind, line, text)] of the late lines, [(line, finding)])
EXPECT = {
    'atcmdparser-timeout.log': ('atcmdparser', [
        (1, 'AT+CSQ', 'complete', 'OK', None, ['+CSQ: 20,99']),
        (6, 'AT+COPS?', 'host-timeout', None, 8, []),
        (11, 'AT+CGATT?', 'complete', 'OK', None, ['+CGATT: 1']),
    ], [('urc', 9, '+COPS: 0,0,"BROOK",7'), ('unparsed', 10, 'OK')], [
        (6, 'AT+COPS? got no final result: the host library gave up waiting (line 8)'),
    ]),
    'atcmdparser-stamped.log': ('terminal-stamps > atcmdparser', [
        (1, 'AT+CSQ', 'complete', 'OK', None, ['+CSQ: 20,99']),
        (6, 'AT+COPS=0', 'host-timeout', None, 8, []),
        (10, 'AT+CSQ', 'host-timeout', None, 12, []),
        (13, 'AT+CSQ', 'complete', 'OK', None, ['+CSQ: 21,99']),
    ], [('unparsed', 9, 'OK')], [
        (6, "AT+COPS=0 got no final result: the host library gave up waiting after 8.001 s "
            "(line 8), within the command's time limit (180 s): the library's own timeout "
            "was shorter, not the module late"),
        (10, 'AT+CSQ got no final result: the host library gave up waiting after 2.001 s '
             '(line 12)'),
    ]),
    'freertos-timeout.log': ('freertos-cellular', [
        (1, 'AT+CPIN?', 'complete', 'OK', None, ['+CPIN: READY']),
        (5, 'AT+COPS?', 'host-timeout', None, 6, []),
        (10, 'AT+CGATT?', 'complete', 'OK', None, ['+CGATT: 1']),
    ], [('urc', 8, '+COPS: 0,0,"BROOK",7'), ('unparsed', 9, 'OK')], [
        (5, 'AT+COPS? got no final result: the host library gave up waiting (line 6)'),
    ]),
    # the timeout line names (?<command>) another command than the open one
    # (its Start sending line not in the log): it closes nothing, and the
    # answer after it stays AT+COPS?'s, as without the key
    'freertos-other-command.log': ('freertos-cellular', [
        (1, 'AT+CPIN?', 'complete', 'OK', None, ['+CPIN: READY']),
        (5, 'AT+COPS?', 'complete', 'OK', None, ['+COPS: 0,0,"BROOK",7']),
        (10, 'AT+CGATT?', 'complete', 'OK', None, ['+CGATT: 1']),
    ], [], []),
    'zephyr-chat-timeout.log': ('zephyr-modem-chat', [
        (1, 'AT+CGDCONT=1,"IP","internet"', 'complete', 'OK', None, []),
        (3, 'AT+CGACT=1,1', 'host-timeout', None, 4, []),
        (6, 'AT+CEREG?', 'complete', 'OK', None, ['+CEREG: 0,5']),
    ], [('unparsed', 5, 'OK')], [
        (3, "AT+CGACT=1,1 got no final result: the host library gave up waiting after "
            "10.000 s (line 4), within the command's time limit (150 s): the library's own "
            "timeout was shorter, not the module late"),
    ]),
    'mgos-timeout.log': ('mgos-pppos', [
        (1, 'AT+CSQ', 'complete', 'OK', None, ['+CSQ: 17,99']),
        (8, 'AT+COPS=3,2', 'host-timeout', None, 9, []),
        (14, 'AT+CREG?', 'complete', 'OK', None, ['+CREG: 0,1']),
    ], [('unparsed', 11, 'OK')], [
        (8, 'AT+COPS=3,2 got no final result: the host library gave up waiting (line 9)'),
    ]),
}


ck = Checker(BIN)
run, error = ck.run, ck.error

for name, (fmt, want_tx, want_late, want_find) in EXPECT.items():
    path = DIR + name
    recs = ck.read(name, path, fmt)
    if recs is None:
        continue
    tx = sorted((r['line'], r['command'], r['status'], r.get('final'), r.get('gave_up_line'),
                 [x['text'] for x in r.get('responses', [])])
                for r in recs if r['kind'] == 'transaction')
    want = sorted((l, c, s, f, g, list(rs)) for l, c, s, f, g, rs in want_tx)
    if tx != want:
        error('%s: transactions\n  got  %s\n  want %s' % (name, tx, want))
    late = [(r['kind'], r['line'], r['text']) for r in recs if r['kind'] in ('urc', 'unparsed')]
    if late != want_late:
        error('%s: late lines %s, want %s' % (name, late, want_late))
    rep = json.loads(run('check', '--no-redact', path).stdout)
    finds = [(f['line'], f['message']) for f in rep.get('violations', [])
             if f['rule'] == 'response-timeout']
    if finds != want_find:
        error('%s: response-timeout findings\n  got  %s\n  want %s' % (name, finds, want_find))
    for f in rep.get('violations', []):
        if f['rule'] == 'response-timeout':
            rel = [r['line'] for r in f.get('related', [])]
            gl = [g for l, c, s, _, g, _ in want_tx if l == f['line']]
            if rel != gl:
                error('%s: finding at %d related %s, want %s' % (name, f['line'], rel, gl))

# gave_up on a rule that is not host_log: refused where the key's value is
with tempfile.TemporaryDirectory() as tmp:
    d = os.path.join(tmp, 'bad.json')
    with open(d, 'w') as f:
        f.write('{"format_version": 1, "name": "acme-gu", "kind": "trace", "title": "t",\n'
                ' "source": "t", "rules": [\n'
                '  {"name": "tx", "match": "^>> (?<payload>.*)$", "dir": "tx"},\n'
                '  {"name": "rx", "match": "^<< (?<payload>.*)$", "dir": "rx",\n'
                '   "gave_up": true}]}\n')
    log = os.path.join(tmp, 'a.log')
    with open(log, 'w') as f:
        f.write('>> AT\n<< OK\n')
    r = run('parse', '--format-def', d, log)
    msg = r.stderr.decode()
    want = '%s:5:15: rules[1]: gave_up is for a host_log rule without not_sent' % d
    if r.returncode != 2 or want not in msg:
        error('bad gave_up: exit %d, %r; want exit 2 and %r' % (r.returncode, msg, want))
    # a (?<command>) group on a rule without gave_up: refused at its match
    with open(d, 'w') as f:
        f.write('{"format_version": 1, "name": "acme-gu", "kind": "trace", "title": "t",\n'
                ' "source": "t", "rules": [\n'
                '  {"name": "tx", "match": "^>> (?<payload>.*)$", "dir": "tx"},\n'
                '  {"name": "rx", "match": "^<< (?<payload>.*)$", "dir": "rx"},\n'
                '  {"name": "to", "match": "^timeout (?<command>.*)$", "host_log": true}]}\n')
    r = run('parse', '--format-def', d, log)
    msg = r.stderr.decode()
    want = '%s:5:27: rules[2]: a (?<command>) group is for a gave_up rule' % d
    if r.returncode != 2 or want not in msg:
        error('bad command group: exit %d, %r; want exit 2 and %r' % (r.returncode, msg, want))

sys.exit(ck.fail)
