/* fmt_detect.c - wrappers and trace definitions scored on the detection
 * sample. A wrapper layer is accepted when most non-empty lines carry it
 * (or, for a wrapper marked "any", when one does: colour codes, emphasis);
 * a trace definition scores by the share of lines its rules read, and only
 * when lines that only it would print (its signature rules) are there. */
#include <stdlib.h>
#include "fmt_detect.h"
#include "fmt_json.h"
#include "fmt_peel.h"
#include "reader.h"

typedef struct lines {
    const char *p[FDET_MAX_LINES];
    size_t n[FDET_MAX_LINES];
    size_t raw[FDET_MAX_LINES];  /* as printed: before any layer, without CR */
    size_t tag[FDET_MAX_LINES];  /* the writer's name the text opens with (a wrapper's
                                    (?<tag>)), its length: 0 none */
    unsigned char dropped[FDET_MAX_LINES];
    uint64_t pairs[FDET_MAX_LINES][4];   /* each text's byte pairs (fmt_need.c) */
    size_t count;
    char *arena;                 /* owns the texts when a layer rewrote them */
    /* asked by every definition's scoring, found once a pass (facts()) */
    unsigned nonempty;
    size_t cut;                  /* a width a terminal may have cut the lines at, or 0 */
    unsigned script;             /* the patterns of formats/tables/script-lines.json
                                    (bit k: pattern k) lines of the sample match: a
                                    script's or a program's source */
    unsigned char scripted[FDET_MAX_LINES];  /* this line is one of them */
} lines;

static unsigned nonempty_of(const lines *L)
{
    unsigned k = 0;
    for (size_t i = 0; i < L->count; i++)
        k += !L->dropped[i] && L->n[i] > 0;
    return k;
}

/* What every definition's scoring asks of the lines as they now are, found
 * once before a scoring pass, not once a definition: the non-empty lines,
 * and the width a terminal's hard wrap may have cut them at (three or more
 * lines of the longest length, 40 to 4096 columns; wrap_width_of) */
static void facts(lines *L, const ats_formatset *fs)
{
    size_t w = 0;
    unsigned at = 0;
    L->nonempty = nonempty_of(L);
    /* interpreted: a short sample, and no JIT code made for it */
    L->script = 0;
    memset(L->scripted, 0, L->count);
    pcre2_match_data *md = fs->nscript ? pcre2_match_data_create(1, NULL) : NULL;
    for (size_t i = 0; md && i < L->count; i++)
        for (size_t k = 0; !L->dropped[i] && L->n[i] && k < fs->nscript; k++)
            if (ats_fd_match_interp(&fs->script[k], md, fs->mctx, L->p[i], L->n[i]) > 0) {
                L->script |= 1u << k;
                L->scripted[i] = 1;
                break;
            }
    pcre2_match_data_free(md);
    for (size_t i = 0; i < L->count; i++)
        if (!L->dropped[i] && L->raw[i] > w)
            w = L->raw[i];
    for (size_t i = 0; i < L->count; i++)
        at += !L->dropped[i] && L->raw[i] == w;
    L->cut = w >= 40 && w <= 4096 && at >= 3 ? w : 0;
}

static void split(lines *L, const unsigned char *s, size_t n)
{
    size_t i = 0;
    L->count = 0;
    while (i < n && L->count < FDET_MAX_LINES) {
        const unsigned char *e = memchr(s + i, '\n', n - i);
        size_t len = e ? (size_t)(e - (s + i)) : n - i;
        size_t l = len;
        if (l && s[i + l - 1] == '\r')
            l--;
        L->p[L->count] = (const char *)s + i;
        L->n[L->count] = l;
        L->raw[L->count] = l;
        L->dropped[L->count] = 0;
        ats_fd_pairs(L->p[L->count], l, L->pairs[L->count]);
        L->count++;
        i += len + 1;
    }
}

/* Two blanks or more, or a tab, after the text (trailing-blanks.json's
 * shape) */
static int padded(const char *p, size_t n)
{
    return n >= 1 && (p[n - 1] == '\t' || (n >= 2 && p[n - 1] == ' ' && p[n - 2] == ' '));
}

/* Does a peeled line look like AT traffic? For the "no known format"
 * reason and for traces whose other lines are the wire itself. */
/* A decoded payload that ends in a final result code (OK, ERROR, +CME/+CMS
 * ERROR) on its own line: the modem's side of a directed trace. */
static int ends_final(const unsigned char *b, size_t m)
{
    while (m && (b[m - 1] == '\r' || b[m - 1] == '\n' || b[m - 1] == ' '))
        m--;
    size_t i = m;
    while (i && b[i - 1] != '\r' && b[i - 1] != '\n')
        i--;
    const char *l = (const char *)b + i;
    size_t n = m - i;
    return (n == 2 && !memcmp(l, "OK", 2)) || (n == 5 && !memcmp(l, "ERROR", 5)) ||
           (n >= 10 && (!memcmp(l, "+CME ERROR", 10) || !memcmp(l, "+CMS ERROR", 10)));
}

static int looks_at(const char *p, size_t n)
{
    while (n && (*p == ' ' || *p == '\t'))
        p++, n--;
    /* a line a layer decoded keeps the CRs its wire had ("OK\r", the
     * caret notation's "OK^M" made the bytes again): the text before them */
    while (n && p[n - 1] == '\r')
        n--;
    if (n >= 2 && (p[0] | 32) == 'a' && (p[1] | 32) == 't')
        return 1;
    /* a URC's name after its sign; a caret's is two characters at least
     * (Huawei's "^MODE:", "^RSSI:"): "^M", "^M^M" are CRs in caret
     * notation (cat -v), no modem line */
    if (n >= 2 && (p[0] == '+' || p[0] == '^' || p[0] == '#' || p[0] == '$' || p[0] == '*') &&
        p[1] >= 'A' && p[1] <= 'Z' &&
        (p[0] != '^' || (n >= 3 && ((p[2] >= 'A' && p[2] <= 'Z') || (p[2] >= '0' && p[2] <= '9')))))
        return 1;
    /* the modem's prompt is a line of its own ("> ", the payload typed
     * after it); "> AT+CSQ", "> OK", "> 141" are a quote's lines, AT traffic
     * under the quote, not bare */
    if (n && p[0] == '>') {
        size_t k = 1;
        while (k < n && (p[k] == ' ' || p[k] == '\t'))
            k++;
        return k == n;
    }
    static const char *const fin[] = {"OK", "ERROR", "RING", "NO CARRIER", "CONNECT", "BUSY",
                                      "NO ANSWER", "NO DIALTONE", "RDY"};
    for (size_t i = 0; i < sizeof fin / sizeof fin[0]; i++) {
        size_t k = strlen(fin[i]);
        if (n >= k && !memcmp(p, fin[i], k) && (n == k || p[k] == ' ' || p[k] == ':'))
            return 1;
    }
    return 0;
}

/* A line a rule read that shows a final result somewhere: OK or ERROR as
 * a word ("Recv: OK", "<- \"OK\\r\\n\"", "AT= OK"). Only to tell that a
 * definition reads the modem's finals at all. */
static int has_final_word(const char *p, size_t n)
{
    for (size_t i = 0; i + 2 <= n; i++) {
        size_t k = !memcmp(p + i, "OK", 2) ? 2 : i + 5 <= n && !memcmp(p + i, "ERROR", 5) ? 5 : 0;
        if (k && (i == 0 || !((p[i - 1] | 32) >= 'a' && (p[i - 1] | 32) <= 'z')) &&
            (i + k == n || !((p[i + k] | 32) >= 'a' && (p[i + k] | 32) <= 'z')))
            return 1;
    }
    return 0;
}

