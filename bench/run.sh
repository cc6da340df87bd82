#!/usr/bin/env bash
# atscope throughput / memory bench. See bench/README.md.
#
#   bench/run.sh [ATSCOPE_BIN]          (default: build/atscope)
#
# env: BENCH_SIZES  capture sizes in MB (1 MB = 1,000,000 bytes), default "256"
#      BENCH_DIR    where gen_capture and the captures are cached, default /tmp/atscope-bench
#      BENCH_SEED   generator seed, default 1
#      BENCH_PAIRS  grep/atscope pairs timed in turn per row, default 5: the median
#                   ratio is reported with its min-max
#      BENCH_STRICT 1 = exit 1 when atscope misses a target, default 0 (report only)
#      BENCH_BASE   an older atscope binary: each row also times it, in turn with grep and
#                   ATSCOPE_BIN, and prints how fast ATSCOPE_BIN is against it (before/after)
#      BENCH_PARSE_ARGS, BENCH_CHECK_ARGS  extra options for ATSCOPE_BIN's parse and check
#                   rows (not for BENCH_BASE): e.g. "--no-redact" to leave out work the
#                   base binary does not do
#      CC           C compiler for gen_capture, default cc
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
atscope=${1:-build/atscope}
sizes=${BENCH_SIZES:-256}
dir=${BENCH_DIR:-/tmp/atscope-bench}
seed=${BENCH_SEED:-1}
pairs=${BENCH_PAIRS:-${BENCH_RUNS:-5}}
strict=${BENCH_STRICT:-0}
base=${BENCH_BASE:-}
read -r -a parse_args <<<"${BENCH_PARSE_ARGS:-}"
read -r -a check_args <<<"${BENCH_CHECK_ARGS:-}"
cc=${CC:-cc}

# targets (the speed issue): on every kind of capture, check --format json >= 0.5 x and
# parse >= 0.3 x the throughput of grep -c, peak RSS <= 32 MiB, cost linear in the size
# (MB/s at the largest size within 20 % of the smallest)
target_parse=0.3
target_check=0.5
target_rss_mib=32
linear_min=0.8

# Same byte semantics for wc and grep on every machine (the capture has binary bytes).
export LC_ALL=C

die() { echo "run.sh: $*" >&2; exit 2; }

[[ -x /usr/bin/time ]] || die "/usr/bin/time not found (apt-get install time)"
[[ "$pairs" =~ ^[1-9][0-9]*$ ]] || die "BENCH_PAIRS must be a positive integer"
[[ "$seed" =~ ^[0-9]+$ ]] || die "BENCH_SEED must be a non-negative integer"
for s in $sizes; do
    [[ "$s" =~ ^[1-9][0-9]*$ ]] || die "BENCH_SIZES: '$s' is not a positive integer"
done
if [[ "$atscope" != */* ]]; then atscope=./$atscope; fi
[[ -x "$atscope" ]] || die "atscope binary '$atscope' not found or not executable (build it first)"
if [[ -n "$base" ]]; then
    if [[ "$base" != */* ]]; then base=./$base; fi
    [[ -x "$base" ]] || die "BENCH_BASE '$base' not found or not executable"
fi

