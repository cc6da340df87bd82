/* rule_session.c - escape-guard, power-cycle-interval, cfun-zero,
 * attach-preconditions, first-command. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "rules_util.h"

/* escape-guard: "+++" needs guard_s of silence from the host before and
 * after, and no line end. Only a capture with time and direction shows it. */
typedef struct escape_state {
    double guard_s;
    uint64_t escapes;
    uint64_t unshown, unshown_line;   /* escapes of sessions the capture does not show */
    uint64_t line;            /* the last escape, for the silence after */
    ats_time time;
} escape_state;

static void escape_init(ats_rule_ctx *c)
{
    escape_state *st = c->st;
    st->guard_s = ats_eng_param(c->e, c->rule, "guard_s");
}

static void escape_data(ats_rule_ctx *c, const ats_data *d)
{
    ats_engine *e = c->e;
    escape_state *st = c->st;
    if (!d->transparent || !d->escape_line || !e->ci.has_time || !e->ci.has_direction)
        return;
    /* an escape that opens the stretch, no data before it: a library's
     * blind +++ at start-up, in case the module was left in data mode
     * (mongoose-os pppos); the capture shows no session it left, so
     * neither its guard nor the wait after it can be judged */
    if (d->unshown) {
        if (!st->unshown++)
            st->unshown_line = d->escape_line;
        return;
    }
    st->escapes++;
    uint64_t L = d->escape_line;
    /* line ends and what shares a line are only the wire's in a lossless
     * format; the guard time is in the stamps of any timed, directed one */
    if ((d->escape_eol || d->escape_inline) && !e->ci.lossy)
        ats_eng_violation(e, c->rule, L, d->escape_time, 0, "escape", "the escape +++ %s",
                          d->escape_inline ? "came right after data on the same line"
                                           : "was followed by a line end");
    else if (same_clock(d->before_escape, d->escape_time) &&
             surely_under(secs(d->before_escape, d->escape_time),
                          stamp_step(d->before_escape, d->escape_time), st->guard_s))
        ats_eng_violation(e, c->rule, L, d->escape_time, 0, "escape",
                          "the escape +++ came %.3f s after the last data (at least %g s of "
                          "silence)",
                          secs(d->before_escape, d->escape_time), st->guard_s);
    /* an earlier +++ the module did not take (the host had to send it
     * again): judged by its own guard, which is most often why */
    if (d->missed_escape_line && same_clock(d->before_missed_escape, d->missed_escape_time) &&
        surely_under(secs(d->before_missed_escape, d->missed_escape_time),
                     stamp_step(d->before_missed_escape, d->missed_escape_time), st->guard_s)) {
        ats_eng_violation(e, c->rule, d->missed_escape_line, d->missed_escape_time, 0,
                          "escape-missed",
                          "the escape +++ came %.3f s after the last data (at least %g s of "
                          "silence), and the module stayed in data mode until the +++ at line %" PRIu64,
                          secs(d->before_missed_escape, d->missed_escape_time), st->guard_s, L);
        ats_eng_related(e, L, "the escape taken");
    }
    st->line = L;
    st->time = d->escape_time;
}

static void escape_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    escape_state *st = c->st;
    if (!st->line || t->first_line <= st->line)
        return;
    if (same_clock(st->time, t->command.time) &&
        surely_under(secs(st->time, t->command.time), stamp_step(st->time, t->command.time),
                     st->guard_s)) {
        ats_eng_violation(e, c->rule, st->line, st->time, t->id, "escape",
                          "%s was sent %.3f s after the escape +++ (at least %g s of silence)",
                          ats_eng_cmd(e, t), secs(st->time, t->command.time), st->guard_s);
        ats_eng_related(e, t->first_line, "too early");
    }
    st->line = 0;
}

