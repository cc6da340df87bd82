/* input_fuzzer.c - the whole CLI path of `atscope check`: capture bytes ->
 * ats_input (detection or a forced --input-format, one reader) -> chunks ->
 * ats_parser -> records -> ats_engine with the built-in profile and rules.
 *
 * Input: byte 0 picks the input format (auto or one of ats_format_at(i)) and
 * the size of the pieces the rest is fed in; each piece is copied into its
 * own allocation so ASan sees reads across piece boundaries. */
#include <stdio.h>
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
        fprintf(stderr, "input_fuzzer: cannot load the built-in profile: %s\n", e.msg);
        abort();
    }
    return 0;
}

typedef struct run {
    ats_input *in;
    ats_parser *ps;
    ats_engine *eng;
    int announced;
    size_t sink;
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
    return ats_engine_feed(r->eng, rec, NULL) == 0 ? 0 : 1;
}

static int on_violation(void *user, const ats_violation *v)
{
    run *r = user;
    /* the strings must be terminated within their arrays */
    r->sink += strlen(v->rule) + strnlen(v->message, sizeof v->message) +
               strnlen(v->key, sizeof v->key);
    if (strnlen(v->message, sizeof v->message) == sizeof v->message ||
        strnlen(v->key, sizeof v->key) == sizeof v->key || v->nrelated > ATS_MAX_RELATED)
        abort();
    for (size_t i = 0; i < v->nrelated; i++)
        if (strnlen(v->related[i].message, sizeof v->related[i].message) ==
            sizeof v->related[i].message)
            abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    if (!g_profile)
        LLVMFuzzerInitialize(NULL, NULL);
    size_t nfmt = ats_format_count();
    const char *format = NULL;
    size_t sel = data[0] % (nfmt + 1);
    if (sel > 0)
        format = ats_format_at(sel - 1)->name;
    size_t chunk = fz_chunk_sizes[(data[0] / (nfmt + 1)) % 16];
    data++;
    size--;
    if (fz_skip_known()) {
        if (fz_known_far_year(data, size))
            return 0;
        if (fz_known_utf16_odd(data, size))
            size--;
    }

    run r;
    memset(&r, 0, sizeof r);
    ats_capture_info ci = {0, 0, 0, 0, NULL, 0};
    ats_input_opts io = {.format = format, .formats = g_formats};
    /* the reader settings (--socat-first, --sample-rate, --port) from the length's low
     * bits: the header byte is spent, and every corpus input still means what it did */
    io.socat_modem_first = size & 1;
    io.sample_rate = (size & 2) ? 1000000 : 0;
    io.port = (size & 4) ? "ttyUSB3" : NULL;
    int rc = ats_engine_new(&r.eng, g_rules, &ci, on_violation, &r, NULL);
    if (rc == 0)
        rc = ats_parser_new(&r.ps, g_profile, NULL, on_record, &r, NULL);
    if (rc == 0)
        rc = ats_input_new(&r.in, &io, on_chunk, &r, NULL);
    if (rc < 0)
        abort();   /* only out of memory can fail here */
    for (size_t off = 0; rc == 0 && off < size;) {
        size_t n = size - off;
        if (chunk && n > chunk)
            n = chunk;
        void *copy = fz_copy(data + off, n);
        rc = ats_input_feed(r.in, copy, n, NULL);
        free(copy);
        off += n;
    }
    if (rc == 0)
        rc = ats_input_finish(r.in, NULL);
    if (rc == 0)
        announce(&r);
    if (rc == 0)
        rc = ats_parser_finish(r.ps, NULL);
    if (rc == 0) {
        ci.has_time = ats_input_saw_time(r.in);
        ci.has_direction = ats_input_saw_direction(r.in);
        const ats_format_info *fi = ats_input_format(r.in);
        ci.lossy = fi && fi->lossy;
        ci.reads_as_received = fi && fi->reads_as_received;
        ats_engine_set_capture_info(r.eng, &ci);
        rc = ats_engine_finish(r.eng, NULL);
    }
    if (rc == 0) {
        for (size_t i = 0; i < ats_ruleset_count(g_rules); i++) {
            ats_rule_result res;
            ats_engine_result(r.eng, i, &res);
            r.sink += strnlen(res.reason, sizeof res.reason);
        }
        const ats_format_info *fi = ats_input_format(r.in);
        if (!fi || !ats_input_reason(r.in))
            abort();   /* after finish the format is known */
        r.sink += strlen(ats_input_reason(r.in));
    }
    ats_input_free(r.in);
    ats_parser_free(r.ps);
    ats_engine_free(r.eng);
    return 0;
}
