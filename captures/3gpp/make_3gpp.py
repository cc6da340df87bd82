#!/usr/bin/env python3
"""Writes 3gpp-session.log: a terminal log (echo on, CR LF) of a module driven
with 3GPP TS 27.007 / 27.005 commands only, for the 3gpp base profile: a
registration URC that arrives while AT+CREG? waits (told from the answer by
its shape, module-families.md 1.5), an SMS sent in PDU mode (prompt, Ctrl-Z),
an SMS received as a two-line +CMT, a network scan, a +CME ERROR, and a
stretch in numeric result codes (ATV0). Deterministic; run from this folder."""

CTRLZ = "\x1a"
LINES = [
    "AT\r\r\nOK\r\n",
    "AT+CMEE=1\r\r\nOK\r\n",
    "AT+CREG=2\r\r\nOK\r\n",
    "\r\n+CREG: 1,\"00C3\",\"1A2B\",7\r\n",
    # the URC (n=2 form, quoted LAC) lands while the query waits: not its answer
    "AT+CREG?\r\r\n+CREG: 5,\"00C3\",\"1A2C\",7\r\n+CREG: 2,5,\"00C3\",\"1A2C\",7\r\n\r\nOK\r\n",
    "AT+CGREG?\r\r\n+CGREG: 1\r\n+CGREG: 0,1\r\n\r\nOK\r\n",
    "AT+COPS=?\r\r\n+COPS: (2,\"Operator\",\"Op\",\"26201\",7),,(0-4),(0-2)\r\n\r\nOK\r\n",
    "AT+CMGF=0\r\r\nOK\r\n",
    "AT+CMGS=21\r\r\n> 0011000B916407281553F80000AA0AE8329BFD4697D9EC37" + CTRLZ + "\r\n+CMGS: 5\r\n\r\nOK\r\n",
    "\r\n+CMT: ,24\r\n07911326040000F0040B911346610089F60000208062917314080CC8F71D14969741F977FD07\r\n",
    "AT+CNMA\r\r\nOK\r\n",
    "AT+CPIN?\r\r\n+CME ERROR: 10\r\n",
    "\r\n+CGEV: NW DETACH\r\n",
    "ATV0\r0\r",
    "AT+CSQ\r+CSQ: 20,99\r\n0\r",
    "AT+CGATT=1\r4\r",
    "ATV1\r\r\nOK\r\n",
    "AT+CGATT?\r\r\n+CGATT: 0\r\n\r\nOK\r\n",
]


def main():
    with open("3gpp-session.log", "w", newline="") as f:
        f.write("".join(LINES))


if __name__ == "__main__":
    main()
