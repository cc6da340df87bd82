#!/usr/bin/env python3
"""chan_dongle's debug lines on the Asterisk console (core set debug 5),
copied from a terminal that wraps long lines: every line longer than the
terminal is cut at its width, the rest on the next line without the
prefix. Written from the format strings (README.md): at_queue.c
at_queue_run() "[%s] write command '%s' expected response '%s' length %u",
at_write() "[%s] [%.*s]"; at_read.c at_read() "[%s] receive %zu byte,
used %zu, free %zu, read %zu, write %zu" and "[%s] [%.*s%.*s]" (the ring
buffer's unread bytes: a read that leaves a line half read shows it again
with the next one); at_queue.c at_queue_remove_cmd() "[%s] remove command
..."; asterisk main/logger.c's console format "[%s] %s[%d]%s: " then the
file. The console shows the bytes' line ends as line ends (no CR).

    make_dongle_wrap.py   writes dongle-wrap.plain.log, dongle-wrap80.log,
                          dongle-wrap120.log here"""
import os

P = '[Dec  6 21:40:%02d] DEBUG[3120] '


def lines():
    out = []
    used = [0]

    def cmd(sec, c, reads):
        out.append(P % sec + "at_queue.c: [dongle1] write command '%s' expected response 'OK' length %d"
                   % (c, len(c) + 1))
        out.append(P % sec + 'at_queue.c: [dongle1] [%s]' % c)
        for data in reads:
            read(sec, data)
        out.append(P % sec + "at_queue.c: [dongle1] remove command '%s' expected response 'OK' real "
                   "'OK' cmd 1/1 flags 0x00 from queue" % c)

    def read(sec, data, shown=None):
        n = len(data.replace('\n', '\r\n'))
        out.append(P % sec + 'at_read.c: [dongle1] receive %d byte, used %d, free %d, read %d, '
                   'write %d' % (n, n, 4096 - n, used[0], used[0] + n))
        used[0] += n
        out.extend((P % sec + 'at_read.c: [dongle1] [' + (shown or data) + ']').split('\n'))

    cmd(11, 'AT+CGMI', ['\nhuawei\n\nOK\n'])
    cmd(11, 'AT+CMGF=1', ['\nOK\n'])
    # a read cut in mid-line: the ring buffer shows the half line again
    # with the rest, on the read's first line (a long one)
    out.append(P % 12 + "at_queue.c: [dongle1] write command 'AT+COPS?' expected response 'OK' length 9")
    out.append(P % 12 + 'at_queue.c: [dongle1] [AT+COPS?]')
    read(12, '\n+COPS: 0,0,"Vod')
    read(12, '', shown='+COPS: 0,0,"Vodafone.de Vodafone GmbH",7\n\nOK\n')
    out.append(P % 12 + "at_queue.c: [dongle1] remove command 'AT+COPS?' expected response 'OK' real "
               "'OK' cmd 1/1 flags 0x00 from queue")
    # a stored message whose text is longer than the terminal
    cmd(13, 'AT+CMGR=3', ['\n+CMGR: "REC UNREAD","+491701234567",,"26/12/06,21:40:09+04"\n'
                          'Your parcel 4711 is on its way and will be delivered tomorrow between 9 and 13 hours\n'
                          '\nOK\n'])
    cmd(14, 'AT+CUSD=1,"*100#",15', ['\nOK\n'])
    read(16, '\n+CUSD: 0,"Your balance is 12.34 EUR. Valid until 31.12.2026. Dial *101# for offers",15\n')
    cmd(17, 'AT+CSQ', ['\n+CSQ: 18,99\n\nOK\n'])
    return out


def wrap(ls, w):
    out = []
    for l in ls:
        while len(l) > w:
            out.append(l[:w])
            l = l[w:]
        out.append(l)
    return out


here = os.path.dirname(os.path.abspath(__file__))
ls = lines()
for name, body in (('dongle-wrap.plain.log', ls), ('dongle-wrap80.log', wrap(ls, 80)),
                   ('dongle-wrap120.log', wrap(ls, 120))):
    with open(os.path.join(here, name), 'w') as f:
        f.write('\n'.join(body) + '\n')
