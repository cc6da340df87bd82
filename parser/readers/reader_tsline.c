/* reader_tsline.c - undirected terminal logs with a timestamp in front of
 * each line (capture-formats.md 2.2, 2.3, 2.6-2.9, 10.3; docs/formats/tsline.md).
 * One reader, a table of stamp shapes:
 *   tio          [HH:MM:SS.mmm]  [YYYY-MM-DDTHH:MM:SS.mmm]  [<epoch>.mmm|.uuuuuu]
 *   minicom      [YYYY-MM-DD HH:MM:SS]  [YYYY-MM-DD HH:MM:SS.mmm]  [s.mmm] (delta)
 *   Tera Term    [YYYY-MM-DD HH:MM:SS.mmm]  [Tue Jun 16 10:21:33.123 2020]  [0 00:00:03.123]
 *   Arduino      HH:MM:SS.mmm ->      PlatformIO  HH:MM:SS.mmm >
 *   RealTerm     <unix seconds>, or <unix seconds> (space)
 *   CoolTerm     YYYY-MM-DD HH:MM:SS
 * each followed by one space (bracket shapes: "] "). The shape is chosen on
 * the file's first stamped line and only that shape is accepted after it.
 * A line without a stamp is data at the previous stamp's time (tio and
 * minicom leave lines unstamped: CR-only lines, minicom's first lines); a
 * line that carries the shape's frame but a stamp that does not parse is an
 * unparsed record. The text after the stamp is emitted with the line's LF.
 * The tools drop or rewrite bytes (minicom: every CR and 0x1A; Tera Term text
 * logs: line ends; Arduino: copied text), so the format is marked lossy. */
#include <string.h>
#include "reader.h"

enum {
    SH_NONE = 0,
    SH_TOD,         /* tio 24hour (and 24hour-start/-delta): [HH:MM:SS.mmm] */
    SH_ISO,         /* tio iso8601: [YYYY-MM-DDTHH:MM:SS.mmm] */
    SH_EPOCH,       /* tio epoch / epoch-usec: [1592302893.123] [1592302893.123456] */
    SH_DATETIME,    /* minicom simple/extended, Tera Term >= 4.96: [YYYY-MM-DD HH:MM:SS(.mmm)] */
    SH_DELTA,       /* minicom delta: [s.mmm] since the previous stamp */
    SH_TT_OLD,      /* Tera Term <= 4.95: [Tue Jun 16 10:21:33.123 2020] */
    SH_ELAPSED,     /* Tera Term elapsed: [D HH:MM:SS.mmm] */
    SH_ARDUINO,     /* HH:MM:SS.mmm -> */
    SH_PIO,         /* HH:MM:SS.mmm > */
    SH_REALTERM,    /* 1592302893, or 1592302893 (space) */
    SH_COOLTERM,    /* YYYY-MM-DD HH:MM:SS */
    SH_COUNT
};

/* Where a shape's frame closes (the ']' of bracket shapes, the separator of
 * the others): a line that starts like the shape and closes there is taken
 * for a stamp, and reported if its contents do not parse. */
static const struct {
    char open;        /* '[' or '0' (a digit) */
    unsigned char close_min, close_max;
    char sep[4];      /* the separator at close (bracket shapes: "]") */
    unsigned char m;  /* its length (a strlen per unstamped line showed) */
} frame[SH_COUNT] = {
    [SH_TOD] = {'[', 13, 13, "]", 1},      [SH_ISO] = {'[', 24, 24, "]", 1},
    [SH_EPOCH] = {'[', 14, 19, "]", 1},    [SH_DATETIME] = {'[', 20, 24, "]", 1},
    [SH_DELTA] = {'[', 6, 13, "]", 1},     [SH_TT_OLD] = {'[', 29, 29, "]", 1},
    [SH_ELAPSED] = {'[', 15, 19, "]", 1},  [SH_ARDUINO] = {'0', 12, 12, " ->", 3},
    [SH_PIO] = {'0', 12, 12, " >", 2},     [SH_REALTERM] = {'0', 10, 10, ",", 1},
    [SH_COOLTERM] = {'0', 19, 19, " ", 1},
};

typedef struct stamp {
    size_t len;          /* bytes of the stamp and its separator */
    int y, mo, d, h, mi, s;
    int64_t us;          /* fraction of the second */
    int64_t secs;        /* epoch seconds (SH_EPOCH, SH_REALTERM), days (SH_ELAPSED) */
} stamp;

