/* rule_async.c - async-overlap, response-timeout, completion-timeout. */
#include <inttypes.h>
#include <stdio.h>
#include "rules_util.h"

static const char *first_name(const ats_txn *t) { return t->ncmds ? t->cmds[0].name.ptr : ""; }

/* the waits the host gave up on: it closed the socket a command waited
 * on (BG96 TCP/IP AN 2.3.7: no +QIOPEN in 150 s, AT+QICLOSE); nothing waits
 * on that command after, whatever comes */
#define EARLY_MAX 8
typedef struct overlap_state {
    uint64_t abandoned[ATS_MAX_WAITING];
    unsigned n;
    /* commands that used what a non-blocking async command was still making
     * (a send on a socket whose open waits, an MQTT connect on a client
     * whose open waits): judged when that command's record shows its
     * completion came after them (a trace that dropped the completion line
     * leaves them unjudged) */
    struct early_use {
        uint64_t wait_txn, wait_line, line, txn;
        ats_time time;
        char cmd[100], other[100], name[64], key[120];
    } early[EARLY_MAX];
    size_t nearly;
} overlap_state;

static int abandoned(const overlap_state *st, uint64_t id)
{
    for (unsigned i = 0; i < st->n && i < ATS_MAX_WAITING; i++)
        if (st->abandoned[i] == id)
            return 1;
    return 0;
}

/* w's id argument as a number, -1 if it is none */
static int wait_id(const ats_waiting *w)
{
    int id = 0;
    size_t k = 0;
    while (k < w->sock.len && k < 6 && w->sock.ptr[k] >= '0' && w->sock.ptr[k] <= '9')
        id = id * 10 + (w->sock.ptr[k++] - '0');
    return k && k == w->sock.len ? id : -1;
}

/* Does t close the socket w waits on? */
static int closes_wait(ats_engine *e, const ats_txn *t, const ats_waiting *w)
{
    if (!cls_cmd(e, C_CLOSE, t) || !w->sock.len)
        return 0;
    int s = eng_txn_sock(e, t), id = wait_id(w);
    return s >= 0 && id >= 0 && id == s;
}

/* Does t use what the non-blocking w is still making? A command of w's
 * async.users on its id (the builder's uses), or a send on the socket an
 * open waits for (SIMCom A76xx AT+CIPSEND before +CIPOPEN: <id>,0; Quectel
 * AT+QISEND before +QIOPEN: <id>,0): the module takes other commands while
 * the open waits (a query of state, AT+CSQ, is no overlap), but there is no
 * connection to use yet. */
static int uses_wait(ats_engine *e, const ats_txn *t, const ats_waiting *w)
{
    if (w->uses)
        return 1;
    if (!w->sock.len || !cls_cmd(e, C_SEND, t) ||
        (!ats_classes_set_name(&e->rs->cls, C_OPEN, w->cmd.ptr, w->cmd.len) &&
         !ats_classes_set_name(&e->rs->cls, C_OPEN, w->name.ptr, w->name.len)))
        return 0;
    int s = eng_txn_sock(e, t), id = wait_id(w);
    return s >= 0 && id >= 0 && id == s;
}

/* t's record came: the commands that used what it was making while it
 * waited are overlaps if its completion came after them. */
static void early_uses(ats_rule_ctx *c, const ats_txn *t)
{
    overlap_state *st = c->st;
    ats_engine *e = c->e;
    for (size_t i = 0; i < st->nearly;) {
        const struct early_use *x = &st->early[i];
        if (x->wait_txn != t->id) {
            i++;
            continue;
        }
        if ((t->completion == ATS_COMPL_SUCCESS || t->completion == ATS_COMPL_FAILURE) &&
            t->completion_item.line > x->line) {
            ats_eng_saw(e, c->rule);
            ats_eng_violation(e, c->rule, x->line, x->time, x->txn, x->key,
                              "%s sent while %s still waited for %s (sent at line %" PRIu64
                              "; it came only at line %" PRIu64 ")",
                              x->cmd, x->other, x->name, x->wait_line, t->completion_item.line);
            ats_eng_related(e, x->wait_line, "%s sent here", x->other);
            ats_eng_flush(e);
        }
        st->early[i] = st->early[--st->nearly];
    }
}

/* t used what the non-blocking w was making: held until w's record says
 * whether its completion came after t */
static void hold_use(ats_rule_ctx *c, const ats_txn *t, const ats_waiting *w)
{
    overlap_state *st = c->st;
    if (st->nearly == EARLY_MAX)
        return;
    struct early_use *x = &st->early[st->nearly++];
    x->wait_txn = w->id;
    x->wait_line = w->line;
    x->line = t->first_line;
    x->txn = t->id;
    x->time = t->command.time;
    snprintf(x->cmd, sizeof x->cmd, "%s", ats_eng_cmd(c->e, t));
    ats_eng_text(x->other, sizeof x->other, w->command);
    ats_eng_text(x->name, sizeof x->name, w->name);
    char name[64];
    memcpy(name, x->name, sizeof name);
    snprintf(x->key, sizeof x->key, "%.40s|%.40s", first_name(t), name);
}

static void overlap_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    overlap_state *st = c->st;
    if (st->nearly)
        early_uses(c, t);
    if (t->flags & ATS_TF_BLOCKING)
        ats_eng_saw(e, c->rule);   /* a wait the host had to respect */
    for (size_t i = 0; i < t->nwaiting; i++) {
        const ats_waiting *w = &t->waiting[i];
        if (abandoned(st, w->id))
            continue;
        if (closes_wait(e, t, w)) {
            st->abandoned[st->n++ % ATS_MAX_WAITING] = w->id;
            continue;
        }
        if (!w->blocking) {
            if (t->ncmds && (t->cmds[0].type == ATS_CMD_SET || t->cmds[0].type == ATS_CMD_EXECUTE) &&
                uses_wait(e, t, w)) {
                hold_use(c, t, w);
                break;
            }
            continue;
        }
        char key[120], other[200], name[64];
        ats_eng_text(other, sizeof other, w->command);
        ats_eng_text(name, sizeof name, w->name);
        snprintf(key, sizeof key, "%.40s|%.40s", first_name(t), name);
        ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id, key,
                          "%s sent while %s still waits for %s (sent at line %" PRIu64 ")",
                          ats_eng_cmd(e, t), other, name, w->line);
        ats_eng_related(e, w->line, "%s sent here", other);
        break;
    }
}

