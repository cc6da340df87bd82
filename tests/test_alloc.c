/* test_alloc.c - every allocation failure is handled.
 *
 * The library's malloc, calloc, realloc and strdup are wrapped at link time
 * (-Wl,--wrap, see tests/CMakeLists.txt). Jansson's own allocations are
 * left alone: json_loads in Jansson 2.14 frees a pointer it never allocated
 * when its allocator fails mid-parse (found here, under ASan); its
 * out-of-memory errors are still mapped to ATS_ENOMEM. A reference run records
 * the call path of every allocation of a whole audit (profile, ruleset and
 * config, format detection, parser, rule engine, statistics); then the first
 * allocation of each call path not yet failed is made to fail. Every such run
 * must end without a crash, a sanitizer report or a leak, and either fail
 * with ATS_ENOMEM or give exactly the reference records and violations:
 * a failure may cost the run, never silently part of its result.
 *
 * Why call paths and not every allocation: a site in a loop (a buffer that
 * grows per line) is handled by the same code at its tenth call as at its
 * first, and failing each index made the test quadratic in the capture's
 * allocations (four minutes of the suite under ASan). A path seen in an
 * earlier capture (loading the profile, which every audit does) is not
 * failed again. */
#include <execinfo.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

void *__real_malloc(size_t n);
void *__real_calloc(size_t k, size_t n);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);

/* --wrap reaches this file's own calls too: the test's bookkeeping must not
 * take part in the injection. */
#define realloc __real_realloc
#define strdup __real_strdup
#include "collect.h"
#undef realloc
#undef strdup

/* atomic: with a record thread, the parser's and the rules' allocations
 * interleave, so the k-th is one or the other from run to run (each run
 * must hold up either way) */
static long fail_at = -1;     /* index of the allocation to fail, -1 none */
static atomic_long nallocs;
static atomic_int failed;     /* the injected failure happened */

/* The reference run's call path of each allocation, by index. With a record
 * thread the index of a path varies from run to run: such runs fail the
 * k-th allocation as it comes, whichever path that is. */
static int recording;
static pthread_mutex_t paths_lock = PTHREAD_MUTEX_INITIALIZER;
static uint64_t *paths;
static size_t npaths, cappaths;

/* The test's own frames below audit() differ from capture to capture: a
 * path is hashed without them, so that loading the profile is one path in
 * every audit. The record thread's stacks have none of them. */
static int base_depth;
static _Thread_local int on_test_thread;

static uint64_t call_path(void)
{
    void *fr[128];
    int n = backtrace(fr, 128);
    int end = on_test_thread && n < 128 ? n - base_depth : n;
    uint64_t h = 1469598103934665603u;   /* FNV-1a over the return addresses */
    for (int i = 2; i < end; i++) {       /* 0: here, 1: fail_now */
        uintptr_t a = (uintptr_t)fr[i];
        for (unsigned b = 0; b < sizeof a; b++) {
            h ^= (a >> (8 * b)) & 0xff;
            h *= 1099511628211u;
        }
    }
    return h;
}

static int fail_now(void)
{
    long k = atomic_fetch_add(&nallocs, 1);
    if (recording) {
        uint64_t h = call_path();
        pthread_mutex_lock(&paths_lock);
        if ((size_t)k >= cappaths) {
            size_t cap = cappaths ? 2 * cappaths : 4096;
            while (cap <= (size_t)k)
                cap *= 2;
            paths = __real_realloc(paths, cap * sizeof *paths);
            if (!paths)
                abort();
            cappaths = cap;
        }
        paths[k] = h;
        if ((size_t)k >= npaths)
            npaths = (size_t)k + 1;
        pthread_mutex_unlock(&paths_lock);
    }
    if (k == fail_at) {
        atomic_store(&failed, 1);
        return 1;
    }
    return 0;
}

/* The next allocations are the reference run's: their paths are hashed
 * from the caller's caller up (the caller is the test, the callee the code
 * under test). noinline: the frame counted must be the caller's. */
static __attribute__((noinline)) void record_paths(void)
{
    void *fr[128];
    base_depth = backtrace(fr, 128) - 1;   /* less this function's own frame */
    on_test_thread = 1;
    npaths = 0;
    recording = 1;
}

/* Paths already failed, over every capture of the run: open addressing. */
static uint64_t seen[1 << 16];
static size_t nseen;

