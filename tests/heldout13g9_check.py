#!/usr/bin/env python3
"""Held-out batch 13's class G9 (helper g9), on fixtures written from the
manuals' syntax and the drivers' source (tests/data/heldout13g9/README.md
cites each): Sierra HL78 K* data after CONNECT up to --EOF--Pattern--, a
dial's CONNECT <rate>, M95's CLOSE OK, counted blocks (SIMCom +CIPRXGET: 2,
Quectel +QIRD) whose bytes hold lines that read as finals and commands.
Every transaction exact (line, command, final, responses), the URCs, the
payloads and received data, the format, and the same records whole, a byte
at a time and in random pieces.

usage: heldout13g9_check.py ATSCOPE SRCDIR"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout13g9/'

# file: (format, options, [(line, command, final, [responses])], [(line, urc)])
EXPECT = {
    # HL78: CONNECT prompts for the data, which ends at the EOF pattern, then
    # OK; CONNECT announces AT+KTCPRCV's data (at most <ndata> bytes), which
    # ends at the pattern, then OK; lines inside read as a final and a command
    'hl78-ktcp.log': ('raw', [], [
        (1, 'AT+CGMM', 'OK', ['HL7800']),
        (4, 'AT+KTCPCFG=1,0,"198.51.100.7",5000', 'OK', ['+KTCPCFG: 1']),
        (7, 'AT+KTCPCNX=1', 'OK', []),
        (10, 'AT+KTCPSND=1,30', 'OK', []),
        (19, 'AT+KTCPRCV=1,1500', 'OK', ['CONNECT']),
        (27, 'AT+KUDPCFG=1,0', 'OK', ['+KUDPCFG: 2']),
        (30, 'AT+KUDPSND=2,"198.51.100.7",5000,5', 'OK', []),
        (34, 'AT+KTCPCLOSE=1,1', 'OK', []),
        (36, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
    ], [(18, '+KTCP_DATA: 1,39')]),  # +KTCP_IND: 1,1 (line 9) completes AT+KTCPCNX
    # Zephyr's driver at debug level: CONNECT logged, the data and the
    # pattern written or read unlogged, sock_read()'s "Sock 1 RX done" the
    # OK it read itself
    'zephyr-hl7800-ktcp.log': ('zephyr-hl7800', [], [
        (2, 'AT+KTCPCNX=1', 'OK', []),
        (4, 'AT+KTCPSND=1,5', 'OK', []),
        (8, 'AT+KTCPRCV=1,5', 'OK', ['CONNECT']),
        (12, 'AT+CSQ', 'OK', []),
    ], []),
    # AT+KTCPSTART's CONNECT is V.250's: direct data flow up to +++ and OK
    'hl78-ktcpstart.log': ('raw', [], [
        (1, 'AT+CGMM', 'OK', ['HL7800']),
        (4, 'AT+KTCPCFG=1,0,"198.51.100.7",5000', 'OK', ['+KTCPCFG: 1']),
        (7, 'AT+KTCPSTART=1', 'CONNECT', []),
        (13, 'AT+KTCPCLOSE=1,1', 'OK', []),
    ], []),
    # a dial's CONNECT with a rate is its final, and data mode follows
    'dial-connect-rate.log': ('raw', [], [
        (1, 'AT+CGDCONT=1,"IP","internet"', 'OK', []),
        (3, 'ATD*99#', 'CONNECT 150000000', []),
        (7, 'AT', 'OK', []),
    ], []),
    'esp-modem-connect-rate.log': ('esp-modem', [], [
        (2, 'AT+CGDCONT=1,"IP","internet"', 'OK', []),
        (9, 'ATD*99#', 'CONNECT 150000000', []),
    ], []),
    # M95: CLOSE OK and DEACT OK end AT+QICLOSE and AT+QIDEACT (the execute
    # forms name the family in a short capture)
    'm95-qiclose.log': ('raw', [], [
        (1, 'AT+QIOPEN="TCP","198.51.100.7",80', 'OK', []),
        (4, 'AT+QISEND=5', 'SEND OK', []),
        (7, 'AT+QICLOSE', 'CLOSE OK', []),
        (9, 'AT+QIDEACT', 'DEACT OK', []),
        (11, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
    ], []),
    # SIMCom manual receive: the count's bytes, an OK and a command line in
    # them, then the OK; the hex form is an answer line
    'sim800-ciprxget.log': ('raw', [], [
        (1, 'AT+CIPRXGET=1', 'OK', []),
        (3, 'AT+CIPSTART="TCP","198.51.100.7",80', 'OK', []),
        (7, 'AT+CIPRXGET=2,19', 'OK', ['+CIPRXGET: 2,19,0']),
        (13, 'AT+CIPRXGET=3,4', 'OK', ['+CIPRXGET: 3,4,0', '4F4B0D0A']),
        (17, 'AT+CIPRXGET=4', 'OK', ['+CIPRXGET: 4,0']),
        (20, 'AT+CIPCLOSE', 'CLOSE OK', []),
    ], [(6, '+CIPRXGET: 1')]),
    'sim800-ciprxget-multi.log': ('raw', [], [
        (1, 'AT+CIPMUX=1', 'OK', []),
        (3, 'AT+CIPRXGET=1', 'OK', []),
        (5, 'AT+CIPSTART=0,"TCP","198.51.100.7",80', 'OK', []),
        (9, 'AT+CIPRXGET=2,0,12', 'OK', ['+CIPRXGET: 2,0,12,0']),
        (15, 'AT+CIPCLOSE=0', '0, CLOSE OK', []),
    ], [(8, '+CIPRXGET: 1,0')]),
    # the log holds fewer bytes than the count: the block ends before the
    # final that follows them, with a note, and the next command is one
    'sim7600-ciprxget-short.log': ('raw', ['-p', 'simcom-sim7600'], [
        (1, 'AT+CIPRXGET=2,0,12', 'OK', ['+CIPRXGET: 2,0,12,0']),
        (5, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
    ], []),
    'bg96-qird.log': ('raw', [], [
        (1, 'AT+QIOPEN=1,0,"TCP","198.51.100.7",80,0,0', 'OK', []),
        (5, 'AT+QIRD=0,1500', 'OK', ['+QIRD: 16']),
        (10, 'AT+QICLOSE=0', 'OK', []),
    ], [(4, '+QIURC: "recv",0')]),
}

# the payloads sent and the data received: file -> [(command line, declared,
# bytes, end, preview)], [(line, preview)], the notes
PAYLOADS = {
    'hl78-ktcp.log': ([(10, 30, 30, 'mark', 'GET / HTTP/1.0\r\nOK\r\nAT+CSQ\r\n\r\n--EOF--Pattern--'),
                       (30, 5, 5, 'mark', 'hello--EOF--Pattern--')],
                      [(21, 'HTTP/1.0 200 OK\r\n\r\nOK\r\nAT+KTCPCLOSE=1\r\n--EOF--Pattern--')], []),
    'sim800-ciprxget.log': ([], [(9, 'OK\r\nAT+CIPSEND\r\nbye')], []),
    'sim800-ciprxget-multi.log': ([], [(11, 'OK\r\nAT+CSQ\r\n')], []),
    'sim7600-ciprxget-short.log': ([], [(3, 'hi\r\n')],
                                   [(4, 'atscope: counted block shorter than its count: a command line ends it')]),
    'bg96-qird.log': ([], [(7, 'AT+QICLOSE=0\r\nOK')], []),
    'hl78-ktcpstart.log': ([], [], []),
}

# the profile each is read under (auto, unless the options say)
PROFILES = {'hl78-ktcp.log': 'sierra-hl78', 'zephyr-hl7800-ktcp.log': 'sierra-hl78', 'hl78-ktcpstart.log': 'sierra-hl78',
            'm95-qiclose.log': 'quectel-m95', 'sim800-ciprxget.log': 'simcom-sim800',
            'sim800-ciprxget-multi.log': 'simcom-sim800', 'bg96-qird.log': 'quectel-bg96'}

ck = Checker(BIN)
ck.table(DIR, EXPECT)
for name, (want_pay, want_data, want_notes) in PAYLOADS.items():
    opts = EXPECT[name][1]
    recs = [json.loads(l) for l in ck.parse(DIR + name, *opts).decode('utf-8', 'replace').splitlines()
            if l.strip()]
    pay = [(r['line'], r['payload'].get('declared'), r['payload']['bytes'], r['payload']['end'],
            r['payload']['preview']) for r in recs if r['kind'] == 'transaction' and 'payload' in r]
    if sorted(pay) != sorted(want_pay):
        ck.error('%s: payloads\n  got  %s\n  want %s' % (name, pay, want_pay))
    data = [(r['line'], r['preview']) for r in recs if r['kind'] == 'data' and r.get('mode') == 'received']
    if data != want_data:
        ck.error('%s: received data %s, want %s' % (name, data, want_data))
    notes = [(r['line'], r['text']) for r in recs if r['kind'] == 'annotation']
    if notes != want_notes:
        ck.error('%s: notes %s, want %s' % (name, notes, want_notes))
    bad = [r for r in recs if r['kind'] in ('unparsed', 'data') and r.get('mode') != 'received'
           and name != 'hl78-ktcpstart.log']
    if bad:
        ck.error('%s: records that are neither transactions nor received data: %s' % (name, bad))
for name, prof in PROFILES.items():
    first = json.loads(ck.parse(DIR + name).decode('utf-8', 'replace').splitlines()[0])
    if first.get('profile') != prof:
        ck.error('%s: profile %r, want %r' % (name, first.get('profile'), prof))
sys.exit(ck.fail)
