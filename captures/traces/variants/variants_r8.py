"""Field shapes round 8 (docs/field-shapes.md rows 141-): the sessions and
renderers of this round's variant fixtures, kept apart from
make_variants.py (which adds them to its MODULES and VARIANTS) as round 7
is, so that rounds written at the same time merge. Sessions are our own,
written by hand like ../sessions.py; each renderer follows the print
statement README.md cites. Python 3 standard library only; deterministic."""

from session import Session
import make_traces as M


# ------------------------------------------------ sessions
def ec25_daemon():
    """A Quectel EC25 polled by a router's own daemon that logs to the
    systemd journal (echo off, as daemons run the modem)."""
    s = Session("ec25-daemon", "Quectel EC25 (a daemon in the journal)", echo=False, profile="quectel-bg96",
                start=0.400)
    s.cmd("AT", dt=0.020, gap=0.300)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.030, gap=0.300)
    s.cmd("AT+CSQ", ["+CSQ: 17,99"], dt=0.030, gap=0.900)
    s.cmd("AT+COPS?", ['+COPS: 0,0,"Example Mobile",7'], dt=0.060, gap=0.900)
    s.cmd('AT+QCFG="band"', final="+CME ERROR: 3", dt=0.030, gap=0.900)
    s.cmd("AT+CGATT?", ["+CGATT: 1"], dt=0.030, gap=0.300)
    return s


def ec25_shell():
    """A Quectel EC25 in an OpenWrt / GL.iNet router, queried by hand with
    one-shot tools at the shell (echo off)."""
    s = Session("ec25-shell", "Quectel EC25 (shell tools)", echo=False, profile="quectel-bg96", start=0.0)
    s.cmd("AT+CSQ", ["+CSQ: 19,99"], dt=0.050, gap=2.000)
    s.cmd('AT+QENG="servingcell"', ['+QENG: "servingcell","NOCONN","LTE","FDD",262,01,2B3C4D,120,1300,3,5,5,'
                                    '1A2B,-101,-11,-72,12,-'], dt=0.080, gap=2.000)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.050, gap=2.000)
    s.cmd("AT+QNWINFO", ['+QNWINFO: "FDD LTE","26201","LTE BAND 3",1300'], dt=0.050, gap=2.000)
    s.cmd('AT+QCFG="usbnet",1', final="ERROR", dt=0.050, gap=2.000)
    s.cmd("AT+CGMR", ["EC25EFAR06A08M4G"], dt=0.050, gap=2.000)
    return s


def sim7600_esp():
    """A SIM7600 driven by the legacy C esp_modem component on an ESP32
    (echo off after its ATE0, which is answered before the echo stops)."""
    s = Session("sim7600-esp", "SIMCom SIM7600 (legacy esp_modem)", echo=False, profile="simcom-sim7600",
                start=0.920)
    s.cmd("AT", dt=0.100, gap=0.010)
    s.cmd("AT+CGMM", ["SIMCOM_SIM7600E-H"], dt=0.100, gap=0.010)
    s.cmd("AT+CSQ", ["+CSQ: 19,99"], dt=0.100, gap=0.010)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.100, gap=0.010)
    s.cmd('AT+CGDCONT=1,"IP","internet.example"', dt=0.120, gap=0.010)
    s.cmd("AT+CGATT=1", final="ERROR", dt=0.400, gap=0.010)
    return s


def nrf9160_shell():
    """An nRF9160 typed at through the nRF Connect SDK AT shell (the modem
    does not echo: nrf_modem_at_cmd() returns the reply alone)."""
    s = Session("nrf9160-shell", "Nordic nRF9160 (AT shell, Zephyr log lines)", echo=False, profile="nordic-slm",
                start=0.300)
    s.cmd("AT+CFUN=1", dt=0.400, gap=2.000)
    s.cmd("AT+CEREG?", ['+CEREG: 0,2,"4C1D","0A1B2C3D",7'], dt=0.050, gap=3.000)
    s.cmd("AT+CSQ", final="ERROR", dt=0.050, gap=1.000)
    s.cmd("AT%XMONITOR", ['%XMONITOR: 1,"","","26202","4C1D",7,20,"0A1B2C3D",88,6300,53,31,"","11100000",'
                          '"11100000"'], dt=0.080, gap=1.000)
    s.cmd("at+cgdcont?", ['+CGDCONT: 0,"IP","iot.example","10.160.1.20",0,0'], dt=0.050, gap=1.000)
    return s


