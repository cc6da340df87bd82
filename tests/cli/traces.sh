#!/bin/sh
# Host-library traces and pasted logs (captures/traces): detection with its
# layers, the answer key, equivalence with the plain rendering, chunk
# invariance, negatives (tests/traces_check.py); then user definitions.
. "$(dirname "$0")/../cli_common.sh"
# the parses the fixture checkers below ask for, made first in a run for
# each set of options over all their files, not four runs or more a checker
# (tests/fixture_prefetch.py); each checker still checks its own
checkers=$(sed -n 's#^python3 \(tests/[a-z0-9_]*_check\.py\) "\$BIN" "\$SRC" || fail=1$#\1#p' \
           tests/cli/traces.sh)
[ "$(echo "$checkers" | wc -w)" -ge 30 ] || { echo "FAIL: the checkers' list: $checkers"; fail=1; }
# shellcheck disable=SC2086
python3 tests/fixture_prefetch.py "$BIN" "$SRC" "$TMP/fixture-cache" $checkers || fail=1
ATS_FIXTURE_CACHE=$TMP/fixture-cache
export ATS_FIXTURE_CACHE
python3 tests/traces_check.py "$BIN" "$SRC" || fail=1
# held-out batch 7's miss classes, on fixtures of our own (tests/data/heldout7)
python3 tests/heldout7_check.py "$BIN" "$SRC" || fail=1
# replies a tool glues into one line or marks its own way (tests/data/glued)
python3 tests/glued_check.py "$BIN" "$SRC" || fail=1
# a library's line saying it gave up waiting closes its command (tests/data/gaveup)
python3 tests/gaveup_check.py "$BIN" "$SRC" || fail=1
# a late answer after the next command was written joins its command (held-out class T1;
# tests/data/late)
python3 tests/late_check.py "$BIN" "$SRC" || fail=1
# held-out batch 9's classes C1-C4 (carets, gammu cells, ATO, a PPP session's end; tests/data/heldout9a)
python3 tests/heldout9a_check.py "$BIN" "$SRC" || fail=1
# held-out batch 12's classes F1-F5 (bracket line ends, a sketch's words, >> / << reprs in a
# PowerShell transcript, a mail's wrap inside a token, a terminal's > mark; tests/data/heldout12a)
python3 tests/heldout12a_check.py "$BIN" "$SRC" || fail=1
# held-out batch 13's classes G1 (a trace's reads with no line end shown; tests/data/heldout13a)
python3 tests/heldout13a_check.py "$BIN" "$SRC" || fail=1
# held-out batch 13's classes G3-G6, G8 (tests/data/heldout13b)
python3 tests/heldout13b_check.py "$BIN" "$SRC" || fail=1
# held-out batch 13's class G9 (HL78 CONNECT/EOF data, CONNECT <rate>, CLOSE OK, counted blocks; tests/data/heldout13g9)
python3 tests/heldout13g9_check.py "$BIN" "$SRC" || fail=1
# held-out batch 15's classes I2 (HL78 AT+KTCPSND in a receive-only capture) and I3 (verbose
# finals under an inferred template; tests/data/heldout15b)
python3 tests/heldout15b_check.py "$BIN" "$SRC" || fail=1
# held-out batch 16's classes J1 (a script's TX / RX prints in a journal) and J4 (OneNET
# +CIS ERROR as the AT+MIPL* final; tests/data/heldout16a)
python3 tests/heldout16a_check.py "$BIN" "$SRC" || fail=1
# held-out batch 16's class J3 (a YAT-like port monitor, [PORT] >> with the direction after the
# port's brackets; tests/data/heldout16b)
python3 tests/heldout16b_check.py "$BIN" "$SRC" || fail=1
# held-out batch 16's class J2 (a Jupyter notebook whose outputs hold the session: the
# jupyter-outputs layer, its text's lines read; tests/data/heldout16c)
python3 tests/heldout16c_check.py "$BIN" "$SRC" || fail=1
# leftovers of earlier held-out batches: OpenWrt atc handler status lines host-log, Neoway N58
# FTP finals, Quectel 5G/LTE-A models identified as quectel-bg96 (tests/data/leftovers19)
python3 tests/leftovers19_check.py "$BIN" "$SRC" || fail=1
# shapes read as nothing before helper leftovers20: a session behind comment marks, ...
# (tests/data/leftovers20)
python3 tests/leftovers20_check.py "$BIN" "$SRC" || fail=1
# held-out batch 17's classes (tests/data/heldout17): atat's CmeError(<Variant>) as its
# +CME ERROR code, FreeRTOS-Cellular's older swapped "Modem return ERROR" line, ...
python3 tests/heldout17_check.py "$BIN" "$SRC" || fail=1
# held-out batch 18's classes L1-L4 (tests/data/heldout18a): logrus and pino messages that are the
# direction and the line, a raw mail's quoted-printable part decoded, a post's inline-code lines
python3 tests/heldout18a_check.py "$BIN" "$SRC" || fail=1
# held-out batch 18's classes L5 (a port monitor's request view), L6 (Saleae Logic 1.x
# async serial CSV) and L8 (a Legato component's own AT log; tests/data/heldout18b)
python3 tests/heldout18b_check.py "$BIN" "$SRC" || fail=1
# held-out batch 19's classes M1 (mmcli pasted from a shell: escaped quotes, prompts with a
# blank before $, ModemManager's timeouts and error names) and M3 (tests/data/heldout19a)
python3 tests/heldout19a_check.py "$BIN" "$SRC" || fail=1
# held-out batch 21's class N1 (tests/data/riot21): RIOT's tests/drivers/at shell app through
# pyterm, picocom or a terminal, with and without AT_PRINT_INCOMING, under a fence, a quote, an indent
python3 tests/riot21_check.py "$BIN" "$SRC" || fail=1
# held-out batch 22's classes Q3-Q6 (tests/data/heldout22b): Waveshare's send_at() prints, SparkFun's
# SARA-R5 library with debug and AT debug on one port, mgos pppos's '>> +++' write, a PowerShell SerialPort session
python3 tests/heldout22b_check.py "$BIN" "$SRC" || fail=1
# held-out batch 24's classes S1, S5, S6 (tests/data/heldout24a): atat's blocking client quoting
# LossyStr's own quotes (env_logger, defmt under probe-rs, kubectl), python-gsmmodem under Home
# Assistant's format and as bytes lists, sms_tool's argument with the shell's quoting
python3 tests/heldout24a_check.py "$BIN" "$SRC" || fail=1
# held-out batch 28's classes U1-U3 (tests/data/heldout28a): SMSLib v3's SEND :/BUFFER:/RECV : log
# under log4j, aws logs tail around Gammu's textalldate trace, udev rules naming AT ports (no command)
python3 tests/heldout28a_check.py "$BIN" "$SRC" || fail=1
# held-out batch 24's classes S2-S4 (tests/data/heldout24b): records that span lines behind a
# wrapper: chan_dongle's at_write/at_read up to the lone ']' (older logger prefix, syslog on every
# line, a forum post, a CLI user's command), QCOM's bare chunk lines, go-modem-trace in the journal
python3 tests/heldout24b_check.py "$BIN" "$SRC" || fail=1
# held-out batch 22's classes Q1, Q2, Q7 (tests/data/heldout22a): Kannel's AT2 driver in a
# Graylog CSV export and indented in a mail, smsd under syslog and its error explanations,
# configuration files holding AT strings read as nothing
python3 tests/heldout22a_check.py "$BIN" "$SRC" || fail=1
# held-out batch 20's classes P4, P5, V1 (tests/data/heldout20b): a send whose prompt never
# came and the host's next command, socat -v with counts that disagree with its text, AT probes
# of a module the host just reset
python3 tests/heldout20b_check.py "$BIN" "$SRC" || fail=1
# printers that omit commands, script output, counted payloads, pasted test scripts (tests/data/leftovers21)
python3 tests/leftovers21_check.py "$BIN" "$SRC" || fail=1
# scripts are not sessions (formats/tables/script-lines.json; tests/data/scripts20)
python3 tests/scripts20_check.py "$BIN" "$SRC" || fail=1
# held-out batch 26's classes T2 (wvdial behind its syslog / journal tag, other daemons' lines
# theirs) and T3 (a README's API table is no session; tests/data/read26)
python3 tests/read26_check.py "$BIN" "$SRC" || fail=1
# held-out batch 27's class T4 (ATCmdParser's AT> / AT< behind mbed-trace's prefix: the
# mbed-trace-prefix layer; tests/data/read27)
python3 tests/read27_check.py "$BIN" "$SRC" || fail=1
# held-out batch 29's class R1 (an application's arrows logged with Node's debug package: the
# node-debug layer, toISOString() or the TTY form's coloured namespace and +diff; tests/data/read29)
python3 tests/read29_check.py "$BIN" "$SRC" || fail=1
# pasted shapes of helper readers18: a terminal's wrap of chan_dongle's console, ... (tests/data/readers18)
python3 tests/readers18_check.py "$BIN" "$SRC" || fail=1
# held-out batch 14's classes H5-H7 (tests/data/heldout14b)
python3 tests/heldout14b_check.py "$BIN" "$SRC" || fail=1
# held-out batch 14's classes H1-H4 (a daemon's Command:/Response: lines, a serial logger's
# CSV, shell transcripts around one-shot tools, init scripts; tests/data/heldout14a)
python3 tests/heldout14a_check.py "$BIN" "$SRC" || fail=1
# held-out batch 15's class I1 (Hologram's Python SDK at DEBUG: [AT...] / {line}; tests/data/heldout15a)
python3 tests/heldout15a_check.py "$BIN" "$SRC" || fail=1
# CSV / TSV tables of traffic in any column order, read by the csv reader (tests/data/csv19)
python3 tests/csv19_check.py "$BIN" "$SRC" || fail=1
# held-out batch 19's classes M2 (CircuitPython FONA's UARTWRITE/UARTREAD debug, a command
# written in pieces) and M4 (a manual's markdown table of commands; tests/data/heldout19b)
python3 tests/heldout19b_check.py "$BIN" "$SRC" || fail=1
# held-out batch 20's classes P1 (a manual's blank-aligned table of response times), P2
# (FONA's sendSMS text and ^Z under FONAtest's menu), P3 (a bare number answering AT+MVER in
# Particle's ESP32 NCP trace; tests/data/heldout20a)
python3 tests/heldout20a_check.py "$BIN" "$SRC" || fail=1

