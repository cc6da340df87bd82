#!/bin/sh
# atscope check: exit codes, the injected-fault acceptance test, reports that
# validate against docs/report.schema.json, --fail-on, --config and errors.
. "$(dirname "$0")/../cli_common.sh"
PY=""
for p in python3 /usr/bin/python3; do
    if "$p" -c 'import jsonschema' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "FAIL: no python3 with jsonschema (run make deps)"; exit 1; }

check_json() {  # check_json WANTED_EXIT ARGS... : runs check --format json, validates
    want=$1; shift
    "$BIN" check -f json "$@" > "$TMP/r.json" 2> "$TMP/err"
    got=$?
    if [ "$got" != "$want" ]; then
        echo "FAIL: check $*: exit $got, wanted $want"; cat "$TMP/err"; fail=1; return
    fi
    "$PY" tests/validate.py docs/report.schema.json "$TMP/r.json" "$got" > /dev/null ||
        { echo "FAIL: check $*: report does not validate"; fail=1; }
}

# every capture: a report that validates, exit 0 or 1
# every capture's report validates (one validate.py for them all: the
# schema's import costs more than a report)
reports=
for f in captures/*.log; do
    r=$TMP/r-$(basename "$f" .log).json
    "$BIN" check -f json "$f" > "$r" 2> "$TMP/err"
    code=$?
    case $code in 0|1) ;; *) echo "FAIL: $f: exit $code"; cat "$TMP/err"; fail=1; continue;; esac
    reports="$reports $r $code"
done
# shellcheck disable=SC2086
"$PY" tests/validate.py docs/report.schema.json $reports > /dev/null ||
    { echo "FAIL: captures/*.log: a report does not validate (above)"; fail=1; }

# the clean, well-behaved session passes
check_json 0 captures/l610-clean-session.log
grep -q '"verdict": "pass"' "$TMP/r.json" || { echo "FAIL: clean session verdict"; fail=1; }
grep -q '"warnings"' "$TMP/r.json" && { echo "FAIL: clean session has input warnings"; fail=1; }
grep -q '"violations": \[\]' "$TMP/r.json" || { echo "FAIL: clean session has violations"; fail=1; }
"$PY" - "$TMP/r.json" <<'PYEOF' || fail=1
import json, sys
i = json.load(open(sys.argv[1]))["inputs"][0]
assert i["coverage"] == {"lines": 61, "understood": 61, "ratio": 1.0}, i["coverage"]
assert i["verdict"] == "pass" and "inconclusive" not in i, i
PYEOF

# No evidence is no pass: an empty capture, a binary file, random bytes, prose
# with no AT command, a log where AT lines are a sliver among an application's
# prints: verdict inconclusive, every rule not evaluable with the reason, exit 2.
: > "$TMP/empty.log"
# random bytes, but the same every run: /dev/urandom now and then makes a
# line that starts with AT, which is a command (a flaky test)
python3 -c 'import random, sys; r = random.Random(20261204); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(65536)))' > "$TMP/random.bin"
printf 'Starting the application\nConnecting to the server, please wait\nthe connection was refused\n' > "$TMP/prose.log"
{ i=0; while [ $i -lt 9 ]; do echo "app: step $i of the setup is done"; i=$((i + 1)); done
  printf 'AT\r\nOK\r\n'; } > "$TMP/sliver.log"
inconclusive() {  # inconclusive FILE REASON-START
    check_json 2 "$1"
    "$PY" - "$TMP/r.json" "$2" <<'PYEOF' || { echo "FAIL: $1: not inconclusive"; fail=1; }
import json, sys
r = json.load(open(sys.argv[1]))
i = r["inputs"][0]
assert r["summary"]["verdict"] == "inconclusive" and i["verdict"] == "inconclusive", r["summary"]
assert i["inconclusive"].startswith(sys.argv[2]), i["inconclusive"]
# every rule the profile has on (first-command is the L610's alone: off in the base)
assert r["violations"] == [] and all(x["status"] == "not-evaluable" and x["reason"] == i["inconclusive"]
                                     for x in r["rules"] if x["status"] != "disabled"), r["rules"][0]
assert sum(x["status"] != "disabled" for x in r["rules"]) >= 20, r["rules"]
PYEOF
    "$BIN" check -f text "$1" > "$TMP/out"
    [ $? = 2 ] || { echo "FAIL: $1: text exit"; fail=1; }
    grep -q ": inconclusive: $2" "$TMP/out" && grep -q "^verdict: INCONCLUSIVE" "$TMP/out" ||
        { echo "FAIL: $1: text report"; cat "$TMP/out"; fail=1; }
}
inconclusive "$TMP/empty.log" "the capture holds no text lines"
inconclusive /bin/ls "no AT command in the capture"
inconclusive "$TMP/random.bin" "no AT command in the capture"
inconclusive "$TMP/prose.log" "no AT command in the capture (3 lines, none a command)"
inconclusive "$TMP/sliver.log" "only 2 of 11 lines (18.2 %) were understood as AT traffic, below the minimum coverage of 20 %"
# the threshold is the user's: --min-coverage, or "min_coverage" in the config's limits
# with --jobs the inconclusive captures are named in input order, not in the
# order they finished (said when all are done; before, the lines came shuffled)
mkdir -p "$TMP/inc"
for k in 1 2 3 4 5 6 7 8; do printf 'hello %s\nworld\n' "$k" > "$TMP/inc/p$k.log"; done
for run in 1 2 3; do
    "$BIN" check -j 4 -f json "$TMP"/inc/p*.log 2>&1 > /dev/null |
        sed -n 's|^atscope: .*/inc/\(p[0-9]\)\.log: inconclusive: .*|\1|p' | tr -d '\n' > "$TMP/inc.order"
    [ "$(cat "$TMP/inc.order")" = p1p2p3p4p5p6p7p8 ] ||
        { echo "FAIL: check -j 4: inconclusive captures named as $(cat "$TMP/inc.order")"; fail=1; }
