"""The sessions behind the trace fixtures, written by hand: each command with
the final result and responses a modem engineer reads in it (the answer key
in EXPECTED.json comes from here), in the order the bytes crossed the wire.
Times are seconds since the device booted."""

from session import Session


def mbed():
    """Mbed OS 6 cellular (QUECTEL_BG96 driver) on a BG96. ATHandler writes
    the command head, every parameter, delimiter and quote, and the final CR
    as separate write() calls (ATHandler::handle_start/write_int/write_string/
    cmd_stop)."""
    s = Session("mbed", "Quectel BG96", echo=True, profile="quectel-bg96", start=30.512)
    s.log("AT sync")
    # sync() uses AT+CMEE? (ATHandler::sync)
    s.cmd("AT+CMEE?", ["+CMEE: 0"], writes=["AT+CMEE?", "\r"], chunks=[22])
    s.cmd("ATE0", writes=["ATE0", "\r"])
    s.echo = False
    # a line cut across two RX records
    s.cmd("AT+CPIN?", ["+CPIN: READY"], writes=["AT+CPIN?", "\r"], chunks=[11])
    s.cmd('AT+CGDCONT=1,"IP","internet"',
          writes=["AT+CGDCONT=", "1", ",", '"', "IP", '"', ",", '"', "internet", '"', "\r"])
    s.urc('+CEREG: 5,"2F1C","0A8B3C01",8', oob=True, dt=1.8)
    s.cmd("AT+CPSMS=0", final="+CME ERROR: 3", writes=["AT+CPSMS=", "0", "\r"])
    q = s.cmd('AT+QIOPEN=1,0,"TCP","52.215.34.155",7',
              writes=["AT+QIOPEN=", "1", ",", "0", ",", '"', "TCP", '"', ",", '"',
                      "52.215.34.155", '"', ",", "7", "\r"], gap=0.0)
    s.urc("+QIOPEN: 0,0", completes=q, dt=0.35)
    payload = b'{"dev":"bg96-0042","t":21.5,"rh":48,"bat":3.91,"seq":17,"ok":1}'
    assert len(payload) == 63
    s.cmd("AT+QISEND=0,63", final="SEND OK", prompt=b"\r\n> ", payload=payload,
          writes=["AT+QISEND=", "0", ",", "63", "\r"])
    return s


def zephyr_chat():
    """Zephyr modem_cellular (u_blox_sara_r4 scripts) with
    CONFIG_MODEM_MODULES_LOG_LEVEL_DBG. modem_chat logs a matched line as its
    argv joined by spaces (argv[0] = the match string) and an unmatched one
    verbatim."""
    s = Session("zephyr-chat", "u-blox SARA-R410M", echo=True, profile=None, start=5.120605)
    s.cmd("AT", dt=0.008, gap=0.092)                 # echo + OK, both unmatched
    s.cmd("AT", dt=0.008, gap=0.092)
    s.cmd("ATE0", dt=0.010, gap=0.002)
    s.echo = False
    s.cmd("AT+CFUN=4", dt=0.120, gap=0.002)
    s.cmd("AT+CMEE=1", dt=0.011, gap=0.002)
    s.cmd("AT+CREG=1", dt=0.011, gap=0.002)
    s.cmd("AT+CEREG=1", dt=0.012, gap=0.002)
    s.cmd("AT+CREG?", ["+CREG: 1,0"], dt=0.012, gap=0.002)
    s.cmd("AT+CEREG?", ["+CEREG: 1,0"], dt=0.012, gap=0.002)
    s.cmd("AT+CGSN", ["352753090123456"], dt=0.014, gap=0.002)
    s.cmd("AT+CGMM", ["SARA-R410M-02B"], dt=0.013, gap=0.002)
    s.cmd("AT+CMUX=0,0,5,127", dt=0.015, gap=0.400)
    s.urc("+CEREG: 5", dt=2.1)
    s.cmd('AT+CGDCONT=1,"IP","internet"', dt=0.020, gap=0.002)
    s.cmd("AT+CGACT=0,1", final="+CME ERROR: 3", dt=0.040, gap=10.0)
    return s


