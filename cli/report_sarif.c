/* report_sarif.c - the SARIF 2.1.0 report of `atscope check` (Jansson), for
 * code-scanning dashboards. One run; the driver lists every enabled rule so
 * ruleIndex is stable; rules that could not be evaluated are tool execution
 * notifications, not results. Validates against docs/sarif-schema-2.1.0.json
 * (tests/validate_sarif.py). Fingerprints hold no line numbers: adding lines
 * to a capture does not make old results look new. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "report_common.h"

/* Any bytes to a JSON string: valid UTF-8 is kept, other bytes become \xHH. */
static json_t *jstr(const char *s)
{
    json_t *j = json_string(s);
    if (j)
        return j;
    size_t n = strlen(s);
    char *b = malloc(n * 4 + 1);
    if (!b)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80 && c >= 0x20)
            b[k++] = (char)c;
        else
            k += (size_t)snprintf(b + k, 5, "\\x%02x", c);
    }
    b[k] = 0;
    j = json_string(b);
    free(b);
    return j;
}

static json_t *text_obj(const char *s) { return json_pack("{s:o}", "text", jstr(s)); }

static const char *level(ats_severity s)
{
    return s == ATS_SEV_ERROR ? "error" : s == ATS_SEV_WARNING ? "warning" : "note";
}

/* RFC 3986 unreserved characters, sub-delims and '@' may stand in a path;
 * everything else (space, '%', '?', '#', ':', non-ASCII, controls) is
 * percent-encoded. ':' is encoded too so that a relative path's first
 * segment never reads as a scheme. */
static int uri_keep(unsigned char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return 1;
    return c && strchr("-._~!$&'()*+,;=@/", c) != NULL;
}

/* The capture path as given, as a URI reference; an absolute path becomes a
 * file:/// URI. Caller frees. */
static char *path_uri(const char *path)
{
    size_t n = strlen(path);
    char *u = malloc(n * 3 + 8);
    if (!u)
        return NULL;
    size_t k = 0;
    if (path[0] == '/') {
        memcpy(u, "file://", 7);
        k = 7;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)path[i];
        if (uri_keep(c))
            u[k++] = (char)c;
        else
            k += (size_t)snprintf(u + k, 4, "%%%02X", c);
    }
    u[k] = 0;
    return u;
}

static const char *base_name(const char *path)
{
    const char *b = strrchr(path, '/');
    return b ? b + 1 : path;
}

/* Orders the stored violations within (input, rule, key) without looking at
 * line numbers, so the occurrence index survives lines added above: by line
 * (relative order is kept when lines shift), then by message with its digits
 * skipped (messages quote other lines), then as stored. */
typedef struct occ_ref {
    const check_report *r;
    size_t i;
} occ_ref;

static int cmp_nodigits(const char *a, const char *b)
{
    for (;;) {
        while (*a >= '0' && *a <= '9')
            a++;
        while (*b >= '0' && *b <= '9')
            b++;
        if (*a != *b || !*a)
            return (unsigned char)*a - (unsigned char)*b;
        a++;
        b++;
    }
}

static int cmp_occ(const void *pa, const void *pb)
{
    const occ_ref *x = pa, *y = pb;
    const stored_violation *a = &x->r->viol[x->i], *b = &y->r->viol[y->i];
    if (a->input != b->input)
        return a->input < b->input ? -1 : 1;
    int c = strcmp(a->v.rule, b->v.rule);
    if (!c)
        c = strcmp(a->v.key, b->v.key);
    if (!c && a->v.line != b->v.line)
        c = a->v.line < b->v.line ? -1 : 1;
    if (!c)
        c = cmp_nodigits(a->v.message, b->v.message);
    if (!c && x->i != y->i)
        c = x->i < y->i ? -1 : 1;
    return c;
}

/* occ[i]: 0-based index of violation i among those of its capture with the
 * same rule and fingerprint key. */
