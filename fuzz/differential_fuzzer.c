/* differential_fuzzer.c - the chunking invariant as a fuzz property: the
 * same capture through ats_input + ats_parser + ats_engine once whole and
 * once in pieces of fuzzer-chosen sizes must give the same detection, the
 * same records (rendered as tests/collect.h renders them), the same
 * statistics and the same violations; abort() if not.
 *
 * Input: byte 0: input format (< 128: auto, else forced: one of
 * ats_format_at(i) or auto); byte 1: largest piece (1..256); byte 2: PRNG
 * seed for the piece sizes. The rest is the capture. */
#include <inttypes.h>
#include <stdio.h>
#include "collect.h"
#include "fuzz_common.h"

static ats_profile *g_profile;
static ats_ruleset *g_rules;
static ats_formatset *g_formats;   /* made once: compiling the definitions is per set */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    ats_error e;
    memset(&e, 0, sizeof e);
    if (ats_profile_load_builtin(&g_profile, NULL, &e) < 0 ||
        ats_ruleset_new(&g_rules, g_profile, &e) < 0 || ats_formatset_new(&g_formats, &e) < 0) {
        fprintf(stderr, "differential_fuzzer: cannot load the built-in profile: %s\n", e.msg);
        abort();
    }
    return 0;
}

typedef struct run {
    ats_input *in;
    ats_parser *ps;
    ats_engine *eng;
    int announced;
    collect out;        /* header, records, violations, stats: one string each */
} run;

static void announce(run *r)
{
    if (r->announced)
        return;
    r->announced = 1;
    const ats_format_info *fi = ats_input_format(r->in);
    ats_capture_info ci = {fi && fi->has_time, fi && fi->has_direction, fi && fi->lossy,
                           ats_input_hides(r->in), ats_input_commands_unshown(r->in), fi && fi->reads_as_received};
    ats_engine_set_capture_info(r->eng, &ci);
}

static int on_chunk(void *user, const ats_chunk *c)
{
    run *r = user;
    announce(r);
    return ats_parser_feed_chunk(r->ps, c, NULL) < 0 ? 1 : 0;
}

static int on_record(void *user, const ats_record *rec)
{
    run *r = user;
    col_cb(&r->out, rec);
    return ats_engine_feed(r->eng, rec, NULL) == 0 ? 0 : 1;
}

static int on_violation(void *user, const ats_violation *v)
{
    run *r = user;
    char b[2048];
    int k = snprintf(b, sizeof b, "violation %s %s L%" PRIu64 " txn=%" PRIu64 " key=%.160s msg=%.600s",
                     v->rule, ats_severity_name(v->severity), v->line, v->txn, v->key, v->message);
    for (size_t i = 0; i < v->nrelated && i < ATS_MAX_RELATED && k > 0 && (size_t)k < sizeof b; i++)
        k += snprintf(b + k, sizeof b - (size_t)k, " rel=L%" PRIu64 ":%.200s", v->related[i].line,
                      v->related[i].message);
    col_add(&r->out, b);
    return 0;
}