def zephyr_cmd():
    """Zephyr legacy drivers/modem/quectel-bg9x.c over modem_cmd_handler with
    CONFIG_MODEM_CONTEXT_VERBOSE_DEBUG: every command as a SENT DATA hexdump
    (its \\r EOL never shown), every received line as a RECV hexdump."""
    s = Session("zephyr-cmd", "Quectel BG96", echo=True, profile="quectel-bg96", start=3.201220)
    s.cmd("ATE0", dt=0.012, gap=0.060)
    s.echo = False
    s.cmd("AT+CMEE=1", dt=0.011, gap=0.060)
    s.cmd("AT+CSQ", ["+CSQ: 20,99"], dt=0.018, gap=0.060)
    s.cmd('AT+QICSGP=1,1,"internet","","",1', dt=0.022, gap=0.060)
    s.cmd("AT+CPSMS=0", final="+CME ERROR: 3", dt=0.019, gap=0.300)
    q = s.cmd('AT+QIOPEN=1,0,"TCP","52.215.34.155",7,0,0', dt=0.030, gap=0.0)
    s.urc("+QIOPEN: 0,0", completes=q, dt=0.420)
    s.cmd("AT+QISEND=0,5", final="SEND OK", prompt=b"\r\n> ", payload=b"hello", dt=0.021)
    s.urc('+QIURC: "recv",0', dt=0.380)
    return s


def esp():
    """esp_modem 1.x (esp-protocols) driving a SIM7600E in the pppos_client
    example, CONFIG_ESP_MODEM_ADD_DEBUG_LOGS=y, log level DEBUG."""
    s = Session("esp", "SIMCom SIM7600E", echo=True, profile="simcom-sim7600", start=5.123)
    s.urc("PB DONE", dt=0.0)                      # seen only in a uart-rx hexdump
    s.cmd("AT", dt=0.012, gap=0.300)
    s.cmd("ATE0", dt=0.010, gap=0.200)
    s.echo = False
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.015, gap=0.150)
    s.cmd("AT+CSQ", ["+CSQ: 20,99"], dt=0.058, gap=0.150, chunks=[15])   # two reads
    s.cmd("AT+CGNSPWR=1", final="ERROR", dt=0.011, gap=0.150)        # a SIM7000 command
    s.cmd('AT+CGDCONT=1,"IP","internet"', dt=0.020, gap=0.150)
    s.cmd("AT+COPS?", ['+COPS: 0,0,"CHINA MOBILE",7'], dt=0.025, gap=0.150)
    s.cmd("ATD*99#", final="CONNECT 115200", dt=0.090, gap=0.100)
    return s


def ubx():
    """ubxlib (uCellPwrOn / uCellNetConnect / uCellSock) on a SARA-R422 with
    uAtClientPrintAtSet(true) and uAtClientDebugSet(true)."""
    s = Session("ubx", "u-blox SARA-R422", echo=True, profile=None, start=4.870)
    s.cmd("AT", dt=0.020, gap=0.060)
    s.cmd("ATE0", dt=0.015, gap=0.050)
    s.echo = False
    s.cmd("AT+CMEE=1", dt=0.012, gap=0.050)
    s.cmd("AT+CGMI", ["u-blox"], dt=0.014, gap=0.050)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.016, gap=0.050)
    s.cmd("AT+CEREG=2", dt=0.012, gap=0.400)
    s.urc('+CEREG: 1,"5A21","0B3C4D05",7', dt=1.5)
    s.cmd("AT+CSQ", ["+CSQ: 17,99"], dt=0.018, gap=0.050)
    s.cmd("AT+USOCR=6", ["+USOCR: 0"], dt=0.030, gap=0.050)
    s.cmd('AT+USOCO=0,"52.215.34.155",7', dt=0.900, gap=0.050)
    s.cmd("AT+USOWR=0,7", ["+USOWR: 0,7"], prompt=b"@", payload=b"\x02\x00\x05ping",
          after=b"\r\n+USOWR: 0,7\r\n\r\nOK\r\n", dt=0.060)
    s.urc("+UUSORD: 0,4", dt=0.300)
    s.cmd("AT+USORD=0,4", ['+USORD: 0,4,"pong"'], dt=0.020, gap=0.050)
    s.cmd("AT+USOCL=1", final="+CME ERROR: 3", dt=0.015, gap=0.050)
    s.cmd("AT+USOCL=0", dt=0.400, gap=0.050)
    s.cmd("AT+CPWROFF", dt=1.200, gap=1.500)
    s.silence("AT", gap=1.0)        # uCellPwrOff() checks the module is off
    return s


