/* diff_text.c - `atscope diff -f text`: one line per new or fixed finding
 * (compiler-style, after a tag), one per command whose latency or retries
 * moved beyond the thresholds, then the counts and the verdict. Paths,
 * command names and messages come from captures and reports: escaped
 * (escape.h). */
#include <string.h>
#include "diff.h"
#include "escape.h"

static void side(FILE *f, const char *tag, const diff_side *s)
{
    fprintf(f, "%s: ", tag);
    tx_put(f, s->path, strlen(s->path), 0);
    fprintf(f, " (%s; profile ", s->capture ? "capture" : "report");
    tx_put(f, s->profile, strlen(s->profile), 0);
    fprintf(f, "; %zu finding%s)\n", s->nf, s->nf == 1 ? "" : "s");
}

static void finding(FILE *f, const char *tag, const diff_finding *d)
{
    fprintf(f, "%s: ", tag);
    tx_put(f, d->path, strlen(d->path), 0);
    fprintf(f, ":%llu: ", (unsigned long long)d->line);
    tx_put(f, d->severity, strlen(d->severity), 0);
    fputs(": [", f);
    tx_put(f, d->rule, strlen(d->rule), 0);
    fputs("] ", f);
    tx_put_escaped(f, d->message, strlen(d->message), 0);
    fputc('\n', f);
}

/* "1196" or "-" (not measured on that side) */
static void ms(FILE *f, double v)
{
    if (v < 0)
        fputc('-', f);
    else
        fprintf(f, "%.0f", v);
}

static void change(FILE *f, const diff_change *c)
{
    const diff_command *named = c->new->name[0] ? c->new : c->old;
    if (c->measure == DIFF_RETRIES) {
        fprintf(f, "%s retries: ", c->worse ? "more" : "fewer");
        tx_put(f, named->name, strlen(named->name), 0);
        fprintf(f, " %llu -> %llu\n", (unsigned long long)c->old->retries,
                (unsigned long long)c->new->retries);
        return;
    }
    const diff_latency *a = diff_latency_of(c->old, c->measure),
                       *b = diff_latency_of(c->new, c->measure);
    fprintf(f, "%s: ", c->worse ? "slower" : "faster");
    tx_put(f, named->name, strlen(named->name), 0);
    fprintf(f, " %s p50 ", diff_measure_name(c->measure));
    ms(f, a->p50);
    fputs(" -> ", f);
    ms(f, b->p50);
    fputs(" ms, p95 ", f);
    ms(f, a->p95);
    fputs(" -> ", f);
    ms(f, b->p95);
    fprintf(f, " ms (%+.0f%%)\n", diff_percent(c));
}

int diff_write_text(FILE *f, const diff_result *r)
{
    side(f, "old", r->old);
    side(f, "new", r->new);
    for (size_t i = 0; i < r->nadded; i++)
        finding(f, "new", r->added[i]);
    for (size_t i = 0; i < r->nfixed; i++)
        finding(f, "fixed", r->fixed[i]);
    for (size_t i = 0; i < r->nch; i++)
        change(f, &r->ch[i]);
    for (size_t i = 0; i < r->nnotes; i++)
        fprintf(f, "note: %s\n", r->notes[i]);
    fprintf(f, "findings: %zu new, %zu fixed, %zu unchanged\n", r->nadded, r->nfixed, r->nsame);
    if (r->retries_compared)
        fprintf(f, "commands: %zu slower, %zu faster, %zu with more retries, %zu with fewer "
                "(thresholds: p50 or p95 by %g%% and %g ms, retries by %llu)\n",
                r->slower, r->faster, r->more_retries, r->fewer_retries,
                (r->th.ratio - 1) * 100, r->th.ms, (unsigned long long)r->th.retries);
    if (r->regressions) {
        fputs("verdict: REGRESSION (", f);
        const char *sep = "";
        if (r->added_failing) {
            fprintf(f, "%zu new finding%s", r->added_failing, r->added_failing == 1 ? "" : "s");
            sep = ", ";
        }
        if (r->slower) {
            fprintf(f, "%s%zu slower", sep, r->slower);
            sep = ", ";
        }
        if (r->more_retries)
            fprintf(f, "%s%zu with more retries", sep, r->more_retries);
        fputs(")\n", f);
    } else {
        fprintf(f, "verdict: PASS (%s)\n", diff_changed(r) ? "no regression" : "nothing changed");
    }
    return ferror(f) ? -1 : 0;
}
