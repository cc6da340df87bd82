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

void rec_write_checked(jsonw *w, const ats_record *r)
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
                /* its answer, as a transaction's final: null where none came */
                if (d->escape_answered) {
                    ats_span f = d->end_item.text;
                    while (f.len && (f.ptr[f.len - 1] == '\r' || f.ptr[f.len - 1] == ' '))
                        f.len--;
                    text(w, "final", f, "final_escaped");
                    jw_u64(w, "final_line", d->end_item.line);
                    time_at(w, "final_time", d->end_item.time);
                } else {
                    jw_null(w, "final");
                }
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

/* ---- the same records, written without a room check a member ----
 *
 * A transaction's record is some thirty members, and each went through a
 * room check, the writer's indent test and its comma flag: with the record's
 * bytes bounded first (its strings escaped at six bytes a byte, every member
 * and number at its longest), a record that fits in the buffer's room is
 * written through a pointer, each key with its comma as one literal. A record
 * that may not fit is written by rec_write_checked, as before: neither path
 * flushes where the other would not, and both write the same bytes
 * (test_jsonw's test_rec_fast compares them). */

/* A literal member start: ",\"key\":" is a constant store */
#define PUT(o, lit) (memcpy((o), (lit), sizeof(lit) - 1), (o) += sizeof(lit) - 1)

/* Decimal digits of v from its bit length (jw__ndigits' compares and
 * divisions by 10000 were a fifth of writing a number). */
REC_INLINE unsigned ndigits(uint64_t v)
{
    static const uint64_t p10[20] = {1u,
                                     10u,
                                     100u,
                                     1000u,
                                     10000u,
                                     100000u,
                                     1000000u,
                                     10000000u,
                                     100000000u,
                                     1000000000u,
                                     10000000000u,
                                     100000000000u,
                                     1000000000000u,
                                     10000000000000u,
                                     100000000000000u,
                                     1000000000000000u,
                                     10000000000000000u,
                                     100000000000000000u,
                                     1000000000000000000u,
                                     10000000000000000000u};
    uint64_t x = v | 1;
    unsigned d = (unsigned)(64 - __builtin_clzll(x)) * 1233 >> 12;
    return d + (x >= p10[d]);
}

REC_INLINE char *put_u64(char *o, uint64_t v)
{
    unsigned nd = ndigits(v);
    char *e = o + nd;
    char *q = e;
    while (v >= 100) {
        unsigned d = (unsigned)(v % 100) * 2;
        v /= 100;
        *--q = jw__digits[d + 1];
        *--q = jw__digits[d];
    }
    if (v >= 10) {
        unsigned d = (unsigned)v * 2;
        *--q = jw__digits[d + 1];
        *--q = jw__digits[d];
    } else {
        *--q = (char)('0' + v);
    }
    return e;
}

/* The slots of the names of each enum (jsonw.h's rname_*): its first and
 * how many (a value past them shares the last, its name checked by address). */
enum {
    RN_KIND = 0, RN_NKIND = 8,
    RN_TYPE = RN_KIND + RN_NKIND, RN_NTYPE = 5,
    RN_STATUS = RN_TYPE + RN_NTYPE, RN_NSTATUS = 5,
    RN_RESULT = RN_STATUS + RN_NSTATUS, RN_NRESULT = 13,
    RN_COMPL = RN_RESULT + RN_NRESULT, RN_NCOMPL = 6,
    RN_END = RN_COMPL + RN_NCOMPL, RN_NEND = 8,
    RN_ALL = RN_END + RN_NEND
};
_Static_assert(RN_ALL <= 48, "jsonw.h's rname_* have a slot for every name");
#define RN_SLOT(base, count, v) ((base) + ((unsigned)(v) < (count) ? (unsigned)(v) : (count) - 1u))

/* A static table's name s, quoted: kept quoted in its enum value's slot
 * (a name longer than 30 bytes, never one of the tables', copied as it is),
 * and copied 32 bytes at once (the bound has room for it). */
