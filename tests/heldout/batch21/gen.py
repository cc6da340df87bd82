#!/usr/bin/env python3
"""Write holdout21 logs/ and labels.json deterministically (python3 gen.py).

Every log is described once as a session of items: T (a command the host sent, the module's
lines, the final as the log shows it), U (an unsolicited line), N (a line the application,
tool or person prints verbatim), plus printer-specific markers (Zephyr script start/stop,
modem_cellular state changes). A renderer per printer turns the session into the text that
printer writes (layouts read in the printing code, see SOURCES.md); the labels come from the
same session, so a log and its labels cannot drift apart. A wrapper function then puts the
text where people paste it (fence, mail quote, CI log, ...).
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(HERE, "logs")


class T:
    """A command. final: what ends it in the module's words (None: no final in the log)."""

    def __init__(self, cmd, resp=(), final="OK", **kw):
        self.cmd = cmd
        self.resp = list(resp)
        self.final = final
        self.kw = kw
        self.label_final = kw.get("label_final", final)


class U:
    def __init__(self, line):
        self.line = line


class N:
    def __init__(self, text):
        self.text = text


# ---------------------------------------------------------------------------------------------
# Zephyr: subsys/modem/modem_chat.c + drivers/modem/modem_cellular.c, CONFIG_MODEM_LOG_LEVEL_DBG
# and CONFIG_MODEM_MODULES_LOG_LEVEL_DBG. Log line: "[hh:mm:ss.mmm,uuu] <dbg> module: func: msg".
# ---------------------------------------------------------------------------------------------

class ZS:
    """modem_chat_run_script*(): 'running script: NAME' (and the first step)."""

    def __init__(self, name, step=0, announce=True, adv=0.002):
        self.name = name
        self.step = step
        self.announce = announce
        self.adv = adv


class ZE:
    """modem_chat_script_stop(): result 'complete' (dbg) / 'aborted' / 'timed out' (wrn)."""

    def __init__(self, result, adv=0.05):
        self.result = result
        self.adv = adv


class ZC:
    """a modem_cellular line: ('state', from, to) or ('event', name) or ('dbg'/'wrn'/'inf'/'err', module, text)."""

    def __init__(self, *a):
        self.a = a


UNSOL = ("+CREG: ", "+CEREG: ", "+CGREG: ", "+CGEV: ")


def z_argv_line(prefix, rest, seps):
    """modem_chat_log_received_command(): argv joined with spaces (argv[0] is the match)."""
    if seps:
        args = re.split("[" + re.escape(seps) + "]", rest) if rest != "" else []
    else:
        args = [rest] if rest != "" else []
    return " ".join([prefix] + args)