/* 1 if h was not seen before (and is now); a full table fails every path */
static int first_sighting(uint64_t h)
{
    if (nseen >= (sizeof seen / sizeof *seen) / 2)
        return 1;
    h |= 1;   /* 0 marks a free slot */
    size_t mask = sizeof seen / sizeof *seen - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        if (seen[i] == h)
            return 0;
        if (seen[i] == 0) {
            seen[i] = h;
            nseen++;
            return 1;
        }
    }
}

/* the linker's --wrap targets: defined here, called by the library */
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t k, size_t n);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);

void *__wrap_malloc(size_t n) { return fail_now() ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t k, size_t n) { return fail_now() ? NULL : __real_calloc(k, n); }
void *__wrap_realloc(void *p, size_t n) { return fail_now() ? NULL : __real_realloc(p, n); }
char *__wrap_strdup(const char *s) { return fail_now() ? NULL : __real_strdup(s); }

/* ---- one whole audit, results rendered as lines ---- */

typedef struct run {
    collect recs;             /* records, then violations, then rule results */
    ats_engine *eng;
    ats_statsacc *st;
    int eng_rc;
} run;

static int on_violation(void *user, const ats_violation *v)
{
    run *r = user;
    char b[1024];
    snprintf(b, sizeof b, "V %s line %" PRIu64 " %s", v->rule, v->line, v->message);
    col_add(&r->recs, b);
    return 0;
}

static int on_record(void *user, const ats_record *rec)
{
    run *r = user;
    ats_error e;
    col_cb(&r->recs, rec);
    if (r->st && ats_statsacc_feed(r->st, rec) != 0) {
        r->eng_rc = ATS_ENOMEM;
        return 1;
    }
    if (r->eng && ats_engine_feed(r->eng, rec, &e) < 0) {
        r->eng_rc = e.code;
        return 1;
    }
    return 0;
}

typedef struct feeder {
    ats_parser *ps;
    ats_input *in;
    ats_engine *eng;
    int told, rc;
} feeder;

static int on_chunk(void *user, const ats_chunk *c)
{
    feeder *f = user;
    ats_error e;
    const ats_format_info *fi = ats_input_format(f->in);
    if (!f->told && fi) {       /* as the CLI does: the rules learn what the format carries */
        ats_capture_info ci = {fi->has_time, fi->has_direction, fi->lossy, 0, NULL, 0};
        ats_engine_set_capture_info(f->eng, &ci);
        f->told = 1;
    }
    if (ats_parser_feed_chunk(f->ps, c, &e) < 0) {
        f->rc = e.code;
        return 1;
    }
    return 0;
}

static const char CONFIG[] = "{\"rules\": {\"unknown-command\": {\"severity\": \"warning\"},"
                             " \"retry-storm\": {\"max_retries\": 2}}}";

/* The built-in format definitions, compiled once before the injection
 * starts (as the CLI shares one set among its captures): compiling them
 * inside each run made the test quadratic in their number. Their own
 * allocation failures are test_formatset's. */
static ats_formatset *shared_fs;