# The example definition of docs/formats.md works as the docs say, without
# recompiling: by --format-def and from the user's folder.
sed -n '/<!-- example-definition -->/,/<!-- end-example-definition -->/p' docs/formats.md |
    sed '1,2d;$d' | sed '$d' > "$TMP/acme-fw.json"
printf '1000 [net] attach\n1200 >>> AT+CSQ\n1250 <<< +CSQ: 20,99\n1251 <<< OK\n1400 >>> AT+COPS?\n1450 <<< ERROR\n1500 [net] registered\n' > "$TMP/acme.log"
out=$("$BIN" parse -f text --format-def "$TMP/acme-fw.json" "$TMP/acme.log" 2>&1)
expect='L2-4      cmd   AT+CSQ  ->  OK
                | +CSQ: 20,99
L5-6      cmd   AT+COPS?  ->  ERROR'
case "$out" in
*"$expect"*) ;;
*) echo "FAIL: the docs' example definition does not read acme.log:"; echo "$out"; fail=1 ;;
esac
mkdir -p "$TMP/xdg/atscope/formats" && cp "$TMP/acme-fw.json" "$TMP/xdg/atscope/formats/"
XDG_CONFIG_HOME="$TMP/xdg" "$BIN" parse "$TMP/acme.log" | head -1 | grep -q '"format":"acme-fw"' ||
    { echo "FAIL: a definition in \$XDG_CONFIG_HOME/atscope/formats is not used"; fail=1; }
XDG_CONFIG_HOME="$TMP/xdg" "$BIN" formats --explain "$TMP/acme.log" | grep -q '^  acme-fw  *9[0-9]  ' ||
    { echo "FAIL: formats --explain does not score acme-fw"; fail=1; }
XDG_CONFIG_HOME="$TMP/xdg" "$BIN" parse -i acme-fw "$TMP/acme.log" | head -1 | grep -q '"reason":\|--input-format' ||
    { echo "FAIL: -i acme-fw is not accepted"; fail=1; }

# A user's definition that ties a built-in one on score wins the tie (it was
# written for the user's logs; before, the built-in generic-arrows won and the
# user had to pass -i): by --format-def and from the user's folder; without it
# the built-in reads the log as before.
cat > "$TMP/rig-arrows.json" <<'DEF'
{"format_version": 1, "name": "rig-arrows", "kind": "trace", "title": "our rig's arrows", "source": "t",
 "rules": [{"name": "tx", "match": "^-> (?<payload>AT.*)$", "dir": "tx", "suffix": "\r"},
           {"name": "rx", "match": "^<- (?<payload>.*)$", "dir": "rx", "suffix": "\r\n"}],
 "samples": [{"line": "-> AT+CSQ", "rule": "tx", "dir": "tx", "bytes": "AT+CSQ"},
             {"line": "<- OK", "rule": "rx", "dir": "rx", "bytes": "OK"}]}
DEF
printf -- '-> AT+CSQ\n<- +CSQ: 20,99\n<- OK\n-> AT+COPS?\n<- +COPS: 0,0,"Acme",7\n<- OK\n-> AT+CGATT=1\n<- ERROR\n' > "$TMP/rig.log"
"$BIN" formats --format-def "$TMP/rig-arrows.json" --explain "$TMP/rig.log" > "$TMP/rig.explain" 2>&1
sc_user=$(awk '$1 == "rig-arrows" {print $2}' "$TMP/rig.explain")
sc_gen=$(awk '$1 == "generic-arrows" {print $2}' "$TMP/rig.explain")
[ -n "$sc_user" ] && [ "$sc_user" = "$sc_gen" ] ||
    { echo "FAIL: the tie test needs rig-arrows and generic-arrows at one score: '$sc_user' '$sc_gen'"; fail=1; }
"$BIN" parse --format-def "$TMP/rig-arrows.json" "$TMP/rig.log" | head -1 | grep -q '"format":"rig-arrows"' ||
    { echo "FAIL: a user definition loses a tie on score to a built-in one"; fail=1; }
mkdir -p "$TMP/xdg2/atscope/formats" && cp "$TMP/rig-arrows.json" "$TMP/xdg2/atscope/formats/"
XDG_CONFIG_HOME="$TMP/xdg2" "$BIN" parse "$TMP/rig.log" | head -1 | grep -q '"format":"rig-arrows"' ||
    { echo "FAIL: a definition in the user's folder loses a tie to a built-in one"; fail=1; }
"$BIN" parse "$TMP/rig.log" | head -1 | grep -q '"format":"generic-arrows"' ||
    { echo "FAIL: without the user's definition the log is not generic-arrows"; fail=1; }
"$BIN" parse -f text --format-def "$TMP/rig-arrows.json" "$TMP/rig.log" | grep -q '^L7-8      cmd   AT+CGATT=1  ->  ERROR' ||
    { echo "FAIL: the user's definition does not read rig.log"; fail=1; }

# oFono's debug shows an SMS PDU's Ctrl-Z as <CtrlZ> (gatchat/gatutil.c):
# gatchat-escapes makes it the byte again, so the payload ends there (it was
# 45 bytes with the word in them and no end), whole and byte by byte; byte 25
# is its <ESC>.
f="$SRC/captures/traces/variants/ofono-gatchat-sms.log"
"$BIN" parse -f text -p quectel-bg96 "$f" > "$TMP/ofono-sms.txt"
grep -q '^L4-7      cmd   AT+CMGS=18  ->  OK; prompt L5; payload 38 bytes (end: ctrl-z)' "$TMP/ofono-sms.txt" ||
    { echo "FAIL: oFono's <CtrlZ> does not end the SMS payload:"; cat "$TMP/ofono-sms.txt"; fail=1; }
"$BIN" parse -f text -p quectel-bg96 --read-size 1 "$f" | cmp -s - "$TMP/ofono-sms.txt" ||
    { echo "FAIL: oFono's <CtrlZ> payload differs byte by byte"; fail=1; }
cat > "$TMP/gat-esc.json" <<'DEF'
{"format_version": 1, "name": "gat-esc", "kind": "trace", "title": "t", "source": "t",
 "rules": [{"name": "w", "match": "^> (?<payload>.*)$", "dir": "tx", "decode": "gatchat-escapes"}],
 "samples": [{"line": "> AT\\r<ESC><CtrlZ>\\033<CtrlY>", "rule": "w", "dir": "tx",
              "bytes": "AT\r\u0019\u001a\u001b<CtrlY>"}]}
DEF
"$BIN" formats --format-def "$TMP/gat-esc.json" >/dev/null 2>&1 ||
    { echo "FAIL: gatchat-escapes: <ESC> is not byte 25, <CtrlZ> not 26, or an unknown <word> not kept"; fail=1; }

# gnokii's at_dprintf() shows a control byte as ^ and the byte + 64
# (angle-caret): the PDU's ^Z that ends an SMS write is Ctrl-Z again, so the
# payload ends there; a +CME ERROR read, printed with its first two bytes
# overwritten by the error number (atbus_rx_statemachine()), still gives its
# final (the echo's AT, or the +C of an echo-off answer, put back), whole and
# byte by byte. Before: generic-sendrecv, no transaction at all.
f="$SRC/captures/traces/variants/gnokii-identify-sms.log"
"$BIN" parse -f text -p quectel-bg96 "$f" > "$TMP/gnokii.txt"
grep -q '^L90-102   cmd   AT+CMGS=23  ->  OK; prompt L91; payload 48 bytes (end: ctrl-z)' "$TMP/gnokii.txt" &&
    grep -q '^L66-67    cmd   AT+CPBS?  ->  +CME ERROR: 10' "$TMP/gnokii.txt" ||
    { echo "FAIL: gnokii's ^Z does not end the SMS payload, or its +CME ERROR read is lost:"; cat "$TMP/gnokii.txt"; fail=1; }
"$BIN" parse -f text -p quectel-bg96 --read-size 1 "$f" | cmp -s - "$TMP/gnokii.txt" ||
    { echo "FAIL: gnokii's trace differs byte by byte"; fail=1; }
printf 'Message sent: 0x0c / 0x0009\nwrite: [AT+CPBS?<cr>]\nread : [^@<lf>ME ERROR: 10<cr><lf>]\nMessage sent: 0x0a / 0x0007\nwrite: [AT+CSQ<cr>]\nread : [+CSQ: 21,99<cr><lf><cr><lf>OK<cr><lf>]\n' > "$TMP/gnokii-echo-off.log"
"$BIN" parse -f text -p 3gpp "$TMP/gnokii-echo-off.log" | grep -q '^L2-3      cmd   AT+CPBS?  ->  +CME ERROR: 10' ||
    { echo "FAIL: gnokii's +CME ERROR read with the echo off is not read as its final"; fail=1; }
cat > "$TMP/caret.json" <<'DEF'
{"format_version": 1, "name": "caret-t", "kind": "trace", "title": "t", "source": "t",
 "rules": [{"name": "w", "match": "^w: (?<payload>.*)$", "dir": "tx", "decode": "angle-caret"}],
 "samples": [{"line": "w: AT^SYSCFG<cr>^Z^[<lf>x^Zy^A", "rule": "w", "dir": "tx",
              "bytes": "AT^SYSCFG\r\u001a\u001b\nx^Zy\u0001"}]}
DEF
"$BIN" formats --format-def "$TMP/caret.json" >/dev/null 2>&1 ||
    { echo "FAIL: angle-caret: ^X at a token's end is not the control byte, or ^ inside a word not kept"; fail=1; }

