#!/usr/bin/env python3
"""A ModemManager debug journal (journalctl's short-precise output of
ModemManager's debug lines: systemd src/shared/logs-show.c output_short();
ModemManager src/mm-port-serial.c serial_debug(), src/mm-port-serial-at.c
debug_log(): "[modem0/ttyUSB2/at] --> 'AT+CSQ<CR>'") copied into a mail's
reply: quoted ("> " before every line), then wrapped by the mail client at
72 columns at the last blank, or by a terminal at 76 columns exactly; the
rests the wrap made carry no "> ". mm-quote-wrap.plain.log is the journal
as it was.

    make_mm_quote_wrap.py   writes mm-quote-wrap.plain.log, mm-quote-wrap72.log,
                            mm-quote-wrap76.log"""
import os

P = 'Dec 06 21:40:%02d.%06d gw ModemManager[512]: '
MSG = [
    "<debug> [modem0] loading signal quality...",
    "[modem0/ttyUSB2/at] --> 'AT+CSQ<CR>'",
    "[modem0/ttyUSB2/at] <-- '<CR><LF>+CSQ: 19,99<CR><LF><CR><LF>OK<CR><LF>'",
    "[modem0/ttyUSB2/at] --> 'AT+CGDCONT=1,\"IP\",\"iot.example\"<CR>'",
    "[modem0/ttyUSB2/at] <-- '<CR><LF>OK<CR><LF>'",
    "[modem0/ttyUSB2/at] --> 'AT+COPS=3,2;+COPS?<CR>'",
    "[modem0/ttyUSB2/at] <-- '<CR><LF>+COPS: 0,2,\"26202\",7<CR><LF><CR><LF>OK<CR><LF>'",
    "[modem0/ttyUSB2/at] --> 'AT+CGACT=1,1<CR>'",
    "[modem0/ttyUSB2/at] <-- '<CR><LF>+CME ERROR: 30<CR><LF>'",
]


def wrap(lines, w, blank):
    out = []
    for l in lines:
        l = '> ' + l
        while len(l) > w:
            i = l.rfind(' ', 0, w + 1) if blank else -1
            if i > 2:
                out.append(l[:i])
                l = l[i + 1:]
            else:
                out.append(l[:w])
                l = l[w:]
        out.append(l)
    return out


os.chdir(os.path.dirname(os.path.abspath(__file__)))
journal = [P % (10 + i // 3, 1000 * (i * 37 % 1000)) + m for i, m in enumerate(MSG)]
for name, body in (('mm-quote-wrap.plain.log', journal), ('mm-quote-wrap72.log', wrap(journal, 72, True)),
                   ('mm-quote-wrap76.log', wrap(journal, 76, False))):
    with open(name, 'w') as f:
        f.write('\n'.join(body) + '\n')
