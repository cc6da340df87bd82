/* cmd_parse.c - `atscope parse`: JSON Lines, one record per transaction,
 * URC, data stretch, annotation, unparsed line and retry chain, written as
 * each completes. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"
#include "record_json.h"
#include "record_text.h"
#include "capture_read.h"
#include "autoprofile.h"
#include "escape.h"
#include "output.h"
#include "redact_opt.h"

const char cmd_parse_help[] =
    "Usage: atscope parse [OPTIONS] [FILE...|-]\n"
    "\n"
    "Rebuild every command/response transaction, URC, data-mode stretch, annotation\n"
    "and unparsed line of each capture, and write them as JSON Lines, one record\n"
    "each, as soon as each is complete. Fields: docs/records.md. With no FILE, or\n"
    "when FILE is -, read standard input.\n"
    "\n"
    "Options:\n"
    CLI_PROFILE_HELP
    "  -i, --input-format NAME capture format (default: auto; see 'atscope formats')\n"
    "  -f, --format jsonl|text JSON Lines, or text for a person (default: text on a\n"
    "                          terminal, else JSON Lines; with -o, FILE's extension)\n"
    "  -o, --output FILE       write to FILE (replacing it once complete)\n"
    "  -u, --unbuffered        flush after every record\n"
    "      --max-line N        cut lines longer than N bytes (default 65536)\n"
    "      --read-size N       bytes per read (testing aid; default 1048576)\n"
    "      --read-seed N       random read sizes 1..read-size (testing aid)\n"
    CLI_THREADS_HELP
    "                          (standard input and pipes: 1, so each record is\n"
    "                          written as soon as it is complete)\n"
    CLI_INPUT_HELP
    CLI_REDACT_HELP
    "  -h, --help              show this help\n"
    "\n"
    "Examples:\n"
    "  # one line per record, for a person\n"
    "  atscope parse -f text capture.log\n"
    "  # the commands that got no final result\n"
    "  atscope parse capture.log | jq -r 'select(.status == \"no-final\") | .command'\n"
    "  # a live port, record by record\n"
    "  atscope parse -u - < /dev/ttyUSB2\n"
    "\n"
    "Exit status: 0 parsed, 2 an input or option could not be used, or the output\n"
    "could not be written.\n";

typedef struct pctx {
    jsonw *w;
    int flush_each;
    int text;
    unsigned hides;              /* what the format does not show (ATS_HIDES_*) */
    const char *shown, *profile;
    const char *reason;          /* why this profile */
    ats_identity id;             /* --profile auto: what the look-ahead found */
    int identified;
    const cli_profiles *cp;      /* --profile auto: the built-ins */
    const ats_parser_opts *po;
    ats_parser *ps;              /* made by choose() under --profile auto */
    ats_redact_map *redact;      /* NULL: --no-redact */
} pctx;

/* The input record: which format was detected and why, before any record. */
static void announce(void *user, const ats_input *in)
{
    pctx *c = user;
    jsonw *w = c->w;
    const ats_format_info *fi = ats_input_format(in);
    c->hides = ats_input_hides(in);
    if (c->text)
        return;
    jw_obj_begin(w);
    jw_str(w, "kind", "input");
    jw_str(w, "path", c->shown);
    jw_str(w, "format", fi ? fi->name : "raw");
    jw_str(w, "format_reason", ats_input_reason(in));
    /* only for a trace read by a template inferred from its own lines */
    if (ats_input_template(in))
        jw_str(w, "format_template", ats_input_template(in));
    /* only when wrappers were peeled: the plain case reads as before */
    if (fi && strcmp(ats_input_layers(in), fi->name))
        jw_str(w, "layers", ats_input_layers(in));
    /* only when the tool leaves something out: absent, it shows everything */
    if (c->hides)
        jw_str(w, "shows", ats_shows_name(c->hides));
    jw_str(w, "profile", c->profile);
    jw_str(w, "profile_reason", c->reason);
    if (c->identified && (c->id.manufacturer[0] || c->id.model[0] || c->id.revision[0])) {
        jw_key(w, "module");
        jw_obj_begin(w);
        if (c->id.manufacturer[0])
            jw_str(w, "manufacturer", c->id.manufacturer);
        if (c->id.model[0])
            jw_str(w, "model", c->id.model);
        if (c->id.revision[0])
            jw_str(w, "revision", c->id.revision);
        jw_obj_end(w);
    }
    jw_obj_end(w);
    jw_newline(w);
}

