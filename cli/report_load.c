/* report_load.c - see report_load.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "atscope.h"
#include "cli.h"
#include "report_load.h"

int cli_report_bad(const cli_report *R, const json_t *parent, const char *key, size_t idx,
                   const char *what)
{
    return jsonpos_error(&R->jp, R->root, R->shown, R->prefix, parent, key, idx, what);
}

int cli_report_oom(void)
{
    cli_error("out of memory");
    return -1;
}

const char *cli_report_str(const cli_report *R, const json_t *o, const char *key,
                           const char *where)
{
    json_t *v = json_object_get(o, key);
    char m[200];
    if (!v) {
        snprintf(m, sizeof m, "%s: missing \"%s\" (expected a string)", where, key);
        cli_report_bad(R, o, NULL, (size_t)-1, m);
        return NULL;
    }
    if (!json_is_string(v)) {
        snprintf(m, sizeof m, "%s.%s: expected a string", where, key);
        cli_report_bad(R, o, key, 0, m);
        return NULL;
    }
    return json_string_value(v);
}

int cli_report_array(const cli_report *R, const char *key, int required, json_t **arr)
{
    char m[120];
    *arr = json_object_get(R->root, key);
    if (!*arr && required) {
        snprintf(m, sizeof m, "missing \"%s\" (expected an array)", key);
        return cli_report_bad(R, R->root, NULL, (size_t)-1, m);
    }
    if (*arr && !json_is_array(*arr)) {
        snprintf(m, sizeof m, "%s: expected an array", key);
        return cli_report_bad(R, R->root, key, 0, m);
    }
    return 0;
}

json_t *cli_report_entry(const cli_report *R, const json_t *arr, const char *key, size_t i,
                         char *where)
{
    json_t *o = json_array_get(arr, i);
    snprintf(where, CLI_REPORT_WHERE, "%.40s[%zu]", key, i);
    if (!json_is_object(o)) {
        char m[CLI_REPORT_WHERE + 40];
        snprintf(m, sizeof m, "%s: expected an object", where);
        cli_report_bad(R, arr, NULL, i, m);
        return NULL;
    }
    return o;
}

static int sev_of(const char *s)
{
    return !strcmp(s, "error") ? ATS_SEV_ERROR : !strcmp(s, "warning") ? ATS_SEV_WARNING
           : !strcmp(s, "info") ? ATS_SEV_INFO : -1;
}

int cli_report_finding_get(const cli_report *R, const json_t *vs, size_t i, int full,
                           cli_report_finding *f)
{
    char w[CLI_REPORT_WHERE], m[300];
    memset(f, 0, sizeof *f);
    json_t *o = cli_report_entry(R, vs, "violations", i, w);
    if (!o || !(f->rule = cli_report_str(R, o, "rule", w)) ||
        !(f->path = cli_report_str(R, o, "path", w)) ||
        !(f->fingerprint = cli_report_str(R, o, "fingerprint", w)) ||
        !(f->message = cli_report_str(R, o, "message", w)))
        return -1;
    f->entry = o;
    if (!full)
        return 0;
    if (!(f->severity = cli_report_str(R, o, "severity", w)))
        return -1;
    if ((f->sev = sev_of(f->severity)) < 0) {
        snprintf(m, sizeof m, "%s.severity: expected error, warning or info", w);
        return cli_report_bad(R, o, "severity", 0, m);
    }
    json_t *line = json_object_get(o, "line");
    if (!json_is_integer(line) || json_integer_value(line) < 0) {
        snprintf(m, sizeof m, "%s.line: expected a line number", w);
        return line ? cli_report_bad(R, o, "line", 0, m)
                    : cli_report_bad(R, o, NULL, (size_t)-1, m);
    }
    f->line = (uint64_t)json_integer_value(line);
    return 0;
}

/* An object of report_version 1, not a SARIF log. */
static int check_header(const cli_report *R)
{
    json_t *root = R->root;
    if (!json_is_object(root) || json_object_get(root, "runs"))
        return cli_report_bad(
            R, root, NULL, (size_t)-1,
            json_object_get(root, "runs")
                ? "a SARIF log; expected the report of 'atscope check --format json'"
                : "expected the report of 'atscope check --format json' (an object)");
    json_t *ver = json_object_get(root, "report_version");
    if (!ver || !json_is_integer(ver) || json_integer_value(ver) != 1)
        return ver ? cli_report_bad(R, root, "report_version", 0, "report_version: expected 1")
                   : cli_report_bad(R, root, NULL, (size_t)-1,
                                    "missing \"report_version\": expected the report of "
                                    "'atscope check --format json'");
    return 0;
}

int cli_report_open(cli_report *R, const char *file, const char *shown, const char *what,
                    const char *prefix, const char *is_dir)
{
    memset(R, 0, sizeof *R);
    R->shown = shown;
    R->prefix = prefix;
    size_t len;
    /* a report of many captures is larger than a config: 1 GiB */
    if (cli_read_file(file, what, is_dir, (size_t)1 << 30, &R->src, &len) < 0)
        return -1;
    json_error_t je;
    if (!(R->root = json_loadb(R->src, len, JSON_REJECT_DUPLICATES, &je))) {
        cli_error("%s:%d:%d: %sinvalid JSON: %s", shown, je.line > 0 ? je.line : 0,
                  je.column > 0 ? je.column : 0, prefix, je.text);
        return -1;
    }
    if (jsonpos_scan(&R->jp, R->src, len) < 0)
        return cli_report_oom();
    return check_header(R);
}

void cli_report_close(cli_report *R)
{
    jsonpos_free(&R->jp);
    json_decref(R->root);
    free(R->src);
    memset(R, 0, sizeof *R);
}
