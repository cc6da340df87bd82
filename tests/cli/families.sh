#!/bin/sh
# The 3gpp base profile and the module families built on it: each capture's
# parse is asserted record by record (tests/records_brief.py), whole and byte
# by byte, and its check findings by rule and line.
. "$(dirname "$0")/../cli_common.sh"
# expect_parse PROFILE FILE < expected listing
expect_parse() {
    "$BIN" parse -f jsonl --profile "$1" "$2" > "$TMP/whole" || { echo "FAIL: parse $2: exit $?"; fail=1; }
    python3 tests/records_brief.py < "$TMP/whole" > "$TMP/got"
    cat > "$TMP/want"
    cmp -s "$TMP/want" "$TMP/got" || { echo "FAIL: $2 under $1:"; diff "$TMP/want" "$TMP/got"; fail=1; }
    "$BIN" parse -f jsonl --read-size 1 --profile "$1" "$2" > "$TMP/bytes"
    cmp -s "$TMP/whole" "$TMP/bytes" || { echo "FAIL: $2 under $1: byte by byte differs"; fail=1; }
}
# expect_check PROFILE FILE EXIT < expected "LINE: severity: [rule] message" lines
expect_check() {
    "$BIN" check -f text --profile "$1" "$2" > "$TMP/check.txt"
    code=$?
    [ "$code" = "$3" ] || { echo "FAIL: check $2 under $1: exit $code, wanted $3"; fail=1; }
    grep -E "^$2:[0-9]+: (error|warning|info): " "$TMP/check.txt" | sed "s|^$2:||" > "$TMP/cgot"
    cat > "$TMP/cwant"
    cmp -s "$TMP/cwant" "$TMP/cgot" || { echo "FAIL: check $2 under $1:"; diff "$TMP/cwant" "$TMP/cgot"; fail=1; }
}

# 3gpp: a registration URC during AT+CREG? / AT+CGREG? is a URC (its shape is
# not the answer's), +CMGS prompt and Ctrl-Z, two-line +CMT, numeric results
expect_parse 3gpp captures/3gpp/3gpp-session.log <<'WEOF'
T 1 AT -> complete OK
T 3 AT+CMEE=1 -> complete OK
T 5 AT+CREG=2 -> complete OK
U 8 +CREG +CREG: 1,"00C3","1A2B",7
U 10 +CREG +CREG: 5,"00C3","1A2C",7
T 9 AT+CREG? -> complete OK | 11:+CREG: 2,5,"00C3","1A2C",7
U 15 +CGREG +CGREG: 1
T 14 AT+CGREG? -> complete OK | 16:+CGREG: 0,1
T 19 AT+COPS=? -> complete OK | 20:+COPS: (2,"Operator","Op","26201",7),,(0-4),(0-2)
T 23 AT+CMGF=0 -> complete OK
T 25 AT+CMGS=21 -> complete OK | 27:+CMGS: 5 ; payload 48 bytes end ctrl-z prompt 26
U 31 +CMT +CMT: ,24
D 32 received 07911326040000F0040B911346610089F60000208062917314080CC8F71D1496
T 33 AT+CNMA -> complete OK
T 35 AT+CPIN? -> complete +CME ERROR: 10
U 38 +CGEV +CGEV: NW DETACH
T 39 ATV0 -> complete 0
T 39 AT+CSQ -> complete 0 | 39:+CSQ: 20,99
T 40 AT+CGATT=1 -> complete 4
T 40 ATV1 -> complete OK
T 42 AT+CGATT? -> complete OK | 43:+CGATT: 0
WEOF
# the 3gpp profile knows the standard commands: none is unknown
"$BIN" check -f json --profile 3gpp captures/3gpp/3gpp-session.log > "$TMP/3.json"
grep -q '"rule": "unknown-command"' "$TMP/3.json" && { echo "FAIL: 3gpp: a standard command is unknown"; fail=1; }

[ $fail = 0 ] && echo "ok: module families"
exit $fail
