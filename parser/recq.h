/* recq.h - records handed to a second thread, in order, in batches.
 *
 * The parser's thread (reader, framers, redaction, builder) puts each record
 * as the builder makes it; the record thread calls the user's record
 * callback (analyzer, rules, output) with them in the same order. The line
 * tap's lines (the evidence window's food) are put the same way, between the
 * records, so the record thread sees lines and records interleaved exactly as
 * one thread would. Each is copied (record_copy.c) into a batch of a bounded
 * queue (batchq.h), so memory stays bounded however far one side runs
 * ahead. Not installed. */
#ifndef ATS_RECQ_H
#define ATS_RECQ_H
#include "internal.h"

typedef struct ats_recq ats_recq;

/* Starts the record thread. 0, or ATS_ENOMEM (err filled; no thread). */
int ats_recq_new(ats_recq **out, ats_record_cb cb, void *user, ats_error *err);
/* Queues a copy of r. 0; ATS_EUSER once a callback has stopped the stream
 * (a record or line it returned non-zero for: nothing after it is
 * delivered); ATS_ENOMEM (err filled). */
int ats_recq_put(ats_recq *q, const ats_record *r, ats_error *err);
/* Where the lines put go, on the record thread (set before the first put). */
void ats_recq_set_line_cb(ats_recq *q, ats_line_cb cb, void *user);
/* Queues a copy of l, its text and note; returns as ats_recq_put. */
int ats_recq_put_line(ats_recq *q, const ats_line *l, ats_error *err);
/* Hands the open batch over, so what was put is delivered without waiting
 * for the batch to fill. */
void ats_recq_flush(ats_recq *q);
/* Waits until every record and line put so far has been delivered. 0, or
 * ATS_EUSER when a callback stopped the stream. */
int ats_recq_sync(ats_recq *q);
/* Stops and joins the thread; entries not yet delivered are dropped. */
void ats_recq_free(ats_recq *q);

/* record_copy.c: r and what it points to, copied into mem (aligned for any
 * type) if they fit in cap bytes; *out is the copy, or NULL when they did not
 * fit. Returns the bytes they take either way. */
size_t ats_record_flatten(void *mem, size_t cap, const ats_record *r, ats_record **out);
/* The same for a line: l, its text and its note. */
size_t ats_line_flatten(void *mem, size_t cap, const ats_line *l, ats_line **out);
#endif
