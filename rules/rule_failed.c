/* rule_failed.c - command-failed: a command, or an async command's
 * completion, that failed, and that the host neither retried nor asked
 * about. A failure the host answers is handled; one it walks past is what a
 * support engineer looks for first (AT+COPS=0 -> +CME ERROR: 30, AT+NETOPEN
 * -> ERROR, ATD*99# -> ERROR followed by PPP anyway).
 *
 * The answer may come a few commands later (AT+CMEE=2 first, then the
 * repeat), so a failure waits for `window` more transactions: the same
 * command again (a retry: if it fails too, the run goes on and is reported
 * once, with its count), or a diagnosis (the profile's `diagnostic` class,
 * such as AT+CEER; a read of the same command, AT+NETOPEN?; the profile's
 * query of the same family: its socket or IP query after an open, send,
 * close or attach; a look at the signal or registration after the network
 * refused it: AT+COPS=0 -> +CME ERROR: 30, then AT+CSQ), or a recovery (a close or release after a failed open
 * or send, a release after a failed attach), or the same command tried another way (AT+CNMI=2,1,0,0,0
 * refused, AT+CNMI=1,1 next: gammu's fallbacks). Not reported at all:
 * probing commands, expected to fail on some modules (test commands AT+X=?,
 * the profile's `probe` class: ATE0, AT+CMEE=2, ATI ...); optional settings
 * a host library tries and does without (the `optional` class: AT+CPSMS=0,
 * AT+CVHU=0 ...); and teardowns (the `close` and `detach` classes,
 * AT+CGACT=0): a failed close almost always means already closed, and a
 * socket used after it is socket-state's finding; and a failure the
 * profile's command entry calls "already" (AT+QGPS=1 -> +CME ERROR: 504, a
 * GNSS session is already on): the host has what it asked for; and a
 * dial answered BUSY, NO ANSWER or NO CARRIER (the callee's or the
 * network's outcome); and a failure that says the SIM is missing or broken
 * (the `sim_fault` class, +CME ERROR: 10): that is the SIM's, sim-fault
 * reports it; and a command
 * the profile does not know (a vendor's, under another profile or the 3gpp
 * base): whether its failure matters, or was even expected (a library
 * trying GNSS on a module without it), the profile cannot say, and
 * unknown-command names it.
 *
 * What the capture does not show is not judged: a failure whose window the
 * capture's end cut short (a trace that stops at the ERROR, or one command
 * after it) may have been answered just beyond it. It is reported at the
 * end only where the capture already shows the host walking past: it went
 * on with other traffic than commands (PPP frames after a failed dial), it
 * repeated the failing command and then sent something else, or it sent two
 * other commands, neither of them the verbose-errors switch. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "rules_util.h"

/* A failure waiting to see whether the host answers it. */
typedef struct failed_cmd {
    char norm[96];            /* the command line as a retry compares it */
    char cmd[100];            /* escaped, for the message */
    char name[40];            /* first sub-command name: the fingerprint key */
    char result[80];          /* the failing final result or completion */
    unsigned classes;         /* its command classes */
    unsigned count;           /* failed attempts in a row */
    unsigned seen;            /* transactions since */
    int left;                 /* the host went on with traffic that is not a command */
    int verbose;              /* a verbose-errors command came since: a repeat may follow */
    int network;              /* the network refused it (the network_fault class) */
    int unsupported;          /* "operation not supported" (the unsupported class) */
    int sim_wait;             /* "SIM busy", "SIM not ready" (the sim_wait class) */
    int wrong_password;       /* "incorrect password" (the wrong_password class) */
    int resent;               /* its run already reported as a password sent again */
    uint64_t sim_came;        /* the SIM said ready since (its line), 0 not yet */
    int sock;                 /* the socket it acted on (ats_eng_sock) */
    uint64_t first_line, result_line, txn, last_txn;
    ats_time time;
} failed_cmd;

#define FAILED_MAX 8
#define TAKEN_MAX 48
#define BEARER_WINDOW 12