/* 0, or the first error code; out holds what was produced either way. */
static int audit(const char *bytes, size_t n, unsigned threads, collect *out)
{
    ats_error e;
    memset(&e, 0, sizeof e);
    run r;
    memset(&r, 0, sizeof r);
    ats_profile *p = NULL;
    ats_ruleset *rs = NULL;
    ats_parser *ps = NULL;
    ats_input *in = NULL;
    ats_statsacc *st = NULL;
    ats_redact_map *rm = NULL;   /* masked as the program does by default */
    feeder f = {NULL, NULL, NULL, 0, 0};
    int rc = 0;

    if (ats_profile_load_builtin(&p, "fibocom-l610", &e) < 0 ||
        ats_ruleset_new(&rs, p, &e) < 0 ||
        ats_ruleset_configure(rs, CONFIG, sizeof CONFIG - 1, "config.json", &e) < 0 ||
        ats_engine_new(&r.eng, rs, NULL, on_violation, &r, &e) < 0 ||
        ats_statsacc_new(&st) != 0) {
        rc = e.code ? e.code : ATS_ENOMEM;
        goto out;
    }
    ats_parser_opts o;
    ats_parser_opts_default(&o);
    o.threads = threads;
    if (ats_redact_map_new(&rm, 0) < 0) {
        rc = ATS_ENOMEM;
        goto out;
    }
    if (ats_parser_new(&ps, p, &o, on_record, &r, &e) < 0 ||
        ats_parser_set_redact(ps, rm, &e) < 0) {
        rc = e.code;
        goto out;
    }
    f.ps = ps;
    f.eng = r.eng;
    r.st = st;
    ats_input_opts io = {.format = NULL};
    io.formats = shared_fs;
    if (ats_input_new(&in, &io, on_chunk, &f, &e) < 0) {
        rc = e.code;
        goto out;
    }
    f.in = in;
    /* in pieces, so the carry buffers and reallocations are exercised */
    for (size_t i = 0; i < n && rc == 0; i += 97) {
        size_t k = n - i < 97 ? n - i : 97;
        if (ats_input_feed(in, bytes + i, k, &e) < 0)
            rc = r.eng_rc ? r.eng_rc : f.rc ? f.rc : e.code;
    }
    if (rc == 0 && ats_input_finish(in, &e) < 0)
        rc = r.eng_rc ? r.eng_rc : f.rc ? f.rc : e.code;
    if (rc == 0 && ats_parser_finish(ps, &e) < 0)
        rc = r.eng_rc ? r.eng_rc : e.code;
    if (rc == 0 && ats_engine_finish(r.eng, &e) < 0)
        rc = e.code;
    if (rc == 0) {
        char b[400];
        snprintf(b, sizeof b, "S cmds %zu urcs %zu", ats_statsacc_ncmds(st), ats_statsacc_nurcs(st));
        col_add(&r.recs, b);
        for (size_t i = 0; i < ats_ruleset_count(rs); i++) {
            ats_rule_result res;
            ats_engine_result(r.eng, i, &res);
            snprintf(b, sizeof b, "R %s %s %" PRIu64 " %s", res.id,
                     ats_rule_status_name(res.status), res.violations, res.reason);
            col_add(&r.recs, b);
        }
    }
out:
    ats_input_free(in);
    ats_parser_free(ps);
    ats_redact_map_free(rm);
    ats_statsacc_free(st);
    ats_engine_free(r.eng);
    ats_ruleset_free(rs);
    ats_profile_free(p);
    *out = r.recs;
    return rc;
}

