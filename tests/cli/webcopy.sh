#!/bin/sh
# Web log viewers' copies as wrapper layers (Kibana Discover, Grafana Explore,
# Datadog Logs, Papertrail): the same transactions as the bare trace, chunk
# invariance, newest-first copies read last line first, and the bound on that
# (tests/webcopy_check.py).
. "$2/tests/cli_common.sh"
python3 "$SRC/tests/webcopy_check.py" "$BIN" "$SRC" || fail=1
exit $fail
