#!/usr/bin/env python3
"""Writes the variant fixtures of this folder and their answer key
EXPECTED.json (same schema as ../EXPECTED.json, plus "detect": the layers
atscope must name). A variant is one of the parent folder's renderings
(../make_traces.py, from the hand-written sessions in ../sessions.py) as
another version or configuration of the same library prints it, or as it
reaches a ticket: a different time stamp, log level, thread name or logger
format, no prefix at all, colour codes, Windows line ends, a nested quote,
a paste cut in the middle of a record. README.md cites the source of each
shape. The transforms keep every line where it was (or shift all by a
fixed header), so the answer key is the parent's, moved; a cut paste keeps
the commands before the cut and leaves the cut one unanswered.

    python3 make_variants.py           # rewrite the files
    python3 make_variants.py --check   # exit 1 if a file on disk differs

Python 3 standard library only; deterministic."""

import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import make_traces as M   # noqa: E402
import sessions as S      # noqa: E402
from session import Session  # noqa: E402
import kit as K            # noqa: E402
import variants_r7 as R7  # noqa: E402
import variants_r8 as R8  # noqa: E402
import variants_r9_traces as R9T  # noqa: E402
import variants_r10_traces as R10T  # noqa: E402
import variants_r11_traces as R11T  # noqa: E402
import variants_r12_traces as R12T  # noqa: E402


# ------------------------------------------------ other modules' sessions
# Written by hand like ../sessions.py: the command sets, URCs, verbose
# +CME ERROR texts and binary payloads of the modules the held-out corpus
# names, in the libraries their users drive them with. Each command's
# writes are the command and its CR (Mbed's ATHandler writes more pieces;
# ../mbed-trace.log covers that).
def w(cmd):
    return [cmd, "\r"]


def telit():
    """Telit LE910C1 with AT+CMEE=2 (verbose errors), a socket dial and a
    binary payload after the > prompt (#SSENDEXT: length-delimited)."""
    s = Session("telit", "Telit LE910C1", echo=False, profile="telit", start=12.204)
    s.cmd("AT+CMEE=2", writes=w("AT+CMEE=2"), dt=0.020, gap=0.080)
    s.cmd("AT+CPIN?", final="+CME ERROR: SIM not inserted", writes=w("AT+CPIN?"), dt=0.020)
    s.urc("#QSS: 1", dt=1.5)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], writes=w("AT+CPIN?"), dt=0.020, gap=0.100)
    s.cmd('AT+CGDCONT=1,"IP","web.omnitel.it"', writes=w('AT+CGDCONT=1,"IP","web.omnitel.it"'),
          dt=0.030, gap=0.100)
    s.cmd("AT#SGACT=1,1", ["#SGACT: 10.64.12.7"], writes=w("AT#SGACT=1,1"), dt=0.800, gap=0.100)
    s.cmd('AT#SD=1,0,8883,"broker.example.com",0,0,1',
          writes=w('AT#SD=1,0,8883,"broker.example.com",0,0,1'), dt=0.600, gap=0.100)
    s.cmd("AT#SSENDEXT=1,9", prompt=b"\r\n> ", payload=b"\x10\x07\x00\x04MQTT\xff",
          writes=w("AT#SSENDEXT=1,9"), dt=0.030)
    s.urc("SRING: 1", dt=0.400)
    s.cmd("AT#SH=1", final="+CME ERROR: operation not allowed", writes=w("AT#SH=1"), dt=0.020)
    return s


def nrf91():
    """nRF9160 running the Serial LTE Modem application, driven by a Python
    script (echo off, as SLM ships)."""
    s = Session("nrf91", "Nordic nRF9160 (SLM)", echo=False, profile="nordic-slm", start=0.0)
    s.cmd("AT+CFUN=1", dt=0.120, gap=0.050)
    s.cmd("AT+CEREG=5", dt=0.015, gap=0.050)
    s.urc('+CEREG: 2,"76C1","0102DA04",7', dt=1.2)
    s.urc('+CEREG: 1,"76C1","0102DA04",7,,,"11100000","11100000"', dt=2.4)
    s.cmd("AT%XSYSTEMMODE?", ["%XSYSTEMMODE: 1,0,1,0"], dt=0.015, gap=0.050)
    s.cmd("AT+CGSN=1", ['+CGSN: "352656100123456"'], dt=0.015, gap=0.050)
    s.cmd("AT#XSOCKET=1,1,0", ["#XSOCKET: 0,1,6"], dt=0.030, gap=0.050)
    s.cmd('AT#XCONNECT="example.com",80', ["#XCONNECT: 1"], dt=0.400, gap=0.050)
    s.cmd('AT#XSEND="hello"', ["#XSEND: 5"], dt=0.060, gap=0.050)
    s.cmd('AT+CPSMS=1,,,"00100001","00000011"', final="ERROR", dt=0.015, gap=0.050)
    return s


def huawei():
    """Huawei ME909s-120 (LTE stick module): ^-prefixed vendor commands and
    URCs, an SMS in text mode ended by Ctrl-Z, a network-initiated USSD
    answer."""
    s = Session("huawei", "Huawei ME909s-120", echo=False, profile=None, start=0.0)
    s.cmd("AT^SYSINFOEX", ['^SYSINFOEX: 2,3,0,1,,6,"LTE",101,"LTE"'], dt=0.030, gap=0.050)
    s.urc('^HCSQ: "LTE",50,40,120,20', dt=0.600)
    s.cmd('AT^NDISDUP=1,1,"internet"', dt=0.050, gap=0.0)
    s.urc('^NDISSTAT: 1,,,"IPV4"', dt=1.100)
    s.cmd("AT+CMGF=1", dt=0.030, gap=0.050)
    s.cmd('AT+CMGS="+4915123456789"', responses=["+CMGS: 12"], prompt=b"\r\n> ",
          payload=b"Battery low\x1a", after=b"\r\n+CMGS: 12\r\n\r\nOK\r\n", dt=0.030)
    s.cmd('AT+CUSD=1,"*100#",15', dt=0.060, gap=0.0)
    s.urc('+CUSD: 0,"Balance: 5.00 EUR",15', dt=2.0)
    s.cmd("AT+CPMS?", final="+CMS ERROR: 310", dt=0.030, gap=0.050)
    return s


def air780():
    """AirM2M Air780E (SIM800-like TCP commands), echo on."""
    s = Session("air780", "AirM2M Air780E", echo=True, profile="airm2m-air780", start=0.0)
    s.cmd("AT", dt=0.010, gap=0.050)
    s.cmd("ATE0", dt=0.010, gap=0.050)
    s.echo = False
    s.cmd("AT+CGATT?", ["+CGATT: 1"], dt=0.015, gap=0.050)
    s.cmd('AT+CSTT="CMNET"', dt=0.015, gap=0.050)
    s.cmd("AT+CIICR", dt=0.600, gap=0.050)
    q = s.cmd('AT+CIPSTART="TCP","180.97.81.180",51234', dt=0.020, gap=0.0)
    s.urc("CONNECT OK", completes=q, dt=0.450)
    s.cmd("AT+CIPSEND=5", final="SEND OK", prompt=b"\r\n> ", payload=b"hello", dt=0.020)
    s.cmd("AT+CIPCLOSE", final="CLOSE OK", dt=0.050, gap=0.050)
    return s


def tinygsm_sim800():
    """TinyGSM (TinyGsmClientSIM800) with StreamDebugger on a SIM800L, as
    ../sessions.py tinygsm(): waits = what each waitResponse() consumes; a
    bare token ("SHUT OK", "OK") leaves its CR LF unread, so the next
    command is glued to it. Verbose errors (AT+CMEE=2)."""
    s = Session("tinygsm-sim800", "SIMCom SIM800L", echo=True, profile="simcom-sim800", start=0.0)
    s.wait(0.015)
    s.log("### TinyGSM Version: 0.11.7")
    s.log("### TinyGSM Compiled Module:  TinyGsmClientSIM800")
    s.app("Initializing modem...\r\n")
    ok = ["OK\r\n"]
    s.cmd("AT", term=b"\r\n", waits=ok, dt=0.020, gap=0.010)
    s.cmd("ATE0", term=b"\r\n", waits=ok, dt=0.020, gap=0.010)
    s.echo = False
    s.cmd("AT+CMEE=2", term=b"\r\n", waits=ok, dt=0.020, gap=0.010)
    s.cmd("AT+CPIN?", final="+CME ERROR: SIM not inserted", term=b"\r\n",
          waits=["\r\n+CME ERROR:", "\n"], dt=0.020, gap=1.0)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], term=b"\r\n",
          waits=["\r\n+CPIN:", "READY", "OK\r\n"], dt=0.020, gap=0.010)
    s.app("Waiting for network...")
    s.cmd("AT+CREG?", ["+CREG: 0,1"], term=b"\r\n", waits=["\r\n+CREG:", ",", "\n", "OK\r\n"],
          dt=0.020, gap=0.010)
    s.app(" success\r\n")
    s.cmd("AT+CIPSHUT", final="SHUT OK", term=b"\r\n", waits=["SHUT OK"], dt=0.300, gap=0.010)
    s.cmd("AT+CGATT=1", term=b"\r\n", waits=["OK"], dt=0.500, gap=0.010)
    s.cmd('AT+CSTT="internet","",""', term=b"\r\n", waits=ok, dt=0.020, gap=0.010)
    s.cmd("AT+CIICR", term=b"\r\n", waits=ok, dt=0.800, gap=0.010)
    q = s.cmd('AT+CIPSTART="TCP","vsh.pp.ua",80', term=b"\r\n",
              waits=["OK\r\n", "\r\nCONNECT OK\r\n"], dt=0.030, gap=0.0)
    s.urc("CONNECT OK", completes=q, dt=0.700)
    s.cmd("AT+CIPSEND=5", final="SEND OK", prompt=b"\r\n> ", payload=b"hello", term=b"\r\n",
          waits=[">"], pwaits=["\r\nSEND OK"], dt=0.020, gap=0.200)
    s.cmd("AT+CIPCLOSE=1", final="CLOSE OK", term=b"\r\n", waits=["CLOSE OK\r\n"], dt=0.050)
    return s


def ubx_app():
    """ubxlib on a SARA-R422 in an application that logs its own progress
    with uPortLog() into the same console (the ubxlib examples' shape:
    a line per step, ended by its LF), between the API calls, i.e. between
    the AT transactions they make."""
    s = Session("ubx-app", "u-blox SARA-R422", echo=False, profile=None, start=2.0)
    s.app("Initiating the cellular device...\n")
    s.app("uDeviceOpen()...\n")
    s.cmd("AT", dt=0.020, gap=0.060)
    s.cmd("ATE0", dt=0.015, gap=0.050)
    s.cmd("AT+CMEE=1", dt=0.012, gap=0.050)
    s.app("Bringing up the network...\n")
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.016, gap=0.050)
    s.cmd("AT+CEREG=2", dt=0.012, gap=0.400)
    s.urc('+CEREG: 5,"5A21","0B3C4D05",7', dt=1.5)
    s.app("Network is up.\n")
    s.cmd("AT+CSQ", ["+CSQ: 17,99"], dt=0.018, gap=0.050)
    s.app("RSSI -79 dBm.\n")
    s.cmd("AT+USOCR=6", ["+USOCR: 0"], dt=0.030, gap=0.050)
    s.cmd('AT+USOCO=0,"52.215.34.155",7', final="+CME ERROR: 3", dt=0.900, gap=0.050)
    s.app("Unable to connect to the echo server (-2).\n")
    s.cmd("AT+USOCL=0", dt=0.400, gap=0.050)
    s.app("Done.\n")
    return s


def render_ubx_ctrl_app(s):
    """render_ubx_ctrl() with the application's uPortLog() lines: each
    written where it happened, so it follows the AT print on the same
    physical line (that print never writes an LF of its own) and ends it."""
    o = M.Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "app":
            o.write(ev["data"], t=t, app=True)
            continue
        if ev["kind"] not in ("tx", "rx"):
            continue
        data, out, offs = ev["data"], b"", {}
        for i, c in enumerate(data):
            offs[i] = len(out)
            out += bytes([c]) if M.isprint(c) else b"[%02x]" % c
        mk = [(("t", ev["txn"]), 0)] if ev["kind"] == "tx" and ev["role"] == "cmd" else \
            [(k, offs.get(off, 0)) for k, off in M.mark_keys(ev)]
        o.write(out, t=t, marks=mk)
    if not o.buf.endswith(b"\n"):
        o.write(b"\n")
    return o


def particle():
    """A Particle Boron (u-blox SARA-R410M) as Device OS's NCP client drives
    it: echo off, a PDP context, an operator selection the module refuses,
    a registration URC, then the PPP dial; the client's own state lines in
    other log categories."""
    s = Session("particle", "u-blox SARA-R410M", echo=False, profile="ublox-sara", start=12.0)
    s.log("Powering modem on, ncpId: 0x44")
    s.cmd("AT", dt=0.005, gap=0.010)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.010, gap=0.020)
    s.cmd("AT+CGDCONT=1,\"IP\",\"spark.telefonica.com\"", dt=0.010, gap=0.030)
    s.cmd("AT+COPS=1,2,\"310410\"", final="+CME ERROR: 30", dt=0.400, gap=0.050)
    s.urc("+CEREG: 2,\"6A33\",\"7F0B50F\",7", dt=0.800)
    s.cmd("AT+CEREG?", ["+CEREG: 2,5,\"6A33\",\"7F0B50F\",7"], dt=0.010, gap=0.030)
    s.log("State READY -> CONNECT")
    s.cmd("ATD*99***1#", final="CONNECT 150000000", dt=0.010, gap=0.0)
    return s


def nrf91_rust():
    """An nRF9151 driven through nrf-modem (Rust, embassy): each AT call
    and the response string nrf_modem_at hands back (no URCs: those go to
    the notification path, which does not log)."""
    s = Session("nrf91-rust", "Nordic nRF9151", echo=False, profile="nordic-slm", start=0.5)
    s.cmd("AT+CFUN=1", dt=0.060, gap=0.020)
    s.cmd("AT%XSYSTEMMODE?", ["%XSYSTEMMODE: 1,0,1,0"], dt=0.010, gap=0.020)
    s.cmd("AT+CEDRXS=2,4,\"0010\"", final="+CME ERROR: 518", dt=0.010, gap=0.020)
    s.cmd("AT+CGSN=1", ["+CGSN: \"352656100123456\""], dt=0.010, gap=0.020)
    s.cmd("AT+CEREG?", ["+CEREG: 0,1,\"76C1\",\"0102DA04\",7"], dt=0.010, gap=0.020)
    return s


def ewf_bg96():
    """A Quectel BG96 under Azure's embedded-wireless-framework: echo on
    until ATE0; the adapter writes a command's head, each parameter and the
    CR as separate calls (ewf_interface_send_commands()); MQTT settings."""
    s = Session("ewf-bg96", "Quectel BG96", echo=True, profile="quectel-bg96", start=3.0)
    s.app("Waiting for BG96 modem to be ready after power ON\n")
    s.cmd("AT", dt=0.020, gap=0.050)
    s.cmd("ATE0", dt=0.020, gap=0.050)
    s.echo = False
    s.cmd("AT+CMEE=1", dt=0.020, gap=0.050)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.020, gap=0.050)
    s.cmd("AT+CFUN=1", writes=["AT+CFUN=", "1", "\r"], dt=0.050, gap=0.050)
    s.cmd("AT+QICSGP=1", ['+QICSGP: 1,"","","",0'], dt=0.020, gap=0.050)
    s.cmd("AT+QIACT=1", writes=["AT+QIACT=", "1", "\r"], dt=0.600, gap=0.050)
    s.cmd('AT+QMTCFG="version",0,4', dt=0.020, gap=0.050)
    s.cmd("AT+QIDNSGIP=1,\"broker.example.com\"", final="+CME ERROR: 565",
          writes=["AT+QIDNSGIP=", "1", ",", "\"broker.example.com\"", "\r"], dt=0.300, gap=0.050)
    return s


def sim7080_mpy():
    """A SIM7080G driven by a MicroPython script, echo on (as it boots)."""
    s = Session("sim7080-mpy", "SIMCom SIM7080G", echo=True, profile=None, start=3.7)
    s.cmd("AT", dt=0.100, gap=0.010)
    s.cmd("AT+CGMR", ["Revision:1951B17SIM7080"], dt=0.100, gap=0.020)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.100, gap=0.020)
    s.cmd("AT+CSQ", ["+CSQ: 18,99"], dt=0.100, gap=0.020)
    s.cmd('AT+CAOPEN=0,0,"TCP","example.org",443', ["+CAOPEN: 0,0"], dt=0.900, gap=0.050)
    s.cmd("AT+CACLOSE=0", final="ERROR", dt=0.100, gap=0.050)
    return s


def rtt_air720():
    """An AirM2M Air720 under RT-Thread's at_device package: the AT client
    ends every command with CR LF (at_vprintfln()), echo on until ATE0, a
    socket open refused."""
    s = Session("rtt-air720", "AirM2M Air720", echo=True, profile="airm2m-air780", start=1.2)
    s.log("AT client(V1.3.1) on device uart2 initialize success.")
    crlf_ = b"\r\n"
    s.cmd("AT", term=crlf_, dt=0.010, gap=0.050)
    s.cmd("ATE0", term=crlf_, dt=0.010, gap=0.050)
    s.echo = False
    s.cmd("AT+CPIN?", ["+CPIN: READY"], term=crlf_, dt=0.015, gap=0.050)
    s.cmd('AT+CGDCONT=1,"IP","cmnet.example.com"', term=crlf_, dt=0.015, gap=0.050)
    s.cmd("AT+CSQ", ["+CSQ: 22,99"], term=crlf_, dt=0.015, gap=0.050)
    s.urc("+CGEV: ME PDN ACT 1", dt=0.600)
    s.cmd('AT+CIPSTART="TCP","1.2.3.4",80', final="ERROR", term=crlf_, dt=0.300, gap=0.050)
    s.log("execute command (AT+CIPSTART=\"TCP\",\"1.2.3.4\",80) failed!")
    return s


def sim800l_http():
    """A SIM800L under Arduino-SIM800L-driver: echo on (the driver leaves
    it), a bearer, an HTTP GET whose +HTTPACTION completion the driver
    reads on its own."""
    s = Session("sim800l-http", "SIMCom SIM800L", echo=True, profile="simcom-sim800", start=2.0)
    crlf_ = b"\r\n"
    s.cmd("AT", term=crlf_, dt=0.050, gap=0.100)
    s.cmd("AT+CSQ", ["+CSQ: 14,0"], term=crlf_, dt=0.050, gap=0.100)
    s.cmd('AT+SAPBR=3,1,"APN","internet"', term=crlf_, dt=0.050, gap=0.100)
    s.cmd("AT+SAPBR=1,1", final="ERROR", term=crlf_, dt=0.800, gap=0.100)
    s.cmd("AT+HTTPINIT", term=crlf_, dt=0.050, gap=0.100)
    q = s.cmd("AT+HTTPACTION=0", term=crlf_, dt=0.050, gap=0.0)
    s.urc("+HTTPACTION: 0,200,1234", completes=q, dt=2.5)
    s.cmd("AT+HTTPTERM", term=crlf_, dt=0.050, gap=0.100)
    return s


def fona_sim7000():
    """A SIM7000A under the Adafruit FONA library (botletics fork), echo off:
    every reply a single line (getReply() prints the line it read)."""
    s = Session("fona-sim7000", "SIMCom SIM7000A", echo=False, profile=None, start=1.0)
    crlf_ = b"\r\n"
    s.cmd("AT", term=crlf_, dt=0.020, gap=0.100)
    s.cmd("AT+CVHU=0", term=crlf_, dt=0.020, gap=0.100)
    s.cmd("AT+CNMP=38", term=crlf_, dt=0.020, gap=0.100)
    s.cmd('AT+COPS=1,2,"310410"', final="+CME ERROR: 30", term=crlf_, dt=0.900, gap=0.100)
    s.cmd("AT+HTTPTERM", final="ERROR", term=crlf_, dt=0.020, gap=0.100)
    s.cmd("AT+HTTPINIT", term=crlf_, dt=0.020, gap=0.100)
    s.cmd('AT+HTTPPARA="CID",1', term=crlf_, dt=0.020, gap=0.100)
    return s


def tinygsm_nrf9160():
    """TinyGSM (TinyGsmClientNRF9160) with StreamDebugger on an nRF9160 SLM,
    echo off: waits that stop at "OK" leave its CR LF unread, so the next
    command, or the sketch's next print, is glued to it (OKAT#XSOCKETOPT=,
    OKgetTime)."""
    s = Session("tinygsm-nrf9160", "Nordic nRF9160 (SLM)", echo=False, profile="nordic-slm",
                start=13.2)
    s.log("### TinyGSM Version: 0.10.9")
    s.log("### TinyGSM Compiled Module:  TinyGsmClientNRF9160")
    ok = ["OK\r\n"]
    s.cmd("AT", term=b"\r\n", waits=ok, dt=0.020, gap=0.010)
    s.cmd("AT+CEREG=1", term=b"\r\n", waits=ok, dt=0.020, gap=0.010)
    s.cmd("AT+CMEE=2", final="ERROR", term=b"\r\n", waits=["ERROR\r\n"], dt=0.020, gap=0.010)
    s.cmd("AT#XSOCKET=1,1,0", ["#XSOCKET: 1,1,0,6"], term=b"\r\n",
          waits=["\r\n#XSOCKET:", "\n", "OK"], dt=0.030, gap=0.010)
    s.cmd("AT#XSOCKETOPT=1,20,2", term=b"\r\n", waits=["OK"], dt=0.030, gap=0.010)
    s.cmd('AT#XCONNECT="example.org",443', ["#XCONNECT: 1"], term=b"\r\n",
          waits=["\r\n#XCONNECT:", "\n", "OK"], dt=0.400, gap=0.0)
    s.app("getTime\r\n")
    s.cmd("AT+CCLK?", ['+CCLK: "21/01/27,07:30:39+36"'], term=b"\r\n",
          waits=["\r\n+CCLK:", "\n", "OK\r\n"], dt=0.030, gap=0.010)
    return s


