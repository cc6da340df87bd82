#!/usr/bin/env python3
"""Held-out batch 7's miss classes, on fixtures written from the tools'
sources (tests/data/heldout7/README.md cites each): every transaction
exact (its line, command, final and responses), the URCs and the format,
and the same records whole, a byte at a time and in random pieces.

usage: heldout7_check.py ATSCOPE SRCDIR"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout7/'

# file: (format, extra options, [(line, command, final, [responses])], [(line, urc)])
EXPECT = {
    # C1: the final only in FreeRTOS-Cellular-Interface's verdict lines
    'freertos-verdict.log': ('freertos-cellular', ['-p', 'quectel-bg96'], [
        (2, 'ATE0', 'OK', []),
        (6, 'AT+CGSN', 'OK', ['354012115566778']),
        (11, 'AT+CPIN?', '+CME ERROR: 13', []),
        (16, 'AT+QISEND=0,5', 'SEND OK', []),
        (23, 'AT+COPS?', None, []),
        (26, 'AT+CSQ', 'OK', ['+CSQ: 21,99']),
    ], [(13, '+CEREG: 5')]),
    'freertos-verdict-winsim.log': ('line-numbers > freertos-cellular', [], [
        (1, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (5, 'AT+CGATT=1', 'ERROR', []),
    ], []),
    'freertos-verdict-funcname.log': ('freertos-cellular', [], [
        (1, 'AT+COPS=1,2,"26201"', '+CME ERROR: 30', []),
        (3, 'AT+CSQ', 'OK', ['+CSQ: 9,99']),
    ], []),
    'freertos-verdict-iotlog.log': ('freertos-cellular', [], [
        (1, 'AT+QIACT=1', 'OK', []),
        (4, 'AT+CGMR', 'OK', ['BG96MAR02A07M1G']),
    ], []),
    # C2: two RIL channels (writer and reader threads each) interleaved
    'ril-two-channels-brief.log': ('generic-gtlt', [], [
        (1, 'AT+CREG?', 'OK', ['+CREG: 2,1,"1F2A","0B3C11"']),
        (3, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (7, 'AT+COPS?', 'OK', ['+COPS: 0,2,"26201",7']),
        (8, 'AT+CGREG?', 'OK', ['+CGREG: 2,1,"1F2A","0B3C11",7']),
        (13, 'AT+CGATT=1', 'ERROR', []),
    ], []),
    'ril-two-channels-threadtime.log': ('generic-gtlt', [], [
        (1, 'AT+CREG?', 'OK', ['+CREG: 2,1,"1F2A","0B3C11"']),
        (3, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (7, 'AT+CGDCONT?', 'OK', ['+CGDCONT: 1,"IP","internet","0.0.0.0",0,0']),
        (8, 'AT+CIMI', 'OK', ['262011234567890']),
    ], []),
    'ril-two-channels-both-waiting.log': ('generic-gtlt', [], [
        (1, 'AT+CREG?', 'OK', ['+CREG: 2,1,"1F2A","0B3C11"']),
        (2, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (7, 'AT+COPS?', 'OK', ['+COPS: 0,2,"26201",7']),
        (8, 'AT+CGATT?', 'OK', ['+CGATT: 1']),
    ], []),
    'ril-one-thread-threadtime.log': ('generic-gtlt', [], [
        (1, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (4, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (5, 'AT+CGSN', 'OK', ['354012115566778']),
    ], []),
    # C3: ATCmdParser never logs the payload write() sends after a prompt
    'atcmdparser-send-timeout.log': ('atcmdparser', ['-p', 'espressif-at'], [
        (1, 'AT+CIPSTART=1,"TCP","203.0.113.10",7', 'OK', []),
        (7, 'AT+CIPSEND=1,4', None, ['OK']),
        (15, 'AT+CIPCLOSE=1', 'OK', []),
        (21, 'AT+CIPSEND=0,5', 'SEND OK', ['OK']),
    ], [(4, '1,CONNECT'), (18, '1,CLOSED'), (29, 'Recv 5 bytes')]),
    # C4: a bare command with no answer (the module rebooting), sent again;
    # a host that logs its command and then the modem's echo stays one
    'terminal-reboot-resend.log': ('tsline', [], [
        (1, 'AT+CGMR', 'OK', ['EG25GGBR07A08M2G']),
        (5, 'AT+CFUN=1,1', 'OK', []),
        (8, 'AT', None, []),
        (9, 'AT', 'OK', []),
        (11, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
    ], []),
    'terminal-reboot-excerpt.log': ('tsline', [], [
        (1, 'AT+CFUN=16', None, []),
        (3, 'AT', None, []),
        (4, 'AT', 'OK', []),
    ], []),
    'terminal-resend-plain.log': ('raw', [], [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 21,99']),
        (5, 'AT+CFUN=1,1', 'OK', []),
        (7, 'AT', None, []),
        (8, 'AT', 'OK', []),
        (10, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
    ], []),
    'host-log-first-unanswered.log': ('raw', [], [
        (1, 'ATZ', None, []),
        (2, 'AT+CSQ', 'OK', ['+CSQ: 21,99']),
        (7, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
    ], []),
    'host-log-and-echo.log': ('raw', [], [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 21,99']),
        (6, 'AT', 'OK', []),
        (9, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
    ], []),
    # C5: a URC first in the read, then the echo of the command just written
    'micropython-urc-before-echo.log': ('python-bytes', [], [
        (5, 'ATE1', 'OK', []),
        (9, 'AT+CSQ', 'OK', ['+CSQ: 21,99']),
        (13, 'AT+CEREG?', 'OK', ['+CEREG: 2,5,"1A2B","01C4D3E5",7']),
        (17, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Example Mobile",7']),
    ], [(12, '+CEREG: 5'), (16, '+CEREG: 1,"1A2B","01C4D3E5",7')]),
    'micropython-boot-lines-before-echo.log': ('python-bytes', [], [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 21,99']),
    ], [(4, 'RDY'), (4, '+CFUN: 1')]),
    'txrx-line-before-echo.log': ('generic-txrx', [], [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 21,99']),
        (6, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
    ], [(2, 'RDY')]),
}

sys.exit(Checker(BIN).table(DIR, EXPECT))
