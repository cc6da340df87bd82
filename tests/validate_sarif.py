#!/usr/bin/env python3
"""Validates a SARIF log written by `atscope check --format sarif` against the
vendored OASIS schema (docs/sarif-schema-2.1.0.json, draft-04), and checks
what the schema leaves open: every artifact URI is an RFC 3986 URI reference
(the schema says format "uri-reference", which jsonschema only checks when
an optional package is installed), ruleIndex points at the rule named by
ruleId, every rule id is unique, every result has a fingerprint of its own.

With --json REPORT EXIT it also compares the results with the JSON report of
the same capture(s): same count, rule ids, paths, lines, levels
(error->error, warning->warning, info->note), the not-evaluable rules as
notifications, and exitCode with the exit status.

Usage: validate_sarif.py SCHEMA SARIF [--json REPORT EXIT_CODE]"""
import json
import re
import sys
import urllib.parse

import jsonschema
import jsonschema.validators

PCHAR = r"(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})"
URI_REF = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:)?(?:%s|/|\?)*(?:#(?:%s|/|\?)*)?$" % (PCHAR, PCHAR))
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def fail(msg):
    print("invalid: %s: %s" % (sys.argv[2], msg))
    sys.exit(1)


def check_uri(uri):
    if not URI_REF.match(uri):
        fail("artifact uri %r is not a URI reference" % uri)
    if not uri.startswith("file:"):
        first = uri.split("/", 1)[0]
        if ":" in first:
            fail("relative uri %r reads as a scheme" % uri)


def uris(node):
    """Every artifactLocation.uri anywhere in the log."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "artifactLocation" or (k == "location" and isinstance(v, dict) and "uri" in v):
                if "uri" in v:
                    yield v["uri"]
            yield from uris(v)
    elif isinstance(node, list):
        for v in node:
            yield from uris(v)


def main():
    if len(sys.argv) not in (3, 6) or (len(sys.argv) == 6 and sys.argv[3] != "--json"):
        print(__doc__)
        sys.exit(2)
    schema = json.load(open(sys.argv[1]))
    log = json.load(open(sys.argv[2], encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    checker = getattr(cls, "FORMAT_CHECKER", None) or jsonschema.FormatChecker()
    errors = sorted(cls(schema, format_checker=checker).iter_errors(log), key=lambda e: list(e.path))
    if errors:
        for e in errors[:10]:
            print("  at /%s: %s" % ("/".join(str(p) for p in e.path), e.message))
        fail("%d schema error(s)" % len(errors))

    assert len(log["runs"]) == 1, "one run"
    run = log["runs"][0]
    rules = run["tool"]["driver"].get("rules", [])
    ids = [r["id"] for r in rules]
    if len(ids) != len(set(ids)):
        fail("duplicate rule ids")
    for u in uris(log):
        check_uri(u)
    for res in run.get("results", []):
        if "ruleIndex" in res and ids[res["ruleIndex"]] != res["ruleId"]:
            fail("ruleIndex %d is %s, not %s" % (res["ruleIndex"], ids[res["ruleIndex"]], res["ruleId"]))
        if "ruleIndex" not in res:
            fail("result without ruleIndex: %s" % res["ruleId"])
        fp = res.get("partialFingerprints", {}).get("atscope/v1")
        if not fp:
            fail("result without atscope/v1 fingerprint")
    fps = [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["partialFingerprints"]["atscope/v1"]) for r in run.get("results", [])]
    if len(fps) != len(set(fps)):
        fail("two results share a fingerprint")

    if len(sys.argv) == 6:
        report = json.load(open(sys.argv[4], encoding="utf-8"))
        code = int(sys.argv[5])
        got = [(r["ruleId"], r["level"],
                urllib.parse.unquote(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]),
                r["locations"][0]["physicalLocation"]["region"]["startLine"], r["message"]["text"])
               for r in run["results"]]
        want = [(v["rule"], LEVEL[v["severity"]], v["path"], v["line"], v["message"])
                for v in report["violations"]]
        if len(got) != len(want):
            fail("%d results, the JSON report has %d violations" % (len(got), len(want)))
        for g, w in zip(got, want):
            gp, wp = g[2], w[2]
            if gp.startswith("file://"):
                gp = gp[len("file://"):]
            if (g[0], g[1], g[3], g[4]) != (w[0], w[1], w[3], w[4]) or gp != wp:
                fail("result %r differs from violation %r" % (g, w))
        enabled = [r["id"] for r in report["rules"] if r["status"] != "disabled"]
        if ids != enabled:
            fail("driver rules %r, enabled rules %r" % (ids, enabled))
        notes = run["invocations"][0].get("toolExecutionNotifications", [])
        ne = {n["descriptor"]["id"] for n in notes
              if n["level"] == "note" and "not evaluable" in n["message"]["text"]}
        bad = [i for i in report["inputs"] if i.get("verdict") == "inconclusive"]
        errs = [n for n in notes if n["level"] == "error" and n["descriptor"]["id"] == "inconclusive"]
        if len(errs) != len(bad):
            fail("%d inconclusive inputs, %d error notifications" % (len(bad), len(errs)))
        if run["invocations"][0]["executionSuccessful"] != (not bad):
            fail("executionSuccessful with %d inconclusive inputs" % len(bad))
        if run["properties"]["verdict"] != report["summary"]["verdict"]:
            fail("verdict %r, JSON %r" % (run["properties"]["verdict"], report["summary"]["verdict"]))
        ne_json = {r["id"] for r in report["rules"] if r["status"] == "not-evaluable"}
        if not bad and not ne_json <= ne:
            fail("not-evaluable rules %r, notifications %r" % (sorted(ne_json), sorted(ne)))
        if run["invocations"][0]["exitCode"] != code:
            fail("exitCode %r, exit status %d" % (run["invocations"][0]["exitCode"], code))
        if [a["location"]["uri"] for a in run["artifacts"]] != \
                list(dict.fromkeys(urllib.parse.quote(i["path"], safe="-._~!$&'()*+,;=@/")
                                   if not i["path"].startswith("/")
                                   else "file://" + urllib.parse.quote(i["path"], safe="-._~!$&'()*+,;=@/")
                                   for i in report["inputs"])):
            fail("artifacts %r do not match inputs" % run["artifacts"])
    print("valid:", sys.argv[2])


main()