/* A line that is a final result code and nothing else: the modem's, bare. */
static int bare_final(const char *p, size_t n)
{
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r'))
        n--;
    return (n == 2 && !memcmp(p, "OK", 2)) || (n == 5 && !memcmp(p, "ERROR", 5)) ||
           (n >= 11 && (!memcmp(p, "+CME ERROR:", 11) || !memcmp(p, "+CMS ERROR:", 11))) ||
           (n == 10 && !memcmp(p, "NO CARRIER", 10));
}

/* The next line of b[0..m) from *i on (CR or LF ends it), [*s, *t) without
 * its leading and trailing blanks; *i past its end. 0 when none is left. */
static int next_trimmed(const char *b, size_t m, size_t *i, size_t *s, size_t *t)
{
    if (*i >= m)
        return 0;
    size_t e = *i;
    while (e < m && b[e] != '\r' && b[e] != '\n')
        e++;
    *s = *i;
    *t = e;
    while (*s < *t && (b[*s] == ' ' || b[*s] == '\t'))
        (*s)++;
    while (*t > *s && (b[*t - 1] == ' ' || b[*t - 1] == '\t'))
        (*t)--;
    *i = e + 1;
    return 1;
}

/* The AT traffic in decoded text b[0..m): its lines that are a command, a
 * final result or a +NAME: response, whole (fmt_infer.c's test). What a
 * candidate would rebuild, counted the same for every definition and for
 * the template inferred from the sample. */
static unsigned at_items(const unsigned char *b, size_t m)
{
    unsigned k = 0;
    size_t i = 0, s, t;
    while (next_trimmed((const char *)b, m, &i, &s, &t))
        k += t > s && ats_fd_at_kind((const char *)b + s, t - s) != 0;
    return k;
}

/* The AT items of a data line's payload (group g of the last match on p)
 * as rule r decodes it, with the bytes the trace leaves out before it. */
static unsigned payload_items(const fd_rule *r, fd_decoder dec, int g, pcre2_match_data *md,
                              const char *p)
{
    ats_span pay;
    unsigned char b[512];
    if (g < 0 || !ats_fd_group(md, g, p, &pay))
        return 0;
    size_t k = r->prefix && r->nprefix < 64 ? r->nprefix : 0;
    if (k)
        memcpy(b, r->prefix, k);
    k = ats_fd_decode(dec, pay.ptr, pay.len, b, k, sizeof b);
    return at_items(b, k);
}

/* The line number a "counting" wrapper's (?<num>) matched, -1 none. */
static long line_number(peel *pl, const fd_def *w, const char *p)
{
    ats_span g;
    long v = 0;
    if (!ats_fd_group(pl->md, w->match.g_num, p, &g) || !g.len || g.len > 9)
        return -1;
    for (size_t k = 0; k < g.len; k++)
        v = v * 10 + (g.ptr[k] - '0');
    return v;
}

/* CommonMark's indented code block in a post ("md_block"): it cannot
 * interrupt a paragraph, so it starts at the text's start or after a blank
 * line and runs, blank lines inside, up to the next unindented line. Taken
 * where the sample's every line the wrapper matches stands in such a block
 * (none an indented line of a paragraph: a tool's own indented rows follow
 * their record's line), at least three of them, two holding AT traffic
 * (bare or behind the log's prefix: holds_at()),
 * and some of them on lines next to each other (a tool's log pasted
 * double-spaced puts a blank line before each of its indented rows, none
 * next to another): the prose around the blocks is the writer's, however
 * long. */
/* p[0..n) (blanks trimmed) is AT traffic, bare or after a prefix of the
 * log's own: a command, a final or a +NAME: response from some word on to
 * the line's end (a trace's stamp and arrow before it: "... AT2[bg96]: -->
 * AT+CSQ^M", "... <-- OK"). A block of Kannel's debug lines in a mail
 * holds no bare command, and was not taken for a block (held-out batch 22's
 * Q1). */
static int holds_at(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((i == 0 || p[i - 1] == ' ' || p[i - 1] == '\t') && p[i] != ' ' && p[i] != '\t' &&
            ats_fd_at_kind(p + i, n - i) != 0)
            return 1;
    return 0;
}

static int md_blocks(peel *pl, const fd_def *w, const lines *L)
{
    unsigned m = 0, at = 0, adjacent = 0;
    int after_blank = 1, in_block = 0, prev_in = 0;
    for (size_t i = 0; i < L->count; i++) {
        if (L->dropped[i])
            continue;
        const char *p = L->p[i];
        size_t n = L->n[i], s = 0;
        while (s < n && (p[s] == ' ' || p[s] == '\t' || p[s] == '\r'))
            s++;
        if (s == n) {
            after_blank = 1;
            prev_in = 0;
            continue;
        }
        if (ats_peel_test(pl, w, p, n) == 1) {
            if (!in_block && !after_blank)
                return 0;
            in_block = 1;
            adjacent += prev_in;
            prev_in = 1;
            m++;
            size_t t = n;
            while (t > s && (p[t - 1] == ' ' || p[t - 1] == '\t' || p[t - 1] == '\r'))
                t--;
            at += holds_at(p + s, t - s);
        } else {
            in_block = prev_in = 0;
        }
        after_blank = 0;
    }
    return m >= 3 && at >= 2 && adjacent >= 2;
}

static int odd_quotes(const char *p, size_t n)
{
    size_t q = 0;
    for (const char *c = p; (c = memchr(c, '"', (size_t)(p + n - c))) != NULL; c++)
        q++;
    return (int)(q & 1);
}

/* "at_share": of the sample's lines that look like AT traffic (a wrapped
 * line's body, a bare line as it is), the share the wrapper matches, two at
 * least: a post that wraps each log line in inline code and leaves its
 * prose bare, however long the prose, and not a post that wraps a command
 * it names in a sentence while its log stands bare. */
static int at_shared(peel *pl, const fd_def *w, const lines *L)
{
    unsigned at = 0, m = 0;
    for (size_t i = 0; i < L->count; i++) {
        const char *p = L->p[i];
        size_t n = L->n[i];
        ats_span b;
        if (L->dropped[i] || !n)
            continue;
        if (ats_peel_match(pl, &w->match, p, n) && ats_fd_group(pl->md, w->match.g_body, p, &b)) {
            if (looks_at(b.ptr, b.len)) {
                at++;
                m++;
            }
        } else {
            at += looks_at(p, n) != 0;
        }
    }
    return m >= 2 && (double)m >= w->at_share * (double)at;
}

/* "session": the bodies hold w->session commands each answered by a
 * final result after it (before the next command), each a body whole: a
 * log of commands and answers pasted behind comment marks or as a list's
 * strings, not code whose comments name a command ("// send AT+CSQ") nor a
 * list of commands beside a list of the answers they expect */
