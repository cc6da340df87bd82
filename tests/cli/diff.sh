#!/bin/sh
# atscope diff: the two firmware builds' captures of one L610 session
# (captures/fibocom/make_l610_builds.py: build 2 has a slower +MIPOPEN, a new
# retry of AT+CPIN? and no longer build 1's async-overlap) give exactly the
# expected text, markdown and JSON, exit 1; the same from their reports and
# from a report and a capture; a report against itself says nothing changed,
# exit 0; findings are a multiset by fingerprint; the thresholds and
# --fail-on decide the exit; bad input is exit 2 with file:line:col; hostile
# bytes are escaped in every format.
. "$(dirname "$0")/../cli_common.sh"
B1=captures/fibocom/l610-build-1.log
B2=captures/fibocom/l610-build-2.log
expect_exit() {   # expect_exit WANT WHAT: the last command's status
    [ "$3" = "$1" ] || { echo "FAIL: $2: exit $3, expected $1"; fail=1; }
}
same() {          # same WHAT EXPECTED ACTUAL
    if ! cmp -s "$2" "$3"; then
        echo "FAIL: $1:"
        diff "$2" "$3" | head -20
        fail=1
    fi
}

# the two builds as captures: every line of the text
"$BIN" diff -f text "$B1" "$B2" > "$TMP/t" 2> "$TMP/err"
expect_exit 1 "diff of the two builds" $?
cat > "$TMP/want" <<'EOT'
old: captures/fibocom/l610-build-1.log (capture; profile fibocom-l610; 1 finding)
new: captures/fibocom/l610-build-2.log (capture; profile fibocom-l610; 0 findings)
fixed: captures/fibocom/l610-build-1.log:26: error: [async-overlap] AT+CSQ sent while AT+MIPOPEN=1,,"183.47.42.41",9000,0 still waits for +MIPOPEN (sent at line 24)
more retries: AT+CPIN? 0 -> 1
slower: AT+MIPOPEN= completion p50 1196 -> 4784 ms, p95 1196 -> 4784 ms (+300%)
findings: 0 new, 1 fixed, 0 unchanged
commands: 1 slower, 0 faster, 1 with more retries, 0 with fewer (thresholds: p50 or p95 by 50% and 100 ms, retries by 1)
verdict: REGRESSION (1 slower, 1 with more retries)
EOT
same "text diff of the two builds" "$TMP/want" "$TMP/t"
[ -s "$TMP/err" ] && { echo "FAIL: diff of the builds wrote to stderr:"; cat "$TMP/err"; fail=1; }

# markdown, every line
"$BIN" diff -f markdown "$B1" "$B2" > "$TMP/m"
expect_exit 1 "markdown diff" $?
cat > "$TMP/want" <<'EOT'
### atscope diff: regression

- old: captures/fibocom/l610-build-1.log (capture; profile fibocom-l610; 1 finding)
- new: captures/fibocom/l610-build-2.log (capture; profile fibocom-l610; 0 findings)
- findings: 0 new, 1 fixed, 0 unchanged
- commands: 1 slower, 0 faster, 1 with more retries, 0 with fewer (thresholds: p50 or p95 by 50% and 100 ms, retries by 1)

#### Fixed findings

| severity | rule | where | message |
| --- | --- | --- | --- |
| error | async-overlap | captures/fibocom/l610-build-1.log:26 | AT+CSQ sent while AT+MIPOPEN=1,,"183.47.42.41",9000,0 still waits for +MIPOPEN (sent at line 24) |

#### Latency and retries

| command | measure | old | new | change |
| --- | --- | --- | --- | --- |
| AT+CPIN? | retries | 0 | 1 | **more retries** |
| AT+MIPOPEN= | completion p50 / p95 | 1196 / 1196 ms | 4784 / 4784 ms | **slower** +300% |
EOT
same "markdown diff of the two builds" "$TMP/want" "$TMP/m"
# -o FILE.md chooses markdown
"$BIN" diff -o "$TMP/o.md" "$B1" "$B2"
expect_exit 1 "diff -o x.md" $?
same "-o x.md is the markdown" "$TMP/m" "$TMP/o.md"

