# cli_common.sh - sourced by the tests/cli/*.sh scripts: their arguments (the
# atscope binary, the source tree), the source tree as working directory, a
# scratch directory that goes away on exit, and the failure flag.
set -u
# reports state the time of the run: a fixed one, so outputs compare byte for byte
export SOURCE_DATE_EPOCH=1764892800
BIN=$1
SRC=$2
cd "$SRC"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail=0
# no_cmdline FILE: the report without its statement of the command line that
# made it (to compare two runs whose arguments differ), in every format
no_cmdline() {
    sed -e '/"command_line": /d' -e '/"commandLine": /d' -e '/<property name="command_line"/d' \
        -e 's/^\(atscope [0-9.]*, [0-9TZ:-]*\): atscope .*/\1/' \
        -e 's#<code id="command-line">[^<]*</code>##' "$1"
}
