/* rule_socket.c - socket-without-ip, socket-state, verify-after-close. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "rules_util.h"

typedef struct without_ip_state {
    uint64_t opens;
} without_ip_state;

static void without_ip_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    uint64_t at = 0;
    int ip = ats_st_at(&ats_eng_state(e)->ip, t->first_line, &at);
    ((without_ip_state *)c->st)->opens++;
    if (ip != ST_UNKNOWN)
        ats_eng_saw(e, c->rule);
    if (ip == ST_NO) {
        ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id,
                          ats_eng_sock_key(e, eng_txn_sock(e, t)),
                          "%s sent while no IP is held (since line %" PRIu64 ")", ats_eng_cmd(e, t),
                          at);
        ats_eng_related(e, at, "IP released or not obtained");
    }
}

static void without_ip_finish(ats_rule_ctx *c)
{
    /* opened, but the IP state never known */
    if (((without_ip_state *)c->st)->opens && !c->e->saw[c->rule])
        snprintf(c->e->na_reason[c->rule], sizeof c->e->na_reason[c->rule],
                 "the IP state was unknown at every open (the capture does not show the data "
                 "call)");
}

const ats_rule_desc ats_rule_socket_without_ip = {
    .id = "socket-without-ip",
    .names_cause = 1,
    .severity = ATS_SEV_ERROR,
    .summary = "sockets are opened only while an IP is held (when the capture shows it)",
    .needs_classes = "open attach|ip_response",
    .state_size = sizeof(without_ip_state),
    .txn_classes = 1u << C_OPEN,
    .no_evidence = "no socket open in the capture",
    .needs = ATS_NEED_UNSOLICITED,
    .on = {.txn = without_ip_txn, .finish = without_ip_finish},
};

typedef struct socket_state {
    double max_sockets, min_socket;
    /* where each socket's last open failed (its final or completion), 0 none:
     * closing it then frees what the open allocated, as the manuals ask
     * (u-blox AT+USOCL after a failed AT+USOCO, Quectel AT+QICLOSE after
     * +QIOPEN: <id>,<err>): cleanup, not a close of a closed socket */
    uint64_t failed_open[ST_SINGLE + 1][2];
    /* where the module last said each socket's link dropped (the peer's close,
     * +QIURC: "closed", +MIPSTAT, +UUSOCL): the module may still hold the
     * socket, and Quectel's TCP/IP manual asks for AT+QICLOSE after the URC;
     * a close then is cleanup, not a close of a closed socket (a send is
     * still judged) */
    uint64_t dropped[ST_SINGLE + 1];
    /* where each socket's last open went through, 0 none: a boot report
     * after it closed the socket; none before it, and the boot report is
     * only where the capture first knows the socket is not open */
    uint64_t opened[ST_SINGLE + 1];
    /* commands that fit the single connection and a link id alike, while
     * the capture did not show which mode was on: not judged */
    uint64_t unsure, unsure_line;
    char unsure_cmd[64];
    /* sends made while their socket's open still waited: judged when the
     * open's record shows its completion came after them (a trace that
     * dropped the completion line leaves them unjudged) */
    struct early_send {
        uint64_t open_txn, open_line, line, txn;
        ats_time time;
        int sock;
        char cmd[100], open[100];
    } early[4];
    size_t nearly;
    /* the last open whose socket id was the module's answer (BC95 AT+NSOCR
     * answers 0): the host is to use the ids the module hands out */
    uint64_t made_line;
    int made_sock;
    char made_cmd[100];
    /* where the module named each socket in a data report (+NSONMI: 1,4):
     * it exists, whoever made it; and where a send or close on a socket no
     * open made was said, so it is said once */
    uint64_t named[ST_SINGLE + 1], unmade_said[ST_SINGLE + 1];
    /* where a command made each socket, its id the module's answer (u-blox
     * AT+USOCR: +USOCR: 0), at its final's line: the socket exists (no
     * unmade() finding on it), and where that command was an open (UDP's
     * AT+USOCR=17, whose socket is sent on as it is) the first open after
     * it is its connect (AT+USOCO), not an open of an open socket. A make
     * of no open class (TCP's AT+USOCR=6, Altair's ALLOCATE) opens nothing */
    uint64_t created[ST_SINGLE + 1];
} socket_state;

