/* test_need.c - the literal byte pairs a pattern cannot match without
 * (parser/readers/fmt_need.c), which detection uses to refuse a line
 * before PCRE2 runs: what is and is not taken from a pattern, and, over
 * every built-in definition's patterns and every line of the bundled
 * captures, that a line a pattern matches is never refused. The same loop
 * holds the lazy JIT to its promise (fmtdef.h fd_pat.jcode): a set is
 * loaded with no JIT code, and the interpreter (short samples, load-time
 * samples) and the JIT copy find the same match and the same payload. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "input_run.h"
#include "fmtdef.h"
#include "fmt_detect.h"

static int may_line(const char *pat, const char *line)
{
    fd_pat p;
    memset(&p, 0, sizeof p);
    p.has_need = ats_fd_need(pat, &p.need) > 0 || p.need.nany > 0;
    uint64_t pr[4];
    ats_fd_pairs(line, strlen(line), pr);
    return ats_fd_may(&p, pr);
}

static void test_taken(void **state)
{
    (void)state;
    fd_need need;
    /* literal runs at the top level: pairs taken, a line without them refused */
    assert_int_equal(ats_fd_need("^AT TX \\(\\s*\\d+\\): (?<payload>.*)$", &need), 8);
    assert_true(may_line("^AT TX \\(\\s*\\d+\\): (?<payload>.*)$", "AT TX ( 8): AT+CSQ"));
    assert_false(may_line("^AT TX \\(\\s*\\d+\\): (?<payload>.*)$", "AT RX ( 8): OK"));
    /* \t is a byte; a character a quantifier makes optional is not needed */
    assert_true(may_line("^\\t---> (?<payload>.*)", "\t---> AT"));
    assert_false(may_line("^\\t---> (?<payload>.*)", "  ---> AT"));
    assert_true(may_line("^ab?cd", "acd"));
    assert_true(may_line("^ab*cd", "acd"));
    assert_true(may_line("^ab{0,2}cd", "acd"));
    assert_false(may_line("^ab{1,2}cd", "acd"));
    /* what is inside a class is not taken; a group with an alternation
     * gives a clause (one of its branches' pairs), not pairs all need */
    assert_true(may_line("^(?:TX|RX): x", "RX: x"));
    assert_true(may_line("^[AB]C", "BC"));
    assert_int_equal(ats_fd_need("^x(?:ab|cd)yz", &need), 1);   /* "yz" only */
    assert_int_equal(need.nany, 1);
    assert_true(may_line("^x(?:ab|cd)yz", "xcdyz"));
    assert_true(may_line("^x(?:ab|cd)yz", "xabyz"));
    assert_false(may_line("^x(?:ab|cd)", "xef"));
    /* a group that must match: capturing, non-capturing, named, atomic,
     * once or more; its text is needed, not joined to the text around it */
    assert_int_equal(ats_fd_need("^\\[(?<ms>\\d+)ms\\](?:\\[INFO\\])", &need), 7);   /* "ms]", "[INFO]" */
    assert_true(may_line("^\\[(?<ms>\\d+)ms\\](?:\\[INFO\\])", "[12ms][INFO]"));
    assert_false(may_line("^\\[(?<ms>\\d+)ms\\](?:\\[INFO\\])", "[12ms][WARN]"));
    assert_false(may_line("^.{0,80}?(TX) ", "RX x"));
    assert_false(may_line("^.{0,80}?(?>TX) ", "RX x"));
    assert_false(may_line("^.{0,80}?(?'d'TX) ", "RX x"));
    assert_false(may_line("^(?:TX)+ ", "RX x"));
    assert_false(may_line("^(?:TX){1,3} ", "RX x"));
    assert_true(may_line("^a(?:bc)d", "abcd"));
    assert_false(may_line("^a(?:bc)d", "abd"));
    /* nested: the inner optional group may or may not be there */
    assert_true(may_line("^(?:a(?:bc)?d)", "ad"));
    assert_true(may_line("^(?:a(?:bc)?d)", "abcd"));
    assert_false(may_line("^(?:ab(?:cd)e)", "abxe"));
    /* a group that may match zero times, a lookaround, a conditional: not taken */
    assert_true(may_line("^(?:TX)?x", "x"));
    assert_true(may_line("^(?:TX)*x", "x"));
    assert_true(may_line("^(?:TX){0,2}x", "x"));
    assert_true(may_line("^(?:TX){,2}x", "x"));
    assert_true(may_line("^(?!TX)x", "x"));
    assert_true(may_line("^(?<!TX)x", "x"));
    assert_true(may_line("^(?=x)x", "x"));
    assert_true(may_line("^(?<=\\s)x", "x"));
    assert_true(may_line("^(?(1)TX|RX)x", "RXx"));
    /* \xhh is its byte; \x{...}, \k<name> and a scoped option group are no text */
    assert_int_equal(ats_fd_need("^\\x41TX", &need), 2);
    assert_true(may_line("^\\x41TX", "ATX"));
    assert_false(may_line("^\\x41TX", "BTX"));
    assert_true(may_line("^(?:\\x1b\\[[0-9;]*m)?I \\(", "I ("));
    assert_false(may_line("^(?:\\x1b\\[[0-9;]*m)?I \\(", "W ("));
    assert_true(may_line("^\\x1b?ab", "ab"));            /* an optional \x byte */
    assert_true(may_line("^\\x7ab", "zb"));              /* two digits at most: \x7a, b */
    assert_false(may_line("^\\x7ab", "\ab"));
    assert_true(may_line("^x\\x{41}y", "xAy"));
    assert_true(may_line("^x\\x{263A}y", "x\xe2\x98\xbay"));
    assert_true(may_line("^(?<q>['\"])ab\\k<q>cd", "'ab'cd"));
    assert_false(may_line("^(?<q>['\"])ab\\k<q>cd", "'ab'c"));
    assert_true(may_line("^(?i:at) tx", "AT tx"));
    assert_false(may_line("^(?i:at) tx", "AT TX"));
    assert_true(may_line("^(?P<n>at) tx", "at tx"));
}

