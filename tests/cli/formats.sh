#!/bin/sh
# Every fixture in captures/formats/ (listed in its MANIFEST): detection picks
# its format, parsing it gives the transactions of the equivalent plain
# capture, byte-at-a-time and random chunks give identical output, and time
# and direction are what the format carries. Plain captures are never
# detected as a tool's format.
. "$(dirname "$0")/../cli_common.sh"
# the MANIFEST's fixtures: detection, equivalence with the plain rendering,
# chunk invariance, time and direction, the forced format; plain captures
# read as raw (each kind of run over all fixtures in one start)
python3 tests/formats_manifest.py "$BIN" "$SRC" > "$TMP/manifest" || { cat "$TMP/manifest"; fail=1; }
# the capture tools read by a definition (Docklight, ...) score on their own
# fixtures alone, and nothing else scores there but raw
python3 tests/formats_negative.py "$BIN" "$SRC" > "$TMP/neg" || { cat "$TMP/neg"; fail=1; }
# Docklight names control codes: an SMS's Ctrl-Z is <SUB> and ends the payload
printf 'Docklight Log File (ASCII) - Started 16.06.2020 10:21:29.500 \r\n\r\n16.06.2020 10:21:30.000 [TX] - AT+CMGS="+123"<CR>\r\n\r\n16.06.2020 10:21:30.050 [RX] - AT+CMGS="+123"<CR><CR><LF>\r\n> \r\n16.06.2020 10:21:30.100 [TX] - hello<SUB>\r\n\r\n16.06.2020 10:21:32.000 [RX] - <CR><LF>\r\n+CMGS: 12<CR><LF>\r\n<CR><LF>\r\nOK<CR><LF>\r\n' > "$TMP/sms.log"
"$BIN" parse -f text --no-redact "$TMP/sms.log" > "$TMP/sms.txt"
grep -q '^L3-9      cmd   AT+CMGS="+123"  ->  OK; prompt L5; payload 5 bytes (end: ctrl-z)$' "$TMP/sms.txt" ||
    { echo "FAIL: docklight <SUB> does not end the SMS payload:"; cat "$TMP/sms.txt"; fail=1; }

# SSCOM's hex display: a one-byte chunk (0A) in a hex log is a byte, not text
printf '[10:00:00.000]\345\217\221\342\206\222\342\227\20741 54 2B 43 53 51 0D \342\226\241 \r\n[10:00:00.010]\346\224\266\342\206\220\342\227\20641 54 2B 43 53 51 0D 0D 0A 2B 43 53 51 3A 20 32 30 0D 0A 0D 0A 4F 4B 0D \r\n[10:00:00.011]\346\224\266\342\206\220\342\227\2060A \r\n[10:00:01.000]\345\217\221\342\206\222\342\227\20741 54 0D \342\226\241 \r\n[10:00:01.010]\346\224\266\342\206\220\342\227\20641 54 0D 0D 0A 4F 4B 0D 0A \r\n' > "$TMP/sscom1.log"
"$BIN" parse -f text --no-redact "$TMP/sscom1.log" > "$TMP/sscom1.txt"
[ "$(grep -c '^L[0-9-]* *cmd ' "$TMP/sscom1.txt")" = 2 ] && grep -q ' 0 unparsed;' "$TMP/sscom1.txt" ||
    { echo "FAIL: sscom hex: a one-byte chunk is not read as a byte:"; cat "$TMP/sscom1.txt"; fail=1; }

# what a reader had to guess is said: in the report (JSON, text), the parse
# summary, and as an annotation at its line
"$BIN" check -f json captures/formats/mm.log > "$TMP/r.json"
python3 tests/validate.py docs/report.schema.json "$TMP/r.json" 0 > /dev/null 2>&1 ||
    python3 tests/validate.py docs/report.schema.json "$TMP/r.json" 1 > /dev/null ||
    { echo "FAIL: mm.log report with warnings does not validate"; fail=1; }