REC_INLINE char *put_name(jsonw *w, char *o, unsigned slot, const char *s)
{
    if (w->rname_p[slot] != s) {
        size_t n = strlen(s);
        if (n > sizeof w->rname_q[0] - 2) {
            o[0] = '"';
            memcpy(o + 1, s, n);
            o[n + 1] = '"';
            return o + n + 2;
        }
        w->rname_p[slot] = s;
        w->rname_n[slot] = (unsigned char)(n + 2);
        w->rname_q[slot][0] = '"';
        memcpy(w->rname_q[slot] + 1, s, n);
        w->rname_q[slot][n + 1] = '"';
    }
    memcpy(o, w->rname_q[slot], sizeof w->rname_q[0]);
    return o + w->rname_n[slot];
}

REC_INLINE char *put_bool(char *o, int v)
{
    if (v) {
        memcpy(o, "true", 4);
        return o + 4;
    }
    memcpy(o, "false", 5);
    return o + 5;
}

/* Capture bytes as a JSON string (jw_bytes): a short plain one inline, the
 * rest through jw__escape, which finds its room (the bound holds it). *esc
 * is set when the text had to be escaped as bytes (text()'s flag). */
REC_INLINE char *put_bytes(jsonw *w, char *o, const char *p, size_t n, int *esc)
{
    *esc = 0;
    char *end = jw__put_short(o, p, n);
    if (end)
        return end;
    w->len = (size_t)(o - w->buf);
    *esc = jw__escape(w, p ? p : "", p ? n : 0, 0);
    return w->buf + w->len;
}

/* text(): the string, and its flag member when it was escaped as bytes */
#define PUT_TEXT(w, o, span, flaglit)                                          \
    do {                                                                       \
        int esc_;                                                              \
        (o) = put_bytes((w), (o), (span).ptr, (span).len, &esc_);              \
        if (esc_)                                                              \
            PUT((o), flaglit);                                                 \
    } while (0)

REC_INLINE char *put_time(jsonw *w, char *o, ats_time t)
{
    *o++ = '"';
    o += fmt_time_memo_at(&w->tmemo, o, t);
    *o++ = '"';
    return o;
}

/* jw_ms's text at o (the member's key written by the caller) */
REC_INLINE char *put_ms(jsonw *w, char *o, int64_t us)
{
    if (us <= -(1LL << 38) || us >= (1LL << 38)) {
        /* jw_double's "%.6f" past three days: through the writer, which
         * writes the key; the caller's key is taken back */
        return NULL;
    }
    (void)w;
    uint64_t a = us < 0 ? (uint64_t)-us : (uint64_t)us, ms = a / 1000, frac = a % 1000;
    if (us < 0)
        *o++ = '-';
    o = put_u64(o, ms);
    o[0] = '.';
    o[3] = (char)('0' + frac % 10);
    frac /= 10;
    o[2] = (char)('0' + frac % 10);
    o[1] = (char)('0' + frac / 10);
    memcpy(o + 4, "000", 3);
    return o + 7;
}

/* A member "key": with jw_ms's text, or through jw_ms past its exact range. */
#define PUT_MS(w, o, keylit, key, us)                                          \
    do {                                                                       \
        int64_t us_ = (us);                                                    \
        if (us_ <= -(1LL << 38) || us_ >= (1LL << 38)) {                      \
            (w)->len = (size_t)((o) - (w)->buf);                               \
            (w)->first = 0;                                                    \
            jw_ms((w), (key), us_);                                            \
            (o) = (w)->buf + (w)->len;                                         \
        } else {                                                               \
            PUT((o), keylit);                                                  \
            (o) = put_ms((w), (o), us_);                                       \
        }                                                                      \
    } while (0)

REC_INLINE char *put_flags(char *o, unsigned f)
{
    if (f & ATS_LF_TRUNCATED)
        PUT(o, ",\"truncated\":true");
    if (f & ATS_LF_NO_EOL)
        PUT(o, ",\"no_eol\":true");
    return o;
}

/* Room for a string of n bytes however it is escaped (jw__escape's own). */
#define STR_ROOM(n) ((size_t)(n) * 6 + 2)
/* Every member of a record but its strings, at their longest (keys, numbers
 * of 20 digits, times, names of static tables), with room to spare. */
