#!/usr/bin/env python3
"""Held-out batch 18's classes L1-L4 (helper batch18a), on fixtures of our
own (tests/data/heldout18a/README.md cites each): L1, logrus text lines
whose message is the direction marker and the line (`msg="-> AT+CSQ"`,
`msg="rx \\r\\nOK\\r\\n"`, strconv.Quote's escapes); L2, pino NDJSON whose
`msg` is `tx <line>` / `rx <line>` under the json-lines layer, a level-40
`timeout waiting for response` line the command's give-up; L3, a raw mail
with a quoted-printable part decoded, its headers, boundaries and a 7bit
part left as they are; L4, a post whose log lines are each one inline code
span. Every transaction exact, whole, a byte at a time, in random pieces
and with CR LF line ends; the negatives read nothing new.

usage: heldout18a_check.py ATSCOPE SRCDIR"""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout18a/'

EXPECT = {
    # L1
    'logrus-arrows.log': ('structured-log-data', [], [
        (2, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (5, 'AT+COPS=1,2,"26201"', '+CME ERROR: 30', []),
    ], []),
    'logrus-words.log': ('structured-log-data', [], [
        (2, 'AT+CGMR', 'OK', ['EG25GGBR07A08M2G']),
        (4, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (7, 'AT+CEREG?', 'OK', ['+CEREG: 0,2']),
        (10, 'AT+QIACT=1', None, []),
    ], []),
    'logrus-no-traffic.log': ('raw', [], [], []),
    # L2
    'pino-txrx.log': ('json-lines > structured-log-data', [], [
        (2, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (5, 'AT+CGDCONT=1,"IP","internet"', 'OK', []),
        (7, 'AT+COPS?', None, []),
    ], []),
    # L3: the quoted-printable part decoded (=3D, a soft line break inside
    # AT+QICSGP's password), the 7bit part's =3D left as the data it is
    'mail-qp.eml': ('quoted-printable > raw', [], [
        (18, 'AT+CGDCONT=1,"IP","internet.example.com"', 'OK', []),
        (20, 'AT+COPS=1,2,"26201"', '+CME ERROR: 30', []),
        (22, 'AT+QICSGP=1,1,"a-very-long-apn-name.example.com","user","password",1', 'OK', []),
        (24, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (34, 'AT+CFUN=3D1', 'OK', []),
    ], []),
    # one part, no boundary; 'From the console:' after a text line is the
    # body's (an mbox separator follows a blank line)
    'mail-qp-single.eml': ('quoted-printable > raw', [], [
        (10, 'AT+CFUN=1', 'OK', []),
        (12, 'AT+CGATT=1', '+CME ERROR: 30', []),
        (14, 'AT+CGDCONT=1,"IP","internet.example.com",,0,0,0,0,0,0,0,0,0,0,0,0,0,0', 'OK', []),
    ], []),
    'no-mail-3d.log': ('raw', [], [
        (1, 'AT+CGDCONT=1,"IP","apn=3Dx"', 'OK', []),
        (3, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (6, 'AT+CFUN=1', 'OK', []),
    ], []),
    # L4
    'inline-code-post.md': ('inline-code > raw', [], [
        (5, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (11, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (19, 'AT+COPS=1,2,"26201"', '+CME ERROR: 30', []),
    ], []),
    'inline-code-named.md': ('raw', [], [
        (3, 'AT+CSQ', 'OK', ['+CSQ: 99,99']),
        (6, 'AT+COPS?', 'OK', ['+COPS: 0']),
        (9, 'AT+CREG?', 'OK', ['+CREG: 0,2']),
    ], []),
}

ck = Checker(BIN)
ck.table(DIR, EXPECT)


def recs_of(path):
    return [json.loads(l) for l in ck.parse(path).decode('utf-8', 'replace').splitlines()]


# the give-ups: the command ends at the timeout line, no final
for name, line, gl in (('logrus-words.log', 10, 11), ('pino-txrx.log', 7, 8)):
    tx = [(r['status'], r.get('gave_up_line')) for r in recs_of(DIR + name)
          if r['kind'] == 'transaction' and r['line'] == line]
    if tx != [('host-timeout', gl)]:
        ck.error('%s: line %d %s, want host-timeout given up at %d' % (name, line, tx, gl))

# the mail's headers and its 7bit part are not decoded: a boundary and a
# header line come through as they are
texts = [r.get('text') for r in recs_of(DIR + 'mail-qp.eml') if r['kind'] in ('host-log', 'unparsed')]
for want in ('Content-Type: multipart/mixed; boundary="----=_Part_0_1796640000"',
             '------=_Part_0_1796640000', 'Thanks \u2013 Jo'):
    if want not in texts:
        ck.error('mail-qp.eml: %r not among the lines read (%s)' % (want, texts))


# pasted with CR LF line ends (a Windows editor's save, a mail as RFC 5322
# sends it): the same transactions, read as the same format
def txs(path):
    recs = recs_of(path)
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

# a wrapper's at_share needs a body to look at
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'bad.json')
    open(path, 'w').write('{"format_version": 1, "name": "bad-share", "kind": "wrapper", "title": "t",\n'
                          ' "layer": "structural", "remove": "`", "at_share": 0.5,\n'
                          ' "samples": [{"line": "`x`", "body": "x"}]}\n')
    r = ck.run('formats', '--format-def', path)
    err = r.stderr.decode()
    if r.returncode != 2 or 'at_share' not in err or 'bad.json:2:' not in err:
        ck.error('at_share without a body: exit %d, %r' % (r.returncode, err))
sys.exit(ck.fail)
