/* test_evidence.c - the evidence window (parser/evidence.c): a violation
 * gets exactly the lines it names with their context, lines still to come
 * are filled as they arrive, pieces of one line join, a named line that left
 * the window is counted as dropped, requests are capped; and through the
 * parser's line tap, however the bytes are chunked, the same lines. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "atscope.h"

static void feed(ats_evidence *ev, uint64_t line, const char *text)
{
    ats_line l;
    memset(&l, 0, sizeof l);
    l.line = line;
    l.text.ptr = text;
    l.text.len = strlen(text);
    ats_evidence_feed(ev, &l);
}

/* "22c 23r 25f" plus " dropped N" */
static void shape(const ats_evidence *ev, size_t t, char *out, size_t cap)
{
    size_t k = 0;
    out[0] = 0;
    for (size_t i = 0; i < ats_evidence_count(ev, t); i++) {
        ats_evidence_line l;
        ats_evidence_at(ev, t, i, &l);
        k += (size_t)snprintf(out + k, cap - k, "%s%llu%c=%.*s", i ? " " : "",
                              (unsigned long long)l.line, "cfr"[l.role], (int)l.text.len,
                              l.text.ptr);
    }
    if (ats_evidence_dropped(ev, t))
        snprintf(out + k, cap - k, " dropped %llu", (unsigned long long)ats_evidence_dropped(ev, t));
}

static ats_violation viol(uint64_t line, uint64_t related)
{
    ats_violation v;
    memset(&v, 0, sizeof v);
    v.rule = "r";
    v.line = line;
    if (related) {
        v.nrelated = 1;
        v.related[0].line = related;
    }
    return v;
}

static void test_window(void **state)
{
    (void)state;
    ats_evidence_opts o;
    ats_evidence_opts_default(&o);
    assert_int_equal(o.context, 2);
    o.context = 1;
    o.window = 4;
    ats_evidence *ev;
    assert_int_equal(ats_evidence_new(&ev, &o, NULL), 0);
    char got[512];
    size_t t0, t1, t2, t3;
    for (uint64_t n = 1; n <= 5; n++) {
        char s[8];
        snprintf(s, sizeof s, "L%llu", (unsigned long long)n);
        feed(ev, n, s);
    }
    /* line 1 left the window of 4 (2..5): dropped; its context line 2 is there */
    ats_violation v = viol(5, 1);
    assert_int_equal(ats_evidence_ask(ev, &v, &t0, NULL), 0);
    /* raised at line 5 about line 5: line 6 is context still to come */
    v = viol(4, 0);
    assert_int_equal(ats_evidence_ask(ev, &v, &t1, NULL), 0);
    /* a finding before its related line is filled as it streams by */
    v = viol(5, 7);
    assert_int_equal(ats_evidence_ask(ev, &v, &t2, NULL), 0);
    feed(ev, 6, "L6");
    feed(ev, 6, " more");       /* a second piece of line 6 */
    feed(ev, 7, "L7");
    feed(ev, 9, "L9");          /* past every request: they close */
    feed(ev, 8, "late");        /* out of order, after the close: not taken */
    v = viol(9, 0);
    assert_int_equal(ats_evidence_ask(ev, &v, &t3, NULL), 0);
    ats_evidence_finish(ev);
    shape(ev, t0, got, sizeof got);
    assert_string_equal(got, "2c=L2 4c=L4 5f=L5 6c=L6 more dropped 1");
    shape(ev, t1, got, sizeof got);
    assert_string_equal(got, "3c=L3 4f=L4 5c=L5");
    shape(ev, t2, got, sizeof got);
    assert_string_equal(got, "4c=L4 5f=L5 6c=L6 more 7r=L7");
    shape(ev, t3, got, sizeof got);
    assert_string_equal(got, "8c=late 9f=L9");
    ats_evidence_free(ev);
}

