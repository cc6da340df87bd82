#!/bin/sh
# A broken profile is an exit-2 error naming file, line and column (JSON), or
# the pattern and its offset (PCRE2); a good profile file loads like the built-in.
. "$(dirname "$0")/../cli_common.sh"
run() { "$BIN" parse -f jsonl --profile "$1" captures/line-endings.log > "$TMP/out" 2> "$TMP/err"; echo $?; }
want() {  # want FILE CODE PATTERN
    got=$(run "$1")
    if [ "$got" != "$2" ] || ! grep -q -- "$3" "$TMP/err"; then
        echo "FAIL: profile $1: exit $got, stderr:"; cat "$TMP/err"; echo "(wanted exit $2 and '$3')"; fail=1
    fi
    if [ "$2" = 2 ] && [ -s "$TMP/out" ]; then echo "FAIL: output despite a bad profile"; fail=1; fi
}
# the shipped file gives the same records as the built-in copy
"$BIN" parse -f jsonl captures/l610-clean-session.log > "$TMP/a"
"$BIN" parse -f jsonl --profile rules/profiles/fibocom-l610.json captures/l610-clean-session.log > "$TMP/b"
# (the input record says which profile and why: the rest must be the same)
nop() { sed 's/"profile":"[^"]*","profile_reason":"[^"]*"//' "$@"; }
nop "$TMP/a" > "$TMP/a2"; nop "$TMP/b" > "$TMP/b2"
cmp -s "$TMP/a2" "$TMP/b2" || { echo "FAIL: profile file and built-in differ"; fail=1; }

printf '{\n  "id": "x",\n  "urcs": [\n    {"name": "a" "pattern": "^a"}\n  ]\n}\n' > "$TMP/syntax.json"
want "$TMP/syntax.json" 2 "syntax.json:4:26: invalid JSON"
printf '{\n  "id": "x",\n  "urcs": [\n    {"name": "+A", "pattern": "^\\\\+A: (\\\\d+"}\n  ]\n}\n' > "$TMP/pcre.json"
want "$TMP/pcre.json" 2 "pcre.json:4:31: urcs\[0\]: pattern \"^\\\\+A: (\\\\d+\": missing closing parenthesis at pattern column 11"
printf '{"id": "x", "urcs": [{"name": "a", "pattern": "^a$", "samples": ["b"]}]}\n' > "$TMP/sample.json"
want "$TMP/sample.json" 2 'sample "b" does not match pattern "^a\$"'
printf '{"id": "x", "commands": [{"name": "+A", "async": {"completions": []}}]}\n' > "$TMP/async.json"
want "$TMP/async.json" 2 'commands\[0\].async: needs a non-empty "completions" array'
printf '{"id": "x",\n "commands": [{"name": "+A", "async": {"blocking": "sometimes", "completions": [{"pattern": "^\\\\+A: 0$", "samples": ["+A: 0"]}]}}]}\n' > "$TMP/blocking.json"
want "$TMP/blocking.json" 2 'blocking.json:2:52: commands\[0\].async: blocking: expected true, false or "itself"'
printf '{"id": "x",\n "commands": [{"name": "+A", "already": 504}]}\n' > "$TMP/already.json"
want "$TMP/already.json" 2 'already.json:2:41: commands\[0\].already: expected a pattern string'
printf '{"id": "x",\n "errors": {"+CME ERROR: 10": 10}}\n' > "$TMP/errors.json"
want "$TMP/errors.json" 2 'errors.json:2:13: errors."+CME ERROR: 10": expected the error.s meaning'
printf '{"name": "no id"}\n' > "$TMP/noid.json"
want "$TMP/noid.json" 2 'missing required string "id"'
printf '{"id": "x", "urcs": [{"name": "u", "pattern": "(*UTF)a"}]}\n' > "$TMP/utf.json"
want "$TMP/utf.json" 2 "using UTF is disabled"
printf '{"id": "x",\n "urcs": [{"name": "a", "patern": "^a"}]}\n' > "$TMP/key.json"
want "$TMP/key.json" 2 'key.json:2:25: urcs\[0\]: unknown key "patern"'
want "$TMP/does-not-exist.json" 2 "cannot open profile"
# a busy final (ESP-AT's busy p...) refuses a command: a failure, and the profile's own
printf '{"id": "x",\n "finals": [{"pattern": "^busy$", "result": "ok", "busy": true}]}\n' > "$TMP/busy-ok.json"
want "$TMP/busy-ok.json" 2 'busy-ok.json:2:59: finals\[0\]: busy: only a final with result "error"'
printf '{"id": "x",\n "commands": [{"name": "+A", "finals": [{"pattern": "^busy$", "result": "error", "busy": true}]}]}\n' > "$TMP/busy-cmd.json"
want "$TMP/busy-cmd.json" 2 "busy-cmd.json:2:90: commands\[0\].finals\[0\]: busy: only in the profile's own finals"
printf '{"id": "x",\n "finals": [{"pattern": "^busy$", "result": "error", "busy": true, "samples": ["busy"]}]}\n' > "$TMP/busy.json"
[ "$(run "$TMP/busy.json")" = 0 ] || { echo "FAIL: a busy final does not load"; cat "$TMP/err"; fail=1; }
# the connection mode a command sets (sets_mode) and the one an entry needs (in_mode)
printf '{"id": "x",\n "commands": [{"name": "+A", "sets_mode": {"args": "^[01]$"}}]}\n' > "$TMP/smode.json"
want "$TMP/smode.json" 2 'smode.json:2:52: commands\[0\].sets_mode.args: pattern needs a (?<mode>...) group'
printf '{"id": "x",\n "commands": [{"name": "+A", "sets_mode": {}}]}\n' > "$TMP/smode0.json"
want "$TMP/smode0.json" 2 'commands\[0\].sets_mode: needs "args", "answer" or "value"'
printf '{"id": "x",\n "commands": [{"name": "+A", "in_mode": "multiconn"}]}\n' > "$TMP/inmode.json"
want "$TMP/inmode.json" 2 'commands\[0\]: a mode is 1 to 7 bytes'
printf '{"id": "x",\n "commands": [{"name": "+A", "sets_mode": {"answer": "^\\\\+A: (?<mode>\\\\d)$", "samples": ["+A:1"]}}]}\n' > "$TMP/smodes.json"
want "$TMP/smodes.json" 2 'sample "+A:1" does not match'