static void socket_init(ats_rule_ctx *c)
{
    socket_state *st = c->st;
    st->max_sockets = ats_eng_param(c->e, c->rule, "max_sockets");
    st->min_socket = ats_eng_param(c->e, c->rule, "min_socket");
}

static void range(ats_rule_ctx *c, const ats_txn *t, int s)
{
    ats_engine *e = c->e;
    const socket_state *st = c->st;
    /* a make the module refused names no socket (its id is the answer's) */
    if (s == ST_SOCK_SINGLE || (s < 0 && t->info.id_answer))
        return;
    if ((double)s < st->min_socket || (double)s > st->max_sockets)
        ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id, ats_eng_sock_key(e, s),
                          "%s uses socket id %d (ids are %g..%g)", ats_eng_cmd(e, t), s,
                          st->min_socket, st->max_sockets);
}

/* The open of socket s that was still waiting for its completion when t was
 * sent, or NULL. */
static const ats_waiting *opening(ats_engine *e, const ats_txn *t, int s)
{
    for (size_t i = 0; i < t->nwaiting; i++) {
        const ats_waiting *w = &t->waiting[i];
        /* the open is named by its own name (Cinterion's AT^SISO waits for a
         * ^SISW: report), or, as before, by its completion's */
        if (!w->sock.len || (!ats_classes_set_name(&e->rs->cls, C_OPEN, w->cmd.ptr, w->cmd.len) &&
                             !ats_classes_set_name(&e->rs->cls, C_OPEN, w->name.ptr, w->name.len)))
            continue;
        int id = 0;
        size_t k = 0;
        while (k < w->sock.len && k < 6 && w->sock.ptr[k] >= '0' && w->sock.ptr[k] <= '9')
            id = id * 10 + (w->sock.ptr[k++] - '0');
        if (k && k == w->sock.len && id == s)
            return w;
    }
    return NULL;
}

/* The open t's record came: the sends made while it waited are findings if
 * its completion came after them. */
static void early_sends(ats_rule_ctx *c, const ats_txn *t)
{
    socket_state *st = c->st;
    ats_engine *e = c->e;
    for (size_t i = 0; i < st->nearly;) {
        const struct early_send *x = &st->early[i];
        if (x->open_txn != t->id) {
            i++;
            continue;
        }
        /* a send async-overlap reported (the open blocks until its
         * completion, or the send used the socket the open was still
         * making) is that rule's: one fault, one finding; this stays for
         * a profile that turns async-overlap off */
        if ((t->completion == ATS_COMPL_SUCCESS || t->completion == ATS_COMPL_FAILURE) &&
            t->completion_item.line > x->line && !ats_eng_flagged(e, x->txn)) {
            ats_eng_violation(e, c->rule, x->line, x->time, x->txn, ats_eng_sock_key(e, x->sock),
                              "%s on %s, whose open (%s, line %" PRIu64 ") completed only at "
                              "line %" PRIu64,
                              x->cmd, ats_eng_sock_key(e, x->sock), x->open, x->open_line,
                              t->completion_item.line);
            ats_eng_related(e, x->open_line, "open sent here");
            ats_eng_flush(e);
        }
        st->early[i] = st->early[--st->nearly];
    }
}

/* A send on socket s that the module refused, while the capture shows the
 * module handing out socket ids (AT+NSOCR answered 0) and no open of s, nor
 * the module naming s: the host used an id no open gave it (BC95
 * AT+NSOST=1,... after AT+NSOCR gave 0), and its data went nowhere. Its
 * state before the capture is unknown, so only the refusal says it is not
 * there, and only the module's own ids say the host should have known.
 * Said once per socket. A refused close is not judged so: a host closing
 * ids it may have left open (a sweep at start or teardown) loses nothing. */
