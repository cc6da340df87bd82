/* test_backtrack.c - no pattern of a built-in format definition backtracks
 * without bound on a line of the fixtures.
 *
 * Matching runs under a match limit (100 000 steps, fmt_load.c) that turns
 * runaway backtracking into "no match": the output stays right, and the cost
 * hides. Zephyr's and esp_modem's hexdump-row patterns once nested a repeat of
 * "hex pairs then one or two spaces" in a repeat, so a row cut by a terminal
 * (no "|" where one was wanted) tried every split of its spaces, to the limit,
 * on every line tried: a 127-line Zephyr CMUX trace cost 400M instructions to
 * read where it now costs 50M. Here every pattern of every definition meets
 * every line of every fixture of captures/traces and captures/formats under a
 * limit twenty times smaller (5000 steps: a pattern whose steps grow with the
 * square of an 80-column line's length stays under it; one that tries every
 * split of a run of spaces does not). ATS_BACKTRACK_LIMIT sets another. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "fmtdef.h"
#include "input_run.h"

static int LIMIT = 5000;

typedef struct lines {
    char **v;
    size_t *len, n, cap;
} lines;

static void add_file(lines *L, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    char *b = NULL;
    size_t cap = 0;
    ssize_t k;
    while ((k = getline(&b, &cap, f)) > 0) {
        while (k && (b[k - 1] == '\n' || b[k - 1] == '\r'))
            k--;
        if (L->n == L->cap) {
            L->cap = L->cap ? 2 * L->cap : 1024;
            L->v = realloc(L->v, L->cap * sizeof *L->v);
            L->len = realloc(L->len, L->cap * sizeof *L->len);
            assert_non_null(L->v);
            assert_non_null(L->len);
        }
        L->v[L->n] = malloc((size_t)k + 1);
        assert_non_null(L->v[L->n]);
        memcpy(L->v[L->n], b, (size_t)k);
        L->len[L->n++] = (size_t)k;
    }
    free(b);
    fclose(f);
}

static void add_dir(lines *L, const char *rel)
{
    const char *src = getenv("ATS_SOURCE_DIR");
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/%s", src ? src : ".", rel);
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n > 4 && (!strcmp(e->d_name + n - 4, ".log") || !strcmp(e->d_name + n - 4, ".txt") ||
                      !strcmp(e->d_name + n - 4, ".csv"))) {
            char path[2048];
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            add_file(L, path);
        }
    }
    closedir(d);
}

/* steps over the limit: how many lines p ran out of them on (the first named) */
static size_t runaway(const fd_pat *p, const lines *L, pcre2_match_context *mc,
                      pcre2_match_data *md, const char *def, const char *what)
{
    size_t bad = 0;
    for (int full = 0; full < 2; full++) {
        const pcre2_code *code = full ? p->full : p->code;
        if (!code)
            continue;
        for (size_t i = 0; i < L->n; i++) {
            int rc = pcre2_match(code, (PCRE2_SPTR)L->v[i], L->len[i], 0, PCRE2_NO_JIT, md, mc);
            if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT) {
                if (!bad++)
                    print_message("%s: %s backtracks past %d steps on \"%.80s\"\n", def, what,
                                  LIMIT, L->v[i]);
            }
        }
    }
    return bad;
}

static void test_no_runaway_backtracking(void **state)
{
    (void)state;
    lines L = {0};
    add_dir(&L, "captures/traces");
    add_dir(&L, "captures/traces/plain");
    add_dir(&L, "captures/traces/variants");
    add_dir(&L, "captures/formats");
    assert_true(L.n > 5000);
    const ats_formatset *fs = ir_formats();
    assert_non_null(fs);
    pcre2_match_context *mc = pcre2_match_context_create(NULL);
    pcre2_match_data *md = pcre2_match_data_create(64, NULL);
    assert_non_null(mc);
    assert_non_null(md);
    /* the interpreter counts steps the way the limit means them; JIT code
     * counts otherwise */
    if (getenv("ATS_BACKTRACK_LIMIT"))
        LIMIT = atoi(getenv("ATS_BACKTRACK_LIMIT"));
    pcre2_set_match_limit(mc, (uint32_t)LIMIT);
    pcre2_set_depth_limit(mc, (uint32_t)LIMIT);
    size_t bad = 0, npat = 0;
    for (size_t k = 0; k < fs->n; k++) {
        const fd_def *d = fs->defs[k];
        const struct {
            const fd_pat *p;
            const char *what;
        } one[] = {{&d->glue, "glue"},     {&d->wrap_cut, "wrapped.cut"},
                   {&d->wrap_text, "wrapped.text"}, {&d->wrap_prefix, "wrapped.prefix"},
                   {&d->match, "match"},   {&d->drop, "drop"},
                   {&d->remove, "remove"}, {&d->continued, "continued"}};
        for (size_t i = 0; i < sizeof one / sizeof one[0]; i++)
            if (one[i].p->code) {
                npat++;
                bad += runaway(one[i].p, &L, mc, md, d->name, one[i].what);
            }
        for (size_t r = 0; r < d->nrules; r++) {
            const fd_rule *ru = &d->rules[r];
            const fd_pat *ps[] = {&ru->pat, &ru->cont, &ru->stop, &ru->end, &ru->strip,
                                  &ru->breaks};
            static const char *const names[] = {"match", "continue", "stop", "end", "strip",
                                                "line_breaks"};
            for (size_t i = 0; i < sizeof ps / sizeof ps[0]; i++)
                if (ps[i]->code) {
                    char what[96];
                    snprintf(what, sizeof what, "rule %zu %s", r, names[i]);
                    npat++;
                    bad += runaway(ps[i], &L, mc, md, d->name, what);
                }
        }
    }
    assert_true(npat > 200);
    pcre2_match_data_free(md);
    pcre2_match_context_free(mc);
    for (size_t i = 0; i < L.n; i++)
        free(L.v[i]);
    free(L.v);
    free(L.len);
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_runaway_backtracking),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
