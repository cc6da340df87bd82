#!/bin/sh
# One escaping policy (cli/escape.h) in every writer: the same hostile capture,
# under a hostile file name, through parse (JSON Lines, text), check (JSON,
# text, SARIF, JUnit, HTML) and stats (JSON, text). No output may carry a raw
# control, C1 control, bidi override or isolate, line separator or BOM, or be
# invalid UTF-8; JSON keeps the exact code points (\uHHHH), the other
# writers show them as the text \xHH; each output is well-formed.
. "$(dirname "$0")/../cli_common.sh"
PY=""
for p in python3 /usr/bin/python3; do
    if "$p" -c 'import html.parser, xml.etree.ElementTree' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "FAIL: no python3 to read the outputs"; exit 1; }
# the name: a right-to-left override, an ANSI colour, a byte that is not UTF-8
name="cap$(printf '\342\200\256')evil$(printf '\033')[31m$(printf '\377').log"
cap="$TMP/$name"
# RLO, LRI, C1 CSI, BOM, U+2028, ESC, DEL, NUL, bytes that are not UTF-8 (a
# standard command with an RLO and a C1 CSI in its arguments left unanswered before
# the next: response-timeout's finding to escape; since batch 32 an unknown vendor
# command refused with +CME ERROR: 100 is no unknown-command finding under 3gpp)
printf 'AT+CSQ\r\n+CSQ: 2\342\200\256 1,99\302\233\r\nOK\r\n' > "$cap"
printf 'AT+COPS=1,2,"0\342\200\2561\302\233"\r\n' >> "$cap"
printf 'AT+COPS?\r\n+COPS: 0,0,"\342\201\246MOB\357\273\277\342\200\250"\r\nOK\r\n' >> "$cap"
printf 'AT+X\342\200\256Y\r\n+CME ERROR: 100\r\n+ZZZ\342\200\256: 1\033[2J\177\r\n' >> "$cap"
printf 'AT+CGREG?\r\n+CGREG: 0,\0001\377\376\r\nOK\r\n' >> "$cap"
out=$TMP/out
mkdir "$out"
run() {  # run NAME ARGS...: the output, and exit 2 (could not analyse) is a failure
    n=$1; shift
    "$BIN" "$@" "$cap" > "$out/$n" 2> "$TMP/err"
    st=$?
    [ $st -le 1 ] || { echo "FAIL: atscope $* exited $st"; cat "$TMP/err"; fail=1; }
}
run parse.jsonl parse -f jsonl
run parse.txt parse -f text
for f in json text sarif junit html; do run check.$f check -f $f; done
run stats.json stats -f json
run stats.txt stats -f text
"$PY" - "$out" "$cap" <<'PYEOF' || fail=1
import html.parser, json, os, sys
import xml.etree.ElementTree as ET
out, cap = sys.argv[1], os.fsencode(sys.argv[2])
bad = 0
def fail(msg):
    global bad
    print("FAIL: " + msg)
    bad = 1
# what no output may hold raw: C0 but \t \n \r, DEL, C1, bidi, U+2028/9, BOM
hidden = [chr(c) for c in range(0x20) if c not in (9, 10, 13)] + ["\x7f"] + \
         [chr(c) for c in range(0x80, 0xa0)] + \
         [chr(c) for c in list(range(0x202a, 0x202f)) + list(range(0x2066, 0x206a))] + \
         ["\u2028", "\u2029", "\ufeff"]
