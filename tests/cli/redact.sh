#!/bin/sh
# Redaction (issue 15 item 1): the property test over seeded captures
# (tests/redact_prop.py: nothing seeded appears in any output nor in the
# copy; transactions and findings unchanged but for the masked fields; any
# chunking; any --jobs), then the command line: `atscope redact` exactly on
# a small capture, its refusals, --redact-hosts, and the report's statement.
. "$(dirname "$0")/../cli_common.sh"
python3 tests/redact_prop.py "$BIN" "$SRC" 1 || fail=1

# the copy of a capture, byte for byte: the same framing, the message bodies
# the same length, the Ctrl-Z and ESC kept
"$BIN" redact -o "$TMP/copy.log" captures/cmgs-ctrlz.log 2> "$TMP/err" ||
    { echo "FAIL: redact cmgs-ctrlz.log: exit $?"; cat "$TMP/err"; fail=1; }
printf 'AT+CMGF=1\r\r\nOK\r\nAT+CMGS="<PHONE-1>"\r\r\n> <SMS>**********\032\r\n+CMGS: 12\r\n\r\nOK\r\nAT+CMGS="<PHONE-1>"\r\r\n> <SMS>*****\033\r\nOK\r\nAT+CMGS="<PHONE-1>"\r\r\n> <SMS>***\r\r\n> <SMS>***\032\r\n+CMGS: 13\r\n\r\nOK\r\n' > "$TMP/want.log"
cmp -s "$TMP/want.log" "$TMP/copy.log" || { echo "FAIL: redact cmgs-ctrlz.log:"; od -c "$TMP/copy.log" | head -20; fail=1; }
grep -q "redaction on: 5 values masked (1 phone, 4 sms)" "$TMP/err" ||
    { echo "FAIL: redact does not say what it masked:"; cat "$TMP/err"; fail=1; }
# standard output when no -o, the same bytes
"$BIN" redact captures/cmgs-ctrlz.log > "$TMP/stdout.log" 2>/dev/null
cmp -s "$TMP/want.log" "$TMP/stdout.log" || { echo "FAIL: redact to standard output differs"; fail=1; }

# refusals: exit 2, one message, no copy
refuse() {
    want=$1; shift
    rm -f "$TMP/out.log"
    "$BIN" "$@" > "$TMP/o" 2> "$TMP/e"
    code=$?
    if [ "$code" != 2 ] || ! grep -q "$want" "$TMP/e" || [ -e "$TMP/out.log" ] || [ -s "$TMP/o" ]; then
        echo "FAIL: atscope $*: exit $code (wanted 2, '$want', no copy):"; cat "$TMP/e"; fail=1
    fi
}
refuse "standard input cannot be" redact -o "$TMP/out.log" -
refuse "one FILE at a time" redact -o "$TMP/out.log" captures/cmgs-ctrlz.log captures/boot-and-power.log
refuse "use cp" redact --no-redact -o "$TMP/out.log" captures/cmgs-ctrlz.log
refuse "no input" redact
# interceptty writes a byte per line: an address split over lines cannot be
# masked in place, so no copy rather than one that leaks
refuse "could not be masked in this interceptty capture" redact --redact-hosts -o "$TMP/out.log" captures/formats/interceptty.log
# gammu's hex-and-character dump of a PDU
refuse "could not be masked in this gammu capture" redact -o "$TMP/out.log" captures/traces/gammu-smsd-syslog.log

# --redact-hosts: addresses become documentation addresses, the same in every
# output; without it they stay
"$BIN" check -f text --redact-hosts captures/l610-async-overlap.log > "$TMP/h.txt"
grep -q '183\.47\.42\.41' "$TMP/h.txt" && { echo "FAIL: --redact-hosts left an address"; fail=1; }
grep -q 'AT+MIPOPEN=1,,"192.0.2.2",9000,0 still waits' "$TMP/h.txt" ||
    { echo "FAIL: --redact-hosts: no pseudonym address in the finding"; fail=1; }
grep -q '^redaction on, hosts too: 2 values masked (2 ip)$' "$TMP/h.txt" ||
    { echo "FAIL: --redact-hosts: the report does not say so"; tail -3 "$TMP/h.txt"; fail=1; }
"$BIN" check -f text captures/l610-async-overlap.log > "$TMP/n.txt"
grep -q '183\.47\.42\.41' "$TMP/n.txt" || { echo "FAIL: addresses masked without --redact-hosts"; fail=1; }
grep -q '^redaction on: nothing to mask was found$' "$TMP/n.txt" || { echo "FAIL: no redaction line"; fail=1; }
"$BIN" check -f text --no-redact captures/cmgs-ctrlz.log | grep -q '^redaction off (--no-redact): identifiers and credentials as captured$' ||
    { echo "FAIL: --no-redact: the report does not say so"; fail=1; }
"$BIN" parse -f text --no-redact captures/cmgs-ctrlz.log | grep -q '+8613800138000' ||
    { echo "FAIL: --no-redact masked anyway"; fail=1; }
"$BIN" parse -f jsonl captures/cmgs-ctrlz.log | tail -1 | grep -q '"redacted":true,"masked":7' ||
    { echo "FAIL: parse's summary does not say it was redacted"; fail=1; }
"$BIN" stats -f json --no-redact captures/cmgs-ctrlz.log | grep -q '"redacted": false' ||
    { echo "FAIL: stats does not say it was not redacted"; fail=1; }

[ $fail = 0 ] && echo "ok: redaction"
exit $fail
