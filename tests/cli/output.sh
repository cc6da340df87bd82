#!/bin/sh
# Where the output goes: a write error is exit 2 with one message naming the
# output in every command; a closed pipe ends quietly; -o never overwrites an
# input and never leaves a cut file, whether the run fails or is interrupted.
. "$(dirname "$0")/../cli_common.sh"
cap=captures/l610-clean-session.log
one_error() {   # one_error WHAT NAME -- command... : exit 2, one line naming NAME
    what=$1 name=$2
    shift 3
    "$@" 2> "$TMP/err"
    rc=$?
    if [ $rc != 2 ] || [ "$(wc -l < "$TMP/err")" != 1 ] || ! grep -q "^atscope: $name: write error: " "$TMP/err"; then
        echo "FAIL: $what: exit $rc (expected 2 and one line naming $name):"; cat "$TMP/err"; fail=1
    fi
}
# every command and every help screen, to a full disk
for c in "parse -f jsonl $cap" "parse -f text $cap" "check -f json $cap" "check -f text $cap" \
         "check -f sarif $cap" "check -f junit $cap" "check -f html $cap" "stats -f json $cap" \
         "stats -f text $cap" "rules" "rules -f json" "formats" "--help" "-h" "--version" \
         "help" "help parse" "help check" "help stats" "help rules" "help formats" \
         "parse --help" "check --help" "stats --help" "rules --help" "formats --help"; do
    # shellcheck disable=SC2086
    one_error "atscope $c > /dev/full" "standard output" -- sh -c "\"\$0\" $c > /dev/full" "$BIN"
done
for c in "parse -f jsonl" "check -f json" "stats -f json"; do
    # shellcheck disable=SC2086
    one_error "atscope $c -o /dev/full" /dev/full -- "$BIN" $c -o /dev/full "$cap"
done
for c in "parse -f jsonl" "check -f json" "stats -f json"; do
    # shellcheck disable=SC2086
    one_error "atscope $c -o /dev/full" /dev/full -- "$BIN" $c -o /dev/full "$cap"
done

# a closed pipe: nothing on stderr; the status is SIGPIPE's (141), or 0
# when all was written before the reader went
big=$TMP/big.log
i=0; while [ $i -lt 2000 ]; do cat "$cap"; i=$((i + 1)); done > "$big"
for c in "parse -f jsonl" "parse -f text" "check -f json" "check -f text" "stats -f text"; do
    # shellcheck disable=SC2086
    ( "$BIN" $c "$big"; echo $? > "$TMP/rc" ) 2> "$TMP/err" | head -n 1 > /dev/null
    rc=$(cat "$TMP/rc")
    if [ -s "$TMP/err" ] || { [ "$rc" != 141 ] && [ "$rc" != 0 ] && [ "$rc" != 1 ]; }; then
        echo "FAIL: atscope $c big | head -1: exit $rc, stderr:"; cat "$TMP/err"; fail=1
    fi
done

# -o naming an input: refused before anything is written, the input intact
cp "$cap" "$TMP/a.log"
cp captures/l610-async-overlap.log "$TMP/b.log"
sum=$(cksum < "$TMP/a.log")
for c in "check -f html" "check" "parse" "stats"; do
    # shellcheck disable=SC2086
    "$BIN" $c -o "$TMP/a.log" "$TMP/b.log" "$TMP/a.log" > /dev/null 2> "$TMP/err"
    rc=$?
    [ $rc = 2 ] && grep -q "a.log: input file is output file" "$TMP/err" &&
        [ "$(cksum < "$TMP/a.log")" = "$sum" ] ||
        { echo "FAIL: $c -o INPUT: exit $rc, input changed or no message"; cat "$TMP/err"; fail=1; }
