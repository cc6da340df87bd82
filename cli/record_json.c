/* record_json.c - writes parse records as JSON Lines. Field names are an
 * interface (docs/records.md): rename nothing without a version bump. */
#include "record_json.h"
#include <inttypes.h>
#include <stdio.h>
#include <time.h>
#include "timefmt.h"

/* The helpers below take literal keys: inlined, each key's length is a
 * constant (a call would strlen it for every record). */
#define REC_INLINE JW_INLINE

REC_INLINE void flags_of(jsonw *w, unsigned f, uint64_t cut)
{
    if (f & ATS_LF_TRUNCATED) {
        jw_bool(w, "truncated", 1);
        if (cut)
            jw_u64(w, "cut_bytes", cut);
    }
    if (f & ATS_LF_NO_EOL)
        jw_bool(w, "no_eol", 1);
}

/* Writes key (text) and flags the record if the text had to be escaped. */
REC_INLINE void text(jsonw *w, const char *key, ats_span s, const char *flagkey)
{
    if (jw_bytes(w, key, s.ptr, s.len))
        jw_bool(w, flagkey, 1);
}

/* The time's text goes into the buffer as it is (fmt_time_at writes nothing
 * a JSON or HTML string escapes): no copy, no strlen, no escaping pass. */
REC_INLINE void time_at(jsonw *w, const char *key, ats_time t)
{
    if (t.kind == ATS_TIME_NONE)
        return;
    jw_key(w, key);
    if (w->len + FMT_TIME_MAX + 2 > w->cap) {
        jw__need(w, FMT_TIME_MAX + 2);
        if (w->len + FMT_TIME_MAX + 2 > w->cap)
            return;
    }
    char *o = w->buf + w->len;
    *o++ = '"';
    o += fmt_time_memo_at(&w->tmemo, o, t);
    *o++ = '"';
    w->len = (size_t)(o - w->buf);
}

void rec_write_time(jsonw *w, const char *key, ats_time t) { time_at(w, key, t); }

static void item(jsonw *w, const ats_item *it)
{
    jw_obj_begin(w);
    jw_u64(w, "line", it->line);
    text(w, "text", it->text, "escaped");
    time_at(w, "time", it->time);
    flags_of(w, it->flags, 0);
    jw_obj_end(w);
}

static void args(jsonw *w, const ats_subcmd *c)
{
    jw_arr_open(w, "args");
    for (size_t i = 0; i < c->nargs; i++)
        jw_bytes(w, NULL, c->args[i].ptr, c->args[i].len);
    jw_arr_end(w);
}

