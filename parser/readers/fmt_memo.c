/* fmt_memo.c - a trace rule's match kept by the shape of the line's head,
 * so a line of the same shape gets the same offsets without running PCRE2.
 *
 * Why it is exact. A pattern that cannot tell one digit from another (no
 * literal digit outside a quantifier's braces, no class holding some
 * digits and not others, no back-reference, no escape naming a byte by its
 * number: ats_fd_digit_blind) gives the same answer, step for step, on two
 * subjects whose bytes differ only where both hold a digit: every item of
 * it asks the same question of both and gets the same answer. So its match
 * (every group's offsets) is the same on both, if the bytes it looked at
 * lie in the part the two subjects share that way.
 *
 * Which bytes PCRE2 looked at it does not say; PCRE2_PARTIAL_HARD bounds
 * them. When a line matches, its head s[0..m), m the match's end, is
 * matched again, interpreted, with PCRE2_PARTIAL_HARD: a hard partial
 * match is returned as soon as matching reaches the end of the subject
 * and would inspect a byte there (or meets \z \Z \b \B $ there). A complete
 * match on the head therefore never looked at a byte at or past m, and
 * every line at least m long whose first m bytes have the head's shape
 * (the same bytes, any digit where the head has a digit) is matched the
 * same way: the memo keeps the shape and the offsets, and a line is
 * compared with it eight bytes a step (~60 instructions for the mbed-trace
 * head of 38 bytes) instead of the pattern's JIT code and its call (~600).
 * The match is asked of an anchored pattern only (one start position), and
 * its offsets are checked equal to the first match's before they are kept.
 * A line no kept shape takes runs the pattern as before. */
#include <stdlib.h>
#include <string.h>
#include "fmtdef.h"

