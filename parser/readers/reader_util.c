/* reader_util.c - what format readers share: emitting, time, small parsers. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "reader.h"

int ats_rd_warn(rd_ctx *c, uint64_t line, uint64_t off, ats_time t, const char *fmt, ...)
{
    char msg[240];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    c->warn_total++;
    if (c->nwarn < sizeof c->warn / sizeof c->warn[0]) {
        c->warn[c->nwarn].line = line;
        memcpy(c->warn[c->nwarn].msg, msg, sizeof msg);
        c->nwarn++;
    }
    if (line == 0)
        return 0;      /* about the whole file: the report and summary say it, no record */
    char text[260];
    int k = snprintf(text, sizeof text, "atscope: %s", msg);
    return ats_rd_emit(c, ATS_CHUNK_ANNOTATION, ATS_DIR_UNKNOWN, t, text,
                   k < 0 ? 0 : (size_t)k < sizeof text ? (size_t)k : sizeof text - 1, line, off,
                   NULL);
}

int ats_rd_flush(rd_ctx *c)
{
    size_t n = c->nrun;
    if (!n)
        return 0;
    c->nrun = 0;
    c->nrun_bytes = 0;
    if (c->runs_cb(c->user, c->run, n) != 0) {
        c->stopped = 1;
        return 1;
    }
    return 0;
}

/* ats_rd_emit into the open run: the bytes and note copied into it. */
static int run_emit(rd_ctx *c, ats_chunk_kind kind, ats_dir dir, ats_time t, const void *bytes,
                    size_t len, uint64_t line, uint64_t off, const char *note)
{
    size_t nlen = note ? strlen(note) + 1 : 0;
    if (len + nlen > RD_RUN_BYTES / 2) {
        /* too big for a run: alone, after it */
        if (ats_rd_flush(c))
            return 1;
        ats_chunk ch = ats_rd_chunk_of(c, kind, note, t, dir, bytes, len, line, off);
        if (c->cb && c->cb(c->user, &ch) != 0) {
            c->stopped = 1;
            return 1;
        }
        return 0;
    }
    if ((c->nrun == RD_RUN_CHUNKS || len + nlen > RD_RUN_BYTES - c->nrun_bytes) && ats_rd_flush(c))
        return 1;
    unsigned char *b = c->run_bytes + c->nrun_bytes;
    if (len)
        memcpy(b, bytes, len);
    if (nlen) {
        memcpy(b + len, note, nlen);
        note = (const char *)b + len;
    }
    c->nrun_bytes += len + nlen;
    c->run[c->nrun++] = ats_rd_chunk_of(c, kind, note, t, dir, b, len, line, off);
    return 0;
}

int ats_rd_emit(rd_ctx *c, ats_chunk_kind kind, ats_dir dir, ats_time t, const void *bytes,
            size_t len, uint64_t line, uint64_t off, const char *note)
{
    if (c->stopped)
        return 1;
    if (kind == ATS_CHUNK_DATA) {
        if (t.kind != ATS_TIME_NONE)
            c->saw_time = 1;
        if (dir != ATS_DIR_UNKNOWN)
            c->saw_dir = 1;
    }
    if (c->run)
        return run_emit(c, kind, dir, t, bytes, len, line, off, note);
    ats_chunk ch = ats_rd_chunk_of(c, kind, note, t, dir, bytes, len, line, off);
    if (c->cb && c->cb(c->user, &ch) != 0) {
        c->stopped = 1;
        return 1;
    }
    return 0;
}

ats_time ats_rd_time_of_day(rd_ctx *c, int h, int m, int s, int64_t us)
{
    int64_t tod = ((int64_t)h * 3600 + m * 60 + s) * 1000000 + us;
    int64_t v = c->day * 86400000000LL + tod;
    /* more than an hour backwards: the capture went past midnight */
    if (c->have_tod && v < c->last_tod_us - 3600000000LL) {
        c->day++;
        v += 86400000000LL;
    }
    c->have_tod = 1;
    c->last_tod_us = v;
    ats_time t = {ATS_TIME_OF_DAY, v};
    return t;
}

static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    /* Howard Hinnant's algorithm: days since 1970-01-01, proleptic Gregorian */
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? (unsigned)-3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