# A rule's "strip" applies to its samples at load as it does to the log's
# lines: a sample whose bytes need it loads (it was a broken definition).
cat > "$TMP/acme-strip.json" <<'DEF'
{"format_version": 1, "name": "acme-strip", "kind": "trace", "title": "t", "source": "t",
 "rules": [{"name": "tx", "match": "^>> (?<payload>.*)$", "dir": "tx", "suffix": "\r"},
           {"name": "rx", "match": "^<< (?<payload>.*)$", "dir": "rx", "decode": "c-escapes",
            "strip": "#\\d+#"}],
 "samples": [{"line": "<< +CSQ: 20,99\\r\\n#2#OK\\r\\n", "rule": "rx", "dir": "rx",
              "bytes": "+CSQ: 20,99\r\nOK\r\n"}]}
DEF
printf '>> AT+CSQ\n<< +CSQ: 20,99\\r\\n#2#OK\\r\\n\n' > "$TMP/strip.log"
out=$("$BIN" parse -f text --format-def "$TMP/acme-strip.json" -i acme-strip "$TMP/strip.log" 2>&1)
case "$out" in
*"L1-2      cmd   AT+CSQ  ->  OK"*) ;;
*) echo "FAIL: a definition whose sample needs its strip:"; echo "$out"; fail=1 ;;
esac

# A broken definition stops the run: exit 2, file:line:col and what is wrong.
# both_sizes FILE PATTERN WHAT: `parse -f text` of FILE, whole and a byte at a time, must
# match the case PATTERN (a glob, given without quotes inside: ? and * match as globs do)
both_sizes() {
    for rs in 0 1; do
        extra=; [ $rs = 1 ] && extra="--read-size 1"
        out=$("$BIN" parse -f text --no-redact $extra "$1")
        case "$out" in
        $2) ;;
        *) echo "FAIL: $3 (read size $rs)"; echo "$out"; fail=1 ;;
        esac
    done
}
broken() {   # name, sed expression, expected message part
    sed "$2" "$TMP/acme-fw.json" > "$TMP/$1.json"
    msg=$("$BIN" parse --format-def "$TMP/$1.json" "$TMP/acme.log" 2>&1 >/dev/null)
    rc=$?
    [ $rc -eq 2 ] || { echo "FAIL: broken definition $1: exit $rc, expected 2"; fail=1; }
    case "$msg" in
    *"$TMP/$1.json:"[0-9]*:[0-9]*": "*"$3"*) ;;
    *) echo "FAIL: broken definition $1: message '$msg' lacks file:line:col and '$3'"; fail=1 ;;
    esac
}
broken regex 's/(?<ms>\\\\d+) >>>/(?<ms>\\\\d+ >>>/' "missing closing parenthesis"
broken key 's/"suffix": "\\r"}/"sufix": "\\r"}/' 'unknown key "sufix"'
broken sample 's/"bytes": "AT+CSQ"/"bytes": "AT+CSQ?"/' "differ from"
broken json 's/"kind": "trace",/"kind": "trace"/' "invalid JSON"
broken decoder 's/"dir": "tx", "suffix"/"dir": "tx", "decode": "base64", "suffix"/' 'unknown decoder "base64"'
# the keys that name other rules: names this definition has
broken after_unknown 's/"dir": "tx", "suffix"/"dir": "tx", "host_log_after": ["nope"], "suffix"/' "host_log_after names a rule this definition does not have among its first 32"
broken repeats_unknown 's/"dir": "tx", "suffix"/"dir": "tx", "repeats": ["nope"], "suffix"/' "repeats names a rule this definition does not have among its first 32"
broken goes_on 's/"host_log": true}/"host_log": true, "goes_on": true}/' "goes_on is for a data rule"
broken flushes 's/"dir": "tx", "suffix"/"dir": "tx", "flushes": true, "suffix"/' "flushes is for a host_log rule"
broken echo_glued 's/"dir": "tx", "suffix"/"dir": "tx", "echo_glued": true, "suffix"/' "echo_glued is for a data rule of one line with dir rx"
# a data rule without a direction: named at its pattern (an object has no position)
broken no_dir 's/"dir": "tx", "suffix"/"suffix"/' 'a data rule needs "dir"'
broken not_sent 's/"dir": "tx", "suffix"/"dir": "tx", "not_sent": true, "suffix"/' "not_sent is for a host_log rule"
broken gave_up 's/"dir": "tx", "suffix"/"dir": "tx", "gave_up": true, "suffix"/' "gave_up is for a host_log rule"
# a heads line names the side of the records after it: a host_log rule with a side
broken heads_data 's/"dir": "tx", "suffix"/"dir": "tx", "heads": true, "suffix"/' "heads is for a host_log rule with a dir or dir_map"
broken heads_noside 's/"host_log": true}/"host_log": true, "heads": true}/' "heads is for a host_log rule with a dir or dir_map"
broken refutes 's/"dir": "tx", "suffix"/"dir": "tx", "refutes": true, "suffix"/' "refutes is for a host_log rule"
# a rule either strips bytes or turns matches into line ends, not both (fmt_load.c)
broken breaks_strip 's/"dir": "tx", "suffix"/"dir": "tx", "strip": "^ +", "line_breaks": "\\\\\\\\n", "suffix"/' '"line_breaks" and "strip" in one rule'
# the exchange's time (a (?<took>) group, docs/formats.md) on a data rule
# only, and its unit beside it (fmt_load.c load_rule())
broken took_host 's/"match": "^\\\\d+ \\\\\[net/"match": "^\\\\d+(?<took>\\\\d*) \\\\\[net/' '(?<took>) is for a data rule'
broken took_unit 's/(?<ms>\\\\d+) >>>/(?<ms>\\\\d+)(?<took_unit>s?) >>>/' '(?<took_unit>) needs a (?<took>) group'
# a wrapper's keys (md_block, csv_cell, json_string, time_line) on a trace do nothing: refused
broken md_block_trace 's/"kind": "trace",/"kind": "trace", "md_block": true,/' "md_block: a wrapper's key"
broken csv_cell_trace 's/"kind": "trace",/"kind": "trace", "csv_cell": true,/' "csv_cell: a wrapper's key"
broken list_open_trace 's/"kind": "trace",/"kind": "trace", "list_open": "^x$",/' "list_open: a wrapper's key"
broken split_lines_trace 's/"kind": "trace",/"kind": "trace", "split_lines": true,/' "split_lines: a wrapper's key"
broken marker_trace 's/"kind": "trace",/"kind": "trace", "marker": "^x$",/' "marker: a wrapper's key"
broken refuted_by_trace 's/"kind": "trace",/"kind": "trace", "refuted_by": "^x$",/' "refuted_by: a wrapper's key"
# ... and on a wrapper, each where it is wrong: the value's position
cat > "$TMP/acme-wrap.json" <<'DEF'
{"format_version": 1, "name": "acme-wrap", "kind": "wrapper", "title": "t", "source": "t",
 "layer": "structural",
 "match": "^\\| (?<body>.*)$", "md_block": true, "csv_cell": true,
 "samples": [{"line": "| AT+CSQ", "body": "AT+CSQ"}]}
DEF
"$BIN" parse --format-def "$TMP/acme-wrap.json" "$TMP/acme.log" >/dev/null 2>&1 ||
    { echo "FAIL: the wrapper the broken ones start from does not load"; fail=1; }
wrap_broken() {   # name, sed expression, expected message (after "atscope: FILE:")
    sed "$2" "$TMP/acme-wrap.json" > "$TMP/$1.json"
    msg=$("$BIN" parse --format-def "$TMP/$1.json" "$TMP/acme.log" 2>&1 >/dev/null)
    rc=$?
    [ $rc -eq 2 ] && [ "$msg" = "atscope: $TMP/$1.json:$3" ] ||
        { echo "FAIL: broken wrapper $1: exit $rc, '$msg', expected 'FILE:$3'"; fail=1; }
}
wrap_broken md_block_type 's/"md_block": true/"md_block": "yes"/' '3:44: (root).md_block: expected true or false'
wrap_broken csv_cell_type 's/"csv_cell": true/"csv_cell": 1/' '3:62: (root).csv_cell: expected true or false'
wrap_broken csv_cell_nomatch 's/"match": "^\\\\| (?<body>.\*)\$", /"drop": "^---$", /; s/"body": "AT+CSQ"/"dropped": false/' \
    "3:49: csv_cell: needs a \"match\" with a (?<body>...) group"
wrap_broken csv_json 's/"csv_cell": true/"csv_cell": true, "json_string": true/' \
    '3:83: json_string: not with "csv_cell": a body is one or the other'
wrap_broken time_line_notime 's/"csv_cell": true/"csv_cell": true, "time_line": "^@ \\\\d+$"/' \
    '3:81: time_line: needs time groups ((?<year>), (?<H>), ...) and a "match"'
# a list's opening line and its items go together, the items with their (?<body>)
# (a notebook's "text": [ and its strings, jupyter-outputs.json)
wrap_broken list_alone 's/"csv_cell": true/"csv_cell": true, "list_open": "^x$"/' \
    '3:81: list_open: "list_open" and "list_item" go together'
wrap_broken list_nobody 's/"csv_cell": true/"csv_cell": true, "list_open": "^x$", "list_item": "^y$"/' \
    '3:101: list_item: needs a (?<body>...) group and a "match"'
wrap_broken split_type 's/"csv_cell": true/"csv_cell": true, "split_lines": 1/' \
    '3:83: (root).split_lines: expected true or false'
# a member of the wrong type is found at its value, not at the first same text
# elsewhere (the 1 of "format_version": 1 stood before)
cat > "$TMP/acme-prefix.json" <<'DEF'
{"format_version": 1, "name": "acme-prefix", "kind": "trace", "title": "t", "source": "t",
 "rules": [{"name": "tx", "match": "^>> (?<payload>.*)$", "dir": "tx",
            "prefix": 1},
           {"name": "rx", "match": "^<< (?<payload>.*)$", "dir": "rx",
            "host_log": 1}]}
DEF
msg=$("$BIN" parse --format-def "$TMP/acme-prefix.json" "$TMP/acme.log" 2>&1 >/dev/null)
[ "$msg" = "atscope: $TMP/acme-prefix.json:3:23: rules[0].prefix: expected a string" ] ||
    { echo "FAIL: prefix of the wrong type: '$msg'"; fail=1; }