/* Alternations: every match is one branch's, so it holds a pair of that
 * branch's (or one of the branch's own clauses). */
static void test_any(void **state)
{
    (void)state;
    fd_need need;
    assert_int_equal(ats_fd_need("^AT|^OK", &need), 0);
    assert_int_equal(need.nany, 1);
    assert_true(may_line("^AT|^OK", "OK"));
    assert_true(may_line("^AT|^OK", "AT+CSQ"));
    assert_false(may_line("^AT|^OK", "ERROR"));
    /* generic-txrx's direction word: nested, each branch a choice of its own */
    static const char *const tx = "^.{0,80}?(?:\\[TX\\]|(?:TX|Tx|tx)\\s*(?::|->|>>?))\\s?(?<payload>.*)$";
    assert_int_equal(ats_fd_need(tx, &need), 0);
    assert_int_equal(need.nany, 1);
    assert_true(may_line(tx, "12:00 tx: AT"));
    assert_true(may_line(tx, "[TX] AT"));
    assert_true(may_line(tx, "Tx -> AT"));
    assert_false(may_line(tx, "12:00 RX: OK"));
    /* a branch that needs nothing leaves no clause: an empty one, a class,
     * an optional group */
    static const char *const loose[] = {"^x(?:ab|)y", "^(?:ab|[cd])", "^(?:ab|(?:cd)?)", "^(?:ab|.)"};
    for (size_t i = 0; i < sizeof loose / sizeof loose[0]; i++) {
        ats_fd_need(loose[i], &need);
        if (need.nany)
            fail_msg("%s: a clause taken", loose[i]);
    }
    assert_true(may_line("^x(?:ab|)y", "xy"));
    /* clauses of required groups add up, to FD_NEED_ANY (the lines here
     * are chosen so that no pair of theirs shares a bit with one the
     * pattern needs: pairs are hashed into 256 bits) */
    ats_fd_need("^(?:ab|cd) (?:ef|gh) (?:PQ|RS)", &need);
    assert_int_equal(need.nany, 3);
    assert_false(may_line("^(?:ab|cd) (?:ef|gh) (?:PQ|RS)", "ab ef mn"));
    assert_true(may_line("^(?:ab|cd) (?:ef|gh) (?:PQ|RS)", "cd gh RS"));
    /* a branch's clause inside an outer alternation: either branch holds */
    assert_true(may_line("^(?:x(?:ab|cd)|yz)", "xcd"));
    assert_true(may_line("^(?:x(?:ab|cd)|yz)", "yz"));
    assert_false(may_line("^(?:x(?:ab|cd)|yz)", "xef"));
}

