#!/usr/bin/env python3
"""Leftovers of earlier held-out batches (helper leftovers19), on
fixtures of our own (tests/data/leftovers19/README.md says what each was
written from):

- OpenWrt's atc protocol handler in logread and in a remote syslog file: the
  handler's own status lines ('Registered to  PLMN:24001 on LTE',
  ' searching -> registered - home network, ...', 'Activate session') are
  host-log records of the openwrt-atc rule that names them, never modem
  text; the modem's lines it echoes are the transactions. Before: an
  inferred template read them, two status lines were responses of
  AT+COPS=3,0;+COPS?;... and the rest unparsed. The L850's
  AT+CGDATA="M-RAW_IP" answers CONNECT and its data goes over NCM: the port
  stays a command port (fibocom-l8's data_elsewhere), so the reports and
  AT+CMGR after it are read (before: data mode up to the next OK alone).
- Neoway N58 FTP (N58 AT manual v2.0 chapter 10): each command ends with
  the line the manual gives it (+FTPSTATUS: ..., +FTPPUT: OK,<n>,
  +FTPGET: OK.total length is <n>, +FTPSIZE: File Not Found, ...),
  AT+FTPLOGIN completes with its +FTPLOGIN: report, AT+FTPPUT=...,<size>
  prompts for <size> bytes, +FTPGET: <len>,<data> carries <len> bytes.
  Before: 6 response-timeout errors and an orphan-response.
- Quectel's 5G and LTE-A modules (RM520N, RM500Q, RG500Q, EM12, ...) name
  themselves in ATI and AT+CGMM: identified as quectel-bg96, whose command
  set they share. Before: 3gpp ('too little evidence').

Every transaction, URC, host-log status line and finding exact; each fixture
read whole, a byte at a time and in random pieces.

usage: leftovers19_check.py ATSCOPE SRCDIR"""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/leftovers19/'

COPS = 'AT+COPS=3,0;+COPS?;+COPS=3,2;+COPS?'
SMS_PDU = '07916407058099F9040B916407952143F50000621270311504800441E19008'
CONTRDP = ('+CGCONTRDP: 0,5,"internet.mnc001.mcc240.gprs","10.64.1.2.255.255.255.0",'
           '"10.64.1.1","192.0.2.53","192.0.2.54"')

