/* test_jsonw.c - the purpose-built JSON Lines writer, checked by Jansson
 * reading back what it wrote: any capture bytes give valid JSON that keeps
 * the text exactly (valid UTF-8 as is, anything else escaped and flagged). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <jansson.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "atscope.h"
#include "common.h"
#include "jsonw.h"
#include "record_json.h"
#include "timefmt.h"

/* What the text must decode to when it is not valid UTF-8. */
static size_t repr(char *out, const unsigned char *p, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        if (p[i] == '\\') {
            out[k++] = '\\';
            out[k++] = '\\';
            i++;
            continue;
        }
        if (p[i] < 0x80) {
            out[k++] = (char)p[i++];
            continue;
        }
        /* the longest valid sequence at i is kept */
        size_t m = 0;
        for (size_t len = 2; len <= 4 && i + len <= n && !m; len++)
            if (ats_is_utf8(p + i, len))
                m = len;
        if (m) {
            memcpy(out + k, p + i, m);
            k += m;
            i += m;
        } else {
            k += (size_t)sprintf(out + k, "\\x%02x", p[i]);
            i++;
        }
    }
    return k;
}

static void roundtrip(const unsigned char *p, size_t n)
{
    char *mem = NULL;
    size_t memlen = 0;
    FILE *f = open_memstream(&mem, &memlen);
    jsonw w;
    assert_int_equal(jw_init(&w, f, 64), 0); /* tiny buffer: flushes mid-record */
    for (int rep = 0; rep < 3; rep++) {
        jw_obj_begin(&w);
        jw_str(&w, "kind", "x");
        int esc = jw_bytes(&w, "text", (const char *)p, n);
        jw_bool(&w, "escaped", esc);
        jw_u64(&w, "n", n);
        jw_obj_end(&w);
        jw_newline(&w);
    }
    assert_int_equal(jw_flush(&w), 0);
    jw_free(&w);
    fclose(f);
    char *line = mem;
    for (int rep = 0; rep < 3; rep++) {
        char *nl = strchr(line, '\n');
        assert_non_null(nl);
        json_error_t je;
        json_t *o = json_loadb(line, (size_t)(nl - line), JSON_ALLOW_NUL, &je);
        if (!o)
            fail_msg("invalid JSON: %s", je.text);
        json_t *t = json_object_get(o, "text");
        int escaped = json_is_true(json_object_get(o, "escaped"));
        assert_int_equal(escaped, !ats_is_utf8(p, n));
        assert_int_equal(json_integer_value(json_object_get(o, "n")), n);
        const char *got = json_string_value(t);
        size_t gotlen = json_string_length(t);
        if (!escaped) {
            assert_int_equal(gotlen, n);
            assert_memory_equal(got, p, n);
        } else {
            char *want = malloc(n * 4 + 1);
            size_t wl = repr(want, p, n);
            assert_int_equal(gotlen, wl);
            assert_memory_equal(got, want, wl);
            free(want);
        }
        json_decref(o);
        line = nl + 1;
    }
    free(mem);
}

