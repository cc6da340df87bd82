#!/bin/sh
# Verdicts a modem engineer would give (docs/precision.md): each case is a
# short capture in a module's shape, its findings asserted by rule and line,
# its exit status, and the reason of a rule that could not judge.
. "$(dirname "$0")/../cli_common.sh"
# verdict NAME PROFILE EXIT < expected "LINE: severity: [rule] message" lines; the capture
# is $TMP/NAME.log. error-detail (advice on every plain ERROR) is not pinned here.
verdict() {
    "$BIN" check -f text --fail-on warning --profile "$2" "$TMP/$1.log" > "$TMP/$1.txt"
    code=$?
    [ "$code" = "$3" ] || { echo "FAIL: $1: exit $code, wanted $3"; fail=1; }
    grep -E "^$TMP/$1.log:[0-9]+: (error|warning|info): " "$TMP/$1.txt" | grep -v '\[error-detail\]' |
        sed "s|^$TMP/$1.log:||" > "$TMP/got"
    cat > "$TMP/want"
    cmp -s "$TMP/want" "$TMP/got" || { echo "FAIL: $1:"; diff "$TMP/want" "$TMP/got"; fail=1; }
}
# status NAME RULE "status  reason": the rule's line of the text report
status() {
    line=$(grep -E "^$2 " "$TMP/$1.txt" | sed -E 's/^[a-z-]+ +[a-z]+ +//; s/ {2,}[0-9]+ +/  /; s/ +$//')
    [ "$line" = "$3" ] || { echo "FAIL: $1: $2 is '$line', wanted '$3'"; fail=1; }
}
log() { printf "$2" > "$TMP/$1.log"; }

# --- SIM800 single-connection mode (AT+CIPMUX=0): AT+CIPSTART="TCP",... CONNECT OK,
# AT+CIPSEND=<len> SEND OK, AT+CIPCLOSE CLOSE OK act on the one connection
log single 'AT+CIPMUX=0\r\nOK\r\nAT+CIPSTART="TCP","192.0.2.1",80\r\nOK\r\nCONNECT OK\r\nAT+CIPSEND=5\r\n> hello\r\nSEND OK\r\nAT+CIPCLOSE\r\nCLOSE OK\r\nAT+CIPSEND=5\r\n> again\r\nERROR\r\n'
verdict single simcom-sim800 1 <<'WEOF'
11: error: [socket-state] AT+CIPSEND=5 on the connection, which is not open (closed at line 10)
WEOF
# no AT+CIPMUX in the capture: the forms say it (a quoted first argument, no argument)
log single-inferred 'AT+CIPSTART="TCP","192.0.2.1",80\r\nOK\r\nCONNECT OK\r\nAT+CIPSEND=7\r\n> hello\r\n\r\nSEND OK\r\nCLOSED\r\nAT+CIPSEND=5\r\n> again\r\nERROR\r\n'
verdict single-inferred simcom-sim800 1 <<'WEOF'
9: error: [socket-state] AT+CIPSEND=5 on the connection, which is not open (closed at line 8)
WEOF
# the same close in either mode: AT+CIPCLOSE=1 is link 1 with AT+CIPMUX=1 ...
log multi 'AT+CIPMUX=1\r\nOK\r\nAT+CIPSTART=1,"TCP","192.0.2.1",80\r\nOK\r\n1, CONNECT OK\r\nAT+CIPCLOSE=1\r\n1, CLOSE OK\r\nAT+CIPCLOSE=1\r\nERROR\r\n'
verdict multi simcom-sim800 1 <<'WEOF'
8: error: [socket-state] AT+CIPCLOSE=1 on socket 1, which is not open (closed at line 7)
WEOF
# ... and a quick close of the single connection with AT+CIPMUX=0: not judged as link 1
log single-quick 'AT+CIPMUX=0\r\nOK\r\nAT+CIPSTART="TCP","192.0.2.1",80\r\nOK\r\nCONNECT OK\r\nAT+CIPCLOSE=1\r\nCLOSE OK\r\n'
verdict single-quick simcom-sim800 0 <<'WEOF'
WEOF
status single-quick socket-state 'pass'
# the module's own word on the mode (+CIPMUX: 0): AT+CIPCLOSE=1 is a quick close of the one
# connection, twice over two connections; read as link 1 it was a close of a closed socket
log mux-read 'AT+CIPMUX?\r\n+CIPMUX: 0\r\nOK\r\nAT+CIPSTART="TCP","192.0.2.1",80\r\nOK\r\nCONNECT OK\r\nAT+CIPCLOSE=1\r\nCLOSE OK\r\nAT+CIPSTART="TCP","192.0.2.1",80\r\nOK\r\nCONNECT OK\r\nAT+CIPCLOSE=1\r\nCLOSE OK\r\n'
verdict mux-read simcom-sim800 0 <<'WEOF'
WEOF
status mux-read socket-state 'pass'
# AT+CIPSTATUS's C: lines are the multi-connection mode's (this pins the reading of the line;
# the code before the mode was tracked read every AT+CIPCLOSE=<n> as link n, so it passes too)
log mux-status 'AT+CIPSTATUS\r\nOK\r\n\r\nSTATE: IP PROCESSING\r\n\r\nC: 0,0,"TCP","192.0.2.1","80","CONNECTED"\r\nAT+CIPCLOSE=1\r\nERROR\r\n'
verdict mux-status simcom-sim800 0 <<'WEOF'
WEOF
status mux-status socket-state 'pass'
# nothing says which mode is on and the form fits both: not judged, and said why
log unsure 'AT+CIPCLOSE=1\r\nERROR\r\nAT+CIPSEND=3\r\n> abc\r\nERROR\r\n'
verdict unsure simcom-sim800 0 <<'WEOF'
WEOF
status unsure socket-state 'not-evaluable  AT+CIPCLOSE=1 (line 1) and more: single or multi-connection form, the capture does not show which mode is on'

# --- SIM800 multi-connection sends (ATCM V1.09 8.2.3): with AT+CIPMUX=1, AT+CIPSEND=<n> names
# link n and its payload ends with Ctrl-Z; AT+CIPSEND=<n>,<len> gives a length. The framing
# follows the mode (profile: sets_mode, in_mode); read as a 1-byte payload, the send had no
# final result and "1, SEND OK" was a URC.
# brief NAME PROFILE < expected records (tests/records_brief.py), whole and byte by byte
brief() {
    "$BIN" parse -f jsonl --profile "$2" "$TMP/$1.log" > "$TMP/$1.jsonl"
    python3 tests/records_brief.py < "$TMP/$1.jsonl" | sed 's/\r/\\r/g' > "$TMP/bgot"
    cat > "$TMP/bwant"
    cmp -s "$TMP/bwant" "$TMP/bgot" || { echo "FAIL: parse $1:"; diff "$TMP/bwant" "$TMP/bgot"; fail=1; }
    "$BIN" parse -f jsonl --read-size 1 --profile "$2" "$TMP/$1.log" | cmp -s - "$TMP/$1.jsonl" ||
        { echo "FAIL: parse $1: byte by byte differs"; fail=1; }
}
log mux-send 'AT+CIPMUX=1\r\nOK\r\nAT+CIPSTART=1,"TCP","192.0.2.1",80\r\nOK\r\n\r\n1, CONNECT OK\r\nAT+CIPSEND=1\r\n> hello\032\r\n1, SEND OK\r\nAT+CIPSEND=1,3\r\n> abc\r\n1, SEND OK\r\nAT+CIPCLOSE=1\r\n1, CLOSE OK\r\nAT+CIPSEND=1\r\n> again\032\r\nERROR\r\n'
brief mux-send simcom-sim800 <<'WEOF'
T 1 AT+CIPMUX=1 -> complete OK
T 3 AT+CIPSTART=1,"TCP","192.0.2.1",80 -> complete OK ; completion success 1, CONNECT OK ; socket 1
T 7 AT+CIPSEND=1 -> complete 1, SEND OK ; payload 5 bytes end ctrl-z prompt 8 ; socket 1
T 10 AT+CIPSEND=1,3 -> complete 1, SEND OK ; payload 3 bytes end length prompt 11 ; socket 1
T 13 AT+CIPCLOSE=1 -> complete 1, CLOSE OK ; socket 1
T 15 AT+CIPSEND=1 -> complete ERROR ; payload 5 bytes end ctrl-z prompt 16 ; socket 1
WEOF
verdict mux-send simcom-sim800 1 <<'WEOF'
15: error: [socket-state] AT+CIPSEND=1 on socket 1, which is not open (closed at line 14)
WEOF
# the mode shown by the module's answer (+CIPMUX: 1), or by a multi-connection form the
# module took (AT+CIPSTART=<n>,...), when the capture starts after AT+CIPMUX=1; a restart
# (RDY) is back in single-connection mode, where AT+CIPSEND=<len> gives a length
log mux-shown 'AT+CIPMUX?\r\n+CIPMUX: 1\r\nOK\r\nAT+CIPSEND=0\r\n> ping\032\r\n0, SEND OK\r\nRDY\r\nAT+CIPSTART=2,"UDP","192.0.2.7",5000\r\nOK\r\n2, CONNECT OK\r\nAT+CIPSEND=2\r\n> pong\032\r\n2, SEND OK\r\nRDY\r\nAT+CIPSTART="TCP","192.0.2.1",80\r\nOK\r\nCONNECT OK\r\nAT+CIPSEND=2\r\n> hi\r\nSEND OK\r\n'
brief mux-shown simcom-sim800 <<'WEOF'
T 1 AT+CIPMUX? -> complete OK | 2:+CIPMUX: 1
T 4 AT+CIPSEND=0 -> complete 0, SEND OK ; payload 4 bytes end ctrl-z prompt 5 ; socket 0
U 7 RDY RDY
T 8 AT+CIPSTART=2,"UDP","192.0.2.7",5000 -> complete OK ; completion success 2, CONNECT OK ; socket 2
T 11 AT+CIPSEND=2 -> complete 2, SEND OK ; payload 4 bytes end ctrl-z prompt 12 ; socket 2
U 14 RDY RDY
T 15 AT+CIPSTART="TCP","192.0.2.1",80 -> complete OK ; completion success CONNECT OK
T 18 AT+CIPSEND=2 -> complete SEND OK ; payload 2 bytes end length prompt 19
WEOF

# --- +CMS ERROR: 331 (no network service, 27.005 3.2.5) and the network's own RP causes
# (38 out of order, 41 temporary failure, 42 congestion, 47 resources; 24.011 E.2) are
# network faults: the host that then looks at the network (CSQ, CREG?) has answered one;
# one it walks past is still the host's (line 17)
log cms-network 'AT+CMGF=1\r\nOK\r\nAT+CMGS="+15550100"\r\n> test message\032\r\n+CMS ERROR: 331\r\nAT+CSQ\r\n+CSQ: 7,99\r\nOK\r\nAT+CREG?\r\n+CREG: 0,2\r\nOK\r\nAT+CMGL="ALL"\r\nOK\r\nAT+CPMS?\r\n+CPMS: "SM",0,30,"SM",0,30,"SM",0,30\r\nOK\r\nAT+CMGS="+15550100"\r\n> later\032\r\n+CMS ERROR: 42\r\nAT+CMGL="ALL"\r\nOK\r\nAT+CPMS?\r\n+CPMS: "SM",0,30,"SM",0,30,"SM",0,30\r\nOK\r\nAT+CMGF?\r\n+CMGF: 1\r\nOK\r\n'
verdict cms-network 3gpp 1 <<'WEOF'
17: warning: [command-failed] AT+CMGS="<PHONE-1>" failed (+CMS ERROR: 42, congestion) and the host neither retried it nor asked why
WEOF

# --- SIM7080 +CARECV: <len>,<data>: <len> raw bytes right after the comma, line ends and an
# "OK" among them included (data_block inline); +CARECV: 0 has none. Read as lines, the
# data's "OK" ended the read and the rest was unparsed
log carecv 'AT+CAOPEN=0,0,"TCP","192.0.2.10",80\r\nOK\r\n\r\n+CAOPEN: 0,0\r\nAT+CASEND=0,5\r\n> hello\r\nOK\r\n\r\n+CADATAIND: 0\r\nAT+CARECV=0,100\r\n+CARECV: 12,ping\r\nOK\r\nab\r\n\r\nOK\r\nAT+CARECV=0,100\r\n+CARECV: 0\r\n\r\nOK\r\nAT+CACLOSE=0\r\nOK\r\n'
brief carecv simcom-sim7080 <<'WEOF'
T 1 AT+CAOPEN=0,0,"TCP","192.0.2.10",80 -> complete OK ; completion success +CAOPEN: 0,0 ; socket 0
T 5 AT+CASEND=0,5 -> complete OK ; payload 5 bytes end length prompt 6 ; socket 0
U 9 +CADATAIND +CADATAIND: 0
D 11 received ping
D 12 received OK\r
ab
T 10 AT+CARECV=0,100 -> complete OK | 11:+CARECV: 12, ; socket 0
T 16 AT+CARECV=0,100 -> complete OK | 17:+CARECV: 0 ; socket 0
T 20 AT+CACLOSE=0 -> complete OK ; socket 0
WEOF
verdict carecv simcom-sim7080 0 <<'WEOF'
WEOF

# --- error-detail: a plain ERROR the host asks the module about (AT+CEER; u-blox AT+USOER
# for a socket: the profiles' diagnostic class) needs no advice to switch verbose errors on;
# one it does not ask about keeps it
log ceer 'AT+CGDCONT=1,"IP","internet"\r\nOK\r\nAT+CGACT=1,1\r\nERROR\r\nAT+CEER\r\n+CEER: "Requested service option not subscribed"\r\nOK\r\nAT+CGDCONT=1,"IP","iot"\r\nOK\r\nAT+CGACT=1,1\r\nOK\r\n'
verdict ceer 3gpp 0 < /dev/null
status ceer error-detail 'pass'
log noceer 'AT+CGDCONT=1,"IP","internet"\r\nOK\r\nAT+CGACT=1,1\r\nERROR\r\nAT+CSQ\r\n+CSQ: 20,0\r\nOK\r\nAT+CGDCONT=1,"IP","iot"\r\nOK\r\nAT+CGACT=1,1\r\nOK\r\n'
verdict noceer 3gpp 0 < /dev/null
status noceer error-detail 'fail'
grep -q '^'"$TMP"'/noceer.log:4: info: \[error-detail\] AT+CGACT=1,1 returned ERROR' "$TMP/noceer.txt" ||
    { echo "FAIL: noceer: no error-detail at 4"; fail=1; }

# --- SIM800 AT+SAPBR=1,1: a bare ERROR when the bearer is already open; the HTTP
# request that needs the bearer says whether it was
log bearer-up 'AT+SAPBR=3,1,"APN","internet"\r\nOK\r\nAT+SAPBR=1,1\r\nERROR\r\nAT+HTTPINIT\r\nOK\r\nAT+HTTPPARA="CID",1\r\nOK\r\nAT+HTTPPARA="URL","http://example.com/"\r\nOK\r\nAT+HTTPACTION=0\r\nOK\r\n+HTTPACTION: 0,200,5\r\nAT+HTTPTERM\r\nOK\r\n'
verdict bearer-up simcom-sim800 0 <<'WEOF'
WEOF
status bearer-up command-failed 'pass'
log bearer-down 'AT+SAPBR=1,1\r\nERROR\r\nAT+HTTPINIT\r\nOK\r\nAT+HTTPPARA="CID",1\r\nOK\r\nAT+HTTPPARA="URL","http://example.com/"\r\nOK\r\nAT+HTTPACTION=0\r\nOK\r\n+HTTPACTION: 0,601,0\r\nAT+HTTPTERM\r\nOK\r\n'
verdict bearer-down simcom-sim800 1 <<'WEOF'
1: warning: [command-failed] AT+SAPBR=1,1 failed (ERROR) and the host neither retried it nor asked why
WEOF
# a look at the bearer (AT+SAPBR=2,1) answers the failure too
log bearer-query 'AT+SAPBR=1,1\r\nERROR\r\nAT+SAPBR=2,1\r\n+SAPBR: 1,1,"10.1.2.3"\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,0\r\nOK\r\nAT+CREG?\r\n+CREG: 0,1\r\nOK\r\n'
verdict bearer-query simcom-sim800 0 <<'WEOF'
WEOF

# --- +CME ERROR: 4 (operation not supported) to a vendor command under the 3gpp base: a
# known command refused (27.007 9.2: +CME ERROR is an error of the MT's functions on a command
# the TA took; batch 32's Z2, Sierra's AT!IMPREF? on an EM9191), not an unknown name: counted in
# the reason, not reported (main before reported +XFOO and !IMPREF)
log refused 'AT+XFOO\r\n+CME ERROR: 4\r\nAT+XBAR?\r\n+XBAR: 0\r\nOK\r\nAT+XBAR=1\r\n+CME ERROR: 4\r\nAT+XBAZ=1\r\n+CME ERROR: 4\r\n'
verdict refused 3gpp 0 <<'WEOF'
WEOF
status refused unknown-command 'pass  partly checked: 4 vendor commands (+XFOO, line 1, ...) not judged: the 3gpp profile names no module and knows only the standard commands'
log b32-impref 'AT+CMEE=2\r\nOK\r\nAT!IMAGE?\r\nTYPE SLOT STATUS LRU FAILURES UNIQUE_ID BUILD_ID\r\nFW   1    GOOD   1   0        0 ?_?        02.08.01.00_GENERIC\r\nOK\r\nAT!IMPREF?\r\n+CME ERROR: operation not supported\r\nAT+CGMR\r\nSWIX55C_02.08.01.00\r\nOK\r\n'
verdict b32-impref 3gpp 0 <<'WEOF'
WEOF
status b32-impref unknown-command 'pass  partly checked: 2 vendor commands (!IMAGE, line 3, ...) not judged: the 3gpp profile names no module and knows only the standard commands'
# the answer a profile says is the module not recognizing the name (its not_recognized class)
# is still reported: a profile without identify that lists one
cat > "$TMP/nr.json" <<'PEOF'
{"profile_version": 1, "extends": "3gpp", "id": "nr-test", "name": "not_recognized test",
 "source": "precision.sh", "classes": {"not_recognized": ["^COMMAND NOT SUPPORT$"]},
 "finals": [{"pattern": "^COMMAND NOT SUPPORT$", "result": "error", "samples": ["COMMAND NOT SUPPORT"]}]}
PEOF
log not-recognized 'AT+XFOO\r\nCOMMAND NOT SUPPORT\r\nAT+XBAR\r\n+CME ERROR: 4\r\n'
verdict not-recognized "$TMP/nr.json" 0 <<'WEOF'
1: info: [unknown-command] +XFOO is not a command of the nr-test profile (in AT+XFOO), and the module answered COMMAND NOT SUPPORT
WEOF
log refused-later 'AT+XBAR\r\nCOMMAND NOT SUPPORT\r\nAT+XBAR?\r\n+XBAR: 0\r\nOK\r\n'
verdict refused-later "$TMP/nr.json" 0 <<'WEOF'
WEOF
status refused-later unknown-command 'pass  partly checked: +XBAR refused as not recognized (line 1), but taken at line 3: the module has it, the refusal says not then'

# --- a SIM-fault code answering a command after the capture showed the SIM working
# (ready, registered, an SMS sent) is that command refused, not a missing SIM ...
log sim-refused 'AT+CPIN?\r\n+CPIN: READY\r\nOK\r\nAT+CSCA?\r\n+CME ERROR: 13\r\nAT+CSQ\r\n+CSQ: 21,99\r\nOK\r\nAT+COPS?\r\n+COPS: 0,0,"Operator",2\r\nOK\r\n'
verdict sim-refused 3gpp 0 <<'WEOF'
WEOF
status sim-refused sim-fault 'pass  partly checked: 1 SIM fault answer the capture contradicts, not reported: +CME ERROR: 13, SIM failure to AT+CSCA? (line 5), the SIM working at line 2 before'
# ... but the SIM's status query saying so is the SIM's state (a SIM pulled unreported)
log sim-pulled 'AT+CPIN?\r\n+CPIN: READY\r\nOK\r\nAT+CREG?\r\n+CREG: 0,1\r\nOK\r\nAT+CPIN?\r\n+CME ERROR: 10\r\nAT+CSQ\r\n+CSQ: 99,99\r\nOK\r\n'
verdict sim-pulled 3gpp 1 <<'WEOF'
7: warning: [sim-fault] AT+CPIN? failed (+CME ERROR: 10, SIM not inserted): the SIM is missing or unusable, and what needs it fails whatever the host does
WEOF

# --- BG96 MQTT (MQTT AN chapter 3): QMT* commands known, their +QMT...: <client>,<result>
# completions and the +QMTRECV report; a failed open the host walks past is a finding
log bg96-mqtt 'AT+QMTCFG="version",0,4\r\nOK\r\nAT+QMTOPEN=0,"broker.example.com",1883\r\nOK\r\n+QMTOPEN: 0,0\r\nAT+QMTCONN=0,"dev1"\r\nOK\r\n+QMTCONN: 0,0,0\r\nAT+QMTSUB=0,1,"cmd/dev1",1\r\nOK\r\n+QMTSUB: 0,1,0,1\r\nAT+QMTPUB=0,0,0,0,"up/dev1"\r\n> 21.5C\032\r\nOK\r\n+QMTPUB: 0,0,0\r\n+QMTRECV: 0,0,"cmd/dev1","reboot"\r\nAT+QMTDISC=0\r\nOK\r\n+QMTDISC: 0,0\r\n'
verdict bg96-mqtt quectel-bg96 0 <<'WEOF'
WEOF
status bg96-mqtt unknown-command 'pass'
status bg96-mqtt orphan-response 'pass'
log bg96-mqtt-fail 'AT+QMTOPEN=0,"broker.example.com",1883\r\nOK\r\n+QMTOPEN: 0,3\r\nAT+QMTCONN=0,"dev1"\r\nERROR\r\nAT+QMTPUB=0,0,0,0,"up/dev1"\r\nERROR\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n'
verdict bg96-mqtt-fail quectel-bg96 1 <<'WEOF'
1: warning: [command-failed] AT+QMTOPEN=0,"broker.example.com",1883 failed (+QMTOPEN: 0,3) and the host neither retried it nor asked why
4: warning: [command-failed] AT+QMTCONN=0,"dev1" failed (ERROR) and the host neither retried it nor asked why
WEOF

# --- send-payload-mismatch: fewer bytes than declared, then the module's ERROR (it
# ended the send): not a mismatch; the whole request of 67 bytes is checked
"$BIN" check -f text --fail-on warning captures/regress/http-payload-lines.log > "$TMP/hp.txt"
[ $? = 0 ] || { echo "FAIL: http-payload-lines: exit not 0"; fail=1; }
grep -E '^captures/regress/http-payload-lines.log:[0-9]+: (error|warning)' "$TMP/hp.txt" &&
    { echo "FAIL: http-payload-lines: a finding above info"; fail=1; }
grep -q '^send-payload-mismatch  warning  pass ' "$TMP/hp.txt" ||
    { echo "FAIL: http-payload-lines: send-payload-mismatch not pass"; fail=1; }

# --- send-before-prompt in a host library's log that shows a prompt late (serialport-gsm
# logs "> " only at its next line end): not judged, and said why
"$BIN" check -f text --fail-on warning captures/traces/variants/air780-spgsm.log > "$TMP/spgsm.txt"
[ $? = 0 ] || { echo "FAIL: air780-spgsm: exit not 0"; fail=1; }
grep -q "^send-before-prompt     error    not-evaluable           0  payload of AT+CIPSEND=5 shown before the prompt in a lossy log, which may show a prompt late" "$TMP/spgsm.txt" ||
    { echo "FAIL: air780-spgsm: send-before-prompt"; grep '^send-before' "$TMP/spgsm.txt"; fail=1; }

# --- Round 5 (docs/precision.md). Class specs may take a form out of a class: quectel-bg96's
# send is "+QISEND=" less "!+QISEND=*,0$", so AT+QISEND=<id>,0 (TCP/IP AN 2.3.10: what was
# sent, acked, unacked) on a socket the peer closed is the query it is, not a send; a real
# send there still is one. AT+QICLOSE after +QIURC: "closed" is the cleanup the note asks for.
log qisend-query 'AT+QIOPEN=1,0,"TCP","192.0.2.1",80,0,1\r\nOK\r\n+QIOPEN: 0,0\r\nAT+QISEND=0,5\r\n> hello\r\nSEND OK\r\n+QIURC: "closed",0\r\nAT+QISEND=0,0\r\n+QISEND: 5,5,0\r\nOK\r\nAT+QISEND=0,3\r\nERROR\r\nAT+QICLOSE=0\r\nOK\r\nAT+QISEND=1,0\r\n+QISEND: 0,0,0\r\nOK\r\n'
verdict qisend-query quectel-bg96 1 <<'WEOF'
11: error: [socket-state] AT+QISEND=0,3 on socket 0, which is not open (closed at line 7)
WEOF
# blanks in the capture are skipped as in any class spec: still the query, even right after
# the host's own close (neither socket-state nor verify-after-close takes it for a send)
log qisend-forms 'AT+QIOPEN=1,0,"TCP","192.0.2.1",80,0,1\r\nOK\r\n+QIOPEN: 0,0\r\nAT+QICLOSE=0\r\nOK\r\nAT+QISEND= 0 , 0\r\nERROR\r\n'
verdict qisend-forms quectel-bg96 0 <<'WEOF'
WEOF
# a close after the host's own close is still a close of a closed socket
log close-twice 'AT+QIOPEN=1,0,"TCP","192.0.2.1",80,0,1\r\nOK\r\n+QIOPEN: 0,0\r\nAT+QICLOSE=0\r\nOK\r\nAT+QICLOSE=0\r\nOK\r\n'
verdict close-twice quectel-bg96 1 <<'WEOF'
6: error: [socket-state] AT+QICLOSE=0 on socket 0, which is not open (closed at line 5)
WEOF
# Huawei's own IP stack: ^IPCLOSE=7 closes every link and the call, not link 7 (a form taken
# out of the close class and put in detach); a send after ^IPSTATE: 1,0,0 is on a closed link
log huawei-ip 'AT^IPINIT="internet"\r\nOK\r\nAT^IPOPEN=1,"TCP","192.0.2.1",80\r\nOK\r\n^IPSTATE: 1,0,0\r\nAT^IPSENDEX=1,1,"6869"\r\n+CME ERROR: 3\r\nAT^IPCLOSE=7\r\nOK\r\n'
verdict huawei-ip huawei-me909s 1 <<'WEOF'
6: error: [socket-state] AT^IPSENDEX=1,1,"6869" on socket 1, which is not open (closed at line 5)
WEOF

# --- retry-too-few: a send on a link the module said dropped fails however often it is
# re-sent (socket-state says what is wrong); a send that failed on an open link still counts
log mip-drop 'AT+MIPCALL=1,"internet"\r\nOK\r\n+MIPCALL: 10.0.0.2\r\nAT+MIPOPEN=1,,"192.0.2.1",80,0\r\nOK\r\n+MIPOPEN: 1,1\r\n+MIPSTAT: 1,1\r\nAT+MIPSEND=1,3\r\n> bye\r\nERROR\r\nAT+MIPCALL=0\r\nOK\r\n+MIPCALL: 0\r\n'
verdict mip-drop fibocom-l610 1 <<'WEOF'
8: error: [socket-state] AT+MIPSEND=1,3 on socket 1, which is not open (closed at line 7)
WEOF
log mip-open-fail 'AT+MIPCALL=1,"internet"\r\nOK\r\n+MIPCALL: 10.0.0.2\r\nAT+MIPOPEN=1,,"192.0.2.1",80,0\r\nOK\r\n+MIPOPEN: 1,1\r\nAT+MIPSEND=1,3\r\n> bye\r\nERROR\r\nAT+MIPCALL=0\r\nOK\r\n+MIPCALL: 0\r\n'
verdict mip-open-fail fibocom-l610 1 <<'WEOF'
7: warning: [retry-too-few] AT+MIPSEND=1,3 failed and was re-sent 0 times before the host moved on (the guide asks for at least 3)
WEOF

# --- attach-preconditions with no boot in the capture: not judged, unless the module's own
# last word on the registration said it was not registered (+CEREG: 3, denied); a
# registered status (1, 5) needs a working SIM, so it stands for SIM ready too
log attach-denied 'AT+CEREG?\r\n+CEREG: 2,3,"4E2A","01A2D103",7\r\nOK\r\nAT+UPSDA=0,3\r\n+CME ERROR: 30\r\nAT+CEREG?\r\n+CEREG: 2,3\r\nOK\r\n'
verdict attach-denied ublox-sara 1 <<'WEOF'
4: warning: [attach-preconditions] AT+UPSDA=0,3 sent while the module's last registration status (line 2) was not registered
WEOF
log attach-noboot 'AT+UPSDA=0,3\r\nOK\r\n'
verdict attach-noboot ublox-sara 0 <<'WEOF'
WEOF
status attach-noboot attach-preconditions 'not-evaluable  capture does not show the module'"'"'s boot before the data call'
log attach-registered '^SYSSTART\r\nAT\r\nOK\r\nAT^SYSINFOEX\r\n^SYSINFOEX: 2,3,0,1,,6,"LTE",101,"LTE"\r\nOK\r\nAT^IPINIT="internet"\r\nOK\r\n'
verdict attach-registered huawei-me909s 0 <<'WEOF'
WEOF
status attach-registered attach-preconditions 'pass'

# --- verify-after-close: a new data call after a release is its own check (Quectel's answer
# to +QIURC: "pdpdeact" is AT+QIDEACT then AT+QIACT), except where the guide asks for the
# query first (fibocom-l610: reattach_checks)
log reattach 'AT+QIACT=1\r\nOK\r\n+QIURC: "pdpdeact",1\r\nAT+QIDEACT=1\r\nOK\r\nAT+QIACT=1\r\nOK\r\nAT+QIACT?\r\n+QIACT: 1,1,1,"10.0.0.3"\r\nOK\r\n'
verdict reattach quectel-bg96 0 <<'WEOF'
WEOF
status reattach verify-after-close 'pass'
log reattach-l610 'AT+MIPCALL=1,"internet"\r\nOK\r\n+MIPCALL: 10.0.0.2\r\nAT+MIPCALL=0\r\nOK\r\n+MIPCALL: 0\r\nAT+MIPCALL=1,"internet"\r\nOK\r\n+MIPCALL: 10.0.0.2\r\nAT+MIPCALL?\r\n+MIPCALL: 1,10.0.0.2\r\nOK\r\n'
verdict reattach-l610 fibocom-l610 0 <<'WEOF'
6: info: [verify-after-close] AT+MIPCALL=0 completed but the state was not confirmed with AT+MIPCALL? before AT+MIPCALL=1,"internet"
WEOF

# --- a PUK-blocked SIM is unusable until the PUK: a sim-fault, as a missing SIM is
log puk 'AT+CPIN="3333"\r\n+CME ERROR: 16\r\n+CPIN: SIM PUK\r\nAT+CGATT=1\r\n+CME ERROR: 12\r\n'
verdict puk 3gpp 1 <<'WEOF'
3: warning: [sim-fault] the module reported +CPIN: SIM PUK: the SIM is missing or unusable, and what needs it fails whatever the host does; then AT+CGATT=1 got +CME ERROR: 12, SIM PUK required (line 5)
WEOF
log puk-entered 'AT+CPIN?\r\n+CPIN: SIM PUK\r\nOK\r\nAT+CPIN="12345678","1234"\r\nOK\r\n+CPIN: READY\r\nAT+CGATT=1\r\nOK\r\n'
verdict puk-entered 3gpp 0 <<'WEOF'
WEOF

# --- SIM800 AT+CPOWD=1 answers NORMAL POWER DOWN and no OK: its final result
log cpowd 'AT+CPOWD=1\r\nNORMAL POWER DOWN\r\nAT\r\nOK\r\n'
verdict cpowd simcom-sim800 0 <<'WEOF'
WEOF

# --- response-timeout: a command the profile does not know, answered with a line that is no
# final result the profile knows (a BC660K's AT+QISEND=<id>,<len>,<hex> -> SEND OK, read with
# the 3gpp base): the module's own final may be that line; not judged, and said why. A known
# command with no final is still judged.
log vendor-final '[2026-05-28 10:21:19.310] AT+QISEND=0,5,"68656C6C6F"\r\n[2026-05-28 10:21:19.340] SEND OK\r\n[2026-05-28 10:21:19.380] AT+CSQ\r\n[2026-05-28 10:21:19.390] +CSQ: 20,99\r\n[2026-05-28 10:21:19.400] AT+CEREG?\r\n[2026-05-28 10:21:19.410] +CEREG: 0,1\r\n[2026-05-28 10:21:19.420] OK\r\n'
verdict vendor-final 3gpp 1 <<'WEOF'
3: error: [response-timeout] AT+CSQ got no final result before the next command
WEOF
status vendor-final response-timeout 'fail  partly checked: AT+QISEND=0,5,"68656C6C6F" (line 1): a command the profile does not know, answered with lines none of which it knows as a final result (the module'"'"'s own may be among them)'

# --- AT+CNUM reads the subscriber number the SIM stores; many SIMs store none and the module
# answers an error (warthog618/modem's SIM800 trace: "+CME ERROR: SIM not ready", then the SMS
# goes out): a probe, its failure expected. A failed SMS send is still judged.
log cnum 'AT+CMEE=2\r\nOK\r\nAT+CNUM\r\n+CME ERROR: SIM not ready\r\nAT+CMGF=1\r\nOK\r\nAT+CSCS="GSM"\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n'
verdict cnum 3gpp 0 <<'WEOF'
WEOF
log cmgs-fail 'AT+CMGF=1\r\nOK\r\nAT+CMGS="+15550100"\r\n> hi\032\r\n+CMS ERROR: 500\r\nAT+CSCS="GSM"\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n'
verdict cmgs-fail 3gpp 1 <<'WEOF'
3: warning: [command-failed] AT+CMGS="<PHONE-1>" failed (+CMS ERROR: 500, unknown error) and the host neither retried it nor asked why
WEOF

# --- AT+CLAC and AT+GCAP ask what the module supports; a module without them answers ERROR,
# and a library that probes (python-gsmmodem's connect(): AT+CLAC, then vendor queries) goes on:
# the failure is the answer, not a fault left unhandled.
log clac 'ATE0\r\nOK\r\nAT+CLAC\r\nERROR\r\nAT+GCAP\r\nERROR\r\nAT+COPS=3,0\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n'
verdict clac 3gpp 0 <<'WEOF'
WEOF

# --- An async connect whose completion never comes while the host goes on with other commands
# for longer than its limit: completion-timeout, measured to the capture's last moment (the
# transaction is delivered after the later ones, so its own sending time was once taken for
# "now" and the wait measured as nothing). u-blox's async connect leaves the AT interface free
# (SARA-R4 ATCM R16 19.9.3): the AT+CSQ meanwhile is no overlap.
log usoco-pending '[09:12:05.370] AT+USOCO=0,"203.0.113.100",8883,1\r\n[09:12:05.413] OK\r\n[09:14:05.533] AT+CSQ\r\n[09:14:05.601] +CSQ: 17,99\r\n[09:14:05.610] OK\r\n[09:16:05.533] AT+CSQ\r\n[09:16:05.601] +CSQ: 17,99\r\n[09:16:05.610] OK\r\n'
verdict usoco-pending ublox-sara 1 <<'WEOF'
1: error: [completion-timeout] AT+USOCO=0,"203.0.113.100",8883,1 got no completion in 240.240 s (limit 120 s)
WEOF

# --- Under the standards alone (3gpp), a refused name that is a standard one with a letter
# dropped (+CGDCNT for +CGDCONT) is the typo unknown-command is for; a vendor's name that is a
# standard one with a letter more (SIMCom's +CSOCON beside +CSCON) is not judged.
log typo-3gpp 'AT\r\nOK\r\nAT+CGDCNT=1,"IP","apn.example"\r\nERROR\r\nAT+CSOCON=0,5683,"192.0.2.44"\r\nERROR\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n'
verdict typo-3gpp 3gpp 0 <<'WEOF'
3: info: [unknown-command] +CGDCNT is not a command of the 3gpp profile (in AT+CGDCNT=1,"IP","apn.example"); it has +CGDCONT
WEOF

# --- A retry storm through the close the manual asks for after a failed open (AT+QIOPEN fails
# with +QIOPEN: 0,566, AT+QICLOSE=0, AT+QIOPEN again, 12 times): the builder's chain ends at
# each close, the host's retrying does not. Another command between (the context re-activated)
# is the host trying another way: two runs of 6, no storm.
log storm-close 'AT\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n'
verdict storm-close quectel-bg96 1 <<'WEOF'
3: warning: [retry-storm] AT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1 was attempted 12 times in a row (at most 10), closed and sent again after each failure
WEOF
log storm-calm 'AT\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIDEACT=1\r\nOK\r\nAT+QIACT=1\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","203.0.113.80",8080,0,1\r\nOK\r\n+QIOPEN: 0,566\r\nAT+QICLOSE=0\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n'
verdict storm-calm quectel-bg96 0 <<'WEOF'
WEOF

# --- Telit's AT#SGACT? answers each context's state (#SGACT: 1,0 down, #SGACT: 1,1 up): an
# AT#SD after #SGACT: 1,0 opens with no IP; after an activation refused as already done, the
# query's #SGACT: 1,1 says the IP is held.
log sgact-down 'AT#SGACT?\r\n#SGACT: 1,0\r\nOK\r\nAT#SD=1,0,80,"203.0.113.40",0,0,1\r\n+CME ERROR: 556\r\nAT#SGACT=1,1\r\n#SGACT: 10.64.2.9\r\nOK\r\n'
verdict sgact-down telit 1 <<'WEOF'
4: error: [socket-without-ip] AT#SD=1,0,80,"203.0.113.40",0,0,1 sent while no IP is held (since line 2)
WEOF
log sgact-up 'AT+CMEE=2\r\nOK\r\nAT#SGACT=1,1\r\n+CME ERROR: context already activated\r\nAT#SGACT?\r\n#SGACT: 1,1\r\nOK\r\nAT#SD=1,0,80,"203.0.113.40",0,0,1\r\nOK\r\nAT#SH=1\r\nOK\r\n'
verdict sgact-up telit 0 <<'WEOF'
WEOF

# --- sierra-hl78's socket classes: AT+KTCPSND=<id>,0 declares no byte (send-length); a send
# of 5 with its CONNECT, data and EOF pattern is fine.
log hl78-send 'AT+KTCPCFG=1,0,"203.0.113.90",4500\r\n+KTCPCFG: 1\r\nOK\r\nAT+KTCPCNX=1\r\nOK\r\n+KTCP_IND: 1,1\r\nAT+KTCPSND=1,0\r\n+CME ERROR: 3\r\nAT+KTCPSND=1,5\r\nCONNECT\r\nhello--EOF--Pattern--\r\nOK\r\nAT+KTCPCLOSE=1\r\nOK\r\n'
verdict hl78-send sierra-hl78 1 <<'WEOF'
7: error: [send-length] AT+KTCPSND=1,0 declares 0 bytes (must be 1..4294967295)
WEOF

# --- sierra-hl78: AT+CGACT=1,1 right after +KSUP, before the SIM said ready or the module
# registered, is attach-preconditions'; after both, it is not.
log hl78-attach '\r\n+KSUP: 0\r\nAT+CGACT=1,1\r\n+CME ERROR: 30\r\nAT+CPIN?\r\n+CPIN: READY\r\nOK\r\n+CEREG: 1\r\nAT+CGACT=1,1\r\nOK\r\n'
verdict hl78-attach sierra-hl78 1 <<'WEOF'
3: warning: [attach-preconditions] AT+CGACT=1,1 sent before SIM ready and network registration was seen since the boot at line 2
WEOF

