#!/usr/bin/env python3
"""Writes the round-6 precision fixtures (docs/precision.md, Round 6): sessions written for
this project, in the shapes vendors' AT manuals and public driver code show, for modules the
earlier captures did not cover (Sequans Monarch GM01Q, Quectel BC95-G NB-IoT and u-blox
SARA-N211 with the NSO* socket commands, SIMCom SIM7080G with a SIM busy after boot, Telit
LE910C1 sockets, Neoway N58, Fibocom NL668, AirM2M Air724UG) and for round 5's leftovers
(SIM busy, a PUK-blocked SIM). Each session's comment says what a modem engineer would raise
in it: docs/precision.md keeps the table. Laid out by captures/render_session.py, the
renderer rounds 4 and 5 share. Run from the repository root."""
import os

from render_session import hello, render

SESSIONS = {}

# Sequans Monarch GM01Q (TinyGsmClientSequansMonarch.h, STM32 X-CUBE-CELLULAR's Monarch
# at_custom_modem_specific.c, FreeRTOS-Cellular-Interface's Sequans port: +SQNSCFG, +SQNSD,
# +SQNSSENDEXT, +SQNSRING, +SQNSRECV, +SQNSH; sockets 1..6). A socket the peer closes
# (+SQNSH: 1), the host's own AT+SQNSH=1 after it (cleanup). Truth: nothing to raise.
SESSIONS['gm01q'] = '''\
+SYSSTART
300|AT
OK
ATI1
GM01Q
OK
AT+CMEE=1
OK
AT+CPIN?
+CPIN: READY
OK
AT+CEREG=2
OK
4000|+CEREG: 5,"2F1C","0A8B3C01",7
AT+CGPADDR=1
+CGPADDR: 1,"10.177.4.21"
OK
AT+SQNSCFG=1,1,300,90,600,50
OK
AT+SQNSD=1,0,7000,"echo.example.net",0,0,1
900|OK
AT+SQNSSENDEXT=1,5
> hello
OK
700|+SQNSRING: 1,5
AT+SQNSRECV=1,1500
+SQNSRECV: 1,5
hello
OK
AT+SQNSI=1
+SQNSI: 1,5,5,0,0
OK
5000|+SQNSH: 1
AT+SQNSH=1
OK
'''

# Quectel BC95-G (NB-IoT, Huawei Boudica chipset commands: AT+NSOCR/+NSOST/+NSORF/+NSOCL,
# the +NSONMI report; BC95 AT Commands Manual; the BC95/BC35 drivers of the rak8211 skeleton
# and liteos_nb_bc35 at_device/bc35.h). The host closes socket 1, then sends on it: the
# module refuses. Truth: socket-state at the AT+NSOST after AT+NSOCL=1.
SESSIONS['bc95'] = '''\
REBOOT_CAUSE_APPLICATION_AT
Neul
OK
AT+CGMM
BC95GJB-02-STD
OK
AT+NCONFIG?
+NCONFIG:AUTOCONNECT,TRUE
+NCONFIG:CR_0354_0338_SCRAMBLING,TRUE
OK
AT+CFUN?
+CFUN:1
OK
AT+CEREG?
+CEREG:0,2
OK
AT+CEREG?
+CEREG:0,1
OK
AT+CGATT?
+CGATT:1
OK
AT+NSONMI=1
OK
AT+NSOCR=DGRAM,17,5683,1
1
OK
AT+NSOST=1,192.0.2.44,5683,4,50494E47
1,4
OK
+NSONMI:1,4
AT+NSORF=1,4
1,192.0.2.44,5683,4,504F4E47,0
OK
AT+NSOCL=1
OK
AT+NSOST=1,192.0.2.44,5683,4,50494E47
ERROR
AT+NSOCR=DGRAM,17,5683,1
1
OK
'''

# u-blox SARA-N211 (NB-IoT: the same NSO* socket commands; SARA-N2 AT commands manual,
# AT+NRB's REBOOTING and the boot lines). A reboot to take a setting, registration, a UDP
# exchange. Truth: nothing to raise.
SESSIONS['saran2'] = '''\
AT+NCONFIG="AUTOCONNECT","TRUE"
OK
AT+NRB
REBOOTING
4000|u-blox
OK
500|AT
OK
AT+CGMM
SARA-N211
OK
AT+CMEE=1
OK
6000|AT+CEREG?
+CEREG: 0,1
OK
AT+CGPADDR=0
+CGPADDR: 0,10.52.17.3
OK
AT+NSOCR="DGRAM",17,16666,1
0
OK
AT+NSOST=0,"192.0.2.60",16666,2,"AB30"
0,2
OK
1200|+NSONMI: 0,3
AT+NSORF=0,3
0,"192.0.2.60",16666,3,"ABCDEF",0
OK
AT+NSOCL=0
OK
'''

# SIMCom SIM7080G (Cat-M/NB: CNACT, CA* sockets; SIM7070_SIM7080_SIM7090 Series AT Command
# Manual): the host starts right after RDY, while the SIM is still being read: AT+CMGF=1 and
# AT+CSCS refused with +CME ERROR: 14 (SIM busy), AT+CPIN? polled until READY, the settings
# sent again, then a TCP exchange. Truth: nothing to raise (round 5's command-failed leftover).
SESSIONS['sim7080busy'] = '''\
RDY
200|AT+CMEE=2
OK
AT+CMGF=1
+CME ERROR: SIM busy
AT+CSCS="GSM"
+CME ERROR: SIM busy
AT+CSQ
+CSQ: 99,99
OK
1000|AT+CPIN?
+CME ERROR: SIM busy
1000|AT+CPIN?
+CPIN: READY
OK
+CFUN: 1
SMS Ready
AT+CMGF=1
OK
AT+CSCS="GSM"
OK
3000|AT+CEREG?
+CEREG: 0,1
OK
AT+CNACT=0,1
OK
1500|+APP PDP: 0,ACTIVE
AT+CAOPEN=0,0,"TCP","192.0.2.70",7000
2000|+CAOPEN: 0,0
OK
AT+CASEND=0,4
> ping
OK
600|+CADATAIND: 0
AT+CARECV=0,100
+CARECV: 4,pong
OK
AT+CACLOSE=0
OK
'''