static char *slurp(const char *rel, size_t *n)
{
    const char *dir = getenv("ATS_SOURCE_DIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir ? dir : ".", rel);
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    char *b = __real_malloc(1 << 20);
    assert_non_null(b);
    *n = fread(b, 1, 1 << 20, fp);
    fclose(fp);
    return b;
}

static int same(const collect *a, const collect *b)
{
    if (a->n != b->n)
        return 0;
    for (size_t i = 0; i < a->n; i++)
        if (strcmp(a->rec[i], b->rec[i]) != 0)
            return 0;
    return 1;
}

static void every_allocation_fails_once(const char *capture, unsigned threads)
{
    size_t n;
    char *bytes = slurp(capture, &n);

    collect ref;
    fail_at = -1;
    nallocs = 0;
    record_paths();
    assert_int_equal(audit(bytes, n, threads, &ref), 0);
    recording = 0;
    long total = nallocs;
    assert_true(total > 100);
    assert_true(ref.n > 10);
    assert_int_equal(npaths, (size_t)total);

    long lost = 0, enomem = 0, tried = 0;
    for (long k = 0; k < total; k++) {
        if (!first_sighting(paths[k]))
            continue;
        tried++;
        collect got;
        fail_at = k;
        nallocs = 0;
        failed = 0;
        int rc = audit(bytes, n, threads, &got);
        if (rc == 0) {
            if (!same(&got, &ref)) {
                print_error("%s: allocation %ld of %ld failed and the run reported success "
                            "with different results\n", capture, k, total);
                lost++;
            }
        } else {
            if (rc != ATS_ENOMEM || !failed) {
                print_error("%s: allocation %ld of %ld failed: error %d (%s), not ATS_ENOMEM\n",
                            capture, k, total, rc, ats_strerror(rc));
                lost++;
            }
            enomem++;
        }
        col_free(&got);
    }
    fail_at = -1;
    col_free(&ref);
    free(bytes);
    if (getenv("ATS_ALLOC_VERBOSE"))
        print_message("%s: %ld allocations, %ld call paths failed\n", capture, total, tried);
    assert_int_equal(lost, 0);
    /* a capture that reaches no path the earlier ones did not is dead
     * weight here: it belongs to another test */
    assert_true(tried > 0);
    assert_true(enomem > 0);
}

/* one capture of each reader, and the raw ones that reach the most of the
 * builder and the rules */
#define CAPTURE_TEST(name, path)                                                         \
    static void test_##name(void **s)                                                    \
    {                                                                                    \
        (void)s;                                                                         \
        every_allocation_fails_once(path, 1);                                            \
    }
CAPTURE_TEST(raw_guide_log, "captures/guide-3.3-tcp-udp.log")
CAPTURE_TEST(raw_transparent, "captures/l610-transparent.log")
CAPTURE_TEST(hostile, "captures/hostile-bytes.log")
CAPTURE_TEST(sscom, "captures/formats/sscom.log")
CAPTURE_TEST(uartassist, "captures/formats/uartassist.log")
CAPTURE_TEST(tio_late, "captures/formats/tsline-tio-late.log")
CAPTURE_TEST(modemmanager, "captures/formats/mm.log")
CAPTURE_TEST(socat_x, "captures/formats/socat-x.log")
CAPTURE_TEST(saleae, "captures/formats/saleae.csv")
CAPTURE_TEST(sigrok, "captures/formats/sigrok.txt")
CAPTURE_TEST(strace, "captures/formats/strace.log")
CAPTURE_TEST(interceptty, "captures/formats/interceptty-t.log")
/* identifiers to mask: the pseudonym map grows, messages are masked */
CAPTURE_TEST(redacted, "captures/3gpp/3gpp-session.log")
/* a trace no definition knows: the template inferred, made a definition
 * (compiled per input) and read with it */
CAPTURE_TEST(inferred, "tests/unknown/java-threads.log")
/* with the record thread (ats_parser_opts.threads): its batches, and the
 * rules' allocations on it, fail too, and nothing is lost or reported twice */
static void test_threads_guide(void **s)
{
    (void)s;
    every_allocation_fails_once("captures/guide-3.3-tcp-udp.log", 3);   /* both queues */
}
static void test_threads_redacted(void **s)
{
    (void)s;
    every_allocation_fails_once("captures/3gpp/3gpp-session.log", 2);
}

/* Each allocation of compiling the built-in definitions fails once: the
 * set is not made, ATS_ENOMEM says why, and nothing leaks (ASan). */
static void test_formatset(void **s)
{
    (void)s;
    ats_error e;
    ats_formatset *fs = NULL;
    fail_at = -1;
    nallocs = 0;
    record_paths();
    assert_int_equal(ats_formatset_new(&fs, &e), 0);
    recording = 0;
    long total = nallocs;
    size_t count = ats_formatset_count(fs);
    ats_formatset_free(fs);
    assert_true(total > 100);
    long made = 0, tried = 0;
    for (long k = 0; k < total; k++) {
        if (!first_sighting(paths[k]))
            continue;
        tried++;
        fail_at = k;
        nallocs = 0;
        failed = 0;
        fs = NULL;
        memset(&e, 0, sizeof e);
        int rc = ats_formatset_new(&fs, &e);
        if (rc == 0) {
            /* the failed allocation was one the set could do without */
            assert_int_equal(ats_formatset_count(fs), count);
            made++;
        } else {
            if (rc != ATS_ENOMEM || !failed)
                fail_msg("allocation %ld of %ld failed: error %d (%s), not ATS_ENOMEM", k, total,
                         rc, e.msg);
            assert_null(fs);
        }
        ats_formatset_free(fs);
    }
    fail_at = -1;
    if (getenv("ATS_ALLOC_VERBOSE"))
        print_message("formatset: %ld allocations, %ld call paths failed\n", total, tried);
    assert_true(made < tried);
}

static int make_shared(void **s)
{
    (void)s;
    ats_error e;
    fail_at = -1;
    return ats_formatset_new(&shared_fs, &e) == 0 ? 0 : -1;
}

static int free_shared(void **s)
{
    (void)s;
    ats_formatset_free(shared_fs);
    shared_fs = NULL;
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_raw_guide_log),   cmocka_unit_test(test_raw_transparent),
        cmocka_unit_test(test_hostile),         cmocka_unit_test(test_sscom),
        cmocka_unit_test(test_uartassist),
        cmocka_unit_test(test_tio_late),        cmocka_unit_test(test_modemmanager),
        cmocka_unit_test(test_socat_x),         cmocka_unit_test(test_saleae),
        cmocka_unit_test(test_sigrok),
        cmocka_unit_test(test_strace),          cmocka_unit_test(test_interceptty),
        cmocka_unit_test(test_redacted),
        cmocka_unit_test(test_inferred),        cmocka_unit_test(test_threads_guide),
        cmocka_unit_test(test_threads_redacted), cmocka_unit_test(test_formatset),
    };
    return cmocka_run_group_tests(tests, make_shared, free_shared);
}
