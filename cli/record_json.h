/* record_json.h - one parse record as one JSON line (docs/records.md). */
#ifndef ATS_RECORD_JSON_H
#define ATS_RECORD_JSON_H
#include "atscope.h"
#include "jsonw.h"

void rec_write(jsonw *w, const ats_record *r);
/* rec_write's bytes, each member through the writer's room check: what
 * rec_write does for a record that may not fit the buffer's room (and what
 * test_jsonw compares it with). */
void rec_write_checked(jsonw *w, const ats_record *r);
void rec_write_time(jsonw *w, const char *key, ats_time t);
#endif
