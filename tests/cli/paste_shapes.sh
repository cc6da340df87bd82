#!/bin/sh
# How people paste a log (CR LF, CR CR LF, LF CR, CR alone, a BOM, blanks after the
# lines, a quote, an indented or fenced block, their own words first,
# double-spaced), applied to every trace fixture: each must read as the fixture
# does (tests/paste_shapes.py).
. "$(dirname "$0")/../cli_common.sh"
python3 tests/paste_shapes.py "$BIN" "$SRC" || fail=1
# Wrappers, exports and damage around one plain session (tests/cli/paste_shapes.py):
# each reads as the session, through its layers, whole and in pieces.
python3 tests/cli/paste_shapes.py "$BIN" "$TMP" || fail=1
# The line-end shapes the input stage converts (parser/readers/input.c eol_of)
# read the same whatever the feeds: an LF CR cut between its LF and its CR, a
# CR-only file cut anywhere.
for f in mbed-trace.log zephyr-modem-chat.log layered-quote-arduino-mbed.log; do
    tr -d '\r' < "$SRC/captures/traces/$f" | sed 's/$/\r/' | tr -d '\n' > "$TMP/cr-$f"
    tr -d '\r' < "$SRC/captures/traces/$f" | tr '\n' '\001' | sed 's/\x01/\n\r/g' > "$TMP/lfcr-$f"
    tr -d '\r' < "$SRC/captures/traces/$f" > "$TMP/lf-$f"
    "$BIN" parse --no-redact "$TMP/lf-$f" | grep '"kind":"transaction"' |
        sed 's/"line[a-z_]*":[0-9]*,\?//g; s/"offset[a-z_]*":[0-9]*,\?//g' > "$TMP/lf.jsonl"
    [ -s "$TMP/lf.jsonl" ] || { echo "FAIL: $f: no transaction read"; fail=1; }
    for shape in cr lfcr; do
        "$BIN" parse --no-redact "$TMP/$shape-$f" > "$TMP/whole.jsonl"
        grep '"kind":"transaction"' "$TMP/whole.jsonl" |
            sed 's/"line[a-z_]*":[0-9]*,\?//g; s/"offset[a-z_]*":[0-9]*,\?//g' |
            cmp -s - "$TMP/lf.jsonl" ||
            { echo "FAIL: $f with $shape line ends reads otherwise than with LF"; fail=1; }
        for extra in "--read-size 1" "--read-size 7 --read-seed 3" "--read-size 64 --read-seed 9"; do
            # shellcheck disable=SC2086
            "$BIN" parse --no-redact $extra "$TMP/$shape-$f" | cmp -s - "$TMP/whole.jsonl" ||
                { echo "FAIL: $f with $shape line ends reads otherwise with $extra"; fail=1; }
        done
    done
done
# A counted block in a pasted log (double-spaced, CR CR LF, LF CR): the line
# ends the paste added are not the block's, whatever the feeds (the input
# stage decides on its sample, parser/readers/input.c double_spaced).
for f in telit/telit-session.log regress/quectel-qird-query.log; do
    b=$(basename "$f")
    python3 -c "import sys; b=open(sys.argv[1],'rb').read().replace(b'\r\n',b'\n'); open(sys.argv[2],'wb').write(b'\n\n'.join(b.split(b'\n'))); open(sys.argv[3],'wb').write(b.replace(b'\n',b'\r\r\n')); open(sys.argv[4],'wb').write(b.replace(b'\n',b'\n\r'))" \
        "$SRC/captures/$f" "$TMP/ds-$b" "$TMP/crcr-$b" "$TMP/lfcr-$b"
    "$BIN" parse --no-redact "$SRC/captures/$f" | grep '"mode":"received"' | sed 's/.*"bytes"/"bytes"/' > "$TMP/data.txt"
    for shape in ds crcr lfcr; do
        "$BIN" parse --no-redact "$TMP/$shape-$b" > "$TMP/whole.jsonl"
        grep '"mode":"received"' "$TMP/whole.jsonl" | sed 's/.*"bytes"/"bytes"/' | cmp -s - "$TMP/data.txt" ||
            { echo "FAIL: $f pasted $shape: its data reads otherwise"; fail=1; }
        for extra in "--read-size 1" "--read-size 7 --read-seed 3"; do
            # shellcheck disable=SC2086
            "$BIN" parse --no-redact $extra "$TMP/$shape-$b" | cmp -s - "$TMP/whole.jsonl" ||
                { echo "FAIL: $f pasted $shape reads otherwise with $extra"; fail=1; }
        done
    done
