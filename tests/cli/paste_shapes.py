#!/usr/bin/env python3
"""Layered pastes of one plain session (docs/transcript.md, issue 12's
wrappers, exports and damage): each fixture is written here from the tool's
documented print (the source is cited beside each), our own content, and must
parse to the transactions of the plain rendering (command, final, responses),
name its layers in the input record, and read the same whole, a byte at a
time and in random pieces. Negative samples must not take the new layers.

usage: paste_shapes.py ATSCOPE TMPDIR"""
import hashlib
import json
import re
import subprocess
import sys

BIN, TMP = sys.argv[1], sys.argv[2]
fail = 0

# The plain session: a terminal log of a Quectel module, echo on.
S = ['AT', 'OK', 'AT+CGMR', 'EG25GGBR07A08M2G', '', 'OK', 'AT+CSQ', '+CSQ: 21,99', '',
     'OK', 'AT+COPS?', '+COPS: 0,0,"Example Mobile",7', '', 'OK', 'AT+QCCID',
     '+QCCID: 8988211234567890123F', '', 'OK', 'AT+CGATT=1', 'ERROR']


def write(name, data):
    path = '%s/%s.log' % (TMP, name)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))
    return path


def lines(ls, eol='\n'):
    return eol.join(ls) + eol


# The checks of a fixture (same_as, exact, ...) are deferred (@deferred) and
# run at the end (settle): first once to learn the parses they ask for, which
# are then done in a run over many files each (under the sanitizers a start
# of atscope costs more than reading a fixture; a run over several files
# writes each one's records as its own run would, --no-redact), then for
# real, every parse answered from those runs: by its options and the bytes
# of the file, so a fixture written again otherwise is parsed on its own.
CACHE = {}      # key() -> parse's standard output
COLLECT = None  # while the deferred checks are gathered: the parses they ask for
PENDING = []    # (check, its arguments), in order


def key(path, extra):
    with open(path, 'rb') as f:
        return tuple(extra), path, hashlib.sha1(f.read()).hexdigest()


def parse(path, *extra):
    if COLLECT is not None:
        COLLECT.append((tuple(extra), path))
        return b''
    k = key(path, extra)
    if k not in CACHE:
        CACHE[k] = subprocess.run([BIN, 'parse', '--no-redact', *extra, path], capture_output=True).stdout
    return CACHE[k]


def parse_many(paths, extra):
    """one run over paths, each file's output cached as its own run's; a run
    that does not give each file its input record, in order, is not used"""
    out = subprocess.run([BIN, 'parse', '--no-redact', *extra, *paths], capture_output=True).stdout
    segs = []
    for l in out.splitlines(keepends=True):
        if l.startswith(b'{"kind":"input",'):
            segs.append([])
        elif not segs:
            return
        segs[-1].append(l)
    if len(segs) != len(paths) or any(json.loads(g[0])['path'] != p for g, p in zip(segs, paths)):
        return
    for p, g in zip(paths, segs):
        CACHE[key(p, extra)] = b''.join(g)


def deferred(check):
    def later(*args):
        PENDING.append((check, args))
    return later


def settle():
    global COLLECT
    COLLECT = []
    for check, args in PENDING:
        try:
            check(*args)
        except Exception:   # a check that needs what the parse gives; its parses are run alone
            pass
    groups = {}
    for extra, path in dict.fromkeys(COLLECT):
        groups.setdefault(extra, []).append(path)
    COLLECT = None
    for extra, paths in groups.items():
        parse_many(paths, extra)
    for check, args in PENDING:
        check(*args)


def transactions(out):
    recs = [json.loads(l) for l in out.decode('utf-8', 'replace').splitlines() if l.strip()]
    tx = [(r['command'], r.get('final'), tuple(x['text'] for x in r.get('responses', [])))
          for r in recs if r['kind'] == 'transaction']
    return recs[0] if recs else {}, tx


def error(msg):
    global fail
    if COLLECT is not None:
        return
    print('FAIL: ' + msg)
    fail = 1


@deferred
def same_as(name, data, layers, plain_tx):
    """name's fixture reads as the plain session, through these layers."""
    path = write(name, data)
    whole = parse(path)
    head, tx = transactions(whole)
    if tx != plain_tx:
        error('%s: transactions differ from the plain session:\n  %s\n  want %s' % (name, tx, plain_tx))
    got = head.get('layers', head.get('format'))
    if layers is not None and got != layers:
        error('%s: layers %r, want %r' % (name, got, layers))
    for extra in (['--read-size', '1'], ['--read-size', '7', '--read-seed', '3'],
                  ['--read-size', '64', '--read-seed', '11']):
        if parse(path, *extra) != whole:
            error('%s: reads otherwise with %s' % (name, ' '.join(extra)))


@deferred
def directed(name):
    recs = [json.loads(l) for l in parse('%s/%s.log' % (TMP, name)).decode().splitlines()]
    summ = [r for r in recs if r['kind'] == 'summary'][0]
    if not summ.get('has_directions'):
        error('%s: the direction column was lost' % name)


@deferred
def not_taken(name, data, layer):
    path = write(name, data)
    head, _ = transactions(parse(path))
    if layer in head.get('layers', ''):
        error('%s: the %s layer took it (%s)' % (name, layer, head.get('layers')))


_, PLAIN = transactions(parse(write('plain', lines(S, '\r\n'))))
if len(PLAIN) != 6:
    error('the plain session reads %d transactions, not 6' % len(PLAIN))

# (0) a number before every line (formats/line-numbers.json): bat's grid, grep -n's colon,
# nl's two blanks, cat -n's tab
same_as('numbers-bat', lines(['%4d \u2502 %s' % (i + 1, l) for i, l in enumerate(S)]),
        'line-numbers > raw', PLAIN)
same_as('numbers-colon', lines(['%d: %s' % (i + 1, l) for i, l in enumerate(S)]),
        'line-numbers > raw', PLAIN)
same_as('numbers-nl', lines(['%3d  %s' % (i + 1, l) for i, l in enumerate(S)]),
        'line-numbers > raw', PLAIN)
same_as('numbers-cat', lines(['%6d\t%s' % (i + 1, l) for i, l in enumerate(S)]),
        'indent > line-numbers > raw', PLAIN)