static void test_not_taken(void **state)
{
    (void)state;
    fd_need need;
    static const char *const none[] = {
        "^AT|^OK",                         /* a top-level alternation */
        "(?i)^at tx",                      /* an option setting */
        "^x(?i)at tx",                     /* ... in the middle */
        "^(?:x(?-i)at) tx",                /* ... in a group, unscoped */
        "^\\k<q\\d",                       /* unclosed */
        "^\\x{41",                          /* unclosed */
        "^(?<q>['\"])x\\k<q>y",            /* a named back-reference: \k<q> is no text */
        "^(a)\\1b",                        /* a numbered back-reference */
        "^\\QAT+\\E",                      /* quoted text */
        "^\\p{Lu}X",                       /* a property */
        "^{x",                             /* a brace that is not a quantifier */
        "^(?:a",                           /* unclosed */
        "^.{0,80}?(?:TX|Tx)",              /* no top-level literal pair */
    };
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        if (ats_fd_need(none[i], &need) != 0)
            fail_msg("%s: pairs taken", none[i]);
        assert_true(need.all[0] == 0 && need.all[1] == 0 && need.all[2] == 0 && need.all[3] == 0);
    }
}

static void check_file(const ats_formatset *fs, const char *rel, pcre2_match_data *md,
                       size_t *matches)
{
    size_t len = 0;
    char *data = ir_read(rel, &len);
    if (!data)
        fail_msg("%s: cannot read", rel);
    for (size_t a = 0; a < len;) {
        const char *e = memchr(data + a, '\n', len - a);
        size_t n = e ? (size_t)(e - (data + a)) : len - a;
        size_t m = n && data[a + n - 1] == '\r' ? n - 1 : n;
        uint64_t pr[4];
        ats_fd_pairs(data + a, m, pr);
        for (size_t d = 0; d < fs->n; d++)
            for (size_t k = 0; k < fs->defs[d]->nrules; k++) {
                const fd_pat *p = &fs->defs[d]->rules[k].pat;
                int interp = ats_fd_match_interp(p, md, fs->mctx, data + a, m);
                ats_span ip = {NULL, 0}, jp = {NULL, 0};
                if (interp)
                    ats_fd_group(md, p->g_payload, data + a, &ip);
                int jit = ats_fd_match(p, md, fs->mctx, data + a, m);
                if (jit)
                    ats_fd_group(md, p->g_payload, data + a, &jp);
                if (interp != jit || ip.ptr != jp.ptr || ip.len != jp.len)
                    fail_msg("%s: %s rule %zu on \"%.*s\": the interpreter and the JIT code differ",
                             rel, fs->defs[d]->name, k, (int)m, data + a);
                if (!jit)
                    continue;
                ++*matches;
                if (!ats_fd_may(p, pr))
                    fail_msg("%s: %s rule %zu matches \"%.*s\" but its pairs refuse it", rel,
                             fs->defs[d]->name, k, (int)m, data + a);
            }
        a += n + 1;
    }
    free(data);
}

/* Loading makes no JIT code; the first match makes one copy, kept, and
 * the pattern as compiled stays without (threads may run it meanwhile). */
