#!/usr/bin/env python3
"""Score atscope's verdicts against a verdict-labelled corpus of AT logs.

    scripts/score_verdicts.py --atscope build/atscope --logs DIR --labels verdicts.json [--misses] [--json]

score_corpus.py measures the reading (transactions); this measures the judging. verdicts.json
maps each log's file name (in DIR) to
    {"expect":     [{"rule": "response-timeout", "lines": [first, last], "why": "..."}, ...],
     "acceptable": [{"rule": "error-detail", "lines": [first, last], "why": "..."}, ...],
     "module": "...", "shape": "...", "verified": bool, "story": "..."}   (the last four optional)
as a modem engineer labels the log: `expect` are the faults a good auditor must report,
`acceptable` findings that would not be wrong if reported (true advice, an arguable warning).
A finding matches an entry when its rule is the entry's and its line is within the entry's
range (1-based, inclusive).

Each log is run through `atscope check --format json` (default profile: the module identified
from the capture). Every violation it reports is one of: expected (matches an `expect` entry),
acceptable (matches an `acceptable` entry), or false (matches none). Precision is (expected +
acceptable) / findings; recall is the `expect` entries matched by at least one finding over all
of them. Both are printed in total and per rule. Exit status: 0 scored, 2 usage error or atscope
failed to run on a log (an inconclusive verdict, exit 2 with a report, scores as no findings).
"""
import argparse
import json
import os
import subprocess
import sys


def run_check(atscope, path, timeout):
    """Return ([(rule, line, severity, message)], error text or None)."""
    try:
        p = subprocess.run([atscope, "check", "--format", "json", "--no-redact", path],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return [], "timed out"
    # 2 with a report is an inconclusive verdict (no AT, too little evidence): no findings
    try:
        rep = json.loads(p.stdout) if p.returncode in (0, 1, 2) else None
    except ValueError:
        rep = None
    if not isinstance(rep, dict) or "violations" not in rep:
        return [], "exit %d: %s" % (p.returncode, p.stderr.decode("utf-8", "replace").strip()[:200])
    out = []
    for v in rep.get("violations", []):
        out.append((v.get("rule"), v.get("line"), v.get("severity"), v.get("message", "")))
    return out, None


def within(entry, rule, line):
    lo, hi = entry["lines"]
    return entry["rule"] == rule and line is not None and lo <= line <= hi


def score_log(label, findings):
    """Per log: each finding's class and each expect entry's match."""
    expect = label.get("expect", [])
    acceptable = label.get("acceptable", [])
    found = [False] * len(expect)
    classed = []
    for rule, line, sev, msg in findings:
        cls = "false"
        for i, e in enumerate(expect):
            if within(e, rule, line):
                found[i] = True
                cls = "expected"
        if cls == "false" and any(within(a, rule, line) for a in acceptable):
            cls = "acceptable"
        classed.append((cls, rule, line, sev, msg))
    return classed, found


def self_test():
    label = {"expect": [{"rule": "a", "lines": [3, 5]}],
             "acceptable": [{"rule": "b", "lines": [1, 1]}]}
    classed, found = score_log(label, [("a", 4, "error", ""), ("b", 1, "info", ""),
                                       ("b", 2, "info", ""), ("a", 6, "error", "")])
    assert [c[0] for c in classed] == ["expected", "acceptable", "false", "false"], classed
    assert found == [True]
    classed, found = score_log(label, [])
    assert classed == [] and found == [False]
    print("self-test passed")


def pct(a, b):
    return "%.1f %%" % (100.0 * a / b) if b else "-"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--atscope", default="build/atscope", help="the atscope binary (default build/atscope)")
    ap.add_argument("--self-test", action="store_true", help="check the matching rules and exit")
    ap.add_argument("--logs", help="folder holding the logs named in the labels")
    ap.add_argument("--labels", help="verdicts.json")
    ap.add_argument("--json", action="store_true", help="machine output: one JSON object")
    ap.add_argument("--misses", action="store_true",
                    help="list each log's false findings and missed expected ones")
    ap.add_argument("--timeout", type=float, default=60, help="seconds per log (default 60)")
    a = ap.parse_args()
    if a.self_test:
        self_test()
        return 0
    if not a.logs or not a.labels:
        ap.error("--logs and --labels are required")
    try:
        with open(a.labels, encoding="utf-8") as f:
            labels = json.load(f)
    except (OSError, ValueError) as e:
        print("score_verdicts: %s: %s" % (a.labels, e), file=sys.stderr)
        return 2
    per_rule = {}
    tot = {"findings": 0, "expected": 0, "acceptable": 0, "false": 0, "expect": 0, "found": 0}
    logs = []
    bad = 0
    for name in sorted(labels):
        path = os.path.join(a.logs, name)
        findings, err = run_check(a.atscope, path, a.timeout)
        if err:
            print("score_verdicts: %s: %s" % (path, err), file=sys.stderr)
            bad = 1
            continue
        classed, found = score_log(labels[name], findings)
        for cls, rule, line, sev, msg in classed:
            r = per_rule.setdefault(rule, {"findings": 0, "false": 0, "expect": 0, "found": 0})
            r["findings"] += 1
            r["false"] += cls == "false"
            tot["findings"] += 1
            tot[cls] += 1
        for e, f in zip(labels[name].get("expect", []), found):
            r = per_rule.setdefault(e["rule"], {"findings": 0, "false": 0, "expect": 0, "found": 0})
            r["expect"] += 1
            r["found"] += f
            tot["expect"] += 1
            tot["found"] += f
        logs.append({"log": name,
                     "false": [{"rule": r, "line": l, "message": m}
                               for c, r, l, s, m in classed if c == "false"],
                     "missed": [e for e, f in zip(labels[name].get("expect", []), found) if not f],
                     "findings": len(classed)})
    if a.json:
        json.dump({"total": tot, "rules": per_rule, "logs": logs}, sys.stdout, indent=1)
        print()
        return 2 if bad else 0
    print("%d logs: %d findings, %d expected, %d acceptable, %d false: precision %s" %
          (len(logs), tot["findings"], tot["expected"], tot["acceptable"], tot["false"],
           pct(tot["expected"] + tot["acceptable"], tot["findings"])))
    print("expected faults: %d, reported %d: recall %s" %
          (tot["expect"], tot["found"], pct(tot["found"], tot["expect"])))
    print()
    print("%-24s %8s %6s %7s %6s" % ("rule", "findings", "false", "expect", "found"))
    for rule in sorted(per_rule, key=lambda k: (-per_rule[k]["findings"], k)):
        r = per_rule[rule]
        print("%-24s %8d %6d %7d %6d" % (rule, r["findings"], r["false"], r["expect"], r["found"]))
    if a.misses:
        for l in logs:
            if not l["false"] and not l["missed"]:
                continue
            print("\n%s (%d findings)" % (l["log"], l["findings"]))
            for f in l["false"]:
                print("  false  %s line %s: %s" % (f["rule"], f["line"], f["message"]))
            for e in l["missed"]:
                print("  missed %s lines %s: %s" % (e["rule"], e["lines"], e.get("why", "")))
    return 2 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
