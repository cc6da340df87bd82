/* rule_sim.c - sim-fault: the module says its SIM is missing or unusable
 * (the profile's `sim_fault` class: +CME ERROR: 10 SIM not inserted, 13 SIM
 * failure, 15 SIM wrong, +CPIN: NOT INSERTED). Whatever the host does next,
 * what needs the SIM fails until someone seats or replaces it, so this is
 * the first thing a support engineer wants said, and not as the host's
 * fault: command-failed leaves these failures to this rule. Each distinct
 * answer is reported once, where it first came: a host polling AT+CPIN?
 * every second would otherwise bury the rest of the report.
 *
 * An answer the capture itself contradicts is not a fault: the SIM said
 * ready, or the module registered, or a command that needs the SIM (the
 * `sim_use` class: AT+CMGS, AT+CIMI ...) or a data call succeeded after it,
 * with no boot between (TinyGSM polls AT+CPIN? through "SIM not inserted"
 * until READY a second later; a SIM800 answers AT+CPMS? with +CME ERROR: 10
 * and sends the SMS right after). So an answer waits up to WAIT_TXNS more
 * transactions (or a boot, or the end) before it is reported; a contradicted
 * one is named in the rule's reason instead.
 *
 * Nor is a command's failure with such a code after the capture showed the
 * SIM working (ready, registered, an SMS sent) since the last boot, with no
 * answer or report of a missing SIM since: chan_dongle's AT+CSCA? refused
 * with +CME ERROR: 13 between +CPIN: READY and registering on an operator,
 * a Huawei dongle's AT+CPMS? refused with +CMS ERROR: 310 after sending an
 * SMS. That command could not be served; the SIM did not go. The SIM's own
 * status query (the `sim_query` class: AT+CPIN?) is the exception: its
 * failure is the SIM's state, as a SIM pulled without a report shows; and
 * so is any such answer once one came since the boot (not inserted, ready,
 * not inserted: a SIM that comes and goes). */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "rules_util.h"

#define SIM_SEEN 8
#define SIM_PENDING 4
#define WAIT_TXNS 8

/* An answer waiting to see whether the capture contradicts it. */
typedef struct sim_pending {
    uint64_t line, answer_line, txn, boots;
    ats_time time;
    unsigned seen;            /* transactions since */
    int failed;
    char key[64];             /* as seen_before compares it */
    char what[104];           /* "+CME ERROR: 10, SIM not inserted to AT+CPMS?" */
    char message[400];
    uint64_t joined[2];       /* later answers of the same fault (lines) */
    size_t njoined;
} sim_pending;

typedef struct sim_state {
    const json_t *errors;     /* the profile's "errors": what a code means */
    char seen[SIM_SEEN][64];  /* the answers reported, as compared */
    size_t nseen;
    sim_pending pend[SIM_PENDING];
    size_t npend;
    uint64_t transient;       /* answers the capture contradicted */
    char transient_what[200]; /* the first of them, for the reason */
    uint64_t worked_line, worked_boots;   /* the SIM last shown working, 0 not since */
    uint64_t faulted_boots;   /* boots + 1 when a fault answer or report came, 0 none */
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
static int seen_before(sim_state *st, const char *res, char *key_out)
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
    memcpy(key_out, key, k + 1);
    for (size_t i = 0; i < st->nseen; i++)
        if (!strcmp(st->seen[i], key))
            return 1;
    if (st->nseen < SIM_SEEN)
        memcpy(st->seen[st->nseen++], key, k + 1);
    return 0;
}

static void emit(ats_rule_ctx *c, const sim_pending *pd)
{
    ats_engine *e = c->e;
    ats_eng_violation(e, c->rule, pd->line, pd->time, pd->txn, "sim", "%s", pd->message);
    if (pd->answer_line != pd->line)
        ats_eng_related(e, pd->answer_line, pd->failed ? "failed here" : "the module's answer");
    for (size_t i = 0; i < pd->njoined; i++)
        ats_eng_related(e, pd->joined[i], "the same fault");
    ats_eng_flush(e);
}

static void drop(sim_state *st, size_t i)
{
    memmove(&st->pend[i], &st->pend[i + 1], (st->npend - i - 1) * sizeof st->pend[0]);
    st->npend--;
}

