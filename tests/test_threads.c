/* test_threads.c - the parser with a record thread (ats_parser_opts.threads
 * = 2) delivers every field of every record as the one-thread parser does,
 * in the same order, on another thread; a stop the callback asks for ends the
 * stream at that record; a record larger than a batch crosses whole; and a
 * caller's sync delivers everything made so far. The line tap's lines cross
 * too, interleaved with the records exactly as on one thread, cut at the
 * tap's max_text with the rest counted. */
#include <inttypes.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "atscope.h"
#include "formats_once.h"

typedef struct sink {
    char *buf;                /* every record, every field, one line each */
    size_t len, cap;
    size_t n, stop_at;        /* stop_at: return non-zero for record n (1-based), 0 never */
    pthread_t caller;
    int other_thread;         /* some record arrived on a thread not the caller's */
    int after_stop;           /* a record arrived after the stop */
    int stopped;
    size_t max_text;          /* the tap's: no line longer reaches it */
    int long_line;            /* one did */
    uint64_t line_bytes;      /* text + cut over every line tapped */
} sink;

static void add(sink *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add(sink *s, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (k < 0)
        return;
    size_t n = (size_t)k < sizeof tmp ? (size_t)k : sizeof tmp - 1;
    if (s->len + n + 1 > s->cap) {
        s->cap = (s->len + n + 1) * 2;
        s->buf = realloc(s->buf, s->cap);
        assert_non_null(s->buf);
    }
    memcpy(s->buf + s->len, tmp, n);
    s->len += n;
    s->buf[s->len] = 0;
}

/* bytes as hex, so NUL and any byte compare exactly */
static void span(sink *s, const char *key, ats_span x)
{
    add(s, " %s=%s%zu:", key, x.ptr ? "" : "null", x.len);
    for (size_t i = 0; i < x.len; i++)
        add(s, "%02x", (unsigned char)x.ptr[i]);
}

static void item(sink *s, const char *key, const ats_item *it)
{
    add(s, " %s@%" PRIu64 "/%" PRIu64 "/%d:%" PRId64 "/%u", key, it->line, it->offset,
        (int)it->time.kind, it->time.us, it->flags);
    span(s, key, it->text);
}

static void txn(sink *s, const ats_txn *t)
{
    add(s, "txn %" PRIu64 " ncmds=%zu flags=%u st=%d fk=%d", t->id, t->ncmds, t->flags,
        (int)t->status, (int)t->final_kind);
    item(s, "cmd", &t->command);
    for (size_t k = 0; k < t->ncmds; k++) {
        const ats_subcmd *c = &t->cmds[k];
        span(s, "name", c->name);
        add(s, " type=%d nargs=%zu", (int)c->type, c->nargs);
        /* names are C strings to their readers */
        assert_int_equal(c->name.ptr[c->name.len], 0);
        span(s, "raw", c->args_raw);
        for (size_t i = 0; i < c->nargs; i++)
            span(s, "arg", c->args[i]);
    }
    item(s, "final", &t->final);
    span(s, "code", t->final_code);
    add(s, " nresp=%zu omitted=%" PRIu64, t->nresponses, t->responses_omitted);
    for (size_t i = 0; i < t->nresponses; i++)
        item(s, "resp", &t->responses[i]);
    for (size_t i = 0; i < t->nurcs; i++)
        add(s, " urc=%" PRIu64, t->urc_ids[i]);
    item(s, "prompt", &t->prompt);
    add(s, " payload=%" PRIu64 "/%" PRId64 "/%d/%" PRIu64, t->payload_bytes, t->payload_declared,
        (int)t->payload_end, t->payload_line);
    span(s, "preview", t->payload_preview);
    add(s, " compl=%d", (int)t->completion);
    item(s, "citem", &t->completion_item);
    span(s, "sock", t->sock);
    add(s, " info=%d/%g/%d/%d/%d/%g/%s unk=%u", t->info.known, t->info.timeout_s, t->info.retries,
        t->info.async, t->info.blocking, t->info.completion_timeout_s,
        t->info.section ? t->info.section : "-", t->unknown_mask);
    for (size_t i = 0; i < t->nwaiting; i++) {
        const ats_waiting *w = &t->waiting[i];
        add(s, " wait=%" PRIu64 "/%" PRIu64 "/%d", w->id, w->line, w->blocking);
        span(s, "wcmd", w->command);
        span(s, "wname", w->name);
        span(s, "wsock", w->sock);
    }
    add(s, " chain=%" PRIu64 "#%u lines=%" PRIu64 "-%" PRIu64, t->retry_chain, t->attempt,
        t->first_line, t->last_line);
}

static int on_record(void *user, const ats_record *r)
{
    sink *s = user;
    if (s->stopped)
        s->after_stop = 1;
    if (!pthread_equal(pthread_self(), s->caller))
        s->other_thread = 1;
    add(s, "%s id=%" PRIu64 " ", ats_record_kind_name(r->kind), r->id);
    switch (r->kind) {
    case ATS_REC_TXN: txn(s, r->txn); break;
    case ATS_REC_URC:
        add(s, "urc %" PRIu64 " known=%d boot=%d in=%" PRIu64, r->urc->id, r->urc->known,
            r->urc->boot, r->urc->inside_txn);
        item(s, "item", &r->urc->item);
        span(s, "name", r->urc->name);
        break;
    case ATS_REC_DATA: {
        const ats_data *d = r->data;
        add(s, "data %" PRIu64 " tr=%d %" PRIu64 "-%" PRIu64 " off=%" PRIu64 " %" PRId64
               "..%" PRId64 " %" PRIu64 "/%" PRIu64 "/%" PRIu64 "/%" PRIu64 " esc=%" PRIu64
               "/%d/%d",
            d->id, d->transparent, d->first_line, d->last_line, d->offset, d->start.us, d->end.us,
            d->bytes_tx, d->bytes_rx, d->bytes_unknown, d->pieces, d->escape_line, d->escape_eol,
            d->escape_inline);
        span(s, "preview", d->preview);
        span(s, "why", d->end_reason);
        item(s, "end", &d->end_item);
        break;
    }
    case ATS_REC_RETRY_CHAIN:
        add(s, "chain %" PRIu64 " x%u %" PRIu64 "-%" PRIu64, r->chain->id, r->chain->attempts,
            r->chain->first_line, r->chain->last_line);
        span(s, "cmd", r->chain->command);
        for (size_t i = 0; i < r->chain->ntxns; i++)
            add(s, " t=%" PRIu64, r->chain->txns[i]);
        span(s, "outcome", r->chain->outcome);
        break;
    default:
        item(s, "item", r->item);
        break;
    }
    span(s, "reason", r->reason);
    add(s, "\n");
    s->n++;
    if (s->stop_at && s->n == s->stop_at) {
        s->stopped = 1;
        return 1;
    }
    return 0;
}

static int on_line(void *user, const ats_line *l)
{
    sink *s = user;
    if (s->stopped)
        s->after_stop = 1;
    if (!pthread_equal(pthread_self(), s->caller))
        s->other_thread = 1;
    if (s->max_text && l->text.len > s->max_text)
        s->long_line = 1;
    s->line_bytes += l->text.len + l->cut;
    add(s, "line %" PRIu64 "@%" PRIu64 " k=%d d=%d t=%d:%" PRId64 " f=%u cut=%" PRIu64 " note=%s",
        l->line, l->offset, (int)l->kind, (int)l->dir, (int)l->time.kind, l->time.us, l->flags,
        l->cut, l->note ? l->note : "-");
    span(s, "text", l->text);
    add(s, "\n");
    return 0;
}

static char *slurp(const char *rel, size_t *n)
{
    const char *dir = getenv("ATS_SOURCE_DIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir ? dir : ".", rel);
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    char *b = malloc(1 << 20);
    assert_non_null(b);
    *n = fread(b, 1, 1 << 20, fp);
    fclose(fp);
    return b;
}

/* The bytes through the reader and a parser of `threads`, in pieces of
 * `piece` bytes; rc is the first failure (0 none). */
typedef struct feed {
    ats_parser *ps;
    int rc;
} feed;

static int on_chunk(void *user, const ats_chunk *c)
{
    feed *f = user;
    ats_error e;
    int rc = ats_parser_feed_chunk(f->ps, c, &e);
    if (rc < 0) {
        f->rc = rc;
        return 1;
    }
    return 0;
}

static int on_chunks(void *user, const ats_chunk *c, size_t n)
{
    feed *f = user;
    ats_error e;
    int rc = ats_parser_feed_chunks(f->ps, c, n, &e);
    if (rc < 0) {
        f->rc = rc;
        return 1;
    }
    return 0;
}

/* 1: the reader's chunks go to the parser in runs (ats_input_set_chunks_cb) */
static int g_runs;

static int run_tap(const char *profile, const char *bytes, size_t n, unsigned threads,
                   size_t piece, sink *s, ats_stats *st, int tap)
{
    ats_error e;
    ats_profile *p = NULL;
    assert_int_equal(ats_profile_load_builtin(&p, profile, &e), 0);
    ats_parser_opts o;
    ats_parser_opts_default(&o);
    o.threads = threads;
    s->caller = pthread_self();
    feed f = {NULL, 0};
    assert_int_equal(ats_parser_new(&f.ps, p, &o, on_record, s, &e), 0);
    if (tap)
        ats_parser_set_line_tap(f.ps, on_line, s, s->max_text);
    ats_input *in = NULL;
    ats_input_opts io = {.format = NULL};
    io.formats = ts_formats();
    assert_int_equal(ats_input_new(&in, &io, on_chunk, &f, &e), 0);
    if (g_runs)
        ats_input_set_chunks_cb(in, on_chunks);
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i += piece)
        if (ats_input_feed(in, bytes + i, n - i < piece ? n - i : piece, &e) < 0)
            rc = f.rc ? f.rc : e.code;
    if (rc == 0 && ats_input_finish(in, &e) < 0)
        rc = f.rc ? f.rc : e.code;
    if (rc == 0 && ats_parser_finish(f.ps, &e) < 0)
        rc = e.code;
    if (rc < 0 && ats_parser_sync(f.ps, &e) == ATS_EUSER)
        rc = ATS_EUSER;
    if (st)
        *st = *ats_parser_stats(f.ps);
    ats_input_free(in);
    ats_parser_free(f.ps);
    ats_profile_free(p);
    return rc;
}

static int run(const char *profile, const char *bytes, size_t n, unsigned threads, size_t piece,
               sink *s, ats_stats *st)
{
    return run_tap(profile, bytes, n, threads, piece, s, st, 0);
}

/* One thread with the whole file at once, two and three threads in pieces
 * of 61 bytes and in one piece (with three the reader's chunks cross to the
 * parser's thread however they are cut): the same records, the same stats. */
static void same_records(const char *profile, const char *rel)
{
    size_t n;
    char *bytes = slurp(rel, &n);
    const size_t pieces[] = {61, n ? n : 1};
    sink one;
    memset(&one, 0, sizeof one);
    ats_stats s1, s2;
    assert_int_equal(run(profile, bytes, n, 1, n ? n : 1, &one, &s1), 0);
    assert_true(one.n > 5);
    assert_false(one.other_thread);
    for (size_t k = 0; k < 4; k++) {
        sink two;
        memset(&two, 0, sizeof two);
        assert_int_equal(run(profile, bytes, n, 2 + (unsigned)(k / 2), pieces[k % 2], &two, &s2),
                         0);
        assert_int_equal(one.n, two.n);
        assert_string_equal(one.buf, two.buf);
        assert_memory_equal(&s1, &s2, sizeof s1);
        assert_true(two.other_thread);
        free(two.buf);
    }
    free(one.buf);
    free(bytes);
}

/* Where the framing and redaction ran: the redaction's span callback runs
 * on the thread that frames. */
typedef struct where {
    pthread_t caller;
    int spans, off_caller;
} where;

static int on_span(void *user, const ats_line *l, size_t from, size_t to, ats_redact_kind kind,
                   ats_span rep)
{
    (void)l, (void)from, (void)to, (void)kind, (void)rep;
    where *w = user;
    w->spans++;
    if (!pthread_equal(pthread_self(), w->caller))
        w->off_caller = 1;
    return 0;
}

static int nop_record(void *user, const ats_record *r)
{
    (void)user, (void)r;
    return 0;
}

static void split_where(const char *bytes, int split, int want_off)
{
    ats_error e;
    ats_profile *p = NULL;
    assert_int_equal(ats_profile_load_builtin(&p, "3gpp", &e), 0);
    ats_parser_opts o;
    ats_parser_opts_default(&o);
    o.threads = 2;
    o.split_read_apart = split;
    where w = {pthread_self(), 0, 0};
    feed f = {NULL, 0};
    ats_redact_map *map = NULL;
    assert_int_equal(ats_redact_map_new(&map, 0), 0);
    assert_int_equal(ats_parser_new(&f.ps, p, &o, nop_record, NULL, &e), 0);
    assert_int_equal(ats_parser_set_redact(f.ps, map, &e), 0);
    ats_parser_set_redact_spans(f.ps, on_span, &w);
    ats_input *in = NULL;
    ats_input_opts io = {.format = NULL};
    io.formats = ts_formats();
    assert_int_equal(ats_input_new(&in, &io, on_chunk, &f, &e), 0);
    assert_int_equal(ats_input_feed(in, bytes, strlen(bytes), &e), 0);
    assert_int_equal(ats_input_finish(in, &e), 0);
    assert_int_equal(ats_parser_finish(f.ps, &e), 0);
    assert_true(w.spans > 0);
    assert_int_equal(w.off_caller, want_off);
    ats_input_free(in);
    ats_parser_free(f.ps);
    ats_redact_map_free(map);
    ats_profile_free(p);
}

/* threads 2 with split_read_apart: a library trace (its reader decodes each
 * line) and a plain log (runs of bytes) get the parser thread as with 3; a
 * stamped terminal log (a chunk per line), or a trace without
 * split_read_apart, is framed on the caller's thread. */
static void test_split_read_apart(void **st)
{
    (void)st;
    static const char mbed[] =
        "[00001000ms][INFO][CELL]: AT TX ( 8): AT+CGSN<cr>\n"
        "[00001002ms][INFO][CELL]: AT RX (19): <cr><ln>861234567890123<cr><ln>\n"
        "[00001004ms][INFO][CELL]: AT RX ( 6): <cr><ln>OK<cr><ln>\n"
        "[00001006ms][INFO][CELL]: AT TX ( 8): AT+CGSN<cr>\n"
        "[00001008ms][INFO][CELL]: AT RX (19): <cr><ln>861234567890123<cr><ln>\n"
        "[00001010ms][INFO][CELL]: AT RX ( 6): <cr><ln>OK<cr><ln>\n";
    static const char plain[] = "AT+CGSN\r\r\n861234567890123\r\n\r\nOK\r\n"
                                "AT+CGSN\r\r\n861234567890123\r\n\r\nOK\r\n";
    static const char tio[] = "[10:00:00.000] AT+CGSN\r\n[10:00:00.010] 861234567890123\r\n"
                              "[10:00:00.020] OK\r\n[10:00:00.030] AT+CGSN\r\n"
                              "[10:00:00.040] 861234567890123\r\n[10:00:00.050] OK\r\n"
                              "[10:00:00.060] AT\r\n[10:00:00.070] OK\r\n";
    split_where(mbed, 1, 1);
    split_where(mbed, 0, 0);
    split_where(plain, 1, 1);
    split_where(plain, 0, 0);
    split_where(tio, 1, 0);
}

static void test_l610_async(void **st)
{
    (void)st;
    same_records("fibocom-l610", "captures/l610-async-overlap.log");
}

static void test_guide(void **st)
{
    (void)st;
    same_records("fibocom-l610", "captures/guide-3.3-tcp-udp.log");
}

static void test_transparent(void **st)
{
    (void)st;
    same_records("fibocom-l610", "captures/l610-transparent.log");
}

static void test_hostile(void **st)
{
    (void)st;
    same_records("fibocom-l610", "captures/hostile-bytes.log");
}

static void test_directed(void **st)
{
    (void)st;
    same_records("fibocom-l610", "captures/formats/socat-x.log");
}

static void test_trace(void **st)
{
    (void)st;
    same_records("3gpp", "captures/3gpp/3gpp-session.log");
}

/* reader notes (why a line is unparsed) cross with their chunks */
static void test_reader_notes(void **st)
{
    (void)st;
    same_records("fibocom-l610", "captures/formats/interceptty-broken.log");
    same_records("fibocom-l610", "captures/formats/mm-broken.log");
}

/* a library's trace under wrappers: the reader's work is the most there */
static void test_layered_trace(void **st)
{
    (void)st;
    same_records("3gpp", "captures/traces/layered-quote-arduino-mbed.log");
    same_records("3gpp", "captures/traces/zephyr-modem-cmux.log");
}

/* A trace's chunks handed over in runs (one per feed at most, a run ending
 * where its room does): the records and stats of one chunk at a time, on
 * one thread and on three, the capture fed whole, in pieces of 61 bytes
 * and a byte at a time (a run's cut never depends on how it was fed). */
static void same_in_runs(const char *profile, const char *rel)
{
    size_t n;
    char *bytes = slurp(rel, &n);
    sink one;
    memset(&one, 0, sizeof one);
    ats_stats s1, s2;
    assert_int_equal(run(profile, bytes, n, 1, n, &one, &s1), 0);
    assert_true(one.n > 5);
    const size_t pieces[] = {n, 61, 1};
    g_runs = 1;
    for (unsigned threads = 1; threads <= 3; threads += 2)
        for (size_t k = 0; k < 3; k++) {
            sink two;
            memset(&two, 0, sizeof two);
            assert_int_equal(run(profile, bytes, n, threads, pieces[k], &two, &s2), 0);
            assert_int_equal(one.n, two.n);
            assert_string_equal(one.buf, two.buf);
            assert_memory_equal(&s1, &s2, sizeof s1);
            assert_int_equal(two.other_thread, threads == 3);
            free(two.buf);
        }
    g_runs = 0;
    free(one.buf);
    free(bytes);
}

/* Many trace lines (many runs, many batches) and the callback stops at
 * record k: called exactly k times in runs as one chunk at a time, with
 * one thread and three, and nothing after the stop. */
static char *many_trace(size_t *n)
{
    size_t cap = 2u << 20, len = 0;
    char *b = malloc(cap);
    assert_non_null(b);
    for (unsigned i = 0; len + 200 < cap; i++)
        len += (size_t)snprintf(b + len, cap - len,
                                "[%08ums][INFO][CELL]: AT TX ( 7): AT+CSQ<cr>\n"
                                "[%08ums][INFO][CELL]: AT RX (20): <cr><ln>+CSQ: %2u,99<cr><ln>\n"
                                "[%08ums][INFO][CELL]: AT RX ( 6): <cr><ln>OK<cr><ln>\n",
                                1000 + 4 * i, 1001 + 4 * i, i % 32, 1002 + 4 * i);
    *n = len;
    return b;
}

static void test_runs(void **st)
{
    (void)st;
    same_in_runs("3gpp", "captures/traces/mbed-trace.log");
    same_in_runs("3gpp", "captures/traces/zephyr-modem-cmux.log");
    same_in_runs("3gpp", "captures/traces/gammu-smsd-syslog.log");
    same_in_runs("3gpp", "captures/traces/layered-quote-arduino-mbed.log");
    size_t n;
    char *bytes = many_trace(&n);
    const size_t stops[] = {1, 300, 5001, 12000};   /* of 12,192 */
    for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++) {
        sink one;
        memset(&one, 0, sizeof one);
        one.stop_at = stops[k];
        assert_int_equal(run("3gpp", bytes, n, 1, 65536, &one, NULL), ATS_EUSER);
        assert_int_equal(one.n, stops[k]);
        g_runs = 1;
        for (unsigned threads = 1; threads <= 3; threads += 2) {
            sink two;
            memset(&two, 0, sizeof two);
            two.stop_at = stops[k];
            assert_int_equal(run("3gpp", bytes, n, threads, 65536, &two, NULL), ATS_EUSER);
            assert_int_equal(two.n, stops[k]);
            assert_false(two.after_stop);
            assert_string_equal(one.buf, two.buf);
            free(two.buf);
        }
        g_runs = 0;
        free(one.buf);
    }
    free(bytes);
}