static void escape_finish(ats_rule_ctx *c)
{
    ats_engine *e = c->e;
    const escape_state *st = c->st;
    if (e->ci.has_time && e->ci.has_direction && !st->escapes && st->unshown)
        snprintf(e->na_reason[c->rule], sizeof e->na_reason[c->rule],
                 "the escape at line %" PRIu64 " left a data session the capture does not show",
                 st->unshown_line);
    else if (e->ci.has_time && e->ci.has_direction && !st->escapes)
        snprintf(e->na_reason[c->rule], sizeof e->na_reason[c->rule],
                 "no data-mode escape in the capture");
    else if (st->escapes && e->ci.lossy)
        ats_eng_partly(e, c->rule,
                       "the capture format loses bytes (lossy): no line end after +++ not checked");
}

static const ats_rule_param escape_params[] = {
    {"guard_s", ATS_PARAM_SECONDS, 1, 0, -1},
    {NULL, 0, 0, 0, 0},
};

const ats_rule_desc ats_rule_escape_guard = {
    .id = "escape-guard",
    .names_cause = 1,
    .severity = ATS_SEV_ERROR,
    .summary = "the data-mode escape has guard_s of silence before and after, and no line end",
    .needs = ATS_NEED_TIME | ATS_NEED_DIRECTION,
    .params = escape_params,
    .state_size = sizeof(escape_state),
    .on = {.init = escape_init, .txn = escape_txn, .data = escape_data, .finish = escape_finish},
};

/* power-cycle-interval: each power-off the tracker sees (a power-off command
 * that succeeded, or a boot with none before it), with the time since the
 * previous. */
typedef struct power_event {
    uint64_t line;
    ats_time time;
} power_event;

typedef struct power_state {
    double min_interval_s, after_count, long_interval_s;
    power_event last[8];
    size_t n;
    uint64_t count;
} power_state;

static void power_init(ats_rule_ctx *c)
{
    power_state *st = c->st;
    st->min_interval_s = ats_eng_param(c->e, c->rule, "min_interval_s");
    st->after_count = ats_eng_param(c->e, c->rule, "after_count");
    st->long_interval_s = ats_eng_param(c->e, c->rule, "long_interval_s");
}

static void power_off(ats_rule_ctx *c, const ats_track_event *ev)
{
    power_state *st = c->st;
    if (ev->kind != ATS_TRK_POWER_OFF)
        return;
    st->count++;
    if (st->n && ev->time.kind != ATS_TIME_NONE) {
        const power_event *prev = &st->last[(st->n - 1) % 8];
        if (prev->time.kind == ev->time.kind) {
            double gap = (double)(ev->time.us - prev->time.us) / 1e6;
            double limit = (double)st->count > st->after_count ? st->long_interval_s
                                                                : st->min_interval_s;
            ats_eng_saw(c->e, c->rule);
            if (surely_under(gap, stamp_step(prev->time, ev->time), limit)) {
                ats_eng_violation(c->e, c->rule, ev->line, ev->time, 0, "power",
                                  "power-off %.1f s after the previous one (at least %g s%s)", gap,
                                  limit,
                                  limit == st->long_interval_s ? " after repeated power cycles"
                                                               : "");
                ats_eng_related(c->e, prev->line, "previous power-off");
            }
        }
    }
    st->last[st->n % 8].line = ev->line;
    st->last[st->n % 8].time = ev->time;
    st->n++;
}

static const ats_rule_param power_params[] = {
    {"min_interval_s", ATS_PARAM_SECONDS, 300, 0, -1},
    {"after_count", ATS_PARAM_COUNT, 5, 0, -1},
    {"long_interval_s", ATS_PARAM_SECONDS, 600, 0, -1},
    {NULL, 0, 0, 0, 0},
};

const ats_rule_desc ats_rule_power_cycle_interval = {
    .id = "power-cycle-interval",
    .severity = ATS_SEV_WARNING,
    .summary = "at least min_interval_s between two power-offs, long_interval_s after after_count",
    .needs = ATS_NEED_TIME,
    .needs_classes = "power_off",
    .params = power_params,
    .state_size = sizeof(power_state),
    .no_evidence = "fewer than two timestamped power-offs in the capture: no interval to measure",
    .on = {.init = power_init, .state = power_off},
};

