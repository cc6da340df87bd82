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

/* How coarse two stamps are, in seconds: a tool that logs whole seconds
 * (syslog, gammu) makes 1.001 s look like 2 s, so a time limit is exceeded
 * only by more than that. Two stamps both on a whole second (or 100 ms, 10
 * ms) are taken to be of that step; ms stamps land there by chance once in
 * a million pairs, and then the margin is a second at worst. */
static inline double stamp_step(ats_time a, ats_time b)
{
    static const int64_t steps[] = {1000000, 100000, 10000, 1000};
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
        if (a.us % steps[i] == 0 && b.us % steps[i] == 0)
            return (double)steps[i] / 1e6;
    return 0;
}

/* Took more than limit, whatever the stamps' step hides: with whole-second
 * stamps, 6 s measured is more than 5 s taken, 2 s is more than 1 s. */
static inline int surely_over(double took, double step, double limit)
{
    return step > 0 ? took - step >= limit : took > limit;
}

/* Took less than limit, likewise: a gap measured as 0 s of whole-second
 * stamps may be 0.9 s, never 1 s. */
static inline int surely_under(double took, double step, double limit)
{
    return step > 0 ? took + step <= limit : took < limit;
}

/* The line is the echo setting alone (ATE, ATE0, ATE1): its value (a bare
 * ATE is E0, V.250 6.2.4), else -1. */
static inline int echo_setting(const ats_txn *t)
{
    if (t->ncmds != 1 || t->cmds[0].name.len != 1 || (t->cmds[0].name.ptr[0] | 32) != 'e')
        return -1;
    ats_span a = t->cmds[0].args_raw;
    if (!a.len)
        return 0;
    return a.len == 1 && (a.ptr[0] == '0' || a.ptr[0] == '1') ? a.ptr[0] - '0' : -1;
}

static inline int is_plain_at(const ats_txn *t)
{
    return t->ncmds == 1 && t->cmds[0].name.len == 2 && !memcmp(t->cmds[0].name.ptr, "AT", 2) &&
           t->cmds[0].args_raw.len == 0;
}

/* The socket a send or close acts on, for messages and fingerprints: the
 * tracker's (the single connection, or the id), else the command's id
 * argument as written. */
static inline int eng_txn_sock(const ats_engine *e, const ats_txn *t)
{
    int s = ats_eng_sock(e);
    return s >= 0 ? s : txn_sock(t);
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
