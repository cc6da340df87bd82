#!/usr/bin/env python3
"""Writes the round-5 precision fixtures (docs/precision.md, Round 5): sessions written for
this project, in the shapes the vendors' AT manuals and public driver code show, for module
families and situations the earlier captures under-cover (Quectel EG25/BG77/BG95 sockets and
MQTT, u-blox SARA-R5/LARA-R6, SIMCom SIM7070/A7670/SIM800/SIM7600, Telit ME910, nRF91 SLM
sockets, Huawei ME909s IP stack, Fibocom MC665, registration refused or searching, SIM PIN
and PUK, PSM wake-up, power-down and restart mid-session, PPP with +++ and ATO, CMUX start).
A session line is written as captures/render_session.py reads it. Run from the repository
root. Shapes: 'tsline' (tio-style [date time] stamps, CR LF), 'plain' (a terminal's scroll-back)."""
import os

from render_session import hello, render

SESSIONS = {}

# Quectel EG25-G, TCP/IP AN (QIOPEN/QISEND/QIRD/QICLOSE): a push from the peer, a read until
# empty, the send-status query, the peer's close then the AT+QICLOSE the manual asks for.
SESSIONS['eg25'] = '''\
RDY
2000|+CFUN: 1
+CPIN: READY
+QUSIM: 1
+QIND: SMS DONE
500|AT
OK
AT+CGMM
EG25
OK
AT+CMEE=2
OK
AT+CEREG?
+CEREG: 0,1
OK
AT+QICSGP=1,1,"internet","","",1
OK
AT+QIACT=1
800|OK
AT+QIACT?
+QIACT: 1,1,1,"10.64.12.7"
OK
AT+QIOPEN=1,0,"TCP","203.0.113.10",8080,0,1
OK
600|+QIOPEN: 0,0
AT+QISEND=0,5
> hello
SEND OK
AT+QISEND=0,0
+QISEND: 5,5,0
OK
900|+QIURC: "recv",0
AT+QIRD=0,1500
+QIRD: 4
pong
OK
AT+QIRD=0,1500
+QIRD: 0
OK
AT+QIOPEN=1,1,"UDP SERVICE","127.0.0.1",0,3030,1
OK
+QIOPEN: 1,0
AT+QISENDEX=1,"48656C6C6F"
SEND OK
3000|+QIURC: "closed",0
AT+QICLOSE=0
OK
AT+QICLOSE=1
OK
AT+QIDEACT=1
OK
'''

# Quectel BG77 (NB-IoT/Cat-M, BG95 family): the network drops the context (+QIURC:
# "pdpdeact"), the host asks what the closed socket had delivered (AT+QISEND=<id>,0, a query)
# and sets everything up again; then PSM: the module sleeps and wakes with its boot reports.
SESSIONS['bg77'] = '''\
AT
OK
ATI
Quectel
BG77
Revision: BG77LAR02A04
OK
AT+CMEE=2
OK
AT+CEREG?
+CEREG: 0,5
OK
AT+QIACT=1
1200|OK
AT+QIOPEN=1,0,"TCP","198.51.100.20",5683,0,0
OK
900|+QIOPEN: 0,0
AT+QISEND=0,10
> 0123456789
SEND OK
20000|+QIURC: "closed",0
+QIURC: "pdpdeact",1
AT+QISEND=0,0
+QISEND: 10,10,0
OK
AT+QICLOSE=0
OK
AT+QIDEACT=1
OK
AT+QIACT=1
1500|OK
AT+QIOPEN=1,0,"TCP","198.51.100.20",5683,0,0
OK
800|+QIOPEN: 0,0
AT+QISEND=0,4
> ping
SEND OK
AT+QICLOSE=0
OK
AT+CPSMS=1,,,"00000100","00000001"
OK
AT+QPSMS?
+QPSMS: 1,,,"2400","2"
OK
65000|PSM POWER DOWN
120000|RDY
+CFUN: 1
+CPIN: READY
+QIND: SMS DONE
APP RDY
AT
OK
AT+CEREG?
+CEREG: 0,5
OK
'''

