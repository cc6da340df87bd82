# cli_common.sh - sourced by the tests/cli/*.sh scripts: their arguments (the
# atscope binary, the source tree), the source tree as working directory, a
# scratch directory that goes away on exit, and the failure flag.
set -u
BIN=$1
SRC=$2
cd "$SRC"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail=0