static int session_in(peel *pl, const fd_def *w, const lines *L)
{
    unsigned pairs = 0;
    int open = 0;
    for (size_t i = 0; i < L->count && pairs < w->session; i++) {
        ats_span b;
        if (L->dropped[i] || !L->n[i] || !ats_peel_match(pl, &w->match, L->p[i], L->n[i]) ||
            !ats_fd_group(pl->md, w->match.g_body, L->p[i], &b))
            continue;
        while (b.len && (b.ptr[0] == ' ' || b.ptr[0] == '\t'))
            b.ptr++, b.len--;
        while (b.len && (b.ptr[b.len - 1] == ' ' || b.ptr[b.len - 1] == '\t' ||
                         b.ptr[b.len - 1] == '\r'))
            b.len--;
        int k = b.len ? ats_fd_at_kind(b.ptr, b.len) : 0;
        if (k == 1)
            open = 1;
        else if (k == 2 && open) {
            pairs++;
            open = 0;
        }
    }
    return pairs >= w->session;
}

/* What a body's lines b[0..m) (cut at CR and LF) hold: 0 no command at
 * its start; 1 a command and nothing a modem prints after it; 2 a command
 * and after it a final result, a +NAME: line or the command again (its
 * echo): an answer a modem gave. */
static int body_answer(const char *b, size_t m)
{
    const char *cmd = NULL;
    size_t ncmd = 0, i = 0, s, t;
    while (next_trimmed(b, m, &i, &s, &t)) {
        if (t == s)
            continue;
        int k = ats_fd_at_kind(b + s, t - s);
        if (!cmd) {
            if (k != 1)
                return 0;
            cmd = b + s;
            ncmd = t - s;
        } else if (k == 2 || k == 3 || (t - s == ncmd && !memcmp(b + s, cmd, ncmd))) {
            return 2;
        }
    }
    return cmd ? 1 : 0;
}

/* "answered": of the bodies that open with a command, more than that share
 * hold a modem's answer after it (body_answer()): a reporter's table of
 * what was sent and what came back, not a README's table of an API's
 * methods, the commands they send and what they resolve with (held-out
 * batch 26's API table: 4 false transactions before). A sample with no
 * command row is not judged. */
static int answered_in(peel *pl, const fd_def *w, const lines *L)
{
    unsigned cmds = 0, answered = 0;
    for (size_t i = 0; i < L->count; i++) {
        const char *o;
        size_t on;
        if (L->dropped[i] || !L->n[i] || !ats_peel_body(pl, w, L->p[i], L->n[i], &o, &on))
            continue;
        int a = body_answer(o, on);
        cmds += a != 0;
        answered += a == 2;
    }
    /* no command row: nothing to judge (a table the layer only tidies) */
    return !cmds || (double)answered > w->answered * (double)cmds;
}

/* "prose_around": the share judged again over the lines from the first
 * that carries the layer to the last, so the post's prose before and after
 * the block (a forwarded mail's header, "Log below:", its sign-off) counts
 * neither for nor against: a short log under a long header no longer falls
 * under the share (held-out batch 31: an nRF shell session of six quoted
 * lines in a mail forward read as nothing). The block must be the log:
 * nine in ten of its non-empty lines carry the layer (atcom's "<  AT+CSQ"
 * between its ">  " replies, a log whose "> " marks one side and "< " the
 * other, stays bare; the share over the whole sample is min_ratio's), three at
 * least, two of their bodies AT traffic and one the modem's answer (a final
 * result, a +NAME: line; a quote of a trace's command lines alone is a
 * quote, "AT> AT#SGACT=1,1"), and they must hold 80 % of the sample's
 * AT-looking lines (a shell's "> " continuation prompts before a heredoc's
 * commands, the tool's bare output after them, stay bare). */
static int block_share(peel *pl, const fd_def *w, const lines *L)
{
    size_t first = L->count, last = 0;
    unsigned at_in = 0, at_out = 0, answers = 0;
    for (size_t i = 0; i < L->count; i++) {
        const char *o;
        size_t on;
        if (L->dropped[i] || !L->n[i])
            continue;
        int r = ats_peel_test(pl, w, L->p[i], L->n[i]);
        if (r == 0) {
            at_out += looks_at(L->p[i], L->n[i]) != 0;
            continue;
        }
        if (r != 1)
            continue;
        first = first < i ? first : i;
        last = i;
        if (!ats_peel_body(pl, w, L->p[i], L->n[i], &o, &on))
            continue;
        at_in += looks_at(o, on) != 0;
        while (on && (*o == ' ' || *o == '\t'))
            o++, on--;
        while (on && (o[on - 1] == ' ' || o[on - 1] == '\t' || o[on - 1] == '\r'))
            on--;
        int k = on ? ats_fd_at_kind(o, on) : 0;
        answers += k == 2 || k == 3;
    }
    if (first == L->count || at_in < 2 || !answers || (double)at_in < 0.8 * (double)(at_in + at_out))
        return 0;
    unsigned m = 0, nonempty = 0;
    long prev = -1;
    for (size_t i = first; i <= last; i++) {
        if (L->dropped[i] || !L->n[i])
            continue;
        int r = ats_peel_test(pl, w, L->p[i], L->n[i]);
        if (r == 3)
            continue;        /* the rest of a message: neither for nor against */
        if (r == 1 && w->counting) {
            long v = line_number(pl, w, L->p[i]);   /* as accepted() counts them */
            r = v >= 0 && (prev < 0 || v == prev + 1);
            prev = v;
        }
        nonempty++;
        m += r != 0;
    }
    return m >= 3 && (double)m >= 0.9 * (double)nonempty;
}

/* "ticking": the bare number before each line is a tick count (MicroPython's
 * time.ticks_ms(), milliseconds since boot) only where the sample shows it
 * to be one: it never goes down, it does not step by one from line to line
 * (an editor's line numbers: "12: AT" is line-numbers'), and it repeats
 * (the pieces of one read printed at one tick) or jumps by uneven gaps. */
static int ticks_hold(peel *pl, const fd_def *w, const lines *L)
{
    long long prev = -1;
    unsigned vals = 0, ones = 0, same = 0, gaps = 0;
    long long gap[4];
    for (size_t i = 0; i < L->count; i++) {
        ats_span g;
        if (L->dropped[i] || !L->n[i] || !ats_peel_match(pl, &w->match, L->p[i], L->n[i]) ||
            !ats_fd_group(pl->md, w->match.g_time[FD_T_MS], L->p[i], &g) || !g.len || g.len > 12)
            continue;
        long long v = 0;
        for (size_t k = 0; k < g.len; k++)
            v = v * 10 + (g.ptr[k] - '0');
        if (prev >= 0) {
            if (v < prev)
                return 0;
            long long d = v - prev;
            ones += d == 1;
            same += d == 0;
            unsigned j = 0;
            while (d > 1 && j < gaps && gap[j] != d)
                j++;
            if (d > 1 && j == gaps && gaps < 4)
                gap[gaps++] = d;
        }
        prev = v;
        vals++;
    }
    if (vals < 3 || 2 * ones >= vals - 1)
        return 0;
    return same >= 2 || gaps >= 3;
}

