/* fmt_need.c - the literal text a definition's pattern cannot match without,
 * as a 256-bit set of byte pairs, and the same set for a line: detection
 * scores every definition on every sample line, and a line that lacks a pair
 * the pattern needs is refused before PCRE2 runs (most lines, for most of
 * ~100 definitions: their tool's own words are not in them).
 *
 * Only what is certain is taken: literal characters outside every class,
 * not made optional by a quantifier, at the pattern's top level or inside
 * a group that must match at least once (a capturing, non-capturing or
 * atomic group with no quantifier, `+` or {n,} with n >= 1); a generic
 * definition's `(?:\[(?<tag>\w+)\] )` still needs its "] ". A group
 * with an alternation of its own gives a clause instead (one pair from each
 * branch, at least one of which the line must hold), the rest of the pattern
 * still does; lookarounds, conditionals, optional groups and scoped
 * option groups (?i:...) give nothing. \xhh is its byte; \k<name> and
 * \x{...} are no text. Anything this reading cannot be sure of (a
 * top-level alternation, an option setting such as (?i), \Q..\E, \g, \p,
 * a numbered back-reference) gives no set: the pattern always runs. A set is only ever a necessary condition, so the
 * scores are exactly those of running every pattern. */
#include <string.h>
#include "fmtdef.h"

static unsigned pair_bit(unsigned char a, unsigned char b)
{
    return ((unsigned)a * 31u + (unsigned)b) & 255u;
}

void ats_fd_pairs(const char *s, size_t n, uint64_t out[4])
{
    out[0] = out[1] = out[2] = out[3] = 0;
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 1; i < n; i++) {
        unsigned b = pair_bit(p[i - 1], p[i]);
        out[b >> 6] |= (uint64_t)1 << (b & 63);
    }
}

/* past the group or class starting at p[i] ('(' or '['); 0 when unclosed */
static size_t skip_class(const char *p, size_t i)
{
    i++;
    if (p[i] == '^')
        i++;
    if (p[i] == ']')
        i++;                             /* a ']' first is a member */
    while (p[i] && p[i] != ']')
        i += p[i] == '\\' && p[i + 1] ? 2 : 1;
    return p[i] ? i + 1 : 0;
}

static size_t skip_group(const char *p, size_t i)
{
    int depth = 0;
    while (p[i]) {
        if (p[i] == '\\') {
            if (!p[i + 1])
                return 0;
            i += 2;
        } else if (p[i] == '[') {
            if (!(i = skip_class(p, i)))
                return 0;
        } else {
            depth += p[i] == '(';
            depth -= p[i] == ')';
            i++;
            if (!depth)
                return i;
        }
    }
    return 0;
}

/* the byte a "\\c" stands for as a literal; -1: a class, an assertion or
 * anything else that is not one certain byte */
