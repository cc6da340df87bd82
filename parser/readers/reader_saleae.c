/* reader_saleae.c - Saleae Logic async serial exports (capture-formats.md 6.2):
 *   Logic 2 "Export Table":   name,type,start_time,duration,data
 *                             "MCU TX","data",0.001000000,8.68e-05,0x41
 *                             (start_time also ISO-8601: 2026-09-22T08:20:18.204048396+00:00)
 *   Logic 1.x analyzer export: Time [s],Value,Parity Error,Framing Error
 *                             0.011000000000000,0x41,,
 *   DSView's protocol export:  Id,Time[ns],1:UART: RX/TX,1:UART: RX/TX
 *                             2,1008000.00,41,
 *                             (DSView pv/dialogs/protocolexp.cpp save_proc(): one row per
 *                             start sample, each selected decoder row a column, the
 *                             annotation's first text: %02X in hex, the character or [0D]
 *                             in ASCII; the Start bit / Stop bit annotations of the data
 *                             row are rows of their own)
 * Columns are found by their header names, fields may be quoted, extra
 * columns are allowed. One byte per row: consecutive bytes of one analyzer
 * are gathered into one chunk while they follow each other on the wire.
 * Which analyzer is the host is read from the bytes (the side whose lines
 * start with AT and that never answers OK/ERROR/+XXX:), not from its name:
 * the byte-row assembler (byterows.c) does both. */
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "la.h"

#define MAXF 64

typedef struct fld {
    const char *p;
    size_t n;
} fld;

/* Splits a CSV line into fields, unquoting into out (at least n bytes).
 * Returns the number of fields (those past maxf are counted, not kept). */
static size_t csv_split(const char *p, size_t n, char *out, fld *f, size_t maxf)
{
    size_t nf = 0, i = 0, o = 0;
    for (;;) {
        size_t start = o;
        if (i < n && p[i] == '"')
            i = ats_rd_csv_unquote(p, i, n, out, &o);
        while (i < n && p[i] != ',')
            out[o++] = p[i++];
        if (nf < maxf) {
            f[nf].p = out + start;
            f[nf].n = o - start;
        }
        nf++;
        if (i >= n)
            break;
        i++;
    }
    return nf;
}

static int field_is(fld f, const char *w)
{
    const char *p = f.p;
    size_t n = f.n, m = strlen(w);
    ats_trim_blanks(&p, &n);
    if (n != m)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char a = p[i], b = w[i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a + 32);
        if (b >= 'A' && b <= 'Z')
            b = (char)(b + 32);
        if (a != b)
            return 0;
    }
    return 1;
}

static int field_has_error(fld f)
{
    const char *p = f.p;
    size_t n = f.n;
    ats_trim_blanks(&p, &n);
    for (size_t i = 0; i + 5 <= n; i++) {
        int ok = 1;
        for (size_t j = 0; j < 5 && ok; j++)
            ok = (p[i + j] | 0x20) == "error"[j];
        if (ok)
            return 1;
    }
    return 0;
}

typedef struct cols {
    int kind;                  /* 0 not a header, 1 Logic 2, 2 Logic 1, 3 DSView */
    int name, type, time, dur, data;
    int dcol[8];               /* DSView: a decoder row per column, each its own side */
    int ndcol;
    int err[4];
    int nerr;
    int need;                  /* fields a row must have */
    int ncol;                  /* the header's fields */
} cols;