done
# CR CR LF inside a counted block: the data's own CR LF pasted as CR CR LF
# (parser/framer.c: the CR right before an LF is the paste's), whole and fed
# a byte at a time; the log's CR LF form is the key.
python3 - "$TMP" <<'EOF'
import sys
data = b"HTTP/1.1 200 OK\r\nLen: 2\r\n\r\nhi\r"
s = (b'AT+QIOPEN=1,0,"TCP","203.0.113.7",80,0,1\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n'
     b'AT+QIRD=0,1500\r\n+QIRD: %d\r\n' % len(data) + data +
     b'\r\n\r\nOK\r\nAT+QICLOSE=0\r\nOK\r\n')
open(sys.argv[1] + "/qird-crlf.log", "wb").write(s)
open(sys.argv[1] + "/qird-crcr.log", "wb").write(s.replace(b"\r\n", b"\r\r\n"))
EOF
"$BIN" parse --no-redact "$TMP/qird-crlf.log" | grep '"mode":"received"' | sed 's/.*"bytes"/"bytes"/' > "$TMP/data.txt"
grep -qF '"preview":"HTTP/1.1 200 OK\r\nLen: 2\r\n\r\nhi\r"' "$TMP/data.txt" ||
    { echo "FAIL: qird-crlf: the block is not its 30 bytes"; cat "$TMP/data.txt"; fail=1; }
for extra in "" "--read-size 1" "--read-size 7 --read-seed 3"; do
    # shellcheck disable=SC2086
    "$BIN" parse --no-redact $extra "$TMP/qird-crcr.log" | grep '"mode":"received"' |
        sed 's/.*"bytes"/"bytes"/' | cmp -s - "$TMP/data.txt" ||
        { echo "FAIL: a block holding CR LF, pasted CR CR LF, reads otherwise ($extra)"; fail=1; }
done
# The summary's line count is the file's as its reader counted it (wc -l,
# plus a last line without its line end), not the line ends of the decoded
# bytes: smsd prints a whole answer, its lines joined, on one trace line.
printf '%s\n' '2025-03-01 10:00:01,7, GSM1: -> AT+CSQ' \
    '2025-03-01 10:00:01,7, GSM1: <- +CSQ: 17,99 OK' \
    '2025-03-01 10:00:02,7, GSM1: -> AT+CMGL=4' \
    '2025-03-01 10:00:02,7, GSM1: <- +CMGL: 1,1,,22 0791AB +CMGL: 2,1,,22 0791CD OK' > "$TMP/smsd4.log"
head -c -1 "$TMP/smsd4.log" > "$TMP/smsd4-open.log"
for f in smsd4 smsd4-open; do
    for extra in "" "--read-size 1" "--read-size 7 --read-seed 3" "--threads 3"; do
        # shellcheck disable=SC2086
        n=$("$BIN" parse --no-redact $extra "$TMP/$f.log" | tail -1 | sed -n 's/.*"lines":\([0-9]*\).*/\1/p')
        [ "$n" = 4 ] || { echo "FAIL: $f.log ($extra): $n lines in the summary, not 4"; fail=1; }
    done
done
# $TMP/NAME.log's transactions (parse -f text, its summary line aside) are
# exactly $TMP/NAME.want, and the same fed a byte at a time and in pieces.
reads_as() {   # name, what is wrong if not
    "$BIN" parse -f text --no-redact "$TMP/$1.log" > "$TMP/$1.txt" 2>&1
    grep -v '^-- ' "$TMP/$1.txt" | cmp -s - "$TMP/$1.want" ||
        { echo "FAIL: $1: $2:"; cat "$TMP/$1.txt"; fail=1; }
    for extra in "--read-size 1" "--read-size 7 --read-seed 3"; do
        # shellcheck disable=SC2086
        "$BIN" parse -f text --no-redact $extra "$TMP/$1.log" 2>&1 | cmp -s - "$TMP/$1.txt" ||
            { echo "FAIL: $1 reads otherwise with $extra"; fail=1; }
    done
}
# Two ports in one trace, each line naming its port (smsd's devices, oFono's
# Modem and Aux channels, Kannel's SMSCs, a logger's COM3 and COM4): each
# answer pairs with the command of its own port (parser/readers/reader_trace.c
# port_channel, then the builder's channel per CMUX DLCI), whatever the feeds;
# oFono's Modem answer comes in two reads around an Aux one.
cat > "$TMP/ports-smsd.log" <<'EOF'
2025-03-01 10:00:01,7, GSM1: -> AT+CSQ
2025-03-01 10:00:01,7, GSM2: -> AT+CPIN?
2025-03-01 10:00:01,7, GSM1: <- +CSQ: 17,99 OK
2025-03-01 10:00:01,7, GSM2: <- +CPIN: READY OK
2025-03-01 10:00:02,7, GSM2: -> AT+CMGL=4
2025-03-01 10:00:02,7, GSM1: -> AT+COPS?
2025-03-01 10:00:02,7, GSM1: <- +COPS: 0,0,"Operator",7 OK
2025-03-01 10:00:02,7, GSM2: <- OK
EOF
cat > "$TMP/ports-smsd.want" <<'EOF'
L1-3      cmd   AT+CSQ  ->  OK
                | +CSQ: 17,99
