/* chunkq.c - see chunkq.h. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "batchq.h"
#include "chunkq.h"

/* A byte-stream chunk is cut at this many bytes, so a reader's big pieces
 * (the raw reader passes its input's) pack into batches that are reused. */
enum { PIECE = 64 * 1024 };

struct ats_chunkq {
    ats_batchq *bq;
    ats_chunk_cb cb;
    void *user;
};

enum { K_CHUNK, K_RUN };

/* A run's entry: this, its n chunks, then the bytes they point into (their
 * pointers kept as offsets from those bytes). */
typedef struct run_hdr {
    size_t n;
    size_t pad;                  /* the chunks after it 16-byte aligned */
} run_hdr;

static int deliver_run(ats_chunkq *q, run_hdr *h)
{
    ats_chunk *c = (ats_chunk *)(h + 1);
    const unsigned char *bytes = (const unsigned char *)(c + h->n);
    for (size_t i = 0; i < h->n; i++) {
        c[i].bytes = bytes + (uintptr_t)c[i].bytes;
        if (c[i].note)
            c[i].note = (const char *)bytes + ((uintptr_t)c[i].note - 1);
        if (q->cb(q->user, &c[i]) != 0)
            return 1;
    }
    return 0;
}

/* An entry: the chunk, its bytes, then its note with the NUL; or a run. */
static int deliver(void *user, void *entry, unsigned kind)
{
    ats_chunkq *q = user;
    if (kind == K_RUN)
        return deliver_run(q, entry);
    ats_chunk *c = entry;
    unsigned char *bytes = (unsigned char *)(c + 1);
    c->bytes = bytes;
    if (c->note)
        c->note = (const char *)bytes + c->len;
    return q->cb(q->user, c);
}

int ats_chunkq_new(ats_chunkq **out, ats_chunk_cb cb, void *user, ats_error *err)
{
    *out = NULL;
    ats_chunkq *q = calloc(1, sizeof *q);
    if (!q)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    q->cb = cb;
    q->user = user;
    int rc = ats_bq_new(&q->bq, deliver, q, "parser", err);
    if (rc < 0) {
        free(q);
        return rc;
    }
    *out = q;
    return 0;
}

static int put1(ats_chunkq *q, const ats_chunk *c, ats_error *err)
{
    size_t nlen = c->note ? strlen(c->note) + 1 : 0;
    size_t need = sizeof *c + c->len + nlen, room;
    char *mem = ats_bq_room(q->bq, &room, err);
    if (mem && room < need)
        mem = ats_bq_grow(q->bq, need, err);
    if (!mem)
        return ATS_ENOMEM;
    memcpy(mem, c, sizeof *c);
    if (c->len)
        memcpy(mem + sizeof *c, c->bytes, c->len);
    if (nlen)
        memcpy(mem + sizeof *c + c->len, c->note, nlen);
    ats_bq_push(q->bq, need, K_CHUNK);
    return 0;
}

/* memcpy in pieces of 2 KiB: over 4 KiB glibc's memcpy takes rep movsb,
 * which the hardware runs as fast as its vector loop but valgrind counts a
 * byte an instruction, and instructions are what this code is measured by
 * (docs/performance.md). */
static void copy_pieces(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    while (n > 2048) {
        memcpy(d, s, 2048);
        d += 2048;
        s += 2048;
        n -= 2048;
    }
    memcpy(d, s, n);
}

/* A reader's run has its bytes and notes in one block (reader_util.c): the
 * span from the lowest to the highest of them is copied at once when it is
 * no bigger than what they hold, else each is copied on its own. */
int ats_chunkq_put_run(ats_chunkq *q, const ats_chunk *c, size_t n, ats_error *err)
{
    if (ats_bq_stopped(q->bq))
        return ATS_EUSER;
    uintptr_t lo = UINTPTR_MAX, hi = 0;
    size_t held = 0;
    for (size_t i = 0; i < n; i++) {
        if (c[i].kind == ATS_CHUNK_DATA && !c[i].line && c[i].len > PIECE) {
            /* a byte stream's piece: as ats_chunkq_put cuts it, in turn */
            int rc = i ? ats_chunkq_put_run(q, c, i, err) : 0;
            if (!rc)
                rc = ats_chunkq_put(q, &c[i], err);
            return rc || i + 1 == n ? rc : ats_chunkq_put_run(q, c + i + 1, n - i - 1, err);
        }
        uintptr_t a = (uintptr_t)c[i].bytes, b = a + c[i].len;
        if (c[i].len) {
            lo = a < lo ? a : lo;
            hi = b > hi ? b : hi;
        }
        held += c[i].len;
        if (c[i].note) {
            size_t k = strlen(c[i].note) + 1;
            a = (uintptr_t)c[i].note;
            lo = a < lo ? a : lo;
            hi = a + k > hi ? a + k : hi;
            held += k;
        }
    }
    int span = hi > lo && hi - lo <= held;
    size_t nb = span ? hi - lo : held;
    size_t need = sizeof(run_hdr) + n * sizeof *c + nb, room;
    char *mem = ats_bq_room(q->bq, &room, err);
    if (mem && room < need)
        mem = ats_bq_grow(q->bq, need, err);
    if (!mem)
        return ATS_ENOMEM;
    run_hdr *h = (run_hdr *)(void *)mem;
    h->n = n;
    ats_chunk *o = (ats_chunk *)(h + 1);
    unsigned char *bytes = (unsigned char *)(o + n);
    copy_pieces(o, c, n * sizeof *c);
    if (span) {
        copy_pieces(bytes, (const void *)lo, nb);
        for (size_t i = 0; i < n; i++) {
            o[i].bytes = (const uint8_t *)(c[i].len ? (uintptr_t)c[i].bytes - lo : 0);
            if (o[i].note)
                o[i].note = (const char *)((uintptr_t)c[i].note - lo + 1);
        }
    } else {
        size_t at = 0;
        for (size_t i = 0; i < n; i++) {
            if (c[i].len)
                memcpy(bytes + at, c[i].bytes, c[i].len);
            o[i].bytes = (const uint8_t *)at;
            at += c[i].len;
            if (o[i].note) {
                size_t k = strlen(c[i].note) + 1;
                memcpy(bytes + at, c[i].note, k);
                o[i].note = (const char *)(at + 1);
                at += k;
            }
        }
    }
    ats_bq_push(q->bq, need, K_RUN);
    return 0;
}

int ats_chunkq_put(ats_chunkq *q, const ats_chunk *c, ats_error *err)
{
    if (ats_bq_stopped(q->bq))
        return ATS_EUSER;
    if (c->kind != ATS_CHUNK_DATA || c->line || c->len <= PIECE)
        return put1(q, c, err);
    ats_chunk piece = *c;
    for (size_t at = 0; at < c->len; at += PIECE) {
        piece.bytes = c->bytes + at;
        piece.len = c->len - at < PIECE ? c->len - at : PIECE;
        piece.offset = c->offset + at;
        int rc = put1(q, &piece, err);
        if (rc)
            return rc;
    }
    return 0;
}

int ats_chunkq_sync(ats_chunkq *q) { return ats_bq_sync(q->bq); }

void ats_chunkq_free(ats_chunkq *q)
{
    if (!q)
        return;
    ats_bq_free(q->bq);
    free(q);
}