static size_t *occurrences(const check_report *r)
{
    size_t *occ = calloc(r->nviol ? r->nviol : 1, sizeof *occ);
    occ_ref *refs = malloc((r->nviol ? r->nviol : 1) * sizeof *refs);
    if (!occ || !refs) {
        free(occ);
        free(refs);
        return NULL;
    }
    for (size_t i = 0; i < r->nviol; i++)
        refs[i] = (occ_ref){r, i};
    if (r->nviol)
        qsort(refs, r->nviol, sizeof *refs, cmp_occ);
    for (size_t j = 0; j < r->nviol; j++) {
        const stored_violation *a = &r->viol[refs[j].i];
        if (j > 0) {
            const stored_violation *p = &r->viol[refs[j - 1].i];
            if (p->input == a->input && !strcmp(p->v.rule, a->v.rule) &&
                !strcmp(p->v.key, a->v.key)) {
                occ[refs[j].i] = occ[refs[j - 1].i] + 1;
                continue;
            }
        }
        occ[refs[j].i] = 0;
    }
    free(refs);
    return occ;
}

/* "Fibocom L610 series (TCP/UDP ...)" -> "Fibocom L610 series guide" */
static void guide_name(const check_report *r, char *out, size_t cap)
{
    const char *name = ats_profile_name(r->p);
    if (!name || !*name)
        name = ats_profile_id(r->p);
    size_t n = strcspn(name, "(");
    while (n && name[n - 1] == ' ')
        n--;
    snprintf(out, cap, "%.*s guide", (int)(n > 120 ? 120 : n), name);
}