#define TXN_FIXED 8192
#define ITEM_FIXED 256
#define SUB_FIXED 256
#define WAIT_FIXED 256

static size_t txn_bound(const ats_txn *t)
{
    size_t b = TXN_FIXED + STR_ROOM(t->command.text.len) + STR_ROOM(t->final.text.len) +
               STR_ROOM(t->final_code.len) + STR_ROOM(t->payload_preview.len) +
               STR_ROOM(t->completion_item.text.len) + STR_ROOM(t->sock.len) + 24 * t->nurcs;
    for (size_t i = 0; i < t->ncmds; i++) {
        b += SUB_FIXED + STR_ROOM(t->cmds[i].name.len);
        for (size_t a = 0; a < t->cmds[i].nargs; a++)
            b += 1 + STR_ROOM(t->cmds[i].args[a].len);
    }
    for (size_t i = 0; i < t->nresponses; i++)
        b += ITEM_FIXED + STR_ROOM(t->responses[i].text.len);
    for (size_t i = 0; i < t->nwaiting; i++)
        b += WAIT_FIXED + STR_ROOM(t->waiting[i].command.len);
    return b;
}

static char *put_args(jsonw *w, char *o, const ats_subcmd *c)
{
    PUT(o, ",\"args\":[");
    for (size_t i = 0; i < c->nargs; i++) {
        int esc;
        if (i)
            *o++ = ',';
        o = put_bytes(w, o, c->args[i].ptr, c->args[i].len, &esc);
    }
    *o++ = ']';
    return o;
}

