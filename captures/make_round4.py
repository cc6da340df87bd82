#!/usr/bin/env python3
"""Writes the round-4 precision fixtures (docs/precision.md, Round 4): sessions written for
this project in the shapes the vendors' AT manuals and public driver code show
(registration, PDP, TCP/UDP sockets, HTTP, MQTT, SMS, FTP, GNSS, PSM/eDRX reports, firmware
queries, SIM PIN, network errors), each rendered as a timestamped terminal log and some as a
host library's trace (ubxlib's stamped log, TinyGSM's StreamDebugger print). A session line is
"DELAY_MS|text" or "text" (10 ms); <SUB> is Ctrl-Z; "~text" is raw data that follows the line
before it without a line end of its own. Run from the repository root."""
import os

SESSIONS = {
    'slmmqtt': '''\
Ready
AT
OK
AT+CFUN=1
OK
2000|+CEREG: 5,"1A2B","0101A0B1",7
AT#XMQTTCFG="dev-9",60,1
OK
AT#XMQTTCON=1,"","","broker.example",1883
OK
1000|#XMQTTEVT: 0,0
AT#XMQTTSUB="cmd/dev-9",1
OK
500|#XMQTTEVT: 7,0
AT#XMQTTPUB="up/dev-9","hello",0,0
OK
#XMQTTEVT: 2,0
AT#XMQTTCON=0
OK
#XMQTTEVT: 1,0
AT#XHTTPCCON=1,"example.com",80
#XHTTPCCON: 1
OK
AT#XHTTPCREQ="GET","/"
OK
1000|#XHTTPCREQ: 0
#XHTTPCRSP: 15,1
HTTP/1.1 200 OK
AT#XHTTPCCON=0
#XHTTPCCON: 0
OK
AT#XPING="example.com",45,5000,1
OK
#XPING: 0.051 seconds
AT+CFUN=0
OK
''',
    'sarau2': '''\
AT
OK
AT+CGMM
SARA-U201
OK
AT+UPSD=0,1,"internet"
OK
AT+UPSD=0,7,"0.0.0.0"
OK
AT+UPSDA=0,3
3000|OK
+UUPSDA: 0,"10.55.66.77"
AT+UPSND=0,8
+UPSND: 0,8,1
OK
AT+USOCR=6
+USOCR: 1
OK
AT+USOCO=1,"203.0.113.72",80
OK
AT+USOWR=1,5
@hello
+USOWR: 1,5
OK
2000|+UUSOCL: 1
AT+USOWR=1,3
ERROR
AT+USOER
+USOER: 0
OK
AT+USOCR=6
+USOCR: 1
OK
AT+USOCO=1,"203.0.113.72",80
OK
AT+USOWR=1,3
@abc
+USOWR: 1,3
OK
AT+USOCL=1
OK
AT+UPSDA=0,4
OK
''',
    'bg96dm': '''\
AT
OK
AT+CGMM
BG96
OK
AT+QIACT=1
OK
AT+QIOPEN=1,0,"TCP","203.0.113.71",9000,0,2
2000|CONNECT
1000|ping
500|pong
1000|+++
1000|OK
AT+QISTATE=1,0
+QISTATE: 0,"TCP","203.0.113.71",9000,65344,2,1,0,2,"uart1"
OK
AT+QISWTMD=0,2
CONNECT
1000|again
1000|+++
1000|OK
AT+QICLOSE=0
OK
AT+QIDEACT=1
OK
''',
    'sim7600dm': '''\
AT
OK
AT+CGMM
SIMCOM_SIM7600E-H
OK
AT+CIPMODE=1
OK
AT+NETOPEN
OK
1000|+NETOPEN: 0
AT+CIPOPEN=0,"TCP","203.0.113.70",9000
500|CONNECT 115200
1000|hello from host
500|echo: hello from host
1000|+++
1000|OK
AT+CIPSTAT=0
+CIPSTAT: 15,21
OK
ATO
CONNECT 115200
1000|more data
1000|+++
1000|OK
AT+CIPCLOSE=0
OK
+CIPCLOSE: 0,0
AT+NETCLOSE
OK
+NETCLOSE: 0
''',
    'net': '''\
RDY
+CFUN: 1
+CPIN: SIM PIN
AT
OK
AT+CGMI
SIMCOM_Ltd
OK
AT+CGMM
SIMCOM_SIM7000E
OK
AT+CPIN="0000"
+CME ERROR: 16
AT+CPIN?
+CPIN: SIM PIN
OK
AT+CPIN="1234"
OK
1000|SMS Ready
AT+CNMP=38
OK
AT+CMNB=2
OK
AT+COPS=1,2,"26201"
60000|+CME ERROR: 30
AT+CEER
+CEER: "No cause information available"
OK
AT+COPS=0
OK
AT+CGDCONT=1,"IP","iot.example"
OK
AT+CGACT=1,1
+CME ERROR: 33
AT+CEER
+CEER: "Requested service option not subscribed"
OK
AT+CGDCONT=1,"IP","nbiot.example"
OK
AT+CGACT=1,1
OK
AT+CNACT=1,"nbiot.example"
OK
1000|+APP PDP: ACTIVE
AT+CNACT?
+CNACT: 1,"10.1.2.3"
OK
AT+CAOPEN=0,"203.0.113.60","5000"
+CAOPEN: 0,0
OK
AT+CASEND=0,4
> ping
OK
AT+CACLOSE=0
OK
AT+CPSMS=1,,,"00100001","00000011"
OK
AT+CPOWD=1
NORMAL POWER DOWN
''',
    'telit': '''\
AT
OK
100|ATE0
OK
100|AT+CGMM
LE910C1-EU
OK
AT+CGMR
25.21.660
OK
AT#SWPKGV
25.21.660-B044
M0F.660008
P0F.660008
A0F.660008
OK
100|AT+CMEE=2
OK
AT+CPIN?
+CPIN: READY
OK
AT+CGDCONT=1,"IP","internet"
OK
AT+CEREG?
+CEREG: 0,2
OK
2000|AT+CEREG?
+CEREG: 0,5
OK
AT+CPSMS=1,,,"00100001","00000011"
OK
AT+CEDRXS=0
OK
AT#SGACT=1,1
1500|#SGACT: 10.64.12.7
OK
AT#SCFG=1,1,300,90,600,50
OK
AT#SD=1,0,80,"203.0.113.5",0,0,1
800|OK
AT#SSENDEXT=1,14
> GET / HTTP/1.0
100|OK
300|SRING: 1
AT#SRECV=1,100
#SRECV: 1,15
HTTP/1.0 200 OK
OK
AT#SI=1
#SI: 1,14,15,0,0
OK
AT#SH=1
OK
AT#HTTPCFG=0,"example.com",80,0
OK
AT#HTTPQRY=0,0,"/index.html"
OK
1500|#HTTPRING: 0,200,"text/html",120
AT#HTTPRCV=0
<<<
<html>hello</html>
OK
AT+CMGF=1
OK
AT+CMGS="+15550100"
> status ok<SUB>
2000|+CMGS: 17
OK
AT$GPSP=1
OK
AT$GPSACP
$GPSACP: ,,,,,1,,,,,
OK
5000|AT$GPSACP
$GPSACP: 080513.000,5231.1234N,01322.5678E,1.0,45.2,3,0.0,0.0,0.0,051226,07,02
OK
AT$GPSP=0
OK
AT#SGACT=1,0
OK
''',
    'ublox': '''\
AT
OK
ATI
Manufacturer: u-blox
Model: SARA-R410M-02B
Revision: L0.0.00.00.05.08
OK
ATI9
L0.0.00.00.05.08,A.02.04
OK
AT+CMEE=2
OK
AT+CPIN?
+CPIN: READY
OK
AT+UPSV=0
OK
AT+CPSMS=1,,,"00000100","00001111"
OK
AT+CEDRXS=2,4,"0010"
OK
AT+CGDCONT=1,"IP","iot.example"
OK
AT+CFUN=1
OK
3000|+CEREG: 5,"2F1A","0012AB01",7
AT+CEREG?
+CEREG: 2,5,"2F1A","0012AB01",7
OK
AT+CGPADDR=1
+CGPADDR: 1,10.23.4.5
OK
AT+USOCR=17
+USOCR: 0
OK
AT+USOST=0,"203.0.113.9",5683,4
@ping
+USOST: 0,4
OK
800|+UUSORF: 0,4
AT+USORF=0,4
+USORF: 0,"203.0.113.9",5683,4,"pong"
OK
AT+USOCL=0
OK
AT+USOCR=6
+USOCR: 0
OK
AT+USOCO=0,"203.0.113.10",80
2000|OK
AT+USOWR=0,5,"hello"
+USOWR: 0,5
OK
500|+UUSORD: 0,5
AT+USORD=0,5
+USORD: 0,5,"world"
OK
AT+USOCL=0
OK
AT+UHTTP=0,1,"example.com"
OK
AT+UHTTPC=0,1,"/","resp.txt"
OK
3000|+UUHTTPCR: 0,1,1
AT+URDFILE="resp.txt"
+URDFILE: "resp.txt",15,"HTTP/1.1 200 OK"
OK
AT+UMQTT=0,"dev-42"
+UMQTT: 0,1
OK
AT+UMQTT=2,"broker.example",1883
+UMQTT: 2,1
OK
AT+UMQTTC=1
+UMQTTC: 1,1
OK
1000|+UUMQTTC: 1,0
AT+UMQTTC=2,0,0,"up/dev-42","hi"
+UMQTTC: 2,1
OK
AT+UMQTTC=0
+UMQTTC: 0,1
OK
AT+CMGF=1
OK
AT+CMGS="+15550100"
> hi<SUB>
3000|+CMS ERROR: 332
AT+CEREG?
+CEREG: 2,5,"2F1A","0012AB01",7
OK
AT+CMGS="+15550100"
> hi<SUB>
2000|+CMGS: 3
OK
AT+CPWROFF
OK
''',
    'a7670': '''\
AT
OK
ATI
Manufacturer: SIMCOM INCORPORATED
Model: A7670E-LASE
Revision: A011B07A7670M7_F
IMEI: 868000000000000
OK
AT+CPIN?
+CPIN: READY
OK
AT+CSQ
+CSQ: 19,99
OK
AT+CGREG?
+CGREG: 0,1
OK
AT+CGDCONT=1,"IP","internet"
OK
AT+NETOPEN
OK
1000|+NETOPEN: 0
AT+IPADDR
+IPADDR: 10.77.1.2
OK
AT+CIPOPEN=0,"TCP","203.0.113.20",8080
OK
1200|+CIPOPEN: 0,0
AT+CIPSEND=0,5
> hello
OK
300|+CIPSEND: 0,5,5
800|RECV FROM:203.0.113.20:8080
+IPD5
~world
AT+CIPCLOSE=0
OK
300|+CIPCLOSE: 0,0
AT+HTTPINIT
OK
AT+HTTPPARA="URL","http://example.com/"
OK
AT+HTTPACTION=0
OK
2000|+HTTPACTION: 0,200,12
AT+HTTPREAD=0,12
OK
+HTTPREAD: 12
~hello there!
+HTTPREAD: 0
AT+HTTPTERM
OK
AT+CMQTTSTART
OK
+CMQTTSTART: 0
AT+CMQTTACCQ=0,"dev7"
OK
AT+CMQTTCONNECT=0,"tcp://broker.example:1883",60,1
OK
1500|+CMQTTCONNECT: 0,0
AT+CMQTTTOPIC=0,7
>
up/dev7
OK
AT+CMQTTPAYLOAD=0,2
>
hi
OK
AT+CMQTTPUB=0,1,60
OK
500|+CMQTTPUB: 0,0
AT+CMQTTCONNECT=0,"tcp://broker.example:1884",60,1
OK
1500|+CMQTTCONNECT: 0,32
AT+CMQTTTOPIC=0,7
>
up/dev7
OK
AT+CMQTTDISC=0,120
OK
+CMQTTDISC: 0,0
AT+CMQTTREL=0
OK
AT+CMQTTSTOP
OK
+CMQTTSTOP: 0
AT+CGNSSPWR=1
OK
3000|+CGNSSPWR: READY!
AT+CGNSSINFO
+CGNSSINFO: ,,,,,,,,
OK
AT+NETCLOSE
OK
500|+NETCLOSE: 0
''',
    'sim808': '''\
RDY
+CFUN: 1
+CPIN: READY
3000|Call Ready
SMS Ready
AT
OK
AT+CGMR
Revision:1418B05SIM808R32_BT
OK
AT+CSQ
+CSQ: 17,0
OK
AT+CREG?
+CREG: 0,1
OK
AT+CGNSPWR=1
OK
AT+CGNSINF
+CGNSINF: 1,0,20261205080513.000,,,,0.00,0.0,0,,,,,,0,0,,,,,
OK
AT+CMGF=1
OK
AT+CNMI=2,1,0,0,0
OK
AT+CMGS="+15550100"
> boot ok<SUB>
3000|+CMGS: 21
OK
2000|+CMTI: "SM",3
AT+CMGR=3
+CMGR: "REC UNREAD","+15550100","","26/12/05,08:05:13+04"
status?
OK
AT+CMGD=3
OK
AT+SAPBR=3,1,"Contype","GPRS"
OK
AT+SAPBR=3,1,"APN","internet"
OK
AT+SAPBR=1,1
2000|OK
AT+SAPBR=2,1
+SAPBR: 1,1,"10.1.2.3"
OK
AT+HTTPINIT
OK
AT+HTTPPARA="CID",1
OK
AT+HTTPPARA="URL","http://example.com/a"
OK
AT+HTTPACTION=0
OK
3000|+HTTPACTION: 0,200,12
AT+HTTPREAD
+HTTPREAD: 12
hello there!
OK
AT+HTTPTERM
OK
AT+SAPBR=0,1
OK
AT+CSCLK=2
OK
''',
    'ec21': '''\
RDY
2000|+CFUN: 1
+CPIN: READY
+QUSIM: 1
+QIND: SMS DONE
+QIND: PB DONE
500|AT
OK
ATI
Quectel
EC21
Revision: EC21EFAR06A01M4G
OK
AT+QGMR
EC21EFAR06A01M4G_01.001.01.001
OK
AT+CMEE=2
OK
AT+QCFG="nwscanmode",0,1
OK
AT+CREG?
+CREG: 0,1
OK
AT+QICSGP=1,1,"internet","","",1
OK
AT+QIACT=1
2000|OK
AT+QIACT?
+QIACT: 1,1,1,"10.9.8.7"
OK
AT+QIOPEN=1,0,"TCP","203.0.113.30",80,0,0
OK
1500|+QIOPEN: 0,0
AT+QISEND=0,5
> hello
SEND OK
800|+QIURC: "recv",0
AT+QIRD=0,1500
+QIRD: 5
world
OK
AT+QICLOSE=0
OK
AT+QISEND=0,3
ERROR
AT+QHTTPCFG="contextid",1
OK
AT+QHTTPURL=20,80
CONNECT
http://example.com/x
OK
AT+QHTTPGET=80
OK
3000|+QHTTPGET: 0,200,12
AT+QHTTPREAD=80
CONNECT
hello there!
OK
+QHTTPREAD: 0
AT+QFTPCFG="contextid",1
OK
AT+QFTPOPEN="ftp.example.com",21
OK
2000|+QFTPOPEN: 0,0
AT+QFTPCWD="/"
OK
500|+QFTPCWD: 0,0
AT+QFTPSIZE="fw.bin"
OK
500|+QFTPSIZE: 0,2048
AT+QFTPCLOSE
OK
500|+QFTPCLOSE: 0,0
AT+QGPS=1
OK
AT+QGPSLOC=2
+CME ERROR: 516
5000|AT+QGPSLOC=2
+CME ERROR: 516
5000|AT+QGPSLOC=2
+QGPSLOC: 080513.0,52.51873,13.37613,1.2,45.0,3,0.00,0.0,0.0,051226,07
OK
AT+QGPSEND
OK
AT+QPSMS=1,,,"00100001","00000011"
OK
AT+CEDRXS=1,5,"0101"
OK
AT+QMTOPEN=0,"broker.example",1883
OK
2000|+QMTOPEN: 0,0
AT+QMTCONN=0,"ec21-1"
OK
1000|+QMTCONN: 0,0,0
AT+QMTPUBEX=0,0,0,0,"up/ec21",5
> hello
OK
+QMTPUBEX: 0,0,0
AT+QMTDISC=0
OK
+QMTDISC: 0,0
5000|+QIURC: "pdpdeact",1
AT+QIDEACT=1
OK
''',
    'bg95nb': '''\
RDY
1000|APP RDY
AT
OK
AT+CGMM
BG95-M3
OK
AT+CMEE=1
OK
AT+QCFG="iotopmode",1,1
OK
AT+CPIN?
+CPIN: SIM PIN
OK
AT+CPIN="1234"
OK
2000|+CPIN: READY
AT+CFUN=1
OK
AT+CGATT=1
+CME ERROR: 30
AT+CEREG?
+CEREG: 0,2
OK
5000|AT+CEREG?
+CEREG: 0,2
OK
5000|AT+CEREG?
+CEREG: 0,5
OK
AT+CGATT=1
OK
AT+QIACT=1
+CME ERROR: 3
AT+QIACT?
+QIACT: 1,1,1,"10.20.30.40"
OK
AT+QIOPEN=1,1,"UDP","203.0.113.40",5683,0,0
OK
+QIOPEN: 1,0
AT+QISEND=1,4
> ping
SEND OK
AT+QISEND=1,0
+QISEND: 4,4,0
OK
AT+QICLOSE=1
OK
AT+QPSMS=1,,,"00100001","00000011"
OK
+QPSMTIMER: 3600,60
30000|+CEREG: 5
AT+COPS?
+COPS: 0,0,"Example",9
OK
AT+CSQ
+CSQ: 99,99
OK
AT+QCSQ
+QCSQ: "eMTC",-95,-120,92,-12
OK
''',
    'm95': '''\
RDY
+CFUN: 1
+CPIN: READY
3000|Call Ready
SMS Ready
AT
OK
ATI
Quectel_Ltd
Quectel_M95
Revision: M95FAR02A08
OK
AT+QIMUX=1
OK
AT+QIREGAPP
OK
AT+QIACT
2000|OK
AT+QILOCIP
10.7.89.10
AT+QIOPEN=2,"TCP","203.0.113.50","8500"
OK
1000|2, CONNECT OK
AT+QISEND=2
> hello<SUB>
SEND OK
AT+QISEND=2,3
> abc
SEND OK
AT+QICLOSE=2
2, CLOSE OK
AT+QIDEACT
DEACT OK
''',
    'nrf': '''\
Ready
AT
OK
AT%SHORTSWVER
%SHORTSWVER: nrf9160_1.3.4
OK
AT+CGMM
nRF9160-SICA
OK
AT%XSYSTEMMODE=1,0,1,0
OK
AT+CEREG=5
OK
AT+CSCON=1
OK
AT+CPSMS=1,"","","00100001","00000011"
OK
AT%XPTW=4,"0001"
OK
AT+CFUN=1
OK
2000|+CSCON: 1
3000|+CEREG: 1,"1A2B","0101A0B1",7,,,"00011110","00000110"
AT+CGPADDR
+CGPADDR: 0,"10.160.1.2"
OK
AT#XSOCKET=1,1,0
#XSOCKET: 0,1,6
OK
AT#XCONNECT="example.com",80
1000|#XCONNECT: 1
OK
AT#XSEND="hello"
#XSEND: 5
OK
AT#XRECV=5
#XRECV: 5
world
OK
AT#XSOCKET=0
#XSOCKET: 0,"closed"
OK
AT#XGPS=1,0,0,1
#XGPS: 1,1
OK
9000|#XGPS: 52.518730,13.376130,45.000000,10.000000,0.000000,0.000000,"2026-12-05 08:05:13"
AT#XGPS=0
#XGPS: 1,0
OK
20000|+CSCON: 0
60000|+CEREG: 1,"1A2B","0101A0B1",7,,,"00011110","00000110"
AT%XMODEMSLEEP=1,500,10000
OK
AT+CFUN=4
OK
''',
}

