#!/bin/sh
# Installs the Debian packages atscope needs that are missing, for one
# purpose: what building needs (make deps, make build, make demo, make
# install) or, in addition, what the test suite needs (make test). Quiet
# when everything is there; works as root or through sudo.
#
#   scripts/deps.sh [build|test]       install what is missing (default build)
#   scripts/deps.sh --list build|test  print the packages, one a line
#
# ATS_DEPS_EXTRA adds packages (make fuzz: clang's libFuzzer).
set -eu
# Building: a C compiler, CMake and the two libraries the library links.
BUILD_PKGS="gcc make cmake pkg-config libpcre2-dev libjansson-dev"
# Testing: cmocka (unit tests), Python and jsonschema (report schema checks),
# GNU time (peak memory), Chromium and Node.js (the HTML report in a real
# browser), Clang (the build matrix builds with it too), Ninja (make test's
# builds and the build matrix's: less CPU than Make's per-object steps).
TEST_PKGS="libcmocka-dev python3 python3-jsonschema time chromium nodejs clang ninja-build"

list=0
if [ "${1:-}" = --list ]; then
    list=1
    shift
fi
case ${1:-build} in
build) PKGS="$BUILD_PKGS" ;;
test) PKGS="$BUILD_PKGS $TEST_PKGS" ;;
*) echo "usage: scripts/deps.sh [--list] [build|test]" >&2; exit 2 ;;
esac
PKGS="$PKGS ${ATS_DEPS_EXTRA:-}"
if [ $list = 1 ]; then
    printf '%s\n' $PKGS
    exit 0
fi
if ! command -v dpkg-query > /dev/null 2>&1; then
    echo "atscope: not a Debian system: make sure these are installed: $(echo $PKGS)" >&2
    exit 0
fi
missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0
echo "atscope: installing missing packages:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "atscope: need root or sudo to install:$missing" >&2
    # a package may be there without dpkg knowing (built from source):
    # the build says what is really missing
    [ "${1:-build}" = build ] && exit 0
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