static void unmade(ats_rule_ctx *c, const ats_txn *t, int s, int slot)
{
    ats_engine *e = c->e;
    socket_state *st = c->st;
    if (slot < 0 || !st->made_line || !cls_cmd(e, C_SEND, t) || s == st->made_sock || st->opened[slot] ||
        st->created[slot] ||
        st->failed_open[slot][0] || st->failed_open[slot][1] || st->named[slot] ||
        st->unmade_said[slot] > st->made_line)
        return;
    if (t->final_kind == ATS_FINAL_NONE || !ats_final_is_failure(t->final_kind) ||
        ats_st_at(&ats_eng_state(e)->sock[slot], t->first_line, NULL) != ST_UNKNOWN)
        return;
    st->unmade_said[slot] = t->first_line;
    ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id, ats_eng_sock_key(e, s),
                      "%s on %s, which no open in the capture created (the module answered "
                      "%s at line %" PRIu64 " with socket %d)",
                      ats_eng_cmd(e, t), ats_eng_sock_key(e, s), st->made_cmd, st->made_line,
                      st->made_sock);
    ats_eng_related(e, st->made_line, "the module's socket id");
}

/* A command of no open class whose answer is the socket id the module made
 * (u-blox AT+USOCR=17 -> +USOCR: 0): the socket exists; the host is to use
 * the ids the module hands out, as after BC95's AT+NSOCR. */
static void created(ats_rule_ctx *c, const ats_txn *t, int slot)
{
    socket_state *st = c->st;
    if (slot < 0 || !(t->flags & ATS_TF_ID_ANSWERED) || t->final_kind == ATS_FINAL_NONE ||
        ats_final_is_failure(t->final_kind))
        return;
    st->created[slot] = t->final.line;
    st->made_line = t->first_line;
    st->made_sock = span_int(t->sock);
    snprintf(st->made_cmd, sizeof st->made_cmd, "%s", ats_eng_cmd(c->e, t));
}