done
check_json 0 --min-coverage 0.1 "$TMP/sliver.log"
printf '{"limits": {"min_coverage": 0.15}}\n' > "$TMP/cov.json"
check_json 0 --config "$TMP/cov.json" "$TMP/sliver.log"
check_json 2 --config "$TMP/cov.json" --min-coverage 0.5 "$TMP/sliver.log"
grep -q '"inconclusive": "only 2 of 11 lines (18.2 %) were understood as AT traffic, below the minimum coverage of 50 %' "$TMP/r.json" ||
    { echo "FAIL: --min-coverage does not win over the config"; fail=1; }
printf '{"limits": {"min_coverage": 2}}\n' > "$TMP/badcov.json"

# ... and with one injected fault, a query while AT+MIPOPEN waits, fails
# with exactly that violation
awk '{ print } NR == 42 { print "AT+MIPOPEN?\r\r"; print "+CME ERROR: operation not allowed\r"; }' \
    captures/l610-clean-session.log > "$TMP/fault.log"
check_json 1 "$TMP/fault.log"
"$PY" - "$TMP/r.json" <<'PYEOF' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
v = r["violations"]
assert len(v) == 1, v
assert v[0]["rule"] == "async-overlap" and v[0]["line"] == 43 and v[0]["severity"] == "error", v
assert v[0]["related"] == [{"line": 41, "message": 'AT+MIPOPEN=1,,"183.47.42.41",9000,0 sent here'}], v
assert r["summary"]["verdict"] == "fail"
PYEOF
"$BIN" check -f text "$TMP/fault.log" > "$TMP/t.txt"
grep -q "fault.log:43: error: \[async-overlap\] AT+MIPOPEN? sent while AT+MIPOPEN=1,,\"183.47.42.41\",9000,0 still waits for +MIPOPEN (sent at line 41)" "$TMP/t.txt" ||
    { echo "FAIL: text report line"; cat "$TMP/t.txt"; fail=1; }
grep -q "^verdict: FAIL" "$TMP/t.txt" || { echo "FAIL: text verdict"; fail=1; }

