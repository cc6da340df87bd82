"""The model every trace fixture in this folder is rendered from.

A Session is what crossed the UART, in order, with times: host writes
("tx"), modem bytes ("rx"), and the host library's own status lines ("log")
or application prints ("app") that appear in the same trace. Beside the
bytes it keeps the answer key written by hand with each command: the
command, its final result, its information responses, the data sent after
a prompt, an asynchronous completion, and the URCs.

Renderers (make_traces.py) turn one session into one trace format and note
on which line of their output each command and URC appears (Out.mark).
plain() gives the undirected terminal capture of the same bytes."""

CR, LF = b"\r", b"\n"


class Session:
    def __init__(self, name, module, echo, profile=None, start=0.0):
        self.name = name
        self.module = module
        self.echo = echo
        self.profile = profile
        self.t = start
        self.events = []          # dicts: kind, t, data, and keys below
        self.txns = []            # answer key, one dict per command
        self.urcs = []            # answer key, one dict per URC

    # -- building -------------------------------------------------------
    def _ev(self, kind, data, **kw):
        ev = dict(kind=kind, t=self.t, data=data, **kw)
        self.events.append(ev)
        return ev

    def wait(self, dt):
        self.t += dt

    def log(self, text, level="D", **kw):
        """A status line of the host library (a host-log record)."""
        return self._ev("log", text, level=level, **kw)

    def app(self, text, **kw):
        """Text the application printed into the same stream."""
        return self._ev("app", text, **kw)

    def cmd(self, command, responses=(), final="OK", dt=0.03, term=b"\r",
            prompt=None, payload=None, after=None, rx=None, writes=None,
            chunks=None, echo=None, gap=0.25, **kw):
        """One command and its reply. prompt/payload: the data prompt the
        modem sends and what the host writes after it; `after` the reply
        that follows the payload. rx overrides the reply bytes; chunks
        (list of ints) cuts the reply where a reader would get it in
        pieces; writes lists the separate write() calls of the command."""
        echo = self.echo if echo is None else echo
        i = len(self.txns)
        txn = dict(command=command, final=final, responses=list(responses))
        self.txns.append(txn)
        wire = command.encode("latin-1") + term
        self._ev("tx", wire, role="cmd", txn=i, writes=writes, echo=echo, **kw)
        self.t += dt
        if rx is None:
            rx = (wire[:len(wire) - len(term)] + b"\r") if echo else b""
            if prompt is not None:
                rx += prompt          # as the modem sends it, e.g. b"\r\n> "
            else:
                for r in responses:
                    rx += b"\r\n" + r.encode("latin-1") + b"\r\n"
            if prompt is None and final is not None:
                rx += b"\r\n" + final.encode("latin-1") + b"\r\n"
        if rx:
            self._ev("rx", rx, role="reply", txn=i, chunks=chunks)
        if payload is not None:
            txn["payload"] = payload.decode("latin-1")
            self.t += 0.05
            self._ev("tx", payload, role="payload", txn=i)
            self.t += dt * 3
            if after is None:
                after = b"\r\n" + final.encode("latin-1") + b"\r\n"
            self._ev("rx", after, role="reply", txn=i, chunks=None)
        self.t += gap
        return i

    def urc(self, text, completes=None, dt=0.5, rx=None, **kw):
        """A line the modem sends on its own. completes=txn index makes it
        the asynchronous completion of that command instead of a URC."""
        self.t += dt
        data = rx if rx is not None else b"\r\n" + text.encode("latin-1") + b"\r\n"
        if completes is not None:
            self.txns[completes]["completion"] = text
            ev = self._ev("rx", data, role="completion", txn=completes, text=text, **kw)
        else:
            self.urcs.append(dict(text=text))
            ev = self._ev("rx", data, role="urc", urc=len(self.urcs) - 1, text=text, **kw)
        self.t += 0.2
        return ev

    def silence(self, command, term=b"\r", gap=0.3, **kw):
        """A command the modem does not answer (e.g. a probe at boot)."""
        i = len(self.txns)
        self.txns.append(dict(command=command, final=None, responses=[]))
        self._ev("tx", command.encode("latin-1") + term, role="cmd", txn=i, echo=False, **kw)
        self.t += gap
        return i

    # -- the plain rendering --------------------------------------------
    def plain(self):
        """An undirected terminal capture of the same UART: the modem's
        bytes; the host's command line where the modem did not echo it;
        the host's payload after a prompt."""
        out = b""
        for ev in self.events:
            if ev["kind"] == "rx":
                out += ev["data"]
            elif ev["kind"] == "tx":
                if ev["role"] == "payload" or not ev.get("echo"):
                    out += ev["data"]
        return out


class Out:
    """A trace file being written, with the line of every mark.
    Lines are counted by LF; a lone CR does not end a line. Mark keys:
    ("t", i) command i, ("u", i) URC i; ("t2", i) / ("u2", i) the same bytes
    in the format's second rendering (EXPECTED.json alt_line)."""

    def __init__(self):
        self.buf = bytearray()
        self.marks = {}           # ("t", i) / ("u", i) -> line
        self.host = []            # lines holding the library's own output
        self.apps = []            # lines holding application text
        self.times = {}           # line -> time of the record that began it

    def line_at(self, extra=b"", off=None):
        off = len(extra) if off is None else off
        return self.buf.count(b"\n") + extra.count(b"\n", 0, off) + 1

    def write(self, data, t=None, marks=(), host=False, app=False):
        if isinstance(data, str):
            data = data.encode("utf-8")
        first = self.line_at()
        for key, off in marks:
            self.marks.setdefault(key, self.line_at(data, off))
        last = self.line_at(data, len(data.rstrip(b"\n")) if data.endswith(b"\n") else len(data))
        if host or app:
            for n in range(first, last + 1):
                (self.host if host else self.apps).append(n)
        if t is not None:
            for n in range(first, last + 1):
                self.times.setdefault(n, t)
        self.buf += data

    def lines(self):
        """Physical lines without their LF (the last one kept if unterminated)."""
        parts = bytes(self.buf).split(b"\n")
        if parts and parts[-1] == b"":
            parts.pop()
        return parts


def mark_keys(ev):
    """Marks an event carries at its first byte: a command, or the text of a
    URC (offset of the text inside the event's bytes)."""
    if ev["kind"] == "tx" and ev["role"] == "cmd":
        return [(("t", ev["txn"]), 0)]
    if ev["kind"] == "rx" and ev["role"] == "urc":
        return [(("u", ev["urc"]), ev["data"].find(ev["text"].encode("latin-1")))]
    return []