static int header(const fld *f, size_t nf, cols *c)
{
    memset(c, 0, sizeof *c);
    c->name = c->type = c->time = c->dur = c->data = -1;
    int logic1 = 0;
    if (nf > MAXF)
        nf = MAXF;
    /* DSView: Id,Time[ns], then the decoder rows the user picked */
    if (nf >= 3 && field_is(f[0], "Id") && field_is(f[1], "Time[ns]")) {
        c->kind = 3;
        c->time = 1;
        for (size_t i = 2; i < nf && c->ndcol < 8; i++)
            c->dcol[c->ndcol++] = (int)i;
        c->need = 3;
        return 1;
    }
    for (size_t i = 0; i < nf; i++) {
        int k = (int)i;
        if (field_is(f[i], "name") || field_is(f[i], "Analyzer Name"))
            c->name = c->name < 0 ? k : c->name;
        else if (field_is(f[i], "type"))
            c->type = c->type < 0 ? k : c->type;
        else if (field_is(f[i], "start_time"))
            c->time = c->time < 0 ? k : c->time;
        else if (field_is(f[i], "Time [s]")) {
            if (c->time < 0) {
                c->time = k;
                logic1 = 1;
            }
        } else if (field_is(f[i], "duration"))
            c->dur = c->dur < 0 ? k : c->dur;
        else if (field_is(f[i], "data") || field_is(f[i], "Value") ||
                 field_is(f[i], "Decoded Protocol Result"))
            c->data = c->data < 0 ? k : c->data;
        else if (field_has_error(f[i]) && c->nerr < 4)
            c->err[c->nerr++] = k;
    }
    if (c->time < 0 || c->data < 0)
        return 0;
    c->kind = logic1 ? 2 : 1;
    c->ncol = (int)nf;
    int need = c->time > c->data ? c->time : c->data;
    if (c->name > need)
        need = c->name;
    if (c->type > need)
        need = c->type;
    if (c->dur > need)
        need = c->dur;
    c->need = need + 1;
    return 1;
}

static int probe(const unsigned char *s, size_t n)
{
    size_t i = 0;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        i = 3;
    /* the first non-empty line is the header */
    while (i < n) {
        const unsigned char *e = memchr(s + i, '\n', n - i);
        size_t len = e ? (size_t)(e - (s + i)) : n - i;
        size_t l = len;
        while (l && s[i + l - 1] == '\r')
            l--;
        if (l) {
            char buf[2048];
            fld f[MAXF];
            if (l > sizeof buf)
                return 0;
            size_t nf = csv_split((const char *)s + i, l, buf, f, MAXF);
            cols c;
            return header(f, nf, &c) ? 95 : 0;
        }
        if (!e)
            break;
        i += len + 1;
    }
    return 0;
}

typedef struct saleae_st {
    la *la;
    cols c;
    int radix;                 /* 0 not known yet, 'x' hex, 'd' decimal, 'a' ASCII */
    int last_col;              /* DSView: the column of the last byte, -1 none */
    char scratch[65536 + 16];
} saleae_st;

static int init(void *vst, rd_ctx *c)
{
    (void)c;
    saleae_st *st = vst;
    st->last_col = -1;
    /* Logic 1 rows have no duration: bytes more than 1 ms apart are apart */
    st->la = ats_la_new(1000000);
    return st->la ? 0 : -1;
}

static void sfree(void *vst)
{
    ats_la_free(((saleae_st *)vst)->la);
}

static int isdig(char ch) { return ch >= '0' && ch <= '9'; }

/* "0.001086806", "-1.5", "8.68e-05" -> ns, exactly (no float on the way). */
static int dec_ns(const char *s, size_t n, int64_t *out)
{
    size_t i = 0;
    int neg = 0, digits = 0, sig = 0, exp = 0;
    uint64_t m = 0;
    if (i < n && (s[i] == '-' || s[i] == '+'))
        neg = s[i++] == '-';
    for (; i < n && isdig(s[i]); i++, digits++) {
        if (sig < 18) {
            m = m * 10 + (uint64_t)(s[i] - '0');
            sig += m != 0;
        } else {
            exp++;
        }
    }
    if (i < n && s[i] == '.') {
        for (i++; i < n && isdig(s[i]); i++, digits++) {
            if (sig < 18) {
                m = m * 10 + (uint64_t)(s[i] - '0');
                sig += m != 0;
                exp--;
            }
        }
    }
    if (!digits)
        return 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        int eneg = 0, e = 0, ed = 0;
        i++;
        if (i < n && (s[i] == '-' || s[i] == '+'))
            eneg = s[i++] == '-';
        for (; i < n && isdig(s[i]); i++, ed++)
            if (e < 1000)
                e = e * 10 + (s[i] - '0');
        if (!ed)
            return 0;
        exp += eneg ? -e : e;
    }
    if (i != n)
        return 0;
    int p = exp + 9;
    for (; p > 0 && m; p--) {
        if (m > (uint64_t)INT64_MAX / 10)
            return 0;
        m *= 10;
    }
    for (; p < 0 && m; p++)
        m /= 10;
    *out = neg ? -(int64_t)m : (int64_t)m;
    return 1;
}

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if (a % b && a < 0)
        q--;
    return q;
}