static void report(ats_rule_ctx *c, const ats_txn *t, const ats_item *it, int failed)
{
    ats_engine *e = c->e;
    sim_state *st = c->st;
    char res[120];
    ats_eng_text(res, sizeof res, it->text);
    ats_rule_error_meaning(st->errors, res, sizeof res);
    char key[64];
    st->faulted_boots = ats_eng_state(e)->boots + 1;
    if (seen_before(st, res, key))
        return;
    uint64_t line = t ? t->first_line : it->line;
    /* Another answer while one waits, with no boot between and nothing
     * showing the SIM working since (which would have dropped the first):
     * the same fault seen again, one finding naming both lines (+CPIN: SIM
     * PUK, then an attach refused with +CME ERROR: 12, SIM PUK required). */
    for (size_t i = 0; i < st->npend; i++) {
        sim_pending *pd = &st->pend[i];
        if (pd->boots != ats_eng_state(e)->boots || pd->njoined == 2)
            continue;
        pd->joined[pd->njoined++] = it->line;
        size_t l = strlen(pd->message);
        if (t)
            snprintf(pd->message + l, sizeof pd->message - l, "; then %.40s got %.60s (line %" PRIu64 ")",
                     ats_eng_cmd(e, t), res, it->line);
        else
            snprintf(pd->message + l, sizeof pd->message - l, "; then the module reported %.60s (line %" PRIu64 ")",
                     res, it->line);
        return;
    }
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
    if (st->npend == SIM_PENDING) {           /* bounded: the oldest is decided now */
        emit(c, &st->pend[0]);
        drop(st, 0);
    }
    sim_pending *pd = &st->pend[st->npend++];
    memset(pd, 0, sizeof *pd);
    pd->line = line;
    pd->answer_line = it->line;
    pd->time = t ? t->command.time : it->time;
    pd->txn = t ? t->id : 0;
    pd->failed = failed;
    pd->boots = ats_eng_state(e)->boots;
    memcpy(pd->key, key, sizeof pd->key);
    snprintf(pd->message, sizeof pd->message, "%s", msg);
    /* for the reason, should the capture contradict it */
    snprintf(pd->what, sizeof pd->what, "%.60s%s%.36s", res, t ? " to " : "",
             t ? ats_eng_cmd(e, t) : "");
}

/* The capture shows the SIM working after the pending answers: drop them
 * (named in the reason). at: the line that shows it. */
static void contradicted(ats_rule_ctx *c, uint64_t at)
{
    sim_state *st = c->st;
    for (size_t i = 0; i < st->npend;) {
        sim_pending *pd = &st->pend[i];
        /* from the command on: a registration reported while it waited
         * for its answer (FreeRTOS-Cellular logs +CEREG: 5 between AT+CPIN?
         * and its +CME ERROR: 13) shows the network took the SIM then */
        if (at <= pd->line || ats_eng_state(c->e)->boots != pd->boots) {
            i++;
            continue;
        }
        if (!st->transient++)
            snprintf(st->transient_what, sizeof st->transient_what,
                     "%s (line %" PRIu64 "), the SIM working at line %" PRIu64, pd->what,
                     pd->answer_line, at);
        ats_eng_saw(c->e, c->rule);   /* the capture showed the SIM working */
        /* not reported: the same answer later may be a fault that stands */
        for (size_t k = 0; k < st->nseen; k++)
            if (!strcmp(st->seen[k], pd->key)) {
                memmove(st->seen[k], st->seen[k + 1], (st->nseen - k - 1) * sizeof st->seen[0]);
                st->nseen--;
                break;
            }
        drop(st, i);
    }
}

/* A boot since an answer, or WAIT_TXNS transactions with nothing against
 * it (or all, at the end): it stands. */
static void settle(ats_rule_ctx *c, int all)
{
    sim_state *st = c->st;
    for (size_t i = 0; i < st->npend;) {
        sim_pending *pd = &st->pend[i];
        if (all || pd->seen >= WAIT_TXNS || ats_eng_state(c->e)->boots != pd->boots) {
            emit(c, pd);
            drop(st, i);
        } else {
            i++;
        }
    }
}

/* What shows the SIM's state: ready, or registered (no registration
 * without one); a fault is a finding. Asked before the tracker takes each
 * record, and at the end for the last. A state set after a pending answer
 * contradicts it. */
static void sim_known(ats_rule_ctx *c)
{
    const ats_state *ms = ats_eng_state(c->e);
    uint64_t sim_at = 0, reg_at = 0;
    int sim = ats_st_last(&ms->sim, &sim_at, NULL) == ST_YES;
    int reg = ats_st_last(&ms->reg, &reg_at, NULL) == ST_YES;
    if (sim || reg)
        ats_eng_saw(c->e, c->rule);
    if (sim)
        contradicted(c, sim_at);
    if (reg)
        contradicted(c, reg_at);
}

