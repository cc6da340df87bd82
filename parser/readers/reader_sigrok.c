/* reader_sigrok.c - sigrok UART decoder output (capture-formats.md 6.1):
 *   sigrok-cli:  [SS-ES ]uart-1: [tx-data: ]41         (format=hex, the default)
 *                [SS-ES ]uart-1: [rx-data: ][0D]       (format=ascii: A, [0D])
 *                at -l 3 and up the text is quoted: 10000-10069 uart-1: "41"
 *   PulseView:   12000-12069 UART: RX data: 41          ("Export all annotations")
 * One annotation per line, one byte per data annotation. The sample range
 * is the time; seconds need the samplerate, which the export does not carry:
 * --sample-rate (ats_input_opts.sample_rate, Hz) gives relative times,
 * without it the chunks carry none. rx-data / tx-data (RX / TX data)
 * name the decoder's pins, not host and modem: the side whose lines start
 * with AT and that never answers OK/ERROR/+XXX: is the host. Without a class
 * (uart-1: 41) the direction is unknown. Start, stop, parity-ok and data-bit
 * annotations say nothing about the bytes and are skipped; warnings, parity
 * errors, breaks and packets become annotations.
 *
 * Bytes are gathered into chunks by the byte-row assembler (la.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "la.h"

typedef struct sline {
    int has_range;
    uint64_t ss, es;
    const char *proto;         /* "uart-1", "UART" */
    size_t nproto;
    int pulseview;
    int side;                  /* 'r', 't' or 0 (no class) */
    const char *cls;           /* after "rx-"/"RX ": "data", "start", "warnings", ... */
    size_t ncls;
    const char *text;
    size_t ntext;
} sline;

static int isdig(char ch) { return ch >= '0' && ch <= '9'; }

static int number(const char **p, const char *e, uint64_t *v)
{
    const char *q = *p;
    uint64_t x = 0;
    int k = 0;
    while (q < e && isdig(*q)) {
        if (x > (UINT64_MAX - 9) / 10)
            return 0;
        x = x * 10 + (uint64_t)(*q++ - '0');
        k++;
    }
    if (!k)
        return 0;
    *v = x;
    *p = q;
    return 1;
}

/* The shape of a line, not yet whether its text is a byte. */
static int parse(const char *p, size_t n, sline *s)
{
    const char *q = p, *e = p + n;
    memset(s, 0, sizeof *s);
    {
        const char *r = q;
        uint64_t a, b;
        if (number(&r, e, &a) && ats_rd_lit(&r, e, "-") && number(&r, e, &b) && ats_rd_lit(&r, e, " ")) {
            s->has_range = 1;
            s->ss = a;
            s->es = b;
            q = r;
        }
    }
    if (s->has_range && ats_rd_lit(&q, e, "UART: ")) {
        /* PulseView: "%s %d: %r: %1", the row is "RX data", "TX bits", ... */
        s->pulseview = 1;
        s->proto = "UART";
        s->nproto = 4;
        if (ats_rd_lit(&q, e, "RX "))
            s->side = 'r';
        else if (ats_rd_lit(&q, e, "TX "))
            s->side = 't';
        else
            return 0;
        const char *c0 = q;
        while (q + 1 < e && !(q[0] == ':' && q[1] == ' '))
            q++;
        if (q + 1 >= e || q == c0)
            return 0;
        s->cls = c0;
        s->ncls = (size_t)(q - c0);
        q += 2;
    } else {
        const char *p0 = q;
        if (!ats_rd_lit(&q, e, "uart"))
            return 0;
        if (ats_rd_lit(&q, e, "-")) {
            uint64_t inst;
            if (!number(&q, e, &inst))
                return 0;
        }
        s->proto = p0;
        s->nproto = (size_t)(q - p0);
        if (!ats_rd_lit(&q, e, ": "))
            return 0;
        /* optional annotation class: rx-data, tx-start, rx-parity-err, ... */
        const char *r = q;
        if (ats_rd_lit(&r, e, "rx-") || ats_rd_lit(&r, e, "tx-")) {
            const char *c0 = r;
            while (r < e && ((*r >= 'a' && *r <= 'z') || *r == '-'))
                r++;
            if (r > c0 && ats_rd_lit(&r, e, ": ")) {
                s->side = q[0] == 'r' ? 'r' : 't';
                s->cls = c0;
                s->ncls = (size_t)(r - 2 - c0);
                q = r;
            }
        }
    }
    if (q >= e)
        return 0;
    s->text = q;
    s->ntext = (size_t)(e - q);
    return 1;
}

