#!/usr/bin/env python3
"""Redaction property test (issue 15 item 1).

Seeds captures with random identifiers and secrets in every place a module
reports them (IMEIs and ICCIDs with valid Luhn digits, IMSIs, phone numbers,
PINs and PUKs, APN user names and passwords, SMS text and PDUs), in three
capture shapes (plain terminal bytes, a timestamped terminal log, a host
library's "->"/"<-" trace) and under each module profile, then asserts:

  - none of them appears in any output: parse (JSON Lines, text), check
    (JSON, text, SARIF, JUnit, HTML), stats (JSON, text), nor in the copy
    `atscope redact` writes;
  - the transactions and findings are otherwise unchanged: every record of
    `parse` and the check report (rule results, violations with their lines,
    summary, verdict) equal the --no-redact ones once the seeded values on one
    side and the pseudonyms on the other are replaced by the same mark;
  - the copy reads back (--no-redact) as the original reads masked, but for
    byte offsets; read one byte at a time it gives the same records;
  - the same value is the same pseudonym in every capture of a run, and the
    check report is the same whatever --jobs is.

usage: redact_prop.py ATSCOPE SOURCE_DIR [ROUNDS]
"""
import json
import os
import random
import re
import subprocess
import sys
import tempfile

BIN, SRC = sys.argv[1], sys.argv[2]
ROUNDS = int(sys.argv[3]) if len(sys.argv) > 3 else 3
os.chdir(SRC)
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL: " + msg, file=sys.stderr)


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


class Secrets:
    """Random values, none a piece of another or of the session's own text."""

    def __init__(self, rng):
        self.rng = rng
        self.values = {}

    def digits(self, n):
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def word(self, n):
        return "".join(self.rng.choice("abcdefghijkmnopqrstuvwxyzQWXZ") for _ in range(n))

    def make(self, kind):
        r = self.rng
        if kind == "imei":
            b = "35" + self.digits(12)
            v = b + luhn_digit(b)
        elif kind == "imeisv":
            v = "35" + self.digits(14)
        elif kind == "imsi":
            v = r.choice(["460", "262", "310", "234"]) + self.digits(12)
        elif kind == "iccid":
            b = "8986" + self.digits(15)
            v = b + luhn_digit(b)
        elif kind == "phone":
            v = "+" + r.choice(["44", "49", "86", "1"]) + "7" + self.digits(r.randint(8, 10))
        elif kind in ("pin", "puk"):
            v = "9" + self.digits(5 if kind == "pin" else 7)
        elif kind == "user":
            v = "u" + self.word(7)
        elif kind == "password":
            v = "p" + self.word(9) + self.digits(2)
        elif kind == "sms":
            v = " ".join(self.word(r.randint(3, 7)) for _ in range(r.randint(2, 5)))
        elif kind == "pdu":
            v = "0011000B91" + "".join(r.choice("0123456789ABCDEF") for _ in range(r.randint(30, 60)))
        else:
            raise ValueError(kind)
        return v

    def get(self, name, kind):
        while name not in self.values:
            v = self.make(kind)
            if any(v in o or o in v for o in self.values.values()):
                continue
            self.values[name] = v
        return self.values[name]


