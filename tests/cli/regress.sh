#!/bin/sh
# Regressions of issue 13 ("verdicts that can be trusted on any module's
# log"): each capture in captures/regress/ stands for one way the verdicts
# misled; every run asserts the exact findings (rule@line, every severity),
# the exit code, and what the report says about the rules concerned.
. "$(dirname "$0")/../cli_common.sh"
PY=""
for p in python3 /usr/bin/python3; do
    if "$p" -c 'import jsonschema' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "FAIL: no python3 with jsonschema (run make deps)"; exit 1; }
R=captures/regress

# expect "rule@line ..." EXIT ARGS... : the violations of check -f json, in
# report order, and its exit status; the report validates.
expect() {
    want=$1 code=$2
    shift 2
    "$BIN" check -f json "$@" > "$TMP/r.json" 2> "$TMP/err"
    got=$?
    [ "$got" = "$code" ] || { echo "FAIL: check $*: exit $got, wanted $code"; cat "$TMP/err"; fail=1; }
    "$PY" tests/validate.py docs/report.schema.json "$TMP/r.json" "$got" > /dev/null ||
        { echo "FAIL: check $*: report does not validate"; fail=1; }
    v=$("$PY" -c 'import json,sys; print(" ".join("%s@%d" % (v["rule"], v["line"]) for v in json.load(open(sys.argv[1]))["violations"]))' "$TMP/r.json")
    [ "$v" = "$want" ] || { echo "FAIL: check $*:"; echo "  got:    $v"; echo "  wanted: $want"; fail=1; }
}

# jq-like assertion on the last report: PY EXPRESSION over r (the report)
assert() {
    "$PY" -c 'import json,sys; r=json.load(open(sys.argv[1])); rule={x["id"]: x for x in r["rules"]}; v=r["violations"]; assert eval(sys.argv[2]), sys.argv[2]' \
        "$TMP/r.json" "$1" 2> "$TMP/aerr" || { echo "FAIL: $2: $1"; tail -1 "$TMP/aerr"; fail=1; }
}

# An excerpt that starts mid-session, with an application's prints: the lines
# before the first command are context, the prints are not modem text, and two
# orphans in a row are one finding (847 of 876 false findings were orphans). Under a
# module's profile (telit's knows no RDY): under 3gpp, the fallback, the RDY after the OK may
# be the module's own report and is not judged (orphan-response, docs/report.md)
expect "orphan-response@7" 0 -p telit $R/orphans-excerpt.log
assert 'v[0]["message"] == "2 lines of modem text with no command waiting (lines 7-8), the first: OK"' orphans
assert 'v[0]["related"] == [{"line": 8, "message": "last of them"}]' orphans
assert 'r["inputs"][0]["warnings"] == [{"line": 13, "message": "1 line outside any command does not look like modem output (an application'"'"'s prints?): not checked"}]' orphans
expect "orphan-response@7" 1 --fail-on warning -p telit $R/orphans-excerpt.log

# Rules scoped by evidence: Quectel has no flow control lines, so flow-control
# is not evaluable there (it passed before); the SARIF of a Quectel run cites
# no L610 guide section (the sections come from the profile).
expect "" 0 -p quectel-bg96 captures/quectel/bg96-clean.log
assert 'rule["flow-control"]["status"] == "not-evaluable" and rule["flow-control"]["reason"] == "the quectel-bg96 profile has no flow_off, flow_on classes: nothing tells when the rule applies"' bg96-flow
assert 'rule["flow-control-stall"]["status"] == "not-evaluable"' bg96-stall
assert 'all("section" not in x for x in r["rules"])' bg96-sections
"$BIN" check -f sarif -p quectel-bg96 captures/quectel/bg96-clean.log > "$TMP/q.sarif"
"$PY" - "$TMP/q.sarif" <<'PYEOF' || { echo "FAIL: the Quectel SARIF cites a guide"; fail=1; }
import json, sys
d = json.load(open(sys.argv[1]))["runs"][0]["tool"]["driver"]["rules"]
assert d and all("Rests on" not in x["help"]["text"] and "guide \u00a7" not in x["help"]["text"]
                 and "section" not in x["properties"] for x in d), d[0]
