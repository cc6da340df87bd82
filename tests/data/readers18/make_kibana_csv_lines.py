#!/usr/bin/env python3
"""Kibana's CSV report of a Discover search whose message cell holds line
ends (RFC 4180: the cell quoted, its line ends as they are): chan_dongle's
reads as Asterisk's syslog channel sends them to journald (asterisk main/
logger.c format_log_default(), LOGTYPE_SYSLOG "%s[%d]%s: %s:%d in %s: %s";
wdoekes/asterisk-chan-dongle at_read.c at_read() "[%s] [%.*s]": the ring
buffer's bytes with their CR LF), shipped with their line ends and exported
by @kbn/generate-csv (createEscapeValue(): quoted, quotes doubled, a ' before
a value starting with = + - @; rows end with LF; Discover's order, newest
first). kibana-csv-lines.plain.log holds the messages bare, oldest first.

    make_kibana_csv_lines.py   writes kibana-csv-lines.plain.log,
                               kibana-csv-lines.csv, kibana-csv-lines-oldest.csv"""
import os

Q = 'DEBUG[3120]: at_queue.c:196 in at_write: [dongle0] '
R = 'DEBUG[3120]: at_read.c:178 in at_read: [dongle0] '
MSG = [
    Q + "write command 'AT+CSQ' expected response 'OK' length 7",
    Q + '[AT+CSQ\r]',
    R + 'receive 21 byte, used 21, free 4075, read 0, write 21',
    R + '[\r\n+CSQ: 18,99\r\n\r\nOK\r\n]',
    Q + "write command 'AT+COPS?' expected response 'OK' length 9",
    Q + '[AT+COPS?\r]',
    R + 'receive 40 byte, used 40, free 4056, read 21, write 61',
    R + '[\r\n+COPS: 0,0,"Vodafone.de",7\r\n\r\nOK\r\n]',
    Q + "write command 'AT+CPMS?' expected response 'OK' length 9",
    Q + '[AT+CPMS?\r]',
    R + 'receive 15 byte, used 15, free 4081, read 61, write 76',
    R + '[\r\n+CMS ERROR: 310\r\n]',
]


def cell(v):
    if v[:1] in ('=', '+', '-', '@'):
        v = "'" + v
    return '"' + v.replace('"', '""') + '"'


def t(i):
    ms = 250 * i
    return 'Dec 6, 2026 @ 21:51:%02d.%03d' % (15 + ms // 1000, ms % 1000)


os.chdir(os.path.dirname(os.path.abspath(__file__)))
rows = ['%s,%s' % (cell(t(i)), cell(m)) for i, m in enumerate(MSG)]
with open('kibana-csv-lines.plain.log', 'w', newline='') as f:
    f.write('\n'.join(MSG) + '\n')
for name, order in (('kibana-csv-lines.csv', rows[::-1]), ('kibana-csv-lines-oldest.csv', rows)):
    with open(name, 'w', newline='') as f:
        f.write('\n'.join(['"@timestamp",message'] + order) + '\n')
