/* commands.c - the subcommands of atscope: one line each. Adding a command is
 * its cmd_NAME.c, its declarations in cli.h, and one line here. */
#include <stddef.h>
#include "cli.h"

const cli_command cli_commands[] = {
    {"check", "audit captures against the module's rules; report and exit status", cmd_check,
     cmd_check_help},
    {"parse", "rebuild transactions, URCs and data as JSON Lines, streaming", cmd_parse,
     cmd_parse_help},
    {"rules", "list the rules: severities, parameters, guide sections", cmd_rules,
     cmd_rules_help},
    {"stats", "per-command counts, results, retries and latency percentiles", cmd_stats,
     cmd_stats_help},
    {"formats", "list the capture formats atscope reads", cmd_formats, cmd_formats_help},
    {"diff", "what changed between two reports or captures (two builds); CI exit", cmd_diff,
     cmd_diff_help},
    {"redact", "a copy of a capture with identifiers and credentials masked", cmd_redact,
     cmd_redact_help},
    {"help", "show this help, or a command's: atscope help parse", cmd_help, NULL},
    {"version", NULL, cmd_version, NULL},
    {NULL, NULL, NULL, NULL},
};
