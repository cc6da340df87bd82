/* cmd_rules.c - `atscope rules`: every rule with id, severity, parameters
 * and the guide section it rests on. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include <jansson.h>
#include "jsonw.h"

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
    "      --classes           show the profile's classes instead, as they come out\n"
    "                          of its extends chain (one class a line; json: one\n"
    "                          object), to see what a classes_add or a base gives\n"
    "  -h, --help              show this help\n"
    "\n"
    "Examples:\n"
    "  # the rules as another module's profile sets them\n"
    "  atscope rules --profile quectel-bg96\n"
    "  # the rules that need timestamps or directions\n"
    "  atscope rules -f json | jq -r '.[] | select(.needs != \"\") | .id'\n"
    "  # what a profile's classes come to after the profiles it extends\n"
    "  atscope rules --profile ./bc66.json --classes\n"
    "\n"
    "Exit status: 0 listed, 2 bad usage, an invalid profile or config, or the\n"
    "output could not be written.\n";

/* Two lines a rule: id, severity, summary; then what it rests on and needs. */
static int rules_text(FILE *f, const ats_ruleset *rs)
{
    for (size_t i = 0; i < ats_ruleset_count(rs); i++) {
        ats_rule_info in;
        ats_ruleset_info(rs, i, &in);
        char *params = in.params ? jw_json_line(in.params) : NULL;
        fprintf(f, "%-22s %-8s %s%s\n", in.id, ats_severity_name(in.severity),
                in.enabled ? "" : "(disabled) ", in.summary);
        /* "guide section 3.2; parameters ...; needs time; needs classes send" */
        const char *sep = "";
        fprintf(f, "%-22s %-8s ", "", "");
        if (in.section[0]) {
            fprintf(f, "%s%s",
                    in.section[0] >= '0' && in.section[0] <= '9' ? "guide section " : "from the ",
                    in.section);
            sep = "; ";
        }
        if (params && strcmp(params, "{}")) {
            fprintf(f, "%sparameters %s", sep, params);
            sep = "; ";
        }
        if (in.needs[0]) {
            fprintf(f, "%sneeds %s", sep, in.needs);
            sep = "; ";
        }
        if (in.needs_classes[0]) {
            fprintf(f, "%sneeds classes %s", sep, in.needs_classes);
            sep = "; ";
        }
        if (!sep[0])
            fprintf(f, "(no guide section in this profile)");
        fprintf(f, "\n");
        free(params);
    }
    return ferror(f) ? -1 : 0;
}

/* The merged profile's classes (checked: the rule set loaded them), by
 * class name, so that two profiles' (or one before and after a change of
 * its extends chain) compare with diff. */
static int classes_out(FILE *f, const ats_profile *p, int json)
{
    json_t *cls = json_object_get(ats_profile_json(p), "classes");
    const char *names[64];
    size_t n = 0;
    const char *k;
    json_t *v;
    json_object_foreach(cls, k, v)
    {
        if (n < sizeof names / sizeof names[0])
            names[n++] = k;
    }
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            const char *t = names[j];
            names[j] = names[j - 1];
            names[j - 1] = t;
        }
    if (json)
        fputs("{\n", f);
    for (size_t i = 0; i < n; i++) {
        char *line = jw_json_line(json_object_get(cls, names[i]));
        if (!line)
            return -1;
        if (json)
            fprintf(f, "  \"%s\": %s%s\n", names[i], line, i + 1 < n ? "," : "");
        else
            fprintf(f, "%-22s %s\n", names[i], line);
        free(line);
    }
    if (json)
        fputs("}\n", f);
    return ferror(f) ? -1 : 0;
}

static int rules_json(FILE *f, const ats_ruleset *rs)
{
    jsonw w;
    if (jw_doc_begin(&w, f) < 0)
        return -1;
    jw_arr_begin(&w, NULL);
    for (size_t i = 0; i < ats_ruleset_count(rs); i++) {
        ats_rule_info in;
        ats_ruleset_info(rs, i, &in);
        jw_key(&w, NULL);
        jw_obj_begin(&w);
        jw_str(&w, "id", in.id);
        jw_lit(&w, "severity", ats_severity_name(in.severity));
        jw_bool(&w, "enabled", in.enabled);
        jw_str(&w, "summary", in.summary);
        if (in.section[0])
            jw_str(&w, "section", in.section);
        jw_str(&w, "needs", in.needs);
        jw_str(&w, "needs_classes", in.needs_classes);
        if (in.params)
            jw_json(&w, "params", in.params);
        jw_obj_end(&w);
    }
    jw_arr_end(&w);
    return jw_doc_end(&w);
}

int cmd_rules(int argc, char **argv)
{
    static const struct option lopts[] = {{"profile", required_argument, NULL, 'p'},
                                          {"config", required_argument, NULL, 'c'},
                                          {"format", required_argument, NULL, 'f'},
                                          {"help", no_argument, NULL, 'h'},
                                          {"classes", no_argument, NULL, 'C'},
                                          {NULL, 0, NULL, 0}};
    cli_opts o;
    memset(&o, 0, sizeof o);
    const char *format = "text";
    int c;
    optind = 1;
    opterr = 0;
    const char *config = NULL;
    int show_classes = 0;
    while ((c = getopt_long(argc, argv, ":p:c:f:h", lopts, NULL)) != -1) {
        switch (c) {
        case 'p': o.profile = optarg; break;
        case 'c': config = optarg; break;
        case 'f': format = optarg; break;
        case 'C': show_classes = 1; break;
        case 'h':
            cli_help(cmd_rules_help);
            return 0;
        default:
            return cli_bad_option("rules", c, argv);
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
    int rc = show_classes ? classes_out(stdout, p, !strcmp(format, "json"))
             : (!strcmp(format, "text") ? rules_text : rules_json)(stdout, rs);
    ats_ruleset_free(rs);
    ats_profile_free(p);
    return rc < 0 ? EXIT_USAGE : 0;
}
