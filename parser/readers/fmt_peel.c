/* fmt_peel.c - taking pasted-log wrappers off a line. */
#include <stdlib.h>
#include <time.h>
#include "fmt_json.h"
#include "fmt_peel.h"

int ats_peel_init(peel *pl, pcre2_match_context *mc)
{
    memset(pl, 0, sizeof *pl);
    pl->mc = mc;
    pl->md = pcre2_match_data_create(64, NULL);
    pl->scratch[0] = malloc(PEEL_LINE_MAX + 1);
    pl->scratch[1] = malloc(PEEL_LINE_MAX + 1);
    pl->lines = malloc(PEEL_LINE_MAX + 1);
    if (!pl->md || !pl->scratch[0] || !pl->scratch[1] || !pl->lines) {
        ats_peel_free(pl);
        return ATS_ENOMEM;
    }
    return 0;
}

void ats_peel_free(peel *pl)
{
    pcre2_match_data_free(pl->md);
    free(pl->scratch[0]);
    free(pl->scratch[1]);
    free(pl->lines);
    memset(pl, 0, sizeof *pl);
}

int ats_peel_push(peel *pl, const fd_def *w)
{
    if (pl->n == PEEL_MAX_LAYERS)
        return -1;
    pl->nsrc[pl->n] = 0;
    pl->other[pl->n] = 0;
    pl->pend[pl->n].have = 0;
    pl->cell[pl->n] = 0;
    pl->list[pl->n] = 0;
    pl->layer[pl->n++] = w;
    return 0;
}

void ats_peel_keep_source(peel *pl, const char *s, size_t n)
{
    if (!pl->n || n > PEEL_SRC_MAX)
        return;
    memcpy(pl->src[pl->n - 1], s, n);
    pl->nsrc[pl->n - 1] = n;
}

int ats_peel_match(const peel *pl, const fd_pat *pat, const char *p, size_t n)
{
    return pl->interp ? ats_fd_match_tiered(pat, pl->md, pl->mc, p, n)
                      : ats_fd_match(pat, pl->md, pl->mc, p, n);
}

/* One layer on one line: 0 passed through, 1 peeled (body in *o), 2 dropped,
 * 3 peeled as the rest of the previous line's message (body in *o). pend:
 * the layer's time line's time, kept for its next body (NULL: detection's
 * test of one line). */
/* A csv_cell layer's row whose quoted last cell holds line ends (RFC 4180):
 * the line a cell goes on over, up to its closing quote (what follows it,
 * the row's other cells, left); *cell cleared when it closed. */
static int cell_rest(peel *pl, const char *p, size_t n, int k, const char **o, size_t *on,
                     unsigned char *cell)
{
    size_t e = n;
    for (size_t i = 0; i < n; i++)
        if (p[i] == '"') {
            if (i + 1 < n && p[i + 1] == '"') {
                i++;
                continue;
            }
            e = i;
            *cell = 0;
            break;
        }
    if (e > PEEL_LINE_MAX)
        e = PEEL_LINE_MAX;
    *on = ats_fd_csv_cell(p, e, pl->scratch[k]);
    *o = pl->scratch[k];
    return 3;
}

/* The first line of such a row: the line with the cell closed after it
 * reads as the layer's row (its message the last cell): 1 and *cell set, or
 * 0. */
