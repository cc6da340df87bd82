#!/usr/bin/env python3
"""The parses the fixture checkers (tests/*_check.py on tests/exact_fixtures.py)
will ask for, made before them in a few runs: each checker is first run with
ATS_FIXTURE_COLLECT (it runs nothing and notes its parses; its verdict then is
nonsense and is dropped), then every noted parse of a file that exists is
made, one run of atscope for each set of options over all the files of all
the checkers, and kept in CACHE_DIR, a file a parse (exact_fixtures.py says
how a checker finds it there). The checkers, run next with
ATS_FIXTURE_CACHE=CACHE_DIR, check exactly what they checked before: each
prefetched parse is the one they would have run, and anything not prefetched
(a file written while checking, another command) they run themselves.

Under the sanitizers a start of atscope costs more than a fixture: each
checker made four runs at least (a whole read and three in pieces), about
thirty checkers in tests/cli/traces.sh.

usage: fixture_prefetch.py ATSCOPE SRC CACHE_DIR CHECKER..."""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import exact_fixtures as ef  # noqa: E402


def main():
    binary, src, cache = sys.argv[1:4]
    checkers = sys.argv[4:]
    # this process parses for real, into its own memory first
    ef.COLLECT = None
    ef.CACHE_DIR = None
    with tempfile.TemporaryDirectory() as tmp:
        req = os.path.join(tmp, 'requests.jsonl')
        env = dict(os.environ, ATS_FIXTURE_COLLECT=req)
        env.pop('ATS_FIXTURE_CACHE', None)
        for c in checkers:
            # 'true' as the binary: a checker's own runs outside Checker do nothing
            subprocess.run([sys.executable, c, 'true', src], env=env, cwd=src,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        groups = {}
        if os.path.isfile(req):
            with open(req) as f:
                for line in f:
                    path, extra = json.loads(line)
                    if os.path.isfile(path):
                        groups.setdefault(tuple(extra), {})[path] = None
    ck = ef.Checker(binary)
    runs = [0]
    run = ck.run

    def counted(*args):
        runs[0] += 1
        return run(*args)
    ck.run = counted
    for extra, paths in groups.items():
        ck.parse_many(list(paths), *extra)
    os.makedirs(cache, exist_ok=True)
    ef.CACHE_DIR = cache
    for key, out in ck.cache.items():
        with open(ef._cache_file(key), 'wb') as f:
            f.write(out)
    print('fixture prefetch: %d parses of %d checkers in %d runs' %
          (len(ck.cache), len(checkers), runs[0]))
    return 0


if __name__ == '__main__':
    sys.exit(main())