typedef struct failed_state {
    double window;            /* transactions a failure waits for its answer */
    const json_t *errors;     /* the profile's "errors": what a code means */
    failed_cmd failed[FAILED_MAX];
    size_t n;
    uint64_t judged;          /* failures whose answer the capture showed, or not */
    uint64_t cut;             /* failures the capture ended too soon after */
    char cut_name[40];        /* the first of them, for the reason */
    uint64_t cut_line;
    int cut_sim;              /* the first of them failed on a busy SIM never ready since */
    int sim_gone;             /* the module said its SIM is missing, not ready since */
    /* "operation not supported" is what a module answers to a command it
     * lacks, and also (SIMCom, Quectel, Nordic) to one it has in a state
     * that does not allow it. The capture tells them apart by the module
     * taking the command elsewhere (OK, an answer, its prompt): the names
     * it took, and the refusals that wait for the capture's end to know */
    char taken[TAKEN_MAX][32];
    size_t ntaken;
    /* the raw name of the last command found or put among them: a capture
     * sends the same command many times in a row (AT+MIPSEND) */
    char taken_raw[32];
    size_t ntaken_raw;
    failed_cmd refused[FAILED_MAX];
    size_t nrefused;
    uint64_t lacked, lacked_line;   /* refusals of commands the module never took */
    char lacked_name[40];
    /* failures of commands the profile does not know (a vendor's under the
     * 3gpp base: AT+QIACT=1 -> ERROR): not judged, which is no pass */
    uint64_t unknown, unknown_line;
    char unknown_name[40];
    /* the commands whose password the module refused as incorrect (their
     * command lines), when first refused, and whether a re-send was said */
    struct {
        char norm[96];
        uint64_t line;
        int said;
    } pw[4];
    size_t npw;
} failed_state;

/* How it failed: the failing final result or completion; NULL if it did not. */
static const ats_item *failure(const ats_txn *t)
{
    if (t->final_kind != ATS_FINAL_NONE && ats_final_is_failure(t->final_kind))
        return &t->final;
    if ((t->flags & ATS_TF_ASYNC) && t->completion == ATS_COMPL_FAILURE)
        return &t->completion_item;
    return NULL;
}

static int tolerated(ats_engine *e, const failed_state *st, const ats_txn *t,
                     const ats_item *bad)
{
    /* the SIM is missing or broken: no retry or question of the host's
     * changes that (sim-fault's finding), nor any failure of what needs the
     * SIM until it is back (AT+CMGR after +CME ERROR: 10) */
    if (st->sim_gone || cls_line(e, L_SIM_FAULT, bad->text))
        return 1;
    /* a dial's BUSY, NO ANSWER or NO CARRIER (V.250 6.3.1) is the other
     * party's or the network's answer to the call, not a fault of the host's */
    if (bad == &t->final && (t->final_kind == ATS_FINAL_BUSY ||
                             t->final_kind == ATS_FINAL_NO_ANSWER ||
                             t->final_kind == ATS_FINAL_NO_CARRIER))
        return 1;
    if (bad == &t->final && txn_already(e->rs->p, t))
        return 1;
    for (size_t k = 0; k < t->ncmds; k++)
        if (t->cmds[k].type == ATS_CMD_TEST)
            return 1;
    /* a look at the state that fails (AT+CSQ on a module that has only
     * AT+CESQ, AT+UPSND=0,8 on a profile not defined yet) tells the host
     * the state is not there: nothing it acted on failed */
    if (cls_cmd(e, C_NETWORK_QUERY, t) || cls_cmd(e, C_IP_QUERY, t) ||
        cls_cmd(e, C_BEARER_QUERY, t))
        return 1;
    return cls_cmd(e, C_PROBE, t) || cls_cmd(e, C_OPTIONAL, t) || cls_cmd(e, C_CLOSE, t) ||
           cls_cmd(e, C_DETACH, t);
}

/* The same setting tried another way (other arguments), not read. A send
 * or an open with other arguments is other data or another peer: the host
 * moved on, it did not answer the failure. */
static int variant(const failed_cmd *f, const ats_txn *t)
{
    if (f->classes & ((1u << C_SEND) | (1u << C_OPEN)))
        return 0;
    if (!t->ncmds || (t->cmds[0].type != ATS_CMD_SET && t->cmds[0].type != ATS_CMD_EXECUTE))
        return 0;
    return t->cmds[0].name.len == strlen(f->name) &&
           !memcmp(t->cmds[0].name.ptr, f->name, t->cmds[0].name.len);
}

/* Does t diagnose the failure f: the profile's diagnostic commands, a read
 * of the failed command, or the query of its family? */