# found by fuzzing through the CLI: an empty id made a report that broke the schema
printf '{"id": "",\n "urcs": []}\n' > "$TMP/emptyid.json"
want "$TMP/emptyid.json" 2 'emptyid.json:1:8: id: must not be empty'
printf '{"id": "x", "name": ""}\n' > "$TMP/emptyname.json"
want "$TMP/emptyname.json" 2 'emptyname.json:1:21: name: must not be empty'
# a second module: the built-in quectel-bg96 profile on its own captures
"$BIN" check -f json --profile quectel-bg96 captures/quectel/bg96-clean.log > "$TMP/q.json"
[ $? = 0 ] || { echo "FAIL: quectel clean session: exit not 0"; fail=1; }
grep -q '"violations": \[\]' "$TMP/q.json" || { echo "FAIL: quectel clean session has violations"; fail=1; }
grep -q '"id": "quectel-bg96"' "$TMP/q.json" || { echo "FAIL: quectel profile not named in the report"; fail=1; }
"$BIN" check -f text --profile quectel-bg96 captures/quectel/bg96-faults.log > "$TMP/q.txt"
[ $? = 1 ] || { echo "FAIL: quectel faults: exit not 1"; fail=1; }
grep -E '^captures/quectel/bg96-faults.log:[0-9]+: (error|warning|info): ' "$TMP/q.txt" |
    sed 's/^captures\/quectel\/bg96-faults.log://' > "$TMP/q.got"