static void test_fixed(void **state)
{
    (void)state;
    static const char *const cases[] = {
        "", "OK", "+CSQ: 31,99", "quote\" back\\slash", "\r\n\t\x01\x1a\x1b[31m\x7f",
        "\xe4\xbd\xa0\xe5\xa5\xbd", "\xc4\xe3\xba\xc3", "\xff\xfe", "a\\b\xff", "\xed\xa0\x80",
        "\xf4\x90\x80\x80", "\xe4\xbd", "ok \xe4\xbd\xa0 then \xc3",
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        roundtrip((const unsigned char *)cases[i], strlen(cases[i]));
    static const unsigned char nul[] = {'A', 0, 'T', 0, 0xff, 0};
    roundtrip(nul, sizeof nul);
}

static void test_random(void **state)
{
    (void)state;
    uint32_t s = 12345;
    unsigned char buf[300];
    for (int t = 0; t < 3000; t++) {
        size_t n = (size_t)(t % 300);
        for (size_t i = 0; i < n; i++) {
            s ^= s << 13;
            s ^= s >> 17;
            s ^= s << 5;
            /* mix of ASCII, UTF-8 lead/continuation bytes and controls */
            buf[i] = (s & 1) ? (unsigned char)(0x20 + (s >> 8) % 95) : (unsigned char)(s >> 8);
        }
        roundtrip(buf, n);
    }
}

/* The plain run is found 16, then the last 16 ending at n, then 8 bytes at
 * a time: a byte to escape at every position of strings of every length
 * around those steps, each in a buffer of exactly its length (ASan: no
 * read past it), and the same strings with none. */
static void test_runs(void **state)
{
    (void)state;
    static const unsigned char odd[] = {0x00, 0x1f, 0x7f, 0x80, 0xff, '"', '\\', '\n'};
    for (size_t n = 1; n <= 48; n++) {
        unsigned char *b = malloc(n);
        assert_non_null(b);
        for (size_t i = 0; i < n; i++)
            b[i] = (unsigned char)(0x20 + (i * 7 + n) % 95);
        for (size_t i = 0; i < n; i++)   /* no '"' or '\\' in the plain string */
            if (b[i] == '"' || b[i] == '\\')
                b[i] = 'x';
        roundtrip(b, n);
        for (size_t at = 0; at < n; at++)
            for (size_t k = 0; k < sizeof odd; k++) {
                unsigned char keep = b[at];
                b[at] = odd[k];
                roundtrip(b, n);
                b[at] = keep;
            }
        free(b);
    }
}

/* jw_lit copies a name up to its NUL when it has room and is at most 32
 * bytes, else the long way: names of every length around that, written
 * enough times that the buffer fills and flushes in the middle of some. */
static void test_lit(void **state)
{
    (void)state;
    char name[48];
    for (size_t n = 0; n <= 40; n++) {
        for (size_t i = 0; i < n; i++)
            name[i] = (char)('a' + (i % 26));
        name[n] = 0;
        char *mem = NULL;
        size_t memlen = 0;
        FILE *f = open_memstream(&mem, &memlen);
        jsonw w;
        assert_int_equal(jw_init(&w, f, 0), 0);
        for (int rep = 0; rep < 300; rep++) {
            jw_obj_begin(&w);
            jw_lit(&w, "k", name);
            jw_obj_end(&w);
            jw_newline(&w);
        }
        assert_int_equal(jw_flush(&w), 0);
        jw_free(&w);
        fclose(f);
        char *line = mem;
        for (int rep = 0; rep < 300; rep++) {
            char *nl = strchr(line, '\n');
            assert_non_null(nl);
            json_error_t je;
            json_t *o = json_loadb(line, (size_t)(nl - line), 0, &je);
            if (!o)
                fail_msg("invalid JSON: %s", je.text);
            assert_string_equal(json_string_value(json_object_get(o, "k")), name);
            json_decref(o);
            line = nl + 1;
        }
        free(mem);
    }
}

/* jw_ms writes in integers what "%.6f" writes for us / 1000.0 */
static void test_ms(void **state)
{
    (void)state;
    static const int64_t fixed[] = {0,       1,          999,        1000,       1001,
                                    -1,      -999,       -1000,      -1001,      12500,
                                    76250000, 86399999999, 1LL << 49, -(1LL << 49), 1LL << 51};
    unsigned seed = 7;
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0] + 20000; i++) {
        int64_t us;
        if (i < sizeof fixed / sizeof fixed[0]) {
            us = fixed[i];
        } else {
            seed = seed * 1103515245u + 12345u;
            us = (int64_t)(seed >> 4) * ((i & 1) ? 1 : -1) * (int64_t)((i % 7) * 1000 + 1);
        }
        char *mem = NULL;
        size_t memlen = 0;
        FILE *f = open_memstream(&mem, &memlen);
        jsonw w;
        assert_int_equal(jw_init(&w, f, 64), 0);
        jw_ms(&w, NULL, us);
        assert_int_equal(jw_flush(&w), 0);
        jw_free(&w);
        fclose(f);
        char want[64];
        snprintf(want, sizeof want, "%.6f", (double)us / 1000.0);
        assert_string_equal(mem, want);
        free(mem);
    }
}

/* jw_bytes' inline path for short plain strings writes what jw__escape
 * writes, and leaves the rest to it: strings of 0-20 bytes from an alphabet
 * of plain letters and every kind of byte JSON escapes or UTF-8 decides. */
