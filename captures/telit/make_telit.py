#!/usr/bin/env python3
"""Writes telit-session.log: a minicom-style timestamped terminal log (echo on)
of a Telit ME910C1 socket session from its AT Commands Reference Guide
(80529ST10815A): #SGACT with its IP answer, #SD in command mode, #SSEND with
the '>' prompt and Ctrl-Z, SRING, #SRECV, #SH, and #SD in online mode (CONNECT,
data, +++). Deterministic; run from this folder."""

DAY = "2026-11-24 "
CTRLZ = "\x1a"
ROWS = [
    ("06:00:00.000", "AT"), ("06:00:00.010", "OK"),
    ("06:00:00.100", "AT+CGMI"), ("06:00:00.110", "Telit"), ("06:00:00.120", "OK"),
    ("06:00:00.200", "AT+CGMM"), ("06:00:00.210", "ME910C1-WW"), ("06:00:00.220", "OK"),
    ("06:00:00.300", "AT+CEREG?"), ("06:00:00.310", "+CEREG: 0,1"), ("06:00:00.320", "OK"),
    ("06:00:00.400", "AT#SGACT=1,1"), ("06:00:01.900", "#SGACT: 10.11.12.13"), ("06:00:01.910", "OK"),
    ("06:00:02.000", 'AT#SD=1,0,80,"93.184.216.34",0,0,1'), ("06:00:02.800", "OK"),
    ("06:00:02.900", "AT#SSEND=1"), ("06:00:02.910", "> hello" + CTRLZ), ("06:00:03.100", "OK"),
    ("06:00:03.500", "SRING: 1"),
    ("06:00:03.600", "AT#SRECV=1,100"), ("06:00:03.610", "#SRECV: 1,4"), ("06:00:03.611", "pong"),
    ("06:00:03.620", "OK"),
    ("06:00:03.700", "AT#SH=1"), ("06:00:03.900", "OK"),
    ("06:00:04.000", 'AT#SD=2,0,80,"93.184.216.34"'), ("06:00:04.800", "CONNECT"),
    ("06:00:05.000", "GET / HTTP/1.0"),
    ("06:00:07.000", "+++"),
    ("06:00:08.000", "OK"),
    ("06:00:08.100", "AT#SH=2"), ("06:00:08.300", "OK"),
    ("06:00:08.400", "AT#SGACT=1,0"), ("06:00:08.900", "OK"),
]


def main():
    with open("telit-session.log", "w", newline="") as f:
        for t, s in ROWS:
            f.write("[%s%s] %s\r\n" % (DAY, t, s))


if __name__ == "__main__":
    main()
