/* pipeline.c - wires framers and the builder into one parser: the plain
 * reader's bytes (or any reader's chunks) in, records out. Undirected
 * captures use one framer; directed ones one per direction. With two
 * threads the records go to the callback on a record thread (recq.h): the
 * framers, redaction and builder stay together, because the builder tells
 * the framer how to frame the very next byte (on_mode): on the caller's
 * thread, or with three on a parser thread of their own (chunkq.h), the
 * reader keeping the caller's. The line tap's
 * lines go through the record queue, each before the records built from it,
 * so a tap that the record callback reads (the evidence window that
 * violations ask) sees on the record thread what it would on one. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "chunkq.h"
#include "recq.h"

/* Framers of a multiplexer channel (a CMUX DLCI, a trace's second port):
 * each channel its own, so the prompt or payload one channel's command asks
 * for frames that channel's bytes only. Past PS_MUX channels the last set
 * is shared. */
#define PS_MUX 8

typedef struct mux_set {
    unsigned ch;
    ats_framer fr[3];
    int used[3];
} mux_set;

struct ats_parser {
    ats_parser_opts o;
    ats_framer fr[3];            /* channel 0 (not multiplexed), indexed by ats_dir */
    int fr_used[3];
    mux_set *mux;                /* PS_MUX of them, made with the first channel */
    size_t nmux;
    ats_builder *b;
    const ats_profile *p;
    ats_redactor *red;           /* NULL: lines reach the builder as read */
    ats_line_cb tap;             /* sees each line the builder gets (evidence) */
    void *tap_user;
    size_t tap_max;              /* bytes of a line's text it sees; 0: all */
    ats_record_cb cb;
    void *user;
    ats_chunkq *cq;              /* NULL: chunks framed on the caller's thread */
    ats_error cqerr;             /* why the parser's thread stopped */
    ats_recq *q;                 /* NULL: records delivered on the caller's thread */
    ats_error qerr;              /* why the queue refused a record (out of memory) */
    ats_stats st;
    int failed;
    int last_byte;
    ats_error berr;              /* why the builder stopped, if it did */
    uint64_t max_line_seen;      /* reader-given lines: the capture's line count */
    uint64_t reader_lines;       /* the reader's own count (ats_parser_set_lines), 0 none */
};

void ats_parser_opts_default(ats_parser_opts *o)
{
    memset(o, 0, sizeof *o);
    o->framer.max_line = 65536;
    o->framer.annotations = 1;
    o->builder.max_pending_async = 16;
    o->builder.max_responses = 64;
    o->builder.max_txn_bytes = 256 * 1024;
    o->builder.preview_bytes = 64;
}

static int on_record(void *user, const ats_record *r)
{
    ats_parser *ps = user;
    ats_stats *s = &ps->st;
    s->records++;
    switch (r->kind) {
    case ATS_REC_TXN:
        s->transactions++;
        s->commands += r->txn->ncmds;
        if (r->txn->status == ATS_TXN_NO_FINAL || r->txn->status == ATS_TXN_HOST_TIMEOUT)
            s->no_final++;
        else if (r->txn->status == ATS_TXN_UNFINISHED)
            s->unfinished++;
        break;
    case ATS_REC_URC: s->urcs++; break;
    case ATS_REC_DATA: s->data++; break;
    case ATS_REC_ANNOTATION: s->annotations++; break;
    case ATS_REC_UNPARSED: s->unparsed++; break;
    case ATS_REC_RETRY_CHAIN: s->chains++; break;
    case ATS_REC_HOST_LOG: s->host_log++; break;
    }
    if (ps->q)
        return ats_recq_put(ps->q, r, &ps->qerr) == 0 ? 0 : 1;
    return ps->cb ? ps->cb(ps->user, r) : 0;
}

/* The tap's view of l: cut at tap_max bytes, the rest counted as cut (what
 * the evidence window does with it anyway), so a line crossing to the
 * record thread costs a batch at most tap_max bytes of text. */
static int to_tap(ats_parser *ps, const ats_line *l)
{
    ats_line t;
    /* a payload piece that took the line ends after it shows as its line */
    if (l->flags & ATS_LF_PAYLOAD_EOL) {
        t = *l;
        t.text.len -= ats_eol_tail(t.text.ptr, t.text.len);
        l = &t;
    }
    if (ps->tap_max && l->text.len > ps->tap_max) {
        if (l != &t)
            t = *l;
        t.cut += t.text.len - ps->tap_max;
        t.text.len = ps->tap_max;
        l = &t;
    }
    if (ps->q)
        return ats_recq_put_line(ps->q, l, &ps->qerr) == 0 ? 0 : 1;
    return ps->tap(ps->tap_user, l);
}