static int diagnoses(const ats_engine *e, const failed_cmd *f, const ats_txn *t)
{
    if (cls_cmd(e, C_DIAGNOSTIC, t))
        return 1;
    for (size_t k = 0; k < t->ncmds; k++)
        if (t->cmds[k].type == ATS_CMD_READ && t->cmds[k].name.len == strlen(f->name) &&
            !memcmp(t->cmds[k].name.ptr, f->name, t->cmds[k].name.len))
            return 1;
    if ((f->classes & ((1u << C_OPEN) | (1u << C_CLOSE) | (1u << C_SEND))) &&
        cls_cmd(e, C_SOCKET_QUERY, t))
        return 1;
    if ((f->classes & ((1u << C_ATTACH) | (1u << C_DETACH))) && cls_cmd(e, C_IP_QUERY, t))
        return 1;
    /* a teardown is the host's recovery: a failed open or send answered by
     * closing the socket or releasing the link, a failed attach by the release */
    if ((f->classes & ((1u << C_OPEN) | (1u << C_SEND))) &&
        (cls_cmd(e, C_CLOSE, t) || cls_cmd(e, C_DETACH, t)))
        return 1;
    if ((f->classes & (1u << C_ATTACH)) && cls_cmd(e, C_DETACH, t))
        return 1;
    /* a failed bearer open answered by a look at the bearer (AT+SAPBR=2,1) */
    if ((f->classes & (1u << C_BEARER_OPEN)) && cls_cmd(e, C_BEARER_QUERY, t))
        return 1;
    /* the network refused it (no network service, GPRS error): a look at
     * the signal or the registration (AT+CSQ, AT+CREG?) is the diagnosis;
     * so after any failure of what needs the network's service (the packet
     * attach, a context or bearer brought up: 27.007 10.1.9 answers ERROR
     * when the attach "cannot be achieved", most often for want of a
     * registration), a plain ERROR among them */
    if ((f->network || (f->classes & ((1u << C_NETWORK_USE) | (1u << C_ATTACH) |
                                      (1u << C_BEARER_OPEN)))) &&
        cls_cmd(e, C_NETWORK_QUERY, t))
        return 1;
    /* ... or asking the module to register again (AT+COPS=1,2,"<plmn>",
     * AT+COPS=0): the host acting on "no network service" */
    if (f->network && cls_cmd(e, C_NETWORK_SELECT, t) && !variant(f, t))
        return 1;
    /* the SIM was not ready yet: asking its state (AT+CPIN?) is the host
     * waiting for it */
    if (f->sim_wait && cls_cmd(e, C_SIM_QUERY, t))
        return 1;
    /* a wrong PIN: asking how many attempts are left (AT+CPINR, AT+SPIC,
     * AT+QPINC?: the profile's pin_attempts) or what the SIM asks for now
     * (AT+CPIN?: still SIM PIN, or SIM PUK once the attempts are spent) is
     * what a host that must not guess does */
    if (f->wrong_password && (cls_cmd(e, C_PIN_ATTEMPTS, t) || cls_cmd(e, C_SIM_QUERY, t)))
        return 1;
    return 0;
}

/* The module said socket s closed (a link drop after a failed send explains
 * it: a send then is socket-state's) */
static int sock_closed(ats_engine *e, int s, uint64_t line)
{
    uint64_t at = 0;
    int slot = ats_sock_slot(s);
    return slot >= 0 && ats_st_at(&ats_eng_state(e)->sock[slot], line, &at) == ST_NO;
}

static int was_taken(const failed_state *st, const char *name)
{
    for (size_t i = 0; i < st->ntaken; i++)
        if (!strcmp(st->taken[i], name))
            return 1;
    return 0;
}

static void report(ats_rule_ctx *c, const failed_cmd *f);

/* A failure answered "not supported" that the host walked past: a finding
 * only where the capture shows the module has the command (it refused it
 * then, not for good); until its end may show that, it waits. */
static void report_or_wait(ats_rule_ctx *c, const failed_cmd *f)
{
    failed_state *st = c->st;
    if (!f->unsupported || was_taken(st, f->name)) {
        report(c, f);
        return;
    }
    if (st->nrefused == FAILED_MAX) {   /* bounded: the oldest is not judged */
        memmove(&st->refused[0], &st->refused[1], (FAILED_MAX - 1) * sizeof st->refused[0]);
        st->nrefused--;
    }
    st->refused[st->nrefused++] = *f;
}

