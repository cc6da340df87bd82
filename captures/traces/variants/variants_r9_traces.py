"""Field shapes round 9, host-library and application traces
(docs/field-shapes.md rows 153-): the sessions and renderers of this
round's variant fixtures, kept apart from make_variants.py (which adds them
to its MODULES and VARIANTS) as rounds 7 and 8 are. Sessions are our own,
written by hand like ../sessions.py; each renderer follows the print
statement README.md cites. Python 3 standard library only; deterministic."""

import re

from session import Session
import make_traces as M


def cmd_text(ev):
    return ev["data"].decode("latin-1").rstrip("\r\n")


# ------------------------------------------------ sessions
MODULES = dict()


# ------------------------------------------------ transforms of parent fixtures
def pylog_asctime_level_name(lines):
    """python-gsmmodem's 'DEBUG: ' lines under the logging format
    '%(asctime)s %(levelname)s %(name)s: %(message)s' (asctime's default
    '%Y-%m-%d %H:%M:%S' and ',%03d' milliseconds, logging.Formatter)."""
    out = []
    for i, l in enumerate(lines):
        out.append(re.sub(rb"^(DEBUG|INFO): ",
                          lambda m: b"2026-11-30 10:02:%02d,%03d %s gsmmodem.modem.GsmModem: "
                          % (3 + i // 9, (114 + i * 47) % 1000, m.group(1)), l))
    return out


def variants(V, same, sub):
    """This round's rows for make_variants.VARIANTS."""
    return [
        V("pygsm-asctime-level-name.log", "python-gsmmodem.log", pylog_asctime_level_name, "python-gsmmodem",
          "format='%(asctime)s %(levelname)s %(name)s: %(message)s': the level before the logger's name, "
          "no dashes"),
        V("pygsm-level-padded.log", "python-gsmmodem.log",
          sub(rb"^(DEBUG|INFO): ", lambda m: b"%-8s %s " % (m.group(1), b"[gsmmodem.modem.GsmModem]")),
          "python-gsmmodem", "format='%(levelname)-8s [%(name)s] %(message)s': a padded level, the logger's "
          "name in brackets"),
    ]