static int accepted(peel *pl, const fd_def *w, const lines *L, unsigned nonempty)
{
    if (w->session && !session_in(pl, w, L))
        return 0;
    if (w->answered > 0 && !answered_in(pl, w, L))
        return 0;
    if (w->ticking && !ticks_hold(pl, w, L))
        return 0;
    if (w->at_share > 0)
        return at_shared(pl, w, L);
    if (w->md_block && !w->any && md_blocks(pl, w, L))
        return 1;
    if (w->marker.code) {
        /* a document's own key on some line, or its bodies' shape alone
         * (a "text" field in any JSON) would take it */
        size_t i = 0;
        while (i < L->count &&
               (L->dropped[i] || !ats_peel_match(pl, &w->marker, L->p[i], L->n[i])))
            i++;
        if (i == L->count)
            return 0;
    }
    /* a line that shows the document is another kind (a manual's table of
     * commands under a header that names a description column): its rows
     * look like a session's, and none of them is one */
    for (size_t i = 0; w->refuted_by.code && i < L->count; i++)
        if (!L->dropped[i] && ats_peel_match(pl, &w->refuted_by, L->p[i], L->n[i]))
            return 0;
    unsigned m = 0, left = 0, bodies = 0;
    long prev = -1;
    int cell = 0;                /* a csv_cell row's quoted cell goes on (RFC 4180) */
    unsigned char list = 0;      /* a list_open wrapper's list is open */
    for (size_t i = 0; i < L->count; i++)
        left += !L->dropped[i] && (L->n[i] || w->drop.code);
    for (size_t i = 0; i < L->count; i++) {
        if (L->dropped[i] || !(L->n[i] || w->drop.code))
            continue;
        /* decided before the last line: a wrapper marked "any" once one
         * line carries it; another when even every line left carrying it
         * would not make its share (a line that is a message's rest only
         * lowers the count by one, which helps a share of at most 1 less
         * than a line carrying it does) */
        if (w->any ? m >= 1 : m + left < 2 || (double)(m + left) < w->min_ratio * (double)nonempty)
            break;
        left--;
        int r = cell ? 3 : ats_peel_test_list(pl, w, L->p[i], L->n[i], &list);
        if (w->csv_cell)
            cell ^= odd_quotes(L->p[i], L->n[i]);
        if (r == 1 && w->counting) {
            /* an editor's line numbers count up by one: a number that does
             * not follow the one before is the log's own (a millisecond
             * counter, a count) */
            long v = line_number(pl, w, L->p[i]);
            r = v >= 0 && (prev < 0 || v == prev + 1);
            prev = v;
        }
        if (r == 3)
            nonempty--;        /* the rest of a message: neither for nor against */
        else if (r)
            m++;
        bodies += r == 1;
    }
    if (w->any)
        return m >= 1;
    /* a JSON export's layer drops every line of the JSON's own: any JSON
     * document would carry it; its message lines show it (a JSON log of
     * another shape is left to what reads it) */
    if (w->json_string && bodies < 2)
        return 0;
    if (m >= 2 && (double)m >= w->min_ratio * (double)nonempty)
        return 1;
    return w->prose_around && block_share(pl, w, L);
}

/* Takes wrapper w off every line of L (texts copied: a filter's output
 * lives in the peel's scratch). A split_lines wrapper's body that holds
 * line ends is as many lines (up to the sample's room), as the input
 * hands them to a reader. */
static int apply(peel *tmp, const fd_def *w, const char *src, size_t nsrc, lines *L,
                 unsigned *dropped)
{
    size_t total = 0;
    for (size_t i = 0; i < L->count; i++)
        total += L->n[i] + 1;
    char *arena = malloc(total + 1), *q = arena;
    lines *N = w->split_lines ? malloc(sizeof *N) : L;
    if (!arena || !N) {
        free(arena);
        return ATS_ENOMEM;
    }
    tmp->n = 0;
    ats_peel_push(tmp, w);
    if (nsrc)
        ats_peel_keep_source(tmp, src, nsrc);
    size_t c = 0;
    for (size_t i = 0; i < L->count && c < FDET_MAX_LINES; i++) {
        const char *b = L->p[i];
        size_t bn = L->n[i];
        int gone = L->dropped[i];
        if (!gone && ats_peel_line(tmp, L->p[i], L->n[i], &b, &bn, NULL, NULL) == PEEL_DROPPED) {
            gone = 1;
            if ((nsrc || w->own_lines) && dropped)
                ++*dropped;
        }
        /* a line the layer left as it was keeps the name an outer one found */
        size_t tag = b == L->p[i] && bn == L->n[i] ? L->tag[i] : tmp->tag;
        size_t raw = L->raw[i];
        for (int r = 0; r >= 0 && c < FDET_MAX_LINES; raw = 0) {
            if (gone) {
                b = "";
                bn = 0;
            }
            memcpy(q, b, bn);
            N->p[c] = q;
            N->n[c] = bn;
            N->raw[c] = raw;
            N->tag[c] = gone ? 0 : tag;
            tag = 0;
            N->dropped[c] = (unsigned char)gone;
            ats_fd_pairs(q, bn, N->pairs[c]);
            q += bn;
            c++;
            /* the body's further lines (no line of the sample's own: no
             * width of their own) */
            r = L->dropped[i] ? -1 : ats_peel_next(tmp, &b, &bn, NULL);
            gone = r == PEEL_DROPPED;
        }
    }
    if (N != L) {
        N->count = c;
        N->arena = L->arena;
        N->nonempty = L->nonempty;
        N->cut = L->cut;
        *L = *N;
        free(N);
    }
    free(L->arena);
    L->arena = arena;
    return 0;
}

/* A one_source layer's writer: of the writers its lines name, the one
 * with the most lines that look like AT traffic (then the most lines; the
 * first seen on a tie). Its name goes to src (at most PEEL_SRC_MAX bytes);
 * returns its length, 0 when no line names one. */
static size_t source_of(peel *pl, const fd_def *w, const lines *L, char *src)
{
    enum { MAXSRC = 16 };
    struct { char p[PEEL_SRC_MAX]; size_t n; unsigned at, all; } s[MAXSRC];
    size_t ns = 0;
    for (size_t i = 0; i < L->count; i++) {
        ats_span g, b;
        char js[FD_SRC_MAX];
        if (L->dropped[i])
            continue;
        if (w->njson_body) {
            /* a JSON export's writer field */
            if (!ats_fd_json_line(w, L->p[i], L->n[i], pl->scratch[0], PEEL_LINE_MAX, &b.len, js,
                                  &g.len, NULL))
                continue;
            b.ptr = pl->scratch[0];
            g.ptr = js;
        } else if (!ats_peel_match(pl, &w->match, L->p[i], L->n[i]) ||
                   !ats_fd_group(pl->md, w->match.g_src, L->p[i], &g) ||
                   !ats_fd_group(pl->md, w->match.g_body, L->p[i], &b))
            continue;
        if (!g.len || g.len > PEEL_SRC_MAX)
            continue;
        size_t k = 0;
        while (k < ns && !(s[k].n == g.len && !memcmp(s[k].p, g.ptr, g.len)))
            k++;
        if (k == ns) {
            if (ns == MAXSRC)
                continue;
            memcpy(s[ns].p, g.ptr, g.len);
            s[ns].n = g.len;
            s[ns].at = s[ns].all = 0;
            ns++;
        }
        s[k].all++;
        s[k].at += b.len && looks_at(b.ptr, b.len);
    }
    size_t best = 0;
    for (size_t k = 1; k < ns; k++)
        if (s[k].at > s[best].at || (s[k].at == s[best].at && s[k].all > s[best].all))
            best = k;
    if (!ns)
        return 0;
    memcpy(src, s[best].p, s[best].n);
    return s[best].n;
}

