/* txn_util.h - what a transaction acts on and how it ended, asked alike by
 * the state tracker and the rules. */
#ifndef ATS_TXN_UTIL_H
#define ATS_TXN_UTIL_H
#include "common.h"

/* A short decimal id; -1 if s is not one. */
static inline int span_int(ats_span s)
{
    if (!s.len || s.len > 6)
        return -1;
    int v = 0;
    for (size_t i = 0; i < s.len; i++) {
        if (s.ptr[i] < '0' || s.ptr[i] > '9')
            return -1;
        v = v * 10 + (s.ptr[i] - '0');
    }
    return v;
}

/* The socket/context id a transaction acts on: the profile's id argument,
 * else the first argument of the command. -1 if none. */
static inline int txn_sock(const ats_txn *t)
{
    if (t->sock.len)
        return span_int(t->sock);
    /* the module names the socket in its answer (AT+USOCR=17 -> +USOCR: 0):
     * refused, it made none; its first argument is no socket id */
    if (t->info.id_answer)
        return -1;
    if (t->ncmds && t->cmds[0].nargs)
        return span_int(t->cmds[0].args[0]);
    return -1;
}

/* How a class command ended, and the line that says so: an async command by
 * its completion, any other by its final result (Quectel's AT+QICLOSE=0 is
 * done at its OK; Fibocom's AT+MIPCLOSE=1 at +MIPCLOSE: 1,0). 1 success,
 * -1 failure, 0 not known. */
static inline int txn_outcome(const ats_txn *t, const ats_item **at)
{
    if (t->flags & ATS_TF_ASYNC) {
        *at = &t->completion_item;
        return t->completion == ATS_COMPL_SUCCESS ? 1 : t->completion == ATS_COMPL_FAILURE ? -1 : 0;
    }
    *at = &t->final;
    if (t->final_kind == ATS_FINAL_NONE)
        return 0;
    return ats_final_is_failure(t->final_kind) ? -1 : 1;
}

/* A failing final result of t that says its effect is in place already: the
 * command entry's "already" pattern matches the final, or an answer line
 * before it (ESP-AT's AT+CIPSTART answers ALREADY CONNECTED, then ERROR: the
 * link is up). */
static inline int txn_already(const ats_profile *p, const ats_txn *t)
{
    if (!t->ncmds || t->final_kind == ATS_FINAL_NONE || !ats_final_is_failure(t->final_kind))
        return 0;
    if (ats_profile_already(p, &t->cmds[0], t->final.text.ptr, t->final.text.len))
        return 1;
    for (size_t i = 0; i < t->nresponses; i++)
        if (ats_profile_already(p, &t->cmds[0], t->responses[i].text.ptr, t->responses[i].text.len))
            return 1;
    return 0;
}

#endif
