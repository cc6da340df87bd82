/* report_common.c - see report_common.h. */
#include "report_common.h"
#include <stdlib.h>
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

void report_rule(const check_report *r, size_t k, ats_rule_result *out, uint64_t *omitted)
{
    memset(out, 0, sizeof *out);
    *omitted = 0;
    int any_fail = 0, any_pass = 0, any_ne = 0, all_disabled = 1;
    int seen = 0;
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
            any_fail = 1;
            if (!out->reason[0] && x->reason[0])
                memcpy(out->reason, x->reason, sizeof out->reason);
        } else if (x->status == ATS_RULE_PASS) {
            any_pass = 1;
            if (!pass_note && x->reason[0])
                pass_note = x->reason;
        } else if (x->status == ATS_RULE_NOT_EVALUABLE) {
            if (!any_ne)
                memcpy(out->reason, x->reason, sizeof out->reason);
            any_ne = 1;
        }
    }
    if (!seen) {
        ats_rule_info in;
        ats_ruleset_info(r->rs, k, &in);
        out->id = in.id;
        out->severity = in.severity;
        all_disabled = !in.enabled;
    }
    out->status = all_disabled ? ATS_RULE_DISABLED
                  : any_fail   ? ATS_RULE_FAIL
                  : any_pass   ? ATS_RULE_PASS
                  : any_ne     ? ATS_RULE_NOT_EVALUABLE
                               : ATS_RULE_PASS;
    if (out->status == ATS_RULE_PASS) {
        out->reason[0] = 0;
        if (pass_note)
            memcpy(out->reason, pass_note, sizeof out->reason);
    }
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
        if (s >= (int)r->fail_on && in->counts[s])
            return "fail";
    return "pass";
}
