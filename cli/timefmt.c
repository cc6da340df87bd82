/* timefmt.c - see timefmt.h. */
#include "timefmt.h"
#include <inttypes.h>
#include <stdio.h>
#include <time.h>

static void fmt_time_slow(char *buf, size_t cap, ats_time t)
{
    int64_t us = t.us;
    switch (t.kind) {
    case ATS_TIME_NONE:
        buf[0] = 0;
        return;
    case ATS_TIME_ABSOLUTE:
    case ATS_TIME_LOCAL: {
        time_t s = (time_t)(us / 1000000);
        struct tm tm;
        gmtime_r(&s, &tm);
        size_t k = strftime(buf, cap, "%Y-%m-%dT%H:%M:%S", &tm);
        /* a UTC instant says so; a local date-time from a tool's log has no zone */
        snprintf(buf + k, cap - k, ".%06" PRId64 "%s", us % 1000000,
                 t.kind == ATS_TIME_ABSOLUTE ? "Z" : "");
        break;
    }
    case ATS_TIME_OF_DAY: {
        int64_t s = us / 1000000;
        /* past midnight of the first day: say which day, "+1d 00:00:01.5" */
        int k = 0;
        if (s >= 86400)
            k = snprintf(buf, cap, "+%" PRId64 "d ", s / 86400);
        snprintf(buf + k, cap - (size_t)k,
                 "%02" PRId64 ":%02" PRId64 ":%02" PRId64 ".%06" PRId64, (s / 3600) % 24,
                 (s / 60) % 60, s % 60, us % 1000000);
        break;
    }
    case ATS_TIME_RELATIVE:
        snprintf(buf, cap, "%" PRId64 ".%06" PRId64, us / 1000000, us % 1000000);
        break;
    }
}

/* Zero-padded decimal of v (>= 0) in exactly w digits at o; returns the end.
 * printf was a quarter of `parse` on timestamped captures. */
static char *digits(char *o, int64_t v, int w)
{
    for (int i = w - 1; i >= 0; i--) {
        o[i] = (char)('0' + v % 10);
        v /= 10;
    }
    return o + w;
}

void fmt_time(char *buf, size_t cap, ats_time t)
{
    int64_t us = t.us;
    /* the fast paths write at most 32 bytes; anything odd goes to snprintf */
    if (cap >= 40 && us >= 0) {
        char *o = buf;
        int64_t s = us / 1000000;
        if ((t.kind == ATS_TIME_ABSOLUTE || t.kind == ATS_TIME_LOCAL) && s < 253402300800) {
            time_t ts = (time_t)s;
            struct tm tm;
            gmtime_r(&ts, &tm);
            o = digits(o, tm.tm_year + 1900, 4);
            *o++ = '-';
            o = digits(o, tm.tm_mon + 1, 2);
            *o++ = '-';
            o = digits(o, tm.tm_mday, 2);
            *o++ = 'T';
            o = digits(o, tm.tm_hour, 2);
            *o++ = ':';
            o = digits(o, tm.tm_min, 2);
            *o++ = ':';
            o = digits(o, tm.tm_sec, 2);
            *o++ = '.';
            o = digits(o, us % 1000000, 6);
            /* a UTC instant says so; a local date-time from a tool's log has no zone */
            if (t.kind == ATS_TIME_ABSOLUTE)
                *o++ = 'Z';
            *o = 0;
            return;
        }
        if (t.kind == ATS_TIME_OF_DAY && s < 86400) {
            o = digits(o, s / 3600, 2);
            *o++ = ':';
            o = digits(o, (s / 60) % 60, 2);
            *o++ = ':';
            o = digits(o, s % 60, 2);
            *o++ = '.';
            o = digits(o, us % 1000000, 6);
            *o = 0;
            return;
        }
        if (t.kind == ATS_TIME_RELATIVE && s < 1000000000000) {
            int w = 1;
            for (int64_t x = s; x >= 10; x /= 10)
                w++;
            o = digits(o, s, w);
            *o++ = '.';
            o = digits(o, us % 1000000, 6);
            *o = 0;
            return;
        }
    }
    fmt_time_slow(buf, cap, t);
}
