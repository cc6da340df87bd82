#!/usr/bin/env python3
"""Writes the Quectel BG96 captures: tio-style timestamped terminal logs of one
TCP session over the QI commands (bg96-clean.log), and the same session with
three faults (bg96-faults.log). Deterministic; run from this folder."""

SESSION = [
    ("10:00:00.000", "RDY"),
    ("10:00:00.500", "+CFUN: 1"),
    ("10:00:00.520", "+CPIN: READY"),
    ("10:00:00.600", "+QUSIM: 1"),
    ("10:00:01.200", "+QIND: SMS DONE"),
    ("10:00:01.300", "+QIND: PB DONE"),
    ("10:00:02.000", "AT"), ("10:00:02.010", "OK"),
    ("10:00:02.200", "AT+CMEE=2"), ("10:00:02.210", "OK"),
    ("10:00:02.300", "AT+CPIN?"), ("10:00:02.310", "+CPIN: READY"), ("10:00:02.320", "OK"),
    ("10:00:02.400", "AT+CSQ"), ("10:00:02.410", "+CSQ: 24,99"), ("10:00:02.420", "OK"),
    ("10:00:02.500", "AT+CEREG?"), ("10:00:02.510", "+CEREG: 0,1"), ("10:00:02.520", "OK"),
    ("10:00:02.600", 'AT+QICSGP=1,1,"CMNET","","",1'), ("10:00:02.610", "OK"),
    ("10:00:02.700", "AT+QIACT=1"), ("10:00:04.200", "OK"),
    ("10:00:04.300", "AT+QIACT?"), ("10:00:04.310", '+QIACT: 1,1,1,"10.7.157.1"'),
    ("10:00:04.320", "OK"),
    ("10:00:04.400", 'AT+QIOPEN=1,0,"TCP","220.180.239.212",8009,0,1'), ("10:00:04.410", "OK"),
    ("10:00:05.900", "+QIOPEN: 0,0"),
    ("10:00:06.000", "AT+QISEND=0,5"), ("10:00:06.010", "> hello"), ("10:00:06.050", "SEND OK"),
    ("10:00:07.000", '+QIURC: "recv",0'),
    ("10:00:07.050", "AT+QIRD=0,1500"), ("10:00:07.060", "+QIRD: 4"), ("10:00:07.061", "pong"),
    ("10:00:07.070", "OK"),
    ("10:00:07.100", "AT+QISTATE=1,0"),
    ("10:00:07.110", '+QISTATE: 0,"TCP","220.180.239.212",8009,65344,2,1,0,1,"uart1"'),
    ("10:00:07.120", "OK"),
    ("10:00:07.200", "AT+QICLOSE=0"), ("10:00:07.400", "OK"),
    ("10:00:07.500", "AT+QISTATE=1,0"), ("10:00:07.510", "OK"),
    ("10:00:07.600", "AT+QIDEACT=1"), ("10:00:07.900", "OK"),
    ("10:00:08.000", "AT+QIACT?"), ("10:00:08.010", "OK"),
]


def write(name, rows):
    with open(name, "w", newline="") as f:
        for t, s in rows:
            f.write("[%s] %s\r\n" % (t, s))


def main():
    write("bg96-clean.log", SESSION)
    # faults: no state query after the close and a send on the closed socket
    # (verify-after-close, socket-state), then a socket opened after the PDP
    # context went down whose +QIOPEN comes after 150 s (socket-without-ip,
    # completion-timeout)
    faulty = [r for r in SESSION if r[0] not in ("10:00:07.500", "10:00:07.510")]
    i = faulty.index(("10:00:07.400", "OK")) + 1
    faulty[i:i] = [("10:00:07.450", "AT+QISEND=0,5"), ("10:00:07.460", "ERROR")]
    faulty += [("10:00:08.100", 'AT+QIOPEN=1,1,"TCP","220.180.239.212",8009,0,1'),
               ("10:00:08.110", "OK"), ("10:02:45.000", "+QIOPEN: 1,566")]
    write("bg96-faults.log", faulty)


if __name__ == "__main__":
    main()
