/* cmd_stats.c - `atscope stats`: per command counts, results, retries and
 * latency percentiles (final result and async completion), URC counts, time
 * in data mode; a text table or JSON. This file reads the options; reading
 * the captures is stats_collect.c's, writing stats_text.c's and stats_json.c's. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include "autoprofile.h"
#include "cli.h"
#include "inputs.h"
#include "output.h"
#include "pool.h"
#include "stats.h"

const char cmd_stats_help[] =
    "Usage: atscope stats [OPTIONS] [FILE...|-]\n"
    "\n"
    "Per command: how often it was sent, how it ended (OK, ERROR, +CME/+CMS ERROR,\n"
    "no final result), retries, and the latency of its final result and of its\n"
    "async completion (p50/p95/max, timestamped captures only); URC counts; data\n"
    "mode.\n"
    "\n"
    "Options:\n"
    CLI_PROFILE_HELP
    "  -i, --input-format NAME capture format (default: auto; see 'atscope formats')\n"
    "  -f, --format text|json  output (default: text on a terminal, else json;\n"
    "                          with -o, FILE's extension)\n"
    "  -o, --output FILE       write to FILE (replacing it once complete)\n"
    "  -r, --recursive         read the captures in directories (sorted), skipping\n"
    "                          what is clearly not one (code, docs, JSON, binaries)\n"
    "  -j, --jobs N            captures read in parallel (default: CPU cores)\n"
    CLI_INPUT_HELP
    CLI_REDACT_HELP
    "  -h, --help              show this help\n"
    "\n"
    "Examples:\n"
    "  # a table: one row per command\n"
    "  atscope stats -f text capture.log\n"
    "  # the five commands with the slowest final result, over a folder\n"
    "  atscope stats -r -f json logs/ |\n"
    "      jq '.commands | sort_by(-.final_latency.max_ms) | .[:5]'\n"
    "\n"
    "Exit status: 0 done, 2 an input or option could not be used, or the output\n"
    "could not be written.\n";

const stats_writer stats_writers[] = {
    {"text", "txt", stats_write_text},
    {"json", "json", stats_write_json},
    {NULL, NULL, NULL},
};

/* --format NAME, else -o FILE's extension, else text on a terminal and JSON
 * elsewhere; NULL after a message for an unknown name. */
static const stats_writer *choose_writer(const char *format, const char *output)
{
    const char *ext = cli_output_ext(output);
    for (const stats_writer *w = stats_writers; w->name; w++)
        if (format ? !strcmp(format, w->name) : ext && !strcasecmp(ext, w->ext))
            return w;
    if (format) {
        cli_error("stats: unknown --format '%s' (expected text or json)", format);
        return NULL;
    }
    return &stats_writers[!output && isatty(STDOUT_FILENO) ? 0 : 1];
}

int cmd_stats(int argc, char **argv)
{
    static const struct option lopts[] = {
        CLI_CAPTURE_LONG_OPTS,
        {"format", required_argument, NULL, 'f'}, {"recursive", no_argument, NULL, 'r'},
        {"jobs", required_argument, NULL, 'j'},   {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    cli_opts o;
    memset(&o, 0, sizeof o);
    const char *format = NULL;
    int c, recurse = 0, jobs = 0;
    cli_redact red = {0, 0};
    optind = 1;
    opterr = 0;
    while ((c = cli_next_option(argc, argv, ":p:i:f:o:rj:h", lopts, &o, &red)) != -1) {
        switch (c) {
        case CLI_OPT_BAD: return EXIT_USAGE;
        case 'f': format = optarg; break;
        case 'r': recurse = 1; break;
        case 'j':
            jobs = atoi(optarg) >= 1 && atoi(optarg) <= 64 ? atoi(optarg) : -1;
            if (jobs < 0) {
                cli_error("--jobs: expected a number from 1 to 64, got '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'h': cli_help(cmd_stats_help); return 0;
        default:
            return cli_bad_option("stats", c, argv);
        }
    }
    const stats_writer *writer = choose_writer(format, o.output);
    if (!writer)
        return EXIT_USAGE;
    if (cli_check_format(o.input_format) < 0)
        return EXIT_USAGE;
    char **files;
    int nfiles;
    if (cli_input_files("stats", argc, argv, &files, &nfiles) < 0)
        return EXIT_USAGE;
    ats_profile *p;
    cli_profiles cp;
    if (cli_profiles_for(&o, &p, &cp) < 0)
        return EXIT_USAGE;
    stats_total t;
    memset(&t, 0, sizeof t);
    if (ats_statsacc_new(&t.acc) != 0) {
        cli_error("out of memory");
        ats_profile_free(p);
        cli_profiles_free(&cp);
        return EXIT_USAGE;
    }
    int status = 0;
    input_list il = {0};
    if (inputs_expand(&il, files, nfiles, recurse) < 0 || il.n == 0) {
        cli_error("stats: no capture files found");
        status = EXIT_USAGE;
    }
    if (!status && cli_out_check_inputs(o.output, il.paths, il.n) < 0)
        status = EXIT_USAGE;
    cli_out out = {0};
    if (!status && cli_out_open(&out, o.output) < 0)
        status = EXIT_USAGE;
    stats_run run = {p, &cp, o.input_format, &o.input, jobs ? jobs : pool_default_jobs(), &red};
    t.redacted = !red.off;
    if (!status && stats_collect(&run, &il, &t) < 0)
        status = EXIT_USAGE;
    if (!status) {
        errno = 0;
        int wrc = writer->write(out.f, &t);
        int werr = wrc == 0 ? 0 : !ferror(out.f) ? ENOMEM : errno ? errno : EIO;
        if (cli_out_close(&out, wrc == 0, werr) < 0)
            status = EXIT_USAGE;
    }
    cli_out_close(&out, 0, 0);   /* no statistics: the old file stays */
    inputs_free(&il);
    ats_statsacc_free(t.acc);
    ats_profile_free(p);
    cli_profiles_free(&cp);
    return status;
}