# --- An L610 send whose +MIPSEND report the module withholds under +MIPXOFF, the host polling
# AT+CSQ for 90 s and never closing: flow-control-stall names the cause; completion-timeout does
# not report the withheld report as late (its line says why).
log xoff-held '[09:12:04.626] AT+MIPOPEN=1,,"203.0.113.63",5000,0\r\n[09:12:04.669] OK\r\n[09:12:05.669] +MIPOPEN: 1,1\r\n[09:12:06.069] AT+MIPSEND=1,5\r\n[09:12:06.102] >\r\n[09:12:06.150] hello\r\n[09:12:06.200] OK\r\n[09:12:06.350] +MIPXOFF: 1\r\n[09:12:36.350] AT+CSQ\r\n[09:12:36.378] +CSQ: 8,99\r\n[09:12:36.418] OK\r\n[09:13:36.486] AT+CSQ\r\n[09:13:36.514] +CSQ: 8,99\r\n[09:13:36.554] OK\r\n'
verdict xoff-held fibocom-l610 1 <<'WEOF'
8: warning: [flow-control-stall] socket 1 stayed flow-controlled for more than 30 s and the host did not close it
WEOF
status xoff-held completion-timeout 'pass  partly checked: 1 send (from line 4) still without its report while the module holds the socket flow-controlled: the report is withheld, not late (flow-control-stall'"'"'s)'

# --- A +++ the module did not take, 0.55 s after the host's data, then a second one after
# 4.5 s of silence that it took: the first's guard is the fault (the host lost 4.5 s to it).
log escape-missed '2026-11-30T13:17:01.530Z TX: AT#SD=1,0,80,"198.51.100.7",0,0,0\r\n2026-11-30T13:17:02.330Z RX: CONNECT\r\n2026-11-30T13:17:02.480Z TX: GET / HTTP/1.0\r\n2026-11-30T13:17:02.640Z TX:\r\n2026-11-30T13:17:02.990Z RX: HTTP/1.0 200 OK\r\n2026-11-30T13:17:03.190Z TX: +++\r\n2026-11-30T13:17:07.680Z TX: +++\r\n2026-11-30T13:17:08.880Z RX: OK\r\n2026-11-30T13:17:10.030Z TX: AT#SH=1\r\n2026-11-30T13:17:10.060Z RX: OK\r\n'
verdict escape-missed telit 1 <<'WEOF'
6: error: [escape-guard] the escape +++ came 0.710 s after the last data (at least 1 s of silence), and the module stayed in data mode until the +++ at line 7
WEOF

# --- Telit: AT+CFUN=0 is NON-CYCLIC SLEEP (the AT interface not accessible), not the radio off
# a 3GPP reading of it expects; AT+CFUN=4 is.
log telit-cfun0 'AT+CFUN=0\r\nOK\r\nAT\r\nAT\r\nAT\r\nOK\r\nAT+CFUN=4\r\nOK\r\n'
verdict telit-cfun0 telit 1 <<'WEOF'
1: error: [cfun-zero] AT+CFUN=0: on Telit modules <fun> 0 is NON-CYCLIC SLEEP: the AT interface is not accessible until a wake-up event (characters sent meanwhile stay in its buffer); AT+CFUN=4 turns the radio off
WEOF

# --- A terminal that shows only what the module sent (no direction): after the module took
# ATE0 the host's commands no longer show, so the answers after it are no orphans (the rule's
# line says why); once a command shows again, orphans are judged as before.
log echo-hidden 'ATE0\r\n\r\nOK\r\n\r\nOK\r\n\r\nSTATUS:2\r\n\r\nOK\r\n'
verdict echo-hidden 3gpp 0 <<'WEOF'
WEOF
status echo-hidden orphan-response 'pass  partly checked: 2 lines of the module'"'"'s (from line 5) after ATE0 (line 1) and no command shown: a terminal showing only the module hides them'
log echo-shown 'ATE0\r\n\r\nOK\r\nAT+CSQ\r\n\r\n+CSQ: 20,99\r\n\r\nOK\r\n\r\nOK\r\n'
verdict echo-shown 3gpp 1 <<'WEOF'
10: warning: [orphan-response] final result OK with no command waiting for it
WEOF

# --- Quectel NB-IoT (BC66/BC660K) with AT+QATWAKEUP=1 reports its deep sleep and wake-up:
# +QATSLEEP, +QATWAKEUP are the module's reports, not orphans; so is the CLOSE OK that follows
# AT+QICLOSE's OK.
log qatsleep '[09:59:59.000] AT+QICLOSE=0\r\n[09:59:59.100] OK\r\n[09:59:59.300] CLOSE OK\r\n[10:00:00.000] AT+QATWAKEUP=1\r\n[10:00:00.150] OK\r\n[10:00:00.450] AT+QSCLK=1\r\n[10:00:00.600] OK\r\n[10:00:11.360] +QATSLEEP\r\n[10:05:11.360] +QATWAKEUP\r\n[10:05:11.860] AT+CEREG?\r\n[10:05:12.010] +CEREG: 0,1\r\n[10:05:12.020] OK\r\n'
verdict qatsleep quectel-bg96 0 <<'WEOF'
WEOF

# --- SIM7080/SIM7070: AT+CNACT? lists every context; context 0 (the one AT+CAOPEN uses unless
# told otherwise) down, 0.0.0.0, and none up: AT+CAOPEN opens with no IP. Any context up holds one.
log cnact-down 'AT+CNACT?\r\n+CNACT: 0,0,"0.0.0.0"\r\n+CNACT: 1,0,"0.0.0.0"\r\nOK\r\nAT+CAOPEN=0,0,"TCP","192.0.2.10",8080\r\n+CAOPEN: 0,1\r\nOK\r\n'
verdict cnact-down simcom-sim7080 1 <<'WEOF'
5: error: [socket-without-ip] AT+CAOPEN=0,0,"TCP","192.0.2.10",8080 sent while no IP is held (since line 2)
WEOF
log cnact-up 'AT+CNACT?\r\n+CNACT: 0,1,"10.0.0.5"\r\n+CNACT: 1,0,"0.0.0.0"\r\nOK\r\nAT+CAOPEN=0,0,"TCP","192.0.2.10",8080\r\n+CAOPEN: 0,0\r\nOK\r\nAT+CACLOSE=0\r\nOK\r\n'
verdict cnact-up simcom-sim7080 0 <<'WEOF'
WEOF

# Cinterion: AT^SISO starts the connection profile bound to the service (AT^SICO's manual text),
# so an open after a boot with no AT^SICA is no socket without an IP (batch 27's ELS61 under Mbed)
log sis-open-boot '^SYSSTART\r\nAT\r\nOK\r\nAT+CGREG?\r\n+CGREG: 0,1\r\nOK\r\nAT^SICS=0,"conType","GPRS0"\r\nOK\r\nAT^SISS=0,"srvType","Socket"\r\nOK\r\nAT^SISS=0,"conId","0"\r\nOK\r\nAT^SISS=0,"address","socktcp://192.0.2.70:6000"\r\nOK\r\nAT^SISO=0\r\nOK\r\n^SISW: 0,1\r\nAT^SISC=0\r\nOK\r\n'
verdict sis-open-boot cinterion 0 <<'WEOF'
WEOF
status sis-open-boot socket-without-ip 'disabled'

# --- held-out batch 27 (h-hl78). Sierra HL78xx AT+KTCPCNX=<session> is asynchronous (AirPrime
# HL7518/HL7548 ATCI 11.10.2): OK, then +KTCP_IND: <session>,1 (connected) or
# +KTCP_NOTIF: <session>,<tcp_notif> (the connect failed). Before, the OK was the connect: a failed
# connect went unjudged, a send before the report and a report that never came too.
hl78pre='[10:00:00.000] +KSUP: 0\r\n[10:00:01.000] AT+CPIN?\r\n[10:00:01.050] +CPIN: READY\r\n[10:00:01.060] OK\r\n[10:00:02.000] AT+CEREG?\r\n[10:00:02.050] +CEREG: 0,1\r\n[10:00:02.060] OK\r\n[10:00:03.000] AT+CGACT=1,1\r\n[10:00:03.500] OK\r\n[10:00:04.000] AT+KTCPCFG=1,0,"192.0.2.10",5000\r\n[10:00:04.050] +KTCPCFG: 1\r\n[10:00:04.060] OK\r\n'
# a connect that failed (+KTCP_NOTIF: 2,5, TCP connection error) and was not followed up
log hl78-cnx-failed "$hl78pre"'[10:00:05.000] AT+KTCPCNX=1\r\n[10:00:05.050] OK\r\n[10:00:06.200] +KTCP_IND: 1,1\r\n[10:00:07.000] AT+KTCPSND=1,5\r\n[10:00:07.050] CONNECT\r\n[10:00:07.100] hello--EOF--Pattern--\r\n[10:00:07.200] OK\r\n[10:00:08.000] AT+KTCPCFG=1,0,"192.0.2.11",5001\r\n[10:00:08.050] +KTCPCFG: 2\r\n[10:00:08.060] OK\r\n[10:00:09.000] AT+KTCPCNX=2\r\n[10:00:09.050] OK\r\n[10:00:12.000] +KTCP_NOTIF: 2,5\r\n[10:00:13.000] AT+CCLK?\r\n[10:00:13.050] +CCLK: "24/01/01,10:00:13+00"\r\n[10:00:13.060] OK\r\n[10:00:14.000] AT+KGSN=3\r\n[10:00:14.050] +KGSN: FMMx\r\n[10:00:14.060] OK\r\n[10:00:15.000] AT+CCLK?\r\n[10:00:15.050] +CCLK: "24/01/01,10:00:15+00"\r\n[10:00:15.060] OK\r\n'
verdict hl78-cnx-failed sierra-hl78 1 <<'WEOF'
23: warning: [command-failed] AT+KTCPCNX=2 failed (+KTCP_NOTIF: 2,5) and the host neither retried it nor asked why
WEOF
status hl78-cnx-failed async-overlap 'pass'
status hl78-cnx-failed completion-timeout 'pass'
# a send before the connect's report: the overlap (hl7800.c sends nothing until the report);
# socket-state does not report the same send again
log hl78-send-early "$hl78pre"'[10:00:05.000] AT+KTCPCNX=1\r\n[10:00:05.050] OK\r\n[10:00:05.500] AT+KTCPSND=1,5\r\n[10:00:05.550] +CME ERROR: 923\r\n[10:00:06.200] +KTCP_IND: 1,1\r\n[10:00:07.000] AT+KTCPSND=1,5\r\n[10:00:07.050] CONNECT\r\n[10:00:07.100] hello--EOF--Pattern--\r\n[10:00:07.200] OK\r\n'
verdict hl78-send-early sierra-hl78 1 <<'WEOF'
15: error: [async-overlap] AT+KTCPSND=1,5 sent while AT+KTCPCNX=1 still waits for +KTCP_IND (sent at line 13)
WEOF
# no report in 40 s (hl7800.c gives up at 31 s): completion-timeout; the close and delete of
# the session are the host giving up the wait, no overlap
log hl78-cnx-silent "$hl78pre"'[10:00:05.000] AT+KTCPCNX=1\r\n[10:00:05.050] OK\r\n[10:00:45.000] AT+KTCPCLOSE=1,1\r\n[10:00:45.050] OK\r\n[10:00:45.100] AT+KTCPDEL=1\r\n[10:00:45.150] OK\r\n'
verdict hl78-cnx-silent sierra-hl78 1 <<'WEOF'
13: error: [completion-timeout] AT+KTCPCNX=1 got no completion in 40.000 s (limit 31 s), when the host gave up the wait (line 15)
WEOF
status hl78-cnx-silent async-overlap 'pass'
# a connect refused by its final (+CME ERROR) changes no socket state; the close after it is
# cleanup, not a close of a socket never opened (BG96 AT+QIOPEN refused the same way); a close
# while an open still waits is the host giving up on it (BG96 TCP/IP AN 2.3.7)
log qiopen-refused-close 'RDY\r\n+CPIN: READY\r\nAT+CEREG?\r\n+CEREG: 0,1\r\nOK\r\nAT+QIACT=1\r\nOK\r\nAT+QIOPEN=1,0,"TCP","192.0.2.1",80,0,1\r\n+CME ERROR: 563\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,1,"TCP","192.0.2.1",80,0,1\r\nOK\r\nAT+QICLOSE=1\r\nOK\r\n'
verdict qiopen-refused-close quectel-bg96 0 <<'WEOF'
WEOF
status qiopen-refused-close socket-state 'pass'
# nRF91 SLM: a misspelt AT%XSYSTEMMODE after the Ready banner is the nRF91's (identified), and
# unknown to it
log slm-typo 'Ready\r\nAT%%XSYSTEMODE=1,0,1,0\r\nERROR\r\n'
verdict slm-typo auto 0 <<'WEOF'
2: info: [unknown-command] %XSYSTEMODE is not a command of the nordic-slm profile (in AT%XSYSTEMODE=1,0,1,0); it has %XSYSTEMMODE
WEOF
# Quectel BG95/BG600L MQTT: +QMTOPEN: <id>,3 (PDP activation failed) not followed up, in a log
# that shows only the MQTT commands: identified by them, the failure is command-failed's
log qmtopen-failed 'AT+QMTOPEN=0,"broker.example.com",1883\r\nOK\r\n\r\n+QMTOPEN: 0,3\r\nAT+CCLK?\r\n+CCLK: "24/01/01,10:00:13+00"\r\nOK\r\nAT+CGSN\r\n351234567890123\r\nOK\r\nAT+CCLK?\r\n+CCLK: "24/01/01,10:00:15+00"\r\nOK\r\n'
verdict qmtopen-failed auto 1 <<'WEOF'
1: warning: [command-failed] AT+QMTOPEN=0,"broker.example.com",1883 failed (+QMTOPEN: 0,3) and the host neither retried it nor asked why
WEOF

# --- ESP-AT (espressif-at) refuses a command sent while another still runs with "busy p..."
# ("busy s..." while it sends): the refusal is the NEW command's final (a failure); the one
# before goes on to its own OK. Before, the second command closed the first with no final
# (a false response-timeout) and took the first's OK.
log esp-busy 'AT+CWJAP="ap","pw"\r\nAT+CIPSTART="TCP","192.0.2.10",80\r\nbusy p...\r\nWIFI CONNECTED\r\nWIFI GOT IP\r\n\r\nOK\r\nAT+CIPSTART="TCP","192.0.2.10",80\r\nCONNECT\r\n\r\nOK\r\nAT+CIPSEND=5\r\n\r\nOK\r\n\r\n> hello\r\nAT\r\nbusy s...\r\nRecv 5 bytes\r\n\r\nSEND OK\r\n'
verdict esp-busy espressif-at 0 <<'WEOF'
WEOF
status esp-busy response-timeout 'not-evaluable  capture has no timestamps'
status esp-busy orphan-response 'pass'
# the same with the host's lines and the module's echo told apart, and timestamps
log esp-busy-echo '2026-11-30T13:17:01.530Z TX: AT+CWJAP="ap","pw"\r\n2026-11-30T13:17:01.531Z RX: AT+CWJAP="ap","pw"\r\n2026-11-30T13:17:02.600Z TX: AT+CIPSTART="TCP","192.0.2.10",80\r\n2026-11-30T13:17:02.601Z RX: AT+CIPSTART="TCP","192.0.2.10",80\r\n2026-11-30T13:17:02.602Z RX: busy p...\r\n2026-11-30T13:17:04.100Z RX: WIFI CONNECTED\r\n2026-11-30T13:17:05.110Z RX: WIFI GOT IP\r\n2026-11-30T13:17:05.200Z RX: OK\r\n2026-11-30T13:17:05.300Z TX: AT+CIPSTART="TCP","192.0.2.10",80\r\n2026-11-30T13:17:05.301Z RX: AT+CIPSTART="TCP","192.0.2.10",80\r\n2026-11-30T13:17:05.500Z RX: CONNECT\r\n2026-11-30T13:17:05.510Z RX: OK\r\n'
verdict esp-busy-echo espressif-at 0 <<'WEOF'
WEOF
status esp-busy-echo response-timeout 'pass'
# a refused command the host never sends again is a failed command
log esp-busy-dropped 'AT+CWJAP="ap","pw"\r\nAT+CIPDOMAIN="example.com"\r\nbusy p...\r\nWIFI CONNECTED\r\nWIFI GOT IP\r\n\r\nOK\r\nAT+CWMODE?\r\n+CWMODE:1\r\n\r\nOK\r\nAT+GMR\r\nAT version:2.2.0.0\r\n\r\nOK\r\n'
verdict esp-busy-dropped espressif-at 1 <<'WEOF'
2: warning: [command-failed] AT+CIPDOMAIN="example.com" failed (busy p...) and the host neither retried it nor asked why
WEOF
# the command that waits, refused with no other command before it (the module still busy with
# what the log does not show): its final, a failure, the host's re-send its retry
log esp-busy-alone 'AT+CIPMUX=1\r\n\r\nOK\r\nAT\r\nbusy p...\r\nAT\r\n\r\nOK\r\nAT+CIPSTART=0,"TCP","192.0.2.10",80\r\n0,CONNECT\r\n\r\nOK\r\n'
verdict esp-busy-alone espressif-at 0 <<'WEOF'
WEOF
# ... but "busy p..." after a send's payload ran past its length is no refusal: the send goes
# on to its SEND OK (TCP-IP AT Examples, AT+CIPSEND)
log esp-busy-overrun 'AT+CIPMUX=0\r\n\r\nOK\r\nAT+CIPSTART="TCP","192.0.2.10",80\r\nCONNECT\r\n\r\nOK\r\nAT+CIPSEND=4\r\n\r\nOK\r\n\r\n> testX\r\nbusy p...\r\nRecv 4 bytes\r\n\r\nSEND OK\r\n'
verdict esp-busy-overrun espressif-at 0 <<'WEOF'
WEOF
# ... nor to the bytes of a payload sent before the prompt: the send goes on to its OK and '>'
log esp-busy-payload 'AT+CIPMUX=1\r\n\r\nOK\r\nAT+CIPSTART=0,"TCP","192.0.2.10",80\r\n0,CONNECT\r\n\r\nOK\r\nAT+CIPSEND=0,5\r\nhello\r\nbusy p...\r\n\r\nOK\r\n\r\n> \r\n'
verdict esp-busy-payload espressif-at 0 <<'WEOF'
WEOF

# --- ESP-AT sockets (espressif-at): AT+CIPSTART / AT+CIPSEND / AT+CIPCLOSE in multiple
# connection mode (AT+CIPMUX=1, <link ID> 0..4, <id>,CONNECT / <id>,CLOSED) and in single
# connection mode (no id, CONNECT / CLOSED). Before, the profile had no socket classes and
# socket-state, send-length and send-before-prompt were not evaluable.
log esp-links 'AT+CIPMUX=1\r\n\r\nOK\r\nAT+CIPSTART=0,"TCP","192.0.2.10",80\r\n0,CONNECT\r\n\r\nOK\r\nAT+CIPSTART=4,"UDP","192.0.2.11",5000\r\n4,CONNECT\r\n\r\nOK\r\nAT+CIPSEND=0,5\r\n\r\nOK\r\n\r\n> hello\r\nRecv 5 bytes\r\n\r\nSEND OK\r\nAT+CIPSEND=4,4\r\n\r\nOK\r\n\r\n> ping\r\nRecv 4 bytes\r\n\r\nSEND OK\r\n+IPD,0,4:pong\r\nAT+CIPCLOSE=0\r\n0,CLOSED\r\n\r\nOK\r\nAT+CIPSTATUS\r\nSTATUS:3\r\n+CIPSTATUS:4,"UDP","192.0.2.11",5000,4096,0\r\n\r\nOK\r\nAT+CIPCLOSE=4\r\n4,CLOSED\r\n\r\nOK\r\n'
verdict esp-links espressif-at 0 <<'WEOF'
WEOF
status esp-links socket-state 'pass'
status esp-links send-length 'pass'
log esp-send-closed 'AT+CIPMUX=1\r\n\r\nOK\r\nAT+CIPSTART=0,"TCP","192.0.2.10",80\r\n0,CONNECT\r\n\r\nOK\r\nAT+CIPSEND=0,5\r\n\r\nOK\r\n\r\n> hello\r\nRecv 5 bytes\r\n\r\nSEND OK\r\n0,CLOSED\r\nAT+CIPSEND=0,5\r\nlink is not valid\r\n\r\nERROR\r\n'
verdict esp-send-closed espressif-at 1 <<'WEOF'
17: error: [socket-state] AT+CIPSEND=0,5 on socket 0, which is not open (closed at line 16)
WEOF
# single connection: no id; the peer's CLOSED drops the one connection
log esp-single 'AT+CIPMUX=0\r\n\r\nOK\r\nAT+CIPSTART="TCP","192.0.2.10",80\r\nCONNECT\r\n\r\nOK\r\nAT+CIPSEND=5\r\n\r\nOK\r\n\r\n> hello\r\nRecv 5 bytes\r\n\r\nSEND OK\r\n+IPD,4:pong\r\nCLOSED\r\nAT+CIPSEND=5\r\n\r\nERROR\r\nAT+CIPSTART="TCP","192.0.2.10",80\r\nCONNECT\r\n\r\nOK\r\nAT+CIPCLOSE\r\nCLOSED\r\n\r\nOK\r\n'
verdict esp-single espressif-at 1 <<'WEOF'
18: error: [socket-state] AT+CIPSEND=5 on the connection, which is not open (closed at line 17)
WEOF
# a link id past 4, a send past 2048 bytes, and ALREADY CONNECTED (then ERROR): the link is
# up, so the send after it is on an open link (the second open is the finding)
log esp-limits 'AT+CIPMUX=1\r\n\r\nOK\r\nAT+CIPSTART=0,"TCP","192.0.2.10",80\r\n0,CONNECT\r\n\r\nOK\r\nAT+CIPSTART=0,"TCP","192.0.2.10",80\r\nALREADY CONNECTED\r\n\r\nERROR\r\nAT+CIPSEND=0,4\r\n\r\nOK\r\n\r\n> ping\r\nRecv 4 bytes\r\n\r\nSEND OK\r\nAT+CIPSEND=0,4096\r\n\r\nERROR\r\nAT+CIPSTART=5,"TCP","192.0.2.10",80\r\n\r\nERROR\r\n'
verdict esp-limits espressif-at 1 <<'WEOF'
8: error: [socket-state] AT+CIPSTART=0,"TCP","192.0.2.10",80 opens socket 0, which is already open (since line 7)
20: error: [send-length] AT+CIPSEND=0,4096 declares 4096 bytes (must be 1..2048)
23: error: [socket-state] AT+CIPSTART=5,"TCP","192.0.2.10",80 uses socket id 5 (ids are 0..4)
WEOF
# AT+CIPSEND=<n> with nothing saying the mode: not judged, and the reason says why
log esp-unsure 'AT\r\n\r\nOK\r\nAT+CIPSEND=5\r\n\r\nOK\r\n\r\n> hello\r\nRecv 5 bytes\r\n\r\nSEND OK\r\nAT+CIFSR\r\n+CIFSR:STAIP,"192.168.4.2"\r\n\r\nOK\r\n'
verdict esp-unsure espressif-at 0 <<'WEOF'
WEOF
status esp-unsure socket-state 'not-evaluable  AT+CIPSEND=5 (line 4): single or multi-connection form, the capture does not show which mode is on'
# the payload written before the module's '>' (a directed capture)
log esp-early '2026-11-30T13:17:01.530Z TX: AT+CIPMUX=1\r\n2026-11-30T13:17:01.540Z RX: OK\r\n2026-11-30T13:17:01.600Z TX: AT+CIPSTART=0,"TCP","192.0.2.10",80\r\n2026-11-30T13:17:02.100Z RX: 0,CONNECT\r\n2026-11-30T13:17:02.110Z RX: OK\r\n2026-11-30T13:17:02.200Z TX: AT+CIPSEND=0,5\r\n2026-11-30T13:17:02.201Z TX: hello\r\n2026-11-30T13:17:02.210Z RX: OK\r\n2026-11-30T13:17:02.220Z RX: > \r\n2026-11-30T13:17:02.300Z RX: Recv 5 bytes\r\n2026-11-30T13:17:02.400Z RX: SEND OK\r\n2026-11-30T13:17:03.000Z TX: AT+CIPCLOSE=0\r\n2026-11-30T13:17:03.050Z RX: 0,CLOSED\r\n2026-11-30T13:17:03.060Z RX: OK\r\n'
verdict esp-early espressif-at 1 <<'WEOF'
7: error: [send-before-prompt] payload of AT+CIPSEND=0,5 sent before the '>' prompt
WEOF

# an L610 capture that starts at the SIM's own ready report (+SIM READY, unasked): no boot
# shown, but the SIM just came up, so the network takes the module only after it; a data
# call with no registration since is attach-preconditions' (batch 27's MC610). Before: not
# evaluable ("capture does not show the module's boot"). With a registration after it: pass.
log sim-report-attach '+SIM READY\r\nAT\r\nOK\r\nAT+MIPCALL=1,"iot.example"\r\nOK\r\n+MIPCALL: 0\r\n'
verdict sim-report-attach fibocom-l610 1 <<'WEOF'
4: warning: [attach-preconditions] AT+MIPCALL=1,"iot.example" sent before network registration was seen since the SIM reported itself ready at line 1
WEOF
log sim-report-reg '+SIM READY\r\nAT+CEREG?\r\n+CEREG: 0,1\r\nOK\r\nAT+MIPCALL=1,"iot.example"\r\nOK\r\n+MIPCALL: 10.44.0.9\r\n'
verdict sim-report-reg fibocom-l610 0 <<'WEOF'
WEOF
status sim-report-reg attach-preconditions 'pass'

# HL78: +KTCP_NOTIF: <s>,4 is the server closing the session (the guide's <tcp_notif> 4), a link
# drop: connecting it again is no open of an open socket
log hl78-notif-drop 'AT+KTCPCFG=1,0,"192.0.2.10",8080\r\n+KTCPCFG: 1\r\nOK\r\nAT+KTCPCNX=1\r\nOK\r\n+KTCP_IND: 1,1\r\n+KTCP_NOTIF: 1,4\r\nAT+KTCPCNX=1\r\nOK\r\n+KTCP_IND: 1,1\r\nAT+KTCPCLOSE=1\r\nOK\r\n'
verdict hl78-notif-drop sierra-hl78 0 <<'WEOF'
WEOF
status hl78-notif-drop socket-state 'pass'

# Telit's AT+CFUN=0 (NON-CYCLIC SLEEP: the AT interface stops answering) in a log whose only
# family command is AT#BND: the module was not identified before (3gpp, cfun-zero not
# evaluable, three response timeouts of commands sent into the sleep instead)
log telit-cfun0-bnd 'TX: AT+CFUN=0\r\nRX: OK\r\nTX: AT#BND=0,4,0\r\nTX: AT\r\nTX: AT\r\nTX: AT\r\nRX: OK\r\nTX: AT+CFUN=4\r\nRX: OK\r\nTX: AT#BND=0,4,0\r\nRX: OK\r\nTX: AT+CFUN=1\r\nRX: OK\r\n'
verdict telit-cfun0-bnd auto 1 <<'WEOF'
1: error: [cfun-zero] AT+CFUN=0: on Telit modules <fun> 0 is NON-CYCLIC SLEEP: the AT interface is not accessible until a wake-up event (characters sent meanwhile stay in its buffer); AT+CFUN=4 turns the radio off
WEOF

# A module in PSM or UART sleep loses the characters that wake it: after minutes of quiet the
# host's first AT gets nothing and the AT it sends at once gets OK. Before, a response
# timeout (error) on a clean log; a module that answers only much later, or an AT lost
# after a short quiet, is still one
log psm-wake '2026-12-07T10:02:00.000Z TX: AT+CPSMS=1\r\n2026-12-07T10:02:00.120Z RX: OK\r\n2026-12-07T10:02:03.120Z RX: +CEREG: 1,"1A2D","01A2D001",8\r\n2026-12-07T10:07:03.620Z TX: AT\r\n2026-12-07T10:07:04.020Z TX: AT\r\n2026-12-07T10:07:04.140Z RX: OK\r\n2026-12-07T10:07:04.390Z TX: AT+CEREG?\r\n2026-12-07T10:07:04.510Z RX: +CEREG: 4,1\r\n2026-12-07T10:07:04.520Z RX: OK\r\n'
verdict psm-wake telit 0 <<'WEOF'
WEOF
status psm-wake response-timeout 'pass  partly checked: 1 probe (from line 4) unanswered after 300 s of quiet, the next answered at once: a module waking (PSM, sleep) loses the characters that wake it'
log psm-wake-late '2026-12-07T10:02:00.000Z TX: AT+CPSMS=1\r\n2026-12-07T10:02:00.120Z RX: OK\r\n2026-12-07T10:07:03.620Z TX: AT\r\n2026-12-07T10:07:15.020Z TX: AT\r\n2026-12-07T10:07:15.140Z RX: OK\r\n'
verdict psm-wake-late telit 1 <<'WEOF'
3: error: [response-timeout] AT got no final result before the next command
WEOF
log psm-wake-short '2026-12-07T10:02:00.000Z TX: AT+CSQ\r\n2026-12-07T10:02:00.120Z RX: +CSQ: 20,99\r\n2026-12-07T10:02:00.130Z RX: OK\r\n2026-12-07T10:02:01.620Z TX: AT\r\n2026-12-07T10:02:02.020Z TX: AT\r\n2026-12-07T10:02:02.140Z RX: OK\r\n'
verdict psm-wake-short telit 1 <<'WEOF'
4: error: [response-timeout] AT got no final result before the next command
WEOF

# A data call made after the boot without asking for registration, that came up: the
# network had the module (a call needs the attach), no warning; one that failed, or one made
# while the last status said not registered, still warns. Huawei's ^NDISDUP says only that
# the dial started: its ^NDISSTAT tells the outcome (an async completion now)
log attach-unasked-up 'RDY\r\n+CPIN: READY\r\nAT+QICSGP=1,1,"iot.example","","",1\r\nOK\r\nAT+QIACT=1\r\nOK\r\n'
verdict attach-unasked-up quectel-bg96 0 <<'WEOF'
WEOF
status attach-unasked-up attach-preconditions 'pass  partly checked: 1 data call (from line 5) made without SIM or registration seen came up: the network had the module'
log attach-unasked-failed 'RDY\r\n+CPIN: READY\r\nAT+QIACT=1\r\nERROR\r\n'
verdict attach-unasked-failed quectel-bg96 1 <<'WEOF'
3: warning: [attach-preconditions] AT+QIACT=1 sent before network registration was seen since the boot at line 1
WEOF
log attach-not-registered-up 'RDY\r\n+CPIN: READY\r\nAT+CEREG?\r\n+CEREG: 0,2\r\nOK\r\nAT+QIACT=1\r\nOK\r\n'
verdict attach-not-registered-up quectel-bg96 1 <<'WEOF'
6: warning: [attach-preconditions] AT+QIACT=1 sent before network registration was seen since the boot at line 1
WEOF
log ndisdup-failed '^SYSSTART\r\nAT\r\nOK\r\nAT^NDISDUP=1,1,"iot.example"\r\nOK\r\n^NDISSTAT: 0,33,,"IPV4"\r\n^SIMST: 1\r\n'
verdict ndisdup-failed huawei-me909s 1 <<'WEOF'
4: warning: [attach-preconditions] AT^NDISDUP=1,1,"iot.example" sent before SIM ready and network registration was seen since the boot at line 1
WEOF
log ndisdup-up '^SYSSTART\r\nAT\r\nOK\r\nAT^NDISDUP=1,1,"iot.example"\r\nOK\r\n^NDISSTAT: 1,,,"IPV4"\r\n'
verdict ndisdup-up huawei-me909s 0 <<'WEOF'
WEOF
# --- held-out batch 29 (h-async29). V1: a command that uses what a non-blocking async command
# is still making is async-overlap's ("no command is sent while an async command still waits
# for its completion"): Quectel's AT interface takes other commands while AT+QIOPEN waits
# (TCP/IP AN 2.3.7), but AT+QISEND on the socket before +QIOPEN: <id>,0 has no connection to
# send on; a query of state (AT+QISTATE?, AT+CSQ) meanwhile is no overlap. socket-state no
# longer reports the same send (one finding per fault).
b29q='[2026-12-05 09:00:00.000] AT+QIACT=1\r\n[2026-12-05 09:00:00.500] OK\r\n'
log b29-qisend-early "$b29q"'[2026-12-05 09:00:01.000] AT+QIOPEN=1,0,"TCP","192.0.2.10",5000,0,0\r\n[2026-12-05 09:00:01.040] OK\r\n[2026-12-05 09:00:01.090] AT+QISEND=0,12\r\n[2026-12-05 09:00:01.120] ERROR\r\n[2026-12-05 09:00:01.300] AT+QISTATE?\r\n[2026-12-05 09:00:01.330] OK\r\n[2026-12-05 09:00:01.400] AT+CSQ\r\n[2026-12-05 09:00:01.420] +CSQ: 20,99\r\n[2026-12-05 09:00:01.430] OK\r\n[2026-12-05 09:00:02.800] +QIOPEN: 0,0\r\n[2026-12-05 09:00:03.000] AT+QISEND=0,12\r\n[2026-12-05 09:00:03.030] >\r\n[2026-12-05 09:00:03.060] hello world!\r\n[2026-12-05 09:00:03.100] SEND OK\r\n[2026-12-05 09:00:04.000] AT+QICLOSE=0\r\n[2026-12-05 09:00:04.100] OK\r\n'
verdict b29-qisend-early quectel-bg96 1 <<'WEOF'
5: error: [async-overlap] AT+QISEND=0,12 sent while AT+QIOPEN=1,0,"TCP","192.0.2.10",5000,0,0 still waited for +QIOPEN (sent at line 3; it came only at line 12)
WEOF
status b29-qisend-early socket-state 'pass'
# the MQTT client's own commands need what AT+QMTOPEN / AT+QMTCONN make (MQTT AN 3.2.2-3.2.8:
# the profile's async.users): AT+QMTCONN before +QMTOPEN: 0,0, AT+QMTSUB before +QMTCONN:
# 0,0,0; AT+QMTOPEN? (a read) and another client's id meanwhile are none
log b29-qmt-early '[2026-12-05 09:00:00.000] AT+QMTOPEN=0,"broker.example",1883\r\n[2026-12-05 09:00:00.050] OK\r\n[2026-12-05 09:00:00.100] AT+QMTCONN=0,"dev"\r\n[2026-12-05 09:00:00.150] ERROR\r\n[2026-12-05 09:00:00.200] AT+QMTOPEN?\r\n[2026-12-05 09:00:00.230] OK\r\n[2026-12-05 09:00:00.300] AT+QMTCONN=1,"other"\r\n[2026-12-05 09:00:00.330] ERROR\r\n[2026-12-05 09:00:01.200] +QMTOPEN: 0,0\r\n[2026-12-05 09:00:01.300] AT+QMTCONN=0,"dev"\r\n[2026-12-05 09:00:01.350] OK\r\n[2026-12-05 09:00:01.400] AT+QMTSUB=0,1,"dev/cmd",1\r\n[2026-12-05 09:00:01.450] ERROR\r\n[2026-12-05 09:00:02.000] +QMTCONN: 0,0,0\r\n[2026-12-05 09:00:02.100] AT+QMTSUB=0,1,"dev/cmd",1\r\n[2026-12-05 09:00:02.150] OK\r\n[2026-12-05 09:00:02.400] +QMTSUB: 0,1,0,1\r\n'
verdict b29-qmt-early quectel-bg96 1 <<'WEOF'
3: error: [async-overlap] AT+QMTCONN=0,"dev" sent while AT+QMTOPEN=0,"broker.example",1883 still waited for +QMTOPEN (sent at line 1; it came only at line 9)
12: error: [async-overlap] AT+QMTSUB=0,1,"dev/cmd",1 sent while AT+QMTCONN=0,"dev" still waited for +QMTCONN (sent at line 10; it came only at line 14)
WEOF
# the client id of AT+QMTSUB (id_arg 0) is read alike whole and byte by byte
"$BIN" parse -f jsonl --profile quectel-bg96 "$TMP/b29-qmt-early.log" > "$TMP/b29-qmt-early.jsonl"
grep -q '"command":"AT+QMTSUB=0,1,\\"dev/cmd\\",1".*"socket":"0"' "$TMP/b29-qmt-early.jsonl" ||
    { echo "FAIL: b29-qmt-early: AT+QMTSUB has no client id"; fail=1; }
"$BIN" parse -f jsonl --read-size 1 --profile quectel-bg96 "$TMP/b29-qmt-early.log" |
    cmp -s - "$TMP/b29-qmt-early.jsonl" || { echo "FAIL: b29-qmt-early: byte by byte differs"; fail=1; }
