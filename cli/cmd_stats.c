/* cmd_stats.c - `atscope stats`: per command counts, results, retries and
 * latency percentiles (final result and async completion), URC counts, time
 * in data mode; a text table or JSON. */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "capture_read.h"
#include "autoprofile.h"
#include "cli.h"
#include "inputs.h"
#include "output.h"
#include "pool.h"
#include "escape.h"

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

static int on_rec(void *user, const ats_record *r)
{
    if (ats_statsacc_feed(user, r) == 0)
        return 0;
    cli_error("out of memory");     /* this capture then fails as a whole */
    return 1;
}

typedef struct one {
    ats_statsacc *acc;
    int ok, timed;
    uint64_t lines, bytes;
} one;

typedef struct stats_ctx {
    char **paths;
    one *res;
    const ats_profile *p;        /* NULL: --profile auto */
    const cli_profiles *cp;
    const char *format;
    const ats_input_opts *settings;
    int progress;
} stats_ctx;

typedef struct auto_one {
    const cli_profiles *cp;
    ats_statsacc *acc;
    ats_parser *ps;
    const char *shown;
} auto_one;

/* --profile auto: the look-ahead named the module */
static ats_parser *choose(void *user, const ats_identity *id)
{
    auto_one *a = user;
    const ats_profile *p = cli_profiles_find(a->cp, id->profile);
    ats_error e;
    memset(&e, 0, sizeof e);
    if (ats_parser_new(&a->ps, p ? p : a->cp->base, NULL, on_rec, a->acc, &e) < 0) {
        cli_lib_error(&e, a->shown);
        return NULL;
    }
    return a->ps;
}

/* One capture into its own accumulator (any thread). */
static void stats_at(void *vctx, size_t i)
{
    stats_ctx *c = vctx;
    one *r = &c->res[i];
    int fd;
    if (cli_open_input(c->paths[i], &fd) < 0 || ats_statsacc_new(&r->acc) != 0)
        return;
    const char *shown = strcmp(c->paths[i], "-") ? c->paths[i] : "<stdin>";
    ats_parser *ps = NULL;
    ats_error e;
    memset(&e, 0, sizeof e);
    auto_one a = {c->cp, r->acc, NULL, shown};
    if (c->p && ats_parser_new(&ps, c->p, NULL, on_rec, r->acc, &e) < 0) {
        cli_lib_error(&e, shown);
    } else {
        capture_read cr;
        memset(&cr, 0, sizeof cr);
        cr.format = c->format;
        cr.settings = c->settings;
        cr.progress = c->progress;
        if (!c->p) {
            cr.choose = choose;
            cr.id_base = c->cp->scan;
            cr.id_cands = (const ats_profile *const *)c->cp->p;
            cr.id_ncands = c->cp->n;
            cr.user = &a;
        }
        r->ok = capture_read_fd(&cr, fd, shown, ps) == 0;
        if (!c->p)
            ps = a.ps;
        r->timed = cr.has_time;
        r->lines = ps ? ats_parser_stats(ps)->lines : 0;
        r->bytes = cr.bytes;
        ats_parser_free(ps);
    }
    if (fd != STDIN_FILENO)
        close(fd);
}

static json_t *ms(double v) { return v < 0 ? json_null() : json_real(v); }

static void lat(char *b, size_t cap, double p50, double p95, double mx)
{
    if (p50 < 0)
        snprintf(b, cap, "-");
    else
        snprintf(b, cap, "%.0f/%.0f/%.0f", p50, p95, mx);
}

