/* test_detect.c - format detection (parser/readers/input.c, fmt_detect.c):
 * which reader or definition wins on each fixture, through which layers,
 * with what score over which runner-up; that the choice is made on the
 * first 64 lines (or 64 KiB) alone, whatever the feeds; and what the
 * choice says when nothing is known. ATS_TEST_PRINT=1 prints the table rows
 * the fixtures give now, to review a change in detection. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include "input_run.h"
#include "fmt_detect.h"

/* Each fixture: the format and layers chosen, the winning score, the
 * runner-up and its score (the best other candidate but raw, the fallback
 * that scores 10 on anything; "" when none scored), and whether the chunks
 * carried time and direction. */
typedef struct det_case {
    const char *file;
    const char *format;
    const char *layers;
    int score;
    const char *second;
    int second_score;
    int time, dir;
} det_case;

static const det_case cases[] = {
#include "detect_cases.inc"
};

static void print_row(const char *file, const ir_out *o)
{
    printf("    {\"%s\", \"%s\", \"%s\", %d, \"%s\", %d, %d, %d},\n", file, o->format, o->layers,
           o->score, o->second, o->second_score, o->saw_time, o->saw_dir);
}

static void test_fixtures(void **state)
{
    (void)state;
    int print = getenv("ATS_TEST_PRINT") != NULL;
    size_t bad = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const det_case *c = &cases[i];
        size_t len = 0;
        char *data = ir_read(c->file, &len);
        if (!data) {
            print_message("%s: cannot read\n", c->file);
            bad++;
            continue;
        }
        ir_out *o = calloc(1, sizeof *o);
        assert_int_equal(ir_run(o, NULL, data, len, 0, 0), 0);
        if (print)
            print_row(c->file, o);
        if (strcmp(o->format, c->format) || strcmp(o->layers, c->layers) ||
            o->score != c->score || strcmp(o->second, c->second) ||
            o->second_score != c->second_score || o->saw_time != c->time ||
            o->saw_dir != c->dir) {
            print_message("%s: got %s [%s] %d over %s %d, time %d dir %d; want %s [%s] %d over "
                          "%s %d, time %d dir %d\n  reason: %s\n",
                          c->file, o->format, o->layers, o->score, o->second, o->second_score,
                          o->saw_time, o->saw_dir, c->format, c->layers, c->score, c->second,
                          c->second_score, c->time, c->dir, o->reason);
            bad++;
        }
        col_free(&o->chunks);
        free(o);
        free(data);
    }
    assert_int_equal(bad, 0);
}

/* The choice and its reason are a property of the bytes: the same when fed
 * one byte at a time or in random pieces. */
/* Detection does not read a definition through when the sample cannot
 * show the signature lines it needs (fmt_detect.c sig_possible): every
 * fixture's scores are those of reading every definition through, and
 * where one scores, everything it learnt too. */
static void test_skip_is_exact(void **state)
{
    (void)state;
    size_t skipped = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t len = 0;
        char *data = ir_read(cases[i].file, &len);
        assert_non_null(data);
        if (len > 16384)
            len = 16384;
        fdet a, b;
        assert_int_equal(ats_fdet_run(&a, ir_formats(), (unsigned char *)data, len, NULL), 0);
        assert_int_equal(ats_fdet_run_whole(&b, ir_formats(), (unsigned char *)data, len), 0);
        assert_int_equal(a.nscores, b.nscores);
        for (size_t k = 0; k < a.nscores; k++) {
            const fdet_score *x = &a.scores[k], *y = &b.scores[k];
            if (x->score != y->score || (y->score &&
                (x->matched != y->matched || x->sig != y->sig || x->side_a_is_tx != y->side_a_is_tx ||
                 x->defer_mask != y->defer_mask || x->wrap_width != y->wrap_width ||
                 x->deep != y->deep || x->stamped != y->stamped)))
                fail_msg("%s: %s scores %d (%u lines) skipping, %d (%u lines) read through",
                         cases[i].file, y->def->name, x->score, x->matched, y->score, y->matched);
            skipped += y->matched && !x->matched;
        }
        ats_fdet_free(&a);
        ats_fdet_free(&b);
        free(data);
    }
    /* the skip happened: definitions read some lines of samples they could not win */
    assert_true(skipped > 0);
}

