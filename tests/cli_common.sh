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
# python3 found once: where it is a version manager's shim (pyenv: a bash
# script that runs pyenv, which runs the interpreter), each start cost 0.12 s
# of CPU instead of 0.05, and the scripts start it hundreds of times. The
# same interpreter, by its own path.
ATS_PYTHON=$(python3 -c 'import sys; print(sys.executable)' 2> /dev/null)
if [ -n "$ATS_PYTHON" ] && [ -x "$ATS_PYTHON" ]; then
    python3() { "$ATS_PYTHON" "$@"; }
fi