/* a command far back is kept apart from the window; other lines are not */
static void test_commands(void **state)
{
    (void)state;
    ats_evidence_opts o;
    ats_evidence_opts_default(&o);
    o.context = 1;
    o.window = 8;
    ats_evidence *ev;
    assert_int_equal(ats_evidence_new(&ev, &o, NULL), 0);
    feed(ev, 1, "AT+MIPOPEN=1,,\"h\",1,0");
    feed(ev, 2, "OK");
    for (uint64_t n = 3; n < 100; n++)
        feed(ev, n, "+CREG: 1");
    feed(ev, 100, "at+mipopen?");
    ats_violation v = viol(100, 1);
    size_t t, u;
    assert_int_equal(ats_evidence_ask(ev, &v, &t, NULL), 0);
    v = viol(100, 2);
    assert_int_equal(ats_evidence_ask(ev, &v, &u, NULL), 0);
    ats_evidence_finish(ev);
    char got[512];
    shape(ev, t, got, sizeof got);
    assert_string_equal(got, "1r=AT+MIPOPEN=1,,\"h\",1,0 99c=+CREG: 1 100f=at+mipopen?");
    shape(ev, u, got, sizeof got);
    assert_string_equal(got, "99c=+CREG: 1 100f=at+mipopen? dropped 1");
    ats_evidence_free(ev);
}

static void test_caps(void **state)
{
    (void)state;
    ats_evidence_opts o;
    ats_evidence_opts_default(&o);
    o.context = 99;               /* clamped */
    o.max_text = 16;
    ats_evidence *ev;
    assert_int_equal(ats_evidence_new(&ev, &o, NULL), 0);
    feed(ev, 1, "0123456789abcdefXYZ");
    ats_violation v = viol(1, 0);
    size_t t;
    assert_int_equal(ats_evidence_ask(ev, &v, &t, NULL), 0);
    ats_evidence_line l;
    ats_evidence_at(ev, t, 0, &l);
    assert_int_equal(l.text.len, 16);
    assert_int_equal(l.cut, 3);
    assert_int_equal(l.role, ATS_EV_FINDING);
    /* the context is at most ATS_EVIDENCE_MAX_CONTEXT lines each side */
    for (uint64_t n = 2; n <= 40; n++)
        feed(ev, n, "x");
    ats_evidence_finish(ev);
    assert_int_equal(ats_evidence_count(ev, t), 1 + ATS_EVIDENCE_MAX_CONTEXT);
    ats_evidence_free(ev);
}

/* through the parser: what the builder gets, whatever the chunks */
static const char capture[] =
    "AT\r\r\nOK\r\n\r\nAT+MIPOPEN=1,,\"1.2.3.4\",9000,0\r\r\nOK\r\nAT+MIPOPEN?\r\r\nERROR\r\n"
    "\r\n+MIPOPEN: 1,1\r\nAT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\n";

static int tap_feed(void *user, const ats_line *l)
{
    ats_evidence_feed(user, l);
    return 0;
}

static void parse_in(size_t piece, char *got, size_t cap)
{
    ats_profile *p;
    assert_int_equal(ats_profile_load_builtin(&p, "fibocom-l610", NULL), 0);
    ats_parser *ps;
    assert_int_equal(ats_parser_new(&ps, p, NULL, NULL, NULL, NULL), 0);
    ats_evidence *ev;
    assert_int_equal(ats_evidence_new(&ev, NULL, NULL), 0);
    ats_parser_set_line_tap(ps, tap_feed, ev, ats_evidence_max_text(ev));
    size_t t = 0;
    for (size_t i = 0; i < sizeof capture - 1; i += piece) {
        size_t n = sizeof capture - 1 - i < piece ? sizeof capture - 1 - i : piece;
        assert_int_equal(ats_parser_feed(ps, capture + i, n, NULL), 0);
        if (i <= 60 && i + n > 60) {       /* asked in the middle, about line 6 */
            ats_violation v = viol(6, 4);
            assert_int_equal(ats_evidence_ask(ev, &v, &t, NULL), 0);
        }
    }
    assert_int_equal(ats_parser_finish(ps, NULL), 0);
    ats_evidence_finish(ev);
    shape(ev, t, got, cap);
    ats_evidence_free(ev);
    ats_parser_free(ps);
    ats_profile_free(p);
}

static void test_parser_chunked(void **state)
{
    (void)state;
    char whole[512], got[512];
    parse_in(sizeof capture, whole, sizeof whole);
    assert_string_equal(whole, "2c=OK 4r=AT+MIPOPEN=1,,\"1.2.3.4\",9000,0 5c=OK 6f=AT+MIPOPEN? "
                               "7c=ERROR");
    for (size_t piece = 1; piece < 40; piece += 3) {
        parse_in(piece, got, sizeof got);
        assert_string_equal(got, whole);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_window),
        cmocka_unit_test(test_commands),
        cmocka_unit_test(test_caps),
        cmocka_unit_test(test_parser_chunked),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