# Telit LE910C1-EU (#SGACT, #SD in command mode, #SSEND with Ctrl-Z, SRING, #SRECV, #SH;
# Telit LE910Cx AT Commands Reference Guide, sockets chapter). The host closes the socket and
# sends on it again. Truth: socket-state at the last #SSEND.
SESSIONS['le910c1'] = hello('LE910C1-EU') + '''\
AT+CREG?
+CREG: 0,1
OK
AT+CGDCONT=1,"IP","internet"
OK
AT#SGACT=1,1
1200|#SGACT: 10.28.4.19
OK
AT#SD=1,0,7000,"192.0.2.80",0,0,1
800|OK
AT#SSEND=1
> hello<SUB>
OK
400|SRING: 1
AT#SRECV=1,100
#SRECV: 1,5
hello
OK
AT#SS=1
#SS: 1,2,10.28.4.19,25001,192.0.2.80,7000
OK
AT#SH=1
OK
AT#SSEND=1
+CME ERROR: operation not allowed
AT#SGACT=1,0
OK
'''

# Neoway N58 (Cat-1: AT+XIIC PPP link, AT+TCPSETUP/+TCPSEND/+TCPRECV/+TCPCLOSE; Neoway N58
# AT command manual; Polysense drv_n58.c, M590 drivers on public code). Truth: nothing to raise.
SESSIONS['n58'] = hello('N58', cmee=False) + '''\
AT+CPIN?
+CPIN: READY
OK
AT+CREG?
+CREG: 0,1
OK
AT+XGAUTH=1,1,"",""
OK
AT+XIIC=1
OK
1500|AT+XIIC?
+XIIC:    1, 10.91.3.77
OK
AT+TCPSETUP=0,192.0.2.90,9000
OK
800|+TCPSETUP:0,OK
AT+TCPSEND=0,5
> hello
OK
+TCPSEND:0,5
600|+TCPRECV:0,4,pong
AT+TCPCLOSE=0
OK
+TCPCLOSE:0,OK
'''

# Fibocom NL668-EU (MIPCALL/MIPOPEN/MIPSEND/MIPCLOSE as the L610's; NL668 AT Commands
# Manual, TCP/IP chapter): AT+CFUN=1 from flight mode, the SIM busy while it is read, the
# host waits (+CPIN: READY), registers and opens. Truth: nothing to raise.
SESSIONS['nl668'] = hello('NL668-EU') + '''\
AT+CFUN=1
OK
AT+COPS=0
+CME ERROR: SIM busy
AT+CSQ
+CSQ: 18,99
OK
1500|+CPIN: READY
AT+COPS=0
2500|OK
AT+CEREG?
+CEREG: 0,1
OK
AT+MIPCALL=1,"internet"
OK
1200|+MIPCALL: 10.12.40.6
AT+MIPOPEN=1,,"192.0.2.100",7000,0
OK
900|+MIPOPEN: 1,1
AT+MIPCLOSE=1
OK
300|+MIPCLOSE: 1,0
AT+MIPOPEN?
+MIPOPEN: 1,2,3,4
OK
'''

# AirM2M Air724UG (Cat-1, SIMCom-compatible CIP* commands; Air724UG AT command manual):
# the SIM was blocked by wrong PINs before this capture; the host attaches anyway and opens
# a socket. Truth: one sim-fault finding (the PUK state and the refused attach, one fault);
# the host's own faults besides: AT+CIICR with the SIM never ready (attach-preconditions) and
# AT+CIPSTART with no IP (socket-without-ip); error-detail's advice on the plain ERRORs.
SESSIONS['air724'] = '''\
RDY
+CFUN: 1
+CPIN: SIM PUK
500|AT
OK
AT+CGMM
Air724UG
OK
AT+CPIN?
+CPIN: SIM PUK
OK
AT+CGATT=1
+CME ERROR: SIM PUK required
AT+CSTT="internet"
ERROR
AT+CIICR
ERROR
AT+CIPSTART="TCP","192.0.2.110",7000
ERROR
'''

RENDER = [
    ('sequans/gm01q-sockets', 'tsline', 'gm01q'),
    ('quectel/bc95-nbiot-sockets', 'plain', 'bc95'),
    ('ublox/sara-n211-nbiot', 'tsline', 'saran2'),
    ('simcom/sim7080g-sim-busy', 'tsline', 'sim7080busy'),
    ('telit/le910c1-sockets', 'tsline', 'le910c1'),
    ('neoway/n58-tcp', 'plain', 'n58'),
    ('fibocom/nl668-sim-busy', 'tsline', 'nl668'),
    ('airm2m/air724-sim-puk', 'plain', 'air724'),
]

if __name__ == '__main__':
    for dst, shape, name in RENDER:
        path = os.path.join('captures', dst + '.log')
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='latin-1', newline='') as f:
            f.write(render(shape, SESSIONS[name]))
