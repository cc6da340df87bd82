/* readahead.c - see readahead.h. */
#include "readahead.h"
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

enum { RA_SLOTS = 4 };

struct readahead {
    int fd;
    size_t block;
    char *buf[RA_SLOTS];
    size_t len[RA_SLOTS];
    int full[RA_SLOTS];       /* filled by the thread, not yet released by the reader */
    int eof, err, stop;       /* err: errno of a failed read */
    size_t head;              /* next slot the thread fills */
    size_t tail;              /* next slot the reader takes */
    int holding;              /* the reader holds slot tail - 1 */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    pthread_t th;
};

static void *run(void *arg)
{
    readahead *ra = arg;
    for (;;) {
        pthread_mutex_lock(&ra->mu);
        while (!ra->stop && ra->full[ra->head])
            pthread_cond_wait(&ra->cv, &ra->mu);
        if (ra->stop) {
            pthread_mutex_unlock(&ra->mu);
            return NULL;
        }
        size_t slot = ra->head;
        pthread_mutex_unlock(&ra->mu);

        ssize_t n;
        do
            n = read(ra->fd, ra->buf[slot], ra->block);
        while (n < 0 && errno == EINTR);

        pthread_mutex_lock(&ra->mu);
        if (n <= 0) {
            ra->eof = 1;
            ra->err = n < 0 ? errno : 0;
            pthread_cond_broadcast(&ra->cv);
            pthread_mutex_unlock(&ra->mu);
            return NULL;
        }
        ra->len[slot] = (size_t)n;
        ra->full[slot] = 1;
        ra->head = (slot + 1) % RA_SLOTS;
        pthread_cond_broadcast(&ra->cv);
        pthread_mutex_unlock(&ra->mu);
    }
}

int ra_start(readahead **out, int fd, size_t block)
{
    *out = NULL;
    readahead *ra = calloc(1, sizeof *ra);
    if (!ra)
        return ENOMEM;
    ra->fd = fd;
    ra->block = block;
    for (int i = 0; i < RA_SLOTS; i++)
        if (!(ra->buf[i] = malloc(block))) {
            for (int j = 0; j < i; j++)
                free(ra->buf[j]);
            free(ra);
            return ENOMEM;
        }
    int rc = pthread_mutex_init(&ra->mu, NULL);
    if (rc == 0 && (rc = pthread_cond_init(&ra->cv, NULL)) != 0)
        pthread_mutex_destroy(&ra->mu);
    if (rc == 0 && (rc = pthread_create(&ra->th, NULL, run, ra)) != 0) {
        pthread_cond_destroy(&ra->cv);
        pthread_mutex_destroy(&ra->mu);
    }
    if (rc != 0) {
        for (int i = 0; i < RA_SLOTS; i++)
            free(ra->buf[i]);
        free(ra);
        return rc;
    }
    *out = ra;
    return 0;
}

ssize_t ra_next(readahead *ra, const char **p)
{
    pthread_mutex_lock(&ra->mu);
    if (ra->holding) {              /* the previous block is done with */
        ra->full[(ra->tail + RA_SLOTS - 1) % RA_SLOTS] = 0;
        ra->holding = 0;
        pthread_cond_broadcast(&ra->cv);
    }
    while (!ra->full[ra->tail] && !ra->eof)
        pthread_cond_wait(&ra->cv, &ra->mu);
    ssize_t n;
    if (ra->full[ra->tail]) {       /* blocks read before an end or error come first */
        *p = ra->buf[ra->tail];
        n = (ssize_t)ra->len[ra->tail];
        ra->tail = (ra->tail + 1) % RA_SLOTS;
        ra->holding = 1;
    } else if (ra->err) {
        errno = ra->err;
        n = -1;
    } else {
        n = 0;
    }
    pthread_mutex_unlock(&ra->mu);
    return n;
}

void ra_stop(readahead *ra)
{
    if (!ra)
        return;
    pthread_mutex_lock(&ra->mu);
    ra->stop = 1;
    pthread_cond_broadcast(&ra->cv);
    pthread_mutex_unlock(&ra->mu);
    pthread_join(ra->th, NULL);
    pthread_cond_destroy(&ra->cv);
    pthread_mutex_destroy(&ra->mu);
    for (int i = 0; i < RA_SLOTS; i++)
        free(ra->buf[i]);
    free(ra);
}