ats_time ats_rd_time_abs(int y, int mo, int d, int h, int mi, int s, int64_t us)
{
    int64_t days = days_from_civil(y, (unsigned)mo, (unsigned)d);
    /* tools write the PC's local time and no zone: keep it local, not UTC */
    ats_time t = {ATS_TIME_LOCAL, ((days * 86400 + h * 3600 + mi * 60 + s) * 1000000) + us};
    return t;
}

size_t ats_rd_csv_unquote(const char *p, size_t i, size_t e, char *out, size_t *o)
{
    for (i++; i < e;) {
        if (p[i] == '"') {
            if (i + 1 < e && p[i + 1] == '"') {
                out[(*o)++] = '"';
                i += 2;
                continue;
            }
            return i + 1;
        }
        out[(*o)++] = p[i++];
    }
    return i;
}

int ats_rd_digits(const char **p, const char *end, int n, int *out)
{
    int v = 0;
    const char *q = *p;
    for (int i = 0; i < n; i++, q++) {
        if (q >= end || *q < '0' || *q > '9')
            return 0;
        v = v * 10 + (*q - '0');
    }
    *out = v;
    *p = q;
    return 1;
}

int ats_rd_lit(const char **p, const char *end, const char *lit)
{
    size_t n = strlen(lit);
    if ((size_t)(end - *p) < n || memcmp(*p, lit, n) != 0)
        return 0;
    *p += n;
    return 1;
}

int ats_rd_frac(const char **p, const char *end, int64_t *us, int *digits)
{
    const char *q = *p;
    if (q >= end || (*q != '.' && *q != ','))
        return 0;
    q++;
    int64_t v = 0;
    int k = 0;
    while (q < end && *q >= '0' && *q <= '9' && k < 9) {
        v = v * 10 + (*q - '0');
        q++;
        k++;
    }
    if (k == 0)
        return 0;
    int keep = k;
    while (k < 6) {
        v *= 10;
        k++;
    }
    while (k > 6) {
        v /= 10;
        k--;
    }
    *us = v;
    if (digits)
        *digits = keep;
    *p = q;
    return 1;
}


int ats_rd_hexbyte(const char *p, unsigned char *out)
{
    int a = ats_hexval(p[0]), b = ats_hexval(p[1]);
    if (a < 0 || b < 0)
        return 0;
    *out = (unsigned char)(a * 16 + b);
    return 1;
}

int ats_rd_probe_lines(const unsigned char *s, size_t n, rd_line_pred pred, int score)
{
    size_t match, nonempty;
    ats_rd_count_lines(s, n, pred, &match, &nonempty);
    return match >= 3 && match * 10 >= nonempty * 3 ? score : 0;
}

void ats_rd_count_lines(const unsigned char *s, size_t n, rd_line_pred pred, size_t *match,
                    size_t *nonempty)
{
    *match = *nonempty = 0;
    size_t i = 0;
    while (i < n) {
        const unsigned char *e = memchr(s + i, '\n', n - i);
        size_t len = e ? (size_t)(e - (s + i)) : n - i;
        if (!e && i > 0)
            break;            /* a cut last line of the sample proves nothing */
        size_t l = len;
        while (l && (s[i + l - 1] == '\r'))
            l--;
        if (l) {
            (*nonempty)++;
            if (pred((const char *)s + i, l))
                (*match)++;
        }
        i += len + 1;
    }
}

uint64_t ats_parse_sample_rate(const char *s)
{
    if (!s)
        return 0;
    uint64_t ip = 0, fp = 0, fd = 1;
    const char *q = s;
    while (*q >= '0' && *q <= '9' && ip < 1000000000000ULL)
        ip = ip * 10 + (uint64_t)(*q++ - '0');
    if (q == s)
        return 0;
    if (*q == '.')
        for (q++; *q >= '0' && *q <= '9'; q++)
            if (fd < 1000000000ULL) {
                fp = fp * 10 + (uint64_t)(*q - '0');
                fd *= 10;
            }
    while (*q == ' ')
        q++;
    uint64_t mul = 1;
    if (*q == 'k' || *q == 'K')
        mul = 1000, q++;
    else if (*q == 'm' || *q == 'M')
        mul = 1000000, q++;
    else if (*q == 'g' || *q == 'G')
        mul = 1000000000, q++;
    if ((q[0] == 'H' || q[0] == 'h') && (q[1] == 'z' || q[1] == 'Z'))
        q += 2;
    if (*q)
        return 0;
    uint64_t r = ip * mul + fp * mul / fd;
    return r <= 1000000000000ULL ? r : 0;
}

