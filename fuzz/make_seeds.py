#!/usr/bin/env python3
"""make_seeds.py - writes the seed inputs of every fuzz target.

    python3 fuzz/make_seeds.py OUTDIR      # OUTDIR/<target>/seed-<name>

Seeds are the repository's captures (captures/*.log and the tool formats in
captures/formats/) cut to a few hundred bytes at a line end, hand-made edge
cases (lone CR, a prompt without a line end, Ctrl-Z payload, "+++", a 10 KB
line, UTF-16, NULs), and for the profile target small profile and rules
configuration files, valid and broken. Each target's header bytes (see the
comment at the top of fuzz/<target>_fuzzer.c) are prepended. The committed
corpus fuzz/corpus/ started from these, then grew by fuzzing and was
minimised with -merge=1 (make fuzz FUZZ_MERGE=1).
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CUT = 400


def formats():
    """Reader names in registry order (parser/readers/readers.c), as ats_format_at(i)."""
    reg = open(os.path.join(ROOT, 'parser/readers/readers.c')).read()
    body = reg[reg.index('ats_readers[]'):]
    order = re.findall(r'&(rd_\w+)', body)
    names = {}
    for f in os.listdir(os.path.join(ROOT, 'parser/readers')):
        if f.startswith('reader_') and f.endswith('.c'):
            src = open(os.path.join(ROOT, 'parser/readers', f), encoding='utf-8',
                       errors='replace').read()
            for var, name in re.findall(r'const rd_vt (rd_\w+) = \{\s*\{\s*"([^"]+)"', src):
                names[var] = name
    # a reader whose description is a macro (raw's) is named as its variable
    return [names.get(v, v[3:]) for v in order]


def cut(data, n=CUT):
    """The first n bytes, ending at a line end if there is one."""
    if len(data) <= n:
        return data
    k = data.rfind(b'\n', 0, n)
    return data[:k + 1] if k > n // 3 else data[:n]


def captures():
    out = {}
    cdir = os.path.join(ROOT, 'captures')
    for f in sorted(os.listdir(cdir)):
        if f.endswith('.log'):
            data = open(os.path.join(cdir, f), 'rb').read()
            out['cap-' + f] = cut(data)
            if f == 'hostile-bytes.log':
                for i, off in enumerate((8000, 30000, 60000)):
                    k = data.find(b'\n', off)
                    out['cap-hostile-%d' % i] = cut(data[k + 1:])
    fdir = os.path.join(cdir, 'formats')
    for f in sorted(os.listdir(fdir)):
        if f.endswith(('.py', '.md')) or f in ('MANIFEST', 'BROKEN'):
            continue
        data = open(os.path.join(fdir, f), 'rb').read()
        # analyser exports spend a line per byte: take more of them
        n = 1500 if f.endswith(('.csv', '.txt')) else CUT
        out['fmt-' + f] = cut(data, n)
    return out


def edge_cases():
    e = {
        'lone-cr': b'\r',
        'lone-lf': b'\n',
        'cr-first': b'\rAT\rOK\r',
        'crlf-only': b'\r\n\r\n\r\n',
        'lfcr': b'AT\n\rOK\n\r',
        'prompt-no-eol': b'AT+MIPSEND=1,5\r\n> ',
        'prompt-payload-no-eol': b'AT+MIPSEND=1,5\r\n> 01',
        'prompt-bare': b'>',
        'ctrlz-payload': b'AT+CMGS="123"\r\n> hello\x1a\r\nOK\r\n',
        'esc-payload': b'AT+CMGS="123"\r\n> hel\x1b\r\nOK\r\n',
        'ctrlz-empty': b'AT+MIPSEND=1\r\n>\x1a\r\nOK\r\n',
        'payload-slash': b'AT+MIPSEND=1,4\r\n> //note\r\nOK\r\n',
        'payload-len-span': b'AT+MIPSEND=1,8\r\n> ab\r\ncd\r\nOK\r\n',
        'escape-plus': b'AT+MIPODM=1,,"1.2.3.4",80,0\r\nCONNECT\r\nabc+++OK\r\n',
        'escape-plus-eol': b'ATD*99#\r\nCONNECT 115200\r\nxyz\r\n+++\r\nOK\r\nATO\r\nCONNECT\r\nNO CARRIER\r\n',
        'long-line-10k': b'AT+X=' + b'A' * 10240 + b'\r\nOK\r\n',
        'long-response': b'AT+CSQ\r\n+CSQ: ' + b'9' * 5000 + b'\r\nOK\r\n',
        'nul-bytes': b'AT\x00+CSQ\r\n\x00OK\r\n',
        'not-utf8': b'AT+COPS?\r\n+COPS: 0,0,"\xff\xfe\xc3"\r\nOK\r\n',
        'utf16le': 'AT+CSQ\r\n+CSQ: 24,99\r\nOK\r\n'.encode('utf-16-le'),
        'utf16le-bom': b'\xff\xfe' + 'AT\r\nOK\r\n'.encode('utf-16-le'),
        'utf16be-odd': b'\xfe\xff' + 'AT\r\nOK\r\n'.encode('utf-16-be') + b'\x00',
        'quoted-cr': b'AT+MIPOPEN=1,,"a\rb",1,0\r\nOK\r\n',
        'many-urcs': b'AT+MIPOPEN=1,,"h",1,0\r\n' + b'+MIPRTCP: 1,0,30\r\n' * 12 + b'OK\r\n',
        'async-overlap': (b'AT+MIPOPEN=1,,"h",1,0\r\nOK\r\nAT+MIPOPEN=2,,"h",1,0\r\nOK\r\n'
                          b'AT+MIPSEND=1,2\r\n> ab\r\nOK\r\n+MIPOPEN: 1,1\r\n'),
        'retry-chain': b'AT+CSQ\r\nERROR\r\nAT+CSQ\r\nERROR\r\nAT+CSQ\r\nOK\r\n',
        'numeric-v0': b'ATV0\r0\rAT+CSQ\r\n+CSQ: 1,1\r\n0\rATX\r4\r',
        'cme-error': b'AT+CPIN?\r\n+CME ERROR: 10\r\nAT+CMGS=1\r\n+CMS ERROR: SIM busy\r\n',
        'note-http': b'AT+HTTPPARA="URL","http://x/y" // a note\r\nOK\r\n',
        'putty-banner': b'=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2020.06.16 10:21:33 =~=~=~=~=~=~=~=~=~=~=~=\r\nAT\r\nOK\r\n',
        'no-final-eof': b'AT+MIPCALL=1,"CMNET"\r\n',
        'command-cut': b'AT+MIPC',
        'sscom-header-only': '[10:21:33.123]发→◇'.encode(),
        'tsline-three': b'[10:21:33.123] AT\n[10:21:33.200] OK\n[10:21:34.000] AT+CSQ\n',
        'mm-arrow': b"<dbg> [1592302893.123456] [modem0/ttyUSB2/at] --> 'AT+CSQ<CR>'\n"
                    b"<dbg> [1592302893.223456] [modem0/ttyUSB2/at] <-- '<CR><LF>OK<CR><LF>\\26'\n",
        'socat-v': b'> 2020/06/16 10:21:33.123456  length=7 from=0 to=6\nAT+CSQ\r< 2020/06/16 10:21:33.141002  length=6 from=0 to=5\n\r\nOK\r\n',
    }
    return e


def profiles():
    base = json.load(open(os.path.join(ROOT, 'rules/profiles/fibocom-l610.json'), encoding='utf-8'))
    p = {}
    p['prof-builtin'] = json.dumps(base, ensure_ascii=False).encode()
    small = {"profile_version": 1, "id": "t", "name": "tiny",
             "finals": [{"pattern": "^SEND OK$", "result": "ok", "samples": ["SEND OK"]}],
             "urcs": [{"name": "+X", "pattern": "^\\+X: ?(?<id>\\d+)", "samples": ["+X: 1"]}],
             "commands": [{"name": "+MIPSEND", "timeout_s": 2, "prompt": True},
                          {"name": "+MIPOPEN", "async": True, "timeout_s": 1}]}
    p['prof-small'] = json.dumps(small).encode()
    p['prof-min'] = b'{"id":"m"}'
    p['prof-bad-version'] = b'{"profile_version":2,"id":"x"}'
    p['prof-no-id'] = b'{"name":"x"}'
    p['prof-bad-regex'] = b'{"id":"x","urcs":[{"name":"+A","pattern":"^(+A"}]}'
    p['prof-sample-mismatch'] = b'{"id":"x","urcs":[{"name":"+A","pattern":"^\\\\+A$","samples":["+B"]}]}'
    p['prof-backtrack'] = b'{"id":"x","urcs":[{"name":"+A","pattern":"^(a+)+$","samples":["aaaa"]}]}'
    p['prof-not-object'] = b'[1,2,3]'
    p['prof-truncated'] = p['prof-small'][:60]
    p['prof-dup-keys'] = b'{"id":"a","id":"b","commands":[{"name":"E"},{"name":"E"}]}'
    p['prof-nul'] = b'{"id":"a\\u0000b"}'
    p['prof-deep'] = b'[' * 300 + b']' * 300
    p['prof-classes'] = json.dumps({"id": "c", "classes": base.get("classes", {}),
                                    "rules": base.get("rules", {})}).encode()
    p['prof-bad-class'] = b'{"id":"c","classes":{"send":[1]},"rules":{"send-length":{"max_send_len":"x"}}}'
    p['cfg-disable'] = b'{"rules":{"async-overlap":{"enabled":false}}}'
    p['cfg-severity'] = b'{"rules":{"async-overlap":{"severity":"warning"}}}'
    p['cfg-param'] = b'{"rules":{"send-length":{"max_send_len":100}}}'
    p['cfg-unknown-rule'] = b'{"rules":{"no-such-rule":{}}}'
    p['cfg-unknown-param'] = b'{"rules":{"send-length":{"nope":1}}}'
    p['cfg-bad-severity'] = b'{"rules":{"send-length":{"severity":"fatal"}}}'
    p['cfg-bad-type'] = b'{"rules":{"send-length":{"max_send_len":-1.5e308}}}'
    p['cfg-broken'] = b'{"rules":{"send-length":'
    p['cfg-empty'] = b''
    p['cfg-rules-array'] = b'{"rules":[]}'
    return p


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    fmts = formats()
    nsel = len(fmts) + 1
    caps = captures()
    edge = edge_cases()
    plain = dict(caps)
    plain.update(('edge-' + k, v) for k, v in edge.items())

    def write(target, name, data):
        d = os.path.join(out, target)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, 'seed-' + name), 'wb') as f:
            f.write(data)

    for name, data in plain.items():
        write('builder', name, data)
        # input: byte 0 = sel + nsel * chunk index; auto, whole
        write('input', name, bytes([0]) + data)
        # differential: auto, pieces of up to 7 bytes
        write('differential', name, bytes([0, 6, len(name) & 0xFF]) + data)
        # framer: max_line 80, annotations, undirected, chunk index 5 (5 bytes)
        if name.startswith('edge-') or name.startswith('cap-'):
            write('framer', name, bytes([0, 64, 0x51, len(name) & 0xFF]) + data)
    for name, data in caps.items():
        if not name.startswith('fmt-'):
            continue
        fmt = None
        for i, f in enumerate(fmts):
            if (name[4:].startswith(f[:4]) or (f == 'modemmanager' and name.startswith('fmt-mm'))
                    or (f == 'sigrok' and name.startswith('fmt-pulseview'))):
                fmt = i
        if fmt is None:
            continue
        # forced format (sel = fmt + 1), chunk index 2 (2 bytes)
        write('input', name + '-forced', bytes([(fmt + 1) + nsel * 2]) + data)
        write('differential', name + '-forced', bytes([128 + fmt + 1, 30, 7]) + data)
    # framer: directed, exact payload, reader lines, small max_line
    write('framer', 'directed-send', bytes([0, 0, 0x0F, 1]) +
          b'AT+MIPSEND=1,5\r\n> \r\n01\r\n234\r\nOK\r\n')
    write('framer', 'data-mode', bytes([1, 0, 0x25, 2]) +
          b'ATD*99#\r\nCONNECT\r\nabc\r\n+++OK\r\n')
    write('framer', 'maxline16', bytes([0, 0, 0x11, 3]) +
          b'AT+' + b'X' * 40 + b'\r\nOK\r\nAT+MIPSEND=1\r\n> ' + b'p' * 40 + b'\x1a\r\n')
    for name, data in profiles().items():
        write('profile', name, data)


if __name__ == '__main__':
    main()
