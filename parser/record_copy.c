/* record_copy.c - a record and everything it points to, laid out in one
 * block of memory. The record thread (recq.c) reads a record after the
 * builder has moved on and reused its own buffers, so what crosses threads
 * must own its bytes; packing them into the batch's block is one copy of each
 * span and no allocation per record.
 *
 * Every copied span gets a NUL after it: the builder's names and reasons are
 * C strings, and their readers (a rule message's "%s") rely on it. Spans
 * inside the command line (arguments) are re-pointed into its copy, so they
 * stay where they were relative to it. */
#include <string.h>
#include "recq.h"

typedef struct flat {
    char *p;          /* NULL: only count */
    size_t len;
} flat;

static void *take(flat *f, size_t n, size_t align)
{
    f->len = (f->len + align - 1) & ~(align - 1);
    void *at = f->p ? f->p + f->len : NULL;
    f->len += n;
    return at;
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
        if (f->p)
            s.ptr = to + (s.ptr - from);
        return s;
    }
    return span(f, s);
}

static void item(flat *f, ats_item *it)
{
    it->text = span(f, it->text);
}

static const ats_item *items(flat *f, const ats_item *src, size_t n)
{
    if (!src)
        return NULL;
    ats_item *d = TAKE(f, ats_item, n);
    for (size_t i = 0; i < n; i++) {
        ats_item it = src[i];
        item(f, &it);
        if (d)
            d[i] = it;
    }
    return d ? d : src;
}

static const uint64_t *ids(flat *f, const uint64_t *src, size_t n)
{
    if (!src)
        return NULL;
    uint64_t *d = TAKE(f, uint64_t, n);
    if (d && n)
        memcpy(d, src, n * sizeof *d);
    return d ? d : src;
}

static const ats_subcmd *cmds(flat *f, const ats_txn *src, const char *text)
{
    if (!src->cmds)
        return NULL;
    ats_subcmd *d = TAKE(f, ats_subcmd, src->ncmds);
    const char *from = src->command.text.ptr;
    size_t n = src->command.text.len;
    for (size_t k = 0; k < src->ncmds; k++) {
        ats_subcmd sc = src->cmds[k];
        sc.name = within(f, sc.name, from, n, text);
        sc.args_raw = within(f, sc.args_raw, from, n, text);
        if (sc.args) {
            ats_span *a = TAKE(f, ats_span, sc.nargs);
            for (size_t i = 0; i < sc.nargs; i++) {
                ats_span s = within(f, sc.args[i], from, n, text);
                if (a)
                    a[i] = s;
            }
            if (a)
                sc.args = a;
        }
        if (d)
            d[k] = sc;
    }
    return d ? d : src->cmds;
}

static const ats_waiting *waiting(flat *f, const ats_waiting *src, size_t n)
{
    if (!src)
        return NULL;
    ats_waiting *d = TAKE(f, ats_waiting, n);
    for (size_t i = 0; i < n; i++) {
        ats_waiting w = src[i];
        w.command = span(f, w.command);
        w.name = span(f, w.name);
        w.sock = span(f, w.sock);
        if (d)
            d[i] = w;
    }
    return d ? d : src;
}

static const ats_txn *txn(flat *f, const ats_txn *src)
{
    ats_txn *d = TAKE(f, ats_txn, 1);
    ats_txn t = *src;
    item(f, &t.command);
    t.cmds = cmds(f, src, t.command.text.ptr);
    item(f, &t.final);
    t.final_code = span(f, t.final_code);
    t.responses = items(f, t.responses, t.nresponses);
    t.urc_ids = ids(f, t.urc_ids, t.nurcs);
    item(f, &t.prompt);
    t.payload_preview = span(f, t.payload_preview);
    item(f, &t.completion_item);
    t.sock = span(f, t.sock);
    t.waiting = waiting(f, t.waiting, t.nwaiting);
    /* info.section is the profile's, which outlives every record */
    if (d)
        *d = t;
    return d;
}

static const ats_urc *urc(flat *f, const ats_urc *src)
{
    ats_urc *d = TAKE(f, ats_urc, 1);
    ats_urc u = *src;
    item(f, &u.item);
    u.name = span(f, u.name);
    if (d)
        *d = u;
    return d;
}

static const ats_data *data(flat *f, const ats_data *src)
{
    ats_data *d = TAKE(f, ats_data, 1);
    ats_data x = *src;
    x.preview = span(f, x.preview);
    x.end_reason = span(f, x.end_reason);
    item(f, &x.end_item);
    if (d)
        *d = x;
    return d;
}

static const ats_chain *chain(flat *f, const ats_chain *src)
{
    ats_chain *d = TAKE(f, ats_chain, 1);
    ats_chain c = *src;
    c.command = span(f, c.command);
    c.txns = ids(f, c.txns, c.ntxns);
    c.outcome = span(f, c.outcome);
    if (d)
        *d = c;
    return d;
}

static const ats_item *one_item(flat *f, const ats_item *src)
{
    ats_item *d = TAKE(f, ats_item, 1);
    ats_item it = *src;
    item(f, &it);
    if (d)
        *d = it;
    return d;
}

static ats_record *walk(flat *f, const ats_record *src)
{
    ats_record *d = TAKE(f, ats_record, 1);
    ats_record r = *src;
    if (r.txn)
        r.txn = txn(f, r.txn);
    if (r.urc)
        r.urc = urc(f, r.urc);
    if (r.data)
        r.data = data(f, r.data);
    if (r.chain)
        r.chain = chain(f, r.chain);
    if (r.item)
        r.item = one_item(f, r.item);
    r.reason = span(f, r.reason);
    if (d)
        *d = r;
    return d;
}

size_t ats_record_flat_size(const ats_record *r)
{
    flat f = {NULL, 0};
    walk(&f, r);
    return f.len;
}

ats_record *ats_record_flatten(void *mem, const ats_record *r)
{
    flat f = {mem, 0};
    return walk(&f, r);
}
