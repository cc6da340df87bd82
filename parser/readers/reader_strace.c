/* reader_strace.c - strace of the process that owns the tty
 * (capture-formats.md 5.5; docs/formats/strace.md):
 *   [pid N] 10:21:33.123456 write(5</dev/ttyUSB2>, "AT+CSQ\r", 7) = 7
 *   10:21:33.141002 read(5</dev/ttyUSB2>, "AT+CSQ\r\r\n+CSQ: 20,99\r\n", 4096) = 22
 * write/pwrite64 are host->modem, read/pread64 modem->host. The string is
 * strace's string_quote(): \" \\ \f \n \r \t \v, other bytes in octal with
 * the fewest digits (\32), or \xHH with -x/-xx; -s N cuts it and appends
 * "..." after the quote. The stamp (-t, -tt, -ttt, or none) is taken at the
 * syscall's entry; a read split by another process's line
 * ("read(5, <unfinished ...>" then "<... read resumed>"OK\r\n", 4096) = 4")
 * takes the resumed line's stamp, closer to when the bytes came. The port is
 * the first fd whose -y path is a tty, or, without -y, the first fd written
 * to with a line starting "AT"; other fds and other syscalls are the tool's
 * own text (annotations). */
#include <string.h>
#include "reader.h"

typedef struct st_st {
    int fd;                    /* the serial port's fd, -1 not known yet */
    int pending;               /* a read of the port waits for its resumed line */
    unsigned char buf[65536];
} st_st;

static inline int isdig(char c) { return c >= '0' && c <= '9'; }

/* "[pid  123] " at p: its length, or 0 */
static size_t pid_prefix(const char *p, size_t n)
{
    if (n < 7 || memcmp(p, "[pid ", 5) != 0)
        return 0;
    size_t i = 5;
    while (i < n && p[i] == ' ')
        i++;
    size_t d = i;
    while (i < n && isdig(p[i]))
        i++;
    if (i == d || i + 1 >= n || p[i] != ']' || p[i + 1] != ' ')
        return 0;
    return i + 2;
}

/* A stamp at p (-t "HH:MM:SS", -tt "HH:MM:SS.uuuuuu", -ttt "epoch.uuuuuu")
 * followed by a blank: its length with the blank, 0 if none, -1 if the line
 * starts like a stamp that does not parse. */
static long stamp(rd_ctx *c, const char *p, size_t n, ats_time *t)
{
    if (n < 9 || !isdig(p[0]))
        return 0;
    if (p[2] == ':') {
        if (!(isdig(p[1]) && p[5] == ':' && isdig(p[3]) && isdig(p[4]) && isdig(p[6]) &&
              isdig(p[7])))
            return -1;
        int h = (p[0] - '0') * 10 + p[1] - '0', mi = (p[3] - '0') * 10 + p[4] - '0',
            s = (p[6] - '0') * 10 + p[7] - '0';
        if (h > 23 || mi > 59 || s > 60)
            return -1;
        const char *q = p + 8, *end = p + n;
        int64_t us = 0;
        int digits = 0;
        if (q < end && *q == '.' && !ats_rd_frac(&q, end, &us, &digits))
            return -1;
        if (q >= end || *q != ' ')
            return -1;
        *t = ats_rd_time_of_day(c, h, mi, s, us);
        return (long)(q - p) + 1;
    }
    size_t i = 0;
    int64_t secs = 0;
    while (i < n && isdig(p[i]) && i < 12)
        secs = secs * 10 + (p[i++] - '0');
    if (i < 9 || i >= n || p[i] != '.')
        return 0;               /* not an epoch stamp: not this format's */
    const char *q = p + i, *end = p + n;
    int64_t us = 0;
    int digits = 0;
    if (!ats_rd_frac(&q, end, &us, &digits) || q >= end || *q != ' ')
        return -1;
    t->kind = ATS_TIME_ABSOLUTE;
    t->us = secs * 1000000 + us;
    return (long)(q - p) + 1;
}

static const struct {
    const char *name;
    ats_dir dir;
} calls[] = {{"write(", ATS_DIR_TX}, {"pwrite64(", ATS_DIR_TX}, {"read(", ATS_DIR_RX},
             {"pread64(", ATS_DIR_RX}};

/* The data syscall at p: its direction and the length of its name with "(". */
static size_t data_call(const char *p, size_t n, ats_dir *dir)
{
    for (size_t i = 0; i < sizeof calls / sizeof calls[0]; i++) {
        size_t k = strlen(calls[i].name);
        if (n >= k && !memcmp(p, calls[i].name, k)) {
            *dir = calls[i].dir;
            return k;
        }
    }
    return 0;
}

/* Decodes the quoted string starting after the opening quote at p[0..n):
 * bytes into out, *used = bytes of p consumed including the closing quote.
 * 1 done, 0 if the string does not close on this line, -1 at an escape
 * strace does not write. */
