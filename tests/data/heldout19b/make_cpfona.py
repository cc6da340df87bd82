#!/usr/bin/env python3
"""Fixtures for held-out batch 19's class M2: Adafruit CircuitPython FONA
with debug=True, rendered as the library prints (sessions our own).

adafruit/Adafruit_CircuitPython_FONA@8edf689 adafruit_fona/adafruit_fona.py:
_uart_write() prints print("\\tUARTWRITE ::", buffer.decode()) for each write
call, the bytes as written (a command written in pieces by set_gprs(),
socket_connect(), socket_write(), socket_read() is several such lines; the
piece that carries "\\r\\n" prints it, so an empty line follows);
_read_line() prints print("\\tUARTREAD ::", self._buf.decode()) once per
read, the CRs skipped, the first LF skipped, one line (multiline=True: the
lines with their LFs, ATI, AT+GMM, AT+GSN); a read that got nothing prints
an empty payload. The library's own prints: reset() "* Reset FONA",
socket_connect() "*** Socket connect, protocol=..., port=..., ip=...",
socket_available() "\\t {n} bytes available.", socket_read() "* socket read",
socket_close() "*** Closing socket #n"; send_sms() writes the CMGS line with
"\\r" only and the text with chr(26). socket_read() takes the data with
self._uart.read(length), never printed.

Each fixture has a plain rendering (.plain.log): the wire as a terminal
with local echo would show it (what was written, then what the modem
sent), the counted data the library reads unprinted included.

usage: python3 make_cpfona.py   (writes the files next to it)"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def W(b):
    return ('w', b)


def R(buf, wire=None):
    """a read: the buffer _read_line() built; wire: what the modem sent
    (default CR LF, the line, CR LF; None for an empty read)"""
    if wire is None and buf:
        wire = '\r\n' + buf.replace('\n', '\r\n') + ('' if buf.endswith('\n') else '\r\n')
    return ('r', buf, wire or '')


def P(text):
    return ('p', text)


def D(data):
    """bytes read by count (uart.read(n)): on the wire, not in the debug print"""
    return ('d', data)


def render(events, keep_cr=False):
    out = []
    for ev in events:
        if ev[0] == 'w':
            text = ev[1] if keep_cr else ev[1].replace('\r\n', '\n').replace('\r', '')
            out.append('\tUARTWRITE :: ' + text + '\n')
        elif ev[0] == 'r':
            out.append('\tUARTREAD :: ' + ev[1] + '\n')
        elif ev[0] == 'p':
            out.append(ev[1] + '\n')
    return ''.join(out)


def plain(events):
    out = []
    for ev in events:
        if ev[0] == 'w':
            out.append(ev[1])
        elif ev[0] == 'r':
            out.append(ev[2])
        elif ev[0] == 'd':
            out.append(ev[1])
    return ''.join(out)


def check_reply(cmd, pre, reply):
    """_send_check_reply(): a read first, then the command, then a read"""
    return [R(pre), W(cmd + '\r\n'), R(reply)]


# SIM800L: FONA() with debug on (_init_fona(): the echo still on for the
# first ATs), then network_status, rssi and set_gprs() with the APN's
# user and password written in pieces
GPRS = [
    P('* Reset FONA'),
    R(''), W('AT\r\n'), R('AT', 'AT\r\r\n'),
    R('OK'), W('AT\r\n'), R('AT', 'AT\r\r\n'),
    R('OK'), W('ATE0\r\n'), R('ATE0', 'ATE0\r\r\n'),
    R('OK'),
    *check_reply('ATE0', '', 'OK'),
    *check_reply('AT+CVHU=0', '', 'OK'),
    # the multiline read runs to its timeout: a URC that came in the while is in it
    W('ATI\r\n'), R('SIM800 R14.18\n\nOK\n\nCall Ready\n'),
    W('AT+GMM\r\n'), R('SIMCOM_SIM800L\n\nOK\n'),
    P('Attaching to network...'),
    R(''), P('Network status'),
    R(''), W('AT+CREG?\r\n'), R('+CREG: 0,1'),
    P('RSSI'),
    R('OK'), W('AT+CSQ\r\n'), R('+CSQ: 17,0'),
    R('OK'),
    P('Connecting to network...'),
    *check_reply('AT+CIPMUX=1', '', 'OK'),
    R(''),
    *check_reply('AT+CGATT=1', '', 'OK'),
    W('AT+SAPBR=3,1,"APN","iot.example"\r\n'), R('OK'),
    W('AT+CSTT="iot.example'), W('","'), W('user'), W('","'), W('secret'), W('"\r\n'),
    # set_gprs() then calls self._get_reply(REPLY_OK): it writes "OK\r\n" to the
    # modem (which answers no such line) and reads the CSTT's OK
    W('OK\r\n'), R('OK'),
]

# SIM800H: the socket API (socket_connect(), socket_write() after the
# "> " prompt, socket_available()'s count line, socket_read()'s count
# read), with the library's own *** lines
TCP = [
    P('*** Socket connect, protocol=0, port=80, ip=example.com'),
    W('AT+CIFSR\r\n'), R('10.64.12.7'),
    P('My IP address is: 10.64.12.7'),
    W('AT+CIPSTART=0'), W(',"TCP","'), W('example.com","80"\r\n'),
    R('OK'), R('0, CONNECT OK'),
    R(''),
    W('AT+CIPSEND=0'), W(',37\r\n'), R('> ', '\r\n> '),
    W('GET / HTTP/1.1\r\nHost: example.com\r\n\r\n\r\n'),
    R('0, SEND OK'),
    R('+CIPRXGET: 1,0'), W('AT+CIPRXGET=4,0\r\n'), R('+CIPRXGET: 4,0,12'),
    P('\t 12 bytes available.'),
    R('OK'), R(''),
    R(''), P('* socket read'),
    W('AT+CIPRXGET=2,0,'), W('12\r\n'), R('+CIPRXGET: 2,0,12,0'),
    D('HTTP/1.1 200'),
    R('OK', '\r\nOK\r\n'),
    P('*** Closing socket #0'),
    W('AT+CIPCLOSE=0\r\n'), R('0, CLOSE OK'),
]

# a SIM800C sending a text: send_sms() writes AT+CMGS with a CR only, reads
# the "> " prompt (then an empty read), writes the text and Ctrl-Z
SMS = [
    *check_reply('AT+CMGF=1', '', 'OK'),
    W('AT+CMGS="+15550100"\r'), R('> ', '\r\n> '), R(''),
    W('battery low\x1a'),
    R('+CMGS: 12'),
    R('OK'),
]

FIXTURES = {
    'cpfona-sim800l-gprs': GPRS,
    'cpfona-sim800h-tcp': TCP,
    'cpfona-sim800c-sms': SMS,
}

for name, evs in FIXTURES.items():
    with open(os.path.join(HERE, name + '.log'), 'w', newline='') as f:
        f.write(render(evs))
    with open(os.path.join(HERE, name + '.plain.log'), 'w', newline='') as f:
        f.write(plain(evs))
# a serial console's copy that keeps the write's CRs (each write's line end as written)
with open(os.path.join(HERE, 'cpfona-sim800c-sms-cr.log'), 'w', newline='') as f:
    f.write(render(SMS, keep_cr=True))
