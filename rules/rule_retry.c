/* rule_retry.c - retry-too-few, retry-storm (from the parser's retry chains). */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "rules_util.h"

#define RING 64

typedef struct txn_note {     /* what the rule remembers of recent transactions */
    uint64_t id;
    int retries;
    unsigned classes;         /* its command classes (a bit per cmd_class_id) */
    char norm[96];            /* its command line as a retry compares it */
} txn_note;

/* A failure the host walked away from with too few re-sends, not judged
 * yet: a modem engineer counts a re-send that comes after the host
 * repaired what the command needs (AT+MIPOPEN fails with +MIPSTAT: 1,1 for
 * want of an IP, the host dials AT+MIPCALL=1, then sends the same
 * AT+MIPOPEN again: retried, not given up). It is judged when the host
 * moves on to work that repairs nothing of it, escalates (power-off,
 * reset, AT+CFUN), the module reboots, or the capture ends, all before the
 * same command line comes again. */
typedef struct held_fail {
    char norm[96];
    char cmd[200];            /* escaped, for the message */
    uint64_t id, first_line, last_line;
    uint64_t last_txn;        /* the attempt the host walked away from */
    unsigned attempts;        /* over every chain of it so far */
    int retries;              /* the guide's minimum */
    unsigned classes;
    uint64_t joined;          /* the chain its re-send opened, 0 none */
    uint64_t claims[8];       /* its failed attempts, claimed (ats_eng_claim) */
    size_t nclaims;
} held_fail;

#define HELD_MAX 4
#define JUDGED_MAX 16
#define CAUSED_MAX 64

typedef struct too_few_state {
    txn_note notes[RING];
    size_t nnotes;
    held_fail held[HELD_MAX];
    size_t nheld;
    /* Given up on, and reported at the capture's end unless another rule's
     * finding on one of its attempts names why it failed (flow-control's
     * send under +MIPXOFF, socket-state's closed socket, async-overlap's
     * send before +NETOPEN): the fix is to wait for +MIPXON or open the
     * socket, and three re-sends of the same would fail the same way. Such
     * findings may come after the host moved on (an open's late completion),
     * so the verdict waits for every other rule (after_others). Bounded:
     * when full, the oldest is reported now. */
    held_fail judged[JUDGED_MAX];
    size_t njudged;
    /* the transactions those findings pointed at lately (too_few_finding) */
    uint64_t caused[CAUSED_MAX];
    size_t ncaused;
} too_few_state;

static void too_few_report(ats_rule_ctx *c, const held_fail *h)
{
    unsigned resent = h->attempts - 1;
    ats_eng_violation(c->e, c->rule, h->first_line, (ats_time){ATS_TIME_NONE, 0}, h->id, h->cmd,
                      "%s failed and was re-sent %u time%s before the host moved on "
                      "(the guide asks for at least %d)",
                      h->cmd, resent, resent == 1 ? "" : "s", h->retries);
    if (h->last_line != h->first_line)
        ats_eng_related(c->e, h->last_line, "last attempt");
}

static void held_claim(ats_engine *e, held_fail *h, uint64_t txn)
{
    ats_eng_claim(e, txn);
    if (h->nclaims < sizeof h->claims / sizeof h->claims[0])
        h->claims[h->nclaims++] = txn;
}

static void held_remove(too_few_state *st, size_t i)
{
    st->held[i] = st->held[--st->nheld];
}

/* The host re-sent it enough, or it worked: nothing to say, and its
 * failures are free for command-failed to judge again. */
static void held_drop(ats_rule_ctx *c, size_t i)
{
    too_few_state *st = c->st;
    for (size_t k = 0; k < st->held[i].nclaims; k++)
        ats_eng_unclaim(c->e, st->held[i].claims[k]);
    held_remove(st, i);
}

/* Did another rule's finding name why the attempt the host walked away
 * from failed? Only that one: an open refused for want of an IP, then
 * re-sent once after the host dialled and refused again (+MIPOPEN: 1,0),
 * is a give-up nothing explains. */
static int explained(const too_few_state *st, const held_fail *h)
{
    for (size_t i = 0; i < st->ncaused && i < CAUSED_MAX; i++)
        if (st->caused[i] == h->last_txn)
            return 1;
    return 0;
}

static void judged_report(ats_rule_ctx *c, size_t i)
{
    too_few_state *st = c->st;
    if (!explained(st, &st->judged[i])) {
        too_few_report(c, &st->judged[i]);
        ats_eng_flush(c->e);
    }
    memmove(&st->judged[i], &st->judged[i + 1], (st->njudged - i - 1) * sizeof st->judged[0]);
    st->njudged--;
}

