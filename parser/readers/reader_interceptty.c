/* reader_interceptty.c - interceptty's dump (capture-formats.md 5.2;
 * docs/formats/interceptty.md), one byte per line:
 *   < 0x41 (A)      a byte sent to the backend device
 *   > \t0x41 (A)    a byte received from it (a TAB after "> ")
 * interceptty 0.6 dumpbuff(): "0x%02x", then " (%c)" for 33..126. The
 * mumme74 fork's -T (3b6fbbb dumpbuff()) puts "[HH:MM SS.uuuuuu]" (a space
 * between minutes and seconds, sic) before the first byte of each read and
 * as many blanks before its other bytes, and names controls (" ([CR])");
 * a stamp followed by a blank is read too. The backend is the device
 * interceptty opened, the modem when it sits in front of the host's
 * program, the host when it was wired the other way round: which side is
 * the host is read from the bytes (the side whose lines start with AT and
 * that never answers like a modem, la.h), the usual wiring when they cannot
 * tell. Bytes of one side are gathered into chunks (la.h) up to a line end
 * or the other side's byte. A line that starts like a byte but does not
 * read as one is unparsed. */
#include <string.h>
#include "la.h"

typedef struct ic_st {
    la *la;
    int to_dev, from_dev;      /* la keys: '<' and '>' lines */
    ats_time t;                /* the -T stamp of the read a blank-led line is in */
} ic_st;

static inline int isdig(char c) { return c >= '0' && c <= '9'; }

/* "[HH:MM SS.uuuuuu]" at p, and a blank after it if there is one: its
 * length (0 none, -1 broken) and the time */
static long ic_stamp(rd_ctx *c, const char *p, size_t n, ats_time *t)
{
    if (n < 1 || p[0] != '[')
        return 0;
    if (n < 18 || !isdig(p[1]) || !isdig(p[2]) || p[3] != ':' || !isdig(p[4]) || !isdig(p[5]) ||
        p[6] != ' ' || !isdig(p[7]) || !isdig(p[8]))
        return -1;
    int h = (p[1] - '0') * 10 + p[2] - '0', mi = (p[4] - '0') * 10 + p[5] - '0',
        s = (p[7] - '0') * 10 + p[8] - '0';
    const char *q = p + 9, *end = p + n;
    int64_t us = 0;
    int digits = 0;
    if (h > 23 || mi > 59 || s > 60 || q >= end || *q != '.' || !ats_rd_frac(&q, end, &us, &digits) ||
        end - q < 2 || q[0] != ']')
        return -1;
    *t = ats_rd_time_of_day(c, h, mi, s, us);
    return (long)(q + 1 + (q[1] == ' ') - p);
}

#define IC_MAXLINE 256         /* bytes on one -e line: interceptty reads 256 at most */

/* The fork's " (c)" / "(c)" after a byte: one character, "[NAME]" or "' '"
 * (char_repr()), at p[i]; the index after it, 0 if it does not read. */
static size_t ic_repr(const char *p, size_t n, size_t i)
{
    if (i >= n || p[i] != '(' || i + 2 >= n)
        return 0;
    if (p[i + 1] == '[') {
        const char *q = memchr(p + i + 1, ']', n - i - 1);
        return q && (size_t)(q - p) + 1 < n && q[1] == ')' ? (size_t)(q - p) + 2 : 0;
    }
    if (p[i + 1] == '\'' && i + 4 < n && p[i + 2] == ' ' && p[i + 3] == '\'' && p[i + 4] == ')')
        return i + 5;
    return p[i + 2] == ')' ? i + 3 : 0;
}

/* The byte line after the stamp: "< 0xHH..." or "> \t0xHH...", or the
 * fork's -e form, a line's bytes up to the end-of-line byte
 * "< 41(A):54(T):0d([CR])" ("< 41:54:0d" with -f hex). 1 and the bytes
 * (*nb of them) and side, 0 if the line is not a byte line, -1 if it starts
 * like one but does not read. */
