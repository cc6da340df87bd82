/* report_sarif.c - the SARIF 2.1.0 report of `atscope check` (jsonw), for
 * code-scanning dashboards. One run; the driver lists every enabled rule so
 * ruleIndex is stable; rules that could not be evaluated are tool execution
 * notifications, not results. Validates against docs/sarif-schema-2.1.0.json
 * (tests/validate_sarif.py). Fingerprints hold no line numbers: adding lines
 * to a capture does not make old results look new. */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "jsonw.h"
#include "report_common.h"
#include "suppress.h"

/* Any bytes as a JSON string (escape.h's JSON column). */
static void str(jsonw *w, const char *key, const char *s) { jw_bytes(w, key, s, strlen(s)); }

/* {"text": s} */
static void text_obj(jsonw *w, const char *key, const char *s)
{
    jw_key(w, key);
    jw_obj_begin(w);
    str(w, "text", s);
    jw_obj_end(w);
}

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

static void rule_descriptor(jsonw *w, const check_report *r, const ats_rule_info *info)
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
    /* the parameters as one line of JSON, by name */
    char *params = info->params ? jw_json_line(info->params) : NULL;
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
    jw_key(w, NULL);
    jw_obj_begin(w);
    str(w, "id", info->id);
    text_obj(w, "shortDescription", info->summary);
    text_obj(w, "fullDescription", full);
    text_obj(w, "help", help);
    jw_key(w, "defaultConfiguration");
    jw_obj_begin(w);
    jw_lit(w, "level", level(info->severity));
    jw_obj_end(w);
    jw_key(w, "properties");
    jw_obj_begin(w);
    str(w, "needs", info->needs);
    str(w, "needsClasses", info->needs_classes);
    if (info->section[0])
        str(w, "section", info->section);
    if (info->params)
        jw_json(w, "parameters", info->params);
    jw_obj_end(w);
    jw_obj_end(w);
}

/* The text of an evidence line of the violation (check --context), or NULL. */
static const char *ev_text(const stored_violation *sv, uint64_t line)
{
    for (size_t j = 0; sv && j < sv->nev; j++)
        if (sv->ev[j].line == line)
            return sv->ev[j].text;
    return NULL;
}

/* {"physicalLocation": {...}}: the capture, and the line when there is one;
 * with sv, the line's text as its snippet, and for the result's own location
 * (ctx: --context + 1) the evidence lines around it as the context region */
static void location_ev(jsonw *w, const char *key, const char *uri, long long artifact,
                        uint64_t line, const stored_violation *sv, int ctx)
{
    jw_key(w, key);
    jw_obj_begin(w);
    jw_key(w, "artifactLocation");
    jw_obj_begin(w);
    str(w, "uri", uri);
    if (artifact >= 0)
        jw_i64(w, "index", artifact);
    jw_obj_end(w);
    if (line >= 1) {
        jw_key(w, "region");
        jw_obj_begin(w);
        jw_u64(w, "startLine", line);
        const char *snip = ev_text(sv, line);
        if (snip)
            text_obj(w, "snippet", snip);
        jw_obj_end(w);
    }
    /* only the lines near it: a related line far off is its own location */
    size_t a = 0, b = 0, len = 1;
    for (size_t j = 0; ctx && sv && j < sv->nev; j++) {
        uint64_t d = sv->ev[j].line > line ? sv->ev[j].line - line : line - sv->ev[j].line;
        if (d >= (uint64_t)ctx)
            continue;
        if (b == 0)
            a = j;
        b = j + 1;
        len += strlen(sv->ev[j].text) + 1;
    }
    if (b > a) {
        char *all = malloc(len);
        if (all) {
            size_t k = 0;
            for (size_t j = a; j < b; j++)
                k += (size_t)sprintf(all + k, "%s\n", sv->ev[j].text);
            all[k] = 0;
            jw_key(w, "contextRegion");
            jw_obj_begin(w);
            jw_u64(w, "startLine", sv->ev[a].line);
            jw_u64(w, "endLine", sv->ev[b - 1].line);
            text_obj(w, "snippet", all);
            jw_obj_end(w);
            free(all);
        }
    }
    jw_obj_end(w);
}