def tinygsm_verbose():
    """TinyGSM (TinyGsmClientUBLOX) with StreamDebugger on a SARA-G450 and the
    commented-out print at the end of waitResponse() turned on
    (TinyGsmModem.tpp: data.replace(GSM_NL, "/"); DBG('<', index, '>',
    data)): it prints when its token is read, which may be in the middle of
    a line the modem is still sending (the " 0,5" after "+CGREG:")."""
    s = Session("tinygsm-verbose", "u-blox SARA-G450", echo=False, profile="ublox-sara",
                start=16.2)
    s.log("### TinyGSM Version: 0.11.7")
    v = lambda data: ("dbg", "< 1 > " + data)
    s.cmd("AT", term=b"\r\n", waits=["OK\r\n", v("/OK/")], dt=0.020, gap=0.010)
    s.cmd("AT+CGREG?", ["+CGREG: 0,5"], term=b"\r\n",
          waits=["\r\n+CGREG:", v("/+CGREG:"), ",", "5", "OK\r\n",
                 v("//OK/")], dt=0.030, gap=0.010)
    s.cmd("AT+CSQ", ["+CSQ: 17,99"], term=b"\r\n",
          waits=["\r\n+CSQ:", v("/+CSQ:"), ",", "99", "OK\r\n",
                 v("//OK/")], dt=0.030, gap=0.010)
    s.cmd("AT+UPSD=0,1,\"internet\"", term=b"\r\n",
          waits=["OK\r\n", v("/OK/")], dt=0.030, gap=0.010)
    s.cmd("AT+UPSDA=0,3", final="+CME ERROR: 148", term=b"\r\n",
          waits=["\r\n+CME ERROR:", ("dbg", "< 3 > /+CME ERROR:"), "\r\n"],
          dt=1.200, gap=0.010)
    return s


def wvdial_e3372():
    """A Huawei E3372 (stick mode) dialled by WvDial: its default Init1 and
    Init2, the APN in Init3, a band setting the firmware refuses (Init4),
    then ATDT*99#; echo on (wvdial never sends ATE0)."""
    s = Session("wvdial-e3372", "Huawei E3372", echo=True, profile=None, start=0.0)
    s.cmd("ATZ", dt=0.100, gap=0.050)
    s.cmd("ATQ0 V1 E1 S0=0 &C1 &D2 +FCLASS=0", dt=0.030, gap=0.050)
    s.cmd('AT+CGDCONT=1,"IP","internet"', dt=0.030, gap=0.050)
    s.cmd('AT^SYSCFGEX="03",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF,,', final="ERROR", dt=0.040,
          gap=0.050)
    s.cmd("ATDT*99#", final="CONNECT 150000000", dt=0.300, gap=0.050)
    return s


def mmcli_ec25():
    """A Quectel EC25 queried with mmcli --command (ModemManager has echo
    off and keeps the port): a setting, a read with two lines, one
    refused."""
    s = Session("mmcli-ec25", "Quectel EC25", echo=False, profile="quectel-bg96", start=0.0)
    s.cmd('AT+QCFG="usbnet"', ['+QCFG: "usbnet",0'], dt=0.030, gap=2.0)
    s.cmd('AT+QCFG="usbnet",1', dt=0.030, gap=2.0)
    s.cmd("AT+CGDCONT?", ['+CGDCONT: 1,"IP","internet","0.0.0.0",0,0,0,0',
                         '+CGDCONT: 2,"IPV4V6","ims","0.0.0.0",0,0,0,0'], dt=0.030, gap=2.0)
    s.cmd('AT+QENG="servingcell"', final="ERROR", dt=0.030, gap=2.0)
    s.cmd("AT+CSQ", ["+CSQ: 23,99"], dt=0.030, gap=2.0)
    return s


def ril_ec25():
    """Android's reference-ril (atchannel.c) on a Quectel EC25: echo off,
    a registration URC between two commands, a PDP activation refused."""
    s = Session("ril-ec25", "Quectel EC25", echo=False, profile="quectel-bg96", start=100.0)
    s.cmd("AT+CSQ", ["+CSQ: 19,99"], dt=0.020, gap=0.300)
    s.cmd("AT+COPS?", ['+COPS: 0,0,"Vodafone",7'], dt=0.030, gap=0.300)
    s.urc('+CREG: 1,"1A2B","00C3D4E5",7', dt=0.400)
    s.cmd("AT+CGSN", ["866123456789012"], dt=0.020, gap=0.300)
    s.cmd("AT+CGACT=1,1", final="+CME ERROR: 30", dt=0.900, gap=0.300)
    return s


def wiolte_ec21():
    """A Quectel EC21-J on a Seeed Wio LTE board under its Arduino library:
    the board's boot (RDY), echo off, the SIM not ready at first, a
    registration URC while the library waits for +CGREG:, a context that
    will not activate."""
    s = Session("wiolte-ec21", "Quectel EC21-J", echo=False, profile="quectel-bg96", start=15.317)
    s.urc("RDY", dt=0.0)
    s.cmd("AT", dt=0.002, gap=0.0)
    s.cmd("AT+QSCLK=1", final="ERROR", dt=0.002, gap=0.001)
    s.cmd("AT+CPIN?", final="+CME ERROR: 10", dt=0.010, gap=0.100)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.003, gap=5.0)
    s.urc("+QIND: SMS DONE", dt=0.001)
    s.cmd("AT+CGREG?", ["+CGREG: 0,1"], dt=0.010, gap=0.100)
    s.cmd('AT+QICSGP=1,1,"soracom.io","sora","sora",1', dt=0.010, gap=0.100)
    s.cmd("AT+QIACT=1", final="ERROR", dt=0.150, gap=0.100)
    return s


def ovms_sim7600():
    """A SIMCom SIM7600G under OVMS v3's cellular task: the model query and
    the chained init commands with echo on (the init turns it off), the
    CMUX start, then the status poll and a user's commands on their mux
    channels, a refused one, and the PPP dial on the data channel."""
    s = Session("ovms-sim7600", "SIMCom SIM7600G", echo=True, profile="simcom-sim7600", start=1203.876)
    s.cmd("AT+CGMM", ["SIMCOM_SIM7600G"], dt=0.014, gap=1.0, chan=0)
    s.urc("PB DONE", dt=0.5, chan=0)
    s.cmd("AT+CPIN?;+CREG=1;+CTZU=1;+CMEE=2;+CSQ;E0", ["+CPIN: READY", "+CSQ: 17,99"],
          dt=0.030, gap=2.0, chan=0)
    s.cmd("AT+CGMR;+CICCID", ["+CGMR: LE20B04SIM7600G22", "+ICCID: 8900000000000000017F"],
          echo=False, dt=0.020, gap=8.0, chan=0)
    s.cmd("AT+CMUX=0", echo=False, dt=0.020, gap=2.0, chan=0)
    s.cmd("AT+CREG?;+CCLK?;+CSQ;+COPS?",
          ["+CREG: 1,1", '+CCLK: "24/05/01,10:00:00+08"', "+CSQ: 19,99", '+COPS: 0,0,"Example Net",7'],
          echo=False, dt=0.040, gap=1.0, chan=3, how="mux-tx")
    s.cmd("AT+CBC", ["+CBC: 4.120V"], echo=False, dt=0.020, gap=0.5, chan=4, how="mux-tx-cmd")
    s.cmd("AT+QCSQ", final="ERROR", echo=False, dt=0.020, gap=0.5, chan=4, how="mux-tx-cmd")
    s.cmd('AT+CGDCONT=1,"IP","internet.example";+CGDATA="PPP",1', final="CONNECT 115200",
          echo=False, dt=0.300, gap=0.5, chan=2, how="Netstart")
    return s


def ndm_ec25():
    """A Quectel EC25 on a Keenetic router (NDMS): its init (echo off),
    the SIM, the APN, a Quectel setting query, a registration URC, a
    refused engineering query."""
    s = Session("ndm-ec25", "Quectel EC25", echo=False, profile="quectel-bg96", start=41.500)
    s.cmd("ATE0", dt=0.010, gap=0.050)
    s.cmd("AT+CMEE=1", dt=0.010, gap=0.050)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.010, gap=0.050)
    s.cmd('AT+CGDCONT=1,"IP","internet.example"', dt=0.020, gap=0.050)
    s.cmd('AT+QCFG="usbnet"', ['+QCFG: "usbnet",0'], dt=0.020, gap=0.200)
    s.urc("+CEREG: 1", dt=0.6)
    s.cmd("AT+CSQ", ["+CSQ: 21,99"], dt=0.010, gap=0.050)
    s.cmd('AT+QENG="servingcell"', final="+CME ERROR: 3", dt=0.020, gap=0.050)
    s.cmd("AT+CGACT=1,1", dt=1.200, gap=0.050)
    return s


def bcx_bc660k():
    """A Quectel BC660K under an application firmware that logs each line
    it sends (TX) and reads (RX:) with its uptime and tag, and copies the
    lines it parsed behind '>': a socket closed, a signal query, a refused
    engineering query."""
    s = Session("bcx-bc660k", "Quectel BC660K", echo=False, profile="quectel-bg96", start=49.310)
    s.cmd('AT+QISEND=0,5,"68656C6C6F"', final="SEND OK", dt=0.030, gap=0.040)
    s.cmd("AT+QICLOSE=0", dt=0.032, gap=0.060)
    s.cmd("AT+CESQ", ["+CESQ: 99,99,255,255,12,40"], dt=0.040, gap=0.030)
    s.cmd("AT+QENG=0", final="ERROR", dt=0.040, gap=0.030)
    s.cmd("AT+CEREG?", ["+CEREG: 0,1"], dt=0.030, gap=0.030)
    return s


def gomodem_sim800():
    """A SIMCom SIM800C driven by the Go warthog618/modem packages (sendsms
    with its trace): the gsm package's init (echo still on at ATZ), verbose
    errors, a signal query whose reply comes in two reads, text mode, an
    SMS through the > prompt, one refused command."""
    s = Session("gomodem-sim800", "SIMCom SIM800C", echo=False, profile="simcom-sim800", start=7.000)
    crlf = b"\r\n"
    s.cmd("ATZ", term=crlf, echo=True, dt=0.030, gap=0.020)
    s.cmd("ATE0", term=crlf, echo=True, dt=0.020, gap=0.020)
    s.cmd("AT+CMEE=2", term=crlf, dt=0.020, gap=0.020)
    s.cmd("AT+CSQ", ["+CSQ: 20,99"], term=crlf, chunks=[9], dt=0.020, gap=0.020)
    s.cmd("AT+CNUM", final="+CME ERROR: SIM not ready", term=crlf, dt=0.020, gap=0.020)
    s.cmd("AT+CMGF=1", term=crlf, dt=0.020, gap=0.020)
    s.cmd('AT+CMGS="+15551234567"', ["+CMGS: 42"], prompt=b"\r\n> ", payload=b"Zoot Zoot\x1a",
          after=b"\r\n+CMGS: 42\r\n\r\nOK\r\n", dt=1.500, gap=0.100)
    return s


def racecap_sim900():
    """A SIMCom SIM900 under a data logger's cellular driver that logs the
    serial port's lines with their CR and LF as (\\r)(\\n): the SIM, the
    registration, the bearer, a refused query."""
    s = Session("racecap-sim900", "SIMCom SIM900", echo=False, profile="simcom-sim800", start=3.210)
    crlf = b"\r\n"
    s.cmd("AT+CPIN?", ["+CPIN: READY"], term=crlf, dt=0.020, gap=0.100)
    s.cmd("AT+CREG?", ["+CREG: 0,1"], term=crlf, dt=0.020, gap=0.100)
    s.cmd("AT+CSQ", ["+CSQ: 18,0"], term=crlf, dt=0.020, gap=0.100)
    s.cmd("AT+CGATT?", ["+CGATT: 1"], term=crlf, dt=0.020, gap=0.100)
    s.cmd('AT+CSTT="internet.example"', term=crlf, dt=0.030, gap=0.100)
    s.cmd("AT+CIICR", final="ERROR", term=crlf, dt=0.900, gap=0.100)
    return s


def itead_sim800():
    """A SIMCom SIM800 on an Itead Raspberry Pi board under the IteadSIM800
    Python driver: echo still on, the charset, the SIM, text mode, a
    message read from the SIM, a refused read of an empty slot."""
    s = Session("itead-sim800", "SIMCom SIM800", echo=True, profile="simcom-sim800", start=50.957)
    s.cmd("AT", dt=0.075, gap=0.010)
    s.cmd('AT+CSCS="GSM"', dt=0.075, gap=0.010)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.080, gap=0.010)
    s.cmd("AT+CMGF=1", dt=0.075, gap=0.010)
    s.cmd("AT+CPMS?", ['+CPMS: "SM",1,30,"SM",1,30,"SM",1,30'], dt=0.090, gap=0.010)
    s.cmd("AT+CMGR=9", final="+CMS ERROR: 321", dt=0.080, gap=0.010)
    return s


def gnss_sim7000():
    """A SIMCom SIM7000G's GNSS under a sketch (echo on): the antenna power
    pin, the engine on, two position reads without a fix, a command the
    firmware refuses."""
    s = Session("gnss-sim7000", "SIMCom SIM7000G", echo=True, profile="simcom-sim7080", start=2.100)
    s.cmd("AT", dt=0.010, gap=0.200)
    s.cmd("AT+CGPIO=0,48,1,1", dt=0.020, gap=0.200)
    s.cmd("AT+CGNSPWR=1", dt=0.030, gap=2.000)
    s.cmd("AT+CGNSINF", ["+CGNSINF: 1,0,,,,,,,,,,,,,,,,,,,"], dt=0.020, gap=2.000)
    s.cmd("AT+CGNSINF", ["+CGNSINF: 1,0,,,,,,,,,,,,,,,,,,,"], dt=0.020, gap=2.000)
    s.cmd("AT+CGNSCOLD", final="ERROR", dt=0.020, gap=0.200)
    return s


def espat_esp32():
    """An ESP32 running Espressif's AT firmware under the WiFiEspAT Arduino
    library at its debug level: the reset and its "ready", echo off,
    multiple links, the Wi-Fi mode, a status query the firmware refuses."""
    s = Session("espat-esp32", "ESP32 (ESP-AT)", echo=False, profile="3gpp", start=1.204)
    s.cmd("AT+RST", dt=0.010, gap=0.000)
    s.urc("ready", dt=0.400)
    s.cmd("ATE0", echo=True, dt=0.010, gap=0.010)
    s.cmd("AT+CIPMUX=1", dt=0.010, gap=0.010)
    s.cmd("AT+CWMODE?", ["+CWMODE:1"], dt=0.010, gap=0.010)
    s.cmd("AT+CIPSTATUS", final="ERROR", dt=0.010, gap=0.010)
    return s


def qtopia_calypso():
    """The TI Calypso modem of an Openmoko phone under Qtopia's phone stack
    (echo on): the phonebook storage, a SIM phonebook notification, the
    entries' range, a clock read the modem refuses."""
    s = Session("qtopia-calypso", "TI Calypso (Openmoko)", echo=True, profile="3gpp", start=8.100)
    s.cmd("AT+CPBS=?", ['+CPBS: ("EN","BD","FD","DC","SM")'], echo=False, dt=0.020, gap=0.050)
    s.cmd('AT+CPBS="SM"', dt=0.020, gap=0.050)
    s.urc("%CSTAT: PHB, 1", dt=0.100)
    s.cmd("AT+CPBR=?", ["+CPBR: (1-200),44,14"], dt=0.030, gap=0.050)
    s.cmd("AT+CCLK?", final="ERROR", echo=False, dt=0.030, gap=0.050)
    return s


# ------------------------------------------------ field shapes round 5
def ofono_eg25():
    """A Quectel EG25-G in a Linux phone under oFono (echo off, as the
    quectel plugin sets it): identity, the SIM, a SIM file read, a failing
    SMS setting, a registration report, the signal on the second channel."""
    s = Session("ofono-eg25", "Quectel EG25-G (oFono)", echo=False, profile="quectel-bg96", start=3.210)
    s.cmd("AT+CGMI", ["Quectel"], dt=0.010, gap=0.040)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.020, gap=0.040)
    s.cmd("AT+CRSM=176,12258,0,0,10", ['+CRSM: 144,0,"98940310325476981032"'], dt=0.030, gap=0.040)
    s.cmd("AT+CNMI=2,1,2,1,0", final="+CMS ERROR: 303", dt=0.020, gap=0.040)
    s.urc("+CREG: 1", dt=0.600)
    s.cmd("AT+CSQ", ["+CSQ: 21,99"], dt=0.020, gap=0.040, chan="Aux")
    return s


def kannel_e173():
    """A Huawei E173 stick as a Kannel AT SMSC (echo off after its init)."""
    s = Session("kannel-e173", "Huawei E173 (Kannel)", echo=False, profile="3gpp", start=1.000)
    s.cmd("AT", dt=0.020, gap=0.100)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.020, gap=0.100)
    s.cmd("AT+CSMS=?", ["+CSMS: (0,1)"], dt=0.020, gap=0.100)
    s.cmd("AT+CNMI=1,2,0,1,0", final="ERROR", dt=0.020, gap=0.100)
    s.cmd("AT+CNMI=2,1,0,0,0", dt=0.020, gap=0.100)
    s.cmd("AT+CPMS?", ['+CPMS: "SM",3,10,"SM",3,10,"SM",3,10'], dt=0.030, gap=0.100)
    return s


def smsd_sim800():
    """A SIM800C under smsd (SMS Server Tools 3), echo on at its first
    command, as a freshly powered modem answers."""
    s = Session("smsd-sim800", "SIMCom SIM800C (smsd)", echo=False, profile="simcom-sim800", start=2.000)
    s.cmd("AT", dt=0.100, gap=0.300)
    s.cmd("ATE0", echo=True, dt=0.100, gap=0.300)
    s.cmd("AT+CMEE=1;+CREG=2", dt=0.100, gap=0.300)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.100, gap=0.300)
    s.cmd("AT+CSQ", ["+CSQ: 17,0"], dt=0.100, gap=0.300)
    s.cmd("AT+CPMS?", ['+CPMS: "SM",0,30,"SM",0,30,"SM",0,30'], dt=0.100, gap=0.300)
    s.cmd("AT+CMGR=1", final="+CMS ERROR: 321", dt=0.100, gap=0.300)
    return s


def txgsm_wavecom():
    """A Sierra Wireless (Wavecom) modem driven by txgsm: setup, an SMS in
    PDU mode through the prompt, a USSD the modem refuses."""
    s = Session("txgsm-wavecom", "Sierra Wireless Wavecom Q2403", echo=False, profile="3gpp", start=1.000)
    s.cmd("AT+CMGF=0", dt=0.020, gap=0.020)
    s.cmd("ATE0", dt=0.020, gap=0.020)
    s.cmd("AT+CMEE=1", dt=0.020, gap=0.020)
    s.cmd("AT+WIND=0", dt=0.020, gap=0.020)
    s.cmd("AT+CSMS=1", ["+CSMS: 1,1,1"], dt=0.020, gap=0.020)
    s.cmd("AT+CMGS=23", prompt=b"\r\n> ",
          payload=b"0001000B819107214365F700000BE8329BFD06DDDF723619\x1a",
          after=b"\r\n+CMGS: 198\r\n\r\nOK\r\n", final="OK", dt=0.020, gap=0.100)
    s.txns[-1]["responses"] = ["+CMGS: 198"]
    s.cmd('AT+CUSD=1,"*100#",15', final="ERROR", dt=0.020, gap=0.020)
    return s


def mdm_sara_u260():
    """A u-blox SARA-U260 in a Particle Electron (MDMParser, echo off):
    identity, a PDP query refused, a registration report while waiting,
    a failing operator selection, a socket."""
    s = Session("mdm-sara-u260", "u-blox SARA-U260 (Particle Electron)", echo=False, profile="ublox-sara",
                start=11.270)
    s.cmd("AT+CGSN", ["353162071234567"], term=b"\r\n", dt=0.015, gap=0.050)
    s.cmd("AT+CCID", ["+CCID: 8934071100012345678"], term=b"\r\n", dt=0.020, gap=0.050)
    s.cmd("AT+UPSND=0,8", final="ERROR", term=b"\r\n", dt=0.020, gap=0.050)
    s.urc("+CREG: 5", dt=0.400)
    s.cmd("AT+COPS=0", final="+CME ERROR: 30", term=b"\r\n", dt=1.800, gap=0.050)
    s.cmd("AT+USOCR=6", ["+USOCR: 0"], term=b"\r\n", dt=0.030, gap=0.050)
    return s


def esphome_sim800l():
    """A SIM800L under ESPHome's sim800l component (echo on until ATE0)."""
    s = Session("esphome-sim800l", "SIMCom SIM800L (ESPHome)", echo=True, profile="simcom-sim800", start=5.000)
    s.cmd("AT", term=b"\r\n", dt=0.020, gap=0.400)
    s.cmd("ATE0", term=b"\r\n", dt=0.020, gap=0.400)
    s.cmd("AT+CMGF=1", term=b"\r\n", echo=False, dt=0.020, gap=0.400)
    s.cmd("AT+CSQ", ["+CSQ: 19,0"], term=b"\r\n", echo=False, dt=0.020, gap=0.400)
    s.cmd("AT+CREG?", ["+CREG: 0,1"], term=b"\r\n", echo=False, dt=0.020, gap=0.400)
    s.cmd('AT+CMGL="ALL"', final="ERROR", term=b"\r\n", echo=False, dt=0.020, gap=0.400)
    return s


def nrf_at_shell():
    """An nRF9160 running an nRF Connect SDK sample with the AT shell: the
    commands typed at the Zephyr shell's prompt."""
    s = Session("nrf-at-shell", "Nordic nRF9160 (AT shell)", echo=False, profile="nordic-slm", start=0.0)
    s.cmd("AT+CGMR", ["mfw_nrf9160_1.3.6"], dt=0.010, gap=2.000)
    s.cmd("AT%XSYSTEMMODE=0,1,0,0", dt=0.010, gap=2.000)
    s.cmd("AT+CFUN=1", dt=0.100, gap=5.000)
    s.cmd("AT+CEREG?", ['+CEREG: 0,5,"3A0B","01A2B3C4",9'], dt=0.010, gap=2.000)
    s.cmd("AT%XMONITOR", ['%XMONITOR: 5,"","","26201","3A0B",9,20,"01A2B3C4",301,6400,42,28,"",'
                          '"11100000","11100000"'], dt=0.010, gap=2.000)
    s.cmd('AT+CGDCONT=0,"IP","iot.example"', final="ERROR", dt=0.010, gap=2.000)
    return s


def mikrotik_ec25():
    """A Quectel EC25 in a MikroTik router, asked from the RouterOS console."""
    s = Session("mikrotik-ec25", "Quectel EC25 (MikroTik)", echo=False, profile="quectel-bg96", start=0.0)
    s.cmd("AT", dt=0.050, gap=3.000)
    s.cmd("ATI", ["Quectel", "EC25", "Revision: EC25EFAR06A08M4G"], dt=0.050, gap=3.000)
    s.cmd('AT+QENG="servingcell"', ['+QENG: "servingcell","NOCONN","LTE","FDD",262,02,2A1B3C4,312,'
                                    '1300,3,5,5,4E21,-96,-11,-66,12,-'], dt=0.050, gap=3.000)
    s.cmd('AT+QCFG="band"', ['+QCFG: "band",0x260,0x42000000000000381a,0x0'], dt=0.050, gap=3.000)
    s.cmd('AT+QCFG="nwscanmode",9', final="ERROR", dt=0.050, gap=3.000)
    return s


