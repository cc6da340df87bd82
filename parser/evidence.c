/* evidence.c - the capture lines each violation rests on, kept in bounded
 * memory while the capture streams by (see atscope.h "evidence").
 *
 * Why a ring and open requests, not the capture: captures run to gigabytes
 * and may come on standard input, which cannot be read twice, and a rule
 * raises a violation when it knows, which may be long after the line it names
 * (a completion that never came is known only at the end). So the last
 * `window` lines are kept, each cut at `max_text` bytes: fixed memory, taken
 * once. A violation copies the lines it names that are still in the window;
 * a line it names that is not there any more is counted as dropped, never
 * looked for; lines after the current one (context below the finding) are
 * filled as they arrive, and the request closes once the capture is past
 * them. What a request keeps is capped too (ATS_EVIDENCE_MAX_LINES lines of
 * max_text bytes), so the whole is bounded by the window plus the requests a
 * caller makes (check asks only for the violations it stores, a bounded
 * number per rule).
 *
 * The line a violation most often names from far back is a command: the
 * async command still waiting when another was sent, or whose completion
 * came late or never. So the last EV_COMMANDS command lines (text starting
 * with "AT") are kept apart as well, a second fixed ring, and a named line
 * that left the main window is looked for there before it counts as
 * dropped (without its context, which has gone). */
#include <stdlib.h>
#include <string.h>
#include "common.h"

typedef struct ring_ent {
    uint64_t line;
    ats_dir dir;
    size_t len;
    uint64_t cut;
    char *text;                /* max_text bytes of the ring's one buffer */
} ring_ent;

typedef struct ev_line {
    uint64_t line;
    ats_evidence_role role;
    ats_dir dir;
    size_t len;
    uint64_t cut;
    char *text;                /* max_text bytes */
} ev_line;

typedef struct ev_ticket {
    uint64_t anchor[1 + ATS_MAX_RELATED];   /* [0]: the finding's line; 0: none */
    size_t nanchor;
    uint64_t hi;               /* the last line it wants */
    ev_line *lines;            /* in line order */
    size_t n;
    uint64_t dropped;
} ev_ticket;

#define EV_COMMANDS 64

struct ats_evidence {
    ats_evidence_opts o;
    ring_ent *ring;
    char *ring_text;
    ring_ent cmd[EV_COMMANDS];  /* the last command lines, whatever the window */
    char *cmd_text;
    size_t cmd_head, cmd_count;
    size_t head;               /* next slot to write */
    size_t count;              /* slots in use (== window once wrapped) */
    int wrapped;               /* a line has left the window */
    uint64_t last;             /* line number of the newest entry */
    ev_ticket *t;
    size_t nt, capt;
    size_t *open;              /* tickets still waiting for lines */
    size_t nopen, capopen;
};

void ats_evidence_opts_default(ats_evidence_opts *o)
{
    o->context = 2;
    o->window = 512;
    o->max_text = 240;
}

int ats_evidence_new(ats_evidence **out, const ats_evidence_opts *o, ats_error *err)
{
    *out = NULL;
    ats_evidence *ev = calloc(1, sizeof *ev);
    if (!ev)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    if (o)
        ev->o = *o;
    else
        ats_evidence_opts_default(&ev->o);
    if (ev->o.context > ATS_EVIDENCE_MAX_CONTEXT)
        ev->o.context = ATS_EVIDENCE_MAX_CONTEXT;
    if (ev->o.window < 1)
        ev->o.window = 1;
    if (ev->o.max_text < 16)
        ev->o.max_text = 16;
    ev->ring = calloc(ev->o.window, sizeof *ev->ring);
    ev->ring_text = malloc(ev->o.window * ev->o.max_text);
    ev->cmd_text = malloc(EV_COMMANDS * ev->o.max_text);
    if (!ev->ring || !ev->ring_text || !ev->cmd_text) {
        free(ev->ring);
        free(ev->ring_text);
        free(ev->cmd_text);
        free(ev);
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < ev->o.window; i++)
        ev->ring[i].text = ev->ring_text + i * ev->o.max_text;
    for (size_t i = 0; i < EV_COMMANDS; i++)
        ev->cmd[i].text = ev->cmd_text + i * ev->o.max_text;
    *out = ev;
    return 0;
}

