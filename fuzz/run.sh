#!/usr/bin/env bash
# run.sh - runs the libFuzzer targets of a fuzz build (used by `make fuzz`).
#
#   fuzz/run.sh BUILD SECONDS PARALLEL MERGE TARGET...
#
# Each BUILD/fuzz/<t>_fuzzer runs SECONDS with fuzz/at.dict over the committed
# corpus fuzz/corpus/<t>, writing what it finds to BUILD/fuzz-new/<t> (new
# inputs) and BUILD/fuzz-artifacts/<t>/ (crashes, timeouts, leaks), never into
# the committed corpus. PARALLEL targets run at once. MERGE=1 then merges the
# new inputs that add edge coverage into fuzz/corpus/<t> (-merge=1). Logs:
# BUILD/fuzz-logs/<t>.log. Exit 1 if any target found something.
set -u
BUILD=$1 SECONDS_EACH=$2 PARALLEL=$3 MERGE=$4
shift 4
SRC=$(cd "$(dirname "$0")/.." && pwd)
cd "$SRC"
export ATS_FUZZ_SKIP_KNOWN=1   # see the harnesses: known bugs not found again
OPTS=(-dict=fuzz/at.dict -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1)

one() {
    local t=$1 bin=$BUILD/fuzz/$1_fuzzer
    local new=$BUILD/fuzz-new/$t art=$BUILD/fuzz-artifacts/$t/ log=$BUILD/fuzz-logs/$t.log
    local seed=$BUILD/fuzz-seed/$t
    mkdir -p "$new" "$art" "$BUILD/fuzz-logs" "fuzz/corpus/$t"
    # the committed corpus without regress-* (reproducers of open bugs would
    # stop the run at its start)
    rm -rf "$seed" && mkdir -p "$seed"
    find "fuzz/corpus/$t" -maxdepth 1 -type f ! -name 'regress-*' -exec cp {} "$seed/" \;
    local before
    before=$(ls "$art" | wc -l)
    "$bin" "${OPTS[@]}" -max_total_time="$SECONDS_EACH" -artifact_prefix="$art" \
        "$new" "$seed" > "$log" 2>&1
    local rc=$? found
    found=$(( $(ls "$art" | wc -l) - before ))
    if [ "$MERGE" = 1 ] && [ $rc = 0 ]; then
        # into the copy, edges only (no hit counts, no comparisons: few,
        # small files); what it gained goes to the committed corpus
        "$bin" -merge=1 -use_counters=0 -use_cmp=0 -use_value_profile=0 "${OPTS[@]}" \
            "$seed" "$new" >> "$log" 2>&1
        for f in "$seed"/*; do
            [ -e "fuzz/corpus/$t/${f##*/}" ] || cp "$f" "fuzz/corpus/$t/"
        done
    fi
    # the last status line: "#N  DONE   cov: C ft: F corp: K/S ..." (or the
    # line of the crash), and "stat::number_of_executed_units: N"
    local stat execs secs
    stat=$(grep -E '^#[0-9]+' "$log" | grep -E 'cov: ' | tail -1)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
    printf '%-13s %10s execs %5s s  cov %6s  ft %7s  corpus %5s  %s\n' "$t" \
        "${execs:-?}" "${secs:-?}" \
        "$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<< "$stat")" \
        "$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<< "$stat")" \
        "$(sed -n 's/.*corp: \([0-9]*\).*/\1/p' <<< "$stat")" \
        "$( [ $rc = 0 ] && [ $found -le 0 ] && echo ok || echo "FOUND (exit $rc): $art, $log")"
    [ $rc = 0 ] && [ $found -le 0 ]
}

status=0
running=0
for t in "$@"; do
    [ -x "$BUILD/fuzz/${t}_fuzzer" ] || { echo "fuzz: no $BUILD/fuzz/${t}_fuzzer"; status=1; continue; }
    one "$t" &
    running=$((running + 1))
    if [ $running -ge "$PARALLEL" ]; then
        wait -n || status=1
        running=$((running - 1))
    fi
done
while [ $running -gt 0 ]; do
    wait -n || status=1
    running=$((running - 1))
done
[ "$MERGE" = 1 ] && echo "merged new coverage into fuzz/corpus/ ($(find fuzz/corpus -type f | wc -l) files): review and commit"
exit $status
