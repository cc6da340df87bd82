/* redact_opt.c - the redaction options and how a report states them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "redact_opt.h"

void cli_redact_option(int c, cli_redact *r)
{
    if (c == CLI_OPT_NO_REDACT)
        r->off = 1;
    else if (c == CLI_OPT_REDACT_HOSTS)
        r->hosts = 1;
}

ats_redact_map *cli_redact_map(const cli_redact *r, int *failed)
{
    ats_redact_map *m = NULL;
    *failed = 0;
    if (r->off)
        return NULL;
    if (ats_redact_map_new(&m, r->hosts ? ATS_REDACT_HOSTS : 0) < 0) {
        cli_error("out of memory");
        *failed = 1;
    }
    return m;
}

const char *cli_redact_state(const cli_redact *r)
{
    return r->off ? "off (--no-redact)" : r->hosts ? "on, hosts too" : "on";
}

void cli_redact_summary(char *buf, size_t cap, const cli_redact *r, const ats_redact_map *m)
{
    size_t n = 0;
    for (int k = 0; k < ATS_RK_COUNT; k++)
        n += ats_redact_map_kind_count(m, (ats_redact_kind)k);
    int at = snprintf(buf, cap, "redaction %s: ", cli_redact_state(r));
    if (r->off) {
        snprintf(buf + at, cap - (size_t)at, "identifiers and credentials as captured");
        return;
    }
    if (!n) {
        snprintf(buf + at, cap - (size_t)at, "nothing to mask was found");
        return;
    }
    at += snprintf(buf + at, cap - (size_t)at, "%zu value%s masked", n, n == 1 ? "" : "s");
    const char *sep = " (";
    for (int k = 0; k < ATS_RK_COUNT && (size_t)at < cap; k++) {
        size_t c = ats_redact_map_kind_count(m, (ats_redact_kind)k);
        if (!c)
            continue;
        at += snprintf(buf + at, cap - (size_t)at, "%s%zu %s", sep, c,
                       ats_redact_kind_name((ats_redact_kind)k));
        sep = ", ";
    }
    if ((size_t)at < cap && strcmp(sep, " ("))
        snprintf(buf + at, cap - (size_t)at, ")");
}

struct cli_renum {
    size_t n;
    struct {
        const char *from, *to;
        size_t from_len;
        int ip;
    } *pairs;
};

cli_renum *cli_renum_new(const ats_redact_map *local, const ats_redact_map *global)
{
    size_t n = ats_redact_map_count(local);
    cli_renum *r = calloc(1, sizeof *r);
    if (!r || !(r->pairs = calloc(n + 1, sizeof *r->pairs))) {
        free(r);
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        ats_redact_kind k;
        ats_span v;
        const char *lt;
        ats_redact_map_at(local, i, &k, &v, &lt);
        const char *gt = ats_redact_map_token(global, k, v.ptr, v.len);
        if (!gt || !strcmp(gt, lt))
            continue;
        r->pairs[r->n].from = lt;
        r->pairs[r->n].from_len = strlen(lt);
        r->pairs[r->n].to = gt;
        r->pairs[r->n].ip = lt[0] != '<';
        r->n++;
    }
    if (!r->n) {
        cli_renum_free(r);
        return NULL;
    }
    return r;
}

static int digitish(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == '.' || c == ':'; }

void cli_renum_apply(const cli_renum *r, char *s, size_t cap)
{
    if (!r || !s || !cap)
        return;
    size_t n = strlen(s);
    char *out = malloc(cap);
    if (!out)
        return;
    size_t o = 0;
    for (size_t i = 0; i < n && o + 1 < cap;) {
        size_t hit = r->n;
        for (size_t k = 0; k < r->n && hit == r->n; k++) {
            size_t m = r->pairs[k].from_len;
            if (i + m > n || memcmp(s + i, r->pairs[k].from, m))
                continue;
            /* an address token is whole: not the start of 192.0.2.12 */
            if (r->pairs[k].ip && ((i && digitish(s[i - 1])) || (i + m < n && digitish(s[i + m]))))
                continue;
            hit = k;
        }
        if (hit == r->n) {
            out[o++] = s[i++];
            continue;
        }
        const char *t = r->pairs[hit].to;
        for (size_t j = 0; t[j] && o + 1 < cap; j++)
            out[o++] = t[j];
        i += r->pairs[hit].from_len;
    }
    out[o] = 0;
    memcpy(s, out, o + 1);
    free(out);
}

void cli_renum_free(cli_renum *r)
{
    if (r)
        free(r->pairs);
    free(r);
}
