/* reader_csv.c - a table of serial traffic exported as CSV or TSV (a serial
 * logger's, a log platform's, a spreadsheet's), its columns in any order:
 * the delimiter (, ; TAB |) is the one that cuts the sample's rows into the
 * same number of cells; the cells are RFC 4180's (a quoted cell may hold the
 * delimiter, "" for a quote, and line ends: a row goes on over the next
 * lines until its quote closes). Which column is the time, the direction and
 * the data is read from a header row, by the words of
 * formats/tables/csv-columns.json, and what a header does not say from the
 * cells themselves: a time column's cells read as a time (a clock, a date
 * and a time, ISO 8601 with a zone, epoch seconds or milliseconds); a
 * direction column has two to four short values that part the commands
 * (AT...) from the finals; the data column holds AT text, C-escaped text or
 * hex. A table with no data column of AT traffic (both commands and finals
 * in it), or with its commands and answers in columns of their own (a test
 * plan's Command / Expected), or with neither a time nor a direction
 * column (a list of commands and what they do), is not read.
 *
 * A row whose data cell is not quoted and holds the delimiter (+CSQ: 20,99)
 * has more cells than the header: the data is the span between the columns
 * before it and those after it. A text cell is a line: where no cell of the
 * sample ends with a line end, each gets CR LF (the export dropped them). */
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <jansson.h>
#include "reader.h"
#include "fmtdef.h"
#include "fmt_infer.h"

extern const char ats_table_csv_columns[];
extern const size_t ats_table_csv_columns_len;

/* ---- the header words (formats/tables/csv-columns.json) ---- */

enum { W_TIME, W_DATE, W_DIR, W_DATA, W_IGNORE, W_TX, W_RX, W_N };
static const char *const w_key[W_N] = {"time", "date", "dir", "data", "ignore", "tx", "rx"};

typedef struct wtab {
    char **w[W_N];
    size_t n[W_N];
} wtab;

static _Atomic(wtab *) g_tab;

static void wtab_free(wtab *t)
{
    if (!t)
        return;
    for (int r = 0; r < W_N; r++) {
        for (size_t i = 0; i < t->n[r]; i++)
            free(t->w[r][i]);
        free(t->w[r]);
    }
    free(t);
}

static char lc(char ch) { return ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch; }

/* Loaded once, kept for the process (the first of two racing loads). */
static const wtab *wtab_get(void)
{
    wtab *t = atomic_load_explicit(&g_tab, memory_order_acquire);
    if (t)
        return t;
    json_t *root = json_loadb(ats_table_csv_columns, ats_table_csv_columns_len, 0, NULL);
    if (!root)
        return NULL;
    t = calloc(1, sizeof *t);
    int bad = !t;
    for (int r = 0; r < W_N && !bad; r++) {
        json_t *a = json_object_get(root, w_key[r]);
        size_t na = json_array_size(a);
        if (!na)
            continue;
        if (!(t->w[r] = calloc(na, sizeof *t->w[r]))) {
            bad = 1;
            break;
        }
        for (size_t i = 0; i < na && !bad; i++) {
            const char *s = json_string_value(json_array_get(a, i));
            char *d = s ? strdup(s) : NULL;
            if (!d) {
                bad = 1;
                break;
            }
            for (char *q = d; *q; q++)
                *q = lc(*q);
            t->w[r][t->n[r]++] = d;
        }
    }
    json_decref(root);
    if (bad) {
        wtab_free(t);
        return NULL;
    }
    wtab *expect = NULL;
    if (!atomic_compare_exchange_strong(&g_tab, &expect, t)) {
        wtab_free(t);
        t = expect;
    }
    return t;
}

/* Is the cell text p[0..n) one of role r's words? A unit in brackets at
 * its end ("Time [s]", "Time (UTC)") is taken off when the whole is none. */
static int is_word(const wtab *t, int r, const char *p, size_t n)
{
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < t->n[r]; i++) {
            const char *w = t->w[r][i];
            size_t m = strlen(w), k = 0;
            if (m != n)
                continue;
            while (k < n && lc(p[k]) == w[k])
                k++;
            if (k == n)
                return 1;
        }
        if (pass || !n || (p[n - 1] != ']' && p[n - 1] != ')'))
            return 0;
        char open = p[n - 1] == ']' ? '[' : '(';
        while (n && p[n - 1] != open)
            n--;
        if (!n)
            return 0;
        n--;
        while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
            n--;
        if (!n)
            return 0;
    }
    return 0;
}

/* ---- cells ---- */

#define MAXC 48           /* cells kept of a row (more are counted) */
#define MAX_ROW_LINES 64  /* lines one quoted cell may span */
#define MAX_ROW (256 * 1024)

typedef struct cell {
    size_t s, e;          /* its text as written in the row, quotes and all */
} cell;

/* A row's cells at delimiter d; the number of them (those past maxc
 * counted, not kept). A cell is quoted when its first non-blank is '"'. */