static void txn(jsonw *w, const ats_txn *t)
{
    jw_u64(w, "line", t->first_line);
    jw_u64(w, "end_line", t->last_line);
    jw_u64(w, "offset", t->command.offset);
    time_at(w, "time", t->command.time);
    text(w, "command", t->command.text, "escaped");
    if (t->ncmds) {
        jw_bytes(w, "name", t->cmds[0].name.ptr, t->cmds[0].name.len);
        jw_name(w, "type", ats_cmd_type_name(t->cmds[0].type));
        args(w, &t->cmds[0]);
    }
    if (t->ncmds > 1) {
        jw_arr_open(w, "commands");
        for (size_t i = 0; i < t->ncmds; i++) {
            jw_key(w, NULL);
            jw_obj_begin(w);
            jw_bytes(w, "name", t->cmds[i].name.ptr, t->cmds[i].name.len);
            jw_name(w, "type", ats_cmd_type_name(t->cmds[i].type));
            args(w, &t->cmds[i]);
            jw_obj_end(w);
        }
        jw_arr_end(w);
    }
    flags_of(w, t->command.flags, 0);
    jw_bool(w, "echo", (t->flags & ATS_TF_ECHO) != 0);
    jw_name(w, "status", ats_txn_status_name(t->status));
    jw_name(w, "result", ats_final_kind_name(t->final_kind));
    if (t->final.text.len) {
        text(w, "final", t->final.text, "final_escaped");
        jw_u64(w, "final_line", t->final.line);
        time_at(w, "final_time", t->final.time);
        if (t->final.time.kind != ATS_TIME_NONE && t->command.time.kind == t->final.time.kind)
            jw_ms(w, "final_ms", t->final.time.us - t->command.time.us);
        if (t->flags & ATS_TF_FINAL_AFTER_NEXT)
            jw_bool(w, "final_after_next", 1);
    } else {
        jw_null(w, "final");
    }
    if (t->status == ATS_TXN_HOST_TIMEOUT && t->gave_up.line) {
        jw_u64(w, "gave_up_line", t->gave_up.line);
        time_at(w, "gave_up_time", t->gave_up.time);
    }
    if (t->final_code.len)
        jw_bytes(w, "error", t->final_code.ptr, t->final_code.len);
    jw_arr_open(w, "responses");
    for (size_t i = 0; i < t->nresponses; i++) {
        jw_key(w, NULL);
        item(w, &t->responses[i]);
    }
    jw_arr_end(w);
    if (t->responses_omitted)
        jw_u64(w, "responses_omitted", t->responses_omitted);
    if (t->nurcs) {
        jw_arr_open(w, "urcs");
        for (size_t i = 0; i < t->nurcs; i++)
            jw_u64(w, NULL, t->urc_ids[i]);
        jw_arr_end(w);
    }
    if (t->flags & (ATS_TF_PROMPT | ATS_TF_PAYLOAD_EARLY) || t->payload_bytes ||
        t->payload_declared >= 0) {
        jw_key(w, "payload");
        jw_obj_begin(w);
        if (t->flags & ATS_TF_PROMPT)
            jw_u64(w, "prompt_line", t->prompt.line);
        else
            jw_null(w, "prompt_line");
        if (t->payload_declared >= 0)
            jw_i64(w, "declared", t->payload_declared);
        jw_u64(w, "bytes", t->payload_bytes);
        jw_name(w, "end", ats_payload_end_name(t->payload_end));
        if (t->payload_line)
            jw_u64(w, "line", t->payload_line);
        if (t->flags & ATS_TF_PAYLOAD_EARLY)
            jw_bool(w, "before_prompt", 1);
        text(w, "preview", t->payload_preview, "preview_escaped");
        jw_obj_end(w);
    }
    if (t->flags & ATS_TF_ASYNC) {
        jw_bool(w, "async", 1);
        jw_bool(w, "blocking", (t->flags & ATS_TF_BLOCKING) != 0);
        jw_name(w, "completion", ats_completion_name(t->completion));
        if (t->completion_item.text.len) {
            text(w, "completion_text", t->completion_item.text, "completion_escaped");
            jw_u64(w, "completion_line", t->completion_item.line);
            time_at(w, "completion_time", t->completion_item.time);
            if (t->completion_item.time.kind != ATS_TIME_NONE &&
                t->command.time.kind == t->completion_item.time.kind)
                jw_ms(w, "completion_ms", t->completion_item.time.us - t->command.time.us);
        }
        if (t->flags & ATS_TF_EARLY_COMPLETION)
            jw_bool(w, "completion_before_final", 1);
    }
    if (t->flags & ATS_TF_DATA_MODE)
        jw_bool(w, "data_mode", 1);
    if (t->sock.len)
        jw_bytes(w, "socket", t->sock.ptr, t->sock.len);
    if (t->nwaiting) {
        jw_arr_open(w, "waiting_for");
        for (size_t i = 0; i < t->nwaiting; i++) {
            const ats_waiting *wt = &t->waiting[i];
            jw_key(w, NULL);
            jw_obj_begin(w);
            jw_u64(w, "id", wt->id);
            jw_u64(w, "line", wt->line);
            text(w, "command", wt->command, "escaped");
            jw_bool(w, "blocking", wt->blocking);
            jw_obj_end(w);
        }
        jw_arr_end(w);
    }
    if (t->retry_chain) {
        jw_u64(w, "retry_chain", t->retry_chain);
        jw_u64(w, "attempt", t->attempt);
    } else {
        jw_null(w, "retry_chain");
    }
}

