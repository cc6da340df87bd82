#!/usr/bin/env python3
"""Host-library trace fixtures (captures/traces): each is read as the format
and layers named below; its transactions are the answer key's (EXPECTED.json:
command at its line, final result, responses); and they are the ones the
plain rendering (captures/traces/plain/) gives: same commands, finals,
responses and URCs, in order. Usage: traces_check.py ATSCOPE SRC"""
import json, subprocess, sys, os
from atscope_runs import parse_many, candidates_many

# fixture -> what detection must say (the input record's layers, or format)
FORMATS = {
    "mbed-trace.log": "mbed-trace",
    "mbed-trace-color.log": "ansi > mbed-trace",
    "zephyr-modem-chat.log": "zephyr-modem-chat",
    "zephyr-cmd-handler.log": "zephyr-cmd-handler",
    "esp-modem.log": "ansi > esp-modem",
    "esp-modem-hexdump.log": "ansi > esp-modem",
    "tinygsm-streamdebugger.log": "tinygsm",
    "ubxlib.log": "ubxlib",
    "ubxlib-stamped.log": "ubxlib",
    "gammu.log": "gammu",
    "gammu-smsd-syslog.log": "syslog > gammu",
    "python-gsmmodem.log": "python-gsmmodem",
    "pppd-chat-syslog.log": "syslog > pppd-chat",
    "pppd-chat-journal.log": "journal > pppd-chat",
    "pppd-chat-openwrt.log": "openwrt-logread > pppd-chat",
    "serialport-gsm.log": "serialport-gsm",
    "chan-dongle.log": "chan-dongle",
    "generic-arrows.log": "generic-arrows",
    "generic-txrx.log": "generic-txrx",
    "generic-sendrecv.log": "generic-sendrecv",
    "router-reversed-arrows.log": "openwrt-logread > generic-arrows",
    "generic-gtlt.log": "generic-gtlt",
    "layered-quote-arduino-mbed.log": "markdown-quote > arduino-monitor > mbed-trace",
    "layered-esphome-espmodem.log": "esphome > esp-modem",
    "layered-journal-chat.log": "syslog-iso > pppd-chat",
    "layered-fence-indent-ansi.log": "code-fence > indent > ansi > emphasis > raw",
    "layered-csv-logger.log": "csv-serial-logger",
    "esp-modem-legacy.log": "ansi > esp-modem-legacy",
    "pyserial-print.log": "python-bytes",
    "pyserial-readline.log": "python-bytes",
    "zephyr-modem-cmux.log": "zephyr-modem-cmux",
    "esp-modem-cmux.log": "ansi > esp-modem-cmux",
}
# definitions that must score on their own fixtures only
EXCLUSIVE = ("zephyr-modem-cmux", "esp-modem-cmux", "particle-ncp", "nrf-modem-defmt", "ewf", "rtthread-at",
             "sim800l-driver", "fona", "esp-modem-console", "luat-ril", "stamped-lines", "atat",
             "wvdial", "mmcli", "wiolte", "ovms-cellular", "ndm-tty", "go-modem-trace", "itead-sim800", "wifiespat", "qtopia-atchat",
             "ofono-gatchat", "kannel-at2", "smstools3", "txgsm", "mdmparser", "esphome-sim800l", "nrf-at-shell",
             "mikrotik-at-chat", "pycom-lte", "smslib", "eg25-manager", "espruino-at", "nrf-at-cmd",
             "sparkfun-ublox", "shell-redirect", "freertos-cellular", "libgsm-pppos", "quecpython-atcmd", "jpnevulator",
             "hologram-simcom", "sms-tool", "csv-serial-logger", "shell-at-tool", "mgos-pppos",
             "zephyr-hl7800", "ll-hook-bytes", "app-verb-lines", "node-buffer",
             "miniterm-debug", "openwrt-gcom", "gnokii", "structured-log-data", "atcmdparser", "asterisk-user-cmd",
             "legato-at", "slsnif", "usbmon-text", "espatcontrol", "tcpflow", "nuttx-chat")