static int shape(const char *p, size_t n)
{
    sline s;
    return parse(p, n, &s);
}

static int probe(const unsigned char *s, size_t n)
{
    size_t m, ne;
    ats_rd_count_lines(s, n, shape, &m, &ne);
    return m >= 3 ? 90 : 0;
}

static int eq(const char *p, size_t n, const char *w)
{
    return strlen(w) == n && !memcmp(p, w, n);
}

static int hexv(char ch)
{
    if (isdig(ch))
        return ch - '0';
    if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'f')
        return (ch | 0x20) - 'a' + 10;
    return -1;
}

/* The longest annotation text, without the quotes sigrok-cli puts around
 * it (and the abbreviations after it) at higher log levels. */
static void unquote(const char **p, size_t *n)
{
    const char *t = *p;
    size_t m = *n;
    if (m < 2 || t[0] != '"')
        return;
    if (m >= 3 && t[1] == '"' && t[2] == '"' && (m == 3 || t[3] == ' ')) {
        *p = t + 1;            /* the byte '"' itself, format=ascii */
        *n = 1;
        return;
    }
    const char *close = memchr(t + 1, '"', m - 1);
    if (!close)
        return;
    *p = t + 1;
    *n = (size_t)(close - (t + 1));
}

/* format=hex "41", format=ascii "A" or "[0D]" */
static int byte_token(const char *t, size_t n, unsigned char *b)
{
    if (n == 2 && hexv(t[0]) >= 0 && hexv(t[1]) >= 0) {
        *b = (unsigned char)(hexv(t[0]) * 16 + hexv(t[1]));
        return 1;
    }
    if (n == 4 && t[0] == '[' && t[3] == ']' && hexv(t[1]) >= 0 && hexv(t[2]) >= 0) {
        *b = (unsigned char)(hexv(t[1]) * 16 + hexv(t[2]));
        return 1;
    }
    if (n == 1) {
        *b = (unsigned char)t[0];
        return 1;
    }
    return 0;
}

/* Per-bit framing: no information about the bytes. */
static int framing_text(const char *t, size_t n)
{
    return eq(t, n, "Start bit") || eq(t, n, "Stop bit") || eq(t, n, "Parity bit");
}

typedef struct sigrok_st {
    la *la;
    uint64_t rate;             /* samples per second, 0: not known */
    int bits_seen;             /* class-less output with per-bit annotations */
} sigrok_st;

static int init(void *vst, rd_ctx *c)
{
    sigrok_st *st = vst;
    st->rate = c->opts->sample_rate;
    /* every data annotation has a sample range: no fallback gap needed */
    st->la = ats_la_new(0);
    return st->la ? 0 : -1;
}

static void sfree(void *vst)
{
    ats_la_free(((sigrok_st *)vst)->la);
}

static ats_time sample_time(const sigrok_st *st, const sline *s)
{
    ats_time t = {ATS_TIME_NONE, 0};
    if (!st->rate || !s->has_range || s->ss / st->rate > 9000000000000ULL)
        return t;
    t.kind = ATS_TIME_RELATIVE;
    t.us = (int64_t)(s->ss / st->rate * 1000000 + s->ss % st->rate * 1000000 / st->rate);
    return t;
}

