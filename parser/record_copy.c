/* record_copy.c - a record and everything it points to, laid out in one
 * block of memory; and a line for the line tap, with its text and note. The
 * record thread (recq.c) reads them after the builder has moved on and
 * reused its own buffers, so what crosses threads must own its bytes;
 * packing them into the batch's block is one copy of each span and no
 * allocation per record.
 *
 * One pass: each part is copied while there is room and only counted once
 * there is none, so a record that does not fit costs a second pass into a
 * batch of the size counted, and one that fits (nearly all) costs one.
 *
 * Every copied span gets a NUL after it: the builder's names and reasons are
 * C strings, and their readers (a rule message's "%s") rely on it. Spans
 * inside the command line (arguments) are re-pointed into its copy, so they
 * stay where they were relative to it. */
#include <string.h>
#include "recq.h"

typedef struct flat {
    char *base;
    size_t len, cap;  /* len > cap: out of room, only counting */
} flat;

static inline void *take(flat *f, size_t n, size_t align)
{
    size_t at = (f->len + align - 1) & ~(align - 1);
    f->len = at + n;
    return f->len <= f->cap ? f->base + at : NULL;
}

#define TAKE(f, type, n) ((type *)take((f), sizeof(type) * (n), _Alignof(type)))

static ats_span span(flat *f, ats_span s)
{
    if (!s.ptr)
        return s;
    char *d = take(f, s.len + 1, 1);
    if (d) {
        memcpy(d, s.ptr, s.len);
        d[s.len] = 0;
        s.ptr = d;
    }
    return s;
}

/* a span inside [from, from + n) moved to the same place in `to` */
static ats_span within(flat *f, ats_span s, const char *from, size_t n, const char *to)
{
    if (s.ptr && from && s.ptr >= from && s.ptr + s.len <= from + n) {
        s.ptr = to + (s.ptr - from);
        return s;
    }
    return span(f, s);
}

static const ats_item *items(flat *f, const ats_item *src, size_t n)
{
    if (!src)
        return NULL;
    ats_item *d = TAKE(f, ats_item, n);
    if (d)
        memcpy(d, src, n * sizeof *d);
    for (size_t i = 0; i < n; i++) {
        ats_span t = span(f, src[i].text);
        if (d)
            d[i].text = t;
    }
    return d;
}

static const uint64_t *ids(flat *f, const uint64_t *src, size_t n)
{
    if (!src)
        return NULL;
    uint64_t *d = TAKE(f, uint64_t, n);
    if (d && n)
        memcpy(d, src, n * sizeof *d);
    return d;
}

static const ats_subcmd *cmds(flat *f, const ats_txn *src, const char *text)
{
    if (!src->cmds)
        return NULL;
    ats_subcmd *d = TAKE(f, ats_subcmd, src->ncmds);
    const char *from = src->command.text.ptr;
    size_t n = src->command.text.len;
    for (size_t k = 0; k < src->ncmds; k++) {
        const ats_subcmd *s = &src->cmds[k];
        ats_span name = within(f, s->name, from, n, text);
        ats_span raw = within(f, s->args_raw, from, n, text);
        ats_span *a = s->args ? TAKE(f, ats_span, s->nargs) : NULL;
        for (size_t i = 0; s->args && i < s->nargs; i++) {
            ats_span x = within(f, s->args[i], from, n, text);
            if (a)
                a[i] = x;
        }
        if (d) {
            d[k] = *s;
            d[k].name = name;
            d[k].args_raw = raw;
            d[k].args = a;
        }
    }
    return d;
}

static const ats_waiting *waiting(flat *f, const ats_waiting *src, size_t n)
{
    if (!src)
        return NULL;
    ats_waiting *d = TAKE(f, ats_waiting, n);
    for (size_t i = 0; i < n; i++) {
        ats_span c = span(f, src[i].command), nm = span(f, src[i].name), s = span(f, src[i].sock);
        ats_span cm = span(f, src[i].cmd);
        if (d) {
            d[i] = src[i];
            d[i].command = c;
            d[i].name = nm;
            d[i].cmd = cm;
            d[i].sock = s;
        }
    }
    return d;
}

