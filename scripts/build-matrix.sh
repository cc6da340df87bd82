#!/bin/sh
# The builds users and packagers make, each with -Werror, each run once:
# a new compiler version or optimisation level that finds a warning fails
# here, in CI, not in a user's `make build`.
#
#   scripts/build-matrix.sh [all | VARIANT...]   (default: four of them, below)
#
# Variants: gcc-release and clang-release (tests included: their code is compiled
# optimised too; a user's Release configure builds them, and Clang warns where GCC
# does not: -Wstring-concatenation, -Wformat-nonliteral in a test's helper),
# gcc-pgo (what `make build` makes), gcc-debug, gcc-relwithdebinfo, gcc-minsizerel,
# gcc-dpkg (Debian's dpkg-buildflags), gcc-O3, clang-release,
# clang-relwithdebinfo, clang-minsizerel, clang-O3. Each builds into its own
# temporary directory, removed at the end. JOBS sets the parallel jobs.
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
cd "$src"
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/atscope-matrix.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# Ninja where it is installed (scripts/deps.sh test installs it), pgo.sh's
# builds too: Make's own steps around each object (a cmake -E for each message
# and dependency scan) were a third of a Debug build's CPU
if [ -z "${CMAKE_GENERATOR:-}" ] && command -v ninja > /dev/null; then
    CMAKE_GENERATOR=Ninja
    export CMAKE_GENERATOR
fi
all="gcc-release gcc-pgo gcc-debug gcc-relwithdebinfo gcc-minsizerel gcc-dpkg gcc-O3
     clang-release clang-relwithdebinfo clang-minsizerel clang-O3"
