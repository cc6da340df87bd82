/* cmd_rules.c - `atscope rules`: every rule with id, severity, parameters
 * and the guide section it rests on. */
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"

const char cmd_rules_help[] =
    "Usage: atscope rules [OPTIONS]\n"
    "\n"
    "List every rule: id, severity, whether it is enabled, what it checks, its\n"
    "parameters (as the profile and the config set them), what the capture must\n"
    "carry for it (time, direction), and the guide section it rests on.\n"
    "\n"
    "Options:\n"
    CLI_PROFILE_HELP
    "  -c, --config FILE       apply a config first, as 'atscope check -c' does\n"
    "  -f, --format text|json  output (default text)\n"
    "  -h, --help              show this help\n"
    "\n"
    "Examples:\n"
    "  # the rules as another module's profile sets them\n"
    "  atscope rules --profile quectel-bg96\n"
    "  # the rules that need timestamps or directions\n"
    "  atscope rules -f json | jq -r '.[] | select(.needs != \"\") | .id'\n"
    "\n"
    "Exit status: 0 listed, 2 bad usage, an invalid profile or config, or the\n"
    "output could not be written.\n";

int cmd_rules(int argc, char **argv)
{
    static const struct option lopts[] = {{"profile", required_argument, NULL, 'p'},
                                          {"config", required_argument, NULL, 'c'},
                                          {"format", required_argument, NULL, 'f'},
                                          {"help", no_argument, NULL, 'h'},
                                          {NULL, 0, NULL, 0}};
    cli_opts o;
    memset(&o, 0, sizeof o);
    const char *format = "text";
    int c;
    optind = 1;
    opterr = 0;
    const char *config = NULL;
    while ((c = getopt_long(argc, argv, ":p:c:f:h", lopts, NULL)) != -1) {
        switch (c) {
        case 'p': o.profile = optarg; break;
        case 'c': config = optarg; break;
        case 'f': format = optarg; break;
        case 'h':
            cli_help(cmd_rules_help);
            return 0;
        case ':':
            cli_error("rules: option '%s' needs a value (try 'atscope rules --help')",
                      argv[optind - 1]);
            return EXIT_USAGE;
        default:
            cli_error("rules: unknown option '%s' (try 'atscope rules --help')", argv[optind - 1]);
            return EXIT_USAGE;
        }
    }
    if (cli_extra_args("rules", argc, argv) < 0)
        return EXIT_USAGE;
    if (strcmp(format, "text") && strcmp(format, "json")) {
        cli_error("rules: unknown --format '%s' (expected text or json)", format);
        return EXIT_USAGE;
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
    if (config && cli_apply_config(rs, config) < 0) {
        ats_ruleset_free(rs);
        ats_profile_free(p);
        return EXIT_USAGE;
    }
    json_t *arr = json_array();
    for (size_t i = 0; i < ats_ruleset_count(rs); i++) {
        ats_rule_info in;
        ats_ruleset_info(rs, i, &in);
        char *params = json_dumps(in.params, JSON_COMPACT | JSON_SORT_KEYS);
        if (!strcmp(format, "text")) {
            printf("%-22s %-8s %s%s\n", in.id, ats_severity_name(in.severity),
                   in.enabled ? "" : "(disabled) ", in.summary);
            /* "guide section 3.2; parameters ...; needs time; needs classes send" */
            const char *sep = "";
            printf("%-22s %-8s ", "", "");
            if (in.section[0]) {
                printf("%s%s",
                       in.section[0] >= '0' && in.section[0] <= '9' ? "guide section " : "from the ",
                       in.section);
                sep = "; ";
            }
            if (params && strcmp(params, "{}")) {
                printf("%sparameters %s", sep, params);
                sep = "; ";
            }
            if (in.needs[0]) {
                printf("%sneeds %s", sep, in.needs);
                sep = "; ";
            }
            if (in.needs_classes[0]) {
                printf("%sneeds classes %s", sep, in.needs_classes);
                sep = "; ";
            }
            if (!sep[0])
                printf("(no guide section in this profile)");
            printf("\n");
        } else {
            json_t *ro = json_pack("{s:s, s:s, s:b, s:s}", "id", in.id, "severity",
                                  ats_severity_name(in.severity), "enabled", in.enabled,
                                  "summary", in.summary);
            if (in.section[0])
                json_object_set_new(ro, "section", json_string(in.section));
            json_object_set_new(ro, "needs", json_string(in.needs));
            json_object_set_new(ro, "needs_classes", json_string(in.needs_classes));
            json_object_set(ro, "params", (json_t *)in.params);
            json_array_append_new(arr, ro);
        }
        free(params);
    }
    if (!strcmp(format, "json")) {
        char *s = json_dumps(arr, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        if (s)
            puts(s);
        free(s);
    }
    json_decref(arr);
    ats_ruleset_free(rs);
    ats_profile_free(p);
    return 0;
}
