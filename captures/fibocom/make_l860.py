#!/usr/bin/env python3
"""Writes l860-session.log: a Fibocom L860-GL (Intel XMM7560) bring-up on its
AT control port as a terminal logs it (echo on, undirected): identification,
RAT and signal reports, a context with its DNS query and a data channel routed
to NCM (the data itself never crosses this port), then a reset. Shaped after the
commands ModemManager's XMM and Fibocom plugins and OpenWrt's mobiled mapper
send (module-families.md 9); every value here is made up. Also writes
l860-faults.log (below)."""
import os

CRLF = "\r\n"
out = []


def cmd(line, *answer):
    out.append(line + "\r")
    for a in answer:
        out.append(CRLF + a + CRLF)


def urc(line):
    out.append(CRLF + line + CRLF)


cmd("ATE1", "OK")
cmd("AT+CGMI", "+CGMI: \"Fibocom\"", "OK")
cmd("AT+CGMM", "+CGMM: \"L860-GL\"", "OK")
cmd("AT+CGMR", "+CGMR: \"18500.5001.00.05.27.12\"", "OK")
cmd("AT+GTPKGVER?", "+GTPKGVER: \"18500.5001.00.05.27.12_6000.0.11\"", "OK")
cmd("AT+CMEE=1", "OK")
cmd("AT+XACT=?", "+XACT: (0-6),(0-2),0,1,2,4,5,8,101,102,103,104,105,107,108,112,113,117,118,119,120,125,126,128,129,130,138,139,140,141", "OK")
cmd("AT+XACT=2,2,,103", "OK")
cmd("AT+XCESQ=1", "OK")
urc("+XCESQI: 99,99,255,255,22,48,12")
cmd("AT+CPIN?", "+CPIN: READY", "OK")
cmd("AT+CEREG?", "+CEREG: 0,1", "OK")
cmd("AT+CGDCONT=1,\"IP\",\"internet\"", "OK")
cmd("AT+CGACT=1,1", "OK")
cmd("AT+CGDCONT?", "+CGDCONT: 1,\"IP\",\"internet\",\"10.44.7.19\",0,0,0,0", "OK")
cmd("AT+XDNS?", "+XDNS: 1, \"10.11.12.13\", \"10.11.12.14\"", "OK")
cmd("AT+XDATACHANNEL=1,1,\"/USBCDC/0\",\"/USBHS/NCM/0\",0,1", "OK")
cmd("AT+CGDATA=\"M-RAW_IP\",1", "OK")
urc("+XCESQI: 99,99,255,255,23,50,14")
cmd("AT+XCCINFO?", "+XCCINFO: 0,262,01,\"0001A2B3\",3,\"0C1D\",1,0,1", "OK")
cmd("AT+CFUN=15", "OK")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "l860-session.log"), "w", newline="") as f:
    f.write("".join(out))

# l860-faults.log: the same bring-up where the context activation fails and
# the host routes the data channel and dials anyway (what a support engineer
# looks for first: a failure walked past)
out = []
cmd("AT+CGMM", "+CGMM: \"L860-GL\"", "OK")
cmd("AT+XACT=2,2,,103", "OK")
cmd("AT+CEREG?", "+CEREG: 0,1", "OK")
cmd("AT+CGDCONT=1,\"IP\",\"internet\"", "OK")
cmd("AT+CGACT=1,1", "+CME ERROR: 148")
cmd("AT+XDATACHANNEL=1,1,\"/USBCDC/0\",\"/USBHS/NCM/0\",0,1", "OK")
cmd("AT+CGDATA=\"M-RAW_IP\",1", "OK")
urc("+XCESQI: 99,99,255,255,23,50,14")
with open(os.path.join(here, "l860-faults.log"), "w", newline="") as f:
    f.write("".join(out))
