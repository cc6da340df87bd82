#!/bin/sh
# Traces no definition knows (tests/unknown/, labels.json): the format a line
# template inferred from the log reads them with, or the refusal; the exact
# transactions; chunk invariance (tests/unknown_check.py); the template and
# its direction named by formats --explain; the scorer's totals on the corpus.
. "$2/tests/cli_common.sh"
python3 "$SRC/tests/unknown_check.py" "$BIN" "$SRC" || fail=1

"$BIN" formats --explain "$SRC/tests/unknown/java-threads.log" > "$TMP/explain.txt"
cat > "$TMP/explain.want" <<WANT
$SRC/tests/unknown/java-threads.log
  format: inferred
  read as: inferred
  why: no known format; a line template inferred from the sample reads 12 of its 12 AT-bearing lines (5 commands, 5 finals), directed by [main] / [serial-rx]
  sample lines understood: 12 of 14
  template: 9:9:9.9 {[main] | [serial-rx]} DEBUG c.e.gateway.ModemPort - <payload>

  CANDIDATE            SCORE  WHAT IT SAW
  inferred                80  9:9:9.9 {[main] | [serial-rx]} DEBUG c.e.gateway.ModemPort - <payload>; 12 of 12 AT-bearing lines (5 commands, 5 finals)
  raw                     10  the fallback when nothing else matches
WANT
diff -u "$TMP/explain.want" "$TMP/explain.txt" || { echo "FAIL: formats --explain of an inferred trace"; fail=1; }

# a generic definition that takes the lines but rebuilds little does not
# shadow the template. (Since batch 13's G8, generic-sendrecv reads no
# `send '...'` without a line end escape as a send, a shell script's call:
# here it no longer competes at all, and the template reads the log alone.)
"$BIN" formats --explain "$SRC/tests/unknown/sendgot-quoted.log" > "$TMP/explain2.txt"
cat > "$TMP/explain2.want" <<WANT
$SRC/tests/unknown/sendgot-quoted.log
  format: inferred
  read as: inferred
  why: no known format; a line template inferred from the sample reads 10 of its 10 AT-bearing lines (4 commands, 4 finals), directed by send / got
  sample lines understood: 10 of 10
  template: 9:9:9.9 modem: {send | got} '<payload>'

  CANDIDATE            SCORE  WHAT IT SAW
  inferred                80  9:9:9.9 modem: {send | got} '<payload>'; 10 of 10 AT-bearing lines (4 commands, 4 finals)
  raw                     10  the fallback when nothing else matches
WANT
diff -u "$TMP/explain2.want" "$TMP/explain2.txt" || { echo "FAIL: formats --explain of a template read alone"; fail=1; }

# a third shape in the pair's differing token joins the side it is
# consistent with: the app's "urc" lines are the modem's (URCs, not host-log)
"$BIN" parse --no-redact "$SRC/tests/unknown/cmd-rsp-urc.log" > "$TMP/urc.jsonl"
python3 - "$TMP/urc.jsonl" <<'PY' || fail=1
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
inp = recs[0]
urcs = [[r["line"], r["text"]] for r in recs if r["kind"] == "urc"]
host = [r["line"] for r in recs if r["kind"] == "host-log"]
want = [[6, "+CEREG: 5"], [10, "RING"], [13, "+CGEV: ME PDN ACT 1"]]
if inp.get("format_template") != "9:9:9.9 [modem] {cmd | rsp, urc} <payload>" or urcs != want or host:
    print("FAIL: cmd-rsp-urc.log:", inp.get("format_template"), urcs, "host-log", host)
    sys.exit(1)
PY

# the input record names the format and the template
"$BIN" parse "$SRC/tests/unknown/cros-modem.log" | head -1 > "$TMP/input.json"
grep -q '"format":"inferred"' "$TMP/input.json" &&
    grep -qF '"format_template":"9-9-9 9:9:9.9 DEBUG modem[ '"'"'<payload>'"'"'"' "$TMP/input.json" ||
    { echo "FAIL: the input record lacks the inferred format or its template:"; cat "$TMP/input.json"; fail=1; }

# a log with AT lines behind a prefix but too few commands is refused, and says why
"$BIN" parse "$SRC/tests/unknown/neg-status.log" | head -1 | grep -q 'no line template inferred: ' ||
    { echo "FAIL: neg-status.log does not say why no template was inferred"; fail=1; }

# two direction phrases of other lengths after a common head (none here)
# pair when they are consistent; a read C-escaped in quotes with all its
# lines is its final's; a wrap around each line is the payload's quote
for pair in "sending-got-phrases|directed by Sending AT command: / Got response:|{Sending AT command: | Got response:} <payload>" \
            "quoted-escaped-reads|directed by -> / <-|9:9:9.9 [uart9] {-> | <-} \"<payload>\"" \
            "angle-wrapped|(3 commands, 3 finals), undirected|<<payload>>" \
            "quoted-bytes-suffix|directed by TX / RX|9:9:9 {TX | RX} \"<payload>\" (9 bytes)"; do
    f=${pair%%|*}; rest=${pair#*|}; why=${rest%%|*}; tpl=${rest#*|}
    "$BIN" formats --explain "$SRC/tests/unknown/$f.log" > "$TMP/ex-$f.txt"
    grep -qF "$why" "$TMP/ex-$f.txt" && grep -qxF "  template: $tpl" "$TMP/ex-$f.txt" ||
        { echo "FAIL: formats --explain $f.log:"; cat "$TMP/ex-$f.txt"; fail=1; }
done
# a manual's syntax lines (Syntax: / Returns: with <parameters>) are refused, and say why
"$BIN" formats --explain "$SRC/tests/unknown/neg-manual-syntax.log" |
    grep -qF "no line template inferred: AT text after a prefix on 11 lines, but a manual's <parameters> in it" ||
    { echo "FAIL: neg-manual-syntax.log does not say why no template was inferred"; fail=1; }

python3 "$SRC/scripts/score_corpus.py" --atscope "$BIN" --logs "$SRC/tests/unknown" \
    --labels "$SRC/tests/unknown/labels.json" --json > "$TMP/score.json" || fail=1
python3 - "$TMP/score.json" <<'PY' || fail=1
import json, sys
t = json.load(open(sys.argv[1]))["totals"]
want = {"logs": 88, "labelled": 216, "with_final": 213, "false": 0, "zero_logs": 1}
bad = {k: (t.get(k), v) for k, v in want.items() if t.get(k) != v}
if bad:
    print("FAIL: unknown-trace corpus totals (got, want):", bad)
    sys.exit(1)
PY
exit $fail