const ats_rule_desc ats_rule_async_overlap = {
    .id = "async-overlap",
    .names_cause = 1,
    .severity = ATS_SEV_ERROR,
    .summary = "no command (query included) is sent while an async command still waits for its "
               "completion",
    .no_evidence = "no command that blocks until its completion in the capture: nothing had to "
                   "be waited for",
    .needs = ATS_NEED_UNSOLICITED,
    .state_size = sizeof(overlap_state),
    .on = {.txn = overlap_txn},
};

/* A command that got no final result, waiting to be judged: by the next
 * command's time (did the host wait out the command's limit?), or by the
 * capture showing the module answer anything at all. */
typedef struct unanswered {
    uint64_t line, txn;
    ats_time time;
    double limit;
    int no_prompt;              /* a send with a declared length whose prompt never came */
    int echoed;
    char name[40], cmd[100];
} unanswered;

#define HELD_MAX 16
#define PROBES_MAX 8

/* The host's wait-for-boot probe: a bare AT, or ATE0 / ATE1 (the echo
 * setting many libraries send first), nothing else on the line. */
static int boot_probe(const ats_txn *t) { return is_plain_at(t) || echo_setting(t) >= 0; }

typedef struct response_state {
    double default_timeout_s;
    /* the last command without a final, while the next command's time
     * is not known yet */
    unanswered gap;
    int has_gap;
    /* commands without a final before any command got one: a capture
     * that shows only the host's writes (a tool that logs what it sends,
     * a one-way tap) looks so, and it cannot say the module was silent */
    int any_final;
    unanswered held[HELD_MAX];
    size_t nheld;
    uint64_t held_more, held_line;
    /* commands the profile does not know that got answer lines and no final
     * the profile knows: a vendor's own final (BC660K AT+QISEND=<id>,<len>,
     * <hex> answers SEND OK, under the 3gpp base) looks so; not judged */
    uint64_t unread, unread_line;
    char unread_cmd[64];
    /* the previous transaction's final: its line and time */
    uint64_t prev_final_line;
    ats_time prev_final_time;
    /* answers whose latency the stamps cannot place on either side of the
     * limit (whole-second syslog stamps, 1 s measured against 1 s), and
     * commands glued behind the previous final: not judged */
    uint64_t coarse, coarse_line, glued, glued_line;
    double coarse_step;
    /* the widest spread the stamps put between the first answer line and
     * the final result of one burst (a read, a test, an identification),
     * and the answers over their limit by less than it: not judged */
    double spread;
    uint64_t spread_line, spread_na, spread_na_line;
    /* a power-off command succeeded (the tracker's event) and the module
     * has answered nothing since: a command then unanswered, the host's
     * probe that the module is off (ubxlib sends AT after AT+CPWROFF), was
     * due no answer; not judged */
    uint64_t off_line, asleep, asleep_line;
    uint64_t oneline, oneline_line;
    /* a command unanswered and not echoed, judged once the next shows
     * whether the module echoes: one that echoes the next did not take it */
    unanswered pend;
    int has_pend;
    /* probes unanswered in a row after the module had answered, held until
     * the capture says more: a boot report next says the module was booting
     * (they were the host's wait for it, no answer due), a command answered
     * next judges them as any other; probe_next: each one's next command */
    unanswered probes[PROBES_MAX];
    ats_time probe_next[PROBES_MAX];
    size_t nprobes;
    /* the module's or the host's last line before the probes (a final, a
     * URC): how long the line had been quiet when the first probe went */
    ats_time quiet_from;
    double probe_idle;
    /* probes after a long quiet, the next one answered at once: the
     * characters that woke a sleeping module (PSM, UART sleep) */
    uint64_t woke, woke_line;
    double woke_idle;
    uint64_t booting, booting_line;
    uint64_t early, early_line;
    /* the last command got no final result (the host went on, or gave
     * up): a bare final of the next one may be that one's late answer */
    int prev_open;
    uint64_t doubt, doubt_line;
    /* commands still without a final when the capture ended (the first,
     * and how many): judged at the end against the last moment the
     * capture shows (the library's own stamped lines too: chan_quectel's
     * "Command 'AT+CPIN' timeout" notice 25 s on); never a silent pass */
    unanswered cut;
    ats_time cut_last;          /* its last answer line's time (a cut answer) */
    uint64_t ncut;
    int cut_bare;               /* it got no answer line at all */
    int cut_told;               /* judged by a finding (judge_cut) */
} response_state;

/* t's time limit: the profile's for its command, else the rule's default */
static double cmd_limit(const response_state *s, const ats_txn *t)
{
    return t->info.timeout_s > 0 ? t->info.timeout_s : s->default_timeout_s;
}

static void response_init(ats_rule_ctx *c)
{
    response_state *s = c->st;
    s->default_timeout_s = ats_eng_param(c->e, c->rule, "default_timeout_s");
}

static void no_final(ats_rule_ctx *c, const unanswered *u)
{
    ats_eng_saw(c->e, c->rule);
    ats_eng_violation(c->e, c->rule, u->line, u->time, u->txn, u->name,
                      "%s got no %sfinal result before the next command", u->cmd,
                      u->no_prompt ? "prompt and no " : "");
}

/* u with no final, judged once the module has shown it answers at all */
static void hold_or_report(ats_rule_ctx *c, const unanswered *u)
{
    response_state *s = c->st;
    if (s->any_final) {
        no_final(c, u);
        return;
    }
    if (!s->nheld && !s->held_more)
        s->held_line = u->line;
    if (s->nheld < HELD_MAX)
        s->held[s->nheld++] = *u;
    else
        s->held_more++;
}

/* The next command came at next (or never: NULL): before the command's own
 * time limit, the host stopped waiting; the module was not late. */
