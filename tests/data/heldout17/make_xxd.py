#!/usr/bin/env python3
"""The xxd fixtures: a raw capture of a module's output with the echo on
(session bytes written here, no one's log), dumped by xxd (vim's src/xxd)
as people paste it: its default layout, -g 1 -c 8, -u -g 4, -p."""
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CAP = (b'AT\r\r\nOK\r\nAT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\nAT+CPIN?\r\r\n+CPIN: READY\r\n\r\nOK\r\n'
       b'AT+CGATT=1\r\r\n+CME ERROR: 30\r\n\r\n+CEREG: 2\r\nAT+COPS?\r\r\n'
       b'+COPS: 0,0,"Example",7\r\n\r\nOK\r\n')
RUNS = [('xxd-default.log', '$ xxd cap.bin', [], ''),
        ('xxd-g1-c8.log', 'user@bench:~/caps$ xxd -g 1 -c 8 cap.bin', ['-g', '1', '-c', '8'], ''),
        ('xxd-upper-g4.log', '$ xxd -u -g 4 cap.bin', ['-u', '-g', '4'], '$\n'),
        ('xxd-plain.log', '$ xxd -p cap.bin', ['-p'], '')]
with tempfile.TemporaryDirectory() as tmp:
    cap = os.path.join(tmp, 'cap.bin')
    open(cap, 'wb').write(CAP)
    for name, shell, opts, tail in RUNS:
        dump = subprocess.run(['xxd', *opts, cap], capture_output=True, check=True).stdout
        open(os.path.join(HERE, name), 'wb').write(shell.encode() + b'\n' + dump + tail.encode())
