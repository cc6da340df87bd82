/* reader_socat.c - socat -v / -x / -x -v traces (capture-formats.md 5.1;
 * socat.c xioprintblockheader() and xiotransfer()). Every read() socat
 * passes on is a block:
 *   > 2020/06/16 10:21:33.123456  length=7 from=0 to=6       (1.7.x: 6 digits)
 *   < 2020/06/16 10:21:33.000141002  length=28 from=0 to=27  (1.8.x: 9 digits, value in us)
 * then the bytes: -v escapes \r \a \b \v \f \\, TAB and LF raw, any other
 * non-printable as '.' (lossy), and adds no line end, so the next header may
 * start in the middle of a line; -x writes " %02x" per byte and a line end;
 * -x -v writes 16-byte hex+ASCII rows and "--". The header's length= counts
 * the block's bytes: it says where a -v block ends and checks a hex dump.
 * '>' is socat's left address to its right one: host->modem when the
 * application's PTY comes first (the usual "socat -v PTY,... /dev/ttyUSB2,...");
 * --socat-first modem says the modem's device came first. socat's own
 * diagnostics ("2022/05/05 16:09:02 socat[8] N ...") are annotations. */
#include <stdlib.h>
#include <string.h>
#include "reader.h"

enum { M_UNKNOWN = 0, M_TEXT, M_HEX, M_ROWS };

typedef struct socat_st {
    int left_modem;            /* '>' is modem->host */
    int mode;                  /* how blocks are dumped, from the first one */
    int ns9;                   /* 9-digit fractions turned out to be nanoseconds */
    int in_block;              /* a header was read, its bytes are not all seen */
    int had_block;
    /* -v: a block's text ran past its length= (a log written or edited by
     * hand: socat counts what it prints); the text shown is read, up to the
     * next header, and said once */
    int over, said_over;
    /* the last -v block's length= ran out at the end of a line's text: the
     * line end is its byte when more of its text follows (socat writes the
     * next header right after a block's last byte, on the same line) */
    int eol_after;
    ats_dir dir;
    ats_time t;
    uint64_t want, got;
    uint64_t hdr_line, hdr_off;
    /* direction sanity check: the first block with a final result code */
    int checked;
    int right_is_modem_side;   /* 1 if the block was on the side mapped to rx */
    unsigned char first[256];
    size_t nfirst;
    unsigned char buf[65536 + 16];
} socat_st;

static int isdig(char c) { return c >= '0' && c <= '9'; }

static int number(const char **q, const char *e, uint64_t *v)
{
    const char *s = *q;
    uint64_t x = 0;
    int k = 0;
    while (s < e && isdig(*s) && k < 19) {
        x = x * 10 + (uint64_t)(*s++ - '0');
        k++;
    }
    if (k == 0)
        return 0;
    *v = x;
    *q = s;
    return 1;
}

typedef struct hdr {
    int rtol;
    int y, mo, d, h, mi, s;
    int64_t frac;
    int digits;
    uint64_t length, from, to;
} hdr;

/* A block header starting exactly at q and running to the line end. */
static int parse_header(const char *q, const char *e, hdr *o)
{
    if (e - q < 40 || (q[0] != '>' && q[0] != '<') || q[1] != ' ')
        return 0;
    o->rtol = q[0] == '<';
    q += 2;
    if (!ats_rd_digits(&q, e, 4, &o->y) || !ats_rd_lit(&q, e, "/") || !ats_rd_digits(&q, e, 2, &o->mo) ||
        !ats_rd_lit(&q, e, "/") || !ats_rd_digits(&q, e, 2, &o->d) || !ats_rd_lit(&q, e, " ") ||
        !ats_rd_digits(&q, e, 2, &o->h) || !ats_rd_lit(&q, e, ":") || !ats_rd_digits(&q, e, 2, &o->mi) ||
        !ats_rd_lit(&q, e, ":") || !ats_rd_digits(&q, e, 2, &o->s) || o->mo < 1 || o->mo > 12 ||
        o->d < 1 || o->d > 31 || o->h > 23 || o->mi > 59 || o->s > 60)
        return 0;
    o->frac = 0;
    o->digits = 0;
    if (q < e && *q == '.') {
        q++;
        while (q < e && isdig(*q) && o->digits < 9) {
            o->frac = o->frac * 10 + (*q++ - '0');
            o->digits++;
        }
        if (o->digits == 0)
            return 0;
    }
    if (!ats_rd_lit(&q, e, " "))
        return 0;
    ats_rd_lit(&q, e, " ");
    if (!ats_rd_lit(&q, e, "length=") || !number(&q, e, &o->length) || !ats_rd_lit(&q, e, " from=") ||
        !number(&q, e, &o->from) || !ats_rd_lit(&q, e, " to=") || !number(&q, e, &o->to))
        return 0;
    while (q < e && *q == '\r')
        q++;
    return q == e;
}

