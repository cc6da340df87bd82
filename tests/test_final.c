/* test_final.c - final result codes (parser/final.c): ats_final_classify
 * matches whole lines only (trailing blanks trimmed), extracts the CME/CMS
 * error code and the CONNECT text, accepts ATV0 digits only when asked, and
 * ats_final_is_failure tells failures from successes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define NE(a) (sizeof(a) / sizeof((a)[0]))

/* Classifies `line` from an exact-size heap copy (no NUL after it, so ASan
 * catches a read past its end); checks the kind, and the code when want_code
 * is not NULL (""). The code span must point into the line. Both numeric_ok
 * values give the same answer for text results. */
static void check_n(const char *line, size_t n, int numeric_ok, ats_final_kind want,
                    const char *want_code)
{
    char *s = malloc(n ? n : 1);
    assert_non_null(s);
    memcpy(s, line, n);
    ats_span code = {(const char *)s, 12345};   /* must be reset */
    ats_final_kind k = ats_final_classify(s, n, numeric_ok, &code);
    if (k != want) {
        print_message("\"%.*s\" (numeric_ok %d): kind %s, want %s\n", (int)n, line, numeric_ok,
                      ats_final_kind_name(k), ats_final_kind_name(want));
        free(s);
        fail();
    }
    if (want_code) {
        size_t cn = strlen(want_code);
        if (code.len != cn || (cn && memcmp(code.ptr, want_code, cn) != 0)) {
            print_message("\"%.*s\": code \"%.*s\", want \"%s\"\n", (int)n, line, (int)code.len,
                          code.ptr ? code.ptr : "", want_code);
            free(s);
            fail();
        }
        if (cn)
            assert_true(code.ptr >= s && code.ptr + code.len <= s + n);
    }
    if (want == ATS_FINAL_NONE) {
        /* nothing found: the code says so */
        assert_null(code.ptr);
        assert_int_equal(code.len, 0);
    }
    /* the code pointer is optional */
    assert_int_equal(ats_final_classify(s, n, numeric_ok, NULL), want);
    free(s);
}

static void check(const char *line, int numeric_ok, ats_final_kind want, const char *want_code)
{
    check_n(line, strlen(line), numeric_ok, want, want_code);
}

/* A text result: the same with and without numeric results allowed. */
static void text(const char *line, ats_final_kind want, const char *want_code)
{
    check(line, 0, want, want_code);
    check(line, 1, want, want_code);
}

static void test_ok_error(void **state)
{
    (void)state;
    text("OK", ATS_FINAL_OK, "");
    text("ERROR", ATS_FINAL_ERROR, "");
}

static void test_cme_cms(void **state)
{
    (void)state;
    text("+CME ERROR: 10", ATS_FINAL_CME_ERROR, "10");
    text("+CME ERROR: SIM not inserted", ATS_FINAL_CME_ERROR, "SIM not inserted");
    text("+CME ERROR:10", ATS_FINAL_CME_ERROR, "10");
    text("+CME ERROR: 10  ", ATS_FINAL_CME_ERROR, "10");      /* trailing blanks trimmed */
    text("+CMS ERROR: 500", ATS_FINAL_CMS_ERROR, "500");
    text("+CMS ERROR: 304", ATS_FINAL_CMS_ERROR, "304");
    /* no value: still a failed command, with an empty code */
    text("+CME ERROR:", ATS_FINAL_CME_ERROR, "");
    text("+CME ERROR: ", ATS_FINAL_CME_ERROR, "");
    text("+CMS ERROR:", ATS_FINAL_CMS_ERROR, "");
    /* the code points at the value inside the line */
    static const char line[] = "+CME ERROR: 10";
    ats_span code;
    assert_int_equal(ats_final_classify(line, sizeof line - 1, 0, &code), ATS_FINAL_CME_ERROR);
    assert_ptr_equal(code.ptr, line + 12);
    assert_int_equal(code.len, 2);
}

static void test_call_results(void **state)
{
    (void)state;
    text("NO CARRIER", ATS_FINAL_NO_CARRIER, "");
    text("BUSY", ATS_FINAL_BUSY, "");
    text("NO ANSWER", ATS_FINAL_NO_ANSWER, "");
    text("NO DIALTONE", ATS_FINAL_NO_DIALTONE, "");
    text("NO DIAL TONE", ATS_FINAL_NO_DIALTONE, "");
}

