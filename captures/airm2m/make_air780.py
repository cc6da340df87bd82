#!/usr/bin/env python3
"""Writes air780-mqtt.log: an AirM2M Air780E session as a serial terminal logs
it (echo on, undirected), shaped after the LUAT AT documentation's MQTT, TCP
and file examples (openLuat/luatos-doc-pool docs/air780e/at); every value here
is made up. The second MQTT session holds the fault the LUAT notes warn about:
AT+MCONNECT sent before the TCP link's CONNECT OK (OK to AT+MIPSTART only means
the module started connecting); its AT+MPUB at QoS 1 gets no PUBACK before the
capture ends."""
import os

CRLF = "\r\n"
out = []


def cmd(line, *answer):
    out.append(line + "\r")
    for a in answer:
        out.append(CRLF + a + CRLF)


def urc(line):
    out.append(CRLF + line + CRLF)


urc("^boot.rom'v'!\\n")
urc("RDY")
urc("^MODE: 17,17")
urc("+E_UTRAN Service")
urc("+CGEV: ME PDN ACT 1,0")
urc("+NITZ: 2026/11/30,02:14:07+0,0")
cmd("AT", "OK")
cmd("ATI", "AirM2M_780E_V1169_LTE_AT", "OK")
cmd("AT+CPIN?", "+CPIN: READY", "OK")
cmd("AT+CGATT?", "+CGATT: 1", "OK")
cmd("AT+MCONFIG=\"dev-0042\",\"user\",\"secret\"", "OK")
cmd("AT+MIPSTART=\"mqtt.example.net\",\"1883\"", "OK")
urc("CONNECT OK")
cmd("AT+MCONNECT=1,300", "OK")
urc("CONNACK OK")
cmd("AT+MSUB=\"dev/0042/cmd\",0", "OK")
urc("SUBACK")
cmd("AT+MPUB=\"dev/0042/up\",1,0,\"temp=21.5\"", "OK")
urc("PUBACK")
urc("+MSUB: \"dev/0042/cmd\",6 byte,reboot")
# a file written through the > prompt: exactly the declared length, on one
# line (a body holding line ends reads as cut at the first in an undirected
# capture: a terminal shows typed payload up to the line end)
body = "threshold=30;interval=600"
cmd("AT+FSCREATE=\"note.txt\"", "OK")
out.append("AT+FSWRITE=\"note.txt\",0,%d,15\r" % len(body))
out.append(CRLF + ">")
out.append(body)
out.append(CRLF + "OK" + CRLF)
cmd("AT+MDISCONNECT", "OK")
cmd("AT+MIPCLOSE", "OK")
# the second session: the host does not wait for the link, nor for the PUBACK
cmd("AT+MIPSTART=\"mqtt.example.net\",\"1883\"", "OK")
cmd("AT+MCONNECT=1,300", "OK")
urc("CONNECT OK")
urc("CONNACK OK")
cmd("AT+MPUB=\"dev/0042/up\",1,0,\"temp=21.7\"", "OK")
cmd("AT+CSQ", "+CSQ: 24,99", "OK")
cmd("AT+MDISCONNECT", "OK")
cmd("AT+MIPCLOSE", "OK")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "air780-mqtt.log"), "w", newline="") as f:
    f.write("".join(out))