/* 2026-09-22T08:20:18.204048396+00:00 (also Z, +0800, no zone = UTC) */
static int iso_time(const char *s, size_t n, int64_t *us, int64_t *ns)
{
    const char *q = s, *e = s + n;
    int y, mo, d, h, mi, sec;
    if (!ats_rd_digits(&q, e, 4, &y) || !ats_rd_lit(&q, e, "-") || !ats_rd_digits(&q, e, 2, &mo) ||
        !ats_rd_lit(&q, e, "-") || !ats_rd_digits(&q, e, 2, &d) ||
        !(ats_rd_lit(&q, e, "T") || ats_rd_lit(&q, e, " ")) || !ats_rd_digits(&q, e, 2, &h) ||
        !ats_rd_lit(&q, e, ":") || !ats_rd_digits(&q, e, 2, &mi) || !ats_rd_lit(&q, e, ":") ||
        !ats_rd_digits(&q, e, 2, &sec))
        return 0;
    /* beyond these years the time in ns no longer fits in 64 bits */
    if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 ||
        sec > 60)
        return 0;
    int64_t frac = 0;
    if (q < e && (*q == '.' || *q == ',')) {
        q++;
        int k = 0;
        for (; q < e && isdig(*q); q++, k++)
            if (k < 9)
                frac = frac * 10 + (*q - '0');
        if (!k)
            return 0;
        for (; k < 9; k++)
            frac *= 10;
    }
    int64_t zone = 0;
    if (q < e && *q == 'Z') {
        q++;
    } else if (q < e && (*q == '+' || *q == '-')) {
        int neg = *q++ == '-', zh, zm = 0;
        if (!ats_rd_digits(&q, e, 2, &zh))
            return 0;
        ats_rd_lit(&q, e, ":");
        if (q < e && !ats_rd_digits(&q, e, 2, &zm))
            return 0;
        if (zh > 23 || zm > 59)
            return 0;
        zone = (neg ? -1 : 1) * ((int64_t)zh * 3600 + zm * 60);
    }
    if (q != e)
        return 0;
    ats_time t = ats_rd_time_abs(y, mo, d, h, mi, sec, frac / 1000);
    *us = t.us - zone * 1000000;
    *ns = *us * 1000 + frac % 1000;
    return 1;
}

static int hexv(char ch)
{
    if (isdig(ch))
        return ch - '0';
    if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'f')
        return (ch | 0x20) - 'a' + 10;
    return -1;
}

static const ats_time NO_TIME = {ATS_TIME_NONE, 0};

/* DSView's Time[ns] ("1008000.00", QString::number(ns, 'f', 2)): whole ns,
 * the fraction dropped. */
