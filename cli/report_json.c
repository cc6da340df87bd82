/* report_json.c - the JSON report of `atscope check` (jsonw). Field names
 * and meanings: docs/report.md, docs/report.schema.json. */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "inputs.h"
#include "jsonw.h"
#include "report_common.h"
#include "gate.h"
#include "report_stats.h"
#include "suppress.h"
#include "timefmt.h"

static const char *sev(ats_severity s) { return ats_severity_name(s); }

/* Paths and messages may hold any bytes: jsonw escapes them (escape.h). */
static void str(jsonw *w, const char *key, const char *s) { jw_bytes(w, key, s, strlen(s)); }

static void coverage(jsonw *w, const ats_coverage *c)
{
    jw_key(w, "coverage");
    jw_obj_begin(w);
    jw_u64(w, "lines", c->lines);
    jw_u64(w, "understood", c->understood);
    /* ratios to 4 significant digits: 0.9565, not 0.95652173913043481 */
    jw_real(w, "ratio", c->ratio, 4);
    jw_obj_end(w);
}

static void input(jsonw *w, const check_report *r, const input_result *in)
{
    const ats_stats *s = &in->stats;
    jw_key(w, NULL);
    jw_obj_begin(w);
    str(w, "path", in->path);
    if (in->error) {       /* listed, not analysed */
        jw_lit(w, "format", "unknown");
        str(w, "error", in->error);
        jw_u64(w, "bytes", 0);
        jw_u64(w, "lines", 0);
        jw_bool(w, "has_timestamps", 0);
        jw_bool(w, "has_directions", 0);
        jw_u64(w, "unparsed_lines", 0);
        coverage(w, &in->cov);
        jw_lit(w, "verdict", "inconclusive");
        jw_obj_end(w);
        return;
    }
    str(w, "format", in->format ? in->format : "raw");
    str(w, "format_reason", in->format_reason ? in->format_reason : "");
    if (in->profile) {
        str(w, "profile", ats_profile_id(in->profile));
        str(w, "profile_reason", in->profile_reason);
    }
    if (in->module[0][0] || in->module[1][0] || in->module[2][0] || in->imei[0]) {
        static const char *const mk[3] = {"manufacturer", "model", "revision"};
        jw_key(w, "module");
        jw_obj_begin(w);
        for (int k = 0; k < 3; k++)
            if (in->module[k][0])
                str(w, mk[k], in->module[k]);
        if (in->imei[0])
            str(w, "imei", in->imei);
        jw_obj_end(w);
    }
    if (in->layers)
        str(w, "layers", in->layers);
    jw_bool(w, "lossy", in->lossy);
    if (in->hides)          /* absent: the tool shows everything the modem said */
        jw_lit(w, "shows", ats_shows_name(in->hides));
    jw_u64(w, "bytes", in->bytes);
    jw_u64(w, "lines", s->lines);
    jw_bool(w, "has_timestamps", in->has_time);
    jw_bool(w, "has_directions", in->has_dir);
    jw_u64(w, "unparsed_lines", s->unparsed);
    jw_u64(w, "transactions", s->transactions);
    jw_u64(w, "urcs", s->urcs);
    jw_u64(w, "no_final", s->no_final);
    jw_u64(w, "unfinished", s->unfinished);
    jw_u64(w, "truncated_lines", s->truncated_lines);
    jw_u64(w, "cut_bytes", s->cut_bytes);
    jw_u64(w, "not_utf8_lines", s->not_utf8_lines);
    coverage(w, &in->cov);
    jw_lit(w, "verdict", report_input_verdict(r, in));
    if (in->cov.inconclusive)
        str(w, "inconclusive", in->cov.reason);
    if (in->nwarnings) {
        jw_arr_begin(w, "warnings");
        for (size_t k = 0; k < in->nkept; k++) {
            jw_key(w, NULL);
            jw_obj_begin(w);
            jw_u64(w, "line", in->warn_line[k]);
            str(w, "message", in->warn_msg[k]);
            jw_obj_end(w);
        }
        jw_arr_end(w);
        if (in->nwarnings > in->nkept)
            jw_u64(w, "warnings_omitted", in->nwarnings - in->nkept);
    }
    jw_obj_end(w);
}

static void rules(jsonw *w, const check_report *r)
{
    jw_arr_begin(w, "rules");
    for (size_t k = 0; k < ats_ruleset_count(r->rs); k++) {
        ats_rule_result res;
        ats_rule_info info;
        uint64_t omitted;
        report_rule(r, k, &res, &omitted, &info);
        jw_key(w, NULL);
        jw_obj_begin(w);
        str(w, "id", info.id);
        jw_lit(w, "severity", sev(info.severity));
        jw_lit(w, "status", ats_rule_status_name(res.status));
        jw_u64(w, "violations", res.violations);
        if (info.section[0])   /* a profile that cites no guide section gets none */
            str(w, "section", info.section);
        if (res.reason[0])
            str(w, "reason", res.reason);
        if (omitted)
            jw_u64(w, "violations_omitted", omitted);
        jw_obj_end(w);
    }
    jw_arr_end(w);
}

/* With suppressions or a baseline: the finding's status, and why it is
 * suppressed (docs/report.md, "Baselines and suppressions"). */
