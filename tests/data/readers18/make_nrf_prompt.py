#!/usr/bin/env python3
"""nRF Connect for Desktop's Serial Terminal in line mode, a session with
data typed after the modem's prompt: the app writes each line it sends as
'> ' and the line (NordicSemiconductor/pc-nrfconnect-serial-terminal
src/components/Terminal/Terminal.tsx writeLineModeToXterm():
terminal.writeln of '\\x1b[32;1m> ' + data.trim() + '\\x1b[32;0m'), the
port's bytes as they come (onData()); the modem's prompt '> ' has no line
end, so the typed line is written on its row: '> > data'. The saved log
trims each row and leaves out empty ones. An SMS in PDU mode (3GPP TS
27.005 AT+CMGS=<length>, the prompt, the PDU) and the Serial LTE Modem's
data mode (AT#XSEND without data, #XDATAMODE: 0 when it ends).

    make_nrf_prompt.py   writes nrf-prompt-data.log, nrf-prompt-data-ansi.log"""
import os

G, E = '\x1b[32;1m', '\x1b[32;0m'
ROWS = [
    ('tx', 'AT+CFUN?'), ('rx', '+CFUN: 1'), ('rx', 'OK'),
    ('tx', 'AT+CMGF=0'), ('rx', 'OK'),
    ('tx', 'AT+CMGS=21'), ('ptx', '0001000B916407281553F80000094F33D8BD0E8A0100'),
    ('rx', '+CMGS: 7'), ('rx', 'OK'),
    ('tx', 'AT#XSEND'), ('rx', 'OK'), ('ptx', 'hello from the SLM'), ('rx', '#XDATAMODE: 0'),
    ('tx', 'AT+CEREG?'), ('rx', '+CEREG: 0,1,"0A1B","0123ABCD",7'), ('rx', 'OK'),
]


def render(colour):
    out = []
    for kind, text in ROWS:
        sent = (G + '> ' + text + E) if colour else '> ' + text
        out.append(sent if kind == 'tx' else '> ' + sent if kind == 'ptx' else text)
    return '\n'.join(out) + '\n'


os.chdir(os.path.dirname(os.path.abspath(__file__)))
with open('nrf-prompt-data.log', 'w') as f:
    f.write(render(False))
with open('nrf-prompt-data-ansi.log', 'w') as f:
    f.write(render(True))
