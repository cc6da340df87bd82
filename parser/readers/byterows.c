/* byterows.c - the byte-row assembler (la.h) shared by the readers whose
 * captures hold one byte per row: Saleae and sigrok exports, interceptty.
 * Rows of one side are gathered into one chunk while they follow each other
 * on the wire; while a side's direction is still being read from its bytes,
 * rows are held back (bounded) and replayed once it is known. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "la.h"

#define LA_MAXKEYS 16          /* analyzers told apart; more share one undirected key */
#define LA_KEYLEN 64
#define LA_CHUNK 65536         /* bytes gathered into one chunk at most */
#define LA_MAXROWS 8192        /* rows held back while a side is undecided */
#define LA_MAXTEXT (1u << 20)  /* bytes of held-back non-data rows */
#define LA_EVID 24             /* first bytes of a line looked at for evidence */

typedef struct la_key_st {
    char name[LA_KEYLEN];
    size_t nlen;
    int decide;                /* direction from the content (else given) */
    int decided, seen;
    ats_dir dir;
    ats_dir fallback;          /* deciding found nothing: the direction the tool's
                                  own convention gives (interceptty), or none */
    unsigned at_lines, modem_lines;
    char cur[LA_EVID];
    size_t curlen;
    int cut;
    int warned;                /* its bytes went out without a direction: said once */
    int merged;                /* both sides' bytes under this one name */
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

la *ats_la_new(int64_t fallback_gap)
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

void ats_la_free(la *a)
{
    if (!a)
        return;
    drop_rows(a);
    free(a->rows);
    free(a);
}

int ats_la_key(la *a, const char *name, size_t n, int decide, ats_dir dir)
{
    if (n >= LA_KEYLEN)
        n = LA_KEYLEN - 1;
    for (int i = 0; i < a->nkeys; i++)
        if (a->keys[i].decide == decide && a->keys[i].nlen == n &&
            !memcmp(a->keys[i].name, name, n) &&
            (decide ? a->keys[i].fallback == dir : a->keys[i].dir == dir))
            return i;
    if (a->nkeys == LA_MAXKEYS)
        return LA_MAXKEYS;
    la_key_st *k = &a->keys[a->nkeys];
    memcpy(k->name, name, n);
    k->nlen = n;
    k->decide = decide;
    k->decided = !decide;
    k->dir = decide ? ATS_DIR_UNKNOWN : dir;
    k->fallback = decide ? dir : ATS_DIR_UNKNOWN;
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
    int have_rx = 0, nseen = 0;
    for (int i = 0; i < a->nkeys; i++)
        nseen += a->keys[i].seen && a->keys[i].decide;
    for (int i = 0; i < a->nkeys; i++) {
        la_key_st *k = &a->keys[i];
        /* The only side there is shows AT lines and result codes: two
         * analyzers under one name (Logic 2's default "Async Serial" for
         * both), one stream in time order, or the modem's wire alone (its
         * echo and its answers). Either reads as a terminal log does:
         * undirected, the echo opening each command. With both wires under
         * their own names the host's is seen before the modem echoes it,
         * so this does not apply there. */
        if (k->seen && !k->decided && k->decide && nseen == 1 && k->at_lines &&
            k->modem_lines) {
            k->decided = 1;
            k->merged = 1;
            k->dir = ATS_DIR_UNKNOWN;
            continue;
        }
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
            k->dir = k->fallback;
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
        int rc = k->merged ? ats_rd_warn(c, a->line, a->off, a->t,
                                     "%sthe only side shows AT lines and result codes "
                                     "(both wires under one name, or the modem's alone): "
                                     "read without direction, as a terminal log",
                                     who)
                 : k->decide ? ats_rd_warn(c, a->line, a->off, a->t,
                                     "%scannot tell host from modem (no line starting with AT, "
                                     "no result code): the bytes have no direction",
                                     who)
                           : ats_rd_warn(c, a->line, a->off, a->t,
                                     "%sthe export does not say which side sent the bytes: "
                                     "they have no direction",
                                     who);
        if (rc)
            return rc;
    }
    a->n = 0;
    return ats_rd_emit(c, ATS_CHUNK_DATA, a->keys[a->key].dir, a->t, a->buf, n, a->line, a->off,
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
    return ats_rd_emit(c, r->kind, d, r->t, text, r->len, r->line, r->off, r->note);
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

int ats_la_byte(la *a, rd_ctx *c, int key, ats_time t, int has_tick, int64_t tick, int64_t dur,
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

int ats_la_other(la *a, rd_ctx *c, ats_chunk_kind kind, int key, ats_time t, const char *text,
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

int ats_la_finish(la *a, rd_ctx *c)
{
    decide(a, 1);
    if (replay(a, c))
        return 1;
    return flush_chunk(a, c);
}