static int unquote(const char *p, size_t n, unsigned char *out, size_t cap, size_t *len,
                   size_t *used)
{
    size_t i = 0, k = 0;
    while (i < n && k < cap) {
        char ch = p[i];
        if (ch == '"') {
            *len = k;
            *used = i + 1;
            return 1;
        }
        if (ch != '\\') {
            out[k++] = (unsigned char)ch;
            i++;
            continue;
        }
        if (i + 1 >= n)
            return 0;
        char e = p[i + 1];
        i += 2;
        switch (e) {
        case 'n': out[k++] = '\n'; break;
        case 'r': out[k++] = '\r'; break;
        case 't': out[k++] = '\t'; break;
        case 'f': out[k++] = '\f'; break;
        case 'v': out[k++] = '\v'; break;
        case '"': out[k++] = '"'; break;
        case '\\': out[k++] = '\\'; break;
        case 'x': {
            unsigned char b;
            if (i + 2 > n || !ats_rd_hexbyte(p + i, &b))
                return -1;
            out[k++] = b;
            i += 2;
            break;
        }
        default:
            if (e >= '0' && e <= '7') {
                unsigned v = (unsigned)(e - '0');
                for (int d = 0; d < 2 && i < n && p[i] >= '0' && p[i] <= '7'; d++)
                    v = v * 8 + (unsigned)(p[i++] - '0');
                if (v > 255)
                    return -1;
                out[k++] = (unsigned char)v;
            } else {
                return -1;
            }
        }
    }
    return 0;
}

/* "5" or "5</dev/ttyUSB2>" then ", ": the fd, and whether its path is a tty
 * (-1: no path shown). Returns the bytes taken, 0 if not there. */
static size_t fd_arg(const char *p, size_t n, int *fd, int *tty)
{
    size_t i = 0;
    int v = 0;
    while (i < n && isdig(p[i]) && v < 100000)
        v = v * 10 + (p[i++] - '0');
    if (i == 0)
        return 0;
    *fd = v;
    *tty = -1;
    if (i < n && p[i] == '<') {
        size_t j = i + 1;
        while (j < n && p[j] != '>')
            j++;
        if (j >= n)
            return 0;
        *tty = (j - i - 1 >= 8 && !memcmp(p + i + 1, "/dev/tty", 8)) ||
               (j - i - 1 >= 9 && !memcmp(p + i + 1, "/dev/pts/", 9)) ||
               (j - i - 1 >= 8 && !memcmp(p + i + 1, "/dev/cu.", 8));
        i = j + 1;
    }
    if (i + 2 > n || p[i] != ',' || p[i + 1] != ' ')
        return 0;
    return i + 2;
}

/* After the string: ", N) = R" (a resumed line has the same tail). The
 * string was cut by -s when "..." follows the quote. */
static int cut_by_s(const char *p, size_t n) { return n >= 3 && !memcmp(p, "...", 3); }

static int emit_data(st_st *st, rd_ctx *c, ats_dir dir, ats_time t, const char *p, size_t n,
                     uint64_t line, uint64_t off, size_t at)
{
    size_t len, used;
    int u = unquote(p, n, st->buf, sizeof st->buf, &len, &used);
    if (u <= 0)
        return ats_rd_emit(c, ATS_CHUNK_UNPARSED, dir, t, p - at, n + at, line, off,
                       u < 0 ? "strace: an escape strace does not write (\\n \\r \\t \\f "
                               "\\v \\\" \\\\, octal or \\xHH expected)"
                             : "strace: the string does not close on its line");
    int rc = len ? ats_rd_emit(c, ATS_CHUNK_DATA, dir, t, st->buf, len, line, off + at, NULL) : 0;
    if (rc == 0 && cut_by_s(p + used, n - used))
        rc = ats_rd_emit(c, ATS_CHUNK_UNPARSED, dir, t, p - at, n + at, line, off,
                     "strace: the string was cut by -s (bytes lost; trace with -s 65536)");
    return rc;
}

