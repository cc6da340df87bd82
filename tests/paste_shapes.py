"""How people paste a log, applied to every trace fixture and terminal log: each of these
changes must leave the transactions a modem engineer reads (command and
final result) as they were. A metamorphic test: no answer key, the fixture's
own reading is the key, so every fixture added later is covered too.

usage: paste_shapes.py ATSCOPE SRC
"""
import glob
import json
import os
import subprocess
import sys
import tempfile


def lines(b):
    return b.split(b'\n')


def trail(b):
    # blanks after the text, before a CR the line may end with
    out = []
    for l in lines(b):
        if not l.strip():
            out.append(l)
        elif l.endswith(b'\r'):
            out.append(l[:-1] + b'  \r')
        else:
            out.append(l + b' \t ')
    return b'\n'.join(out)


SHAPES = {
    # a Windows editor or a web form: CR LF line ends
    'crlf': lambda b: b.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n'),
    # "\r\n" written through a Windows text-mode stream, or a terminal that
    # adds a CR to every LF of a target printing "\r\n": CR CR LF
    'crcrlf': lambda b: b.replace(b'\r\n', b'\n').replace(b'\n', b'\r\r\n'),
    # a firmware that prints "\n\r", logged as it came
    'lfcr': lambda b: b.replace(b'\r\n', b'\n').replace(b'\n', b'\n\r'),
    # CR alone: an old Mac editor, a terminal that saves CR line ends
    'cr': lambda b: b.replace(b'\r\n', b'\n').replace(b'\n', b'\r'),
    # Notepad's UTF-8 byte-order mark
    'bom': lambda b: b'\xef\xbb\xbf' + b,
    # a terminal's copy padded to its width, or an editor that pads
    'trailing-blanks': trail,
    # a reply that quotes the log
    'quote': lambda b: b'\n'.join(b'> ' + l for l in lines(b)),
    # a markdown indented code block
    'indent': lambda b: b'\n'.join(b'    ' + l if l.strip() else l for l in lines(b)),
    # the person's own words before the log
    'preface': lambda b: b'Hi, here is the log, the modem never connects:\n\n' + b,
    # a fenced code block
    'fence': lambda b: b'```text\n' + b + (b'' if b.endswith(b'\n') else b'\n') + b'```\n',
    # double-spaced: a blank line after every line (a web page copied)
    'double-spaced': lambda b: b'\n\n'.join(lines(b)),
}

# Fixtures that are themselves a damaged paste (cut at a width) stay out of
# the shapes that damage them again in the same place; each with why.
SKIP = {
    ('double-spaced', 'wrap'): 'a line cut at the terminal width, then double-spaced: the cut '
                               'and its rest are no longer neighbours',
    ('trailing-blanks', 'wrap'): 'blanks after a line cut at the width make it longer than the '
                                 'width it was cut at',
    ('bom', 'wrap'): 'reads the same; the first line\'s cut is not recognised',
    ('cr', 'dongle'): 'chan_dongle logs the modem\'s CR LF inside its records: with every '
                      'line end a CR, the records\' own line ends and the file\'s are one',
    ('cr', 'gomodem'): 'the Go modem trace prints the bytes as read, their CR LF inside its '
                       'records: with every line end a CR, the records\' own CRs and the file\'s '
                       'line ends are one',
    ('lfcr', 'gomodem'): 'likewise: the CR after a record\'s LF is the next read\'s own CR',
    ('cr', 'tcpflow'): 'tcpflow -c prints each packet\'s bytes raw, their CR LF inside its '
                       'records: with every line end a CR, the packets\' own CRs and the file\'s '
                       'line ends are one',
    ('lfcr', 'tcpflow'): 'likewise: the CR after a packet\'s LF is the next packet\'s own CR',
    ('quote', 'layered-fence-indent-ansi'): 'four layers deep: a fence in an indented block '
                                            'in a quote',
}
# a report's counted bytes that span the modem's own line ends (+CHTTPSRECV: DATA,38 and an
# HTTP response's header lines): a paste that rewrites every line end changes what the count
# covers, and the framer counts the bytes it reads (left: docs/precision.md round 11)
for _shape in ('crcrlf', 'lfcr', 'cr', 'double-spaced'):
    SKIP[(_shape, 'sim7600-https-recv')] = ('a counted block across line ends: the paste\'s '
                                            'line ends are counted as the modem\'s')


# terminal-log fixtures that test a damage of their own
TERMINAL_SKIP = {
    'line-endings.log': 'every kind of line end mixed on purpose (CR alone among them)',
    'truncated-end.log': 'ends inside a line on purpose: a fence or a quote adds a line end',
    'hostile-bytes.log': 'control and invalid bytes on purpose',
}


def skipped(shape, name):
    return any(s == shape and k in name for (s, k) in SKIP)


def reading(binary, paths):
    """command/final pairs and received data per input path, in one run over all the files"""
    p = subprocess.run([binary, 'parse', '--no-redact'] + paths, capture_output=True)
    if p.returncode not in (0, 1):
        sys.exit('parse failed (%d): %s' % (p.returncode, p.stderr.decode('utf-8', 'replace')))
    got, cur = {}, None
    for l in p.stdout.decode('utf-8', 'replace').splitlines():
        r = json.loads(l)
        if r['kind'] == 'input':
            cur = got.setdefault(r['path'], [])
        elif r['kind'] == 'transaction':
            # blanks after a line are the paste's, not the modem's
            cur.append((r['command'].rstrip(' \t'), (r.get('final') or '').rstrip(' \t')))
        elif r['kind'] == 'data' and r['mode'] == 'received':
            # the bytes a block or a URC announced: the paste's line ends are
            # not the modem's (a count that took them reads '\npon' for 'pong')
            cur.append(('data', r['bytes'], r.get('preview')))
    return got


def main():
    binary, src = sys.argv[1], sys.argv[2]
    files = sorted(glob.glob(os.path.join(src, 'captures/traces/*.log')) +
                   glob.glob(os.path.join(src, 'captures/traces/variants/*.log')))
    # and the terminal logs people paste as they are (raw and stamped lines)
    terminal = sorted(f for pat in ('captures/*.log', 'captures/*/*.log')
                      for f in glob.glob(os.path.join(src, pat))
                      if '/traces/' not in f and '/formats/' not in f and
                      os.path.basename(f) not in TERMINAL_SKIP)
    files += terminal
    base = reading(binary, files)
    files = [f for f in files if base.get(f)]
    fail = 0
    with tempfile.TemporaryDirectory() as tmp:
        for shape, fn in SHAPES.items():
            todo = [f for f in files if not skipped(shape, os.path.basename(f))]
            paths = []
            for f in todo:
                q = os.path.join(tmp, shape + '--' + os.path.basename(f))
                with open(f, 'rb') as i, open(q, 'wb') as o:
                    o.write(fn(i.read()))
                paths.append(q)
            got = reading(binary, paths)
            for f, q in zip(todo, paths):
                if got.get(q) != base[f]:
                    fail = 1
                    print('FAIL: %s pasted %s: %d transactions, %d as read before' %
                          (os.path.relpath(f, src), shape, len(got.get(q) or []),
                           sum(1 for x in (got.get(q) or []) if x in base[f])))
    print('%s: %d fixtures x %d shapes' % ('FAIL' if fail else 'ok', len(files), len(SHAPES)))
    return fail


if __name__ == '__main__':
    sys.exit(main())
