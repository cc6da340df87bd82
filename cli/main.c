/* main.c - the atscope program: subcommand dispatch, help, version. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"
#include "../common/common.h"   /* ats_read_all */
#include "output.h"
#include "redact_opt.h"

/* The main help: the commands' lines come from cli_commands (commands.c). */
static const char usage_head[] =
    "Usage: atscope COMMAND [OPTIONS] [FILE...|-]\n"
    "\n"
    "Audit serial captures of AT-command traffic between a host and a cellular\n"
    "modem: rebuild every command, response, URC and data stretch from the bytes,\n"
    "then check the module vendor's rules against them.\n"
    "\n"
    "Commands:\n";
static const char usage_tail[] =
    "\n"
    "Options for every command:\n"
    "  -h, --help              show help\n"
    "  -V, --version           show the version\n"
    "\n"
    "Examples:\n"
    "  # audit a capture; exit status 1 when a rule fails\n"
    "  atscope check capture.log; echo $?\n"
    "  # a web page for a folder of captures\n"
    "  atscope check -r logs/ -o /tmp/report.html\n"
    "  # the transactions, for your own scripts\n"
    "  atscope parse capture.log | jq -c 'select(.kind == \"transaction\")'\n"
    "\n"
    "Exit status: 0 analysed, 1 violations at or above --fail-on, 2 could not\n"
    "analyse (bad usage, an unreadable input, a write error).\n"
    "\n"
    "Documentation: 'man atscope'; docs/*.md, installed in share/doc/atscope.\n";

static void usage(FILE *f)
{
    fputs(usage_head, f);
    for (const cli_command *c = cli_commands; c->name; c++)
        if (c->summary)
            fprintf(f, "  %-9s %s\n", c->name, c->summary);
    fputs(usage_tail, f);
}