texts = {}
for n in sorted(os.listdir(out)):
    raw = open(os.path.join(out, n), "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail("%s: not UTF-8: %s" % (n, e))
        continue
    seen = sorted({"U+%04X" % ord(c) for c in t if c in hidden})
    if seen:
        fail("%s: raw %s" % (n, ", ".join(seen)))
    texts[n] = t
# the path as JSON keeps it: exact code points, the byte that is not UTF-8 as
# the text \xff with every backslash doubled
path_json = cap.decode("utf-8", "surrogateescape").replace("\udcff", "\\xff")
# ... and as the text writers show it
def shown(b):
    s = ""
    i = 0
    while i < len(b):
        c = b[i]
        if 0x20 <= c < 0x7f:
            s += chr(c); i += 1; continue
        for k in (4, 3, 2):
            try:
                ch = b[i:i + k].decode("utf-8")
            except UnicodeDecodeError:
                continue
            if len(ch) == 1 and ch not in hidden:
                s += ch; i += k; break
        else:
            s += "\\x%02x" % c; i += 1
    return s
path_text = shown(cap)
def has(n, want):
    if want not in texts.get(n, ""):
        fail("%s: no %r" % (n, want))
# JSON: parses; the exact code points
lines = [json.loads(l) for l in texts["parse.jsonl"].split("\n") if l]
if lines[0]["path"] != path_json:
    fail("parse.jsonl: path %r, not %r" % (lines[0]["path"], path_json))
resp = [r["text"] for l in lines if l.get("kind") == "transaction" for r in l.get("responses", [])]
for want in ["+CSQ: 2\u202e 1,99\u009b", '+COPS: 0,0,"\u2066MOB\ufeff\u2028"']:
    if want not in resp:
        fail("parse.jsonl: no response %r in %r" % (want, resp))
urcs = [l["text"] for l in lines if l.get("kind") == "urc"]
if not any(u.startswith("+ZZZ\u202e: 1\x1b[2J\x7f") for u in urcs):
    fail("parse.jsonl: URC text not exact: %r" % urcs)
r = json.loads(texts["check.json"])
if r["inputs"][0]["path"] != path_json:
    fail("check.json: path %r" % r["inputs"][0]["path"])
if not r["violations"] or any(v["path"] != path_json for v in r["violations"]):
    fail("check.json: violations without the path: %r" % r["violations"][:1])
s = json.loads(texts["check.sarif"])
uri = s["runs"][0]["artifacts"][0]["location"]["uri"]
if "%E2%80%AEevil%1B%5B31m%FF.log" not in uri:
    fail("check.sarif: uri %r" % uri)
st = json.loads(texts["stats.json"])
if st["urcs"] != {"+ZZZ\u202e": 1}:
    fail("stats.json: urcs %r" % st["urcs"])
if "AT+X" not in [c["command"] for c in st["commands"]]:
    fail("stats.json: commands %r" % st["commands"])
# text: the same bytes as the text \xHH
for n in ["parse.txt", "check.text"]:
    has(n, path_text)
has("parse.txt", "+CSQ: 2\\xe2\\x80\\xae 1,99\\xc2\\x9b")
has("parse.txt", '"\\xe2\\x81\\xa6MOB\\xef\\xbb\\xbf\\xe2\\x80\\xa8"')
has("parse.txt", "\\x1b[2J\\x7f")
has("stats.txt", "+ZZZ\\xe2\\x80\\xae ")
# JUnit: well-formed XML, the name as text
j = ET.fromstring(texts["check.junit"].encode())
names = [x.get("name") for x in j.iter("testsuite")]
if names != [path_text]:
    fail("check.junit: testsuite names %r, not %r" % (names, [path_text]))
# HTML: well-formed for html.parser, the name as text in the page and in the
# script's data
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.text, self.data, self.tag = [], "", None
    def handle_starttag(self, tag, attrs):
        self.tag = (tag, dict(attrs).get("id"))
    def handle_data(self, d):
        if self.tag == ("script", "atscope-data"):
            self.data += d
        else:
            self.text.append(d)
p = P()
p.feed(texts["check.html"])
p.close()
if not any(path_text in t for t in p.text):
    fail("check.html: the name %r is not in the page's text" % path_text)
blob = json.loads(p.data)
if blob["caps"][0]["path"] != path_text:
    fail("check.html: data path %r" % blob["caps"][0]["path"])
if not any("+CSQ" in x or "+ZZZ\\xe2\\x80\\xae" in x for x in blob["caps"][0]["s"]):
    fail("check.html: data texts %r" % blob["caps"][0]["s"])
sys.exit(bad)
PYEOF
[ $fail = 0 ] && echo "ok: one escaping policy in parse, check (5 formats) and stats (2)"
exit $fail