static json_t *rule_descriptor(const check_report *r, const ats_rule_info *info)
{
    char guide[160], where[400], help[1400], full[1400];
    guide_name(r, guide, sizeof guide);
    /* the profile's guide, if it cites one for this rule; else no citation */
    if (!info->section[0])
        where[0] = 0;
    else if (info->section[0] >= '0' && info->section[0] <= '9')
        snprintf(where, sizeof where, " Rests on %s \xc2\xa7%s.", guide, info->section);
    else
        snprintf(where, sizeof where, " Rests on %s (%s).", guide, info->section);
    char *params = info->params ? json_dumps(info->params, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
    const char *needs = "";
    if (!strcmp(info->needs, "time"))
        needs = " Needs a timestamped capture.";
    else if (!strcmp(info->needs, "direction"))
        needs = " Needs a capture with TX/RX direction.";
    else if (!strcmp(info->needs, "time+direction"))
        needs = " Needs a timestamped capture with TX/RX direction.";
    else if (!strcmp(info->needs, "lossless"))
        needs = " Needs a capture format that keeps every byte.";
    snprintf(full, sizeof full, "Checks that %s. Severity %s.%s%s%s", info->summary,
             ats_severity_name(info->severity), needs,
             params && strcmp(params, "{}") ? " Parameters: " : "",
             params && strcmp(params, "{}") ? params : "");
    snprintf(help, sizeof help,
             "%s: %s.%s 'atscope rules' lists every rule with its parameters; "
             "a --config file enables, disables or tunes it.",
             info->id, info->summary, where);
    free(params);
    json_t *props = json_pack("{s:s, s:s}", "needs", info->needs, "needsClasses",
                              info->needs_classes);
    if (info->section[0])
        json_object_set_new(props, "section", json_string(info->section));
    if (info->params)
        json_object_set(props, "parameters", (json_t *)info->params);
    return json_pack("{s:s, s:o, s:o, s:o, s:{s:s}, s:o}", "id", info->id, "shortDescription",
                     text_obj(info->summary), "fullDescription", text_obj(full), "help",
                     text_obj(help), "defaultConfiguration", "level", level(info->severity),
                     "properties", props);
}

static json_t *phys(const char *uri, long long artifact, uint64_t line)
{
    json_t *al = json_pack("{s:s}", "uri", uri);
    if (artifact >= 0)
        json_object_set_new(al, "index", json_integer(artifact));
    json_t *pl = json_pack("{s:o}", "artifactLocation", al);
    if (line >= 1)
        json_object_set_new(pl, "region", json_pack("{s:I}", "startLine", (json_int_t)line));
    return pl;
}

int report_sarif(FILE *f, const check_report *rc)
{
    check_report *r = (check_report *)rc;
    report_sort(r);
    size_t nrules = ats_ruleset_count(r->rs);
    long long *rule_index = calloc(nrules ? nrules : 1, sizeof *rule_index);
    char **uris = calloc(r->ninputs ? r->ninputs : 1, sizeof *uris);
    long long *art = calloc(r->ninputs ? r->ninputs : 1, sizeof *art);
    size_t *occ = occurrences(r);
    int rc2 = -1;
    json_t *root = NULL;
    if (!rule_index || !uris || !art || !occ)
        goto out;

    /* driver: every enabled rule, in catalogue order */
    json_t *rules = json_array();
    for (size_t k = 0; k < nrules; k++) {
        ats_rule_info info;
        ats_ruleset_info(r->rs, k, &info);
        rule_index[k] = -1;
        if (!info.enabled)
            continue;
        rule_index[k] = (long long)json_array_size(rules);
        json_array_append_new(rules, rule_descriptor(r, &info));
    }

    /* artifacts: one per distinct capture path (the schema wants them unique) */
    json_t *artifacts = json_array();
    for (size_t i = 0; i < r->ninputs; i++) {
        uris[i] = path_uri(r->inputs[i].path);
        if (!uris[i]) {
            json_decref(rules);
            json_decref(artifacts);
            goto out;
        }
        art[i] = -1;
        for (size_t j = 0; j < i; j++)
            if (!strcmp(uris[j], uris[i]))
                art[i] = art[j];
        if (art[i] < 0) {
            art[i] = (long long)json_array_size(artifacts);
            json_array_append_new(
                artifacts,
                json_pack("{s:{s:s}, s:[s], s:I, s:{s:s}}", "location", "uri", uris[i], "roles",
                          "analysisTarget", "length", (json_int_t)r->inputs[i].bytes,
                          "properties", "format",
                          r->inputs[i].format ? r->inputs[i].format : "raw"));
        }
    }

    /* results: every stored violation */
    json_t *results = json_array();
    for (size_t i = 0; i < r->nviol; i++) {
        const stored_violation *sv = &r->viol[i];
        const ats_violation *v = &sv->v;
        const char *uri = uris[sv->input];
        int k = -1;
        for (size_t q = 0; q < nrules; q++) {
            ats_rule_info info;
            ats_ruleset_info(r->rs, q, &info);
            if (!strcmp(info.id, v->rule)) {
                k = (int)q;
                break;
            }
        }
        json_t *res = json_pack("{s:s}", "ruleId", v->rule);
        if (k >= 0 && rule_index[k] >= 0)
            json_object_set_new(res, "ruleIndex", json_integer(rule_index[k]));
        json_object_set_new(res, "level", json_string(level(v->severity)));
        json_object_set_new(res, "message", text_obj(v->message));
        json_object_set_new(res, "locations",
                            json_pack("[{s:o}]", "physicalLocation",
                                      phys(uri, art[sv->input], v->line)));
        if (v->nrelated) {
            json_t *rel = json_array();
            for (size_t j = 0; j < v->nrelated && j < ATS_MAX_RELATED; j++)
                json_array_append_new(
                    rel, json_pack("{s:I, s:o, s:o}", "id", (json_int_t)(j + 1), "message",
                                   text_obj(v->related[j].message), "physicalLocation",
                                   phys(uri, art[sv->input], v->related[j].line)));
            json_object_set_new(res, "relatedLocations", rel);
        }
        /* rule | capture file name | key | occurrence: no line numbers */
        const char *fname = base_name(r->inputs[sv->input].path);
        size_t fl = strlen(v->rule) + strlen(fname) + strlen(v->key) + 32;
        char *fp = malloc(fl);
        if (fp) {
            snprintf(fp, fl, "%s|%s|%s|%zu", v->rule, fname, v->key, occ[i]);
            json_object_set_new(res, "partialFingerprints", json_pack("{s:o}", "atscope/v1",
                                                                      jstr(fp)));
            free(fp);
        }
        json_t *props = json_object();
        if (v->txn)
            json_object_set_new(props, "transaction", json_integer((json_int_t)v->txn));
        json_object_set_new(props, "severity", json_string(ats_severity_name(v->severity)));
        json_object_set_new(res, "properties", props);
        json_array_append_new(results, res);
    }

    /* invocation: rules that could not be evaluated, violations not listed */
    json_t *notes = json_array();
    for (size_t i = 0; i < r->ninputs; i++) {
        const input_result *in = &r->inputs[i];
        /* no evidence, or not read at all: an error of the run, not 23 notes */
        if (in->error || in->cov.inconclusive) {
            char msg[400];
            snprintf(msg, sizeof msg, "inconclusive: %s", in->error ? in->error : in->cov.reason);
            json_array_append_new(
                notes, json_pack("{s:s, s:{s:s}, s:o, s:[{s:o}]}", "level", "error",
                                 "descriptor", "id", "inconclusive", "message", text_obj(msg),
                                 "locations", "physicalLocation", phys(uris[i], art[i], 0)));
        }
        for (size_t k = 0; k < in->nrules && k < nrules && k < 64 && !in->cov.inconclusive; k++) {
            const ats_rule_result *x = &in->rules[k];
            ats_rule_info info;
            ats_ruleset_info(r->rs, k, &info);
            char msg[400];
            json_t *ref = json_pack("{s:s}", "id", info.id);
            if (rule_index[k] >= 0)
                json_object_set_new(ref, "index", json_integer(rule_index[k]));
            if (x->status == ATS_RULE_NOT_EVALUABLE) {
                snprintf(msg, sizeof msg, "rule %s not evaluable: %s", info.id,
                         x->reason[0] ? x->reason : "unknown reason");
                json_array_append_new(
                    notes, json_pack("{s:s, s:{s:s}, s:O, s:o, s:[{s:o}]}", "level", "note",
                                     "descriptor", "id", info.id, "associatedRule", ref,
                                     "message", text_obj(msg), "locations", "physicalLocation",
                                     phys(uris[i], art[i], 0)));
            }
            if (in->omitted[k]) {
                snprintf(msg, sizeof msg, "rule %s: %llu more violations not listed", info.id,
                         (unsigned long long)in->omitted[k]);
                json_array_append_new(
                    notes, json_pack("{s:s, s:{s:s}, s:O, s:o, s:[{s:o}]}", "level", "warning",
                                     "descriptor", "id", info.id, "associatedRule", ref,
                                     "message", text_obj(msg), "locations", "physicalLocation",
                                     phys(uris[i], art[i], 0)));
            }
            json_decref(ref);
        }
        /* what the reader had to guess: a warning of the run, at its line */
        for (size_t k = 0; k < in->nkept; k++)
            json_array_append_new(
                notes, json_pack("{s:s, s:{s:s}, s:o, s:[{s:o}]}", "level", "warning",
                                 "descriptor", "id", "input", "message",
                                 text_obj(in->warn_msg[k]), "locations", "physicalLocation",
                                 phys(uris[i], art[i], in->warn_line[k])));
    }
    json_t *inv = json_pack("{s:b, s:i, s:o}", "executionSuccessful", !r->inconclusive,
                            "exitCode", r->inconclusive ? 2 : r->verdict_fail ? 1 : 0,
                            "toolExecutionNotifications", notes);

    json_t *driver = json_pack("{s:s, s:s, s:s, s:o}", "name", "atscope", "version", ATS_VERSION,
                               "informationUri", "https://atscope.invalid", "rules", rules);
    const char *fail_on = r->never ? "never" : ats_severity_name(r->fail_on);
    json_t *run = json_pack("{s:{s:o}, s:[o], s:o, s:o, s:{s:s, s:s, s:s}}", "tool", "driver",
                            driver, "invocations", inv, "artifacts", artifacts, "results",
                            results, "properties", "profile", ats_profile_id(r->p), "failOn",
                            fail_on, "verdict", report_verdict(r));
    root = json_pack("{s:s, s:s, s:[o]}", "$schema",
                     "https://json.schemastore.org/sarif-2.1.0.json", "version", "2.1.0", "runs",
                     run);
    if (!root)
        goto out;
    char *s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    if (s) {
        rc2 = fputs(s, f) < 0 || fputc('\n', f) < 0 ? -1 : 0;
        free(s);
    }
out:
    json_decref(root);
    if (uris)
        for (size_t i = 0; i < r->ninputs; i++)
            free(uris[i]);
    free(uris);
    free(art);
    free(rule_index);
    free(occ);
    return rc2;
}