python3 -c '
import json, sys
w = json.load(open(sys.argv[1]))["inputs"][0]["warnings"]
assert w == [{"line": 7, "message": "read AT port ttyUSB2, the first with traffic; the log also has AT traffic of ttyUSB3 (--port picks another)"}], w
' "$TMP/r.json" || { echo "FAIL: mm.log: the port guess is not reported"; fail=1; }
"$BIN" check -f text --port ttyUSB9 captures/formats/mm.log > "$TMP/o2"
head -n 1 "$TMP/o2" > "$TMP/o"
grep -qx 'captures/formats/mm.log: note: \[input\] --port ttyUSB9: the log has no AT traffic of that port (it has: ttyUSB2, ttyUSB3)' "$TMP/o" ||
    { echo "FAIL: --port ttyUSB9: no note in the text report"; cat "$TMP/o"; fail=1; }
# strace: an escape strace never writes is named as such, and reading goes on
printf 'write(5, "AT\\r", 3) = 3\nread(5, "AT\\r\\r\\nOK\\r\\n", 99) = 8\nwrite(5, "AT+CSQ\\r", 7) = 7\nread(5, "\\q+CSQ: 1\\r\\n", 99) = 8\nwrite(5, "AT\\r", 3) = 3\nread(5, "AT\\r\\r\\nOK\\r\\n", 99) = 8\n' > "$TMP/esc.log"
"$BIN" parse -f jsonl "$TMP/esc.log" > "$TMP/o"
grep -q '"kind":"unparsed","id":[0-9]*,"line":4,.*"reason":"strace: an escape strace does not write' "$TMP/o" &&
    [ "$(grep -c '"kind":"transaction"' "$TMP/o")" = 3 ] ||
    { echo "FAIL: strace bad escape"; cat "$TMP/o"; fail=1; }
# a name longer than any port is not quietly replaced by the first port
long=$(printf 'ttyUSB%070d' 9)
"$BIN" parse -f jsonl --port "$long" captures/formats/mm.log > "$TMP/o"
! grep -q '"kind":"transaction"' "$TMP/o" && grep -q '"message":"--port ttyUSB0000' "$TMP/o" ||
    { echo "FAIL: an over-long --port read another port"; fail=1; }
"$BIN" parse -f jsonl --port ttyUSB9 captures/formats/mm.log | tail -n 1 |
    grep -q '"warnings":\[{"line":0,"message":"--port ttyUSB9: the log has no AT traffic' ||
    { echo "FAIL: --port ttyUSB9: no warning in the parse summary"; fail=1; }
"$BIN" check -f json --socat-first modem captures/formats/socat-v.log | grep -A2 '"warnings"' |
    grep -q '"line": 10' || { echo "FAIL: socat: the direction warning is not at line 10"; fail=1; }
"$BIN" parse -f jsonl captures/formats/saleae-logic1.csv |
    grep -q '"kind":"annotation","id":1,"line":2,.*"text":"atscope: the export does not say which side sent the bytes: they have no direction"' ||
    { echo "FAIL: saleae Logic 1.x: no direction warning at row 2"; fail=1; }

# reader settings the capture cannot carry
"$BIN" parse -f jsonl --sample-rate 1M captures/formats/sigrok.txt > "$TMP/o"
grep -q '"has_timestamps":true' "$TMP/o" || { echo "FAIL: --sample-rate 1M: no times"; fail=1; }
# the command's first bit at sample 1008, its OK's (row 9, its own chunk) at 11442
grep -q '"kind":"transaction","id":1,"line":1,"end_line":9,"offset":0,"time":"0.001008".*"final_line":9,"final_time":"0.011442","final_ms":10.434000' "$TMP/o" ||
    { echo "FAIL: --sample-rate 1M: first command not at 0.001008 s, OK not at 0.011442 s"; fail=1; }
"$BIN" parse -f jsonl --sample-rate 2MHz captures/formats/sigrok.txt > "$TMP/o"
grep -q '"time":"0.000504"' "$TMP/o" ||
    { echo "FAIL: --sample-rate 2MHz: times not halved"; fail=1; }
"$BIN" parse --sample-rate fast captures/formats/sigrok.txt > "$TMP/o" 2> "$TMP/err"
[ $? = 2 ] && [ ! -s "$TMP/o" ] && grep -q "sample-rate: expected samples per second" "$TMP/err" ||
    { echo "FAIL: --sample-rate fast: not a usage error"; fail=1; }