/* Judged: the host gave up on it. Its claims stay (command-failed has
 * nothing more to say of it, whether it is reported or explained). */
static void held_judge(ats_rule_ctx *c, size_t i)
{
    too_few_state *st = c->st;
    if (!explained(st, &st->held[i])) {
        if (st->njudged == JUDGED_MAX)
            judged_report(c, 0);
        st->judged[st->njudged++] = st->held[i];
    }
    held_remove(st, i);
}

/* Another rule's finding on a transaction: remembered if it names why the
 * command failed (the descriptor's names_cause). */
static void too_few_finding(ats_rule_ctx *c, const ats_violation *v)
{
    too_few_state *st = c->st;
    int r = ats_rule_index(v->rule);
    if (r < 0 || !ats_rule_registry[r]->names_cause || !v->txn)
        return;
    st->caused[st->ncaused++ % CAUSED_MAX] = v->txn;
}

#define BIT(k) (1u << (k))

/* Does t mend what the held command h needed, so that a re-send of h after
 * it is still the host retrying? Looking into the failure (AT+CMEE=2, the
 * guide's "then repeat the command"; AT+CEER) mends any; for a command on
 * a socket or the data link: bringing up the data call or the bearer,
 * releasing it to dial again, closing what the failed attempt left,
 * choosing the connection mode or the network; for a send or a close also
 * opening the socket again; for the data call itself: releasing it, or
 * asking for the network. Never an escalation (power-off, reset, AT+CFUN):
 * the guide's minimum is what comes before one. */
static int mends(const ats_engine *e, const held_fail *h, const ats_txn *t)
{
    if (cls_cmd(e, C_POWER_OFF, t) || cls_cmd(e, C_RESET, t) || cls_cmd(e, C_FORBIDDEN, t))
        return 0;
    if (cls_cmd(e, C_VERBOSE_ERRORS, t) || cls_cmd(e, C_DIAGNOSTIC, t))
        return 1;
    unsigned sock = BIT(C_OPEN) | BIT(C_SEND) | BIT(C_CLOSE) | BIT(C_BEARER_USE);
    unsigned link = BIT(C_ATTACH) | BIT(C_BEARER_OPEN) | BIT(C_NETWORK_USE);
    if (h->classes & sock) {
        if (cls_cmd(e, C_ATTACH, t) || cls_cmd(e, C_DETACH, t) || cls_cmd(e, C_BEARER_OPEN, t) ||
            cls_cmd(e, C_NETWORK_USE, t) || cls_cmd(e, C_CLOSE, t) ||
            cls_cmd(e, C_SINGLE_MODE, t) || cls_cmd(e, C_MULTI_MODE, t) ||
            cls_cmd(e, C_NETWORK_SELECT, t))
            return 1;
        if ((h->classes & (BIT(C_SEND) | BIT(C_CLOSE))) && cls_cmd(e, C_OPEN, t))
            return 1;
    }
    if (h->classes & link)
        return cls_cmd(e, C_DETACH, t) || cls_cmd(e, C_NETWORK_SELECT, t) ||
               cls_cmd(e, C_NETWORK_USE, t);
    return 0;
}

static int txn_fails(const ats_txn *t)
{
    return (t->final_kind != ATS_FINAL_NONE && ats_final_is_failure(t->final_kind)) ||
           ((t->flags & ATS_TF_ASYNC) && t->completion == ATS_COMPL_FAILURE) ||
           t->status == ATS_TXN_NO_FINAL || t->status == ATS_TXN_HOST_TIMEOUT;
}

/* Each transaction after a held failure: its re-send, a mending, or the
 * host moving on. */
static void held_txn(ats_rule_ctx *c, const ats_txn *t, const char *norm)
{
    too_few_state *st = c->st;
    for (size_t i = st->nheld; i-- > 0;) {
        held_fail *h = &st->held[i];
        if (t->retry_chain && (t->retry_chain == h->id || t->retry_chain == h->joined))
            continue;                   /* one of its own attempts */
        if (!strcmp(norm, h->norm)) {
            if (t->retry_chain == t->id) {
                h->joined = t->id;      /* re-sent and failed: its chain goes on counting */
                h->last_txn = t->id;
                held_claim(c->e, h, t->id);
            } else if (txn_fails(t)) {
                h->attempts++;
                h->last_line = t->first_line;
                h->last_txn = t->id;
                held_claim(c->e, h, t->id);
            } else {
                held_drop(c, i);        /* re-sent and it worked */
            }
            continue;
        }
        if (t->status == ATS_TXN_UNFINISHED || (t->flags & ATS_TF_QUERY) || mends(c->e, h, t))
            continue;
        held_judge(c, i);
    }
}