static char *put_txn(jsonw *w, char *o, const ats_txn *t)
{
    PUT(o, ",\"line\":");
    o = put_u64(o, t->first_line);
    PUT(o, ",\"end_line\":");
    o = put_u64(o, t->last_line);
    PUT(o, ",\"offset\":");
    o = put_u64(o, t->command.offset);
    if (t->command.time.kind != ATS_TIME_NONE) {
        PUT(o, ",\"time\":");
        o = put_time(w, o, t->command.time);
    }
    PUT(o, ",\"command\":");
    PUT_TEXT(w, o, t->command.text, ",\"escaped\":true");
    if (t->ncmds) {
        int esc;
        PUT(o, ",\"name\":");
        o = put_bytes(w, o, t->cmds[0].name.ptr, t->cmds[0].name.len, &esc);
        PUT(o, ",\"type\":");
        o = put_name(w, o, RN_SLOT(RN_TYPE, RN_NTYPE, t->cmds[0].type),
                     ats_cmd_type_name(t->cmds[0].type));
        o = put_args(w, o, &t->cmds[0]);
    }
    if (t->ncmds > 1) {
        PUT(o, ",\"commands\":[");
        for (size_t i = 0; i < t->ncmds; i++) {
            int esc;
            if (i)
                *o++ = ',';
            PUT(o, "{\"name\":");
            o = put_bytes(w, o, t->cmds[i].name.ptr, t->cmds[i].name.len, &esc);
            PUT(o, ",\"type\":");
            o = put_name(w, o, RN_SLOT(RN_TYPE, RN_NTYPE, t->cmds[i].type),
                         ats_cmd_type_name(t->cmds[i].type));
            o = put_args(w, o, &t->cmds[i]);
            *o++ = '}';
        }
        *o++ = ']';
    }
    o = put_flags(o, t->command.flags);
    PUT(o, ",\"echo\":");
    o = put_bool(o, (t->flags & ATS_TF_ECHO) != 0);
    PUT(o, ",\"status\":");
    o = put_name(w, o, RN_SLOT(RN_STATUS, RN_NSTATUS, t->status), ats_txn_status_name(t->status));
    PUT(o, ",\"result\":");
    o = put_name(w, o, RN_SLOT(RN_RESULT, RN_NRESULT, t->final_kind),
                 ats_final_kind_name(t->final_kind));
    if (t->final.text.len) {
        PUT(o, ",\"final\":");
        PUT_TEXT(w, o, t->final.text, ",\"final_escaped\":true");
        PUT(o, ",\"final_line\":");
        o = put_u64(o, t->final.line);
        if (t->final.time.kind != ATS_TIME_NONE) {
            PUT(o, ",\"final_time\":");
            o = put_time(w, o, t->final.time);
        }
        if (t->final.time.kind != ATS_TIME_NONE && t->command.time.kind == t->final.time.kind)
            PUT_MS(w, o, ",\"final_ms\":", "final_ms", t->final.time.us - t->command.time.us);
        if (t->flags & ATS_TF_FINAL_AFTER_NEXT)
            PUT(o, ",\"final_after_next\":true");
    } else {
        PUT(o, ",\"final\":null");
    }
    if (t->status == ATS_TXN_HOST_TIMEOUT && t->gave_up.line) {
        PUT(o, ",\"gave_up_line\":");
        o = put_u64(o, t->gave_up.line);
        if (t->gave_up.time.kind != ATS_TIME_NONE) {
            PUT(o, ",\"gave_up_time\":");
            o = put_time(w, o, t->gave_up.time);
        }
    }
    if (t->final_code.len) {
        int esc;
        PUT(o, ",\"error\":");
        o = put_bytes(w, o, t->final_code.ptr, t->final_code.len, &esc);
    }
    PUT(o, ",\"responses\":[");
    for (size_t i = 0; i < t->nresponses; i++) {
        const ats_item *it = &t->responses[i];
        if (i)
            *o++ = ',';
        PUT(o, "{\"line\":");
        o = put_u64(o, it->line);
        PUT(o, ",\"text\":");
        PUT_TEXT(w, o, it->text, ",\"escaped\":true");
        if (it->time.kind != ATS_TIME_NONE) {
            PUT(o, ",\"time\":");
            o = put_time(w, o, it->time);
        }
        o = put_flags(o, it->flags);
        *o++ = '}';
    }
    *o++ = ']';
    if (t->responses_omitted) {
        PUT(o, ",\"responses_omitted\":");
        o = put_u64(o, t->responses_omitted);
    }
    if (t->nurcs) {
        PUT(o, ",\"urcs\":[");
        for (size_t i = 0; i < t->nurcs; i++) {
            if (i)
                *o++ = ',';
            o = put_u64(o, t->urc_ids[i]);
        }
        *o++ = ']';
    }
    if (t->flags & (ATS_TF_PROMPT | ATS_TF_PAYLOAD_EARLY) || t->payload_bytes ||
        t->payload_declared >= 0) {
        if (t->flags & ATS_TF_PROMPT) {
            PUT(o, ",\"payload\":{\"prompt_line\":");
            o = put_u64(o, t->prompt.line);
        } else {
            PUT(o, ",\"payload\":{\"prompt_line\":null");
        }
        if (t->payload_declared >= 0) {
            PUT(o, ",\"declared\":");
            o = put_u64(o, (uint64_t)t->payload_declared);
        }
        PUT(o, ",\"bytes\":");
        o = put_u64(o, t->payload_bytes);
        PUT(o, ",\"end\":");
        o = put_name(w, o, RN_SLOT(RN_END, RN_NEND, t->payload_end),
                     ats_payload_end_name(t->payload_end));
        if (t->payload_line) {
            PUT(o, ",\"line\":");
            o = put_u64(o, t->payload_line);
        }
        if (t->flags & ATS_TF_PAYLOAD_EARLY)
            PUT(o, ",\"before_prompt\":true");
        PUT(o, ",\"preview\":");
        PUT_TEXT(w, o, t->payload_preview, ",\"preview_escaped\":true");
        *o++ = '}';
    }
    if (t->flags & ATS_TF_ASYNC) {
        PUT(o, ",\"async\":true,\"blocking\":");
        o = put_bool(o, (t->flags & ATS_TF_BLOCKING) != 0);
        PUT(o, ",\"completion\":");
        o = put_name(w, o, RN_SLOT(RN_COMPL, RN_NCOMPL, t->completion),
                     ats_completion_name(t->completion));
        if (t->completion_item.text.len) {
            PUT(o, ",\"completion_text\":");
            PUT_TEXT(w, o, t->completion_item.text, ",\"completion_escaped\":true");
            PUT(o, ",\"completion_line\":");
            o = put_u64(o, t->completion_item.line);
            if (t->completion_item.time.kind != ATS_TIME_NONE) {
                PUT(o, ",\"completion_time\":");
                o = put_time(w, o, t->completion_item.time);
            }
            if (t->completion_item.time.kind != ATS_TIME_NONE &&
                t->command.time.kind == t->completion_item.time.kind)
                PUT_MS(w, o, ",\"completion_ms\":", "completion_ms",
                       t->completion_item.time.us - t->command.time.us);
        }
        if (t->flags & ATS_TF_EARLY_COMPLETION)
            PUT(o, ",\"completion_before_final\":true");
    }
    if (t->flags & ATS_TF_DATA_MODE)
        PUT(o, ",\"data_mode\":true");
    if (t->sock.len) {
        int esc;
        PUT(o, ",\"socket\":");
        o = put_bytes(w, o, t->sock.ptr, t->sock.len, &esc);
    }
    if (t->nwaiting) {
        PUT(o, ",\"waiting_for\":[");
        for (size_t i = 0; i < t->nwaiting; i++) {
            const ats_waiting *wt = &t->waiting[i];
            if (i)
                *o++ = ',';
            PUT(o, "{\"id\":");
            o = put_u64(o, wt->id);
            PUT(o, ",\"line\":");
            o = put_u64(o, wt->line);
            PUT(o, ",\"command\":");
            PUT_TEXT(w, o, wt->command, ",\"escaped\":true");
            PUT(o, ",\"blocking\":");
            o = put_bool(o, wt->blocking);
            *o++ = '}';
        }
        *o++ = ']';
    }
    if (t->retry_chain) {
        PUT(o, ",\"retry_chain\":");
        o = put_u64(o, t->retry_chain);
        PUT(o, ",\"attempt\":");
        o = put_u64(o, t->attempt);
    } else {
        PUT(o, ",\"retry_chain\":null");
    }
    return o;
}

