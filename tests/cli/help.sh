#!/bin/sh
# Every help screen fits 80 columns, its options line up (the description at
# column 27, or on the next line under it), 'help X' is 'X --help'; the man
# page is made from them, with every section a man page has.
. "$(dirname "$0")/../cli_common.sh"
screens="--help|-h|help|parse --help|check --help|stats --help|rules --help|formats --help"
screens="$screens|help parse|help check|help stats|help rules|help formats|check -h|parse -h|redact --help|help redact|diff --help|help diff"
IFS='|'
for s in $screens; do
    IFS=' '
    # shellcheck disable=SC2086
    "$BIN" $s > "$TMP/h" 2> "$TMP/err" || { echo "FAIL: atscope $s exited $?"; fail=1; }
    LC_ALL=C awk -v s="$s" '
        length($0) > 79 { printf "FAIL: atscope %s: line %d has %d columns: %s\n", s, NR, length($0), $0; bad = 1 }
        /[^ -~]/ { printf "FAIL: atscope %s: line %d is not plain ASCII\n", s, NR; bad = 1 }
        /^(  -[A-Za-z], --|      --)/ {
            # an option: the description at column 27, or alone on its line
            body = $0; sub(/^ +/, "", body)
            if (body ~ /  / && (substr($0, 26, 1) != " " || substr($0, 27, 1) == " " ||
                                index($0, body) + index(body, "  ") - 2 > 25)) {
                printf "FAIL: atscope %s: option out of line: %s\n", s, $0; bad = 1
            }
            opt = 1; next
        }
        opt && /^ +[^ ]/ {
            if ($0 !~ /^                          [^ ]/) { printf "FAIL: atscope %s: continuation out of line: %s\n", s, $0; bad = 1 }
            next
        }
        { opt = 0 }
        END { exit bad }' "$TMP/h" || fail=1
    IFS='|'
done
IFS=' '
# every command --help lists (cli/commands.c) but help itself
cmds=$("$BIN" --help | awk '/^Commands:/ { on = 1; next } on && /^$/ { exit }
                            on && $1 != "help" { print $1 }' | tr '\n' ' ')
for c in check parse rules stats formats redact diff; do
    echo " $(echo $cmds) " | grep -q " $c " || { echo "FAIL: --help does not list $c"; fail=1; }
done
for c in $cmds; do
    "$BIN" help $c > "$TMP/a"; "$BIN" $c --help > "$TMP/b"
    cmp -s "$TMP/a" "$TMP/b" || { echo "FAIL: 'help $c' is not '$c --help'"; fail=1; }
    # every built-in profile of this build is named where -p is
    if grep -q -- "--profile" "$TMP/b"; then
        for p in $(ls rules/profiles | sed 's/\.json$//'); do
            grep -q "[ (,]$p[,): ]\|[ ,]$p\$" "$TMP/b" || { echo "FAIL: $c --help does not name the profile $p"; fail=1; }
        done
    fi
    for sec in "Usage: atscope $c" "Options:" "Examples:" "Exit status: "; do
        grep -q "^$sec" "$TMP/b" || { echo "FAIL: $c --help has no '$sec'"; fail=1; }
    done
done

# the man page: made at build time beside the binary
man=$(dirname "$BIN")/atscope.1
[ -f "$man" ] || { echo "FAIL: no $man"; exit 1; }
for sec in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "EXIT STATUS" FILES EXAMPLES "SEE ALSO"; do
    grep -q "^\.SH \"*$sec\"*\$" "$man" || { echo "FAIL: man page has no $sec section"; fail=1; }
done
# every option of every command is in its OPTIONS subsection
for c in $cmds; do
    sed -n "/^\.SS atscope $c\$/,/^\.S[SH]/p" "$man" | sed 's/\\-/-/g; s/\\f[BIR]//g' > "$TMP/sub"
    for o in $("$BIN" $c --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
        grep -q -- "^$o\|, $o" "$TMP/sub" || { echo "FAIL: man page: $c's $o missing"; fail=1; }
    done
done
# FILES names the installed profiles; SEE ALSO the installed documents
for p in $(ls rules/profiles | sed 's/\.json$//'); do
    grep -q "$p" "$man" || { echo "FAIL: man page FILES lacks the profile $p"; fail=1; }
done
grep -q 'share/atscope/formats/' "$man" || { echo "FAIL: man page FILES lacks the formats folder"; fail=1; }
grep -q 'share/doc/atscope/report.md' "$man" || { echo "FAIL: man page SEE ALSO lacks report.md"; fail=1; }
# no roff warnings, and it renders
if command -v groff > /dev/null; then
    groff -man -Tutf8 -ww -z "$man" 2> "$TMP/w"
    [ ! -s "$TMP/w" ] || { echo "FAIL: groff warnings:"; cat "$TMP/w"; fail=1; }
    groff -man -Tutf8 -P-cbou "$man" 2> /dev/null | grep -q 'atscope check -r -p quectel-bg96' ||
        { echo "FAIL: man page EXAMPLES do not render"; fail=1; }
fi
[ $fail = 0 ] && echo "ok: help screens within 80 columns, aligned; man page sections"
exit $fail
