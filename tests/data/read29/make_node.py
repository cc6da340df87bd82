#!/usr/bin/env python3
"""One ESP8266 AT session as a Node.js application logs it with the npm
debug package (DEBUG=app,modem:at), its modem traffic under the namespace
modem:at with arrows (-> written, <- read), its own prose under app: printed
as debug-js/debug src/node.js formatArgs() prints it, on a TTY (useColors)
and not (getDate(): new Date().toISOString()), and wrapped as people paste
it; the arrows bare are the plain rendering. Run in this directory."""
import datetime

START = datetime.datetime(2026, 12, 7, 9, 31, 19, 902000)
SESSION = [  # (ms since START, namespace, message)
    (0, 'app', 'starting uplink to 192.168.1.20:8080'),
    (8, 'modem:at', '-> AT'),
    (23, 'modem:at', '<- OK'),
    (28, 'modem:at', '-> AT+CWMODE=1'),
    (49, 'modem:at', '<- OK'),
    (60, 'modem:at', '-> AT+CWJAP="lab-ap","s3cret"'),
    (2100, 'modem:at', '<- WIFI CONNECTED'),
    (3900, 'modem:at', '<- WIFI GOT IP'),
    (4400, 'modem:at', '<- OK'),
    (4410, 'app', 'wifi up'),
    (4420, 'modem:at', '-> AT+CIPSTART="TCP","192.168.1.20",8080'),
    (4672, 'modem:at', '<- CONNECT'),
    (4675, 'modem:at', '<- OK'),
    (4700, 'modem:at', '-> AT+CIPSTATUS'),
    # one call, the lines joined with '\n' in its format string: on a TTY each
    # line gets the prefix (the diff after the last), else the further lines are bare
    (4718, 'modem:at', '<- STATUS:3\n<- +CIPSTATUS:0,"TCP","192.168.1.20",8080,0,0\n<- OK'),
    (4840, 'modem:at', '-> AT+CIPSEND=16'),
    (4844, 'modem:at', '<- >'),
    (4850, 'modem:at', '-> hello from node!'),
    (4980, 'modem:at', '<- Recv 16 bytes'),
    (4990, 'modem:at', '<- SEND OK'),
    (65000, 'modem:at', '-> AT+CIPCLOSE'),
    (65040, 'modem:at', '<- CLOSED'),
    (65041, 'modem:at', '<- OK'),
    (65100, 'app', 'uplink closed'),
]
# the class's short shape: an app line, then two commands' traffic
SHORT = [
    (0, 'app', 'posting reading 21.5C'),
    (12, 'modem:at', '-> AT+CIPSTART="TCP","192.168.1.20",8080'),
    (270, 'modem:at', '<- CONNECT'),
    (273, 'modem:at', '<- OK'),
    (290, 'modem:at', '-> AT+CIPSEND=16'),
    (295, 'modem:at', '<- >'),
    (301, 'modem:at', '-> hello from node!'),
    (430, 'modem:at', '<- Recv 16 bytes'),
    (441, 'modem:at', '<- SEND OK'),
    (6230, 'modem:at', '<- +IPD,8:HTTP 200'),
    (6301, 'modem:at', '<- CLOSED'),
]
# src/node.js exports.colors: the basic six, and the 256-colour list with supports-color
BASIC = [6, 2, 3, 4, 5, 1]
C256 = [20, 21, 26, 27, 32, 33, 38, 39, 40, 41, 42, 43, 44, 45, 56, 57, 62, 63, 68, 69, 74, 75,
        76, 77, 78, 79, 80, 81, 92, 93, 98, 99, 112, 113, 128, 129, 134, 135, 148, 149, 160, 161,
        162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 178, 179, 184, 185, 196, 197,
        198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 214, 215, 220, 221]


def select_color(ns, colors):
    """src/common.js selectColor(): a 32-bit string hash of the namespace"""
    h = 0
    for ch in ns:
        h = ((h << 5) - h + ord(ch)) & 0xffffffff
    if h >= 1 << 31:
        h -= 1 << 32
    return colors[abs(h) % len(colors)]


def humanize(ms):
    """vercel/ms fmtShort(): Math.round to d, h, m, s, else ms"""
    for unit, n in (('d', 86400000), ('h', 3600000), ('m', 60000), ('s', 1000)):
        if ms >= n:
            return '%d%s' % (int(ms / n + 0.5), unit)
    return '%dms' % ms


