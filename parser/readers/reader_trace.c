/* reader_trace.c - reads a host library's debug trace by its definition
 * (the formats folder): each line is matched against the definition's rules in
 * order; a data rule's payload is decoded back to the bytes that crossed the
 * wire and emitted with its direction and time, so the framer and builder
 * see what a serial capture would have shown. The library's own lines are
 * host-log records. Records that span lines (hexdump rows under a title,
 * a response buffer printed raw) are continued by the rule's "continue". */
#include <stdlib.h>
#include "fmtdef.h"
#include "reader.h"

#define TR_BUF 65536
#define TR_CUM 16384

typedef struct tr_st {
    pcre2_match_data *md;
    unsigned char *buf;
    int open;                    /* rule with a record still taking lines, -1 none */
    ats_dir open_dir;
    unsigned open_lines;
    uint64_t open_line, open_off;
    ats_time t;                  /* the current record's time */
    /* cumulative records (esp_modem's Response: the buffer so far, again;
     * chan_dongle: the unread rest of the ring buffer, again): a record's
     * first bytes that repeat the end of the previous one are dropped */
    unsigned char *prev, *cur;
    size_t nprev, ncur;
    int prev_rule, skipping;
    ats_dir prev_dir;
    unsigned char tail[4];       /* the last bytes emitted: a suffix already there is not added */
    size_t ntail;
    uint32_t *cand;              /* offsets in prev where the repeat may start */
    size_t ncand, best;          /* best: the longest repeat found complete */
} tr_st;

static int tr_init(void *vst, rd_ctx *c)
{
    tr_st *s = vst;
    const fd_def *d = c->def;
    s->open = -1;
    s->prev_rule = -1;
    s->md = pcre2_match_data_create((uint32_t)(d && d->maxgroups > 0 ? d->maxgroups : 1) + 1,
                                    NULL);
    s->buf = malloc(TR_BUF);
    s->prev = malloc(TR_CUM);
    s->cur = malloc(TR_CUM);
    s->cand = malloc(TR_CUM * sizeof *s->cand);
    return s->md && s->buf && s->prev && s->cur && s->cand && d ? 0 : -1;
}

static void tr_free(void *vst)
{
    tr_st *s = vst;
    pcre2_match_data_free(s->md);
    free(s->buf);
    free(s->prev);
    free(s->cur);
    free(s->cand);
}

static ats_dir dir_of(const rd_ctx *c, fd_side sd)
{
    switch (sd) {
    case FD_SIDE_TX: return ATS_DIR_TX;
    case FD_SIDE_RX: return ATS_DIR_RX;
    case FD_SIDE_A: return c->side_a_is_tx ? ATS_DIR_TX : ATS_DIR_RX;
    case FD_SIDE_B: return c->side_a_is_tx ? ATS_DIR_RX : ATS_DIR_TX;
    default: return ATS_DIR_UNKNOWN;
    }
}

ats_time ats_rd_time_parts(rd_ctx *c, const fd_tparts *t)
{
    ats_time none = {ATS_TIME_NONE, 0};
    switch (t->have) {
    case 1: return ats_rd_time_of_day(c, t->h, t->m, t->s, t->us);
    case 2: {
        ats_time a = ats_rd_time_abs(t->year, t->month, t->day, t->h, t->m, t->s, t->us);
        a.kind = ATS_TIME_LOCAL;
        return a;
    }
    case 3: {
        ats_time r = {ATS_TIME_RELATIVE, t->us};
        return r;
    }
    default: return none;
    }
}

static int emit(tr_st *s, rd_ctx *c, ats_dir dir, const unsigned char *p, size_t n,
                uint64_t line, uint64_t off)
{
    if (!n)
        return 0;
    for (size_t i = n > sizeof s->tail ? n - sizeof s->tail : 0; i < n; i++) {
        if (s->ntail == sizeof s->tail) {
            memmove(s->tail, s->tail + 1, sizeof s->tail - 1);
            s->ntail--;
        }
        s->tail[s->ntail++] = p[i];
    }
    if (dir != ATS_DIR_UNKNOWN && dir != s->prev_dir)
        s->prev_rule = -1;     /* the other side spoke: a new exchange, nothing repeats */
    s->prev_dir = dir;
    return ats_rd_emit(c, ATS_CHUNK_DATA, dir, s->t, p, n, line, off, NULL);
}

