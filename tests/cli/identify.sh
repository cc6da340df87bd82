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
want() {  # want FILE PROFILE REASON-PATTERN [MODULE]
    got=$(profile_of "$1")
    case "$got" in
        "$2|"*) ;;
        *) echo "FAIL: $1: wanted $2, got $got"; fail=1; return;;
    esac
    echo "$got" | grep -q -- "$3" || { echo "FAIL: $1: reason '$got' lacks '$3'"; fail=1; }
    [ -z "${4:-}" ] || [ "${got##*|}" = "$4" ] || { echo "FAIL: $1: module ${got##*|}, wanted $4"; fail=1; }
    # the same choice whatever the read sizes
    for o in "--read-size 1" "--read-size 7 --read-seed 3"; do
        # shellcheck disable=SC2086
        [ "$(profile_of "$1" $o)" = "$got" ] || { echo "FAIL: $1: another choice with $o"; fail=1; }
    done
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
want "$TMP/mip.log" fibocom-l610 'command AT+MIPCALL (line 1), command AT+MIPOPEN (line 5)'
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
# weak evidence: one family command, one boot line, or nothing -> 3gpp, never the L610
printf 'AT+QISTATE?\r\r\nOK\r\n' > "$TMP/weak.log"
want "$TMP/weak.log" 3gpp 'too little evidence for quectel-bg96 (command AT+QISTATE (line 1))'
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
for f in captures/simcom/sim800-*.log:simcom-sim800 captures/simcom/sim7600-*.log:simcom-sim7600 \
         captures/quectel/bg96-*.log:quectel-bg96 captures/ublox/ublox-*.log:ublox-sara \
         captures/nordic/nordic-*.log:nordic-slm captures/3gpp/3gpp-session.log:3gpp \
         captures/telit/telit-session.log:telit captures/quectel/m95-session.log:quectel-m95 \
         captures/airm2m/air780-mqtt.log:airm2m-air780 captures/fibocom/l860-session.log:fibocom-l8; do
    p=${f##*:}
    for c in ${f%:*}; do
        got=$(profile_of "$c")
        [ "${got%%|*}" = "$p" ] || { echo "FAIL: $c: $got (wanted $p)"; fail=1; }
    done
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
[ $fail = 0 ] && echo "ok: module identification"
exit $fail
