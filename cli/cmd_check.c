/* cmd_check.c - `atscope check`: parse, analyse, run the profile's rules and
 * write the report; the exit code gates CI (0 pass, 1 violations at or above
 * --fail-on, 2 could not analyse). */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "capture_read.h"
#include "check.h"
#include "cli.h"

static const char check_usage[] =
    "Usage: atscope check [OPTIONS] [FILE...|-]\n"
    "\n"
    "Parse each capture, follow the module's state and check every rule of the\n"
    "profile (see 'atscope rules'). Writes a report; the exit status gates CI.\n"
    "\n"
    "Options:\n"
    "  -p, --profile ID|FILE   module profile (default: built-in fibocom-l610)\n"
    "  -c, --config FILE       enable/disable rules, change severities and parameters\n"
    "  -i, --input-format NAME capture format (default: auto; see 'atscope formats')\n"
    "  -f, --format FMT        text|json|sarif|junit report (default: text on a\n"
    "                          terminal, else json)\n"
    "  -o, --output FILE       write the report to FILE\n"
    "      --fail-on LEVEL     error|warning|info|never: lowest severity that fails\n"
    "                          (default error)\n"
    "      --max-line N        cut lines longer than N bytes (default 65536)\n"
    "  -h, --help              show this help\n"
    "\n"
    "Exit status: 0 nothing at or above --fail-on, 1 violations at or above it,\n"
    "2 bad usage, unreadable input, invalid profile or config.\n"
    "Report fields: docs/report.md; schema: docs/report.schema.json.\n";

typedef struct run {
    check_report *rep;
    size_t input;
    ats_engine *eng;
    uint64_t stored[64];
    uint64_t omitted[64];
    int failed;
} run;

static int rule_index(const ats_ruleset *rs, const char *id)
{
    for (size_t i = 0; i < ats_ruleset_count(rs); i++) {
        ats_rule_info in;
        ats_ruleset_info(rs, i, &in);
        if (!strcmp(in.id, id))
            return (int)i;
    }
    return -1;
}

static int on_violation(void *user, const ats_violation *v)
{
    run *r = user;
    check_report *rep = r->rep;
    rep->counts[v->severity]++;
    int k = rule_index(rep->rs, v->rule);
    if (k < 0)
        return 0;
    if (r->stored[k] >= CHECK_MAX_STORED) {
        r->omitted[k]++;
        return 0;
    }
    if (rep->nviol == rep->capviol) {
        size_t cap = rep->capviol ? rep->capviol * 2 : 64;
        stored_violation *q = realloc(rep->viol, cap * sizeof *q);
        if (!q) {
            r->failed = ENOMEM;
            return 1;
        }
        rep->viol = q;
        rep->capviol = cap;
    }
    rep->viol[rep->nviol].v = *v;
    rep->viol[rep->nviol].input = r->input;
    rep->nviol++;
    r->stored[k]++;
    return 0;
}

static int on_record(void *user, const ats_record *rec)
{
    run *r = user;
    return ats_engine_feed(r->eng, rec, NULL) == 0 ? 0 : 1;
}

/* As soon as the format is known, the rules learn what it can carry. */
static void on_format(void *user, const ats_input *in)
{
    run *r = user;
    const ats_format_info *fi = ats_input_format(in);
    ats_capture_info ci = {fi && fi->has_time, fi && fi->has_direction, fi && fi->lossy};
    ats_engine_set_capture_info(r->eng, &ci);
}

static int check_one(check_report *rep, const char *path, size_t max_line)
{
    int fd;
    if (cli_open_input(path, &fd) < 0)
        return -1;
    const char *shown = strcmp(path, "-") ? path : "<stdin>";
    input_result *in = &rep->inputs[rep->ninputs];
    memset(in, 0, sizeof *in);
    in->path = strdup(shown);
    run r;
    memset(&r, 0, sizeof r);
    r.rep = rep;
    r.input = rep->ninputs;
    ats_capture_info ci = {0, 0, 0};
    ats_error e;
    memset(&e, 0, sizeof e);
    ats_parser *ps = NULL;
    ats_parser_opts po;
    ats_parser_opts_default(&po);
    if (max_line)
        po.framer.max_line = max_line;
    int rc = ats_engine_new(&r.eng, rep->rs, &ci, on_violation, &r, &e);
    if (rc == 0)
        rc = ats_parser_new(&ps, rep->p, &po, on_record, &r, &e);
    capture_read cr;
    memset(&cr, 0, sizeof cr);
    cr.format = rep->input_format;
    cr.on_format = on_format;
    cr.user = &r;
    if (rc == 0)
        rc = capture_read_fd(&cr, fd, shown, ps);
    /* what the capture really carried decides what is evaluable */
    ci.has_time = cr.has_time;
    ci.has_direction = cr.has_dir;
    ci.lossy = cr.lossy;
    if (rc == 0)
        ats_engine_set_capture_info(r.eng, &ci);
    if (rc == 0)
        rc = ats_engine_finish(r.eng, &e);
    if (rc < 0 && e.msg[0])
        cli_lib_error(&e, shown);
    if (rc == 0) {
        in->format = strdup(cr.format_name);
        in->format_reason = strdup(cr.reason);
        in->bytes = cr.bytes;
    }
    if (rc == 0) {
        in->stats = *ats_parser_stats(ps);
        in->has_time = ci.has_time;
        in->has_dir = ci.has_direction;
        in->lossy = ci.lossy;
        in->nrules = ats_ruleset_count(rep->rs);
        for (size_t i = 0; i < in->nrules && i < 64; i++) {
            ats_engine_result(r.eng, i, &in->rules[i]);
            in->omitted[i] = r.omitted[i];
        }
        rep->ninputs++;
    } else {
        free(in->path);
    }
    ats_parser_free(ps);
    ats_engine_free(r.eng);
    if (fd != STDIN_FILENO)
        close(fd);
    return rc < 0 ? -1 : 0;
}