static int push_layers(peel *tmp, const ats_formatset *fs, fd_layer layer, lines *L,
                       const fd_def **out, size_t *nout, size_t max, char (*srcs)[PEEL_SRC_MAX],
                       size_t *nsrcs, unsigned *dropped)
{
    for (int pass = 0; pass < 4; pass++) {
        int added = 0;
        for (size_t i = 0; i < fs->n && *nout < max; i++) {
            const fd_def *w = fs->defs[i];
            int used = 0;
            for (size_t k = 0; k < *nout; k++)
                used |= out[k] == w;
            if (w->kind != FD_WRAPPER || w->layer != layer || (used && !w->repeat) ||
                (w->one_source && !srcs))
                continue;
            tmp->n = 0;
            if (!accepted(tmp, w, L, nonempty_of(L)))
                continue;
            char src[PEEL_SRC_MAX];
            size_t nsrc = w->one_source ? source_of(tmp, w, L, src) : 0;
            if (apply(tmp, w, src, nsrc, L, dropped))
                return ATS_ENOMEM;
            if (srcs) {
                memcpy(srcs[*nout], src, nsrc);
                nsrcs[*nout] = nsrc;
            }
            out[(*nout)++] = w;
            added = 1;
        }
        if (!added)
            break;
    }
    return 0;
}

/* How a sample's lines are matched: each pattern by the interpreter until
 * it has run often enough to pay for its JIT code (ats_fd_code_tiered), the
 * wrappers' too (peel.interp). The interpreter and the JIT code find the
 * same matches (tests/test_need.c), so a capture is scored the same
 * whatever was read before it or beside it. */
typedef struct dmatch {
    pcre2_match_data *md;
    pcre2_match_context *mc;
    int jit;                     /* 0: interpreted only (a set of one run's own) */
    const fd_def *forced;        /* read through whatever its signatures */
    int whole;                   /* every definition read through (tests) */
    const fd_def *const *layers[2];  /* the wrapper layers taken over the lines
                                        scored: the structural ones, the prefixes */
    size_t nlayers[2];
} dmatch;

/* Rule r counts for detection here: a signature rule, and where it names a
 * wrapper ("signature_under"), that layer was taken over the lines. */
static int is_sig(const fd_rule *r, const dmatch *m)
{
    if (!r->signature)
        return 0;
    if (!r->signature_under)
        return 1;
    for (int g = 0; g < 2; g++)
        for (size_t i = 0; i < m->nlayers[g]; i++)
            if (!strcmp(m->layers[g][i]->name, r->signature_under))
                return 1;
    return 0;
}

/* pat on p, refused first by the byte pairs pr of p has (NULL: not known) */
static int match(const fd_pat *pat, const uint64_t *pr, const dmatch *m, const char *p, size_t n)
{
    return pat->code && ats_fd_may(pat, pr) &&
           (m->jit ? ats_fd_match_tiered(pat, m->md, m->mc, p, n)
                   : ats_fd_match_interp(pat, m->md, m->mc, p, n));
}

static int rule_at(const fd_def *d, const uint64_t *pr, const dmatch *m, const char *p, size_t n)
{
    for (size_t k = 0; k < d->nrules; k++)
        if (match(&d->rules[k].pat, pr, m, p, n))
            return (int)k;
    return -1;
}

#define FDET_JOIN 8192

static int data_rule_at(const fd_def *d, const uint64_t *pr, const dmatch *m, const char *p, size_t n)
{
    int k = rule_at(d, pr, m, p, n);
    return k >= 0 && !d->rules[k].host_log;
}

/* The definition's "wrapped" patterns (fmtdef.h) on line p and the next
 * line q: the length of the two joined into join, or 0 when q is a line of
 * its own. */
static size_t rejoin(const fd_def *d, const dmatch *m,
                     const char *p, size_t n, const uint64_t *ppr, const char *q, size_t qn,
                     const uint64_t *qpr, int open, char *join)
{
    int cut = match(&d->wrap_cut, ppr, m, p, n)    ? 1
              : match(&d->wrap_text, ppr, m, p, n) ? 2
              : match(&d->wrap_prefix, ppr, m, p, n) && !data_rule_at(d, ppr, m, p, n)
                  ? 3
                  : 0;
    if (!cut || rule_at(d, qpr, m, q, qn) >= 0)
        return 0;
    if (cut == 2 && open >= 0 && match(&d->rules[open].cont, qpr, m, q, qn))
        return 0;
    if (cut == 3 && match(&d->wrap_prefix, qpr, m, q, qn))
        return 0;
    memcpy(join, p, n);
    memcpy(join + n, q, qn);
    if (cut != 3 || data_rule_at(d, NULL, m, join, n + qn))
        return n + qn;
    if (!n || p[n - 1] == ' ')
        return 0;
    join[n] = ' ';
    memcpy(join + n + 1, q, qn);
    return data_rule_at(d, NULL, m, join, n + 1 + qn) ? n + 1 + qn : 0;
}

/* Does line q go on with the line before it, as far as the definition can
 * tell: no rule of its own, no record's continuation, not the log's prefix? */
static int rest_like(const fd_def *d, const dmatch *m, const char *q,
                     size_t qn, const uint64_t *qpr)
{
    if (rule_at(d, qpr, m, q, qn) >= 0)
        return 0;
    for (size_t k = 0; k < d->nrules; k++)
        if (match(&d->rules[k].cont, qpr, m, q, qn))
            return 0;
    return !match(&d->wrap_prefix, qpr, m, q, qn);
}

/* A terminal's hard wrap leaves every long line cut at one width: the
 * longest lines of the sample, at least three of them exactly as long, most
 * followed by a line that can only be their rest. 0 when the sample shows
 * no such thing, or the definition has lines of its own that read like a
 * rest (undirected wire text). */
static unsigned wrap_width_of(const fd_def *d, const lines *L, const dmatch *m)
{
    if (d->other_data)
        return 0;
    int until = 0;
    for (size_t k = 0; k < d->nrules; k++)
        until |= d->rules[k].cont_until_rule;
    /* no width to find: asked of every definition, on every sample, the
     * look at its rest lines ran each one's rules (and made their JIT code)
     * for nothing */
    size_t w = L->cut;
    if (!w)
        return 0;
    unsigned at = 0, rest = 0;
    size_t seen[8], nseen = 0;
    for (size_t i = 0; i + 1 < L->count; i++) {
        if (L->dropped[i] || L->raw[i] != w)
            continue;
        /* the same line again (an answer repeated: +CME ERROR: SIM not
         * inserted to each AT+CPIN?) is as long each time by itself, no
         * width's doing: only different lines cut at one width show it */
        int again = 0;
        for (size_t j = 0; j < nseen && !again; j++)
            again = L->n[seen[j]] == L->n[i] && !memcmp(L->p[seen[j]], L->p[i], L->n[i]);
        if (again)
            continue;
        if (nseen < sizeof seen / sizeof seen[0])
            seen[nseen++] = i;
        /* a record that runs on to the next rule has bare lines of its own,
         * which look like rests: only its own prefixed lines, cut at the
         * width, show a terminal's wrap (chan_dongle's reads span lines, an
         * SMS listing's equal headers before their texts are no wrap) */
        if (until && rule_at(d, L->pairs[i], m, L->p[i], L->n[i]) < 0)
            continue;
        at++;
        if (!L->dropped[i + 1] && L->n[i + 1] &&
            !ats_rd_same_stamp(L->p[i], L->n[i], L->p[i + 1], L->n[i + 1]) &&
            rest_like(d, m, L->p[i + 1], L->n[i + 1], L->pairs[i + 1]))
            rest++;
    }
    return at >= 3 && rest >= 2 && rest * 2 >= at ? (unsigned)w : 0;
}