def bg96_mgos():
    """A Quectel BG96 brought up by Mongoose OS's pppos library (echo on
    until ATE0; the ATI reply comes in two reads; a command the modem never
    answers, and one it refuses)."""
    s = Session("bg96-mgos", "Quectel BG96 (Mongoose OS pppos)", echo=True, profile="quectel-bg96", start=3.200)
    s.cmd("AT", dt=0.030, gap=0.060)
    s.cmd("ATE0", dt=0.030, gap=0.060)
    s.cmd("ATI", ["Quectel", "BG96", "Revision: BG96MAR02A07M1G"], echo=False, dt=0.040, gap=0.060,
          chunks=[12])
    s.cmd("AT+CPIN?", ["+CPIN: READY"], echo=False, dt=0.030, gap=0.060)
    s.cmd("AT+CSQ", ["+CSQ: 17,99"], echo=False, dt=0.030, gap=0.060, chunks=[15])
    s.silence("AT+COPS=3,2", gap=2.100)
    s.cmd("AT+CREG?", ["+CREG: 0,1"], echo=False, dt=0.030, gap=0.060)
    s.cmd('AT+CGDCONT=1,"IP","iot.example"', echo=False, dt=0.040, gap=0.060)
    s.cmd("AT+CGATT=1", final="ERROR", echo=False, dt=0.300, gap=0.060)
    return s


MODULES = dict(ec25_daemon=ec25_daemon, ec25_shell=ec25_shell, sim7600_esp=sim7600_esp,
               nrf9160_shell=nrf9160_shell, bg96_mgos=bg96_mgos)


# ------------------------------------------------ renderers
def cmd_text(ev):
    return ev["data"].decode("latin-1").rstrip("\r\n")


def journal_stamp(style):
    """systemd src/shared/logs-show.c output_short(): the time as each
    -o mode prints it (short: "%b %d %H:%M:%S"; short-precise: with
    ".%06u"; short-iso: "%Y-%m-%dT%H:%M:%S%z"; short-full: "%a %Y-%m-%d
    %H:%M:%S %Z")."""
    def stamp(t):
        h, m, sec = M.hms(t, base=10 * 3600)
        if style == "short":
            return "Dec 06 %02d:%02d:%02d" % (h, m, int(sec))
        if style == "precise":
            return "Dec 06 %02d:%02d:%09.6f" % (h, m, sec)
        if style == "iso":
            return "2026-12-06T%02d:%02d:%02d+0000" % (h, m, int(sec))
        return "Sun 2026-12-06 %02d:%02d:%02d UTC" % (h, m, int(sec))
    return stamp


def render_journal_arrows(style):
    """A daemon that logs "> " before each command it writes and "< "
    before each line it reads (empty lines skipped) to the journal
    (sd_journal_print or stderr under systemd), read back with journalctl
    -o <style>: the time, the host, "modemd[812]: " and the message."""
    stamp = journal_stamp(style)

    def render(s):
        o = M.Out()

        def line(t, msg, **kw):
            o.write("%s gw modemd[812]: %s\n" % (stamp(t), msg), t=t, **kw)

        line(s.t0 - 0.200, "opened /dev/ttyUSB2 at 115200", host=True)
        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "tx" and ev["role"] == "cmd":
                line(t, "> " + cmd_text(ev), marks=[(("t", ev["txn"]), 0)])
            elif ev["kind"] == "rx":
                for x in M.lines_of(ev["data"]):
                    line(t, "< " + x)
        line(ev["t"] + 0.500, "poll done, next in 60 s", host=True)
        return o
    return render