# JSON: the fields
"$BIN" diff -f json "$B1" "$B2" > "$TMP/j.json"
expect_exit 1 "json diff" $?
python3 - "$TMP/j.json" <<'PYEOF' || fail=1
import json, sys
d = json.load(open(sys.argv[1]))
assert d["diff_version"] == 1
assert d["old"]["kind"] == "capture" and d["old"]["findings"] == 1 and d["old"]["verdict"] == "fail", d["old"]
assert d["new"]["verdict"] == "pass" and d["new"]["has_timestamps"] is True
f = d["findings"]
assert f["new"] == [], f["new"]
assert [(x["rule"], x["line"], x["fingerprint"]) for x in f["fixed"]] == \
    [("async-overlap", 26, "async-overlap|+CSQ|+MIPOPEN")], f["fixed"]
assert f["unchanged"] == [], f["unchanged"]
c = d["commands"]
assert [(x["command"], x["measure"], x["change"], x["regression"]) for x in c] == \
    [("AT+CPIN?", "retries", "more", True), ("AT+MIPOPEN=", "completion", "slower", True)], c
assert c[0]["old"] == {"count": 1, "retries": 0} and c[0]["new"] == {"count": 2, "retries": 1}, c[0]
m = c[1]
assert m["old"]["n"] == 1 and abs(m["old"]["p95_ms"] - 1196) < 5 and abs(m["new"]["p95_ms"] - 4784) < 20, m
assert m["percent"] == 300.0, m["percent"]
s = d["summary"]
assert s == {"new": 0, "fixed": 1, "unchanged": 0, "slower": 1, "faster": 0, "more_retries": 1,
             "fewer_retries": 0, "regressions": 2, "changed": True, "verdict": "regression"}, s
assert d["thresholds"] == {"latency_ratio": 1.5, "latency_ms": 100.0, "retries": 1, "fail_on": "info"}
assert d["latency_compared"] is True and d["notes"] == []
PYEOF

# the same diff from the builds' reports: all but the two header lines
"$BIN" check -f json -o "$TMP/b1.json" "$B1" 2> /dev/null
"$BIN" check -f json -o "$TMP/b2.json" "$B2" 2> /dev/null
"$BIN" diff -f text "$TMP/b1.json" "$TMP/b2.json" > "$TMP/r"
expect_exit 1 "diff of the builds' reports" $?
tail -n +3 "$TMP/t" > "$TMP/want"
tail -n +3 "$TMP/r" > "$TMP/got"
same "reports diff as their captures" "$TMP/want" "$TMP/got"
grep -qx "old: $TMP/b1.json (report; profile fibocom-l610; 1 finding)" "$TMP/r" ||
    { echo "FAIL: report side header"; head -2 "$TMP/r"; fail=1; }

# a report and a capture: the same changes, and a note saying what was mixed
"$BIN" diff -f text "$TMP/b1.json" "$B2" > "$TMP/x"
expect_exit 1 "report against capture" $?
grep -qx "note: OLD is a report and NEW a capture, analysed now with this build's rules and the options given here: findings may differ by the options the report was made with" "$TMP/x" ||
    { echo "FAIL: mixed inputs note"; cat "$TMP/x"; fail=1; }
grep -v '^note: \|^old: \|^new: captures' "$TMP/x" > "$TMP/got"
same "report against capture" "$TMP/want" "$TMP/got"

