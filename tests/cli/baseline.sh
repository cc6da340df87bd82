#!/bin/sh
# check --baseline OLD.json: a report used as its own baseline passes;
# adding one fault to the capture fails with exactly that finding; lines
# inserted above change nothing; a fault of a kind the baseline already has
# is told apart by order; a bad baseline is exit 2 at file:line:col.
. "$(dirname "$0")/../cli_common.sh"
PY=${PYTHON:-python3}
V="$PY tests/validate.py docs/report.schema.json"
# findings of a JSON report as "status line rule fingerprint", one a line
findings() {
    "$PY" -c '
import json, sys
for v in json.load(open(sys.argv[1]))["violations"]:
    print(v.get("status", "-"), v["line"], v["rule"], v["fingerprint"])' "$1"
}
summary() {
    "$PY" -c '
import json, sys
f = json.load(open(sys.argv[1]))["summary"].get("findings")
print("%(new)d new, %(baselined)d baselined, %(suppressed)d suppressed" % f if f else "none")' "$1"
}
mkdir "$TMP/run"
cap=$TMP/run/l610.log
# the vendor guide's overlap capture and a test command the module refuses at its end:
# three findings, two advices alike (error-detail|+MIPOPEN, at 34 and 71; the ERROR at 26
# is async-overlap's, its advice dropped)
base=$TMP/base.log
{ cat captures/l610-async-overlap.log; printf 'AT+MIPOPEN=?\r\r\nERROR\r\n'; } > "$base"
cp "$base" "$cap"
"$BIN" check -f json "$cap" > "$TMP/old.json"; rc=$?
[ $rc = 1 ] || { echo "FAIL: the capture should fail without a baseline (exit $rc)"; fail=1; }
findings "$TMP/old.json" | awk '{ $1 = ""; print }' > "$TMP/old.f"
[ "$(wc -l < "$TMP/old.f")" -eq 3 ] || { echo "FAIL: expected 3 findings:"; cat "$TMP/old.f"; fail=1; }

# 1. its own baseline: exit 0, every finding baselined, none dropped
"$BIN" check -f json --baseline "$TMP/old.json" "$cap" > "$TMP/self.json"; rc=$?
[ $rc = 0 ] || { echo "FAIL: own baseline exited $rc"; fail=1; }
$V "$TMP/self.json" $rc > /dev/null || { echo "FAIL: own-baseline report invalid"; fail=1; }
[ "$(findings "$TMP/self.json" | grep -vc '^baselined ')" = 0 ] &&
    [ "$(findings "$TMP/self.json" | wc -l)" -eq 3 ] ||
    { echo "FAIL: own baseline: not all 3 baselined:"; findings "$TMP/self.json"; fail=1; }
[ "$(summary "$TMP/self.json")" = "0 new, 3 baselined, 0 suppressed" ] ||
    { echo "FAIL: summary: $(summary "$TMP/self.json")"; fail=1; }
grep -qF "\"baseline\": \"$TMP/old.json\"" "$TMP/self.json" || { echo "FAIL: summary does not name the baseline"; fail=1; }
# ... and its report as the next baseline (statuses in it change nothing)
"$BIN" check -f json --baseline "$TMP/self.json" "$cap" > /dev/null || { echo "FAIL: a gated report as baseline"; fail=1; }
# CI keeps each report as the next build's baseline: -o may be the baseline
cp "$TMP/old.json" "$TMP/inplace.json"
"$BIN" check --baseline "$TMP/inplace.json" -o "$TMP/inplace.json" "$cap" &&
    "$BIN" check --baseline "$TMP/inplace.json" -o "$TMP/inplace.json" "$cap" &&
    [ "$(summary "$TMP/inplace.json")" = "0 new, 3 baselined, 0 suppressed" ] ||
    { echo "FAIL: the baseline rewritten in place"; fail=1; }
# the text report says so on each line and in the totals; the verdict is a pass
"$BIN" check -f text --baseline "$TMP/old.json" "$cap" > "$TMP/self.txt"
[ "$(grep -c ': \[.*(baselined)$' "$TMP/self.txt")" = 3 ] || { echo "FAIL: text lines not marked baselined:"; cat "$TMP/self.txt"; fail=1; }
grep -qx 'findings: 0 new, 3 baselined, 0 suppressed' "$TMP/self.txt" || { echo "FAIL: text totals"; fail=1; }
grep -qx 'verdict: PASS (fail on error)' "$TMP/self.txt" || { echo "FAIL: text verdict"; fail=1; }

# 2. unrelated lines inserted above: the same findings, shifted, all known
{ head -6 "$base"
  printf 'AT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\nAT+CGREG?\r\r\n+CGREG: 0,1\r\n\r\nOK\r\n'
  tail -n +7 "$base"; } > "$cap"
