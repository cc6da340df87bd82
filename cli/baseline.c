/* baseline.c - see baseline.h. A finding is known when the baseline lists
 * one with the same fingerprint (docs/report.md §5: rule and key, never a
 * line, time or transaction) in the same capture. Fingerprints are not
 * unique, so they are matched as a multiset: each baseline finding covers
 * one finding of the run. Which of several findings with one fingerprint is
 * the new one is told by order: the two captures' findings, each in line
 * order, are aligned as a diff aligns lines (the longest common
 * subsequence, preferring pairs whose messages are the same once digits,
 * which quote lines, times and counts, are left out), so a fault added
 * before an old one of its kind is the one called new. What the alignment
 * leaves (findings that changed places) is matched by fingerprint alone,
 * the same message first. A capture of the run is the baseline's capture of the same path,
 * else the only one of the same file name, else, when both reports have a
 * single capture, that one (one build's log against the previous one's).
 *
 * Findings past the limit of those listed per rule and capture (the report
 * only counts them) are matched by count per rule: those the baseline also
 * counted, or whose listed findings are left unmatched, are known. */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "baseline.h"
#include "cli.h"
#include "report_common.h"
#include "report_load.h"

typedef struct bentry {
    size_t in;                 /* index in paths */
    char *fp, *norm, *rule;
    size_t order;
    int used;
} bentry;

typedef struct brule {
    char *id;
    uint64_t omitted;
} brule;

struct cli_baseline {
    char **paths;
    size_t npaths;
    bentry *e;
    size_t n;
    brule *rules;
    size_t nrules;
};

void cli_baseline_free(cli_baseline *b)
{
    if (!b)
        return;
    for (size_t i = 0; i < b->npaths; i++)
        free(b->paths[i]);
    for (size_t i = 0; i < b->n; i++) {
        free(b->e[i].fp);
        free(b->e[i].norm);
        free(b->e[i].rule);
    }
    for (size_t i = 0; i < b->nrules; i++)
        free(b->rules[i].id);
    free(b->paths);
    free(b->e);
    free(b->rules);
    free(b);
}

/* The message without its digits: what stays when lines shift. */
static char *no_digits(const char *s)
{
    char *o = malloc(strlen(s) + 1);
    if (!o)
        return NULL;
    size_t k = 0;
    for (; *s; s++)
        if (!(*s >= '0' && *s <= '9'))
            o[k++] = *s;
    o[k] = 0;
    return o;
}

static long path_index(cli_baseline *b, const char *p, int add)
{
    for (size_t i = 0; i < b->npaths; i++)
        if (!strcmp(b->paths[i], p))
            return (long)i;
    if (!add)
        return -1;
    char **q = realloc(b->paths, (b->npaths + 1) * sizeof *q);
    if (!q)
        return -2;
    b->paths = q;
    if (!(b->paths[b->npaths] = strdup(p)))
        return -2;
    return (long)b->npaths++;
}

static int load(const cli_report *R, cli_baseline *b)
{
    char w[CLI_REPORT_WHERE], m[300];
    json_t *ins, *rules, *vs;
    if (cli_report_array(R, "inputs", 0, &ins) < 0)
        return -1;
    for (size_t i = 0; ins && i < json_array_size(ins); i++) {
        json_t *o = cli_report_entry(R, ins, "inputs", i, w);
        const char *p = o ? cli_report_str(R, o, "path", w) : NULL;
        if (!p)
            return -1;
        if (path_index(b, p, 1) == -2)
            return cli_report_oom();
    }
    if (cli_report_array(R, "rules", 0, &rules) < 0)
        return -1;
    if (rules && !(b->rules = calloc(json_array_size(rules) + 1, sizeof *b->rules)))
        return cli_report_oom();
    for (size_t i = 0; rules && i < json_array_size(rules); i++) {
        json_t *o = cli_report_entry(R, rules, "rules", i, w);
        const char *id = o ? cli_report_str(R, o, "id", w) : NULL;
        if (!id)
            return -1;
        json_t *om = json_object_get(o, "violations_omitted");
        if (om && (!json_is_integer(om) || json_integer_value(om) < 0)) {
            snprintf(m, sizeof m, "%s.violations_omitted: expected a count", w);
            return cli_report_bad(R, o, "violations_omitted", 0, m);
        }
        if (!(b->rules[b->nrules].id = strdup(id)))
            return cli_report_oom();
        b->rules[b->nrules++].omitted = om ? (uint64_t)json_integer_value(om) : 0;
    }
    if (cli_report_array(R, "violations", 1, &vs) < 0)
        return -1;
    if (!(b->e = calloc(json_array_size(vs) + 1, sizeof *b->e)))
        return cli_report_oom();
    for (size_t i = 0; i < json_array_size(vs); i++) {
        cli_report_finding f;
        if (cli_report_finding_get(R, vs, i, 0, &f) < 0)
            return -1;
        /* matching is by fingerprint: one that is not the rule's says the
         * file is not what it claims */
        size_t rl = strlen(f.rule);
        if (strncmp(f.fingerprint, f.rule, rl) || f.fingerprint[rl] != '|') {
            snprintf(m, sizeof m, "violations[%zu].fingerprint: expected \"%.60s|<key>\"", i,
                     f.rule);
            return cli_report_bad(R, f.entry, "fingerprint", 0, m);
        }
        long pi = path_index(b, f.path, 1);
        if (pi == -2)
            return cli_report_oom();
        bentry *e = &b->e[b->n++];
        e->in = (size_t)pi;
        e->order = i;
        if (!(e->fp = strdup(f.fingerprint)) || !(e->rule = strdup(f.rule)) ||
            !(e->norm = no_digits(f.message)))
            return cli_report_oom();
    }
    return 0;
}

