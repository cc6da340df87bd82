/* stats_text.c - `atscope stats -f text`: a table of commands, one of URCs,
 * the data-mode line. Names come from the capture: escaped (escape.h). */
#include <stdlib.h>
#include <string.h>
#include "escape.h"
#include "stats.h"

/* p50/p95/max in ms, "-" when not measured */
static void lat(char *b, size_t cap, double p50, double p95, double mx)
{
    if (p50 < 0)
        snprintf(b, cap, "-");
    else
        snprintf(b, cap, "%.0f/%.0f/%.0f", p50, p95, mx);
}

/* A name from the capture, escaped, padded to width columns of bytes. */
static void name_cell(FILE *f, const char *name, int width)
{
    char *m = NULL;
    size_t n = 0;
    FILE *mf = open_memstream(&m, &n);
    if (mf) {
        tx_put(mf, name, strlen(name), 0);
        if (fclose(mf) == 0 && m) {
            fprintf(f, "%-*s", width, m);
            free(m);
            return;
        }
        free(m);
    }
    fprintf(f, "%-*s", width, "?");
}

static void commands(FILE *f, const ats_statsacc *acc)
{
    fprintf(f, "%-28s %7s %7s %6s %5s %5s %7s %6s %19s %10s %19s\n", "COMMAND", "COUNT", "OK",
            "ERROR", "CME", "CMS", "NOFINAL", "RETRY", "FINAL p50/p95/max ms", "COMPL ok/x",
            "COMPL p50/p95/max ms");
    for (size_t i = 0; i < ats_statsacc_ncmds(acc); i++) {
        ats_cmd_stats s;
        ats_statsacc_cmd(acc, i, &s);
        char fin[40], cm[40], co[48];
        lat(fin, sizeof fin, s.final_p50_ms, s.final_p95_ms, s.final_max_ms);
        lat(cm, sizeof cm, s.compl_p50_ms, s.compl_p95_ms, s.compl_max_ms);
        if (s.compl_success + s.compl_failure + s.compl_missing + s.compl_pending)
            snprintf(co, sizeof co, "%llu/%llu", (unsigned long long)s.compl_success,
                     (unsigned long long)(s.compl_failure + s.compl_missing));
        else
            snprintf(co, sizeof co, "-");
        name_cell(f, s.name, 28);
        fprintf(f, " %7llu %7llu %6llu %5llu %5llu %7llu %6llu %19s %10s %19s\n",
                (unsigned long long)s.count, (unsigned long long)s.ok,
                (unsigned long long)s.error, (unsigned long long)s.cme, (unsigned long long)s.cms,
                (unsigned long long)s.no_final, (unsigned long long)s.retries, fin, co, cm);
    }
}

static void urcs(FILE *f, const ats_statsacc *acc)
{
    fprintf(f, "\n%-28s %7s\n", "URC", "COUNT");
    for (size_t i = 0; i < ats_statsacc_nurcs(acc); i++) {
        const char *n;
        uint64_t k;
        ats_statsacc_urc(acc, i, &n, &k);
        name_cell(f, n, 28);
        fprintf(f, " %7llu\n", (unsigned long long)k);
    }
}

int stats_write_text(FILE *f, const stats_total *t)
{
    const ats_data_stats *d = ats_statsacc_data(t->acc);
    commands(f, t->acc);
    urcs(f, t->acc);
    fprintf(f, "\ndata mode: %llu stretches, %llu bytes", (unsigned long long)d->stretches,
            (unsigned long long)d->bytes);
    if (t->timed)
        fprintf(f, ", %.3f s", d->seconds);
    fprintf(f, "; received raw data lines: %llu\n", (unsigned long long)d->received_lines);
    if (!t->timed)
        fprintf(f, "(no timestamps in the capture: no latencies)\n");
    if (t->nskipped) {
        fprintf(f, "(skipped %zu files found by -r that are not captures: ", t->nskipped);
        tx_put(f, t->skipped[0].path, strlen(t->skipped[0].path), 0);
        fprintf(f, "%s; -f json lists them)\n", t->nskipped > 1 ? " and others" : "");
    }
    return ferror(f) ? -1 : 0;
}