# Quectel BG95-M3: MQTT (QMTOPEN/QMTCONN/QMTSUB/QMTPUBEX), a broker that refuses the open the
# first time (+QMTOPEN: 0,3: the context is not active), the host's AT+QIACT and a second try.
SESSIONS['bg95mqtt'] = hello('BG95-M3') + '''\
AT+QMTCFG="recv/mode",0,0,1
OK
AT+QMTOPEN=0,"broker.example.net",1883
OK
1500|+QMTOPEN: 0,3
AT+QIACT?
OK
AT+QIACT=1
900|OK
AT+QMTOPEN=0,"broker.example.net",1883
OK
700|+QMTOPEN: 0,0
AT+QMTCONN=0,"bg95-dev7"
OK
500|+QMTCONN: 0,0,0
AT+QMTSUB=0,1,"dev7/cmd",1
OK
300|+QMTSUB: 0,1,0,1
AT+QMTPUBEX=0,2,1,0,"dev7/up",5
> 21.5C
OK
300|+QMTPUBEX: 0,2,0
4000|+QMTRECV: 0,1,"dev7/cmd",4,"ping"
AT+QMTDISC=0
OK
200|+QMTDISC: 0,0
'''

# u-blox SARA-R510S: PSD mapped to a context (AT+UPSD=0,100,1), +UUPSDA, a TCP socket
# written with the @ prompt and in hex (AT+UDCONF=1,1), +UUSORD and AT+USORD, the peer's
# close (+UUSOCL) and a UDP socket closed by the host.
SESSIONS['sarar5'] = hello('SARA-R510S-01B') + '''\
AT+CEREG?
+CEREG: 0,1
OK
AT+UPSD=0,100,1
OK
AT+UPSD=0,0,0
OK
AT+UPSDA=0,3
OK
1500|+UUPSDA: 0,"10.77.1.9"
AT+UPSND=0,8
+UPSND: 0,8,1
OK
AT+USOCR=6
+USOCR: 0
OK
AT+USOCO=0,"203.0.113.30",7000
2000|OK
AT+USOWR=0,5
@hello
+USOWR: 0,5
OK
700|+UUSORD: 0,4
AT+USORD=0,4
+USORD: 0,4,"pong"
OK
AT+UDCONF=1,1
OK
AT+USOWR=0,3,"616263"
+USOWR: 0,3
OK
AT+USOCR=17
+USOCR: 1
OK
AT+USOST=1,"198.51.100.9",5000,4,"74657374"
+USOST: 1,4
OK
AT+USOCL=1
OK
5000|+UUSOCL: 0
AT+UPSDA=0,4
OK
'''

# u-blox LARA-R6: the network refuses the registration (+CEREG: 3), the host attaches anyway
# (a real fault: attach-preconditions), then looks at the network (+CEREG?, +COPS?).
SESSIONS['larar6'] = hello('LARA-R6001D') + '''\
AT+CFUN=1
OK
AT+CEREG=2
OK
3000|+CEREG: 2
8000|+CEREG: 3,"4E2A","01A2D103",7
AT+CEREG?
+CEREG: 2,3,"4E2A","01A2D103",7
OK
AT+UPSDA=0,3
+CME ERROR: no network service
AT+CEREG?
+CEREG: 2,3,"4E2A","01A2D103",7
OK
AT+COPS?
+COPS: 0
OK
'''

# SIMCom SIM7070G: CNACT, a TCP socket (CAOPEN/CASEND/+CADATAIND/CARECV/CACLOSE) and the
# HTTP(S) stack (SHCONF/SHCONN/SHREQ/SHREAD/SHDISC).
SESSIONS['sim7070'] = '''\
AT
OK
AT+CGMR
Revision:1951B16SIM7070
OK
AT+CMEE=2
OK
AT+CNACT=0,1
OK
1200|+APP PDP: 0,ACTIVE
AT+CNACT?
+CNACT: 0,1,"10.92.4.18"
+CNACT: 1,0,"0.0.0.0"
OK
AT+CAOPEN=0,0,"TCP","203.0.113.44",9000
+CAOPEN: 0,0
OK
AT+CASEND=0,5
> hello
OK
600|+CADATAIND: 0
AT+CARECV=0,100
+CARECV: 4,pong
OK
AT+CACLOSE=0
OK
AT+SHCONF="URL","http://example.com"
OK
AT+SHCONF="BODYLEN",1024
OK
AT+SHCONF="HEADERLEN",350
OK
AT+SHCONN
1500|OK
AT+SHSTATE?
+SHSTATE: 1
OK
AT+SHREQ="/index.html",1
OK
900|+SHREQ: "GET",200,12
AT+SHREAD=0,12
OK
+SHREAD: 12
hello world!
AT+SHDISC
OK
AT+CNACT=0,0
OK
+APP PDP: 0,DEACTIVE
'''