static void socket_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    const ats_state *ms = ats_eng_state(e);
    uint64_t L = t->first_line, at = 0;
    int s = ats_eng_sock(e), slot = ats_sock_slot(s);
    socket_state *st = c->st;
    if (!cls_cmd(e, C_OPEN, t) && !cls_cmd(e, C_SEND, t) && !cls_cmd(e, C_CLOSE, t)) {
        created(c, t, slot);
        return;
    }
    if (s == ST_SOCK_UNSURE) {
        if (!st->unsure++) {
            ats_eng_text(st->unsure_cmd, sizeof st->unsure_cmd, t->command.text);
            st->unsure_line = L;
        }
        return;
    }
    if (s >= 0)
        ats_eng_saw(e, c->rule);   /* its id checked, and its state where known */
    if (cls_cmd(e, C_OPEN, t)) {
        range(c, t, s);
        early_sends(c, t);
        if (slot >= 0) {
            int failed = (t->final_kind != ATS_FINAL_NONE && ats_final_is_failure(t->final_kind)) ||
                         ((t->flags & ATS_TF_ASYNC) && t->completion == ATS_COMPL_FAILURE);
            st->failed_open[slot][0] = failed ? t->final.line : 0;
            st->failed_open[slot][1] = failed ? t->completion_item.line : 0;
            if (!failed && t->final_kind != ATS_FINAL_NONE)
                st->opened[slot] = L;
            if (!failed && t->final_kind != ATS_FINAL_NONE && (t->flags & ATS_TF_ID_ANSWERED)) {
                st->created[slot] = t->final.line;
                st->made_line = L;
                st->made_sock = s;
                snprintf(st->made_cmd, sizeof st->made_cmd, "%s", ats_eng_cmd(e, t));
            }
        }
        /* an open of the one connection the module took while the capture
         * had it open: a module whose commands act on the active socket
         * (Nordic SLM: each AT#XSOCKET=1 makes a new one active, up to 8) */
        int took = s == ST_SOCK_SINGLE && t->final_kind != ATS_FINAL_NONE &&
                   !ats_final_is_failure(t->final_kind) &&
                   !((t->flags & ATS_TF_ASYNC) && t->completion == ATS_COMPL_FAILURE);
        if (slot >= 0 && !took && ats_st_at(&ms->sock[slot], L, &at) == ST_YES &&
            at != st->created[slot]) {
            ats_eng_violation(e, c->rule, L, t->command.time, t->id, ats_eng_sock_key(e, s),
                              "%s opens %s, which is already open (since line %" PRIu64 ")",
                              ats_eng_cmd(e, t), ats_eng_sock_key(e, s), at);
            ats_eng_related(e, at, "socket opened");
        }
    } else if (cls_cmd(e, C_SEND, t) || cls_cmd(e, C_CLOSE, t)) {
        range(c, t, s);
        /* a send on a socket whose open still waits for its completion
         * (SIMCom AT+CIPSEND before +CIPOPEN: <id>,0): the module has no
         * connection to send on yet. A close then is the host giving up on
         * the open, not judged */
        const ats_waiting *w = slot >= 0 ? opening(e, t, s) : NULL;
        if (w && cls_cmd(e, C_CLOSE, t))
            return;   /* BG96 TCP/IP AN 2.3.7: no +QIOPEN in 150 s, AT+QICLOSE */
        if (w) {
            if (st->nearly < sizeof st->early / sizeof st->early[0]) {
                struct early_send *x = &st->early[st->nearly++];
                x->open_txn = w->id;
                x->open_line = w->line;
                x->line = L;
                x->txn = t->id;
                x->time = t->command.time;
                x->sock = s;
                snprintf(x->cmd, sizeof x->cmd, "%s", ats_eng_cmd(e, t));
                ats_eng_text(x->open, sizeof x->open, w->command);
            }
            return;
        }
        /* its last open failed since the state was set: where it failed (an
         * async open refused by its final, HL78 AT+KTCPCNX answered +CME
         * ERROR, changes no state: the state still dates from the boot) */
        uint64_t fo = slot >= 0 ? st->failed_open[slot][0] : 0;
        if (slot >= 0 && st->failed_open[slot][1] > fo)
            fo = st->failed_open[slot][1];
        if (slot >= 0 && ats_st_at(&ms->sock[slot], L, &at) == ST_NO &&
            !(cls_cmd(e, C_CLOSE, t) && ((fo && fo >= at) || (at && at == st->dropped[slot])))) {
            /* the state went "closed" where its open failed, or at a boot
             * report (a restart closed it, or it was never opened since):
             * say which, and cite no boot report as a close */
            int never = fo && fo >= at;
            if (never)
                at = fo;
            int boot = !never && at && at == ms->boot_line;
            if (boot && st->opened[slot] && st->opened[slot] < at) {
                ats_eng_violation(e, c->rule, L, t->command.time, t->id, ats_eng_sock_key(e, s),
                                  "%s on %s, which is not open (the module restarted at line "
                                  "%" PRIu64 ", after its open at line %" PRIu64 ")",
                                  ats_eng_cmd(e, t), ats_eng_sock_key(e, s), at,
                                  st->opened[slot]);
                ats_eng_related(e, at, "module restarted");
            } else if (boot) {
                ats_eng_violation(e, c->rule, L, t->command.time, t->id, ats_eng_sock_key(e, s),
                                  "%s on %s, which was never opened since the module started "
                                  "(line %" PRIu64 ")",
                                  ats_eng_cmd(e, t), ats_eng_sock_key(e, s), at);
                ats_eng_related(e, at, "module started");
            } else {
                ats_eng_violation(e, c->rule, L, t->command.time, t->id, ats_eng_sock_key(e, s),
                                  "%s on %s, which is not open (%s at line %" PRIu64 ")",
                                  ats_eng_cmd(e, t), ats_eng_sock_key(e, s),
                                  never ? "its open failed" : "closed", at);
                ats_eng_related(e, at, never ? "open failed" : "socket closed");
            }
        }
        unmade(c, t, s, slot);
    }
}

/* The module's report of data waiting on a socket (+NSONMI: <socket>,<n>):
 * that socket exists. */
static void socket_urc(ats_rule_ctx *c, const ats_urc *u)
{
    ats_span g;
    if (u->boot || !ats_tracker_line_ask(&c->e->tk, L_SOCKET_DATA, u->item.text.ptr,
                                         u->item.text.len, &g))
        return;
    int slot = ats_sock_slot(span_int(g));
    if (slot >= 0)
        ((socket_state *)c->st)->named[slot] = u->item.line;
}

static void socket_event(ats_rule_ctx *c, const ats_track_event *ev)
{
    int slot = ats_sock_slot(ev->sock);
    if (ev->kind == ATS_TRK_LINK_DROP && slot >= 0)
        ((socket_state *)c->st)->dropped[slot] = ev->line;
}

