#!/usr/bin/env python3
"""Writes the notebooks of held-out batch 16's class J2 (helper batch16c):
a Jupyter notebook whose code cells' outputs hold the modem session, its
cells' source the Python that wrote the AT strings. Written as nbformat 4
writes a notebook to disk (jupyter/nbformat nbformat/v4/nbjson.py
JSONWriter.writes(): json.dumps(nb, indent=1, sort_keys=True,
separators=(',', ': '), ensure_ascii=False); nbformat/v4/rwbase.py
split_lines(): a cell's source, a stream's text and a mime bundle's text/*
values as str.splitlines(True)), and, for the one-string shape, as a tool
that skips split_lines leaves it (indent=2, the keys in the order it made
them, nbformat first). The sessions are made up here: no one's notebook.

usage: make_notebooks.py   (writes the files beside it)"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def nbformat_dumps(nb, split=True):
    """nbformat's writer: the multi-line strings split, sorted keys, indent 1"""
    if split:
        for cell in nb['cells']:
            if isinstance(cell.get('source'), str):
                cell['source'] = cell['source'].splitlines(True)
            for out in cell.get('outputs', []):
                if out['output_type'] == 'stream' and isinstance(out['text'], str):
                    out['text'] = out['text'].splitlines(True)
                for k, v in out.get('data', {}).items():
                    if k.startswith('text/') and isinstance(v, str):
                        out['data'][k] = v.splitlines(True)
    return json.dumps(nb, indent=1, sort_keys=True, separators=(',', ': '),
                      ensure_ascii=False) + '\n'


def code(n, source, *outputs):
    return {'cell_type': 'code', 'execution_count': n, 'id': 'cell-%02d' % n,
            'metadata': {}, 'outputs': list(outputs), 'source': source}


def md(n, source):
    return {'cell_type': 'markdown', 'id': 'md-%02d' % n, 'metadata': {}, 'source': source}


def stream(text, name='stdout'):
    return {'name': name, 'output_type': 'stream', 'text': text}


def result(n, text):
    return {'data': {'text/plain': text}, 'execution_count': n, 'metadata': {},
            'output_type': 'execute_result'}


def notebook(cells):
    return {'cells': cells,
            'metadata': {'kernelspec': {'display_name': 'Python 3 (ipykernel)',
                                        'language': 'python', 'name': 'python3'},
                         'language_info': {'name': 'python', 'version': '3.11.6'}},
            'nbformat': 4, 'nbformat_minor': 5}


HELPER = ('import serial\n'
          'ser = serial.Serial("/dev/ttyUSB2", 115200, timeout=1)\n'
          '\n'
          'def at(cmd, wait=b"OK\\r\\n"):\n'
          '    ser.write((cmd + "\\r\\n").encode())\n'
          '    print(">>", cmd)\n'
          '    for line in ser.read_until(wait).decode().splitlines():\n'
          '        if line:\n'
          '            print("<<", line)\n')


def pretty(items):
    """IPython's display of a list (IPython/lib/pretty.py RepresentationPrinter,
    max_width 79): on one line when it fits, else an element a line, each
    after the first behind one blank"""
    one = repr(items)
    if len(one) <= 79:
        return one
    return '[' + ',\n '.join(repr(x) for x in items) + ']'


def write(name, text):
    with open(os.path.join(HERE, name), 'w', newline='') as f:
        f.write(text)


# J2 as the batch names it: '>> ' / '<< ' prints in stream outputs, a
# list of strings; the helper's source writes the AT strings (never
# traffic), a markdown cell names a command, an empty output list
write('nb-list-gtlt.ipynb', nbformat_dumps(notebook([
    md(1, '# BG96 bring-up\nCheck the SIM with `AT+CPIN?` first.'),
    code(1, HELPER),
    code(2, 'at("AT+CSQ")', stream('>> AT+CSQ\n<< +CSQ: 20,99\n<< OK\n')),
    code(3, 'at("AT+CPIN?", wait=b"\\r\\n")\nat("AT+CREG?")',
         stream('>> AT+CPIN?\n<< +CME ERROR: 10\n>> AT+CREG?\n<< +CREG: 0,1\n<< OK\n')),
    code(4, 'ser.write(b"AT+COPS?\\r\\n")  # no print: not in the outputs'),
])))

