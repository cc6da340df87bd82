#!/usr/bin/env python3
"""Writes the web log viewers' copies of bare-gtlt.log (README.md here)."""
import os

os.chdir(os.path.dirname(os.path.abspath(__file__)))
lines = open("bare-gtlt.log").read().splitlines()


def t(i):
    ms = 120 * i + (i * 37) % 90      # rising, about 120 ms a line
    s = 21 * 3600 + 51 * 60 + ms // 1000
    return s // 3600, (s // 60) % 60, s % 60, ms % 1000


k, g, d, p = [], [], [], []
for i, l in enumerate(lines):
    H, M, S, f = t(i)
    k.append(f"Dec 6, 2026 @ {H:02d}:{M:02d}:{S:02d}.{f:03d}\tgw-07\t{l}")
    g.append(f"2026-12-06 {H:02d}:{M:02d}:{S:02d}.{f:03d}\t{l}")
    d.append(f"Dec 06 {H:02d}:{M:02d}:{S:02d}.{f:03d} gw-07 cellmgr INFO {l}")
    p.append(f"Dec 06 {H:02d}:{M:02d}:{S:02d} gw-07 cellmgr: {l}")
head = 'Common labels: {"job":"cellmgr"}\n\n\n'
out = {
    "kibana-discover.log": "@timestamp\thost.name\tmessage\n" + "\n".join(k) + "\n",
    "grafana-explore.log": head + "\n".join(g) + "\n",
    "grafana-explore-newest.log": head + "\n".join(reversed(g)) + "\n",
    "datadog-logs.log": "\n".join(d) + "\n",
    "datadog-logs-newest.log": "\n".join(reversed(d)) + "\n",
    "papertrail.log": "\n".join(p) + "\n",
}
for name, text in out.items():
    open(name, "w").write(text)
