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
    ], [('urc', 9, '+COPS: 0,0,"BROOK",7'), ('unparsed', 10, 'OK', 'late-final')], [
        (6, 'AT+COPS? got no final result: the host library gave up waiting (line 8)'),
    ]),
    'atcmdparser-stamped.log': ('terminal-stamps > atcmdparser', [
        (1, 'AT+CSQ', 'complete', 'OK', None, ['+CSQ: 20,99']),
        (6, 'AT+COPS=0', 'host-timeout', None, 8, []),
        (10, 'AT+CSQ', 'host-timeout', None, 12, []),
        (13, 'AT+CSQ', 'complete', 'OK', None, ['+CSQ: 21,99']),
    ], [('unparsed', 9, 'OK', 'late-final')], [
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
    ], [('urc', 8, '+COPS: 0,0,"BROOK",7'), ('unparsed', 9, 'OK', 'late-final')], [
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
    ], [('unparsed', 5, 'OK', 'late-final')], [
        (3, "AT+CGACT=1,1 got no final result: the host library gave up waiting after "
            "10.000 s (line 4), within the command's time limit (150 s): the library's own "
            "timeout was shorter, not the module late"),
    ]),
    'mgos-timeout.log': ('mgos-pppos', [
        (1, 'AT+CSQ', 'complete', 'OK', None, ['+CSQ: 17,99']),
        (8, 'AT+COPS=3,2', 'host-timeout', None, 9, []),
        (14, 'AT+CREG?', 'complete', 'OK', None, ['+CREG: 0,1']),
    ], [('unparsed', 11, 'OK', 'late-final')], [
        (8, 'AT+COPS=3,2 got no final result: the host library gave up waiting (line 9)'),
    ]),
    # issue 12's leftovers: the libraries' own timeout lines (tests/data/gaveup/README.md)
    'libgsm-timeout.log': ('libgsm-pppos', [
        (1, 'AT+CSQ', 'complete', 'OK', None, ['+CSQ: 20,99']),
        (3, 'AT+CGATT=1', 'host-timeout', None, 4, []),
        (5, 'AT+CGATT?', 'complete', 'OK', None, ['+CGATT: 0']),
    ], [], [
        (3, "AT+CGATT=1 got no final result: the host library gave up waiting after 10.010 s "
            "(line 4), within the command's time limit (140 s): the library's own timeout was "
            "shorter, not the module late"),
    ]),
    # comgt logs the writes only: the command's end is the script's word
    'gcom-timeout.log': ('openwrt-logread > openwrt-gcom', [
        (1, 'AT+CFUN=1', 'host-timeout', None, 2, []),
        (3, 'AT+CGDCONT=1,"IP","internet"', 'unfinished', None, None, []),
    ], [], []),
    'mbed-timeout.log': ('mbed-trace', [
        (1, 'AT+CSQ', 'complete', 'OK', None, ['+CSQ: 20,99']),
        (4, 'AT+COPS=0', 'host-timeout', None, 6, []),
        (10, 'AT+CREG?', 'complete', 'OK', None, ['+CREG: 0,1']),
    ], [('unparsed', 8, 'OK', 'late-final')], [
        (4, "AT+COPS=0 got no final result: the host library gave up waiting after 8.000 s "
            "(line 6), within the command's time limit (180 s): the library's own timeout was "
            "shorter, not the module late"),
    ]),
    # after AT+CPWROFF's OK the library's AT gets nothing: host-timeout, and
    # (ublox-sara: +CPWROFF powers off) no answer was due, so not judged
    'ubxlib-timeout.log': ('ubxlib', [
        (1, 'AT+CGMI', 'complete', 'OK', None, ['u-blox']),
        (6, 'AT+COPS=0', 'host-timeout', None, 7, []),
        (9, 'AT+CREG?', 'complete', 'OK', None, ['+CREG: 0,1']),
        (14, 'AT+CPWROFF', 'complete', 'OK', None, []),
        (17, 'AT', 'host-timeout', None, 18, []),
    ], [], [
        (6, "AT+COPS=0 got no final result: the host library gave up waiting after 8.001 s "
            "(line 7), within the command's time limit (180 s): the library's own timeout was "
            "shorter, not the module late"),
    ]),
    'tinygsm-unhandled.log': ('tinygsm', [
        (2, 'AT+CGATT?', 'complete', 'OK', None, ['+CGATT: 1']),
        (6, 'AT+CSQ', 'host-timeout', None, 8, ['+CSQ: 20,99']),
        (10, 'AT+CREG?', 'complete', 'OK', None, ['+CREG: 0,1']),
    ], [('unparsed', 9, 'OK', 'late-final')], [
        (6, 'AT+CSQ got no final result: the host library gave up waiting after 3.000 s '
            '(line 8)'),
    ]),
    'esp-modem-legacy-timeout.log': ('esp-modem-legacy', [
        (1, 'AT+CSQ', 'complete', 'OK', None, ['+CSQ: 20,99']),
        (6, 'AT+COPS=0', 'host-timeout', None, 7, []),
        (9, 'AT+CREG?', 'complete', 'OK', None, ['+CREG: 0,1']),
    ], [], [
        (6, "AT+COPS=0 got no final result: the host library gave up waiting after 3.000 s "
            "(line 7), within the command's time limit (180 s): the library's own timeout was "
            "shorter, not the module late"),
    ]),
    'esp-modem-console-timeout.log': ('esp-modem-console', [
        (2, 'AT+CSQ', 'complete', 'OK', None, ['+CSQ: 20,99']),
        (9, 'AT+COPS=0', 'host-timeout', None, 10, []),
        (12, 'AT+CREG?', 'complete', 'OK', None, ['+CREG: 0,1']),
    ], [], [
        (9, "AT+COPS=0 got no final result: the host library gave up waiting after 1.000 s "
            "(line 10), within the command's time limit (180 s): the library's own timeout was "
            "shorter, not the module late"),
    ]),
    'zephyr-cmux-timeout.log': ('zephyr-modem-cmux', [
        (4, 'AT+CSQ', 'complete', 'OK', None, ['+CSQ: 20,99']),
        (17, 'AT+CGACT=1,1', 'host-timeout', None, 23, []),
        (29, 'AT+CEREG?', 'complete', 'OK', None, ['+CEREG: 0,5']),
    ], [('unparsed', 24, 'OK', 'late-final')], [
        (17, "AT+CGACT=1,1 got no final result: the host library gave up waiting after "
             "10.000 s (line 23), within the command's time limit (150 s): the library's own "
             "timeout was shorter, not the module late"),
    ]),
}

