#!/usr/bin/env python3
"""Writes the round-12 precision fixtures (docs/precision.md, Round 12): short sessions
written for this project, in the shapes the vendors' AT manuals give (u-blox SARA-R5 AT
manual, sockets chapter: +USOCR/+USOST/+UUSORF/+USORF; Telit ME910C1 AT reference, #SD/#SSEND;
Quectel BG95/BG96 TCP/IP AN: AT+QISEND answered SEND FAIL, AT+QIACT; nRF Connect SDK SLM
SOCKET_AT_commands: #XSOCKET/#XSENDTO; SIMCom SIM7080 TCP/UDP AN: +CAOPEN/+CASEND/+CADATAIND;
27.005 3.5.1 AT+CMGS with its '> ' prompt and +CMS ERROR), for the situations the captures
under-covered. Each session's comment says what a modem engineer raises in it, by line:
tests/cli/families.sh (Round 12) asserts exactly those findings. Laid out by
captures/render_session.py. Run from the repository root."""
import os

from render_session import hello, render

SESSIONS = {}

# SARA-R510M8S, UDP: a socket, a datagram out (+USOST), one in (+UUSORF, read with +USORF),
# the socket closed. Truth: nothing to raise.
SESSIONS['sarar5udp'] = hello('SARA-R510M8S') + '''\
AT+CEREG?
+CEREG: 0,1
OK
AT+UPSD=0,100,1
OK
AT+UPSDA=0,3
OK
1200|+UUPSDA: 0,"10.52.7.9"
AT+USOCR=17
+USOCR: 0
OK
AT+USOST=0,"198.51.100.30",5683,4,"70696E67"
+USOST: 0,4
OK
400|+UUSORF: 0,4
AT+USORF=0,4
+USORF: 0,"198.51.100.30",5683,4,"706F6E67"
OK
AT+USOCL=0
OK
'''

# ME910C1: AT#SD refused (+CME ERROR: 563, the peer did not answer), then AT#SSEND=1 on
# the socket that never opened. Truth: socket-state at the send (line of AT#SSEND=1): its
# open failed at the +CME ERROR line. The error itself is the socket-state finding's, not
# also command-failed's.
SESSIONS['me910sd'] = hello('ME910C1-E1') + '''\
AT#SGACT=1,1
1500|#SGACT: 10.33.5.7
OK
AT#SD=1,0,7000,"203.0.113.60",0,0,1
20000|+CME ERROR: 563
AT#SSEND=1
> hello<SUB>
ERROR
AT#SH=1
OK
'''

# BG95-M3: AT+QISEND answered SEND FAIL (the send buffer is full); the host asks the socket's
# state (AT+QISTATE), closes and reopens it, sends again. Truth: nothing to raise.
SESSIONS['bg95sendfail'] = hello('BG95-M3') + '''\
AT+QIACT?
+QIACT: 1,1,1,"10.20.30.40"
OK
AT+QIOPEN=1,0,"TCP","198.51.100.20",5000,0,0
OK
600|+QIOPEN: 0,0
AT+QISEND=0,5
> hello
SEND FAIL
AT+QISTATE=1,0
+QISTATE: 0,"TCP","198.51.100.20",5000,4101,2,1,0,0,"usbmodem"
OK
AT+QICLOSE=0
OK
AT+QIOPEN=1,0,"TCP","198.51.100.20",5000,0,0
OK
600|+QIOPEN: 0,0
AT+QISEND=0,5
> hello
SEND OK
AT+QICLOSE=0
OK
'''

# BG95-M3: SEND FAIL, and the host sends other data at once, never looking at the socket.
# Truth: command-failed at the first AT+QISEND (the host walked past the failed send).
SESSIONS['bg95sendwalk'] = hello('BG95-M3') + '''\
AT+QIACT?
+QIACT: 1,1,1,"10.20.30.40"
OK
AT+QIOPEN=1,0,"TCP","198.51.100.20",5000,0,0
OK
600|+QIOPEN: 0,0
AT+QISEND=0,5
> hello
SEND FAIL
AT+QISEND=0,4
> ping
SEND FAIL
AT+QISEND=0,3
> abc
SEND OK
AT+QICLOSE=0
OK
'''

# BG96: AT+QIACT=1 refused while the module is still searching (+CME ERROR: 30); the host
# looks at the registration (AT+CEREG?), waits for +CEREG: 1 and activates again. Truth:
# nothing to raise (a failure answered by the look and the retry).
SESSIONS['bg96qiact'] = hello('BG96') + '''\
AT+CEREG=1
OK
AT+QICSGP=1,1,"iot.example","","",1
OK
AT+QIACT=1
2000|+CME ERROR: 30
AT+CEREG?
+CEREG: 1,2
OK
6000|+CEREG: 1
AT+QIACT=1
1500|OK
AT+QIACT?
+QIACT: 1,1,1,"10.20.30.41"
OK
'''

