#!/usr/bin/env python3
"""The "lookup" tables of formats/atat.json's error rules, from the atat
crate's own source (FactbirdHQ/atat atat/src/error/cme_error.rs and
cms_error.rs: `impl From<CmeError> for u16` gives each variant's 27.007 /
27.005 code, `impl Display` and the defmt `Format` impl the text a variant is
printed as). Every unit variant's Debug name and each text no two codes share
map to the code. Prints the two tables as JSON.

usage: make_atat_tables.py cme_error.rs cms_error.rs"""
import json
import re
import sys


def table(path, enum):
    src = open(path).read()
    body = src[src.index('impl From<%s> for u16' % enum):]
    body = body[:body.index('\n}\n')]
    code = {v: c for v, c in re.findall(r'%s::(\w+) => (\d+),' % enum, body)}
    out = dict((v, c) for v, c in code.items())
    texts = {}
    for v, t in re.findall(r'Self::(\w+) =>\s*\{?\s*(?:defmt::)?write!\(f, "([^"{}]*)"\)', src):
        if v in code:
            texts.setdefault(t, set()).add(code[v])
    for t, cs in texts.items():
        if len(cs) == 1 and t not in out:
            out[t] = cs.pop()
    return out


print(json.dumps({'cme': table(sys.argv[1], 'CmeError'), 'cms': table(sys.argv[2], 'CmsError')},
                 indent=1, sort_keys=False))