# SIMCom A7670E: SIM PIN at boot, a wrong PIN first (+CME ERROR: 16), the right one, then
# the boot reports that follow an unlocked SIM.
SESSIONS['a7670pin'] = '''\
*ATREADY: 1
+CPIN: SIM PIN
1000|AT
OK
AT+CGMM
A7670E-LASE
OK
AT+CMEE=2
OK
AT+CPIN?
+CPIN: SIM PIN
OK
AT+CPIN="0000"
+CME ERROR: incorrect password
AT+CPIN?
+CPIN: SIM PIN
OK
AT+CPIN="1234"
OK
+CPIN: READY
1500|SMS DONE
PB DONE
AT+CREG?
+CREG: 0,1
OK
AT+CSQ
+CSQ: 22,99
OK
'''

# SIMCom SIM800L: the SIM locked after three wrong PINs (+CPIN: SIM PUK); the host walks past
# it and tries to attach: the SIM's fault, said once.
SESSIONS['sim800puk'] = '''\
RDY
+CFUN: 1
+CPIN: SIM PIN
1000|AT
OK
AT+CMEE=1
OK
AT+CPIN="1111"
+CME ERROR: 16
AT+CPIN="2222"
+CME ERROR: 16
AT+CPIN="3333"
+CME ERROR: 16
+CPIN: SIM PUK
AT+CPIN?
+CPIN: SIM PUK
OK
AT+CGATT=1
+CME ERROR: 12
'''

# SIMCom SIM800L: a fixed baud rate saved, a power-down the host asked for, the power-on
# reports, and a supply drop (UNDER-VOLTAGE POWER DOWN) that restarts the module mid-session.
SESSIONS['sim800restart'] = '''\
AT
OK
AT+IPR=115200
OK
AT&W
OK
AT+CPOWD=1
NORMAL POWER DOWN
400000|RDY
+CFUN: 1
+CPIN: READY
2000|Call Ready
SMS Ready
AT
OK
AT+CREG?
+CREG: 0,1
OK
AT+CSTT="internet"
OK
AT+CIICR
1200|OK
AT+CIFSR
10.20.30.41
AT+CIPSTART="TCP","203.0.113.50",80
OK
1500|CONNECT OK
AT+CIPSEND=5
> hello
SEND OK
30000|UNDER-VOLTAGE POWER DOWN
4000|RDY
+CFUN: 1
+CPIN: READY
2000|Call Ready
SMS Ready
AT
OK
AT+CIPSTATUS
OK

STATE: IP INITIAL
'''

# Telit ME910C1: socket config, context, a command-mode socket (#SD ...,1) with #SSEND,
# SRING and #SRECV, an online-mode socket (CONNECT, +++, #SO to resume, +++ again), #SH.
SESSIONS['me910'] = hello('ME910C1-E1') + '''\
AT#SCFG=1,1,300,90,600,50
OK
AT#SGACT=1,1
1500|#SGACT: 10.33.5.7
OK
AT#SD=1,0,80,"example.com",0,0,1
1200|OK
AT#SSEND=1
> GET / HTTP/1.0<SUB>
OK
800|SRING: 1
AT#SRECV=1,100
#SRECV: 1,15
HTTP/1.0 200 OK
OK
AT#SH=1
OK
AT#SD=2,0,7000,"203.0.113.60"
1000|CONNECT
500|hello
1500|+++
1000|OK
AT#SS
#SS: 1,0
#SS: 2,2,10.33.5.7,32001,203.0.113.60,7000
OK
AT#SO=2
CONNECT
300|again
1500|+++
1000|OK
AT#SH=2
OK
AT#SGACT=1,0
OK
'''