static void gated(jsonw *w, const check_report *r, const stored_violation *sv)
{
    jw_lit(w, "status", gate_status(sv));
    if (sv->supp < 0 || !r->supp)
        return;
    jw_key(w, "suppression");
    jw_obj_begin(w);
    str(w, "reason", cli_suppress_reason(r->supp, sv->supp));
    str(w, "config", cli_suppress_where(r->supp, sv->supp));
    jw_obj_end(w);
}

static void violations(jsonw *w, const check_report *r)
{
    jw_arr_begin(w, "violations");
    for (size_t i = 0; i < r->nviol; i++) {
        const ats_violation *v = &r->viol[i].v;
        jw_key(w, NULL);
        jw_obj_begin(w);
        str(w, "rule", v->rule);
        jw_lit(w, "severity", sev(v->severity));
        str(w, "message", v->message);
        str(w, "path", r->inputs[r->viol[i].input].path);
        jw_u64(w, "line", v->line);
        char t[64];
        fmt_time(t, sizeof t, v->time);
        if (t[0])
            str(w, "time", t);
        else
            jw_null(w, "time");
        if (v->txn)
            jw_u64(w, "transaction", v->txn);
        else
            jw_null(w, "transaction");
        jw_arr_begin(w, "related");
        for (size_t j = 0; j < v->nrelated; j++) {
            jw_key(w, NULL);
            jw_obj_begin(w);
            jw_u64(w, "line", v->related[j].line);
            str(w, "message", v->related[j].message);
            jw_obj_end(w);
        }
        jw_arr_end(w);
        report_evidence_json(w, &r->viol[i], "evidence_dropped");
        str(w, "fingerprint", v->key);
        if (r->gated)
            gated(w, r, &r->viol[i]);
        jw_obj_end(w);
    }
    jw_arr_end(w);
}

int report_json(FILE *f, const check_report *rc)
{
    check_report *r = (check_report *)rc;
    report_sort(r);
    jsonw w;
    if (jw_doc_begin(&w, f) < 0)
        return -1;
    jw_obj_begin(&w);
    jw_u64(&w, "report_version", 1);
    jw_key(&w, "tool");
    jw_obj_begin(&w);
    jw_lit(&w, "name", "atscope");
    jw_lit(&w, "version", ATS_VERSION);
    jw_obj_end(&w);
    jw_key(&w, "run");
    jw_obj_begin(&w);
    str(&w, "command_line", r->command_line ? r->command_line : "");
    jw_lit(&w, "time", r->run_time);
    if (r->context >= 0)
        jw_u64(&w, "context", (uint64_t)r->context);
    jw_obj_end(&w);
    uint64_t txns = 0, cmds = 0, urcs = 0;
    jw_arr_begin(&w, "inputs");
    for (size_t i = 0; i < r->ninputs; i++) {
        const ats_stats *s = &r->inputs[i].stats;
        txns += s->transactions;
        cmds += s->commands;
        urcs += s->urcs;
        input(&w, r, &r->inputs[i]);
    }
    jw_arr_end(&w);
    if (r->nskipped) {            /* only with -r: other reports stay as they were */
        jw_arr_begin(&w, "skipped");
        for (size_t i = 0; i < r->nskipped; i++) {
            jw_key(&w, NULL);
            jw_obj_begin(&w);
            str(&w, "path", r->skipped[i].path);
            str(&w, "reason", r->skipped[i].reason);
            jw_obj_end(&w);
        }
        jw_arr_end(&w);
    }
    jw_key(&w, "profile");
    jw_obj_begin(&w);
    str(&w, "id", ats_profile_id(r->p));
    str(&w, "name", ats_profile_name(r->p));
    jw_obj_end(&w);
    jw_key(&w, "summary");
    jw_obj_begin(&w);
    jw_u64(&w, "transactions", txns);
    jw_u64(&w, "commands", cmds);
    jw_u64(&w, "urcs", urcs);
    jw_key(&w, "violations");
    jw_obj_begin(&w);
    jw_u64(&w, "error", r->counts[ATS_SEV_ERROR]);
    jw_u64(&w, "warning", r->counts[ATS_SEV_WARNING]);
    jw_u64(&w, "info", r->counts[ATS_SEV_INFO]);
    jw_obj_end(&w);
    jw_lit(&w, "verdict", report_verdict(r));
    jw_lit(&w, "fail_on", r->never ? "never" : sev(r->fail_on));
    if (r->gated) {            /* what the verdict counted, and what it did not */
        report_findings_json(&w, r);
        if (r->baseline_path)
            str(&w, "baseline", r->baseline_path);
    }
    jw_obj_end(&w);
    rules(&w, r);
    violations(&w, r);
    report_command_stats(&w, r);
    jw_key(&w, "redaction");
    jw_obj_begin(&w);
    jw_bool(&w, "enabled", r->redact);
    jw_bool(&w, "hosts", r->redact && r->redact_hosts);
    jw_key(&w, "masked");
    jw_obj_begin(&w);
    for (int k = 0; k < ATS_RK_COUNT; k++) {
        size_t n = ats_redact_map_kind_count(r->redact_map, (ats_redact_kind)k);
        if (n)
            jw_u64(&w, ats_redact_kind_name((ats_redact_kind)k), n);
    }
    jw_obj_end(&w);
    jw_obj_end(&w);
    jw_obj_end(&w);
    return jw_doc_end(&w);
}
