#!/bin/sh
# Builds the man page atscope.1 from the program's own --help texts, so the
# two cannot disagree: each command's help is the one source, read by its
# layout (cli/*.c keep to it; tests/cli/help.sh checks it):
#   Usage: atscope CMD ...          -> SYNOPSIS
#   paragraphs                      -> the command under COMMANDS
#   Options: / Options for every command:
#     option lines, the description at column 27, continued under it
#                                   -> OPTIONS, one subsection per command
#   Examples: "  # what" then "  command" lines (deeper: continued)
#                                   -> EXAMPLES
#   Exit status: ...                -> EXIT STATUS
# FILES and SEE ALSO name the installed files (the directories are given).
#   make_man.sh ATSCOPE_BIN OUT DATADIR DOCDIR
set -eu
BIN=$1
OUT=$2
DATADIR=${3:-/usr/local/share}
DOCDIR=${4:-/usr/local/share/doc/atscope}
# the commands with a help of their own, as --help lists them (cli/commands.c)
CMDS=$("$BIN" --help | awk '/^Commands:/ { on = 1; next } on && /^$/ { exit }
                             on && $1 != "help" { print $1 }' | tr '\n' ' ')

# section PART: the part of a help text on stdin, as roff
section() {
    awk -v part="$1" -v sep="${2:-.PP}" '
    function esc(s) {
        gsub(/\\/, "\\e", s)
        if (s ~ /^[.\047]/) s = "\\&" s
        return s
    }
    # an option tag: -p, --profile ID|FILE -> bold options, italic values
    function tag(s,    n, w, i, out, t, c) {
        n = split(s, w, " ")
        out = ""
        for (i = 1; i <= n; i++) {
            c = ""
            if (w[i] ~ /,$/) { c = ","; w[i] = substr(w[i], 1, length(w[i]) - 1) }
            if (w[i] ~ /^-/) { t = w[i]; gsub(/-/, "\\-", t); t = "\\fB" t "\\fR" }
            else t = "\\fI" esc(w[i]) "\\fR"
            out = out (i > 1 ? " " : "") t c
        }
        return out
    }
    function close_ex() { if (inex) { print ".fi"; print ".RE"; inex = 0 } }
    function flush_para() {
        if (para != "") {
            if (part == "desc" && sect == "") { if (np++) print sep; print esc(para) }
            if (part == "exit" && sect == "exit") print esc(para)
            para = ""
        }
    }
    NR == 1 && /^Usage: / {
        if (part == "usage") { u = substr($0, 8); print esc(u) }
        next
    }
    /^$/ { flush_para(); close_ex(); if (sect == "exit") sect = "after"; next }
    /^Exit status: / {
        flush_para(); sect = "exit"; para = substr($0, 14); next
    }
    /^[A-Z][A-Za-z ]*:$/ {
        flush_para()
        sect = ($0 ~ /^Options/) ? "opt" : ($0 ~ /^Examples/) ? "ex" : ($0 ~ /^Commands/) ? "cmds" : "other"
        next
    }
    sect == "opt" {
        if (substr($0, 1, 26) ~ /^ +$/) {         # a description continued
            sub(/^ +/, ""); if (part == "opt") print esc($0); next
        }
        o = substr($0, 1, 25); d = substr($0, 27)
        if (substr($0, 26, 1) != " " && length($0) > 25) { o = $0; d = "" }   # its own line
        sub(/^ +/, "", o); sub(/ +$/, "", o)
        if (part == "opt") { print ".TP"; print tag(o); if (d != "") print esc(d) }
        next
    }
    sect == "cmds" {
        if (part == "cmds") {
            name = $1; d = $0; sub(/^ *[a-z]+ +/, "", d)
            print ".TP"; print "\\fB" name "\\fR"; print esc(d)
        }
        next
    }
    sect == "ex" {
        if (part != "ex") next
        if ($0 ~ /^  # /) {
            close_ex(); d = substr($0, 5)
            print ".PP"; print esc(toupper(substr(d, 1, 1)) substr(d, 2)) ":"
            next
        }
        c = $0; sub(/^  /, "", c)
        if (!inex) { print ".PP"; print ".RS"; print ".nf"; inex = 1 }
        print "\\fB" esc(c) "\\fR"        # consecutive lines: one block
        next
    }
    sect == "exit" { para = para " " $0; next }
    { if (sect == "" ) para = (para == "" ? $0 : para " " $0) }
    END { flush_para(); close_ex() }
    '
}

help_of() { if [ "$1" = main ]; then "$BIN" --help; else "$BIN" "$1" --help; fi; }

{
    echo '.TH ATSCOPE 1 "" "atscope '"$("$BIN" --version | sed 's/^atscope //')"'" "User Commands"'
    echo '.SH NAME'
    printf '%s\n' 'atscope \- audit serial captures of AT-command traffic to cellular modems'
    echo '.SH SYNOPSIS'
    echo '.nf'
    for c in $CMDS; do
        printf '\\fBatscope %s\\fR%s\n' "$c" "$(help_of $c | section usage | sed "s/^atscope $c//")"
    done
    printf '\\fBatscope help\\fR [\\fICOMMAND\\fR]\n\\fBatscope \\-\\-version\\fR\n'
    echo '.fi'
    echo '.SH DESCRIPTION'
    help_of main | section desc
    echo '.SH COMMANDS'
    for c in $CMDS; do
        echo '.TP'
        printf '%s\n' "\\fBatscope $c\\fR"
        help_of $c | section desc .IP
    done
    echo '.SH OPTIONS'
    echo 'Every command takes:'
    help_of main | section opt
    for c in $CMDS; do
        echo ".SS atscope $c"
        help_of $c | section opt
    done
    echo '.SH EXIT STATUS'
    help_of main | section exit
    for c in $CMDS; do
        echo '.TP'
        printf '%s\n' "\\fBatscope $c\\fR"
        help_of $c | section exit
    done
    echo '.SH FILES'
    echo '.TP'
    printf '%s\n' "\\fI$DATADIR/atscope/profiles/\\fR"
    printf 'The module profiles built into atscope, as JSON: %s. Copy one as the start\n' \
        "$(ls "$(dirname "$0")/../rules/profiles/" | sed 's/\.json$//' | sed ':a;N;$!ba;s/\n/, /g')"
    printf '%s\n' 'of a profile of your own and give its path to \fB\-\-profile\fR.'
    echo '.TP'
    printf '%s\n' "\\fI$DATADIR/atscope/formats/\\fR"
    echo 'The capture format definitions built into atscope (trace formats of host'
    echo 'libraries and the wrappers pasted logs come in), as JSON.'
    echo '.TP'
    printf '%s\n' '\fI$XDG_CONFIG_HOME/atscope/formats/\fR (else \fI~/.config/atscope/formats/\fR)'
    printf '%s\n' 'Format definitions of your own, read by every command; \fB\-\-format\-def\fR adds more.'
    echo '.TP'
    printf '%s\n' "\\fI$DOCDIR/\\fR"
    printf '%s\n' 'The documentation below, and \fIexample.c\fR, a program using the library.'
    echo '.SH EXAMPLES'
    for c in main $CMDS; do help_of $c | section ex; done
    echo '.SH SEE ALSO'
    echo '.nf'
    printf '%s\n' "\\fI$DOCDIR/README.md\\fR (overview, recording captures),"
    printf '%s\n' "\\fI$DOCDIR/records.md\\fR (parse records),"
    printf '%s\n' "\\fI$DOCDIR/report.md\\fR and \\fIreport.schema.json\\fR (the check report and config),"
    printf '%s\n' "\\fI$DOCDIR/formats.md\\fR (capture formats),"
    printf '%s\n' "\\fI$DOCDIR/profiles.md\\fR (module profiles);"
    echo '.fi'
    echo '.BR jq (1),'
    echo '.BR tio (1),'
    echo '.BR socat (1),'
    echo '.BR strace (1).'
} > "$OUT"
