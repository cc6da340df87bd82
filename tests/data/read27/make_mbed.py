#!/usr/bin/env python3
"""One ATCmdParser session (debug on) as an Mbed application prints it
through mbed-trace (mbed_trace.c mbed_vtracef(): "[INFO][%-4s]: ", the prefix
function's "[%08llums]" before it), in colour, with the whole debug, and the
arrows bare. Run in this directory."""
import re

SESSION = [  # (ms, level, group, text)
    (12000, 'INFO', 'MAIN', 'Starting cellular bring-up'),
    (12010, 'INFO', 'CELL', 'AT> AT'),
    (12040, 'INFO', 'CELL', 'AT< AT'),
    (12041, 'INFO', 'CELL', 'AT< OK'),
    (12100, 'INFO', 'CELL', 'AT> ATE0'),
    (12130, 'INFO', 'CELL', 'AT< ATE0'),
    (12131, 'INFO', 'CELL', 'AT< OK'),
    (12200, 'INFO', 'CELL', 'AT> AT+CPIN?'),
    (12230, 'INFO', 'CELL', 'AT< +CPIN: READY'),
    (12231, 'INFO', 'CELL', 'AT< OK'),
    (12300, 'INFO', 'CELL', 'AT> AT+CSQ'),
    (12330, 'INFO', 'CELL', 'AT< +CSQ: 20,99'),
    (12331, 'INFO', 'CELL', 'AT< OK'),
    (12400, 'DBG ', 'CELL', 'registration poll 1'),
    (12410, 'INFO', 'CELL', 'AT> AT+CEREG?'),
    (12440, 'INFO', 'CELL', 'AT< +CEREG: 0,1'),
    (12441, 'INFO', 'CELL', 'AT< OK'),
    (12500, 'INFO', 'CELL', 'AT> AT+CGATT=1'),
    (14500, 'WARN', 'CELL', 'AT< ERROR'),
    (14600, 'ERR ', 'MAIN', 'attach failed, retrying'),
    (15600, 'INFO', 'CELL', 'AT> AT+CGATT=1'),
    (16100, 'INFO', 'CELL', 'AT< OK'),
]
# TRACE_MODE_COLOR with TRACE_CARRIAGE_RETURN: "\r\x1b[2K", the level's colour, "\x1b[0m"
COLOUR = {'INFO': '\x1b[39m', 'DBG ': '\x1b[90m', 'WARN': '\x1b[33m', 'ERR ': '\x1b[31m'}


def line(ms, lv, g, t):
    return '[%08dms][%s][%-4s]: %s\n' % (ms, lv, g, t)


def main():
    stamped = [line(*s) for s in SESSION]
    with open('mbed-atcmdparser.log', 'w') as f:
        f.writelines(stamped)
    with open('mbed-atcmdparser-nostamp.log', 'w') as f:
        f.writelines(re.sub(r'^\[\d+ms\]', '', l) for l in stamped)
    with open('mbed-atcmdparser-ublox.log', 'w') as f:
        f.writelines(re.sub(r'^\[\d+ms\]', '', l).replace('[CELL]', '[UBLOX]').replace('[MAIN]', '[APP ]')
                     for l in stamped)
    with open('mbed-atcmdparser-color.log', 'w') as f:
        f.writelines('\r\x1b[2K%s%s\x1b[0m\n' % (COLOUR[s[1]], line(*s)[:-1]) for s in SESSION)
    with open('mbed-atcmdparser.plain.log', 'w') as f:
        f.writelines(t + '\n' for _, _, _, t in SESSION if t.startswith('AT'))
    with open('mbed-atcmdparser-full.log', 'w') as f:
        for ms, lv, g, t in SESSION:
            if t == 'AT< OK':
                # a matched final: the pattern waited for, then what matched it
                f.write(line(ms, lv, g, 'AT? OK%n') + line(ms, lv, g, 'AT= OK'))
            else:
                f.write(line(ms, lv, g, t))


if __name__ == '__main__':
    main()