static void judge_gap(ats_rule_ctx *c, const ats_time *next)
{
    response_state *s = c->st;
    if (!s->has_gap)
        return;
    s->has_gap = 0;
    const unanswered *u = &s->gap;
    if (next && same_clock(u->time, *next) && next->us >= u->time.us &&
        surely_under(secs(u->time, *next), stamp_step(u->time, *next), u->limit)) {
        ats_eng_saw(c->e, c->rule);
        ats_eng_violation(c->e, c->rule, u->line, u->time, u->txn, u->name,
                          "%s got no %sfinal result: the host sent the next command %.3f s "
                          "later, within the command's time limit (%g s): the host stopped "
                          "waiting, not the module",
                          u->cmd, u->no_prompt ? "prompt and no " : "", secs(u->time, *next),
                          u->limit);
        return;
    }
    hold_or_report(c, u);
}

/* The library's own line says it stopped waiting (gave_up): the capture
 * shows the wait, so no next command's time is needed; when the library's
 * timeout ran out before the command's own limit, the module is not the
 * one that was late. */
static void host_gave_up(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    response_state *s = c->st;
    double limit = cmd_limit(s, t);
    const ats_time *a = &t->command.time, *g = &t->gave_up.time;
    int timed = a->kind != ATS_TIME_NONE && same_clock(*a, *g) && g->us >= a->us;
    double waited = timed ? secs(*a, *g) : 0;
    ats_eng_saw(e, c->rule);
    if (timed && limit > 0 && surely_under(waited, stamp_step(*a, *g), limit))
        ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id, first_name(t),
                          "%s got no final result: the host library gave up waiting after "
                          "%.3f s (line %" PRIu64 "), within the command's time limit (%g s): "
                          "the library's own timeout was shorter, not the module late",
                          ats_eng_cmd(e, t), waited, t->gave_up.line, limit);
    else if (timed && limit > 0)
        ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id, first_name(t),
                          "%s got no final result: the host library gave up waiting after "
                          "%.3f s (line %" PRIu64 ", limit %g s)",
                          ats_eng_cmd(e, t), waited, t->gave_up.line, limit);
    else if (timed)
        ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id, first_name(t),
                          "%s got no final result: the host library gave up waiting after "
                          "%.3f s (line %" PRIu64 ")",
                          ats_eng_cmd(e, t), waited, t->gave_up.line);
    else
        ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id, first_name(t),
                          "%s got no final result: the host library gave up waiting "
                          "(line %" PRIu64 ")",
                          ats_eng_cmd(e, t), t->gave_up.line);
    ats_eng_related(e, t->gave_up.line, "the host library gave up");
}

/* A power-off the tracker saw: a command's (not an unannounced boot's,
 * after which the module is on again) */
static void response_state_change(ats_rule_ctx *c, const ats_track_event *ev)
{
    response_state *s = c->st;
    if (ev->kind == ATS_TRK_POWER_OFF && c->e->tk.off_since_boot)
        s->off_line = ev->line;
}

/* An unanswered command: judged against the next command's time where
 * both are stamped, else once the module shows it answers at all. */
static void route(ats_rule_ctx *c, const unanswered *u)
{
    response_state *s = c->st;
    if (u->limit > 0 && u->time.kind != ATS_TIME_NONE) {
        s->gap = *u;
        s->has_gap = 1;
    } else {
        hold_or_report(c, u);
    }
}

/* The command unanswered and not echoed before t (NULL: the capture's
 * end): where the module echoes t, it echoes what it reads, so it did not
 * read that one (asleep, not up yet, detecting the baud rate: the first
 * ATZ of a host's init while its echoed commands after it are answered);
 * whether it answered late is not the question then. */
static void judge_pend(ats_rule_ctx *c, const ats_txn *t)
{
    response_state *s = c->st;
    if (!s->has_pend)
        return;
    s->has_pend = 0;
    /* the next command heard nothing either and the library dropped what
     * it had read while that one waited (SMSLib's clearBuffer() after
     * sync()'s ATZ and echoOff()'s ATE0): this one's answer may be among
     * what it dropped, unlogged */
    if (t && (t->flags & ATS_TF_ANSWER_FLUSHED) && t->final_kind == ATS_FINAL_NONE &&
        !t->nresponses)
        return;
    if (t && (t->flags & ATS_TF_ECHO)) {
        if (!s->early++)
            s->early_line = s->pend.line;
        return;
    }
    route(c, &s->pend);
}

/* The probes held, judged as any unanswered command: t is the command after
 * the last one (NULL: the capture ended); where it is echoed and the last
 * probe was not, the module did not read that probe (judge_pend). */
static void release_probes(ats_rule_ctx *c, const ats_txn *t)
{
    response_state *s = c->st;
    size_t n = s->nprobes;
    s->nprobes = 0;
    for (size_t i = 0; i < n; i++) {
        const ats_time *nx = i + 1 < n ? &s->probe_next[i] : t ? &t->command.time : NULL;
        if (i + 1 == n && t && (t->flags & ATS_TF_ECHO) && !s->probes[i].echoed) {
            if (!s->early++)
                s->early_line = s->probes[i].line;
        } else if (s->probes[i].limit > 0 && s->probes[i].time.kind != ATS_TIME_NONE) {
            s->gap = s->probes[i];
            s->has_gap = 1;
            judge_gap(c, nx);
        } else {
            hold_or_report(c, &s->probes[i]);
        }
    }
}

/* A boot report right after probes nothing answered: the module was
 * booting, they were the host's wait for it. */
static void response_urc(ats_rule_ctx *c, const ats_urc *u)
{
    response_state *s = c->st;
    if (u->item.time.kind != ATS_TIME_NONE)
        s->quiet_from = u->item.time;
    if (!u->boot || !s->nprobes)
        return;
    if (!s->booting)
        s->booting_line = s->probes[0].line;
    s->booting += s->nprobes;
    s->nprobes = 0;
    ats_eng_saw(c->e, c->rule);
}

/* A command whose answer the module sends in one burst, its information
 * text and final result together: a read (AT+X?), a test (AT+X=?), an
 * identification (V.250 6.1.1-6.1.4 ATI, +GMI/+GMM/+GMR/+GSN; 27.007 5.1-5.4
 * +CGMI/+CGMM/+CGMR/+CGSN) and the signal quality (27.007 8.5 +CSQ). A
 * progressive answer (ESP-AT's AT+CWLAP, AT+CWJAP) is none of these. */