static void free_ticket(ev_ticket *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->lines[i].text);
    free(t->lines);
}

void ats_evidence_free(ats_evidence *ev)
{
    if (!ev)
        return;
    for (size_t i = 0; i < ev->nt; i++)
        free_ticket(&ev->t[i]);
    free(ev->t);
    free(ev->open);
    free(ev->ring);
    free(ev->ring_text);
    free(ev->cmd_text);
    free(ev);
}

/* What line `line` is to the request, or -1 if it does not want it. */
static int role_of(const ats_evidence *ev, const ev_ticket *t, uint64_t line)
{
    if (t->anchor[0] && line == t->anchor[0])
        return ATS_EV_FINDING;
    for (size_t k = 1; k < t->nanchor; k++)
        if (t->anchor[k] && line == t->anchor[k])
            return ATS_EV_RELATED;
    for (size_t k = 0; k < t->nanchor; k++) {
        uint64_t a = t->anchor[k];
        if (a && line + ev->o.context >= a && line <= a + ev->o.context)
            return ATS_EV_CONTEXT;
    }
    return -1;
}

/* Appends text (a piece of `line`) to the request's entry for it, made if
 * missing. Out of room or memory: the line is not kept, and a named line
 * counts as dropped. */
static void put_line(const ats_evidence *ev, ev_ticket *t, uint64_t line, int role, ats_dir dir,
                     const char *text, size_t len, uint64_t cut)
{
    size_t at = t->n;
    while (at > 0 && t->lines[at - 1].line > line)
        at--;
    ev_line *l = at > 0 && t->lines[at - 1].line == line ? &t->lines[at - 1] : NULL;
    if (!l) {
        ev_line *q = t->n < ATS_EVIDENCE_MAX_LINES ? realloc(t->lines, (t->n + 1) * sizeof *q)
                                                   : NULL;
        char *buf = q ? malloc(ev->o.max_text) : NULL;
        if (q)
            t->lines = q;
        if (!buf) {
            if (role != ATS_EV_CONTEXT)
                t->dropped++;
            return;
        }
        memmove(&t->lines[at + 1], &t->lines[at], (t->n - at) * sizeof *t->lines);
        t->n++;
        l = &t->lines[at];
        memset(l, 0, sizeof *l);
        l->line = line;
        l->role = (ats_evidence_role)role;
        l->dir = dir;
        l->text = buf;
    }
    size_t room = ev->o.max_text - l->len;
    size_t k = len < room ? len : room;
    memcpy(l->text + l->len, text, k);
    l->len += k;
    l->cut += cut + (len - k);
}

void ats_evidence_feed(ats_evidence *ev, const ats_line *l)
{
    size_t n = l->text.len;
    /* the pieces the framer cut one line into (a prompt and its payload, a
     * note after a command) join again, as the line reads in the file */
    if (ev->count && l->line == ev->last) {
        ring_ent *e = &ev->ring[(ev->head + ev->o.window - 1) % ev->o.window];
        size_t room = ev->o.max_text - e->len, k = n < room ? n : room;
        memcpy(e->text + e->len, l->text.ptr, k);
        e->len += k;
        e->cut += l->cut + (n - k);
    } else {
        ring_ent *e = &ev->ring[ev->head];
        if (ev->count == ev->o.window)
            ev->wrapped = 1;
        else
            ev->count++;
        ev->head = (ev->head + 1) % ev->o.window;
        e->line = l->line;
        e->dir = l->dir;
        e->len = n < ev->o.max_text ? n : ev->o.max_text;
        e->cut = l->cut + (n - e->len);
        memcpy(e->text, l->text.ptr, e->len);
        ev->last = l->line;
        if (n >= 2 && (l->text.ptr[0] | 0x20) == 'a' && (l->text.ptr[1] | 0x20) == 't') {
            ring_ent *c = &ev->cmd[ev->cmd_head];
            ev->cmd_head = (ev->cmd_head + 1) % EV_COMMANDS;
            if (ev->cmd_count < EV_COMMANDS)
                ev->cmd_count++;
            char *keep = c->text;
            *c = *e;
            c->text = keep;
            memcpy(c->text, e->text, e->len);
        }
    }
    for (size_t i = 0; i < ev->nopen;) {
        ev_ticket *t = &ev->t[ev->open[i]];
        if (l->line > t->hi) {            /* past all it wants: closed */
            ev->open[i] = ev->open[--ev->nopen];
            continue;
        }
        int role = role_of(ev, t, l->line);
        if (role >= 0)
            put_line(ev, t, l->line, role, l->dir, l->text.ptr, n, l->cut);
        i++;
    }
}