"$BIN" parse -f jsonl --port /dev/ttyUSB3 captures/formats/mm.log > "$TMP/o"
[ "$(grep -c '"kind":"transaction"' "$TMP/o")" = 1 ] && grep -q '"command":"AT+CGPSINFO"' "$TMP/o" ||
    { echo "FAIL: --port ttyUSB3: not the one GPS query of that port"; fail=1; }
"$BIN" parse -f jsonl --socat-first modem captures/formats/socat-v.log |
    grep -q "bytes marked '<' carry the modem's final result codes although --socat-first modem" ||
    { echo "FAIL: --socat-first modem: no warning on a host-first trace"; fail=1; }
"$BIN" check --socat-first left captures/formats/socat-v.log > "$TMP/o" 2> "$TMP/err"
[ $? = 2 ] && [ ! -s "$TMP/o" ] || { echo "FAIL: --socat-first left: not a usage error"; fail=1; }
"$BIN" stats -f json --sample-rate 1M captures/formats/sigrok.txt > "$TMP/o"
grep -q '"p50_ms": 10.368' "$TMP/o" ||
    { echo "FAIL: stats --sample-rate: no latencies"; fail=1; }
# Node-RED: a value with no line end shown (the flow's serial-out node adds
# it, or serial-in splits on it and drops it) is a line of its own, not
# glued to the next message's value
printf '30.11.2026, 14:02:09node: to modem\nmsg.payload : string[6]\n"AT+CSQ"\n30.11.2026, 14:02:09node: from modem\nmsg.payload : string[12]\n"+CSQ: 20,99\342\206\265"\n30.11.2026, 14:02:09node: from modem\nmsg.payload : string[2]\n"OK"\n30.11.2026, 14:02:10node: to modem\nmsg.payload : string[8]\n"AT+COPS?"\n30.11.2026, 14:02:10node: from modem\nmsg.payload : string[5]\n"ERROR"\n' > "$TMP/nodered-bare.log"
for o in "" "--read-size 1"; do
    # shellcheck disable=SC2086
    "$BIN" parse -f text $o "$TMP/nodered-bare.log" | grep '  cmd  ' > "$TMP/nr.txt"
    printf 'L3-9      cmd   AT+CSQ  ->  OK\nL12-15    cmd   AT+COPS?  ->  ERROR; attempt 1 of retry chain 10\n' | cmp -s - "$TMP/nr.txt" ||
        { echo "FAIL: Node-RED values with no line end shown ($o):"; cat "$TMP/nr.txt"; fail=1; }
done
# ModemManager: a traffic line a wrap broke, with a blank line between its
# pieces (a double-spaced paste), is joined across it (the held line's rest
# is never read before the slice it is handed)
printf "<debug> [1700000000.000000] [modem0/ttyUSB2/at] --> 'AT+CSQ<CR>'\n<debug> [1700000000.100000] [modem0/ttyUSB2/at] <-- '<CR><LF>+CSQ: 17,99<CR><LF><CR><LF>O\n\nK<CR><LF>'\n" > "$TMP/mm-blank.log"
for o in "" "--read-size 1"; do
    # shellcheck disable=SC2086
    "$BIN" parse -f text $o "$TMP/mm-blank.log" | head -n 1 | grep -qx 'L1-2      cmd   AT+CSQ  ->  OK' ||
        { echo "FAIL: ModemManager line wrapped across a blank line ($o)"; fail=1; }
done
# --explain takes several files: one report each, in order, a blank line
# between; a file that cannot be opened is an error (exit 2) after the others
"$BIN" formats --explain captures/formats/docklight.log "$TMP/none.log" captures/traces/mbed-trace.log \
    > "$TMP/ex" 2> "$TMP/ex.err"
rc=$?
[ $rc = 2 ] && grep -q "none.log: cannot open" "$TMP/ex.err" &&
    [ "$(grep -v '^ ' "$TMP/ex" | grep -v '^$' | tr '\n' ' ')" = "captures/formats/docklight.log captures/traces/mbed-trace.log " ] &&
    grep -q '^  read as: docklight$' "$TMP/ex" && grep -q '^  read as: mbed-trace$' "$TMP/ex" ||
    { echo "FAIL: formats --explain of three files (one missing): exit $rc"; cat "$TMP/ex" "$TMP/ex.err"; fail=1; }