/* Whether the sample can give d the signature lines a score needs: an
 * upper bound (every line one of its signature rules matches, whatever
 * comes first or is inside a record), so a definition refused here scores
 * 0 exactly as the whole pass would. A definition that joins lines (wrapped
 * patterns, a wrap width) is not bounded: a signature may show only on the
 * joined text. */
static int sig_possible(const fd_def *d, const lines *L, const dmatch *m)
{
    if (d->wrap_cut.code || d->wrap_text.code || d->wrap_prefix.code)
        return 1;
    unsigned sig = 0, need = d->min_signature;
    if (L->cut)                  /* lines a terminal's width may have cut */
        return 1;
    if (L->nonempty <= 3)
        need = need < 1 ? need : 1;
    if (!need)
        return 1;
    for (size_t i = 0; i < L->count && sig < need; i++) {
        if (L->dropped[i] || !L->n[i])
            continue;
        for (size_t k = 0; k < d->nrules; k++)
            if (is_sig(&d->rules[k], m) &&
                (match(&d->rules[k].pat, L->pairs[i], m, L->p[i], L->n[i]) ||
                 (d->rules[k].host_log && d->rules[k].cont.code &&
                  match(&d->rules[k].cont, L->pairs[i], m, L->p[i], L->n[i])))) {
                sig++;
                break;
            }
    }
    return sig >= need;
}

static void score(const fd_def *d, const lines *L, const dmatch *m,
                  char *join, fdet_score *o)
{
    unsigned seen = 0, a_at = 0, b_at = 0, a_fin = 0, b_fin = 0, a_n = 0, b_n = 0;
    unsigned sig_of[32] = {0};
    int refuted = 0;
    /* finals its rules read, and bare final lines no rule read */
    unsigned fin_read = 0, fin_left = 0;
    unsigned fin_unscripted = 0;     /* of fin_read, on lines no script pattern matched */
    int open = -1;
    const char *open_at = NULL;  /* the open record's first line, and the writer's */
    size_t open_tag = 0;         /* name it opened with (L->tag) */
    fd_side open_side = 0;       /* the open record's side, when dir_map decides it */
    fd_side head = 0;            /* the side the last "heads" line gave the records after it */
    memset(o, 0, sizeof *o);
    o->def = d;
    if (d != m->forced && !m->whole && !sig_possible(d, L, m)) {
        o->nonempty = L->nonempty;
        return;
    }
    o->wrap_width = wrap_width_of(d, L, m);
    unsigned char buf[256];
    for (size_t i = 0; i < L->count; i++) {
        const char *p = L->p[i];
        size_t n = L->n[i];
        const uint64_t *pr = L->pairs[i];
        if (L->dropped[i] || !n)
            continue;
        o->nonempty++;
        int joined = 0;
        /* a line a terminal's width cut in two, read with its rest as the
         * reader does (reader_trace.c) */
        if (join && i + 1 < L->count && !L->dropped[i + 1] && L->n[i + 1] &&
            n + 1 + L->n[i + 1] <= FDET_JOIN) {
            size_t used = rejoin(d, m, p, n, pr, L->p[i + 1], L->n[i + 1], L->pairs[i + 1],
                                 open, join);
            if (!used && o->wrap_width && L->raw[i] == o->wrap_width &&
                !ats_rd_same_stamp(p, n, L->p[i + 1], L->n[i + 1]) &&
                rest_like(d, m, L->p[i + 1], L->n[i + 1], L->pairs[i + 1])) {
                memcpy(join, p, n);
                memcpy(join + n, L->p[i + 1], L->n[i + 1]);
                used = n + L->n[i + 1];
            }
            if (used) {
                p = join;
                n = used;
                pr = NULL;               /* not known: every pattern runs */
                i++;
                joined = 1;
            }
        }
        if (open >= 0) {
            const fd_rule *r = &d->rules[open];
            /* a record's further lines under a wrapper that names the
             * writer on each: read after the name its first line had, then
             * as they came (reader_trace.c) */
            const char *fp = p;
            size_t fn = n;
            int tagged = open_tag && !joined && L->tag[i] == open_tag && n >= open_tag &&
                         !memcmp(p, open_at, open_tag);
            /* another writer's message amid the record's lines: read as that
             * writer's, the record goes on */
            if (open_tag && !joined && L->tag[i] && !tagged && rule_at(d, pr, m, p, n) < 0) {
                o->matched++;
                continue;
            }
            /* the blank after the name is the wrapper's */
            size_t cut = tagged ? open_tag + (n > open_tag && p[open_tag] == ' ') : 0;
            p += cut;
            n -= cut;
            if (match(&r->end, pr, m, p, n) || (tagged && match(&r->end, pr, m, p = fp, n = fn))) {
                o->matched++;
                if (!r->host_log)
                    o->rebuilt += payload_items(r, r->cont_dec, r->end.g_payload, m->md, p);
                open = -1;
                continue;
            }
            if (tagged && p == fp) {
                p += cut;
                n -= cut;
            }
            if (match(&r->cont, pr, m, p, n) || (tagged && match(&r->cont, pr, m, p = fp, n = fn))) {
                o->matched++;
                /* the host's own lines that go on (a here-document's after
                 * the prompt that opened it) show the format as its first */
                o->sig += r->host_log && is_sig(r, m);
                if (!r->host_log)
                    o->rebuilt += r->cont.g_payload >= 0
                                      ? payload_items(r, r->cont_dec, r->cont.g_payload, m->md, p)
                                      : at_items((const unsigned char *)p, n);
                fin_read += has_final_word(p, n);
                fin_unscripted += !L->scripted[i] && has_final_word(p, n);
                continue;
            }
            if (tagged && p == fp) {
                p += cut;
                n -= cut;
            }
            if (r->cont_until_rule && !match(&r->stop, pr, m, p, n) &&
                !(tagged && match(&r->stop, pr, m, fp, fn)) && rule_at(d, pr, m, p, n) < 0 &&
                !(tagged && rule_at(d, pr, m, fp, fn) >= 0)) {
                o->matched++;
                if (!r->host_log)
                    o->rebuilt += at_items((const unsigned char *)p, n);
                fin_read += has_final_word(p, n);
                fin_unscripted += !L->scripted[i] && has_final_word(p, n);
                /* a record that runs over lines (LLCOM's packet: the echo on
                 * its first line, the final on a later one) shows its side's
                 * final there */
                if (open_side == FD_SIDE_A || open_side == FD_SIDE_B) {
                    size_t bn = sizeof buf;
                    if (!(r->strip.code && ats_fd_strip(r, m->md, m->mc, p, n, buf, &bn))) {
                        bn = n < sizeof buf ? n : sizeof buf;
                        memcpy(buf, p, bn);
                    }
                    if (ends_final(buf, bn) && open_side == FD_SIDE_A)
                        a_fin++;
                    else if (ends_final(buf, bn))
                        b_fin++;
                }
                continue;
            }
            p = fp;
            n = fn;
            open = -1;
        }
        int k = rule_at(d, pr, m, p, n);
        if (k < 0) {
            if (d->other_data && looks_at(p, n)) {
                fin_unscripted += !L->scripted[i] && bare_final(p, n);
                o->matched++;
                o->rebuilt += at_items((const unsigned char *)p, n);
            }
            fin_left += !d->other_data && bare_final(p, n);
            continue;
        }
        const fd_rule *r = &d->rules[k];
        refuted |= r->refutes;
        o->matched++;
        /* a frame's bytes are not its lines' text (cmux.c reads them) */
        if (!r->host_log && !r->cmux)
            o->rebuilt += payload_items(r, r->dec, r->pat.g_payload, m->md, p);
        if (r->pat.has_time) {
            fd_tparts tp;
            ats_fd_time_parts(&r->pat, m->md, p, &tp);
            o->own_time += tp.have != 0;
        }
        fin_read += !r->host_log && has_final_word(p, n);
        fin_unscripted += !r->host_log && !L->scripted[i] && has_final_word(p, n);
        o->sig += is_sig(r, m);
        if (k < 32) {
            seen |= 1u << k;
            sig_of[k] += is_sig(r, m);
        }
        if (r->cont.code || r->cont_until_rule) {
            open = k;
            open_at = p;
            open_tag = !joined && L->tag[i] <= n ? L->tag[i] : 0;
        }
        open_side = 0;
        ats_span tok, pay;
        fd_side sd = 0;
        if (r->nmap && ats_fd_group(m->md, r->pat.g_dir, p, &tok))
            sd = ats_fd_rule_side(r, tok.ptr, tok.len);
        else if (r->heads)
            sd = r->nmap ? FD_SIDE_UNKNOWN : r->side;
        else if (!r->host_log && !r->nmap && r->side == FD_SIDE_UNKNOWN)
            sd = head;           /* its record's header line named the side */
        if (r->heads) {
            head = sd;
            sd = 0;
        }
        if (sd) {
            open_side = sd;
            if ((sd == FD_SIDE_A || sd == FD_SIDE_B) && ats_fd_group(m->md, r->pat.g_payload, p, &pay)) {
                /* its line ends as the reader sees them (Node-RED's ↵) */
                unsigned char sb[256];
                size_t sl = sizeof sb;
                if ((r->strip.code || r->breaks.code) &&
                    ats_fd_strip(r, m->md, m->mc, pay.ptr, pay.len, sb, &sl)) {
                    pay.ptr = (const char *)sb;
                    pay.len = sl;
                }
                size_t bn = ats_fd_decode(r->dec, pay.ptr, pay.len, buf, 0, sizeof buf);
                if (sd == FD_SIDE_A)
                    a_n++;
                else
                    b_n++;
                if (ends_final(buf, bn)) {
                    if (sd == FD_SIDE_A)
                        a_fin++;
                    else
                        b_fin++;
                }
                if (bn >= 2 && (buf[0] | 32) == 'a' && (buf[1] | 32) == 't') {
                    if (sd == FD_SIDE_A)
                        a_at++;
                    else
                        b_at++;
                }
            }
        }
        /* the sample skips empty lines: the one right after is looked at
         * here, once this line's groups are read */
        if (r->first.code && (i + 1 >= L->count || L->dropped[i + 1] ||
                              !match(&r->first, NULL, m, L->p[i + 1], L->n[i + 1])))
            open = -1;
    }
    o->seen = seen;
    for (size_t k = 0; k < d->nrules && k < 32; k++)
        for (size_t j = 0; j < d->rules[k].ndefer; j++)
            for (size_t q = 0; q < d->nrules && q < 32; q++)
                if (!strcmp(d->rules[q].name, d->rules[k].defer_to[j]) && (seen >> q & 1))
                    o->defer_mask |= 1u << k;
    /* a rule whose lines are host-log here (the sample shows what defers
     * them: a here-document's end after nRF's '> AT' lookalikes) shows
     * nothing of the format */
    for (size_t k = 0; k < d->nrules && k < 32; k++)
        if (o->defer_mask >> k & 1)
            o->sig -= sig_of[k];
    /* The side that sends AT is the host, unless only one side shows final
     * results: then that side is the modem, whose echo carries the AT. A
     * trace that shows one side only, with the commands (the echo) and the
     * finals both on it, is the modem's lines alone (a sketch printing what
     * it read behind "<< " and its commands in words, LilyGo-Modem-Series#419):
     * read undirected, as a terminal log (-1), so the echo opens each command. */
    if ((a_n == 0) != (b_n == 0) && a_fin + b_fin > 0 && a_at + b_at > 0)
        o->side_a_is_tx = -1;
    else
        o->side_a_is_tx = (a_fin > 0) != (b_fin > 0) ? b_fin > 0 : a_at >= b_at;
    if (!o->nonempty || !(o->sig >= d->min_signature || (o->sig >= 1 && o->nonempty <= 3)))
        return;
    /* a script's or a program's line (formats/tables/script-lines.json), and
     * no modem's final read on any other line: the script that drives the
     * modem pasted alone, its commands no session's, unless the tool's real
     * logs carry such lines (pppd chat's, a shell transcript). A script
     * pasted beside its log (a forum post's sketch above the capture) leaves
     * the log's finals to read. */
    if (refuted || ((L->script & ~d->script_lines) && (!fin_unscripted || d->script_strict)))
        return;
    for (size_t k = 0; k < d->nrules && k < 32; k++)
        if (d->rules[k].required && !(seen >> k & 1))
            return;
    /* The modem's finals stand bare on lines of their own and the rules
     * read none: the definition reads the host's side only, every command
     * without its answer (generic-sendrecv's "sending AT+CSQ" over a log
     * whose replies have no prefix). Not the log's format, unless the
     * tool is known not to show the finals ("shows"). */
    if (!d->hides && fin_read == 0 && fin_left >= 2)
        return;
    double share = (double)o->matched / (double)o->nonempty;
    if (d->other_data)
        o->score = 84 + (int)(share * 10);
    else if (share >= 0.3)
        o->score = 86 + (int)(share * 13);
    if (o->score > 99)
        o->score = 99;
}

