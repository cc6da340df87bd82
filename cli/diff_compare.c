/* diff_compare.c - what changed between two sides of `atscope diff`:
 * findings matched by fingerprint as multisets (a fingerprint twice in OLD
 * and three times in NEW is two unchanged and one new), and per command the
 * latencies (final result, async completion: p50 and p95) and retries that
 * moved beyond the thresholds. */
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "diff.h"

/* Findings sorted by fingerprint, then by their order in the report, so
 * equal fingerprints pair off first to first. */
static int by_fp(const void *a, const void *b)
{
    const diff_finding *x = *(const diff_finding *const *)a, *y = *(const diff_finding *const *)b;
    int c = strcmp(x->fingerprint, y->fingerprint);
    return c ? c : x->order < y->order ? -1 : x->order > y->order;
}

static int by_order(const void *a, const void *b)
{
    const diff_finding *x = *(const diff_finding *const *)a, *y = *(const diff_finding *const *)b;
    return x->order < y->order ? -1 : x->order > y->order;
}

static const diff_finding **sorted(const diff_side *s)
{
    const diff_finding **v = malloc((s->nf ? s->nf : 1) * sizeof *v);
    if (!v)
        return NULL;
    for (size_t i = 0; i < s->nf; i++)
        v[i] = &s->f[i];
    qsort(v, s->nf, sizeof *v, by_fp);
    return v;
}

static int match(diff_result *r)
{
    const diff_side *o = r->old, *n = r->new;
    const diff_finding **a = sorted(o), **b = sorted(n);
    r->added = malloc((n->nf ? n->nf : 1) * sizeof *r->added);
    r->same = malloc((n->nf ? n->nf : 1) * sizeof *r->same);
    r->fixed = malloc((o->nf ? o->nf : 1) * sizeof *r->fixed);
    if (!a || !b || !r->added || !r->same || !r->fixed) {
        free(a);
        free(b);
        return -1;
    }
    size_t i = 0, j = 0;
    while (i < o->nf || j < n->nf) {
        int c = i == o->nf ? 1 : j == n->nf ? -1 : strcmp(a[i]->fingerprint, b[j]->fingerprint);
        if (c == 0) {
            r->same[r->nsame++] = b[j++];
            i++;
        } else if (c < 0) {
            r->fixed[r->nfixed++] = a[i++];
        } else {
            const diff_finding *f = b[j++];
            r->added[r->nadded++] = f;
            if (r->th.fail_on >= 0 && f->sev >= r->th.fail_on)
                r->added_failing++;
        }
    }
    free(a);
    free(b);
    qsort(r->added, r->nadded, sizeof *r->added, by_order);
    qsort(r->fixed, r->nfixed, sizeof *r->fixed, by_order);
    qsort(r->same, r->nsame, sizeof *r->same, by_order);
    return 0;
}

const diff_latency *diff_latency_of(const diff_command *c, int measure)
{
    return measure == DIFF_FINAL ? &c->final : &c->compl;
}

const char *diff_measure_name(int measure)
{
    return measure == DIFF_FINAL ? "final" : measure == DIFF_COMPLETION ? "completion" : "retries";
}

/* b is beyond the thresholds above a */
static int above(const diff_thresholds *th, double a, double b)
{
    return b >= a * th->ratio && b - a >= th->ms;
}

/* 1 slower, 0 faster, -1 neither: slower when p50 or p95 went up beyond the
 * thresholds, faster when one went down beyond them and neither went up. */
static int latency_change(const diff_thresholds *th, const diff_latency *a, const diff_latency *b)
{
    if (!a->n || !b->n)
        return -1;
    if (above(th, a->p50, b->p50) || above(th, a->p95, b->p95))
        return 1;
    if (above(th, b->p50, a->p50) || above(th, b->p95, a->p95))
        return 0;
    return -1;
}

double diff_percent(const diff_change *c)
{
    const diff_latency *a = diff_latency_of(c->old, c->measure),
                       *b = diff_latency_of(c->new, c->measure);
    double x = a->p95, y = b->p95;
    if (x == y)
        x = a->p50, y = b->p50;
    return x > 0 ? (y - x) * 100.0 / x : 0;
}

static const diff_command *find(const diff_side *s, const char *name)
{
    for (size_t i = 0; i < s->nc; i++)
        if (!strcmp(s->c[i].name, name))
            return &s->c[i];
    return NULL;
}