static void report(ats_rule_ctx *c, const failed_cmd *f)
{
    ats_engine *e = c->e;
    ((failed_state *)c->st)->judged++;
    if (f->resent)            /* said at the re-send, with the reason */
        return;
    /* a failure another rule explains (a send on a closed socket, an open
     * while the network is still coming up) is that rule's finding; so is
     * one another rule holds to judge (retry-too-few, while the host mends
     * what the command needed before sending it again) */
    if (ats_eng_flagged(e, f->txn) || ats_eng_flagged(e, f->last_txn) ||
        ats_eng_claimed(e, f->txn) || ats_eng_claimed(e, f->last_txn))
        return;
    char n[24];
    snprintf(n, sizeof n, "%u", f->count);
    char ready[24];
    snprintf(ready, sizeof ready, "%" PRIu64, f->sim_came);
    const char *vars[] = {"cmd", f->cmd, "result", f->result, "count", n, "ready", ready, NULL};
    if (f->sim_wait && f->sim_came)
        ats_eng_violation(e, c->rule, f->first_line, f->time, f->txn, f->name, "%s",
                          ats_eng_msg(e, c->rule, "sim_wait",
                                      "{cmd} failed ({result}) while the SIM was not ready, and "
                                      "the host did not send it again once the SIM said ready "
                                      "(line {ready})",
                                      vars));
    else if (f->count == 1)
        ats_eng_violation(e, c->rule, f->first_line, f->time, f->txn, f->name, "%s",
                          ats_eng_msg(e, c->rule, "once",
                                      "{cmd} failed ({result}) and the host neither retried it "
                                      "nor asked why",
                                      vars));
    else
        ats_eng_violation(e, c->rule, f->first_line, f->time, f->txn, f->name, "%s",
                          ats_eng_msg(e, c->rule, "repeated",
                                      "{cmd} failed {count} times (last: {result}) and the host "
                                      "moved on without asking why",
                                      vars));
    if (f->result_line != f->first_line)
        ats_eng_related(e, f->result_line, f->count == 1 ? "failed here" : "last failure");
    ats_eng_flush(e);
}

/* The same password sent again after the module refused it as incorrect
 * (27.007 9.2: +CME ERROR: 16), and refused again, whether or not the host
 * asked the tries left between: a retry cannot mend a wrong PIN, and every
 * try spends one of the SIM's attempts (three for a PIN, then only the PUK
 * unblocks it). Said at the re-send, once for that password; the run it
 * starts is not reported again. */
static int password_resent(ats_rule_ctx *c, failed_cmd *f, const ats_txn *t, const char *key)
{
    ats_engine *e = c->e;
    failed_state *st = c->st;
    size_t i = 0;
    while (i < st->npw && strcmp(st->pw[i].norm, key))
        i++;
    if (i == st->npw) {           /* the first refusal of it: kept (bounded) */
        if (st->npw < sizeof st->pw / sizeof st->pw[0]) {
            memcpy(st->pw[st->npw].norm, key, sizeof st->pw[0].norm);
            st->pw[st->npw].line = f->result_line;
            st->pw[st->npw++].said = 0;
        }
        return 0;
    }
    if (st->pw[i].said)
        return 1;
    st->pw[i].said = 1;
    char first[24];
    snprintf(first, sizeof first, "%" PRIu64, st->pw[i].line);
    const char *vars[] = {"cmd", f->cmd, "result", f->result, "line", first, NULL};
    if (ats_eng_flagged(e, t->id))
        return 1;
    ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id, f->name, "%s",
                      ats_eng_msg(e, c->rule, "password_resent",
                                  "{cmd} sent again after the module refused it ({result}, "
                                  "line {line}): a wrong password is refused every time, and "
                                  "each try spends one of the SIM's attempts (three for a PIN, "
                                  "then the PUK is asked); the attempts left can be asked instead",
                                  vars));
    ats_eng_related(e, st->pw[i].line, "refused here");
    ats_eng_flush(e);
    return 1;
}

static void drop(failed_state *st, size_t i)
{
    memmove(&st->failed[i], &st->failed[i + 1], (st->n - i - 1) * sizeof st->failed[0]);
    st->n--;
}

void ats_rule_error_meaning(const json_t *errors, char *res, size_t cap)
{
    const char *colon = strchr(res, ':');
    if (!errors || !colon)
        return;
    char key[80];
    const char *code = colon + 1;
    while (*code == ' ')
        code++;
    snprintf(key, sizeof key, "%.*s: %s", (int)(colon - res), res, code);
    const char *m = json_string_value(json_object_get(errors, key));
    size_t l = strlen(res);
    if (m && l + strlen(m) + 4 < cap)
        snprintf(res + l, cap - l, ", %s", m);
}

