"""Renders a precision round's session script (captures/make_round4.py, make_round5.py,
make_round6.py)
as the log a capture tool or a host library would have written. One renderer for every
round, so a round adds sessions, not another copy of the timing and stamping code.

A session line is "DELAY_MS|text" or "text" (10 ms after the line before); <SUB> is
Ctrl-Z. With data_mark='~', "~text" is data that follows the line before it without a line end
of its own (a library prints no empty line before it); without, "~" is a byte like any other
(round 5's PPP frames start with their flag byte).

Shapes:
  'tsline'  tio-style "[date hh:mm:ss.mmm] " stamps, CR LF;
  'plain'   a terminal's scroll-back, CR LF, blank lines kept;
  'ubxlib'  ubxlib's "0000/01/01 hh:mm:ss.mmm: " stamps, the module's lines after an empty one;
  'tinygsm' TinyGSM's StreamDebugger copy after its "###" banner, the module's lines after an
            empty one (the library prints the CR LF a response starts with as a line)."""

def hello(model, cmee=True, delay=''):
    """The opening most sessions share: AT, the model's answer to AT+CGMM and, with CMEE,
    verbose errors on (AT+CMEE=2); DELAY ("500|") before the AT. Session text to go on with."""
    return (delay + 'AT\nOK\nAT+CGMM\n' + model + '\nOK\n' +
            ('AT+CMEE=2\nOK\n' if cmee else ''))


# the libraries print a response's leading CR LF as an empty line of their own
LIB_SHAPES = ('ubxlib', 'tinygsm')


def render(shape, text, *, t0=0, hour=9, eol='\r\n', date='2026-12-05', data_mark=None):
    """The log of session TEXT in SHAPE. T0 is the first line's time in ms before its own
    delay, HOUR the clock's hour at t=0; EOL ends each line of the shapes without tio stamps."""
    t = t0
    out = []
    if shape == 'tinygsm':
        out.append('[12] ### TinyGSM Version: 0.12.0' + eol)
        out.append('[13] ### TinyGSM Compiled Module:  TinyGsmClientA7672x' + eol)

    def emit(s):
        sec, ms = divmod(t, 1000)
        h, rem = divmod(sec, 3600)
        m, sec = divmod(rem, 60)
        if shape == 'tsline':
            out.append('[%s %02d:%02d:%02d.%03d] %s\r\n' % (date, hour + h, m, sec, ms, s))
        elif shape == 'ubxlib':
            out.append('0000/01/01 %02d:%02d:%02d.%03d: %s%s' % (h, m, sec, ms, s, eol))
        else:
            out.append(s + eol)
    for raw in text.split('\n'):
        if not raw:
            if shape == 'plain':
                emit('')
            continue
        d = 10
        if '|' in raw[:7] and raw.split('|', 1)[0].isdigit():
            d, raw = raw.split('|', 1)
            d = int(d)
        t += d
        raw = raw.replace('<SUB>', '\x1a')
        if data_mark and raw.startswith(data_mark):
            emit(raw[len(data_mark):])
        elif shape in LIB_SHAPES and not raw.startswith(('AT', '>', '@')):
            emit('')
            emit(raw)
        else:
            emit(raw)
    return ''.join(out)
