#!/bin/sh
# -r reads captures only: files found in a directory that are clearly not
# captures (by extension, name or content) are skipped and listed as such;
# a file named on the command line is always read.
. "$(dirname "$0")/../cli_common.sh"
"$BIN" check -r -f json -o "$TMP/r.json" captures 2> /dev/null
code=$?
python3 - "$TMP/r.json" <<'PYEOF' || fail=1
import json, os, sys
r = json.load(open(sys.argv[1]))
read = [i["path"] for i in r["inputs"]]
skipped = {s["path"]: s["reason"] for s in r.get("skipped", [])}
# (the fixtures may grow: what must hold, not a count)
names = [os.path.join(d, f) for d, _, fs in os.walk("captures") for f in fs]
bad = 0
for p in names:
    base = os.path.basename(p)
    capture = base.endswith((".log", ".csv", ".txt"))
    surely_not = base.endswith((".py", ".md", ".json", ".sh")) or base in ("README", "MANIFEST", "BROKEN")
    if capture and p not in read:
        print("FAIL: -r did not read the capture", p, skipped.get(p, ""))
        bad = 1
    if surely_not and p not in skipped:
        print("FAIL: -r did not skip", p)
        bad = 1
if set(read) & set(skipped):
    print("FAIL: both read and skipped:", set(read) & set(skipped))
    bad = 1
for p, why in [("captures/README.md", "documentation"), ("captures/formats/MANIFEST", "describes the folder"),
               ("captures/formats/BROKEN", "describes the folder"), ("captures/make_synthetic.py", "source code")]:
    if not skipped.get(p, "").startswith(why):
        print("FAIL: %s skipped as %r, expected %r" % (p, skipped.get(p), why))
        bad = 1
sys.exit(bad)
PYEOF
python3 tests/validate.py docs/report.schema.json "$TMP/r.json" $code > /dev/null || { echo "FAIL: schema with skipped[]"; fail=1; }
# JUnit: no test case made of a README
"$BIN" check -r -f junit captures > "$TMP/j.xml" 2> /dev/null
grep '<testsuite ' "$TMP/j.xml" | grep -q 'README\|MANIFEST\|BROKEN\|\.py"' &&
    { echo "FAIL: junit test suites of non-captures"; fail=1; }
# text: one note per skipped file
"$BIN" check -r -f text captures/formats > "$TMP/t.txt" 2> /dev/null
grep -q '^captures/formats/MANIFEST: note: \[input\] skipped, not a capture: ' "$TMP/t.txt" ||
    { echo "FAIL: text report does not list MANIFEST as skipped"; fail=1; }
# by content: a binary and a script without an extension, NUL bytes; a
# capture with no extension or as .txt is read
mkdir "$TMP/d"
cp captures/l610-clean-session.log "$TMP/d/session"
cp captures/l610-clean-session.log "$TMP/d/session.txt"
printf '\177ELF\002\001\001\000AT\r\nOK\r\n' > "$TMP/d/tool"
printf '#!/bin/sh\necho AT\n' > "$TMP/d/record"
head -c 2000 /dev/zero > "$TMP/d/zeros.bin"
printf 'AT\r\nOK\r\n' >> "$TMP/d/zeros.bin"
# ... but UTF-16 (with or without its BOM), NULs at every other byte, is text
printf 'AT\r\nOK\r\n' | iconv -f ASCII -t UTF-16LE > "$TMP/d/utf16.log"
printf '\377\376' > "$TMP/d/utf16bom"
printf 'AT\r\nOK\r\n' | iconv -f ASCII -t UTF-16LE >> "$TMP/d/utf16bom"
# (a name that says log is believed whatever its bytes)
cp "$TMP/d/zeros.bin" "$TMP/d/zeros.log"
"$BIN" check -r -f json -o "$TMP/d.json" "$TMP/d" 2> /dev/null
python3 - "$TMP/d.json" "$TMP/d" <<'PYEOF' || fail=1
import json, sys
r = json.load(open(sys.argv[1])); d = sys.argv[2]
read = sorted(i["path"] for i in r["inputs"])
sk = {s["path"]: s["reason"] for s in r["skipped"]}
ok = read == [d + "/session", d + "/session.txt", d + "/utf16.log", d + "/utf16bom", d + "/zeros.log"]
ok &= sk.get(d + "/tool", "").startswith("a binary file")
ok &= sk.get(d + "/record") == "a script (#!)"
ok &= "control bytes" in sk.get(d + "/zeros.bin", "")
if not ok:
    print("FAIL: by content: read", read, "skipped", sk)
sys.exit(0 if ok else 1)
PYEOF
# named on the command line: read whatever it is
"$BIN" check -f json captures/README.md > "$TMP/readme.json" 2> /dev/null
grep -q '"path": "captures/README.md"' "$TMP/readme.json" || { echo "FAIL: an explicit file was skipped"; fail=1; }
# nothing left to read: say what was skipped
mkdir "$TMP/docs"
cp captures/README.md "$TMP/docs/"
"$BIN" check -r "$TMP/docs" > /dev/null 2> "$TMP/err"
[ $? = 2 ] && grep -q "no capture files found (1 skipped as not captures, such as .*README.md: documentation" "$TMP/err" ||
    { echo "FAIL: only non-captures:"; cat "$TMP/err"; fail=1; }
# stats -r skips the same files and says so
"$BIN" stats -r -f json captures 2> /dev/null | python3 -c '
import json, sys
r = json.load(sys.stdin)["inputs"]
c = json.load(open(sys.argv[1]))
sys.exit(0 if r["files"] == len(c["inputs"]) and r["skipped"] == c["skipped"] else 1)' "$TMP/r.json" ||
    { echo "FAIL: stats -r does not skip what check -r skips"; fail=1; }
[ $fail = 0 ] && echo "ok: -r reads captures only"
exit $fail