typedef struct ts_st {
    int shape;
    /* another tool's separator than the shape's one blank: a second blank
     * or a tab after it on the first stamped line with text (-1 not seen
     * yet) is taken off every stamped line, a third the line's own */
    signed char pad;
    ats_time t;          /* the last stamp's time: unstamped lines share it */
    /* tio's [HH:MM:SS of the last [HH:MM:SS.mmm] stamp that parsed, and its
     * clock (tod_ok 0: none yet): lines come by the dozen in one second */
    int tod_ok;
    char tod_head[9];
    int tod_h, tod_mi, tod_s;
} ts_st;

static inline int isdig(char c) { return c >= '0' && c <= '9'; }

/* exactly n digits at p (the caller checked the length) */
static inline int num(const char *p, int n, int *v)
{
    int x = 0;
    for (int i = 0; i < n; i++) {
        if (!isdig(p[i]))
            return 0;
        x = x * 10 + (p[i] - '0');
    }
    *v = x;
    return 1;
}

/* "HH:MM:SS" at p: 8 bytes, checked for range */
static inline int hms(const char *p, stamp *st)
{
    return num(p, 2, &st->h) && p[2] == ':' && num(p + 3, 2, &st->mi) && p[5] == ':' &&
           num(p + 6, 2, &st->s) && st->h <= 23 && st->mi <= 59 && st->s <= 60;
}

/* ".mmm" at p: 4 bytes */
static inline int ms3(const char *p, stamp *st)
{
    int v;
    if (p[0] != '.' || !num(p + 1, 3, &v))
        return 0;
    st->us = (int64_t)v * 1000;
    return 1;
}

/* "YYYY-MM-DD" at p: 10 bytes */
static inline int ymd(const char *p, stamp *st)
{
    return num(p, 4, &st->y) && p[4] == '-' && num(p + 5, 2, &st->mo) && p[7] == '-' &&
           num(p + 8, 2, &st->d) && st->mo >= 1 && st->mo <= 12 && st->d >= 1 && st->d <= 31;
}

/* Only CRs from k to the end: the rest of the line is empty. */
static inline int rest_empty(const char *p, size_t k, size_t n)
{
    while (k < n && p[k] == '\r')
        k++;
    return k == n;
}

/* The separator sep (m bytes) at p+k, or (an editor stripped trailing
 * blanks) sep without its last blank at the end of the line: sets the
 * stamp's length. m is the caller's (CLOSE_AT): a strlen here was a tenth
 * of reading a stamped line. */
#define CLOSE_AT(p, n, k, lit, st) close_at(p, n, k, lit, sizeof lit - 1, st)
static inline int close_at(const char *p, size_t n, size_t k, const char *sep, size_t m,
                           stamp *st)
{
    if (k + m <= n && !memcmp(p + k, sep, m)) {
        st->len = k + m;
        return 1;
    }
    if (m > 1 && sep[m - 1] == ' ' && k + m - 1 <= n && !memcmp(p + k, sep, m - 1) &&
        rest_empty(p, k + m - 1, n)) {
        st->len = k + m - 1;
        return 1;
    }
    return 0;
}

static const char WDAYS[] = "SunMonTueWedThuFriSat";
static const char MONTHS[] = "JanFebMarAprMayJunJulAugSepOctNovDec";

