/* pool.c - see pool.h. A progress line goes to stderr when it is a terminal. */
#include "pool.h"
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

typedef struct pool {
    size_t n, next, done;
    void (*fn)(void *, size_t);
    void *ctx;
    const char *what;
    int progress;
    pthread_mutex_t mu;
} pool;

static void *worker(void *arg)
{
    pool *pl = arg;
    for (;;) {
        pthread_mutex_lock(&pl->mu);
        size_t i = pl->next < pl->n ? pl->next++ : pl->n;
        pthread_mutex_unlock(&pl->mu);
        if (i >= pl->n)
            return NULL;
        pl->fn(pl->ctx, i);
        pthread_mutex_lock(&pl->mu);
        pl->done++;
        if (pl->progress)
            fprintf(stderr, "\ratscope: %s %zu of %zu captures", pl->what, pl->done, pl->n);
        pthread_mutex_unlock(&pl->mu);
    }
}

void pool_run(size_t n, int jobs, void (*fn)(void *ctx, size_t i), void *ctx, const char *what)
{
    pool pl = {n, 0, 0, fn, ctx, what, isatty(STDERR_FILENO) && n > 1,
               PTHREAD_MUTEX_INITIALIZER};
    if (jobs < 1)
        jobs = 1;
    if ((size_t)jobs > n)
        jobs = (int)n;
    pthread_t th[64];
    int started = 0;
    for (int k = 1; k < jobs && k < 64; k++)
        if (pthread_create(&th[started], NULL, worker, &pl) == 0)
            started++;
    worker(&pl);              /* this thread works too */
    for (int k = 0; k < started; k++)
        pthread_join(th[k], NULL);
    if (pl.progress)
        fprintf(stderr, "\r%*s\r", 60, "");
}

int pool_default_jobs(void)
{
    long nc = sysconf(_SC_NPROCESSORS_ONLN);
    return nc > 0 ? (int)(nc > 64 ? 64 : nc) : 1;
}
