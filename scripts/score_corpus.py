#!/usr/bin/env python3
"""Score atscope against a labelled corpus of AT logs (issue 12's "held-out real corpus").

    scripts/score_corpus.py --atscope build/atscope --logs DIR --labels labels.json [--json] [--misses]

labels.json maps each log's file name (in DIR) to
    {"transactions": [{"command": "AT+CREG?", "final": "OK" | "+CME ERROR: 10" | null}, ...],
     "total": N, "has_transactions": bool, "shape": "...", "module": "...",
     "verified": bool}   (shape/module/verified optional)
in the order a modem engineer reads them; "final": null means the command got no final
result in the log (timeout, cut capture).

Each log is run through `atscope parse --no-redact` (JSON Lines) and its transaction records,
with each data record's escape as the host's "+++" transaction (its `escape.final` the
module's answer, null where none came: labels since batch 25 read "+++" -> OK as one),
in log order, are aligned with the labels (a longest-common-subsequence alignment on the
command, preferring pairs whose final result also matches). Commands compare as a modem
engineer would: case and whitespace outside quotes do not matter. Final results compare
case-insensitively, with runs of whitespace and the space after ':' ignored.

Per log it reports: labelled transactions, rebuilt (command found), rebuilt with the labelled
final, false transactions (rebuilt ones that match no label), whether atscope rebuilt nothing
where the labels have some, and the detected format (and wrapper layers). Totals follow,
then the same counts per shape when the labels carry one, and apart for the logs whose
layout the writer read in the printing tool's source ("verified": true) and those written
from memory ("verified": false): a miss on a remembered layout may be the memory's. Exit status: 0 scored, 2 usage
error or atscope failed to run on a log.
"""
import argparse
import json
import os
import re
import subprocess
import sys


def _outside_quotes(s, fn):
    """Apply fn to the parts of s outside double quotes; quoted text is kept as written."""
    parts = s.split('"')
    return '"'.join(fn(p) if i % 2 == 0 else p for i, p in enumerate(parts))


def norm_command(cmd):
    if cmd is None:
        return ""
    cmd = cmd.strip()
    return _outside_quotes(cmd, lambda p: re.sub(r"\s+", "", p).upper())


def norm_final(final):
    if final is None:
        return None
    f = re.sub(r"\s+", " ", final.strip()).upper()
    f = re.sub(r"\s*:\s*", ":", f)
    return f


def escape_transaction(data):
    """A data record's escape as the transaction a modem engineer reads: the host's "+++"
    and the module's answer to it (docs/records.md `escape.final`; null where none came)."""
    e = data["escape"]
    return {"kind": "transaction", "command": "+++", "final": e.get("final"),
            "line": e.get("line", data.get("line", 0)), "id": data.get("id", 0), "escape": True}