int cli_bad_option(const char *cmd, int c, char **argv)
{
    if (c == ':')
        cli_error("%s: option '%s' needs a value (try 'atscope %s --help')", cmd,
                  argv[optind - 1], cmd);
    else
        cli_error("%s: unknown option '%s' (try 'atscope %s --help')", cmd, argv[optind - 1],
                  cmd);
    return EXIT_USAGE;
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    fputs("atscope: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void cli_lib_error(const ats_error *e, const char *fallback_file)
{
    const char *f = e->file[0] ? e->file : fallback_file;
    if (f && e->line && e->column)
        cli_error("%s:%llu:%llu: %s", f, (unsigned long long)e->line,
                  (unsigned long long)e->column, e->msg);
    else if (f && e->line)
        cli_error("%s:%llu: %s", f, (unsigned long long)e->line, e->msg);
    else if (f)
        cli_error("%s: %s", f, e->msg);
    else
        cli_error("%s", e->msg);
}

void cli_help(const char *text)
{
    const char *mark = strstr(text, CLI_PROFILE_HELP);
    if (!mark) {
        fputs(text, stdout);
        return;
    }
    fwrite(text, 1, (size_t)(mark - text), stdout);
    /* the words of the description, wrapped under column 27 within 79 */
    const char *const *ids = ats_profile_builtin_ids();
    char words[64][48];
    size_t n = 0;
    snprintf(words[n++], sizeof words[0], "module profile: auto (the default:");
    snprintf(words[n++], sizeof words[0], "the module is identified from the");
    snprintf(words[n++], sizeof words[0], "capture's first 1000 lines),");
    snprintf(words[n++], sizeof words[0], "a built-in one,");
    for (size_t i = 0; ids[i] && n < 62; i++)
        snprintf(words[n++], sizeof words[0], "%s%s", ids[i], ids[i + 1] ? "," : "");
    snprintf(words[n++], sizeof words[0], "or a JSON file");
    int col = printf("  -p, --profile ID|FILE   ");
    for (size_t i = 0; i < n; i++) {
        int w = (int)strlen(words[i]);
        if (col > 26 && col + 1 + w > 79) {
            col = printf("\n%26s", "") - 1;
        } else if (col > 26) {
            putchar(' ');
            col++;
        }
        col += printf("%s", words[i]);
    }
    putchar('\n');
    fputs(mark + strlen(CLI_PROFILE_HELP), stdout);
}

int cli_is_file(const char *path, const char *what)
{
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
        return 0;                 /* a missing file is told by whoever opens it */
    cli_error("%s: is a directory (%s)", path, what);
    return -1;
}

int cli_load_profile(const cli_opts *o, ats_profile **out)
{
    ats_error e;
    memset(&e, 0, sizeof e);
    int rc;
    const char *id = o->profile;
    int builtin = !id;
    char names[1024] = "";   /* every built-in id: 21 now, room for more */
    size_t k = 0;
    for (const char *const *b = ats_profile_builtin_ids(); *b; b++) {
        if (id && !strcmp(*b, id))
            builtin = 1;
        int w = snprintf(names + k, sizeof names - k, "%s%s", k ? ", " : "", *b);
        if (w > 0 && (size_t)w < sizeof names - k)
            k += (size_t)w;
    }
    if (!builtin) {
        struct stat st;
        size_t n = strlen(id);
        int pathlike = strchr(id, '/') || (n > 5 && !strcmp(id + n - 5, ".json"));
        if (!pathlike && stat(id, &st) != 0 && errno == ENOENT) {
            /* a bare name: a built-in's name mistyped, not a lost file */
            cli_error("%s: no such profile: the built-in ones are %s; a profile file is a "
                      "path to JSON (docs/profiles.md)", id, names);
            return -1;
        }
        if (cli_is_file(id, "--profile names a built-in profile or a JSON file") < 0)
            return -1;
    }
    if (builtin)
        rc = ats_profile_load_builtin(out, id, &e);
    else
        rc = ats_profile_load_file(out, id, &e);
    if (rc < 0) {
        cli_lib_error(&e, id);
        return -1;
    }
    return 0;
}

const char *cli_output_ext(const char *output)
{
    const char *dot = output ? strrchr(output, '.') : NULL;
    return dot && !strchr(dot, '/') ? dot + 1 : NULL;
}

const char *cli_format_of_output(const char *output, const char *const *pairs)
{
    const char *ext = cli_output_ext(output);
    for (size_t i = 0; ext && pairs[i]; i += 2)
        if (!strcasecmp(ext, pairs[i]))
            return pairs[i + 1];
    return NULL;
}

int cli_input_files(const char *cmd, int argc, char **argv, char ***files, int *nfiles)
{
    static char dash[] = "-";
    static char *stdin_only[] = {dash, NULL};
    *files = argv + optind;
    *nfiles = argc - optind;
    if (*nfiles > 0)
        return 0;
    if (isatty(STDIN_FILENO)) {
        cli_error("%s: no input (give a FILE, or - to read standard input)", cmd);
        return -1;
    }
    *files = stdin_only;
    *nfiles = 1;
    return 0;
}

int cli_extra_args(const char *cmd, int argc, char **argv)
{
    if (optind >= argc)
        return 0;
    cli_error("%s: unexpected argument '%s' (try 'atscope %s --help')", cmd, argv[optind], cmd);
    return -1;
}

int cli_check_format(const char *name)
{
    /* the definitions are loaded here, before any capture is read: a broken
     * one stops the run before it starts */
    const ats_formatset *fs = cli_formatset();
    if (!fs)
        return -1;
    if (!name || !strcmp(name, "auto") || ats_format_find(name))
        return 0;
    int wrapper;
    for (size_t i = 0; i < ats_formatset_count(fs); i++)
        if (!strcmp(ats_formatset_at(fs, i, &wrapper)->name, name) && !wrapper)
            return 0;
    char names[1200];
    size_t k = 0;
    for (size_t i = 0; i < ats_format_count() && k < sizeof names; i++)
        k += (size_t)snprintf(names + k, sizeof names - k, "%s%s", i ? ", " : "",
                              ats_format_at(i)->name);
    for (size_t i = 0; i < ats_formatset_count(fs) && k < sizeof names; i++) {
        const ats_format_info *fi = ats_formatset_at(fs, i, &wrapper);
        if (!wrapper)
            k += (size_t)snprintf(names + k, sizeof names - k, ", %s", fi->name);
    }
    cli_error("unknown --input-format '%s' (known: auto, %s)", name, names);
    return -1;
}

int cli_capture_option(int c, const char *arg, cli_opts *o, cli_redact *red)
{
    switch (c) {
    case 'p': o->profile = arg; return 1;
    case 'i': o->input_format = arg; return 1;
    case 'o': o->output = arg; return 1;
    CLI_INPUT_CASES: return cli_input_option(c, arg, &o->input) < 0 ? -1 : 1;
    CLI_REDACT_CASES: cli_redact_option(c, red); return 1;
    default: return 0;
    }
}

int cli_next_option(int argc, char **argv, const char *shortopts, const struct option *lopts,
                    cli_opts *o, cli_redact *red)
{
    for (;;) {
        int c = getopt_long(argc, argv, shortopts, lopts, NULL);
        int taken = c == -1 ? 0 : cli_capture_option(c, optarg, o, red);
        if (taken <= 0)
            return taken < 0 ? CLI_OPT_BAD : c;
    }
}

int cli_input_option(int c, const char *arg, ats_input_opts *io)
{
    switch (c) {
    case CLI_OPT_PORT:
        io->port = arg;
        return 0;
    case CLI_OPT_SOCAT_FIRST:
        if (strcmp(arg, "modem") && strcmp(arg, "host")) {
            cli_error("--socat-first: expected host or modem, got '%s'", arg);
            return -1;
        }
        io->socat_modem_first = !strcmp(arg, "modem");
        return 0;
    case CLI_OPT_FORMAT_DEF:
        if (cli_formatset_add(arg) < 0)
            return -1;
        io->formats = cli_formatset();
        return 0;
    case CLI_OPT_SAMPLE_RATE:
        if (!(io->sample_rate = ats_parse_sample_rate(arg))) {
            cli_error("--sample-rate: expected samples per second (1000000, 1M, 24MHz), got '%s'",
                      arg);
            return -1;
        }
        return 0;
    default:
        return -1;
    }
}

int cli_read_file(const char *path, const char *what, const char *is_dir, size_t max,
                  char **buf, size_t *len)
{
    *buf = NULL;
    *len = 0;
    if (cli_is_file(path, is_dir) < 0)
        return -1;
    FILE *f = fopen(path, "rb");
    if (!f) {
        cli_error("%s: cannot open %s: %s", path, what, strerror(errno));
        return -1;
    }
    int rc = ats_read_all(f, max, buf, len);
    fclose(f);
    if (rc == ATS_EIO)
        cli_error("%s: cannot read %s", path, what);
    else if (rc < 0)
        cli_error("%s: %s too large or out of memory", path, what);
    return rc < 0 ? -1 : 0;
}

/* The rules, the limits and the suppressions each read the config: it is
 * read from its file once and copied after, so --config /dev/stdin or
 * <(jq ...), which can be read only once, gives all three the same text.
 * The CLI reads one config per run, on the main thread, before any other. */
static struct {
    char *path, *buf;
    size_t len;
} config_cache;

int cli_read_config(const char *path, char **buf, size_t *len)
{
    if (!config_cache.path || strcmp(config_cache.path, path)) {
        char *b;
        size_t n;
        if (cli_read_file(path, "config", "--config names a JSON file", (size_t)16 << 20, &b,
                          &n) < 0)
            return -1;
        char *p = strdup(path);
        if (!p) {
            free(b);
            cli_error("out of memory");
            return -1;
        }
        free(config_cache.path);
        free(config_cache.buf);
        config_cache.path = p;
        config_cache.buf = b;
        config_cache.len = n;
    }
    *buf = malloc(config_cache.len ? config_cache.len : 1);
    if (!*buf) {
        cli_error("out of memory");
        return -1;
    }
    if (config_cache.len)
        memcpy(*buf, config_cache.buf, config_cache.len);
    *len = config_cache.len;
    return 0;
}

int cli_apply_config(ats_ruleset *rs, const char *path)
{
    char *buf;
    size_t len;
    if (cli_read_config(path, &buf, &len) < 0)
        return -1;
    ats_error e;
    memset(&e, 0, sizeof e);
    int rc = ats_ruleset_configure(rs, buf, len, path, &e);
    free(buf);
    if (rc < 0) {
        cli_lib_error(&e, path);
        return -1;
    }
    return 0;
}

int cli_open_input(const char *path, int *fd)
{
    if (!strcmp(path, "-")) {
        *fd = STDIN_FILENO;
        return 0;
    }
    int f = open(path, O_RDONLY);
    if (f < 0) {
        cli_error("%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    struct stat st;
    if (fstat(f, &st) == 0 && S_ISDIR(st.st_mode)) {
        cli_error("%s: is a directory", path);
        close(f);
        return -1;
    }
    *fd = f;
    return 0;
}

const cli_command *cli_command_find(const char *name)
{
    for (const cli_command *c = cli_commands; c->name; c++)
        if (!strcmp(c->name, name))
            return c;
    return NULL;
}

int cmd_help(int argc, char **argv)
{
    if (argc > 2) {
        cli_error("help: unexpected argument '%s' (try 'atscope help COMMAND')", argv[2]);
        return EXIT_USAGE;
    }
    const char *name = argc > 1 ? argv[1] : NULL;
    if (!name || !strcmp(name, "-h") || !strcmp(name, "--help")) {
        usage(stdout);
        return 0;
    }
    const cli_command *c = cli_command_find(name);
    if (c && c->help) {
        cli_help(c->help);
        return 0;
    }
    char names[256];
    size_t k = 0;
    names[0] = 0;
    for (c = cli_commands; c->name; c++)
        if (c->help && k < sizeof names)
            k += (size_t)snprintf(names + k, sizeof names - k, "%s%s", k ? ", " : "", c->name);
    cli_error("help: no help on '%s': the commands are %s", name, names);
    return EXIT_USAGE;
}

int cmd_version(int argc, char **argv)
{
    if (argc > 1) {
        cli_error("%s: unexpected argument '%s'", argv[0], argv[1]);
        return EXIT_USAGE;
    }
    printf("atscope %s\n", ATS_VERSION);
    return 0;
}

static int run(int argc, char **argv);

int main(int argc, char **argv)
{
    /* A closed output (`atscope check big.log | head -1`) ends atscope as it
     * ends cat or grep: quietly, by SIGPIPE (status 141 in the shell), since
     * the reader has what it wanted. Set, not inherited: a parent that ignores
     * it would otherwise turn that into an error message. */
    signal(SIGPIPE, SIG_DFL);
    int rc = run(argc, argv);
    free(config_cache.path);
    free(config_cache.buf);
    return cli_stdout_done(rc);
}

static int run(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    /* the options every command has, said before any command */
    const char *name = argv[1];
    if (!strcmp(name, "-h") || !strcmp(name, "--help"))
        name = "help";
    else if (!strcmp(name, "-V") || !strcmp(name, "--version"))
        name = "version";
    const cli_command *c = cli_command_find(name);
    if (!c) {
        cli_error("unknown command '%s' (try 'atscope --help')", argv[1]);
        return EXIT_USAGE;
    }
    return c->run(argc - 1, argv + 1);
}