# a Windows modem log of a dial-up: CONNECT with its rate and NO CARRIER are
# the modem's finals, the driver's "Interpreted response" lines its own
# (before: read by generic-sendrecv, no command with a final); the data session,
# no byte of it logged, runs from its CONNECT (round 15; before: L10, its end alone)
printf '11-30-2026 10:02:00.100 - Opening Modem\r\n11-30-2026 10:02:00.234 - Send: AT<cr>\r\n11-30-2026 10:02:00.250 - Recv: AT<cr>\r\n11-30-2026 10:02:00.250 - Recv: <cr><lf>OK<cr><lf>\r\n11-30-2026 10:02:00.250 - Interpreted response: OK\r\n11-30-2026 10:02:00.300 - Dialing.\r\n11-30-2026 10:02:00.310 - Send: ATD*99#<cr>\r\n11-30-2026 10:02:00.900 - Recv: <cr><lf>CONNECT 100000000<cr><lf>\r\n11-30-2026 10:02:00.900 - Interpreted response: Connect\r\n11-30-2026 10:02:30.100 - Recv: <cr><lf>NO CARRIER<cr><lf>\r\n11-30-2026 10:02:30.100 - Interpreted response: No Carrier\r\n11-30-2026 10:02:30.200 - Send: ATH<cr>\r\n11-30-2026 10:02:30.300 - Recv: <cr><lf>OK<cr><lf>\r\n' > "$TMP/modemlog-dial.log"
for o in "" "--read-size 1"; do
    # shellcheck disable=SC2086
    "$BIN" parse -f text $o "$TMP/modemlog-dial.log" | grep -E '  (cmd|data)  ' > "$TMP/ml.txt"
    printf 'L2-4      cmd   AT  ->  OK\nL7-8      cmd   ATD*99#  ->  CONNECT 100000000\nL8-10     data  data mode, 0 bytes, ended by no-carrier: \nL12-13    cmd   ATH  ->  OK\n' | cmp -s - "$TMP/ml.txt" ||
        { echo "FAIL: Windows modem log of a dial-up ($o):"; cat "$TMP/ml.txt"; fail=1; }
done
# LLCOM pasted with the arrows the other way round (→ for what was sent):
# the side that sends AT is the host, its finals on the records' later lines
printf '[2026/11/30 15:30:00.198]\342\206\222 AT\n\n[2026/11/30 15:30:00.766]\342\206\220 AT\n\nOK\n\n[2026/11/30 15:30:01.100]\342\206\222 AT+CSQ\n\n[2026/11/30 15:30:01.150]\342\206\220 AT+CSQ\n\n+CSQ: 21,99\n\nOK\n\n[2026/11/30 15:30:02.000]\342\206\222 AT+CGATT=9\n\n[2026/11/30 15:30:02.050]\342\206\220 AT+CGATT=9\n\nERROR\n\n' > "$TMP/llcom-rev.log"
for o in "" "--read-size 1"; do
    # shellcheck disable=SC2086
    "$BIN" parse -f text $o "$TMP/llcom-rev.log" | grep '  cmd  ' > "$TMP/ll.txt"
    printf 'L1-3      cmd   AT  ->  OK\nL7-9      cmd   AT+CSQ  ->  OK\nL15-17    cmd   AT+CGATT=9  ->  ERROR; attempt 1 of retry chain 3\n' | cmp -s - "$TMP/ll.txt" ||
        { echo "FAIL: LLCOM with the arrows the other way round ($o):"; cat "$TMP/ll.txt"; fail=1; }
done
# a format chosen with -i is read through even where the sample shows none
# of its signature lines (detection skips such a definition's rules for the
# others: their score is 0 whatever they read): its lines' sides are still
# learnt from them, here the host's commands behind "app> "
printf 'app> AT+CSQ\napp> AT+CREG?\n' > "$TMP/forced.log"
"$BIN" parse -f text -i generic-gtlt "$TMP/forced.log" | grep '  cmd  ' | cut -c1-24 > "$TMP/forced.txt"
printf 'L1        cmd   AT+CSQ  \nL2        cmd   AT+CREG?\n' | cmp -s - "$TMP/forced.txt" ||
    { echo "FAIL: -i generic-gtlt without its signature lines:"; cat "$TMP/forced.txt"; fail=1; }
