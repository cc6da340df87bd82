/* test_framer.c - the line framer (parser/framer.c), asserted as exact line
 * sequences: kind, text bytes, source line, byte offset, flags and cut.
 *
 * Every input goes through check(): it is fed whole (the result must equal
 * the expected sequence), then one byte at a time, in every split into two
 * pieces, in every split into three pieces (short inputs), and in
 * pseudo-random chunk sizes (zero-length chunks included). Each chunk is
 * copied into its own malloc'd buffer of exactly its size, so ASan catches a
 * read past a chunk. Every chunking must give the identical sequence.
 *
 * The line callback plays the builder: rules tell it to call
 * ats_framer_set_mode / ats_framer_expect_prompt when it sees a given line,
 * from inside the callback, as the real builder does. Those decisions must
 * not depend on the chunking either.
 *
 * Tests named test_regress_* assert what we believe is the correct behaviour
 * and currently FAIL against framer.c; see the comment on each. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

/* ------------------------------------------------------------ expectations */

typedef struct exp_line {
    ats_line_kind kind;
    const char *text;
    size_t len;
    uint64_t line, offset;
    unsigned flags;
    uint64_t cut;
} exp_line;

/* String literals only: the length comes from sizeof, so "\0" counts. */
#define L(k, s, ln, off, fl) {ATS_LINE_##k, (s), sizeof(s) - 1, (ln), (off), (fl), 0}
#define LC(k, s, ln, off, fl, c) {ATS_LINE_##k, (s), sizeof(s) - 1, (ln), (off), (fl), (c)}
#define NE(a) (sizeof(a) / sizeof((a)[0]))
/* An input given as a string literal, NULs included. */
#define IN(s) (const unsigned char *)(s), sizeof(s) - 1

enum { TRUNC = ATS_LF_TRUNCATED, NOTU8 = ATS_LF_NOT_UTF8, CTRL = ATS_LF_CONTROL,
       NOEOL = ATS_LF_NO_EOL, AFTERP = ATS_LF_AFTER_PROMPT, CTRLZ = ATS_LF_PAYLOAD_CTRLZ, ESC = ATS_LF_PAYLOAD_ESC,
       FULL = ATS_LF_PAYLOAD_FULL, CONT = ATS_LF_CONTINUED, EOLP = ATS_LF_PAYLOAD_EOL,
       EDITED = ATS_LF_EDITED };

/* ------------------------------------------------------- callback "script" */

enum { ACT_NONE = 0, ACT_SET, ACT_ARM, ACT_ARMED };

typedef struct rule {
    int kind;              /* an ats_line_kind, or -1: any kind */
    const char *prefix;    /* the line's text starts with this; NULL: any */
    int action;            /* ACT_SET: set_mode(mode, n) now; ACT_ARM: remember
                              (mode, n) for the next ACT_ARMED; ACT_ARMED: set
                              the remembered mode */
    ats_frame_mode mode;
    uint64_t n;
    int prompt;            /* -1: leave; 0/1: ats_framer_expect_prompt */
} rule;

typedef struct fcfg {
    ats_framer_opts opts;
    ats_dir dir;
    int prompt;                  /* expect a prompt from the start */
    int mode_set;                /* set_mode(mode, n) before the first byte */
    ats_frame_mode mode;
    uint64_t n;
    const rule *rules;           /* first matching rule applies */
    size_t nrules;
    size_t stop_after;           /* callback returns 1 on this call (1-based) */
    /* An outside mode change, as another direction's framer causes through
     * the builder: set_mode(ext_mode, ext_n) before byte ext_at is fed. */
    int ext;
    size_t ext_at;
    ats_frame_mode ext_mode;
    uint64_t ext_n;
    unsigned chunk_flags;        /* ATS_CF_* on every chunk */
} fcfg;

typedef struct got_line {
    ats_line_kind kind;
    ats_dir dir;
    unsigned char *text;
    size_t len;
    uint64_t line, offset;
    unsigned flags;
    uint64_t cut;
    ats_time time;
} got_line;

typedef struct recorder {
    got_line *v;
    size_t n, cap;
    ats_framer *fr;
    const fcfg *cfg;
    ats_frame_mode armed_mode;
    uint64_t armed_n;
    size_t calls;
    int feed_rc;                 /* first failing feed's code */
    int finish_rc;
    uint64_t lines, truncated_lines, cut_bytes;
    size_t buf_cap;              /* the framer's line buffer */
} recorder;

static int on_line(void *user, const ats_line *l)
{
    recorder *r = user;
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 16;
        r->v = realloc(r->v, r->cap * sizeof *r->v);
        assert_non_null(r->v);
    }
    got_line *g = &r->v[r->n++];
    g->kind = l->kind;
    g->dir = l->dir;
    g->len = l->text.len;
    g->text = malloc(l->text.len ? l->text.len : 1);
    assert_non_null(g->text);
    if (l->text.len)
        memcpy(g->text, l->text.ptr, l->text.len);
    g->line = l->line;
    g->offset = l->offset;
    g->flags = l->flags;
    g->cut = l->cut;
    g->time = l->time;
    r->calls++;

    const fcfg *c = r->cfg;
    for (size_t i = 0; i < c->nrules; i++) {
        const rule *ru = &c->rules[i];
        if (ru->kind >= 0 && (ats_line_kind)ru->kind != l->kind)
            continue;
        if (ru->prefix) {
            size_t pn = strlen(ru->prefix);
            if (l->text.len < pn || memcmp(l->text.ptr, ru->prefix, pn) != 0)
                continue;
        }
        switch (ru->action) {
        case ACT_SET:
            ats_framer_set_mode(r->fr, ru->mode, ru->n);
            break;
        case ACT_ARM:
            r->armed_mode = ru->mode;
            r->armed_n = ru->n;
            break;
        case ACT_ARMED:
            ats_framer_set_mode(r->fr, r->armed_mode, r->armed_n);
            break;
        default:
            break;
        }
        if (ru->prompt >= 0)
            ats_framer_expect_prompt(r->fr, ru->prompt);
        break;
    }
    if (c->stop_after && r->calls == c->stop_after)
        return 1;
    return 0;
}

static void rec_free(recorder *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->v[i].text);
    free(r->v);
    memset(r, 0, sizeof *r);
}

/* Feeds one piece from its own exact-size heap buffer. */
static void feed_piece(recorder *r, ats_framer *fr, const unsigned char *p, size_t len,
                       size_t pos)
{
    ats_error err;
    unsigned char *copy = NULL;
    if (len) {
        copy = malloc(len);
        assert_non_null(copy);
        memcpy(copy, p, len);
    }
    ats_chunk c;
    memset(&c, 0, sizeof c);
    c.time.kind = ATS_TIME_RELATIVE;
    c.time.us = (int64_t)pos;      /* a line's time is its first byte's chunk */
    c.dir = r->cfg->dir;
    c.bytes = copy;
    c.len = len;
    c.line = 0;                    /* the framer counts lines itself */
    c.offset = pos;
    c.flags = r->cfg->chunk_flags;
    memset(&err, 0, sizeof err);
    int rc = ats_framer_feed(fr, &c, &err);
    free(copy);
    if (r->feed_rc) {
        /* sticky: once stopped, every later non-empty feed fails */
        if (len)
            assert_true(rc < 0);
    } else if (rc) {
        assert_true(rc < 0);
        assert_int_equal(err.code, rc);
        r->feed_rc = rc;
    }
}

/* Runs the framer over `in` cut into chunks of the given sizes (sum = n). */
static void run(const fcfg *cfg, const unsigned char *in, size_t n, const size_t *sizes,
                size_t nsizes, recorder *r)
{
    ats_framer fr;
    ats_error err;
    memset(r, 0, sizeof *r);
    r->cfg = cfg;
    r->fr = &fr;
    assert_int_equal(ats_framer_init(&fr, &cfg->opts, cfg->dir, on_line, r, &err), 0);
    r->buf_cap = fr.cap;
    if (cfg->prompt)
        ats_framer_expect_prompt(&fr, 1);
    if (cfg->mode_set)
        ats_framer_set_mode(&fr, cfg->mode, cfg->n);
    size_t pos = 0;
    int ext_done = !cfg->ext;
    for (size_t k = 0; k < nsizes; k++) {
        size_t len = sizes[k];
        if (len == 0) {
            feed_piece(r, &fr, NULL, 0, pos);
            continue;
        }
        while (len) {
            if (!ext_done && pos == cfg->ext_at) {
                ats_framer_set_mode(&fr, cfg->ext_mode, cfg->ext_n);
                ext_done = 1;
            }
            size_t take = len;
            if (!ext_done && pos < cfg->ext_at && pos + take > cfg->ext_at)
                take = cfg->ext_at - pos;
            feed_piece(r, &fr, in + pos, take, pos);
            pos += take;
            len -= take;
        }
    }
    assert_int_equal(pos, n);
    if (!ext_done && pos == cfg->ext_at)
        ats_framer_set_mode(&fr, cfg->ext_mode, cfg->ext_n);
    memset(&err, 0, sizeof err);
    r->finish_rc = ats_framer_finish(&fr, &err);
    if (r->finish_rc)
        assert_true(r->finish_rc < 0);
    r->lines = fr.lines;
    r->truncated_lines = fr.truncated_lines;
    r->cut_bytes = fr.cut_bytes;
    ats_framer_free(&fr);
}

/* ------------------------------------------------------------- comparison */

static const char *kind_name(ats_line_kind k)
{
    switch (k) {
    case ATS_LINE_TEXT: return "TEXT";
    case ATS_LINE_PROMPT: return "PROMPT";
    case ATS_LINE_PAYLOAD: return "PAYLOAD";
    case ATS_LINE_ANNOTATION: return "ANNOTATION";
    case ATS_LINE_UNPARSED: return "UNPARSED";
    case ATS_LINE_HOST_LOG: return "HOST_LOG";
    }
    return "?";
}

static void print_line(const char *tag, size_t i, ats_line_kind kind, const unsigned char *t,
                       size_t len, uint64_t line, uint64_t off, unsigned flags, uint64_t cut)
{
    char buf[200];
    size_t k = 0;
    for (size_t j = 0; j < len && k + 8 < sizeof buf; j++) {
        unsigned char c = t[j];
        if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"')
            buf[k++] = (char)c;
        else
            k += (size_t)snprintf(buf + k, sizeof buf - k, "\\x%02x", c);
    }
    if (len && k + 8 >= sizeof buf)
        k += (size_t)snprintf(buf + k, sizeof buf - k, "...");
    buf[k] = 0;
    print_message("  %s[%zu] %s \"%s\" (len %zu) line %llu off %llu flags 0x%x cut %llu\n", tag,
                  i, kind_name(kind), buf, len, (unsigned long long)line,
                  (unsigned long long)off, flags, (unsigned long long)cut);
}