int ats_evidence_ask(ats_evidence *ev, const ats_violation *v, size_t *ticket_out, ats_error *err)
{
    if (ev->nt == ev->capt) {
        size_t cap = ev->capt ? ev->capt * 2 : 16;
        ev_ticket *q = realloc(ev->t, cap * sizeof *q);
        if (!q)
            return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
        ev->t = q;
        ev->capt = cap;
    }
    if (ev->nopen == ev->capopen) {
        size_t cap = ev->capopen ? ev->capopen * 2 : 16;
        size_t *q = realloc(ev->open, cap * sizeof *q);
        if (!q)
            return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
        ev->open = q;
        ev->capopen = cap;
    }
    ev_ticket *t = &ev->t[ev->nt];
    memset(t, 0, sizeof *t);
    t->anchor[t->nanchor++] = v->line;
    for (size_t j = 0; j < v->nrelated && j < ATS_MAX_RELATED; j++)
        t->anchor[t->nanchor++] = v->related[j].line;
    for (size_t k = 0; k < t->nanchor; k++)
        if (t->anchor[k] + ev->o.context > t->hi)
            t->hi = t->anchor[k] + ev->o.context;
    /* the window, oldest first, so that pieces join in order */
    uint64_t oldest = UINT64_MAX;
    size_t first = (ev->head + ev->o.window - ev->count) % ev->o.window;
    for (size_t i = 0; i < ev->count; i++) {
        const ring_ent *e = &ev->ring[(first + i) % ev->o.window];
        if (e->line < oldest)
            oldest = e->line;
        int role = role_of(ev, t, e->line);
        if (role >= 0)
            put_line(ev, t, e->line, role, e->dir, e->text, e->len, e->cut);
    }
    /* a named line older than the window: a command kept apart, or gone
     * (said, not looked for) */
    for (size_t k = 0; ev->wrapped && k < t->nanchor; k++) {
        int dup = 0;
        for (size_t j = 0; j < k; j++)
            dup |= t->anchor[j] == t->anchor[k];
        if (!t->anchor[k] || t->anchor[k] >= oldest || dup)
            continue;
        const ring_ent *c = NULL;
        for (size_t i = 0; i < ev->cmd_count && !c; i++)
            if (ev->cmd[i].line == t->anchor[k])
                c = &ev->cmd[i];
        if (c)
            put_line(ev, t, c->line, role_of(ev, t, c->line), c->dir, c->text, c->len, c->cut);
        else
            t->dropped++;
    }
    *ticket_out = ev->nt++;
    /* lines still to come (or pieces of the current one) */
    if (t->hi >= ev->last || !ev->count)
        ev->open[ev->nopen++] = *ticket_out;
    return 0;
}

void ats_evidence_finish(ats_evidence *ev)
{
    ev->nopen = 0;
}

size_t ats_evidence_count(const ats_evidence *ev, size_t k)
{
    return k < ev->nt ? ev->t[k].n : 0;
}

void ats_evidence_at(const ats_evidence *ev, size_t k, size_t i, ats_evidence_line *out)
{
    memset(out, 0, sizeof *out);
    if (k >= ev->nt || i >= ev->t[k].n)
        return;
    const ev_line *l = &ev->t[k].lines[i];
    out->line = l->line;
    out->role = l->role;
    out->dir = l->dir;
    out->text.ptr = l->text;
    out->text.len = l->len;
    out->cut = l->cut;
}

uint64_t ats_evidence_dropped(const ats_evidence *ev, size_t k)
{
    return k < ev->nt ? ev->t[k].dropped : 0;
}

size_t ats_evidence_max_text(const ats_evidence *ev) { return ev->o.max_text; }