static int to_builder(void *user, const ats_line *l)
{
    ats_parser *ps = user;
    if (ps->tap && to_tap(ps, l) != 0)
        return 1;
    return ats_builder_feed(ps->b, l, &ps->berr) == 0 ? 0 : 1;
}

void ats_parser_set_line_tap(ats_parser *ps, ats_line_cb cb, void *user, size_t max_text)
{
    ps->tap = cb;
    ps->tap_user = user;
    ps->tap_max = max_text;
    if (ps->q)
        ats_recq_set_line_cb(ps->q, cb, user);
}

/* The framers of channel ch (0: not multiplexed): the set, or a new one
 * when make, or NULL. */
static int set_of(ats_parser *ps, unsigned ch, int make, ats_framer **fr, int **used)
{
    if (!ch) {
        *fr = ps->fr;
        *used = ps->fr_used;
        return 1;
    }
    size_t i = 0;
    while (i < ps->nmux && ps->mux[i].ch != ch)
        i++;
    if (i == ps->nmux) {
        if (!make)
            return 0;
        if (!ps->mux && !(ps->mux = calloc(PS_MUX, sizeof *ps->mux)))
            return -1;
        if (ps->nmux == PS_MUX)
            i = PS_MUX - 1;
        else
            ps->mux[ps->nmux++].ch = ch;
    }
    *fr = ps->mux[i].fr;
    *used = ps->mux[i].used;
    return 1;
}

static int on_line(void *user, const ats_line *l)
{
    ats_parser *ps = user;
    ats_framer *frs;
    int *used;
    /* The modem answers while the host's payload is still short of its
     * declared length (a trace that cut it, a host that stopped): the
     * bytes sent so far came first and belong to the send. */
    if (l->dir == ATS_DIR_RX && set_of(ps, l->channel, 0, &frs, &used) > 0 &&
        used[ATS_DIR_TX] && ats_framer_flush_partial(&frs[ATS_DIR_TX]) != 0)
        return 1;
    /* The host writes while data a URC announced is half read: what the
     * modem sent before the write is that data (the builder ends it there). */
    if (l->dir == ATS_DIR_TX && set_of(ps, l->channel, 0, &frs, &used) > 0 &&
        used[ATS_DIR_RX] && frs[ATS_DIR_RX].mode == ATS_FRAME_PAYLOAD_LEN &&
        !frs[ATS_DIR_RX].block && ats_framer_flush_partial(&frs[ATS_DIR_RX]) != 0)
        return 1;
    if (l->flags & ATS_LF_TRUNCATED)
        ps->st.truncated_lines++;
    if (l->flags & ATS_LF_NOT_UTF8)
        ps->st.not_utf8_lines++;
    ps->st.cut_bytes += l->cut;
    if (ps->red) {
        int rc = ats_redactor_feed(ps->red, l, &ps->berr);
        ps->st.redacted = ats_redactor_masked(ps->red);
        return rc == 0 ? 0 : 1;
    }
    return to_builder(ps, l);
}

void ats_parser_set_redact_spans(ats_parser *ps, ats_redact_span_cb cb, void *user)
{
    if (ps->red)
        ats_redactor_set_span_cb(ps->red, cb, user);
}

int ats_parser_set_redact(ats_parser *ps, ats_redact_map *map, ats_error *err)
{
    /* the builder takes each line's key from the redactor (one hash a line) */
    if (ps->b)
        ats_builder_use_keys(ps->b, NULL);
    ats_redactor_free(ps->red);
    ps->red = NULL;
    if (!map)
        return 0;
    int rc = ats_redactor_new(&ps->red, ps->p, map, to_builder, ps, err);
    if (rc == 0 && ps->b)
        ats_builder_use_keys(ps->b, ats_redactor_keyed(ps->red));
    return rc;
}

static void on_mode(void *user, ats_dir d, ats_frame_mode m, uint64_t n, int prompt)
{
    ats_parser *ps = user;
    ats_framer *fr;
    int *used;
    /* the hint is for the channel of the builder's current transaction */
    if (set_of(ps, ats_builder_channel(ps->b), 0, &fr, &used) <= 0)
        return;
    const char *mark;
    size_t mark_len = ats_builder_end_mark(ps->b, &mark);
    for (int k = 0; k < 3; k++) {
        if (!used[k])
            continue;
        /* undirected: the one framer takes every hint; directed: by side,
         * and never the other side's, though the capture holds undirected
         * chunks too (a banner, a trace's undirected lines): a URC's data
         * is the modem's, so the host's next write is no part of it */
        if (k == ATS_DIR_UNKNOWN || d == ATS_DIR_UNKNOWN || (int)d == k) {
            ats_framer_set_mode(&fr[k], m, n);
            ats_framer_expect_prompt(&fr[k], prompt);
            if (mark_len)
                ats_framer_set_end(&fr[k], mark, mark_len);
        }
    }
}

