/* test_state.c - the module state's history and the profile's line classes:
 * the shortcuts every record takes (the latest change kept on set, lines
 * refused by their first bytes) answer exactly as the full scans do. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "atscope.h"
#include "../analyzer/classes.h"
#include "../analyzer/state.h"
#include "../analyzer/track.h"

/* The history as it was before the shortcut: the same fold, found by
 * scanning every kept change. */
typedef struct ref_hist {
    uint64_t line[HIST_N];
    int value[HIST_N];
    int n;
    uint64_t base_line;
    int base_value;
} ref_hist;

static void ref_set(ref_hist *h, uint64_t line, int value)
{
    if (h->n == HIST_N) {
        int oldest = 0;
        for (int i = 1; i < HIST_N; i++)
            if (h->line[i] < h->line[oldest])
                oldest = i;
        if (h->line[oldest] >= h->base_line) {
            h->base_line = h->line[oldest];
            h->base_value = h->value[oldest];
        }
        h->line[oldest] = h->line[HIST_N - 1];
        h->value[oldest] = h->value[HIST_N - 1];
        h->n--;
    }
    h->line[h->n] = line;
    h->value[h->n] = value;
    h->n++;
}

static int ref_at(const ref_hist *h, uint64_t line, uint64_t *set_line)
{
    int best = -1;
    for (int i = 0; i < h->n; i++)
        if (h->line[i] < line && (best < 0 || h->line[i] >= h->line[best]))
            best = i;
    if (best >= 0) {
        *set_line = h->line[best];
        return h->value[best];
    }
    *set_line = h->base_line;
    return h->base_line && h->base_line < line ? h->base_value : ST_UNKNOWN;
}

static int ref_last(const ref_hist *h, uint64_t *set_line)
{
    int best = -1;
    for (int i = 0; i < h->n; i++)
        if (best < 0 || h->line[i] >= h->line[best])
            best = i;
    if (best < 0) {
        *set_line = h->base_line;
        return h->base_line ? h->base_value : ST_UNKNOWN;
    }
    *set_line = h->line[best];
    return h->value[best];
}

/* Changes mostly at later lines, some at the same line (two answers of one
 * command), some learnt about earlier lines; more than HIST_N of them, so
 * the fold runs; each value unique, so the change that answers is known. */
static void test_history_as_scanned(void **state)
{
    (void)state;
    uint32_t rng = 12345;
    for (int round = 0; round < 40; round++) {
        st_hist h;
        ref_hist r;
        memset(&h, 0, sizeof h);
        memset(&r, 0, sizeof r);
        uint64_t line = 1;
        for (int k = 0; k < 200; k++) {
            rng = rng * 1103515245u + 12345u;
            unsigned pick = (rng >> 16) % 10;
            uint64_t at = pick < 6   ? (line += 1 + (rng >> 8) % 5)
                          : pick < 8 ? line
                                     : (line > 20 ? line - 1 - (rng >> 4) % 20 : line);
            ats_time t = {(int64_t)at, 0};
            ats_st_set(&h, at, t, 100 + k);
            ref_set(&r, at, 100 + k);
            uint64_t got_line = 0, want_line = 0;
            ats_time got_time;
            assert_int_equal(ats_st_last(&h, &got_line, &got_time), ref_last(&r, &want_line));
            assert_int_equal(got_line, want_line);
            for (uint64_t q = line > 30 ? line - 30 : 1; q <= line + 2; q++) {
                assert_int_equal(ats_st_at(&h, q, &got_line), ref_at(&r, q, &want_line));
                assert_int_equal(got_line, want_line);
            }
        }
    }
}

static void test_history_empty(void **state)
{
    (void)state;
    st_hist h;
    memset(&h, 0, sizeof h);
    uint64_t l = 99;
    assert_int_equal(ats_st_last(&h, &l, NULL), ST_UNKNOWN);
    assert_int_equal(l, 0);
    assert_int_equal(ats_st_at(&h, 5, &l), ST_UNKNOWN);
    ats_st_set(&h, 7, (ats_time){0, 0}, ST_YES);
    assert_int_equal(ats_st_at(&h, 7, &l), ST_UNKNOWN);   /* not before its own line */
    assert_int_equal(ats_st_at(&h, 8, &l), ST_YES);
    assert_int_equal(l, 7);
}

/* Patterns with long literal prefixes (one word decides), short ones (four
 * bytes), one shorter than four (nothing refused), lines that share the
 * first four or eight bytes with a pattern and lines too short to hold one. */