cat > "$TMP/q.want" <<'WEOF'
42: info: [verify-after-close] AT+QICLOSE=0 completed but the state was not confirmed with AT+QISTATE? before AT+QISEND=0,5
43: error: [socket-state] AT+QISEND=0,5 on socket 0, which is not open (closed at line 42)
49: error: [completion-timeout] AT+QIOPEN=1,1,"TCP","220.180.239.212",8009,0,1 completed (+QIOPEN: 1,566) after 156.900 s (limit 150 s)
49: error: [socket-without-ip] AT+QIOPEN=1,1,"TCP","220.180.239.212",8009,0,1 sent while no IP is held (since line 46)
WEOF
cmp -s "$TMP/q.want" "$TMP/q.got" || { echo "FAIL: quectel faults:"; diff "$TMP/q.want" "$TMP/q.got"; fail=1; }
# a third: simcom-sim7600 (NETOPEN/CIPOPEN), minicom-style timestamps
"$BIN" check -f json --profile simcom-sim7600 captures/simcom/sim7600-clean.log > "$TMP/s.json"
[ $? = 0 ] && grep -q '"violations": \[\]' "$TMP/s.json" ||
    { echo "FAIL: simcom clean session: not a clean pass"; fail=1; }
"$BIN" check -f text --profile simcom-sim7600 captures/simcom/sim7600-faults.log > "$TMP/s.txt"
[ $? = 1 ] || { echo "FAIL: simcom faults: exit not 1"; fail=1; }
grep -E '^captures/simcom/sim7600-faults.log:[0-9]+: (error|warning|info): ' "$TMP/s.txt" |
    sed 's/^captures\/simcom\/sim7600-faults.log://' > "$TMP/s.got"
cat > "$TMP/s.want" <<'WEOF'
21: error: [async-overlap] AT+CIPOPEN=1,"TCP","117.131.85.139",5253 sent while AT+NETOPEN still waits for +NETOPEN (sent at line 19)
21: error: [socket-without-ip] AT+CIPOPEN=1,"TCP","117.131.85.139",5253 sent while no IP is held (since line 1)
40: error: [socket-state] AT+CIPSEND=0,4 on socket 0, which is not open (closed at line 39)
WEOF
cmp -s "$TMP/s.want" "$TMP/s.got" || { echo "FAIL: simcom faults:"; diff "$TMP/s.want" "$TMP/s.got"; fail=1; }
# every built-in loads, and its rules list (atscope rules) works
for id in fibocom-l610 quectel-bg96 simcom-sim7600; do
    "$BIN" rules --profile "$id" > /dev/null || { echo "FAIL: rules --profile $id"; fail=1; }
done
# received data announced by a URC (SIMCom +IPD<n>, Quectel's direct push) is data,
# not modem text, whatever it holds ("OK" here), and the same whole or byte by byte
printf 'AT+CIPOPEN=0,"TCP","1.2.3.4",80\r\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n\r\nRECV FROM:1.2.3.4:80\r\n+IPD2\r\nOK\r\nAT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\n' > "$TMP/push.log"
"$BIN" parse -f jsonl --profile simcom-sim7600 "$TMP/push.log" > "$TMP/push.whole"
"$BIN" parse -f jsonl --read-size 1 --profile simcom-sim7600 "$TMP/push.log" > "$TMP/push.bytes"
cmp -s "$TMP/push.whole" "$TMP/push.bytes" || { echo "FAIL: +IPD data: byte by byte differs"; fail=1; }
grep -q '"kind":"data","id":[0-9]*,"line":8,"end_line":8,.*"mode":"received","bytes":{"tx":0,"rx":0,"unknown":2},"pieces":1,"preview":"OK"' "$TMP/push.whole" &&
    ! grep -q '"kind":"unparsed"' "$TMP/push.whole" ||
    { echo "FAIL: +IPD2: the two bytes are not a data record at line 8"; grep -v '"kind":"transaction"' "$TMP/push.whole"; fail=1; }
printf 'AT+QISTATE?\r\r\nOK\r\n\r\n+QIURC: "recv",0,5\r\nERROR\r\nAT\r\r\nOK\r\n' > "$TMP/qpush.log"
"$BIN" parse -f text --profile quectel-bg96 "$TMP/qpush.log" | grep -q '^L5 *data  received 5 bytes: ERROR' ||
    { echo "FAIL: quectel direct push: the data is not data"; fail=1; }
