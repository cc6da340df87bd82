#!/usr/bin/env python3
"""Every capture in captures/*.log has a golden `atscope parse` output
(tests/golden/NAME.jsonl), and gives byte-identical output whether read
whole, one byte at a time, or in random chunk sizes (sizes 3, 17, 300 under
five seeds). Each kind of read runs over all captures in one start
(atscope_runs.py). UPDATE_GOLDEN=1 rewrites the golden files (review the
diff!). Usage: golden_check.py ATSCOPE SRC"""
import os
import sys

from atscope_runs import parse_many


def main():
    binary, src = sys.argv[1], sys.argv[2]
    os.chdir(src)
    caps = sorted(os.path.join("captures", n) for n in os.listdir("captures") if n.endswith(".log"))
    if not caps:
        print("FAIL: no captures found")
        return 1
    whole = parse_many(binary, caps, None)
    fail = 0
    for f in caps:
        gold = os.path.join("tests", "golden", os.path.basename(f)[:-4] + ".jsonl")
        if os.environ.get("UPDATE_GOLDEN") == "1":
            with open(gold, "wb") as o:
                o.write(whole[f])
        elif not os.path.exists(gold) or open(gold, "rb").read() != whole[f]:
            print(f"FAIL: {f}: output differs from {gold}:")
            old = open(gold, "rb").read().splitlines() if os.path.exists(gold) else []
            new = whole[f].splitlines()
            k = next((i for i in range(min(len(old), len(new))) if old[i] != new[i]),
                     min(len(old), len(new)))
            print(f"  line {k + 1}:\n  - {old[k][:300] if k < len(old) else None}\n"
                  f"  + {new[k][:300] if k < len(new) else None}")
            fail = 1
    reads = [("--read-size", "1")]
    reads += [("--read-size", str(size), "--read-seed", str(seed))
              for seed in (1, 2, 3, 4, 5) for size in (3, 17, 300)]
    for extra in reads:
        got = parse_many(binary, caps, None, extra)
        for f in caps:
            if got[f] != whole[f]:
                print(f"FAIL: {f}: output read with {' '.join(extra)} differs")
                fail = 1
    if not fail:
        print(f"ok: {len(caps)} captures match their golden output, whole and chunked")
    return fail


if __name__ == "__main__":
    sys.exit(main())
