/* test_regex.c - the literal prefix an anchored pattern's lines must start
 * with (common/regex.c): kept where an alternation is inside a group,
 * dropped where it is at the top level or could be hidden, and never one
 * that refuses a line the pattern matches. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "common.h"

static void prefix_is(const char *pattern, const char *want)
{
    ats_re re;
    ats_error e;
    assert_int_equal(ats_re_compile(&re, pattern, "test", "test", &e), 0);
    char got[sizeof re.prefix + 1];
    memcpy(got, re.prefix, re.prefix_len);
    got[re.prefix_len] = 0;
    if (strcmp(got, want))
        fail_msg("%s: prefix \"%s\", expected \"%s\"", pattern, got, want);
    ats_re_free(&re);
}

static void test_prefix(void **st)
{
    (void)st;
    prefix_is("^\\+MIPRTCP: ?(\\d+)", "+MIPRTCP:");
    /* an alternation inside a group keeps what comes before it */
    prefix_is("^\\+CME ERROR: ?(?:10|13|15|(?i:SIM (?:not inserted|failure)))\\s*$", "+CME ERROR:");
    prefix_is("^\\+C(?:G|E|5G)?REG: ?\\d", "+C");
    prefix_is("^OK[|(]x", "OK");           /* a bar and a paren in a class are members */
    prefix_is("^OK\\|x", "OK|x");       /* an escaped bar is a literal */
    /* at the top level, or where the nesting could be hidden: none */
    prefix_is("^ABC|DEF", "");
    prefix_is("^AB(?:C)|D", "");
    prefix_is("^AB\\Q(\\E|CD", "");
    prefix_is("^AB(?#(comment)|CD", "");
}

/* what the prefix refuses, the pattern never matches */
static void test_prefix_exact(void **st)
{
    (void)st;
    static const char *const pats[] = {"^\\+CME ERROR: ?(?:10|13|(?i:SIM wrong))\\s*$",
                                       "^\\+C(?:G|E)?REG: ?(\\d)", "^AT(?:\\+|#)X"};
    static const char *const lines[] = {"+CME ERROR: 10", "+CME ERROR:13", "+CME ERROR: sim WRONG",
                                        "+CREG: 1", "+CGREG: 5", "AT+X", "AT#X", "+cme error: 10",
                                        "+CM", "AT"};
    pcre2_match_data *md = pcre2_match_data_create(8, NULL);
    assert_non_null(md);
    for (size_t i = 0; i < sizeof pats / sizeof pats[0]; i++) {
        ats_re re;
        ats_error e;
        assert_int_equal(ats_re_compile(&re, pats[i], "test", "test", &e), 0);
        assert_true(re.prefix_len > 0);
        for (size_t j = 0; j < sizeof lines / sizeof lines[0]; j++) {
            size_t n = strlen(lines[j]);
            int full = pcre2_match(re.code, (PCRE2_SPTR)lines[j], n, 0, 0, md, NULL) >= 0;
            if (full)
                assert_false(ats_re_cannot_match(&re, lines[j], n));
            assert_int_equal(ats_re_match(&re, md, NULL, lines[j], n) > 0, full);
        }
        ats_re_free(&re);
    }
    pcre2_match_data_free(md);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_prefix),
        cmocka_unit_test(test_prefix_exact),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
