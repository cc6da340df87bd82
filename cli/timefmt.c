/* timefmt.c - see timefmt.h. */
#include "timefmt.h"
#include <inttypes.h>
#include <stdio.h>
#include <time.h>

void fmt_time(char *buf, size_t cap, ats_time t)
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