# a timestamped capture with a late +MIPOPEN completion fails completion-timeout at the
# command's line with the measured latency; its plain twin says not evaluable; a lossy
# format (SSCOM text mode) makes the byte-exact payload rule not evaluable
for f in captures/formats/sscom-late.log captures/formats/tsline-tio-late.log captures/formats/mm-late.log; do
    "$BIN" check -f json "$f" > "$TMP/late.json"
    "$PY" - "$TMP/late.json" "$f" <<'PYEOF' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
v = [x for x in r["violations"] if x["rule"] == "completion-timeout"]
assert len(v) == 1, (sys.argv[2], v)
assert "+MIPOPEN: 1,1" in v[0]["message"] and "after 76." in v[0]["message"] and "(limit 60 s)" in v[0]["message"], v
PYEOF
done
"$BIN" check -f json captures/formats/sscom-late.log | grep -q '"line": 27,' || { echo "FAIL: sscom-late line"; fail=1; }
"$BIN" check -f json captures/formats/late.plain.log > "$TMP/lp.json"
"$PY" - "$TMP/lp.json" <<'PYEOF' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
c = [x for x in r["rules"] if x["id"] == "completion-timeout"][0]
assert c["status"] == "not-evaluable" and c["reason"] == "capture has no timestamps", c
PYEOF
"$BIN" check -f json captures/formats/sscom.log | grep -A7 '"id": "send-payload-mismatch"' | grep -q "loses bytes" ||
    { echo "FAIL: lossy format: send-payload-mismatch should be not evaluable"; fail=1; }

# --fail-on: the 3gpp session has a warning (sim-fault) but no error (the guide's
# 3.5.1 log served before: its warnings were the L610's OK after +MIPSEND:)
check_json 0 captures/3gpp/3gpp-session.log
check_json 1 --fail-on warning captures/3gpp/3gpp-session.log
check_json 1 --fail-on info captures/3gpp/3gpp-session.log
check_json 0 --fail-on never captures/l610-async-overlap.log
check_json 1 captures/l610-async-overlap.log

# --config: disable the failing rule, or lower its severity
printf '{"rules": {"async-overlap": {"enabled": false}}}\n' > "$TMP/off.json"
check_json 0 --config "$TMP/off.json" "$TMP/fault.log"
grep -q '"status": "disabled"' "$TMP/r.json" || { echo "FAIL: disabled status"; fail=1; }
printf '{"rules": {"async-overlap": {"severity": "warning"}}}\n' > "$TMP/warn.json"
check_json 0 --config "$TMP/warn.json" "$TMP/fault.log"
check_json 1 --config "$TMP/warn.json" --fail-on warning "$TMP/fault.log"

# a config that can be read only once (a pipe: --config /dev/stdin, <(jq ...)) still
# gives the rules, the limits and the suppressions the same text
printf '{"rules": {"async-overlap": {"severity": "warning"}}, "limits": {"max_stored_violations": 1}}\n' |
    "$BIN" check -f json --config /dev/stdin "$TMP/fault.log" > "$TMP/pipe.json" 2> "$TMP/pipe.err"
st=$?
"$PY" - "$TMP/pipe.json" <<'PYEOF' && [ $st = 0 ] || { echo "FAIL: --config from a pipe (exit $st):"; cat "$TMP/pipe.err"; fail=1; }
import json, sys
r = json.load(open(sys.argv[1]))
a = [x for x in r["rules"] if x["id"] == "async-overlap"][0]
assert a["severity"] == "warning" and a["status"] == "fail", a
PYEOF

# limits from the config: stored violations per rule, line cap; unknown limits refused
printf '{"limits": {"max_stored_violations": 1, "max_line": 64}}\n' > "$TMP/lim.json"
check_json 1 --config "$TMP/lim.json" captures/guide-3.3-tcp-udp.log
"$PY" - "$TMP/r.json" <<'PYEOF' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
u = [x for x in r["rules"] if x["id"] == "unknown-command"][0]
assert u["violations"] == 4 and u["violations_omitted"] == 3, u
assert sum(1 for v in r["violations"] if v["rule"] == "unknown-command") == 1
PYEOF
printf '{"limits": {"max_lines": 64}}\n' > "$TMP/badlim.json"