static void print_rec(const char *tag, const recorder *r)
{
    for (size_t i = 0; i < r->n; i++) {
        const got_line *g = &r->v[i];
        print_line(tag, i, g->kind, g->text, g->len, g->line, g->offset, g->flags, g->cut);
    }
}

/* Payload is bytes, not text: the framer gives it no text flags (not UTF-8,
 * control bytes); an expectation written with them still means the same. */
static unsigned want_flags(const exp_line *e)
{
    return e->kind == ATS_LINE_PAYLOAD ? e->flags & ~(unsigned)(ATS_LF_NOT_UTF8 | ATS_LF_CONTROL)
                                       : e->flags;
}

static int matches_exp(const recorder *r, const exp_line *e, size_t ne)
{
    if (r->n != ne)
        return 0;
    for (size_t i = 0; i < ne; i++) {
        const got_line *g = &r->v[i];
        if (g->kind != e[i].kind || g->len != e[i].len ||
            (g->len && memcmp(g->text, e[i].text, g->len) != 0) || g->line != e[i].line ||
            g->offset != e[i].offset || g->flags != want_flags(&e[i]) || g->cut != e[i].cut ||
            g->dir != r->cfg->dir)
            return 0;
    }
    return 1;
}

static int same_rec(const recorder *a, const recorder *b)
{
    if (a->n != b->n || a->feed_rc != b->feed_rc || a->finish_rc != b->finish_rc ||
        a->lines != b->lines || a->truncated_lines != b->truncated_lines ||
        a->cut_bytes != b->cut_bytes)
        return 0;
    for (size_t i = 0; i < a->n; i++) {
        const got_line *x = &a->v[i], *y = &b->v[i];
        if (x->kind != y->kind || x->dir != y->dir || x->len != y->len ||
            (x->len && memcmp(x->text, y->text, x->len) != 0) || x->line != y->line ||
            x->offset != y->offset || x->flags != y->flags || x->cut != y->cut)
            return 0;
    }
    return 1;
}

/* Returns 1 if r is exactly e; else prints both and returns 0. */
static int exp_ok(const recorder *r, const exp_line *e, size_t ne)
{
    if (matches_exp(r, e, ne))
        return 1;
    print_message("framer output differs from the expected sequence (input fed whole)\n");
    for (size_t i = 0; i < ne; i++)
        print_line("want", i, e[i].kind, (const unsigned char *)e[i].text, e[i].len,
                   e[i].line, e[i].offset, e[i].flags, e[i].cut);
    print_rec("got ", r);
    return 0;
}

static void describe(char *d, size_t dn, const size_t *sizes, size_t ns)
{
    size_t k = (size_t)snprintf(d, dn, "chunks:");
    for (size_t i = 0; i < ns && k + 24 < dn; i++)
        k += (size_t)snprintf(d + k, dn - k, " %zu", sizes[i]);
    if (k + 24 >= dn)
        snprintf(d + k, dn - k, " ...");
}

/* Runs one chunking; returns 1 if it gives the same as the whole input. */
static int chunked_ok(const fcfg *cfg, const unsigned char *in, size_t n,
                      const recorder *whole, const size_t *sizes, size_t ns)
{
    recorder r;
    run(cfg, in, n, sizes, ns, &r);
    int ok = same_rec(whole, &r);
    if (!ok) {
        char d[400];
        describe(d, sizeof d, sizes, ns);
        print_message("chunking changed the framer's output (%s)\n", d);
        print_message("  feed_rc %d/%d finish_rc %d/%d lines %llu/%llu cut_bytes %llu/%llu\n",
                      whole->feed_rc, r.feed_rc, whole->finish_rc, r.finish_rc,
                      (unsigned long long)whole->lines, (unsigned long long)r.lines,
                      (unsigned long long)whole->cut_bytes, (unsigned long long)r.cut_bytes);
        print_rec("whole", whole);
        print_rec("split", &r);
    }
    rec_free(&r);
    return ok;
}

static uint64_t rng_next(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

/* The chunking helper. Fed whole, the input must give exactly `e` (unless e
 * is NULL); every other chunking must give the identical recorded sequence,
 * return codes and counters. `out` (optional) receives the whole-input
 * recording for extra checks; the caller frees it with rec_free(). */
static void check_rec(const fcfg *cfg, const unsigned char *in, size_t n, const exp_line *e,
                      size_t ne, recorder *out)
{
    recorder whole;
    size_t one = n;
    run(cfg, in, n, &one, n ? 1 : 0, &whole);
    int ok = e ? exp_ok(&whole, e, ne) : 1;
    size_t *sizes = malloc((2 * n + 4) * sizeof *sizes);
    assert_non_null(sizes);

    if (ok && n == 0) {
        size_t z[3] = {0, 0, 0};
        ok = chunked_ok(cfg, in, n, &whole, z, 3);
    }
    /* one byte at a time, and one byte at a time with empty chunks between */
    if (ok && n) {
        for (size_t i = 0; i < n; i++)
            sizes[i] = 1;
        ok = chunked_ok(cfg, in, n, &whole, sizes, n);
    }
    if (ok && n) {
        for (size_t i = 0; i < n; i++) {
            sizes[2 * i] = 0;
            sizes[2 * i + 1] = 1;
        }
        sizes[2 * n] = 0;
        ok = chunked_ok(cfg, in, n, &whole, sizes, 2 * n + 1);
    }
    /* every split into two */
    for (size_t i = 1; ok && n <= 4096 && i < n; i++) {
        size_t s2[2] = {i, n - i};
        ok = chunked_ok(cfg, in, n, &whole, s2, 2);
    }
    /* every split into three */
    for (size_t i = 1; ok && n <= 96 && i < n; i++)
        for (size_t j = i + 1; ok && j < n; j++) {
            size_t s3[3] = {i, j - i, n - j};
            ok = chunked_ok(cfg, in, n, &whole, s3, 3);
        }
    /* pseudo-random chunk sizes, empty chunks included */
    static const size_t maxes[] = {1, 2, 3, 4, 5, 7, 8, 13, 16, 17, 31, 64, 257, 4096};
    uint64_t seed = 0x9E3779B97F4A7C15ull ^ (uint64_t)n;
    int rounds = n > 65536 ? 6 : n > 4096 ? 24 : 120;
    for (int round = 0; ok && n && round < rounds; round++) {
        size_t mx = maxes[round % NE(maxes)];
        if (mx > n)
            mx = n;
        size_t ns = 0, sum = 0;
        while (sum < n) {
            uint64_t x = rng_next(&seed);
            size_t len = (x & 7) == 0 ? 0 : 1 + (size_t)((x >> 3) % mx);
            if (len > n - sum)
                len = n - sum;
            if (ns == 2 * n + 3)
                len = n - sum;          /* never overflow the sizes array */
            sizes[ns++] = len;
            sum += len;
        }
        ok = chunked_ok(cfg, in, n, &whole, sizes, ns);
    }
    free(sizes);
    if (out && ok)
        *out = whole;
    else
        rec_free(&whole);
    if (!ok)
        fail();
}

static void check(const fcfg *cfg, const unsigned char *in, size_t n, const exp_line *e,
                  size_t ne)
{
    check_rec(cfg, in, n, e, ne, NULL);
}

/* A configuration for the common case: undirected, no rules. */
static fcfg plain(void)
{
    fcfg c;
    memset(&c, 0, sizeof c);
    c.dir = ATS_DIR_UNKNOWN;
    return c;
}

/* --------------------------------------------------------------- the tests */

static void test_init(void **state)
{
    (void)state;
    ats_framer fr;
    ats_error err;
    assert_int_equal(ats_framer_init(&fr, NULL, ATS_DIR_RX, NULL, NULL, &err), 0);
    assert_int_equal(fr.cap, 65536);          /* default max_line */
    ats_framer_free(&fr);

    ats_framer_opts o;
    memset(&o, 0, sizeof o);
    o.max_line = 15;
    memset(&err, 0, sizeof err);
    assert_int_equal(ats_framer_init(&fr, &o, ATS_DIR_RX, NULL, NULL, &err), ATS_EINVAL);
    assert_int_equal(err.code, ATS_EINVAL);
    ats_framer_free(&fr);                      /* safe after a failed init */

    o.max_line = 16;
    assert_int_equal(ats_framer_init(&fr, &o, ATS_DIR_RX, NULL, NULL, &err), 0);
    assert_int_equal(fr.cap, 16);
    /* no callback: bytes are framed and counted, nothing is called */
    ats_chunk c;
    memset(&c, 0, sizeof c);
    c.bytes = (const uint8_t *)"AT\r\nOK";
    c.len = 6;
    assert_int_equal(ats_framer_feed(&fr, &c, &err), 0);
    assert_int_equal(ats_framer_finish(&fr, &err), 0);
    assert_int_equal(fr.lines, 2);
    ats_framer_free(&fr);
    ats_framer_free(NULL);
}

static void test_empty_input(void **state)
{
    (void)state;
    fcfg c = plain();
    check(&c, (const unsigned char *)"", 0, NULL, 0);
    recorder r;
    size_t one = 0;
    run(&c, (const unsigned char *)"", 0, &one, 0, &r);
    assert_int_equal(r.n, 0);
    rec_free(&r);
    /* only line ends: nothing */
    check(&c, IN("\r\n\n\r\r\r\n\n"), NULL, 0);
    check_rec(&c, IN("\r\n\n\r\r\r\n\n"), NULL, 0, &r);
    assert_int_equal(r.n, 0);
    rec_free(&r);
}

static void test_cr(void **state)
{
    (void)state;
    fcfg c = plain();
    static const exp_line e[] = {L(TEXT, "AT", 1, 0, 0), L(TEXT, "OK", 1, 3, 0)};
    check(&c, IN("AT\rOK\r"), e, NE(e));
}

static void test_lf(void **state)
{
    (void)state;
    fcfg c = plain();
    static const exp_line e[] = {L(TEXT, "AT", 1, 0, 0), L(TEXT, "OK", 2, 3, 0)};
    check(&c, IN("AT\nOK\n"), e, NE(e));
}

static void test_crlf(void **state)
{
    (void)state;
    fcfg c = plain();
    static const exp_line e[] = {L(TEXT, "AT", 1, 0, 0), L(TEXT, "OK", 2, 4, 0)};
    check(&c, IN("AT\r\nOK\r\n"), e, NE(e));
}

static void test_lfcr(void **state)
{
    (void)state;
    fcfg c = plain();
    static const exp_line e[] = {L(TEXT, "AT", 1, 0, 0), L(TEXT, "OK", 2, 4, 0)};
    check(&c, IN("AT\n\rOK\n\r"), e, NE(e));
}

static void test_empty_lines_dropped(void **state)
{
    (void)state;
    fcfg c = plain();
    /* 0-5 three CRLFs, AT at 6, CRLF, LF CR, CRLF ... */
    static const exp_line e[] = {L(TEXT, "AT", 4, 6, 0), L(TEXT, "OK", 8, 16, 0)};
    check(&c, IN("\r\n\r\n\r\nAT\r\n\r\n\n\r\r\nOK\r\n\r\n"), e, NE(e));
}

static void test_mixed_line_ends(void **state)
{
    (void)state;
    fcfg c = plain();
    /* a0 \r1 b2 \n3 c4 \r5 \n6 d7 \n8 \r9 e10 \r11 \r12 \n13 \n14 f15 */
    static const exp_line e[] = {
        L(TEXT, "a", 1, 0, 0), L(TEXT, "b", 1, 2, 0),  L(TEXT, "c", 2, 4, 0),
        L(TEXT, "d", 3, 7, 0), L(TEXT, "e", 4, 10, 0), L(TEXT, "f", 6, 15, NOEOL),
    };
    check(&c, IN("a\rb\nc\r\nd\n\re\r\r\n\nf"), e, NE(e));
}

/* Source lines count LF only, as grep -n does: CR-only line ends stay on the
 * same source line. */
static void test_line_numbers_like_grep(void **state)
{
    (void)state;
    fcfg c = plain();
    static const exp_line e[] = {
        L(TEXT, "first", 1, 0, 0),
        L(TEXT, "second", 2, 6, 0),
        L(TEXT, "fourth", 4, 15, 0),
        L(TEXT, "still-fourth", 4, 22, 0),
    };
    check(&c, IN("first\nsecond\r\n\nfourth\rstill-fourth\n"), e, NE(e));
}

static void test_no_eol_at_finish(void **state)
{
    (void)state;
    fcfg c = plain();
    static const exp_line e1[] = {L(TEXT, "AT", 1, 0, 0), L(TEXT, "OK", 2, 4, NOEOL)};
    check(&c, IN("AT\r\nOK"), e1, NE(e1));
    static const exp_line e2[] = {L(TEXT, "OK", 1, 0, NOEOL)};
    check(&c, IN("OK"), e2, NE(e2));
    static const exp_line e3[] = {L(TEXT, "X", 1, 0, NOEOL)};
    check(&c, IN("X"), e3, NE(e3));
}

static void test_direction_and_time(void **state)
{
    (void)state;
    ats_framer fr;
    ats_error err;
    recorder r;
    fcfg cfg = plain();
    cfg.dir = ATS_DIR_RX;
    memset(&r, 0, sizeof r);
    r.cfg = &cfg;
    r.fr = &fr;
    assert_int_equal(ats_framer_init(&fr, NULL, ATS_DIR_RX, on_line, &r, &err), 0);
    static const char *const parts[] = {"AT\r\nO", "K\r\n", "X"};
    static const int64_t times[] = {100, 200, 300};
    uint64_t off = 0;
    for (size_t i = 0; i < 3; i++) {
        ats_chunk c;
        memset(&c, 0, sizeof c);
        c.time.kind = ATS_TIME_ABSOLUTE;
        c.time.us = times[i];
        c.dir = ATS_DIR_RX;
        c.bytes = (const uint8_t *)parts[i];
        c.len = strlen(parts[i]);
        c.offset = off;
        off += c.len;
        assert_int_equal(ats_framer_feed(&fr, &c, &err), 0);
    }
    assert_int_equal(ats_framer_finish(&fr, &err), 0);
    ats_framer_free(&fr);
    assert_int_equal(r.n, 3);
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(r.v[i].dir, ATS_DIR_RX);
        assert_int_equal(r.v[i].time.kind, ATS_TIME_ABSOLUTE);
    }
    /* a line carries the time of the chunk that held its first byte */
    assert_int_equal(r.v[0].time.us, 100);
    assert_int_equal(r.v[1].time.us, 100);   /* "OK" began in the first chunk */
    assert_int_equal(r.v[2].time.us, 300);
    assert_int_equal(r.v[1].offset, 4);
    assert_int_equal(r.v[2].offset, 8);
    rec_free(&r);

    /* the direction is passed through, whatever the chunking */
    cfg.dir = ATS_DIR_TX;
    static const exp_line e[] = {L(TEXT, "AT+CSQ", 1, 0, 0)};
    check(&cfg, IN("AT+CSQ\r"), e, NE(e));
}

