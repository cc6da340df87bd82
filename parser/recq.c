/* recq.c - see recq.h: records packed as batchq entries. */
#include <stdlib.h>
#include "batchq.h"
#include "recq.h"

struct ats_recq {
    ats_batchq *bq;
    ats_record_cb cb;
    void *user;
};

static int deliver(void *user, void *entry)
{
    ats_recq *q = user;
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

int ats_recq_put(ats_recq *q, const ats_record *r, ats_error *err)
{
    if (ats_bq_stopped(q->bq))
        return ATS_EUSER;
    size_t room;
    char *mem = ats_bq_room(q->bq, &room, err);
    if (!mem)
        return ATS_ENOMEM;
    ats_record *copy;
    size_t need = ats_record_flatten(mem, room, r, &copy);
    if (!copy) {                 /* the next batch, or one of its own */
        if (!(mem = ats_bq_grow(q->bq, need, err)))
            return ATS_ENOMEM;
        ats_record_flatten(mem, need, r, &copy);
    }
    ats_bq_push(q->bq, need);
    return 0;
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
