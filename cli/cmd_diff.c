/* cmd_diff.c - `atscope diff OLD NEW`: what changed between two check
 * reports or two captures (two firmware builds' runs): new, fixed and
 * unchanged findings, and commands whose latency or retries moved beyond the
 * thresholds. Exit 1 on a regression, for CI. This file reads the options;
 * diff_load.c reads the sides, diff_compare.c compares them, diff_text.c,
 * diff_json.c and diff_markdown.c write the result. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include "cli.h"
#include "diff.h"
#include "output.h"
#include "redact_opt.h"

const char cmd_diff_help[] =
    "Usage: atscope diff [OPTIONS] OLD NEW\n"
    "\n"
    "Compare two runs, such as the captures of two firmware builds: each of OLD\n"
    "and NEW is a report of 'atscope check -f json' or a capture, which is then\n"
    "checked first as 'atscope check' does. Findings are matched by fingerprint:\n"
    "new, fixed and unchanged. Per command, the latency of the final result and\n"
    "of the async completion (p50, p95) and the retries are compared, and a\n"
    "change beyond the thresholds is listed. -p, -c, -i and the redaction\n"
    "options say how a capture is checked. Fields: docs/diff.md.\n"
    "\n"
    "Options:\n"
    "  -f, --format FORMAT     text, json or markdown (a merge request comment)\n"
    "                          (default: text on a terminal, else json; with -o,\n"
    "                          FILE's extension: .txt, .json, .md)\n"
    "  -o, --output FILE       write to FILE (replacing it once complete)\n"
    "      --fail-on LEVEL     error, warning, info or never: the lowest severity of\n"
    "                          a new finding that is a regression (default info)\n"
    "      --latency-ratio R   a latency changes when p50 or p95 grows (or shrinks)\n"
    "                          by this factor (default 1.5: by 50%)...\n"
    "      --latency-ms MS     ... and by at least MS milliseconds (default 100)\n"
    "      --retries N         retries of a command change when they grow (or\n"
    "                          shrink) by at least N (default 1)\n"
    CLI_PROFILE_HELP
    "  -c, --config FILE       a capture's rules, severities, parameters (as for\n"
    "                          check)\n"
    "  -i, --input-format NAME a capture's format (default: auto)\n"
    CLI_REDACT_HELP
    "  -h, --help              show this help\n"
    "\n"
    "Examples:\n"
    "  # two firmware builds' runs of the same session\n"
    "  atscope diff build-41.log build-42.log\n"
    "  # CI: today's report against the main branch's, as a comment to post\n"
    "  atscope check -f json -o new.json logs/*.log\n"
    "  atscope diff -f markdown -o comment.md main.json new.json\n"
    "\n"
    "Exit status: 0 no regression, 1 a regression (a new finding at or above\n"
    "--fail-on, a command slower or with more retries beyond the thresholds),\n"
    "2 bad usage, a report that cannot be read or a capture that cannot be\n"
    "checked, or the output could not be written.\n";

const diff_writer diff_writers[] = {
    {"text", "txt", diff_write_text},
    {"json", "json", diff_write_json},
    {"markdown", "md", diff_write_markdown},
    {NULL, NULL, NULL},
};

static const diff_writer *choose_writer(const char *format, const char *output)
{
    const char *ext = cli_output_ext(output);
    for (const diff_writer *w = diff_writers; w->name; w++)
        if (format ? !strcmp(format, w->name) : ext && !strcasecmp(ext, w->ext))
            return w;
    if (format) {
        cli_error("diff: unknown --format '%s' (expected text, json or markdown)", format);
        return NULL;
    }
    return &diff_writers[!output && isatty(STDOUT_FILENO) ? 0 : 1];
}

/* A number option: -1 after a message when it is not one within [lo, hi]. */
static int number(const char *opt, const char *arg, double lo, double hi, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(arg, &end);
    if (end == arg || *end || errno || !(v >= lo && v <= hi)) {
        cli_error("diff: --%s: expected a number from %g to %g, got '%s'", opt, lo, hi, arg);
        return -1;
    }
    *out = v;
    return 0;
}

enum { OPT_FAIL_ON = 1, OPT_RATIO, OPT_MS, OPT_RETRIES };

