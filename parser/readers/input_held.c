/* input_held.c - lines the input holds before its reader sees them: the
 * rest of a line a mail client or a terminal wrapped, joined to it (a plain
 * log re-wrapped at a mail client's width; a syslog or journal copy
 * hard-wrapped, its rests without the layer's prefix), and the lines of a
 * newest-first copy, replayed last first at the end. */
#include <stdlib.h>
#include <string.h>
#include "input_impl.h"

/* Lines a mail client broke at its width (RFC 3676's 78, Thunderbird's 72,
 * Outlook's 76): the rest of a long answer or command line comes on the
 * next line, text that is not a line of its own. Joined only where that is
 * unambiguous: the previous line ends at the wrap (the next line's first
 * word would not have fitted after it) and the next line starts as no AT
 * line does (no command, result, URC or prompt; not indented). */
static const char *const own_starts[] = {"OK", "ERROR", "CONNECT", "NO CARRIER", "BUSY",
                                         "NO ANSWER", "NO DIALTONE", "RING", "RDY", "SEND OK",
                                         "SEND FAIL", "Call Ready", "SMS Ready"};

/* Base64 or hex text (a PEM key, a payload dump): its lines are all as
 * wide, and the next one is no rest of the last. */
static int b64ish(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!((p[i] | 32) >= 'a' && (p[i] | 32) <= 'z') && !(p[i] >= '0' && p[i] <= '9') &&
            p[i] != '+' && p[i] != '/' && p[i] != '=')
            return 0;
    return n > 0;
}

static int mail_rest(unsigned width, const char *q, size_t prev, const char *p, size_t n)
{
    if (!n || (b64ish(q, prev) && b64ish(p, n)) || p[0] == ' ' || p[0] == '\t' || strchr("+^%$#*>&@[-", p[0]) ||
        (n >= 2 && (p[0] | 32) == 'a' && ((p[1] | 32) == 't' || p[1] == '/')))
        return 0;
    size_t w = 0, digits = 0;
    while (w < n && p[w] != ' ')
        digits += p[w] >= '0' && p[w] <= '9', w++;
    if (digits == n && n <= 2)
        return 0;         /* a numeric result (ATV0) */
    for (size_t i = 0; i < sizeof own_starts / sizeof own_starts[0]; i++) {
        size_t k = strlen(own_starts[i]);
        if (n >= k && !memcmp(p, own_starts[i], k) &&
            (n == k || !((p[k] | 32) >= 'a' && (p[k] | 32) <= 'z')))
            return 0;
    }
    return prev <= width && prev + 10 >= width && prev + 1 + w > width;
}

/* Did the client break the held piece at a blank (and drop it)? It breaks
 * at blanks when the piece has one, unless the cut fell inside a quoted
 * string (a terminal's cut, or a word too long for the line: the builder
 * joins such an answer without a blank too) or the log's every cut is at
 * the width. */
static int cut_at_blank_of(int fold, const char *q, size_t n)
{
    size_t quotes = 0, single = 0;
    for (size_t i = 0; i < n; i++) {
        quotes += q[i] == '"';
        /* a single-quoted string opened at the piece's start or after a
         * blank (ModemManager's --> '...'), a closing one after it: an
         * apostrophe inside a word ("don't") is neither */
        if (q[i] == '\'' && (single ? 1 : i == 0 || q[i - 1] == ' '))
            single ^= 1;
    }
    return !fold && !(quotes & 1) && !single && memchr(q, ' ', n);
}

static int cut_at_blank(const ats_input *in, const char *q, size_t n)
{
    return cut_at_blank_of(in->mail_fold, q, n);
}

/* The width a mail client wrapped the sample at, 0 none: its longest line
 * is 64 to 80 bytes, at least two lines end near it, and a line ending at
 * that width is followed by its rest at least once. *fold: every such line
 * is exactly as wide (cut anywhere, not at blanks: a terminal's wrap). */
