/* batchq.c - see batchq.h. One mutex guards the queue; the threads meet once
 * per batch (hundreds of entries), never per entry. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include "batchq.h"

enum {
    BATCH = ATS_BQ_BATCH,
    QUEUE = 4,            /* full batches waiting for the consumer */
    SPARE = QUEUE + 2,    /* empty batches kept for reuse */
    HDR = 16              /* an entry's length and kind, before its bytes */
};

typedef struct batch {
    struct batch *next;
    char *mem;            /* malloc's alignment suits every record type */
    size_t len, cap;
} batch;

struct ats_batchq {
    ats_bq_cb cb;
    void *user;
    batch *open;                 /* the producer fills it; no lock */
    const char *what;
    pthread_mutex_t mu;
    pthread_cond_t work;         /* to the consumer: a batch, or quit */
    pthread_cond_t room;         /* to the producer: room, or all delivered */
    batch *head, *tail;          /* full batches, oldest first */
    size_t nq;
    batch *spare;
    size_t nspare;
    int busy;                    /* the consumer holds a batch */
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
static batch *batch_get(ats_batchq *q, size_t need)
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
static void batch_put(ats_batchq *q, batch *b)
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
    ats_batchq *q = arg;
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
            unsigned kind;
            memcpy(&sz, b->mem + off, sizeof sz);
            memcpy(&kind, b->mem + off + sizeof sz, sizeof kind);
            if (q->cb(q->user, b->mem + off + HDR, kind) != 0)
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

int ats_bq_new(ats_batchq **out, ats_bq_cb cb, void *user, const char *what, ats_error *err)
{
    *out = NULL;
    ats_batchq *q = calloc(1, sizeof *q);
    if (!q)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    q->cb = cb;
    q->user = user;
    q->what = what;
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
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "cannot start the %s thread", what);
    }
    *out = q;
    return 0;
}

/* Queues the open batch, waiting while the queue is full. */
static void hand_over(ats_batchq *q)
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

void *ats_bq_room(ats_batchq *q, size_t *room, ats_error *err)
{
    if (!q->open && !(q->open = batch_get(q, BATCH))) {
        ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
        return NULL;
    }
    batch *b = q->open;
    *room = b->len + HDR < b->cap ? b->cap - b->len - HDR : 0;
    return b->mem + b->len + HDR;
}

void *ats_bq_grow(ats_batchq *q, size_t need, ats_error *err)
{
    batch *b = q->open;
    if (b && b->len) {
        hand_over(q);
    } else if (b) {              /* too big for any batch of the usual size */
        pthread_mutex_lock(&q->mu);
        batch_put(q, b);
        pthread_mutex_unlock(&q->mu);
        q->open = NULL;
    }
    if (!(q->open = batch_get(q, HDR + round16(need)))) {
        ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
        return NULL;
    }
    return q->open->mem + HDR;
}

void ats_bq_push(ats_batchq *q, size_t used, unsigned kind)
{
    batch *b = q->open;
    size_t need = HDR + round16(used);
    memcpy(b->mem + b->len, &need, sizeof need);
    memcpy(b->mem + b->len + sizeof need, &kind, sizeof kind);
    b->len += need;
}

int ats_bq_stopped(const ats_batchq *q)
{
    return atomic_load_explicit(&q->stopped, memory_order_relaxed);
}

void ats_bq_flush(ats_batchq *q) { hand_over(q); }

int ats_bq_sync(ats_batchq *q)
{
    hand_over(q);
    pthread_mutex_lock(&q->mu);
    while (q->head || q->busy)
        pthread_cond_wait(&q->room, &q->mu);
    pthread_mutex_unlock(&q->mu);
    return atomic_load(&q->stopped) ? ATS_EUSER : 0;
}

void ats_bq_free(ats_batchq *q)
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
