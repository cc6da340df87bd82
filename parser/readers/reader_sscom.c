/* reader_sscom.c - the Chinese serial assistants, directed and stamped per
 * record (capture-formats.md 3.1, 3.2):
 *   SSCOM:      [HH:MM:SS.mmm]发→◇AT+CSQ        (send; "□" ends the block)
 *               [HH:MM:SS.mmm]收←◆+CSQ: 20,99   (receive; body on the next lines)
 *               [HH:MM:SS.mmm]发→◇41 54 0D 0A □  (hex display: the bytes as pairs)
 *   UartAssist: [YYYY-MM-DD HH:MM:SS.mmm]# SEND ASCII>   (or RECV, HEX)
 * Files from Chinese Windows are GBK: markers are matched in both encodings
 * and body text that is not UTF-8 is converted from GB18030 with iconv. The
 * tools show CR and LF as line breaks, so the exact line-end bytes are lost
 * (the format is marked lossy); hex records are exact. */
#include <iconv.h>
#include <string.h>
#include "reader.h"

static const char U8_TX[] = "\xe5\x8f\x91\xe2\x86\x92\xe2\x97\x87";  /* 发→◇ */
static const char U8_RX[] = "\xe6\x94\xb6\xe2\x86\x90\xe2\x97\x86";  /* 收←◆ */
static const char GB_TX[] = "\xb7\xa2\xa1\xfa\xa1\xf3";
static const char GB_RX[] = "\xca\xd5\xa1\xfb\xa1\xf4";
static const char U8_END[] = "\xe2\x96\xa1";                          /* □ */
static const char GB_END[] = "\xa1\xf5";

typedef struct sscom_st {
    int uartassist;
    int in_record;
    ats_dir dir;
    ats_time t;
    int hex;
    int hex_seen;       /* a record of the log was shown in hex */
    /* a receive record's blank line, held: SSCOM ends each receive record
     * with a line break of its own, so the blank right before the next
     * header (or the end) is the tool's, one before more text the modem's */
    int blank_held;
    uint64_t blank_line, blank_off;
    iconv_t gbk;
    char conv[4 * 65536];
} sscom_st;

/* "[HH:MM:SS.mmm]" (sscom) -> 1 and the time */
static int tod_stamp(const char **p, const char *e, int *h, int *m, int *s, int64_t *us)
{
    const char *q = *p;
    if (!ats_rd_lit(&q, e, "[") || !ats_rd_digits(&q, e, 2, h) || !ats_rd_lit(&q, e, ":") ||
        !ats_rd_digits(&q, e, 2, m) || !ats_rd_lit(&q, e, ":") || !ats_rd_digits(&q, e, 2, s) ||
        !ats_rd_frac(&q, e, us, NULL) || !ats_rd_lit(&q, e, "]"))
        return 0;
    *p = q;
    return 1;
}

static int sscom_marker(const char **p, const char *e, ats_dir *dir)
{
    if (ats_rd_lit(p, e, U8_TX) || ats_rd_lit(p, e, GB_TX)) {
        *dir = ATS_DIR_TX;
        return 1;
    }
    if (ats_rd_lit(p, e, U8_RX) || ats_rd_lit(p, e, GB_RX)) {
        *dir = ATS_DIR_RX;
        return 1;
    }
    return 0;
}

/* A line that looks like an SSCOM header (time syntax not yet checked). */
static int sscom_shape(const char *p, size_t n)
{
    const char *e = p + n, *q = p;
    if (n < 16 || p[0] != '[')
        return 0;
    const char *close = memchr(p, ']', n < 20 ? n : 20);
    if (!close)
        return 0;
    q = close + 1;
    ats_dir d;
    return sscom_marker(&q, e, &d);
}