# bad input: exit 2, one clear line on stderr, nothing on stdout
bad() {  # bad PATTERN ARGS...
    pat=$1; shift
    "$BIN" check "$@" > "$TMP/out" 2> "$TMP/err"
    got=$?
    if [ $got != 2 ] || ! grep -q -- "$pat" "$TMP/err" || [ -s "$TMP/out" ] ||
       [ "$(wc -l < "$TMP/err")" != 1 ]; then
        echo "FAIL: check $*: exit $got (wanted 2 and one line '$pat'), stderr:"; cat "$TMP/err"
        echo "stdout:"; head -3 "$TMP/out"; fail=1
    fi
}
bad "no/such.log: cannot open" -f json no/such.log
# one unreadable capture among good ones: the others are analysed, the failure listed, exit 2
"$BIN" check -f json captures/l610-clean-session.log no/such.log > "$TMP/r.json" 2> "$TMP/err"
[ $? = 2 ] || { echo "FAIL: one unreadable among good: exit status"; fail=1; }
grep -q "no/such.log: cannot open" "$TMP/err" || { echo "FAIL: unreadable not said on stderr"; fail=1; }
"$PY" - "$TMP/r.json" <<'PYEOF' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
assert [i["path"] for i in r["inputs"]] == ["captures/l610-clean-session.log", "no/such.log"]
assert "cannot open" in r["inputs"][1]["error"] and "error" not in r["inputs"][0]
assert r["inputs"][0]["verdict"] == "pass" and r["inputs"][1]["verdict"] == "inconclusive"
assert r["summary"]["verdict"] == "inconclusive"
PYEOF
"$PY" tests/validate.py docs/report.schema.json "$TMP/r.json" 2 > /dev/null || { echo "FAIL: report with an unreadable input does not validate"; fail=1; }
# a directory needs -r; -r reads it sorted; --jobs never changes the report
bad "captures: is a directory (use -r" -f json captures
# same_jobs NAME ARGS...: -j 1 and -j 4 give the same report, exit status and
# messages (stderr sorted: the threads may say theirs in any order)
same_jobs() {
    n=$1; shift
    for j in 1 4; do
        "$BIN" check "$@" -j $j > "$TMP/$n.j$j" 2> "$TMP/$n.err$j"
        echo "exit $?" >> "$TMP/$n.err$j"
        sort "$TMP/$n.err$j" > "$TMP/$n.serr$j"
    done
    # (each run states its own command line)
    no_cmdline "$TMP/$n.j1" > "$TMP/$n.n1"
    no_cmdline "$TMP/$n.j4" > "$TMP/$n.n4"
    cmp -s "$TMP/$n.n1" "$TMP/$n.n4" || { echo "FAIL: $n: --jobs 1 and 4 differ"; fail=1; }
    cmp -s "$TMP/$n.serr1" "$TMP/$n.serr4" ||
        { echo "FAIL: $n: --jobs 1 and 4 differ in status or messages:"; diff "$TMP/$n.serr1" "$TMP/$n.serr4"; fail=1; }
    [ -s "$TMP/$n.j1" ] || { echo "FAIL: $n: no report"; fail=1; }
}
same_jobs formats -f json -r captures/formats
cp "$TMP/formats.j1" "$TMP/j1"
# every capture of captures/formats is analysed, and some break a rule
grep -qx "exit 1" "$TMP/formats.err1" || { echo "FAIL: -r captures/formats: not exit 1"; cat "$TMP/formats.err1"; fail=1; }
n=$(grep -c '"path": "captures/formats/' "$TMP/j1")
[ "$n" -gt 30 ] || { echo "FAIL: -r found only $n captures"; fail=1; }
bad "--jobs: expected a number" -j 0 captures/l610-clean-session.log
# a directory of 200 captures (every capture and format fixture, copied round)
mkdir -p "$TMP/many/a" "$TMP/many/b"
i=0
for f in captures/*.log captures/formats/*.log captures/formats/*.csv captures/formats/*.txt; do
    for k in 1 2 3 4; do
        [ $i -lt 200 ] || break
        sub=a; [ $((i % 2)) = 0 ] && sub=b
        cp "$f" "$TMP/many/$sub/$(printf %03d $i)-$(basename "$f")"
        i=$((i + 1))
    done
done
for fmt in json sarif junit text; do
    same_jobs "many-$fmt" -f $fmt -r "$TMP/many"
done
"$BIN" check -f json -r "$TMP/many" -j 4 2>/dev/null | "$PY" -c 'import json,sys; r=json.load(sys.stdin); assert len(r["inputs"]) == 200, len(r["inputs"])' ||
    { echo "FAIL: 200 captures not all in the report"; fail=1; }
bad "unknown --format 'xml'" -f xml captures/l610-clean-session.log
bad "fail-on must be" --fail-on sometimes captures/l610-clean-session.log
printf '{"rules": {\n  "async-overlapp": {"enabled": false}}}\n' > "$TMP/badid.json"
bad "badid.json:2:3: config: unknown rule \"async-overlapp\"" --config "$TMP/badid.json" captures/l610-clean-session.log
printf '{"rules": {"retry-storm": {"max_retry": 3}}}\n' > "$TMP/badparam.json"
bad "badparam.json:1:28: config: rule \"retry-storm\" has no parameter \"max_retry\"" --config "$TMP/badparam.json" captures/l610-clean-session.log
printf '{"rules": {"retry-storm": {"max_retries": 3}}\n' > "$TMP/syntax.json"
bad "syntax.json:2: invalid JSON" --config "$TMP/syntax.json" captures/l610-clean-session.log
bad "cannot open config" --config "$TMP/none.json" captures/l610-clean-session.log
bad "badlim.json:1:13: unknown limit \"max_lines\"" --config "$TMP/badlim.json" captures/l610-clean-session.log
bad "badcov.json:1:13: limit \"min_coverage\" must be a number from 0 to 1" --config "$TMP/badcov.json" captures/l610-clean-session.log
bad "min-coverage: expected a number from 0 to 1" --min-coverage 20 captures/l610-clean-session.log
printf '{"id": "x", "urcs": [{"name": "a", "pattern": "(a"}]}\n' > "$TMP/badprof.json"
bad "badprof.json:1:47: urcs\[0\]: pattern \"(a\": missing closing parenthesis" --profile "$TMP/badprof.json" captures/l610-clean-session.log

# atscope rules lists every rule with severity, parameters and guide section:
# as many, and in the order, as the registry (rules/registry.h) lists them
ids=$(sed -n 's/^ *X(\([a-z_]*\)).*/\1/p' rules/registry.h | tr _ -)
nrules=$(echo "$ids" | wc -l)
"$BIN" rules > "$TMP/rules.txt" || { echo "FAIL: rules exit"; fail=1; }
[ "$(grep -o '^[a-z-]*' "$TMP/rules.txt")" = "$ids" ] || { echo "FAIL: rules lists $(grep -c '^[a-z]' "$TMP/rules.txt") rules, not the registry's $nrules"; fail=1; }
grep -q 'parameters {"max_retries":10}' "$TMP/rules.txt" || { echo "FAIL: rules parameters"; fail=1; }
grep -q '^async-overlap *error' "$TMP/rules.txt" || { echo "FAIL: rules severity"; fail=1; }
"$BIN" rules -f json | "$PY" -c 'import json,sys; r=json.load(sys.stdin); ids=sys.argv[1].split(); assert [x["id"] for x in r]==ids and r[0]["section"]=="3.2, 3.3"' "$ids" ||
    { echo "FAIL: rules json"; fail=1; }
[ $fail = 0 ] && echo "ok: check exit codes, reports, configs"
exit $fail