static int burst_answer(const ats_txn *t)
{
    static const char *const ids[] = {"I", "+GMI", "+GMM", "+GMR", "+GSN", "+CGMI",
                                      "+CGMM", "+CGMR", "+CGSN", "+CSQ", NULL};
    if (t->ncmds != 1)
        return 0;
    if (t->cmds[0].type == ATS_CMD_READ || t->cmds[0].type == ATS_CMD_TEST)
        return 1;
    if (t->cmds[0].type != ATS_CMD_EXECUTE)
        return 0;
    for (size_t i = 0; ids[i]; i++)
        if (strlen(ids[i]) == t->cmds[0].name.len &&
            !memcmp(ids[i], t->cmds[0].name.ptr, t->cmds[0].name.len))
            return 1;
    return 0;
}

/* A final that came only after the host had sent the next command (the
 * builder joined the late answer: final_after_next): the host did not wait
 * for it (V.250 5.2.1: a command line is sent after the final result of the
 * one before; a character received while a command runs may abort it). Over
 * the command's own limit, the latency is the finding (the module was late
 * too): left to the measure below. */
static int late_after_next(ats_rule_ctx *c, const ats_txn *t)
{
    response_state *s = c->st;
    if (!(t->flags & ATS_TF_FINAL_AFTER_NEXT) || !t->final.text.len)
        return 0;
    double limit = cmd_limit(s, t);
    if (limit > 0 && same_clock(t->command.time, t->final.time) &&
        t->final.time.us >= t->command.time.us &&
        surely_over(secs(t->command.time, t->final.time),
                    stamp_step(t->command.time, t->final.time), limit))
        return 0;
    char fin[80];
    ats_eng_text(fin, sizeof fin, t->final.text);
    ats_eng_saw(c->e, c->rule);
    ats_eng_violation(c->e, c->rule, t->first_line, t->command.time, t->id, first_name(t),
                      "%s got its final result (%s, line %" PRIu64 ") only after the host had "
                      "sent the next command: the host did not wait for it",
                      ats_eng_cmd(c->e, t), fin, t->final.line);
    ats_eng_related(c->e, t->final.line, "final result");
    s->prev_final_line = t->final.line;
    s->prev_final_time = t->final.time;
    s->prev_open = 0;
    return 1;
}

/* Probes held after WAKE_IDLE_S of quiet, and t, a probe sent again at
 * once and answered: a module asleep (PSM, eDRX, UART sleep) may lose the
 * characters that wake it, and the host's next AT gets its OK; not the
 * module silent to a command it read. Half a minute of quiet: PSM comes
 * only after the active timer (T3324) ran, and a shorter quiet before a
 * lost probe (a host that powered the module off and found it on) stays
 * a timeout, as does a module that answers only much later. */
#define WAKE_IDLE_S 30.0
#define WAKE_NEXT_S 3.0
static int woken(const response_state *s, const ats_txn *t)
{
    if (s->nprobes > 2 || s->probe_idle < WAKE_IDLE_S || !boot_probe(t) ||
        t->final_kind != ATS_FINAL_OK)
        return 0;
    ats_time last = s->probes[s->nprobes - 1].time;
    return same_clock(last, t->command.time) && secs(last, t->command.time) <= WAKE_NEXT_S;
}

