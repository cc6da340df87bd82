#!/usr/bin/env python3
"""Reads `atscope parse -f jsonl` on stdin and writes one short line per record
(its kind, line, and what a test asserts: command, final, responses, prompt,
payload, completion, URC name, data), so a test can compare a whole parse with
an expected listing, transaction by transaction."""
import json
import sys


def brief(r):
    k = r.get("kind")
    if k == "transaction":
        s = "T %d %s -> %s %s" % (r["line"], r["command"], r.get("status"), r.get("final", ""))
        if r.get("responses"):
            s += " | " + " | ".join("%d:%s" % (x["line"], x["text"]) for x in r["responses"])
        p = r.get("payload")
        if p:
            s += " ; payload %s bytes end %s prompt %s" % (p.get("bytes"), p.get("end"), p.get("prompt_line"))
        if r.get("completion"):
            s += " ; completion %s %s" % (r["completion"], r.get("completion_text", ""))
        if r.get("socket"):
            s += " ; socket " + r["socket"]
        return s
    if k == "urc":
        return "U %d %s%s %s" % (r["line"], r["name"], "" if r.get("known") else "?", r["text"])
    if k == "data":
        return "D %d %s %s" % (r["line"], r.get("mode", ""), r.get("preview", ""))
    if k == "unparsed":
        return "X %d %s %s" % (r["line"], r.get("reason", ""), r.get("text", ""))
    return None


for line in sys.stdin:
    b = brief(json.loads(line))
    if b:
        print(b)