L2-4      cmd   AT+CPIN?  ->  OK
                | +CPIN: READY
L6-7      cmd   AT+COPS?  ->  OK
                | +COPS: 0,0,"Operator",7
L5-8      cmd   AT+CMGL=4  ->  OK
EOF
cat > "$TMP/ports-ofono.log" <<'EOF'
Mar  1 10:00:01 phone ofonod[812]: Modem: > AT+CGSN\r
Mar  1 10:00:01 phone ofonod[812]: Aux: > AT+CREG?\r
Mar  1 10:00:01 phone ofonod[812]: Aux: < \r\n+CREG: 2,1,"1A2B","0C3D4E",7\r\n
Mar  1 10:00:01 phone ofonod[812]: Modem: < \r\n8664250
Mar  1 10:00:01 phone ofonod[812]: Aux: < \r\nOK\r\n
Mar  1 10:00:01 phone ofonod[812]: Modem: < 31234567\r\n\r\nOK\r\n
EOF
# (Aux's OK waits while Modem's line is open: Modem's command ends first)
cat > "$TMP/ports-ofono.want" <<'EOF'
L1-6      cmd   AT+CGSN  ->  OK
                | 866425031234567
L2-5      cmd   AT+CREG?  ->  OK
                | +CREG: 2,1,"1A2B","0C3D4E",7
EOF
cat > "$TMP/ports-kannel.log" <<'EOF'
2025-03-01 10:00:01 [812] [6] DEBUG: AT2[modemA]: --> AT+CSQ^M
2025-03-01 10:00:01 [812] [7] DEBUG: AT2[modemB]: --> AT+CMGF=0^M
2025-03-01 10:00:01 [812] [7] DEBUG: AT2[modemB]: <-- OK
2025-03-01 10:00:01 [812] [6] DEBUG: AT2[modemA]: <-- +CSQ: 12,99
2025-03-01 10:00:01 [812] [6] DEBUG: AT2[modemA]: <-- OK
EOF
cat > "$TMP/ports-kannel.want" <<'EOF'
L2-3      cmd   AT+CMGF=0  ->  OK
L1-5      cmd   AT+CSQ  ->  OK
                | +CSQ: 12,99
EOF
cat > "$TMP/ports-com.log" <<'EOF'
10:00:01.100 [COM3] TX: AT+CSQ
10:00:01.110 [COM4] TX: AT+CPIN?
10:00:01.150 [COM3] RX: +CSQ: 17,99
10:00:01.160 [COM4] RX: +CPIN: READY
10:00:01.170 [COM3] RX: OK
10:00:01.180 [COM4] RX: OK
10:00:02.000 COM4 TX: AT+CGSN
10:00:02.010 COM3 TX: AT+COPS?
10:00:02.050 COM3 RX: +COPS: 0,0,"Operator",7
10:00:02.060 COM4 RX: 866425031234567
10:00:02.070 COM4 RX: OK
10:00:02.080 COM3 RX: OK
EOF
cat > "$TMP/ports-com.want" <<'EOF'
L1-5      cmd   AT+CSQ  ->  OK
                | +CSQ: 17,99
L2-6      cmd   AT+CPIN?  ->  OK
                | +CPIN: READY
L7-11     cmd   AT+CGSN  ->  OK
                | 866425031234567
L8-12     cmd   AT+COPS?  ->  OK
                | +COPS: 0,0,"Operator",7