/* Many records (several batches), and the callback stops at record k: it is
 * called exactly k times with either parser, and the run ends stopped. */
static char *many(size_t *n)
{
    size_t cap = 4u << 20, len = 0;
    char *b = malloc(cap);
    assert_non_null(b);
    for (unsigned i = 0; len + 200 < cap; i++)
        len += (size_t)snprintf(b + len, cap - len,
                                "AT+CSQ\r\r\n+CSQ: %u,99\r\n\r\nOK\r\n+MIPRTCP: 1,0,%08x\r\n",
                                i % 32, i);
    *n = len;
    return b;
}

static void test_stop(void **st)
{
    (void)st;
    size_t n;
    char *bytes = many(&n);
    const size_t stops[] = {1, 2, 777, 5000, 60001};
    for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++) {
        sink one, two;
        memset(&one, 0, sizeof one);
        memset(&two, 0, sizeof two);
        one.stop_at = two.stop_at = stops[k];
        assert_int_equal(run("fibocom-l610", bytes, n, 1, 65536, &one, NULL), ATS_EUSER);
        assert_int_equal(run("fibocom-l610", bytes, n, 2, 65536, &two, NULL), ATS_EUSER);
        assert_int_equal(one.n, stops[k]);
        assert_int_equal(two.n, stops[k]);
        assert_false(two.after_stop);
        assert_string_equal(one.buf, two.buf);
        free(two.buf);
        /* the 4 MiB in one chunk, cut into pieces for the parser's thread */
        memset(&two, 0, sizeof two);
        two.stop_at = stops[k];
        assert_int_equal(run("fibocom-l610", bytes, n, 2, n, &two, NULL), ATS_EUSER);
        assert_int_equal(two.n, stops[k]);
        assert_false(two.after_stop);
        assert_string_equal(one.buf, two.buf);
        free(one.buf);
        free(two.buf);
    }
    /* no stop: every record, many batches of them */
    sink one, two;
    memset(&one, 0, sizeof one);
    memset(&two, 0, sizeof two);
    assert_int_equal(run("fibocom-l610", bytes, n, 1, 65536, &one, NULL), 0);
    assert_int_equal(run("fibocom-l610", bytes, n, 2, 65536, &two, NULL), 0);
    assert_true(one.n > 100000);
    assert_string_equal(one.buf, two.buf);
    free(two.buf);
    memset(&two, 0, sizeof two);
    assert_int_equal(run("fibocom-l610", bytes, n, 2, n, &two, NULL), 0);
    assert_string_equal(one.buf, two.buf);
    free(one.buf);
    free(two.buf);
    free(bytes);
}

