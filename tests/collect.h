/* collect.h - runs the parser over bytes and renders each record as one
 * compact line, so tests assert exact transactions as readable strings. */
#ifndef ATS_TEST_COLLECT_H
#define ATS_TEST_COLLECT_H

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "atscope.h"

typedef struct collect {
    char **rec;
    size_t n, cap;
} collect;

static inline void col_add(collect *c, const char *s)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 64;
        c->rec = realloc(c->rec, c->cap * sizeof *c->rec);
    }
    c->rec[c->n++] = strdup(s);
}

static inline void col_free(collect *c)
{
    for (size_t i = 0; i < c->n; i++)
        free(c->rec[i]);
    free(c->rec);
    memset(c, 0, sizeof *c);
}

static inline size_t put(char *b, size_t cap, size_t k, const char *p, size_t n)
{
    for (size_t i = 0; i < n && k + 5 < cap; i++) {
        unsigned char ch = (unsigned char)p[i];
        if (ch >= 0x20 && ch < 0x7F)
            b[k++] = (char)ch;
        else
            k += (size_t)snprintf(b + k, cap - k, "\\x%02x", ch);
    }
    if (k >= cap)
        k = cap - 1;
    b[k] = 0;
    return k;
}

static inline int col_cb(void *user, const ats_record *r)
{
    collect *c = user;
    char b[4096];
    size_t k = 0, cap = sizeof b;
#define APP(...)                                                                         \
    do {                                                                                 \
        k += (size_t)snprintf(b + k, cap - k, __VA_ARGS__);                              \
        if (k >= cap)                                                                    \
            k = cap - 1;                                                                 \
    } while (0)
    switch (r->kind) {
    case ATS_REC_TXN: {
        const ats_txn *t = r->txn;
        APP("txn L%" PRIu64 "-%" PRIu64 " ", t->first_line, t->last_line);
        k = put(b, cap, k, t->command.text.ptr, t->command.text.len);
        APP(" %s %s", ats_txn_status_name(t->status), ats_final_kind_name(t->final_kind));
        if (t->final_code.len) {
            APP(" code=");
            k = put(b, cap, k, t->final_code.ptr, t->final_code.len);
        }
        if (t->flags & ATS_TF_ECHO)
            APP(" echo");
        if (t->flags & ATS_TF_FINAL_AFTER_NEXT)
            APP(" final-after-next");
        if (t->nresponses) {
            APP(" resp=");
            for (size_t i = 0; i < t->nresponses; i++) {
                if (i)
                    APP("|");
                k = put(b, cap, k, t->responses[i].text.ptr, t->responses[i].text.len);
            }
        }
        if (t->nurcs)
            APP(" urcs=%zu", t->nurcs);
        if (t->flags & ATS_TF_ASYNC) {
            APP(" async=%s", ats_completion_name(t->completion));
            if (t->completion_item.line)
                APP("@L%" PRIu64, t->completion_item.line);
        }
        if (t->flags & ATS_TF_PROMPT)
            APP(" prompt@L%" PRIu64, t->prompt.line);
        if (t->payload_bytes || t->payload_declared >= 0 || t->payload_end) {
            APP(" payload=%" PRIu64 "/%" PRId64 ":%s", t->payload_bytes, t->payload_declared,
                ats_payload_end_name(t->payload_end));
        }
        if (t->flags & ATS_TF_DATA_MODE)
            APP(" data-mode");
        if (t->retry_chain)
            APP(" chain=%" PRIu64 "#%u", t->retry_chain, t->attempt);
        break;
    }
    case ATS_REC_URC:
        APP("urc L%" PRIu64 " ", r->urc->item.line);
        k = put(b, cap, k, r->urc->name.ptr, r->urc->name.len);
        APP(" %s", r->urc->known ? "known" : "unknown");
        if (r->urc->inside_txn)
            APP(" inside");
        break;
    case ATS_REC_DATA:
        APP("data L%" PRIu64 "-%" PRIu64 " %s %" PRIu64 " end=", r->data->first_line,
            r->data->last_line, r->data->transparent ? "transparent" : "received",
            r->data->bytes_tx + r->data->bytes_rx + r->data->bytes_unknown);
        k = put(b, cap, k, r->data->end_reason.ptr, r->data->end_reason.len);
        break;
    case ATS_REC_ANNOTATION:
        APP("note L%" PRIu64, r->item->line);
        break;
    case ATS_REC_HOST_LOG:
        APP("host L%" PRIu64 " ", r->item->line);
        k = put(b, cap, k, r->item->text.ptr, r->item->text.len > 40 ? 40 : r->item->text.len);
        break;
    case ATS_REC_UNPARSED:
        APP("unparsed L%" PRIu64 " ", r->item->line);
        k = put(b, cap, k, r->reason.ptr, r->reason.len);
        APP(" ");
        k = put(b, cap, k, r->item->text.ptr, r->item->text.len > 40 ? 40 : r->item->text.len);
        if (r->item->flags & ATS_LF_TRUNCATED)
            APP(" truncated");
        break;
    case ATS_REC_RETRY_CHAIN:
        APP("chain L%" PRIu64 " x%u ", r->chain->first_line, r->chain->attempts);
        k = put(b, cap, k, r->chain->outcome.ptr, r->chain->outcome.len);
        break;
    }
#undef APP
    col_add(c, b);
    return 0;
}

/* Feeds data in chunks: chunk == 0 means whole; otherwise sizes from a
 * small PRNG (seed) bounded by chunk, or exactly chunk when seed == 0. Each
 * chunk is copied into its own allocation so ASan sees over-reads. */
static inline int col_run(collect *c, const ats_profile *p, const char *data, size_t len, size_t chunk,
                   unsigned seed, ats_stats *st)
{
    ats_parser *ps;
    ats_error e;
    memset(c, 0, sizeof *c);
    if (ats_parser_new(&ps, p, NULL, col_cb, c, &e) < 0)
        return -1;
    size_t off = 0;
    int rc = 0;
    while (off < len && rc == 0) {
        size_t n = len - off;
        if (chunk) {
            size_t want = chunk;
            if (seed) {
                seed = seed * 1103515245u + 12345u;
                want = 1 + (seed >> 8) % chunk;
            }
            if (want < n)
                n = want;
        }
        char *copy = malloc(n);
        memcpy(copy, data + off, n);
        rc = ats_parser_feed(ps, copy, n, &e);
        free(copy);
        off += n;
    }
    if (rc == 0)
        rc = ats_parser_finish(ps, &e);
    if (st)
        *st = *ats_parser_stats(ps);
    ats_parser_free(ps);
    return rc;
}

static inline int col_equal(const collect *a, const collect *b)
{
    if (a->n != b->n)
        return 0;
    for (size_t i = 0; i < a->n; i++)
        if (strcmp(a->rec[i], b->rec[i]))
            return 0;
    return 1;
}

static inline void col_print(const collect *c, FILE *f)
{
    for (size_t i = 0; i < c->n; i++)
        fprintf(f, "  \"%s\",\n", c->rec[i]);
}

#endif
