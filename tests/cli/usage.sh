#!/bin/sh
# Exit codes and messages of the command line: 0 parsed, 2 unusable input or options.
. "$(dirname "$0")/../cli_common.sh"
expect() {  # expect CODE STDERR-PATTERN -- command...
    code=$1; pat=$2; shift 3
    "$@" > "$TMP/out" 2> "$TMP/err"
    got=$?
    if [ "$got" != "$code" ]; then
        echo "FAIL: '$*' exited $got, expected $code"; cat "$TMP/err"; fail=1; return
    fi
    if [ -n "$pat" ] && ! grep -q -- "$pat" "$TMP/err"; then
        echo "FAIL: '$*' stderr lacks '$pat':"; cat "$TMP/err"; fail=1
    fi
}
expect 0 "" -- "$BIN" --version
grep -q "^atscope [0-9]" "$TMP/out" || { echo "FAIL: --version output"; fail=1; }
expect 0 "" -- "$BIN" --help
grep -q "parse" "$TMP/out" || { echo "FAIL: --help lists no commands"; fail=1; }
expect 0 "" -- "$BIN" parse --help
grep -q -- "--profile" "$TMP/out" || { echo "FAIL: parse --help"; fail=1; }
expect 2 "unknown command 'bogus'" -- "$BIN" bogus
expect 2 "" -- "$BIN"
expect 2 "unknown option '--bogus'" -- "$BIN" parse --bogus captures/line-endings.log
expect 2 "needs a value" -- "$BIN" parse captures/line-endings.log --profile
expect 2 "no/such/file.log: cannot open" -- "$BIN" parse no/such/file.log
[ -s "$TMP/out" ] && grep -q '"kind":"transaction"' "$TMP/out" && { echo "FAIL: output for a missing file"; fail=1; }
expect 2 "is a directory" -- "$BIN" parse captures
expect 2 "unknown --format 'xml'" -- "$BIN" parse -f xml captures/line-endings.log
expect 2 "expected a positive number" -- "$BIN" parse --read-size abc captures/line-endings.log
# one unreadable file among good ones: the good ones are still parsed, exit 2
expect 2 "missing.log: cannot open" -- "$BIN" parse -f jsonl captures/line-endings.log missing.log
grep -q '"kind":"summary","path":"captures/line-endings.log"' "$TMP/out" || { echo "FAIL: good file not parsed"; fail=1; }
# stdin, and records streamed before the input ends
expect 0 "" -- sh -c "cat captures/line-endings.log | '$BIN' parse -f jsonl -"
grep -q '"path":"<stdin>"' "$TMP/out" || { echo "FAIL: stdin"; fail=1; }
fifo=$TMP/fifo
mkfifo "$fifo"
# (format detection looks at the first 64 lines, --profile auto at the first 1000,
# then records flow)
( for i in $(seq 520); do printf 'AT\r\nOK\r\n'; done; sleep 2; printf 'AT+CSQ\r\n' ) > "$fifo" &
"$BIN" parse -f jsonl "$fifo" > "$TMP/stream" &
pid=$!
sleep 1
grep -q '"command":"AT"' "$TMP/stream" || { echo "FAIL: no record before the input ended (not streaming)"; fail=1; }
wait $pid
grep -q '"command":"AT+CSQ"' "$TMP/stream" || { echo "FAIL: stream end"; fail=1; }
# -o FILE
expect 0 "" -- "$BIN" parse -f jsonl -o "$TMP/o.jsonl" captures/line-endings.log
grep -q '"kind":"summary"' "$TMP/o.jsonl" || { echo "FAIL: -o"; fail=1; }
# text output escapes terminal control sequences from the capture
expect 0 "" -- "$BIN" parse -f text captures/hostile-bytes.log
if LC_ALL=C grep -q "$(printf '\033')" "$TMP/out"; then echo "FAIL: raw ESC reached the terminal output"; fail=1; fi
grep -q 'urc?  +CGREG: \\x1b\[2J' "$TMP/out" || { echo "FAIL: escaped ESC not shown"; fail=1; }
# write errors: a full disk is exit 2 with one line on stderr (every command:
# tests/cli/output.sh); a closed pipe ends parse quietly, by SIGPIPE, as cat
"$BIN" parse -f jsonl captures/guide-3.3-tcp-udp.log > /dev/full 2> "$TMP/err"
[ $? = 2 ] && grep -q "standard output: write error" "$TMP/err" && [ "$(wc -l < "$TMP/err")" = 1 ] ||
    { echo "FAIL: parse to a full disk"; cat "$TMP/err"; fail=1; }
big=$TMP/big.log
i=0; while [ $i -lt 2000 ]; do cat captures/l610-clean-session.log; i=$((i + 1)); done > "$big"
( "$BIN" parse -f jsonl "$big"; echo $? > "$TMP/rc" ) 2> "$TMP/err" | head -n 1 > /dev/null
[ "$(cat "$TMP/rc")" = 141 ] && [ ! -s "$TMP/err" ] ||
    { echo "FAIL: parse into a closed pipe: exit $(cat "$TMP/rc"), expected 141 and no message"; cat "$TMP/err"; fail=1; }
# progress: a big capture read for check says how far it is on a terminal
# (script(1) gives it one), then wipes the line; never into a file
truncate -s 70M "$TMP/zeros.log"
if command -v script > /dev/null; then
    script -qec "'$BIN' check -f json -o '$TMP/r.json' '$TMP/zeros.log'" /dev/null > "$TMP/tty" 2>&1
    LC_ALL=C grep -q "atscope: reading: .*% of 73 MB" "$TMP/tty" ||
        { echo "FAIL: no progress line on a terminal"; cat -v "$TMP/tty" | head -3; fail=1; }
    LC_ALL=C grep -q "$(printf '\r\033')\[K" "$TMP/tty" ||
        { echo "FAIL: the progress line is not wiped"; fail=1; }
fi
"$BIN" check -f json -o "$TMP/r.json" "$TMP/zeros.log" 2> "$TMP/err"
# (70 MB of NUL bytes hold no AT command: the one line on stderr says it is inconclusive)
! grep -q "reading:" "$TMP/err" || { echo "FAIL: progress written to a file"; cat -v "$TMP/err" | head -3; fail=1; }

[ $fail = 0 ] && echo "ok: usage and exit codes"
exit $fail
