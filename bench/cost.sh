#!/usr/bin/env bash
# Per-line cost guard: instructions per input line, counted by callgrind, against a
# checked-in baseline. See bench/README.md ("Per-line cost: cost.sh").
#
#   bench/cost.sh [ATSCOPE_BIN]       (default: build-dev/atscope; make cost builds it)
#
# env: COST_UPDATE    1 = rewrite the baseline with this run's figures (exit 0)
#      COST_BASELINE  the baseline file, default bench/cost-baseline.txt
#      COST_LIMIT     allowed growth in percent, default 3
#      COST_DIR       where the generators and captures are cached, default /tmp/atscope-cost
#      COST_JOBS      callgrind runs at a time, default 2
#      CC             C compiler for the generators, default cc
#
# Exit: 0 every figure within COST_LIMIT of the baseline (or COST_UPDATE=1), 1 some figure
# grew more, 2 cannot run (no valgrind, no binary, a run failed, captures or build unlike the
# baseline's).
#
# Why callgrind and not `perf stat -e instructions:u`: on the VMs this project runs on perf
# gets no hardware counters (`<not supported>`), and where it does it counts whatever the
# kernel and interrupts leave in user mode; callgrind's count of the program's own
# instructions repeats within 0.05 % from run to run, whatever the machine's load.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
atscope=${1:-build-dev/atscope}
update=${COST_UPDATE:-0}
baseline=${COST_BASELINE:-$here/cost-baseline.txt}
limit=${COST_LIMIT:-3}
dir=${COST_DIR:-/tmp/atscope-cost}
jobs=${COST_JOBS:-2}
cc=${CC:-cc}

export LC_ALL=C

die() { echo "cost.sh: $*" >&2; exit 2; }

command -v valgrind >/dev/null 2>&1 ||
    die "needs valgrind (callgrind counts the instructions): apt-get install valgrind"
