/* rule_retry.c - retry-too-few, retry-storm (from the parser's retry chains). */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "rules_util.h"

#define RING 64

typedef struct txn_note {     /* what the rule remembers of recent transactions */
    uint64_t id;
    int retries;
} txn_note;

typedef struct too_few_state {
    txn_note notes[RING];
    size_t nnotes;
} too_few_state;

static void too_few_txn(ats_rule_ctx *c, const ats_txn *t)
{
    too_few_state *st = c->st;
    txn_note *n = &st->notes[st->nnotes++ % RING];
    n->id = t->id;
    n->retries = t->info.retries;
    /* a command on a socket the module had said was closed (its link dropped,
     * or closed) fails the same however often it is re-sent: the guide's
     * minimum is for a failure that may pass; socket-state judges this one */
    int slot = ats_sock_slot(ats_eng_sock(c->e));
    if (slot >= 0 && (cls_cmd(c->e, C_SEND, t) || cls_cmd(c->e, C_CLOSE, t)) && ats_st_at(&ats_eng_state(c->e)->sock[slot], t->first_line, NULL) == ST_NO)
        n->retries = 0;
}

static const txn_note *find_note(const too_few_state *st, uint64_t id)
{
    for (size_t i = 0; i < RING && i < st->nnotes; i++)
        if (st->notes[i].id == id)
            return &st->notes[i];
    return NULL;
}

static void too_few_chain(ats_rule_ctx *c, const ats_chain *ch)
{
    const txn_note *n = find_note(c->st, ch->id);
    if (n && n->retries > 0)
        ats_eng_saw(c->e, c->rule);   /* a failure the guide asks to re-send */
    if (!(ch->outcome.len == 7 && !memcmp(ch->outcome.ptr, "gave-up", 7)))
        return;
    if (n && n->retries > 0 && (int)ch->attempts - 1 < n->retries) {
        char cmd[200];
        ats_eng_text(cmd, sizeof cmd, ch->command);
        ats_eng_violation(c->e, c->rule, ch->first_line, (ats_time){ATS_TIME_NONE, 0}, ch->id, cmd,
                          "%s failed and was re-sent %u time%s before the host moved on "
                          "(the guide asks for at least %d)",
                          cmd, ch->attempts - 1, ch->attempts - 1 == 1 ? "" : "s", n->retries);
        if (ch->last_line != ch->first_line)
            ats_eng_related(c->e, ch->last_line, "last attempt");
    }
}

const ats_rule_desc ats_rule_retry_too_few = {
    .id = "retry-too-few",
    .severity = ATS_SEV_WARNING,
    .summary = "after a failed or timed-out attempt the host re-sends at least the guide's "
               "minimum before giving up",
    .state_size = sizeof(too_few_state),
    .no_evidence = "no command the profile gives a re-send minimum failed in the capture",
    /* a re-send the printer did not log is no missing retry */
    .needs = ATS_NEED_FAILURES | ATS_NEED_COMMANDS,
    .on = {.txn = too_few_txn, .chain = too_few_chain},
};

typedef struct storm_state {
    double max_retries;
    uint64_t query_ids[RING];  /* recent retry chains of commands that only read state */
    size_t nquery;
    /* A run: chains of one command with nothing between them but the
     * close of what the failed attempt left (Quectel's AT+QIOPEN fails with
     * +QIOPEN: 0,566, the host sends AT+QICLOSE=0 as the manual asks, then
     * AT+QIOPEN again): the builder's chain ends at the close, the host's
     * retrying does not. Judged when the run ends. */
    char run_cmd[200];
    size_t run_len;
    unsigned run_attempts, run_chains;
    uint64_t run_id, run_first, run_last;
    int gap_dirty;             /* a command since the last chain that is no close */
} storm_state;

/* A query re-sent while it fails is the host polling a state (AT+CPIN? while
 * the SIM answers +CME ERROR: 14, busy, until READY): waiting, not storming. */
static void storm_txn(ats_rule_ctx *c, const ats_txn *t)
{
    storm_state *st = c->st;
    if ((t->flags & ATS_TF_QUERY) && t->attempt == 1)   /* a chain's first: its id */
        st->query_ids[st->nquery++ % RING] = t->id;
    if (!t->retry_chain && !(t->flags & ATS_TF_QUERY) && !cls_cmd(c->e, C_CLOSE, t))
        st->gap_dirty = 1;
}

static int is_query(const storm_state *st, uint64_t id)
{
    for (size_t i = 0; i < RING && i < st->nquery; i++)
        if (st->query_ids[i] == id)
            return 1;
    return 0;
}

static void storm_init(ats_rule_ctx *c)
{
    storm_state *st = c->st;
    st->max_retries = ats_eng_param(c->e, c->rule, "max_retries");
}

static void storm_judge(ats_rule_ctx *c)
{
    storm_state *st = c->st;
    if (st->run_attempts && (double)st->run_attempts > st->max_retries && !is_query(st, st->run_id)) {
        char cmd[200];
        snprintf(cmd, sizeof cmd, "%.*s", (int)st->run_len, st->run_cmd);
        ats_eng_violation(c->e, c->rule, st->run_first, (ats_time){ATS_TIME_NONE, 0}, st->run_id,
                          cmd, "%s was attempted %u times in a row (at most %g)%s", cmd,
                          st->run_attempts, st->max_retries,
                          st->run_chains > 1 ? ", closed and sent again after each failure" : "");
        ats_eng_related(c->e, st->run_last, "last attempt");
    }
    st->run_attempts = 0;
}

static void storm_chain(ats_rule_ctx *c, const ats_chain *ch)
{
    storm_state *st = c->st;
    ats_eng_saw(c->e, c->rule);
    char cmd[200];
    ats_eng_text(cmd, sizeof cmd, ch->command);
    size_t n = strlen(cmd);
    if (st->gap_dirty || !st->run_attempts || n != st->run_len || memcmp(cmd, st->run_cmd, n)) {
        storm_judge(c);
        memcpy(st->run_cmd, cmd, n);
        st->run_len = n;
        st->run_id = ch->id;
        st->run_first = ch->first_line;
        st->run_chains = 0;
    }
    st->run_attempts += ch->attempts;
    st->run_chains++;
    st->run_last = ch->last_line;
    st->gap_dirty = 0;
}

static void storm_finish(ats_rule_ctx *c) { storm_judge(c); }

static const ats_rule_param storm_params[] = {
    {"max_retries", ATS_PARAM_COUNT, 10, 0, -1},
    {NULL, 0, 0, 0, 0},
};

const ats_rule_desc ats_rule_retry_storm = {
    .id = "retry-storm",
    .severity = ATS_SEV_WARNING,
    .summary = "no more than max_retries consecutive attempts of one command, closes of what a "
               "failed attempt left between them counted in (a query polled while it fails is "
               "waiting, not a storm)",
    .params = storm_params,
    .state_size = sizeof(storm_state),
    .no_evidence = "no command failed in the capture: no run of attempts to count",
    .needs = ATS_NEED_FAILURES,
    .on = {.init = storm_init, .txn = storm_txn, .chain = storm_chain, .finish = storm_finish},
};
