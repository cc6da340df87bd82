#!/bin/sh
# The fuzz corpora (fuzz/corpus/) through the atscope program, in the test
# build (ASan/UBSan under `make test`): the inputs the fuzzers kept reach the
# CLI's own code too (record and report writers, escaping, options).
#   input, differential, builder: `parse` and `check` on the captures (the
#       harness header bytes removed), with the --input-format and read sizes
#       the header chose; captures with the same options go in one run, and a
#       failing run is repeated per capture to name the culprit;
#   profile: each file as --profile and as --config.
# Nothing may hang, crash or trip a sanitizer; exit codes are the documented
# ones (2 only with a message); every output is valid JSON, and every check
# report validates against docs/report.schema.json.
set -u
BIN=$1
SRC=$2
cd "$SRC" || exit 1
exec python3 - "$BIN" <<'PY'
import json, os, shutil, subprocess, sys, tempfile

BIN = sys.argv[1]
# seconds per run (a hang fails, it does not stall the suite)
LIMIT = int(os.environ.get("FUZZ_REPLAY_LIMIT", "60"))
try:
    import jsonschema
    SCHEMA = jsonschema.Draft202012Validator(json.load(open("docs/report.schema.json")))
except ImportError:
    SCHEMA = None
CHUNKS = [0, 1, 2, 3, 4, 5, 7, 8, 13, 16, 31, 64, 100, 255, 1000, 4096]   # fuzz_common.h
out = subprocess.run([BIN, "formats"], capture_output=True, text=True).stdout.splitlines()
FORMATS = [l.split()[0] for l in out[1:] if l[:1].isalpha()]
NSEL = len(FORMATS) + 1
failures = []
runs = 0


def problem(args, rc, stdout, stderr, allowed):
    """Why this run is wrong, or None."""
    if rc is None:
        return "no result in %d s (hang)" % LIMIT
    if "runtime error" in stderr or "Sanitizer" in stderr:
        return "sanitizer report:\n" + stderr[:3000]
    if rc not in allowed:
        return "exit %d (expected one of %s): %s" % (rc, allowed, stderr[:500])
    if rc == 2 and "atscope: " not in stderr:
        return "exit 2 without a message"
    try:
        if args[0] == "parse":
            for ln in stdout.splitlines():
                json.loads(ln)
        elif rc != 2 or stdout.strip():   # exit 2 with a report: inconclusive
            r = json.loads(stdout)
            if SCHEMA:
                SCHEMA.validate(r)
            s = r["summary"]
            for sev in ("error", "warning", "info"):
                total = sum(x["violations"] for x in r["rules"] if x["severity"] == sev)
                assert total == s["violations"][sev], ("violation count", sev)
            assert (s["verdict"] == "fail") == (rc == 1), ("verdict", s["verdict"], rc)
            assert (s["verdict"] == "inconclusive") == (rc == 2), ("verdict", s["verdict"], rc)
    except Exception as e:  # any failure, reported with the run
        return "output is not valid: %s" % str(e)[:500]
    return None


def run(args, allowed):
    global runs
    runs += 1
    try:
        p = subprocess.run([BIN] + args, capture_output=True, timeout=LIMIT)
        rc, so, se = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        rc, so, se = None, b"", b""
    return problem(args, rc, so.decode("utf-8", "replace"), se.decode("utf-8", "replace"), allowed)


def run_group(args, allowed, files, names):
    why = run(args + files, allowed)
    if why is None:
        return
    # name the culprit(s)
    for f, n in zip(files, names):
        w = run(args + [f], allowed)
        if w:
            failures.append("%s: atscope %s: %s" % (n, " ".join(args), w))
    if not any(n in x for x in failures for n in names):
        failures.append("%s ...: atscope %s: %s" % (names[0], " ".join(args), why))


tmp = tempfile.mkdtemp()
groups = {}   # options -> [(capture path, corpus file)]
for t, skip in (("input", 1), ("differential", 3), ("builder", 0)):
    d = os.path.join("fuzz/corpus", t)
    for name in sorted(os.listdir(d)) if os.path.isdir(d) else []:
        data = open(os.path.join(d, name), "rb").read()
        if len(data) < skip:
            continue
        opts = []
        if t == "input":
            sel = data[0] % NSEL
            if sel:
                opts += ["--input-format", FORMATS[sel - 1]]
            size = CHUNKS[(data[0] // NSEL) % 16]
            if size:
                opts += ["--read-size", str(size)]
        elif t == "differential":
            if data[0] >= 128 and (data[0] - 128) % NSEL:
                opts += ["--input-format", FORMATS[(data[0] - 128) % NSEL - 1]]
            opts += ["--read-size", "7", "--read-seed", "1"]
        cap = os.path.join(tmp, "%s-%s" % (t, name))
        open(cap, "wb").write(data[skip:])
        groups.setdefault(tuple(opts), []).append((cap, "fuzz/corpus/%s/%s" % (t, name)))
for opts, members in sorted(groups.items()):
    files = [m[0] for m in members]
    names = [m[1] for m in members]
    run_group(["parse", "-f", "jsonl"] + list(opts), (0, 2), files, names)
    copts = [o for i, o in enumerate(opts)
             if not (o.startswith("--read-") or (i and opts[i - 1].startswith("--read-")))]
    run_group(["check", "-f", "json"] + copts, (0, 1, 2), files, names)
d = "fuzz/corpus/profile"
for name in sorted(os.listdir(d)) if os.path.isdir(d) else []:
    f = os.path.join(d, name)
    for opt in ("--profile", "--config"):
        w = run(["check", "-f", "json", opt, f, "captures/l610-clean-session.log"], (0, 1, 2))
        if w:
            failures.append("%s: check %s: %s" % (f, opt, w))
shutil.rmtree(tmp, ignore_errors=True)
for x in failures:
    print("FAIL:", x)
if runs == 0:
    print("FAIL: no fuzz corpus")
    sys.exit(1)
if not failures:
    print("ok: %d runs of atscope over the fuzz corpora (%d option groups)" % (runs, len(groups)))
sys.exit(1 if failures else 0)
PY