/* ---- is a pattern blind to which digit a byte is? ---- */

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int is_alnum(char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* An escape \e outside a class that stands for a set of bytes or a
 * position treating every digit alike, or for one byte that is no digit. */
static int blind_escape(const char *p)
{
    char e = p[1];
    if (!e)
        return 0;
    if (!is_alnum(e))
        return (unsigned char)e >= 0x20 && (unsigned char)e < 0x7f;   /* \. \[ ... */
    if (e == 'N')
        return p[2] != '{';
    return strchr("dDsSwWhHvVRbBAzZGtnrfea", e) != NULL;
}

/* A class member's byte (a literal or a one-byte escape) at p[*i]; -1 for
 * a set (\d \s ...), -2 for anything not read here. */
static int class_atom(const char *p, size_t *i)
{
    if (p[*i] != '\\') {
        if (!p[*i])
            return -2;
        return (unsigned char)p[(*i)++];
    }
    char e = p[*i + 1];
    *i += 2;
    switch (e) {
    case 't': return '\t';
    case 'n': return '\n';
    case 'r': return '\r';
    case 'f': return '\f';
    case 'e': return 0x1b;
    case 'a': return 0x07;
    case 'b': return 0x08;
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W': case 'h': case 'H': case 'v':
    case 'V':
        return -1;
    default:
        if (e && !is_alnum(e) && (unsigned char)e >= 0x20 && (unsigned char)e < 0x7f)
            return (unsigned char)e;
        return -2;
    }
}

/* Past the class opening at p[i] ('[') when it holds every digit or none;
 * 0 otherwise or when it is not read here. */
static size_t blind_class(const char *p, size_t i)
{
    i++;
    if (p[i] == '^')
        i++;
    int first = 1;
    while (p[i] && (p[i] != ']' || first)) {
        first = 0;
        if (p[i] == '[' && p[i + 1] == ':') {
            /* a POSIX class: each holds every digit or none */
            size_t j = i + 2;
            if (p[j] == '^')
                j++;
            while ((p[j] >= 'a' && p[j] <= 'z'))
                j++;
            if (p[j] != ':' || p[j + 1] != ']')
                return 0;
            i = j + 2;
            continue;
        }
        if (p[i] == '[' && (p[i + 1] == '.' || p[i + 1] == '='))
            return 0;
        int lo = class_atom(p, &i);
        if (lo == -2)
            return 0;
        if (p[i] == '-' && p[i + 1] && p[i + 1] != ']') {
            i++;
            int hi = class_atom(p, &i);
            if (lo < 0 || hi < 0)
                return 0;        /* PCRE2 reads "\d-x" its own way: not read here */
            if (!(hi < '0' || lo > '9' || (lo <= '0' && hi >= '9')))
                return 0;
        } else if (lo >= '0' && lo <= '9') {
            return 0;
        }
    }
    return p[i] == ']' ? i + 1 : 0;
}

/* Past a quantifier {n}, {n,} or {n,m} at p[i]; 0 when the brace is none
 * (PCRE2 then reads it as text). */
static size_t quantifier(const char *p, size_t i)
{
    size_t j = i + 1;
    if (!is_digit(p[j]))
        return 0;
    while (is_digit(p[j]))
        j++;
    if (p[j] == ',')
        for (j++; is_digit(p[j]); j++)
            ;
    return p[j] == '}' ? j + 1 : 0;
}

/* After "(?" at p[i-2..i): past what opens a group, 0 for what is not read
 * here (look-behinds: they read before the match; conditionals,
 * recursion, callouts; the extended option, under which a '#' opens a
 * comment). */
static size_t group_open(const char *p, size_t i)
{
    char q = p[i];
    if (q == ':' || q == '=' || q == '!' || q == '>' || q == '|')
        return i + 1;
    if (q == '<' && (p[i + 1] == '=' || p[i + 1] == '!'))
        return 0;
    if (q == '<' || q == '\'' || (q == 'P' && p[i + 1] == '<')) {
        size_t j = i + (q == 'P' ? 2 : 1);
        char close = q == '\'' ? '\'' : '>';
        while (p[j] == '_' || is_alnum(p[j]))
            j++;          /* a name may hold digits: it is no text */
        return p[j] == close ? j + 1 : 0;
    }
    if (q == '#') {
        const char *e = strchr(p + i, ')');
        return e ? (size_t)(e - p) + 1 : 0;
    }
    size_t j = i;
    while (p[j] && strchr("imnsUJ-^", p[j]))
        j++;
    return j > i && (p[j] == ')' || p[j] == ':') ? j + 1 : 0;
}

int ats_fd_digit_blind(const char *p)
{
    size_t i = 0;
    while (p[i]) {
        char c = p[i];
        if (is_digit(c))
            return 0;
        if (c == '\\') {
            if (!blind_escape(p + i))
                return 0;
            i += 2;
        } else if (c == '[') {
            if (!(i = blind_class(p, i)))
                return 0;
        } else if (c == '{') {
            size_t j = quantifier(p, i);
            i = j ? j : i + 1;   /* a brace that is text: the digits after it refused */
        } else if (c == '(') {
            if (p[i + 1] == '*')
                return 0;        /* a verb */
            if (p[i + 1] == '?') {
                if (!(i = group_open(p, i + 2)))
                    return 0;
            } else {
                i++;
            }
        } else {
            i++;
        }
    }
    return 1;
}

/* ---- the memo ---- */

void ats_fd_memo_keep(fd_memo *mo, const fd_pat *pat, pcre2_match_context *mc, const char *s,
                      size_t n, const PCRE2_SIZE *ov)
{
    size_t m = ov[1];
    if (mo->off || ov[0] != 0 || m < FD_MEMO_STEP || m > FD_MEMO_MAX || m > n)
        return;
    /* a rule whose heads seldom repeat stops being kept (each keep costs
     * an interpreted match, a few thousand instructions) */
    if (++mo->kept > 64) {
        mo->off = 1;
        return;
    }
    if (!mo->md && !(mo->md = pcre2_match_data_create(FD_MEMO_OV, NULL)))
        return;
    if (pcre2_match(pat->code, (PCRE2_SPTR)s, m, 0, PCRE2_PARTIAL_HARD, mo->md, mc) <= 0)
        return;          /* it looked past the head (or PCRE2 said no) */
    const PCRE2_SIZE *hv = pcre2_get_ovector_pointer(mo->md);
    for (uint32_t g = 0; g < mo->pairs; g++)
        if (hv[2 * g] != ov[2 * g] || hv[2 * g + 1] != ov[2 * g + 1])
            return;
    /* all kept: in turn, the oldest first */
    unsigned slot = mo->n < FD_MEMO_N ? mo->n++ : mo->fresh++ % FD_MEMO_N;
    fd_memo_ent *e = &mo->e[slot];
    e->m = (uint16_t)m;
    e->ns = (uint16_t)((m + FD_MEMO_STEP - 1) / FD_MEMO_STEP);
    for (size_t k = 0; k < e->ns; k++) {
        const char *w = s + (k + 1 < e->ns ? k * FD_MEMO_STEP : m - FD_MEMO_STEP);
        for (size_t b = 0; b < FD_MEMO_STEP; b++) {
            e->tb[k * FD_MEMO_STEP + b] = is_digit(w[b]) ? '0' : (unsigned char)w[b];
            e->db[k * FD_MEMO_STEP + b] = is_digit(w[b]) ? 0xff : 0;
        }
    }
    memcpy(e->ov, ov, 2 * mo->pairs * sizeof *ov);
    mo->next[mo->last] = (uint8_t)slot;
    mo->last = (uint8_t)slot;
}

int ats_fd_memo_new(const fd_pat *pat, uint32_t nov, fd_memo **out)
{
    *out = NULL;
    uint32_t opts = 0, caps = 0;
    if (!pat->code || !pat->src ||
        pcre2_pattern_info(pat->code, PCRE2_INFO_ALLOPTIONS, &opts) != 0 ||
        pcre2_pattern_info(pat->code, PCRE2_INFO_CAPTURECOUNT, &caps) != 0 ||
        !(opts & PCRE2_ANCHORED) || caps + 1 > FD_MEMO_OV || caps + 1 > nov ||
        !ats_fd_digit_blind(pat->src))
        return 0;
    if (!(*out = calloc(1, sizeof **out)))
        return -1;
    (*out)->pairs = caps + 1;
    return 0;
}

void ats_fd_memo_free(fd_memo *mo)
{
    if (!mo)
        return;
    pcre2_match_data_free(mo->md);
    free(mo);
}