# A built-in's samples are not read at each run (fmt_load.c load_def()):
# here, every built-in file given as a user's definition reads its samples,
# as a user's always does; one whose sample its rules no longer read fails so
"$BIN" formats --format-def formats > "$TMP/all.txt" 2>&1 ||
    { echo "FAIL: the built-in definitions do not load as a user's (their samples):"; cat "$TMP/all.txt"; fail=1; }
# the listing: titles wrapped within 79 columns, a one-letter first word keeps its blank
grep -q "^    a Python script's prints of pyserial bytes" "$TMP/all.txt" &&
    ! awk 'length > 79' "$TMP/all.txt" | grep -q . ||
    { echo "FAIL: atscope formats: a title lost its blank or a line passes 79 columns"; fail=1; }
mkdir -p "$TMP/defs"
sed 's/"rule": "timeout"/"rule": "traffic"/' formats/mbed-trace.json > "$TMP/defs/mbed-trace.json"
"$BIN" formats --format-def "$TMP/defs" > "$TMP/bad.txt" 2>&1
code=$?
at=$(grep -n '"rule": "timeout"' formats/mbed-trace.json | head -1 | cut -d: -f1)
[ $code = 2 ] && grep -q "mbed-trace.json:$at:14: samples: sample is read by rule \"timeout\", not \"traffic\" as it says" "$TMP/bad.txt" ||
    { echo "FAIL: a built-in's broken sample not refused as a user's:"; cat "$TMP/bad.txt"; fail=1; }
# a wrapper's samples say which of its dropped lines are a block's edge, and each is
# checked: an edge named the wrong way, or a line taken for an edge that is none, is refused
mkdir -p "$TMP/edges"
sed 's/"block": "open"/"block": "close"/' formats/code-fence.json > "$TMP/edges/code-fence.json"
"$BIN" formats --format-def "$TMP/edges" > "$TMP/bad.txt" 2>&1
code=$?
[ $code = 2 ] && grep -q "code-fence.json:[0-9]*:[0-9]*: samples: sample is a block's edge its \"block\" does not say" "$TMP/bad.txt" ||
    { echo "FAIL: a sample's wrong block edge not refused:"; cat "$TMP/bad.txt"; fail=1; }
python3 - "$TMP/edges/code-fence.json" <<'PYEOF'
import json, sys
d = json.load(open('formats/code-fence.json'))
d['samples'].append({'line': '``` it is closed, isn\'t it?', 'dropped': True, 'block': 'open'})
json.dump(d, open(sys.argv[1], 'w'), indent=1)
PYEOF
"$BIN" formats --format-def "$TMP/edges" > "$TMP/bad.txt" 2>&1
code=$?
[ $code = 2 ] && grep -q "code-fence.json:[0-9]*:[0-9]*: samples: sample is no block's edge" "$TMP/bad.txt" ||
    { echo "FAIL: a sample taken for a block edge it is not, not refused:"; cat "$TMP/bad.txt"; fail=1; }
# a rule's signature_under names a wrapper the set holds: a misspelt one is refused where it
# stands (before, the rule was left with no signature and the format never detected)
mkdir -p "$TMP/under"
sed '0,/"signature_under": "mbed-trace-prefix"/s//"signature_under": "mbed-trace-prefx"/' formats/atcmdparser.json > "$TMP/under/atcmdparser.json"
"$BIN" formats --format-def "$TMP/under" > "$TMP/bad.txt" 2>&1
code=$?
at=$(grep -n '"signature_under": "mbed-trace-prefx"' "$TMP/under/atcmdparser.json" | cut -d: -f1)
[ $code = 2 ] && grep -qF "atcmdparser.json:$at:23: rules[].signature_under: \"mbed-trace-prefx\" is no wrapper's name (did you mean \"mbed-trace-prefix\"?)" "$TMP/bad.txt" ||
    { echo "FAIL: a misspelt signature_under not refused at its line:"; cat "$TMP/bad.txt"; fail=1; }
[ $fail = 0 ] && echo "ok: $(cat "$TMP/manifest")"
exit $fail
