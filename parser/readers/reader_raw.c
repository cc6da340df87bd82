/* reader_raw.c - the capture is the bytes themselves: picocom, screen, PuTTY,
 * tio or minicom without stamps, RealTerm/CoolTerm plain captures, raw dumps,
 * the vendor guide's logs. The framer counts lines. The tools' own lines
 * (PuTTY's session header, screen's time-stamp lines) are taken out here as
 * annotations; "//" notes are left to the framer (its chunks, unlike the
 * other readers', do not say ATS_CF_NO_NOTES). */
#include <string.h>
#include "reader.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* A banner is a whole line of at most this many bytes: a longer line is
 * text. The bound keeps what is held back across feeds small, and makes
 * the answer a property of the line, not of where the feeds were cut. */
#define BANNER_MAX 512

static const char putty[] = "=~=~=~=~=~=~=~=~=~=~=~= PuTTY log ";
static const char stamp[] = " -- time-stamp -- ";

/* PuTTY's header ("=~=~...= PuTTY log 2024.05.01 10:00:00 =~=~...") and GNU
 * screen's "-- <window> -- time-stamp -- <date> --" (capture-formats.md 2.4,
 * 2.5). */
static int is_banner(const char *p, size_t n)
{
    if (n > BANNER_MAX)
        return 0;
    if (n >= sizeof putty - 1 && !memcmp(p, putty, sizeof putty - 1))
        return 1;
    if (n > 20 && p[0] == '-' && p[1] == '-' && p[2] == ' ')
        for (size_t i = 3; i + sizeof stamp - 1 <= n; i++)
            if (p[i] == ' ' && !memcmp(p + i, stamp, sizeof stamp - 1))
                return 1;
    return 0;
}

/* Can a line that starts with p[0..n) still turn out a banner? */
static int may_be_banner(const char *p, size_t n)
{
    if (n > BANNER_MAX)
        return 0;
    size_t k = n < sizeof putty - 1 ? n : sizeof putty - 1;
    if (!memcmp(p, putty, k))
        return 1;
    return !memcmp(p, "-- ", n < 3 ? n : 3);
}

typedef struct raw_st {
    int bol;                   /* the next byte starts a line */
    size_t nheld;              /* the start of a line that may be a banner, held back */
    char held[BANNER_MAX];
} raw_st;

static const ats_time no_time = {ATS_TIME_NONE, 0};

static int raw_probe(const unsigned char *s, size_t n)
{
    (void)s;
    (void)n;
    return 10;      /* the fallback: anything is a raw capture */
}

static int raw_init(void *vst, rd_ctx *c)
{
    (void)c;
    ((raw_st *)vst)->bol = 1;
    return 0;
}

static int data(rd_ctx *c, const void *p, size_t n)
{
    return n ? ats_rd_emit(c, ATS_CHUNK_DATA, ATS_DIR_UNKNOWN, no_time, p, n, 0, 0, NULL) : 0;
}

/* A banner: an annotation the framer places (line 0). */
static int banner(rd_ctx *c, const void *p, size_t n, uint64_t line, uint64_t off, ats_time t,
                  int eol)
{
    /* the one chunk that says its line ended with the input */
    unsigned f = c->chunk_flags;
    if (!eol)
        c->chunk_flags |= ATS_CF_NO_EOL;
    int rc = ats_rd_emit(c, ATS_CHUNK_ANNOTATION, ATS_DIR_UNKNOWN, t, p, n, line, off, NULL);
    c->chunk_flags = f;
    return rc;
}

/* The held line has ended (or the input has, eol 0): a banner, or text
 * after all. */
static int release(raw_st *st, rd_ctx *c, int whole, int eol)
{
    size_t n = st->nheld;
    st->nheld = 0;
    if (whole && is_banner(st->held, n))
        return banner(c, st->held, n, 0, 0, no_time, eol);
    return data(c, st->held, n);
}

static size_t eol_at(const unsigned char *p, size_t i, size_t n)
{
    while (i < n && p[i] != '\n' && p[i] != '\r')
        i++;
    return i;
}

/* The first line start in p[i..n) whose byte is '=' or '-', or n. A line
 * starts after a CR or LF, and at p[0] when bol says the last feed ended a
 * line. One pass, sixteen bytes a step where SSE2 is there: this runs over
 * every byte of a raw capture. */