def gammu():
    """gammu 1.42 `gammu identify` and a storage selection on a SIM800L
    (echo on: gammu sends ATE1), logformat = textalldate."""
    s = Session("gammu", "SIMCom SIM800L", echo=True, profile=None, start=0.0)
    s.cmd("ATE1", dt=0.030, gap=0.050)
    s.cmd("AT+CGMI", ["SIMCOM_Ltd"], dt=0.020, gap=0.050)
    s.cmd("AT+CGMM", ["SIMCOM_SIM800L"], dt=0.020, gap=0.050)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.020, gap=0.050)
    s.urc("RING", dt=0.300)          # a call comes in: at.c's SpecialAnswers
    s.cmd("AT+CSQ", ["+CSQ: 18,0"], dt=0.020, gap=0.050)
    s.cmd('AT+CPMS="ME","ME","ME"', final="+CMS ERROR: 302", dt=0.030, gap=0.050)
    return s


def smsd():
    """gammu-smsd 1.42 on a SIM800L sending one SMS from its outbox and
    seeing an incoming-message notice, DebugLevel 1 into syslog."""
    s = Session("smsd", "SIMCom SIM800L", echo=True, profile=None, start=0.0)
    s.cmd("AT+CSQ", ["+CSQ: 19,0"], dt=0.030, gap=0.500)
    s.cmd("AT+CMGF=0", dt=0.030, gap=0.300)
    s.cmd("AT+CMGS=19", final="OK", prompt=b"\r\n> ",
          payload=b"0011000B915155214365F70000AA05E8329BFD06\x1a",
          after=b"\r\n+CMGS: 42\r\n\r\nOK\r\n", responses=["+CMGS: 42"], dt=0.030)
    s.urc('+CMTI: "SM",3', dt=4.0)
    s.cmd("AT+CNMI=2,1,0,0,0", final="ERROR", dt=0.030, gap=0.300)
    return s


def pygsm():
    """python-gsmmodem (babca fork) GsmModem.connect() on an EC21, then an
    incoming SMS read and one sent, logging.basicConfig(format='%(levelname)s:
    %(message)s', level=DEBUG)."""
    s = Session("pygsm", "Quectel EC21", echo=True, profile=None, start=0.0)
    s.cmd("ATZ", dt=0.030, gap=0.100)
    s.cmd("ATE0", dt=0.020, gap=0.100)
    s.echo = False
    s.cmd("AT+CFUN?", ["+CFUN: 1"], dt=0.020, gap=0.100)
    s.cmd("AT+CMEE=1", dt=0.020, gap=0.100)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.020, gap=0.100)
    s.cmd("AT+CVHU=0", final="ERROR", dt=0.020, gap=0.100)
    s.cmd("AT+CMGF=1", dt=0.020, gap=0.100)
    s.cmd("AT+CNMI=2,1,0,2", dt=0.020, gap=0.100)
    s.cmd("AT+CSQ", ["+CSQ: 20,99"], dt=0.020, gap=0.500)
    s.urc('+CMTI: "SM",3', dt=3.0)
    s.cmd("AT+CMGR=3", ['+CMGR: "REC UNREAD","+15557654321",,"24/01/15,10:21:40+04"',
                        "Don't forget the keys"], dt=0.030, gap=0.300)
    s.cmd('AT+CMGS="+15551234567"', responses=["+CMGS: 42"], prompt=b"\r\n> ",
          payload=b"Hello world\x1a", after=b"\r\n+CMGS: 42\r\n\r\nOK\r\n", dt=0.030)
    return s


def chat():
    """pppd 2.4.9 connect script `chat -v` on a Telit LE910C1: a first run
    aborted on ERROR, a second one that dials."""
    s = Session("chat", "Telit LE910C1", echo=True, profile=None, start=0.0)
    s.cmd("AT", dt=0.020, gap=0.010)
    s.cmd("ATZ", dt=0.030, gap=0.010)
    s.cmd('AT+CGDCONT=1,"IP","internet"', final="ERROR",
          rx=b'AT+CGDCONT=1,"IP","internet"\r\r\nERROR\r\n', dt=0.040, gap=3.0)
    s.cmd("AT", dt=0.020, gap=0.010)
    s.cmd("AT+CSQ", ["+CSQ: 16,99"], dt=0.030, gap=0.010)
    s.urc("+CREG: 1", dt=0.002)     # registration, read by the next expect
    s.cmd('AT+CGDCONT=1,"IP","internet"', dt=0.040, gap=0.010)
    s.cmd("ATD*99#", final="CONNECT", dt=0.900, gap=0.010)
    return s


