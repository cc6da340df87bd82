#!/bin/sh
# The two-thread pipeline under ThreadSanitizer: builds atscope with
# -fsanitize=thread beside the tested binary (BUILD/tsan, kept, so a rerun
# only recompiles what changed) and runs tests/cli/threads.sh with it on a
# smaller generated capture. A data race makes TSan print a report and exit
# non-zero, which threads.sh sees as --threads 2 differing from --threads 1.
#
#   tests/cli/threads_tsan.sh ATSCOPE_BIN SOURCE_DIR
. "$(dirname "$0")/../cli_common.sh"
dir=$(cd "$(dirname "$BIN")" && pwd)/tsan
if ! { cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DATS_SANITIZE=thread -DATS_WERROR=ON \
           -DBUILD_TESTING=OFF -DATS_PGO= &&
       cmake --build "$dir" -j "${JOBS:-2}" --target atscope_cli; } > "$TMP/build.log" 2>&1; then
    echo "FAIL: cannot build atscope with -fsanitize=thread:"
    grep -E 'error|warning' "$TMP/build.log" | head -n 20
    exit 1
fi
TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1"
export TSAN_OPTIONS
sh tests/cli/threads.sh "$dir/atscope" "$SRC" 3 json