static const ats_txn *txn(flat *f, const ats_txn *s)
{
    ats_txn *d = TAKE(f, ats_txn, 1);
    ats_span cmd = span(f, s->command.text);
    const ats_subcmd *sc = cmds(f, s, cmd.ptr);
    ats_span fin = span(f, s->final.text), code = span(f, s->final_code);
    const ats_item *resp = items(f, s->responses, s->nresponses);
    const uint64_t *urcs = ids(f, s->urc_ids, s->nurcs);
    ats_span prompt = span(f, s->prompt.text), prev = span(f, s->payload_preview);
    ats_span compl = span(f, s->completion_item.text), sock = span(f, s->sock);
    const ats_waiting *w = waiting(f, s->waiting, s->nwaiting);
    if (!d)
        return NULL;
    /* info.section is the profile's, which outlives every record */
    memcpy(d, s, sizeof *d);
    d->command.text = cmd;
    d->cmds = sc;
    d->final.text = fin;
    d->final_code = code;
    d->responses = resp;
    d->urc_ids = urcs;
    d->prompt.text = prompt;
    d->payload_preview = prev;
    d->completion_item.text = compl;
    d->sock = sock;
    d->waiting = w;
    return d;
}

static const ats_urc *urc(flat *f, const ats_urc *s)
{
    ats_urc *d = TAKE(f, ats_urc, 1);
    ats_span text = span(f, s->item.text), name = span(f, s->name);
    if (d) {
        *d = *s;
        d->item.text = text;
        d->name = name;
    }
    return d;
}

static const ats_data *data(flat *f, const ats_data *s)
{
    ats_data *d = TAKE(f, ats_data, 1);
    ats_span prev = span(f, s->preview), why = span(f, s->end_reason);
    ats_span end = span(f, s->end_item.text);
    if (d) {
        *d = *s;
        d->preview = prev;
        d->end_reason = why;
        d->end_item.text = end;
    }
    return d;
}

static const ats_chain *chain(flat *f, const ats_chain *s)
{
    ats_chain *d = TAKE(f, ats_chain, 1);
    ats_span cmd = span(f, s->command);
    const uint64_t *t = ids(f, s->txns, s->ntxns);
    ats_span out = span(f, s->outcome);
    if (d) {
        *d = *s;
        d->command = cmd;
        d->txns = t;
        d->outcome = out;
    }
    return d;
}

static const ats_item *one_item(flat *f, const ats_item *s)
{
    ats_item *d = TAKE(f, ats_item, 1);
    ats_span text = span(f, s->text);
    if (d) {
        *d = *s;
        d->text = text;
    }
    return d;
}

size_t ats_record_flatten(void *mem, size_t cap, const ats_record *r, ats_record **out)
{
    flat f = {mem, 0, cap};
    ats_record *d = TAKE(&f, ats_record, 1);
    const ats_txn *t = r->txn ? txn(&f, r->txn) : NULL;
    const ats_urc *u = r->urc ? urc(&f, r->urc) : NULL;
    const ats_data *x = r->data ? data(&f, r->data) : NULL;
    const ats_chain *c = r->chain ? chain(&f, r->chain) : NULL;
    const ats_item *it = r->item ? one_item(&f, r->item) : NULL;
    ats_span why = span(&f, r->reason);
    *out = NULL;
    if (f.len > f.cap)
        return f.len;
    *d = *r;
    d->txn = t;
    d->urc = u;
    d->data = x;
    d->chain = c;
    d->item = it;
    d->reason = why;
    *out = d;
    return f.len;
}

size_t ats_line_flatten(void *mem, size_t cap, const ats_line *l, ats_line **out)
{
    flat f = {mem, 0, cap};
    ats_line *d = TAKE(&f, ats_line, 1);
    ats_span text = span(&f, l->text);
    ats_span note = {l->note, l->note ? strlen(l->note) : 0};
    note = span(&f, note);
    *out = NULL;
    if (f.len > f.cap)
        return f.len;
    *d = *l;
    d->text = text;
    d->note = note.ptr;
    *out = d;
    return f.len;
}
