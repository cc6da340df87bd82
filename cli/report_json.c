/* report_json.c - the JSON report of `atscope check` (Jansson). Field names
 * and meanings: docs/report.md, docs/report.schema.json. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "inputs.h"
#include "report_common.h"
#include "timefmt.h"

/* Paths and messages may hold any bytes: keep valid UTF-8, escape the rest. */
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

static const char *sev(ats_severity s) { return ats_severity_name(s); }

static json_t *coverage(const ats_coverage *c)
{
    return json_pack("{s:I, s:I, s:f}", "lines", (json_int_t)c->lines, "understood",
                     (json_int_t)c->understood, "ratio", c->ratio);
}

int report_json(FILE *f, const check_report *rc)
{
    check_report *r = (check_report *)rc;
    report_sort(r);
    json_t *root = json_object();
    json_object_set_new(root, "report_version", json_integer(1));
    json_object_set_new(root, "tool",
                        json_pack("{s:s, s:s}", "name", "atscope", "version", ATS_VERSION));
    json_t *inputs = json_array();
    uint64_t txns = 0, cmds = 0, urcs = 0;
    for (size_t i = 0; i < r->ninputs; i++) {
        const input_result *in = &r->inputs[i];
        const ats_stats *s = &in->stats;
        txns += s->transactions;
        cmds += s->commands;
        urcs += s->urcs;
        json_t *o = json_object();
        json_object_set_new(o, "path", jstr(in->path));
        if (in->error) {       /* listed, not analysed */
            json_object_set_new(o, "format", json_string("unknown"));
            json_object_set_new(o, "error", jstr(in->error));
            json_object_set_new(o, "bytes", json_integer(0));
            json_object_set_new(o, "lines", json_integer(0));
            json_object_set_new(o, "has_timestamps", json_false());
            json_object_set_new(o, "has_directions", json_false());
            json_object_set_new(o, "unparsed_lines", json_integer(0));
            json_object_set_new(o, "coverage", coverage(&in->cov));
            json_object_set_new(o, "verdict", json_string("inconclusive"));
            json_array_append_new(inputs, o);
            continue;
        }
        json_object_set_new(o, "format", jstr(in->format ? in->format : "raw"));
        json_object_set_new(o, "format_reason", jstr(in->format_reason ? in->format_reason : ""));
        if (in->profile) {
            json_object_set_new(o, "profile", jstr(ats_profile_id(in->profile)));
            json_object_set_new(o, "profile_reason", jstr(in->profile_reason));
        }
        if (in->module[0][0] || in->module[1][0] || in->module[2][0]) {
            static const char *const mk[3] = {"manufacturer", "model", "revision"};
            json_t *m = json_object();
            for (int k = 0; k < 3; k++)
                if (in->module[k][0])
                    json_object_set_new(m, mk[k], jstr(in->module[k]));
            json_object_set_new(o, "module", m);
        }
        if (in->layers)
            json_object_set_new(o, "layers", jstr(in->layers));
        json_object_set_new(o, "lossy", json_boolean(in->lossy));
        json_object_set_new(o, "bytes", json_integer((json_int_t)in->bytes));
        json_object_set_new(o, "lines", json_integer((json_int_t)s->lines));
        json_object_set_new(o, "has_timestamps", json_boolean(in->has_time));
        json_object_set_new(o, "has_directions", json_boolean(in->has_dir));
        json_object_set_new(o, "unparsed_lines", json_integer((json_int_t)s->unparsed));
        json_object_set_new(o, "transactions", json_integer((json_int_t)s->transactions));
        json_object_set_new(o, "urcs", json_integer((json_int_t)s->urcs));
        json_object_set_new(o, "no_final", json_integer((json_int_t)s->no_final));
        json_object_set_new(o, "unfinished", json_integer((json_int_t)s->unfinished));
        json_object_set_new(o, "truncated_lines", json_integer((json_int_t)s->truncated_lines));
        json_object_set_new(o, "cut_bytes", json_integer((json_int_t)s->cut_bytes));
        json_object_set_new(o, "not_utf8_lines", json_integer((json_int_t)s->not_utf8_lines));
        json_object_set_new(o, "coverage", coverage(&in->cov));
        json_object_set_new(o, "verdict", json_string(report_input_verdict(r, in)));
        if (in->cov.inconclusive)
            json_object_set_new(o, "inconclusive", jstr(in->cov.reason));
        if (in->nwarnings) {
            json_t *ws = json_array();
            for (size_t k = 0; k < in->nkept; k++)
                json_array_append_new(ws, json_pack("{s:I, s:o}", "line",
                                                    (json_int_t)in->warn_line[k], "message",
                                                    jstr(in->warn_msg[k])));
            json_object_set_new(o, "warnings", ws);
            if (in->nwarnings > in->nkept)
                json_object_set_new(o, "warnings_omitted",
                                    json_integer((json_int_t)(in->nwarnings - in->nkept)));
        }
        json_array_append_new(inputs, o);
    }
    json_object_set_new(root, "inputs", inputs);
    if (r->nskipped) {            /* only with -r: other reports stay as they were */
        json_t *sk = json_array();
        for (size_t i = 0; i < r->nskipped; i++)
            json_array_append_new(sk, json_pack("{s:o, s:s}", "path", jstr(r->skipped[i].path),
                                                "reason", r->skipped[i].reason));
        json_object_set_new(root, "skipped", sk);
    }
    json_object_set_new(root, "profile",
                        json_pack("{s:s, s:s}", "id", ats_profile_id(r->p), "name",
                                  ats_profile_name(r->p)));
    json_t *viol = json_pack("{s:I, s:I, s:I}", "error", (json_int_t)r->counts[ATS_SEV_ERROR],
                             "warning", (json_int_t)r->counts[ATS_SEV_WARNING], "info",
                             (json_int_t)r->counts[ATS_SEV_INFO]);
    json_object_set_new(root, "summary",
                        json_pack("{s:I, s:I, s:I, s:o, s:s, s:s}", "transactions",
                                  (json_int_t)txns, "commands", (json_int_t)cmds, "urcs",
                                  (json_int_t)urcs, "violations", viol, "verdict",
                                  report_verdict(r), "fail_on",
                                  r->never ? "never" : sev(r->fail_on)));
    json_t *rules = json_array();
    for (size_t k = 0; k < ats_ruleset_count(r->rs); k++) {
        ats_rule_result res;
        uint64_t omitted;
        report_rule(r, k, &res, &omitted);
        ats_rule_info info;
        ats_ruleset_info(r->rs, k, &info);
        json_t *o = json_pack("{s:s, s:s, s:s, s:I}", "id", info.id, "severity",
                              sev(info.severity), "status", ats_rule_status_name(res.status),
                              "violations", (json_int_t)res.violations);
        if (info.section[0])   /* a profile that cites no guide section gets none */
            json_object_set_new(o, "section", json_string(info.section));
        if (res.reason[0])
            json_object_set_new(o, "reason", jstr(res.reason));
        if (omitted)
            json_object_set_new(o, "violations_omitted", json_integer((json_int_t)omitted));
        json_array_append_new(rules, o);
    }
    json_object_set_new(root, "rules", rules);
    json_t *va = json_array();
    for (size_t i = 0; i < r->nviol; i++) {
        const ats_violation *v = &r->viol[i].v;
        json_t *o = json_object();
        json_object_set_new(o, "rule", json_string(v->rule));
        json_object_set_new(o, "severity", json_string(sev(v->severity)));
        json_object_set_new(o, "message", jstr(v->message));
        json_object_set_new(o, "path", jstr(r->inputs[r->viol[i].input].path));
        json_object_set_new(o, "line", json_integer((json_int_t)v->line));
        char t[64];
        fmt_time(t, sizeof t, v->time);
        json_object_set_new(o, "time", t[0] ? json_string(t) : json_null());
        json_object_set_new(o, "transaction", v->txn ? json_integer((json_int_t)v->txn)
                                                     : json_null());
        json_t *rel = json_array();
        for (size_t j = 0; j < v->nrelated; j++)
            json_array_append_new(rel, json_pack("{s:I, s:o}", "line",
                                                 (json_int_t)v->related[j].line, "message",
                                                 jstr(v->related[j].message)));
        json_object_set_new(o, "related", rel);
        json_object_set_new(o, "fingerprint", jstr(v->key));
        json_array_append_new(va, o);
    }
    json_object_set_new(root, "violations", va);
    /* ratios to 4 significant digits: 0.9565, not 0.95652173913043481 */
    char *s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(4));
    json_decref(root);
    if (!s)
        return -1;
    int rc2 = fputs(s, f) < 0 || fputc('\n', f) < 0 ? -1 : 0;
    free(s);
    return rc2;
}
