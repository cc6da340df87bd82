/* diff_load.c - one side of `atscope diff`: a check JSON report read with
 * Jansson, or a capture that `atscope check` itself analyses into such a
 * report first (so diffing two captures is diffing their reports: the same
 * analysis, options and fingerprints, never a second copy of it). */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include "atscope.h"
#include "cli.h"
#include "diff.h"

/* A report by its name or its first byte that is not white space (a UTF-8
 * BOM skipped): captures do not start with '{'. */
static int looks_like_report(const char *path)
{
    size_t n = strlen(path);
    if (n > 5 && !strcasecmp(path + n - 5, ".json"))
        return 1;
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;            /* check says why it cannot be read */
    unsigned char b[512];
    size_t got = fread(b, 1, sizeof b, f);
    fclose(f);
    size_t i = got >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0;
    while (i < got && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n'))
        i++;
    return i < got && b[i] == '{';
}

static char *dup_str(const json_t *v) { return strdup(json_string_value(v)); }

static int sev_of(const char *s)
{
    return !strcmp(s, "error") ? ATS_SEV_ERROR : !strcmp(s, "warning") ? ATS_SEV_WARNING
           : !strcmp(s, "info") ? ATS_SEV_INFO : -1;
}

/* The report's violations[]: -1 after a message naming the entry. */
static int findings(const char *path, const json_t *arr, diff_side *s)
{
    if (!json_is_array(arr)) {
        cli_error("%s: \"violations\" is not an array", path);
        return -1;
    }
    size_t n = json_array_size(arr);
    s->f = calloc(n ? n : 1, sizeof *s->f);
    if (!s->f) {
        cli_error("out of memory");
        return -1;
    }
    static const char *const keys[] = {"rule", "severity", "message", "path", "fingerprint"};
    for (size_t i = 0; i < n; i++) {
        const json_t *v = json_array_get(arr, i);
        const json_t *str[5];
        const json_t *line = json_is_object(v) ? json_object_get(v, "line") : NULL;
        for (int k = 0; k < 5; k++) {
            str[k] = json_is_object(v) ? json_object_get(v, keys[k]) : NULL;
            if (!json_is_string(str[k])) {
                cli_error("%s: violations[%zu]: no \"%s\" string (not an atscope check "
                          "report?)", path, i, keys[k]);
                return -1;
            }
        }
        int sev = sev_of(json_string_value(str[1]));
        if (sev < 0 || !json_is_integer(line) || json_integer_value(line) < 0) {
            cli_error("%s: violations[%zu]: %s", path, i,
                      sev < 0 ? "\"severity\" is not error, warning or info"
                              : "\"line\" is not a line number");
            return -1;
        }
        diff_finding *d = &s->f[s->nf++];
        d->rule = dup_str(str[0]);
        d->severity = dup_str(str[1]);
        d->message = dup_str(str[2]);
        d->path = dup_str(str[3]);
        d->fingerprint = dup_str(str[4]);
        d->line = (uint64_t)json_integer_value(line);
        d->sev = sev;
        d->order = i;
        if (!d->rule || !d->severity || !d->message || !d->path || !d->fingerprint) {
            cli_error("out of memory");
            return -1;
        }
    }
    return 0;
}

static int latency(const json_t *o, diff_latency *l)
{
    const json_t *n = json_object_get(o, "n"), *p50 = json_object_get(o, "p50_ms"),
                 *p95 = json_object_get(o, "p95_ms");
    if (!json_is_object(o) || !json_is_integer(n) || !(json_is_number(p50) || json_is_null(p50)) ||
        !(json_is_number(p95) || json_is_null(p95)))
        return -1;
    l->n = (uint64_t)json_integer_value(n);
    l->p50 = json_is_number(p50) ? json_number_value(p50) : -1;
    l->p95 = json_is_number(p95) ? json_number_value(p95) : -1;
    if (!l->n || l->p50 < 0 || l->p95 < 0)
        l->n = 0, l->p50 = l->p95 = -1;
    return 0;
}

/* The report's command_stats[] (absent in reports of atscope before it). */
static int commands(const char *path, const json_t *arr, diff_side *s)
{
    if (!arr)
        return 0;
    if (!json_is_array(arr)) {
        cli_error("%s: \"command_stats\" is not an array", path);
        return -1;
    }
    size_t n = json_array_size(arr);
    s->c = calloc(n ? n : 1, sizeof *s->c);
    if (!s->c) {
        cli_error("out of memory");
        return -1;
    }
    s->has_stats = 1;
    for (size_t i = 0; i < n; i++) {
        const json_t *v = json_array_get(arr, i);
        const json_t *name = json_object_get(v, "command"), *count = json_object_get(v, "count"),
                     *retries = json_object_get(v, "retries");
        diff_command *c = &s->c[s->nc];
        if (!json_is_string(name) || !json_is_integer(count) || !json_is_integer(retries) ||
            latency(json_object_get(v, "final_latency"), &c->final) < 0 ||
            latency(json_object_get(v, "completion_latency"), &c->compl) < 0) {
            cli_error("%s: command_stats[%zu]: not the statistics of a command", path, i);
            return -1;
        }
        if (!(c->name = dup_str(name))) {
            cli_error("out of memory");
            return -1;
        }
        c->count = (uint64_t)json_integer_value(count);
        c->retries = (uint64_t)json_integer_value(retries);
        s->nc++;
    }
    return 0;
}

/* A check report from file (its name in messages: shown). */
static int load_report(const char *file, const char *shown, diff_side *s)
{
    json_error_t je;
    memset(&je, 0, sizeof je);
    json_t *root = json_load_file(file, JSON_REJECT_DUPLICATES, &je);
    if (!root) {
        cli_error("%s:%d:%d: invalid JSON: %s", shown, je.line > 0 ? je.line : 0,
                  je.column > 0 ? je.column : 0, je.text);
        return -1;
    }
    int rc = -1;
    const json_t *ver = json_object_get(root, "report_version");
    const json_t *sum = json_object_get(root, "summary");
    const json_t *verdict = json_object_get(sum, "verdict");
    const json_t *prof = json_object_get(json_object_get(root, "profile"), "id");
    if (!json_is_object(root) || !ver) {
        cli_error("%s: not an atscope check report (no \"report_version\"%s); write one with "
                  "'atscope check -f json'", shown,
                  json_object_get(root, "runs") ? ": a SARIF log?" : "");
    } else if (!json_is_integer(ver) || json_integer_value(ver) != 1) {
        cli_error("%s: report_version %s: this atscope reads version 1", shown,
                  json_is_integer(ver) ? "is not 1" : "is not a number");
    } else if (!json_is_string(verdict)) {
        cli_error("%s: no \"summary\".\"verdict\" (not an atscope check report?)", shown);
    } else if (findings(shown, json_object_get(root, "violations"), s) == 0 &&
               commands(shown, json_object_get(root, "command_stats"), s) == 0) {
        s->verdict = dup_str(verdict);
        s->profile = strdup(json_is_string(prof) ? json_string_value(prof) : "");
        const json_t *in = json_object_get(root, "inputs");
        for (size_t i = 0; i < json_array_size(in); i++)
            if (json_is_true(json_object_get(json_array_get(in, i), "has_timestamps")))
                s->timed = 1;
        s->redacted = json_is_true(json_object_get(json_object_get(root, "redaction"),
                                                   "enabled"));
        rc = s->verdict && s->profile ? 0 : -1;
        if (rc < 0)
            cli_error("out of memory");
    }
    json_decref(root);
    return rc;
}

/* The capture analysed by `atscope check -f json` into a temporary report. */
static int load_capture(const char *path, const diff_check_opts *co, diff_side *s)
{
    const char *dir = getenv("TMPDIR");
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s/atscope-diff-XXXXXX.json", dir && *dir ? dir : "/tmp");
    int fd = mkstemps(tmp, 5);
    if (fd < 0) {
        cli_error("%s: cannot make a temporary report: %s", tmp, strerror(errno));
        return -1;
    }
    close(fd);
    char *argv[20];
    int argc = 0;
    argv[argc++] = "check";
    argv[argc++] = "-f";
    argv[argc++] = "json";
    argv[argc++] = "-o";
    argv[argc++] = tmp;
    if (co->profile) {
        argv[argc++] = "-p";
        argv[argc++] = (char *)co->profile;
    }
    if (co->config) {
        argv[argc++] = "-c";
        argv[argc++] = (char *)co->config;
    }
    if (co->input_format) {
        argv[argc++] = "-i";
        argv[argc++] = (char *)co->input_format;
    }
    if (co->no_redact)
        argv[argc++] = "--no-redact";
    if (co->redact_hosts)
        argv[argc++] = "--redact-hosts";
    argv[argc++] = "--";
    argv[argc++] = (char *)path;
    argv[argc] = NULL;
    /* check says on stderr what it could not read or vouch for; its exit 2
     * (no report, or an inconclusive capture) is diff's bad input too */
    int rc = cmd_check(argc, argv) == EXIT_USAGE ? -1 : load_report(tmp, path, s);
    unlink(tmp);
    if (rc < 0)
        cli_error("diff: %s could not be analysed", path);
    s->capture = 1;
    return rc;
}

int diff_load(const char *path, const diff_check_opts *co, diff_side *side)
{
    memset(side, 0, sizeof *side);
    if (!(side->path = strdup(path))) {
        cli_error("out of memory");
        return -1;
    }
    if (cli_is_file(path, "diff reads two reports or two captures") < 0)
        return -1;
    if (looks_like_report(path)) {
        if (access(path, R_OK) != 0) {
            cli_error("%s: cannot open: %s", path, strerror(errno));
            return -1;
        }
        return load_report(path, path, side);
    }
    return load_capture(path, co, side);
}

void diff_side_free(diff_side *s)
{
    for (size_t i = 0; i < s->nf; i++) {
        free(s->f[i].rule);
        free(s->f[i].severity);
        free(s->f[i].message);
        free(s->f[i].path);
        free(s->f[i].fingerprint);
    }
    for (size_t i = 0; i < s->nc; i++)
        free(s->c[i].name);
    free(s->f);
    free(s->c);
    free(s->path);
    free(s->verdict);
    free(s->profile);
    memset(s, 0, sizeof *s);
}