static size_t split_row(const char *p, size_t n, char d, cell *c, size_t maxc)
{
    size_t nf = 0, i = 0;
    for (;;) {
        size_t s = i, j = i;
        while (j < n && p[j] == ' ')
            j++;
        if (j < n && p[j] == '"') {
            i = j + 1;
            while (i < n) {
                if (p[i] == '"') {
                    if (i + 1 < n && p[i + 1] == '"') {
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                i++;
            }
        }
        while (i < n && p[i] != d)
            i++;
        if (nf < maxc) {
            c[nf].s = s;
            c[nf].e = i;
        }
        nf++;
        if (i >= n)
            break;
        i++;
    }
    return nf;
}

/* Quote state over a row's text: *inq inside a quoted cell, *fs at a cell's
 * start (blanks before its quote allowed). */
static void scan_quotes(const char *p, size_t n, char d, int *inq, int *fs)
{
    for (size_t i = 0; i < n; i++) {
        char ch = p[i];
        if (*inq) {
            if (ch == '"') {
                if (i + 1 < n && p[i + 1] == '"')
                    i++;
                else
                    *inq = 0;
            }
        } else if (*fs && ch == '"') {
            *inq = 1;
            *fs = 0;
        } else if (ch == d) {
            *fs = 1;
        } else if (ch != ' ' || !*fs) {
            *fs = 0;
        }
    }
}

/* A cell's text into out (room for e - s bytes): its quotes taken off, ""
 * made ", blanks around it trimmed (not those inside its quotes). */
static size_t cell_text(const char *p, size_t s, size_t e, char *out)
{
    while (s < e && (p[s] == ' ' || p[s] == '\t'))
        s++;
    while (e > s && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\r'))
        e--;
    size_t o = 0;
    if (s < e && p[s] == '"') {
        size_t i = ats_rd_csv_unquote(p, s, e, out, &o);
        /* text after the closing quote (not RFC 4180): kept as written */
        while (i < e)
            out[o++] = p[i++];
        return o;
    }
    memcpy(out, p + s, e - s);
    return e - s;
}

/* ---- times ---- */

enum { TK_NONE, TK_CLOCK, TK_DATE, TK_DT, TK_ABS, TK_DEC };

typedef struct tval {
    int kind;
    int y, mo, d, h, mi, s;
    int64_t us;           /* the fraction; TK_ABS: us since the epoch; TK_DEC: the seconds in us */
} tval;

static int dig(char ch) { return ch >= '0' && ch <= '9'; }

static size_t ndig(const char *p, size_t i, size_t n)
{
    size_t k = i;
    while (k < n && dig(p[k]))
        k++;
    return k - i;
}

/* the digits' value, held at 999999999 past nine digits (a run of digits
 * in hostile input is no date part any caller takes) */
static int num(const char *p, size_t i, size_t k)
{
    int v = 0;
    for (size_t j = i; j < k; j++)
        v = v > 99999999 ? 999999999 : v * 10 + (p[j] - '0');
    return v;
}

/* a fraction's digits p[i..) in us (up to 9 read, ns cut) */
static int64_t frac_us(const char *p, size_t *i, size_t n)
{
    int64_t v = 0;
    int k = 0;
    while (*i < n && dig(p[*i])) {
        if (k < 6) {
            v = v * 10 + (p[*i] - '0');
            k++;
        }
        (*i)++;
    }
    for (; k < 6; k++)
        v *= 10;
    return v;
}

/* H:MM:SS with a fraction (. , or :) and AM/PM, at p[*i] */
static int clock_at(const char *p, size_t *i, size_t n, tval *t)
{
    size_t k = *i, a = ndig(p, k, n);
    if (a < 1 || a > 2 || k + a + 6 > n || p[k + a] != ':' || ndig(p, k + a + 1, n) != 2 ||
        p[k + a + 3] != ':' || ndig(p, k + a + 4, n) != 2)
        return 0;
    t->h = num(p, k, k + a);
    t->mi = num(p, k + a + 1, k + a + 3);
    t->s = num(p, k + a + 4, k + a + 6);
    k += a + 6;
    t->us = 0;
    if (k + 1 < n && (p[k] == '.' || p[k] == ',' || p[k] == ':') && dig(p[k + 1])) {
        k++;
        t->us = frac_us(p, &k, n);
    }
    size_t b = k + (k < n && p[k] == ' ');
    if (b + 2 <= n && (lc(p[b]) == 'a' || lc(p[b]) == 'p') && lc(p[b + 1]) == 'm') {
        if (t->h < 1 || t->h > 12)
            return 0;
        t->h = t->h % 12 + (lc(p[b]) == 'p' ? 12 : 0);
        k = b + 2;
    }
    if (t->h > 23 || t->mi > 59 || t->s > 60)
        return 0;
    *i = k;
    return 1;
}

static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";

/* a date at p[*i]: Y-M-D (- / .), D.M.Y, M/D/Y (D/M/Y where the first is
 * over 12), D-M-Y, "Dec 7, 2026" */
static int date_at(const char *p, size_t *i, size_t n, tval *t)
{
    size_t k = *i, a = ndig(p, k, n);
    if (a == 0 && k + 3 <= n) {
        for (int m = 0; m < 12; m++)
            if (lc(p[k]) == months[3 * m] && lc(p[k + 1]) == months[3 * m + 1] &&
                lc(p[k + 2]) == months[3 * m + 2]) {
                size_t j = k + 3;
                while (j < n && p[j] >= 'a' && p[j] <= 'z')
                    j++;
                if (j >= n || p[j] != ' ')
                    return 0;
                j++;
                size_t dd = ndig(p, j, n);
                if (dd < 1 || dd > 2)
                    return 0;
                t->d = num(p, j, j + dd);
                j += dd;
                if (j < n && p[j] == ',')
                    j++;
                if (j >= n || p[j] != ' ' || ndig(p, j + 1, n) != 4)
                    return 0;
                t->y = num(p, j + 1, j + 5);
                t->mo = m + 1;
                *i = j + 5;
                return t->d >= 1 && t->d <= 31;
            }
        return 0;
    }
    if (a == 0 || k + a >= n)
        return 0;
    char sep = p[k + a];
    if (sep != '-' && sep != '/' && sep != '.')
        return 0;
    size_t b = ndig(p, k + a + 1, n);
    if (b < 1 || b > 2 || k + a + 1 + b >= n || p[k + a + 1 + b] != sep)
        return 0;
    size_t c0 = k + a + 2 + b, c = ndig(p, c0, n);
    int x = num(p, k, k + a), y = num(p, k + a + 1, k + a + 1 + b);
    if (a == 4) {
        if (c < 1 || c > 2)
            return 0;
        t->y = x;
        t->mo = y;
        t->d = num(p, c0, c0 + c);
    } else if (a <= 2 && (c == 4 || c == 2)) {
        int z = num(p, c0, c0 + c);
        t->y = c == 2 ? 2000 + z : z;
        if (sep == '/' && x <= 12) {
            t->mo = x;
            t->d = y;
        } else {
            t->d = x;
            t->mo = y;
        }
    } else {
        return 0;
    }
    if (t->mo < 1 || t->mo > 12 || t->d < 1 || t->d > 31 || t->y < 1970 || t->y > 2200)
        return 0;
    *i = c0 + c;
    return 1;
}

/* a zone after a date and time: Z, UTC, GMT, +HH, +HHMM, +HH:MM; its
 * offset in seconds */
static int zone_at(const char *p, size_t *i, size_t n, int64_t *off)
{
    size_t k = *i;
    if (k < n && p[k] == ' ')
        k++;
    *off = 0;
    if (k < n && p[k] == 'Z') {
        *i = k + 1;
        return 1;
    }
    if (k + 3 <= n && (!memcmp(p + k, "UTC", 3) || !memcmp(p + k, "GMT", 3))) {
        k += 3;
        if (k == n || (p[k] != '+' && p[k] != '-')) {
            *i = k;
            return 1;
        }
    }
    if (k < n && (p[k] == '+' || p[k] == '-') && ndig(p, k + 1, n) >= 2) {
        int neg = p[k] == '-';
        size_t j = k + 1;
        int hh = num(p, j, j + 2), mm = 0;
        j += 2;
        if (j < n && p[j] == ':')
            j++;
        if (ndig(p, j, n) == 2) {
            mm = num(p, j, j + 2);
            j += 2;
        }
        if (hh > 14 || mm > 59)
            return 0;
        *off = (neg ? -1 : 1) * ((int64_t)hh * 3600 + mm * 60);
        *i = j;
        return 1;
    }
    return 0;
}

/* A cell as a time: its kind, TK_NONE if it is none. */
static int parse_time(const char *p, size_t n, tval *t)
{
    memset(t, 0, sizeof *t);
    if (!n || n > 48)
        return TK_NONE;
    size_t i = 0, a = ndig(p, 0, n);
    /* all digits, a fraction maybe: epoch s/ms/us/ns, or seconds */
    if (a && (a == n || (p[a] == '.' && a + 1 < n && ndig(p, a + 1, n) == n - a - 1))) {
        int64_t v = 0;
        for (size_t j = 0; j < a && j < 19; j++)
            v = v * 10 + (p[j] - '0');
        size_t j = a + 1;
        int64_t f = a < n ? frac_us(p, &j, n) : 0;
        int64_t us;
        if (a >= 9 && a <= 10 && v >= 946684800 && v <= 4102444800)
            us = v * 1000000 + f;
        else if (a >= 12 && a <= 13 && v >= 946684800000 && v <= 4102444800000)
            us = v * 1000 + f / 1000;
        else if (a == 16 && a == n)
            us = v;
        else if (a == 19 && a == n)
            us = v / 1000;
        else if (a < n && a <= 8) {
            t->us = v * 1000000 + f;
            return t->kind = TK_DEC;
        } else
            return TK_NONE;
        t->us = us;
        return t->kind = TK_ABS;
    }
    if (date_at(p, &i, n, t)) {
        if (i == n)
            return t->kind = TK_DATE;
        if (p[i] == 'T' || p[i] == ' ' || p[i] == '_')
            i++;
        else if (i + 1 < n && p[i] == ',' && p[i + 1] == ' ')
            i += 2;
        else
            return TK_NONE;
        if (i + 2 < n && p[i] == '@' && p[i + 1] == ' ')
            i += 2;
        if (!clock_at(p, &i, n, t))
            return TK_NONE;
        if (i == n)
            return t->kind = TK_DT;
        int64_t off;
        if (!zone_at(p, &i, n, &off) || i != n)
            return TK_NONE;
        t->us = ats_rd_time_abs(t->y, t->mo, t->d, t->h, t->mi, t->s, t->us).us - off * 1000000;
        return t->kind = TK_ABS;
    }
    i = 0;
    if (clock_at(p, &i, n, t) && i == n)
        return t->kind = TK_CLOCK;
    return TK_NONE;
}

/* ---- data cells ---- */

static int hexv(char ch)
{
    if (dig(ch))
        return ch - '0';
    ch = lc(ch);
    return ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
}

/* hex bytes, run together or apart (blank, ':' or '-' between pairs, 0x
 * before each): their count into out (NULL: only checked); -1 none */
static long hex_decode(const char *p, size_t n, unsigned char *out)
{
    size_t i = 0;
    long k = 0;
    while (i < n) {
        if (i + 1 < n && p[i] == '0' && (p[i + 1] == 'x' || p[i + 1] == 'X'))
            i += 2;
        if (i + 1 >= n || hexv(p[i]) < 0 || hexv(p[i + 1]) < 0)
            return -1;
        if (out)
            out[k] = (unsigned char)(hexv(p[i]) << 4 | hexv(p[i + 1]));
        k++;
        i += 2;
        if (i < n && (p[i] == ' ' || p[i] == ':' || p[i] == '-'))
            i++;
    }
    return k ? k : -1;
}

/* A port monitor's name for a control byte at p[i] (Docklight's and the
 * serial loggers' exports: <CR> <LF> <SUB> <CTRL+Z>, or in square
 * brackets): the byte (fmt_decode.c's ASCII names), its length in *used;
 * -1 when it is none. */
static int ctrl_token(const char *p, size_t n, size_t i, size_t *used)
{
    if (p[i] != '<' && p[i] != '[')
        return -1;
    return ats_fd_ascii_name(p + i, n - i, p[i] == '<' ? '>' : ']', 1, used);
}

/* C escapes (\r \n \t \0 \\ \" \xHH \e) and control-byte tokens (<CR>):
 * into out (room for n) */
static size_t unescape(const char *p, size_t n, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        size_t used;
        int t = ctrl_token(p, n, i, &used);
        if (t >= 0) {
            out[o++] = (char)t;
            i += used - 1;
            continue;
        }
        if (p[i] != '\\' || i + 1 >= n) {
            out[o++] = p[i];
            continue;
        }
        char e = p[++i];
        switch (e) {
        case 'r': out[o++] = '\r'; break;
        case 'n': out[o++] = '\n'; break;
        case 't': out[o++] = '\t'; break;
        case '0': out[o++] = '\0'; break;
        case 'e': out[o++] = 27; break;
        case '\\': out[o++] = '\\'; break;
        case '"': out[o++] = '"'; break;
        case '\'': out[o++] = '\''; break;
        case 'x':
            if (i + 2 < n && hexv(p[i + 1]) >= 0 && hexv(p[i + 2]) >= 0) {
                out[o++] = (char)(hexv(p[i + 1]) << 4 | hexv(p[i + 2]));
                i += 2;
                break;
            }
            /* fall through */
        default:
            out[o++] = '\\';
            out[o++] = e;
        }
    }
    return o;
}

static int has_escape(const char *p, size_t n)
{
    size_t used;
    for (size_t i = 0; i + 1 < n; i++) {
        int t = ctrl_token(p, n, i, &used);
        if (t == '\r' || t == '\n' ||
            (p[i] == '\\' && (p[i + 1] == 'r' || p[i + 1] == 'n' ||
                             (p[i + 1] == 'x' && i + 3 < n && hexv(p[i + 2]) >= 0 &&
                              hexv(p[i + 3]) >= 0))))
            return 1;
    }
    return 0;
}

enum { AT_CMD = 1, AT_FINAL = 2, AT_RESP = 4 };

/* A manual's placeholder in a cell: '<', a lower-case letter, word
 * characters, '>' (<rssi>, <stat>, <n>); a port monitor's <CR> is upper case. */
static int placeholder(const char *p, size_t n)
{
    for (size_t i = 0; i + 2 < n; i++) {
        if (p[i] != '<' || p[i + 1] < 'a' || p[i + 1] > 'z')
            continue;
        size_t j = i + 1;
        while (j < n && ((p[j] >= 'a' && p[j] <= 'z') || (p[j] >= '0' && p[j] <= '9') || p[j] == '_'))
            j++;
        if (j < n && p[j] == '>')
            return 1;
    }
    return 0;
}

static int starts_ci(const char *p, size_t n, const char *w)
{
    size_t m = strlen(w);
    if (n < m)
        return 0;
    for (size_t i = 0; i < m; i++)
        if (lc(p[i]) != lc(w[i]))
            return 0;
    return 1;
}

/* What one line of text is: a command, a final, a +NAME: answer */
static int at_line(const char *p, size_t n)
{
    while (n && (p[0] == ' ' || p[0] == '\t'))
        p++, n--;
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    if (!n)
        return 0;
    if (n >= 2 && lc(p[0]) == 'a' && lc(p[1]) == 't' &&
        (n == 2 || p[2] == '+' || p[2] == '&' || p[2] == '#' || p[2] == '$' || p[2] == '%' ||
         p[2] == '^' || p[2] == '*' || p[2] == '\\' || (p[2] >= 'A' && p[2] <= 'Z') ||
         (p[2] >= 'a' && p[2] <= 'z') || dig(p[2])))
        return AT_CMD;
    static const char *const finals[] = {"OK", "ERROR", "NO CARRIER", "BUSY", "NO ANSWER",
                                         "NO DIALTONE", "CONNECT", "SEND OK", "SEND FAIL",
                                         "ABORTED"};
    for (size_t k = 0; k < sizeof finals / sizeof finals[0]; k++) {
        size_t m = strlen(finals[k]);
        if (n >= m && !memcmp(p, finals[k], m) && (n == m || p[m] == ' '))
            return AT_FINAL;
    }
    if (starts_ci(p, n, "+CME ERROR") || starts_ci(p, n, "+CMS ERROR"))
        return AT_FINAL;
    if (n == 1 && p[0] == '>')
        return AT_FINAL;
    if (n >= 3 && (p[0] == '+' || p[0] == '^' || p[0] == '#' || p[0] == '$' || p[0] == '%')) {
        size_t i = 1;
        while (i < n && ((p[i] >= 'A' && p[i] <= 'Z') || dig(p[i]) || p[i] == '_'))
            i++;
        if (i > 1 && i < n && p[i] == ':')
            return AT_RESP;
    }
    return 0;
}

/* The AT kinds of a decoded cell's lines (CR, LF or both between them). */
static int at_text(const char *p, size_t n)
{
    int m = 0;
    size_t s = 0;
    for (size_t i = 0; i <= n; i++)
        if (i == n || p[i] == '\r' || p[i] == '\n') {
            m |= at_line(p + s, i - s);
            s = i + 1;
        }
    return m;
}

/* ---- the layout ---- */

#define MAXDV 4

typedef struct layout {
    char delim;
    int header;            /* the first row names the columns */
    int ncols;
    int time, date, dir, data;
    int hex, esc, suffix;  /* the data's form; CR LF after each text cell */
    int ndv;
    char dv[MAXDV][24];    /* the direction cells' values, lower-case */
    ats_dir dvd[MAXDV];
    int score;
    unsigned rebuilt;      /* the sample's lines of AT traffic its data cells hold */
} layout;

typedef struct srow {
    size_t s, n;
} srow;

#define SROWS 128

/* The sample's rows at delimiter d, joined over the lines a quoted cell
 * spans, into buf (room for n + 1): their count. A row still open at the
 * sample's end is not given. */
static size_t sample_rows(const unsigned char *s, size_t n, char d, char *buf, srow *rows)
{
    size_t at = 0, nr = 0, o = 0;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        at = 3;
    const char *p;
    size_t len;
    int inq = 0, fs = 1, open = 0;
    unsigned nl = 0;
    size_t start = 0;
    while (nr < SROWS && ats_rd_next_line(s, n, &at, &p, &len)) {
        if (!open) {
            start = o;
            fs = 1;
            nl = 0;
        } else {
            buf[o++] = '\n';
        }
        memcpy(buf + o, p, len);
        o += len;
        scan_quotes(p, len, d, &inq, &fs);
        open = inq;
        if (open && ++nl < MAX_ROW_LINES)
            continue;
        inq = open = 0;
        rows[nr].s = start;
        rows[nr].n = o - start;
        nr++;
    }
    return nr;
}

static int blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
            return 0;
    return 1;
}

/* the cells of row r at the layout's columns: the data cell the span over
 * the extra cells of a longer row (unquoted: its delimiter was the data's);
 * column j's cell into *s,*e; 0 when the row is too short for it */
static int col_span(const layout *L, const char *p, const cell *c, size_t nf, int j, size_t *s,
                    size_t *e)
{
    if (j < 0)
        return 0;
    size_t nc = (size_t)L->ncols, extra = nf > nc ? nf - nc : 0;
    if (nf > MAXC)
        return 0;
    if (extra && L->data >= 0) {
        size_t k = (size_t)L->data;
        size_t q = c[k].s;
        while (q < c[k].e && p[q] == ' ')
            q++;
        if (q < c[k].e && p[q] == '"')
            extra = 0;    /* a quoted data cell: the row has more columns after it */
    }
    size_t idx = (size_t)j;
    if (extra && j == L->data) {
        *s = c[idx].s;
        *e = c[idx + extra].e;
        return 1;
    }
    if (extra && j > L->data)
        idx += extra;
    if (idx >= nf)
        return 0;
    *s = c[idx].s;
    *e = c[idx].e;
    return 1;
}

/* The data cell's bytes into out (room for 2 * (e - s) + 2) */
static long data_bytes(const layout *L, const char *p, size_t s, size_t e, char *out, char *tmp)
{
    size_t n = cell_text(p, s, e, tmp);
    if (L->hex) {
        const char *q = tmp;
        size_t m = n;
        ats_trim_blanks(&q, &m);
        return m ? hex_decode(q, m, (unsigned char *)out) : 0;
    }
    size_t o = L->esc ? unescape(tmp, n, out) : (memcpy(out, tmp, n), n);
    return (long)o;
}

typedef struct colstat {
    unsigned nonempty, tk[6], tdec_up, at, cmd, fin, hex, hexat, hcmd, hfin, esc, eol;
    unsigned manual;   /* cells holding a manual's placeholder (+CSQ: <rssi>,<ber>) */
    int ndv;              /* distinct values (MAXDV + 1: more), short ones */
    char dv[MAXDV][24];
    unsigned dcmd[MAXDV], dfin[MAXDV];
    int role;             /* the header's word for it: W_* or -1 */
} colstat;

static int dir_word(const wtab *t, const char *p, size_t n)
{
    if (is_word(t, W_TX, p, n))
        return ATS_DIR_TX;
    if (is_word(t, W_RX, p, n))
        return ATS_DIR_RX;
    return ATS_DIR_UNKNOWN;
}

/* The sample's layout at delimiter d: its score (0: not a table of
 * traffic). scratch: room for 3 * n + 8. */
static int infer_at(const wtab *t, const unsigned char *smp, size_t n, char d, layout *L,
                    char *buf, char *tmp, char *out)
{
    srow rows[SROWS];
    cell c[MAXC];
    memset(L, 0, sizeof *L);
    L->delim = d;
    L->time = L->date = L->dir = L->data = -1;
    size_t nr = sample_rows(smp, n, d, buf, rows);
    /* the modal number of cells, over the non-blank rows */
    unsigned cnt[MAXC + 1] = {0}, nonblank = 0;
    size_t first = SIZE_MAX;
    for (size_t r = 0; r < nr; r++) {
        if (blank(buf + rows[r].s, rows[r].n))
            continue;
        if (first == SIZE_MAX)
            first = r;
        size_t nf = split_row(buf + rows[r].s, rows[r].n, d, c, MAXC);
        cnt[nf > MAXC ? MAXC : nf]++;
        nonblank++;
    }
    if (nonblank < 4)
        return 0;
    size_t mode = 0;
    for (size_t k = 2; k < MAXC; k++)
        if (cnt[k] > cnt[mode])
            mode = k;
    if (mode < 2 || cnt[mode] * 10 < nonblank * 6)
        return 0;
    /* the header row: its cells words of the table, none a time or AT */
    size_t hf = split_row(buf + rows[first].s, rows[first].n, d, c, MAXC);
    int role[MAXC];
    unsigned named = 0;
    int hdr_bad = hf > MAXC;
    for (size_t j = 0; j < hf && j < MAXC; j++) {
        const char *p = buf + rows[first].s;
        size_t m = cell_text(p, c[j].s, c[j].e, tmp);
        tval tv;
        role[j] = -1;
        if (parse_time(tmp, m, &tv) || at_text(tmp, m))
            hdr_bad = 1;
        for (int r = W_TIME; r <= W_IGNORE && role[j] < 0; r++)
            if (is_word(t, r, tmp, m))
                role[j] = r;
        named += role[j] >= 0 && role[j] != W_IGNORE;
    }
    L->header = !hdr_bad && named >= 2 && hf >= mode;
    L->ncols = L->header ? (int)hf : (int)mode;
    size_t nc = (size_t)L->ncols;
    if (nc > MAXC)
        return 0;
    colstat *cs = calloc(nc, sizeof *cs);
    if (!cs)
        return 0;
    for (size_t j = 0; j < nc; j++)
        cs[j].role = L->header ? role[j] : -1;
    /* the cells of the rows that have the header's number of them */
    unsigned nrows = 0;
    int64_t lastdec[MAXC];
    for (size_t j = 0; j < nc; j++)
        lastdec[j] = INT64_MIN;
    for (size_t r = first + (size_t)L->header; r < nr; r++) {
        const char *p = buf + rows[r].s;
        if (blank(p, rows[r].n))
            continue;
        size_t nf = split_row(p, rows[r].n, d, c, MAXC);
        if (nf != nc)
            continue;
        nrows++;
        for (size_t j = 0; j < nc; j++) {
            colstat *x = &cs[j];
            size_t m = cell_text(p, c[j].s, c[j].e, tmp);
            if (!m)
                continue;
            x->nonempty++;
            tval tv;
            int k = parse_time(tmp, m, &tv);
            x->tk[k]++;
            if (k == TK_DEC) {
                x->tdec_up += tv.us >= lastdec[j];
                lastdec[j] = tv.us;
            }
            int esc = has_escape(tmp, m);
            x->esc += esc;
            size_t o = esc ? unescape(tmp, m, out) : (memcpy(out, tmp, m), m);
            /* a lone > is a prompt in a data cell, a direction in its own */
            int a = o == 1 && out[0] == '>' ? 0 : at_text(out, o);
            x->at += a != 0;
            x->manual += a && placeholder(out, o);
            x->cmd += (a & AT_CMD) != 0;
            x->fin += (a & AT_FINAL) != 0;
            x->eol += o && (out[o - 1] == '\n' || out[o - 1] == '\r');
            const char *q = tmp;
            size_t qm = m;
            ats_trim_blanks(&q, &qm);
            long hb = hex_decode(q, qm, NULL);
            if (hb > 0 && qm >= 4) {
                x->hex++;
                hex_decode(q, qm, (unsigned char *)out);
                int ha = at_text(out, (size_t)hb);
                x->hexat += ha != 0;
                x->hcmd += (ha & AT_CMD) != 0;
                x->hfin += (ha & AT_FINAL) != 0;
            }
            if (m < 24 && !a) {
                int v = 0;
                while (v < x->ndv && v < MAXDV &&
                       !(strlen(x->dv[v]) == m && !memcmp(x->dv[v], tmp, m)))
                    v++;
                if (v == x->ndv && x->ndv <= MAXDV) {
                    if (x->ndv < MAXDV) {
                        memcpy(x->dv[v], tmp, m);
                        x->dv[v][m] = 0;
                    }
                    x->ndv++;
                }
            } else {
                x->ndv = MAXDV + 1;
            }
        }
    }
    int score = 0;
    if (nrows < 3)
        goto out;
    /* the data column: the most AT cells, as text or as hex */
    int best = -1;
    unsigned bestat = 0, textcols = 0;
    for (size_t j = 0; j < nc; j++) {
        colstat *x = &cs[j];
        if (x->role == W_TIME || x->role == W_DATE || x->role == W_DIR || x->role == W_IGNORE)
            continue;
        unsigned at = x->at;
        if (x->hex * 10 >= x->nonempty * 9 && x->hexat > at)
            at = x->hexat;
        if (x->at >= 2 && x->at * 10 >= x->nonempty * 3 && !(x->hex * 10 >= x->nonempty * 9))
            textcols++;
        if (at > bestat || (at == bestat && at && x->role == W_DATA)) {
            best = (int)j;
            bestat = at;
        }
    }
    if (best < 0)
        goto out;
    colstat *dx = &cs[best];
    L->hex = dx->hex * 10 >= dx->nonempty * 9 && dx->hexat > dx->at;
    /* commands and their answers in columns of their own (a test plan's
     * Command / Expected), or no answers at all (a list of commands) */
    /* a manual's or a driver's documentation table: its answers are
     * written in the manual's terms (+CSQ: <rssi>,<ber>), no module's */
    if (dx->manual)
        goto out;
    if (textcols > 1 || bestat * 2 < dx->nonempty || dx->nonempty * 10 < nrows * 7 ||
        !(L->hex ? dx->hcmd && dx->hfin : dx->cmd && dx->fin))
        goto out;
    L->data = best;
    L->esc = !L->hex && dx->esc > 0;
    /* the time: a header's, else the first column whose cells read as one */
    for (int pass = 0; pass < 2 && L->time < 0; pass++)
        for (size_t j = 0; j < nc && L->time < 0; j++) {
            colstat *x = &cs[j];
            if ((int)j == best || (pass == 0) != (x->role == W_TIME || x->role == W_DATE) ||
                x->role == W_DIR || (pass && x->role == W_IGNORE) || !x->nonempty)
                continue;
            unsigned full = x->tk[TK_CLOCK] + x->tk[TK_DT] + x->tk[TK_ABS];
            /* seconds as decimals: a header's time, or rising */
            unsigned dec = x->tk[TK_DEC] &&
                                   (x->role == W_TIME || x->tdec_up + 1 >= x->tk[TK_DEC])
                               ? x->tk[TK_DEC]
                               : 0;
            if ((full + dec) * 10 >= x->nonempty * 8 && x->nonempty * 10 >= nrows * 8)
                L->time = (int)j;
        }
    /* a date column beside a clock-only time */
    if (L->time >= 0 && cs[L->time].tk[TK_CLOCK] * 2 > cs[L->time].nonempty)
        for (size_t j = 0; j < nc && L->date < 0; j++)
            if ((int)j != best && cs[j].nonempty && cs[j].tk[TK_DATE] * 10 >= cs[j].nonempty * 8)
                L->date = (int)j;
    /* the direction: a header's, else two to four short values that part
     * the commands from the answers */
    for (int pass = 0; pass < 2 && L->dir < 0; pass++)
        for (size_t j = 0; j < nc && L->dir < 0; j++) {
            colstat *x = &cs[j];
            if ((int)j == best || (int)j == L->time || (int)j == L->date ||
                (pass == 0) != (x->role == W_DIR) || (pass && x->role == W_IGNORE) ||
                x->ndv < 2 || x->ndv > MAXDV || x->nonempty * 10 < nrows * 8)
                continue;
            /* each value's rows: commands, answers */
            unsigned dcmd[MAXDV] = {0}, dfin[MAXDV] = {0};
            for (size_t r = first + (size_t)L->header; r < nr; r++) {
                const char *p = buf + rows[r].s;
                size_t nf = split_row(p, rows[r].n, d, c, MAXC);
                size_t s0, e0, s1, e1;
                if (blank(p, rows[r].n) || !col_span(L, p, c, nf, (int)j, &s0, &e0) ||
                    !col_span(L, p, c, nf, best, &s1, &e1))
                    continue;
                size_t m = cell_text(p, s0, e0, tmp);
                int v = 0;
                while (v < x->ndv && !(strlen(x->dv[v]) == m && !memcmp(x->dv[v], tmp, m)))
                    v++;
                if (v == x->ndv)
                    continue;
                long o = data_bytes(L, p, s1, e1, out, tmp);
                int a = o > 0 ? at_text(out, (size_t)o) : 0;
                dcmd[v] += (a & AT_CMD) != 0;
                dfin[v] += (a & (AT_FINAL | AT_RESP)) != 0;
            }
            int ntx = 0, nrx = 0, known = 0, split = 1;
            ats_dir dd[MAXDV];
            for (int v = 0; v < x->ndv; v++) {
                dd[v] = (ats_dir)dir_word(t, x->dv[v], strlen(x->dv[v]));
                known += dd[v] != ATS_DIR_UNKNOWN;
                if (dd[v] == ATS_DIR_UNKNOWN)
                    dd[v] = dcmd[v] && !dfin[v] ? ATS_DIR_TX : dfin[v] ? ATS_DIR_RX : ATS_DIR_UNKNOWN;
                /* a host side answering like a modem, or sending no
                 * command (a chat's "-->" join line): not a direction */
                if (dd[v] == ATS_DIR_TX && (dfin[v] > dcmd[v] || !dcmd[v]))
                    split = 0;
                ntx += dd[v] == ATS_DIR_TX;
                nrx += dd[v] == ATS_DIR_RX;
            }
            if (!ntx || !nrx || !split || (!known && x->role != W_DIR && pass == 1 && 0))
                continue;
            L->dir = (int)j;
            L->ndv = x->ndv;
            for (int v = 0; v < x->ndv; v++) {
                for (char *q = x->dv[v]; *q; q++)
                    *q = lc(*q);
                memcpy(L->dv[v], x->dv[v], sizeof L->dv[v]);
                L->dvd[v] = dd[v];   /* neither: the tool's own rows (SESSION) */
            }
        }
    if (L->time < 0 && L->dir < 0)
        goto out;
    /* does the export keep the line ends? */
    L->suffix = !L->hex && !dx->eol;
    /* under a definition that reads the export exactly (99), and a bare
     * time and data without a header under tsline's stamped lines (80:
     * RealTerm's "epoch,line" is a terminal's stamp, not a table) */
    score = L->header ? (L->dir >= 0 ? 90 : 86) : L->dir >= 0 ? 84 : 76;
    /* what the rows rebuild, counted as fmt_detect.c counts a
     * definition's (a command, a final, a +NAME: answer, whole) */
    for (size_t r = first + (size_t)L->header; r < nr; r++) {
        const char *p = buf + rows[r].s;
        size_t nf = split_row(p, rows[r].n, d, c, MAXC), s0, e0;
        if (blank(p, rows[r].n) || !col_span(L, p, c, nf, best, &s0, &e0))
            continue;
        long o = data_bytes(L, p, s0, e0, out, tmp);
        for (long i = 0, b = 0; i <= o; i++)
            if (i == o || out[i] == '\r' || out[i] == '\n') {
                const char *q = out + b;
                size_t m = (size_t)(i - b);
                ats_trim_blanks(&q, &m);
                L->rebuilt += m && ats_fd_at_kind(q, m) != 0;
                b = i + 1;
            }
    }
    /* a first row of names the table does not know (another language's),
     * none of them a time or AT text where the rows below hold them: a
     * header all the same, not a row of data */
    if (!L->header && !hdr_bad && hf == nc)
        L->header = 1;
out:
    free(cs);
    L->score = score;
    return score;
}

/* The best layout over the delimiters. */
static int infer(const unsigned char *s, size_t n, layout *L)
{
    const wtab *t = wtab_get();
    memset(L, 0, sizeof *L);
    if (!t || n < 8)
        return 0;
    /* the first 24 KiB of rows tell (SROWS of them at most): the scratch
     * stays under malloc's mmap threshold, which a freed mmap would raise
     * for the rest of the run (the per-line cost of every capture moved) */
    if (n > 24 * 1024)
        n = 24 * 1024;
    static const char delims[] = {',', ';', '\t', '|'};
    /* a delimiter on too few lines cannot cut 60 % of the rows in two (a
     * row over several lines has it on one of them): not tried. One pass,
     * so a log that is no table costs its detection little */
    unsigned on[sizeof delims] = {0}, lines = 0, any = 0;
    unsigned char seen = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = s[i];
        if (ch == '\n') {
            for (size_t k = 0; k < sizeof delims; k++)
                on[k] += (seen >> k) & 1;
            lines += seen != 0 || (i && s[i - 1] != '\n');
            seen = 0;
            continue;
        }
        switch (ch) {    /* the order of delims */
        case ',': seen |= 1; break;
        case ';': seen |= 2; break;
        case '\t': seen |= 4; break;
        case '|': seen |= 8; break;
        default: break;
        }
    }
    for (size_t k = 0; k < sizeof delims; k++)
        any |= on[k] >= 4 && on[k] * 10 >= lines * 3;
    if (!any)
        return 0;
    char *buf = malloc(4 * n + 64);
    if (!buf)
        return 0;
    char *tmp = buf + n + 16, *out = tmp + n + 16;
    int best = 0;
    for (size_t k = 0; k < sizeof delims; k++) {
        if (on[k] < 4 || on[k] * 10 < lines * 3)
            continue;
        layout l;
        int sc = infer_at(t, s, n, delims[k], &l, buf, tmp, out);
        if (sc > best) {
            best = sc;
            *L = l;
        }
    }
    free(buf);
    return best;
}

