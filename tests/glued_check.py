#!/usr/bin/env python3
"""Replies a tool glues into one line or marks in its own way (WNC's
WncController TX: / RX:, the older WNC example's Send: <<cmd>> / [reply],
Sixfab atcom -v's reversed arrows), on fixtures written from the tools'
sources (tests/data/glued/README.md cites each): every transaction exact
(its line, command, final and responses), the URCs and the format, and the
same records whole, a byte at a time and in random pieces.

usage: glued_check.py ATSCOPE SRCDIR"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/glued/'

# file: (format, extra options, [(line, command, final, [responses])], [(line, urc)])
GITLAB = 'ansi > shell-at-tool'
TYPESCRIPT = 'screen-escapes > shell-at-tool'

EXPECT = {
    # the reply's lines glued (mdmGetline keeps isprint bytes only): the
    # final a suffix, the echo of the command just sent split off
    'wnc-txrx-glued.log': ('wnc-controller', [], [
        (3, 'AT', 'OK', []),
        (5, 'AT+CSQ', 'OK', ['+CSQ: 19,99']),
        (7, 'AT+CGMR', 'OK', ['NQ_MPSS_IMA3_v10.58.174043']),
        (9, 'AT@SOCKCREAT=1', 'OK', ['@SOCKCREAT:1']),
        (11, 'AT+CREG?', None, ['+CREG: 0,']),
        (14, 'AT+CFUN=1', 'ERROR', []),
        (16, 'AT+CEREG?', 'OK', ['+CEREG: 2,1,"1A2B","01A2B3C4",7']),
    ], []),
    # at_reinitialize_mdm(): the poll's '\rWaiting <n>' pieces, each with
    # its own '[*] <ms> ' prefix, on one line: host-log, no transaction
    'wnc-reinit.log': ('wnc-controller', [], [
        (1, 'AT@DMREBOOT', 'OK', []),
        (7, 'ATE0', 'OK', []),
    ], []),
    'wnc-send-brackets.log': ('wnc-controller', [], [
        (2, 'AT', 'OK', []),
        (4, 'AT%CCID', 'OK', ['%CCID:89011703278101230001']),
        (6, 'AT@SOCKCONN=1,"10.1.2.3",80', '@EXTERR:1', []),
        (10, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (12, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        # the library's 'No response from WNC!' (line 16): its give-up
        (15, 'AT@DNSRESVDON="example.com"', None, []),
        (17, 'AT+CREG?', '+CME ERROR: 30', []),
    ], []),
    # Sixfab atcom -v: '<  ' the modem's echo, '>  ' every reply line; a
    # port never opened is no transaction, a timeout one without a final
    'atcom-verbose.log': ('shell-at-tool', [], [
        (1, 'AT+QCFG="band"', 'OK', ['+QCFG: "band",0x93,0x80800c5,0x0']),
        (10, 'AT+CPIN?', '+CME ERROR: 10', []),
        (19, 'AT+COPS=?', None, []),
        (22, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
    ], []),
    # pasted with the trailing blanks trimmed: a blank reply line is '>'
    'atcom-trimmed.log': ('shell-at-tool', [], [
        (1, 'AT+QCFG="band"', 'OK', ['+QCFG: "band",0x93,0x80800c5,0x0']),
        (10, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], []),
    'atcom-gitlab-ci.log': (GITLAB, [], [
        (4, 'AT+CSQ', 'OK', ['+CSQ: 21,99']),
        (13, 'AT+CGATT=1', 'ERROR', []),
    ], []),
    # the job fails when no port is found: GitLab's own ERROR line is no final
    'atcom-gitlab-no-port.log': (GITLAB, [], [], []),
    'atcom-typescript.log': (TYPESCRIPT, [], [
        (2, 'AT+CGMR', 'OK', ['EG25GGBR07A08M2G']),
        (11, 'AT+QENG="servingcell"', '+CME ERROR: 58', []),
    ], []),
    # a generic TX: / RX: trace keeps its lines as printed: 'BROOK' ends in
    # OK and is no glued final
    'txrx-not-glued.log': ('generic-txrx', [], [
        (1, 'AT+COPS?', 'OK', ['+COPS: 0,0,"BROOK"']),
        (4, 'AT+CGMR', 'OK', ['BG96MAR02A07M1G']),
    ], []),
}

sys.exit(Checker(BIN).table(DIR, EXPECT))