/* A format reader that knows each chunk's source line (line != 0): the
 * line and offset are the chunk's. */
static void test_reader_given_position(void **state)
{
    (void)state;
    ats_framer fr;
    ats_error err;
    recorder r;
    fcfg cfg = plain();
    cfg.dir = ATS_DIR_RX;
    memset(&r, 0, sizeof r);
    r.cfg = &cfg;
    r.fr = &fr;
    assert_int_equal(ats_framer_init(&fr, NULL, ATS_DIR_RX, on_line, &r, &err), 0);
    ats_chunk c;
    memset(&c, 0, sizeof c);
    c.dir = ATS_DIR_RX;
    c.bytes = (const uint8_t *)"+CSQ: 31,99\r\n";
    c.len = 13;
    c.line = 7;
    c.offset = 123;
    assert_int_equal(ats_framer_feed(&fr, &c, &err), 0);
    c.bytes = (const uint8_t *)"OK\r\n";
    c.len = 4;
    c.line = 9;
    c.offset = 170;
    assert_int_equal(ats_framer_feed(&fr, &c, &err), 0);
    assert_int_equal(ats_framer_finish(&fr, &err), 0);
    ats_framer_free(&fr);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.v[0].line, 7);
    assert_int_equal(r.v[0].offset, 123);
    assert_int_equal(r.v[1].line, 9);
    assert_int_equal(r.v[1].offset, 170);
    rec_free(&r);
}

/* ---- max_line */

static void test_truncation(void **state)
{
    (void)state;
    fcfg c = plain();
    c.opts.max_line = 16;
    static const exp_line e[] = {
        L(TEXT, "0123456789abcdef", 1, 0, 0),              /* exactly max_line */
        LC(TEXT, "0123456789abcdef", 2, 18, TRUNC, 1),      /* one byte over */
        LC(TEXT, "0123456789abcdef", 3, 37, TRUNC, 3),
        L(TEXT, "OK", 4, 58, 0),
        LC(TEXT, "0123456789abcdef", 5, 62, TRUNC | NOEOL, 4),
    };
    recorder r;
    check_rec(&c,
              IN("0123456789abcdef\r\n"
                 "0123456789abcdefg\r\n"
                 "0123456789abcdefXYZ\r\n"
                 "OK\r\n"
                 "0123456789abcdefTAIL"),
              e, NE(e), &r);
    assert_int_equal(r.truncated_lines, 3);
    assert_int_equal(r.cut_bytes, 8);
    assert_int_equal(r.buf_cap, 16);
    rec_free(&r);
}

/* A megabyte without a line end: the framer keeps max_line bytes, counts
 * the rest, and its buffer never grows. */
static void test_truncation_memory_bounded(void **state)
{
    (void)state;
    const size_t big = 300000;
    size_t n = big + 6;
    unsigned char *in = malloc(n);
    assert_non_null(in);
    for (size_t i = 0; i < big; i++)
        in[i] = (unsigned char)('A' + i % 26);
    memcpy(in + big, "\r\nOK\r\n", 6);
    fcfg c = plain();
    c.opts.max_line = 16;
    static const exp_line e[] = {
        LC(TEXT, "ABCDEFGHIJKLMNOP", 1, 0, TRUNC, 300000 - 16),
        L(TEXT, "OK", 2, 300002, 0),
    };
    recorder r;
    check_rec(&c, in, n, e, NE(e), &r);
    assert_int_equal(r.buf_cap, 16);
    assert_int_equal(r.cut_bytes, big - 16);
    rec_free(&r);

    /* same, never ended: cut at finish */
    static const exp_line e2[] = {
        LC(TEXT, "ABCDEFGHIJKLMNOP", 1, 0, TRUNC | NOEOL, 300000 - 16),
    };
    check(&c, in, big, e2, NE(e2));
    free(in);
}

/* A cut through a UTF-8 sequence leaves bytes that are not UTF-8 text, and
 * the line says so (its JSON must escape them). */
static void test_truncation_splits_utf8(void **state)
{
    (void)state;
    fcfg c = plain();
    c.opts.max_line = 16;
    /* six times U+4F60 (3 bytes each): 18 bytes, 16 kept = 5 chars + 1 byte */
    static const exp_line e[] = {
        LC(TEXT, "\xe4\xbd\xa0\xe4\xbd\xa0\xe4\xbd\xa0\xe4\xbd\xa0\xe4\xbd\xa0\xe4", 1, 0,
           TRUNC | NOTU8, 2),
        L(TEXT, "OK", 2, 20, 0),
    };
    check(&c,
          IN("\xe4\xbd\xa0\xe4\xbd\xa0\xe4\xbd\xa0\xe4\xbd\xa0\xe4\xbd\xa0\xe4\xbd\xa0\r\nOK\r\n"),
          e, NE(e));
}

/* ---- prompt */

static void test_prompt_not_expected(void **state)
{
    (void)state;
    fcfg c = plain();
    static const exp_line e[] = {L(TEXT, "> hello", 1, 0, 0), L(TEXT, ">", 2, 9, NOEOL)};
    check(&c, IN("> hello\r\n>"), e, NE(e));
}

static void test_prompt_expected(void **state)
{
    (void)state;
    fcfg c = plain();
    c.prompt = 1;
    /* 0> 1sp 2\r 3\n 4O 5K 6\r 7\n 8> 9sp 10sp 11x 12\r 13\n 14> 15x 16\r 17\n
     * 18O 19K 20> 21\r 22\n 23> 24sp */
    static const exp_line e[] = {
        L(PROMPT, ">", 1, 0, 0), L(TEXT, "OK", 2, 4, 0),
        L(PROMPT, ">", 3, 8, 0), L(TEXT, " x", 3, 10, 0),   /* one space only */
        L(PROMPT, ">", 4, 14, 0), L(TEXT, "x", 4, 15, 0),
        L(TEXT, "OK>", 5, 18, 0),                           /* not at a line start */
        L(PROMPT, ">", 6, 23, 0),                           /* "> " with no line end */
    };
    check(&c, IN("> \r\nOK\r\n>  x\r\n>x\r\nOK>\r\n> "), e, NE(e));
}

