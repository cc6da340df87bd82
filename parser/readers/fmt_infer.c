/* fmt_infer.c - a line template inferred from the detection sample, for a
 * trace no definition describes. Lines that carry AT traffic (a command, a
 * final result, a +NAME: response) after a prefix are found; each prefix is
 * cut into tokens at blanks, digit runs generalised (so stamps, counters and
 * thread numbers compare equal) and the lines grouped by that shape, as
 * log-template miners (Drain, lnav's discovery) group lines. One shape that
 * holds most of them, or two that differ in one token only (a direction
 * word, a thread's name), by a verb before the payload, or in the phrase
 * after a common head ("Sending AT command:" / "Got response:", any
 * lengths), becomes the template: its payloads are read as a plain
 * capture, directed only when the difference is consistent (the commands
 * all on one side, the final results all on the other). A payload may sit
 * in quotes or a bracket pair, with groups in brackets after it ("(7
 * bytes)"), and a C-escaped read of several lines counts as its last
 * line's final. Thin evidence is refused, and so are a
 * manual's <parameters> and a script's expected answers: a misread log is
 * worse than an unread one (docs/precision.md). */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "common.h"
#include "fmt_infer.h"
#include "fmtdef.h"
#include "internal.h"

#define FI_TOKS 16
#define FI_TOKLEN 64
#define FI_GROUPS 32
#define FI_XTRA 6                /* shapes beyond the pair, in its one differing token */
#define FI_MAX_PREFIX 200
#define FI_PHRASE 5              /* words of a direction phrase ("Envoi de la commande :") */
/* enough to be a log's habit, not a coincidence of a few lines */
#define FI_MIN_CMDS 3
#define FI_MIN_FINALS 3

enum { K_NONE = 0, K_CMD, K_FINAL, K_RESP };

typedef struct fi_group {
    unsigned ntok;
    char tok[FI_TOKS][FI_TOKLEN];  /* shapes: a digit run is \x01, a 0x hex run \x02 */
    char glued;                    /* the payload follows the last token without a blank */
    char quote;
    char suf[FI_TOKLEN];           /* the trailing groups' shape after the payload, "" none */
    unsigned cmds, finals, resps;
    unsigned echoes;               /* of cmds, those in a read with their final */
    size_t example;                /* the line the regex's time groups are taken from */
    size_t cmd_example;            /* a command line, for the definition's sample */
    int has_cmd;
    int esc;                       /* a payload showed \r or \n escapes */
} fi_group;

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static int is_alpha(char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }

/* A final result code, the whole payload. */
static int is_final(const char *s, size_t m)
{
    static const char *const fin[] = {"OK", "ERROR", "NO CARRIER", "BUSY", "NO ANSWER",
                                      "NO DIALTONE"};
    for (size_t i = 0; i < sizeof fin / sizeof fin[0]; i++)
        if (m == strlen(fin[i]) && !memcmp(s, fin[i], m))
            return 1;
    if (m >= 11 && (!memcmp(s, "+CME ERROR:", 11) || !memcmp(s, "+CMS ERROR:", 11)))
        return 1;
    if (m >= 7 && !memcmp(s, "CONNECT", 7)) {
        for (size_t i = 7; i < m; i++)
            if (!(s[i] == ' ' || is_digit(s[i]) || is_upper(s[i]) || s[i] == '/'))
                return 0;
        return 1;
    }
    return 0;
}

/* A command as a host writes it: "AT", then an extended name or basic
 * commands, no blank or colon outside quotes. Prose that starts with AT
 * ("AT command timeout", "ATTENTION: ...", "AT+CSQ not supported") is not. */
static int is_cmd(const char *s, size_t m)
{
    if (m < 2 || s[0] != 'A' || s[1] != 'T')
        return 0;
    if (m == 2)
        return 1;
    if (strchr("+^%$#*&\\", s[2])) {
        if (m < 4 || !(is_upper(s[3]) || (s[2] == '&' && is_digit(s[3]))))
            return 0;
    } else if (is_upper(s[2])) {
        size_t run = 0;
        for (size_t i = 2; i < m && is_alpha(s[i]); i++)
            run++;
        for (size_t i = 2; i < m && is_alpha(s[i]); i++)
            if (!is_upper(s[i]))
                return 0;
        if (run >= 4)
            return 0;
    } else {
        return 0;
    }
    int q = 0;
    for (size_t i = 2; i < m; i++) {
        if (s[i] == '"')
            q ^= 1;
        else if (!q && (s[i] == ' ' || s[i] == '\t' || s[i] == ':' || s[i] == '\'' ||
                        (unsigned char)s[i] < 0x20))
            return 0;
    }
    return !q;
}

/* "+CSQ: 20,99", "^SCFG: ...", "#SGACT: 1,1" */
static int is_resp(const char *s, size_t m)
{
    if (m < 4 || !strchr("+^%$#", s[0]) || !is_upper(s[1]))
        return 0;
    size_t i = 1;
    while (i < m && (is_upper(s[i]) || is_digit(s[i]) || s[i] == '_'))
        i++;
    return i >= 3 && i < m && s[i] == ':' && (i + 1 == m || s[i + 1] == ' ' ||
                                              is_digit(s[i + 1]) || s[i + 1] == '"');
}

static int classify(const char *s, size_t m)
{
    return is_final(s, m) ? K_FINAL : is_cmd(s, m) ? K_CMD : is_resp(s, m) ? K_RESP : K_NONE;
}

int ats_fd_at_kind(const char *s, size_t m) { return classify(s, m); }

/* The bracket that closes o when o opens a payload's wrap: a quote, or
 * one of the pairs a logger puts around each line ("<AT+CSQ>", "[OK]") */
static char partner(char o)
{
    return o == '<' ? '>' : o == '[' ? ']' : o == '{' ? '}' : o == '(' ? ')' : o;
}

static int bracket(char c) { return c == '<' || c == '[' || c == '{' || c == '('; }

/* What an escaped payload s[0..m) holds when its \r \n escapes cut it into
 * lines ("\r\n+CSQ: 20,99\r\n\r\nOK\r\n", a read of several lines, C
 * escaped): the final result when its last line is one, *echo set when its
 * first line is a command as well (the echo read with the answer); else
 * what its first line is. -1: s holds no escaped line end. */
static int kind_lines(const char *s, size_t m, int *echo)
{
    int first = -1, last = 0, cut = 0;
    size_t a = 0;
    for (size_t i = 0; i <= m; i++) {
        int esc = i + 1 < m && s[i] == '\\' && (s[i + 1] == 'r' || s[i + 1] == 'n');
        if (i < m && !esc) {
            if (s[i] == '\\')
                i++;
            continue;
        }
        size_t b = a, e = i;
        while (b < e && (s[b] == ' ' || s[b] == '\t'))
            b++;
        while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t'))
            e--;
        if (e > b) {
            last = classify(s + b, e - b);
            if (first < 0)
                first = last;
        }
        if (esc) {
            cut = 1;
            a = ++i + 1;
        }
    }
    if (!cut)
        return -1;
    *echo = last == K_FINAL && first == K_CMD;
    return last == K_FINAL ? K_FINAL : first > 0 ? first : K_NONE;
}