# the same on SIMCom A76xx (MQTT(S) AT manual: AT+CMQTTSUB needs the client connected, its
# +CMQTTCONNECT: <client>,0) and Sequans (+SQNSMQTTONCONNECT): the profiles' async.users
log b29-cmqtt-early 'AT+CMQTTSTART\r\nOK\r\n\r\n+CMQTTSTART: 0\r\nAT+CMQTTACCQ=0,"dev"\r\nOK\r\nAT+CMQTTCONNECT=0,"tcp://broker.example:1883",60,1\r\nOK\r\nAT+CMQTTSUB=0,9,1\r\nERROR\r\n\r\n+CMQTTCONNECT: 0,0\r\nAT+CMQTTSUB=0,9,1\r\n>dev/cmd/1\r\nOK\r\n\r\n+CMQTTSUB: 0,0\r\n'
verdict b29-cmqtt-early simcom-sim7600 1 <<'WEOF'
9: error: [async-overlap] AT+CMQTTSUB=0,9,1 sent while AT+CMQTTCONNECT=0,"tcp://broker.example:1883",60,1 still waited for +CMQTTCONNECT (sent at line 7; it came only at line 12)
WEOF
log b29-sqnsmqtt-early 'AT+SQNSMQTTCONNECT=0,"broker.example",1883\r\nOK\r\nAT+SQNSMQTTPUBLISH=0,"t",0,5\r\nERROR\r\n+SQNSMQTTONCONNECT:0,0\r\nAT+SQNSMQTTPUBLISH=0,"t",0,5\r\n> hello\r\nOK\r\n'
verdict b29-sqnsmqtt-early sequans-monarch 1 <<'WEOF'
3: error: [async-overlap] AT+SQNSMQTTPUBLISH=0,"t",0,5 sent while AT+SQNSMQTTCONNECT=0,"broker.example",1883 still waited for +SQNSMQTTONCONNECT (sent at line 1; it came only at line 5)
WEOF
# V4: an async command whose completion never came, while the capture goes on long past its
# limit (BG96 MQTT AN 3.2.4: AT+QMTCONN answers within <pkt_timeout> x (<retry_times> + 1),
# 20 s with the defaults): completion-timeout, measured up to where the host gave the wait up
# (AT+QMTDISC on the client) or to the last stamped line, the application's own included
b29m='[2026-12-05 09:00:00.000] AT+QMTOPEN=0,"broker.example",1883\r\n[2026-12-05 09:00:00.050] OK\r\n[2026-12-05 09:00:01.200] +QMTOPEN: 0,0\r\n[2026-12-05 09:00:01.300] AT+QMTCONN=0,"dev"\r\n[2026-12-05 09:00:01.350] OK\r\n'
log b29-qmtconn-silent "$b29m"'[2026-12-05 09:01:01.000] app: waiting for mqtt\r\n[2026-12-05 09:03:01.000] app: still waiting\r\n[2026-12-05 09:06:01.000] app: giving up\r\n[2026-12-05 09:06:01.100] AT+QMTDISC=0\r\n[2026-12-05 09:06:01.150] OK\r\n[2026-12-05 09:06:01.300] +QMTDISC: 0,0\r\n'
verdict b29-qmtconn-silent quectel-bg96 1 <<'WEOF'
4: error: [completion-timeout] AT+QMTCONN=0,"dev" got no completion in 359.800 s (limit 20 s), when the host gave up the wait (line 9)
WEOF
log b29-qmtconn-applines "$b29m"'[2026-12-05 09:01:01.000] app: waiting for mqtt\r\n[2026-12-05 09:03:01.000] app: still waiting\r\n'
verdict b29-qmtconn-applines quectel-bg96 1 <<'WEOF'
4: error: [completion-timeout] AT+QMTCONN=0,"dev" got no completion in 179.700 s (limit 20 s)
WEOF
# the host gave the wait up within the limit: no fault of the module's
log b29-qmtconn-disc "$b29m"'[2026-12-05 09:00:09.000] app: giving up\r\n[2026-12-05 09:00:10.000] AT+QMTDISC=0\r\n[2026-12-05 09:00:10.050] OK\r\n[2026-12-05 09:00:10.200] +QMTDISC: 0,-1\r\n[2026-12-05 09:05:00.000] app: idle\r\n'
verdict b29-qmtconn-disc quectel-bg96 0 <<'WEOF'
WEOF
status b29-qmtconn-disc completion-timeout 'pass'
# the capture ended within the limit: that wait is not judged, and said so
log b29-qmtconn-cut "$b29m"'[2026-12-05 09:00:11.000] app: waiting\r\n'
verdict b29-qmtconn-cut quectel-bg96 0 <<'WEOF'
WEOF
status b29-qmtconn-cut completion-timeout 'pass  partly checked: 1 async command (from line 4) still without its completion when the capture ended, 9.700 s after, within the limit (20 s)'
# --- retry-too-few counts a re-send after the host mended what the command needed (batch 29
# V2): the open failed for want of an IP (+MIPSTAT: 1,1), the host dialled the data call and
# sent the same open again, which worked: retried, not given up (socket-without-ip stays)
log mipopen-dial-resend 'AT+CEREG?\r\n+CEREG: 0,1\r\nOK\r\nAT+MIPCALL?\r\n+MIPCALL: 0\r\nOK\r\nAT+MIPOPEN=1,,"192.0.2.80",7200,0\r\nOK\r\n+MIPSTAT: 1,1\r\nAT+MIPCALL=1,"iot.example"\r\nOK\r\n+MIPCALL: 10.44.21.6\r\nAT+MIPOPEN=1,,"192.0.2.80",7200,0\r\nOK\r\n+MIPOPEN: 1,1\r\n'
verdict mipopen-dial-resend fibocom-l610 1 <<'WEOF'
7: error: [socket-without-ip] AT+MIPOPEN=1,,"192.0.2.80",7200,0 sent while no IP is held (since line 5)
WEOF
status mipopen-dial-resend retry-too-few 'pass'
# ... the attempts before and after the dial add up: one re-send, then the host moved on
log mipopen-dial-once 'AT+CEREG?\r\n+CEREG: 0,1\r\nOK\r\nAT+MIPCALL?\r\n+MIPCALL: 0\r\nOK\r\nAT+MIPOPEN=1,,"192.0.2.80",7200,0\r\nOK\r\n+MIPSTAT: 1,1\r\nAT+MIPCALL=1,"iot.example"\r\nOK\r\n+MIPCALL: 10.44.21.6\r\nAT+MIPOPEN=1,,"192.0.2.80",7200,0\r\nOK\r\n+MIPOPEN: 1,0\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nAT+CPWROFF\r\nOK\r\n'
verdict mipopen-dial-once fibocom-l610 1 <<'WEOF'
7: warning: [retry-too-few] AT+MIPOPEN=1,,"192.0.2.80",7200,0 failed and was re-sent 1 time before the host moved on (the guide asks for at least 2)
7: error: [socket-without-ip] AT+MIPOPEN=1,,"192.0.2.80",7200,0 sent while no IP is held (since line 5)
WEOF
# ... the guide's own way (5.1): AT+CMEE=2, then the repeat, twice
log mipopen-cmee-resend 'AT+MIPCALL=1,"iot.example"\r\nOK\r\n+MIPCALL: 10.44.21.6\r\nAT+MIPOPEN=1,,"192.0.2.80",7200,0\r\nOK\r\n+MIPOPEN: 1,0\r\nAT+CMEE=2\r\nOK\r\nAT+MIPOPEN=1,,"192.0.2.80",7200,0\r\nOK\r\n+MIPOPEN: 1,0\r\nAT+MIPOPEN=1,,"192.0.2.80",7200,0\r\nOK\r\n+MIPOPEN: 1,1\r\n'
verdict mipopen-cmee-resend fibocom-l610 0 < /dev/null
status mipopen-cmee-resend retry-too-few 'pass'
# ... a dial and never the open again: socket-without-ip names why the open failed, and two
# more opens without an IP would have failed the same: retry-too-few yields to it (batch 31
# X4; it said "re-sent 0 times (the guide asks for at least 2)" before) ...
log mipopen-dial-never 'AT+CEREG?\r\n+CEREG: 0,1\r\nOK\r\nAT+MIPCALL?\r\n+MIPCALL: 0\r\nOK\r\nAT+MIPOPEN=1,,"192.0.2.80",7200,0\r\nOK\r\n+MIPSTAT: 1,1\r\nAT+MIPCALL=1,"iot.example"\r\nOK\r\n+MIPCALL: 10.44.21.6\r\n'
verdict mipopen-dial-never fibocom-l610 1 <<'WEOF'
7: error: [socket-without-ip] AT+MIPOPEN=1,,"192.0.2.80",7200,0 sent while no IP is held (since line 5)
WEOF
status mipopen-dial-never retry-too-few 'pass'
# ... but other work (an open of another socket, a send on it) before the open comes back is a
# give-up: that re-send is no retry
log mipopen-other-work 'AT+MIPCALL=1,"iot.example"\r\nOK\r\n+MIPCALL: 10.44.21.6\r\nAT+MIPOPEN=1,,"192.0.2.80",7200,0\r\nOK\r\n+MIPOPEN: 1,0\r\nAT+MIPOPEN=2,,"192.0.2.81",7200,0\r\nOK\r\n+MIPOPEN: 2,1\r\nAT+MIPSEND=2,4\r\n> ping\r\nOK\r\nAT+MIPOPEN=1,,"192.0.2.80",7200,0\r\nOK\r\n+MIPOPEN: 1,1\r\n'
verdict mipopen-other-work fibocom-l610 1 <<'WEOF'
4: warning: [retry-too-few] AT+MIPOPEN=1,,"192.0.2.80",7200,0 failed and was re-sent 0 times before the host moved on (the guide asks for at least 2)
WEOF
# ... and one finding for the fault: command-failed leaves a failure retry-too-few holds while
# the host dials (three failed dials, re-sent enough, then a release and a look at the signal)
log mipopen-dial-fails 'AT+MIPOPEN=1,,"192.0.2.80",7200,0\r\nOK\r\n+MIPSTAT: 1,1\r\nAT+MIPCALL=1,"iot.example"\r\nERROR\r\nAT+MIPCALL=1,"iot.example"\r\nERROR\r\nAT+MIPCALL=1,"iot.example"\r\nERROR\r\nAT+MIPCALL=0\r\nOK\r\n+MIPCALL: 0\r\nAT+CSQ\r\n+CSQ: 9,99\r\nOK\r\n'
verdict mipopen-dial-fails fibocom-l610 1 <<'WEOF'
1: warning: [retry-too-few] AT+MIPOPEN=1,,"192.0.2.80",7200,0 failed and was re-sent 0 times before the host moved on (the guide asks for at least 2)
WEOF
status mipopen-dial-fails command-failed 'pass'

# --- socket-state: a BC95 send on a socket no AT+NSOCR made (batch 29 V3). AT+NSOCR answers the
# socket it created as a bare number (0); the host sends on 1 and the module refuses it, twice:
# one finding, at the first. Its state before the capture is unknown, so only the refusal and
# the module's own id say it; a send taken, a socket the module names in +NSONMI, or one a
# second AT+NSOCR made are no finding. A refused AT+NSOCL on it is none either: a host closing
# ids it may have left open (a sweep) loses nothing, and command-failed leaves failed closes.
log bc95-wrong-id 'AT+NSOCR=DGRAM,17,5683,1\r\n0\r\nOK\r\nAT+NSOST=1,192.0.2.30,5683,4,48454C4F\r\nERROR\r\nAT+NSOST=1,192.0.2.30,5683,4,48454C4F\r\nERROR\r\n'
verdict bc95-wrong-id quectel-bc95 1 <<'WEOF'
4: error: [socket-state] AT+NSOST=1,192.0.2.30,5683,4,48454C4F on socket 1, which no open in the capture created (the module answered AT+NSOCR=DGRAM,17,5683,1 at line 1 with socket 0)
WEOF
log bc95-wrong-close 'AT+NSOCR=DGRAM,17,5683,1\r\n0\r\nOK\r\nAT+NSOCL=1\r\nERROR\r\nAT+NSOCL=0\r\nOK\r\n'
verdict bc95-wrong-close quectel-bc95 0 < /dev/null
log bc95-named 'AT+NSOCR=DGRAM,17,5683,1\r\n0\r\nOK\r\n+NSONMI:1,4\r\nAT+NSOST=1,192.0.2.30,5683,4,48454C4F\r\nERROR\r\n'
verdict bc95-named quectel-bc95 0 < /dev/null
status bc95-named socket-state 'pass'
log bc95-taken 'AT+NSOCR=DGRAM,17,5683,1\r\n0\r\nOK\r\nAT+NSOST=1,192.0.2.30,5683,4,48454C4F\r\n1,4\r\nOK\r\n'
verdict bc95-taken quectel-bc95 0 < /dev/null
log bc95-two 'AT+NSOCR=DGRAM,17,5683,1\r\n0\r\nOK\r\nAT+NSOCR=DGRAM,17,5684,1\r\n1\r\nOK\r\nAT+NSOST=1,192.0.2.30,5683,4,48454C4F\r\nERROR\r\n'
verdict bc95-two quectel-bc95 0 < /dev/null
status bc95-two socket-state 'pass'
# ... under ATV0 the id is the answer and the digit after it AT+NSOCR's OK (it read both as
# answer lines: no final, a response-timeout), and so whatever the reads
log bc95-v0 'ATV0\r\n0\r\nAT+NSOCR=DGRAM,17,5683,1\r\n0\r\n0\r\nAT+NSOST=1,192.0.2.30,5683,4,48454C4F\r\n4\r\n'
verdict bc95-v0 quectel-bc95 1 <<'WEOF'
6: error: [socket-state] AT+NSOST=1,192.0.2.30,5683,4,48454C4F on socket 1, which no open in the capture created (the module answered AT+NSOCR=DGRAM,17,5683,1 at line 3 with socket 0)
WEOF
"$BIN" parse --no-redact --profile quectel-bc95 "$TMP/bc95-v0.log" > "$TMP/v0-whole.jsonl"
for rs in "--read-size 1" "--read-size 3 --read-seed 7"; do
    "$BIN" parse --no-redact --profile quectel-bc95 $rs "$TMP/bc95-v0.log" > "$TMP/v0-chunk.jsonl"
    cmp -s "$TMP/v0-whole.jsonl" "$TMP/v0-chunk.jsonl" || { echo "FAIL: bc95-v0 read with $rs differs"; fail=1; }
done
grep -q '"result":"ok","final":"0","final_line":5,"responses":\[{"line":4,"text":"0"}\],"socket":"0"' "$TMP/v0-whole.jsonl" || { echo "FAIL: bc95-v0: AT+NSOCR's id and OK not in parse"; fail=1; }
# --- error-detail (info) advised AT+CMEE=2 on an ERROR another finding already explains: the
# label writers call it noise, the cause is named (held-out batch 30's W5). It runs after the
# other rules now and holds its advice to the capture's end: a finding of theirs on the same
# transaction, or on its retry chain (retry-storm, judged when the run of attempts ends),
# drops it. Where nothing explains the ERROR it stays (noceer, detail-once, detail-kept).
log detail-send-length 'AT+CIPMUX=1\r\nOK\r\nAT+CIPSTART=1,"TCP","192.0.2.1",80\r\nOK\r\n1, CONNECT OK\r\nAT+CIPSEND=1,4096\r\nERROR\r\nAT+CIPCLOSE=1\r\n1, CLOSE OK\r\n'
verdict detail-send-length simcom-sim800 1 <<'WEOF'
6: error: [send-length] AT+CIPSEND=1,4096 declares 4096 bytes (must be 1..1460)
WEOF
status detail-send-length error-detail 'pass'
log detail-socket 'RDY\r\nAT\r\nOK\r\nAT+QIACT=1\r\nOK\r\nAT+QIOPEN=1,0,"TCP","192.0.2.1",80,0,1\r\nOK\r\n\r\n+QIOPEN: 0,0\r\nAT+QISEND=2,5\r\nERROR\r\nAT+QICLOSE=0\r\nOK\r\n'
verdict detail-socket quectel-bg96 1 <<'WEOF'
10: error: [socket-state] AT+QISEND=2,5 on socket 2, which was never opened since the module started (line 1)
WEOF
status detail-socket error-detail 'pass'
log detail-overlap 'AT+NETOPEN\r\nOK\r\nAT+CIPOPEN=0,"TCP","192.0.2.1",80\r\nERROR\r\n\r\n+NETOPEN: 0\r\nAT+CIPOPEN=0,"TCP","192.0.2.1",80\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n'
verdict detail-overlap simcom-sim7600 1 <<'WEOF'
3: error: [async-overlap] AT+CIPOPEN=0,"TCP","192.0.2.1",80 sent while AT+NETOPEN still waits for +NETOPEN (sent at line 1)
WEOF
status detail-overlap error-detail 'pass'
log detail-storm "$(i=0; while [ $i -lt 13 ]; do printf 'AT+CGATT=1\\r\\nERROR\\r\\n'; i=$((i + 1)); done)AT+CREG?\r\n+CREG: 0,1\r\nOK\r\n"
verdict detail-storm simcom-sim800 1 <<'WEOF'
1: warning: [retry-storm] AT+CGATT=1 was attempted 13 times in a row (at most 10)
WEOF
status detail-storm error-detail 'pass'
# ... with retry-storm off, nothing names the cause: the advice, once for the chain
printf '{"rules": {"retry-storm": {"enabled": false}}}\n' > "$TMP/nostorm.json"
"$BIN" check -f text --profile simcom-sim800 --config "$TMP/nostorm.json" "$TMP/detail-storm.log" > "$TMP/detail-storm-off.txt"
[ "$(grep -c '\[error-detail\] AT+CGATT=1' "$TMP/detail-storm-off.txt")" = 1 ] ||
    { echo "FAIL: detail-storm-off: not one error-detail"; fail=1; }
log detail-kept 'AT+CIPMUX=1\r\nOK\r\nAT+CIPSTART=1,"TCP","192.0.2.1",80\r\nOK\r\n1, CONNECT OK\r\nAT+CIPSEND=1,100\r\nERROR\r\nAT+CIPCLOSE=1\r\n1, CLOSE OK\r\n'
verdict detail-kept simcom-sim800 0 <<'WEOF'
WEOF
status detail-kept error-detail 'fail'
# ... and where the other finding names no cause: retry-too-few's "re-sent 0 times"
log detail-too-few 'AT+CGDCONT=1,"IP","internet"\r\nERROR\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nAT+CREG?\r\n+CREG: 0,1\r\nOK\r\nAT+COPS?\r\n+COPS: 0\r\nOK\r\nAT+CGATT?\r\n+CGATT: 1\r\nOK\r\n'
verdict detail-too-few fibocom-l610 1 <<'WEOF'
1: warning: [retry-too-few] AT+CGDCONT=1,"IP","internet" failed and was re-sent 0 times before the host moved on (the guide asks for at least 1)
WEOF
status detail-too-few error-detail 'fail'

# --- A +++ the host sent 40 ms after its data (no guard: the module takes it as data) and an
# AT+CIPCLOSE=0 0.1 s later, neither answered, then a guarded +++ and its OK (Docklight,
# SIM7600; held-out batch 30's W7). A command line in data mode ended the session, so the
# close was a command answered 4.5 s late by the escape's OK, and the close after it got an
# orphan OK. The escape came too soon after the data for the module to take it and nothing
# answered it: the line is data, the first +++ the stretch's missed escape. A guarded escape
# and a command 0.1 s after it stay the command (escape-guard: sent too soon).
log dl-escape-missed 'Docklight Log File (ASCII) - Started 07.12.2026 10:00:00.000\r\n\r\n07.12.2026 10:00:00.000 [TX] - AT+CIPOPEN=0,"TCP","192.0.2.1",80<CR>\r\n\r\n07.12.2026 10:00:00.500 [RX] - <CR><LF>CONNECT 115200<CR><LF>\r\n\r\n07.12.2026 10:00:02.920 [TX] - GET / HTTP/1.0<CR><LF><CR><LF>\r\n\r\n07.12.2026 10:00:02.960 [TX] - +++\r\n\r\n07.12.2026 10:00:03.060 [TX] - AT+CIPCLOSE=0<CR>\r\n\r\n07.12.2026 10:00:06.580 [TX] - +++\r\n\r\n07.12.2026 10:00:07.580 [RX] - <CR><LF>OK<CR><LF>\r\n\r\n07.12.2026 10:00:08.000 [TX] - AT+CIPCLOSE=0<CR>\r\n\r\n07.12.2026 10:00:08.050 [RX] - <CR><LF>+CIPCLOSE: 0,0<CR><LF><CR><LF>OK<CR><LF>\r\n'
verdict dl-escape-missed simcom-sim7600 1 <<'WEOF'
9: error: [escape-guard] the escape +++ came 0.040 s after the last data (at least 1 s of silence), and the module stayed in data mode until the +++ at line 13
WEOF
status dl-escape-missed orphan-response 'pass'
brief dl-escape-missed simcom-sim7600 <<'WEOF'
D 7 transparent GET / HTTP/1.0+++AT+CIPCLOSE=0+++
T 17 AT+CIPCLOSE=0 -> complete OK ; completion success +CIPCLOSE: 0,0 ; socket 0
T 3 AT+CIPOPEN=0,"TCP","192.0.2.1",80 -> unfinished CONNECT 115200 ; completion pending  ; socket 0
WEOF
# ... and a command after such an escape that the module answers was a command (the escape
# not taken, the module in command mode all the same: held-out batch 29's EG25-G reading)
log escape-answered '2026-11-30T13:17:01.530Z TX: AT+QIOPEN=1,0,"TCP","198.51.100.7",80,0,2\r\n2026-11-30T13:17:02.330Z RX: CONNECT\r\n2026-11-30T13:17:02.480Z TX: GET / HTTP/1.0\r\n2026-11-30T13:17:02.530Z TX: +++\r\n2026-11-30T13:17:02.630Z TX: AT+QICLOSE=0\r\n2026-11-30T13:17:02.680Z RX: OK\r\n'
brief escape-answered quectel-bg96 <<'WEOF'
T 1 AT+QIOPEN=1,0,"TCP","198.51.100.7",80,0,2 -> complete CONNECT ; socket 0
D 3 transparent GET / HTTP/1.0+++
T 5 AT+QICLOSE=0 -> complete OK ; socket 0
WEOF
log dl-escape-guarded 'Docklight Log File (ASCII) - Started 07.12.2026 10:00:00.000\r\n\r\n07.12.2026 10:00:00.000 [TX] - AT+CIPOPEN=0,"TCP","192.0.2.1",80<CR>\r\n\r\n07.12.2026 10:00:00.500 [RX] - <CR><LF>CONNECT 115200<CR><LF>\r\n\r\n07.12.2026 10:00:02.920 [TX] - GET / HTTP/1.0<CR><LF><CR><LF>\r\n\r\n07.12.2026 10:00:04.960 [TX] - +++\r\n\r\n07.12.2026 10:00:05.060 [TX] - AT+CIPCLOSE=0<CR>\r\n\r\n07.12.2026 10:00:05.110 [RX] - <CR><LF>+CIPCLOSE: 0,0<CR><LF><CR><LF>OK<CR><LF>\r\n'
verdict dl-escape-guarded simcom-sim7600 1 <<'WEOF'
9: error: [escape-guard] AT+CIPCLOSE=0 was sent 0.100 s after the escape +++ (at least 1 s of silence)
WEOF
# Portmon (lossy: dots for control bytes) gives each write's exact count, "Length n:": the
# SIM800's AT+CIPSEND=10 followed by a write of 11 bytes is the payload's excess, which the
# module takes into its next command line ("hAT+CIPCLOSE", still answered CLOSE OK). Before,
# send-payload-mismatch was not evaluable (lossy) and the CLOSE OK an orphan-response
log portmon-overrun '118\t3.40000000\ttermite.exe\tIRP_MJ_WRITE\tSerial2\tSUCCESS\tLength 9: AT+CIFSR.\t\n119\t3.41000000\ttermite.exe\tIRP_MJ_READ\tSerial2\tSUCCESS\tLength 13: ..10.88.1.5..\t\n120\t3.42000000\ttermite.exe\tIRP_MJ_WRITE\tSerial2\tSUCCESS\tLength 14: AT+CIPSEND=10.\t\n121\t3.43000000\ttermite.exe\tIRP_MJ_READ\tSerial2\tSUCCESS\tLength 2: > \t\n122\t3.44000000\ttermite.exe\tIRP_MJ_WRITE\tSerial2\tSUCCESS\tLength 11: temp=21.5;h\t\n123\t3.46000000\ttermite.exe\tIRP_MJ_READ\tSerial2\tSUCCESS\tLength 11: ..SEND OK..\t\n124\t3.50000000\ttermite.exe\tIRP_MJ_WRITE\tSerial2\tSUCCESS\tLength 12: AT+CIPCLOSE.\t\n125\t3.52000000\ttermite.exe\tIRP_MJ_READ\tSerial2\tSUCCESS\tLength 12: ..CLOSE OK..\t\n'
verdict portmon-overrun simcom-sim800 1 <<'WEOF'
5: warning: [send-payload-mismatch] payload of 11 bytes after the prompt of AT+CIPSEND=10, 10 declared (more than the module takes)
WEOF
status portmon-overrun orphan-response 'pass'
# the declared 10 bytes in one write: judged (pass), where before not evaluable (lossy)
log portmon-exact '120\t3.42000000\ttermite.exe\tIRP_MJ_WRITE\tSerial2\tSUCCESS\tLength 14: AT+CIPSEND=10.\t\n121\t3.43000000\ttermite.exe\tIRP_MJ_READ\tSerial2\tSUCCESS\tLength 2: > \t\n122\t3.44000000\ttermite.exe\tIRP_MJ_WRITE\tSerial2\tSUCCESS\tLength 10: temp=21.5;\t\n123\t3.46000000\ttermite.exe\tIRP_MJ_READ\tSerial2\tSUCCESS\tLength 11: ..SEND OK..\t\n124\t3.50000000\ttermite.exe\tIRP_MJ_WRITE\tSerial2\tSUCCESS\tLength 12: AT+CIPCLOSE.\t\n125\t3.52000000\ttermite.exe\tIRP_MJ_READ\tSerial2\tSUCCESS\tLength 12: ..CLOSE OK..\t\n'
verdict portmon-exact simcom-sim800 0 <<'WEOF'
WEOF
status portmon-exact send-payload-mismatch 'pass'
# the data column shows fewer bytes than its Length (Portmon shows a buffer's first bytes
# only): no exact count, not judged, as before
log portmon-shown-less '120\t3.42000000\ttermite.exe\tIRP_MJ_WRITE\tSerial2\tSUCCESS\tLength 14: AT+CIPSEND=40.\t\n121\t3.43000000\ttermite.exe\tIRP_MJ_READ\tSerial2\tSUCCESS\tLength 2: > \t\n122\t3.44000000\ttermite.exe\tIRP_MJ_WRITE\tSerial2\tSUCCESS\tLength 41: temp=21.5;hum=40;pres=1013;wind=\t\n123\t3.46000000\ttermite.exe\tIRP_MJ_READ\tSerial2\tSUCCESS\tLength 11: ..SEND OK..\t\n'
verdict portmon-shown-less simcom-sim800 0 <<'WEOF'
WEOF
status portmon-shown-less send-payload-mismatch 'not-evaluable  the capture format loses bytes (lossy)'
# the same write past the length in a lossless directed log (strace): before, the rest
# "hAT+CIPCLOSE" was host text, the send passed and CLOSE OK was an orphan-response
log strace-overrun '10:00:00.000100 write(3</dev/ttyUSB0>, "AT+CIPSEND=10\\r", 14) = 14\n10:00:00.020000 read(3</dev/ttyUSB0>, "\\r\\n> ", 4096) = 4\n10:00:00.030000 write(3</dev/ttyUSB0>, "temp=21.5;h", 11) = 11\n10:00:00.300000 read(3</dev/ttyUSB0>, "\\r\\nSEND OK\\r\\n", 4096) = 11\n10:00:01.000000 write(3</dev/ttyUSB0>, "AT+CIPCLOSE\\r", 12) = 12\n10:00:01.100000 read(3</dev/ttyUSB0>, "\\r\\nCLOSE OK\\r\\n", 4096) = 12\n'
verdict strace-overrun simcom-sim800 1 <<'WEOF'
3: warning: [send-payload-mismatch] payload of 11 bytes after the prompt of AT+CIPSEND=10, 10 declared (more than the module takes)
WEOF
status strace-overrun orphan-response 'pass'
# SSCOM stamps each read when it came: the payload written 3 ms after AT+CIPSEND=0,12 and
# 100 ms before the module's ">" was sent before the prompt. Before, not judged (a lossy
# log "may show a prompt late", which holds for a host library's line log, not SSCOM)
log sscom-early '[15:00:14.100]发→◇AT+CIPOPEN=0,"TCP","10.1.2.3",5000□\n[15:00:14.120]收←◆\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n\n[15:00:15.350]发→◇AT+CIPSEND=0,12□\n[15:00:15.353]发→◇hello-server□\n[15:00:15.453]收←◆>\n[15:00:15.600]收←◆\r\n+CIPSEND: 0,12,12\r\n\r\nOK\r\n\n[15:00:16.000]发→◇AT+CIPCLOSE=0□\n[15:00:16.050]收←◆\r\nOK\r\n\r\n+CIPCLOSE: 0,0\r\n\n'
verdict sscom-early simcom-sim7600 1 <<'WEOF'
8: error: [send-before-prompt] payload of AT+CIPSEND=0,12 sent before the '>' prompt
WEOF
log sscom-in-order '[15:00:14.100]发→◇AT+CIPOPEN=0,"TCP","10.1.2.3",5000□\n[15:00:14.120]收←◆\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n\n[15:00:15.350]发→◇AT+CIPSEND=0,12□\n[15:00:15.453]收←◆>\n[15:00:15.500]发→◇hello-server□\n[15:00:15.600]收←◆\r\n+CIPSEND: 0,12,12\r\n\r\nOK\r\n\n'
verdict sscom-in-order simcom-sim7600 0 <<'WEOF'
WEOF
status sscom-in-order send-before-prompt 'pass'
# --- Held-out batch 30's W1: a terminal's angle-bracketed control names. YAT's
# monitor lines as remembered (the sent line's <CR> shown, the port and arrow
# bare) read by the yat definition, <CR> the byte: before, generic-gtlt kept
# it in the command, AT+QICLOSE=0<CR> used socket id -1 and the reopen of
# socket 0 was "already open" (3 false errors)
log yat-qiclose '(09:00:00.000) COM7 << AT+QIOPEN=1,0,"TCP","203.0.113.7",5000,0,1<CR>\r\n(09:00:00.100) COM7 >> OK\r\n(09:00:00.600) COM7 >> +QIOPEN: 0,0\r\n(09:00:01.000) COM7 << AT+QICLOSE=0<CR>\r\n(09:00:01.300) COM7 >> OK\r\n(09:00:02.000) COM7 << AT+QIOPEN=1,0,"TCP","203.0.113.7",5000,0,1<CR>\r\n(09:00:02.100) COM7 >> OK\r\n(09:00:02.600) COM7 >> +QIOPEN: 0,0\r\n(09:00:03.000) COM7 << AT+QICLOSE=0<CR>\r\n(09:00:03.300) COM7 >> OK\r\n'
verdict yat-qiclose quectel-bg96 0 <<'WEOF'
WEOF
# the same names behind a generic arrow with a stamp (generic-gtlt): the
# command's <CR> and the suffix no second line end, so the payload after the
# prompt is its 5 bytes (before: 7, a false send-before-prompt and
# send-payload-mismatch)
log gtlt-names '[10:00:00.000] >> AT+QIOPEN=1,0,"TCP","203.0.113.7",5000,0,1<CR>\n[10:00:00.100] << OK\n[10:00:00.500] << +QIOPEN: 0,0\n[10:00:01.000] >> AT+QISEND=0,5<CR>\n[10:00:01.050] << > \n[10:00:01.100] >> hello\n[10:00:01.300] << SEND OK\n[10:00:02.000] >> AT+QICLOSE=0<CR>\n[10:00:02.200] << OK\n'
verdict gtlt-names quectel-bg96 0 <<'WEOF'
WEOF

# --- batch 31 X5: an A7672E's AT+HTTPACTION=0 answered OK, its +HTTPACTION: never came while
# the timestamped capture went on for minutes: completion-timeout judges it (140 s: CONNECTTO +
# RECVTO defaults); a completion within the limit passes
b31h='10:00:00.000 Sent: ATI\r\n10:00:00.050 Received: SIMCOM INCORPORATED\r\n10:00:00.051 Received: Model: A7672E-LASE\r\n10:00:00.052 Received: OK\r\n10:00:01.000 Sent: AT+HTTPINIT\r\n10:00:01.050 Received: OK\r\n10:00:03.000 Sent: AT+HTTPACTION=0\r\n10:00:03.050 Received: OK\r\n'
log b31-httpaction-silent "$b31h"'10:01:03.000 Sent: AT+CSQ\r\n10:01:03.050 Received: +CSQ: 20,99\r\n10:01:03.051 Received: OK\r\n10:04:03.000 Sent: AT+CSQ\r\n10:04:03.050 Received: +CSQ: 20,99\r\n10:04:03.051 Received: OK\r\n'
verdict b31-httpaction-silent simcom-sim7600 1 <<'WEOF'
7: error: [completion-timeout] AT+HTTPACTION=0 got no completion in 240.051 s (limit 140 s)
WEOF
log b31-httpaction-ok "$b31h"'10:00:09.000 Received: +HTTPACTION: 0,200,12\r\n10:04:03.000 Sent: AT+CSQ\r\n10:04:03.050 Received: +CSQ: 20,99\r\n10:04:03.051 Received: OK\r\n'
verdict b31-httpaction-ok simcom-sim7600 0 <<'WEOF'
WEOF
status b31-httpaction-ok completion-timeout 'pass'
# --- escape-guard under a layer's clock: the nRF Serial Terminal's '> ' / '< ' lines behind
# rust-tracing's stamps (the format has no clock of its own; the layer does). The data record
# reaches the rule before the run ends: it must know then that the capture carries times
# (before: "no data-mode escape in the capture", the unguarded +++ not judged)
log layer-clock-escape '2026-12-07T11:47:03.000000Z DEBUG link::at: > AT+USOCR=6\n2026-12-07T11:47:03.120000Z DEBUG link::at: < +USOCR: 0\n2026-12-07T11:47:03.130000Z DEBUG link::at: < OK\n2026-12-07T11:47:03.380000Z DEBUG link::at: > AT+USOCO=0,"192.0.2.100",7400\n2026-12-07T11:47:05.180000Z DEBUG link::at: < OK\n2026-12-07T11:47:05.430000Z DEBUG link::at: > AT+USODL=0\n2026-12-07T11:47:05.630000Z DEBUG link::at: < CONNECT\n2026-12-07T11:47:05.880000Z DEBUG link::at: > hello world\n2026-12-07T11:47:05.920000Z DEBUG link::at: > +++\n2026-12-07T11:47:07.950000Z DEBUG link::at: < OK\n'
verdict layer-clock-escape ublox-sara 1 <<'WEOF'
9: error: [escape-guard] the escape +++ came 0.040 s after the last data (at least 1 s of silence)
WEOF

# --- sierra-em (batch 32): AT!RESET is the family's restart (reset class), so the host's AT
# probes until the module answers again are its wait for the boot, not a command left unanswered
# (before: response-timeout on the first probe, under 3gpp); AT!IMPREF? refused with
# "operation not supported" is a command the family has, not an unknown one
log sierra-reset '[14:05:40.000] >> AT!ENTERCND="A710"\n[14:05:40.100] << OK\n[14:05:41.000] >> AT!BAND=0A\n[14:05:41.100] << OK\n[14:05:41.300] >> AT!RESET\n[14:05:41.400] << OK\n[14:06:07.000] >> AT\n[14:06:09.000] >> AT\n[14:06:09.100] << OK\n[14:06:10.000] >> AT!IMPREF?\n[14:06:10.100] << +CME ERROR: operation not supported\n[14:06:11.000] >> AT+CPIN?\n[14:06:11.100] << +CPIN: READY\n[14:06:11.110] << OK\n'
verdict sierra-reset sierra-em 0 <<'WEOF'
WEOF
# the same probe left unanswered with no restart before it is still judged
log sierra-no-reset '[14:05:40.000] >> AT!ENTERCND="A710"\n[14:05:40.100] << OK\n[14:05:41.000] >> AT!BAND=0A\n[14:05:41.100] << OK\n[14:06:07.000] >> AT\n[14:06:09.000] >> AT\n[14:06:09.100] << OK\n'
verdict sierra-no-reset sierra-em 1 <<'WEOF'
5: error: [response-timeout] AT got no final result before the next command
WEOF

# --- an unsolicited line in the read form (<n>,<stat>,"<tac>",...: some firmware sends it after
# AT+CEREG?) is registered when its second field says so (batch 10's EM7455: before, stat was
# the first field, 2, and the data call was called one made before registration)
log ureg-readform 'AT+CPIN?\r\n+CPIN: READY\r\nOK\r\nAT+CEREG?\r\n+CEREG: 2,2\r\nOK\r\n+CEREG: 2,1,"3E8","1A2D0F",7\r\nAT+CGACT=1,1\r\nOK\r\n'
verdict ureg-readform sierra-em 0 <<'WEOF'
WEOF
log ureg-urcform 'AT+CPIN?\r\n+CPIN: READY\r\nOK\r\nAT+CEREG?\r\n+CEREG: 2,1\r\nOK\r\n+CEREG: 2,"3E8","1A2D0F",7\r\nAT+CGACT=1,1\r\nOK\r\n'
verdict ureg-urcform sierra-em 1 <<'WEOF'
8: warning: [attach-preconditions] AT+CGACT=1,1 sent while the module's last registration status (line 7) was not registered
WEOF

# --- Held-out batch 31 (h-read31b): a command the capture's end left waiting, in an
# Asterisk chan_quectel log read by an inferred template. The notice lines between the
# template's lines ("[Dec  7 11:45:26] NOTICE[2417] chan_quectel.c: ...") carry their own
# stamp (before, the previous line's), so the capture is seen to go on past AT+CPIN?'s
# 20 s limit (3gpp, UC864 ARG 3.2.4); within the limit, or with no limit (AT+CPMS), nothing.
b31q='[Dec  7 11:45:00] DEBUG[2417] at_queue.c: [quectel0] write [AT+CMGF=0]\r\n[Dec  7 11:45:00] DEBUG[2417] at_read.c: [quectel0] receive [OK]\r\n[Dec  7 11:45:00] DEBUG[2417] at_queue.c: [quectel0] write [AT+CNMI=2,1,0,0,0]\r\n[Dec  7 11:45:00] DEBUG[2417] at_read.c: [quectel0] receive [OK]\r\n[Dec  7 11:45:01] DEBUG[2417] at_queue.c: [quectel0] write [AT+CSQ]\r\n[Dec  7 11:45:01] DEBUG[2417] at_read.c: [quectel0] receive [+CSQ: 20,99]\r\n[Dec  7 11:45:01] DEBUG[2417] at_read.c: [quectel0] receive [OK]\r\n'
log b31-quectel-cpin-late "$b31q"'[Dec  7 11:45:01] DEBUG[2417] at_queue.c: [quectel0] write [AT+CPIN?]\r\n[Dec  7 11:45:26] NOTICE[2417] chan_quectel.c: [quectel0] Command AT+CPIN timeout\r\n[Dec  7 11:45:27] VERBOSE[2417] chan_quectel.c: [quectel0] Quectel has disconnected\r\n'
verdict b31-quectel-cpin-late 3gpp 1 <<'WEOF'
8: error: [response-timeout] AT+CPIN? got no final result: the capture goes on 26.000 s after it, past the command's time limit (20 s)
WEOF
log b31-quectel-cpin-soon "$b31q"'[Dec  7 11:45:01] DEBUG[2417] at_queue.c: [quectel0] write [AT+CPIN?]\r\n[Dec  7 11:45:10] NOTICE[2417] chan_quectel.c: [quectel0] Command AT+CPIN timeout\r\n'
verdict b31-quectel-cpin-soon 3gpp 0 <<'WEOF'
WEOF
log b31-quectel-cpms "$b31q"'[Dec  7 11:45:01] DEBUG[2417] at_queue.c: [quectel0] write [AT+CPMS="SM","SM","SM"]\r\n[Dec  7 11:45:16] NOTICE[2417] chan_quectel.c: [quectel0] Command AT+CPMS timeout\r\n'
verdict b31-quectel-cpms 3gpp 0 <<'WEOF'
WEOF
status b31-quectel-cpms response-timeout 'not-evaluable  AT+CPMS="SM","SM","SM" (line 8) got no final result in the 15.000 s the capture goes on after it; the 3gpp profile give'
# a plain terminal log cut while AT+COPS=? searched (180 s): the capture's last line is
# the command itself, nothing after it says how long it waited: not judged
log b31-cops-cut '[10:00:00] AT+CSQ\r\n[10:00:00] +CSQ: 20,99\r\n[10:00:00] OK\r\n[10:00:01] AT+COPS=?\r\n'
verdict b31-cops-cut 3gpp 0 <<'WEOF'
WEOF

# --- ModemManager's own stamped lines (annotation records: "<debug> [modem0] ... Serial command
# timed out") show the capture's clock went on: AT+CPIN? (20 s) left waiting while they go on 30 s
# is judged (batch 33's AA2; before, the clock stopped at the command and nothing was judged)
log mm-own-lines "Dec 07 11:20:00 gw ModemManager[741]: <debug> [ttyUSB2/at] --> 'AT+CGMM<CR>'\nDec 07 11:20:00 gw ModemManager[741]: <debug> [ttyUSB2/at] <-- '<CR><LF>EM7565<CR><LF><CR><LF>OK<CR><LF>'\nDec 07 11:20:01 gw ModemManager[741]: <debug> [ttyUSB2/at] --> 'AT+CPIN?<CR>'\nDec 07 11:20:31 gw ModemManager[741]: <debug> [modem0] couldn't load unlock required: Serial command timed out\nDec 07 11:20:31 gw ModemManager[741]: <info> [modem0] state changed (enabling -> failed)\n"
verdict mm-own-lines auto 1 <<'WEOF'
3: error: [response-timeout] AT+CPIN? got no final result: the capture goes on 30.000 s after it, past the command's time limit (20 s)
WEOF