static void test_bytes_short(void **state)
{
    (void)state;
    static const unsigned char alpha[] = {'a', 'Z', '0', ' ', '~', '"', '\\', 0x1f, 0x00,
                                          0x7f, 0x80, 0xc3, 0xa9, 0xff, '<', 'A'};
    unsigned seed = 5;
    for (size_t i = 0; i < 200000; i++) {
        unsigned char t[24];
        seed = seed * 1103515245u + 12345u;
        size_t n = (seed >> 16) % 21;
        int plain = (seed >> 8 & 3) != 0;   /* mostly the inline path's strings */
        for (size_t k = 0; k < n; k++) {
            seed = seed * 1103515245u + 12345u;
            t[k] = plain && (seed >> 24) % 8 ? (unsigned char)(0x20 + (seed >> 16) % 95)
                                             : alpha[(seed >> 16) % sizeof alpha];
        }
        jsonw a, b;
        assert_int_equal(jw_init_mem(&a), 0);
        assert_int_equal(jw_init_mem(&b), 0);
        int ra = jw_bytes(&a, "k", (const char *)t, n);
        jw_key(&b, "k");
        int rb = jw__escape(&b, (const char *)t, n, 0);
        assert_int_equal(ra, rb);
        assert_string_equal(jw_cstr(&a), jw_cstr(&b));
        jw_free(&a);
        jw_free(&b);
    }
}

/* jw_u64 counts the digits and writes them in place: every length from one
 * digit to twenty, either side of each power of ten, as printf writes them;
 * jw_i64 the same, negative and positive, INT64_MIN and INT64_MAX too. */
static void test_u64(void **state)
{
    (void)state;
    char *mem = NULL;
    size_t memlen = 0;
    FILE *f = open_memstream(&mem, &memlen);
    jsonw w;
    assert_int_equal(jw_init(&w, f, 64), 0);
    char want[64 * 21 * 3 * 3 + 64] = "";
    size_t wl = 0;
    uint64_t p = 1;
    for (int d = 0; d < 20; d++, p *= 10)
        for (int k = -1; k <= 1; k++) {
            uint64_t v = d == 0 && k < 0 ? UINT64_MAX : p + (uint64_t)(int64_t)k;
            jw_u64(&w, NULL, v);
            wl += (size_t)snprintf(want + wl, sizeof want - wl, "%s%" PRIu64, wl ? "," : "", v);
            int64_t s = d < 19 || k < 0 ? -(int64_t)(v % 1000000000000000000ull) : INT64_MIN;
            jw_i64(&w, NULL, s);
            jw_i64(&w, NULL, (s == INT64_MIN ? INT64_MAX : -s));
            wl += (size_t)snprintf(want + wl, sizeof want - wl, ",%" PRId64 ",%" PRId64, s,
                                   (s == INT64_MIN ? INT64_MAX : -s));
        }
    assert_int_equal(jw_flush(&w), 0);
    jw_free(&w);
    fclose(f);
    assert_string_equal(mem, want);
    free(mem);
}

/* fmt_time_memo_at writes what fmt_time_at writes, whatever came before:
 * runs in one second, steps across seconds both ways, every kind, the
 * negative times and those gmtime cannot break down. */
static void test_time_memo(void **state)
{
    (void)state;
    static const ats_time_kind kinds[] = {ATS_TIME_NONE, ATS_TIME_RELATIVE, ATS_TIME_OF_DAY,
                                          ATS_TIME_ABSOLUTE, ATS_TIME_LOCAL};
    static const int64_t fixed[] = {0, 1, 999999, 1000000, 1000001, -1, -999999, -1000000,
                                    -1000001, 86399999999, 86400000000, 172800000001,
                                    1733580000123456, INT64_MAX, INT64_MIN / 2};
    fmt_time_memo m;
    memset(&m, 0, sizeof m);
    unsigned seed = 11;
    int64_t us = 0;
    for (size_t i = 0; i < 400000; i++) {
        seed = seed * 1103515245u + 12345u;
        ats_time t;
        t.kind = kinds[(seed >> 8) % 5 ? (i / 1000) % 5 : (seed >> 12) % 5];
        if (i < sizeof fixed / sizeof fixed[0])
            us = fixed[i];
        else if (seed >> 28 == 0)
            us = fixed[(seed >> 16) % (sizeof fixed / sizeof fixed[0])];
        else if (us > (1LL << 60) || us < -(1LL << 60))   /* no walk off the range */
            us = 1733580000123456;
        else   /* mostly small steps, some across a second, some back */
            us += (int64_t)((seed >> 10) % ((seed >> 27) & 1 ? 3000000 : 20000)) - 1000;
        t.us = us;
        char want[FMT_TIME_MAX + 8], got[FMT_TIME_MAX + 8];
        size_t wn = fmt_time_at(want, t), gn = fmt_time_memo_at(&m, got, t);
        assert_int_equal(gn, wn);
        assert_memory_equal(got, want, wn);
    }
}