def spgsm():
    """node serialport-gsm 4.0 (modem.open, initializeModem, sendSMS in text
    mode) on a SIM800C with logger: console."""
    s = Session("spgsm", "SIMCom SIM800C", echo=True, profile=None, start=0.0)
    s.cmd("AT", dt=0.030, gap=0.100)
    s.cmd("AT+CMEE=1", dt=0.030, gap=0.100)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.030, gap=0.100)
    s.cmd("AT+CMGF=1", dt=0.030, gap=0.100)
    s.cmd("AT+CNMI=2,1,0,2,1", dt=0.030, gap=0.100)
    s.cmd("AT+CSQ", ["+CSQ: 22,0"], dt=0.030, gap=0.100)
    s.cmd("AT+CPMS?", final="+CME ERROR: 10", dt=0.030, gap=0.100)
    s.cmd('AT+CMGS="+15551234567"', responses=["+CMGS: 17"], prompt=b"\r\n> ",
          payload=b"Test from node\x1a", after=b"\r\n+CMGS: 17\r\n\r\nOK\r\n",
          dt=0.030)
    s.urc('+CMTI: "SM",4', dt=2.0)
    return s


def dongle():
    """Asterisk chan_dongle (wdoekes fork) on a Huawei E1550, `core set debug
    5`, file log: init commands, one CME error, a signal URC."""
    s = Session("dongle", "Huawei E1550", echo=False, profile=None, start=0.0)
    s.cmd("AT+CGMI", ["huawei"], dt=0.030, gap=0.050)
    s.cmd("AT+CGMM", ["E1550"], dt=0.030, gap=0.050)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.030, gap=0.050)
    s.cmd("AT+CSCA?", final="+CME ERROR: 13", dt=0.030, gap=0.050)
    s.cmd("AT+CSQ", ["+CSQ: 21,99"], dt=0.030, gap=0.050)
    s.urc("^RSSI:21", dt=0.500)
    s.cmd("AT+COPS?", ['+COPS: 0,0,"T-Mobile D",2'], dt=0.030, gap=0.050, chunks=[16])
    return s


def generic():
    """A plain SIM7600 session for the generic direction-marker shapes."""
    s = Session("generic", "SIMCom SIM7600G", echo=False, profile="simcom-sim7600", start=12.0)
    s.cmd("AT", dt=0.010, gap=0.200)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.012, gap=0.200)
    s.cmd("AT+CSQ", ["+CSQ: 20,99"], dt=0.015, gap=0.200)
    s.cmd("AT+CREG?", ["+CREG: 0,1"], dt=0.013, gap=0.200)
    s.cmd("AT+COPS?", ['+COPS: 0,0,"Vodafone",7'], dt=0.020, gap=0.200)
    s.cmd('AT+CGDCONT=1,"IP","internet"', dt=0.015, gap=0.200)
    n = s.cmd("AT+NETOPEN", dt=0.020, gap=0.0)
    s.urc("+NETOPEN: 0", completes=n, dt=1.2)
    q = s.cmd('AT+CIPOPEN=0,"TCP","52.215.34.155",7', dt=0.020, gap=0.0)
    s.urc("+CIPOPEN: 0,0", completes=q, dt=0.7)
    c = s.cmd("AT+CIPSEND=0,5", prompt=b"\r\n>", payload=b"hello", final="OK", dt=0.010, gap=0.0)
    s.urc("+CIPSEND: 0,5,5", completes=c, dt=0.1)
    s.urc("+CREG: 0", dt=2.0)
    s.cmd("AT+CIPCLOSE=1", final="+CME ERROR: 4", dt=0.012, gap=0.200)
    return s