def run_atscope(atscope, path, timeout):
    """Return (input record, [transaction records in log order], error text or None)."""
    try:
        p = subprocess.run([atscope, "parse", "--no-redact", "-f", "jsonl", path],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {}, [], "timeout after %ss" % timeout
    except OSError as e:
        return {}, [], str(e)
    inp, txns = {}, []
    for line in p.stdout.decode("utf-8", "replace").splitlines():
        try:
            r = json.loads(line)
        except ValueError:
            continue
        if r.get("kind") == "input" and not inp:
            inp = r
        elif r.get("kind") == "transaction":
            txns.append(r)
        elif r.get("kind") == "data" and isinstance(r.get("escape"), dict):
            txns.append(escape_transaction(r))
    # asynchronous commands are written at their completion: put them back in log order
    txns.sort(key=lambda r: (r.get("line", 0), r.get("id", 0)))
    err = None
    if p.returncode != 0:
        err = "exit %d: %s" % (p.returncode, p.stderr.decode("utf-8", "replace").strip()[:200])
    return inp, txns, err


def align(labels, rebuilt):
    """LCS on commands; a pair whose final also matches weighs more. Returns [(i, j)]."""
    n, m = len(labels), len(rebuilt)
    lc = [norm_command(t.get("command")) for t in labels]
    lf = [norm_final(t.get("final")) for t in labels]
    rc = [norm_command(t.get("command")) for t in rebuilt]
    rf = [norm_final(t.get("final")) for t in rebuilt]
    score = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best = max(score[i + 1][j], score[i][j + 1])
            if lc[i] == rc[j]:
                w = 3 if lf[i] == rf[j] else 2
                best = max(best, score[i + 1][j + 1] + w)
            score[i][j] = best
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if lc[i] == rc[j]:
            w = 3 if lf[i] == rf[j] else 2
            if score[i][j] == score[i + 1][j + 1] + w:
                pairs.append((i, j))
                i += 1
                j += 1
                continue
        if score[i + 1][j] >= score[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def score_log(atscope, logs_dir, name, lab, timeout):
    path = os.path.join(logs_dir, name)
    labels = lab.get("transactions", [])
    inp, rebuilt, err = run_atscope(atscope, path, timeout)
    pairs = align(labels, rebuilt)
    matched_l = {i for i, _ in pairs}
    matched_r = {j for _, j in pairs}
    with_final = [(i, j) for i, j in pairs
                  if norm_final(labels[i].get("final")) == norm_final(rebuilt[j].get("final"))]
    wrong_final = [(i, j) for i, j in pairs if (i, j) not in set(with_final)]
    # an escape no label lists is no false transaction: the writers of batches 7-24 did not
    # label "+++" (the host's escape is no AT command), those since batch 25 do; a listed one
    # is matched like any command
    unmatched = [j for j in range(len(rebuilt))
                 if j not in matched_r and not rebuilt[j].get("escape")]
    res = {
        "log": name,
        "shape": lab.get("shape", ""),
        "verified": lab.get("verified"),
        "module": lab.get("module", ""),
        "format": inp.get("format", "?"),
        "layers": inp.get("layers", ""),
        "labelled": len(labels),
        "rebuilt_total": len(rebuilt),
        "command_found": len(pairs),
        "with_final": len(with_final),
        "false": len(unmatched),
        "zero": bool(labels) and not rebuilt,
        "error": err,
        "missed": [{"command": labels[i].get("command"), "final": labels[i].get("final")}
                   for i in range(len(labels)) if i not in matched_l],
        "final_wrong": [{"command": labels[i].get("command"), "final": labels[i].get("final"),
                         "got": rebuilt[j].get("final"), "line": rebuilt[j].get("line")}
                        for i, j in wrong_final],
        "false_transactions": [{"command": rebuilt[j].get("command"), "final": rebuilt[j].get("final"),
                                "line": rebuilt[j].get("line")}
                               for j in unmatched],
    }
    return res


def totals(rows):
    t = {"logs": len(rows), "labelled": 0, "command_found": 0, "with_final": 0, "false": 0,
         "rebuilt_total": 0, "zero_logs": 0, "logs_with_labels": 0, "errors": 0}
    for r in rows:
        for k in ("labelled", "command_found", "with_final", "false", "rebuilt_total"):
            t[k] += r[k]
        t["zero_logs"] += r["zero"]
        t["logs_with_labels"] += r["labelled"] > 0
        t["errors"] += r["error"] is not None
    t["with_final_pct"] = round(100.0 * t["with_final"] / t["labelled"], 1) if t["labelled"] else 0.0
    t["command_found_pct"] = round(100.0 * t["command_found"] / t["labelled"], 1) if t["labelled"] else 0.0
    return t


def print_table(rows, tot, by_shape, by_source, misses, out):
    w = max([len(r["log"]) for r in rows] + [3])
    hdr = "%-*s %5s %5s %5s %5s %4s  %s" % (w, "log", "label", "found", "final", "false", "zero", "format [layers]")
    print(hdr, file=out)
    print("-" * len(hdr), file=out)
    for r in rows:
        fmt = r["format"] + (" [%s]" % r["layers"] if r["layers"] else "")
        if r["error"]:
            fmt += "  ERROR " + r["error"]
        print("%-*s %5d %5d %5d %5d %4s  %s" % (w, r["log"], r["labelled"], r["command_found"],
                                             r["with_final"], r["false"], "ZERO" if r["zero"] else "",
                                             fmt), file=out)
        if misses:
            for x in r["missed"]:
                print("      missed      %s -> %s" % (x["command"], x["final"]), file=out)
            for x in r["final_wrong"]:
                print("      final wrong %s -> %s (got %s, L%s)" % (x["command"], x["final"], x["got"], x["line"]), file=out)
            for x in r["false_transactions"]:
                print("      false       L%s %s -> %s" % (x["line"], x["command"], x["final"]), file=out)
    print("-" * len(hdr), file=out)
    print("TOTAL: %d logs, %d labelled transactions" % (tot["logs"], tot["labelled"]), file=out)
    print("  rebuilt with their final: %d (%.1f %%); command found: %d (%.1f %%)" % (
        tot["with_final"], tot["with_final_pct"], tot["command_found"], tot["command_found_pct"]), file=out)
    print("  false transactions: %d (of %d rebuilt)" % (tot["false"], tot["rebuilt_total"]), file=out)
    print("  logs with zero transactions where the labels have some: %d of %d" % (
        tot["zero_logs"], tot["logs_with_labels"]), file=out)
    if tot["errors"]:
        print("  logs atscope failed on: %d" % tot["errors"], file=out)
    for name, t in by_source.items():
        print("  %s: %d logs, %d labelled, %d with their final (%.1f %%), %d false, %d zero" % (
            name, t["logs"], t["labelled"], t["with_final"], t["with_final_pct"], t["false"],
            t["zero_logs"]), file=out)
    if by_shape:
        print("", file=out)
        print("%-24s %4s %6s %6s %6s %5s %4s" % ("shape", "logs", "label", "final", "%", "false", "zero"), file=out)
        for shape, t in sorted(by_shape.items()):
            print("%-24s %4d %6d %6d %6.1f %5d %4d" % (shape, t["logs"], t["labelled"], t["with_final"],
                                                     t["with_final_pct"], t["false"], t["zero_logs"]), file=out)


def self_test():
    """The comparison rules, checked without atscope (--self-test)."""
    assert norm_command(' at+cgdcont=1, "IP","Apn X" ') == 'AT+CGDCONT=1,"IP","Apn X"'
    assert norm_command("AT+IFC=2, 2") == norm_command("at+ifc=2,2")
    assert norm_command('AT+X="a b"') != norm_command('AT+X="ab"')
    assert norm_final("+CME ERROR:53") == norm_final("+cme error: 53")
    assert norm_final(None) is None and norm_final("OK") != norm_final("ERROR")
    lab = [{"command": "AT", "final": "OK"}, {"command": "AT+CSQ", "final": "OK"},
           {"command": "AT+CREG?", "final": None}]
    got = [{"command": "AT", "final": "OK"}, {"command": "ATE0", "final": "OK"},
           {"command": "at+csq", "final": "ERROR"}, {"command": "AT+CREG?"}]
    assert align(lab, got) == [(0, 0), (1, 2), (2, 3)]
    # a repeated command pairs with the copy whose final also matches
    lab2 = [{"command": "AT+CPIN?", "final": "OK"}]
    got2 = [{"command": "AT+CPIN?", "final": "ERROR"}, {"command": "AT+CPIN?", "final": "OK"}]
    assert align(lab2, got2) == [(0, 1)]
    # a data record's escape is the "+++" transaction, its answer the final
    esc = escape_transaction({"kind": "data", "id": 7, "line": 5,
                              "escape": {"line": 9, "final": "OK", "final_line": 10}})
    assert (esc["command"], esc["final"], esc["line"]) == ("+++", "OK", 9)
    assert escape_transaction({"line": 5, "escape": {"line": 6, "final": None}})["final"] is None
    assert align([{"command": "ATD*99#", "final": "CONNECT"}, {"command": "+++", "final": "OK"}],
                 [{"command": "ATD*99#", "final": "CONNECT"}, esc]) == [(0, 0), (1, 1)]
    print("self-test passed")
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--atscope", default="build/atscope", help="the atscope binary (default build/atscope)")
    ap.add_argument("--self-test", action="store_true", help="check the comparison rules and exit")
    ap.add_argument("--logs", help="folder holding the logs named in the labels")
    ap.add_argument("--labels", help="labels.json")
    ap.add_argument("--json", action="store_true", help="machine output: one JSON object")
    ap.add_argument("--misses", action="store_true", help="list each log's missed, wrong-final and false transactions")
    ap.add_argument("--timeout", type=float, default=60, help="seconds per log (default 60)")
    a = ap.parse_args(argv)
    if a.self_test:
        return self_test()
    if not a.logs or not a.labels:
        ap.error("--logs and --labels are required")
    if not os.access(a.atscope, os.X_OK):
        print("score_corpus: %s is not an executable" % a.atscope, file=sys.stderr)
        return 2
    try:
        with open(a.labels, encoding="utf-8") as f:
            labels = json.load(f)
    except (OSError, ValueError) as e:
        print("score_corpus: %s: %s" % (a.labels, e), file=sys.stderr)
        return 2
    rows = []
    for name in sorted(labels):
        if not os.path.exists(os.path.join(a.logs, name)):
            print("score_corpus: %s: labelled log not in %s" % (name, a.logs), file=sys.stderr)
            return 2
        rows.append(score_log(a.atscope, a.logs, name, labels[name], a.timeout))
    tot = totals(rows)
    by_shape = {}
    shapes = sorted({r["shape"] for r in rows if r["shape"]})
    for s in shapes:
        by_shape[s] = totals([r for r in rows if r["shape"] == s])
    by_source = {}
    for name, want in (("layout verified in source", True), ("layout from memory", False)):
        sel = [r for r in rows if r["verified"] is want]
        if sel:
            by_source[name] = totals(sel)
    if a.json:
        json.dump({"totals": tot, "by_shape": by_shape, "by_source": by_source, "logs": rows},
                  sys.stdout, indent=1)
        print()
    else:
        print_table(rows, tot, by_shape, by_source, a.misses, sys.stdout)
    return 2 if tot["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
