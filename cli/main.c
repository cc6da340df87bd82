/* main.c - the atscope program: subcommand dispatch, help, version. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"
#include "output.h"

static const char usage[] =
    "Usage: atscope COMMAND [OPTIONS] [FILE...|-]\n"
    "\n"
    "Audit serial captures of AT-command traffic between a host and a cellular modem.\n"
    "\n"
    "Commands:\n"
    "  check     audit captures against the module's rules; report and CI exit status\n"
    "  parse     rebuild transactions, URCs and data from captures; JSON Lines, streaming\n"
    "  rules     list the rules with their severities, parameters and guide sections\n"
    "  stats     per-command counts, results, retries and latency percentiles\n"
    "  formats   list the capture formats atscope reads\n"
    "  help      show this help, or a command's: atscope help parse\n"
    "\n"
    "Options for every command:\n"
    "  -h, --help       show help\n"
    "  -V, --version    show the version\n"
    "\n"
    "Exit status: 0 analysed, 1 violations at or above --fail-on, 2 could not analyse.\n"
    "Documentation: docs/records.md (parse records), README.md.\n";

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

int cli_load_profile(const cli_opts *o, ats_profile **out)
{
    ats_error e;
    memset(&e, 0, sizeof e);
    int rc;
    const char *id = o->profile;
    int builtin = !id;
    if (id)
        for (const char *const *b = ats_profile_builtin_ids(); *b; b++)
            if (!strcmp(*b, id))
                builtin = 1;
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

int cli_apply_config(ats_ruleset *rs, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        cli_error("%s: cannot open config: %s", path, strerror(errno));
        return -1;
    }
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len == cap) {
            cap = cap ? cap * 2 : 4096;
            char *q = cap <= (16u << 20) ? realloc(buf, cap) : NULL;
            if (!q) {
                free(buf);
                fclose(f);
                cli_error("%s: config too large", path);
                return -1;
            }
            buf = q;
        }
        size_t n = fread(buf + len, 1, cap - len, f);
        len += n;
        if (n == 0)
            break;
    }
    fclose(f);
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

static int help(const char *cmd)
{
    static const struct {
        const char *name;
        int (*fn)(int, char **);
    } cmds[] = {{"parse", cmd_parse}, {"check", cmd_check}, {"rules", cmd_rules}, {"stats", cmd_stats},
                {"formats", cmd_formats}};
    for (size_t i = 0; cmd && i < sizeof cmds / sizeof cmds[0]; i++)
        if (!strcmp(cmd, cmds[i].name)) {
            char *argv[] = {(char *)cmds[i].name, "--help", NULL};
            return cmds[i].fn(2, argv);
        }
    fputs(usage, stdout);
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
    return cli_stdout_done(run(argc, argv));
}

static int run(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help"))
        return help(NULL);
    if (!strcmp(cmd, "help"))
        return help(argc > 2 ? argv[2] : NULL);
    if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version") || !strcmp(cmd, "version")) {
        printf("atscope %s\n", ATS_VERSION);
        return 0;
    }
    if (!strcmp(cmd, "parse"))
        return cmd_parse(argc - 1, argv + 1);
    if (!strcmp(cmd, "check"))
        return cmd_check(argc - 1, argv + 1);
    if (!strcmp(cmd, "rules"))
        return cmd_rules(argc - 1, argv + 1);
    if (!strcmp(cmd, "stats"))
        return cmd_stats(argc - 1, argv + 1);
    if (!strcmp(cmd, "formats"))
        return cmd_formats(argc - 1, argv + 1);
    cli_error("unknown command '%s' (try 'atscope --help')", cmd);
    return EXIT_USAGE;
}
