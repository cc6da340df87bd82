/* timefmt.h - capture times as text, the same in every output. */
#ifndef ATS_TIMEFMT_H
#define ATS_TIMEFMT_H
#include <stddef.h>
#include "atscope.h"
/* Writes "" for ATS_TIME_NONE. */
void fmt_time(char *buf, size_t cap, ats_time t);
/* The longest text fmt_time_at writes (no NUL). */
#define FMT_TIME_MAX 48
/* The same text at o, FMT_TIME_MAX bytes of room, not NUL-terminated: its
 * length. Only digits and "-:.+dTZ " (nothing JSON or HTML escapes), so a
 * writer may copy it as it is: every stamped record writes two or three. */
size_t fmt_time_at(char *o, ats_time t);
#endif