/* The header on this line, if any: it always ends the line (socat writes it
 * with its line end in one go), but may start after a -v block's bytes. */
static const char *find_header(const char *p, size_t n, hdr *o)
{
    const char *e = p + n;
    const char *q = n > 200 ? e - 200 : p;
    for (; q < e; q++)
        if ((*q == '>' || *q == '<') && parse_header(q, e, o))
            return q;
    return NULL;
}

/* Something that wanted to be a header but does not parse. */
static int header_like(const char *p, size_t n)
{
    const char *e = p + n;
    for (const char *q = p; q + 8 < e; q++)
        if (*q == 'l' && !memcmp(q, "length=", 7) && q > p && q[-1] == ' ')
            for (const char *f = q; f + 6 < e; f++)
                if (!memcmp(f, " from=", 6))
                    return 1;
    return 0;
}

/* socat's diagnostics: "2022/05/05 16:09:02[.uuuuuu] [host ]socat[8] N text"
 * (local time, like the block headers). */
static int diag_time(const char *q, const char *e, ats_time *t)
{
    int y, mo, d, h, mi, s;
    int64_t us = 0;
    if (!ats_rd_digits(&q, e, 4, &y) || !ats_rd_lit(&q, e, "/") || !ats_rd_digits(&q, e, 2, &mo) ||
        !ats_rd_lit(&q, e, "/") || !ats_rd_digits(&q, e, 2, &d) || !ats_rd_lit(&q, e, " ") ||
        !ats_rd_digits(&q, e, 2, &h) || !ats_rd_lit(&q, e, ":") || !ats_rd_digits(&q, e, 2, &mi) ||
        !ats_rd_lit(&q, e, ":") || !ats_rd_digits(&q, e, 2, &s))
        return 0;
    if (q < e && *q == '.' && !ats_rd_frac(&q, e, &us, NULL))
        return 0;
    *t = ats_rd_time_abs(y, mo, d, h, mi, s, us);
    return 1;
}

static int diag_at(const char *q, const char *e)
{
    int v;
    if (!ats_rd_digits(&q, e, 4, &v) || !ats_rd_lit(&q, e, "/") || !ats_rd_digits(&q, e, 2, &v) ||
        !ats_rd_lit(&q, e, "/") || !ats_rd_digits(&q, e, 2, &v) || !ats_rd_lit(&q, e, " ") ||
        !ats_rd_digits(&q, e, 2, &v) || !ats_rd_lit(&q, e, ":") || !ats_rd_digits(&q, e, 2, &v) ||
        !ats_rd_lit(&q, e, ":") || !ats_rd_digits(&q, e, 2, &v))
        return 0;
    if (q < e && *q == '.') {
        q++;
        while (q < e && isdig(*q))
            q++;
    }
    if (!ats_rd_lit(&q, e, " "))
        return 0;
    for (int word = 0; word < 2; word++) {
        const char *w = q;
        while (q < e && *q != ' ' && *q != '[')
            q++;
        if (q < e && *q == '[' && q > w) {
            uint64_t pid;
            q++;
            if (!number(&q, e, &pid) || !ats_rd_lit(&q, e, "] ") || q >= e)
                return 0;
            return strchr("DINWEF", *q) != NULL && (q + 1 == e || q[1] == ' ');
        }
        if (q >= e || *q != ' ')
            return 0;
        q++;                    /* a host name (-lh) before the program name */
    }
    return 0;
}