static void test_choice_independent_of_feeds(void **state)
{
    (void)state;
    static const char *const files[] = {
        "captures/formats/sscom.log",         "captures/formats/saleae.csv",
        "captures/formats/socat-x.log",       "captures/traces/layered-quote-arduino-mbed.log",
        "captures/guide-3.3-tcp-udp.log",     "captures/traces/layered-fence-indent-ansi.log",
        /* a template inferred from the sample, then every line read with it */
        "tests/unknown/java-threads.log",     "tests/unknown/cros-modem.log",
        /* a notebook's outputs: a JSON string's several lines read as lines */
        "tests/data/heldout16c/nb-one-string.ipynb", "tests/data/heldout16c/nb-quoted.md",
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        size_t len = 0;
        char *data = ir_read(files[i], &len);
        assert_non_null(data);
        ir_out *whole = calloc(1, sizeof *whole), *o = calloc(1, sizeof *o);
        assert_int_equal(ir_run(whole, NULL, data, len, 0, 0), 0);
        for (unsigned seed = 0; seed < 4; seed++) {
            assert_int_equal(ir_run(o, NULL, data, len, seed ? 97 : 1, seed), 0);
            assert_string_equal(o->format, whole->format);
            assert_string_equal(o->layers, whole->layers);
            assert_string_equal(o->reason, whole->reason);
            assert_int_equal(o->score, whole->score);
            if (!col_equal(&o->chunks, &whole->chunks)) {
                print_message("%s: chunks differ with feeds of %s %u\n", files[i],
                              seed ? "up to" : "exactly", seed ? 97 : 1);
                col_print(&o->chunks, stderr);
                fail();
            }
            col_free(&o->chunks);
        }
        col_free(&whole->chunks);
        free(whole);
        free(o);
        free(data);
    }
}

/* Two inputs given one memo (the CLI's look-ahead pass, then the pass that
 * reads): the second takes the first's scores when its sample is the same
 * bytes, and chooses and reads exactly as it would alone; over other bytes
 * it scores its own. */
static void test_detect_memo(void **state)
{
    (void)state;
    static const char *const files[] = {
        "captures/traces/layered-quote-arduino-mbed.log", "captures/guide-3.3-tcp-udp.log",
        "captures/formats/sscom.log", "captures/traces/layered-fence-indent-ansi.log",
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        size_t len = 0, olen = 0;
        char *data = ir_read(files[i], &len);
        char *other = ir_read(files[(i + 1) % 4], &olen);
        assert_non_null(data);
        assert_non_null(other);
        ir_out *alone = calloc(1, sizeof *alone), *o = calloc(1, sizeof *o);
        assert_int_equal(ir_run(alone, NULL, data, len, 0, 0), 0);
        ats_detect_memo *m;
        ats_error e;
        assert_int_equal(ats_detect_memo_new(&m, &e), 0);
        ats_input_opts io = {.formats = ir_formats(), .memo = m};
        /* the first scores and keeps; the second (fed byte by byte) takes */
        assert_int_equal(ir_run(o, &io, data, len, 0, 0), 0);
        assert_int_equal(ats_detect_memo_hits(m), 0);
        col_free(&o->chunks);
        assert_int_equal(ir_run(o, &io, data, len, 1, 0), 0);
        assert_int_equal(ats_detect_memo_hits(m), 1);
        assert_string_equal(o->format, alone->format);
        assert_string_equal(o->layers, alone->layers);
        assert_string_equal(o->reason, alone->reason);
        assert_int_equal(o->score, alone->score);
        assert_string_equal(o->second, alone->second);
        assert_int_equal(o->second_score, alone->second_score);
        assert_true(col_equal(&o->chunks, &alone->chunks));
        col_free(&o->chunks);
        /* another capture's bytes: scored, and read as that capture alone */
        ir_out *oalone = calloc(1, sizeof *oalone);
        assert_int_equal(ir_run(oalone, NULL, other, olen, 0, 0), 0);
        assert_int_equal(ir_run(o, &io, other, olen, 0, 0), 0);
        assert_int_equal(ats_detect_memo_hits(m), 1);
        assert_string_equal(o->format, oalone->format);
        assert_string_equal(o->layers, oalone->layers);
        assert_true(col_equal(&o->chunks, &oalone->chunks));
        ats_detect_memo_free(m);
        col_free(&o->chunks);
        col_free(&oalone->chunks);
        col_free(&alone->chunks);
        free(oalone);
        free(alone);
        free(o);
        free(data);
        free(other);
    }
}

/* n empty lines, then four SSCOM records. */
static char *sscom_after_blank(size_t blank, size_t *len)
{
    static const char rec[] = "[10:21:31.000]\xe5\x8f\x91\xe2\x86\x92\xe2\x97\x87"
                              "AT\r\n"
                              "[10:21:31.012]\xe6\x94\xb6\xe2\x86\x90\xe2\x97\x86"
                              "OK\r\n";
    char *b = malloc(blank + 2 * sizeof rec);
    memset(b, '\n', blank);
    memcpy(b + blank, rec, sizeof rec - 1);
    memcpy(b + blank + sizeof rec - 1, rec, sizeof rec - 1);
    *len = blank + 2 * (sizeof rec - 1);
    return b;
}

