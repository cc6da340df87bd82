/* reader_mm.c - ModemManager debug log (capture-formats.md 8.1). Each write
 * to and each read() from an AT port is one log line:
 *   <dbg> [1592302893.123456] [modem0/ttyUSB2/at] --> 'AT+CSQ<CR>'          (>= 1.21.1)
 *   <debug> [1592302893.123456] [modem0/ttyUSB2/at] <-- '<CR><LF>OK<CR><LF>' (1.14 .. 1.20)
 *   <debug> [000012.345678] (ttyUSB2): --> 'AT<CR>'                          (< 1.14)
 *   Sat Apr  3 16:13:16 2021 daemon.debug [6358]: <debug> [...] ...            (syslog/logread)
 *   Jun 16 10:21:30.000000 host ModemManager[512]: [modem0/ttyUSB2/at] ...    (journal)
 * The quoted body is src/mm-port-serial-at.c debug_log(): printable ASCII as
 * is (a quote too), CR as <CR>, LF as <LF>, anything else "\%u" in decimal;
 * the closing quote is the last one of the line. "-->" is host->modem.
 * One AT port is read: --port ttyUSB3 (the device name) picks it,
 * otherwise the first AT port that talks. Everything else (other ports,
 * QMI/MBIM traces, state changes) is the tool's own text: annotations. */
#include <stdlib.h>
#include <string.h>
#include "reader.h"

typedef struct mm_st {
    char port[64];
    size_t portlen;
    int have_port;
    int given;                 /* --port named it */
    uint64_t traffic;          /* traffic lines of that port */
    char others[160];          /* other AT ports with traffic: "ttyUSB3, ttyACM0" */
    size_t nothers;
    uint64_t other_line, other_off;   /* the first traffic line of another AT port */
    unsigned char buf[65536];
    /* a traffic line whose quoted string a hard wrap (a mail's, a
     * terminal's) broke: held until its rest closes the quote */
    char held[65536];
    size_t nheld;
    uint64_t held_line, held_off;
    int joining;
    /* a line of ModemManager's without its arrow, held for its rest: a hard
     * wrap (a terminal at its width, a mail client or fold -s at the last
     * blank before it) put the "--> '...'" (or the end of the port id, or
     * half the arrow) on the next line */
    int head;
    size_t piece;              /* the held line's last piece, as printed */
    size_t widest;             /* the widest line so far (the sample's first): the wrap's width */
    int at_blanks;             /* the sample's cuts fell at blanks (fold -s, a mail client) */
    int nested;                /* reading a joined line, not one as printed */
    /* A mail's quote on every line ("> ", "> > ") that no wrapper layer took
     * off (the quoted and the bare lines read alike to detection): taken
     * off here, so that a wrapped line's rest ("> K<CR><LF>'") joins its
     * piece without it and the cuts are measured without it */
    char quote[16];
    size_t nquote;
    char join[65536 + 2];
} mm_st;

static const char *find(const char *p, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    if (k == 0 || n < k)
        return NULL;
    for (const char *q = p, *e = p + n - k; q <= e; q++) {
        q = memchr(q, lit[0], (size_t)(e - q) + 1);
        if (!q)
            return NULL;
        if (!memcmp(q, lit, k))
            return q;
    }
    return NULL;
}

static int isdig(char c) { return c >= '0' && c <= '9'; }

/* The traffic arrow: " --> '" or " <-- '" (or at the line start). */
static const char *find_arrow(const char *p, size_t n, ats_dir *dir)
{
    const char *t = find(p, n, "--> '"), *r = find(p, n, "<-- '");
    while (t && t > p && t[-1] != ' ')
        t = find(t + 1, (size_t)(p + n - (t + 1)), "--> '");
    while (r && r > p && r[-1] != ' ')
        r = find(r + 1, (size_t)(p + n - (r + 1)), "<-- '");
    if (t && (!r || t < r)) {
        *dir = ATS_DIR_TX;
        return t;
    }
    if (r)
        *dir = ATS_DIR_RX;
    return r;
}