static void test_class_refusal_exact(void **state)
{
    (void)state;
    static const char json[] =
        "{\"profile_version\": 1, \"id\": \"cls\", \"name\": \"classes\", \"commands\": "
        "[{\"name\": \"AT\"}], \"classes\": {"
        "\"flow_off\": [\"^\\\\+MIPXOFF(?:: ?(?<id>\\\\d+))?\"],"
        "\"flow_on\": [\"^\\\\+XON\", \"^\\\\+MIPXON: ?(?<id>\\\\d+)\"],"
        "\"sim_fault\": [\"^\\\\+CME ERROR: ?(?:10|13)\", \"^\\\\+C(?:PIN): NOT\"],"
        "\"link_drop\": [\"^\\\\+MIPSTAT: ?(?<id>\\\\d+),1\", \"^CLOSED\"]}}";
    ats_error e;
    ats_profile *p;
    assert_int_equal(ats_profile_load_buffer(&p, json, sizeof json - 1, "cls", &e), 0);
    ats_classes cl;
    memset(&cl, 0, sizeof cl);
    assert_int_equal(ats_classes_load(&cl, p, &e), 0);
    pcre2_match_data *md = pcre2_match_data_create(cl.max_groups, NULL);
    assert_non_null(md);
    static const char *const lines[] = {
        "+MIPXOFF: 1", "+MIPXOFF", "+MIPXOFX", "+MIPRTCP: 1,3,abc", "+MIPXON: 2", "+MIPXON",
        "+XON", "+XO", "+XONNNNNNN", "+CME ERROR: 10", "+CME ERROR: 3", "+CPIN: NOT READY",
        "+CPIN: READY", "+C", "", "+MIPSTAT: 1,1", "+MIPSTAT: 1,0", "CLOSED", "CLOSE", "OK",
        "+MIPXOFF: 1\r"};
    static const int classes[] = {L_FLOW_OFF, L_FLOW_ON, L_SIM_FAULT, L_LINK_DROP, L_SIM_READY};
    int matched = 0;
    for (size_t c = 0; c < sizeof classes / sizeof classes[0]; c++)
        for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
            const char *s = lines[i];
            size_t n = strlen(s);
            int want = 0;
            const line_class *lc = &cl.lc[classes[c]];
            for (int k = 0; k < lc->n && !want; k++)
                want = ats_re_match(&lc->re[k], md, NULL, s, n) > 0;
            int got = ats_classes_line(&cl, md, NULL, classes[c], s, n, NULL);
            if (got != want)
                fail_msg("class %d, line \"%s\": %d, the patterns say %d", classes[c], s, got,
                         want);
            matched += got;
        }
    /* +MIPXOFF: 1, +MIPXOFF, +MIPXOFF: 1\r; +MIPXON: 2, +XON, +XONNNNNNN;
     * +CME ERROR: 10, +CPIN: NOT READY; +MIPSTAT: 1,1, CLOSED */
    assert_int_equal(matched, 10);
    /* the group still comes through the shortcut */
    ats_span g;
    assert_int_equal(ats_classes_line(&cl, md, NULL, L_FLOW_ON, "+MIPXON: 27", 11, &g), 1);
    assert_int_equal(g.len, 2);
    assert_memory_equal(g.ptr, "27", 2);
    pcre2_match_data_free(md);
    ats_classes_free(&cl);
    ats_profile_free(p);
}

/* The classes a command may be in (ats_classes_may: the engine asks only
 * those): each class holding a spec of the name, none for a name no spec
 * has, and never a class ats_classes_cmd would find it in but may leaves
 * out (excluded forms, `*` and `$`, several commands on a line). */