int cli_baseline_load(const char *path, cli_baseline **out)
{
    *out = NULL;
    cli_report R;
    cli_baseline *b = NULL;
    int rc = cli_report_open(&R, path, path, "baseline", "baseline: ",
                             "--baseline names a JSON report");
    if (rc == 0)
        rc = (b = calloc(1, sizeof *b)) ? load(&R, b) : cli_report_oom();
    cli_report_close(&R);
    if (rc < 0) {
        cli_baseline_free(b);
        return -1;
    }
    *out = b;
    return 0;
}

/* ---- matching ---------------------------------------------------------- */

static int cmp_entry(const void *pa, const void *pb)
{
    const bentry *a = pa, *b = pb;
    if (a->in != b->in)
        return a->in < b->in ? -1 : 1;
    int c = strcmp(a->fp, b->fp);
    if (!c)
        c = strcmp(a->norm, b->norm);
    if (!c && a->order != b->order)
        c = a->order < b->order ? -1 : 1;
    return c;
}

/* The first entry of baseline input `in` with fingerprint fp (and norm, if
 * given) not used yet; NULL when none. */
static bentry *take(cli_baseline *b, size_t in, const char *fp, const char *norm)
{
    size_t lo = 0, hi = b->n;
    while (lo < hi) {          /* lower bound of (in, fp, norm) */
        size_t mid = lo + (hi - lo) / 2;
        const bentry *e = &b->e[mid];
        int c = e->in != in ? (e->in < in ? -1 : 1) : strcmp(e->fp, fp);
        if (!c && norm)
            c = strcmp(e->norm, norm);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < b->n; i++) {
        bentry *e = &b->e[i];
        if (e->in != in || strcmp(e->fp, fp) || (norm && strcmp(e->norm, norm)))
            return NULL;
        if (!e->used)
            return e;
    }
    return NULL;
}

static const char *file_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* The baseline's capture for the run's capture path, or -1. */
static long pair(const cli_baseline *b, const check_report *r, const char *path)
{
    for (size_t i = 0; i < b->npaths; i++)
        if (!strcmp(b->paths[i], path))
            return (long)i;
    long hit = -1;
    for (size_t i = 0; i < b->npaths; i++)
        if (!strcmp(file_name(b->paths[i]), file_name(path))) {
            if (hit >= 0)
                return -1;
            hit = (long)i;
        }
    if (hit >= 0)
        return hit;
    return b->npaths == 1 && r->ninputs == 1 ? 0 : -1;
}

static uint64_t base_omitted(const cli_baseline *b, const char *rule)
{
    for (size_t i = 0; i < b->nrules; i++)
        if (!strcmp(b->rules[i].id, rule))
            return b->rules[i].omitted;
    return 0;
}

/* A suppressed finding is matched too (SARIF's baselineState says whether
 * it is old) but stays suppressed, counted there only. */
static void mark(check_report *r, stored_violation *sv, bentry *e)
{
    e->used = 1;
    sv->baselined = 1;
    if (sv->supp < 0)
        r->inputs[sv->input].baselined[sv->v.severity]++;
}

#define ALIGN_MAX_CELLS (4u << 20)    /* 16 MiB of table; past it, fingerprints alone */

/* The longest common subsequence of the baseline's findings of one capture
 * (be[], in their report's order) and the run's (cv[], in line order):
 * pairs of one fingerprint, those of one message weighing more. */
