#!/bin/sh
# Every capture in captures/ has a golden `atscope parse` output, and gives
# byte-identical output whether read whole, one byte at a time, or in random
# chunk sizes. UPDATE_GOLDEN=1 rewrites the golden files (review the diff!).
set -e
. "$(dirname "$0")/../cli_common.sh"
n=0
for f in captures/*.log; do
    name=$(basename "$f" .log)
    gold=tests/golden/$name.jsonl
    "$BIN" parse -f jsonl "$f" > "$TMP/whole" || { echo "FAIL: $f: exit $?"; fail=1; continue; }
    if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
        cp "$TMP/whole" "$gold"
    elif ! cmp -s "$TMP/whole" "$gold"; then
        echo "FAIL: $f: output differs from $gold:"
        diff "$gold" "$TMP/whole" | head -20
        fail=1
    fi
    "$BIN" parse -f jsonl --read-size 1 "$f" > "$TMP/bytes"
    cmp -s "$TMP/whole" "$TMP/bytes" || { echo "FAIL: $f: byte-at-a-time output differs"; fail=1; }
    for seed in 1 2 3 4 5; do
        for size in 3 17 300; do
            "$BIN" parse -f jsonl --read-size $size --read-seed $seed "$f" > "$TMP/rand"
            cmp -s "$TMP/whole" "$TMP/rand" ||
                { echo "FAIL: $f: chunks of 1..$size (seed $seed) differ"; fail=1; }
        done
    done
    n=$((n + 1))
done
[ $n -gt 0 ] || { echo "FAIL: no captures found"; exit 1; }
[ $fail = 0 ] && echo "ok: $n captures match their golden output, whole and chunked"
exit $fail
