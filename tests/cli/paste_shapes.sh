#!/bin/sh
# How people paste a log (CR LF, CR CR LF, LF CR, CR alone, a BOM, blanks after the
# lines, a quote, an indented or fenced block, their own words first,
# double-spaced), applied to every trace fixture: each must read as the fixture
# does (tests/paste_shapes.py).
. "$(dirname "$0")/../cli_common.sh"
python3 tests/paste_shapes.py "$BIN" "$SRC" || fail=1
# The line-end shapes the input stage converts (parser/readers/input.c eol_of)
# read the same whatever the feeds: an LF CR cut between its LF and its CR, a
# CR-only file cut anywhere.
for f in mbed-trace.log zephyr-modem-chat.log layered-quote-arduino-mbed.log; do
    tr -d '\r' < "$SRC/captures/traces/$f" | sed 's/$/\r/' | tr -d '\n' > "$TMP/cr-$f"
    tr -d '\r' < "$SRC/captures/traces/$f" | tr '\n' '\001' | sed 's/\x01/\n\r/g' > "$TMP/lfcr-$f"
    tr -d '\r' < "$SRC/captures/traces/$f" > "$TMP/lf-$f"
    "$BIN" parse --no-redact "$TMP/lf-$f" | grep '"kind":"transaction"' |
        sed 's/"line[a-z_]*":[0-9]*,\?//g; s/"offset[a-z_]*":[0-9]*,\?//g' > "$TMP/lf.jsonl"
    [ -s "$TMP/lf.jsonl" ] || { echo "FAIL: $f: no transaction read"; fail=1; }
    for shape in cr lfcr; do
        "$BIN" parse --no-redact "$TMP/$shape-$f" > "$TMP/whole.jsonl"
        grep '"kind":"transaction"' "$TMP/whole.jsonl" |
            sed 's/"line[a-z_]*":[0-9]*,\?//g; s/"offset[a-z_]*":[0-9]*,\?//g' |
            cmp -s - "$TMP/lf.jsonl" ||
            { echo "FAIL: $f with $shape line ends reads otherwise than with LF"; fail=1; }
        for extra in "--read-size 1" "--read-size 7 --read-seed 3" "--read-size 64 --read-seed 9"; do
            # shellcheck disable=SC2086
            "$BIN" parse --no-redact $extra "$TMP/$shape-$f" | cmp -s - "$TMP/whole.jsonl" ||
                { echo "FAIL: $f with $shape line ends reads otherwise with $extra"; fail=1; }
        done
    done
done
# A counted block in a pasted log (double-spaced, CR CR LF, LF CR): the line
# ends the paste added are not the block's, whatever the feeds (the input
# stage decides on its sample, parser/readers/input.c double_spaced).
for f in telit/telit-session.log regress/quectel-qird-query.log; do
    b=$(basename "$f")
    python3 -c "import sys; b=open(sys.argv[1],'rb').read().replace(b'\r\n',b'\n'); open(sys.argv[2],'wb').write(b'\n\n'.join(b.split(b'\n'))); open(sys.argv[3],'wb').write(b.replace(b'\n',b'\r\r\n')); open(sys.argv[4],'wb').write(b.replace(b'\n',b'\n\r'))" \
        "$SRC/captures/$f" "$TMP/ds-$b" "$TMP/crcr-$b" "$TMP/lfcr-$b"
    "$BIN" parse --no-redact "$SRC/captures/$f" | grep '"mode":"received"' | sed 's/.*"bytes"/"bytes"/' > "$TMP/data.txt"
    for shape in ds crcr lfcr; do
        "$BIN" parse --no-redact "$TMP/$shape-$b" > "$TMP/whole.jsonl"
        grep '"mode":"received"' "$TMP/whole.jsonl" | sed 's/.*"bytes"/"bytes"/' | cmp -s - "$TMP/data.txt" ||
            { echo "FAIL: $f pasted $shape: its data reads otherwise"; fail=1; }
        for extra in "--read-size 1" "--read-size 7 --read-seed 3"; do
            # shellcheck disable=SC2086
            "$BIN" parse --no-redact $extra "$TMP/$shape-$b" | cmp -s - "$TMP/whole.jsonl" ||
                { echo "FAIL: $f pasted $shape reads otherwise with $extra"; fail=1; }
        done
    done
done
# CR CR LF inside a counted block: the data's own CR LF pasted as CR CR LF
# (parser/framer.c: the CR right before an LF is the paste's), whole and fed
# a byte at a time; the log's CR LF form is the key.
python3 - "$TMP" <<'EOF'
import sys
data = b"HTTP/1.1 200 OK\r\nLen: 2\r\n\r\nhi\r"
s = (b'AT+QIOPEN=1,0,"TCP","203.0.113.7",80,0,1\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n'
     b'AT+QIRD=0,1500\r\n+QIRD: %d\r\n' % len(data) + data +
     b'\r\n\r\nOK\r\nAT+QICLOSE=0\r\nOK\r\n')
open(sys.argv[1] + "/qird-crlf.log", "wb").write(s)
open(sys.argv[1] + "/qird-crcr.log", "wb").write(s.replace(b"\r\n", b"\r\r\n"))
EOF
"$BIN" parse --no-redact "$TMP/qird-crlf.log" | grep '"mode":"received"' | sed 's/.*"bytes"/"bytes"/' > "$TMP/data.txt"
grep -qF '"preview":"HTTP/1.1 200 OK\r\nLen: 2\r\n\r\nhi\r"' "$TMP/data.txt" ||
    { echo "FAIL: qird-crlf: the block is not its 30 bytes"; cat "$TMP/data.txt"; fail=1; }
for extra in "" "--read-size 1" "--read-size 7 --read-seed 3"; do
    # shellcheck disable=SC2086
    "$BIN" parse --no-redact $extra "$TMP/qird-crcr.log" | grep '"mode":"received"' |
        sed 's/.*"bytes"/"bytes"/' | cmp -s - "$TMP/data.txt" ||
        { echo "FAIL: a block holding CR LF, pasted CR CR LF, reads otherwise ($extra)"; fail=1; }
done
# The summary's line count is the file's as its reader counted it (wc -l,
# plus a last line without its line end), not the line ends of the decoded
# bytes: smsd prints a whole answer, its lines joined, on one trace line.
printf '%s\n' '2025-03-01 10:00:01,7, GSM1: -> AT+CSQ' \
    '2025-03-01 10:00:01,7, GSM1: <- +CSQ: 17,99 OK' \
    '2025-03-01 10:00:02,7, GSM1: -> AT+CMGL=4' \
    '2025-03-01 10:00:02,7, GSM1: <- +CMGL: 1,1,,22 0791AB +CMGL: 2,1,,22 0791CD OK' > "$TMP/smsd4.log"
head -c -1 "$TMP/smsd4.log" > "$TMP/smsd4-open.log"
for f in smsd4 smsd4-open; do
    for extra in "" "--read-size 1" "--read-size 7 --read-seed 3" "--threads 3"; do
        # shellcheck disable=SC2086
        n=$("$BIN" parse --no-redact $extra "$TMP/$f.log" | tail -1 | sed -n 's/.*"lines":\([0-9]*\).*/\1/p')
        [ "$n" = 4 ] || { echo "FAIL: $f.log ($extra): $n lines in the summary, not 4"; fail=1; }
    done
done
exit $fail
