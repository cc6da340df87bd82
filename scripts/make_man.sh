#!/bin/sh
# Builds the man page atscope.1 from the program's own --help texts, so the
# two cannot disagree: the help of each command is the one source.
#   make_man.sh ATSCOPE_BIN OUT
set -eu
BIN=$1
OUT=$2
esc() { sed -e 's/\\/\\e/g' -e 's/^\./\\\&./' -e "s/^'/\\\\\\&'/"; }
{
    echo '.TH ATSCOPE 1 "" "atscope '"$("$BIN" --version | sed 's/^atscope //')"'" "User Commands"'
    echo '.SH NAME'
    printf '%s\n' 'atscope \- audit serial captures of AT-command traffic to cellular modems'
    echo '.SH SYNOPSIS'
    printf '%s\n' '.B atscope' '.I command' '[\fIoptions\fR] [\fIFILE\fR...|\fB-\fR]'
    echo '.SH DESCRIPTION'
    echo '.nf'
    "$BIN" --help | esc
    echo '.fi'
    for cmd in parse check stats rules formats; do
        echo ".SH ATSCOPE $(echo $cmd | tr a-z A-Z)"
        echo '.nf'
        "$BIN" $cmd --help | esc
        echo '.fi'
    done
    echo '.SH FILES'
    printf '%s\n' 'Profiles are JSON files (see \fIdocs/profiles.md\fR); the built-in profile is fibocom-l610.'
    echo '.SH SEE ALSO'
    echo 'docs/records.md (parse records), docs/report.md (check report), docs/formats.md (capture formats).'
} > "$OUT"