/* The repeat is decided: what the record has beyond it goes out. */
static int settle(tr_st *s, rd_ctx *c)
{
    s->skipping = 0;
    return emit(s, c, s->open_dir, s->cur + s->best, s->ncur - s->best, s->open_line,
                s->open_off);
}

/* Bytes of a record. A cumulative record is held back while its bytes may
 * still repeat the end of the previous record of its rule (every offset
 * where that could start is a candidate; the longest repeat that completes
 * is dropped). */
static int put(tr_st *s, rd_ctx *c, ats_dir dir, const unsigned char *p, size_t n,
               uint64_t line, uint64_t off)
{
    if (s->open < 0 || !c->def->rules[s->open].cumulative)
        return emit(s, c, dir, p, n, line, off);
    size_t i = 0;
    for (; i < n && s->skipping; i++) {
        size_t m = s->ncur;
        s->cur[s->ncur++] = p[i];
        size_t k = 0;
        for (size_t j = 0; j < s->ncand; j++) {
            size_t at = s->cand[j] + m;
            if (at < s->nprev && s->prev[at] == p[i]) {
                if (at + 1 == s->nprev) {
                    if (m + 1 > s->best)
                        s->best = m + 1;
                } else {
                    s->cand[k++] = s->cand[j];
                }
            }
        }
        s->ncand = k;
        if (!k || s->ncur == TR_CUM) {
            int rc = settle(s, c);
            if (rc)
                return rc;
        }
    }
    p += i;
    n -= i;
    size_t room = TR_CUM - s->ncur, k = n < room ? n : room;
    memcpy(s->cur + s->ncur, p, k);
    s->ncur += k;
    return emit(s, c, dir, p, n, line, off);
}

/* The suffix a trace hides (the CR after a command), unless the record
 * showed it after all. */
static int has_suffix(const tr_st *s, const fd_rule *r)
{
    return r->nsuffix <= s->ntail &&
           !memcmp(s->tail + s->ntail - r->nsuffix, r->suffix, r->nsuffix);
}

static int close_record(tr_st *s, rd_ctx *c)
{
    if (s->open < 0)
        return 0;
    const fd_rule *r = &c->def->rules[s->open];
    int rc = 0;
    if (s->skipping)
        rc = settle(s, c);
    if (rc == 0 && r->nsuffix && !has_suffix(s, r))
        rc = put(s, c, s->open_dir, r->suffix, r->nsuffix, s->open_line, s->open_off);
    if (r->cumulative) {
        memcpy(s->prev, s->cur, s->ncur);
        s->nprev = s->ncur;
        s->prev_rule = s->open;
        s->prev_dir = s->open_dir;
    }
    s->open = -1;
    return rc;
}

static int host_log(tr_st *s, rd_ctx *c, const char *p, size_t n, uint64_t line, uint64_t off,
                    const char *source)
{
    return ats_rd_emit(c, ATS_CHUNK_HOST_LOG, ATS_DIR_UNKNOWN, s->t, p, n, line, off, source);
}

static int any_rule(tr_st *s, rd_ctx *c, const char *p, size_t n)
{
    const fd_def *d = c->def;
    for (size_t k = 0; k < d->nrules; k++)
        if (ats_fd_match(&d->rules[k].pat, s->md, c->mctx, p, n))
            return 1;
    return 0;
}

/* An undirected line of a stream copy (StreamDebugger): "OKAT+CPIN?" is a
 * result and the next command on one line; "Waiting...AT+CREG?" is the
 * application's text before a command. */
