#!/usr/bin/env python3
"""Held-out batch 20's classes P4, P5 and V1 (helper batch20b), on fixtures of
our own (tests/data/heldout20b/README.md cites each layout's source).
P4: a send with a prompt (BG95 AT+QISEND=<id>,<len>[,"<ip>",<port>]) whose
prompt never came, the library giving up (Particle's "Expected > prompt") and
sending its next command: that command line in the host's direction is a
command, not the send's payload (before: the send took AT+CSQ's answer and OK,
a false response-timeout over 5 s and a false send-before-prompt, AT+CSQ
missed); the send ends with no final, its finding says no prompt came. A
payload sent early that is no command line, and a command line sent after the
prompt, stay the payload.
P5: socat -v whose header's length= disagrees with the text it shows (a log
written or edited by hand: socat counts exactly what it prints); the text
shown up to the next header is the block's, said once in an annotation, so
a command is not cut at its count and its answer not orphaned. The Sequans
profile knows the GM02S MQTT commands and reports.
V1: unanswered AT / ATE0 probes after the host's own line that it reset or
powered the module on (the host_restart line class of 3gpp.json: Particle's
"Hard resetting the modem", "Powering modem on, ...", "Resetting modem...",
"power on module"), or followed by the module's boot report (RDY) before any
answer, are the host's wait for the boot: no response-timeout finding (before:
one per unanswered probe but the last). Without either ("Modem already on",
no RDY) the findings stay.
Every transaction exact, whole, a byte at a time and in random pieces; every
finding exact (rule, line).

usage: heldout20b_check.py ATSCOPE SRCDIR"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout20b/'

MQTT = [
    (2, 'AT+CGMM', 'OK', ['GM02S']),
    (8, 'AT+SQNSMQTTSUBSCRIBE=0,"sensors/temp",1', 'OK', []),
    (18, 'AT+SQNSMQTTRCVMESSAGE=0,"sensors/temp",1', 'OK', ['21.5']),
    (24, 'AT+CSQ', 'OK', ['+CSQ: 18,99']),
]
MQTT_URC = [(13, '+SQNSMQTTONSUBSCRIBE:0,"sensors/temp",0'),
            (16, '+SQNSMQTTONMESSAGE:0,"sensors/temp",4,1,1')]

# file -> (format, options, transactions, URCs, findings [(rule, line)], profile)
EXPECT = {
    # P5: counts right, counts short (the command's: before, cut at 41 - 9
    # bytes, "21.5" text outside a command and its OK an orphan), the answer's
    # count ending at a line end (before, its last lines text outside a block),
    # counts long (read before too: the bytes shown, a note each)
    'socat-v-gm02s-mqtt-rcv.log': ('socat', [], MQTT, MQTT_URC, [], 'sequans-monarch'),
    'socat-v-gm02s-mqtt-rcv-count-short.log': ('socat', [], MQTT, MQTT_URC, [],
                                               'sequans-monarch'),
    'socat-v-gm02s-mqtt-rcv-answer-short.log': ('socat', [], MQTT, MQTT_URC, [],
                                                'sequans-monarch'),
    'socat-v-gm02s-mqtt-rcv-count-long.log': ('socat', [], MQTT, MQTT_URC, [],
                                              'sequans-monarch'),
}
NOPROMPT = 'AT+QISEND=0,14,"203.0.113.7",5683'
EXPECT.update({
    # P4, directed: Particle's trace (the library's error line between) and socat
    'particle-bg95-qisend-no-prompt.log': ('particle-ncp', [], [
        (2, 'AT+QIOPEN=1,0,"UDP SERVICE","127.0.0.1",0,3030,0', 'OK', []),
        (5, NOPROMPT, None, []), (7, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (10, 'AT+QICLOSE=0', 'OK', [])], [], [('response-timeout', 5)], 'quectel-bg96'),
    'particle-bg95-qisend-no-prompt-bare.log': ('particle-ncp', ['--profile', 'quectel-bg96'], [
        (1, 'AT+QISEND=0,14', None, []), (2, 'AT+CSQ', 'OK', ['+CSQ: 20,99'])], [],
        [('response-timeout', 1)], 'quectel-bg96'),
    'socat-bg95-qisend-no-prompt.log': ('socat', ['--profile', 'quectel-bg96'], [
        (2, 'AT+QISEND=0,14', None, []), (3, 'AT+CSQ', 'OK', ['+CSQ: 20,99'])], [],
        [('response-timeout', 2)], 'quectel-bg96'),
    # undirected (read so before too)
    'raw-bg95-qisend-no-prompt.log': ('raw', ['--profile', 'quectel-bg96'], [
        (1, 'AT+QISEND=0,14', None, []), (2, 'AT+CSQ', 'OK', ['+CSQ: 20,99'])], [],
        [('response-timeout', 1)], 'quectel-bg96'),
    # negatives: the payload before the prompt, a command line after it
    'socat-bg95-qisend-early-payload.log': ('socat', ['--profile', 'quectel-bg96'], [
        (2, 'AT+QISEND=0,14', 'SEND OK', [])], [], [], 'quectel-bg96'),
    'socat-bg95-qisend-at-payload.log': ('socat', ['--profile', 'quectel-bg96'], [
        (2, 'AT+QISEND=0,7', 'SEND OK', [])], [], [], 'quectel-bg96'),
})
PROBE_TX = [(1, 'AT', 'OK', []), (3, 'AT+CFUN?', 'OK', ['+CFUN: 1']), (7, 'AT', None, []),
            (8, 'AT', None, []), (9, 'AT', 'OK', []), (11, 'ATE0', 'OK', [])]
ON_TX = [(1, 'AT', 'OK', []), (3, 'AT+CFUN?', 'OK', ['+CFUN: 1']), (8, 'ATE0', None, []),
         (9, 'ATE0', 'OK', []), (11, 'AT+CFUN?', 'OK', ['+CFUN: 1'])]
RDY_TX = [(1, 'AT+CSQ', 'OK', ['+CSQ: 20,99']), (4, 'AT', None, []), (5, 'AT', None, []),
          (6, 'AT', None, []), (8, 'AT', 'OK', []), (10, 'ATE0', 'OK', [])]
BG96 = ['--profile', 'quectel-bg96']
EXPECT.update({
    'particle-hard-reset-probes.log': ('particle-ncp', [], PROBE_TX, [], [], '3gpp'),
    'particle-power-on-probes.log': ('particle-ncp', [], ON_TX, [], [], '3gpp'),
    'raw-resetting-modem-probes.log': ('raw', [], [(3, 'AT+CSQ', 'OK', ['+CSQ: 20,99']) if t[0] == 3
                                                   else t for t in PROBE_TX], [], [], '3gpp'),
    'tsline-power-on-module-probes.log': ('tsline', [], [
        (1, 'AT', 'OK', []), (3, 'AT+CSQ', 'OK', ['+CSQ: 20,99']), (7, 'AT', None, []),
        (8, 'AT', None, []), (9, 'AT', 'OK', [])], [], [], '3gpp'),
    'tsline-bg96-rdy-probes.log': ('tsline', BG96, RDY_TX, [(7, 'RDY')], [], 'quectel-bg96'),
    # negatives: the host powered it off, then found it on (no power-on line); no boot report
    'neg-particle-power-off-probes.log': ('particle-ncp', [], ON_TX, [],
                                          [('response-timeout', 8)], '3gpp'),
    'neg-tsline-bg96-probes.log': ('tsline', BG96, [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 20,99']), (4, 'AT', None, []), (5, 'AT', None, []),
        (6, 'AT', None, []), (7, 'AT', 'OK', []), (9, 'ATE0', 'OK', [])], [],
        [('response-timeout', 4), ('response-timeout', 5), ('response-timeout', 6)],
        'quectel-bg96'),
})
# response-timeout's status line
STATUS = {'tsline-bg96-rdy-probes.log': "partly checked: 2 probes (from line 4) unanswered, then "
          "the module's boot report: it was booting, the host waited for it"}
# the payload each send holds (bytes), and the response-timeout message
PAYLOAD = {'particle-bg95-qisend-no-prompt.log': {5: 0},
           'socat-bg95-qisend-no-prompt.log': {2: 0},
           'socat-bg95-qisend-early-payload.log': {2: 14},
           'socat-bg95-qisend-at-payload.log': {2: 7}}
MESSAGE = {'particle-bg95-qisend-no-prompt.log':
           NOPROMPT + ' got no prompt and no final result before the next command'}
# the annotation a short count leaves (its header's line), and nothing unparsed
NOTES = {
    'socat-v-gm02s-mqtt-rcv.log': ([], []),
    'socat-v-gm02s-mqtt-rcv-count-short.log': ([17], []),
    'socat-v-gm02s-mqtt-rcv-answer-short.log': ([18], []),
    'socat-v-gm02s-mqtt-rcv-count-long.log': ([], [18, 23]),
}

ck = Checker(BIN)
for name, (fmt, opts, want_tx, want_urc, want_find, prof) in EXPECT.items():
    path = DIR + name
    recs = ck.read(name, path, fmt, opts)
    if recs is None:
        continue
    if recs[0].get('profile') != prof:
        ck.error('%s: profile %s, want %s' % (name, recs[0].get('profile'), prof))
    ck.expect_records(name, recs, want_tx, want_urc)
    if name in NOTES:
        notes = [r['line'] for r in recs if r['kind'] == 'annotation']
        unp = [r['line'] for r in recs if r['kind'] == 'unparsed']
        if (notes, unp) != NOTES[name]:
            ck.error('%s: annotations %s, unparsed %s, want %s' % (name, notes, unp, NOTES[name]))
    if name in PAYLOAD:
        pl = {r['line']: r.get('payload', {}).get('bytes') for r in recs
              if r['kind'] == 'transaction' and r['line'] in PAYLOAD[name]}
        if pl != PAYLOAD[name]:
            ck.error('%s: payload bytes %s, want %s' % (name, pl, PAYLOAD[name]))
    rep = json.loads(ck.run('check', '--no-redact', *opts, path).stdout)
    if name in STATUS:
        st = [r.get('reason') for r in rep.get('rules', []) if r.get('id') == 'response-timeout']
        if st != [STATUS[name]]:
            ck.error('%s: response-timeout %s, want %r' % (name, st, STATUS[name]))
    if name in MESSAGE:
        msg = [f['message'] for f in rep.get('violations', []) if f['rule'] == 'response-timeout']
        if msg != [MESSAGE[name]]:
            ck.error('%s: response-timeout %s, want %r' % (name, msg, MESSAGE[name]))
    finds = sorted((f['rule'], f['line']) for f in rep.get('violations', []))
    if finds != sorted(want_find):
        ck.error('%s: findings\n  got  %s\n  want %s' % (name, finds, sorted(want_find)))
sys.exit(ck.fail)
