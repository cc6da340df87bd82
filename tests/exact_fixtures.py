"""Fixtures read with exact expectations, for the checkers of one capability
each (heldout7_check.py, glued_check.py, gaveup_check.py): a capture's
records, the format it was read as, and that the records are the same read
a byte at a time and in random pieces."""
import json
import subprocess

# the read sizes every fixture is also fed in (a byte, then two random sizes)
PIECES = (['--read-size', '1'], ['--read-size', '7', '--read-seed', '3'],
          ['--read-size', '64', '--read-seed', '11'])


class Checker:
    def __init__(self, binary):
        self.bin = binary
        self.fail = 0

    def error(self, msg):
        print('FAIL: ' + msg)
        self.fail = 1

    def run(self, *args):
        return subprocess.run([self.bin, *args], capture_output=True)

    def parse(self, path, *extra):
        return self.run('parse', '--no-redact', *extra, path).stdout

    def read(self, name, path, fmt, opts=()):
        """The records of path (None, said, when there are none), its format
        checked against fmt, its pieces against its whole."""
        whole = self.parse(path, *opts)
        recs = [json.loads(l) for l in whole.decode('utf-8', 'replace').splitlines() if l.strip()]
        if not recs:
            self.error('%s: no records' % name)
            return None
        got = recs[0].get('layers', recs[0].get('format'))
        if got != fmt:
            self.error('%s: format %r, want %r' % (name, got, fmt))
        for extra in PIECES:
            if self.parse(path, *opts, *extra) != whole:
                self.error('%s: reads otherwise with %s' % (name, ' '.join(extra)))
        return recs

    def table(self, directory, expect):
        """expect: file -> (format, options, [(line, command, final,
        [responses])], [(line, urc)]), every transaction and URC exact."""
        for name, (fmt, opts, want_tx, want_urc) in expect.items():
            recs = self.read(name, directory + name, fmt, opts)
            if recs is None:
                continue
            tx = sorted((r['line'], r['command'], r.get('final'),
                         [x['text'] for x in r.get('responses', [])])
                        for r in recs if r['kind'] == 'transaction')
            want = sorted((l, c, f, list(rs)) for l, c, f, rs in want_tx)
            if tx != want:
                self.error('%s: transactions\n  got  %s\n  want %s' % (name, tx, want))
            urc = [(r['line'], r['text']) for r in recs if r['kind'] == 'urc']
            if urc != want_urc:
                self.error('%s: URCs %s, want %s' % (name, urc, want_urc))
        return self.fail