/* Parses shape sh at the start of p[0..n): 1 and the stamp if it is there. */
static int parse(int sh, const char *p, size_t n, stamp *st)
{
    size_t k;
    switch (sh) {
    case SH_TOD:
        return n >= 14 && p[0] == '[' && hms(p + 1, st) && ms3(p + 9, st) &&
               CLOSE_AT(p, n, 13, "] ", st);
    case SH_ISO:
        return n >= 25 && p[0] == '[' && ymd(p + 1, st) && p[11] == 'T' && hms(p + 12, st) &&
               ms3(p + 20, st) && CLOSE_AT(p, n, 24, "] ", st);
    case SH_DATETIME:
        if (n < 21 || p[0] != '[' || !ymd(p + 1, st) || p[11] != ' ' || !hms(p + 12, st))
            return 0;
        st->us = 0;
        if (p[20] == ']')
            return CLOSE_AT(p, n, 20, "] ", st);
        return n >= 25 && ms3(p + 20, st) && CLOSE_AT(p, n, 24, "] ", st);
    case SH_EPOCH:
    case SH_DELTA: {
        if (n < 4 || p[0] != '[')
            return 0;
        int64_t s = 0;
        for (k = 1; k < n && k < 13 && isdig(p[k]); k++)
            s = s * 10 + (p[k] - '0');
        size_t ni = k - 1;
        if (sh == SH_EPOCH ? (ni < 9 || ni > 11) : (ni < 1 || ni > 8))
            return 0;
        if (k >= n || p[k] != '.')
            return 0;
        size_t f = ++k;
        int64_t fr = 0;
        for (; k < n && k - f < 7 && isdig(p[k]); k++)
            fr = fr * 10 + (p[k] - '0');
        size_t nf = k - f;
        if (nf == 3)
            fr *= 1000;
        else if (nf != 6 || sh == SH_DELTA)
            return 0;
        st->secs = s;
        st->us = fr;
        return CLOSE_AT(p, n, k, "] ", st);
    }
    case SH_TT_OLD: {
        if (n < 30 || p[0] != '[' || p[4] != ' ' || p[8] != ' ' || p[11] != ' ' ||
            p[24] != ' ')
            return 0;
        int wd = -1, mo = -1;
        for (int i = 0; i < 7; i++)
            if (!memcmp(p + 1, WDAYS + 3 * i, 3))
                wd = i;
        for (int i = 0; i < 12; i++)
            if (!memcmp(p + 5, MONTHS + 3 * i, 3))
                mo = i;
        if (wd < 0 || mo < 0 || !num(p + 9, 2, &st->d) || st->d < 1 || st->d > 31 ||
            !hms(p + 12, st) || !ms3(p + 20, st) || !num(p + 25, 4, &st->y))
            return 0;
        st->mo = mo + 1;
        return CLOSE_AT(p, n, 29, "] ", st);
    }
    case SH_ELAPSED: {
        if (n < 16 || p[0] != '[')
            return 0;
        int64_t d = 0;
        for (k = 1; k < n && k < 7 && isdig(p[k]); k++)
            d = d * 10 + (p[k] - '0');
        if (k == 1 || k + 14 > n || p[k] != ' ' || !hms(p + k + 1, st) ||
            !ms3(p + k + 9, st))
            return 0;
        st->secs = d;
        return CLOSE_AT(p, n, k + 13, "] ", st);
    }
    case SH_ARDUINO:
    case SH_PIO:
        return n >= 14 && hms(p, st) && ms3(p + 8, st) &&
               (sh == SH_ARDUINO ? CLOSE_AT(p, n, 12, " -> ", st) : CLOSE_AT(p, n, 12, " > ", st));
    case SH_REALTERM: {
        int hi, lo;
        if (n < 11 || !num(p, 5, &hi) || !num(p + 5, 5, &lo) || (p[10] != ',' && p[10] != ' '))
            return 0;
        st->secs = (int64_t)hi * 100000 + lo;
        st->us = 0;
        st->len = 11;
        return 1;
    }
    case SH_COOLTERM:
        if (n < 19 || !ymd(p, st) || p[10] != ' ' || !hms(p + 11, st))
            return 0;
        st->us = 0;
        /* Python logging's asctime: ",mmm " after the seconds is the
         * milliseconds, not CoolTerm's separator before the data */
        int ms;
        if (n > 24 && p[19] == ',' && num(p + 20, 3, &ms) && p[23] == ' ') {
            st->us = (int64_t)ms * 1000;
            st->len = 24;
            return 1;
        }
        if (n > 19 && (p[19] == ' ' || p[19] == '\t' || p[19] == ',')) {
            st->len = 20;
            return 1;
        }
        if (rest_empty(p, 19, n)) {
            st->len = 19;
            return 1;
        }
        return 0;
    default:
        return 0;
    }
}

/* The first shape whose stamp starts the line, or SH_NONE. */
static int classify(const char *p, size_t n, stamp *st)
{
    if (n < 7)
        return SH_NONE;
    if (p[0] == '[') {
        static const int br[] = {SH_TOD,   SH_DATETIME, SH_ISO,    SH_EPOCH,
                                 SH_DELTA, SH_TT_OLD,   SH_ELAPSED};
        for (size_t i = 0; i < sizeof br / sizeof br[0]; i++)
            if (parse(br[i], p, n, st))
                return br[i];
    } else if (isdig(p[0])) {
        static const int dg[] = {SH_ARDUINO, SH_PIO, SH_REALTERM, SH_COOLTERM};
        for (size_t i = 0; i < sizeof dg / sizeof dg[0]; i++)
            if (parse(dg[i], p, n, st))
                return dg[i];
    }
    return SH_NONE;
}

