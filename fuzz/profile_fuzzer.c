/* profile_fuzzer.c - the profile loader and the rules configuration, both
 * on every input (so one corpus of small JSON files serves both):
 *   1. ats_profile_load_buffer(input); if it loads: ats_ruleset_new, every
 *      rule's info, and a short capture parsed and checked with it (the
 *      profile's patterns run on real lines);
 *   2. ats_ruleset_configure(input) on a fresh ruleset of the built-in
 *      profile (the --config file).
 * The input is copied into an allocation of exactly its length: no NUL
 * after it, so a loader that reads to a terminator is caught by ASan. */
#include <stdio.h>
#include "fuzz_common.h"

static ats_profile *g_builtin;
static volatile unsigned long g_sink;

static const char capture[] =
    "AT\r\nAT command ready\r\n\r\n+SIM READY\r\nAT\r\nOK\r\nAT+CPIN?\r\n+CPIN: READY\r\n\r\nOK\r\n"
    "AT+CSQ\r\n+CSQ: 31,99\r\n\r\nOK\r\nAT+CGREG?\r\n+CGREG: 0,1\r\n\r\nOK\r\n"
    "AT+MIPCALL=1,\"CMNET\"\r\nOK\r\n\r\n+MIPCALL: 10.166.80.147\r\n"
    "AT+MIPOPEN=1,,\"183.47.42.41\",9000,0\r\nOK\r\n\r\n+MIPOPEN: 1,1\r\n"
    "AT+MIPSEND=1,5\r\n> 01234\r\nOK\r\n\r\n+MIPPUSH: 1,0\r\n\r\n+MIPSEND: 1,0,2048\r\n"
    "+MIPRTCP: 1,0,3031323334\r\nAT+MIPSEND=1,10\r\nSEND FAIL\r\n"
    "AT+MIPODM=1,,\"1.2.3.4\",80,0\r\nCONNECT\r\nhello+++\r\nOK\r\n"
    "AT+MIPSTAT=1\r\n+MIPSTAT: 1,1\r\n+CME ERROR: 3\r\nAT+MIPCLOSE=1\r\nOK\r\n"
    "+MIPCLOSE: 1,0\r\nAT+CMGS=\"123\"\r\n> hi\x1a\r\nOK\r\nRING\r\nAT+CFUN=0\r\n";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    ats_error e;
    memset(&e, 0, sizeof e);
    if (ats_profile_load_builtin(&g_builtin, NULL, &e) < 0) {
        fprintf(stderr, "profile_fuzzer: cannot load the built-in profile: %s\n", e.msg);
        abort();
    }
    return 0;
}

typedef struct use {
    unsigned long sink;
    ats_engine *eng;
} use;

static int on_record(void *user, const ats_record *r)
{
    use *u = user;
    u->sink += fz_touch_record(r);
    return ats_engine_feed(u->eng, r, NULL) == 0 ? 0 : 1;
}

static int on_violation(void *user, const ats_violation *v)
{
    (void)user;
    g_sink += strnlen(v->message, sizeof v->message) + strlen(v->rule);
    return 0;
}

static void check_error(const ats_error *e, int rc)
{
    /* a failure names its code and says why, within the arrays */
    if (rc >= 0)
        return;
    if (e->code != rc || strnlen(e->msg, sizeof e->msg) == sizeof e->msg || e->msg[0] == 0 ||
        strnlen(e->file, sizeof e->file) == sizeof e->file)
        abort();
}

static void use_profile(const ats_profile *p)
{
    g_sink += strlen(ats_profile_id(p)) + strlen(ats_profile_name(p));
    g_sink += (unsigned long)ats_profile_has_name(p, "+MIPSEND", 8) +
              (unsigned long)ats_profile_has_name(p, "", 0);
    ats_error e;
    memset(&e, 0, sizeof e);
    ats_ruleset *rs = NULL;
    int rc = ats_ruleset_new(&rs, p, &e);
    check_error(&e, rc);
    if (rc < 0)
        return;
    for (size_t i = 0; i < ats_ruleset_count(rs); i++) {
        ats_rule_info in;
        ats_ruleset_info(rs, i, &in);
        g_sink += strlen(in.id) + (in.summary ? strlen(in.summary) : 0) +
                  (in.section ? strlen(in.section) : 0) + (in.needs ? strlen(in.needs) : 0);
    }
    /* the capture through parser and rules, with this profile */
    use u = {0, NULL};
    ats_capture_info ci = {0, 0, 0, 0, NULL, 0};
    ats_parser *ps = NULL;
    if (ats_engine_new(&u.eng, rs, &ci, on_violation, NULL, NULL) < 0)
        abort();
    if (ats_parser_new(&ps, p, NULL, on_record, &u, NULL) < 0)
        abort();
    void *copy = fz_copy(capture, sizeof capture - 1);
    rc = ats_parser_feed(ps, copy, sizeof capture - 1, NULL);
    free(copy);
    if (rc == 0)
        rc = ats_parser_finish(ps, NULL);
    if (rc == 0)
        ats_engine_finish(u.eng, NULL);
    g_sink += u.sink;
    ats_parser_free(ps);
    ats_engine_free(u.eng);
    ats_ruleset_free(rs);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!g_builtin)
        LLVMFuzzerInitialize(NULL, NULL);
    char *json = fz_copy(data, size);
    ats_error e;

    /* 1. as a profile */
    memset(&e, 0, sizeof e);
    ats_profile *p = NULL;
    int rc = ats_profile_load_buffer(&p, json, size, "fuzz.json", &e);
    check_error(&e, rc);
    if (rc == 0) {
        use_profile(p);
        ats_profile_free(p);
    }

    /* 2. as a rules configuration */
    ats_ruleset *rs = NULL;
    memset(&e, 0, sizeof e);
    if (ats_ruleset_new(&rs, g_builtin, &e) < 0)
        abort();
    rc = ats_ruleset_configure(rs, json, size, "fuzz-config.json", &e);
    check_error(&e, rc);
    for (size_t i = 0; i < ats_ruleset_count(rs); i++) {
        ats_rule_info in;
        ats_ruleset_info(rs, i, &in);
        if ((unsigned)in.severity > ATS_SEV_ERROR)
            abort();
        g_sink += strlen(ats_severity_name(in.severity));
    }
    ats_ruleset_free(rs);
    free(json);
    return 0;
}