static void cfun_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    const char *cmd = ats_eng_cmd(e, t);
    const char *vars[] = {"cmd", cmd, NULL};
    ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id, cmd, "%s",
                      ats_eng_msg(e, c->rule, NULL,
                                  "{cmd}: the profile lists it among the commands not to send",
                                  vars));
}

const ats_rule_desc ats_rule_cfun_zero = {
    .id = "cfun-zero",
    .names_cause = 1,
    .severity = ATS_SEV_ERROR,
    .summary = "no command of the profile's forbidden class is sent",
    .needs_classes = "forbidden",
    .txn_classes = 1u << C_FORBIDDEN,
    .on = {.txn = cfun_txn},
};

/* A data call that failed with no boot seen before it and nothing said of
 * the SIM or the registration: the SIM reporting itself ready right after
 * it shows neither was there yet (Zephyr modem_chat dials ATD*99***1#, gets
 * NO CARRIER and aborts; only then come +CPIN: READY and +CEREG: 2). A
 * registration status alone shows less: a module that says "searching"
 * after a failed call may have lost a registration it had at the call (a
 * host retrying with back-off after the network dropped it: held-out
 * batches 25 and 27 label that no fault). */
typedef struct early_call {
    uint64_t line, txn;
    ats_time time;
    char cmd[120];
    uint64_t sim_line;        /* the SIM's unsolicited ready report after it, 0 none */
} early_call;

#define EARLY_MAX 4

typedef struct attach_state {
    uint64_t attaches, unknown;   /* data calls; those with no boot seen before them */
    /* data calls made with SIM or registration not asked since the boot,
     * and that came up: the network had the module (a call needs the
     * attach, 27.007 10.1.10), the state was never in doubt */
    uint64_t unasked_up, unasked_line;
    early_call early[EARLY_MAX];
    size_t nearly;
} attach_state;

/* The call came up: its final OK and, for an asynchronous one, its
 * completion a success. */
static int came_up(const ats_txn *t)
{
    if (t->final_kind != ATS_FINAL_OK && t->final_kind != ATS_FINAL_CONNECT)
        return 0;
    /* (ATS_COMPL_NONE: not asynchronous; a pending or missing completion
     * shows nothing) */
    return t->status == ATS_TXN_COMPLETE &&
           (t->completion == ATS_COMPL_SUCCESS || t->completion == ATS_COMPL_NONE);
}

/* An attach before the state was seen, whose own outcome shows it: held
 * as no violation, said in the status. */
static int unasked_but_up(attach_state *st, const ats_txn *t)
{
    if (!came_up(t))
        return 0;
    if (!st->unasked_up++)
        st->unasked_line = t->first_line;
    return 1;
}

static int call_failed(const ats_txn *t)
{
    return (t->final_kind != ATS_FINAL_NONE && ats_final_is_failure(t->final_kind)) ||
           t->completion == ATS_COMPL_FAILURE;
}

/* The window after an early call is over: a finding if the SIM reported
 * itself ready in it, while the host only waited or asked: the SIM came up
 * after the call, and the network takes the module only after its SIM, so
 * neither was there when the call was made. Else nothing is known (the
 * call stays among the unknown ones). */
static void early_judge(ats_rule_ctx *c, size_t i)
{
    attach_state *st = c->st;
    early_call x = st->early[i];
    st->early[i] = st->early[--st->nearly];
    if (!x.sim_line)
        return;
    ats_engine *e = c->e;
    ats_eng_saw(e, c->rule);
    ats_eng_violation(e, c->rule, x.line, x.time, x.txn, "attach",
                      "%s sent before SIM ready and network registration was seen, and "
                      "failed: the SIM reported itself ready only after it (line %" PRIu64 ")",
                      x.cmd, x.sim_line);
    ats_eng_related(e, x.sim_line, "SIM ready report");
    ats_eng_flush(e);
}