# Nordic nRF9160 SLM: a TCP socket (#XSOCKET, #XCONNECT, #XSEND, #XRECV), a UDP socket
# (#XSENDTO, #XRECVFROM), closed with #XSOCKET=0.
SESSIONS['slmsock'] = '''\
Ready
AT+CFUN=1
OK
2000|+CEREG: 5,"5A1B","0123ABCD",7
AT#XSOCKET=1,1,0
#XSOCKET: 0,1,6
OK
AT#XCONNECT="example.com",7000
900|#XCONNECT: 1
OK
AT#XSEND="hello"
#XSEND: 5
OK
AT#XRECV=10
#XRECV: 4
pong
OK
AT#XSOCKET=0
#XSOCKET: 0,"closed"
OK
AT#XSOCKET=1,2,0
#XSOCKET: 0,2,17
OK
AT#XSENDTO="198.51.100.3",5000,"ping"
#XSENDTO: 4
OK
AT#XRECVFROM=10
#XRECVFROM: 4,"198.51.100.3",5000
pong
OK
AT#XSOCKET=0
#XSOCKET: 0,"closed"
OK
'''

# Huawei ME909s-821: the module's own TCP/IP stack (^IPINIT, ^IPOPEN, ^IPSENDEX, ^IPDATA,
# ^IPCLOSE, ^IPSTATE), then a send on the link the peer closed (^IPSTATE: 1,0,0): a real fault;
# AT^IPCLOSE=7 at the end closes every link and the call (not a link id).
SESSIONS['me909ip'] = '''\
^SYSSTART
AT
OK
AT+CGMI
Huawei Technologies Co., Ltd.
OK
AT+CGMM
ME909s-821
OK
AT+CMEE=2
OK
AT^SYSINFOEX
^SYSINFOEX: 2,3,0,1,,6,"LTE",101,"LTE"
OK
AT^IPINIT="internet"
1500|OK
AT^IPINIT?
^IPINIT: 1,"10.45.3.9","255.255.255.0","10.45.3.1","10.11.12.13","10.11.12.14"
OK
AT^IPOPEN=1,"TCP","203.0.113.70",6000,4000
800|OK
AT^IPSENDEX=1,1,"68656C6C6F"
^IPSENDEX: 1
OK
600|^IPDATA: 1,4,pong
AT^IPOPEN?
^IPOPEN: 1,"TCP",4000,"203.0.113.70",6000
OK
5000|^IPSTATE: 1,0,0
AT^IPSENDEX=1,1,"6279"
+CME ERROR: The link is not established
AT^IPOPEN=1,"TCP","203.0.113.70",6000,4000
800|OK
AT^IPSENDEX=1,1,"6279"
^IPSENDEX: 1
OK
AT^IPCLOSE=1
OK
AT^IPCLOSE=7
OK
'''

# Fibocom MC665 (the L610's MIP* stack): the link dropped by the network (+MIPSTAT: 1,1) and a
# send on it after that: a real fault.
SESSIONS['mc665'] = hello('MC665') + '''\
AT+CPIN?
+CPIN: READY
OK
AT+CGREG?
+CGREG: 0,1
OK
AT+MIPCALL=1,"internet"
OK
1500|+MIPCALL: 10.88.2.31
AT+MIPOPEN=1,,"203.0.113.80",9100,0
OK
900|+MIPOPEN: 1,1
AT+MIPSEND=1,5
> hello
OK
+MIPSEND: 1,0,2043
8000|+MIPSTAT: 1,1
AT+MIPSEND=1,3
> bye
+CME ERROR: socket not connected
AT+MIPCALL=0
OK
+MIPCALL: 0
'''

