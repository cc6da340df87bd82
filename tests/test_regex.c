/* test_regex.c - the literal prefix an anchored pattern's lines must start
 * with (common/regex.c): kept where an alternation is inside a group,
 * dropped where it is at the top level or could be hidden, and never one
 * that refuses a line the pattern matches; the screen by first byte and
 * shortest match (ats_re_screen), which refuses no line PCRE2 matches. */
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

static int screened(const char *pattern, const char *line)
{
    ats_re re;
    ats_error e;
    assert_int_equal(ats_re_compile(&re, pattern, "test", "test", &e), 0);
    int r = ats_re_screen_refuses(re.screen, line, strlen(line));
    ats_re_free(&re);
    return r;
}

static void test_screen(void **st)
{
    (void)st;
    /* the studied first bytes (O, E) and the shortest match (2) */
    assert_true(screened("^(?:OK|ERROR)$", "+CSQ: 12,99"));
    assert_true(screened("^(?:OK|ERROR)$", "O"));
    assert_true(screened("^(?:OK|ERROR)$", ""));
    assert_false(screened("^(?:OK|ERROR)$", "OK"));
    assert_false(screened("^(?:OK|ERROR)$", "ERRORS"));  /* the screen passes, PCRE2 decides */
    /* a first code unit that may be caseless: both cases pass */
    assert_true(screened("^(?i)ring", "xRING"));
    assert_false(screened("^(?i)ring", "RING"));
    assert_false(screened("^(?i)ring", "ring"));
    assert_false(screened("^(?i:R)ING", "rING"));
    /* unanchored: a match may start anywhere, only the length counts */
    assert_false(screened("OK", "+OK"));
    assert_true(screened("OK", "O"));
    /* (*NO_START_OPT): nothing refused */
    assert_false(screened("(*NO_START_OPT)^OK", "X"));
    assert_false(screened("(*NO_START_OPT)^OK", ""));
    /* a pattern that matches the empty line refuses none */
    assert_false(screened("^(?:OK)?$", ""));
    assert_false(screened("^\\s*", "x"));
}

/* what the screen refuses, the pattern never matches; ats_re_match answers
 * as PCRE2 does */
static void test_screen_exact(void **st)
{
    (void)st;
    static const char *const pats[] = {
        "^(?:OK|ERROR)\\s*$", "^(?i)ring$", "^\\s*\\+CSQ: (\\d+)", "^[A-Z]+:", "^(?:\\[x\\] ?)?AT ",
        "^.{0,4}OK", "^(?=A)AT", "^(?:A|B)?C", "CONNECT", "^a|^b", "^(?i:at)\\+", "^$",
        "^(?:\\r)?\\n?OK", "(*NO_START_OPT)^AT"};
    static const char *const lines[] = {
        "OK", "ok", "ERROR ", "RING", "ring", "rInG", "  +CSQ: 12,99", "+CSQ: 1", "ABC:", "abc:",
        "[x] AT ", "[x]AT ", "AT ", "xxxxOK", "xxxxxOK", "AT", "C", "BC", "AC", "a", "b", "c",
        "NO CONNECT", "at+", "At+", "", "\r\nOK", "\nOK", "x"};
    pcre2_match_data *md = pcre2_match_data_create(8, NULL);
    assert_non_null(md);
    for (size_t i = 0; i < sizeof pats / sizeof pats[0]; i++) {
        ats_re re;
        ats_error e;
        assert_int_equal(ats_re_compile(&re, pats[i], "test", "test", &e), 0);
        for (size_t j = 0; j < sizeof lines / sizeof lines[0]; j++) {
            size_t n = strlen(lines[j]);
            int full = pcre2_match(re.code, (PCRE2_SPTR)lines[j], n, 0, 0, md, NULL) >= 0;
            if (full && ats_re_screen_refuses(re.screen, lines[j], n))
                fail_msg("%s refuses \"%s\", which it matches", pats[i], lines[j]);
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
        cmocka_unit_test(test_screen),
        cmocka_unit_test(test_screen_exact),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