static int from_queue(void *user, const ats_chunk *c);

int ats_parser_new(ats_parser **out, const ats_profile *p, const ats_parser_opts *opts,
                   ats_record_cb cb, void *user, ats_error *err)
{
    *out = NULL;
    int prc = p ? ats_profile_check_complete(p, err) : 0;
    if (prc < 0)
        return prc;
    ats_parser *ps = calloc(1, sizeof *ps);
    if (!ps)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    if (opts)
        ps->o = *opts;
    else
        ats_parser_opts_default(&ps->o);
    ps->cb = cb;
    ps->user = user;
    ps->p = p;
    int rc = ats_builder_new(&ps->b, p, &ps->o.builder, on_record, ps, err);
    if (rc < 0) {
        free(ps);
        return rc;
    }
    /* no record thread (none could start): the records come on this one,
     * the same records in the same order */
    if (ps->o.threads >= 2 && cb && ats_recq_new(&ps->q, cb, user, NULL) < 0)
        ps->q = NULL;
    if (ps->o.threads >= 3 && ats_chunkq_new(&ps->cq, from_queue, ps, NULL) < 0)
        ps->cq = NULL;
    ats_builder_set_mode_cb(ps->b, on_mode, ps);
    *out = ps;
    return 0;
}

/* The framer of a direction, made on its first chunk: "//" notes are
 * recognised where the options allow them, unless the reader's chunks say
 * its format holds none. */
static ats_framer *framer_for(ats_parser *ps, ats_dir d, unsigned chunk_flags, unsigned ch,
                              ats_error *err)
{
    ats_framer *frs;
    int *used;
    if ((unsigned)d > 2)
        d = ATS_DIR_UNKNOWN;
    if (set_of(ps, ch, 1, &frs, &used) < 0) {
        ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
        return NULL;
    }
    if (!used[d]) {
        ats_framer_opts fo = ps->o.framer;
        fo.annotations = fo.annotations && !(chunk_flags & ATS_CF_NO_NOTES);
        if (d != ATS_DIR_UNKNOWN) {
            fo.exact_payload = 1;
            ps->o.builder.directed = 1;
        }
        if (ats_framer_init(&frs[d], &fo, d, on_line, ps, err) < 0)
            return NULL;
        used[d] = 1;
    }
    return &frs[d];
}

/* A failure on this thread comes after every record already queued: they
 * are delivered first, as one thread would have, and if the callback
 * stopped at one of them, that stop is the outcome (one thread would never
 * have got this far). */
static int settle(ats_parser *ps, int rc, ats_error *err)
{
    if (!ps->q)
        return rc;
    if (rc < 0 && ps->qerr.code) {   /* the builder saw only "stopped by callback" */
        if (err)
            *err = ps->qerr;
        rc = ps->qerr.code;
    }
    if (ats_recq_sync(ps->q) == ATS_EUSER && rc != ATS_EUSER)
        rc = ats_err(err, ATS_EUSER, NULL, 0, 0, "stopped by the record callback");
    return rc;
}

/* Waits for the parser's thread; its failure, if it stopped, is the outcome. */
static int drain(ats_parser *ps, ats_error *err)
{
    if (!ps->cq || ats_chunkq_sync(ps->cq) == 0)
        return 0;
    if (err)
        *err = ps->cqerr;
    return ps->cqerr.code ? ps->cqerr.code : ATS_EINVAL;
}

int ats_parser_sync(ats_parser *ps, ats_error *err)
{
    int rc = drain(ps, err);
    return ps->q ? settle(ps, rc, err) : rc;
}

static int feed_chunk(ats_parser *ps, const ats_chunk *c, ats_error *err);

static int from_queue(void *user, const ats_chunk *c)
{
    ats_parser *ps = user;
    return feed_chunk(ps, c, &ps->cqerr) < 0 ? 1 : 0;
}

/* The first chunk decides, once: nothing was framed yet, so the parser
 * thread can take over from here. */
static void split_at(ats_parser *ps, const ats_chunk *c)
{
    ps->o.split_read_apart = 0;
    if (ps->o.threads == 2 && (c->flags & ATS_CF_READ_APART) &&
        ats_chunkq_new(&ps->cq, from_queue, ps, NULL) < 0)
        ps->cq = NULL;        /* none could start: framed here, the same records */
}

