#!/bin/sh
# How people paste a log (CR LF, CR CR LF, a BOM, blanks after the lines, a quote, an
# indented or fenced block, their own words first, double-spaced), applied to
# every trace fixture: each must read as the fixture does (tests/paste_shapes.py).
. "$(dirname "$0")/../cli_common.sh"
python3 tests/paste_shapes.py "$BIN" "$SRC" || fail=1
exit $fail
