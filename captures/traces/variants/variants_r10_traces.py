"""Field shapes round 10, host-library / OS / application traces
(docs/field-shapes.md rows 212-): the sessions and renderers of this
round's variant fixtures, kept apart from make_variants.py (which adds them
to its MODULES and VARIANTS) as rounds 7 to 9 are. Sessions are our own,
written by hand like ../sessions.py; each renderer follows the print
statement README.md cites. Python 3 standard library only; deterministic."""

import re

from session import Session
import make_traces as M


def cmd_text(ev):
    return ev["data"].decode("latin-1").rstrip("\r\n")


# ------------------------------------------------ sessions
def sara_r5_echo():
    """A u-blox SARA-R510S on SparkFun's SARA-R5 library with debug on,
    the module's echo still on (as it ships): at() first (the library
    passes no command: it prints an empty one and writes AT), then the
    sketch's own commands until it turns the echo off. The library ends
    every command with CR LF (SARA_R5::sendCommand())."""
    s = Session("sara-r5-echo", "u-blox SARA-R510S (SparkFun library, echo on)", echo=True, profile="ublox-sara",
                start=1.500)
    crlf = dict(term=b"\r\n")
    s.cmd("AT", dt=0.020, gap=0.100, **crlf)
    s.cmd("AT+CMEE=2", dt=0.020, gap=0.100, **crlf)
    s.cmd("AT+CGMR", ["03.15"], dt=0.030, gap=0.100, **crlf)
    s.cmd("AT+CEREG?", ["+CEREG: 0,5"], dt=0.030, gap=0.100, **crlf)
    s.cmd("AT+UPSV=0", dt=0.020, gap=0.100, **crlf)
    s.cmd('AT+UDCONF=1,1', final="+CME ERROR: operation not allowed", dt=0.040, gap=0.100, **crlf)
    s.cmd("ATE0", dt=0.020, gap=0.100, **crlf)
    s.cmd("AT+CSQ", ["+CSQ: 19,99"], echo=False, dt=0.030, gap=0.100, **crlf)
    return s


def sim7000_fona_menu():
    """A SIM7000G driven from the botletics LTE_Demo sketch's menu (echo
    off after the library's begin()): every reply one line, as getReply()
    prints one. The keys say what the sketch prints around the library's
    call: menu (the letter typed at the FONA> prompt), pre (a print with
    no line end right before the call), post (a line after it)."""
    s = Session("sim7000-fona-menu", "SIMCom SIM7000G (LTE_Demo menu)", echo=False, profile="simcom-sim7600",
                start=4.000)
    crlf = dict(term=b"\r\n")
    s.cmd("AT+CPIN=1234", menu="U", pre="Unlocking SIM card: ", post="OK!", dt=0.200, gap=2.000, **crlf)
    s.cmd("AT+CGATT=1", menu="G", dt=0.600, gap=0.050, **crlf)
    s.cmd('AT+CNACT=1,"hologram"', final="ERROR", post="Failed to turn on", dt=0.300, gap=2.000, **crlf)
    s.cmd("AT+CLTS=1", menu="y", post="Enabled!", dt=0.030, gap=2.000, **crlf)
    s.cmd("AT+CNACT=0", menu="g", pre="Disabling GPRS/4G: ", final="ERROR", post="Failed to turn off",
          dt=0.200, gap=2.000, **crlf)
    s.cmd("AT+CMGF=1", menu="s", pre="Send to #", dt=0.030, gap=0.050, **crlf)
    return s


MODULES = dict(sara_r5_echo=sara_r5_echo, sim7000_fona_menu=sim7000_fona_menu)