def shell_arg(cmd):
    """How a person quotes the command on the shell's line: bare when the
    shell leaves it alone, in single quotes when it holds quotes or
    characters the shell would read."""
    return cmd if all(c.isalnum() or c in "+=,?&%#*^.:-_" for c in cmd) else "'%s'" % cmd


def render_shell_tools(s):
    """One-shot AT tools run at an OpenWrt / GL.iNet root prompt, one per
    command: GL.iNet's `gl_modem -B <bus> AT <cmd>` and atinout fed by
    echo (`echo 'AT...' | atinout - /dev/ttyUSB2 -`: atinout.c main()
    writes each input line with a CR and prints every line read, its CR
    taken off, up to the final result); each prints the modem's lines as
    they came (empty lines kept); the next prompt follows."""
    o = M.Out()
    prompt = "root@GL-X750:~# "
    k = 0
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            cmd = cmd_text(ev)
            if k % 2 == 0:
                line = "gl_modem -B 1-1.2 AT %s" % shell_arg(cmd)
            else:
                line = "echo '%s' | atinout - /dev/ttyUSB2 -" % cmd
            k += 1
            o.write(prompt + line + "\n", t=t, marks=[(("t", ev["txn"]), 0)])
        elif ev["kind"] == "rx":
            o.write(ev["data"].decode("latin-1").replace("\r\n", "\n").replace("\r", "\n"), t=t)
    o.write(prompt + "\n", t=ev["t"] + 1.0, host=True)
    return o


ESP_ADDR = 0x3ffb5b30


def render_esp_legacy_dump(titled):
    """The legacy C esp_modem (IDF 4.x pppos_client, esp-protocols'
    esp_modem before 1.0). titled=False: esp_modem_dce.c
    esp_modem_dce_generic_command() logs "%s(%d): Sending command:%s\\n"
    (the command holds its CR: the line ends in a CR, and the format's LF
    makes an empty line), and esp_modem_dte.c esp_handle_uart_data()
    dumps each read with ESP_LOG_BUFFER_HEXDUMP("esp-modem: debug_data",
    ...) (16 bytes a row, " %02x" cells, "  |chars|"). titled=True: an
    application's ESP_LOGD "writing:" / "reading:" before its own
    ESP_LOG_BUFFER_HEXDUMP under the tag esp-modem, both directions."""
    def render(s):
        o = M.Out()

        def rec(t, lvl, tag, text, **kw):
            o.write(("%s (%d) %s: %s\n" % (lvl, M.ms(t), tag, text)).encode("latin-1"), t=t, **kw)

        rec(s.t0 - 0.170, "I", "pppos_example", "Initializing esp_modem for the SIM7600 module...", host=True)
        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "tx" and ev["role"] == "cmd":
                if titled:
                    rec(t, "D", "esp-modem", "writing:", marks=[(("t", ev["txn"]), 0)])
                    for r in M.esp_rows(ev["data"], ESP_ADDR - 0x108):
                        rec(t, "D", "esp-modem", r)
                else:
                    rec(t, "D", "esp_modem_dce", "esp_modem_dce_generic_command(21): Sending command:%s\n"
                        % ev["data"].decode("latin-1"), marks=[(("t", ev["txn"]), 0)])
            elif ev["kind"] == "rx":
                if titled:
                    rec(t, "D", "esp-modem", "reading:")
                for r in M.esp_rows(ev["data"], ESP_ADDR):
                    rec(t, "D", "esp-modem" if titled else "esp-modem: debug_data", r)
        rec(ev["t"] + 0.010, "E", "pppos_example", "Failed to attach to the packet domain", host=True)
        return o
    return render


