#!/bin/sh
# atscope check --format html: one self-contained page (no network) that is
# well-formed and escaped whatever the capture and its file name hold (python's
# html.parser, always), and that works in a browser: headless Chromium loads it
# with no console error, lists the violations with their lines, filters them,
# links each to its event and draws the timelines (tests/html_check.js; skipped
# with a SKIP line when Chromium or node is missing).
. "$(dirname "$0")/../cli_common.sh"
PY=""
for p in python3 /usr/bin/python3; do
    if "$p" -c 'import html.parser' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "FAIL: no python3"; exit 1; }

# html CAPTURE... : the page of the captures, in $TMP/page.html; the status
report() {
    out=$1
    shift
    "$BIN" check --format html -o "$out" "$@" 2> "$TMP/err"
}

# Captures made here: markup in a URC, a command, unparsed text and the file
# name (with an ESC and a bad UTF-8 byte); a capture too long for the timeline.
SCRIPT_URC='</script><script>alert(1)</script>'
# modem text outside a command is upper case (lower-case prose is an app's print, not an orphan)
SCRIPT_TXT='</SCRIPT><SCRIPT>ALERT(1)</SCRIPT>'
printf 'AT\r\r\nOK\r\n\r\n+MIPRTCP: 1,0,%s\r\nAT+X="</script><svg onload=alert(2)>\342\200\250&amp;<!--"\r\r\nERROR\r\n\r\n%s\r\n\r\n\342\200\251\033[31m\377\r\n' \
    "$SCRIPT_URC" "$SCRIPT_TXT" > "$TMP/script.log"
mkdir "$TMP/q<"
HOSTILE_NAME=$(printf '%s/q</script><svg onload=alert(4)>\033[31m\377 "x".log' "$TMP")
cp "$TMP/script.log" "$HOSTILE_NAME"
i=0
while [ $i -lt 1000 ]; do cat captures/l610-async-overlap.log; i=$((i + 1)); done > "$TMP/long.log"

report "$TMP/overlap.html" captures/l610-async-overlap.log
[ $? = 1 ] || { echo "FAIL: l610-async-overlap.log: expected exit 1"; cat "$TMP/err"; fail=1; }
report "$TMP/sscom.html" captures/formats/sscom-late.log
[ $? = 1 ] || { echo "FAIL: sscom-late.log: expected exit 1"; cat "$TMP/err"; fail=1; }
report "$TMP/hostile.html" captures/hostile-bytes.log
[ $? -le 1 ] || { echo "FAIL: hostile-bytes.log: no report"; cat "$TMP/err"; fail=1; }
# the L610's profile: under one that names no module, modem text outside a command may be the
# module's own report and is not judged (orphan-response), and the page must show such a finding
report "$TMP/script.html" --profile fibocom-l610 "$TMP/script.log" "$HOSTILE_NAME" \
    captures/l610-clean-session.log "$TMP/no-such.log"
[ $? = 2 ] || { echo "FAIL: script.log: expected exit 2 (one capture could not be read)"; cat "$TMP/err"; fail=1; }
[ -s "$TMP/script.html" ] || { echo "FAIL: script.log: no report"; fail=1; }
grep -q 'class="verdict inconclusive" id="verdict">INCONCLUSIVE<' "$TMP/script.html" ||
    { echo "FAIL: script.html: verdict not inconclusive"; fail=1; }
report "$TMP/long.html" "$TMP/long.log"
[ $? = 1 ] || { echo "FAIL: long.log: expected exit 1"; cat "$TMP/err"; fail=1; }
echo '{"limits": {"max_stored_violations": 1000}}' > "$TMP/stored.json"
report "$TMP/long-all.html" -c "$TMP/stored.json" "$TMP/long.log"
[ $? = 1 ] || { echo "FAIL: long.log -c: expected exit 1"; cat "$TMP/err"; fail=1; }
# to standard output, and the same page twice
"$BIN" check --format html captures/l610-async-overlap.log > "$TMP/stdout.html"
# (but for the command line each states)
no_cmdline "$TMP/stdout.html" > "$TMP/a.html"
no_cmdline "$TMP/overlap.html" > "$TMP/b.html"
cmp -s "$TMP/a.html" "$TMP/b.html" ||
    { echo "FAIL: the page on stdout differs from -o"; fail=1; }

