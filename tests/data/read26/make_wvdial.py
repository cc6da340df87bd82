#!/usr/bin/env python3
"""WvDial's console session (wvdial-console.plain.log) and its syslog,
journal (short-precise) and short-iso renderings, and logger -t wvdial's (no pid), other daemons' messages
between wvdial's. Run in this directory."""
# (text, writer): w wvdial's, k the kernel's, p pppd's, s systemd's
LINES = [
    ('--> WvDial: Internet dialer version 1.61', 'w'),
    ('--> Initializing modem.', 'w'),
    ('--> Sending: ATZ', 'w'), ('ATZ', 'w'), ('OK', 'w'),
    ('--> Sending: ATQ0 V1 E1 S0=0 &C1 &D2 +FCLASS=0', 'w'), ('ATQ0 V1 E1 S0=0 &C1 &D2 +FCLASS=0', 'w'), ('OK', 'w'),
    ('--> Sending: AT+CGDCONT=1,"IP","internet"', 'w'), ('AT+CGDCONT=1,"IP","internet"', 'w'), ('OK', 'w'),
    ('--> Modem initialized.', 'w'),
    ('--> Sending: ATDT*99#', 'w'), ('--> Waiting for carrier.', 'w'), ('ATDT*99#', 'w'), ('NO CARRIER', 'w'),
    ('kernel: [ 8812.204113] option1 ttyUSB0: option_instat_callback: error -71', 'k'),
    ('--> Sending: ATDT*99#', 'w'), ('--> Waiting for carrier.', 'w'), ('ATDT*99#', 'w'), ('CONNECT 100000000', 'w'),
    ('--> Carrier detected.  Starting PPP immediately.', 'w'),
    ('pppd[1881]: pppd 2.4.9 started by root, uid 0', 'p'),
    ('pppd[1881]: Using interface ppp0', 'p'),
    ('pppd[1881]: Connect: ppp0 <--> /dev/ttyUSB0', 'p'),
    ('--> Using interface ppp0', 'w'),
    ('systemd[1]: Started Session 42 of user root.', 's'),
    ('pppd[1881]: Modem hangup', 'p'),
    ('--> The PPP daemon has died: A modem hung up the phone (exit code = 16)', 'w'),
    ('--> Auto Reconnect will be attempted in 5 seconds', 'w'),
    ('--> Sending: ATZ', 'w'), ('ATZ', 'w'), ('OK', 'w'),
    ('--> Sending: AT+CSQ', 'w'), ('AT+CSQ', 'w'), ('+CSQ: 17,99', 'w'), ('', 'w'), ('OK', 'w'),
]
SECS = [1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 4, 8, 8, 8, 9, 9, 9, 9, 9, 9, 10, 40, 40, 40,
        45, 45, 45, 46, 46, 46, 46, 46]


def tag(t, w):
    return 'wvdial[1880]: ' + t if w == 'w' else t


def main():
    # wvdial's output piped to logger -t wvdial: the tag without a pid
    with open('wvdial-logger-tag.log', 'w') as f:
        f.writelines('Dec  7 06:00:%02d gw %s\n' % (s, 'wvdial: ' + t if w == 'w' else t)
                     for (t, w), s in zip(LINES, SECS))
    assert len(SECS) == len(LINES)
    with open('wvdial-console.plain.log', 'w') as f:
        f.writelines(t + '\n' for t, w in LINES if w == 'w')
    with open('wvdial-syslog.log', 'w') as f:
        f.writelines('Dec  7 06:00:%02d gw %s\n' % (s, tag(t, w)) for (t, w), s in zip(LINES, SECS))
    with open('wvdial-journal-precise.log', 'w') as f:
        f.writelines('Dec 07 06:00:%02d.%06d gw %s\n' % (s, 1000 * i + 123, tag(t, w))
                     for i, ((t, w), s) in enumerate(zip(LINES, SECS)))
    with open('wvdial-syslog-iso.log', 'w') as f:
        f.writelines('2026-12-07T06:00:%02d+0000 gw %s\n' % (s, tag(t, w)) for (t, w), s in zip(LINES, SECS))


if __name__ == '__main__':
    main()