int ats_rd_csv_sample(const unsigned char *s, size_t n, unsigned *rebuilt, int *timed)
{
    layout L;
    int sc = infer(s, n, &L);
    *rebuilt = sc ? L.rebuilt : 0;
    *timed = sc && L.time >= 0;
    return sc;
}

/* One column's part of the roles' text: its number, its header's name
 * when the table has one, its role and what it says. */
static size_t role_text(char *out, size_t cap, size_t k, const char *hdr, const cell *hc,
                        size_t nh, int col, const char *role, const char *what)
{
    if (col < 0 || k >= cap)
        return k;
    char name[40] = "";
    if (hdr && (size_t)col < nh && hc[col].e - hc[col].s < sizeof name) {
        size_t m = cell_text(hdr, hc[col].s, hc[col].e, name);
        name[m] = 0;
    }
    int w = snprintf(out + k, cap - k, "%s%d%s%s%s %s%s%s%s", k ? ", " : "", col + 1,
                     name[0] ? " \"" : "", name, name[0] ? "\"" : "", role, what[0] ? " (" : "",
                     what, what[0] ? ")" : "");
    return w < 0 ? k : k + (size_t)w < cap ? k + (size_t)w : cap - 1;
}

size_t ats_rd_csv_columns(const unsigned char *s, size_t n, char *out, size_t cap)
{
    layout L;
    if (!cap)
        return 0;
    out[0] = 0;
    if (!infer(s, n, &L))
        return 0;
    /* the header: the first line with text (a BOM dropped) */
    const char *hdr = NULL;
    cell hc[MAXC];
    size_t nh = 0;
    if (L.header) {
        size_t i = 0;
        if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
            i = 3;
        while (i < n && (s[i] == '\r' || s[i] == '\n'))
            i++;
        const unsigned char *e = memchr(s + i, '\n', n - i);
        size_t m = e ? (size_t)(e - (s + i)) : n - i;
        hdr = (const char *)s + i;
        nh = split_row(hdr, m, L.delim, hc, MAXC);
        if (nh > MAXC)
            nh = MAXC;
    }
    char dirs[160] = "", dname[40] = "";
    if (hdr && L.dir >= 0 && (size_t)L.dir < nh && hc[L.dir].e - hc[L.dir].s < sizeof dname) {
        size_t m = cell_text(hdr, hc[L.dir].s, hc[L.dir].e, dname);
        dname[m] = 0;
        for (char *q = dname; *q; q++)
            *q = lc(*q);
    }
    size_t dk = 0;
    for (int v = 0; v < L.ndv && dk < sizeof dirs; v++) {
        /* the header's own cell, counted among the column's values */
        if (!strcmp(L.dv[v], dname))
            continue;
        int w = snprintf(dirs + dk, sizeof dirs - dk, "%s%s: %s", dk ? ", " : "", L.dv[v],
                         L.dvd[v] == ATS_DIR_TX   ? "host"
                         : L.dvd[v] == ATS_DIR_RX ? "modem"
                                                  : "the tool's own");
        dk = w < 0 ? dk : dk + (size_t)w < sizeof dirs ? dk + (size_t)w : sizeof dirs - 1;
    }
    const char *form = L.hex ? "hex" : L.esc ? (L.suffix ? "C escapes, CR LF added" : "C escapes")
                                             : L.suffix ? "text, CR LF added" : "text";
    size_t k = 0;
    /* in the table's order */
    for (int col = 0; col < L.ncols; col++) {
        if (col == L.time)
            k = role_text(out, cap, k, hdr, hc, nh, col, "time", "");
        else if (col == L.date)
            k = role_text(out, cap, k, hdr, hc, nh, col, "date", "");
        else if (col == L.dir)
            k = role_text(out, cap, k, hdr, hc, nh, col, "direction", dirs);
        else if (col == L.data)
            k = role_text(out, cap, k, hdr, hc, nh, col, "data", form);
    }
    return k;
}

