/* dispatch.c - hands each record to the rule families, then updates state.
 * Rules look at the state as of the line their evidence starts, so the order
 * within one record does not matter; updating last keeps it obvious. */
#include "rules_util.h"

void async_txn(ats_engine *e, const ats_txn *t);
void retry_note(ats_engine *e, const ats_txn *t);
void retry_chain(ats_engine *e, const ats_chain *c);
void send_txn(ats_engine *e, const ats_txn *t);
void send_tick(ats_engine *e);
void send_finish(ats_engine *e);
void socket_txn(ats_engine *e, const ats_txn *t);
void socket_finish(ats_engine *e);
void session_txn(ats_engine *e, const ats_txn *t);
void session_urc(ats_engine *e, const ats_urc *u);
void session_finish(ats_engine *e);
void misc_txn(ats_engine *e, const ats_txn *t);
void misc_unparsed(ats_engine *e, const ats_record *r);
void orphan_break(ats_engine *e);
void orphan_first_txn(ats_engine *e, uint64_t first_line);
void orphan_finish(ats_engine *e);
void failed_txn(ats_engine *e, const ats_txn *t);
void failed_finish(ats_engine *e);
void detail_finish(ats_engine *e);

void rules_txn(ats_engine *e, const ats_txn *t)
{
    if (!e->seen_txn)
        orphan_first_txn(e, t->first_line);
    orphan_break(e);
    send_tick(e);
    async_txn(e, t);
    eng_flush(e);
    retry_note(e, t);
    send_txn(e, t);
    eng_flush(e);
    socket_txn(e, t);
    eng_flush(e);
    session_txn(e, t);
    eng_flush(e);
    misc_txn(e, t);
    eng_flush(e);
    failed_txn(e, t);
    eng_flush(e);
    track_txn(e, t);
}

void rules_urc(ats_engine *e, const ats_urc *u)
{
    orphan_break(e);
    send_tick(e);
    session_urc(e, u);
    track_urc(e, u);
}

void rules_unparsed(ats_engine *e, const ats_record *r) { misc_unparsed(e, r); }

void rules_chain(ats_engine *e, const ats_chain *c) { retry_chain(e, c); }

void session_data(ats_engine *e, const ats_data *d);

void rules_data(ats_engine *e, const ats_data *d)
{
    orphan_break(e);
    send_tick(e);
    session_data(e, d);
}

void rules_finish(ats_engine *e)
{
    orphan_finish(e);
    failed_finish(e);
    detail_finish(e);
    send_finish(e);
    socket_finish(e);
    session_finish(e);
}
