#!/usr/bin/env python3
"""Writes the Nordic nRF91 Serial LTE Modem captures: minicom-style timestamped
terminal logs (echo on) of the SLM's #X socket commands (SOCKET_AT_commands,
slm_data_mode): the Ready banner, %XSYSTEMMODE before +CFUN=1, a TCP socket,
#XSEND with the data in the command and without it (data mode, left with the
+++ terminator), #XRECV, a ping, a socket closed (nordic-clean.log); and a
session with faults (nordic-faults.log). Deterministic; run from this folder."""

DAY = "2026-11-23 "
CLEAN = [
    ("07:00:00.000", "Ready"),
    ("07:00:01.000", "AT"), ("07:00:01.010", "OK"),
    ("07:00:01.100", "AT+CGMI"), ("07:00:01.110", "Nordic Semiconductor ASA"), ("07:00:01.120", "OK"),
    ("07:00:01.200", "AT+CGMM"), ("07:00:01.210", "nRF9160-SICA"), ("07:00:01.220", "OK"),
    ("07:00:01.300", "AT#XSLMVER"), ("07:00:01.310", '#XSLMVER: "2.3.0","2.3.0"'), ("07:00:01.320", "OK"),
    ("07:00:01.400", "AT%XSYSTEMMODE=1,0,0,0"), ("07:00:01.410", "OK"),
    ("07:00:01.500", "AT+CEREG=1"), ("07:00:01.510", "OK"),
    ("07:00:01.600", "AT+CFUN=1"), ("07:00:01.700", "OK"),
    ("07:00:04.000", "+CEREG: 2"),
    ("07:00:06.000", "+CEREG: 1"),
    ("07:00:06.100", "AT#XSOCKET=1,1,0"), ("07:00:06.110", "#XSOCKET: 0,1,6"), ("07:00:06.120", "OK"),
    ("07:00:06.200", 'AT#XCONNECT="example.com",7'), ("07:00:06.900", "#XCONNECT: 1"), ("07:00:06.910", "OK"),
    ("07:00:07.000", 'AT#XSEND="hello"'), ("07:00:07.100", "#XSEND: 5"), ("07:00:07.110", "OK"),
    ("07:00:07.200", "AT#XRECV=10"), ("07:00:07.500", "#XRECV: 5"), ("07:00:07.501", "hello"), ("07:00:07.510", "OK"),
    # no payload: data mode, no OK until the terminator
    ("07:00:08.000", "AT#XSEND"),
    ("07:00:08.500", "a longer message sent in data mode"),
    ("07:00:10.000", "+++"),
    ("07:00:10.100", "OK"),
    ("07:00:10.200", 'AT#XPING="example.com",45,5000'), ("07:00:10.210", "OK"),
    ("07:00:10.600", "#XPING: 0.386 seconds"),
    ("07:00:10.610", "#XPING: average 0.386 seconds"),
    ("07:00:11.000", "AT#XSOCKET=0"), ("07:00:11.010", '#XSOCKET: 0,"closed"'), ("07:00:11.020", "OK"),
    ("07:00:11.100", "AT+CFUN=0"), ("07:00:11.400", "OK"),
]
FAULTS = [
    ("07:00:00.000", "Ready"),
    ("07:00:01.000", "AT"), ("07:00:01.010", "OK"),
]
# +CFUN=1 before %XSYSTEMMODE: ERROR, and the host only repeats it
for i in range(12):
    FAULTS.append(("07:00:%02d.000" % (2 + 2 * i), "AT+CFUN=1"))
    FAULTS.append(("07:00:%02d.010" % (2 + 2 * i), "ERROR"))
FAULTS += [
    ("07:00:30.000", "AT%XSYSTEMMODE=1,0,0,0"), ("07:00:30.010", "OK"),
    ("07:00:30.100", "AT+CFUN=1"), ("07:00:30.200", "OK"),
    ("07:00:33.000", "+CEREG: 5"),
    # a send with no socket
    ("07:00:33.100", 'AT#XSEND="hello"'), ("07:00:33.110", "ERROR"),
    ("07:00:33.200", "AT#XSOCKET=1,1,0"), ("07:00:33.210", "#XSOCKET: 0,1,6"), ("07:00:33.220", "OK"),
    ("07:00:33.300", 'AT#XCONNECT="example.com",7'), ("07:00:34.000", "#XCONNECT: 1"), ("07:00:34.010", "OK"),
    ("07:00:34.100", "AT#XSEND"),
    ("07:00:34.600", "some data"),
    # the peer closes: the SLM leaves data mode by itself
    ("07:00:35.000", "#XDATAMODE: 0"),
    ("07:00:35.100", '#XSOCKET: 0,"closed"'),
]


def write(name, rows):
    with open(name, "w", newline="") as f:
        for t, s in rows:
            f.write("[%s%s] %s\r\n" % (DAY, t, s))


def main():
    write("nordic-clean.log", CLEAN)
    write("nordic-faults.log", FAULTS)


if __name__ == "__main__":
    main()