# --- batch 32's Z3: an address in +CGPADDR (or +CGCONTRDP's local address) is 27.007's word
# that the context holds an IP, in every profile that extends 3gpp and does not replace its
# ip_response (NB-IoT: the BC660K's PDN comes with the attach; quectel-bg96 adds +QIACT's).
# Before, a BC660K's AT+QIOPEN after +CGPADDR: 0,"10.81.3.4" was "sent while no IP is held
# (since line 1)", the boot's RDY
log b32-cgpaddr 'RDY\r\nAT+CEREG?\r\n+CEREG: 0,1\r\nOK\r\nAT+CGPADDR=0\r\n+CGPADDR: 0,"10.81.3.4"\r\nOK\r\nAT+QIOPEN=0,0,"UDP","192.0.2.31",5683,0,0\r\nOK\r\n+QIOPEN: 0,0\r\n'
verdict b32-cgpaddr quectel-bg96 0 <<'WEOF'
WEOF
status b32-cgpaddr socket-without-ip 'pass'
log b32-contrdp '+KSUP: 0\r\nAT+CGCONTRDP=1\r\n+CGCONTRDP: 1,5,"iot.example","10.64.1.2.255.255.255.0"\r\nOK\r\nAT+KTCPCFG=1,0,"192.0.2.1",80\r\n+KTCPCFG: 1\r\nOK\r\nAT+KTCPCNX=1\r\nOK\r\n'
verdict b32-contrdp sierra-hl78 0 <<'WEOF'
WEOF
status b32-contrdp socket-without-ip 'pass'
# no address in the answer: no IP shown, the open after the boot is still judged
log b32-cgpaddr-none 'RDY\r\nAT+CGPADDR=0\r\n+CGPADDR: 0\r\nOK\r\nAT+QIOPEN=0,0,"UDP","192.0.2.31",5683,0,0\r\nOK\r\n+QIOPEN: 0,0\r\n'
verdict b32-cgpaddr-none quectel-bg96 1 <<'WEOF'
5: error: [socket-without-ip] AT+QIOPEN=0,0,"UDP","192.0.2.31",5683,0,0 sent while no IP is held (since line 1)
WEOF
# SIM800's TCP/IP stack needs its own bearer (AT+CIICR): a context's address is not its IP
# (simcom-sim800 and quectel-m95 list no ip_response)
log b32-cgpaddr-sim800 'RDY\r\nAT+CGATT=1\r\nOK\r\nAT+CGACT=1,1\r\nOK\r\nAT+CGPADDR=1\r\n+CGPADDR: 1,"10.1.2.3"\r\nOK\r\nAT+CIPSTART="TCP","192.0.2.1",80\r\nOK\r\nCONNECT OK\r\n'
verdict b32-cgpaddr-sim800 simcom-sim800 1 <<'WEOF'
9: error: [socket-without-ip] AT+CIPSTART="TCP","192.0.2.1",80 sent while no IP is held (since line 1)
WEOF

# --- batch 32's Z4: u-blox AT+USOCR answers the id of the socket it made (+USOCR: <id>, its
# entry's "response" id group), as BC95's AT+NSOCR does: a send the module refused on a socket
# no command in the capture made, after it handed out another, is a socket-state finding
# (main before: not evaluable, AT+USOST was no send). A socket AT+USOCR made is open from its
# answer on (a UDP socket is sent on as it is), and AT+USOCO then connects it: before, a UDP
# socket closed and made again (the same id) was "not open (closed at line 12)"
log b32-usost-unmade 'AT+CMEE=2\r\nOK\r\nAT+USOCR=17\r\n+USOCR: 0\r\nOK\r\nAT+USOST=1,"198.51.100.41",5683,4,"PING"\r\n+CME ERROR: Operation not allowed\r\n'
verdict b32-usost-unmade ublox-sara 1 <<'WEOF'
6: error: [socket-state] AT+USOST=1,"198.51.100.41",5683,4,"PING" on socket 1, which no open in the capture created (the module answered AT+USOCR=17 at line 3 with socket 0)
WEOF
log b32-uso-clean 'AT+USOCR=17\r\n+USOCR: 0\r\nOK\r\nAT+USOST=0,"198.51.100.41",5683,4,"PING"\r\n+USOST: 0,4\r\nOK\r\n+UUSORF: 0,4\r\nAT+USORF=0,4\r\n+USORF: 0,"198.51.100.41",5683,4,"PONG"\r\nOK\r\nAT+USOCL=0\r\nOK\r\nAT+USOCR=17\r\n+USOCR: 0\r\nOK\r\nAT+USOST=0,"198.51.100.41",5683,4,"PING"\r\n+USOST: 0,4\r\nOK\r\nAT+USOCR=6\r\n+USOCR: 1\r\nOK\r\nAT+USOCO=1,"198.51.100.41",80\r\nOK\r\nAT+USOWR=1,4,"PING"\r\n+USOWR: 1,4\r\nOK\r\nAT+USOCL=1\r\nOK\r\nAT+USOCL=0\r\nOK\r\n'
verdict b32-uso-clean ublox-sara 0 <<'WEOF'
WEOF
status b32-uso-clean socket-state 'pass'
# the connect after the make is no second open; a second connect is
log b32-usoco-twice 'AT+USOCR=6\r\n+USOCR: 0\r\nOK\r\nAT+USOCO=0,"198.51.100.41",80\r\nOK\r\nAT+USOCO=0,"198.51.100.41",80\r\n+CME ERROR: Operation not allowed\r\n'
verdict b32-usoco-twice ublox-sara 1 <<'WEOF'
6: error: [socket-state] AT+USOCO=0,"198.51.100.41",80 opens socket 0, which is already open (since line 5)
WEOF
# the module named socket 1 in a data report (+UUSORD): it exists, made before the capture
log b32-usost-named 'AT+USOCR=17\r\n+USOCR: 0\r\nOK\r\n+UUSORD: 1,4\r\nAT+USOST=1,"198.51.100.41",5683,4,"PING"\r\n+CME ERROR: Operation not allowed\r\n'
verdict b32-usost-named ublox-sara 0 <<'WEOF'
WEOF
status b32-usost-named socket-state 'pass'

# a make the module refused names no socket: its first argument (17, DGRAM) is no id (main
# before: "AT+NSOCR=DGRAM,17,44567,1 uses socket id -1", a batch 8 BC95 log)
log b32-make-refused 'AT+NSOCR=DGRAM,17,44567,1\r\nERROR\r\nAT+NSOCR=DGRAM,17,44568,1\r\n1\r\nOK\r\n'
verdict b32-make-refused quectel-bc95 0 <<'WEOF'
WEOF
log b32-usocr-refused 'AT+USOCR=17\r\n+CME ERROR: operation not allowed\r\nAT+USOCR=17,5000\r\n+USOCR: 2\r\nOK\r\n'
verdict b32-usocr-refused ublox-sara 0 <<'WEOF'
WEOF
status b32-usocr-refused socket-state 'pass'

# --- batch 32's Z5: a command the capture ends waiting on is never a silent pass: the status
# says it (response-timeout judged the others; main before: 'pass' with no note). Not a finding
# even past its limit: the capture's later lines may not show the module's side
log b32-sgact-cut '[14:05:40 DBG] TX: AT\r\n[14:05:40 DBG] RX: OK\r\n[14:05:41 DBG] TX: AT+CMEE=2\r\n[14:05:41 DBG] RX: OK\r\n[14:05:41 DBG] TX: AT+CEREG?\r\n[14:05:41 DBG] RX: +CEREG: 0,1\r\n[14:05:41 DBG] RX: OK\r\n[14:05:42 DBG] TX: AT#SGACT=1,1\r\n[14:08:42 ERR] No answer to AT#SGACT=1,1 within 180 s, closing port\r\n'
verdict b32-sgact-cut auto 1 <<'WEOF'
8: error: [response-timeout] AT#SGACT=1,1 got no final result: the capture goes on 180.000 s after it, past the command's time limit (150 s)
WEOF
status b32-sgact-cut response-timeout 'fail'
log b32-cut-nolimit '[14:05:40 DBG] TX: AT\r\n[14:05:40 DBG] RX: OK\r\n[14:05:42 DBG] TX: AT+XFOO=1\r\n'
verdict b32-cut-nolimit 3gpp 0 <<'WEOF'
WEOF
status b32-cut-nolimit response-timeout 'not-evaluable  AT+XFOO=1 (line 3) got no final result before the capture ended; the 3gpp profile gives it no time limit'
log b32-cut-over '[14:05:40.000] TX: AT\r\n[14:05:40.100] RX: OK\r\n[14:05:41.000] TX: AT+CSQ\r\n[14:05:50.000] RX: +CEREG: 2\r\n'
verdict b32-cut-over quectel-bg96 1 <<'WEOF'
3: error: [response-timeout] AT+CSQ got no final result: the capture goes on 9.000 s after it, past the command's time limit (0.3 s)
WEOF
status b32-cut-over response-timeout "fail"
# --- Batch 31 X4: a Fibocom L716 (the L610's MIP commands) sends AT+MIPSEND=1,"<hex>" after
# +MIPXOFF: 1; one is refused, the host does not re-send it and sends again after +MIPXON.
# flow-control names the cause of the ERROR: the fix is waiting for +MIPXON, not three re-sends
# under the flow control, so retry-too-few yields to it. The same refusal with no flow control
# in sight is still given up too soon.
log b31-xoff-refused '[10:00:00.000] AT+MIPCALL=1,"internet"\r\n[10:00:00.050] OK\r\n[10:00:01.000] +MIPCALL: 10.1.2.3\r\n[10:00:01.100] AT+MIPOPEN=1,,"203.0.113.9",5000,0\r\n[10:00:01.150] OK\r\n[10:00:02.000] +MIPOPEN: 1,1\r\n[10:00:02.100] AT+MIPSEND=1,"3031323A"\r\n[10:00:02.150] +MIPSEND: 1,2044\r\n[10:00:02.160] OK\r\n[10:00:02.300] +MIPXOFF: 1\r\n[10:00:02.400] AT+MIPSEND=1,"3031323A"\r\n[10:00:02.450] +MIPSEND: 1,0\r\n[10:00:02.460] OK\r\n[10:00:02.600] AT+MIPSEND=1,"3435363B"\r\n[10:00:02.650] ERROR\r\n[10:00:05.000] +MIPXON: 1\r\n[10:00:05.100] AT+MIPSEND=1,"3839303C"\r\n[10:00:05.150] +MIPSEND: 1,2040\r\n[10:00:05.160] OK\r\n[10:00:05.300] AT+MIPCLOSE=1\r\n[10:00:05.350] OK\r\n[10:00:05.500] +MIPCLOSE: 1,0\r\n'
verdict b31-xoff-refused fibocom-l610 1 <<'WEOF'
11: error: [flow-control] AT+MIPSEND=1,"3031323A" sent while socket 1 is flow-controlled (+MIPXOFF at line 10, no +MIPXON since)
14: error: [flow-control] AT+MIPSEND=1,"3435363B" sent while socket 1 is flow-controlled (+MIPXOFF at line 10, no +MIPXON since)
WEOF
status b31-xoff-refused retry-too-few 'pass'
log b31-refused-plain '[10:00:00.000] AT+MIPCALL=1,"internet"\r\n[10:00:00.050] OK\r\n[10:00:01.000] +MIPCALL: 10.1.2.3\r\n[10:00:01.100] AT+MIPOPEN=1,,"203.0.113.9",5000,0\r\n[10:00:01.150] OK\r\n[10:00:02.000] +MIPOPEN: 1,1\r\n[10:00:02.100] AT+MIPSEND=1,"3031323A"\r\n[10:00:02.150] +MIPSEND: 1,2044\r\n[10:00:02.160] OK\r\n[10:00:02.400] AT+MIPSEND=1,"3031323A"\r\n[10:00:02.450] +MIPSEND: 1,0\r\n[10:00:02.460] OK\r\n[10:00:02.600] AT+MIPSEND=1,"3435363B"\r\n[10:00:02.650] ERROR\r\n[10:00:05.100] AT+MIPSEND=1,"3839303C"\r\n[10:00:05.150] +MIPSEND: 1,2040\r\n[10:00:05.160] OK\r\n[10:00:05.300] AT+MIPCLOSE=1\r\n[10:00:05.350] OK\r\n[10:00:05.500] +MIPCLOSE: 1,0\r\n'
verdict b31-refused-plain fibocom-l610 1 <<'WEOF'
13: warning: [retry-too-few] AT+MIPSEND=1,"3435363B" failed and was re-sent 0 times before the host moved on (the guide asks for at least 3)
WEOF

# ... and the L716's (G510's) AT+MIPSEND=<socket>,"<hex>" is the data itself, in the socket's
# buffer until AT+MIPPUSH: no prompt, no length (all-digit hex such as "30313233" was read as a
# 30313233-byte send-length error, and a directed capture held the send unfinished for its payload)
log l716-hex-send '2026-11-30T13:17:01.530Z TX: AT+MIPOPEN=1,,"198.51.100.7",5000,0\n2026-11-30T13:17:01.560Z RX: OK\n2026-11-30T13:17:02.330Z RX: +MIPOPEN: 1,1\n2026-11-30T13:17:02.480Z TX: AT+MIPSEND=1,"30313233"\n2026-11-30T13:17:02.520Z RX: +MIPSEND: 1,2044\n2026-11-30T13:17:02.530Z RX: OK\n2026-11-30T13:17:02.640Z TX: AT+MIPPUSH=1\n2026-11-30T13:17:02.700Z RX: OK\n2026-11-30T13:17:03.700Z RX: +MIPPUSH: 1,0\n2026-11-30T13:17:04.000Z TX: AT+MIPCLOSE=1\n2026-11-30T13:17:04.100Z RX: OK\n2026-11-30T13:17:04.900Z RX: +MIPCLOSE: 1,0\n'
verdict l716-hex-send fibocom-l610 0 <<'WEOF'
WEOF
status l716-hex-send send-length 'not-evaluable  no send with a declared length in the capture'

# --- Batch 31 X6: Zephyr modem_chat dials a module the log never names (the generic 3gpp
# profile): AT, ATE0, AT+CFUN=1, AT+CGDCONT, ATD*99***1# -> NO CARRIER; the script aborts and
# only then the SIM reports itself ready and the module registers. 27.007's data calls are the
# 3gpp profile's attach class now; with no boot seen, a call that failed and whose SIM came up
# only after it (an unsolicited +CPIN: READY while the host waited) is attach-preconditions'.
# A call that came up, or one with no such report after it, stays unknown (the status says so).
log b31-dial-before-sim '[00:00:01.100] AT\n[00:00:01.120] OK\n[00:00:01.200] ATE0\n[00:00:01.220] OK\n[00:00:01.300] AT+CFUN=1\n[00:00:01.420] OK\n[00:00:01.500] AT+CGDCONT=1,"IP","iot.example"\n[00:00:01.530] OK\n[00:00:01.600] ATD*99***1#\n[00:00:01.900] NO CARRIER\n[00:00:03.100] +CPIN: READY\n[00:00:05.400] +CEREG: 2\n[00:00:09.800] +CEREG: 1,"1A2B","01C3D4E5",7\n'
verdict b31-dial-before-sim 3gpp 1 <<'WEOF'
9: warning: [attach-preconditions] ATD*99***1# sent before SIM ready and network registration was seen, and failed: the SIM reported itself ready only after it (line 11)
WEOF
log b31-dial-up '[00:00:01.100] AT\n[00:00:01.120] OK\n[00:00:01.200] ATE0\n[00:00:01.220] OK\n[00:00:01.300] AT+CFUN=1\n[00:00:01.420] OK\n[00:00:01.500] AT+CGDCONT=1,"IP","iot.example"\n[00:00:01.530] OK\n[00:00:01.600] ATD*99***1#\n[00:00:01.900] CONNECT 150000000\n[00:00:03.100] +CPIN: READY\n[00:00:05.400] +CEREG: 2\n[00:00:09.800] +CEREG: 1,"1A2B","01C3D4E5",7\n'
verdict b31-dial-up 3gpp 0 <<'WEOF'
WEOF
status b31-dial-up attach-preconditions "not-evaluable  capture does not show the module's boot before the data call"
log b31-dial-no-sim-report '[00:00:01.100] AT\n[00:00:01.120] OK\n[00:00:01.200] ATE0\n[00:00:01.220] OK\n[00:00:01.300] AT+CFUN=1\n[00:00:01.420] OK\n[00:00:01.500] AT+CGDCONT=1,"IP","iot.example"\n[00:00:01.530] OK\n[00:00:01.600] ATD*99***1#\n[00:00:01.900] NO CARRIER\n[00:00:05.400] +CEREG: 2\n[00:00:09.800] +CEREG: 1,"1A2B","01C3D4E5",7\n'
verdict b31-dial-no-sim-report 3gpp 0 <<'WEOF'
WEOF
status b31-dial-no-sim-report attach-preconditions "not-evaluable  capture does not show the module's boot before the data call"
# ... the last word of every registration domain counts: an LTE module's +CREG: 0,0 after its
# +CEREG: 0,1 is a registered module (the last line alone said not registered); all of them
# saying not registered is the finding
log reg-domains 'RDY\r\nAT+CPIN?\r\n+CPIN: READY\r\nOK\r\nAT+CEREG?\r\n+CEREG: 0,1\r\nOK\r\nAT+CREG?\r\n+CREG: 0,0\r\nOK\r\nAT+QIACT=1\r\nERROR\r\n'
verdict reg-domains quectel-bg96 0 <<'WEOF'
WEOF
status reg-domains attach-preconditions 'pass'
log reg-domains-none 'RDY\r\nAT+CPIN?\r\n+CPIN: READY\r\nOK\r\nAT+CEREG?\r\n+CEREG: 0,2\r\nOK\r\nAT+CREG?\r\n+CREG: 0,0\r\nOK\r\nAT+QIACT=1\r\nERROR\r\n'
verdict reg-domains-none quectel-bg96 1 <<'WEOF'
11: warning: [attach-preconditions] AT+QIACT=1 sent before network registration was seen since the boot at line 1
WEOF
# ... and an answer's <n>,<stat> away from its query is no URC's <stat>: "+CEREG: 2,1" is n=2,
# not "searching" (a URC's location follows its stat quoted: +CEREG: 1,"1A2B","01C3D4E5",7)
log reg-answer-alone 'RDY\r\nAT+CPIN?\r\n+CPIN: READY\r\nOK\r\n+CEREG: 2,1\r\nAT+QIACT=1\r\nOK\r\n'
verdict reg-answer-alone quectel-bg96 0 <<'WEOF'
WEOF
status reg-answer-alone attach-preconditions 'pass'
# ... it is read as the answer it is (a log that split it from its query: batch 10's
# ModemManager journal, whose `AT+CGACT=1,2` it made look sent while not registered)
log reg-answer-detached 'RDY\r\nAT+CPIN?\r\n+CPIN: READY\r\nOK\r\nAT+CEREG?\r\nOK\r\n+CEREG: 0,1\r\nAT+QIACT=1\r\nERROR\r\n'
verdict reg-answer-detached quectel-bg96 0 <<'WEOF'
WEOF
status reg-answer-detached attach-preconditions 'pass'

# Held-out batch 32's Y4: AT+QHTTPURL=<len>'s CONNECT takes <len> bytes of input,
# the URL written with no line end; the next write's AT+QHTTPGET is a command of its
# own (before: one host line "http://...pingAT+QHTTPGET=80", its OK an orphan)
cp "$SRC/tests/data/read32/quectel-httpurl-txrx.log" "$TMP/y4-httpurl.log"
verdict y4-httpurl quectel-bg96 0 < /dev/null
status y4-httpurl orphan-response 'pass'
# Y2: the application's WARN line 30 s after +CME ERROR: SIM failure is its own line
cp "$SRC/tests/data/read32/logback-warn-after-final.log" "$TMP/y2-logback.log"
verdict y2-logback 3gpp 0 < /dev/null
# ... and the RX lines all as wide as each other (no terminal's wrap): sim-fault sees
# the SIM failure the module gave three times, never ready
cp "$SRC/tests/data/read32/logback-sim-failure-same-width.log" "$TMP/y2-same-width.log"
verdict y2-same-width ublox-sara 1 <<'WEOF'
1: warning: [sim-fault] AT+CPIN? failed (+CME ERROR: SIM failure): the SIM is missing or unusable, and what needs it fails whatever the host does
WEOF
# --- LTE-only families (sequans-monarch, altair-alt1250, quectel-bc95's ip_with_registration):
# the EPS attach brings the default bearer up with its address, so a registration seen (+CEREG
# 1/5, answer or report) is an IP held; a socket dial after it is no socket-without-ip (held-out
# batch 33's AA1: 15 false on a Sequans GM02SP under the Walter library)
log lte-reg-ip '+SYSSTART\r\nAT+CEREG?\r\n+CEREG: 2,5\r\nOK\r\nAT+SQNSD=1,0,7001,"192.0.2.77",0,0,1\r\nOK\r\n'
verdict lte-reg-ip sequans-monarch 0 <<'WEOF'
WEOF
log lte-reg-urc-ip '+SYSSTART\r\n+CEREG: 5,"3A1F","0000A9C2",7\r\nAT+SQNSD=1,0,7001,"192.0.2.77",0,0,1\r\nOK\r\n'
verdict lte-reg-urc-ip sequans-monarch 0 <<'WEOF'
WEOF
# still searching: no IP
log lte-reg-searching '+SYSSTART\r\nAT+CEREG?\r\n+CEREG: 2,2\r\nOK\r\nAT+SQNSD=1,0,7001,"192.0.2.77",0,0,1\r\nERROR\r\n'
verdict lte-reg-searching sequans-monarch 1 <<'WEOF'
5: error: [socket-without-ip] AT+SQNSD=1,0,7001,"192.0.2.77",0,0,1 sent while no IP is held (since line 1)
WEOF

# --- Sequans after +SYSSTART: AT+CGACT=1,1 refused before any registration, +CEREG: 2 and 5 only
# after it (batch 33's AA3; before, 3gpp and "too little evidence": not judged)
log sqn-cgact-early '+SYSSTART\r\nAT\r\nOK\r\nAT+CGDCONT=1,"IP","iot.example"\r\nOK\r\nAT+CFUN=1\r\nOK\r\nAT+CGACT=1,1\r\n+CME ERROR: 30\r\n+CEREG: 2,"3A1F","0000A9C2",7\r\n+CEREG: 5,"3A1F","0000A9C2",7\r\n'
verdict sqn-cgact-early auto 1 <<'WEOF'
8: warning: [attach-preconditions] AT+CGACT=1,1 sent before SIM ready and network registration was seen since the boot at line 1
WEOF

# --- Round 6, table-driven. A case is "== NAME PROFILE EXIT", then its capture (a printf
# string), then the findings wanted ("LINE: severity: [rule] message", error-detail not
# pinned), then "? RULE status  reason" lines for a rule's line of the text report.
cases() {
    name=
    while IFS= read -r l; do
        case $l in
        '== '*)
            [ -n "$name" ] && case_run
            set -- $l
            name=$2 prof=$3 code=$4 stage=capture
            : > "$TMP/$name.want"; : > "$TMP/$name.status" ;;
        '? '*) printf '%s\n' "${l#? }" >> "$TMP/$name.status" ;;
        *)
            if [ "$stage" = capture ]; then log "$name" "$l"; stage=want
            else printf '%s\n' "$l" >> "$TMP/$name.want"; fi ;;
        esac
    done
    [ -n "$name" ] && case_run
}
case_run() {
    verdict "$name" "$prof" "$code" < "$TMP/$name.want"
    while IFS= read -r st; do
        status "$name" "${st%% *}" "${st#* }"
    done < "$TMP/$name.status"
}
cases <<'WEOF'
== puk-one 3gpp 1
+CPIN: SIM PIN\r\nAT+CPIN="1111"\r\n+CME ERROR: 16\r\n+CPIN: SIM PUK\r\nAT+CPIN?\r\n+CPIN: SIM PUK\r\nOK\r\nAT+CGATT=1\r\n+CME ERROR: 12\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n
4: warning: [sim-fault] the module reported +CPIN: SIM PUK: the SIM is missing or unusable, and what needs it fails whatever the host does; then AT+CGATT=1 got +CME ERROR: 12, SIM PUK required (line 9)
? sim-fault fail
== puk-reboot simcom-sim800 1
+CPIN: SIM PUK\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nRDY\r\nAT+CGATT=1\r\n+CME ERROR: 12\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n
1: warning: [sim-fault] the module reported +CPIN: SIM PUK: the SIM is missing or unusable, and what needs it fails whatever the host does
6: warning: [sim-fault] AT+CGATT=1 failed (+CME ERROR: 12, SIM PUK required): the SIM is missing or unusable, and what needs it fails whatever the host does
== busy-resent 3gpp 0
RDY\r\nAT+CPMS="SM","SM","SM"\r\n+CMS ERROR: 314\r\nAT+CNMI=2,1,0,0,0\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nAT+CREG?\r\n+CREG: 0,2\r\nOK\r\nAT+CGMR\r\nR1\r\nOK\r\n+CPIN: READY\r\nAT+CPMS="SM","SM","SM"\r\n+CPMS: 0,30,0,30,0,30\r\nOK\r\n
? command-failed pass
== busy-polled 3gpp 0
RDY\r\nAT+CMGF=1\r\n+CME ERROR: SIM busy\r\nAT+CPIN?\r\n+CME ERROR: 14\r\nAT+CPIN?\r\n+CPIN: READY\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nAT+CGMR\r\nR1\r\nOK\r\nAT+COPS?\r\n+COPS: 0\r\nOK\r\n
? command-failed pass
== busy-walked 3gpp 1
RDY\r\nAT+CPMS="SM","SM","SM"\r\n+CMS ERROR: 314\r\nAT+CNMI=2,1,0,0,0\r\nOK\r\n+CPIN: READY\r\nAT+CREG?\r\n+CREG: 0,1\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nAT+CGMR\r\nR1\r\nOK\r\nAT+COPS?\r\n+COPS: 0\r\nOK\r\n
2: warning: [command-failed] AT+CPMS="SM","SM","SM" failed (+CMS ERROR: 314, SIM busy) while the SIM was not ready, and the host did not send it again once the SIM said ready (line 6)
== busy-unseen 3gpp 0
AT+CPMS="SM","SM","SM"\r\n+CME ERROR: 14\r\nAT+CNMI=2,1,0,0,0\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nAT+CGMR\r\nR1\r\nOK\r\n
? command-failed not-evaluable  AT+CPMS failed on a busy SIM (line 1), never ready in the capture: the host's retry waits for it
== ipclose7 huawei-me909s 0
AT^IPINIT="internet"\r\nOK\r\nAT^IPOPEN=1,"TCP","192.0.2.1",80\r\nOK\r\nAT^IPCLOSE=7\r\nOK\r\n
? verify-after-close not-evaluable  the capture ends before the query AT^IPINIT? could confirm the state after line 6
== nso-recreate quectel-bc95 0
AT+NSOCR=DGRAM,17,5683,1\r\n1\r\nOK\r\nAT+NSOCL=1\r\nOK\r\nAT+NSOCR=DGRAM,17,5683,1\r\n1\r\nOK\r\nAT+NSOST=1,192.0.2.1,5683,2,AB30\r\n1,2\r\nOK\r\n
? socket-state pass
== nso-closed quectel-bc95 1
AT+NSOCR=DGRAM,17,5683,1\r\n0\r\nOK\r\nAT+NSOCL=0\r\nOK\r\nAT+NSOST=0,192.0.2.1,5683,2,AB30\r\nERROR\r\n
6: error: [socket-state] AT+NSOST=0,192.0.2.1,5683,2,AB30 on socket 0, which is not open (closed at line 5)
== ndis-release huawei-me909s 0
AT^NDISDUP=1,1,"internet"\r\nOK\r\n^NDISSTAT: 1,,,"IPV4"\r\nAT^NDISDUP=1,0\r\nOK\r\n
? verify-after-close not-evaluable  the capture ends before the query AT^NDISSTATQRY? could confirm the state after line 5
WEOF

# --- Round 8: Sequans Monarch (sequans-monarch: SQNS* sockets, ids 1..6) and Neoway N58
# (neoway-n58: TCPSETUP links 0..4), the verdicts an engineer gives on their sockets
cases <<'WEOF'
== sqn-peer-closed sequans-monarch 1
AT+SQNSD=1,0,7000,"192.0.2.7",0,0,1\r\nOK\r\nAT+SQNSSENDEXT=1,4\r\n> ping\r\nOK\r\n+SQNSH: 1\r\nAT+SQNSSENDEXT=1,4\r\n> pong\r\nERROR\r\n
7: error: [socket-state] AT+SQNSSENDEXT=1,4 on socket 1, which is not open (closed at line 6)
== sqn-redial sequans-monarch 0
AT+SQNSD=1,0,7000,"192.0.2.7",0,0,1\r\nOK\r\n+SQNSH: 1\r\nAT+SQNSH=1\r\nOK\r\nAT+SQNSD=1,0,7000,"192.0.2.7",0,0,1\r\nOK\r\nAT+SQNSSENDEXT=1,4\r\n> ping\r\nOK\r\n
? socket-state pass
? verify-after-close disabled
== sqn-dial-refused sequans-monarch 1
AT+SQNSD=2,0,80,"192.0.2.9",0,0,1\r\nNO CARRIER\r\nAT+SQNSSENDEXT=2,3\r\n> abc\r\nERROR\r\nAT+CSQ\r\n+CSQ: 18,99\r\nOK\r\n
3: error: [socket-state] AT+SQNSSENDEXT=2,3 on socket 2, which is not open (its open failed at line 2)
== sqn-restart sequans-monarch 1
AT+SQNSD=1,0,7000,"192.0.2.7",0,0,1\r\nOK\r\n+SYSSTART\r\nAT+SQNSSENDEXT=1,4\r\n> ping\r\nERROR\r\n
4: error: [socket-state] AT+SQNSSENDEXT=1,4 on socket 1, which is not open (the module restarted at line 3, after its open at line 1)
== sqn-ring-read sequans-monarch 0
+SYSSTART\r\nAT+CEREG?\r\n+CEREG: 0,1\r\nOK\r\nAT+CGPADDR=1\r\n+CGPADDR: 1,"10.0.0.5"\r\nOK\r\nAT+SQNSD=3,1,5683,"192.0.2.7",0,5683,1\r\nOK\r\n+SQNSRING: 3,4\r\nAT+SQNSRECV=3,1500\r\n+SQNSRECV: 3,4\r\nOK\r\n\r\nOK\r\nAT+SQNSH=3\r\nOK\r\n
? socket-state pass
? socket-without-ip pass
? orphan-response pass
== sqn-id-range sequans-monarch 1
AT+SQNSD=0,0,80,"192.0.2.9",0,0,1\r\nERROR\r\n
1: error: [socket-state] AT+SQNSD=0,0,80,"192.0.2.9",0,0,1 uses socket id 0 (ids are 1..6)
== n58-link-closed neoway-n58 1
AT+XIIC?\r\n+XIIC:    1, 10.20.30.40\r\nOK\r\nAT+TCPSETUP=1,192.0.2.5,8080\r\nOK\r\n+TCPSETUP:1,OK\r\n+TCPCLOSE:1,Link Closed\r\nAT+TCPSEND=1,3\r\n> abc\r\nOK\r\n+TCPSEND: Error\r\n
8: error: [socket-state] AT+TCPSEND=1,3 on socket 1, which is not open (closed at line 7)
== n58-setup-fail neoway-n58 1
AT+XIIC?\r\n+XIIC:    1, 10.20.30.40\r\nOK\r\nAT+TCPSETUP=0,192.0.2.5,8080\r\nOK\r\n+TCPSETUP:0,FAIL\r\nAT+TCPSEND=0,3\r\n> abc\r\nOK\r\n+TCPSEND: Error\r\n
7: error: [socket-state] AT+TCPSEND=0,3 on socket 0, which is not open (its open failed at line 6)
== n58-walked neoway-n58 1
AT+XIIC?\r\n+XIIC:    1, 10.20.30.40\r\nOK\r\nAT+TCPSETUP=0,192.0.2.5,8080\r\nOK\r\n+TCPSETUP:0,FAIL\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nAT+CREG?\r\n+CREG: 0,1\r\nOK\r\n
4: warning: [command-failed] AT+TCPSETUP=0,192.0.2.5,8080 failed (+TCPSETUP:0,FAIL) and the host neither retried it nor asked why
== n58-retried neoway-n58 0
AT+XIIC?\r\n+XIIC:    1, 10.20.30.40\r\nOK\r\nAT+TCPSETUP=0,192.0.2.5,8080\r\nOK\r\n+TCPSETUP:0,FAIL\r\nAT+TCPSETUP=0,192.0.2.5,8080\r\nOK\r\n+TCPSETUP:0,OK\r\nAT+TCPSEND=0,2\r\n> hi\r\nOK\r\n+TCPSEND:0,2\r\n
? command-failed pass
? socket-state pass
== n58-no-ip neoway-n58 1
AT+XIIC?\r\n+XIIC:    0, 0.0.0.0\r\nOK\r\nAT+TCPSETUP=0,192.0.2.5,8080\r\nOK\r\n+TCPSETUP:0,FAIL\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n
4: error: [socket-without-ip] AT+TCPSETUP=0,192.0.2.5,8080 sent while no IP is held (since line 2)
== n58-recv-ok neoway-n58 0
AT+XIIC=1\r\nOK\r\nAT+XIIC?\r\n+XIIC:    1, 10.20.30.40\r\nOK\r\nAT+TCPSETUP=2,192.0.2.5,8080\r\nOK\r\n+TCPSETUP:2,OK\r\nAT+TCPSEND=2,5\r\n> hello\r\nOK\r\n+TCPSEND:2,5\r\n+TCPRECV:2,6,OK\r\nhi\r\nAT+IPSTATUS=2\r\n+IPSTATUS: 2,CONNECT,TCP,2048\r\nOK\r\nAT+TCPCLOSE=2\r\nOK\r\n+TCPCLOSE:2,OK\r\n
? orphan-response pass
? socket-state pass
? send-payload-mismatch pass
WEOF
# the data of +TCPRECV (its length after the link id, the bytes after the comma: an "OK" among
# them is data) and of +SQNSRECV's block, whole and byte by byte
brief n58-recv-ok neoway-n58 <<'WEOF'
T 1 AT+XIIC=1 -> complete OK
T 3 AT+XIIC? -> complete OK | 4:+XIIC:    1, 10.20.30.40
T 6 AT+TCPSETUP=2,192.0.2.5,8080 -> complete OK ; completion success +TCPSETUP:2,OK ; socket 2
T 9 AT+TCPSEND=2,5 -> complete OK ; payload 5 bytes end length prompt 10 ; completion success +TCPSEND:2,5 ; socket 2
U 13 +TCPRECV +TCPRECV:2,6,
D 13 received OK
D 14 received hi
T 15 AT+IPSTATUS=2 -> complete OK | 16:+IPSTATUS: 2,CONNECT,TCP,2048 ; socket 2
T 18 AT+TCPCLOSE=2 -> complete OK ; completion success +TCPCLOSE:2,OK ; socket 2
WEOF
brief sqn-ring-read sequans-monarch <<'WEOF'
U 1 +SYSSTART +SYSSTART
T 2 AT+CEREG? -> complete OK | 3:+CEREG: 0,1
T 5 AT+CGPADDR=1 -> complete OK | 6:+CGPADDR: 1,"10.0.0.5"
T 8 AT+SQNSD=3,1,5683,"192.0.2.7",0,5683,1 -> complete OK ; socket 3
U 10 +SQNSRING +SQNSRING: 3,4
D 13 received OK\r

T 11 AT+SQNSRECV=3,1500 -> complete OK | 12:+SQNSRECV: 3,4 ; socket 3
T 16 AT+SQNSH=3 -> complete OK ; socket 3
WEOF

# --- Help text is not a transaction (batch 3): a manual's command index (command, a gap, a
# title), its syntax blocks ("<n>" parameters), and a reporter's list pasted above a session.
# records NAME PROFILE < expected: T transaction (line, command, final), N note (annotation),
# H host line (source), X unparsed; whole and byte by byte.
records() {
    "$BIN" parse -f jsonl --profile "$2" "$TMP/$1.log" > "$TMP/$1.jsonl"
    python3 -c '
import json, sys
for l in sys.stdin:
    r = json.loads(l)
    k = r["kind"]
    if k == "input":
        print("P " + r["profile"])
    elif k == "transaction":
        print("T %d %s -> %s %s%s%s%s" % (r["line"], r["command"], r["status"], r.get("final"),
              " (after next)" if r.get("final_after_next") else "",
              "".join(" | %d:%s" % (x["line"], x["text"]) for x in r.get("responses", [])),
              " ; payload %s bytes prompt %s" % (r["payload"]["bytes"], r["payload"]["prompt_line"])
              if r.get("payload") else ""))
    elif k == "urc":
        print("U %d %s: %s" % (r["line"], r["name"], r["text"]))
    elif k == "data":
        print("D %d %s" % (r["line"], r.get("preview", "")))
    elif k == "annotation":
        print("N %d %s" % (r["line"], r["text"]))
    elif k == "host-log":
        print("H %d %s: %s" % (r["line"], r["source"], r["text"]))
    elif k == "unparsed":
        print("X %d %s: %s" % (r["line"], r["reason"], r["text"]))
' < "$TMP/$1.jsonl" > "$TMP/rgot"
    cat > "$TMP/rwant"
    cmp -s "$TMP/rwant" "$TMP/rgot" || { echo "FAIL: records $1:"; diff "$TMP/rwant" "$TMP/rgot"; fail=1; }
    "$BIN" parse -f jsonl --read-size 1 --profile "$2" "$TMP/$1.log" | cmp -s - "$TMP/$1.jsonl" ||
        { echo "FAIL: records $1: byte by byte differs"; fail=1; }
}
# an index with basic, extended and prompt/data-mode commands (ATO, AT+CIPSEND change no mode
# until an answer shows the line was sent), a tab as the gap; then a session whose commands
# carry trailing blanks or a reporter's comment after a gap: commands, the comment cut off
log help-index 'Commands from the manual:\n\nATE            Set Command Echo Mode\nATO            Switch from Command Mode to Data Mode\nAT&F           Reset All Settings to Factory Settings\nAT+CREG        Network Registration Status\nAT+CIPSEND     Send Data through TCP or UDP Connection\nAT+QIOPEN\tOpen a Socket Service\nAT+CSQ Signal Quality Report\n\nWhat I sent:\n\nAT+CSQ   \n+CSQ: 18,99\n\nOK\nAT+CREG?      check registration\n+CREG: 0,5\n\nOK\nATI   product info\nQuectel\nEC25\n\nOK\nAT+QCFG="band"    query band\nOK\n'
records help-index 3gpp <<'WEOF'
P 3gpp
H 1 application text before a command: Commands from the manual:
N 3 ATE            Set Command Echo Mode
N 4 ATO            Switch from Command Mode to Data Mode
N 5 AT&F           Reset All Settings to Factory Settings
N 6 AT+CREG        Network Registration Status
N 7 AT+CIPSEND     Send Data through TCP or UDP Connection
N 8 AT+QIOPEN	Open a Socket Service
N 9 AT+CSQ Signal Quality Report
N 11 What I sent:
T 13 AT+CSQ    -> complete OK | 14:+CSQ: 18,99
T 17 AT+CREG? -> complete OK | 18:+CREG: 0,5
T 21 ATI -> complete OK | 22:Quectel | 23:EC25
T 26 AT+QCFG="band" -> complete OK
WEOF
# a syntax block (Quectel's manual layout): "<rssi>" in the answers, "<err>" in the error
log help-syntax 'AT+CSQ Signal Quality Report\nTest Command\nAT+CSQ=?\nResponse\n+CSQ: (range of supported <rssi>s),(range of supported <ber>s)\n\nOK\nExecution Command\nAT+CSQ\nResponse\n+CSQ: <rssi>,<ber>\n\nOK\nIf there is any error related to ME functionality:\n+CME ERROR: <err>\nAT+CREG=[<n>]\nResponse\nOK\n\nOn the board:\nAT+CSQ\n+CSQ: 99,99\n\nOK\nAT+CMGS="+15550100"<CR>\nERROR\n'
records help-syntax 3gpp <<'WEOF'
P 3gpp
N 1 AT+CSQ Signal Quality Report
N 2 Test Command
N 3 AT+CSQ=?
N 4 Response
N 5 +CSQ: (range of supported <rssi>s),(range of supported <ber>s)
N 7 OK
X 8 text-outside-command: Execution Command
N 9 AT+CSQ
N 10 Response
N 11 +CSQ: <rssi>,<ber>
N 13 OK
X 14 text-outside-command: If there is any error related to ME functionality:
N 15 +CME ERROR: <err>
N 16 AT+CREG=[<n>]
N 17 Response
N 18 OK
H 20 application text before a command: On the board:
T 21 AT+CSQ -> complete OK | 22:+CSQ: 99,99
T 25 AT+CMGS="<PHONE-1>"<CR> -> complete ERROR
WEOF
# a reporter's list of commands with comments and no answers at all: no transactions, so
# nothing to check (before: 3 response-timeout errors)
log help-list 'AT+CFUN=1      turn the radio on\nAT+COPS=0      automatic operator\nAT+CGATT=1     attach\nAT+CGACT=1,1   activate the context\n'
verdict help-list 3gpp 2 <<'WEOF'
WEOF
# a ticket's prose that names commands inline, a wrapped sentence putting one at a line's
# start ("AT+CFUN=15. After the reboot", "AT+CFUN=0 first, then"): the writer's, not sent
# (before: three transactions without a final, "Thanks" the last one's answer); a session after
# it whose commands carry words in their values, and a comment after a command the modem
# answered (a command, the comment cut off)
log prose-inline 'Hi team,\n\nthe modem is stuck in the wrong MNO profile. You\nhave to switch it off with AT+CFUN=0 first, then set AT+UMNOPROF=100 and reboot with\nAT+CFUN=15. After the reboot please query AT+COPS? and AT+CEREG? once a minute.\nAT+CFUN=0 first, then wait\nAT+COPS? and AT+CEREG? as well\n\nThanks\n\nAT+CGDCONT=1,"IP","my apn"\nOK\nAT+COPS=1,0,"My Net"\nOK\nAT+CFUN=0 first, then\nOK\n'
records prose-inline 3gpp <<'WEOF'
P 3gpp
X 1 text-outside-command: Hi team,
H 3 application text before a command: the modem is stuck in the wrong MNO profile. You
H 4 application text before a command: have to switch it off with AT+CFUN=0 first, then set AT+UMNOPROF=100 and reboot with
N 5 AT+CFUN=15. After the reboot please query AT+COPS? and AT+CEREG? once a minute.
N 6 AT+CFUN=0 first, then wait
N 7 AT+COPS? and AT+CEREG? as well
N 9 Thanks
T 11 AT+CGDCONT=1,"IP","my apn" -> complete OK
T 13 AT+COPS=1,0,"My Net" -> complete OK
T 15 AT+CFUN=0 -> complete OK
WEOF

