/* reader_saleae.c - Saleae Logic async serial exports (capture-formats.md 6.2):
 *   Logic 2 "Export Table":   name,type,start_time,duration,data
 *                             "MCU TX","data",0.001000000,8.68e-05,0x41
 *                             (start_time also ISO-8601: 2026-09-22T08:20:18.204048396+00:00)
 *   Logic 1.x analyzer export: Time [s],Value,Parity Error,Framing Error
 *                             0.011000000000000,0x41,,
 * Columns are found by their header names, fields may be quoted, extra
 * columns are allowed. One byte per row: consecutive bytes of one analyzer
 * are gathered into one chunk while they follow each other on the wire.
 * Which analyzer is the host is read from the bytes (the side whose lines
 * start with AT and that never answers OK/ERROR/+XXX:), not from its name.
 *
 * The byte-row assembler (la_*) at the top is shared with reader_sigrok.c,
 * which declares the same prototypes. */
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "reader.h"

/* ======================= byte-row assembler (la_*) ======================= */

#define LA_MAXKEYS 16          /* analyzers told apart; more share one undirected key */
#define LA_KEYLEN 64
#define LA_CHUNK 65536         /* bytes gathered into one chunk at most */
#define LA_MAXROWS 8192        /* rows held back while a side is undecided */
#define LA_MAXTEXT (1u << 20)  /* bytes of held-back non-data rows */
#define LA_EVID 24             /* first bytes of a line looked at for evidence */

#include "la.h"

typedef struct la_key_st {
    char name[LA_KEYLEN];
    size_t nlen;
    int decide;                /* direction from the content (else given) */
    int decided, seen;
    ats_dir dir;
    unsigned at_lines, modem_lines;
    char cur[LA_EVID];
    size_t curlen;
    int cut;
    int warned;                /* its bytes went out without a direction: said once */
} la_key_st;

typedef struct la_row {
    int key;
    int other;                 /* an annotation or unparsed row, not a byte */
    ats_chunk_kind kind;
    ats_time t;
    int has_tick;
    int64_t tick, dur;
    unsigned char b;
    uint64_t line, off;
    char *text;
    size_t len;
    const char *note;
} la_row;

struct la {
    la_key_st keys[LA_MAXKEYS + 1];   /* the last: where extra analyzers go */
    int nkeys;
    int64_t fallback_gap;      /* ticks; 0: no gap rule without a duration */
    la_row *rows;
    size_t nrows, caprows, textbytes;
    /* the chunk being gathered */
    size_t n;
    int key;
    ats_time t;
    uint64_t line, off;
    int has_tick;
    int64_t last_tick, last_dur;
    unsigned char buf[LA_CHUNK];
};

la *la_new(int64_t fallback_gap)
{
    la *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->fallback_gap = fallback_gap;
    la_key_st *o = &a->keys[LA_MAXKEYS];
    o->decided = 1;
    o->dir = ATS_DIR_UNKNOWN;
    return a;
}

static void drop_rows(la *a)
{
    for (size_t i = 0; i < a->nrows; i++)
        free(a->rows[i].text);
    a->nrows = 0;
    a->textbytes = 0;
}

void la_free(la *a)
{
    if (!a)
        return;
    drop_rows(a);
    free(a->rows);
    free(a);
}

int la_key(la *a, const char *name, size_t n, int decide, ats_dir dir)
{
    if (n >= LA_KEYLEN)
        n = LA_KEYLEN - 1;
    for (int i = 0; i < a->nkeys; i++)
        if (a->keys[i].decide == decide && a->keys[i].nlen == n &&
            !memcmp(a->keys[i].name, name, n) && (decide || a->keys[i].dir == dir))
            return i;
    if (a->nkeys == LA_MAXKEYS)
        return LA_MAXKEYS;
    la_key_st *k = &a->keys[a->nkeys];
    memcpy(k->name, name, n);
    k->nlen = n;
    k->decide = decide;
    k->decided = !decide;
    k->dir = decide ? ATS_DIR_UNKNOWN : dir;
    return a->nkeys++;
}

static int line_is(const char *s, size_t n, const char *w)
{
    return strlen(w) == n && !memcmp(s, w, n);
}