static int csv_probe(const unsigned char *s, size_t n)
{
    layout L;
    return infer(s, n, &L);
}

/* ---- reading ---- */

typedef struct csv_st {
    layout L;
    int ok;               /* the sample gave a layout */
    int seen_row;         /* the first row (the header, if any) is past */
    char *row;            /* the row being gathered */
    size_t nrow, cap;
    int open, inq, fs;
    unsigned nlines;
    uint64_t line0, off0;
    char *hdr;            /* the header row: repeated (exports joined), an annotation */
    size_t nhdr;
    char *tmp, *out;
    size_t ntmp;
} csv_st;

static int cs_init(void *vst, rd_ctx *c)
{
    csv_st *st = vst;
    st->ok = c->sample && infer(c->sample, c->sample_len, &st->L) > 0;
    return 0;
}

static int grow(char **p, size_t *cap, size_t need)
{
    if (need <= *cap)
        return 0;
    size_t nc = *cap ? *cap : 1024;
    while (nc < need)
        nc *= 2;
    char *q = realloc(*p, nc);
    if (!q)
        return -1;
    *p = q;
    *cap = nc;
    return 0;
}

static int row_done(csv_st *st, rd_ctx *c)
{
    const char *p = st->row;
    size_t n = st->nrow;
    uint64_t line = st->line0, off = st->off0;
    st->nrow = 0;
    st->open = 0;
    ats_time none = {ATS_TIME_NONE, 0};
    if (!st->seen_row && n >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB &&
        (unsigned char)p[2] == 0xBF) {
        p += 3;
        n -= 3;
    }
    if (blank(p, n))
        return 0;
    const layout *L = &st->L;
    if (!st->seen_row) {
        st->seen_row = 1;
        if (st->ok && L->header) {
            free(st->hdr);
            st->hdr = malloc(n + 1);
            if (st->hdr) {
                memcpy(st->hdr, p, n);
                st->nhdr = n;
            }
            return ats_rd_emit(c, ATS_CHUNK_ANNOTATION, ATS_DIR_UNKNOWN, none, p, n, line, off,
                               NULL);
        }
    }
    if (!st->ok)
        return ats_rd_emit(c, ATS_CHUNK_UNPARSED, ATS_DIR_UNKNOWN, none, p, n, line, off,
                           "csv: no column layout in the sample");
    if (st->hdr && n == st->nhdr && !memcmp(p, st->hdr, n))
        return ats_rd_emit(c, ATS_CHUNK_ANNOTATION, ATS_DIR_UNKNOWN, none, p, n, line, off, NULL);
    if (grow(&st->tmp, &st->ntmp, 2 * n + 16) || !(st->out = realloc(st->out, 2 * n + 16))) {
        c->oom = 1;
        return -1;
    }
    cell cl[MAXC];
    size_t nf = split_row(p, n, L->delim, cl, MAXC);
    size_t s, e;
    if (nf > MAXC || !col_span(L, p, cl, nf, L->data, &s, &e))
        return ats_rd_emit(c, ATS_CHUNK_UNPARSED, ATS_DIR_UNKNOWN, none, p, n, line, off,
                           "csv: a row without the data column");
    ats_time t = none;
    size_t ts, te;
    if (col_span(L, p, cl, nf, L->time, &ts, &te)) {
        size_t m = cell_text(p, ts, te, st->tmp);
        tval tv;
        switch (parse_time(st->tmp, m, &tv)) {
        case TK_CLOCK: {
            tval dv;
            size_t ds, de;
            if (L->date >= 0 && col_span(L, p, cl, nf, L->date, &ds, &de) &&
                parse_time(st->tmp, cell_text(p, ds, de, st->tmp), &dv) == TK_DATE)
                t = ats_rd_time_abs(dv.y, dv.mo, dv.d, tv.h, tv.mi, tv.s, tv.us);
            else
                t = ats_rd_time_of_day(c, tv.h, tv.mi, tv.s, tv.us);
            break;
        }
        case TK_DT:
            t = ats_rd_time_abs(tv.y, tv.mo, tv.d, tv.h, tv.mi, tv.s, tv.us);
            break;
        case TK_ABS:
            t.kind = ATS_TIME_ABSOLUTE;
            t.us = tv.us;
            break;
        case TK_DEC:
            t.kind = ATS_TIME_RELATIVE;
            t.us = tv.us;
            break;
        default:
            break;
        }
    }
    ats_dir dir = ATS_DIR_UNKNOWN;
    if (L->dir >= 0) {
        size_t ds, de;
        if (!col_span(L, p, cl, nf, L->dir, &ds, &de))
            return ats_rd_emit(c, ATS_CHUNK_UNPARSED, ATS_DIR_UNKNOWN, t, p, n, line, off,
                               "csv: a row without the direction column");
        size_t m = cell_text(p, ds, de, st->tmp);
        int v = 0;
        while (v < L->ndv) {
            size_t k = 0, w = strlen(L->dv[v]);
            while (k < m && k < w && lc(st->tmp[k]) == L->dv[v][k])
                k++;
            if (k == m && k == w)
                break;
            v++;
        }
        if (v < L->ndv) {
            dir = L->dvd[v];
            if (dir == ATS_DIR_UNKNOWN)
                return ats_rd_emit(c, ATS_CHUNK_ANNOTATION, dir, t, p, n, line, off, NULL);
        } else {
            const wtab *tab = wtab_get();
            dir = tab ? (ats_dir)dir_word(tab, st->tmp, m) : ATS_DIR_UNKNOWN;
            if (dir == ATS_DIR_UNKNOWN)
                return ats_rd_emit(c, ATS_CHUNK_UNPARSED, ATS_DIR_UNKNOWN, t, p, n, line, off,
                                   "csv: a direction the sample did not show");
        }
    }
    long o = data_bytes(L, p, s, e, st->out, st->tmp);
    if (o < 0)
        return ats_rd_emit(c, ATS_CHUNK_UNPARSED, dir, t, p, n, line, off,
                           "csv: the data cell is not hex");
    if (o == 0)
        return ats_rd_emit(c, ATS_CHUNK_ANNOTATION, dir, t, p, n, line, off, NULL);
    if (L->suffix) {
        st->out[o++] = '\r';
        st->out[o++] = '\n';
    }
    return ats_rd_emit(c, ATS_CHUNK_DATA, dir, t, st->out, (size_t)o, line, off, NULL);
}

