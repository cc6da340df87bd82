#!/bin/sh
# Every output of every capture, pinned: parse (JSON Lines, text), check (JSON,
# text, SARIF, JUnit, HTML), stats (JSON, text) and rules, each over the whole
# captures/ tree with the profile each capture identifies as its own, and the
# text report once more under every built-in profile. A refactor that
# "changes no output" proves it here; a change that does shows as a reviewed
# diff. UPDATE_GOLDEN=1 rewrites tests/golden/snapshot/.
. "$(dirname "$0")/../cli_common.sh"
gold=tests/golden/snapshot
out=$TMP/snap
mkdir -p "$out"
# one invocation per output over every capture (-j: the report is the same
# whatever the number of jobs), exit status and stderr kept with the output
run() {
    name=$1; shift
    "$BIN" "$@" > "$out/$name" 2> "$out/$name.err"
    echo "exit $?" >> "$out/$name.err"
}
# parse has no -r: the captures check -r reads, by name
files=$(find captures -type f ! -name '*.py' ! -name '*.md' ! -name '*.json' \
        ! -name MANIFEST ! -name BROKEN | LC_ALL=C sort)
# shellcheck disable=SC2086
run parse.jsonl parse -f jsonl $files
# shellcheck disable=SC2086
run parse.txt parse -f text $files
for f in json text sarif junit html; do
    run check.$f check -r -f $f captures
done
run stats.json stats -r -f json captures
run stats.txt stats -r -f text captures
run rules.txt rules
for p in 3gpp fibocom-l610 quectel-bg96 quectel-m95 simcom-sim7600 simcom-sim800 \
         ublox-sara nordic-slm telit airm2m-air780 fibocom-l8 huawei-me909s simcom-sim7080 \
         quectel-bc95; do
    run check-$p.txt check -r -f text -p $p captures
    run rules-$p.json rules -f json -p $p
done
if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
    rm -f "$gold"/*
    cp "$out"/* "$gold"/
    echo "ok: snapshot rewritten: review 'git diff $gold'"
    exit 0
fi
n=0
for f in "$out"/*; do
    b=$(basename "$f")
    if ! cmp -s "$f" "$gold/$b"; then
        echo "FAIL: $b differs from $gold/$b:"
        diff "$gold/$b" "$f" | head -20
        fail=1
    fi
    n=$((n + 1))
done
for g in "$gold"/*; do
    [ -e "$out/$(basename "$g")" ] || { echo "FAIL: $g is no longer written"; fail=1; }
done
[ $fail = 0 ] && echo "ok: $n outputs over every capture match their snapshot"
exit $fail
