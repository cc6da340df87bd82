/* test_readers.c - each capture reader (parser/readers/), asserted as exact
 * chunks and records: a table of fixtures with the reader that reads them,
 * their first chunks and first records; every fixture fed one byte at a
 * time and in random pieces must give the same chunks and records (the
 * readers that keep state across lines: byte rows, socat's blocks, held
 * banners); the broken fixtures' unparsed lines where captures/formats/BROKEN
 * says; and the raw reader's banners and the "//" notes its chunks allow.
 * ATS_TEST_PRINT=1 prints the table rows the fixtures give now. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include "input_run.h"

#define NFIRST 4

typedef struct rd_case {
    const char *file;
    const char *layers;              /* the format, after the wrappers peeled */
    const char *chunks[NFIRST];      /* the first chunks, as ir_chunk renders them */
    const char *records[NFIRST];     /* the first records (fibocom-l610), as col_cb does */
} rd_case;

static const rd_case cases[] = {
#include "readers_cases.inc"
};

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

static void print_str(const char *s)
{
    putchar('"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            putchar('\\');
        putchar(*s);
    }
    putchar('"');
}

static void print_row(const char *file, const ir_out *o, const collect *r)
{
    printf("    {\"%s\", \"%s\",\n     {", file, o->layers);
    for (size_t i = 0; i < NFIRST && i < o->chunks.n; i++) {
        printf(i ? ",\n      " : "");
        print_str(o->chunks.rec[i]);
    }
    printf("},\n     {");
    for (size_t i = 0; i < NFIRST && i < r->n; i++) {
        printf(i ? ",\n      " : "");
        print_str(r->rec[i]);
    }
    printf("}},\n");
}

/* The first n of got must be want (NULL-padded). */
static int first_equal(const char *file, const char *what, const collect *got,
                       const char *const *want)
{
    int ok = 1;
    for (size_t i = 0; i < NFIRST; i++) {
        const char *g = i < got->n ? got->rec[i] : NULL;
        if ((g == NULL) != (want[i] == NULL) || (g && strcmp(g, want[i]))) {
            print_message("%s: %s %zu:\n  got  %s\n  want %s\n", file, what, i, g ? g : "(none)",
                          want[i] ? want[i] : "(none)");
            ok = 0;
        }
    }
    return ok;
}

static void test_fixtures(void **state)
{
    (void)state;
    int print = getenv("ATS_TEST_PRINT") != NULL;
    size_t bad = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const rd_case *c = &cases[i];
        size_t len = 0;
        char *data = ir_read(c->file, &len);
        assert_non_null(data);
        ir_out *o = calloc(1, sizeof *o);
        collect r;
        o->show = 48;       /* a raw capture is one stream: its length and start */
        assert_int_equal(ir_run(o, NULL, data, len, 0, 0), 0);
        assert_int_equal(ir_records(&r, prof, data, len, 0, 0), 0);
        if (print)
            print_row(c->file, o, &r);
        if (strcmp(o->layers, c->layers)) {
            print_message("%s: read as %s, want %s\n", c->file, o->layers, c->layers);
            bad++;
        }
        bad += !first_equal(c->file, "chunk", &o->chunks, c->chunks);
        bad += !first_equal(c->file, "record", &r, c->records);
        col_free(&r);
        col_free(&o->chunks);
        free(o);
        free(data);
    }
    assert_int_equal(bad, 0);
}

/* Every fixture of the table, one byte at a time and in random pieces:
 * the same chunks (raw's byte stream joined) and the same records. */
static void test_fixtures_chunked(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t len = 0;
        char *data = ir_read(cases[i].file, &len);
        assert_non_null(data);
        ir_out *whole = calloc(1, sizeof *whole), *o = calloc(1, sizeof *o);
        collect rw, r;
        assert_int_equal(ir_run(whole, NULL, data, len, 0, 0), 0);
        assert_int_equal(ir_records(&rw, prof, data, len, 0, 0), 0);
        for (unsigned k = 0; k < 3; k++) {
            size_t step = k == 0 ? 1 : k == 1 ? 13 : 300;
            assert_int_equal(ir_run(o, NULL, data, len, step, k), 0);
            assert_int_equal(ir_records(&r, prof, data, len, step, k), 0);
            if (!col_equal(&o->chunks, &whole->chunks) || !col_equal(&r, &rw)) {
                print_message("%s: fed in pieces of %s %zu, got:\n", cases[i].file,
                              k ? "up to" : "exactly", step);
                col_print(&o->chunks, stderr);
                col_print(&r, stderr);
                fail();
            }
            col_free(&o->chunks);
            col_free(&r);
        }
        col_free(&whole->chunks);
        col_free(&rw);
        free(whole);
        free(o);
        free(data);
    }
}