static int diag(rd_ctx *c, const char *s, size_t n, uint64_t line, uint64_t off)
{
    ats_time t = {ATS_TIME_NONE, 0};
    diag_time(s, s + n, &t);
    return ats_rd_emit(c, ATS_CHUNK_ANNOTATION, ATS_DIR_UNKNOWN, t, s, n, line, off, NULL);
}

/* Finds a diagnostic starting somewhere in the text (glued after data). */
static const char *find_diag(const char *p, size_t n)
{
    const char *e = p + n;
    for (const char *q = p; q + 20 < e; q++)
        if (isdig(*q) && (q == p || !isdig(q[-1])) && q[4] == '/' && diag_at(q, e))
            return q;
    return NULL;
}

static ats_time header_time(socat_st *st, const hdr *h)
{
    int64_t us;
    if (h->digits == 9) {
        /* socat 1.8 prints tv_nsec/1000 with %09ld: the value is in us, so
         * it starts with 000; anything else means real nanoseconds */
        if (h->frac >= 1000000)
            st->ns9 = 1;
        us = st->ns9 ? h->frac / 1000 : h->frac;
    } else {
        us = h->frac;
        for (int k = h->digits; k < 6; k++)
            us *= 10;
        for (int k = h->digits; k > 6; k--)
            us /= 10;
    }
    return ats_rd_time_abs(h->y, h->mo, h->d, h->h, h->mi, h->s, us);
}

static int has(const unsigned char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    for (size_t i = 0; i + k <= n; i++)
        if (!memcmp(s + i, lit, k))
            return 1;
    return 0;
}

/* The first block carrying a final result code is the modem's: if it came
 * from the side mapped to the host, say so once (an annotation). */
static int check_side(socat_st *st, rd_ctx *c)
{
    if (st->checked || !st->nfirst)
        return 0;
    const unsigned char *s = st->first;
    size_t n = st->nfirst;
    if (!has(s, n, "\r\nOK\r\n") && !has(s, n, "\r\nERROR\r\n") && !has(s, n, "+CME ERROR:") &&
        !has(s, n, "+CMS ERROR:"))
        return 0;
    st->checked = 1;
    if (st->dir == ATS_DIR_RX)
        return 0;
    static const char msg_host[] =
        "the bytes marked '>' carry the modem's final result codes: the modem's "
        "device was probably socat's first address; use --socat-first modem";
    static const char msg_modem[] =
        "the bytes marked '<' carry the modem's final result codes although "
        "--socat-first modem: the application's side was probably socat's first address; "
        "leave --socat-first out";
    return ats_rd_warn(c, st->hdr_line, st->hdr_off, st->t, "%s",
                   st->left_modem ? msg_modem : msg_host);
}

static int data(socat_st *st, rd_ctx *c, const unsigned char *b, size_t k, uint64_t line,
                uint64_t off)
{
    if (!k)
        return 0;
    if (st->nfirst < sizeof st->first) {
        size_t m = k < sizeof st->first - st->nfirst ? k : sizeof st->first - st->nfirst;
        memcpy(st->first + st->nfirst, b, m);
        st->nfirst += m;
    }
    return ats_rd_emit(c, ATS_CHUNK_DATA, st->dir, st->t, b, k, line, off, NULL);
}

static int end_block(socat_st *st, rd_ctx *c)
{
    st->in_block = 0;
    return check_side(st, c);
}

/* A block's bytes are all seen with the header that follows: a -v block
 * that stopped short is reported where the next header starts. */
static int close_short(socat_st *st, rd_ctx *c, uint64_t line, uint64_t off)
{
    st->eol_after = 0;
    if (!st->in_block)
        return 0;
    int rc = 0;
    if (st->over) {
        st->over = 0;
        st->in_block = 0;
        return 0;
    }
    if (st->got < st->want)
        rc = ats_rd_emit(c, ATS_CHUNK_UNPARSED, st->dir, st->t, "", 0, line, off,
                     st->mode == M_TEXT   ? "socat block with fewer bytes than its length="
                     : st->mode == M_ROWS ? "socat hex rows shorter than the block's length= (cut)"
                                          : "socat block header with no bytes after it");
    return rc ? rc : end_block(st, c);
}

