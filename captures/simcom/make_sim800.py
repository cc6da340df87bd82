#!/usr/bin/env python3
"""Writes the SIMCom SIM800 captures: minicom-style timestamped terminal logs
(echo on) of the CIP* stack from the SIM800 Series AT Command Manual V1.09
(8.2, 9.2): single connection (CONNECT OK, SEND OK, CLOSE OK, SHUT OK, a bare
IP from AT+CIFSR, STATE: after the OK of AT+CIPSTATUS), multi-connection
results with and without the space after the id ("0, CONNECT OK",
"1,CONNECT OK"), data read with AT+CIPRXGET, and HTTP over a SAPBR bearer
(sim800-clean.log); and a session with faults (sim800-faults.log).
Deterministic; run from this folder."""

DAY = "2026-11-21 "
CTRLZ = "\x1a"
BOOT = [
    ("10:00:00.000", "RDY"),
    ("10:00:00.400", "+CFUN: 1"),
    ("10:00:01.200", "+CPIN: READY"),
    ("10:00:05.000", "Call Ready"),
    ("10:00:05.100", "SMS Ready"),
    ("10:00:06.000", "AT"), ("10:00:06.010", "OK"),
    ("10:00:06.100", "AT+CMEE=2"), ("10:00:06.110", "OK"),
    ("10:00:06.200", "AT+CREG?"), ("10:00:06.210", "+CREG: 0,1"), ("10:00:06.220", "OK"),
    ("10:00:06.300", "AT+CGATT?"), ("10:00:06.310", "+CGATT: 1"), ("10:00:06.320", "OK"),
]
CLEAN = BOOT + [
    # single connection
    ("10:00:07.000", "AT+CIPSHUT"), ("10:00:07.050", "SHUT OK"),
    ("10:00:07.100", "AT+CIPMUX=0"), ("10:00:07.110", "OK"),
    ("10:00:07.200", 'AT+CSTT="CMNET"'), ("10:00:07.210", "OK"),
    ("10:00:07.300", "AT+CIICR"), ("10:00:08.900", "OK"),
    ("10:00:09.000", "AT+CIFSR"), ("10:00:09.010", "10.83.172.111"),
    ("10:00:09.100", 'AT+CIPSTART="TCP","116.228.221.51","8500"'), ("10:00:09.110", "OK"),
    ("10:00:10.300", "CONNECT OK"),
    ("10:00:10.400", "AT+CIPSEND"), ("10:00:10.410", "> hello" + CTRLZ), ("10:00:10.900", "SEND OK"),
    ("10:00:11.000", "AT+CIPSEND=5"), ("10:00:11.010", "> world"), ("10:00:11.400", "SEND OK"),
    ("10:00:11.500", "AT+CIPSTATUS"), ("10:00:11.510", "OK"), ("10:00:11.520", "STATE: CONNECT OK"),
    ("10:00:11.600", "AT+CIPCLOSE"), ("10:00:11.700", "CLOSE OK"),
    ("10:00:11.800", "AT+CIPSHUT"), ("10:00:12.300", "SHUT OK"),
    # multi-connection, data kept by the module until read
    ("10:00:12.400", "AT+CIPMUX=1"), ("10:00:12.410", "OK"),
    ("10:00:12.450", "AT+CIPRXGET=1"), ("10:00:12.460", "OK"),
    ("10:00:12.500", 'AT+CSTT="CMNET"'), ("10:00:12.510", "OK"),
    ("10:00:12.600", "AT+CIICR"), ("10:00:14.100", "OK"),
    ("10:00:14.200", "AT+CIFSR"), ("10:00:14.210", "10.83.172.112"),
    ("10:00:14.300", 'AT+CIPSTART=0,"TCP","116.228.221.51","8500"'), ("10:00:14.310", "OK"),
    ("10:00:14.400", 'AT+CIPSTART=1,"UDP","116.228.221.51","8600"'), ("10:00:14.410", "OK"),
    ("10:00:15.200", "0, CONNECT OK"),
    ("10:00:15.300", "1,CONNECT OK"),
    ("10:00:15.400", "AT+CIPSEND=0,5"), ("10:00:15.410", "> hello"), ("10:00:15.800", "0, SEND OK"),
    ("10:00:15.900", "AT+CIPSEND=1,4"), ("10:00:15.910", "> ping"), ("10:00:16.100", "1,SEND OK"),
    ("10:00:16.500", "+CIPRXGET: 1,0"),
    ("10:00:16.600", "AT+CIPRXGET=2,0,100"), ("10:00:16.610", "+CIPRXGET: 2,0,4,0"),
    ("10:00:16.611", "pong"), ("10:00:16.620", "OK"),
    ("10:00:16.700", "AT+CIPCLOSE=0"), ("10:00:16.800", "0, CLOSE OK"),
    ("10:00:16.900", "AT+CIPCLOSE=1"), ("10:00:17.000", "1, CLOSE OK"),
    ("10:00:17.100", "AT+CIPSHUT"), ("10:00:17.600", "SHUT OK"),
    # HTTP over a SAPBR bearer
    ("10:00:18.000", 'AT+SAPBR=3,1,"Contype","GPRS"'), ("10:00:18.010", "OK"),
    ("10:00:18.100", 'AT+SAPBR=3,1,"APN","CMNET"'), ("10:00:18.110", "OK"),
    ("10:00:18.200", "AT+SAPBR=1,1"), ("10:00:19.900", "OK"),
    ("10:00:20.000", "AT+SAPBR=2,1"), ("10:00:20.010", '+SAPBR: 1,1,"10.83.172.113"'), ("10:00:20.020", "OK"),
    ("10:00:20.100", "AT+HTTPINIT"), ("10:00:20.110", "OK"),
    ("10:00:20.200", 'AT+HTTPPARA="CID",1'), ("10:00:20.210", "OK"),
    ("10:00:20.300", 'AT+HTTPPARA="URL","http://example.com/status"'), ("10:00:20.310", "OK"),
    ("10:00:20.400", "AT+HTTPACTION=0"), ("10:00:20.410", "OK"),
    ("10:00:22.100", "+HTTPACTION: 0,200,5"),
    ("10:00:22.200", "AT+HTTPREAD"), ("10:00:22.210", "+HTTPREAD: 5"), ("10:00:22.211", "ready"),
    ("10:00:22.220", "OK"),
    ("10:00:22.300", "AT+HTTPTERM"), ("10:00:22.310", "OK"),
    ("10:00:22.400", "AT+SAPBR=0,1"), ("10:00:23.000", "OK"),
]
FAULTS = BOOT + [
    ("10:00:07.000", "AT+CIPMUX=1"), ("10:00:07.010", "OK"),
    ('10:00:07.100', 'AT+CSTT="CMNET"'), ("10:00:07.110", "OK"),
    # the IP is asked for before the context is up
    ("10:00:07.200", "AT+CIFSR"), ("10:00:07.210", "ERROR"),
    ("10:00:07.300", "AT+CIICR"), ("10:00:08.800", "OK"),
    ("10:00:08.900", "AT+CIFSR"), ("10:00:08.910", "10.83.172.114"),
    # connection 0 takes longer than the 75 s multi-connection limit
    ("10:00:09.000", 'AT+CIPSTART=0,"TCP","116.228.221.51","8500"'), ("10:00:09.010", "OK"),
    ("10:01:29.000", "0, CONNECT OK"),
    # connection 2 is refused
    ("10:01:30.000", 'AT+CIPSTART=2,"TCP","116.228.221.51","9999"'), ("10:01:30.010", "OK"),
    ("10:01:31.000", "2, CONNECT FAIL"),
    # more than the 1460 bytes a send may carry
    ("10:01:32.000", "AT+CIPSEND=0,1600"), ("10:01:32.010", "ERROR"),
    ("10:01:33.000", "AT+CIPSEND=0,5"), ("10:01:33.010", "> hello"), ("10:01:33.400", "0, SEND FAIL"),
    # the peer closes connection 0; the host sends on it anyway
    ("10:01:34.000", "0, CLOSED"),
    ("10:01:35.000", "AT+CIPSEND=0,4"), ("10:01:35.010", "ERROR"),
    ("10:01:36.000", "AT+CIPSHUT"), ("10:01:36.500", "SHUT OK"),
]


def write(name, rows):
    with open(name, "w", newline="") as f:
        for t, s in rows:
            f.write("[%s%s] %s\r\n" % (DAY, t, s))


def main():
    write("sim800-clean.log", CLEAN)
    write("sim800-faults.log", FAULTS)


if __name__ == "__main__":
    main()
