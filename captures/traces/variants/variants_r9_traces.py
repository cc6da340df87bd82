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
def hl7800_zephyr():
    """A Sierra Wireless HL7800 under Zephyr's hl7800 driver after boot
    (the driver has turned the echo off): lines no handler takes (+CPIN,
    +CSQ) dumped whole, a +CME ERROR, a command the modem never answers."""
    s = Session("hl7800-zephyr", "Sierra Wireless HL7800 (Zephyr hl7800 driver)", echo=False, profile="3gpp",
                start=5.120)
    s.cmd("AT+CEREG=0", dt=0.040, gap=0.060)
    s.cmd("AT+KSLEEP=2", dt=0.035, gap=0.060)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.045, gap=0.060)
    s.cmd("AT+CSQ", ["+CSQ: 21,99"], dt=0.040, gap=0.060)
    s.cmd('AT+KCNXCFG=1,"GPRS","iot.example",,,"IPV4"', dt=0.060, gap=0.060)
    s.cmd("AT+CGACT=1,1", final="+CME ERROR: 30", dt=0.900, gap=0.060)
    s.silence('AT+COPS=1,2,"26201"', gap=6.010)
    s.cmd("AT+WPPP=0", final="ERROR", dt=0.030, gap=0.060)
    s.cmd("AT+CFUN=1", dt=0.250, gap=0.060)
    return s


MODULES = dict(hl7800_zephyr=hl7800_zephyr)


# ------------------------------------------------ renderers
# hl7800_rx()'s handler table: the matches a line may start with (the
# handlers of lines whose text the log does not show are left out: the
# fixture has none of them, the shape of those is in tests/cli/traces.sh)
HL7800_FINALS = ("OK", "ERROR", "NO CARRIER", "CONNECT")


def render_hl7800(s):
    """zephyr drivers/modem/hl7800.c at CONFIG_MODEM_LOG_LEVEL_DBG with
    log_output.c's default prefix ("[hh:mm:ss.mmm,uuu] <dbg> module:
    function: ", the function for debug lines only): send_at_cmd() logs
    "OUT: [%s]" before writing the command and CR; hl7800_rx() logs
    "HANDLE %s (len:%u)" with the handler's match ("+CME ERROR: " keeps its
    blank) for each line a handler takes, and LOG_HEXDUMP_DBG(...,
    "UNHANDLED RX") of a line none takes (its CR LF not in it);
    on_cmd_sock_error_code() logs "Error code: %s" at <err>; a command
    that timed out is logged by its caller as "%s result:%d" (-116,
    ETIMEDOUT)."""
    o = M.Out()
    indent = len(M.zts(0.0) + "<dbg> modem_hl7800: ")

    def w(t, lvl, func, msg, **kw):
        o.write(M.zts(t) + "<%s> modem_hl7800: " % lvl + (func + ": " if func else "") + msg + "\n", t=t, **kw)

    w(s.t0 - 0.300, "inf", None, "Modem booted!", host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            w(t, "dbg", "send_at_cmd", "OUT: [%s]" % cmd_text(ev), marks=[(("t", ev["txn"]), 0)])
            if s.txns[ev["txn"]]["final"] is None:
                w(t + 6.000, "err", None, "%s result:-116" % cmd_text(ev), host=True)
        elif ev["kind"] == "rx":
            for k, x in enumerate(M.lines_of(ev["data"])):
                tt = t + k * 0.000200
                if x in HL7800_FINALS:
                    w(tt, "dbg", "hl7800_rx", "HANDLE %s (len:0)" % x)
                elif x.startswith(("+CME ERROR: ", "+CMS ERROR: ")):
                    head, code = x[:12], x[12:]
                    w(tt, "dbg", "hl7800_rx", "HANDLE %s (len:%d)" % (head, len(code)))
                    w(tt + 0.000050, "err", None, "Error code: %s" % code)
                else:
                    w(tt, "dbg", "hl7800_rx", "UNHANDLED RX")
                    for r in M.zhex_rows(x.encode("latin-1"), indent):
                        o.write(r + "\n", t=tt)
    return o


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
        V("hl7800-zephyr.log", "hl7800-zephyr.log", same, "zephyr-hl7800",
          "Zephyr's hl7800 driver at debug level: OUT: [cmd], HANDLE OK / ERROR / +CME ERROR:  (len:N) and "
          "the Error code: line, UNHANDLED RX hexdumps of lines no handler takes, a timeout's result:-116",
          render=("hl7800_zephyr", render_hl7800)),
        V("pygsm-asctime-level-name.log", "python-gsmmodem.log", pylog_asctime_level_name, "python-gsmmodem",
          "format='%(asctime)s %(levelname)s %(name)s: %(message)s': the level before the logger's name, "
          "no dashes"),
        V("pygsm-level-padded.log", "python-gsmmodem.log",
          sub(rb"^(DEBUG|INFO): ", lambda m: b"%-8s %s " % (m.group(1), b"[gsmmodem.modem.GsmModem]")),
          "python-gsmmodem", "format='%(levelname)-8s [%(name)s] %(message)s': a padded level, the logger's "
          "name in brackets"),
    ]
