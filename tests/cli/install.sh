#!/bin/sh
# make install's files: the binary runs, the man page is the --help texts,
# and a program builds against the library with pkg-config from a
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
         share/man/man1/atscope.1 share/atscope/profiles/fibocom-l610.json; do
    [ -f "$TMP/p/$f" ] || { echo "FAIL: $f not installed"; fail=1; }
done
"$TMP/p/bin/atscope" --version > /dev/null || { echo "FAIL: installed binary"; fail=1; }
grep -q -- "--fail-on LEVEL" "$TMP/p/share/man/man1/atscope.1" || { echo "FAIL: man page lacks check's options"; fail=1; }
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
printf '#include <atscope.h>\nint main(void){return 0;}\n' > "$TMP/h.c"
cc -std=c11 -Wall -Wextra -pedantic -Werror -I"$TMP/p/include" -c -o "$TMP/h.o" "$TMP/h.c" ||
    { echo "FAIL: atscope.h does not compile alone"; fail=1; }
[ $fail = 0 ] && echo "ok: install, man page, pkg-config, header"
exit $fail