/* A line that starts like shape sh and closes where its stamp would: a
 * stamp, even when its contents do not parse. */
static int framed(int sh, const char *p, size_t n)
{
    if (n == 0 || (frame[sh].open == '[' ? p[0] != '[' : !isdig(p[0])))
        return 0;
    const char *sep = frame[sh].sep;
    size_t m = frame[sh].m;
    size_t lo = frame[sh].close_min >= 2 ? frame[sh].close_min - 2u : 0;
    size_t hi = frame[sh].close_max + 2u;
    for (size_t i = lo; i <= hi && i + m <= n; i++) {
        if (memcmp(p + i, sep, m) != 0)
            continue;
        if (frame[sh].open != '[')
            return 1;
        /* "]" then a blank or the line's end */
        if (rest_empty(p, i + 1, n) || p[i + 1] == ' ')
            return 1;
    }
    if (sh == SH_REALTERM)      /* the other delimiter */
        for (size_t i = 8; i <= 12 && i < n; i++)
            if (p[i] == ' ')
                return 1;
    if (sh == SH_COOLTERM)
        for (size_t i = 17; i <= 21 && i < n; i++)
            if (p[i] == '\t' || p[i] == ',')
                return 1;
    return 0;
}

static ats_time stamp_time(rd_ctx *c, int sh, const stamp *st)
{
    ats_time t = {ATS_TIME_NONE, 0};
    switch (sh) {
    case SH_TOD:
    case SH_ARDUINO:
    case SH_PIO:
        return ats_rd_time_of_day(c, st->h, st->mi, st->s, st->us);
    case SH_ISO:
    case SH_DATETIME:
    case SH_TT_OLD:
    case SH_COOLTERM:
        return ats_rd_time_abs(st->y, st->mo, st->d, st->h, st->mi, st->s, st->us);
    case SH_EPOCH:
    case SH_REALTERM:
        t.kind = ATS_TIME_ABSOLUTE;
        t.us = st->secs * 1000000 + st->us;
        return t;
    case SH_DELTA:
        c->delta_sum_us += st->secs * 1000000 + st->us;
        t.kind = ATS_TIME_RELATIVE;
        t.us = c->delta_sum_us;
        return t;
    case SH_ELAPSED:
        t.kind = ATS_TIME_RELATIVE;
        t.us = ((st->secs * 24 + st->h) * 3600 + st->mi * 60 + st->s) * 1000000 + st->us;
        return t;
    default:
        return t;
    }
}

/* Emits p[0..n) and, if eol, the LF the driver took off (p[n]), as one
 * chunk. A sketch's sentences among the lines are the builder's to judge
 * (builder.c sets_aside): it knows whether a command waits for an answer,
 * and looks only at the lines where a response would be, not at every
 * line of the log. */
static int emit_text(ts_st *s, rd_ctx *c, ats_time t, const char *p, size_t n, int eol,
                     uint64_t line, uint64_t off)
{
    (void)s;
    if (!eol && !n)
        return 0;
    return ats_rd_emit(c, ATS_CHUNK_DATA, ATS_DIR_UNKNOWN, t, p, eol ? n + 1 : n, line, off, NULL);
}

/* RealTerm stamps the first byte after any CR or LF that is not one, so a
 * stamp can follow a CR inside a line: split there. */
static int emit_realterm(ts_st *s, rd_ctx *c, const char *p, size_t n, int eol, uint64_t line,
                         uint64_t off)
{
    size_t i = 0;
    while (i < n) {
        const char *cr = memchr(p + i, '\r', n - i);
        if (!cr)
            break;
        size_t j = (size_t)(cr - p);
        while (j < n && p[j] == '\r')
            j++;
        stamp st;
        if (j < n && parse(SH_REALTERM, p + j, n - j, &st)) {
            if (ats_rd_emit(c, ATS_CHUNK_DATA, ATS_DIR_UNKNOWN, s->t, p, j, line, off, NULL))
                return 1;
            s->t = stamp_time(c, SH_REALTERM, &st);
            p += j + st.len;
            off += j + st.len;
            n -= j + st.len;
            i = 0;
        } else {
            i = j;
        }
    }
    return emit_text(s, c, s->t, p, n, eol, line, off);
}