/* A transaction keeping 64 responses of 4100 bytes (past the 256 KiB a transaction
 * may keep) is larger than a batch: it crosses in a batch of its own,
 * between ordinary ones. */
static void test_big_record(void **st)
{
    (void)st;
    size_t cap = 1u << 20, len = 0;
    char *b = malloc(cap);
    assert_non_null(b);
    len += (size_t)snprintf(b + len, cap - len, "AT\r\r\nOK\r\nAT+CGDCONT?\r\r\n");
    for (int i = 0; i < 70; i++) {
        len += (size_t)snprintf(b + len, cap - len, "+CGDCONT: %d,\"IP\",\"", i);
        memset(b + len, 'a' + i % 26, 4100);
        len += 4100;
        len += (size_t)snprintf(b + len, cap - len, "\"\r\n");
    }
    len += (size_t)snprintf(b + len, cap - len, "OK\r\nAT+CSQ\r\r\n+CSQ: 20,99\r\nOK\r\n");
    sink one, two;
    memset(&one, 0, sizeof one);
    memset(&two, 0, sizeof two);
    assert_int_equal(run("fibocom-l610", b, len, 1, len, &one, NULL), 0);
    assert_int_equal(run("fibocom-l610", b, len, 2, 4096, &two, NULL), 0);
    assert_int_equal(one.n, 3);
    assert_true(one.len > 2 * 256000);    /* the hex of the 256 KiB kept */
    assert_string_equal(one.buf, two.buf);
    free(one.buf);
    free(two.buf);
    free(b);
}