int ats_parser_feed_chunks(ats_parser *ps, const ats_chunk *c, size_t n, ats_error *err)
{
    int rc = 0;
    if (!n)
        return 0;
    if (ps->o.split_read_apart)
        split_at(ps, c);
    if (ps->cq) {
        rc = ats_chunkq_put_run(ps->cq, c, n, err);
        if (rc == ATS_EUSER)
            rc = drain(ps, err);
    } else {
        for (size_t i = 0; i < n && rc >= 0; i++)
            rc = feed_chunk(ps, &c[i], err);
    }
    return rc < 0 ? settle(ps, rc, err) : rc;
}

int ats_parser_feed_chunk(ats_parser *ps, const ats_chunk *c, ats_error *err)
{
    int rc;
    if (ps->o.split_read_apart)
        split_at(ps, c);
    if (ps->cq) {
        rc = ats_chunkq_put(ps->cq, c, err);
        if (rc == ATS_EUSER)
            rc = drain(ps, err);
    } else {
        rc = feed_chunk(ps, c, err);
    }
    return rc < 0 ? settle(ps, rc, err) : rc;
}

static int feed_chunk(ats_parser *ps, const ats_chunk *c, ats_error *err)
{
    if (ps->failed)
        return ats_err(err, ATS_EINVAL, NULL, 0, 0, "parser failed earlier");
    if (c->kind != ATS_CHUNK_DATA && c->line) {
        /* the tool's own text, or a line breaking the format, at the line the
         * reader names: no framing (at line 0 the framer places it below) */
        ats_line l;
        memset(&l, 0, sizeof l);
        l.kind = c->kind == ATS_CHUNK_ANNOTATION ? ATS_LINE_ANNOTATION
                 : c->kind == ATS_CHUNK_HOST_LOG ? ATS_LINE_HOST_LOG
                                                 : ATS_LINE_UNPARSED;
        l.dir = c->dir;
        l.text.ptr = (const char *)c->bytes;
        l.text.len = c->len;
        l.line = c->line;
        l.offset = c->offset;
        l.time = c->time;
        l.note = c->note;
        l.channel = c->flags & ATS_CF_MUX ? c->channel : 0;
        if (!ats_is_utf8(c->bytes, c->len))
            l.flags |= ATS_LF_NOT_UTF8;
        if (c->flags & ATS_CF_NO_EOL)
            l.flags |= ATS_LF_NO_EOL;
        if (c->flags & ATS_CF_NOT_SENT)
            l.flags |= ATS_LF_NOT_SENT;
        if (c->flags & ATS_CF_GAVE_UP)
            l.flags |= ATS_LF_GAVE_UP;
        if (c->flags & ATS_CF_FLUSHED)
            l.flags |= ATS_LF_FLUSHED;
        if (c->flags & ATS_CF_DATA_END)
            l.flags |= ATS_LF_DATA_END;
        if (c->flags & ATS_CF_SENT_UNSHOWN)
            l.flags |= ATS_LF_SENT_UNSHOWN;
        if (c->flags & ATS_CF_BLOCK_OPEN)
            l.flags |= ATS_LF_BLOCK_OPEN;
        if (c->flags & ATS_CF_BLOCK_CLOSE)
            l.flags |= ATS_LF_BLOCK_CLOSE;
        if (c->line > ps->max_line_seen)
            ps->max_line_seen = c->line;
        /* through the tap either way, so evidence does not depend on redaction */
        int rc = ps->red ? ats_redactor_feed(ps->red, &l, err) : to_builder(ps, &l) ? ATS_EUSER : 0;
        if (ps->red)
            ps->st.redacted = ats_redactor_masked(ps->red);
        if (rc == ATS_EUSER && ps->berr.code) {
            if (err)
                *err = ps->berr;
            rc = ps->berr.code;
        }
        if (rc < 0)
            ps->failed = 1;
        return rc;
    }
    if (c->line && c->line > ps->max_line_seen)
        ps->max_line_seen = c->line;
    /* A directed capture gets both sides' framers at once, so a hint for a
     * side that has not spoken yet (a prompt before any modem byte) lands. */
    unsigned ch = c->flags & ATS_CF_MUX ? c->channel : 0;
    if (c->dir != ATS_DIR_UNKNOWN && (ch || !(ps->fr_used[ATS_DIR_TX] && ps->fr_used[ATS_DIR_RX])) &&
        (!framer_for(ps, ATS_DIR_TX, c->flags, ch, err) ||
         !framer_for(ps, ATS_DIR_RX, c->flags, ch, err))) {
        ps->failed = 1;
        return err ? err->code : ATS_ENOMEM;
    }
    /* once made, a side's framer is taken without a call (once per chunk) */
    ats_framer *fr = !ch && (unsigned)c->dir <= 2 && ps->fr_used[c->dir]
                         ? &ps->fr[c->dir]
                         : framer_for(ps, c->dir, c->flags, ch, err);
    if (!fr) {
        ps->failed = 1;
        return err ? err->code : ATS_ENOMEM;
    }
    ps->st.bytes += c->len;     /* a line taken out of the byte stream (line 0) too */
    if (c->len && !c->line)
        ps->last_byte = c->bytes[c->len - 1];
    int rc = ats_framer_feed(fr, c, err);
    if (rc < 0) {
        ps->failed = 1;
        if (ps->berr.code && err)
            *err = ps->berr;     /* the builder's reason, not "stopped by callback" */
        rc = ps->berr.code ? ps->berr.code : rc;
    }
    return rc;
}