def session(s, profile):
    """(direction, text) lines: every place a module reports them."""
    imei, imei2 = s.get("imei", "imei"), s.get("imei2", "imei")
    imeisv, imsi, iccid = s.get("imeisv", "imeisv"), s.get("imsi", "imsi"), s.get("iccid", "iccid")
    me, peer, peer2 = s.get("me", "phone"), s.get("peer", "phone"), s.get("peer2", "phone")
    pin, puk, pin2 = s.get("pin", "pin"), s.get("puk", "puk"), s.get("pin2", "pin")
    user, pw = s.get("user", "user"), s.get("password", "password")
    text, text2, text3 = s.get("sms", "sms"), s.get("sms2", "sms"), s.get("sms3", "sms")
    pdu = s.get("pdu", "pdu")
    L = []

    def cmd(c, *resp, final="OK"):
        L.append(("tx", c))
        for r in resp:
            L.append(("rx", r))
        if final:
            L.append(("rx", final))

    cmd("AT")
    cmd("ATI", "Manufacturer: SIMCOM INCORPORATED", "Model: SIMCOM_SIM7600E-H",
        "Revision: LE20B04SIM7600M22", "IMEI: " + imei)
    cmd("AT+CGSN", imei)
    cmd("AT+CGSN=1", "+CGSN: " + imei)
    cmd("AT+CGSN=2", '+CGSN: "%s"' % imeisv)
    cmd("AT+GSN", imei2)
    cmd("AT+CPIN?", "+CPIN: SIM PIN")
    cmd('AT+CPIN="%s"' % pin)
    cmd('AT+CPIN="%s","%s"' % (puk, pin))
    cmd('AT+CPWD="SC","%s","%s"' % (pin, pin2))
    # refused and never retried: a finding whose evidence holds a masked
    # value on every profile (a vendor command the module takes is none)
    cmd('AT+CLCK="SC",1,"%s"' % pin2, final="+CME ERROR: 16")
    cmd("AT+CIMI", imsi)
    cmd("AT+CCID", "+CCID: " + iccid)
    cmd("AT+CNUM", '+CNUM: "Own","%s",145' % me)
    cmd('AT+CGAUTH=1,1,"%s","%s"' % (user, pw))
    cmd("AT+CGAUTH?", '+CGAUTH: 1,1,"%s"' % user)
    # module families: their own credential and ICCID commands
    if profile == "fibocom-l610":
        cmd('AT+MIPCALL=1,"cmnet","%s","%s"' % (user, pw))
        L.append(("rx", "+MIPCALL: 10.166.80.147"))
    elif profile == "quectel-bg96":
        cmd('AT+QICSGP=1,1,"internet","%s","%s",1' % (user, pw))
        cmd("AT+QICSGP=1", '+QICSGP: 1,"internet","%s","%s",1' % (user, pw))
        cmd("AT+QCCID", "+QCCID: " + iccid)
    elif profile == "simcom-sim800":
        cmd('AT+CSTT="cmnet","%s","%s"' % (user, pw))
        cmd('AT+SAPBR=3,1,"USER","%s"' % user)
        cmd('AT+SAPBR=3,1,"PWD","%s"' % pw)
    elif profile == "simcom-sim7600":
        cmd('AT+CSOCKAUTH=1,1,"%s","%s"' % (pw, user))
        cmd("AT+CICCID", "+ICCID: " + iccid)
    elif profile == "ublox-sara":
        cmd('AT+UPSD=0,2,"%s"' % user)
        cmd('AT+UPSD=0,3,"%s"' % pw)
        cmd('AT+UAUTHREQ=1,1,"%s","%s"' % (user, pw))
    elif profile == "telit":
        cmd('AT#USERID="%s"' % user)
        cmd('AT#PASSW="%s"' % pw)
        cmd('AT#SGACT=1,1,"%s","%s"' % (user, pw))
    elif profile == "nordic-slm":
        cmd("AT%XICCID", "%XICCID: " + iccid)
    elif profile == "airm2m-air780":
        cmd('AT+CPNETAPN=2,"cmiot","%s","%s",0' % (user, pw))
        cmd('AT+MCONFIG="dev-0042","%s","%s"' % (user, pw))
    elif profile == "fibocom-l8":
        cmd('AT+XGAUTH=1,1,"%s","%s"' % (user, pw))
    # calls
    L.append(("rx", "RING"))
    L.append(("rx", '+CLIP: "%s",145,,,,0' % peer))
    cmd("ATA")
    cmd("AT+CLCC", '+CLCC: 1,1,0,0,0,"%s",145' % peer)
    cmd("ATH")
    cmd("ATD%s;" % peer2)
    # SMS, text mode: send, read, list, a new message shown at once
    cmd("AT+CMGF=1")
    L.append(("tx", 'AT+CMGS="%s"' % peer))
    L.append(("prompt", text))
    L.append(("rx", "+CMGS: 12"))
    L.append(("rx", "OK"))
    cmd("AT+CMGR=1", '+CMGR: "REC READ","%s",,"24/01/15,10:21:40+04"' % peer2, text2)
    cmd('AT+CMGL="ALL"', '+CMGL: 1,"REC READ","%s",,"24/01/15,10:21:40+04"' % peer2, text3)
    L.append(("rx", '+CMT: "%s",,"24/01/15,10:22:00+04"' % peer))
    L.append(("rx", text2))
    # PDU mode
    cmd("AT+CMGF=0")
    L.append(("tx", "AT+CMGS=%d" % (len(pdu) // 2 - 1)))
    L.append(("prompt", pdu))
    L.append(("rx", "+CMGS: 13"))
    L.append(("rx", "OK"))
    cmd("AT+CMGR=2", "+CMGR: 0,,%d" % (len(pdu) // 2 - 1), pdu)
    cmd("AT+CSQ", "+CSQ: 20,99")
    return L


def render(lines, shape):
    out = []
    t = 0.0
    for d, text in lines:
        t += 0.137
        stamp = "[2024-01-15 10:%02d:%06.3f] " % (int(t // 60), t % 60)
        if shape == "plain":
            if d == "tx":
                out.append(text + "\r\r\n")          # the host's line and its echo
            elif d == "prompt":
                out.append("> " + text + "\x1a\r\n")
            else:
                out.append("\r\n" + text + "\r\n" if text == "OK" else text + "\r\n")
        elif shape == "tsline":
            if d == "prompt":
                out.append(stamp + "> " + text + "\x1a\n")
            else:
                out.append(stamp + text + "\n")
        elif shape == "arrows":
            if d == "prompt":
                out.append("<- > \n")
                out.append("-> " + text + "\x1a\n")
            else:
                out.append(("-> " if d == "tx" else "<- ") + text + "\n")
    return "".join(out).encode()


def run(args, want=(0, 1)):
    p = subprocess.run([BIN] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode not in want:
        fail("%s: exit %d: %s" % (" ".join(args), p.returncode, p.stderr.decode(errors="replace")[:400]))
    return p.stdout.decode("utf-8", errors="replace"), p.stderr.decode("utf-8", errors="replace")


TOKEN = re.compile(r"<(?:IMEI|IMSI|ICCID|PHONE|PIN|USER|PASSWORD|HOST)-\d+>|<SMS>\**|<SM?S?|<(?:IMEI|IMSI|ICCID|PHONE|SMS|PIN|USER|PASSWORD|IP|HOST)>")


def mark_secrets(s, secrets):
    for v in sorted(secrets, key=len, reverse=True):
        s = s.replace(v, "\x00MASK")
        if len(v) > 64:     # a payload preview holds the first 64 bytes
            s = s.replace(v[:64], "\x00MASK")
    return s


def mark_tokens(s):
    return TOKEN.sub("\x00MASK", s)


def no_leak(what, text, secrets):
    for v in secrets:
        if v in text:
            fail("%s: %r left in the output" % (what, v))
            return False
    return True


OFFSET = re.compile(r'"(offset|bytes|payload_offset)":\d+,?')


def records(jsonl):
    return [l for l in jsonl.splitlines() if l.strip()]


def compare_records(what, masked, plain, secrets):
    a, b = records(masked), records(plain)
    if len(a) != len(b):
        fail("%s: %d records masked, %d without --no-redact" % (what, len(a), len(b)))
        return
    for x, y in zip(a, b):
        # the summary says whether it was masked; the rest must match
        x = re.sub(r',"redacted":(true|false)(,"masked":\d+)?', "", x)
        y = re.sub(r',"redacted":(true|false)(,"masked":\d+)?', "", y)
        if mark_tokens(x) != mark_secrets(y, secrets):
            fail("%s: record differs beyond the masked fields:\n  %s\n  %s" % (what, x, y))
            return


def report_shape(j):
    """What a check report concludes: rules, violations (rule, line, severity,
    message, the evidence lines), summary, the module each capture showed;
    the messages with their masked text marked."""
    return {
        "summary": j["summary"],
        "rules": j["rules"],
        "violations": [(v["rule"], v["line"], v["severity"], v["message"], v["related"],
                        v["evidence"]) for v in j["violations"]],
        "modules": [i.get("module") for i in j["inputs"]],
    }


def masked_evidence(j):
    """Evidence lines of a report that hold a pseudonym."""
    return [e["text"] for v in j["violations"] for e in v["evidence"] if TOKEN.search(e["text"])]


def no_cmdline(report):
    """A report without the command line it states (runs with other --jobs)."""
    report = re.sub(r'(?m)^.*"(command_line|commandLine)": .*$', "", report)
    return re.sub(r'<code id="command-line">[^<]*</code>', "", report)


def main():
    profiles = ["3gpp", "fibocom-l610", "quectel-bg96", "simcom-sim800", "simcom-sim7600",
                "ublox-sara", "telit", "nordic-slm", "airm2m-air780", "fibocom-l8"]
    shapes = ["plain", "tsline", "arrows"]
    tmp = tempfile.mkdtemp(prefix="atscope-redact-")
    checked = 0
    evidence_masked = 0
    for rnd in range(ROUNDS):
        rng = random.Random(1000 + rnd)
        for profile in profiles:
            s = Secrets(rng)
            lines = session(s, profile)
            secrets = list(s.values.values())
            for shape in shapes:
                path = os.path.join(tmp, "%s-%s-%d.log" % (profile, shape, rnd))
                with open(path, "wb") as f:
                    f.write(render(lines, shape))
                what = "%s (%s, %s)" % (path, profile, shape)
                pr = ["-p", profile]
                # every output, masked by default
                outs = {}
                outs["parse jsonl"], _ = run(["parse", "-f", "jsonl"] + pr + [path], (0,))
                outs["parse text"], _ = run(["parse", "-f", "text"] + pr + [path], (0,))
                outs["parse auto"], _ = run(["parse", "-f", "jsonl", path], (0,))
                for fmt in ("json", "text", "sarif", "junit", "html"):
                    outs["check " + fmt], _ = run(["check", "-f", fmt, "--fail-on", "never"] + pr + [path])
                # evidence with much context: more of the seeded lines in it
                outs["check json context"], _ = run(["check", "-f", "json", "--context", "10",
                                                     "--fail-on", "never"] + pr + [path])
                outs["stats json"], _ = run(["stats", "-f", "json"] + pr + [path], (0,))
                outs["stats text"], _ = run(["stats", "-f", "text"] + pr + [path], (0,))
                copy = os.path.join(tmp, "copy.log")
                _, err = run(["redact", "-o", copy] + pr + [path], (0,))
                outs["redact copy"] = open(copy, "rb").read().decode("utf-8", errors="replace") \
                    if os.path.exists(copy) else ""
                for k, v in outs.items():
                    no_leak("%s: %s" % (what, k), v, secrets)
                # and all of it is there without --no-redact... with it
                plain, _ = run(["parse", "-f", "jsonl", "--no-redact"] + pr + [path], (0,))
                if not all(v in plain for v in secrets if "pdu" not in v):
                    missing = [v for v in secrets if v not in plain]
                    fail("%s: --no-redact lost %s (a seed the session does not carry?)" % (what, missing))
                compare_records(what + ": parse", outs["parse jsonl"], plain, secrets)
                cj, _ = run(["check", "-f", "json", "--fail-on", "never", "--no-redact"] + pr + [path])
                cjc, _ = run(["check", "-f", "json", "--context", "10", "--fail-on", "never",
                              "--no-redact"] + pr + [path])
                try:
                    a = report_shape(json.loads(outs["check json"]))
                    b = report_shape(json.loads(cj))
                    if mark_tokens(json.dumps(a)) != mark_secrets(json.dumps(b), secrets):
                        fail("%s: check report differs beyond the masked fields" % what)
                    a = report_shape(json.loads(outs["check json context"]))
                    b = report_shape(json.loads(cjc))
                    if mark_tokens(json.dumps(a)) != mark_secrets(json.dumps(b), secrets):
                        fail("%s: check --context 10: evidence differs beyond the masked fields" % what)
                    evidence_masked += len(masked_evidence(json.loads(outs["check json context"])))
                    if json.loads(outs["check json"])["redaction"]["enabled"] is not True or \
                            json.loads(cj)["redaction"]["enabled"] is not False:
                        fail("%s: the report does not say whether it was redacted" % what)
                except (ValueError, KeyError) as e:
                    fail("%s: check json: %s" % (what, e))
                # the copy reads back as the original reads masked (offsets aside)
                back, _ = run(["parse", "-f", "jsonl", "--no-redact"] + pr + [copy], (0,))
                strip = lambda t: [OFFSET.sub("", re.sub(r',"redacted":(true|false)(,"masked":\d+)?', "", l))
                                   for l in records(t) if '"kind":"summary"' not in l and '"kind":"input"' not in l]
                if strip(back) != strip(outs["parse jsonl"]):
                    fail("%s: the redacted copy does not read as the masked capture" % what)
                # byte at a time: the same records, the same pseudonyms
                bytewise, _ = run(["parse", "-f", "jsonl", "--read-size", "1"] + pr + [path], (0,))
                if bytewise != outs["parse jsonl"]:
                    fail("%s: read one byte at a time, the masked records differ" % what)
                checked += 1
    # one run, several captures: the same value is the same token, any --jobs
    rng = random.Random(7)
    s = Secrets(rng)
    lines = session(s, "3gpp")
    paths = []
    for shape in shapes:
        p = os.path.join(tmp, "multi-%s.log" % shape)
        with open(p, "wb") as f:
            f.write(render(lines, shape))
        paths.append(p)
    out, _ = run(["parse", "-f", "jsonl", "-p", "3gpp"] + paths, (0,))
    per_file = out.split('"kind":"input"')[1:]
    tokens = [sorted(set(TOKEN.findall(x))) for x in per_file]
    if len(tokens) != 3 or tokens[0] != tokens[1] or tokens[1] != tokens[2] or not tokens[0]:
        fail("parse of three captures of one session: pseudonyms differ: %s" % tokens)
    reports = {}
    for jobs in ("1", "3"):
        for fmt in ("json", "html", "sarif"):
            reports[(jobs, fmt)], _ = run(["check", "-f", fmt, "--jobs", jobs, "--fail-on", "never",
                                           "-p", "3gpp"] + list(reversed(paths)))
    for fmt in ("json", "html", "sarif"):
        if no_cmdline(reports[("1", fmt)]) != no_cmdline(reports[("3", fmt)]):
            fail("check -f %s: --jobs 1 and --jobs 3 differ" % fmt)
    html = reports[("1", "html")]
    if not re.search(r'(<|&lt;|\\u003c)PIN-1', html):
        fail("check -f html: the timeline shows no pseudonym")
    for v in s.values.values():
        for k, r in reports.items():
            if v in r:
                fail("check %s --jobs %s: %r left" % (k[1], k[0], v))
    # the evidence carried masked lines (so the checks above saw some)
    if not evidence_masked:
        fail("no violation's evidence held a masked value: the evidence was not put to the test")
    if fails:
        print("%d failure(s) over %d captures" % (len(fails), checked), file=sys.stderr)
        sys.exit(1)
    print("ok: %d seeded captures (%d profiles x %d shapes x %d rounds): nothing leaked, "
          "records and findings unchanged but for the masked fields; %d evidence lines masked"
          % (checked, len(profiles), len(shapes), ROUNDS, evidence_masked))


main()
