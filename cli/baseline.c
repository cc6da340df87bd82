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
#include <errno.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "baseline.h"
#include "cli.h"
#include "jsonpos.h"
#include "report_common.h"

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

typedef struct loader {
    const char *path;
    json_t *root;
    jsonpos jp;
} loader;

static int bad(const loader *L, const json_t *parent, const char *key, size_t idx,
               const char *what)
{
    return jsonpos_error(&L->jp, L->root, L->path, "baseline: ", parent, key, idx, what);
}

/* o[key] as a string, or a message naming where it is missing or wrong. */
static const char *get_str(const loader *L, const json_t *o, const char *key, const char *where)
{
    json_t *v = json_object_get(o, key);
    char m[200];
    if (!v) {
        snprintf(m, sizeof m, "%s: missing \"%s\" (expected a string)", where, key);
        bad(L, o, NULL, (size_t)-1, m);
        return NULL;
    }
    if (!json_is_string(v)) {
        snprintf(m, sizeof m, "%s.%s: expected a string", where, key);
        bad(L, o, key, 0, m);
        return NULL;
    }
    return json_string_value(v);
}

static int oom(void)
{
    cli_error("out of memory");
    return -1;
}

static int load(loader *L, cli_baseline *b)
{
    json_t *root = L->root;
    char m[300];
    if (!json_is_object(root) || json_object_get(root, "runs"))
        return bad(L, root, NULL, (size_t)-1,
                   json_object_get(root, "runs")
                       ? "a SARIF log; expected the report of 'atscope check --format json'"
                       : "expected the report of 'atscope check --format json' (an object)");
    json_t *ver = json_object_get(root, "report_version");
    if (!ver || !json_is_integer(ver) || json_integer_value(ver) != 1)
        return ver ? bad(L, root, "report_version", 0, "report_version: expected 1")
                   : bad(L, root, NULL, (size_t)-1,
                         "missing \"report_version\": expected the report of 'atscope check "
                         "--format json'");
    json_t *ins = json_object_get(root, "inputs");
    if (ins && !json_is_array(ins))
        return bad(L, root, "inputs", 0, "inputs: expected an array");
    for (size_t i = 0; ins && i < json_array_size(ins); i++) {
        json_t *o = json_array_get(ins, i);
        snprintf(m, sizeof m, "inputs[%zu]", i);
        if (!json_is_object(o)) {
            strcat(m, ": expected an object");
            return bad(L, ins, NULL, i, m);
        }
        const char *p = get_str(L, o, "path", m);
        if (!p)
            return -1;
        if (path_index(b, p, 1) == -2)
            return oom();
    }
    json_t *rules = json_object_get(root, "rules");
    if (rules && !json_is_array(rules))
        return bad(L, root, "rules", 0, "rules: expected an array");
    if (rules && !(b->rules = calloc(json_array_size(rules) + 1, sizeof *b->rules)))
        return oom();
    for (size_t i = 0; rules && i < json_array_size(rules); i++) {
        json_t *o = json_array_get(rules, i);
        snprintf(m, sizeof m, "rules[%zu]", i);
        if (!json_is_object(o)) {
            strcat(m, ": expected an object");
            return bad(L, rules, NULL, i, m);
        }
        const char *id = get_str(L, o, "id", m);
        if (!id)
            return -1;
        json_t *om = json_object_get(o, "violations_omitted");
        if (om && (!json_is_integer(om) || json_integer_value(om) < 0)) {
            strcat(m, ".violations_omitted: expected a count");
            return bad(L, o, "violations_omitted", 0, m);
        }
        if (!(b->rules[b->nrules].id = strdup(id)))
            return oom();
        b->rules[b->nrules++].omitted = om ? (uint64_t)json_integer_value(om) : 0;
    }
    json_t *vs = json_object_get(root, "violations");
    if (!vs)
        return bad(L, root, NULL, (size_t)-1, "missing \"violations\" (expected an array)");
    if (!json_is_array(vs))
        return bad(L, root, "violations", 0, "violations: expected an array");
    if (!(b->e = calloc(json_array_size(vs) + 1, sizeof *b->e)))
        return oom();
    for (size_t i = 0; i < json_array_size(vs); i++) {
        json_t *o = json_array_get(vs, i);
        snprintf(m, sizeof m, "violations[%zu]", i);
        if (!json_is_object(o)) {
            strcat(m, ": expected an object");
            return bad(L, vs, NULL, i, m);
        }
        const char *rule = get_str(L, o, "rule", m), *path, *fp, *msg;
        if (!rule || !(path = get_str(L, o, "path", m)) ||
            !(fp = get_str(L, o, "fingerprint", m)) || !(msg = get_str(L, o, "message", m)))
            return -1;
        size_t rl = strlen(rule);
        if (strncmp(fp, rule, rl) || fp[rl] != '|') {
            snprintf(m, sizeof m, "violations[%zu].fingerprint: expected \"%.60s|<key>\"", i,
                     rule);
            return bad(L, o, "fingerprint", 0, m);
        }
        long pi = path_index(b, path, 1);
        if (pi == -2)
            return oom();
        bentry *e = &b->e[b->n++];
        e->in = (size_t)pi;
        e->order = i;
        if (!(e->fp = strdup(fp)) || !(e->rule = strdup(rule)) || !(e->norm = no_digits(msg)))
            return oom();
    }
    return 0;
}

int cli_baseline_load(const char *path, cli_baseline **out)
{
    *out = NULL;
    char *src;
    size_t len;
    /* a report of many captures is larger than a config: 1 GiB */
    if (cli_read_file(path, "baseline", "--baseline names a JSON report", (size_t)1 << 30, &src,
                      &len) < 0)
        return -1;
    json_error_t je;
    loader L = {path, json_loadb(src, len, JSON_REJECT_DUPLICATES, &je), {0}};
    int rc;
    cli_baseline *b = calloc(1, sizeof *b);
    if (!L.root) {
        cli_error("%s:%d:%d: baseline: invalid JSON: %s", path, je.line > 0 ? je.line : 0,
                  je.column > 0 ? je.column : 0, je.text);
        rc = -1;
    } else if (!b || jsonpos_scan(&L.jp, src, len) < 0) {
        rc = oom();
    } else {
        rc = load(&L, b);
    }
    jsonpos_free(&L.jp);
    json_decref(L.root);
    free(src);
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
