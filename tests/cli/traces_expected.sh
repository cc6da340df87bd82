#!/bin/sh
# The answer key of the host-library trace fixtures (captures/traces/
# EXPECTED.json) still fits them: every command and URC on the line it names,
# responses and finals in the plain rendering, and the fixtures are exactly
# what make_traces.py writes, the negative samples what make_negative.py
# writes. atscope itself is not run here.
. "$(dirname "$0")/../cli_common.sh"
python3 captures/traces/check_expected.py captures/traces || fail=1
python3 captures/traces/make_traces.py --check || fail=1
python3 captures/traces/check_expected.py captures/traces/variants || fail=1
python3 captures/traces/variants/make_variants.py --check || fail=1
python3 captures/traces/make_negative.py --check || fail=1
[ "$(ls tests/negative | wc -l)" -eq 6 ] || { echo "FAIL: tests/negative/ should hold 6 samples"; fail=1; }
for d in captures/traces captures/traces/variants; do
    [ -d $d/__pycache__ ] && { echo "FAIL: __pycache__ left in $d"; fail=1; }
done
exit $fail
