#!/usr/bin/env python3
"""CSV / TSV tables of serial traffic in any column order (helper csv19,
parser/readers/reader_csv.c; tests/data/csv19/README.md cites the shapes):
every transaction exact (line, command, final, responses) and its latency
(final_ms, from the rows' times), the URCs, the format, the same records
whole, a byte at a time and in random pieces; the tables the fixed-layout
definition csv-serial-logger reads, read by the csv reader (-i csv) to the
same transactions and latencies; and tables that are not traffic (a list of
commands, a test plan, signal readings) not taken by it.

usage: csv19_check.py ATSCOPE SRCDIR"""
import json
import os
import random
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exact_fixtures import Checker  # noqa: E402

BIN, SRC = sys.argv[1], sys.argv[2]
DIR = SRC + '/tests/data/csv19/'

CSQ = ('AT+CSQ', 'OK', ['+CSQ: 20,99'])


def COPS_TX(a, b, c):
    return [(a,) + CSQ, (b, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Vodafone.de",7']),
            (c, 'AT+CMGF=1', 'ERROR', [])]


# file: (format, options, [(line, command, final, [responses])], [(line, urc)])
EXPECT = {
    # the lead's probes: direction before the time, C-escaped cells with their own line ends
    'dir-time-data.csv': ('csv', [], [
        (2,) + CSQ,
        (4, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
        (6, 'AT+CGDCONT=1,"IP","iot.example"', 'ERROR', []),
    ], []),
    # epoch seconds, the message before the direction, "+CSQ: 20,99" unquoted (a cell more)
    'epoch-message-dir.csv': ('csv', [], [
        (2,) + CSQ,
        (5, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
        (8, 'AT+CPIN?', '+CME ERROR: 10', []),
    ], []),
    # every field quoted, a UTF-8 BOM, a URC row
    'quoted-all-bom.csv': ('csv', [], [
        (2,) + CSQ,
        (5, 'AT+COPS?', 'OK', ['+COPS: 0,0,"Vodafone.de",7']),
    ], [(8, '+CREG: 5')]),
    # semicolons, a port column, > / < directions, a ';' inside a command
    'semicolon-port.csv': ('csv', [], [
        (2,) + CSQ,
        (5, 'AT+COPS=3,2;+COPS?', 'OK', ['+COPS: 0,2,"26202",7']),
        (8, 'AT+CMGF=1', 'ERROR', []),
    ], []),
    # a serial logger's TSV export, the control bytes as <CR> <LF> tokens (batch 18's L7)
    'tokens.tsv': ('csv', [], [
        (2,) + CSQ,
        (4, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
        (6, 'AT+CMGF=1', 'ERROR', []),
    ], []),
    # no header: the data first, the roles read from the cells
    'noheader-data-first.csv': ('csv', [], [
        (1,) + CSQ,
        (4, 'AT+CGATT?', 'OK', ['+CGATT: 1']),
        (7, 'AT+CGACT=1,1', '+CME ERROR: 30', []),
    ], []),
    # a header in words the table does not know: its row an annotation, the roles from the cells
    'unnamed-header.csv': ('csv', [], [
        (2,) + CSQ,
        (5, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
    ], []),
    # tab-separated, the data first, date and time in one cell
    'data-first.tsv': ('csv', [], [
        (2,) + CSQ,
        (5, 'AT+CGATT?', 'OK', ['+CGATT: 1']),
    ], []),
    # a hex column before the time and the direction, a trailing empty column
    'hex-column.csv': ('csv', [], [
        (2, 'AT+CSQ', 'OK', ['+CSQ: 18,99']),
        (4, 'AT+CPIN?', 'OK', ['+CPIN: READY']),
        (6, 'ATD*99#', 'CONNECT', []),
    ], []),
    # ISO 8601 with a zone (+01:00 and Z), a Kibana-like @timestamp header
    'iso-zone.csv': ('csv', [], [
        (2, 'AT+QCSQ', 'OK', ['+QCSQ: "LTE",-61,-89,164,-11']),
        (5, 'AT+QIACT?', 'OK', ['+QIACT: 1,1,1,"10.0.0.2"']),
    ], []),
    # epoch milliseconds, '|' between the cells
    'epoch-ms-pipe.csv': ('csv', [], [
        (2, 'AT+CEREG?', 'OK', ['+CEREG: 0,5']),
        (5, 'AT+CGPADDR=1', 'OK', ['+CGPADDR: 1,"10.0.0.2"']),
        (8, 'AT+QPING=1,"8.8.8.8"', 'OK', []),
    ], [(10, '+QPING: 0,"8.8.8.8",32,120,255')]),
    # quoted cells holding CR LF line ends (a row over several lines), CRLF rows,
    # 12-hour times over noon, the direction first; an SMS's prompt and text
    'multiline-dir-first.csv': ('csv', [], [
        (2, 'AT+CGMI', 'OK', ['Quectel']),
        (9, 'AT+CMGS="+4915123456"', 'OK', ['+CMGS: 12']),
        (18, 'AT+CPMS?', 'OK', ['+CPMS: "SM",1,30,"SM",1,30,"SM",1,30']),
    ], []),
    # tables a definition scores as high on but reads worse (input.c choose()): csv-serial-logger
    # taking rows of another order for its session lines, generic-sendrecv reading Write/Read
    # hex as text, table-rows and tsv-table > inline-ctrl-tokens leaving the time column
    'noheader-index-last.csv': ('csv', [], COPS_TX(1, 4, 7), []),
    'index-after-data.csv': ('csv', [], COPS_TX(2, 5, 8), []),
    'hex-write-read.tsv': ('csv', [], COPS_TX(2, 5, 8), []),
    'dir-first-arrows.tsv': ('csv', [], COPS_TX(2, 5, 8), []),
    'iso-escapes.tsv': ('csv', [], COPS_TX(2, 5, 8), []),
    # the fixed order csv-serial-logger reads (date, time, direction, data) ...
    'ampm-date.csv': ('csv-serial-logger', [], [
        (2,) + CSQ,
        (5, 'AT+CREG?', 'OK', ['+CREG: 0,1']),
        (8, 'AT+CFUN=1,1', 'OK', []),
    ], []),
    'multiline-cells.csv': ('csv-serial-logger', [], [
        (2, 'AT+CGMI', 'OK', ['Quectel']),
        (9, 'AT+CMGS="+4915123456"', 'OK', ['+CMGS: 12']),
    ], []),
}
# ... and by the csv reader when named
EXPECT['ampm-date.csv -i csv'] = ('csv', ['-i', 'csv'], EXPECT['ampm-date.csv'][2], [])
EXPECT['multiline-cells.csv -i csv'] = ('csv', ['-i', 'csv'], EXPECT['multiline-cells.csv'][2], [])

# each transaction's latency (final_ms), in the rows' times
LATENCY = {
    'dir-time-data.csv': [50, 40, 120],
    'epoch-message-dir.csv': [52, 41, 250],
    'quoted-all-bom.csv': [52, 91],
    'semicolon-port.csv': [51, 81, 20],
    'tokens.tsv': [150, 80, 20],
    'noheader-data-first.csv': [51, 31, 1500],
    'data-first.tsv': [51, 31],
    'unnamed-header.csv': [51, 41],
    'noheader-index-last.csv': [51, 91, 20],
    'index-after-data.csv': [51, 91, 20],
    'hex-write-read.tsv': [51, 91, 20],
    'dir-first-arrows.tsv': [51, 91, 20],
    'iso-escapes.tsv': [51, 91, 20],
    'hex-column.csv': [60, 45, 210],
    'iso-zone.csv': [61, 301],
    'epoch-ms-pipe.csv': [46, 31, 10],
    'multiline-dir-first.csv': [30, 2100, 75],
    'ampm-date.csv -i csv': [101, 41, 1500],
    'multiline-cells.csv -i csv': [30, 2100],
}
# the first transaction's time as the row wrote it (UTC where the table says
# a zone or an epoch; local, no zone, where it does not)
FIRST_TIME = {
    'epoch-message-dir.csv': '2025-12-07T10:00:01.000000Z',
    'iso-zone.csv': '2026-12-07T10:40:01.000000Z',
    'epoch-ms-pipe.csv': '2025-12-07T10:40:01.000000Z',
    'data-first.tsv': '2026-12-07T10:40:01.000000',
    'dir-time-data.csv': '10:40:01.000000',
    'multiline-dir-first.csv': '11:59:59.900000',
    'ampm-date.csv -i csv': '2026-12-07T11:59:59.800000',
}

# tables that are not traffic: the csv reader does not take them
NEGATIVE = ['neg-commands.csv', 'neg-testplan.csv', 'neg-signal.csv', 'neg-signal-csq.csv']

# the fixtures of the fixed-layout definitions: read by the csv reader when
# named, to the same transactions, responses, finals and latencies
SAME_AS_DEF = ['captures/traces/layered-csv-logger.log',
               'captures/traces/variants/csv-irp-export.log',
               'captures/traces/variants/csv-text-export.log',
               'tests/data/heldout14a/csv-elapsed-seconds.csv',
               'tests/data/heldout14a/csv-index-escapes.csv',
               'tests/data/heldout14a/csv-python-inout.csv',
               'tests/data/heldout14a/csv-semicolon-arrows.csv']

# the other readers' and definitions' tables keep their format: csv never
# outscores a definition that reads the layout exactly, nor the wrappers
# whose message cells hold another tool's lines, nor a terminal's stamps
KEPT = {
    'tests/data/webcopy/export-datadog-chat.csv': 'datadog-csv > pppd-chat',
    'tests/data/webcopy/export-grafana-mm.csv': 'grafana-csv > modemmanager',
    'tests/data/webcopy/export-kibana-mm.csv': 'kibana-csv > modemmanager',
    'tests/data/webcopy/export-papertrail-mbed.tsv': 'papertrail-archive > mbed-trace',
    'tests/data/readers18/kibana-csv-lines.csv': 'kibana-csv > chan-dongle',
    'captures/traces/variants/esp-legacy-csv-date.log': 'csv-date-column > esp-modem-legacy',
    'captures/formats/saleae.csv': 'saleae',
    'captures/formats/dsview.csv': 'saleae',
    'captures/formats/tsline-realterm.log': 'tsline',
    'captures/traces/layered-csv-logger.log': 'csv-serial-logger',
    'tests/data/heldout14a/csv-python-inout.csv': 'csv-serial-logger',
    'tests/data/heldout14a/neg-csv-gps-logger.csv': 'csv-serial-logger',
}


def fname(key):
    return key.split(' ')[0]


def records(path, *opts):
    out = ck.parse(path, *opts).decode('utf-8', 'replace')
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def txs(recs):
    return [(r['line'], r['command'], r.get('final'), [x['text'] for x in r.get('responses', [])],
             r.get('final_ms')) for r in recs if r['kind'] == 'transaction']


ck = Checker(BIN)
# every file below read in few runs (Checker.prefetch, parse_many), then checked one by one
ck.prefetch((DIR + fname(key), opts) for key, (_, opts, _, _) in EXPECT.items())
ck.parse_many([DIR + name for name in NEGATIVE] + [SRC + '/' + path for path in list(SAME_AS_DEF) + list(KEPT)]
              + [DIR + 'broken-quote.csv'])
ck.parse_many([SRC + '/' + path for path in SAME_AS_DEF] + [DIR + name for name in
                                                          ('multiline-dir-first.csv', 'multiline-cells.csv')],
              '-i', 'csv')
for key, (fmt, opts, want_tx, want_urc) in EXPECT.items():
    ck.table(DIR, {fname(key): (fmt, opts, want_tx, want_urc)})
    recs = records(DIR + fname(key), *opts)
    got = [round(r.get('final_ms') or -1) for r in recs if r['kind'] == 'transaction']
    if key in LATENCY and got != LATENCY[key]:
        ck.error('%s: latencies %s, want %s' % (key, got, LATENCY[key]))
    first = [r.get('time') for r in recs if r['kind'] == 'transaction'][:1]
    if key in FIRST_TIME and first != [FIRST_TIME[key]]:
        ck.error('%s: first time %s, want %s' % (key, first, FIRST_TIME[key]))
    left = [(r['line'], r.get('reason')) for r in recs if r['kind'] == 'unparsed']
    if left:
        ck.error('%s: unparsed %s' % (key, left))
# the SMS text after the prompt is AT+CMGS's payload, its comma and all
for name in ('multiline-dir-first.csv', 'multiline-cells.csv'):
    cmgs = [r for r in records(DIR + name, '-i', 'csv') if r['kind'] == 'transaction' and
            r['command'].startswith('AT+CMGS')]
    pl = cmgs[0].get('payload') if cmgs else None
    if not pl or pl.get('preview') != 'hello, world' or pl.get('end') != 'ctrl-z':
        ck.error('%s: the SMS payload is %s' % (name, pl))
for name in NEGATIVE:
    recs = records(DIR + name)
    if recs and recs[0].get('format') == 'csv':
        ck.error('%s: a table that is not traffic read as csv' % name)
    explain = ck.run('formats', '--explain', DIR + name).stdout.decode()
    if any(l.split()[:1] == ['csv'] for l in explain.splitlines()):
        ck.error('%s: csv scores on a table that is not traffic:\n%s' % (name, explain))
for path in SAME_AS_DEF:
    a, b = records(SRC + '/' + path), records(SRC + '/' + path, '-i', 'csv')
    if not txs(a) or txs(a) != txs(b):
        ck.error('%s: -i csv reads otherwise than %s:\n  %s\n  %s' %
                 (path, a[0].get('format'), txs(a), txs(b)))
    left = [r['line'] for r in b if r['kind'] == 'unparsed']
    if left:
        ck.error('%s: -i csv leaves lines unparsed: %s' % (path, left))
for path, fmt in KEPT.items():
    recs = records(SRC + '/' + path)
    got = recs[0].get('layers', recs[0].get('format')) if recs else None
    if got != fmt:
        ck.error('%s: read as %s, want %s' % (path, got, fmt))
# a quote that never closes (the file cut inside a cell): its lines unparsed, the rows before read
recs = records(DIR + 'broken-quote.csv')
left = [(r['line'], r.get('reason')) for r in recs if r['kind'] == 'unparsed']
tx = [(r['line'], r['command'], r.get('final')) for r in recs if r['kind'] == 'transaction']
if recs[0].get('format') != 'csv' or tx != [(2, 'AT+CSQ', 'OK'), (5, 'AT+COPS?', 'OK')] or \
        [l for l, _ in left] != [7]:
    ck.error('broken-quote.csv: transactions %s, unparsed %s' % (tx, left))
# Any column order: a session written as tables of every shape (the time,
# direction and data columns shuffled among a port, an index and a length
# column; , ; TAB |; a header or none; quoted all, where needed, or never;
# a clock, epoch s or ms, ISO 8601 with Z, a date and time, 12-hour; text,
# C-escaped or hex; six direction words; LF or CRLF rows), each read
# (detected, and with -i csv) to the same transactions and latencies.
PERM_SESSION = [('tx', 'AT+CSQ', 0), ('rx', '+CSQ: 20,99', 50), ('rx', 'OK', 51),
                ('tx', 'AT+COPS?', 1000), ('rx', '+COPS: 0,0,"Vodafone.de",7', 1090),
                ('rx', 'OK', 1091), ('tx', 'AT+CMGF=1', 2000), ('rx', 'ERROR', 2020)]
PERM_WANT = [('AT+CSQ', 'OK', ['+CSQ: 20,99'], 51),
             ('AT+COPS?', 'OK', ['+COPS: 0,0,"Vodafone.de",7'], 91),
             ('AT+CMGF=1', 'ERROR', [], 20)]
PERM_DIRS = [('TX', 'RX'), ('out', 'in'), ('>', '<'), ('Sent', 'Received'), ('Write', 'Read'),
             ('IRP_MJ_WRITE', 'IRP_MJ_READ')]


def perm_time(kind, ms):
    f, sec = ms % 1000, 1 + ms // 1000
    return {'clock': '10:40:%02d.%03d' % (sec, f),
            'epoch': '%d.%03d' % (1765104000 + sec, f),
            'epochms': '%d%03d' % (1765104000 + sec, f),
            'iso': '2025-12-07T10:40:%02d.%03dZ' % (sec, f),
            'dt': '2025-12-07 10:40:%02d.%03d' % (sec, f),
            'ampm': '10:40:%02d.%03d AM' % (sec, f)}[kind]


def perm_cell(c, d, mode):
    if mode == 'all' or (mode != 'never' and (d in c or '"' in c)):
        return '"' + c.replace('"', '""') + '"'
    return c


def perm_table(k):
    r = random.Random(k)
    d = r.choice([',', ';', '\t', '|'])
    tk = r.choice(['clock', 'epoch', 'epochms', 'iso', 'dt', 'ampm'])
    form = r.choice(['text', 'esc', 'hex'])
    tx, rx = r.choice(PERM_DIRS)
    cols = ['time', 'dir', 'data'] + r.sample(['port', 'index', 'len'], r.randint(0, 2))
    r.shuffle(cols)
    qmode = r.choice(['all', 'min', 'never'] if form == 'text' else ['all', 'min'])
    names = {'time': r.choice(['Time', 'timestamp', 'ts', '@timestamp', 'Date Time']),
             'dir': r.choice(['Dir', 'Direction', 'type', 'io']),
             'data': r.choice(['Data', 'message', 'payload', 'text', 'line']),
             'port': 'Port', 'index': 'No.', 'len': 'Length'}
    rows = [d.join(perm_cell(names[c], d, qmode) for c in cols)] if r.random() < 0.7 else []
    for i, (side, text, ms) in enumerate(PERM_SESSION):
        if form == 'text':
            data = text
        elif form == 'esc':
            data = text + '\\r\\n' if side == 'tx' else '\\r\\n' + text + '\\r\\n'
        else:
            b = text + '\r' if side == 'tx' else '\r\n' + text + '\r\n'
            data = ' '.join('%02X' % x for x in b.encode())
        vals = {'time': perm_time(tk, ms), 'dir': tx if side == 'tx' else rx, 'data': data,
                'port': 'COM3', 'index': str(i + 1), 'len': str(len(text))}
        rows.append(d.join(perm_cell(vals[c], d, qmode if c == 'data' else
                                     'all' if qmode == 'all' else 'min') for c in cols))
    eol = r.choice(['\n', '\r\n'])
    return eol.join(rows) + eol


with tempfile.TemporaryDirectory() as tmp:
    perms = [os.path.join(tmp, 'perm%02d.csv' % k) for k in range(24)]
    for k, path in enumerate(perms):
        with open(path, 'w', newline='') as f:
            f.write(perm_table(k))
    for opts in ([], ['-i', 'csv']):
        ck.parse_many(perms, *opts)
    for k, path in enumerate(perms):
        for opts in ([], ['-i', 'csv']):
            recs = records(path, *opts)
            got = [(x['command'], x.get('final'), [y['text'] for y in x.get('responses', [])],
                    round(x.get('final_ms') or -1)) for x in recs if x['kind'] == 'transaction']
            left = [x['line'] for x in recs if x['kind'] == 'unparsed']
            if got != PERM_WANT or left:
                ck.error('table %d %s (%s):\n%s  got %s, unparsed %s' %
                         (k, ' '.join(opts), recs[0].get('layers') if recs else None,
                          perm_table(k), got, left))
sys.exit(ck.fail)