static int cell_opens(peel *pl, const fd_def *w, const char *p, size_t n, int k, const char **o,
                      size_t *on, fd_tparts *t, unsigned char *cell)
{
    size_t q = 0;
    for (const char *c = p; (c = memchr(c, '"', (size_t)(p + n - c))) != NULL; c++)
        q++;
    if (!(q & 1) || n + 1 > PEEL_LINE_MAX)
        return 0;
    /* p may be the other scratch buffer itself (an outer layer's body) */
    char *j = pl->scratch[k ^ 1];
    memmove(j, p, n);
    j[n] = '"';
    ats_span b;
    if (!ats_peel_match(pl, &w->match, j, n + 1) || !ats_fd_group(pl->md, w->match.g_body, j, &b) ||
        b.ptr + b.len != j + n)
        return 0;
    if (t && w->match.has_time) {
        fd_tparts tp;
        ats_fd_time_parts(&w->match, pl->md, j, &tp);
        if (tp.have)
            *t = tp;
    }
    *on = ats_fd_csv_cell(b.ptr, b.len, pl->scratch[k]);
    *o = pl->scratch[k];
    *cell = 1;
    return 1;
}

/* A body's text as the layer gives it: a CSV cell's, a JSON string's or a
 * C string literal's quoting taken back (into scratch k), else as it stands. */
static int body_of(peel *pl, const fd_def *w, ats_span b, int k, const char **o, size_t *on)
{
    if (w->csv_cell && b.len <= PEEL_LINE_MAX && memchr(b.ptr, '"', b.len)) {
        *on = ats_fd_csv_cell(b.ptr, b.len, pl->scratch[k]);
        *o = pl->scratch[k];
        return 1;
    }
    if (w->json_string && b.len <= PEEL_LINE_MAX &&
        (memchr(b.ptr, '\\', b.len) || memchr(b.ptr, '"', b.len))) {
        *on = ats_fd_json_string(b.ptr, b.len, pl->scratch[k]);
        *o = pl->scratch[k];
        return 1;
    }
    if (w->c_string && b.len <= PEEL_LINE_MAX && memchr(b.ptr, '\\', b.len)) {
        *on = ats_fd_decode(FD_DEC_CESC, b.ptr, b.len, (unsigned char *)pl->scratch[k], 0,
                            PEEL_LINE_MAX);
        *o = pl->scratch[k];
        return 1;
    }
    *o = b.ptr;
    *on = b.len;
    return 1;
}