PYEOF
"$BIN" check -f sarif captures/l610-clean-session.log | grep -q 'Rests on Fibocom L610 series guide §5.4' ||
    { echo "FAIL: the L610 SARIF does not cite its guide"; fail=1; }

# L610-only rules on another module's log: cfun-zero told a u-blox user that
# AT+CFUN=1 would not answer, three lines before it answered OK. Under a
# profile with no "forbidden" class it is not evaluable, never a finding.
cat > "$TMP/plain.json" <<'JEOF'
{"profile_version": 1, "id": "plain", "name": "A module without forbidden commands",
 "commands": [{"name": "AT"}, {"name": "I"}, {"name": "+CFUN", "types": ["set"]},
              {"name": "+COPS", "types": ["read", "set"]}]}
JEOF
expect "" 0 -p "$TMP/plain.json" $R/ublox-cfun.log
assert 'rule["cfun-zero"]["status"] == "not-evaluable" and rule["cfun-zero"]["reason"].startswith("the plain profile has no forbidden class")' ublox-cfun

# Real failures that went unreported (at most an info): each one warning now.
# AT+COPS=0 -> +CME ERROR: 30 (no network service): the network refused it,
# and the host looked at the signal and the registration (AT+CSQ -> 99,99,
# AT+CREG? -> 0,0): that is the diagnosis, not a failure walked past (the
# precision review; the same failure followed by unrelated commands still is
# one: test_rules.c test_command_failed)
expect "" 0 $R/cops-cme30.log
assert 'rule["command-failed"]["status"] == "pass"' cops
# AT+NETOPEN -> ERROR twice (SIMCom); the CIPOPEN failure after it was looked into (AT+CIPCLOSE?)
expect "command-failed@7 error-detail@8 error-detail@12" 0 -p simcom-sim7600 $R/simcom-netopen-error.log
assert 'v[0]["message"] == "AT+NETOPEN failed 2 times (last: ERROR) and the host moved on without asking why" and v[0]["related"] == [{"line": 10, "message": "last failure"}]' netopen
# ATD*99# -> ERROR, and PPP frames anyway
expect "command-failed@3 error-detail@4" 0 $R/atd-ppp-anyway.log
assert 'v[0]["message"].startswith("ATD*99# failed (ERROR)")' atd
# typographic quotes rejected five times: one finding with the count, one advice
expect "command-failed@3 error-detail@4" 0 $R/typographic-quotes.log
assert 'v[0]["message"] == "AT+CGDCONT=1,\u201cIP\u201d,\u201cinternet\u201d failed 5 times (last: ERROR) and the host moved on without asking why"' quotes

# error-detail: silent after "+CMEE: 2", silent when its advice was followed
# (AT+CMEE=2, then the repeat), and no AT+CMEE=2 advice for AT+CMEE=2 itself;
# the same log was three error-detail findings before
expect "" 0 $R/error-detail.log
assert 'rule["error-detail"]["status"] == "pass"' error-detail

# escape-guard on an SSCOM log (lossy): the guard time is in its stamps
expect "escape-guard@9" 1 $R/sscom-escape.log
assert 'v[0]["message"] == "the escape +++ came 0.300 s after the last data (at least 1 s of silence)"' sscom
assert 'rule["escape-guard"]["reason"] == "partly checked: the capture format loses bytes (lossy): no line end after +++ not checked"' sscom-reason

# payloads replaced by "(binary)" and "*****" are not counted as mismatches
expect "" 0 $R/payload-stand-ins.log
assert 'rule["send-payload-mismatch"]["status"] == "not-evaluable" and "stand-in" in rule["send-payload-mismatch"]["reason"]' stand-ins