RENDER = [
    ('nordic/nrf91-mqtt-http', 'tsline', 'slmmqtt'),
    ('ublox/sara-u201-psd', 'tsline', 'sarau2'),
    ('quectel/bg96-transparent', 'tsline', 'bg96dm'),
    ('simcom/sim7600-transparent', 'tsline', 'sim7600dm'),
    ('simcom/sim7000-network-errors', 'tsline', 'net'),
    ('telit/le910c1-services', 'tsline', 'telit'),
    ('ublox/sara-r410-services', 'tsline', 'ublox'),
    ('ublox/sara-r410-ubxlib', 'ubxlib', 'ublox'),
    ('simcom/a7670-services', 'tsline', 'a7670'),
    ('simcom/a7670-tinygsm', 'tinygsm', 'a7670'),
    ('simcom/sim808-gnss-sms', 'tsline', 'sim808'),
    ('quectel/ec21-services', 'tsline', 'ec21'),
    ('quectel/bg95-nbiot', 'tsline', 'bg95nb'),
    ('quectel/m95-mux', 'tsline', 'm95'),
    ('nordic/nrf91-psm-gnss', 'tsline', 'nrf'),
]


def render(shape, text):
    t = 4000 if shape != 'tsline' else 0
    out = []
    if shape == 'tinygsm':
        out.append('[12] ### TinyGSM Version: 0.12.0\n')
        out.append('[13] ### TinyGSM Compiled Module:  TinyGsmClientA7672x\n')

    def emit(s):
        sec, ms = divmod(t, 1000)
        h, rem = divmod(sec, 3600)
        m, sec = divmod(rem, 60)
        if shape == 'tsline':
            out.append('[2026-12-05 %02d:%02d:%02d.%03d] %s\r\n' % (8 + h, m, sec, ms, s))
        elif shape == 'ubxlib':
            out.append('0000/01/01 %02d:%02d:%02d.%03d: %s\n' % (h, m, sec, ms, s))
        else:
            out.append(s + '\n')
    for raw in text.split('\n'):
        if not raw:
            continue
        d = 10
        if '|' in raw[:7] and raw.split('|', 1)[0].isdigit():
            d, raw = raw.split('|', 1)
            d = int(d)
        t += d
        raw = raw.replace('<SUB>', '\x1a')
        if raw.startswith('~'):
            emit(raw[1:])
        elif shape == 'tsline' or raw.startswith(('AT', '>', '@')):
            emit(raw)
        else:
            emit('')   # the module's line starts with CR LF: the library prints it as an empty line
            emit(raw)
    return ''.join(out)


for dst, shape, name in RENDER:
    path = os.path.join('captures', dst + '.log')
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(render(shape, SESSIONS[name]))