# a report against itself: nothing changed, exit 0
"$BIN" diff -f text "$TMP/b1.json" "$TMP/b1.json" > "$TMP/s"
expect_exit 0 "report against itself" $?
cat > "$TMP/want" <<EOT
old: $TMP/b1.json (report; profile fibocom-l610; 1 finding)
new: $TMP/b1.json (report; profile fibocom-l610; 1 finding)
findings: 0 new, 0 fixed, 1 unchanged
commands: 0 slower, 0 faster, 0 with more retries, 0 with fewer (thresholds: p50 or p95 by 50% and 100 ms, retries by 1)
verdict: PASS (nothing changed)
EOT
same "report against itself" "$TMP/want" "$TMP/s"
"$BIN" diff -f markdown "$TMP/b1.json" "$TMP/b1.json" | head -1 | grep -qx '### atscope diff: nothing changed' ||
    { echo "FAIL: markdown heading of no change"; fail=1; }
"$BIN" diff -f json "$B1" "$B1" | python3 -c '
import json, sys
s = json.load(sys.stdin)["summary"]
assert s["changed"] is False and s["verdict"] == "pass" and s["unchanged"] == 1, s' || fail=1

# the other way round: build 1's async-overlap is new (exit 1 at the default
# --fail-on info and at error), the completion faster, a retry fewer
"$BIN" diff -f text "$B2" "$B1" > "$TMP/rev"
expect_exit 1 "reverse diff" $?
for l in 'new: captures/fibocom/l610-build-1.log:26: error: [async-overlap] AT+CSQ sent while AT+MIPOPEN=1,,"183.47.42.41",9000,0 still waits for +MIPOPEN (sent at line 24)' \
         'fewer retries: AT+CPIN? 1 -> 0' \
         'faster: AT+MIPOPEN= completion p50 4784 -> 1196 ms, p95 4784 -> 1196 ms (-75%)' \
         'verdict: REGRESSION (1 new finding)'; do
    grep -qxF "$l" "$TMP/rev" || { echo "FAIL: reverse diff lacks: $l"; cat "$TMP/rev"; fail=1; }
done
"$BIN" diff --fail-on never -f text "$B2" "$B1" | tail -n 1 | grep -qx 'verdict: PASS (no regression)' ||
    { echo "FAIL: --fail-on never"; fail=1; }
"$BIN" diff --fail-on never "$B2" "$B1" > /dev/null
expect_exit 0 "--fail-on never" $?

# thresholds: 4x slower is no change at a ratio of 5; the retry still is
"$BIN" diff --latency-ratio 5 -f text "$B1" "$B2" > "$TMP/th"
expect_exit 1 "--latency-ratio 5" $?
tail -n 1 "$TMP/th" | grep -qx 'verdict: REGRESSION (1 with more retries)' || { echo "FAIL: --latency-ratio 5"; cat "$TMP/th"; fail=1; }
grep -q '^slower' "$TMP/th" && { echo "FAIL: --latency-ratio 5 still slower"; fail=1; }
"$BIN" diff --latency-ms 5000 --retries 2 -f text "$B1" "$B2" > "$TMP/th"
expect_exit 0 "--latency-ms 5000 --retries 2" $?
tail -n 1 "$TMP/th" | grep -qx 'verdict: PASS (no regression)' || { echo "FAIL: high thresholds"; cat "$TMP/th"; fail=1; }

# captures are checked with the options given: a config that turns
# async-overlap off leaves nothing fixed
echo '{"rules": {"async-overlap": {"enabled": false}}}' > "$TMP/cfg.json"
"$BIN" diff -c "$TMP/cfg.json" -f text "$B1" "$B2" > "$TMP/cfg"
expect_exit 1 "diff -c" $?
grep -qx 'findings: 0 new, 0 fixed, 0 unchanged' "$TMP/cfg" || { echo "FAIL: diff -c"; cat "$TMP/cfg"; fail=1; }
"$BIN" diff -p 3gpp -f json "$B1" "$B2" | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["old"]["profile"] == d["new"]["profile"] == "3gpp", d["old"]' || { echo "FAIL: diff -p"; fail=1; }