static int ua_header(const char *p, size_t n, int *y, int *mo, int *d, int *h, int *mi,
                     int *s, int64_t *us, ats_dir *dir, int *hex, size_t *body)
{
    const char *e = p + n, *q = p;
    if (!ats_rd_lit(&q, e, "[") || !ats_rd_digits(&q, e, 4, y) || !ats_rd_lit(&q, e, "-") ||
        !ats_rd_digits(&q, e, 2, mo) || !ats_rd_lit(&q, e, "-") || !ats_rd_digits(&q, e, 2, d) ||
        !ats_rd_lit(&q, e, " ") || !ats_rd_digits(&q, e, 2, h) || !ats_rd_lit(&q, e, ":") ||
        !ats_rd_digits(&q, e, 2, mi) || !ats_rd_lit(&q, e, ":") || !ats_rd_digits(&q, e, 2, s) ||
        !ats_rd_frac(&q, e, us, NULL) || !ats_rd_lit(&q, e, "]# "))
        return 0;
    if (ats_rd_lit(&q, e, "SEND "))
        *dir = ATS_DIR_TX;
    else if (ats_rd_lit(&q, e, "RECV "))
        *dir = ATS_DIR_RX;
    else
        return 0;
    if (ats_rd_lit(&q, e, "ASCII>"))
        *hex = 0;
    else if (ats_rd_lit(&q, e, "HEX>"))
        *hex = 1;
    else
        return 0;
    ats_rd_lit(&q, e, " ");
    *body = (size_t)(q - p);
    return 1;
}

static int ua_shape(const char *p, size_t n)
{
    int y, mo, d, h, mi, s, hex;
    int64_t us;
    ats_dir dir;
    size_t b;
    return ua_header(p, n, &y, &mo, &d, &h, &mi, &s, &us, &dir, &hex, &b);
}

static int sscom_probe(const unsigned char *s, size_t n)
{
    size_t m, ne;
    ats_rd_count_lines(s, n, sscom_shape, &m, &ne);
    return m >= 1 ? 92 : 0;
}

static int ua_probe(const unsigned char *s, size_t n)
{
    size_t m, ne;
    ats_rd_count_lines(s, n, ua_shape, &m, &ne);
    return m >= 1 ? 91 : 0;
}

static int init_common(void *vst, rd_ctx *c)
{
    (void)c;
    sscom_st *st = vst;
    st->gbk = iconv_open("UTF-8", "GB18030");
    return 0;
}

static int init_ua(void *vst, rd_ctx *c)
{
    ((sscom_st *)vst)->uartassist = 1;
    return init_common(vst, c);
}

static void free_common(void *vst)
{
    sscom_st *st = vst;
    if (st->gbk != (iconv_t)-1 && st->gbk)
        iconv_close(st->gbk);
}

/* Emits body text: hex tokens decoded, GBK converted, a line end added. */
static int body(sscom_st *st, rd_ctx *c, const char *p, size_t n, int add_eol, uint64_t line,
                uint64_t off)
{
    if (st->hex) {
        unsigned char bytes[32768];
        size_t k = 0, i = 0;
        while (i < n && k < sizeof bytes) {
            while (i < n && (p[i] == ' ' || p[i] == '\r' || p[i] == '\t'))
                i++;
            if (i + 1 < n + 0 && i + 2 <= n && ats_rd_hexbyte(p + i, &bytes[k])) {
                k++;
                i += 2;
            } else if (i < n) {
                return ats_rd_emit(c, ATS_CHUNK_UNPARSED, st->dir, st->t, p, n, line, off,
                               "hex record with a token that is not a hex byte");
            }
        }
        return ats_rd_emit(c, ATS_CHUNK_DATA, st->dir, st->t, bytes, k, line, off, NULL);
    }
    while (n && p[n - 1] == '\r')
        n--;
    const char *text = p;
    size_t tn = n;
    if (!ats_is_utf8((const unsigned char *)p, n) && st->gbk != (iconv_t)-1 && st->gbk) {
        char *ip = (char *)p, *op = st->conv;
        size_t il = n, ol = sizeof st->conv - 2;
        iconv(st->gbk, NULL, NULL, NULL, NULL);
        if (iconv(st->gbk, &ip, &il, &op, &ol) != (size_t)-1) {
            text = st->conv;
            tn = (size_t)(op - st->conv);
        }
    }
    if (add_eol) {
        char *buf = st->conv;
        if (text != st->conv) {
            size_t m = tn < sizeof st->conv - 2 ? tn : sizeof st->conv - 2;
            memmove(buf, text, m);
            tn = m;
        }
        buf[tn++] = '\r';
        buf[tn++] = '\n';
        text = buf;
    }
    return ats_rd_emit(c, ATS_CHUNK_DATA, st->dir, st->t, text, tn, line, off, NULL);
}