static size_t next_candidate(const unsigned char *p, size_t i, size_t n, int bol)
{
    if (i == 0) {
        if (n && bol && (p[0] == '=' || p[0] == '-'))
            return 0;
        i = 1;
    }
#if defined(__SSE2__)
    const __m128i cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
    const __m128i eq = _mm_set1_epi8('='), dash = _mm_set1_epi8('-');
    while (i + 16 <= n) {
        __m128i prev = _mm_loadu_si128((const __m128i *)(const void *)(p + i - 1));
        __m128i cur = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        __m128i after_eol = _mm_or_si128(_mm_cmpeq_epi8(prev, cr), _mm_cmpeq_epi8(prev, lf));
        __m128i first = _mm_or_si128(_mm_cmpeq_epi8(cur, eq), _mm_cmpeq_epi8(cur, dash));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(after_eol, first));
        if (m)
            return i + (size_t)__builtin_ctz(m);
        i += 16;
    }
#endif
    for (; i < n; i++)
        if ((p[i] == '=' || p[i] == '-') && (p[i - 1] == '\r' || p[i - 1] == '\n'))
            return i;
    return n;
}

/* The bytes pass through in place; only a line that starts with '=' or '-'
 * is looked at whole, and held back when it ends in a later feed. */
static int raw_bytes(void *vst, rd_ctx *c, const unsigned char *p, size_t n)
{
    raw_st *st = vst;
    size_t from = 0, pos = 0;
    int bol = st->bol;
    if (!n)
        return 0;
    if (st->nheld) {
        size_t e = eol_at(p, 0, n);
        if (st->nheld + e <= BANNER_MAX) {
            memcpy(st->held + st->nheld, p, e);
            st->nheld += e;
            if (e == n && may_be_banner(st->held, st->nheld))
                return 0;                    /* the line goes on in the next feed */
            if (release(st, c, e < n, 1))
                return 1;
            from = e;
        } else if (release(st, c, 0, 1)) {   /* too long for a banner: text */
            return 1;
        }
        pos = e;
        bol = 0;
    }
    for (;;) {
        size_t s = next_candidate(p, pos, n, pos == 0 && bol);
        if (s == n)
            break;
        size_t e = eol_at(p, s, n);
        if (e == n) {
            if (!may_be_banner((const char *)p + s, n - s))
                break;
            if (data(c, p + from, s - from))
                return 1;
            memcpy(st->held, p + s, n - s);  /* the line ends in a later feed */
            st->nheld = n - s;
            st->bol = 0;
            return 0;
        }
        if (is_banner((const char *)p + s, e - s)) {
            if (data(c, p + from, s - from) || banner(c, p + s, e - s, 0, 0, no_time, 1))
                return 1;
            from = e;
        }
        pos = e;
    }
    st->bol = p[n - 1] == '\n' || p[n - 1] == '\r';
    return data(c, p + from, n - from);
}

static int raw_finish(void *vst, rd_ctx *c)
{
    raw_st *st = vst;
    return st->nheld ? release(st, c, 1, 0) : 0;
}

#define RAW_INFO                                                                             \
    {"raw", "plain byte stream: picocom, screen, PuTTY, tio/minicom without stamps, guide logs", \
     "the fallback when nothing else matches", 0, 0, 0, 0}

const rd_vt ats_rd_raw = {RAW_INFO,   raw_probe,  sizeof(raw_st), 1,   raw_init,    NULL,
                      raw_bytes,  raw_finish, NULL,           ATS_CF_READ_APART, 0};

/* The same bytes cut in lines: when wrappers had to be taken off each line
 * first (a quoted or indented terminal log), with the wrappers' time. */
static int rl_line(void *st, rd_ctx *c, const char *p, size_t n, int eol, uint64_t lineno,
                   uint64_t off)
{
    (void)st;
    size_t t = n && p[n - 1] == '\r' ? n - 1 : n;
    int rc = is_banner(p, t) ? banner(c, p, t, lineno, off, c->wrap_time, eol)
                             : ats_rd_emit(c, ATS_CHUNK_DATA, ATS_DIR_UNKNOWN, c->wrap_time, p, n,
                                       lineno, off, NULL);
    if (rc == 0 && eol)
        rc = ats_rd_emit(c, ATS_CHUNK_DATA, ATS_DIR_UNKNOWN, c->wrap_time, "\n", 1, lineno,
                     off + n, NULL);
    return rc;
}

/* never detected: the input picks it in place of raw (no probe) */
const rd_vt ats_rd_rawlines = {RAW_INFO, NULL, 0, 0, NULL, rl_line, NULL, NULL, NULL, 0, 0};
