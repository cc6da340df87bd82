#!/usr/bin/env python3
"""The "lookup" tables of formats/mmcli.json's error rules, from ModemManager's
own source (linux-mobile-broadband/ModemManager include/ModemManager-errors.h:
the MMMobileEquipmentError and MMMessageError enums, each value's nick the last
part of its D-Bus error name, `MobileEquipment.<nick>` / `Message.<nick>`, by
build-aux/templates/mm-errors-quarks.c.template). src/mm-serial-parsers.c reads
`+CME ERROR: <n>` as mm_mobile_equipment_error_for_code(n) and `+CMS ERROR: <n>`
as mm_message_error_for_code(n) (src/mm-error-helpers.c), whose error code is n
itself when the table knows n: so each name stands for the one code it is.
`Unknown` is left out: it is also what a bare ERROR, an unknown code and the
string forms nobody knows become (no one code). Prints the two tables as JSON.

usage: make_mm_error_tables.py ModemManager-errors.h"""
import json
import re
import sys


def table(src, enum):
    body = src[:src.index('} %s;' % enum)]
    body = body[body.rindex('typedef enum'):]
    codes = {}
    for nick, value in ((n, int(v)) for v, n in
                        re.findall(r'MM_\w+\s*=\s*(\d+),?\s*/\*<\s*nick=(\w+)\s*>\*/', body)):
        codes.setdefault(nick, set()).add(value)
    shared = {}
    for nick, vs in codes.items():
        for v in vs:
            shared.setdefault(v, set()).add(nick)
    return {n: str(min(vs)) for n, vs in codes.items()
            if n != 'Unknown' and len(vs) == 1 and len(shared[min(vs)]) == 1}


src = open(sys.argv[1]).read()
print(json.dumps({'cme': table(src, 'MMMobileEquipmentError'),
                  'cms': table(src, 'MMMessageError')}, indent=1))
