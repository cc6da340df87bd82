/* chunkq.h - a reader's chunks handed to the parser's own thread, in order.
 *
 * With two threads a capture in a library's trace costs as much to read
 * (a pattern, a time and a payload decoded per line) as to frame and build,
 * so the reader keeps the caller's thread and the framers, redaction and
 * builder run on a thread of their own, fed the reader's chunks through a
 * bounded queue (batchq.h); the records go on to the record thread (recq.h)
 * as before. A chunk is copied with its bytes and note; a byte-stream chunk
 * (line 0) is cut into pieces that fit a batch, which the framer reads the
 * same as the whole. Not installed. */
#ifndef ATS_CHUNKQ_H
#define ATS_CHUNKQ_H
#include "internal.h"

typedef struct ats_chunkq ats_chunkq;

/* Starts the thread, which calls cb with each chunk; cb's non-zero return
 * stops the stream. 0, or ATS_ENOMEM (err filled; no thread). */
int ats_chunkq_new(ats_chunkq **out, ats_chunk_cb cb, void *user, ats_error *err);
/* Queues a copy of c. 0; ATS_EUSER once the callback has stopped the
 * stream; ATS_ENOMEM (err filled). */
int ats_chunkq_put(ats_chunkq *q, const ats_chunk *c, ats_error *err);
/* Queues a copy of c[0..n), in one entry as far as it can. As above. */
int ats_chunkq_put_run(ats_chunkq *q, const ats_chunk *c, size_t n, ats_error *err);
/* Waits until every chunk put so far has been through the callback. 0, or
 * ATS_EUSER when the callback stopped the stream. */
int ats_chunkq_sync(ats_chunkq *q);
/* Stops and joins the thread; chunks not yet delivered are dropped. */
void ats_chunkq_free(ats_chunkq *q);
#endif
