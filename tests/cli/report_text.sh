#!/bin/sh
# The text report escapes once: the rules' messages carry capture bytes as
# \xHH already, and the terminal writer does not escape those backslashes
# again. With several captures, a rule's note says what holds in how many.
. "$(dirname "$0")/../cli_common.sh"
# a command with bytes that are not text, and one with a terminal escape,
# both refused as unknown: under fibocom-l610 (a profile that names its commands;
# since batch 32 the 3gpp base judges no vendor command by a +CME ERROR code),
# unknown-command findings that quote them
# (a plain ERROR's error-detail advice is not given where the module already
# answers with +CME ERROR codes)
printf 'AT+CSQX\377\376\r\n+CME ERROR: 100\r\nAT+CIMX\033[2J\r\n+CME ERROR: 100\r\nAT\r\nOK\r\n' > "$TMP/bytes.log"
"$BIN" check -f text --profile fibocom-l610 "$TMP/bytes.log" > "$TMP/out"
grep -qF 'in AT+CSQX\xff\xfe)' "$TMP/out" || { echo "FAIL: bytes not shown once escaped:"; cat "$TMP/out"; fail=1; }
grep -qF '\\x' "$TMP/out" && { echo "FAIL: escaped twice:"; grep -F '\\x' "$TMP/out"; fail=1; }
grep -qF 'in AT+CIMX\x1b[2J)' "$TMP/out" || { echo "FAIL: ESC not shown as \\x1b"; cat "$TMP/out"; fail=1; }
LC_ALL=C grep -q "$(printf '\033')" "$TMP/out" && { echo "FAIL: raw ESC reached the terminal output"; fail=1; }
# the JSON report holds the same message text (JSON's own escaping aside)
"$BIN" check -f json --profile fibocom-l610 "$TMP/bytes.log" | grep -qF '"message": "+CSQX is not a command of the fibocom-l610 profile (in AT+CSQX\\xff\\xfe)' ||
    { echo "FAIL: JSON message differs"; fail=1; }
# a capture path with a backslash in it is the capture's name, escaped once
cp "$TMP/bytes.log" "$TMP/a\\b.log"
"$BIN" check -f text --profile fibocom-l610 "$TMP/a\\b.log" | grep -qF 'a\\b.log:1: info:' || { echo "FAIL: path with a backslash"; fail=1; }

# several captures: one with timestamps, two without; one fails async-overlap
cap1=captures/l610-clean-session.log        # no timestamps
cap2=captures/l610-async-overlap.log        # no timestamps, async-overlap fails
cap3=captures/formats/sscom.log             # timestamps and directions
"$BIN" check -f text "$cap1" "$cap2" "$cap3" > "$TMP/three"
row() { grep "^$1 " "$TMP/three" | sed 's/  */ /g'; }
[ "$(row response-timeout)" = "response-timeout error pass 0 not evaluable in 2 of 3 captures: no timestamps" ] ||
    { echo "FAIL: response-timeout row: $(row response-timeout)"; fail=1; }
[ "$(row send-before-prompt)" = "send-before-prompt error pass 0 not evaluable in 2 of 3 captures: no host direction" ] ||
    { echo "FAIL: send-before-prompt row: $(row send-before-prompt)"; fail=1; }
[ "$(row async-overlap)" = "async-overlap error fail 1 " ] ||
    { echo "FAIL: async-overlap row: '$(row async-overlap)'"; fail=1; }
# failing in one capture, not evaluable in the two without timestamps: the
# note says the latter, not "capture has no timestamps" as if it were all
# (a plain ERROR, and no +CME ERROR code elsewhere that would say verbose errors are on)
printf 'AT+CIMI\033[2J\r\nERROR\r\nAT\r\nOK\r\n' > "$TMP/plain-error.log"
"$BIN" check -f text --profile fibocom-l610 "$TMP/plain-error.log" | grep -qF 'AT+CIMI\x1b[2J returned ERROR' ||
    { echo "FAIL: ESC in error-detail's message not shown as \\x1b"; fail=1; }
"$BIN" check -f text --profile fibocom-l610 "$cap1" "$TMP/plain-error.log" "$cap3" > "$TMP/three"
# (error-detail saw no ERROR in the two others: no evidence, no pass there)
[ "$(row error-detail)" = "error-detail info fail 1 not evaluable in 2 of 3 captures: no command got a plain ERROR in the capture" ] ||
    { echo "FAIL: error-detail row: '$(row error-detail)'"; fail=1; }
# not evaluable in all three: two without timestamps, one without flow control
[ "$(row flow-control-stall)" = "flow-control-stall warning not-evaluable 0 not evaluable in 3 of 3 captures: no timestamps (and other reasons)" ] ||
    { echo "FAIL: flow-control-stall row: '$(row flow-control-stall)'"; fail=1; }
# the issue's case: fail in the timestamped capture, not evaluable in the two
# without: before, the note read "capture has no timestamps" beside "fail"
"$BIN" check -f text "$cap1" "$cap2" captures/formats/sscom-late.log > "$TMP/three"
[ "$(row completion-timeout)" = "completion-timeout error fail 1 not evaluable in 2 of 3 captures: no timestamps" ] ||
    { echo "FAIL: completion-timeout row: '$(row completion-timeout)'"; fail=1; }
# failing where partly checked: says so, with how many
"$BIN" check -f text captures/guide-3.3-tcp-udp.log captures/l610-echo-off-mixed.log "$cap3" > "$TMP/three"
# (2: guide-3.3's AT+MIOPEN?, the guide's typo answered without a final the
# profile knows, is not judged since precision round 5)
[ "$(row response-timeout)" = "response-timeout error fail 2 partly checked in 2 of 3 captures: no timestamps" ] ||
    { echo "FAIL: partly checked row: '$(row response-timeout)'"; fail=1; }
# one capture: its own words, as before
"$BIN" check -f text "$cap1" > "$TMP/three"
[ "$(row response-timeout)" = "response-timeout error not-evaluable 0 capture has no timestamps" ] ||
    { echo "FAIL: one capture's row: $(row response-timeout)"; fail=1; }
[ $fail = 0 ] && echo "ok: text report escapes once; multi-capture notes"
exit $fail
