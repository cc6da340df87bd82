#!/usr/bin/env python3
"""Writes l610-build-1.log and l610-build-2.log: the same hardware-in-the-loop
session (an L610 boot, SIM and registration, a data call, one TCP socket with
two sends, close, release) recorded with tio timestamps under two firmware
builds, for `atscope diff`. Build 2 differs from build 1 in exactly three
ways, each of which the diff must report:

- its +MIPOPEN completion comes 4.8 s after AT+MIPOPEN=1,... instead of 1.2 s
  (an async completion that got slower);
- its first AT+CPIN? gets +CME ERROR: SIM busy and is sent again (a new retry);
- it no longer sends AT+CSQ while AT+MIPOPEN still waits for its completion
  (build 1's async-overlap, a fixed violation).

Both builds skip the socket state query after the close (verify-after-close:
an unchanged finding). Every other command answers in the same time in both.
Deterministic; run from this folder."""
import os


def session(build):
    rows = []
    t = [0]                      # ms since 10:00:00.000

    def at(dt, text):
        t[0] += dt
        rows.append((t[0], text))

    at(0, "AT command ready")
    at(300, "+SIM READY")
    at(700, "AT")
    at(10, "OK")
    at(100, "AT+CMEE=2")
    at(10, "OK")
    at(100, "AT+CPIN?")
    if build == 2:               # the SIM not ready yet: one retry
        at(20, "+CME ERROR: SIM busy")
        at(500, "AT+CPIN?")
    at(12, "+CPIN: READY")
    at(3, "OK")
    at(100, "AT+CSQ")
    at(15, "+CSQ: 31,99")
    at(2, "OK")
    at(100, "AT+CGREG?")
    at(12, "+CGREG: 0,1")
    at(2, "OK")
    at(100, 'AT+CGDCONT=1,"IP","CMNET"')
    at(20, "OK")
    at(100, 'AT+MIPCALL=1,"CMNET"')
    at(20, "OK")
    at(2380, "+MIPCALL: 10.166.80.147")
    at(100, "AT+MIPCALL?")
    at(15, "+MIPCALL: 1,10.166.80.147")
    at(3, "OK")
    at(100, 'AT+MIPOPEN=1,,"183.47.42.41",9000,0')
    at(20, "OK")
    if build == 1:               # a signal query while the open still waits
        at(200, "AT+CSQ")
        at(15, "+CSQ: 31,99")
        at(2, "OK")
        at(963, "+MIPOPEN: 1,1")
    else:
        at(4780, "+MIPOPEN: 1,1")
    at(100, "AT+MIPSEND=1,15")
    at(20, "> 012345678901234")
    at(30, "OK")
    at(250, "+MIPPUSH: 1,0")
    at(5, "+MIPSEND: 1,0,2048")
    at(400, "+MIPRTCP: 1,0,3031323334")
    at(100, "AT+MIPSEND=1,10")
    at(20, '> {"t":21.5}')
    at(30, "OK")
    at(250, "+MIPPUSH: 1,0")
    at(5, "+MIPSEND: 1,0,2048")
    at(100, "AT+MIPCLOSE=1")
    at(20, "OK")
    at(300, "+MIPCLOSE: 1,0")
    at(100, "AT+MIPCALL=0")
    at(20, "OK")
    at(500, "+MIPCALL: 0")
    at(100, "AT+MIPCALL?")
    at(15, "+MIPCALL: 0")
    at(3, "OK")
    return rows


def stamp(ms):
    s, ms = divmod(ms, 1000)
    m, s = divmod(s, 60)
    return "10:%02d:%02d.%03d" % (m, s, ms)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for build in (1, 2):
        with open(os.path.join(here, "l610-build-%d.log" % build), "w", newline="") as f:
            for ms, text in session(build):
                f.write("[%s] %s\r\n" % (stamp(ms), text))


if __name__ == "__main__":
    main()
