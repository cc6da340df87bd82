#!/bin/sh
# Config suppressions: a finding accepted with a reason is reported as
# suppressed, with the reason, in every output (SARIF "suppressions"), and
# does not fail the run; an entry without a reason, or with a mistake, is
# exit 2 naming file:line:col.
. "$(dirname "$0")/../cli_common.sh"
PY=${PYTHON:-python3}
# the vendor guide's overlap capture and a test command the module refuses at its end:
# async-overlap (error), error-detail x2 (info: 34, 71; the ERROR at 26 is async-overlap's)
cap=$TMP/l610-async-overlap.log
{ cat captures/l610-async-overlap.log; printf 'AT+MIPOPEN=?\r\r\nERROR\r\n'; } > "$cap"
cat > "$TMP/cfg.json" <<'JSON'
{
  "rules": {"error-detail": {"severity": "error"}},
  "suppressions": [
    {"rule": "async-overlap", "capture": "l610-*.log",
     "reason": "L610 fw 16.00.x: known, fixed in 16.01 <b>&amp</b>"},
    {"command": "^\\+MIPOPEN$", "rule": "error-detail", "reason": "verbose errors are on in production"}
  ]
}
JSON
"$BIN" check -f json -c "$TMP/cfg.json" "$cap" > "$TMP/s.json"; rc=$?
[ $rc = 0 ] || { echo "FAIL: every finding suppressed, yet exit $rc"; fail=1; }
"$PY" tests/validate.py docs/report.schema.json "$TMP/s.json" $rc > /dev/null || { echo "FAIL: report invalid"; fail=1; }
got=$("$PY" -c '
import json, sys
d = json.load(open(sys.argv[1]))
for v in d["violations"]:
    s = v.get("suppression", {})
    print(v["line"], v["rule"], v["status"], s.get("config", "").rsplit("/", 1)[-1], s.get("reason", ""))
print(d["summary"]["findings"], d["summary"]["verdict"], d["summary"]["violations"])' "$TMP/s.json")
exp="25 async-overlap suppressed cfg.json:4 L610 fw 16.00.x: known, fixed in 16.01 <b>&amp</b>
34 error-detail suppressed cfg.json:6 verbose errors are on in production
71 error-detail suppressed cfg.json:6 verbose errors are on in production
{'new': 0, 'baselined': 0, 'suppressed': 3} pass {'error': 3, 'warning': 0, 'info': 0}"
[ "$got" = "$exp" ] || { echo "FAIL: JSON statuses:"; echo "$got"; fail=1; }
# SARIF: suppressions [{kind external, justification}] on each, valid
"$BIN" check -f sarif -c "$TMP/cfg.json" "$cap" > "$TMP/s.sarif"; rc=$?
[ $rc = 0 ] || { echo "FAIL: SARIF run exit $rc"; fail=1; }
"$PY" tests/validate_sarif.py docs/sarif-schema-2.1.0.json "$TMP/s.sarif" > /dev/null || { echo "FAIL: SARIF invalid"; fail=1; }
got=$("$PY" -c '
import json, sys
for r in json.load(open(sys.argv[1]))["runs"][0]["results"]:
    s = r["suppressions"][0]
    print(r["ruleId"], s["kind"], s["status"], s["justification"],
          s["location"]["physicalLocation"]["region"]["startLine"], "baselineState" in r)' "$TMP/s.sarif")
exp="async-overlap external accepted L610 fw 16.00.x: known, fixed in 16.01 <b>&amp</b> 4 False
error-detail external accepted verbose errors are on in production 6 False
error-detail external accepted verbose errors are on in production 6 False"
[ "$got" = "$exp" ] || { echo "FAIL: SARIF suppressions:"; echo "$got"; fail=1; }
# text: each line says it, with the reason; the totals
"$BIN" check -f text -c "$TMP/cfg.json" "$cap" > "$TMP/s.txt"
grep -qF ':25: error: [async-overlap] AT+MIPOPEN? sent while' "$TMP/s.txt" &&
    grep -q '(suppressed: L610 fw 16.00.x: known, fixed in 16.01 <b>&amp</b>)$' "$TMP/s.txt" ||
    { echo "FAIL: text line"; cat "$TMP/s.txt"; fail=1; }
grep -qx 'findings: 0 new, 0 baselined, 3 suppressed' "$TMP/s.txt" || { echo "FAIL: text totals"; fail=1; }
# JUnit: no failure, the findings in the test case's output
"$BIN" check -f junit -c "$TMP/cfg.json" "$cap" > "$TMP/s.xml"
grep -q '<testsuites name="atscope" tests="[0-9]*" failures="0"' "$TMP/s.xml" || { echo "FAIL: JUnit counts a failure"; head -3 "$TMP/s.xml"; fail=1; }
grep -q '(suppressed: L610 fw 16.00.x: known, fixed in 16.01 &lt;b&gt;&amp;amp&lt;/b&gt;)' "$TMP/s.xml" ||
    { echo "FAIL: JUnit reason"; grep suppressed "$TMP/s.xml"; fail=1; }
"$PY" -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$TMP/s.xml" || { echo "FAIL: JUnit not XML"; fail=1; }
# HTML: the reason beside the finding, escaped; the totals
"$BIN" check -f html -c "$TMP/cfg.json" "$cap" > "$TMP/s.html"
grep -qF '[suppressed: L610 fw 16.00.x: known, fixed in 16.01 &lt;b&gt;&amp;amp&lt;/b&gt;]' "$TMP/s.html" ||
    { echo "FAIL: HTML reason"; fail=1; }
grep -q 'id="findings">0 new, 0 baselined, 3 suppressed' "$TMP/s.html" || { echo "FAIL: HTML totals"; fail=1; }

# what does not match is not suppressed: another capture name, another command
sed 's/l610-\*\.log/bg96-*.log/; s/\^\\\\+MIPOPEN\$/^\\\\+CSQ$/' "$TMP/cfg.json" > "$TMP/miss.json"
grep -q 'bg96-\*' "$TMP/miss.json" && grep -qF '+CSQ$' "$TMP/miss.json" || { echo "FAIL: setup of miss.json"; fail=1; }
"$BIN" check -f json -c "$TMP/miss.json" "$cap" > "$TMP/m.json"; rc=$?
[ $rc = 1 ] || { echo "FAIL: unmatched suppressions: exit $rc"; fail=1; }
grep -q '"status": "suppressed"' "$TMP/m.json" && { echo "FAIL: something suppressed by entries that do not match"; fail=1; }
grep -q '"new": 3' "$TMP/m.json" || { echo "FAIL: 3 new expected"; fail=1; }
# one suppression of two: the run fails on the other
printf '{"suppressions": [{"rule": "error-detail", "reason": "known"}]}\n' > "$TMP/one.json"
"$BIN" check -f json -c "$TMP/one.json" "$cap" > "$TMP/o.json"; rc=$?
[ $rc = 1 ] && grep -q '"new": 1,' "$TMP/o.json" && grep -q '"suppressed": 2' "$TMP/o.json" ||
    { echo "FAIL: partial suppression: exit $rc"; fail=1; }
# a capture's bytes in the reason cannot reach a terminal raw
printf '{"suppressions": [{"rule": "async-overlap", "reason": "esc \\u001b[2J here"}]}\n' > "$TMP/esc.json"
"$BIN" check -f text -c "$TMP/esc.json" "$cap" > "$TMP/esc.txt"
LC_ALL=C grep -q "$(printf '\033')" "$TMP/esc.txt" && { echo "FAIL: raw ESC from the reason"; fail=1; }
grep -qF '(suppressed: esc \x1b[2J here)' "$TMP/esc.txt" || { echo "FAIL: ESC not shown as \\x1b"; fail=1; }
# suppressed and in the baseline: suppressed still, SARIF says unchanged
"$BIN" check -f json "$cap" > "$TMP/old.json"
"$BIN" check -f sarif -c "$TMP/one.json" --baseline "$TMP/old.json" "$cap" > "$TMP/b.sarif"; rc=$?
[ $rc = 0 ] || { echo "FAIL: suppressed + baselined: exit $rc"; fail=1; }
got=$("$PY" -c '
import json, sys
for r in json.load(open(sys.argv[1]))["runs"][0]["results"]:
    print(r["ruleId"], r["baselineState"], len(r.get("suppressions", [])))' "$TMP/b.sarif")
[ "$got" = "async-overlap unchanged 0
error-detail unchanged 1
error-detail unchanged 1" ] || { echo "FAIL: SARIF suppressed + baselined:"; echo "$got"; fail=1; }

# mistakes: exit 2, no report, file:line:col
bad() {   # NAME CONTENT EXPECTED-MESSAGE
    printf "$2" > "$TMP/$1"
    "$BIN" check -f json -c "$TMP/$1" "$cap" > "$TMP/out" 2> "$TMP/err"; rc=$?
    [ $rc = 2 ] || { echo "FAIL: $1: exit $rc"; fail=1; }
    [ -s "$TMP/out" ] && { echo "FAIL: $1: a report was written"; fail=1; }
    grep -qxF "atscope: $TMP/$3" "$TMP/err" || { echo "FAIL: $1: message:"; cat "$TMP/err"; fail=1; }
}
need='a suppression needs a "reason": why the finding is accepted, which every report shows beside it'
bad noreason.json '{"suppressions": [\n  {"rule": "error-detail"}\n]}' "noreason.json:2:3: suppressions[0]: $need"
bad empty.json '{"suppressions": [\n  {"rule": "error-detail",\n   "reason": "  "}]}' "empty.json:3:14: suppressions[0]: $need"
bad numreason.json '{"suppressions": [{"rule": "cfun-zero", "reason": 1}]}' \
    'numreason.json:1:51: suppressions[0].reason: expected a string'
bad rule.json '{"suppressions": [\n {"rule": "no-such", "reason": "x"}]}' \
    "rule.json:2:11: suppressions[0].rule: unknown rule \"no-such\" (see 'atscope rules')"
bad re.json '{"suppressions": [\n {"command": "(", "reason": "x"}]}' \
    're.json:2:14: suppressions[0].command: pattern "(": missing closing parenthesis at pattern column 2'
bad key.json '{"suppressions": [{"rule": "cfun-zero", "why": "x", "reason": "x"}]}' \
    'key.json:1:48: suppressions[0]: unknown key "why" (expected rule, command, capture and reason)'
bad all.json '{"suppressions": [{"reason": "everything"}]}' \
    'all.json:1:19: suppressions[0]: name at least one of "rule", "command" and "capture" (an entry with none would suppress everything)'
bad obj.json '{"suppressions": {}}' \
    'obj.json:1:18: "suppressions" must be an array of {"rule", "command", "capture", "reason"}'
[ $fail = 0 ] && echo "ok: suppressions: reported with their reason in every format, never failing, reason required"
exit $fail
