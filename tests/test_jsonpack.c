/* test_jsonpack.c - the built-in JSON as the build packs it
 * (cmake/jsonpack.c) and the library unpacks it (ats_jl_unpack): every
 * built-in definition and profile unpacks to exactly the values its text
 * parses to (a definition less its "samples", which only a user's load
 * reads), members in the same order, numbers to the bit; and packed
 * bytes cut short or changed give NULL, never a crash or a partial value.
 * The built-ins' patterns compiled at build time (ats_re_pre_table): each
 * is the very code PCRE2 compiles of it here, byte for byte, with the byte
 * pairs fmt_need.c finds of it, and every pattern of every built-in
 * definition is among them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "jsonload.h"
#include "fmtdef.h"
#include "profile.h"

typedef int (*builtin_fn)(size_t, const char **, const char **, size_t *,
                          const unsigned char **, size_t *);

static char *dump(const json_t *v)
{
    return json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(17));
}

/* each built-in of the list: unpacked == parsed (less the root's member
 * drop); returns how many */
static size_t same_values(builtin_fn at, const char *drop)
{
    const char *name, *json;
    const unsigned char *packed;
    size_t len, plen, i = 0;
    for (; at(i, &name, &json, &len, &packed, &plen); i++) {
        json_error_t je;
        json_t *a = json_loadb(json, len, JSON_REJECT_DUPLICATES, &je);
        json_t *b = ats_jl_unpack(packed, plen);
        if (!a || !b)
            fail_msg("%s: parsed %p, unpacked %p", name, (void *)a, (void *)b);
        if (drop) {
            assert_non_null(json_object_get(a, drop));
            assert_null(json_object_get(b, drop));
            json_object_del(a, drop);
        }
        assert_true(json_equal(a, b));
        char *da = dump(a), *db = dump(b);
        assert_non_null(da);
        assert_non_null(db);
        if (strcmp(da, db) != 0)
            fail_msg("%s: members or numbers differ", name);
        free(da);
        free(db);
        json_decref(a);
        json_decref(b);
    }
    return i;
}

static void test_formats_unpack_as_parsed(void **state)
{
    (void)state;
    assert_true(same_values(ats_fd_builtin_at, "samples") >= 146);
}

static void test_profiles_unpack_as_parsed(void **state)
{
    (void)state;
    assert_true(same_values(ats_profile_builtin_at, NULL) >= 18);
}

static void test_order_and_kinds(void **state)
{
    (void)state;
    /* {"b":[1,-2,0.5,"x\0y",true,false,null],"a":{}}, packed by hand */
    static const unsigned char p[] = {'o', 2, 1, 'b', 0, 'a', 7, 'i', 2, 'i', 3, 'r',
                                      0, 0, 0, 0, 0, 0, 0xe0, 0x3f, 's', 3, 'x', 0, 'y',
                                      't', 'f', 'n', 1, 'a', 0, 'o', 0};
    json_t *v = ats_jl_unpack(p, sizeof p);
    assert_non_null(v);
    char *d = json_dumps(v, JSON_COMPACT);
    assert_string_equal(d, "{\"b\":[1,-2,0.5,\"x\\u0000y\",true,false,null],\"a\":{}}");
    free(d);
    json_decref(v);
    /* every cut is refused, and so is a byte too many */
    for (size_t n = 0; n < sizeof p; n++)
        assert_null(ats_jl_unpack(p, n));
    unsigned char more[sizeof p + 1];
    memcpy(more, p, sizeof p);
    more[sizeof p] = 'n';
    assert_null(ats_jl_unpack(more, sizeof more));
    /* a key without its NUL, an unknown tag */
    static const unsigned char nokey[] = {'o', 1, 1, 'b', 'n', 'n'};
    assert_null(ats_jl_unpack(nokey, sizeof nokey));
    static const unsigned char tag[] = {'a', 1, 'x'};
    assert_null(ats_jl_unpack(tag, sizeof tag));
}

/* every built-in cut anywhere: NULL (and no leak, under the sanitizers) */
static void test_builtins_cut(void **state)
{
    (void)state;
    const char *name, *json;
    const unsigned char *packed;
    size_t len, plen;
    assert_true(ats_fd_builtin_at(0, &name, &json, &len, &packed, &plen));
    for (size_t n = 0; n < plen; n += 1 + n / 64)
        assert_null(ats_jl_unpack(packed, n));
}

