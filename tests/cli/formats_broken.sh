#!/bin/sh
# A file that claims a format but breaks it midway (a bad timestamp, a
# truncated hex dump) is read on: the broken line is an unparsed record at
# its file line with the reason, the rest parses, and no byte is lost.
. "$(dirname "$0")/../cli_common.sh"
n=0
# captures/formats/BROKEN's fixtures, and these of tests/data (not captures):
# a tio stamp whose fraction breaks after a good stamp of the same clock (the
# reader reads only the fraction of a stamp whose first nine bytes are the
# last good one's)
cp captures/formats/BROKEN "$TMP/broken"
echo "tests/data/tsline-tio-broken-frac.log tsline 4 bad timestamp" >> "$TMP/broken"
while read -r fixture format line reason; do
    case "$fixture" in ''|\#*) continue;; esac
    case "$fixture" in */*) f=$fixture;; *) f=captures/formats/$fixture;; esac
    "$BIN" parse -f jsonl --input-format "$format" "$f" > "$TMP/out" 2> "$TMP/err"
    [ $? = 0 ] || { echo "FAIL: $f: exit status"; cat "$TMP/err"; fail=1; continue; }
    grep '"kind":"unparsed"' "$TMP/out" | grep -q "\"line\":$line,.*$reason" ||
        { echo "FAIL: $f: no unparsed record at line $line ($reason)"; grep unparsed "$TMP/out"; fail=1; }
    "$BIN" parse -f jsonl "$f" > "$TMP/auto"
    grep -q "\"format\":\"$format\"" "$TMP/auto" || { echo "FAIL: $f: not detected as $format"; fail=1; }
    grep -q '"kind":"transaction"' "$TMP/out" || { echo "FAIL: $f: nothing parsed after the break"; fail=1; }
    "$BIN" parse -f jsonl --read-size 1 "$f" | cmp -s - "$TMP/auto" || { echo "FAIL: $f: chunking"; fail=1; }
    n=$((n + 1))
done < "$TMP/broken"
[ $fail = 0 ] && echo "ok: $n broken fixtures read on with the broken lines reported"
exit $fail