static void response_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    response_state *s = c->st;
    int probe = t->status == ATS_TXN_NO_FINAL && !(t->flags & ATS_TF_DATA_MODE) && boot_probe(t) &&
                e->tk.answered && !t->nresponses;
    if (s->nprobes) {
        if (probe && s->nprobes < PROBES_MAX) {
            s->probe_next[s->nprobes - 1] = t->command.time;
        } else if (woken(s, t)) {
            if (!s->woke) {
                s->woke_line = s->probes[0].line;
                s->woke_idle = s->probe_idle;
            }
            s->woke += s->nprobes;
            s->nprobes = 0;
            ats_eng_saw(e, c->rule);
        } else {
            release_probes(c, t->first_line ? t : NULL);
        }
    }
    judge_pend(c, t->first_line ? t : NULL);
    judge_gap(c, t->first_line ? &t->command.time : NULL);
    if (!e->tk.off_since_boot)      /* a boot report since: the module is on */
        s->off_line = 0;
    if (s->off_line && (t->status == ATS_TXN_HOST_TIMEOUT || t->status == ATS_TXN_NO_FINAL) &&
        !(t->flags & ATS_TF_DATA_MODE)) {
        if (!s->asleep++)
            s->asleep_line = t->first_line;
        s->prev_open = 0;
        return;
    }
    if (t->final_kind != ATS_FINAL_NONE)
        s->off_line = 0;            /* it answers: on again */
    /* a burst's lines stamped apart (a terminal's or a logger's stamps
     * written as it got round to it: Tera Term's, tio's, 0.4 s between the
     * '+CSQ:' line and its OK) say how late a stamp can be: a latency is
     * known only to within that */
    if (t->final.text.len && t->nresponses && burst_answer(t) &&
        same_clock(t->responses[0].time, t->final.time)) {
        double sp = secs(t->responses[0].time, t->final.time);
        if (sp > s->spread) {
            s->spread = sp;
            s->spread_line = t->first_line;
        }
    }
    if (t->final_kind != ATS_FINAL_NONE && !s->any_final) {
        s->any_final = 1;
        for (size_t i = 0; i < s->nheld; i++)
            no_final(c, &s->held[i]);
        s->nheld = 0;
        s->held_more = 0;
    }
    if (late_after_next(c, t))
        return;
    int unknown = 0;
    for (size_t k = 0; k < t->ncmds && k < 32; k++)
        unknown |= (t->unknown_mask & (1u << k)) != 0;
    /* this one left unanswered where the module was listening (not a
     * probe of a booting module, a restart, a baud rate change) */
    int open = 0;
    if (t->status == ATS_TXN_HOST_TIMEOUT && boot_probe(t) && !e->tk.answered) {
        /* the host's probe of a module not yet up, given up on by its own
         * timeout and sent again (mbed ATCmdParser's "AT(Timeout)" while a
         * BC95 boots, Zephyr's init script, mgos trying baud rates): the
         * guide's "send AT until it answers", as below */
    } else if (t->status == ATS_TXN_HOST_TIMEOUT) {
        open = 1;
        host_gave_up(c, t);
    } else if (t->status == ATS_TXN_UNFINISHED && !(t->flags & ATS_TF_DATA_MODE) &&
               t->final_kind == ATS_FINAL_NONE && !(unknown && t->nresponses) &&
               !(boot_probe(t) && !e->tk.answered) && !cls_cmd(e, C_RESET, t) &&
               !cls_cmd(e, C_RATE_CHANGE, t) && !(t->flags & ATS_TF_ANSWER_FLUSHED) &&
               !s->off_line) {
        /* the capture ended while it waited: judged at the end (cut_judge) */
        if (!s->ncut++) {
            unanswered *u = &s->cut;
            *u = (unanswered){.line = t->first_line, .txn = t->id, .time = t->command.time};
            u->limit = cmd_limit(s, t);
            snprintf(u->name, sizeof u->name, "%s", first_name(t));
            snprintf(u->cmd, sizeof u->cmd, "%s", ats_eng_cmd(e, t));
            s->cut_last = t->nresponses ? t->responses[t->nresponses - 1].time : t->command.time;
            s->cut_bare = !t->nresponses;
        }
    } else if (t->status == ATS_TXN_NO_FINAL && !(t->flags & ATS_TF_DATA_MODE) && unknown &&
        t->nresponses) {
        if (!s->unread++) {
            ats_eng_text(s->unread_cmd, sizeof s->unread_cmd, t->command.text);
            s->unread_line = t->first_line;
        }
    } else if (t->status == ATS_TXN_NO_FINAL && !(t->flags & ATS_TF_DATA_MODE)) {
        /* The guide: after power-on, send AT until it answers; the first ones
         * may get nothing while the module detects the baud rate. So after a
         * restart (the reset class: AT+CFUN=1,1), which may also go down
         * before its own final result gets out. A baud rate change answers
         * at the old rate (V.250 6.2.10) while the host may be listening at
         * the new one already (Adafruit's ESP_ATcontrol switches its UART
         * and flushes the input after AT+UART_CUR): not the module silent. */
        if (!(boot_probe(t) && !e->tk.answered) && !cls_cmd(e, C_RESET, t) &&
            !cls_cmd(e, C_RATE_CHANGE, t) && !(t->flags & ATS_TF_ANSWER_FLUSHED)) {
            open = 1;
            unanswered u = {.line = t->first_line, .txn = t->id, .time = t->command.time};
            u.limit = cmd_limit(s, t);
            u.no_prompt = t->payload_declared >= 0 && !(t->flags & ATS_TF_PROMPT) &&
                          !t->payload_bytes;
            snprintf(u.name, sizeof u.name, "%s", first_name(t));
            snprintf(u.cmd, sizeof u.cmd, "%s", ats_eng_cmd(e, t));
            u.echoed = (t->flags & ATS_TF_ECHO) != 0;
            if (probe && s->nprobes < PROBES_MAX) {
                if (!s->nprobes)
                    s->probe_idle = same_clock(s->quiet_from, u.time)
                                        ? secs(s->quiet_from, u.time) : 0;
                s->probes[s->nprobes++] = u;
            } else if (!(t->flags & ATS_TF_ECHO)) {
                s->pend = u;
                s->has_pend = 1;
            } else {
                route(c, &u);
            }
        } else {
            ats_eng_saw(e, c->rule);
        }
    } else if (t->final.text.len && s->prev_open && !t->nresponses &&
               !(t->flags & ATS_TF_ECHO) && t->command.time.kind != ATS_TIME_NONE) {
        /* a bare final after a command left unanswered: the module answers
         * in order, so it may be that one's late answer (the builder took
         * it apart where a line said so: late_answer); its time is no
         * latency of this one's */
        if (!s->doubt++)
            s->doubt_line = t->first_line;
    } else if (t->final.text.len && same_clock(t->command.time, t->final.time) &&
               t->final.line == t->first_line && t->command.time.us == t->final.time.us) {
        /* the command and its final on one line (an application's "cmd=AT+CSQ
         * resp=...|OK", generic-oneline): one stamp for both, printed after
         * the exchange, so the 0 s it measures is no latency: not judged */
        if (!s->oneline++)
            s->oneline_line = t->first_line;
    } else if (t->final.text.len && same_clock(t->command.time, t->final.time) &&
               s->prev_final_line && t->first_line == s->prev_final_line &&
               t->command.time.us == s->prev_final_time.us) {
        if (!s->glued++)
            s->glued_line = t->first_line;
    } else if (t->final.text.len && same_clock(t->command.time, t->final.time)) {
        /* (a command glued behind the previous final on one stamped line,
         * a StreamDebugger's OKAT+CSTT under a terminal's stamps, has the
         * final's stamp: it was sent later, by up to the next line's stamp,
         * so what it measures is only an upper bound: not judged) */
        double limit = cmd_limit(s, t);
        double took = secs(t->command.time, t->final.time);
        double step = stamp_step(t->command.time, t->final.time);
        if (limit > 0 && surely_over(took, step, limit) && s->spread > step &&
            !surely_over(took - s->spread, step, limit)) {
            /* over the limit by less than the stamps' own spread of a burst */
            if (!s->spread_na++)
                s->spread_na_line = t->first_line;
        } else if (limit > 0 && !surely_over(took, step, limit) && !surely_under(took, step, limit)) {
            /* the stamps' step is wider than the margin: over or under
             * the limit is rounding's call, not the capture's */
            if (!s->coarse++) {
                s->coarse_line = t->first_line;
                s->coarse_step = step;
            }
        } else if (limit > 0) {
            ats_eng_saw(e, c->rule);
        }
        if (limit > 0 && surely_over(took, step, limit) &&
            (s->spread <= step || surely_over(took - s->spread, step, limit))) {
            char fin[80];
            ats_eng_text(fin, sizeof fin, t->final.text);
            ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id, first_name(t),
                              "%s answered %s after %.3f s (limit %g s)", ats_eng_cmd(e, t), fin,
                              took, limit);
            ats_eng_related(e, t->final.line, "final result");
        }
    }
    if (t->final.text.len) {
        s->prev_final_line = t->final.line;
        s->prev_final_time = t->final.time;
    }
    /* quiet is counted from the last line either side wrote */
    ats_time last = t->final.text.len ? t->final.time
                    : t->nresponses ? t->responses[t->nresponses - 1].time
                                    : t->command.time;
    if (last.kind != ATS_TIME_NONE)
        s->quiet_from = last;
    s->prev_open = open;
}