/* parse() of the file's shape. A [HH:MM:SS.mmm] stamp whose first nine
 * bytes are the last good stamp's has the same clock (hms() reads only
 * those): only its fraction and close are read (a tenth of a stamped line's
 * reading was parsing its clock again). */
static int parse_shape(ts_st *s, int sh, const char *p, size_t n, stamp *st)
{
    if (sh != SH_TOD)
        return parse(sh, p, n, st);
    if (s->tod_ok && n >= 14 && !memcmp(p, s->tod_head, sizeof s->tod_head)) {
        st->h = s->tod_h;
        st->mi = s->tod_mi;
        st->s = s->tod_s;
        return ms3(p + 9, st) && CLOSE_AT(p, n, 13, "] ", st);
    }
    if (!parse(sh, p, n, st))
        return 0;
    memcpy(s->tod_head, p, sizeof s->tod_head);
    s->tod_h = st->h;
    s->tod_mi = st->mi;
    s->tod_s = st->s;
    s->tod_ok = 1;
    return 1;
}

static int ts_line(void *vst, rd_ctx *c, const char *p, size_t n, int eol, uint64_t line,
                   uint64_t off)
{
    ts_st *s = vst;
    stamp st;
    int sh = s->shape;
    if (sh == SH_NONE) {
        sh = classify(p, n, &st);
        if (sh == SH_NONE)
            return emit_text(s, c, s->t, p, n, eol, line, off);
        s->shape = sh;
    } else if (!parse_shape(s, sh, p, n, &st)) {
        if (framed(sh, p, n))
            return ats_rd_emit(c, ATS_CHUNK_UNPARSED, ATS_DIR_UNKNOWN, s->t, p, n, line, off,
                               "tsline: bad timestamp");
        return emit_text(s, c, s->t, p, n, eol, line, off);
    }
    s->t = stamp_time(c, sh, &st);
    if (sh == SH_REALTERM)
        return emit_realterm(s, c, p + st.len, n - st.len, eol, line, off + st.len);
    size_t k = st.len;
    if (k < n && p[k] != '\r') {
        int blank = p[k] == ' ' || p[k] == '\t';
        if (s->pad < 0)
            s->pad = blank && k + 1 < n && p[k + 1] != ' ' && p[k + 1] != '\t' && p[k + 1] != '\r';
        k += s->pad && blank;
    }
    return emit_text(s, c, s->t, p + k, n - k, eol, line, off + k);
}


/* >= 3 lines of the sample, and >= 30 % of its non-empty lines, start with
 * one shape's stamp. */
static int ts_probe(const unsigned char *sp, size_t n)
{
    size_t count[SH_COUNT] = {0}, nonempty = 0, i = 0;
    const char *s = (const char *)sp;
    while (i < n) {
        const char *e = memchr(s + i, '\n', n - i);
        size_t len = e ? (size_t)(e - (s + i)) : n - i;
        if (!e && i > 0)
            break;            /* a cut last line of the sample proves nothing */
        size_t l = len;
        while (l && s[i + l - 1] == '\r')
            l--;
        if (l) {
            stamp st;
            nonempty++;
            count[classify(s + i, l, &st)]++;
        }
        i += len + 1;
    }
    size_t best = 0;
    for (int k = SH_NONE + 1; k < SH_COUNT; k++)
        if (count[k] > best)
            best = count[k];
    return best >= 3 && best * 10 >= nonempty * 3 ? 80 : 0;
}

static int ts_init(void *vst, rd_ctx *c)
{
    (void)c;
    ts_st *s = vst;
    s->shape = SH_NONE;
    s->pad = -1;
    s->t.kind = ATS_TIME_NONE;
    s->t.us = 0;
    s->tod_ok = 0;
    return 0;
}

const rd_vt ats_rd_tsline = {
    {"tsline",
     "timestamp-prefixed line logs: tio, minicom, Tera Term, Arduino/PlatformIO, RealTerm, "
     "CoolTerm (lossy: minicom drops CR and 0x1A, Tera Term text logs rewrite line ends, "
     "Arduino logs are copied text)",
     ">= 3 of the first lines (and >= 30 % of the non-empty ones) start with one stamp shape: "
     "[HH:MM:SS.mmm] , [date time] , [epoch.mmm] , HH:MM:SS.mmm -> , <unix s>, ...",
     1, 0, 1, 0},
    ts_probe, sizeof(ts_st), 0, ts_init, ts_line, NULL, NULL, NULL, ATS_CF_NO_NOTES, 0};