done
# ... the same file by another name, and inside a directory read with -r
ln -s a.log "$TMP/alias.log"
"$BIN" check -o "$TMP/alias.log" "$TMP/a.log" > /dev/null 2> "$TMP/err"
[ $? = 2 ] && [ "$(cksum < "$TMP/a.log")" = "$sum" ] || { echo "FAIL: -o through a symlink onto the input"; fail=1; }
mkdir "$TMP/d"
cp "$cap" "$TMP/d/x.log"
"$BIN" check -r -o "$TMP/d/x.log" "$TMP/d" > /dev/null 2> "$TMP/err"
[ $? = 2 ] && grep -q "input file is output file" "$TMP/err" || { echo "FAIL: -o onto a file of -r DIR"; fail=1; }
# ... and standard output appended to an input (it would read what it writes)
"$BIN" parse -f jsonl "$TMP/a.log" >> "$TMP/a.log" 2> "$TMP/err"
[ $? = 2 ] && grep -q "input file is output file" "$TMP/err" && [ "$(cksum < "$TMP/a.log")" = "$sum" ] ||
    { echo "FAIL: parse FILE >> FILE"; cat "$TMP/err"; fail=1; }

# -o naming a directory says so
"$BIN" check -o "$TMP" "$cap" > /dev/null 2> "$TMP/err"
[ $? = 2 ] && grep -q "$TMP: is a directory" "$TMP/err" || { echo "FAIL: -o DIR"; cat "$TMP/err"; fail=1; }

# -o replaces a file whole; it keeps the old file's mode; a symlink stays one
echo old > "$TMP/r.json"
chmod 640 "$TMP/r.json"
ln -s r.json "$TMP/link.json"
"$BIN" check -f json -o "$TMP/link.json" "$cap" || { echo "FAIL: check -o"; fail=1; }
[ -L "$TMP/link.json" ] && grep -q '"verdict"' "$TMP/r.json" || { echo "FAIL: -o through a symlink"; fail=1; }
[ "$(stat -c %a "$TMP/r.json")" = 640 ] || { echo "FAIL: -o changed the mode"; fail=1; }

# interrupted: parse -o from a capture that keeps coming, stopped by a
# signal: the old file is as it was, no temporary is left beside it
mkfifo "$TMP/feed"
mkdir "$TMP/out"
for sig in INT TERM HUP; do
    echo old > "$TMP/out/p.jsonl"
    ( cat "$big"; sleep 3 ) > "$TMP/feed" &
    feeder=$!
    # a background job starts with SIGINT ignored: give it back its default
    env --default-signal=INT "$BIN" parse -f jsonl -o "$TMP/out/p.jsonl" "$TMP/feed" &
    pid=$!
    # wait until it has written into its temporary
    n=0
    while [ $n -lt 50 ] && [ -z "$(find "$TMP/out" -name '.p.jsonl.*' -size +0 2>/dev/null)" ]; do
        sleep 0.1; n=$((n + 1))
    done
    kill -"$sig" $pid
    wait $pid 2> /dev/null
    rc=$?
    wait $feeder
    [ "$(cat "$TMP/out/p.jsonl")" = old ] || { echo "FAIL: SIG$sig: the old file was replaced"; fail=1; }
    [ "$(ls -A "$TMP/out")" = p.jsonl ] || { echo "FAIL: SIG$sig: left $(ls -A "$TMP/out")"; fail=1; }
    [ $rc -gt 128 ] || { echo "FAIL: SIG$sig: exit $rc, not ended by the signal"; fail=1; }
done
# no capture read at all: the old output stays
"$BIN" parse -o "$TMP/out/p.jsonl" "$TMP/missing.log" 2> /dev/null
[ "$(cat "$TMP/out/p.jsonl")" = old ] && [ "$(ls -A "$TMP/out")" = p.jsonl ] ||
    { echo "FAIL: parse of a missing file replaced the old output"; fail=1; }

[ $fail = 0 ] && echo "ok: write errors, closed pipes, -o onto inputs, interrupted output"
exit $fail
