#!/bin/sh
# The verdicts on every capture in captures/ are pinned: the text report of
# `atscope check` must match tests/golden/<name>.check.txt, so a change in
# what a rule reports shows up as a reviewed diff. UPDATE_GOLDEN=1 rewrites.
. "$(dirname "$0")/../cli_common.sh"
for f in captures/*.log; do
    name=$(basename "$f" .log)
    gold=tests/golden/$name.check.txt
    "$BIN" check -f text "$f" > "$TMP/out"
    echo "exit $?" >> "$TMP/out"
    if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
        cp "$TMP/out" "$gold"
    elif ! cmp -s "$TMP/out" "$gold"; then
        echo "FAIL: $f: check report differs from $gold:"
        diff "$gold" "$TMP/out" | head -20
        fail=1
    fi
done
[ $fail = 0 ] && echo "ok: check reports of every capture match their golden files"
exit $fail
