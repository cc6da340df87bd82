#!/bin/sh
# The threaded pipeline under ThreadSanitizer: builds atscope with
# -fsanitize=thread beside the tested binary (BUILD/tsan, kept, so a rerun
# only recompiles what changed) and runs tests/cli/threads.sh with it on a
# smaller generated capture. A data race makes TSan print a report and exit
# non-zero, which threads.sh sees as --threads 3 differing from --threads 1.
#
#   tests/cli/threads_tsan.sh ATSCOPE_BIN SOURCE_DIR
. "$(dirname "$0")/../cli_common.sh"
dir=$(cd "$(dirname "$BIN")" && pwd)/tsan
# a new directory with Ninja where it is installed (as make test's own build)
gen=
[ -f "$dir/CMakeCache.txt" ] || ! command -v ninja > /dev/null || gen="-G Ninja"
# shellcheck disable=SC2086
if ! { cmake -S . -B "$dir" $gen -DCMAKE_BUILD_TYPE=Debug -DATS_SANITIZE=thread -DATS_WERROR=ON \
           -DBUILD_TESTING=OFF -DATS_PGO= -DATS_SANITIZE_G=-g1 &&
       cmake --build "$dir" -j "${JOBS:-2}" --target atscope_cli; } > "$TMP/build.log" 2>&1; then
    echo "FAIL: cannot build atscope with -fsanitize=thread:"
    grep -E 'error|warning' "$TMP/build.log" | head -n 20
    exit 1
fi
TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1"
export TSAN_OPTIONS
# --jobs: captures checked at once pick their profiles among the shared
# candidates, which are completed when first picked (cli_profiles_pick) and
# get their rule set then (cmd_check.c rset_for). Six captures of every
# profile, as the tested binary identifies them (plus the base's): the races
# are between modules picked at once, and all 450 captures under TSan took
# minutes more for nothing the sample lacks.
files=$(find captures -type f ! -name '*.py' ! -name '*.md' ! -name '*.json' \
        ! -name MANIFEST ! -name BROKEN | LC_ALL=C sort)
mkdir -p "$TMP/sample"
# shellcheck disable=SC2086
HOME=$TMP "$BIN" parse -f jsonl $files 2> /dev/null | python3 -c '
import json, sys, shutil
seen, fmt = {}, {}
for l in sys.stdin:
    r = json.loads(l)
    if r.get("kind") == "input" and r.get("profile"):
        n = seen.setdefault(r["profile"], 0)
        if n < 6:
            shutil.copy(r["path"], sys.argv[1] + "/" + r["path"].replace("/", "_"))
            seen[r["profile"]] = n + 1
        # and two of every format (its reader, its layers) for threads.sh
        k = (r["format"], r.get("layers", ""))
        m = fmt.setdefault(k, 0)
        if m < 2:
            print(r["path"])
            fmt[k] = m + 1
' "$TMP/sample" > "$TMP/fmt-sample"
[ "$(ls "$TMP/sample" | wc -l)" -ge 40 ] || { echo "FAIL: too few captures sampled"; exit 1; }
[ "$(wc -l < "$TMP/fmt-sample")" -ge 80 ] || { echo "FAIL: too few formats sampled"; exit 1; }
# three threads: the record queue and the chunk queue both cross threads;
# the captures two of each format and layering (all 460 under TSan took
# minutes more for what a reader's own code does on one thread)
THREADS_FILES=$(cat "$TMP/fmt-sample") sh tests/cli/threads.sh "$dir/atscope" "$SRC" 3 json 3 || exit 1
HOME=$TMP "$dir/atscope" check -j 1 -f json -r "$TMP/sample" > "$TMP/j1" 2> "$TMP/j1.err"
echo "exit $?" >> "$TMP/j1.err"
HOME=$TMP "$dir/atscope" check -j 4 -f json -r "$TMP/sample" > "$TMP/j4" 2> "$TMP/j4.err"
echo "exit $?" >> "$TMP/j4.err"
# the report says how it was run and when
for j in j1 j4; do
    grep -v '"command_line": \|"time": ' "$TMP/$j" > "$TMP/$j.cmp"
done
if ! cmp -s "$TMP/j1.cmp" "$TMP/j4.cmp" || ! cmp -s "$TMP/j1.err" "$TMP/j4.err"; then
    echo "FAIL: check -j 4 differs from -j 1 under TSan:"
    diff "$TMP/j1.cmp" "$TMP/j4.cmp" | head -n 10
    diff "$TMP/j1.err" "$TMP/j4.err" | head -n 20
    exit 1
fi
echo "ok: check -j 4 = -j 1 under TSan"