unsigned ats_in_mail_wrap_of(const unsigned char *s, size_t n, int *fold)
{
    size_t width = 0, at = 0;
    for (size_t k = 0; k <= n; k++)
        if (k == n || s[k] == '\n') {
            size_t e = k;
            if (e > at && s[e - 1] == '\r')
                e--;
            width = e - at > width ? e - at : width;
            at = k + 1;
        }
    if (width < 64 || width > 80)
        return 0;
    size_t near = 0, rests = 0, exact = 0, prev = (size_t)-1, pat = 0;
    at = 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] != '\n')
            continue;
        size_t e = k > at && s[k - 1] == '\r' ? k - 1 : k;
        near += e - at + 15 >= width;
        if (prev != (size_t)-1 &&
            mail_rest((unsigned)width, (const char *)s + pat, prev, (const char *)s + at, e - at)) {
            rests++;
            exact += prev == width;
        }
        prev = e - at;
        pat = at;
        at = k + 1;
    }
    *fold = exact == rests && rests >= 3;
    return near >= 2 && rests ? (unsigned)width : 0;
}

/* The sample with the lines a mail client wrapped joined as ats_in_mail_line()
 * joins them, so the format is detected on the log as it was written (a
 * ModemManager line broken after its "-->" or inside its quoted string
 * reads as no ModemManager line). Returns the joined length in out (n + 1
 * bytes at most: a join puts back at most the blank it drops). */
size_t ats_in_mail_join(const unsigned char *s, size_t n, unsigned width, int fold,
                        unsigned char *out)
{
    size_t k = 0, at = 0, piece = 0, held = 0;
    int holding = 0;
    while (at < n) {
        const unsigned char *e = memchr(s + at, '\n', n - at);
        size_t len = e ? (size_t)(e - (s + at)) : n - at;
        size_t t = len && s[at + len - 1] == '\r' ? len - 1 : len;
        const char *p = (const char *)s + at;
        if (holding && mail_rest(width, (const char *)out + held, piece, p, t)) {
            if (cut_at_blank_of(fold, (const char *)out + held, piece))
                out[k++] = ' ';
            held = k;
            memcpy(out + k, p, t);
            k += t;
            piece = t;
        } else {
            if (holding)
                out[k++] = '\n';
            held = k;
            memcpy(out + k, p, t);
            k += t;
            piece = t;
        }
        holding = e && t + 15 >= width && t <= width;
        if (!holding && e)
            out[k++] = '\n';
        at += len + (e ? 1 : 0);
    }
    if (holding)
        out[k++] = '\n';
    return k;
}

int ats_in_flush_held(ats_input *in)
{
    if (!in->nheld)
        return 0;
    size_t n = in->nheld;
    in->nheld = 0;
    if (in->held_cr)
        in->held[n++] = '\r';
    in->held[n] = '\n';
    return ats_in_emit_now(in, in->held, n, 1, in->held_line, in->held_off);
}

/* Hold the current source line p[0..t) (n with its CR), whose rest may
 * come on the next line. */
static int start_held(ats_input *in, const char *p, size_t t, size_t n)
{
    memcpy(in->held, p, t);
    in->nheld = t;
    in->held_piece = t;
    in->held_cr = t < n;
    in->held_line = in->lineno;
    in->held_off = in->loff;
    return 0;
}

/* A line of a re-wrapped log: the rest of the held line, joined to it (a
 * blank where the client broke at one, which it drops: the held piece has a
 * blank to break at; none where it cut a word longer than the width, or
 * where every cut is at the width: a terminal cuts anywhere), or a line of
 * its own. */
int ats_in_mail_line(ats_input *in, const char *p, size_t n, int eol)
{
    size_t t = n && p[n - 1] == '\r' ? n - 1 : n;
    if (in->nheld &&
        mail_rest(in->mail_wrap, in->held + in->nheld - in->held_piece, in->held_piece, p, t) &&
        in->nheld + 1 + t + 2 <= MAX_SRC_LINE) {
        if (cut_at_blank(in, in->held + in->nheld - in->held_piece, in->held_piece))
            in->held[in->nheld++] = ' ';
        memcpy(in->held + in->nheld, p, t);
        in->nheld += t;
        in->held_piece = t;
        in->held_cr = t < n;
        return eol && t + 15 >= in->mail_wrap ? 0 : ats_in_flush_held(in);
    }
    int rc = ats_in_flush_held(in);
    if (rc)
        return rc;
    if (eol && t + 15 >= in->mail_wrap && t <= in->mail_wrap) {
        return start_held(in, p, t, n);
    }
    return ats_in_emit_now(in, p, n, eol, in->lineno, in->loff);
}

static int lw_cut(const ats_input *in, size_t pn, const char *p, size_t n)
{
    return ats_rd_wrap_cut(in->lw_width, in->lw_blanks, pn, p, n);
}