/* The port the traffic belongs to, from the text before the arrow:
 * "... [modem0/ttyUSB2/at] " or "... [ttyUSB2/at] (module) " -> "ttyUSB2";
 * "... (ttyUSB2): " -> "ttyUSB2". 1: an AT port, 0: another kind of port
 * (gps, qcdm, mbim ...), -1: no port id. */
static int port_of(const char *p, size_t n, const char **name, size_t *len)
{
    if (n < 4 || p[n - 1] != ' ')
        return -1;
    while (n > 4 && p[n - 1] == ' ')
        n--;            /* a paste's re-wrap may leave two blanks */
    if (p[n - 1] == ':' && p[n - 2] == ')') {
        const char *e = p + n - 2, *s = e;
        while (s > p && s[-1] != '(' && s[-1] != ' ')
            s--;
        if (s == p || s[-1] != '(' || s == e)
            return -1;
        *name = s;
        *len = (size_t)(e - s);
        return 1;
    }
    if (p[n - 1] == ')') {
        /* "[id] (module) ": skip the module */
        const char *s = p + n - 1;
        while (s > p && s[-1] != '(')
            s--;
        if (s <= p + 2 || s[-2] != ' ')
            return -1;
        n = (size_t)(s - 2 - p);
    }
    if (n < 2 || p[n - 1] != ']')
        return -1;
    const char *e = p + n - 1, *s = e;
    while (s > p && s[-1] != '[')
        s--;
    if (s == p)
        return -1;
    size_t idn = (size_t)(e - s);
    if (idn < 4 || memcmp(e - 3, "/at", 3) != 0)
        return memchr(s, '/', idn) ? 0 : -1;
    const char *de = e - 3, *ds = de;
    while (ds > s && ds[-1] != '/')
        ds--;
    if (ds == de)
        return -1;
    *name = ds;
    *len = (size_t)(de - ds);
    return 1;
}

/* ModemManager's own stamp "[sssssssss.uuuuuu]" before the message: wall
 * clock (--log-timestamps) or seconds since start (--log-relative-timestamps). */
static int mm_stamp(const char *p, size_t n, ats_time *t)
{
    const char *e = p + n;
    for (const char *q = p; q < e && (q = memchr(q, '[', (size_t)(e - q))) != NULL; q++) {
        const char *d = q + 1;
        int64_t s = 0, us = 0;
        int k = 0;
        while (d < e && isdig(*d) && k < 12) {
            s = s * 10 + (*d++ - '0');
            k++;
        }
        if (k == 0 || d >= e || *d != '.')
            continue;
        d++;
        int f = 0;
        while (d < e && isdig(*d) && f < 6) {
            us = us * 10 + (*d++ - '0');
            f++;
        }
        if (f != 6 || d >= e || *d != ']')
            continue;
        t->kind = s < 100000000 ? ATS_TIME_RELATIVE : ATS_TIME_ABSOLUTE;
        t->us = s * 1000000 + us;
        return 1;
    }
    return 0;
}

