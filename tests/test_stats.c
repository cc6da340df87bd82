/* test_stats.c - `atscope stats` from a capture to its output: the counts,
 * results and latency percentiles the accumulator keeps (analyzer/stats.c),
 * merging captures, and the two writers (cli/stats_json.c, stats_text.c),
 * with a URC name from the capture that must come out escaped. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "atscope.h"
#include "stats.h"

/* One source line: time in ms, bytes. */
typedef struct ev {
    long ms;
    const char *text;
} ev;

/* Three AT+CSQ (final after 120, 250 and 30 ms, the last an ERROR), one
 * AT+CPIN? with +CME ERROR after 10 ms, two URCs of a name no profile knows
 * (a right-to-left override in it). */
static const ev session[] = {
    {0, "AT+CSQ\r\n"},           {100, "+CSQ: 20,99\r\n"}, {120, "OK\r\n"},
    {1000, "AT+CSQ\r\n"},        {1250, "OK\r\n"},         {2000, "AT+CSQ\r\n"},
    {2030, "ERROR\r\n"},         {3000, "AT+CPIN?\r\n"},   {3010, "+CME ERROR: 10\r\n"},
    {4000, "+ZZZ\xe2\x80\xae: 1\r\n"}, {5000, "+ZZZ\xe2\x80\xae: 2\r\n"},
};

static ats_profile *prof;

static int setup(void **state)
{
    (void)state;
    ats_error e;
    return ats_profile_load_builtin(&prof, "3gpp", &e);
}

static int teardown(void **state)
{
    (void)state;
    ats_profile_free(prof);
    return 0;
}

static int on_record(void *user, const ats_record *r) { return ats_statsacc_feed(user, r); }

/* The session through a parser into a new accumulator. */
static ats_statsacc *collect(void)
{
    ats_statsacc *acc;
    ats_error e;
    assert_int_equal(ats_statsacc_new(&acc), 0);
    ats_parser *ps;
    assert_int_equal(ats_parser_new(&ps, prof, NULL, on_record, acc, &e), 0);
    uint64_t off = 0;
    for (size_t i = 0; i < sizeof session / sizeof session[0]; i++) {
        ats_chunk c;
        memset(&c, 0, sizeof c);
        c.bytes = (const uint8_t *)session[i].text;
        c.len = strlen(session[i].text);
        c.line = i + 1;
        c.offset = off;
        off += c.len;
        c.time.kind = ATS_TIME_RELATIVE;
        c.time.us = (int64_t)session[i].ms * 1000;
        assert_int_equal(ats_parser_feed_chunk(ps, &c, &e), 0);
    }
    assert_int_equal(ats_parser_finish(ps, &e), 0);
    ats_parser_free(ps);
    return acc;
}

static const ats_cmd_stats *find(const ats_statsacc *acc, const char *name, ats_cmd_stats *out)
{
    for (size_t i = 0; i < ats_statsacc_ncmds(acc); i++) {
        ats_statsacc_cmd(acc, i, out);
        if (!strcmp(out->name, name))
            return out;
    }
    fail_msg("no command %s", name);
    return NULL;
}

/* within the histogram's precision (about 3 %) */
static void near(double got, double want)
{
    if (fabs(got - want) > want * 0.03)
        fail_msg("%f is not about %f", got, want);
}

static void test_counts_and_latencies(void **state)
{
    (void)state;
    ats_statsacc *acc = collect();
    assert_int_equal(ats_statsacc_ncmds(acc), 2);
    ats_cmd_stats s;
    find(acc, "AT+CSQ", &s);
    assert_int_equal(s.count, 3);
    assert_int_equal(s.ok, 2);
    assert_int_equal(s.error, 1);
    assert_int_equal(s.cme, 0);
    assert_int_equal(s.no_final, 0);
    assert_int_equal(s.final_n, 3);
    near(s.final_p50_ms, 120);          /* 30, 120, 250: the middle one */
    assert_true(s.final_p95_ms <= 250 && s.final_p95_ms > 240);
    assert_true(s.final_max_ms == 250);
    assert_int_equal(s.compl_n, 0);
    assert_true(s.compl_p50_ms < 0);    /* none measured: -1 */
    find(acc, "AT+CPIN?", &s);
    assert_int_equal(s.count, 1);
    assert_int_equal(s.cme, 1);
    assert_int_equal(s.ok, 0);
    near(s.final_max_ms, 10);
    assert_int_equal(ats_statsacc_nurcs(acc), 1);
    const char *name;
    uint64_t n;
    ats_statsacc_urc(acc, 0, &name, &n);
    assert_string_equal(name, "+ZZZ\xe2\x80\xae");
    assert_int_equal(n, 2);
    ats_statsacc_free(acc);
}

static void test_merge(void **state)
{
    (void)state;
    ats_statsacc *a = collect(), *b = collect();
    assert_int_equal(ats_statsacc_merge(a, b), 0);
    ats_cmd_stats s;
    find(a, "AT+CSQ", &s);
    assert_int_equal(s.count, 6);
    assert_int_equal(s.final_n, 6);
    assert_true(s.final_max_ms == 250);
    near(s.final_p50_ms, 120);
    const char *name;
    uint64_t n;
    ats_statsacc_urc(a, 0, &name, &n);
    assert_int_equal(n, 4);
    ats_statsacc_free(a);
    ats_statsacc_free(b);
}

/* Many names: 300 commands and 150 URCs, each once, past the 256 commands
 * and 128 URCs kept by name (the rest are counted as "(other)" and
 * urc_other); names found by hash, in first-seen order. */
