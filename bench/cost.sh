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
#      COST_JOBS      callgrind runs at a time, default 2 (the counts do not depend on it)
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
# The first PREFIX lines of each capture: start-up plus detection and identification over
# the look-ahead (the first 1000 lines), which a per-line figure past start-up still holds.
prefix=3000
for k in plain tio mbed; do head -n "$prefix" "$dir/$k.txt" >"$tmp/head-$k.txt"; done
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
        for w in full head two; do
            case $w in
                full) f=$dir/$k.txt ;;
                *) f=$tmp/$w-$k.txt ;;
            esac
            run_one "$k" "$c" "$f" "$tmp/$k.$c.$w" &
            n=$((n + 1))
            if ((n % jobs == 0)); then wait; fi
        done
    done
done
wait

# ---- the figures ----
# Two figures a row, each guarded: instructions per line past start-up, (full - two-line) /
# lines, and past the look-ahead, (full - first PREFIX lines) / (lines - PREFIX): the first
# holds detection and identification over the first 1000 lines (on a 2 MB capture 500-1500 a
# line), the second is the per-line path alone.
# "kind cmd lines bytes per_line marginal full head two" a line
: >"$tmp/now"
for k in $kinds; do
    lines=$(wc -l <"$dir/$k.txt")
    bytes=$(wc -c <"$dir/$k.txt")
    for c in $cmds; do
        for w in full head two; do
            v=$(cat "$tmp/$k.$c.$w")
            if ! [[ "$v" =~ ^[0-9]+$ ]]; then
                echo "cost.sh: $c on the $k capture ($w) failed; valgrind's stderr ends with:" >&2
                tail -n 15 "$tmp/$k.$c.$w.err" >&2
                exit 2
            fi
            printf -v "n_$w" %s "$v"
        done
        awk -v k="$k" -v c="$c" -v l="$lines" -v b="$bytes" -v f="$n_full" -v h="$n_head" -v t="$n_two" -v p="$prefix" \
            'BEGIN { printf "%s %s %d %d %.1f %.1f %d %d %d\n", k, c, l, b, (f - t) / l, (f - h) / (l - p), f, h, t }' >>"$tmp/now"
    done
done

# counts differ between compilers (and build types: make cost uses RelWithDebInfo)
compiler=$(readelf -p .comment "$atscope" 2>/dev/null | sed -n 's/^ *\[ *[0-9]*\] *//p' | head -n 1)
[[ -n "$compiler" ]] || compiler=unknown
if [[ "$update" == 1 ]]; then
    {
        echo "# bench/cost.sh baseline: instructions per input line (callgrind, --threads 1), past"
        echo "# start-up and past the first $prefix lines. Rewrite with COST_UPDATE=1 make cost, and say why"
        echo "# in the commit."
        echo "# compiler: $compiler"
        echo "# kind command lines bytes per_line_past_startup per_line_past_${prefix} total first_${prefix}_lines two_lines"
        cat "$tmp/now"
    } >"$baseline"
fi

have_base=0
[[ -f "$baseline" ]] && have_base=1
status=0
# change A B: "+x.x%", and status 1 when A grew more than the limit over B
change() {
    local ch
    ch=$(awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.1f%%", (a - b) / b * 100 }')
    if awk -v a="$1" -v b="$2" -v m="$limit" 'BEGIN { exit !((a - b) / b * 100 > m) }'; then
        ch="$ch!"
    fi
    echo "$ch"
}
printf '%-5s %-5s %6s %8s %8s %8s | %10s %9s %8s | %10s %9s %8s\n' kind cmd lines 'total M' "${prefix}l M" '2-line M' \
    'past start' baseline change "past ${prefix}l" baseline change
while read -r k c l b ipl marg full head two; do
    b1=- c1=- b2=- c2=-
    if ((have_base)); then
        read -r bl bb b1 b2 < <(awk -v k="$k" -v c="$c" '$1 == k && $2 == c { print $3, $4, $5, $6 }' "$baseline") || true
        if [[ -z "${b2:-}" ]]; then
            b1="(none)" b2="(none)"
        elif [[ "$bl" != "$l" || "$bb" != "$b" ]]; then
            die "the $k capture ($l lines, $b bytes) is not the baseline's ($bl lines, $bb bytes): the generators changed; COST_UPDATE=1 make cost, and say so in the commit"
        else
            c1=$(change "$ipl" "$b1")
            [[ $c1 == *! ]] && status=1
            c2=$(change "$marg" "$b2")
            [[ $c2 == *! ]] && status=1
        fi
    fi
    awk -v k="$k" -v c="$c" -v l="$l" -v f="$full" -v h="$head" -v t="$two" -v i="$ipl" -v m="$marg" \
        -v b1="$b1" -v c1="$c1" -v b2="$b2" -v c2="$c2" \
        'BEGIN { printf "%-5s %-5s %6d %8.1f %8.1f %8.1f | %10.1f %9s %8s | %10.1f %9s %8s\n", k, c, l, f / 1e6, h / 1e6, t / 1e6, i, b1, c1, m, b2, c2 }'
    unset bl bb b1 b2
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
    echo "per-line cost grew more than ${limit}% (marked !) against $baseline: find why (callgrind_annotate), or, if it is worth it, COST_UPDATE=1 make cost and give the reason in the commit" >&2
fi
exit $status