void rec_write(jsonw *w, const ats_record *r)
{
    jw_obj_begin(w);
    jw_name(w, "kind", ats_record_kind_name(r->kind));
    jw_u64(w, "id", r->id);
    switch (r->kind) {
    case ATS_REC_TXN:
        txn(w, r->txn);
        break;
    case ATS_REC_URC: {
        const ats_urc *u = r->urc;
        jw_u64(w, "line", u->item.line);
        jw_u64(w, "offset", u->item.offset);
        time_at(w, "time", u->item.time);
        jw_bytes(w, "name", u->name.ptr, u->name.len);
        text(w, "text", u->item.text, "escaped");
        jw_bool(w, "known", u->known);
        if (u->inside_txn)
            jw_u64(w, "inside", u->inside_txn);
        flags_of(w, u->item.flags, 0);
        break;
    }
    case ATS_REC_DATA: {
        const ats_data *d = r->data;
        jw_u64(w, "line", d->first_line);
        jw_u64(w, "end_line", d->last_line);
        jw_u64(w, "offset", d->offset);
        time_at(w, "time", d->start);
        jw_name(w, "mode", d->transparent ? "transparent" : "received");
        jw_key(w, "bytes");
        jw_obj_begin(w);
        jw_u64(w, "tx", d->bytes_tx);
        jw_u64(w, "rx", d->bytes_rx);
        jw_u64(w, "unknown", d->bytes_unknown);
        jw_obj_end(w);
        jw_u64(w, "pieces", d->pieces);
        text(w, "preview", d->preview, "preview_escaped");
        if (d->transparent) {
            jw_bytes(w, "end", d->end_reason.ptr, d->end_reason.len);
            if (d->end_item.line)
                jw_u64(w, "end_at", d->end_item.line);
            if (d->escape_line) {
                jw_key(w, "escape");
                jw_obj_begin(w);
                jw_u64(w, "line", d->escape_line);
                time_at(w, "time", d->escape_time);
                jw_bool(w, "line_end", d->escape_eol);
                jw_bool(w, "after_data", d->escape_inline);
                if (d->missed_escape_line) {
                    jw_key(w, "missed");
                    jw_obj_begin(w);
                    jw_u64(w, "line", d->missed_escape_line);
                    time_at(w, "time", d->missed_escape_time);
                    jw_obj_end(w);
                }
                jw_obj_end(w);
            }
        }
        break;
    }
    case ATS_REC_ANNOTATION:
    case ATS_REC_UNPARSED:
    case ATS_REC_HOST_LOG:
        jw_u64(w, "line", r->item->line);
        jw_u64(w, "offset", r->item->offset);
        time_at(w, "time", r->item->time);
        if (r->kind == ATS_REC_HOST_LOG)
            jw_bytes(w, "source", r->reason.ptr, r->reason.len);
        if (r->kind == ATS_REC_UNPARSED)
            jw_bytes(w, "reason", r->reason.ptr, r->reason.len);
        text(w, "text", r->item->text, "escaped");
        flags_of(w, r->item->flags, 0);
        break;
    case ATS_REC_RETRY_CHAIN: {
        const ats_chain *c = r->chain;
        jw_u64(w, "line", c->first_line);
        jw_u64(w, "end_line", c->last_line);
        text(w, "command", c->command, "escaped");
        jw_u64(w, "attempts", c->attempts);
        jw_arr_open(w, "transactions");
        for (size_t i = 0; i < c->ntxns; i++)
            jw_u64(w, NULL, c->txns[i]);
        jw_arr_end(w);
        jw_bytes(w, "outcome", c->outcome.ptr, c->outcome.len);
        break;
    }
    }
    jw_obj_end(w);
    jw_newline(w);
}