"$BIN" check -f json --baseline "$TMP/old.json" "$cap" > "$TMP/shift.json"; rc=$?
[ $rc = 0 ] || { echo "FAIL: lines inserted above: exit $rc"; findings "$TMP/shift.json"; fail=1; }
findings "$TMP/shift.json" | awk '{ $2 = $2 - 8; $1 = ""; print }' > "$TMP/shift.f"
cmp -s "$TMP/old.f" "$TMP/shift.f" || { echo "FAIL: findings differ but for the 8-line shift:"; diff "$TMP/old.f" "$TMP/shift.f"; fail=1; }
[ "$(summary "$TMP/shift.json")" = "0 new, 3 baselined, 0 suppressed" ] || { echo "FAIL: shifted: $(summary "$TMP/shift.json")"; fail=1; }
# the next build's capture under another name: one capture against one
mkdir "$TMP/build2"
cp "$cap" "$TMP/build2/l610-build2.log"
"$BIN" check -f json --baseline "$TMP/old.json" "$TMP/build2/l610-build2.log" > /dev/null ||
    { echo "FAIL: one capture under another name not matched"; fail=1; }

# 3. one fault added: exit 1 with exactly that finding new
{ head -18 "$base"; printf 'AT+CFUN=0\r\r\nOK\r\n'
  tail -n +19 "$base"; } > "$cap"
"$BIN" check -f json --baseline "$TMP/old.json" "$cap" > "$TMP/fault.json"; rc=$?
[ $rc = 1 ] || { echo "FAIL: one fault added: exit $rc"; fail=1; }
$V "$TMP/fault.json" $rc > /dev/null || { echo "FAIL: fault report invalid"; fail=1; }
[ "$(findings "$TMP/fault.json" | grep '^new ')" = "new 19 cfun-zero cfun-zero|AT+CFUN=0" ] ||
    { echo "FAIL: the new finding is not exactly the fault:"; findings "$TMP/fault.json"; fail=1; }
