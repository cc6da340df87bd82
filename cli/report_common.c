/* report_common.c - see report_common.h. */
#include "report_common.h"
#include "check_evidence.h"
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

static int cmp(const void *a, const void *b)
{
    const stored_violation *x = a, *y = b;
    if (x->input != y->input)
        return x->input < y->input ? -1 : 1;
    if (x->v.line != y->v.line)
        return x->v.line < y->v.line ? -1 : 1;
    int c = strcmp(x->v.rule, y->v.rule);
    if (c)
        return c;
    return strcmp(x->v.message, y->v.message);
}

void report_sort(check_report *r)
{
    if (r->nviol)
        qsort(r->viol, r->nviol, sizeof *r->viol, cmp);
}

/* "capture has no timestamps" reads "no timestamps" after "in 2 of 3 captures". */
static const char *bare(const char *why)
{
    return strncmp(why, "capture has ", 12) ? why : why + 12;
}

/* "<what> in n of seen captures: <why>" into the reason, a bounded field: a
 * long reason is cut there. */
static void in_how_many(ats_rule_result *out, const char *what, size_t n, size_t seen,
                        const char *why, int differ)
{
    int k = snprintf(out->reason, sizeof out->reason, "%s in %zu of %zu captures: ", what, n,
                     seen);
    if (k < 0 || (size_t)k >= sizeof out->reason)
        return;
    size_t room = sizeof out->reason - (size_t)k;
    const char *more = differ ? " (and other reasons)" : "";
    size_t a = strlen(bare(why)), b = strlen(more);
    if (a >= room)
        a = room - 1;
    memcpy(out->reason + k, bare(why), a);
    if (b > room - 1 - a)
        b = room - 1 - a;
    memcpy(out->reason + k + a, more, b);
    out->reason[(size_t)k + a + b] = 0;
}

int report_rule_enabled(const check_report *r, size_t k)
{
    int seen = 0;
    for (size_t i = 0; i < r->ninputs; i++) {
        if (r->inputs[i].error)
            continue;
        if (r->inputs[i].rules[k].status != ATS_RULE_DISABLED)
            return 1;
        seen = 1;
    }
    if (seen)
        return 0;
    ats_rule_info in;
    ats_ruleset_info(r->rs, k, &in);
    return in.enabled;
}

void report_rule(const check_report *r, size_t k, ats_rule_result *out, uint64_t *omitted,
                 ats_rule_info *info)
{
    ats_ruleset_info(r->rs, k, info);
    memset(out, 0, sizeof *out);
    *omitted = 0;
    int all_disabled = 1;
    size_t seen = 0, nfail = 0, npass = 0, nne = 0, npartly = 0;
    const char *ne_why = NULL, *partly_why = NULL;
    int ne_differ = 0, partly_differ = 0;
    const char *pass_note = NULL;   /* a pass with a note ("partly checked: ...") */
    for (size_t i = 0; i < r->ninputs; i++) {
        if (r->inputs[i].error)
            continue;             /* not analysed: no verdict of its own */
        const ats_rule_result *x = &r->inputs[i].rules[k];
        if (!seen++) {
            out->id = x->id;
            out->severity = x->severity;
        }
        out->violations += x->violations;
        *omitted += r->inputs[i].omitted[k];
        if (x->status != ATS_RULE_DISABLED)
            all_disabled = 0;
        if (x->status == ATS_RULE_FAIL) {
            nfail++;
            if (!strncmp(x->reason, "partly checked: ", 16)) {
                const char *why = x->reason + 16;
                if (!npartly++)
                    partly_why = why;
                else if (strcmp(why, partly_why))
                    partly_differ = 1;
            }
        } else if (x->status == ATS_RULE_PASS) {
            npass++;
            if (!pass_note && x->reason[0])
                pass_note = x->reason;
        } else if (x->status == ATS_RULE_NOT_EVALUABLE) {
            if (!nne++)
                ne_why = x->reason;
            else if (strcmp(x->reason, ne_why))
                ne_differ = 1;
        }
    }
    if (!seen) {
        ats_rule_info in;
        ats_ruleset_info(r->rs, k, &in);
        out->id = in.id;
        out->severity = in.severity;
        all_disabled = !in.enabled;
    }
    info->enabled = !all_disabled;   /* the inputs' profiles, not the run's ruleset alone */
    out->status = all_disabled ? ATS_RULE_DISABLED
                  : nfail      ? ATS_RULE_FAIL
                  : npass      ? ATS_RULE_PASS
                  : nne        ? ATS_RULE_NOT_EVALUABLE
                               : ATS_RULE_PASS;
    if (out->status == ATS_RULE_DISABLED)
        return;
    if (seen == 1) {
        /* one capture: its own words */
        for (size_t i = 0; i < r->ninputs; i++)
            if (!r->inputs[i].error)
                memcpy(out->reason, r->inputs[i].rules[k].reason, sizeof out->reason);
        return;
    }
    /* several: what holds in how many of them, whatever the merged status */
    if (nne)
        in_how_many(out, "not evaluable", nne, seen, ne_why, ne_differ);
    else if (npartly)
        in_how_many(out, "partly checked", npartly, seen, partly_why, partly_differ);
    else if (out->status == ATS_RULE_PASS && pass_note)
        memcpy(out->reason, pass_note, sizeof out->reason);
}

const char *report_verdict(const check_report *r)
{
    return r->inconclusive ? "inconclusive" : r->verdict_fail ? "fail" : "pass";
}

const char *report_input_verdict(const check_report *r, const input_result *in)
{
    if (in->error || in->cov.inconclusive)
        return "inconclusive";
    for (int s = ATS_SEV_ERROR; s >= 0 && !r->never; s--)
        if (s >= (int)r->fail_on && in->fresh[s])
            return "fail";
    return "pass";
}

void report_evidence_json(jsonw *w, const stored_violation *sv, const char *dropped_key)
{
    jw_arr_begin(w, "evidence");
    for (size_t j = 0; j < sv->nev; j++) {
        jw_key(w, NULL);
        jw_obj_begin(w);
        jw_u64(w, "line", sv->ev[j].line);
        jw_lit(w, "role", check_evidence_role(sv->ev[j].role));
        jw_bytes(w, "text", sv->ev[j].text, strlen(sv->ev[j].text));
        jw_obj_end(w);
    }
    jw_arr_end(w);
    if (sv->ev_dropped)
        jw_u64(w, dropped_key, sv->ev_dropped);
}

void report_findings_json(jsonw *w, const check_report *r)
{
    jw_key(w, "findings");
    jw_obj_begin(w);
    jw_u64(w, "new", r->nnew);
    jw_u64(w, "baselined", r->nbaselined);
    jw_u64(w, "suppressed", r->nsuppressed);
    jw_obj_end(w);
}
