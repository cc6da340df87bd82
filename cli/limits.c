/* limits.c - the "limits" object of a --config file: the bounds that keep
 * memory fixed whatever the capture does, each with a documented default
 * that a config may raise (docs/report.md, "Limits"). */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "../common/jsonload.h"     /* ats_jl_find: a key's line and column */

/* Line and column of "key" in the config's text (the first one), 0 0 when
 * not found: Jansson keeps no positions. */
static void where(const char *src, size_t len, const char *key, unsigned *line, unsigned *col)
{
    char pat[80];
    int k = snprintf(pat, sizeof pat, "\"%s\"", key);
    uint64_t ln = 0, c = 0;
    if (k > 0 && (size_t)k < sizeof pat)
        ats_jl_find(src, len, 0, pat, (size_t)k, &ln, &c);
    *line = (unsigned)ln;
    *col = (unsigned)c;
}

int cli_read_limits(const char *path, cli_limits *lim)
{
    char *src;
    size_t len;
    if (cli_read_config(path, &src, &len) < 0)
        return -1;
    json_error_t je;
    json_t *root = json_loadb(src, len, 0, &je);
    int rc = 0;
    json_t *l = root ? json_object_get(root, "limits") : NULL;
    if (l && !json_is_object(l)) {
        unsigned ln, col;
        where(src, len, "limits", &ln, &col);
        cli_error("%s:%u:%u: \"limits\" must be an object", path, ln, col);
        rc = -1;
    }
    static const struct {
        const char *name;
        size_t off, min, max;
    } known[] = {
        {"max_line", offsetof(cli_limits, max_line), 16, 1u << 30},
        {"max_pending_async", offsetof(cli_limits, max_pending_async), 1, 100000},
        {"max_responses", offsetof(cli_limits, max_responses), 1, 1000000},
        {"max_txn_bytes", offsetof(cli_limits, max_txn_bytes), 1024, 1u << 30},
        {"max_stored_violations", offsetof(cli_limits, max_stored_violations), 0, 100000000},
        {"evidence_window", offsetof(cli_limits, evidence_window), 1, 1000000},
    };
    const char *key;
    json_t *v;
    if (rc == 0 && l)
        json_object_foreach(l, key, v)
        {
            size_t k = 0;
            while (k < sizeof known / sizeof known[0] && strcmp(known[k].name, key))
                k++;
            unsigned ln, col;
            where(src, len, key, &ln, &col);
            if (!strcmp(key, "min_coverage")) {   /* a share, not a count */
                double x = json_is_number(v) ? json_number_value(v) : -1;
                if (!(x >= 0 && x <= 1)) {
                    cli_error("%s:%u:%u: limit \"min_coverage\" must be a number from 0 to 1",
                              path, ln, col);
                    rc = -1;
                    break;
                }
                lim->min_coverage = x;
                lim->min_coverage_set = 1;
                continue;
            }
            if (k == sizeof known / sizeof known[0]) {
                cli_error("%s:%u:%u: unknown limit \"%s\" (known: max_line, max_pending_async, "
                          "max_responses, max_txn_bytes, max_stored_violations, evidence_window, min_coverage)",
                          path, ln, col, key);
                rc = -1;
                break;
            }
            json_int_t x = json_is_integer(v) ? json_integer_value(v) : -1;
            if (x < (json_int_t)known[k].min || x > (json_int_t)known[k].max) {
                cli_error("%s:%u:%u: limit \"%s\" must be an integer from %zu to %zu", path, ln,
                          col, key, known[k].min, known[k].max);
                rc = -1;
                break;
            }
            *(size_t *)((char *)lim + known[k].off) = (size_t)x;
        }
    json_decref(root);
    free(src);
    return rc;
}

void cli_limits_apply(const cli_limits *lim, ats_parser_opts *po)
{
    if (lim->max_line)
        po->framer.max_line = lim->max_line;
    if (lim->max_pending_async)
        po->builder.max_pending_async = lim->max_pending_async;
    if (lim->max_responses)
        po->builder.max_responses = lim->max_responses;
    if (lim->max_txn_bytes)
        po->builder.max_txn_bytes = lim->max_txn_bytes;
}