# an HTTP request sent with a declared length, in a terminal log (undirected):
# its line ends are payload, so the send is whole (it was cut at the first
# line end, and the request's other lines became the command's answers);
# a short send answered ERROR stays cut, the modem's line is its final (and
# the host closes the connection next, AT+CIPCLOSE: its answer to the failed
# send, so command-failed passes)
expect "error-detail@15" 0 -p simcom-sim800 $R/http-payload-lines.log
# the single-connection AT+CIPSEND=67 is a send on the one connection (the
# sim800 profile's single_connection class): its 67 bytes are checked and
# match; the 40-byte send the module ended with ERROR after 14 is no mismatch
assert 'rule["send-length"]["status"] == "pass" and rule["send-payload-mismatch"]["status"] == "pass" and rule["socket-state"]["status"] == "pass" and rule["command-failed"]["status"] == "pass"' http-send
"$BIN" parse -p simcom-sim800 $R/http-payload-lines.log > "$TMP/http.jsonl"
"$PY" - "$TMP/http.jsonl" <<'PYEOF' || { echo "FAIL: the HTTP payloads"; fail=1; }
import json, sys
t = [r for r in map(json.loads, open(sys.argv[1])) if r["kind"] == "transaction"]
p = t[1]["payload"]
assert (t[1]["final"], t[1]["responses"], p["bytes"], p["declared"], p["end"]) == \
    ("SEND OK", [], 67, 67, "length"), t[1]
assert p["preview"].startswith("POST /api HTTP/1.1\r\nHost: example.com\r\n"), p
p = t[2]["payload"]
assert (t[2]["final"], p["bytes"], p["declared"], p["end"]) == ("ERROR", 14, 40, "cut"), t[2]
PYEOF

# a CA certificate and a private key imported with AT+USECMNG (u-blox, a
# terminal log, undirected): each file is one payload of its declared length
# (they were cut at their first line end, the rest read as answers), and the
# key's lines are masked whole in every output, whatever the module
expect "" 0 $R/ublox-key-upload.log
# (a certificate upload is no socket send: send-length saw nothing to check)
assert 'rule["send-length"]["status"] == "not-evaluable" and r["redaction"]["masked"] == {"password": 3}' usecmng
"$BIN" parse $R/ublox-key-upload.log > "$TMP/key.jsonl"
grep -q 'FakeKey\|oAoGCC' "$TMP/key.jsonl" && { echo "FAIL: the private key is in parse's output"; fail=1; }
"$BIN" parse --no-redact $R/ublox-key-upload.log | grep -q 'FakeKey' ||
    { echo "FAIL: --no-redact should keep the key as captured"; fail=1; }
"$PY" - "$TMP/key.jsonl" <<'PYEOF' || { echo "FAIL: the AT+USECMNG payloads"; fail=1; }
import json, sys
t = [r for r in map(json.loads, open(sys.argv[1])) if r["kind"] == "transaction"]
assert [(x["payload"]["bytes"], x["payload"]["declared"], x["payload"]["end"]) for x in t[1:3]] == \
    [(122, 122, "length"), (196, 196, "length")], t[1:3]
assert t[2]["payload"]["preview"].startswith("-----BEGIN EC PRIVATE KEY-----\r\n<PASSWORD>***"), t[2]
assert [len(x["responses"]) for x in t[1:3]] == [1, 1], t[1:3]
PYEOF

# nRF91 AT%CMNG takes a PEM inside its quotes, line ends and all: the lines
# up to the closing quote are the command's (its payload, "quote"), a key's
# masked; a module that answers at the first line end ends it there
expect "error-detail@16" 0 $R/nrf91-cmng-quoted.log
assert 'r["inputs"][0]["profile"] == "nordic-slm" and r["redaction"]["masked"] == {"password": 2} and rule["unknown-command"]["status"] == "pass"' cmng
"$BIN" parse $R/nrf91-cmng-quoted.log > "$TMP/cmng.jsonl"
grep -q 'FakeKey' "$TMP/cmng.jsonl" && { echo "FAIL: the AT%CMNG private key is in parse's output"; fail=1; }
"$PY" - "$TMP/cmng.jsonl" <<'PYEOF' || { echo "FAIL: the AT%CMNG quoted strings"; fail=1; }
import json, sys
recs = list(map(json.loads, open(sys.argv[1])))
assert [r["kind"] for r in recs if r["kind"] not in ("input", "summary")] == ["transaction"] * 5 + ["retry_chain"] + ["transaction"] * 2, recs
t = [r for r in recs if r["kind"] == "transaction"]
got = [(x["line"], x["end_line"], x["final"], (x.get("payload") or {}).get("bytes"),
        (x.get("payload") or {}).get("end"), len(x["responses"])) for x in t]
