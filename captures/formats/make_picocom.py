"""picocom renderings of session.py with an input map that shows bytes as hex.

picocom (npat-efault/picocom picocom.c) prints its settings when it starts
(parse_args(): "picocom v%s", "port is        : %s", ..., "imap is        : "
then print_map()'s names, each followed by a comma), then "Type [C-a] [C-h]
to see available commands" and "Terminal ready" (main()). What the modem
sends goes through do_map(): with --imap crhex every CR is written as "[0d]"
(map2hex(): '[', two lowercase hex digits, ']'); the LF is written as it
is, so the terminal still breaks the line there. A copy of the terminal
window (or a `script` capture) therefore holds the modem's bytes with each
CR as [0d], one line per LF. The host's typing is not shown (no local echo):
the command appears as the modem echoes it, as in session.plain.log."""
import os
from session import EVENTS, plain, write

HERE = os.path.dirname(os.path.abspath(__file__))

BANNER = """picocom v3.1

port is        : /dev/ttyUSB2
flowcontrol    : none
baudrate is    : 115200
parity is      : none
databits are   : 8
stopbits are   : 1
escape is      : C-a
local echo is  : no
noinit is      : no
noreset is     : no
hangup is      : no
nolock is      : no
send_cmd is    : sz -vv
receive_cmd is : rz -vv -E
imap is        : %s
omap is        : 
emap is        : crcrlf,delbs,
logfile is     : none
initstring     : none
exit_after is  : not set
exit is        : no

Type [C-a] [C-h] to see available commands
Terminal ready
"""


def picocom(events, imap="crhex,", banner=True):
    out = (BANNER % imap) if banner else ""
    body = plain(events).decode("latin-1")
    m = []
    for ch in body:
        if ch == "\r" or ("spchex" in imap and (ord(ch) < 0x20 and ch not in "\t\n")):
            m.append("[%02x]" % ord(ch))
        else:
            m.append(ch)
    return (out + "".join(m)).encode("latin-1")


if __name__ == "__main__":
    write(os.path.join(HERE, "picocom-crhex.log"), picocom(EVENTS))
    # pasted without the banner, crhex with spchex
    write(os.path.join(HERE, "picocom-crhex-nobanner.log"), picocom(EVENTS, "crhex,spchex,", False))