/* The lines not dropped, each with an LF: a sample for the C readers'
 * probes. */
static unsigned char *joined(const lines *L, size_t *out)
{
    size_t total = 0, k = 0;
    for (size_t i = 0; i < L->count; i++)
        total += L->n[i] + 1;
    unsigned char *b = malloc(total + 1);
    if (!b)
        return NULL;
    for (size_t i = 0; i < L->count; i++) {
        if (L->dropped[i])
            continue;
        memcpy(b + k, L->p[i], L->n[i]);
        k += L->n[i];
        b[k++] = '\n';
    }
    *out = k;
    return b;
}

/* A stamp on every line (moreutils ts): the lines under the structural
 * layers read again without it, by each definition (kept where it reads
 * more than with the stamps: a definition whose rules read a stamp of
 * its own keeps it) and, through det->stamped, by the C readers. The
 * structural lines L stay as they were for the prefix pass. */
static int stamp_pass(fdet *det, const ats_formatset *fs, peel *tmp, const lines *L,
                      const dmatch *m, char *join)
{
    lines *S = malloc(sizeof *S);
    if (!S)
        return ATS_ENOMEM;
    *S = *L;
    S->arena = NULL;               /* L's texts: apply() gives S an arena of its own */
    int rc = push_layers(tmp, fs, FD_LAYER_STAMP, S, det->stamp, &det->nstamp,
                         sizeof det->stamp / sizeof det->stamp[0], NULL, NULL, NULL);
    if (!rc && det->nstamp) {
        if (!(det->stamped = joined(S, &det->nstamped)))
            rc = ATS_ENOMEM;
        for (size_t i = 0; !rc && i < S->count; i++)
            det->at_lines_stamped += !S->dropped[i] && S->n[i] && looks_at(S->p[i], S->n[i]);
        facts(S, fs);
        for (size_t i = 0, k = 0; !rc && i < fs->n; i++) {
            if (fs->defs[i]->kind != FD_TRACE)
                continue;
            fdet_score st;
            score(fs->defs[i], S, m, join, &st);
            if (st.score > det->scores[k].score) {
                st.stamped = 1;
                det->scores[k] = st;
            }
            k++;
        }
    }
    free(S->arena);
    free(S);
    return rc;
}