static void test_class_may_exact(void **state)
{
    (void)state;
    static const char json[] =
        "{\"profile_version\": 1, \"id\": \"cls\", \"name\": \"classes\", \"commands\": "
        "[{\"name\": \"AT\"}], \"classes\": {"
        "\"send\": [\"+MIPSEND=\", \"!+MIPSEND=*,0$\"],"
        "\"open\": [\"+MIPOPEN=\"],"
        "\"socket_query\": [\"+MIPOPEN?\", \"+MIPSEND=*,0$\"],"
        "\"attach\": [\"+MIPCALL=1\", \"!SCACT=1,\"], \"detach\": [\"+MIPCALL=0\"],"
        "\"reset\": [\"!RESET\", \"+CFUN=\", \"!!RESET=0$\", \"!+CFUN=0\"]}}";
    ats_error e;
    ats_profile *p;
    assert_int_equal(ats_profile_load_buffer(&p, json, sizeof json - 1, "cls", &e), 0);
    ats_classes cl;
    memset(&cl, 0, sizeof cl);
    assert_int_equal(ats_classes_load(&cl, p, &e), 0);
    static const struct {
        const char *name, *args;
        ats_cmd_type type;
        uint32_t may, in;
    } cases[] = {
        {"+MIPSEND", "1,100", ATS_CMD_SET, 1u << C_SEND | 1u << C_SOCKET_QUERY, 1u << C_SEND},
        {"+MIPSEND", "1,0", ATS_CMD_SET, 1u << C_SEND | 1u << C_SOCKET_QUERY,
         1u << C_SOCKET_QUERY},
        {"+MIPOPEN", "1,,\"h\",9000,0", ATS_CMD_SET, 1u << C_OPEN | 1u << C_SOCKET_QUERY,
         1u << C_OPEN},
        {"+MIPOPEN", "", ATS_CMD_READ, 1u << C_OPEN | 1u << C_SOCKET_QUERY, 1u << C_SOCKET_QUERY},
        {"+MIPCALL", "1", ATS_CMD_SET, 1u << C_ATTACH | 1u << C_DETACH, 1u << C_ATTACH},
        {"+MIPCALL", "0", ATS_CMD_SET, 1u << C_ATTACH | 1u << C_DETACH, 1u << C_DETACH},
        {"+CSQ", "", ATS_CMD_EXECUTE, 0, 0},
        {"+MIPSEN", "1,100", ATS_CMD_SET, 0, 0},
        /* a "!" then a letter names a "!" command (Sierra's AT!SCACT,
         * AT!RESET); "!!" takes one out, "!+" a "+" one */
        {"!SCACT", "1,1", ATS_CMD_SET, 1u << C_ATTACH, 1u << C_ATTACH},
        {"!SCACT", "0,1", ATS_CMD_SET, 1u << C_ATTACH, 0},
        {"!RESET", "", ATS_CMD_EXECUTE, 1u << C_RESET, 1u << C_RESET},
        {"!RESET", "0", ATS_CMD_SET, 1u << C_RESET, 0},
        {"RESET", "", ATS_CMD_EXECUTE, 0, 0},
        {"+CFUN", "1,1", ATS_CMD_SET, 1u << C_RESET, 1u << C_RESET},
        {"+CFUN", "0", ATS_CMD_SET, 1u << C_RESET, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ats_subcmd sc;
        memset(&sc, 0, sizeof sc);
        sc.name.ptr = cases[i].name;
        sc.name.len = strlen(cases[i].name);
        sc.type = cases[i].type;
        sc.args_raw.ptr = cases[i].args;
        sc.args_raw.len = strlen(cases[i].args);
        ats_txn t;
        memset(&t, 0, sizeof t);
        t.ncmds = 1;
        t.cmds = &sc;
        uint32_t may = ats_classes_may(&cl, &t), in = 0;
        for (int c = 0; c < C_CMD_COUNT; c++)
            if (ats_classes_cmd(&cl, c, &t))
                in |= 1u << c;
        if (may != cases[i].may || in != cases[i].in)
            fail_msg("%s=%s: may %#x in %#x, expected %#x and %#x", cases[i].name, cases[i].args,
                     may, in, cases[i].may, cases[i].in);
        assert_int_equal(in & ~may, 0);
    }
    /* two commands on a line: either one's classes */
    ats_subcmd two[2];
    memset(two, 0, sizeof two);
    two[0].name.ptr = "+CSQ";
    two[0].name.len = 4;
    two[1].name.ptr = "+MIPCALL";
    two[1].name.len = 8;
    ats_txn t;
    memset(&t, 0, sizeof t);
    t.ncmds = 2;
    t.cmds = two;
    assert_int_equal(ats_classes_may(&cl, &t), 1u << C_ATTACH | 1u << C_DETACH);
    ats_classes_free(&cl);
    ats_profile_free(p);
}

/* A dial in a class ("D*99"): D and the start of its dial string, whose
 * `*` and `#` are its own (27.007 10.2.1: ATD*99***1#), never the `*` of
 * one argument; a voice call (ATD+44...;) and a bare D are not in it. */
static void test_class_dial(void **state)
{
    (void)state;
    static const char json[] =
        "{\"profile_version\": 1, \"id\": \"dial\", \"name\": \"dial\", \"commands\": "
        "[{\"name\": \"AT\"}], \"classes\": {\"attach\": [\"D*99\", \"DT*99\", \"+CGACT=1\"]}}";
    ats_error e;
    ats_profile *p;
    assert_int_equal(ats_profile_load_buffer(&p, json, sizeof json - 1, "dial", &e), 0);
    ats_classes cl;
    memset(&cl, 0, sizeof cl);
    assert_int_equal(ats_classes_load(&cl, p, &e), 0);
    static const struct {
        const char *args;
        int in;
    } cases[] = {
        {"*99#", 1}, {"*99***1#", 1}, {"t*99#", 1}, {"T*99***2#", 1},
        {"*98#", 0}, {"+441234567890;", 0}, {"", 0}, {"*9", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ats_subcmd sc;
        memset(&sc, 0, sizeof sc);
        sc.name.ptr = "D";
        sc.name.len = 1;
        sc.type = ATS_CMD_EXECUTE;
        sc.args_raw.ptr = cases[i].args;
        sc.args_raw.len = strlen(cases[i].args);
        ats_txn t;
        memset(&t, 0, sizeof t);
        t.ncmds = 1;
        t.cmds = &sc;
        if (ats_classes_cmd(&cl, C_ATTACH, &t) != cases[i].in)
            fail_msg("ATD%s: attach %d, expected %d", cases[i].args, !cases[i].in, cases[i].in);
        assert_int_equal(ats_classes_may(&cl, &t) & ~(1u << C_ATTACH), 0);
    }
    char ex[80];
    ats_classes_example(&cl, C_ATTACH, ex, sizeof ex);
    assert_string_equal(ex, "ATD*99");
    ats_classes_free(&cl);
    ats_profile_free(p);
}

/* The tracker's memo of line classes (one record's lines asked of by the
 * tracker and by several rules) answers as the classes do: asked again in
 * the same record, asked with its group after a yes, and for the same
 * address holding other bytes, or fewer of them, in the next record. */
static void test_tracker_memo_exact(void **state)
{
    (void)state;
    static const char json[] =
        "{\"profile_version\": 1, \"id\": \"cls\", \"name\": \"classes\", \"commands\": "
        "[{\"name\": \"AT\"}], \"classes\": {"
        "\"sim_ready\": [\"^\\\\+CPIN: ?READY\\\\s*$\"],"
        "\"sim_fault\": [\"^\\\\+CPIN: ?NOT\", \"^\\\\+CME ERROR: ?(?:10|13)\"],"
        "\"flow_on\": [\"^\\\\+MIPXON: ?(?<id>\\\\d+)\"],"
        "\"registration_urc\": [\"^\\\\+C(?:G|E)?REG: ?(?<stat>\\\\d+)\"]}}";
    ats_error e;
    ats_profile *p;
    assert_int_equal(ats_profile_load_buffer(&p, json, sizeof json - 1, "cls", &e), 0);
    ats_classes cl;
    memset(&cl, 0, sizeof cl);
    assert_int_equal(ats_classes_load(&cl, p, &e), 0);
    pcre2_match_data *md = pcre2_match_data_create(cl.max_groups + 1, NULL);
    ats_tracker tk;
    assert_int_equal(ats_tracker_init(&tk, p, &cl, &e), 0);
    /* one buffer, as a record's text is reused by the next record */
    static const char *const recs[] = {
        "+CPIN: READY", "+CPIN: NOT INSERTED", "+CPIN: READY", "+CME ERROR: 10", "+CME ERROR: 3",
        "+MIPXON: 27", "+MIPXON: 3", "+CGREG: 1", "+CEREG: 5", "+CSQ: 20,99", "OK"};
    static const int classes[] = {L_SIM_READY, L_SIM_FAULT, L_FLOW_ON, L_REG_URC};
    char buf[32];
    int yes = 0;
    for (size_t r = 0; r < sizeof recs / sizeof recs[0]; r++) {
        ats_tracker_next_record(&tk);
        size_t n = strlen(recs[r]);
        memcpy(buf, recs[r], n);
        for (int round = 0; round < 3; round++)   /* the same line asked again and again */
            for (size_t c = 0; c < sizeof classes / sizeof classes[0]; c++) {
                /* the whole line, then each of its prefixes (same address, other lengths) */
                for (size_t len = n; len > 0; len--) {
                    ats_span want_g = {0}, got_g = {0};
                    int want = ats_classes_line(&cl, md, NULL, classes[c], buf, len, &want_g);
                    ats_span sp = {buf, len};
                    int got = round == 1 ? ats_tracker_line_ask(&tk, classes[c], buf, len, &got_g)
                                         : ats_tracker_line_is(&tk, classes[c], sp);
                    if (got != want)
                        fail_msg("record %zu \"%.*s\", class %d, round %d: %d, the classes say %d",
                                 r, (int)len, buf, classes[c], round, got, want);
                    if (round == 1 && got) {   /* the group after a memoized yes */
                        assert_int_equal(got_g.len, want_g.len);
                        assert_ptr_equal(got_g.ptr, want_g.ptr);
                    }
                    yes += got && round == 0 && len == n;
                }
            }
    }
    /* READY twice; NOT INSERTED, ERROR: 10; +MIPXON: 27, 3; +CGREG: 1, +CEREG: 5 */
    assert_int_equal(yes, 8);
    ats_tracker_free(&tk);
    pcre2_match_data_free(md);
    ats_classes_free(&cl);
    ats_profile_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_history_as_scanned),
        cmocka_unit_test(test_history_empty),
        cmocka_unit_test(test_class_refusal_exact),
        cmocka_unit_test(test_class_may_exact),
        cmocka_unit_test(test_class_dial),
        cmocka_unit_test(test_tracker_memo_exact),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
