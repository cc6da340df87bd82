/* fuzz_common.h - shared by the fuzz harnesses: the libFuzzer entry points,
 * chunk-size choice and feeding through an own allocation per chunk. */
#ifndef ATS_FUZZ_COMMON_H
#define ATS_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "atscope.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Chunk sizes a selector picks from: 0 is "whole input at once". */
static const size_t fz_chunk_sizes[16] = {0, 1, 2, 3, 4, 5, 7, 8, 13, 16, 31, 64, 100, 255, 1000, 4096};

/* A small PRNG (xorshift32) for chunk sizes and decisions; never 0. */
static inline uint32_t fz_rand(uint32_t *s)
{
    uint32_t x = *s ? *s : 0x9E3779B9u;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *s = x;
}

/* A copy of p[0..n) in its own allocation: ASan reports any read past its
 * end or before its start, which a slice of the fuzzer's buffer would hide.
 * malloc(0) may return NULL: give one byte and pass length 0. */
static inline void *fz_copy(const void *p, size_t n)
{
    void *q = malloc(n ? n : 1);
    if (!q)
        abort();
    if (n)
        memcpy(q, p, n);
    return q;
}

/* Known bugs, reported and kept as fuzz/corpus/<target>/regress-* (the
 * replay runs them). With ATS_FUZZ_SKIP_KNOWN=1 in the environment (set by
 * fuzz/run.sh) the harnesses steer around them, so a fuzzing run looks for
 * new bugs instead of finding these again and again. Delete each check
 * when its bug is fixed. */
static inline int fz_skip_known(void)
{
    static int on = -1;
    if (on < 0)
        on = getenv("ATS_FUZZ_SKIP_KNOWN") != NULL;
    return on;
}

/* regress-saleae-year-overflow: a date "YYYY-MM-DD" whose year is far from
 * now overflows int64 nanoseconds (parser/readers/reader_saleae.c iso_time). */
static inline int fz_known_far_year(const uint8_t *d, size_t n)
{
    for (size_t i = 0; i + 10 <= n; i++) {
        if (d[i + 4] != '-' || d[i + 7] != '-')
            continue;
        int y = 0, ok = 1;
        for (size_t j = 0; j < 4; j++) {
            ok &= d[i + j] >= '0' && d[i + j] <= '9';
            y = y * 10 + (d[i + j] - '0');
        }
        if (ok && (y < 1700 || y > 2240))
            return 1;
    }
    return 0;
}

/* regress-utf16-odd-byte-memcpy-null: UTF-16 input with an odd byte left at
 * the end passes NULL to memcpy (parser/readers/input.c transcode). Looks UTF-16:
 * a BOM, or NULs in a quarter of the bytes. */
static inline int fz_known_utf16_odd(const uint8_t *d, size_t n)
{
    if (!(n & 1))
        return 0;
    if (n >= 2 && ((d[0] == 0xFF && d[1] == 0xFE) || (d[0] == 0xFE && d[1] == 0xFF)))
        return 1;
    size_t nul = 0;
    for (size_t i = 0; i < n; i++)
        nul += d[i] == 0;
    return nul * 4 >= n;
}

/* Reads every byte a record points at, so ASan reports a span that points
 * into freed or foreign memory (records are borrowed: valid during the
 * callback). Returns a checksum so the reads are kept. */
static inline unsigned long fz_span(const ats_span *s)
{
    unsigned long h = s->len;
    if (s->len && !s->ptr)
        abort();
    for (size_t i = 0; i < s->len; i++)
        h = h * 31 + (unsigned char)s->ptr[i];
    return h;
}

static inline unsigned long fz_item(const ats_item *it) { return fz_span(&it->text) + it->line; }

static inline unsigned long fz_touch_record(const ats_record *r)
{
    unsigned long h = (unsigned long)r->kind;
    switch (r->kind) {
    case ATS_REC_TXN: {
        const ats_txn *t = r->txn;
        h += fz_item(&t->command) + fz_item(&t->final) + fz_span(&t->final_code);
        for (size_t i = 0; i < t->ncmds; i++) {
            h += fz_span(&t->cmds[i].name) + fz_span(&t->cmds[i].args_raw);
            for (size_t j = 0; j < t->cmds[i].nargs; j++)
                h += fz_span(&t->cmds[i].args[j]);
        }
        for (size_t i = 0; i < t->nresponses; i++)
            h += fz_item(&t->responses[i]);
        for (size_t i = 0; i < t->nurcs; i++)
            h += t->urc_ids[i];
        h += fz_item(&t->prompt) + fz_span(&t->payload_preview) + fz_item(&t->completion_item);
        h += fz_span(&t->sock);
        if (t->info.section)
            h += strlen(t->info.section);
        if (t->nwaiting > ATS_MAX_WAITING)
            abort();
        for (size_t i = 0; i < t->nwaiting; i++)
            h += fz_span(&t->waiting[i].command) + fz_span(&t->waiting[i].name) +
                 fz_span(&t->waiting[i].cmd) + fz_span(&t->waiting[i].sock);
        if (t->first_line > t->last_line)
            abort();
        break;
    }
    case ATS_REC_URC:
        h += fz_item(&r->urc->item) + fz_span(&r->urc->name);
        break;
    case ATS_REC_DATA:
        h += fz_span(&r->data->preview) + fz_span(&r->data->end_reason) + fz_item(&r->data->end_item);
        break;
    case ATS_REC_ANNOTATION:
    case ATS_REC_UNPARSED:
    case ATS_REC_HOST_LOG:
        h += fz_item(r->item) + fz_span(&r->reason);
        break;
    case ATS_REC_RETRY_CHAIN:
        h += fz_span(&r->chain->command) + fz_span(&r->chain->outcome);
        for (size_t i = 0; i < r->chain->ntxns; i++)
            h += r->chain->txns[i];
        break;
    default:
        abort();
    }
    return h;
}

#endif