def raw():
    """A hand-typed AT session (echo on) on an nRF9160 running the serial LTE
    modem application, as pasted into an issue."""
    s = Session("raw", "Nordic nRF9160 (SLM)", echo=True, profile=None, start=0.0)
    s.cmd("AT+CFUN=1")
    s.cmd("AT+CEREG=5")
    s.urc('+CEREG: 2,"76C1","0102DA04",7', dt=1.0)
    s.urc('+CEREG: 1,"76C1","0102DA04",7,,,"11100000","11100000"', dt=2.0)
    s.cmd("AT+CGDCONT?", ['+CGDCONT: 0,"IP","telia.iot","10.160.71.125",0,0'])
    s.cmd("AT%XSYSTEMMODE?", ["%XSYSTEMMODE: 1,0,1,0"])
    s.cmd('AT#XSOCKET=1,1,0', ["#XSOCKET: 0,1,6"])
    s.cmd('AT#XCONNECT="52.215.34.155",7', final="ERROR")
    return s


def tinygsm():
    """TinyGSM 0.11.7 (TinyGsmClientBG96, TINY_GSM_DEBUG SerialMon) with the
    modem stream wrapped in StreamDebugger, in the WebClient example. waits:
    what each waitResponse()/streamSkipUntil() call consumes, in order (a
    string: read until the data read so far ends with it; ("dbg", text): a
    DBG line printed at that point). A bare "OK" match leaves the CR LF
    after it unread until the next read."""
    s = Session("tinygsm", "Quectel BG96", echo=True, profile="quectel-bg96", start=0.0)
    s.wait(0.012)
    s.log("### TinyGSM Version: 0.11.7")
    s.app("Initializing modem...\r\n")
    s.wait(0.010)
    ok = ["OK\r\n"]
    s.cmd("AT", term=b"\r\n", waits=ok, dt=0.020, gap=0.010)
    s.cmd("ATE0", term=b"\r\n", waits=ok, dt=0.020, gap=0.010)
    s.echo = False
    s.cmd("AT+CMEE=2", term=b"\r\n", waits=ok, dt=0.020, gap=0.010)
    s.cmd("AT+CFUN=1", term=b"\r\n", waits=["OK"], dt=0.080, gap=0.010)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], term=b"\r\n",
          waits=["\r\n+CPIN:", "READY", "OK\r\n"], dt=0.020, gap=0.010)
    s.app("Waiting for network...")
    reg = ["\r\n+CEREG:", ",", "\n", "OK\r\n"]
    s.cmd("AT+CEREG?", ["+CEREG: 0,2"], term=b"\r\n", waits=reg, dt=0.020, gap=0.250)
    s.cmd("AT+CEREG?", ["+CEREG: 0,1"], term=b"\r\n", waits=reg, dt=0.020, gap=0.005)
    s.app(" success\r\n")
    s.cmd("AT+QGPS=1", final="+CME ERROR: 504", term=b"\r\n",
          waits=["\r\n+CME ERROR:", "\n"], dt=0.030, gap=0.010)
    s.app("Connecting to internet")
    s.cmd('AT+QICSGP=1,1,"internet","",""', term=b"\r\n", waits=ok, dt=0.030, gap=0.010)
    s.cmd("AT+QIACT=1", term=b"\r\n", waits=ok, dt=0.900, gap=0.010)
    s.app(" success\r\n")
    s.app("Connecting to vsh.pp.ua")
    q = s.cmd('AT+QIOPEN=1,0,"TCP","vsh.pp.ua",80,0,0', term=b"\r\n",
              waits=["OK\r\n", "\r\n+QIOPEN:", ",", "\n"], dt=0.030, gap=0.0)
    s.urc("+QIOPEN: 0,0", completes=q, dt=0.600)
    s.app(" success\r\n")
    s.cmd("AT+QISEND=0,5", final="SEND OK", prompt=b"\r\n> ", payload=b"hello", term=b"\r\n",
          waits=[">"], pwaits=["\r\nSEND OK"], dt=0.020, gap=0.0)
    s.urc('+QIURC: "recv",0', dt=0.150)
    s.cmd("AT+QICLOSE=0", term=b"\r\n",
          waits=["\r\n+QIURC:", "\n", ("dbg", "### URC RECV: 0"), "OK\r\n"], dt=0.030)
    return s


