/* batchq.h - entries handed to a second thread, in order, in batches.
 *
 * The producing thread packs each entry into the open batch, a block of
 * ATS_BQ_BATCH bytes; a full batch joins a queue of at most a few, and when
 * the queue is full the producer waits, so memory stays bounded however far
 * one side runs ahead. The consumer thread calls the callback with each
 * entry in the order they were packed; the two threads meet once per batch,
 * never per entry. Batches are reused, not freed. What an entry holds is the
 * user's (recq.c packs records, chunkq.c a reader's chunks). Not installed. */
#ifndef ATS_BATCHQ_H
#define ATS_BATCHQ_H
#include <stddef.h>
#include "internal.h"

enum { ATS_BQ_BATCH = 256 * 1024 };

typedef struct ats_batchq ats_batchq;

/* Called on the consumer thread with an entry's bytes (16-byte aligned) and
 * the kind it was pushed with; non-zero stops the stream: nothing after that
 * entry is delivered. */
typedef int (*ats_bq_cb)(void *user, void *entry, unsigned kind);

/* Starts the thread. 0, or ATS_ENOMEM (err filled; no thread). `what` names
 * the thread in that error. */
int ats_bq_new(ats_batchq **out, ats_bq_cb cb, void *user, const char *what, ats_error *err);
/* Where the next entry goes: *room bytes at the returned address (16-byte
 * aligned; *room may be 0). NULL (err filled) when out of memory. */
void *ats_bq_room(ats_batchq *q, size_t *room, ats_error *err);
/* An entry that did not fit in the room: hands the open batch over and
 * returns room for at least `need` bytes (a batch of its own if `need` is
 * more than a batch). NULL (err filled) when out of memory. */
void *ats_bq_grow(ats_batchq *q, size_t need, ats_error *err);
/* The entry written at the room is `used` bytes long, of the user's `kind`
 * (what the entry holds, for a queue of more than one). */
void ats_bq_push(ats_batchq *q, size_t used, unsigned kind);
/* The callback has stopped the stream. */
int ats_bq_stopped(const ats_batchq *q);
/* Hands the open batch over, so what was pushed is delivered without
 * waiting for the batch to fill. */
void ats_bq_flush(ats_batchq *q);
/* Waits until every entry pushed so far has been delivered. 0, or ATS_EUSER
 * when the callback stopped the stream. */
int ats_bq_sync(ats_batchq *q);
/* Stops and joins the thread; entries not yet delivered are dropped. */
void ats_bq_free(ats_batchq *q);
#endif
