#!/usr/bin/env python3
"""Held-out batch 12's miss classes F1-F5 (helper batch12a), on fixtures
written from the tools' sources and format strings (tests/data/heldout12a/
README.md cites each): every transaction exact (line, command, final,
responses), the URCs, the format and layers, and the same records whole, a
byte at a time and in random pieces; the negatives read no transaction.

usage: heldout12a_check.py ATSCOPE SRCDIR"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout12a/'

# file: (format, options, [(line, command, final, [responses])], [(line, urc)])
EXPECT = {
    # F1: the line end shown as a token the definition's decoder did not know
    'mbed-bracket-cr.log': ('mbed-trace', [], [
        (2, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (4, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (6, 'AT+CEREG?', 'OK', ['+CEREG: 0,2']),
        (9, 'AT+CGATT=1', 'ERROR', []),
    ], [(8, '+CEREG: 5,"2F1C","0A8B3C01",8')]),
    'mbed-backslash.log': ('mbed-trace', [], [
        (1, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (3, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (5, 'AT+CEREG?', 'OK', ['+CEREG: 0,5']),
    ], []),
    'txrx-braces.log': ('generic-txrx', [], [
        (1, 'AT', 'OK', []),
        (3, 'AT+CSQ', 'OK', ['+CSQ: 21,99']),
        (5, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Acme Mobile",7']),
        (7, 'AT+CGDCONT=1,"IP","internet"', 'OK', []),
    ], []),
    # any definition whose decoder takes text, C escapes or <cr> tokens
    # reads a bracketed CR / LF name as the byte
    'gtlt-braces.log': ('generic-gtlt', [], [
        (1, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (3, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (5, 'AT+CGATT=1', '+CME ERROR: 30', []),
    ], []),
    'espidf-txrx-brackets.log': ('generic-txrx', [], [
        (1, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (3, 'AT+CREG?', 'OK', ['+CREG: 0,5']),
        (5, 'AT+CGDCONT=1,"IP","internet"', 'OK', []),
    ], []),
    # a token nothing decodes: each write that opens a command line, and
    # each read with a line in it, ends the command line left open (the
    # token stays in the command's text: it is not known to be a CR)
    'mbed-unknown-token.log': ('mbed-trace', [], [
        (1, 'AT+CSQ\u240d', 'OK', ['+CSQ: 17,99']),
        (3, 'AT+CPIN?\u240d', 'OK', ['+CPIN: READY']),
        (5, 'ATE0\u240d', None, []),
        (6, 'AT+CMEE=1\u240d', 'OK', []),
    ], []),
    # F2: a sketch's own direction words
    'sketch-sent-got.log': ('generic-sendrecv', [], [
        (2, 'AT', 'OK', []),
        (4, 'ATE0', 'OK', []),
        (7, 'AT+CSQ', 'OK', ['+CSQ: 14,0']),
        (10, 'AT+CREG?', 'OK', ['+CREG: 0,5']),
        (13, 'AT+CMGF=1', 'OK', []),
        (15, 'AT+CMGS="+15550100"', 'OK', ['+CMGS: 42']),
    ], []),
    'sketch-reply-rcvd.log': ('generic-sendrecv', [], [
        (2, 'AT', 'OK', []),
        (4, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (7, 'AT+CSQ', 'OK', ['+CSQ: 18,99']),
        (10, 'AT+CGATT?', 'OK', ['+CGATT: 1']),
        (13, 'AT+CIPSTATUS', 'ERROR', []),
    ], []),
    # F3: a script's >> / << reprs inside a PowerShell transcript
    'powershell-gtlt-repr.log': ('powershell-transcript > generic-gtlt', [], [
        (22, 'AT', 'OK', []),
        (24, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (26, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Acme Mobile",7']),
        (28, 'AT+CGDCONT?', 'OK', ['+CGDCONT: 1,"IP","internet","0.0.0.0",0,0']),
        (30, 'AT+QPING=1,"8.8.8.8"', '+CME ERROR: 561', []),
    ], []),
    # the same with a dashed line after each step: generic-gtlt reads the
    # dashes as the script's own (before: harness-dashes, no << line read)
    'powershell-gtlt-dashes.log': ('powershell-transcript > generic-gtlt', [], [
        (22, 'AT', 'OK', []),
        (25, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (28, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (31, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
    ], []),
    # F5: nRF Connect for Desktop's Serial Terminal: '> ' before the line
    # sent, the modem's lines bare, no echo
    'nrf-serial-terminal.log': ('nrf-serial-terminal', [], [
        (1, 'AT+CFUN?', 'OK', ['+CFUN: 0']),
        (4, 'AT%XSYSTEMMODE=1,0,1,0', 'OK', []),
        (6, 'AT+CEREG=5', 'OK', []),
        (8, 'AT+CFUN=1', 'OK', []),
        (12, 'AT+CGSN=1', 'OK', ['+CGSN: "352656100123456"']),
        (15, 'AT#XSOCKET=1,2,0', 'OK', ['#XSOCKET: 0,2,17']),
        (18, 'AT#XCONNECT="203.0.113.7",5683', 'ERROR', []),
        (20, 'AT+CFUN=4', 'OK', []),
    ], [(10, '+CEREG: 2,"702A","0138BE0F",7'),
        (11, '+CEREG: 5,"702A","0138BE0F",7,,,"11100000","11100000"')]),
    'nrf-serial-terminal-ansi.log': ('ansi > nrf-serial-terminal', [], [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 24,99']),
        (4, 'AT+COPS?', 'OK', ['+COPS: 0,2,"24201",7']),
        (7, 'AT+CGDCONT?', 'OK', ['+CGDCONT: 0,"IP","telenor.smart","10.160.3.4",0,0']),
    ], []),
    # not the app's: a markdown quote of a terminal log (every line '> '), a
    # terminal's SMS prompt with the text typed after it
    'quote-terminal-not-nrf.log': ('markdown-quote > raw', [], [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (4, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
        (7, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Acme",7']),
    ], []),
    'terminal-cmgs-prompt-not-nrf.log': ('raw', [], [
        (1, 'AT+CMGF=1', 'OK', []),
        (3, 'AT+CMGS="+15550100"', 'OK', ['+CMGS: 12']),
        (8, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
    ], []),
    # F4: a ModemManager journal wrapped at 72 columns in a mail: quoted
    # ('> ' on every line, the rests too) and cut inside a <CR> token
    'mm-journal-mail-quoted.log': ('modemmanager', [], [
        (3, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (7, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (11, 'AT+COPS=3,2;+COPS?', 'OK', ['+COPS: 0,2,"24201",7']),
        (15, 'AT+CGDCONT?', 'OK', ['+CGDCONT: 1,"IP","internet","0.0.0.0",0,0']),
        (20, 'AT+CREG?', 'OK', ['+CREG: 2,1,"2F1C","0A8B3C01",7']),
        (24, 'AT+CGACT?', 'OK', ['+CGACT: 1,1']),
    ], []),
    'mm-journal-mail-token-cut.log': ('modemmanager', [], [
        (1, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (5, 'AT+CGPADDR=1', 'OK', ['+CGPADDR: 1,10.64.1.7']),
        (10, 'AT+COPS=3,2;+COPS?', 'OK', ['+COPS: 0,2,"24201",7']),
        (14, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (18, 'AT+CREG?', 'OK', ['+CREG: 2,1,"2F1C","0A8B3C01",7']),
        (22, 'AT+CGACT?', 'OK', ['+CGACT: 1,1']),
    ], []),
    'sketch-sending-command.log': ('generic-sendrecv', [], [
        (1, 'AT', 'OK', []),
        (3, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (6, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (9, 'AT+CIICR', 'ERROR', []),
    ], []),
}

# logs that must read no transaction (the words on ordinary prints)
NEGATIVE = ['neg-lora-sent-got.log', 'neg-powershell-ipconfig.log']

ck = Checker(BIN)
ck.table(DIR, EXPECT)
for name in NEGATIVE:
    out = ck.parse(DIR + name).decode('utf-8', 'replace')
    if '"kind":"transaction"' in out:
        ck.error('%s: a negative reads a transaction' % name)
sys.exit(ck.fail)