# Structure and escaping, without a browser.
cat > "$TMP/check.py" <<'PYEOF'
import json, re, sys
from html.parser import HTMLParser

VOID = {"meta", "br", "hr", "img", "input", "link", "col", "wbr", "source"}
ALLOWED = VOID | {"html", "head", "title", "style", "body", "header", "main", "footer",
                  "section", "nav", "h1", "h2", "h3", "p", "span", "b", "i", "a", "dl", "dt",
                  "dd", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "div",
                  "form", "label", "select", "option", "output", "button", "canvas",
                  "script", "noscript", "code"}

class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.scripts, self.text = [], [], [], []
        self.in_script = None
        self.ids = set()
    def handle_decl(self, d):
        pass
    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED:
            self.errors.append("unexpected element <%s>" % tag)
        for k, v in attrs:
            if k.startswith("on") or (v and "javascript:" in v.lower()):
                self.errors.append("attribute %s=%r on <%s>" % (k, v, tag))
            if k == "id":
                if v in self.ids:
                    self.errors.append("duplicate id %r" % v)
                self.ids.add(v)
        if tag == "script":
            self.scripts.append([dict(attrs).get("type", ""), ""])
            self.in_script = self.scripts[-1]
        if tag not in VOID:
            self.stack.append(tag)
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()
    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append("</%s> closes <%s>" % (tag, self.stack[-1] if self.stack else ""))
            return
        self.stack.pop()
        if tag == "script":
            self.in_script = None
    def handle_data(self, d):
        if self.in_script is not None:
            self.in_script[1] += d
        else:
            self.text.append(d)

page_file, want = sys.argv[1], sys.argv[2:]
raw = open(page_file, "rb").read()
fails = []
try:
    doc = raw.decode("utf-8")
except UnicodeDecodeError as e:
    print("FAIL: %s is not UTF-8: %s" % (page_file, e))
    sys.exit(1)
bad = [c for c in doc if (ord(c) < 0x20 and c not in "\n") or 0x7f <= ord(c) < 0xa0]
if bad:
    fails.append("control characters in the page: %r" % sorted(set(bad)))
if re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", doc):
    fails.append("the page refers to the network")
p = Page()
p.feed(doc)
p.close()
fails += p.errors
if p.stack:
    fails.append("unclosed elements: %r" % p.stack)
if [s[0] for s in p.scripts] != ["application/json", ""]:
    fails.append("scripts: %r" % [s[0] for s in p.scripts])
data = None
try:
    blob = p.scripts[0][1]
    if "\u2028" in blob or "\u2029" in blob or "<" in blob:
        fails.append("'<' or a line terminator raw inside the JSON")
    data = json.loads(blob)
except Exception as e:
    fails.append("the JSON blob does not parse: %s" % e)
if data is not None:
    for c in data["caps"]:
        for e in c["e"]:
            if len(e) != 11 or not 0 <= e[10] < len(c["s"]):
                fails.append("bad event %r" % e)
                break
strings = [s for c in (data or {"caps": []})["caps"] for s in c["s"]]
text = "".join(p.text)
for w in want:
    kind, _, val = w.partition("=")
    if kind == "event" and val not in strings:
        fails.append("no event reads %r (strings: %r)" % (val, strings[:20]))
    elif kind == "text" and val not in text:
        fails.append("the page does not read %r" % val)
    elif kind == "notext" and val in text:
        fails.append("the page reads %r" % val)
    elif kind == "events":
        n = [len(c["e"]) for c in data["caps"]]
        if n != [int(x) for x in val.split(",")]:
            fails.append("events drawn per capture: %r, expected %s" % (n, val))
    elif kind == "maxbytes" and len(raw) > int(val):
        fails.append("%d bytes, more than %s" % (len(raw), val))
for f in fails:
    print("FAIL: %s: %s" % (page_file, f))