printf '{"id": "x", "urcs": [{"name": "+IPD", "pattern": "^\\\\+IPD\\\\d+$", "data_length": true}]}\n' > "$TMP/nolen.json"
want "$TMP/nolen.json" 2 'urcs\[0\]: data_length needs a (?<len>...) group in the pattern'
printf '{"id": "x", "urcs": [{"name": "+IPD", "pattern": "^\\\\+IPD,(?<len>\\\\d+):", "data_inline": true}]}\n' > "$TMP/noinl.json"
want "$TMP/noinl.json" 2 'urcs\[0\]: data_inline needs data_length'
printf '{"id": "x", "urcs": [{"name": "+IPD", "pattern": "^\\\\+IPD", "in_mode": "toolongmode"}]}\n' > "$TMP/urcmode.json"
want "$TMP/urcmode.json" 2 'urcs\[0\]: a mode is 1 to 7 bytes'
# socket 0 exists on Quectel: its link drop closes it
printf 'AT+QIOPEN=1,0,"TCP","1.2.3.4",80,0,1\r\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n\r\n+QIURC: "closed",0\r\nAT+QISEND=0,5\r\r\nERROR\r\n' > "$TMP/qdrop.log"
"$BIN" check -f text --profile quectel-bg96 "$TMP/qdrop.log" | grep -q 'qdrop.log:7: error: \[socket-state\] AT+QISEND=0,5 on socket 0, which is not open (closed at line 6)' ||
    { echo "FAIL: quectel: +QIURC \"closed\",0 does not close socket 0"; fail=1; }
# the L610 profile on the same capture: Quectel's commands are unknown to it, nothing
# breaks, the module took them all (so none is a typo: counted in the reason, not
# reported), and the report says which built-in profile knows them
"$BIN" check -f json --profile fibocom-l610 captures/quectel/bg96-clean.log > "$TMP/l.json"
[ $? = 0 ] && ! grep -q '"rule": "unknown-command"' "$TMP/l.json" &&
    grep -q '"reason": "partly checked: 11 commands the fibocom-l610 profile does not list (+QICSGP, line 20, ...) not judged: the module took them"' "$TMP/l.json" ||
    { echo "FAIL: quectel capture under the L610 profile"; fail=1; }
grep -q '"message": "11 of the 16 commands are unknown to the fibocom-l610 profile but 11 of them are quectel-bg96.s: try --profile quectel-bg96"' "$TMP/l.json" ||
    { echo "FAIL: no profile suggestion for a Quectel log"; fail=1; }
"$BIN" check -f text --profile quectel-bg96 captures/simcom/sim7600-clean.log | grep -q 'note: \[input\] .*try --profile simcom-sim7600' ||
    { echo "FAIL: no profile suggestion for a SIMCom log"; fail=1; }
# two built-ins know the unknown commands alike (quectel-bc95 and ublox-sara both have the
# NB-IoT chipset's NSO* sockets): both are named, where the first alone was
printf 'AT+NSOCR=DGRAM,17,5683,1\r\n1\r\nOK\r\nAT+NSOST=1,192.0.2.1,5683,2,AB30\r\n1,2\r\nOK\r\nAT+NSORF=1,4\r\n1,192.0.2.1,5683,2,AB30,0\r\nOK\r\nAT+NSOCL=1\r\nOK\r\n' > "$TMP/nso.log"
"$BIN" check -f text --profile 3gpp "$TMP/nso.log" | grep -q "nso.log: note: \[input\] 4 of the 4 commands are unknown to the 3gpp profile but 4 of them are ublox-sara's or quectel-bc95's: try --profile ublox-sara or --profile quectel-bc95\$" ||
    { echo "FAIL: a tie of two profiles: both not named"; "$BIN" check -f text --profile 3gpp "$TMP/nso.log" | grep 'try'; fail=1; }
