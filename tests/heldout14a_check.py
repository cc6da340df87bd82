#!/usr/bin/env python3
"""Held-out batch 14's miss classes H1-H4 (helper batch14a), on fixtures
written from the tools' source and public output (tests/data/heldout14a/
README.md cites each): every transaction exact (line, command, final,
responses), the URCs, the format and layers, the same records whole, a byte
at a time and in random pieces; the negatives read no transaction; the
definitions added for these classes score on their own fixtures alone.

usage: heldout14a_check.py ATSCOPE SRCDIR"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atscope_runs import candidates_many  # noqa: E402
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/heldout14a/'

# file: (format, options, [(line, command, final, [responses])], [(line, urc)])
EXPECT = {
    # H1: particle-tachyon-rild in the journal: the header with the
    # daemon's own date, the reply a journal entry a line (the blank line
    # an empty entry), the paste starting with the last reply's OK
    'tachyon-rild-journal.log': ('syslog > command-response-lines', [], [
        (2, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (6, 'AT+QCCID', 'OK', ['+QCCID: 89014103211118510720']),
        (10, 'AT+CEREG?', 'OK', ['+CEREG: 2,2']),
        (14, 'AT+CGDCONT=1,"IPV4V6","particle"', 'OK', []),
        (16, 'AT+QENG="servingcell"', 'OK',
         ['+QENG: "servingcell","NOCONN","LTE","FDD",310,410,A1B2C03,312,5110,12,3,3,7A0F,-96,-11,-64,9,-']),
        (20, 'AT+COPS=1,2,"310999"', '+CME ERROR: 30', []),
    ], []),
    # journalctl -o cat: the messages alone
    'tachyon-rild-cat.log': ('command-response-lines', [], [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 19,99']),
        (5, 'AT+QNWINFO', 'OK', ['+QNWINFO: "FDD LTE","310410","LTE BAND 2",675']),
        (9, 'AT+CGPADDR=1', 'ERROR', []),
    ], []),
    # -o short-precise, the empty entries with journalctl's blank after the
    # colon, another daemon's line inside a reply (its own port: not a
    # response)
    'tachyon-rild-mixed.log': ('journal > command-response-lines', [], [
        (1, 'AT+CFUN?', 'OK', ['+CFUN: 1']),
        (6, 'AT+CGATT?', 'OK', ['+CGATT: 1']),
        (10, 'AT+QPING=1,"8.8.8.8"', 'OK', []),
    ], []),
    # a daemon that logs the exchange on one line, 'Command: X, Response: Y'
    # (generic-oneline; before, generic-sendrecv read 'AT+CSQ, Response:
    # +CSQ: 20,99 OK' as the command)
    'daemon-command-response-oneline.log': ('syslog > generic-oneline', [], [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (2, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
        (3, 'AT+CGATT=1', '+CME ERROR: 30', []),
        (4, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Acme Net",7']),
    ], []),
    # H2: a serial logger's CSV, an index column before the time, the data
    # cell quoted only where CSV needs it (a comma, a quote doubled), its
    # line ends as \r \n escapes, the modem's echo in the RX cell
    'csv-index-escapes.csv': ('csv-serial-logger', [], [
        (2, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (4, 'AT+CGDCONT=1,"IP","internet"', 'OK', []),
        (6, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Acme Net",7']),
        (9, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], [(8, '+CREG: 1')]),
    # ; between the cells, a No. column, >> / << (the side that sends AT is
    # the host), the line ends literal inside the quoted cells
    'csv-semicolon-arrows.csv': ('csv-serial-logger', [], [
        (2, 'AT+CREG?', 'OK', ['+CREG: 0,5']),
        (9, 'AT+CMGS="+15550100"', 'OK', ['+CMGS: 12']),
        (18, 'AT+CGACT=1,1', 'ERROR', []),
    ], []),
    # Python's csv.writer (QUOTE_MINIMAL) of a script's log: lower-case
    # header and out / in, an ISO time, escaped line ends; "" an empty
    # string in the command
    'csv-python-inout.csv': ('csv-serial-logger', [], [
        (2, 'AT+CFUN?', 'OK', ['+CFUN: 1']),
        (4, 'AT+QICSGP=1,1,"iot.example","","",1', 'OK', []),
        (6, 'AT+QIACT=1', 'ERROR', []),
    ], [(8, '+QIURC: "pdpdeact",1')]),
    # H3: one-shot tools at a shell prompt fed by a here-document: the
    # lines typed at the shell's PS2 prompt ('> AT+CSQ', '> EOF') are the
    # host's input to the tool, the modem's echo and reply the traffic
    'atinout-heredoc.log': ('shell-at-tool', [], [
        (6, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (10, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Acme Net",7']),
        (14, 'AT+CGPADDR=1', 'OK', ['+CGPADDR: 1,"10.64.12.7"']),
    ], []),
    'socat-heredoc.log': ('shell-at-tool', [], [
        (6, 'ATI', 'OK', ['Quectel', 'EG25', 'Revision: EG25GGBR07A08M2G']),
        (12, 'AT+QCCID', 'OK', ['+QCCID: 89882390000123456789']),
        (16, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], []),
    'microcom-heredoc.log': ('shell-at-tool', [], [
        (5, 'AT+CFUN?', 'OK', ['+CFUN: 1']),
        (9, 'AT+CGATT?', 'OK', ['+CGATT: 1']),
    ], []),
    # echo -e 'AT\r' > /dev/ttyUSB2 with cat of the port in the background
    # (its output after the next prompt), and echo | atinout
    'echo-cat-tty.log': ('shell-redirect', [], [
        (3, 'AT+CSQ', 'OK', ['+CSQ: 17,99']),
        (9, 'AT+QENG="servingcell"', 'OK',
         ['+QENG: "servingcell","NOCONN","LTE","FDD",262,01,1A2B3C4,101,1300,3,5,5,ABCD,-95,-10,-66,12,-']),
        (15, 'AT+CGATT=1', '+CME ERROR: 30', []),
    ], []),
    'atinout-pipe.log': ('shell-at-tool', [], [
        (1, 'AT+CSQ', 'OK', ['+CSQ: 24,99']),
        (6, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (11, 'AT+COPS=?', 'OK',
         ['+COPS: (2,"Acme Net","Acme","26201",7),(1,"Other","Oth","26202",7),,(0-4),(0-2)']),
    ], []),
    # minicom -S: the runscript listed with cat (its send lines are the
    # script's), then the capture file: 'cat at.script' names a file, no
    # command (before: shell-at-tool read at.script and at.cap as commands)
    'minicom-runscript.log': ('raw', [], [
        (19, 'AT+CSQ', 'OK', ['+CSQ: 21,99']),
        (23, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
    ], []),
    # the time column as seconds since the logger started (a script's
    # time.monotonic() - t0): relative seconds with their fraction
    'csv-elapsed-seconds.csv': ('csv-serial-logger', [], [
        (2, 'AT+CSQ', 'OK', ['+CSQ: 20,99']),
        (4, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
    ], []),
    # H4's other side: a modem that never answers, captured in a terminal
    # (picocom's banner, local echo on; tio's stamps; the bare lines): each
    # command a transaction with no final (picocom's banner a layer of its own)
    'dead-modem-picocom.log': ('terminal-tool-lines > raw', [], [
        (27, 'AT', None, []),
        (28, 'ATI', None, []),
        (29, 'AT+CFUN?', None, []),
        (30, 'AT+CPIN?', None, []),
    ], []),
    'dead-modem-tio.log': ('tsline', [], [
        (1, 'AT', None, []),
        (2, 'AT', None, []),
        (3, 'AT+CPIN?', None, []),
        (4, 'AT&F', None, []),
        (5, 'AT', None, []),
    ], []),
    # busybox's root prompt '# ' writing each command, cat of the port
    # showing the modem's echo and nothing more: a capture (the prompt's
    # writes to the tty), not a list whose comments are '# ' lines
    'dead-modem-echo-cat.log': ('shell-redirect', [], [
        (2, 'AT', None, []),
        (4, 'ATI', None, []),
        (6, 'AT+CSQ', None, []),
    ], []),
    'dead-modem-bare.log': ('raw', [], [
        (1, 'AT', None, []),
        (2, 'ATI', None, []),
        (3, 'AT+CSQ', None, []),
        (4, 'AT', None, []),
    ], []),
}

# logs that must read no transaction
NEGATIVE = ['neg-csv-gps-logger.csv',
            # H4: files that list the commands (an OpenWrt config with the
            # hotplug script's commands, a list with # comments, an init
            # script writing them to the tty, wvdial.conf): no modem output
            'neg-openwrt-init.conf', 'neg-init-list.txt', 'neg-init-script.sh', 'neg-wvdial.conf']

# formats that must not score on a log: nRF's Serial Terminal shows the
# host's lines as '> AT...', but not a here-document's end
NOT_SCORED = {name: ('nrf-serial-terminal',) for name in
              ('atinout-heredoc.log', 'socat-heredoc.log', 'microcom-heredoc.log')}

# definitions added for these classes: file prefixes of their own fixtures
OWN = {'command-response-lines': ('tachyon-rild-',),
       'command-list': ('neg-openwrt-init', 'neg-init-')}

ck = Checker(BIN)
ck.table(DIR, EXPECT)
for name in NEGATIVE:
    out = ck.parse(DIR + name).decode('utf-8', 'replace')
    if '"kind":"transaction"' in out:
        ck.error('%s: a negative reads a transaction' % name)

# each new definition scores on its own fixtures and on no other capture,
# fixture, corpus log or negative sample
files = []
for top in ('captures', 'tests/negative', 'tests/data', 'tests/unknown'):
    for d, _, names in os.walk(os.path.join(SRC, top)):
        for n in names:
            if not n.endswith(('.py', '.json', 'MANIFEST', 'BROKEN', 'README.md')):
                files.append(os.path.join(d, n))
scores = candidates_many(BIN, sorted(files))
for name, fmts in NOT_SCORED.items():
    for fmt in fmts:
        if scores[DIR + name].get(fmt):
            ck.error('%s: scored by %s (%d)' % (name, fmt, scores[DIR + name][fmt]))
for path, c in scores.items():
    base = os.path.basename(path)
    for fmt, prefixes in OWN.items():
        mine = path.startswith(DIR) and base.startswith(prefixes)
        if mine and not c.get(fmt):
            ck.error('%s: its format %s does not score' % (base, fmt))
        elif not mine and c.get(fmt):
            ck.error('%s: scored by %s (%d)' % (os.path.relpath(path, SRC), fmt, c[fmt]))
sys.exit(ck.fail)