sys.exit(1 if fails else 0)
PYEOF
pycheck() {
    "$PY" "$TMP/check.py" "$@" || fail=1
}
pycheck "$TMP/overlap.html" "text=l610-async-overlap.log:25" "text=1 error" \
    "text=25AT+MIPOPEN?" "text=23AT+MIPOPEN=1,,\"183.47.42.41\",9000,0" \
    "text=atscope check --format html -o $TMP/overlap.html captures/l610-async-overlap.log" \
    "event=AT+MIPOPEN=1,,\"183.47.42.41\",9000,0" "text=x axis: line number" events=21
pycheck "$TMP/sscom.html" "text=x axis: time of day" "text=sscom-late.log:27" \
    "text=76250" events=10
pycheck "$TMP/hostile.html" 'event=+CGREG: \x1b[2J\x1b[31m1' 'event=\xff\xfe noise after reset' \
    'event=\x7f'
pycheck "$TMP/script.html" "event=$SCRIPT_TXT" "event=+MIPRTCP: 1,0,$SCRIPT_URC" \
    "text=modem text with no command waiting: $SCRIPT_TXT" \
    'text=/q</script><svg onload=alert(4)>\x1b[31m\xff "x".log' \
    "text=could not be read" 'event=\xe2\x80\xa9\x1b[31m\xff'
pycheck "$TMP/long.html" "text=1000 more events not drawn" events=20000 maxbytes=3000000
pycheck "$TMP/long-all.html" "text=1000 more events not drawn" "text=long.log:68956"
[ $fail = 0 ] && echo "ok: html pages well-formed and escaped (html.parser)"

# In a browser.
CHROME=""
for c in chromium chromium-browser google-chrome; do
    if command -v "$c" > /dev/null 2>&1; then CHROME=$(command -v "$c"); break; fi
done
if [ -z "$CHROME" ] || ! command -v node > /dev/null 2>&1; then
    echo "SKIP: browser checks (need chromium and node: apt-get install chromium nodejs)"
    exit $fail
fi
browse() {
    if ! node tests/html_check.js "$CHROME" "$@" > "$TMP/out" 2>&1; then
        grep -v '^ok:' "$TMP/out"
        fail=1
    fi
}
browse "$TMP/overlap.html" --violation async-overlap:25 --violation error-detail:34 \
    --evidence async-overlap:25:22c,23r,24c,25f,26c --evidence error-detail:34:32c,33c,34f,35c,36c \
    --evidence-text 'async-overlap:25:AT+MIPOPEN?' --identity 'fibocom-l610'
# the module's answers and its masked IMEI in the identity block
printf 'AT+CGMI\r\r\nFibocom\r\n\r\nOK\r\nAT+CGMM\r\r\nL610\r\n\r\nOK\r\nAT+CGMR\r\r\n16000.1000.00.01.01.06\r\n\r\nOK\r\nAT+CGSN\r\r\n867012345678903\r\n\r\nOK\r\nAT+CPIN?\r\r\nERROR\r\n' > "$TMP/imei.log"
report "$TMP/imei.html" --context 4 "$TMP/imei.log"
browse "$TMP/imei.html" --identity 'Revision 16000.1000.00.01.01.06 IMEI <IMEI-1>' \
    --evidence error-detail:18:14c,16c,17c,18f --evidence-text 'error-detail:18:ERROR'
grep -q 867012345678903 "$TMP/imei.html" && { echo "FAIL: the IMEI in the page"; fail=1; }
browse "$TMP/sscom.html" --timed --violation completion-timeout:27
browse "$TMP/hostile.html"
browse "$TMP/script.html" --text "+MIPRTCP: 1,0,$SCRIPT_URC" --violation orphan-response:8
browse "$TMP/long.html" --events 20000
browse "$TMP/long-all.html" --beyond
# the reader's warnings head the capture's section
"$BIN" check -f html -o "$TMP/warn.html" --port ttyUSB9 captures/formats/mm.log
grep -q '<li class="sev-warning">--port ttyUSB9: the log has no AT traffic of that port (it has: ttyUSB2, ttyUSB3)</li>' "$TMP/warn.html" ||
    { echo "FAIL: html: no reader warning"; fail=1; }
[ $fail = 0 ] && echo "ok: html pages in headless chromium ($CHROME)"
exit $fail