static void test_connect(void **state)
{
    (void)state;
    text("CONNECT", ATS_FINAL_CONNECT, "");
    text("CONNECT 115200", ATS_FINAL_CONNECT, "115200");
    text("CONNECT 115200 ", ATS_FINAL_CONNECT, "115200");
    text("CONNECT ", ATS_FINAL_CONNECT, "");   /* trimmed to CONNECT */
    static const char line[] = "CONNECT 115200";
    ats_span code;
    assert_int_equal(ats_final_classify(line, sizeof line - 1, 0, &code), ATS_FINAL_CONNECT);
    assert_ptr_equal(code.ptr, line + 8);
    /* CONNECTED and friends are not finals */
    text("CONNECTED", ATS_FINAL_NONE, NULL);
    text("CONNECTION CLOSED", ATS_FINAL_NONE, NULL);
    /* SIMCom's socket reports, not V.250 finals */
    text("CONNECT OK", ATS_FINAL_NONE, NULL);
    text("CONNECT FAIL", ATS_FINAL_NONE, NULL);
    text("CONNECT 9600/V42", ATS_FINAL_CONNECT, "9600/V42");
    text("CONNECT\t115200", ATS_FINAL_NONE, NULL);
}

static void test_trailing_blanks(void **state)
{
    (void)state;
    text("OK ", ATS_FINAL_OK, "");
    text("OK  \t ", ATS_FINAL_OK, "");
    text("ERROR\t", ATS_FINAL_ERROR, "");
    text("NO CARRIER ", ATS_FINAL_NO_CARRIER, "");
    text("BUSY ", ATS_FINAL_BUSY, "");
}

/* Whole lines only: a final's text inside another line never matches. */
static void test_no_substring_matches(void **state)
{
    (void)state;
    static const char *const no[] = {
        "OKAY", "OK OK", "ERRORS", "ERROR: 3", "BOOK", "+CPAS: BUSY LINE", "LINE BUSY",
        "BUSYBOX", "NO CARRIERS", "NO ANSWERING", "CONNECTED", "SEND OK", "SEND FAIL",
        "+CME ERRORS: 10", "+CME ERROR 10", "+CMEE: 1", "+CMS: 1", " OK", "\tOK", "ok",
        "error", "Ok", "O", "E", "N", "B", "C", "+", "", " ", "\t", "RING", "+CREG: 1,5",
        "ATE0", "OK\r", "OK\n", "> OK",
    };
    for (size_t i = 0; i < NE(no); i++)
        text(no[i], ATS_FINAL_NONE, NULL);
    /* NUL is a byte, not an end: "OK\0" is not OK */
    check_n("OK\0", 3, 0, ATS_FINAL_NONE, NULL);
    check_n("OK\0", 3, 1, ATS_FINAL_NONE, NULL);
    check_n("\0", 1, 1, ATS_FINAL_NONE, NULL);
    /* the length is honoured: "OKAY" cut to 2 is OK */
    check_n("OKAY", 2, 0, ATS_FINAL_OK, "");
    check_n("ERRORS", 5, 0, ATS_FINAL_ERROR, "");
}

/* ATV0 numeric results: 0 OK, 1 CONNECT, 3 NO CARRIER, 4 ERROR,
 * 6 NO DIALTONE, 7 BUSY, 8 NO ANSWER; only when the caller allows digits.
 * 2 (RING) is unsolicited and 5 (legacy CONNECT 1200) is not a final of the
 * command: never. (transcript-model.md §2 lists "0 1 2 3 4 6 7 8"; V.250 and
 * final.c say 2 is RING, an unsolicited code: see the report.) */