sed 's/"prefix": 1/"prefix": "AT"/' "$TMP/acme-prefix.json" > "$TMP/acme-bool.json"
msg=$("$BIN" parse --format-def "$TMP/acme-bool.json" "$TMP/acme.log" 2>&1 >/dev/null)
[ "$msg" = "atscope: $TMP/acme-bool.json:5:25: rules[1].host_log: expected true or false" ] ||
    { echo "FAIL: host_log of the wrong type: '$msg'"; fail=1; }
"$BIN" parse --format-def "$TMP/nothere.json" "$TMP/acme.log" >/dev/null 2>&1
[ $? -eq 2 ] || { echo "FAIL: a missing --format-def is not exit 2"; fail=1; }
# A directed trace whose payload is shorter than declared (the modem answers
# first): the bytes seen are the send's, whole and byte by byte.
printf 'TX: AT+QISEND=0,8\nRX: \\r\\n> \nTX: hello\nRX: \\r\\nSEND OK\\r\\n\n' > "$TMP/short.log"
"$BIN" parse -f text -p quectel-bg96 "$TMP/short.log" > "$TMP/short.txt"
grep -q '^L1-4      cmd   AT+QISEND=0,8  ->  SEND OK; prompt L2; payload 6 bytes of 8 declared' "$TMP/short.txt" &&
    ! grep -q '???' "$TMP/short.txt" || { echo "FAIL: a short payload is not the send's:"; cat "$TMP/short.txt"; fail=1; }
"$BIN" parse -f text -p quectel-bg96 --read-size 1 "$TMP/short.log" | cmp -s - "$TMP/short.txt" ||
    { echo "FAIL: the short payload differs byte by byte"; fail=1; }
# A hard-wrapped paste (docs/formats.md, "wrapped"): a title cut inside
# SENT DATA, a row cut after a space the copy trimmed (53|51 glued), a row
# cut in the gap before cell 8, a cell cut between its digits; whole and
# byte by byte. A cut line whose next line is no rest (an app line) is not
# joined: both stay host-log lines of their own.
printf '%s\n' '[00:00:03.201,220] <dbg> modem_cmd_handler: modem_cmd_send_ext: SENT DAT' 'A' \
    '                                            41 54 2b 43 53' '51                     |AT+CSQ' \
    '[00:00:03.213,220] <dbg> modem_cmd_handler: cmd_handler_process_rx_buf: RECV' \
    '                                            2b 43 53 51 3a 20 32 30  2c' '39 39                |+CSQ: 20 ,99' \
    '[00:00:03.213,400] <dbg> modem_cmd_handler: cmd_handler_process_rx_buf: RECV' \
    '                                            4f 4' 'b                                            |OK' \
    '[00:00:03.215,000] <inf> app: waiting for the modem to' 'answer' > "$TMP/wrapped.log"
"$BIN" parse -f text --no-redact "$TMP/wrapped.log" > "$TMP/wrapped.txt"
expect='L1-8      cmd   AT+CSQ  ->  OK
                | +CSQ: 20,99
L11       host  [00:00:03.215,000] <inf> app: waiting for the modem to
L12       host  answer'
[ "$(head -4 "$TMP/wrapped.txt")" = "$expect" ] ||
    { echo "FAIL: a hard-wrapped Zephyr hexdump is not rejoined:"; cat "$TMP/wrapped.txt"; fail=1; }
"$BIN" parse -f text --no-redact --read-size 1 "$TMP/wrapped.log" | cmp -s - "$TMP/wrapped.txt" ||
    { echo "FAIL: the hard-wrapped hexdump differs byte by byte"; fail=1; }
# The longest lines all as long, but only one of three followed by a line no
# rule reads: no terminal width, the application's line stays its own.
printf '%s\n' 'TX: AT+CGDCONT=1,"IP","internet.example.com"' 'RX: +CGDCONT: 1,"IP","internet.example.com"' \
    'RX: OK' 'TX: AT+CGDCONT=2,"IP","internet.example.org"' 'connecting' 'RX: OK' \
    'TX: AT+CGDCONT=3,"IP","internet.example.net"' 'RX: OK' > "$TMP/nowrap.log"
"$BIN" parse -f text --no-redact "$TMP/nowrap.log" | grep -q '^L5        host  connecting$' ||
    { echo "FAIL: a line after a long one was taken for its rest:"; "$BIN" parse -f text "$TMP/nowrap.log"; fail=1; }
# A sketch's sentences among the modem's lines (parser/builder.c sets_aside):
# after a command the modem did not answer, text that reads as a sentence
# and is followed by the next command is the sketch's (host-log), not the
# command's responses; a sentence-like line followed by more of the reply
# (an unknown vendor command's text, an SMS body) stays a response, and an
# SMS body right after its +CMT: line is the modem's text (before the next
# command as it may be).
printf '%s\n' '18:30:46.264 -> ATE0' '18:30:46.266 -> OK' '18:30:46.300 -> AT+CFUN=0' \
    '18:30:49.120 -> Modem is powered down, restarting now' '18:30:49.121 -> ' \
    '18:30:49.122 -> Waiting for the modem...' '18:30:50.002 -> AT' '18:30:50.010 -> OK' \
    '18:30:50.200 -> AT+XDEMO?' '18:30:50.210 -> module is in demo mode' '18:30:50.211 -> ' \
    '18:30:50.212 -> OK' '18:30:50.400 -> AT+CMGR=1' \
    '18:30:50.410 -> +CMGR: "REC READ","+15550100",,"24/05/01,10:00:00+00"' \
    '18:30:50.411 -> see you at the station' '18:30:50.412 -> OK' \
    '18:30:50.500 -> +CMT: "+15550100",,"24/05/01,10:01:00+00"' '18:30:50.501 -> running late, be there soon.' \
    '18:30:50.600 -> AT+CSQ' '18:30:50.610 -> running late, be there soon.' > "$TMP/sketch.log"
"$BIN" parse -f text --no-redact "$TMP/sketch.log" > "$TMP/sketch.txt"
expect='L1-2      cmd   ATE0  ->  OK
L4        host  Modem is powered down, restarting now
L6        host  Waiting for the modem...
L3        cmd   AT+CFUN=0  ->  no final result (next command came)
L7-8      cmd   AT  ->  OK
L9-12     cmd   AT+XDEMO?  ->  OK
                | module is in demo mode
L13-16    cmd   AT+CMGR=1  ->  OK
                | +CMGR: "REC READ","+15550100",,"24/05/01,10:00:00+00"
                | see you at the station
L17       urc   +CMT: "+15550100",,"24/05/01,10:01:00+00"
L18       data  received 28 bytes: running late, be there soon.
L19-20    cmd   AT+CSQ  ->  unfinished (capture ended)
                | running late, be there soon.'
[ "$(grep -v '^L[0-9]* *retry\|^--' "$TMP/sketch.txt" | sed 's/; attempt .*//')" = "$expect" ] ||
    { echo "FAIL: a sketch's sentences and a reply's text are not told apart:"; cat "$TMP/sketch.txt"; fail=1; }
for extra in "--read-size 1" "--read-size 7 --read-seed 4"; do
    # shellcheck disable=SC2086
    "$BIN" parse -f text --no-redact $extra "$TMP/sketch.log" | cmp -s - "$TMP/sketch.txt" ||
        { echo "FAIL: the sketch's sentences read differently with $extra"; fail=1; }
done
# ... and on a plain terminal log of the same sketch, without the stamps: the
# builder judges the lines an open command gets (parser/builder.c sets_aside)
sed 's/^[0-9:.]* -> //' "$TMP/sketch.log" > "$TMP/sketch-plain.log"
grep -v '^--' "$TMP/sketch.txt" > "$TMP/sketch.nosum"
for extra in "" "--read-size 1" "--read-size 7 --read-seed 4"; do
    # shellcheck disable=SC2086
    "$BIN" parse -f text --no-redact $extra "$TMP/sketch-plain.log" | grep -v '^--' |
        cmp -s - "$TMP/sketch.nosum" ||
        { echo "FAIL: the plain sketch log reads otherwise than the stamped one ($extra):";
          "$BIN" parse -f text --no-redact "$TMP/sketch-plain.log"; fail=1; }
done
# the same judgement on a trace's undirected lines (TinyGSM's StreamDebugger copy)
printf '%s\n' '[1021] ### TinyGSM Version: 0.11.7' 'AT+CFUN=0' \
    'Failed to restart modem, attempting to continue without restarting' 'AT' 'OK' \
    'AT+CMGR=1' '+CMGR: "REC READ","+15550100",,"24/05/01,10:00:00+00"' 'see you at the station' \
    'OK' > "$TMP/sketch-tinygsm.log"
"$BIN" parse -f text --no-redact "$TMP/sketch-tinygsm.log" > "$TMP/sketch-tinygsm.txt"
grep -q '^L3        host  Failed to restart modem' "$TMP/sketch-tinygsm.txt" &&
    grep -q '^                | see you at the station$' "$TMP/sketch-tinygsm.txt" ||
    { echo "FAIL: tinygsm: the sketch's sentence and an SMS body are not told apart:"; cat "$TMP/sketch-tinygsm.txt"; fail=1; }
"$BIN" parse -f text --no-redact --read-size 1 "$TMP/sketch-tinygsm.log" | cmp -s - "$TMP/sketch-tinygsm.txt" ||
    { echo "FAIL: the tinygsm sketch log reads differently byte by byte"; fail=1; }
# A plain terminal log quoted in a reply: "> AT" is a quoted line, not the
# modem's prompt (fmt_detect.c looks_at()), so the quote is taken off and the
# exchange read (0 transactions before: the quote was left on every line)
printf '%s\n' '> AT+CPIN?' '>' '> +CPIN: READY' '>' '> OK' '> AT+CMGS="+15550100"' \
    '> > hello' '> +CMGS: 4' '>' '> OK' > "$TMP/quoted-raw.log"
"$BIN" parse -f jsonl --no-redact "$TMP/quoted-raw.log" | head -1 | grep -q '"layers":"markdown-quote > raw"' ||
    { echo "FAIL: a quoted plain log is not read under its quote"; fail=1; }