def pycom_gpy():
    """A Pycom GPy (Sequans Monarch) from the MicroPython REPL."""
    s = Session("pycom-gpy", "Sequans Monarch (Pycom GPy)", echo=False, profile="3gpp", start=0.0)
    s.cmd("AT+CEREG?", ['+CEREG: 2,1,"2BC5","01A2D001",7'], dt=0.050, gap=2.000)
    s.cmd("AT+CSQ", ["+CSQ: 18,99"], dt=0.050, gap=2.000)
    s.cmd("AT!=\"showphy\"", ["DL SYNCHRO STATISTICS", "  Synchro state : SYNCHRONIZED"], dt=0.050,
          gap=2.000)
    s.cmd('AT+SQNBANDSEL=0,"standalone","20"', final="ERROR", dt=0.050, gap=2.000)
    s.cmd("AT+CGDCONT?", ['+CGDCONT: 1,"IP","iot.example",,,,0,0,0,0,0,0'], dt=0.050, gap=2.000)
    return s


def smslib_e3131():
    """A Huawei E3131 driven by SMSLib v4 (echo off): storage, a message
    list, a refused setting."""
    s = Session("smslib-e3131", "Huawei E3131 (SMSLib)", echo=False, profile="3gpp", start=1.000)
    s.cmd("AT+CPMS?", ['+CPMS: "SM",0,30,"SM",0,30,"SM",0,30'], dt=0.050, gap=0.010)
    s.cmd("AT+CMGF=0", dt=0.050, gap=0.010)
    s.cmd("AT+CMGL=4", dt=0.800, gap=0.010)
    s.cmd("AT+CNMI=2,1,0,0,0", final="+CMS ERROR: 303", dt=0.100, gap=0.010)
    s.cmd("AT+CSQ", ["+CSQ: 18,99"], dt=0.050, gap=0.010)
    return s


def eg25_manager():
    """A PinePhone's Quectel EG25-G under eg25-manager's start-up checks
    (echo off): audio, ring indicator, IMS, a GNSS setting it refuses."""
    s = Session("eg25-manager", "Quectel EG25-G (eg25-manager)", echo=False, profile="quectel-bg96", start=4.000)
    s.cmd("AT+QDAI?", ["+QDAI: 1,1,0,1,0,0,1,1"], dt=0.030, gap=0.200)
    s.cmd('AT+QCFG="risignaltype"', ['+QCFG: "risignaltype","physical"'], dt=0.030, gap=0.200)
    s.cmd('AT+QCFG="ims",1', dt=0.030, gap=0.200)
    s.cmd('AT+QGPSCFG="urc"', final="+CME ERROR: 504", dt=0.030, gap=0.200)
    s.cmd("AT+QURCCFG=\"urcport\",\"all\"", dt=0.030, gap=0.200)
    return s


def espruino_sim800():
    """A SIM800 on an Espruino board through the AT module (echo off):
    replies that come in more than one chunk."""
    s = Session("espruino-sim800", "SIMCom SIM800 (Espruino)", echo=False, profile="simcom-sim800", start=0.500)
    s.cmd("AT+CSQ", ["+CSQ: 20,99"], term=b"\r\n", chunks=[2], dt=0.030, gap=0.200)
    s.cmd("AT+CREG?", ["+CREG: 0,1"], term=b"\r\n", chunks=[14], dt=0.030, gap=0.200)
    s.cmd("AT+CGATT?", ["+CGATT: 1"], term=b"\r\n", dt=0.030, gap=0.200)
    s.cmd('AT+CIPSTART="TCP","example.com",80', final="ERROR", term=b"\r\n", dt=0.030, gap=0.200)
    return s


def nrf91_at_cmd():
    """An nRF9160 application on nRF Connect SDK 1.x with the at_cmd
    library's debug log on: the modem's replies without a leading line end."""
    s = Session("nrf91-at-cmd", "Nordic nRF9160 (at_cmd)", echo=False, profile="nordic-slm", start=0.250)
    s.cmd("AT+CFUN?", ["+CFUN: 4"], rx=b"+CFUN: 4\r\nOK\r\n", dt=0.010, gap=0.040)
    s.cmd("AT%XSYSTEMMODE=1,0,1,0", rx=b"OK\r\n", dt=0.010, gap=0.040)
    s.cmd("AT+CEREG=5", rx=b"OK\r\n", dt=0.010, gap=0.040)
    s.cmd("AT+CFUN=1", rx=b"OK\r\n", dt=0.050, gap=0.040)
    s.cmd('AT+CGDCONT=0,"IP","iot.example"', final="ERROR", rx=b"ERROR\r\n", dt=0.010, gap=0.040)
    return s


def mpy_uart_sim800():
    """A SIM800L on an ESP32's UART, driven by hand from the MicroPython
    REPL (echo on, as the module starts)."""
    s = Session("mpy-uart-sim800", "SIMCom SIM800L (MicroPython REPL)", echo=True, profile="simcom-sim800",
                start=0.0)
    s.cmd("AT+CSQ", ["+CSQ: 21,0"], term=b"\r\n", dt=0.050, gap=4.000)
    s.cmd("AT+CREG?", ["+CREG: 0,1"], term=b"\r\n", dt=0.050, gap=4.000)
    s.cmd("AT+CGATT?", ["+CGATT: 1"], term=b"\r\n", dt=0.050, gap=4.000)
    s.cmd('AT+CIPSTART="TCP","example.com",80', final="ERROR", term=b"\r\n", dt=0.050, gap=4.000)
    return s


def readlines_ec25():
    """A Quectel EC25 driven by a pyserial script that prints
    ser.readlines() after each command (echo on)."""
    s = Session("readlines-ec25", "Quectel EC25 (pyserial readlines)", echo=True, profile="quectel-bg96",
                start=0.0)
    s.cmd("ATI", ["Quectel", "EC25", "Revision: EC25EFAR06A08M4G"], dt=0.050, gap=1.000)
    s.cmd("AT+QCCID", ["+QCCID: 89860012345678901234"], dt=0.050, gap=1.000)
    s.cmd("AT+COPS?", ['+COPS: 0,0,"CHINA MOBILE",7'], dt=0.050, gap=1.000)
    s.cmd('AT+QICSGP=1,1,"cmnet","","",1', dt=0.050, gap=1.000)
    s.cmd("AT+QIACT=1", final="ERROR", dt=0.050, gap=1.000)
    return s


def sparkfun_sara_r5():
    """A u-blox SARA-R510M8S on SparkFun's Arduino library with debug on
    (echo off, as the library's init sets it)."""
    s = Session("sparkfun-sara-r5", "u-blox SARA-R510M8S (SparkFun library)", echo=False, profile="ublox-sara",
                start=2.000)
    s.cmd("AT+CSQ", ["+CSQ: 17,99"], dt=0.030, gap=0.300)
    s.cmd("AT+COPS?", ['+COPS: 0,0,"AT&T",7'], dt=0.030, gap=0.300)
    s.cmd("AT+UPSD=0,100,1", dt=0.030, gap=0.300)
    s.cmd('AT+UMQTT=2,"broker.example.com",1883', ["+UMQTT: 2,1"], dt=0.030, gap=0.300)
    s.cmd("AT+UMQTTC=1", final="+CME ERROR: operation not allowed", dt=0.030, gap=0.300)
    return s


def shell_ec25():
    """A Quectel EC25 in an OpenWrt router, written to from the shell with
    echo while cat prints the port (echo on until ATE0)."""
    s = Session("shell-ec25", "Quectel EC25 (OpenWrt shell)", echo=True, profile="quectel-bg96", start=0.0)
    s.cmd("ATE0", dt=0.050, gap=3.000)
    s.cmd("AT+CSQ", ["+CSQ: 20,99"], echo=False, dt=0.050, gap=3.000)
    s.cmd('AT+QENG="servingcell"', ['+QENG: "servingcell","NOCONN","LTE","FDD",262,03,1A2B3C,301,1300,3,5,'
                                    '5,4E21,-98,-12,-68,10,-'], echo=False, dt=0.050, gap=3.000)
    s.cmd('AT+QCFG="usbnet"', ['+QCFG: "usbnet",0'], echo=False, dt=0.050, gap=3.000)
    s.cmd('AT+QCFG="usbnet",9', final="ERROR", echo=False, dt=0.050, gap=3.000)
    return s


def ofono_sms():
    """A Quectel EG25-G under oFono sending an SMS in PDU mode (the sms
    atom: AT+CMGS=<length>, the PDU after the "> " prompt ended by Ctrl-Z),
    then a delivery report's notice and a storage query."""
    s = Session("ofono-sms", "Quectel EG25-G (oFono SMS)", echo=False, profile="quectel-bg96", start=812.400)
    s.cmd("AT+CMGF=0", dt=0.020, gap=0.040)
    s.cmd("AT+CMGS=18", final="OK", prompt=b"\r\n> ",
          payload=b"0011000B914477123456F80000A704F4F29C0E\x1a",
          after=b"\r\n+CMGS: 17\r\n\r\nOK\r\n", responses=["+CMGS: 17"], dt=0.040)
    s.urc("+CDSI: \"SR\",3", dt=4.200)
    s.cmd('AT+CPMS="SR"', ["+CPMS: 3,20,3,20,3,20"], dt=0.030, gap=0.040)
    s.cmd("AT+CMGS=9", final="+CMS ERROR: 304", prompt=b"\r\n> ", payload=b"00110000\x1a",
          after=b"\r\n+CMS ERROR: 304\r\n", dt=0.040)
    return s


def libgsm_sim800():
    """A SIMCom SIM800L behind an ESP32 running a libGSM PPPoS client
    (loboris' libGSM.c and its copies): each command written with CR LF,
    echo on until ATE0, a query answered with a dotted address, a command
    the module refuses, the dial."""
    s = Session("libgsm-sim800", "SIMCom SIM800L (ESP32 PPPoS libGSM)", echo=True, profile="simcom-sim800",
                start=3.900)
    s.cmd("AT", term=b"\r\n", dt=0.100, gap=0.200)
    s.cmd("ATE0", term=b"\r\n", dt=0.100, gap=0.200)
    s.echo = False
    s.cmd("AT+CPIN?", ["+CPIN: READY"], term=b"\r\n", dt=0.100, gap=0.200)
    s.cmd("AT+CREG?", ["+CREG: 0,1"], term=b"\r\n", dt=0.100, gap=0.200)
    s.cmd("AT+CSTT=\"internet.example\"", term=b"\r\n", dt=0.100, gap=0.200)
    s.cmd("AT+CIICR", term=b"\r\n", dt=0.900, gap=0.200)
    s.cmd("AT+CIFSR", rx=b"\r\n10.64.2.17\r\n", final="10.64.2.17", term=b"\r\n", dt=0.100, gap=0.200)
    s.cmd("AT+CMEE=3", final="ERROR", term=b"\r\n", dt=0.100, gap=0.200)
    s.cmd('AT+CGDCONT=1,"IP","internet.example"', term=b"\r\n", dt=0.100, gap=0.200)
    s.cmd("ATDT*99***1#", final="CONNECT", term=b"\r\n", dt=0.300, gap=0.200)
    return s


def quecpython_ec200u():
    """A Quectel EC200U running QuecPython, AT commands typed at its REPL
    through the atcmd module (echo is not part of the reply sendSync()
    returns)."""
    s = Session("quecpython-ec200u", "Quectel EC200U (QuecPython)", echo=False, profile="quectel-bg96",
                start=0.0)
    return K.script(s, [
        ("AT+CPIN?", ["+CPIN: READY"]),
        ("AT+CMEE=1",),
        ("AT+CSQ", ["+CSQ: 23,99"]),
        ("AT+QCCID", ["+QCCID: 89860321245010398765"]),
        ('AT+QICSGP=1,1,"cmiot","","",0',),
        ("AT+QIACT=2", (), "+CME ERROR: 50"),
        ("AT+QSCLK", (), "ERROR"),
    ], term=b"\r\n", dt=0.040, gap=4.000)


def jpnev_bg95():
    """A Quectel BG95 sniffed by jpnevulator on both lines of its UART (a
    host MCU's application, echo off), a URC between two commands."""
    s = Session("jpnev-bg95", "Quectel BG95 (jpnevulator)", echo=False, profile="quectel-bg96", start=36000.250)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.018, gap=0.400)
    s.cmd("AT+QCFG=\"iotopmode\"", ['+QCFG: "iotopmode",0'], dt=0.021, gap=0.400)
    s.cmd("AT+CEREG?", ["+CEREG: 0,5"], dt=0.019, gap=0.400)
    s.urc("+QIURC: \"pdpdeact\",1", dt=1.200)
    s.cmd("AT+QIACT=1", final="ERROR", dt=0.150, gap=0.400)
    s.cmd("AT+QIACT?", ['+QIACT: 1,1,1,"10.77.31.5"'], dt=0.030, gap=0.400)
    return s


# ------------------------------------------------ field shapes round 6 sessions
def freertos_bg96():
    """A Quectel BG96 under FreeRTOS-Cellular-Interface (the BG96 port's
    module init: the echo turned off first, then the SIM, the network and a
    PDP context), a boot line the library has no table entry for, a
    registration URC, a context activation the network refuses."""
    s = Session("freertos-bg96", "Quectel BG96 (FreeRTOS-Cellular-Interface)", echo=True,
                profile="quectel-bg96", start=4.100)
    s.urc("APP RDY", dt=0.0)
    s.cmd("ATE0", dt=0.020, gap=0.050)
    s.echo = False
    s.cmd("AT+CMEE=1", dt=0.020, gap=0.050)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.030, gap=0.050)
    s.cmd("AT+QCCID", ["+QCCID: 8944500102198304826F"], dt=0.030, gap=0.050)
    s.cmd("AT+CEREG=2", dt=0.020, gap=0.400)
    s.urc('+CEREG: 2,"1A2B","01C4D3E5",9', dt=1.300)
    s.cmd("AT+COPS?", ['+COPS: 0,0,"Vodafone UK Vodafone UK",8'], dt=0.040, gap=0.050)
    s.cmd('AT+QICSGP=1,1,"iot.example.net","","",1', dt=0.030, gap=0.050)
    s.cmd("AT+QIACT=1", final="+CME ERROR: 30", dt=0.150, gap=0.050)
    s.cmd("AT+CSQ", ["+CSQ: 18,99"], dt=0.020, gap=0.050)
    return s


MODULES = dict(ubx_app=ubx_app, dongle=S.dongle, tinygsm_sim800=tinygsm_sim800, telit=telit, nrf91=nrf91, huawei=huawei, air780=air780, generic=S.generic,
               ubx=S.ubx, pyserial=S.pyserial,
               particle=particle, nrf91_rust=nrf91_rust, ewf_bg96=ewf_bg96, sim7080_mpy=sim7080_mpy,
               rtt_air720=rtt_air720,
               sim800l_http=sim800l_http, fona_sim7000=fona_sim7000,
               tinygsm_nrf9160=tinygsm_nrf9160, tinygsm_verbose=tinygsm_verbose,
               wvdial_e3372=wvdial_e3372, mmcli_ec25=mmcli_ec25, ril_ec25=ril_ec25,
               wiolte_ec21=wiolte_ec21, ovms_sim7600=ovms_sim7600, ndm_ec25=ndm_ec25,
               bcx_bc660k=bcx_bc660k, gomodem_sim800=gomodem_sim800,
               racecap_sim900=racecap_sim900, itead_sim800=itead_sim800,
               gnss_sim7000=gnss_sim7000, espat_esp32=espat_esp32,
               qtopia_calypso=qtopia_calypso, ofono_eg25=ofono_eg25, kannel_e173=kannel_e173,
               smsd_sim800=smsd_sim800, txgsm_wavecom=txgsm_wavecom, mdm_sara_u260=mdm_sara_u260,
               esphome_sim800l=esphome_sim800l, nrf_at_shell=nrf_at_shell,
               mikrotik_ec25=mikrotik_ec25, pycom_gpy=pycom_gpy, smslib_e3131=smslib_e3131,
               eg25_manager=eg25_manager, espruino_sim800=espruino_sim800, nrf91_at_cmd=nrf91_at_cmd,
               mpy_uart_sim800=mpy_uart_sim800, readlines_ec25=readlines_ec25,
               sparkfun_sara_r5=sparkfun_sara_r5, shell_ec25=shell_ec25,
               freertos_bg96=freertos_bg96, ofono_sms=ofono_sms, libgsm_sim800=libgsm_sim800,
               quecpython_ec200u=quecpython_ec200u, jpnev_bg95=jpnev_bg95)
MODULES.update(R7.MODULES)
MODULES.update(R8.MODULES)
MODULES.update(R9T.MODULES)
MODULES.update(R10T.MODULES)
MODULES.update(R11T.MODULES)
MODULES.update(R12T.MODULES)


# ------------------------------------------------ renderers of shapes the parent has not
def render_shape(shape):
    """One line per line of each write/read (CR LF framing removed, as
    ../make_traces.py render_generic()), shape(dir, text, t) -> the line; or
    with whole=True in the shape's attributes, one line per write/read and
    shape gets the bytes."""
    def render(s):
        o = M.Out()
        for t, d, data, ev in M.wire_records(s):
            texts = [data] if getattr(shape, "whole", False) else M.lines_of(data)
            for k, text in enumerate(texts):
                mk = []
                if d == "tx" and ev["role"] == "cmd" and k == 0:
                    mk = [("t", ev["txn"])]
                if d == "rx" and ev["role"] == "urc" and (
                        ev["text"] == text or ev["text"].encode("latin-1") in
                        (text if isinstance(text, bytes) else b"")):
                    mk = [("u", ev["urc"])]
                o.write(shape(d, text, t) + "\n", t=t, marks=[(x, 0) for x in mk])
        return o
    return render


def whole(fn):
    fn.whole = True
    return fn


def hexpairs(data):
    return " ".join("%02X" % c for c in data)


def angle(data):
    """<CR> <LF> for the line ends, as many loggers print them."""
    return data.decode("latin-1").replace("\r", "<CR>").replace("\n", "<LF>")


def mm_escape(data):
    """ModemManager src/mm-port-serial-at.c debug_log(): printable as is,
    <CR>, <LF>, other bytes as \\%u (decimal)."""
    out = ""
    for c in data:
        out += chr(c) if M.isprint(c) else "<CR>" if c == 13 else "<LF>" if c == 10 \
            else "\\%u" % c
    return out


def render_ubx_ctrl(s):
    """ubxlib printAt() built with U_AT_CLIENT_PRINT_CONTROL_CHARACTERS:
    every non-printable byte, CR and LF included, as [%02x], so the traffic
    runs on in one line; uAtClientDebugSet(true)'s status lines end with
    their own LF."""
    o = M.Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] not in ("tx", "rx"):
            continue
        data, out, offs = ev["data"], b"", {}
        for i, c in enumerate(data):
            offs[i] = len(out)
            out += bytes([c]) if M.isprint(c) else b"[%02x]" % c
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            mk = [(("t", ev["txn"]), 0)]
        else:
            mk = [(k, offs.get(off, 0)) for k, off in M.mark_keys(ev)]
        o.write(out, t=t, marks=mk)
        if ev["kind"] == "tx" and ev["role"] == "cmd" and s.txns[ev["txn"]]["final"] is None:
            o.write(b"\n")
            o.write("U_AT_CLIENT_0-0: timeout.\n", t=t + 1.0, host=True)
    o.write(b"\n")
    return o


def render_dongle_via(style):
    """chan_dongle (../make_traces.py render_dongle(): at_queue.c's write,
    at_read.c's ring buffer after every read) through Asterisk's syslog
    channel: main/logger.c format_log_default() LOGTYPE_SYSLOG
    "%s[%d]%s: %s:%d in %s: %s" (level, LWP, call id, file, line, function,
    message with chan_dongle's own "\\n"), openlog("asterisk", LOG_PID).
    style "rsyslog": rsyslog's file (runtime/parser.c SanitizeMsg(): every
    control character as '#' and three octal digits, the trailing LF
    dropped): one line a message. style "journal": journalctl -a, short
    output (systemd src/shared/logs-show.c output_short() and
    print_multiline(): the message split at its LFs, the further lines
    indented by the prefix's width, CRs printed raw); "precise": the same
    with -o short-precise (".%06d" after the seconds)."""
    where = {"at_queue.c": (196, "at_write"), "at_read.c": (178, "at_read")}
    status = {"at_queue.c": (176, "at_queue_run"), "at_read.c": (170, "at_read")}

    def render(s):
        o = M.Out()
        ring = bytearray()
        widx, ridx = [0], [0]

        def log(t, src, body, marks=(), host=False, own=False):
            line, fn = (status if own else where)[src]
            msg = b"DEBUG[2851]: %s:%d in %s: [dongle0] " % (src.encode(), line, fn.encode())
            head = msg
            msg += body + b"\n"
            h, m, sec = M.hms(t)
            pre = b"Jan 15 %02d:%02d:%02d%s pbx asterisk[2840]" % (
                h, m, int(sec), b".%06d" % round((sec % 1) * 1e6) if style == "precise" else b"")
            if style == "rsyslog":
                esc = lambda b: b"".join(b"#%03o" % c if c < 32 else bytes([c]) for c in b)
                out = pre + b": " + esc(msg[:-1]) + b"\n"
                mk = [(k, len(pre) + 2 + len(head) + len(esc(body[:off]))) for k, off in marks]
            else:
                ind = b" " * (len(pre) + 2)
                out = pre + b": " + msg[:-1].replace(b"\n", b"\n" + ind) + b"\n"
                mk = [(k, len(pre) + 2 + len(head) + off + len(ind) * body[:off].count(b"\n"))
                      for k, off in marks]
            o.write(out, t=t, marks=mk, host=host)

        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "tx":
                cmd = s.txns[ev["txn"]]["command"]
                log(t, "at_queue.c", b"write command '%s' expected response 'OK' length %d" %
                    (cmd.encode("latin-1"), len(ev["data"])), host=True, own=True)
                log(t, "at_queue.c", b"[" + ev["data"] + b"]", marks=[(("t", ev["txn"]), 1)])
                continue
            pos = 0
            for c in M.split_chunks(ev["data"], ev.get("chunks")):
                widx[0] += len(c)
                ring.extend(c)
                log(t, "at_read.c", b"receive %d byte, used %d, free %d, read %d, write %d" %
                    (len(c), len(ring), 4096 - len(ring), ridx[0] % 4096, widx[0] % 4096),
                    host=True, own=True)
                start = len(ring) - len(c)
                mk = [(k, 1 + start + off - pos) for k, off in M.mark_keys(ev)
                      if pos <= off < pos + len(c)]
                log(t, "at_read.c", b"[" + bytes(ring) + b"]", marks=mk)
                pos += len(c)
                cut = ring.rfind(b"\n") + 1
                ridx[0] += cut
                del ring[:cut]
            if ev["role"] == "reply":
                txn = s.txns[ev["txn"]]
                real = "OK" if txn["final"] == "OK" else "+CME ERROR"
                log(t, "at_queue.c", ("remove command '%s' expected response 'OK' real '%s' "
                                      "cmd 1/1 flags 0x00 from queue" % (txn["command"], real))
                    .encode("latin-1"), host=True, own=True)
        return o
    return render