int ats_parser_feed(ats_parser *ps, const void *buf, size_t len, ats_error *err)
{
    ats_chunk c;
    memset(&c, 0, sizeof c);
    c.bytes = buf;
    c.len = len;
    c.dir = ATS_DIR_UNKNOWN;
    return ats_parser_feed_chunk(ps, &c, err);
}

int ats_parser_finish(ats_parser *ps, ats_error *err)
{
    int rc = drain(ps, err);
    if (rc < 0)
        return settle(ps, rc, err);
    if (ps->failed)
        return ats_err(err, ATS_EINVAL, NULL, 0, 0, "parser failed earlier");
    for (int k = 0; k < 3 && rc == 0; k++)
        if (ps->fr_used[k])
            rc = ats_framer_finish(&ps->fr[k], err);
    for (size_t i = 0; i < ps->nmux; i++)
        for (int k = 0; k < 3 && rc == 0; k++)
            if (ps->mux[i].used[k])
                rc = ats_framer_finish(&ps->mux[i].fr[k], err);
    if (rc == 0)
        rc = ats_builder_finish(ps->b, err);
    rc = settle(ps, rc, err);
    /* lines as wc -l counts them, plus a last line without a line end */
    for (int k = 0; k < 3; k++)
        if (ps->fr_used[k] && ps->fr[k].line_no - 1 > ps->st.lines)
            ps->st.lines = ps->fr[k].line_no - 1;
    for (size_t i = 0; i < ps->nmux; i++)
        for (int k = 0; k < 3; k++)
            if (ps->mux[i].used[k] && ps->mux[i].fr[k].line_no - 1 > ps->st.lines)
                ps->st.lines = ps->mux[i].fr[k].line_no - 1;
    if (ps->st.bytes && ps->last_byte != '\n' && !ps->max_line_seen)
        ps->st.lines++;
    if (ps->max_line_seen > ps->st.lines)
        ps->st.lines = ps->max_line_seen;
    /* the reader counted the file's lines; the framers counted the line ends
     * of what it decoded, which may be more (an answer on one trace line) */
    if (ps->reader_lines)
        ps->st.lines = ps->reader_lines;
    if (rc < 0)
        ps->failed = 1;
    return rc;
}

const ats_stats *ats_parser_stats(const ats_parser *ps) { return &ps->st; }

void ats_parser_set_lines(ats_parser *ps, uint64_t lines) { ps->reader_lines = lines; }

void ats_parser_set_hides(ats_parser *ps, unsigned hides)
{
    ats_builder_set_hides(ps->b, hides);
    /* the framers made from here on (before the first byte: all of them) */
    ps->o.framer.blocks_unlogged = (hides & ATS_HIDES_BLOCKS) != 0;
}

void ats_parser_free(ats_parser *ps)
{
    if (!ps)
        return;
    ats_chunkq_free(ps->cq);     /* first: its thread may be in a framer */
    for (int k = 0; k < 3; k++)
        if (ps->fr_used[k])
            ats_framer_free(&ps->fr[k]);
    for (size_t i = 0; i < ps->nmux; i++)
        for (int k = 0; k < 3; k++)
            if (ps->mux[i].used[k])
                ats_framer_free(&ps->mux[i].fr[k]);
    free(ps->mux);
    ats_recq_free(ps->q);        /* the record thread may be inside the callback */
    ats_builder_free(ps->b);
    ats_redactor_free(ps->red);
    free(ps);
}