static int undirected(tr_st *s, rd_ctx *c, const char *p, size_t n, int cr, uint64_t line,
                      uint64_t off)
{
    const fd_def *d = c->def;
    if (d->glue.code && ats_fd_match(&d->glue, s->md, c->mctx, p, n)) {
        ats_span fin, txt, rest;
        int gf = d->g_final, gt = d->g_text, gr = d->g_rest;
        if (ats_fd_group(s->md, gr, p, &rest)) {
            int rc = 0;
            if (gf > 0 && ats_fd_group(s->md, gf, p, &fin) && fin.len) {
                size_t k = ats_fd_decode(d->other_dec, fin.ptr, fin.len, s->buf, 0, TR_BUF - 2);
                s->buf[k++] = '\r';
                s->buf[k++] = '\n';
                rc = put(s, c, ATS_DIR_UNKNOWN, s->buf, k, line, off);
            }
            if (!rc && gt > 0 && ats_fd_group(s->md, gt, p, &txt) && txt.len)
                rc = host_log(s, c, txt.ptr, txt.len, line, off + (uint64_t)(txt.ptr - p),
                              "host text before a command");
            if (rc)
                return rc;
            off += (uint64_t)(rest.ptr - p);
            n = (size_t)(p + n - rest.ptr);
            p = rest.ptr;
        }
    }
    size_t k = ats_fd_decode(d->other_dec, p, n, s->buf, 0, TR_BUF - 2);
    if (cr)
        s->buf[k++] = '\r';
    s->buf[k++] = '\n';
    return put(s, c, ATS_DIR_UNKNOWN, s->buf, k, line, off);
}

/* A record's continuation lines are its bytes too: they carry the record's
 * line (the hexdump's title, the read that printed them), so a command is
 * found where its trace record starts. */