/* A line only the modem writes: a final result code or an information
 * response / URC "+XXX:" (also "^XXX:"). */
static int modem_line(const char *s, size_t n, int cut)
{
    if (!cut && (line_is(s, n, "OK") || line_is(s, n, "ERROR") || line_is(s, n, "RING") ||
                 line_is(s, n, "BUSY") || line_is(s, n, "NO CARRIER") ||
                 line_is(s, n, "NO ANSWER") || line_is(s, n, "NO DIALTONE")))
        return 1;
    if (n >= 7 && !memcmp(s, "CONNECT", 7))
        return 1;
    if (n >= 3 && (s[0] == '+' || s[0] == '^')) {
        size_t i = 1;
        while (i < n && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') ||
                         s[i] == '_' || s[i] == '-'))
            i++;
        if (i > 1 && i < n && s[i] == ':')
            return 1;
    }
    return 0;
}

static void evidence(la_key_st *k, unsigned char b)
{
    if (b == '\r' || b == '\n') {
        const char *s = k->cur;
        size_t n = k->curlen;
        while (n && (*s == ' ' || *s == '\t')) {
            s++;
            n--;
        }
        if (n >= 2 && (s[0] | 0x20) == 'a' && (s[1] | 0x20) == 't')
            k->at_lines++;
        else if (n && modem_line(s, n, k->cut))
            k->modem_lines++;
        k->curlen = 0;
        k->cut = 0;
        return;
    }
    if (k->curlen < LA_EVID)
        k->cur[k->curlen++] = (char)b;
    else
        k->cut = 1;
}

/* The host is the side whose lines start with AT and that never wrote a
 * modem line; the modem is the side that wrote one (its echo starts with
 * AT too, but OK or +XXX: follows). force: decide now with what there is. */
static void decide(la *a, int force)
{
    int have_rx = 0;
    for (int i = 0; i < a->nkeys; i++) {
        la_key_st *k = &a->keys[i];
        if (k->seen && !k->decided && k->modem_lines) {
            k->decided = 1;
            k->dir = ATS_DIR_RX;
        }
        if (k->decided && k->dir == ATS_DIR_RX)
            have_rx = 1;
    }
    for (int i = 0; i < a->nkeys; i++) {
        la_key_st *k = &a->keys[i];
        if (!k->seen || k->decided)
            continue;
        if (k->at_lines >= 3 || (k->at_lines && (have_rx || force))) {
            k->decided = 1;
            k->dir = ATS_DIR_TX;
        } else if (force) {
            k->decided = 1;
            k->dir = ATS_DIR_UNKNOWN;
        }
    }
}

static int all_decided(const la *a)
{
    for (int i = 0; i < a->nkeys; i++)
        if (a->keys[i].seen && !a->keys[i].decided)
            return 0;
    return 1;
}

static int flush_chunk(la *a, rd_ctx *c)
{
    if (!a->n)
        return 0;
    size_t n = a->n;
    la_key_st *k = &a->keys[a->key];
    if (k->dir == ATS_DIR_UNKNOWN && !k->warned) {
        k->warned = 1;
        /* Logic 1.x exports have no analyzer name: then there is no "whose" */
        char who[LA_KEYLEN + 8] = "";
        if (k->nlen)
            snprintf(who, sizeof who, "\"%.*s\": ", (int)k->nlen, k->name);
        int rc = k->decide ? rd_warn(c, a->line, a->off, a->t,
                                     "%scannot tell host from modem (no line starting with AT, "
                                     "no result code): the bytes have no direction",
                                     who)
                           : rd_warn(c, a->line, a->off, a->t,
                                     "%sthe export does not say which side sent the bytes: "
                                     "they have no direction",
                                     who);
        if (rc)
            return rc;
    }
    a->n = 0;
    return rd_emit(c, ATS_CHUNK_DATA, a->keys[a->key].dir, a->t, a->buf, n, a->line, a->off,
                   NULL);
}

/* The next byte follows the gathered ones on the same wire: it starts within
 * two byte times of the last one's end (or fallback_gap after its start when
 * rows carry no duration). Rows without ticks are always contiguous. */