def esp_legacy():
    """The legacy ESP-IDF pppos_client example (its own esp_modem component,
    removed from ESP-IDF in 2021) on a SIM800L, log level DEBUG, colours on:
    sim800_init() (sync, echo off, CGMM, CGSN, CIMI, COPS?), the example's
    flow control, profile store, CSQ and CBC, then esp_modem_start_ppp()
    (CGDCONT, ATD*99#). The DCE's status line after each command is a log
    event with its tag; the example's own lines are app events."""
    s = Session("esp-legacy", "SIMCom SIM800L", echo=True, profile="simcom-sim800", start=1.214)

    def done(text, tag="dce_service", dt=0.002):
        s.wait(dt)
        s.log(text, tag=tag)

    s.cmd("AT", dt=0.011, gap=0.0)
    done("sync ok")
    s.cmd("ATE0", dt=0.012, gap=0.0)
    s.echo = False
    done("disable echo ok")
    s.cmd("AT+CGMM", ["SIMCOM_SIM800L"], dt=0.015, gap=0.0)
    done("get module name ok")
    s.cmd("AT+CGSN", ["869170031234567"], dt=0.016, gap=0.0)
    done("get imei number ok")
    s.cmd("AT+CIMI", ["262011234567890"], dt=0.016, gap=0.0)
    done("get imsi number ok")
    s.cmd("AT+COPS?", ['+COPS: 0,0,"T-Mobile D"'], dt=0.041, gap=0.0)
    done("get network operator ok")
    s.cmd("AT+IFC=0,0", dt=0.012, gap=0.0)
    done("set flow control ok")
    s.cmd("AT&W", dt=0.058, gap=0.0)
    done("save settings ok")
    for text in ["Module: SIMCOM_SIM800L", 'Operator: "T-Mobile D"', "IMEI: 869170031234567",
                 "IMSI: 262011234567890"]:
        s.app(text, level="I", tag="pppos_example")
    s.cmd("AT+CSQ", ["+CSQ: 18,0"], dt=0.014, gap=0.0)
    done("inquire signal quality ok")
    s.app("rssi: 18, ber: 0", level="I", tag="pppos_example")
    s.cmd("AT+CBC", ["+CBC: 0,78,4012"], dt=0.016, gap=0.0)
    # the SIM800's boot notice lands in the same UART read as the OK: on the
    # other core the example has already cleared handle_line (see README)
    s.urc("SMS Ready", dt=0.003, same_read=True)
    s.wait(-0.2)                     # urc() leaves 200 ms; the status line follows at once
    done("inquire battery status ok", dt=0.001)
    s.app("Battery voltage: 4012 mV", level="I", tag="pppos_example")
    s.wait(0.150)
    s.cmd('AT+CGDCONT=1,"IP","internet"', dt=0.020, gap=0.0)
    done("define pdp context ok")
    s.cmd("ATD*99#", final="CONNECT 115200", dt=0.140, gap=0.0)
    done("enter ppp mode ok", tag="sim800")
    s.app("Modem PPP Started", level="I", tag="pppos_example")
    s.wait(1.830)
    for text in ["Modem Connect to PPP Server", "~~~~~~~~~~~~~~", "IP          : 10.52.17.201",
                 "Netmask     : 255.255.255.255", "Gateway     : 10.64.64.64"]:
        s.app(text, level="I", tag="pppos_example")
    return s


def pyserial():
    """A user's script around pyserial 3.5 on a SIM7600G-H, echo on (the
    modem's default), the shape pasted in forums:

        ser = serial.Serial('/dev/ttyUSB2', 115200, timeout=1)
        def send(cmd):
            ser.write(cmd)
            print('>>', cmd)                  # pyserial-print.log only
            while True:
                line = ser.readline()
                print(line)
                if line.startswith((b'OK', b'ERROR', b'+CME ERROR')):
                    break

    plus a wait loop printing readline() until a +CMTI arrives (one timeout
    gives b''), and the script's own prints."""
    s = Session("pyserial", "SIMCom SIM7600G-H", echo=True, profile="simcom-sim7600", start=0.0)
    s.app("Connecting...")
    s.cmd("AT", dt=0.010, gap=0.010)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.012, gap=0.010)
    s.cmd("AT+CSQ", ["+CSQ: 20,99"], dt=0.015, gap=0.010)
    s.app("signal ok")
    s.cmd("AT+COPS?", ['+COPS: 0,0,"Vodafone",7'], dt=0.020, gap=0.010)
    s.cmd("AT+CGPS=1,1", final="ERROR", dt=0.020, gap=0.010)
    s.cmd("AT+CMGF=1", dt=0.012, gap=0.010)
    s.cmd("AT+CNMI=2,1,0,0,0", dt=0.012, gap=0.010)
    s.app("waiting for SMS...")
    s.wait(1.0)
    s._ev("timeout", b"")            # readline() returned nothing after timeout=1
    s.urc('+CMTI: "SM",3', dt=0.4)
    head = '+CMGR: "REC UNREAD","+15557654321","","24/01/15,10:21:40+04"'
    body = "Don't forget the keys"
    # the text follows its header line directly (no empty line between)
    s.cmd("AT+CMGR=3", [head, body], dt=0.030, gap=0.010,
          rx=("AT+CMGR=3\r\r\n%s\r\n%s\r\n\r\nOK\r\n" % (head, body)).encode())
    s.app("got: Don't forget the keys")
    s.cmd("AT+CMGD=3", dt=0.040, gap=0.010)
    return s