[ "$("$BIN" parse -f text --no-redact "$TMP/quoted-raw.log" | grep -c ' ->  OK')" = 2 ] &&
    "$BIN" parse -f text --no-redact "$TMP/quoted-raw.log" | grep -q 'prompt L7; payload 5 bytes' ||
    { echo "FAIL: a quoted plain log: not two commands answered OK"; "$BIN" parse -f text "$TMP/quoted-raw.log"; fail=1; }
# a rule whose "strip" pattern takes bytes out of the payload: the records'
# offsets are places in the file (the payload moves to a scratch buffer, and
# the difference of two buffers' addresses was once taken for its offset)
f="$SRC/captures/traces/variants/txrx-paren-escapes.log"
size=$(wc -c < "$f")
"$BIN" parse -f jsonl "$f" | grep -o '"offset":[0-9]*' | cut -d: -f2 |
    awk -v n="$size" '$1 >= n { bad = 1 } END { exit bad }' ||
    { echo "FAIL: a stripped payload's record has an offset past the file's end"; fail=1; }
# smsd (smstools3) logs an answer on one line, its line ends turned into
# blanks (modeminit.c put_command0(): cutspaces, cut_emptylines,
# change_crlf): the final result and each information line come apart again,
# a message's text or PDU after its +CMGL / +CMGR header too (the
# definition's line_breaks), whole and a byte at a time
printf '%s\n' '2024-02-11 09:12:02,7, GSM1: -> AT+CMGF=1' \
    '2024-02-11 09:12:02,7, GSM1: Command is sent, waiting for the answer. (10)' \
    '2024-02-11 09:12:02,7, GSM1: <- OK' \
    '2024-02-11 09:12:03,7, GSM1: -> AT+CMGL="ALL"' \
    '2024-02-11 09:12:03,7, GSM1: Command is sent, waiting for the answer. (120)' \
    '2024-02-11 09:12:04,7, GSM1: <- +CMGL: 1,"REC READ","+15550100",,"24/02/11,09:10:00+04" Ping +CMGL: 2,"REC UNREAD","+15550101",,"24/02/11,09:11:00+04" Pong back OK' \
    '2024-02-11 09:12:05,7, GSM1: -> AT+CMGR=2' \
    '2024-02-11 09:12:05,7, GSM1: Command is sent, waiting for the answer. (10)' \
    '2024-02-11 09:12:05,7, GSM1: <- +CMGR: "REC READ","+15550101",,"24/02/11,09:11:00+04" Pong back OK' \
    '2024-02-11 09:12:06,7, GSM1: -> AT+CPMS?' \
    '2024-02-11 09:12:06,7, GSM1: Command is sent, waiting for the answer. (10)' \
    '2024-02-11 09:12:06,7, GSM1: <- +CPMS: "SM",2,30,"SM",2,30,"SM",2,30 OK' > "$TMP/smsd.log"
"$BIN" parse -f text --no-redact "$TMP/smsd.log" > "$TMP/smsd.txt"
for want in '                | +CMGL: 1,"REC READ","+15550100",,"24/02/11,09:10:00+04"' \
    '                | Ping' '                | +CMGL: 2,"REC UNREAD","+15550101",,"24/02/11,09:11:00+04"' \
    '                | +CMGR: "REC READ","+15550101",,"24/02/11,09:11:00+04"' \
    '                | Pong back' '                | +CPMS: "SM",2,30,"SM",2,30,"SM",2,30'; do
    grep -qxF -- "$want" "$TMP/smsd.txt" || { echo "FAIL: smsd: no response line '$want'"; cat "$TMP/smsd.txt"; fail=1; }
done
[ "$(grep -c ' ->  OK$' "$TMP/smsd.txt")" = 4 ] || { echo "FAIL: smsd: not four commands answered OK"; fail=1; }
"$BIN" parse -f text --no-redact --read-size 1 "$TMP/smsd.log" | cmp -s - "$TMP/smsd.txt" ||
    { echo "FAIL: the smsd log reads differently byte by byte"; fail=1; }
# sms_tool without -D prints no final result (only its exit status tells
# it): the commands are read from the command lines, without a final - not
# evaluable, never a guessed OK - whole and a byte at a time
printf '%s\n' "+ sms_tool -d /dev/ttyUSB2 at 'AT+CSQ'" 'AT+CSQ' '+CSQ: 21,99' '' \
    "+ sms_tool -d /dev/ttyUSB2 at 'AT+COPS?'" 'AT+COPS?' '+COPS: 0,0,"Example",7' '' > "$TMP/smstool-nod.log"
for rs in 0 1; do
    extra=; [ $rs = 1 ] && extra="--read-size 1"
    out=$("$BIN" parse -f text --no-redact $extra "$TMP/smstool-nod.log")
    case "$out" in
    *"(sms-tool-nofinal)"*"2 transactions (1 without a final result, 1 unfinished)"*) ;;
    *) echo "FAIL: sms_tool without -D (read size $rs): not two commands without a final"; echo "$out"; fail=1 ;;
    esac
done
# a date in another locale's order: day first where it is over 12 ('/'),
# month first otherwise ('/', the US form), day first after a dot; 12 AM is 0 h
printf '%s\n' 'Date,Time,Direction,Data' '13/03/2024,12:05:09.120 AM,TX,"AT"' '13/03/2024,12:05:09.135 AM,RX,"OK"' \
    '3/4/2024,1:05:10 PM,TX,"AT+CSQ"' '3/4/2024,1:05:10 PM,RX,"OK"' \
    '05.04.2024,13:05:11,TX,"AT+CGMI"' '05.04.2024,13:05:11,RX,"OK"' > "$TMP/csv-dates.log"
times=$("$BIN" parse -f jsonl "$TMP/csv-dates.log" | grep '"kind":"transaction"' | grep -o '"time":"[^"]*"' | tr '\n' ' ')
[ "$times" = '"time":"2024-03-13T00:05:09.120000" "time":"2024-03-04T13:05:10.000000" "time":"2024-04-05T13:05:11.000000" ' ] ||
    { echo "FAIL: locale dates: $times"; fail=1; }
# HTML references are decoded in one pass, only where the sample shows them
printf '%s\n' 'AT+CGDCONT=1,&quot;IP&quot;,&quot;a&amp;amp;b&quot;&#13;' 'OK' > "$TMP/html.log"
"$BIN" parse -f jsonl --no-redact "$TMP/html.log" | grep -q '"command":"AT+CGDCONT=1,\\"IP\\",\\"a&amp;b\\""' ||
    { echo "FAIL: html-entities: the command is not decoded once"; "$BIN" parse -f jsonl "$TMP/html.log"; fail=1; }
printf '%s\n' 'AT+CSQ' '+CSQ: 20,99' 'OK' > "$TMP/nohtml.log"
"$BIN" parse -f jsonl "$TMP/nohtml.log" | head -1 | grep -q 'html-entities' &&
    { echo "FAIL: html-entities taken on a log without references"; fail=1; }
# Zephyr's hl7800 driver: a line a handler takes is logged as the handler's
# match, not the line (HANDLE AT+CGMR (len:15) for the revision,
# HANDLE +COPS:  (len:17)): host-log, the command still read with its final,
# whole and a byte at a time; an unsolicited HANDLE +CEREG: is no final
printf '%s\n' '[00:00:05.120,000] <dbg> modem_hl7800: send_at_cmd: OUT: [AT+CGMR]' \
    '[00:00:05.150,000] <dbg> modem_hl7800: hl7800_rx: HANDLE AT+CGMR (len:15)' \
    '[00:00:05.150,000] <inf> modem_hl7800: Revision: HL7800.4.6.9.4' \
    '[00:00:05.151,000] <dbg> modem_hl7800: hl7800_rx: HANDLE OK (len:0)' \
    '[00:00:05.200,000] <dbg> modem_hl7800: send_at_cmd: OUT: [AT+COPS?]' \
    '[00:00:05.240,000] <dbg> modem_hl7800: hl7800_rx: HANDLE +CEREG:  (len:1)' \
    '[00:00:05.260,000] <dbg> modem_hl7800: hl7800_rx: HANDLE +COPS:  (len:17)' \
    '[00:00:05.261,000] <dbg> modem_hl7800: hl7800_rx: HANDLE OK (len:0)' > "$TMP/hl7800-info.log"
both_sizes "$TMP/hl7800-info.log" \
    '*L1-4      cmd   AT+CGMR  ->  OK*L5-8      cmd   AT+COPS?  ->  OK*(zephyr-hl7800)*2 transactions (0 without a final result*4 host-log lines*' \
    "hl7800 handled information lines"
# an ISO stamp with its zone ('Z', '+01:00') before TX:/RX: or SEND/RECV is the line's time
# (a log without times cannot be judged for timeouts or guard times), whole and a byte at a time
printf '%s\n' '2026-11-30T13:17:00.150Z TX: AT+CSQ' '2026-11-30T13:17:00.180Z RX: +CSQ: 20,99' \
    '2026-11-30T13:17:00.190Z RX: OK' > "$TMP/iso-zone-txrx.log"
printf '%s\n' '2026-11-30T14:17:01.530+01:00 SEND: AT+CGATT?' \
    '2026-11-30T14:17:01.560+01:00 RECV: +CGATT: 1' '2026-11-30T14:17:01.570+01:00 RECV: OK' > "$TMP/iso-zone-sr.log"
for rs in 0 1; do
    extra=; [ $rs = 1 ] && extra="--read-size 1"
    times=$(for f in txrx sr; do "$BIN" parse -f jsonl $extra "$TMP/iso-zone-$f.log"; done | grep '"kind":"transaction"' | grep -o '"time":"[^"]*","command":"[^"]*"' | tr '\n' ' ')
    [ "$times" = '"time":"2026-11-30T13:17:00.150000","command":"AT+CSQ" "time":"2026-11-30T14:17:01.530000","command":"AT+CGATT?" ' ] ||
        { echo "FAIL: ISO stamps with a zone (read size $rs): $times"; fail=1; }