/* captures/formats/BROKEN: each broken fixture keeps the line that breaks
 * its format as an unparsed chunk, with the reader's reason, and reads on. */
static void test_broken_fixtures(void **state)
{
    (void)state;
    size_t len, checked = 0;
    char *list = ir_read("captures/formats/BROKEN", &len);
    assert_non_null(list);
    char *save = NULL;
    list[len - 1] = 0;
    for (char *l = strtok_r(list, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
        char file[128], format[32], path[200];
        unsigned long line;
        int n = 0;
        if (l[0] == '#' || sscanf(l, "%127s %31s %lu %n", file, format, &line, &n) != 3)
            continue;
        const char *why = l + n;
        snprintf(path, sizeof path, "captures/formats/%s", file);
        size_t dl;
        char *data = ir_read(path, &dl);
        assert_non_null(data);
        ir_out *o = calloc(1, sizeof *o);
        assert_int_equal(ir_run(o, NULL, data, dl, 0, 0), 0);
        assert_string_equal(o->format, format);
        char at[48];
        snprintf(at, sizeof at, " L%lu ", line);
        int found = 0, after = 0;
        for (size_t i = 0; i < o->chunks.n; i++) {
            const char *s = o->chunks.rec[i];
            if (s[0] == 'U' && !strncmp(s + 2, at, strlen(at)) && strstr(s, " # ") &&
                strstr(s, why))
                found = 1;
            else if (found && s[0] == 'D')
                after = 1;    /* the reader read on */
        }
        if (!found || !after) {
            print_message("%s: no unparsed line %lu \"%s\" followed by data\n", file, line, why);
            col_print(&o->chunks, stderr);
        }
        assert_true(found && after);
        checked++;
        col_free(&o->chunks);
        free(o);
        free(data);
    }
    free(list);
    assert_true(checked >= 8);
}

/* ---- the raw reader: banners and notes */

static void raw_expect(const char *in, size_t len, const char *const *want, size_t nwant)
{
    ats_input_opts opts;
    memset(&opts, 0, sizeof opts);
    opts.format = "raw";
    opts.formats = ir_formats();
    ir_out *o = calloc(1, sizeof *o), *p = calloc(1, sizeof *p);
    assert_int_equal(ir_run(o, &opts, in, len, 0, 0), 0);
    int same = o->chunks.n == nwant;
    for (size_t i = 0; same && i < nwant; i++)
        same = !strcmp(o->chunks.rec[i], want[i]);
    if (!same)
        col_print(&o->chunks, stderr);
    assert_true(same);
    /* every split into two feeds, and one byte at a time */
    for (size_t cut = 0; cut <= len; cut++) {
        ats_input *in2;
        ats_error e;
        memset(p, 0, sizeof *p);
        assert_int_equal(ats_input_new(&in2, &opts, ir_chunk, p, &e), 0);
        char *a = malloc(cut + 1), *b = malloc(len - cut + 1);
        memcpy(a, in, cut);
        memcpy(b, in + cut, len - cut);
        assert_int_equal(ats_input_feed(in2, a, cut, &e), 0);
        assert_int_equal(ats_input_feed(in2, b, len - cut, &e), 0);
        assert_int_equal(ats_input_finish(in2, &e), 0);
        ir_flush(p);
        free(p->pend);
        ats_input_free(in2);
        free(a);
        free(b);
        if (!col_equal(&p->chunks, &o->chunks)) {
            print_message("split at %zu:\n", cut);
            col_print(&p->chunks, stderr);
            fail();
        }
        col_free(&p->chunks);
    }
    assert_int_equal(ir_run(p, &opts, in, len, 1, 0), 0);
    assert_true(col_equal(&p->chunks, &o->chunks));
    col_free(&p->chunks);
    col_free(&o->chunks);
    free(o);
    free(p);
}

#define PUTTY "=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2024.05.01 10:00:00 =~=~=~=~=~=~=~=~=~=~=~="
#define SCREEN "-- 0:ttyUSB2 -- time-stamp -- Jun/16/20 10:23:41 --"

static void test_raw_banners(void **state)
{
    (void)state;
    static const char in[] = PUTTY "\r\nAT\r\nOK\r\n" SCREEN "\nAT+CSQ\r\n" SCREEN;
    /* the banners leave the byte stream as annotations the framer places
     * (line 0); the last one ended with the input */
    static const char *const want[] = {
        "A- L0 @0 -0 \"" PUTTY "\"",
        "D- stream \"\\x0d\\x0aAT\\x0d\\x0aOK\\x0d\\x0a\"",
        "A- L0 @0 -0 \"" SCREEN "\"",
        "D- stream \"\\x0aAT+CSQ\\x0d\\x0a\"",
        "A- L0 @0 -0 no-eol \"" SCREEN "\"",
    };
    raw_expect(in, sizeof in - 1, want, sizeof want / sizeof want[0]);
    /* a line starts after a lone CR too, and after LF CR */
    static const char cr[] = "AT\r" PUTTY "\rOK\n\r" SCREEN "\n\rOK";
    static const char *const want_cr[] = {
        "D- stream \"AT\\x0d\"",
        "A- L0 @0 -0 \"" PUTTY "\"",
        "D- stream \"\\x0dOK\\x0a\\x0d\"",
        "A- L0 @0 -0 \"" SCREEN "\"",
        "D- stream \"\\x0a\\x0dOK\"",
    };
    raw_expect(cr, sizeof cr - 1, want_cr, sizeof want_cr / sizeof want_cr[0]);
}

/* Lines that start like a banner but are not one stay in the byte stream,
 * and so does a banner line longer than 512 bytes: what a line is does not
 * depend on where the feeds cut it. */
static void test_raw_not_banners(void **state)
{
    (void)state;
    static const char in[] = "=x\r\n-- AT\r\n=~=~=~=~ PuTTY\r\n-\rAT" SCREEN "\r\n";
    static const char *const want[] = {
        "D- stream \"=x\\x0d\\x0a-- AT\\x0d\\x0a=~=~=~=~ PuTTY\\x0d\\x0a-\\x0dAT" SCREEN
        "\\x0d\\x0a\"",
    };
    raw_expect(in, sizeof in - 1, want, 1);
    char *longl = malloc(1200);
    size_t n = (size_t)snprintf(longl, 1200, "%s", SCREEN);
    memset(longl + n, 'x', 520 - n);
    memcpy(longl + 520, "\r\nOK\r\n", 6);
    char *w = malloc(1400);
    snprintf(w, 1400, "D- stream \"%.520s\\x0d\\x0aOK\\x0d\\x0a\"", longl);
    const char *want2[] = {w};
    raw_expect(longl, 526, want2, 1);
    /* at 512 bytes it is still one */
    memcpy(longl + 512, "\r\nOK\r\n", 6);
    snprintf(w, 1400, "A- L0 @0 -0 \"%.512s\"", longl);
    const char *want3[] = {w, "D- stream \"\\x0d\\x0aOK\\x0d\\x0a\""};
    raw_expect(longl, 518, want3, 2);
    free(w);
    free(longl);
}

/* Through the parser the banners are annotation records on their own lines,
 * and the lines after them keep their numbers and offsets. */
static void test_raw_banner_records(void **state)
{
    (void)state;
    static const char in[] = PUTTY "\r\nAT\r\nOK\r\n" SCREEN "\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n";
    static const char *const want[] = {
        "note L1", "txn L2-3 AT complete ok", "note L4",
        "txn L5-7 AT+CSQ complete ok resp=+CSQ: 20,99",
    };
    for (size_t step = 0; step < 3; step++) {
        collect r;
        assert_int_equal(ir_records(&r, prof, in, sizeof in - 1, step, 0), 0);
        int same = r.n == 4;
        for (size_t i = 0; same && i < 4; i++)
            same = !strcmp(r.rec[i], want[i]);
        if (!same)
            col_print(&r, stderr);
        assert_true(same);
        col_free(&r);
    }
    /* the bytes and lines the parser counted: the banners' too */
    ats_parser *ps;
    ats_error e;
    ats_input *in2;
    ir_rec rr = {NULL, 0};
    collect r;
    memset(&r, 0, sizeof r);
    assert_int_equal(ats_parser_new(&ps, prof, NULL, col_cb, &r, &e), 0);
    rr.ps = ps;
    assert_int_equal(ats_input_new(&in2, NULL, ir_to_parser, &rr, &e), 0);
    assert_int_equal(ats_input_feed(in2, in, sizeof in - 1, &e), 0);
    assert_int_equal(ats_input_finish(in2, &e), 0);
    assert_int_equal(ats_parser_finish(ps, &e), 0);
    const ats_stats *st = ats_parser_stats(ps);
    assert_int_equal(st->bytes, sizeof in - 1);
    assert_int_equal(st->lines, 7);
    assert_int_equal(st->annotations, 2);
    ats_input_free(in2);
    ats_parser_free(ps);
    col_free(&r);
}

/* "//" notes are the raw reader's (the others' chunks say ATS_CF_NO_NOTES):
 * in a plain log "AT+CSQ //note" is a command and a note; the same text in
 * a time-stamped terminal log (tsline) is the command line as sent. */
static void test_notes_only_where_the_reader_says(void **state)
{
    (void)state;
    static const char plain[] = "AT+CSQ //note\r\n+CSQ: 20,99\r\nOK\r\n";
    collect r;
    assert_int_equal(ir_records(&r, prof, plain, sizeof plain - 1, 0, 0), 0);
    assert_int_equal(r.n, 2);
    assert_string_equal(r.rec[0], "note L1");
    assert_string_equal(r.rec[1], "txn L1-3 AT+CSQ complete ok resp=+CSQ: 20,99");
    col_free(&r);
    static const char tio[] = "[2024-05-01 10:00:00.000] AT+CSQ //note\r\n"
                              "[2024-05-01 10:00:00.010] +CSQ: 20,99\r\n"
                              "[2024-05-01 10:00:00.011] OK\r\n"
                              "[2024-05-01 10:00:01.000] AT\r\n"
                              "[2024-05-01 10:00:01.010] OK\r\n";
    ir_out *o = calloc(1, sizeof *o);
    assert_int_equal(ir_run(o, NULL, tio, sizeof tio - 1, 0, 0), 0);
    assert_string_equal(o->format, "tsline");
    assert_non_null(strstr(o->chunks.rec[0], " no-notes "));
    col_free(&o->chunks);
    free(o);
    assert_int_equal(ir_records(&r, prof, tio, sizeof tio - 1, 0, 0), 0);
    assert_true(r.n >= 1);
    assert_string_equal(r.rec[0], "txn L1-3 AT+CSQ //note complete ok resp=+CSQ: 20,99");
    col_free(&r);
}


/* The edges of the blocks a tracker or forum put a log in, as the wrapper
 * definitions say them (forum-blocks, code-fence: block_open, block_close):
 * the layer that drops such a line says on its note which edge it is, seen
 * as that layer sees the line (a fence inside a Markdown quote too); the
 * layer's other lines (GitHub's <details>) are no edge. Whole, a byte at a
 * time and in random pieces alike. */
static void edges_expect(const char *in, const char *layers, const char *const *want, size_t nwant)
{
    size_t len = strlen(in);
    ir_out *o = calloc(1, sizeof *o);
    for (unsigned pass = 0; pass < 3; pass++) {
        assert_int_equal(ir_run(o, NULL, in, len, pass ? (pass == 1 ? 1 : 7) : 0, pass == 2 ? 5 : 0), 0);
        if (strcmp(o->layers, layers))
            col_print(&o->chunks, stderr);
        assert_string_equal(o->layers, layers);
        size_t k = 0;
        int same = 1;
        for (size_t i = 0; i < o->chunks.n; i++) {
            if (o->chunks.rec[i][0] != 'A')
                continue;
            same &= k < nwant && !strcmp(o->chunks.rec[i], want[k]);
            k++;
        }
        if (!same || k != nwant)
            col_print(&o->chunks, stderr);
        assert_true(same && k == nwant);
        col_free(&o->chunks);
    }
    free(o);
}

static void test_block_edges(void **state)
{
    (void)state;
    static const char *const fence[] = {
        "A- L2 @12 -0 no-notes block-open block-close \"```\"",
        "A- L5 @32 -0 no-notes block-open block-close \"```\"",
        "A- L6 @36 -0 no-notes block-open \"~~~text\"",
        "A- L9 @56 -0 no-notes block-open block-close \"~~~\"",
    };
    edges_expect("Here it is:\n```\n-> AT+CSQ\n<- OK\n```\n~~~text\n-> AT\n<- OK\n~~~\n",
                 "code-fence > generic-arrows", fence, 4);
    /* a fence in a quote: its edge as the fence's layer sees the line */
    static const char *const quoted[] = {
        "A- L2 @13 -0 no-notes block-open block-close \"> ```\"",
        "A- L5 @39 -0 no-notes block-open block-close \"> ```\"",
    };
    edges_expect("Quoting you:\n> ```\n> -> AT+CSQ\n> <- OK\n> ```\n",
                 "markdown-quote > code-fence > generic-arrows", quoted, 2);
    static const char *const jira[] = {
        "A- L1 @0 -0 no-notes block-open block-close \"{noformat}\"",
        "A- L4 @27 -0 no-notes block-open block-close \"{noformat}\"",
        "A- L5 @38 -0 no-notes block-open \"{code:title=modem.log|borderStyle=solid}\"",
        "A- L8 @91 -0 no-notes block-open block-close \"{code}\"",
    };
    edges_expect("{noformat}\n-> AT+CSQ\n<- OK\n{noformat}\n{code:title=modem.log|borderStyle=solid}\n"
                 "-> AT\n<- OK\n{code}\n",
                 "forum-blocks > generic-arrows", jira, 4);
    /* BBCode's tags, one way each; GitHub's <details> lines are the
     * layer's, no edge */
    static const char *const bbcode[] = {
        "A- L2 @8 -0 no-notes block-open \"[code]\"",
        "A- L5 @31 -0 no-notes block-close \"[/code]\"",
        "A- L6 @39 -0 no-notes block-open \"  [code=text]\"",
        "A- L9 @65 -0 no-notes block-close \"[/CODE]\"",
        "A- L10 @73 -0 no-notes \"<details><summary>log</summary>\"",
        "A- L11 @105 -0 no-notes \"</details>\"",
    };
    edges_expect("My log:\n[code]\n-> AT+CSQ\n<- OK\n[/code]\n  [code=text]\n-> AT\n<- OK\n[/CODE]\n"
                 "<details><summary>log</summary>\n</details>\n",
                 "forum-blocks > generic-arrows", bbcode, 6);
}

/* SSCOM ends each receive record's display with a line break of its own
 * (a public SSCOM session of firmware that ends each answer with one CR LF
 * shows a blank line before the next header; LuatOS' Air780EP AT notes
 * alike): the blank line right before a header is the tool's, not the
 * modem's, so it is no byte of a block counted by length (SIMCom's
 * +CMQTTRXTOPIC: 0,8 then the topic in the next chunk); a blank line with
 * more of the record after it is the modem's. Whole, a byte at a time and in
 * random pieces alike. */
static void test_sscom_record_break(void **state)
{
    (void)state;
    static const char in[] = "[10:21:40.000]\xe6\x94\xb6\xe2\x86\x90\xe2\x97\x86\r\n"
                             "+CMQTTRXTOPIC: 0,8\r\n"
                             "\r\n"
                             "[10:21:40.005]\xe6\x94\xb6\xe2\x86\x90\xe2\x97\x86" "dev/temp\r\n"
                             "\r\n"
                             "+CMQTTRXEND: 0\r\n"
                             "\r\n"
                             "\r\n";
    static const char *const want[] = {
        "D< L1 @23 d37300000000 no-notes \"\\x0d\\x0a\"",
        "D< L2 @25 d37300000000 no-notes \"+CMQTTRXTOPIC: 0,8\\x0d\\x0a\"",
        "D< L4 @70 d37300005000 no-notes \"dev/temp\\x0d\\x0a\"",
        "D< L5 @80 d37300005000 no-notes \"\\x0d\\x0a\"",
        "D< L6 @82 d37300005000 no-notes \"+CMQTTRXEND: 0\\x0d\\x0a\"",
        "D< L7 @98 d37300005000 no-notes \"\\x0d\\x0a\"",
    };
    size_t nwant = sizeof want / sizeof want[0];
    ir_out *o = calloc(1, sizeof *o);
    for (unsigned pass = 0; pass < 3; pass++) {
        assert_int_equal(ir_run(o, NULL, in, sizeof in - 1, pass ? (pass == 1 ? 1 : 7) : 0,
                                pass == 2 ? 3 : 0),
                         0);
        assert_string_equal(o->format, "sscom");
        int same = o->chunks.n == nwant;
        for (size_t i = 0; same && i < nwant; i++)
            same = !strcmp(o->chunks.rec[i], want[i]);
        if (!same)
            col_print(&o->chunks, stderr);
        assert_true(same);
        col_free(&o->chunks);
    }
    free(o);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixtures),
        cmocka_unit_test(test_fixtures_chunked),
        cmocka_unit_test(test_broken_fixtures),
        cmocka_unit_test(test_raw_banners),
        cmocka_unit_test(test_raw_not_banners),
        cmocka_unit_test(test_raw_banner_records),
        cmocka_unit_test(test_notes_only_where_the_reader_says),
        cmocka_unit_test(test_block_edges),
        cmocka_unit_test(test_sscom_record_break),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
