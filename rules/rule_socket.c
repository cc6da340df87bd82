/* rule_socket.c - socket-without-ip, socket-state, verify-after-close. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "rules_util.h"

/* the command as message text, made only when a message needs it */
#define cmd (eng_cmd(e, t))
#define key (eng_sock_key(e, s))

static void range(ats_engine *e, const ats_txn *t, int s)
{
    if ((double)s < e->min_socket || (double)s > e->max_sockets) {
        eng_violation(e, R_SOCKET_STATE, t->first_line, t->command.time, t->id, key,
                      "%s uses socket id %d (ids are %g..%g)", cmd, s, e->min_socket,
                      e->max_sockets);
    }
}

static void check_verify(ats_engine *e, verify_wait *v, const ats_txn *t, int query_cls,
                         const char *query)
{
    if (!v->active || t->first_line <= v->line)
        return;
    if (cls_cmd(e, query_cls, t)) {
        v->active = 0;
        return;
    }
    /* closing or releasing more first and checking once is fine; using the
     * link again before checking is what the guide warns about */
    if (cls_cmd(e, C_OPEN, t) || cls_cmd(e, C_SEND, t) || cls_cmd(e, C_ATTACH, t)) {
        eng_violation(e, R_VERIFY_AFTER_CLOSE, v->line, (ats_time){ATS_TIME_NONE, 0}, v->txn,
                      query, "%s completed but the state was not confirmed with %s before %s",
                      v->command, query, cmd);
        eng_related(e, t->first_line, "next state change");
        v->active = 0;
    }
}

void socket_txn(ats_engine *e, const ats_txn *t)
{
    uint64_t L = t->first_line, at = 0;
    int s = txn_sock(t);

    check_verify(e, &e->verify_sock, t, C_SOCKET_QUERY, e->ex_sock_query);
    check_verify(e, &e->verify_ip, t, C_IP_QUERY, e->ex_ip_query);

    if (cls_cmd(e, C_OPEN, t)) {
        range(e, t, s);
        if (st_at(&e->st.ip, L, &at) == ST_NO) {
            eng_violation(e, R_SOCKET_WITHOUT_IP, L, t->command.time, t->id, key,
                          "%s sent while no IP is held (since line %" PRIu64 ")", cmd, at);
            eng_related(e, at, "IP released or not obtained");
        }
        if (s >= 0 && s <= ST_MAX_SOCKETS && st_at(&e->st.sock[s], L, &at) == ST_YES) {
            eng_violation(e, R_SOCKET_STATE, L, t->command.time, t->id, key,
                          "%s opens socket %d, which is already open (since line %" PRIu64 ")",
                          cmd, s, at);
            eng_related(e, at, "socket opened");
        }
    } else if (cls_cmd(e, C_SEND, t) || cls_cmd(e, C_CLOSE, t)) {
        range(e, t, s);
        if (s >= 0 && s <= ST_MAX_SOCKETS && st_at(&e->st.sock[s], L, &at) == ST_NO) {
            eng_violation(e, R_SOCKET_STATE, L, t->command.time, t->id, key,
                          "%s on socket %d, which is not open (closed at line %" PRIu64 ")", cmd,
                          s, at);
            eng_related(e, at, "socket closed");
        }
    }

    const ats_item *end;
    int outcome = txn_outcome(t, &end);
    if (outcome > 0 && cls_cmd(e, C_CLOSE, t)) {
        e->verify_sock.active = 1;
        e->verify_sock.line = end->line;
        e->verify_sock.txn = t->id;
        snprintf(e->verify_sock.command, sizeof e->verify_sock.command, "%.90s", cmd);
    }
    if (outcome > 0 && cls_cmd(e, C_DETACH, t)) {
        e->verify_ip.active = 1;
        e->verify_ip.line = end->line;
        e->verify_ip.txn = t->id;
        snprintf(e->verify_ip.command, sizeof e->verify_ip.command, "%.90s", cmd);
    }
}

void socket_finish(ats_engine *e)
{
    verify_wait *v[2] = {&e->verify_sock, &e->verify_ip};
    const char *q[2] = {e->ex_sock_query, e->ex_ip_query};
    for (int i = 0; i < 2; i++)
        if (v[i]->active)
            eng_violation(e, R_VERIFY_AFTER_CLOSE, v[i]->line, (ats_time){ATS_TIME_NONE, 0},
                          v[i]->txn, q[i],
                          "%s completed but the state was not confirmed with %s before the "
                          "capture ended",
                          v[i]->command, q[i]);
}