static void test_jit_lazy(void **state)
{
    (void)state;
    ats_formatset *fs = NULL;
    ats_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(ats_fd_set_new(&fs, 1, &err), 0);
    size_t pats = 0;
    for (size_t d = 0; d < fs->n; d++)
        for (size_t k = 0; k < fs->defs[d]->nrules; k++) {
            const fd_pat *p = &fs->defs[d]->rules[k].pat;
            assert_null(atomic_load(&p->jcode));
            pats++;
        }
    assert_true(pats > 100);
    const fd_pat *p = NULL;
    for (size_t d = 0; d < fs->n && !p; d++)
        if (fs->defs[d]->nrules && fs->defs[d]->rules[0].pat.code)
            p = &fs->defs[d]->rules[0].pat;
    assert_non_null(p);
    pcre2_code *c = ats_fd_code(p);
    assert_non_null(c);
    assert_ptr_equal(ats_fd_code(p), c);
    size_t jsize = 0;
    assert_int_equal(pcre2_pattern_info(p->code, PCRE2_INFO_JITSIZE, &jsize), 0);
    assert_int_equal(jsize, 0);
    if (c != p->code) {
        assert_int_equal(pcre2_pattern_info(c, PCRE2_INFO_JITSIZE, &jsize), 0);
        assert_true(jsize > 0);
    }
    ats_formatset_free(fs);
}

/* A short sample's detection makes no JIT code: the trace definitions and
 * the wrappers it tries run interpreted (fmt_detect.c dmatch, peel.interp),
 * where JIT-compiling them cost more than a small capture's whole reading. */
static int jitted(const fd_pat *p) { return atomic_load(&p->jcode) != NULL; }

static void test_short_sample_no_jit(void **state)
{
    (void)state;
    ats_formatset *fs = NULL;
    ats_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(ats_fd_set_new(&fs, 1, &err), 0);
    /* lines that wrappers take (a quote, stamps) over a trace's */
    static const char sample[] = "> [00:01:02.345] AT+CSQ\r\n> [00:01:02.360] +CSQ: 20,99\r\n"
                                 "> [00:01:02.361] OK\r\n";
    fdet det;
    assert_int_equal(ats_fdet_run(&det, fs, (const unsigned char *)sample, sizeof sample - 1,
                                  NULL),
                     0);
    assert_true(det.nouter + det.nprefix + det.nstamp > 0);
    size_t made = 0;
    for (size_t d = 0; d < fs->n; d++) {
        const fd_def *w = fs->defs[d];
        made += jitted(&w->match) + jitted(&w->drop) + jitted(&w->remove) + jitted(&w->continued);
        for (size_t k = 0; k < w->nrules; k++)
            made += jitted(&w->rules[k].pat);
    }
    assert_int_equal(made, 0);
    ats_fdet_free(&det);
    ats_formatset_free(fs);
}

/* On a longer sample a pattern is interpreted until it has run
 * FD_JIT_AFTER times, and only then gets JIT code: detection of a 1000-line
 * capture made JIT code for every pattern it tried (60M instructions). */
static void pat_tier(const fd_pat *p, size_t *jit, size_t *interp)
{
    unsigned r = atomic_load(&p->runs);
    if (jitted(p)) {
        assert_true(r > FD_JIT_AFTER);
        (*jit)++;
    } else if (r) {
        (*interp)++;
    }
}

static void test_long_sample_tiered(void **state)
{
    (void)state;
    ats_formatset *fs = NULL;
    ats_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(ats_fd_set_new(&fs, 1, &err), 0);
    char sample[8000];
    size_t n = 0;
    for (int i = 0; i < 100; i++)
        n += (size_t)snprintf(sample + n, sizeof sample - n, "%02d:%02d.%03d AT+CSQ\r\n+CSQ: %d,99\r\nOK\r\n",
                              i / 60, i % 60, i, i % 32);
    fdet det;
    assert_int_equal(ats_fdet_run(&det, fs, (const unsigned char *)sample, n, NULL), 0);
    size_t jit = 0, interp = 0;
    for (size_t d = 0; d < fs->n; d++) {
        const fd_def *w = fs->defs[d];
        pat_tier(&w->match, &jit, &interp);
        pat_tier(&w->drop, &jit, &interp);
        pat_tier(&w->remove, &jit, &interp);
        pat_tier(&w->continued, &jit, &interp);
        for (size_t k = 0; k < w->nrules; k++)
            pat_tier(&w->rules[k].pat, &jit, &interp);
    }
    /* some ran often enough for JIT code, others did not */
    assert_true(jit > 0);
    print_message("%zu patterns with JIT code, %zu interpreted only\n", jit, interp);
    assert_true(interp > 0);
    ats_fdet_free(&det);
    ats_formatset_free(fs);
}