EOF
for f in ports-smsd ports-ofono ports-kannel ports-com; do
    reads_as "$f" "answers paired across ports"
done
# A plain log a mail client re-wrapped at 72 or 76 columns (parser/readers/
# input.c mail_wrap_of, mail_line): a long answer or command broken at a blank
# or cut inside a word comes back whole, the transactions those of the log
# as the modem sent it; a line that starts as an AT line does (a result, a
# URC, a command) or follows a short one is never joined. Whole and fed a
# byte at a time.
python3 - "$TMP" <<'EOF'
import sys, textwrap
tmp = sys.argv[1]
log = ['AT+CMGR=3',
       '+CMGR: "REC UNREAD","+15550100","","25/03/01,10:00:00+04"',
       'Your verification code is 482913. It expires in 10 minutes; do not share it with anyone at all.',
       'OK',
       'AT+QICSGP=1,1,"internet.provider.example.com","subscriber-name-of-some-length","pw",1',
       'OK',
       'AT+CGDCONT?',
       '+CGDCONT: 1,"IP","internet.provider.example.com","10.128.44.201",0,0,0',
       '+CGDCONT: 2,"IPV4V6","ims","0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0",0,0,0,0',
       'OK',
       'ATI',
       'Quectel',
       'EC25',
       'OK']
for w in (72, 76):
    out = []
    for l in log:
        out += textwrap.wrap(l, w, break_long_words=True, break_on_hyphens=False)
    open("%s/mail%d.log" % (tmp, w), "w").write("\r\n".join(out) + "\r\n")
open(tmp + "/mail-plain.log", "w").write("\r\n".join(log) + "\r\n")
EOF
"$BIN" parse -f text --no-redact "$TMP/mail-plain.log" | grep -v '^-- ' | sed 's/^L[0-9-]* *//' > "$TMP/mail-plain.txt"
grep -q 'do not share it with anyone at all\.$' "$TMP/mail-plain.txt" ||
    { echo "FAIL: mail-plain: the SMS text is not one answer"; cat "$TMP/mail-plain.txt"; fail=1; }
for w in 72 76; do
    [ "$(wc -l < "$TMP/mail$w.log")" -gt 14 ] || { echo "FAIL: mail$w.log is not wrapped"; fail=1; }
    "$BIN" parse -f text --no-redact "$TMP/mail$w.log" > "$TMP/mail$w.txt"
    grep -v '^-- ' "$TMP/mail$w.txt" | sed 's/^L[0-9-]* *//' | cmp -s - "$TMP/mail-plain.txt" ||
        { echo "FAIL: mail$w.log reads otherwise than the log unwrapped:"; cat "$TMP/mail$w.txt"; fail=1; }
    for extra in "--read-size 1" "--read-size 7 --read-seed 3"; do
        # shellcheck disable=SC2086
        "$BIN" parse -f text --no-redact $extra "$TMP/mail$w.log" | cmp -s - "$TMP/mail$w.txt" ||
            { echo "FAIL: mail$w.log reads otherwise with $extra"; fail=1; }
    done
done
# A library that prints the bytes it sends as a C string (printf("-> \"%s\"")
# with its quotes escaped): the command is the string's bytes, without the
# string's own quotes (formats/generic-arrows.json "arrow", decoder
# c-escapes); the answer likewise. Whole and fed a byte at a time.
cat > "$TMP/cstring.log" <<'EOF'
-> "AT+CGDCONT=1,\"IP\",\"internet\"\r\n"
<- "\r\nOK\r\n"
-> "AT+CGDCONT?\r\n"
<- "\r\n+CGDCONT: 1,\"IP\",\"internet\",\"0.0.0.0\",0,0\r\n\r\nOK\r\n"
EOF
cat > "$TMP/cstring.want" <<'EOF'
L1-2      cmd   AT+CGDCONT=1,"IP","internet"  ->  OK
L3-4      cmd   AT+CGDCONT?  ->  OK
                | +CGDCONT: 1,"IP","internet","0.0.0.0",0,0
