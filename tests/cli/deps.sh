#!/bin/sh
# What each make target would install: building (make deps, build, demo,
# install) never pulls in the test tools; make test does. Read from what
# `make -n` would run, each scripts/deps.sh call asked for its list only.
. "$(dirname "$0")/../cli_common.sh"
would_install() {   # would_install TARGET: the packages, one a line
    make -n -C "$SRC" "$1" 2> /dev/null | grep 'scripts/deps\.sh' |
        sed 's|scripts/deps\.sh|scripts/deps.sh --list|' > "$TMP/calls"
    [ -s "$TMP/calls" ] || echo "FAIL: make $1 runs no scripts/deps.sh" >&2
    while read -r call; do sh -c "$call"; done < "$TMP/calls"
}
for t in deps build demo install; do
    would_install $t > "$TMP/$t"
    for p in gcc make cmake pkg-config libpcre2-dev libjansson-dev; do
        grep -qx "$p" "$TMP/$t" || { echo "FAIL: make $t would not install $p"; fail=1; }
    done
    for p in chromium nodejs libcmocka-dev python3 python3-jsonschema clang time ninja-build; do
        grep -qx "$p" "$TMP/$t" && { echo "FAIL: make $t would install the test tool $p"; fail=1; }
    done
done
would_install test > "$TMP/test"
for p in gcc cmake libcmocka-dev python3-jsonschema chromium nodejs clang ninja-build; do
    grep -qx "$p" "$TMP/test" || { echo "FAIL: make test would not install $p"; fail=1; }
done
# the README names both sets
for p in $(cat "$TMP/test"); do
    grep -q -- "$p" README.md || { echo "FAIL: README does not name the package $p"; fail=1; }
done
# the build packages are there (make test installed them): nothing to do,
# nothing said, no root asked for
out=$(PATH=/usr/bin:/bin scripts/deps.sh build 2>&1) && [ -z "$out" ] ||
    { echo "FAIL: scripts/deps.sh build with everything installed: $out"; fail=1; }
[ $fail = 0 ] && echo "ok: build packages apart from test packages"
exit $fail