for f in captures/*.log; do
    "$BIN" check -f json --profile fibocom-l610 "$f" | grep -q 'try --profile' && { echo "FAIL: $f: a profile suggested for an L610 log"; fail=1; }
done
"$BIN" parse -f jsonl --profile quectel-bg96 captures/quectel/bg96-clean.log | grep -q '"command":"AT+QICLOSE=0".*"socket":"0"' ||
    { echo "FAIL: quectel AT+QICLOSE=0 does not name socket 0 (command-level id_arg)"; fail=1; }
# extends: a chain of files (relative to the extending file), merged by key
mkdir -p "$TMP/ext"
printf '{"id": "base", "finals": [{"pattern": "^DONE$", "result": "ok"}],\n "urcs": [{"name": "X", "pattern": "^X$"}, {"name": "Y", "pattern": "^Y$"}],\n "classes": {"send": ["+ZSEND="], "open": ["+ZOPEN="]},\n "rules": {"socket-state": {"max_sockets": 3, "min_socket": 0}},\n "commands": [{"name": "+ZSEND", "timeout_s": 1}, {"name": "+ZOPEN", "timeout_s": 2}]}\n' > "$TMP/ext/base.json"
printf '{"id": "mid", "extends": "base.json", "urcs": [{"name": "X", "pattern": "^XX$"}],\n "rules": {"socket-state": {"max_sockets": 5}}, "classes": {"send": ["+ZSEND2="]}}\n' > "$TMP/ext/mid.json"
printf '{"id": "top", "extends": "ext/mid.json", "commands": [{"name": "+zopen", "timeout_s": 9}]}\n' > "$TMP/top.json"
printf 'X\r\nXX\r\nY\r\nAT+ZSEND=1\r\r\nDONE\r\n' > "$TMP/ext.log"
"$BIN" parse -f jsonl --profile "$TMP/top.json" "$TMP/ext.log" > "$TMP/ext.out" || { echo "FAIL: extends chain does not load"; fail=1; }
grep -q '"kind":"unparsed","id":[0-9]*,"line":1,.*"text":"X"' "$TMP/ext.out" &&
    grep -q '"kind":"urc","id":[0-9]*,"line":2,.*"name":"X","text":"XX","known":true' "$TMP/ext.out" &&
    grep -q '"kind":"urc","id":[0-9]*,"line":3,.*"name":"Y","text":"Y","known":true' "$TMP/ext.out" &&
    grep -q '"command":"AT+ZSEND=1".*"result":"ok","final":"DONE"' "$TMP/ext.out" &&
    grep -q '"profile":"top"' "$TMP/ext.out" ||
    { echo "FAIL: extends: URCs by name (child first), finals appended:"; cat "$TMP/ext.out"; fail=1; }
"$BIN" rules --profile "$TMP/top.json" > "$TMP/ext.rules"
grep -A1 '^socket-state' "$TMP/ext.rules" | grep -q 'parameters {"max_sockets":5,"min_socket":0}' ||
    { echo "FAIL: extends: rule parameters not merged one by one"; cat "$TMP/ext.rules"; fail=1; }
# a cycle, a missing base, an error inside a base: file:line:col of the culprit
printf '{"id": "a", "extends": "b.json"}\n' > "$TMP/ext/a.json"
printf '{"id": "b",\n "extends": "a.json"}\n' > "$TMP/ext/b.json"
want "$TMP/ext/a.json" 2 'b.json:2:13: extends: "a.json" is already in the chain of profiles this one extends (a cycle)'
printf '{"id": "c", "extends": "nosuch.json"}\n' > "$TMP/ext/c.json"
want "$TMP/ext/c.json" 2 'c.json:1:24: extends: .*nosuch.json: cannot open profile'
printf '{"id": "bad",\n "urcs": [{"name": "Y", "pattern": "^(Y"}]}\n' > "$TMP/ext/bad.json"
printf '{"id": "d", "extends": "bad.json"}\n' > "$TMP/ext/d.json"
want "$TMP/ext/d.json" 2 'bad.json:2:36: urcs\[0\]: pattern "^(Y": missing closing parenthesis'
printf '{"id": "e", "extends": 3}\n' > "$TMP/ext/e.json"
want "$TMP/ext/e.json" 2 'e.json:1:24: extends: expected the id of a built-in profile or a file path'
# what the rules load from a profile (its classes and rules) is located the same
# way: `check` loads them (and `parse` has no use for them)
wantc() {  # wantc FILE PATTERN
    "$BIN" check -f text --profile "$1" captures/line-endings.log > "$TMP/out" 2> "$TMP/err"
    got=$?
    if [ "$got" != 2 ] || ! grep -q -- "$2" "$TMP/err" || [ -s "$TMP/out" ]; then
        echo "FAIL: profile $1 (check): exit $got, stderr:"; cat "$TMP/err"; echo "(wanted exit 2 and '$2')"; fail=1
    fi
}
cls() {  # cls SPEC: a close class of one good and one given spec
    printf '{"id": "c",\n "extends": "3gpp",\n "classes": {"close": ["+QICLOSE=1",\n   %s]}}\n' "$1" > "$TMP/cls.json"
}
cls '"!"'; wantc "$TMP/cls.json" 'cls.json:4:4: classes.close\[1\]: no command name: expected a command like'
cls '"+QICLOSE=*,$,0"'; wantc "$TMP/cls.json" 'cls.json:4:4: classes.close\[1\]: "\$" (the end of the arguments) stands before their end'
cls '"+QICLOSE?1"'; wantc "$TMP/cls.json" 'cls.json:4:4: classes.close\[1\]: text after "?"'
cls '"+QICLOSEQICLOSEQICLOSEQICLOSEQICLOSE"'; wantc "$TMP/cls.json" 'classes.close\[1\]: the command.s name is longer than 31 characters'
cls '"+QICLOSE=0123456789,0123456789,0123456789"'; wantc "$TMP/cls.json" 'classes.close\[1\]: arguments longer than 31 characters'
cls '7'; wantc "$TMP/cls.json" 'cls.json:4:4: classes.close\[1\]: expected a string'
printf '{"id": "c",\n "extends": "3gpp",\n "classes": {"closing": ["+QICLOSE=1"]}}\n' > "$TMP/cls.json"
wantc "$TMP/cls.json" 'cls.json:3:14: classes: unknown class "closing"'
printf '{"id": "c",\n "extends": "3gpp",\n "classes": {"sim_fault": [\n   "^+CPIN"]}}\n' > "$TMP/cls.json"
wantc "$TMP/cls.json" 'cls.json:4:4: classes.sim_fault\[0\]: pattern "^+CPIN": quantifier does not follow a repeatable item at pattern column 2'
printf '{"id": "c",\n "extends": "3gpp",\n "rules": {\n  "retry-storm": {"attempts": 3}}}\n' > "$TMP/rul.json"
wantc "$TMP/rul.json" 'rul.json:4:19: profile: rule "retry-storm" has no parameter "attempts"'
printf '{"id": "c",\n "extends": "3gpp",\n "rules": {\n  "no-such-rule": {}}}\n' > "$TMP/rul.json"
wantc "$TMP/rul.json" 'rul.json:4:3: profile: unknown rule "no-such-rule"'
# classes_add: a child adds entries to a base's class and keeps the base's (a class under
# "classes" replaces the base's list); quectel-bc95 lost 3gpp's optional class that way
printf '{"id": "add",\n "extends": "3gpp",\n "classes_add": {"optional": ["+XFOO="]}}\n' > "$TMP/add.json"
printf '{"id": "add2",\n "extends": "add.json",\n "classes_add": {"optional": ["+XBAR="], "diagnostic": ["+XWHY"]}}\n' > "$TMP/add2.json"
"$BIN" rules --profile "$TMP/add2.json" --classes > "$TMP/add.cls" 2>&1
grep -qx 'optional  *\["+CPSMS=","+CEDRXS=","+CVHU=","+CGEREP=","+CTZR=","+CTZU=","+CLIP=","+COLP=","+CRC=","+CSCLK=","&W","+CGACT=0","+CGATT=0","+CPOL?","+XFOO=","+XBAR="\]' "$TMP/add.cls" &&
    grep -qx 'diagnostic  *\["+CEER","+CMEE?","+XWHY"\]' "$TMP/add.cls" ||
    { echo "FAIL: classes_add: the base's entries, then each child's:"; cat "$TMP/add.cls"; fail=1; }
# ... and the rules see both: neither a base's optional command nor the added one failing
# is a finding
printf 'AT+CVHU=0\r\nERROR\r\nAT+XFOO=1\r\nERROR\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n' > "$TMP/add.log"
"$BIN" check -f text --fail-on warning --profile "$TMP/add2.json" "$TMP/add.log" > "$TMP/add.txt" 2>&1 &&
    ! grep -q 'command-failed\]' "$TMP/add.txt" ||
    { echo "FAIL: classes_add: an optional command's failure reported:"; cat "$TMP/add.txt"; fail=1; }
# every built-in's effective classes load (the built-ins use classes_add too)
for f in rules/profiles/*.json; do
    "$BIN" rules --profile "$f" --classes -f json | python3 -c 'import json,sys; json.load(sys.stdin)' ||
        { echo "FAIL: rules --profile $f --classes -f json"; fail=1; }
done
for f in rules/fragments/*.json; do
    "$BIN" rules --profile "$f" --classes > /dev/null || { echo "FAIL: the fragment $f does not load"; fail=1; }
done
# a fragment (rules/fragments): what two families share, extended by both and by a user's
# file, never a module's profile: quectel-bc95 and ublox-sara take the NB-IoT chipset's NSO*
# sockets from boudica-nso, where each held a copy
printf '{"id": "n2x", "extends": "boudica-nso"}\n' > "$TMP/n2x.json"
printf 'AT+NSOCR=DGRAM,17,5683,1\r\n1\r\nOK\r\n+NSONMI:1,4\r\n' > "$TMP/n2x.log"
for p in "$TMP/n2x.json" quectel-bc95 ublox-sara; do
    "$BIN" parse -f jsonl --profile "$p" "$TMP/n2x.log" > "$TMP/n2x.out" 2>&1
    grep -q '"command":"AT+NSOCR=DGRAM,17,5683,1".*"status":"complete".*"socket":"1"' "$TMP/n2x.out" &&
        grep -q '"kind":"urc",.*"name":"+NSONMI","text":"+NSONMI:1,4","known":true' "$TMP/n2x.out" ||
        { echo "FAIL: boudica-nso's sockets under $p:"; cat "$TMP/n2x.out"; fail=1; }
done
"$BIN" rules --profile ublox-sara --classes | grep -qx 'open  *\["+NSOCR=","+USOCO=","+USOCR=17\$","+USOCR=17,"\]' ||
    { echo "FAIL: ublox-sara's open class is not boudica-nso's and its own"; fail=1; }
grep -l '"name": "+NSO' rules/profiles/*.json && { echo "FAIL: NSO* defined again in a profile"; fail=1; }
"$BIN" rules --profile boudica-nso > /dev/null 2> "$TMP/err" && { echo "FAIL: a fragment taken as a module's profile"; fail=1; }
grep -q 'boudica-nso: no such profile' "$TMP/err" || { echo "FAIL: --profile boudica-nso:"; cat "$TMP/err"; fail=1; }
# what is wrong with a classes_add, where it was written
addp() { printf '{"id": "c",\n "extends": "3gpp",\n %s}\n' "$1" > "$TMP/adde.json"; }
addp '"classes_add": ["+XFOO="]'; want "$TMP/adde.json" 2 'adde.json:3:17: classes_add: expected an object of lists'
addp '"classes_add": {"optional": "+XFOO="}'; want "$TMP/adde.json" 2 'adde.json:3:18: classes_add.optional: expected an array of strings'
addp '"classes_add": {"optional": ["+XFOO=",
   7]}'; want "$TMP/adde.json" 2 'adde.json:4:4: classes_add.optional\[1\]: expected a string'
addp '"classes": {"optional": ["+XBAR="]},
 "classes_add": {"optional": ["+XFOO="]}'; want "$TMP/adde.json" 2 'adde.json:4:18: classes_add.optional: the class is also under classes, whose list replaces the base.s'
addp '"classes_add": {"open": ["+XFOO="]}'; want "$TMP/adde.json" 2 'adde.json:3:18: classes_add.open: the profiles this one extends have no class "open" to add to'
addp '"classes_add": {"optional": ["+XFOO=", "+CVHU="]}'; want "$TMP/adde.json" 2 'adde.json:3:41: classes_add.optional\[1\]: "+CVHU=" is in the base.s list already'
printf '{"id": "c",\n "classes_add": {"optional": ["+XFOO="]}}\n' > "$TMP/adde.json"
want "$TMP/adde.json" 2 'adde.json:2:2: classes_add: the profile extends no other'
# commands_remove: a base's command the module lacks (the nRF91 has no AT+CSQ) is unknown to
# the profile, its class entries gone; the wrong forms are refused where they were written
printf '{"id": "nocsq",\n "extends": "3gpp",\n "commands_remove": ["+CSQ"]}\n' > "$TMP/rm.json"
"$BIN" rules --profile "$TMP/rm.json" --classes | grep -q '^network_query  *\["+CESQ",' ||
    { echo "FAIL: commands_remove left +CSQ in network_query"; fail=1; }
printf 'AT+CSQ\r\nERROR\r\nAT+CESQ\r\n+CESQ: 99,99,255,255,31,62\r\nOK\r\n' > "$TMP/rm.log"
# (nordic-slm removes it: a profile that names its module reports an unknown command it refused)
"$BIN" check -f text --fail-on info --context none --profile nordic-slm "$TMP/rm.log" > "$TMP/rm.txt" 2>&1
[ $? = 1 ] || { echo "FAIL: commands_remove: exit status"; fail=1; }
grep -E '^[^ ]+:[0-9]+: (error|warning|info): ' "$TMP/rm.txt" | sed 's|^.*/rm.log:||' > "$TMP/rm.got"
printf '1: info: [unknown-command] +CSQ is not a command of the nordic-slm profile (in AT+CSQ); it has +CESQ\n' | cmp -s - "$TMP/rm.got" ||
    { echo "FAIL: commands_remove: AT+CSQ is not unknown:"; cat "$TMP/rm.txt"; fail=1; }