int cmd_check(int argc, char **argv)
{
    static const struct option lopts[] = {
        {"profile", required_argument, NULL, 'p'}, {"config", required_argument, NULL, 'c'},
        {"input-format", required_argument, NULL, 'i'},
        {"format", required_argument, NULL, 'f'},  {"output", required_argument, NULL, 'o'},
        {"fail-on", required_argument, NULL, 1},   {"max-line", required_argument, NULL, 2},
        {"help", no_argument, NULL, 'h'},          {NULL, 0, NULL, 0}};
    cli_opts o;
    memset(&o, 0, sizeof o);
    const char *config = NULL, *format = NULL, *fail_on = "error", *rep_format = NULL;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":p:c:i:f:o:h", lopts, NULL)) != -1) {
        switch (c) {
        case 'p': o.profile = optarg; break;
        case 'c': config = optarg; break;
        case 'i': rep_format = optarg; break;
        case 'f': format = optarg; break;
        case 'o': o.output = optarg; break;
        case 1: fail_on = optarg; break;
        case 2: {
            char *end;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (*end || v < 16) {
                cli_error("--max-line: expected a number of at least 16, got '%s'", optarg);
                return EXIT_USAGE;
            }
            o.max_line = (size_t)v;
            break;
        }
        case 'h': fputs(check_usage, stdout); return 0;
        case ':':
            cli_error("check: option '%s' needs a value (try 'atscope check --help')",
                      argv[optind - 1]);
            return EXIT_USAGE;
        default:
            cli_error("check: unknown option '%s' (try 'atscope check --help')",
                      argv[optind - 1]);
            return EXIT_USAGE;
        }
    }
    if (format && strcmp(format, "text") && strcmp(format, "json") && strcmp(format, "sarif") &&
        strcmp(format, "junit")) {
        cli_error("check: unknown --format '%s' (expected text, json, sarif or junit)", format);
        return EXIT_USAGE;
    }
    if (cli_check_format(rep_format) < 0)
        return EXIT_USAGE;
    check_report rep;
    memset(&rep, 0, sizeof rep);
    rep.input_format = rep_format;
    if (!strcmp(fail_on, "error"))
        rep.fail_on = ATS_SEV_ERROR;
    else if (!strcmp(fail_on, "warning"))
        rep.fail_on = ATS_SEV_WARNING;
    else if (!strcmp(fail_on, "info"))
        rep.fail_on = ATS_SEV_INFO;
    else if (!strcmp(fail_on, "never"))
        rep.never = 1;
    else {
        cli_error("check: --fail-on must be error, warning, info or never, not '%s'", fail_on);
        return EXIT_USAGE;
    }
    char *stdin_only[] = {"-"};
    char **files = argv + optind;
    int nfiles = argc - optind;
    if (nfiles == 0) {
        if (isatty(STDIN_FILENO)) {
            cli_error("check: no input (give a FILE, or - to read standard input)");
            return EXIT_USAGE;
        }
        files = stdin_only;
        nfiles = 1;
    }
    ats_profile *p;
    if (cli_load_profile(&o, &p) < 0)
        return EXIT_USAGE;
    ats_ruleset *rs;
    ats_error e;
    memset(&e, 0, sizeof e);
    if (ats_ruleset_new(&rs, p, &e) < 0) {
        cli_lib_error(&e, ats_profile_path(p));
        ats_profile_free(p);
        return EXIT_USAGE;
    }
    int status = 0;
    if (config && cli_apply_config(rs, config) < 0)
        status = EXIT_USAGE;
    rep.p = p;
    rep.rs = rs;
    rep.inputs = calloc((size_t)nfiles, sizeof *rep.inputs);
    if (!rep.inputs) {
        cli_error("out of memory");
        status = EXIT_USAGE;
    }
    for (int i = 0; i < nfiles && status == 0; i++)
        if (check_one(&rep, files[i], o.max_line) < 0)
            status = EXIT_USAGE;
    if (status == 0) {
        /* verdict: anything at or above --fail-on */
        for (int s = ATS_SEV_ERROR; s >= 0 && !rep.never; s--)
            if (s >= (int)rep.fail_on && rep.counts[s])
                rep.verdict_fail = 1;
        FILE *out = stdout;
        if (o.output && !(out = fopen(o.output, "w"))) {
            cli_error("%s: cannot write: %s", o.output, strerror(errno));
            status = EXIT_USAGE;
        } else {
            int text = format ? !strcmp(format, "text") : (!o.output && isatty(STDOUT_FILENO));
            int wrc = text                               ? report_text(out, &rep)
                      : format && !strcmp(format, "sarif") ? report_sarif(out, &rep)
                      : format && !strcmp(format, "junit") ? report_junit(out, &rep)
                                                           : report_json(out, &rep);
            if (fflush(out) != 0 || ferror(out) || wrc < 0) {
                cli_error("%s: write error: %s", o.output ? o.output : "<stdout>",
                          strerror(errno ? errno : EIO));
                status = EXIT_USAGE;
            }
            if (out != stdout)
                fclose(out);
            if (status == 0)
                status = rep.verdict_fail ? EXIT_VIOLATIONS : EXIT_PASS;
        }
    }
    for (size_t i = 0; i < rep.ninputs; i++) {
        free(rep.inputs[i].path);
        free(rep.inputs[i].format);
        free(rep.inputs[i].format_reason);
    }
    free(rep.inputs);
    free(rep.viol);
    ats_ruleset_free(rs);
    ats_profile_free(p);
    return status;
}