static void test_prompt_turned_off(void **state)
{
    (void)state;
    static const rule rules[] = {
        {ATS_LINE_TEXT, "AT+CMGS", ACT_NONE, ATS_FRAME_LINES, 0, 1},
        {ATS_LINE_TEXT, "OK", ACT_NONE, ATS_FRAME_LINES, 0, 0},
    };
    fcfg c = plain();
    c.rules = rules;
    c.nrules = NE(rules);
    /* A0..  "> a" before the command is text; after AT+CMGS it is a prompt;
     * after OK it is text again. */
    static const exp_line e[] = {
        L(TEXT, "> a", 1, 0, 0),
        L(TEXT, "AT+CMGS=\"1\"", 2, 5, 0),
        L(PROMPT, ">", 3, 18, 0),
        L(TEXT, "a", 3, 20, 0),
        L(TEXT, "OK", 4, 23, 0),
        L(TEXT, "> b", 5, 27, NOEOL),
    };
    check(&c, IN("> a\r\nAT+CMGS=\"1\"\r\n> a\r\nOK\r\n> b"), e, NE(e));
}

/* ---- payload after a prompt */

static const rule prompt_len5[] = {
    {ATS_LINE_PROMPT, NULL, ACT_SET, ATS_FRAME_PAYLOAD_LEN, 5, -1},
};
static const rule prompt_ctrlz[] = {
    {ATS_LINE_PROMPT, NULL, ACT_SET, ATS_FRAME_PAYLOAD_CTRLZ, 0, -1},
};

static void test_payload_len(void **state)
{
    (void)state;
    fcfg c = plain();
    c.prompt = 1;
    c.rules = prompt_len5;
    c.nrules = NE(prompt_len5);
    /* 0> 1sp 2-6 hello 7O 8K 9\r 10\n 11> 12sp 13h 14e 15l 16\r 17\n 18-22 ERROR
     * 23\r 24\n 25> 26sp 27\r 28\n 29O 30K 31\r 32\n 33> 34sp 35a 36b 37c */
    static const exp_line e[] = {
        L(PROMPT, ">", 1, 0, 0),
        L(PAYLOAD, "hello", 1, 2, FULL),   /* exact length; "OK" follows at once */
        L(TEXT, "OK", 1, 7, 0),
        L(PROMPT, ">", 2, 11, 0),
        L(PAYLOAD, "hel\r\n", 2, 13, FULL), /* undirected: its line ends make up the length */
        L(TEXT, "ERROR", 3, 18, 0),
        L(PROMPT, ">", 4, 25, 0),          /* prompt then line end: the next line is */
        L(TEXT, "OK", 5, 29, AFTERP),      /* flagged; the builder tells payload or answer */
        L(PROMPT, ">", 6, 33, 0),
        L(PAYLOAD, "abc", 6, 35, NOEOL),   /* end of input */
    };
    check(&c, IN("> helloOK\r\n> hel\r\nERROR\r\n> \r\nOK\r\n> abc"), e, NE(e));
}

/* Undirected, a declared length not reached at a line end: the piece keeps
 * its line ends and says more may follow (the builder judges the next line,
 * read whole even past the length); the length reached, lines again. */
static void test_payload_len_lines(void **state)
{
    (void)state;
    static const rule rules[] = {
        {ATS_LINE_PROMPT, NULL, ACT_SET, ATS_FRAME_PAYLOAD_LEN, 11, -1},
    };
    fcfg c = plain();
    c.prompt = 1;
    c.rules = rules;
    c.nrules = NE(rules);
    /* 0> 1sp 2a 3b 4\r 5\n 6c 7d 8\n 9\r 10\n 11e 12f 13g 14h 15\r 16\n 17O 18K */
    static const exp_line e[] = {
        L(PROMPT, ">", 1, 0, 0),
        L(PAYLOAD, "ab\r\n", 1, 2, EOLP),
        L(PAYLOAD, "cd\n\r\n", 2, 6, EOLP),  /* a blank line inside: line ends only */
        L(PAYLOAD, "efgh", 4, 11, FULL),      /* 2 bytes were left: the line is read whole */
        L(TEXT, "OK", 5, 17, NOEOL),
    };
    check(&c, IN("> ab\r\ncd\n\r\nefgh\r\nOK"), e, NE(e));
}

/* issue 14 item 7: a terminal that shows the typed payload on the line after
 * a bare '>'. The line after it comes whole, flagged, in line mode (Ctrl-Z in
 * it kept): the builder decides whether it is the payload or the modem's. */
static void test_payload_after_bare_prompt(void **state)
{
    (void)state;
    static const rule rules[] = {
        {ATS_LINE_PROMPT, NULL, ACT_SET, ATS_FRAME_PAYLOAD_CTRLZ, 0, -1},
    };
    fcfg c = plain();
    c.prompt = 1;
    c.rules = rules;
    c.nrules = NE(rules);
    /* 0> 1\r 2\n 3-7 hello 8^Z 9\r 10\n 11-12 OK 13\r 14\n 15> 16sp 17\n 18-21 ping
     * 22\r 23\n 24> 25 x */
    static const exp_line e[] = {
        L(PROMPT, ">", 1, 0, 0),
        L(TEXT, "hello\x1a", 2, 3, AFTERP | CTRL),
        L(TEXT, "OK", 3, 11, 0),
        L(PROMPT, ">", 4, 15, 0),
        L(TEXT, "ping", 5, 18, AFTERP),    /* LF alone ends the prompt's line too */
        L(PROMPT, ">", 6, 24, 0),
        L(PAYLOAD, "x", 6, 25, NOEOL),     /* on the prompt's own line: payload, as before */
    };
    check(&c, IN(">\r\nhello\x1a\r\nOK\r\n> \nping\r\n>x"), e, NE(e));
}

static void test_payload_len_exact(void **state)
{
    (void)state;
    static const rule rules[] = {
        {ATS_LINE_PROMPT, NULL, ACT_SET, ATS_FRAME_PAYLOAD_LEN, 7, -1},
    };
    fcfg c = plain();
    c.dir = ATS_DIR_TX;
    c.opts.exact_payload = 1;
    c.prompt = 1;
    c.rules = rules;
    c.nrules = NE(rules);
    /* 0> 1sp 2h 3e 4l 5\r 6\n 7l 8o 9O 10K 11\r 12\n 13> 14sp 15\r 16\n 17-21 abcde */
    static const exp_line e[] = {
        L(PROMPT, ">", 1, 0, 0),
        L(PAYLOAD, "hel\r\nlo", 1, 2, FULL | CTRL),  /* the LF in it counts as a line */
        L(TEXT, "OK", 2, 9, 0),
        L(PROMPT, ">", 3, 13, 0),
        L(PAYLOAD, "\r\nabcde", 3, 15, FULL | CTRL),
    };
    check(&c, IN("> hel\r\nloOK\r\n> \r\nabcde"), e, NE(e));
}

/* A directed host write (a reader's chunk: one record of the tool) that goes
 * on past the declared length: the rest up to a control byte is the
 * payload's excess (Portmon's "Length 11: temp=21.5;h" after AT+CIPSEND=10),
 * and the next write is a command line of its own; a rest that starts a
 * command line ("AT") is not taken, nor anything in plain bytes (line 0). A
 * chunk with the tool's exact count makes its piece ATS_LF_LEN_EXACT. */
typedef struct ov_rec {
    char text[4][32];
    ats_line_kind kind[4];
    unsigned flags[4];
    size_t n;
} ov_rec;

static int ov_line(void *user, const ats_line *l)
{
    ov_rec *r = user;
    if (r->n < 4) {
        size_t k = l->text.len < 31 ? l->text.len : 31;
        memcpy(r->text[r->n], l->text.ptr, k);
        r->text[r->n][k] = 0;
        r->kind[r->n] = l->kind;
        r->flags[r->n] = l->flags;
    }
    r->n++;
    return 0;
}

static void ov_run(ov_rec *r, const char *a, uint64_t la, unsigned fa, const char *b, uint64_t lb)
{
    ats_framer fr;
    ats_error err;
    ats_framer_opts o = {0};
    o.exact_payload = 1;
    memset(r, 0, sizeof *r);
    assert_int_equal(ats_framer_init(&fr, &o, ATS_DIR_TX, ov_line, r, &err), 0);
    ats_framer_set_mode(&fr, ATS_FRAME_PAYLOAD_LEN, 10);
    ats_chunk c = {0};
    c.kind = ATS_CHUNK_DATA;
    c.dir = ATS_DIR_TX;
    c.bytes = (const uint8_t *)a;
    c.len = strlen(a);
    c.line = la;
    c.offset = la ? 100 * la : 0;
    c.flags = fa;
    assert_int_equal(ats_framer_feed(&fr, &c, &err), 0);
    c.bytes = (const uint8_t *)b;
    c.len = strlen(b);
    c.line = lb;
    c.offset = lb ? 100 * lb : 0;
    c.flags = 0;
    assert_int_equal(ats_framer_feed(&fr, &c, &err), 0);
    assert_int_equal(ats_framer_finish(&fr, &err), 0);
    ats_framer_free(&fr);
}

static void test_payload_write_overrun(void **state)
{
    (void)state;
    ov_rec r;
    ov_run(&r, "temp=21.5;h", 5, ATS_CF_LEN_EXACT, "AT+CIPCLOSE\r", 7);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.kind[0], ATS_LINE_PAYLOAD);
    assert_string_equal(r.text[0], "temp=21.5;h");
    assert_true(r.flags[0] & ATS_LF_PAYLOAD_FULL);
    assert_true(r.flags[0] & ATS_LF_LEN_EXACT);
    assert_int_equal(r.kind[1], ATS_LINE_TEXT);
    assert_string_equal(r.text[1], "AT+CIPCLOSE");
    /* no exact count: the same reading, no ATS_LF_LEN_EXACT */
    ov_run(&r, "temp=21.5;h", 5, 0, "AT+CIPCLOSE\r", 7);
    assert_string_equal(r.text[0], "temp=21.5;h");
    assert_false(r.flags[0] & ATS_LF_LEN_EXACT);
    /* the rest starts a command line, or ends at a line end: not taken */
    ov_run(&r, "temp=21.5;AT+X\r", 5, 0, "AT+CIPCLOSE\r", 7);
    assert_string_equal(r.text[0], "temp=21.5;");
    assert_string_equal(r.text[1], "AT+X");
    ov_run(&r, "temp=21.5;\r\n", 5, 0, "AT+CIPCLOSE\r", 7);
    assert_string_equal(r.text[0], "temp=21.5;");
    assert_string_equal(r.text[1], "AT+CIPCLOSE");
    /* plain bytes (line 0): no write of their own, the rest is the next line's */
    ov_run(&r, "temp=21.5;h", 0, 0, "AT+CIPCLOSE\r", 0);
    assert_string_equal(r.text[0], "temp=21.5;");
    assert_string_equal(r.text[1], "hAT+CIPCLOSE");
}

