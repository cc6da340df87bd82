/* timefmt.c - see timefmt.h. Digits by hand: printf was a quarter of
 * `parse` on timestamped captures. */
#include "timefmt.h"
#include <string.h>
#include <time.h>

/* v (>= 0) in decimal, zero-padded to at least w digits, at o; the end. */
static char *digits(char *o, uint64_t v, int w)
{
    char t[24];
    int k = 0;
    do
        t[k++] = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    while (k < w)
        t[k++] = '0';
    while (k)
        *o++ = t[--k];
    return o;
}

/* v (< 10^w) in exactly w digits, at o; the end. No reversal: every stamped
 * record's times come through here. */
static char *fixed(char *o, uint64_t v, int w)
{
    for (int k = w - 1; k >= 0; k--) {
        o[k] = (char)('0' + v % 10);
        v /= 10;
    }
    return o + w;
}

static char *hms_us(char *o, int64_t s, int64_t us)
{
    o = fixed(o, (uint64_t)(s / 3600 % 24), 2);
    *o++ = ':';
    o = fixed(o, (uint64_t)(s / 60 % 60), 2);
    *o++ = ':';
    o = fixed(o, (uint64_t)(s % 60), 2);
    *o++ = '.';
    return fixed(o, (uint64_t)us % 1000000, 6);
}

void fmt_time(char *buf, size_t cap, ats_time t)
{
    char tmp[64], *o = tmp;
    int64_t us = t.us;
    /* whole seconds rounded down, so the fraction is never negative */
    int64_t s = us / 1000000 - (us % 1000000 < 0), frac = us - s * 1000000;
    switch (t.kind) {
    case ATS_TIME_NONE:
        break;
    case ATS_TIME_ABSOLUTE:
    case ATS_TIME_LOCAL: {
        time_t ts = (time_t)s;
        struct tm tm;
        if (!gmtime_r(&ts, &tm))
            break;
        int64_t y = (int64_t)tm.tm_year + 1900;
        if (y < 0) {
            *o++ = '-';
            y = -y;
        }
        o = digits(o, (uint64_t)y, 4);
        *o++ = '-';
        o = digits(o, (uint64_t)tm.tm_mon + 1, 2);
        *o++ = '-';
        o = digits(o, (uint64_t)tm.tm_mday, 2);
        *o++ = 'T';
        o = hms_us(o, (int64_t)tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec, frac);
        /* a UTC instant says so; a local date-time from a tool's log has no zone */
        if (t.kind == ATS_TIME_ABSOLUTE)
            *o++ = 'Z';
        break;
    }
    case ATS_TIME_OF_DAY:
        /* past midnight of the first day: say which day, "+1d 00:00:01.500000" */
        if (s >= 86400) {
            *o++ = '+';
            o = digits(o, (uint64_t)(s / 86400), 1);
            *o++ = 'd';
            *o++ = ' ';
        }
        o = hms_us(o, s < 0 ? 0 : s, s < 0 ? 0 : frac);
        break;
    case ATS_TIME_RELATIVE:
        if (us < 0) {
            *o++ = '-';
            us = -us;
        }
        o = digits(o, (uint64_t)(us / 1000000), 1);
        *o++ = '.';
        o = digits(o, (uint64_t)(us % 1000000), 6);
        break;
    }
    size_t n = (size_t)(o - tmp);
    if (cap == 0)
        return;
    if (n >= cap)
        n = cap - 1;
    memcpy(buf, tmp, n);
    buf[n] = 0;
}
