/* recq.c - see recq.h. One mutex guards the queue; the threads meet once
 * per batch (hundreds of records), never per record. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include "recq.h"

enum {
    BATCH = 256 * 1024,   /* a batch's bytes: a few hundred records */
    QUEUE = 4,            /* full batches waiting for the record thread */
    SPARE = QUEUE + 2,    /* empty batches kept for reuse */
    HDR = 16              /* an entry's length, before its record */
};

typedef struct batch {
    struct batch *next;
    char *mem;            /* malloc's alignment suits every record type */
    size_t len, cap;
} batch;

struct ats_recq {
    ats_record_cb cb;
    void *user;
    batch *open;                 /* the parser's thread fills it; no lock */
    pthread_mutex_t mu;
    pthread_cond_t work;         /* to the record thread: a batch, or quit */
    pthread_cond_t room;         /* to the parser's thread: room, or all delivered */
    batch *head, *tail;          /* full batches, oldest first */
    size_t nq;
    batch *spare;
    size_t nspare;
    int busy;                    /* the record thread holds a batch */
    int quit;
    atomic_int stopped;          /* the callback returned non-zero */
    pthread_t th;
};

static size_t round16(size_t n) { return (n + 15) & ~(size_t)15; }

static void batch_free(batch *b)
{
    if (b) {
        free(b->mem);
        free(b);
    }
}

/* an empty batch of at least `need` bytes; locks for the spare list */
static batch *batch_get(ats_recq *q, size_t need)
{
    batch *b = NULL;
    if (need <= BATCH) {
        pthread_mutex_lock(&q->mu);
        if ((b = q->spare) != NULL) {
            q->spare = b->next;
            q->nspare--;
        }
        pthread_mutex_unlock(&q->mu);
        if (b)
            return b;
    }
    size_t cap = need <= BATCH ? BATCH : need;
    b = malloc(sizeof *b);
    if (b && !(b->mem = malloc(cap))) {
        free(b);
        b = NULL;
    }
    if (b) {
        b->next = NULL;
        b->len = 0;
        b->cap = cap;
    }
    return b;
}

/* under the lock */
static void batch_put(ats_recq *q, batch *b)
{
    if (b->cap == BATCH && q->nspare < SPARE) {
        b->len = 0;
        b->next = q->spare;
        q->spare = b;
        q->nspare++;
    } else {
        batch_free(b);
    }
}

static void *run(void *arg)
{
    ats_recq *q = arg;
    pthread_mutex_lock(&q->mu);
    for (;;) {
        while (!q->head && !q->quit)
            pthread_cond_wait(&q->work, &q->mu);
        if (q->quit)
            break;
        batch *b = q->head;
        q->head = b->next;
        if (!q->head)
            q->tail = NULL;
        q->nq--;
        q->busy = 1;
        pthread_cond_signal(&q->room);
        pthread_mutex_unlock(&q->mu);
        /* after a stop the rest is only taken off the queue */
        for (size_t off = 0; off < b->len && !atomic_load_explicit(&q->stopped, memory_order_relaxed);) {
            size_t sz;
            memcpy(&sz, b->mem + off, sizeof sz);
            if (q->cb(q->user, (const ats_record *)(void *)(b->mem + off + HDR)) != 0)
                atomic_store(&q->stopped, 1);
            off += sz;
        }
        pthread_mutex_lock(&q->mu);
        batch_put(q, b);
        q->busy = 0;
        pthread_cond_signal(&q->room);
    }
    pthread_mutex_unlock(&q->mu);
    return NULL;
}

int ats_recq_new(ats_recq **out, ats_record_cb cb, void *user, ats_error *err)
{
    *out = NULL;
    ats_recq *q = calloc(1, sizeof *q);
    if (!q)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    q->cb = cb;
    q->user = user;
    atomic_init(&q->stopped, 0);
    int rc = pthread_mutex_init(&q->mu, NULL);
    if (rc == 0 && (rc = pthread_cond_init(&q->work, NULL)) != 0)
        pthread_mutex_destroy(&q->mu);
    if (rc == 0 && (rc = pthread_cond_init(&q->room, NULL)) != 0) {
        pthread_cond_destroy(&q->work);
        pthread_mutex_destroy(&q->mu);
    }
    if (rc == 0 && (rc = pthread_create(&q->th, NULL, run, q)) != 0) {
        pthread_cond_destroy(&q->room);
        pthread_cond_destroy(&q->work);
        pthread_mutex_destroy(&q->mu);
    }
    if (rc != 0) {
        free(q);
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "cannot start the record thread");
    }
    *out = q;
    return 0;
}

/* Queues the open batch, waiting while the queue is full. */
static void hand_over(ats_recq *q)
{
    batch *b = q->open;
    if (!b || !b->len)
        return;
    q->open = NULL;
    pthread_mutex_lock(&q->mu);
    while (q->nq >= QUEUE && !atomic_load(&q->stopped))
        pthread_cond_wait(&q->room, &q->mu);
    if (atomic_load(&q->stopped)) {
        batch_put(q, b);
    } else {
        b->next = NULL;
        if (q->tail)
            q->tail->next = b;
        else
            q->head = b;
        q->tail = b;
        q->nq++;
        pthread_cond_signal(&q->work);
    }
    pthread_mutex_unlock(&q->mu);
}

int ats_recq_put(ats_recq *q, const ats_record *r, ats_error *err)
{
    if (atomic_load_explicit(&q->stopped, memory_order_relaxed))
        return ATS_EUSER;
    if (!q->open && !(q->open = batch_get(q, BATCH)))
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    batch *b = q->open;
    size_t room = b->len + HDR < b->cap ? b->cap - b->len - HDR : 0;
    ats_record *copy;
    size_t need = ats_record_flatten(b->mem + b->len + HDR, room, r, &copy);
    if (!copy) {                 /* the next batch, or one of its own */
        if (b->len) {
            hand_over(q);
        } else {                 /* too big for any batch of the usual size */
            pthread_mutex_lock(&q->mu);
            batch_put(q, b);
            pthread_mutex_unlock(&q->mu);
            q->open = NULL;
        }
        if (!(q->open = batch_get(q, HDR + round16(need))))
            return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
        b = q->open;
        ats_record_flatten(b->mem + HDR, b->cap - HDR, r, &copy);
    }
    need = HDR + round16(need);
    memcpy(b->mem + b->len, &need, sizeof need);
    b->len += need;
    return 0;
}

void ats_recq_flush(ats_recq *q) { hand_over(q); }

int ats_recq_sync(ats_recq *q)
{
    hand_over(q);
    pthread_mutex_lock(&q->mu);
    while (q->head || q->busy)
        pthread_cond_wait(&q->room, &q->mu);
    pthread_mutex_unlock(&q->mu);
    return atomic_load(&q->stopped) ? ATS_EUSER : 0;
}

void ats_recq_free(ats_recq *q)
{
    if (!q)
        return;
    pthread_mutex_lock(&q->mu);
    q->quit = 1;
    pthread_cond_signal(&q->work);
    pthread_mutex_unlock(&q->mu);
    pthread_join(q->th, NULL);
    pthread_cond_destroy(&q->room);
    pthread_cond_destroy(&q->work);
    pthread_mutex_destroy(&q->mu);
    batch_free(q->open);
    for (batch *b = q->head, *n; b; b = n) {
        n = b->next;
        batch_free(b);
    }
    for (batch *b = q->spare, *n; b; b = n) {
        n = b->next;
        batch_free(b);
    }
    free(q);
}