# --- Blanks a person typed inside a command (V.250 5.1: the DCE ignores them outside quoted
# strings): AT+CG MR is AT+CGMR, AT + CSQ is AT+CSQ, ATE 0 is ATE0, the command field as
# written; a sentence after a command (AT+CSQ returns 99, AT+CG MR returns the revision) is
# still the writer's, and a reporter's comment after a column gap still no part of the name.
# Before: AT+CG, AT+CG and at+cg named +CG, AT + CSQ named '+' (args CSQ), ATE 0 'not AT
# command syntax' (unknown-command info) and +CG an unknown vendor command
log blanks-name 'AT+CG MR\nR01A07\nOK\nAT + CSQ\n+CSQ: 20,99\nOK\nAT+CSQ returns 99\nAT+CG MR returns the revision\nAT+CG MR   check revision\nR01A07\nOK\nATE 0\nOK\nat+cg att?\n+CGATT: 1\nOK\nAT+COPS=1,0,"My Net"\nOK\n'
records blanks-name 3gpp <<'WEOF'
P 3gpp
T 1 AT+CG MR -> complete OK | 2:R01A07
T 4 AT + CSQ -> complete OK | 5:+CSQ: 20,99
N 7 AT+CSQ returns 99
N 8 AT+CG MR returns the revision
T 9 AT+CG MR -> complete OK | 10:R01A07
T 12 ATE 0 -> complete OK
T 14 at+cg att? -> complete OK | 15:+CGATT: 1
T 17 AT+COPS=1,0,"My Net" -> complete OK
WEOF
python3 -c '
import json, sys
got = [(r["line"], r["name"], r["type"], r["args"]) for r in map(json.loads, open(sys.argv[1]))
       if r["kind"] == "transaction"]
want = [(1, "+CGMR", "execute", []), (4, "+CSQ", "execute", []), (9, "+CGMR", "execute", []),
        (12, "E", "execute", ["0"]), (14, "+CGATT", "read", []),
        (17, "+COPS", "set", ["1", "0", "My Net"])]
if got != want:
    print("FAIL: blanks-name names\n  got  %s\n  want %s" % (got, want))
    sys.exit(1)
' "$TMP/blanks-name.jsonl" || fail=1
verdict blanks-name 3gpp 0 <<'WEOF'
WEOF
status blanks-name unknown-command 'pass'
# the same on a host's own lines (TX:/RX:): the sent line's blanks are in the name, and a
# sent line that is a sentence stays the library's text, no command
log blanks-txrx 'TX: AT+CG MR\nRX: R01A07\nRX: OK\nTX: AT + CSQ\nRX: +CSQ: 20,99\nRX: OK\nTX: AT+CSQ returns 99\n'
records blanks-txrx 3gpp <<'WEOF'
P 3gpp
T 1 AT+CG MR -> complete OK | 2:R01A07
T 4 AT + CSQ -> complete OK | 5:+CSQ: 20,99
X 7 host-text-not-command:  AT+CSQ returns 99
WEOF
python3 -c '
import json, sys
got = [(r["line"], r["name"]) for r in map(json.loads, open(sys.argv[1])) if r["kind"] == "transaction"]
if got != [(1, "+CGMR"), (4, "+CSQ")]:
    print("FAIL: blanks-txrx names %s" % got)
    sys.exit(1)
' "$TMP/blanks-txrx.jsonl" || fail=1

# --- After a power-off command succeeded, a command the module does not answer was due no
# answer (the host probing that it is off) until the module answers again: AT+CSQ is not
# judged, AT+COPS? after AT+CREG?'s OK is (before: both response-timeout errors)
log after-off 'AT+CGMI\r\nu-blox\r\nOK\r\nAT+CPWROFF\r\nOK\r\nAT+CSQ\r\nAT+CREG?\r\n+CREG: 0,1\r\nOK\r\nAT+COPS?\r\nAT+CGATT?\r\n+CGATT: 1\r\nOK\r\n'
verdict after-off ublox-sara 1 <<'WEOF'
10: error: [response-timeout] AT+COPS? got no final result before the next command
WEOF
status after-off response-timeout 'fail  partly checked: 1 command (from line 6) unanswered after a power-off command succeeded, the module not seen on again: no answer was due'

# --- A command and its reply on one line (generic-oneline): an application's print of the
# exchange once done, the reply's lines joined by blanks or '|'; the command, its answer lines
# and its final come apart; a line with a command and no reply is the application's. One stamp
# for the command and its final: response-timeout measures no latency there (before: not read
# at all, raw, 0 transactions; with the definition and no such care, a 0 s pass)
log oneline '[12:00:01.100] AT+CSQ -> +CSQ: 20,99 OK\n[12:00:01.300] AT+COPS? => +COPS: 0,0,"My Net",7 | OK\n[12:00:02.000] AT+CGDCONT=1,"IP","my apn" -> OK\n[12:00:04.000] AT+CREG? -> +CREG: 0,1 OK\n[12:00:05.000] modem: cmd=AT+CGATT? resp=+CGATT: 1|OK took=31ms\n[12:00:06.000] AT+CFUN=1 sent, waiting\n'
records oneline 3gpp <<'WEOF'
P 3gpp
T 1 AT+CSQ -> complete OK | 1:+CSQ: 20,99
T 2 AT+COPS? -> complete OK | 2:+COPS: 0,0,"My Net",7
T 3 AT+CGDCONT=1,"IP","my apn" -> complete OK
T 4 AT+CREG? -> complete OK | 4:+CREG: 0,1
T 5 AT+CGATT? -> complete OK | 5:+CGATT: 1
H 6 other: AT+CFUN=1 sent, waiting
WEOF
verdict oneline 3gpp 0 <<'WEOF'
WEOF
status oneline response-timeout 'not-evaluable  4 commands (from line 1) on one line with their final result: one stamp for both, no latency measured'
# round 15: the application's took=Nms is the exchange's latency (the line's stamp is the
# answer's, printed once the exchange was over; the command that much earlier), where the
# line has a stamp: ESP_LOGI's (ms), a bracketed time; took in ms (default), us or s. Before:
# dropped, and every such line not judged ("one stamp for both")
log oneline-took 'I (5230) modem_app: cmd=AT+CSQ resp=+CSQ: 20,99|OK took=31ms\nI (9230) modem_app: cmd=AT+CSQ resp=+CSQ: 20,99|OK took=1250ms\n[12:00:05.000] modem: cmd=AT+QCFG="band" resp=+QCFG: "band",0xf,0x80084,0x80084|OK time=0.1s\ncmd=AT+CPIN? resp=+CPIN: READY|OK took=12ms\n'
records oneline-took quectel-bg96 <<'WEOF'
P quectel-bg96
T 1 AT+CSQ -> complete OK | 1:+CSQ: 20,99
T 2 AT+CSQ -> complete OK | 2:+CSQ: 20,99
T 3 AT+QCFG="band" -> complete OK | 3:+QCFG: "band",0xf,0x80084,0x80084
T 4 AT+CPIN? -> complete OK | 4:+CPIN: READY
WEOF
verdict oneline-took quectel-bg96 1 <<'WEOF'
2: error: [response-timeout] AT+CSQ answered OK after 1.250 s (limit 0.3 s)
WEOF
status oneline-took response-timeout 'fail'
# the command's time, the latency; the unstamped line keeps the last stamp (printed no
# earlier), its latency still the host's own measure
"$BIN" parse -f jsonl --profile quectel-bg96 "$TMP/oneline-took.log" | grep -o '"offset":[0-9]*,"time":"[^"]*"\|"final_ms":[0-9.]*' | sed 's/"offset":[0-9]*,//' | tr '\n' ' ' > "$TMP/ot"
[ "$(cat "$TMP/ot")" = '"time":"5.199000" "final_ms":31.000000 "time":"7.980000" "final_ms":1250.000000 "time":"12:00:04.900000" "final_ms":100.000000 "time":"12:00:04.988000" "final_ms":12.000000 ' ] ||
    { echo "FAIL: oneline-took times: $(cat "$TMP/ot")"; fail=1; }
for rs in 1 3 7; do
    "$BIN" parse -f jsonl --read-size $rs --profile quectel-bg96 "$TMP/oneline-took.log" | cmp -s - "$TMP/oneline-took.jsonl" ||
        { echo "FAIL: oneline-took: read-size $rs differs"; fail=1; }
done

# --- The two-shell method (batch 3): one shell's cat of the port (echo and answers), the
# other's echo -e writes, pasted one after the other: each command counted once
log two-shell 'root@OpenWrt:~# cat /dev/ttyUSB2\nAT+CSQ\n+CSQ: 21,99\n\nOK\nAT+CREG?\n+CREG: 0,1\n\nOK\nAT+QNWINFO\n+QNWINFO: "FDD LTE","26201","LTE BAND 3",1300\n\nOK\n^C\nroot@OpenWrt:~# echo -e "AT+CSQ\\r" > /dev/ttyUSB2\nroot@OpenWrt:~# echo -e "AT+CREG?\\r" > /dev/ttyUSB2\nroot@OpenWrt:~# echo -e "AT+QNWINFO\\r" > /dev/ttyUSB2\nroot@OpenWrt:~# echo -e "AT+CGATT?\\r" > /dev/ttyUSB2\n'
records two-shell 3gpp <<'WEOF'
P 3gpp
H 1 shell-redirect: prompt: root@OpenWrt:~# cat /dev/ttyUSB2
T 2 AT+CSQ -> complete OK | 3:+CSQ: 21,99
T 6 AT+CREG? -> complete OK | 7:+CREG: 0,1
T 10 AT+QNWINFO -> complete OK | 11:+QNWINFO: "FDD LTE","26201","LTE BAND 3",1300
X 14 text-outside-command: ^C
H 15 a write whose echo and answer the port's output showed before: AT+CSQ
H 16 a write whose echo and answer the port's output showed before: AT+CREG?
H 17 a write whose echo and answer the port's output showed before: AT+QNWINFO
T 18 AT+CGATT? -> unfinished None
WEOF

# --- ESP-AT (Espressif's Wi-Fi/BLE AT firmware) in a code fence, the reporter's // comments
# after lines: identified by its data; AT+GMR's "AT version:" lines are its answer; AT+CIPSTART
# prints CONNECT (a report here) then its final OK; AT+CIPSEND's OK comes before its '>', the
# payload (here not shown) is reported by "Recv <n> bytes", the final is SEND OK / SEND FAIL;
# WIFI CONNECTED / WIFI GOT IP / +IPD / CLOSED are reports
log esp-fence 'ESP32 on the stock firmware, from the serial monitor:\n```\nAT+GMR                        // which firmware\nAT version:3.2.0.0(s-ec2dec2 - ESP32 - Jul 28 2023 07:05:28)\nSDK version:v5.0.2-376-g24b9d38a24-dirty\ncompile time(6118fc22):Jul 28 2023 09:47:28\nBin version:v3.2.0.0(WROOM-32)\n\nOK\nAT+CWMODE=1                   // station\nOK\nAT+CWJAP="lab","key"          // join\nWIFI CONNECTED\nWIFI GOT IP\n\nOK\nAT+CIPSTART="TCP","192.0.2.10",5000   // my server\nCONNECT\n\nOK\nAT+CIPSEND=12\nOK\n\n>\nRecv 12 bytes\n\nSEND OK\n+IPD,5:hello\nAT+CIPSEND=12                 // this one fails\nOK\n\n>\nRecv 12 bytes\n\nSEND FAIL\nAT+CIPCLOSE\nCLOSED\n\nOK\n'
records esp-fence auto <<'WEOF'
P espressif-at
X 1 text-outside-command: ESP32 on the stock firmware, from the serial monitor:
X 2 text-outside-command: ```
N 3 // which firmware
T 3 AT+GMR -> complete OK | 4:AT version:3.2.0.0(s-ec2dec2 - ESP32 - Jul 28 2023 07:05:28) | 5:SDK version:v5.0.2-376-g24b9d38a24-dirty | 6:compile time(6118fc22):Jul 28 2023 09:47:28 | 7:Bin version:v3.2.0.0(WROOM-32)
N 10 // station
T 10 AT+CWMODE=1 -> complete OK
N 12 // join
U 13 WIFI CONNECTED: WIFI CONNECTED
U 14 WIFI GOT IP: WIFI GOT IP
T 12 AT+CWJAP="<USER-1>","<PASSWORD-1>" -> complete OK
N 17 // my server
U 18 CONNECT: CONNECT
T 17 AT+CIPSTART="TCP","192.0.2.10",5000 -> complete OK
U 25 Recv: Recv 12 bytes
T 21 AT+CIPSEND=12 -> complete SEND OK | 22:OK ; payload 0 bytes prompt 24
U 28 +IPD: +IPD,5:
D 28 hello
N 29 // this one fails
U 33 Recv: Recv 12 bytes
T 29 AT+CIPSEND=12 -> complete SEND FAIL | 30:OK ; payload 0 bytes prompt 32
U 37 CLOSED: CLOSED
T 36 AT+CIPCLOSE -> complete OK
WEOF
# multi-connection: <link>,CONNECT, a payload typed after the prompt, +IPD,<link>,<len>:, the
# 1.x firmware's FAIL after +CWJAP:<code>, the boot report ready after AT+RST
log esp-multi 'AT+RST\r\n\r\nOK\r\n\r\nready\r\nAT+CIPMUX=1\r\n\r\nOK\r\nAT+CWJAP="lab","wrongkey"\r\n+CWJAP:2\r\n\r\nFAIL\r\nAT+CWJAP="lab","rightkey"\r\nWIFI CONNECTED\r\nWIFI GOT IP\r\n\r\nOK\r\nAT+CIPSTART=0,"TCP","192.0.2.7",5000\r\n0,CONNECT\r\n\r\nOK\r\nAT+CIPSEND=0,5\r\n\r\nOK\r\n> hello\r\nRecv 5 bytes\r\n\r\nSEND OK\r\n+IPD,0,4:pong\r\n0,CLOSED\r\n'
records esp-multi auto <<'WEOF'
P espressif-at
T 1 AT+RST -> complete OK
U 5 ready: ready
T 6 AT+CIPMUX=1 -> complete OK
T 9 AT+CWJAP="<USER-1>","<PASSWORD-1>" -> complete FAIL | 10:+CWJAP:2
U 14 WIFI CONNECTED: WIFI CONNECTED
U 15 WIFI GOT IP: WIFI GOT IP
T 13 AT+CWJAP="<USER-1>","<PASSWORD-2>" -> complete OK
U 19 CONNECT: 0,CONNECT
T 18 AT+CIPSTART=0,"TCP","192.0.2.7",5000 -> complete OK
U 26 Recv: Recv 5 bytes
T 22 AT+CIPSEND=0,5 -> complete SEND OK | 24:OK ; payload 5 bytes prompt 25
U 29 +IPD: +IPD,0,4:
D 29 pong
U 30 CLOSED: 0,CLOSED
WEOF
# the checks on a clean ESP-AT session: no finding (before: identified as simcom-sim800 by
# AT+CIFSR and AT+CIPSTART; a response-timeout error on AT+GMR, unknown-command infos for its
# answer lines and orphan-response warnings on the prompts)
verdict esp-multi auto 0 <<'WEOF'
WEOF

# a short ESP-AT session with SIMCom's command names only (AT+CIPMUX, AT+CIPSTART, AT+CIFSR,
# AT+CIPSTATUS are both stacks'): its lines rule the SIM800 out (identify.excludes), they name
# ESP-AT (before: simcom-sim800, and the CIPSEND's OK its final)
log esp-short 'AT+CIPMUX=1\r\nOK\r\nAT+CIFSR\r\n+CIFSR:STAIP,"192.168.4.20"\r\n+CIFSR:STAMAC,"24:6f:28:00:00:01"\r\n\r\nOK\r\nAT+CIPSTART=1,"UDP","192.0.2.9",7000\r\n1,CONNECT\r\n\r\nOK\r\nAT+CIPSEND=1,4\r\n\r\nOK\r\n>\r\nRecv 4 bytes\r\n\r\nSEND OK\r\nAT+CIPSTATUS\r\nSTATUS:3\r\n+CIPSTATUS:1,"UDP","192.0.2.9",7000,7000,0\r\n\r\nOK\r\n'
records esp-short auto <<'WEOF'
P espressif-at
T 1 AT+CIPMUX=1 -> complete OK
T 3 AT+CIFSR -> complete OK | 4:+CIFSR:STAIP,"192.168.4.20" | 5:+CIFSR:STAMAC,"24:6f:28:00:00:01"
U 9 CONNECT: 1,CONNECT
T 8 AT+CIPSTART=1,"UDP","192.0.2.9",7000 -> complete OK
U 16 Recv: Recv 4 bytes
T 12 AT+CIPSEND=1,4 -> complete SEND OK | 14:OK ; payload 0 bytes prompt 15
T 19 AT+CIPSTATUS -> complete OK | 20:STATUS:3 | 21:+CIPSTATUS:1,"UDP","192.0.2.9",7000,7000,0
WEOF
# the same session with the fence closed: no finding (before, read as simcom-sim800: a
# response-timeout error on AT+GMR, 5 unknown-command infos, orphan-response warnings on both
# prompts and on the closing fence)
printf '```\n' | cat "$TMP/esp-fence.log" - > "$TMP/esp-fence-closed.log"
verdict esp-fence-closed auto 0 <<'WEOF'
WEOF
# a Markdown fence the reader kept (a sentence before it: not read as a fenced paste) is
# markup, not modem text: no orphan-response on its lines
log fence-kept 'On my board:\n```text\nAT+CSQ\n+CSQ: 20,99\n\nOK\n```\n'
verdict fence-kept 3gpp 0 <<'WEOF'
WEOF

# --- A manual's headings around its syntax blocks (Quectel's "Test Command", "Read Command",
# "Maximum Response Time 300ms", "Characteristics") beside its help text (notes): the manual's
# text, not modem text with no command. Before: an orphan-response warning at line 5 (4 lines).
# A Title Case report away from help text ("Call Ready" at the end) is still judged.
log headings 'AT+CSQ\r\n+CSQ: 20,99\r\n\r\nOK\r\nTest Command\r\nAT+CREG=?\r\nResponse\r\n+CREG: (list of supported <n>s)\r\nOK\r\nRead Command\r\nAT+CREG?\r\nResponse\r\n+CREG: <n>,<stat>\r\nOK\r\nMaximum Response Time 300ms\r\nCharacteristics\r\nAT+CREG?\r\n+CREG: 0,1\r\n\r\nOK\r\nCall Ready\r\n'
verdict headings quectel-bg96 1 <<'WEOF'
21: warning: [orphan-response] modem text with no command waiting: Call Ready
WEOF

# --- What a tool shows (a definition's "shows", docs/formats.md): the rules that need what
# the tool leaves out are not evaluable with the reason, never pass, and give no finding on
# a line the tool did not print. The format is detected (or given with --format-def).
# shows NAME PROFILE EXIT [options] < expected "LINE: severity: [rule] message" lines
shows() {
    name=$1; prof=$2; want=$3; shift 3
    "$BIN" check -f text --fail-on warning --profile "$prof" "$@" "$TMP/$name.log" > "$TMP/$name.txt"
    code=$?
    [ "$code" = "$want" ] || { echo "FAIL: $name: exit $code, wanted $want"; fail=1; }
    grep -E "^$TMP/$name.log:[0-9]+: (error|warning|info): " "$TMP/$name.txt" |
        sed "s|^$TMP/$name.log:||" > "$TMP/got"
    cat > "$TMP/want"
    cmp -s "$TMP/want" "$TMP/got" || { echo "FAIL: $name:"; diff "$TMP/want" "$TMP/got"; fail=1; }
}
NOURC='not-evaluable  the capture format does not show what the modem sends on its own (URCs, completions, reports)'
# mmcli --command strips every final (ModemManager's at_command() returns the reply without
# it) and prints a failure as its own D-Bus error. Before, an OK was invented for each reply
# (the rules then passed on it), and the error read as a plain ERROR: command-failed warned
# at line 11 and error-detail advised AT+CMEE=2 (exit 1); the socket rules passed on an open
# whose +QIOPEN completion mmcli never shows. ModemManager's MobileEquipment.SimNotInserted is
# its name for +CME ERROR: 10 (formats/mmcli.json's lookup, from ModemManager-errors.h).
cat > "$TMP/mm-shows.log" <<'WEOF'
$ sudo mmcli -m 0 --command='AT+QICSGP=1,1,"internet","","",1'
response: ''
$ sudo mmcli -m 0 --command='AT+QIACT=1'
response: ''
$ sudo mmcli -m 0 --command='AT+QIOPEN=1,0,"TCP","192.0.2.10",8080,0,0'
response: ''
$ sudo mmcli -m 0 --command='AT+QISTATE?'
response: '+QISTATE: 0,"TCP","192.0.2.10",8080,0,2,1,0,0,"usbmodem"'
$ sudo mmcli -m 0 --command='AT+QICLOSE=0'
response: ''
$ sudo mmcli -m 0 --command='AT+CPIN?'
error: command failed: 'GDBus.Error:org.freedesktop.ModemManager1.Error.MobileEquipment.SimNotInserted: SIM not inserted'
$ sudo mmcli -m 0 --command='AT+CPIN?'
error: command failed: 'GDBus.Error:org.freedesktop.ModemManager1.Error.MobileEquipment.SimNotInserted: SIM not inserted'
$ sudo mmcli -m 0 --command='AT+CSQ'
response: '+CSQ: 23,99'
WEOF
shows mm-shows quectel-bg96 0 <<'WEOF'
WEOF
status mm-shows response-timeout 'not-evaluable  the capture format does not show every final result (shows finals-stripped)'
status mm-shows command-failed "not-evaluable  the capture format does not show the modem's error results (shows finals-stripped)"
status mm-shows error-detail "not-evaluable  the capture format does not show the modem's error results (shows finals-stripped)"
status mm-shows retry-storm "not-evaluable  the capture format does not show the modem's error results (shows finals-stripped)"
status mm-shows socket-state "$NOURC (shows finals-stripped)"
status mm-shows async-overlap "$NOURC (shows finals-stripped)"
status mm-shows unknown-command 'pass'
grep -q "mm-shows.log: mmcli (.*; shows finals-stripped); profile quectel-bg96 (given with --profile)$" "$TMP/mm-shows.txt" ||
    { echo "FAIL: mm-shows: the report does not say what the format shows"; fail=1; }
# the transcript: the input record says it; a reply's final is null (none invented), and a
# command whose final the tool stripped is no failed attempt (no retry chain, which gave
# each answered command a chain that "gave up" before)
"$BIN" parse -f jsonl "$TMP/mm-shows.log" > "$TMP/mm-shows.jsonl"
python3 - "$TMP/mm-shows.jsonl" > "$TMP/got" <<'WEOF'
import json, sys
for r in map(json.loads, open(sys.argv[1])):
    if r["kind"] == "input":
        print("input", r["format"], r.get("shows"))
    elif r["kind"] == "transaction":
        print(r["line"], r["command"], r["final"], r.get("retry_chain"))
    elif r["kind"] == "retry_chain":
        print("chain", r["line"], r["command"], r["outcome"])
WEOF
cat > "$TMP/want" <<'WEOF'
input mmcli finals-stripped
1 AT+QICSGP=1,1,"internet","","",1 None None
3 AT+QIACT=1 None None
5 AT+QIOPEN=1,0,"TCP","192.0.2.10",8080,0,0 None None
7 AT+QISTATE? None None
9 AT+QICLOSE=0 None None
11 AT+CPIN? +CME ERROR: 10 6
13 AT+CPIN? +CME ERROR: 10 6
chain 11 AT+CPIN? gave-up
15 AT+CSQ None None
WEOF
cmp -s "$TMP/want" "$TMP/got" || { echo "FAIL: mm-shows parse:"; diff "$TMP/want" "$TMP/got"; fail=1; }
"$BIN" parse -f text "$TMP/mm-shows.log" | grep -c "final not shown (the capture's tool leaves it out)$" |
    grep -qx 6 || { echo "FAIL: mm-shows: parse -f text does not say the finals are not shown"; fail=1; }
"$BIN" parse -f jsonl --read-size 1 "$TMP/mm-shows.log" | cmp -s - "$TMP/mm-shows.jsonl" ||
    { echo "FAIL: mm-shows: byte by byte differs"; fail=1; }
# Adafruit FONA prints the first line each getReply() read: an error shows (the only line of
# its answer), the OK after an information line does not. A sketch polling AT+CGNSINF read
# as 12 attempts that got no final: a retry-storm warning at line 5 before (exit 1)
{ printf 'FONA> 1\n\t---> AT\n\t<--- OK\n'
  for i in 01 02 03 04 05 06 07 08 09 10 11 12; do
      printf 'FONA> g\n\t---> AT+CGNSINF\n\t<--- +CGNSINF: 1,0,20261206101%s.000,,,,0.00,0.0,0,,,,,,0,0,,,,,\n' "$i"
  done
  printf 'FONA> 2\n\t---> AT+COPS=1,2,"310410"\n\t<--- +CME ERROR: 30\nFONA> 3\n\t---> AT+CSQ\n\t<--- +CSQ: 20,99\n'
} > "$TMP/fona-shows.log"
shows fona-shows 3gpp 0 <<'WEOF'
WEOF
status fona-shows response-timeout 'not-evaluable  the capture format does not show every final result (shows first-reply-line)'
status fona-shows retry-storm 'pass'
status fona-shows command-failed "not-evaluable  the capture ends before the host's answer to AT+COPS failing (line 41) could show"
# an error is its answer's first line: still judged where the host walks past it
{ sed '$d' "$TMP/fona-shows.log" | sed '$d'; printf '\t---> AT+CGATT=1\n\t<--- OK\n\t---> AT+CGDCONT=1,"IP","internet"\n\t<--- OK\n'; } > "$TMP/fona-fail.log"
shows fona-fail 3gpp 1 <<'WEOF'
41: warning: [command-failed] AT+COPS=1,2,"310410" failed (+CME ERROR: 30, no network service) and the host neither retried it nor asked why
WEOF
# OpenWrt netifd's proto scripts log only what they send (sending -> AT...; lede-project/
# source#641): a definition says "sends-only". The rules on the commands judge; without the
# key the same definition gave 4 response-timeout errors and a retry-too-few warning.
cat > "$TMP/netifd.json" <<'WEOF'
{
  "format_version": 1,
  "name": "netifd-sends",
  "kind": "trace",
  "title": "OpenWrt netifd proto scripts in logread: the commands sent, nothing the modem answered",
  "source": "a test definition",
  "shows": "sends-only",
  "rules": [
    {"name": "sending", "match": "^netifd: \\S+ \\(\\d+\\): sending -> (?<payload>(?i:AT).*)$", "dir": "tx", "suffix": "\r"},
    {"name": "netifd", "match": "^netifd: ", "host_log": true, "signature": false}
  ],
  "samples": [
    {"line": "netifd: wan3g (1075): sending -> AT+CFUN=1", "rule": "sending", "dir": "tx", "bytes": "AT+CFUN=1"}
  ]
}
WEOF
log netifd 'Sat Dec  6 10:00:01 2026 daemon.notice netifd: Interface wan3g is setting up now\nSat Dec  6 10:00:02 2026 daemon.notice netifd: wan3g (1075): sending -> AT+CFUN=0\nSat Dec  6 10:00:03 2026 daemon.notice netifd: wan3g (1075): sending -> AT+CFUN=1\nSat Dec  6 10:00:04 2026 daemon.notice netifd: wan3g (1075): sending -> AT+MIPCALL=1,"cmnet"\nSat Dec  6 10:00:05 2026 daemon.notice netifd: wan3g (1075): sending -> AT+MIPOPEN=1,,"192.0.2.1",9000,0\nSat Dec  6 10:00:06 2026 daemon.notice netifd: wan3g (1075): sending -> AT+MIPOPEN?\n'
shows netifd fibocom-l610 1 --format-def "$TMP/netifd.json" <<'WEOF'
2: error: [cfun-zero] AT+CFUN=0: on this platform it may power the module down, and it will not answer AT+CFUN=1; use AT+CFUN=4
WEOF
status netifd response-timeout 'not-evaluable  the capture format does not show every final result (shows sends-only)'
status netifd send-before-prompt 'not-evaluable  the capture format does not show every line of an answer (shows sends-only)'
status netifd retry-too-few "not-evaluable  the capture format does not show the modem's error results (shows sends-only)"
"$BIN" parse -f jsonl --format-def "$TMP/netifd.json" "$TMP/netifd.log" | head -1 |
    grep -q '"layers":"openwrt-logread > netifd-sends","shows":"sends-only"' ||
    { echo "FAIL: netifd: the input record does not carry shows"; fail=1; }
# a value that is none of the six stops the run with the definition's line and column
sed 's/"sends-only"/"all"/' "$TMP/netifd.json" > "$TMP/netifd-bad.json"
"$BIN" check --format-def "$TMP/netifd-bad.json" "$TMP/netifd.log" > /dev/null 2> "$TMP/err"
code=$?
[ "$code" = 2 ] && grep -qx "atscope: $TMP/netifd-bad.json:7:12: shows: shows is \"everything\", \"no-payload\", \"no-blocks\", \"first-reply-line\", \"finals-stripped\" or \"sends-only\"" "$TMP/err" ||
    { echo "FAIL: netifd-bad: exit $code"; cat "$TMP/err"; fail=1; }

# --- Round 11 (docs/precision.md): sessions of other modules' real traffic, written for
# this project under captures/<vendor>/. cap NAME CAPTURE: the capture as $TMP/NAME.log
cap() { cp "$2" "$TMP/$1.log"; }

# ESP-AT passthrough (AT+CIPMODE=1, AT+CIPSEND alone: OK, '>', then every byte is data until
# +++, which the module does not answer; esp-at issues 47, 631, 535). Before: the data's lines
# were modem text with no command (an orphan-response warning, exit 1) and AT+CIPSEND a
# plain OK; now the '>' completes it, the data is one record ended by the escape
cap esp-pass captures/espressif/esp32-passthrough.log
verdict esp-pass espressif-at 0 <<'WEOF'
WEOF
status esp-pass orphan-response 'pass'
brief esp-pass espressif-at <<'WEOF'
T 1 AT+CWMODE=1 -> complete OK
U 5 WIFI CONNECTED WIFI CONNECTED
U 6 WIFI GOT IP WIFI GOT IP
T 4 AT+CWJAP="<USER-1>","<PASSWORD-1>" -> complete OK
T 9 AT+CIPMODE=1 -> complete OK
U 13 CONNECT CONNECT
T 12 AT+CIPSTART="TCP","192.0.2.50",8080 -> complete OK
T 16 AT+CIPSEND -> complete OK ; completion success >
D 21 transparent GET /status HTTP/1.0HTTP/1.0 200 OKContent-Type: text/plainup 42
T 29 AT+CIPMODE=0 -> complete OK
U 33 CLOSED CLOSED
T 32 AT+CIPCLOSE -> complete OK
WEOF
# the refused connection the host walks past is still a finding (and the send it tried)
cap esp-refused captures/espressif/esp32-connect-refused.log
verdict esp-refused espressif-at 1 <<'WEOF'
4: warning: [command-failed] AT+CIPSTART="TCP","192.0.2.50",8080 failed (ERROR) and the host neither retried it nor asked why
7: warning: [command-failed] AT+CIPSEND failed (ERROR) and the host neither retried it nor asked why
WEOF
# data_mode.answered takes true or false only
sed 's/"answered": false/"answered": "no"/' rules/profiles/espressif-at.json > "$TMP/esp-bad.json"
"$BIN" check --profile "$TMP/esp-bad.json" "$TMP/esp-pass.log" > /dev/null 2> "$TMP/err"
code=$?
[ "$code" = 2 ] && grep -q 'data_mode.answered: expected true or false' "$TMP/err" ||
    { echo "FAIL: esp-bad: exit $code"; cat "$TMP/err"; fail=1; }

# Quectel HTTP(S) and FTP(S) (BG96/EC2x AN; the shape of SeeedJP/WioLTEforArduino issue 14):
# AT+QHTTPURL and AT+QHTTPREAD answer CONNECT, the data, then OK, and +QHTTPREAD: <err> after
# it; AT+QFTPGET to "COM:" the same. Before: no family command named the module (3gpp, every
# Q* command unknown, nothing judged); now the QHTTP/QFTP commands the module took name it,
# the data phases end at their OK (CONNECT is not their final: the profile's not_final; the
# data are the answer's lines; no response-timeout, no orphan), and AT+QHTTPGET,
# AT+QFTPOPEN/CWD/CLOSE complete at their +Q...: <err>
cap ec25-http captures/quectel/ec25-http-read.log
verdict ec25-http auto 0 <<'WEOF'
WEOF
grep -q '; profile quectel-bg96$' "$TMP/ec25-http.txt" || { echo "FAIL: ec25-http: not quectel-bg96"; fail=1; }
status ec25-http response-timeout 'pass'
status ec25-http orphan-response 'pass'
brief ec25-http quectel-bg96 <<'WEOF'
T 1 AT+QHTTPCFG="contextid",1 -> complete OK
T 3 AT+QIACT? -> complete OK | 4:+QIACT: 1,1,1,"10.64.12.7"
T 6 AT+QHTTPURL=27,80 -> complete OK ; payload 27 bytes end length prompt 7
T 10 AT+QHTTPGET=80 -> complete OK ; completion success +QHTTPGET: 0,200,58
T 14 AT+QHTTPREAD=80 -> complete OK | 15:CONNECT | 16:HTTP/1.1 200 OK | 17:Content-Length: 17 | 19:{"temp":21,"ok":1}
U 22 +QHTTP +QHTTPREAD: 0
T 23 AT+CSQ -> complete OK | 24:+CSQ: 24,99
WEOF
cap bg96-ftp captures/quectel/bg96-ftp-get-com.log
verdict bg96-ftp auto 0 <<'WEOF'
WEOF
grep -q '; profile quectel-bg96$' "$TMP/bg96-ftp.txt" || { echo "FAIL: bg96-ftp: not quectel-bg96"; fail=1; }
status bg96-ftp response-timeout 'not-evaluable  no command with a time limit got a timestamped final result'
brief bg96-ftp quectel-bg96 <<'WEOF'
T 1 AT+QFTPCFG="contextid",1 -> complete OK
T 3 AT+QFTPOPEN="ftp.example.net",21 -> complete OK ; completion success +QFTPOPEN: 0,0
T 7 AT+QFTPCWD="/pub" -> complete OK ; completion success +QFTPCWD: 0,0
T 11 AT+QFTPGET="cfg.txt","COM:" -> complete OK | 12:CONNECT | 13:interval=60 | 14:server=192.0.2.44
U 17 +QFTP +QFTPGET: 0,32
T 18 AT+QFTPCLOSE -> complete OK ; completion success +QFTPCLOSE: 0,0
WEOF
# the GET failed (+QHTTPGET: 714) and the host read the body anyway: before, read as 3gpp, no
# finding (exit 0); the failed GET was a report even under quectel-bg96
cap ec25-get-fail captures/quectel/ec25-http-get-failed.log
verdict ec25-get-fail auto 1 <<'WEOF'
7: warning: [command-failed] AT+QHTTPGET=80 failed (+QHTTPGET: 714) and the host neither retried it nor asked why
11: warning: [command-failed] AT+QHTTPREAD=80 failed (+CME ERROR: 703) and the host neither retried it nor asked why
WEOF

# sms_tool prints the final result only with -D (obsy/sms_tool sms_main.c): a run without it
# is sms-tool-nofinal (shows finals-stripped). Before, one definition for both: 3 false
# response-timeout errors "got no final result before the next command", exit 1
log smstool-nod 'root@OpenWrt:~# sms_tool -d /dev/ttyUSB2 at "AT+CSQ"\n+CSQ: 19,99\nroot@OpenWrt:~# sms_tool -d /dev/ttyUSB2 at "AT+CPIN?"\n+CPIN: READY\nroot@OpenWrt:~# sms_tool -d /dev/ttyUSB2 at "AT+COPS?"\n+COPS: 0,0,"Example",7\nroot@OpenWrt:~# sms_tool -d /dev/ttyUSB2 at "AT+CGACT=1,1"\nroot@OpenWrt:~# \n'
verdict smstool-nod auto 0 <<'WEOF'
WEOF
grep -q '^'"$TMP"'/smstool-nod.log: sms-tool-nofinal (.*; shows finals-stripped); profile 3gpp$' "$TMP/smstool-nod.txt" ||
    { echo "FAIL: smstool-nod: not read as sms-tool-nofinal"; grep 'profile' "$TMP/smstool-nod.txt"; fail=1; }
