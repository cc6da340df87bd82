/* chunkq.c - see chunkq.h. */
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

/* An entry: the chunk, its bytes, then its note with the NUL. */
static int deliver(void *user, void *entry, unsigned kind)
{
    (void)kind;                  /* one kind: chunks */
    ats_chunkq *q = user;
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
    ats_bq_push(q->bq, need, 0);
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