/* An answer that announces a block (+QIRD: 7): its bytes are taken whole,
 * line ends and an "OK" inside included, even in an undirected capture where
 * a line end would end a host's payload; the next line is text again. */
static void test_payload_block(void **state)
{
    (void)state;
    static const rule rules[] = {
        {ATS_LINE_TEXT, "+QIRD: 7", ACT_SET, ATS_FRAME_PAYLOAD_BLOCK, 7, -1},
    };
    fcfg c = plain();
    c.rules = rules;
    c.nrules = NE(rules);
    /* 0-7 +QIRD: 7 8\r 9\n 10O 11K 12\r 13\n 14a 15b 16\r 17\n 18-19 OK 20\r 21\n
     * 22-29 +QIRD: 7 30\r 31\n 32-33 hi (the capture ends inside the block) */
    static const exp_line e[] = {
        L(TEXT, "+QIRD: 7", 1, 0, 0),
        L(PAYLOAD, "OK\r\nab\r", 2, 10, FULL | CTRL),
        L(TEXT, "OK", 4, 18, 0),
        L(TEXT, "+QIRD: 7", 5, 22, 0),
        L(PAYLOAD, "hi", 6, 32, NOEOL),
    };
    check(&c, IN("+QIRD: 7\r\nOK\r\nab\r\nOK\r\n+QIRD: 7\r\nhi"), e, NE(e));
}

/* A block whose count is more than the log holds (a +SQNSRECV: 1,94 with
 * fewer bytes after it): a final result line, then a command line, inside
 * the block end it before the final, with a note; the final and the command
 * are lines again. A final alone inside a block is its data (above). */
static void test_payload_block_short(void **state)
{
    (void)state;
    static const rule rules[] = {
        {ATS_LINE_TEXT, "+QIRD: 40", ACT_SET, ATS_FRAME_PAYLOAD_BLOCK, 40, -1},
    };
    fcfg c = plain();
    c.rules = rules;
    c.nrules = NE(rules);
    /* 0-8 +QIRD: 40 9\r 10\n 11a 12b 13\r 14\n 15-16 OK 17\r 18\n
     * 19-30 AT+QICLOSE=0 31\r 32\n 33-34 OK 35\r 36\n */
    static const exp_line e[] = {
        L(TEXT, "+QIRD: 40", 1, 0, 0),
        L(PAYLOAD, "ab\r\n", 2, 11, FULL | CTRL),
        L(ANNOTATION, "atscope: counted block shorter than its count: a command line ends it", 3, 15, 0),
        L(TEXT, "OK", 3, 15, 0),
        L(TEXT, "AT+QICLOSE=0", 4, 19, 0),
        L(TEXT, "OK", 5, 33, 0),
    };
    check(&c, IN("+QIRD: 40\r\nab\r\nOK\r\nAT+QICLOSE=0\r\nOK\r\n"), e, NE(e));
}

/* A block whose bytes hold a final and a command line (a server's reply,
 * an echoed command: held-out batch 13's G9) and whose count ends where the
 * modem's line end comes: the data was whole, read on past those lines,
 * no note. Counted too short by a byte (the count ends in mid-line), the
 * same lines end it as above. */
static void test_payload_block_whole(void **state)
{
    (void)state;
    static const rule rules[] = {
        {ATS_LINE_TEXT, "+QIRD: 14", ACT_SET, ATS_FRAME_PAYLOAD_BLOCK, 14, -1},
        {ATS_LINE_TEXT, "+QIRD: 13", ACT_SET, ATS_FRAME_PAYLOAD_BLOCK, 13, -1},
    };
    fcfg c = plain();
    c.rules = rules;
    c.nrules = NE(rules);
    /* 0-8 +QIRD: 14 9\r 10\n 11-12 OK 13\r 14\n 15-20 AT+CSQ 21\r 22\n 23-24 hi
     * 25\r 26\n 27-28 OK 29\r 30\n */
    static const exp_line e[] = {
        L(TEXT, "+QIRD: 14", 1, 0, 0),
        L(PAYLOAD, "OK\r\nAT+CSQ\r\nhi", 2, 11, FULL | CTRL),
        L(TEXT, "OK", 5, 27, 0),
    };
    check(&c, IN("+QIRD: 14\r\nOK\r\nAT+CSQ\r\nhi\r\nOK\r\n"), e, NE(e));
    /* 0-8 +QIRD: 13 9\r 10\n 11-12 OK 13\r 14\n 15-20 AT+CSQ 21\r 22\n 23-24 hi */
    static const exp_line s[] = {
        L(TEXT, "+QIRD: 13", 1, 0, 0),
        L(ANNOTATION, "atscope: counted block shorter than its count: a command line ends it", 2, 11, 0),
        L(TEXT, "OK", 2, 11, 0),
        L(TEXT, "AT+CSQ", 3, 15, 0),
        L(TEXT, "hi", 4, 23, 0),
        L(TEXT, "OK", 5, 27, 0),
    };
    check(&c, IN("+QIRD: 13\r\nOK\r\nAT+CSQ\r\nhi\r\nOK\r\n"), s, NE(s));
}

/* A block in a pasted log (issue 12): the line ends the paste added (the
 * input stage says which, ATS_CF_EOL_*) are not the block's bytes, at its
 * start nor after a line end inside it; a block read with the count of the
 * paste's bytes read "\npon" for "pong". */
static void test_payload_block_pasted(void **state)
{
    (void)state;
    static const rule rules[] = {
        {ATS_LINE_TEXT, "+QIRD: ", ACT_SET, ATS_FRAME_PAYLOAD_BLOCK, 4, -1},
    };
    fcfg c = plain();
    c.rules = rules;
    c.nrules = NE(rules);
    /* double-spaced: 0-7 +QIRD: 4 8\n 9\n 10-11 po 12\n 13\n 14 g 15\n 16\n 17-18 OK */
    c.chunk_flags = ATS_CF_EOL_DOUBLE;
    static const exp_line ds[] = {
        L(TEXT, "+QIRD: 4", 1, 0, 0),
        L(PAYLOAD, "po\ng", 3, 10, FULL | CTRL),
        L(TEXT, "OK", 7, 17, NOEOL),
    };
    check(&c, IN("+QIRD: 4\n\npo\n\ng\n\nOK"), ds, NE(ds));
    /* the same from a CR LF log: 8\r 9\n 10\n 11-14 pong 15\r 16\n 17\n 18-19 OK */
    static const exp_line dsc[] = {
        L(TEXT, "+QIRD: 4", 1, 0, 0),
        L(PAYLOAD, "pong", 3, 11, FULL),
        L(TEXT, "OK", 5, 18, NOEOL),
    };
    check(&c, IN("+QIRD: 4\r\n\npong\r\n\nOK"), dsc, NE(dsc));
    /* a blank line of the log itself, at the block's start, is the block's:
     * double-spaced it is 8\n 9\n 10\r 11\n 12\n, then 13-14 po 15\n 16\n 17-18 OK */
    static const exp_line dsb[] = {
        L(TEXT, "+QIRD: 4", 1, 0, 0),
        L(PAYLOAD, "\r\npo", 3, 10, FULL | CTRL),
        L(TEXT, "OK", 7, 17, NOEOL),
    };
    check(&c, IN("+QIRD: 4\n\n\r\n\npo\n\nOK"), dsb, NE(dsb));
    /* CR CR LF: 8\r 9\r 10\n 11-14 pong 15-17 \r\r\n 18-19 OK */
    c.chunk_flags = ATS_CF_EOL_CRCR;
    static const exp_line cc[] = {
        L(TEXT, "+QIRD: 4", 1, 0, 0),
        L(PAYLOAD, "pong", 2, 11, FULL),
        L(TEXT, "OK", 3, 18, NOEOL),
    };
    check(&c, IN("+QIRD: 4\r\r\npong\r\r\nOK"), cc, NE(cc));
    /* CR CR LF inside the block: the CR before each LF is the paste's, any
     * other CR the data's: "po\r\n", "a\rb\n" (its bare LF got a CR too),
     * "abc\r" (a block that ends with its own CR, then the line end).
     * 0-7 +QIRD: 4 8-10 \r\r\n 11-12 po 13-15 \r\r\n 16-23 +QIRD: 4 24-26
     * 27 a 28 \r 29 b 30 \r 31 \n 32-39 +QIRD: 4 40-42 43-45 abc 46 \r
     * 47-49 \r\r\n 50-51 OK */
    static const exp_line ccin[] = {
        L(TEXT, "+QIRD: 4", 1, 0, 0),
        L(PAYLOAD, "po\r\n", 2, 11, FULL | CTRL),
        L(TEXT, "+QIRD: 4", 3, 16, 0),
        L(PAYLOAD, "a\rb\n", 4, 27, FULL | CTRL),
        L(TEXT, "+QIRD: 4", 5, 32, 0),
        L(PAYLOAD, "abc\r", 6, 43, FULL | CTRL),
        L(TEXT, "OK", 7, 50, NOEOL),
    };
    check(&c, IN("+QIRD: 4\r\r\npo\r\r\n+QIRD: 4\r\r\na\rb\r\n"
                 "+QIRD: 4\r\r\nabc\r\r\r\nOK"),
          ccin, NE(ccin));
    /* LF CR: 8\n 9\r 10-11 po 12\n 13\r 14 g 15\n 16\r 17-18 OK */
    c.chunk_flags = ATS_CF_EOL_LFCR;
    static const exp_line lc[] = {
        L(TEXT, "+QIRD: 4", 1, 0, 0),
        L(PAYLOAD, "po\ng", 2, 10, FULL | CTRL),
        L(TEXT, "OK", 4, 17, NOEOL),
    };
    check(&c, IN("+QIRD: 4\n\rpo\n\rg\n\rOK"), lc, NE(lc));
    /* no paste said: every byte after the line end is the block's */
    c.chunk_flags = 0;
    static const exp_line none[] = {
        L(TEXT, "+QIRD: 4", 1, 0, 0),
        L(PAYLOAD, "\npon", 2, 9, FULL | CTRL),
        L(TEXT, "g", 3, 13, 0),
        L(TEXT, "OK", 5, 16, NOEOL),
    };
    check(&c, IN("+QIRD: 4\n\npong\n\nOK"), none, NE(none));
}