static char *put_urc(jsonw *w, char *o, const ats_urc *u)
{
    int esc;
    PUT(o, ",\"line\":");
    o = put_u64(o, u->item.line);
    PUT(o, ",\"offset\":");
    o = put_u64(o, u->item.offset);
    if (u->item.time.kind != ATS_TIME_NONE) {
        PUT(o, ",\"time\":");
        o = put_time(w, o, u->item.time);
    }
    PUT(o, ",\"name\":");
    o = put_bytes(w, o, u->name.ptr, u->name.len, &esc);
    PUT(o, ",\"text\":");
    PUT_TEXT(w, o, u->item.text, ",\"escaped\":true");
    PUT(o, ",\"known\":");
    o = put_bool(o, u->known);
    if (u->inside_txn) {
        PUT(o, ",\"inside\":");
        o = put_u64(o, u->inside_txn);
    }
    return put_flags(o, u->item.flags);
}

void rec_write(jsonw *w, const ats_record *r)
{
    size_t bound = 0;
    if (!w->indent && !w->script && !w->error) {
        if (r->kind == ATS_REC_TXN)
            bound = txn_bound(r->txn);
        else if (r->kind == ATS_REC_URC)
            bound = TXN_FIXED + STR_ROOM(r->urc->name.len) + STR_ROOM(r->urc->item.text.len);
    }
    if (!bound || w->cap - w->len < bound) {
        rec_write_checked(w, r);
        return;
    }
    char *o = w->buf + w->len;
    PUT(o, "{\"kind\":");
    o = put_name(w, o, RN_SLOT(RN_KIND, RN_NKIND, r->kind), ats_record_kind_name(r->kind));
    PUT(o, ",\"id\":");
    o = put_u64(o, r->id);
    o = r->kind == ATS_REC_TXN ? put_txn(w, o, r->txn) : put_urc(w, o, r->urc);
    PUT(o, "}\n");
    w->len = (size_t)(o - w->buf);
    w->first = 1;
}