/* Text that starts a V.250 command line ("AT" or "at", blanks before it). */
static int command_line(const char *p, size_t n)
{
    while (n && (*p == ' ' || *p == '\t'))
        p++, n--;
    return n >= 2 && (p[0] == 'A' || p[0] == 'a') && (p[1] == 'T' || p[1] == 't');
}

/* A TX line of SSCOM: a trailing "□" ends the block. Text before it on the
 * same line was sent without a line end (a payload after a prompt), unless
 * it is a command line: the display drops line-end bytes, and a module
 * only runs a command line it saw ended, so one shown "AT+CSQ□" was ended
 * (the shape a hand-typed copy of the display takes). */
static int tx_line(sscom_st *st, rd_ctx *c, const char *p, size_t n, uint64_t line, uint64_t off)
{
    size_t m = n;
    while (m && p[m - 1] == '\r')
        m--;
    size_t mark = m >= 3 && !memcmp(p + m - 3, U8_END, 3)   ? 3
                  : m >= 2 && !memcmp(p + m - 2, GB_END, 2) ? 2
                                                            : 0;
    if (mark) {
        st->in_record = 0;
        m -= mark;
        int cmd = command_line(p, m);
        while (cmd && p[m - 1] == ' ')
            m--;
        return m == 0 ? 0 : body(st, c, p, m, cmd, line, off);
    }
    return body(st, c, p, n, 1, line, off);
}

/* The length of a send line without SSCOM's end mark "□" (UTF-8 or GBK)
 * and the blanks and CRs around it; *mark says whether it was there. */
static size_t before_end_mark(const char *p, size_t n, int *mark)
{
    size_t m = n;
    while (m && (p[m - 1] == '\r' || p[m - 1] == ' '))
        m--;
    *mark = 0;
    if (m >= 3 && !memcmp(p + m - 3, U8_END, 3)) {
        m -= 3;
        *mark = 1;
    } else if (m >= 2 && !memcmp(p + m - 2, GB_END, 2)) {
        m -= 2;
        *mark = 1;
    }
    if (*mark)
        while (m && p[m - 1] == ' ')
            m--;
    return m;
}

/* Hex display: the body is byte pairs and blanks (sscom writes "41 54 0D 0A "
 * and, for a send, "□" after them). Two pairs at least, or one once the log
 * has shown a hex record (a one-byte chunk in a hex log; in a text log "20"
 * alone is text). */
static int hexish(const char *p, size_t n, int min_tok)
{
    size_t tok = 0, i = 0;
    while (i < n) {
        if (p[i] == ' ' || p[i] == '\r') {
            i++;
            continue;
        }
        unsigned char b;
        if (i + 2 > n || !ats_rd_hexbyte(p + i, &b) || (i + 2 < n && p[i + 2] != ' ' && p[i + 2] != '\r'))
            return 0;
        tok++;
        i += 2;
    }
    return tok >= (size_t)min_tok;
}