/* sync: with the caller between feeds, every record of what was fed so far
 * has been through the callback (a caller reports its own failure then). */
static void test_sync(void **st)
{
    (void)st;
    ats_error e;
    ats_profile *p = NULL;
    assert_int_equal(ats_profile_load_builtin(&p, "fibocom-l610", &e), 0);
    ats_parser_opts o;
    ats_parser_opts_default(&o);
    o.threads = 2;
    sink s;
    memset(&s, 0, sizeof s);
    s.caller = pthread_self();
    ats_parser *ps = NULL;
    assert_int_equal(ats_parser_new(&ps, p, &o, on_record, &s, &e), 0);
    static const char in[] = "AT\r\r\nOK\r\n+MIPRTCP: 1,0,41\r\nAT+CSQ\r\r\n+CSQ: 9,99\r\n\r\nOK\r\n";
    assert_int_equal(ats_parser_feed(ps, in, sizeof in - 1, &e), 0);
    assert_int_equal(ats_parser_sync(ps, &e), 0);
    assert_int_equal(s.n, 3);   /* AT, the URC, AT+CSQ: each complete */
    assert_int_equal(ats_parser_feed(ps, "AT\r", 3, &e), 0);
    assert_int_equal(ats_parser_finish(ps, &e), 0);
    assert_int_equal(s.n, 4);   /* finish delivered the last one */
    assert_true(s.other_thread);
    ats_parser_free(ps);
    ats_profile_free(p);
    free(s.buf);
}

