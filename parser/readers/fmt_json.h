/* fmt_json.h - the log line of a JSON Lines export (a wrapper's "json"
 * key: journalctl -o json's MESSAGE, a shipper's "log" or "line"). */
#ifndef ATS_FMT_JSON_H
#define ATS_FMT_JSON_H

#include "fmtdef.h"

#define FD_SRC_MAX 64

/* Line p[0..n) as one JSON object: 1 when it holds one of d's body fields
 * (its text, or its array of byte values, in out, at most cap bytes; the
 * writer's field in src when asked, *nsrc 0 when none; the time field's
 * microseconds since the epoch in *us, -1 when none), else 0. */
int ats_fd_json_line(const fd_def *d, const char *p, size_t n, char *out, size_t cap,
                     size_t *outn, char *src, size_t *nsrc, int64_t *us);

#endif
