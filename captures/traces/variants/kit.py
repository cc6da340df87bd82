"""What make_variants.py and the rounds kept beside it (variants_r7.py)
share: a session written as a table of commands, and the pieces of
renderers two library shapes have in common. One definition each, so a
later round reuses them instead of writing them again. Python 3 standard
library only; deterministic."""

import make_traces as M


def script(s, rows, **each):
    """Runs rows on session s: each is (command, responses, final, options),
    the last three optional (responses (), final "OK", options {}); each's
    keywords (dt, gap, term, echo ...) go to every command, a row's
    options over them."""
    for row in rows:
        command, responses, final, opts = tuple(row) + ((), "OK", {})[len(row) - 1:]
        kw = dict(each)
        kw.update(opts)
        s.cmd(command, list(responses), final=final, **kw)
    return s


def dots(data):
    """libGSM's infoCommand() / atCmd_waitResponse(): a byte below 0x20 or
    from 0x80 up as '.'."""
    return "".join(chr(b) if 0x20 <= b < 0x80 else "." for b in data)


def atat_reply(line, s, ev, show, lines=None):
    """The atat crate's ingress digest of one reply: 'Received OK (n/n)',
    'Received response (n/n): ' and the lines without the final result
    (shown by show(bytes)), or warn 'Received error response (n/n):
    Error'. line(t, level, message) writes it; lines, when given, are the
    reply's lines left after what the caller wrote itself (the echo)."""
    t, n = ev["t"], len(ev["data"])
    txn = s.txns[ev["txn"]]
    body = [x for x in (M.lines_of(ev["data"]) if lines is None else lines) if x != txn["final"]]
    if txn["final"] == "OK" and not body:
        line(t, "DEBUG", "Received OK (%d/%d)" % (n, n))
    elif txn["final"] == "OK":
        line(t, "DEBUG", "Received response (%d/%d): %s" % (n, n, show("\r\n".join(body).encode("latin-1"))))
    else:
        line(t, "WARN", "Received error response (%d/%d): Error" % (n, n))
