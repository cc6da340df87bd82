#!/bin/sh
# A user's mistakes are answered with what to do: exit 2 and a message that
# names the fix (the built-in profiles, the parameter's range, the directory).
. "$(dirname "$0")/../cli_common.sh"
cap=captures/l610-clean-session.log
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
# a profile name that is neither built in nor a file: the built-in ones listed
for c in check parse stats rules; do
    expect 2 "quectel-bg69: no such profile: the built-in ones are fibocom-l610, " \
        -- "$BIN" $c -p quectel-bg69 $( [ $c = rules ] || echo $cap )
    for p in $(ls rules/profiles | sed 's/\.json$//'); do
        grep -q "[ ,]$p[,;]" "$TMP/err" || { echo "FAIL: $c -p quectel-bg69: $p not listed"; fail=1; }
    done
done
# a directory where a file is expected
expect 2 "$TMP: is a directory (--config names a JSON file)" -- "$BIN" check -c "$TMP" $cap
expect 2 "$TMP: is a directory (--config names a JSON file)" -- "$BIN" rules -c "$TMP"
expect 2 "$TMP: is a directory (--profile" -- "$BIN" check -p "$TMP" $cap
expect 2 "$TMP: is a directory (-o names the file to write)" -- "$BIN" parse -o "$TMP" $cap
# config values outside their parameter's range, at their line and column
printf '{\n  "rules": {\n    "retry-storm": {"max_retries": -3}\n  }\n}\n' > "$TMP/neg.json"
expect 2 "$TMP/neg.json:3:21: config: rule \"retry-storm\": parameter \"max_retries\" must be a whole number, 0 or more, not -3" \
    -- "$BIN" check -c "$TMP/neg.json" $cap
printf '{"rules": {"retry-storm": {"max_retries": 2.5}}}\n' > "$TMP/frac.json"
expect 2 "must be a whole number" -- "$BIN" rules -c "$TMP/frac.json"
printf '{"rules": {"flow-control-stall": {"max_wait_s": -0.5}}}\n' > "$TMP/negs.json"
expect 2 "\"max_wait_s\" must be seconds, 0 or more, not -0.5" -- "$BIN" check -c "$TMP/negs.json" $cap
# ... while a fraction of a second, zero, and the "not set" sentinel are fine
printf '{"rules": {"flow-control-stall": {"max_wait_s": 0.5}, "retry-storm": {"max_retries": 0},\n' > "$TMP/ok.json"
printf ' "response-timeout": {"default_timeout_s": -1}}}\n' >> "$TMP/ok.json"
expect 0 "" -- "$BIN" rules -c "$TMP/ok.json"
printf '{"rules": {"response-timeout": {"default_timeout_s": -2}}}\n' > "$TMP/sent.json"
expect 2 "or -1: not set" -- "$BIN" rules -c "$TMP/sent.json"
# unknown help topics and extra arguments are usage errors
expect 2 "help: no help on 'nosuch': the commands are check, parse, rules, stats, formats" -- "$BIN" help nosuch
[ -s "$TMP/out" ] && { echo "FAIL: help nosuch wrote the help"; fail=1; }
expect 2 "help: unexpected argument 'extra'" -- "$BIN" help parse extra
expect 2 "formats: unexpected argument 'extra'" -- "$BIN" formats extra
expect 2 "rules: unexpected argument 'extra'" -- "$BIN" rules extra
expect 2 "unexpected argument 'x'" -- "$BIN" --version x
expect 2 "formats: unknown option '--bogus'" -- "$BIN" formats --bogus
expect 2 "rules: unknown option '--bogus'" -- "$BIN" rules --bogus
expect 2 "rules: option '-p' needs a value" -- "$BIN" rules -p
# the report format follows -o's extension when -f is absent; -f wins
"$BIN" check -o "$TMP/r.html" $cap && grep -q '^<!DOCTYPE html>' "$TMP/r.html" || { echo "FAIL: -o r.html"; fail=1; }
"$BIN" check -o "$TMP/r.HTM" $cap && grep -q '^<!DOCTYPE html>' "$TMP/r.HTM" || { echo "FAIL: -o r.HTM"; fail=1; }
"$BIN" check -o "$TMP/r.xml" $cap && grep -q '<testsuites' "$TMP/r.xml" || { echo "FAIL: -o r.xml"; fail=1; }
"$BIN" check -o "$TMP/r.sarif" $cap && grep -q '"version": "2.1.0"' "$TMP/r.sarif" || { echo "FAIL: -o r.sarif"; fail=1; }
"$BIN" check -o "$TMP/r.txt" $cap && grep -q '^verdict: PASS' "$TMP/r.txt" || { echo "FAIL: -o r.txt"; fail=1; }
"$BIN" check -o "$TMP/r.json" $cap && grep -q '"report_version"' "$TMP/r.json" || { echo "FAIL: -o r.json"; fail=1; }
"$BIN" check -o "$TMP/report" $cap && grep -q '"report_version"' "$TMP/report" || { echo "FAIL: -o without extension"; fail=1; }
"$BIN" check -f json -o "$TMP/j.html" $cap && grep -q '"report_version"' "$TMP/j.html" || { echo "FAIL: -f json -o j.html"; fail=1; }
"$BIN" parse -o "$TMP/p.txt" $cap && grep -q '^-- ' "$TMP/p.txt" || { echo "FAIL: parse -o p.txt"; fail=1; }
"$BIN" parse -o "$TMP/p.jsonl" $cap && grep -q '^{"kind":"input"' "$TMP/p.jsonl" || { echo "FAIL: parse -o p.jsonl"; fail=1; }
"$BIN" stats -o "$TMP/s.txt" $cap && grep -q '^COMMAND' "$TMP/s.txt" || { echo "FAIL: stats -o s.txt"; fail=1; }
"$BIN" stats -o "$TMP/s.json" $cap && grep -q '"stats_version"' "$TMP/s.json" || { echo "FAIL: stats -o s.json"; fail=1; }
[ $fail = 0 ] && echo "ok: mistakes answered with what to do"
exit $fail