done
# a logger's stamp the definition's rule does not take (its prefix read loosely, '.{0,80}?TX: ')
# is the line's time all the same: NLog's pipes, Serilog's [hh:mm:ss LVL], an RFC 5424 header;
# a line with no clock before its payload keeps none. Whole and a byte at a time.
printf '%s\n' '2026-12-07 06:14:00.6822|DEBUG|Acme.Modem.AtPort|TX: AT+CSQ' \
    '2026-12-07 06:14:00.7010|DEBUG|Acme.Modem.AtPort|RX: +CSQ: 20,99' \
    '2026-12-07 06:14:00.7020|DEBUG|Acme.Modem.AtPort|RX: OK' > "$TMP/nlog-stamp.log"
printf '%s\n' '[10:04:00 DBG] TX "AT+CMEE=2"' '[10:04:01 DBG] RX "OK"' > "$TMP/serilog-stamp.log"
printf '%s\n' '<15>1 2026-12-07T06:55:01.622Z gw lte-init 1188 - - TX: AT+CGATT?' \
    '<15>1 2026-12-07T06:55:01.933Z gw lte-init 1188 - - RX: +CGATT: 1' \
    '<15>1 2026-12-07T06:55:01.940Z gw lte-init 1188 - - RX: OK' > "$TMP/rfc5424-stamp.log"
printf '%s\n' 'modem: TX: AT+CSQ' 'modem: RX: +CSQ: 20,99' 'modem: RX: OK' > "$TMP/nostamp.log"
printf '%s\n' 'I (8800) lte: AT> AT+CSQ' 'I (8843) lte: AT< +CSQ: 20,99' 'I (8850) lte: AT< OK' > "$TMP/espidf-stamp.log"
printf '%s\n' '2024-01-15T10:20:30.000Z [debug]: Modem Write: AT' '2024-01-15T10:20:30.041Z [debug]: Modem Received: OK' \
    '[debug]: Modem Write: AT+CSQ' '2024-01-15T10:20:34.000Z [debug]: Modem Received: +CSQ: 20,99' \
    '2024-01-15T10:20:34.010Z [debug]: Modem Received: OK' > "$TMP/mixstamp.log"
for rs in 0 1; do
    extra=; [ $rs = 1 ] && extra="--read-size 1"
    times=$(for f in nlog serilog rfc5424; do "$BIN" parse -f jsonl $extra "$TMP/$f-stamp.log"; done | grep '"kind":"transaction"' | grep -o '"time":"[^"]*","command":"[^"]*"' | tr '\n' ' ')
    [ "$times" = '"time":"2026-12-07T06:14:00.682200","command":"AT+CSQ" "time":"10:04:00.000000","command":"AT+CMEE=2" "time":"2026-12-07T06:55:01.622000","command":"AT+CGATT?" ' ] ||
        { echo "FAIL: a stamp before the payload (read size $rs): $times"; fail=1; }
    "$BIN" parse -f jsonl $extra "$TMP/nostamp.log" | grep '"kind":"transaction"' | grep -q '"command":"AT+CSQ"' ||
        { echo "FAIL: nostamp: the command is not read (read size $rs)"; fail=1; }
    "$BIN" parse -f jsonl $extra "$TMP/nostamp.log" | grep -q '"time"' &&
        { echo "FAIL: nostamp: a time made up (read size $rs)"; fail=1; }
    esp=$("$BIN" parse -f jsonl $extra "$TMP/espidf-stamp.log" | grep '"kind":"transaction"' | grep -o '"time":"[^"]*","command":"[^"]*"\|"final_ms":[0-9.]*')
    [ "$esp" = '"time":"8.800000","command":"AT+CSQ"
"final_ms":50.000000' ] || { echo "FAIL: ESP-IDF's (ms) header before a trace line is its time (read size $rs): $esp"; fail=1; }
    mix=$("$BIN" parse -f jsonl $extra "$TMP/mixstamp.log" | grep '"kind":"transaction"' | grep -o '"time":"[^"]*","command":"[^"]*"\|"offset":[0-9]*,"command":"[^"]*"' | tr '\n' ' ')
    case "$mix" in
        '"time":"2024-01-15T10:20:30.000000","command":"AT" "offset":'*',"command":"AT+CSQ" ') ;;
        *) echo "FAIL: an unstamped command among stamped lines took the stamp before it (read size $rs): $mix"; fail=1 ;;
        esac
done
# an application's own ESP_LOGI of the command it sends ('modem_app: -> AT+QIACT?') beside
# legacy esp_modem's debug_data hexdumps of the reads: the command, its answer and final, whole
# and a byte at a time
printf '%s\n' 'I (12812) modem_app: -> AT+QIACT?' \
    'D (12962) esp-modem: debug_data: 0x3ffb6a40   0d 0a 2b 51 49 41 43 54  3a 20 31 2c 31 2c 31 2c  |..+QIACT: 1,1,1,|' \
    'D (12962) esp-modem: debug_data: 0x3ffb6a50   22 31 30 2e 35 30 2e 38  2e 32 22 0d 0a           |"10.50.8.2"..|' \
    'D (12972) esp-modem: debug_data: 0x3ffb6a40   0d 0a 4f 4b 0d 0a                                 |..OK..|' \
    'I (13272) modem_app: -> AT+CSQ' \
    'D (13422) esp-modem: debug_data: 0x3ffb6a40   0d 0a 2b 43 53 51 3a 20  32 30 2c 39 39 0d 0a 0d  |..+CSQ: 20,99...|' \
    'D (13422) esp-modem: debug_data: 0x3ffb6a50   0a 4f 4b 0d 0a                                    |.OK..|' > "$TMP/espmodem-app.log"
both_sizes "$TMP/espmodem-app.log" \
    '*L1-4      cmd   AT+QIACT?  ->  OK*L5-7      cmd   AT+CSQ  ->  OK*(esp-modem-legacy)*2 transactions (0 without a final result*' \
    "an app's '-> AT' beside esp_modem's debug_data"
# ESP-AT's busy p... refuses the command sent while AT+CWJAP still ran (its echo between), and
# AT+CWJAP goes on to its OK: the same a byte at a time (the held command line and echo)
printf 'AT+CWJAP="ap","pw"\r\nAT+CWJAP="ap","pw"\r\nAT+CIPSTART="TCP","192.0.2.10",80\r\nAT+CIPSTART="TCP","192.0.2.10",80\r\nbusy p...\r\nWIFI CONNECTED\r\nWIFI GOT IP\r\n\r\nOK\r\n' > "$TMP/esp-busy.log"
printf '{"extends": "espressif-at", "id": "esp-busy-test"}\n' > "$TMP/esp-busy.json"
for rs in 0 1; do
    extra=; [ $rs = 1 ] && extra="--read-size 1"
    out=$("$BIN" parse -f text --no-redact --profile "$TMP/esp-busy.json" $extra "$TMP/esp-busy.log")
    case "$out" in
    *'L3-5      cmd   AT+CIPSTART="TCP","192.0.2.10",80  ->  busy p...'*'L1-9      cmd   AT+CWJAP="ap","pw"  ->  OK'*) ;;
    *) echo "FAIL: ESP-AT busy p... refusal (read size $rs)"; echo "$out"; fail=1 ;;
    esac
done
# a mail quote of another trace's arrows ('> AT> AT#SGACT=1,1', the rest snipped) is no line
# nRF Connect's Serial Terminal sent: no command 'AT> AT#SGACT=1,1' (not AT syntax) is read
printf '%s\n' 'From: ops@example.com' 'Subject: Re: socket drops' '' 'Hi, here is the part of the trace that matters (rest cut):' '' \
    '> AT> AT#SGACT=1,1' '> [...]' '> AT> AT#SD=1,0,7000,"192.0.2.80",0,0,1' '> [...]' '> AT> AT#SH=1' '> [...]' '' 'Regards,' 'Ops' > "$TMP/quoted-arrows.eml"
"$BIN" parse -f jsonl "$TMP/quoted-arrows.eml" | grep -q '"command":"AT> ' &&
    { echo "FAIL: a quoted 'AT> AT...' line read as a command 'AT> ...'"; fail=1; }
# The trace reader keeps a rule's match by the shape of the line's head (fmt_memo.c): lines of
# one shape with other digits take it; a non-digit where the shape has a digit ("150a") does not
# (no ms group: the line keeps the time before it), and a new length's width is a new shape.
# Whole and a byte at a time.
{ for i in 1 2 3 4 5 6; do
    printf '[%08dms][INFO][CELL]: AT TX ( 9): AT+CSQ<cr><cr><ln>\n' $((1000 + i * 40))
    printf '[%08dms][INFO][CELL]: AT RX (13): +CSQ: 2%d,99<cr><ln>\n' $((1010 + i * 40)) $i
    printf '[%08dms][INFO][CELL]: AT RX ( 4): OK<cr><ln>\n' $((1020 + i * 40))
  done
  printf '%s\n' '[0000150ams][INFO][CELL]: AT TX ( 9): AT+CGMR<cr><cr><ln>' \
    '[00001510ms][INFO][CELL]: AT RX ( 4): OK<cr><ln>' \
    '[00001520ms][INFO][CELL]: AT TX (10): AT+CGMI?<cr><cr><ln>' \
    '[00001530ms][INFO][CELL]: AT RX (104): OK<cr><ln>'; } > "$TMP/mbed-memo.log"
for rs in 0 1; do
    extra=; [ $rs = 1 ] && extra="--read-size 1"
    got=$("$BIN" parse -f jsonl --no-redact $extra "$TMP/mbed-memo.log" |
        grep -o '"time":"[^"]*","command":"[^"]*"\|"final":"[^"]*","final_line":[0-9]*,"final_time":"[^"]*"' | tr '\n' ' ')
    want='"time":"1.040000","command":"AT+CSQ" "final":"OK","final_line":3,"final_time":"1.060000" '
    want="$want"'"time":"1.080000","command":"AT+CSQ" "final":"OK","final_line":6,"final_time":"1.100000" '
    want="$want"'"time":"1.120000","command":"AT+CSQ" "final":"OK","final_line":9,"final_time":"1.140000" '
    want="$want"'"time":"1.160000","command":"AT+CSQ" "final":"OK","final_line":12,"final_time":"1.180000" '
    want="$want"'"time":"1.200000","command":"AT+CSQ" "final":"OK","final_line":15,"final_time":"1.220000" '
    want="$want"'"time":"1.240000","command":"AT+CSQ" "final":"OK","final_line":18,"final_time":"1.260000" '
    want="$want"'"time":"1.260000","command":"AT+CGMR" "final":"OK","final_line":20,"final_time":"1.510000" '
    want="$want"'"time":"1.520000","command":"AT+CGMI?" "final":"OK","final_line":22,"final_time":"1.530000" '
    [ "$got" = "$want" ] ||
        { echo "FAIL: mbed trace lines of kept shapes (read size $rs): $got"; fail=1; }
