#!/bin/sh
# atscope stats: exact counts and latencies on the timestamped SSCOM fixture,
# and the same counts (no latencies) on its plain twin.
set -u
BIN=$1
SRC=$2
cd "$SRC"
fail=0
"$BIN" stats -f json captures/formats/sscom.log > /tmp/atscope-stats.$$ || fail=1
python3 - /tmp/atscope-stats.$$ <<'PYEOF' || fail=1
import json, sys
s = json.load(open(sys.argv[1]))
c = {x["command"]: x for x in s["commands"]}
assert s["inputs"]["has_timestamps"] is True
assert c["AT+MIPOPEN="]["completion_latency"]["p50_ms"] == 1250.0, c["AT+MIPOPEN="]
assert c["AT+MIPOPEN="]["completions"]["success"] == 1
assert c["AT+CSQ"]["final_latency"]["max_ms"] == 15.0
assert c["AT+MIPCALL="]["completion_latency"]["max_ms"] == 2400.0
assert s["urcs"] == {"+MIPPUSH": 1, "+MIPRTCP": 1}, s["urcs"]
PYEOF
"$BIN" stats -f json captures/formats/session.plain.log > /tmp/atscope-stats.$$ || fail=1
python3 - /tmp/atscope-stats.$$ <<'PYEOF' || fail=1
import json, sys
s = json.load(open(sys.argv[1]))
c = {x["command"]: x for x in s["commands"]}
assert s["inputs"]["has_timestamps"] is False
assert c["AT+MIPOPEN="]["count"] == 1 and c["AT+MIPOPEN="]["completion_latency"]["n"] == 0
assert c["AT+MIPOPEN?"]["results"]["ok"] == 1
PYEOF
"$BIN" stats -f text captures/l610-echo-off-mixed.log | grep -q "^AT+CPIN? *3 *1 *2" || { echo "FAIL: stats text row"; fail=1; }
"$BIN" stats no/such/file 2>/dev/null; [ $? = 2 ] || { echo "FAIL: stats missing file exit"; fail=1; }
# many captures: -r, the same result whatever --jobs is, counts add up
"$BIN" stats -f json -r captures/formats -j 1 > /tmp/atscope-stats1.$$ 2>/dev/null
"$BIN" stats -f json -r captures/formats -j 4 > /tmp/atscope-stats4.$$ 2>/dev/null
cmp -s /tmp/atscope-stats1.$$ /tmp/atscope-stats4.$$ || { echo "FAIL: stats --jobs 1 and 4 differ"; fail=1; }
"$BIN" stats -f json captures/formats/sscom.log captures/formats/sscom.log > /tmp/atscope-stats.$$ || fail=1
python3 - /tmp/atscope-stats.$$ <<'PYEOF' || fail=1
import json, sys
s = json.load(open(sys.argv[1]))
c = {x["command"]: x for x in s["commands"]}
assert s["inputs"]["files"] == 2 and c["AT+MIPOPEN="]["count"] == 2 and s["urcs"]["+MIPRTCP"] == 2
assert c["AT+MIPOPEN="]["completion_latency"]["n"] == 2
PYEOF
rm -f /tmp/atscope-stats.$$ /tmp/atscope-stats1.$$ /tmp/atscope-stats4.$$
[ $fail = 0 ] && echo "ok: stats"
exit $fail
