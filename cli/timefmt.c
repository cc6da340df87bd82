/* timefmt.c - see timefmt.h. Digits by hand: printf was a quarter of
 * `parse` on timestamped captures. */
#include "timefmt.h"
#include <stdint.h>
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

/* v < 100 in two digits at o */
static inline char *two(char *o, unsigned v)
{
    o[0] = (char)('0' + v / 10);
    o[1] = (char)('0' + v % 10);
    return o + 2;
}

static char *hms_us(char *o, int64_t s, int64_t us)
{
    unsigned day = (unsigned)(s % 86400), f = (unsigned)((uint64_t)us % 1000000);
    o = two(o, day / 3600);
    *o++ = ':';
    o = two(o, day / 60 % 60);
    *o++ = ':';
    o = two(o, day % 60);
    *o++ = '.';
    o = two(o, f / 10000);
    o = two(o, f / 100 % 100);
    return two(o, f % 100);
}

void fmt_time(char *buf, size_t cap, ats_time t)
{
    char tmp[FMT_TIME_MAX];
    size_t n = fmt_time_at(tmp, t);
    if (cap == 0)
        return;
    if (n >= cap)
        n = cap - 1;
    memcpy(buf, tmp, n);
    buf[n] = 0;
}

size_t fmt_time_at(char *tmp, ats_time t)
{
    char *o = tmp;
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
        {   /* six digits, two a division (a trace's every record has one or more) */
            unsigned f = (unsigned)((uint64_t)us % 1000000);
            o = two(o, f / 10000);
            o = two(o, f / 100 % 100);
            o = two(o, f % 100);
        }
        break;
    }
    return (size_t)(o - tmp);
}

size_t fmt_time_memo_at(fmt_time_memo *m, char *o, ats_time t)
{
    int64_t us = t.us, key;
    unsigned f;
    switch (t.kind) {
    case ATS_TIME_RELATIVE: {
        if (us == INT64_MIN)
            return fmt_time_at(o, t);
        uint64_t a = us < 0 ? (uint64_t)-us : (uint64_t)us;
        key = us < 0 ? ~(int64_t)(a / 1000000) : (int64_t)(a / 1000000);
        f = (unsigned)(a % 1000000);
        break;
    }
    case ATS_TIME_OF_DAY:
    case ATS_TIME_ABSOLUTE:
    case ATS_TIME_LOCAL:
        key = us / 1000000 - (us % 1000000 < 0);
        f = (unsigned)(us - key * 1000000);
        if (key < 0 && t.kind == ATS_TIME_OF_DAY)   /* written as 00:00:00.000000 */
            return fmt_time_at(o, t);
        break;
    default:
        return fmt_time_at(o, t);
    }
    size_t tail = 6 + (t.kind == ATS_TIME_ABSOLUTE);
    if (m->kind != (int)t.kind || m->key != key) {
        size_t n = fmt_time_at(o, t);
        /* nothing (a date gmtime cannot break down) is not kept */
        if (n <= tail || o[n - tail - 1] != '.')
            return n;
        m->kind = (int)t.kind;
        m->key = key;
        m->n = n - tail;
        memcpy(m->pre, o, m->n);
        return n;
    }
    memcpy(o, m->pre, sizeof m->pre);   /* o has FMT_TIME_MAX bytes of room */
    char *e = o + m->n;
    e = two(e, f / 10000);
    e = two(e, f / 100 % 100);
    e = two(e, f % 100);
    if (t.kind == ATS_TIME_ABSOLUTE)
        *e++ = 'Z';
    return (size_t)(e - o);
}
