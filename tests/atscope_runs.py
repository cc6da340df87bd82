"""Runs of atscope over many captures at once, for the test scripts: one
start-up for a folder, not one a file (under the sanitizers a start costs
more than reading a small fixture). Each result is keyed by path, as a run of
its own would give it."""
import subprocess

def cmd_of(binary, paths, profile, extra):
    # with a profile: an answer key's run, whose numbers are as the traces
    # print them (read, not redacted); without: the tool's defaults
    opts = ["--no-redact", "-p", profile] if profile else []
    return [binary, "parse", "-f", "jsonl", *opts, *extra, *paths]

def parse(binary, path, profile, extra=()):
    cmd = cmd_of(binary, [path], profile, extra)
    out = subprocess.run(cmd, capture_output=True)
    if out.returncode != 0:
        raise SystemExit(f"FAIL: {' '.join(cmd)}: exit {out.returncode}: {out.stderr[:300]!r}")
    return out.stdout

def parse_many(binary, paths, profile, extra=()):
    """parse of many captures in one run (one start-up, not one a file: under
    the sanitizers a start costs more than reading a fixture): path -> its
    JSON Lines, from its input record to the next one's."""
    paths = list(paths)
    cmd = cmd_of(binary, paths, profile, extra)
    out = subprocess.run(cmd, capture_output=True)
    if out.returncode != 0:
        for path in paths:      # the capture that fails, by its own run
            parse(binary, path, profile, extra)
        raise SystemExit(f"FAIL: {' '.join(cmd[:8])} ...: exit {out.returncode}: {out.stderr[:300]!r}")
    segs = []
    for line in out.stdout.splitlines(keepends=True):
        if line.startswith(b'{"kind":"input",'):
            segs.append([])
        segs[-1].append(line)
    if len(segs) != len(paths):
        raise SystemExit(f"FAIL: parse of {len(paths)} captures gave {len(segs)} input records")
    return {path: b"".join(seg) for path, seg in zip(paths, segs)}

def candidates_many(binary, paths):
    """formats --explain of many captures in one run: path -> every
    candidate's score."""
    paths = list(paths)
    out = subprocess.run([binary, "formats", "--explain", *paths], capture_output=True, text=True,
                         errors="replace").stdout.splitlines()
    res, cur, table = {}, None, False
    for l in out:
        if l and not l.startswith(" "):          # a report starts with its path
            cur, table = res.setdefault(l, {}), False
        elif l.strip().startswith("CANDIDATE"):
            table = True
        elif table and len(l.split()) > 1 and l.split()[1].isdigit():
            cur[l.split()[0]] = int(l.split()[1])
    if list(res) != paths:
        raise SystemExit(f"FAIL: formats --explain of {len(paths)} captures gave {len(res)} reports")
    return res