class Zephyr:
    def __init__(self, t0=2.0, func=True, color=False, ts="fmt", step_ms=(12, 35)):
        self.t = t0
        self.func = func
        self.ts = ts
        self.out = []
        self.labels = []
        self.script = None
        self.step = 0
        self.echo = True
        self.k = 0

    def stamp(self, adv):
        self.k += 1
        self.t += adv
        if self.ts == "fmt":
            total_us = int(round(self.t * 1e6))
            s, us = divmod(total_us, 1000000)
            h, rem = divmod(s, 3600)
            m, s = divmod(rem, 60)
            return "[%02d:%02d:%02d.%03d,%03d] " % (h, m, s, us // 1000, us % 1000)
        if self.ts == "none":
            return ""
        return "[%08d] " % int(self.t * 32768)

    def line(self, level, module, func, msg, adv=0.004):
        pre = self.stamp(adv)
        if level == "dbg" and self.func:
            self.out.append("%s<dbg> %s: %s: %s" % (pre, module, func, msg))
        else:
            self.out.append("%s<%s> %s: %s" % (pre, level, module, msg))

    def chat(self, func, msg, adv=0.004, level="dbg"):
        self.line(level, "modem_chat", func, msg, adv)

    def rx(self, line, matched_fmt=None, adv=0.008):
        if matched_fmt is not None:
            self.chat("modem_chat_log_received_command", matched_fmt, adv)
        else:
            self.chat("modem_chat_on_unknown_command_received", line, adv)

    def render_rx(self, line, match):
        """How one received line is logged, given the step's response match kind."""
        if line == "":
            return  # empty lines are filtered
        for p in UNSOL:
            if line.startswith(p):
                self.rx(line, z_argv_line(p, line[len(p):], ","))
                return
        if line in ("APP RDY", "Ready"):
            self.rx(line, line)
            return
        if match in ("ok", "mult", "catch", "csq", "cesq", "iccid", "connect", "prefix") and line == "OK":
            if match in ("ok", "mult"):
                self.rx(line, "OK")
                return
        if line == "ERROR":
            self.rx(line, "ERROR")
            return
        if match == "connect" and line.startswith("CONNECT"):
            self.rx(line, "CONNECT")
            return
        if match == "dial" and line in ("BUSY", "NO ANSWER", "NO CARRIER", "NO DIALTONE"):
            self.rx(line, line)
            return
        if match == "csq" and line.startswith("+CSQ: "):
            self.rx(line, z_argv_line("+CSQ: ", line[6:], ","))
            return
        if match == "cesq" and line.startswith("+CESQ: "):
            self.rx(line, z_argv_line("+CESQ: ", line[7:], ","))
            return
        if match == "iccid":
            for p in ("+QCCID: ", "+CCID: ", "+ICCID: "):
                if line.startswith(p):
                    self.rx(line, z_argv_line(p, line[len(p):], ""))
                    return
        if isinstance(match, tuple) and line.startswith(match[0]):
            self.rx(line, z_argv_line(match[0], line[len(match[0]):], match[1]))
            return
        if match == "catch":
            self.rx(line, " " + line)
            return
        self.rx(line, None)

    def render(self, items):
        for it in items:
            if isinstance(it, N):
                self.out.append(it.text)
            elif isinstance(it, ZS):
                self.script = it.name
                self.step = it.step
                if it.announce:
                    self.chat("modem_chat_script_start", "running script: %s" % it.name, it.adv)
            elif isinstance(it, ZE):
                if it.result == "complete":
                    self.chat("modem_chat_script_stop", "%s: complete" % self.script, 0.003)
                else:
                    self.chat("modem_chat_script_stop", "%s: %s" % (self.script, it.result),
                              it.adv, level="wrn")
                self.script = None
            elif isinstance(it, ZC):
                a = it.a
                if a[0] == "state":
                    self.line("dbg", "modem_cellular", "modem_cellular_log_state_changed",
                              "switch from %s to %s" % (a[1], a[2]), a[3] if len(a) > 3 else 0.002)
                elif a[0] == "event":
                    self.line("dbg", "modem_cellular", "modem_cellular_log_event", "event %s" % a[1],
                              a[2] if len(a) > 2 else 0.001)
                else:
                    self.line(a[0], a[1], a[2], a[3], a[4] if len(a) > 4 else 0.002)
            elif isinstance(it, U):
                self.render_rx(it.line, None)
            else:
                kw = it.kw
                match = kw.get("match", "ok")
                if "step" in kw:
                    self.step = kw["step"]
                self.chat("modem_chat_script_next", "%s: step: %u" % (self.script, self.step),
                          kw.get("gap", 0.006))
                self.chat("modem_chat_script_next", "sending: %s" % it.cmd, 0.0)
                self.step += 1
                self.labels.append({"command": it.cmd, "final": it.label_final})
                if kw.get("cut"):
                    break
                if self.echo and not kw.get("noecho"):
                    self.render_rx(it.cmd, None)
                if it.cmd.upper().startswith("ATE0") and it.final == "OK":
                    self.echo = False
                lat = kw.get("lat", 0.03)
                first = True
                for r in it.resp:
                    self.render_rx(r, match)
                    if first:
                        self.t += lat
                        first = False
                if kw.get("done_first"):
                    self.chat("modem_chat_script_stop", "%s: complete" % self.script, 0.002)
                    self.script = None
                if match in ("catch", "iccid"):
                    # the "" step that waits for the OK
                    self.chat("modem_chat_script_next", "%s: step: %u" % (self.script, self.step), 0.001)
                    self.step += 1
                    if it.final is not None:
                        self.render_rx(it.final, "ok")
                elif it.final is not None:
                    self.t += 0 if it.resp else lat
                    self.render_rx(it.final, match)
                for u in kw.get("after", []):
                    self.render_rx(u, None)
                if kw.get("timeout"):
                    self.chat("modem_chat_script_stop", "%s: timed out" % self.script,
                              kw["timeout"], level="wrn")
                    self.script = None
                elif kw.get("abort"):
                    self.chat("modem_chat_script_stop", "%s: aborted" % self.script, 0.001, level="wrn")
                    self.script = None
        return self.out, self.labels


def zephyr(items, **kw):
    return Zephyr(**kw).render(items)


def boot_zephyr(ver="v3.7.0", extra=()):
    return [N("*** Booting Zephyr OS build %s ***" % ver)] + [N(x) for x in extra]


# ---------------------------------------------------------------------------------------------
# RIOT: tests/drivers/at shell (send / send_ok / send_lines), drivers/at/at.c with
# AT_PRINT_INCOMING (every byte read is printed) and ENABLE_DEBUG (URC matching), pyterm prefix.
# ---------------------------------------------------------------------------------------------

class Riot:
    def __init__(self, raw=True, echo=True, pyterm="2026-12-07 08:41:%02d,%03d # ", t0=3.0, debug=False):
        self.raw = raw
        self.echo = echo
        self.pyterm = pyterm
        self.t = t0
        self.out = []
        self.labels = []
        self.left = []   # module lines still in the isrpipe (not yet read)
        self.debug = debug
        self.urcs = []

    def emit(self, text, adv=0.011):
        self.t += adv
        if self.pyterm:
            s = self.t
            self.out.append(self.pyterm % (int(s) % 60, int((s % 1) * 1000)) + text
                            if "%" in self.pyterm else self.pyterm + text)
        else:
            self.out.append(text)

    def raw_lines(self, lines):
        if self.raw:
            for l in lines:
                self.emit(l, 0.004)

    def check_urc(self, line):
        if not self.debug:
            return
        for code in self.urcs:
            self.emit("Trying to match %s with %s" % (line, code), 0.001)
            if line.startswith(code):
                self.emit("Matched %s" % code, 0.0)
                self.emit("urc received: %s" % line, 0.0)
                return

    def render(self, items):
        pending = None   # label whose final is still in the pipe (send mode)
        for it in items:
            if isinstance(it, N):
                self.emit(it.text, it.kw_adv if hasattr(it, "kw_adv") else 0.05)
                continue
            if isinstance(it, U):
                # arrives in the pipe; printed when something reads it
                self.left.append(it.line)
                continue
            kw = it.kw
            mode = kw.get("mode", "send_ok")
            if mode == "add_urc":
                self.emit("> add_urc %s" % it.cmd, 0.8)
                self.urcs.append(it.cmd)
                self.emit("urc registered")
                continue
            if mode == "process_urc":
                self.emit("> process_urc %s" % it.cmd, 0.8)
                if self.debug:
                    self.emit("Processing URC (timeout=%sus)" % it.cmd, 0.001)
                for l in self.left + it.resp:
                    if l == "":
                        if self.raw:
                            self.emit("", 0.0)
                        continue
                    if self.raw:
                        self.emit(l, 0.3)
                    self.check_urc(l)
                self.left = []
                self.emit("urc processed", 0.001)
                continue
            self.emit("> %s %s" % (mode, kw.get("typed", it.cmd)), kw.get("gap", 0.9))
            lab = {"command": it.cmd, "final": None}
            self.labels.append(lab)
            # leftovers are read (and printed) while waiting for the echo
            pre, self.left = self.left, []
            for l in pre:
                if self.raw:
                    self.emit(l, 0.001)
                if l:
                    self.check_urc(l)
            pending = None
            if kw.get("noanswer"):
                self.emit("Error", 10.0)
                continue
            if self.echo:
                self.raw_lines([it.cmd])
            # echo "CMD\r" then "\r\n": no blank line after the echo; "\r\n\r\n" before the final
            stream = list(it.resp) + ((["", it.final] if it.resp else [it.final]) if it.final is not None else [])
            if mode == "send":
                idx = next((i for i, l in enumerate(stream) if l), None)
                if idx is None:
                    self.raw_lines(stream)
                    self.emit("Error", 10.0)
                else:
                    first = stream[idx]
                    self.raw_lines(stream[:idx + 1])
                    self.left = stream[idx + 1:]
                    if first == it.final:
                        # the final itself was the first line read
                        if first.startswith("+CME ERROR") or first.startswith("+CMS ERROR") or first == "ERROR":
                            self.emit("Error", 0.002)
                            lab["final"] = first if self.raw else None
                        else:
                            self.emit("Response (len=%d): %s" % (len(first), first), 0.002)
                            lab["final"] = first
                    else:
                        self.emit("Response (len=%d): %s" % (len(first), first), 0.002)
                        if self.raw and it.final is not None:
                            lab["final"] = it.final
                            pending = lab
            else:
                self.raw_lines(stream)
                ok = it.final == "OK"
                if it.final is None:
                    self.emit("Error", 10.0)
                elif mode == "send_ok":
                    self.emit("OK" if ok else "Error", 0.002)
                    lab["final"] = it.final if (ok or self.raw) else None
                else:  # send_lines: the lines read, each with its CR LF, the OK included
                    if ok:
                        lines = [r for r in it.resp if r] + ["OK"]
                        total = sum(len(x) + 2 for x in lines)
                        self.emit("Response (len=%d): %s" % (total, lines[0]), 0.002)
                        for x in lines[1:]:
                            self.emit(x, 0.0)
                        self.emit("", 0.0)
                        lab["final"] = "OK"
                    else:
                        self.emit("Error", 0.002)
                        lab["final"] = it.final if self.raw else None
                for r in it.resp:
                    if r:
                        self.check_urc(r)
            if it.cmd.upper() == "ATE0" and it.final == "OK":
                self.echo = False
        if pending is not None and self.left:
            pending["final"] = None   # its final was never read, so never printed
        return self.out, self.labels


def riot(items, **kw):
    return Riot(**kw).render(items)


# ---------------------------------------------------------------------------------------------
# ESP-IDF esp_modem (espressif/esp-protocols components/esp_modem/src/esp_modem_command_library.cpp):
# generic_command(): ESP_LOGD(TAG, "%s command %s\n", __func__, command) (command ends in \r),
# callback: ESP_LOGD(TAG, "Response: %.*s\n", ...) with the raw received buffer;
# send_sms(): ESP_LOGD(TAG, "Send SMS response %.*s", ...); generic_get_string(): only ESP_LOGV
# "Token: {%.*s}\n" (and "%s" __func__ everywhere at V level).
# ---------------------------------------------------------------------------------------------

class EspModem:
    def __init__(self, t0=5200, verbose=False, echo=False, tag="command_lib"):
        self.t = t0
        self.verbose = verbose
        self.echo = echo
        self.out = []
        self.labels = []
        self.tag = tag

    def log(self, lvl, tag, msg, adv=3):
        self.t += adv
        self.out.append("%s (%d) %s: %s" % (lvl, self.t, tag, msg))

    def raw_block(self, head, data):
        """a %s of raw modem bytes inside one log call: CR dropped by the paste, LF splits."""
        parts = re.sub("\r+\n", "\n", data).replace("\r", "\n").split("\n")
        self.out[-1] = self.out[-1] + parts[0]
        self.out.extend(parts[1:])

    def render(self, items):
        for it in items:
            if isinstance(it, N):
                self.out.append(it.text)
                continue
            if isinstance(it, U):
                continue
            kw = it.kw
            kind = kw.get("kind", "cmd")
            fn = kw.get("fn")
            if self.verbose and fn:
                self.log("V", self.tag, fn, kw.get("gap", 40))
                if kind == "cmd" and kw.get("common", True):
                    self.log("V", self.tag, "generic_command_common", 0)
            echo = (it.cmd + "\r") if self.echo else ""
            body = "".join("\r\n" + r + "\r\n" for r in it.resp)
            fin = "" if it.final is None else "\r\n" + it.final + "\r\n"
            if kind == "cmd":
                if self.verbose:
                    self.log("V", self.tag, "generic_command", 0)
                self.log("D", self.tag, "generic_command command %s\r" % it.cmd,
                         0 if (self.verbose and fn) else kw.get("gap", 40))
                self.out[-1] = self.out[-1].rstrip("\r")
                self.out.append("")
                self.labels.append({"command": it.cmd, "final": it.label_final})
                if kw.get("noresp"):
                    self.t += kw.get("wait", 500)
                else:
                    for chunk in kw.get("partials", []):
                        self.log("D", self.tag, "Response: ", kw.get("lat", 30))
                        self.raw_block("", echo + chunk)
                        self.out.append("")
                    if not kw.get("noresp_after"):
                        self.log("D", self.tag, "Response: ", kw.get("lat", 30))
                        self.raw_block("", kw.get("full", echo + body + fin))
                        self.out.append("")
                    else:
                        self.t += kw.get("wait", 5000)
                if it.cmd.upper() == "ATE0" and it.final == "OK":
                    self.echo = False
            elif kind == "sms":
                self.log("D", self.tag, "Send SMS response ", kw.get("gap", 40))
                self.raw_block("", echo + "\r\n> ")
                self.labels.append({"command": it.cmd, "final": it.label_final})
                payload = kw["payload"]
                self.log("D", self.tag, "generic_command command %s\x1a" % payload, 2)
                self.out.append("")
                self.log("D", self.tag, "Response: ", kw.get("lat", 2400))
                self.raw_block("", (payload + "\x1a" if kw.get("payload_echo") else "") + body + fin)
                self.out.append("")
            else:  # get: the command text is never printed
                if self.verbose:
                    self.log("V", self.tag, "generic_get_string", 0)
                    toks = ([it.cmd] if self.echo else []) + [""] + [r for r in it.resp]
                    toks += ([""] + [it.final]) if it.final else []
                    for tk in toks:
                        self.log("V", self.tag, "Token: {%s}" % tk, 1)
                        self.out.append("")
                    if self.echo:
                        self.labels.append({"command": it.cmd, "final": it.label_final})
        return self.out, self.labels


def espmodem(items, **kw):
    return EspModem(**kw).render(items)


# ---------------------------------------------------------------------------------------------
# Layouts from memory (verified: false)
# ---------------------------------------------------------------------------------------------

def render_arrows(items, send="AT> ", recv="AT< ", echo=False, blank=False, timeout_line=None):
    """ATCmdParser-like debug: one line per write, one per line read."""
    out, labels = [], []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append(recv + it.line)
            continue
        out.append(send + it.cmd)
        labels.append({"command": it.cmd, "final": it.label_final})
        if echo:
            out.append(recv + it.cmd)
        if it.kw.get("prompt"):
            out.append(recv + it.kw["prompt"])
            out.append(send + it.kw["payload"])
        for r in it.resp:
            if r or blank:
                out.append(recv + r)
        if it.final is None:
            if timeout_line:
                out.append(timeout_line)
        else:
            out.append(recv + it.final)
        for u in it.kw.get("after", []):
            out.append(recv + u)
    return out, labels


def render_terminal(items, echo=True, crlf_blank=True):
    """a raw terminal session (cu / minicom-like): typed command echoed, reply with blank lines."""
    out, labels = [], []
    for it in items:
        if isinstance(it, N):
            out.append(it.text)
            continue
        if isinstance(it, U):
            out.append("")
            out.append(it.line)
            continue
        if echo:
            out.append(it.cmd)
        labels.append({"command": it.cmd, "final": it.label_final})
        if it.kw.get("prompt"):
            out.append("")
            out.append(it.kw["prompt"] + it.kw["payload"])
        # "CMD\r" + "\r\n" + line: no blank after the echo; "\r\n\r\n" before the final
        for i, r in enumerate(it.resp):
            if crlf_blank and (i > 0 or not echo):
                out.append("")
            out.append(r)
        if it.final is not None:
            if crlf_blank and (it.resp or not echo):
                out.append("")
            out.append(it.final)
        for u in it.kw.get("after", []):
            out.append("")
            out.append(u)
    return out, labels


# ---------------------------------------------------------------------------------------------
# Wrappers
# ---------------------------------------------------------------------------------------------

def fence(lines, before=(), after=(), lang=""):
    return list(before) + ["```" + lang] + lines + ["```"] + list(after)


def details(lines, summary, before=(), after=()):
    return list(before) + ["<details>", "<summary>%s</summary>" % summary, "", "```"] + lines + \
        ["```", "", "</details>"] + list(after)


def mailquote(lines, before=(), after=(), depth=1):
    q = "> " * depth
    return list(before) + [(q + l).rstrip() if l else q.rstrip() for l in lines] + list(after)


def indent(lines, before=(), after=(), n=4):
    return list(before) + [(" " * n + l) if l else "" for l in lines] + list(after)


def jira(lines, before=(), after=()):
    return list(before) + ["{code:none}"] + lines + ["{code}"] + list(after)


def gha(lines, start="2026-12-07T08:12:04.1", group="Run hardware test", before=(), after=()):
    """GitHub Actions raw job log: every line timestamped, ##[group] markers."""
    out = []
    sec = 4.0
    for l in list(before):
        sec += 0.0131
        out.append("2026-12-07T08:12:%09.6fZ %s" % (sec, l) if True else l)
    out.append("2026-12-07T08:12:%09.6fZ ##[group]%s" % (sec + 0.01, group))
    for l in lines:
        sec += 0.0173
        out.append("2026-12-07T08:12:%09.6fZ %s" % (sec % 60, l))
    out.append("2026-12-07T08:12:%09.6fZ ##[endgroup]" % ((sec + 0.02) % 60))
    for l in after:
        sec += 0.05
        out.append("2026-12-07T08:12:%09.6fZ %s" % (sec % 60, l))
    return out


LOGS_DEF = {}


def log(name, shape, module, verified, wrapper="-", source=""):
    def deco(fn):
        LOGS_DEF[name] = dict(fn=fn, shape=shape, module=module, verified=verified,
                              wrapper=wrapper, source=source)
        return fn
    return deco


# ---------------------------------------------------------------------------------------------
# FreeRTOS-Cellular-Interface (source/cellular_pktio.c, source/cellular_pkthandler.c) LogDebug /
# LogError texts; the line prefix "[DEBUG] [CELLULAR] [file:line] " is the FreeRTOS logging_stack
# layout (from memory).
# ---------------------------------------------------------------------------------------------

class FrCell:
    def __init__(self, addr=0x20012A40, tick=True, t0=1200):
        self.out = []
        self.labels = []
        self.addr = addr
        self.resp = 0x20013B18
        self.t = t0
        self.tick = tick
        self.n = 40

    def pre(self, lvl, f, line):
        self.n += 1
        self.t += 3
        if self.tick:
            return "%d %d [%s] [%s] [CellularLib] [%s:%d] " % (self.n, self.t, "CellularDemo" if f.startswith("_Cellular_Atcmd") else "Cellular", lvl, f, line)
        return "[%s] [CellularLib] [%s:%d] " % (lvl, f, line)

    def dbg(self, f, line, msg):
        self.out.append(self.pre("DEBUG", f, line) + msg)

    def err(self, f, line, msg):
        self.out.append(self.pre("ERROR", f, line) + msg)

    def render(self, items):
        for it in items:
            if isinstance(it, N):
                self.out.append(it.text)
                continue
            if isinstance(it, U):
                continue
            kw = it.kw
            self.dbg("_Cellular_AtcmdRequestTimeoutWithCallbackRaw", 229, ">>>>>Start sending [%s]<<<<<" % it.cmd)
            self.labels.append({"command": it.cmd, "final": it.label_final})
            prefix = kw.get("prefix", "NULL")
            lines = list(it.resp) + ([it.final] if it.final is not None else [])
            if not lines:
                self.t += kw.get("timeout", 5000)
                for x in kw.get("on_timeout", []):
                    self.out.append(self.pre(x[0], x[1], x[2]) + x[3])
                continue
            if kw.get("prompt"):
                nbytes = 3
                self.t += 40
                self.dbg("_Cellular_ReadLine", 563, "AT Read %d bytes, data[%#010x]" % (nbytes, self.addr))
                self.dbg("_Cellular_PktioSendData", 1188, "PktioSendData sent %d bytes" % kw["prompt"])
            raw = "".join("\r\n" + l + "\r\n" for l in lines)
            self.t += kw.get("lat", 30)
            self.dbg("_Cellular_ReadLine", 563, "AT Read %d bytes, data[%#010x]" % (len(raw), self.addr))
            first = True
            off = 2
            for l in lines:
                if first:
                    self.dbg("_handleMsgType", 735, "Allocate at response %#010x" % self.resp)
                    first = False
                self.dbg("_handleMsgType", 738, "AT solicited Resp[%s]" % l)
                if l == it.final:
                    if l in ("OK", "SEND OK", "CONNECT") or l.startswith("CONNECT"):
                        self.dbg("_Cellular_ProcessLine", 327, "Final AT response is SUCCESS [%s]" % l)
                        self.dbg("_getNextLine", 893, "Garbage collection")
                    else:
                        self.err("_Cellular_ProcessLine", 346,
                                 "Modem return ERROR: line %s, cmd : %s, respPrefix %s, status: 0"
                                 % (it.cmd, l, prefix))
                        self.dbg("_getNextLine", 893, "Garbage collection")
                        self.err("_Cellular_AtcmdRequestTimeoutWithCallbackRaw", 247,
                                 "pkt_recv status=1, error in AT cmd %s resp" % it.cmd)
                else:
                    self.dbg("_saveATData", 210, "Save [%s] %d AT data to pResp" % (l, len(l)))
                    self.dbg("_saveData", 166, "_saveData : Save data %#010x with length %d"
                             % (self.addr + off, len(l) + 1))
                off += len(l) + 4
            for x in kw.get("after_lines", []):
                self.out.append(x)
        return self.out, self.labels


def frcell(items, **kw):
    return FrCell(**kw).render(items)


# =============================================================================================
# The logs
# =============================================================================================

ZV = "zephyrproject-rtos/zephyr subsys/modem/modem_chat.c (modem_chat_script_start/next/stop, modem_chat_log_received_command, modem_chat_on_unknown_command_received) + drivers/modem/modem_cellular.c (modem_cellular_log_state_changed, modem_cellular_log_event, the per-module MODEM_CHAT_SCRIPT_DEFINE scripts and matches)"
RV = "RIOT-OS/RIOT drivers/at/at.c (AT_PRINT_INCOMING print() of every byte read, read_line_or_echo(), at_send_cmd_get_resp(), get_lines(), at_wait_ok(), _check_urc()/at_process_urc() DEBUG) + tests/drivers/at/main.c (send/send_ok/send_lines/add_urc/process_urc prints) + dist/tools/pyterm/pyterm (default_fmt_str '%(asctime)s # %(message)s')"
EV = "espressif/esp-protocols components/esp_modem/src/esp_modem_command_library.cpp (generic_command(): ESP_LOGD '%s command %s\\n' and 'Response: %.*s\\n'; generic_get_string(): ESP_LOGV 'Token: {%.*s}\\n'; send_sms(): 'Send SMS response %.*s'; ESP_LOGV('%s', __func__))"
FV = "FreeRTOS/FreeRTOS-Cellular-Interface source/cellular_pkthandler.c ('>>>>>Start sending [%s]<<<<<') + source/cellular_pktio.c (_Cellular_ReadLine 'AT Read %d bytes, data[%p]', _handleMsgType 'Allocate at response %p' / 'AT solicited Resp[%s]', _saveATData 'Save [%s] %lu AT data to pResp', _saveData, _Cellular_ProcessLine 'Final AT response is SUCCESS [%s]' and the LogError 'Modem return ERROR: line %s, cmd : %s, ...' with its arguments swapped, _getNextLine 'Garbage collection', _Cellular_PktioSendData 'PktioSendData sent %d bytes'); prefix from memory"


def st(a, b, adv=0.002):
    return ZC("state", a, b, adv)


def ev(name, adv=0.001):
    return ZC("event", name, adv)


# ---------------------------------------------------------------- Zephyr modem_cellular / modem_chat

@log("zephyr_bg95_init_dial.log", "zephyr-modem-chat-dbg", "Quectel BG95-M3", True, "raw (paste starts mid-script)", ZV)
def _():
    items = [
        ZS("quectel_bg9x_init_chat_script", step=6, announce=False),
        T("AT+CREG?", ["+CREG: 1,0"]),
        T("AT+CEREG?", ["+CEREG: 1,2"]),
        T("AT+CGREG?", ["+CGREG: 1,0"]),
        T("AT+CGSN", ["866349041234567"], match="catch"),
        T("AT+CGMM", ["BG95-M3"], match="catch"),
        T("AT+CGMI", ["Quectel"], match="catch"),
        T("AT+QGMR", ["BG95M3LAR02A03_01.012.01.012"], match="catch"),
        T("AT+CIMI", ["001010000012345"], match="catch"),
        T("AT+QCCID", ["+QCCID: 89883030000012345678"], match="iccid"),
        T("AT+CMUX=0,0,5,127", [], match="none", lat=0.04),
        ZE("complete"),
        ev("script success"), st("run init script", "connect cmux", 0.31),
        ev("cmux connected", 0.12), st("connect cmux", "open dlci1"),
        ev("dlci1 opened", 0.05), st("open dlci1", "open dlci2"),
        ev("dlci2 opened", 0.05), st("open dlci2", "run dial script"),
        ZS("quectel_bg9x_dial_chat_script"),
        T("AT+CGACT=0,1", [], match="mult"),
        T("AT+CFUN=1", [], lat=0.21),
        T("ATD*99***1#", [], final="CONNECT", match="connect", lat=1.4),
        ZE("complete"),
        ev("script success"), st("run dial script", "await registered"),
        U("+CEREG: 2"),
        U("+CEREG: 5"),
        ev("registered"), st("await registered", "registered"),
        ZC("inf", "net_ppp", "", "Initializing PPP to use modem_ppp_ppp0", 0.8),
    ]
    z = Zephyr(t0=3.2)
    z.echo = False
    out, lab = z.render(items)
    out[0] = out[0][out[0].index("<dbg>"):]  # the paste starts in the middle of a line
    return out, lab


@log("gh_zephyr_eg25g_cimi_nosim.md", "zephyr-modem-chat-dbg+github-issue", "Quectel EG25-G", True, "github-issue-fence", ZV)
def _():
    items = boot_zephyr("v3.7.0-2146-g3f0a2c1e8b4d") + [
        ZC("dbg", "modem_cellular", "modem_cellular_log_event", "event resume", 0.0),
        st("idle", "power pulse"), ev("timeout", 1.5), st("power pulse", "await power on"),
        ev("bus opened", 0.01), ZC("inf", "cellular_modem", "", "Powering on modem", 0.0),
        U("RDY"),
        ev("timeout", 9.6), st("await power on", "run init script"), ev("bus opened", 0.01),
        ZS("quectel_eg25_g_init_chat_script"),
        T("ATE0"), T("AT+CFUN=4", lat=0.4), T("AT+CMEE=1"), T("AT+CREG=1"), T("AT+CGREG=1"), T("AT+CEREG=1"),
        T("AT+CREG?", ["+CREG: 1,0"]), T("AT+CEREG?", ["+CEREG: 1,0"]), T("AT+CGREG?", ["+CGREG: 1,0"]),
        T("AT+CGSN", ["869710051234567"], match="catch"),
        T("AT+CGMM", ["EG25"], match="catch"),
        T("AT+CGMI", ["Quectel"], match="catch"),
        T("AT+CGMR", ["EG25GGBR07A08M2G"], match="catch"),
        T("AT+CIMI", ["+CME ERROR: 10"], final=None, match="catch", label_final="+CME ERROR: 10", timeout=7.9),
        ev("script failed"), st("run init script", "power pulse"),
    ]
    out, lab = zephyr(items, t0=0.31)
    return fence(out, before=[
        "### Describe the bug", "",
        "With `modem_cellular` on a custom board (nRF52840 + Quectel EG25-G, no SIM inserted on purpose) the init",
        "script never completes; the driver loops power pulse -> init script forever. I would expect it to give up",
        "or at least report that the SIM is missing. The `+CME ERROR: 10` is stored as the IMSI (see the leading space",
        "in the log, it is caught by the catch-all match) and then the script waits for an `OK` that never comes.", "",
        "### To Reproduce", "", "1. `west build -b mydongle_nrf52840 samples/net/cellular_modem -- -DCONFIG_MODEM_LOG_LEVEL_DBG=y -DCONFIG_MODEM_MODULES_LOG_LEVEL_DBG=y`",
        "2. remove the SIM", "3. see log", "", "### Logs and console output", ""],
        after=["", "### Environment", "", "- Zephyr 3.7.99 (main as of last week)", "- Toolchain: Zephyr SDK 0.16.8", "",
               "### Additional context", "", "Same thing with `quectel_bg9x_init_chat_script` on a BG95."]), lab


@log("zephyr_sara_r4_autobaud.log", "zephyr-modem-chat-dbg", "u-blox SARA-R410M-02B", True, "raw (paste cut at the end)", ZV)
def _():
    items = boot_zephyr("v3.6.0", ["[00:00:00.000,488] <inf> app: cellular demo, board: nucleo_l476rg"]) + [
        st("idle", "power pulse", 0.01), ev("timeout", 1.0), st("power pulse", "await power on"),
        ev("bus opened", 0.01), ev("timeout", 5.0), st("await power on", "run init script"), ev("bus opened", 0.01),
        ZS("u_blox_sara_r4_init_chat_script"),
        T("AT", [], final=None, match="none", noecho=True),
        T("AT", [], final=None, match="none", noecho=True, gap=0.1),
        T("AT", [], match="none", gap=0.1),
        T("AT", [], match="none", gap=0.07),
        T("ATE0", gap=0.07),
        T("AT+CFUN=4", lat=0.6), T("AT+CMEE=1"), T("AT+CREG=1"), T("AT+CGREG=1"), T("AT+CEREG=1"),
        T("AT+CREG?", ["+CREG: 1,0"]), T("AT+CEREG?", ["+CEREG: 1,0"]), T("AT+CGREG?", ["+CGREG: 1,0"]),
        T("AT+CGSN", ["352753090123456"], final=None, match="catch"),
    ]
    return zephyr(items, t0=0.0)


@log("west_flash_a7672e_dial.txt", "zephyr-modem-chat-dbg+west-flash", "SIMCom A7672E", True, "west build/flash output + minicom", ZV)
def _():
    items = boot_zephyr("v4.0.0") + [
        ZC("inf", "app", "", "Bring up network interface", 0.0),
        st("idle", "await power on", 0.001), ev("bus opened", 0.01), ev("timeout", 10.0),
        st("await power on", "run init script"), ev("bus opened", 0.01),
        ZS("simcom_a76xx_init_chat_script"),
        T("AT", [], match="none"), T("AT", [], match="none", gap=0.1), T("AT", [], match="none", gap=0.1),
        T("AT", [], match="none", gap=0.1),
        T("ATE0", gap=0.1),
        T("AT+CGNSSPWR=1", [], final="ERROR", match="mult"),
        T("AT+CFUN=4", lat=0.5), T("AT+CMEE=1"), T("AT+CREG=1"), T("AT+CGREG=1"), T("AT+CEREG=1"),
        N("--- 41 messages dropped ---"),
        T("AT+CMUX=0,0,5,127", [], match="none", step=18),
        ZE("complete", 0.3),
        ev("script success"), st("run init script", "connect cmux", 0.2), ev("cmux connected", 0.1),
        st("connect cmux", "open dlci1"), ev("dlci1 opened", 0.05), st("open dlci1", "open dlci2"),
        ev("dlci2 opened", 0.05), st("open dlci2", "run dial script"),
        ZS("simcom_a76xx_dial_chat_script"),
        T("AT+CGACT=0,1", [], match="mult"),
        T("AT+CFUN=1", [], lat=0.3),
        T("ATD*99***1#", [], final="CONNECT", match="connect", lat=0.9),
        ZE("complete"), ev("script success"), st("run dial script", "await registered"),
    ]
    out, lab = zephyr(items, t0=0.0)
    pre = ["$ west build -b nucleo_f429zi app -p auto -- -DEXTRA_CONF_FILE=debug.conf",
           "-- west build: making build dir /home/dev/work/tracker/build pristine",
           "-- west build: generating a build system",
           "Loading Zephyr default modules (Zephyr base).",
           "-- Application: /home/dev/work/tracker/app",
           "-- Board: nucleo_f429zi, qualifiers: stm32f429xx",
           "-- Found devicetree overlay: /home/dev/work/tracker/app/boards/nucleo_f429zi.overlay",
           "-- Configuring done",
           "-- Generating done",
           "-- Build files have been written to: /home/dev/work/tracker/build",
           "-- west build: building application",
           "[1/264] Preparing syscall dependency handling",
           "...",
           "[264/264] Linking C executable zephyr/zephyr.elf",
           "Memory region         Used Size  Region Size  %age Used",
           "           FLASH:      212484 B         2 MB     10.13%",
           "             RAM:       81312 B       192 KB     41.36%",
           "$ west flash",
           "-- west flash: rebuilding",
           "ninja: no work to do.",
           "-- west flash: using runner openocd",
           "-- runners.openocd: Flashing file: /home/dev/work/tracker/build/zephyr/zephyr.hex",
           "** Programming Finished **",
           "** Verify Started **",
           "** Verified OK **",
           "** Resetting Target **",
           "shutdown command invoked",
           "$ minicom -D /dev/ttyACM0 -b 115200 -C a7672e.cap",
           "",
           "Welcome to minicom 2.8",
           "",
           "OPTIONS: I18n ",
           "Port /dev/ttyACM0, 17:02:11",
           "",
           "Press CTRL-A Z for help on special keys",
           ""]
    return pre + out, lab


@log("zephyr_lara_r6_baudrate.log", "zephyr-modem-chat-dbg", "u-blox LARA-R6401", True, "raw", ZV)
def _():
    items = [
        st("idle", "power pulse", 0.01), ev("timeout", 3.2), st("power pulse", "await power on"),
        ev("bus opened", 0.01), ev("timeout", 7.0), st("await power on", "set baudrate"), ev("bus opened", 0.01),
        ZS("u_blox_lara_r6_set_baudrate_chat_script"),
        T("ATE0", [], final=None, noecho=True, timeout=0.994),
        ev("script failed", 0.001),
        ZC("dbg", "modem_cellular", "modem_cellular_set_baudrate_event_handler",
           "no reply from modem, assuming baudrate is already set", 0.0),
        ev("bus closed", 0.02), ev("timeout", 0.1), st("set baudrate", "run init script"), ev("bus opened", 0.01),
        ZS("u_blox_lara_r6_init_chat_script"),
        T("AT+ULWM2M=1", [], match="mult", noecho=True),
        T("AT+CFUN=4", lat=0.8, noecho=True), T("AT+CMEE=1", noecho=True), T("AT+CREG=1", noecho=True),
        T("AT+CGREG=1", noecho=True), T("AT+CEREG=1", noecho=True),
        T("AT+CREG?", ["+CREG: 1,0"], noecho=True), T("AT+CEREG?", ["+CEREG: 1,0"], noecho=True),
        T("AT+CGREG?", ["+CGREG: 1,0"], noecho=True),
        T("AT+URAT=3", noecho=True),
        T("AT+CGSN", ["357862090123456"], match="catch", noecho=True),
        T("AT+CGMM", ["LARA-R6401"], match="catch", noecho=True),
        T("AT+CGMI", ["u-blox"], match="catch", noecho=True),
    ]
    z = Zephyr(t0=0.0)
    z.echo = False
    out, lab = z.render(items)
    return out, lab


@log("zephyr_hl7800_init.log", "zephyr-modem-chat-dbg", "Sierra Wireless HL7800", True, "raw (RTT viewer copy)", ZV)
def _():
    items = boot_zephyr("v3.7.0") + [
        st("idle", "power pulse", 0.0), ev("timeout", 0.3), st("power pulse", "await power on"),
        ev("bus opened", 0.01),
        U("+KSUP: 0"),
        ev("timeout", 6.0), st("await power on", "run init script"), ev("bus opened", 0.01),
        ZS("swir_hl7800_init_chat_script"),
        T("AT", [], match="none"), T("AT", [], match="none", gap=1.0), T("AT", [], match="none", gap=1.0),
        T("AT", [], match="none", gap=1.0),
        T("AT+KSLEEP=2", gap=1.0), T("AT+CPSMS=0"), T("AT+CEDRXS=0"), T("ATE0"),
        T("AT+CFUN=1", lat=1.1), T("AT+CGACT=0", [], match="mult", lat=0.4),
        T("AT+CFUN=4", lat=0.9), T("AT+CMEE=1"), T("AT+CREG=1"), T("AT+CEREG=1"),
    ]
    out, lab = zephyr(items, t0=0.0)
    return ["00> " + l for l in out], lab


@log("zephyr_sara_r5_periodic_dereg.log", "zephyr-modem-chat-dbg", "u-blox SARA-R510M8S", True, "raw", ZV)
def _():
    items = [ZC("inf", "app", "", "L4 connected, sending telemetry every 60 s", 0.0)]
    for k in range(2):
        items += [ZS("u_blox_sara_r5_periodic_chat_script", adv=4.0)]
        if k == 0:
            items += [T("AT+CREG?", ["+CREG: 1,5"], noecho=True), T("AT+CEREG?", ["+CEREG: 1,5"], noecho=True),
                      T("AT+CGREG?", ["+CGREG: 1,4"], noecho=True), ZE("complete"), ev("script success")]
        else:
            items += [T("AT+CREG?", ["+CREG: 1,5"], noecho=True),
                      T("AT+CEREG?", ["+CEREG: 1,2"], noecho=True),
                      T("AT+CGREG?", ["+CGREG: 1,4"], noecho=True), ZE("complete"), ev("script success")]
    items += [U("+CEREG: 2"), ev("deregistered"), st("registered", "await registered"),
              ZC("wrn", "app", "", "L4 disconnected", 0.02),
              ZS("u_blox_sara_r5_periodic_chat_script", adv=4.0),
              T("AT+CREG?", [], final=None, noecho=True, timeout=4.0),
              ev("script failed"),
              ZS("u_blox_sara_r5_periodic_chat_script", adv=0.0),
              T("AT+CREG?", ["+CREG: 1,2"], noecho=True),
              T("AT+CEREG?", ["+CEREG: 1,2"], noecho=True)]
    z = Zephyr(t0=1804.117)
    z.echo = False
    return z.render(items)


@log("slack_zephyr_eg800q_nocarrier.txt", "zephyr-modem-chat-dbg+slack-copy", "Quectel EG800Q-EU", True, "slack-copy", ZV)
def _():
    items = [ev("dlci2 opened", 0.0), st("open dlci2", "run dial script"),
             ZS("quectel_eg800q_dial_chat_script"),
             T("AT+CGACT=0,1", [], match="mult", noecho=True),
             T("AT+CFUN=1", noecho=True, lat=0.4),
             T("AT", [], match="none", noecho=True),
             T("ATD*99***1#", [], final="NO CARRIER", match="dial", noecho=True, abort=True, lat=0.6),
             ev("script failed"), st("run dial script", "run dial script", 0.0),
             ZS("quectel_eg800q_dial_chat_script", adv=2.0),
             T("AT+CGACT=0,1", [], match="mult", noecho=True),
             T("AT+CFUN=1", noecho=True),
             T("AT", [], match="none", noecho=True),
             T("ATD*99***1#", [], final="CONNECT", match="connect", noecho=True, lat=0.8),
             ZE("complete"), ev("script success"), st("run dial script", "await registered")]
    z = Zephyr(t0=21.552)
    z.echo = False
    out, lab = z.render(items)
    wrap = ["Jonas Berg  10:41 AM",
            "anyone seen this with the EG800Q? dial script gets NO CARRIER on the first try, second run connects. the",
            "`AT` with 500 ms before ATD is already in the driver",
            ] + out + [
            "Priya N  10:47 AM",
            "the first NO CARRIER is the modem not attached yet, CFUN=1 only just went in. you can see it's fine on retry",
            "1 reply",
            "Jonas Berg  10:52 AM",
            "makes sense, I'll bump the delay :+1:"]
    return wrap, lab


@log("zephyr_lexi_r10_init.log", "zephyr-modem-chat-dbg", "u-blox LEXI-R10401D", True, "raw", ZV)
def _():
    items = [
        st("await power on", "set baudrate", 0.0), ev("bus opened", 0.01),
        ZS("trasna_lexi_r10_set_baudrate_chat_script"),
        T("ATE0"), T("AT+IPR=921600", noecho=True), ZE("complete"),
        ev("script success"), ev("bus closed", 0.01), ev("timeout", 0.3), st("set baudrate", "run init script"),
        ev("bus opened", 0.01),
        ZS("trasna_lexi_r10_init_chat_script"),
        T("AT+CFUN=4", lat=0.7, noecho=True), T("AT+CMEE=1", noecho=True), T("AT+CREG=1", noecho=True),
        T("AT+CEREG=1", noecho=True), T("AT+CGEREP=1", noecho=True),
        T("AT+CREG?", ["+CREG: 1,0"], noecho=True), T("AT+CEREG?", ["+CEREG: 1,0"], noecho=True),
        T("AT+CGSN", ["356720110123456"], match="catch", noecho=True),
        T("AT+CGMM", ["LEXI-R10401D"], match="catch", noecho=True),
        U("+CGEV: ME PDN DEACT 1"),
        T("AT+CGMI", ["u-blox"], match="catch", noecho=True),
        T("AT+CGMR", ["02.05"], match="catch", noecho=True),
    ]
    z = Zephyr(t0=4.870)
    return z.render(items)


@log("discord_zephyr_bg96_cfun_abort.txt", "zephyr-modem-chat-dbg+discord-copy", "Quectel BG96", True, "discord-copy + fence", ZV)
def _():
    items = [st("await power on", "run init script", 0.0), ev("bus opened", 0.01),
             ZS("quectel_bg9x_init_chat_script"),
             T("ATE0"),
             T("AT+CFUN=4", [], final="ERROR", abort=True, lat=0.2),
             ev("script failed"), st("run init script", "power pulse"), ev("timeout", 1.5),
             st("power pulse", "await power on"), ev("bus opened", 0.01),
             U("RDY"), U("APP RDY"), ev("modem ready"),
             st("await power on", "run init script"), ev("bus opened", 0.01),
             ZS("quectel_bg9x_init_chat_script"),
             T("ATE0"), T("AT+CFUN=4", lat=0.4), T("AT+CMEE=1"), T("AT+CREG=1"), T("AT+CGREG=1"), T("AT+CEREG=1")]
    z = Zephyr(t0=14.3)
    out, lab = z.render(items)
    return ["mkr_dev — Today at 09:12",
            "first AT+CFUN=4 after power on gives ERROR on my BG96 (fw BG96MAR02A07M1G), then the driver power cycles and it works",
            "```"] + out + ["```",
            "mkr_dev — Today at 09:13",
            "is that expected? ~2 s wasted every boot",
            "bjarki — Today at 09:31",
            "BG96 answers ERROR to CFUN while it is still starting up, the driver waits for APP RDY only if it arrives before the timeout"], lab


@log("ci_twister_sara_r4_hil.log", "zephyr-modem-chat-dbg+github-actions", "u-blox SARA-R412M", True, "github-actions raw job log", ZV)
def _():
    items = boot_zephyr("v3.7.0-rc2") + [
        st("idle", "power pulse", 0.0), ev("timeout", 1.0), st("power pulse", "await power on"),
        ev("bus opened", 0.01), ev("timeout", 5.0), st("await power on", "run init script"), ev("bus opened", 0.01),
        ZS("u_blox_sara_r4_init_chat_script"),
        T("AT", [], final=None, match="none", noecho=True),
        T("AT", [], match="none", gap=0.1), T("AT", [], match="none", gap=0.1), T("AT", [], match="none", gap=0.1),
        T("ATE0", gap=0.1), T("AT+CFUN=4", lat=0.7), T("AT+CMEE=1"),
        N("--- 52 messages dropped ---"),
        T("AT+CMUX=0,0,5,127", [], step=17, noecho=True),
        ZE("complete"), ev("script success"), st("run init script", "connect cmux", 0.3),
        ev("cmux connected", 0.1), st("connect cmux", "open dlci1"), ev("dlci1 opened", 0.05),
        st("open dlci1", "open dlci2"), ev("dlci2 opened", 0.05), st("open dlci2", "run dial script"),
        ZS("u_blox_sara_r4_dial_chat_script"),
        T("AT+CGACT=0,1", [], final="ERROR", match="mult", noecho=True),
        T("AT+CFUN=1", noecho=True, lat=0.4),
        T("ATD*99***1#", [], final=None, match="none", noecho=True),
        ZE("complete"), ev("script success"), st("run dial script", "await registered"),
        ZC("err", "app", "", "Network not ready after 120 s", 120.0),
    ]
    out, lab = zephyr(items, t0=0.0)
    return gha(out, group="Device output (handler.log)", before=[
        "##[group]Run west twister -p nucleo_l476rg --device-testing --device-serial /dev/ttyUSB1 -T tests/hil/cellular",
        "west twister -p nucleo_l476rg --device-testing --device-serial /dev/ttyUSB1 -T tests/hil/cellular",
        "shell: /usr/bin/bash -e {0}",
        "##[endgroup]",
        "INFO    - Using Ninja..",
        "INFO    - 1 test scenarios (1 configurations) selected, 0 configurations filtered (0 by static filter, 0 at runtime).",
        "INFO    - 1/1 nucleo_l476rg tests/hil/cellular/hil.cellular.sara_r4       FAILED Timeout (device 130.002s)",
        "ERROR   - see: /home/runner/work/fw/fw/twister-out/nucleo_l476rg/tests/hil/cellular/hil.cellular.sara_r4/handler.log"],
        after=["##[error]Process completed with exit code 1."]), lab


@log("zephyr_eg25g_periodic_nofunc.log", "zephyr-modem-chat-dbg(no-func-prefix)", "Quectel EG25-G", True, "raw, CONFIG_LOG_FUNC_NAME_PREFIX_DBG=n", ZV)
def _():
    items = []
    for k, (csq, ce) in enumerate([("+CSQ: 21,99", "+CEREG: 1,1"), ("+CSQ: 99,99", "+CEREG: 1,1")]):
        items += [ZS("quectel_eg25_g_periodic_chat_script", adv=4.0 if k else 0.0),
                  T("AT+CREG?", ["+CREG: 1,1"], noecho=True), T("AT+CEREG?", [ce], noecho=True),
                  T("AT+CGREG?", ["+CGREG: 1,1"], noecho=True),
                  T("AT+CSQ", [csq], match="csq", done_first=True, noecho=True),
                  ev("script success")]
    z = Zephyr(t0=188.02, func=False)
    z.echo = False
    return z.render(items)


@log("zephyr_userpipe_bg95_gnss.log", "zephyr-modem-chat-dbg(user-pipe)", "Quectel BG95-M3", True, "raw", ZV + "; the app's own MODEM_CHAT_SCRIPT on the DLCI user pipe")
def _():
    items = [ZC("inf", "gnss_app", "", "user pipe connected, enabling GNSS", 0.0),
             ZS("gnss_enable_script"),
             T('AT+QGPSCFG="outport","none"', noecho=True),
             T("AT+QGPS=1", [], final=None, noecho=True, label_final="+CME ERROR: 504",
               after=["+CME ERROR: 504"], timeout=2.0),
             ZC("err", "gnss_app", "", "GNSS enable failed: -11", 0.001),
             ZS("gnss_stop_script", adv=0.5),
             T("AT+QGPSEND", noecho=True), ZE("complete"),
             ZS("gnss_enable_script", adv=0.2),
             T('AT+QGPSCFG="outport","none"', noecho=True),
             T("AT+QGPS=1", noecho=True), ZE("complete"),
             ZS("gnss_fix_script", adv=30.0),
             T("AT+QGPSLOC=2", ["+QGPSLOC: 081512.000,51.50735,-0.12776,1.2,48.0,3,0.00,0.0,0.0,071226,09"],
               match=("+QGPSLOC: ", ","), noecho=True, done_first=True),
             ZC("inf", "gnss_app", "", "fix: 51.507350 -0.127760 hdop 1.2", 0.001)]
    z = Zephyr(t0=42.77)
    z.echo = False
    return z.render(items)


@log("mail_zephyr_sara_r5_ccid.txt", "zephyr-modem-chat-dbg+email-quote", "u-blox SARA-R510S", True, "email-quote", ZV)
def _():
    items = [ZS("u_blox_sara_r5_init_chat_script", step=13, announce=False),
             T("AT+CGSN", ["358723100123456"], match="catch", noecho=True),
             T("AT+CGMM", ["SARA-R510S-01B"], match="catch", noecho=True),
             T("AT+CGMI", ["u-blox"], match="catch", noecho=True),
             T("AT+CGMR", ["03.15"], match="catch", noecho=True),
             T("AT+CIMI", ["001010000054321"], match="catch", noecho=True),
             T("AT+CCID", ["+CCID: 8944500601234567890F"], match="iccid", noecho=True),
             T("AT+CMUX=0,0,5,127", noecho=True),
             ZE("complete"), ev("script success"), st("run init script", "connect cmux", 0.3),
             ZC("wrn", "modem_cmux", "", "CMUX connect timed out", 2.0)]
    z = Zephyr(t0=11.904)
    z.echo = False
    out, lab = z.render(items)
    return mailquote(out, before=[
        "Hi Tomasz,", "",
        "thanks, the ICCID now comes through, but CMUX never connects afterwards. Log below.", "",
        "Regards,", "Marta", "",
        "On Fri, 4 Dec 2026 at 16:02, Tomasz Wrobel <tomasz@example.com> wrote:",
        "> Can you enable CONFIG_MODEM_MODULES_LOG_LEVEL_DBG and send the init part?", ">",
        "Here it is:", ""], depth=1), lab


@log("jira_zephyr_hl7800_apn.txt", "zephyr-modem-chat-dbg+jira-code", "Sierra Wireless HL7800", True, "jira {code}", ZV)
def _():
    items = [ZS("swir_hl7800_init_chat_script", step=15, announce=False),
             T("AT+CEREG?", ["+CEREG: 1,0"], noecho=True),
             T("AT+CGSN", ["354723090012345"], match="catch", noecho=True),
             T("AT+CGMM", ["HL7800"], match="catch", noecho=True),
             N("--- 14 messages dropped ---"),
             ZE("complete"), ev("script success"), st("run init script", "connect cmux", 0.2),
             ev("cmux connected", 0.1), st("connect cmux", "open dlci1"), ev("dlci1 opened"),
             st("open dlci1", "open dlci2"), ev("dlci2 opened"), st("open dlci2", "run apn script"),
             ZS("modem_celullar_set_apn"),
             T('AT+CGDCONT=1,"IP","iot.example"', noecho=True),
             T('AT+KCNXCFG=1,"GPRS","iot.example",,,"IPV4"', noecho=True),
             ZE("complete"), ev("script success"), st("run apn script", "await registered"),
             U("+CEREG: 2"), ev("deregistered"), U("+CEREG: 3"), ev("deregistered")]
    z = Zephyr(t0=9.03)
    z.echo = False
    out, lab = z.render(items)
    return jira(out, before=["h3. Summary", "HL7800 registration denied after the APN script (customer SIM, APN iot.example)", "",
                             "h3. Device log", ""],
                after=["", "+CEREG stat 3 = registration denied. [~m.ortiz] please check the SIM profile on the operator side.",
                       "Attachment: hl7800_full.log (44 kB)"]), lab


@log("zephyr_a7670e_reboot_midinit.log", "zephyr-modem-chat-dbg", "SIMCom A7670E", True, "raw", ZV)
def _():
    items = [ZS("simcom_a76xx_init_chat_script"),
             T("AT", [], match="none"), T("AT", [], match="none", gap=0.1), T("AT", [], match="none", gap=0.1),
             T("AT", [], match="none", gap=0.1), T("ATE0", gap=0.1),
             T("AT+CGNSSPWR=1", [], match="mult", noecho=True, lat=0.2),
             T("AT+CFUN=4", [], final=None, noecho=True,
               after=["", "*ATREADY: 1", "+CPIN: READY", "SMS DONE", "PB DONE"], timeout=8.4),
             ev("script failed"), st("run init script", "power pulse"), ev("timeout", 1.5),
             st("power pulse", "await power on"), ev("bus opened", 0.01), ev("timeout", 10.0),
             st("await power on", "run init script"), ev("bus opened", 0.01),
             ZS("simcom_a76xx_init_chat_script")]
    z = Zephyr(t0=6.1)
    out, lab = z.render(items)
    z.echo = True
    items2 = [T("AT", [], match="none"), T("AT", [], match="none", gap=0.1), T("AT", [], match="none", gap=0.1),
              T("AT", [], match="none", gap=0.1), T("ATE0", gap=0.1),
              T("AT+CGNSSPWR=1", [], match="mult"), T("AT+CFUN=4", lat=0.3), T("AT+CMEE=1")]
    return z.render(items2)


@log("details_zephyr_lara_r6_crsm.md", "zephyr-modem-chat-dbg+github-details", "u-blox LARA-R6001D", True, "github <details> + fence", ZV)
def _():
    items = [ZS("u_blox_lara_r6_init_chat_script", step=6, announce=False),
             T("AT+CREG?", ["+CREG: 1,0"], noecho=True), T("AT+CEREG?", ["+CEREG: 1,0"], noecho=True),
             T("AT+CGREG?", ["+CGREG: 1,0"], noecho=True),
             T("AT+URAT=3,2", noecho=True),
             T('AT+CRSM=214,28539,0,0,12,"FFFFFFFFFFFFFFFFFFFFFFFF"', ['+CRSM: 144,0,""'], noecho=True, lat=0.3),
             T("AT+CGSN", ["358112100123456"], match="catch", noecho=True),
             T("AT+CGMM", ["LARA-R6001D"], match="catch", noecho=True),
             T("AT+CGMI", ["u-blox"], match="catch", noecho=True),
             T("AT+CGMR", ["00.17"], match="catch", noecho=True),
             T("AT+CIMI", ["001019876543210"], match="catch", noecho=True),
             T("AT+CCID", ["+CCID: 89441000300123456789"], match="iccid", noecho=True),
             T("AT+CMUX=0,0,5,31", noecho=True),
             ZE("complete"), ev("script success")]
    z = Zephyr(t0=8.5)
    z.echo = False
    out, lab = z.render(items)
    return details(out, "init log with CONFIG_MODEM_CELLULAR_CLEAR_FORBIDDEN=y", before=[
        "The forbidden-PLMN clear works (the `+CRSM: 144,0,\"\"` line is the SIM's 90 00), but after that the modem",
        "still prefers the roaming partner. Full init below.", ""],
        after=["", "Any idea why `AT+COPS` is not reset too? I can add `AT+COPS=0` to the script but it takes 30 s."]), lab


@log("zephyr_eg25g_apn_dial_retry.log", "zephyr-modem-chat-dbg", "Quectel EG25-GL", True, "raw", ZV)
def _():
    items = [st("open dlci2", "run apn script", 0.0),
             ZS("modem_celullar_set_apn"),
             T('AT+CGDCONT=1,"IP","internet.example"', noecho=True), ZE("complete"),
             ev("script success"), st("run apn script", "run dial script"),
             ZS("quectel_eg25_g_dial_chat_script"),
             T("AT+CGACT=0,1", [], final=None, match="mult", noecho=True, label_final="+CME ERROR: 30",
               after=["+CME ERROR: 30"], timeout=9.95),
             ev("script failed"), st("run dial script", "run dial script", 0.0),
             ZS("quectel_eg25_g_dial_chat_script", adv=1.0),
             T("AT+CGACT=0,1", [], match="mult", noecho=True),
             T("AT+CFUN=1", noecho=True, lat=0.3),
             T("ATD*99***1#", [], final="CONNECT", match="connect", noecho=True, lat=0.5),
             ZE("complete"), ev("script success"), st("run dial script", "await registered"),
             ZS("quectel_eg25_g_periodic_chat_script", adv=4.0),
             T("AT+CREG?", ["+CREG: 1,1"], noecho=True), T("AT+CEREG?", ["+CEREG: 1,1"], noecho=True),
             T("AT+CGREG?", ["+CGREG: 1,1"], noecho=True),
             ev("registered"),
             T("AT+CSQ", ["+CSQ: 18,99"], match="csq", done_first=True, noecho=True),
             ev("script success"), st("await registered", "registered")]
    z = Zephyr(t0=15.2)
    z.echo = False
    return z.render(items)


# ---------------------------------------------------------------- RIOT tests/drivers/at

def riot_head(ver="2025.07", port="/dev/ttyACM0", board=None, make=True):
    h = []
    if make:
        h += ["make -C tests/drivers/at BOARD=%s flash term" % (board or "nucleo-l476rg"),
              "make: Entering directory '/home/ci/RIOT/tests/drivers/at'",
              "Building application \"tests_at\" for \"%s\" with CPU \"stm32\"." % (board or "nucleo-l476rg"),
              "",
              '"make" -C /home/ci/RIOT/pkg/cmsis/',
              '"make" -C /home/ci/RIOT/boards/common/init',
              '"make" -C /home/ci/RIOT/drivers/at',
              "   text\t   data\t    bss\t    dec\t    hex\tfilename",
              "  24560\t    136\t   5232\t  29928\t   74e8\t/home/ci/RIOT/tests/drivers/at/bin/%s/tests_at.elf" % (board or "nucleo-l476rg"),
              "/home/ci/RIOT/dist/tools/openocd/openocd.sh flash /home/ci/RIOT/tests/drivers/at/bin/%s/tests_at.elf" % (board or "nucleo-l476rg"),
              "### Flashing Target ###",
              "Open On-Chip Debugger 0.12.0",
              "** Programming Finished **",
              "** Verified OK **",
              "Done flashing",
              "/home/ci/RIOT/dist/tools/pyterm/pyterm -p \"%s\" -b \"115200\"" % port]
    return h


def pyterm_banner(port="/dev/ttyACM0"):
    return [N("Connect to serial port %s" % port), N("Welcome to pyterm!"), N("Type '/exit' to exit.")]


@log("riot_pyterm_sara_r410m_raw.log", "riot-at-print-incoming+pyterm", "u-blox SARA-R410M-02B", True, "pyterm (make term)", RV)
def _():
    items = pyterm_banner() + [N("main(): This is RIOT! (Version: 2025.07)"), N("AT command test app"),
             N("> init 1 115200"), N("> power_on"), N("Powered on"),
             T("AT", mode="send_ok"),
             T("AT+CGMM", ["SARA-R410M-02B"], mode="send"),
             T("AT+CSQ", ["+CSQ: 12,99"], mode="send"),
             T("AT+CFUN=1", mode="send_ok", gap=3.0),
             T("AT+CEREG?", ["+CEREG: 0,2"], mode="send", gap=2.0),
             T("AT+COPS=?", [], final=None, mode="send_lines", gap=1.0),
             U(""), U('+COPS: (1,"Example Net","ExNet","00101",7),,(0,1,2,3,4),(0,1,2)'), U(""), U("OK"),
             T("AT+CEREG?", ["+CEREG: 0,5"], mode="send", gap=4.0),
             ]
    r = Riot(raw=True, echo=True)
    out, lab = r.render(items)
    # the module's reply to AT+COPS=? (after the 10 s timeout) is printed while waiting for the next echo
    for l in lab:
        if l["command"] == "AT+COPS=?":
            l["final"] = "OK"
    return riot_head() + out, lab


@log("riot_bg96_quiet.log", "riot-tests-at-shell", "Quectel BG96", True, "picocom", RV)
def _():
    items = [N("main(): This is RIOT! (Version: 2024.10)"), N("AT command test app"),
             N("> init 2 115200"), N("> power_on"), N("Powered on"),
             T("AT+CSQ", ["+CSQ: 17,99"], mode="send"),
             T("AT+CGMI", ["Quectel"], mode="send_lines"),
             T("AT+QGMR", ["BG96MAR02A07M1G_01.019.01.019"], mode="send_lines"),
             T("AT+CFUN=1", mode="send_ok"),
             T("AT+CREG?", ["+CREG: 0,2"], mode="send"),
             T("AT+COPS?", ['+COPS: 0,0,"Example Net",8'], mode="send_lines", gap=20.0),
             T("AT+QIACT=1", [], final="ERROR", mode="send_ok"),
             T("AT+QIACT?", [], final="OK", mode="send_lines")]
    r = Riot(raw=False, echo=True, pyterm=None)
    out, lab = r.render(items)
    # send_lines with only OK prints an empty-ish response
    return ["picocom v3.1", "", "port is        : /dev/ttyUSB0", "flowcontrol    : none", "baudrate is    : 115200",
            "", "Type [C-a] [C-h] to see available commands", "Terminal ready", ""] + out + \
           ["", "Terminating...", "Thanks for using picocom"], lab


@log("gh_riot_sim7020e_socket.md", "riot-at-print-incoming+github-fence", "SIMCom SIM7020E", True, "github-issue-fence", RV)
def _():
    items = [T("AT+CPIN?", ["+CPIN: READY"], mode="send_ok"),
             T("AT+CGCONTRDP", ['+CGCONTRDP: 1,5,"iot.example","10.45.12.7.255.255.255.0"'], mode="send_ok"),
             T("AT+CSOC=1,2,1", ["+CSOC: 0"], mode="send_ok"),
             T('AT+CSOCON=0,5683,"192.0.2.10"', mode="send_ok", typed='AT+CSOCON=0,5683,\\"192.0.2.10\\"'),
             T('AT+CSOSEND=0,0,"hello"', [], final="+CME ERROR: 3", mode="send_ok",
               typed='AT+CSOSEND=0,0,\\"hello\\"'),
             T("AT+CSOSEND=0,5,68656C6C6F", mode="send_ok"),
             T("AT+CSOCL=0", mode="send_ok")]
    r = Riot(raw=True, echo=True, pyterm="2026-12-06 14:20:%02d,%03d # ", t0=11.0)
    out, lab = r.render(items)
    return fence(out, before=[
        "#### Description", "",
        "`at_send_cmd_wait_ok()` returns -1 for the string form of `AT+CSOSEND` on a SIM7020E; the hex form works.",
        "Built `tests/drivers/at` with `CFLAGS += -DAT_PRINT_INCOMING=1`, output:", ""],
        after=["", "#### Expected results", "", "Either both forms work or the driver docs say which one to use.",
               "", "#### Versions", "", "RIOT 2025.04, board `nucleo-f411re`, SIM7020E fw 1752B12SIM7020E"]), lab


@log("riot_bc66_urc_debug.log", "riot-at-print-incoming+at-debug+pyterm", "Quectel BC66", True, "pyterm", RV)
def _():
    items = [N("AT command test app"), N("> init 1 9600"), N("> power_on"), N("Powered on"),
             T("+CEREG", mode="add_urc"), T("+QIOPEN", mode="add_urc"),
             T("AT+CEREG=1", mode="send_ok"),
             U(""), U("+CEREG: 2"),
             T("AT+CFUN=1", mode="send_ok", gap=2.0),
             T("5000000", ["", "+CEREG: 1"], mode="process_urc"),
             T("AT+CEREG?", ["+CEREG: 1,1"], mode="send"),
             T('AT+QIOPEN=1,0,"UDP","192.0.2.20",5683,0,0', mode="send_ok",
               typed='AT+QIOPEN=1,0,\\"UDP\\",\\"192.0.2.20\\",5683,0,0'),
             T("3000000", ["", "+QIOPEN: 0,0"], mode="process_urc"),
             T("AT+QICLOSE=0", mode="send_ok")]
    r = Riot(raw=True, echo=True, debug=True, pyterm="2026-12-07 07:55:%02d,%03d # ", t0=2.0)
    return r.render(items)


@log("riot_make_term_gm02s.txt", "riot-at-print-incoming+pyterm", "Sequans Monarch 2 GM02S", True, "make flash term output", RV)
def _():
    items = pyterm_banner("/dev/ttyUSB0") + [N("main(): This is RIOT! (Version: 2025.10-devel-112-g5d1c0)"),
             N("AT command test app"), N("> init 0 115200"), N("> power_on"), N("Powered on"),
             T("AT+CFUN=0", mode="send_ok"),
             T('AT+SQNBANDSEL=0,"standard","20"', mode="send_ok", typed='AT+SQNBANDSEL=0,\\"standard\\",\\"20\\"'),
             T("AT+CFUN=1", mode="send_ok", gap=2.0),
             T("AT+CEREG?", ["+CEREG: 0,2"], mode="send", gap=5.0),
             T("AT+SQNMONI=9", ['+SQNMONI: Example Net Cc:001 Nc:01 RSRP:-104.10 CINR:3.20 RSRQ:-11.50 TAC:1 Id:120 EARFCN:6300 PWR:-78.52 PAGING:128'], mode="send_lines"),
             T("AT+CSQ", ["+CSQ: 14,99"], mode="send"),
             T("AT+CEREG?", ["+CEREG: 0,5"], mode="send", gap=20.0)]
    r = Riot(raw=True, echo=True, pyterm="2026-12-07 09:02:%02d,%03d # ", t0=6.0)
    out, lab = r.render(items)
    return riot_head(board="nucleo-l476rg", port="/dev/ttyUSB0") + out, lab


@log("mail_riot_hl7802_lines.txt", "riot-tests-at-shell+email-quote", "Sierra Wireless HL7802", True, "email-quote (pyterm)", RV)
def _():
    items = [T("ATI", ["HL7802", "Revision 4.6.9.4"], mode="send_lines"),
             T("AT+KCARRIERCFG?", ["+KCARRIERCFG: 0"], mode="send_lines"),
             T("AT+KBNDCFG?", ["+KBNDCFG: 0,0000000000000000080E189F", "+KBNDCFG: 1,00000000000000000000000000000000"], mode="send_lines"),
             T("AT+CFUN=1", mode="send_ok", gap=1.5),
             T("AT+CEREG?", ["+CEREG: 0,2"], mode="send", gap=8.0),
             T("AT+KSRAT?", ["+KSRAT: 0"], mode="send_lines")]
    r = Riot(raw=False, echo=True, pyterm="2026-12-03 11:14:%02d,%03d # ", t0=20.0)
    out, lab = r.render(items)
    return mailquote(out, before=[
        "Hi all,", "",
        "forwarding what Ben sent me, the HL7802 never registers on our bench. This is the RIOT at test app:", "",
        "-------- Forwarded Message --------",
        "Subject: HL7802 bring-up",
        "Date: Thu, 3 Dec 2026 11:20:41 +0100", ""], after=["", "Does +KBNDCFG look right for band 20 / 8?", "", "Anna"]), lab


@log("riot_murata1sc_picocom_raw.log", "riot-at-print-incoming", "Murata Type 1SC (ALT1250)", True, "picocom, raw", RV)
def _():
    items = [N("main(): This is RIOT! (Version: 2025.01)"), N("AT command test app"),
             N("> init 1 115200"), N("> power_on"), N("Powered on"),
             T("AT%VER", ["%VER: MODEM:RK_03_02_00_00_41148_001 PROTOCOL:ALT1250_04_05_02_00_69"], mode="send_lines"),
             T('AT%SETCFG="BAND","20"', mode="send_ok", typed='AT%SETCFG=\\"BAND\\",\\"20\\"'),
             T("AT+CFUN=1", mode="send_ok"),
             T("AT+CEREG?", ["+CEREG: 0,2"], mode="send", gap=3.0),
             T('AT%PDNSET=1,"iot.example","IP"', [], final="ERROR", mode="send_ok",
               typed='AT%PDNSET=1,\\"iot.example\\",\\"IP\\"'),
             T("AT+CMEE=2", mode="send_ok"),
             T('AT%PDNSET=1,"iot.example","IP"', [], final="+CME ERROR: operation not allowed", mode="send_ok",
               typed='AT%PDNSET=1,\\"iot.example\\",\\"IP\\"')]
    r = Riot(raw=True, echo=True, pyterm=None)
    return r.render(items)


@log("riot_sim7600_boot_timeout.log", "riot-at-print-incoming+pyterm", "SIMCom SIM7600E-H", True, "pyterm", RV)
def _():
    items = [N("AT command test app"), N("> init 1 115200"), N("> power_on"), N("Powered on"),
             T("AT", mode="send_ok", noanswer=True, final=None),
             T("AT", mode="send_ok", noanswer=True, final=None, gap=2.0),
             U(""), U("RDY"), U(""), U("+CPIN: READY"), U(""), U("SMS DONE"), U(""), U("PB DONE"),
             T("AT", mode="send_ok", gap=6.0),
             T("AT+CGSN", ["862636050123456"], mode="send"),
             T("AT+CPSI?", ["+CPSI: LTE,Online,001-01,0x1A2B,27447301,301,EUTRAN-BAND3,1300,5,5,-101,-1032,-742,13"], mode="send_lines"),
             T("AT+NETOPEN", mode="send_ok"),
             U(""), U("+NETOPEN: 0")]
    r = Riot(raw=True, echo=True, pyterm="2026-12-07 06:31:%02d,%03d # ", t0=1.0)
    return r.render(items)


@log("reddit_riot_n58_indented.md", "riot-at-print-incoming+indented-code", "Neoway N58", True, "reddit indented code", RV)
def _():
    items = [T("AT+CGATT?", ["+CGATT: 1"], mode="send"),
             T("AT+CFUN?", ["+CFUN: 1"], mode="send"),
             T("AT+XIIC=1", mode="send_ok"),
             T("AT+XIIC?", ["+XIIC:    1,10.12.34.56"], mode="send_lines"),
             T('AT+TCPSETUP=0,192.0.2.30,8080', [], final="ERROR", mode="send_ok")]
    r = Riot(raw=True, echo=True, pyterm=None)
    out, lab = r.render(items)
    return indent(out, before=[
        "**RIOT + Neoway N58: TCPSETUP always ERROR?**", "",
        "Using the `tests/drivers/at` app to poke the modem before writing a proper driver. Attach and PDP look fine but",
        "TCPSETUP errors out:", ""],
        after=["", "edit: the IP must be in quotes for this firmware, RIOT's shell ate mine. Escape them with \\\" and it works."]), lab


# ---------------------------------------------------------------- ESP-IDF esp_modem

def idf_monitor_head(port="/dev/ttyUSB0", chip="esp32", app="pppos_client"):
    return ["--- idf_monitor on %s 115200 ---" % port,
            "--- Quit: Ctrl+] | Menu: Ctrl+T | Help: Ctrl+T followed by Ctrl+H ---",
            "ets Jul 29 2019 12:21:46", "",
            "rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)",
            "configsip: 0, SPIWP:0xee",
            "clk_drv:0x00,q_drv:0x00,d_drv:0x00,cs0_drv:0x00,hd_drv:0x00,wp_drv:0x00",
            "mode:DIO, clock div:2",
            "load:0x3fff0030,len:7176",
            "entry 0x40080654",
            "I (29) boot: ESP-IDF v5.2.1 2nd stage bootloader",
            "I (29) boot: compile time Dec  6 2026 18:02:11",
            "I (30) boot: Multicore bootloader",
            "I (247) cpu_start: Pro cpu start user code",
            "I (247) cpu_start: cpu freq: 160000000 Hz",
            "I (248) app_init: Application information:",
            "I (251) app_init: Project name:     %s" % app,
            "I (256) app_init: ESP-IDF:          v5.2.1",
            "I (331) main_task: Started on CPU0",
            "I (341) main_task: Calling app_main()"]


@log("idf_monitor_sim7600_ppp.txt", "esp-modem-command-lib-debug+idf-monitor", "SIMCom SIM7600E", True, "idf.py monitor", EV)
def _():
    items = [N("I (351) pppos_example: Initializing esp_modem for the SIM7600 module..."),
             N("I (361) uart: queue free spaces: 30"),
             T("AT", [], noresp=True, final=None, wait=500),
             T("AT", [], gap=510),
             T("ATE0", [], gap=20),
             T("AT+IFC=2,2"),
             T('AT+CGDCONT=1,"IP","internet.example"'),
             N("I (1421) pppos_example: Signal quality: rssi=20, ber=99"),
             T("ATD*99#", [], final="CONNECT", lat=180),
             N("I (1631) esp-netif_lwip-ppp: Connected"),
             N("I (1631) esp-netif_lwip-ppp: Name Server1: 198.51.100.53"),
             N("I (1641) pppos_example: IP          : 10.88.14.201")]
    e = EspModem(t0=380, echo=True)
    out, lab = e.render(items)
    return idf_monitor_head() + out, lab


@log("esp_modem_bg96_sms.log", "esp-modem-command-lib-debug", "Quectel BG96", True, "raw serial log", EV)
def _():
    items = [N("I (412) modem_sms: Sending SMS to +15550100123"),
             T("AT", []),
             T("AT+CMGF=1", []), T('AT+CSCS="GSM"', []),
             T('AT+CMGS="+15550100123"', ["+CMGS: 12"], kind="sms", payload="tracker 7 battery low", payload_echo=True),
             N("I (3290) modem_sms: SMS sent")]
    e = EspModem(t0=420, echo=True)
    return e.render(items)


@log("gh_esp_modem_a7670_cmux.md", "esp-modem-command-lib-debug+github-fence", "SIMCom A7670E", True, "github-issue-fence", EV)
def _():
    items = [T("AT", []), T("ATE0", []),
             T('AT+CGDCONT=1,"IP","iot.example"', []),
             T("AT+CMUX=0", [], final="+CME ERROR: 4", lat=40),
             N("E (2210) esp_modem_c_api: set_mode(CMUX) failed"),
             T("AT+CMUX=0,0,5,127,10,3,30,10,2", [], final="OK", gap=1000)]
    e = EspModem(t0=1980, echo=True)
    out, lab = e.render(items)
    return fence(out, before=[
        "### Answers checklist.", "", "- [x] I have read the documentation", "- [x] I have searched the issue tracker", "",
        "### General issue report", "",
        "`esp_modem_set_mode(dce, ESP_MODEM_MODE_CMUX)` fails on an A7670E (fw A011B07A7670M7). Debug log of command_lib:", ""],
        lang="text", after=["", "The second CMUX line is me sending it by hand with `esp_modem_at()` from the console example."]), lab


@log("esp_modem_sim800_sync_retry.log", "esp-modem-command-lib-debug", "SIMCom SIM800L", True, "raw", EV)
def _():
    items = [N("I (402) modem_app: waiting for modem..."),
             T("AT", [], noresp=True, final=None, wait=500),
             T("AT", [], noresp=True, final=None, wait=500, gap=10),
             T("AT", [], noresp=True, final=None, wait=500, gap=10),
             N("W (2017) modem_app: sync failed, retrying"),
             T("AT", [], gap=1000),
             T("ATE0", []),
             T('AT+CGDCONT=1,"IP","gprs.example"', []),
             T("ATD*99#", [], final=None, label_final="NO CARRIER", partials=["\r\nNO CARRIER\r\n"], lat=4200, noresp_after=True),
             N("E (9412) modem_app: Modem set_data_mode failed")]
    e = EspModem(t0=420, echo=True)
    out, lab = e.render(items)
    return out, lab


@log("forum_esp_modem_ec21_verbose.txt", "esp-modem-command-lib-verbose+forum-post", "Quectel EC21-E", True, "esp32.com forum post", EV)
def _():
    items = [T("AT", [], fn="sync"),
             T("ATE0", [], fn="set_echo"),
             T("AT+CGSN", ["861536030123456"], kind="get", fn="get_imei"),
             T("AT+CSQ", ["+CSQ: 23,99"], kind="get", fn="get_signal_quality"),
             T('AT+CGDCONT=1,"IP","internet.example"', [], fn="set_pdp_context", common=True),
             T("ATD*99#", [], final="CONNECT", fn="set_data_mode", common=False, lat=120)]
    e = EspModem(t0=900, verbose=True, echo=True)
    out, lab = e.render(items)
    return ["Re: EC21 PPP never gets an IP", "", "Postby mcollins » Sat Dec 05, 2026 8:14 pm", "",
            "Set command_lib to verbose as you asked, this is everything from sync to CONNECT:", "",
            "Code: Select all", ""] + out + ["", "After CONNECT nothing, lwip-ppp just times out after 30 s."], lab


@log("idf_monitor_bg95_powerdown.txt", "esp-modem-command-lib-debug+idf-monitor", "Quectel BG95-M3", True, "idf.py monitor", EV)
def _():
    items = [N("I (4511) bg95_app: going to sleep for 3600 s, powering the modem down"),
             T("AT+QGPSEND", [], final="+CME ERROR: 505", gap=10),
             T("AT+CFUN=0", [], gap=40, lat=900),
             T("AT+QPOWD=1", [], final="OK", partials=["\r\nOK\r\n"], full="\r\nOK\r\n\r\nPOWERED DOWN\r\n", lat=300),
             N("I (6210) bg95_app: modem off, entering deep sleep"),
             N("I (6220) sleep: Configure to isolate all GPIO pins in sleep state"),
             N("ets Jul 29 2019 12:21:46")]
    e = EspModem(t0=4520, echo=False)
    out, lab = e.render(items)
    return idf_monitor_head(app="bg95_app") + out, lab


# ---------------------------------------------------------------- FreeRTOS Cellular Interface

@log("freertos_cellular_bg96_init.log", "freertos-cellular-pktio-debug", "Quectel BG96", True, "raw (vLoggingPrintf)", FV)
def _():
    items = [N("0 0 [Tmr Svc] Cellular demo start"),
             T("ATE0", []), T("AT+CMEE=1"), T("AT+CTZR=1"), T("AT+GSN", ["866425030123456"]),
             T("AT+CPIN?", ["+CPIN: READY"], prefix="+CPIN"),
             T("AT+QCFG=\"nwscanmode\",3,1"),
             T("AT+CFUN=1", lat=800),
             T("AT+CEREG?", ["+CEREG: 0,2"], prefix="+CEREG"),
             N(">>>  Cellular SIM okay  <<<"),
             T("AT+CEREG?", ["+CEREG: 0,5"], prefix="+CEREG", lat=5000),
             T('AT+QICSGP=1,1,"iot.example","","",1'),
             T("AT+QIACT=1", lat=1500)]
    f = FrCell(t0=1200)
    return f.render(items)


@log("freertos_cellular_sara_r4_pinerr.log", "freertos-cellular-pktio-debug", "u-blox SARA-R410M-02B", True, "raw (no tick prefix)", FV)
def _():
    items = [T("ATE0"), T("AT+CMEE=1"),
             T("AT+CPIN?", [], final="+CME ERROR: 10", prefix="+CPIN"),
             N(">>>  Cellular SIM failure  <<<"),
             T("AT+CPIN?", [], final="+CME ERROR: 10", prefix="+CPIN", lat=2000),
             T("AT+CFUN=15", [], final=None,
               on_timeout=[("ERROR", "_Cellular_AtcmdRequestTimeoutWithCallbackRaw", 254, "pkt_recv status=1, AT cmd AT+CFUN=15 timed out")],
               timeout=10000)]
    f = FrCell(tick=False)
    return f.render(items)


@log("freertos_cellular_hl7802_socket.log", "freertos-cellular-pktio-debug", "Sierra Wireless HL7802", True, "raw", FV)
def _():
    items = [T("AT+KCNXCFG=1,\"GPRS\",\"iot.example\"", prefix="NULL"),
             T("AT+CGACT=1,1", lat=1200),
             T("AT+KUDPCFG=1,0", ["+KUDPCFG: 1"], prefix="+KUDPCFG"),
             T("AT+KUDPSND=1,\"198.51.100.7\",5684,16", [], final="OK", prompt=16, prefix="NULL"),
             T("AT+KUDPCLOSE=1"),
             T("AT+CGACT=0,1", lat=900)]
    f = FrCell(t0=30210)
    return f.render(items)


@log("gh_freertos_cellular_bg96_qiopen.md", "freertos-cellular-pktio-debug+github-fence", "Quectel BG96", True, "github-issue-fence", FV)
def _():
    items = [T("AT+QIACT?", ['+QIACT: 1,1,1,"10.160.34.9"'], prefix="+QIACT"),
             T("AT+QIOPEN=1,0,\"TCP\",\"203.0.113.40\",8883,0,0"),
             T("AT+QISTATE=1,0", ['+QISTATE: 0,"TCP","203.0.113.40",8883,52110,2,1,0,0,"uart1"'], prefix="+QISTATE"),
             T("AT+QISEND=0,37", [], final="SEND OK", prompt=37),
             T("AT+QICLOSE=0", lat=300)]
    f = FrCell(t0=81200)
    out, lab = f.render(items)
    return fence(out, before=["**Describe the bug**",
                              "QIOPEN returns OK but the socket stays in state 2 (opening) and the later send goes nowhere.", "",
                              "**Logs**", ""], after=["", "**Platform**: STM32L475 + BG96 (BG96MAR02A08M1G), FreeRTOS-Cellular-Interface v1.3.0"]), lab


# ---------------------------------------------------------------- from memory (verified: false)

@log("quecpython_ec600u_repl.txt", "quecpython-atcmd-sendsync-repl", "Quectel EC600U-CN", False, "QPYcom REPL copy", "")
def _():
    out, lab = [], []
    out += ["QuecPython V2.3.1 on Tue Nov 11 2026; EC600U with EC600UCNLC", "Type \"help()\" for more information.",
            ">>> import atcmd", ">>> resp = bytearray(96)"]
    seq = [("AT+CPIN?", "\\r\\n+CPIN: READY\\r\\n\\r\\nOK\\r\\n", "OK", 0),
           ("AT+CSQ", "\\r\\n+CSQ: 24,99\\r\\n\\r\\nOK\\r\\n", "OK", 0),
           ('AT+QICSGP=1,1,"cmnet.example","","",0', "\\r\\nOK\\r\\n", "OK", 0),
           ("AT+QIACT=1", "\\r\\n+CME ERROR: 30\\r\\n", "+CME ERROR: 30", 1),
           ("AT+CGATT?", "\\r\\n+CGATT: 0\\r\\n\\r\\nOK\\r\\n", "OK", 0)]
    for cmd, rb, fin, rc in seq:
        q = cmd.replace("'", "\\'")
        out.append(">>> atcmd.sendSync('%s\\r\\n', resp, '', 20)" % q)
        out.append(str(rc))
        out.append(">>> print(resp)")
        pad = 96 - len(rb.encode().decode("unicode_escape"))
        out.append("bytearray(b'%s%s')" % (rb, "\\x00" * max(pad, 0)))
        out.append(">>> resp = bytearray(96)")
        lab.append({"command": cmd, "final": fin})
    out.append(">>> ")
    return out, lab


@log("nuttx_nsh_cu_gm01q.txt", "nuttx-nsh-cu-session", "Sequans Monarch GM01Q", False, "raw nsh console", "")
def _():
    items = [T("AT+CFUN?", ["+CFUN: 0"]),
             T("AT+SQNCCID?", ['+SQNCCID: "89011703278123456789",""']),
             T('AT+CGDCONT=1,"IP","iot.example"'),
             T("AT+CFUN=1"),
             T("AT+CEREG?", ["+CEREG: 0,2"]),
             U("+CEREG: 5"),
             T("AT+CEREG?", ["+CEREG: 0,5"]),
             T("AT+CGPADDR=1", ["+CGPADDR: 1,10.170.3.44"])]
    out, lab = render_terminal(items, echo=True)
    return ["NuttShell (NSH) NuttX-12.6.0", "nsh> cu -l /dev/ttyS1 -s 115200"] + out + ["~.", "nsh> "], lab


@log("mbed_atcmdparser_me910c1.log", "mbed-atcmdparser-debug", "Telit ME910C1-WW", False, "raw (mbed sterm)", "")
def _():
    items = [N("--- Terminal on /dev/ttyACM0 - 115200,8,N,1 ---"),
             N("Telemetry v1.4 (Mbed OS 6.17.0)"),
             T("AT+CREG?", ["+CREG: 0,5"]),
             T("AT#SGACT=1,1", ["#SGACT: 10.213.77.9"]),
             T('AT#SD=1,0,80,"api.example.com",0,0,1'),
             T("AT#SSEND=1", [], prompt="> ", payload="PING 0001"),
             U("SRING: 1"),
             T("AT#SRECV=1,200", ["#SRECV: 1,17", "HTTP/1.0 200 OK"]),
             T("AT#SH=1"),
             T("AT#SGACT=1,0", [], final=None),
             N("ERROR: modem did not answer, power cycling")]
    out, lab = render_arrows(items, timeout_line="AT(Timeout)")
    return out, lab


@log("ncs_mosh_nrf9160_psm.txt", "ncs-modem-shell-at", "Nordic nRF9160 (modem fw 1.3.6)", False, "nRF Serial Terminal copy", "")
def _():
    out = ["*** Booting nRF Connect SDK v2.7.0-5cb85570ca43 ***",
           "*** Using Zephyr OS v3.6.99-100befc70c74 ***",
           "MOSH version:       v2.7.0-5cb85570ca43",
           "MOSH build id:      custom",
           "MOSH build variant: dev",
           "",
           "Network registration status: searching",
           "Network registration status: Connected - roaming",
           "",
           "mosh:~$ at at+cfun?",
           "+CFUN: 1",
           "OK",
           "mosh:~$ at at%xsystemmode?",
           "%XSYSTEMMODE: 1,0,1,0",
           "OK",
           'mosh:~$ at at+cpsms=1,"","","00100001","00000011"',
           "OK",
           "mosh:~$ at at+cpsms?",
           '+CPSMS: 1,,,"00100001","00000011"',
           "OK",
           "mosh:~$ at at%xmonitor",
           '%XMONITOR: 5,"Example Net","ExNet","00101","0A1B",7,20,"0012BEEF",280,6400,40,26,"","11100000","00100001","00000000"',
           "OK",
           "mosh:~$ at at+cgdcont=1,\"IPV4V6\",\"iot.example\"",
           "+CME ERROR: 21",
           "mosh:~$ ",
           "PSM parameters: TAU 3600 s, active time 6 s"]
    lab = [{"command": "at+cfun?", "final": "OK"}, {"command": "at%xsystemmode?", "final": "OK"},
           {"command": 'at+cpsms=1,"","","00100001","00000011"', "final": "OK"},
           {"command": "at+cpsms?", "final": "OK"}, {"command": "at%xmonitor", "final": "OK"},
           {"command": 'at+cgdcont=1,"IPV4V6","iot.example"', "final": "+CME ERROR: 21"}]
    return out, lab


@log("threadx_le910c4_printf.log", "rtos-app-printf-arrows", "Telit LE910C4-EU", False, "raw (Azure RTOS sample console)", "")
def _():
    items = [N("Starting Azure thread"), N(""), N("Initializing cellular..."),
             T("AT", []), T("ATE0", []), T("AT+CMEE=2", []),
             T("AT+CPIN?", ["+CPIN: READY"]),
             T('AT+CGDCONT=1,"IPV4V6","iot.example"', []),
             T("AT#SGACT=1,1", [], final="+CME ERROR: context already activated"),
             T("AT#SGACT?", ["#SGACT: 1,1"]),
             T("AT+CCLK?", ['+CCLK: "26/12/07,08:51:03+04"']),
             N("SNTP time update: Dec  7 2026 08:51:03 UTC"), N("Connecting to IoT Hub...")]
    return render_arrows(items, send="[modem] >> ", recv="[modem] << ")


# ---------------------------------------------------------------- negatives

@log("neg_zephyr_overlay_prjconf.md", "negative-config-and-code", "-", False, "github comment", "")
def _():
    return ["Here is what I use on the board, maybe it helps:", "", "```", "# prj.conf", "CONFIG_MODEM=y",
            "CONFIG_MODEM_CELLULAR=y", "CONFIG_MODEM_CELLULAR_APN=\"iot.example\"", "CONFIG_MODEM_LOG_LEVEL_DBG=y",
            "CONFIG_MODEM_MODULES_LOG_LEVEL_DBG=y", "CONFIG_MODEM_CHAT_LOG_BUFFER_SIZE=256", "```", "",
            "```dts", "&usart2 {", "\tstatus = \"okay\";", "\tcurrent-speed = <115200>;", "\tmodem: modem {",
            "\t\tcompatible = \"quectel,bg95\";", "\t\tmdm-power-gpios = <&gpioa 8 GPIO_ACTIVE_HIGH>;", "\t};", "};", "```", "",
            "and the extra step I added to the init script (before CMUX):", "", "```c",
            "MODEM_CHAT_SCRIPT_CMD_RESP(\"AT+QCFG=\\\"nwscanmode\\\",3,1\", ok_match),",
            "MODEM_CHAT_SCRIPT_CMD_RESP(\"AT+QCFG=\\\"iotopmode\\\",0,1\", ok_match),",
            "MODEM_CHAT_SCRIPT_CMD_RESP_NONE(\"AT+CMUX=0,0,5,127\", 300));", "```", "",
            "With that the modem answers OK to both and registers on LTE-M only."], []


@log("neg_riot_unittests_at.txt", "negative-unit-test-output", "-", False, "-", "")
def _():
    return ["2026-12-07 07:12:01,310 # main(): This is RIOT! (Version: 2025.07)",
            "2026-12-07 07:12:01,312 # Help: Press s to start test, r to print it is ready",
            "2026-12-07 07:12:01,900 # START",
            "2026-12-07 07:12:01,921 # ...........",
            "2026-12-07 07:12:01,922 # OK (11 tests)",
            "2026-12-07 07:12:01,930 # { \"threads\": [{ \"name\": \"main\", \"stack_size\": 1536, \"stack_used\": 744 }]}",
            "",
            "test_at_send_cmd_wait_ok ......... passed",
            "test_at_readline_skip_empty ...... passed",
            "test_at_urc_cme_error ............ passed"], []


@log("neg_idf_build_esp_modem.txt", "negative-build-log", "-", False, "-", "")
def _():
    return ["$ idf.py build",
            "Executing action: all (aliases: build)",
            "Running ninja in directory /home/dev/modem_app/build",
            "[512/1034] Building CXX object esp-idf/espressif__esp_modem/CMakeFiles/__idf_espressif__esp_modem.dir/src/esp_modem_command_library.cpp.obj",
            "/home/dev/modem_app/managed_components/espressif__esp_modem/src/esp_modem_command_library.cpp: In function 'command_result esp_modem::dce_commands::set_pdp_context(...)':",
            "/home/dev/modem_app/main/modem_app.cpp:88:17: warning: unused variable 'cmd' [-Wunused-variable]",
            "   88 |     std::string cmd = \"AT+CGDCONT=1,\\\"IP\\\",\\\"\" + apn + \"\\\"\\r\";",
            "      |                 ^~~",
            "[1034/1034] Generating binary image from built executable",
            "esptool.py v4.7.0",
            "Creating esp32 image...",
            "Successfully created esp32 image.",
            "Project build complete. To flash, run:",
            " idf.py flash"], []


@log("neg_zephyr_states_only.log", "negative-driver-states", "-", False, "-", "")
def _():
    z = Zephyr(t0=0.0)
    items = boot_zephyr("v3.7.0") + [st("idle", "power pulse", 0.0), ev("timeout", 1.0), st("power pulse", "await power on"),
             ev("bus opened", 0.01), ev("timeout", 10.0), st("await power on", "run init script"), ev("bus opened", 0.01),
             ev("suspend", 0.4), st("run init script", "idle"),
             ZC("inf", "app", "", "modem suspended by PM, nothing sent (CONFIG_PM_DEVICE_RUNTIME=y)", 0.01),
             N("uart:~$ net iface"),
             N(""),
             N("Interface ppp@20001ac8 (0x20001ac8) (PPP) [1]"),
             N("===================================="),
             N("Link addr : 00:00:00:00:00:00"),
             N("MTU       : 1500"),
             N("Flags     : NO_AUTO_START,IPv4"),
             N("Device    : ppp (0x0802a1b4)"),
             N("Status    : oper=DOWN, admin=DOWN, carrier=OFF"),
             N("uart:~$ ")]
    out, _l = z.render(items)
    return out, []


# =============================================================================================

def selfcheck(name, text, labels, verified):
    body = text
    plain = body.replace('\\"', '"')
    up = plain.upper()
    for t in labels:
        c = t["command"]
        assert c in plain or c.upper() in up, "%s: command %r not in log" % (name, c)
        f = t["final"]
        if f is not None:
            assert f.upper() in up, "%s: final %r not in log" % (name, f)
    if labels:
        assert 3 <= len(labels) <= 15, "%s: %d transactions" % (name, len(labels))


def main():
    os.makedirs(LOGS, exist_ok=True)
    for f in os.listdir(LOGS):
        os.remove(os.path.join(LOGS, f))
    labels = {}
    rows = []
    for name in sorted(LOGS_DEF):
        d = LOGS_DEF[name]
        lines, lab = d["fn"]()
        crlf = name.startswith("freertos_") or name.startswith("zephyr_hl7800")
        text = ("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n")
        selfcheck(name, text, lab, d["verified"])
        with open(os.path.join(LOGS, name), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        labels[name] = {"transactions": lab, "total": len(lab), "has_transactions": bool(lab),
                        "shape": d["shape"], "module": d["module"], "verified": d["verified"]}
        rows.append((name, d, len(lab)))
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    n = sum(r[2] for r in rows)
    nv = sum(1 for r in rows if r[1]["verified"])
    tv = sum(r[2] for r in rows if r[1]["verified"])
    nulls = sum(1 for v in labels.values() for t in v["transactions"] if t["final"] is None)
    print("%d logs, %d labelled transactions (%d null), verified: %d logs / %d transactions" % (len(rows), n, nulls, nv, tv))
    with open(os.path.join(HERE, "per_log.md"), "w") as fh:
        fh.write("| log | shape | module | wrapper | labelled | verified |\n|---|---|---|---|---|---|\n")
        for name, d, k in rows:
            fh.write("| %s | `%s` | %s | %s | %d | %s |\n" % (name, d["shape"], d["module"], d["wrapper"], k,
                                                             "yes" if d["verified"] else "no"))


if __name__ == "__main__":
    main()