static void socket_finish(ats_rule_ctx *c)
{
    const socket_state *st = c->st;
    if (!st->unsure)
        return;
    char why[256];   /* cut to the reason's size below */
    snprintf(why, sizeof why,
             "%s (line %" PRIu64 ")%s: single or multi-connection form, the capture does not "
             "show which mode is on",
             st->unsure_cmd, st->unsure_line, st->unsure > 1 ? " and more" : "");
    ats_eng_partly_or_na(c->e, c->rule, c->e->saw[c->rule], why);
}

static const ats_rule_param socket_params[] = {
    {"max_sockets", ATS_PARAM_COUNT, 6, 0, -1},
    {"min_socket", ATS_PARAM_COUNT, 1, 0, -1},
    {NULL, 0, 0, 0, 0},
};

const ats_rule_desc ats_rule_socket_state = {
    .id = "socket-state",
    .names_cause = 1,
    .severity = ATS_SEV_ERROR,
    .summary = "sends and closes only on open sockets, no open of an open socket, ids within "
               "min_socket..max_sockets",
    .needs_classes = "open close send",
    .params = socket_params,
    .state_size = sizeof(socket_state),
    /* every class: a command of none may make a socket (created()) */
    .no_evidence = "no socket open, send or close with a socket id in the capture",
    .needs = ATS_NEED_UNSOLICITED,
    .on = {.init = socket_init,
           .txn = socket_txn,
           .urc = socket_urc,
           .state = socket_event,
           .finish = socket_finish},
};

/* verify-after-close: a close or release waiting for the query that confirms it. */
typedef struct verify_wait {
    int active;
    uint64_t line;            /* completion line */
    uint64_t txn;
    char command[96];
} verify_wait;

typedef struct verify_state {
    verify_wait sock, ip;
    /* reattach_checks (the L610 guide, 3.2): a new data call after a release
     * must wait for the release's query too. Elsewhere the new call's own
     * result is the check (it fails on a context still up): Quectel's TCP/IP
     * note answers +QIURC: "pdpdeact" with AT+QIDEACT then AT+QIACT */
    double reattach_checks;
    uint64_t judged;          /* closes followed by their query or by a new use */
    /* the profile's own query commands, named in messages: the class's
     * first, or the one of the open's or attach's own command (a module with
     * two stacks: Huawei's NDIS call is read with ^NDISSTATQRY?, its IP
     * stack's ^IPINIT= with ^IPINIT?) */
    char sock_query[80], ip_query[80];
    char sock_named[80], ip_named[80];
} verify_state;

/* The query of class cls with the command name of t's first command
 * (AT^IPINIT= -> AT^IPINIT?), into out; else out is left as it is. */
static void query_of(const ats_engine *e, int cls, const ats_txn *t, char *out, size_t cap)
{
    const cmd_class *cc = &e->rs->cls.cc[cls];
    if (!t->ncmds)
        return;
    for (int i = 0; i < cc->n; i++) {
        const cmd_spec *sp = &cc->spec[i];
        if (sp->exclude || sp->name_len != t->cmds[0].name.len ||
            memcmp(sp->name, t->cmds[0].name.ptr, sp->name_len))
            continue;
        snprintf(out, cap, "AT%s%s%s", sp->name,
                 sp->type == ATS_CMD_SET ? "=" : sp->type == ATS_CMD_READ ? "?"
                 : sp->type == ATS_CMD_TEST ? "=?" : "",
                 sp->args);
        return;
    }
}

static void verify_init(ats_rule_ctx *c)
{
    verify_state *st = c->st;
    st->reattach_checks = ats_eng_param(c->e, c->rule, "reattach_checks");
    const ats_classes *cl = &c->e->rs->cls;
    ats_classes_example(cl, C_SOCKET_QUERY, st->sock_query, sizeof st->sock_query);
    ats_classes_example(cl, C_IP_QUERY, st->ip_query, sizeof st->ip_query);
    memcpy(st->sock_named, st->sock_query, sizeof st->sock_named);
    memcpy(st->ip_named, st->ip_query, sizeof st->ip_named);
}