/* The one command the capture's end left waiting with no answer line:
 * where the capture's stamps go on past its time limit after it (the
 * module's or the library's lines, a host that logged its own timeout),
 * the module was silent that long; under the limit, with no limit, or
 * before any command got a final (the host's writes only), the capture
 * cannot say, and cut_judge()'s note says why. */
static void judge_cut(ats_rule_ctx *c)
{
    response_state *s = c->st;
    const ats_time now = c->e->now;
    const unanswered *u = &s->cut;
    if (s->ncut != 1 || !s->cut_bare || !s->any_final || u->limit <= 0 ||
        u->time.kind == ATS_TIME_NONE || !same_clock(u->time, now) || now.us < u->time.us)
        return;
    double went = secs(u->time, now), step = stamp_step(u->time, now);
    if (!surely_over(went, step, u->limit))
        return;
    ats_eng_saw(c->e, c->rule);
    ats_eng_violation(c->e, c->rule, u->line, u->time, u->txn, u->name,
                      "%s got no final result: the capture goes on %.3f s after it, past the "
                      "command's time limit (%g s)",
                      u->cmd, went, u->limit);
    s->cut_told = 1;
}

/* The first command the capture ended waiting on: never a silent pass
 * (batch 32's Z5: AT#SGACT=1,1 unanswered, the host's "No answer to
 * AT#SGACT=1,1 within 180 s, closing port" after it): the status says why
 * it was not judged, into why ("" none). */
static void cut_judge(ats_rule_ctx *c, char *why, size_t cap)
{
    ats_engine *e = c->e;
    response_state *s = c->st;
    const unanswered *u = &s->cut;
    why[0] = 0;
    if (!s->ncut || !e->ci.has_time)   /* no timestamps: that reason says more */
        return;
    ats_time end = e->now;
    if (s->cut_last.kind != ATS_TIME_NONE && same_clock(s->cut_last, end) &&
        s->cut_last.us > end.us)
        end = s->cut_last;
    int timed = u->time.kind != ATS_TIME_NONE && same_clock(u->time, end) && end.us >= u->time.us;
    double waited = timed ? secs(u->time, end) : 0;
    double step = timed ? stamp_step(u->time, end) : 0;
    if (timed && !(waited > step))
        timed = 0;   /* nothing after it the stamps can tell apart */
    char more[40] = "";
    if (s->ncut > 1)
        snprintf(more, sizeof more, " and %" PRIu64 " more", s->ncut - 1);
    /* past its limit and not judge_cut()'s: an answer cut short (its lines
     * came, the final did not), several left waiting, or nothing answered
     * yet in the capture (its later lines may be the host's alone) */
    if (timed && u->limit > 0 && surely_over(waited, step, u->limit))
        snprintf(why, cap,
                 "%s (line %" PRIu64 ")%s got no final result in the %.3f s the capture goes on "
                 "after it (limit %g s); its later lines may not show the module's side: not judged",
                 u->cmd, u->line, more, waited, u->limit);
    else if (u->limit > 0 && timed)
        snprintf(why, cap,
                 "%s (line %" PRIu64 ")%s still waited for its final result when the capture "
                 "ended, %.3f s after, within its limit (%g s)",
                 u->cmd, u->line, more, waited, u->limit);
    else if (u->limit > 0)
        snprintf(why, cap,
                 "%s (line %" PRIu64 ")%s still waited for its final result when the capture "
                 "ended, no later time shown",
                 u->cmd, u->line, more);
    else if (timed)
        snprintf(why, cap,
                 "%s (line %" PRIu64 ")%s got no final result in the %.3f s the capture goes on "
                 "after it; the %s profile gives it no time limit",
                 u->cmd, u->line, more, waited, ats_profile_id(e->rs->p));
    else
        snprintf(why, cap,
                 "%s (line %" PRIu64 ")%s got no final result before the capture ended; the %s "
                 "profile gives it no time limit",
                 u->cmd, u->line, more, ats_profile_id(e->rs->p));
}

static void response_finish_rest(ats_rule_ctx *c);

/* the other reasons first: the first reason given is the one shown */
static void response_finish(ats_rule_ctx *c)
{
    const response_state *s = c->st;
    char why[640];   /* the longest message whole; cut to the reason's size after */
    cut_judge(c, why, sizeof why);
    response_finish_rest(c);
    /* the one command the capture ended waiting on, judged by its finding */
    if (why[0] && !s->cut_told)
        ats_eng_partly_or_na(c->e, c->rule, c->e->saw[c->rule], why);
}