# file -> (layers, profile, transactions (line, command, final, responses),
#          URCs, host-log lines of the status rule, findings (line, rule))
EXPECT = {
    'atc-logread.log': ('openwrt-logread > openwrt-atc', 'fibocom-l8', [
        (11, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (15, 'AT+CFUN=1', 'OK', []),
        (24, COPS, 'OK', ['+COPS: 0,0,"",7', '+COPS: 0,2,"24001",7']),
        (30, 'AT+CGCONTRDP=0', 'OK', [CONTRDP]),
        (34, 'AT+XDATACHANNEL=1,1,"/USBCDC/0","/USBHS/NCM/0",2,0', 'OK', []),
        (36, 'AT+CGDATA="M-RAW_IP",0', 'CONNECT', []),
        (43, 'AT+CMGR=1', 'OK', ['+CMGR: 0,,24', SMS_PDU]),
        (48, 'AT+CMGD=1', 'OK', []),
    ], [(17, '+CEREG: 2'), (19, '+CEREG: 1,"1A2B","01A2B3C4",7'),
        (21, '+CEREG: 1,"1A2B","01A2B3C5",7'), (23, '+CGEV: ME PDN ACT 0'),
        (40, '+CEREG: 1,"1A2B","01A2B3C6",7'), (42, '+CMTI: "ME",1')],
        [2, 3, 4, 5, 10, 14, 18, 20, 22, 27, 28, 32, 41, 46], []),
    'atc-rsyslog.log': ('rsyslog-escapes > syslog > openwrt-atc', 'huawei-me909s', [
        (10, 'AT+CFUN=1', 'OK', []),
        (17, COPS, 'OK', ['+COPS: 0,0,"Telia",7', '+COPS: 0,2,"24001",7']),
        (23, 'AT^NDISDUP=1,1', 'OK', []),
    ], [(12, '+CEREG: 2'), (14, '+CEREG: 5,"012C","0A1B2C03",7'),
        (16, '^NWTIME: 26/12/07,06:40:07+04,00'),
        # (line 25's ^NDISSTAT: 1 is AT^NDISDUP's completion, no URC)
        (27, '+CEREG: 5,"012C","0A1B2C04",7')],
        [2, 3, 4, 8, 9, 13, 15, 20, 21, 26, 28], []),
    'n58-ftp.log': ('raw', 'neoway-n58', [
        (1, 'AT+CGMI', 'OK', ['Neoway']),
        (5, 'AT+CGMM', 'OK', ['N58']),
        (9, 'AT+XIIC=1', 'OK', []),
        (11, 'AT+XIIC?', 'OK', ['+XIIC:    1, 10.64.1.2']),
        (15, 'AT+FTPLOGIN=192.0.2.10,21,user1,wrongpwd', 'OK', []),
        (19, 'AT+FTPLOGIN=192.0.2.10,21,user1,pwd2009', 'OK', []),
        (23, 'AT+FTPSTATUS', '+FTPSTATUS: 1,192.0.2.10,21', []),
        (25, 'AT+FTPPUT=test.txt,1,1,10', '+FTPPUT: OK,10', []),
        (28, 'AT+FTPSIZE=test.txt', 'OK', ['+FTPSIZE: 10']),
        (32, 'AT+FTPGET=test.txt,1,1', '+FTPGET: OK.total length is 10', ['+FTPGET: 10,']),
        (37, 'AT+FTPGET=,1,2', 'OK', []),
        (46, 'AT+FTPGET=missing.txt,1,1', '+FTPGET: File Not Found', []),
        (48, 'AT+FTPSIZE=missing.txt', '+FTPSIZE: File Not Found', []),
        (50, 'AT+FTPPUT=test.txt,1,3,0', '+FTPPUT: Delete File OK', []),
        (52, 'AT+FTPLOGOUT', 'OK', ['+FTPLOGOUT: User logged out']),
        (56, 'AT+FTPLOGOUT', 'ERROR', ['+CME ERROR: INVALID SOCKET ID']),
    ], [(36, '+FTP: Server Data Link Disconnect'), (40, '+FTPGET: 92,'),
        (45, '+FTP: Server Data Link Disconnect')],
        [], [(46, 'command-failed'), (48, 'command-failed')]),
    'rm520n-id.log': ('raw', 'quectel-bg96', [
        (1, 'ATI', 'OK', ['Quectel', 'RM520N-GL', 'Revision: RM520NGLAAR01A07M4G']),
        (7, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (11, 'AT+CSQ', 'OK', ['+CSQ: 22,99']),
        (15, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Telia",13']),
        (19, 'AT+QNWPREFCG="nr5g_band"', 'ERROR', []),
    ], [], [], [(19, 'unknown-command')]),
}

# N58: what the async completions, the prompt's payload and the data blocks
# carry (line -> field -> value)
N58_TXN = {
    15: {'completion': 'failure'},
    19: {'completion': 'success'},
    25: {'payload': {'prompt_line': 26, 'declared': 10, 'bytes': 10, 'end': 'length',
                     'line': 26, 'preview': '1234567890'}},
    37: {'completion': 'success'},
}
# the bytes of each data record: the file's 10, the listing's 92 in its two lines
N58_DATA = [(33, 10), (40, 40), (41, 50)]

ck = Checker(BIN)
ck.prefetch((DIR + name, ()) for name in EXPECT)
for name, (fmt, profile, want_tx, want_urc, want_status, want_find) in EXPECT.items():
    path = DIR + name
    recs = ck.read(name, path, fmt)
    if recs is None:
        continue
    ck.expect_records(name, recs, want_tx, want_urc)
    status = [r['line'] for r in recs if r['kind'] == 'host-log' and r.get('source') == 'openwrt-atc: status']
    if status != want_status:
        ck.error('%s: status lines %s, want %s' % (name, status, want_status))
    unparsed = [(r['line'], r.get('reason')) for r in recs if r['kind'] == 'unparsed']
    rep = json.loads(ck.run('check', '--no-redact', '-f', 'json', path).stdout)
    got_profile = rep['inputs'][0]['profile']
    if got_profile != profile:
        ck.error('%s: profile %s, want %s' % (name, got_profile, profile))
    finds = [(v['line'], v['rule']) for v in rep.get('violations', [])]
    if finds != want_find:
        ck.error('%s: findings\n  got  %s\n  want %s' % (name, finds, want_find))
    if name == 'n58-ftp.log':
        if unparsed:
            ck.error('%s: unparsed %s, want none' % (name, unparsed))
        by_line = {r['line']: r for r in recs if r['kind'] == 'transaction'}
        for line, fields in N58_TXN.items():
            for k, v in fields.items():
                if by_line.get(line, {}).get(k) != v:
                    ck.error('%s:%d: %s %r, want %r' % (name, line, k, by_line.get(line, {}).get(k), v))
        data = [(r['line'], r['bytes']['unknown']) for r in recs if r['kind'] == 'data']
        if data != N58_DATA:
            ck.error('%s: data %s, want %s' % (name, data, N58_DATA))

# Each model answer of the family (ATI's second line, AT+CGMM's) names the
# profile alone, with nothing else in the capture; a Sierra EM7455 names
# Sierra's own (sierra-em, not Quectel's EM12/EM120), a Quectel model of
# another family none.
MODELS = {'RM500Q-GL': 'quectel-bg96', 'RM502Q-AE': 'quectel-bg96', 'RM505Q-AE': 'quectel-bg96',
          'RM510Q-GL': 'quectel-bg96', 'RG500Q-EA': 'quectel-bg96', 'RG502Q-EA': 'quectel-bg96',
          'RM520N-GL': 'quectel-bg96', 'RM530N-GL': 'quectel-bg96', 'RG520N-EB': 'quectel-bg96',
          'EM12-G': 'quectel-bg96', 'EM120R-GL': 'quectel-bg96', 'EM060K-GL': 'quectel-bg96',
          'EP06-E': 'quectel-bg96', 'EG18-EA': 'quectel-bg96',
          'EM7455': 'sierra-em', 'RM500U-CN': '3gpp'}
with tempfile.TemporaryDirectory() as tmp:
    for model, want in MODELS.items():
        p = os.path.join(tmp, 'cgmm.log')
        with open(p, 'wb') as f:
            f.write(('AT+CGMM\r\n%s\r\n\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,99\r\n\r\nOK\r\n' % model).encode())
        rep = json.loads(ck.run('check', '-f', 'json', p).stdout)
        got = rep['inputs'][0]['profile']
        if got != want:
            ck.error('AT+CGMM answering %s: profile %s, want %s' % (model, got, want))
# fibocom-l8's AT+CGDATA="M-RAW_IP": CONNECT is its final and the port stays
# a command port (the next command is one); AT+CGDATA="PPP" still enters data
# mode (the PPP frames, then NO CARRIER)
XMM = ('AT+CGMM\r\nL850 LTE Module\r\n\r\nOK\r\n'
       'AT+XDATACHANNEL=1,1,"/USBCDC/0","/USBHS/NCM/0",2,0\r\n\r\nOK\r\n'
       'AT+CGDATA="%s",0\r\n\r\nCONNECT\r\n%s'
       'AT+CSQ\r\n\r\n+CSQ: 20,99\r\n\r\nOK\r\n')
for mode, mid, want in (
        ('M-RAW_IP', '', [(1, 'AT+CGMM', 'OK'), (5, 'AT+XDATACHANNEL=1,1,"/USBCDC/0","/USBHS/NCM/0",2,0', 'OK'),
                          (8, 'AT+CGDATA="M-RAW_IP",0', 'CONNECT'), (11, 'AT+CSQ', 'OK')]),
        ('PPP', '~\xff}#\xc0!~\r\nNO CARRIER\r\n',
         [(1, 'AT+CGMM', 'OK'), (5, 'AT+XDATACHANNEL=1,1,"/USBCDC/0","/USBHS/NCM/0",2,0', 'OK'),
          (8, 'AT+CGDATA="PPP",0', 'CONNECT'), (13, 'AT+CSQ', 'OK')])):
    with tempfile.TemporaryDirectory() as tmp:
        p = os.path.join(tmp, 'xmm.log')
        with open(p, 'wb') as f:
            f.write((XMM % (mode, mid)).encode('latin-1'))
        recs = ck.read('xmm ' + mode, p, 'raw')
        if recs is None:
            continue
        got = [(r['line'], r['command'], r.get('final')) for r in recs if r['kind'] == 'transaction']
        if got != want:
            ck.error('AT+CGDATA="%s": transactions\n  got  %s\n  want %s' % (mode, got, want))
        data = [r['line'] for r in recs if r['kind'] == 'data']
        if data != ([] if mode == 'M-RAW_IP' else [11]):
            ck.error('AT+CGDATA="%s": data records at %s' % (mode, data))
        if recs[0].get('profile') != 'fibocom-l8':
            ck.error('AT+CGDATA="%s": profile %s' % (mode, recs[0].get('profile')))
sys.exit(ck.fail)