# read with these options (the profile that knows the fixture's power-off)
OPTS = {'ubxlib-timeout.log': ('--profile', 'ublox-sara')}
# response-timeout's status line where a command was not judged
STATUS = {'ubxlib-timeout.log': ('partly checked: 1 command (from line 17) unanswered after a '
                                 'power-off command succeeded, the module not seen on again: no '
                                 'answer was due')}


ck = Checker(BIN)
run, error = ck.run, ck.error
ck.prefetch((DIR + name, OPTS.get(name, ())) for name in EXPECT)

for name, (fmt, want_tx, want_late, want_find) in EXPECT.items():
    path = DIR + name
    opts = OPTS.get(name, ())
    recs = ck.read(name, path, fmt, opts)
    if recs is None:
        continue
    tx = sorted((r['line'], r['command'], r['status'], r.get('final'), r.get('gave_up_line'),
                 [x['text'] for x in r.get('responses', [])])
                for r in recs if r['kind'] == 'transaction')
    want = sorted((l, c, s, f, g, list(rs)) for l, c, s, f, g, rs in want_tx)
    if tx != want:
        error('%s: transactions\n  got  %s\n  want %s' % (name, tx, want))
    # a late final after the library gave up says so (late-final), and is no
    # orphan-response finding: the module answered the command given up on
    late = [(r['kind'], r['line'], r['text']) + ((r['reason'],) if r['kind'] == 'unparsed' else ())
            for r in recs if r['kind'] in ('urc', 'unparsed')]
    if late != want_late:
        error('%s: late lines %s, want %s' % (name, late, want_late))
    rep = json.loads(run('check', '--no-redact', *opts, path).stdout)
    orphans = [(f['line'], f['message']) for f in rep.get('violations', [])
               if f['rule'] == 'orphan-response']
    if orphans:
        error('%s: orphan-response findings %s, want none' % (name, orphans))
    if name in STATUS:
        st = [r.get('reason', '') for r in rep.get('rules', []) if r.get('id') == 'response-timeout']
        if st != [STATUS[name]]:
            error('%s: response-timeout %s, want %r' % (name, st, STATUS[name]))
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
