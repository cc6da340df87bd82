#!/usr/bin/env bash
# check --jobs: 200 captures of 1 MB in a directory, checked with -j 1, with
# one job per core and with -j 4; prints the times and the speed-up, and
# checks the three reports are byte-identical but for the command line.
#   bench/jobs.sh [ATSCOPE_BIN]
set -euo pipefail
atscope=${1:-build/atscope}
[[ "$atscope" == */* ]] || atscope=./$atscope
dir=${BENCH_DIR:-/tmp/atscope-bench}/jobs
gen=${BENCH_DIR:-/tmp/atscope-bench}/gen_capture
mkdir -p "$dir"
if [[ ! -s "$dir/cap-200.log" ]]; then
    for i in $(seq 1 200); do "$gen" "$dir/cap-$(printf %03d "$i").log" 1 "$i" 2>/dev/null; done
fi
cores=$(nproc)
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1764892800}
t() { local t0 t1; t0=$(date +%s.%N); "$@"; t1=$(date +%s.%N); awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'; }
# once untimed: page cache and clock speed as warm for the first timed run as the others
"$atscope" check -f json -r "$dir" > /dev/null || [ $? = 1 ]
s1=$(t bash -c "$atscope check -f json -r '$dir' -j 1 > '$dir/../jobs1.json' || [ \$? = 1 ]")
sn=$(t bash -c "$atscope check -f json -r '$dir' -j $cores > '$dir/../jobsn.json' || [ \$? = 1 ]")
s4=$(t bash -c "$atscope check -f json -r '$dir' -j 4 > '$dir/../jobs4.json' || [ \$? = 1 ]")
# the same but for the run's own statement of itself: its command line (the -j)
# and its time (SOURCE_DATE_EPOCH fixes that)
for j in 1 n 4; do sed '/"command_line": /d' "$dir/../jobs$j.json" > "$dir/../jobs$j.cmp"; done
cmp -s "$dir/../jobs1.cmp" "$dir/../jobsn.cmp" && cmp -s "$dir/../jobs1.cmp" "$dir/../jobs4.cmp" &&
    same=identical || same=DIFFERENT
awk -v a="$s1" -v b="$sn" -v d="$s4" -v c="$cores" -v s="$same" 'BEGIN {
    printf "| captures | --jobs 1 | --jobs %d | --jobs 4 | speed-up (%d) | reports (1, %d, 4) |\n", c, c, c
    printf "| --- | ---: | ---: | ---: | ---: | --- |\n"
    printf "| 200 x 1 MB | %.2f s | %.2f s | %.2f s | %.2fx | %s |\n", a, b, d, a / b, s }'
[[ $same == identical ]]
