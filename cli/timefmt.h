/* timefmt.h - capture times as text, the same in every output. */
#ifndef ATS_TIMEFMT_H
#define ATS_TIMEFMT_H
#include <stddef.h>
#include "atscope.h"
/* Writes "" for ATS_TIME_NONE. */
void fmt_time(char *buf, size_t cap, ats_time t);
#endif