/* -v: decodes up to want-got bytes of text; *used is how much text. */
static size_t unv(socat_st *st, const char *s, size_t n, size_t *used)
{
    size_t k = 0, i = 0;
    uint64_t room = st->want - st->got;
    while (i < n && k < room) {
        char ch = s[i];
        if (ch == '\r') {
            i++;        /* -v shows CR as \r: a raw one is a CRLF-converted line end */
            continue;
        }
        if (ch == '\\' && i + 1 < n) {
            char x = s[i + 1];
            unsigned char v = 0;
            switch (x) {
            case 'r': v = '\r'; break;
            case 'a': v = '\a'; break;
            case 'b': v = '\b'; break;
            case 'v': v = '\v'; break;
            case 'f': v = '\f'; break;
            case '\\': v = '\\'; break;
            default: break;
            }
            if (v) {
                st->buf[k++] = v;
                i += 2;
                continue;
            }
        }
        st->buf[k++] = (unsigned char)ch;   /* '.' stands for any other byte */
        i++;
    }
    *used = i;
    return k;
}

static int text_piece(socat_st *st, rd_ctx *c, const char *s, size_t n, int nl, uint64_t line,
                      uint64_t off);

/* More text of the last -v block than its length= says (after its bytes on
 * the line, or on the lines after it before the next header; lf: line ends
 * before it that are its bytes): read as the block's, as socat prints a
 * block's bytes and nothing else up to the next header; said once. */
static int overflow(socat_st *st, rd_ctx *c, const char *s, size_t n, int nl, uint64_t line,
                    uint64_t off, unsigned lf)
{
    st->eol_after = 0;
    if (!st->said_over) {
        st->said_over = 1;
        int rc = ats_rd_warn(c, st->hdr_line, st->hdr_off, st->t,
                             "a socat -v block shows more bytes than its header's length= "
                             "(a log written or edited by hand?): the bytes shown are read");
        if (rc)
            return rc;
    }
    st->in_block = 1;
    st->over = 1;
    st->want = UINT64_MAX;
    if (lf) {
        unsigned char nlb[16];
        size_t k = lf < sizeof nlb ? lf : sizeof nlb;
        memset(nlb, '\n', k);
        int rc = data(st, c, nlb, k, line, off);
        if (rc)
            return rc;
    }
    return text_piece(st, c, s, n, nl, line, off);
}

/* Text of a -v block on one line (without its line end); nl: the line end
 * follows and, if the block still wants bytes, is one of them. */
static int text_piece(socat_st *st, rd_ctx *c, const char *s, size_t n, int nl, uint64_t line,
                      uint64_t off)
{
    size_t used = 0, k = 0;
    if (st->in_block)
        k = unv(st, s, n, &used);
    int lf = st->in_block && nl && used == n && st->got + k < st->want;
    if (lf)
        st->buf[k++] = '\n';
    if (k) {
        st->got += k;
        int rc = data(st, c, st->buf, k, line, off);
        if (rc)
            return rc;
    }
    if (st->in_block && st->got >= st->want) {
        int rc = end_block(st, c);
        if (rc)
            return rc;
        if (nl && !lf && used == n && st->mode == M_TEXT)
            st->eol_after = 1;
    }
    if (used < n) {
        /* text after the block's bytes: socat's own diagnostics, or not
         * socat's at all */
        const char *r = s + used;
        size_t rn = n - used;
        while (rn && r[rn - 1] == '\r')
            rn--;
        if (!rn)
            return 0;
        if (diag_at(r, r + rn))
            return diag(c, r, rn, line, off + used);
        if (st->mode == M_TEXT && !header_like(r, rn))
            return overflow(st, c, s + used, n - used, nl, line, off + used, 0);
        return ats_rd_emit(c, ATS_CHUNK_UNPARSED, ATS_DIR_UNKNOWN, st->t, r, rn, line, off + used,
                       header_like(r, rn) ? "socat block header that does not parse"
                                          : "text after a socat block's length= bytes");
    }
    return 0;
}

