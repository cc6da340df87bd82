"""Control bytes shown by name or in caret notation (held-out batch 30's W1
and W2), each rendering of a raw capture in plain/ and its answer key merged
into EXPECTED.json. Python 3 standard library only; deterministic.

W2: picocom's capture shown with cat -v (coreutils src/cat.c cat(): a byte
below 32 but LF and tab as '^' and the byte + 64, 127 as "^?", from 128 on
"M-" and the same; -A adds '$' before each LF and shows the tab as ^I), with
--echo (picocom.c: the local echo of the typed line, its CR mapped to CR LF
by the default --emap crcrlf, before the module's echo) and without, an SMS
ended by Ctrl-Z (^Z), Huawei's AT^ commands and ^MODE: report (a caret that
starts a name is text); and the same pasted in a forum post's fence.

W1: YAT monitor lines as the held-out writer remembered them: a stamped
time, the port and the arrow bare ("(09:00:00.000) COM7 << AT+QIACT?<CR>"),
the sent line's CR shown, the received lines' line ends not (a side that
shows none ends a line at each line: yat.json's suffix_eolless)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

BG95 = [
    ("ATE1", [], "OK"),
    ("AT+CPIN?", ["+CPIN: READY"], "OK"),
    ("AT+CEREG?", ["+CEREG: 0,1"], "OK"),
    ("AT+QIACT?", ['+QIACT: 1,1,1,"10.12.0.5"'], "OK"),
    ('AT+QIOPEN=1,0,"TCP","203.0.113.7",5000,0,1', [], "OK", "+QIOPEN: 0,0"),
    ("AT+QISTATE=1,0", ['+QISTATE: 0,"TCP","203.0.113.7",5000,40001,2,1,0,1,"usbmodem"'], "OK"),
    ("AT+QICLOSE=0", [], "OK"),
    ("AT+CFUN=0", [], "OK"),
]
SMS = [
    ("AT", [], "OK"),
    ("AT+CMGF=1", [], "OK"),
    ('AT+CMGS="+15551234567"', ["+CMGS: 12"], "OK"),
    ("AT+CSQ", ["+CSQ: 20,99"], "OK"),
    ("AT^SYSCFGEX?", ['^SYSCFGEX: "00",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF,,'], "OK", "^MODE:5,4"),
    ("AT^MONI", [], "ERROR"),
]


def wire(rows, local_echo):
    """The terminal's bytes (picocom's capture) and the key: each command
    at the line of its first copy."""
    b, key, urcs = b"", [], []
    for row in rows:
        cmd, resp, final = row[0], row[1], row[2]
        key.append({"line": b.count(b"\n") + 1, "command": cmd, "final": final,
                    "responses": list(resp)})
        c = cmd.encode()
        if local_echo:
            b += c + b"\r\n"
        b += c + b"\r"
        if cmd.startswith("AT+CMGS"):
            b += b"\r\n> hello world\x1a"
        for r in resp:
            b += b"\r\n" + r.encode() + b"\r\n"
        b += b"\r\n" + final.encode() + b"\r\n"
        if len(row) > 3:
            b += b"\r\n"
            if not row[3].startswith("+QIOPEN"):     # the open's completion, no URC
                urcs.append({"line": b.count(b"\n") + 1, "text": row[3]})
            b += row[3].encode() + b"\r\n"
    return b, key, urcs


def cat_v(b, show_all=False):
    out = []
    for x in b:
        if x == 10:
            out.append("$\n" if show_all else "\n")
        elif x == 9 and not show_all:
            out.append("\t")
        elif x < 32:
            out.append("^" + chr(x + 64))
        elif x == 127:
            out.append("^?")
        elif x >= 128:
            y = x - 128
            out.append("M-" + ("^" + chr(y + 64) if y < 32 else "^?" if y == 127 else chr(y)))
        else:
            out.append(chr(x))
    return "".join(out).encode()


def yat_writer(rows):
    """(time) COM7 << sent with <CR>, (time) COM7 >> each received line,
    no line end shown, no echo."""
    out, key, t = [], [], 9 * 3600 * 1000
    def hms(ms):
        return "%02d:%02d:%02d.%03d" % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, ms % 1000)
    for row in rows:
        cmd, resp, final = row[0], row[1], row[2]
        key.append({"line": len(out) + 1, "command": cmd, "final": final, "responses": list(resp)})
        out.append("(%s) COM7 << %s<CR>" % (hms(t), cmd))
        t += 120
        for r in list(resp) + [final] + list(row[3:]):
            out.append("(%s) COM7 >> %s" % (hms(t), r))
            t += 1
        t += 1000
    return ("\r\n".join(out) + "\r\n").encode(), key


def main():
    exp_path = os.path.join(HERE, "EXPECTED.json")
    exp = json.load(open(exp_path))
    for name in ("picocom-echo-catv.log", "picocom-echo-catA.log", "picocom-sms-catv.log",
                 "forum-catv.md", "yat-writer-bg95.log"):
        assert name not in exp, "already in EXPECTED.json: run once"
    echo, echo_key, echo_urcs = wire(BG95, True)
    sms, sms_key, sms_urcs = wire(SMS, False)
    open(os.path.join(HERE, "plain", "picocom-echo-bg95.log"), "wb").write(echo)
    open(os.path.join(HERE, "plain", "picocom-sms.log"), "wb").write(sms)
    lossy_v = "cat -v of the capture: each CR as ^M, Ctrl-Z as ^Z, read back to the bytes (layer caret-notation)"
    files = {
        "picocom-echo-catv.log": (cat_v(echo), "plain/picocom-echo-bg95.log", echo_key, echo_urcs,
                                  "caret-notation > raw", "Quectel BG95", lossy_v + "; picocom --echo: the local echo before the module's"),
        "picocom-echo-catA.log": (cat_v(echo, True), "plain/picocom-echo-bg95.log", echo_key, echo_urcs,
                                  "caret-notation > raw", "Quectel BG95", "cat -A: ^M and a $ before each line end"),
        "picocom-sms-catv.log": (cat_v(sms), "plain/picocom-sms.log", sms_key, sms_urcs,
                                 "caret-notation > raw", "Huawei ME909s", lossy_v + "; an SMS's Ctrl-Z ^Z, Huawei's ^ names kept"),
    }
    prose = (b"Hi, my SMS goes out but the band query fails. picocom, then `cat -v` of the log:\n\n```\n")
    tail = b"```\n\nAny idea? Thanks.\n"
    shift = prose.count(b"\n")
    files["forum-catv.md"] = (prose + cat_v(sms) + tail, "plain/picocom-sms.log",
                              [dict(k, line=k["line"] + shift) for k in sms_key],
                              [dict(u, line=u["line"] + shift) for u in sms_urcs],
                              "code-fence > caret-notation > raw", "Huawei ME909s",
                              "a forum post: prose, a fence, cat -v of the capture")
    yw, ywkey = yat_writer(BG95)
    files["yat-writer-bg95.log"] = (yw, "plain/picocom-echo-bg95.log", ywkey, [], "yat", "Quectel BG95",
        "YAT as remembered: the sent line's <CR> shown, the received lines' line ends and the echo not")
    for name, (data, plain, key, urcs, fmt, module, lossy) in files.items():
        open(os.path.join(HERE, name), "wb").write(data)
        exp[name] = {"format": fmt, "module": module, "profile": None, "plain": plain,
                     "lines": data.count(b"\n"), "lossy": lossy, "transactions": key,
                     "urcs": urcs, "host_log_lines": 0, "host_log": [], "app_lines": []}
    # the entries appended in the file's own layout (one item a line), the
    # others left as they are
    text = open(exp_path).read().rstrip()
    assert text.endswith("}")
    text = text[:-1].rstrip()
    for name in files:
        text += ",\n" + entry(name, exp[name])
    open(exp_path, "w").write(text + "\n}\n")


def entry(name, e):
    d = lambda v: json.dumps(v, ensure_ascii=False)
    out = [" %s: {" % d(name)]
    for k in ("format", "module", "profile", "plain", "lines", "lossy"):
        out.append("  %s: %s," % (d(k), d(e[k])))
    for k in ("transactions", "urcs"):
        out.append("  %s: [" % d(k))
        out.append(",\n".join("   " + d(x) for x in e[k]))
        out.append("  ],")
    out.append('  "host_log_lines": %d,' % e["host_log_lines"])
    out.append('  "host_log": %s,' % d(e["host_log"]))
    out.append('  "app_lines": []')
    out.append(" }")
    return "\n".join(out)


if __name__ == "__main__":
    main()