int cmd_diff(int argc, char **argv)
{
    static const struct option lopts[] = {
        {"format", required_argument, NULL, 'f'},   {"output", required_argument, NULL, 'o'},
        {"fail-on", required_argument, NULL, OPT_FAIL_ON},
        {"latency-ratio", required_argument, NULL, OPT_RATIO},
        {"latency-ms", required_argument, NULL, OPT_MS},
        {"retries", required_argument, NULL, OPT_RETRIES},
        {"profile", required_argument, NULL, 'p'},  {"config", required_argument, NULL, 'c'},
        {"input-format", required_argument, NULL, 'i'},
        CLI_REDACT_LONG_OPTS,
        {"help", no_argument, NULL, 'h'},           {NULL, 0, NULL, 0}};
    const char *format = NULL, *output = NULL;
    diff_thresholds th = {1.5, 100, 1, ATS_SEV_INFO};
    diff_check_opts co;
    memset(&co, 0, sizeof co);
    cli_redact red = {0, 0};
    double v = 0;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":f:o:p:c:i:h", lopts, NULL)) != -1) {
        switch (c) {
        case 'f': format = optarg; break;
        case 'o': output = optarg; break;
        case 'p': co.profile = optarg; break;
        case 'c': co.config = optarg; break;
        case 'i': co.input_format = optarg; break;
        CLI_REDACT_CASES: cli_redact_option(c, &red); break;
        case OPT_FAIL_ON:
            th.fail_on = !strcmp(optarg, "error")     ? ATS_SEV_ERROR
                         : !strcmp(optarg, "warning") ? ATS_SEV_WARNING
                         : !strcmp(optarg, "info")    ? ATS_SEV_INFO
                         : !strcmp(optarg, "never")   ? -1
                                                      : -2;
            if (th.fail_on == -2) {
                cli_error("diff: --fail-on must be error, warning, info or never, not '%s'",
                          optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_RATIO:
            if (number("latency-ratio", optarg, 1.01, 1000, &th.ratio) < 0)
                return EXIT_USAGE;
            break;
        case OPT_MS:
            if (number("latency-ms", optarg, 0, 86400000, &th.ms) < 0)
                return EXIT_USAGE;
            break;
        case OPT_RETRIES:
            if (number("retries", optarg, 1, 1000000, &v) < 0)
                return EXIT_USAGE;
            if (v != (double)(uint64_t)v) {
                cli_error("diff: --retries: expected a whole number, got '%s'", optarg);
                return EXIT_USAGE;
            }
            th.retries = (uint64_t)v;
            break;
        case 'h': cli_help(cmd_diff_help); return 0;
        default:
            return cli_bad_option("diff", c, argv);
        }
    }
    const diff_writer *writer = choose_writer(format, output);
    if (!writer)
        return EXIT_USAGE;
    if (argc - optind != 2) {
        cli_error("diff: expected two files, OLD and NEW, got %d (try 'atscope diff --help')",
                  argc - optind);
        return EXIT_USAGE;
    }
    if (cli_check_format(co.input_format) < 0)
        return EXIT_USAGE;
    co.no_redact = red.off;
    co.redact_hosts = red.hosts;
    /* check's getopt runs for a capture: the operands first */
    char *paths[2] = {argv[optind], argv[optind + 1]};
    if (cli_out_check_inputs(output, paths, 2) < 0)
        return EXIT_USAGE;
    /* opened first: an output that cannot be written is said before the
     * captures are checked */
    cli_out out = {0};
    if (cli_out_open(&out, output) < 0)
        return EXIT_USAGE;
    diff_side old, new;
    memset(&old, 0, sizeof old);
    memset(&new, 0, sizeof new);
    int status = diff_load(paths[0], &co, &old) < 0 || diff_load(paths[1], &co, &new) < 0
                     ? EXIT_USAGE : 0;
    diff_result r;
    memset(&r, 0, sizeof r);
    if (!status && diff_compare(&old, &new, &th, &r) < 0)
        status = EXIT_USAGE;
    if (!status) {
        errno = 0;
        int wrc = writer->write(out.f, &r);
        int werr = wrc == 0 ? 0 : !ferror(out.f) ? ENOMEM : errno ? errno : EIO;
        if (cli_out_close(&out, wrc == 0, werr) < 0)
            status = EXIT_USAGE;
        else
            status = r.regressions ? EXIT_VIOLATIONS : EXIT_PASS;
    }
    cli_out_close(&out, 0, 0);
    diff_result_free(&r);
    diff_side_free(&old);
    diff_side_free(&new);
    return status;
}