# not exclusive: hex-rows, a terminal's bare hex display, is a generic shape (as
# the arrows are): it scores on jpnevulator's rows too, which win by their headers
BUILTIN = ("fibocom-l610", "quectel-bg96", "simcom-sim7600", "simcom-sim800", "telit", "nordic-slm",
           "airm2m-air780", "ublox-sara", "quectel-m95", "fibocom-l8", "3gpp", "espressif-at")

def records(raw):
    return [json.loads(l) for l in raw.decode().splitlines() if l.strip()]

def shape(recs):
    """What a modem engineer compares: commands with their finals and
    responses, and URCs, in order (lines and times differ by nature)."""
    out = []
    for r in recs:
        if r["kind"] == "transaction":
            # a response of blanks is no response: TinyGSM's stale bytes after
            # a payload ("hello " where the wire had "hello") leave one
            out.append(("T", r["command"], r.get("final"),
                        tuple(x["text"] for x in r.get("responses", []) if x["text"].strip())))
        elif r["kind"] == "urc":
            out.append(("U", r["text"]))
    return out

def check_fixtures(binary, d, exp, formats, tag=""):
    """Every fixture of one answer key: format, transactions, host-log,
    the plain rendering's exchange, chunk invariance."""
    fail = 0
    prof_of = {name: e.get("profile") if e.get("profile") in BUILTIN else "fibocom-l610"
               for name, e in exp.items()}
    # each run reads every fixture of one profile: whole, the plain
    # renderings, a byte at a time, random chunks
    runs = {}
    for prof in sorted(set(prof_of.values())):
        names = sorted(n for n in exp if prof_of[n] == prof)
        paths = [os.path.join(d, n) for n in names]
        plains = sorted({os.path.join(d, exp[n]["plain"]) for n in names if exp[n]["plain"]})
        runs[prof] = {"whole": parse_many(binary, paths, prof),
                      "plain": parse_many(binary, plains, prof) if plains else {}}
        # chunk invariance: a byte at a time (a cut everywhere) and random
        # chunks of several lines (carries across lines) give the same output
        for extra in (("--read-size", "1"), ("--read-size", "300", "--read-seed", "5")):
            runs[prof][extra] = parse_many(binary, paths, prof, extra)
    for name, e in sorted(exp.items()):
        path = os.path.join(d, name)
        prof = prof_of[name]
        name = tag + name
        whole = runs[prof]["whole"][path]
        recs = records(whole)
        inp = recs[0]
        got_fmt = inp.get("layers", inp["format"])
        want = formats[os.path.basename(path)]
        if got_fmt != want:
            print(f"FAIL: {name}: read as {got_fmt!r}, expected {want!r}")
            fail = 1
        # the answer key: every labelled transaction, at its line, with its final
        txns = [r for r in recs if r["kind"] == "transaction"]
        # in order: a trace printed on one line (ubxlib with control
        # characters shown) holds several commands on that line
        used = set()
        for x in e["transactions"]:
            k = next((i for i, t in enumerate(txns) if i not in used and t["line"] == x["line"]
                      and t["command"] == x["command"]), None)
            if k is None:
                k = next((i for i, t in enumerate(txns) if i not in used and
                          t["line"] == x["line"]), None)
            t = txns[k] if k is not None else None
            if k is not None:
                used.add(k)
            if not t or t["command"] != x["command"] or t.get("final") != x["final"]:
                print(f"FAIL: {name}:{x['line']}: expected {x['command']} -> {x['final']}, got "
                      f"{(t['command'], t.get('final')) if t else None}")
                fail = 1
            elif e.get("profile") == prof and \
                    [r["text"] for r in t.get("responses", []) if r["text"].strip()] != x.get("responses", []):
                # responses depend on the module's profile (u-blox's '@' prompt):
                # checked against the key where its profile is built in
                print(f"FAIL: {name}:{x['line']}: responses {[r['text'] for r in t.get('responses', [])]} "
                      f"!= {x.get('responses')}")
                fail = 1
        if len(txns) != len(e["transactions"]):
            print(f"FAIL: {name}: {len(txns)} transactions, the key has {len(e['transactions'])}")
            fail = 1
        hl = sum(1 for r in recs if r["kind"] == "host-log")
        if "host_log_lines" in e and hl < e["host_log_lines"]:
            print(f"FAIL: {name}: {hl} host-log records, the key has {e['host_log_lines']} library lines")
            fail = 1
        # the same exchange as the plain rendering of the wire (a paste cut
        # short has none: its key is the judge)
        plain = records(runs[prof]["plain"][os.path.join(d, e["plain"])]) if e["plain"] else recs
        if shape(recs) != shape(plain):
            a, b = shape(recs), shape(plain)
            k = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
            print(f"FAIL: {name}: differs from {e['plain']} at item {k}: "
                  f"{a[k] if k < len(a) else None} vs {b[k] if k < len(b) else None}")
            fail = 1
        for extra in (("--read-size", "1"), ("--read-size", "300", "--read-seed", "5")):
            if runs[prof][extra][path] != whole:
                print(f"FAIL: {name}: output differs when read with {' '.join(extra)}")
                fail = 1
    return fail