static int escaped(char c)
{
    switch (c) {
    case 't': return '\t';
    case 'n': return '\n';
    case 'r': return '\r';
    case 'f': return '\f';
    case 'e': return 27;
    case 'a': return 7;
    default: break;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return -1;
    return (unsigned char)c;
}

static int hexval(char c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* the pairs of the literal run[0..k) into need; the run is then empty */
static int end_run(const char *run, size_t *k, uint64_t need[4])
{
    int pairs = 0;
    for (size_t j = 1; j < *k; j++) {
        unsigned b = pair_bit((unsigned char)run[j - 1], (unsigned char)run[j]);
        need[b >> 6] |= (uint64_t)1 << (b & 63);
        pairs++;
    }
    *k = 0;
    return pairs;
}

/* Where the body of the group at p[i] starts when the group must match
 * whatever else does (capturing, non-capturing, named, atomic); 0 for a
 * lookaround, a conditional, a branch reset, a verb or anything else. */
static size_t group_body(const char *p, size_t i)
{
    if (p[i + 1] != '?')
        return p[i + 1] == '*' ? 0 : i + 1;   /* (*VERB) */
    char c = p[i + 2];
    if (c == ':' || c == '>')
        return i + 3;
    if ((c == '<' && p[i + 3] != '=' && p[i + 3] != '!') || c == '\'') {
        char close = c == '<' ? '>' : '\'';
        size_t j = i + 3;
        while (p[j] && p[j] != close && p[j] != ')')
            j++;
        return p[j] == close ? j + 1 : 0;
    }
    return 0;
}

/* Does the quantifier (or its absence) at p[j], after a group, let the
 * group match zero times? 1 when it cannot be read. */
static int zero_times(const char *p, size_t j)
{
    if (p[j] == '*' || p[j] == '?')
        return 1;
    if (p[j] != '{')
        return 0;
    size_t lo = 0;
    int digits = 0;
    for (j++; p[j] >= '0' && p[j] <= '9'; j++, digits++)
        lo = lo * 10 + (size_t)(p[j] - '0');
    return !digits || lo == 0;
}

static int need_in(const char *pat, fd_need *nd, int depth);

/* g's clauses added to nd's (up to FD_NEED_ANY: one fewer is still a
 * necessary condition) */
static void add_any(fd_need *nd, const fd_need *g)
{
    for (int c = 0; c < g->nany && nd->nany < FD_NEED_ANY; c++)
        memcpy(nd->any[nd->nany++], g->any[c], sizeof g->any[c]);
}

/* The needs of the group at pat[i] (ending before pat[j]) into nd when it
 * must match; how many pairs it adds to nd->all. */
static int group_pairs(const char *pat, size_t i, size_t j, fd_need *nd, int depth)
{
    size_t b = group_body(pat, i);
    if (!b || b >= j || zero_times(pat, j) || depth >= 8)
        return 0;
    char body[512];
    size_t len = j - 1 - b;   /* up to the group's ')' */
    if (len >= sizeof body)
        return 0;
    memcpy(body, pat + b, len);
    body[len] = 0;
    fd_need g;
    int pairs = need_in(body, &g, depth + 1);
    for (int w = 0; w < 4; w++)
        nd->all[w] |= g.all[w];
    add_any(nd, &g);
    return pairs > 0 ? pairs : 0;
}

/* Where the first '|' at pat's own level is (outside groups, classes and
 * escapes); 0 when none, (size_t)-1 when the pattern cannot be read. */
static size_t top_bar(const char *pat)
{
    for (size_t i = 0; pat[i];) {
        if (pat[i] == '\\') {
            if (!pat[i + 1])
                return (size_t)-1;
            i += 2;
        } else if (pat[i] == '[' || pat[i] == '(') {
            size_t j = pat[i] == '[' ? skip_class(pat, i) : skip_group(pat, i);
            if (!j)
                return (size_t)-1;
            i = j;
        } else if (pat[i] == '|') {
            return i;
        } else {
            i++;
        }
    }
    return 0;
}

/* An alternation at pat's level: every match is one branch's, so it holds
 * one pair each branch needs (or one of a branch's own clauses, itself a
 * choice of pairs), and the branches' choices make one clause. Nothing
 * when a branch needs nothing. */
static void alternation(const char *pat, fd_need *nd, int depth)
{
    uint64_t clause[4] = {0, 0, 0, 0};
    const char *b = pat;
    for (;;) {
        size_t bar = top_bar(b);
        if (bar == (size_t)-1 || depth >= 8)
            return;
        size_t len = bar ? bar : strlen(b);
        char br[512];
        if (len >= sizeof br)
            return;
        memcpy(br, b, len);
        br[len] = 0;
        fd_need g;
        need_in(br, &g, depth + 1);
        int w = 0;
        while (w < 4 && !g.all[w])
            w++;
        if (w < 4) {
            clause[w] |= g.all[w] & (~g.all[w] + 1);   /* its lowest pair */
        } else if (g.nany) {
            for (w = 0; w < 4; w++)
                clause[w] |= g.any[0][w];
        } else {
            return;
        }
        if (!bar)
            break;
        b += bar + 1;
    }
    memcpy(nd->any[0], clause, sizeof clause);
    nd->nany = 1;
}

int ats_fd_need(const char *pat, fd_need *nd)
{
    memset(nd, 0, sizeof *nd);
    /* escapes that take more than one character after the backslash (\g{1},
     * \p{L}, \12, \Q...\E): their rest would read as literal text here;
     * \xhh and \k<name> are read (need_in) */
    for (const char *q = strchr(pat, '\\'); q && q[1]; q = strchr(q + 2, '\\'))
        if (strchr("QocNugpP0123456789", q[1]) ||
            (q[1] == 'k' && q[2] != '<' && q[2] != '{' && q[2] != '\''))
            return 0;
    if (strstr(pat, "(?#"))
        return 0;
    for (const char *q = strstr(pat, "(?"); q; q = strstr(q + 1, "(?")) {
        /* (?i), (?x), (?-s)... change what follows in their group; a scoped
         * (?i:...) changes its own group only, which gives nothing anyway
         * (group_body), and (?P<name>, (?R) are no option settings */
        size_t j = 2;
        while ((q[j] >= 'a' && q[j] <= 'z') || (q[j] >= 'A' && q[j] <= 'Z') || q[j] == '-' ||
               q[j] == '^')
            j++;
        if (j > 2 && q[j] == ')')
            return 0;
    }
    return need_in(pat, nd, 0);
}

/* The pairs of pat, a whole pattern or a group's body, that ats_fd_need
 * has checked: 0 and no pairs when an alternation at its level (or a
 * brace not read here) leaves nothing certain. */
static int need_in(const char *pat, fd_need *nd, int depth)
{
    memset(nd, 0, sizeof *nd);
    size_t bar = top_bar(pat);
    if (bar == (size_t)-1)
        return 0;
    if (bar) {
        alternation(pat, nd, depth);
        return 0;
    }
    uint64_t *need = nd->all;
    char run[256];
    size_t k = 0, i = 0;
    int pairs = 0, last_lit = 0;
    while (pat[i]) {
        char c = pat[i];
        if (c == '|') {
            memset(nd, 0, sizeof *nd);
            return 0;                    /* not seen by top_bar: nothing is certain */
        }
        if (c == '*' || c == '?' || c == '+' || c == '{') {
            int optional = c != '+';
            size_t j = i + 1;
            if (c == '{') {
                size_t lo = 0;
                int digits = 0;
                while (pat[j] >= '0' && pat[j] <= '9')
                    lo = lo * 10 + (size_t)(pat[j++] - '0'), digits++;
                if (!digits) {
                    memset(nd, 0, sizeof *nd);
                    return 0;            /* "{" as a literal or "{,n}": not read here */
                }
                while (pat[j] && pat[j] != '}')
                    j++;
                if (!pat[j]) {
                    memset(nd, 0, sizeof *nd);
                    return 0;
                }
                j++;
                optional = lo == 0;
            }
            if (last_lit && optional && k)
                k--;                     /* the character before may be absent */
            pairs += end_run(run, &k, need);
            last_lit = 0;
            if (pat[j] == '?' || pat[j] == '+')
                j++;                     /* lazy or possessive */
            i = j;
            continue;
        }
        if (c == '(' || c == '[') {
            pairs += end_run(run, &k, need);
            size_t j = c == '(' ? skip_group(pat, i) : skip_class(pat, i);
            if (!j) {
                memset(nd, 0, sizeof *nd);
                return 0;
            }
            if (c == '(')
                pairs += group_pairs(pat, i, j, nd, depth);
            i = j;
            last_lit = 0;
            continue;
        }
        if (c == '.' || c == '^' || c == '$') {
            pairs += end_run(run, &k, need);
            i++;
            last_lit = 0;
            continue;
        }
        int b = (unsigned char)c;
        if (c == '\\' && (pat[i + 1] == 'x' || pat[i + 1] == 'k')) {
            b = -1;
            i += 2;
            if (pat[i - 1] == 'k') {     /* \k<name>, \k{name}, \k'name': no text */
                char close = pat[i] == '<' ? '>' : pat[i] == '{' ? '}' : '\'';
                while (pat[i] && pat[i] != close)
                    i++;
                if (!pat[i]) {
                    memset(nd, 0, sizeof *nd);
                    return 0;
                }
                i++;
            } else if (pat[i] == '{') {  /* \x{...}: a code point, maybe not a byte */
                while (pat[i] && pat[i] != '}')
                    i++;
                if (!pat[i]) {
                    memset(nd, 0, sizeof *nd);
                    return 0;
                }
                i++;
            } else {                     /* \xhh: up to two hex digits, one byte */
                int v = 0, digits = 0;
                while (digits < 2 && hexval(pat[i]) >= 0)
                    v = v * 16 + hexval(pat[i++]), digits++;
                if (digits)
                    b = v;
            }
        } else if (c == '\\') {
            if (!pat[i + 1])
                break;
            b = escaped(pat[i + 1]);
            i += 2;
        } else {
            i++;
        }
        if (b < 0) {
            pairs += end_run(run, &k, need);
            last_lit = 0;
            continue;
        }
        if (k == sizeof run)
            pairs += end_run(run, &k, need);
        run[k++] = (char)b;
        last_lit = 1;
    }
    pairs += end_run(run, &k, need);
    return pairs;
}