/* A command that is no query ends every window: what the module says
 * after it may be its doing (AT+CFUN=1 brings the SIM up, AT+CPIN=<pin>
 * unlocks it). */
static void attach_before(ats_rule_ctx *c, const ats_record *r)
{
    attach_state *st = c->st;
    if (!st->nearly || r->kind != ATS_REC_TXN || !r->txn->first_line)
        return;
    const ats_txn *t = r->txn;
    ats_engine *e = c->e;
    if ((t->flags & ATS_TF_QUERY) || cls_cmd(e, C_NETWORK_QUERY, t) || cls_cmd(e, C_SIM_QUERY, t))
        return;
    while (st->nearly)
        early_judge(c, 0);
}

static void attach_urc(ats_rule_ctx *c, const ats_urc *u)
{
    attach_state *st = c->st;
    if (!st->nearly)
        return;
    if (u->boot) {   /* the module started over: what it says next is of the new start */
        while (st->nearly)
            early_judge(c, 0);
        return;
    }
    if (u->inside_txn || !cls_line(c->e, L_SIM_READY, u->item.text))
        return;
    for (size_t i = 0; i < st->nearly; i++)
        if (!st->early[i].sim_line && u->item.line > st->early[i].line)
            st->early[i].sim_line = u->item.line;
}

/* A data call that failed with no boot seen and the state unknown: its
 * window opens (early_judge). */
static void early_hold(ats_rule_ctx *c, const ats_txn *t)
{
    attach_state *st = c->st;
    ats_engine *e = c->e;
    const ats_state *ms = ats_eng_state(e);
    uint64_t L = t->first_line;
    if (ats_st_at(&ms->sim, L, NULL) == ST_YES || ats_st_at(&ms->reg, L, NULL) != ST_UNKNOWN)
        return;
    if (st->nearly == EARLY_MAX)
        early_judge(c, 0);
    early_call *x = &st->early[st->nearly++];
    memset(x, 0, sizeof *x);
    x->line = L;
    x->txn = t->id;
    x->time = t->command.time;
    snprintf(x->cmd, sizeof x->cmd, "%s", ats_eng_cmd(e, t));
}

static void attach_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    attach_state *st = c->st;
    const ats_state *ms = ats_eng_state(e);
    uint64_t L = t->first_line, boot = ms->boot_line;
    st->attaches++;
    uint64_t simr = ms->sim_report_line;
    if ((!boot || boot >= L) && simr && simr < L) {
        /* no boot seen, but the SIM reporting itself ready unasked (L610's
         * +SIM READY, SIMCom's +CPIN: READY at start-up or after AT+CFUN=1):
         * it has just come up, and the network takes the module only after
         * it, so a registration must be seen after that report */
        uint64_t at = 0;
        int reg = ats_st_at(&ms->reg, L, &at);
        ats_eng_saw(e, c->rule);
        if ((reg != ST_YES || at < simr) &&
            !((reg != ST_NO || at < simr) && unasked_but_up(st, t))) {
            ats_eng_violation(e, c->rule, L, t->command.time, t->id, "attach",
                              "%s sent before network registration was seen since the SIM "
                              "reported itself ready at line %" PRIu64,
                              ats_eng_cmd(e, t), simr);
            ats_eng_related(e, simr, "SIM ready report");
        }
        return;
    }
    if (!boot || boot >= L) {
        /* no boot seen: SIM and registration may predate the capture, unless
         * the module's own last word on the registration (an answer or a
         * report in the capture) said it was not registered */
        uint64_t at = 0;
        if (ats_st_at(&ms->reg, L, &at) != ST_NO) {
            st->unknown++;
            if (call_failed(t))
                early_hold(c, t);
            return;
        }
        ats_eng_saw(e, c->rule);
        ats_eng_violation(e, c->rule, L, t->command.time, t->id, "attach",
                          "%s sent while the module's last registration status (line %" PRIu64
                          ") was not registered",
                          ats_eng_cmd(e, t), at);
        ats_eng_related(e, at, "registration status");
        return;
    }
    ats_eng_saw(e, c->rule);
    int sim = ats_st_at(&ms->sim, L, NULL), reg = ats_st_at(&ms->reg, L, NULL);
    if (reg == ST_YES)   /* registered (home or roaming) needs a working SIM: 27.007 <stat> 1, 5 */
        sim = ST_YES;
    if ((sim != ST_YES || reg != ST_YES) &&
        !(sim != ST_NO && reg != ST_NO && unasked_but_up(st, t))) {
        ats_eng_violation(e, c->rule, L, t->command.time, t->id, "attach",
                          "%s sent before %s was seen since the boot at line %" PRIu64,
                          ats_eng_cmd(e, t),
                          sim != ST_YES && reg != ST_YES ? "SIM ready and network registration"
                          : sim != ST_YES               ? "SIM ready"
                                                        : "network registration",
                          boot);
        ats_eng_related(e, boot, "boot report");
    }
}

