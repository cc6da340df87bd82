"""Fixtures read with exact expectations, for the checkers of one capability
each (heldout7_check.py, glued_check.py, gaveup_check.py): a capture's
records, the format it was read as, and that the records are the same read
a byte at a time and in random pieces.

The parses run many fixtures at once (prefetch; table does it for its
fixtures): under the sanitizers a start of atscope costs more than reading a
small fixture, and a run over several files writes each one's records as a
run of its own would (the same options, --no-redact: no pseudonym numbering
shared between them). A parse asked again with the same options of the same
bytes is answered from the first run's output.

Across checkers (tests/fixture_prefetch.py, which tests/cli/traces.sh runs
before its checkers): ATS_FIXTURE_COLLECT=FILE makes a checker run nothing
and write there every parse it asks for (a checker so run reports nonsense,
which nobody reads); the prefetch then parses them all, a run for each set
of options, into the folder ATS_FIXTURE_CACHE, a file a parse, named by the
parse's key (its options and the bytes of its files: a file changed since is
another key). A checker given that folder answers its parses from it and runs
the rest itself; every expectation is still its own."""
import hashlib
import json
import os
import subprocess

COLLECT = os.environ.get('ATS_FIXTURE_COLLECT')
CACHE_DIR = os.environ.get('ATS_FIXTURE_CACHE')


def _cache_file(key):
    return os.path.join(CACHE_DIR, hashlib.sha1(repr(key).encode()).hexdigest())


class _NoRun:
    """what run() gives while collecting: no output, exit 0"""
    returncode = 0
    stdout = b''
    stderr = b''

# the read sizes every fixture is also fed in (a byte, then two random sizes)
PIECES = (['--read-size', '1'], ['--read-size', '7', '--read-seed', '3'],
          ['--read-size', '64', '--read-seed', '11'])


class Checker:
    def __init__(self, binary):
        self.bin = binary
        self.fail = 0
        self.cache = {}     # key() -> parse's standard output

    def error(self, msg):
        print('FAIL: ' + msg)
        self.fail = 1

    def expect_records(self, name, recs, want_tx, want_urc):
        """The transactions (line, command, final, response texts; in any
        order) and the URCs (line, text; in order) of recs, exactly."""
        tx = sorted((r['line'], r['command'], r.get('final'),
                     [x['text'] for x in r.get('responses', [])])
                    for r in recs if r['kind'] == 'transaction')
        want = sorted((l, c, f, list(rs)) for l, c, f, rs in want_tx)
        if tx != want:
            self.error('%s: transactions\n  got  %s\n  want %s' % (name, tx, want))
        urc = [(r['line'], r['text']) for r in recs if r['kind'] == 'urc']
        if urc != want_urc:
            self.error('%s: URCs %s, want %s' % (name, urc, want_urc))

    def run(self, *args):
        if COLLECT:
            return _NoRun()
        return subprocess.run([self.bin, *args], capture_output=True)

    def cached(self, key):
        """the parse of key in self.cache, from the prefetch's folder, or
        None (while collecting: noted, and b'')"""
        if key in self.cache:
            return self.cache[key]
        if CACHE_DIR and os.path.isfile(_cache_file(key)):
            with open(_cache_file(key), 'rb') as f:
                self.cache[key] = f.read()
            return self.cache[key]
        if COLLECT:
            path, extra = key[-2], key[:-2]
            with open(COLLECT, 'a') as f:
                f.write(json.dumps([path, list(extra)]) + '\n')
            return b''
        return None

    @staticmethod
    def key(path, extra):
        """the run's arguments and the bytes of every file among them: a
        file written again under the same name is another input"""
        h = hashlib.sha1()
        for a in (*extra, path):
            if os.path.isfile(a):
                with open(a, 'rb') as f:
                    h.update(a.encode() + b'\0' + f.read() + b'\0')
        return tuple(extra) + (path, h.hexdigest())

    def parse(self, path, *extra):
        key = self.key(path, extra)
        got = self.cached(key)
        if got is None:
            got = self.cache[key] = self.run('parse', '--no-redact', *extra, path).stdout
        return got

    def parse_many(self, paths, *extra):
        """parse of several files in one run, each one's output cached as
        its own run's; a run that does not give one input record a file
        (a file it cannot read) is done again a file at a time."""
        paths = [p for p in dict.fromkeys(paths) if self.cached(self.key(p, extra)) is None]
        if len(paths) < 2:
            for p in paths:
                self.parse(p, *extra)
            return
        out = self.run('parse', '--no-redact', *extra, *paths).stdout
        segs = []
        for line in out.splitlines(keepends=True):
            if line.startswith(b'{"kind":"input",'):
                segs.append([])
            if not segs:
                break
            segs[-1].append(line)
        if len(segs) != len(paths) or any(
                not s[0].startswith(b'{"kind":"input","path":' + json.dumps(p).encode() + b',')
                for s, p in zip(segs, paths)):
            for p in paths:
                self.parse(p, *extra)
            return
        for p, s in zip(paths, segs):
            self.cache[self.key(p, extra)] = b''.join(s)

    def prefetch(self, entries):
        """entries: (path, options): the whole reads and the PIECES reads
        of them all, a run for each set of options."""
        groups = {}
        for path, opts in entries:
            groups.setdefault(tuple(opts), []).append(path)
        for opts, paths in groups.items():
            for extra in [[]] + list(PIECES):
                self.parse_many(paths, *opts, *extra)

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
        self.prefetch((directory + name, e[1]) for name, e in expect.items())
        for name, (fmt, opts, want_tx, want_urc) in expect.items():
            recs = self.read(name, directory + name, fmt, opts)
            if recs is None:
                continue
            self.expect_records(name, recs, want_tx, want_urc)
        return self.fail