/* chunk == 0: whole; otherwise pieces of 1..chunk bytes from seed. */
static void run_one(run *r, const char *format, const uint8_t *data, size_t size, size_t chunk,
                    uint32_t seed)
{
    memset(r, 0, sizeof *r);
    ats_capture_info ci = {0, 0, 0, 0, NULL, 0};
    ats_input_opts io = {.format = format, .formats = g_formats};
    int rc = ats_engine_new(&r->eng, g_rules, &ci, on_violation, r, NULL);
    if (rc == 0)
        rc = ats_parser_new(&r->ps, g_profile, NULL, on_record, r, NULL);
    if (rc == 0)
        rc = ats_input_new(&r->in, &io, on_chunk, r, NULL);
    if (rc < 0)
        abort();
    int frc = 0;
    for (size_t off = 0; frc == 0 && off < size;) {
        size_t n = size - off;
        if (chunk) {
            size_t want = 1 + fz_rand(&seed) % chunk;
            if (want < n)
                n = want;
        }
        void *copy = fz_copy(data + off, n);
        frc = ats_input_feed(r->in, copy, n, NULL);
        free(copy);
        off += n;
    }
    if (frc == 0)
        frc = ats_input_finish(r->in, NULL);
    if (frc == 0)
        announce(r);
    if (frc == 0)
        frc = ats_parser_finish(r->ps, NULL);
    if (frc == 0) {
        ci.has_time = ats_input_saw_time(r->in);
        ci.has_direction = ats_input_saw_direction(r->in);
        const ats_format_info *fi = ats_input_format(r->in);
        ci.lossy = fi && fi->lossy;
        ci.reads_as_received = fi && fi->reads_as_received;
        ats_engine_set_capture_info(r->eng, &ci);
        frc = ats_engine_finish(r->eng, NULL);
    }
    char b[1024];
    const ats_format_info *fi = ats_input_format(r->in);
    snprintf(b, sizeof b, "end rc=%d format=%s score=%d time=%d dir=%d reason=%.300s", frc,
             fi ? fi->name : "-", ats_input_score(r->in), ats_input_saw_time(r->in),
             ats_input_saw_direction(r->in), ats_input_reason(r->in) ? ats_input_reason(r->in) : "-");
    col_add(&r->out, b);
    const ats_stats *s = ats_parser_stats(r->ps);
    snprintf(b, sizeof b,
             "stats bytes=%" PRIu64 " lines=%" PRIu64 " records=%" PRIu64 " txns=%" PRIu64
             " cmds=%" PRIu64 " urcs=%" PRIu64 " data=%" PRIu64 " notes=%" PRIu64
             " unparsed=%" PRIu64 " chains=%" PRIu64 " trunc=%" PRIu64 " cut=%" PRIu64
             " notutf8=%" PRIu64 " nofinal=%" PRIu64 " unfinished=%" PRIu64,
             s->bytes, s->lines, s->records, s->transactions, s->commands, s->urcs, s->data,
             s->annotations, s->unparsed, s->chains, s->truncated_lines, s->cut_bytes,
             s->not_utf8_lines, s->no_final, s->unfinished);
    col_add(&r->out, b);
    if (frc == 0) {
        for (size_t i = 0; i < ats_ruleset_count(g_rules); i++) {
            ats_rule_result res;
            ats_engine_result(r->eng, i, &res);
            snprintf(b, sizeof b, "rule %s %s %s n=%" PRIu64 " %.200s", res.id,
                     ats_severity_name(res.severity), ats_rule_status_name(res.status),
                     res.violations, res.reason);
            col_add(&r->out, b);
        }
    }
    ats_input_free(r->in);
    ats_parser_free(r->ps);
    ats_engine_free(r->eng);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    if (!g_profile)
        LLVMFuzzerInitialize(NULL, NULL);
    const char *format = NULL;
    if (data[0] >= 128) {
        size_t sel = (size_t)(data[0] - 128) % (ats_format_count() + 1);
        if (sel)
            format = ats_format_at(sel - 1)->name;
    }
    size_t chunk = (size_t)data[1] + 1;
    uint32_t seed = 0x9E3779B9u ^ ((uint32_t)data[2] * 0x01000193u);
    data += 3;
    size -= 3;
    if (fz_skip_known()) {
        if (fz_known_far_year(data, size))
            return 0;
        if (fz_known_utf16_odd(data, size))
            size--;
    }
    run whole, pieces;
    run_one(&whole, format, data, size, 0, 0);
    run_one(&pieces, format, data, size, chunk, seed);
    if (!col_equal(&whole.out, &pieces.out)) {
        size_t i = 0;
        while (i < whole.out.n && i < pieces.out.n && !strcmp(whole.out.rec[i], pieces.out.rec[i]))
            i++;
        fprintf(stderr,
                "differential_fuzzer: whole and chunked (max %zu, format %s) differ at entry %zu:\n"
                "  whole:   %s\n  chunked: %s\n",
                chunk, format ? format : "auto", i, i < whole.out.n ? whole.out.rec[i] : "(none)",
                i < pieces.out.n ? pieces.out.rec[i] : "(none)");
        fprintf(stderr, "whole:\n");
        col_print(&whole.out, stderr);
        fprintf(stderr, "chunked:\n");
        col_print(&pieces.out, stderr);
        abort();
    }
    col_free(&whole.out);
    col_free(&pieces.out);
    return 0;
}