[ "$(summary "$TMP/fault.json")" = "1 new, 3 baselined, 0 suppressed" ] || { echo "FAIL: fault: $(summary "$TMP/fault.json")"; fail=1; }
"$BIN" check -f text --baseline "$TMP/old.json" "$cap" > "$TMP/fault.txt"
grep -qx "$cap:19: error: \[cfun-zero\] AT+CFUN=0:.*[^)]" "$TMP/fault.txt" || { echo "FAIL: text: new finding"; cat "$TMP/fault.txt"; fail=1; }
# SARIF: baselineState on every result, valid
"$BIN" check -f sarif --baseline "$TMP/old.json" "$cap" > "$TMP/fault.sarif"
"$PY" tests/validate_sarif.py docs/sarif-schema-2.1.0.json "$TMP/fault.sarif" > /dev/null || { echo "FAIL: SARIF invalid"; fail=1; }
st=$("$PY" -c '
import json, sys
print(" ".join("%s:%s" % (r["ruleId"], r["baselineState"]) for r in json.load(open(sys.argv[1]))["runs"][0]["results"]))' "$TMP/fault.sarif")
[ "$st" = "cfun-zero:new async-overlap:unchanged error-detail:unchanged error-detail:unchanged" ] ||
    { echo "FAIL: SARIF baselineState: $st"; fail=1; }
# JUnit: only cfun-zero fails
"$BIN" check -f junit --baseline "$TMP/old.json" "$cap" > "$TMP/fault.xml"
grep -q '<testsuites name="atscope" tests="[0-9]*" failures="1"' "$TMP/fault.xml" || { echo "FAIL: JUnit failures:"; head -3 "$TMP/fault.xml"; fail=1; }
grep -q '(baselined)' "$TMP/fault.xml" || { echo "FAIL: JUnit does not say baselined"; fail=1; }

# 4. a fault of a kind the baseline has (error-detail|+MIPOPEN twice already)
#    before the old ones: the added one is new, not the last of its kind. (Another form
#    than the base's AT+MIPOPEN=? -> ERROR: error-detail advises once per command
#    since round 13, so that one would take the advice from the old line.)
{ head -6 "$base"; printf 'AT+MIPOPEN?\r\r\nERROR\r\n'
  tail -n +7 "$base"; } > "$cap"
"$BIN" check -f json --fail-on info --baseline "$TMP/old.json" "$cap" > "$TMP/same.json"; rc=$?
[ $rc = 1 ] || { echo "FAIL: same-kind fault: exit $rc"; fail=1; }
# (its failure is command-failed's too, a rule the base has no finding of: new as well)
[ "$(findings "$TMP/same.json" | grep '^new .* error-detail ' | tr '\n' ';')" = "new 8 error-detail error-detail|+MIPOPEN;" ] ||
    { echo "FAIL: same-kind fault: the wrong one is new:"; findings "$TMP/same.json"; fail=1; }
# a baseline that lost one of two alike: the one it lost is the new one
cp "$base" "$cap"
"$PY" -c '
import json, sys
d = json.load(open(sys.argv[1]))
d["violations"] = [v for v in d["violations"] if v["line"] != 34]
json.dump(d, open(sys.argv[2], "w"), indent=1)' "$TMP/old.json" "$TMP/less.json"
"$BIN" check -f json --fail-on info --baseline "$TMP/less.json" "$cap" > "$TMP/less.out"; rc=$?
[ $rc = 1 ] && [ "$(findings "$TMP/less.out" | grep '^new ')" = "new 34 error-detail error-detail|+MIPOPEN" ] ||
    { echo "FAIL: multiset: exit $rc"; findings "$TMP/less.out"; fail=1; }

# 5. findings past the listing limit are matched by count per rule
printf '{"limits": {"max_stored_violations": 1}}\n' > "$TMP/one.json"
"$BIN" check -f json -c "$TMP/one.json" "$cap" > "$TMP/old1.json"
grep -q '"violations_omitted": 1' "$TMP/old1.json" || { echo "FAIL: setup: nothing omitted"; fail=1; }
"$BIN" check -f json --fail-on info -c "$TMP/one.json" --baseline "$TMP/old1.json" "$cap" > "$TMP/o.json"; rc=$?
[ $rc = 0 ] && [ "$(summary "$TMP/o.json")" = "0 new, 3 baselined, 0 suppressed" ] ||
    { echo "FAIL: unlisted findings: exit $rc, $(summary "$TMP/o.json")"; fail=1; }
# (AT+CSQ=7 is a form the profile does not know: unknown-command, and no
# error-detail for its ERROR)
{ head -6 "$base"; printf 'AT+CSQ=7\r\r\nERROR\r\n'
  tail -n +7 "$base"; } > "$cap"
"$BIN" check -f json --fail-on info -c "$TMP/one.json" --baseline "$TMP/old1.json" "$cap" > "$TMP/o.json"; rc=$?
[ $rc = 1 ] && [ "$(summary "$TMP/o.json")" = "1 new, 3 baselined, 0 suppressed" ] ||
    { echo "FAIL: an unlisted new finding: exit $rc, $(summary "$TMP/o.json")"; findings "$TMP/o.json"; fail=1; }

# 6. every capture at once, its own baseline: nothing new, whatever the count
set -- captures/*.log captures/*/*.log
"$BIN" check -f json -j 2 "$@" > "$TMP/all.json" 2> /dev/null; rc0=$?
"$BIN" check -f json -j 2 --baseline "$TMP/all.json" "$@" > "$TMP/all2.json" 2> /dev/null; rc=$?
[ "$(summary "$TMP/all2.json" | cut -d' ' -f1-2)" = "0 new," ] || { echo "FAIL: all captures: $(summary "$TMP/all2.json")"; fail=1; }
[ $rc = 0 ] || { [ $rc0 = 2 ] && [ $rc = 2 ]; } || { echo "FAIL: all captures: exit $rc (was $rc0)"; fail=1; }

# 7. a bad baseline: exit 2, no report, file:line:col and what was expected
bad() {   # NAME CONTENT EXPECTED-MESSAGE
    printf "$2" > "$TMP/$1"
    "$BIN" check -f json --baseline "$TMP/$1" "$cap" > "$TMP/out" 2> "$TMP/err"; rc=$?
    [ $rc = 2 ] || { echo "FAIL: $1: exit $rc"; fail=1; }
    [ -s "$TMP/out" ] && { echo "FAIL: $1: a report was written"; fail=1; }
    grep -qxF "atscope: $TMP/$3" "$TMP/err" || { echo "FAIL: $1: message:"; cat "$TMP/err"; fail=1; }
}
bad nofp.json '{"report_version": 1, "violations": [\n  {"rule": "x", "path": "a", "message": "m"}\n]}' \
    'nofp.json:2:3: baseline: violations[0]: missing "fingerprint" (expected a string)'
bad numfp.json '{"report_version": 1,\n "violations": [{"rule": "x", "path": "a", "message": "m", "fingerprint": 3}]}' \
    'numfp.json:2:75: baseline: violations[0].fingerprint: expected a string'
bad trunc.json '{"report_version": 1, "violations": [' \
    "trunc.json:1:37: baseline: invalid JSON: ']' expected near end of file"
bad v2.json '{"report_version": 2, "violations": []}' 'v2.json:1:20: baseline: report_version: expected 1'
bad noviol.json '{\n  "report_version": 1\n}' 'noviol.json:1:1: baseline: missing "violations" (expected an array)'
"$BIN" check -f sarif "$cap" > "$TMP/s.sarif"
"$BIN" check --baseline "$TMP/s.sarif" "$cap" > /dev/null 2> "$TMP/err" && { echo "FAIL: SARIF accepted as baseline"; fail=1; }
grep -q "s.sarif:1:1: baseline: a SARIF log; expected the report of 'atscope check --format json'" "$TMP/err" ||
    { echo "FAIL: SARIF baseline message:"; cat "$TMP/err"; fail=1; }
"$BIN" check --baseline "$TMP/none.json" "$cap" > /dev/null 2> "$TMP/err"; rc=$?
[ $rc = 2 ] && grep -q "none.json: cannot open baseline" "$TMP/err" || { echo "FAIL: missing baseline: exit $rc"; fail=1; }
[ $fail = 0 ] && echo "ok: baselines: own report passes, one fault fails alone, lines above change nothing"
exit $fail