# the same session, one string a text (a tool that skips split_lines),
# indent 2 and the keys unsorted; a stderr stream between (a library's
# logging, Python's basicConfig format)
nb = {'nbformat': 4, 'nbformat_minor': 0,
      'metadata': {'colab': {'provenance': []}, 'kernelspec': {'name': 'python3',
                                                                'display_name': 'Python 3'}},
      'cells': [
          {'cell_type': 'code', 'source': HELPER, 'metadata': {}, 'execution_count': 1,
           'outputs': []},
          {'cell_type': 'code', 'source': 'at("AT+CSQ")\nat("AT+CPIN?", wait=b"\\r\\n")',
           'metadata': {}, 'execution_count': 2,
           'outputs': [{'output_type': 'stream', 'name': 'stdout',
                        'text': '>> AT+CSQ\n<< +CSQ: 20,99\n<< OK\n'},
                       {'output_type': 'stream', 'name': 'stderr',
                        'text': 'WARNING:modem:no OK in 1.0 s, reading the error\n'},
                       {'output_type': 'stream', 'name': 'stdout',
                        'text': '>> AT+CPIN?\n<< +CME ERROR: 10\n'}]},
      ]}
write('nb-one-string.ipynb', json.dumps(nb, indent=2, ensure_ascii=False) + '\n')

# pyserial's reads as the cell's value (execute_result text/plain): a
# bytes repr, and readlines()'s list, IPython's pretty printer breaking it
# an element a line past 79 columns
write('nb-execute-result.ipynb', nbformat_dumps(notebook([
    code(1, 'import serial\nser = serial.Serial("COM7", 115200, timeout=1)'),
    code(2, 'ser.write(b"AT+CSQ\\r")\nser.read(64)',
         result(2, "b'AT+CSQ\\r\\r\\n+CSQ: 20,99\\r\\n\\r\\nOK\\r\\n'")),
    code(3, 'ser.write(b"ATI\\r")\nser.readlines()',
         result(3, pretty([b'ATI\r\r\n', b'Quectel\r\n', b'BG96\r\n',
                           b'Revision: BG96MAR02A07M1G\r\n', b'\r\n', b'OK\r\n']))),
])))

# a library's trace in colour (the ESC of its ANSI codes written \\u001b,
# as json.dumps writes every control character), stdout
ESC = '\x1b'
write('nb-ansi.ipynb', nbformat_dumps(notebook([
    code(1, 'from modemlib import Modem\nm = Modem("/dev/ttyACM0", trace=True)\nm.signal()',
         stream(ESC + '[36m>> AT+CSQ' + ESC + '[0m\n' +
                ESC + '[32m<< +CSQ: 17,99' + ESC + '[0m\n' +
                ESC + '[32m<< OK' + ESC + '[0m\n' +
                ESC + '[36m>> AT+QNWINFO' + ESC + '[0m\n' +
                ESC + '[32m<< +QNWINFO: "FDD LTE","26201","LTE BAND 3",1300' + ESC + '[0m\n' +
                ESC + '[32m<< OK' + ESC + '[0m\n')),
])))

# the reply printed as the modem sent it (print(ser.read(64).decode())):
# its CR LF kept, split by splitlines(True) at each CR and LF
write('nb-terminal-print.ipynb', nbformat_dumps(notebook([
    code(1, 'import serial, time\nser = serial.Serial("/dev/ttyUSB2", 115200, timeout=1)'),
    code(2, 'for c in (b"AT+CSQ\\r", b"AT+CEREG?\\r"):\n'
            '    ser.write(c)\n    time.sleep(0.3)\n    print(ser.read(256).decode(), end="")',
         stream('AT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\nAT+CEREG?\r\r\n+CEREG: 0,5\r\n\r\nOK\r\n')),
])))