# nRF9160 SLM, UDP: a socket, a datagram with #XSENDTO, the socket closed, then #XSENDTO
# again on no socket (the SLM answers ERROR). Truth: socket-state at the last send.
SESSIONS['nrf91udp'] = '''\
Ready
AT+CFUN=1
OK
3000|+CEREG: 1,"76C1","0102DA04",7
AT#XSOCKET=1,2,0
#XSOCKET: 0,2,17

OK
AT#XSENDTO="198.51.100.3",5000,"ping"
#XSENDTO: 4

OK
AT#XSOCKET=0
#XSOCKET: 0,"closed"

OK
AT#XSENDTO="198.51.100.3",5000,"ping"
ERROR
'''

# SIM7080G: CNACT, a TCP socket with CAOPEN (synchronous), CASEND with its prompt,
# +CADATAIND, CARECV, CACLOSE. Truth: nothing to raise.
SESSIONS['sim7080ca'] = hello('SIM7080G') + '''\
AT+CNACT=0,1
OK
1200|+APP PDP: 0,ACTIVE
AT+CNACT?
+CNACT: 0,1,"10.71.44.2"
+CNACT: 1,0,"0.0.0.0"
+CNACT: 2,0,"0.0.0.0"
+CNACT: 3,0,"0.0.0.0"
OK
AT+CAOPEN=0,0,"TCP","198.51.100.20",5000
800|+CAOPEN: 0,0
OK
AT+CASEND=0,5
> hello
OK
500|+CADATAIND: 0
AT+CARECV=0,100
+CARECV: 4,pong
OK
AT+CACLOSE=0
OK
'''

# SIM800L under TinyGSM's print: AT+CGATT=1 refused twelve times in a row (the library's
# loop, no look at the network between). Truth: retry-storm at the first attempt; the
# attempts' failure itself is the storm's finding.
SESSIONS['sim800cgatt'] = hello('SIMCOM_SIM800L', cmee=False) + '''\
AT+CGATT=1
ERROR
AT+CGATT=1
ERROR
AT+CGATT=1
ERROR
AT+CGATT=1
ERROR
AT+CGATT=1
ERROR
AT+CGATT=1
ERROR
AT+CGATT=1
ERROR
AT+CGATT=1
ERROR
AT+CGATT=1
ERROR
AT+CGATT=1
ERROR
AT+CGATT=1
ERROR
AT+CGATT=1
ERROR
AT+CIPSHUT
SHUT OK
'''

# An SMS in text mode: +CMS ERROR: 38 (network out of order, 24.011 E.2), the host looks at
# the registration and signal, sends again, the SMS goes out. Truth: nothing to raise.
SESSIONS['smsretry'] = '''\
AT+CMGF=1
OK
AT+CMGS="+15550100"
> meter 42 ok<SUB>
3000|+CMS ERROR: 38
AT+CREG?
+CREG: 0,1
OK
AT+CSQ
+CSQ: 17,99
OK
AT+CMGS="+15550100"
> meter 42 ok<SUB>
3000|+CMGS: 12
OK
'''

# An SMS in text mode refused with +CMS ERROR: 500 (unknown error); the host goes on to
# read the inbox and never sends it again. Truth: command-failed at the AT+CMGS.
SESSIONS['smswalk'] = '''\
AT+CMGF=1
OK
AT+CMGS="+15550100"
> meter 42 ok<SUB>
3000|+CMS ERROR: 500
AT+CMGL="REC UNREAD"
OK
AT+CPMS?
+CPMS: "SM",3,30,"SM",3,30,"SM",3,30
OK
'''

RENDER = [
    ('ublox/sara-r5-udp-sockets', 'ubxlib', 'sarar5udp'),
    ('telit/me910-sd-refused', 'tsline', 'me910sd'),
    ('quectel/bg95-send-fail-recovered', 'tsline', 'bg95sendfail'),
    ('quectel/bg95-send-fail-walked', 'tsline', 'bg95sendwalk'),
    ('quectel/bg96-qiact-retry', 'tsline', 'bg96qiact'),
    ('nordic/nrf91-slm-udp-no-socket', 'tsline', 'nrf91udp'),
    ('simcom/sim7080-ca-tcp', 'tsline', 'sim7080ca'),
    ('simcom/sim800-cgatt-storm', 'tinygsm', 'sim800cgatt'),
    ('3gpp/sms-cms-retry', 'tsline', 'smsretry'),
    ('3gpp/sms-cms-walked', 'plain', 'smswalk'),
]

if __name__ == '__main__':
    for dst, shape, name in RENDER:
        path = os.path.join('captures', dst + '.log')
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='latin-1', newline='') as f:
            f.write(render(shape, SESSIONS[name]))