mkdir -p "$dir"
tmp=$(mktemp -d "$dir/.run.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# ---- the generator, rebuilt when missing or older than its source ----
gen=$dir/gen_capture
if [[ ! -x "$gen" || "$here/gen_capture.c" -nt "$gen" ]]; then
    echo "building $gen" >&2
    "$cc" -std=c11 -O2 -Wall -Wextra -Werror -o "$tmp/gen_capture" "$here/gen_capture.c"
    mv -f "$tmp/gen_capture" "$gen"
fi
totio=$dir/to_tio
if [[ ! -x "$totio" || "$here/to_tio.c" -nt "$totio" ]]; then
    "$cc" -std=c11 -O2 -Wall -Wextra -Werror -o "$tmp/to_tio" "$here/to_tio.c"
    mv -f "$tmp/to_tio" "$totio"
fi
tombed=$dir/to_mbed
if [[ ! -x "$tombed" || "$here/to_mbed.c" -nt "$tombed" ]]; then
    "$cc" -std=c11 -O2 -Wall -Wextra -Werror -o "$tmp/to_mbed" "$here/to_mbed.c"
    mv -f "$tmp/to_mbed" "$tombed"
fi

now() { date +%s.%N; }

# ---- timing ----
# A ratio to grep only holds when both run the same way, on the same file, in the same
# minutes: each row times grep -c OK and atscope in turn, BENCH_PAIRS times, and reports
# the median of the per-pair ratios with their min and max. grep writes its count to a
# file (GNU grep stops at the first match when its output is /dev/null); atscope's report
# goes to /dev/null, which it cannot notice.
#
# once ROW_OUT MAXRC CMD... : one run under /usr/bin/time; sets O_SEC (wall, date +%s.%N
# around it: %e has 10 ms resolution) and O_KIB (peak RSS). MAXRC: highest exit code that
# counts as success.
once() {
    local out=$1 maxrc=$2; shift 2
    local t0 t1 rc=0
    t0=$(now)
    /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >"$out" 2>"$tmp/err" || rc=$?
    t1=$(now)
    if ((rc > maxrc)); then
        echo "run.sh: '$*' failed with exit code $rc; its stderr ends with:" >&2
        tail -n 20 "$tmp/err" >&2
        return 1
    fi
    # /usr/bin/time puts "Command exited with non-zero status N" first; the numbers are last
    read -r _ O_KIB < <(tail -n 1 "$tmp/time")
    O_SEC=$(awk -v a="$t0" -v b="$t1" 'BEGIN { s = b - a; if (s <= 0) s = 0.0001; printf "%.4f", s }')
}

# median / min / max of the numbers on stdin
stat3() { sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
                                          printf "%s %s %s\n", m, v[1], v[NR] }'; }

# row NAME TARGET FILE BASEARGS CMD... : BENCH_PAIRS pairs of (grep -c OK FILE, CMD), with
# BENCH_BASE set triples (grep, the base binary with BASEARGS, CMD); appends a line
# "name|target|bytes|median ratio|min|max|median s|median MB/s|max KiB|grep s|base ratio|
# speed against base (median)|min|max" to $tmp/rows (the last four "-" without a base).
# BASEARGS is one word: the subcommand and its options, space-separated.
row() {
    local name=$1 target=$2 file=$3 bargs=$4; shift 4
    local i g a b kib=0 bytes
    bytes=$(stat -c %s "$file")
    : >"$tmp/ratios"; : >"$tmp/secs"; : >"$tmp/gsecs"; : >"$tmp/bratios"; : >"$tmp/speedups"
    for ((i = 0; i < pairs; i++)); do
        once "$tmp/out" 1 grep -c OK "$file" || return 1   # grep exits 1 when nothing matches
        g=$O_SEC
        if [[ -n "$base" ]]; then
            # shellcheck disable=SC2086 # BASEARGS is split on purpose
            once /dev/null 1 "$base" $bargs "$file" || { echo "$name|$target|$bytes|FAILED" >>"$tmp/rows"; failed=1; return 0; }
            b=$O_SEC
            awk -v g="$g" -v b="$b" 'BEGIN { printf "%.4f\n", g / b }' >>"$tmp/bratios"
        fi
        once /dev/null 1 "$@" || { echo "$name|$target|$bytes|FAILED" >>"$tmp/rows"; failed=1; return 0; }
        a=$O_SEC
        ((O_KIB > kib)) && kib=$O_KIB
        awk -v g="$g" -v a="$a" 'BEGIN { printf "%.4f\n", g / a }' >>"$tmp/ratios"
        [[ -n "$base" ]] && awk -v b="$b" -v a="$a" 'BEGIN { printf "%.4f\n", b / a }' >>"$tmp/speedups"
        echo "$a" >>"$tmp/secs"; echo "$g" >>"$tmp/gsecs"
    done
    local bmed=- smed_b=- slo=- shi=-
    if [[ -n "$base" ]]; then
        read -r bmed _ _ < <(stat3 <"$tmp/bratios")
        read -r smed_b slo shi < <(stat3 <"$tmp/speedups")
    fi
    read -r rmed rmin rmax < <(stat3 <"$tmp/ratios")
    read -r smed _ _ < <(stat3 <"$tmp/secs")
    read -r gmed _ _ < <(stat3 <"$tmp/gsecs")
    awk -v n="$name" -v t="$target" -v b="$bytes" -v r="$rmed" -v lo="$rmin" -v hi="$rmax" \
        -v s="$smed" -v g="$gmed" -v k="$kib" -v bm="$bmed" -v sm="$smed_b" -v sl="$slo" -v sh="$shi" \
        'BEGIN { printf "%s|%s|%s|%.2f|%.2f|%.2f|%.3f|%.0f|%.0f|%.3f|%s|%s|%s|%s\n", n, t, b, r, lo, hi, s, b / 1e6 / s, k, g, bm, sm, sl, sh }' \
        >>"$tmp/rows"
}

has_check=0
if "$atscope" check --help >/dev/null 2>&1; then has_check=1; fi

echo "# atscope bench"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "- machine: $(nproc) CPUs, $(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)," \
     "$(awk '/^MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
echo "- atscope: $atscope$( ((has_check)) || echo ' (no check subcommand: skipped)')"
[[ -n "$base" ]] && echo "- base (before): $base; each row times grep, the base and atscope in turn;" \
    "speed against base = base seconds / atscope seconds, per triple (above 1: atscope is faster)"
[[ -n "${BENCH_PARSE_ARGS:-}${BENCH_CHECK_ARGS:-}" ]] && echo "- atscope's extra options: parse ${BENCH_PARSE_ARGS:-(none)}; check ${BENCH_CHECK_ARGS:-(none)}"
echo "- seed $seed; page cache warmed; LC_ALL=C; each row: grep -c OK and atscope in turn, $pairs pairs,"
echo "  the median of the per-pair throughput ratios (min-max), grep's count written to a file"
echo "- targets: check --format json >= ${target_check}x and parse >= ${target_parse}x grep -c on every"
echo "  kind of capture, peak RSS <= ${target_rss_mib} MiB, MB/s at the largest size >= ${linear_min} x the smallest"
echo "- captures: the generated one (plain, as a terminal logs it), the same bytes with"
echo "  [hh:mm:ss.mmm] before each line (tio --timestamp; the timing rules run), and the same"
echo "  traffic as Mbed OS ATHandler's trace (a host library's debug log, read through mbed-trace)"

failed=0
: >"$tmp/rows"
for size in $sizes; do
    file=$dir/capture-${size}MB-seed${seed}.txt
    if [[ ! -s "$file" ]]; then
        echo "generating $file" >&2
        "$gen" "$tmp/capture" "$size" "$seed"
        mv -f "$tmp/capture" "$file"
    fi
    tio=$dir/capture-${size}MB-seed${seed}.tio.txt
    [[ -s "$tio" && "$tio" -nt "$file" && "$tio" -nt "$totio" ]] || "$totio" "$file" "$tio"
    mbed=$dir/capture-${size}MB-seed${seed}.mbed.txt
    [[ -s "$mbed" && "$mbed" -nt "$file" && "$mbed" -nt "$tombed" ]] || "$tombed" "$file" "$mbed"
    cat "$file" "$tio" "$mbed" >/dev/null   # warm the page cache

    once "$tmp/out" 0 wc -l "$file"
    wc_sec=$O_SEC
    once "$tmp/out" 1 grep -c OK "$file"
    grep_sec=$O_SEC oks=$(cat "$tmp/out")
    lines=$(wc -l <"$file")
    echo
    echo "## ${size} MB capture: $(stat -c %s "$file") bytes, $lines lines, $oks lines with OK"
    awk -v w="$wc_sec" -v g="$grep_sec" -v b="$(stat -c %s "$file")" \
        'BEGIN { printf "\nwc -l: %.0f MB/s, grep -c OK: %.0f MB/s (one run each, for scale)\n", b / 1e6 / w, b / 1e6 / g }'
    : >"$tmp/rows"
    for kind in plain tio mbed; do
        case $kind in
            plain) f=$file label="" ;;
            tio) f=$tio label=", [hh:mm:ss.mmm] stamped" ;;
            mbed) f=$mbed label=", mbed-trace library trace" ;;
        esac
        echo "timing ${size} MB $kind" >&2
        row "atscope parse$label" "$target_parse" "$f" "parse" \
            "$atscope" parse "${parse_args[@]}" "$f" || failed=1
        if ((has_check)); then
            row "atscope check --format json$label" "$target_check" "$f" "check --format json" \
                "$atscope" check --format json "${check_args[@]}" "$f" || failed=1
        fi
    done
    echo
    if [[ -n "$base" ]]; then
        echo "| command | median ratio to grep -c (min-max) | seconds | MB/s | grep s | peak RSS MiB | target | base's ratio | speed against base (min-max) |"
        echo "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |"
    else
        echo "| command | median ratio to grep -c (min-max) | seconds | MB/s | grep s | peak RSS MiB | target |"
        echo "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
    fi
    while IFS='|' read -r n t b r lo hi s mbs k g bm sm sl sh; do
        if [[ "$r" == FAILED ]]; then
            echo "| $n | FAILED | - | - | - | - | ${t}x |$([[ -n "$base" ]] && echo ' - | - |')"
            continue
        fi
        verdict=met
        if ! awk -v r="$r" -v t="$t" -v k="$k" -v m="$target_rss_mib" 'BEGIN { exit !(r >= t && k / 1024 <= m) }'; then
            verdict=MISSED
            awk -v z="$size" -v n="$n" -v r="$r" -v t="$t" -v k="$k" \
                'BEGIN { printf "%s MB, %s: %.2fx of %sx (%.0f %% short), %.1f MiB\n", z, n, r, t, (1 - r / t) * 100, k / 1024 }' \
                >>"$tmp/missed"
        fi
        awk -v n="$n" -v r="$r" -v lo="$lo" -v hi="$hi" -v s="$s" -v mbs="$mbs" -v k="$k" -v g="$g" -v t="$t" -v v="$verdict" \
            -v bm="$bm" -v sm="$sm" -v sl="$sl" -v sh="$sh" \
            'BEGIN { printf "| %s | %.2f (%.2f-%.2f) | %.3f | %.0f | %.3f | %.1f | %sx %s |", n, r, lo, hi, s, mbs, g, k / 1024, t, v
                     if (bm != "-") printf " %.2f | %.2fx (%.2f-%.2f) |", bm, sm, sl, sh
                     printf "\n" }'
        echo "$n|$size|$mbs" >>"$tmp/linear"
    done <"$tmp/rows"