static int boundary(char c)
{
    return c == ' ' || c == '\t' || c == ':' || c == ']' || c == ')' || c == '>' || c == '|' ||
           c == '\'' || c == '"';
}

/* Where the line's trailing groups start, in brackets or a key=value field
 * ("AT+CSQ (7 bytes)", "OK  [10:00:00.100]", Monolog's "[] []", "len=7"),
 * up to 3, each after a blank: the blank before the first, 0 when the line
 * has none. */
static size_t suffix_start(const char *p, size_t n)
{
    size_t e = n, cut = 0;
    while (e && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\r'))
        e--;
    for (int g = 0; g < 3 && e; g++) {
        char c = p[e - 1], o = c == ')' ? '(' : c == ']' ? '[' : c == '}' ? '{' : 0;
        if (!o) {
            /* a logger's key=value field after the payload ("len=7") */
            size_t b = e;
            while (b && p[b - 1] != ' ' && p[b - 1] != '\t' && e - b < FI_TOKLEN / 2)
                b--;
            size_t eq = b;
            while (eq < e && (is_alpha(p[eq]) || p[eq] == '_' || (eq > b && is_digit(p[eq]))))
                eq++;
            if (!b || eq == b || eq + 1 >= e || p[eq] != '=' || memchr(p + eq, '"', e - eq) ||
                memchr(p + eq, '\'', e - eq))
                break;
            e = b;
            while (e && (p[e - 1] == ' ' || p[e - 1] == '\t'))
                e--;
            cut = e;
            continue;
        }
        size_t b = e - 1;
        while (b && p[b - 1] != o && p[b - 1] != c && e - b < FI_TOKLEN / 2)
            b--;
        if (!b || p[b - 1] != o || b < 2 || (p[b - 2] != ' ' && p[b - 2] != '\t'))
            break;
        e = b - 1;
        while (e && (p[e - 1] == ' ' || p[e - 1] == '\t'))
            e--;
        cut = e;
    }
    return cut;
}

/* Where line p[0..n) carries AT text, and what: returns the kind (K_NONE:
 * none), *at the payload's offset, *quote the quote or bracket it sits in
 * (the opening one), *esc when it shows \r or \n escapes, *echo when an
 * escaped read of several lines holds a command and its final result,
 * *sfx where the trailing groups the AT text was read without start (n:
 * none). */
static int at_text(const char *p, size_t n, size_t *at, char *quote, int *esc, int *echo,
                   size_t *sfx)
{
    *echo = 0;
    *sfx = n;
    const char *bs = memchr(p, '\\', n);
    size_t cut = suffix_start(p, n);
    for (size_t k = 0; k < n && k <= FI_MAX_PREFIX; k++) {
        char o = k ? p[k - 1] : 0;
        if (k && !boundary(o) && !bracket(o))
            continue;
        if (p[k] == ' ' || p[k] == '\t')
            continue;
        char q = o == '\'' || o == '"' || bracket(o) ? o : 0;
        /* behind a prefix, without the line's trailing groups first (a
         * "+CSQ: 20,99 (12 ms)" is a response either way), then whole */
        for (int pass = k && cut > k ? 1 : 0; pass >= 0; pass--) {
            size_t s = k, e = pass ? cut : n;
            while (e > s && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\r'))
                e--;
            if (q) {
                if (e <= s || p[e - 1] != partner(q))
                    continue;
                e--;
            }
            int x = 0;
            for (;;) {
                if (e >= s + 2 && p[e - 2] == '\\' && (p[e - 1] == 'r' || p[e - 1] == 'n'))
                    e -= 2, x = 1;
                else if (s + 2 <= e && p[s] == '\\' && (p[s + 1] == 'r' || p[s + 1] == 'n'))
                    s += 2, x = 1;
                else
                    break;
            }
            /* only where an escape follows: the sample's other lines pay nothing */
            int kind = bs && e > s && strchr("A+^%$#OENBC", p[s]) && memchr(p + s, '\\', e - s)
                           ? kind_lines(p + s, e - s, echo)
                           : -1;
            if (kind < 0)
                kind = classify(p + s, e - s);
            else
                x = 1;
            if (kind) {
                *at = k;
                *quote = q;
                *esc = x;
                *sfx = pass ? cut : n;
                return kind;
            }
        }
    }
    return K_NONE;
}

/* The prefix p[0..k) as token shapes; 0 when it does not fit. */
static int shape_of(const char *p, size_t k, fi_group *g)
{
    memset(g, 0, sizeof *g);
    size_t i = 0;
    g->glued = k && p[k - 1] != ' ' && p[k - 1] != '\t';
    g->quote = k && (p[k - 1] == '\'' || p[k - 1] == '"' || bracket(p[k - 1])) ? p[k - 1] : 0;
    while (i < k) {
        while (i < k && (p[i] == ' ' || p[i] == '\t'))
            i++;
        if (i == k)
            break;
        if (g->ntok == FI_TOKS)
            return 0;
        char *t = g->tok[g->ntok++];
        size_t o = 0;
        while (i < k && p[i] != ' ' && p[i] != '\t') {
            if (o + 2 >= FI_TOKLEN)
                return 0;
            if (p[i] == '0' && i + 2 < k && p[i + 1] == 'x' &&
                strchr("0123456789abcdefABCDEF", p[i + 2])) {
                i += 2;
                while (i < k && p[i] && strchr("0123456789abcdefABCDEF", p[i]))
                    i++;
                t[o++] = '\x02';
            } else if (is_digit(p[i])) {
                while (i < k && is_digit(p[i]))
                    i++;
                t[o++] = '\x01';
            } else {
                t[o++] = p[i] == '\x01' || p[i] == '\x02' ? '?' : p[i];
                i++;
            }
        }
        t[o] = 0;
    }
    return g->ntok > 0;
}

/* The trailing groups p[c..n) (after the payload) as g's suffix shape:
 * digit runs \x01, a run of blanks one blank; 0 when too long. */
static int suffix_of(const char *p, size_t c, size_t n, fi_group *g)
{
    size_t o = 0;
    while (n > c && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r'))
        n--;
    while (c < n && (p[c] == ' ' || p[c] == '\t'))
        c++;
    for (size_t i = c; i < n; i++) {
        if (o + 2 >= sizeof g->suf)
            return 0;
        if (is_digit(p[i])) {
            while (i + 1 < n && is_digit(p[i + 1]))
                i++;
            g->suf[o++] = '\x01';
        } else if (p[i] == ' ' || p[i] == '\t') {
            while (i + 1 < n && (p[i + 1] == ' ' || p[i + 1] == '\t'))
                i++;
            g->suf[o++] = ' ';
        } else {
            g->suf[o++] = p[i] == '\x01' || p[i] == '\x02' ? '?' : p[i];
        }
    }
    g->suf[o] = 0;
    return 1;
}

static int same_shape(const fi_group *a, const fi_group *b)
{
    if (a->ntok != b->ntok || a->glued != b->glued || a->quote != b->quote || strcmp(a->suf, b->suf))
        return 0;
    for (unsigned i = 0; i < a->ntok; i++)
        if (strcmp(a->tok[i], b->tok[i]))
            return 0;
    return 1;
}

/* The one token position a and b differ in, -1 when not exactly one. */
static int differ_one(const fi_group *a, const fi_group *b)
{
    if (a->ntok != b->ntok || a->glued != b->glued || a->quote != b->quote || strcmp(a->suf, b->suf))
        return -1;
    int d = -1;
    for (unsigned i = 0; i < a->ntok; i++)
        if (strcmp(a->tok[i], b->tok[i])) {
            if (d >= 0)
                return -1;
            d = (int)i;
        }
    return d;
}

/* b is a with one word more before the payload ("Sending:", "write"). */
static int one_more(const fi_group *a, const fi_group *b)
{
    if (b->ntok != a->ntok + 1 || a->glued || b->glued || a->quote || b->quote ||
        strcmp(a->suf, b->suf))
        return 0;
    for (unsigned i = 0; i < a->ntok; i++)
        if (strcmp(a->tok[i], b->tok[i]))
            return 0;
    const char *w = b->tok[a->ntok];
    size_t letters = 0;
    for (size_t i = 0; w[i]; i++)
        letters += is_alpha(w[i]);
    return letters >= 2;
}

/* a and b share their first tokens (a stamp, a tag, or none) and differ in
 * the phrase after them, a few words each ("Sending AT command:" / "Got
 * response:", "tx cmd=" / "rx line=", any script's letters): the number of
 * shared tokens, -1 when not. */
static int tail_differ(const fi_group *a, const fi_group *b)
{
    if (a->glued != b->glued || a->quote != b->quote || strcmp(a->suf, b->suf))
        return -1;
    unsigned c = 0;
    while (c < a->ntok && c < b->ntok && !strcmp(a->tok[c], b->tok[c]))
        c++;
    unsigned ta = a->ntok - c, tb = b->ntok - c;
    if (!ta || !tb || ta > FI_PHRASE || tb > FI_PHRASE || (ta == 1 && tb == 1))
        return -1;
    for (int side = 0; side < 2; side++) {
        const fi_group *g = side ? b : a;
        int word = 0;
        for (unsigned i = c; i < g->ntok && !word; i++)
            for (size_t k = 0; g->tok[i][k] && g->tok[i][k + 1] && !word; k++)
                word = (is_alpha(g->tok[i][k]) || (unsigned char)g->tok[i][k] >= 0x80) &&
                       (is_alpha(g->tok[i][k + 1]) || (unsigned char)g->tok[i][k + 1] >= 0x80);
        if (!word)
            return -1;
    }
    return (int)c;
}

/* A token from g's from-th on that says what a script waits for, not what
 * a modem said ("expect: \"OK\"", "wait_for", "should"): a test's or a chat
 * script's steps, no log. */
static int expects(const fi_group *g, unsigned from)
{
    static const char *const w[] = {"expect", "wait", "want", "should", "assert", "match"};
    for (unsigned i = from; i < g->ntok; i++) {
        const char *t = g->tok[i];
        while (*t && !is_alpha(*t))
            t++;
        for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
            if (!strncasecmp(t, w[k], strlen(w[k])))
                return 1;
    }
    return 0;
}

static unsigned weight(const fi_group *g) { return g->cmds + g->finals + g->resps - g->echoes; }

/* An extra shape's commands as the template counts them: those of the sent
 * side's, or of any in an undirected template (a received side's have none) */
static unsigned x_cmds(const fi_group *x, const fi_group *tx, int on_tx)
{
    return !tx || on_tx ? x->cmds : 0;
}

/* A day's or a month's name: a stamp's word, not the log's */
static int calendar(const char *t)
{
    static const char *const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun",
                                        "jan", "feb", "mar", "apr", "may", "jun", "jul",
                                        "aug", "sep", "oct", "nov", "dec", "am", "pm"};
    size_t i = 0, n;
    while (t[i] && !is_alpha(t[i]))
        i++;
    for (n = 0; is_alpha(t[i + n]); n++)
        ;
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (n == strlen(names[k]) && !strncasecmp(t + i, names[k], n))
            return 1;
    return 0;
}

/* Two letters in a row somewhere, not a day or a month: a word, not only
 * a stamp or a number (a stamped terminal log is tsline's, not a trace). */
static int wordy(const fi_group *g)
{
    for (unsigned i = 0; i < g->ntok; i++)
        for (size_t k = 0; g->tok[i][k] && g->tok[i][k + 1]; k++)
            if (is_alpha(g->tok[i][k]) && is_alpha(g->tok[i][k + 1]) && !calendar(g->tok[i]))
                return 1;
    return 0;
}

typedef struct sbuf {
    char *p;
    size_t n, cap;
    int over;
} sbuf;

static void put(sbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        b->over = 1;
        return;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void puts_(sbuf *b, const char *s) { put(b, s, strlen(s)); }

/* A token shape as a pattern: digit runs any number, the rest literal. */
static void lit_re(sbuf *b, const char *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c == 1)
            puts_(b, "[0-9]+");
        else if (c == 2)
            puts_(b, "0x[0-9A-Fa-f]+");
        else if (is_alpha((char)c) || is_digit((char)c) || c >= 0x80)
            put(b, (const char *)&c, 1);
        else {
            char e[2] = {'\\', (char)c};
            put(b, e, 2);
        }
    }
}

/* A token shape for a person: digit runs as 9 */
static void lit_txt(sbuf *b, const char *t)
{
    for (size_t i = 0; t[i]; i++)
        puts_(b, t[i] == 1 ? "9" : t[i] == 2 ? "0x9" : (char[2]){t[i], 0});
}

static int digits_at(const char *t, size_t n, size_t i, size_t k)
{
    if (i + k > n)
        return 0;
    for (size_t j = 0; j < k; j++)
        if (!is_digit(t[i + j]))
            return 0;
    return 1;
}

/* A date YYYY-MM-DD or YYYY/MM/DD at t[i] */
static int date_at(const char *t, size_t n, size_t i)
{
    return digits_at(t, n, i, 4) && i + 10 <= n && (t[i + 4] == '-' || t[i + 4] == '/') &&
           t[i + 7] == t[i + 4] && digits_at(t, n, i + 5, 2) && digits_at(t, n, i + 8, 2);
}

/* The token text t[0..n) (as the example line has it) with its time of
 * day as the named groups the definitions' time parser reads; 0 when it
 * holds none. *date_done: a date group was written (one per pattern). */
static int time_re(sbuf *b, const char *t, size_t n, int *date_done)
{
    size_t j = 0;
    for (; j < n; j++)
        if ((j == 0 || !is_digit(t[j - 1])) && j + 7 <= n && is_digit(t[j]) &&
            (t[j + 1] == ':' ? digits_at(t, n, j + 2, 2) && t[j + 4] == ':' &&
                                   digits_at(t, n, j + 5, 2)
                             : is_digit(t[j + 1]) && j + 8 <= n && t[j + 2] == ':' &&
                                   digits_at(t, n, j + 3, 2) && t[j + 5] == ':' &&
                                   digits_at(t, n, j + 6, 2)))
            break;
    if (j >= n)
        return 0;
    size_t pre = j, d = (size_t)-1;
    for (size_t i = 0; i + 10 <= j; i++)
        if (date_at(t, n, i) && (i + 10 == j || (i + 11 == j && (t[i + 10] == 'T' || t[i + 10] == ' '))))
            d = i;
    fi_group tmp;
    char shaped[FI_TOKLEN];
    /* the text before the time (a bracket, an ISO date) */
    if (d != (size_t)-1 && !*date_done) {
        if (d && shape_of(t, d, &tmp) && tmp.ntok == 1)
            lit_re(b, tmp.tok[0], strlen(tmp.tok[0]));
        puts_(b, "(?<date>[0-9]{4}[-/][0-9]{2}[-/][0-9]{2})");
        *date_done = 1;
        if (d + 10 < j)
            lit_re(b, t + d + 10, 1);
    } else if (pre) {
        if (!shape_of(t, pre, &tmp) || tmp.ntok != 1)
            return 0;
        lit_re(b, tmp.tok[0], strlen(tmp.tok[0]));
    }
    puts_(b, "(?<H>[0-9]{1,2}):(?<M>[0-9]{2}):(?<S>[0-9]{2})");
    size_t i = j + (t[j + 1] == ':' ? 7 : 8);
    if (i + 1 < n && (t[i] == '.' || t[i] == ',') && is_digit(t[i + 1])) {
        puts_(b, "[.,](?<frac>[0-9]+)");
        i++;
        while (i < n && is_digit(t[i]))
            i++;
        if (i + 1 < n && t[i] == ',' && is_digit(t[i + 1])) {
            puts_(b, ",(?<frac2>[0-9]+)");
            i++;
            while (i < n && is_digit(t[i]))
                i++;
        }
    }
    if (i < n) {
        if (!shape_of(t + i, n - i, &tmp) || tmp.ntok != 1)
            return 0;
        memcpy(shaped, tmp.tok[0], sizeof shaped);
        lit_re(b, shaped, strlen(shaped));
    }
    return 1;
}

/* The example line's k-th token (blank-separated) in p[0..at). */
static int token_text(const char *p, size_t at, unsigned k, const char **t, size_t *n)
{
    size_t i = 0;
    for (unsigned c = 0;; c++) {
        while (i < at && (p[i] == ' ' || p[i] == '\t'))
            i++;
        if (i == at)
            return 0;
        size_t s = i;
        while (i < at && p[i] != ' ' && p[i] != '\t')
            i++;
        if (c == k) {
            *t = p + s;
            *n = i - s;
            return 1;
        }
    }
}

/* The prefix pattern of g (the token at dpos replaced by alt when alt is
 * not NULL: "(?:a|b)"), its first time token as named groups; *stamp_end
 * (when not NULL) the pattern's length up to that time token's end, 0
 * when it has none: the stamp the log's every line opens with. */
static void prefix_re(sbuf *b, const fi_group *g, const char *ex, size_t exat, int dpos,
                      const char *alt, int portpos, size_t *stamp_end)
{
    if (stamp_end)
        *stamp_end = 0;
    int timed = 0, date_done = 0;
    puts_(b, "^[ \\t]*");
    for (unsigned i = 0; i < g->ntok; i++) {
        if (i)
            puts_(b, "[ \\t]+");
        if ((int)i == dpos && alt) {
            puts_(b, alt);
            continue;
        }
        if ((int)i == portpos) {
            puts_(b, "(?<port>");
            lit_re(b, g->tok[i], strlen(g->tok[i]));
            puts_(b, ")");
            continue;
        }
        const char *t;
        size_t tn;
        if (!timed && ex && token_text(ex, exat, i, &t, &tn)) {
            /* a date alone, with the time in the next token */
            if (tn == 10 && date_at(t, tn, 0) && i + 1 < g->ntok && !date_done) {
                const char *t2;
                size_t tn2;
                sbuf probe = {(char[FI_PAT_MAX]){0}, 0, FI_PAT_MAX, 0};
                int dd = 1;
                if (token_text(ex, exat, i + 1, &t2, &tn2) && time_re(&probe, t2, tn2, &dd)) {
                    puts_(b, "(?<date>[0-9]{4}[-/][0-9]{2}[-/][0-9]{2})");
                    date_done = 1;
                    continue;
                }
            }
            size_t mark = b->n;
            int dd = date_done;
            if (time_re(b, t, tn, &dd)) {
                timed = 1;
                date_done = dd;
                if (stamp_end && !b->over)
                    *stamp_end = b->n;
                continue;
            }
            b->n = mark;
            b->p[mark] = 0;
        }
        lit_re(b, g->tok[i], strlen(g->tok[i]));
    }
    if (!g->glued)
        puts_(b, "[ \\t]+");
}

/* A directed side's token at dpos and the extra shapes' on that side
 * (on_tx 1: the sent side) as "(?:a|b)" */
static void alt_re(sbuf *b, const fi_group *side, int dpos, const fi_group *const *xs,
                   const int *xtx, size_t nx, int on_tx)
{
    puts_(b, "(?:");
    lit_re(b, side->tok[dpos], strlen(side->tok[dpos]));
    for (size_t i = 0; i < nx; i++)
        if (xtx[i] == on_tx) {
            puts_(b, "|");
            lit_re(b, xs[i]->tok[dpos], strlen(xs[i]->tok[dpos]));
        }
    puts_(b, ")");
}

/* "cmd / rsp, urc": the sent side's tokens, sep, the received side's */
static void alt_txt(sbuf *b, const fi_group *tx, const fi_group *rx, int dpos,
                    const fi_group *const *xs, const int *xtx, size_t nx, const char *sep)
{
    for (int side = 1; side >= 0; side--) {
        lit_txt(b, (side ? tx : rx)->tok[dpos]);
        for (size_t i = 0; i < nx; i++)
            if (xtx[i] == side) {
                puts_(b, ", ");
                lit_txt(b, xs[i]->tok[dpos]);
            }
        if (side)
            puts_(b, sep);
    }
}

static void templ_txt(sbuf *b, const fi_group *g, int dpos, const char *alt_txt, int portpos)
{
    for (unsigned i = 0; i < g->ntok; i++) {
        if (i)
            puts_(b, " ");
        if ((int)i == dpos && alt_txt)
            puts_(b, alt_txt);
        else if ((int)i == portpos) {
            puts_(b, "<port ");
            lit_txt(b, g->tok[i]);
            puts_(b, ">");
        } else
            lit_txt(b, g->tok[i]);
    }
    puts_(b, g->glued ? "" : " ");
    puts_(b, "<payload>");
    if (g->quote) {
        char c = partner(g->quote);
        put(b, &c, 1);
    }
    if (g->suf[0]) {
        puts_(b, " ");
        lit_txt(b, g->suf);
    }
}

int ats_fd_infer(const char *const *p, const size_t *n, const unsigned char *skip, size_t count,
                 fd_infer *out)
{
    memset(out, 0, sizeof *out);
    fi_group *gs = calloc(FI_GROUPS + 1, sizeof *gs);
    if (!gs)
        return ATS_ENOMEM;
    fi_group *cur = &gs[FI_GROUPS];
    size_t ng = 0;
    unsigned prefixed = 0, bare_c = 0, bare_f = 0, manual = 0;
    for (size_t i = 0; i < count; i++) {
        if ((skip && skip[i]) || !n[i])
            continue;
        size_t at;
        char q;
        int esc, echo;
        size_t sfx;
        int kind = at_text(p[i], n[i], &at, &q, &esc, &echo, &sfx);
        if (!kind)
            continue;
        out->at_lines++;
        manual += ats_has_placeholder(p[i] + at, n[i] - at);
        if (!at) {
            out->bare++;
            bare_c += kind == K_CMD || echo;
            bare_f += kind == K_FINAL;
            continue;
        }
        if (!shape_of(p[i], at, cur) || !suffix_of(p[i], sfx, n[i], cur))
            continue;
        prefixed++;
        size_t g = 0;
        while (g < ng && !same_shape(&gs[g], cur))
            g++;
        if (g == ng) {
            if (ng == FI_GROUPS)
                continue;
            gs[ng] = *cur;
            gs[ng].example = i;
            ng++;
        }
        gs[g].cmds += kind == K_CMD || echo;
        gs[g].echoes += echo;
        gs[g].finals += kind == K_FINAL;
        gs[g].resps += kind == K_RESP;
        gs[g].esc |= esc;
        if (kind == K_CMD && !gs[g].has_cmd) {
            gs[g].has_cmd = 1;
            gs[g].cmd_example = i;
        }
    }
    out->prefixed = prefixed;
    if (!prefixed) {
        free(gs);
        return 0;
    }
    size_t best = 0;
    for (size_t g = 1; g < ng; g++)
        if (weight(&gs[g]) > weight(&gs[best]))
            best = g;
    /* the partner: a shape that differs in one token, or has one word more */
    const fi_group *G = &gs[best], *H = NULL;
    int dpos = -1, more = 0, head = -1;
    for (size_t g = 0; g < ng; g++) {
        if (g == best || weight(&gs[g]) < 2 || (H && weight(&gs[g]) <= weight(H)))
            continue;
        int d = differ_one(G, &gs[g]);
        int m = one_more(G, &gs[g]) ? 1 : one_more(&gs[g], G) ? -1 : 0;
        if (d >= 0 || m) {
            H = &gs[g];
            dpos = d;
            more = m;
        }
    }
    /* else two direction phrases of other lengths after a common head
     * ("Sending AT command: " / "Got response: "): a pair only when it is
     * consistent, and the received side shows a +NAME: line as well, not
     * only the OK a status line may say */
    for (size_t g = 0; !more && dpos < 0 && g < ng; g++) {
        if (g == best || weight(&gs[g]) < 2 || (H && weight(&gs[g]) <= weight(H)))
            continue;
        int c = tail_differ(G, &gs[g]);
        if (c >= 0) {
            H = &gs[g];
            head = c;
        }
    }
    const fi_group *tx = NULL, *rx = NULL, *one = G, *aside = NULL;
    int alt = 0;
    /* The library prints the commands it writes behind its prefix and the
     * modem's lines as they came, bare (wvdial's way): the commands' shape
     * holds no final, the bare lines hold them (and at most one echo per
     * command). Directed: the prefixed commands sent, the bare lines the
     * modem's, the library's other prefixed lines its own. */
    if (G->cmds >= FI_MIN_CMDS && !G->finals && bare_f >= FI_MIN_FINALS && bare_c <= G->cmds) {
        H = NULL;
        tx = G;
        out->bare_rx = 1;
    } else if (H && dpos >= 0) {
        /* a read's own echo, in the same record as its final, is no
         * command of the received side's */
        if (G->cmds && !G->finals && H->cmds == H->echoes && H->finals)
            tx = G, rx = H;
        else if (H->cmds && !H->finals && G->cmds == G->echoes && G->finals)
            tx = H, rx = G;
        else
            alt = 1;             /* both sides show commands (an echo) or both finals */
    } else if (H && head >= 0) {
        if (G->cmds && !G->finals && H->cmds == H->echoes && H->finals && H->resps)
            tx = G, rx = H;
        else if (H->cmds && !H->finals && G->cmds == G->echoes && G->finals && G->resps)
            tx = H, rx = G;
        else
            H = NULL, head = -1;
    } else if (H && more) {
        const fi_group *longer = more > 0 ? H : G, *shorter = more > 0 ? G : H;
        /* the library's verb before the commands it writes, the modem's
         * lines bare: directed; with the echo in the bare lines the verb's
         * lines only announce what the echo shows (host-log) */
        if (!shorter->cmds && shorter->finals && longer->cmds && !longer->finals) {
            tx = longer;
            rx = shorter;
        } else {
            one = shorter->cmds ? shorter : longer;
            aside = one == shorter ? longer : shorter;
            H = NULL;
        }
    } else {
        H = NULL;
    }
    /* Two shapes, one with commands only, the other with the modem's lines
     * and the commands again (its echo): the first only announces what the
     * second shows, "sending AT+CSQ" before "[ttyUSB2] AT+CSQ". Its lines
     * are the library's (host-log), understood all the same. */
    if (alt && (!(H->finals + H->resps) || !(one->finals + one->resps))) {
        aside = H->finals + H->resps ? one : H;
        one = H->finals + H->resps ? H : one;
        alt = 0;
        H = NULL;
    }
    /* More shapes than two that differ from the pair in the same token
     * only: a third channel or status word ("urc" beside "cmd" / "rsp", a
     * library's "!!" beside ">>" / "<<", a third port). Each joins the side
     * it is consistent with: commands only with the sent side, the modem's
     * lines only with the received side (a directed pair); a whole stream
     * to ports that are whole streams; any to an undirected pair. One that
     * fits no side stays the library's, as before. */
    const fi_group *xs[FI_XTRA];
    int xtx[FI_XTRA];
    size_t nx = 0;
    int ports = alt && one->cmds && H->cmds;
    for (size_t g = 0; dpos >= 0 && (tx || alt) && g < ng && nx < FI_XTRA; g++) {
        const fi_group *x = &gs[g];
        if (x == G || x == H || !weight(x) || differ_one(G, x) != dpos)
            continue;
        int c = x->cmds > 0, f = x->finals + x->resps > 0;
        if (tx && c && !f && !x->finals)
            xtx[nx] = 1;
        else if (tx && !c && f)
            xtx[nx] = 0;
        else if (alt && (!ports || (x->cmds && x->finals + x->resps)))
            xtx[nx] = 0;
        else
            continue;
        xs[nx++] = x;
    }
    unsigned xc = 0, xf = 0, xw = 0;
    for (size_t i = 0; i < nx; i++) {
        xc += x_cmds(xs[i], tx, xtx[i]);
        xf += tx && xtx[i] ? 0 : xs[i]->finals;
        xw += weight(xs[i]);
    }
    unsigned cmds = tx ? tx->cmds + xc : one->cmds + (alt ? H->cmds + xc : 0);
    unsigned fins = out->bare_rx ? bare_f
                    : tx          ? rx->finals + xf
                                  : one->finals + (alt ? H->finals + xf : 0);
    unsigned explained = out->bare_rx ? weight(tx) + out->bare
                         : tx       ? weight(tx) + weight(rx) + xw
                                    : weight(one) + (alt ? weight(H) + xw : 0);
    const fi_group *base = tx ? tx : one;
    /* a word in the prefix, or a direction token that is consistent (the
     * arrows of ".NET's  --> AT+CSQ" / "  <-- OK"): a stamp alone is a
     * stamped terminal log's */
    int words = wordy(base) || (rx && wordy(rx)) || (alt && wordy(H)) ||
                (tx && rx && (dpos >= 0 || head >= 0)) || base->quote;
    /* a manual's syntax ("+CSQ: <rssi>,<ber>") or a script's expectations
     * on the received side are no session */
    int script = manual >= 2 || (tx && rx && expects(rx, dpos >= 0 ? (unsigned)dpos
                                                     : head >= 0 ? (unsigned)head
                                                                 : rx->ntok ? rx->ntok - 1 : 0));
    for (size_t i = 0; i < nx && !script; i++)
        script = expects(xs[i], (unsigned)dpos);
    if (alt && dpos >= 0)
        script = script || expects(G, (unsigned)dpos) || expects(H, (unsigned)dpos);
    if (script) {
        snprintf(out->why_not, sizeof out->why_not,
                 "AT text after a prefix on %u line%s, but %s", prefixed, prefixed == 1 ? "" : "s",
                 manual >= 2 ? "a manual's <parameters> in it" : "a script's expected answers");
        free(gs);
        return 0;
    }
    if (cmds < FI_MIN_CMDS || fins < FI_MIN_FINALS || !words ||
        (uint64_t)(explained + (aside ? weight(aside) : 0)) * 10 < (uint64_t)out->at_lines * 7) {
        snprintf(out->why_not, sizeof out->why_not,
                 "AT text after a prefix on %u line%s, but no prefix shape holds %d commands, "
                 "%d finals and %s of the AT lines",
                 prefixed, prefixed == 1 ? "" : "s", FI_MIN_CMDS, FI_MIN_FINALS, "70 %");
        free(gs);
        return 0;
    }
    out->cmds = cmds;
    out->finals = fins;
    out->resps = explained - cmds - fins;
    /* escapes decoded where the payloads showed them: in quotes (a repr(),
     * strconv.Quote) or bare ("RX: \r\n+CSQ: 20,99\r\n") */
    out->escaped = base->esc || (rx && rx->esc) || (alt && H->esc);
    out->quote = base->quote ? partner(base->quote) : 0;
    /* the trailing groups every payload of the template had after it */
    sbuf sb = {out->suffix, 0, sizeof out->suffix, 0};
    out->suffix[0] = 0;
    for (size_t i = 0; base->suf[i]; i++)
        if (base->suf[i] == ' ')
            puts_(&sb, "[ \\t]+");
        else
            lit_re(&sb, base->suf + i, 1);
    /* A token with digits whose value varies over the template's lines,
     * each value a whole stream (its commands and their finals: gsm0 and
     * gsm1, two modems interleaved), names a port: each value is read as
     * a channel of its own. A stamp or a counter differs on every line
     * and a writer/reader thread pair splits commands from finals: no
     * port. */
    int portpos = -1;
    if (!tx && !alt) {
        enum { PV = 8 };
        for (unsigned t = 0; t < one->ntok && portpos < 0; t++) {
            if (!strchr(one->tok[t], '\x01'))
                continue;
            struct { const char *p; size_t n; unsigned c, f; } v[PV];
            size_t nv = 0;
            int over = 0;
            for (size_t i = 0; i < count && !over; i++) {
                size_t at;
                char q;
                int esc, echo;
                int kind;
                size_t sfx;
                if ((skip && skip[i]) || !n[i] ||
                    !(kind = at_text(p[i], n[i], &at, &q, &esc, &echo, &sfx)) || !at ||
                    !shape_of(p[i], at, cur) || !suffix_of(p[i], sfx, n[i], cur) ||
                    !same_shape(cur, one))
                    continue;
                const char *tt;
                size_t tn;
                if (!token_text(p[i], at, t, &tt, &tn))
                    continue;
                size_t k = 0;
                while (k < nv && !(v[k].n == tn && !memcmp(v[k].p, tt, tn)))
                    k++;
                if (k == nv) {
                    if (nv == PV) {
                        over = 1;
                        break;
                    }
                    v[nv].p = tt;
                    v[nv].n = tn;
                    v[nv].c = v[nv].f = 0;
                    nv++;
                }
                v[k].c += kind == K_CMD || echo;
                v[k].f += kind == K_FINAL;
            }
            int whole = !over && nv >= 2;
            for (size_t k = 0; whole && k < nv; k++)
                whole = v[k].c && v[k].f;
            if (whole)
                portpos = (int)t;
        }
    }
    sbuf pt = {out->pat_tx, 0, sizeof out->pat_tx, 0};
    sbuf pr = {out->pat_rx, 0, sizeof out->pat_rx, 0};
    sbuf tt = {out->templ, 0, sizeof out->templ, 0};
    sbuf dt = {out->dirtok, 0, sizeof out->dirtok, 0};
    size_t exi = base->has_cmd ? base->cmd_example : base->example;
    size_t exat, exsfx, stamp = 0;
    char q;
    int esc, echo;
    if (out->bare_rx) {
        out->directed = 1;
        at_text(p[exi], n[exi], &exat, &q, &esc, &echo, &exsfx);
        prefix_re(&pt, tx, p[exi], exat, -1, NULL, -1, &stamp);
        /* the library's own lines: its first tokens (a stamp, a tag) */
        fi_group lib = *tx;
        lib.ntok = tx->ntok > 2 ? 2 : 1;
        lib.glued = 1;
        prefix_re(&pr, &lib, p[exi], exat, -1, NULL, -1, NULL);
        lit_txt(&dt, tx->tok[tx->ntok - 1]);
        puts_(&dt, " / the bare lines");
        templ_txt(&tt, tx, -1, NULL, -1);
        puts_(&tt, " (the modem's lines bare)");
    } else if (tx) {
        out->directed = 1;
        at_text(p[exi], n[exi], &exat, &q, &esc, &echo, &exsfx);
        /* each side's token, or its tokens when more shapes joined it */
        char ta[(FI_XTRA + 1) * (2 * FI_TOKLEN + 1) + 8], ra[sizeof ta];
        sbuf tb = {ta, 0, sizeof ta, 0}, rb = {ra, 0, sizeof ra, 0};
        ta[0] = ra[0] = 0;
        if (dpos >= 0 && nx) {
            alt_re(&tb, tx, dpos, xs, xtx, nx, 1);
            alt_re(&rb, rx, dpos, xs, xtx, nx, 0);
        }
        int tmulti = tb.n > 0 && strchr(ta, '|') != NULL, rmulti = rb.n > 0 && strchr(ra, '|') != NULL;
        prefix_re(&pt, tx, p[exi], exat, tmulti ? dpos : -1, tmulti ? ta : NULL, -1, &stamp);
        size_t ri = rx->example;
        at_text(p[ri], n[ri], &exat, &q, &esc, &echo, &exsfx);
        prefix_re(&pr, rx, p[ri], exat, rmulti ? dpos : -1, rmulti ? ra : NULL, -1, NULL);
        if (dpos >= 0) {
            char a[(FI_XTRA + 2) * (FI_TOKLEN + 2) + 8];
            sbuf ab = {a, 0, sizeof a, 0};
            a[0] = 0;
            alt_txt(&dt, tx, rx, dpos, xs, xtx, nx, " / ");
            puts_(&ab, "{");
            alt_txt(&ab, tx, rx, dpos, xs, xtx, nx, " | ");
            puts_(&ab, "}");
            tb.over |= ab.over;
            templ_txt(&tt, tx, dpos, a, -1);
        } else if (head >= 0) {
            /* the common head, then each side's phrase */
            for (int side = 1; side >= 0; side--) {
                const fi_group *g = side ? tx : rx;
                for (unsigned i = (unsigned)head; i < g->ntok; i++) {
                    if (i > (unsigned)head)
                        puts_(&dt, " ");
                    lit_txt(&dt, g->tok[i]);
                }
                if (side)
                    puts_(&dt, " / ");
            }
            for (unsigned i = 0; i < (unsigned)head; i++) {
                lit_txt(&tt, tx->tok[i]);
                puts_(&tt, " ");
            }
            puts_(&tt, "{");
            char *mid = strstr(out->dirtok, " / ");
            if (mid) {
                put(&tt, out->dirtok, (size_t)(mid - out->dirtok));
                puts_(&tt, " | ");
                puts_(&tt, mid + 3);
            }
            puts_(&tt, tx->glued ? "}" : "} ");
            puts_(&tt, "<payload>");
            if (tx->quote) {
                char c = partner(tx->quote);
                put(&tt, &c, 1);
            }
            if (tx->suf[0]) {
                puts_(&tt, " ");
                lit_txt(&tt, tx->suf);
            }
        } else {
            lit_txt(&dt, tx->tok[tx->ntok - 1]);
            puts_(&dt, " / (none)");
            templ_txt(&tt, rx, -1, NULL, -1);
            puts_(&tt, " (commands after ");
            lit_txt(&tt, tx->tok[tx->ntok - 1]);
            puts_(&tt, ")");
        }
    } else {
        char a[4 * FI_TOKLEN + 16];
        a[0] = 0;
        if (alt) {
            sbuf ab = {a, 0, sizeof a, 0};
            /* both shapes a whole stream (commands and their answers): two
             * modems or ports, each read as a channel of its own, so an
             * answer pairs with its own port's command */
            puts_(&ab, one->cmds && H->cmds ? "(?<port>" : "(?:");
            lit_re(&ab, one->tok[dpos], strlen(one->tok[dpos]));
            puts_(&ab, "|");
            lit_re(&ab, H->tok[dpos], strlen(H->tok[dpos]));
            for (size_t i = 0; i < nx; i++) {
                puts_(&ab, "|");
                lit_re(&ab, xs[i]->tok[dpos], strlen(xs[i]->tok[dpos]));
            }
            puts_(&ab, ")");
            pt.over |= ab.over;
        }
        at_text(p[exi], n[exi], &exat, &q, &esc, &echo, &exsfx);
        prefix_re(&pt, one, p[exi], exat, alt ? dpos : -1, alt ? a : NULL, portpos, &stamp);
        char at[(FI_XTRA + 2) * (FI_TOKLEN + 3) + 8];
        if (alt) {
            sbuf ab = {at, 0, sizeof at, 0};
            puts_(&ab, one->cmds && H->cmds ? "<port " : "{");
            lit_txt(&ab, one->tok[dpos]);
            puts_(&ab, " | ");
            lit_txt(&ab, H->tok[dpos]);
            for (size_t i = 0; i < nx; i++) {
                puts_(&ab, " | ");
                lit_txt(&ab, xs[i]->tok[dpos]);
            }
            puts_(&ab, one->cmds && H->cmds ? ">" : "}");
            tt.over |= ab.over;
        }
        templ_txt(&tt, one, alt ? dpos : -1, alt ? at : NULL, portpos);
    }
    /* the stamp alone: a line of the log's own that opens with it and
     * matches no other rule keeps its own time (ats_fd_infer_json()) */
    out->pat_stamp[0] = 0;
    if (stamp && stamp < sizeof out->pat_stamp) {
        memcpy(out->pat_stamp, out->pat_tx, stamp);
        out->pat_stamp[stamp] = 0;
    }
    size_t sl = n[exi] < sizeof out->sample - 1 ? n[exi] : 0;
    memcpy(out->sample, p[exi], sl);
    out->sample[sl] = 0;
    out->ok = sl && !pt.over && !pr.over && !tt.over && !dt.over && !sb.over;
    if (!out->ok)
        snprintf(out->why_not, sizeof out->why_not, "the template found is too long to use");
    free(gs);
    return 0;
}

static int set_str(json_t *o, const char *k, const char *v)
{
    json_t *s = json_string(v);
    return !s || json_object_set_new(o, k, s);
}

static json_t *rule(const char *name, const char *match, const char *dir, int host_log,
                    const char *suffix, const char *decode)
{
    json_t *r = json_object();
    if (!r || set_str(r, "name", name) || set_str(r, "match", match) ||
        (dir && set_str(r, "dir", dir)) || (suffix && set_str(r, "suffix", suffix)) ||
        (decode && set_str(r, "decode", decode)) ||
        (host_log && json_object_set_new(r, "host_log", json_true()))) {
        json_decref(r);
        return NULL;
    }
    return r;
}

int ats_fd_infer_set(const fd_infer *inf, ats_formatset **out)
{
    *out = NULL;
    char *js = ats_fd_infer_json(inf);
    if (!js)
        return ATS_ENOMEM;
    ats_error e;
    memset(&e, 0, sizeof e);
    ats_formatset *fs = NULL;
    int rc = ats_fd_set_new(&fs, 0, &e);
    if (!rc)
        rc = ats_formatset_add_buffer(fs, js, strlen(js), "(inferred)", &e);
    free(js);
    if (rc == ATS_ENOMEM || !fs) {
        ats_formatset_free(fs);
        return ATS_ENOMEM;
    }
    if (rc || fs->n != 1) {
        ats_formatset_free(fs);
        return 1;
    }
    *out = fs;
    return 0;
}

/* A line that opens with the template's stamp and matches no rule before
 * this one (chan_quectel's "[Dec  7 11:45:16] NOTICE[2417] chan_quectel.c:
 * [quectel0] ..." between its at_queue.c writes) is the library's own line
 * at its own time, not at the line before it: a command left unanswered is
 * then seen to wait until it (response-timeout). Not a signature: it reads
 * no traffic. 0, or 1 out of memory. */
static int stamped_rule(const fd_infer *inf, json_t *rules)
{
    char m[sizeof inf->pat_stamp + 16];
    if (!inf->pat_stamp[0])
        return 0;
    snprintf(m, sizeof m, "%s(?:[ \\t]|$)", inf->pat_stamp);
    json_t *r = rule("stamped", m, NULL, 1, NULL, NULL);
    return !r || json_object_set_new(r, "signature", json_false()) ||
           json_array_append_new(rules, r);
}

char *ats_fd_infer_json(const fd_infer *inf)
{
    json_t *root = json_object(), *rules = json_array(), *samples = json_array(), *s = NULL;
    char title[FI_TPL_MAX + 64], m[FI_PAT_MAX + 120 + sizeof inf->suffix];
    char *out = NULL;
    /* the arrays belong to root at once, so one decref frees all */
    int bad = !root || !rules || !samples || json_object_set_new(root, "rules", rules) ||
              json_object_set_new(root, "samples", samples);
    if (bad) {
        json_decref(root);
        return NULL;
    }
    char tail[sizeof inf->suffix + 32];
    int tl = 0;
    if (inf->quote)
        tl += snprintf(tail, sizeof tail, "\\%c", inf->quote);
    if (inf->suffix[0])
        tl += snprintf(tail + tl, sizeof tail - (size_t)tl, "[ \\t]+%s", inf->suffix);
    snprintf(tail + tl, sizeof tail - (size_t)tl, "%s", tl ? "[ \\t]*$" : "$");
    const char *dec = inf->escaped ? "c-escapes" : NULL;
    /* before trailing groups, the payload ends at the blanks before them */
    const char *pl = inf->suffix[0] ? "(?<payload>.*?)" : "(?<payload>.*)";
    snprintf(title, sizeof title, "a line template inferred from the log: %s", inf->templ);
    bad = json_object_set_new(root, "format_version", json_integer(1)) ||
          set_str(root, "name", "inferred") || set_str(root, "kind", "trace") ||
          set_str(root, "title", title) ||
          set_str(root, "source", "atscope's template inference (parser/readers/fmt_infer.c)") ||
          set_str(root, "detects_on",
                  "no reader or definition reads the sample, and one prefix shape carries its "
                  "AT lines");
    /* a line that announces what the log shows next ("Sending: AT+CSQ"
     * before the echo) is the library's own */
    snprintf(m, sizeof m, "%s(?=[A-Za-z][A-Za-z ]*:? +AT)", inf->pat_tx);
    bad = bad || json_array_append_new(rules, rule("announce", m, NULL, 1, NULL, NULL));
    if (inf->bare_rx) {
        snprintf(m, sizeof m, "%s%s%s", inf->pat_tx, pl, tail);
        bad = bad || json_array_append_new(rules, rule("sent", m, "tx", 0, "\r", dec));
        bad = bad || json_array_append_new(rules, rule("library", inf->pat_rx, NULL, 1, NULL, NULL));
        bad = bad || stamped_rule(inf, rules);
        bad = bad || json_array_append_new(
                         rules, rule("modem", "^(?<payload>(?:\\s*+\\S)*+)\\s*$", "rx", 0, "\r\n", NULL));
    } else if (inf->directed) {
        snprintf(m, sizeof m, "%s%s%s", inf->pat_tx, pl, tail);
        bad = bad || json_array_append_new(rules, rule("sent", m, "tx", 0, "\r", dec));
        snprintf(m, sizeof m, "%s%s%s", inf->pat_rx, pl, tail);
        bad = bad || json_array_append_new(rules, rule("received", m, "rx", 0, "\r\n", dec));
        bad = bad || stamped_rule(inf, rules);
    } else {
        /* the library's sentences in the same template: two lower-case
         * words in a row before any quote. Not a line the modem says in
         * words: a verbose final (+CME ERROR: operation not supported,
         * +CMS ERROR: <text>, ERROR: <text>) or any +NAME: line (a
         * profile's verbose finals are such: +TCPSEND: data length error) */
        snprintf(m, sizeof m,
                 "%s(?![ \\t]*+(?:\\+[A-Z][A-Z0-9]*+(?: ERROR)?:|ERROR\\b))"
                 "(?=[^\"']*?\\b[a-z]{2,}[ ,]+[a-z]{2,}\\b)",
                 inf->pat_tx);
        bad = bad || json_array_append_new(rules, rule("prose", m, NULL, 1, NULL, NULL));
        snprintf(m, sizeof m, "%s%s%s", inf->pat_tx, pl, tail);
        bad = bad || json_array_append_new(rules, rule("line", m, "unknown", 0, "\r\n", dec));
        bad = bad || stamped_rule(inf, rules);
    }
    bad = bad || !(s = json_object()) || json_array_append_new(samples, s) ||
          set_str(s, "line", inf->sample) ||
          set_str(s, "rule", inf->directed ? "sent" : "line");
    if (!bad)
        out = json_dumps(root, JSON_COMPACT);
    json_decref(root);
    return out;
}