/* No false refusal: every line of these captures (every format's fixture
 * directory) against every rule of every built-in definition. */
static void test_never_refuses_a_match(void **state)
{
    (void)state;
    const ats_formatset *fs = ir_formats();
    assert_non_null(fs);
    pcre2_match_data *md = pcre2_match_data_create(64, NULL);
    size_t matches = 0;
    const char *src = getenv("ATS_SOURCE_DIR");
    char list[1200];
    snprintf(list, sizeof list,
             "cd '%s' && find captures/traces captures/formats -maxdepth 1 -type f "
             "\\( -name '*.log' -o -name '*.txt' \\) | LC_ALL=C sort",
             src ? src : ".");
    FILE *f = popen(list, "r");
    assert_non_null(f);
    char rel[512];
    size_t files = 0;
    while (fgets(rel, sizeof rel, f)) {
        rel[strcspn(rel, "\n")] = 0;
        check_file(fs, rel, md, &matches);
        files++;
    }
    pclose(f);
    pcre2_match_data_free(md);
    assert_true(files > 50);
    assert_true(matches > 1000);
}

/* ---- the memo of a rule's matches by the shape of the line's head
 * (fmt_memo.c) ---- */

static void test_digit_blind(void **state)
{
    (void)state;
    static const char *const yes[] = {
        "^(?:(?:\\[(?<ms>\\d+)ms\\] ?|\\[(?<secs>\\d+)\\.(?<frac>\\d{3})\\] ?|.{0,48}?)"
        "\\[(?:INFO|DBG |WARN|ERR )\\]\\[CELL\\]: )?AT (?<dir>TX|RX|ERR) \\(\\s*\\d+\\): "
        "(?<payload>.*)$",
        "^x{2,3}y{4}z{5,}",
        "^[0-9a-f]+:",
        "^[[:digit:]x]+",
        "^(?<g1>a)(?P<g2>b)(?'g3'c)",
        "^[!-~]+ \\S\\w\\W\\s\\h\\v\\R\\b\\.\\[\\]",
        "^(?i)at(?-i)X(?:a|b)(?=c)(?!d)(?>e)(?#1 2 3)f",
        "^[^\\]\\d]x",
    };
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        if (!ats_fd_digit_blind(yes[i]))
            fail_msg("%s: taken as telling digits apart", yes[i]);
    static const char *const no[] = {
        "^a1",                 /* a literal digit */
        "^[1-3]",              /* a class of some digits */
        "^[/-0-9]",            /* "/-0" a range, then '-' and '9' */
        "^[a9]",               /* a digit in a class */
        "^(a)\\1",             /* a back-reference */
        "^(?<q>a)\\k<q>",      /* a named one */
        "^\\x31",              /* a byte by its number */
        "^\\061",
        "^(?<=a)b",            /* a look-behind */
        "(*UTF)^a",            /* a verb */
        "^(?x)a # 1",          /* extended: a comment's text */
        "^\\d{,3}",            /* text in PCRE2 10.42: its '3' a literal */
        "^a{x1}",
        "^\\p{Nd}",            /* a property */
        "^(?(1)a|b)",          /* a condition */
        "^\\Q1\\E",            /* quoted text */
        "^(?1)",               /* recursion */
        "^[[.a.]]",            /* a collating element */
    };
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        if (ats_fd_digit_blind(no[i]))
            fail_msg("%s: taken as digit-blind", no[i]);
}

/* As the trace reader asks: a kept shape, else PCRE2 (keeping the line's) */
static int memo_match(const fd_pat *p, fd_memo *mo, pcre2_match_data *md, pcre2_match_context *mc,
                      const char *s, size_t n, int lf_free)
{
    return ats_fd_memo_hit(p, mo, pcre2_get_ovector_pointer(md), s, n, lf_free) ||
           ats_fd_match_memo(p, mo, md, mc, s, n, lf_free);
}