[[ "$atscope" == */* ]] || atscope=./$atscope
[[ -x "$atscope" ]] || die "atscope binary '$atscope' not found or not executable (build it first)"
[[ "$limit" =~ ^[0-9]+([.][0-9]+)?$ ]] || die "COST_LIMIT must be a number of percent"
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || die "COST_JOBS must be a positive integer"

mkdir -p "$dir"
tmp=$(mktemp -d "$dir/.run.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# ---- the generators (bench/run.sh's), rebuilt when missing or older than their source ----
for g in gen_capture to_tio to_mbed; do
    if [[ ! -x "$dir/$g" || "$here/$g.c" -nt "$dir/$g" ]]; then
        "$cc" -std=c11 -O2 -Wall -Wextra -Werror -o "$tmp/$g" "$here/$g.c"
        mv -f "$tmp/$g" "$dir/$g"
    fi
done

# ---- the captures: fixed sizes and seed, all under 4 MiB (a bigger file is read ahead on a
# second thread, whose waits would make the count vary) ----
# plain: gen_capture 2 MB seed 1; tio: its [hh:mm:ss.mmm] rendering; mbed: the Mbed OS
# ATHandler trace of gen_capture 1 MB seed 1 (2.6 MB). Each kind's two-line capture is `AT`
# and `OK` in the same rendering: its cost (start-up, detection of two lines) is taken off.
fresh() { [[ -s "$1" && "$1" -nt "$2" ]]; }
fresh "$dir/plain.txt" "$dir/gen_capture" || "$dir/gen_capture" "$dir/plain.txt" 2 1 2>/dev/null
fresh "$dir/plain1.txt" "$dir/gen_capture" || "$dir/gen_capture" "$dir/plain1.txt" 1 1 2>/dev/null
{ fresh "$dir/tio.txt" "$dir/plain.txt" && fresh "$dir/tio.txt" "$dir/to_tio"; } ||
    "$dir/to_tio" "$dir/plain.txt" "$dir/tio.txt"
{ fresh "$dir/mbed.txt" "$dir/plain1.txt" && fresh "$dir/mbed.txt" "$dir/to_mbed"; } ||
    "$dir/to_mbed" "$dir/plain1.txt" "$dir/mbed.txt"
printf 'AT\r\r\nOK\r\n' >"$tmp/two-plain.txt"
"$dir/to_tio" "$tmp/two-plain.txt" "$tmp/two-tio.txt"
"$dir/to_mbed" "$tmp/two-plain.txt" "$tmp/two-mbed.txt"

kinds="plain tio mbed"
cmds="parse check"

# ---- the runs: one process each under callgrind, --threads 1, HOME and XDG_CONFIG_HOME empty
# so a user's own format definitions are not loaded ----
mkdir -p "$tmp/home"
run_one() {  # KIND CMD FILE OUT
    local -a args
    local rc=0
    if [[ $2 == parse ]]; then args=(parse --threads 1); else args=(check --format json --threads 1); fi
    HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home valgrind --tool=callgrind \
        --callgrind-out-file=/dev/null "$atscope" "${args[@]}" "$3" >/dev/null 2>"$4.err" || rc=$?
    if ((rc > 1)); then echo "FAILED $rc" >"$4"; return 0; fi
    sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$4.err" >"$4"
}
n=0
for k in $kinds; do
    for c in $cmds; do
        for w in full two; do
            if [[ $w == full ]]; then f=$dir/$k.txt; else f=$tmp/two-$k.txt; fi
            run_one "$k" "$c" "$f" "$tmp/$k.$c.$w" &
            n=$((n + 1))
            if ((n % jobs == 0)); then wait; fi
        done
    done
done
wait

# ---- the figures ----
# "kind cmd lines bytes instr_per_line total two" a line
: >"$tmp/now"
for k in $kinds; do
    lines=$(wc -l <"$dir/$k.txt")
    bytes=$(wc -c <"$dir/$k.txt")
    for c in $cmds; do
        full=$(cat "$tmp/$k.$c.full") two=$(cat "$tmp/$k.$c.two")
        if ! [[ "$full" =~ ^[0-9]+$ && "$two" =~ ^[0-9]+$ ]]; then
            echo "cost.sh: $c on the $k capture failed; valgrind's stderr ends with:" >&2
            tail -n 15 "$tmp/$k.$c.full.err" "$tmp/$k.$c.two.err" >&2
            exit 2
        fi
        awk -v k="$k" -v c="$c" -v l="$lines" -v b="$bytes" -v f="$full" -v t="$two" \
            'BEGIN { printf "%s %s %d %d %.1f %d %d\n", k, c, l, b, (f - t) / l, f, t }' >>"$tmp/now"
    done
done

# counts differ between compilers (and build types: make cost uses RelWithDebInfo)
compiler=$(readelf -p .comment "$atscope" 2>/dev/null | sed -n 's/^ *\[ *[0-9]*\] *//p' | head -n 1)
[[ -n "$compiler" ]] || compiler=unknown
if [[ "$update" == 1 ]]; then
    {
        echo "# bench/cost.sh baseline: instructions per input line past start-up (callgrind,"
        echo "# --threads 1). Rewrite with COST_UPDATE=1 make cost, and say why in the commit."
        echo "# compiler: $compiler"
        echo "# kind command lines bytes instructions_per_line total_instructions two_line_instructions"
        cat "$tmp/now"
    } >"$baseline"
fi

have_base=0
[[ -f "$baseline" ]] && have_base=1
status=0
printf '%-6s %-6s %7s %10s %10s %12s %12s %8s\n' kind cmd lines 'total M' 'two-line M' instr/line baseline change
while read -r k c l b ipl full two; do
    base=- change=-
    if ((have_base)); then
        read -r bl bb bipl < <(awk -v k="$k" -v c="$c" '$1 == k && $2 == c { print $3, $4, $5 }' "$baseline") || true
        if [[ -z "${bipl:-}" ]]; then
            base="(none)"
        elif [[ "$bl" != "$l" || "$bb" != "$b" ]]; then
            die "the $k capture ($l lines, $b bytes) is not the baseline's ($bl lines, $bb bytes): the generators changed; COST_UPDATE=1 make cost, and say so in the commit"
        else
            base=$bipl
            change=$(awk -v a="$ipl" -v b="$bipl" 'BEGIN { printf "%+.1f%%", (a - b) / b * 100 }')
            if awk -v a="$ipl" -v b="$bipl" -v m="$limit" 'BEGIN { exit !((a - b) / b * 100 > m) }'; then
                change="$change  MORE THAN +${limit}%"
                status=1
            fi
        fi
        unset bl bb bipl
    fi
    awk -v k="$k" -v c="$c" -v l="$l" -v f="$full" -v t="$two" -v i="$ipl" -v bs="$base" -v ch="$change" \
        'BEGIN { printf "%-6s %-6s %7d %10.1f %10.1f %12.1f %12s %s\n", k, c, l, f / 1e6, t / 1e6, i, bs, ch }'
done <"$tmp/now"

if [[ "$update" == 1 ]]; then
    echo "baseline written: $baseline"
    exit 0
fi
if ((!have_base)); then
    echo "no baseline ($baseline): COST_UPDATE=1 make cost writes one" >&2
    exit 2
fi
base_cc=$(sed -n 's/^# compiler: //p' "$baseline")
[[ "$base_cc" == "$compiler" ]] ||
    echo "note: the baseline was counted with '$base_cc', this binary's is '$compiler'; counts differ between compilers" >&2
if ((status)); then
    echo "per-line cost grew more than ${limit}% against $baseline: find why (callgrind_annotate), or, if it is worth it, COST_UPDATE=1 make cost and give the reason in the commit" >&2
fi
exit $status