# the traffic in a library's logging on stderr (basicConfig's
# 'LEVEL:name:message'), the script's own print on stdout between
write('nb-stderr-logging.ipynb', nbformat_dumps(notebook([
    code(1, 'import logging\nlogging.basicConfig(level=logging.DEBUG)\n'
            'from modemlib import Modem\nm = Modem("/dev/ttyUSB2")'),
    code(2, 'rssi = m.signal()\nprint("signal:", rssi)\nm.sim_state()',
         stream('DEBUG:modemlib.at:>> AT+CSQ\nDEBUG:modemlib.at:<< +CSQ: 23,99\n'
                'DEBUG:modemlib.at:<< OK\n', 'stderr'),
         stream('signal: 23\n'),
         stream('DEBUG:modemlib.at:>> AT+CPIN?\nDEBUG:modemlib.at:<< +CPIN: READY\n'
                'DEBUG:modemlib.at:<< OK\n', 'stderr'),
         result(2, "'READY'")),
])))

# written by hand (the J2 class's own shape): each output inline on its
# line, its keys in the order a person writes them, a text list inline, then
# one whose items go on over the lines and whose last item carries the
# closing brackets; the sources inline
write('nb-inline.ipynb', r"""{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["## Signal and registration (`AT+CSQ`, `AT+CREG?`)"]},
  {
   "cell_type": "code",
   "execution_count": 5,
   "metadata": {},
   "outputs": [{"output_type": "stream", "name": "stdout", "text": [">> AT+CSQ\n", "<< +CSQ: 20,99\n", "<< OK\n"]}],
   "source": ["at(\"AT+CSQ\")"]
  },
  {
   "cell_type": "code",
   "execution_count": 6,
   "metadata": {},
   "outputs": [{"output_type": "stream", "name": "stdout",
                "text": [">> AT+CREG?\n",
                         "<< +CREG: 0,5\n",
                         "<< OK\n"]}],
   "source": ["at(\"AT+CREG?\")"]
  },
  {
   "cell_type": "code",
   "execution_count": 7,
   "metadata": {},
   "outputs": [{"output_type": "stream", "name": "stdout", "text": ">> AT+COPS?\n<< +COPS: 0,0,\"Vodafone.de\",7\n<< OK\n"}],
   "source": ["at(\"AT+COPS?\")"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# the first notebook pasted into an issue: quoted with '> ' (a reply) and
# fenced as json
first = open(os.path.join(HERE, 'nb-list-gtlt.ipynb')).read().splitlines()
write('nb-quoted.md', 'My notebook hangs on the SIM check, here it is:\n\n' +
      ''.join('> ' + l + '\n' if l else '>\n' for l in first) +
      '\nAny idea?\n')
write('nb-fenced.md', 'Notebook attached as text:\n\n```json\n' +
      '\n'.join(first) + '\n```\n')

# negatives: outputs that hold no AT traffic; a command table printed
write('neg-nb-no-at.ipynb', nbformat_dumps(notebook([
    code(1, 'import numpy as np\nx = np.arange(5)\nprint(x.sum())\nx', stream('10\n'),
         result(1, 'array([0, 1, 2, 3, 4])')),
    code(2, 'ser.write(b"AT+CSQ\\r\\n")', result(2, '8')),
])))
write('neg-nb-table.ipynb', nbformat_dumps(notebook([
    md(1, 'Commands used below'),
    code(1, 'for c, d in COMMANDS.items():\n    print(f"{c:<10} {d}")',
         stream('AT+CSQ     signal quality\nAT+CREG?   network registration\n'
                'AT+CPIN?   SIM state\nAT+COPS?   operator\nOK         success\n')),
    code(2, 'print(tabulate(COMMANDS.items(), ["command", "meaning"], tablefmt="github"))',
         stream('| command   | meaning              |\n|-----------|----------------------|\n'
                '| AT+CSQ    | signal quality       |\n| AT+CREG?  | network registration |\n'
                '| AT+CPIN?  | SIM state            |\n')),
])))