static int on_rec(void *user, const ats_record *r);

/* --profile auto: the look-ahead named the module; parse with its profile */
static ats_parser *choose(void *user, const ats_identity *id)
{
    pctx *c = user;
    const ats_profile *p = cli_profiles_pick(c->cp, id->profile);
    if (!p)
        return NULL;
    c->id = *id;
    c->identified = 1;
    c->profile = ats_profile_id(p);
    c->reason = c->id.reason;
    ats_error e;
    memset(&e, 0, sizeof e);
    if (ats_parser_new(&c->ps, p, c->po, on_rec, c, &e) < 0 ||
        ats_parser_set_redact(c->ps, c->redact, &e) < 0) {
        cli_lib_error(&e, c->shown);
        return NULL;
    }
    return c->ps;
}

static void flush_out(void *user)
{
    pctx *c = user;
    jw_flush(c->w);
    fflush(c->w->out);
}

static int on_rec(void *user, const ats_record *r)
{
    pctx *c = user;
    if (c->text) {
        rec_text(c->w->out, r, 1, c->hides);
        if (ferror(c->w->out))
            c->w->error = EIO;
        return c->w->error ? 1 : 0;
    }
    rec_write(c->w, r);
    if (c->flush_each)
        jw_flush(c->w);
    return c->w->error ? 1 : 0;
}

static unsigned long long parse_size(const char *s, const char *opt, int *ok)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || !*s || v == 0) {
        cli_error("%s: expected a positive number, got '%s'", opt, s);
        *ok = 0;
    }
    return v;
}

static void summary_text(FILE *f, const char *path, const ats_stats *s, uint64_t bytes,
                         const char *format, int redact)
{
    fputs("-- ", f);
    tx_put(f, path, strlen(path), 0);     /* a file name holds any bytes */
    fprintf(f,
            " (%s): %llu bytes, %llu lines: %llu transactions (%llu without a final result, "
            "%llu unfinished), %llu URCs, %llu data, %llu notes, %llu unparsed",
            format, (unsigned long long)bytes, (unsigned long long)s->lines,
            (unsigned long long)s->transactions, (unsigned long long)s->no_final,
            (unsigned long long)s->unfinished, (unsigned long long)s->urcs,
            (unsigned long long)s->data, (unsigned long long)s->annotations,
            (unsigned long long)s->unparsed);
    if (s->host_log)
        fprintf(f, ", %llu host-log lines", (unsigned long long)s->host_log);
    if (s->truncated_lines)
        fprintf(f, ", %llu lines truncated (%llu bytes cut)",
                (unsigned long long)s->truncated_lines, (unsigned long long)s->cut_bytes);
    if (redact)
        fprintf(f, "; redaction on, %llu masked", (unsigned long long)s->redacted);
    else
        fputs("; not redacted (--no-redact)", f);
    fputc('\n', f);
}

/* The reader's warnings about the whole file (line 0) have no record: say them here. */
static void warnings_text(FILE *f, const char *path, const capture_read *cr)
{
    for (size_t k = 0; k < cr->nkept; k++)
        if (!cr->warnings[k].line) {
            tx_put(f, path, strlen(path), 0);
            fputs(": note: ", f);
            tx_put(f, cr->warnings[k].msg, strlen(cr->warnings[k].msg), 0);
            fputc('\n', f);
        }
}