# findings are a multiset: one fingerprint twice in NEW and once in OLD is
# one unchanged and one new
python3 - "$TMP/b1.json" "$TMP/dup.json" <<'PYEOF'
import json, sys
r = json.load(open(sys.argv[1]))
r["violations"].append(dict(r["violations"][0], line=99))
json.dump(r, open(sys.argv[2], "w"), indent=2)
PYEOF
"$BIN" diff -f text "$TMP/b1.json" "$TMP/dup.json" > "$TMP/dup"
expect_exit 1 "a fingerprint once more" $?
grep -qxF 'new: captures/fibocom/l610-build-1.log:99: error: [async-overlap] AT+CSQ sent while AT+MIPOPEN=1,,"183.47.42.41",9000,0 still waits for +MIPOPEN (sent at line 24)' "$TMP/dup" &&
grep -qx 'findings: 1 new, 0 fixed, 1 unchanged' "$TMP/dup" || { echo "FAIL: multiset"; cat "$TMP/dup"; fail=1; }
"$BIN" diff --fail-on warning "$TMP/b1.json" "$TMP/dup.json" > /dev/null
expect_exit 1 "a new error at --fail-on warning" $?

# a report without command_stats (an older atscope): findings only, said so
python3 - "$TMP/b1.json" "$TMP/old.json" <<'PYEOF'
import json, sys
r = json.load(open(sys.argv[1]))
del r["command_stats"]
json.dump(r, open(sys.argv[2], "w"))
PYEOF
"$BIN" diff -f text "$TMP/old.json" "$B2" > "$TMP/o"
expect_exit 0 "no command_stats" $?
grep -qx 'note: latency and retries not compared: OLD has no command_stats (a report of an older atscope; diff the captures instead)' "$TMP/o" &&
grep -qx 'findings: 0 new, 1 fixed, 0 unchanged' "$TMP/o" && ! grep -q '^commands:' "$TMP/o" ||
    { echo "FAIL: report without command_stats"; cat "$TMP/o"; fail=1; }
# captures without timestamps: retries compared, latency not
"$BIN" diff -f text captures/l610-clean-session.log captures/l610-async-overlap.log > "$TMP/raw"
expect_exit 1 "raw captures" $?
grep -qx 'note: latency not compared: neither side has timestamps' "$TMP/raw" &&
grep -qx 'more retries: AT+MIPOPEN? 0 -> 1' "$TMP/raw" &&
grep -qx 'findings: 2 new, 0 fixed, 0 unchanged' "$TMP/raw" || { echo "FAIL: raw captures"; cat "$TMP/raw"; fail=1; }

# bad input: exit 2, one message naming the file (and line:col for JSON)
printf '{\n  "report_version": 1,\n  "violations": [1,,2]\n}\n' > "$TMP/bad.json"
"$BIN" diff "$TMP/bad.json" "$TMP/b1.json" > /dev/null 2> "$TMP/err"
expect_exit 2 "bad JSON" $?
grep -qx "atscope: $TMP/bad.json:3:20: invalid JSON: unexpected token near ','" "$TMP/err" ||
    { echo "FAIL: bad JSON message"; cat "$TMP/err"; fail=1; }
echo '{"version": "2.1.0", "runs": []}' > "$TMP/x.sarif"
"$BIN" diff "$TMP/x.sarif" "$TMP/b1.json" > /dev/null 2> "$TMP/err"
expect_exit 2 "a SARIF log" $?
grep -qx "atscope: $TMP/x.sarif:1:1: a SARIF log; expected the report of 'atscope check --format json'" "$TMP/err" || { echo "FAIL: SARIF message"; cat "$TMP/err"; fail=1; }
echo '{"report_version": 1, "summary": {"verdict": "pass"}, "violations": [{"rule": "x"}]}' > "$TMP/v.json"
"$BIN" diff "$TMP/v.json" "$TMP/b1.json" > /dev/null 2> "$TMP/err"
expect_exit 2 "a violation without fields" $?
grep -qx "atscope: $TMP/v.json:1:70: violations\[0\]: missing \"path\" (expected a string)" "$TMP/err" ||
    { echo "FAIL: violation message"; cat "$TMP/err"; fail=1; }
