#!/usr/bin/env python3
"""False verdicts and misreads left by held-out batches, fixed by helper
leftovers21 on fixtures of our own (tests/data/leftovers21/README.md says
what each was written from):

- a printer that does not log every command the host sends (ESP-IDF
  esp_modem's generic_get_string() logs only its reply's Token: lines): the
  definition's "omits_commands" makes orphan-response (and the rules that
  judge a command the host did not send) not-evaluable, with the
  definition's reason; where the sample shows the uart-tx hexdump of every
  write, an OK with no command is the modem's and still found;
- CircuitPython FONA (debug=True): every modem line is printed behind
  "\tUARTREAD ::", so a bare line after a one-line read is the script's own
  print() (FONA OK, Done.), not modem text; a multi-line read (ATI, AT+GMM:
  its buffer's LFs printed, an empty line right after its first) still goes
  on over the bare lines (the read rule's continue.first);
- a counted payload after a prompt line (Cinterion AT^SISW's ^SISW:
  <id>,<n>,<unack>) in a capture that shows none of the host's bytes (a
  stamped terminal that logs what the module sent, the echo off, the
  capture ending at the OK): the module's OK is the final, not 2 bytes of
  the payload (before: a false response-timeout); a payload the capture
  shows (the echo) is counted, and a line that fills the declared length
  exactly stays payload;
- a test script's YAML steps (- send: "AT+CSQ" / expect: "OK") and a code
  mock's table of canned replies ('AT+CSQ': '+CSQ: 21,99\r\nOK', in a
  Python dict, a JavaScript object, a C array): the shared script-lines
  table's yaml-steps and mock-table patterns, so pasted alone they read as
  nothing; beside a real log (generic-sendrecv's, call-reply-string's) the
  log reads and the script's lines are host-log;
- RIOT's tests/drivers/at shell app with AT_PRINT_INCOMING, where the
  module stopped echoing (ATE0): the shell line "> send AT+CSQ" waits for
  the echo the driver would print (riot-at-shell's command rule, wait_echo)
  and, none coming, is the command; a late final of the command before (a
  send's OK the next command reads), the app's OK right after the module's,
  the driver's DEBUG lines and another command's report keep it waiting.
  With CONFIG_AT_SEND_SKIP_ECHO (each final read one command late) and with
  wait_echo() timing out (the answer, then the app's Error).

Each fixture: the format or layers detected, every transaction exact, read
whole, a byte at a time and in random pieces; the rules' statuses and
findings with their lines.

usage: leftovers21_check.py ATSCOPE SRCDIR"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/leftovers21/'
ck = Checker(BIN)


def txns(recs):
    return [(r['line'], r['command'], r.get('final'), [x['text'] for x in r.get('responses', [])])
            for r in recs if r['kind'] == 'transaction']


def check(path, *opts):
    return json.loads(ck.run('check', '--no-redact', '-f', 'json', *opts, path).stdout)


def rule(rep, rid):
    return [r for r in rep['rules'] if r['id'] == rid][0]


def findings(rep, rid=None):
    return [(v['rule'], v['line']) for v in rep['violations'] if rid is None or v['rule'] == rid]


def expect_txns(name, fmt, want, opts=()):
    recs = ck.read(name, DIR + name, fmt, opts)
    if recs is not None and txns(recs) != want:
        ck.error('%s: transactions\n  got  %s\n  want %s' % (name, txns(recs), want))
    return recs


# 1. esp_modem: generic_get_string() logs no command
ESP_WHY = ("the capture format does not show every command the host sends: esp_modem's "
           "generic_get_string() (get_imsi, read_pin, at(), ...) logs its reply's Token: lines, "
           "never its command")
expect_txns('esp-modem-getstring.log', 'ansi > esp-modem',
            [(3, 'AT+CGMM', 'OK', ['SIMCOM_SIM7600E-H']), (14, 'ATE0', 'OK', [])])
for opts in ((), ('-i', 'esp-modem')):
    rep = check(DIR + 'esp-modem-getstring.log', *opts)
    for rid in ('orphan-response', 'retry-too-few', 'verify-after-close'):
        got = rule(rep, rid)
        if got['status'] != 'not-evaluable' or got.get('reason') != ESP_WHY:
            ck.error('esp-modem-getstring.log %s: %s %s %r' % (opts, rid, got['status'],
                                                                 got.get('reason')))
    if findings(rep):
        ck.error('esp-modem-getstring.log: findings %s, want none' % findings(rep))
# the hexdumps show every write: the stray OK is the modem's
expect_txns('esp-modem-hexdump-orphan.log', 'ansi > esp-modem',
            [(2, 'AT+CSQ', 'OK', ['+CSQ: 20,99']), (5, 'AT+CIMI', 'OK', ['460011234567890'])])
rep = check(DIR + 'esp-modem-hexdump-orphan.log')
if rule(rep, 'orphan-response')['status'] != 'fail' or findings(rep) != [('orphan-response', 8)]:
    ck.error('esp-modem-hexdump-orphan.log: orphan-response %s, findings %s, want fail at 8'
             % (rule(rep, 'orphan-response')['status'], findings(rep)))
# a definition's omits_commands: its unless_seen names its own rules
with tempfile.TemporaryDirectory() as tmp:
    bad = os.path.join(tmp, 'bad.json')
    json.dump({'format_version': 1, 'name': 'bad-omits', 'kind': 'trace', 'title': 't',
               'source': 's', 'omits_commands': {'why': 'w', 'unless_seen': ['nope']},
               'rules': [{'name': 'tx', 'match': '^> (?<payload>.*)$', 'dir': 'tx',
                          'suffix': '\r'}]}, open(bad, 'w'))
    r = ck.run('formats', '--format-def', bad)
    if r.returncode != 2 or b'unless_seen names a rule this definition does not have' \
            not in r.stderr:
        ck.error('omits_commands with an unknown rule: exit %d, %r' % (r.returncode, r.stderr))

# 2. CircuitPython FONA: the script's prints between the library's lines
recs = expect_txns('cpfona-script-prints.log', 'circuitpython-fona', [
    (4, 'AT', 'OK', []), (7, 'ATE0', 'OK', []), (11, 'AT+CVHU=0', 'OK', []),
    (14, 'ATI', 'OK', ['SIM800 R14.18']), (20, 'AT+GMM', 'OK', ['SIMCOM_SIM800L']),
    (29, 'AT+CREG?', 'OK', ['+CREG: 0,1']), (34, 'AT+CSQ', 'OK', ['+CSQ: 17,0']),
    (39, 'AT+CMGF=1', 'OK', []),
    (44, 'AT+CPMS?', 'OK', ['+CPMS: "SM",0,30,"SM",0,30,"SM",0,30'])])
if recs is not None:
    unparsed = [r['line'] for r in recs if r['kind'] == 'unparsed']
    host = [r['line'] for r in recs if r['kind'] == 'host-log']
    if unparsed or not {1, 26, 38, 42, 43, 48} <= set(host):
        ck.error('cpfona-script-prints.log: unparsed %s, host-log %s' % (unparsed, host))
rep = check(DIR + 'cpfona-script-prints.log', '--profile', 'simcom-sim800')
if rule(rep, 'orphan-response')['status'] != 'pass' or findings(rep):
    ck.error('cpfona-script-prints.log: orphan-response %s, findings %s, want pass, none'
             % (rule(rep, 'orphan-response')['status'], findings(rep)))
# 3. counted payload not shown: the module's line after the prompt is its
SISW = [('sisw-module-only.log', 'tsline', [
            (1, 'AT^SISO=1', 'OK', []), (4, 'AT^SISW=1,10', 'OK', []), (8, 'AT^SISC=1', 'OK', [])],
         [(4, 0, 'none')]),
        ('sisw-echo-off-end.log', 'raw', [(1, 'AT^SISW=1,10', 'OK', [])], [(1, 0, 'none')]),
        ('sisw-payload-shown.log', 'raw', [(1, 'AT^SISW=1,10', 'OK', []),
                                           (5, 'AT^SISW=1,2', 'OK', [])],
         [(1, 10, 'length'), (5, 2, 'length')])]
for name, fmt, want, pays in SISW:
    recs = expect_txns(name, fmt, want, ('--profile', 'cinterion'))
    if recs is None:
        continue
    got = [(r['line'], r['payload']['bytes'], r['payload']['end'])
           for r in recs if r['kind'] == 'transaction' and r.get('payload')]
    if got != pays:
        ck.error('%s: payloads %s, want %s' % (name, got, pays))
    rep = check(DIR + name, '--profile', 'cinterion')
    if findings(rep):
        ck.error('%s: findings %s, want none' % (name, findings(rep)))
# 4. scripts are not sessions: YAML steps and mock tables
NEG = ['neg-yaml-steps.yaml', 'neg-yaml-flow.yml', 'neg-mock-table.py', 'neg-mock-table.js',
       'neg-mock-table.c']
for name in NEG:
    recs = [json.loads(l) for l in ck.parse(DIR + name).decode().splitlines()]
    if recs[0].get('format') != 'raw' or txns(recs):
        ck.error('%s: read as %r with %s, want raw and no transaction'
                 % (name, recs[0].get('layers', recs[0].get('format')), txns(recs)))
expect_txns('yaml-steps-and-log.txt', 'generic-sendrecv', [
    (11, 'AT+CSQ', 'OK', ['+CSQ: 21,99']), (14, 'AT+CGATT=1', 'ERROR', [])])
expect_txns('mock-table-and-log.txt', 'call-reply-string', [
    (10, 'AT+CSQ', 'OK', ['+CSQ: 21,99']), (11, 'AT+CGATT=1', 'ERROR', [])])
# 5. RIOT with the incoming bytes printed and the echo off
RIOT = [(33, 'AT+CGMI', 'OK', ['Quectel']), (40, 'ATE0', 'OK', [])]
expect_txns('riot-incoming-skip-echo.log', 'terminal-tool-lines > riot-at-shell', RIOT + [
    (43, 'AT+CSQ', 'OK', ['+CSQ: 12,99']), (47, 'AT+CFUN=1', 'OK', []),
    (51, 'AT+CPIN=1234', '+CME ERROR: 16', []), (55, 'AT+CGDCONT?', None, [])])
expect_txns('riot-incoming-echo-off.log', 'terminal-tool-lines > riot-at-shell', RIOT + [
    (43, 'AT+CSQ', 'OK', ['+CSQ: 12,99']), (49, 'AT+CFUN=1', 'OK', []),
    (53, 'AT+CPIN=1234', '+CME ERROR: 16', [])])
# a boot's reports (RDY, SMS DONE) the driver read while AT waited for its echo: AT answers
# with its final alone (wait_echo's "answerless"), so they are not its answer; the echo
# after them is the command
expect_txns('riot-boot-urcs-while-waiting.log', 'pyterm > riot-at-shell', [
    (5, 'AT', None, []), (14, 'AT', 'OK', []),
    (18, 'ATI', 'OK', ['Manufacturer: SIMCOM INCORPORATED'])])
for name in ('riot-incoming-skip-echo.log', 'riot-incoming-echo-off.log'):
    rep = check(DIR + name)
    if [f for f in findings(rep) if f[0] in ('orphan-response', 'response-timeout')]:
        ck.error('%s: findings %s' % (name, findings(rep)))
sys.exit(ck.fail)
