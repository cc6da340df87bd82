/* input_run.h - runs ats_input (detection and a reader) over bytes fed in
 * pieces of a given size, and renders each chunk as one compact line, so the
 * reader and detection tests assert exact chunks and choices as strings. */
#ifndef ATS_TEST_INPUT_RUN_H
#define ATS_TEST_INPUT_RUN_H

#include "collect.h"
#include "formats_once.h"

/* A file of the source tree (ATS_SOURCE_DIR, set by ctest), or NULL. */
static inline char *ir_read(const char *rel, size_t *len)
{
    *len = 0;
    const char *src = getenv("ATS_SOURCE_DIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", src ? src : ".", rel);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    size_t k;
    while (b && (k = fread(b + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *nb = realloc(b, cap * 2);
            if (!nb) {
                free(b);
                b = NULL;
                break;
            }
            b = nb;
            cap *= 2;
        }
    }
    fclose(f);
    *len = n;
    return b;
}

typedef struct ir_out {
    collect chunks;            /* rendered; raw's byte-stream chunks joined */
    char format[48], layers[320], reason[256], second[48];
    int score, second_score;
    int saw_time, saw_dir;
    uint64_t nchunks[4];       /* per ats_chunk_kind */
    /* a run of byte-stream (line 0) data chunks, joined before rendering:
     * how the raw reader cuts them depends on the feeds, what they hold
     * does not */
    char *pend;
    size_t npend, cappend;
    size_t show;               /* if not 0: a joined stream shows its length and this many bytes */
    int pend_dir;
    unsigned pend_flags;
} ir_out;

static inline char ir_time(const ats_time *t)
{
    switch (t->kind) {
    case ATS_TIME_ABSOLUTE: return 'a';
    case ATS_TIME_OF_DAY: return 'd';
    case ATS_TIME_RELATIVE: return 'r';
    case ATS_TIME_LOCAL: return 'l';
    default: return '-';
    }
}

static inline char ir_dir(int d) { return d == ATS_DIR_TX ? '>' : d == ATS_DIR_RX ? '<' : '-'; }

static inline void ir_flush(ir_out *o)
{
    if (!o->npend)
        return;
    size_t n = o->npend, cap = 4 * n + 80;
    char *b = malloc(cap);
    size_t k = (size_t)snprintf(b, cap, "D%c stream%s", ir_dir(o->pend_dir),
                                o->pend_flags & ATS_CF_NO_NOTES ? " no-notes" : "");
    if (o->show && n > o->show) {
        k += (size_t)snprintf(b + k, cap - k, " %zu bytes", n);
        n = o->show;
    }
    b[k++] = ' ';
    b[k++] = '"';
    k = put(b, cap - 2, k, o->pend, n);
    b[k++] = '"';
    b[k] = 0;
    col_add(&o->chunks, b);
    free(b);
    o->npend = 0;
}

/* "D> L3 @120 d36000000 no-notes "AT\r"": kind (Data, Annotation, Unparsed,
 * Host log), direction, source line and offset, time kind and value, the
 * flags (a wrapper's block edge: block-open, block-close), the bytes (escaped), and for unparsed chunks the reader's note. */
static inline int ir_chunk(void *user, const ats_chunk *c)
{
    ir_out *o = user;
    if ((unsigned)c->kind < 4)
        o->nchunks[c->kind]++;
    if (c->kind == ATS_CHUNK_DATA && !c->line && c->time.kind == ATS_TIME_NONE &&
        (!o->npend || (o->pend_dir == (int)c->dir && o->pend_flags == c->flags))) {
        if (o->npend + c->len > o->cappend) {
            o->cappend = (o->npend + c->len) * 2;
            o->pend = realloc(o->pend, o->cappend);
        }
        memcpy(o->pend + o->npend, c->bytes, c->len);
        o->npend += c->len;
        o->pend_dir = (int)c->dir;
        o->pend_flags = c->flags;
        return 0;
    }
    ir_flush(o);
    char b[4096];
    size_t k = (size_t)snprintf(b, sizeof b, "%c%c L%" PRIu64 " @%" PRIu64 " %c%" PRId64 "%s%s%s%s \"",
                                "DAUH"[c->kind & 3], ir_dir(c->dir), c->line, c->offset,
                                ir_time(&c->time), c->time.us,
                                c->flags & ATS_CF_NO_NOTES ? " no-notes" : "",
                                c->flags & ATS_CF_NO_EOL ? " no-eol" : "",
                                c->flags & ATS_CF_BLOCK_OPEN ? " block-open" : "",
                                c->flags & ATS_CF_BLOCK_CLOSE ? " block-close" : "");
    k = put(b, sizeof b - 40, k, (const char *)c->bytes, c->len);
    k += (size_t)snprintf(b + k, sizeof b - k, "\"%s%s", c->note ? " # " : "",
                          c->note ? c->note : "");
    col_add(&o->chunks, b);
    return 0;
}

/* The built-in definitions, compiled once (formats_once.h). */
static inline const ats_formatset *ir_formats(void)
{
    return ts_formats();
}

/* Feeds data through a new input: whole (step 0), in pieces of `step`
 * bytes, or (seed) of 1..step bytes from a small PRNG. Returns what
 * ats_input_feed/finish returned. */
static inline int ir_run(ir_out *o, const ats_input_opts *opts, const char *data, size_t len,
                         size_t step, unsigned seed)
{
    size_t show = o->show;
    memset(o, 0, sizeof *o);
    o->show = show;
    ats_input *in;
    ats_error e;
    ats_input_opts shared = {.format = NULL};
    if (!opts) {
        shared.formats = ir_formats();
        opts = &shared;
    }
    int rc = ats_input_new(&in, opts, ir_chunk, o, &e);
    if (rc)
        return rc;
    size_t off = 0;
    while (off < len && rc == 0) {
        size_t n = len - off;
        if (step) {
            size_t want = step;
            if (seed) {
                seed = seed * 1103515245u + 12345u;
                want = 1 + (seed >> 8) % step;
            }
            n = want < n ? want : n;
        }
        char *copy = malloc(n);     /* its own allocation: ASan sees over-reads */
        memcpy(copy, data + off, n);
        rc = ats_input_feed(in, copy, n, &e);
        free(copy);
        off += n;
    }
    if (rc == 0)
        rc = ats_input_finish(in, &e);
    ir_flush(o);
    const ats_format_info *fi = ats_input_format(in);
    snprintf(o->format, sizeof o->format, "%s", fi ? fi->name : "");
    snprintf(o->layers, sizeof o->layers, "%s", ats_input_layers(in));
    snprintf(o->reason, sizeof o->reason, "%s", ats_input_reason(in));
    o->score = ats_input_score(in);
    /* the runner-up: the best other candidate but the fallback, which
     * scores 10 on anything */
    int sc = 0;
    const char *second = NULL;
    for (size_t i = 1; (second = ats_input_candidate(in, i, &sc, NULL)) != NULL; i++)
        if (strcmp(second, "raw"))
            break;
    snprintf(o->second, sizeof o->second, "%s", second ? second : "");
    o->second_score = second ? sc : 0;
    o->saw_time = ats_input_saw_time(in);
    o->saw_dir = ats_input_saw_direction(in);
    ats_input_free(in);
    free(o->pend);
    o->pend = NULL;
    o->cappend = 0;
    return rc;
}

/* The records of a capture read through ats_input and parsed with p. */
typedef struct ir_rec {
    ats_parser *ps;
    int rc;
} ir_rec;

static inline int ir_to_parser(void *user, const ats_chunk *c)
{
    ir_rec *r = user;
    ats_error e;
    if (r->rc == 0)
        r->rc = ats_parser_feed_chunk(r->ps, c, &e);
    return r->rc != 0;
}

static inline int ir_records(collect *out, const ats_profile *p, const char *data, size_t len,
                             size_t step, unsigned seed)
{
    ats_error e;
    ir_rec r = {NULL, 0};
    memset(out, 0, sizeof *out);
    if (ats_parser_new(&r.ps, p, NULL, col_cb, out, &e))
        return -1;
    ats_input *in = NULL;
    ats_input_opts shared = {.format = NULL};
    shared.formats = ir_formats();
    int rc = ats_input_new(&in, &shared, ir_to_parser, &r, &e);
    size_t off = 0;
    while (rc == 0 && off < len) {
        size_t n = len - off;
        if (step) {
            size_t want = step;
            if (seed) {
                seed = seed * 1103515245u + 12345u;
                want = 1 + (seed >> 8) % step;
            }
            n = want < n ? want : n;
        }
        rc = ats_input_feed(in, data + off, n, &e);
        off += n;
    }
    if (rc == 0)
        rc = ats_input_finish(in, &e);
    if (rc == 0)
        ats_parser_set_lines(r.ps, ats_input_lines(in));
    if (rc == 0)
        rc = ats_parser_finish(r.ps, &e);
    if (rc == 0)
        rc = r.rc;
    ats_input_free(in);
    ats_parser_free(r.ps);
    return rc;
}

#endif
