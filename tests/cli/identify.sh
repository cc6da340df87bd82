#!/bin/sh
# --profile auto (the default): the module is identified from the capture's
# look-ahead, by its answers (ATI, AT+CGMI/CGMM/CGMR), its family's boot
# reports and commands; weak evidence falls back to 3gpp; --profile forces.
. "$(dirname "$0")/../cli_common.sh"
# profile_of FILE [OPTIONS...]: "profile|reason|module" of the input record
profile_of() {
    f=$1; shift
    "$BIN" parse -f jsonl "$@" "$f" | python3 -c '
import json, sys
r = json.loads(sys.stdin.read().split("\n")[0])
m = r.get("module", {})
print("%s|%s|%s/%s/%s" % (r["profile"], r["profile_reason"], m.get("manufacturer", ""),
                          m.get("model", ""), m.get("revision", "")))'
}
# profiles_of FILE...: "path|profile|reason|module" of each input record, in
# one run (one start for a folder: under the sanitizers a start costs more
# than the reading)
profiles_of() {
    "$BIN" parse -f jsonl "$@" | python3 -c '
import json, sys
for l in sys.stdin:
    if not l.startswith("{\"kind\":\"input\","):
        continue
    r = json.loads(l)
    m = r.get("module", {})
    print("%s|%s|%s|%s/%s/%s" % (r["path"], r["profile"], r["profile_reason"],
                                 m.get("manufacturer", ""), m.get("model", ""), m.get("revision", "")))'
}
# of_path PATH < profiles: its "profile|reason|module"
of_path() { awk -v f="$1" 'index($0, f "|") == 1 { print substr($0, length(f) + 2); exit }'; }
# want FILE PROFILE REASON-PATTERN [MODULE]: FILE is identified as PROFILE
# with a reason that matches the pattern (and that module), the same whatever
# the read sizes. Noted here, checked by check_wants at the end: three runs
# over all the wanted files (whole, a byte at a time, in random pieces), not
# three a file (under the sanitizers a start costs more than the reading;
# each file of a run is identified as a run of its own would, profiles_of)
US=$(printf '\037')
want() {
    # (a want after check_wants would never be checked)
    [ ! -e "$TMP/wants.0" ] || { echo "FAIL: want $1 after check_wants"; fail=1; return; }
    case "$1" in *[[:space:]]*) echo "FAIL: want: a path with a blank: $1"; fail=1; return;; esac
    printf '%s\037%s\037%s\037%s\n' "$1" "$2" "$3" "${4:-}" >> "$TMP/wants"
}
check_wants() {
    # shellcheck disable=SC2046
    profiles_of $(cut -d "$US" -f 1 "$TMP/wants") > "$TMP/wants.0"
    # shellcheck disable=SC2046
    profiles_of --read-size 1 $(cut -d "$US" -f 1 "$TMP/wants") > "$TMP/wants.1"
    # shellcheck disable=SC2046
    profiles_of --read-size 7 --read-seed 3 $(cut -d "$US" -f 1 "$TMP/wants") > "$TMP/wants.2"
    while IFS=$US read -r f p r m; do
        got=$(of_path "$f" < "$TMP/wants.0")
        case "$got" in
            "$p|"*) ;;
            *) echo "FAIL: $f: wanted $p, got $got"; fail=1; continue;;
        esac
        echo "$got" | grep -q -- "$r" || { echo "FAIL: $f: reason '$got' lacks '$r'"; fail=1; }
        [ -z "$m" ] || [ "${got##*|}" = "$m" ] || { echo "FAIL: $f: module ${got##*|}, wanted $m"; fail=1; }
        [ "$(of_path "$f" < "$TMP/wants.1")" = "$got" ] ||
            { echo "FAIL: $f: another choice with --read-size 1"; fail=1; }
        [ "$(of_path "$f" < "$TMP/wants.2")" = "$got" ] ||
            { echo "FAIL: $f: another choice with --read-size 7 --read-seed 3"; fail=1; }
    done < "$TMP/wants"
    [ "$(wc -l < "$TMP/wants")" -ge 60 ] || { echo "FAIL: too few wants noted"; fail=1; }
}
# by the answers to ATI: "Manufacturer:/Model:/Revision:" lines (SIMCom LTE) and bare ones (Quectel)
printf 'ATI\r\r\nManufacturer: SIMCOM INCORPORATED\r\nModel: SIMCOM_SIM7600E-H\r\nRevision: LE20B04SIM7600G22\r\nIMEI: 861234567890123\r\n\r\nOK\r\nAT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\n' > "$TMP/ati.log"
want "$TMP/ati.log" simcom-sim7600 'model SIMCOM_SIM7600E-H (line 3)' 'SIMCOM INCORPORATED/SIMCOM_SIM7600E-H/LE20B04SIM7600G22'
printf 'ATI\r\r\nQuectel\r\nBG96\r\nRevision: BG96MAR02A07M1G\r\n\r\nOK\r\n' > "$TMP/ati2.log"
want "$TMP/ati2.log" quectel-bg96 'manufacturer Quectel (line 2), model BG96 (line 3)' 'Quectel/BG96/BG96MAR02A07M1G'
# by +CGMI/+CGMM answers (a SIM800 that uses no TCP command)
printf 'AT+CGMI\r\r\nSIMCOM_Ltd\r\n\r\nOK\r\nAT+CGMM\r\r\nSIMCOM_SIM800L\r\n\r\nOK\r\nAT+CGMR\r\r\nRevision:1418B05SIM800L24\r\n\r\nOK\r\n' > "$TMP/cgmm.log"
want "$TMP/cgmm.log" simcom-sim800 'model SIMCOM_SIM800L' 'SIMCOM_Ltd/SIMCOM_SIM800L/1418B05SIM800L24'
# by the command family, no answer: u-blox sockets, nRF91 SLM, L610 MIP*
printf 'AT+USOCR=6\r\r\n+USOCR: 0\r\n\r\nOK\r\nAT+USOCO=0,"1.2.3.4",80\r\r\nOK\r\n' > "$TMP/uso.log"
want "$TMP/uso.log" ublox-sara 'command AT+USOCR (line 1), command AT+USOCO (line 5)' '//'
printf 'AT#XSOCKET=1,1,0\r\n#XSOCKET: 0,1,6\r\nOK\r\nAT#XCONNECT="example.com",7\r\n#XCONNECT: 1\r\nOK\r\n' > "$TMP/slm.log"
want "$TMP/slm.log" nordic-slm 'command AT#XSOCKET (line 1), command AT#XCONNECT (line 4)'
printf 'AT+MIPCALL=1,"cmnet"\r\r\nOK\r\n\r\n+MIPCALL: 10.1.2.3\r\nAT+MIPOPEN=1,,"1.2.3.4",80,0\r\r\nOK\r\n\r\n+MIPOPEN: 1,1\r\n' > "$TMP/mip.log"
want "$TMP/mip.log" fibocom-l610 'command AT+MIPCALL (line 1), .*command AT+MIPOPEN (line 5)'
# by boot reports: the L610's two (the first reads as a command line under other profiles)
printf '\r\nAT command ready\r\n\r\n+SIM READY\r\nAT\r\r\nOK\r\n' > "$TMP/boot.log"
want "$TMP/boot.log" fibocom-l610 'boot report AT command ready (line 2), boot report +SIM READY (line 4)'
# AirM2M by its bare ATI answer (manufacturer and model in one line); the
# L860 by +CGMM, though it shares the L610's manufacturer; SIMCom's CIP* names
# alone are not AirM2M's
printf 'ATI\r\r\nAirM2M_780E_V1169_LTE_AT\r\n\r\nOK\r\n' > "$TMP/air.log"
want "$TMP/air.log" airm2m-air780 'model AirM2M_780E_V1169_LTE_AT (line 2)' 'AirM2M_780E_V1169_LTE_AT/AirM2M_780E_V1169_LTE_AT/'
printf 'AT+CGMI\r\r\n+CGMI: "Fibocom"\r\n\r\nOK\r\nAT+CGMM\r\r\n+CGMM: "L850-GL"\r\n\r\nOK\r\n' > "$TMP/l850.log"
want "$TMP/l850.log" fibocom-l8 'manufacturer Fibocom (line 2), model L850-GL (line 6)' 'Fibocom/L850-GL/'
printf 'AT+CSTT="internet"\r\r\nOK\r\nAT+CIICR\r\r\nOK\r\nAT+CIFSR\r\r\n10.1.2.3\r\n' > "$TMP/cip.log"
want "$TMP/cip.log" simcom-sim800 'command AT+CSTT (line 1), command AT+CIICR (line 3)'
# SIM800 and M95 boot alike (Call Ready, SMS Ready); AT+CPOWD is SIMCom's power-off (SIM800,
# SIM7080; Quectel's is AT+QPOWD): before, the two tied and the log stayed 3gpp
printf 'RDY\r\n\r\nCall Ready\r\n\r\nSMS Ready\r\nAT+CREG?\r\r\n+CREG: 0,1\r\n\r\nOK\r\nAT+CPOWD=1\r\r\nNORMAL POWER DOWN\r\n' > "$TMP/cpowd.log"
want "$TMP/cpowd.log" simcom-sim800 'boot report Call Ready (line 3), boot report SMS Ready (line 5), command AT+CPOWD (line 10)'
# the two Quectel stacks told apart by their own commands, not the QI* names they share
printf 'AT+QIFGCNT=0\r\r\nOK\r\nAT+QIMUX=1\r\r\nOK\r\nAT+QIOPEN=0,"TCP","1.2.3.4","80"\r\r\nOK\r\n\r\n0, CONNECT OK\r\n' > "$TMP/m95.log"
want "$TMP/m95.log" quectel-m95 'command AT+QIFGCNT (line 1), command AT+QIMUX (line 3)'
printf 'AT+QICSGP=1,1,"CMNET"\r\r\nOK\r\nAT+QIOPEN=1,0,"TCP","1.2.3.4",80,0,1\r\r\nOK\r\n\r\n+QIOPEN: 0,0\r\nAT+QISTATE?\r\r\nOK\r\nAT+QCFG="nwscanmode"\r\r\nOK\r\n' > "$TMP/bg96.log"
want "$TMP/bg96.log" quectel-bg96 'command AT+QISTATE (line 7), command AT+QCFG (line 9)'
# by lines only one family's traffic has: the BG96's QIOPEN argument shape and
# completion, where the QI* names alone (shared with the M95) say nothing
printf 'AT+QIOPEN=1,0,"TCP","1.2.3.4",80,0,0\r\r\nOK\r\n\r\n+QIOPEN: 0,0\r\nAT+QISEND=0,5\r\r\n> hello\r\nSEND OK\r\n' > "$TMP/bg96l.log"
want "$TMP/bg96l.log" quectel-bg96 'line AT+QIOPEN=1,0,"TCP","1.2.3.4",80,0,0 (line 1), line +QIOPEN: 0,0 (line 4)'
printf 'AT+QIOPEN="TCP","1.2.3.4","80"\r\r\nOK\r\n\r\nCONNECT OK\r\n\r\n+QIRDI: 0,1,0\r\n' > "$TMP/m95l.log"
want "$TMP/m95l.log" quectel-m95 'line AT+QIOPEN="TCP","1.2.3.4","80" (line 1), line +QIRDI: 0,1,0 (line 6)'
# a family command weighs by the module's answer: one it accepts (OK, an
# error with a cause) names the family; a bare ERROR or no answer is the
# host's belief only; "operation not supported" (27.007 +CME ERROR: 4)
# counts nothing
printf 'AT+QISTATE?\r\r\nOK\r\n' > "$TMP/one.log"
want "$TMP/one.log" quectel-bg96 'command AT+QISTATE (line 1)|'
printf 'AT+QNWINFO\r\r\n+CME ERROR: 10\r\n' > "$TMP/one-cause.log"
want "$TMP/one-cause.log" quectel-bg96 'command AT+QNWINFO answered +CME ERROR: 10 (line 1)|'
# weak evidence: a family command the module may not know, one boot line, or nothing -> 3gpp, never the L610
printf 'AT+QISTATE?\r\r\nERROR\r\n' > "$TMP/weak.log"
want "$TMP/weak.log" 3gpp 'too little evidence for quectel-bg96 (command AT+QISTATE answered ERROR (line 1))'
printf 'AT+QISTATE?\r\r\n+CME ERROR: 4\r\nAT+QCFG="band"\r\r\n+CME ERROR: operation not supported\r\n' > "$TMP/refused.log"
want "$TMP/refused.log" 3gpp 'too little evidence for quectel-bg96 (command AT+QISTATE refused: +CME ERROR: 4 (line 1), command AT+QCFG refused: +CME ERROR: operation not supported (line 3))'
printf 'AT+QISTATE?\r\n' > "$TMP/unanswered.log"
want "$TMP/unanswered.log" 3gpp 'too little evidence for quectel-bg96 (command AT+QISTATE (line 1))'
# the best answer counts: refused, then accepted
printf 'AT+QISTATE?\r\r\n+CME ERROR: 4\r\nAT+QISTATE?\r\r\nOK\r\n' > "$TMP/later.log"
want "$TMP/later.log" quectel-bg96 'command AT+QISTATE refused: +CME ERROR: 4 (line 1), command AT+QISTATE (line 3)|'
# a command both Quectel stacks have (AT+QCCID) names neither, until a line
# one of them never prints rules it out: the M95 (2G) has no +CEREG
printf 'AT+QCCID\r\r\n+QCCID: 89860000000000000000\r\n\r\nOK\r\n' > "$TMP/qccid.log"
want "$TMP/qccid.log" 3gpp 'fit alike'
printf 'AT+CEREG?\r\r\n+CEREG: 0,1\r\n\r\nOK\r\nAT+QCCID\r\r\n+CME ERROR: 10\r\n' > "$TMP/qccid-lte.log"
want "$TMP/qccid-lte.log" quectel-bg96 'command AT+QCCID answered +CME ERROR: 10 (line 5); quectel-m95 ruled out by +CEREG: 0,1 (line 2)|'
printf '\r\nAT command ready\r\nAT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\n' > "$TMP/weak2.log"
want "$TMP/weak2.log" 3gpp 'too little evidence for fibocom-l610'
printf 'AT\r\r\nOK\r\nAT+CPIN?\r\r\n+CPIN: READY\r\n\r\nOK\r\nRDY\r\n' > "$TMP/none.log"
want "$TMP/none.log" 3gpp 'no module named itself'
# two families alike: neither
printf 'AT+QCFG="band"\r\r\nOK\r\nAT+QISTATE?\r\r\nOK\r\nAT+USOCR=6\r\r\n+USOCR: 0\r\n\r\nOK\r\nAT+USOCL=0\r\r\nOK\r\n' > "$TMP/tie.log"
want "$TMP/tie.log" 3gpp 'quectel-bg96 and ublox-sara fit alike\|ublox-sara and quectel-bg96 fit alike'
# evidence past the look-ahead (1000 lines) is not used: the same bytes decide, however read
{ i=0; while [ $i -lt 1000 ]; do printf 'AT\r\n'; i=$((i + 1)); done; printf 'AT+USOCR=6\r\nAT+USOCO=0,"1.2.3.4",80\r\n'; } > "$TMP/late.log"
want "$TMP/late.log" 3gpp 'no module named itself'
# --profile forces, and says so
got=$(profile_of "$TMP/uso.log" --profile fibocom-l610)
[ "$got" = "fibocom-l610|given with --profile|//" ] || { echo "FAIL: --profile does not force: $got"; fail=1; }
got=$(profile_of "$TMP/uso.log" --profile auto)
case "$got" in ublox-sara\|*) ;; *) echo "FAIL: --profile auto: $got"; fail=1;; esac
# the family captures: each identified as its own, never as another's
# (their profiles from one run over all of them)
profiles_of captures/simcom/*.log captures/quectel/*.log captures/ublox/*.log captures/nordic/*.log \
    captures/3gpp/*.log captures/telit/*.log captures/airm2m/*.log captures/fibocom/*.log \
    captures/huawei/*.log captures/neoway/*.log captures/sequans/*.log captures/cmcc/*.log \
    captures/cinterion/*.log captures/altair/*.log > "$TMP/family"
for f in captures/simcom/sim800-*.log:simcom-sim800 captures/simcom/sim7600-*.log:simcom-sim7600 \
         captures/quectel/bg96-*.log:quectel-bg96 captures/ublox/ublox-*.log:ublox-sara \
         captures/nordic/nordic-*.log:nordic-slm captures/3gpp/3gpp-session.log:3gpp \
         captures/telit/telit-session.log:telit captures/quectel/m95-session.log:quectel-m95 \
         captures/airm2m/air780-mqtt.log:airm2m-air780 captures/fibocom/l860-session.log:fibocom-l8 \
         captures/simcom/sim7080-*.log:simcom-sim7080 captures/huawei/me909s-*.log:huawei-me909s \
         captures/simcom/sim800-sim-puk.log:3gpp captures/quectel/bc95-*.log:quectel-bc95 \
         captures/ublox/sara-n211-nbiot.log:ublox-sara captures/neoway/n58-tcp.log:neoway-n58 \
         captures/sequans/gm01q-sockets.log:sequans-monarch captures/cmcc/ml307r-*.log:cmcc-ml307r \
         captures/cinterion/pls62-*.log:cinterion captures/altair/type1sc-*.log:altair-alt1250; do
    p=${f##*:}
    for c in ${f%:*}; do
        # a SIM800's session in 27.007's commands alone, nothing in it naming
        # the module (docs/precision.md, round 5): the base profile is right
        [ "$c" = captures/simcom/sim800-sim-puk.log ] && [ "$p" != 3gpp ] && continue
        got=$(of_path "$c" < "$TMP/family")
        [ "${got%%|*}" = "$p" ] || { echo "FAIL: $c: $got (wanted $p)"; fail=1; }
    done
done
# the SIM7000's CA* form (no PDP index: AT+CAOPEN=<cid>,"host","port") is not the
# SIM7080's; a Huawei ^ command the module accepted names Huawei
printf 'AT+CACID=1\r\r\nOK\r\nAT+CAOPEN=1,"203.0.113.1","80"\r\r\n+CAOPEN: 1,0\r\n\r\nOK\r\n' > "$TMP/ca7000.log"
want "$TMP/ca7000.log" 3gpp 'no module named itself'
printf 'AT^SYSCFGEX?\r\r\n^SYSCFGEX: "00",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF\r\n\r\nOK\r\n' > "$TMP/syscfgex.log"
want "$TMP/syscfgex.log" huawei-me909s 'command AT^SYSCFGEX (line 1)'
# a firmware revision that names its family (AT+CGMR, ATI's Revision: line)
# is the module's own word: enough alone
printf 'AT+CGMR\r\r\n+CGMR: BG96MAR02A07M1G\r\n\r\nOK\r\n' > "$TMP/rev-bg96.log"
want "$TMP/rev-bg96.log" quectel-bg96 'revision BG96MAR02A07M1G (line 2)|' '//BG96MAR02A07M1G'
printf 'AT+CGMR\r\r\nRevision:1418B05SIM800L24\r\n\r\nOK\r\n' > "$TMP/rev-sim800.log"
want "$TMP/rev-sim800.log" simcom-sim800 'revision 1418B05SIM800L24 (line 2)|'
printf 'ATI\r\r\nManufacturer: SIMCOM INCORPORATED\r\nModel: SIMCOM_A7670E\r\nRevision: LE20B04SIM7600G22\r\n\r\nOK\r\n' > "$TMP/rev-ati.log"
want "$TMP/rev-ati.log" simcom-sim7600 'revision LE20B04SIM7600G22 (line 4)'
printf 'AT+CGMR\r\r\nmfw_nrf9160_1.3.1\r\n\r\nOK\r\n' > "$TMP/rev-nrf.log"
want "$TMP/rev-nrf.log" nordic-slm 'revision mfw_nrf9160_1.3.1 (line 2)|'
# a revision no family claims says nothing (the L860's)
printf 'AT+CGMR\r\r\n+CGMR: "18500.5001.00.05.27.12"\r\n\r\nOK\r\n' > "$TMP/rev-none.log"
want "$TMP/rev-none.log" 3gpp 'no module named itself'
# a host's log naming the module counts only where the reader knows the line
# for the host's (esp-modem.log above); in a raw capture the same words are
# modem text, and PB DONE alone is too little
printf 'Initializing esp_modem for the SIM7600 module...\r\n\r\nPB DONE\r\nAT\r\r\nOK\r\n' > "$TMP/host-raw.log"
want "$TMP/host-raw.log" 3gpp 'too little evidence for simcom-sim7600 (boot report PB DONE (line 3))'
# Every host-library trace fixture (captures/traces/, variants/): the profile
# it is identified as, exactly, and the first piece of evidence (or why none
# was enough). Where the module the trace came from (EXPECTED.json) is not
# named it is because the trace shows nothing of it: no answer naming it, no
# command or line only its family has, no host log naming it (gammu-smsd,
# serialport-gsm, pppd chat: standard commands only), or too little (one
# boot report; a vendor GNSS command answered ERROR); a bare SIMCom CIP*
# session (the Air780's) has no profile of its own. Huawei dongles and the
# SIM7080 traces are named by their model or revision answer, ^ commands
# and reports, or the CA* commands' SIM7080 form.
cat > "$TMP/table" <<'TABLE'
chan-dongle.log|huawei-me909s|manufacturer huawei (line 4)
esp-modem-cmux.log|3gpp|no module named itself and no family's own command or boot report was seen
esp-modem-hexdump.log|3gpp|too little evidence for simcom-sim7600 (boot report PB DONE
esp-modem-legacy.log|simcom-sim800|model SIMCOM_SIM800L (line 18)
esp-modem.log|simcom-sim7600|host log names SIM7600 (line 1)
gammu-smsd-syslog.log|3gpp|no module named itself and no family's own command or boot report was seen
gammu.log|simcom-sim800|manufacturer SIMCOM_Ltd (line 21)
generic-arrows.log|simcom-sim7600|command AT+NETOPEN (line 17)
generic-gtlt.log|simcom-sim7600|command AT+NETOPEN (line 17)
generic-sendrecv.log|simcom-sim7600|command AT+NETOPEN (line 17)
generic-txrx.log|simcom-sim7600|command AT+NETOPEN (line 17)
layered-csv-logger.log|simcom-sim7600|command AT+NETOPEN (line 15)
layered-esphome-espmodem.log|3gpp|too little evidence for simcom-sim7600 (boot report PB DONE
layered-fence-indent-ansi.log|nordic-slm|command AT%XSYSTEMMODE (line 13)
layered-journal-chat.log|3gpp|no module named itself and no family's own command or boot report was seen
layered-quote-arduino-mbed.log|quectel-bg96|line AT+QIOPEN=1,0,"TCP","52.215.34.155",7 (line 32)
mbed-trace-color.log|quectel-bg96|line AT+QIOPEN=1,0,"TCP","52.215.34.155",7 (line 32)
mbed-trace.log|quectel-bg96|line AT+QIOPEN=1,0,"TCP","52.215.34.155",7 (line 32)
pppd-chat-journal.log|3gpp|no module named itself and no family's own command or boot report was seen
pppd-chat-openwrt.log|3gpp|no module named itself and no family's own command or boot report was seen
pppd-chat-syslog.log|3gpp|no module named itself and no family's own command or boot report was seen
pyserial-print.log|3gpp|too little evidence for simcom-sim7600 (command AT+CGPS answered ERROR
pyserial-readline.log|3gpp|too little evidence for simcom-sim7600 (command AT+CGPS answered ERROR
python-gsmmodem.log|3gpp|no module named itself and no family's own command or boot report was seen
router-reversed-arrows.log|simcom-sim7600|command AT+NETOPEN (line 17)
serialport-gsm.log|3gpp|no module named itself and no family's own command or boot report was seen
tinygsm-streamdebugger.log|quectel-bg96|listed command AT+QGPS (line 31), line AT+QICSGP=1,1,"internet","","" (line 34), line AT+QIACT=1 (line 37)
ubxlib-stamped.log|ublox-sara|manufacturer u-blox (line 14)
ubxlib.log|ublox-sara|manufacturer u-blox (line 14)
zephyr-cmd-handler.log|quectel-bg96|line AT+QICSGP=1,1,"internet","","",1 (line 21), line AT+QIOPEN=1,0,"TCP","52.215.34.155",7,0,0
zephyr-modem-chat.log|ublox-sara|model SARA-R410M-02B (line 42)
zephyr-modem-cmux.log|quectel-bg96|command AT+QCCID answered +CME ERROR: 10 (line 93); quectel-m95 ruled out by +CEREG: 0,5 (line 60)
variants/air780-sendrecv.log|simcom-sim800|command AT+CSTT (line 10)
variants/air780-spgsm.log|simcom-sim800|command AT+CSTT (line 19)
variants/app-espidf-sent.log|simcom-sim7600|command AT+NETOPEN (line 17)
variants/app-logcat-txrx.log|simcom-sim7600|command AT+NETOPEN (line 17)
variants/app-python-logging.log|simcom-sim7600|command AT+NETOPEN (line 17)
variants/app-zephyr-txrx.log|simcom-sim7600|command AT+NETOPEN (line 17)
variants/atat-sim7080.log|simcom-sim7080|revision 1951B17SIM7080 (line 6)
variants/chat-busybox.log|3gpp|no module named itself and no family's own command or boot report was seen
variants/chat-cut.log|3gpp|no module named itself and no family's own command or boot report was seen
variants/chat-stderr.log|3gpp|no module named itself and no family's own command or boot report was seen
variants/dongle-console.log|huawei-me909s|manufacturer huawei (line 4)
variants/dongle-cut.log|huawei-me909s|manufacturer huawei (line 4)
variants/dongle-isodate.log|huawei-me909s|manufacturer huawei (line 4)
variants/dongle-journal.log|huawei-me909s|manufacturer huawei (line 4)
variants/dongle-rsyslog.log|huawei-me909s|manufacturer huawei (line 4)
variants/esp-cmux-wrap80.log|3gpp|no module named itself and no family's own command or boot report was seen
variants/esp-legacy-csv-date.log|simcom-sim800|model SIMCOM_SIM800L (line 18)
variants/esp-legacy-systime.log|simcom-sim800|model SIMCOM_SIM800L (line 18)
variants/esp-modem-console.log|simcom-sim7080|revision 1951B17SIM7080 (line 8)
variants/esp-modem-crlf.log|simcom-sim7600|host log names SIM7600 (line 1)
variants/esp-modem-cut.log|simcom-sim7600|host log names SIM7600 (line 1)
variants/esp-modem-full-ts.log|simcom-sim7600|host log names SIM7600 (line 1)
variants/esp-modem-literal-033.log|simcom-sim7600|host log names SIM7600 (line 1)
variants/esp-modem-systime.log|simcom-sim7600|host log names SIM7600 (line 1)
variants/esp-modem-wrap80.log|3gpp|too little evidence for simcom-sim7600 (boot report PB DONE
variants/esp-usb-terminal.log|nordic-slm|command AT%XSYSTEMMODE (line 15)
variants/esphome-esp-tokens.log|simcom-sim7080|revision 1951B17SIM7080 (line 6)
variants/ewf-bg96.log|quectel-bg96|host log names BG96 (line 1)
variants/fona-sim7000.log|3gpp|no module named itself and no family's own command or boot report was seen
variants/gammu-cut.log|simcom-sim800|manufacturer SIMCOM_Ltd (line 21)
variants/gammu-frametype.log|simcom-sim800|manufacturer SIMCOM_Ltd (line 21)
variants/gammu-smsd-file.log|3gpp|no module named itself and no family's own command or boot report was seen
variants/gammu-windows.log|simcom-sim800|manufacturer SIMCOM_Ltd (line 21)
variants/gammu-wrap80.log|simcom-sim800|manufacturer SIMCOM_Ltd (line 24)
variants/generic-angle-arrows.log|simcom-sim7600|command AT+NETOPEN (line 13)
variants/generic-arrows-crlf-quote.log|simcom-sim7600|command AT+NETOPEN (line 17)
variants/generic-atgt.log|simcom-sim7600|command AT+NETOPEN (line 17)
variants/generic-cmdresp.log|simcom-sim7600|command AT+NETOPEN (line 17)
variants/generic-gtlt3.log|simcom-sim7600|command AT+NETOPEN (line 17)
variants/generic-hex-txrx.log|simcom-sim7600|command AT+NETOPEN (line 13)
variants/generic-quoted-escapes.log|simcom-sim7600|command AT+NETOPEN (line 13)
variants/generic-txcount-arrow.log|simcom-sim7600|command AT+NETOPEN (line 17)
variants/generic-txrx-brackets.log|simcom-sim7600|command AT+NETOPEN (line 17)
variants/generic-writeread.log|simcom-sim7600|command AT+NETOPEN (line 17)
variants/huawei-dongle-crlf.log|huawei-me909s|command AT^SYSINFOEX (line 2)
variants/huawei-dongle-journal-precise.log|huawei-me909s|command AT^SYSINFOEX (line 2)
variants/huawei-dongle-rsyslog.log|huawei-me909s|command AT^SYSINFOEX (line 2)
variants/huawei-dongle.log|huawei-me909s|command AT^SYSINFOEX (line 2)
variants/huawei-gammu.log|huawei-me909s|command AT^SYSINFOEX (line 6)
variants/luat-ril-air720.log|3gpp|too little evidence for simcom-sim800 (command AT+CIPSTART answered ERROR
variants/mbed-browser-ansi.log|quectel-bg96|line AT+QIOPEN=1,0,"TCP","52.215.34.155",7 (line 32)
variants/mbed-crlf-nostamp.log|quectel-bg96|line AT+QIOPEN=1,0,"TCP","52.215.34.155",7 (line 32)
variants/mbed-cut.log|3gpp|no module named itself and no family's own command or boot report was seen
variants/mbed-nested-quote.log|quectel-bg96|line AT+QIOPEN=1,0,"TCP","52.215.34.155",7 (line 32)
variants/mbed-plain-mode.log|quectel-bg96|line AT+QIOPEN=1,0,"TCP","52.215.34.155",7 (line 32)
variants/mbed-uptime-space.log|quectel-bg96|line AT+QIOPEN=1,0,"TCP","52.215.34.155",7 (line 32)
variants/mbed-wrap64.log|quectel-bg96|line AT+QIOPEN=1,0,"TCP","52.215.34.155",7 (line 36)
variants/mm-journal-telit.log|telit|command AT#SGACT (line 10)
variants/mm-old-syslog-huawei.log|huawei-me909s|command AT^SYSINFOEX (line 1)
variants/mpy-gtlt-repr.log|simcom-sim7080|revision 1951B17SIM7080 (line 4)
variants/nrf-modem-defmt-stamped.log|nordic-slm|command AT%XSYSTEMMODE (line 6)
variants/nrf-modem-defmt.log|nordic-slm|command AT%XSYSTEMMODE (line 6)
variants/nrf91-gtlt.log|nordic-slm|command AT%XSYSTEMMODE (line 7)
variants/nrf91-pyserial.log|nordic-slm|command AT%XSYSTEMMODE (line 11)
variants/nrf91-python-asctime.log|nordic-slm|command AT%XSYSTEMMODE (line 7)
variants/particle-ncp.log|3gpp|no module named itself and no family's own command or boot report was seen
variants/pygsm-asctime.log|3gpp|no module named itself and no family's own command or boot report was seen
variants/pygsm-bare.log|3gpp|no module named itself and no family's own command or boot report was seen
variants/pygsm-default.log|3gpp|no module named itself and no family's own command or boot report was seen
variants/pygsm-py2.log|3gpp|no module named itself and no family's own command or boot report was seen
variants/pygsm-wrap50.log|3gpp|no module named itself and no family's own command or boot report was seen
variants/pyserial-read.log|3gpp|too little evidence for simcom-sim7600 (command AT+CGPS answered ERROR
variants/rtthread-air720.log|3gpp|too little evidence for simcom-sim800 (command AT+CIPSTART answered ERROR
variants/sim800l-driver.log|simcom-sim800|host log names SIM800 (line 2)
variants/spgsm-winston.log|3gpp|no module named itself and no family's own command or boot report was seen
variants/stamped-colon-ms-quoted.log|nordic-slm|command AT%XSYSTEMMODE (line 7)
variants/stamped-hms.log|simcom-sim7080|revision 1951B17SIM7080 (line 4)
variants/telit-esp.log|telit|command AT#SGACT (line 41)
variants/telit-mbed.log|telit|command AT#SGACT (line 14)
variants/telit-pygsm.log|telit|command AT#SGACT (line 11)
variants/tinygsm-arduino.log|quectel-bg96|listed command AT+QGPS (line 31), line AT+QICSGP=1,1,"internet","","" (line 34), line AT+QIACT=1 (line 37)
variants/tinygsm-nrf9160.log|nordic-slm|command AT#XSOCKET (line 12)
variants/tinygsm-platformio.log|quectel-bg96|listed command AT+QGPS (line 31), line AT+QICSGP=1,1,"internet","","" (line 34), line AT+QIACT=1 (line 37)
variants/tinygsm-sim800-platformio-crlf.log|simcom-sim800|command AT+CIPSHUT (line 27)
variants/tinygsm-sim800-tio-nodebug.log|simcom-sim800|command AT+CIPSHUT (line 25)
variants/tinygsm-sim800.log|simcom-sim800|command AT+CIPSHUT (line 27)
variants/ubxlib-ctrl-app.log|ublox-sara|command AT+USOCR (line 6)
variants/ubxlib-ctrl-chars.log|ublox-sara|manufacturer u-blox (line 1)
variants/ubxlib-date.log|ublox-sara|manufacturer u-blox (line 14)
variants/zephyr-chat-color-ticks.log|ublox-sara|model SARA-R410M-02B (line 42)
variants/zephyr-chat-date-ts.log|ublox-sara|model SARA-R410M-02B (line 42)
variants/zephyr-chat-iso-ts.log|ublox-sara|model SARA-R410M-02B (line 42)
variants/zephyr-chat-module-dot-func.log|ublox-sara|model SARA-R410M-02B (line 42)
variants/zephyr-chat-nofunc-crlf.log|ublox-sara|model SARA-R410M-02B (line 42)
variants/zephyr-chat-rtt-shell.log|ublox-sara|model SARA-R410M-02B (line 42)
variants/zephyr-chat-thread.log|ublox-sara|model SARA-R410M-02B (line 42)
variants/zephyr-chat-wrap72.log|ublox-sara|model SARA-R410M-02B (line 73)
variants/zephyr-cmd-cut.log|3gpp|no module named itself and no family's own command or boot report was seen
variants/zephyr-cmd-date-thread.log|quectel-bg96|line AT+QICSGP=1,1,"internet","","",1 (line 21), line AT+QIOPEN=1,0,"TCP","52.215.34.155",7,0,0
variants/zephyr-cmd-lf-nofunc.log|quectel-bg96|line AT+QICSGP=1,1,"internet","","",1 (line 21), line AT+QIOPEN=1,0,"TCP","52.215.34.155",7,0,0
variants/zephyr-cmd-wrap100-crlf.log|quectel-bg96|line AT+QICSGP=1,1,"internet","","",1 (line 29), line AT+QIOPEN=1,0,"TCP","52.215.34.155",7,0,0
variants/zephyr-cmd-wrap72.log|quectel-bg96|line AT+QICSGP=1,1,"internet","","",1 (line 41), line AT+QIOPEN=1,0,"TCP","52.215.34.155",7,0,0
variants/zephyr-cmux-v1-nofunc.log|quectel-bg96|command AT+QCCID answered +CME ERROR: 10 (line 111)
variants/zephyr-cmux-v1.log|quectel-bg96|command AT+QCCID answered +CME ERROR: 10 (line 111); quectel-m95 ruled out by +CEREG: 0,5 (line 78)
variants/zephyr-cmux-wrap80.log|quectel-bg96|command AT+QCCID answered +CME ERROR: 10 (line 153); quectel-m95 ruled out by +CEREG: 0,5 (line 99)
variants/zephyr-cmux-wrap88.log|quectel-bg96|command AT+QCCID answered +CME ERROR: 10 (line 142); quectel-m95 ruled out by +CEREG: 0,5 (line 90)
TABLE
profiles_of captures/traces/*.log captures/traces/variants/*.log > "$TMP/traces"
while IFS='|' read -r f p r; do
    [ -n "$f" ] || continue
    got=$(of_path "captures/traces/$f" < "$TMP/traces")
    case "$got" in
        "$p|"*) ;;
        *) echo "FAIL: traces/$f: wanted $p, got $got"; fail=1; continue;;
    esac
    reason=${got#*|}; reason=${reason%|*}
    case "$reason" in
        "$r"*) ;;
        *) echo "FAIL: traces/$f: reason '$reason' does not start with '$r'"; fail=1;;
    esac
done < "$TMP/table"
for f in captures/traces/*.log captures/traces/variants/*.log; do
    grep -q "^${f#captures/traces/}|" "$TMP/table" || echo "note: $f is not in the identification table"
done
# check: the report names each capture's profile, why, and the module
"$BIN" check -f json captures/ublox/ublox-clean.log captures/l610-clean-session.log > "$TMP/r.json"
python3 - "$TMP/r.json" <<'PYEOF' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
a, b = r["inputs"]
ok = (a["profile"] == "ublox-sara" and a["module"] == {"manufacturer": "u-blox", "model": "SARA-R410M-02B"}
      and "model SARA-R410M-02B (line 9)" in a["profile_reason"]
      and b["profile"] == "fibocom-l610" and "module" not in b
      and "command AT+MIPCALL (line 25)" in b["profile_reason"])
if not ok:
    print("FAIL: check report inputs:", json.dumps(r["inputs"])[:600])
sys.exit(0 if ok else 1)
PYEOF
"$BIN" check -f text captures/nordic/nordic-clean.log | grep -q '^captures/nordic/nordic-clean.log: note: \[profile\] nordic-slm: boot report Ready (line 1), manufacturer Nordic Semiconductor ASA (line 5), model nRF9160-SICA (line 8)' ||
    { echo "FAIL: check text: no [profile] note"; fail=1; }
# rules follow the chosen profile: the u-blox capture's socket ids 0..6 are its own
"$BIN" check -f text captures/ublox/ublox-faults.log | grep -q 'ublox-faults.log:38: error: \[socket-state\] AT+USOCO=7,"195.34.89.241",7 uses socket id 7 (ids are 0..6)' ||
    { echo "FAIL: check auto: the u-blox rules were not applied"; fail=1; }
# Sequans Monarch (GM01Q/GM02S): its answers, its +SYSSTART with a SQNS* command, the SQNS*
# socket traffic alone; +SYSSTART alone too since batch 33 (a start-up banner: the plus form is
# Sequans' own, Huawei and Cinterion print ^SYSSTART)
printf 'AT+CGMI\r\r\nSEQUANS Communications\r\n\r\nOK\r\nAT+CGMM\r\r\nGM02S\r\n\r\nOK\r\n' > "$TMP/sqn1.log"
want "$TMP/sqn1.log" sequans-monarch 'manufacturer SEQUANS Communications (line 2), model GM02S (line 6)' 'SEQUANS Communications/GM02S/'
printf '+SYSSTART\r\nAT+SQNSS\r\n+SQNSS: 1,0\r\nOK\r\n' > "$TMP/sqn2.log"
want "$TMP/sqn2.log" sequans-monarch 'start-up banner +SYSSTART (line 1), command AT+SQNSS (line 2)'
printf '+SYSSTART\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n' > "$TMP/sqn3.log"
want "$TMP/sqn3.log" sequans-monarch 'start-up banner +SYSSTART (line 1)'
want captures/sequans/gm01q-sockets.log sequans-monarch 'command AT+SQNSD (line 20)'
# Neoway N58/M590 (the TCPSETUP stack): the model, or the commands and their reports
printf 'AT+CGMI\r\r\nNeoway\r\n\r\nOK\r\nAT+CGMM\r\r\nN58\r\n\r\nOK\r\n' > "$TMP/neo1.log"
want "$TMP/neo1.log" neoway-n58 'manufacturer Neoway (line 2), model N58 (line 6)' 'Neoway/N58/'
printf 'AT+XIIC=1\r\nOK\r\nAT+TCPSETUP=0,192.0.2.1,80\r\nOK\r\n+TCPSETUP:0,OK\r\n' > "$TMP/neo2.log"
want "$TMP/neo2.log" neoway-n58 'command AT+XIIC (line 1), command AT+TCPSETUP (line 3), line +TCPSETUP:0,OK (line 5)'
want captures/neoway/n58-tcp.log neoway-n58 'model N58 (line 4)' '/N58/'
# China Mobile OneMO ML307R: the L610's +MIP* names, its own shapes. Its model answer rules
# the L610 out (before: fibocom-l610 by AT+MIPCALL/MIPOPEN/MIPSEND and +MIPOPEN: 0,0, with
# the L610's socket ids 1..6 and result codes), as does +MIPOPEN: 0,<n> (the L610 numbers its
# sockets from 1) or +MIPURC:; a bare AT+CGMR answer names the family
printf 'AT+CGMM\r\nML307R\r\nOK\r\nAT+MIPCALL=1,1\r\nOK\r\nAT+MIPOPEN=0,"TCP","192.0.2.1",80\r\nOK\r\n+MIPOPEN: 0,0\r\nAT+MIPSEND=0,2,"hi"\r\n+MIPSEND: 0,2\r\nOK\r\n' > "$TMP/ml1.log"
want "$TMP/ml1.log" cmcc-ml307r 'model ML307R (line 2), line AT+MIPOPEN=0,"TCP","192.0.2.1",80 (line 6)' '/ML307R/'
"$BIN" parse "$TMP/ml1.log" | head -1 | grep -q 'fibocom-l610 ruled out by ML307R (line 2)' ||
    { echo "FAIL: ml1.log: the L610 is not ruled out by the model"; fail=1; }
printf 'AT+CGMR\r\nML307R-DC_V1.0.6_20240112\r\nOK\r\nAT+MIPCALL=1,1\r\nOK\r\nAT+MIPOPEN=0,"TCP","192.0.2.1",80\r\nOK\r\n+MIPOPEN: 0,0\r\n' > "$TMP/ml2.log"
want "$TMP/ml2.log" cmcc-ml307r 'revision ML307R-DC_V1.0.6_20240112 (line 2)' '//ML307R-DC_V1.0.6_20240112'
printf '+MATREADY\r\nAT+MIPCALL=1,1\r\nOK\r\n+MIPCALL: 1,1,"10.1.2.3"\r\nAT+MIPOPEN=1,"UDP","192.0.2.1",5683\r\nOK\r\n+MIPOPEN: 1,0\r\n+MIPURC: "rudp",1,2,hi\r\n' > "$TMP/ml3.log"
want "$TMP/ml3.log" cmcc-ml307r 'boot report +MATREADY (line 1)'
want captures/cmcc/ml307r-tcp.log cmcc-ml307r 'manufacturer CMCC (line 2), model ML307R (line 3)' 'CMCC/ML307R/'
# commands the base does not know that only one family's profile lists (its MQTT, HTTP ...
# stacks), taken by the module: three distinct names identify it (a listed name is weaker
# than one the profile calls its own: a sibling family it does not model may share it)
printf 'AT+CMQTTSTART\r\nOK\r\n\r\n+CMQTTSTART: 0\r\nAT+CMQTTACCQ=0,"c1",0\r\nOK\r\nAT+CMQTTCONNECT=0,"tcp://192.0.2.1:1883",60,1\r\nOK\r\n\r\n+CMQTTCONNECT: 0,0\r\n' > "$TMP/listed3.log"
want "$TMP/listed3.log" simcom-sim7600 'listed command AT+CMQTTSTART (line 1), listed command AT+CMQTTACCQ (line 5), listed command AT+CMQTTCONNECT (line 7)'
printf 'AT+QMTCFG="version",0,4\r\nOK\r\nAT+QMTDISC=0\r\nOK\r\n\r\n+QMTDISC: 0,0\r\n' > "$TMP/listed2.log"
want "$TMP/listed2.log" 3gpp 'too little evidence for quectel-bg96 (listed command AT+QMTCFG (line 1), listed command AT+QMTDISC (line 3))'
# held-out batch 27 (h-hl78): Quectel's MQTT open, AT+QMTOPEN=<id>,"<host>",<port> and its
# completion +QMTOPEN: <id>,<result>, are lines of the family's own (BG95/BG96/BG600L/EC2x MQTT
# AN 3.2.2; before, a failed open followed by one refused command stayed 3gpp and its failure
# unjudged)
printf 'AT+QMTOPEN=0,"broker.example.com",1883\r\nOK\r\n\r\n+QMTOPEN: 0,3\r\nAT+QMTCONN=0,"dev1"\r\nERROR\r\nAT+CSQ\r\n+CSQ: 25,99\r\nOK\r\n' > "$TMP/qmtopen.log"
want "$TMP/qmtopen.log" quectel-bg96 'line AT+QMTOPEN=0,"broker.example.com",1883 (line 1), line +QMTOPEN: 0,3 (line 4)'
# ... an nRF91 SLM log whose host misspelt AT%XSYSTEMMODE: the Ready banner and the host's
# %XSYSTEM(M)ODE line name the family (before: 3gpp, the typo not caught)
printf 'Ready\r\nAT%%XSYSTEMODE=1,0,1,0\r\nERROR\r\n' > "$TMP/slm-typo.log"
want "$TMP/slm-typo.log" nordic-slm 'boot report Ready (line 1), line AT%XSYSTEMODE=1,0,1,0 (line 2)'
# ... a SIM7070G under esp_modem whose example was built for the SIM800: the host's word and
# SMS Ready (SIM800's, SIM7070's too) tied with AT+CNACT/AT+CAOPEN; the three-field
# +CNACT: <pdpidx>,<statusx>,"<ip>" is the SIM7070/7080's (the SIM7000's has two)
want tests/data/heldout27b/espmodem-sim7070g-sim800-device.log simcom-sim7080 'line +CNACT: 0,1,'
# ... a Fibocom MC610 by its model (the manufacturer alone fits the L850 as well), and the
# module's side of an L610 data call: +MIPCALL: <ip> (the OneMO ML307R's is <cid>,<status>,"<ip>")
printf 'ATI\r\nFibocom\r\nMC610-EU\r\n\r\nOK\r\n' > "$TMP/mc610.log"
want "$TMP/mc610.log" fibocom-l610 'manufacturer Fibocom (line 2), model MC610-EU (line 3)'
printf '\r\n+SIM READY\r\n\r\n+MIPCALL: 10.1.2.3\r\n' > "$TMP/l610-rx.log"
want "$TMP/l610-rx.log" fibocom-l610 'boot report +SIM READY (line 2), line +MIPCALL: 10.1.2.3 (line 4)'
# refused ones are no evidence
printf 'AT+CMQTTSTART\r\n+CME ERROR: 4\r\nAT+CMQTTACCQ=0,"c1",0\r\n+CME ERROR: 4\r\nAT+CMQTTCONNECT=0,"tcp://192.0.2.1:1883",60,1\r\n+CME ERROR: 4\r\n' > "$TMP/listed-refused.log"
want "$TMP/listed-refused.log" 3gpp 'no module named itself'
# the L610's own session keeps its profile
want captures/l610-clean-session.log fibocom-l610 ''
# Thales/Gemalto Cinterion (cinterion): its answers, ^SYSSTART with a ^SIS* command, the
# Internet Service commands alone; ^SYSSTART alone is Huawei's boot report too (a tie,
# 3gpp). Before (main at 8a0b711) every one was 3gpp: the ^SIS* commands were unknown
printf 'ATI\r\nCinterion\r\nEXS82-W\r\nREVISION 01.100\r\nOK\r\n' > "$TMP/cin1.log"
# (ATI's revision line has no "Revision:" word: the profile's revision pattern names it)
want "$TMP/cin1.log" cinterion 'manufacturer Cinterion (line 2), model EXS82-W (line 3), revision REVISION 01.100 (line 4)' 'Cinterion/EXS82-W/REVISION 01.100'
printf 'AT+CGMR\r\nREVISION 01.100\r\nOK\r\n' > "$TMP/cin5.log"
want "$TMP/cin5.log" cinterion 'revision REVISION 01.100 (line 2)' '//REVISION 01.100'
printf 'AT+CGMI\r\nSIEMENS\r\nOK\r\nAT+CGMM\r\nTC63\r\nOK\r\n' > "$TMP/cin2.log"
want "$TMP/cin2.log" cinterion 'manufacturer SIEMENS (line 2), model TC63 (line 5)'
printf '^SYSSTART\r\nAT^SISO=0\r\nOK\r\n^SISW: 0,1\r\n' > "$TMP/cin3.log"
want "$TMP/cin3.log" cinterion 'boot report ^SYSSTART (line 1), command AT^SISO (line 2), line ^SISW: 0,1 (line 4)'
printf '^SYSSTART\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n' > "$TMP/cin4.log"
want "$TMP/cin4.log" 3gpp 'huawei-me909s and cinterion fit alike\|cinterion and huawei-me909s fit alike'
want captures/cinterion/pls62-socket.log cinterion 'boot report ^SYSSTART (line 1), manufacturer Cinterion (line 3), model PLS62-W (line 4)' 'Cinterion/PLS62-W/REVISION 01.000'
# Sony Altair ALT1250 / Murata Type 1SC (altair-alt1250): its revision (murata-1sc.c reads
# AT+CGMR's RK_...), %BOOTEV:0 with a socket command, the %SOCKET* commands alone;
# before, 3gpp
printf 'AT+CGMR\r\nRK_03_02_00_00_41494_001\r\nOK\r\n' > "$TMP/alt1.log"
want "$TMP/alt1.log" altair-alt1250 'revision RK_03_02_00_00_41494_001 (line 2)' '//RK_03_02_00_00_41494_001'
printf '%%BOOTEV:0\r\nAT%%SOCKETCMD="ALLOCATE",1,"UDP","OPEN","192.0.2.1",5683,0\r\n%%SOCKETCMD:1\r\nOK\r\n' > "$TMP/alt2.log"
want "$TMP/alt2.log" altair-alt1250 'boot report %BOOTEV:0 (line 1), command AT%SOCKETCMD (line 2), line AT%SOCKETCMD="ALLOCATE"'
want captures/altair/type1sc-socket.log altair-alt1250 'boot report %BOOTEV:0 (line 3), revision RK_03_02_00_00_41494_001 (line 5)'
# nRF91's %X commands are not Altair's, nor Altair's %SOCKET* the nRF91's
want captures/nordic/nrf91-sockets.log nordic-slm ''
# Telit's own configuration commands (#BND, #QSS, ...) taken by the module name the family as
# its socket commands do; before, one #BND answered OK was "too little evidence" and an
# AT+CFUN=0 before it (Telit's NON-CYCLIC SLEEP) went unjudged under 3gpp
printf 'AT+CFUN=0\r\nOK\r\nAT#BND=0,4,0\r\nAT\r\nAT\r\nOK\r\nAT#BND=0,4,0\r\nOK\r\n' > "$TMP/telit-bnd.log"
want "$TMP/telit-bnd.log" telit 'command AT#BND (line 7)'
printf 'AT#QSS?\r\n#QSS: 0,1\r\nOK\r\n' > "$TMP/telit-qss.log"
want "$TMP/telit-qss.log" telit 'command AT#QSS (line 1)'
# Sierra Wireless's Qualcomm-based modules (EM74xx, EM75xx, EM919x, MC73xx, RC76xx) by their
# "!" commands, their model or their SWI9X revision; the HL78 (K* commands) stays sierra-hl78
printf 'AT!ENTERCND="A710"\r\nOK\r\nAT!BAND=0A\r\nOK\r\nAT!RESET\r\nOK\r\n' > "$TMP/sierra-bang.log"
want "$TMP/sierra-bang.log" sierra-em 'command AT!ENTERCND (line 1), command AT!BAND (line 3), command AT!RESET (line 5)'
printf 'ATI\r\nManufacturer: Sierra Wireless, Incorporated\r\nModel: EM7455\r\nRevision: SWI9X30C_02.24.05.06 r7040 CARMD-EV-FRMWR2 2017/05/19\r\nOK\r\n' > "$TMP/sierra-ati.log"
want "$TMP/sierra-ati.log" sierra-em 'model EM7455'
# a lone Telit '#' command (identify.prefix "#": Telit's own names; Nordic SLM's #X names are in
# nordic-slm's profile, not Telit's) is Telit's when no other family shows anything (batch 32's
# Z5: AT#SGACT=1,1 never answered; main before: "too little evidence for telit")
printf 'AT\r\nOK\r\nAT+CEREG?\r\n+CEREG: 0,1\r\nOK\r\nAT#SGACT=1,1\r\n' > "$TMP/telit-lone.log"
want "$TMP/telit-lone.log" telit "command AT#SGACT (line 6) (a command named with the family's own prefix, no other family's evidence)"
printf 'AT+CGMI\r\nQuectel\r\nOK\r\nAT#SGACT=1,1\r\n' > "$TMP/telit-lone-quectel.log"
want "$TMP/telit-lone-quectel.log" 3gpp 'too little evidence for quectel-bg96 (manufacturer Quectel (line 2))'
printf 'AT\r\nOK\r\nAT#XPING="example.com",45,5000\r\n' > "$TMP/nordic-lone.log"
want "$TMP/nordic-lone.log" 3gpp 'too little evidence for nordic-slm (command AT#XPING (line 3))'
check_wants
[ $fail = 0 ] && echo "ok: module identification"
# BG96-family forms of the QI* names the M95 shares: AT+QICSGP=<ctx>,<type>,"apn" and
# AT+QIACT=<ctx> (the M95's are AT+QICSGP=<mode>,"apn" and a bare AT+QIACT): two lines of the
# BG96 shape identify it without a model answer (python-gsmmodem's trace of a BG95-M3)
printf 'AT+QICSGP=1,1,"m2m.example","","",1\r\nOK\r\nAT+QIACT=1\r\nERROR\r\nAT+QPOWD=1\r\nOK\r\nPOWERED DOWN\r\n' > "$TMP/bg96-forms.log"
"$BIN" parse -f jsonl "$TMP/bg96-forms.log" | head -1 | grep -q '"profile":"quectel-bg96"' ||
    { echo "FAIL: BG96 forms of QICSGP/QIACT do not identify quectel-bg96"; "$BIN" parse -f jsonl "$TMP/bg96-forms.log" | head -1; fail=1; }
printf 'AT+QICSGP=1,"CMNET"\r\nOK\r\nAT+QIACT\r\nOK\r\n' > "$TMP/m95-forms.log"
"$BIN" parse -f jsonl "$TMP/m95-forms.log" | head -1 | grep -q '"profile":"quectel-bg96"' &&
    { echo "FAIL: the M95's QICSGP/QIACT forms taken for the BG96's"; fail=1; }
# a start-up banner that names the family alone (identify.banner: HL78's +KSUP) identifies it
# with nothing else; a boot report (identify.boot) alone does not (SMS Ready is SIM800's and
# SIM7080's both)
printf '\r\n+KSUP: 0\r\nAT+CGDCONT=1,"IP","iot.example"\r\nOK\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n' > "$TMP/ksup.log"
"$BIN" parse -f jsonl "$TMP/ksup.log" | head -1 | grep -q '"profile":"sierra-hl78","profile_reason":"start-up banner +KSUP: 0 (line 2)"' ||
    { echo "FAIL: +KSUP alone does not identify sierra-hl78"; "$BIN" parse -f jsonl "$TMP/ksup.log" | head -1; fail=1; }
printf 'SMS Ready\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n' > "$TMP/smsready.log"
"$BIN" parse -f jsonl "$TMP/smsready.log" | head -1 | grep -q '"profile":"3gpp"' ||
    { echo "FAIL: a shared boot report alone identified a family"; fail=1; }
# ESP-AT's multi-connection reports ('0,CONNECT', '0,CLOSED', no blank after the comma) and its
# 'link is not valid' tell it from a SIM800 in CIPMUX=1, which shares the command names
printf 'AT+CIPMUX=1\r\n\r\nOK\r\nAT+CIPSTART=0,"TCP","192.0.2.50",8000\r\n\r\n0,CONNECT\r\n\r\nOK\r\n\r\n0,CLOSED\r\nAT+CIPSEND=0,10\r\n\r\nlink is not valid\r\n\r\nERROR\r\n' > "$TMP/espat-mux.log"
"$BIN" parse -f jsonl "$TMP/espat-mux.log" | head -1 | grep -q '"profile":"espressif-at"' ||
    { echo "FAIL: ESP-AT's 0,CONNECT / link is not valid do not identify espressif-at"; "$BIN" parse -f jsonl "$TMP/espat-mux.log" | head -1; fail=1; }
exit $fail
