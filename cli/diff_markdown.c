/* diff_markdown.c - `atscope diff -f markdown`: a comment a CI bot can post
 * on a merge request (GitHub and GitLab flavoured Markdown): the verdict as
 * a heading, the counts, tables of new and fixed findings and of the
 * commands whose latency or retries changed, the unchanged findings folded.
 *
 * Capture and report text is escaped twice: first by escape.h's text column
 * (controls, hidden code points and bytes that are not UTF-8 become \xHH),
 * then every character Markdown, its tables or the forges give a meaning to
 * inline gets a backslash (\ ` * _ [ ] < > | & ~ $ @ #), so a capture cannot
 * add markup, HTML, links, math or mentions to the comment. */
#include <stdlib.h>
#include <string.h>
#include "diff.h"
#include "escape.h"

static void md(FILE *f, const char *s, int escaped)
{
    char *m = NULL;
    size_t n = 0;
    FILE *mf = open_memstream(&m, &n);
    if (!mf)
        return;
    esc_put(mf, ESC_CTX_TEXT, escaped ? ESC_F_ESCAPED : 0, s, strlen(s), 0);
    if (fclose(mf) == 0 && m)
        for (size_t i = 0; i < n; i++) {
            if (strchr("\\`*_[]<>|&~$@#", m[i]))
                fputc('\\', f);
            fputc(m[i], f);
        }
    free(m);
}

static void side(FILE *f, const char *tag, const diff_side *s)
{
    fprintf(f, "- %s: ", tag);
    md(f, s->path, 0);
    fprintf(f, " (%s; profile ", s->capture ? "capture" : "report");
    md(f, s->profile, 0);
    fprintf(f, "; %zu finding%s)\n", s->nf, s->nf == 1 ? "" : "s");
}

static void findings(FILE *f, const char *title, const diff_finding *const *d, size_t n)
{
    if (!n)
        return;
    if (title[0])
        fprintf(f, "\n%s\n", title);
    fputs("\n| severity | rule | where | message |\n| --- | --- | --- | --- |\n", f);
    for (size_t i = 0; i < n; i++) {
        fputs("| ", f);
        md(f, d[i]->severity, 0);
        fputs(" | ", f);
        md(f, d[i]->rule, 0);
        fputs(" | ", f);
        md(f, d[i]->path, 0);
        fprintf(f, ":%llu | ", (unsigned long long)d[i]->line);
        md(f, d[i]->message, 1);
        fputs(" |\n", f);
    }
}

static void ms(FILE *f, const diff_latency *l)
{
    if (!l->n)
        fputs("-", f);
    else
        fprintf(f, "%.0f / %.0f ms", l->p50, l->p95);
}

static void changes(FILE *f, const diff_result *r)
{
    if (!r->nch)
        return;
    fputs("\n#### Latency and retries\n\n| command | measure | old | new | change |\n"
          "| --- | --- | --- | --- | --- |\n", f);
    for (size_t i = 0; i < r->nch; i++) {
        const diff_change *c = &r->ch[i];
        const diff_command *named = c->new->name[0] ? c->new : c->old;
        fputs("| ", f);
        md(f, named->name, 0);
        if (c->measure == DIFF_RETRIES) {
            fprintf(f, " | retries | %llu | %llu | %s |\n", (unsigned long long)c->old->retries,
                    (unsigned long long)c->new->retries,
                    c->worse ? "**more retries**" : "fewer retries");
            continue;
        }
        fprintf(f, " | %s p50 / p95 | ", diff_measure_name(c->measure));
        ms(f, diff_latency_of(c->old, c->measure));
        fputs(" | ", f);
        ms(f, diff_latency_of(c->new, c->measure));
        fprintf(f, " | %s %+.0f%% |\n", c->worse ? "**slower**" : "faster", diff_percent(c));
    }
}

int diff_write_markdown(FILE *f, const diff_result *r)
{
    if (r->regressions)
        fprintf(f, "### atscope diff: regression\n\n");
    else
        fprintf(f, "### atscope diff: %s\n\n", diff_changed(r) ? "no regression"
                                                               : "nothing changed");
    side(f, "old", r->old);
    side(f, "new", r->new);
    fprintf(f, "- findings: %zu new, %zu fixed, %zu unchanged\n", r->nadded, r->nfixed,
            r->nsame);
    if (r->retries_compared)
        fprintf(f, "- commands: %zu slower, %zu faster, %zu with more retries, %zu with fewer "
                "(thresholds: p50 or p95 by %g%% and %g ms, retries by %llu)\n",
                r->slower, r->faster, r->more_retries, r->fewer_retries,
                (r->th.ratio - 1) * 100, r->th.ms, (unsigned long long)r->th.retries);
    for (size_t i = 0; i < r->nnotes; i++) {
        fputs("- note: ", f);
        md(f, r->notes[i], 0);
        fputc('\n', f);
    }
    findings(f, "#### New findings", r->added, r->nadded);
    findings(f, "#### Fixed findings", r->fixed, r->nfixed);
    changes(f, r);
    if (r->nsame) {
        fprintf(f, "\n<details><summary>%zu unchanged finding%s</summary>\n", r->nsame,
                r->nsame == 1 ? "" : "s");
        findings(f, "", r->same, r->nsame);
        fputs("\n</details>\n", f);
    }
    return ferror(f) ? -1 : 0;
}
