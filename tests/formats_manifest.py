#!/usr/bin/env python3
"""Every fixture in captures/formats/ (its MANIFEST: fixture, format, plain
rendering, time yes/no, direction yes/no): detection picks its format; its
transactions are the plain capture's (formats_equiv.py); byte-at-a-time and
random chunks give identical output; time and direction are what the format
carries; forcing the format gives the same. Plain captures are never
detected as a tool's format. Each kind of run reads every fixture in one
start (atscope_runs.py). Usage: formats_manifest.py ATSCOPE SRC"""
import os
import sys

from atscope_runs import parse_many
from formats_equiv import diff, facts_of


def parse_all(binary, paths, extra=()):
    # the tests compare what the tool says of itself: the default report
    # options (redaction on), as a user runs it
    return parse_many(binary, paths, None, extra)


def main():
    binary, src = sys.argv[1], sys.argv[2]
    os.chdir(src)
    rows = []
    for l in open(os.path.join("captures", "formats", "MANIFEST")):
        f = l.split()
        if f and not f[0].startswith("#"):
            rows.append(f)
    if not rows:
        print("FAIL: no fixtures")
        return 1
    path = {r[0]: os.path.join("captures", "formats", r[0]) for r in rows}
    fixtures = [path[r[0]] for r in rows]
    plains = sorted({os.path.join("captures", "formats", r[2]) for r in rows})
    whole = parse_all(binary, fixtures)
    plain = parse_all(binary, plains)
    bytes1 = parse_all(binary, fixtures, ("--read-size", "1"))
    # byte-at-a-time cuts everywhere; random pieces of up to 50 bytes (one
    # seed: three only repeated it) read several lines at once
    rand = parse_all(binary, fixtures, ("--read-size", "50", "--read-seed", "1"))
    forced = {}
    for fmt in sorted({r[1] for r in rows}):
        forced.update(parse_all(binary, [path[r[0]] for r in rows if r[1] == fmt],
                                ("--input-format", fmt)))
    fail = 0
    for fixture, fmt, pl, time, direction in rows:
        f = path[fixture]
        w = whole[f].decode()
        first = w.splitlines()[0]
        got = first.split('"format":"', 1)[1].split('"', 1)[0] if '"format":"' in first else None
        if got != fmt:
            print(f"FAIL: {f} detected as '{got}', not '{fmt}'")
            fail = 1
        for key, want in (("has_timestamps", time), ("has_directions", direction)):
            if f'"{key}":{"true" if want == "yes" else "false"}' not in w:
                print(f"FAIL: {f}: {key} should be {want}")
                fail = 1
        pp = os.path.join("captures", "formats", pl)
        d = diff(facts_of(plain[pp].decode().splitlines()), facts_of(w.splitlines()), pp, f)
        if d:
            print(f"FAIL: {f}: transactions differ from {pl}:")
            print("\n".join(d[:20]))
            fail = 1
        if bytes1[f] != whole[f]:
            print(f"FAIL: {f}: byte-at-a-time output differs")
            fail = 1
        if rand[f] != whole[f]:
            print(f"FAIL: {f}: random chunks (seed 1) differ")
            fail = 1
        # forcing the format gives the same (but the input record's reason)
        if forced[f].split(b"\n", 1)[1] != whole[f].split(b"\n", 1)[1]:
            print(f"FAIL: {f}: --input-format {fmt} differs")
            fail = 1
    # plain captures are never read as a tool's format
    bare = sorted(os.path.join("captures", n) for n in os.listdir("captures") if n.endswith(".log"))
    bare += sorted(os.path.join("captures", "formats", n) for n in os.listdir(os.path.join("captures", "formats"))
                   if n.endswith(".plain.log"))
    for f, out in parse_all(binary, bare).items():
        first = out.decode().splitlines()[0]
        got = first.split('"format":"', 1)[1].split('"', 1)[0]
        if got != "raw":
            print(f"FAIL: plain capture {f} detected as '{got}'")
            fail = 1
    if not fail:
        print(f"{len(rows)} format fixtures detected, equivalent to plain, chunk-invariant")
    return fail


if __name__ == "__main__":
    sys.exit(main())