static void test_payload_ctrlz(void **state)
{
    (void)state;
    fcfg c = plain();
    c.prompt = 1;
    c.rules = prompt_ctrlz;
    c.nrules = NE(prompt_ctrlz);
    /* offsets: see the comment on each line */
    static const exp_line e[] = {
        L(PROMPT, ">", 1, 0, 0),
        L(PAYLOAD, "hello", 1, 2, CTRLZ),      /* 0x1A at 7: not in the text */
        L(TEXT, "OK", 2, 10, 0),
        L(PROMPT, ">", 3, 14, 0),
        L(PAYLOAD, "hel", 3, 16, ESC),         /* ESC at 19 cancels */
        L(TEXT, "ERROR", 4, 22, 0),
        L(PROMPT, ">", 5, 29, 0),
        L(PAYLOAD, "", 5, 31, CTRLZ),          /* Ctrl-Z at once: empty payload */
        L(PROMPT, ">", 6, 34, 0),
        /* undirected: the line ends go with the piece, the next line is a
         * piece of its own (the builder hears whose), up to the Ctrl-Z */
        L(PAYLOAD, "ab\r\n", 6, 36, EOLP),
        L(PAYLOAD, "cd", 7, 40, CTRLZ),
        L(PROMPT, ">", 8, 45, 0),
        L(PAYLOAD, "xy", 8, 47, NOEOL),
    };
    check(&c,
          IN("> hello\x1a\r\nOK\r\n> hel\x1b\r\nERROR\r\n> \x1a\r\n> ab\r\ncd\x1a\r\n> xy"),
          e, NE(e));
    /* the modem's next prompt after the line end (text mode SMS): the
     * piece ends before the line end, as the modem's "> " begins a line:
     * 0 > 2-4 one 5\r 6\r 7\n 8 > 10-12 two 13 ^Z */
    static const exp_line sms[] = {
        L(PROMPT, ">", 1, 0, 0),
        L(PAYLOAD, "one", 1, 2, 0),
        L(PROMPT, ">", 2, 8, 0),
        L(PAYLOAD, "two", 2, 10, CTRLZ),
    };
    check(&c, IN("> one\r\r\n> two\x1a"), sms, NE(sms));
}

/* Undirected, up to Ctrl-Z, no Ctrl-Z in sight: line ends go with the
 * payload only while it is shorter than a send takes (CTRLZ_LINES_MAX,
 * 4096); past that a line end ends it, cut, and the rest are lines. */
static void test_payload_ctrlz_bounded(void **state)
{
    (void)state;
    fcfg c = plain();
    c.prompt = 1;
    c.rules = prompt_ctrlz;
    c.nrules = NE(prompt_ctrlz);
    static unsigned char in[2 + 4100 + 16];
    size_t k = 0;
    in[k++] = '>';
    in[k++] = ' ';
    memset(in + k, 'a', 4100);
    k += 4100;
    memcpy(in + k, "\r\nafter it\r\nOK", 14);
    k += 14;
    static exp_line e[] = {
        L(PROMPT, ">", 1, 0, 0),
        {ATS_LINE_PAYLOAD, NULL, 4100, 1, 2, 0, 0},
        L(TEXT, "after it", 2, 4104, 0),
        L(TEXT, "OK", 3, 4114, NOEOL),
    };
    static char aaa[4100];
    memset(aaa, 'a', sizeof aaa);
    e[1].text = aaa;
    check(&c, in, k, e, NE(e));
}

static void test_payload_ctrlz_exact(void **state)
{
    (void)state;
    fcfg c = plain();
    c.dir = ATS_DIR_TX;
    c.opts.exact_payload = 1;
    c.prompt = 1;
    c.rules = prompt_ctrlz;
    c.nrules = NE(prompt_ctrlz);
    /* 0> 1sp 2a 3b 4\r 5\n 6c 7d 8^Z 9\r 10\n 11O 12K 13\r 14\n 15> 16sp 17\r 18\n
     * 19x 20ESC 21O 22K */
    static const exp_line e[] = {
        L(PROMPT, ">", 1, 0, 0),
        L(PAYLOAD, "ab\r\ncd", 1, 2, CTRLZ | CTRL),
        L(TEXT, "OK", 3, 11, 0),
        L(PROMPT, ">", 4, 15, 0),
        L(PAYLOAD, "\r\nx", 4, 17, ESC | CTRL),
        L(TEXT, "OK", 5, 21, NOEOL),
    };
    check(&c, IN("> ab\r\ncd\x1a\r\nOK\r\n> \r\nx\x1bOK"), e, NE(e));
}

/* Payload longer than max_line comes in pieces flagged CONTINUED; memory
 * stays at max_line. */
static void test_payload_over_max_line(void **state)
{
    (void)state;
    fcfg c = plain();
    c.dir = ATS_DIR_TX;
    c.opts.max_line = 16;
    c.opts.exact_payload = 1;
    c.prompt = 1;
    c.rules = prompt_ctrlz;
    c.nrules = NE(prompt_ctrlz);
    static const exp_line e[] = {
        L(PROMPT, ">", 1, 0, 0),
        L(PAYLOAD, "0123456789abcdef", 1, 2, CONT),
        L(PAYLOAD, "ghijklmnopqrstuv", 1, 18, CONT),
        L(PAYLOAD, "wxyzWXYZ", 1, 34, CTRLZ),
        L(TEXT, "OK", 1, 43, 0),
        L(PROMPT, ">", 2, 47, 0),
        L(PAYLOAD, "0123456789abcdef", 2, 49, CTRLZ),   /* exactly max_line */
    };
    check(&c, IN("> 0123456789abcdefghijklmnopqrstuvwxyzWXYZ\x1aOK\r\n> 0123456789abcdef\x1a"), e,
          NE(e));

    static const rule rules[] = {
        {ATS_LINE_PROMPT, NULL, ACT_SET, ATS_FRAME_PAYLOAD_LEN, 20, -1},
    };
    c.rules = rules;
    c.nrules = NE(rules);
    static const exp_line e2[] = {
        L(PROMPT, ">", 1, 0, 0),
        L(PAYLOAD, "0123456789abcdef", 1, 2, CONT),
        L(PAYLOAD, "ghij", 1, 18, FULL),
        L(TEXT, "OK", 1, 22, NOEOL),
    };
    check(&c, IN("> 0123456789abcdefghijOK"), e2, NE(e2));
}

static void test_payload_binary(void **state)
{
    (void)state;
    fcfg c = plain();
    c.prompt = 1;
    c.rules = prompt_ctrlz;
    c.nrules = NE(prompt_ctrlz);
    static const exp_line e[] = {
        L(PROMPT, ">", 1, 0, 0),
        L(PAYLOAD, "a\0b\xff", 1, 2, CTRLZ | CTRL | NOTU8),
        L(TEXT, "OK", 1, 7, NOEOL),
    };
    check(&c, IN("> a\0b\xff\x1aOK"), e, NE(e));
}

/* ---- data mode */

static void test_data_mode(void **state)
{
    (void)state;
    static const rule rules[] = {
        {ATS_LINE_TEXT, "CONNECT", ACT_SET, ATS_FRAME_DATA, 0, -1},
        {ATS_LINE_PAYLOAD, "NO CARRIER", ACT_SET, ATS_FRAME_LINES, 0, -1},
    };
    fcfg c = plain();
    c.prompt = 1;   /* '>' in data mode is data all the same */
    c.rules = rules;
    c.nrules = NE(rules);
    static const exp_line e[] = {
        L(TEXT, "CONNECT 115200", 1, 0, 0),
        L(PAYLOAD, "abc", 2, 16, 0),
        L(PAYLOAD, "> x", 3, 21, 0),
        L(PAYLOAD, "NO CARRIER", 5, 28, 0),
        L(TEXT, "OK", 6, 40, 0),
        L(TEXT, "CONNECT", 7, 44, 0),
        L(PAYLOAD, "raw\0", 8, 53, NOEOL | CTRL),
    };
    check(&c, IN("CONNECT 115200\r\nabc\r\n> x\r\n\r\nNO CARRIER\r\nOK\r\nCONNECT\r\nraw\0"), e,
          NE(e));
}

/* ---- annotations */

static void test_annotations(void **state)
{
    (void)state;
    fcfg c = plain();
    c.opts.annotations = 1;
    static const exp_line e[] = {
        L(TEXT, "AT+CSQ", 1, 0, 0),
        L(ANNOTATION, "//note", 1, 7, 0),
        L(ANNOTATION, "//whole line", 2, 15, 0),
        L(TEXT, "AT+HTTPPARA=\"URL\",\"http://x.y/z\"", 3, 29, 0),   /* quoted */
        L(TEXT, "http://x", 4, 63, 0),                              /* after ':' */
        L(TEXT, "AT+X=\"a //b\"", 5, 73, 0),
        L(ANNOTATION, "//c", 5, 86, 0),
        L(ANNOTATION, "//indented", 6, 94, 0),
        L(TEXT, "AT", 7, 106, 0),
        L(ANNOTATION, "//x", 7, 109, NOEOL),
    };
    check(&c,
          IN("AT+CSQ //note\r\n"
             "//whole line\r\n"
             "AT+HTTPPARA=\"URL\",\"http://x.y/z\"\r\n"
             "http://x\r\n"
             "AT+X=\"a //b\" //c\r\n"
             "  \t//indented\r\n"
             "AT //x"),
          e, NE(e));
}

static void test_annotations_off(void **state)
{
    (void)state;
    fcfg c = plain();
    static const exp_line e[] = {
        L(TEXT, "AT+CSQ //note", 1, 0, 0),
        L(TEXT, "//x", 2, 15, NOEOL),
    };
    check(&c, IN("AT+CSQ //note\r\n//x"), e, NE(e));
}

static void test_annotation_on_truncated_line(void **state)
{
    (void)state;
    fcfg c = plain();
    c.opts.annotations = 1;
    c.opts.max_line = 16;
    /* "AT //" + 18 bytes: 23 bytes, 16 kept, 7 cut; the cut belongs to the
     * note, which is what ran long. */
    static const exp_line e[] = {
        L(TEXT, "AT", 1, 0, 0),
        LC(ANNOTATION, "//0123456789a", 1, 3, TRUNC, 7),
        L(TEXT, "OK", 2, 25, 0),
    };
    check(&c, IN("AT //0123456789abcdefgh\r\nOK\r\n"), e, NE(e));
}