/* The sample ends with its 64th line: an SSCOM record on line 64 makes the
 * capture SSCOM (one such line suffices), on line 65 it is plain bytes,
 * whatever follows. */
static void test_sample_is_64_lines(void **state)
{
    (void)state;
    size_t len = 0;
    ir_out *o = calloc(1, sizeof *o);
    char *b = sscom_after_blank(63, &len);    /* records on lines 64 to 67 */
    assert_int_equal(ir_run(o, NULL, b, len, 0, 0), 0);
    assert_string_equal(o->format, "sscom");
    assert_int_equal(o->score, 92);
    col_free(&o->chunks);
    free(b);
    b = sscom_after_blank(64, &len);          /* 65 to 68: past the sample */
    assert_int_equal(ir_run(o, NULL, b, len, 0, 0), 0);
    assert_string_equal(o->format, "raw");
    assert_int_equal(o->score, 10);
    col_free(&o->chunks);
    free(b);
    /* A byte sample that cuts the record's line proves nothing; one that
     * holds it whole does. */
    b = sscom_after_blank(3, &len);
    ats_input_opts opts;
    memset(&opts, 0, sizeof opts);
    opts.sample = 20;
    assert_int_equal(ir_run(o, &opts, b, len, 0, 0), 0);
    assert_string_equal(o->format, "raw");
    col_free(&o->chunks);
    opts.sample = 40;
    assert_int_equal(ir_run(o, &opts, b, len, 0, 0), 0);
    assert_string_equal(o->format, "sscom");
    col_free(&o->chunks);
    free(b);
    free(o);
}

/* Nothing known: raw, score 10, and the reason says how much looked like AT. */
static void test_fallback_reason(void **state)
{
    (void)state;
    static const char in[] = "hello\nAT\r\nOK\r\nworld\n";
    ir_out *o = calloc(1, sizeof *o);
    assert_int_equal(ir_run(o, NULL, in, sizeof in - 1, 0, 0), 0);
    assert_string_equal(o->format, "raw");
    assert_string_equal(o->layers, "raw");
    assert_int_equal(o->score, 10);
    assert_string_equal(o->reason, "no known format in the first 20 bytes: plain bytes, 2 of 4 "
                                   "sample lines look like AT traffic");
    assert_false(o->saw_time);
    assert_false(o->saw_dir);
    col_free(&o->chunks);
    free(o);
}

/* --input-format overrides detection, for a reader and for a definition;
 * an unknown name is refused with the known ones listed. */
static void test_forced_format(void **state)
{
    (void)state;
    size_t len = 0;
    char *data = ir_read("captures/formats/sscom.log", &len);
    assert_non_null(data);
    ats_input_opts opts;
    memset(&opts, 0, sizeof opts);
    opts.format = "raw";
    ir_out *o = calloc(1, sizeof *o);
    assert_int_equal(ir_run(o, &opts, data, len, 0, 0), 0);
    assert_string_equal(o->format, "raw");
    assert_int_equal(o->score, 100);
    assert_string_equal(o->reason, "chosen with --input-format");
    col_free(&o->chunks);
    free(data);
    data = ir_read("captures/traces/mbed-trace.log", &len);
    assert_non_null(data);
    opts.format = "mbed-trace";
    assert_int_equal(ir_run(o, &opts, data, len, 0, 0), 0);
    assert_string_equal(o->format, "mbed-trace");
    assert_int_equal(o->score, 100);
    col_free(&o->chunks);
    free(data);
    free(o);
    ats_input *in;
    ats_error e;
    opts.format = "no-such-format";
    assert_int_equal(ats_input_new(&in, &opts, ir_chunk, NULL, &e), ATS_EINVAL);
    assert_non_null(strstr(e.msg, "unknown input format \"no-such-format\" (known: auto, sscom"));
}

/* The registry: every reader once, raw last (the fallback), and
 * ats_format_find agrees with ats_format_at. */
static void test_registry(void **state)
{
    (void)state;
    size_t n = ats_format_count();
    assert_true(n >= 10);
    assert_string_equal(ats_format_at(n - 1)->name, "raw");
    assert_null(ats_format_at(n));
    for (size_t i = 0; i < n; i++) {
        const ats_format_info *f = ats_format_at(i);
        assert_ptr_equal(ats_format_find(f->name), f);
        for (size_t j = 0; j < i; j++)
            assert_string_not_equal(ats_format_at(j)->name, f->name);
    }
    assert_null(ats_format_find("nope"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixtures),
        cmocka_unit_test(test_skip_is_exact),
        cmocka_unit_test(test_choice_independent_of_feeds),
        cmocka_unit_test(test_detect_memo),
        cmocka_unit_test(test_sample_is_64_lines),
        cmocka_unit_test(test_fallback_reason),
        cmocka_unit_test(test_forced_format),
        cmocka_unit_test(test_registry),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