static void too_few_txn(ats_rule_ctx *c, const ats_txn *t)
{
    too_few_state *st = c->st;
    txn_note *n = &st->notes[st->nnotes++ % RING];
    n->id = t->id;
    n->retries = t->info.retries;
    n->classes = c->e->tcls;
    txn_norm(t, n->norm, sizeof n->norm);
    /* a command on a socket the module had said was closed (its link dropped,
     * or closed) fails the same however often it is re-sent: the guide's
     * minimum is for a failure that may pass; socket-state judges this one */
    int slot = ats_sock_slot(ats_eng_sock(c->e));
    if (slot >= 0 && (cls_cmd(c->e, C_SEND, t) || cls_cmd(c->e, C_CLOSE, t)) && ats_st_at(&ats_eng_state(c->e)->sock[slot], t->first_line, NULL) == ST_NO)
        n->retries = 0;
    held_txn(c, t, n->norm);
}

static const txn_note *find_note(const too_few_state *st, uint64_t id)
{
    for (size_t i = 0; i < RING && i < st->nnotes; i++)
        if (st->notes[i].id == id)
            return &st->notes[i];
    return NULL;
}

static int outcome_is(const ats_chain *ch, const char *s)
{
    return ch->outcome.len == strlen(s) && !memcmp(ch->outcome.ptr, s, ch->outcome.len);
}

static void too_few_chain(ats_rule_ctx *c, const ats_chain *ch)
{
    too_few_state *st = c->st;
    const txn_note *n = find_note(st, ch->id);
    if (n && n->retries > 0)
        ats_eng_saw(c->e, c->rule);   /* a failure the guide asks to re-send */
    /* the chain a re-send after a mending opened: its attempts add up */
    for (size_t i = 0; i < st->nheld; i++) {
        held_fail *h = &st->held[i];
        if (!h->joined || h->joined != ch->id)
            continue;
        h->joined = 0;
        h->attempts += ch->attempts;
        h->last_line = ch->last_line;
        if (ch->ntxns)
            h->last_txn = ch->txns[ch->ntxns - 1];
        /* it worked at last, the capture ended on it (not judged, as a
         * chain of its own), or the minimum is reached */
        for (size_t k = 0; k < ch->ntxns; k++)
            held_claim(c->e, h, ch->txns[k]);
        if (!outcome_is(ch, "gave-up") || (int)h->attempts - 1 >= h->retries)
            held_drop(c, i);
        return;
    }
    if (!outcome_is(ch, "gave-up"))
        return;
    if (!n || n->retries <= 0 || (int)ch->attempts - 1 >= n->retries)
        return;
    if (st->nheld == HELD_MAX)
        held_judge(c, 0);
    held_fail *h = &st->held[st->nheld++];
    memset(h, 0, sizeof *h);
    snprintf(h->norm, sizeof h->norm, "%s", n->norm);
    ats_eng_text(h->cmd, sizeof h->cmd, ch->command);
    h->id = ch->id;
    h->first_line = ch->first_line;
    h->last_line = ch->last_line;
    h->last_txn = ch->ntxns ? ch->txns[ch->ntxns - 1] : ch->id;
    h->attempts = ch->attempts;
    h->retries = n->retries;
    h->classes = n->classes;
    for (size_t k = 0; k < ch->ntxns; k++)
        held_claim(c->e, h, ch->txns[k]);
}

/* The module restarted: what failed before is given up. */
static void too_few_urc(ats_rule_ctx *c, const ats_urc *u)
{
    too_few_state *st = c->st;
    if (u->boot)
        while (st->nheld)
            held_judge(c, 0);
}

static void too_few_finish(ats_rule_ctx *c)
{
    too_few_state *st = c->st;
    while (st->nheld)
        held_judge(c, 0);
    while (st->njudged)
        judged_report(c, 0);
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
    /* after the rules whose findings may name a failure's cause (held_judge) */
    .after_others = 1,
    .on = {.txn = too_few_txn, .chain = too_few_chain, .urc = too_few_urc,
           .finish = too_few_finish, .finding = too_few_finding},
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