static int contiguous(const la *a, const la_row *r)
{
    if (a->has_tick != r->has_tick || a->t.kind != r->t.kind)
        return 0;
    if (!r->has_tick)
        return 1;
    if (r->tick < a->last_tick)
        return 0;
    if (a->last_dur > 0)
        return r->tick - a->last_tick - a->last_dur <= 2 * a->last_dur;
    return a->fallback_gap > 0 && r->tick - a->last_tick <= a->fallback_gap;
}

static int gather(la *a, rd_ctx *c, const la_row *r)
{
    if (a->n && (r->key != a->key || a->n == LA_CHUNK || !contiguous(a, r)) && flush_chunk(a, c))
        return 1;
    if (!a->n) {
        a->key = r->key;
        a->t = r->t;
        a->line = r->line;
        a->off = r->off;
        a->has_tick = r->has_tick;
    }
    a->buf[a->n++] = r->b;
    a->last_tick = r->tick;
    a->last_dur = r->dur;
    /* A chunk carries the source line of its first byte, and every text line
     * in it would get that line: end the chunk with each line end, so a
     * record names the export row where its own first byte is. */
    if (r->b == '\n' || r->b == '\r')
        return flush_chunk(a, c);
    return 0;
}

static int emit_other(la *a, rd_ctx *c, const la_row *r, const char *text)
{
    if (flush_chunk(a, c))
        return 1;
    ats_dir d = r->key >= 0 && a->keys[r->key].decided ? a->keys[r->key].dir : ATS_DIR_UNKNOWN;
    return rd_emit(c, r->kind, d, r->t, text, r->len, r->line, r->off, r->note);
}

static int replay(la *a, rd_ctx *c)
{
    int rc = 0;
    for (size_t i = 0; i < a->nrows && !rc; i++) {
        const la_row *r = &a->rows[i];
        rc = r->other ? emit_other(a, c, r, r->text ? r->text : "") : gather(a, c, r);
    }
    drop_rows(a);
    return rc;
}

static la_row *push(la *a)
{
    if (a->nrows == a->caprows) {
        size_t cap = a->caprows ? a->caprows * 2 : 256;
        la_row *p = realloc(a->rows, cap * sizeof *p);
        if (!p)
            return NULL;
        a->rows = p;
        a->caprows = cap;
    }
    la_row *r = &a->rows[a->nrows++];
    memset(r, 0, sizeof *r);
    return r;
}

int la_byte(la *a, rd_ctx *c, int key, ats_time t, int has_tick, int64_t tick, int64_t dur,
            unsigned char b, uint64_t line, uint64_t off)
{
    la_key_st *k = &a->keys[key];
    k->seen = 1;
    if (!k->decided) {
        evidence(k, b);
        decide(a, 0);
    }
    la_row r = {key, 0, ATS_CHUNK_DATA, t, has_tick, tick, dur < 0 ? 0 : dur, b, line, off,
                NULL, 0, NULL};
    if (!a->nrows && all_decided(a))
        return gather(a, c, &r);
    la_row *q = NULL;
    if (a->nrows < LA_MAXROWS && !(q = push(a))) {
        c->oom = 1;              /* deciding early would change the result */
        return 1;
    }
    if (q)
        *q = r;
    if (!q || a->nrows >= LA_MAXROWS)
        decide(a, 1);
    if (all_decided(a)) {
        if (replay(a, c))
            return 1;
        if (!q)
            return gather(a, c, &r);
    }
    return 0;
}

int la_other(la *a, rd_ctx *c, ats_chunk_kind kind, int key, ats_time t, const char *text,
             size_t len, uint64_t line, uint64_t off, const char *note)
{
    la_row r = {key, 1, kind, t, 0, 0, 0, 0, line, off, NULL, len, note};
    if (a->nrows) {
        int room = a->textbytes + len <= LA_MAXTEXT && a->nrows < LA_MAXROWS;
        char *copy = room ? malloc(len + 1) : NULL;
        la_row *q = copy ? push(a) : NULL;
        if (room && !q) {
            free(copy);
            c->oom = 1;
            return 1;
        }
        if (q) {
            memcpy(copy, text, len);
            copy[len] = 0;
            r.text = copy;
            *q = r;
            a->textbytes += len;
            return 0;
        }
        free(copy);
        decide(a, 1);            /* cannot hold it back: decide and go on */
        if (replay(a, c))
            return 1;
    }
    return emit_other(a, c, &r, text);
}