static int tr_line(void *vst, rd_ctx *c, const char *p, size_t n, int eol, uint64_t lineno,
                   uint64_t off)
{
    (void)eol;
    tr_st *s = vst;
    const fd_def *d = c->def;
    size_t ln = n;
    int cr = ln && p[ln - 1] == '\r';
    if (cr)
        ln--;
    if (s->open >= 0) {
        const fd_rule *r = &d->rules[s->open];
        if (s->open_lines < r->max_lines) {
            ats_span pay;
            if (r->end.code && ats_fd_match(&r->end, s->md, c->mctx, p, r->keep_cr ? n : ln) &&
                ats_fd_group(s->md, r->end.g_payload, p, &pay)) {
                size_t k = 0;
                if (r->njoin)
                    k = ats_fd_decode(FD_DEC_VERBATIM, (const char *)r->join, r->njoin, s->buf, 0,
                                  TR_BUF);
                k = ats_fd_decode(r->cont_dec, pay.ptr, pay.len, s->buf, k, TR_BUF);
                int rc = put(s, c, s->open_dir, s->buf, k, s->open_line, s->open_off);
                return rc ? rc : close_record(s, c);
            }
            if (r->cont.code && ats_fd_match(&r->cont, s->md, c->mctx, p, ln) &&
                ats_fd_group(s->md, r->cont.g_payload, p, &pay)) {
                size_t k = 0;
                if (s->open_lines && r->njoin)
                    k = ats_fd_decode(FD_DEC_VERBATIM, (const char *)r->join, r->njoin, s->buf, 0,
                                  TR_BUF);
                k = ats_fd_decode(r->cont_dec, pay.ptr, pay.len, s->buf, k, TR_BUF);
                s->open_lines++;
                return put(s, c, s->open_dir, s->buf, k, s->open_line, s->open_off);
            }
            if (r->cont_until_rule && !(r->stop.code && ats_fd_match(&r->stop, s->md, c->mctx, p, ln)) &&
                !any_rule(s, c, p, ln)) {
                size_t k = 0;
                if (r->njoin)
                    k = ats_fd_decode(FD_DEC_VERBATIM, (const char *)r->join, r->njoin, s->buf, 0,
                                  TR_BUF);
                k = ats_fd_decode(r->cont_dec, p, r->keep_cr ? n : ln, s->buf, k, TR_BUF);
                s->open_lines++;
                return put(s, c, s->open_dir, s->buf, k, s->open_line, s->open_off);
            }
        }
        int rc = close_record(s, c);
        if (rc)
            return rc;
    }
    for (size_t k = 0; k < d->nrules; k++) {
        const fd_rule *r = &d->rules[k];
        if (!ats_fd_match(&r->pat, s->md, c->mctx, p, ln))
            continue;
        fd_tparts tp;
        ats_fd_time_parts(&r->pat, s->md, p, &tp);
        if (tp.have)
            s->t = ats_rd_time_parts(c, &tp);
        else if (!d->info.has_time && c->wrap_time.kind != ATS_TIME_NONE)
            s->t = c->wrap_time;
        if (r->host_log || (k < 32 && (c->defer_mask >> k & 1)))
            return host_log(s, c, p, ln, lineno, off, r->source);
        fd_side sd = r->side;
        ats_span tok, pay;
        if (r->nmap && ats_fd_group(s->md, r->pat.g_dir, p, &tok))
            sd = ats_fd_rule_side(r, tok.ptr, tok.len);
        ats_dir dir = dir_of(c, sd);
        if (!ats_fd_group(s->md, r->pat.g_payload, p, &pay))
            pay.ptr = p + ln, pay.len = 0;
        if (r->keep_cr && cr && pay.ptr + pay.len == p + ln)
            pay.len++;
        if (dir == ATS_DIR_UNKNOWN && d->glue.code)
            return undirected(s, c, pay.ptr, pay.len, 0, lineno, off + (uint64_t)(pay.ptr - p));
        int one_line = 0;
        ats_span inner;
        if (r->end.code && ats_fd_match(&r->end, s->md, c->mctx, pay.ptr, pay.len) &&
            ats_fd_group(s->md, r->end.g_payload, pay.ptr, &inner)) {
            pay = inner;       /* the record opens and ends on this line */
            one_line = 1;
        }
        s->ntail = 0;
        if (r->cont.code || r->cont_until_rule || r->cumulative) {
            s->open = (int)k;
            s->open_dir = dir;
            s->open_lines = 0;
            s->open_line = lineno;
            s->open_off = off;
            s->ncur = 0;
            s->best = 0;
            s->skipping = r->cumulative && s->prev_rule == (int)k && s->prev_dir == dir &&
                          s->nprev > 0;
            s->ncand = 0;
            for (size_t j = 0; s->skipping && j < s->nprev; j++)
                s->cand[s->ncand++] = (uint32_t)j;
        }
        size_t len;
        if (r->strip.code) {
            /* what the library printed inside the payload (a stamp after every
             * read) is not payload */
            PCRE2_SIZE olen = TR_BUF;
            int q = pcre2_substitute(r->strip.code, (PCRE2_SPTR)pay.ptr, pay.len, 0,
                                     PCRE2_SUBSTITUTE_GLOBAL, s->md, c->mctx, (PCRE2_SPTR) "", 0,
                                     s->buf, &olen);
            if (q > 0) {
                memcpy(s->buf + TR_BUF / 2, s->buf, olen < TR_BUF / 2 ? olen : TR_BUF / 2);
                pay.ptr = (const char *)s->buf + TR_BUF / 2;
                pay.len = olen < TR_BUF / 2 ? olen : TR_BUF / 2;
            }
        }
        len = ats_fd_decode(r->dec, pay.ptr, pay.len, s->buf, 0, TR_BUF / 2);
        int rc = put(s, c, dir, s->buf, len, lineno, off + (uint64_t)(pay.ptr - p));
        if (rc == 0 && one_line && s->open >= 0)
            return close_record(s, c);
        if (rc == 0 && s->open < 0 && r->nsuffix && !(len && has_suffix(s, r)))
            rc = put(s, c, dir, r->suffix, r->nsuffix, lineno, off);
        return rc;
    }
    if (c->wrap_time.kind != ATS_TIME_NONE && !d->info.has_time)
        s->t = c->wrap_time;
    if (d->other_data)
        return undirected(s, c, p, ln, cr, lineno, off);
    return host_log(s, c, p, ln, lineno, off, "other");
}

static int tr_finish(void *vst, rd_ctx *c) { return close_record(vst, c); }

/* Detection is the input's: it scores every definition on the sample. */
const rd_vt ats_rd_trace = {
    {"trace", "a host library's debug trace, read by its format definition",
     "a definition's rules", 1, 1, 1},
    NULL, sizeof(tr_st), 0, tr_init, tr_line, NULL, tr_finish, tr_free, ATS_CF_NO_NOTES};
