#!/bin/sh
# A file that claims a format but breaks it midway (a bad timestamp, a
# truncated hex dump) is read on: the broken line is an unparsed record at
# its file line with the reason, the rest parses, and no byte is lost.
. "$(dirname "$0")/../cli_common.sh"
n=0
while read -r fixture format line reason; do
    case "$fixture" in ''|\#*) continue;; esac
    f=captures/formats/$fixture
    "$BIN" parse -f jsonl --input-format "$format" "$f" > "$TMP/out" 2> "$TMP/err"
    [ $? = 0 ] || { echo "FAIL: $f: exit status"; cat "$TMP/err"; fail=1; continue; }
    grep '"kind":"unparsed"' "$TMP/out" | grep -q "\"line\":$line,.*$reason" ||
        { echo "FAIL: $f: no unparsed record at line $line ($reason)"; grep unparsed "$TMP/out"; fail=1; }
    "$BIN" parse -f jsonl "$f" > "$TMP/auto"
    grep -q "\"format\":\"$format\"" "$TMP/auto" || { echo "FAIL: $f: not detected as $format"; fail=1; }
    grep -q '"kind":"transaction"' "$TMP/out" || { echo "FAIL: $f: nothing parsed after the break"; fail=1; }
    "$BIN" parse -f jsonl --read-size 1 "$f" | cmp -s - "$TMP/auto" || { echo "FAIL: $f: chunking"; fail=1; }
    n=$((n + 1))
done < captures/formats/BROKEN
[ $fail = 0 ] && echo "ok: $n broken fixtures read on with the broken lines reported"
exit $fail