static int pat_of(fd_pat *p, const char *src)
{
    memset(p, 0, sizeof *p);
    int oom;
    char why[200];
    p->code = ats_re_code(src, &oom, why, sizeof why);
    p->src = strdup(src);
    p->g_payload = -1;
    return p->code && p->src;
}

static void pat_drop(fd_pat *p)
{
    pcre2_code *jc = atomic_load(&p->jcode);
    if (jc && jc != p->code)
        pcre2_code_free(jc);
    pcre2_code_free(p->code);
    free(p->src);
}

/* A match that looked past its own end is not kept: "a12c" matches the
 * second branch (its end after the 'a'), but the first read on to the 'c',
 * and "a12b" (the same head) matches the first. */
static void test_memo_past_head(void **state)
{
    (void)state;
    fd_pat p;
    assert_true(pat_of(&p, "^xxxxxxxxxxxxxxxx(?:a\\d+b|a)"));
    fd_memo *mo = NULL;
    assert_int_equal(ats_fd_memo_new(&p, 4, &mo), 0);
    assert_non_null(mo);
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    pcre2_match_context *mc = pcre2_match_context_create(NULL);
    static const char a[] = "xxxxxxxxxxxxxxxxa12c", b[] = "xxxxxxxxxxxxxxxxa12b";
    for (int i = 0; i < 3; i++) {
        assert_true(memo_match(&p, mo, md, mc, a, sizeof a - 1, 1));
        assert_int_equal(pcre2_get_ovector_pointer(md)[1], 17);
        assert_true(memo_match(&p, mo, md, mc, b, sizeof b - 1, 1));
        assert_int_equal(pcre2_get_ovector_pointer(md)[1], 20);
    }
    /* b's shape was kept (its head holds all it read), a's never */
    assert_int_equal(mo->hits, 2);
    /* a digit where the head has one takes the shape; another byte does not */
    assert_true(memo_match(&p, mo, md, mc, "xxxxxxxxxxxxxxxxa99b", 20, 1));
    assert_int_equal(mo->hits, 3);
    assert_false(memo_match(&p, mo, md, mc, "xxxxxxxxxxxxxxxya99b", 20, 1));
    ats_fd_memo_free(mo);
    /* unanchored: no memo */
    pat_drop(&p);
    assert_true(pat_of(&p, "xxxxxxxxxxxxxxxxx(?:a\\d+b|a)"));
    assert_int_equal(ats_fd_memo_new(&p, 4, &mo), 0);
    assert_null(mo);
    pat_drop(&p);
    pcre2_match_data_free(md);
    pcre2_match_context_free(mc);
}

/* Every line of the bundled captures, and each again with its digits
 * changed, through every built-in rule a memo can keep: the same answer
 * and the same offsets with the memo as without. */
