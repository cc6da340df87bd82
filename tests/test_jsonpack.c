/* test_jsonpack.c - the built-in JSON as the build packs it
 * (cmake/jsonpack.c) and the library unpacks it (ats_jl_unpack): every
 * built-in definition and profile unpacks to exactly the values its text
 * parses to, members in the same order, numbers to the bit; and packed
 * bytes cut short or changed give NULL, never a crash or a partial value. */
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

/* each built-in of the list: unpacked == parsed; returns how many */
static size_t same_values(builtin_fn at)
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
    assert_true(same_values(ats_fd_builtin_at) >= 146);
}

static void test_profiles_unpack_as_parsed(void **state)
{
    (void)state;
    assert_true(same_values(ats_profile_builtin_at) >= 18);
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_formats_unpack_as_parsed),
        cmocka_unit_test(test_profiles_unpack_as_parsed),
        cmocka_unit_test(test_order_and_kinds),
        cmocka_unit_test(test_builtins_cut),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
