/* builder_fuzzer.c - the whole ats_parser (one undirected framer and the
 * transaction builder) fed the input as a plain capture, in one piece, with
 * the built-in profile. An odd-length input runs with tiny limits (max_line,
 * responses kept, pending async commands, text per transaction, preview) so
 * the bounds are exercised; an even-length one with the defaults. Every
 * byte a record points at is read (ASan: no dangling spans). */
#include <stdio.h>
#include "fuzz_common.h"

static ats_profile *g_profile;
static volatile unsigned long g_sink;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    ats_error e;
    memset(&e, 0, sizeof e);
    if (ats_profile_load_builtin(&g_profile, NULL, &e) < 0) {
        fprintf(stderr, "builder_fuzzer: cannot load the built-in profile: %s\n", e.msg);
        abort();
    }
    return 0;
}

static int on_record(void *user, const ats_record *r)
{
    *(unsigned long *)user += fz_touch_record(r);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!g_profile)
        LLVMFuzzerInitialize(NULL, NULL);
    ats_parser_opts po;
    ats_parser_opts_default(&po);
    if (size & 1) {
        po.framer.max_line = 32;
        po.builder.max_responses = 2;
        po.builder.max_pending_async = 1;
        po.builder.max_txn_bytes = 64;
        po.builder.preview_bytes = 4;
    }
    unsigned long sink = 0;
    ats_parser *ps;
    if (ats_parser_new(&ps, g_profile, &po, on_record, &sink, NULL) < 0)
        abort();
    void *copy = fz_copy(data, size);
    int rc = ats_parser_feed(ps, copy, size, NULL);
    free(copy);
    if (rc == 0)
        ats_parser_finish(ps, NULL);
    const ats_stats *st = ats_parser_stats(ps);
    if (rc == 0 && st->bytes != size)
        abort();
    ats_parser_free(ps);
    g_sink += sink;
    return 0;
}
