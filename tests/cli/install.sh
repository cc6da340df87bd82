#!/bin/sh
# make install's files: the binary runs, the man page is the --help texts
# and names only installed files, the documents are installed, a program
# and docs/example.c build against the library with pkg-config from a
# non-default prefix; the public header compiles alone, pedantically.
set -u
BIN=$1
SRC=$2
BUILD=$(dirname "$BIN")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail=0
cmake --install "$BUILD" --prefix "$TMP/p" > /dev/null || { echo "FAIL: cmake --install"; exit 1; }
for f in bin/atscope include/atscope.h lib/libatscope.a lib/pkgconfig/atscope.pc \
         share/man/man1/atscope.1 share/atscope/profiles/fibocom-l610.json \
         share/doc/atscope/README.md share/doc/atscope/records.md share/doc/atscope/report.md \
         share/doc/atscope/report.schema.json share/doc/atscope/formats.md \
         share/doc/atscope/profiles.md share/doc/atscope/example.c; do
    [ -f "$TMP/p/$f" ] || { echo "FAIL: $f not installed"; fail=1; }
done
# every file and folder the man page names is installed (the build's
# prefix there, this test's prefix here)
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:[A-Z]*=//p' "$BUILD/CMakeCache.txt")
sed 's/\\f[BIR]//g; s/\\-/-/g' "$TMP/p/share/man/man1/atscope.1" | grep -oE "$prefix/[^ ,;)]+" | sort -u |
while read -r path; do
    [ -e "$TMP/p${path#"$prefix"}" ] || echo "FAIL: the man page names $path, not installed"
done > "$TMP/missing"
[ -s "$TMP/missing" ] && { cat "$TMP/missing"; fail=1; }
"$TMP/p/bin/atscope" --version > /dev/null || { echo "FAIL: installed binary"; fail=1; }
# the installed library exports nothing outside its namespace: every global
# symbol it defines starts with ats_ (sanitizer bookkeeping aside)
nm -g --defined-only "$TMP/p/lib/libatscope.a" 2>/dev/null | awk '$2 ~ /^[A-Z]$/ && $2 != "U" { print $3 }' |
    grep -v -e '^ats_' -e '^__odr_asan' -e '^__asan' -e '^__ubsan' | sort -u > "$TMP/foreign"
[ -s "$TMP/foreign" ] && { echo "FAIL: libatscope.a exports symbols without the ats_ prefix:"; head "$TMP/foreign"; fail=1; }
nm -g --defined-only "$TMP/p/lib/libatscope.a" | grep -q ' T ats_parser_new$' ||
    { echo "FAIL: nm finds no ats_parser_new in libatscope.a: the symbol check saw nothing"; fail=1; }
sed 's/\\f[BIR]//g; s/\\-/-/g' "$TMP/p/share/man/man1/atscope.1" | grep -q -- "--fail-on LEVEL" ||
    { echo "FAIL: man page lacks check's options"; fail=1; }
cat > "$TMP/use.c" <<'CEOF'
#include <stdio.h>
#include <atscope.h>
static int on(void *u, const ats_record *r) { (void)u; return r->kind == ATS_REC_TXN ? 0 : 0; }
int main(void)
{
    ats_profile *p;
    ats_error e;
    if (ats_profile_load_builtin(&p, NULL, &e) != 0) return 1;
    ats_parser *ps;
    if (ats_parser_new(&ps, p, NULL, on, NULL, &e) != 0) return 1;
    const char in[] = "AT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\n";
    ats_parser_feed(ps, in, sizeof in - 1, &e);
    ats_parser_finish(ps, &e);
    int ok = ats_parser_stats(ps)->transactions == 1;
    ats_parser_free(ps);
    ats_profile_free(p);
    puts(ok ? "ok" : "bad");
    return !ok;
}
CEOF
export PKG_CONFIG_PATH="$TMP/p/lib/pkgconfig"
# a sanitizer build installs an instrumented library: link the program alike
SAN=$(sed -n 's/^ATS_SANITIZE:[A-Z]*=//p' "$BUILD/CMakeCache.txt" 2>/dev/null)
SANFLAGS=${SAN:+-fsanitize=$SAN}
cc -std=c11 -Wall -Wextra -pedantic -Werror $SANFLAGS $(pkg-config --cflags atscope) -o "$TMP/use" "$TMP/use.c" \
    $(pkg-config --libs atscope) || { echo "FAIL: build against the installed library"; fail=1; }
[ "$("$TMP/use" 2>/dev/null)" = ok ] || { echo "FAIL: program using the library"; fail=1; }
# the library example installed with the documents builds with pkg-config
# alone, and its verdicts are the program's
cc -std=c11 -Wall -Wextra -pedantic -Werror $SANFLAGS $(pkg-config --cflags atscope) \
    -o "$TMP/example" "$TMP/p/share/doc/atscope/example.c" $(pkg-config --libs atscope) ||
    { echo "FAIL: docs/example.c does not build against the installed library"; fail=1; }
for cap in captures/l610-async-overlap.log captures/formats/sscom-late.log; do
    "$TMP/example" "$SRC/$cap" > "$TMP/ex.out" 2>&1
    rc=$?
    "$BIN" check -f text "$SRC/$cap" > "$TMP/check.out" 2>&1
    crc=$?
    [ $rc = $crc ] || { echo "FAIL: example exits $rc on $cap, atscope check $crc"; fail=1; }
    awk 'NF >= 3 && $2 ~ /^(pass|fail|not-evaluable|disabled)$/ { print $1, $2, $3 }' "$TMP/ex.out" > "$TMP/a"
    awk '/^RULE /{t=1; next} /^$/{t=0} t && NF >= 4 { print $1, $3, $4 }' "$TMP/check.out" > "$TMP/b"
    [ -s "$TMP/a" ] && cmp -s "$TMP/a" "$TMP/b" || { echo "FAIL: example's rules differ from check's on $cap"; diff "$TMP/a" "$TMP/b" | head; fail=1; }
    grep -q '^L23  AT+MIPOPEN=1,,"183.47.42.41",9000,0  ->  OK' "$TMP/ex.out" ||
        [ $cap != captures/l610-async-overlap.log ] || { echo "FAIL: example's transactions"; fail=1; }
done
printf '#include <atscope.h>\nint main(void){return 0;}\n' > "$TMP/h.c"
cc -std=c11 -Wall -Wextra -pedantic -Werror -I"$TMP/p/include" -c -o "$TMP/h.o" "$TMP/h.c" ||
    { echo "FAIL: atscope.h does not compile alone"; fail=1; }
[ $fail = 0 ] && echo "ok: install, man page, pkg-config, header"
exit $fail
