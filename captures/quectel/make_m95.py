#!/usr/bin/env python3
"""Writes m95-session.log: a minicom-style timestamped terminal log (echo on)
of a Quectel M95 on its legacy QI* stack, as TinyGSM's M95 client and
RT-Thread's M26 driver drive it (module-families.md 4.1): QIFGCNT, QICSGP,
QIMUX=1, QIREGAPP, QIACT, QILOCIP answering a bare IP, QIOPEN with
<n>, CONNECT OK, QISEND with SEND OK, +QIRDI and QIRD, QICLOSE with
<n>, CLOSE OK, QIDEACT with DEACT OK. Deterministic; run from this folder."""

DAY = "2026-11-24 "
ROWS = [
    ("05:00:00.000", "RDY"),
    ("05:00:00.300", "+CFUN: 1"),
    ("05:00:01.000", "+CPIN: READY"),
    ("05:00:04.000", "Call Ready"),
    ("05:00:04.500", "SMS Ready"),
    ("05:00:04.800", "AT"), ("05:00:04.810", "OK"),
    ("05:00:04.900", "AT+CREG?"), ("05:00:04.910", "+CREG: 0,1"), ("05:00:04.920", "OK"),
    ("05:00:05.000", "ATI"), ("05:00:05.010", "Quectel_Ltd"), ("05:00:05.011", "Quectel_M95"),
    ("05:00:05.012", "Revision: M95FAR02A08"), ("05:00:05.020", "OK"),
    ("05:00:05.100", "AT+QIFGCNT=0"), ("05:00:05.110", "OK"),
    ("05:00:05.200", 'AT+QICSGP=1,"CMNET"'), ("05:00:05.210", "OK"),
    ("05:00:05.300", "AT+QIMUX=1"), ("05:00:05.310", "OK"),
    ("05:00:05.400", "AT+QINDI=1"), ("05:00:05.410", "OK"),
    ("05:00:05.500", "AT+QIREGAPP"), ("05:00:05.510", "OK"),
    ("05:00:05.600", "AT+QIACT"), ("05:00:07.600", "OK"),
    ("05:00:07.700", "AT+QILOCIP"), ("05:00:07.710", "10.7.89.10"),
    ("05:00:07.800", 'AT+QIOPEN=0,"TCP","116.228.221.51","8500"'), ("05:00:07.810", "OK"),
    ("05:00:08.900", "0, CONNECT OK"),
    ("05:00:09.000", "AT+QISEND=0,5"), ("05:00:09.010", "> hello"), ("05:00:09.300", "SEND OK"),
    ("05:00:09.800", "+QIRDI: 0,1,0"),
    ("05:00:09.900", "AT+QIRD=0,1,0,100"), ("05:00:09.910", "+QIRD: 116.228.221.51:8500,TCP,4"),
    ("05:00:09.911", "pong"), ("05:00:09.920", "OK"),
    ("05:00:10.000", "AT+QICLOSE=0"), ("05:00:10.200", "0, CLOSE OK"),
    ("05:00:10.300", "AT+QIDEACT"), ("05:00:11.000", "DEACT OK"),
]


def main():
    with open("m95-session.log", "w", newline="") as f:
        for t, s in ROWS:
            f.write("[%s%s] %s\r\n" % (DAY, t, s))


if __name__ == "__main__":
    main()