# what make test runs: GCC's -O3 with LTO and PGO (what `make build` makes,
# so GCC's Release warnings and scripts/pgo.sh itself), -O0 (Debug: make
# test's own build is Debug at -O1, the sanitizers' advice), -O2 -g with
# Debian's hardening (RelWithDebInfo's flags and more: _FORTIFY_SOURCE's
# checks and the warnings GCC's -O2 inliner finds), and Clang at -O3 with
# LTO: GCC and Clang, optimised and not. gcc-release (its -O3 without PGO,
# and the tests' code at -O3: a whole build more, a third of this script's
# time), clang-relwithdebinfo (Clang's -O2 -g, between its -O3 and make
# test's clang-free build: no warning of its own in this project's history)
# and the others add little and run with 'all'. gcc-minsizerel (-Os) left
# the default list on 2026-12-07 (make test was near its 10-minute mark on
# two cores; the variant was 25 s of CPU there): -Os inlines less than -O2
# and -O3, and the warnings that depend on the optimiser (uninitialised
# uses, string and array bounds after inlining) show at GCC's -O2 with
# fortify (gcc-dpkg) and its -O3 with LTO across files (gcc-pgo): the one
# warning -Os gave in this project's history (5024dcdc, a reason that might
# be truncated) the -O2 and PGO builds gave too. `scripts/build-matrix.sh
# all` (or `... gcc-minsizerel`) still builds it.
default="gcc-pgo gcc-debug gcc-dpkg clang-release"
[ $# -gt 0 ] || set -- $default
[ "$*" = all ] && set -- $all

# targets BUILD_DIR: what to build, as --target arguments; nothing (all) unless
# $compile_only is set: then every object file (each source compiled with the
# variant's flags and -Werror, where the compiler's warnings are) and only the
# program and its man page linked. Clang's LTO objects hold no machine code, so
# linking each of the 27 test and replay programs of a clang-release build ran
# ThinLTO's code generation over the library again for each: 130 of its 187 s
# of CPU (2026-12-08), for programs this script never runs (make test builds
# and runs them, with GCC). Needs Ninja (its per-object targets); with another
# generator everything is built.
targets() {
    [ -n "$compile_only" ] && [ -f "$1/build.ninja" ] || return 0
    printf -- '--target atscope_cli man '
    ninja -C "$1" -t targets all | sed -n 's/^\([^:]*\.o\): .*/\1/p' | tr '\n' ' '
}

# build VARIANT CC [cmake args...]: configure, build, run; 1 on failure
build() {
    v=$1 cc=$2
    shift 2
    b=$tmp/$v
    start=$(date +%s)
    if ! command -v "$cc" > /dev/null; then
        echo "FAIL $v: $cc not installed (make test installs it; scripts/deps.sh test)"
        return 1
    fi
    if ! CC=$cc CFLAGS=$cflags LDFLAGS=$ldflags cmake -S . -B "$b" -DATS_WERROR=ON "$@" \
            > "$tmp/$v.log" 2>&1 ||
       ! cmake --build "$b" -j "$jobs" $(targets "$b") >> "$tmp/$v.log" 2>&1; then
        echo "FAIL $v:"
        grep -E -e 'warning|error' "$tmp/$v.log" | head -n 20
        return 1
    fi
    # the program it made works: a known capture gives its known verdict
    "$b/atscope" check -f json captures/l610-clean-session.log > "$tmp/$v.json" 2>&1
    rc=$?
    if [ $rc != 0 ] || ! grep -q '"verdict"' "$tmp/$v.json"; then
        echo "FAIL $v: the built atscope exited $rc on captures/l610-clean-session.log"
        head -n 5 "$tmp/$v.json"
        return 1
    fi
    echo "ok   $v ($(($(date +%s) - start)) s)"
    rm -rf "$b"
}

# users' and packagers' builds: no -Werror unless asked for (configure only)
users_build() {
    CC=gcc cmake -S . -B "$tmp/users" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
        > "$tmp/users.log" 2>&1 || { echo "FAIL users-build: cmake"; return 1; }
    if grep -q -- '-Werror' "$tmp/users/compile_commands.json"; then
        echo "FAIL users-build: a plain Release configure compiles with -Werror"
        return 1
    fi
    echo "ok   users-build (no -Werror)"
    rm -rf "$tmp/users"
}

fail=0
users_build || fail=1
for v in "$@"; do
    cflags= ldflags= compile_only=
    case $v in
    gcc-release) build "$v" gcc -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON ;;
    gcc-pgo)
        # scripts/pgo.sh trains an instrumented build; the optimised build
        # then uses the profile, as `make build` does (trained on a 1 MB
        # capture, not 8: the same code runs, and warnings do not need the
        # profile's weights to be a release's)
        if data=$(CC=gcc PGO_MB=1 scripts/pgo.sh "$tmp/pgo" 2> "$tmp/pgo.log"); then
            build "$v" gcc -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DATS_LTO=ON -DATS_PGO=use \
                -DATS_PGO_DATA="$data"
        else
            echo "FAIL $v: scripts/pgo.sh"; tail -n 20 "$tmp/pgo.log"; false
        fi ;;
    gcc-debug) build "$v" gcc -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=OFF ;;
    gcc-relwithdebinfo) build "$v" gcc -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF ;;
    gcc-minsizerel) build "$v" gcc -DCMAKE_BUILD_TYPE=MinSizeRel -DBUILD_TESTING=OFF ;;
    gcc-dpkg)
        # what debhelper passes: no build type, the flags in the environment
        cflags="$(dpkg-buildflags --get CFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
        ldflags=$(dpkg-buildflags --get LDFLAGS)
        build "$v" gcc -DCMAKE_BUILD_TYPE=None -DBUILD_TESTING=OFF ;;
    gcc-O3) cflags=-O3; build "$v" gcc -DBUILD_TESTING=OFF ;;
    clang-release)
        # the tests' and replays' code compiled (Clang's own warnings on it), the
        # program linked with LTO and run; their programs not linked (targets above)
        compile_only=1
        build "$v" clang -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON -DATS_LTO=ON ;;
    clang-relwithdebinfo) build "$v" clang -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF ;;
    clang-minsizerel) build "$v" clang -DCMAKE_BUILD_TYPE=MinSizeRel -DBUILD_TESTING=OFF ;;
    clang-O3) cflags=-O3; build "$v" clang -DBUILD_TESTING=OFF ;;
    *) echo "unknown variant '$v' (known: $(echo $all))"; false ;;
    esac || fail=1
done
[ $fail = 0 ] && echo "ok: build matrix"
exit $fail