status smstool-nod response-timeout 'not-evaluable  the capture format does not show every final result (shows finals-stripped)'
status smstool-nod command-failed "not-evaluable  the capture format does not show the modem's error results (shows finals-stripped)"
# with -D the finals are shown and judged: the +CME ERROR: 30 answered by a look at the signal
log smstool-d 'root@OpenWrt:~# sms_tool -D -d /dev/ttyUSB2 at "AT+CSQ"\n+CSQ: 19,99\nOK\nroot@OpenWrt:~# sms_tool -d /dev/ttyUSB2 -D at "AT+CGACT=1,1"\n+CME ERROR: 30\nroot@OpenWrt:~# sms_tool -D -d /dev/ttyUSB2 at "AT+CSQ"\n+CSQ: 19,99\nOK\n'
verdict smstool-d auto 0 <<'WEOF'
WEOF
grep -q '^'"$TMP"'/smstool-d.log: sms-tool (' "$TMP/smstool-d.txt" || { echo "FAIL: smstool-d: not read as sms-tool"; fail=1; }
status smstool-d command-failed 'pass'
# QuecManager (quecmanager-json, finals-stripped) strips the final: a plain ERROR ("status":
# "error" with no error line) is not seen, so the failure rules do not pass, they say why
# (pinned, unchanged: the leftover of round 10 checked)
printf '%s\n' '{"command": "AT+QIACT=1", "response": "AT+QIACT=1\\n", "status": "error"}' \
    '{"command": "AT+CSQ", "response": "AT+CSQ\\n+CSQ: 18,99\\n", "status": "success"}' > "$TMP/qm-hidden.log"
verdict qm-hidden auto 0 <<'WEOF'
WEOF
status qm-hidden command-failed "not-evaluable  the capture format does not show the modem's error results (shows finals-stripped)"
status qm-hidden retry-too-few "not-evaluable  the capture format does not show the modem's error results (shows finals-stripped)"

# SIMCom SIM7600 HTTPS (CHTTPS*: OK, then +CHTTPSOPSE/SEND/CLSE/STOP: <err>; AT+CHTTPSRECV:
# OK, +CHTTPSRECV: DATA,<len>, the bytes, +CHTTPSRECV: 0). Before: 3gpp, the response's lines
# an orphan-response warning (exit 1), and the failed open no finding
cap chttps captures/simcom/sim7600-https-recv.log
verdict chttps auto 0 <<'WEOF'
WEOF
grep -q '; profile simcom-sim7600$' "$TMP/chttps.txt" || { echo "FAIL: chttps: not simcom-sim7600"; fail=1; }
brief chttps simcom-sim7600 <<'WEOF'
T 1 AT+CHTTPSSTART -> complete OK
T 3 AT+CHTTPSOPSE="api.example.org",443,2 -> complete OK ; completion success +CHTTPSOPSE: 0
T 7 AT+CHTTPSSEND=64 -> complete OK ; payload 64 bytes end length prompt 8 ; completion success +CHTTPSSEND: 0
U 17 +CHTTPS: RECV EVENT +CHTTPS: RECV EVENT
T 18 AT+CHTTPSRECV=100 -> complete OK
U 21 +CHTTPSRECV DATA +CHTTPSRECV: DATA,38
D 22 received HTTP/1.1 200 OK\r

D 23 received Content-Length: 0\r
\r

U 26 +CHTTPS +CHTTPSRECV: 0
T 27 AT+CHTTPSCLSE -> complete OK ; completion success +CHTTPSCLSE: 0
T 31 AT+CHTTPSSTOP -> complete OK ; completion success +CHTTPSSTOP: 0
WEOF
cap chttps-fail captures/simcom/sim7600-https-open-failed.log
verdict chttps-fail auto 1 <<'WEOF'
3: warning: [command-failed] AT+CHTTPSOPSE="api.example.org",443,2 failed (+CHTTPSOPSE: 3) and the host neither retried it nor asked why
WEOF

# the other sessions of round 11: each module's clean TCP session gives no finding, and its
# fault the finding a modem engineer gives (module identified from the capture)
for c in simcom/sim800-tcp-session simcom/sim7600-tcp-session \
         quectel/bg96-tcp-session ublox/sara-r5-tcp-session nordic/nrf91-slm-tcp-session \
         telit/le910-tcp-session airm2m/air780-tcp-session \
         sequans/gm02s-tcp-session neoway/n58-tcp-session; do
    n=r11-$(basename "$c")
    cap "$n" "captures/$c.log"
    verdict "$n" auto 0 < /dev/null
done
# round 12: a send on a socket whose open still waits for its completion (AT+CIPSEND before
# +CIPOPEN: 0,0) is socket-state's (round 11 left it: no rule judged it); a close then is the
# host giving up on the open, not judged. Batch 29's V1: it is async-overlap's (a command that
# uses what the open is still making), socket-state no longer reports the same send
cap r11-sim7600-send-before-open captures/simcom/sim7600-send-before-open.log
verdict r11-sim7600-send-before-open auto 1 <<'WEOF'
7: error: [async-overlap] AT+CIPSEND=0,5 sent while AT+CIPOPEN=0,"TCP","198.51.100.20",5000 still waited for +CIPOPEN (sent at line 5; it came only at line 10)
WEOF
log r12-open-abort 'AT+NETOPEN\r\nOK\r\n\r\n+NETOPEN: 0\r\nAT+CIPOPEN=0,"TCP","198.51.100.20",5000\r\nOK\r\nAT+CIPCLOSE=0\r\nOK\r\n\r\n+CIPOPEN: 0,4\r\n\r\n+CIPCLOSE: 0,4\r\n'
verdict r12-open-abort simcom-sim7600 0 <<'WEOF'
WEOF
# a trace that never shows the completion (a library that logs only what it parses): the send
# is not judged early, nothing says the open was still waiting
log r12-open-unseen 'AT+NETOPEN\r\nOK\r\n\r\n+NETOPEN: 0\r\nAT+CIPOPEN=0,"TCP","198.51.100.20",5000\r\nOK\r\nAT+CIPSEND=0,5\r\n>hello\r\nOK\r\n\r\n+CIPSEND: 0,5,5\r\n'
verdict r12-open-unseen simcom-sim7600 0 <<'WEOF'
WEOF
cap r11-sim800-closed captures/simcom/sim800-tcp-peer-closed.log
verdict r11-sim800-closed auto 1 <<'WEOF'
18: error: [socket-state] AT+CIPSEND=5 on the connection, which is not open (closed at line 17)
WEOF
cap r11-bg96-openfail captures/quectel/bg96-send-after-open-fail.log
verdict r11-bg96-openfail auto 1 <<'WEOF'
7: error: [socket-state] AT+QISEND=0,5 on socket 0, which is not open (its open failed at line 6)
WEOF
cap r11-sara-closed captures/ublox/sara-r5-write-after-close.log
verdict r11-sara-closed auto 1 <<'WEOF'
11: error: [socket-state] AT+USOWR=0,5 on socket 0, which is not open (closed at line 10)
WEOF
cap r11-nrf-unreg captures/nordic/nrf91-slm-connect-unregistered.log
verdict r11-nrf-unreg auto 1 <<'WEOF'
7: warning: [command-failed] AT#XCONNECT="198.51.100.20",5000 failed (ERROR) and the host neither retried it nor asked why
WEOF
# round 12: the SLM's sockets are the active handle (nordic-slm single_connection classes): the
# socket made at line 3 is open, the send's ERROR is the failed connect's (command-failed)
status r11-nrf-unreg socket-state 'pass'
# the active socket: a second AT#XSOCKET=1 the module takes (up to 8 sockets) is no reopen;
# AT#XSOCKETSELECT makes one active; the peer's #XSOCKET: <h>,"closed" drops it, a send then
# and a second close are findings
log r12-slm-active 'AT+CFUN=1\r\nOK\r\nAT#XSOCKET=1,1,0\r\n#XSOCKET: 0,1,6\r\n\r\nOK\r\nAT#XCONNECT="198.51.100.20",5000\r\n#XCONNECT: 1\r\n\r\nOK\r\nAT#XSOCKET=1,2,0\r\n#XSOCKET: 1,2,17\r\n\r\nOK\r\nAT#XSOCKETSELECT=0\r\n#XSOCKETSELECT: 0\r\n\r\nOK\r\nAT#XSEND="hello"\r\n#XSEND: 5\r\n\r\nOK\r\n#XSOCKET: 0,"closed"\r\nAT#XSEND="again"\r\nERROR\r\nAT#XSOCKET=0\r\n#XSOCKET: 0,"closed"\r\n\r\nOK\r\nAT#XSOCKET=0\r\nERROR\r\n'
verdict r12-slm-active nordic-slm 1 <<'WEOF'
24: error: [socket-state] AT#XSEND="again" on the connection, which is not open (closed at line 23)
30: error: [socket-state] AT#XSOCKET=0 on the connection, which is not open (closed at line 29)
WEOF
status r12-slm-active socket-without-ip 'disabled'
# Telit: AT#SS's "#SS: <connId>,0" says the socket is closed (telit closed_socket, a line class
# of the socket query's answers); a send on it is socket-state's (before: missed, exit 0), the
# close after it the host's cleanup
cap r11-le910-ss captures/telit/le910-send-after-ss-closed.log
verdict r11-le910-ss auto 1 <<'WEOF'
13: error: [socket-state] AT#SSEND=1 on socket 1, which is not open (closed at line 8)
WEOF

# --- Round 12: host-library traces (docs/precision.md). A library gives up by its own
# timeout: a command without a final whose next command came within the command's limit
# (AT+COPS=1 manual selection, 180 s; Zephyr's HL7800 driver waits 6 s) is the host's,
# said so; a format-only AT+COPS=3 has no network wait and no such limit
log r12-cops-early '[2026-12-05 09:00:05.640] AT+CGACT=1,1\r\n[2026-12-05 09:00:06.540] +CME ERROR: 30\r\n[2026-12-05 09:00:06.600] AT+COPS=1,2,"26201"\r\n[2026-12-05 09:00:12.610] AT+CFUN=1\r\n[2026-12-05 09:00:12.950] OK\r\n'
verdict r12-cops-early 3gpp 1 <<'WEOF'
3: error: [response-timeout] AT+COPS=1,2,"26201" got no final result: the host sent the next command 6.010 s later, within the command's time limit (180 s): the host stopped waiting, not the module
WEOF
status r12-cops-early command-failed 'pass'
log r12-cops-format '[2026-12-05 09:00:05.000] AT+COPS=3,2\r\n[2026-12-05 09:00:07.100] AT+CREG?\r\n[2026-12-05 09:00:07.130] +CREG: 0,1\r\n[2026-12-05 09:00:07.131] OK\r\n'
verdict r12-cops-format 3gpp 1 <<'WEOF'
1: error: [response-timeout] AT+COPS=3,2 got no final result before the next command
WEOF
# only the host's writes (a tool that logs what it sends) look like a module that never
# answered: not a silent module's fault, seven times, and no PASS either (a CI gate must not
# go green on a module that said nothing): inconclusive, saying both (coverage.c)
log r12-sends-only '[2026-12-05 09:00:01.000] ATZ\r\n[2026-12-05 09:00:02.000] ATE0\r\n[2026-12-05 09:00:03.000] AT+CGDCONT=1,"IP","internet"\r\n[2026-12-05 09:00:04.000] AT^NDISDUP=1,1\r\n'
verdict r12-sends-only 3gpp 2 <<'WEOF'
WEOF
status r12-sends-only response-timeout 'not-evaluable  no line of the module'"'"'s in the capture (4 commands, no echo, answer or report): a module that never answered, or only the host'"'"'s side logged'
# one answer anywhere and the rules judge the rest: a PASS is again one on evidence
log r12-one-answer 'AT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nATI\r\n'
verdict r12-one-answer 3gpp 0 <<'WEOF'
WEOF
status r12-one-answer orphan-response 'pass'
# a look at the state that fails (AT+CSQ on an nRF91, which has AT+CESQ; AT+UPSND=0,8 before
# the PSD profile is defined) is no action the host walked past
log r12-query-fails 'AT+CFUN=1\r\nOK\r\nAT+CSQ\r\nERROR\r\nAT%%XMONITOR\r\n%%XMONITOR: 1,"","","26202","4C1D",7,20,"0A1B2C3D",88,6300,53,31,"","11100000","11100000"\r\nOK\r\nAT+CGDCONT?\r\n+CGDCONT: 0,"IP","iot.example","10.160.1.20",0,0\r\nOK\r\n'
# (round 13: nordic-slm removes AT+CSQ, which the nRF91 AT Commands reference does not have:
# unknown-command says the module lacks it, command-failed leaves it to that rule)
verdict r12-query-fails auto 0 <<'WEOF'
3: info: [unknown-command] +CSQ is not a command of the nordic-slm profile (in AT+CSQ); it has +CESQ
WEOF
grep -q 'profile\] nordic-slm: command AT%XMONITOR (line 5)' "$TMP/r12-query-fails.txt" ||
    { echo "FAIL: r12-query-fails: not identified as nordic-slm by AT%XMONITOR"; fail=1; }
# ... while an action that fails and is walked past still is
log r12-action-fails 'AT+CFUN=1\r\nOK\r\nAT+CGACT=1,1\r\n+CME ERROR: 148\r\nAT+CGDCONT?\r\nOK\r\nAT+CGPADDR\r\nOK\r\nATD*99#\r\nCONNECT\r\n'
verdict r12-action-fails 3gpp 1 <<'WEOF'
3: warning: [command-failed] AT+CGACT=1,1 failed (+CME ERROR: 148, unspecified GPRS error) and the host neither retried it nor asked why
WEOF
# the SIM's ICCID read back after "SIM not inserted": the SIM is there (AT+QCCID is sim_use)
log r12-iccid 'AT+CPIN?\r\n+CME ERROR: 10\r\nAT+QCCID\r\n+QCCID: 8949020000012345678F\r\n\r\nOK\r\n'
verdict r12-iccid quectel-bg96 0 <<'WEOF'
WEOF

# a socket closed and opened again at once: the new open's own result is the check (Quectel
# answers +QIOPEN: <id>,563 on a socket still up), as a new data call is after a release;
# the L610's guide (reattach_checks 1) still asks for the query first
log r12-reopen 'AT+QIOPEN=1,0,"TCP","198.51.100.20",5000,0,0\r\nOK\r\n\r\n+QIOPEN: 0,0\r\nAT+QICLOSE=0\r\nOK\r\nAT+QIOPEN=1,0,"TCP","198.51.100.20",5000,0,0\r\nOK\r\n\r\n+QIOPEN: 0,0\r\nAT+QISTATE?\r\nOK\r\n'
verdict r12-reopen quectel-bg96 0 <<'WEOF'
WEOF
status r12-reopen verify-after-close 'pass'
log r12-reopen-l610 'AT+MIPCALL?\r\n+MIPCALL: 1,"10.0.0.2"\r\nOK\r\nAT+MIPOPEN=1,,"198.51.100.20",5000,0\r\nOK\r\n+MIPOPEN: 1,1\r\nAT+MIPCLOSE=1\r\nOK\r\n+MIPCLOSE: 1,0\r\nAT+MIPOPEN=1,,"198.51.100.20",5000,0\r\nOK\r\n+MIPOPEN: 1,1\r\nAT+MIPOPEN?\r\n+MIPOPEN: 2,3,4\r\nOK\r\n'
verdict r12-reopen-l610 fibocom-l610 0 <<'WEOF'
9: info: [verify-after-close] AT+MIPCLOSE=1 completed but the state was not confirmed with AT+MIPOPEN? before AT+MIPOPEN=1,,"198.51.100.20",5000,0
WEOF

# Quectel M95 HTTP (M95 HTTP AT manual; round 11 left the entries): AT+QHTTPURL, AT+QHTTPREAD
# and AT+QHTTPPOST with their CONNECT data phases ended by OK, AT+QHTTPGET synchronous (OK
# once the response came, no result line after it). Before: four unknown commands
log r12-m95-http 'AT+QIFGCNT=0\r\nOK\r\nAT+QICSGP=1,"CMNET"\r\nOK\r\nAT+QHTTPURL=29,30\r\nCONNECT\r\nhttp://api.example.net/status\r\nOK\r\nAT+QHTTPGET=60\r\nOK\r\nAT+QHTTPREAD=30\r\nCONNECT\r\n{"fw":"1.4.2","ota":false}\r\nOK\r\nAT+QHTTPPOST=18,50,10\r\nCONNECT\r\ntemp=21.5&hum=40\r\nOK\r\n'
verdict r12-m95-http quectel-m95 0 <<'WEOF'
WEOF
brief r12-m95-http quectel-m95 <<'WEOF'
T 1 AT+QIFGCNT=0 -> complete OK
T 3 AT+QICSGP=1,"CMNET" -> complete OK
T 5 AT+QHTTPURL=29,30 -> complete OK ; payload 29 bytes end length prompt 6
T 9 AT+QHTTPGET=60 -> complete OK
T 11 AT+QHTTPREAD=30 -> complete OK | 12:CONNECT | 13:{"fw":"1.4.2","ota":false}
T 15 AT+QHTTPPOST=18,50,10 -> complete OK ; payload 18 bytes end length prompt 16
WEOF
# the GET refused (+CME ERROR: 3822, M95's HTTP response failed), the body read anyway
log r12-m95-http-fail 'AT+QHTTPURL=29,30\r\nCONNECT\r\nhttp://api.example.net/status\r\nOK\r\nAT+QHTTPGET=60\r\n+CME ERROR: 3822\r\nAT+QHTTPREAD=30\r\n+CME ERROR: 3823\r\nAT+QIDEACT\r\nDEACT OK\r\n'
verdict r12-m95-http-fail quectel-m95 1 <<'WEOF'
5: warning: [command-failed] AT+QHTTPGET=60 failed (+CME ERROR: 3822) and the host neither retried it nor asked why
WEOF

# --- Round 13: times from the wrapper (docs/precision.md). A daemon's '> AT' /
# '< OK' behind syslog's stamps (rsyslog's RSYSLOG_TraditionalFileFormat,
# "%TIMESTAMP% %HOSTNAME% %syslogtag%%msg%"): generic-gtlt's own time groups
# carry nothing here, the lines get syslog's whole seconds. AT+CSTT (SIM800,
# 1 s): answered 2 s later is over even if each stamp hides 0.999 s; answered
# in the next second (1 s measured) may have taken 0.001 s: not judged.
log syslog-cstt 'Dec  6 10:00:02 host modemd[412]: > AT+CSTT="internet","",""\nDec  6 10:00:03 host modemd[412]: < OK\nDec  6 10:00:05 host modemd[412]: > AT+CSTT="internet","",""\nDec  6 10:00:07 host modemd[412]: < OK\n'
verdict syslog-cstt simcom-sim800 1 <<'WEOF'
3: error: [response-timeout] AT+CSTT="internet","","" answered OK after 2.000 s (limit 1 s)
WEOF
# the same stamps, every answer in the second after its command: nothing over
log syslog-cstt-round 'Dec  6 10:00:02 host modemd[412]: > AT+CSTT="internet","",""\nDec  6 10:00:03 host modemd[412]: < OK\n'
verdict syslog-cstt-round simcom-sim800 0 <<'WEOF'
WEOF
status syslog-cstt-round response-timeout "not-evaluable  1 answer (from line 1) within the stamps' step (1 s) of the command's limit: over or under it is the stamps' rounding"
# A StreamDebugger's command glued behind the previous OK on one line of a
# terminal's stamps (tio's "[%H:%M:%S.%f] ", tio/src/tty.c): the line's stamp is
# the OK's, the command went out later, by up to the next line's stamp. 1.159 s
# measured is only an upper bound: not judged (it was a false finding).
log tio-glued '[10:21:02.272] AT+CIPSHUT\n[10:21:02.325] \n[10:21:02.378] SHUT OKAT+CGATT=1\n[10:21:02.431] \n[10:21:02.484] \n[10:21:02.537] OKAT+CSTT="internet","",""\n[10:21:03.590] \n[10:21:03.643] \n[10:21:03.696] OK\n[10:21:03.749] AT+CIICR\n[10:21:03.802] \n[10:21:03.855] OK\n'
verdict tio-glued simcom-sim800 0 <<'WEOF'
WEOF
status tio-glued response-timeout 'pass  partly checked: 2 commands (from line 3) glued behind the previous final on one stamped line: sent at an unknown time after that stamp'

# --- Round 13 (h-precision13). completion-timeout on whole-second stamps: SIM800's single
# connection CONNECT OK within 160 s (ATCM 8.2.2). 160 s measured on syslog seconds is
# anything from 159.001 to 160.999 s: rounding's call, not judged (it passed before); 162 s
# is over whatever the rounding; 30 s surely under.
log ct-round 'Dec  6 10:00:00 host modemd[412]: > AT+CIPSTART="TCP","192.0.2.1",80\nDec  6 10:00:00 host modemd[412]: < OK\nDec  6 10:02:40 host modemd[412]: < CONNECT OK\n'
verdict ct-round simcom-sim800 0 <<'WEOF'
WEOF
status ct-round completion-timeout "not-evaluable  1 completion (from line 1) within the stamps' step (1 s) of its limit: over or under it is the stamps' rounding"
log ct-over 'Dec  6 10:00:00 host modemd[412]: > AT+CIPSTART="TCP","192.0.2.1",80\nDec  6 10:00:00 host modemd[412]: < OK\nDec  6 10:02:42 host modemd[412]: < CONNECT OK\n'
verdict ct-over simcom-sim800 1 <<'WEOF'
1: error: [completion-timeout] AT+CIPSTART="TCP","192.0.2.1",80 completed (CONNECT OK) after 162.000 s (limit 160 s)
WEOF
log ct-partly 'Dec  6 10:00:00 host modemd[412]: > AT+CIPSTART="TCP","192.0.2.1",80\nDec  6 10:00:00 host modemd[412]: < OK\nDec  6 10:00:30 host modemd[412]: < CONNECT OK\nDec  6 10:00:31 host modemd[412]: > AT+CIPCLOSE\nDec  6 10:00:31 host modemd[412]: < CLOSE OK\nDec  6 10:00:32 host modemd[412]: > AT+CIPSTART="TCP","192.0.2.1",80\nDec  6 10:00:32 host modemd[412]: < OK\nDec  6 10:03:12 host modemd[412]: < CONNECT OK\n'
verdict ct-partly simcom-sim800 0 <<'WEOF'
WEOF
status ct-partly completion-timeout "pass  partly checked: 1 completion (from line 6) within the stamps' step (1 s) of its limit: over or under it is the stamps' rounding"

# socket-state cited a boot report as the close ("closed at line 1", nordic-faults:33):
# a socket the module's restart closed says so, one never opened since the boot says that
log boot-closed 'AT+QIOPEN=1,0,"TCP","192.0.2.1",80,0,1\r\nOK\r\n+QIOPEN: 0,0\r\nRDY\r\nAT+QISEND=0,5\r\n> hello\r\nERROR\r\n'
verdict boot-closed quectel-bg96 1 <<'WEOF'
5: error: [socket-state] AT+QISEND=0,5 on socket 0, which is not open (the module restarted at line 4, after its open at line 1)
WEOF
log boot-never 'RDY\r\nAT+QISEND=0,5\r\n> hello\r\nERROR\r\n'
verdict boot-never quectel-bg96 1 <<'WEOF'
2: error: [socket-state] AT+QISEND=0,5 on socket 0, which was never opened since the module started (line 1)
WEOF

# A restart (class reset: 3GPP 27.007 8.2 AT+CFUN=<fun>,1; u-blox AT+CFUN=15/16, ESP-AT
# AT+RST, SLM AT#XRESET): the module boots again, and the AT the host sends until it answers
# get nothing, as after power-on (heldout7 terminal-reboot-resend:8, terminal-resend-plain:7
# were response-timeout errors); a restart that went down before its OK is not judged either.
# Without the restart (AT+CFUN=1) an AT left unanswered is still found.
log reset-probe '[10:00:00.000] AT+CFUN=1,1\n[10:00:00.300] OK\n[10:00:04.000] AT\n[10:00:06.000] AT\n[10:00:06.200] OK\n[10:00:07.000] AT+CPIN?\n[10:00:07.020] +CPIN: READY\n[10:00:07.030] OK\n'
verdict reset-probe 3gpp 0 <<'WEOF'
WEOF
status reset-probe response-timeout 'pass'
log reset-no-ok '[10:00:00.000] AT+CFUN=1,1\n[10:00:04.000] AT\n[10:00:06.000] AT\n[10:00:06.200] OK\n'
verdict reset-no-ok 3gpp 0 <<'WEOF'
WEOF
log no-reset-probe '[10:00:00.000] AT+CFUN=1\n[10:00:00.300] OK\n[10:00:04.000] AT\n[10:00:06.000] AT\n[10:00:06.200] OK\n[10:00:07.000] AT+CPIN?\n[10:00:07.020] +CPIN: READY\n[10:00:07.030] OK\n'
verdict no-reset-probe 3gpp 1 <<'WEOF'
3: error: [response-timeout] AT got no final result before the next command
WEOF

# A baud rate change (class rate_change: V.250 6.2.10 AT+IPR answers at the old rate; ESP-AT
# AT+UART_CUR/UART_DEF) whose OK the host did not read (Adafruit ESP_ATcontrol switches its UART
# and flushes the input): not the module silent (espatcontrol-esp32:7 was a response-timeout
# error). AT+CWSTATE and AT+CIPSSLCCONF are ESP-AT v2 commands (Wi-Fi and TCP/IP AT Commands;
# unknown-command infos before); AT+CIPSSLSIZE is the ESP8266's only, which an ESP32 refuses.
log esp-uart 'AT\r\n\r\nOK\r\nAT+UART_CUR=115200,8,1,0,0\r\nAT\r\n\r\nOK\r\nAT+CWSTATE?\r\n\r\n+CWSTATE:0,""\r\n\r\nOK\r\nAT+CIPSSLCCONF?\r\n\r\n+CIPSSLCCONF:0,0,0\r\n\r\nOK\r\nAT+CIPSSLSIZE=4096\r\n\r\nERROR\r\n'
verdict esp-uart espressif-at 0 <<'WEOF'
18: info: [unknown-command] +CIPSSLSIZE is not a command of the espressif-at profile (in AT+CIPSSLSIZE=4096)
WEOF

# The late answer of a command the host library gave up on (ATCmdParser's AT(Timeout), then the
# OK read by the next recv()): response-timeout's finding stands for it; it was also an
# orphan-response warning ("final result OK with no command waiting for it"), 5 such in
# tests/data/gaveup. An OK after a command that got its own final is still an orphan.
printf 'AT> AT+CSQ\nAT? +CSQ: %%d,%%d%%n\nAT= +CSQ: 20,99\nAT? OK%%n\nAT= OK\nAT> AT+COPS?\nAT? +COPS: %%d,%%d,"%%30[^"]",%%d%%n\nAT(Timeout)\nAT< +COPS: 0,0,"BROOK",7\nAT< OK\nAT> AT+CGATT?\nAT? +CGATT: %%d%%n\nAT= +CGATT: 1\nAT? OK%%n\nAT= OK\n' > "$TMP/gaveup-late.log"
verdict gaveup-late 3gpp 1 <<'WEOF'
6: error: [response-timeout] AT+COPS? got no final result: the host library gave up waiting (line 8)
WEOF
log orphan-still 'AT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nOK\r\nAT+CGATT?\r\n+CGATT: 1\r\nOK\r\n'
verdict orphan-still 3gpp 1 <<'WEOF'
4: warning: [orphan-response] final result OK with no command waiting for it
WEOF

# sim-fault: a registration reported while AT+CPIN? waited for its answer (FreeRTOS-Cellular
# logs "+CEREG: 5" between the command and its "+CME ERROR: 13", heldout7 freertos-verdict:11)
# shows the network took the SIM: not reported (was a warning); a registration shown before
# the command was sent does not contradict the SIM's own query (3gpp-session:35, round 3)
log sim-reg-during 'AT+CPIN?\r\n+CEREG: 5\r\n+CME ERROR: 13\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n'
verdict sim-reg-during 3gpp 0 <<'WEOF'
WEOF
status sim-reg-during sim-fault 'pass  partly checked: 1 SIM fault answer the capture contradicts, not reported: +CME ERROR: 13, SIM failure to AT+CPIN? (line 3), the SIM working at line 2'
log sim-reg-before 'AT+CEREG?\r\n+CEREG: 0,5\r\nOK\r\nAT+CPIN?\r\n+CME ERROR: 13\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n'
verdict sim-reg-before 3gpp 1 <<'WEOF'
4: warning: [sim-fault] AT+CPIN? failed (+CME ERROR: 13, SIM failure): the SIM is missing or unusable, and what needs it fails whatever the host does
WEOF

# command-failed counted a failure of a command the profile does not know (a vendor's under the
# 3gpp base) as judged: a trace ending at AT+QIACT=1 -> ERROR passed (dotnet-console-lines, 72
# bundled captures). Not judged is not a pass: not-evaluable, or partly, with the command named.
log cf-unknown 'AT+CPIN?\r\n+CPIN: READY\r\nOK\r\nAT+QIACT=1\r\nERROR\r\n'
verdict cf-unknown 3gpp 0 <<'WEOF'
WEOF
status cf-unknown command-failed 'not-evaluable  AT+QIACT failed (line 4): a command the profile does not know, not judged'

# error-detail advised again for the same failing command once per answer window: a storm of
# AT+CGATT=1 -> ERROR (sim800-cgatt-storm) got the same advice at lines 13, 28 and 43. Once.
log detail-once 'AT+CGATT=1\r\nERROR\r\nAT+CGATT=1\r\nERROR\r\nAT+CGATT=1\r\nERROR\r\nAT+CGATT=1\r\nERROR\r\nAT+CGATT=1\r\nERROR\r\nAT+CGATT=1\r\nERROR\r\nAT+CGATT=1\r\nERROR\r\nAT+CREG?\r\n+CREG: 0,1\r\nOK\r\n'
verdict detail-once 3gpp 0 <<'WEOF'
WEOF
got=$(grep -E "^$TMP/detail-once.log:[0-9]+: info: \[error-detail\]" "$TMP/detail-once.txt" | sed "s|^$TMP/detail-once.log:||")
[ "$got" = "2: info: [error-detail] AT+CGATT=1 returned ERROR while verbose errors are off; AT+CMEE=2 and a repeat would tell why" ] ||
    { echo "FAIL: detail-once: $got"; fail=1; }

# "AT command ready" (the L610's boot text) read under another profile was a command line of
# basic commands C, O, M... (O entering data mode, the next command lost): a sentence
log sentence-at 'AT command ready\r\n\r\n+SIM READY\r\nAT commands do not work here\r\nAT\r\nOK\r\nat e0\r\nOK\r\nAT Z\r\nOK\r\n'
records sentence-at 3gpp <<'WEOF'
P 3gpp
X 1 text-outside-command: AT command ready
X 3 text-outside-command: +SIM READY
X 4 text-outside-command: AT commands do not work here
T 5 AT -> complete OK
T 7 at e0 -> complete OK
T 9 AT Z -> complete OK
WEOF

# an issue template's Markdown heading after the paste is not modem text; a line of capitals is
log md-heading 'AT\r\nOK\r\n### Hardware\r\nLILYGO T-SIM7600E, TINYGSM 0.11.7\r\nAT+CSQ\r\nOK\r\nNORMAL POWER DOWN\r\n'
verdict md-heading quectel-bg96 1 <<'WEOF'
7: warning: [orphan-response] modem text with no command waiting: NORMAL POWER DOWN
WEOF
# under the profile that names no module a line of modem text may be the module's own report:
# not judged, said; a final with no command still is
log generic-text 'AT\r\nOK\r\nENTER PSM\r\nAT\r\nOK\r\nEXIT PSM\r\nOK\r\n'
verdict generic-text 3gpp 1 <<'WEOF'
7: warning: [orphan-response] final result OK with no command waiting for it
WEOF
status generic-text orphan-response 'fail  partly checked: 2 lines of modem text outside any command (ENTER PSM, line 3) not judged: the 3gpp profile names no module, so the module'"'"'s own reports are unknown to it'

# a daemon's probes (ModemManager loads the PIN retries and the serving cell where the module
# has them): AT+CPINR (27.007 8.65) and Quectel's AT+QENG="servingcell" failing are no fault
log probes-fail 'AT+CPINR\r\r\nERROR\r\nAT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\nAT+QENG="servingcell"\r\r\n+CME ERROR: 3\r\nAT+COPS?\r\r\n+COPS: 0\r\n\r\nOK\r\nAT+CGMM\r\r\nBG96\r\n\r\nOK\r\nAT+QIACT=1\r\r\nERROR\r\nAT\r\r\nOK\r\nAT\r\r\nOK\r\n'
verdict probes-fail quectel-bg96 1 <<'WEOF'
17: warning: [command-failed] AT+QIACT=1 failed (ERROR) and the host neither retried it nor asked why
WEOF


# --- round 15: command-failed read a look at the network as the host asking why only after a
# network_fault code; after a plain ERROR of the packet attach (27.007 10.1.9: ERROR when the
# attach "cannot be achieved", most often unregistered) the registration check is the question
# (detail-once above: 7 failed AT+CGATT=1, then AT+CREG?, was "moved on without asking why").
# The network_use class (AT+CGATT=1, AT+CGACT=1), and the attach and bearer_open classes.
log cf-attach-cereg 'AT+CGACT=1,1\r\nERROR\r\nAT+CEREG?\r\n+CEREG: 0,2\r\nOK\r\nAT+CMGF=1\r\nOK\r\nAT+CPMS?\r\n+CPMS: "SM",0,30,"SM",0,30,"SM",0,30\r\nOK\r\n'
verdict cf-attach-cereg 3gpp 0 <<'WEOF'
WEOF
status cf-attach-cereg command-failed 'pass'
# SIM800's AT+CIICR (the attach class) refused, then AT+CGATT? / AT+CSQ
log cf-ciicr-csq 'AT+CSTT="internet"\r\nOK\r\nAT+CIICR\r\nERROR\r\nAT+CSQ\r\n+CSQ: 3,99\r\nOK\r\nAT+CMGF=1\r\nOK\r\nAT+CPMS?\r\n+CPMS: "SM",0,30,"SM",0,30,"SM",0,30\r\nOK\r\n'
verdict cf-ciicr-csq simcom-sim800 0 <<'WEOF'
WEOF
# the storm walked past (no look at the network) is still found, and a failure of what does
# not need the network (the SMS format) is not answered by a look at the registration
log cf-attach-walk 'AT+CGATT=1\r\nERROR\r\nAT+CGATT=1\r\nERROR\r\nAT+CMGF=1\r\nERROR\r\nAT+CREG?\r\n+CREG: 0,1\r\nOK\r\nAT+CPMS?\r\n+CPMS: "SM",0,30,"SM",0,30,"SM",0,30\r\nOK\r\nAT+CMGL="ALL"\r\nOK\r\n'
verdict cf-attach-walk 3gpp 1 <<'WEOF'
5: warning: [command-failed] AT+CMGF=1 failed (ERROR) and the host neither retried it nor asked why
WEOF
log cf-attach-walk2 'AT+CGATT=1\r\nERROR\r\nAT+CGATT=1\r\nERROR\r\nAT+CMGF=1\r\nOK\r\nAT+CPMS?\r\n+CPMS: "SM",0,30,"SM",0,30,"SM",0,30\r\nOK\r\nAT+CMGL="ALL"\r\nOK\r\n'
verdict cf-attach-walk2 3gpp 1 <<'WEOF'
1: warning: [command-failed] AT+CGATT=1 failed 2 times (last: ERROR) and the host moved on without asking why
WEOF

# --- round 15: a data session that logged no byte (a dial's CONNECT, then NO CARRIER 5 min
# later; pppd's frames are in no log of chat's) was a data record that began where it ended
# (line 3, no time: data mode's 338 s lost from stats). docs/records.md: the stretch runs
# from the line that entered data mode, pieces 0, bytes 0, its time that line's
log data-empty '[10:00:01.000] ATD*99#\r\n[10:00:02.000] CONNECT 150000000\r\n[10:05:40.000] NO CARRIER\r\n[10:05:41.000] AT\r\n[10:05:41.100] OK\r\n'
brief data-empty 3gpp <<'WEOF'
T 1 ATD*99# -> complete CONNECT 150000000
D 2 transparent 
T 4 AT -> complete OK
WEOF
got=$(grep '"kind":"data"' "$TMP/data-empty.jsonl" | grep -o '"line":[0-9]*,"end_line":[0-9]*,"offset":[0-9]*,"time":"[^"]*"\|"pieces":[0-9]*\|"end":"[^"]*","end_at":[0-9]*' | tr '\n' ' ')
[ "$got" = '"line":2,"end_line":3,"offset":39,"time":"10:00:02.000000" "pieces":0 "end":"no-carrier","end_at":3 ' ] ||
    { echo "FAIL: data-empty: $got"; fail=1; }
"$BIN" stats --profile 3gpp "$TMP/data-empty.log" | grep -A3 '"data_mode"' | tr -d ' \n' > "$TMP/de"
[ "$(cat "$TMP/de")" = '"data_mode":{"stretches":1,"bytes":0,"seconds":338.0,' ] || { echo "FAIL: data-empty stats: $(cat "$TMP/de")"; fail=1; }

# --- round 15: round 13's three doubtful findings, decided.
# A host that logs each command and then reads the module's echo (the line twice): the first
# command shown once, unanswered, while every command after it is echoed and answered, was
# never read by the module (asleep, not up yet, detecting the baud rate on its first "AT"):
# not judged (before: "ATZ got no final result before the next command")
log first-unechoed 'ATZ\r\nAT+CSQ\r\nAT+CSQ\r\n+CSQ: 21,99\r\n\r\nOK\r\nAT+CREG?\r\nAT+CREG?\r\n+CREG: 0,1\r\n\r\nOK\r\n'
verdict first-unechoed 3gpp 0 <<'WEOF'
WEOF
# the same on a stamped terminal-stamps log, judged otherwise: the reason says why
log first-unechoed-t '[10:00:00.000] ATZ\r\n[10:00:02.000] AT+CSQ\r\n[10:00:02.001] AT+CSQ\r\n[10:00:02.050] +CSQ: 21,99\r\n[10:00:02.051] OK\r\n'
verdict first-unechoed-t quectel-bg96 0 <<'WEOF'
WEOF
status first-unechoed-t response-timeout 'pass  partly checked: 1 command (from line 1) unanswered, unechoed, the next echoed: the module did not read it (asleep, booting)'
# no echo after it either: nothing says the module did not read it; still found
log first-unanswered 'ATZ\r\nAT+CSQ\r\n+CSQ: 21,99\r\n\r\nOK\r\nAT+CREG?\r\n+CREG: 0,1\r\n\r\nOK\r\n'
verdict first-unanswered 3gpp 1 <<'WEOF'
1: error: [response-timeout] ATZ got no final result before the next command
WEOF
# AT+CFUN=16 under the 3gpp base: 27.007 8.2 leaves <fun> 5..127 to the manufacturer, and 16
# is u-blox's reset of the MT and SIM (UBX-13002752 5.3.3); typed into a terminal, the AT
# after it get nothing until the module is up (before: "AT+CFUN=16 got no final result")
log cfun16-base '[Sun Dec 06 09:14:02.118 2026] AT+CFUN=16\r\n[Sun Dec 06 09:14:02.431 2026]\r\n[Sun Dec 06 09:14:06.902 2026] AT\r\n[Sun Dec 06 09:14:08.377 2026] AT\r\n[Sun Dec 06 09:14:08.590 2026] OK\r\n'
verdict cfun16-base 3gpp 0 <<'WEOF'
WEOF
# the older AT&T starter kit's WNC trace: at_send_wnc_cmd() prints "No response from WNC!\n\r"
# when mdm_sendAtCmdRsp() read no final in time (wnc_control.cpp), its give-up; the CR lands
# before the next "Send:" (before: the CR hid the next command, the give-up was not one)
log wnc-noresp 'Send: <<AT+CSQ>>\r\n[+CSQ: 17,99OK]\r\nSend: <<AT@DNSRESVDON="example.com">>\r\nNo response from WNC!\n\rSend: <<AT+CREG?>>\r\n[+CME ERROR: 30]\r\n'
records wnc-noresp 3gpp <<'WEOF'
P 3gpp
T 1 AT+CSQ -> complete OK | 2:+CSQ: 17,99
T 3 AT@DNSRESVDON="example.com" -> host-timeout None
H 4 wnc-controller: no-response: No response from WNC!
T 5 AT+CREG? -> complete +CME ERROR: 30
WEOF
verdict wnc-noresp 3gpp 1 <<'WEOF'
3: error: [response-timeout] AT@DNSRESVDON="example.com" got no final result: the host library gave up waiting (line 4)
WEOF