int la_finish(la *a, rd_ctx *c)
{
    decide(a, 1);
    if (replay(a, c))
        return 1;
    return flush_chunk(a, c);
}

/* =============================== Saleae ================================== */

#define MAXF 64

typedef struct fld {
    const char *p;
    size_t n;
} fld;

/* Splits a CSV line into fields, unquoting into out (at least n bytes).
 * Returns the number of fields (those past maxf are counted, not kept). */
static size_t csv_split(const char *p, size_t n, char *out, fld *f, size_t maxf)
{
    size_t nf = 0, i = 0, o = 0;
    for (;;) {
        size_t start = o;
        if (i < n && p[i] == '"') {
            i++;
            while (i < n) {
                if (p[i] == '"') {
                    if (i + 1 < n && p[i + 1] == '"') {
                        out[o++] = '"';
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                out[o++] = p[i++];
            }
        }
        while (i < n && p[i] != ',')
            out[o++] = p[i++];
        if (nf < maxf) {
            f[nf].p = out + start;
            f[nf].n = o - start;
        }
        nf++;
        if (i >= n)
            break;
        i++;
    }
    return nf;
}

static void trim(const char **p, size_t *n)
{
    while (*n && (**p == ' ' || **p == '\t')) {
        (*p)++;
        (*n)--;
    }
    while (*n && ((*p)[*n - 1] == ' ' || (*p)[*n - 1] == '\t'))
        (*n)--;
}

static int field_is(fld f, const char *w)
{
    const char *p = f.p;
    size_t n = f.n, m = strlen(w);
    trim(&p, &n);
    if (n != m)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char a = p[i], b = w[i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a + 32);
        if (b >= 'A' && b <= 'Z')
            b = (char)(b + 32);
        if (a != b)
            return 0;
    }
    return 1;
}

static int field_has_error(fld f)
{
    const char *p = f.p;
    size_t n = f.n;
    trim(&p, &n);
    for (size_t i = 0; i + 5 <= n; i++) {
        int ok = 1;
        for (size_t j = 0; j < 5 && ok; j++)
            ok = (p[i + j] | 0x20) == "error"[j];
        if (ok)
            return 1;
    }
    return 0;
}

typedef struct cols {
    int kind;                  /* 0 not a header, 1 Logic 2, 2 Logic 1 */
    int name, type, time, dur, data;
    int err[4];
    int nerr;
    int need;                  /* fields a row must have */
} cols;

static int header(const fld *f, size_t nf, cols *c)
{
    memset(c, 0, sizeof *c);
    c->name = c->type = c->time = c->dur = c->data = -1;
    int logic1 = 0;
    if (nf > MAXF)
        nf = MAXF;
    for (size_t i = 0; i < nf; i++) {
        int k = (int)i;
        if (field_is(f[i], "name") || field_is(f[i], "Analyzer Name"))
            c->name = c->name < 0 ? k : c->name;
        else if (field_is(f[i], "type"))
            c->type = c->type < 0 ? k : c->type;
        else if (field_is(f[i], "start_time"))
            c->time = c->time < 0 ? k : c->time;
        else if (field_is(f[i], "Time [s]")) {
            if (c->time < 0) {
                c->time = k;
                logic1 = 1;
            }
        } else if (field_is(f[i], "duration"))
            c->dur = c->dur < 0 ? k : c->dur;
        else if (field_is(f[i], "data") || field_is(f[i], "Value"))
            c->data = c->data < 0 ? k : c->data;
        else if (field_has_error(f[i]) && c->nerr < 4)
            c->err[c->nerr++] = k;
    }
    if (c->time < 0 || c->data < 0)
        return 0;
    c->kind = logic1 ? 2 : 1;
    int need = c->time > c->data ? c->time : c->data;
    if (c->name > need)
        need = c->name;
    if (c->type > need)
        need = c->type;
    if (c->dur > need)
        need = c->dur;
    c->need = need + 1;
    return 1;
}

static int probe(const unsigned char *s, size_t n)
{
    size_t i = 0;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        i = 3;
    /* the first non-empty line is the header */
    while (i < n) {
        const unsigned char *e = memchr(s + i, '\n', n - i);
        size_t len = e ? (size_t)(e - (s + i)) : n - i;
        size_t l = len;
        while (l && s[i + l - 1] == '\r')
            l--;
        if (l) {
            char buf[2048];
            fld f[MAXF];
            if (l > sizeof buf)
                return 0;
            size_t nf = csv_split((const char *)s + i, l, buf, f, MAXF);
            cols c;
            return header(f, nf, &c) ? 95 : 0;
        }
        if (!e)
            break;
        i += len + 1;
    }
    return 0;
}

typedef struct saleae_st {
    la *la;
    cols c;
    int radix;                 /* 0 not known yet, 'x' hex, 'd' decimal, 'a' ASCII */
    char scratch[65536 + 16];
} saleae_st;

static int init(void *vst, rd_ctx *c)
{
    (void)c;
    saleae_st *st = vst;
    /* Logic 1 rows have no duration: bytes more than 1 ms apart are apart */
    st->la = la_new(1000000);
    return st->la ? 0 : -1;
}

static void sfree(void *vst)
{
    la_free(((saleae_st *)vst)->la);
}

static int isdig(char ch) { return ch >= '0' && ch <= '9'; }

/* "0.001086806", "-1.5", "8.68e-05" -> ns, exactly (no float on the way). */
static int dec_ns(const char *s, size_t n, int64_t *out)
{
    size_t i = 0;
    int neg = 0, digits = 0, sig = 0, exp = 0;
    uint64_t m = 0;
    if (i < n && (s[i] == '-' || s[i] == '+'))
        neg = s[i++] == '-';
    for (; i < n && isdig(s[i]); i++, digits++) {
        if (sig < 18) {
            m = m * 10 + (uint64_t)(s[i] - '0');
            sig += m != 0;
        } else {
            exp++;
        }
    }
    if (i < n && s[i] == '.') {
        for (i++; i < n && isdig(s[i]); i++, digits++) {
            if (sig < 18) {
                m = m * 10 + (uint64_t)(s[i] - '0');
                sig += m != 0;
                exp--;
            }
        }
    }
    if (!digits)
        return 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        int eneg = 0, e = 0, ed = 0;
        i++;
        if (i < n && (s[i] == '-' || s[i] == '+'))
            eneg = s[i++] == '-';
        for (; i < n && isdig(s[i]); i++, ed++)
            if (e < 1000)
                e = e * 10 + (s[i] - '0');
        if (!ed)
            return 0;
        exp += eneg ? -e : e;
    }
    if (i != n)
        return 0;
    int p = exp + 9;
    for (; p > 0 && m; p--) {
        if (m > (uint64_t)INT64_MAX / 10)
            return 0;
        m *= 10;
    }
    for (; p < 0 && m; p++)
        m /= 10;
    *out = neg ? -(int64_t)m : (int64_t)m;
    return 1;
}

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if (a % b && a < 0)
        q--;
    return q;
}

