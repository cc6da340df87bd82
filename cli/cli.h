/* cli.h - shared by the atscope program's subcommands. Only cli/ prints. */
#ifndef ATS_CLI_H
#define ATS_CLI_H
#include <stddef.h>
#include <stdio.h>
#include "atscope.h"

enum { EXIT_PASS = 0, EXIT_VIOLATIONS = 1, EXIT_USAGE = 2 };

typedef struct cli_opts {
    const char *profile;      /* id or file; NULL = built-in default */
    const char *input_format; /* NULL = auto */
    const char *output;       /* -o FILE */
    size_t read_size;         /* bytes per read; 0 = 1 MiB */
    unsigned read_seed;       /* nonzero: random read sizes 1..read_size (testing aid) */
    int unbuffered;
    size_t max_line;
    ats_input_opts input;     /* --port, --socat-first, --sample-rate (format: above) */
    unsigned threads;         /* --threads: 0 auto, 1, 2 or 3 (capture_threads) */
} cli_opts;

/* --threads, shared by parse and check: its help line and its parsing
 * ("auto", 1, 2 or 3; 0 for auto; -1 after saying what is wrong). */
#define CLI_THREADS_HELP                                                                 \
    "      --threads auto|1-3  2: one thread reads, frames and builds records\n"        \
    "                          while another checks and writes them; 3: reading\n"     \
    "                          apart too (same output); auto (default): for a file\n"  \
    "                          of 4 MiB or more, 3 (2 on two CPUs for a stamped\n"      \
    "                          log: a chunk per line)\n"
int cli_threads_option(const char *s, unsigned *out);

/* Reader settings some captures cannot carry, shared by parse, check, stats:
 * the long options, their help lines, and their parsing. */
enum { CLI_OPT_PORT = 300, CLI_OPT_SOCAT_FIRST, CLI_OPT_SAMPLE_RATE, CLI_OPT_FORMAT_DEF };
#define CLI_INPUT_LONG_OPTS                                                              \
    {"port", required_argument, NULL, CLI_OPT_PORT},                                     \
        {"socat-first", required_argument, NULL, CLI_OPT_SOCAT_FIRST},                   \
        {"sample-rate", required_argument, NULL, CLI_OPT_SAMPLE_RATE},                   \
        {"format-def", required_argument, NULL, CLI_OPT_FORMAT_DEF}
#define CLI_INPUT_HELP                                                                   \
    "      --port NAME         ModemManager logs: the AT port to read (ttyUSB3);\n"       \
    "                          default: the first that talks\n"                            \
    "      --socat-first host|modem\n"                                                    \
    "                          socat traces: whose device was socat's first address\n"   \
    "                          (default host: '>' is host to modem)\n"                   \
    "      --sample-rate RATE  sigrok/PulseView exports: samples per second (1M,\n"       \
    "                          24MHz), so the bytes get times\n"                          \
    "      --format-def PATH   a format definition (JSON) or a folder of them, on\n"     \
    "                          top of the built-ins and ~/.config/atscope/formats\n"
#define CLI_INPUT_CASES                                                                  \
    case CLI_OPT_PORT:                                                                   \
    case CLI_OPT_SOCAT_FIRST:                                                            \
    case CLI_OPT_SAMPLE_RATE:                                                            \
    case CLI_OPT_FORMAT_DEF
/* What every command that reads captures takes (parse, check, stats,
 * redact): --profile, --input-format, --output, the reader settings above
 * and the redaction switches (redact_opt.h). */
#define CLI_CAPTURE_LONG_OPTS                                                            \
    {"profile", required_argument, NULL, 'p'},                                           \
        {"input-format", required_argument, NULL, 'i'},                                  \
        {"output", required_argument, NULL, 'o'}, CLI_INPUT_LONG_OPTS, CLI_REDACT_LONG_OPTS
struct cli_redact;
struct option;
/* Takes one of them into o and red: 1; 0 when c is none of them; -1 after
 * saying on stderr what is wrong. */
int cli_capture_option(int c, const char *arg, cli_opts *o, struct cli_redact *red);
/* getopt_long for such a command (optind and opterr set by the caller):
 * takes those options itself and returns the next other one, -1 at the
 * end, or CLI_OPT_BAD after saying what is wrong with a value. */
enum { CLI_OPT_BAD = -2 };
int cli_next_option(int argc, char **argv, const char *shortopts, const struct option *lopts,
                    cli_opts *o, struct cli_redact *red);
