#!/bin/sh
# Every capture in captures/ has a golden `atscope parse` output, and gives
# byte-identical output whether read whole, one byte at a time, or in random
# chunk sizes (tests/golden_check.py). UPDATE_GOLDEN=1 rewrites the golden
# files (review the diff!).
. "$(dirname "$0")/../cli_common.sh"
python3 tests/golden_check.py "$BIN" "$SRC"