def zts(t):
    """Zephyr log_output.c timestamp_print(): "[%02u:%02u:%02u.%03u,%03u] "."""
    us = int(round(t * 1e6))
    return "[%02d:%02d:%02d.%03d,%03d] " % (us // 3600000000, us // 60000000 % 60, us // 1000000 % 60,
                                           us // 1000 % 1000, us % 1000)


def render_zephyr_at_shell(s):
    """nRF Connect SDK's AT shell (lib/at_shell/at_shell.c at_shell():
    the typed `at <command>` after the shell's "uart:~$ " prompt, then
    shell_print("%s", response): the modem's reply, its final result
    included) with the firmware's own Zephyr log lines around it
    (log_output.c: "[time] <inf> module: message"): the boot banner, a
    line the link controller logs while a command waits for its reply,
    and a log line printed after a prompt the shell had already drawn."""
    o = M.Out()
    prompt = "uart:~$ "
    o.write("*** Booting nRF Connect SDK v2.6.1 ***\n", t=0.0, host=True)
    o.write(zts(0.251342) + "<inf> app: AT shell ready\n", t=0.25, host=True)
    for ev in s.events:
        t = ev["t"]
        if ev["kind"] == "tx" and ev["role"] == "cmd":
            o.write(prompt + "at " + cmd_text(ev) + "\n", t=t, marks=[(("t", ev["txn"]), 0)])
            if cmd_text(ev) == "AT+CFUN=1":
                o.write(zts(t + 0.210) + "<inf> app: LTE link: searching\n", t=t + 0.21, host=True)
            if cmd_text(ev) == "AT%XMONITOR":
                o.write(zts(t + 0.030) + "<wrn> app: PSM not granted by the network\n", t=t + 0.03, host=True)
        elif ev["kind"] == "rx":
            for x in M.lines_of(ev["data"]):
                o.write(x + "\n", t=t)
            if s.txns[ev["txn"]]["command"] == "AT+CEREG?":
                o.write(prompt + zts(t + 1.5) + "<inf> app: LTE link: registered, home network\n", t=t + 1.5,
                        host=True)
    o.write(prompt + "\n", t=ev["t"] + 1.0, host=True)
    return o


def mgos_stamp(t):
    h, m, sec = M.hms(t, base=10 * 3600)
    return "[Dec  6 %02d:%02d:%06.3f] " % (h, m, sec)


def render_mgos(hexdump):
    """Mongoose OS pppos at debug level (mongoose-os-libs/pppos
    src/mgos_pppos.c). hexdump=True: pppos.hexdump_enable, the console's
    "[Mon DD hh:mm:ss.mmm] " stamp before every line, cs_dbg's prefix as
    the function name padded to 20: mgos_pppos_at_cmd() logs ">> %s", and
    after every read mgos_pppos_uart_dispatcher() dumps the whole receive
    buffer (cleared when the next command is written) with mg_hexdumpf()
    (mg_hexdump_n(): "%04x ", " %02x" cells, three blanks for each missing
    cell, "  " and the printable bytes). hexdump=False: no stamps, cs_dbg's
    "file:line" prefix, and at verbose debug "< %d" and "<< %.*s" (the
    bytes just read, their own line ends in the line). A command never
    answered: "Command timed out: %s"; one answered ERROR with no callback:
    "Command failed: %s"."""
    def render(s):
        o = M.Out()

        def log(t, func, line, msg, **kw):
            pre = mgos_stamp(t) if hexdump else ""
            who = "%-20s " % func if hexdump else "%-22s " % ("mgos_pppos.c:%d" % line)
            o.write((pre + who + msg + "\n").encode("latin-1"), t=t, **kw)

        def dump(t, buf):
            for off in range(0, len(buf), 16):
                chunk = buf[off:off + 16]
                row = "%04x " % off + "".join(" %02x" % c for c in chunk) + "   " * (16 - len(chunk))
                row += "  " + "".join(chr(c) if 0x20 <= c <= 0x7e else "." for c in chunk)
                o.write(((mgos_stamp(t) if hexdump else "") + row + "\n").encode("latin-1"), t=t)

        log(s.t0 - 0.300, "mgos_pppos_dispatch_once", 411, "Connecting (UART1, APN 'iot.example')...", host=True)
        buf = b""
        for ev in s.events:
            t = ev["t"]
            if ev["kind"] == "tx" and ev["role"] == "cmd":
                log(t, "mgos_pppos_at_cmd", 148, ">> " + cmd_text(ev), marks=[(("t", ev["txn"]), 0)])
                buf = b""
                if s.txns[ev["txn"]]["final"] is None:
                    log(t + 2.000, "mgos_pppos_dispatch_once", 507,
                        "Command timed out: %s" % cmd_text(ev), host=True)
            elif ev["kind"] == "rx":
                for k, part in enumerate(M.split_chunks(ev["data"], ev["chunks"])):
                    tt = t + k * 0.010
                    buf += part
                    if hexdump:
                        dump(tt, buf)
                    else:
                        log(tt, "mgos_pppos_uart_dispatcher", 737, "< %d" % len(part), host=True)
                        pre = "%-22s " % "mgos_pppos.c:741" + "<< "
                        o.write(pre.encode() + part + b"\n", t=tt)
                if s.txns[ev["txn"]]["final"] == "ERROR":
                    log(t + 0.001, "mgos_pppos_dispatch_once", 561,
                        "Command failed: %s" % s.txns[ev["txn"]]["command"], host=True)
        return o
    return render


def variants(V, same, sub):
    """This round's rows for make_variants.VARIANTS."""
    return [
        V("journal-arrows-short.log", "ec25-daemon.log", same, "syslog > generic-gtlt",
          "a daemon's > / < lines in the journal, journalctl's default short output",
          render=("ec25_daemon", render_journal_arrows("short"))),
        V("journal-arrows-iso.log", "ec25-daemon.log", same, "syslog-iso > generic-gtlt",
          "the same with journalctl -o short-iso", render=("ec25_daemon", render_journal_arrows("iso"))),
        V("journal-arrows-full.log", "ec25-daemon.log", same, "generic-gtlt",
          "the same with journalctl -o short-full (weekday, date, zone: no layer, the tag read in the line)",
          render=("ec25_daemon", render_journal_arrows("full"))),
        V("shell-gl-modem-atinout.log", "ec25-shell.log", same, "shell-at-tool",
          "gl_modem ... AT <cmd> and echo '<cmd>' | atinout - <dev> - at a root prompt, each tool's output below",
          render=("ec25_shell", render_shell_tools)),
        V("esp-legacy-debug-data.log", "sim7600-esp.log", same, "esp-modem-legacy",
          "the legacy C esp_modem: esp_modem_dce's Sending command: and the esp-modem: debug_data hexdump "
          "of each read", render=("sim7600_esp", render_esp_legacy_dump(False))),
        V("esp-legacy-writing-reading.log", "sim7600-esp.log", same, "esp-modem-legacy",
          "esp-modem: writing: / reading: titles, each before the hexdump of the buffer",
          render=("sim7600_esp", render_esp_legacy_dump(True))),
        V("nrf-at-shell-zephyr-log.log", "nrf9160-shell.log", same, "nrf-at-shell",
          "the AT shell with Zephyr's own log lines: the boot banner, <inf> / <wrn> lines between a command "
          "and its reply and after a prompt", render=("nrf9160_shell", render_zephyr_at_shell)),
        V("mgos-pppos-hexdump.log", "bg96-mgos.log", same, "mgos-pppos",
          "Mongoose OS pppos with pppos.hexdump_enable under mos console's stamps: >> commands and the whole "
          "receive buffer dumped after every read (a dump repeats the one before and grows)",
          render=("bg96_mgos", render_mgos(True))),
        V("mgos-pppos-verbose.log", "bg96-mgos.log", same, "mgos-pppos",
          "Mongoose OS pppos at verbose debug without hexdumps: file:line prefixes, >> commands, << and the "
          "bytes of each read with their own line ends", render=("bg96_mgos", render_mgos(False))),
    ]
