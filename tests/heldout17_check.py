#!/usr/bin/env python3
"""Held-out batch 17's classes (helper batch17), on fixtures of our own
(tests/data/heldout17/README.md cites each): K4, atat's `Received error
response (n/m): CmeError(<Variant>)` read as the `+CME ERROR: <code>` the
crate's own table gives; K5, FreeRTOS-Cellular-Interface's older
`Modem return ERROR: line <command>, cmd : <the modem's line>, ...,
status: n` (the labels the other way round) read as the command's final;
K2, Tasmota's serial bridge driven from its console (`CMD: SSerialSend3
AT+CSQ\r`, `{"SSerialReceived":"..."}` in MQT:/RSL: lines or an MQTT
client's output): each send decoded by its mode, each burst the bridge read
JSON-unescaped. Every transaction exact, whole, a byte at a time and in
random pieces; tasmota-serial scores on its own fixtures alone. K3, `xxd`
of a raw capture (tests/data/heldout17/make_xxd.py): its rows back to bytes,
read undirected, the `$ xxd cap.bin` line host-log. K1, Rust tracing-subscriber's
default fmt layer (`2026-01-02T03:04:05.678901Z DEBUG app::modem: tx
cmd="AT+CSQ"`): the prefix peeled by the rust-tracing layer, the message and its
Debug-quoted fields read by structured-log-data.

usage: heldout17_check.py ATSCOPE SRCDIR"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402
from atscope_runs import candidates_many  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout17/'

EXPECT = {
    'atat-cme-error.log': ('atat', [], [
        (1, 'AT+CMEE=1', 'OK', []),
        (3, 'AT+CPIN?', '+CME ERROR: 10', []),
        (5, 'AT+CGATT=1', '+CME ERROR: 3', []),
        (7, 'AT+COPS=1,2,"26201"', '+CME ERROR: 3', []),
        (9, 'AT+USECPRF=0,0,1', '+CME ERROR: 1616', []),
        (11, 'AT+CMGS="+15550100"', '+CMS ERROR: 330', []),
        (13, 'ATD+15550100;', 'NO CARRIER', []),
        (15, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (17, 'AT+UPSDA=0,3', 'ERROR', []),
    ], []),
    'atat-defmt-cme-error.log': ('atat', [], [
        (1, 'AT+CMEE=1', 'OK', []),
        (3, 'AT+CPIN?', '+CME ERROR: 10', []),
        (5, 'AT+CGDCONT=1,"IP","iot"', '+CME ERROR: 117', []),
        (7, 'AT+CMGR=9', '+CMS ERROR: 321', []),
        (9, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
    ], []),
    'freertos-cellular-swapped-error.log': ('freertos-cellular', [], [
        (1, 'AT+CMEE=1', 'OK', []),
        (5, 'AT+CPIN?', '+CME ERROR: 10', []),
        (10, 'AT+CGATT=1', '+CME ERROR: 3', []),
        (13, 'AT+CMGS=17', '+CMS ERROR: 500', []),
        (16, 'AT+COPS=1,2,"26201"', '+CME ERROR: 30', []),
        (19, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
    ], []),
    # K6: _saveATData()'s 'Save [<line>] <n> AT data to pResp' is the answer where the log has
    # no 'AT solicited Resp[...]' for it, and is not read twice where it has
    'freertos-cellular-saved-only.log': ('line-numbers > freertos-cellular', [], [
        (1, 'AT+CEREG?', 'OK', ['+CEREG: 2,5,"1A2B","0C8F6A01",8']),
        (5, 'AT+QIACT=1', 'OK', []),
        (7, 'AT+CGMR', 'OK', ['BG96MAR02A07M1G']),
    ], []),
    'freertos-cellular-saved-twice.log': ('freertos-cellular', [], [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (6, 'AT+CEREG?', 'OK', ['+CEREG: 0,1']),
    ], []),
    'tasmota-sserial-console.log': ('tasmota-serial', [], [
        (1, 'AT', 'OK', []),
        (4, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (7, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Example Net",7']),
        (11, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (15, 'AT+CMGS="+15550100"', 'OK', ['+CMGS: 12']),
        (21, 'AT+CGATT=1', '+CME ERROR: 30', []),
    ], []),
    'tasmota-serial-rsl-heap.log': ('tasmota-serial', [], [
        (2, 'ATE0', 'OK', []),
        (5, 'AT+CGDCONT=1,"IP","iot.example"', 'OK', []),
        (8, 'AT+CREG?', 'OK', ['+CREG: 0,5']),
        (12, 'AT+QIOPEN=1,0,"TCP","192.0.2.10",8080,0,1', 'OK', []),
    ], [(11, '+CEREG: 5')]),
    'tasmota-mosquitto-sub.log': ('tasmota-serial', [], [
        (2, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (5, 'AT+CGSN', 'OK', ['867530912345678']),
        (8, 'AT+CFUN=1,1', 'OK', []),
    ], []),
    'tasmota-debug-raw-hex.log': ('tasmota-serial', [], [
        (2, 'AT+CSQ', 'OK', ['+CSQ: 23,99']),
        (5, 'AT+COPS?', '+CME ERROR: 30', []),
    ], []),
    'tasmota-weblog3.log': ('tasmota-serial', [], [
        (1, 'AT+CPIN?', '+CME ERROR: 10', []),
        (6, 'AT+CCID', 'ERROR', []),
    ], []),
    'tasmota-no-bridge.log': ('raw', [], [], []),
    # K3: xxd of a raw capture (the echo on), its default layout and others
    'xxd-default.log': ('hex-offset-rows', [], [
        (2, 'AT', 'OK', []),
        (2, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (4, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (6, 'AT+CGATT=1', '+CME ERROR: 30', []),
        (8, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Example",7']),
    ], [(8, '+CEREG: 2')]),
    'xxd-upper-g4.log': ('hex-offset-rows', [], [
        (2, 'AT', 'OK', []),
        (2, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (4, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (6, 'AT+CGATT=1', '+CME ERROR: 30', []),
        (8, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Example",7']),
    ], [(8, '+CEREG: 2')]),
    'xxd-g1-c8.log': ('hex-offset-rows', [], [
        (2, 'AT', 'OK', []),
        (3, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (6, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (10, 'AT+CGATT=1', '+CME ERROR: 30', []),
        (15, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Example",7']),
    ], [(14, '+CEREG: 2')]),
    'xxd-plain.log': ('hex-rows', [], [
        (2, 'AT', 'OK', []),
        (2, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (3, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (4, 'AT+CGATT=1', '+CME ERROR: 30', []),
        (5, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Example",7']),
    ], [(5, '+CEREG: 2')]),
    # K1: tracing-subscriber's default fmt layer peeled (rust-tracing), the
    # message and its Debug-quoted fields read by structured-log-data
    'rust-tracing-app.log': ('rust-tracing > structured-log-data', [], [
        (2, 'AT', 'OK', []),
        (4, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (7, 'AT+COPS=1,2,"26201"', '+CME ERROR: 30', []),
        (10, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
    ], []),
    'rust-tracing-ansi-spans.log': ('ansi > rust-tracing > structured-log-data', [], [
        (1, 'AT+CMGF=1', 'OK', []),
        (3, 'AT+CMGS="+15550100"', 'OK', ['+CMGS: 44']),
    ], []),
    'rust-tracing-no-time.log': ('rust-tracing > structured-log-data', [], [
        (1, 'ATI', 'OK', ['Quectel', 'EG25', 'Revision: EG25GGBR07A08M2G']),
        (6, 'AT+QCCID', 'OK', ['+QCCID: 89860012345678901234']),
        (9, 'AT+QENG="servingcell"', 'ERROR', []),
    ], []),
    'rust-tracing-no-modem.log': ('raw', [], [], []),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)

# the CMGS prompt and its payload (Ctrl-Z from mode 3's \x1a)
recs = [json.loads(l) for l in ck.parse(DIR + 'tasmota-sserial-console.log').decode().splitlines()]
cmgs = [r for r in recs if r['kind'] == 'transaction' and r['command'].startswith('AT+CMGS')]
pay = (cmgs[0].get('payload') or {}) if cmgs else {}
if (pay.get('prompt_line'), pay.get('bytes'), pay.get('end'), pay.get('line')) != (17, 5, 'ctrl-z', 18):
    ck.error('tasmota-sserial-console.log: AT+CMGS prompt/payload %s' % cmgs)

# the tracing events' times are the layer's
recs = [json.loads(l) for l in ck.parse(DIR + 'rust-tracing-app.log').decode().splitlines()]
tx = [(r['line'], r.get('time'), r.get('final_time')) for r in recs if r['kind'] == 'transaction']
if tx[:2] != [(2, '2026-01-02T03:04:05.120311', '2026-01-02T03:04:05.131002'),
              (4, '2026-01-02T03:04:05.140125', '2026-01-02T03:04:05.163010')]:
    ck.error('rust-tracing-app.log: times %s' % tx[:2])
# Rust's Debug escape \u{1a} is the SMS's Ctrl-Z
recs = [json.loads(l) for l in ck.parse(DIR + 'rust-tracing-ansi-spans.log').decode().splitlines()]
pay = [r.get('payload') for r in recs if r['kind'] == 'transaction' and r['line'] == 3]
if not pay or (pay[0] or {}).get('end') != 'ctrl-z' or (pay[0] or {}).get('bytes') != 5:
    ck.error('rust-tracing-ansi-spans.log: payload %s' % pay)

# a rule's lookup: a table of strings, on a data rule; else the definition
# does not load and the error names its place
import tempfile  # noqa: E402
BAD = {
    'not-a-string': ('"lookup": {"NotAllowed": 3}', 'a lookup value is a string'),
    'host-log': ('"host_log": true, "lookup": {"NotAllowed": "3"}', 'a host_log rule has no payload'),
    'empty': ('"lookup": {}', '"lookup" is an object'),
}
for what, (keys, msg) in BAD.items():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'bad.json')
        open(path, 'w').write('{"format_version": 1, "name": "bad-lookup", "kind": "trace", "title": "t",\n'
                              ' "rules": [{"name": "e", "match": "^E (?<payload>\\\\w+)$", "dir": "rx", %s}],\n'
                              ' "samples": [{"line": "E x", "rule": "e"}]}\n' % keys)
        r = ck.run('formats', '--format-def', path)
        err = r.stderr.decode()
        if r.returncode != 2 or msg not in err or 'bad.json:2:' not in err:
            ck.error('lookup %s: exit %d, %r' % (what, r.returncode, err))

# pasted with CR LF line ends (a Windows editor's save, a mail): the same
# transactions, read as the same format
def txs(path):
    recs = [json.loads(l) for l in ck.parse(path).decode('utf-8', 'replace').splitlines()]
    return (recs[0].get('layers', recs[0].get('format')),
            sorted((r['line'], r['command'], r.get('final'), [x['text'] for x in r.get('responses', [])])
                   for r in recs if r['kind'] == 'transaction'))


for name in EXPECT:
    with tempfile.TemporaryDirectory() as tmp:
        crlf = os.path.join(tmp, name)
        data = open(DIR + name, 'rb').read()
        open(crlf, 'wb').write(data.replace(b'\n', b'\r\n'))
        if txs(crlf) != txs(DIR + name):
            ck.error('%s: reads otherwise with CR LF: %s' % (name, txs(crlf)))

# tasmota-serial scores on its own fixtures alone; on them only raw beside it
own = {DIR + n for n, e in EXPECT.items() if e[0] == 'tasmota-serial'}
# and helper leftovers20's SSerialSend3 '\\s' fixture
own.add(os.path.join(SRC, 'tests/data/leftovers20/tasmota-blanks.log'))
files = []
for top in ('captures', 'tests/negative', 'tests/data', 'tests/unknown'):
    for d, _, names in os.walk(os.path.join(SRC, top)):
        files += [os.path.join(d, n) for n in names
                  if not n.endswith(('.py', '.json', 'MANIFEST', 'BROKEN', 'README.md'))]
scores = candidates_many(BIN, sorted(files))
for f in sorted(files):
    c = scores[f]
    if os.path.normpath(f) in {os.path.normpath(o) for o in own}:
        if not c.get('tasmota-serial'):
            ck.error('%s: tasmota-serial does not score' % f)
        others = sorted(k for k, v in c.items() if v > 0 and k not in ('tasmota-serial', 'raw'))
        if others:
            ck.error('%s: also scored by %s' % (f, others))
    elif c.get('tasmota-serial'):
        ck.error('%s: tasmota-serial scores %d' % (f, c['tasmota-serial']))
sys.exit(ck.fail)