static int add(diff_result *r, const diff_command *a, const diff_command *b, int measure,
               int worse)
{
    diff_change *q = realloc(r->ch, (r->nch + 1) * sizeof *q);
    if (!q)
        return -1;
    r->ch = q;
    r->ch[r->nch++] = (diff_change){a, b, measure, worse};
    if (measure == DIFF_RETRIES)
        worse ? r->more_retries++ : r->fewer_retries++;
    else
        worse ? r->slower++ : r->faster++;
    return 0;
}

/* A command on one side only is compared with nothing sent: no latency to
 * compare, and no retries. */
static const diff_command none = {"", 0, 0, {0, -1, -1}, {0, -1, -1}};

static int compare_one(diff_result *r, const diff_command *a, const diff_command *b)
{
    for (int m = DIFF_FINAL; r->latency_compared && m <= DIFF_COMPLETION; m++) {
        int k = latency_change(&r->th, diff_latency_of(a, m), diff_latency_of(b, m));
        if (k >= 0 && add(r, a, b, m, k) < 0)
            return -1;
    }
    if (r->retries_compared) {
        if (b->retries >= a->retries + r->th.retries && add(r, a, b, DIFF_RETRIES, 1) < 0)
            return -1;
        if (a->retries >= b->retries + r->th.retries && add(r, a, b, DIFF_RETRIES, 0) < 0)
            return -1;
    }
    return 0;
}

static int worse_first(const void *x, const void *y)
{
    const diff_change *a = x, *b = y;
    return b->worse - a->worse;
}

static void note(diff_result *r, const char *s)
{
    if (r->nnotes < sizeof r->notes / sizeof r->notes[0])
        snprintf(r->notes[r->nnotes++], sizeof r->notes[0], "%s", s);
}

static void notes(diff_result *r)
{
    const diff_side *o = r->old, *n = r->new;
    char b[300];
    if (o->capture != n->capture) {
        snprintf(b, sizeof b, "%s is a report and %s a capture, analysed now with this "
                 "build's rules and the options given here: findings may differ by the options "
                 "the report was made with", o->capture ? "NEW" : "OLD", o->capture ? "OLD" : "NEW");
        note(r, b);
    }
    if (strcmp(o->profile, n->profile)) {
        snprintf(b, sizeof b, "the profiles differ (%.100s, %.100s): the same mistake may have "
                 "another fingerprint", o->profile, n->profile);
        note(r, b);
    }
    if (o->redacted != n->redacted)
        note(r, "one side is redacted and the other not: findings that name masked values "
                "do not match");
    if (!o->has_stats || !n->has_stats) {
        snprintf(b, sizeof b, "latency and retries not compared: %s has no command_stats (a "
                 "report of an older atscope; diff the captures instead)",
                 !o->has_stats && !n->has_stats ? "neither report" : !o->has_stats ? "OLD" : "NEW");
        note(r, b);
    } else if (!o->timed || !n->timed) {
        snprintf(b, sizeof b, "latency not compared: %s",
                 !o->timed && !n->timed ? "neither side has timestamps"
                 : !o->timed            ? "OLD has no timestamps"
                                        : "NEW has no timestamps");
        note(r, b);
    }
}

int diff_compare(const diff_side *old, const diff_side *new, const diff_thresholds *th,
                 diff_result *r)
{
    memset(r, 0, sizeof *r);
    r->old = old;
    r->new = new;
    r->th = *th;
    r->retries_compared = old->has_stats && new->has_stats;
    r->latency_compared = r->retries_compared && old->timed && new->timed;
    notes(r);
    int rc = match(r);
    for (size_t i = 0; rc == 0 && i < new->nc; i++) {
        const diff_command *a = find(old, new->c[i].name);
        rc = compare_one(r, a ? a : &none, &new->c[i]);
    }
    for (size_t i = 0; rc == 0 && i < old->nc; i++)
        if (!find(new, old->c[i].name))
            rc = compare_one(r, &old->c[i], &none);
    if (rc < 0) {
        cli_error("out of memory");
        return -1;
    }
    /* stable: insertion order within each group */
    for (size_t i = 1; i < r->nch; i++)
        for (size_t k = i; k > 0 && worse_first(&r->ch[k - 1], &r->ch[k]) > 0; k--) {
            diff_change t = r->ch[k];
            r->ch[k] = r->ch[k - 1];
            r->ch[k - 1] = t;
        }
    r->regressions = r->added_failing + r->slower + r->more_retries;
    return 0;
}

int diff_changed(const diff_result *r) { return r->nadded || r->nfixed || r->nch; }

void diff_result_free(diff_result *r)
{
    free(r->added);
    free(r->fixed);
    free(r->same);
    free(r->ch);
    memset(r, 0, sizeof *r);
}