static int apply(peel *pl, const fd_def *w, const char *src, size_t nsrc, const char *p,
                 size_t n, int k, const char **o, size_t *on, fd_tparts *t, fd_tparts *pend,
                 unsigned char *cell, unsigned char *list)
{
    ats_span b;
    if (cell && *cell)
        return cell_rest(pl, p, n, k, o, on, cell);
    if (list && w->list_item.code) {
        /* nbformat puts a list's items a line each and nests no list in
         * one: the first line that is no item closes it */
        if (*list) {
            if (ats_peel_match(pl, &w->list_item, p, n) &&
                ats_fd_group(pl->md, w->list_item.g_body, p, &b)) {
                /* an item the list's ']' follows on its line (a writer
                 * that puts the last item and the bracket together) */
                const char *e = b.ptr + b.len;
                *list = !memchr(e, ']', (size_t)(p + n - e));
                return body_of(pl, w, b, k, o, on);
            }
            *list = 0;
        }
        if (ats_peel_match(pl, &w->list_open, p, n)) {
            *list = 1;
            /* the opening line's own first items ("text": ["a\n", ...) */
            if (w->list_open.g_body >= 0 && ats_fd_group(pl->md, w->list_open.g_body, p, &b) &&
                b.len)
                return body_of(pl, w, b, k, o, on);
            return 2;
        }
    }
    if (w->time_line.code && ats_peel_match(pl, &w->time_line, p, n)) {
        if (pend)
            ats_fd_time_parts(&w->time_line, pl->md, p, pend);
        return 2;
    }
    if (w->drop.code && ats_peel_match(pl, &w->drop, p, n))
        return 2;
    if (w->remove.code) {
        PCRE2_SIZE olen = PEEL_LINE_MAX;
        const char *with = w->replace_with ? w->replace_with : "";
        int r = pcre2_substitute(pl->interp ? ats_fd_code_tiered(&w->remove)
                                            : ats_fd_code(&w->remove),
                                 (PCRE2_SPTR)p, n, 0,
                                 PCRE2_SUBSTITUTE_GLOBAL | PCRE2_SUBSTITUTE_EXTENDED, pl->md,
                                 pl->mc, (PCRE2_SPTR)with, w->replace_with_len,
                                 (PCRE2_UCHAR *)pl->scratch[k], &olen);
        if (r <= 0)
            return 0;
        *o = pl->scratch[k];
        *on = olen;
        return 1;
    }
    if (w->njson_body) {
        /* a JSON Lines export: the log line is a field of the object */
        char s[FD_SRC_MAX];
        size_t ns = 0;
        int64_t us = -1;
        if (!ats_fd_json_line(w, p, n, pl->scratch[k], PEEL_LINE_MAX, on, s, &ns, t ? &us : NULL))
            return 0;
        if (nsrc && (ns != nsrc || memcmp(s, src, nsrc)))
            return 2;
        if (t && us >= 0) {
            time_t sec = (time_t)(us / 1000000);
            struct tm tm;
            if (gmtime_r(&sec, &tm)) {
                memset(t, 0, sizeof *t);
                t->have = 2;
                t->year = tm.tm_year + 1900;
                t->month = tm.tm_mon + 1;
                t->day = tm.tm_mday;
                t->h = tm.tm_hour;
                t->m = tm.tm_min;
                t->s = tm.tm_sec;
                t->us = us % 1000000;
            }
        }
        *o = pl->scratch[k];
        return 1;
    }
    if (!w->match.code || !ats_peel_match(pl, &w->match, p, n)) {
        if (cell && w->csv_cell && cell_opens(pl, w, p, n, k, o, on, t, cell))
            return 1;
        if (!w->continued.code || !ats_peel_match(pl, &w->continued, p, n) ||
            !ats_fd_group(pl->md, w->continued.g_body, p, &b))
            return 0;
        *o = b.ptr;
        *on = b.len;
        return 3;
    }
    if (!ats_fd_group(pl->md, w->match.g_body, p, &b))
        return 0;
    if (nsrc) {
        /* another writer's line (a second compose service): set aside */
        ats_span s;
        if (!ats_fd_group(pl->md, w->match.g_src, p, &s) || s.len != nsrc ||
            memcmp(s.ptr, src, nsrc))
            return 2;
    }
    if (t && w->match.has_time) {
        fd_tparts tp;
        ats_fd_time_parts(&w->match, pl->md, p, &tp);
        if (tp.have)
            *t = tp;
    }
    if (pend && pend->have) {
        /* the time line's, once: a body without one of its own keeps the
         * clock of the lines before */
        if (t)
            *t = *pend;
        pend->have = 0;
    }
    int r = body_of(pl, w, b, k, o, on);
    ats_span g;
    /* the writer's name the body opens with, as long as the body is the
     * line's own text (no decoder rewrote it) */
    if (w->match.g_tag >= 0 && *o == b.ptr && ats_fd_group(pl->md, w->match.g_tag, p, &g) &&
        g.ptr == b.ptr)
        pl->tag_now = g.len;
    return r;
}

int ats_peel_test(peel *pl, const fd_def *w, const char *p, size_t n)
{
    return ats_peel_test_list(pl, w, p, n, NULL);
}

int ats_peel_test_list(peel *pl, const fd_def *w, const char *p, size_t n, unsigned char *list)
{
    const char *o;
    size_t on;
    int r = apply(pl, w, NULL, 0, p, n, 0, &o, &on, NULL, NULL, NULL, list);
    unsigned char cell = 0;
    if (!r && w->csv_cell && w->match.code && cell_opens(pl, w, p, n, 0, &o, &on, NULL, &cell))
        return 1;        /* a row whose quoted cell goes on over the next lines */
    /* a filter that removed nothing, or a prefix that left the line whole,
     * did not find its layer; a message's indented rest (3) neither shows
     * it nor counts against it */
    return r == 1 && on == n && o == pl->scratch[0] ? 0 : r;
}