# --- round 15: a manual's "Example" exchange pasted in a ticket is the manual's, where the
# capture shows the manual's own structure (its headings: Test/Write Command rows, Parameter,
# Syntax, Defined values; a parameter described, "<cid>  Integer type..."; a syntax with
# <placeholders>): annotations, no transaction (before: each example a transaction judged,
# a command-failed or response-timeout pass on documentation). Four vendors' layouts
# (tests/data/manual-examples/README.md); the reporter's own session after the example stays
for m in quectel-cgdcont simcom-csq ublox-creg telit-cops; do
    cp "tests/data/manual-examples/$m.txt" "$TMP/man-$m.log"
done
records man-simcom-csq 3gpp <<'WEOF'
P 3gpp
X 1 text-outside-command: 4.2.5 AT+CSQ Signal Quality Report
X 2 text-outside-command: Test Command   AT+CSQ=?
X 3 text-outside-command: Response       +CSQ: (list of supported <rssi>s),(list of supported <ber>s)
X 4 text-outside-command:                OK
X 5 text-outside-command: Execution Command   AT+CSQ
X 6 text-outside-command: Response       +CSQ: <rssi>,<ber>
X 7 text-outside-command:                OK
X 8 text-outside-command: Parameters
X 9 text-outside-command: <rssi>    0 means -115 dBm or less, 31 means -52 dBm or greater, 99 not known <ber>     (in percent) 0...7 as RXQUAL values, 99 not known
X 11 text-outside-command: Reference
X 12 text-outside-command: 3GPP TS 27.007
X 13 text-outside-command: Example
N 14 AT+CSQ
N 15 +CSQ: 20,0
N 16 OK
WEOF
"$BIN" parse -f jsonl --profile 3gpp "$TMP/man-quectel-cgdcont.log" | python3 tests/records_brief.py | grep '^T' > "$TMP/mt"
cat > "$TMP/mw" <<'WEOF'
T 34 AT+CGDCONT=1,"IP","internet" -> complete ERROR
T 36 AT+CMEE=2 -> complete OK
T 38 AT+CGDCONT=1,"IP","internet" -> complete +CME ERROR: operation not allowed
WEOF
cmp -s "$TMP/mt" "$TMP/mw" || { echo "FAIL: man-quectel-cgdcont:"; diff "$TMP/mw" "$TMP/mt"; fail=1; }
for m in ublox-creg telit-cops; do
    "$BIN" parse -f jsonl --profile 3gpp "$TMP/man-$m.log" > "$TMP/man-$m.jsonl"
    n=$(grep -c '"kind":"transaction"' "$TMP/man-$m.jsonl")
    [ "$n" = 0 ] || { echo "FAIL: man-$m: $n transactions"; fail=1; }
    "$BIN" parse -f jsonl --read-size 1 --profile 3gpp "$TMP/man-$m.log" | cmp -s - "$TMP/man-$m.jsonl" ||
        { echo "FAIL: man-$m: byte by byte differs"; fail=1; }
done
# the same exchange under "Example" with nothing of a manual around it: a session, read
log man-neg 'Example\nAT+CSQ\n+CSQ: 20,0\nOK\nAT+CREG?\n+CREG: 0,1\nOK\n'
records man-neg 3gpp <<'WEOF'
P 3gpp
X 1 text-outside-command: Example
T 2 AT+CSQ -> complete OK | 3:+CSQ: 20,0
T 5 AT+CREG? -> complete OK | 6:+CREG: 0,1
WEOF
# a manual's headings, then a caption that ends the example, then a session: read
log man-caption 'Parameters\n<n>   Number. 0 disables the report.\nExample\nAT+CREG=1\nOK\nMy log:\nAT+CREG?\n+CREG: 0,1\nOK\n'
records man-caption 3gpp <<'WEOF'
P 3gpp
X 1 text-outside-command: Parameters
X 2 text-outside-command: <n>   Number. 0 disables the report.
X 3 text-outside-command: Example
N 4 AT+CREG=1
N 5 OK
X 6 text-outside-command: My log:
T 7 AT+CREG? -> complete OK | 8:+CREG: 0,1
WEOF
# a manual's headings, then prose that ends the example, then a session: read
log man-after 'Parameters\n<n>   Number. 0 disables the report.\nExample\nAT+CREG=1\nOK\nThis is what my board prints when it starts up now:\nAT+CREG?\n+CREG: 0,1\nOK\n'
records man-after 3gpp <<'WEOF'
P 3gpp
X 1 text-outside-command: Parameters
X 2 text-outside-command: <n>   Number. 0 disables the report.
X 3 text-outside-command: Example
N 4 AT+CREG=1
N 5 OK
H 6 application text before a command: This is what my board prints when it starts up now:
T 7 AT+CREG? -> complete OK | 8:+CREG: 0,1
WEOF

# SIM7600: a CIP command that fails answers +CIPERROR: <err> alone, its final result (batch 28's
# U4: AT+CIPCLOSE=0 had no final and a retry chain that "gave up")
log ciperror 'AT+NETOPEN\r\r\nOK\r\n\r\n+NETOPEN: 0\r\nAT+CIPCLOSE=0\r\r\n+CIPERROR: 4\r\nAT+CIPOPEN=0,"TCP","192.0.2.1",80\r\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n'
records ciperror simcom-sim7600 <<'WEOF'
P simcom-sim7600
T 1 AT+NETOPEN -> complete OK
T 5 AT+CIPCLOSE=0 -> complete +CIPERROR: 4
T 7 AT+CIPOPEN=0,"TCP","192.0.2.1",80 -> complete OK
WEOF

# --- round 15: a late answer after the next command was sent was taken as that command's
# answer (its information line and final; the next command's own answer then a URC and an
# orphan final). The module answers in order, so where the capture tells, the lines are the
# first command's late answer and the next command waits on: a line in the first command's
# shape (+CSQ: while AT+CREG? waits); a final before the next command's echo where the
# module echoes (directed); a bare final the next line shows was not the next command's
# (another final, or its own answer line). Shapes: a plain terminal, mbed ATHandler ("AT
# timeout"), Zephyr modem_chat ("timed out"), a TX/RX logger. Round 16 (held-out class T1):
# the first command is held (one at most) while the next has heard nothing of its own, and
# its late answer joins it (final_after_next) instead of unparsed late-answer / late-final;
# where the library gave up on it (host-timeout: mbed, Zephyr) the late final stays
# unparsed. late-term and late-txrx lost their response-timeout "got no final result": the
# command got one, late: response-timeout says the host did not wait for it (the
# command's final came only after the next command was sent), as it said "got no final
# result before the next command" before.
log late-term 'AT+CSQ\r\nAT+CREG?\r\n+CSQ: 20,99\r\n\r\nOK\r\n+CREG: 0,1\r\n\r\nOK\r\n'
records late-term 3gpp <<'WEOF'
P 3gpp
T 1 AT+CSQ -> complete OK (after next) | 3:+CSQ: 20,99
T 2 AT+CREG? -> complete OK | 6:+CREG: 0,1
WEOF
verdict late-term 3gpp 1 <<'WEOF'
1: error: [response-timeout] AT+CSQ got its final result (OK, line 5) only after the host had sent the next command: the host did not wait for it
WEOF
log late-mbed '[00030512ms][INFO][CELL]: AT TX ( 8): AT+COPS?\n[00030512ms][INFO][CELL]: AT TX ( 1): <cr>\n[00038512ms][WARN][CELL]: AT timeout\n[00038600ms][INFO][CELL]: AT TX ( 6): AT+CSQ\n[00038600ms][INFO][CELL]: AT TX ( 1): <cr>\n[00039100ms][INFO][CELL]: AT RX (35): <cr><ln>+COPS: 0,0,"Net",7<cr><ln><cr><ln>OK<cr><ln>\n[00039130ms][INFO][CELL]: AT RX (21): <cr><ln>+CSQ: 20,99<cr><ln><cr><ln>OK<cr><ln>\n'
records late-mbed 3gpp <<'WEOF'
P 3gpp
T 1 AT+COPS? -> host-timeout None
H 3 mbed-trace: timeout: [00038512ms][WARN][CELL]: AT timeout
X 6 late-answer: +COPS: 0,0,"Net",7
X 6 late-final: OK
T 4 AT+CSQ -> complete OK | 7:+CSQ: 20,99
WEOF
verdict late-mbed 3gpp 1 <<'WEOF'
1: error: [response-timeout] AT+COPS? got no final result: the host library gave up waiting after 8.000 s (line 3)
WEOF
log late-zephyr '[00:00:05.000,000] <dbg> modem_chat: modem_chat_script_next: sending: AT+CGDCONT=1,"IP","internet"\n[00:00:05.020,000] <dbg> modem_chat: modem_chat_log_received_command: OK\n[00:00:05.030,000] <dbg> modem_chat: modem_chat_script_next: sending: AT+CGACT=1,1\n[00:00:15.030,000] <wrn> modem_chat: dial_chat_script: timed out\n[00:00:15.100,000] <dbg> modem_chat: modem_chat_script_next: sending: AT+CEREG?\n[00:00:15.200,000] <dbg> modem_chat: modem_chat_log_received_command: OK\n[00:00:15.220,000] <dbg> modem_chat: modem_chat_log_received_command: +CEREG: 0,5\n[00:00:15.230,000] <dbg> modem_chat: modem_chat_log_received_command: OK\n'
records late-zephyr 3gpp <<'WEOF'
P 3gpp
T 1 AT+CGDCONT=1,"IP","internet" -> complete OK
T 3 AT+CGACT=1,1 -> host-timeout None
H 4 zephyr-modem-chat: script-timeout: [00:00:15.030,000] <wrn> modem_chat: dial_chat_script: timed out
X 6 late-final: OK
T 5 AT+CEREG? -> complete OK | 7:+CEREG: 0,5
WEOF
verdict late-zephyr 3gpp 1 <<'WEOF'
3: error: [response-timeout] AT+CGACT=1,1 got no final result: the host library gave up waiting after 10.000 s (line 4), within the command's time limit (150 s): the library's own timeout was shorter, not the module late
WEOF
log late-txrx '[10:00:00.000] TX: AT\n[10:00:00.010] RX: AT\n[10:00:00.020] RX: OK\n[10:00:01.000] TX: AT+CGATT=1\n[10:00:01.010] RX: AT+CGATT=1\n[10:00:06.000] TX: AT+CSQ\n[10:00:07.200] RX: ERROR\n[10:00:07.210] RX: AT+CSQ\n[10:00:07.230] RX: +CSQ: 20,99\n[10:00:07.240] RX: OK\n'
records late-txrx 3gpp <<'WEOF'
P 3gpp
T 1 AT -> complete OK
T 4 AT+CGATT=1 -> complete ERROR (after next)
T 6 AT+CSQ -> complete OK | 9:+CSQ: 20,99
WEOF
verdict late-txrx 3gpp 1 <<'WEOF'
4: error: [response-timeout] AT+CGATT=1 got its final result (ERROR, line 7) only after the host had sent the next command: the host did not wait for it
WEOF
# a retry of the same command, or an asynchronous one (its own-named line after its final is
# its completion: an MQTT disconnect re-sent, then OK and +QMTDISC): nothing tells, the retry
# keeps them (a fixture of our own: a held-out batch's log is not a fixture)
log late-retry '[10:00:00.000] TX: AT+QMTDISC=0\n[10:00:05.000] TX: AT+QMTDISC=0\n[10:00:05.100] RX: OK\n[10:00:05.300] RX: +QMTDISC: 0,0\n'
"$BIN" parse -f jsonl -p quectel-bg96 "$TMP/late-retry.log" | python3 tests/records_brief.py > "$TMP/lr"
cat > "$TMP/lrw" <<'WEOF'
T 1 AT+QMTDISC=0 -> no-final None ; completion none  ; socket 0
T 2 AT+QMTDISC=0 -> complete OK ; completion success +QMTDISC: 0,0 ; socket 0
WEOF
cmp -s "$TMP/lr" "$TMP/lrw" || { echo "FAIL: late-retry:"; diff "$TMP/lrw" "$TMP/lr"; fail=1; }
# where nothing tells (a bare OK, then the next command): the next command keeps it, and
# response-timeout measures no latency on it (it may be the late answer)
log late-ambig '[10:00:00.000] AT+CGATT=1\r\n[10:00:05.000] AT+CSQ\r\n[10:00:05.100] OK\r\n[10:00:06.000] AT+CREG?\r\n[10:00:06.050] +CREG: 0,1\r\n[10:00:06.060] OK\r\n'
records late-ambig quectel-bg96 <<'WEOF'
P quectel-bg96
T 1 AT+CGATT=1 -> no-final None
T 2 AT+CSQ -> complete OK
T 4 AT+CREG? -> complete OK | 5:+CREG: 0,1
WEOF
verdict late-ambig quectel-bg96 1 <<'WEOF'
1: error: [response-timeout] AT+CGATT=1 got no final result: the host sent the next command 5.000 s later, within the command's time limit (140 s): the host stopped waiting, not the module
WEOF
status late-ambig response-timeout 'fail  partly checked: 1 bare final (from line 2) right after a command left unanswered: maybe its late answer, no latency'
# round 16 (held-out class T1): node serialport-gsm (lib/functions/modem.js) calls back on the
# first answer line and executeNext() writes the next command before the rest of the reply
# ("Ignore Data:"). Directed, the module echoing (it echoed AT+CPIN?): every modem line before
# the next command's echo that is no URC the profile knows is the last command's late answer,
# the PDU line that is not in +CMGL's shape too. Before: AT+CPIN? "got no final result" and a
# retry chain that gave up, AT+CMEE took AT+CPIN?'s OK, AT+CMGD=1 the PDU, and the echoes and
# own OKs after them were text outside a command and orphan finals.
log late-sgsm 'Modem Write: AT+CPIN?\nModem Received: AT+CPIN?\nActivate Message Processing for: AT+CPIN?\nModem Received: \nModem Received: +CPIN: READY\nCall callback for: AT+CPIN?\nModem Write: AT+CMEE=1;+CREG=2\nModem Received: \nIgnore Data: \nModem Received: OK\nIgnore Data: OK\nModem Received: AT+CMEE=1;+CREG=2\nActivate Message Processing for: AT+CMEE=1;+CREG=2\nModem Received: \nModem Received: OK\nCall callback for: AT+CMEE=1;+CREG=2\nModem Write: AT+CMGL=4\nModem Received: AT+CMGL=4\nActivate Message Processing for: AT+CMGL=4\nModem Received: \nModem Received: +CMGL: 1,1,,24\nCall callback for: AT+CMGL=4\nModem Write: AT+CMGD=1\nModem Received: 07911326040000F0040B911346610089F60000208062917314080CC8F71D14969741F977FD07\nIgnore Data: 07911326040000F0040B911346610089F60000208062917314080CC8F71D14969741F977FD07\nModem Received: \nIgnore Data: \nModem Received: OK\nIgnore Data: OK\nModem Received: AT+CMGD=1\nActivate Message Processing for: AT+CMGD=1\nModem Received: \nModem Received: OK\nCall callback for: AT+CMGD=1\n'
records late-sgsm 3gpp <<'WEOF'
P 3gpp
H 3 serialport-gsm: library: Activate Message Processing for: AT+CPIN?
H 6 serialport-gsm: library: Call callback for: AT+CPIN?
H 9 serialport-gsm: library: Ignore Data: 
T 1 AT+CPIN? -> complete OK (after next) | 5:+CPIN: READY
H 11 serialport-gsm: library: Ignore Data: OK
H 13 serialport-gsm: library: Activate Message Processing for: AT+CMEE=1;+CREG=2
T 7 AT+CMEE=1;+CREG=2 -> complete OK
H 16 serialport-gsm: library: Call callback for: AT+CMEE=1;+CREG=2
H 19 serialport-gsm: library: Activate Message Processing for: AT+CMGL=4
H 22 serialport-gsm: library: Call callback for: AT+CMGL=4
H 25 serialport-gsm: library: Ignore Data: 07911326040000F0040B911346610089F60000208062917314080CC8F71D14969741F977FD07
H 27 serialport-gsm: library: Ignore Data: 
T 17 AT+CMGL=4 -> complete OK (after next) | 21:+CMGL: 1,1,,24 | 24:07911326040000F0040B911346610089F60000208062917314080CC8F71D14969741F977FD07
H 29 serialport-gsm: library: Ignore Data: OK
H 31 serialport-gsm: library: Activate Message Processing for: AT+CMGD=1
T 23 AT+CMGD=1 -> complete OK
H 34 serialport-gsm: library: Call callback for: AT+CMGD=1
WEOF
verdict late-sgsm 3gpp 1 <<'WEOF'
1: error: [response-timeout] AT+CPIN? got its final result (OK, line 10) only after the host had sent the next command: the host did not wait for it
17: error: [response-timeout] AT+CMGL=4 got its final result (OK, line 28) only after the host had sent the next command: the host did not wait for it
WEOF
# a TX/RX logger, timed: the late answer joined, response-timeout measures its latency (7.1 s
# against BG96's 0.3 s for AT+CSQ) instead of "no final result"; AT+CREG? waited behind it
log late-slow '[10:00:00.000] TX: AT\n[10:00:00.010] RX: AT\n[10:00:00.020] RX: OK\n[10:00:01.000] TX: AT+CSQ\n[10:00:01.010] RX: AT+CSQ\n[10:00:03.000] TX: AT+CREG?\n[10:00:08.100] RX: +CSQ: 20,99\n[10:00:08.110] RX: OK\n[10:00:08.120] RX: AT+CREG?\n[10:00:08.130] RX: +CREG: 0,1\n[10:00:08.140] RX: OK\n'
records late-slow quectel-bg96 <<'WEOF'
P quectel-bg96
T 1 AT -> complete OK
T 4 AT+CSQ -> complete OK (after next) | 7:+CSQ: 20,99
T 6 AT+CREG? -> complete OK | 10:+CREG: 0,1
WEOF
verdict late-slow quectel-bg96 1 <<'WEOF'
4: error: [response-timeout] AT+CSQ answered OK after 7.110 s (limit 0.3 s)
6: error: [response-timeout] AT+CREG? answered OK after 5.140 s (limit 0.3 s)
WEOF
# a bare final, then the next command's own answer line (a plain stamped terminal): the final
# joins the command sent before (before: unparsed late-final, "got no final result" and a retry
# chain left open); the text view says so
log late-bare '[10:00:00.000] AT+CGACT=1,1\r\n[10:00:10.000] AT+CEREG?\r\n[10:00:10.100] OK\r\n[10:00:10.120] +CEREG: 0,5\r\n[10:00:10.130] OK\r\n'
records late-bare 3gpp <<'WEOF'
P 3gpp
T 1 AT+CGACT=1,1 -> complete OK (after next)
T 2 AT+CEREG? -> complete OK | 4:+CEREG: 0,5
WEOF
verdict late-bare 3gpp 1 <<'WEOF'
1: error: [response-timeout] AT+CGACT=1,1 got its final result (OK, line 3) only after the host had sent the next command: the host did not wait for it
WEOF
"$BIN" parse -f text --profile 3gpp "$TMP/late-bare.log" |
    grep -q '^L1-3 .*AT+CGACT=1,1  ->  OK; final result came after the next command was sent$' ||
    { echo "FAIL: late-bare: text view"; fail=1; }
# the echo off (ATE0 got its OK): nothing says whose a bare line is; the next command keeps it
log late-echo-off '[10:00:00.000] TX: ATE0\n[10:00:00.010] RX: ATE0\n[10:00:00.020] RX: OK\n[10:00:01.000] TX: AT+CGSN\n[10:00:03.000] TX: AT+CGMR\n[10:00:03.100] RX: 867123456789012\n[10:00:03.110] RX: OK\n'
records late-echo-off 3gpp <<'WEOF'
P 3gpp
T 1 ATE0 -> complete OK
T 4 AT+CGSN -> no-final None
T 5 AT+CGMR -> complete OK | 6:867123456789012
WEOF

# a documentation table: its header names a description column, so markdown-table does not
# take it (refuted_by, held-out batch 19's M4) and its rows are text (before, they were read
# one by one and the row without a <param> placeholder was the table's by its code-span marks);
# a reporter's table of results keeps its rows
log doc-table '## 4.2 Network commands\n\n| Command | Response | Description |\n|---|---|---|\n| `AT+CREG?` | `+CREG: <n>,<stat>` then `OK` | CS registration |\n| `AT+COPS=?` | `+COPS: (list)` then `OK` | operator scan, up to 180 s |\n| `AT+CSQ` | `+CSQ: <rssi>,<ber>` then `OK` | signal |\n'
records doc-table 3gpp <<'WEOF'
P 3gpp
X 1 text-outside-command: ## 4.2 Network commands
X 3 text-outside-command: | Command | Response | Description |
X 4 text-outside-command: |---|---|---|
X 5 text-outside-command: | `AT+CREG?` | `+CREG: <n>,<stat>` then `OK` | CS registration |
X 6 text-outside-command: | `AT+COPS=?` | `+COPS: (list)` then `OK` | operator scan, up to 180 s | | `AT+CSQ` | `+CSQ: <rssi>,<ber>` then `OK` | signal |
WEOF
log res-table '| # | Sent | Answer |\n|---|---|---|\n| 1 | `AT+CSQ` | `+CSQ: 20,99`<br>`OK` |\n| 2 | `AT+COPS?` | `+COPS: 0,0,"Op"`<br>`OK` |\n'
records res-table 3gpp <<'WEOF'
P 3gpp
X 1 text-outside-command: | # | Sent | Answer |
N 2 |---|---|---|
T 3 AT+CSQ -> complete OK | 3:+CSQ: 20,99
T 4 AT+COPS? -> complete OK | 4:+COPS: 0,0,"Op"
WEOF


# --- round 16: vendor commands a support desk's logs carry, each in its module's manual (the
# profiles' sections name them), and 27.007's +CNEC: before, each an unknown-command info
log unk-quectel 'AT+QSPN\r\n+QSPN: "T-Mobile","T-Mobile","",0,"310260"\r\nOK\r\nAT+QMBNCFG="List"\r\n+QMBNCFG: "List",0,1,1,"ROW_Commercial",0x0501081F,201911261\r\nOK\r\nAT+QSIMSTAT?\r\n+QSIMSTAT: 0,1\r\nOK\r\nAT+QSIMDET?\r\n+QSIMDET: 1,0\r\nOK\r\nAT+QNWPREFCFG="mode_pref"\r\n+QNWPREFCFG: "mode_pref",AUTO\r\nOK\r\nAT+QSSLCFG="seclevel",2,0\r\nOK\r\nAT+QFLST="UFS:*"\r\n+QFLST: "UFS:ca.pem",1187\r\nOK\r\nAT+QNETDEVCTL?\r\n+QNETDEVCTL: 1,1,1\r\nOK\r\n'
verdict unk-quectel quectel-bg96 0 <<'WEOF'
WEOF
status unk-quectel unknown-command 'pass'
log unk-telit 'AT#BND?\r\n#BND: 0,0,2\r\nOK\r\nAT#WS46?\r\n#WS46: 0\r\nOK\r\nAT#USBCFG?\r\n#USBCFG: 0\r\nOK\r\nAT#FIRMWARE\r\nHost Firmware Image Switching\r\n1. ATT\r\nOK\r\nAT#CEER\r\n#CEER: 0\r\nOK\r\n'
verdict unk-telit telit 0 <<'WEOF'
WEOF
status unk-telit unknown-command 'pass'
log unk-others 'AT+CNEC=24\r\nOK\r\nAT+CBATCHK=1\r\nOK\r\n'
verdict unk-others simcom-sim800 0 <<'WEOF'
WEOF
status unk-others unknown-command 'pass'
log unk-fibocom 'AT+HTTPSET="URL","http://192.0.2.7/up"\r\nOK\r\nAT+HTTPACT=0,30\r\nOK\r\nAT+MIPPUSH=1\r\nOK\r\nAT+FTPCLOSE\r\nOK\r\n'
verdict unk-fibocom fibocom-l610 0 <<'WEOF'
WEOF
status unk-fibocom unknown-command 'pass'

# --- round 16: error-detail advised AT+CMEE=2 on a plain ERROR while the module answered other
# commands with +CME ERROR codes (nothing set +CMEE): its error reporting is on, and 27.007 9.1
# has the plain ERROR then for a syntax error, an invalid parameter or what the TA lacks, which
# a verbose error would not spell out. A code before the ERROR, or after it (the next commands)
log detail-cme-after 'AT+QNETDEVCTL?\r\nERROR\r\nAT+QNETDEVCTL=1,1,1\r\n+CME ERROR: 4\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n'
verdict detail-cme-after quectel-bg96 0 <<'WEOF'
WEOF
grep -c '\[error-detail\]' "$TMP/detail-cme-after.txt" | grep -qx 0 || { echo "FAIL: detail-cme-after: error-detail"; fail=1; }
log detail-cme-before 'AT+CFUN=1\r\n+CME ERROR: 4\r\nAT+XACT=2,,,1,3,7,20\r\nERROR\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nAT+CGATT=1\r\nERROR\r\nAT+CREG?\r\n+CREG: 0,1\r\nOK\r\n'
"$BIN" check -f text --profile fibocom-l8 "$TMP/detail-cme-before.log" > "$TMP/detail-cme-before.txt"
grep -c '\[error-detail\]' "$TMP/detail-cme-before.txt" | grep -qx 0 || { echo "FAIL: detail-cme-before: error-detail"; fail=1; }
# guards: no code from the module, or AT+CMEE=0 set (the codes off): the advice stays
log detail-no-cme 'AT+CGATT=1\r\nERROR\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nAT+CMGF=1\r\nOK\r\nAT+CPMS?\r\n+CPMS: "SM",0,30,"SM",0,30,"SM",0,30\r\nOK\r\n'
"$BIN" check -f text --profile 3gpp "$TMP/detail-no-cme.log" > "$TMP/detail-no-cme.txt"
[ "$(grep -E '^[^ ]+:[0-9]+: info: \[error-detail\]' "$TMP/detail-no-cme.txt" | sed 's|^[^:]*:||')" = '2: info: [error-detail] AT+CGATT=1 returned ERROR while verbose errors are off; AT+CMEE=2 and a repeat would tell why' ] ||
    { echo "FAIL: detail-no-cme"; fail=1; }
log detail-cmee0 'AT+CPIN?\r\n+CME ERROR: 10\r\nAT+CMEE=0\r\nOK\r\nAT+CGATT=1\r\nERROR\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nAT+CMGF=1\r\nOK\r\nAT+CPMS?\r\n+CPMS: "SM",0,30,"SM",0,30,"SM",0,30\r\nOK\r\n'
"$BIN" check -f text --profile 3gpp "$TMP/detail-cmee0.log" > "$TMP/detail-cmee0.txt"
grep -c '\[error-detail\] AT+CGATT=1' "$TMP/detail-cmee0.txt" | grep -qx 1 || { echo "FAIL: detail-cmee0"; fail=1; }

# --- round 16: a support ticket's own words after the log were modem text with no command
# waiting (orphan-response): a letter's sign-off and the name under it, a wiki's numbered step,
# a chat's time stamp or question after the paste's closing code fence
log prose-signoff 'AT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nAT+QIDEACT=1\r\nOK\r\n\r\nBest,\r\nAnja\r\n'
verdict prose-signoff quectel-bg96 0 <<'WEOF'
WEOF
# a name alone under the writer's own question, no header naming the sender: the sign-off;
# the same word right after the modem's lines is still modem text with no command
log prose-name 'AT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n\r\nDoes the band look right for this site?\r\n\r\nAnna\r\n'
verdict prose-name quectel-bg96 0 <<'WEOF'
WEOF
log prose-name-guard 'AT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nAnna\r\n'
verdict prose-name-guard quectel-bg96 1 <<'WEOF'
4: warning: [orphan-response] modem text with no command waiting: Anna
WEOF
log prose-thanks 'AT+CIPSHUT\r\nSHUT OK\r\n\r\nThanks, Marc\r\n'
verdict prose-thanks simcom-sim800 0 <<'WEOF'
WEOF
log list-step 'AT^SYSINFOEX\r\n^SYSINFOEX: 2,3,0,1,,6,"LTE",101,"LTE"\r\nOK\r\n\r\n3. Dial NDIS\r\n\r\nAT^NDISDUP=1,1,"internet"\r\nOK\r\n'
verdict list-step huawei-me909s 0 <<'WEOF'
WEOF
log fence-close 'Priya said:\r\n```\r\nAT+QNWINFO\r\n+QNWINFO: "FDD LTE","310260","LTE BAND 12",5110\r\nOK\r\n```\r\n10:42\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nBOGUS 12\r\n'
verdict fence-close quectel-bg96 1 <<'WEOF'
11: warning: [orphan-response] modem text with no command waiting: BOGUS 12
WEOF
# a Chinese forum post's closing words ("help, thanks!", "串口日志如下：") around the paste: CJK
# prose, never modem text; inside quotes (an operator name, an SMS body) it is no prose
log prose-cjk 'Air780E 串口日志如下：\r\nAT+CIPCLOSE\r\nCLOSE OK\r\n\r\n求助，谢谢！\r\n'
verdict prose-cjk airm2m-air780 0 <<'WEOF'
WEOF
log prose-cjk-guard 'AT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nNET "中国移动"\r\n'
verdict prose-cjk-guard quectel-bg96 1 <<'WEOF'
4: warning: [orphan-response] modem text with no command waiting: NET "中国移动"
WEOF
# guards: modem text after a final is still an orphan, with or without a comma in it
log prose-guard 'AT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nMODEM TEXT 7\r\nAT+CREG?\r\n+CREG: 0,1\r\nOK\r\nFOO, BAR\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nCall Ready\r\n'
verdict prose-guard quectel-bg96 1 <<'WEOF'
4: warning: [orphan-response] modem text with no command waiting: MODEM TEXT 7
8: warning: [orphan-response] modem text with no command waiting: FOO, BAR
12: warning: [orphan-response] modem text with no command waiting: Call Ready
WEOF


# --- round 16: SIM7600 firmware that announces the HTTP body as "+HTTPREAD: DATA,<len>" (the
# hosts that read it parse that form) had its body read as modem text with no command waiting
log http-read-data 'AT+HTTPACTION=0\r\nOK\r\n\r\n+HTTPACTION: 0,200,14\r\nAT+HTTPREAD=0,14\r\nOK\r\n\r\n+HTTPREAD: DATA,14\r\n{\r\n "a": 1\r\n}\r\n\r\n+HTTPREAD: 0\r\nAT+HTTPTERM\r\nOK\r\n'
verdict http-read-data simcom-sim7600 0 <<'WEOF'
WEOF
status http-read-data orphan-response 'pass'


# --- round 16: a terminal's stamps that spread one burst's lines (tio, Tera Term: 0.4 s between
# the module's '+CSQ:' line and its OK, which the module sends together) measured the logger's
# lag as the module's latency: ATI 0.632 s, AT+CSQ 0.492 s against the BG96/EG91 0.3 s
log spread-na '[07:01:01.201] tio v2.7\n[07:01:02.034] ATI\n[07:01:02.258] Quectel\n[07:01:02.261] EG91\n[07:01:02.353] Revision: EG91EXGAR08A05M1G\n[07:01:02.420] \n[07:01:02.666] OK\n[07:01:02.823] AT+CSQ\n[07:01:02.852] +CSQ: 22,99\n[07:01:03.046] \n[07:01:03.315] OK\n'
verdict spread-na quectel-bg96 0 <<'WEOF'
WEOF
status spread-na response-timeout 'not-evaluable  2 answers (from line 2) over the limit by less than one burst'"'"'s lines lie apart (0.463 s, line 8): the stamps'"'"' lag'
# guard: the burst's lines stamped together, the answer 0.6 s late: found
log spread-tight '[07:01:01.201] tio v2.7\n[07:01:02.034] ATI\n[07:01:02.640] Quectel\n[07:01:02.641] EG91\n[07:01:02.641] Revision: EG91EXGAR08A05M1G\n[07:01:02.642] \n[07:01:02.642] OK\n[07:01:02.823] AT+CSQ\n[07:01:02.852] +CSQ: 22,99\n[07:01:02.853] \n[07:01:02.853] OK\n'
verdict spread-tight quectel-bg96 1 <<'WEOF'
2: error: [response-timeout] ATI answered OK after 0.608 s (limit 0.3 s)
WEOF


# --- round 16: the host's AT probes of a module still booting, each given up on by the library's
# own timeout (mbed ATCmdParser 'AT(Timeout)' while a BC95 powers up), were host-timeout errors;
# the guide's "send AT until it answers" (as for the probes without a give-up line)
log probe-gaveup '[BC95] powering up\n\nAT> AT\nAT? OK\n%%n\nAT(Timeout)\nAT> AT\nAT? OK\n%%n\nAT< \nAT< REBOOT_CAUSE_APPLICATION_AT\nAT< Neul \nAT< \nAT(Timeout)\nAT> AT\nAT? OK\nAT< OK\nAT> AT+CGMR\nAT? OK\nAT< OK\n'
verdict probe-gaveup quectel-bc95 0 <<'WEOF'
WEOF
# guard: once the module has answered, a plain AT given up on is found
log probe-gaveup-late 'AT> AT\nAT? OK\nAT< OK\nAT> AT\nAT? OK\n%%n\nAT(Timeout)\nAT> AT+CGMR\nAT? OK\nAT< OK\n'
verdict probe-gaveup-late quectel-bc95 1 <<'WEOF'
4: error: [response-timeout] AT got no final result: the host library gave up waiting (line 7)
WEOF


# --- round 17 (held-out batch 13's findings): vendor commands their manuals and the vendors'
# own libraries use (Quectel AT+QNETDEVSTATUS=<cid>: the RmNet call's address; Telit AT#PING:
# one '#PING: <id>,<ip>,<time>,<ttl>' line per reply, Telit's ME310 library ping()): before,
# unknown-command infos
log unk-r17 'AT+QNETDEVSTATUS=1\r\n+QNETDEVSTATUS: 10.2.133.230,255.255.255.0,10.2.133.1,,192.0.2.53,192.0.2.54,,,,,,\r\nOK\r\n'
verdict unk-r17 quectel-bg96 0 <<'WEOF'
WEOF
status unk-r17 unknown-command 'pass'
log unk-r17-telit 'AT#PING="192.0.2.9",2\r\n#PING: 01,"192.0.2.9",38,55\r\n#PING: 02,"192.0.2.9",41,55\r\nOK\r\n'
verdict unk-r17-telit telit 0 <<'WEOF'
WEOF
status unk-r17-telit unknown-command 'pass'
# settings and looks a host does without: Quectel's extended PSM read (AT+QPSMS?, then 27.007's
# AT+CPSMS? for the same settings), an MQTT client's close after its disconnect (MQTT AN
# 3.2.5: the disconnect closes the connection, so the close answers ERROR), and the SIM's
# preferred-network list (27.007 7.19 AT+CPOL?: ModemManager and the Android RIL read it as a
# property, a SIM without the list refuses it): before, command-failed warnings and
# error-detail advice on each
log optional-r17 'AT+QPSMS?\r\nERROR\r\nAT+CPSMS?\r\n+CPSMS: 0,,,"00001010","00000011"\r\nOK\r\nAT+QMTDISC=0\r\nOK\r\n\r\n+QMTDISC: 0,0\r\nAT+QMTCLOSE=0\r\nERROR\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nAT+COPS?\r\n+COPS: 0,0,"Op",8\r\nOK\r\nAT+CREG?\r\n+CREG: 0,1\r\nOK\r\n'
verdict optional-r17 quectel-bg96 0 <<'WEOF'
WEOF
grep -c '\[error-detail\]' "$TMP/optional-r17.txt" | grep -qx 0 || { echo "FAIL: optional-r17: error-detail"; fail=1; }
log cpol-read 'AT+CPOL?\r\n+CME ERROR: 3\r\nAT+CGDCONT?\r\n+CGDCONT: 1,"IP","internet","0.0.0.0",0,0\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nAT+COPS?\r\n+COPS: 0,0,"Op",7\r\nOK\r\n'
verdict cpol-read 3gpp 0 <<'WEOF'
WEOF
# a number alone between the commands of a module that answers in words (a wiki table's step
# number, a count the reporter wrote) was read as ATV0's '4' (ERROR) with no command; and a
# terminal's own exit line ('Terminating...', picocom's) was modem text
log digit-v1 'AT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n4\r\nAT+CREG?\r\n+CREG: 0,1\r\nOK\r\n\r\nTerminating...\r\nThanks for using picocom\r\n'
verdict digit-v1 quectel-bg96 0 <<'WEOF'
WEOF
# guards: the module switched to digits (ATV0) answers so, and a capital status line is modem text
log digit-v0 'ATV0\r\n0\r\nAT+CSQ\r\n+CSQ: 20,99\r\n0\r\n4\r\nAT+CREG?\r\n+CREG: 0,1\r\n0\r\nBOOTING...\r\n'
verdict digit-v0 quectel-bg96 1 <<'WEOF'
6: warning: [orphan-response] final result 4 with no command waiting for it
10: warning: [orphan-response] modem text with no command waiting: BOOTING...
WEOF
# QuecPython's atcmd.sendSync() buffer printed with its own OK (firmware that keeps it): the
# definition added one more, an orphan OK after every exchange; one without it gets it added
cat > "$TMP/qpy-ok.log" <<'QEOF'
>>> atcmd.sendSync('AT+CSQ\r\n', resp, '', 20)
0
>>> print(resp)
bytearray(b'\r\n+CSQ: 24,99\r\n\r\nOK\r\n\x00\x00\x00\x00')
>>> atcmd.sendSync('AT+CREG?\r\n', resp, '', 20)
0
>>> print(resp)
bytearray(b'\r\n+CREG: 0,1\r\n\n\x00\x00\x00')
QEOF
verdict qpy-ok 3gpp 0 <<'WEOF'
WEOF
brief qpy-ok 3gpp <<'WEOF'
T 1 AT+CSQ -> complete OK | 4:+CSQ: 24,99
T 5 AT+CREG? -> complete OK | 8:+CREG: 0,1
WEOF