/* The tap's lines, on the record thread, between the records as on one
 * thread; each cut at max_text with the rest in `cut`, so the bytes it was
 * told of are those of whole lines. Over the hostile capture (NUL, escapes,
 * bytes that are not UTF-8) and a trace (notes, time stamps), and many
 * batches. */
static void tapped(const char *profile, const char *bytes, size_t n, size_t piece)
{
    sink whole, one, two;
    memset(&whole, 0, sizeof whole);
    memset(&one, 0, sizeof one);
    memset(&two, 0, sizeof two);
    one.max_text = two.max_text = 16;
    assert_int_equal(run_tap(profile, bytes, n, 1, n ? n : 1, &whole, NULL, 1), 0);
    assert_int_equal(run_tap(profile, bytes, n, 1, n ? n : 1, &one, NULL, 1), 0);
    assert_int_equal(run_tap(profile, bytes, n, 2, piece, &two, NULL, 1), 0);
    assert_true(one.n > 5);
    assert_non_null(strstr(one.buf, "line "));
    assert_string_equal(one.buf, two.buf);
    assert_false(one.other_thread);
    assert_true(two.other_thread);
    assert_false(one.long_line || two.long_line);
    assert_true(whole.line_bytes > 0);
    assert_int_equal(whole.line_bytes, one.line_bytes);
    assert_int_equal(whole.line_bytes, two.line_bytes);
    free(whole.buf);
    free(one.buf);
    free(two.buf);
}

