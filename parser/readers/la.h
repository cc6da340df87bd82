/* la.h - gathering one-byte-per-row captures into chunks (byterows.c):
 * logic-analyser exports and byte-per-line sniffers. Bytes of one side are
 * gathered while they follow each other (by time when rows carry it), up to
 * a line end or 64 KiB; a side's direction is given, or decided from what it
 * sends (the side whose lines start with AT and never answer like a modem). */
#ifndef ATS_LA_H
#define ATS_LA_H
#include "reader.h"

typedef struct la la;
la *ats_la_new(int64_t fallback_gap);
void ats_la_free(la *a);
/* a side by name; decide: direction from the content (dir when the
 * content cannot tell), else dir */
int ats_la_key(la *a, const char *name, size_t n, int decide, ats_dir dir);
int ats_la_byte(la *a, rd_ctx *c, int key, ats_time t, int has_tick, int64_t tick, int64_t dur,
            unsigned char b, uint64_t line, uint64_t off);
int ats_la_other(la *a, rd_ctx *c, ats_chunk_kind kind, int key, ats_time t, const char *text,
             size_t len, uint64_t line, uint64_t off, const char *note);
int ats_la_finish(la *a, rd_ctx *c);
#endif