/* The vendor guide's logs put a note where the payload would be: "> //note"
 * (or ">" then a line "//note"). A single '/' is payload. */
static void test_annotation_after_prompt(void **state)
{
    (void)state;
    fcfg c = plain();
    c.opts.annotations = 1;
    c.prompt = 1;
    c.rules = prompt_ctrlz;
    c.nrules = NE(prompt_ctrlz);
    static const exp_line e[] = {
        L(PROMPT, ">", 1, 0, 0),
        L(ANNOTATION, "//note", 1, 2, 0),
        L(TEXT, "OK", 2, 10, 0),
        L(PROMPT, ">", 3, 14, 0),
        L(PAYLOAD, "/x", 3, 16, CTRLZ),
        L(PROMPT, ">", 4, 21, 0),
        L(PAYLOAD, "hi //not", 4, 23, CTRLZ),   /* payload is never searched */
        L(PROMPT, ">", 5, 34, 0),
        L(PAYLOAD, "/", 5, 36, CTRLZ),
        L(PROMPT, ">", 6, 40, 0),
        L(PAYLOAD, "/", 6, 42, NOEOL),
    };
    check(&c, IN("> //note\r\nOK\r\n> /x\x1a\r\n> hi //not\x1a\r\n> /\x1a\r\n> /"), e, NE(e));

    /* the guide's own layout: ">" alone, the note on the next line */
    static const exp_line e2[] = {
        L(PROMPT, ">", 1, 0, 0),
        L(ANNOTATION, "//\xe6\x94\xb6\xe5\x88\xb0", 2, 3, 0),
        L(TEXT, "OK", 3, 13, NOEOL),
    };
    check(&c, IN(">\r\n//\xe6\x94\xb6\xe5\x88\xb0\r\nOK"), e2, NE(e2));

    /* fixed length payload (AT+MIPSEND=1,15): same */
    static const rule rules[] = {
        {ATS_LINE_PROMPT, NULL, ACT_SET, ATS_FRAME_PAYLOAD_LEN, 4, -1},
    };
    c.rules = rules;
    c.nrules = NE(rules);
    static const exp_line e3[] = {
        L(PROMPT, ">", 1, 0, 0),
        L(ANNOTATION, "//note", 1, 2, 0),
        L(PROMPT, ">", 2, 10, 0),
        L(PAYLOAD, "/abc", 2, 12, FULL),
        L(TEXT, "OK", 2, 16, NOEOL),
    };
    check(&c, IN("> //note\r\n> /abcOK"), e3, NE(e3));
}

static void test_annotations_in_data_mode(void **state)
{
    (void)state;
    fcfg c = plain();
    c.opts.annotations = 1;
    c.mode_set = 1;
    c.mode = ATS_FRAME_DATA;
    static const exp_line e[] = {
        L(ANNOTATION, "//note", 1, 0, 0),
        L(PAYLOAD, "ab //x", 2, 8, 0),   /* only a leading "//" in data */
    };
    check(&c, IN("//note\r\nab //x\r\n"), e, NE(e));
}

/* ---- bytes that are not text */

static void test_nul_utf8_control(void **state)
{
    (void)state;
    fcfg c = plain();
    static const exp_line e[] = {
        L(TEXT, "A\0B", 1, 0, CTRL),
        L(TEXT, "caf\xc3\xa9", 2, 5, 0),
        L(TEXT, "\xe4\xbd\xa0\xe5\xa5\xbd", 3, 12, 0),      /* UTF-8 Chinese */
        L(TEXT, "\xc4\xe3\xba\xc3", 4, 20, NOTU8),          /* the same in GBK */
        L(TEXT, "\xff\xfe", 5, 26, NOTU8),
        L(TEXT, "\x1b[0mOK", 6, 30, CTRL),
        L(TEXT, "a\tb", 7, 38, 0),                          /* tab is text */
        L(TEXT, "x\x7f", 8, 43, CTRL),
        L(TEXT, "\xc0\x80", 9, 47, NOTU8),                  /* overlong NUL */
        L(TEXT, "\xed\xa0\x80", 10, 51, NOTU8),             /* surrogate */
        L(TEXT, "\0", 11, 56, CTRL),
        L(TEXT, "\xc3", 12, 59, NOTU8 | NOEOL),             /* cut sequence */
    };
    check(&c,
          IN("A\0B\r\n"
             "caf\xc3\xa9\r\n"
             "\xe4\xbd\xa0\xe5\xa5\xbd\r\n"
             "\xc4\xe3\xba\xc3\r\n"
             "\xff\xfe\r\n"
             "\x1b[0mOK\r\n"
             "a\tb\r\n"
             "x\x7f\r\n"
             "\xc0\x80\r\n"
             "\xed\xa0\x80\r\n"
             "\0\r\n"
             "\xc3"),
          e, NE(e));
}

/* A USB glitch's NUL and 0xFF runs at a line's edges: a final result or a
 * command is still that line (its text without them, EDITED: not the bytes
 * at its offset); any other line keeps its bytes, one of them alone too
 * (glitch_runs: nothing dropped). */
static void test_usb_glitch(void **state)
{
    (void)state;
    fcfg c = plain();
    static const exp_line e[] = {
        L(TEXT, "AT+QCCID", 1, 0, 0),
        L(TEXT, "+QCCID: 8988211234567890123F", 2, 10, 0),
        L(TEXT, "OK", 3, 40, EDITED),
        L(TEXT, "AT+QHTTPGET=80", 4, 47, EDITED),
        L(TEXT, "ERROR", 5, 66, EDITED),
        L(TEXT, "\xff\0\xff", 6, 75, CTRL | NOTU8),
        L(TEXT, "\0\0+QFREAD: 2\0", 7, 80, CTRL),
    };
    check(&c,
          IN("AT+QCCID\r\n"
             "+QCCID: 8988211234567890123F\r\n"
             "\0\0\0OK\r\n"
             "\xff\xff" "AT+QHTTPGET=80\0\r\n"
             "ERROR\xff\xff\r\n"
             "\xff\0\xff\r\n"
             "\0\0+QFREAD: 2\0\r\n"),
          e, NE(e));
}

/* ---- callback asks to stop */

static void test_callback_stop(void **state)
{
    (void)state;
    fcfg c = plain();
    c.stop_after = 2;
    static const exp_line e[] = {L(TEXT, "A", 1, 0, 0), L(TEXT, "B", 2, 3, 0)};
    recorder r;
    check_rec(&c, IN("A\r\nB\r\nC\r\nD"), e, NE(e), &r);
    assert_int_equal(r.feed_rc, ATS_EUSER);
    assert_int_equal(r.finish_rc, ATS_EUSER);
    rec_free(&r);

    /* stopped by the line that finish emits */
    c.stop_after = 1;
    static const exp_line e2[] = {L(TEXT, "A", 1, 0, NOEOL)};
    check_rec(&c, IN("A"), e2, NE(e2), &r);
    assert_int_equal(r.feed_rc, 0);
    assert_int_equal(r.finish_rc, ATS_EUSER);
    rec_free(&r);
}

/* ---- a whole session, the callback playing the builder */

static void test_session_mode_switching(void **state)
{
    (void)state;
    static const rule rules[] = {
        /* commands that ask for a prompt arm the payload mode */
        {ATS_LINE_TEXT, "AT+CMGS", ACT_ARM, ATS_FRAME_PAYLOAD_CTRLZ, 0, 1},
        {ATS_LINE_TEXT, "AT+MIPSEND", ACT_ARM, ATS_FRAME_PAYLOAD_LEN, 5, 1},
        {ATS_LINE_PROMPT, NULL, ACT_ARMED, ATS_FRAME_LINES, 0, -1},
        {ATS_LINE_TEXT, "OK", ACT_NONE, ATS_FRAME_LINES, 0, 0},
        {ATS_LINE_TEXT, "ERROR", ACT_NONE, ATS_FRAME_LINES, 0, 0},
        {ATS_LINE_TEXT, "CONNECT", ACT_SET, ATS_FRAME_DATA, 0, 0},
        {ATS_LINE_PAYLOAD, "+++", ACT_SET, ATS_FRAME_LINES, 0, -1},
        {ATS_LINE_PAYLOAD, "NO CARRIER", ACT_SET, ATS_FRAME_LINES, 0, -1},
    };
    fcfg c = plain();
    c.opts.annotations = 1;
    c.rules = rules;
    c.nrules = NE(rules);
    static const exp_line e[] = {
        L(TEXT, "AT+CMGS=\"123\"", 1, 0, 0),
        L(PROMPT, ">", 2, 15, 0),
        L(PAYLOAD, "hello", 2, 17, CTRLZ),
        L(TEXT, "+CMGS: 5", 3, 25, 0),
        L(TEXT, "OK", 5, 37, 0),
        L(TEXT, "AT+MIPSEND=1,5", 6, 41, 0),
        L(PROMPT, ">", 7, 57, 0),
        L(PAYLOAD, "abcde", 7, 59, FULL),
        L(TEXT, "OK", 7, 64, 0),
        L(TEXT, "AT+MIPSEND=1,5", 8, 68, 0),
        L(PROMPT, ">", 9, 84, 0),
        L(ANNOTATION, "//note", 9, 86, 0),
        L(TEXT, "OK", 10, 94, 0),
        L(TEXT, "ATD*99#", 11, 98, 0),
        L(TEXT, "CONNECT", 12, 107, 0),
        L(PAYLOAD, "> raw", 13, 116, 0),
        L(PAYLOAD, "+++", 14, 123, 0),
        L(TEXT, "OK", 15, 128, 0),
        L(TEXT, "> not a prompt", 16, 132, 0),
        L(TEXT, "AT+MIPSEND=1,5", 17, 148, 0),
        L(PROMPT, ">", 18, 164, 0),
        L(PAYLOAD, "ab", 18, 166, NOEOL),
    };
    check(&c,
          IN("AT+CMGS=\"123\"\r\n"
             "> hello\x1a\r\n"
             "+CMGS: 5\r\n"
             "\r\n"
             "OK\r\n"
             "AT+MIPSEND=1,5\r\n"
             "> abcdeOK\r\n"
             "AT+MIPSEND=1,5\r\n"
             "> //note\r\n"
             "OK\r\n"
             "ATD*99#\r\n"
             "CONNECT\r\n"
             "> raw\r\n"
             "+++\r\n"
             "OK\r\n"
             "> not a prompt\r\n"
             "AT+MIPSEND=1,5\r\n"
             "> ab"),
          e, NE(e));
}