static void align(check_report *r, cli_baseline *b, const size_t *be, size_t n, const size_t *cv,
                  size_t m, char **norm)
{
    if (!n || !m || (n + 1) > ALIGN_MAX_CELLS / (m + 1))
        return;
    uint32_t *d = calloc((n + 1) * (m + 1), sizeof *d);
    if (!d)
        return;
#define D(i, j) d[(size_t)(i) * (m + 1) + (j)]
    for (size_t i = 1; i <= n; i++)
        for (size_t j = 1; j <= m; j++) {
            const bentry *e = &b->e[be[i - 1]];
            const stored_violation *sv = &r->viol[cv[j - 1]];
            uint32_t best = D(i - 1, j) > D(i, j - 1) ? D(i - 1, j) : D(i, j - 1);
            if (!strcmp(e->fp, sv->v.key)) {
                uint32_t w = D(i - 1, j - 1) + (strcmp(e->norm, norm[cv[j - 1]]) ? 2 : 3);
                if (w > best)
                    best = w;
            }
            D(i, j) = best;
        }
    for (size_t i = n, j = m; i && j;) {
        bentry *e = &b->e[be[i - 1]];
        stored_violation *sv = &r->viol[cv[j - 1]];
        if (!strcmp(e->fp, sv->v.key) &&
            D(i, j) == D(i - 1, j - 1) + (strcmp(e->norm, norm[cv[j - 1]]) ? 2u : 3u)) {
            mark(r, sv, e);
            i--;
            j--;
        } else if (D(i - 1, j) >= D(i, j - 1)) {
            i--;
        } else {
            j--;
        }
    }
#undef D
    free(d);
}

void cli_baseline_apply(cli_baseline *b, check_report *r)
{
    report_sort(r);
    long *map = malloc((r->ninputs ? r->ninputs : 1) * sizeof *map);
    char **norm = calloc(r->nviol ? r->nviol : 1, sizeof *norm);
    size_t *be = malloc((b->n ? b->n : 1) * sizeof *be);
    size_t *cv = malloc((r->nviol ? r->nviol : 1) * sizeof *cv);
    if (!map || !norm || !be || !cv)
        goto out;              /* nothing known: every finding stays new */
    for (size_t i = 0; i < r->ninputs; i++)
        map[i] = r->inputs[i].error ? -1 : pair(b, r, r->inputs[i].path);
    for (size_t i = 0; i < r->nviol; i++)
        if (!(norm[i] = no_digits(r->viol[i].v.message)))
            goto out;
    /* each capture's findings in order, aligned (b->e is in its report's order) */
    for (size_t i = 0; i < r->ninputs; i++) {
        if (map[i] < 0)
            continue;
        size_t n = 0, m = 0;
        for (size_t j = 0; j < b->n; j++)
            if (b->e[j].in == (size_t)map[i])
                be[n++] = j;
        for (size_t j = 0; j < r->nviol; j++)
            if (r->viol[j].input == i)
                cv[m++] = j;
        align(r, b, be, n, cv, m, norm);
    }
    if (b->n)
        qsort(b->e, b->n, sizeof *b->e, cmp_entry);
    /* what the alignment left: the same message first, then the same fingerprint */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < r->nviol; i++) {
            stored_violation *sv = &r->viol[i];
            if (sv->baselined || map[sv->input] < 0)
                continue;
            bentry *e = take(b, (size_t)map[sv->input], sv->v.key, pass ? NULL : norm[i]);
            if (e)
                mark(r, sv, e);
        }
    /* unlisted findings, by count per rule */
    for (size_t k = 0; k < ats_ruleset_count(r->rs); k++) {
        ats_rule_info info;
        ats_ruleset_info(r->rs, k, &info);
        uint64_t cur = 0, known = base_omitted(b, info.id);
        for (size_t i = 0; i < r->ninputs; i++)
            if (map[i] >= 0 && k < r->inputs[i].nrules)
                cur += r->inputs[i].omitted[k] - r->inputs[i].omitted_supp[k];
        if (!cur)
            continue;
        for (size_t j = 0; j < b->n; j++)
            if (!b->e[j].used && !strcmp(b->e[j].rule, info.id)) {
                for (size_t i = 0; i < r->ninputs; i++)
                    if (map[i] == (long)b->e[j].in) {
                        known++;
                        break;
                    }
            }
        for (size_t i = 0; i < r->ninputs && known; i++) {
            input_result *in = &r->inputs[i];
            if (map[i] < 0 || k >= in->nrules)
                continue;
            uint64_t n = in->omitted[k] - in->omitted_supp[k];
            if (n > known)
                n = known;
            in->baselined[in->rules[k].severity] += n;
            in->omitted_base[k] += n;
            known -= n;
        }
    }
out:
    for (size_t i = 0; norm && i < r->nviol; i++)
        free(norm[i]);
    free(norm);
    free(map);
    free(be);
    free(cv);
}