int cmd_stats(int argc, char **argv)
{
    static const struct option lopts[] = {
        {"profile", required_argument, NULL, 'p'}, {"input-format", required_argument, NULL, 'i'},
        {"format", required_argument, NULL, 'f'},  {"output", required_argument, NULL, 'o'},
        {"recursive", no_argument, NULL, 'r'},     {"jobs", required_argument, NULL, 'j'},
        CLI_INPUT_LONG_OPTS,
        {"help", no_argument, NULL, 'h'},          {NULL, 0, NULL, 0}};
    cli_opts o;
    memset(&o, 0, sizeof o);
    const char *format = NULL;
    int c, recurse = 0, jobs = 0;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":p:i:f:o:rj:h", lopts, NULL)) != -1) {
        switch (c) {
        case 'p': o.profile = optarg; break;
        case 'i': o.input_format = optarg; break;
        CLI_INPUT_CASES:
            if (cli_input_option(c, optarg, &o.input) < 0)
                return EXIT_USAGE;
            break;
        case 'f': format = optarg; break;
        case 'o': o.output = optarg; break;
        case 'r': recurse = 1; break;
        case 'j':
            jobs = atoi(optarg) >= 1 && atoi(optarg) <= 64 ? atoi(optarg) : -1;
            if (jobs < 0) {
                cli_error("--jobs: expected a number from 1 to 64, got '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'h': cli_help(cmd_stats_help); return 0;
        case ':':
            cli_error("stats: option '%s' needs a value", argv[optind - 1]);
            return EXIT_USAGE;
        default:
            cli_error("stats: unknown option '%s' (try 'atscope stats --help')", argv[optind - 1]);
            return EXIT_USAGE;
        }
    }
    static const char *const by_ext[] = {"json", "json", "txt", "text", NULL};
    if (!format)
        format = cli_format_of_output(o.output, by_ext);
    if (format && strcmp(format, "text") && strcmp(format, "json")) {
        cli_error("stats: unknown --format '%s' (expected text or json)", format);
        return EXIT_USAGE;
    }
    if (cli_check_format(o.input_format) < 0)
        return EXIT_USAGE;
    char *stdin_only[] = {"-"};
    char **files = argv + optind;
    int nfiles = argc - optind;
    if (nfiles == 0) {
        if (isatty(STDIN_FILENO)) {
            cli_error("stats: no input (give a FILE, or - to read standard input)");
            return EXIT_USAGE;
        }
        files = stdin_only;
        nfiles = 1;
    }
    ats_profile *p = NULL;
    cli_profiles cp;
    memset(&cp, 0, sizeof cp);
    if (cli_profile_is_auto(&o) ? cli_profiles_load(&cp) < 0 : cli_load_profile(&o, &p) < 0)
        return EXIT_USAGE;
    ats_statsacc *acc;
    if (ats_statsacc_new(&acc) != 0) {
        cli_error("out of memory");
        ats_profile_free(p);
        cli_profiles_free(&cp);
        return EXIT_USAGE;
    }
    int status = 0, timed = 0;
    size_t il_n = 0;
    uint64_t lines = 0, bytes = 0;
    input_list il = {0};
    if (inputs_expand(&il, files, nfiles, recurse) < 0 || il.n == 0) {
        cli_error("stats: no capture files found");
        status = EXIT_USAGE;
    }
    if (!status && cli_out_check_inputs(o.output, il.paths, il.n) < 0)
        status = EXIT_USAGE;
    cli_out out_ = {0};
    if (!status && cli_out_open(&out_, o.output) < 0)
        status = EXIT_USAGE;
    one *res = status ? NULL : calloc(il.n, sizeof *res);
    if (!status && !res) {
        cli_error("out of memory");
        status = EXIT_USAGE;
    }
    int oom = 0;
    if (!status) {
        stats_ctx sc = {il.paths, res, p, &cp, o.input_format, &o.input, il.n == 1};
        pool_run(il.n, jobs ? jobs : pool_default_jobs(), stats_at, &sc, "counted");
        for (size_t i = 0; i < il.n; i++) {
            if (!res[i].ok) {
                status = EXIT_USAGE;   /* said on stderr already */
                continue;
            }
            if (ats_statsacc_merge(acc, res[i].acc) != 0) {   /* in input order */
                cli_error("out of memory");
                oom = 1;
                break;
            }
            timed |= res[i].timed;
            lines += res[i].lines;
            bytes += res[i].bytes;
        }
        for (size_t i = 0; i < il.n; i++)
            ats_statsacc_free(res[i].acc);
        /* a capture that could not be read among others: the rest are counted */
        size_t okn = 0;
        for (size_t i = 0; i < il.n; i++)
            okn += res[i].ok;
        if (okn)
            status = 0;
        if (oom)
            status = EXIT_USAGE;     /* no partial statistics shown as whole */
    }
    free(res);
    il_n = il.n;
    if (!status) {
        FILE *out = out_.f;
        int text = format ? !strcmp(format, "text") : (!o.output && isatty(STDOUT_FILENO));
        const ats_data_stats *d = ats_statsacc_data(acc);
        if (text) {
            fprintf(out, "%-28s %7s %7s %6s %5s %5s %7s %6s %19s %10s %19s\n", "COMMAND", "COUNT",
                    "OK", "ERROR", "CME", "CMS", "NOFINAL", "RETRY", "FINAL p50/p95/max ms",
                    "COMPL ok/x", "COMPL p50/p95/max ms");
            for (size_t i = 0; i < ats_statsacc_ncmds(acc); i++) {
                ats_cmd_stats s;
                ats_statsacc_cmd(acc, i, &s);
                char f[40], cm[40], co[24];
                lat(f, sizeof f, s.final_p50_ms, s.final_p95_ms, s.final_max_ms);
                lat(cm, sizeof cm, s.compl_p50_ms, s.compl_p95_ms, s.compl_max_ms);
                if (s.compl_success + s.compl_failure + s.compl_missing + s.compl_pending)
                    snprintf(co, sizeof co, "%llu/%llu", (unsigned long long)s.compl_success,
                             (unsigned long long)(s.compl_failure + s.compl_missing));
                else
                    snprintf(co, sizeof co, "-");
                fprintf(out, "%-28s %7llu %7llu %6llu %5llu %5llu %7llu %6llu %19s %10s %19s\n",
                        s.name, (unsigned long long)s.count, (unsigned long long)s.ok,
                        (unsigned long long)s.error, (unsigned long long)s.cme,
                        (unsigned long long)s.cms, (unsigned long long)s.no_final,
                        (unsigned long long)s.retries, f, co, cm);
            }
            fprintf(out, "\n%-28s %7s\n", "URC", "COUNT");
            for (size_t i = 0; i < ats_statsacc_nurcs(acc); i++) {
                const char *n;
                uint64_t k;
                ats_statsacc_urc(acc, i, &n, &k);
                fprintf(out, "%-28s %7llu\n", n, (unsigned long long)k);
            }
            fprintf(out, "\ndata mode: %llu stretches, %llu bytes", (unsigned long long)d->stretches,
                    (unsigned long long)d->bytes);
            if (timed)
                fprintf(out, ", %.3f s", d->seconds);
            fprintf(out, "; received raw data lines: %llu\n", (unsigned long long)d->received_lines);
            if (!timed)
                fprintf(out, "(no timestamps in the capture: no latencies)\n");
            if (il.nskipped) {
                fprintf(out, "(skipped %zu files found by -r that are not captures: ", il.nskipped);
                tx_put(out, il.skipped[0].path, strlen(il.skipped[0].path), 0);
                fprintf(out, "%s; -f json lists them)\n", il.nskipped > 1 ? " and others" : "");
            }
        } else {
            json_t *cmds = json_array();
            for (size_t i = 0; i < ats_statsacc_ncmds(acc); i++) {
                ats_cmd_stats s;
                ats_statsacc_cmd(acc, i, &s);
                json_t *lf = json_pack("{s:I, s:o, s:o, s:o}", "n", (json_int_t)s.final_n, "p50_ms",
                                       ms(s.final_p50_ms), "p95_ms", ms(s.final_p95_ms), "max_ms",
                                       ms(s.final_max_ms));
                json_t *lc = json_pack("{s:I, s:o, s:o, s:o}", "n", (json_int_t)s.compl_n, "p50_ms",
                                       ms(s.compl_p50_ms), "p95_ms", ms(s.compl_p95_ms), "max_ms",
                                       ms(s.compl_max_ms));
                json_array_append_new(
                    cmds, json_pack("{s:s, s:I, s:{s:I, s:I, s:I, s:I, s:I}, s:I, s:I, s:I,"
                                    " s:{s:I, s:I, s:I, s:I}, s:o, s:o}",
                                    "command", s.name, "count", (json_int_t)s.count, "results",
                                    "ok", (json_int_t)s.ok, "error", (json_int_t)s.error,
                                    "cme_error", (json_int_t)s.cme, "cms_error", (json_int_t)s.cms,
                                    "other_failure", (json_int_t)s.other_fail, "no_final",
                                    (json_int_t)s.no_final, "unfinished", (json_int_t)s.unfinished,
                                    "retries", (json_int_t)s.retries, "completions", "success",
                                    (json_int_t)s.compl_success, "failure",
                                    (json_int_t)s.compl_failure, "missing",
                                    (json_int_t)s.compl_missing, "pending",
                                    (json_int_t)s.compl_pending, "final_latency", lf,
                                    "completion_latency", lc));
            }
            json_t *urcs = json_object();
            for (size_t i = 0; i < ats_statsacc_nurcs(acc); i++) {
                const char *n;
                uint64_t k;
                ats_statsacc_urc(acc, i, &n, &k);
                json_t *key = json_string(n);
                if (key) {
                    json_object_set_new(urcs, n, json_integer((json_int_t)k));
                    json_decref(key);
                }
            }
            json_t *root = json_pack(
                "{s:i, s:{s:I, s:I, s:b}, s:o, s:o, s:{s:I, s:I, s:o, s:I, s:I}}", "stats_version",
                1, "inputs", "files", (json_int_t)il_n, "lines", (json_int_t)lines,
                "has_timestamps", timed, "commands", cmds, "urcs", urcs, "data_mode", "stretches",
                (json_int_t)d->stretches, "bytes", (json_int_t)d->bytes, "seconds",
                timed ? json_real(d->seconds) : json_null(), "received_lines",
                (json_int_t)d->received_lines, "received_bytes", (json_int_t)d->received_bytes);
            (void)bytes;
            if (il.nskipped) {
                json_t *sk = json_array();
                for (size_t i = 0; i < il.nskipped; i++)
                    json_array_append_new(sk, json_pack("{s:s?, s:s}", "path",
                                                        il.skipped[i].path, "reason",
                                                        il.skipped[i].reason));
                json_object_set_new(json_object_get(root, "inputs"), "skipped", sk);
            }
            char *sj = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
            if (sj) {
                fputs(sj, out);
                fputc('\n', out);
            }
            free(sj);
            json_decref(root);
        }
        if (cli_out_close(&out_, 1, 0) < 0)
            status = EXIT_USAGE;
    }
    cli_out_close(&out_, 0, 0);   /* no statistics: the old file stays */
    inputs_free(&il);
    ats_statsacc_free(acc);
    ats_profile_free(p);
    cli_profiles_free(&cp);
    return status;
}