/* 2026-09-22T08:20:18.204048396+00:00 (also Z, +0800, no zone = UTC) */
static int iso_time(const char *s, size_t n, int64_t *us, int64_t *ns)
{
    const char *q = s, *e = s + n;
    int y, mo, d, h, mi, sec;
    if (!rd_digits(&q, e, 4, &y) || !rd_lit(&q, e, "-") || !rd_digits(&q, e, 2, &mo) ||
        !rd_lit(&q, e, "-") || !rd_digits(&q, e, 2, &d) ||
        !(rd_lit(&q, e, "T") || rd_lit(&q, e, " ")) || !rd_digits(&q, e, 2, &h) ||
        !rd_lit(&q, e, ":") || !rd_digits(&q, e, 2, &mi) || !rd_lit(&q, e, ":") ||
        !rd_digits(&q, e, 2, &sec))
        return 0;
    /* beyond these years the time in ns no longer fits in 64 bits */
    if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 ||
        sec > 60)
        return 0;
    int64_t frac = 0;
    if (q < e && (*q == '.' || *q == ',')) {
        q++;
        int k = 0;
        for (; q < e && isdig(*q); q++, k++)
            if (k < 9)
                frac = frac * 10 + (*q - '0');
        if (!k)
            return 0;
        for (; k < 9; k++)
            frac *= 10;
    }
    int64_t zone = 0;
    if (q < e && *q == 'Z') {
        q++;
    } else if (q < e && (*q == '+' || *q == '-')) {
        int neg = *q++ == '-', zh, zm = 0;
        if (!rd_digits(&q, e, 2, &zh))
            return 0;
        rd_lit(&q, e, ":");
        if (q < e && !rd_digits(&q, e, 2, &zm))
            return 0;
        if (zh > 23 || zm > 59)
            return 0;
        zone = (neg ? -1 : 1) * ((int64_t)zh * 3600 + zm * 60);
    }
    if (q != e)
        return 0;
    ats_time t = rd_time_abs(y, mo, d, h, mi, sec, frac / 1000);
    *us = t.us - zone * 1000000;
    *ns = *us * 1000 + frac % 1000;
    return 1;
}

