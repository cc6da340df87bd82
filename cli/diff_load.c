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
#include "report_load.h"

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

/* The report's violations[]: -1 after a message naming the entry. */
static int findings(const cli_report *R, diff_side *s)
{
    json_t *arr;
    if (cli_report_array(R, "violations", 1, &arr) < 0)
        return -1;
    size_t n = json_array_size(arr);
    if (!(s->f = calloc(n ? n : 1, sizeof *s->f)))
        return cli_report_oom();
    for (size_t i = 0; i < n; i++) {
        cli_report_finding f;
        if (cli_report_finding_get(R, arr, i, 1, &f) < 0)
            return -1;
        diff_finding *d = &s->f[s->nf++];
        d->rule = strdup(f.rule);
        d->severity = strdup(f.severity);
        d->message = strdup(f.message);
        d->path = strdup(f.path);
        d->fingerprint = strdup(f.fingerprint);
        d->line = f.line;
        d->sev = f.sev;
        d->order = i;
        if (!d->rule || !d->severity || !d->message || !d->path || !d->fingerprint)
            return cli_report_oom();
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
static int commands(const cli_report *R, diff_side *s)
{
    json_t *arr;
    if (cli_report_array(R, "command_stats", 0, &arr) < 0)
        return -1;
    if (!arr)
        return 0;
    size_t n = json_array_size(arr);
    if (!(s->c = calloc(n ? n : 1, sizeof *s->c)))
        return cli_report_oom();
    s->has_stats = 1;
    for (size_t i = 0; i < n; i++) {
        char w[CLI_REPORT_WHERE], m[CLI_REPORT_WHERE + 40];
        const json_t *v = cli_report_entry(R, arr, "command_stats", i, w);
        if (!v)
            return -1;
        const json_t *name = json_object_get(v, "command"), *count = json_object_get(v, "count"),
                     *retries = json_object_get(v, "retries");
        diff_command *c = &s->c[s->nc];
        if (!json_is_string(name) || !json_is_integer(count) || !json_is_integer(retries) ||
            latency(json_object_get(v, "final_latency"), &c->final) < 0 ||
            latency(json_object_get(v, "completion_latency"), &c->compl) < 0) {
            snprintf(m, sizeof m, "%s: expected the statistics of a command", w);
            return cli_report_bad(R, arr, NULL, i, m);
        }
        if (!(c->name = dup_str(name)))
            return cli_report_oom();
        c->count = (uint64_t)json_integer_value(count);
        c->retries = (uint64_t)json_integer_value(retries);
        s->nc++;
    }
    return 0;
}

/* A check report from file (its name in messages: shown). */
static int load_report(const char *file, const char *shown, diff_side *s)
{
    cli_report R;
    int rc = cli_report_open(&R, file, shown, "report", "", "diff reads two reports or two captures");
    const json_t *root = R.root;
    const json_t *sum = json_object_get(root, "summary");
    const json_t *verdict = json_object_get(sum, "verdict");
    const json_t *prof = json_object_get(json_object_get(root, "profile"), "id");
    if (rc < 0) {
    } else if (!json_is_string(verdict)) {
        rc = json_is_object(sum) ? cli_report_bad(&R, sum, verdict ? "verdict" : NULL,
                                                  verdict ? 0 : (size_t)-1,
                                                  "summary.verdict: expected a string")
                                 : cli_report_bad(&R, root, sum ? "summary" : NULL,
                                                  sum ? 0 : (size_t)-1,
                                                  "summary: expected an object with \"verdict\"");
    } else if ((rc = findings(&R, s)) == 0 && (rc = commands(&R, s)) == 0) {
        s->verdict = dup_str(verdict);
        s->profile = strdup(json_is_string(prof) ? json_string_value(prof) : "");
        const json_t *in = json_object_get(root, "inputs");
        for (size_t i = 0; i < json_array_size(in); i++)
            if (json_is_true(json_object_get(json_array_get(in, i), "has_timestamps")))
                s->timed = 1;
        s->redacted = json_is_true(json_object_get(json_object_get(root, "redaction"),
                                                   "enabled"));
        if (!s->verdict || !s->profile)
            rc = cli_report_oom();
    }
    cli_report_close(&R);
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