def main():
    binary, src = sys.argv[1], sys.argv[2]
    d = os.path.join(src, "captures", "traces")
    exp = json.load(open(os.path.join(d, "EXPECTED.json")))
    assert set(exp) == set(FORMATS), f"fixtures and table differ: {set(exp) ^ set(FORMATS)}"
    fail = check_fixtures(binary, d, exp, FORMATS)
    # the variants (captures/traces/variants): the same libraries in other
    # versions, configurations and pastes; their key names the layers
    vd = os.path.join(d, "variants")
    vexp = json.load(open(os.path.join(vd, "EXPECTED.json")))
    fail |= check_fixtures(binary, vd, vexp, {n: e["format"] for n, e in vexp.items()}, "variants/")
    # the definitions of one library's own print (CMUX, and the field shapes
    # of docs/field-shapes.md) claim their fixtures alone, and nothing else:
    # on every other fixture, capture and negative sample they do not score
    own_of = {os.path.join(d, n): e_fmt.split(" > ")[-1] for n, e_fmt in FORMATS.items()}
    own_of.update({os.path.join(vd, n): e["format"].split(" > ")[-1] for n, e in vexp.items()})
    # a serial tool's fixtures in captures/formats are its own too (MANIFEST)
    fd = os.path.join(src, "captures", "formats")
    for l in open(os.path.join(fd, "MANIFEST")):
        f = l.split()
        if f and not f[0].startswith("#"):
            own_of[os.path.join(fd, f[0])] = f[1]
    others = [os.path.join(d, n) for n in sorted(exp)]
    others += [os.path.join(vd, n) for n in sorted(vexp)]
    others += [os.path.join(d, "plain", n) for n in sorted(os.listdir(os.path.join(d, "plain")))]
    for sub in ("captures", os.path.join("captures", "formats"), os.path.join("tests", "negative")):
        top = os.path.join(src, sub)
        others += [os.path.join(top, n) for n in sorted(os.listdir(top))
                   if os.path.isfile(os.path.join(top, n))]
    scores = candidates_many(binary, others)
    for path in others:
        c = scores[path]
        own = own_of.get(path)
        bad = sorted(k for k, v in c.items() if v > 0 and k in EXCLUSIVE and k != own)
        if bad:
            print(f"FAIL: {os.path.relpath(path, src)}: also scored by {', '.join(bad)}")
            fail = 1
        if own in EXCLUSIVE and c.get(own, 0) <= 0:
            print(f"FAIL: {os.path.relpath(path, src)}: not scored by its own {own}")
            fail = 1
    # the negative samples are no trace
    neg = os.path.join(src, "tests", "negative")
    traces = {l.split()[0] for l in subprocess.run([binary, "formats"], capture_output=True,
              text=True).stdout.splitlines()[1:]
              if not l.startswith(" ") and len(l.split()) > 1 and l.split()[1] == "trace"}
    negs = parse_many(binary, [os.path.join(neg, n) for n in sorted(os.listdir(neg))], "fibocom-l610")
    for name in sorted(os.listdir(neg)):
        inp = records(negs[os.path.join(neg, name)])[0]
        if inp["format"] in traces:
            print(f"FAIL: negative/{name} read as the trace {inp['format']}")
            fail = 1
    print(f"{len(exp)} trace fixtures, {len(vexp)} variants, {len(os.listdir(neg))} negative samples")
    return fail

if __name__ == "__main__":
    sys.exit(main())