ZCMUX_FRAME = re.compile(rb"^(.*<dbg> modem_cmux: )modem_cmux_log_frame: (tx|rcvd) ch:(\d+) "
                         rb"cr:(\d) pf:(\d) type:(\w+) dlen:(\d+)(\r?)$")
ZCMUX_DATA = re.compile(rb"^(.*<dbg> modem_cmux: )modem_cmux_log_frame: data:(\r?)$")
ZCMUX_CMD = re.compile(rb"^(.*<dbg> modem_cmux: )(modem_cmux_log_\w+_command): ea:.*?(\r?)$")
ZCMUX_ROW = re.compile(rb"^( +)((?:[0-9a-f]{2} +)+)\|")


def zephyr_cmux_v1(lines):
    """The first modem_cmux (zephyr@01376c07bbdd subsys/modem/modem_cmux.c):
    modem_cmux_log_transmit_frame() / _received_frame() print
    LOG_DBG("ch:%u,cr:%u,pf:%u,type:%s") and LOG_HEXDUMP_DBG(data, len,
    "data:") whatever the length (the title alone for an empty frame,
    inferred: log_output prints no row for no data), the direction only in
    the function-name prefix; modem_cmux_log_transmit_command() /
    _received_command() print "ea:%u,cr:%u,type:%s" and a "data:" hexdump
    of the command's value. Per line, its pieces."""
    out, func, data = [], b"", b""
    for l in lines:
        m = ZCMUX_FRAME.match(l)
        if m:
            pre, act, ch, cr, pf, typ, dlen, end = m.groups()
            func = b"modem_cmux_log_transmit_frame" if act == b"tx" else \
                b"modem_cmux_log_received_frame"
            data = b""
            x = [pre + func + b": ch:%s,cr:%s,pf:%s,type:%s" % (ch, cr, pf, typ) + end]
            if dlen == b"0":
                x.append(pre + func + b": data:" + end)
            out.append(x)
            continue
        m = ZCMUX_DATA.match(l)
        if m:
            out.append([m.group(1) + func + b": data:" + m.group(2)])
            continue
        m = ZCMUX_ROW.match(l)
        if m:
            data += bytes.fromhex(m.group(2).decode().replace(" ", ""))
            out.append([l])
            continue
        m = ZCMUX_CMD.match(l)
        if m:
            value = data[2:2 + (data[1] >> 1)] if len(data) >= 2 else b""
            end = m.group(3)
            out.append([l, m.group(1) + m.group(2) + b": data:" + end] +
                       [r.encode() + end for r in M.zhex_rows(value, len(ZCMUX_ROW.match(
                           b" " * 37 + b"00 |").group(1)))])
            continue
        out.append([l])
    return out


def render_mm(prefix):
    """ModemManager: serial_debug(self, "-->", command) per write,
    serial_debug(self, "<--", buf) per read, behind a version's prefix."""
    return render_shape(whole(lambda d, data, t: prefix(t) + "%s '%s'" % (
        "-->" if d == "tx" else "<--", mm_escape(data))))


def render_particle(s):
    """Device OS: at_parser_impl.cpp logCmdLine() / logRespLine() print
    each command and each non-empty response line (not the echo) as
    LOG(TRACE, "> %.*s") / "< %.*s" in category ncp.at; the log handler's
    line is "%010u [category] LEVEL: message" (milliseconds since boot).
    The NCP client's state lines come in other categories."""
    o = M.Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "log":
            o.write("%010d [ncp.client] TRACE: %s\n" % (M.ms(t), ev["data"]), t=t, host=True)
            continue
        if ev["kind"] not in ("tx", "rx"):
            continue
        for k, text in enumerate(M.lines_of(ev["data"])):
            mk = []
            if ev["kind"] == "tx" and ev["role"] == "cmd" and k == 0:
                mk = [("t", ev["txn"])]
            if ev["kind"] == "rx" and ev["role"] == "urc" and text == ev["text"]:
                mk = [("u", ev["urc"])]
            o.write("%010d [ncp.at] TRACE: %s %s\n" % (M.ms(t), ">" if ev["kind"] == "tx" else "<",
                                                      text), t=t, marks=[(x, 0) for x in mk])
    return o


NRF_LOC = "\u2514\u2500 nrf_modem::at::{impl#0}::poll @ src/at.rs:170"


def render_nrf_defmt(s, stamps=False):
    """nrf-modem src/at.rs: defmt::trace!("AT -> {}", command) and, for the
    response string the modem library hands back (its lines CR LF ended, no
    empty lines), defmt::trace!("AT <- {}", string); defmt-print / probe-rs
    print '{t} {L} {s}' (the string's line ends as they are: its further
    lines unprefixed, an empty line after its last CR LF) and the location
    line after each record."""
    o = M.Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] not in ("tx", "rx"):
            continue
        head = ("%d.%06d " % (int(t), int(t * 1e6) % 1000000) if stamps else "") + "TRACE AT "
        if ev["kind"] == "tx":
            o.write(head + "-> " + ev["data"].decode("latin-1").rstrip("\r") + "\n", t=t,
                    marks=[(("t", ev["txn"]), 0)] if ev["role"] == "cmd" else ())
        else:
            o.write(head + "<- " + "\n".join(M.lines_of(ev["data"])) + "\n\n", t=t)
        o.write(NRF_LOC + "\n", t=t, host=True)
    return o


def ewf_escape(b):
    out = ""
    for c in b:
        out += {13: "\\r", 10: "\\n", 9: "\\t", 92: "\\\\"}.get(c, chr(c) if M.isprint(c) else "\\x%02x" % c)
    return out


def render_ewf(s):
    """Azure embedded-wireless-framework ewf_interface.c: every write as
    EWF_LOG("[SEND][%4lu][%s]\n", length, escaped), every read as
    "[RECV][%4lu][%s]\n"; the application's prints between them."""
    o = M.Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "app":
            o.write(ev["data"], t=t, app=True)
        elif ev["kind"] == "tx":
            ws = [w.encode("latin-1") for w in ev["writes"]] if ev.get("writes") else [ev["data"]]
            for i, w in enumerate(ws):
                mk = [(("t", ev["txn"]), 0)] if ev["role"] == "cmd" and i == 0 else []
                o.write("[SEND][%4d][%s]\n" % (len(w), ewf_escape(w)), t=t, marks=mk)
        elif ev["kind"] == "rx":
            o.write("[RECV][%4d][%s]\n" % (len(ev["data"]), ewf_escape(ev["data"])), t=t,
                    marks=[(k, 0) for k, off in M.mark_keys(ev)])
    return o