static void failed_init(ats_rule_ctx *c)
{
    failed_state *st = c->st;
    st->window = ats_eng_param(c->e, c->rule, "window");
    st->errors = json_object_get((const json_t *)ats_profile_json(c->e->rs->p), "errors");
    if (st->window < 1)
        st->window = 1;
}

/* What the module says of its SIM: missing or broken (until it says ready,
 * or boots). The record's own failure is judged before this is taken. */
static void sim_said(ats_rule_ctx *c, const ats_item *it)
{
    failed_state *st = c->st;
    if (cls_line(c->e, L_SIM_FAULT, it->text))
        st->sim_gone = 1;
    else if (cls_line(c->e, L_SIM_READY, it->text)) {
        st->sim_gone = 0;
        for (size_t i = 0; i < st->n; i++)
            if (st->failed[i].sim_wait && !st->failed[i].sim_came)
                st->failed[i].sim_came = it->line;
    }
}

static void failed_sim(ats_rule_ctx *c, const ats_txn *t)
{
    if (t->final_kind != ATS_FINAL_NONE)
        sim_said(c, &t->final);
    if ((t->flags & ATS_TF_ASYNC) && t->completion_item.text.len)
        sim_said(c, &t->completion_item);
    for (size_t i = 0; i < t->nresponses; i++)
        sim_said(c, &t->responses[i]);
}

static void failed_urc(ats_rule_ctx *c, const ats_urc *u)
{
    if (u->boot)
        ((failed_state *)c->st)->sim_gone = 0;
    sim_said(c, &u->item);
}

static void failed_body(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    failed_state *st = c->st;
    const ats_item *bad = failure(t);
    char key[sizeof st->failed[0].norm];
    if (!bad && !st->n)
        return;               /* nothing waits, nothing to keep: most commands */
    txn_norm(t, key, sizeof key);
    unsigned carried = 0;
    int resent = 0;
    uint64_t first = t->first_line;
    ats_time first_time = t->command.time;
    uint64_t first_txn = t->id;
    for (size_t i = 0; i < st->n;) {
        failed_cmd *f = &st->failed[i];
        if (!strcmp(f->norm, key)) {          /* retried: answered, or a run goes on */
            if (!bad)
                st->judged++;
            if (bad && !carried) {
                carried = f->count;
                resent = f->resent;
                first = f->first_line;
                first_time = f->time;
                first_txn = f->txn;
            }
            drop(st, i);
            continue;
        }
        /* a failed send, then other data sent on the same socket: the
         * host moved on and the failed payload is lost; a close after
         * that is the session's end, not the answer */
        if ((f->classes & (1u << C_SEND)) && cls_cmd(e, C_SEND, t) && f->sock != ST_SOCK_UNSURE &&
            ats_eng_sock(e) == f->sock && !sock_closed(e, f->sock, t->first_line)) {
            report_or_wait(c, f);
            drop(st, i);
            continue;
        }
        if (diagnoses(e, f, t) || variant(f, t)) {
            st->judged++;
            drop(st, i);
            continue;
        }
        if ((f->classes & (1u << C_BEARER_OPEN)) && cls_cmd(e, C_BEARER_USE, t)) {
            /* what the bearer is for tells whether it was up: SIM800 answers
             * AT+SAPBR=1,1 with a bare ERROR when the bearer is already open,
             * so a request that then works (+HTTPACTION: 0,200,...) shows it
             * was; one that fails shows the host went on without it */
            const ats_item *end;
            int outcome = txn_outcome(t, &end);
            if (outcome > 0) {
                st->judged++;
                drop(st, i);
                continue;
            }
            if (outcome < 0) {
                report_or_wait(c, f);
                drop(st, i);
                continue;
            }
        }
        f->verbose |= cls_cmd(e, C_VERBOSE_ERRORS, t);
        /* a bearer is opened a few settings before its use (AT+HTTPINIT,
         * AT+HTTPPARA ...): its failure waits for the use, within bounds */
        unsigned win = (unsigned)st->window;
        if ((f->classes & (1u << C_BEARER_OPEN)) && win < BEARER_WINDOW)
            win = BEARER_WINDOW;
        /* refused while the SIM was not ready (SIM busy after a boot or
         * AT+CFUN=1): a host that waits for the SIM re-sends it once the
         * SIM says ready, however many commands later. The window starts
         * there; until then the failure waits (bounded by FAILED_MAX) */
        if (f->sim_wait && !f->sim_came) {
            i++;
            continue;
        }
        if (++f->seen >= win) {
            report_or_wait(c, f);
            drop(st, i);
            continue;
        }
        i++;
    }
    if (!bad)
        return;
    for (size_t k = 0; k < t->ncmds && k < 32; k++)
        if (t->unknown_mask & (1u << k)) {
            if (!st->unknown++) {
                ats_eng_text(st->unknown_name, sizeof st->unknown_name, t->cmds[k].name);
                st->unknown_line = t->first_line;
            }
            return;
        }
    if (tolerated(e, st, t, bad)) {
        st->judged++;
        return;
    }
    if (st->n == FAILED_MAX) {                /* bounded: the oldest is decided now */
        report_or_wait(c, &st->failed[0]);
        drop(st, 0);
    }
    failed_cmd *f = &st->failed[st->n++];
    memset(f, 0, sizeof *f);
    memcpy(f->norm, key, sizeof f->norm);
    snprintf(f->cmd, sizeof f->cmd, "%s", ats_eng_cmd(e, t));
    ats_eng_text(f->result, sizeof f->result, bad->text);
    ats_rule_error_meaning(st->errors, f->result, sizeof f->result);
    if (bad == &t->final && f->result[0] >= '0' && f->result[0] <= '9' &&
        strspn(f->result, "0123456789") == strlen(f->result)) {
        /* a numeric result code (ATV0): say which */
        size_t l = strlen(f->result);
        snprintf(f->result + l, sizeof f->result - l, ": %s", ats_final_kind_name(t->final_kind));
    }
    if (t->ncmds)
        ats_eng_text(f->name, sizeof f->name, t->cmds[0].name);
    f->classes = e->tcls;
    f->sock = ats_eng_sock(e);
    f->network = cls_line(e, L_NETWORK_FAULT, bad->text);
    f->unsupported = cls_line(e, L_UNSUPPORTED, bad->text);
    f->sim_wait = cls_line(e, L_SIM_WAIT, bad->text);
    f->wrong_password = cls_line(e, L_WRONG_PASSWORD, bad->text);
    f->count = carried + 1;
    f->first_line = first;
    f->time = first_time;
    f->txn = first_txn;
    f->last_txn = t->id;
    f->result_line = bad->line;
    f->resent = resent || (f->wrong_password && password_resent(c, f, t, key));
}

