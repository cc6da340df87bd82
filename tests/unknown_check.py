#!/usr/bin/env python3
"""Traces no definition knows (tests/unknown/): each log is read as its
labels.json says ("expect_format", and "expect": the exact transactions,
[line, command, final], that atscope must read: the person's view where the
log is read, none where it must be refused), a byte at a time and in random
pieces as whole, and the logs without AT traffic give no transaction.

    unknown_check.py BIN SRC
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile


def parse(binary, path, extra=()):
    p = subprocess.run([binary, "parse", "--no-redact", *extra, path], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    if p.returncode not in (0, 1):
        raise SystemExit(f"FAIL: {path}: exit {p.returncode}: {p.stderr.decode()[:200]}")
    return p.stdout.decode("utf-8", "replace")


def parse_all(binary, paths, extra=()):
    """path -> parse's output, from one run over them all: under the
    sanitizers a start of atscope costs more than reading a log, and a run
    over several files writes each one's records as its own run would
    (--no-redact: no pseudonyms numbered across them). A run that does not
    give each file its input record in order is done again a file at a time
    (which names the culprit)."""
    paths = list(paths)
    p = subprocess.run([binary, "parse", "--no-redact", *extra, *paths], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    segs = []
    if p.returncode in (0, 1):
        for l in p.stdout.decode("utf-8", "replace").splitlines(keepends=True):
            if l.startswith('{"kind":"input",'):
                segs.append([])
            elif not segs:
                break
            segs[-1].append(l)
    if len(segs) != len(paths) or any(json.loads(s[0])["path"] != path for s, path in zip(segs, paths)):
        return {path: parse(binary, path, extra) for path in paths}
    return {path: "".join(s) for path, s in zip(paths, segs)}


def main():
    binary, src = sys.argv[1], sys.argv[2]
    d = os.path.join(src, "tests", "unknown")
    labels = json.load(open(os.path.join(d, "labels.json")))
    fail = 0
    paths = [os.path.join(d, name) for name in sorted(labels)]
    wholes = parse_all(binary, paths)
    pieces = {extra: parse_all(binary, paths, extra)
              for extra in (("--read-size", "1"), ("--read-size", "300", "--read-seed", "5"))}
    # the pasted shapes below, of every inferred log, in one run
    tmpdir = tempfile.mkdtemp(prefix="unknown-")
    pasted = {}
    for name, lab in sorted(labels.items()):
        if lab["expect_format"] == "inferred":
            text = open(os.path.join(d, name), encoding="utf-8").read().splitlines()
            for shape, lines in (("crlf", [l + "\r" for l in text]),
                                 ("quote", ["> " + l for l in text]),
                                 ("indent", ["    " + l for l in text]),
                                 ("fence", ["```"] + text + ["```"])):
                tmp = os.path.join(tmpdir, f"{shape}-{name}")
                with open(tmp, "w", encoding="utf-8", newline="") as fh:
                    fh.write("\n".join(lines) + "\n")
                pasted[(name, shape)] = tmp
    pasted_out = parse_all(binary, pasted.values()) if pasted else {}
    shutil.rmtree(tmpdir)
    for name, lab in sorted(labels.items()):
        path = os.path.join(d, name)
        whole = wholes[path]
        recs = [json.loads(l) for l in whole.splitlines()]
        inp = recs[0]
        fmt = inp.get("layers", inp["format"])
        if fmt != lab["expect_format"]:
            print(f"FAIL: {name}: read as {fmt!r}, expected {lab['expect_format']!r}")
            fail = 1
        got = sorted([[r["line"], r["command"], r.get("final")] for r in recs
                      if r["kind"] == "transaction"])
        if got != lab["expect"]:
            print(f"FAIL: {name}: transactions {got}, expected {lab['expect']}")
            fail = 1
        if lab["shape"] == "no-at" and got:
            print(f"FAIL: {name}: a log without AT traffic gave transactions")
            fail = 1
        # pasted the ways people paste (CR LF, a quote, an indented or a
        # fenced block): the template is inferred under the structural
        # layers, the same commands and finals are read
        if lab["expect_format"] == "inferred":
            want = [[c, f] for _, c, f in lab["expect"]]
            for shape in ("crlf", "quote", "indent", "fence"):
                pr = [json.loads(l) for l in pasted_out[pasted[(name, shape)]].splitlines()]
                pgot = [[r["command"], r.get("final")] for r in sorted(
                    (r for r in pr if r["kind"] == "transaction"), key=lambda r: r["line"])]
                if pgot != want or not pr[0].get("layers", pr[0]["format"]).endswith("inferred"):
                    print(f"FAIL: {name} pasted ({shape}): {pr[0].get('layers', pr[0]['format'])} "
                          f"{pgot}, expected {want}")
                    fail = 1
        # the template is inferred from the sample, then every line is read
        # with it: the same whatever the pieces the bytes come in
        for extra in (("--read-size", "1"), ("--read-size", "300", "--read-seed", "5")):
            if pieces[extra][path] != whole:
                print(f"FAIL: {name}: {' '.join(extra)} differs from the whole read")
                fail = 1
    return fail


if __name__ == "__main__":
    sys.exit(main())