# ------------------------------------------------ renderers
def render_sparkfun_echo(s, at_word=""):
    """SparkFun's SARA-R5 library with debug on, as SARA_R5::
    sendCommandWithResponse() prints (src/SparkFun_u-blox_SARA-R5_Arduino_
    Library.cpp): "sendCommandWithResponse: Command: " and the command as
    the caller gave it, println'd (at() gives none: String(nullptr) is
    empty; at_word puts a word there instead, as a sketch's own
    sendCustomCommandWithResponse("AT", ...) prints it); at the first byte
    read, "sendCommandWithResponse: Response: ", then every byte as it
    came (the echo first), then a println() when the wait ends."""
    o = M.Out()
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = cmd_text(ev)[2:] or at_word
            o.write("sendCommandWithResponse: Command: %s\r\n" % cmd, t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            o.write("sendCommandWithResponse: Response: " + ev["data"].decode("latin-1") + "\r\n", t=t)
    return o


def render_fona_menu(glued_prompt):
    """botletics LTE_Demo (Code/examples/LTE_Demo/LTE_Demo.ino loop()):
    Serial.print(F("FONA> ")), the letter typed println'd; the case's own
    prints, some without a line end right before the library's call
    (Serial.print(F("Unlocking SIM card: ")); fona.unlockSIM(PIN)); the
    library's getReply() (Adafruit_FONA.cpp): DEBUG_PRINT(F("\\t---> "))
    and the command println'd, DEBUG_PRINT(F("\\t<--- ")) and the line
    read. glued_prompt: a sketch whose loop() prints the prompt and calls
    the library without waiting for a key, so each FONA> is followed by the
    library's ---> on the same line (the other sketches of the same
    family)."""
    def render(s):
        o = M.Out()
        o.write("FONA basic test\r\n", t=s.t0 - 2.0, host=True)
        o.write("Initializing....(May take 3 seconds)\r\n", t=s.t0 - 2.0, host=True)
        last = None
        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "tx" and ev["role"] == "cmd":
                head = ""
                if glued_prompt:
                    head = "FONA> " if ev.get("menu") else ""
                elif ev.get("menu"):
                    o.write("FONA> %s\r\n" % ev["menu"], t=t, host=True)
                head += ev.get("pre", "")
                o.write("%s\t---> %s\r\n" % (head, cmd_text(ev)), t=t, marks=[(("t", ev["txn"]), 0)])
                last = ev
            elif ev["kind"] == "rx":
                o.write("\t<--- %s\r\n" % M.lines_of(ev["data"])[0], t=t)
                if last.get("post"):
                    o.write("%s\r\n" % last["post"], t=t + 0.001, host=True)
        if not glued_prompt:
            o.write("FONA> ", t=t + 1.0, host=True)
        return o
    return render


def variants(V, same, sub):
    """This round's rows for make_variants.VARIANTS."""
    return [
        V("sparkfun-sara-r5-echo.log", "sara-r5-echo.log", same, "sparkfun-ublox",
          "SparkFun's SARA-R5 library with debug on and the module's echo on: at()'s empty Command: line (the "
          "library writes AT), each Response: with the echo first",
          render=("sara_r5_echo", render_sparkfun_echo)),
        V("sparkfun-sara-r5-echo-at.log", "sara-r5-echo.log", same, "sparkfun-ublox",
          "the same with the first command printed as Command: AT (a sketch's own "
          "sendCustomCommandWithResponse(\"AT\", ...)): AT, not ATAT",
          render=("sara_r5_echo", lambda s: render_sparkfun_echo(s, "AT"))),
        V("fona-lte-demo-menu.log", "sim7000-fona-menu.log", same, "fona",
          "the LTE_Demo sketch's menu: FONA> and the letter typed, the case's print without a line end right "
          "before the library's \\t---> (Unlocking SIM card: \\t---> AT+CPIN=...), CR LF",
          render=("sim7000_fona_menu", render_fona_menu(False))),
        V("fona-prompt-glued.log", "sim7000-fona-menu.log", same, "fona",
          "a sketch whose loop() prints FONA> and calls the library without waiting for a key: FONA> \\t---> cmd "
          "on one line",
          render=("sim7000_fona_menu", render_fona_menu(True))),
    ]
