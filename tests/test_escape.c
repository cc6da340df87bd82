/* test_escape.c - the one escaping policy (cli/escape.h): what the validator
 * says each unit is, and what each context writes for the same hostile
 * bytes (text, XML text and attribute, HTML, JSON and the HTML report's
 * script data through jsonw). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "escape.h"
#include "jsonw.h"

static void test_classes(void **state)
{
    (void)state;
    static const struct {
        const char *bytes;
        size_t len;
        esc_class cls;
        uint32_t cp;
    } cases[] = {
        {"A", 1, ESC_PRINT, 'A'},           {"\t", 1, ESC_SPACE, '\t'},
        {"\r", 1, ESC_SPACE, '\r'},         {"\x1b", 1, ESC_CTRL, 0x1b},
        {"\x7f", 1, ESC_CTRL, 0x7f},        {"", 1, ESC_CTRL, 0},
        {"\xc3\xa9", 2, ESC_TEXT, 0xe9},    {"\xe4\xbd\xa0", 3, ESC_TEXT, 0x4f60},
        {"\xf0\x9f\x98\x80", 4, ESC_TEXT, 0x1f600},
        {"\xc2\x9b", 2, ESC_HIDDEN, 0x9b},  /* C1 CSI */
        {"\xe2\x80\xae", 3, ESC_HIDDEN, 0x202e}, {"\xe2\x80\xaa", 3, ESC_HIDDEN, 0x202a},
        {"\xe2\x81\xa6", 3, ESC_HIDDEN, 0x2066}, {"\xe2\x81\xa9", 3, ESC_HIDDEN, 0x2069},
        {"\xe2\x80\xa8", 3, ESC_HIDDEN, 0x2028}, {"\xef\xbb\xbf", 3, ESC_HIDDEN, 0xfeff},
        {"\xef\xbf\xbe", 3, ESC_HIDDEN, 0xfffe}, {"\xe2\x80\xaf", 3, ESC_TEXT, 0x202f},
        {"\xe2\x81\xa5", 3, ESC_TEXT, 0x2065},
        {"\xff", 1, ESC_BAD, 0xff},         {"\xc0\xaf", 1, ESC_BAD, 0xc0},  /* overlong */
        {"\xed\xa0\x80", 1, ESC_BAD, 0xed}, /* surrogate */
        {"\xf4\x90\x80\x80", 1, ESC_BAD, 0xf4}, /* above U+10FFFF */
        {"\xe4\xbd", 1, ESC_BAD, 0xe4},     /* cut */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        esc_class cls;
        uint32_t cp;
        /* a bad unit is one byte of a longer sequence: give it all */
        size_t n = cases[i].cls == ESC_BAD ? strlen(cases[i].bytes) : cases[i].len;
        size_t k = esc_unit((const unsigned char *)cases[i].bytes, n, &cls, &cp);
        if (cls != cases[i].cls || cp != cases[i].cp ||
            k != (cases[i].cls == ESC_BAD ? 1 : cases[i].len))
            fail_msg("case %zu: class %d cp %x len %zu", i, cls, cp, k);
    }
}

/* RLO, C1 CSI, ESC, a tab, a bad byte, a quote, '<', '&' and a backslash */
static const char hostile[] = "a\xe2\x80\xae" "b\xc2\x9b" "c\x1b[1m\t\xff\"<&\\\xc3\xa9";

static char *put(esc_ctx ctx, int flags)
{
    char *mem = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&mem, &len);
    esc_put(f, ctx, flags, hostile, sizeof hostile - 1, 0);
    fclose(f);
    return mem;
}

static void test_contexts(void **state)
{
    (void)state;
    static const struct {
        esc_ctx ctx;
        int flags;
        const char *want;
    } cases[] = {
        {ESC_CTX_TEXT, 0, "a\\xe2\\x80\\xaeb\\xc2\\x9bc\\x1b[1m\\t\\xff\"<&\\\\\xc3\xa9"},
        {ESC_CTX_TEXT, ESC_F_ESCAPED, "a\\xe2\\x80\\xaeb\\xc2\\x9bc\\x1b[1m\\t\\xff\"<&\\\xc3\xa9"},
        {ESC_CTX_XML, 0, "a\\xe2\\x80\\xaeb\\xc2\\x9bc\\x1b[1m\t\\xff\"&lt;&amp;\\\xc3\xa9"},
        {ESC_CTX_XML, ESC_F_ATTR,
         "a\\xe2\\x80\\xaeb\\xc2\\x9bc\\x1b[1m&#9;\\xff&quot;&lt;&amp;\\\xc3\xa9"},
        {ESC_CTX_HTML, 0, "a\\xe2\\x80\\xaeb\\xc2\\x9bc\\x1b[1m\\t\\xff&quot;&lt;&amp;\\\xc3\xa9"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *got = put(cases[i].ctx, cases[i].flags);
        if (strcmp(got, cases[i].want))
            fail_msg("context %d flags %d:\n got %s\nwant %s", cases[i].ctx, cases[i].flags, got,
                     cases[i].want);
        free(got);
    }
}

static char *json(int script)
{
    char *mem = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&mem, &len);
    jsonw w;
    assert_int_equal(jw_init(&w, f, 64), 0);
    w.script = script;
    int repr = jw_bytes(&w, NULL, hostile, sizeof hostile - 1);
    assert_int_equal(repr, !script);    /* the bad byte: JSON's repr, flagged */
    assert_int_equal(jw_flush(&w), 0);
    jw_free(&w);
    fclose(f);
    return mem;
}

static void test_json(void **state)
{
    (void)state;
    /* data: exact code points where they are valid, the bad byte as \\xff */
    char *got = json(0);
    assert_string_equal(got, "\"a\\u202eb\\u009bc\\u001b[1m\\t\\\\xff\\\"<&\\\\\\\\\xc3\xa9\"");
    free(got);
    /* the HTML report's data: what a person reads, nothing that ends <script> */
    got = json(1);
    assert_string_equal(got, "\"a\\\\xe2\\\\x80\\\\xaeb\\\\xc2\\\\x9bc\\\\x1b[1m\\\\t\\\\xff\\\"\\u003c"
                             "\\u0026\\\\\xc3\xa9\"");
    free(got);
}

/* The table is what escape.h's comment says. */
static void test_table(void **state)
{
    (void)state;
    for (int c = 0; c < ESC_NCTX; c++) {
        assert_int_equal(esc_policy[c][ESC_PRINT], ESC_KEEP);
        assert_int_equal(esc_policy[c][ESC_TEXT], ESC_KEEP);
        assert_int_equal(esc_policy[c][ESC_SPACE], ESC_SHORT);
        int json = c == ESC_CTX_JSON;
        assert_int_equal(esc_policy[c][ESC_CTRL], json ? ESC_UNI : ESC_HEX);
        assert_int_equal(esc_policy[c][ESC_HIDDEN], json ? ESC_UNI : ESC_HEX);
        assert_int_equal(esc_policy[c][ESC_BAD], json ? ESC_REPR : ESC_HEX);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_classes),
        cmocka_unit_test(test_contexts),
        cmocka_unit_test(test_json),
        cmocka_unit_test(test_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