static int hexv(char ch)
{
    if (isdig(ch))
        return ch - '0';
    if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'f')
        return (ch | 0x20) - 'a' + 10;
    return -1;
}

/* A data value in the analyzer's display radix: hex 0x0D (the one to
 * export with), decimal 13, binary 00001101, or ASCII: the character
 * itself, \r \n \t \0 \\ \xHH, ' ' or 'A', COMMA (Logic 1). A lone digit is
 * a character unless the file already showed decimal values. */
static int data_byte(saleae_st *st, fld f, unsigned char *out)
{
    if (f.n == 1 && !(st->radix == 'd' && isdig(f.p[0]))) {
        *out = (unsigned char)f.p[0];
        if (!isdig(f.p[0]))
            st->radix = 'a';
        return 1;
    }
    const char *p = f.p;
    size_t n = f.n;
    trim(&p, &n);
    if (n >= 3 && p[0] == '0' && (p[1] | 0x20) == 'x') {
        unsigned v = 0;
        for (size_t i = 2; i < n; i++) {
            int h = hexv(p[i]);
            if (h < 0 || (v = v * 16 + (unsigned)h) > 255)
                return 0;
        }
        st->radix = 'x';
        *out = (unsigned char)v;
        return 1;
    }
    if (n == 8) {
        unsigned v = 0;
        size_t i = 0;
        while (i < 8 && (p[i] == '0' || p[i] == '1'))
            v = v * 2 + (unsigned)(p[i++] - '0');
        if (i == 8) {
            *out = (unsigned char)v;
            return 1;
        }
    }
    if (n >= 1 && n <= 3) {
        unsigned v = 0;
        size_t i = 0;
        while (i < n && isdig(p[i]))
            v = v * 10 + (unsigned)(p[i++] - '0');
        if (i == n && v <= 255 && (n > 1 || st->radix == 'd')) {
            st->radix = 'd';
            *out = (unsigned char)v;
            return 1;
        }
    }
    static const struct {
        const char *text;
        unsigned char b;
    } esc[] = {{"\\r", '\r'}, {"\\n", '\n'}, {"\\t", '\t'}, {"\\0", 0},    {"\\\\", '\\'},
               {"' '", ' '},  {"COMMA", ','}, {"SPACE", ' '}, {"\\'", '\''}, {"\\\"", '"'}};
    for (size_t i = 0; i < sizeof esc / sizeof esc[0]; i++)
        if (n == strlen(esc[i].text) && !memcmp(p, esc[i].text, n)) {
            st->radix = 'a';
            *out = esc[i].b;
            return 1;
        }
    if (n == 4 && p[0] == '\\' && (p[1] | 0x20) == 'x' && hexv(p[2]) >= 0 && hexv(p[3]) >= 0) {
        st->radix = 'a';
        *out = (unsigned char)(hexv(p[2]) * 16 + hexv(p[3]));
        return 1;
    }
    if (n == 3 && p[0] == '\'' && p[2] == '\'') {
        st->radix = 'a';
        *out = (unsigned char)p[1];
        return 1;
    }
    if (n == 1) {
        *out = (unsigned char)p[0];
        return 1;
    }
    return 0;
}