int ats_peel_body(peel *pl, const fd_def *w, const char *p, size_t n, const char **o,
                  size_t *on)
{
    int r = apply(pl, w, NULL, 0, p, n, 0, o, on, NULL, NULL, NULL, NULL);
    return r == 1 && !(*on == n && *o == pl->scratch[0] && !memcmp(*o, p, n));
}

/* The layers from index `from` inward on cur[0..cn) (k: the scratch
 * buffer free for the next rewrite). */
static peel_result run(peel *pl, size_t from, const char *cur, size_t cn, int k,
                       const char **out, size_t *outn, fd_tparts *t)
{
    pl->tag = 0;
    for (size_t i = from; i < pl->n; i++) {
        const char *o;
        size_t on;
        pl->tag_now = 0;
        int r = apply(pl, pl->layer[i], pl->src[i], pl->nsrc[i], cur, cn, k, &o, &on, t,
                      &pl->pend[i], &pl->cell[i], &pl->list[i]);
        /* the tag holds while no layer inside rewrites the body */
        if (r == 1 || r == 3)
            pl->tag = r == 1 ? pl->tag_now : 0;
        if (pl->nsrc[i]) {
            /* a chat message's further lines are its writer's */
            if (r == 1 || r == 2)
                pl->other[i] = r == 2;
            else if (r == 3 && pl->other[i])
                r = 2;
        }
        if (r == 2) {
            pl->dropped_by = i;
            *out = cur;
            *outn = cn;
            return PEEL_DROPPED;
        }
        if (r == 1 && pl->layer[i]->split_lines && !pl->from && on <= PEEL_LINE_MAX) {
            const char *e = memchr(o, '\n', on);
            if (e) {
                /* kept whole (the scratch buffers serve the inner layers):
                 * the first piece goes on now, the others by ats_peel_next */
                memmove(pl->lines, o, on);
                pl->nl = on;
                pl->at = (size_t)(e - o) + 1;
                pl->from = i + 1;
                on = (size_t)(e - o);
                o = pl->lines;
            }
        }
        if (r == 1 || r == 3) {
            if (o == pl->scratch[k])
                k ^= 1;
            cur = o;
            cn = on;
        }
    }
    *out = cur;
    *outn = cn;
    return PEEL_PASS;
}

int ats_peel_next(peel *pl, const char **out, size_t *outn, fd_tparts *t)
{
    if (!pl->from || pl->at >= pl->nl)
        return -1;
    const char *s = pl->lines + pl->at;
    const char *e = memchr(s, '\n', pl->nl - pl->at);
    size_t len = e ? (size_t)(e - s) : pl->nl - pl->at;
    pl->at += len + (e != NULL);
    return (int)run(pl, pl->from, s, len, 0, out, outn, t);
}

peel_result ats_peel_line(peel *pl, const char *p, size_t n, const char **out, size_t *outn,
                      fd_tparts *t, size_t *skipped)
{
    if (t)
        t->have = 0;
    pl->from = 0;
    peel_result r = run(pl, 0, p, n, 0, out, outn, t);
    const char *cur = *out;
    if (r == PEEL_PASS && skipped)
        *skipped = cur >= p && cur <= p + n ? (size_t)(cur - p) : 0;
    return r;
}

unsigned ats_peel_edge(peel *pl, const char *p, size_t n)
{
    const fd_def *w = pl->dropped_by < pl->n ? pl->layer[pl->dropped_by] : NULL;
    if (!w || (!w->block_open.code && !w->block_close.code))
        return 0;
    return (w->block_open.code && ats_peel_match(pl, &w->block_open, p, n) ? PEEL_EDGE_OPEN : 0) |
           (w->block_close.code && ats_peel_match(pl, &w->block_close, p, n) ? PEEL_EDGE_CLOSE : 0);
}