static void summary(jsonw *w, const char *path, const ats_stats *s, const capture_read *cr,
                    int redact)
{
    jw_obj_begin(w);
    jw_str(w, "kind", "summary");
    jw_str(w, "path", path);
    jw_str(w, "format", cr->format_name);
    jw_bool(w, "has_timestamps", cr->has_time);
    jw_bool(w, "has_directions", cr->has_dir);
    jw_u64(w, "bytes", cr->bytes);
    jw_u64(w, "lines", s->lines);
    jw_u64(w, "records", s->records);
    jw_u64(w, "transactions", s->transactions);
    jw_u64(w, "commands", s->commands);
    jw_u64(w, "urcs", s->urcs);
    jw_u64(w, "data", s->data);
    jw_u64(w, "annotations", s->annotations);
    if (s->host_log)
        jw_u64(w, "host_log", s->host_log);
    jw_u64(w, "unparsed", s->unparsed);
    jw_u64(w, "retry_chains", s->chains);
    jw_u64(w, "no_final", s->no_final);
    jw_u64(w, "unfinished", s->unfinished);
    jw_u64(w, "truncated_lines", s->truncated_lines);
    jw_u64(w, "cut_bytes", s->cut_bytes);
    jw_u64(w, "not_utf8_lines", s->not_utf8_lines);
    jw_bool(w, "redacted", redact);
    if (redact)
        jw_u64(w, "masked", s->redacted);
    if (cr->nwarnings) {
        jw_arr_begin(w, "warnings");
        for (size_t k = 0; k < cr->nkept; k++) {
            jw_key(w, NULL);
            jw_obj_begin(w);
            jw_u64(w, "line", cr->warnings[k].line);
            jw_str(w, "message", cr->warnings[k].msg);
            jw_obj_end(w);
        }
        jw_arr_end(w);
        if (cr->nwarnings > cr->nkept)
            jw_u64(w, "warnings_omitted", cr->nwarnings - cr->nkept);
    }
    jw_obj_end(w);
    jw_newline(w);
}

static int parse_one(const cli_opts *o, const ats_profile *p, const cli_profiles *cp,
                     const char *path, jsonw *w, int text, ats_redact_map *redact)
{
    int fd;
    if (cli_open_input(path, &fd) < 0)
        return -1;
    struct stat st;
    int regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    pctx c;
    memset(&c, 0, sizeof c);
    c.w = w;
    c.flush_each = o->unbuffered;
    c.text = text;
    c.cp = cp;
    c.redact = redact;
    ats_parser_opts po;
    ats_parser_opts_default(&po);
    if (o->max_line)
        po.framer.max_line = o->max_line;
    /* a pipe's records are flushed as read (flush_out, on this thread): one thread */
    po.threads = regular ? capture_threads(fd, o->threads, &po.split_read_apart) : 1;
    c.po = &po;
    ats_error e;
    memset(&e, 0, sizeof e);
    if (p && (ats_parser_new(&c.ps, p, &po, on_rec, &c, &e) < 0 ||
              ats_parser_set_redact(c.ps, redact, &e) < 0)) {
        ats_parser_free(c.ps);
        cli_lib_error(&e, path);
        if (fd != STDIN_FILENO)
            close(fd);
        return -1;
    }
    const char *shown = strcmp(path, "-") ? path : "<stdin>";
    capture_read cr;
    memset(&cr, 0, sizeof cr);
    cr.format = o->input_format;
    cr.settings = &o->input;
    cr.progress = !isatty(fileno(w->out));   /* records on the terminal say it already */
    cr.read_size = o->read_size;
    cr.read_seed = o->read_seed;
    cr.after_read = regular ? NULL : flush_out;
    cr.on_format = announce;   /* text: only what the format shows */
    cr.user = &c;
    if (!p) {
        cr.choose = choose;
        cr.id_base = cp->scan;
        cr.id_cands = (const ats_profile *const *)cp->p;
        cr.id_ncands = cp->n;
    }
    c.shown = shown;
    c.profile = p ? ats_profile_id(p) : NULL;
    c.reason = "given with --profile";
    int rc = capture_read_fd(&cr, fd, shown, c.ps);
    if (rc == 0 && text) {
        if (cr.hides == ATS_HIDES_PAYLOAD)
            fprintf(w->out, "-- shows %s: the capture's tool does not log the payload the host "
                    "writes after a prompt (docs/formats.md)\n", ats_shows_name(cr.hides));
        else if (cr.hides)
            fprintf(w->out, "-- shows %s: the capture's tool leaves out part of what the modem "
                    "said (docs/formats.md)\n", ats_shows_name(cr.hides));
        summary_text(w->out, shown, ats_parser_stats(c.ps), cr.bytes, cr.format_name,
                     redact != NULL);
        warnings_text(w->out, shown, &cr);
    } else if (rc == 0)
        summary(w, shown, ats_parser_stats(c.ps), &cr, redact != NULL);
    ats_parser_free(c.ps);
    if (fd != STDIN_FILENO)
        close(fd);
    return rc;
}