static const ats_time NO_TIME = {ATS_TIME_NONE, 0};

static int line(void *vst, rd_ctx *c, const char *p, size_t n, int eol, uint64_t lineno,
                uint64_t off)
{
    (void)eol;
    saleae_st *st = vst;
    while (n && p[n - 1] == '\r')
        n--;
    if (!n)
        return 0;
    fld f[MAXF];
    size_t nf = csv_split(p, n, st->scratch, f, MAXF);
    cols hc;
    if (header(f, nf, &hc)) {      /* the header (again, if exports were joined) */
        st->c = hc;
        return 0;
    }
    if (!st->c.kind)
        return la_other(st->la, c, ATS_CHUNK_UNPARSED, -1, NO_TIME, p, n, lineno, off,
                        "text before the Saleae CSV header (name,type,start_time,... or "
                        "Time [s],Value,...)");
    const cols *cc = &st->c;
    int key = -1;
    if (cc->kind == 1 && cc->name >= 0 && (size_t)cc->name < nf) {
        const char *np = f[cc->name].p;
        size_t nn = f[cc->name].n;
        trim(&np, &nn);
        key = la_key(st->la, np, nn, 1, ATS_DIR_UNKNOWN);
    } else {
        key = la_key(st->la, "", 0, 0, ATS_DIR_UNKNOWN);
    }
    if (nf < (size_t)cc->need)
        return la_other(st->la, c, ATS_CHUNK_UNPARSED, key, NO_TIME, p, n, lineno, off,
                        "row with fewer columns than the header");
    /* frames that are not data, and data with a parity or framing error */
    int other = cc->type >= 0 && !field_is(f[cc->type], "data");
    for (int i = 0; i < cc->nerr && !other; i++) {
        if ((size_t)cc->err[i] < nf) {
            const char *ep = f[cc->err[i]].p;
            size_t en = f[cc->err[i]].n;
            trim(&ep, &en);
            other = en > 0;
        }
    }
    const char *tp = f[cc->time].p;
    size_t tn = f[cc->time].n;
    trim(&tp, &tn);
    int64_t ns = 0, us = 0;
    ats_time t;
    if (iso_time(tp, tn, &us, &ns)) {
        t.kind = ATS_TIME_ABSOLUTE;
        t.us = us;
    } else if (dec_ns(tp, tn, &ns)) {
        t.kind = ATS_TIME_RELATIVE;
        t.us = floor_div(ns, 1000);
    } else {
        return la_other(st->la, c, ATS_CHUNK_UNPARSED, key, NO_TIME, p, n, lineno, off,
                        "bad start_time: not seconds nor an ISO-8601 time");
    }
    if (other)
        return la_other(st->la, c, ATS_CHUNK_ANNOTATION, key, t, p, n, lineno, off, NULL);
    int64_t dur = 0;
    if (cc->dur >= 0) {
        const char *dp = f[cc->dur].p;
        size_t dn = f[cc->dur].n;
        trim(&dp, &dn);
        if (dn && (!dec_ns(dp, dn, &dur) || dur < 0 || dur > 1000000000000LL))
            return la_other(st->la, c, ATS_CHUNK_UNPARSED, key, t, p, n, lineno, off,
                            "bad duration: not a number of seconds");
    }
    unsigned char b;
    if (!data_byte(st, f[cc->data], &b))
        return la_other(st->la, c, ATS_CHUNK_UNPARSED, key, t, p, n, lineno, off,
                        "bad data value: not a byte (0x0D, 13, 00001101 or one character)");
    return la_byte(st->la, c, key, t, 1, ns, dur, b, lineno, off);
}

static int finish(void *vst, rd_ctx *c)
{
    return la_finish(((saleae_st *)vst)->la, c);
}

const rd_vt rd_saleae = {
    {"saleae",
     "Saleae Logic async serial CSV: Logic 2 Export Table (name,type,start_time,duration,data), "
     "Logic 1.x export (Time [s],Value,...)",
     "a first line that is the CSV header: name,type,start_time,... or Time [s],Value,...", 1,
     1, 0},
    probe, sizeof(saleae_st), 0, init, line, NULL, finish, sfree};
