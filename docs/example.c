/* example.c - atscope as a library: read a capture in any format atscope
 * detects, print its transactions, check the module's rules, and exit 1 when
 * an error-severity rule fails (as `atscope check` does).
 *
 *   cc -std=c11 example.c $(pkg-config --cflags --libs atscope) -o example
 *   ./example capture.log [PROFILE]
 *
 * The stages: ats_input (format detection and reading) gives chunks to
 * ats_parser (lines, transactions), whose records go to ats_engine (the
 * rules of an ats_ruleset made from an ats_profile). Names and fields:
 * atscope.h; record meanings: records.md. */
#include <stdio.h>
#include <string.h>
#include <atscope.h>

typedef struct run {
    ats_input *input;
    ats_parser *parser;
    ats_engine *engine;
    ats_error *err;
    int format_known;
} run;

/* Capture bytes are anyone's: never print them raw to a terminal. */
static void put_text(ats_span s)
{
    for (size_t i = 0; i < s.len; i++) {
        unsigned char c = (unsigned char)s.ptr[i];
        if (c >= 0x20 && c < 0x7F && c != '\\')
            putchar(c);
        else
            printf("\\x%02x", c);
    }
}

/* Chunks of the capture, cut by its format's reader, to the parser. As soon
 * as the format is known, the rules learn whether it carries time and
 * direction (a rule that needs them is then "not evaluable", not "pass"). */
static int on_chunk(void *user, const ats_chunk *c)
{
    run *r = user;
    if (!r->format_known) {
        const ats_format_info *f = ats_input_format(r->input);
        ats_capture_info ci = {f && f->has_time, f && f->has_direction, f && f->lossy,
                               ats_input_hides(r->input), ats_input_commands_unshown(r->input), f && f->reads_as_received};
        ats_engine_set_capture_info(r->engine, &ci);
        r->format_known = 1;
    }
    return ats_parser_feed_chunk(r->parser, c, r->err) < 0;   /* nonzero stops */
}

/* Every record once complete: transactions printed, all of them to the rules. */
static int on_record(void *user, const ats_record *rec)
{
    run *r = user;
    if (rec->kind == ATS_REC_TXN) {
        const ats_txn *t = rec->txn;
        printf("L%llu  ", (unsigned long long)t->first_line);
        put_text(t->command.text);
        fputs("  ->  ", stdout);
        if (t->final.text.len)
            put_text(t->final.text);
        else
            fputs("(no final result)", stdout);
        putchar('\n');
    }
    return ats_engine_feed(r->engine, rec, r->err) < 0;
}

/* A violation's message shows capture text escaped already. */
static int on_violation(void *user, const ats_violation *v)
{
    int *errors = user;
    printf("L%llu  %s: [%s] %s\n", (unsigned long long)v->line, ats_severity_name(v->severity),
           v->rule, v->message);
    if (v->severity == ATS_SEV_ERROR)
        ++*errors;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s CAPTURE [PROFILE]\n", argv[0]);
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    ats_error e;
    memset(&e, 0, sizeof e);
    ats_profile *profile = NULL;
    ats_ruleset *rules = NULL;
    int errors = 0, rc = -1;
    run r = {NULL, NULL, NULL, &e, 0};
    ats_capture_info none;
    memset(&none, 0, sizeof none);
    /* NULL: the default built-in profile (fibocom-l610) */
    if (ats_profile_load_builtin(&profile, argc > 2 ? argv[2] : NULL, &e) == 0 &&
        ats_ruleset_new(&rules, profile, &e) == 0 &&
        ats_engine_new(&r.engine, rules, &none, on_violation, &errors, &e) == 0 &&
        ats_parser_new(&r.parser, profile, NULL, on_record, &r, &e) == 0 &&
        ats_input_new(&r.input, NULL, on_chunk, &r, &e) == 0) {
        char buf[65536];
        size_t n;
        rc = 0;
        while (rc == 0 && (n = fread(buf, 1, sizeof buf, f)) > 0)
            rc = ats_input_feed(r.input, buf, n, &e);
        if (rc == 0)
            rc = ats_input_finish(r.input, &e);
        /* what the capture really carried decides what the rules could check */
        ats_capture_info ci = {ats_input_saw_time(r.input), ats_input_saw_direction(r.input), 0,
                               ats_input_hides(r.input), ats_input_commands_unshown(r.input), 0};
        const ats_format_info *fi = ats_input_format(r.input);
        ci.lossy = fi && fi->lossy;
        ci.reads_as_received = fi && fi->reads_as_received;
        ats_engine_set_capture_info(r.engine, &ci);
        if (rc == 0)
            rc = ats_parser_finish(r.parser, &e);
        if (rc == 0)
            rc = ats_engine_finish(r.engine, &e);
    }
    fclose(f);
    if (rc == 0) {
        const ats_format_info *fi = ats_input_format(r.input);
        printf("\nformat %s, profile %s: %llu transactions\n", fi ? fi->name : "raw",
               ats_profile_id(profile),
               (unsigned long long)ats_parser_stats(r.parser)->transactions);
        for (size_t i = 0; i < ats_ruleset_count(rules); i++) {
            ats_rule_result res;
            ats_engine_result(r.engine, i, &res);
            printf("%-22s %-14s %llu %s\n", res.id, ats_rule_status_name(res.status),
                   (unsigned long long)res.violations, res.reason);
        }
    } else {
        fprintf(stderr, "%s:%llu: %s\n", e.file[0] ? e.file : argv[1],
                (unsigned long long)e.line, e.msg);
    }
    ats_input_free(r.input);
    ats_parser_free(r.parser);
    ats_engine_free(r.engine);
    ats_ruleset_free(rules);
    ats_profile_free(profile);
    return rc != 0 ? 2 : errors ? 1 : 0;
}