/* ---- believed bugs: these assert the correct behaviour ---------------- */

/* Regression (fixed): a mode change that comes from outside this framer's own callback (in
 * a directed capture, the builder reacting to the modem's side: ERROR, a
 * final, the next command) while a payload is half read. set_mode() treats
 * ATS_FR_PAYLOAD as "between lines" and switches to LINE_START without
 * emitting the bytes already buffered, so they are glued to the front of
 * the next text line (which then gets the next line's start offset), or to
 * the next payload. atscope.h documents ATS_LF_NO_EOL as "ended by the end
 * of input or a mode change": the pending bytes should come out as payload.
 * Repro: CTRLZ mode, feed "hel", set_mode(LINES), feed "lo\r\nAT\r\n":
 * now TEXT "hello" @3, TEXT "AT"; expected PAYLOAD "hel" @0 NO_EOL, TEXT "lo" @3, TEXT "AT". */
static void test_regress_outside_mode_change_mid_payload(void **state)
{
    (void)state;
    fcfg c = plain();
    c.dir = ATS_DIR_TX;
    c.opts.exact_payload = 1;
    c.mode_set = 1;
    c.mode = ATS_FRAME_PAYLOAD_CTRLZ;
    c.ext = 1;
    c.ext_at = 3;
    c.ext_mode = ATS_FRAME_LINES;
    static const exp_line e[] = {
        L(PAYLOAD, "hel", 1, 0, NOEOL),
        L(TEXT, "lo", 1, 3, 0),
        L(TEXT, "AT", 2, 7, 0),
    };
    check(&c, IN("hello\r\nAT\r\n"), e, NE(e));
}

/* Regression (fixed): the same with a payload that began with a single '/' while
 * annotations are on: the '/' waits in ATS_FR_PAYLOAD_SLASH outside the
 * buffer, and an outside set_mode() drops it: a lost byte. */
static void test_regress_outside_mode_change_loses_slash(void **state)
{
    (void)state;
    fcfg c = plain();
    c.dir = ATS_DIR_TX;
    c.opts.exact_payload = 1;
    c.opts.annotations = 1;
    c.mode_set = 1;
    c.mode = ATS_FRAME_PAYLOAD_CTRLZ;
    c.ext = 1;
    c.ext_at = 1;
    c.ext_mode = ATS_FRAME_LINES;
    static const exp_line e[] = {
        L(PAYLOAD, "/", 1, 0, NOEOL),
        L(TEXT, "x", 1, 1, 0),
    };
    check(&c, IN("/x\r\n"), e, NE(e));
}

/* Regression (fixed): a 1-byte fixed-length payload that is "/" (annotations on) is held
 * back in ATS_FR_PAYLOAD_SLASH to see whether a second '/' follows, although
 * the declared length is already reached. At the end of input it is then
 * emitted with NO_EOL instead of PAYLOAD_FULL, so the builder reports the
 * payload as cut, not complete. "> x" with LEN 1 gives PAYLOAD "x" FULL at
 * once (the reference case below passes). Repro: prompt expected, PROMPT ->
 * set_mode(LEN, 1), feed "> /", finish: PAYLOAD "/" flags NO_EOL. */
static void test_regress_len1_slash_payload(void **state)
{
    (void)state;
    static const rule rules[] = {
        {ATS_LINE_PROMPT, NULL, ACT_SET, ATS_FRAME_PAYLOAD_LEN, 1, -1},
    };
    fcfg c = plain();
    c.opts.annotations = 1;
    c.prompt = 1;
    c.rules = rules;
    c.nrules = NE(rules);
    static const exp_line ex[] = {L(PROMPT, ">", 1, 0, 0), L(PAYLOAD, "x", 1, 2, FULL)};
    check(&c, IN("> x"), ex, NE(ex));     /* the reference: passes */
    static const exp_line e[] = {L(PROMPT, ">", 1, 0, 0), L(PAYLOAD, "/", 1, 2, FULL)};
    check(&c, IN("> /"), e, NE(e));
}

/* Regression (fixed): a mode hint given from inside the callback of a PAYLOAD line that
 * ends a payload (Ctrl-Z, ESC, full length, cut by a line end) is silently
 * overwritten: emit_payload() calls the callback and payload_done() then
 * resets the mode to LINES. atscope.h says mode hints are "given from
 * inside a line callback"; this one is lost. Repro: PROMPT -> set LEN 3;
 * on the PAYLOAD line the callback sets ATS_FRAME_DATA; "> abc\r\nxyz\r\n"
 * gives TEXT "xyz" instead of PAYLOAD "xyz". */
static void test_regress_mode_hint_in_payload_callback_lost(void **state)
{
    (void)state;
    static const rule rules[] = {
        {ATS_LINE_PROMPT, NULL, ACT_SET, ATS_FRAME_PAYLOAD_LEN, 3, -1},
        {ATS_LINE_PAYLOAD, "abc", ACT_SET, ATS_FRAME_DATA, 0, 0},
    };
    fcfg c = plain();
    c.prompt = 1;
    c.rules = rules;
    c.nrules = NE(rules);
    static const exp_line e[] = {
        L(PROMPT, ">", 1, 0, 0),
        L(PAYLOAD, "abc", 1, 2, FULL),
        L(PAYLOAD, "xyz", 2, 7, 0),
    };
    check(&c, IN("> abc\r\nxyz\r\n"), e, NE(e));
}

/* Regression (fixed, came with the bulk payload copy): set_mode(ATS_FRAME_PAYLOAD_LEN,
 * 0) depends on the chunking. With payload_left 0 the bulk copy is not
 * limited by the length, so fed whole "abc" is one FULL payload, fed byte by
 * byte "a" is a FULL payload and "bc" is text. The builder never asks for 0
 * today (AT+MIPSEND=1,0 goes back to lines), but the framer API takes it.
 * Whatever a zero length means, the result must not depend on the chunks. */
static void test_regress_len0_payload_chunk_dependent(void **state)
{
    (void)state;
    static const rule rules[] = {
        {ATS_LINE_PROMPT, NULL, ACT_SET, ATS_FRAME_PAYLOAD_LEN, 0, -1},
    };
    fcfg c = plain();
    c.prompt = 1;
    c.rules = rules;
    c.nrules = NE(rules);
    check(&c, IN("> abc\r\nOK\r\n"), NULL, 0);
}

/* A text line's flags say whether it holds a control byte or bytes that
 * are not UTF-8, wherever the byte is: call_note passes printable ASCII
 * sixteen and eight bytes a step and the last eight as one word, and each
 * step must leave the byte it stopped at to the byte loop (a bad byte in a
 * word before the last eight, those eight printable, was once passed). */
static void test_flags_every_position(void **state)
{
    (void)state;
    static const struct {
        unsigned char b;
        unsigned flag;
    } bad[] = {{0x01, CTRL}, {0x7f, CTRL}, {0xff, NOTU8}, {0x80, NOTU8}};
    fcfg cfg = plain();
    unsigned char in[64];
    for (size_t len = 1; len <= 48; len++)
        for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++)
            for (size_t at = 0; at <= len; at++) {   /* at == len: none */
                memset(in, 'A', len);
                if (at < len)
                    in[at] = bad[k].b;
                in[len] = '\r';
                in[len + 1] = '\n';
                size_t sizes[1] = {len + 2};
                recorder r;
                run(&cfg, in, len + 2, sizes, 1, &r);
                assert_true(r.n >= 1);
                unsigned want = at < len ? bad[k].flag : 0;
                if ((r.v[0].flags & (CTRL | NOTU8)) != want)
                    fail_msg("len %zu, byte 0x%02x at %zu: flags 0x%x", len, bad[k].b, at,
                             r.v[0].flags);
                rec_free(&r);
            }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_init),
        cmocka_unit_test(test_empty_input),
        cmocka_unit_test(test_cr),
        cmocka_unit_test(test_lf),
        cmocka_unit_test(test_crlf),
        cmocka_unit_test(test_lfcr),
        cmocka_unit_test(test_empty_lines_dropped),
        cmocka_unit_test(test_mixed_line_ends),
        cmocka_unit_test(test_line_numbers_like_grep),
        cmocka_unit_test(test_no_eol_at_finish),
        cmocka_unit_test(test_direction_and_time),
        cmocka_unit_test(test_reader_given_position),
        cmocka_unit_test(test_truncation),
        cmocka_unit_test(test_truncation_memory_bounded),
        cmocka_unit_test(test_truncation_splits_utf8),
        cmocka_unit_test(test_prompt_not_expected),
        cmocka_unit_test(test_prompt_expected),
        cmocka_unit_test(test_prompt_turned_off),
        cmocka_unit_test(test_payload_len),
        cmocka_unit_test(test_payload_len_lines),
        cmocka_unit_test(test_payload_after_bare_prompt),
        cmocka_unit_test(test_payload_len_exact),
        cmocka_unit_test(test_payload_write_overrun),
        cmocka_unit_test(test_payload_block),
        cmocka_unit_test(test_payload_block_short),
        cmocka_unit_test(test_payload_block_whole),
        cmocka_unit_test(test_payload_block_pasted),
        cmocka_unit_test(test_payload_ctrlz),
        cmocka_unit_test(test_payload_ctrlz_bounded),
        cmocka_unit_test(test_payload_ctrlz_exact),
        cmocka_unit_test(test_payload_over_max_line),
        cmocka_unit_test(test_payload_binary),
        cmocka_unit_test(test_data_mode),
        cmocka_unit_test(test_annotations),
        cmocka_unit_test(test_annotations_off),
        cmocka_unit_test(test_annotation_on_truncated_line),
        cmocka_unit_test(test_annotation_after_prompt),
        cmocka_unit_test(test_annotations_in_data_mode),
        cmocka_unit_test(test_nul_utf8_control),
        cmocka_unit_test(test_usb_glitch),
        cmocka_unit_test(test_callback_stop),
        cmocka_unit_test(test_session_mode_switching),
        cmocka_unit_test(test_regress_outside_mode_change_mid_payload),
        cmocka_unit_test(test_regress_outside_mode_change_loses_slash),
        cmocka_unit_test(test_regress_len1_slash_payload),
        cmocka_unit_test(test_regress_mode_hint_in_payload_callback_lost),
        cmocka_unit_test(test_regress_len0_payload_chunk_dependent),
        cmocka_unit_test(test_flags_every_position),
    };
    return cmocka_run_group_tests_name("framer", tests, NULL, NULL);
}