"$BIN" diff "$TMP/b1.json" > /dev/null 2> "$TMP/err"
expect_exit 2 "one operand" $?
"$BIN" diff no/such.log "$TMP/b1.json" > /dev/null 2> "$TMP/err"
expect_exit 2 "a missing capture" $?
grep -q "no/such.log: cannot open" "$TMP/err" || { echo "FAIL: missing capture message"; cat "$TMP/err"; fail=1; }
echo "hello" > "$TMP/hello.txt"
"$BIN" diff "$TMP/hello.txt" "$B1" > /dev/null 2> "$TMP/err"
expect_exit 2 "a capture with no evidence" $?
"$BIN" diff -f yaml "$B1" "$B2" > /dev/null 2>&1
expect_exit 2 "an unknown format" $?
"$BIN" diff --latency-ratio 1 "$B1" "$B2" > /dev/null 2>&1
expect_exit 2 "a ratio of 1" $?
"$BIN" diff -o "$B1" "$B1" "$B2" > /dev/null 2>&1
expect_exit 2 "-o an input" $?
cmp -s "$B1" captures/fibocom/l610-build-1.log || { echo "FAIL: -o overwrote an input"; fail=1; }

# hostile bytes in a report reach no output raw: controls, bidi, markup
python3 - "$TMP/b1.json" "$TMP/h.json" <<'PYEOF'
import json, sys
r = json.load(open(sys.argv[1]))
v = r["violations"][0]
v["message"] = "x\x1b[31mred\u202eevil <img src=x onerror=alert(1)> | `c` @here $x$"
v["path"] = "cap\nture|<b>.log"
v["fingerprint"] = "hostile|1"
r["command_stats"][0]["command"] = "AT\x1b]0;pwn\x07<i>|"
r["command_stats"][0]["retries"] = 5
json.dump(r, open(sys.argv[2], "w"))
PYEOF
for f in text markdown json; do
    "$BIN" diff -f $f "$TMP/b1.json" "$TMP/h.json" > "$TMP/out.$f"
    expect_exit 1 "hostile $f" $?
    if LC_ALL=C grep -q "$(printf '[\033\007]')" "$TMP/out.$f" ||
       grep -q "$(printf '\342\200\256')" "$TMP/out.$f"; then
        echo "FAIL: raw control or bidi bytes in -f $f"; fail=1
    fi
done
grep -qxF 'new: cap\nture|<b>.log:26: error: [async-overlap] x\x1b[31mred\xe2\x80\xaeevil <img src=x onerror=alert(1)> | `c` @here $x$' "$TMP/out.text" ||
    { echo "FAIL: hostile text line"; grep -a hostile "$TMP/out.text"; fail=1; }
grep -qxF '| error | async-overlap | cap\\nture\|\<b\>.log:26 | x\\x1b\[31mred\\xe2\\x80\\xaeevil \<img src=x onerror=alert(1)\> \| \`c\` \@here \$x\$ |' "$TMP/out.markdown" ||
    { echo "FAIL: hostile markdown row"; grep -a evil "$TMP/out.markdown"; fail=1; }
grep -qxF '| AT\\x1b\]0;pwn\\x07\<i\>\| | retries | 0 | 5 | **more retries** |' "$TMP/out.markdown" ||
    { echo "FAIL: hostile markdown command"; grep -a pwn "$TMP/out.markdown"; fail=1; }
python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["findings"]["new"][0]["message"].startswith("x\x1b[31mred\u202eevil")
assert d["commands"][0]["command"] == "AT\x1b]0;pwn\x07<i>|"' "$TMP/out.json" || fail=1

[ $fail = 0 ] && echo "ok: diff"
exit $fail
