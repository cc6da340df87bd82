#!/usr/bin/env python3
"""Writes the u-blox SARA-R4 captures: minicom-style timestamped terminal logs
(echo on) of the USO* socket commands from the SARA-R4 AT Commands Manual
(R09 18, R16 19): a PSD context, a TCP socket written after the '@' prompt
(binary syntax) and in the base syntax, a UDP socket (USOST/USORF), an
asynchronous connect (+UUSOCO) and close (+UUSOCL), received data announced by
+UUSORD, and HTTP with +UUHTTPCR (ublox-clean.log); and a session with faults
(ublox-faults.log). Deterministic; run from this folder."""

DAY = "2026-11-22 "
HEAD = [
    ("08:00:00.000", "AT"), ("08:00:00.010", "OK"),
    ("08:00:00.100", "AT+CMEE=2"), ("08:00:00.110", "OK"),
    ("08:00:00.200", "AT+CGMI"), ("08:00:00.210", "u-blox"), ("08:00:00.220", "OK"),
    ("08:00:00.300", "AT+CGMM"), ("08:00:00.310", "SARA-R410M-02B"), ("08:00:00.320", "OK"),
    ("08:00:00.400", "AT+CEREG?"), ("08:00:00.410", "+CEREG: 0,1"), ("08:00:00.420", "OK"),
    ("08:00:00.500", 'AT+UPSD=0,100,1'), ("08:00:00.510", "OK"),
    ("08:00:00.600", "AT+UPSDA=0,3"), ("08:00:02.600", "OK"),
    ("08:00:02.700", "AT+UPSND=0,0"), ("08:00:02.710", '+UPSND: 0,0,"10.21.64.3"'), ("08:00:02.720", "OK"),
]
CLEAN = HEAD + [
    ("08:00:03.000", "AT+USOCR=6"), ("08:00:03.010", "+USOCR: 0"), ("08:00:03.020", "OK"),
    ("08:00:03.100", 'AT+USOCO=0,"195.34.89.241",7'), ("08:00:03.900", "OK"),
    ("08:00:04.000", "AT+USOWR=0,5"), ("08:00:04.010", "@hello"), ("08:00:04.100", "+USOWR: 0,5"),
    ("08:00:04.110", "OK"),
    ("08:00:04.500", "+UUSORD: 0,5"),
    ("08:00:04.600", "AT+USORD=0,5"), ("08:00:04.610", '+USORD: 0,5,"hello"'), ("08:00:04.620", "OK"),
    ("08:00:05.000", "AT+USOCR=17"), ("08:00:05.010", "+USOCR: 1"), ("08:00:05.020", "OK"),
    ("08:00:05.100", 'AT+USOST=1,"195.34.89.241",7,4'), ("08:00:05.110", "@ping"),
    ("08:00:05.200", "+USOST: 1,4"), ("08:00:05.210", "OK"),
    ("08:00:05.600", "+UUSORF: 1,4"),
    ("08:00:05.700", "AT+USORF=1,4"), ("08:00:05.710", '+USORF: 1,"195.34.89.241",7,4,"ping"'),
    ("08:00:05.720", "OK"),
    ("08:00:05.800", "AT+USOCL=1"), ("08:00:06.000", "OK"),
    ("08:00:06.100", "AT+USOCR=6"), ("08:00:06.110", "+USOCR: 1"), ("08:00:06.120", "OK"),
    ("08:00:06.200", 'AT+USOCO=1,"195.34.89.241",7,1'), ("08:00:06.210", "OK"),
    ("08:00:07.000", "+UUSOCO: 1,0"),
    ("08:00:07.100", 'AT+USOWR=1,11,"hello again"'), ("08:00:07.200", "+USOWR: 1,11"), ("08:00:07.210", "OK"),
    ("08:00:07.300", "AT+USOCL=1,1"), ("08:00:07.310", "OK"),
    ("08:00:07.800", "+UUSOCL: 1"),
    ("08:00:07.900", "AT+USOCL=0"), ("08:00:08.100", "OK"),
    ("08:00:08.200", 'AT+UHTTP=0,1,"example.com"'), ("08:00:08.210", "OK"),
    ("08:00:08.300", 'AT+UHTTPC=0,1,"/status","get.ffs"'), ("08:00:08.310", "OK"),
    ("08:00:10.000", "+UUHTTPCR: 0,1,1"),
    ("08:00:10.100", "AT+UPSDA=0,4"), ("08:00:10.600", "OK"),
]
FAULTS = HEAD + [
    ("08:00:03.000", "AT+USOCR=6"), ("08:00:03.010", "+USOCR: 0"), ("08:00:03.020", "OK"),
    # a second connect before +UUSOCO: the manual says it closes the socket
    ("08:00:03.100", 'AT+USOCO=0,"195.34.89.241",7,1'), ("08:00:03.110", "OK"),
    ("08:00:03.500", 'AT+USOCO=0,"195.34.89.241",7,1'), ("08:00:03.510", "ERROR"),
    ("08:00:04.000", "+UUSOCO: 0,0"),
    # more than the 1024 bytes a write may carry
    ("08:00:04.100", "AT+USOWR=0,2000"), ("08:00:04.110", "+CME ERROR: operation not allowed"),
    ("08:00:04.200", "AT+USOWR=0,5"), ("08:00:04.210", "@hello"), ("08:00:04.300", "+USOWR: 0,5"),
    ("08:00:04.310", "OK"),
    # the peer closes socket 0; the host writes on it anyway
    ("08:00:05.000", "+UUSOCL: 0"),
    ("08:00:05.100", "AT+USOWR=0,4"), ("08:00:05.110", "+CME ERROR: operation not allowed"),
    # sockets are 0..6
    ("08:00:05.200", 'AT+USOCO=7,"195.34.89.241",7'), ("08:00:05.210", "+CME ERROR: operation not allowed"),
    # a connect that the network refuses
    ("08:00:05.300", "AT+USOCR=6"), ("08:00:05.310", "+USOCR: 1"), ("08:00:05.320", "OK"),
    ("08:00:05.400", 'AT+USOCO=1,"195.34.89.241",9,1'), ("08:00:05.410", "OK"),
    ("08:00:06.400", "+UUSOCO: 1,111"),
]


def write(name, rows):
    with open(name, "w", newline="") as f:
        for t, s in rows:
            f.write("[%s%s] %s\r\n" % (DAY, t, s))


def main():
    write("ublox-clean.log", CLEAN)
    write("ublox-faults.log", FAULTS)


if __name__ == "__main__":
    main()