def render_mpy_gtlt(s):
    """A MicroPython script's own logger: '[%6.3fs - NAME] ' then '>>> ' and
    the command it writes, or '<<< ' and repr() of what it read."""
    o = M.Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write("[%6.3fs - TRACKER.MODEM] >>> %s\n" % (t, ev["data"].decode("latin-1").rstrip("\r")),
                    t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            o.write("[%6.3fs - TRACKER.MODEM] <<< %s\n" % (t, repr(ev["data"].decode("latin-1"))), t=t,
                    marks=[(k, 0) for k, off in M.mark_keys(ev)])
    return o


def no_debug(render):
    """The same sketch built without TINY_GSM_DEBUG: StreamDebugger's copy
    and the sketch's prints, no DBG() lines."""
    def run(s):
        s.events = [e for e in s.events if e["kind"] != "log"]
        return render(s)
    return run


def render_esp_tokens(s):
    """esp_modem at VERBOSE inside ESPHome (its logger prefix, the esp-idf
    line as the message): command_lib logs the function it runs
    (ESP_LOGV(TAG, "%s", __func__)) and, for the reply, each line the
    tokenizer split off as Token: {...} (the echo first); no command or
    Response: line in this version."""
    o = M.Out()

    def line(t, msg, **kw):
        h, m, sec = M.hms(t)
        o.write("[%02d:%02d:%02d][D][esp-idf:000][uart_task]: V (%d) command_lib: %s\n" % (
            h, m, int(sec), M.ms(t), msg), t=t, **kw)

    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            line(t, "generic_get_string", host=True)
        elif ev["kind"] == "rx":
            for k, text in enumerate(M.lines_of(ev["data"])):
                mk = [(("t", ev["txn"]), 0)] if ev.get("role") == "reply" and k == 0 else []
                line(t, "Token: {%s}" % text, marks=mk)
    return o


def render_rtt(s):
    """RT-Thread at_utils.c at_print_raw_cmd(): each command as sendline
    rows, each line read (its CR LF included, empty lines too) as recvline
    rows; rows of 32 cells, each with its own header; the client's LOG_x
    lines as [D/at.clnt] ..."""
    o = M.Out()

    def rows(name, b, t, mk):
        for i in range(0, len(b), 32):
            line = "[D/AT] %s: %04X-%04X: " % (name, i, i + 32)
            for j in range(32):
                line += ("%02X " % b[i + j]) if i + j < len(b) else "   "
                if (j + 1) % 8 == 0:
                    line += " "
            line += "  " + "".join(chr(c) if 32 <= c < 127 else "." for c in b[i:i + 32])
            o.write(line + "\n", t=t, marks=mk if i == 0 else ())

    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "log":
            o.write("[D/at.clnt] %s\n" % ev["data"], t=t, host=True)
        elif ev["kind"] == "tx":
            rows("sendline", ev["data"], t, [(("t", ev["txn"]), 0)] if ev["role"] == "cmd" else [])
        elif ev["kind"] == "rx":
            data = ev["data"]
            for line in M.readlines(data):
                mk = [(("u", ev["urc"]), 0)] if ev["role"] == "urc" and \
                    ev["text"].encode("latin-1") in line else []
                rows("recvline", line, t, mk)
    return o


def render_sim800l(s):
    """Arduino-SIM800L-driver: 'SIM800L : Send "cmd"' then 'SIM800L : End
    of transmission'; every read as 'SIM800L : Receive "' + the buffer as
    read (its line ends real, the CRs gone in the paste) + '"'."""
    o = M.Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write('SIM800L : Send "%s"\n' % ev["data"].decode("latin-1").rstrip("\r\n"), t=t,
                    marks=[(("t", ev["txn"]), 0)])
            o.write("SIM800L : End of transmission\n", t=t, host=True)
        elif ev["kind"] == "rx":
            o.write('SIM800L : Receive "%s"\n' % ev["data"].decode("latin-1").replace("\r", ""),
                    t=t, marks=[(k, 0) for k, off in M.mark_keys(ev)])
    return o


def render_fona(s):
    """Adafruit_FONA getReply(): '\t---> cmd' and, for the line readline()
    returned (empty lines skipped), '\t<--- line'; the sketch's menu
    prompt before each call."""
    o = M.Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write("FONA> %d\n" % (ev["txn"] + 1), t=t, host=True)
            o.write("\t---> %s\n" % ev["data"].decode("latin-1").rstrip("\r\n"), t=t,
                    marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            for text in M.lines_of(ev["data"]):
                o.write("\t<--- %s\n" % text, t=t)
    return o


def asctime(h, m, sec):
    return "2024-05-23 %02d:%02d:%02d,%03d " % (h, m, int(sec), int(sec * 1000) % 1000)


def render_asctime(s, stamp=asctime):
    """A Python script logging every line it reads or writes with
    logging.basicConfig(format="%(asctime)s %(message)s"): the wire's lines
    as a terminal shows them (plain()), each behind 'YYYY-MM-DD
    HH:MM:SS,mmm ' (or another stamp)."""
    o = M.Out()

    def line(t, text, mk):
        o.write(stamp(*M.hms(t)) + text + "\n", t=t, marks=mk)

    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and (ev["role"] == "payload" or not ev.get("echo")):
            for k, text in enumerate(M.lines_of(ev["data"])):
                line(t, text, [(("t", ev["txn"]), 0)] if ev["role"] == "cmd" and k == 0 else [])
        elif ev["kind"] == "rx":
            echo = ev.get("role") == "reply" and any(
                e["kind"] == "tx" and e.get("txn") == ev.get("txn") and e.get("echo")
                and e["role"] == "cmd" for e in s.events)
            for k, text in enumerate(M.lines_of(ev["data"])):
                mk = [(("t", ev["txn"]), 0)] if echo and k == 0 else []
                if ev["role"] == "urc" and text == ev["text"]:
                    mk = [(("u", ev["urc"]), 0)]
                line(t, text, mk)
    return o


def render_console(s):
    """modem_console_main.cpp SendCommand: the console line the user typed,
    ESP_LOGI "Sending command %s with timeout %d", each read the callback
    gets as ESP_LOGI "%s" (its lines real, CRs gone in the paste), then
    CHECK_ERR's ESP_LOGI "OK"."""
    o = M.Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = ev["data"].decode("latin-1").rstrip("\r\n")
            o.write("esp> cmd %s\n" % cmd, t=t, host=True)
            o.write("I (%d) modem_console: Sending command %s with timeout 1000\n" % (M.ms(t), cmd),
                    t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            o.write("I (%d) modem_console: %s\n" % (M.ms(t), ev["data"].decode("latin-1")
                                                    .replace("\r", "").rstrip("\n")), t=t)
            if ev.get("role") == "reply":
                o.write("I (%d) modem_console: OK\n" % M.ms(t), t=t, host=True)
    return o


def render_esp_usb(s):
    """esp_modem over the USB DTE (esp_modem_usb_dte usb_terminal.cpp):
    command_lib logs the function it runs, then every write and every read
    is an ESP_LOG_BUFFER_HEXDUMP under the one tag usb_terminal (write
    buffer and receive buffer at their own addresses): no direction."""
    o = M.Out()
    rxaddr = [0x3fcb822c]
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write("D (%d) command_lib: generic_get_string\n" % M.ms(t), t=t, host=True)
        if ev["kind"] not in ("tx", "rx"):
            continue
        addr = 0x3fcc726c if ev["kind"] == "tx" else rxaddr[0]
        rows = M.esp_rows(ev["data"], addr)
        keys = [(("t", ev["txn"]), 0)] if ev["kind"] == "tx" and ev["role"] == "cmd" else \
            [(k, 0) for k, off in M.mark_keys(ev)]
        for k, r in enumerate(rows):
            o.write("D (%d) usb_terminal: %s\n" % (M.ms(t), r), t=t, marks=keys if k == 0 else ())
    return o


def render_luat(s):
    """Luat ril.lua on the module itself: sendat() logs the command,
    procatc() each line the virtual AT port gave (empty lines skipped),
    defurc() a URC no handler took once more; LLCOM's stamp before every
    line of the debug port."""
    o = M.Out()

    def line(t, text, **kw):
        h, m, sec = M.hms(t)
        o.write("[2020-06-24 %02d:%02d:%06.3f] %s\n" % (h, m, sec, text), t=t, **kw)

    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            line(t, "[I]-[ril.sendat] %s" % ev["data"].decode("latin-1").rstrip("\r\n"),
                 marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            for text in M.lines_of(ev["data"]):
                mk = [(("u", ev["urc"]), 0)] if ev["role"] == "urc" and text == ev["text"] else []
                line(t, "[I]-[ril.proatc] %s" % text, marks=mk)
                if mk:
                    line(t, "[I]-[ril.defurc] %s" % text, host=True)
    return o


def rust_str(b):
    """Rust's {:?} of a string: quotes, \r \n \" \\ escaped."""
    return '"' + b.decode("latin-1").replace("\\", "\\\\").replace('"', '\\"') \
        .replace("\r", "\\r").replace("\n", "\\n") + '"'


def render_atat(s):
    """The atat crate through defmt: 'Sending command: {:?}' per write;
    per reply the ingress's digest: the echo as 'Received echo or
    whitespace (n/m): {:?}', then 'Received OK (n/m)' or 'Received
    response (n/m): {:?}' (the lines without the final result) or, for an
    error, warn 'Received error response (n/m): Error'."""
    o = M.Out()

    def line(t, lvl, msg, **kw):
        o.write("%d.%06d %-5s %s\n" % (int(t), int(t * 1e6) % 1000000, lvl, msg), t=t, **kw)

    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            line(t, "DEBUG", "Sending command: %s" % rust_str(ev["data"]),
                 marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx" and ev.get("role") == "reply":
            data, n = ev["data"], len(ev["data"])
            lines = M.lines_of(data)
            txn = s.txns[ev["txn"]]
            if any(e["kind"] == "tx" and e.get("txn") == ev["txn"] and e.get("echo") for e in s.events):
                echo = data[:data.find(b"\r") + 1] + b"\r\n"
                line(t, "DEBUG", "Received echo or whitespace (%d/%d): %s" % (len(echo), n,
                                                                             rust_str(echo)))
                lines = lines[1:]
            K.atat_reply(line, s, ev, rust_str, lines)
    return o


def render_wvdial(s):
    """WvDial on the console (wvdial.cc WvDialLogger::_make_prefix()): its
    own log behind "--> " (wvdialer.cc: "Sending: %s" before each command,
    its state in between), the modem's lines ("WvDial Modem" log) with no
    prefix and no empty lines, the echo first."""
    o = M.Out()
    o.write("--> WvDial: Internet dialer version 1.61\n", t=s.t0, host=True)
    o.write("--> Initializing modem.\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = ev["data"].decode("latin-1").rstrip("\r")
            if cmd.startswith("ATD"):
                o.write("--> Modem initialized.\n", t=t, host=True)
            o.write("--> Sending: %s\n" % cmd, t=t, marks=[(("t", ev["txn"]), 0)])
            if cmd.startswith("ATD"):
                o.write("--> Waiting for carrier.\n", t=t, host=True)
        elif ev["kind"] == "rx":
            for text in M.lines_of(ev["data"]):
                o.write(text + "\n", t=t)
                if text.startswith("CONNECT"):
                    o.write("--> Carrier detected.  Starting PPP immediately.\n", t=t, host=True)
    return o


def render_mmcli(s):
    """mmcli --command from a shell (cli/mmcli-modem.c command_process_reply()):
    the command line as typed, then response: '%s' with the reply's lines
    (ModemManager strips the final result and the framing, the lines keep
    the modem's line ends), or, for a refused command, error: command
    failed: '%s' with the D-Bus error ModemManager maps the reply to."""
    o = M.Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = ev["data"].decode("latin-1").rstrip("\r")
            o.write("$ sudo mmcli -m 0 --command='%s'\n" % cmd, t=t,
                    marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            x = s.txns[ev["txn"]]
            if x["final"] == "OK":
                o.write("response: '%s'\n" % "\n".join(x["responses"]), t=t)
            else:
                o.write("error: command failed: 'GDBus.Error:org.freedesktop.ModemManager1."
                        "Error.MobileEquipment.Unknown: Unknown error'\n", t=t)
    return o


def render_numbered(s, first=140):
    """A terminal log pasted with an editor's line numbers (the shape of
    u-blox/ubxlib#41): every line of the wire as the terminal showed it,
    empty lines too, behind its number and a space (an empty line's number
    alone)."""
    o = M.Out()
    n = [first]

    def line(t, text, mk):
        o.write(("%d %s" % (n[0], text)).rstrip(" ") + "\n", t=t, marks=mk)
        n[0] += 1

    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and (ev["role"] == "payload" or not ev.get("echo")):
            for k, text in enumerate(M.lines_of(ev["data"])):
                line(t, text, [(("t", ev["txn"]), 0)] if ev["role"] == "cmd" and k == 0 else [])
        elif ev["kind"] == "rx":
            texts = ev["data"].decode("latin-1").replace("\r\n", "\n").replace("\r", "").split("\n")
            for k, text in enumerate(texts[:-1] if texts[-1] == "" else texts):
                mk = []
                if ev["role"] == "urc" and text == ev["text"]:
                    mk = [(("u", ev["urc"]), 0)]
                line(t, text, mk)
    return o


def render_wiolte(s, stamps=False):
    """The Wio LTE library's debug prints (ModuleSerial::WriteCommand(): "<- "
    and the command; WaitForResponse(): "-> " and the line it was waiting
    for, "-> (" line ")" for any other: the echo, a URC, a final it did not
    expect); stamps: the millisecond count after each such line, as the
    debug builds in the library's issues print it; its own "### " lines."""
    o = M.Out()
    o.write("--- START ---------------------------------------------------\n", t=s.t0, host=True)
    o.write("### I/O Initialize.\n", t=s.t0, host=True)
    o.write("### Turn on or reset.\n", t=s.t0, host=True)
    ms = (lambda t: " (%d)" % round(t * 1000)) if stamps else (lambda t: "")
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = ev["data"].decode("latin-1").rstrip("\r")
            if cmd.startswith("AT+CGREG"):
                o.write("### Connecting to \"soracom.io\".\n", t=t, host=True)
            o.write("<- %s%s\n" % (cmd, ms(t)), t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            for text in M.lines_of(ev["data"]):
                waited = text == "OK" or (text.startswith("+") and ev["role"] == "reply"
                                          and "ERROR" not in text)
                mk = [(("u", ev["urc"]), 0)] if ev["role"] == "urc" and text == ev["text"] else []
                o.write(("-> %s%s\n" if waited else "-> (%s)%s\n") % (text, ms(t)), t=t, marks=mk)
    return o


def render_ovms(s, old=False):
    """OVMS v3's cellular log (ovms_cellular.cpp): modem::tx() logs
    "tx-cmd: %s" with the command's CR LF inside the message (the line ends
    in a CR and ESP-IDF's own LF leaves an empty line after it), muxtx()
    "mux-tx #%d: %s" and txcmd() "mux-tx-cmd #%d: %s" the same way, the
    NetStart state "Netstart %s" before its unlogged write on the data
    channel; StandardLineHandler() "mux-rx-line #%d (%d/%d): %s" for each
    line read (old: the versions without the lengths); the task's state
    lines at INFO in green."""
    o = M.Out()
    ms = lambda t: int(round(t * 1000))
    def info(t, msg):
        o.write("\x1b[0;32mI (%d) cellular: %s\x1b[0m\n" % (ms(t), msg), t=t, host=True)
    info(s.t0, "State: Enter Identify state")
    used, chan = 0, 0
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = ev["data"].decode("latin-1").rstrip("\r")
            chan = ev["chan"]
            how = ev.get("how", "tx-cmd")
            if how == "Netstart":
                info(t, "State: Enter NetStart state")
                head = "Netstart "
            elif how == "tx-cmd":
                head = "tx-cmd: "
            else:
                head = "%s #%d: " % (how, ev["chan"])
            o.write("D (%d) cellular: %s%s\r\n\n" % (ms(t), head, cmd), t=t,
                    marks=[(("t", ev["txn"]), 0)])
            if cmd == "AT+CMUX=0":
                o.write("D (%d) cellular: State: Enter MuxStart state\n" % ms(t), t=t, host=True)
        elif ev["kind"] == "rx":
            for text in M.lines_of(ev["data"]):
                mk = [(("u", ev["urc"]), 0)] if ev["role"] == "urc" and text == ev["text"] else []
                used = (used + 7 * len(text)) % 97
                if old:
                    o.write("D (%d) cellular: mux-rx-line #%d: %s\n" % (ms(t), ev.get("chan", chan), text),
                            t=t, marks=mk)
                else:
                    o.write("D (%d) cellular: mux-rx-line #%d (%d/%d): %s\n"
                            % (ms(t), ev.get("chan", chan), len(text), used, text), t=t, marks=mk)
                if text.startswith("+CSQ: "):
                    info(t, "Signal Quality is: %s (%d dBm)" % (text[6:8], -113 + 2 * int(text[6:8])))
                if text.startswith("CONNECT "):
                    info(t, "PPP Connection is ready to start")
    return o


NDM_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def render_ndm(s):
    """A Keenetic's system log of its modem's AT port, in the shape of
    koshev-msk/modemfeed#9 (NDMS is closed source): "<-- "the command"
    (expect "…")." for what the router sends, "--> "the line"" for each
    line it reads, "(got it)" after the one it waited for; its other
    services' lines between."""
    o = M.Out()
    def stamp(t):
        h, m, sec = M.hms(t)
        return "[I] May 22 %02d:%02d:%02d ndm: " % (h, m, int(sec))
    o.write(stamp(s.t0) + 'Mobile::Manager: "UsbQmi0": modem Quectel EC25 found on tty2.\n', t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            x = s.txns[ev["txn"]]
            cmd = ev["data"].decode("latin-1").rstrip("\r")
            want = x["responses"][0].split(":")[0] if x["responses"] else "OK"
            o.write(stamp(t) + 'Mobile::TtyDevice: "UsbQmi0": tty2 <-- "%s" (expect "%s").\n' % (cmd, want),
                    t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            x = s.txns[ev["txn"]] if ev["role"] == "reply" else None
            for text in M.lines_of(ev["data"]):
                mk = [(("u", ev["urc"]), 0)] if ev["role"] == "urc" and text == ev["text"] else []
                got = x is not None and (text == x["final"] or
                                         (x["responses"] and text == x["responses"][0]))
                o.write(stamp(t) + 'Mobile::TtyDevice: "UsbQmi0": tty2 --> "%s"%s.\n'
                        % (text, " (got it)" if got else ""), t=t, marks=mk)
                if text.startswith("+CEREG: "):
                    o.write(stamp(t) + 'Network::Interface::Mobile: "UsbQmi0": registered in home network.\n',
                            t=t, host=True)
    return o


def render_search_hits(s, first=1200, step=2):
    """A terminal log's lines pasted from an editor's search-results panel
    (Notepad++'s Find result: "\tLine N: " before each hit, the numbers
    skipping the lines without a hit; the shape of renode/renode#917):
    every non-empty line of the wire as the terminal showed it."""
    o = M.Out()
    n = [first]

    def line(t, text, mk):
        if text:
            o.write("\tLine %d: %s\n" % (n[0], text), t=t, marks=mk)
        n[0] += step

    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and (ev["role"] == "payload" or not ev.get("echo")):
            for k, text in enumerate(M.lines_of(ev["data"])):
                line(t, text, [(("t", ev["txn"]), 0)] if ev["role"] == "cmd" and k == 0 else [])
        elif ev["kind"] == "rx":
            texts = ev["data"].decode("latin-1").replace("\r\n", "\n").replace("\r", "").split("\n")
            for k, text in enumerate(texts[:-1] if texts[-1] == "" else texts):
                mk = [(("u", ev["urc"]), 0)] if ev["role"] == "urc" and text == ev["text"] else []
                line(t, text, mk)
    return o


def render_bcx(s):
    """An application firmware's modem log through a terminal with its own
    date stamps (the shape of renode/renode#917): "%10.3f|BCx|TX <cmd>"
    for each command (no colon), "|BCx|RX: <line>" for each line read, and
    the application's copy of what it parsed behind ">" (host-log)."""
    o = M.Out()
    def pre(t):
        h, m, sec = M.hms(t)
        return "[2026-05-28 %02d:%02d:%06.3f] %10.3f|BCx|" % (h, m, sec, t)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write(pre(t) + "TX " + ev["data"].decode("latin-1").rstrip("\r") + "\n", t=t,
                    marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            for text in M.lines_of(ev["data"]):
                o.write(pre(t) + "RX: " + text + "\n", t=t)
                if text.startswith("+") or text == "SEND OK":
                    o.write(pre(t + 0.002) + ">" + text.lstrip("+").replace(":", "") + "\n",
                            t=t, host=True)
    return o


def render_gomodem(s):
    """warthog618/modem's trace (trace/trace.go: l.Printf("w: %s", p) for
    each write, "r: %s" for each read, the bytes as they were) through
    log.New(os.Stdout, "", log.LstdFlags) as cmd/sendsms does: Go's
    "yyyy/mm/dd hh:mm:ss " stamp, a line end added only where the bytes
    had none; the example's own log.Printf of the result last."""
    o = M.Out()
    def stamp(t):
        h, m, sec = M.hms(t)
        return "2024/05/01 %02d:%02d:%02d " % (h, m, int(sec))
    def rec(t, tag, data, mk=()):
        text = data.decode("latin-1")
        o.write(stamp(t) + tag + text + ("" if text.endswith("\n") else "\n"), t=t, marks=list(mk))
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx":
            rec(t, "w: ", ev["data"], [(("t", ev["txn"]), 0)] if ev["role"] == "cmd" else [])
        elif ev["kind"] == "rx":
            for c in M.split_chunks(ev["data"], ev.get("chunks")):
                rec(t, "r: ", c)
    o.write(stamp(s.t) + "42 <nil>\n", t=s.t, host=True)
    return o


def render_paren_escapes(s):
    """A logger that prints each serial line with its CR and LF as the text
    (\\r)(\\n) behind "[serial (Aux)] TX: " / "RX: " (an empty line
    "RX: (\\r)(\\n)"), its driver's own lines in brackets between (the
    shape of autosportlabs/RaceCapture-Pro_firmware#616)."""
    o = M.Out()
    def esc(text):
        return text.replace("\r", "(\\r)").replace("\n", "(\\n)")
    o.write("[Cellular Driver] Initializing\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write("[serial (Aux)] TX: %s\n" % esc(ev["data"].decode("latin-1")), t=t,
                    marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            data = ev["data"].decode("latin-1")
            for piece in data.replace("\r\n", "\r\n\x00").split("\x00"):
                if piece:
                    o.write("[serial (Aux)] RX: %s\n" % esc(piece), t=t)
            if ev["txn"] is not None and ev["role"] == "reply" and s.txns[ev["txn"]]["command"] == "AT+CSQ":
                o.write("[Cellular Driver] Signal: 18\n", t=t, host=True)
    return o


def render_itead(s):
    """lamondlab/IteadSIM800 sms.py sendATCmdWaitResp() through its
    logging.Formatter("%(asctime)s : %(levelname)s -> %(message)s"): "Send
    AT Command: {}", "Attempt {}, ({})" with the bytes written (Python's
    repr), "Lines: {}" (the lines readlines() gave, stripped, empty ones
    dropped, as a Python list), "Line: {}" (the last of them)."""
    o = M.Out()
    def stamp(t):
        h, m, sec = M.hms(t)
        return "2016-08-04 %02d:%02d:%02d,%03d : DEBUG -> " % (h, m, int(sec), int(round((sec % 1) * 1000)) % 1000)
    o.write(stamp(s.t0 - 0.001) + "Setup\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = ev["data"].decode("latin-1").rstrip("\r")
            o.write(stamp(t) + "Send AT Command: %s\n" % cmd, t=t, host=True)
            o.write(stamp(t) + "Attempt 1, (%r)\n" % ev["data"], t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            lines = [l for l in M.lines_of(ev["data"]) if l.strip()]
            o.write(stamp(t) + "Lines: %r\n" % lines, t=t)
            o.write(stamp(t) + "Line: %s\n" % lines[-1], t=t, host=True)
    return o


def render_rx_only(s):
    """A sketch that prints its command in words ("[GPS] AT+CGNSINF ...")
    and then each line it read behind "<< " (the modem's echo first): only
    the modem's side is marked (the shape of
    Xinyuan-LilyGO/LilyGo-Modem-Series#419)."""
    o = M.Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write("[GPS] %s ...\n" % ev["data"].decode("latin-1").rstrip("\r"), t=t, host=True)
        elif ev["kind"] == "rx":
            for k, text in enumerate(M.lines_of(ev["data"])):
                mk = [(("t", ev["txn"]), 0)] if ev["role"] == "reply" and k == 0 else []
                o.write("<< %s\n" % text, t=t, marks=mk)
    return o


def render_wifiespat(s):
    """WiFiEspAT's debug log (EspAtDrvLogging.h "esp> " and "esp INFO: ";
    EspAtDrv.cpp sendCommand(): the command, then " ...sent"; readRX():
    each line read with its CR trimmed, empty lines skipped, then
    " ...matched" for the one it waited for, " ...ignored" for another,
    " ...error" for ERROR)."""
    o = M.Out()
    o.write("esp INFO: soft reset\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write("esp> %s ...sent\n" % ev["data"].decode("latin-1").rstrip("\r"), t=t,
                    marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            x = s.txns[ev["txn"]] if ev["role"] == "reply" else None
            for text in M.lines_of(ev["data"]):
                mk = [(("u", ev["urc"]), 0)] if ev["role"] == "urc" and text == ev["text"] else []
                if text == "ERROR":
                    how = "error"
                elif x is not None and text == x["command"]:
                    how = "ignored"
                else:
                    how = "matched"
                o.write("esp> %s ...%s\n" % (text, how), t=t, marks=mk)
                if text == "ERROR":
                    o.write("esp ERROR: expected STATUS: got ERROR\n", t=t, host=True)
    return o


def render_qtopia(s):
    """Qtopia's AtChat log through syslog (qatchat.cpp: qLog(AtChat) <<
    d->toChar << ":" << line, the read side with fromChar / notifyChar; the
    primary channel's characters t, f, N; Qt 4's QDebug quotes the line
    without escaping its quotes and adds a blank at the end)."""
    o = M.Out()
    def pre(t):
        h, m, sec = M.hms(t)
        return "Jan  1 %02d:%02d:%02d neo Qtopia: AtChat :  " % (h, m, int(sec))
    o.write("Jan  1 02:32:50 neo Qtopia: AtChat : Ficgta01PhoneBook::Ficgta01PhoneBook\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write(pre(t) + 't : "%s" \n' % ev["data"].decode("latin-1").rstrip("\r"), t=t,
                    marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            for text in M.lines_of(ev["data"]):
                mk = [(("u", ev["urc"]), 0)] if ev["role"] == "urc" and text == ev["text"] else []
                ch = "N" if ev["role"] == "urc" else "f"
                o.write(pre(t) + '%s : "%s" \n' % (ch, text), t=t, marks=mk)
    return o


# ------------------------------------------------ field shapes round 5 renderers
def gat_escape(data):
    """oFono gatchat/gatutil.c g_at_util_debug_chat(): printable bytes as
    they are, \\r \\n \\t, Ctrl-Z as <CtrlZ>, byte 25 as <ESC>, any other
    control byte as \\ooo."""
    out = []
    for b in data:
        c = chr(b)
        if 32 <= b < 127:
            out.append(c)
        elif c in "\r\n\t":
            out.append({"\r": "\\r", "\n": "\\n", "\t": "\\t"}[c])
        elif b == 26:
            out.append("<CtrlZ>")
        elif b == 25:
            out.append("<ESC>")
        else:
            out.append("\\%03o" % b)
    return "".join(out)


def render_ofono(s):
    """oFono with OFONO_AT_DEBUG=1 in the journal (syslog shape): each
    write and each read of a channel as "<Name>: > ..." / "<Name>: < ...",
    the bytes escaped by g_at_util_debug_chat(); ofonod's own debug lines."""
    o = M.Out()
    def pre(t):
        h, m, sec = M.hms(t)
        return "May  1 %02d:%02d:%02d pinephone ofonod[812]: " % (h, m, int(sec))
    o.write(pre(s.t0) + "plugins/udevng.c:setup_quectel() /sys/devices/platform/soc/1c1b000.usb/usb2/2-1\n",
            t=s.t0, host=True)
    chan = {}
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            chan[ev["txn"]] = ev.get("chan", "Modem")
            o.write(pre(t) + "%s: > %s\n" % (chan[ev["txn"]], gat_escape(ev["data"])), t=t,
                    marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "tx":
            # the PDU after the "> " prompt, its Ctrl-Z shown as <CtrlZ>
            o.write(pre(t) + "%s: > %s\n" % (chan.get(ev["txn"], "Modem"), gat_escape(ev["data"])), t=t)
        elif ev["kind"] == "rx":
            name = chan.get(ev.get("txn"), "Modem") if ev["role"] == "reply" else "Modem"
            o.write(pre(t) + "%s: < %s\n" % (name, gat_escape(ev["data"])), t=t,
                    marks=[(("u", ev["urc"]), 0)] if ev["role"] == "urc" else [])
    return o


def render_kannel(s):
    """Kannel's bearerbox log at debug level (gw/smsc/smsc_at.c
    at2_write_line(): "AT2[%s]: --> %s^M"; at2_extract_line(): "AT2[%s]:
    <-- %s", each line read, trimmed, empty lines skipped), gwlib's
    "YYYY-MM-DD hh:mm:ss [pid] [thread] LEVEL: " prefix."""
    o = M.Out()
    def pre(t, lvl="DEBUG"):
        h, m, sec = M.hms(t)
        return "2021-03-01 %02d:%02d:%02d [21034] [6] %s: " % (h, m, int(sec), lvl)
    o.write(pre(s.t0, "INFO") + "AT2[gsm0]: opening device\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write(pre(t) + "AT2[gsm0]: --> %s^M\n" % ev["data"].decode("latin-1").rstrip("\r"), t=t,
                    marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            for text in M.lines_of(ev["data"]):
                o.write(pre(t) + "AT2[gsm0]: <-- %s\n" % text.strip(), t=t)
    o.write(pre(s.events[-1]["t"], "INFO") + "AT2[gsm0]: AT SMSC successfully opened.\n", host=True)
    return o


def render_smsd(s):
    """smsd's log at loglevel 7 (smstools3 src/modeminit.c put_command():
    "-> %s", "Command is sent, waiting for the answer. (%i)", "<- %s" with
    the answer's CRs removed and, log_single_lines being the default, its
    lines joined by blanks; src/logging.c: "%s,%i, %s: ")."""
    o = M.Out()
    def pre(t, lvl=7):
        h, m, sec = M.hms(t)
        return "2024-02-11 %02d:%02d:%02d,%d, GSM1: " % (h, m, int(sec), lvl)
    o.write(pre(s.t0, 6) + "Checking if modem is ready\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write(pre(t) + "-> %s\n" % ev["data"].decode("latin-1").rstrip("\r"), t=t,
                    marks=[(("t", ev["txn"]), 0)])
            o.write(pre(t) + "Command is sent, waiting for the answer. (10)\n", t=t, host=True)
        elif ev["kind"] == "rx":
            o.write(pre(t) + "<- %s\n" % " ".join(l.strip() for l in M.lines_of(ev["data"])), t=t)
    return o


def render_txgsm(s):
    """txgsm's twistd log (txgsm/protocol.py: log.msg("Sending: %r"),
    log.msg("Received: %r") of the lines read, empty ones dropped; Twisted's
    "YYYY-MM-DD hh:mm:ss+zzzz [-] " prefix)."""
    o = M.Out()
    def pre(t):
        h, m, sec = M.hms(t)
        return "2013-06-15 %02d:%02d:%02d+0200 [-] " % (h, m, int(sec))
    o.write(pre(s.t0) + "Connection made\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx":
            text = ev["data"].decode("latin-1")
            if ev["role"] == "cmd":
                text = text.rstrip("\r")
            o.write(pre(t) + "Sending: %r\n" % text, t=t,
                    marks=[(("t", ev["txn"]), 0)] if ev["role"] == "cmd" else [])
        elif ev["kind"] == "rx":
            o.write(pre(t) + "Received: %r\n" % M.lines_of(ev["data"]), t=t)
    o.write(pre(s.events[-1]["t"]) + "Main loop terminated.\n", host=True)
    return o


def mdm_dump(data):
    """u-blox MDM.cpp dumpAtCmd(): " %3d \\"", the bytes with \\r \\n \\t
    \\" \\\\ escaped (\\xHH for other control bytes), "\\"\\r\\n"."""
    out = []
    for b in data:
        c = chr(b)
        if b > 0x1f and b != 0x7f:
            out.append({"\"": "\\\"", "\\": "\\\\"}.get(c, c))
        else:
            out.append({"\a": "\\a", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\v": "\\v", "\f": "\\f",
                        "\r": "\\r"}.get(c, "\\x%02x" % b))
    return " %3d \"%s\"\r\n" % (len(data), "".join(out))


def render_mdm(s):
    """u-blox MDMParser's debug (C027_Support MDM.cpp, Particle's
    mdm_hal.cpp): send(): "%10.3f AT send    " + dumpAtCmd(); waitFinalResp():
    "%10.3f AT read %s" with the line's type in ANSI colours + dumpAtCmd(),
    one line of the modem's (its framing CR LF both sides) per read."""
    o = M.Out()
    col = {"UNK": "\x1b[33m", "OK ": "\x1b[32m", "ERR": "\x1b[31m", " + ": "\x1b[36m"}
    for ev in s.events:
        t = ev["t"] - s.t0 + 11.270
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write("%10.3f AT send    " % t + mdm_dump(ev["data"]), t=ev["t"],
                    marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            for text in M.lines_of(ev["data"]):
                kind = ("OK " if text == "OK" else "ERR" if "ERROR" in text else
                        " + " if text.startswith("+") else "UNK")
                mk = [(("u", ev["urc"]), 0)] if ev["role"] == "urc" else []
                o.write("%10.3f AT read %s%s\x1b[39m" % (t, col[kind], kind) +
                        mdm_dump(("\r\n%s\r\n" % text).encode("latin-1")), t=ev["t"], marks=mk)
    return o


def render_esphome_sim800l(s):
    """ESPHome's sim800l component at VERBOSE (sim800l.cpp send_cmd_():
    ESP_LOGV(TAG, "S: %s - %d"); parse_cmd_(): "R: %s - %d", each line
    read, empty ones skipped) behind ESPHome's header."""
    o = M.Out()
    state = [1]
    def pre(t, lvl="V", line=129):
        h, m, sec = M.hms(t)
        return "[%02d:%02d:%02d][%s][sim800l:%03d]: " % (h, m, int(sec), lvl, line)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write(pre(t) + "S: %s - %d\n" % (ev["data"].decode("latin-1").rstrip("\r\n"), state[0]),
                    t=t, marks=[(("t", ev["txn"]), 0)])
            state[0] += 1
        elif ev["kind"] == "rx":
            for text in M.lines_of(ev["data"]):
                o.write(pre(t, line=138) + "R: %s - %d\n" % (text, state[0]), t=t)
                if text.startswith("+CSQ:"):
                    o.write(pre(t, "D", 263) + "RSSI: -75 dBm\n", t=t, host=True)
    return o


def render_at_shell(s):
    """nRF Connect SDK's AT shell (lib/at_shell/at_shell.c at_shell():
    the line typed after the prompt, then shell_print() of the modem's
    reply, final result included), a prompt left empty between."""
    o = M.Out()
    o.write("uart:~$ \n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write("uart:~$ at %s\n" % ev["data"].decode("latin-1").rstrip("\r"), t=t,
                    marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            for text in M.lines_of(ev["data"]):
                o.write("%s\n" % text, t=t)
    return o


def render_mikrotik(s):
    """RouterOS's console (help.mikrotik.com's LTE page; the forum's
    pastes): the at-chat command line, "  output: " before the reply's
    first line, its further lines at the same column, padded with blanks
    to the console's width."""
    o = M.Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = ev["data"].decode("latin-1").rstrip("\r").replace('"', '\\"')
            o.write('[admin@MikroTik] > /interface lte at-chat lte1 input="%s"\n' % cmd, t=t,
                    marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            for k, text in enumerate(M.lines_of(ev["data"])):
                o.write(("  output: " if k == 0 else " " * 10) + text.ljust(54) + "\n", t=t)
    o.write("[admin@MikroTik] > \n", host=True)
    return o


def render_pycom(s):
    """A MicroPython REPL on a Pycom GPy (modlte.c lte_send_at_cmd() returns
    the reply string): the call echoed after ">>> ", then the string's
    repr, or its text where the call is wrapped in print()."""
    o = M.Out()
    o.write(">>> from network import LTE\n>>> lte = LTE()\n", t=s.t0, host=True)
    n = 0
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = ev["data"].decode("latin-1").rstrip("\r")
            n += 1
            wrap = n % 2 == 0
            call = "lte.send_at_cmd(%r)" % cmd
            o.write(">>> %s\n" % ("print(%s)" % call if wrap else call), t=t,
                    marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            text = ev["data"].decode("latin-1")
            if wrap:
                o.write(text.replace("\r\n", "\n") + "\n", t=t)
            else:
                o.write("%r\n" % text, t=t)
    o.write(">>> \n", host=True)
    return o


def render_smslib(s):
    """SMSLib v4's driver log through log4j (the shape of
    tdelenikas/smslib#14): "<== " the command, ">>> " each line read (the
    empty ones too), "==> " the response it hands on, "$" at its end."""
    o = M.Out()
    def pre(t, line):
        h, m, sec = M.hms(t)
        return "21/10/2015 %02d:%02d:%02d,%03d DEBUG Thread-27 AbstractModemDriver:%d-/dev/ttyUSB0:115200 " % (
            h, m, int(sec), int(round((sec % 1) * 1000)) % 1000, line)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write(pre(t, 85) + "<== %s\n" % ev["data"].decode("latin-1").rstrip("\r"), t=t,
                    marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            text = ev["data"].decode("latin-1")
            lines = text.replace("\r\n", "\n").split("\n")[:-1]
            for l in lines:
                o.write(pre(t, 129) + ">>> %s\n" % l, t=t)
            info = [l for l in lines if l and l not in ("OK",)]
            o.write(pre(t, 183) + "==> %s$\n" % " ".join(info), t=t, host=True)
    return o


def render_eg25_manager(s):
    """eg25-manager in the journal, read with journalctl -a (src/at.c:
    "Sending command: %s"; "Response: [%s]" with the reply stripped at both
    ends and its inner line ends kept: the further lines indented by the
    prefix's width, their CRs raw)."""
    o = M.Out()
    def pre(t):
        h, m, sec = M.hms(t)
        return "Feb 02 %02d:%02d:%02d pinephone eg25-manager[612]: " % (h, m, int(sec))
    o.write(pre(s.t0) + "Opening AT interface /dev/ttyS2\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write(pre(t) + "Sending command: %s\n" % ev["data"].decode("latin-1").strip(), t=t,
                    marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            body = ev["data"].decode("latin-1").strip()
            p = pre(t)
            parts = body.split("\n")
            text = p + "Response: [" + parts[0] + "\n" + "".join(
                " " * len(p) + x + "\n" for x in parts[1:])
            o.write(text[:-1] + "]\n", t=t)
    return o


def render_espruino(s):
    """Espruino's AT module with at.debug() (modules/AT.js: "[" +
    JSON.stringify(command) before each write; "] " + JSON.stringify(line)
    + " <--- " + JSON.stringify(d) for each chunk read, line being the
    buffer not yet handled); the IDE's prompt first."""
    import json
    o = M.Out()
    o.write(">\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write("[%s\n" % json.dumps(ev["data"].decode("latin-1")), t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            data = ev["data"].decode("latin-1")
            cuts = [0] + list(ev.get("chunks") or []) + [len(data)]
            line = ""
            for a, b in zip(cuts, cuts[1:]):
                d = data[a:b]
                line += d
                o.write("] %s <--- %s\n" % (json.dumps(line), json.dumps(d)), t=t)
                # the module hands on the lines it has whole
                if "\r" in line:
                    line = line[line.rfind("\r") + 1:]
                    if line.startswith("\n"):
                        line = line[1:]
    o.write("=undefined\n", host=True)
    return o


def render_at_cmd(s):
    """nRF Connect SDK 1.x lib/at_cmd/at_cmd.c at debug level through
    Zephyr's log_output (at_write(): "Sending command %s"; at_cmd_write():
    "Awaiting response for %s"; socket_thread_fn(): "at_cmd_rx %d bytes,
    %s" with the reply's line ends raw, so its further lines and the empty
    one after the last come unprefixed)."""
    o = M.Out()
    def pre(t, fn):
        return "[00:00:%02d.%03d,000] <dbg> at_cmd: %s: " % (int(t), int(round((t % 1) * 1000)) % 1000, fn)
    o.write(pre(s.t0, "at_cmd_driver_init") + "Common AT socket created\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = ev["data"].decode("latin-1").rstrip("\r")
            o.write(pre(t, "at_write") + "Sending command %s\n" % cmd, t=t, marks=[(("t", ev["txn"]), 0)])
            o.write(pre(t, "at_cmd_write") + "Awaiting response for %s\n" % cmd, t=t, host=True)
        elif ev["kind"] == "rx":
            data = ev["data"].decode("latin-1")
            o.write(pre(t, "socket_thread_fn") + "at_cmd_rx %d bytes, %s\n" % (
                len(data) + 1, data.replace("\r\n", "\n")), t=t)
    return o


def render_mpy_uart(s):
    """The MicroPython REPL by hand: uart.write() echoed with the count it
    returns, then uart.read() and the bytes' repr (the echo first)."""
    o = M.Out()
    o.write(">>> from machine import UART\n>>> uart = UART(2, 115200, tx=17, rx=16)\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = ev["data"].decode("latin-1")
            o.write(">>> uart.write(%r)\n" % cmd, t=t, marks=[(("t", ev["txn"]), 0)])
            o.write("%d\n>>> uart.read()\n" % len(ev["data"]), t=t, host=True)
        elif ev["kind"] == "rx":
            o.write("%r\n" % ev["data"], t=t)
    o.write(">>> \n", host=True)
    return o


def render_readlines(s):
    """A pyserial script: ser.write() the command (not printed), then
    print(ser.readlines()): the lines read, each with its LF (the echo's
    CR CR LF too), as a list of bytes."""
    o = M.Out()
    o.write("Opening /dev/ttyUSB2\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            pend = ev
        elif ev["kind"] == "rx":
            parts = [x + b"\n" for x in ev["data"].split(b"\n")[:-1]]
            o.write("%r\n" % parts, t=t, marks=[(("t", pend["txn"]), 0)])
    return o


def render_sparkfun(s):
    """SparkFun's SARA-R5 library with debug on (SARA_R5::
    sendCommandWithResponse(): "sendCommandWithResponse: Command: " and the
    command without its AT, println'd; then "sendCommandWithResponse:
    Response: " and the bytes read, as they came)."""
    o = M.Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = ev["data"].decode("latin-1").rstrip("\r")
            o.write("sendCommandWithResponse: Command: %s\r\n" % cmd[2:], t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            o.write("sendCommandWithResponse: Response: " + ev["data"].decode("latin-1"), t=t)
    return o


def render_shell_redirect(s):
    """A shell session: cat of the port in the background, each command
    written with echo -e "...\\r" > /dev/ttyUSB2 after the prompt, the
    port's bytes printed below as cat gets them."""
    o = M.Out()
    o.write("root@OpenWrt:~# cat /dev/ttyUSB2 &\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = ev["data"].decode("latin-1").rstrip("\r").replace('"', '\\"')
            o.write('root@OpenWrt:~# echo -e "%s\\r" > /dev/ttyUSB2\n' % cmd, t=t,
                    marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            o.write(ev["data"].decode("latin-1").replace("\r\n", "\n").replace("\r", "\n"), t=t)
    return o


# ------------------------------------------------ field shapes round 6 renderers
FREERTOS_FINALS = ("OK", "ERROR", "NO CARRIER", "CONNECT")


def render_freertos(s, sim=False):
    """FreeRTOS-Cellular-Interface at LOG_DEBUG through logging_stack.h
    ("[LEVEL] [CELLULAR] [file:line] " then the message and CR LF):
    _Cellular_AtcmdRequestTimeoutWithCallbackRaw() brackets each command with
    ">>>>>Start sending [cmd]<<<<<" and "<<<<<Exit sending [cmd] status[n]<<<<<";
    the reader thread logs "AT Read n bytes", each line of a command's reply
    as "AT solicited Resp[line]" (the echo too) followed by _saveATData()'s
    "Save [...]" or _Cellular_ProcessLine()'s "Final AT response is SUCCESS
    [OK]" / LogWarn "Modem return ERROR: ...", a URC as "Next URC token to
    parse [line]", and a line with no command waiting and no prefix as the
    LogInfo "AT_UNDEFINED message received line\r\n" (an empty line after
    it). sim: the FreeRTOS Windows simulator's vLoggingPrintf() puts
    "%lu %lu [%s] " (message number, tick count, task) before each line."""
    o = M.Out()
    n = [100]
    def line(t, lvl, where, msg, task="CellularDemo", **kw):
        pre = ""
        if sim:
            pre = "%lu %lu [%s] " % (n[0], int(t * 1000), task)
            n[0] += 1
        o.write(pre + "[%s] [CELLULAR] [%s] %s\r\n" % (lvl, where, msg), t=t, **kw)
    line(s.t0, "DEBUG", "cellular_pktio.c:1380", "Reader thread created", host=True)
    cmd = {}
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            c = ev["data"].decode("latin-1").rstrip("\r")
            cmd[ev["txn"]] = c
            line(t, "DEBUG", "cellular_pkthandler.c:215", ">>>>>Start sending [%s]<<<<<" % c,
                 marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            line(t, "DEBUG", "cellular_pktio.c:639", "AT Read %d bytes, data[0x2000a1c4]" % len(ev["data"]),
                 task="Cellular", host=True)
            for text in M.lines_of(ev["data"]):
                if ev["role"] == "urc" and text == ev["text"]:
                    mk = [(("u", ev["urc"]), 0)]
                    if text == "APP RDY":
                        line(t, "INFO", "cellular_pkthandler.c:483", "AT_UNDEFINED message received %s\r\n" % text,
                             task="Cellular", marks=mk)
                    else:
                        line(t, "DEBUG", "cellular_pkthandler.c:144", "Next URC token to parse [%s]" % text,
                             task="Cellular", marks=mk)
                    continue
                line(t, "DEBUG", "cellular_pktio.c:740", "AT solicited Resp[%s]" % text, task="Cellular")
                c = cmd.get(ev.get("txn"), "NULL")
                if text in FREERTOS_FINALS[:1]:
                    line(t, "DEBUG", "cellular_pktio.c:381", "Final AT response is SUCCESS [%s]" % text,
                         task="Cellular", host=True)
                    line(t, "DEBUG", "cellular_pkthandler.c:259", "<<<<<Exit sending [%s] status[0]<<<<<" % c,
                         host=True)
                elif text.startswith(("+CME ERROR", "+CMS ERROR")) or text in FREERTOS_FINALS[1:]:
                    line(t, "WARN", "cellular_pktio.c:405",
                         "Modem return ERROR: line %s, cmd : %s, respPrefix NULL" % (text, c),
                         task="Cellular", host=True)
                    line(t, "DEBUG", "cellular_pkthandler.c:259", "<<<<<Exit sending [%s] status[0]<<<<<" % c,
                         host=True)
                else:
                    line(t, "DEBUG", "cellular_pktio.c:192", "Save [%s] %d AT data to pResp" % (text, len(text)),
                         task="Cellular", host=True)
    return o


def render_libgsm(s):
    """An ESP32 PPPoS client built on libGSM with GSM_DEBUG: ESP_LOGI's
    "I (ms) [PPPOS CLIENT]: " before "AT COMMAND: [cmd]" and "AT RESPONSE:
    [reply]" (both dotted); a reply that is not the one expected as "AT BAD
    RESPONSE: [reply]"; the client's own progress lines between."""
    o = M.Out()
    def pre(t, lvl="I"):
        return "%s (%d) [PPPOS CLIENT]: " % (lvl, int(t * 1000))
    o.write(pre(s.t0) + "GSM: Starting PPPoS client\n", t=s.t0, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write(pre(t) + "AT COMMAND: [%s]\n" % K.dots(ev["data"]), t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            text = K.dots(ev["data"])
            if "ERROR" in text:
                o.write(pre(t) + "AT BAD RESPONSE: [%s]\n" % text, t=t)
            else:
                o.write(pre(t) + "AT RESPONSE: [%s]\n" % text, t=t)
    o.write(pre(s.events[-1]["t"] + 0.5) + "GSM initialized.\n", host=True)
    return o


def render_quecpython(s):
    """QuecPython's REPL with the atcmd module: a fresh bytearray for each
    command, >>> atcmd.sendSync('cmd\\r\\n', resp, '', 20), the status it
    returns (0 OK, 1 ERROR, 2 CME ERROR), >>> print(resp): the reply's lines
    without the final OK, one LF after them, NULs to the buffer's end."""
    o = M.Out()
    o.write("MicroPython 07df9ba-dirty on 2024-03-01; EC200U with QuecPython\n", t=s.t0, host=True)
    o.write(">>> import atcmd\n", t=s.t0, host=True)
    txn = {}
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            txn = s.txns[ev["txn"]]
            o.write(">>> resp = bytearray(64)\n", t=t, host=True)
            cmd = ev["data"].decode("latin-1").replace("\r", "\\r").replace("\n", "\\n")
            o.write(">>> atcmd.sendSync('%s', resp, '', 20)\n" % cmd, t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            data = ev["data"]
            final = txn.get("final")
            if final == "OK" and data.endswith(b"\r\nOK\r\n"):
                data = data[:-6]
                code = 0
            else:
                code = 2 if final.startswith("+CME") else 1
            buf = (data + b"\n").ljust(64, b"\x00")
            o.write("%d\n" % code, t=t, host=True)
            o.write(">>> print(resp)\n", t=t, host=True)
            o.write(repr(bytearray(buf)) + "\n", t=t)
    return o


def render_jpnevulator(s, ascii_col=True):
    """jpnevulator --read --timing-print --ascii on two ttys (the host's TX
    on /dev/ttyUSB0, the modem's on /dev/ttyUSB1; jpnevulator.c headerWrite():
    a time header with the tty's name at each change of tty or after 100 ms,
    bytePut() "%02X" 16 a row, asciiWrite() the padding, a tab and the
    characters)."""
    o = M.Out()
    row, chars, last = [], [], [None, -1.0]
    def flush():
        if row:
            text = " ".join(row)
            if ascii_col:
                text += "   " * (16 - len(row)) + "\t" + "".join(chars)
            o.write(text + "\n", t=last[1])
            row.clear()
            chars.clear()
    for ev in s.events:
        if ev["kind"] not in ("tx", "rx"):
            continue
        t = ev["t"]
        tty = "/dev/ttyUSB0" if ev["kind"] == "tx" else "/dev/ttyUSB1"
        marks = []
        if ev["kind"] == "tx" and ev.get("role") == "cmd":
            marks = [(("t", ev["txn"]), 0)]
        elif ev.get("role") == "urc":
            marks = [(("u", ev["urc"]), 0)]
        if tty != last[0] or t - last[1] > 0.1 or marks:
            flush()
            h, m, sec = M.hms(t, base=0)
            o.write("2024-05-01 %02d:%02d:%02d.%06d: %s\n" % (h, m, int(sec), int(round((sec % 1) * 1e6)) % 1000000, tty),
                    t=t, marks=marks)
        last[0], last[1] = tty, t
        for b in ev["data"]:
            if len(row) == 16:
                flush()
            row.append("%02X" % b)
            chars.append(chr(b) if 32 <= b < 127 else ".")
    flush()
    return o


def per_line(fn):
    """A transform applied to every physical line (without its LF)."""
    return lambda lines: [fn(i, l) for i, l in enumerate(lines)]


def sub(pattern, repl, flags=0):
    """re.sub on every line."""
    rx = re.compile(pattern, flags)
    return per_line(lambda i, l: rx.sub(repl, l))


def chain(*fns):
    def run(lines):
        for f in fns:
            lines = f(lines)
        return lines
    return run


def crlf(lines):
    """A Windows paste: CR LF line ends (a line already ending in CR keeps one)."""
    return [l if l.endswith(b"\r") else l + b"\r" for l in lines]


ANSI_SEQ = re.compile(rb"\x1b\[[0-9;]*[A-Za-z]")


def hard_wrap(width, trim=False):
    """A terminal's hard wrap as a copy from its screen gives it: colour
    codes gone (a screen copy has none), every line longer than `width`
    columns cut into pieces of `width` columns, each a physical line (the
    log's CR, if any, ends each piece, as a Windows copy gives CR LF); with
    trim, trailing spaces of every piece gone (as xterm's selection and
    many editors do). Returns, per line, the list of its pieces."""
    def run(lines):
        out = []
        for l in lines:
            l = ANSI_SEQ.sub(b"", l)
            cr = l.endswith(b"\r")
            body = l[:-1] if cr else l
            pieces = [body[i:i + width] for i in range(0, len(body), width)] or [b""]
            if trim:
                pieces = [x.rstrip(b" ") for x in pieces]
            out.append([x + (b"\r" if cr else b"") for x in pieces])
        return out
    return run


def V(name, base, transform, detect, note, head=(), cut=None, titles=None, render=None,
      finals_stripped=False, sends_only=False):
    """name: the variant's file; base: the parent fixture it is rendered
    from; transform: lines -> lines (same count); detect: the layers atscope
    must name; head: lines put before it (prose); cut: (command index k,
    lines dl, keep) - the paste ends `dl` lines after command k's line,
    inside that line, keeping `keep` bytes of it: k is left unanswered.
    titles: a pattern for library lines that here become the title of the
    record after them (as a hexdump's title), so they are not host-log.
    render: (module session, renderer) instead of a parent fixture as base;
    its plain rendering is written to plain/<base>. finals_stripped: the
    tool prints no final but an error (its definition shows "finals-stripped"):
    the key's OK finals are null, and the plain rendering, which has them, is
    not the exchange to compare with. sends_only: the log shows the
    commands alone (a journal whose reads are blob data): every final is
    null, no response or URC is shown, and there is no plain exchange."""
    return dict(name=name, base=base, transform=transform, detect=detect, note=note,
                head=[h.encode() for h in head], cut=cut, titles=titles, render=render,
                finals_stripped=finals_stripped, sends_only=sends_only)


def same(lines):
    return lines


# Zephyr log_output.c timestamp_print(): the default "[%02u:%02u:%02u.%03u,%03u] "
ZTS = rb"^\[(\d\d):(\d\d):(\d\d)\.(\d{3}),(\d{3})\] "

VARIANTS = [
    # ---------------------------------------------------------------- mbed
    V("mbed-plain-mode.log", "mbed-trace.log",
      sub(rb"^\[\d+ms\]\[(?:INFO|DBG |WARN|ERR )\]\[CELL\]: ", b""),
      "mbed-trace", "mbed_trace_config_set(TRACE_MODE_PLAIN): the message alone"),
    V("mbed-crlf-nostamp.log", "mbed-trace.log",
      chain(sub(rb"^\[\d+ms\]", b""), crlf),
      "mbed-trace", "no prefix function, CR LF line ends (a Windows terminal)"),
    V("mbed-uptime-space.log", "mbed-trace.log",
      sub(rb"^\[0*(\d+)(\d{3})ms\]", rb"[\1.\2] "),
      "mbed-trace", "an application prefix function printing seconds and a space"),
    V("mbed-browser-ansi.log", "mbed-trace-color.log",
      sub(rb"\r?\x1b", b""),
      "ansi > mbed-trace", "colour mode copied from a browser terminal: ESC and CR dropped, [2K[39m left"),
    V("mbed-nested-quote.log", "layered-quote-arduino-mbed.log",
      per_line(lambda i, l: b"> " + l),
      "markdown-quote > markdown-quote > arduino-monitor > mbed-trace",
      "a quoted reply to a quoted log: > > on every line"),
    V("mbed-cut.log", "mbed-trace.log", lambda ls: ls, "mbed-trace",
      "the paste ends inside the reply to AT+CPSMS=0", cut=(4, 3, 42)),
    # ---------------------------------------------------------------- Zephyr modem_chat
    V("zephyr-chat-date-ts.log", "zephyr-modem-chat.log",
      sub(ZTS, rb"[1970-01-01 \1:\2:\3.\4,\5] "),
      "zephyr-modem-chat", "CONFIG_LOG_OUTPUT_FORMAT_DATE_TIMESTAMP"),
    V("zephyr-chat-iso-ts.log", "zephyr-modem-chat.log",
      sub(ZTS, rb"[1970-01-01T\1:\2:\3,\4\5Z] "),
      "zephyr-modem-chat", "CONFIG_LOG_OUTPUT_FORMAT_ISO8601_TIMESTAMP"),
    V("zephyr-chat-thread.log", "zephyr-modem-chat.log",
      sub(rb"<(dbg|inf|wrn|err)> ", rb"<\1> [sysworkq] "),
      "zephyr-modem-chat", "CONFIG_LOG_THREAD_ID_PREFIX with thread names"),
    V("zephyr-chat-nofunc-crlf.log", "zephyr-modem-chat.log",
      chain(sub(rb"(<dbg> \w+: )\w+: ", rb"\1"), crlf),
      "zephyr-modem-chat", "CONFIG_LOG_FUNC_NAME_PREFIX_DBG=n, CR LF (log_output newline_print)"),
    V("zephyr-chat-color-ticks.log", "zephyr-modem-chat.log",
      chain(sub(ZTS, lambda m: b"[%08d] \x1b[1;34m" % (int(m.group(1)) * 3600000 +
                int(m.group(2)) * 60000 + int(m.group(3)) * 1000 + int(m.group(4)))),
            per_line(lambda i, l: l + b"\x1b[0m")),
      "ansi > zephyr-modem-chat", "raw tick stamps and CONFIG_LOG_DBG_COLOR_BLUE colours"),
    # ---------------------------------------------------------------- Zephyr cmd handler
    V("zephyr-cmd-date-thread.log", "zephyr-cmd-handler.log",
      sub(ZTS + rb"<(\w+)> ", rb"[1970-01-01 \1:\2:\3.\4,\5] <\6> [rx_workq] "),
      "zephyr-cmd-handler", "date stamps and thread names (rows keep their own indent)"),
    V("zephyr-cmd-lf-nofunc.log", "zephyr-cmd-handler.log",
      chain(sub(rb"\r$", b""), sub(rb"(<dbg> \w+: )\w+: ", rb"\1")),
      "zephyr-cmd-handler", "LOG_OUTPUT_FLAG_CRLF_LFONLY, no function names"),
    # ---------------------------------------------------------------- esp_modem
    V("esp-modem-systime.log", "esp-modem.log",
      sub(rb"^((?:\x1b\[[0-9;]*m)?[EWIDV]) \((\d+)\)",
          lambda m: m.group(1) + b" (10:%02d:%02d.%03d)" % (int(m.group(2)) // 60000 % 60,
                                                           int(m.group(2)) // 1000 % 60,
                                                           int(m.group(2)) % 1000)),
      "ansi > esp-modem", "CONFIG_LOG_TIMESTAMP_SOURCE_SYSTEM: (hh:mm:ss.mmm)"),
    V("esp-modem-full-ts.log", "esp-modem.log",
      sub(rb"^((?:\x1b\[[0-9;]*m)?[EWIDV]) \((\d+)\)",
          lambda m: m.group(1) + b" (24-01-15 10:%02d:%02d.%03d)" % (
              int(m.group(2)) // 60000 % 60, int(m.group(2)) // 1000 % 60, int(m.group(2)) % 1000)),
      "ansi > esp-modem", "log v2 CONFIG_LOG_TIMESTAMP_SOURCE_SYSTEM_FULL: (YY-MM-DD hh:mm:ss.mmm)"),
    V("esp-modem-crlf.log", "esp-modem.log", crlf, "ansi > esp-modem",
      "idf.py monitor output saved on Windows: CR LF"),
    V("esp-modem-literal-033.log", "esp-modem.log", sub(rb"\x1b", rb"\\033"),
      "ansi > esp-modem", "ESPHome dashboard / web log: ESC shown as the text \\033"),
    # ---------------------------------------------------------------- TinyGSM
    V("tinygsm-arduino.log", "tinygsm-streamdebugger.log",
      per_line(lambda i, l: b"10:20:%02d.%03d -> " % (30 + i // 10, i * 37 % 1000) + l),
      "arduino-monitor > tinygsm", "Arduino IDE monitor with timestamps on"),
    V("tinygsm-platformio.log", "tinygsm-streamdebugger.log",
      per_line(lambda i, l: b"10:20:%02d.%03d > " % (30 + i // 10, i * 37 % 1000) + l),
      "platformio-monitor > tinygsm", "pio device monitor --filter time"),
    # ---------------------------------------------------------------- gammu
    V("gammu-frametype.log", "gammu.log", sub(rb" frame type 0x", b" frametype 0x"),
      "gammu", "older gammu: 'SENDING frametype 0x00/length ...'"),
    V("gammu-smsd-file.log", "gammu-smsd-syslog.log",
      sub(rb"^([A-Z][a-z]{2}) +(\d+) (\d\d:\d\d:\d\d) \S+ ",
          lambda m: b"Mon 2024/01/%02d %s " % (int(m.group(2)), m.group(3))),
      "gammu", "gammu-smsd LogFile: 'Www yyyy/mm/dd hh:mm:ss gammu-smsd[pid]: gammu: '"),
    # ---------------------------------------------------------------- python-gsmmodem
    V("pygsm-asctime.log", "python-gsmmodem.log",
      per_line(lambda i, l: re.sub(rb"^(DEBUG|INFO): ", lambda m: b"2024-01-15 10:20:%02d,%03d - "
                                   b"gsmmodem.modem.GsmModem - %s - " % (30 + i // 8, i * 53 % 1000,
                                                                         m.group(1)), l)),
      "python-gsmmodem", "format='%(asctime)s - %(name)s - %(levelname)s - %(message)s'"),
    V("pygsm-default.log", "python-gsmmodem.log",
      sub(rb"^(DEBUG|INFO): ", rb"\1:gsmmodem.modem.GsmModem:"),
      "python-gsmmodem", "logging.basicConfig() default: LEVEL:logger:message"),
    V("pygsm-bare.log", "python-gsmmodem.log",
      sub(rb"^(?:DEBUG|INFO): ", b""),
      "python-gsmmodem", "format='%(message)s'"),
    # ---------------------------------------------------------------- pppd chat
    V("chat-stderr.log", "pppd-chat-syslog.log",
      sub(rb"^[A-Z][a-z]{2} +\d+ [\d:]+ \S+ (?:chat|pppd)\[\d+\]: ", b""),
      "pppd-chat", "chat -v -s / chat -V: the messages on stderr, no syslog prefix; an expect "
      "line is the title of what was received after it", titles=rb"expect \("),
    V("chat-busybox.log", "pppd-chat-syslog.log",
      sub(rb"^([A-Z][a-z]{2} +\d+ [\d:]+) (\S+) (chat\[\d+\]: )", rb"\1 \2 local2.info \3"),
      "syslog > pppd-chat", "busybox syslogd: facility.priority after the host name"),
    # ---------------------------------------------------------------- chan_dongle
    V("dongle-console.log", "chan-dongle.log",
      sub(rb"^(\[[A-Z][a-z]{2} +\d+ [\d:]+\] DEBUG\[\d+\]) (at_\w+\.c): ",
          lambda m: m.group(1) + b": " + m.group(2) + (b":196 at_write: " if b"queue" in m.group(2)
                                                      else b":178 at_read: ")),
      "chan-dongle", "Asterisk console / CLI: 'DEBUG[lwp]: file:line function: '"),
    V("dongle-isodate.log", "chan-dongle.log",
      sub(rb"^\[([A-Z][a-z]{2}) +(\d+) ([\d:]+)\] DEBUG\[(\d+)\] ",
          lambda m: b"[2024-01-%02d %s.123] DEBUG[%s][C-00000002] " % (int(m.group(2)), m.group(3),
                                                                        m.group(4))),
      "chan-dongle", "logger.conf dateformat=%F %T.%3q, a call id"),
    # ---------------------------------------------------------------- serialport-gsm
    V("spgsm-winston.log", "serialport-gsm.log",
      per_line(lambda i, l: b"2024-01-15T10:20:%02d.%03dZ [debug]: " % (30 + i // 8, i * 41 % 1000) + l),
      "serialport-gsm", "a user-supplied logger with ISO time and level"),
    # ---------------------------------------------------------------- generic
    V("generic-txrx-brackets.log", "generic-txrx.log",
      sub(rb"^(\d\d:\d\d:\d\d\.\d{3})  (TX|RX): ", rb"[\1] [\2] "),
      "generic-txrx", "[hh:mm:ss.mmm] [TX] / [RX]"),
    V("generic-arrows-crlf-quote.log", "generic-arrows.log",
      chain(crlf, per_line(lambda i, l: b"> " + l)),
      "markdown-quote > generic-arrows", "quoted, CR LF"),
    # ------------------------------------------------------------ other modules
    V("telit-mbed.log", "telit.log", same, "mbed-trace",
      "Mbed OS cellular (TELIT_ME910 driver shape) on an LE910C1: verbose +CME ERROR text, "
      "binary payload bytes as <XX>", render=("telit", lambda s: M.render_mbed(s))),
    V("telit-pygsm.log", "telit.log", same, "python-gsmmodem",
      "python-gsmmodem on an LE910C1: the payload's control bytes inside a write: line",
      render=("telit", M.render_pygsm)),
    V("telit-esp.log", "telit.log", same, "ansi > esp-modem",
      "esp_modem on an LE910C1: the binary payload only in uart-tx rows",
      render=("telit", M.render_esp)),
    V("nrf91-pyserial.log", "nrf91.log", same, "python-bytes",
      "a pyserial script on an nRF9160 SLM", render=("nrf91", M.render_pyserial)),
    V("nrf91-gtlt.log", "nrf91.log", same, "generic-gtlt",
      ">> / << lines", render=("nrf91", lambda s: M.render_generic(s, "gtlt"))),
    V("huawei-dongle.log", "huawei.log",
      sub(rb"^(\[[A-Z][a-z]{2} +\d+ [\d:]+\] DEBUG\[\d+\]) (at_\w+\.c): ",
          lambda m: m.group(1) + b": " + m.group(2) + (b":196 at_write: " if b"queue" in m.group(2)
                                                      else b":178 at_read: ")),
      "chan-dongle", "chan_dongle on a Huawei ME909s, Asterisk console format: the SMS body "
      "with its Ctrl-Z raw in brackets", render=("huawei", M.render_dongle)),
    V("huawei-dongle-crlf.log", "huawei.log", crlf, "chan-dongle",
      "chan_dongle's file log saved with CR LF: the closing ] of a read gains a CR",
      render=("huawei", M.render_dongle)),
    V("huawei-gammu.log", "huawei.log", same, "gammu",
      "gammu on a Huawei ME909s: ^ URCs, +CMS ERROR", render=("huawei", M.render_gammu)),
    V("air780-sendrecv.log", "air780.log", same, "generic-sendrecv",
      "SEND / RECV lines", render=("air780", lambda s: M.render_generic(s, "sendrecv"))),
    V("air780-spgsm.log", "air780.log", same, "serialport-gsm",
      "node serialport-gsm on an Air780E", render=("air780", M.render_spgsm)),
    # ---------------------------------------------------------------- more configurations
    V("ubxlib-ctrl-chars.log", "ubx.log", same, "ubxlib",
      "U_AT_CLIENT_PRINT_CONTROL_CHARACTERS: CR and LF as [0d] [0a], the traffic on one line",
      render=("ubx", render_ubx_ctrl)),
    V("ubxlib-ctrl-app.log", "ubx-app.log", same, "ubxlib",
      "U_AT_CLIENT_PRINT_CONTROL_CHARACTERS in an application that prints its progress with "
      "uPortLog(): each print follows the AT print on its line and ends it",
      render=("ubx_app", render_ubx_ctrl_app)),
    V("ubxlib-date.log", "ubxlib-stamped.log", sub(rb"0000/01/01 ", b"2024/01/15 "), "ubxlib",
      "uAtClientTimestampSet(unix seconds): real dates in the stamps, also mid-line"),
    V("esp-legacy-systime.log", "esp-modem-legacy.log",
      sub(rb"^((?:\x1b\[[0-9;]*m)?[EWIDV]) \((\d+)\)",
          lambda m: m.group(1) + b" (10:%02d:%02d.%03d)" % (int(m.group(2)) // 60000 % 60,
                                                           int(m.group(2)) // 1000 % 60,
                                                           int(m.group(2)) % 1000)),
      "ansi > esp-modem-legacy", "legacy esp-modem with system-time stamps"),
    V("pygsm-py2.log", "python-gsmmodem.log", sub(rb"(\[|, )(['\"])", rb"\1u\2"),
      "python-gsmmodem", "Python 2: u'...' elements in the lists"),
    V("gammu-windows.log", "gammu.log",
      chain(sub(rb"^[A-Z][a-z]{2} \d{4}/\d\d/\d\d \d\d:\d\d:\d\d: ", b""),
            per_line(lambda i, l: l.rstrip(b" ")), crlf),
      "gammu", "logformat=textall (no dates) on Windows: CR LF, trailing spaces of the dump "
      "rows gone"),
    V("pyserial-read.log", "pyserial.log", same, "python-bytes",
      "print(ser.read(ser.in_waiting)): a whole read per line, the writes marked >>",
      render=("pyserial", render_shape(whole(
          lambda d, x, t: (">> " if d == "tx" else "") + repr(x))))),
    # ---------------------------------------------------------------- an application's own prints
    # of the traffic, behind its logger's prefix
    V("app-espidf-sent.log", "generic.log", same, "ansi > generic-sendrecv",
      "ESP_LOGI(TAG, \"Sent: %s\") / \"Received: %s\" in an ESP-IDF app (esp_log.h LOG_FORMAT)",
      render=("generic", render_shape(lambda d, x, t: "\x1b[0;32mI (%d) modem: %s %s\x1b[0m" % (
          M.ms(t), "Sent:" if d == "tx" else "Received:", x)))),
    V("app-zephyr-txrx.log", "generic.log", same, "generic-txrx",
      "LOG_INF(\"TX: %s\") / \"RX: %s\" in a Zephyr app (log_output.c prefix)",
      render=("generic", render_shape(lambda d, x, t: M.zts(t) + "<inf> app: %s %s" % (
          "TX:" if d == "tx" else "RX:", x)))),
    V("app-python-logging.log", "generic.log", same, "python-logging > generic-sendrecv",
      "logging.info('Sent: %s') with Python's default format (LEVEL:logger:message)",
      render=("generic", render_shape(lambda d, x, t: "INFO:root:%s %s" % (
          "Sent:" if d == "tx" else "Received:", x)))),
    V("app-logcat-txrx.log", "generic.log", same, "generic-txrx",
      "Android logcat (threadtime) of an app printing TX: / RX:",
      render=("generic", render_shape(lambda d, x, t: "01-15 %02d:%02d:%06.3f  1234  1250 D "
                                      "ModemCtl: %s %s" % (M.hms(t) + ("TX:" if d == "tx"
                                                                       else "RX:", x))))),
    # ---------------------------------------------------------------- cut short
    V("esp-modem-cut.log", "esp-modem.log", same, "ansi > esp-modem",
      "the paste ends inside the first uart-rx row after AT+COPS?", cut=(6, 3, 30)),
    V("zephyr-cmd-cut.log", "zephyr-cmd-handler.log", same, "zephyr-cmd-handler",
      "the paste ends inside the hexdump row of the reply to AT+CSQ", cut=(2, 3, 60)),
    V("gammu-cut.log", "gammu.log", same, "gammu",
      "the paste ends inside the RECEIVED frame's row after AT+CPIN?", cut=(3, 8, 40)),
    V("dongle-cut.log", "chan-dongle.log", same, "chan-dongle",
      "the paste ends inside the bracketed read after AT+CSCA?", cut=(3, 2, 60)),
    V("chat-cut.log", "pppd-chat-syslog.log", same, "syslog > pppd-chat",
      "the paste ends inside the received echo after AT+CSQ", cut=(3, 3, 40)),
    V("tinygsm-sim800.log", "tinygsm-sim800.log", same, "tinygsm",
      "TinyGSM + StreamDebugger on a SIM800L: SHUT OK glued to the next command, a verbose "
      "+CME ERROR, CONNECT OK, SEND OK after the payload",
      render=("tinygsm_sim800", M.render_tinygsm)),
    V("tinygsm-sim800-platformio-crlf.log", "tinygsm-sim800.log",
      chain(per_line(lambda i, l: b"10:21:%02d.%03d > " % (i // 10, i * 53 % 1000) + l), crlf),
      "platformio-monitor > tinygsm", "the same through pio device monitor --filter time, "
      "saved on Windows", render=("tinygsm_sim800", M.render_tinygsm)),
    # ---------------------------------------------------------------- chan_dongle through syslog
    V("dongle-rsyslog.log", "dongle.log", same, "rsyslog-escapes > syslog > chan-dongle",
      "Asterisk's syslog channel into rsyslog's file: CR and LF as #015 #012, one line a "
      "message", render=("dongle", render_dongle_via("rsyslog"))),
    V("dongle-journal.log", "dongle.log", same, "syslog > chan-dongle",
      "Asterisk's syslog channel read with journalctl -a: a read's further lines indented "
      "under its first, CRs raw", render=("dongle", render_dongle_via("journal"))),
    V("huawei-dongle-journal-precise.log", "huawei.log", same, "journal > chan-dongle",
      "the Huawei session through Asterisk's syslog channel read with journalctl -a -o "
      "short-precise: microseconds, the SMS body's Ctrl-Z raw", render=("huawei",
                                                                   render_dongle_via("precise"))),
    V("huawei-dongle-rsyslog.log", "huawei.log", same, "rsyslog-escapes > syslog > chan-dongle",
      "chan_dongle on a Huawei ME909s through rsyslog: the SMS body's Ctrl-Z as #032",
      render=("huawei", render_dongle_via("rsyslog"))),
    # ---------------------------------------------------------------- Zephyr modem_cmux, first version
    V("zephyr-cmux-v1.log", "zephyr-modem-cmux.log", zephyr_cmux_v1, "zephyr-modem-cmux",
      "the first modem_cmux: 'ch:%u,cr:%u,pf:%u,type:%s', the direction in the function name "
      "(modem_cmux_log_transmit_frame / _received_frame), a data: hexdump for every frame and "
      "command"),
    # ---------------------------------------------------------------- hard-wrapped pastes
    # copied from a terminal narrower than the log (or a mail client's
    # wrap): every long line cut into pieces of the width, colour gone
    V("zephyr-cmd-wrap72.log", "zephyr-cmd-handler.log",
      chain(sub(rb"\r$", b""), hard_wrap(72, trim=True)), "zephyr-cmd-handler",
      "a screen copy from a 72-column terminal, trailing spaces trimmed: titles cut after "
      "'cmd_handler_process_rx_buf:', rows cut in the gap before cell 8"),
    V("zephyr-cmd-wrap100-crlf.log", "zephyr-cmd-handler.log", hard_wrap(100),
      "zephyr-cmd-handler", "a Windows terminal 100 columns wide: rows cut in their ASCII "
      "column, CR LF on every piece"),
    V("esp-modem-wrap80.log", "esp-modem-hexdump.log", hard_wrap(80, trim=True), "esp-modem",
      "uart-tx / uart-rx rows copied from an 80-column idf.py monitor: cut in the cells or "
      "before the ASCII column"),
    V("zephyr-cmux-wrap88.log", "zephyr-modem-cmux.log", hard_wrap(88, trim=True),
      "zephyr-modem-cmux", "an 88-column terminal: frame titles cut before their dlen, data "
      "rows cut in their ASCII column"),
    V("esp-cmux-wrap80.log", "esp-modem-cmux.log", hard_wrap(80, trim=True), "esp-modem-cmux",
      "CMUX Received / Send rows from an 80-column monitor"),
    # cut at one width whatever the line: the width the sample shows, any definition
    V("zephyr-cmux-wrap80.log", "zephyr-modem-cmux.log", hard_wrap(80, trim=True),
      "zephyr-modem-cmux", "an 80-column terminal: modem_chat's sending: AT+CMUX=0,0,5,127 cut "
      "inside its payload, frame titles, rows in their cells"),
    V("zephyr-chat-wrap72.log", "zephyr-modem-chat.log", hard_wrap(72, trim=True),
      "zephyr-modem-chat", "a 72-column terminal: requests and received lines cut"),
    V("mbed-wrap64.log", "mbed-trace.log", hard_wrap(64), "mbed-trace",
      "a 64-column terminal: AT RX records cut inside their <cr><ln> tokens"),
    V("pygsm-wrap50.log", "python-gsmmodem.log", hard_wrap(50), "python-gsmmodem",
      "a 50-column terminal: response lists cut inside their strings"),
    V("gammu-wrap80.log", "gammu.log", hard_wrap(80), "gammu",
      "an 80-column terminal: every dump row (105 columns with its date) cut inside a cell"),
    # ---------------------------------------------------------------- ModemManager
    V("mm-old-syslog-huawei.log", "huawei.log", same, "modemmanager",
      "ModemManager before 1.14 in syslog: '<debug> [s.us] (ttyUSB2): --> ...', \\26 for Ctrl-Z",
      render=("huawei", render_mm(lambda t: "Jan 15 10:%02d:%02d gw ModemManager[702]: <debug> "
                                   "[%d.%06d] (ttyUSB2): " % (20 + int(t) // 60, int(t) % 60,
                                                              1705310400 + int(t),
                                                              int(t * 1e6) % 1000000)))),
    V("mm-journal-telit.log", "telit.log", same, "modemmanager",
      "ModemManager 1.22 in the journal (no level text): binary payload bytes as \\%u",
      render=("telit", render_mm(lambda t: "Jan 15 10:%02d:%02d gw ModemManager[702]: "
                                  "[modem0/ttyUSB2/at] " % (20 + int(t) // 60, int(t) % 60)))),
    # ---------------------------------------------------------------- generic shapes
    V("generic-txcount-arrow.log", "generic.log", same, "generic-txrx",
      "TX(n) -> / RX(n) <- with the count", render=("generic", render_shape(
          lambda d, x, t: ("TX(%d) -> " if d == "tx" else "RX(%d) <- ") % len(x) + x))),
    V("generic-gtlt3.log", "generic.log", same, "generic-gtlt", ">>> / <<<",
      render=("generic", render_shape(lambda d, x, t: (">>> " if d == "tx" else "<<< ") + x))),
    V("generic-atgt.log", "generic.log", same, "generic-gtlt",
      "AT> / AT< (Mbed OS 5's early log_debug(\"AT> %s\") shape, both ways)",
      render=("generic", render_shape(lambda d, x, t: ("AT> " if d == "tx" else "AT< ") + x))),
    V("generic-angle-arrows.log", "generic.log", same, "generic-arrows",
      "--> / <-- with the whole write/read and <CR><LF> tokens, no quotes",
      render=("generic", render_shape(whole(
          lambda d, x, t: ("--> " if d == "tx" else "<-- ") + angle(x))))),
    V("generic-hex-txrx.log", "generic.log", same, "generic-txrx",
      "each write/read as hex pairs, with a date",
      render=("generic", render_shape(whole(lambda d, x, t: "2024-01-15 %02d:%02d:%06.3f %s %s" % (
          M.hms(t) + ("TX:" if d == "tx" else "RX:", hexpairs(x))))))),
    V("generic-cmdresp.log", "generic.log", same, "generic-sendrecv",
      "Command: / Response:", render=("generic", render_shape(
          lambda d, x, t: ("Command: " if d == "tx" else "Response: ") + x))),
    V("generic-writeread.log", "generic.log", same, "generic-sendrecv",
      "write: / read:", render=("generic", render_shape(
          lambda d, x, t: ("write: " if d == "tx" else "read: ") + x))),
    V("generic-quoted-escapes.log", "generic.log", same, "generic-txrx",
      "TX: \"...\\r\" with C escapes, the whole write/read quoted",
      render=("generic", render_shape(whole(lambda d, x, t: ("TX: " if d == "tx" else "RX: ") +
          '"' + x.decode("latin-1").replace("\\", "\\\\").replace('"', '\\"')
          .replace("\r", "\\r").replace("\n", "\\n") + '"')))),
    # ---------------------------------------------------------------- field shapes (docs/field-shapes.md)
    V("particle-ncp.log", "particle.log", same, "particle-ncp",
      "Particle Device OS NCP client: [ncp.at] TRACE: > / < lines, no echo, the client's state "
      "lines in other categories", render=("particle", render_particle)),
    V("nrf-modem-defmt.log", "nrf91-rust.log", same, "nrf-modem-defmt",
      "nrf-modem (Rust) through defmt: TRACE AT -> / AT <-, a response's further lines "
      "unprefixed, the location line after each record", render=("nrf91_rust", render_nrf_defmt)),
    V("nrf-modem-defmt-stamped.log", "nrf91-rust.log", same, "nrf-modem-defmt",
      "the same with defmt timestamps (seconds.micros)",
      render=("nrf91_rust", lambda s: render_nrf_defmt(s, stamps=True))),
    V("ewf-bg96.log", "ewf-bg96.log", same, "ewf",
      "Azure embedded-wireless-framework: [SEND][n][...] per write (a command's parameters and "
      "CR separate), [RECV][n][...] per read, C escapes", render=("ewf_bg96", render_ewf)),
    V("mpy-gtlt-repr.log", "sim7080-mpy.log", same, "generic-gtlt",
      "a MicroPython script's logger: [ s.mmms - NAME] >>> command / <<< repr() of the read "
      "(the echo inside it)", render=("sim7080_mpy", render_mpy_gtlt)),
    V("tinygsm-sim800-tio-nodebug.log", "tinygsm-sim800.log",
      per_line(lambda i, l: b"[10:21:%02d.%03d] " % (i // 10, i * 53 % 1000) + l),
      "terminal-stamps > tinygsm", "StreamDebugger without TINY_GSM_DEBUG (no ### lines) "
      "through tio's [HH:MM:SS.mmm] stamps: only the glued lines (the sketch's text before "
      "AT+CREG?, SHUT OK before AT+CGATT=1) say what it is",
      render=("tinygsm_sim800", no_debug(M.render_tinygsm))),
    V("esphome-esp-tokens.log", "sim7080-mpy.log", same, "esphome > esp-modem",
      "esp_modem at VERBOSE in ESPHome: generic_get_string, then Token: {...} per reply line "
      "(echo included), no command line", render=("sim7080_mpy", render_esp_tokens)),
    V("esp-legacy-csv-date.log", "esp-modem-legacy.log",
      chain(sub(rb"\x1b\[[0-9;]*m", b""),
            per_line(lambda i, l: b'"5/9/2023 1:38:%02d PM",' % (i // 4 % 60) + l)),
      "csv-date-column > esp-modem-legacy", "a Windows serial terminal's CSV export: a "
      "quoted date-time column (12-hour clock) before every line, colours gone"),
    V("rtthread-air720.log", "rtt-air720.log", same, "rtthread-at",
      "RT-Thread's AT client with AT_PRINT_RAW_CMD: sendline / recvline hex rows of 32 cells, "
      "a line read each (empty lines too), long commands over two rows",
      render=("rtt_air720", render_rtt)),
    V("zephyr-chat-rtt-shell.log", "zephyr-modem-chat.log",
      per_line(lambda i, l: b"00> " + (b"rtt:~$ rtt:~$ " if i % 7 == 3 else b"rtt:~$ ") + l),
      "rtt-shell > zephyr-modem-chat", "read through SEGGER's RTT Viewer with the shell on "
      "RTT: '00> ' and the shell prompt (twice where a command line was redrawn) before "
      "every log line"),
    V("zephyr-chat-module-dot-func.log", "zephyr-modem-chat.log",
      sub(rb"<dbg> (\w+): (\w+): ", rb"<dbg> \1.\2: "),
      "zephyr-modem-chat", "the module.function form of older log_output (modem_chat."
      "modem_chat_script_next: )"),
    V("sim800l-driver.log", "sim800l-http.log", same, "sim800l-driver",
      "Arduino-SIM800L-driver with debug on: Send \"cmd\", End of transmission, Receive \" "
      "with the buffer's lines, the closing quote on its own line",
      render=("sim800l_http", render_sim800l)),
    V("fona-sim7000.log", "fona-sim7000.log", same, "fona",
      "Adafruit FONA (botletics fork) with debug on: \\t---> command, \\t<--- the reply line; "
      "the sketch's menu prompt", render=("fona_sim7000", render_fona)),
    V("nrf91-python-asctime.log", "nrf91.log", same, "tsline",
      "a Python script logging each line with logging's asctime ('YYYY-MM-DD HH:MM:SS,mmm '): "
      "the ',mmm' is the stamp's milliseconds (the shape of u-blox/ubxlib#242)",
      render=("nrf91", render_asctime)),
    V("esp-modem-console.log", "sim7080-mpy.log", same, "esp-modem-console",
      "esp_modem's modem_console example: 'Sending command AT... with timeout n', the "
      "response logged with its line ends, CHECK_ERR's OK (the shape of "
      "espressif/esp-protocols#375)", render=("sim7080_mpy", render_console)),
    V("zephyr-cmux-v1-nofunc.log", "zephyr-modem-cmux.log",
      lambda ls: [[re.sub(rb"<dbg> (\w+): \w+: ", rb"<dbg> \1: ", x) for x in pieces]
                  for pieces in zephyr_cmux_v1(ls)],
      "zephyr-modem-cmux", "the first modem_cmux with CONFIG_LOG_FUNC_NAME_PREFIX_DBG=n: "
      "'ch:%u,cr:%u,pf:%u,type:%s' and no direction word; the C/R bit and the frame type "
      "tell it (the host is the initiator)"),
    V("esp-usb-terminal.log", "nrf91.log", same, "esp-modem",
      "esp_modem over the USB DTE: generic_get_string, then usb_terminal hexdump rows for "
      "both directions (same tag, no direction) (the shape of espressif/esp-protocols#406)",
      render=("nrf91", render_esp_usb)),
    V("luat-ril-air720.log", "rtt-air720.log", same, "luat-ril",
      "Luat's ril.lua on an Air720 through LLCOM: [I]-[ril.sendat] / [I]-[ril.proatc] (the "
      "echo among them), [I]-[ril.defurc] repeating a URC (the shape of "
      "openLuat/Luat_4G_RDA_8910#1)", render=("rtt_air720", render_luat)),
    V("stamped-colon-ms-quoted.log", "nrf91.log", per_line(lambda i, l: b"> " + l),
      "markdown-quote > stamped-lines", "a log with 'H:MM:SS:mmm - ' before every line, quoted in "
      "the reply (the shape of u-blox/ubxlib#165)", render=("nrf91", lambda s: render_asctime(
          s, lambda h, m, sec: "%d:%02d:%02d:%03d - " % (h - 10, m, int(sec), int(sec * 1000) % 1000)))),
    V("stamped-hms.log", "sim7080-mpy.log", same, "stamped-lines",
      "'HH:MM:SS ' (whole seconds) before every line (the shape of u-blox/ubxlib#176)",
      render=("sim7080_mpy", lambda s: render_asctime(
          s, lambda h, m, sec: "%02d:%02d:%02d " % (h, m, int(sec))))),
    V("tinygsm-nrf9160.log", "tinygsm-nrf9160.log", same, "tinygsm",
      "TinyGSM + StreamDebugger on an nRF9160 SLM: OK glued to the next command and to the "
      "sketch's next print (OKgetTime) (the shape of vshymanskyy/TinyGSM#486)",
      render=("tinygsm_nrf9160", M.render_tinygsm)),
    V("atat-sim7080.log", "sim7080-mpy.log", same, "atat",
      "the Rust atat crate through defmt: Sending command, the echo, Received OK / response "
      "(the lines without their final) / error response (the shape of FactbirdHQ/atat#28)",
      render=("sim7080_mpy", render_atat)),
    V("tinygsm-verbose-arduino.log", "tinygsm-verbose.log",
      per_line(lambda i, l: b"09:11:%02d.%03d -> " % (6 + i * 41 // 1000, i * 41 % 1000) + l),
      "arduino-monitor > tinygsm", "TinyGSM with waitResponse()'s own print turned on "
      "(data.replace(GSM_NL, \"/\"); DBG('<', index, '>', data)), through the Arduino IDE's time stamps: the print lands "
      "inside the line the modem is still sending (+CGREG:[ms] < 1 > ..., then ' 0,5') "
      "(the shape of vshymanskyy/TinyGSM#296)", render=("tinygsm_verbose", M.render_tinygsm)),
    V("wvdial-e3372.log", "wvdial-e3372.log", same, "wvdial",
      "WvDial on the console: --> Sending: and its state lines, the modem's lines (echo first) "
      "unprefixed", render=("wvdial_e3372", render_wvdial)),
    V("mmcli-command.log", "mmcli-ec25.log", same, "mmcli",
      "mmcli --command runs pasted from a shell: response: '...' (a reply's lines kept, the "
      "final result stripped: not shown, none read: shows finals-stripped; no plain rendering "
      "to compare with, the wire had the OK), error: command failed: (read as ERROR: lossy)",
      render=("mmcli_ec25", render_mmcli), finals_stripped=True),
    V("ril-logcat.log", "ril-ec25.log", same, "generic-gtlt",
      "Android reference-ril (atchannel.c writeline(): RLOGD(\"AT> %s\\n\"), readline(): "
      "RLOGD(\"AT< %s\\n\")) in logcat -v threadtime, tag AT",
      render=("ril_ec25", render_shape(lambda d, x, t: "05-01 %02d:%02d:%06.3f  1234  %d D AT      : %s %s" % (
          M.hms(t) + (1250 if d == "tx" else 1251, "AT>" if d == "tx" else "AT<", x))))),
    V("nrf-linkmonitor.log", "nrf91.log", same, "generic-gtlt",
      "nRF Connect LTE Link Monitor's log (pc-nrfconnect-linkmonitor src/actions/"
      "modemActions.js open(): logger.debug(`modem >> ${...}`) / `modem << ${...}` behind the "
      "app logger's ISO time and level)",
      head=("2024-05-01T09:59:59.900Z INFO Modem port is opened",),
      render=("nrf91", render_shape(lambda d, x, t: "2024-05-01T%02d:%02d:%06.3fZ DEBUG modem %s %s" % (
          M.hms(t) + (">>" if d == "tx" else "<<", x))))),
    V("linenum-nrf91.log", "nrf91.log", same, "line-numbers > raw",
      "a terminal log pasted with an editor's line numbers, an empty line as its number alone "
      "(the shape of u-blox/ubxlib#41)", render=("nrf91", render_numbered)),
    V("wiolte-ec21.log", "wiolte-ec21.log", same, "wiolte",
      "the Seeed Wio LTE library: <- command, -> the line it waited for, -> (any other line) "
      "(the shape of SeeedJP/WioLTEforArduino#5)", render=("wiolte_ec21", render_wiolte)),
    V("wiolte-ec21-ms.log", "wiolte-ec21.log", same, "wiolte",
      "the same with the millisecond count after each line (SeeedJP/WioLTEforArduino#5's "
      "later log)", render=("wiolte_ec21", lambda s: render_wiolte(s, stamps=True))),
    V("ovms-sim7600.log", "ovms-sim7600.log", same, "ansi > ovms-cellular",
      "OVMS v3's cellular task: tx-cmd: (a CR and an empty line after each command), "
      "mux-tx #n: / mux-tx-cmd #n: / Netstart, mux-rx-line #n (len/used): "
      "(the shape of openvehicles/Open-Vehicle-Monitoring-System-3#720)",
      render=("ovms_sim7600", render_ovms)),
    V("ovms-sim7600-old.log", "ovms-sim7600.log", same, "ansi > ovms-cellular",
      "the same in the versions without the line's lengths (mux-rx-line #n: line)",
      render=("ovms_sim7600", lambda s: render_ovms(s, old=True))),
    V("ndm-ec25.log", "ndm-ec25.log", same, "ndm-tty",
      "a Keenetic's log of its modem's AT port: <-- \"cmd\" (expect \"OK\")., --> \"line\" (got it). "
      "(the shape of koshev-msk/modemfeed#9)", render=("ndm_ec25", render_ndm)),
    V("search-hits-nrf91.log", "nrf91.log", same, "indent > search-results > raw",
      "a terminal log's lines pasted from Notepad++'s Find result panel (\\tLine N: before each hit, "
      "the numbers skipping) (the shape of renode/renode#917)",
      render=("nrf91", render_search_hits)),
    V("bcx-txrx.log", "bcx-bc660k.log", same, "terminal-stamps > generic-txrx",
      "an application firmware's |TAG|TX cmd (no colon) / |TAG|RX: line behind a terminal's date "
      "stamp and its uptime (the shape of renode/renode#917)", render=("bcx_bc660k", render_bcx)),
    V("gomodem-sim800.log", "gomodem-sim800.log", same, "go-modem-trace",
      "the Go warthog618/modem trace (w: / r: per write and read, the bytes' own line ends, "
      "Go's log stamp) as its sendsms example prints it",
      render=("gomodem_sim800", render_gomodem)),
    V("txrx-paren-escapes.log", "racecap-sim900.log", same, "generic-txrx",
      "a logger's TX: / RX: lines with the line ends printed as (\\\\r)(\\\\n) "
      "(the shape of autosportlabs/RaceCapture-Pro_firmware#616)",
      render=("racecap_sim900", render_paren_escapes)),
    V("itead-sim800.log", "itead-sim800.log", same, "itead-sim800",
      "the IteadSIM800 Python driver's logging: Send AT Command:, Attempt n, (b'...'), "
      "Lines: [...] (the shape of lamondlab/IteadSIM800#1)",
      render=("itead_sim800", render_itead)),
    V("gtlt-rx-only.log", "gnss-sim7000.log", same, "generic-gtlt",
      "a sketch's \"<< \" before each line it read, the echo first, its commands only in words: "
      "one side marked, read undirected (the shape of Xinyuan-LilyGO/LilyGo-Modem-Series#419)",
      render=("gnss_sim7000", render_rx_only)),
    V("wifiespat-esp32.log", "espat-esp32.log", same, "wifiespat",
      "WiFiEspAT's debug log: esp> cmd ...sent, esp> line ...matched / ...ignored / ...error "
      "(the shape of JAndrassy/WiFiEspAT#113)", render=("espat_esp32", render_wifiespat)),
    V("qtopia-atchat.log", "qtopia-calypso.log", same, "syslog > qtopia-atchat",
      "Qtopia's AtChat log through syslog: t : \"cmd\", f : \"line\", N : \"notification\" "
      "(the shape of radekp/qtmoko#54)", render=("qtopia_calypso", render_qtopia)),
    V("ofono-gatchat.log", "ofono-eg25.log", same, "syslog > ofono-gatchat",
      "oFono's AT chat debug in the journal: <channel>: > / < and the bytes escaped "
      "(the shape of ZeroPhone/ZPUI#83)", render=("ofono_eg25", render_ofono)),
    V("kannel-at2.log", "kannel-e173.log", same, "kannel-at2",
      "Kannel's bearerbox debug log: AT2[name]: --> cmd^M, AT2[name]: <-- line",
      render=("kannel_e173", render_kannel)),
    V("smstools3-sim800.log", "smsd-sim800.log", same, "smstools3",
      "smsd's log at loglevel 7: -> cmd, <- the answer's lines joined by blanks",
      render=("smsd_sim800", render_smsd)),
    V("txgsm-wavecom.log", "txgsm-wavecom.log", same, "txgsm",
      "txgsm's twistd log: Sending: 'cmd', Received: ['line', ...] (the shape of smn/txgsm's README)",
      render=("txgsm_wavecom", render_txgsm)),
    V("mdmparser-sara-u260.log", "mdm-sara-u260.log", same, "indent > ansi > mdmparser",
      "u-blox MDMParser's debug (C027_Support, Particle Electron): secs AT send / AT read TYPE "
      "len \"bytes\" with colours and CR LF", render=("mdm_sara_u260", render_mdm)),
    V("esphome-sim800l.log", "esphome-sim800l.log", same, "esphome > esphome-sim800l",
      "ESPHome's sim800l component at VERBOSE: S: cmd - state, R: line - state",
      render=("esphome_sim800l", render_esphome_sim800l)),
    V("nrf-at-shell.log", "nrf-at-shell.log", same, "nrf-at-shell",
      "nRF Connect SDK's AT shell: uart:~$ at AT..., the reply below",
      render=("nrf_at_shell", render_at_shell)),
    V("mikrotik-at-chat.log", "mikrotik-ec25.log", same, "mikrotik-at-chat",
      "RouterOS's /interface lte at-chat: input=\"AT...\", output: and the reply's lines padded",
      render=("mikrotik_ec25", render_mikrotik)),
    V("pycom-lte-repl.log", "pycom-gpy.log", same, "pycom-lte",
      "a MicroPython REPL on a Pycom GPy: >>> lte.send_at_cmd('AT...'), the reply's repr or its print()",
      render=("pycom_gpy", render_pycom)),
    V("smslib-e3131.log", "smslib-e3131.log", same, "smslib",
      "SMSLib v4's driver log through log4j: <== cmd, >>> line, ==> response$ "
      "(the shape of tdelenikas/smslib#14)", render=("smslib_e3131", render_smslib)),
    V("eg25-manager-journal.log", "eg25-manager.log", same, "syslog > eg25-manager",
      "eg25-manager in the journal: Sending command: AT..., Response: [reply] over indented lines",
      render=("eg25_manager", render_eg25_manager)),
    V("espruino-at.log", "espruino-sim800.log", same, "espruino-at",
      "Espruino's AT module with at.debug(): [\"cmd\" and ] \"buffer\" <--- \"chunk\"",
      render=("espruino_sim800", render_espruino)),
    V("nrf-at-cmd.log", "nrf91-at-cmd.log", same, "nrf-at-cmd",
      "nRF Connect SDK 1.x at_cmd at debug level: Sending command, at_cmd_rx n bytes with the reply's lines",
      render=("nrf91_at_cmd", render_at_cmd)),
    V("mpy-uart-repl.log", "mpy-uart-sim800.log", same, "python-bytes",
      "the MicroPython REPL by hand: >>> uart.write('AT...\\r\\n'), its count, >>> uart.read() "
      "and the reply's bytes repr", render=("mpy_uart_sim800", render_mpy_uart)),
    V("pyserial-readlines-list.log", "readlines-ec25.log", same, "python-bytes",
      "a pyserial script's print(ser.readlines()): a list of bytes per command, the echo first",
      render=("readlines_ec25", render_readlines)),
    V("sparkfun-sara-r5.log", "sparkfun-sara-r5.log", same, "sparkfun-ublox",
      "SparkFun's SARA-R5 library with debug on: sendCommandWithResponse: Command: +CMD (no AT), "
      "Response: and the bytes read", render=("sparkfun_sara_r5", render_sparkfun)),
    V("shell-redirect-ec25.log", "shell-ec25.log", same, "shell-redirect",
      "AT commands written from an OpenWrt shell (echo -e \"AT...\\r\" > /dev/ttyUSB2), the port "
      "printed by cat", render=("shell_ec25", render_shell_redirect)),
    V("freertos-cellular-bg96.log", "freertos-bg96.log", same, "freertos-cellular",
      "FreeRTOS-Cellular-Interface at LOG_DEBUG (logging_stack.h's [LEVEL] [CELLULAR] [file:line]): "
      ">>>>>Start sending [cmd]<<<<<, AT solicited Resp[line], Next URC token to parse [line], "
      "AT_UNDEFINED message received line, the library's own lines between",
      render=("freertos_bg96", render_freertos)),
    V("freertos-cellular-winsim.log", "freertos-bg96.log", same, "line-numbers > freertos-cellular",
      "the same through the FreeRTOS Windows simulator's vLoggingPrintf() (\"%lu %lu [%s] \": message "
      "number, tick count, task before each line; the message number counts up by one a line, so the "
      "line-numbers layer takes it off)",
      render=("freertos_bg96", lambda s: render_freertos(s, sim=True))),
    V("ofono-gatchat-sms.log", "ofono-sms.log", same, "syslog > ofono-gatchat",
      "oFono sending SMS in PDU mode: the PDU written after the prompt with its Ctrl-Z as <CtrlZ> "
      "(gatchat/gatutil.c g_at_util_debug_chat()), decoded back to the byte that ends the payload",
      render=("ofono_sms", render_ofono)),
    V("libgsm-sim800.log", "libgsm-sim800.log", same, "libgsm-pppos",
      "an ESP32 PPPoS client on libGSM with GSM_DEBUG: AT COMMAND: [cmd..], AT RESPONSE: [..reply..], "
      "AT BAD RESPONSE: [..ERROR..], every control byte printed as '.' (the shape of "
      "Xinyuan-LilyGO/LilyGo-T-Call-SIM800#50, #21)",
      render=("libgsm_sim800", render_libgsm)),
    V("quecpython-repl.log", "quecpython-ec200u.log", same, "quecpython-atcmd",
      "QuecPython's REPL: >>> atcmd.sendSync('AT...\\r\\n', resp, '', 20), the status, >>> print(resp) "
      "and bytearray(b'...') without the final OK (QuecPython's atcmd documentation)",
      render=("quecpython_ec200u", render_quecpython)),
    V("jpnevulator-bg95.log", "jpnev-bg95.log", same, "jpnevulator",
      "jpnevulator --read --timing-print --ascii on the host's and the modem's lines: a time header "
      "with the tty at each change, hex rows of 16 with the characters after a tab (read undirected)",
      render=("jpnev_bg95", render_jpnevulator)),
    V("jpnevulator-bg95-hex.log", "jpnev-bg95.log", same, "jpnevulator",
      "the same without --ascii: the hex rows alone",
      render=("jpnev_bg95", lambda s: render_jpnevulator(s, ascii_col=False))),
    V("zephyr-chat-minimal.log", "zephyr-modem-chat.log",
      per_line(lambda i, l: re.sub(rb"^\[[^\]]*\] <(dbg|inf|wrn|err)> [a-z_]+: ",
                                   lambda m: {b"dbg": b"D", b"inf": b"I", b"wrn": b"W", b"err": b"E"}[m.group(1)]
                                   + b": ", l)),
      "zephyr-modem-chat",
      "Zephyr's CONFIG_LOG_MODE_MINIMAL (log_core.h Z_LOG_TO_PRINTK(): \"%c: \" and the message, no time "
      "or module): D: modem_chat_script_next: sending: AT"),
]


VARIANTS += R7.variants(V, same, sub)
VARIANTS += R8.variants(V, same, sub)
VARIANTS += R9T.variants(V, same, sub)
VARIANTS += R10T.variants(V, same, sub)
VARIANTS += R11T.variants(V, same, sub)
VARIANTS += R12T.variants(V, same, sub)


def build_all():
    files, expected = {}, {}
    base = {fx["name"]: fx for fx in M.FIXTURES}
    cache = {}
    for v in VARIANTS:
        if v["render"]:
            mod, render = v["render"]
            s = MODULES[mod]()
            fx = dict(plain=v["base"])
            files["plain/" + v["base"]] = s.plain()
        else:
            fx = base[v["base"]]
            if fx["session"] not in cache:
                cache[fx["session"]] = S.ALL[fx["session"]]()
            s = cache[fx["session"]]
            render = fx["render"]
        s.t0 = next(e["t"] for e in s.events)
        o = render(s)
        lines = o.lines()
        new = v["transform"](list(lines))
        assert len(new) == len(lines), v["name"]
        # a transform may split a line into pieces (a terminal's hard
        # wrap): the key's lines move down by the pieces before them
        pieces = [x if isinstance(x, list) else [x] for x in new]
        at, k = {}, 1
        for i, x in enumerate(pieces):
            at[i + 1] = k
            k += len(x)
        new = [y for x in pieces for y in x]
        h = len(v["head"])
        moved = lambda n: at[n - h] + h if n - h in at else n
        txns = []
        for i, x in enumerate(s.txns):
            d = dict(line=moved(o.marks[("t", i)] + h), command=x["command"], final=x["final"],
                     responses=x["responses"])
            if ("t2", i) in o.marks:
                d["alt_line"] = moved(o.marks[("t2", i)] + h)
            if "payload" in x:
                p = x["payload"]
                d["payload"], d["payload_end"] = (p[:-1], "ctrl-z") if p.endswith("\x1a") \
                    else (p, "length")
            if "completion" in x:
                d["completion"] = x["completion"]
            txns.append(d)
        urcs = [dict(line=moved(o.marks[("u", i)] + h), text=u["text"]) for i, u in enumerate(s.urcs)]
        body = list(v["head"]) + new
        data = b"\n".join(body) + b"\n"
        hostl = [moved(n + h) for n in o.host
                 if not (v["titles"] and re.match(v["titles"], pieces[n - 1][0]))]
        apps = [moved(n + h) for n in o.apps]
        plain = ("plain/" if v["render"] else "../plain/") + fx["plain"]
        if v["finals_stripped"]:
            for d in txns:
                if d["final"] == "OK":
                    d["final"] = None
            plain = None
        if v.get("sends_only"):
            for d in txns:
                d["final"], d["responses"] = None, []
            urcs = []
            plain = None
        if v["cut"]:
            k, dl, keep = v["cut"]
            at = txns[k]["line"] + dl - 1     # lines kept whole
            body = body[:at] + [body[at][:keep]]
            data = b"\n".join(body)
            txns = txns[:k + 1]
            txns[k] = dict(line=txns[k]["line"], command=txns[k]["command"], final=None,
                           responses=[])
            urcs = [u for u in urcs if u["line"] <= at]
            hostl = [n for n in hostl if n <= at]
            apps = [n for n in apps if n <= at]
            plain = None
        files[v["name"]] = data
        expected[v["name"]] = dict(
            format=v["detect"], module=s.module, profile=s.profile, plain=plain,
            lines=len(body), transactions=txns, urcs=urcs, host_log_lines=len(hostl),
            host_log=hostl, app_lines=apps,
            lossy=("%s" if v["render"] else "as ../%s; %%s" % v["base"]) % v["note"])
    # make_notation.py's fixtures (held-out batch 30's W1, W2) are written once by that
    # script, their answer keys kept in EXPECTED.json after these
    try:
        disk = json.load(open(os.path.join(HERE, "EXPECTED.json")))
    except OSError:
        disk = {}
    for name in NOTATION:
        if name in disk:
            expected[name] = disk[name]
    files["EXPECTED.json"] = M.dump_expected(expected).encode()
    return files


NOTATION = ("picocom-echo-catv.log", "picocom-echo-catA.log", "picocom-sms-catv.log",
            "forum-catv.md", "yat-writer-bg95.log")


def main():
    check = "--check" in sys.argv
    bad = 0
    for rel, data in sorted(build_all().items()):
        path = os.path.join(HERE, rel)
        if check:
            try:
                same = open(path, "rb").read() == data
            except OSError:
                same = False
            if not same:
                print("differs: variants/%s" % rel)
                bad = 1
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
    sys.exit(bad)


if __name__ == "__main__":
    main()