static void response_finish_rest(ats_rule_ctx *c)
{
    response_state *s = c->st;
    release_probes(c, NULL);
    judge_pend(c, NULL);
    judge_gap(c, NULL);
    judge_cut(c);
    if (s->nheld) {
        char why[200];
        snprintf(why, sizeof why,
                 "no command got a final result (from line %" PRIu64 "): the host's writes "
                 "only, or a module that never answered; not told apart",
                 s->held_line);
        ats_eng_partly_or_na(c->e, c->rule, c->e->saw[c->rule], why);
        return;
    }
    if (s->coarse || s->glued || s->asleep || s->oneline || s->early || s->doubt || s->spread_na ||
        s->booting || s->woke) {
        char why[240];
        if (s->woke)
            snprintf(why, sizeof why,
                     "%" PRIu64 " probe%s (from line %" PRIu64 ") unanswered after %.0f s of "
                     "quiet, the next answered at once: a module waking (PSM, sleep) loses the "
                     "characters that wake it",
                     s->woke, s->woke > 1 ? "s" : "", s->woke_line, s->woke_idle);
        else if (s->booting)
            snprintf(why, sizeof why,
                     "%" PRIu64 " probe%s (from line %" PRIu64 ") unanswered, then the module's "
                     "boot report: it was booting, the host waited for it",
                     s->booting, s->booting > 1 ? "s" : "", s->booting_line);
        else if (s->spread_na)
            snprintf(why, sizeof why,
                     "%" PRIu64 " answer%s (from line %" PRIu64 ") over the limit by less than "
                     "one burst's lines lie apart (%.3f s, line %" PRIu64 "): the stamps' lag",
                     s->spread_na, s->spread_na > 1 ? "s" : "", s->spread_na_line, s->spread,
                     s->spread_line);
        else if (s->doubt)
            snprintf(why, sizeof why,
                     "%" PRIu64 " bare final%s (from line %" PRIu64 ") right after a command left "
                     "unanswered: maybe its late answer, no latency",
                     s->doubt, s->doubt > 1 ? "s" : "", s->doubt_line);
        else if (s->early)
            snprintf(why, sizeof why,
                     "%" PRIu64 " command%s (from line %" PRIu64 ") unanswered, unechoed, the "
                     "next echoed: the module did not read %s (asleep, booting)",
                     s->early, s->early > 1 ? "s" : "", s->early_line,
                     s->early > 1 ? "them" : "it");
        else if (s->oneline)
            snprintf(why, sizeof why,
                     "%" PRIu64 " command%s (from line %" PRIu64 ") on one line with %s final "
                     "result: one stamp for both, no latency measured",
                     s->oneline, s->oneline > 1 ? "s" : "", s->oneline_line,
                     s->oneline > 1 ? "their" : "its");
        else if (s->asleep)
            snprintf(why, sizeof why,
                     "%" PRIu64 " command%s (from line %" PRIu64 ") unanswered after a power-off "
                     "command succeeded, the module not seen on again: no answer was due",
                     s->asleep, s->asleep > 1 ? "s" : "", s->asleep_line);
        else if (s->coarse)
            snprintf(why, sizeof why,
                     "%" PRIu64 " answer%s (from line %" PRIu64 ") within the stamps' step (%g s) "
                     "of the command's limit: over or under it is the stamps' rounding",
                     s->coarse, s->coarse > 1 ? "s" : "", s->coarse_line, s->coarse_step);
        else
            snprintf(why, sizeof why,
                     "%" PRIu64 " command%s (from line %" PRIu64 ") glued behind the previous "
                     "final on one stamped line: sent at an unknown time after that stamp",
                     s->glued, s->glued > 1 ? "s" : "", s->glued_line);
        ats_eng_partly_or_na(c->e, c->rule, c->e->saw[c->rule], why);
        return;
    }
    if (!s->unread || !c->e->ci.has_time)   /* no timestamps: that reason says more */
        return;
    char why[256];   /* cut to the reason's size below */
    snprintf(why, sizeof why,
             "%s (line %" PRIu64 ")%s: a command the profile does not know, answered with lines "
             "none of which it knows as a final result (the module's own may be among them)",
             s->unread_cmd, s->unread_line, s->unread > 1 ? " and more" : "");
    ats_eng_partly_or_na(c->e, c->rule, c->e->saw[c->rule], why);
}

static const ats_rule_param response_params[] = {
    {"default_timeout_s", ATS_PARAM_SECONDS, -1, 0, -1},
    {NULL, 0, 0, 0, 0},
};

const ats_rule_desc ats_rule_response_timeout = {
    .id = "response-timeout",
    .severity = ATS_SEV_ERROR,
    .summary = "every command gets its final result, within the command's time limit",
    .needs = ATS_NEED_TIME | ATS_NEED_FINALS,
    .params = response_params,
    .state_size = sizeof(response_state),
    .no_evidence = "no command with a time limit got a timestamped final result",
    .on = {.init = response_init, .txn = response_txn, .urc = response_urc,
           .state = response_state_change, .finish = response_finish},
};

/* completions whose latency the stamps cannot place over or under the
 * limit (whole-second stamps, 10 s measured against 10 s): not judged */
#define CANCELS_MAX 16
typedef struct completion_state {
    uint64_t coarse, coarse_line;
    double coarse_step;
    uint64_t held, held_line;   /* sends whose report the module withholds under flow control */
    /* waits the host ended: a close or teardown on the id an async command
     * still waited on (AT+QMTDISC=0 while AT+QMTCONN=0,... waits, AT+QICLOSE
     * while AT+QIOPEN waits): its completion is judged up to that moment */
    struct cancel {
        uint64_t wait_txn, line;
        ats_time time;
    } cancel[CANCELS_MAX];
    size_t ncancel;
    /* commands still waiting when the capture ended, within their limit:
     * whether the completion would have come in time, the capture does
     * not show */
    uint64_t cut, cut_line;
    double cut_waited, cut_limit;
} completion_state;

/* Does t end the wait of w: a close, release or teardown (the profile's
 * close, detach and optional classes) on w's id? */
static int ends_wait(ats_engine *e, const ats_txn *t, const ats_waiting *w)
{
    if (!w->sock.len)
        return 0;
    if (cls_cmd(e, C_CLOSE, t))
        return closes_wait(e, t, w);
    if (!cls_cmd(e, C_DETACH, t) && !cls_cmd(e, C_OPTIONAL, t))
        return 0;
    return t->sock.len == w->sock.len && !memcmp(t->sock.ptr, w->sock.ptr, w->sock.len);
}

/* Where the host ended t's wait, or NULL */
static const struct cancel *cancelled(const completion_state *s, uint64_t txn)
{
    for (size_t i = 0; i < s->ncancel; i++)
        if (s->cancel[i].wait_txn == txn)
            return &s->cancel[i];
    return NULL;
}

static void note_cancels(ats_engine *e, completion_state *s, const ats_txn *t)
{
    for (size_t i = 0; i < t->nwaiting && s->ncancel < CANCELS_MAX; i++)
        if (ends_wait(e, t, &t->waiting[i]) && !cancelled(s, t->waiting[i].id)) {
            struct cancel *k = &s->cancel[s->ncancel++];
            k->wait_txn = t->waiting[i].id;
            k->line = t->first_line;
            k->time = t->command.time;
        }
}