/* The module took the command: it has it. */
static void failed_taken(failed_state *st, const ats_txn *t)
{
    if (!t->ncmds || st->ntaken == TAKEN_MAX ||
        !((t->flags & ATS_TF_PROMPT) || t->nresponses || t->final_kind == ATS_FINAL_OK ||
          t->final_kind == ATS_FINAL_PROFILE_OK || t->final_kind == ATS_FINAL_CONNECT))
        return;
    ats_span raw = t->cmds[0].name;
    if (raw.len && raw.len == st->ntaken_raw && !memcmp(raw.ptr, st->taken_raw, raw.len))
        return;
    char name[sizeof st->taken[0]];
    ats_eng_text(name, sizeof name, raw);
    if (!was_taken(st, name))
        memcpy(st->taken[st->ntaken++], name, sizeof name);
    if (raw.len <= sizeof st->taken_raw) {
        memcpy(st->taken_raw, raw.ptr, raw.len);
        st->ntaken_raw = raw.len;
    }
}

static void failed_txn(ats_rule_ctx *c, const ats_txn *t)
{
    if (!ats_eng_on(c->e, c->rule) || t->status == ATS_TXN_UNFINISHED)
        return;
    failed_taken(c->st, t);
    failed_body(c, t);
    failed_sim(c, t);
}

/* Traffic that is not a command after a failure (PPP frames, binary data
 * in an undirected log; a data-mode stretch): the host went on, and no
 * answer to the failure can come as a command any more. */
static void failed_left(failed_state *st)
{
    for (size_t i = 0; i < st->n; i++)
        st->failed[i].left = 1;
}

static void failed_unparsed(ats_rule_ctx *c, const ats_record *r)
{
    if (r->kind == ATS_REC_UNPARSED && r->item && (r->item->flags & (ATS_LF_CONTROL | ATS_LF_NOT_UTF8)))
        failed_left(c->st);
}