rmp() { printf '{"id": "c",\n "extends": "3gpp",\n %s}\n' "$1" > "$TMP/rme.json"; }
rmp '"commands_remove": "+CSQ"'; want "$TMP/rme.json" 2 'rme.json:3:2: commands_remove: expected an array of the names of base commands'
rmp '"commands_remove": ["+CSQ", 7]'; want "$TMP/rme.json" 2 'rme.json:3:30: commands_remove\[1\]: expected a command name'
rmp '"commands_remove": ["+XFOO"]'; want "$TMP/rme.json" 2 'rme.json:3:22: commands_remove\[0\]: the profiles this one extends have no command "+XFOO" to remove'
rmp '"commands": [{"name": "+CSQ"}],
 "commands_remove": ["+csq"]'; want "$TMP/rme.json" 2 'rme.json:4:22: commands_remove\[0\]: "+csq" is also under commands'
printf '{"id": "c",\n "commands_remove": ["+CSQ"]}\n' > "$TMP/rme.json"
want "$TMP/rme.json" 2 'rme.json:2:2: commands_remove: the profile extends no other'
# a good spec of every form loads
cls '"!+QICLOSE=*,0$"'; "$BIN" check -f text --profile "$TMP/cls.json" captures/line-endings.log > /dev/null 2> "$TMP/err"
[ $? -lt 2 ] || { echo "FAIL: a good class spec refused:"; cat "$TMP/err"; fail=1; }
# a built-in as the base: the L610 profile plus one URC gives the same records
printf '{"id": "l610plus", "extends": "fibocom-l610", "urcs": [{"name": "ZZ", "pattern": "^ZZ$"}]}\n' > "$TMP/plus.json"
"$BIN" parse -f jsonl --profile "$TMP/plus.json" captures/l610-clean-session.log | nop > "$TMP/plus.out"
cmp -s "$TMP/a2" "$TMP/plus.out" || { echo "FAIL: a profile extending fibocom-l610 parses differently"; fail=1; }
# 27.007's own commands are known to every profile that extends 3gpp: no "not a command of"
# info for AT+CLAC (8.37), AT+WS46 (5.9), AT+CLCK (7.4) on a SIM800 session
printf 'AT+CLAC\r\r\n+CLAC\r\n+CSQ\r\n\r\nOK\r\nAT+WS46=12\r\r\n\r\nOK\r\nAT+CLCK="SC",2\r\r\n+CLCK: 0\r\n\r\nOK\r\nAT+XFOO\r\r\nERROR\r\n' > "$TMP/std.log"
"$BIN" check -f text --profile simcom-sim800 --context none "$TMP/std.log" 2>&1 | grep 'unknown-command\]' > "$TMP/std.got"
printf '%s\n' "$TMP/std.log:13: info: [unknown-command] +XFOO is not a command of the simcom-sim800 profile (in AT+XFOO)" | cmp -s - "$TMP/std.got" ||
    { echo "FAIL: 27.007 commands unknown to a profile:"; cat "$TMP/std.got"; fail=1; }
[ $fail = 0 ] && echo "ok: profile errors"
exit $fail