static void test_patterns_as_compiled(void **state)
{
    (void)state;
    assert_true(ats_re_pre_count > 600);
    for (size_t i = 0; i < ats_re_pre_count; i++) {
        const ats_re_pre *e = &ats_re_pre_table[i];
        if (i)
            assert_true(strcmp(ats_re_pre_table[i - 1].src, e->src) < 0);
        int ec;
        PCRE2_SIZE off;
        pcre2_code *c = pcre2_compile((PCRE2_SPTR)e->src, PCRE2_ZERO_TERMINATED,
                                      PCRE2_NEVER_UTF | PCRE2_NEVER_BACKSLASH_C, &ec, &off, NULL);
        assert_non_null(c);
        uint8_t *b;
        PCRE2_SIZE bl;
        assert_int_equal(pcre2_serialize_encode((const pcre2_code **)&c, 1, &b, &bl, NULL), 1);
        assert_int_equal(bl, ats_re_pre_head_len + e->len);
        if (memcmp(b, ats_re_pre_head, ats_re_pre_head_len) != 0 ||
            memcmp(b + ats_re_pre_head_len, ats_re_pre_blob + e->off, e->len) != 0)
            fail_msg("%s: not the code compiled here", e->src);
        pcre2_serialize_free(b);
        pcre2_code_free(c);
        /* and what ats_re_code gives runs as it */
        int oom;
        char why[100];
        pcre2_code *d = ats_re_code(e->src, &oom, why, sizeof why);
        assert_non_null(d);
        size_t sz = 0, sz2 = 0;
        assert_int_equal(pcre2_pattern_info(d, PCRE2_INFO_SIZE, &sz), 0);
        c = pcre2_compile((PCRE2_SPTR)e->src, PCRE2_ZERO_TERMINATED,
                          PCRE2_NEVER_UTF | PCRE2_NEVER_BACKSLASH_C, &ec, &off, NULL);
        assert_int_equal(pcre2_pattern_info(c, PCRE2_INFO_SIZE, &sz2), 0);
        assert_int_equal(sz, sz2);
        pcre2_code_free(c);
        pcre2_code_free(d);
        /* the byte pairs it needs, as fmt_need.c reads them here */
        fd_need nd;
        int rc = ats_fd_need(e->src, &nd);
        assert_int_equal(rc, ats_need_pre_table[i].rc);
        if (memcmp(&nd, &ats_need_pre_table[i].need, sizeof nd) != 0)
            fail_msg("%s: needs other pairs than fmt_need.c finds", e->src);
    }
    /* one that is no built-in's is compiled, and a bad one still says why */
    int oom;
    char why[200];
    pcre2_code *c = ats_re_code("^no built-in has (this)$", &oom, why, sizeof why);
    assert_non_null(c);
    pcre2_code_free(c);
    assert_null(ats_re_code("^(open", &oom, why, sizeof why));
    assert_int_equal(oom, 0);
    assert_string_equal(why, "missing closing parenthesis at pattern column 7");
}

static int pre_has(const char *src)
{
    for (size_t i = 0; i < ats_re_pre_count; i++)
        if (!strcmp(ats_re_pre_table[i].src, src))
            return 1;
    return 0;
}

static void pre_covers(const fd_pat *p, size_t *n)
{
    if (!p->code)
        return;
    if (!pre_has(p->src))
        fail_msg("pattern not compiled at build time: %s", p->src);
    (*n)++;
}

/* every pattern of every built-in definition (the key list in jsonpack.c
 * holds them all) */
static void test_patterns_cover_definitions(void **state)
{
    (void)state;
    ats_formatset *fs = NULL;
    ats_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(ats_formatset_new(&fs, &err), 0);
    size_t n = 0;
    for (size_t k = 0; k < fs->nscript; k++)
        pre_covers(&fs->script[k], &n);
    for (size_t d = 0; d < fs->n; d++) {
        const fd_def *w = fs->defs[d];
        pre_covers(&w->match, &n);
        pre_covers(&w->drop, &n);
        pre_covers(&w->remove, &n);
        pre_covers(&w->continued, &n);
        pre_covers(&w->time_line, &n);
        pre_covers(&w->list_open, &n);
        pre_covers(&w->list_item, &n);
        pre_covers(&w->marker, &n);
        pre_covers(&w->refuted_by, &n);
        pre_covers(&w->glue, &n);
        pre_covers(&w->wrap_cut, &n);
        pre_covers(&w->wrap_text, &n);
        pre_covers(&w->wrap_prefix, &n);
        for (size_t k = 0; k < w->nrules; k++) {
            const fd_rule *r = &w->rules[k];
            pre_covers(&r->pat, &n);
            pre_covers(&r->cont, &n);
            pre_covers(&r->stop, &n);
            pre_covers(&r->end, &n);
            pre_covers(&r->strip, &n);
            pre_covers(&r->breaks, &n);
        }
    }
    assert_true(n > 500);
    ats_formatset_free(fs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_formats_unpack_as_parsed),
        cmocka_unit_test(test_profiles_unpack_as_parsed),
        cmocka_unit_test(test_order_and_kinds),
        cmocka_unit_test(test_builtins_cut),
        cmocka_unit_test(test_patterns_as_compiled),
        cmocka_unit_test(test_patterns_cover_definitions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