done
# After <cr> <ln> tokens, a payload that spells its line ends as bracketed names ([CR], {LF},
# (CR)) is still read with the inline-token decoder: payloads under 8, 8-15 and 16 bytes or
# more (dec_for asks for an opening bracket first, by the byte, by the word, sixteen a step).
printf '%s\n' '[00001000ms][INFO][CELL]: AT TX ( 9): AT+CSQ<cr><cr><ln>' \
    '[00001010ms][INFO][CELL]: AT RX (13): +CSQ: 21,99<cr><ln>' '[00001020ms][INFO][CELL]: AT RX ( 4): OK<cr><ln>' \
    '[00001030ms][INFO][CELL]: AT TX ( 4): AT[CR]' '[00001040ms][INFO][CELL]: AT RX ( 6): OK{CR}{LF}' \
    '[00001050ms][INFO][CELL]: AT TX (10): AT+CGMR(CR)' \
    '[00001060ms][INFO][CELL]: AT RX (17): [CR][LF]REV 1.0[CR][LF]' \
    '[00001070ms][INFO][CELL]: AT RX ( 4): [CR][LF]OK[CR][LF]' > "$TMP/mbed-brackets.log"
both_sizes "$TMP/mbed-brackets.log" \
    '*L1-3      cmd   AT+CSQ  ->  OK*L4-5      cmd   AT  ->  OK*L6-8      cmd   AT+CGMR  ->  OK*| REV 1.0*3 transactions (0 without a final result*' \
    "bracketed line-end names after angle tokens"
# VS Code's Serial Monitor pasted in a GitHub issue's fence, prose around it: the sent
# strings (a bare quote inside one), the received lines, the port lines host-log; whole and
# a byte at a time. Before: raw, one transaction
both_sizes "$SRC/tests/data/tools30/vscode-serial-issue.md.log" \
    '*L4        host  ---- Opened the serial port COM4 ----*L5-8      cmd   ATE0  ->  OK*L14-16    cmd   AT+UPSD=0,1,"internet"  ->  OK*L24       urc   +UUPSDA: 0,"10.44.2.7"*L25-29    cmd   AT+UPSND=0,0  ->  OK*(vscode-serial-monitor)*6 transactions (0 without a final result*' \
    "VS Code Serial Monitor in an issue's fence"
# a host write past a send's declared length (Portmon's Length 11 for AT+CIPSEND=10, strace's
# write of 11 bytes): the excess is the payload's, the next command line its own; whole and a
# byte at a time. Before: "hAT+CIPCLOSE" host text and CLOSE OK an orphan
printf '%s\n' '10:00:00.000100 write(3</dev/ttyUSB0>, "AT+CIPSEND=10\r", 14) = 14' \
    '10:00:00.020000 read(3</dev/ttyUSB0>, "\r\n> ", 4096) = 4' \
    '10:00:00.030000 write(3</dev/ttyUSB0>, "temp=21.5;h", 11) = 11' \
    '10:00:00.300000 read(3</dev/ttyUSB0>, "\r\nSEND OK\r\n", 4096) = 11' \
    '10:00:01.000000 write(3</dev/ttyUSB0>, "AT+CIPCLOSE\r", 12) = 12' \
    '10:00:01.100000 read(3</dev/ttyUSB0>, "\r\nCLOSE OK\r\n", 4096) = 12' > "$TMP/strace-overrun.log"
for rs in 0 1; do
    extra=; [ $rs = 1 ] && extra="--read-size 1"
    out=$("$BIN" parse -f text --no-redact --profile simcom-sim800 $extra "$TMP/strace-overrun.log")
    case "$out" in
    *'payload 11 bytes of 10 declared'*'L5-6      cmd   AT+CIPCLOSE  ->  CLOSE OK'*'2 transactions (0 without a final result'*) ;;
    *) echo "FAIL: a write past the declared length (read size $rs)"; echo "$out"; fail=1 ;;
    esac
    out=$("$BIN" parse -f text --no-redact --profile simcom-sim800 $extra \
        "$SRC/tests/data/tools30/portmon-cipsend-overrun.log")
    case "$out" in
    *'payload 11 bytes of 10 declared'*'L7-8      cmd   AT+CIPCLOSE  ->  CLOSE OK'*'0 unparsed'*) ;;
    *) echo "FAIL: Portmon's write past the declared length (read size $rs)"; echo "$out"; fail=1 ;;
    esac
done
# Held-out batch 30's W1: a terminal's angle-bracketed control names behind
# the generic markers (generic-gtlt's arrows, generic-txrx's TX:/RX:), read as
# the bytes: an SMS's <SUB> ends its payload, and a <CR> the user typed inside
# a command's quoted argument is the text the module got, not a line end
printf '%s\n' '>> AT+QMTPUB=0,0,0,0,"t/a","press <CR> now"<CR>' '<< OK<CR><LF>' \
    '>> AT+CMGS="+15551234567"<CR>' '<< > ' '>> hello world<SUB>' '<< <CR><LF>+CMGS: 12<CR><LF><CR><LF>OK<CR><LF>' \
    '>> AT+QICLOSE=0<CR>' '<< OK' > "$TMP/gtlt-names.log"
both_sizes "$TMP/gtlt-names.log" \
    '*L1-2      cmd   AT+QMTPUB=0,0,0,0,"t/a","press <CR> now"  ->  OK*L3-6      cmd   AT+CMGS="+15551234567"  ->  OK; prompt L4; payload 11 bytes (end: ctrl-z)*| +CMGS: 12*L7-8      cmd   AT+QICLOSE=0  ->  OK*3 transactions (0 without a final result*' \
    "angle control names behind generic-gtlt's arrows"
printf '%s\n' 'TX: AT+CMGS="+15551234567"<CR>' 'RX: > ' 'TX: hello<SUB>' 'RX: <CR><LF>+CMGS: 5<CR><LF><CR><LF>OK<CR><LF>' \
    'TX: AT+CSQ<CR>' 'RX: <CR><LF>+CSQ: 20,99<CR><LF><CR><LF>OK<CR><LF>' > "$TMP/txrx-names.log"
both_sizes "$TMP/txrx-names.log" \
    '*L1-4      cmd   AT+CMGS="+15551234567"  ->  OK; prompt L2; payload 5 bytes (end: ctrl-z)*L5-6      cmd   AT+CSQ  ->  OK*2 transactions (0 without a final result*' \
    "angle control names behind generic-txrx's TX:/RX:"
# Held-out batch 31's X1: (a) nRF Connect SDK's `at` shell command in an
# e-mail quote, its argument quoted as Zephyr's make_argv() reads it
# (`at "AT+CGDCONT=0,\"IP\",..."`); (c) a PowerShell SerialPort script printing
# "> $cmd" / "< $line": the modem's '< ' lines carry the final
both_sizes "$SRC/tests/data/tools31/nrf-at-shell-mail-quote.txt" \
    '*L6-8      cmd   at+cfun?  ->  OK*L10-11    cmd   AT+CGDCONT=0,"IP","iot.example"  ->  OK*L13-15    cmd   AT+CEREG?  ->  OK*3 transactions (0 without a final result, 0 unfinished)*0 unparsed*' \
    "nRF at shell's quoted argument in an e-mail quote"
both_sizes "$SRC/tests/data/tools31/powershell-script-arrows.md" \
    '*L5-7      cmd   AT+CSQ  ->  OK*| +CSQ: 20,99*L8-10     cmd   AT+CREG?  ->  OK*| +CREG: 0,1*2 transactions (0 without a final result, 0 unfinished)*' \
    "a PowerShell script's > / < lines in a GitHub fence"
both_sizes "$SRC/tests/data/tools31/powershell-script-arrows.jira.txt" \
    '*L2-4      cmd   AT+CPIN?  ->  OK*L5-7      cmd   AT+COPS?  ->  OK*2 transactions (0 without a final result, 0 unfinished)*' \
    "a PowerShell script's > / < lines in a Jira code block"
# Negative: '< ' lines alone are no host/modem trace (the rule has no signature)
printf '%s\n' '< +CSQ: 20,99' '< OK' '< +CREG: 0,1' '< OK' > "$TMP/lt-only.log"
case "$("$BIN" formats --explain "$TMP/lt-only.log")" in
*'format: nrf-serial-terminal'*) echo "FAIL: '< ' lines alone detected as nrf-serial-terminal"; fail=1 ;;
esac
# Held-out batch 31's X1b: Node-RED's console log (log.js consoleLogger():
# '7 Dec 10:00:00 - [info] [serial out:modem] AT+CSQ'), bare and in a fence
both_sizes "$SRC/tests/data/tools31/nodered-console.log" \
    '*L1        host  7 Dec 09:59:58 - ?info? Starting flows*L4-6      cmd   AT+CSQ  ->  OK*| +CSQ: 20,99*L7-9      cmd   AT+CREG?  ->  OK*| +CREG: 0,1*(nodered-log)*2 transactions (0 without a final result, 0 unfinished)*0 unparsed*' \
    "Node-RED's console log"
both_sizes "$SRC/tests/data/tools31/nodered-console-fence.md" \
    '*L5-7      cmd   AT+CSQ  ->  OK*L8-10     cmd   AT+CREG?  ->  OK*2 transactions (0 without a final result, 0 unfinished)*0 unparsed*' \
    "Node-RED's console log in a fence"
# Negative: Node-RED's runtime lines and a node's lines without an AT command
printf '%s\n' '7 Dec 09:59:58 - [info] Starting flows' '7 Dec 10:00:00 - [info] [mqtt-broker:hub] Connected to broker' \
    '7 Dec 10:00:01 - [warn] [function:parse] OK' > "$TMP/nodered-noat.log"
