/* rules_util.h - small helpers the rule families share. */
#ifndef ATS_RULES_UTIL_H
#define ATS_RULES_UTIL_H
#include <string.h>
#include "../analyzer/txn_util.h"
#include "rules_int.h"

static inline double secs(ats_time a, ats_time b) { return (double)(b.us - a.us) / 1e6; }

static inline int same_clock(ats_time a, ats_time b)
{
    return a.kind != ATS_TIME_NONE && a.kind == b.kind;
}

static inline int is_plain_at(const ats_txn *t)
{
    return t->ncmds == 1 && t->cmds[0].name.len == 2 && !memcmp(t->cmds[0].name.ptr, "AT", 2) &&
           t->cmds[0].args_raw.len == 0;
}

/* Does the line s match the profile's line class cls? */
static inline int cls_line(ats_engine *e, int cls, ats_span s)
{
    return ats_tracker_line_is(&e->tk, cls, s);
}

/* The command line as a retry or repeat compares it: upper case, blanks out. */
static inline void txn_norm(const ats_txn *t, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < t->command.text.len && k + 1 < cap; i++) {
        char c = t->command.text.ptr[i];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            out[k++] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
    }
    out[k] = 0;
}

#endif
