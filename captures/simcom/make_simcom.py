#!/usr/bin/env python3
"""Writes the SIMCom SIM7600 captures: minicom-style timestamped terminal logs
([YYYY-MM-DD HH:MM:SS.mmm] per line) of one TCP session over NETOPEN/CIPOPEN
(sim7600-clean.log), and the same session with faults (sim7600-faults.log).
Deterministic; run from this folder."""

DAY = "2026-11-20 "
SESSION = [
    ("09:15:00.000", "RDY"),
    ("09:15:00.800", "+CPIN: READY"),
    ("09:15:03.100", "SMS DONE"),
    ("09:15:03.300", "PB DONE"),
    ("09:15:05.000", "AT"), ("09:15:05.010", "OK"),
    ("09:15:05.100", "AT+CMEE=2"), ("09:15:05.110", "OK"),
    ("09:15:05.200", "AT+CSQ"), ("09:15:05.210", "+CSQ: 21,99"), ("09:15:05.220", "OK"),
    ("09:15:05.300", "AT+CREG?"), ("09:15:05.310", "+CREG: 0,1"), ("09:15:05.320", "OK"),
    ("09:15:05.400", 'AT+CGSOCKCONT=1,"IP","CMNET"'), ("09:15:05.410", "OK"),
    ("09:15:05.450", "AT+CIPRXGET=1"), ("09:15:05.460", "OK"),
    ("09:15:05.500", "AT+NETOPEN"), ("09:15:05.510", "OK"),
    ("09:15:06.700", "+NETOPEN: 0"),
    ("09:15:06.800", "AT+IPADDR"), ("09:15:06.810", "+IPADDR: 10.71.155.118"),
    ("09:15:06.820", "OK"),
    ("09:15:06.900", 'AT+CIPOPEN=0,"TCP","117.131.85.139",5253'), ("09:15:06.910", "OK"),
    ("09:15:07.600", "+CIPOPEN: 0,0"),
    ("09:15:07.700", "AT+CIPSEND=0,5"), ("09:15:07.710", ">hello"), ("09:15:07.720", "OK"),
    ("09:15:07.900", "+CIPSEND: 0,5,5"),
    # received data is buffered (AT+CIPRXGET=1 before NETOPEN) and read by command
    ("09:15:08.500", "+CIPRXGET: 1,0"),
    ("09:15:08.600", "AT+CIPRXGET=2,0"), ("09:15:08.610", "+CIPRXGET: 2,0,4,0"),
    ("09:15:08.611", "pong"), ("09:15:08.620", "OK"),
    ("09:15:09.000", "AT+CIPCLOSE=0"), ("09:15:09.010", "OK"),
    ("09:15:09.300", "+CIPCLOSE: 0,0"),
    ("09:15:09.400", "AT+CIPOPEN?"), ("09:15:09.410", "+CIPOPEN: 0"), ("09:15:09.420", "+CIPOPEN: 1"),
    ("09:15:09.430", "OK"),
    ("09:15:09.500", "AT+NETCLOSE"), ("09:15:09.510", "OK"),
    ("09:15:10.100", "+NETCLOSE: 0"),
    ("09:15:10.200", "AT+NETOPEN?"), ("09:15:10.210", "+NETOPEN: 0"), ("09:15:10.220", "OK"),
]


def write(name, rows):
    with open(name, "w", newline="") as f:
        for t, s in rows:
            f.write("[%s%s] %s\r\n" % (DAY, t, s))


def main():
    write("sim7600-clean.log", SESSION)
    # faults: a socket opened while AT+NETOPEN still waits for +NETOPEN
    # (async-overlap), and after the link drops (+IPCLOSE) a send on the
    # dropped socket (socket-state)
    f = list(SESSION)
    i = f.index(("09:15:05.510", "OK")) + 1
    f[i:i] = [("09:15:05.600", 'AT+CIPOPEN=1,"TCP","117.131.85.139",5253'), ("09:15:05.610", "ERROR")]
    i = f.index(("09:15:08.620", "OK")) + 1
    f[i:i] = [("09:15:08.700", "+IPCLOSE: 0,1"),
              ("09:15:08.800", "AT+CIPSEND=0,4"), ("09:15:08.810", "ERROR")]
    # the dropped socket is not closed again
    f = [r for r in f if r[0] not in ("09:15:09.000", "09:15:09.010", "09:15:09.300")]
    write("sim7600-faults.log", f)


if __name__ == "__main__":
    main()