static int cs_line(void *vst, rd_ctx *c, const char *p, size_t n, int eol, uint64_t lineno,
                   uint64_t off)
{
    (void)eol;
    csv_st *st = vst;
    if (!st->open) {
        st->line0 = lineno;
        st->off0 = off;
        st->inq = 0;
        st->fs = 1;
        st->nlines = 0;
        st->nrow = 0;
    }
    char d = st->ok ? st->L.delim : ',';
    scan_quotes(p, n, d, &st->inq, &st->fs);
    size_t keep = n;
    if (!st->inq && keep && p[keep - 1] == '\r')
        keep--;
    if (grow(&st->row, &st->cap, st->nrow + keep + 2)) {
        c->oom = 1;
        return -1;
    }
    memcpy(st->row + st->nrow, p, keep);
    st->nrow += keep;
    if (st->inq && ++st->nlines < MAX_ROW_LINES && st->nrow < MAX_ROW) {
        st->row[st->nrow++] = '\n';
        st->open = 1;
        return 0;
    }
    if (st->inq) {
        /* a quote that does not close: the lines as they came */
        ats_time none = {ATS_TIME_NONE, 0};
        size_t len = st->nrow;
        st->open = 0;
        st->nrow = 0;
        return ats_rd_emit(c, ATS_CHUNK_UNPARSED, ATS_DIR_UNKNOWN, none, st->row, len, st->line0,
                           st->off0, "csv: a quoted cell that does not close");
    }
    return row_done(st, c);
}