def tty(colors, session=SESSION):
    """useColors: '  ' colorCode ';1m' name ' \\x1b[0m' before each line of
    the message, colorCode 'm+' humanize(diff) '\\x1b[0m' as one more
    argument, so after a blank (util.formatWithOptions)"""
    prev, out = {}, []
    for ms, ns, msg in session:
        c = select_color(ns, colors)
        code = '\x1b[3' + (str(c) if c < 8 else '8;5;' + str(c))
        prefix = '  %s;1m%s \x1b[0m' % (code, ns)
        diff = ms - prev.get(ns, ms)
        prev[ns] = ms
        out.append(prefix + ('\n' + prefix).join(msg.split('\n')) + ' ' + code + 'm+' +
                   humanize(diff) + '\x1b[0m\n')
    return out


def iso(session=SESSION):
    """not a TTY: getDate() (toISOString() and a blank), the name, a blank"""
    out = []
    for ms, ns, msg in session:
        t = START + datetime.timedelta(milliseconds=ms)
        out.append(t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ %s %s\n' % (t.microsecond // 1000, ns, msg))
        out[-1:] = [l + '\n' for l in out[-1].split('\n')[:-1]]
    return out


def browser(session):
    """src/browser.js formatArgs() as DevTools' copy gives it (the %c styles
    gone): the namespace, a blank, the message, a blank, '+' humanize(diff)"""
    prev, out = {}, []
    for ms, ns, msg in session:
        diff = ms - prev.get(ns, ms)
        prev[ns] = ms
        out.append('%s %s +%s\n' % (ns, msg, humanize(diff)))
    return out


def plain(lines):
    import re
    return [re.sub(r'\x1b\[[0-9;]*m', '', l) for l in lines]


def write(name, lines):
    with open(name, 'w') as f:
        f.writelines(lines)


def fenced(lines, lang=''):
    return (['My ESP-01 never answers the POST. Log with DEBUG=app,modem:at:\n', '\n',
             '```' + lang + '\n'] + lines + ['```\n', '\n', 'Any idea why the socket closes?\n'])


def main():
    write('node-debug-iso.log', iso())
    # the class's shape: a short log in a fence, prose around it
    write('node-debug-iso-short.md', fenced(iso(SHORT)))
    write('node-debug-tty-short.md', fenced(plain(tty(BASIC, SHORT))))
    write('node-debug-browser-short.md', fenced(browser(SHORT)))
    write('node-debug-short.plain.log', [m + '\n' for _, ns, m in SHORT if ns == 'modem:at'])
    write('node-debug-iso-fence.md', fenced(iso(), 'text'))
    write('node-debug-iso-indent.md', ['Here is what debug printed:\n', '\n'] +
          ['    ' + l for l in iso()] + ['\n', 'Thanks.\n'])
    # under systemd (stderr no TTY): journalctl -o short-precise's prefix
    # (each line of stderr a message of its own, a bare further line too)
    j = []
    for e in SESSION:
        t = START + datetime.timedelta(milliseconds=e[0], microseconds=417)
        j += [t.strftime('%b %d %H:%M:%S.%f') + ' gw uplink[812]: ' + l for l in iso([e])]
    write('node-debug-iso-journal.log', j)
    write('node-debug-tty.log', tty(BASIC))
    write('node-debug-tty256.log', tty(C256))
    # copied from the terminal: the colours gone
    write('node-debug-tty-fence.md', fenced(plain(tty(BASIC))))
    write('node-debug-tty-indent.md', ['Here is what debug printed:\n', '\n'] +
          ['    ' + l for l in tty(C256)] + ['\n', 'Thanks.\n'])
    # the plain rendering: the modem's lines, the arrows bare
    write('node-debug.plain.log', [l + '\n' for _, ns, m in SESSION if ns == 'modem:at'
                                   for l in m.split('\n')])
    # an application's debug lines with no modem traffic (one names a command): nothing read
    write('neg-node-debug-app.log', iso([
        (0, 'app', 'config loaded from /etc/uplink.json'),
        (5, 'app:http', 'GET /status 200 3ms'),
        (9, 'app:http', 'POST /send 202 12ms'),
        (400, 'app', 'queue empty, sleeping 30s'),
        (30400, 'app', 'AT+CIPSEND retry budget 3'),
        (30410, 'app:http', 'GET /status 200 2ms'),
    ]))


if __name__ == '__main__':
    main()