/* The inferred template scored as a definition is, on the structural
 * layers' lines it was inferred from: so what it would rebuild is counted
 * as each definition's is. Its set lives only for this (input.c loads it
 * again to read with); its patterns run interpreted, made once. */
static int score_inferred(fdet *det, const lines *L, const dmatch *m, char *join)
{
    ats_formatset *ifs = NULL;
    int rc = ats_fd_infer_set(&det->infer, &ifs);
    if (rc == ATS_ENOMEM)
        return rc;
    if (rc)
        return 0;
    const fd_def *d = ifs->defs[0];
    dmatch im = *m;
    im.jit = 0;
    im.forced = d;
    im.md = pcre2_match_data_create((uint32_t)d->maxgroups + 3, NULL);
    if (!im.md) {
        ats_formatset_free(ifs);
        return ATS_ENOMEM;
    }
    score(d, L, &im, join, &det->infer_score);
    det->infer_score.def = NULL;
    pcre2_match_data_free(im.md);
    ats_formatset_free(ifs);
    return 0;
}

static int run(fdet *det, const ats_formatset *fs, const unsigned char *s, size_t n,
               const fd_def *forced, int whole)
{
    memset(det, 0, sizeof *det);
    lines *L = calloc(1, sizeof *L);
    peel tmp;
    int rc = ATS_ENOMEM;
    det->scores = calloc(fs->n + 1, sizeof *det->scores);
    pcre2_match_data *md = NULL;
    char *join = malloc(FDET_JOIN);
    int maxg = 2;
    for (size_t i = 0; i < fs->n; i++)
        if (fs->defs[i]->maxgroups > maxg)
            maxg = fs->defs[i]->maxgroups;
    if (!L || !det->scores || !join || ats_peel_init(&tmp, fs->mctx)) {
        free(L);
        free(join);
        ats_fdet_free(det);
        return ATS_ENOMEM;
    }
    if (!(md = pcre2_match_data_create((uint32_t)maxg + 1, NULL)))
        goto out;
    split(L, s, n);
    tmp.interp = 1;    /* the wrappers as dmatch runs the rest */
    for (size_t i = 0; i < L->count; i++)
        /* as the readers see the line: an indented block's "    AT+CSQ" is not a
         * command to them, nor is "OK" with a terminal's padding after it a
         * line they read right (a payload takes the blanks), so those layers
         * explain them (they did not: a raw terminal log pasted as an
         * indented block read nothing) */
        det->at_lines_bare += L->n[i] && L->p[i][0] != ' ' && L->p[i][0] != '\t' &&
                              !padded(L->p[i], L->n[i]) && looks_at(L->p[i], L->n[i]);
    if (push_layers(&tmp, fs, FD_LAYER_STRUCTURAL, L, det->outer, &det->nouter, 8, det->outer_src,
                    det->outer_nsrc, &det->src_dropped))
        goto out;
    /* the C readers' sample: the lines as the structural layers leave them */
    if (!(det->peeled = joined(L, &det->npeeled)))
        goto out;
    det->nonempty = nonempty_of(L);
    for (size_t i = 0; i < L->count; i++)
        det->at_lines += !L->dropped[i] && L->n[i] && looks_at(L->p[i], L->n[i]);
    if (ats_fd_infer(L->p, L->n, L->dropped, L->count, &det->infer))
        goto out;
    dmatch dm = {md, fs->mctx, 1, forced, whole, {det->outer, det->prefix}, {det->nouter, 0}};
    facts(L, fs);
    for (size_t i = 0; i < fs->n; i++)
        if (fs->defs[i]->kind == FD_TRACE)
            score(fs->defs[i], L, &dm, join, &det->scores[det->nscores++]);
    if (det->infer.ok && score_inferred(det, L, &dm, join))
        goto out;
    if (stamp_pass(det, fs, &tmp, L, &dm, join))
        goto out;
    if (push_layers(&tmp, fs, FD_LAYER_PREFIX, L, det->prefix, &det->nprefix, 8, NULL, NULL, NULL))
        goto out;
    if (det->nprefix) {
        dm.nlayers[1] = det->nprefix;
        facts(L, fs);
        for (size_t i = 0, k = 0; i < fs->n; i++) {
            if (fs->defs[i]->kind != FD_TRACE)
                continue;
            fdet_score deep;
            score(fs->defs[i], L, &dm, join, &deep);
            /* under the stamps as well, when that reads as much: the
             * innermost layer's time is the one to keep */
            if (deep.score && deep.score >= det->scores[k].score) {
                deep.deep = 1;
                det->scores[k] = deep;
            }
            k++;
        }
    }
    rc = 0;
out:
    pcre2_match_data_free(md);
    free(join);
    ats_peel_free(&tmp);
    free(L->arena);
    free(L);
    if (rc)
        ats_fdet_free(det);
    return rc;
}

int ats_fdet_run(fdet *det, const ats_formatset *fs, const unsigned char *s, size_t n,
                 const fd_def *forced)
{
    return run(det, fs, s, n, forced, 0);
}

int ats_fdet_run_whole(fdet *det, const ats_formatset *fs, const unsigned char *s, size_t n)
{
    return run(det, fs, s, n, NULL, 1);
}

struct ats_detect_memo {
    const ats_formatset *fs;
    const fd_def *forced;
    unsigned char *s;
    size_t n;
    fdet det;
    int have;
    unsigned hits;
};

int ats_detect_memo_new(ats_detect_memo **out, ats_error *err)
{
    if (!(*out = calloc(1, sizeof **out)))
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    return 0;
}

unsigned ats_detect_memo_hits(const ats_detect_memo *m) { return m ? m->hits : 0; }

void ats_detect_memo_free(ats_detect_memo *m)
{
    if (!m)
        return;
    if (m->have)
        ats_fdet_free(&m->det);
    free(m->s);
    free(m);
}

int ats_fdet_run_memo(fdet *det, const ats_formatset *fs, const unsigned char *s, size_t n,
                      const fd_def *forced, ats_detect_memo *m)
{
    if (m && m->have && m->fs == fs && m->forced == forced && m->n == n &&
        (!n || !memcmp(m->s, s, n))) {
        *det = m->det;
        det->borrowed = 1;
        m->hits++;
        return 0;
    }
    int rc = ats_fdet_run(det, fs, s, n, forced);
    if (rc || !m || m->have)
        return rc;
    /* kept when the copy can be made; without it the next input scores */
    if ((m->s = malloc(n ? n : 1))) {
        memcpy(m->s, s, n);
        m->fs = fs;
        m->forced = forced;
        m->n = n;
        m->det = *det;
        m->have = 1;
        det->borrowed = 1;
    }
    return 0;
}

void ats_fdet_free(fdet *det)
{
    if (det->borrowed) {
        memset(det, 0, sizeof *det);
        return;
    }
    free(det->stamped);
    det->stamped = NULL;
    free(det->peeled);
    free(det->scores);
    det->peeled = NULL;
    det->scores = NULL;
}