/* " 41 54 0d" -> bytes; 1 if the whole text is tokens. */
static int hex_tokens(const char *s, size_t n, unsigned char *out, size_t cap, size_t *k)
{
    size_t i = 0;
    *k = 0;
    while (i < n) {
        if (s[i] != ' ' || i + 3 > n || *k >= cap || !ats_rd_hexbyte(s + i + 1, out + *k))
            return 0;
        (*k)++;
        i += 3;
    }
    return 1;
}

/* A -x -v row: 16 slots " hh" or "   ", two spaces, the ASCII column. */
static int hex_row(const char *s, size_t n, unsigned char *out, size_t *k)
{
    *k = 0;
    if (n < 50 || memcmp(s + 48, "  ", 2) != 0)
        return 0;
    size_t i = 0;
    for (; i < 16; i++) {
        const char *slot = s + 3 * i;
        if (!memcmp(slot, "   ", 3))
            break;
        if (slot[0] != ' ' || !ats_rd_hexbyte(slot + 1, out + *k))
            return 0;
        (*k)++;
    }
    for (; i < 16; i++)
        if (memcmp(s + 3 * i, "   ", 3) != 0)
            return 0;
    return *k > 0 && n - 50 == *k;
}

static int hex_line(socat_st *st, rd_ctx *c, const char *s, size_t n, uint64_t line,
                    uint64_t off)
{
    size_t k;
    if (st->mode == M_ROWS) {
        if (n == 2 && !memcmp(s, "--", 2)) {
            if (st->got < st->want)
                return close_short(st, c, line, off);
            st->in_block = 0;
            return 0;
        }
        if (!hex_row(s, n, st->buf, &k))
            return ats_rd_emit(c, ATS_CHUNK_UNPARSED, st->dir, st->t, s, n, line, off,
                           "socat hex row that does not parse (cut?)");
        if (st->got + k > st->want)
            return ats_rd_emit(c, ATS_CHUNK_UNPARSED, st->dir, st->t, s, n, line, off,
                           "socat hex rows longer than the block's length=");
        st->got += k;
        int rc = data(st, c, st->buf, k, line, off);
        if (!rc && st->got == st->want)
            rc = check_side(st, c);     /* "--" follows and ends it */
        return rc;
    }
    if (!hex_tokens(s, n, st->buf, sizeof st->buf, &k)) {
        st->in_block = 0;
        return ats_rd_emit(c, ATS_CHUNK_UNPARSED, st->dir, st->t, s, n, line, off,
                       "socat hex dump cut mid-token");
    }
    if (st->got + k != st->want) {
        int over = st->got + k > st->want;
        st->in_block = 0;
        return ats_rd_emit(c, ATS_CHUNK_UNPARSED, st->dir, st->t, s, n, line, off,
                       over ? "socat hex dump longer than its length="
                            : "socat hex dump shorter than its length= (cut)");
    }
    st->got += k;
    int rc = data(st, c, st->buf, k, line, off);
    return rc ? rc : end_block(st, c);
}

/* The first block's bytes say how the file is dumped: a -x line is exactly
 * 3 characters a byte, -v at most 2. */
static int pick_mode(socat_st *st, const char *s, size_t n)
{
    size_t k;
    if (n == 3 * st->want && hex_tokens(s, n, st->buf, sizeof st->buf, &k))
        return M_HEX;
    if (hex_row(s, n, st->buf, &k) && k <= st->want)
        return M_ROWS;
    return M_TEXT;
}

static int socat_init(void *vst, rd_ctx *c)
{
    socat_st *st = vst;
    st->left_modem = c->opts->socat_modem_first;
    return 0;
}

