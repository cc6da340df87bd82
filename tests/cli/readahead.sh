#!/bin/sh
# Big regular files are read ahead on a second thread (cli/readahead.c); a
# pipe is read in place. Both must give the same records and the same report.
. "$(dirname "$0")/../cli_common.sh"

# > 4 MiB (the read-ahead threshold) of real traffic, violations included
: > "$TMP/big.log"
while [ "$(wc -c < "$TMP/big.log")" -lt 6000000 ]; do
    cat captures/l610-*.log captures/guide-*.log >> "$TMP/big.log"
done

"$BIN" parse "$TMP/big.log" > "$TMP/file.jsonl"; a=$?
"$BIN" parse - < "$TMP/big.log" > "$TMP/pipe.jsonl"; b=$?
[ "$a" = 0 ] && [ "$b" = 0 ] || { echo "FAIL: parse exit $a / $b"; fail=1; }
# only the input's name may differ
sed 's/"path":"[^"]*"//' "$TMP/file.jsonl" > "$TMP/f"; sed 's/"path":"[^"]*"//' "$TMP/pipe.jsonl" > "$TMP/p"
[ -s "$TMP/f" ] && cmp -s "$TMP/f" "$TMP/p" || { echo "FAIL: parse differs, file vs pipe"; fail=1; }

"$BIN" check -f json "$TMP/big.log" > "$TMP/file.json"; a=$?
"$BIN" check -f json - < "$TMP/big.log" > "$TMP/pipe.json"; b=$?
[ "$a" = 1 ] && [ "$b" = 1 ] || { echo "FAIL: check exit $a / $b, wanted 1 / 1"; fail=1; }
grep -v '"path"' "$TMP/file.json" | grep -v '"uri"' | grep -v '"command_line"' > "$TMP/f"
grep -v '"path"' "$TMP/pipe.json" | grep -v '"uri"' | grep -v '"command_line"' > "$TMP/p"
cmp -s "$TMP/f" "$TMP/p" || { echo "FAIL: check report differs, file vs pipe"; diff "$TMP/f" "$TMP/p" | head; fail=1; }

# stopping early (a closed stdout) joins the reading thread: no hang, exit 2
"$BIN" parse "$TMP/big.log" 2> "$TMP/err" | head -n 1 > /dev/null
[ $? = 0 ] || { echo "FAIL: parse | head"; fail=1; }

[ $fail = 0 ] && echo "readahead: ok"
exit $fail