static int st_line(void *vst, rd_ctx *c, const char *p0, size_t n0, int eol, uint64_t lineno,
                   uint64_t off)
{
    (void)eol;
    st_st *st = vst;
    const char *p = p0;
    size_t n = n0;
    while (n && (p[n - 1] == '\r' || p[n - 1] == '\n'))
        n--;
    if (!n)
        return 0;
    ats_time t = {ATS_TIME_NONE, 0};
    size_t k = pid_prefix(p, n);
    long sl = stamp(c, p + k, n - k, &t);
    if (sl < 0)
        return ats_rd_emit(c, ATS_CHUNK_UNPARSED, ATS_DIR_UNKNOWN, t, p, n, lineno, off,
                       "strace: bad timestamp");
    k += (size_t)sl;
    /* "<... read resumed>" the rest of a split call */
    if (n - k > 5 && !memcmp(p + k, "<... ", 5)) {
        const char *q = memchr(p + k, '>', n - k);
        const char *r = p + k + 5;
        size_t rn = n - k - 5;
        int is_read = (rn >= 13 && !memcmp(r, "read resumed>", 13)) ||
                      (rn >= 16 && !memcmp(r, "pread64 resumed>", 16));
        if (!q || !st->pending || !is_read)
            return ats_rd_emit(c, ATS_CHUNK_ANNOTATION, ATS_DIR_UNKNOWN, t, p, n, lineno, off, NULL);
        st->pending = 0;
        size_t at = (size_t)(q + 1 - p);
        if (at >= n || p[at] != '"')
            return ats_rd_emit(c, ATS_CHUNK_ANNOTATION, ATS_DIR_UNKNOWN, t, p, n, lineno, off, NULL);
        return emit_data(st, c, ATS_DIR_RX, t, p + at + 1, n - at - 1, lineno, off, at + 1);
    }
    ats_dir dir;
    size_t cl = data_call(p + k, n - k, &dir);
    if (!cl)
        return ats_rd_emit(c, ATS_CHUNK_ANNOTATION, ATS_DIR_UNKNOWN, t, p, n, lineno, off, NULL);
    k += cl;
    int fd, tty;
    size_t fl = fd_arg(p + k, n - k, &fd, &tty);
    if (!fl)
        return ats_rd_emit(c, ATS_CHUNK_UNPARSED, ATS_DIR_UNKNOWN, t, p, n, lineno, off,
                       "strace: no file descriptor");
    k += fl;
    if (st->fd < 0) {
        /* the port: a tty by its -y path; without paths, the first fd the
         * host writes an AT command to */
        int at_cmd = dir == ATS_DIR_TX && n - k >= 3 && p[k] == '"' &&
                     (p[k + 1] == 'A' || p[k + 1] == 'a') && (p[k + 2] == 'T' || p[k + 2] == 't');
        if (tty == 1 || (tty < 0 && at_cmd))
            st->fd = fd;
    }
    if (fd != st->fd)
        return ats_rd_emit(c, ATS_CHUNK_ANNOTATION, ATS_DIR_UNKNOWN, t, p, n, lineno, off,
                       "not the serial port's fd");
    while (k < n && p[k] == ' ')
        k++;
    /* a write's string is shown at entry; a read's comes on its resumed line */
    if (n - k >= 16 && !memcmp(p + k, "<unfinished ...>", 16)) {
        st->pending = dir == ATS_DIR_RX;
        return ats_rd_emit(c, ATS_CHUNK_ANNOTATION, ATS_DIR_UNKNOWN, t, p, n, lineno, off, NULL);
    }
    if (n - k < 1 || p[k] != '"') {
        /* a failed call ("read(5, 0x7ffd..., 4096) = -1 EAGAIN") carries no bytes */
        return ats_rd_emit(c, ATS_CHUNK_ANNOTATION, ATS_DIR_UNKNOWN, t, p, n, lineno, off, NULL);
    }
    return emit_data(st, c, dir, t, p + k + 1, n - k - 1, lineno, off, k + 1);
}

/* >= 3 of the sample's lines are read/write calls with a quoted string. */
static int line_pred(const char *p, size_t n)
{
    size_t k = pid_prefix(p, n);
    if (k < n && isdig(p[k])) {
        size_t i = k;
        while (i < n && (isdig(p[i]) || p[i] == ':' || p[i] == '.'))
            i++;
        if (i >= n || p[i] != ' ' || i - k < 8)
            return 0;
        k = i + 1;
    }
    ats_dir d;
    size_t cl = data_call(p + k, n - k, &d);
    if (!cl)
        return 0;
    k += cl;
    int fd, tty;
    size_t fl = fd_arg(p + k, n - k, &fd, &tty);
    return fl && k + fl < n && p[k + fl] == '"';
}

static int st_probe(const unsigned char *s, size_t n) { return ats_rd_probe_lines(s, n, line_pred, 85); }

static int st_init(void *vst, rd_ctx *c)
{
    (void)c;
    st_st *st = vst;
    st->fd = -1;
    return 0;
}

const rd_vt ats_rd_strace = {
    {"strace",
     "strace of the program that owns the tty (-tt -y -s 65536 -e trace=read,write): "
     "write() host->modem, read() modem->host, strace string escapes",
     ">= 3 of the first lines are read(FD, \"...\" or write(FD, \"...\" calls, "
     "with or without [pid N] and a -t/-tt/-ttt stamp",
     1, 1, 0, 0},
    st_probe, sizeof(st_st), 0, st_init, st_line, NULL, NULL, NULL, ATS_CF_NO_NOTES, 0};
