/* stats_json.c - `atscope stats -f json` (jsonw); fields: docs/report.md. */
#include <string.h>
#include "jsonw.h"
#include "stats.h"

/* a latency in ms, null when not measured */
static void ms(jsonw *w, const char *key, double v)
{
    if (v < 0)
        jw_null(w, key);
    else
        jw_real(w, key, v, 0);
}

static void latency(jsonw *w, const char *key, uint64_t n, double p50, double p95, double mx)
{
    jw_key(w, key);
    jw_obj_begin(w);
    jw_u64(w, "n", n);
    ms(w, "p50_ms", p50);
    ms(w, "p95_ms", p95);
    ms(w, "max_ms", mx);
    jw_obj_end(w);
}

void stats_json_command(jsonw *w, const ats_cmd_stats *s)
{
    jw_key(w, NULL);
    jw_obj_begin(w);
    jw_bytes(w, "command", s->name, strlen(s->name));
    jw_u64(w, "count", s->count);
    jw_key(w, "results");
    jw_obj_begin(w);
    jw_u64(w, "ok", s->ok);
    jw_u64(w, "error", s->error);
    jw_u64(w, "cme_error", s->cme);
    jw_u64(w, "cms_error", s->cms);
    jw_u64(w, "other_failure", s->other_fail);
    jw_obj_end(w);
    jw_u64(w, "no_final", s->no_final);
    jw_u64(w, "unfinished", s->unfinished);
    jw_u64(w, "retries", s->retries);
    jw_key(w, "completions");
    jw_obj_begin(w);
    jw_u64(w, "success", s->compl_success);
    jw_u64(w, "failure", s->compl_failure);
    jw_u64(w, "missing", s->compl_missing);
    jw_u64(w, "pending", s->compl_pending);
    jw_obj_end(w);
    latency(w, "final_latency", s->final_n, s->final_p50_ms, s->final_p95_ms, s->final_max_ms);
    latency(w, "completion_latency", s->compl_n, s->compl_p50_ms, s->compl_p95_ms,
            s->compl_max_ms);
    jw_obj_end(w);
}

static void inputs(jsonw *w, const stats_total *t)
{
    jw_key(w, "inputs");
    jw_obj_begin(w);
    jw_u64(w, "files", t->files);
    jw_u64(w, "lines", t->lines);
    jw_bool(w, "has_timestamps", t->timed);
    if (t->nskipped) {
        jw_arr_begin(w, "skipped");
        for (size_t i = 0; i < t->nskipped; i++) {
            jw_key(w, NULL);
            jw_obj_begin(w);
            jw_bytes(w, "path", t->skipped[i].path, strlen(t->skipped[i].path));
            jw_str(w, "reason", t->skipped[i].reason);
            jw_obj_end(w);
        }
        jw_arr_end(w);
    }
    jw_bool(w, "redacted", t->redacted);
    jw_obj_end(w);
}

static void data_mode(jsonw *w, const stats_total *t)
{
    const ats_data_stats *d = ats_statsacc_data(t->acc);
    jw_key(w, "data_mode");
    jw_obj_begin(w);
    jw_u64(w, "stretches", d->stretches);
    jw_u64(w, "bytes", d->bytes);
    if (t->timed)
        jw_real(w, "seconds", d->seconds, 0);
    else
        jw_null(w, "seconds");
    jw_u64(w, "received_lines", d->received_lines);
    jw_u64(w, "received_bytes", d->received_bytes);
    jw_obj_end(w);
}

int stats_write_json(FILE *f, const stats_total *t)
{
    jsonw w;
    if (jw_doc_begin(&w, f) < 0)
        return -1;
    jw_obj_begin(&w);
    jw_u64(&w, "stats_version", 1);
    inputs(&w, t);
    jw_arr_begin(&w, "commands");
    for (size_t i = 0; i < ats_statsacc_ncmds(t->acc); i++) {
        ats_cmd_stats s;
        ats_statsacc_cmd(t->acc, i, &s);
        stats_json_command(&w, &s);
    }
    jw_arr_end(&w);
    jw_key(&w, "urcs");
    jw_obj_begin(&w);
    for (size_t i = 0; i < ats_statsacc_nurcs(t->acc); i++) {
        const char *n;
        uint64_t k;
        ats_statsacc_urc(t->acc, i, &n, &k);
        jw_u64_bytekey(&w, n, strlen(n), k);
    }
    jw_obj_end(&w);
    data_mode(&w, t);
    jw_obj_end(&w);
    return jw_doc_end(&w);
}
