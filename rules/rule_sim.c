/* rule_sim.c - sim-fault: the module says its SIM is missing or unusable
 * (the profile's `sim_fault` class: +CME ERROR: 10 SIM not inserted, 13 SIM
 * failure, 15 SIM wrong, +CPIN: NOT INSERTED). Whatever the host does next,
 * what needs the SIM fails until someone seats or replaces it, so this is
 * the first thing a support engineer wants said, and not as the host's
 * fault: command-failed leaves these failures to this rule. Each distinct
 * answer is reported once, where it first came: a host polling AT+CPIN?
 * every second would otherwise bury the rest of the report. */
#include <stdio.h>
#include <string.h>
#include "rules_util.h"

#define SIM_SEEN 8

typedef struct sim_state {
    const json_t *errors;     /* the profile's "errors": what a code means */
    char seen[SIM_SEEN][64];  /* the answers reported, as compared */
    size_t nseen;
} sim_state;

static void sim_init(ats_rule_ctx *c)
{
    sim_state *st = c->st;
    st->errors = json_object_get((const json_t *)ats_profile_json(c->e->rs->p), "errors");
}

/* Reported already? Remembers it if not (a bounded list: past SIM_SEEN
 * distinct answers, each is reported). res is the answer with its meaning
 * ("+CME ERROR: 10, SIM not inserted"): "+CME ERROR: SIM not inserted" is
 * the same answer, so what is compared is the meaning, or what follows the
 * colon. */
static int seen_before(sim_state *st, const char *res)
{
    const char *m = strstr(res, ", ");
    if (m)
        m += 2;
    else if ((m = strchr(res, ':')) != NULL)
        m++;
    else
        m = res;
    char key[64];
    size_t k = 0;
    for (; *m && k + 1 < sizeof key; m++)
        if (*m != ' ')
            key[k++] = *m >= 'a' && *m <= 'z' ? (char)(*m - 32) : *m;
    key[k] = 0;
    for (size_t i = 0; i < st->nseen; i++)
        if (!strcmp(st->seen[i], key))
            return 1;
    if (st->nseen < SIM_SEEN)
        memcpy(st->seen[st->nseen++], key, k + 1);
    return 0;
}

static void report(ats_rule_ctx *c, const ats_txn *t, const ats_item *it, int failed)
{
    ats_engine *e = c->e;
    sim_state *st = c->st;
    char res[120];
    ats_eng_text(res, sizeof res, it->text);
    ats_rule_error_meaning(st->errors, res, sizeof res);
    if (seen_before(st, res))
        return;
    uint64_t line = t ? t->first_line : it->line;
    const char *vars[] = {"cmd", t ? ats_eng_cmd(e, t) : "", "result", res, NULL};
    const char *msg =
        !t       ? ats_eng_msg(e, c->rule, "urc",
                               "the module reported {result}: the SIM is missing or unusable, and "
                               "what needs it fails whatever the host does",
                               vars)
        : failed ? ats_eng_msg(e, c->rule, "failed",
                               "{cmd} failed ({result}): the SIM is missing or unusable, and what "
                               "needs it fails whatever the host does",
                               vars)
                 : ats_eng_msg(e, c->rule, "answer",
                               "{cmd} answered {result}: the SIM is missing or unusable, and what "
                               "needs it fails whatever the host does",
                               vars);
    ats_eng_violation(e, c->rule, line, t ? t->command.time : it->time, t ? t->id : 0, "sim", "%s",
                      msg);
    if (it->line != line)
        ats_eng_related(e, it->line, failed ? "failed here" : "the module's answer");
    ats_eng_flush(e);
}

/* What shows the SIM's state: ready, or registered (no registration
 * without one); a fault is a finding. Asked before the tracker takes each
 * record, and at the end for the last. */
static void sim_known(ats_rule_ctx *c)
{
    const ats_state *ms = ats_eng_state(c->e);
    if (ats_st_last(&ms->sim, NULL, NULL) == ST_YES || ats_st_last(&ms->reg, NULL, NULL) == ST_YES)
        ats_eng_saw(c->e, c->rule);
}

static void sim_finish(ats_rule_ctx *c) { sim_known(c); }

static void sim_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    sim_known(c);
    if (t->final_kind != ATS_FINAL_NONE && ats_final_is_failure(t->final_kind) &&
        cls_line(e, L_SIM_FAULT, t->final.text)) {
        report(c, t, &t->final, 1);
        return;
    }
    if ((t->flags & ATS_TF_ASYNC) && t->completion == ATS_COMPL_FAILURE &&
        cls_line(e, L_SIM_FAULT, t->completion_item.text)) {
        report(c, t, &t->completion_item, 1);
        return;
    }
    for (size_t i = 0; i < t->nresponses; i++)
        if (cls_line(e, L_SIM_FAULT, t->responses[i].text)) {
            report(c, t, &t->responses[i], 0);
            return;
        }
}

static void sim_urc(ats_rule_ctx *c, const ats_urc *u)
{
    sim_known(c);
    if (cls_line(c->e, L_SIM_FAULT, u->item.text))
        report(c, NULL, &u->item, 0);
}

const ats_rule_desc ats_rule_sim_fault = {
    .id = "sim-fault",
    .severity = ATS_SEV_WARNING,
    .summary = "the module never says its SIM is missing or unusable (the profile's sim_fault "
               "answers: not inserted, failure, wrong); each such answer is reported once, "
               "as the SIM's fault, not the host's",
    .needs_classes = "sim_fault",
    .state_size = sizeof(sim_state),
    .no_evidence = "the capture never shows the SIM's state (no SIM-ready answer or report, no "
                   "registration)",
    .on = {.init = sim_init, .txn = sim_txn, .urc = sim_urc, .finish = sim_finish},
};
