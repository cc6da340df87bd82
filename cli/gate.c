/* gate.c - see gate.h. */
#include <stdio.h>
#include <string.h>
#include "gate.h"
#include "suppress.h"

void gate_tally(check_report *r)
{
    memset(r->fresh, 0, sizeof r->fresh);
    r->nnew = r->nbaselined = r->nsuppressed = 0;
    for (size_t i = 0; i < r->ninputs; i++) {
        input_result *in = &r->inputs[i];
        for (int s = 0; s < 3; s++) {
            uint64_t gone = in->suppressed[s] + in->baselined[s];
            in->fresh[s] = in->counts[s] > gone ? in->counts[s] - gone : 0;
            if (in->error)
                continue;
            r->fresh[s] += in->fresh[s];
            r->nnew += in->fresh[s];
            r->nbaselined += in->baselined[s];
            r->nsuppressed += in->suppressed[s];
        }
    }
}

uint64_t gate_rule_new(const check_report *r, size_t i, size_t k)
{
    const input_result *in = &r->inputs[i];
    ats_rule_info info;
    ats_ruleset_info(r->rs, k, &info);
    uint64_t n = in->omitted[k] - in->omitted_supp[k] - in->omitted_base[k];
    for (size_t j = 0; j < r->nviol; j++)
        if (r->viol[j].input == i && r->viol[j].supp < 0 && !r->viol[j].baselined &&
            !strcmp(r->viol[j].v.rule, info.id))
            n++;
    return n;
}

const char *gate_status(const stored_violation *sv)
{
    return sv->supp >= 0 ? "suppressed" : sv->baselined ? "baselined" : "new";
}

void gate_note(const check_report *r, const stored_violation *sv, char *buf, size_t cap)
{
    if (sv->supp >= 0 && r->supp)
        snprintf(buf, cap, " (suppressed: %s)", cli_suppress_reason(r->supp, sv->supp));
    else if (sv->baselined)
        snprintf(buf, cap, " (baselined)");
    else
        buf[0] = 0;
}