static int month_of(const char *p, const char *e)
{
    static const char m[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    if (e - p < 3)
        return 0;
    for (int i = 0; i < 12; i++)
        if (!memcmp(p, m + 3 * i, 3))
            return i + 1;
    return 0;
}

static int hms(const char **q, const char *e, int *h, int *mi, int *s, int64_t *us)
{
    *us = 0;
    if (!ats_rd_digits(q, e, 2, h) || !ats_rd_lit(q, e, ":") || !ats_rd_digits(q, e, 2, mi) ||
        !ats_rd_lit(q, e, ":") || !ats_rd_digits(q, e, 2, s) || *h > 23 || *mi > 59 || *s > 60)
        return 0;
    if (*q < e && **q == '.' && !ats_rd_frac(q, e, us, NULL))
        return 0;
    return 1;
}

/* A syslog or journal stamp at the line start, used when ModemManager wrote
 * none of its own: "Sat Apr  3 16:13:16 2021 " (OpenWrt logread),
 * "Jun 16 10:21:30[.uuuuuu] " (syslog, journalctl -o short[-precise]),
 * "2020-06-16T10:21:30[.uuuuuu]" (journalctl -o short-iso[-precise]). */
static int sys_stamp(rd_ctx *c, const char *p, size_t n, ats_time *t)
{
    const char *e = p + n, *q = p;
    int y, mo, d, h, mi, s;
    int64_t us;
    if (ats_rd_digits(&q, e, 4, &y) && ats_rd_lit(&q, e, "-") && ats_rd_digits(&q, e, 2, &mo) &&
        ats_rd_lit(&q, e, "-") && ats_rd_digits(&q, e, 2, &d) && ats_rd_lit(&q, e, "T") &&
        hms(&q, e, &h, &mi, &s, &us) && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
        *t = ats_rd_time_abs(y, mo, d, h, mi, s, us);
        return 1;
    }
    q = p;
    int wday = n > 4 && p[3] == ' ' && month_of(p + 4, e);
    if (wday)
        q += 4;
    mo = month_of(q, e);
    if (!mo || q + 3 >= e || q[3] != ' ')
        return 0;
    q += 4;
    if (q < e && *q == ' ')
        q++;
    d = 0;
    while (q < e && isdig(*q) && d < 100)
        d = d * 10 + (*q++ - '0');
    if (d < 1 || d > 31 || !ats_rd_lit(&q, e, " ") || !hms(&q, e, &h, &mi, &s, &us))
        return 0;
    if (wday && ats_rd_lit(&q, e, " ") && ats_rd_digits(&q, e, 4, &y)) {
        *t = ats_rd_time_abs(y, mo, d, h, mi, s, us);
        return 1;
    }
    if (c)       /* NULL: the shape only, the clock left as it is */
        *t = ats_rd_time_of_day(c, h, mi, s, us);
    return 1;
}

/* Undoes debug_log(): <CR>, <LF>, "\%u" for other non-printables. A "\"
 * followed by digits is taken as the longest escape (up to 3 digits) that
 * debug_log() could have written: a byte it does not print (a literal "\"
 * followed by digits is ambiguous, as is a literal "<CR>"). */
static size_t unescape(const char *s, size_t n, unsigned char *out)
{
    size_t k = 0, i = 0;
    while (i < n) {
        if (s[i] == '<' && i + 4 <= n && s[i + 3] == '>' &&
            ((s[i + 1] == 'C' && s[i + 2] == 'R') || (s[i + 1] == 'L' && s[i + 2] == 'F'))) {
            out[k++] = s[i + 1] == 'C' ? 0x0D : 0x0A;
            i += 4;
            continue;
        }
        if (s[i] == '\\' && i + 1 < n && isdig(s[i + 1])) {
            int took = 0;
            for (int len = 3; len >= 1 && !took; len--) {
                if (i + 1 + (size_t)len > n)
                    continue;
                int v = 0, ok = 1;
                for (int j = 0; j < len; j++) {
                    if (!isdig(s[i + 1 + (size_t)j])) {
                        ok = 0;
                        break;
                    }
                    v = v * 10 + (s[i + 1 + (size_t)j] - '0');
                }
                if (!ok || v > 255 || v == 0x0D || v == 0x0A || (v >= 0x20 && v <= 0x7E))
                    continue;
                if (len > 1 && s[i + 1] == '0')
                    continue;      /* %u has no leading zeros */
                out[k++] = (unsigned char)v;
                i += 1 + (size_t)len;
                took = 1;
            }
            if (took)
                continue;
        }
        out[k++] = (unsigned char)s[i++];
    }
    return k;
}

/* Old ModemManager (< 1.14) formatted into a 512-byte buffer: a longer
 * message lost its end and its line end, so the next one is glued on. */
static int glued(const char *s, size_t n)
{
    static const char *const lv[] = {"<debug> [", "<info>  [", "<warn>  [", "<error> [",
                                     "<debug> (", "<info>  (", "<warn>  (", "<error> ("};
    for (size_t i = 0; i < sizeof lv / sizeof lv[0]; i++)
        if (find(s, n, lv[i]))
            return 1;
    return 0;
}

/* A line ModemManager (or the syslog/journal around it) could have
 * written: a level tag, a stamp, a "[...]" object id at the start, or a
 * libqmi/libmbim trace line. Anything else is not this format. */
static int mm_shaped(const char *p, size_t n, int stamped)
{
    static const char *const lv[] = {"<dbg>", "<inf>", "<msg>", "<wrn>", "<err>",
                                     "<debug>", "<info>", "<warn>", "<error>"};
    if (stamped || (n && p[0] == '[') || (n >= 6 && (!memcmp(p, "<<<<<<", 6) ||
                                                     !memcmp(p, ">>>>>>", 6))))
        return 1;
    for (size_t i = 0; i < sizeof lv / sizeof lv[0]; i++)
        if (find(p, n, lv[i]))
            return 1;
    return 0;
}

/* A line that could be the rest of a held one: neither a syslog or journal
 * stamp nor ModemManager's own stamp at its start, no level tag. */
static int rest_line(const char *p, size_t n)
{
    static const char *const lv[] = {"<dbg>", "<inf>", "<msg>", "<wrn>", "<err>",
                                     "<debug>", "<info>", "<warn>", "<error>"};
    ats_time t;
    if (n >= 6 && (!memcmp(p, "<<<<<<", 6) || !memcmp(p, ">>>>>>", 6)))
        return 0;        /* libqmi's / libmbim's message dump */
    if (sys_stamp(NULL, p, n, &t) || (n && p[0] == '[' && mm_stamp(p, n < 24 ? n : 24, &t)))
        return 0;
    for (size_t i = 0; i < sizeof lv / sizeof lv[0]; i++)
        if (find(p, n, lv[i]))
            return 0;
    return 1;
}

/* held + rest as one traffic line: as it came (a terminal cuts anywhere,
 * fold -s keeps the blank it broke at), else with the blank a mail client
 * dropped at the cut ("[modem0/ttyUSB2/at]" + "--> '...'"). The port id
 * must be whole before the arrow. Returns the joined length in out, 0 if
 * neither reads as a traffic line. */
static size_t join_head(const char *h, size_t hn, const char *p, size_t n, char *out, size_t cap)
{
    for (int blank = 0; blank < 2; blank++) {
        if (blank && ((hn && h[hn - 1] == ' ') || p[0] == ' '))
            break;
        size_t k = hn + (size_t)blank + n;
        if (k > cap)
            return 0;
        memcpy(out, h, hn);
        if (blank)
            out[hn] = ' ';
        memcpy(out + hn + (size_t)blank, p, n);
        ats_dir dir;
        const char *a = find_arrow(out, k, &dir);
        const char *name;
        size_t len;
        if (a && port_of(out, (size_t)(a - out), &name, &len) >= 0)
            return k;
    }
    return 0;
}

/* The hard wrap the sample shows: its widest line, and whether its cuts
 * fell at blanks (fold -s, a mail client, Python's textwrap: the pieces
 * before a rest are of many widths) or at the width (a terminal: nine in
 * ten of them as wide as the widest line, or one less, a blank trimmed). */
/* The quote prefix of a line: '>' marks, each with the blank after it. */
static size_t quote_of(const char *p, size_t n)
{
    size_t k = 0;
    while (k < n && p[k] == '>') {
        k++;
        if (k < n && p[k] == ' ')
            k++;
    }
    return k;
}

/* Nine in ten of the sample's lines under one quote: a quoted log. */
static void sample_quote(mm_st *st, rd_ctx *c)
{
    size_t i = 0, len, lines = 0, quoted = 0, q = 0;
    const char *p, *first = NULL;
    while (lines < 64 && ats_rd_next_line(c->sample, c->sample_len, &i, &p, &len)) {
        if (c->peel_sample && !c->peel_sample(c->peel_arg, p, len, &p, &len))
            continue;
        if (!len)
            continue;
        size_t k = quote_of(p, len);
        /* a rest a wrap made after the quote (a quoted journal wrapped
         * again): no mark, neither for nor against the quote */
        if (!k && first && rest_line(p, len))
            continue;
        lines++;
        if (k && k == len && first && k + 1 == q && !memcmp(p, first, k)) {
            quoted++;    /* a quoted empty line: the mark without its blank */
        } else if (k && (!first || (k == q && !memcmp(p, first, k)))) {
            first = first ? first : p;
            q = k;
            quoted++;
        }
    }
    if (lines >= 3 && quoted * 10 >= lines * 9 && q < sizeof st->quote) {
        memcpy(st->quote, first, q);
        st->nquote = q;
    }
}

/* The line without the log's quote (a quoted empty line: ">" alone). */
static void unquote(const mm_st *st, const char **p, size_t *n)
{
    if (!st->nquote)
        return;
    size_t k = st->nquote;
    if (*n >= k && !memcmp(*p, st->quote, k)) {
        *p += k;
        *n -= k;
    } else if (*n + 1 == k && st->quote[k - 1] == ' ' && !memcmp(*p, st->quote, *n)) {
        *p += *n;
        *n = 0;
    }
}

static void wrap_shape(mm_st *st, rd_ctx *c)
{
    const unsigned char *s = c->sample;
    size_t n = c->sample_len, i = 0, prev = 0, pieces = 0, full = 0;
    size_t len[64 + 1];
    int rest[64 + 1];
    size_t k = 0;
    const char *p;
    sample_quote(st, c);
    while (k < 64 && ats_rd_next_line(s, n, &i, &p, &len[k])) {
        /* measured as this reader is handed them: peeled, unquoted */
        if (c->peel_sample && !c->peel_sample(c->peel_arg, p, len[k], &p, &len[k]))
            continue;
        unquote(st, &p, &len[k]);
        rest[k] = len[k] && rest_line(p, len[k]);
        st->widest = len[k] > st->widest ? len[k] : st->widest;
        k++;
    }
    for (size_t j = 1; j < k; j++) {
        prev = len[j - 1];
        if (!rest[j] || !prev)
            continue;
        pieces++;
        full += prev + 1 >= st->widest;
    }
    st->at_blanks = pieces && full * 10 < pieces * 9;
}

/* Did the wrap drop a blank between the held piece and its rest? */
static int dropped_blank(const mm_st *st, const char *q, size_t pn, const char *p, size_t n)
{
    return ats_rd_wrap_blank(st->widest, st->at_blanks, q, pn, p, n);
}

static int mm_init(void *vst, rd_ctx *c)
{
    mm_st *st = vst;
    if (c->sample)
        wrap_shape(st, c);
    const char *want = c->opts->port;     /* "/dev/" taken off by ats_input_new */
    if (want && *want) {
        /* a name too long for any port matches nothing (and is said at the
         * end), rather than quietly reading the first port instead */
        size_t k = strlen(want);
        st->portlen = k < sizeof st->port ? k : 0;
        memcpy(st->port, want, st->portlen);
        st->have_port = 1;
        st->given = 1;
    }
    return 0;
}

/* Notes another AT port with traffic, once, while the list has room. */
static void note_other(mm_st *st, const char *name, size_t nlen)
{
    for (size_t i = 0; i + nlen <= st->nothers; i++)
        if (!memcmp(st->others + i, name, nlen) &&
            (i + nlen == st->nothers || st->others[i + nlen] == ',') &&
            (i == 0 || st->others[i - 1] == ' '))
            return;
    if (st->nothers + nlen + 3 >= sizeof st->others)
        return;
    if (st->nothers) {
        memcpy(st->others + st->nothers, ", ", 2);
        st->nothers += 2;
    }
    memcpy(st->others + st->nothers, name, nlen);
    st->nothers += nlen;
    st->others[st->nothers] = 0;
}

static int flush_held(mm_st *st, rd_ctx *c);

/* Which AT port was read is a guess or a wish: say when it may be wrong. */
static int mm_finish(void *vst, rd_ctx *c)
{
    mm_st *st = vst;
    ats_time none = {ATS_TIME_NONE, 0};
    int rc = flush_held(st, c);
    if (rc)
        return rc;
    if (st->given && !st->traffic)
        return ats_rd_warn(c, 0, 0, none, "--port %.60s: the log has no AT traffic of that port%s%s%s",
                       c->opts->port, st->nothers ? " (it has: " : "",
                       st->others, st->nothers ? ")" : "");
    if (!st->given && st->traffic && st->nothers)
        return ats_rd_warn(c, st->other_line, st->other_off, none,
                       "read AT port %.*s, the first with traffic; the log also has AT traffic "
                       "of %s (--port picks another)",
                       (int)st->portlen, st->port, st->others);
    return 0;
}

static int mm_line(void *vst, rd_ctx *c, const char *p, size_t n, int eol, uint64_t lineno,
                   uint64_t off);

/* The held traffic line, never closed: as it came. A held line without an
 * arrow that no rest followed: read as the line it is. */
static int flush_held(mm_st *st, rd_ctx *c)
{
    if (!st->nheld)
        return 0;
    size_t n = st->nheld;
    st->nheld = 0;
    if (st->head) {
        st->head = 0;
        st->joining = 1;
        int rc = mm_line(st, c, st->held, n, 1, st->held_line, st->held_off);
        st->joining = 0;
        return rc;
    }
    ats_time t = {ATS_TIME_NONE, 0};
    ats_dir dir = ATS_DIR_UNKNOWN;
    const char *a = find_arrow(st->held, n, &dir);
    if (a)
        (void)(mm_stamp(st->held, (size_t)(a - st->held), &t) ||
               sys_stamp(c, st->held, (size_t)(a - st->held), &t));
    return ats_rd_emit(c, ATS_CHUNK_UNPARSED, dir, t, st->held, n, st->held_line, st->held_off,
                       "ModemManager traffic line with no closing quote");
}

static int mm_line(void *vst, rd_ctx *c, const char *p, size_t n, int eol, uint64_t lineno,
                   uint64_t off)
{
    (void)eol;
    mm_st *st = vst;
    while (n && (p[n - 1] == '\r' || p[n - 1] == '\n'))
        n--;
    if (!st->nested && st->nquote) {
        const char *q = p;
        unquote(st, &p, &n);
        off += (uint64_t)(p - q);
    }
    if (n == 0)
        return 0;
    ats_time t = {ATS_TIME_NONE, 0};
    ats_dir dir = ATS_DIR_UNKNOWN;
    const char *a = find_arrow(p, n, &dir);
    size_t pre = a ? (size_t)(a - p) : n;
    int stamped = mm_stamp(p, pre, &t) || sys_stamp(c, p, pre, &t);
    if (!st->joining && !st->nested && n > st->widest)
        st->widest = n;
    if (st->nheld && !st->joining && st->head) {
        /* the rest of a line cut before its arrow, or inside the port id or
         * the arrow: joined, then read as one line (which may hold again,
         * its quote cut by the next wrap) */
        size_t k = rest_line(p, n) ? join_head(st->held, st->nheld, p, n, st->join,
                                                  sizeof st->join - 2)
                                      : 0;
        if (k) {
            st->nheld = 0;
            st->head = 0;
            st->nested = 1;
            int rc = mm_line(st, c, st->join, k, 1, st->held_line, st->held_off);
            st->nested = 0;
            if (st->nheld && !st->head)
                st->piece = n;
            return rc;
        }
        /* more of the line without its arrow yet (a status line's rest, or
         * a prefix cut twice), where the width explains the cut: a
         * terminal's piece as wide as the widest line (a blank trimmed), a
         * cut at a blank where the rest's first word would not have fitted.
         * Held on: its arrow may come on the next piece */
        if (rest_line(p, n) && !a && ats_rd_wrap_cut(st->widest, st->at_blanks, st->piece, p, n) &&
            st->nheld + 1 + n < sizeof st->held) {
            if (dropped_blank(st, st->held + st->nheld - st->piece, st->piece, p, n))
                st->held[st->nheld++] = ' ';
            memcpy(st->held + st->nheld, p, n);
            st->nheld += n;
            st->piece = n;
            return 0;
        }
        int rc = flush_held(st, c);
        if (rc)
            return rc;
    }
    if (st->nheld && !st->joining) {
        /* the rest of a broken traffic line: no line of ModemManager's own,
         * joined as it was cut (a terminal's wrap drops no byte; the blank a
         * mail client or textwrap broke at and dropped is put back,
         * dropped_blank()); read once its quote closes */
        if (!n)
            return 0;    /* a blank line between the pieces (a double-spaced paste) */
        if (!a && !mm_shaped(p, n, stamped) && st->nheld + 1 + n < sizeof st->held) {
            if (dropped_blank(st, st->held + st->nheld - st->piece, st->piece, p, n))
                st->held[st->nheld++] = ' ';
            memcpy(st->held + st->nheld, p, n);
            st->nheld += n;
            st->piece = n;
            if (p[n - 1] != '\'')
                return 0;
            st->joining = 1;
            int rc = mm_line(st, c, st->held, st->nheld, 1, st->held_line, st->held_off);
            st->joining = 0;
            st->nheld = 0;
            return rc;
        }
        int rc = flush_held(st, c);
        if (rc)
            return rc;
    }
    if (!a && !mm_shaped(p, n, stamped))
        return ats_rd_emit(c, ATS_CHUNK_UNPARSED, ATS_DIR_UNKNOWN, t, p, n, lineno, off,
                       "not a ModemManager log line");
    if (!a && !st->joining && n < sizeof st->held) {
        memcpy(st->held, p, n);
        st->nheld = n;
        st->piece = n;
        st->head = 1;
        st->held_line = lineno;
        st->held_off = off;
        return 0;
    }
    if (!a)
        return ats_rd_emit(c, ATS_CHUNK_ANNOTATION, ATS_DIR_UNKNOWN, t, p, n, lineno, off, NULL);
    /* a traffic line cut inside its quote, of any port: held for its rest */
    if ((n == pre + 5 || (n > pre + 5 && p[n - 1] != '\'')) && !st->joining && n < sizeof st->held) {
        memcpy(st->held, p, n);
        st->nheld = n;
        st->piece = n;
        st->held_line = lineno;
        st->held_off = off;
        return 0;
    }
    const char *name = NULL;
    size_t nlen = 0;
    if (port_of(p, pre, &name, &nlen) != 1)
        return ats_rd_emit(c, ATS_CHUNK_ANNOTATION, ATS_DIR_UNKNOWN, t, p, n, lineno, off,
                       "not an AT port");
    if (!st->have_port && nlen < sizeof st->port) {
        memcpy(st->port, name, nlen);
        st->portlen = nlen;
        st->have_port = 1;
    }
    if (nlen != st->portlen || memcmp(name, st->port, nlen) != 0) {
        note_other(st, name, nlen);
        if (!st->other_line) {
            st->other_line = lineno;
            st->other_off = off;
        }
        return ats_rd_emit(c, ATS_CHUNK_ANNOTATION, ATS_DIR_UNKNOWN, t, p, n, lineno, off,
                       "another AT port");
    }
    st->traffic++;
    size_t b = pre + 5;          /* after "--> '" */
    if (n <= b || p[n - 1] != '\'')
        return ats_rd_emit(c, ATS_CHUNK_UNPARSED, dir, t, p, n, lineno, off,
                       "ModemManager traffic line with no closing quote");
    const char *body = p + b;
    size_t blen = n - 1 - b;
    if (glued(body, blen))
        return ats_rd_emit(c, ATS_CHUNK_UNPARSED, dir, t, p, n, lineno, off,
                       "ModemManager message cut (512-byte limit), the next one glued on");
    if ((blen >= 3 && (!memcmp(body + blen - 3, "<CR", 3) || !memcmp(body + blen - 3, "<LF", 3))) ||
        (blen >= 2 && (!memcmp(body + blen - 2, "<C", 2) || !memcmp(body + blen - 2, "<L", 2))))
        return ats_rd_emit(c, ATS_CHUNK_UNPARSED, dir, t, p, n, lineno, off,
                       "ModemManager traffic line with a cut <CR>/<LF> escape");
    size_t k = unescape(body, blen, st->buf);
    if (k == 0)
        return 0;
    return ats_rd_emit(c, ATS_CHUNK_DATA, dir, t, st->buf, k, lineno, off + b, NULL);
}

/* Probe: a traffic line, quoted to the line end, with a port id or an
 * angle escape. */
static int traffic_shape(const char *p, size_t n)
{
    ats_dir dir;
    const char *a = find_arrow(p, n, &dir);
    if (!a || p[n - 1] != '\'' || (size_t)(a - p) + 5 >= n)
        return 0;
    const char *name;
    size_t len;
    size_t pre = (size_t)(a - p);
    if (port_of(p, pre, &name, &len) >= 0)
        return 1;
    return find(a, n - pre, "<CR>") || find(a, n - pre, "<LF>");
}

/* A ModemManager log line of any kind: a level tag at the line start or
 * after a syslog prefix ("...: <dbg> ["). */
static int level_shape(const char *p, size_t n)
{
    static const char *const lv[] = {"<dbg> [", "<inf> [", "<msg> [", "<wrn> [", "<err> [",
                                     "<debug> [", "<info>  [", "<warn>  [", "<error> ["};
    for (size_t i = 0; i < sizeof lv / sizeof lv[0]; i++) {
        const char *q = find(p, n, lv[i]);
        if (q && (q == p || (q - p >= 2 && q[-1] == ' ' && q[-2] == ':')))
            return 1;
    }
    return 0;
}

/* Lines of ModemManager's cut before their arrow (or inside the port id or
 * the arrow), or inside their quoted bytes, whose next line is the rest:
 * the log hard-wrapped at a terminal's or a mail client's width. Other
 * readers and definitions read such pieces as lines of their own (a syslog
 * line with no message, an arrow line with no prefix) and find nothing,
 * and the input's mail-wrap join (input.c mail_first) knows no quote. */
static size_t cut_heads(const unsigned char *s, size_t n)
{
    size_t i = 0, pl = 0, found = 0;
    const char *prev = NULL;
    int open = 0;
    char buf[2 * 4096 + 2];
    const char *p;
    size_t l;
    while (ats_rd_next_line(s, n, &i, &p, &l)) {
        ats_dir dir;
        /* a mail's quote ("> ") before the pieces it quoted, the rests a
         * wrap made after quoting without it */
        size_t qk = quote_of(p, l);
        p += qk;
        l -= qk;
        if (open && l && rest_line(p, l)) {
            /* the quote closes on a later piece (three and more, a narrow
             * terminal): one cut line, counted when it closes */
            if (p[l - 1] == '\'') {
                found++;
                open = 0;
            } else if (++open > 8) {
                open = 0;
            }
            continue;
        }
        if (prev && l && l <= 4096 && pl <= 4096 && rest_line(p, l) &&
            join_head(prev, pl, p, l, buf, sizeof buf))
            found++;
        ats_time t;
        const char *a = l ? find_arrow(p, l, &dir) : NULL;
        const char *name;
        size_t len;
        int head = l && (level_shape(p, l) || sys_stamp(NULL, p, l, &t)) && !a;
        /* a traffic line of a port whose quote the wrap cut */
        open = a && port_of(p, (size_t)(a - p), &name, &len) >= 0 &&
               (l == (size_t)(a - p) + 5 || p[l - 1] != '\'');
        prev = head ? p : NULL;
        pl = l;
    }
    return found;
}

static int mm_probe(const unsigned char *s, size_t n)
{
    size_t traffic, lv, ne;
    /* above a definition that reads every line (99): nothing else reads
     * the pieces as the tool's lines */
    if (cut_heads(s, n) >= 2)
        return 99;
    ats_rd_count_lines(s, n, traffic_shape, &traffic, &ne);
    ats_rd_count_lines(s, n, level_shape, &lv, &ne);
    if (traffic >= 2 || (traffic >= 1 && lv >= 2))
        return 85;
    /* a log that starts with ModemManager's own start-up lines */
    if (lv >= 4 && lv * 2 >= ne)
        return 70;
    return 0;
}

const rd_vt ats_rd_modemmanager = {
    {"modemmanager",
     "ModemManager debug log (--debug / --log-level=DEBUG; file, syslog or journal): "
     "--> / <-- lines of one AT port, <CR> <LF> \\NN escapes",
     "lines [modemN/ttyX/at] or (ttyX): then --> or <-- '...' with <CR>/<LF>", 1, 1, 0, 0},
    mm_probe, sizeof(mm_st), 0, mm_init, mm_line, NULL, mm_finish, NULL, ATS_CF_NO_NOTES, 0};