case "$("$BIN" formats --explain "$TMP/nodered-noat.log")" in
*'format: nodered-log'*) echo "FAIL: Node-RED's log without AT lines detected as nodered-log"; fail=1 ;;
esac
# Held-out batch 31 (h-read31b): a short quoted or indented log under a mail's
# forward header and sign-off: the share a quote or an indentation needs is
# judged over the block, the prose before and after it aside ("prose_around")
both_sizes "$SRC/tests/data/tools31/nrf-at-shell-mail-forward.txt" \
    '*L8-10     cmd   AT+CEREG?  ->  OK*L11-13    cmd   AT%XMONITOR  ->  OK*(nrf-at-shell)*2 transactions (0 without a final result, 0 unfinished)*' \
    "nRF at shell quoted under a mail forward's header"
both_sizes "$SRC/tests/data/tools31/nrf-at-shell-mail-indent.txt" \
    '*L11-13    cmd   AT+CEREG?  ->  OK*L14-16    cmd   AT%XMONITOR  ->  OK*(nrf-at-shell)*2 transactions (0 without a final result, 0 unfinished)*' \
    "nRF at shell indented under a reply header"
case "$("$BIN" formats --explain "$SRC/tests/data/tools31/nrf-at-shell-mail-forward.txt")" in
*'read as: markdown-quote > nrf-at-shell'*) ;;
*) echo "FAIL: the mail-forwarded nRF shell log not read under its quote"; fail=1 ;;
esac
# Negative: two quoted sentences that name commands above a bare log take no quote
case "$("$BIN" formats --explain "$SRC/tests/data/tools31/neg-quoted-prose-bare-log.txt")" in
*'markdown-quote'*) echo "FAIL: quoted prose above a bare log taken as a quoted log"; fail=1 ;;
esac
# Node-RED's console log (and a bare session) in a markdown table of numbered
# rows: | # | line |, |---|---|, | 1 | <the line> | (numbered-table)
both_sizes "$SRC/tests/data/tools31/nodered-console-numbered-table.md" \
    '*L5-7      cmd   AT+CPIN?  ->  OK*| +CPIN: READY*L8-10     cmd   AT+CSQ  ->  OK*L11-13    cmd   AT+CREG?  ->  OK*(nodered-log)*3 transactions (0 without a final result, 0 unfinished)*0 unparsed*' \
    "Node-RED's console log in a numbered markdown table"
both_sizes "$SRC/tests/data/tools31/session-numbered-table.md" \
    '*L3-5      cmd   AT+CSQ  ->  OK*L6-8      cmd   AT+CREG?  ->  OK*2 transactions (0 without a final result, 0 unfinished)*0 unparsed*' \
    "a session in a numbered markdown table"
case "$("$BIN" parse --no-redact "$SRC/tests/data/tools31/nodered-console-numbered-table.md")" in
*'"line":5,"end_line":7,'*'"time":"08:31:00.000000","command":"AT+CPIN?"'*) ;;
*) echo "FAIL: the numbered table's Node-RED lines lost their times"; fail=1 ;;
esac
# Negative: a numbered table of steps that name commands is no log
case "$("$BIN" parse -f text --no-redact "$SRC/tests/data/tools31/neg-numbered-steps-table.md")" in
*' 0 transactions '*) ;;
*) echo "FAIL: a numbered table of steps read as a session"; fail=1 ;;
esac
# An inferred template's unmatched lines that open with its stamp keep their own time
# (chan_quectel's NOTICE between its at_queue.c writes), whole and a byte at a time
for rs in 0 1; do
    extra=; [ $rs = 1 ] && extra="--read-size 1"
    out=$("$BIN" parse --no-redact $extra "$SRC/tests/data/tools31/chan-quectel-inferred-notice.log")
    case "$out" in
    *'"format":"inferred"'*'"line":9,'*'"time":"11:45:16.000000","source":"inferred: stamped"'*'"line":10,'*'"time":"11:45:17.000000"'*) ;;
    *) echo "FAIL: an inferred template's stamped host line lost its own time (read size $rs)"; fail=1 ;;
    esac
done
# Held-out batch 32's Y1: Go's standard log header (golang/go src/log/log.go
# formatHeader(): '2026/12/07 09:12:03.000000 ', Lshortfile's 'file.go:23: ', a
# prefix) before a daemon's 'at: -> "AT\r"' / 'at: <- "OK"' (fmt's %q): before,
# smstools3 (its '-> ' rule) read nothing
both_sizes "$SRC/tests/data/read32/golog-quoted-arrows.log" \
    '*L1        host  modem: opened /dev/ttyUSB2 at 115200*L4-6      cmd   AT+CPIN?  ->  OK*| +CPIN: READY*L7-8      cmd   AT+CGDCONT=1,"IP","internet"  ->  OK*L9-13     cmd   AT+CMGS="+4915112345678"  ->  OK; prompt L10; payload 18 bytes (end: ctrl-z)*L14-15    cmd   AT+CGACT=1,1  ->  +CME ERROR: 30*L16       host  modem: activation failed, retry in 10s*(generic-arrows)*6 transactions*0 unparsed*' \
    "Go's log header before %q arrows"
both_sizes "$SRC/tests/data/read32/golog-shortfile-arrows.log" \
    '*L4-6      cmd   AT+CPIN?  ->  OK*(generic-arrows)*6 transactions*0 unparsed*' \
    "Go's log header with Lshortfile before %q arrows"
both_sizes "$SRC/tests/data/read32/golog-msgprefix-arrows.log" \
    '*L4-6      cmd   AT+CPIN?  ->  OK*(generic-arrows)*6 transactions*0 unparsed*' \
    "Go's log header with an Lmsgprefix tag before %q arrows"
case "$("$BIN" parse "$SRC/tests/data/read32/golog-quoted-arrows.log" | head -1)" in
*'"layers":"go-log > generic-arrows"'*) ;;
*) echo "FAIL: Go's log header not read as the go-log layer"; fail=1 ;;
esac
# Y2: an application's own line (logback's WARN) after a verbose final, in a
# trace whose times are the stamps its lines start with: its own time
case "$("$BIN" parse "$SRC/tests/data/read32/logback-warn-after-final.log" | sed -n 5p)" in
*'"kind":"host-log"'*'"time":"2026-12-07T07:58:51.810000"'*'SIM not ready (attempt 1/3)'*) ;;
*) echo "FAIL: logback's WARN line after +CME ERROR not a host-log line at its own time"; fail=1 ;;
esac
# ... and never the rest of an RX line a terminal's width "cut": every RX line
# here is 107 columns (the same answer, the same logger), which read as a hard
# wrap and glued the WARN to the final ("+CME ERROR: SIM failure2026-12-07 ...")
both_sizes "$SRC/tests/data/read32/logback-sim-failure-same-width.log" \
    '*L1-2      cmd   AT+CPIN?  ->  +CME ERROR: SIM failure; attempt 1 of retry chain 1*L3        host  2026-12-07 07:58:51.810 ?main? WARN  c.example.gateway.modem.ModemService - SIM not ready (attempt 1*L4-5      cmd   AT+CPIN?  ->  +CME ERROR: SIM failure; attempt 2*3 transactions*0 unparsed*' \
    "logback's WARN after RX lines all as wide"
# ... and never more of a record that continues up to the next rule's line
# (LLCOM's packet: before, the line was read as the modem's text)
both_sizes "$SRC/tests/data/read32/llcom-app-line.log" \
    '*L1-2      cmd   AT+CPIN?  ->  +CME ERROR: SIM failure*L5        host  ?2026/12/07 07:58:51.810? script: SIM not ready (attempt 1/3)*2 transactions*0 unparsed*' \
    "a stamped application line after a record that goes on"
case "$("$BIN" parse "$SRC/tests/data/read32/llcom-app-line.log" | grep '"kind":"host-log"')" in
*'"line":5,'*'"time":"2026-12-07T07:58:51.810000"'*) ;;
*) echo "FAIL: LLCOM: the application's stamped line not at its own time"; fail=1 ;;
esac
# Y3: MicroPython's time.ticks_ms() before each print: milliseconds, said so
both_sizes "$SRC/tests/data/read32/micropython-ticks.log" \
    '*L4-6      cmd   AT+CSQ  ->  OK*| +CSQ: 17,99*4 transactions*0 unparsed*' \
    "MicroPython ticks before pyserial-style prints"
case "$("$BIN" parse "$SRC/tests/data/read32/micropython-ticks.log" | head -3)" in
*'read as milliseconds (tick-ms)'*'"layers":"tick-ms > python-bytes"'*'"final_time":"7.330000"'*) ;;
*) echo "FAIL: MicroPython's ticks not read as milliseconds"; fail=1 ;;
esac
# Negative: line numbers (step one) and numbers that go down are no ticks
for f in neg-line-numbers neg-unordered-numbers; do
    case "$("$BIN" parse "$SRC/tests/data/read32/$f.log" | head -1)" in
    *tick-ms*) echo "FAIL: $f read with tick-ms"; fail=1 ;;
    esac
done
# Y4: Quectel's CONNECT input prompt (AT+QHTTPURL=<len>: CONNECT, <len> bytes, OK)
# and a command written after a write with no line end: before, the URL and
# AT+QHTTPGET were one host line and its OK an orphan
both_sizes "$SRC/tests/data/read32/quectel-httpurl-txrx.log" \
    '*L5-8      cmd   AT+QHTTPURL=25,80  ->  OK; prompt L6; payload 25 bytes of 25 declared (end: length)*L9-11     cmd   AT+QHTTPGET=80  ->  OK; completed success: +QHTTPGET: 0,200,5 (L11)*4 transactions*0 unparsed*' \
    "Quectel AT+QHTTPURL's CONNECT prompt and the next write"
both_sizes "$SRC/tests/data/read32/quectel-httpurl-ticks.log" \
    '*L5-8      cmd   AT+QHTTPURL=25,80  ->  OK; prompt L6*L9-11     cmd   AT+QHTTPGET=80  ->  OK; completed success*4 transactions*0 unparsed*' \
    "Quectel AT+QHTTPURL under MicroPython ticks"
exit $fail