# --- round 16's left PicoLTE case (pico_lte_sdk core/atcom.py get_response(): processed.extend()
# after every read, debug.debug("Processed:", processed) each time, the call returning at the
# final result): a print that repeats the list on the line before is the same call's buffer
# (before: 'AT+QIACT=1' and 'AT+CGATT?' each a command with no final result, then again). Guards:
# two complete prints of the same exchange are two polls; a re-send after the application's
# timeout line is a new call, the first one left without a final (the library gave up)
cat > "$TMP/picolte.log" <<'QEOF'
Processed: ['AT+QIACT=1\r']
Processed: ['AT+QIACT=1\r', 'OK']
Processed: ['AT+CSQ\r', '+CSQ: 18,99', 'OK']
Processed: ['AT+CSQ\r', '+CSQ: 18,99', 'OK']
Processed: ['AT+QMTDISC=0\r']
{'status': 2, 'response': 'timeout'}
Processed: ['AT+QMTDISC=0\r', 'OK']
Processed: ['AT+CGATT?\r']
Processed: ['AT+CGATT?\r', '+CGATT: 1']
Processed: ['AT+CGATT?\r', '+CGATT: 1', 'OK']
QEOF
verdict picolte quectel-bg96 1 <<'WEOF'
5: error: [response-timeout] AT+QMTDISC=0 got no final result before the next command
WEOF
brief picolte quectel-bg96 <<'WEOF'
T 1 AT+QIACT=1 -> complete OK
T 3 AT+CSQ -> complete OK | 3:+CSQ: 18,99
T 4 AT+CSQ -> complete OK | 4:+CSQ: 18,99
T 5 AT+QMTDISC=0 -> no-final None ; completion none  ; socket 0
T 8 AT+CGATT? -> complete OK | 9:+CGATT: 1
T 7 AT+QMTDISC=0 -> unfinished OK ; completion pending  ; socket 0
WEOF

# --- round 17: atat prints a command of 50 bytes or more as "Sending command with too long
# payload (n bytes) to log!" (client.rs, the cmd_buf.len() < 50 test): its answer was a report
# and a final with no command waiting; now that unshown command's (unparsed unshown-command)
cat > "$TMP/atat-unshown.log" <<'QEOF'
0.100000 DEBUG Sending command: "AT+CSQ\r\n"
0.180000 DEBUG Received response (12/12): "+CSQ: 20,99"
0.250000 DEBUG Sending command: "AT+CGATT?\r\n"
0.310000 DEBUG Received response (10/10): "+CGATT: 1"
0.400000 DEBUG Sending command with too long payload (64 bytes) to log!
0.520000 DEBUG Received response (12/12): "+UMQTTC: 2,1"
0.600000 DEBUG Sending command: "AT+CREG?\r\n"
0.670000 DEBUG Received response (10/10): "+CREG: 0,1"
QEOF
verdict atat-unshown ublox-sara 0 <<'WEOF'
WEOF
brief atat-unshown ublox-sara <<'WEOF'
T 1 AT+CSQ -> complete OK | 2:+CSQ: 20,99
T 3 AT+CGATT? -> complete OK | 4:+CGATT: 1
X 6 unshown-command +UMQTTC: 2,1
X 6 unshown-command OK
T 7 AT+CREG? -> complete OK | 8:+CREG: 0,1
WEOF

# --- round 16's left one-word footer: a wiki page's label right above its own prose ('Like'
# over 'Be the first to like this', under a pasted session) was modem text with no command
log page-label 'AT^HCSQ?\r\n^HCSQ: "LTE",52,41,121,23\r\nOK\r\n\r\nLike\r\nBe the first to like this\r\n'
verdict page-label huawei-me909s 0 <<'WEOF'
WEOF
# guard: a one-word line with no prose under it stays judged
log page-label-guard 'AT^HCSQ?\r\n^HCSQ: "LTE",52,41,121,23\r\nOK\r\n\r\nLike\r\n\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n'
verdict page-label-guard huawei-me909s 1 <<'WEOF'
5: warning: [orphan-response] modem text with no command waiting: Like
WEOF

# --- round 16's doubtful Sierra Wireless EM7455 (!ENTERCND, !USBCOMP, !IMPREF, !RESET: unknown
# commands of huawei-me909s): huawei-me909s' model pattern took EM7455 for a Huawei EM7xx (its
# EM770, EM680 have three digits; Sierra's AirPrime EM74xx/75xx four): then 3gpp; since
# batch 32 the family's own profile, sierra-em
log sierra-em 'ATI\r\nManufacturer: Sierra Wireless, Incorporated\r\nModel: EM7455\r\nRevision: SWI9X30C_02.30.01.01\r\nOK\r\nAT!USBCOMP?\r\nConfig Index: 1\r\nOK\r\nAT!GSTATUS?\r\n!GSTATUS:\r\nCurrent Time:  1234\t\tTemperature: 38\r\nOK\r\n'
verdict sierra-em auto 0 <<'WEOF'
WEOF
grep -q 'profile sierra-em' "$TMP/sierra-em.txt" || { echo "FAIL: sierra-em: not sierra-em"; fail=1; }

# --- A tool's own lines are not modem text (batch 14's V2): picocom's banner and exit lines,
# tio's status lines under its stamp (formats/terminal-tool-lines.json, from picocom.c and tio's
# src/print.h, src/tty.c), a MicroPython REPL's values of other calls (formats/pycom-lte.json),
# a mail's closing without its comma and the signature after it. Before (main at 98355e1):
# orphan-response warnings at Terminating... (picocom), at Disconnected and the second
# Connected to (tio), at True (the REPL), at the name and company (the mail)
log pico 'picocom v3.1\r\n\r\nport is        : /dev/ttyUSB2\r\nflowcontrol    : none\r\nbaudrate is    : 115200\r\n\r\nType [C-a] [C-h] to see available commands\r\nTerminal ready\r\nAT+CSQ\r\r\n+CSQ: 21,99\r\n\r\nOK\r\nAT+QCCID\r\r\n+QCCID: 8988211234567890123F\r\n\r\nOK\r\n*** baud: 115200\r\n*** flow: none\r\nAT+CGMR\r\r\nBG96MAR02A07M1G\r\n\r\nOK\r\n\r\nTerminating...\r\nThanks for using picocom\r\n'
verdict pico quectel-bg96 0 < /dev/null
# Taylor UUCP cu's own lines (cu.c ZCONNMSG, ZDISMSG) and the ~. escape it echoes, with the
# local system's name where it shows it: not modem text
# a phpBB topic copied from the browser (phpbb-page): the code box's heading, the author
# line, the Top link after the post are the page's, not modem text
log phpbb 'Re: LE910C1 socket dial fails\r\nPost by modemfan » Mon Dec 07, 2026 6:02 am\r\nSame here, my log:\r\nCode: Select all\r\nAT#SGACT=1,1\r\n#SGACT: 10.1.2.3\r\n\r\nOK\r\nAT#SD=1,0,80,"192.0.2.1",0,0,1\r\nOK\r\n\r\nAny idea what 614 means?\r\nTop\r\n'
verdict phpbb telit 0 < /dev/null
log cu 'Connected.\r\nAT+CSQ\r\r\n+CSQ: 21,99\r\n\r\nOK\r\n~[gw01].\r\n\r\nDisconnected.\r\n'
verdict cu quectel-bg96 0 < /dev/null
log cu-bare 'Connected.\r\nAT+CSQ\r\r\n+CSQ: 21,99\r\n\r\nOK\r\n~.\r\n\r\nDisconnected.\r\n'
verdict cu-bare quectel-bg96 0 < /dev/null
log tio '[10:21:00.053] tio v2.7\r\n[10:21:00.053] Press ctrl-t q to quit\r\n[10:21:00.054] Connected to /dev/ttyUSB2\r\nAT+CSQ\r\r\n+CSQ: 21,99\r\n\r\nOK\r\n[10:21:07.913] Disconnected\r\n[10:21:07.914] Waiting for tty device..\r\n[10:21:12.020] Connected to /dev/ttyUSB2\r\nAT+QCCID\r\r\n+QCCID: 8988211234567890123F\r\n\r\nOK\r\n'
verdict tio quectel-bg96 0 < /dev/null
log tio-stamped '[10:21:00.053] tio v2.7\r\n[10:21:00.054] Connected to /dev/ttyUSB2\r\n[10:21:01.100] AT+CSQ\r\n[10:21:01.131] +CSQ: 21,99\r\n[10:21:01.131] \r\n[10:21:01.131] OK\r\n[10:21:07.913] Disconnected\r\n[tio 10:21:09] Connected\r\n[10:21:12.100] AT+QCCID\r\n[10:21:12.140] +QCCID: 8988211234567890123F\r\n[10:21:12.140] \r\n[10:21:12.140] OK\r\n'
verdict tio-stamped quectel-bg96 0 < /dev/null
log repl ">>> from network import LTE\n>>> lte = LTE()\n>>> lte.send_at_cmd('AT+CEREG?')\n'\\\\r\\\\n+CEREG: 2,1,\"2008\",\"2B0B4A3\",7\\\\r\\\\n\\\\r\\\\nOK\\\\r\\\\n'\n>>> lte.isattached()\nTrue\n>>> print(lte.send_at_cmd('AT+CSQ'))\n\n+CSQ: 21,99\n\nOK\n\n>>> lte.send_at_cmd('AT+CGSN=1')\nb'\\\\r\\\\n+CGSN: \"354347090000000\"\\\\r\\\\n\\\\r\\\\nOK\\\\r\\\\n'\n>>> lte.isconnected()\nFalse\n"
verdict repl sequans-monarch 0 < /dev/null
"$BIN" parse -f text "$TMP/repl.log" > "$TMP/repl.parse"
for want in '^L3-4 .*AT+CEREG?  ->  OK' '^L7-11 .*AT+CSQ  ->  OK' '^L13-14 .*AT+CGSN=1  ->  OK' '^L6 .*host  True' '^L16 .*host  False' '3 transactions.* 0 unparsed'; do
    grep -q "$want" "$TMP/repl.parse" || { echo "FAIL: repl: no '$want' in the parse"; fail=1; }
done
log mail 'AT+CSQ\r\n+CSQ: 21,99\r\n\r\nOK\r\nAT+CGMR\r\nBG96MAR02A07M1G\r\n\r\nOK\r\n\r\nBest regards\r\nJane Doe\r\nExample Devices GmbH\r\n'
verdict mail quectel-bg96 0 < /dev/null
log mail-sig 'AT+CSQ\r\n+CSQ: 21,99\r\n\r\nOK\r\n\r\nThanks!\r\n-- \r\nJane Doe\r\nField Engineer, Example Devices\r\n'
verdict mail-sig quectel-bg96 0 < /dev/null
# a sentence of the reporter's ending in the sign-off: the name and the quoted mail under it
log mail-tail 'AT^NDISDUP=1,1\r\n\r\nOK\r\n\r\n^NDISSTAT: 1,,,"IPV4"\r\n\r\nThe link dropped right after this. Regards,\r\nJonas\r\n\r\n-----Original Message-----\r\nFrom: Support\r\n'
verdict mail-tail huawei-me909s 0 < /dev/null
# a modem's own text after a final stays judged
log not-mail 'AT+CSQ\r\n+CSQ: 21,99\r\n\r\nOK\r\nREADY\r\n'
verdict not-mail quectel-bg96 1 <<'WEOF'
5: warning: [orphan-response] modem text with no command waiting: READY
WEOF

# --- blind batch 15: the 5G/LTE-A Quectel modules (RM5xxQ, RG50xQ, EM12, EC25) read under
# quectel-bg96 and their own commands (RG50xQ/RM5xxQ AT Commands Manual: AT+QNWLOCK, AT+QCAINFO;
# QMAP Application Note: AT+QMAP="WWAN"/"LANIP"/"MPDN_rule"): known, not unknown-command;
# the last one unanswered when the capture ends
log qnwlock 'AT+QMAP="WWAN"\r\r\n+QMAP: "WWAN",1,1,"IPV4","10.0.0.2"\r\n\r\nOK\r\nAT+QMAP="LANIP"\r\r\n+QMAP: "LANIP",192.168.225.20,192.168.225.60,192.168.225.1\r\n\r\nOK\r\nAT+QCAINFO\r\r\n+QCAINFO: "PCC",1300,75,"LTE BAND 3",1,350,-95,-11,-65,4\r\n\r\nOK\r\nAT+QNWLOCK="common/4g"\r\r\n'
verdict qnwlock quectel-bg96 0 < /dev/null
status qnwlock unknown-command 'pass'
# refused (batch 15's shape): a known command's refusal is the module's answer, left to
# command-failed (here the capture ends before the host's reaction could show)
log qnwlock-refused 'AT+QNWLOCK="common/5g",79,504990,30\r\r\n+CME ERROR: 3\r\nAT+QMAP="MPDN_rule"\r\r\n+QMAP: "MPDN_rule",0,1,0,1,1,"FF:FF:FF:FF:FF:FF"\r\n\r\nOK\r\n'
verdict qnwlock-refused quectel-bg96 0 < /dev/null
status qnwlock-refused unknown-command 'pass'
# --- blind batch 15: Neoway N58's FTP commands (N58 AT Commands Manual issue 1.1, FTP
# commands: AT+FTPLOGIN, AT+FTPSIZE, AT+FTPGET, ...), AT+FTPGET unanswered at the end
log n58-ftp 'AT+FTPLOGIN="192.0.2.10",21,"user","pass"\r\n+FTPLOGIN: User logged in\r\n\r\nOK\r\nAT+FTPSIZE="test.txt"\r\n+FTPSIZE: 2048\r\n\r\nOK\r\nAT+FTPGET="test.txt",1,0,10\r\n'
verdict n58-ftp neoway-n58 0 < /dev/null
status n58-ftp unknown-command 'pass'

# --- SIMCom MQTT(S) receive: +CMQTTRXTOPIC: <client>,<len> and +CMQTTRXPAYLOAD:
# <client>,<len> are each followed by exactly <len> bytes (SIM7500/SIM7600 MQTT(S) AT
# commands, the receive reports), data, not modem text: a payload "on" had been an orphan
log mqtt-rx 'AT+CMQTTSUB=0,6,1\r\n>\r\ndev/rx\r\nOK\r\n\r\n+CMQTTSUB: 0,0\r\n\r\n+CMQTTRXSTART: 0,6,2\r\n\r\n+CMQTTRXTOPIC: 0,6\r\ndev/rx\r\n\r\n+CMQTTRXPAYLOAD: 0,2\r\non\r\n\r\n+CMQTTRXEND: 0\r\n'
verdict mqtt-rx simcom-sim7600 0 < /dev/null
# --- a Python list of the lines one read returned (python-list-reply): a prompt that ends
# the list was answered by a write the log does not show, so the next list's OK is the
# command's final, not its data (PicoLTE's "Processed: [...]", AT+QMTPUB under quectel-bg96)
log list-prompt "Processed: ['AT+QMTPUB=0,0,0,0,\"t/x\",5\\\\r', '> ']\nProcessed: ['OK', '+QMTPUB: 0,0,0']\nProcessed: ['AT+QMTDISC=0\\\\r', 'OK']\nProcessed: ['+QMTDISC: 0,0']\n"
verdict list-prompt quectel-bg96 0 < /dev/null
"$BIN" parse -p quectel-bg96 -f jsonl "$TMP/list-prompt.log" | grep -q '"command":"AT+QMTPUB=0,0,0,0,\\"t/x\\",5",.*"status":"complete","result":"ok","final":"OK","final_line":2,.*"payload":{"prompt_line":1,"bytes":0,"end":"none"' ||
    { echo "FAIL: list-prompt: AT+QMTPUB's OK is not its final"; fail=1; }

# --- a name the profile does not list, left unanswered (the capture ends, the module hangs):
# a module refuses what it does not know, so silence is no evidence (batch 17's V6: Neoway's
# AT+MQTTDISCONN last in a log); refused, it is still reported
log unk-silent 'AT+CSQ\r\n+CSQ: 20,99\r\n\r\nOK\r\nAT+XYZMQTT=1\r\n'
verdict unk-silent neoway-n58 0 < /dev/null
status unk-silent unknown-command 'pass  partly checked: 1 command the neoway-n58 profile does not list (+XYZMQTT, line 5) not judged: the module did not answer, and a module refuses what it does not know'
log unk-refused 'AT+XYZMQTT=1\r\nERROR\r\n'
verdict unk-refused neoway-n58 0 <<'WEOF'
1: info: [unknown-command] +XYZMQTT is not a command of the neoway-n58 profile (in AT+XYZMQTT=1)
WEOF

# --- batch 16's V1-V4 (h-verdict16; docs/precision.md)
# V1: a mail's sign-off that is its sender's name alone. Gmail's forward header (the
# "---------- Forwarded message ---------" line, From:/Date:/Subject:/To:) names the sender;
# "Li" at the end is the writer's, the OK the modem sent twice stays an orphan
# (printf's format may not open with a dash)
log mail-sender '%s---------- Forwarded message ---------\r\nFrom: Li Wei <li.wei@example.com>\r\nDate: Mon, Dec 7, 2026 at 9:14 AM\r\nSubject: A7682E no network\r\nTo: <support@example.com>\r\n\r\n\r\nHi,\r\n\r\nthe terminal copy:\r\n\r\nAT+CPIN?\r\n+CPIN: READY\r\n\r\nOK\r\nAT+CSQ\r\n+CSQ: 21,99\r\n\r\nOK\r\nOK\r\n\r\nLi\r\n'
verdict mail-sender simcom-sim7600 1 <<'WEOF'
20: warning: [orphan-response] final result OK with no command waiting for it
WEOF
# the header's address in angle brackets is no HTML tag (formats/html-markup.json: a tag's name
# ends at a blank, '/' or '>'; "<li.wei@..." read as <li> lost the address and took the mail
# for HTML); here the header is the host's text before the first command (host-log), which
# orphan-response reads for the name too
log mail-hostlog 'From: Li Wei <li.wei@example.com>\r\nTo: <support@example.com>\r\n\r\nAT+CSQ\r\n+CSQ: 21,99\r\n\r\nOK\r\n\r\nLi\r\n'
verdict mail-hostlog simcom-sim7600 0 < /dev/null
brief mail-hostlog simcom-sim7600 <<'WEOF'
T 4 AT+CSQ -> complete OK | 5:+CSQ: 21,99
X 9 text-outside-command Li
WEOF
grep -q '"kind":"host-log","id":1,"line":1,"offset":0,"source":"application text before a command","text":"From: Li Wei <li.wei@example.com>"' "$TMP/mail-hostlog.jsonl" ||
    { echo "FAIL: mail-hostlog: the From: line is not kept whole"; fail=1; }
# Outlook's header ("Surname, Given" and [mailto:]), initials and a dashed initial-signed name
log mail-initials 'From: Wei, Li [mailto:li.wei@example.com]\r\nSent: Monday, December 7, 2026 9:14 AM\r\nTo: Support\r\nSubject: ping fails\r\n\r\nAT+CSQ\r\n+CSQ: 21,99\r\n\r\nOK\r\n\r\nLW\r\n'
verdict mail-initials simcom-sim7600 0 < /dev/null
log mail-dash 'From: Wei, Li [mailto:li.wei@example.com]\r\n\r\nAT+CSQ\r\n+CSQ: 21,99\r\n\r\nOK\r\n\r\n- Li W.\r\n'
verdict mail-dash simcom-sim7600 0 < /dev/null
# an address alone names the sender by its local part; a quote's attribution line too
log mail-addr 'From: li.wei@example.com\r\n\r\nAT+CSQ\r\n+CSQ: 21,99\r\n\r\nOK\r\n\r\nLi\r\n'
verdict mail-addr simcom-sim7600 0 < /dev/null
log mail-attrib 'On Mon, 7 Dec 2026 at 09:14, Li Wei <li.wei@example.com> wrote:\r\n\r\nAT+CSQ\r\n+CSQ: 21,99\r\n\r\nOK\r\n\r\nWei\r\n'
verdict mail-attrib simcom-sim7600 0 < /dev/null
# guards: no header, no name to know ("Li" stays judged); a line not of the name stays judged
log mail-noheader 'AT+CSQ\r\n+CSQ: 21,99\r\n\r\nOK\r\n\r\nLi\r\n'
verdict mail-noheader simcom-sim7600 1 <<'WEOF'
6: warning: [orphan-response] modem text with no command waiting: Li
WEOF
log mail-other 'From: Li Wei <li.wei@example.com>\r\n\r\nAT+CSQ\r\n+CSQ: 21,99\r\n\r\nOK\r\nMODEM TEXT 7\r\n\r\nLi Wei\r\n'
verdict mail-other simcom-sim7600 1 <<'WEOF'
7: warning: [orphan-response] modem text with no command waiting: MODEM TEXT 7
WEOF

# V2: the log in a tracker's blocks (Atlassian's text formatting notation: {noformat},
# {code}, h1.-h6. headings, bq., ||table||, *bold*): outside them the writer's, whatever
# its shape; an orphan inside stays judged
log jira-blocks 'h2. Summary\nThe A7682E drops its PDP context.\n\n{noformat}\nAT+CGATT?\n+CGATT: 1\n\nOK\nOK\nAT+CGACT?\n+CGACT: 1,0\n\nOK\n{noformat}\n\nh3. Expected\nA7682E-LNXY / A011B06\n\n*Priority:* Major\n||Module||Firmware||\n|A7682E|A011B06|\nbq. SEEN ON TWO BOARDS\nOK\n'
verdict jira-blocks simcom-sim7600 1 <<'WEOF'
9: warning: [orphan-response] final result OK with no command waiting for it
WEOF
# a command outside the blocks is still read (its transaction kept); the log goes on there,
# its modem text judged again, as after a fence closing the paste (fence-close)
log jira-cmd-outside '{code:title=modem.log}\nAT+CSQ\n+CSQ: 21,99\n\nOK\n{code}\nA7682E / A011B06\nAT+CFUN=1,1\nOK\nMODEM TEXT 7\n'
verdict jira-cmd-outside simcom-sim7600 1 <<'WEOF'
10: warning: [orphan-response] modem text with no command waiting: MODEM TEXT 7
WEOF
brief jira-cmd-outside simcom-sim7600 <<'WEOF'
T 2 AT+CSQ -> complete OK | 3:+CSQ: 21,99
X 7 text-outside-command A7682E / A011B06
T 8 AT+CFUN=1,1 -> complete OK
X 10 text-outside-command MODEM TEXT 7
WEOF
# BBCode's [code] and Markdown's fences alike
log bbcode-blocks 'My A7682E log:\n[code]\nAT+CSQ\n+CSQ: 21,99\n\nOK\n[/code]\nA7682E-LNXY / A011B06\nLTE CAT1\n'
verdict bbcode-blocks simcom-sim7600 0 < /dev/null
log fence-blocks 'My A7682E log:\n```\nAT+CSQ\n+CSQ: 21,99\n\nOK\n```\n\nA7682E-LNXY / A011B06\n\n```text\nAT+CREG?\n+CREG: 0,1\n\nOK\n```\nLTE CAT1\n'
verdict fence-blocks simcom-sim7600 0 < /dev/null
# Jira's markup without blocks: headings, quotes, tables are the writer's
log jira-markup 'AT+CSQ\n+CSQ: 21,99\n\nOK\n\nh3. Expected\n||Module||Firmware||\n|A7682E|A011B06|\nbq. SEEN ON TWO BOARDS\n'
verdict jira-markup simcom-sim7600 0 < /dev/null
# guard: a block that holds no command (a config) says nothing of the log outside it
log blocks-guard '{code}\nAPN=internet\n{code}\nAT+CSQ\n+CSQ: 21,99\n\nOK\nMODEM TEXT 7\n'
verdict blocks-guard simcom-sim7600 1 <<'WEOF'
8: warning: [orphan-response] modem text with no command waiting: MODEM TEXT 7
WEOF

# V3: SIMCom's ping (SIM7500_SIM7600 AT Command Manual V3.00 11.3.4 AT+CPING, 11.3.5
# AT+CPINGSTOP; A76XX AT Command Manual V1.09 5.2.17): known, and its failure is a look at the
# network that says it is not there (network_query), not a command the host walked past
log cping 'AT+CPING="www.example.com",1,2\r\nERROR\r\nAT+CPINGSTOP\r\nOK\r\nAT+CSQ\r\n+CSQ: 21,99\r\n\r\nOK\r\nAT+CGMR\r\n+CGMR: A011B06A7682E\r\n\r\nOK\r\n'
verdict cping simcom-sim7600 0 < /dev/null
status cping unknown-command 'pass'
status cping command-failed 'pass'
# the other vendors' pings alike (SIM800 Series AT Command Manual V1.09 10.2.1 AT+CIPPING;
# BG96 AT+QPING; Telit AT#PING; Nordic SLM AT#XPING): a look at the network
log cipping 'AT+CIPPING="www.example.com"\r\nERROR\r\nAT+CSQ\r\n+CSQ: 21,99\r\n\r\nOK\r\nAT+CGMR\r\n+CGMR: 1418B05SIM800L24\r\n\r\nOK\r\n'
verdict cipping simcom-sim800 0 < /dev/null
status cipping command-failed 'pass'
# the "it has" hint: a changed letter in a name of five letters is another command as a rule
# (+CPING/+CPINR, +CGATX/+CGATT): none; a long name's changed letter and a short name's swap
# keep it
log near-short 'AT+CGATX=1\r\nERROR\r\nAT+CGDCONX=1\r\nERROR\r\nAT+CPNI?\r\nERROR\r\n'
verdict near-short simcom-sim7600 0 <<'WEOF'
1: info: [unknown-command] +CGATX is not a command of the simcom-sim7600 profile (in AT+CGATX=1)
3: info: [unknown-command] +CGDCONX is not a command of the simcom-sim7600 profile (in AT+CGDCONX=1); it has +CGDCONT
5: info: [unknown-command] +CPNI is not a command of the simcom-sim7600 profile (in AT+CPNI?); it has +CPIN
WEOF
# SIM808 keeps SIM908's GPS commands beside +CGNSPWR (SIM808_GPS_Application Note V1.00
# 2.1-2.5): +CGPSPWR answered is no slip of +CGNSPWR; a slip answered OK or ERROR still is
log near-sim808-gps 'AT+CGPSPWR?\r\n+CGPSPWR: 0\r\n\r\nOK\r\nAT+CGPSSTATUS?\r\n+CGPSSTATUS: Location Unknown\r\n\r\nOK\r\nAT+CGNSPWX=1\r\nOK\r\nAT+CGNSINX\r\nERROR\r\n'
verdict near-sim808-gps simcom-sim800 0 <<'WEOF'
9: info: [unknown-command] +CGNSPWX is not a command of the simcom-sim800 profile (in AT+CGNSPWX=1); it has +CGNSPWR
11: info: [unknown-command] +CGNSINX is not a command of the simcom-sim800 profile (in AT+CGNSINX); it has +CGNSINF
WEOF

# V4: a wrong PIN (27.007 9.2.1: +CME ERROR: 16 incorrect password) answered by asking the
# attempts left: 27.007 8.65 AT+CPINR, SIMCom AT+SPIC (A76XX 6.2.8), Quectel AT+QPINC? (oFono
# drivers/atmodem/sim.c at_pin_retries_query()) - or the SIM's state (AT+CPIN?)
log pin-cpinr 'AT+CPIN?\r\n+CPIN: SIM PIN\r\n\r\nOK\r\nAT+CPIN="1234"\r\n+CME ERROR: 16\r\nAT+CPINR="SIM PIN"\r\n+CPINR: SIM PIN,2,3\r\n\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,99\r\n\r\nOK\r\nAT+CGMR\r\n+CGMR: A011B06A7682E\r\n\r\nOK\r\n'
verdict pin-cpinr simcom-sim7600 0 < /dev/null
log pin-spic 'AT+CPIN="1234"\r\n+CME ERROR: incorrect password\r\nAT+SPIC\r\n+SPIC: 2,10,0,10\r\n\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,99\r\n\r\nOK\r\nAT+CGMR\r\n+CGMR: A011B06A7682E\r\n\r\nOK\r\n'
verdict pin-spic simcom-sim7600 0 < /dev/null
log pin-qpinc 'AT+CPIN="1234"\r\r\n+CME ERROR: 16\r\nAT+QPINC?\r\r\n+QPINC: "SC",2,10\r\n+QPINC: "P2",3,10\r\n\r\nOK\r\nAT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\nAT+QGMR\r\r\nBG96MAR02A07M1G\r\n\r\nOK\r\n'
verdict pin-qpinc quectel-bg96 0 < /dev/null
# the same PIN again: refused again, one more attempt spent; said at the re-send, once
log pin-resent 'AT+CPIN="1234"\r\n+CME ERROR: 16\r\nAT+CPIN="1234"\r\n+CME ERROR: 16\r\nAT+CPINR="SIM PIN"\r\n+CPINR: SIM PIN,1,3\r\n\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,99\r\n\r\nOK\r\nAT+CGMR\r\n+CGMR: A011B06A7682E\r\n\r\nOK\r\n'
verdict pin-resent simcom-sim7600 1 <<'WEOF'
3: warning: [command-failed] AT+CPIN="<PIN-1>" sent again after the module refused it (+CME ERROR: 16, incorrect password, line 2): a wrong password is refused every time, and each try spends one of the SIM's attempts (three for a PIN, then the PUK is asked); the attempts left can be asked instead
WEOF
# ... and after asking the tries left: the query does not make the refused PIN right
log pin-resent-after 'AT+CPIN="1234"\r\n+CME ERROR: 16\r\nAT+CPINR="SIM PIN"\r\n+CPINR: SIM PIN,2,3\r\n\r\nOK\r\nAT+CPIN="1234"\r\n+CME ERROR: 16\r\nAT+CPINR="SIM PIN"\r\n+CPINR: SIM PIN,1,3\r\n\r\nOK\r\n'
verdict pin-resent-after simcom-sim7600 1 <<'WEOF'
7: warning: [command-failed] AT+CPIN="<PIN-1>" sent again after the module refused it (+CME ERROR: 16, incorrect password, line 2): a wrong password is refused every time, and each try spends one of the SIM's attempts (three for a PIN, then the PUK is asked); the attempts left can be asked instead
WEOF
# guards: walked past (no look at the attempts) stays a finding; another PIN is another way
log pin-walked 'AT+CPIN="1234"\r\n+CME ERROR: 16\r\nAT+CSQ\r\n+CSQ: 20,99\r\n\r\nOK\r\nAT+CGMR\r\n+CGMR: A011B06A7682E\r\n\r\nOK\r\n'
verdict pin-walked simcom-sim7600 1 <<'WEOF'
1: warning: [command-failed] AT+CPIN="<PIN-1>" failed (+CME ERROR: 16, incorrect password) and the host neither retried it nor asked why
WEOF
log pin-other 'AT+CPIN="1234"\r\n+CME ERROR: 16\r\nAT+CPIN="4321"\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,99\r\n\r\nOK\r\n'
verdict pin-other simcom-sim7600 0 < /dev/null

# A terminal's, shell's or REPL's own lines around a session (formats/tables/tool-lines.json):
# miniterm's exit line and the shell prompt it returns to, a bare PowerShell or Python prompt,
# after the last command. Before: orphan-response warnings on each (exit 1). Modem text after
# them is still judged.
log tool-tail 'AT\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,99\r\n\r\nOK\r\n\r\n--- exit ---\r\npi@gw:~ $ \r\n'
verdict tool-tail simcom-sim7600 0 < /dev/null
log tool-prompts 'AT+CGMR\r\n+CGMR: A011B06A7682E\r\n\r\nOK\r\nPS C:\\fw> \r\n>>> \r\n(venv) user@box:~/x$\r\nroot@OpenWrt:~# \r\n'
verdict tool-prompts simcom-sim7600 0 < /dev/null
# a messenger copy's sender-and-time header between the modem's lines (Telegram Desktop,
# Discord) is the person's, not modem text; the stray OK after it still is
log tool-chat 'AT+CGMR\r\n+CGMR: A011B06A7682E\r\n\r\nOK\r\nMaria K, [07.12.2026 11:25]\r\nOK\r\nJ\303\274rgen \303\226 \342\200\224 Today at 10:42 AM\r\n'
verdict tool-chat simcom-sim7600 1 <<'WEOF'
6: warning: [orphan-response] final result OK with no command waiting for it
WEOF
log tool-then-modem 'AT+CGMR\r\n+CGMR: A011B06A7682E\r\n\r\nOK\r\nOK\r\n--- exit ---\r\npi@gw:~ $ \r\n'
verdict tool-then-modem simcom-sim7600 1 <<'WEOF'
5: warning: [orphan-response] final result OK with no command waiting for it
WEOF

# send-report-wait needs the module's reports: two L610 sends with no +MIPSEND: report anywhere
# (another firmware, the report off, or a capture without them) is not judged; with one report
# in the capture a send before the previous one's report is. (Held-out batch 23: 4 false.)
log sends-unreported 'AT+MIPCALL=1\r\nOK\r\n+MIPCALL: 10.0.0.2\r\nAT+MIPOPEN=1,,"198.51.100.1",5000,0\r\nOK\r\n+MIPOPEN: 1,1\r\nAT+MIPSEND=1,5\r\n>hello\r\nOK\r\nAT+MIPSEND=1,5\r\n>hello\r\nOK\r\nAT+MIPCLOSE=1\r\nOK\r\n+MIPCLOSE: 1,0\r\n'
verdict sends-unreported fibocom-l610 0 < /dev/null
status sends-unreported send-report-wait "not-evaluable  no send's report in the capture: the module may not report sends, or the capture lacks them (line 10)"
log sends-reported 'AT+MIPCALL=1\r\nOK\r\n+MIPCALL: 10.0.0.2\r\nAT+MIPOPEN=1,,"198.51.100.1",5000,0\r\nOK\r\n+MIPOPEN: 1,1\r\nAT+MIPSEND=1,5\r\n>hello\r\nOK\r\n+MIPSEND: 1,0,2043\r\nAT+MIPSEND=1,5\r\n>hello\r\nOK\r\nAT+MIPSEND=1,5\r\n>hello\r\nOK\r\n+MIPSEND: 1,0,2043\r\n'
verdict sends-reported fibocom-l610 1 <<'WEOF'
14: warning: [send-report-wait] AT+MIPSEND=1,5 sent before the +MIPSEND: report of the previous send on socket 1 (line 11)
WEOF
# a re-send the module accepted (its OK; its report still to come) is no retry given up
log resend-accepted 'AT+MIPCALL=1\r\nOK\r\n+MIPCALL: 10.0.0.2\r\nAT+MIPOPEN=1,,"198.51.100.1",5000,0\r\nOK\r\n+MIPOPEN: 1,1\r\nAT+MIPSEND=1,5\r\nERROR\r\nAT+MIPSEND=1,5\r\n>hello\r\nOK\r\nAT+MIPCLOSE=1\r\nOK\r\n+MIPCLOSE: 1,0\r\n'
verdict resend-accepted fibocom-l610 0 < /dev/null

# SIM800 transparent mode (AT+CIPMODE=1): AT+CIPSTART's completion is CONNECT and the link is in
# data mode until +++ and its OK (SIM800 TCP/IP Application Note). Before: CONNECT, the data and
# the escape's OK read as modem text with no command (an orphan-response warning).
log sim800-transparent 'AT+CIPMODE=1\r\nOK\r\nAT+CIPSTART="TCP","198.51.100.61",7000\r\nOK\r\n\r\nCONNECT\r\nhello-1\r\n+++\r\nOK\r\nAT+CIPCLOSE\r\nCLOSE OK\r\n'
verdict sim800-transparent simcom-sim800 0 < /dev/null

# An open the host gave up on: AT+QIOPEN on socket 2, no +QIOPEN for minutes, AT+QICLOSE=2 and the
# same open again, whose +QIOPEN: 2,0 comes. The report is the second open's: the first never got
# its completion. Before: the first took it (completed after 361 s) and the new open's success
# was not seen as the close's confirmation (a verify-after-close info).
log reopen-after-close '[09:00:00.100] AT+QIOPEN=1,2,"TCP","203.0.113.5",8080,0,1\r\n[09:00:00.130] OK\r\n[09:06:00.000] AT+QICLOSE=2\r\n[09:06:00.300] OK\r\n[09:06:00.400] AT+QIOPEN=1,2,"TCP","203.0.113.5",8080,0,1\r\n[09:06:00.430] OK\r\n[09:06:01.100] +QIOPEN: 2,0\r\n[09:06:01.200] AT+QISEND=2,5\r\n[09:06:01.230] > hello\r\n[09:06:01.500] SEND OK\r\n'
verdict reopen-after-close quectel-bg96 1 <<'WEOF'
1: error: [completion-timeout] AT+QIOPEN=1,2,"TCP","203.0.113.5",8080,0,1 never got its completion (the host sent it again after another command on its id)
WEOF

# A library's blind +++ at start-up (mongoose-os pppos: in case the module was left in data mode),
# its AT 0.1 s later: the capture shows no session the escape left, so its guard is not judged.
# Before: an escape-guard error on every start-up (held-out batch 22, three).
log blind-escape '[Dec  7 10:00:01.210] mgos_pppos_at_cmd    >> +++\n[Dec  7 10:00:01.320] mgos_pppos_at_cmd    >> AT\n[Dec  7 10:00:01.350] mgos_pppos_uart_dispatcher << AT\n[Dec  7 10:00:01.351] \n[Dec  7 10:00:01.352] OK\n[Dec  7 10:00:01.480] mgos_pppos_at_cmd    >> AT+CSQ\n[Dec  7 10:00:01.520] mgos_pppos_uart_dispatcher << \n[Dec  7 10:00:01.521] +CSQ: 19,99\n[Dec  7 10:00:01.522] \n[Dec  7 10:00:01.523] OK\n'
verdict blind-escape quectel-bg96 0 < /dev/null
status blind-escape escape-guard "not-evaluable  the escape at line 1 left a data session the capture does not show"

# A payload typed past its declared length on the prompt's line (undirected): the module takes
# the length, the rest was typed too; counted with the payload, not read as an answer line. A
# report glued on (a one-line stream) and trailing blanks stay the module's / nothing.
log payload-longer 'AT+CIPSTART="TCP","198.51.100.61",7000\r\nOK\r\n\r\nCONNECT OK\r\nAT+CIPSEND=12\r\n> {"t":21.5,"h":40}\r\nSEND OK\r\nAT+CIPCLOSE\r\nCLOSE OK\r\n'
verdict payload-longer simcom-sim800 1 <<'WEOF'
6: warning: [send-payload-mismatch] payload of 17 bytes after the prompt of AT+CIPSEND=12, 12 declared (more than the module takes)
WEOF
# ... and so whatever the reads (whole, a byte at a time, random pieces)
"$BIN" parse --no-redact "$TMP/payload-longer.log" > "$TMP/pl-whole.jsonl"
for rs in "--read-size 1" "--read-size 9 --read-seed 5"; do
    "$BIN" parse --no-redact $rs "$TMP/payload-longer.log" > "$TMP/pl-chunk.jsonl"
    cmp -s "$TMP/pl-whole.jsonl" "$TMP/pl-chunk.jsonl" || { echo "FAIL: payload-longer read with $rs differs"; fail=1; }
done
grep -q '"declared":12,"bytes":17' "$TMP/pl-whole.jsonl" || { echo "FAIL: payload-longer: 17 bytes of 12 not in parse"; fail=1; }
log payload-exact-blanks 'AT+CIPSTART="TCP","198.51.100.61",7000\r\nOK\r\n\r\nCONNECT OK\r\nAT+CIPSEND=5\r\n> hello  \r\nSEND OK\r\nAT+CIPCLOSE\r\nCLOSE OK\r\n'
verdict payload-exact-blanks simcom-sim800 0 < /dev/null

[ $fail = 0 ] && echo "ok: precision"
exit $fail
