#!/usr/bin/env python3
"""Regenerate the synthetic L610 serial captures in this directory.

Each capture is the raw byte stream a terminal records on the UART of a host MCU
talking to a Fibocom L610 (undirected: host and modem bytes in one stream, in the
order they crossed the wire). The host's command line appears once, ending in CR
(with echo on it is the modem's echo, with echo off it is the host's own line);
modem responses are framed "\\r\\n<text>\\r\\n"; the data prompt is "\\r\\n> ".

Python 3 standard library only, no randomness, no timestamps: every run writes
identical bytes.

    python3 make_synthetic.py            # (re)write the files next to this script
    python3 make_synthetic.py --check    # compare with the files on disk, write nothing
    python3 make_synthetic.py --lines [FILE...]   # print L<n> @<offset> numbering (README)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CR, LF, CRLF = b"\r", b"\n", b"\r\n"
CTRL_Z, ESC, NUL = b"\x1a", b"\x1b", b"\x00"

HOST = '"183.47.42.41"'
IP = "10.166.80.147"


def _b(x):
    if isinstance(x, bytes):
        return x
    return x.encode("ascii")  # every str literal here is plain ASCII


class Capture:
    def __init__(self):
        self.buf = bytearray()

    def raw(self, data):
        """Bytes exactly as given (payload, data-mode traffic, odd framing)."""
        self.buf += _b(data)

    def cmd(self, line):
        """A command line as the terminal shows it: text + CR."""
        self.buf += _b(line) + CR

    def rsp(self, *lines):
        """Modem lines, each framed CR LF <text> CR LF."""
        for line in lines:
            self.buf += CRLF + _b(line) + CRLF

    def prompt(self):
        """The data prompt of +MIPSEND / +CMGS: CR LF '>' space, no line end."""
        self.buf += CRLF + b"> "

    def at(self, line, *lines):
        """Command line followed by its response lines (last one is normally the final result)."""
        self.cmd(line)
        self.rsp(*lines)

    def mipsend(self, sock, payload, free=2048):
        """AT+MIPSEND=<id>,<len>, prompt, payload (no line end), then OK and the reports."""
        payload = _b(payload)
        self.cmd("AT+MIPSEND=%d,%d" % (sock, len(payload)))
        self.prompt()
        self.raw(payload)
        self.rsp("OK", "+MIPPUSH: %d,0" % sock, "+MIPSEND: %d,0,%d" % (sock, free))

    def bytes(self):
        return bytes(self.buf)


def boot(c):
    c.rsp("AT command ready")
    c.rsp("+SIM READY")


# 1 -------------------------------------------------------------------------
def clean_session():
    c = Capture()
    c.cmd("AT")  # baud-rate detection: first AT gets no answer
    boot(c)
    c.at("AT", "OK")
    c.at("AT+CPIN?", "+CPIN: READY", "OK")
    c.at("AT+CSQ", "+CSQ: 31,99", "OK")
    c.at("AT+CGREG?", "+CGREG: 0,1", "OK")
    c.at("AT+CMEE=2", "OK")
    c.at('AT+GTSET="IPRFMT",0', "OK")
    c.at('AT+CGDCONT=1,"IP","CMNET"', "OK")
    c.at("AT+MIPCALL?", "+MIPCALL: 0", "OK")
    c.at('AT+MIPCALL=1,"CMNET"', "OK")
    c.rsp("+MIPCALL: " + IP)
    c.at("AT+MIPCALL?", "+MIPCALL: 1," + IP, "OK")
    c.at("AT+MIPOPEN?", "+MIPOPEN: 1,2,3,4,5,6", "OK")
    c.at("AT+MIPOPEN=1,,%s,9000,0" % HOST, "OK")
    c.rsp("+MIPOPEN: 1,1")
    c.at("AT+MIPOPEN?", "+MIPOPEN: 2,3,4,5,6", "OK")
    c.mipsend(1, "012345678901234")
    c.rsp("+MIPRTCP: 1,0,3031323334")
    c.mipsend(1, '{"t":21.5}')
    c.at("AT+MIPCLOSE=1", "OK")
    c.rsp("+MIPCLOSE: 1,0")
    c.at("AT+MIPOPEN?", "+MIPOPEN: 1,2,3,4,5,6", "OK")
    c.at("AT+MIPCALL=0", "OK")
    c.rsp("+MIPCALL: 0")
    c.at("AT+MIPCALL?", "+MIPCALL: 0", "OK")
    return c.bytes()


# 2 -------------------------------------------------------------------------
def echo_off_mixed():
    c = Capture()
    c.at("ATE0", "OK")  # the last echoed line; the capture starts mid-session
    c.at("AT+CSQ", "+CSQ: 20,99", "+MIPRTCP: 1,0,3031", "OK")  # URC inside a response
    c.at("AT+CSQ;+CGREG?", "+CSQ: 20,99", "+CGREG: 0,1", "OK")  # two sub-commands, one OK
    c.cmd("AT+CGSN")  # never answered
    c.at("AT+CGSN", "866123456789012", "OK")  # bare-text information response
    c.rsp("OK")  # orphan final result
    c.rsp("garbage 123")  # unknown modem text outside any command
    c.rsp("+CGREG: 1")  # registration URC (stat only)
    c.at("AT+CMEE=1", "OK")
    c.at("AT+CIMI", "+CME ERROR: 10")
    c.at("AT+CMEE=2", "OK")
    c.at("AT+CIMI", "+CME ERROR: SIM not inserted")
    c.at("AT+CMGR=1", "+CMS ERROR: 500")
    c.at("AT+CMEE=0", "OK")
    c.at("AT+CPIN?", "ERROR")
    c.at("AT+CPIN?", "ERROR")
    c.at("AT+CPIN?", "+CPIN: READY", "OK")
    c.rsp("RING")
    c.rsp("NO CARRIER")  # outside data mode, no command pending
    c.at("AT", "OK")
    return c.bytes()


# 3 -------------------------------------------------------------------------
def line_endings():
    c = Capture()
    for eol in (CRLF, LF, CR, LF + CR):
        c.raw(b"AT" + eol)
        c.raw(eol + b"OK" + eol)
        c.raw(eol)  # one extra empty line
        c.raw(b"AT+CSQ" + eol)
        c.raw(eol + b"+CSQ: 31,99" + eol)
        c.raw(eol + b"OK" + eol)
        c.raw(b"AT+CPIN?" + eol)
        c.raw(eol + b"+CPIN: READY" + eol)
        c.raw(eol + eol + eol + b"OK" + eol)  # two extra empty lines
    return c.bytes()


# 4 -------------------------------------------------------------------------
def v250_numeric():
    c = Capture()
    c.at("AT", "OK")
    c.raw(b"ATV0\r" + b"0\r")  # the result of ATV0 already comes numeric
    c.raw(b"AT\r" + b"0\r")
    c.raw(b"AT+CPIN?\r" + b"+CPIN: READY\r\n" + b"0\r")  # V0 info text: <text> CR LF
    c.raw(b"ATS0?\r" + b"000\r\n" + b"0\r")  # info text that is digits, then numeric OK
    c.raw(b"ATD123;\r" + b"3\r")  # 3 = NO CARRIER
    c.raw(b"AT+XYZ\r" + b"4\r")  # 4 = ERROR
    c.raw(b"ATV1\r" + b"\r\nOK\r\n")  # verbose again
    c.at("AT", "OK")
    c.at("ATS0?", "000", "OK")  # in V1 "000" is an information response
    c.at("AT+CSQ", "+CSQ: 31,99", "OK")
    return c.bytes()


# 5 -------------------------------------------------------------------------
def transparent():
    c = Capture()
    c.at("AT", "OK")
    c.at("AT+CGREG?", "+CGREG: 0,1", "OK")
    c.at('AT+MIPCALL=1,"CMNET"', "OK")
    c.rsp("+MIPCALL: 10.40.216.79")
    c.at("AT+MIPODM=1,,%s,9000,0" % HOST, "OK")
    c.rsp("+MIPODM: 1,1")
    # data mode: host -> server and server -> host bytes interleaved, no framing
    c.raw(b"HELLO L610 node=42\r\n")  # host
    c.raw(b"WELCOME node=42, status OK, 3 jobs\r\n")  # server: "OK" inside a longer line
    c.raw(b"\x02\x00\x10\xff\x00\xfe\x80\x7f\x41\x03")  # host: binary frame
    c.raw(b"\x06\x00\xff\xff\x00\x01\x03")  # server: binary ack
    c.raw(b"job 1 done: OK\r\n")  # host
    c.raw(b"ack 1\r\n")  # server
    c.raw(b"+++")  # host escape: no CR/LF of its own
    c.rsp("OK")
    c.at("AT+MIPODM?", "+MIPODM: 2,3,4,5,6", "OK")
    c.cmd("ATO")  # back to data mode; the L610 prints nothing
    c.raw(b"ATTN: job 2 queued\r\n")  # server data that starts with "AT"
    c.raw(b"OK, send more\r\n")  # server data that starts with "OK"
    c.raw(b"\x02\x00\x02\x00\xff\x03")  # host binary, no line end
    c.rsp("+MIPSTAT: 1,1")  # link dropped: back to command mode
    c.at("AT+MIPCALL=0", "OK")
    c.rsp("+MIPCALL: 0")
    return c.bytes()


# 6 -------------------------------------------------------------------------
def cmgs_ctrlz():
    c = Capture()
    num = 'AT+CMGS="+8613800138000"'
    c.at("AT+CMGF=1", "OK")
    c.cmd(num)
    c.prompt()
    c.raw(b"Hello from L610" + CTRL_Z)
    c.rsp("+CMGS: 12", "OK")
    c.cmd(num)
    c.prompt()
    c.raw(b"Call me ba" + ESC)  # cancelled
    c.rsp("OK")
    c.cmd(num)
    c.prompt()
    c.raw(b"line one\r")  # CR inside the text: modem prompts again
    c.prompt()
    c.raw(b"line two" + CTRL_Z)
    c.rsp("+CMGS: 13", "OK")
    return c.bytes()


# 7 -------------------------------------------------------------------------
def iprfmt():
    c = Capture()
    c.at("AT", "OK")
    c.at('AT+MIPCALL=1,"CMNET"', "OK")
    c.rsp("+MIPCALL: " + IP)
    c.at("AT+MIPOPEN=1,,%s,9000,0" % HOST, "OK")
    c.rsp("+MIPOPEN: 1,1")
    c.at("AT+MIPOPEN=2,,%s,9001,1" % HOST, "OK")  # UDP
    c.rsp("+MIPOPEN: 2,1")
    c.at('AT+GTSET="IPRFMT",0', "OK")
    c.mipsend(2, "01")
    c.rsp("+MIPRUDP: 2,0,3031")  # mode 0, UDP: hex with header
    c.at('AT+GTSET="IPRFMT",1', "OK")
    c.mipsend(1, "012345678901234")
    c.rsp("012345678901234")  # mode 1: the data itself, no header
    c.at('AT+GTSET="IPRFMT",2', "OK")
    c.mipsend(1, "012345678901234")
    c.rsp("+MIPRTCP: 1,15,012345678901234")  # mode 2: raw with header and length
    c.at('AT+GTSET="IPRFMT",5', "OK")
    c.mipsend(1, "012345678901234")
    c.rsp("+MIPREAD: 1,15")  # mode 5: notice only
    c.cmd("AT+MIPREAD=1,15")
    c.raw(b"\r\n+MIPDATA: 1,15\r\n" + b"012345678901234" + b"\r\n")
    c.rsp("OK")
    c.at('AT+GTSET="IPRFMT",0', "OK")
    c.at("AT+MIPCLOSE=1", "OK")
    c.rsp("+MIPCLOSE: 1,0")
    c.at("AT+MIPCLOSE=2", "OK")
    c.rsp("+MIPCLOSE: 2,0")
    return c.bytes()


# 8 -------------------------------------------------------------------------
def async_overlap():
    c = Capture()
    c.cmd("AT")
    boot(c)
    c.at("AT", "OK")
    c.at("AT+CPIN?", "+CPIN: READY", "OK")
    c.at("AT+CSQ", "+CSQ: 27,99", "OK")
    c.at("AT+CGREG?", "+CGREG: 0,1", "OK")
    c.at('AT+MIPCALL=1,"CMNET"', "OK")
    c.rsp("+MIPCALL: " + IP)
    c.at("AT+MIPOPEN=1,,%s,9000,0" % HOST, "OK")
    c.at("AT+MIPOPEN?", "ERROR")  # sent while MIPOPEN=1 still waits: refused
    c.rsp("+MIPOPEN: 1,1")  # completion of MIPOPEN=1
    c.at("AT+MIPOPEN?", "+MIPOPEN: 2,3,4,5,6", "OK")
    open2 = "AT+MIPOPEN=2,,%s,9002,0" % HOST
    c.at(open2, "ERROR")
    c.at("AT+MIPOPEN?", "+MIPOPEN: 2,3,4,5,6", "OK")  # query between attempts
    c.at(open2, "OK")
    c.rsp("+MIPOPEN: 2,1")
    c.mipsend(2, "012345678901234")
    c.at("AT+MIPCLOSE=2", "OK")
    c.rsp("+MIPCLOSE: 2,0")
    c.at("AT+MIPCLOSE=1", "OK")
    c.rsp("+MIPCLOSE: 1,0")
    c.at("AT+MIPOPEN?", "+MIPOPEN: 1,2,3,4,5,6", "OK")
    c.at("AT+MIPCALL=0", "OK")
    c.rsp("+MIPCALL: 0")
    c.at("AT+MIPCALL?", "+MIPCALL: 0", "OK")
    return c.bytes()


# 9 -------------------------------------------------------------------------
def truncated_end():
    c = Capture()
    boot(c)
    c.at("AT", "OK")
    c.at("AT+CPIN?", "+CPIN: READY", "OK")
    c.at("AT+CGREG?", "+CGREG: 0,1", "OK")
    c.at('AT+MIPCALL=1,"CMNET"', "OK")
    c.rsp("+MIPCALL: " + IP)
    c.at("AT+MIPOPEN=1,,%s,9000,0" % HOST, "OK")  # completion never arrives
    c.raw(b"AT+MIPSE")  # capture cut here, no line end
    return c.bytes()


# 10 ------------------------------------------------------------------------
def hostile_bytes():
    c = Capture()
    c.at("AT", "OK")
    c.at("AT+CSQ", b"+CSQ: 2" + NUL + b"3,99", "OK")  # NUL inside a response line
    c.rsp(b"\xff\xfe noise after reset")  # invalid UTF-8, outside a command
    c.at("AT+COPS?", b'+COPS: 0,0,"CHINA MOBILE\xc3",7', "OK")  # lone 0xC3
    c.at("AT+CMGR=1",
         '+CMGR: "REC READ","+8613800138000",,"24/05/01,10:00:00+32"',
         "\u4f60\u597d".encode("gbk"),  # "你好" in GBK: C4 E3 BA C3
         "OK")
    c.rsp(b"+CGREG: " + ESC + b"[2J" + ESC + b"[31m1")  # ANSI escapes inside a URC
    c.rsp(b"\x7f")  # DEL alone on a modem line
    c.raw(CTRL_Z)  # stray Ctrl-Z, no prompt, no payload
    c.rsp(b"A" * (70 * 1024))  # 71680 bytes: longer than a 64 KiB line cap
    c.at("AT", "OK")
    return c.bytes()


# 11 ------------------------------------------------------------------------
def boot_and_power():
    c = Capture()
    boot(c)
    c.at("AT", "OK")
    c.at("AT+CPIN?", "+CPIN: READY", "OK")
    c.at("AT+CGREG?", "+CGREG: 0,1", "OK")
    c.at("AT+CPWROFF", "OK")
    boot(c)  # power applied again
    c.at("AT", "OK")
    c.at("AT+CPIN?", "+CPIN: READY", "OK")
    c.at("AT+CGREG?", "+CGREG: 0,2", "OK")  # searching
    c.at("AT+CFUN=4", "OK")
    c.at("AT+CFUN=1", "OK")
    c.at("AT+CGREG?", "+CGREG: 0,1", "OK")
    c.at("AT+CFUN=0", "OK")  # not for this platform: may power the module down
    c.cmd("AT+CFUN=1")  # ... and it does not answer any more
    return c.bytes()


FILES = [
    ("l610-clean-session.log", clean_session),
    ("l610-echo-off-mixed.log", echo_off_mixed),
    ("line-endings.log", line_endings),
    ("v250-numeric.log", v250_numeric),
    ("l610-transparent.log", transparent),
    ("cmgs-ctrlz.log", cmgs_ctrlz),
    ("l610-iprfmt.log", iprfmt),
    ("l610-async-overlap.log", async_overlap),
    ("truncated-end.log", truncated_end),
    ("hostile-bytes.log", hostile_bytes),
    ("boot-and-power.log", boot_and_power),
]


def show_lines(name, data):
    """Naive view used by README.md: split on CR and LF, drop empty pieces.
    L<n> is the n-th piece, @<offset> its first byte. (A real framer also cuts
    prompts and payload, so its line count can differ; offsets do not.)"""
    n = 0
    start = None
    for i in range(len(data) + 1):
        end = i == len(data) or data[i] in (10, 13)
        if end and start is not None:
            n += 1
            piece = data[start:i]
            text = repr(piece[:70])[2:-1] + ("...(%d bytes)" % len(piece) if len(piece) > 70 else "")
            print("%s L%-3d @%-6d %s" % (name, n, start, text))
            start = None
        elif not end and start is None:
            start = i


def main(argv):
    if "--lines" in argv[1:]:
        wanted = [a for a in argv[1:] if not a.startswith("--")]
        for name, gen in FILES:
            if not wanted or name in wanted:
                show_lines(name, gen())
        return 0
    check = "--check" in argv[1:]
    bad = 0
    for name, gen in FILES:
        data = gen()
        path = os.path.join(HERE, name)
        if check:
            try:
                with open(path, "rb") as f:
                    same = f.read() == data
            except OSError:
                same = False
            print("%-26s %7d bytes  %s" % (name, len(data), "ok" if same else "DIFFERS"))
            bad += not same
        else:
            with open(path, "wb") as f:
                f.write(data)
            print("%-26s %7d bytes" % (name, len(data)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