# times of day are no line numbers
not_taken('numbers-times', lines(['%02d:%02d: %s' % (10 + i // 60, i % 60, l) for i, l in enumerate(S)]),
          'line-numbers')

# (1) a stamp before every line, any shape (formats/line-stamps.json)
# CuteCom's display: QTime "[hh:mm:ss:zzz] ", empty lines not stamped
same_as('cutecom', lines(['[14:07:%02d:%03d] %s' % (i // 3, 37 * i % 1000, l) if l else ''
                          for i, l in enumerate(S)]), 'line-stamps > raw', PLAIN)
# grabserial -t: "[%4.6f %2.6f] " (elapsed, delta), every line, empty ones too
el = [0.052113 + 0.1377 * i for i in range(len(S))]
same_as('grabserial', lines(['[%4.6f %2.6f] %s' % (e, e - (el[i - 1] if i else 0), l)
                             for i, (e, l) in enumerate(zip(el, S))]), 'line-stamps > raw', PLAIN)
# grabserial -T: "[%y-%m-%d %H:%M:%S %2.6f] "
same_as('grabserial-T', lines(['[26-11-30 10:02:%02d %2.6f] %s' % (i // 2, 0.1377, l)
                               for i, l in enumerate(S)]), 'line-stamps > raw', PLAIN)
# the kernel's "[%5lu.%06lu] " (a console that prints printk time on every line)
same_as('kstamp', lines(['[%5d.%06d] %s' % (3 + i // 4, 4321 * i, l) for i, l in enumerate(S)]),
        'line-stamps > raw', PLAIN)
# prose with a bracketed number now and then is no stamped log
not_taken('neg-stamp-prose', lines(['We saw [1.5] dB more after the change.', 'AT+CSQ',
                                    '+CSQ: 21,99', 'OK', 'see [12:00] in the meeting notes',
                                    'AT+COPS?', 'OK']), 'line-stamps')

# (2) container log prefixes naming the writer, several writers interleaved
# (formats/container-logs.json): docker compose logs' "%-Ns |" and a blank
# (docker/compose cmd/formatter/logs.go), another service's lines between
out = []
for i, l in enumerate(S):
    out.append('%-16s | %s' % ('modem-agent-1', l))
    if i % 4 == 1:
        out.append('%-16s | %s' % ('mqtt-bridge-1', 'published telemetry/%d qos=1' % i))
same_as('compose', lines(out), 'container-logs > raw', PLAIN)
# ... with -t: the RFC 3339 stamp after the pipe; compose v1's name_1
out = []
for i, l in enumerate(S):
    out.append('%-16s | 2026-11-30T10:02:%02d.%09dZ %s' % ('modem-agent_1', i // 2, 123456789, l))
    if i % 5 == 2:
        out.append('%-16s | 2026-11-30T10:02:%02d.%09dZ %s' % ('mqtt_1', i // 2, 5, 'broker ok'))
same_as('compose-t', lines(out), 'container-logs > line-stamps > raw', PLAIN)
# the modem's service second, and a third service with more lines than it
out = []
for i, l in enumerate(S):
    out.append('web-1        | GET /api/status 200 %d' % i)
    out.append('gsm-1        | %s' % l)
    out.append('web-1        | GET /api/metrics 200 %d' % i)
same_as('compose-3', lines(out), 'container-logs > raw', PLAIN)
# docker logs -t (no service): the stamp alone
same_as('docker-t', lines(['2026-11-30T10:02:%02d.%09dZ %s' % (i // 2, 1000 * i, l)
                           for i, l in enumerate(S)]), 'line-stamps > raw', PLAIN)
# kubectl logs --prefix
same_as('kubectl', lines(['[pod/modem-agent-5f7c9d/agent] %s' % l for l in S]),
        'container-logs > raw', PLAIN)
# a markdown table and a shell pipeline are no container log
not_taken('neg-pipes', lines(['| step | command | result |', '|---|---|---|',
                              '| 1 | AT+CSQ | OK |', 'cat log | grep AT', 'AT+CSQ', 'OK']),
          'container-logs')

# (3) JSON Lines exports (formats/json-lines.json, parser/readers/fmt_json.c:
# Jansson). journalctl -o json: ModemManager's write and read of each
# command in MESSAGE (JSON-escaped quotes; one MESSAGE as journald's array
# of byte values), __REALTIME_TIMESTAMP, another writer's entries between.
def mm(b):
    return b.replace('\r', '<CR>').replace('\n', '<LF>')


pairs, i = [], 0
while i < len(S):
    c, i, ans = S[i], i + 1, []
    while i < len(S) and not S[i].startswith('AT'):
        ans.append(S[i])
        i += 1
    pairs.append((c, '\r\n' + '\r\n'.join(ans) + '\r\n'))
out, t = [], 1764496507000000
for k, (c, a) in enumerate(pairs):
    for d, m in (('-->', c + '\r'), ('<--', a)):
        t += 120000
        msg = "[modem0/ttyUSB2/at] %s '%s'" % (d, mm(m))
        e = {'__CURSOR': 's=ab12;i=%x' % (2 * k), '__REALTIME_TIMESTAMP': str(t), '_PID': '812',
             'PRIORITY': '7', 'SYSLOG_IDENTIFIER': 'ModemManager',
             'MESSAGE': list(msg.encode()) if (k, d) == (2, '<--') else msg}
        out.append(json.dumps(e))
    if k % 2:
        out.append(json.dumps({'__REALTIME_TIMESTAMP': str(t + 5), 'SYSLOG_IDENTIFIER': 'NetworkManager',
                               'MESSAGE': '<info>  device (wwan0): state change: prepare -> config'}))
same_as('journal-json', lines(out), 'json-lines > modemmanager', PLAIN)
# Docker's json-file driver: a terminal's lines in "log", each with its line end
same_as('docker-json', lines([json.dumps({'log': l + '\r\n', 'stream': 'stdout',
                                          'time': '2026-11-30T10:02:%02d.1Z' % (i // 2)})
                              for i, l in enumerate(S)]), 'json-lines > raw', PLAIN)
# JSON that is no log export: a config per line, a QuecManager record
not_taken('neg-json', lines(['{"rules": {"retry-storm": {"max_retries": 5}}}',
                             '{"command": "AT+CSQ", "response": "+CSQ: 21,99\\n", "status": "success"}',
                             'AT+CSQ', '+CSQ: 21,99', 'OK']), 'json-lines')

# (4) IRC logs (formats/chat-log.json): a message a line, another nick's
# question between; IRC sends no empty message, so the blank lines are gone
T = [l for l in S if l]
out = []
for i, l in enumerate(T):
    out.append('10:%02d < kira> %s' % (3 + i // 5, l))
    if i == 5:
        out.append('10:04 <@ops> and AT+CGATT? says?')
same_as('irssi', lines(out), 'chat-log > raw', PLAIN)
same_as('irc-bracket', lines(['[10:%02d] <kira> %s' % (3 + i // 5, l) for i, l in enumerate(T)]),
        'chat-log > raw', PLAIN)
# markup and shell redirections are no chat
not_taken('neg-chat', lines(['Use <b>bold</b> here.', '10:03 the log < input.txt', 'AT+CSQ',
                             '+CSQ: 21,99', 'OK']), 'chat-log')

# (6) a USB glitch's NUL and 0xFF runs around the modem's lines
# (parser/framer.c glitch_runs): a final with them before or after it is
# still that final; a line of them alone keeps its bytes (nothing dropped:
# here one more line of AT+CSQ's answer), and a binary answer keeps its NULs
# (the negative: +QFREAD's data line)
g = b''
for i, l in enumerate(S):
    b = l.encode()
    if l in ('OK', 'ERROR'):
        b = (b'\0\0\0' + b) if i % 2 else (b + b'\xff\xff')
    g += b + b'\r\n'
    if i == 7:
        g += b'\xff\xff\xff\xff\r\n'
same_as('usb-glitch', g, 'raw',
        [(c, f, r + (r'\xff\xff\xff\xff',) if c == 'AT+CSQ' else r) for c, f, r in PLAIN])
path = write('glitch-keep', b'AT+QFREAD=3\r\n\0\0+QFREAD: 2\0\0\r\nOK\r\n')
if b'"\\u0000\\u0000+QFREAD: 2\\u0000\\u0000"' not in parse(path):
    error('glitch-keep: a line whose rest is no final lost its NULs')

# (4) messenger exports whose messages go on over unprefixed lines
# (formats/chat-export.json): WhatsApp's "date, time - Name: ", another
# person's message between (its further lines set aside with it)
out = ['30/11/2026, 09:41 - Lena Park: morning, here is the log from the field unit',
       '30/11/2026, 09:44 - Tom Reyes: ' + S[0]] + S[1:10] + [
       '30/11/2026, 09:45 - Lena Park: and the rest?', 'AT+CFUN? too please',
       '30/11/2026, 09:46 - Tom Reyes: ' + S[10]] + S[11:]
same_as('whatsapp', lines(out), 'chat-export > raw', PLAIN)
# iOS's "[date, time] Name: ", a 12-hour time
out = ['[11/30/26, 9:44:02 AM] Tom Reyes: ' + S[0]] + S[1:14] + [
       '[11/30/26, 9:45:10 AM] Lena Park: ok', '[11/30/26, 9:46:00 AM] Tom Reyes: ' + S[14]] + S[15:]
same_as('whatsapp-ios', lines(out), 'chat-export > raw', PLAIN)
# Telegram Desktop's copy: the sender and time on a line of their own
out = ['Tom Reyes, [30.11.26 09:44]'] + S[:12] + ['Lena Park, [30.11.26 09:45]', 'go on',
                                                  'Tom Reyes, [30.11.26 09:46]'] + S[12:]
same_as('telegram', lines(out), 'chat-export > raw', PLAIN)
# Node-RED's copied sidebar ("6/16/2020, 10:21:30 AMnode: ...") is no chat
not_taken('neg-nodered', lines(['6/16/2020, 10:21:30 AMnode: modem rx', 'msg.payload : string[5]',
                                '"AT\u21b5"', '6/16/2020, 10:21:30 AMnode: modem rx',
                                'msg.payload : string[4]', '"OK\u21b5"']), 'chat-export')

# (7) structured copies, issue 12 batch 6. (a) a mail's or page's HTML source
# (formats/html-markup.json under html-entities): Gmail's one <div> a line
# (<div><br></div> an empty one), the same all on one source line, Outlook's
# Word HTML (<p class=MsoNormal><span ...>line<o:p></o:p></span></p>,
# <o:p>&nbsp;</o:p> for an empty line), <br> after each line, a <pre><code>
# block with &#13; from a page
def esc(l):
    return l.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


same_as('html-div', lines(['<div dir="ltr">Hi, the modem log:</div>'] +
                          ['<div>%s</div>' % (esc(l) or '<br>') for l in S] + ['</div>']),
        'html-entities > html-markup > raw', PLAIN)
same_as('html-gmail-1line', lines(['<div dir="ltr">Log:<div><br></div>' +
                                   ''.join('<div>%s</div>' % (esc(l) or '<br>') for l in S) +
                                   '</div>']), 'html-entities > html-markup > raw', PLAIN)
same_as('html-outlook', lines(['<html xmlns:o="urn:schemas-microsoft-com:office:office">',
                               '<body lang=EN-US>', '<div class=WordSection1>',
                               '<p class=MsoNormal>Hello,<o:p></o:p></p>'] +
                              ["<p class=MsoNormal><span style='font-family:\"Courier New\"'>%s"
                               "<o:p></o:p></span></p>" % (esc(l) or '<o:p>&nbsp;</o:p>')
                               for l in S] + ['</div>', '</body>', '</html>'], '\r\n'),
        'html-entities > html-markup > raw', PLAIN)
same_as('html-br', lines(['<p>Log from the unit:</p>', '<p>' + '<br>\n'.join(esc(l) for l in S) +
                          '</p>']), 'html-entities > html-markup > raw', PLAIN)
same_as('html-br-noent', lines(['<p>Log from the unit:</p>'] +
                               ['%s<br />' % l for l in S] + ['</p>']),
        'html-markup > raw', PLAIN)
same_as('html-pre', lines(['<p>Here it is:</p>', '<pre><code>' + esc(S[0])] +
                          [esc(l) + '&#13;' for l in S[1:]] + ['</code></pre>']),
        'html-entities > html-markup > raw', PLAIN)
# a ModemManager-style <CR><LF> token and a sentence with <b> are no HTML page
not_taken('neg-html', lines(['AT+CSQ<CR><LF>', '+CSQ: 21,99<CR><LF>', 'OK<CR><LF>',
                             'the <signal> was weak', 'AT+COPS?', 'OK']), 'html-markup')

# (b) a helpdesk ticket's mail: the log indented two blanks under Outlook's
# reply header (formats/mail-indent.json), under Gmail's "On ... wrote:" in a
# "> " quote, and quote marks on some of its lines only
hdr = ['Hello support,', '', 'please see the log from the unit below.', '', 'Regards', 'Kim', '',
       '-----Original Message-----', 'From: Kim Example <kim@example.com>',
       'Sent: Monday, November 30, 2026 10:02 AM', 'To: Support <support@example.net>',
       'Subject: RE: [Ticket#4711] modem does not attach', '']
same_as('mail-outlook', lines(hdr + ['  ' + l if l else '' for l in S] + ['', 'Thanks'], '\r\n'),
        'mail-indent > raw', PLAIN)
same_as('mail-gmail', lines(['Any news on this?', '',
                             'On Mon, Nov 30, 2026 at 10:02 AM Kim Example <kim@example.com> wrote:',
                             '> Hi, here is what the modem says:', '>'] +
                            ['>   ' + l if l else '>' for l in S] + ['>', '> Kim']),
        'markdown-quote > mail-indent > raw', PLAIN)
same_as('mail-mixed', lines(['Ticket #4711 update', '', 'On 30 Nov 2026, at 10:02, Kim Example wrote:',
                             ''] + [('> ' if i % 3 else '') + ('  ' + l if l else '')
                                    for i, l in enumerate(S)]),
        'markdown-quote > mail-indent > raw', PLAIN)
# a log with two indented lines of twenty is no indented paste
not_taken('neg-mail-indent', lines(S[:14] + ['  see above', ' (the unit rebooted here)'] + S[14:]),
          'mail-indent')

# (c) a table of time, direction and data pasted as tab-separated text
# (formats/tsv-table.json): a spreadsheet's copy quotes a cell that holds
# line ends ("" for a quote), a browser's copy of a Confluence or Jira table
# does not; an index column, a notes column, >> / << for the direction
def tsv(quote, index=False, notes=False, dirs=('TX', 'RX')):
    out, i, t, k = ['#\tTime\tDirection\tData\tNotes' if index else 'Time\tDirection\tData'], 0, 0, 0
    while i < len(S):
        if S[i].startswith('AT'):
            cell, d = S[i], dirs[0]
            i += 1
        else:
            c = []
            while i < len(S) and not S[i].startswith('AT'):
                c.append(S[i])
                i += 1
            cell, d = '\n'.join(c), dirs[1]
            if quote and ('\n' in cell or '"' in cell):
                cell = '"' + cell.replace('"', '""') + '"'
        k += 1
        t += 137
        row = '10:02:%02d.%03d\t%s\t%s' % (t // 1000, t % 1000, d, cell)
        out.append(('%d\t' % k if index else '') + row + ('\tslow' if notes and k % 3 == 0 else ''))
    return lines(out)


# ... the direction cell read (formats/table-rows.json: tab rows, a quoted
# cell over lines, a browser's bare further lines up to the next row; the
# summary's has_directions). Before: tsv-table > raw, the side lost. A
# spreadsheet's copy (its cells quoted, RFC 4180) is a table the csv reader
# reads with the time column's times too, which table-rows leaves (input.c
# choose(): a definition that reads as much without the times is demoted)
same_as('tsv-excel', tsv(True), 'csv', PLAIN)
directed('tsv-excel')
same_as('tsv-browser', tsv(False), 'table-rows', PLAIN)
directed('tsv-browser')
same_as('tsv-index-notes', tsv(True, index=True, notes=True, dirs=('>>', '<<')), 'csv', PLAIN)
directed('tsv-index-notes')
# a serial logger's or viewer's export with its own direction words
same_as('tsv-host-device', tsv(True, index=True, dirs=('Host', 'Device')), 'table-rows', PLAIN)
directed('tsv-host-device')
same_as('tsv-gt-lt', tsv(False, dirs=('>', '<')), 'table-rows', PLAIN)
directed('tsv-gt-lt')
# a table without a direction cell is still tsv-table's (read undirected)
same_as('tsv-nodir', re.sub(r'\t(?:TX|RX|Direction)\t', '\t', tsv(True)), 'tsv-table > raw', PLAIN)
# a log whose lines hold tabs (a column-aligned note) is no table
not_taken('neg-tsv', lines(['AT+CSQ\t\t# signal', '+CSQ: 21,99', 'OK', 'AT+COPS?\t# operator',
                            '+COPS: 0', 'OK']), 'tsv-table')

# (8) a screenshot read back by OCR (parser/builder.c ocr_final): the blank
# lines gone, O read as 0 in finals and commands ("0K", "0k", "ERR0R",
# AT+CS0?, AT+C0PS?): each command is paired with its answer and its final,
# kept as written; an SMS's "0K" before the real OK stays the SMS's text
OCR = {'OK': ['0K', 'OK', '0k', 'OK', '0K'], 'ERROR': ['ERR0R']}
out, seen, want = [], {'OK': 0, 'ERROR': 0}, []
for l in S:
    if not l:
        continue
    if l in OCR:
        l = OCR[l][seen[l]]
        seen[{'0K': 'OK', '0k': 'OK', 'ERR0R': 'ERROR'}.get(l, l)] += 1
    out.append(l.replace('AT+CSQ', 'AT+CS0').replace('AT+COPS?', 'AT+C0PS?'))
ocr_tx = [(c.replace('AT+CSQ', 'AT+CS0').replace('AT+COPS?', 'AT+C0PS?'), o, r)
          for (c, _, r), o in zip(PLAIN, ['0K', 'OK', '0k', 'OK', '0K', 'ERR0R'])]
same_as('ocr', lines(out), 'raw', ocr_tx)
same_as('ocr-sms', lines(['AT+CMGF=1', '0K', 'AT+CMGR=1',
                          '+CMGR: "REC READ","+15550100",,"26/11/30,10:02:00+04"', '0K', 'OK']), 'raw',
        [('AT+CMGF=1', '0K', ()),
         ('AT+CMGR=1', 'OK', ('+CMGR: "REC READ","+15550100",,"26/11/30,10:02:00+04"', '0K'))])

# (9) a report or a manual copied out of a PDF (parser/builder.c
# cut_command, doc_furniture): long commands cut at the page's width, one
# with a word processor's hyphen inside its quoted APN, one inside its
# quoted address; a page footer with its number and a "Page N of M" line
# between the lines: the session of the report as it was
P = ['AT+QICSGP=1,1,"internet.example.com","user","secret",1', 'OK',
     'AT+QIOPEN=1,0,"TCP","203.0.113.7",8080,0,1', 'OK', '', '+QIOPEN: 0,0', 'AT+CSQ', '+CSQ: 21,99',
     '', 'OK', 'AT+QICLOSE=0', 'OK']
_, PDF_PLAIN = transactions(parse(write('pdf-plain', lines(P, '\r\n'))))
same_as('pdf', lines(['Test report EG25-G field unit', '', '3.2 Data session', '',
                      'AT+QICSGP=1,1,"internet.exam-', 'ple.com","user","secret",1', 'OK',
                      'AT+QIOPEN=1,0,"TCP","203.0.1', '13.7",8080,0,1', 'OK',
                      'Example Corp Confidential                       12 / 40', '',
                      '+QIOPEN: 0,0', 'AT+CSQ', '+CSQ: 21,99', 'Page 13 of 40', 'OK',
                      'AT+QICLOSE=0', 'OK']), 'raw', PDF_PLAIN)
# a bare answer is no rest of its command (BC95's "1,4" to AT+NSOST, a
# serial), nor is an nRF91 certificate's next line
same_as('pdf-neg', lines(['AT+NSOST=1,192.0.2.44,5683,4,50494E47', '1,4', 'OK',
                          'AT+CGSN=1,2,3,4,5,6,7,8', '867698041234567', 'OK']), 'raw',
        [('AT+NSOST=1,192.0.2.44,5683,4,50494E47', 'OK', ('1,4',)),
         ('AT+CGSN=1,2,3,4,5,6,7,8', 'OK', ('867698041234567',))])

# (10) documentation is no traffic: a rendered man page (its header and
# footer, NAME(section) after a column gap), a footer in three columns
# ending in a page number
for name, text in (('man', ['ATSCOPE(1)                  General Commands Manual                 ATSCOPE(1)',
                            '', 'NAME', '       atscope - audit cellular modem AT command logs', '',
                            'DESCRIPTION', '       atscope reads a terminal log such as', '',
                            '              AT+CSQ', '              +CSQ: 21,99', '              OK', '',
                            'atscope 1.2                       2024-01-01                        ATSCOPE(1)']),
                   ('man-footers', ['Linux                             2024-01-01                      ATSCOPE(1)',
                                    'Version 1.2   June 2024   1', 'ATSCOPE(1)',
                                    "ATSCOPE(8)   System Manager's Manual   ATSCOPE(8)"])):
    path = write(name, lines(text))
    whole = parse(path)
    _, tx = transactions(whole)
    if tx:
        error('%s: documentation read as transactions: %s' % (name, tx))
    for extra in (['--read-size', '1'], ['--read-size', '7', '--read-seed', '3']):
        if parse(path, *extra) != whole:
            error('%s: reads otherwise with %s' % (name, ' '.join(extra)))

# (11) a line torn by a second writer (parser/builder.c torn_at): the
# kernel printed its message in the middle of the modem's line on the
# console that shows the port; the modem's line goes on after it
t = []
for l in S:
    if l == '+CSQ: 21,99':
        t += ['+CSQ: 2[ 1234.567890] usb 1-1.2: USB disconnect, device number 5', '1,99']
    elif l == 'EG25GGBR07A08M2G':
        t += ['EG25GGBR07[ 1230.000123] option1 ttyUSB3: GSM modem (1-port) converter now '
              'disconnected from ttyUSB3', 'A08M2G']
    else:
        t.append(l)
same_as('torn', lines(t, '\r\n'), 'raw', PLAIN)
# script(1) around screen(1) (formats/screen-escapes.json): screen's set-up,
# title, charset and keypad escapes before the first line, its tear-down and
# script's header and footer
E = '\x1b'
scr = ('Script started on 2026-11-30 10:02:00+00:00 [TERM="xterm-256color" TTY="/dev/pts/1" '
       'COLUMNS="80" LINES="24"]\n' + E + '[?1049h' + E + '[22;0;0t' + E + '[!p' + E + '[?3;4l' +
       E + '[4l' + E + '[?1h' + E + '=' + E + '[0m' + E + '(B' + E + '[1;24r' + E + '[H' + E +
       '[2J' + E + ']0;screen /dev/ttyUSB2\x07' + E + 'kttyUSB2' + E + '\\' +
       ''.join(l + '\r\n' for l in S) + E + '[?1l' + E + '>' + E + '[24;1H\r' + E + '[?1049l' +
       E + '[23;0;0t[screen is terminating]\r\n\nScript done on 2026-11-30 10:05:00+00:00 '
       '[COMMAND_EXIT_CODE="0"]\n')
same_as('script-screen', scr, 'ansi > screen-escapes > raw', PLAIN)

# (12) issue 12 batch 7: tracker and forum markup around a log
# (formats/forum-blocks.json): Jira's {noformat} / {code:title=...} lines
# (Atlassian's text formatting notation), BBCode's [code] glued to the
# log's first and last line (phpBB's [code]), GitHub's <details><summary>
# fold around a fenced block; the markup set aside
same_as('jira-noformat', lines(['Steps to reproduce:', '{noformat}'] + S + ['{noformat}', 'Thanks']),
        'forum-blocks > raw', PLAIN)
same_as('bbcode', lines(['Here is my log:', '[code]' + S[0]] + S[1:-1] + [S[-1] + '[/code]', 'any idea?']),
        'forum-blocks > raw', PLAIN)
same_as('details', lines(['<details><summary>modem log</summary>', '', '```'] + S + ['```', '', '</details>']),
        None, PLAIN)
# a command's own "code" is no BBCode
not_taken('neg-forum', lines(['AT+QCFG="code",1', 'OK', 'AT+CSQ', '+CSQ: 21,99', 'OK']), 'forum-blocks')
# WeeChat's log (logger.c logger_print_cb(): the date, a tab, the nick, a
# tab, the message): another nick's message and a join line set aside;
# before, tsline took the date and read "kira<TAB>AT" as text (0 of 6)
out = []
for i, l in enumerate(T):
    out.append('2026-11-30 10:%02d:00\tkira\t%s' % (i, l))
    if i == 5:
        out += ['2026-11-30 10:05:30\t@ops\tand AT+CGATT? says?',
                '2026-11-30 10:05:31\t-->\tbob (~bob@host) has joined #modems']
same_as('weechat', lines(out), 'chat-log > raw', PLAIN)
# Slack's and Discord's copied messages: a name and time line, the lines
# below; another person's message between (its AT+CFUN? no command)
out = ['Kim Example  10:42 AM', 'here is the log:'] + S[:10] + [
       'Lena Park  10:44 AM', 'AT+CFUN? too please', 'Kim Example  10:45 AM'] + S[10:]
same_as('slack', lines(out), 'chat-export > raw', PLAIN)
out = ['kim \u2014 Today at 10:42 AM'] + S[:10] + [
       'lena \u2014 Today at 10:44 AM', 'AT+CFUN? too please', 'kim \u2014 Today at 10:45 AM'] + S[10:]
same_as('discord', lines(out), 'chat-export > raw', PLAIN)
# a log's own "word  HH:MM" lines are no chat headers (no AM/PM, no brackets)
not_taken('neg-slack', lines(['Boot  10:42'] + S[:10] + ['Sync  10:43'] + S[10:]), 'chat-export')

# (13) a table of the session copied with its direction column kept
# (formats/table-rows.json): a markdown / wiki table (No. | Time | Dir |
# Data, its --- row) and a report's table with Send / Recv and a notes
# cell, the data in code spans; the side is the direction cell's (the
# summary's has_directions), the lines those of the session.
# Before, raw read none of the pipe rows (0 of 6)
def rows(fmt, a, b):
    return [fmt % (k + 1, 3 + k, a if l.startswith('AT') else b, l) for k, l in enumerate(T)]


@deferred
def directed(name):
    recs = [json.loads(l) for l in parse('%s/%s.log' % (TMP, name)).decode().splitlines()]
    summ = [r for r in recs if r['kind'] == 'summary'][0]
    if not summ.get('has_directions'):
        error('%s: the direction column was lost' % name)


same_as('pipe-table', lines(['| No. | Time | Dir | Data |', '|-----|------|-----|------|'] +
                            rows('| %d | 10:02:%02d.120 | %s | %s |', 'TX', 'RX')),
        'markdown-table > csv', PLAIN)
directed('pipe-table')
k, out = 0, ['| # | Direction | Data | Notes |', '|---|:---:|---|---|']
for l in S:
    if l:
        k += 1
        out.append('| %d | %s | `%s` |%s' % (k, 'Send' if l.startswith('AT') else 'Recv', l,
                                            ' slow |' if k % 4 == 0 else ''))
same_as('pipe-report', lines(out), 'markdown-table > table-rows', PLAIN)
directed('pipe-report')
# a table of commands and results (markdown-table's) and a table of
# settings are no directed rows
not_taken('neg-table', lines(['| step | command | result |', '|---|---|---|', '| 1 | AT+CSQ | OK |',
                              '| 2 | AT+COPS? | +COPS: 0 |']), 'table-rows')
path = write('neg-table2', lines(['| Band | Mode | Value |', '|---|---|---|', '| 3 | in | 1800 |',
                                  '| 20 | out | 800 |', 'AT+CSQ', '+CSQ: 21,99', 'OK']))
if json.loads(parse(path).decode().splitlines()[0]).get('format') == 'table-rows':
    error('neg-table2: a settings table read as table-rows')

# (14) a test harness's console (formats/harness-dashes.json): '>> ' and
# the command it sends, the answer below it, a dashed line after each
# step. Before: 0 of 6 (the commands text, the finals orphans)
out = []
i = 0
while i < len(S):
    out.append('>> ' + S[i])
    i += 1
    while i < len(S) and not S[i].startswith('AT'):
        out.append(S[i])
        i += 1
    out.append('-' * 40)
same_as('harness-dashes', lines(out), 'harness-dashes', PLAIN)

# ... with the modem's echo under each '>> ' line (set aside: the command is the harness's)
same_as('harness-echo', lines(sum([['>> ' + l, l] if l.startswith('AT') else [l] for l in S], []) +
                              ['-' * 20]), 'harness-dashes', PLAIN)
# a plain log with dashed lines between its steps is no harness's
out = sum([[l, '-' * 10] if l in ('OK', 'ERROR') else [l] for l in S], [])
same_as('dash-raw', lines(out), 'raw', PLAIN)

# (15) more of what OCR does to a screenshot (parser/builder.c ocr_final,
# glued_final): a speck read after a final ("OK.", "ERROR."), a blank read
# inside one ("O K", "ERR OR"), a line end lost between a final and the
# next command ("OK AT+CSQ"); the answer's "|" for "l" is kept as written.
# Before: 4 of 7 with their final, AT+CSQ lost in OK's line
same_as('ocr-specks', lines(['AT', 'OK.', 'AT+CSQ', '+CSQ: 21,99', 'O K', 'AT+CPIN?', '+CME ERR0R: 10',
                             'AT+CGMR', 'EG25GGBR07A08M2G', 'ERR OR', 'AT+COPS?',
                             '+COPS: 0,0,"Examp|e Mobi|e",7', 'OK AT+CSQ', '+CSQ: 21,99', 'OK']), 'raw',
        [('AT', 'OK.', ()), ('AT+CSQ', 'O K', ('+CSQ: 21,99',)), ('AT+CPIN?', '+CME ERR0R: 10', ()),
         ('AT+CGMR', 'ERR OR', ('EG25GGBR07A08M2G',)),
         ('AT+COPS?', 'OK', ('+COPS: 0,0,"Examp|e Mobi|e",7',)), ('AT+CSQ', 'OK', ('+CSQ: 21,99',))])
# an SMS's "O K" or "OK." right before the real OK, and "OK AT+CSQ is fine.", stay its text
same_as('ocr-specks-neg', lines(['AT+CMGR=1', '+CMGR: "REC READ","+15550100"', 'OK AT+CSQ is fine.', 'O K',
                                 'OK', 'AT+CMGR=2', '+CMGR: "REC READ","+15550100"', 'OK.', 'OK']), 'raw',
        [('AT+CMGR=1', 'OK', ('+CMGR: "REC READ","+15550100"', 'OK AT+CSQ is fine.', 'O K')),
         ('AT+CMGR=2', 'OK', ('+CMGR: "REC READ","+15550100"', 'OK.'))])

# (16) a PDF's cut after an argument's comma or before a comma (parser/
# builder.c cut_command, cut_rest): the next argument or the comma starts
# the next line; a cut before a number's answer-like rest ("80" / "80,0,1")
# stays the answer it may be. Before: the 3 cut commands read short, their rest an answer
P2 = ['AT+CGDCONT=1,"IP","internet"', 'OK', 'AT+QICSGP=1,1,"internet","","",1', 'OK',
      'AT+QICSGP=1,1,"internet","user","pw",1,0', 'OK', 'AT+CSQ', '+CSQ: 21,99', 'OK']
_, PDF2_PLAIN = transactions(parse(write('pdf-comma-plain', lines(P2, '\r\n'))))
same_as('pdf-comma', lines(['AT+CGDCONT=1,', '"IP","internet"', 'OK', 'AT+QICSGP=1,1,"internet","",', '"",1',
                            'OK', 'AT+QICSGP=1,1,"internet","user","pw",1', ',0', 'OK', 'AT+CSQ',
                            '+CSQ: 21,99', 'OK']), 'raw', PDF2_PLAIN)
same_as('pdf-comma-neg', lines(['AT+QIOPEN=1,0,"TCP","203.0.113.7",80', '80,0,1', 'OK', 'AT+CGATT=1,',
                                'OK', 'AT+CPMS="SM","SM",', '+CPMS: 0,50,0,50,0,50', 'OK']), 'raw',
        [('AT+QIOPEN=1,0,"TCP","203.0.113.7",80', 'OK', ('80,0,1',)), ('AT+CGATT=1,', 'OK', ()),
         ('AT+CPMS="SM","SM",', 'OK', ('+CPMS: 0,50,0,50,0,50',))])

# (17) a mail's HTML body in quoted-printable (RFC 2045 6.7; parser/readers/
# input.c qp_of, qp_decode): "=3D" for "=", soft line breaks ("=" at a
# line's end) cutting tags and commands at 76 columns, CR LF; decoded before
# detection, then html-entities and html-markup as for a plain HTML body.
# Before: 4 of 6 (a command cut by a soft break, AT+CGATT=3D1)
import quopri
html = ('<div dir="ltr">Hi, the modem log:<div><br></div>' +
        ''.join('<div>%s</div>' % (esc(l) or '<br>') for l in S) + '</div>\n')
same_as('qp-gmail', quopri.encodestring(html.encode()).replace(b'\n', b'\r\n'),
        'quoted-printable > html-entities > html-markup > raw', PLAIN)
same_as('qp-br', quopri.encodestring(('<p>Log:</p>\n' + ''.join('%s<br>\n' % esc(l) for l in S)).encode()),
        'quoted-printable > html-entities > html-markup > raw', PLAIN)
# a log whose every "=" happens to be followed by two hex digits or a line
# end is no quoted-printable body (no "=3D"): mbed-trace's command cut
# after its "=" (captures/traces/mbed-trace.log) keeps its line
for name, text in (('qp-neg', ['AT+IPR=115200', 'OK', 'AT+CMGS=25', '> hello', 'OK']),
                   ('qp-neg-cut', ['AT+CGDCONT=', '1,"IP","internet"', 'OK', 'AT+CSQ', '+CSQ: 21,99', 'OK'])):
    if b'quoted-printable' in parse(write(name, lines(text))):
        error('%s: read as quoted-printable' % name)

# (18) a Jupyter / IPython session copied as text (formats/jupyter-cells.json,
# IPython's terminal prompts: 'In [n]: ', '   ...: ', 'Out[n]: '): pyserial's
# write and the count it returns, each read's bytes as Python's repr (the
# echo and the answer), read by python-bytes under the prompts. Before: 0 of 6
out, n, i = [], 1, 0
while i < len(S):
    c, i, ans = S[i], i + 1, []
    while i < len(S) and not S[i].startswith('AT'):
        ans.append(S[i])
        i += 1
    rd = (c + '\r\r\n' + ''.join(a + '\r\n' for a in ans)).encode()
    out += ["In [%d]: ser.write(b'%s\\r')" % (n, c), 'Out[%d]: %d' % (n, len(c) + 1), '',
            'In [%d]: ser.read(ser.in_waiting)' % (n + 1), 'Out[%d]: %r' % (n + 1, rd), '']
    n += 2
same_as('jupyter', lines(out), 'jupyter-cells > python-bytes', PLAIN)
# a prose line that quotes a prompt is no notebook
not_taken('neg-jupyter', lines(['Then In [3]: gave nothing.', 'AT+CSQ', '+CSQ: 21,99', 'OK']),
          'jupyter-cells')

@deferred
def exact(name, data, fmt, want):
    """name's fixture reads as these transactions (command, final, responses)
    in this format, whole, a byte at a time and in random pieces."""
    path = write(name, data)
    whole = parse(path)
    head, tx = transactions(whole)
    if tx != want:
        error('%s: transactions\n  %s\n  want %s' % (name, tx, want))
    got = head.get('layers', head.get('format'))
    if fmt is not None and got != fmt:
        error('%s: format %r, want %r' % (name, got, fmt))
    for extra in (['--read-size', '1'], ['--read-size', '7', '--read-seed', '3'],
                  ['--read-size', '64', '--read-seed', '11']):
        if parse(path, *extra) != whole:
            error('%s: reads otherwise with %s' % (name, ' '.join(extra)))


# (19) Arduino GSM ModemClass with GSM_DEBUG (formats/arduino-modem-debug.json;
# Modem.cpp send(): DBG("#DEBUG# command sent: \"", cmd, "\""), waitForResponse():
# DBG("#DEBUG# response received:", "\"", data, "\"") of the trimmed buffer, its
# CR LF kept, DBG("#DEBUG# response timeout!"), DBG("#DEBUG# unhandled data: \"",
# data, "\"")): the quotes unescaped, a reply over several lines, the echo as the
# reply's first line, an SMS prompt whose text is not logged; 'response
# timeout!' a gave_up line: the command ends there without a final, and the
# unhandled data after it (+CMS ERROR: 321) is no answer of it. Before
# (generic-sendrecv): 1 of 6, two commands with the wrong answers
ARD = ([
    '[5512] #DEBUG# command sent: "AT+CGDCONT=1,"IP","apn.x""',
    '[5560] #DEBUG# response received:"OK"',
    '[5597] #DEBUG# command sent: "AT+CREG?"',
    '[5649] #DEBUG# response received:"+CREG: 0,1', '', 'OK"',
    '[5700] #DEBUG# command sent: "AT+COPS?"',
    '[5760] #DEBUG# response received:"AT+COPS?', '+COPS: 0,0,"Example Net",7', '', 'OK"',
    '[6000] #DEBUG# command sent: "AT+CMGS="+15551234567""',
    '[6100] #DEBUG# response received:">"',
    '[9100] #DEBUG# response received:"+CMGS: 23', '', 'OK"',
    '[9200] #DEBUG# command sent: "AT+CMGS="+15551234567""',
    '[9300] #DEBUG# response received:">"',
    '[39300] #DEBUG# response timeout!',
    '[39301] #DEBUG# unhandled data: "+CMS ERROR: 321"',
    '[39400] #DEBUG# command sent: "AT+CPIN?"',
    '[39500] #DEBUG# response received:"+CME ERROR: 10"'],
    [('AT+CGDCONT=1,"IP","apn.x"', 'OK', ()), ('AT+CREG?', 'OK', ('+CREG: 0,1',)),
     ('AT+COPS?', 'OK', ('+COPS: 0,0,"Example Net",7',)),
     ('AT+CMGS="+15551234567"', 'OK', ('+CMGS: 23',)),
     ('AT+CMGS="+15551234567"', None, ()), ('AT+CPIN?', '+CME ERROR: 10', ())])
exact('arduino-debug', lines(ARD[0], '\r\n'), 'arduino-modem-debug', ARD[1])
# the sketch's own prefix in another shape, the Arduino IDE's time stamps
exact('arduino-debug-colon', lines([re.sub(r'^\[(\d+)\] ', r'\1: ', l) for l in ARD[0]]),
      'arduino-modem-debug', ARD[1])
exact('arduino-debug-monitor', lines(['10:00:%02d.%03d -> %s' % (i // 10, i * 37 % 1000, re.sub(r'^\[\d+\] ', '', l))
                                      for i, l in enumerate(ARD[0])]),
      'arduino-monitor > arduino-modem-debug', ARD[1])
# a reply line with its quotes in pairs is not the reply's end; a line of the
# sketch's own after a closed reply is not the reply's
exact('arduino-debug-quoted-lines', lines([
    '#DEBUG# command sent: "AT+CGDCONT?"',
    '#DEBUG# response received:"+CGDCONT: 1,"IP","apn.x","0.0.0.0",0,0',
    '+CGDCONT: 2,"IPV6","ims","::",0,0', '', 'OK"',
    'Connected to network',
    '#DEBUG# command sent: "AT+CSQ"',
    '#DEBUG# response received:"+CSQ: 17,99', '', 'OK"']), 'arduino-modem-debug',
    [('AT+CGDCONT?', 'OK', ('+CGDCONT: 1,"IP","apn.x","0.0.0.0",0,0', '+CGDCONT: 2,"IPV6","ims","::",0,0')),
     ('AT+CSQ', 'OK', ('+CSQ: 17,99',))])

# the forks that print the result code apart: DBG("#DEBUG# response received: \"",
# _buffer, "\", code: \"", responseCode, "\""), the code the reply's last line
exact('arduino-debug-code', lines([
    '#DEBUG# command sent: "AT+CSQ"',
    '#DEBUG# response received: "+CSQ: 20,99", code: "OK"',
    '#DEBUG# command sent: "AT+CGDCONT?"',
    '#DEBUG# response received: "+CGDCONT: 1,"IP","apn.x"',
    '+CGDCONT: 2,"IPV6","ims"", code: "OK"',
    '#DEBUG# command sent: "AT+CPIN?"',
    '#DEBUG# response received: "+CME ERROR: 10"']), 'arduino-modem-debug',
    [('AT+CSQ', 'OK', ('+CSQ: 20,99',)),
     ('AT+CGDCONT?', 'OK', ('+CGDCONT: 1,"IP","apn.x"', '+CGDCONT: 2,"IPV6","ims"')),
     ('AT+CPIN?', '+CME ERROR: 10', ())])

# (20) a log pasted into a wiki page or an editor (Confluence, Notion, Google
# Docs) that made every exchanged line a bulleted item (formats/list-bullets.json):
# '• ' (U+2022) or another editor's marker, a numbered heading and a prose line
# of the writer's between the blocks. Before: raw, 0 of 6 (every line unparsed)
for name, mark in (('bullets', '\u2022 '), ('bullets-notion', '  \u25e6 '), ('bullets-square', '\u25aa '),
                   ('bullets-dash', '- '), ('bullets-star', '* ')):
    out, n = [], 0
    for ln in S:
        if ln.startswith('AT'):
            n += 1
            out += ['', '%d. Step %d' % (n, n), '', 'The module should answer this one quickly.', '']
        if ln:
            out.append(mark + ln)
    same_as(name, lines(out), 'list-bullets > raw', PLAIN)
# a URC the writer marked as later, after the final
exact('bullets-later', lines(['2. Check registration', '', '\u2022 AT^SYSINFOEX',
                              '\u2022 ^SYSINFOEX: 2,3,0,1,,6,"LTE",101,"LTE"', '\u2022 OK',
                              '\u2022 AT^NDISDUP=1,1', '\u2022 OK',
                              '\u2022 (later) ^NDISSTAT: 1,,,"IPV4"']), 'list-bullets > raw',
      [('AT^SYSINFOEX', 'OK', ('^SYSINFOEX: 2,3,0,1,,6,"LTE",101,"LTE"',)),
       ('AT^NDISDUP=1,1', 'OK', ())])
# markdown lists of prose beside a log are the writer's, commands named in them too
not_taken('neg-bullets-prose', lines(['Steps:', '- AT+CFUN=0 turns the radio off',
                                      '- AT+CFUN=1 turns it on again', '- OK means it worked',
                                      '- Reset the modem', '', 'AT+CSQ', '+CSQ: 21,99', '', 'OK']),
          'list-bullets')
not_taken('neg-bullets-notes', lines(['Notes', '* check the antenna', '* AT+CSQ', '* then call support',
                                      '', 'AT+CREG?', '+CREG: 0,1', 'OK']), 'list-bullets')
# a numbered list ('1. ', '12) '), as an editor numbers the pasted lines, and a
# time of day after the mark, peeled next by the stamp layer. Before: raw, 0 of 6
for name, fmt in (('bullets-numbered', '%d. '), ('bullets-numbered-paren', '%d) ')):
    out, n = ['Steps I ran:'], 0
    for ln in S:
        if ln:
            n += 1
            out.append(fmt % n + ln)
    same_as(name, lines(out), 'list-bullets > raw', PLAIN)
out = ['Log:'] + ['\u2022 10:00:%02d.%03d %s' % (i // 4, i * 37 % 1000, ln) for i, ln in enumerate(S) if ln]
same_as('bullets-stamped', lines(out), 'list-bullets > line-stamps > raw', PLAIN)
recs = [json.loads(l) for l in parse(write('bullets-stamped', lines(out))).splitlines()]
t = [(r['command'], r.get('time'), r.get('final_time')) for r in recs if r['kind'] == 'transaction'][:2]
if t != [('AT', '10:00:00.000000', '10:00:00.037000'), ('AT+CGMR', '10:00:00.074000', '10:00:01.185000')]:
    error('bullets-stamped: times %r' % (t,))
# numbered steps of prose that name commands are the writer's
not_taken('neg-numbered-prose', lines(['Steps:', '1. AT+CFUN=0 turns the radio off',
                                       '2. AT+CFUN=1 turns it on again', '3. OK means it worked',
                                       '4. Reset the modem', '', 'AT+CSQ', '+CSQ: 21,99', '', 'OK']),
          'list-bullets')

# (21) a spreadsheet's CSV export (RFC 4180 as Excel writes it: every field
# quoted, "" for a quote, a cell's line breaks inside its quotes, CRLF records)
# of a serial logger's rows, a time and a direction column (TX / RX / URC, Send
# / Recv) and the data, an answer of several lines in one cell
# (formats/csv-serial-logger.json, rules cell and cell-lines). Before: raw,
# 0 of 3 (every row unparsed)
exact('csv-quoted-cells', lines([
    '"Time","Direction","Data"',
    '"10:00:08","TX","AT+CGDCONT=1,""IP"",""cmnet"""',
    '"10:00:09","RX","+CGDCONT: 1,""IP"",""cmnet""', '', 'OK"',
    '"10:00:12","URC","+MIPCALL: 10.1.2.3"',
    '"10:00:13","TX","AT+COPS?"',
    '"10:00:14","RX","+COPS: 0,0,""China Mobile"",7', '', 'OK"',
    '"10:00:15","TX","AT+CPIN?"',
    '"10:00:16","RX","+CME ERROR: 10"'], '\r\n'), 'csv-serial-logger',
    [('AT+CGDCONT=1,"IP","cmnet"', 'OK', ('+CGDCONT: 1,"IP","cmnet"',)),
     ('AT+COPS?', 'OK', ('+COPS: 0,0,"China Mobile",7',)), ('AT+CPIN?', '+CME ERROR: 10', ())])
# Excel's own CSV quotes only the cells that need it; a logger's plain CSV none
exact('csv-excel-minimal', lines([
    'Time,Direction,Data', '10:00:08,TX,"AT+CGDCONT=1,""IP"",""cmnet"""',
    '10:00:09,RX,"+CGDCONT: 1,""IP"",""cmnet""', '', 'OK"', '10:00:10,TX,AT+CSQ',
    '10:00:11,RX,"+CSQ: 20,99', '', 'OK"', '10:00:12,URC,+MIPCALL: 10.1.2.3',
    '10:00:13,TX,AT+CPIN?', '10:00:14,RX,+CME ERROR: 10'], '\r\n'), 'csv-serial-logger',
    [('AT+CGDCONT=1,"IP","cmnet"', 'OK', ('+CGDCONT: 1,"IP","cmnet"',)),
     ('AT+CSQ', 'OK', ('+CSQ: 20,99',)), ('AT+CPIN?', '+CME ERROR: 10', ())])
exact('csv-time-unquoted', lines([
    'Time,Direction,Data', '10:00:08,TX,AT+CSQ', '10:00:09,RX,+CSQ: 20,99', '10:00:09,RX,OK',
    '10:00:10,Send,AT+CPIN?', '10:00:11,Recv,+CPIN: READY', '10:00:11,Recv,OK']), 'csv-serial-logger',
    [('AT+CSQ', 'OK', ('+CSQ: 20,99',)), ('AT+CPIN?', 'OK', ('+CPIN: READY',))])
# the plain session so exported, Send / Recv, a date column and a semicolon
out, t = ['"Date";"Time";"Dir";"Data"'], 0
i = 0
while i < len(S):
    c, i, ans = S[i], i + 1, []
    while i < len(S) and not S[i].startswith('AT'):
        ans.append(S[i])
        i += 1
    t += 2
    out.append('"2026-12-06";"10:00:%02d";"Send";"%s"' % (t, c.replace('"', '""')))
    cell = '\r\n'.join(ans).replace('"', '""').split('\r\n')
    cell[0] = '"2026-12-06";"10:00:%02d";"Recv";"%s' % (t + 1, cell[0])
    cell[-1] += '"'
    out += cell
same_as('csv-quoted-cells-session', lines(out, '\r\n'), 'csv-serial-logger', PLAIN)

# (Round 13) Times from the wrapper layer (docs/transcript.md "Times"): every
# record's time, whole, a byte at a time and in random pieces.
@deferred
def times(name, data, layers, want):
    path = write(name, data)
    whole = parse(path)
    recs = [json.loads(l) for l in whole.decode('utf-8', 'replace').splitlines() if l.strip()]
    got = [(r['kind'], r['line'], r.get('time'), r.get('final_time'),
            tuple(x.get('time') for x in r.get('responses', [])))
           for r in recs if r['kind'] not in ('input', 'summary')]
    if got != want:
        error('%s: records\n  %s\n  want %s' % (name, got, want))
    if recs and recs[0].get('layers') != layers:
        error('%s: layers %r, want %r' % (name, recs[0].get('layers'), layers))
    for extra in (['--read-size', '1'], ['--read-size', '7', '--read-seed', '3'],
                  ['--read-size', '64', '--read-seed', '11']):
        if parse(path, *extra) != whole:
            error('%s: reads otherwise with %s' % (name, ' '.join(extra)))


# a daemon's '> AT+CSQ' / '< OK' behind syslog (rsyslog's
# RSYSLOG_TraditionalFileFormat, "%TIMESTAMP% %HOSTNAME% %syslogtag%%msg%\n",
# rsyslog runtime/conf.c): generic-gtlt's own time groups carry nothing on
# these lines, each gets its syslog second (before: no time at all)
times('syslog-gtlt-times', lines([
    'Dec  6 10:00:01 host modemd[412]: > AT+CSQ',
    'Dec  6 10:00:01 host modemd[412]: < +CSQ: 20,99',
    'Dec  6 10:00:02 host modemd[412]: < OK',
    'Dec  6 10:00:03 host modemd[412]: > AT+COPS?',
    'Dec  6 10:00:05 host modemd[412]: < +COPS: 0,0,"Op",7',
    'Dec  6 10:00:05 host modemd[412]: < OK']), 'syslog > generic-gtlt',
    [('transaction', 1, '10:00:01.000000', '10:00:02.000000', ('10:00:01.000000',)),
     ('transaction', 4, '10:00:03.000000', '10:00:05.000000', ('10:00:05.000000',))])
# TinyGSM's own clock ([millis] ### on its debug lines, TinyGsmCommon.h
# DBG()) under tio's stamps ("[%H:%M:%S.%f] ", tio src/tty.c): the library's
# lines carry their clock, so the capture keeps it; the traffic lines between
# keep the last library time and never take tio's, another clock
times('tio-tinygsm-own-clock', lines([
    '[10:21:00.000] [12] ### TinyGSM Version: 0.12.0',
    '[10:21:00.053] AT', '[10:21:00.106] AT', '[10:21:00.159] OK',
    '[10:21:00.212] [230] ### Modem responded',
    '[10:21:00.265] AT+CSQ', '[10:21:00.318] AT+CSQ', '[10:21:00.371] +CSQ: 20,99',
    '[10:21:00.424] OK']), 'terminal-stamps > tinygsm',
    [('host-log', 1, '0.012000', None, ()),
     ('unparsed', 1, '0.012000', None, ()),
     ('transaction', 3, '0.012000', '0.012000', ()),
     ('host-log', 5, '0.230000', None, ()),
     ('unparsed', 5, '0.230000', None, ()),
     ('transaction', 7, '0.230000', '0.230000', ('0.230000',))])
# without the library's debug lines the same traffic takes tio's times
# (StreamDebugger's copy glues a command behind the OK before it)
times('tio-tinygsm-layer-clock', lines([
    '[10:21:00.053] AT', '[10:21:00.106] AT', '[10:21:00.159] OKAT+CSQ',
    '[10:21:00.212] AT+CSQ', '[10:21:00.265] +CSQ: 20,99', '[10:21:00.318] OK',
    '[10:21:00.371] AT+CREG?', '[10:21:00.424] +CREG: 0,1', '[10:21:00.477] OK']),
    'terminal-stamps > tinygsm',
    [('transaction', 1, '10:21:00.053000', '10:21:00.159000', ()),
     ('transaction', 3, '10:21:00.159000', '10:21:00.318000', ('10:21:00.265000',)),
     ('transaction', 7, '10:21:00.371000', '10:21:00.477000', ('10:21:00.424000',))])

# (Round 14) An application's own ESP_LOGx of the modem's lines (ESP-IDF
# esp_log.h LOG_FORMAT: 'I (ms) tag: ', LOG_SYSTEM_TIME_FORMAT's '(hh:mm:ss.mmm)',
# the level's colour around the line): the stamp layer esp-idf-log, the lines
# under it a terminal's. Before: raw, 0 of 3 (every line unparsed)
IDF = [('I', 'AT+CSQ'), ('I', '+CSQ: 20,99'), ('I', 'OK'), ('I', 'AT+CREG?'), ('I', '+CREG: 0,1'),
       ('I', 'OK'), ('W', 'AT+CGATT=1'), ('E', 'ERROR')]
IDF_TX = [('AT+CSQ', 'OK', ('+CSQ: 20,99',)), ('AT+CREG?', 'OK', ('+CREG: 0,1',)), ('AT+CGATT=1', 'ERROR', ())]
exact('esp-idf-log', lines(['%s (%d) modem: %s' % (lv, 1200 + 16 * i, t) for i, (lv, t) in enumerate(IDF)]),
      'esp-idf-log > raw', IDF_TX)
col = {'E': '\x1b[0;31m', 'W': '\x1b[0;33m', 'I': '\x1b[0;32m'}
exact('esp-idf-log-colour', lines(['%s%s (10:00:%02d.%03d) sim7600: %s\x1b[0m' % (col[lv], lv, i, 16 * i, t)
                                   for i, (lv, t) in enumerate(IDF)]), 'ansi > esp-idf-log > raw', IDF_TX)
recs = [json.loads(l) for l in parse(write('esp-idf-log', lines(['%s (%d) modem: %s' % (lv, 1200 + 16 * i, t)
                                                                  for i, (lv, t) in enumerate(IDF)]))).splitlines()]
t = [(r['command'], r.get('time'), r.get('final_time')) for r in recs if r['kind'] == 'transaction']
if t[:1] != [('AT+CSQ', '1.200000', '1.232000')]:
    error('esp-idf-log: times %r' % (t,))

# A TX / RX logger that prints what it wrote and read as a byte string's repr,
# Python's (b'...', '...') or the Rust bytes crate's Debug (b"..."), behind a
# logger's header (formats/generic-txrx.json rules tx and rx). Before: the repr
# read verbatim, 0 of 3, b"AT+CSQ an unparsed line
for name, q in (('txrx-rust-bytes', 'b"%s"'), ('txrx-py-bytes', "b'%s'"), ('txrx-py-str', "'%s'")):
    rows = [('tx', 'AT+CSQ\\r'), ('rx', '\\r\\n+CSQ: 20,99\\r\\n\\r\\nOK\\r\\n'), ('tx', 'AT+CREG?\\r'),
            ('rx', '\\r\\n+CREG: 0,1\\r\\n\\r\\nOK\\r\\n'), ('tx', 'AT+CGATT=1\\r'), ('rx', '\\r\\nERROR\\r\\n')]
    exact(name, lines(['[2026-12-06T10:00:%02dZ DEBUG modem] %s: %s' % (i, d, q % p) for i, (d, p) in enumerate(rows)]),
          'generic-txrx', IDF_TX)


@deferred
def exact_lines(name, data, fmt, want):
    """name's fixture reads as exactly these transactions, each (line,
    command, final, [(line, response)]), in this format, whole, a byte at a
    time and in random pieces."""
    path = write(name, data)
    whole = parse(path)
    recs = [json.loads(l) for l in whole.decode('utf-8', 'replace').splitlines() if l.strip()]
    tx = [(r['line'], r['command'], r.get('final'), [(x['line'], x['text']) for x in r.get('responses', [])])
          for r in recs if r['kind'] == 'transaction']
    if tx != want:
        error('%s: transactions\n  %s\n  want %s' % (name, tx, want))
    got = recs[0].get('layers', recs[0].get('format')) if recs else None
    if fmt is not None and got != fmt:
        error('%s: format %r, want %r' % (name, got, fmt))
    for extra in (['--read-size', '1'], ['--read-size', '7', '--read-seed', '3'],
                  ['--read-size', '64', '--read-seed', '11'], ['--read-size', '3', '--read-seed', '5']):
        if parse(path, *extra) != whole:
            error('%s: reads otherwise with %s' % (name, ' '.join(extra)))


# (Batch 9, C6) A Python script that prints what it sends ('>> AT+CSQ',
# 'Sent: AT+CSQ', '> AT+CSQ') and then print(ser.readlines()): a list of the
# bytes read (pyserial Serial.readlines(), each item bytes.__repr__), the echo
# first while it is on, '[]' after a timeout (formats/python-bytes.json rules
# write-text, bytes-list, empty-list). The list is the modem's bytes with
# Python's escapes decoded; the sent line is the command (the echo after ATE0
# is gone). Before: harness-dashes / generic-sendrecv read the commands and no
# final (0 of 5 finals); harness-dashes' answer rule now leaves a bytes list
PYL = [('AT', ["b'AT\\r\\r\\n'", "b'OK\\r\\n'"]),
       ('AT+CSQ', ["b'AT+CSQ\\r\\r\\n'", "b'+CSQ: 20,99\\r\\n'", "b'\\r\\n'", "b'OK\\r\\n'"]),
       ('AT+CPIN?', ["b'AT+CPIN?\\r\\r\\n'", "b'+CME ERROR: 10\\r\\n'"]),
       ('AT+COPS?', []),
       ('ATE0', ["b'ATE0\\r\\r\\n'", "b'OK\\r\\n'"]),
       ('AT+CGDCONT=1,"IP","internet"', ["b'\\r\\n'", "b'OK\\r\\n'"]),
       ('AT+CREG?', ["b'\\r\\n'", "b'+CREG: 0,1\\r\\n'", "b'\\r\\n'", "b'OK\\r\\n'"])]
PYL_TX = [(1, 'AT', 'OK', []), (3, 'AT+CSQ', 'OK', [(4, '+CSQ: 20,99')]),
          (5, 'AT+CPIN?', '+CME ERROR: 10', []), (7, 'AT+COPS?', None, []), (9, 'ATE0', 'OK', []),
          (11, 'AT+CGDCONT=1,"IP","internet"', 'OK', []), (13, 'AT+CREG?', 'OK', [(14, '+CREG: 0,1')])]
for name, mark in (('pylist-gtgt', '>> '), ('pylist-sent', 'Sent: '), ('pylist-gt', '> ')):
    out = []
    for cmd, items in PYL:
        out += [mark + cmd, '[' + ', '.join(items) + ']']
    exact_lines(name, lines(out), 'python-bytes', PYL_TX)
# the same reads behind a label ('Response: [...]')
out = []
for cmd, items in PYL:
    out += ['>> ' + cmd, 'Response: [' + ', '.join(items) + ']']
exact_lines('pylist-labelled', lines(out), 'python-bytes', PYL_TX)

# (Batch 9, C7) warthog618/modem's trace pasted into a ticket with its CRs
# gone (formats/go-modem-trace.json). trace/trace.go New() logs each write as
# "w: %s" and each read as "r: %s" through Go's log (LstdFlags' stamp; a line
# end added only where the bytes had none); at/at.go writeCommand() writes
# "AT"+cmd+"\r\n", writeSMSCommand() "\r" only, the PDU ends in Ctrl-Z. A
# write whose line ends without its CR is one whole command (suffix CR), a
# read's last line ends its record (suffix LF): the same transactions as the
# trace with its CRs. Before: one command of every write glued (1 of 7)
GO = [('w', 'ATZ\r\n'), ('r', 'ATZ\r\r\nOK\r\n'), ('w', 'ATE0\r\n'), ('r', 'ATE0\r\r\nOK\r\n'),
      ('w', 'AT+CSQ\r\n'), ('r', '\r\n+CSQ: 20,99\r\n\r\nOK\r\n'),
      ('w', 'AT+CPIN?\r\n'), ('r', '\r\n+CME ERROR: SIM not inserted\r\n'),
      ('w', 'AT+CMGS=23\r'), ('r', '\r\n> '), ('w', '0011000B916407281553F80000AA0AE8329BFD4697D9EC37\x1a'),
      ('r', '\r\n+CMGS: 42\r\n\r\nOK\r\n'), ('w', 'AT+COPS?\r\n'), ('r', '\r\n+COPS: 0,0,"Example",7\r\n'),
      ('r', '\r\nOK\r\n')]
go = ''.join('2024/03/14 11:02:%02d %s: %s%s' % (8 + i // 4, d, b, '' if b.endswith('\n') else '\n')
             for i, (d, b) in enumerate(GO))
GO_TX = [(1, 'ATZ', 'OK', []), (4, 'ATE0', 'OK', []), (7, 'AT+CSQ', 'OK', [(8, '+CSQ: 20,99')]),
         (12, 'AT+CPIN?', '+CME ERROR: SIM not inserted', []), (15, 'AT+CMGS=23', 'OK', [(19, '+CMGS: 42')]),
         (23, 'AT+COPS?', 'OK', [(24, '+COPS: 0,0,"Example",7')])]
exact_lines('go-modem-trace', go, 'go-modem-trace', GO_TX)
exact_lines('go-modem-trace-nocr', go.replace('\r', ''), 'go-modem-trace', GO_TX)

# (Batch 9, C5) A ModemManager debug log from syslog / the journal, hard-wrapped
# by a terminal (cut at exactly N columns, anything, its trailing blank kept or
# trimmed) or by a mail client / fold -s / Python's textwrap (cut at the last
# blank before N, the blank kept or dropped): the debug line's prefix fills the
# first line, "--> '...'" comes on the next, a long reply wraps again onto a
# third (parser/readers/reader_mm.c: the pieces joined, the dropped blank put
# back where the sample's cuts fall at blanks). ModemManager's lines are
# src/mm-port-serial-at.c debug_log() through mm-log.c's syslog / journal
# output, as the modemmanager reader's fixtures. Before: 0 transactions at 80
# columns (syslog > generic-arrows, or modemmanager reading no traffic line)
MMW = [
    "Mar 14 08:49:59 host ModemManager[655]: <msg> [3000.0001] [modem0] state changed (enabling -> enabled)",
    "Mar 14 08:50:00 host ModemManager[655]: <dbg> [3000.0137] [modem0/ttyUSB2/at] --> 'AT+CPIN?<CR>'",
    "Mar 14 08:50:00 host ModemManager[655]: <dbg> [3000.0251] [modem0/ttyUSB2/at] <-- '<CR><LF>+CPIN: READY<CR><LF><CR><LF>OK<CR><LF>'",
    "Mar 14 08:50:01 host ModemManager[655]: <dbg> [3001.0102] [modem0/ttyUSB2/at] --> 'AT+COPS=?<CR>'",
    "Mar 14 08:50:09 host ModemManager[655]: <dbg> [3009.0244] [modem0/ttyUSB2/at] <-- '<CR><LF>+COPS: (2,\"Example Mobile\",\"ExMob\",\"26201\",7),(1,\"Other Net\",\"Other\",\"26202\",7),,(0,1,2,3,4),(0,1,2)<CR><LF><CR><LF>OK<CR><LF>'",
    "Mar 14 08:50:10 host ModemManager[655]: <dbg> [3010.0011] [modem0/ttyUSB2/at] --> 'AT+CGDCONT=1,\"IPV4V6\",\"internet.telekom.example.com\"<CR>'",
    "Mar 14 08:50:10 host ModemManager[655]: <dbg> [3010.0356] [modem0/ttyUSB2/at] <-- '<CR><LF>OK<CR><LF>'",
    "Mar 14 08:50:11 host ModemManager[655]: <dbg> [3011.4500] [modem0/ttyUSB2/at] <-- '<CR><LF>+CREG: 1,\"1A2B\",\"01C3D4E5\",7<CR><LF>'",
    "Mar 14 08:50:15 host ModemManager[655]: <dbg> [3015.0003] [modem0/ttyUSB2/at] --> 'AT+CSQ<CR>'",
    "Mar 14 08:50:15 host ModemManager[655]: <dbg> [3015.0401] [modem0/ttyUSB2/at] <-- '<CR><LF>+CME ERROR: 10<CR><LF>'"]
# (line of the command, command, final, [(line, response)]) in MMW's lines (1-based)
MMW_TX = [(2, 'AT+CPIN?', 'OK', [(3, '+CPIN: READY')]),
          (4, 'AT+COPS=?', 'OK', [(5, '+COPS: (2,"Example Mobile","ExMob","26201",7),(1,"Other Net","Other","26202",7),,(0,1,2,3,4),(0,1,2)')]),
          (6, 'AT+CGDCONT=1,"IPV4V6","internet.telekom.example.com"', 'OK', []),
          (9, 'AT+CSQ', '+CME ERROR: 10', [])]


def term_wrap(l, w, trim):
    ps = [l[i:i + w] for i in range(0, len(l), w)]
    return [x.rstrip(' ') if trim else x for x in ps]


def blank_wrap(l, w, trim):
    """fold -s: the cut after the last blank before w (kept, or trimmed as a
    mail client's flowed text shows it); a word longer than w cut at w"""
    out = []
    while len(l) > w:
        k = l.rfind(' ', 0, w)
        k = k + 1 if k >= 0 else w
        out.append(l[:k])
        l = l[k:]
    out.append(l)
    return [x.rstrip(' ') if trim else x for x in out]


def wrapped_log(wrap, w, trim, log=None, want=None):
    out, first = [], {}
    for i, l in enumerate(log or MMW):
        first[i + 1] = len(out) + 1
        out += wrap(l, w, trim)
    tx = [(first[ln], c, f, [(first[rl], r) for rl, r in rs]) for ln, c, f, rs in (want or MMW_TX)]
    return lines(out), tx


exact_lines('mm-syslog-unwrapped', lines(MMW), 'modemmanager', MMW_TX)
for name, wrap, w, trim in (('mm-wrap-term80', term_wrap, 80, 0), ('mm-wrap-term80-trim', term_wrap, 80, 1),
                            ('mm-wrap-term72', term_wrap, 72, 1), ('mm-wrap-folds80', blank_wrap, 80, 0),
                            ('mm-wrap-mail80', blank_wrap, 80, 1), ('mm-wrap-mail72', blank_wrap, 72, 1),
                            ('mm-wrap-mail100', blank_wrap, 100, 1)):
    data, want = wrapped_log(wrap, w, trim)
    exact_lines(name, data, 'modemmanager', want)

# The same for a definition read under the syslog layer (parser/readers/input.c
# layer_first, layer_wrap_line): oFono's AT chat (gatchat/gatutil.c
# g_at_util_debug_chat(): "Name: > " each write, "Name: < " each read, C escapes)
# in syslog, hard-wrapped: the rest of a cut line has no syslog prefix, so the
# layer was on too few lines or the definition read the rest as a line of its
# own; the rests are joined before the layers are taken off (a wrapper that
# knows its messages' own rest lines, "continued": syslog, syslog-iso, journal).
# Before: at 80 columns 1 to 3 of 5 transactions right
OFW = [
    "Mar 14 08:50:00 pinephone ofonod[812]: Modem: > AT+CPIN?\\r",
    "Mar 14 08:50:00 pinephone ofonod[812]: Modem: < \\r\\n+CPIN: READY\\r\\n\\r\\nOK\\r\\n",
    "Mar 14 08:50:01 pinephone ofonod[812]: Modem: > AT+CRSM=176,12258,0,0,10\\r",
    "Mar 14 08:50:01 pinephone ofonod[812]: Modem: < \\r\\n+CRSM: 144,0,\"98940310325476981032\"\\r\\n\\r\\nOK\\r\\n",
    "Mar 14 08:50:02 pinephone ofonod[812]: Modem: > AT+COPS=?\\r",
    "Mar 14 08:50:09 pinephone ofonod[812]: Modem: < \\r\\n+COPS: (2,\"Example Mobile\",\"ExMob\",\"26201\",7),(1,\"Other Net\",\"Other\",\"26202\",7),,(0,1,2,3,4),(0,1,2)\\r\\n\\r\\nOK\\r\\n",
    "Mar 14 08:50:10 pinephone ofonod[812]: Modem: > AT+CGDCONT=1,\"IP\",\"internet.telekom.example.com\"\\r",
    "Mar 14 08:50:10 pinephone ofonod[812]: Modem: < \\r\\nOK\\r\\n",
    "Mar 14 08:50:11 pinephone ofonod[812]: Modem: > AT+CSQ\\r",
    "Mar 14 08:50:11 pinephone ofonod[812]: Modem: < \\r\\n+CME ERROR: 10\\r\\n"]
OFW_TX = [(1, 'AT+CPIN?', 'OK', [(2, '+CPIN: READY')]),
          (3, 'AT+CRSM=176,12258,0,0,10', 'OK', [(4, '+CRSM: 144,0,"98940310325476981032"')]),
          (5, 'AT+COPS=?', 'OK', [(6, '+COPS: (2,"Example Mobile","ExMob","26201",7),(1,"Other Net","Other","26202",7),,(0,1,2,3,4),(0,1,2)')]),
          (7, 'AT+CGDCONT=1,"IP","internet.telekom.example.com"', 'OK', []),
          (9, 'AT+CSQ', '+CME ERROR: 10', [])]
exact_lines('ofono-syslog-unwrapped', lines(OFW), 'syslog > ofono-gatchat', OFW_TX)
for name, wrap, w, trim in (('ofono-wrap-term80', term_wrap, 80, 0), ('ofono-wrap-term80-trim', term_wrap, 80, 1),
                            ('ofono-wrap-folds80', blank_wrap, 80, 0), ('ofono-wrap-mail80', blank_wrap, 80, 1),
                            ('ofono-wrap-mail72', blank_wrap, 72, 1)):
    data, want = wrapped_log(wrap, w, trim, OFW, OFW_TX)
    exact_lines(name, data, 'syslog > ofono-gatchat', want)
# ... at 64 columns (a narrow terminal or mail client cutting at blanks), the
# log's first line a plugin's whose cut fell right after "ofonod[812]:" (the
# blank trimmed: parser/readers/input_held.c ats_in_layer_wrap_with takes
# that piece as carrying the prefix, so the rests are the syslog layer's to
# join, not a plain mail wrap's, which joins only a piece within 10 columns
# of the width). Before: 1 of 5 right
OFW64 = ['Mar 14 08:49:59 pinephone ofonod[812]: plugins/udevng.c:setup_quectel() '
         '/sys/devices/platform/soc/1c1b000.usb/usb2/2-1'] + OFW
OFW64_TX = [(l + 1, c, f, [(rl + 1, r) for rl, r in rs]) for l, c, f, rs in OFW_TX]
for name, wrap, w, trim in (('ofono-wrap-mail64', blank_wrap, 64, 1), ('ofono-wrap-folds64', blank_wrap, 64, 0),
                            ('ofono-wrap-term64', term_wrap, 64, 0)):
    data, want = wrapped_log(wrap, w, trim, OFW64, OFW64_TX)
    exact_lines(name, data, 'syslog > ofono-gatchat', want)

# Legato's atClient through logread (components/atServices/Common/le_dev.c
# PrintBuffer(), framework/liblegato/linux/log.c's syslog line): a prefix so long
# that a mail client cuts every line at the same blank, so every piece is as wide
# as the widest line, as a terminal's would be; the blank is put back because the
# lines then read better (layer_first tries both). Before: raw, 0 of 3
LGW = ["Jan  6 10:21:%02d swi-mdm9x28 user.debug Legato:  DBUG | atService[1203]/atClient T=atClient_0 | "
       "le_dev.c PrintBuffer() 211 | '/dev/ttyAT' -> %s" % (5 + i, b) for i, b in enumerate(
           ['AT+CSQ<CR>', '<CR><LF>+CSQ: 20,99<CR><LF><CR><LF>OK<CR><LF>', 'AT+CREG?<CR>',
            '<CR><LF>+CREG: 0,1<CR><LF><CR><LF>OK<CR><LF>', 'AT+CGATT=1<CR>', '<CR><LF>ERROR<CR><LF>'])]
LGW_TX = [(1, 'AT+CSQ', 'OK', [(2, '+CSQ: 20,99')]), (3, 'AT+CREG?', 'OK', [(4, '+CREG: 0,1')]),
          (5, 'AT+CGATT=1', 'ERROR', [])]
exact_lines('legato-logread-unwrapped', lines(LGW), 'syslog > legato-at', LGW_TX)
for name, wrap, w, trim in (('legato-wrap-mail100', blank_wrap, 100, 1), ('legato-wrap-term100', term_wrap, 100, 0)):
    data, want = wrapped_log(wrap, w, trim, LGW, LGW_TX)
    exact_lines(name, data, 'syslog > legato-at', want)

# D1 (held-out batch 10): a host library's trace pasted into a chat app under
# the message's header line, the trace indented by a tab. Adafruit FONA's debug
# (adafruit/Adafruit_FONA Adafruit_FONA.cpp getReply(): DEBUG_PRINT(F("\t---> "))
# before the command, DEBUG_PRINT(F("\t<--- ")) before each reply line). The
# header "[21:40] Ana: <prose>" is the chat's (formats/chat-typography.json drop:
# a message of words, no command, no +NAME, no final in it); a header that holds
# a command or a final stays a line of the log. Before: indent > generic-arrows,
# 0 transactions with a message on the header
FONA = ['\t---> AT+CSQ', '\t<--- +CSQ: 20,99', '\t<--- OK', '\t---> AT+CREG?', '\t<--- +CREG: 0,1',
        '\t<--- OK', '\t---> AT+CGATT=1', '\t<--- ERROR']
FONA_TX = [('AT+CSQ', 'OK', ('+CSQ: 20,99',)), ('AT+CREG?', 'OK', ('+CREG: 0,1',)),
           ('AT+CGATT=1', 'ERROR', ())]
exact('fona-bare-tab', lines(FONA), 'indent > fona', FONA_TX)
exact('fona-chat-msg', lines(['[21:40] Ana: it hangs after the first send'] + FONA),
      'indent > chat-typography > fona', FONA_TX)
exact('fona-chat-alone', lines(['[21:40] Ana:'] + FONA), 'indent > chat-typography > fona', FONA_TX)
exact('fona-chat-two-msgs', lines(['[21:40] Ana: it hangs after the first send'] + FONA[:6] +
                                  ['[21:41] Ben: did you try a longer timeout?'] + FONA[6:], '\r\n'),
      'indent > chat-typography > fona', FONA_TX)
exact('fona-chat-teams-ampm', lines(['[9:40 PM] Ana Lima: it hangs after the first send, see below', '']
                                    + FONA), 'indent > chat-typography > fona', FONA_TX)

# D6 (held-out batch 10): a script that prints the command it sent and the
# reply as a Python list of str (print('Sent:', cmd); print('Received:', lines)
# after a read loop that decodes and strips each line: Objects/listobject.c
# list_repr() of str reprs), the echo kept with its CR while echo is on, '[]'
# after a timeout (host text: the command has no final), a +CME ERROR alone.
# formats/python-bytes.json str-list (decode python-list); generic-sendrecv's
# read rules leave a payload that is a Python list. Before: generic-sendrecv,
# 5 commands and no final
PYS = ["Sent: ATE0", "Received: ['ATE0\\r', 'OK']", "Sent: AT+CPIN?",
       "Received: ['+CPIN: READY', 'OK']", "Sent: AT+CSQ", "Received: ['+CSQ: 20,99', '', 'OK']",
       "Sent: AT+CREG?", "Received: []", "Sent: AT+CPIN=1234", "Received: ['+CME ERROR: 516']"]
PYS_TX = [('ATE0', 'OK', ()), ('AT+CPIN?', 'OK', ('+CPIN: READY',)), ('AT+CSQ', 'OK', ('+CSQ: 20,99',)),
          ('AT+CREG?', None, ()), ('AT+CPIN=1234', '+CME ERROR: 516', ())]
exact('pystr-sent-received', lines(PYS), 'python-bytes', PYS_TX)
exact('pystr-sent-received-crlf', lines(PYS, '\r\n'), 'python-bytes', PYS_TX)
PYE = ["Sent: AT", "Received: ['AT\\r', 'OK']", "Sent: AT+CPIN?",
       "Received: ['AT+CPIN?\\r', '+CPIN: READY', '', 'OK']", "Sent: AT+CREG?", "Received: []",
       "Sent: AT+CPIN=1234", "Received: ['AT+CPIN=1234\\r', '+CME ERROR: 516']"]
exact('pystr-echo-on', lines(PYE), 'python-bytes',
      [('AT', 'OK', ()), ('AT+CPIN?', 'OK', ('+CPIN: READY',)), ('AT+CREG?', None, ()),
       ('AT+CPIN=1234', '+CME ERROR: 516', ())])

# D3 (held-out batch 10): a README's table of commands is documentation, not a
# log: the cell after the command is prose (words, inline code among them),
# where a log's table holds the exchanged lines (formats/markdown-table.json's
# first alternative leaves such a row). Before: code-fence > markdown-table > raw,
# 3 unanswered commands from the table
DOC = ['# SIM7600 quick reference', '', '| Command | Description |', '|---|---|',
       '| `AT` | attention, returns `OK` |',
       '| `AT+CSQ` | signal quality, returns `+CSQ: <rssi>,<ber>` then `OK` |',
       '| `AT+CREG?` | network registration, returns `+CREG: <n>,<stat>` |',
       '| AT+CGATT=1 | Attach to the packet domain | 75 s |', '', 'That is all.']
exact('doc-table', lines(DOC), None, [])
# ... and its one-line example in a fence, prose after it: a command alone
# between the fence lines with nothing a modem prints after it is an example
# (parser/builder.c fenced_example); a fenced log whose last command hung
# keeps that command (the modem's lines before it, not the opening fence).
# Before: 1 unanswered AT+CPIN?
exact('doc-fence-example', lines(DOC + ['Check the SIM first:', '', '```', 'AT+CPIN?', '```', '',
                                        'should return READY.']), None, [])
exact('doc-fence-example-alone', lines(['```', 'AT+CPIN?', '```', 'should return READY.']), None, [])
# (the closing fence ends the log: the fence and the words after it are no
# answer of the hung command, unparsed text as the words before the fence)
exact('fence-log-hung', lines(['```', 'AT', 'OK', 'AT+CPIN?', '```', 'it hangs here']), None,
      [('AT', 'OK', ()), ('AT+CPIN?', None, ())])
# A reporter's own run in a fence, one command that got nothing: the text
# around the fence says so (hangs, stuck, no response, times out, sent),
# so it is a transaction with no final, not a README's example
# (parser/builder.c run_words; a condition or a modal before the word,
# "if it hangs", "it may time out", is a manual's). The long command was
# kept before only because a cut-command hold lost its fence (3 cases
# below read 0 before; the README one read 1, now 0).
QO = 'AT+QIOPEN=1,0,"TCP","1.2.3.4",80,0,0'
for name, before, after in (
        ('fence-run-hangs', ['The module connects fine, but it hangs here:', ''], ['', 'Any idea?']),
        ('fence-run-sent', ['I send this and then no response at all:'], []),
        ('fence-run-after', [], ['it just hangs, no +QIOPEN ever']),
        ('fence-run-stuck-cpin', ['Stuck at the SIM check:'], ['nothing else is printed'])):
    cmd = 'AT+CPIN?' if 'cpin' in name else QO
    exact(name, lines(before + ['```', cmd, '```'] + after), 'raw', [(cmd, None, ())])
    exact(name + '-crlf', lines(before + ['```', cmd, '```'] + after, '\r\n'), 'raw', [(cmd, None, ())])
# ... and a README's example stays help text, a long one too (a command a
# page may have cut is held a line: it keeps its fence), a manual's "if it
# hangs" and "may time out" included
exact('doc-fence-long', lines(['Open a socket to the server:', '', '```', QO, '```', '',
                               'then wait for +QIOPEN: 0,0.']), 'raw', [])
exact('doc-fence-if-hangs', lines(['Check the SIM first:', '', '```', 'AT+CPIN?', '```', '',
                                   'If it hangs here, reset the module.']), 'raw', [])
exact('doc-fence-may-timeout', lines(['Then attach; it may time out after 75 s:', '```', 'AT+CGATT=1',
                                      '```']), 'raw', [])
exact('fence-one-answered', lines(['```', 'AT+CPIN?', '+CPIN: READY', 'OK', '```']), None,
      [('AT+CPIN?', 'OK', ('+CPIN: READY',))])
# ... and a log's table beside it still reads, a note in its third cell
exact('log-table-note', lines(['| Command | Answer | Note |', '|---|---|---|',
                               '| `AT+CSQ` | `+CSQ: 20,99`<br>`OK` | signal is fine |',
                               '| AT+CPIN? | +CPIN: READY<br>OK | |', '| AT+CGATT=1 | ERROR | not registered |']),
      'markdown-table > raw', [('AT+CSQ', 'OK', ('+CSQ: 20,99',)), ('AT+CPIN?', 'OK', ('+CPIN: READY',)),
                               ('AT+CGATT=1', 'ERROR', ())])

# (Batch 10, D2) mgos pppos at verbose debug under `mos console`: LOG("<< %.*s")
# of the bytes just read (mongoose-os-libs/pppos src/mgos_pppos.c
# mgos_pppos_uart_dispatcher()), the read's own CR LF breaking the log line;
# mos console (mongoose-os/mos cli/console.go) stamps every line it prints with
# StampMilli, "[Jan _2 15:04:05.000] " (a one-digit day padded by a blank), so
# the modem's lines of the read come stamped but with no logger prefix, or bare
# where the stamp is off; an ESP-IDF log line after a read is no part of it.
# Before: the stamped lines were host-log, 0 of 3 finals
MG = ['[Dec  6 22:14:10.100] mgos_pppos.c:129    >> AT',
      '[Dec  6 22:14:10.101] mgos_pppos.c:138    4 -> 5 3.100000 13.100000',
      '[Dec  6 22:14:10.140] mgos_pppos.c:912    < 9',
      '[Dec  6 22:14:10.140] mgos_pppos.c:919    << AT\r\r', '[Dec  6 22:14:10.140] OK\r', '[Dec  6 22:14:10.140] ',
      '[Dec  6 22:14:10.141] I (5123) wifi:wifi driver task: 3ffc0b5c, prio:23',
      '[Dec  6 22:14:10.200] mgos_pppos.c:129    >> AT+CSQ',
      '[Dec  6 22:14:10.240] mgos_pppos.c:919    << AT+CSQ\r\r', '[Dec  6 22:14:10.240] +CSQ: 17,99\r',
      '[Dec  6 22:14:10.240] \r', '[Dec  6 22:14:10.240] OK\r', '[Dec  6 22:14:10.240] ',
      '[Dec  6 22:14:10.300] mgos_pppos.c:129    >> ATDT*99***1#',
      '[Dec  6 22:14:10.340] mgos_pppos.c:919    << ATDT*99***1#\r\r',
      '[Dec  6 22:14:10.340] CONNECT 150000000\r', '[Dec  6 22:14:10.340] ',
      '[Dec  6 22:14:10.400] mgos_pppos.c:828    Starting PPP, user \'\'']
MG_TX = [(1, 'AT', 'OK', []), (8, 'AT+CSQ', 'OK', [(9, '+CSQ: 17,99')]),
         (14, 'ATDT*99***1#', 'CONNECT 150000000', [])]
exact_lines('mgos-pppos-mos-stamped', lines(MG), 'mgos-pppos', MG_TX)
# the same as a terminal shows it: the CRs gone, the modem's lines bare, the
# read's last line end a blank line (before: right, kept so)
MGB = [re.sub(r'^\[Dec  6 [\d:.]+\] (?!mgos_)', '', l).replace('\r', '') for l in MG]
exact_lines('mgos-pppos-mos-bare', lines(MGB), 'mgos-pppos', MG_TX)

# (Batch 10, D5) Particle Device OS's NCP trace (formats/particle-ncp.json,
# hal/network/ncp/at_parser/at_parser_impl.cpp logRespLine(): each line the
# parser reads is its own '< ' record) of a Quectel AT+QIRD whose 53 bytes
# the trace does not log: the next record, a whole final, is the command's
# (shows "no-blocks"); a block the trace does show is still data. Before: the
# builder took the OK as the block's first bytes, no final (2 of 4 finals)
PQ = ['0000012100 [ncp.at] TRACE: > AT+CGMM', '0000012110 [ncp.at] TRACE: < BG96',
      '0000012111 [ncp.at] TRACE: < OK',
      '0000012200 [ncp.at] TRACE: > AT+QIRD=0,1024', '0000012210 [ncp.at] TRACE: < +QIRD: 53,"1.2.3.4",5684',
      '0000012211 [ncp.at] TRACE: < OK',
      '0000012300 [ncp.at] TRACE: > AT+QIRD=0,1024', '0000012310 [ncp.at] TRACE: < +QIRD: 5',
      '0000012311 [ncp.at] TRACE: < hello', '0000012312 [ncp.at] TRACE: < OK',
      '0000012400 [ncp.at] TRACE: > AT+CSQ', '0000012410 [ncp.at] TRACE: < +CSQ: 20,99',
      '0000012411 [ncp.at] TRACE: < OK']
PQ_TX = [(1, 'AT+CGMM', 'OK', [(2, 'BG96')]), (4, 'AT+QIRD=0,1024', 'OK', [(5, '+QIRD: 53,"1.2.3.4",5684')]),
         (7, 'AT+QIRD=0,1024', 'OK', [(8, '+QIRD: 5')]), (11, 'AT+CSQ', 'OK', [(12, '+CSQ: 20,99')])]
exact_lines('particle-ncp-qird-unlogged', lines(PQ), 'particle-ncp', PQ_TX)
# (Batch 12, F9) the same trace with a URC that says how many bytes follow
# (direct push: +QIURC: "recv",0,5): what the client reads by count is not
# in the trace, for a URC's data as for a block's, so the next record is a
# line of its own. Before: its first 5 bytes taken as the data, the rest of
# the line unparsed.
PU = PQ[:3] + ['0000012150 [ncp.at] TRACE: < +QIURC: "recv",0,5',
               '0000012160 [ncp.at] TRACE: < +QIURC: "closed",0',
               '0000012200 [ncp.at] TRACE: > AT+QICLOSE=0', '0000012210 [ncp.at] TRACE: < OK'] + PQ[10:]
PU_TX = [PQ_TX[0], (6, 'AT+QICLOSE=0', 'OK', []), (8, 'AT+CSQ', 'OK', [(9, '+CSQ: 20,99')])]
exact_lines('particle-ncp-urc-data-unlogged', lines(PU), 'particle-ncp', PU_TX)
PU_REC = [(r['kind'], r['line']) for r in map(json.loads, parse(write('particle-ncp-urc-data-unlogged', lines(PU)))
                                                .decode().splitlines())
          if r['kind'] in ('urc', 'data', 'unparsed')]
if PU_REC != [('urc', 4), ('urc', 5)]:
    error('particle-ncp-urc-data-unlogged: %s, want the two URCs alone' % PU_REC)

# (Batch 10, D4) the same trace copied from an 80-column terminal: a record
# longer than the width comes in pieces, the rest without the log's prefix
# (formats/particle-ncp.json "wrapped.cut": a '>' / '<' record a multiple of
# a common terminal width long is joined to a next line no rule reads).
# (several lines of the width: read so before too, the sample showing the
# width)
PW_LONG = ['0000303130 [ncp.at] TRACE: > AT+QMTOPEN=0,"a1b2c3.iot.eu-west-1.amazonaws.com",8883',
           '0000305400 [ncp.at] TRACE: > AT+QMTCONN=0,"e00fce68a1b2c3d4e5f6a7b8-boron-field-unit-0042",'
           '"a1b2c3.iot.eu-west-1.amazonaws.com/e00fce68a1b2c3d4e5f6a7b8","token-0123456789abcdef"']
PW = ['0000303000 [ncp.at] TRACE: > AT+CGMM', '0000303010 [ncp.at] TRACE: < BG96', '0000303011 [ncp.at] TRACE: < OK']
for k in range(0, len(PW_LONG[0]), 80):
    PW.append(PW_LONG[0][k:k + 80])
PW += ['0000303140 [ncp.at] TRACE: < OK', '0000305200 [ncp.at] TRACE: < +QMTOPEN: 0,0']
for k in range(0, len(PW_LONG[1]), 80):
    PW.append(PW_LONG[1][k:k + 80])
PW += ['0000305410 [ncp.at] TRACE: < OK', '0000305900 [ncp.at] TRACE: < +QMTCONN: 0,0,0',
       '0000306000 [ncp.at] TRACE: > AT+CSQ', '0000306010 [ncp.at] TRACE: < +CSQ: 20,99', '0000306011 [ncp.at] TRACE: < OK']
PW_TX = [(1, 'AT+CGMM', 'OK', [(2, 'BG96')]), (4, PW_LONG[0].split('> ')[1], 'OK', []),
         (8, PW_LONG[1].split('> ')[1], 'OK', []), (13, 'AT+CSQ', 'OK', [(14, '+CSQ: 20,99')])]
exact_lines('particle-ncp-wrap80', lines(PW), 'particle-ncp', PW_TX)
# one record cut alone: too few lines of the width for the sample to show it
# (fmt_detect.c wrap_width_of() wants three); before: ...amazonaws.com",8
PW1 = PW[:7] + ['0000305300 [ncp.at] TRACE: > AT+CSQ', '0000305310 [ncp.at] TRACE: < +CSQ: 20,99',
                '0000305311 [ncp.at] TRACE: < OK']
PW1_TX = PW_TX[:2] + [(8, 'AT+CSQ', 'OK', [(9, '+CSQ: 20,99')])]
exact_lines('particle-ncp-wrap80-one', lines(PW1), 'particle-ncp', PW1_TX)

# (Batch 11, E2) a serial tool's log stamped [YYYY-MM-DD_HH:MM:SS:mmm] (an
# underscore between date and time, a colon before the milliseconds), no
# direction (formats/bracket-date-underscore.json; the shape an EC626 MQTT
# note in public code quotes). Before: raw, 0 transactions
DU = ['[2026-10-14_09:03:11:600]AT+QMTOPEN=0,"test.mosquitto.org",1883',
      '[2026-10-14_09:03:11:615]OK',
      '[2026-10-14_09:03:12:910]',
      '[2026-10-14_09:03:12:910]+QMTOPEN: 0,0',
      '[2026-10-14_09:03:13:020]AT+CSQ',
      '[2026-10-14_09:03:13:041]+CSQ: 20,99',
      '[2026-10-14_09:03:13:041]',
      '[2026-10-14_09:03:13:041]OK']
DU_TX = [('AT+QMTOPEN=0,"test.mosquitto.org",1883', 'OK', ()), ('AT+CSQ', 'OK', ('+CSQ: 20,99',))]
exact('date-underscore', lines(DU, '\r\n'), 'bracket-date-underscore', DU_TX)
exact('date-underscore-fenced', lines(['MQTT 连接日志如下：', '', '```'] + DU + ['```']),
      'code-fence > bracket-date-underscore', DU_TX)

# (Batch 11, E3) ESP-IDF 4.x legacy esp_modem at DEBUG with only the
# esp-modem: debug_data hexdumps of the lines the DTE received
# (esp-idf examples/protocols/pppos_client/components/modem/src/esp_modem.c
# esp_dte_handle_line(): ESP_LOG_BUFFER_HEXDUMP of each line, the module's
# echo included; esp-idf log_buffers.c rows): no send line, so the echo gives
# the commands, as a terminal's does. Before: 0 transactions
def hexrow(ms, bs):
    h = ' '.join('%02x' % b for b in bs)
    return 'D (%d) esp-modem: debug_data: 0x3ffb9a2c   %-49s |%s|' % (
        ms, h, ''.join(chr(b) if 32 <= b < 127 else '.' for b in bs))
EL = ['I (1500) pppos_example: Initializing modem',
      hexrow(1600, b'AT\r\r\n'), hexrow(1610, b'OK\r\n'),
      hexrow(1700, b'AT+CSQ\r\r\n'), hexrow(1710, b'+CSQ: 20,99\r\n'), hexrow(1711, b'OK\r\n'),
      hexrow(1800, b'AT+CGDCONT=1,"IP","in'), hexrow(1800, b'ternet"\r\r\n'), hexrow(1805, b'OK\r\n')]
EL_TX = [('AT', 'OK', ()), ('AT+CSQ', 'OK', ('+CSQ: 20,99',)), ('AT+CGDCONT=1,"IP","internet"', 'OK', ())]
exact('esp-modem-legacy-dumps-only', lines(EL), 'esp-modem-legacy', EL_TX)
# with the library's Sending command: lines the dumps stay the modem's side:
# the echo in them is the echo, no second command
ES = [EL[0], 'D (1599) esp-modem: Sending command:AT', EL[1], EL[2],
      'D (1699) esp-modem: Sending command:AT+CSQ', EL[3], EL[4], EL[5]]
exact('esp-modem-legacy-dumps-sends', lines(ES), 'esp-modem-legacy', EL_TX[:2])

# (issue 12 leftovers) python-bytes: a readlines() list whose elements
# repr() quoted in double quotes (bytes with a ' and no ", CPython
# Objects/bytesobject.c PyBytes_Repr()), the list's elements each read as
# its bytes (decoder python-bytes-list). Before: the list was no line of the
# definition's, its SMS text and final lost (3 -> 4 of 4 finals)
PYL = [repr([b'AT+CMGF=1\r\r\n', b'OK\r\n']), repr([b'AT+CMGS="+15551234567"\r\r\n', b'> ']),
       repr([b"it's here\x1a\r\n", b'+CMGS: 12\r\n', b'\r\n', b'OK\r\n']),
       repr([b'AT+COPS?\r\r\n', b'+COPS: 0,0,"Bob\'s Net",7\r\n', b'\r\n', b'OK\r\n']),
       repr([b'AT+CSQ\r\r\n', b'+CSQ: 20,99\r\n', b'\r\n', b'OK\r\n'])]
assert '"it\'s here' in PYL[2]
exact('pylist-double-quotes', lines(PYL), 'python-bytes',
      [('AT+CMGF=1', 'OK', ()), ('AT+CMGS="+15551234567"', 'OK', ('+CMGS: 12',)),
       ('AT+COPS?', 'OK', ('+COPS: 0,0,"Bob\'s Net",7',)), ('AT+CSQ', 'OK', ('+CSQ: 20,99',))])
# ... and a script's Sent: / Received: prints behind Python logging's
# prefixes (formats/python-logging.json; CPython Lib/logging/__init__.py
# BASIC_FORMAT "%(levelname)s:%(name)s:%(message)s", formatTime()'s
# "%Y-%m-%d %H:%M:%S,mmm", the HOWTO's "%(asctime)s - %(name)s -
# %(levelname)s - %(message)s"): read as the bare prints. Before: tsline or
# raw, 0 transactions
PYS2 = [(b'AT\r', b'AT\r\r\nOK\r\n'), (b'AT+CPIN?\r', b'AT+CPIN?\r\r\n+CPIN: READY\r\n\r\nOK\r\n'),
        (b'AT+COPS?\r', b'AT+COPS?\r\r\n+COPS: 0,0,"Bob\'s Net",7\r\n\r\nOK\r\n'),
        (b'AT+CGATT=1\r', b'AT+CGATT=1\r\r\nERROR\r\n')]
PYS2_TX = [('AT', 'OK', ()), ('AT+CPIN?', 'OK', ('+CPIN: READY',)),
           ('AT+COPS?', 'OK', ('+COPS: 0,0,"Bob\'s Net",7',)), ('AT+CGATT=1', 'ERROR', ())]
bare = []
for w, r in PYS2:
    bare += ['Sent: %r' % w, 'Received: %r' % r]
exact('pylog-bare', lines(bare), 'python-bytes', PYS2_TX)
for name, fmt in (('pylog-asctime', '2024-05-01 10:00:%02d,%03d DEBUG %s'),
                  ('pylog-basic', 'DEBUG:modem:%.0s%.0s%s'),
                  ('pylog-howto', '2024-05-01 10:00:%02d,%03d - modem.port - DEBUG - %s'),
                  ('pylog-colons', '2024-05-01 10:00:%02d,%03d:DEBUG:%s')):
    out = [fmt % (i // 3, 137 * i % 1000, l) for i, l in enumerate(bare)]
    out.insert(2, (fmt % (0, 400, 'modem ready, polling')).replace('DEBUG', 'INFO'))
    exact(name, lines(out), 'python-logging > python-bytes', PYS2_TX)
# a Java or Go log with a level word and a dot before its milliseconds, and
# prose that names a level, is no Python logging
not_taken('neg-pylog', lines(['2024-05-01 10:00:00.123 DEBUG Sent: AT', 'INFO: modem up',
                              'DEBUG mode on: AT+CSQ', 'AT+CSQ', '+CSQ: 20,99', 'OK']),
          'python-logging')

# A serial terminal's own lines around the session (formats/terminal-tool-lines.json):
# picocom's banner, a status line and its exit lines (npat-efault/picocom picocom.c main(),
# parse_args(), show_status()), tio's status lines under its stamp, a plain log and a stamped
# one, and tio 1.x's "[tio HH:MM:SS] " (tio/tio src/print.h tio_printf(), src/tty.c). Before,
# "Terminating..." and "Disconnected" were modem text (orphan-response, tests/cli/precision.sh)
PICO_HEAD = ['picocom v3.1', '', 'port is        : /dev/ttyUSB2', 'flowcontrol    : none',
             'baudrate is    : 115200', 'parity is      : none', 'databits are   : 8',
             'stopbits are   : 1', 'escape is      : C-a', 'local echo is  : no', '',
             'Type [C-a] [C-h] to see available commands', 'Terminal ready']
same_as('picocom-session', lines(PICO_HEAD + S[:10] + ['*** baud: 115200', '*** flow: none'] + S[10:] +
                                 ['', 'Terminating...', 'Thanks for using picocom'], '\r\n'),
        'terminal-tool-lines > raw', PLAIN)
same_as('tio-plain', lines(['[10:21:00.053] tio v2.7', '[10:21:00.053] Press ctrl-t q to quit',
                            '[10:21:00.054] Connected to /dev/ttyUSB2'] + S[:10] +
                           ['[10:21:07.913] Disconnected', '[10:21:07.914] Waiting for tty device..',
                            '[10:21:12.020] Connected to /dev/ttyUSB2'] + S[10:], '\r\n'),
        'terminal-tool-lines > raw', PLAIN)
same_as('tio-1x', lines(['[tio 10:21:00] tio v1.32', '[tio 10:21:00] Press ctrl-t q to quit',
                         '[tio 10:21:00] Connected'] + S + ['[tio 10:22:41] Disconnected'], '\r\n'),
        'terminal-tool-lines > raw', PLAIN)
not_taken('neg-tool-lines', lines(['AT+CSQ', '+CSQ: 21,99', 'OK', 'Connected to the broker, terminal ready',
                                   'AT+CGATT?', '+CGATT: 1', 'OK', 'WIFI CONNECTED']), 'terminal-tool-lines')

# Hard-wrapped gammu in syslog at 100 and 120 columns (a mail client's cut
# at blanks, the blank trimmed; a terminal's at N): a dump row's rest after
# a cut between cells ("|2B+|43C|..."), a row cut right after "gammu:", a
# full row whose ASCII column went to the next line (formats/gammu.json: the
# frame's continuation takes a rest that opens with "|", and an empty
# "gammu:"; wrapped.text joins a row's cut-off ASCII column). Before: at
# blank-wrapped 100 0 of 4 right (3 read), at 120 0 of 4 (4 read, answers lost)
GM = open('captures/traces/gammu-smsd-syslog.log', encoding='utf-8').read().splitlines()
_recs = [json.loads(l) for l in parse(write('gammu-syslog-unwrapped', lines(GM))).decode().splitlines()]
GM_TX = [(r['line'], r['command'], r.get('final'), [(x['line'], x['text']) for x in r.get('responses', [])])
         for r in _recs if r['kind'] == 'transaction']
if len(GM_TX) != 4:
    error('gammu-smsd-syslog.log reads %d transactions, not 4' % len(GM_TX))
for name, wrap, w, trim in (('gammu-wrap-mail100', blank_wrap, 100, 1), ('gammu-wrap-mail120', blank_wrap, 120, 1),
                            ('gammu-wrap-folds100', blank_wrap, 100, 0), ('gammu-wrap-term100', term_wrap, 100, 0),
                            ('gammu-wrap-term120-trim', term_wrap, 120, 1)):
    data, want = wrapped_log(wrap, w, trim, GM, GM_TX)
    exact_lines(name, data, 'syslog > gammu', want)

settle()
sys.exit(fail)
