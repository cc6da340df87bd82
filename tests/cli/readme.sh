#!/bin/sh
# The README tells a user what they need: how to record a capture every rule
# can check, which vendor guide "guide section 3.2" means, examples that
# write under /tmp (not into the work tree), no links outside the repository.
. "$(dirname "$0")/../cli_common.sh"
# the shell blocks' -o and > targets
awk '/^```sh/{b=1; next} /^```/{b=0} b' README.md > "$TMP/sh"
grep -oE -- '(^| )(-o|>) *[^ |;&)]+' "$TMP/sh" | grep -vE -- '(-o|>) *(/tmp/|/dev/|&)' > "$TMP/bad" || true
[ -s "$TMP/bad" ] && { echo "FAIL: README examples write outside /tmp:"; cat "$TMP/bad"; fail=1; }
grep -n '/work/' README.md && { echo "FAIL: README links outside the repository"; fail=1; }
# recording: the section, and each tool with the flags that keep time and direction
sed -n '/^## Record a capture atscope can check fully/,/^## /p' README.md > "$TMP/rec"
[ -s "$TMP/rec" ] || { echo "FAIL: no 'Record a capture atscope can check fully' section"; fail=1; }
for want in 'tio --timestamp' 'minicom .*-O timestamp=' 'strace -f -tt -y -s 65536 -e trace=read,write' \
            'socat -d -x -v' 'SSCOM' '加时间戳' 'interceptty' 'mmcli -G DEBUG'; do
    grep -q -- "$want" "$TMP/rec" || { echo "FAIL: the recording section lacks '$want'"; fail=1; }
done
# every rule that needs something is in the section's table
"$BIN" rules -f json | python3 -c '
import json, sys
rec = open(sys.argv[1]).read()
bad = [r["id"] for r in json.load(sys.stdin) if r["needs"] and "`%s`" % r["id"] not in rec]
if bad:
    print("FAIL: the recording section does not say what these need:", bad)
sys.exit(1 if bad else 0)' "$TMP/rec" || fail=1
# the vendor guide named as the L610 profile names it
title=$(sed -n 's/.*"source": "\(FIBOCOM L610[^"]*应用指南[^V"]*\).*/\1/p' rules/profiles/fibocom-l610.json | sed 's/ *$//')
[ -n "$title" ] && grep -qF "$(echo "$title" | sed 's/^FIBOCOM //')" README.md ||
    { echo "FAIL: README does not name the guide '$title'"; fail=1; }
[ $fail = 0 ] && echo "ok: README: recording, the guide, examples under /tmp"
exit $fail