def zephyr_cmux():
    """Zephyr modem_cellular (quectel_bg9x scripts) with
    CONFIG_MODEM_CMUX_LOG_LEVEL_DBG and CONFIG_MODEM_MODULES_LOG_LEVEL_DBG:
    AT+CMUX over the bare UART (modem_chat), then the multiplexer: DLCI 0
    set up, DLCI 1 and 2 opened, the periodic chat on DLCI 2, the dial
    script on DLCI 1, PPP on DLCI 1. dlci: the channel a command and its
    reply travel on; chunks: where the modem's reply is cut into frames."""
    s = Session("zephyr-cmux", "Quectel BG95", echo=False, profile="quectel-bg96", start=6.010250)
    s.cmd("AT+CMUX=0,0,5,127", dt=0.012, gap=0.300, dlci=None)
    s.log("cmux")                    # the renderer opens DLCI 0, 1, 2 here
    s.wait(0.150)
    s.cmd("AT+CSQ", ["+CSQ: 21,99"], dt=0.018, gap=0.050, dlci=2, chunks=[9])
    s.cmd("AT+CEREG?", ["+CEREG: 0,5"], dt=0.016, gap=0.050, dlci=2, chunks=[6, 19])
    s.urc('+CEREG: 5,"2F1C","0A8B3C01",9', dt=0.400, dlci=2, split=[20])
    s.cmd("AT+CGSN", ["866425031234567"], dt=0.020, gap=0.050, dlci=2)
    s.cmd("AT+QCCID", final="+CME ERROR: 10", dt=0.020, gap=0.200, dlci=2)
    s.cmd("ATD*99#", final="CONNECT 150000000", dt=0.090, gap=0.100, dlci=1)
    s.log("ppp")                     # PPP's first frames on DLCI 1
    return s


def esp_cmux():
    """esp_modem (esp-protocols) in CMUX mode on a SIM7600E, log level
    VERBOSE for the CMUX tags: CMux::init() sends SABM on DLCI 0, 1, 2 (not
    dumped: written straight to the terminal), the modem's UA frames read;
    then the DCE's commands on DLCI 1 (CMux::write(): "Send" header,
    payload, FCS and flag), replies read as the UART delivered them (reads
    cut frames at arbitrary points), PPP on DLCI 2."""
    s = Session("esp-cmux", "SIMCom SIM7600E", echo=False, profile="simcom-sim7600", start=6.120)
    s.log("sabm")
    s.wait(0.120)
    s.cmd("AT+CPIN?", ["+CPIN: READY"], dt=0.015, gap=0.150, chunks=[10])
    s.cmd("AT+CSQ", ["+CSQ: 20,99"], dt=0.058, gap=0.150, chunks=[5, 21])
    s.urc("+CGEV: ME PDN ACT 1", dt=0.300)
    s.cmd('AT+CGDCONT=1,"IP","internet"', dt=0.020, gap=0.150)
    s.cmd("AT+CGNSPWR=1", final="ERROR", dt=0.011, gap=0.150)
    s.cmd("ATD*99#", final="CONNECT 115200", dt=0.090, gap=0.100)
    s.log("ppp")
    return s


ALL = dict(tinygsm=tinygsm, mbed=mbed, zephyr_chat=zephyr_chat, zephyr_cmd=zephyr_cmd, esp=esp, ubx=ubx,
           gammu=gammu, smsd=smsd, pygsm=pygsm, chat=chat, spgsm=spgsm, dongle=dongle,
           generic=generic, raw=raw, esp_legacy=esp_legacy, pyserial=pyserial,
           zephyr_cmux=zephyr_cmux, esp_cmux=esp_cmux)
