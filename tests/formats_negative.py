#!/usr/bin/env python3
"""Negative detection for the capture tools read by a format definition
(the MANIFEST rows whose format `atscope formats` lists as a trace): each
such definition scores 0 on every capture, fixture and negative sample that
is not one of its own fixtures, and on its own fixtures no other candidate
but raw scores. Usage: formats_negative.py ATSCOPE SRC"""
import os
import subprocess
import sys

from atscope_runs import candidates_many


def main():
    binary, src = sys.argv[1], sys.argv[2]
    listing = subprocess.run([binary, "formats"], capture_output=True, text=True).stdout
    traces = {l.split()[0] for l in listing.splitlines()[1:]
              if not l.startswith(" ") and len(l.split()) > 1 and l.split()[1] == "trace"}
    own = {}
    for l in open(os.path.join(src, "captures", "formats", "MANIFEST")):
        f = l.split()
        if f and not f[0].startswith("#") and f[1] in traces:
            own[os.path.join("captures", "formats", f[0])] = f[1]
    tools = set(own.values())
    # the same tools' fixtures among the trace variants (another locale's
    # date): their own too, by their answer key
    import json
    # (a variant in a shape another definition also reads, such as
    # jpnevulator's hex-only rows that hex-rows reads as bare rows, only has
    # to be won by its own: traces_check.py checks its detection)
    vd = os.path.join("captures", "traces", "variants")
    variants = set()
    for n, e in json.load(open(os.path.join(src, vd, "EXPECTED.json"))).items():
        if e["format"].split(" > ")[-1] in tools:
            own[os.path.join(vd, n)] = e["format"].split(" > ")[-1]
            variants.add(os.path.join(vd, n))
    if not tools:
        print("FAIL: no MANIFEST row is read by a definition")
        return 1
    skip = (".py", ".md", ".json")
    files = []
    for top in ("captures", os.path.join("tests", "negative")):
        for d, _, names in os.walk(os.path.join(src, top)):
            for n in names:
                if n.endswith(skip) or n in ("MANIFEST", "BROKEN"):
                    continue
                files.append(os.path.relpath(os.path.join(d, n), src))
    fail = 0
    scores = candidates_many(binary, [os.path.join(src, rel) for rel in sorted(files)])
    for rel in sorted(files):
        c = scores[os.path.join(src, rel)]
        mine = own.get(rel)
        if mine:
            floor = c.get(mine, 0) if rel in variants else 0
            bad = sorted(k for k, v in c.items() if v > floor and k not in (mine, "raw"))
            if c.get(mine, 0) == 0:
                print(f"FAIL: {rel}: its format {mine} does not score")
                fail = 1
        else:
            bad = sorted(k for k, v in c.items() if v > 0 and k in tools)
        if bad:
            print(f"FAIL: {rel}: also scored by {', '.join(bad)}")
            fail = 1
    print(f"{len(tools)} tool definitions ({', '.join(sorted(tools))}) against {len(files)} files")
    return fail


if __name__ == "__main__":
    sys.exit(main())