static void attach_finish(ats_rule_ctx *c)
{
    attach_state *st = c->st;
    while (st->nearly)
        early_judge(c, 0);
    if (st->attaches && st->unknown == st->attaches && !c->e->saw[c->rule]) {
        snprintf(c->e->na_reason[c->rule], sizeof c->e->na_reason[c->rule],
                 "capture does not show the module's boot before the data call");
    } else if (st->unasked_up) {
        char why[200];
        snprintf(why, sizeof why,
                 "%" PRIu64 " data call%s (from line %" PRIu64 ") made without SIM or "
                 "registration seen came up: the network had the module",
                 st->unasked_up, st->unasked_up > 1 ? "s" : "", st->unasked_line);
        ats_eng_partly_or_na(c->e, c->rule, c->e->saw[c->rule], why);
    }
}

const ats_rule_desc ats_rule_attach_preconditions = {
    .id = "attach-preconditions",
    .names_cause = 1,
    .severity = ATS_SEV_WARNING,
    .summary = "the data call starts only after SIM ready and registration were seen since the "
               "boot",
    .needs_classes = "attach sim_ready registration_response|registration_urc",
    .state_size = sizeof(attach_state),
    .txn_classes = 1u << C_ATTACH,
    .no_evidence = "no data call in the capture",
    .needs = ATS_NEED_UNSOLICITED,
    .on = {.before = attach_before, .txn = attach_txn, .urc = attach_urc,
           .finish = attach_finish},
};

typedef struct first_state {
    uint64_t after_boot;      /* boot line still waiting for its first command */
    int saw_boot;
} first_state;

static void first_urc(ats_rule_ctx *c, const ats_urc *u)
{
    first_state *st = c->st;
    if (u->boot) {
        st->after_boot = u->item.line;
        st->saw_boot = 1;
    }
}

static void first_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    first_state *st = c->st;
    if (!st->after_boot || t->first_line <= st->after_boot)
        return;
    ats_eng_saw(e, c->rule);
    if (!is_plain_at(t)) {
        ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id, "first",
                          "the first command after the boot report (line %" PRIu64
                          ") is %s, not a plain AT (the baud rate may not be detected yet)",
                          st->after_boot, ats_eng_cmd(e, t));
        ats_eng_related(e, st->after_boot, "boot report");
    }
    st->after_boot = 0;
}

static void first_finish(ats_rule_ctx *c)
{
    const first_state *st = c->st;
    if (!st->saw_boot)
        snprintf(c->e->na_reason[c->rule], sizeof c->e->na_reason[c->rule],
                 "capture shows no boot report");
}

const ats_rule_desc ats_rule_first_command = {
    .id = "first-command",
    .severity = ATS_SEV_INFO,
    .summary = "the first command after a boot report is a plain AT, not a setting",
    .state_size = sizeof(first_state),
    .no_evidence = "no command after the boot report",
    /* the first command may be one the printer did not log */
    .needs = ATS_NEED_UNSOLICITED | ATS_NEED_COMMANDS,
    .on = {.txn = first_txn, .urc = first_urc, .finish = first_finish},
};