static int sscom_line(void *vst, rd_ctx *c, const char *p, size_t n, int eol, uint64_t line,
                      uint64_t off)
{
    (void)eol;
    sscom_st *st = vst;
    const char *e = p + n, *q = p;
    if (!st->uartassist && sscom_shape(p, n)) {
        int h, m, s;
        int64_t us;
        ats_dir dir = ATS_DIR_UNKNOWN;
        st->blank_held = 0;
        if (!tod_stamp(&q, e, &h, &m, &s, &us) || h > 23 || m > 59 || s > 60) {
            /* the line claims to be a header but its time is broken: keep the
             * direction, report the line */
            const char *close = memchr(p, ']', n);
            q = close ? close + 1 : p;
            sscom_marker(&q, e, &dir);
            st->dir = dir;
            st->in_record = 1;
            st->hex = 0;
            return ats_rd_emit(c, ATS_CHUNK_UNPARSED, dir, st->t, p, n, line, off,
                           "sscom header with a bad timestamp");
        }
        sscom_marker(&q, e, &dir);
        st->t = ats_rd_time_of_day(c, h, m, s, us);
        st->dir = dir;
        st->in_record = 1;
        size_t b = (size_t)(q - p);
        int mark = 0;
        size_t hn = dir == ATS_DIR_TX ? before_end_mark(q, n - b, &mark) : n - b;
        st->hex = hexish(q, hn, st->hex_seen ? 1 : 2);
        if (st->hex) {
            /* a hex send shows its CR LF as 0D 0A before the mark: the mark
             * ends the block on this line */
            st->hex_seen = 1;
            if (mark)
                st->in_record = 0;
            return body(st, c, q, hn, 0, line, off + b);
        }
        if (dir == ATS_DIR_TX)
            return tx_line(st, c, q, n - b, line, off + b);
        return body(st, c, q, n - b, 1, line, off + b);
    }
    if (st->uartassist) {
        int y, mo, d, h, mi, s, hex;
        int64_t us;
        ats_dir dir;
        size_t b;
        if (n && p[0] == '[' && n > 20 && memchr(p, '#', n) &&
            !ua_header(p, n, &y, &mo, &d, &h, &mi, &s, &us, &dir, &hex, &b))
            return ats_rd_emit(c, ATS_CHUNK_UNPARSED, st->dir, st->t, p, n, line, off,
                           "UartAssist header that does not parse");
        if (n && p[0] == '[' && ua_header(p, n, &y, &mo, &d, &h, &mi, &s, &us, &dir, &hex, &b)) {
            st->t = ats_rd_time_abs(y, mo, d, h, mi, s, us);
            st->dir = dir;
            st->hex = hex;
            st->in_record = 1;
            while (b < n && p[b] == '\r')
                b++;
            if (b < n)      /* body pasted on the header line */
                return body(st, c, p + b, n - b, !hex, line, off + b);
            return 0;
        }
    }
    if (!st->in_record) {
        if (n == 0 || (n == 1 && p[0] == '\r'))
            return 0;
        return ats_rd_emit(c, ATS_CHUNK_UNPARSED, ATS_DIR_UNKNOWN, st->t, p, n, line, off,
                       "text before the first record");
    }
    if (st->dir == ATS_DIR_TX && !st->uartassist && !st->hex)
        return tx_line(st, c, p, n, line, off);
    /* UartAssist ends each record with a blank line; in a send record it is
     * not data (in a receive record it may be the modem's, and is harmless) */
    if (st->uartassist && st->dir == ATS_DIR_TX && (n == 0 || (n == 1 && p[0] == '\r')))
        return 0;
    if (st->hex && (n == 0 || (n == 1 && p[0] == '\r')))
        return 0;
    if (!st->uartassist && st->dir == ATS_DIR_RX) {
        if (st->blank_held) {
            st->blank_held = 0;
            int rc = body(st, c, p, 0, 1, st->blank_line, st->blank_off);
            if (rc)
                return rc;
        }
        if (n == 0 || (n == 1 && p[0] == '\r')) {
            st->blank_held = 1;
            st->blank_line = line;
            st->blank_off = off;
            return 0;
        }
    }
    return body(st, c, p, n, !st->hex, line, off);
}

const rd_vt ats_rd_sscom = {
    {"sscom", "SSCOM 串口调试助手 (sscom5): [HH:MM:SS.mmm]发→◇ / 收←◆ records, UTF-8 or GBK",
     "a line starting [HH:MM:SS.mmm] then 发→◇ or 收←◆", 1, 1, 1, 1},
    sscom_probe, sizeof(sscom_st), 0, init_common, sscom_line, NULL, NULL, free_common,
    ATS_CF_NO_NOTES, 0};

const rd_vt ats_rd_uartassist = {
    {"uartassist", "UartAssist / NetAssist: [date time.mmm]# SEND|RECV ASCII|HEX> records",
     "a line [YYYY-MM-DD HH:MM:SS.mmm]# SEND or RECV ASCII> or HEX>", 1, 1, 1, 1},
    ua_probe, sizeof(sscom_st), 0, init_ua, sscom_line, NULL, NULL, free_common, ATS_CF_NO_NOTES, 0};
