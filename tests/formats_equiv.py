#!/usr/bin/env python3
"""Compares what two `atscope parse` outputs say happened, ignoring where
(lines, offsets, times) and how the tool showed it (echo seen or not):
commands, finals, responses, completions, payload sizes, URCs, data.
Usage: formats_equiv.py A.jsonl B.jsonl   (exit 1 and a diff if they differ)"""
import json
import sys


def facts(path):
    return facts_of(open(path, encoding="utf-8"))


def facts_of(lines):
    out = []
    recs = [json.loads(l) for l in lines if l.strip()]
    recs = [r for r in recs if r["kind"] in ("transaction", "urc", "data", "unparsed")]
    recs.sort(key=lambda r: (r["line"], r["id"]))
    for r in recs:
        k = r["kind"]
        if k == "transaction":
            p = r.get("payload", {})
            out.append(("txn", r["command"], r["status"], r["result"], r.get("final"),
                        tuple(x["text"] for x in r["responses"]), r.get("completion"),
                        r.get("completion_text"), p.get("bytes"), p.get("declared"),
                        p.get("end")))
        elif k == "urc":
            out.append(("urc", r["text"]))
        elif k == "data":
            b = r["bytes"]
            out.append(("data", r["mode"], b["tx"] + b["rx"] + b["unknown"], r.get("end")))
        else:
            out.append(("unparsed", r["reason"], r["text"]))
    return out


def diff(a, b, na, nb):
    """The unified diff of two facts lists, [] when they agree."""
    import difflib
    return list(difflib.unified_diff([repr(x) for x in a], [repr(x) for x in b], na, nb,
                                     lineterm=""))


if __name__ == "__main__":
    d = diff(facts(sys.argv[1]), facts(sys.argv[2]), sys.argv[1], sys.argv[2])
    for l in d:
        print(l)
    sys.exit(1 if d else 0)