int cmd_parse(int argc, char **argv)
{
    static const struct option lopts[] = {
        CLI_CAPTURE_LONG_OPTS,
        {"format", required_argument, NULL, 'f'},
        {"unbuffered", no_argument, NULL, 'u'},
        {"max-line", required_argument, NULL, 1},
        {"read-size", required_argument, NULL, 2},
        {"read-seed", required_argument, NULL, 3},
        {"threads", required_argument, NULL, 4},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    cli_opts o;
    memset(&o, 0, sizeof o);
    cli_redact red = {0, 0};
    int ok = 1, c;
    const char *format = NULL;
    optind = 1;
    opterr = 0;
    while ((c = cli_next_option(argc, argv, ":p:i:o:f:uh", lopts, &o, &red)) != -1) {
        switch (c) {
        case CLI_OPT_BAD: ok = 0; break;
        case 'f': format = optarg; break;
        case 'u': o.unbuffered = 1; break;
        case 1: o.max_line = (size_t)parse_size(optarg, "--max-line", &ok); break;
        case 2: o.read_size = (size_t)parse_size(optarg, "--read-size", &ok); break;
        case 3: o.read_seed = (unsigned)parse_size(optarg, "--read-seed", &ok); break;
        case 4:
            if (cli_threads_option(optarg, &o.threads) < 0)
                ok = 0;
            break;
        case 'h': cli_help(cmd_parse_help); return 0;
        default:
            return cli_bad_option("parse", c, argv);
        }
    }
    if (!ok || cli_check_format(o.input_format) < 0)
        return EXIT_USAGE;
    static const char *const by_ext[] = {"jsonl", "jsonl", "json", "jsonl", "ndjson", "jsonl",
                                         "txt", "text", NULL};
    if (!format)
        format = cli_format_of_output(o.output, by_ext);
    if (format && strcmp(format, "jsonl") && strcmp(format, "text") && strcmp(format, "json")) {
        cli_error("parse: unknown --format '%s' (expected jsonl or text)", format);
        return EXIT_USAGE;
    }
    if (o.max_line && o.max_line < 16) {
        cli_error("--max-line: must be at least 16");
        return EXIT_USAGE;
    }
    char **files;
    int nfiles;
    if (cli_input_files("parse", argc, argv, &files, &nfiles) < 0)
        return EXIT_USAGE;
    if (cli_out_check_inputs(o.output, files, (size_t)nfiles) < 0)
        return EXIT_USAGE;
    ats_profile *p;
    cli_profiles cp;
    if (cli_profiles_for(&o, &p, &cp) < 0)
        return EXIT_USAGE;
    cli_out out;
    if (cli_out_open(&out, o.output) < 0) {
        ats_profile_free(p);
        cli_profiles_free(&cp);
        return EXIT_USAGE;
    }
    jsonw w;
    if (jw_init(&w, out.f, 256 * 1024) != 0) {
        cli_error("out of memory");
        cli_out_close(&out, 0, 0);
        ats_profile_free(p);
        cli_profiles_free(&cp);
        return EXIT_USAGE;
    }
    int text = format ? !strcmp(format, "text") : (!o.output && isatty(STDOUT_FILENO));
    int status = 0, parsed = 0, rfail = 0;
    /* one map for every file: the same IMEI is the same token in all */
    ats_redact_map *rmap = cli_redact_map(&red, &rfail);
    if (rfail)
        status = EXIT_USAGE;
    for (int i = 0; i < nfiles && !rfail; i++) {
        if (parse_one(&o, p, &cp, files[i], &w, text, rmap) < 0)
            status = EXIT_USAGE;
        else
            parsed++;
        if (w.error)
            break;
    }
    /* the file is put in place when it holds every record of what could be
     * read; a write error, or nothing read at all, leaves the old one */
    int werr = jw_flush(&w);
    jw_free(&w);
    ats_redact_map_free(rmap);
    if (cli_out_close(&out, parsed > 0, werr) < 0)
        status = EXIT_USAGE;
    ats_profile_free(p);
    cli_profiles_free(&cp);
    return status;
}