static void location(jsonw *w, const char *key, const char *uri, long long artifact,
                     uint64_t line)
{
    location_ev(w, key, uri, artifact, line, NULL, 0);
}

/* "locations": [{"physicalLocation": ...}] */
static void locations(jsonw *w, const char *uri, long long artifact, uint64_t line)
{
    jw_arr_begin(w, "locations");
    jw_key(w, NULL);
    jw_obj_begin(w);
    location(w, "physicalLocation", uri, artifact, line);
    jw_obj_end(w);
    jw_arr_end(w);
}

/* A tool execution notification about a capture (rule: NULL, or the rule
 * it is about, with its index in the driver, -1 none). */
static void notification(jsonw *w, const char *lvl, const char *id, const char *rule,
                         long long index, const char *msg, const char *uri, long long artifact,
                         uint64_t line)
{
    jw_key(w, NULL);
    jw_obj_begin(w);
    jw_lit(w, "level", lvl);
    jw_key(w, "descriptor");
    jw_obj_begin(w);
    str(w, "id", id);
    jw_obj_end(w);
    if (rule) {
        jw_key(w, "associatedRule");
        jw_obj_begin(w);
        str(w, "id", rule);
        if (index >= 0)
            jw_i64(w, "index", index);
        jw_obj_end(w);
    }
    text_obj(w, "message", msg);
    locations(w, uri, artifact, line);
    jw_obj_end(w);
}

/* With --baseline, whether the result is in it; with the config's
 * suppressions, the one that applies, its reason as the justification and
 * the config entry as its location. */
static void gated(jsonw *w, const check_report *r, const stored_violation *sv)
{
    if (r->baseline_path)
        jw_lit(w, "baselineState", sv->baselined ? "unchanged" : "new");
    if (sv->supp < 0 || !r->supp)
        return;
    jw_arr_begin(w, "suppressions");
    jw_key(w, NULL);
    jw_obj_begin(w);
    jw_lit(w, "kind", "external");
    jw_lit(w, "status", "accepted");
    str(w, "justification", cli_suppress_reason(r->supp, sv->supp));
    char *uri = path_uri(cli_suppress_file(r->supp));
    if (uri) {
        jw_key(w, "location");
        jw_obj_begin(w);
        location(w, "physicalLocation", uri, -1, cli_suppress_line(r->supp, sv->supp));
        jw_obj_end(w);
    }
    free(uri);
    jw_obj_end(w);
    jw_arr_end(w);
}

static void result(jsonw *w, const check_report *r, size_t i, const long long *rule_index,
                   char *const *uris, const long long *art, const size_t *occ)
{
    const stored_violation *sv = &r->viol[i];
    const ats_violation *v = &sv->v;
    const char *uri = uris[sv->input];
    int k = -1;
    for (size_t q = 0; q < ats_ruleset_count(r->rs); q++) {
        ats_rule_info info;
        ats_ruleset_info(r->rs, q, &info);
        if (!strcmp(info.id, v->rule)) {
            k = (int)q;
            break;
        }
    }
    jw_key(w, NULL);
    jw_obj_begin(w);
    str(w, "ruleId", v->rule);
    if (k >= 0 && rule_index[k] >= 0)
        jw_i64(w, "ruleIndex", rule_index[k]);
    jw_lit(w, "level", level(v->severity));
    text_obj(w, "message", v->message);
    jw_arr_begin(w, "locations");
    jw_key(w, NULL);
    jw_obj_begin(w);
    location_ev(w, "physicalLocation", uri, art[sv->input], v->line, sv, r->context + 1);
    jw_obj_end(w);
    jw_arr_end(w);
    if (v->nrelated) {
        jw_arr_begin(w, "relatedLocations");
        for (size_t j = 0; j < v->nrelated && j < ATS_MAX_RELATED; j++) {
            jw_key(w, NULL);
            jw_obj_begin(w);
            jw_u64(w, "id", j + 1);
            text_obj(w, "message", v->related[j].message);
            location_ev(w, "physicalLocation", uri, art[sv->input], v->related[j].line, sv, 0);
            jw_obj_end(w);
        }
        jw_arr_end(w);
    }
    /* rule | capture file name | key | occurrence: no line numbers */
    const char *fname = base_name(r->inputs[sv->input].path);
    size_t fl = strlen(v->rule) + strlen(fname) + strlen(v->key) + 32;
    char *fp = malloc(fl);
    if (fp) {
        snprintf(fp, fl, "%s|%s|%s|%zu", v->rule, fname, v->key, occ[i]);
        jw_key(w, "partialFingerprints");
        jw_obj_begin(w);
        str(w, "atscope/v1", fp);
        jw_obj_end(w);
        free(fp);
    }
    gated(w, r, sv);
    jw_key(w, "properties");
    jw_obj_begin(w);
    if (v->txn)
        jw_u64(w, "transaction", v->txn);
    jw_lit(w, "severity", ats_severity_name(v->severity));
    /* the evidence with each line's role (the regions carry the text alone) */
    report_evidence_json(w, sv, "evidenceDropped");
    jw_obj_end(w);
    jw_obj_end(w);
}

