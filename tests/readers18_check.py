#!/usr/bin/env python3
"""Pasted shapes of helper readers18 (tests/data/readers18/, README.md there
cites each tool's source): every transaction exact (line, command, final,
responses), the URCs, the format and layers, the same records whole, a byte
at a time and in random pieces; each pasted fixture reads as its plain
rendering (the same commands, finals, responses and URCs, lines aside).

usage: readers18_check.py ATSCOPE SRCDIR"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/readers18/'

SMS = ('+CMGR: "REC UNREAD","+491701234567",,"26/12/06,21:40:09+04"',
       'Your parcel 4711 is on its way and will be delivered tomorrow between 9 and 13 hours')
CUSD = '+CUSD: 0,"Your balance is 12.34 EUR. Valid until 31.12.2026. Dial *101# for offers",15'

NRF_TX = [
    (1, 'AT+CFUN?', 'OK', ['+CFUN: 1']),
    (4, 'AT+CMGF=0', 'OK', []),
    (6, 'AT+CMGS=21', 'OK', ['+CMGS: 7']),
    (10, 'AT#XSEND', 'OK', []),
    (14, 'AT+CEREG?', 'OK', ['+CEREG: 0,1,"0A1B","0123ABCD",7']),
]
NRF_URC = [(13, '#XDATAMODE: 0')]

def MM_TX(a, b, c, d):
    return [(a, 'AT+CSQ', 'OK', ['+CSQ: 19,99']),
            (b, 'AT+CGDCONT=1,"IP","iot.example"', 'OK', []),
            (c, 'AT+COPS=3,2;+COPS?', 'OK', ['+COPS: 0,2,"26202",7']),
            (d, 'AT+CGACT=1,1', '+CME ERROR: 30', [])]


# file: (format, options, [(line, command, final, [responses])], [(line, urc)])
EXPECT = {
    # 1. chan_dongle on the Asterisk console, copied from a terminal that
    # wraps at 80 and 120 columns (and the console's copy without its CRs)
    'dongle-wrap.plain.log': ('chan-dongle', [], [
        (2, 'AT+CGMI', 'OK', ['huawei']),
        (11, 'AT+CMGF=1', 'OK', []),
        (18, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Vodafone.de Vodafone GmbH",7']),
        (29, 'AT+CMGR=3', 'OK', list(SMS)),
        (39, 'AT+CUSD=1,"*100#",15', 'OK', []),
        (50, 'AT+CSQ', 'OK', ['+CSQ: 18,99']),
    ], [(46, CUSD)]),
    'dongle-wrap80.log': ('chan-dongle', [], [
        (3, 'AT+CGMI', 'OK', ['huawei']),
        (15, 'AT+CMGF=1', 'OK', []),
        (25, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Vodafone.de Vodafone GmbH",7']),
        (41, 'AT+CMGR=3', 'OK', list(SMS)),
        (55, 'AT+CUSD=1,"*100#",15', 'OK', []),
        (71, 'AT+CSQ', 'OK', ['+CSQ: 18,99']),
    ], [(65, CUSD)]),
    'dongle-wrap120.log': ('chan-dongle', [], [
        (2, 'AT+CGMI', 'OK', ['huawei']),
        (12, 'AT+CMGF=1', 'OK', []),
        (20, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Vodafone.de Vodafone GmbH",7']),
        (32, 'AT+CMGR=3', 'OK', list(SMS)),
        (44, 'AT+CUSD=1,"*100#",15', 'OK', []),
        (56, 'AT+CSQ', 'OK', ['+CSQ: 18,99']),
    ], [(52, CUSD)]),
    # 2. a Kibana search's response copied as JSON (Inspect > Response):
    # _source.message holds ModemManager's lines, newest first (read last
    # first by the "@timestamp" lines' times) and oldest first
    'kibana-json.plain.log': ('modemmanager', [], [
        (1, 'AT+CGMM', 'OK', ['EG25']),
        (3, 'AT+QCFG="usbnet"', 'OK', ['+QCFG: "usbnet",0']),
        (5, 'AT+CGDCONT=1,"IP","iot.example"', 'OK', []),
        (7, 'AT+CEREG?', 'OK', ['+CEREG: 0,5']),
        (9, 'AT+CGACT=1,1', '+CME ERROR: 30', []),
    ], []),
    'kibana-json-inspect.json': ('indent > kibana-json > modemmanager', [], [
        (338, 'AT+CGMM', 'OK', ['EG25']),
        (272, 'AT+QCFG="usbnet"', 'OK', ['+QCFG: "usbnet",0']),
        (206, 'AT+CGDCONT=1,"IP","iot.example"', 'OK', []),
        (140, 'AT+CEREG?', 'OK', ['+CEREG: 0,5']),
        (74, 'AT+CGACT=1,1', '+CME ERROR: 30', []),
    ], []),
    'kibana-json-oldest.json': ('indent > kibana-json > modemmanager', [], [
        (40, 'AT+CGMM', 'OK', ['EG25']),
        (106, 'AT+QCFG="usbnet"', 'OK', ['+QCFG: "usbnet",0']),
        (172, 'AT+CGDCONT=1,"IP","iot.example"', 'OK', []),
        (238, 'AT+CEREG?', 'OK', ['+CEREG: 0,5']),
        (304, 'AT+CGACT=1,1', '+CME ERROR: 30', []),
    ], []),
    # ... and Kibana's CSV report whose message cells hold line ends
    # (RFC 4180 quoted newlines): chan_dongle's reads through journald,
    # newest first and oldest first
    'kibana-csv-lines.plain.log': ('chan-dongle', [], [
        (2, 'AT+CSQ', 'OK', ['+CSQ: 18,99']),
        (10, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Vodafone.de",7']),
        (18, 'AT+CPMS?', '+CMS ERROR: 310', []),
    ], []),
    'kibana-csv-lines.csv': ('kibana-csv > chan-dongle', [], [
        (22, 'AT+CSQ', 'OK', ['+CSQ: 18,99']),
        (14, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Vodafone.de",7']),
        (6, 'AT+CPMS?', '+CMS ERROR: 310', []),
    ], []),
    'kibana-csv-lines-oldest.csv': ('kibana-csv > chan-dongle', [], [
        (3, 'AT+CSQ', 'OK', ['+CSQ: 18,99']),
        (11, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Vodafone.de",7']),
        (19, 'AT+CPMS?', '+CMS ERROR: 310', []),
    ], []),
    # 3. nRF Connect Serial Terminal: '> > data', the line typed after the
    # modem's prompt written on its row (an SMS PDU, the SLM's data mode)
    'nrf-prompt-data.log': ('nrf-serial-terminal', [], NRF_TX, NRF_URC),
    'nrf-prompt-data-ansi.log': ('ansi > nrf-serial-terminal', [], NRF_TX, NRF_URC),
    # 6. an Mbed trace (<cr> <ln> tokens) whose text holds a literal \n \r
    # (a path in an SMS, in a read with <CR> <LF> tokens in capitals): text,
    # no line end; a token split across two reads is one line end
    'mbed-literal-escapes.log': ('mbed-trace', [], [
        (1, 'AT+CMGF=1', 'OK', []),
        (4, 'AT+CMGS="+4915123456"', 'OK', ['+CMGS: 12']),
        (10, 'AT+CMGR=3', 'OK', ['+CMGR: "REC READ","+4915123456",,"26/12/06,21:40:09+04"',
                                 'log C:\\new\\rx.txt saved']),
        (14, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
    ], []),
    'mbed-split-token.log': ('mbed-trace', [], [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (5, 'AT+CGMR', 'OK', ['BG96MAR02A07M1G']),
        (9, 'AT+QGMR<', 'ERROR', []),
    ], []),
    # 4. a ModemManager journal quoted in a mail's reply, then wrapped (the
    # rests without the quote): read as the journal unwrapped
    'mm-quote-wrap.plain.log': ('modemmanager', [], MM_TX(2, 4, 6, 8), []),
    'mm-quote-wrap72.log': ('modemmanager', [], MM_TX(3, 7, 11, 15), []),
    'mm-quote-wrap76.log': ('modemmanager', [], MM_TX(3, 7, 11, 15), []),
}

# pasted fixture: the plain rendering it must read as (lines aside)
SAME_AS = {
    'dongle-wrap80.log': 'dongle-wrap.plain.log',
    'dongle-wrap120.log': 'dongle-wrap.plain.log',
    'kibana-json-inspect.json': 'kibana-json.plain.log',
    'kibana-json-oldest.json': 'kibana-json.plain.log',
    'kibana-csv-lines.csv': 'kibana-csv-lines.plain.log',
    'kibana-csv-lines-oldest.csv': 'kibana-csv-lines.plain.log',
    'mm-quote-wrap72.log': 'mm-quote-wrap.plain.log',
    'mm-quote-wrap76.log': 'mm-quote-wrap.plain.log',
}

# logs that must read no transaction
NEGATIVE = ['neg-kibana-json-web.json']


def content(path):
    recs = [json.loads(l) for l in ck.parse(path).decode('utf-8', 'replace').splitlines()]
    return ([(r['command'], r.get('final'), [x['text'] for x in r.get('responses', [])])
             for r in recs if r['kind'] == 'transaction'],
            [r['text'] for r in recs if r['kind'] == 'urc'])


ck = Checker(BIN)
ck.table(DIR, EXPECT)
for name, plain in SAME_AS.items():
    if content(DIR + name) != content(DIR + plain):
        ck.error('%s: reads otherwise than %s' % (name, plain))
# newest-first exports say so, and are read last row first
for name in ('kibana-json-inspect.json', 'kibana-csv-lines.csv'):
    first = json.loads(ck.parse(DIR + name).decode('utf-8', 'replace').splitlines()[0])
    if 'newest first' not in first.get('format_reason', ''):
        ck.error('%s: not read as newest first: %s' % (name, first.get('format_reason')))
# the data typed after the prompt is payload: the SMS command's, the data
# mode's stretch; never a command, a modem line or text left unread
for name in ('nrf-prompt-data.log', 'nrf-prompt-data-ansi.log'):
    recs = [json.loads(l) for l in ck.parse(DIR + name).decode('utf-8', 'replace').splitlines()]
    cmgs = [r for r in recs if r['kind'] == 'transaction' and r['command'] == 'AT+CMGS=21']
    if not cmgs or cmgs[0].get('payload', {}).get('line') != 7 or \
            'F80000094F33D8BD0E8A0100' not in cmgs[0]['payload'].get('preview', ''):
        ck.error('%s: the PDU is not AT+CMGS=21\'s payload: %s' % (name, cmgs))
    data = [(r['line'], r['preview']) for r in recs if r['kind'] == 'data']
    if len(data) != 1 or data[0][0] != 12 or 'hello from the SLM' not in data[0][1]:
        ck.error('%s: data mode stretches %s' % (name, data))
    left = [(r['line'], r['reason']) for r in recs if r['kind'] == 'unparsed']
    if left:
        ck.error('%s: unparsed %s' % (name, left))
# the SMS text with its backslashes is the payload, 23 bytes as printed
recs = [json.loads(l) for l in ck.parse(DIR + 'mbed-literal-escapes.log').decode().splitlines()]
pl = [r.get('payload') for r in recs if r['kind'] == 'transaction' and r['line'] == 4]
if not pl or not pl[0] or pl[0].get('bytes') != 23 or pl[0].get('preview') != 'log C:\\new\\rx.txt saved':
    ck.error('mbed-literal-escapes.log: the SMS payload is %s' % pl)
for name in ('mm-quote-wrap72.log', 'mm-quote-wrap76.log'):
    out = ck.parse(DIR + name).decode('utf-8', 'replace')
    if '"kind":"unparsed"' in out:
        ck.error('%s: lines left unparsed' % name)
for name in NEGATIVE:
    out = ck.parse(DIR + name).decode('utf-8', 'replace')
    if '"kind":"transaction"' in out:
        ck.error('%s: a negative reads a transaction' % name)
sys.exit(ck.fail)