EOF
reads_as cstring "the escaped C string is not the plain command"
# A stamp on every line of a whole log, empty lines too (moreutils ts: its
# default "%b %d %H:%M:%S", -s's "%H:%M:%S", "%.T", "%.s", an ISO date): a
# "stamp" layer (formats/line-stamps.json, parser/readers/fmt_detect.c
# stamp_pass), taken off where the lines read more without it; the log
# reads as the same log unstamped, each line at its stamp's time.
python3 - "$TMP" <<'EOF'
import sys
tmp = sys.argv[1]
log = ['ATE1', 'OK', '', 'AT+CGMR', 'EG915UEC1.0-R04', '', 'OK', 'AT+CEREG?',
       '+CEREG: 0,5', '', 'OK', 'AT+QCFG="nwscanmode"', '+CME ERROR: 58', 'AT+CIMI', '']
stamps = {'ts-default': lambda i: 'Dec  6 10:41:%02d' % (3 + i // 4),
          'ts-elapsed': lambda i: '00:01:%02d' % (i // 4),
          'ts-dot-t': lambda i: '10:41:%02d.%06d' % (3 + i // 4, 4170 * i),
          'ts-epoch': lambda i: '1796553663.%06d' % (1000 * i),
          'ts-iso': lambda i: '2026-12-06T10:41:%02d+0100' % (3 + i // 4)}
for name, st in stamps.items():
    # ts prints the stamp, a blank, the line; an editor may strip the blank
    # after the stamp of an empty line
    lines = [st(i) + ' ' + l if l or i % 2 else st(i) for i, l in enumerate(log)]
    open('%s/%s.log' % (tmp, name), 'w').write('\n'.join(lines) + '\n')
EOF
for f in ts-default ts-elapsed ts-dot-t ts-epoch ts-iso; do
    cat > "$TMP/$f.want" <<'EOF'
L1-2      cmd   ATE1  ->  OK
L4-7      cmd   AT+CGMR  ->  OK
                | EG915UEC1.0-R04
L8-11     cmd   AT+CEREG?  ->  OK
                | +CEREG: 0,5
L12-13    cmd   AT+QCFG="nwscanmode"  ->  +CME ERROR: 58; attempt 1 of retry chain 4
L12       retry 1 attempt of AT+QCFG="nwscanmode": gave-up
L14       cmd   AT+CIMI  ->  unfinished (capture ended)
EOF
    reads_as "$f" "a ts-stamped log is not read as the log"
done
# Shapes a chat, an issue or a tool gives a log (docs/transcript.md): a
# Teams copy (no-break spaces, typographic quotes, message headers:
# formats/chat-typography.json), a markdown table of commands and answers
# (formats/markdown-table.json), a tool's banners and QuecManager's JSON
# records (formats/paired-output.json, formats/quecmanager-json.json: a
# final the tool stripped stays missing, shown as not shown), a sketch's print glued after a final (parser/builder.c
# glued_final), a ModemManager log a mail client wrapped or a terminal
# folded at 72 columns (parser/readers/input.c mail_first,
# parser/readers/reader_mm.c held lines): each reads as the exchange the
# log shows, whole, byte by byte and in pieces.
python3 - "$TMP" <<'EOF'
import sys, textwrap
tmp = sys.argv[1]
fixtures = {
    'teams': '[11:20] Robin Keller\nhere is what the modem says, AT+QCFG band first:\n\xa0\xa0\xa0\xa0AT+QCFG=\u201cband\u201d\n\xa0\xa0\xa0\xa0+QCFG:\xa0\u201cband\u201d,0x260,0x42000000000000381a,0x0\n\xa0\xa0\xa0\xa0OK\n[11:22] Sam Ortiz\nand the APN?\n\xa0\xa0\xa0\xa0AT+CGDCONT=1,\u201cIP\u201d,\u201cinternet.example\u201d\n\xa0\xa0\xa0\xa0OK\n\xa0\xa0\xa0\xa0AT+CGDCONT?\n\xa0\xa0\xa0\xa0+CGDCONT: 1,\u201cIP\u201d,\u201cinternet.example\u201d,\u201c0.0.0.0\u201d,0,0,0,0\n\xa0\xa0\xa0\xa0OK\n[11:25] Robin Keller\nthanks\n',
    'mdtable': 'Here is what I tried on the EM06:\n\n| # | Command sent | Modem answer | Notes |\n|---|---|---|---|\n| 1 | AT+CPIN? | +CPIN: READY<br>OK | SIM is fine |\n| 2 | `AT+QCFG="band"` | `+QCFG: "band",0x260,0x1e200000095,0x0`<br/>`OK` | |\n| 3 | AT+COPS=0 | +CME ERROR: 30 | after AT+CFUN=1,1 still the same |\n| 4 | (reboot) | the modem came back after a minute | |\n| 5 | AT+CEREG? | +CEREG: 0,2<br><br>OK | searching |\n\nAny idea?\n',
    'banner': 'root@OpenWrt:~# cat /tmp/modeminfo.txt\n====\nOutput from AT+CSQ command:\n+CSQ: 19,99\n\nOK\n====\nOutput from AT+COPS? command:\n+COPS: 0,0,"Example Net",7\n\nOK\n====\nOutput from AT+QENG="servingcell" command:\n+CME ERROR: 3\n====\n',
    'qmjson': 'QuecManager answers like this:\n\n> {"command": "AT+CNUM", "response": "AT+CNUM\\n+CNUM: \\"\\",\\"+15550100\\",129\\n", "status": "success"}\n> {"command": "AT+QSPN", "response": "AT+QSPN\\n+QSPN: \\"Example\\",\\"Ex\\",\\"\\",0,\\"00101\\"\\n", "status": "success"}\n> {"command": "AT+CPIN?", "response": "AT+CPIN?\\n+CME ERROR: 10\\n", "status": "error"}\n\nso the SIM is missing?\n',
    'glue1': 'Sending: AT\r\nAT\r\nOK\r\nSending: AT+SAPBR=3,1,"APN","internet"\r\nAT+SAPBR=3,1,"APN","internet"\r\nOKSending: AT+HTTPINIT\r\nAT+HTTPINIT\r\nOKSending: AT+HTTPPARA="URL","http://example.com/"\r\nAT+HTTPPARA="URL","http://example.com/"\r\nERRORSending: AT+HTTPTERM\r\nAT+HTTPTERM\r\nOK\r\n',
}
for name, text in fixtures.items():
    open("%s/%s.log" % (tmp, name), "w", encoding="utf-8").write(text)
msgs = [("-->", "AT+CGMR<CR>"), ("<--", "<CR><LF>EM06ELAR04A08M4G<CR><LF><CR><LF>OK<CR><LF>"),
        ("-->", "AT+CGDCONT?<CR>"),
        ("<--", '<CR><LF>+CGDCONT: 1,"IPV4V6","internet.example.net","0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0",0,0,0,0<CR><LF><CR><LF>OK<CR><LF>'),
        ("-->", "AT+CSQ<CR>"), ("<--", "<CR><LF>+CSQ: 17,99<CR><LF><CR><LF>OK<CR><LF>"),
        ("-->", 'AT+QENG="servingcell"<CR>'),
        ("<--", '<CR><LF>+QENG: "servingcell","NOCONN","LTE","FDD",262,01,1A2B3C4,123,1300,3,5,5,ABCD,-95,-11,-64,10,30<CR><LF><CR><LF>OK<CR><LF>')]
lines = ["ModemManager[1021]: <debug> [1764496507.%06d] (ttyUSB2): %s '%s'" % (i * 1000, d, m)
         for i, (d, m) in enumerate(msgs)]
wrapped, folded = [], []
for l in lines:
    wrapped += textwrap.wrap(l, 72, break_long_words=True, break_on_hyphens=False)
    folded += [l[k:k + 72] for k in range(0, len(l), 72)]
open(tmp + "/mm-wrap72.log", "w").write("\n".join(wrapped) + "\n")
open(tmp + "/mm-fold72.log", "w").write("\n".join(folded) + "\n")
EOF
cat > "$TMP/teams.want" <<'EOF'
L1        note  [11:20] Robin Keller
L2        host  here is what the modem says, AT+QCFG band first:
L3-5      cmd   AT+QCFG="band"  ->  OK
                | +QCFG: "band",0x260,0x42000000000000381a,0x0
L6        note  [11:22] Sam Ortiz
L7        host  and the APN?
L8-9      cmd   AT+CGDCONT=1,"IP","internet.example"  ->  OK
L10-12    cmd   AT+CGDCONT?  ->  OK
                | +CGDCONT: 1,"IP","internet.example","0.0.0.0",0,0,0,0
L13       note  [11:25] Robin Keller
L14       ???   text-outside-command: thanks
EOF
cat > "$TMP/mdtable.want" <<'EOF'
L1        ???   text-outside-command: Here is what I tried on the EM06:
L3        ???   text-outside-command: | # | Command sent | Modem answer | Notes |
L4        note  |---|---|---|---|
L5        cmd   AT+CPIN?  ->  OK
                | +CPIN: READY
L6        cmd   AT+QCFG="band"  ->  OK
                | +QCFG: "band",0x260,0x1e200000095,0x0
L7        cmd   AT+COPS=0  ->  +CME ERROR: 30; attempt 1 of retry chain 6
L8        host  | 4 | (reboot) | the modem came back after a minute | |
L9        cmd   AT+CEREG?  ->  OK
                | +CEREG: 0,2
L11       ???   text-outside-command: Any idea?
L7        retry 1 attempt of AT+COPS=0: end-of-capture
EOF
cat > "$TMP/banner.want" <<'EOF'
L1        ???   text-outside-command: root@OpenWrt:~# cat /tmp/modeminfo.txt
L2        note  ====
L3-6      cmd   AT+CSQ  ->  OK
                | +CSQ: 19,99
L7        note  ====
L8-11     cmd   AT+COPS?  ->  OK
                | +COPS: 0,0,"Example Net",7
L12       note  ====
L13-14    cmd   AT+QENG="servingcell"  ->  +CME ERROR: 3; attempt 1 of retry chain 7
L15       note  ====
L13       retry 1 attempt of AT+QENG="servingcell": end-of-capture
EOF
cat > "$TMP/qmjson.want" <<'EOF'
L1        host  QuecManager answers like this:
L3        cmd   AT+CNUM  ->  final not shown (the capture's tool leaves it out)
                | +CNUM: "","+15550100",129
L4        cmd   AT+QSPN  ->  final not shown (the capture's tool leaves it out)
                | +QSPN: "Example","Ex","",0,"00101"
L5        cmd   AT+CPIN?  ->  +CME ERROR: 10; attempt 1 of retry chain 4
L7        ???   text-outside-command: so the SIM is missing?
L5        retry 1 attempt of AT+CPIN?: end-of-capture
EOF
cat > "$TMP/glue1.want" <<'EOF'
L1        ???   text-outside-command: Sending: AT
L2-3      cmd   AT  ->  OK
L4        ???   text-outside-command: Sending: AT+SAPBR=3,1,"APN","internet"
L5-6      cmd   AT+SAPBR=3,1,"APN","internet"  ->  OK
L6        host  Sending: AT+HTTPINIT
L7-8      cmd   AT+HTTPINIT  ->  OK
L8        host  Sending: AT+HTTPPARA="URL","http://example.com/"
L9-10     cmd   AT+HTTPPARA="URL","http://example.com/"  ->  ERROR; attempt 1 of retry chain 8
L10       host  Sending: AT+HTTPTERM
L9        retry 1 attempt of AT+HTTPPARA="URL","http://example.com/": gave-up
L11-12    cmd   AT+HTTPTERM  ->  OK
EOF
cat > "$TMP/mm-wrap72.want" <<'EOF'
L1-3      cmd   AT+CGMR  ->  OK
                | EM06ELAR04A08M4G
L5-7      cmd   AT+CGDCONT?  ->  OK
                | +CGDCONT: 1,"IPV4V6","internet.example.net","0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0",0,0,0,0
L10-12    cmd   AT+CSQ  ->  OK
                | +CSQ: 17,99
L14-16    cmd   AT+QENG="servingcell"  ->  OK
                | +QENG: "servingcell","NOCONN","LTE","FDD",262,01,1A2B3C4,123,1300,3,5,5,ABCD,-95,-11,-64,10,30
EOF
# fold -w 72 cuts the same lines elsewhere: the same reading
cp "$TMP/mm-wrap72.want" "$TMP/mm-fold72.want"
for f in teams mdtable banner qmjson glue1 mm-wrap72 mm-fold72; do
    case $f in
        teams) why='a chat copy (no-break spaces, typographic quotes, Teams headers) is not read as the log';;
        mdtable) why='a markdown table'\''s rows are not read as command and answer';;
        banner) why='a tool'\''s '\''Output from AT... command:'\'' blocks are not read as command and answer';;
        qmjson) why='QuecManager JSON records are not read as command and answer (no final invented, the error kept)';;
        glue1) why='a final glued to a sketch'\''s next print is not split';;
        mm-wrap72) why='a ModemManager log a mail client wrapped at 72 columns loses transactions';;
        mm-fold72) why='a ModemManager log hard-wrapped at 72 columns loses transactions';;
    esac
    reads_as "$f" "$why"
done
exit $fail