static int lw_blank(const ats_input *in, const char *q, size_t pn, const char *p, size_t n)
{
    return ats_rd_wrap_blank(in->lw_width, in->lw_blanks, q, pn, p, n);
}

/* A line of a hard-wrapped layered log: the rest of the held line (no
 * prefix of the layer's, no message's indented rest, the cut explained by
 * the width), joined to it before the layers see it; or a line of its own,
 * held until the next shows whether it has a rest. */
int ats_in_layer_wrap_line(ats_input *in, const char *p, size_t n, int eol)
{
    size_t t = n && p[n - 1] == '\r' ? n - 1 : n;
    if (in->nheld) {
        const char *q = in->held + in->nheld - in->held_piece;
        if (t && ats_peel_test(&in->pl, in->lw_anchor, p, t) == 0 &&
            lw_cut(in, in->held_piece, p, t) && in->nheld + 1 + t + 2 <= MAX_SRC_LINE) {
            if (lw_blank(in, q, in->held_piece, p, t))
                in->held[in->nheld++] = ' ';
            memcpy(in->held + in->nheld, p, t);
            in->nheld += t;
            in->held_piece = t;
            in->held_cr = t < n;
            return eol ? 0 : ats_in_flush_held(in);
        }
        int rc = ats_in_flush_held(in);
        if (rc)
            return rc;
    }
    if (eol && t && t + 2 <= MAX_SRC_LINE) {
        return start_held(in, p, t, n);
    }
    return ats_in_emit_now(in, p, n, eol, in->lineno, in->loff);
}

/* Whether the sample is a layered log hard-wrapped: the outermost layer
 * that matches a prefix is on most lines; two or more of the lines without
 * it (no message's indented rest either) follow a line the width explains
 * as cut, and they are most of such lines. Sets lw_anchor, lw_width and
 * lw_blanks (the pieces before a rest are of many widths: cut at blanks). */

void ats_in_layer_wrap_of(ats_input *in, const unsigned char *s, size_t n)
{
    const fd_def *anchor = NULL;
    for (size_t i = 0; i < in->pl.n && !anchor; i++)
        if (in->pl.layer[i]->match.code && !in->pl.layer[i]->remove.code)
            anchor = in->pl.layer[i];
    if (anchor)
        (void)ats_in_layer_wrap_with(in, anchor, s, n, 0);
}

int ats_in_layer_wrap_with(ats_input *in, const fd_def *anchor, const unsigned char *s,
                           size_t n, size_t min_carried)
{
    enum { M = 64 };
    const char *lp[M];
    size_t ll[M], k = 0, w = 0;
    int carry[M];
    for (size_t at = 0; k < M && ats_rd_next_line(s, n, &at, &lp[k], &ll[k]); k++) {
        carry[k] = ll[k] ? ats_peel_test(&in->pl, anchor, lp[k], ll[k]) : -1;
        /* a piece cut right after the prefix, the blank after it trimmed
         * ("... ofonod[812]:" then the message on the next line): the
         * prefix is there, its message went to the rest */
        char tb[256];
        if (carry[k] == 0 && ll[k] && ll[k] < sizeof tb && lp[k][ll[k] - 1] != ' ') {
            memcpy(tb, lp[k], ll[k]);
            tb[ll[k]] = ' ';
            if (ats_peel_test(&in->pl, anchor, tb, ll[k] + 1) > 0)
                carry[k] = 1;
        }
        w = ll[k] > w ? ll[k] : w;
    }
    size_t carried = 0, bare = 0, rests = 0, full = 0;
    for (size_t i = 0; i < k; i++)
        carried += carry[i] > 0;
    /* each rest after its piece (a piece may itself be a rest: a narrow
     * terminal cuts a line three times) */
    for (size_t i = 1; i < k; i++) {
        if (carry[i] != 0 || !ll[i - 1])
            continue;
        bare++;
        full += ll[i - 1] + 1 >= w;
        rests += ats_rd_wrap_cut(w, 0, ll[i - 1], lp[i], ll[i]) ||
                 ats_rd_wrap_cut(w, 1, ll[i - 1], lp[i], ll[i]);
    }
    if (w < 40 || rests < 2 || rests * 10 < bare * 8 ||
        (min_carried ? carried < min_carried || carry[0] <= 0 : carried * 2 < k))
        return 0;
    in->lw_anchor = anchor;
    in->lw_width = w;
    in->lw_blanks = full * 10 < rests * 9;
    return 1;
}