# Quectel EC25 under registration trouble: +CEREG: 0,2 (searching) polled for a minute, then
# a module reset (AT+CFUN=1,1) and the boot reports; registered after it.
SESSIONS['ec25search'] = hello('EC25') + '''\
AT+CEREG?
+CEREG: 0,2
OK
5000|AT+CEREG?
+CEREG: 0,2
OK
5000|AT+CEREG?
+CEREG: 0,2
OK
5000|AT+CEREG?
+CEREG: 0,2
OK
5000|AT+CEREG?
+CEREG: 0,2
OK
5000|AT+CEREG?
+CEREG: 0,2
OK
5000|AT+CEREG?
+CEREG: 0,2
OK
5000|AT+CEREG?
+CEREG: 0,2
OK
5000|AT+CEREG?
+CEREG: 0,2
OK
5000|AT+CEREG?
+CEREG: 0,2
OK
5000|AT+CEREG?
+CEREG: 0,2
OK
5000|AT+CEREG?
+CEREG: 0,2
OK
AT+QENG="servingcell"
+QENG: "servingcell","SEARCH"
OK
AT+CFUN=1,1
OK
8000|RDY
+CFUN: 1
+CPIN: READY
+QUSIM: 1
+QIND: SMS DONE
6000|AT+CEREG?
+CEREG: 0,1
OK
AT+COPS?
+COPS: 0,0,"Operator",7
OK
'''

# Quectel EC25: PPP (ATD*99#), +++ with its guard times, a look at the signal, ATO back
# online, the peer's hang-up (NO CARRIER), then AT+CMUX (the capture stops when frames begin).
SESSIONS['ec25ppp'] = hello('EC25', cmee=False) + '''\
AT+CGDCONT=1,"IP","internet"
OK
ATD*99#
CONNECT 150000000
300|~\xff}#\xc0!}!}!} }4}"}&} } } } }%}&"""
200|~\xff}#\xc0!}"}!} }4}"}&} } } } }%}&"""
1500|+++
1000|OK
AT+CSQ
+CSQ: 24,99
OK
ATO
CONNECT 150000000
300|~\xff}#\xc0!}%}"} }$"""
5000|NO CARRIER
AT+CMUX=0,0,5,127,10,3,30,10,2
OK
'''

# SIMCom SIM7600E: PPP, then +++ typed right after the data, no guard time before it: the
# module takes it as data, the host waits, then sends it again with the guard (a real fault).
SESSIONS['sim7600esc'] = hello('SIMCOM_SIM7600E-H', cmee=False) + '''\
AT+CGDCONT=1,"IP","internet"
OK
ATD*99#
CONNECT 115200
300|~\xff}#\xc0!}!}!} }4}"}&} } } } }%}&"""
100|+++
3000|+++
1000|OK
ATH
OK
'''

RENDER = [
    ('quectel/eg25-sockets', 'tsline', 'eg25'),
    ('quectel/bg77-pdpdeact-psm', 'tsline', 'bg77'),
    ('quectel/bg95-mqtt-retry', 'tsline', 'bg95mqtt'),
    ('ublox/sara-r510-sockets', 'tsline', 'sarar5'),
    ('ublox/lara-r6-denied', 'tsline', 'larar6'),
    ('simcom/sim7070-tcp-http', 'tsline', 'sim7070'),
    ('simcom/a7670-sim-pin', 'tsline', 'a7670pin'),
    ('simcom/sim800-sim-puk', 'plain', 'sim800puk'),
    ('simcom/sim800-restart', 'tsline', 'sim800restart'),
    ('telit/me910-sockets', 'tsline', 'me910'),
    ('nordic/nrf91-sockets', 'tsline', 'slmsock'),
    ('huawei/me909s-ipstack', 'tsline', 'me909ip'),
    ('fibocom/mc665-link-drop', 'plain', 'mc665'),
    ('quectel/ec25-searching', 'tsline', 'ec25search'),
    ('quectel/ec25-ppp-cmux', 'tsline', 'ec25ppp'),
    ('simcom/sim7600-ppp-escape', 'tsline', 'sim7600esc'),
]


if __name__ == '__main__':
    for dst, shape, name in RENDER:
        path = os.path.join('captures', dst + '.log')
        with open(path, 'w', encoding='latin-1', newline='') as f:
            f.write(render(shape, SESSIONS[name]))
