/* timefmt.h - capture times as text, the same in every output. */
#ifndef ATS_TIMEFMT_H
#define ATS_TIMEFMT_H
#include <stddef.h>
#include <stdint.h>
#include "atscope.h"
/* Writes "" for ATS_TIME_NONE. */
void fmt_time(char *buf, size_t cap, ats_time t);
/* The longest text fmt_time_at writes (no NUL). */
#define FMT_TIME_MAX 48
/* The same text at o, FMT_TIME_MAX bytes of room, not NUL-terminated: its
 * length. Only digits and "-:.+dTZ " (nothing JSON or HTML escapes), so a
 * writer may copy it as it is: every stamped record writes two or three. */
size_t fmt_time_at(char *o, ats_time t);
/* The text before the fraction of the last time fmt_time_memo_at wrote, by
 * its kind and whole second: a stamped capture's records fall in the same
 * second by the dozen, and the date, the clock or the seconds' digits were
 * formatted again for each. Zeroed, it holds nothing. */
typedef struct fmt_time_memo {
    int kind;                   /* ats_time_kind; ATS_TIME_NONE (0): empty */
    int64_t key;                /* the whole second (for a relative time, signed by
                                   the time's sign: ~s below zero) */
    size_t n;                   /* bytes of pre: the text up to and with the '.' */
    char pre[FMT_TIME_MAX];
} fmt_time_memo;
/* fmt_time_at's text, through m: the same bytes. */
size_t fmt_time_memo_at(fmt_time_memo *m, char *o, ats_time t);
#endif
