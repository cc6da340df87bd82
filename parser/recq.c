/* recq.c - see recq.h: records and the tap's lines packed as batchq
 * entries of two kinds. */
#include <stdlib.h>
#include "batchq.h"
#include "recq.h"

enum { ENT_RECORD, ENT_LINE };

struct ats_recq {
    ats_batchq *bq;
    ats_record_cb cb;
    void *user;
    ats_line_cb line_cb;         /* set before the first put, read by the record thread */
    void *line_user;
};

static int deliver(void *user, void *entry, unsigned kind)
{
    ats_recq *q = user;
    if (kind == ENT_LINE)
        return q->line_cb ? q->line_cb(q->line_user, entry) : 0;
    return q->cb(q->user, entry);
}

int ats_recq_new(ats_recq **out, ats_record_cb cb, void *user, ats_error *err)
{
    *out = NULL;
    ats_recq *q = calloc(1, sizeof *q);
    if (!q)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    q->cb = cb;
    q->user = user;
    int rc = ats_bq_new(&q->bq, deliver, q, "record", err);
    if (rc < 0) {
        free(q);
        return rc;
    }
    *out = q;
    return 0;
}

/* an entry of `kind` for src into mem: its size; *fitted says whether it
 * fitted in cap bytes */
static size_t flatten(unsigned kind, void *mem, size_t cap, const void *src, int *fitted)
{
    size_t n;
    if (kind == ENT_LINE) {
        ats_line *l;
        n = ats_line_flatten(mem, cap, src, &l);
        *fitted = l != NULL;
    } else {
        ats_record *r;
        n = ats_record_flatten(mem, cap, src, &r);
        *fitted = r != NULL;
    }
    return n;
}

static int put(ats_recq *q, unsigned kind, const void *src, ats_error *err)
{
    if (ats_bq_stopped(q->bq))
        return ATS_EUSER;
    size_t room;
    char *mem = ats_bq_room(q->bq, &room, err);
    if (!mem)
        return ATS_ENOMEM;
    int fitted;
    size_t need = flatten(kind, mem, room, src, &fitted);
    if (!fitted) {               /* the next batch, or one of its own */
        if (!(mem = ats_bq_grow(q->bq, need, err)))
            return ATS_ENOMEM;
        flatten(kind, mem, need, src, &fitted);
    }
    ats_bq_push(q->bq, need, kind);
    return 0;
}

int ats_recq_put(ats_recq *q, const ats_record *r, ats_error *err)
{
    return put(q, ENT_RECORD, r, err);
}

void ats_recq_set_line_cb(ats_recq *q, ats_line_cb cb, void *user)
{
    q->line_cb = cb;
    q->line_user = user;
}

int ats_recq_put_line(ats_recq *q, const ats_line *l, ats_error *err)
{
    return put(q, ENT_LINE, l, err);
}

void ats_recq_flush(ats_recq *q) { ats_bq_flush(q->bq); }

int ats_recq_sync(ats_recq *q) { return ats_bq_sync(q->bq); }

void ats_recq_free(ats_recq *q)
{
    if (!q)
        return;
    ats_bq_free(q->bq);
    free(q);
}