/* The socket t names is flow-controlled at the capture's last moment: a
 * send's report still pending is held back by the module (L610's +MIPXOFF),
 * not late; flow-control-stall names that cause. */
static int flow_held(ats_engine *e, const ats_txn *t)
{
    const ats_state *ms = ats_eng_state(e);
    int k = eng_txn_sock(e, t);
    return (k > 0 && k <= ST_MAX_SOCKETS && ats_st_at(&ms->flow[k], UINT64_MAX, NULL) == ST_YES) ||
           ats_st_at(&ms->flow[0], UINT64_MAX, NULL) == ST_YES;
}

/* t still waited for its completion when the capture ended: late where the
 * capture shows its limit pass, up to where the host ended the wait (a
 * teardown on its id) or else to the last moment the capture shows (any
 * stamped line after it, the application's own included) */
static void pending_judged(ats_rule_ctx *c, const ats_txn *t, double limit)
{
    ats_engine *e = c->e;
    completion_state *s = c->st;
    const struct cancel *k = cancelled(s, t->id);
    ats_time end = k && k->time.kind != ATS_TIME_NONE ? k->time : e->now;
    if (!same_clock(t->command.time, end) || end.us < t->command.time.us)
        return;
    double waited = secs(t->command.time, end), step = stamp_step(t->command.time, end);
    if (!surely_over(waited, step, limit)) {
        if (k && surely_under(waited, step, limit)) {
            ats_eng_saw(e, c->rule);   /* the host ended the wait within the limit */
        } else if (!k && !s->cut++) {
            s->cut_line = t->first_line;
            s->cut_waited = waited;
            s->cut_limit = limit;
        }
        return;
    }
    if (cls_cmd(e, C_SEND, t) && flow_held(e, t)) {
        if (!s->held++)
            s->held_line = t->first_line;
        return;
    }
    ats_eng_saw(e, c->rule);
    if (k) {
        ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id, first_name(t),
                          "%s got no completion in %.3f s (limit %g s), when the host gave up "
                          "the wait (line %" PRIu64 ")",
                          ats_eng_cmd(e, t), waited, limit, k->line);
        ats_eng_related(e, k->line, "the host gave up the wait");
    } else {
        ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id, first_name(t),
                          "%s got no completion in %.3f s (limit %g s)", ats_eng_cmd(e, t),
                          waited, limit);
    }
}

static void completion_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    completion_state *s = c->st;
    if (t->nwaiting)
        note_cancels(e, s, t);
    if (!(t->flags & ATS_TF_ASYNC))
        return;
    const ats_item *ci = &t->completion_item;
    double limit = t->info.completion_timeout_s;
    int timed = limit > 0 && ci->text.len && same_clock(t->command.time, ci->time);
    double took = timed ? secs(t->command.time, ci->time) : 0;
    double step = timed ? stamp_step(t->command.time, ci->time) : 0;
    if (timed && !surely_over(took, step, limit) && !surely_under(took, step, limit)) {
        /* the stamps' step is wider than the margin: rounding's call */
        if (!s->coarse++) {
            s->coarse_line = t->first_line;
            s->coarse_step = step;
        }
        timed = 0;
    } else if (timed || t->completion == ATS_COMPL_MISSING) {
        ats_eng_saw(e, c->rule);
    }
    if (t->completion == ATS_COMPL_MISSING) {
        ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id, first_name(t),
                          (t->flags & ATS_TF_SUPERSEDED)
                              ? "%s never got its completion (the host sent it again after "
                                "another command on its id)"
                              : "%s never got its completion (too many async commands waited "
                                "at once)",
                          ats_eng_cmd(e, t));
    } else if (timed && surely_over(took, step, limit)) {
        char comp[80];
        ats_eng_text(comp, sizeof comp, ci->text);
        ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id, first_name(t),
                          "%s completed (%s) after %.3f s (limit %g s)", ats_eng_cmd(e, t), comp,
                          took, limit);
        ats_eng_related(e, ci->line, "completion");
    } else if (t->completion == ATS_COMPL_PENDING && limit > 0) {
        pending_judged(c, t, limit);
    }
}

static void completion_finish(ats_rule_ctx *c)
{
    const completion_state *s = c->st;
    if (s->cut) {
        char why[200];
        snprintf(why, sizeof why,
                 "%" PRIu64 " async command%s (from line %" PRIu64 ") still without %s completion "
                 "when the capture ended, %.3f s after, within the limit (%g s)",
                 s->cut, s->cut > 1 ? "s" : "", s->cut_line, s->cut > 1 ? "their" : "its",
                 s->cut_waited, s->cut_limit);
        ats_eng_partly_or_na(c->e, c->rule, c->e->saw[c->rule], why);
    }
    if (s->held) {
        char why[200];
        snprintf(why, sizeof why,
                 "%" PRIu64 " send%s (from line %" PRIu64 ") still without its report while the "
                 "module holds the socket flow-controlled: the report is withheld, not late "
                 "(flow-control-stall's)",
                 s->held, s->held > 1 ? "s" : "", s->held_line);
        ats_eng_partly_or_na(c->e, c->rule, c->e->saw[c->rule], why);
    }
    if (!s->coarse)
        return;
    char why[200];
    snprintf(why, sizeof why,
             "%" PRIu64 " completion%s (from line %" PRIu64 ") within the stamps' step (%g s) "
             "of its limit: over or under it is the stamps' rounding",
             s->coarse, s->coarse > 1 ? "s" : "", s->coarse_line, s->coarse_step);
    ats_eng_partly_or_na(c->e, c->rule, c->e->saw[c->rule], why);
}

const ats_rule_desc ats_rule_completion_timeout = {
    .id = "completion-timeout",
    .severity = ATS_SEV_ERROR,
    .summary = "every async command gets its completion, within its time limit",
    .needs = ATS_NEED_TIME | ATS_NEED_UNSOLICITED,
    .state_size = sizeof(completion_state),
    .no_evidence = "no asynchronous command with a time limit got a timestamped completion",
    .on = {.txn = completion_txn, .finish = completion_finish},
};
