/* test_hostile.c - untrusted bytes: random binary, NUL, invalid UTF-8, GBK,
 * a 100 MB line with no line end, and every prefix of real captures. No
 * crash, no sanitizer report, bounded memory, every byte accounted for. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <sys/resource.h>
#include "collect.h"
#include "formats_once.h"

static ats_profile *prof;

static int setup(void **state)
{
    (void)state;
    ats_error e;
    return ats_profile_load_builtin(&prof, NULL, &e);
}

static int teardown(void **state)
{
    (void)state;
    ats_profile_free(prof);
    return 0;
}

static char *slurp(const char *rel, size_t *len)
{
    const char *src = getenv("ATS_SOURCE_DIR");
    char path[1024];
    *len = 0;
    snprintf(path, sizeof path, "%s/%s", src ? src : ".", rel);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = malloc((1 << 20) + 64);
    *len = fread(buf, 1, 1 << 20, f);
    fclose(f);
    return buf;
}

static uint32_t rnd(uint32_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

/* Random bytes, biased toward the bytes that steer the parser. */
static void test_random_binary(void **state)
{
    (void)state;
    static const char hot[] = "AT+\r\n>OK\x1a\x1b/\"0:,";
    size_t n = 256 * 1024;
    char *in = malloc(n);
    for (uint32_t seed = 1; seed <= 8; seed++) {
        uint32_t s = seed * 2654435761u;
        for (size_t i = 0; i < n; i++) {
            uint32_t r = rnd(&s);
            in[i] = (r & 3) ? (char)(r >> 8) : hot[(r >> 8) % (sizeof hot - 1)];
        }
        collect whole, chunked;
        ats_stats st;
        assert_int_equal(col_run(&whole, prof, in, n, 0, 0, &st), 0);
        assert_int_equal(st.bytes, n);
        assert_true(whole.n > 0);
        assert_int_equal(col_run(&chunked, prof, in, n, 333, seed, NULL), 0);
        assert_true(col_equal(&whole, &chunked));
        col_free(&whole);
        col_free(&chunked);
    }
    free(in);
}

static void test_nul_and_encodings(void **state)
{
    (void)state;
    /* NUL inside and as whole lines, invalid UTF-8, GBK "你好", UTF-16LE "AT" */
    static const char in[] = "AT\0+CSQ\r\n\0\0\0\r\n+CSQ: 1\0,2\r\nOK\r\n\xff\xfe\xc3\r\n"
                             "\xc4\xe3\xba\xc3\r\nA\0T\0\r\0\n\0";
    collect c;
    ats_stats st;
    assert_int_equal(col_run(&c, prof, in, sizeof in - 1, 0, 0, &st), 0);
    /* UTF-16 is not decoded here (the format readers do that): its NULs
     * make separate unparsed lines, and nothing is lost */
    static const char *const want[] = {
        "txn L1-4 AT\\x00+CSQ complete ok resp=\\x00\\x00\\x00|+CSQ: 1\\x00,2",
        "unparsed L5 text-outside-command \\xff\\xfe\\xc3",
        "unparsed L6 text-outside-command \\xc4\\xe3\\xba\\xc3",
        "unparsed L7 text-outside-command A\\x00T\\x00",
        "unparsed L7 text-outside-command \\x00",
        "unparsed L8 text-outside-command \\x00",
    };
    if (c.n != 6)
        col_print(&c, stderr);
    assert_int_equal(c.n, 6);
    for (size_t i = 0; i < 6; i++)
        assert_string_equal(c.rec[i], want[i]);
    assert_int_equal(st.not_utf8_lines, 2);
    col_free(&c);
}