static void test_tap(void **st)
{
    (void)st;
    const char *files[][2] = {{"fibocom-l610", "captures/hostile-bytes.log"},
                              {"fibocom-l610", "captures/l610-async-overlap.log"},
                              {"fibocom-l610", "captures/l610-transparent.log"},
                              {"fibocom-l610", "captures/formats/socat-x.log"},
                              {"3gpp", "captures/3gpp/3gpp-session.log"}};
    for (size_t k = 0; k < sizeof files / sizeof files[0]; k++) {
        size_t n;
        char *bytes = slurp(files[k][1], &n);
        tapped(files[k][0], bytes, n, 61);
        free(bytes);
    }
    size_t n;
    char *bytes = many(&n);
    tapped("fibocom-l610", bytes, n, 65536);
    free(bytes);
}

/* A tap that stops the stream: nothing after that line reaches either callback. */
static int stop_line(void *user, const ats_line *l)
{
    sink *s = user;
    if (s->stopped)
        s->after_stop = 1;
    s->n++;
    if (l->line == 40001) {
        s->stopped = 1;
        return 1;
    }
    return 0;
}

static void test_tap_stop(void **st)
{
    (void)st;
    size_t n;
    char *bytes = many(&n);
    for (unsigned threads = 1; threads <= 2; threads++) {
        ats_profile *p = NULL;
        assert_int_equal(ats_profile_load_builtin(&p, "fibocom-l610", NULL), 0);
        ats_parser_opts o;
        ats_parser_opts_default(&o);
        o.threads = threads;
        sink s;
        memset(&s, 0, sizeof s);
        s.caller = pthread_self();
        ats_parser *ps = NULL;
        assert_int_equal(ats_parser_new(&ps, p, &o, on_record, &s, NULL), 0);
        ats_parser_set_line_tap(ps, stop_line, &s, 0);
        int rc = 0;
        ats_error e;
        for (size_t i = 0; i < n && rc == 0; i += 65536)
            rc = ats_parser_feed(ps, bytes + i, n - i < 65536 ? n - i : 65536, &e);
        if (rc == 0)             /* the parser's thread may not have said so yet */
            rc = ats_parser_finish(ps, &e);
        assert_int_equal(rc, ATS_EUSER);
        assert_true(s.stopped);
        assert_false(s.after_stop);
        ats_parser_free(ps);
        ats_profile_free(p);
        free(s.buf);
    }
    free(bytes);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_l610_async), cmocka_unit_test(test_guide),
        cmocka_unit_test(test_transparent), cmocka_unit_test(test_hostile),
        cmocka_unit_test(test_directed),  cmocka_unit_test(test_trace),
        cmocka_unit_test(test_stop),       cmocka_unit_test(test_big_record),
        cmocka_unit_test(test_sync),       cmocka_unit_test(test_reader_notes),
        cmocka_unit_test(test_layered_trace), cmocka_unit_test(test_tap),
        cmocka_unit_test(test_tap_stop),    cmocka_unit_test(test_split_read_apart),
        cmocka_unit_test(test_runs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