static void check_verify(ats_rule_ctx *c, verify_wait *v, const ats_txn *t, int query_cls,
                         const char *query)
{
    ats_engine *e = c->e;
    if (!v->active || t->first_line <= v->line)
        return;
    /* ... and a new open after a close likewise: Quectel answers +QIOPEN:
     * <id>,563 on a socket still up, SIMCom +CIPOPEN: <id>,4 */
    if (cls_cmd(e, query_cls, t) ||
        (((query_cls == C_IP_QUERY && cls_cmd(e, C_ATTACH, t)) ||
          (query_cls == C_SOCKET_QUERY && cls_cmd(e, C_OPEN, t))) &&
         ((verify_state *)c->st)->reattach_checks <= 0)) {
        v->active = 0;
        ((verify_state *)c->st)->judged++;
        ats_eng_saw(e, c->rule);
        return;
    }
    /* closing or releasing more first and checking once is fine; using the
     * link again before checking is what the guide warns about */
    if (cls_cmd(e, C_OPEN, t) || cls_cmd(e, C_SEND, t) || cls_cmd(e, C_ATTACH, t)) {
        ats_eng_violation(e, c->rule, v->line, (ats_time){ATS_TIME_NONE, 0}, v->txn, query,
                          "%s completed but the state was not confirmed with %s before %s",
                          v->command, query, ats_eng_cmd(e, t));
        ats_eng_related(e, t->first_line, "next state change");
        v->active = 0;
        ((verify_state *)c->st)->judged++;
        ats_eng_saw(e, c->rule);
    }
}

static void await(ats_engine *e, verify_wait *v, const ats_txn *t, const ats_item *end)
{
    v->active = 1;
    v->line = end->line;
    v->txn = t->id;
    snprintf(v->command, sizeof v->command, "%.90s", ats_eng_cmd(e, t));
}

static void verify_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    verify_state *st = c->st;
    check_verify(c, &st->sock, t, C_SOCKET_QUERY, st->sock_named);
    check_verify(c, &st->ip, t, C_IP_QUERY, st->ip_named);
    const ats_item *end;
    int outcome = txn_outcome(t, &end);
    if (outcome > 0 && cls_cmd(e, C_ATTACH, t)) {
        memcpy(st->ip_named, st->ip_query, sizeof st->ip_named);
        query_of(e, C_IP_QUERY, t, st->ip_named, sizeof st->ip_named);
    }
    if (outcome > 0 && cls_cmd(e, C_OPEN, t)) {
        memcpy(st->sock_named, st->sock_query, sizeof st->sock_named);
        query_of(e, C_SOCKET_QUERY, t, st->sock_named, sizeof st->sock_named);
    }
    if (outcome > 0 && cls_cmd(e, C_CLOSE, t))
        await(e, &st->sock, t, end);
    if (outcome > 0 && cls_cmd(e, C_DETACH, t)) {
        /* the release drops every socket with the IP: a close still waiting
         * for its query is confirmed by the release's own query */
        st->sock.active = 0;
        await(e, &st->ip, t, end);
    }
}

/* A close or release the capture ends after: the query may be the next
 * line beyond it (a trace cut at the close), so it is not judged. */
static void verify_finish(ats_rule_ctx *c)
{
    verify_state *st = c->st;
    const verify_wait *v[2] = {&st->sock, &st->ip};
    const char *q[2] = {st->sock_named, st->ip_named};
    for (int i = 0; i < 2; i++) {
        if (!v[i]->active)
            continue;
        char why[256];   /* cut to the reason's size below */
        snprintf(why, sizeof why,
                 "the capture ends before the query %s could confirm the state after line %" PRIu64,
                 q[i], v[i]->line);
        ats_eng_partly_or_na(c->e, c->rule, st->judged, why);
        break;
    }
}

static const ats_rule_param verify_params[] = {
    {"reattach_checks", ATS_PARAM_COUNT, 0, 0, 1},
    {NULL, 0, 0, 0, 0},
};

const ats_rule_desc ats_rule_verify_after_close = {
    .id = "verify-after-close",
    .severity = ATS_SEV_INFO,
    .params = verify_params,
    .summary = "after a socket close or IP release completes, the state is confirmed by a query",
    .needs_classes = "close|detach socket_query|ip_query",
    .state_size = sizeof(verify_state),
    .no_evidence = "no socket close or IP release completed in the capture",
    /* the query may be one the printer did not log */
    .needs = ATS_NEED_UNSOLICITED | ATS_NEED_COMMANDS,
    .on = {.init = verify_init, .txn = verify_txn, .finish = verify_finish},
};