assert got == [(1, 3, "OK", None, None, 1), (4, 5, "OK", None, None, 0), (6, 10, "OK", 158, "quote", 0),
               (11, 14, "OK", 85, "quote", 0), (15, 16, "ERROR", None, None, 0),
               (17, 20, "OK", None, None, 2), (21, 22, "OK", None, None, 0)], got
assert t[2]["payload"]["preview"].startswith("MIIBkTCB+wIJ"), t[2]
assert t[3]["payload"]["preview"].startswith("<PASSWORD>***"), t[3]
PYEOF

# Quectel's AT+QIRD=<id>,0 asks how much was received: "+QIRD: 4,0,4" is
# three counts, no data follows; only "+QIRD: <len>" (or the UDP form with
# the sender's address) announces bytes
expect "" 0 $R/quectel-qird-query.log
assert 'r["inputs"][0]["profile"] == "quectel-bg96" and rule["response-timeout"]["status"] == "not-evaluable"' qird
"$BIN" parse $R/quectel-qird-query.log > "$TMP/qird.jsonl"
"$PY" - "$TMP/qird.jsonl" <<'PYEOF' || { echo "FAIL: the AT+QIRD answers"; fail=1; }
import json, sys
recs = list(map(json.loads, open(sys.argv[1])))
t = [r for r in recs if r["kind"] == "transaction"]
q = [x for x in t if x["command"].startswith("AT+QIRD")]
assert [(x["command"], x["final"], [y["text"] for y in x["responses"]]) for x in q] == [
    ("AT+QIRD=0,0", "OK", ["+QIRD: 4,0,4"]), ("AT+QIRD=0,1500", "OK", ["+QIRD: 4"]),
    ("AT+QIRD=0,0", "OK", ["+QIRD: 4,4,0"])], q
d = [r for r in recs if r["kind"] == "data"]
assert [(x["line"], sum(x["bytes"].values())) for x in d] == [(15, 4)], d
PYEOF

# SSCOM ends each receive record with a line break of its own: the blank line before the
# next header is the tool's, no byte of SIMCom's MQTT topic or payload counted by length
# (before: the topic read as "\r\ndev/te", "mp" and ".5" left over as two orphans)
expect "" 0 -p simcom-sim7600 $R/sscom-mqtt-rx.log
assert 'r["inputs"][0]["coverage"]["lines"] == 12 and r["inputs"][0]["coverage"]["understood"] == 12' sscom-mqtt-coverage
"$BIN" parse -f jsonl -p simcom-sim7600 $R/sscom-mqtt-rx.log > "$TMP/mqtt.jsonl"
"$PY" -c 'import json,sys
d = [(r["line"], r["preview"]) for r in map(json.loads, open(sys.argv[1])) if r["kind"] == "data"]
u = [r for r in map(json.loads, open(sys.argv[1])) if r["kind"] == "unparsed"]
assert d == [(14, "dev/temp"), (17, "21.5")] and not u, (d, u)' "$TMP/mqtt.jsonl" ||
    { echo "FAIL: sscom-mqtt-rx: the topic and payload are not their counted bytes"; fail=1; }
"$BIN" parse -f jsonl --read-size 1 -p simcom-sim7600 $R/sscom-mqtt-rx.log | cmp -s - "$TMP/mqtt.jsonl" ||
    { echo "FAIL: sscom-mqtt-rx: byte by byte differs"; fail=1; }

[ $fail = 0 ] && echo "ok: regressions of issue 13"
exit $fail