static int line(void *vst, rd_ctx *c, const char *p, size_t n, int eol, uint64_t lineno,
                uint64_t off)
{
    (void)eol;
    sigrok_st *st = vst;
    while (n && p[n - 1] == '\r')
        n--;
    if (!n)
        return 0;
    sline s;
    ats_time none = {ATS_TIME_NONE, 0};
    if (!parse(p, n, &s))
        return ats_la_other(st->la, c, ATS_CHUNK_UNPARSED, -1, none, p, n, lineno, off,
                        "not a sigrok UART annotation ([SS-ES ]uart-N: ... or SS-ES UART: RX "
                        "data: ...)");
    ats_time t = sample_time(st, &s);
    const char *tx = s.text;
    size_t tn = s.ntext;
    unquote(&tx, &tn);
    int64_t tick = (int64_t)(s.ss & INT64_MAX);
    int64_t dur = s.es >= s.ss && s.es - s.ss < 1000000000ULL ? (int64_t)(s.es - s.ss) : 0;
    unsigned char b;
    char kname[80];
    size_t kn = s.nproto < 64 ? s.nproto : 64;
    memcpy(kname, s.proto, kn);
    if (!s.side) {
        /* uart-1: 41 -- no class, so no side: one undirected stream */
        int key = ats_la_key(st->la, kname, kn, 0, ATS_DIR_UNKNOWN);
        if (framing_text(tx, tn)) {
            st->bits_seen = 1;
            return 0;
        }
        if (st->bits_seen && tn == 1 && (tx[0] == '0' || tx[0] == '1'))
            return 0;           /* a data bit, not the character */
        if (byte_token(tx, tn, &b))
            return ats_la_byte(st->la, c, key, t, s.has_range, tick, dur, b, lineno, off);
        if (tn <= 4 && !memchr(tx, ' ', tn))
            return ats_la_other(st->la, c, ATS_CHUNK_UNPARSED, key, t, p, n, lineno, off,
                            "UART annotation that is not a byte (hex 41, ascii A or [0D])");
        return ats_la_other(st->la, c, ATS_CHUNK_ANNOTATION, key, t, p, n, lineno, off, NULL);
    }
    kname[kn++] = '/';
    kname[kn++] = (char)s.side;
    int key = ats_la_key(st->la, kname, kn, 1, ATS_DIR_UNKNOWN);
    if (eq(s.cls, s.ncls, "data")) {
        if (s.pulseview && framing_text(tx, tn))
            return 0;           /* PulseView's data row also holds start/stop/parity */
        if (byte_token(tx, tn, &b))
            return ats_la_byte(st->la, c, key, t, s.has_range, tick, dur, b, lineno, off);
        if (s.pulseview && tn > 4)
            return ats_la_other(st->la, c, ATS_CHUNK_ANNOTATION, key, t, p, n, lineno, off, NULL);
        return ats_la_other(st->la, c, ATS_CHUNK_UNPARSED, key, t, p, n, lineno, off,
                        "UART data annotation that is not a byte (hex 41, ascii A or [0D])");
    }
    if (eq(s.cls, s.ncls, "start") || eq(s.cls, s.ncls, "stop") ||
        eq(s.cls, s.ncls, "parity-ok") || eq(s.cls, s.ncls, "data-bit") ||
        eq(s.cls, s.ncls, "bits"))
        return 0;
    /* warnings, parity errors, breaks, packets */
    return ats_la_other(st->la, c, ATS_CHUNK_ANNOTATION, key, t, p, n, lineno, off, NULL);
}

static int finish(void *vst, rd_ctx *c)
{
    return ats_la_finish(((sigrok_st *)vst)->la, c);
}

const rd_vt ats_rd_sigrok = {
    {"sigrok",
     "sigrok-cli UART decoder annotations ([SS-ES ]uart-1: [rx-data: ]41) and PulseView "
     "annotation export (SS-ES UART: RX data: 41); times need --sample-rate",
     "3 or more lines [SS-ES ]uart-N: ... or SS-ES UART: RX|TX ...: ...", 1, 1, 0, 0},
    probe, sizeof(sigrok_st), 0, init, line, NULL, finish, sfree, ATS_CF_NO_NOTES, 0};