static void failed_data(ats_rule_ctx *c, const ats_data *d)
{
    (void)d;
    failed_left(c->st);
}

static void failed_finish(ats_rule_ctx *c)
{
    failed_state *st = c->st;
    while (st->n) {
        const failed_cmd *f = &st->failed[0];
        /* two other commands since, neither turning verbose errors on: no
         * "AT+CMEE=2, then the repeat" can still be under way; or another
         * rule's finding already (report() leaves it to that rule) */
        int bearer = (f->classes & (1u << C_BEARER_OPEN)) != 0;   /* its use may follow */
        if (f->sim_wait && !f->sim_came) {
            /* the SIM never said ready in the capture: the re-send the
             * host waits to make may be beyond it */
            if (!st->cut++) {
                snprintf(st->cut_name, sizeof st->cut_name, "%s", f->name);
                st->cut_line = f->first_line;
                st->cut_sim = 1;
            }
        } else if (f->left || (f->count > 1 && f->seen > 0) || (!bearer && f->seen >= 2 && !f->verbose) ||
            ats_eng_flagged(c->e, f->txn) || ats_eng_flagged(c->e, f->last_txn) ||
            ats_eng_claimed(c->e, f->txn) || ats_eng_claimed(c->e, f->last_txn)) {
            report_or_wait(c, f);
        } else if (!st->cut++) {
            snprintf(st->cut_name, sizeof st->cut_name, "%s", f->name);
            st->cut_line = f->first_line;
        }
        drop(st, 0);
    }
    for (size_t i = 0; i < st->nrefused; i++) {
        const failed_cmd *f = &st->refused[i];
        if (was_taken(st, f->name)) {
            report(c, f);
            continue;
        }
        st->judged++;   /* the module lacks it: unknown-command's, if anyone's */
        if (!st->lacked++) {
            snprintf(st->lacked_name, sizeof st->lacked_name, "%s", f->name);
            st->lacked_line = f->first_line;
        }
    }
    if (st->judged)
        ats_eng_saw(c->e, c->rule);
    if (st->lacked && !st->cut) {
        char why[200];
        snprintf(why, sizeof why,
                 "AT%s answered not supported (line %" PRIu64 ")%s and never taken in the "
                 "capture: the module lacks it, not judged",
                 st->lacked_name, st->lacked_line, st->lacked > 1 ? " and more" : "");
        ats_eng_partly(c->e, c->rule, why);
    }
    if (st->unknown && !st->cut) {
        char why[200];
        snprintf(why, sizeof why,
                 "AT%s failed (line %" PRIu64 ")%s: a command the profile does not know, not "
                 "judged",
                 st->unknown_name, st->unknown_line, st->unknown > 1 ? " and more" : "");
        ats_eng_partly_or_na(c->e, c->rule, st->judged, why);
    }
    if (!st->cut)
        return;
    char why[256];   /* cut to the reason's size below */
    if (st->cut_sim)   /* the host's retry waits for the SIM, which never said ready */
        snprintf(why, sizeof why,
                 "AT%s failed on a busy SIM (line %" PRIu64 ")%s, never ready in the capture: "
                 "the host's retry waits for it",
                 st->cut_name, st->cut_line, st->cut > 1 ? " and more" : "");
    else
        snprintf(why, sizeof why,
                 "the capture ends before the host's answer to AT%s failing (line %" PRIu64 ")%s "
                 "could show",
                 st->cut_name, st->cut_line, st->cut > 1 ? " and more" : "");
    ats_eng_partly_or_na(c->e, c->rule, st->judged, why);
}

static const ats_rule_param failed_params[] = {
    {"window", ATS_PARAM_COUNT, 3, 0, -1},
    {NULL, 0, 0, 0, 0},
};

const ats_rule_desc ats_rule_command_failed = {
    .id = "command-failed",
    .severity = ATS_SEV_WARNING,
    .summary = "a failed command or async completion is retried, tried another way or looked into "
               "(a diagnostic or query of its family) within the next window commands; probes, "
               "optional settings and teardowns excepted",
    .params = failed_params,
    .state_size = sizeof(failed_state),
    .after_others = 1,
    .no_evidence = "no command failed in the capture",
    .needs = ATS_NEED_FAILURES,
    .on = {.init = failed_init,
           .txn = failed_txn,
           .urc = failed_urc,
           .data = failed_data,
           .unparsed = failed_unparsed,
           .finish = failed_finish},
};
