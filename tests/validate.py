#!/usr/bin/env python3
"""Validates a JSON report against docs/report.schema.json and checks what a
schema cannot: the counts agree with the violations, and the verdict with
the exit code. Usage: validate.py SCHEMA REPORT EXIT_CODE [REPORT EXIT_CODE...]
(several reports in one start: importing jsonschema costs more than a report)"""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft202012Validator(schema)


def check(path, code):
    report = json.load(open(path))
    validator.validate(report)
    s = report["summary"]
    # every violation of the rules table is counted in the summary
    by_rule = {r["id"]: r["violations"] for r in report["rules"]}
    for sev in ("error", "warning", "info"):
        total = sum(r["violations"] for r in report["rules"] if r["severity"] == sev)
        assert total == s["violations"][sev], (sev, total, s["violations"][sev])
    listed = {}
    for v in report["violations"]:
        listed[v["rule"]] = listed.get(v["rule"], 0) + 1
    omitted = {r["id"]: r.get("violations_omitted", 0) for r in report["rules"]}
    for rid, n in listed.items():
        assert n + omitted[rid] == by_rule[rid], (rid, n, by_rule[rid])
    assert (s["verdict"] == "fail") == (code == 1), (s["verdict"], code)
    # no evidence (or an input not read) is exit 2, and only then
    assert (s["verdict"] == "inconclusive") == (code == 2), (s["verdict"], code)
    for i in report["inputs"]:
        bad = "error" in i or "inconclusive" in i
        assert (i.get("verdict") == "inconclusive") == bad, i
        assert not bad or s["verdict"] == "inconclusive", i
        c = i.get("coverage")
        if c is not None:
            assert c["understood"] <= c["lines"], c
            assert abs(c["ratio"] - (c["understood"] / c["lines"] if c["lines"] else 0)) < 5e-4, c
    # with suppressions or a baseline: every finding has a status, the three
    # totals add up to all found, and only a suppressed one has a suppression
    f = s.get("findings")
    if f is None:
        assert not any("status" in v or "suppression" in v for v in report["violations"])
    else:
        assert f["new"] + f["baselined"] + f["suppressed"] == sum(s["violations"].values()), f
        for k in ("new", "baselined", "suppressed"):
            assert sum(v["status"] == k for v in report["violations"]) <= f[k], (k, f)
        for v in report["violations"]:
            assert ("suppression" in v) == (v["status"] == "suppressed"), v
    # an inconclusive input has no violations, and every enabled rule is not evaluable
    if len(report["inputs"]) == 1 and "inconclusive" in report["inputs"][0]:
        assert not report["violations"], report["violations"][:1]
        assert all(r["status"] in ("not-evaluable", "disabled") for r in report["rules"])
    print("valid:", path)


args = sys.argv[2:]
if not args or len(args) % 2:
    sys.exit("usage: validate.py SCHEMA REPORT EXIT_CODE [REPORT EXIT_CODE...]")
bad = 0
for i in range(0, len(args), 2):
    try:
        check(args[i], int(args[i + 1]))
    except (AssertionError, ValueError, KeyError, jsonschema.ValidationError) as e:
        print("FAIL: %s: %s: %s" % (args[i], type(e).__name__, str(e)[:2000]), file=sys.stderr)
        bad = 1
sys.exit(bad)