/* rec_write writes a record that fits the buffer's room through a pointer,
 * without a room check a member; rec_write_checked through the writer's
 * checked helpers. Records of every optional member, strings short and long,
 * plain, escaped and not UTF-8, times of every kind and durations past the
 * exact range: the same bytes. */
static unsigned rnd(unsigned *seed)
{
    *seed = *seed * 1103515245u + 12345u;
    return *seed >> 8;
}

static ats_span rnd_span(unsigned *seed, char *buf, size_t cap)
{
    static const char *const pool[] = {"", "OK", "+CSQ: 17,99", "AT+MIPSEND=1,620",
                                       "quote\"back\\slash", "tab\there", "caf\xc3\xa9",
                                       "bad\xff\xfe byte", "ctl\x01\x1f", "0123456789abcdef",
                                       "0123456789abcdefg"};
    ats_span s;
    if (rnd(seed) % 3) {
        s.ptr = pool[rnd(seed) % (sizeof pool / sizeof pool[0])];
        s.len = strlen(s.ptr);
        return s;
    }
    size_t n = rnd(seed) % (rnd(seed) % 4 ? 24 : cap);
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)(rnd(seed) % 5 ? ' ' + rnd(seed) % 95 : rnd(seed) % 256);
    s.ptr = buf;
    s.len = n;
    return s;
}

static ats_time rnd_time(unsigned *seed)
{
    static const ats_time_kind kinds[] = {ATS_TIME_NONE, ATS_TIME_RELATIVE, ATS_TIME_OF_DAY,
                                          ATS_TIME_ABSOLUTE, ATS_TIME_LOCAL};
    ats_time t;
    t.kind = kinds[rnd(seed) % 5];
    t.us = rnd(seed) % 8 ? (int64_t)(rnd(seed) % 100000000) : (int64_t)rnd(seed) << 24;
    return t;
}