static ats_statsacc *collect_many(void)
{
    ats_statsacc *acc;
    ats_error e;
    assert_int_equal(ats_statsacc_new(&acc), 0);
    ats_parser *ps;
    assert_int_equal(ats_parser_new(&ps, prof, NULL, on_record, acc, &e), 0);
    char buf[64];
    for (int i = 0; i < 450; i++) {
        if (i < 300)
            snprintf(buf, sizeof buf, "AT+Z%03d\r\nOK\r\n", i);
        else
            snprintf(buf, sizeof buf, "+U%03d: 1\r\n", i - 300);
        assert_int_equal(ats_parser_feed(ps, buf, strlen(buf), &e), 0);
    }
    assert_int_equal(ats_parser_finish(ps, &e), 0);
    ats_parser_free(ps);
    return acc;
}

static void test_many_names(void **state)
{
    (void)state;
    /* into an empty accumulator twice: the names the first merge made are
     * found by the second, never doubled */
    ats_statsacc *a, *b = collect_many();
    assert_int_equal(ats_statsacc_new(&a), 0);
    for (int round = 1; round <= 2; round++) {
        assert_int_equal(ats_statsacc_merge(a, b), 0);
        assert_int_equal(ats_statsacc_ncmds(a), 257);
        ats_cmd_stats s;
        ats_statsacc_cmd(a, 0, &s);
        assert_string_equal(s.name, "AT+Z000");
        assert_int_equal(s.count, round);
        ats_statsacc_cmd(a, 255, &s);
        assert_string_equal(s.name, "AT+Z255");
        ats_statsacc_cmd(a, 256, &s);
        assert_string_equal(s.name, "(other)");
        assert_int_equal(s.count, 44 * round);
        assert_int_equal(ats_statsacc_nurcs(a), 128);
        const char *name;
        uint64_t n;
        ats_statsacc_urc(a, 127, &name, &n);
        assert_string_equal(name, "+U127");
        assert_int_equal(n, round);
    }
    ats_statsacc_free(a);
    ats_statsacc_free(b);
}

/* What a writer writes for the session (one file of 11 lines, timed). */
static char *written(int (*write)(FILE *, const stats_total *))
{
    stats_total t;
    memset(&t, 0, sizeof t);
    t.acc = collect();
    t.files = 1;
    t.lines = 11;
    t.timed = 1;
    char *mem = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&mem, &len);
    assert_non_null(f);
    assert_int_equal(write(f, &t), 0);
    fclose(f);
    ats_statsacc_free(t.acc);
    return mem;
}

static void test_json(void **state)
{
    (void)state;
    char *out = written(stats_write_json);
    json_error_t je;
    json_t *root = json_loads(out, 0, &je);
    if (!root)
        fail_msg("stats JSON does not parse: %s\n%s", je.text, out);
    assert_int_equal(json_integer_value(json_object_get(root, "stats_version")), 1);
    json_t *in = json_object_get(root, "inputs");
    assert_int_equal(json_integer_value(json_object_get(in, "files")), 1);
    assert_true(json_is_true(json_object_get(in, "has_timestamps")));
    json_t *cmds = json_object_get(root, "commands");
    assert_int_equal(json_array_size(cmds), 2);
    json_t *csq = json_array_get(cmds, 0);
    assert_string_equal(json_string_value(json_object_get(csq, "command")), "AT+CSQ");
    assert_int_equal(json_integer_value(json_object_get(csq, "count")), 3);
    json_t *res = json_object_get(csq, "results");
    assert_int_equal(json_integer_value(json_object_get(res, "ok")), 2);
    assert_int_equal(json_integer_value(json_object_get(res, "error")), 1);
    json_t *fl = json_object_get(csq, "final_latency");
    assert_int_equal(json_integer_value(json_object_get(fl, "n")), 3);
    assert_true(json_real_value(json_object_get(fl, "max_ms")) == 250.0);
    assert_true(json_is_null(json_object_get(json_object_get(csq, "completion_latency"),
                                             "p50_ms")));
    /* the URC's name is exact in the data, and not raw in the text */
    json_t *urcs = json_object_get(root, "urcs");
    assert_int_equal(json_integer_value(json_object_get(urcs, "+ZZZ\xe2\x80\xae")), 2);
    assert_non_null(strstr(out, "\"+ZZZ\\u202e\": 2"));
    assert_null(strstr(out, "\xe2\x80\xae"));
    json_decref(root);
    free(out);
}

static void test_text(void **state)
{
    (void)state;
    char *out = written(stats_write_text);
    /* AT+CSQ: 3 sent, 2 OK, 1 ERROR, p50/p95/max 120/250/250 ms */
    char row[200];
    snprintf(row, sizeof row, "%-28s %7d %7d %6d %5d %5d %7d %6d %19s %10s %19s\n", "AT+CSQ", 3,
             2, 1, 0, 0, 0, 0, "120/250/250", "-", "-");
    if (!strstr(out, row))
        fail_msg("no row\n%sin\n%s", row, out);
    snprintf(row, sizeof row, "\n%-28s %7d\n", "+ZZZ\\xe2\\x80\\xae", 2);
    if (!strstr(out, row))
        fail_msg("no URC row\n%sin\n%s", row, out);
    assert_null(strstr(out, "\xe2\x80\xae"));
    assert_non_null(strstr(out, "\ndata mode: 0 stretches, 0 bytes, 0.000 s;"));
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counts_and_latencies),
        cmocka_unit_test(test_merge),
        cmocka_unit_test(test_many_names),
        cmocka_unit_test(test_json),
        cmocka_unit_test(test_text),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