static int ic_bytes(const char *p, size_t n, unsigned char *b, size_t *nb, int *from_modem)
{
    if (n < 2 || (p[0] != '<' && p[0] != '>') || p[1] != ' ')
        return 0;
    *from_modem = p[0] == '>';
    *nb = 0;
    size_t i = 2;
    if (i < n && p[i] == '\t')
        i++;
    if (n - i >= 2 && p[i] == '0' && p[i + 1] == 'x') {
        if (n - i < 4 || !ats_rd_hexbyte(p + i + 2, b))
            return -1;
        *nb = 1;
        i += 4;
        /* what may follow: nothing, " (c)" or " [NAME]" */
        if (i == n)
            return 1;
        if (p[i] != ' ' || i + 1 >= n)
            return -1;
        char close = p[i + 1] == '(' ? ')' : p[i + 1] == '[' ? ']' : 0;
        return close && p[n - 1] == close ? 1 : -1;
    }
    for (;;) {
        if (n - i < 2 || *nb == IC_MAXLINE || !ats_rd_hexbyte(p + i, b + *nb))
            return -1;
        (*nb)++;
        i += 2;
        size_t r = ic_repr(p, n, i);
        if (r)
            i = r;
        if (i == n)
            return 1;
        if (p[i] != ':')
            return -1;
        i++;
    }
}

static int ic_line(void *vst, rd_ctx *c, const char *p, size_t n, int eol, uint64_t lineno,
                   uint64_t off)
{
    (void)eol;
    ic_st *st = vst;
    while (n && (p[n - 1] == '\r' || p[n - 1] == '\n'))
        n--;
    if (!n)
        return 0;
    ats_time t = {ATS_TIME_NONE, 0};
    long sl = ic_stamp(c, p, n, &t);
    if (sl < 0)
        return ats_la_other(st->la, c, ATS_CHUNK_UNPARSED, -1, t, p, n, lineno, off,
                        "interceptty: bad timestamp");
    if (sl > 0) {
        st->t = t;
    } else if (p[0] == ' ' && st->t.kind != ATS_TIME_NONE) {
        /* -T: the read's other bytes, the stamp's width of blanks before them */
        while ((size_t)sl < n && p[sl] == ' ')
            sl++;
        t = st->t;
    }
    unsigned char b[IC_MAXLINE];
    size_t nb;
    int from_modem;
    int r = ic_bytes(p + sl, n - (size_t)sl, b, &nb, &from_modem);
    if (r == 0)
        return ats_la_other(st->la, c, ATS_CHUNK_ANNOTATION, -1, t, p, n, lineno, off, NULL);
    if (r < 0)
        return ats_la_other(st->la, c, ATS_CHUNK_UNPARSED, -1, t, p, n, lineno, off,
                        "interceptty: not a byte (< 0xHH or > TAB 0xHH, or -e's HH(c):HH(c))");
    for (size_t k = 0; k < nb; k++) {
        int rc = ats_la_byte(st->la, c, from_modem ? st->from_dev : st->to_dev, t, 0, 0, 0, b[k],
                             lineno, off);
        if (rc)
            return rc;
    }
    return 0;
}

static int line_pred(const char *p, size_t n)
{
    if (n && p[0] == '[') {
        const char *q = memchr(p, ']', n);
        if (!q || (size_t)(q - p) + 2 > n)
            return 0;
        size_t k = (size_t)(q - p) + 1 + (q[1] == ' ');
        n -= k;
        p += k;
    } else {
        while (n && p[0] == ' ')  /* -T: a read's other bytes */
            p++, n--;
    }
    unsigned char b[IC_MAXLINE];
    size_t nb;
    int m;
    return ic_bytes(p, n, b, &nb, &m) == 1;
}

static int ic_probe(const unsigned char *s, size_t n) { return ats_rd_probe_lines(s, n, line_pred, 85); }

static int ic_init(void *vst, rd_ctx *c)
{
    (void)c;
    ic_st *st = vst;
    st->la = ats_la_new(0);
    if (!st->la)
        return -1;
    st->t.kind = ATS_TIME_NONE;
    st->to_dev = ats_la_key(st->la, "<", 1, 1, ATS_DIR_TX);
    st->from_dev = ats_la_key(st->la, ">", 1, 1, ATS_DIR_RX);
    return st->to_dev < 0 || st->from_dev < 0 ? -1 : 0;
}

static int ic_finish(void *vst, rd_ctx *c) { return ats_la_finish(((ic_st *)vst)->la, c); }

static void ic_free(void *vst) { ats_la_free(((ic_st *)vst)->la); }

const rd_vt ats_rd_interceptty = {
    {"interceptty",
     "interceptty dump: one byte per line, '<' to the device, '>' TAB from it (the side "
     "sending AT is the host; the usual wiring, device = modem, when the bytes cannot tell); "
     "the mumme74 fork's -T time stamps",
     ">= 3 of the first lines are < 0xHH or > TAB 0xHH byte lines, optionally after "
     "[HH:MM SS.uuuuuu]",
     1, 1, 0, 0},
    ic_probe, sizeof(ic_st), 0, ic_init, ic_line, NULL, ic_finish, ic_free, ATS_CF_NO_NOTES, 0};