static int cs_finish(void *vst, rd_ctx *c)
{
    csv_st *st = vst;
    if (!st->open || !st->nrow)
        return 0;
    ats_time none = {ATS_TIME_NONE, 0};
    st->open = 0;
    /* the LF that joined its last line to the next, which never came */
    size_t len = st->nrow - (st->row[st->nrow - 1] == '\n');
    return ats_rd_emit(c, ATS_CHUNK_UNPARSED, ATS_DIR_UNKNOWN, none, st->row, len, st->line0,
                       st->off0, "csv: the file ends inside a quoted cell");
}

static void cs_free(void *vst)
{
    csv_st *st = vst;
    free(st->row);
    free(st->hdr);
    free(st->tmp);
    free(st->out);
}

const rd_vt ats_rd_csv = {
    {"csv",
     "a CSV or TSV table of serial traffic in any column order (a serial logger's, a log "
     "platform's or a spreadsheet's export): time, direction and data columns by the header's "
     "words or by their cells",
     "rows cut by one delimiter (, ; TAB |) into the same cells, RFC 4180 quoting; a data "
     "column of AT commands and finals (text, escaped or hex) beside a time or a direction "
     "column",
     1, 1, 0, 0},
    csv_probe, sizeof(csv_st), 0, cs_init, cs_line, NULL, cs_finish, cs_free, ATS_CF_NO_NOTES, 0};