/* invocation: rules that could not be evaluated, violations not listed */
static void invocation(jsonw *w, const check_report *r, const long long *rule_index,
                       char *const *uris, const long long *art)
{
    size_t nrules = ats_ruleset_count(r->rs);
    jw_arr_begin(w, "invocations");
    jw_key(w, NULL);
    jw_obj_begin(w);
    str(w, "commandLine", r->command_line ? r->command_line : "");
    jw_lit(w, "startTimeUtc", r->run_time);
    jw_bool(w, "executionSuccessful", !r->inconclusive);
    jw_i64(w, "exitCode", r->inconclusive ? 2 : r->verdict_fail ? 1 : 0);
    jw_arr_begin(w, "toolExecutionNotifications");
    for (size_t i = 0; i < r->ninputs; i++) {
        const input_result *in = &r->inputs[i];
        /* no evidence, or not read at all: an error of the run, not 23 notes */
        if (in->error || in->cov.inconclusive) {
            char msg[400];
            snprintf(msg, sizeof msg, "inconclusive: %s", in->error ? in->error : in->cov.reason);
            notification(w, "error", "inconclusive", NULL, -1, msg, uris[i], art[i], 0);
        }
        for (size_t k = 0; k < in->nrules && k < nrules && !in->cov.inconclusive; k++) {
            const ats_rule_result *x = &in->rules[k];
            ats_rule_info info;
            ats_ruleset_info(r->rs, k, &info);
            char msg[400];
            if (x->status == ATS_RULE_NOT_EVALUABLE) {
                snprintf(msg, sizeof msg, "rule %s not evaluable: %s", info.id,
                         x->reason[0] ? x->reason : "unknown reason");
                notification(w, "note", info.id, info.id, rule_index[k], msg, uris[i], art[i], 0);
            }
            if (in->omitted[k]) {
                snprintf(msg, sizeof msg, "rule %s: %llu more violations not listed", info.id,
                         (unsigned long long)in->omitted[k]);
                notification(w, "warning", info.id, info.id, rule_index[k], msg, uris[i], art[i],
                             0);
            }
        }
        /* what the reader had to guess: a warning of the run, at its line */
        for (size_t k = 0; k < in->nkept; k++)
            notification(w, "warning", "input", NULL, -1, in->warn_msg[k], uris[i], art[i],
                         in->warn_line[k]);
    }
    jw_arr_end(w);
    jw_obj_end(w);
    jw_arr_end(w);
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
    jsonw w;
    int wok = 0;
    if (!rule_index || !uris || !art || !occ)
        goto out;
    /* driver: every enabled rule, in catalogue order */
    long long nenabled = 0;
    for (size_t k = 0; k < nrules; k++) {
        ats_rule_info info;
        ats_ruleset_info(r->rs, k, &info);
        rule_index[k] = report_rule_enabled(r, k) ? nenabled++ : -1;
    }
    /* artifacts: one per distinct capture path (the schema wants them unique) */
    long long nart = 0;
    for (size_t i = 0; i < r->ninputs; i++) {
        if (!(uris[i] = path_uri(r->inputs[i].path)))
            goto out;
        art[i] = -1;
        for (size_t j = 0; j < i; j++)
            if (!strcmp(uris[j], uris[i]))
                art[i] = art[j];
        if (art[i] < 0)
            art[i] = nart++;
    }
    if (jw_doc_begin(&w, f) < 0)
        goto out;
    wok = 1;
    jw_obj_begin(&w);
    jw_lit(&w, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    jw_lit(&w, "version", "2.1.0");
    jw_arr_begin(&w, "runs");
    jw_key(&w, NULL);
    jw_obj_begin(&w);
    jw_key(&w, "tool");
    jw_obj_begin(&w);
    jw_key(&w, "driver");
    jw_obj_begin(&w);
    jw_lit(&w, "name", "atscope");
    jw_lit(&w, "version", ATS_VERSION);
    jw_lit(&w, "informationUri", "https://atscope.invalid");
    jw_arr_begin(&w, "rules");
    for (size_t k = 0; k < nrules; k++) {
        ats_rule_info info;
        ats_ruleset_info(r->rs, k, &info);
        if (report_rule_enabled(r, k))
            rule_descriptor(&w, r, &info);
    }
    jw_arr_end(&w);
    jw_obj_end(&w);
    jw_obj_end(&w);
    invocation(&w, r, rule_index, uris, art);
    jw_arr_begin(&w, "artifacts");
    for (size_t i = 0; i < r->ninputs; i++) {
        int first = 1;
        for (size_t j = 0; j < i && first; j++)
            first = art[j] != art[i];
        if (!first)
            continue;
        jw_key(&w, NULL);
        jw_obj_begin(&w);
        jw_key(&w, "location");
        jw_obj_begin(&w);
        str(&w, "uri", uris[i]);
        jw_obj_end(&w);
        jw_arr_begin(&w, "roles");
        jw_lit(&w, NULL, "analysisTarget");
        jw_arr_end(&w);
        jw_u64(&w, "length", r->inputs[i].bytes);
        jw_key(&w, "properties");
        jw_obj_begin(&w);
        const input_result *in = &r->inputs[i];
        str(&w, "format", in->format ? in->format : "raw");
        /* who and how: why this format and profile, and the module it shows */
        if (!in->error) {
            str(&w, "formatReason", in->format_reason ? in->format_reason : "");
            str(&w, "profile", ats_profile_id(in->profile));
            str(&w, "profileReason", in->profile_reason);
            static const char *const mk[3] = {"manufacturer", "model", "revision"};
            for (int k = 0; k < 3; k++)
                if (in->module[k][0])
                    str(&w, mk[k], in->module[k]);
            if (in->imei[0])
                str(&w, "imei", in->imei);
        }
        jw_obj_end(&w);
        jw_obj_end(&w);
    }
    jw_arr_end(&w);
    /* results: every stored violation */
    jw_arr_begin(&w, "results");
    for (size_t i = 0; i < r->nviol; i++)
        result(&w, r, i, rule_index, uris, art, occ);
    jw_arr_end(&w);
    jw_key(&w, "properties");
    jw_obj_begin(&w);
    str(&w, "profile", ats_profile_id(r->p));
    jw_lit(&w, "failOn", r->never ? "never" : ats_severity_name(r->fail_on));
    jw_lit(&w, "verdict", report_verdict(r));
    str(&w, "redaction", r->redaction);
    if (r->gated)
        report_findings_json(&w, r);
    jw_obj_end(&w);
    jw_obj_end(&w);
    jw_arr_end(&w);
    jw_obj_end(&w);
    rc2 = jw_doc_end(&w);
    wok = 0;
out:
    if (wok)
        jw_free(&w);
    if (uris)
        for (size_t i = 0; i < r->ninputs; i++)
            free(uris[i]);
    free(uris);
    free(art);
    free(rule_index);
    free(occ);
    return rc2;
}