/* The sample with the rests of a hard-wrapped layered log joined as
 * ats_in_layer_wrap_line() joins them (out: n + one byte a join at most). */
size_t ats_in_layer_join(ats_input *in, const unsigned char *s, size_t n, unsigned char *out)
{
    size_t k = 0, at = 0, piece = 0;
    int have = 0;
    while (at < n) {
        const unsigned char *e = memchr(s + at, '\n', n - at);
        size_t len = e ? (size_t)(e - (s + at)) : n - at;
        size_t t = len && s[at + len - 1] == '\r' ? len - 1 : len;
        const char *p = (const char *)s + at;
        const char *q = (const char *)out + k - piece;
        if (have && e && t && ats_peel_test(&in->pl, in->lw_anchor, p, t) == 0 &&
            lw_cut(in, piece, p, t)) {
            if (lw_blank(in, q, piece, p, t))
                out[k++] = ' ';
        } else if (have) {
            out[k++] = '\n';
        }
        memcpy(out + k, p, t);
        k += t;
        piece = t;
        have = e != NULL;
        at += len + (e ? 1 : 0);
    }
    if (have)
        out[k++] = '\n';
    return k;
}

/* A newest-first log's line, held to be read in the order it happened
 * (ats_in_replay_held()); -1 past REV_MAX_BYTES (in->rev_over says why). */
int ats_in_hold_line(ats_input *in, const char *p, size_t n)
{
    size_t need = sizeof(rev_line) + ((n + 7) & ~(size_t)7);
    if (in->nrev + need > REV_MAX_BYTES) {
        in->rev_over = 1;
        return -1;
    }
    if (in->nrev + need > in->caprev) {
        size_t c = in->caprev ? in->caprev * 2 : 65536;
        while (c < in->nrev + need)
            c *= 2;
        char *q = realloc(in->rev, c);
        if (!q) {
            in->ctx.oom = 1;
            return -1;
        }
        in->rev = q;
        in->caprev = c;
    }
    rev_line h = {in->lineno, in->loff, n, in->rev_cell};
    /* RFC 4180: a row's quoted cell may hold line ends; its quotes doubled,
     * an odd count of them opens or closes it. The row's lines are read
     * in their own order, the rows last first. */
    for (size_t j = 0; j < in->pl.n; j++)
        if (in->pl.layer[j]->csv_cell) {
            size_t q = 0;
            for (const char *c = p; (c = memchr(c, '"', (size_t)(p + n - c))) != NULL; c++)
                q++;
            in->rev_cell ^= (int)(q & 1);
            break;
        }
    memcpy(in->rev + in->nrev, &h, sizeof h);
    memcpy(in->rev + in->nrev + sizeof h, p, n);
    in->nrev += need;
    return 0;
}

/* The held lines, last first, each at its own line number and offset. */
int ats_in_replay_held(ats_input *in)
{
    size_t k = 0, cnt = 0;
    while (k < in->nrev) {
        rev_line h;
        memcpy(&h, in->rev + k, sizeof h);
        k += sizeof h + ((h.n + 7) & ~(size_t)7);
        cnt++;
    }
    size_t *at = malloc((cnt ? cnt : 1) * sizeof *at);
    if (!at) {
        in->ctx.oom = 1;
        return -1;
    }
    k = 0;
    for (size_t i = 0; i < cnt; i++) {
        rev_line h;
        at[i] = k;
        memcpy(&h, in->rev + k, sizeof h);
        k += sizeof h + ((h.n + 7) & ~(size_t)7);
    }
    int rc = 0;
    for (size_t end = cnt; end > 0 && !rc;) {
        /* a row: its first line and the lines its quoted cell goes on over */
        size_t first = end - 1;
        for (;;) {
            rev_line h;
            memcpy(&h, in->rev + at[first], sizeof h);
            if (!h.cont || !first)
                break;
            first--;
        }
        for (size_t i = first; i < end && !rc; i++) {
            rev_line h;
            memcpy(&h, in->rev + at[i], sizeof h);
            /* the line and the LF a reader may look at after it */
            memcpy(in->line, in->rev + at[i] + sizeof h, h.n);
            in->line[h.n] = '\n';
            rc = ats_in_emit_now(in, (const char *)in->line, h.n, 1, h.lineno, h.loff);
        }
        end = first;
    }
    free(at);
    return rc;
}

