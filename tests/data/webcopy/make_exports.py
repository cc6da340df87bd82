#!/usr/bin/env python3
"""Writes the log platforms' exports (README.md here): each holds a modem
library's own lines in its message column, as the platform downloads them;
export-*.plain.log are those lines bare, the reading they must equal."""
import os

os.chdir(os.path.dirname(os.path.abspath(__file__)))

# ModemManager's debug lines (captures/formats/mm-journal.log without the
# journal's prefix, as a shipper's message field holds them)
MM = [
    "[modem0/ttyUSB2/at] --> 'AT<CR>'",
    "[modem0/ttyUSB2/at] <-- 'AT<CR><CR><LF>OK<CR>'",
    "[modem0/ttyUSB2/at] <-- '<LF>'",
    "[modem0/ttyUSB2/at] --> 'AT+CPIN?<CR>'",
    "[modem0/ttyUSB2/at] <-- 'AT+CPIN?<CR><CR><LF>+CPIN: READY<CR><LF><CR><LF>OK<CR><LF>'",
    "[modem0/ttyUSB2/at] --> 'AT+CSQ<CR>'",
    "[modem0/ttyUSB2/at] <-- 'AT+CSQ<CR><CR><LF>+CSQ:'",
    "[modem0/ttyUSB2/at] <-- ' 24,99<CR><LF><CR><LF>OK<CR><LF>'",
    "[modem0/ttyUSB2/at] --> 'AT+COPS=1,2,\"26201\"<CR>'",
    "[modem0/ttyUSB2/at] <-- 'AT+COPS=1,2,\"26201\"<CR><CR><LF>+CME ERROR: 30<CR><LF>'",
]
# pppd's chat (captures/traces/pppd-chat-syslog.log's messages, the program
# its own column)
CHAT = [
    "abort on (BUSY)", "abort on (ERROR)", "timeout set to 30 seconds",
    "send (AT^M)", "expect (OK)", "AT^M^M", "OK", " -- got it",
    "send (ATE0^M)", "expect (OK)", "^M", "ATE0^M^M", "OK", " -- got it",
    "send (AT+CGDCONT=1,\"IP\",\"internet\"^M)", "expect (OK)", "^M",
    "OK", " -- got it",
    "send (ATD*99#^M)", "expect (CONNECT)", "^M", "CONNECT", " -- got it",
]
# Mbed OS ATHandler's trace (captures/traces/mbed-trace.log)
MBED = [
    "[00030512ms][INFO][CELL]: AT TX ( 8): AT+CMEE?",
    "[00030512ms][INFO][CELL]: AT TX ( 1): <cr>",
    "[00030542ms][INFO][CELL]: AT RX (22): AT+CMEE?<cr><cr><ln>+CMEE: 0<cr><ln><cr>",
    "[00030546ms][INFO][CELL]: AT RX ( 5): <ln>OK<cr><ln>",
    "[00030792ms][INFO][CELL]: AT TX ( 4): ATE0",
    "[00030792ms][INFO][CELL]: AT TX ( 1): <cr>",
    "[00030822ms][INFO][CELL]: AT RX (11): ATE0<cr><cr><ln>OK<cr><ln>",
    "[00031002ms][INFO][CELL]: AT TX ( 8): AT+CPIN?",
    "[00031002ms][INFO][CELL]: AT TX ( 1): <cr>",
    "[00031032ms][INFO][CELL]: AT RX (22): <cr><ln>+CPIN: READY<cr><ln><cr><ln>OK<cr><ln>",
]

MON = "Dec"


def t(i):
    ms = 120 * i + (i * 37) % 90
    s = 21 * 3600 + 51 * 60 + ms // 1000
    return s // 3600, (s // 60) % 60, s % 60, ms % 1000


def csv_kibana(v):
    # @kbn/generate-csv createEscapeValue(): a ' before = + - @, quoted when
    # anything but a letter or digit is in it
    if v[:1] in ('=', '+', '-', '@'):
        v = "'" + v
    return '"' + v.replace('"', '""') + '"' if any(not c.isalnum() for c in v) else v


def csv_rfc(v):
    # RFC 4180 as Grafana's writeValue() and the usual writers do it
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in '",\n') else v


out = {}
# Kibana: Discover's default sort, newest first; the time, host.name, message
rows = []
for i, l in enumerate(MM):
    H, M, S, f = t(i)
    rows.append(','.join([csv_kibana('%s 6, 2026 @ %02d:%02d:%02d.%03d' % (MON, H, M, S, f)),
                          csv_kibana('gw-07'), csv_kibana(l)]))
out['export-kibana-mm.csv'] = '"@timestamp","host.name",message\n' + '\n'.join(reversed(rows)) + '\n'
# Datadog: Date, Host, Service, Content, the list's order (newest first)
rows = []
for i, l in enumerate(CHAT):
    H, M, S, f = t(i)
    rows.append(','.join(['2026-12-06T%02d:%02d:%02d.%03dZ' % (H, M, S, f), 'gw-07', 'pppd',
                          csv_rfc(l)]))
out['export-datadog-chat.csv'] = 'Date,Host,Service,Content\r\n' + '\r\n'.join(reversed(rows)) + '\r\n'
# Grafana: labels, Time (formatted), Line, tsNs, id; CRLF; oldest first
rows = []
for i, l in enumerate(MM):
    H, M, S, f = t(i)
    ns = '17965938%02d%03d%06d' % (S, f, i)
    rows.append(','.join([csv_rfc('{"job":"mm","host":"gw-07"}'),
                          '2026-12-06 %02d:%02d:%02d.%03d' % (H, M, S, f), csv_rfc(l), ns,
                          ns + '_%04x' % (i * 7919 % 65536)]))
out['export-grafana-mm.csv'] = '"labels","Time","Line","tsNs","id"\r\n' + '\r\n'.join(rows) + '\r\n'
# Papertrail: the archive's ten columns, oldest first
rows = []
for i, l in enumerate(MBED):
    H, M, S, f = t(i)
    gen = '2026-12-06 %02d:%02d:%02d -0800' % (H, M, S)
    rows.append('\t'.join([str(50342052 + i), gen, gen, '42424', 'gw-07', '192.0.2.7', 'User',
                           'Info', 'app', l]))
out['export-papertrail-mbed.tsv'] = '\n'.join(rows) + '\n'
out['export-mm.plain.log'] = '\n'.join(MM) + '\n'
out['export-chat.plain.log'] = '\n'.join(CHAT) + '\n'
out['export-mbed.plain.log'] = '\n'.join(MBED) + '\n'
for name, text in out.items():
    with open(name, 'w', newline='') as fh:
        fh.write(text)