/* The --profile line of a help text: cli_help writes the built-in profiles
 * of this build there, so the help and the man page never miss one. */
#define CLI_PROFILE_HELP "@PROFILES@\n"
/* Writes a help text to standard output (CLI_PROFILE_HELP filled in). */
void cli_help(const char *text);
/* Takes one of them into io: 0, or -1 after saying on stderr what is wrong. */
int cli_input_option(int c, const char *arg, ats_input_opts *io);

/* "atscope: " + message on stderr; formats an ats_error as FILE:LINE:COL: msg. */
/* getopt_long's ':' (a value missing) or '?' (an unknown option) for the
 * subcommand cmd, said on stderr; returns EXIT_USAGE. */
int cli_bad_option(const char *cmd, int c, char **argv);
void cli_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
void cli_lib_error(const ats_error *e, const char *fallback_file);
int cli_load_profile(const cli_opts *o, ats_profile **out);
/* The "limits" of a --config file; 0 = the default. */
typedef struct cli_limits {
    size_t max_line, max_pending_async, max_responses, max_txn_bytes;
    size_t max_stored_violations;   /* per rule and capture; default 200 */
    size_t evidence_window;         /* recent lines kept for evidence; default 512 */
    int stored_set;
    double min_coverage;            /* share of lines understood; see min_coverage_set */
    int min_coverage_set;
} cli_limits;
int cli_read_limits(const char *path, cli_limits *lim);
void cli_limits_apply(const cli_limits *lim, ats_parser_opts *po);

/* Reads a --config file into the ruleset; -1 after a message. */
int cli_apply_config(ats_ruleset *rs, const char *path);
/* The program's format definitions (built-ins, the user's folder, every
 * --format-def): NULL after a message when one could not be loaded. */
ats_formatset *cli_formatset(void);
int cli_formatset_add(const char *path);
/* The whole --config file into *buf (to free): 0, or -1 after a message
 * (a directory, unreadable, larger than 16 MiB). */
int cli_read_config(const char *path, char **buf, size_t *len);
/* The whole file into *buf (to free), at most max bytes: 0, or -1 after
 * "PATH: cannot open WHAT: ..." (is_dir: what a directory is told). */
int cli_read_file(const char *path, const char *what, const char *is_dir, size_t max,
                  char **buf, size_t *len);
/* -1 after "PATH: is a directory (what)" when path is one; 0 otherwise. */
int cli_is_file(const char *path, const char *what);
/* The extension of -o FILE ("html" of "r/report.html"); NULL when it has
 * none (or there is no -o). */
const char *cli_output_ext(const char *output);
/* The format an -o FILE's extension names: pairs is {"ext", "format", ...,
 * NULL}; NULL when it names none (or there is no -o). */
const char *cli_format_of_output(const char *output, const char *const *pairs);
/* The FILE operands getopt left: argv's, or "-" (standard input) when there
 * are none and standard input is not a terminal; -1 after a usage message. */
int cli_input_files(const char *cmd, int argc, char **argv, char ***files, int *nfiles);
/* -1 after a usage message when getopt left operands a command takes none of. */
int cli_extra_args(const char *cmd, int argc, char **argv);
/* Refuses an unknown --input-format with the list of known ones. */
int cli_check_format(const char *name);
/* Opens FILE or "-" (stdin); NULL and a message on failure. */
int cli_open_input(const char *path, int *fd);

/* A subcommand: `atscope NAME ...` calls run(argc, argv) with argv[0] = NAME;
 * summary is its line in `atscope --help` (NULL: not listed), help its own
 * --help text (NULL: none). cli_commands (commands.c) is the one list, in
 * the order --help shows it, ended by a NULL name. */
typedef struct cli_command {
    const char *name;
    const char *summary;
    int (*run)(int argc, char **argv);
    const char *help;
} cli_command;
extern const cli_command cli_commands[];
/* The command called name, or NULL. */
const cli_command *cli_command_find(const char *name);

int cmd_parse(int argc, char **argv);
int cmd_formats(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_help(int argc, char **argv);
int cmd_version(int argc, char **argv);
extern const char cmd_parse_help[], cmd_formats_help[], cmd_check_help[], cmd_rules_help[],
    cmd_stats_help[], cmd_redact_help[];
int cmd_redact(int argc, char **argv);
int cmd_diff(int argc, char **argv);
extern const char cmd_diff_help[];

#endif