done

# cost linear in the size: each row's MB/s at the largest size against the smallest
read -r first last < <(echo $sizes | awk '{ print $1, $NF }')
if [[ "$first" != "$last" && -s "$tmp/linear" ]]; then
    echo
    echo "## cost against size (${first} MB to ${last} MB)"
    echo
    echo "| command | MB/s at ${first} MB | MB/s at ${last} MB | ratio |"
    echo "| --- | ---: | ---: | ---: |"
    awk -F'|' -v a="$first" -v z="$last" -v m="$linear_min" -v miss="$tmp/missed" '
        $2 == a { lo[$1] = $3; order[++n] = $1 }
        $2 == z { hi[$1] = $3 }
        END {
            for (i = 1; i <= n; i++) {
                k = order[i]; if (!(k in hi) || lo[k] == 0) continue
                r = hi[k] / lo[k]
                printf "| %s | %.0f | %.0f | %.2f%s |\n", k, lo[k], hi[k], r, r < m ? " NOT LINEAR" : ""
                if (r < m) printf "%s: MB/s at %s MB is %.2f of that at %s MB\n", k, z, r, a >> miss
            }
        }' "$tmp/linear"
fi

echo
if [[ -s "$tmp/missed" ]]; then
    echo "targets missed:"
    sed 's/^/- /' "$tmp/missed"
elif ((failed)); then
    echo "atscope failed (exit code 2 or more): see the messages above"
else
    echo "targets met by every atscope row that ran"
fi

((failed)) && exit 2
[[ -s "$tmp/missed" ]] && ((strict)) && exit 1
exit 0