static int socat_line(void *vst, rd_ctx *c, const char *p, size_t n, int eol, uint64_t lineno,
                      uint64_t off)
{
    socat_st *st = vst;
    hdr h;
    const char *hp = find_header(p, n, &h);
    size_t body = hp ? (size_t)(hp - p) : n;    /* text before the header */
    int rc = 0;

    /* an empty line inside a -v block is its LF byte; after one whose
     * length= ran out at a line end, maybe one of its bytes */
    if (!body && !hp && eol && st->eol_after && st->eol_after < 16)
        st->eol_after++;
    if (body || (st->in_block && st->mode != M_HEX && st->mode != M_ROWS && eol && !hp)) {
        const char *s = p;
        size_t sn = body;
        if (st->in_block && st->mode == M_UNKNOWN) {
            size_t m = sn;
            while (m && s[m - 1] == '\r')
                m--;
            st->mode = pick_mode(st, s, m);
        }
        if (st->in_block && st->mode == M_TEXT) {
            rc = text_piece(st, c, s, sn, eol && !hp, lineno, off);
        } else if (st->in_block) {
            while (sn && s[sn - 1] == '\r')
                sn--;
            rc = hex_line(st, c, s, sn, lineno, off);
        } else {
            size_t raw = sn;
            while (sn && s[sn - 1] == '\r')
                sn--;
            if (sn == 0 || (sn == 2 && !memcmp(s, "--", 2) && st->mode == M_ROWS))
                rc = 0;
            else if (st->eol_after && !diag_at(s, s + sn) && !header_like(s, sn) &&
                     !find_diag(s, sn))
                rc = overflow(st, c, s, raw, eol && !hp, lineno, off, (unsigned)st->eol_after);
            else if (diag_at(s, s + sn))
                rc = diag(c, s, sn, lineno, off);
            else if (!hp && header_like(s, sn))
                rc = ats_rd_emit(c, ATS_CHUNK_UNPARSED, ATS_DIR_UNKNOWN, st->t, s, sn, lineno, off,
                             "socat block header that does not parse");
            else {
                /* glued after a diagnostic? (cannot be: those end their line) */
                const char *dg = find_diag(s, sn);
                size_t un = dg ? (size_t)(dg - s) : sn;
                rc = ats_rd_emit(c, ATS_CHUNK_UNPARSED, ATS_DIR_UNKNOWN, st->t, s, un, lineno, off,
                             st->had_block ? "text outside a socat block"
                                           : "text before the first socat block header");
                if (!rc && dg)
                    rc = diag(c, dg, sn - un, lineno, off + un);
            }
        }
        if (rc)
            return rc;
    }
    if (!hp)
        return 0;
    rc = close_short(st, c, lineno, off + body);
    if (rc)
        return rc;
    st->t = header_time(st, &h);
    st->dir = (h.rtol != 0) == (st->left_modem != 0) ? ATS_DIR_TX : ATS_DIR_RX;
    st->want = h.length;
    st->got = 0;
    st->in_block = h.length > 0;
    st->had_block = 1;
    st->hdr_line = lineno;
    st->hdr_off = off + body;
    st->nfirst = 0;
    return 0;
}

static int socat_finish(void *vst, rd_ctx *c)
{
    socat_st *st = vst;
    if (!st->in_block)
        return 0;
    if (st->over) {
        st->over = 0;
        st->in_block = 0;
        return 0;
    }
    if (st->got < st->want) {
        st->in_block = 0;
        return ats_rd_emit(c, ATS_CHUNK_UNPARSED, st->dir, st->t, "", 0, st->hdr_line, st->hdr_off,
                       "socat block cut by the end of the file (fewer bytes than its length=)");
    }
    return end_block(st, c);
}

static int header_shape(const char *p, size_t n)
{
    hdr h;
    return find_header(p, n, &h) != NULL;
}

static int socat_probe(const unsigned char *s, size_t n)
{
    size_t m, ne;
    ats_rd_count_lines(s, n, header_shape, &m, &ne);
    return m >= 1 ? 88 : 0;
}

const rd_vt ats_rd_socat = {
    {"socat",
     "socat -v (escaped text, lossy: non-printables become '.') / -x (hex, exact) / -x -v "
     "trace: '>' = first address to second (host->modem unless --socat-first modem)",
     "a block header [<>] YYYY/MM/DD HH:MM:SS.ffffff  length=N from=N to=N (also mid-line)",
     1, 1, 1, 0},
    socat_probe, sizeof(socat_st), 0, socat_init, socat_line, NULL, socat_finish, NULL,
    ATS_CF_NO_NOTES, 0};