int ats_rd_next_line(const unsigned char *s, size_t n, size_t *at, const char **p, size_t *len)
{
    const unsigned char *e = *at < n ? memchr(s + *at, '\n', n - *at) : NULL;
    if (!e)
        return 0;
    size_t l = (size_t)(e - (s + *at));
    while (l && s[*at + l - 1] == '\r')
        l--;
    *p = (const char *)s + *at;
    *len = l;
    *at = (size_t)(e - s) + 1;
    return 1;
}

static size_t first_word(const char *p, size_t n)
{
    size_t k = 0;
    while (k < n && p[k] != ' ')
        k++;
    return k;
}

static size_t last_word(const char *q, size_t n)
{
    size_t k = 0;
    while (k < n && q[n - 1 - k] != ' ')
        k++;
    return k;
}

/* A terminal cuts at its width (the piece as wide as the widest line, or
 * one less: a blank trimmed); a mail client at the last blank before it,
 * where the rest's first word would not have fitted. */
int ats_rd_wrap_cut(size_t width, int at_blanks, size_t pn, const char *p, size_t n)
{
    if (!pn || !n)
        return 0;
    if (!at_blanks)
        return pn + 1 >= width;
    return pn + 1 + first_word(p, n) > width || pn >= width;
}

/* Not where either piece shows the blank; at a terminal's cut, where the
 * piece is short of the width; at blanks, unless the piece fills the width
 * and its last word and the rest's first are one word too long for any
 * line (a long word cut at the width). */
/* Does the cut fall inside a bracketed token (a trace's "<CR>", "<LF>",
 * "<0D>": "OK<C" + "R><LF>'")? No blank was ever inside one. */
static int cut_in_token(const char *q, size_t pn, const char *p, size_t n)
{
    size_t a = 0, b = 0;
    while (a < pn && a < 6 && q[pn - 1 - a] != '<' && (unsigned char)q[pn - 1 - a] > ' ' &&
           q[pn - 1 - a] != '>')
        a++;
    if (a == pn || a == 6 || q[pn - 1 - a] != '<')
        return 0;
    while (b < n && b < 6 && p[b] != '>' && (unsigned char)p[b] > ' ' && p[b] != '<')
        b++;
    return b < n && p[b] == '>' && a + b >= 1 && a + b <= 6;
}

int ats_rd_wrap_blank(size_t width, int at_blanks, const char *q, size_t pn, const char *p,
                      size_t n)
{
    if (!pn || !n || q[pn - 1] == ' ' || p[0] == ' ' || cut_in_token(q, pn, p, n))
        return 0;
    if (!at_blanks)
        return pn < width;
    return pn < width || last_word(q, pn) + first_word(p, n) <= width;
}

/* The length of the stamp-like run at p's start (after one '['): digits and
 * the separators a time stamp uses; 0 unless it holds six digits or more
 * and a ':' (a time of day). */
static size_t stamp_run(const char *p, size_t n)
{
    size_t i = n && p[0] == '[' ? 1 : 0, digits = 0;
    int colon = 0;
    for (; i < n && i < 40; i++) {
        char ch = p[i];
        if (ch >= '0' && ch <= '9')
            digits++;
        else if (ch == ':')
            colon = 1;
        else if (ch != '-' && ch != '/' && ch != '.' && ch != ',' && ch != ' ' && ch != 'T')
            break;
    }
    while (i && p[i - 1] == ' ')
        i--;
    return digits >= 6 && colon ? i : 0;
}

int ats_rd_same_stamp(const char *a, size_t an, const char *b, size_t bn)
{
    size_t ka = stamp_run(a, an), kb = stamp_run(b, bn);
    if (!ka || ka != kb)
        return 0;
    for (size_t i = 0; i < ka; i++) {
        int da = a[i] >= '0' && a[i] <= '9', db = b[i] >= '0' && b[i] <= '9';
        if (da != db || (!da && a[i] != b[i]))
            return 0;
    }
    return 1;
}