static int dsview_ns(const char *s, size_t n, int64_t *out)
{
    int64_t v = 0;
    size_t i = 0;
    for (; i < n && isdig(s[i]); i++) {
        if (v > (INT64_MAX - 9) / 10)
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    if (!i)
        return 0;
    if (i < n && s[i] == '.')
        for (i++; i < n && isdig(s[i]); i++)
            ;
    *out = v;
    return i == n;
}

/* A DSView annotation of the UART data row as a byte: "41" (hex, the
 * default: %02X), "A" (ASCII 33..126), "[0D]" (ASCII, any other byte). */
static int dsview_byte(const char *p, size_t n, unsigned char *out)
{
    if (n == 2 && hexv(p[0]) >= 0 && hexv(p[1]) >= 0) {
        *out = (unsigned char)(hexv(p[0]) * 16 + hexv(p[1]));
        return 1;
    }
    if (n == 4 && p[0] == '[' && p[3] == ']' && hexv(p[1]) >= 0 && hexv(p[2]) >= 0) {
        *out = (unsigned char)(hexv(p[1]) * 16 + hexv(p[2]));
        return 1;
    }
    if (n == 1 && p[0] > 32 && p[0] < 127) {
        *out = (unsigned char)p[0];
        return 1;
    }
    return 0;
}

/* The data row's other annotations (uart pd.py putg(): 'Start bit', 'Stop bit',
 * 'Parity bit'; the export writes each one's first text, never the short
 * forms, which would be an ASCII byte's text: "S", "T"): the frame's parts,
 * not traffic. */
static int dsview_framing(const char *p, size_t n)
{
    static const char *const w[] = {"Start bit", "Stop bit", "Parity bit"};
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        if (n == strlen(w[i]) && !memcmp(p, w[i], n))
            return 1;
    return 0;
}

/* One DSView row: the time, and a byte (or a framing note) in one column
 * or more, each column its own side (which one is the host: byterows.c).
 * DSView writes the cells as they are ("%1,%2,%3", no quoting), so the row
 * is split here, not as CSV: in ASCII a comma byte is a bare "," and a
 * quote a bare '"'. A row with one comma more than its columns holds a
 * comma byte: alone in a one-column export; with more columns, in the
 * column of the byte before it (a run of bytes keeps to one wire). */
static int dsview_row(saleae_st *st, rd_ctx *c, const char *p, size_t n, uint64_t lineno,
                      uint64_t off)
{
    const cols *cc = &st->c;
    const char *c1 = memchr(p, ',', n);
    const char *c2 = c1 ? memchr(c1 + 1, ',', n - (size_t)(c1 + 1 - p)) : NULL;
    if (!c2)
        return ats_la_other(st->la, c, ATS_CHUNK_UNPARSED, -1, NO_TIME, p, n, lineno, off,
                            "row with fewer columns than the header");
    const char *tp = c1 + 1;
    size_t tn = (size_t)(c2 - tp);
    ats_trim_blanks(&tp, &tn);
    int64_t ns;
    if (!dsview_ns(tp, tn, &ns))
        return ats_la_other(st->la, c, ATS_CHUNK_UNPARSED, -1, NO_TIME, p, n, lineno, off,
                            "bad Time[ns]: not a number of nanoseconds");
    ats_time t = {ATS_TIME_RELATIVE, floor_div(ns, 1000)};
    const char *r = c2 + 1, *end = p + n;
    size_t commas = 0;
    for (const char *q = r; q < end; q++)
        commas += *q == ',';
    fld v[8];
    int nv = cc->ndcol;
    if (nv == 1) {
        v[0].p = r;
        v[0].n = (size_t)(end - r);
    } else if (commas == (size_t)nv) {
        /* a comma byte: in the last byte's column, the others empty */
        int k = st->last_col >= 0 && st->last_col < nv ? st->last_col : 0;
        for (int i = 0; i < nv; i++) {
            v[i].p = r;
            v[i].n = 0;
        }
        v[k].p = ",";
        v[k].n = 1;
    } else {
        for (int i = 0; i < nv; i++) {
            const char *e = i + 1 < nv ? memchr(r, ',', (size_t)(end - r)) : NULL;
            if (!e)
                e = end;
            v[i].p = r;
            v[i].n = (size_t)(e - r);
            r = e < end ? e + 1 : end;
        }
    }
    for (int k = 0; k < nv; k++) {
        const char *vp = v[k].p;
        size_t vn = v[k].n;
        if (!(vn == 1 && vp[0] == ' '))
            ats_trim_blanks(&vp, &vn);
        if (!vn || dsview_framing(vp, vn))
            continue;
        char name[16];
        int nn = snprintf(name, sizeof name, "column %d", cc->dcol[k] + 1);
        int key = ats_la_key(st->la, name, (size_t)nn, 1, ATS_DIR_UNKNOWN);
        unsigned char b;
        int rc;
        if (dsview_byte(vp, vn, &b)) {
            st->last_col = k;
            rc = ats_la_byte(st->la, c, key, t, 1, ns, 0, b, lineno, off);
        } else {
            rc = ats_la_other(st->la, c, ATS_CHUNK_ANNOTATION, key, t, p, n, lineno, off, NULL);
        }
        if (rc)
            return rc;
    }
    return 0;
}

/* A data value in the analyzer's display radix: hex 0x0D (the one to
 * export with), decimal 13, binary 00001101, or ASCII: the character
 * itself, \r \n \t \0 \\ \xHH, ' ' or 'A', COMMA (Logic 1). A lone digit is
 * a character unless the file already showed decimal values. */
static int data_byte(saleae_st *st, fld f, unsigned char *out)
{
    if (f.n == 1 && !(st->radix == 'd' && isdig(f.p[0]))) {
        *out = (unsigned char)f.p[0];
        if (!isdig(f.p[0]))
            st->radix = 'a';
        return 1;
    }
    const char *p = f.p;
    size_t n = f.n;
    ats_trim_blanks(&p, &n);
    if (n >= 3 && p[0] == '0' && (p[1] | 0x20) == 'x') {
        unsigned v = 0;
        for (size_t i = 2; i < n; i++) {
            int h = hexv(p[i]);
            if (h < 0 || (v = v * 16 + (unsigned)h) > 255)
                return 0;
        }
        st->radix = 'x';
        *out = (unsigned char)v;
        return 1;
    }
    if (n == 8) {
        unsigned v = 0;
        size_t i = 0;
        while (i < 8 && (p[i] == '0' || p[i] == '1'))
            v = v * 2 + (unsigned)(p[i++] - '0');
        if (i == 8) {
            *out = (unsigned char)v;
            return 1;
        }
    }
    if (n >= 1 && n <= 3) {
        unsigned v = 0;
        size_t i = 0;
        while (i < n && isdig(p[i]))
            v = v * 10 + (unsigned)(p[i++] - '0');
        if (i == n && v <= 255 && (n > 1 || st->radix == 'd')) {
            st->radix = 'd';
            *out = (unsigned char)v;
            return 1;
        }
    }
    static const struct {
        const char *text;
        unsigned char b;
    } esc[] = {{"\\r", '\r'}, {"\\n", '\n'}, {"\\t", '\t'}, {"\\0", 0},    {"\\\\", '\\'},
               {"' '", ' '},  {"COMMA", ','}, {"SPACE", ' '}, {"\\'", '\''}, {"\\\"", '"'}};
    for (size_t i = 0; i < sizeof esc / sizeof esc[0]; i++)
        if (n == strlen(esc[i].text) && !memcmp(p, esc[i].text, n)) {
            st->radix = 'a';
            *out = esc[i].b;
            return 1;
        }
    if (n == 4 && p[0] == '\\' && (p[1] | 0x20) == 'x' && hexv(p[2]) >= 0 && hexv(p[3]) >= 0) {
        st->radix = 'a';
        *out = (unsigned char)(hexv(p[2]) * 16 + hexv(p[3]));
        return 1;
    }
    /* Logic 1.x's decoded results quote the escapes too: '\r', '\n', '\x1A' */
    if (n >= 4 && n <= 6 && p[0] == '\'' && p[n - 1] == '\'' && p[1] == '\\') {
        fld in = {p + 1, n - 2};
        int r = st->radix;
        if (data_byte(st, in, out))
            return 1;
        st->radix = r;
    }
    if (n == 3 && p[0] == '\'' && p[2] == '\'') {
        st->radix = 'a';
        *out = (unsigned char)p[1];
        return 1;
    }
    if (n == 1) {
        *out = (unsigned char)p[0];
        return 1;
    }
    return 0;
}

static int line(void *vst, rd_ctx *c, const char *p, size_t n, int eol, uint64_t lineno,
                uint64_t off)
{
    (void)eol;
    saleae_st *st = vst;
    while (n && p[n - 1] == '\r')
        n--;
    if (!n)
        return 0;
    fld f[MAXF];
    size_t nf = csv_split(p, n, st->scratch, f, MAXF);
    cols hc;
    if (header(f, nf, &hc)) {      /* the header (again, if exports were joined) */
        st->c = hc;
        return 0;
    }
    if (!st->c.kind)
        return ats_la_other(st->la, c, ATS_CHUNK_UNPARSED, -1, NO_TIME, p, n, lineno, off,
                        "text before the Saleae CSV header (name,type,start_time,... or "
                        "Time [s],Value,...)");
    const cols *cc = &st->c;
    if (cc->kind == 3)
        return dsview_row(st, c, p, n, lineno, off);
    int key = -1;
    /* Logic 1.x's decoded-results export names each byte's analyzer too */
    if (cc->name >= 0 && (size_t)cc->name < nf) {
        const char *np = f[cc->name].p;
        size_t nn = f[cc->name].n;
        ats_trim_blanks(&np, &nn);
        key = ats_la_key(st->la, np, nn, 1, ATS_DIR_UNKNOWN);
    } else {
        key = ats_la_key(st->la, "", 0, 0, ATS_DIR_UNKNOWN);
    }
    if (nf < (size_t)cc->need)
        return ats_la_other(st->la, c, ATS_CHUNK_UNPARSED, key, NO_TIME, p, n, lineno, off,
                        "row with fewer columns than the header");
    /* a comma byte quoted as ',' (Logic 1.x's ASCII values, unquoted CSV):
     * the row has one field more than the header, split inside the quotes */
    int comma = nf == (size_t)cc->ncol + 1 && (size_t)cc->data + 1 < nf && f[cc->data].n == 1 &&
                f[cc->data].p[0] == '\'' && f[cc->data + 1].n == 1 && f[cc->data + 1].p[0] == '\'';
    /* frames that are not data, and data with a parity or framing error */
    int other = cc->type >= 0 && !field_is(f[cc->type], "data");
    for (int i = 0; i < cc->nerr && !other; i++) {
        size_t ei = (size_t)cc->err[i] + (size_t)(comma && cc->err[i] > cc->data);
        if (ei < nf) {
            const char *ep = f[ei].p;
            size_t en = f[ei].n;
            ats_trim_blanks(&ep, &en);
            other = en > 0;
        }
    }
    const char *tp = f[cc->time].p;
    size_t tn = f[cc->time].n;
    ats_trim_blanks(&tp, &tn);
    int64_t ns = 0, us = 0;
    ats_time t;
    if (iso_time(tp, tn, &us, &ns)) {
        t.kind = ATS_TIME_ABSOLUTE;
        t.us = us;
    } else if (dec_ns(tp, tn, &ns)) {
        t.kind = ATS_TIME_RELATIVE;
        t.us = floor_div(ns, 1000);
    } else {
        return ats_la_other(st->la, c, ATS_CHUNK_UNPARSED, key, NO_TIME, p, n, lineno, off,
                        "bad start_time: not seconds nor an ISO-8601 time");
    }
    if (other)
        return ats_la_other(st->la, c, ATS_CHUNK_ANNOTATION, key, t, p, n, lineno, off, NULL);
    int64_t dur = 0;
    if (cc->dur >= 0) {
        const char *dp = f[cc->dur].p;
        size_t dn = f[cc->dur].n;
        ats_trim_blanks(&dp, &dn);
        if (dn && (!dec_ns(dp, dn, &dur) || dur < 0 || dur > 1000000000000LL))
            return ats_la_other(st->la, c, ATS_CHUNK_UNPARSED, key, t, p, n, lineno, off,
                            "bad duration: not a number of seconds");
    }
    unsigned char b;
    if (comma)
        return ats_la_byte(st->la, c, key, t, 1, ns, dur, ',', lineno, off);
    /* a bare quote byte in the last column opens a CSV quote that never
     * closes (empty once unquoted; Logic 2's quoted comma "," is not one):
     * the cell's raw text is the byte */
    if (cc->data == cc->ncol - 1 && nf == (size_t)cc->ncol && f[cc->data].n == 0 && n >= 2 &&
        p[n - 1] == '"' && p[n - 2] == ',')
        return ats_la_byte(st->la, c, key, t, 1, ns, dur, '"', lineno, off);
    if (!data_byte(st, f[cc->data], &b))
        return ats_la_other(st->la, c, ATS_CHUNK_UNPARSED, key, t, p, n, lineno, off,
                        "bad data value: not a byte (0x0D, 13, 00001101 or one character)");
    return ats_la_byte(st->la, c, key, t, 1, ns, dur, b, lineno, off);
}

static int finish(void *vst, rd_ctx *c)
{
    return ats_la_finish(((saleae_st *)vst)->la, c);
}

const rd_vt ats_rd_saleae = {
    {"saleae",
     "Saleae Logic async serial CSV: Logic 2 Export Table (name,type,start_time,duration,data), "
     "Logic 1.x export (Time [s],Value,...); DSView's protocol export (Id,Time[ns],...)",
     "a first line that is the CSV header: name,type,start_time,... or Time [s],Value,... or "
     "Id,Time[ns],...", 1,
     1, 0, 0},
    probe, sizeof(saleae_st), 0, init, line, NULL, finish, sfree, ATS_CF_NO_NOTES, 0};