static void memo_file(const ats_formatset *fs, const char *rel, fd_memo **memos,
                      pcre2_match_data *md, pcre2_match_data *md2, size_t *hits)
{
    size_t len = 0;
    char *data = ir_read(rel, &len);
    if (!data)
        fail_msg("%s: cannot read", rel);
    char *alt = malloc(len + 1);
    assert_non_null(alt);
    for (size_t i = 0; i < len; i++)
        alt[i] = data[i] >= '0' && data[i] <= '9' ? (char)('0' + (data[i] - '0' + 7) % 10) : data[i];
    for (int pass = 0; pass < 2; pass++) {
        const char *t = pass ? alt : data;
        size_t r = 0;
        for (size_t a = 0; a < len;) {
            const char *e = memchr(t + a, '\n', len - a);
            size_t n = e ? (size_t)(e - (t + a)) : len - a;
            size_t m = n && t[a + n - 1] == '\r' ? n - 1 : n;
            r = 0;
            for (size_t d = 0; d < fs->n; d++)
                for (size_t k = 0; k < fs->defs[d]->nrules; k++, r++) {
                    fd_memo *mo = memos[r];
                    if (!mo)
                        continue;
                    const fd_pat *p = &fs->defs[d]->rules[k].pat;
                    unsigned long h = mo->hits;
                    /* the second pass as a line that may hold an LF */
                    int with = memo_match(p, mo, md, fs->mctx, t + a, m, !pass);
                    int without = ats_fd_match_lf_free(p, md2, fs->mctx, t + a, m, !pass);
                    const PCRE2_SIZE *o1 = pcre2_get_ovector_pointer(md);
                    const PCRE2_SIZE *o2 = pcre2_get_ovector_pointer(md2);
                    int same = with == without;
                    for (uint32_t g = 0; same && with && g < mo->pairs; g++)
                        same = o1[2 * g] == o2[2 * g] && o1[2 * g + 1] == o2[2 * g + 1];
                    if (!same)
                        fail_msg("%s: %s rule %zu on \"%.*s\": the memo (%s) and PCRE2 differ",
                                 rel, fs->defs[d]->name, k, (int)m, t + a,
                                 mo->hits > h ? "a kept shape" : "kept now");
                    *hits += mo->hits - h;
                }
            a += n + 1;
        }
    }
    free(alt);
    free(data);
}

static void test_memo_same(void **state)
{
    (void)state;
    const ats_formatset *fs = ir_formats();
    assert_non_null(fs);
    size_t nr = 0, kept = 0;
    for (size_t d = 0; d < fs->n; d++)
        nr += fs->defs[d]->nrules;
    fd_memo **memos = calloc(nr, sizeof *memos);
    assert_non_null(memos);
    size_t r = 0;
    for (size_t d = 0; d < fs->n; d++)
        for (size_t k = 0; k < fs->defs[d]->nrules; k++, r++) {
            assert_int_equal(ats_fd_memo_new(&fs->defs[d]->rules[k].pat, 64, &memos[r]), 0);
            kept += memos[r] != NULL;
        }
    /* most rules can have one (mbed-trace's traffic among them) */
    print_message("%zu of %zu rules with a memo\n", kept, nr);
    assert_true(kept * 2 > nr);
    pcre2_match_data *md = pcre2_match_data_create(64, NULL);
    pcre2_match_data *md2 = pcre2_match_data_create(64, NULL);
    size_t hits = 0;
    const char *src = getenv("ATS_SOURCE_DIR");
    char list[1200];
    snprintf(list, sizeof list,
             "cd '%s' && find captures/traces captures/formats -maxdepth 1 -type f "
             "\\( -name '*.log' -o -name '*.txt' \\) | LC_ALL=C sort",
             src ? src : ".");
    FILE *f = popen(list, "r");
    assert_non_null(f);
    char rel[512];
    while (fgets(rel, sizeof rel, f)) {
        rel[strcspn(rel, "\n")] = 0;
        /* a memo per file, as a reader has */
        for (size_t i = 0; i < nr; i++)
            if (memos[i]) {
                uint32_t pairs = memos[i]->pairs;
                ats_fd_memo_free(memos[i]);
                memos[i] = calloc(1, sizeof *memos[i]);
                assert_non_null(memos[i]);
                memos[i]->pairs = pairs;
            }
        memo_file(fs, rel, memos, md, md2, &hits);
    }
    pclose(f);
    print_message("%zu matches from kept shapes\n", hits);
    assert_true(hits > 1000);
    for (size_t i = 0; i < nr; i++)
        ats_fd_memo_free(memos[i]);
    free(memos);
    pcre2_match_data_free(md);
    pcre2_match_data_free(md2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_taken),
        cmocka_unit_test(test_any),
        cmocka_unit_test(test_not_taken),
        cmocka_unit_test(test_never_refuses_a_match),
        cmocka_unit_test(test_jit_lazy),
        cmocka_unit_test(test_short_sample_no_jit),
        cmocka_unit_test(test_long_sample_tiered),
        cmocka_unit_test(test_digit_blind),
        cmocka_unit_test(test_memo_past_head),
        cmocka_unit_test(test_memo_same),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
