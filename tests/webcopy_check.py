#!/usr/bin/env python3
"""Web log viewers' copies (tests/data/webcopy/, README.md there): each fixture
wraps bare-gtlt.log (captures/traces/generic-gtlt.log) the way the viewer
copies or exports it; it must read under the named layer to the same
transactions (command, final, responses), URCs and completions as the bare
trace, the same a byte at a time and in random pieces; the newest-first
copies (Grafana's and Datadog's default order) are read last line first, the
reason saying so, to the same transactions in the same order; a newest-first
log longer than the bound is refused with the reason (exit 2).

    webcopy_check.py BIN SRC
"""
import json
import os
import subprocess
import sys

FIXTURES = {
    "kibana-discover.log": ("kibana-discover > generic-gtlt", False),
    "grafana-explore.log": ("grafana-explore > generic-gtlt", False),
    "grafana-explore-newest.log": ("grafana-explore > generic-gtlt", True),
    "datadog-logs.log": ("datadog-logs > generic-gtlt", False),
    "datadog-logs-newest.log": ("datadog-logs > generic-gtlt", True),
    "papertrail.log": ("syslog > generic-gtlt", False),
}

# The platforms' downloads (make_exports.py): a modem library's lines in the
# message column; each must read as those lines bare (export-*.plain.log)
EXPORTS = {
    "export-kibana-mm.csv": ("export-mm.plain.log", "kibana-csv > modemmanager", True),
    "export-datadog-chat.csv": ("export-chat.plain.log", "datadog-csv > pppd-chat", True),
    "export-grafana-mm.csv": ("export-mm.plain.log", "grafana-csv > modemmanager", False),
    "export-papertrail-mbed.tsv": ("export-mbed.plain.log", "papertrail-archive > mbed-trace", False),
}
EXPORT_LAYERS = ("kibana-csv", "datadog-csv", "grafana-csv", "papertrail-archive")
# CSV and tab-separated logs that are none of those downloads
NOT_EXPORTS = ("captures/traces/layered-csv-logger.log", "captures/formats/saleae.csv",
               "captures/formats/saleae-iso.csv", "captures/formats/dsview.csv",
               "captures/traces/variants/csv-text-export.log",
               "tests/data/webcopy/kibana-discover.log", "tests/data/webcopy/grafana-explore.log")


def parse(binary, path, extra=()):
    p = subprocess.run([binary, "parse", "--no-redact", *extra, path], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def view(out):
    recs = [json.loads(l) for l in out.splitlines()]
    tx = [[r["command"], r.get("final"), [x["text"] for x in r.get("responses", [])]] for r in recs
          if r["kind"] == "transaction"]
    urc = [r["text"] for r in recs if r["kind"] == "urc"]
    return recs[0], tx, urc


def main():
    binary, src = sys.argv[1], sys.argv[2]
    d = os.path.join(src, "tests", "data", "webcopy")
    rc, out, _ = parse(binary, os.path.join(d, "bare-gtlt.log"))
    _, want_tx, want_urc = view(out)
    fail = 0
    if len(want_tx) != 10 or want_urc != ["+CREG: 0"]:
        print("FAIL: the bare trace reads as", want_tx, want_urc)
        fail = 1
    for name, (layers, newest) in FIXTURES.items():
        path = os.path.join(d, name)
        rc, out, err = parse(binary, path)
        if rc not in (0, 1):
            print(f"FAIL: {name}: exit {rc}: {err[:200]}")
            fail = 1
            continue
        inp, tx, urc = view(out)
        if inp.get("layers") != layers:
            print(f"FAIL: {name}: layers {inp.get('layers')!r}, expected {layers!r}")
            fail = 1
        if tx != want_tx or urc != want_urc:
            print(f"FAIL: {name}: {tx} {urc}\n  expected {want_tx} {want_urc}")
            fail = 1
        said = "newest first" in inp.get("format_reason", "")
        if said != newest:
            print(f"FAIL: {name}: reason {inp.get('format_reason')!r} (newest first: {newest})")
            fail = 1
        for extra in (("--read-size", "1"), ("--read-size", "200", "--read-seed", "3")):
            if parse(binary, path, extra)[1] != out:
                print(f"FAIL: {name}: {' '.join(extra)} differs from the whole read")
                fail = 1
    for name, (plain, layers, newest) in EXPORTS.items():
        path = os.path.join(d, name)
        _, pout, _ = parse(binary, os.path.join(d, plain))
        _, ptx, purc = view(pout)
        rc, out, err = parse(binary, path)
        inp, tx, urc = view(out)
        if inp.get("layers") != layers:
            print(f"FAIL: {name}: layers {inp.get('layers')!r}, expected {layers!r}")
            fail = 1
        if not ptx or tx != ptx or urc != purc:
            print(f"FAIL: {name}: {tx} {urc}\n  expected {ptx} {purc}")
            fail = 1
        if ("newest first" in inp.get("format_reason", "")) != newest:
            print(f"FAIL: {name}: reason {inp.get('format_reason')!r} (newest first: {newest})")
            fail = 1
        for extra in (("--read-size", "1"), ("--read-size", "7", "--read-seed", "5"),
                      ("--read-size", "200", "--read-seed", "3")):
            if parse(binary, path, extra)[1] != out:
                print(f"FAIL: {name}: {' '.join(extra)} differs from the whole read")
                fail = 1
    for rel in NOT_EXPORTS:
        inp = json.loads(parse(binary, os.path.join(src, rel))[1].splitlines()[0])
        got = inp.get("layers", inp.get("format", ""))
        if any(l in got.split(" > ") for l in EXPORT_LAYERS):
            print(f"FAIL: {rel}: read as {got}, no platform's download")
            fail = 1
    # past the bound: refused, never read reversed in part
    tmp = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"webcopy-{os.getpid()}.log")
    row = "2026-12-06 %02d:%02d:%02d.%03d\t>> AT+CSQ " + "x" * 200 + "\n"
    with open(tmp, "w") as fh:
        t = 86399999
        size = 0
        while size <= (16 << 20) + 4096:
            line = row % (t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000)
            fh.write(line)
            size += len(line)
            t -= 1
    rc, out, err = parse(binary, tmp)
    os.unlink(tmp)
    if rc != 2 or "newest first" not in err or "16 MiB" not in err or '"kind":"transaction"' in out:
        print(f"FAIL: a newest-first log past the bound: exit {rc}, {err[:300]!r}")
        fail = 1
    return fail


if __name__ == "__main__":
    sys.exit(main())