static long max_rss_kib(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static int count_cb(void *user, const ats_record *r)
{
    (void)r;
    (*(size_t *)user)++;
    return 0;
}

/* 100 MB with no line end: one truncated record, memory flat. */
static void test_huge_line(void **state)
{
    (void)state;
    static char block[1 << 20];
    memset(block, 'A', sizeof block);
    size_t nrec = 0;
    ats_parser *ps;
    ats_error e;
    assert_int_equal(ats_parser_new(&ps, prof, NULL, count_cb, &nrec, &e), 0);
    long before = max_rss_kib();
    for (int i = 0; i < 100; i++)
        assert_int_equal(ats_parser_feed(ps, block, sizeof block, &e), 0);
    assert_int_equal(ats_parser_finish(ps, &e), 0);
    long grown = max_rss_kib() - before;
    const ats_stats *st = ats_parser_stats(ps);
    assert_int_equal(nrec, 1);
    assert_int_equal(st->truncated_lines, 1);
    assert_int_equal(st->cut_bytes, 100u * sizeof block - 65536);
    assert_int_equal(st->bytes, 100u * sizeof block);
    ats_parser_free(ps);
    /* the parser keeps 64 KiB of the line, not 100 MB */
    assert_true(grown < 16 * 1024);
}

/* A capture cut at every byte offset still parses, and the records of the
 * cut capture never claim lines past the cut. */
static void test_every_prefix(void **state)
{
    (void)state;
    static const char *const files[] = {"captures/guide-3.3-tcp-udp.log",
                                        "captures/l610-clean-session.log",
                                        "captures/cmgs-ctrlz.log",
                                        "captures/l610-transparent.log"};
    for (size_t f = 0; f < sizeof files / sizeof files[0]; f++) {
        size_t len;
        char *buf = slurp(files[f], &len);
        assert_non_null(buf);
        for (size_t cut = 0; cut <= len; cut++) {
            collect c;
            ats_stats st;
            char *copy = malloc(cut ? cut : 1);
            memcpy(copy, buf, cut);
            assert_int_equal(col_run(&c, prof, copy, cut, 0, 0, &st), 0);
            assert_int_equal(st.bytes, cut);
            col_free(&c);
            free(copy);
        }
        free(buf);
    }
}

/* Random mutations of every capture: bit flips, inserted and deleted bytes,
 * CR/LF swaps, NUL injection. Each mutant parses (through format detection,
 * as the CLI reads it) without a sanitizer report and accounts for its bytes. */
static int count_chunk_bytes(void *user, const ats_chunk *c)
{
    *(uint64_t *)user += c->len;
    return 0;
}

static void test_mutations(void **state)
{
    (void)state;
    static const char *const files[] = {
        "captures/guide-3.3-tcp-udp.log", "captures/l610-clean-session.log",
        "captures/l610-transparent.log",  "captures/cmgs-ctrlz.log",
        "captures/formats/sscom.log",     "captures/formats/uartassist.log",
        "captures/formats/mm.log",        "captures/formats/socat-v.log",
        "captures/formats/tsline-tio.log", "captures/formats/saleae.csv",
        "captures/formats/sigrok.txt"};
    uint32_t seed = 7;
    for (size_t f = 0; f < sizeof files / sizeof files[0]; f++) {
        size_t len;
        char *orig = slurp(files[f], &len);
        if (!orig)
            continue;          /* a format fixture not written yet */
        char *m = malloc(len + 64);
        for (int round = 0; round < 60; round++) {
            size_t n = len;
            memcpy(m, orig, len);
            int edits = 1 + (int)(rnd(&seed) % 8);
            for (int k = 0; k < edits && n > 1; k++) {
                size_t at = rnd(&seed) % n;
                switch (rnd(&seed) % 5) {
                case 0: m[at] = (char)(m[at] ^ (1u << (rnd(&seed) % 8))); break;
                case 1: memmove(m + at + 1, m + at, n - at); m[at] = (char)rnd(&seed); n++; break;
                case 2: memmove(m + at, m + at + 1, n - at - 1); n--; break;
                case 3: m[at] = m[at] == '\r' ? '\n' : m[at] == '\n' ? '\r' : m[at]; break;
                case 4: m[at] = 0; break;
                }
            }
            /* the plain parser on the bytes */
            collect c;
            ats_stats st;
            assert_int_equal(col_run(&c, prof, m, n, 1 + rnd(&seed) % 97, seed, &st), 0);
            assert_int_equal(st.bytes, n);
            col_free(&c);
            /* format detection and readers: every call succeeds */
            ats_input *in;
            ats_error e;
            uint64_t got = 0;
            ats_input_opts io = {.format = NULL};
            io.formats = ts_formats();
            assert_int_equal(ats_input_new(&in, &io, count_chunk_bytes, &got, &e), 0);
            for (size_t off = 0; off < n;) {
                size_t step = 1 + rnd(&seed) % 300;
                if (step > n - off)
                    step = n - off;
                char *piece = malloc(step);
                memcpy(piece, m + off, step);
                assert_int_equal(ats_input_feed(in, piece, step, &e), 0);
                free(piece);
                off += step;
            }
            assert_int_equal(ats_input_finish(in, &e), 0);
            ats_input_free(in);
        }
        free(m);
        free(orig);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_random_binary),
        cmocka_unit_test(test_nul_and_encodings),
        cmocka_unit_test(test_huge_line),
        cmocka_unit_test(test_every_prefix),
        cmocka_unit_test(test_mutations),
    };
    return cmocka_run_group_tests_name("hostile", tests, setup, teardown);
}