static void test_rec_fast(void **state)
{
    (void)state;
    enum { NB = 64, CAP = 600 };
    static char bufs[NB][CAP];
    unsigned seed = 29;
    jsonw a, b;
    for (int round = 0; round < 20000; round++) {
        size_t nb = 0;
#define SP() rnd_span(&seed, bufs[nb++ % NB], CAP)
        ats_subcmd cmds[3];
        ats_span args[3][4];
        ats_item resp[5];
        uint64_t urcs[4];
        ats_waiting wait[2];
        ats_txn t;
        ats_urc u;
        memset(cmds, 0, sizeof cmds);
        memset(resp, 0, sizeof resp);
        memset(wait, 0, sizeof wait);
        memset(&t, 0, sizeof t);
        memset(&u, 0, sizeof u);
        t.first_line = rnd(&seed) % 100000;
        t.last_line = t.first_line + rnd(&seed) % 10;
        t.command.text = SP();
        t.command.offset = rnd(&seed) % 2 ? rnd(&seed) : (uint64_t)rnd(&seed) << 40;
        t.command.time = rnd_time(&seed);
        t.command.flags = rnd(&seed) % 4 ? 0 : rnd(&seed);
        t.ncmds = rnd(&seed) % 4;
        for (size_t i = 0; i < t.ncmds; i++) {
            cmds[i].name = SP();
            cmds[i].type = (ats_cmd_type)(rnd(&seed) % 4);
            cmds[i].nargs = rnd(&seed) % 5;
            for (size_t k = 0; k < cmds[i].nargs; k++)
                args[i][k] = SP();
            cmds[i].args = args[i];
        }
        t.cmds = cmds;
        t.flags = rnd(&seed) % 2 ? rnd(&seed) : 0;
        t.status = (ats_txn_status)(rnd(&seed) % 4);
        t.final_kind = (ats_final_kind)(rnd(&seed) % 12);
        if (rnd(&seed) % 4) {
            t.final.text = SP();
            t.final.line = rnd(&seed);
            t.final.time = rnd_time(&seed);
            if (rnd(&seed) % 2)
                t.final.time.kind = t.command.time.kind;
        }
        if (rnd(&seed) % 3 == 0) {
            t.gave_up.line = rnd(&seed) % 3 ? rnd(&seed) : 0;
            t.gave_up.time = rnd_time(&seed);
        }
        if (rnd(&seed) % 4 == 0)
            t.final_code = SP();
        t.nresponses = rnd(&seed) % 6;
        for (size_t i = 0; i < t.nresponses; i++) {
            resp[i].line = rnd(&seed);
            resp[i].text = SP();
            resp[i].time = rnd_time(&seed);
            resp[i].flags = rnd(&seed) % 3 ? 0 : rnd(&seed);
        }
        t.responses = resp;
        t.responses_omitted = rnd(&seed) % 5 ? 0 : rnd(&seed);
        t.nurcs = rnd(&seed) % 5;
        for (size_t i = 0; i < t.nurcs; i++)
            urcs[i] = rnd(&seed);
        t.urc_ids = urcs;
        t.payload_declared = rnd(&seed) % 3 ? -1 : (int64_t)(rnd(&seed) % 5000);
        t.payload_bytes = rnd(&seed) % 2 ? 0 : rnd(&seed);
        t.payload_end = (ats_payload_end)(rnd(&seed) % 7);
        t.payload_line = rnd(&seed) % 2 ? 0 : rnd(&seed);
        t.prompt.line = rnd(&seed);
        t.payload_preview = SP();
        t.completion = (ats_completion)(rnd(&seed) % 5);
        if (rnd(&seed) % 2) {
            t.completion_item.text = SP();
            t.completion_item.line = rnd(&seed);
            t.completion_item.time = rnd_time(&seed);
            if (rnd(&seed) % 2)
                t.completion_item.time.kind = t.command.time.kind;
        }
        if (rnd(&seed) % 3 == 0)
            t.sock = SP();
        t.nwaiting = rnd(&seed) % 3;
        for (size_t i = 0; i < t.nwaiting; i++) {
            wait[i].id = rnd(&seed);
            wait[i].line = rnd(&seed);
            wait[i].blocking = (int)(rnd(&seed) % 2);
            wait[i].command = SP();
        }
        t.waiting = wait;
        t.retry_chain = rnd(&seed) % 3 ? 0 : rnd(&seed);
        t.attempt = rnd(&seed) % 9;
        u.item.line = rnd(&seed);
        u.item.offset = rnd(&seed);
        u.item.time = rnd_time(&seed);
        u.item.text = SP();
        u.item.flags = rnd(&seed) % 3 ? 0 : rnd(&seed);
        u.name = SP();
        u.known = (int)(rnd(&seed) % 2);
        u.inside_txn = rnd(&seed) % 2 ? 0 : rnd(&seed);
#undef SP
        ats_record r;
        memset(&r, 0, sizeof r);
        /* every number of digits, at its edges */
        static const uint64_t edge[] = {0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 99999,
                                        100000, 999999, 1000000, 9999999, 10000000,
                                        999999999, 1000000000, 9999999999u, 10000000000u,
                                        999999999999999999u, 1000000000000000000u,
                                        9999999999999999999u, 10000000000000000000u,
                                        UINT64_MAX};
        r.id = rnd(&seed) % 2 ? rnd(&seed) : edge[rnd(&seed) % (sizeof edge / sizeof edge[0])];
        if (rnd(&seed) % 2)
            t.last_line = edge[rnd(&seed) % (sizeof edge / sizeof edge[0])];
        if (rnd(&seed) % 2)
            u.item.offset = edge[rnd(&seed) % (sizeof edge / sizeof edge[0])];
        if (rnd(&seed) % 3) {
            r.kind = ATS_REC_TXN;
            r.txn = &t;
        } else {
            r.kind = ATS_REC_URC;
            r.urc = &u;
        }
        assert_int_equal(jw_init(&a, NULL, 1 << 20), 0);
        assert_int_equal(jw_init(&b, NULL, 1 << 20), 0);
        /* twice each: the second record after the first's newline */
        rec_write(&a, &r);
        rec_write(&a, &r);
        rec_write_checked(&b, &r);
        rec_write_checked(&b, &r);
        assert_int_equal(a.len, b.len);
        assert_memory_equal(a.buf, b.buf, a.len);
        jw_free(&a);
        jw_free(&b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixed),
        cmocka_unit_test(test_runs),
        cmocka_unit_test(test_lit),
        cmocka_unit_test(test_random),
        cmocka_unit_test(test_ms),
        cmocka_unit_test(test_time_memo),
        cmocka_unit_test(test_u64),
        cmocka_unit_test(test_bytes_short),
        cmocka_unit_test(test_rec_fast),
    };
    return cmocka_run_group_tests_name("jsonw", tests, NULL, NULL);
}