static void test_numeric(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        ats_final_kind k;
    } digits[] = {
        {"0", ATS_FINAL_OK},          {"1", ATS_FINAL_CONNECT},  {"2", ATS_FINAL_NONE},
        {"3", ATS_FINAL_NO_CARRIER},  {"4", ATS_FINAL_ERROR},    {"5", ATS_FINAL_NONE},
        {"6", ATS_FINAL_NO_DIALTONE}, {"7", ATS_FINAL_BUSY},     {"8", ATS_FINAL_NO_ANSWER},
        {"9", ATS_FINAL_NONE},
    };
    for (size_t i = 0; i < NE(digits); i++) {
        check(digits[i].s, 1, digits[i].k, NULL);
        check(digits[i].s, 0, ATS_FINAL_NONE, NULL);   /* ATV1: a digit is just text */
    }
    check("0 ", 1, ATS_FINAL_OK, NULL);
    check("00", 1, ATS_FINAL_NONE, NULL);
    check("10", 1, ATS_FINAL_NONE, NULL);
    check("0,1", 1, ATS_FINAL_NONE, NULL);
    check(" 0", 1, ATS_FINAL_NONE, NULL);
    check("31,99", 1, ATS_FINAL_NONE, NULL);
    /* text results stay text results under ATV0 */
    check("OK", 1, ATS_FINAL_OK, "");
}

static void test_is_failure(void **state)
{
    (void)state;
    static const struct {
        ats_final_kind k;
        int fail;
    } t[] = {
        {ATS_FINAL_NONE, 0},        {ATS_FINAL_OK, 0},          {ATS_FINAL_CONNECT, 0},
        {ATS_FINAL_PROFILE_OK, 0},  {ATS_FINAL_ERROR, 1},       {ATS_FINAL_CME_ERROR, 1},
        {ATS_FINAL_CMS_ERROR, 1},   {ATS_FINAL_NO_CARRIER, 1},  {ATS_FINAL_BUSY, 1},
        {ATS_FINAL_NO_ANSWER, 1},   {ATS_FINAL_NO_DIALTONE, 1}, {ATS_FINAL_PROFILE_ERROR, 1},
    };
    for (size_t i = 0; i < NE(t); i++) {
        if (!!ats_final_is_failure(t[i].k) != t[i].fail) {
            print_message("ats_final_is_failure(%s) should be %d\n", ats_final_kind_name(t[i].k),
                          t[i].fail);
            fail();
        }
    }
    /* classify then judge, end to end */
    assert_false(ats_final_is_failure(ats_final_classify("OK", 2, 0, NULL)));
    assert_true(ats_final_is_failure(ats_final_classify("+CME ERROR: 10", 14, 0, NULL)));
    assert_true(ats_final_is_failure(ats_final_classify("4", 1, 1, NULL)));
    assert_false(ats_final_is_failure(ats_final_classify("0", 1, 1, NULL)));
}

/* Every prefix of every final, from exact-size copies: no read past the end,
 * and only the whole word (or, for CME/CMS, the prefix with its colon)
 * classifies. */
static void test_every_prefix(void **state)
{
    (void)state;
    static const char *const lines[] = {"OK",          "ERROR",     "+CME ERROR: 10",
                                        "+CMS ERROR: 500", "NO CARRIER", "NO ANSWER",
                                        "NO DIALTONE", "BUSY",      "CONNECT 9600"};
    for (size_t l = 0; l < NE(lines); l++) {
        size_t n = strlen(lines[l]);
        for (size_t k = 0; k <= n; k++) {
            char *s = malloc(k ? k : 1);
            assert_non_null(s);
            memcpy(s, lines[l], k);
            ats_span code;
            ats_final_kind got = ats_final_classify(s, k, 1, &code);
            if (code.len)
                assert_true(code.ptr >= s && code.ptr + code.len <= s + k);
            if (k < n && got != ATS_FINAL_NONE) {
                /* only these prefixes are finals themselves */
                int ok = (strncmp(lines[l], "+CM", 3) == 0 && k >= 11) ||
                         (strncmp(lines[l], "CONNECT", 7) == 0 && k >= 7);
                if (!ok) {
                    print_message("prefix \"%.*s\" classified as %s\n", (int)k, lines[l],
                                  ats_final_kind_name(got));
                    free(s);
                    fail();
                }
            }
            free(s);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ok_error),
        cmocka_unit_test(test_cme_cms),
        cmocka_unit_test(test_call_results),
        cmocka_unit_test(test_connect),
        cmocka_unit_test(test_trailing_blanks),
        cmocka_unit_test(test_no_substring_matches),
        cmocka_unit_test(test_numeric),
        cmocka_unit_test(test_is_failure),
        cmocka_unit_test(test_every_prefix),
    };
    return cmocka_run_group_tests_name("final", tests, NULL, NULL);
}