/* What the record shows of the SIM working, before the tracker takes it:
 * its ready answer, registration, a command that needs the SIM going
 * through. */
static void sim_worked(ats_rule_ctx *c, const ats_txn *t, int used)
{
    ats_engine *e = c->e;
    sim_state *st = c->st;
    uint64_t at = 0;
    for (size_t i = 0; i < t->nresponses; i++) {
        if (cls_line(e, L_SIM_READY, t->responses[i].text))
            at = t->responses[i].line;
        else if (cls_line(e, L_SIM_FAULT, t->responses[i].text)) {
            st->worked_line = 0;   /* the module says the SIM is gone */
            return;
        }
    }
    const ats_state *ms = ats_eng_state(e);
    uint64_t reg_at = 0;
    if (ats_st_last(&ms->reg, &reg_at, NULL) == ST_YES && reg_at > at)
        at = reg_at;
    if (used && t->final.line > at)
        at = t->final.line;
    if (at) {
        st->worked_line = at;
        st->worked_boots = ms->boots;
    }
}

/* A command's failure with a SIM-fault code after the SIM worked (above):
 * not the SIM's fault. Named in the reason. */
static int refused_not_gone(ats_rule_ctx *c, const ats_txn *t)
{
    sim_state *st = c->st;
    uint64_t boots = ats_eng_state(c->e)->boots;
    if (!st->worked_line || st->worked_boots != boots || st->faulted_boots == boots + 1 ||
        cls_cmd(c->e, C_SIM_QUERY, t))
        return 0;
    if (!st->transient++) {
        char res[120];
        ats_eng_text(res, sizeof res, t->final.text);
        ats_rule_error_meaning(st->errors, res, sizeof res);
        snprintf(st->transient_what, sizeof st->transient_what,
                 "%.60s to %.40s (line %" PRIu64 "), the SIM working at line %" PRIu64 " before",
                 res, ats_eng_cmd(c->e, t), t->final.line, st->worked_line);
    }
    ats_eng_saw(c->e, c->rule);
    return 1;
}

static void sim_finish(ats_rule_ctx *c)
{
    sim_known(c);
    settle(c, 1);
    const sim_state *st = c->st;
    if (st->transient) {
        char why[320];
        snprintf(why, sizeof why, "%" PRIu64 " SIM fault answer%s the capture contradicts, not "
                 "reported: %s",
                 st->transient, st->transient > 1 ? "s" : "", st->transient_what);
        ats_eng_partly(c->e, c->rule, why);
    }
}

static void sim_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    sim_state *st = c->st;
    sim_known(c);
    /* a command that needs the SIM, or a data call, went through */
    int used = !ats_final_is_failure(t->final_kind) && t->final_kind != ATS_FINAL_NONE &&
               ((t->flags & ATS_TF_DATA_MODE) || cls_cmd(e, C_SIM_USE, t));
    if (used)
        contradicted(c, t->final.line ? t->final.line : t->last_line);
    for (size_t i = 0; i < st->npend; i++)
        st->pend[i].seen++;
    settle(c, 0);
    if (t->final_kind != ATS_FINAL_NONE && ats_final_is_failure(t->final_kind) &&
        cls_line(e, L_SIM_FAULT, t->final.text)) {
        if (!refused_not_gone(c, t))
            report(c, t, &t->final, 1);
        return;
    }
    sim_worked(c, t, used);
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
    settle(c, 0);
    if (u->boot)
        ((sim_state *)c->st)->worked_line = 0;
    if (cls_line(c->e, L_SIM_FAULT, u->item.text)) {
        ((sim_state *)c->st)->worked_line = 0;
        report(c, NULL, &u->item, 0);
    } else if (cls_line(c->e, L_SIM_READY, u->item.text)) {
        ((sim_state *)c->st)->worked_line = u->item.line;
        ((sim_state *)c->st)->worked_boots = ats_eng_state(c->e)->boots;
    }
}

const ats_rule_desc ats_rule_sim_fault = {
    .id = "sim-fault",
    .names_cause = 1,
    .severity = ATS_SEV_WARNING,
    .summary = "the module never says its SIM is missing or unusable (the profile's sim_fault "
               "answers: not inserted, failure, wrong); each such answer is reported once, "
               "as the SIM's fault, not the host's",
    .needs_classes = "sim_fault",
    .state_size = sizeof(sim_state),
    .no_evidence = "the capture never shows the SIM's state (no SIM-ready answer or report, no "
                   "registration)",
    .needs = ATS_NEED_FAILURES,
    .on = {.init = sim_init, .txn = sim_txn, .urc = sim_urc, .finish = sim_finish},
};
