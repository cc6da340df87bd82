/* diff_json.c - `atscope diff -f json` (jsonw); fields: docs/diff.md. */
#include <string.h>
#include "diff.h"
#include "jsonw.h"

static void str(jsonw *w, const char *key, const char *s) { jw_bytes(w, key, s, strlen(s)); }

static void side(jsonw *w, const char *key, const diff_side *s)
{
    jw_key(w, key);
    jw_obj_begin(w);
    str(w, "path", s->path);
    jw_lit(w, "kind", s->capture ? "capture" : "report");
    str(w, "profile", s->profile);
    str(w, "verdict", s->verdict);
    jw_u64(w, "findings", s->nf);
    jw_bool(w, "has_timestamps", s->timed);
    jw_bool(w, "command_stats", s->has_stats);
    jw_bool(w, "redacted", s->redacted);
    jw_obj_end(w);
}

static void findings(jsonw *w, const char *key, const diff_finding *const *f, size_t n)
{
    jw_arr_begin(w, key);
    for (size_t i = 0; i < n; i++) {
        jw_key(w, NULL);
        jw_obj_begin(w);
        str(w, "rule", f[i]->rule);
        str(w, "severity", f[i]->severity);
        str(w, "message", f[i]->message);
        str(w, "path", f[i]->path);
        jw_u64(w, "line", f[i]->line);
        str(w, "fingerprint", f[i]->fingerprint);
        jw_obj_end(w);
    }
    jw_arr_end(w);
}

static void ms(jsonw *w, const char *key, double v)
{
    if (v < 0)
        jw_null(w, key);
    else
        jw_real(w, key, v, 6);
}

/* one side of a change: a latency, or the retries */
static void measured(jsonw *w, const char *key, const diff_command *c, int measure)
{
    jw_key(w, key);
    jw_obj_begin(w);
    jw_u64(w, "count", c->count);
    if (measure == DIFF_RETRIES) {
        jw_u64(w, "retries", c->retries);
    } else {
        const diff_latency *l = diff_latency_of(c, measure);
        jw_u64(w, "n", l->n);
        ms(w, "p50_ms", l->p50);
        ms(w, "p95_ms", l->p95);
    }
    jw_obj_end(w);
}

static void changes(jsonw *w, const diff_result *r)
{
    jw_arr_begin(w, "commands");
    for (size_t i = 0; i < r->nch; i++) {
        const diff_change *c = &r->ch[i];
        const diff_command *named = c->new->name[0] ? c->new : c->old;
        jw_key(w, NULL);
        jw_obj_begin(w);
        str(w, "command", named->name);
        jw_lit(w, "measure", diff_measure_name(c->measure));
        jw_lit(w, "change", c->measure == DIFF_RETRIES ? (c->worse ? "more" : "fewer")
                            : c->worse ? "slower" : "faster");
        jw_bool(w, "regression", c->worse);
        measured(w, "old", c->old, c->measure);
        measured(w, "new", c->new, c->measure);
        if (c->measure != DIFF_RETRIES)
            jw_real(w, "percent", diff_percent(c), 4);
        jw_obj_end(w);
    }
    jw_arr_end(w);
}

int diff_write_json(FILE *f, const diff_result *r)
{
    jsonw w;
    if (jw_doc_begin(&w, f) < 0)
        return -1;
    jw_obj_begin(&w);
    jw_u64(&w, "diff_version", 1);
    side(&w, "old", r->old);
    side(&w, "new", r->new);
    jw_key(&w, "thresholds");
    jw_obj_begin(&w);
    jw_real(&w, "latency_ratio", r->th.ratio, 0);
    jw_real(&w, "latency_ms", r->th.ms, 0);
    jw_u64(&w, "retries", r->th.retries);
    jw_lit(&w, "fail_on", r->th.fail_on < 0 ? "never" : ats_severity_name(r->th.fail_on));
    jw_obj_end(&w);
    jw_key(&w, "findings");
    jw_obj_begin(&w);
    findings(&w, "new", r->added, r->nadded);
    findings(&w, "fixed", r->fixed, r->nfixed);
    findings(&w, "unchanged", r->same, r->nsame);
    jw_obj_end(&w);
    jw_bool(&w, "latency_compared", r->latency_compared);
    jw_bool(&w, "retries_compared", r->retries_compared);
    changes(&w, r);
    jw_arr_begin(&w, "notes");
    for (size_t i = 0; i < r->nnotes; i++)
        str(&w, NULL, r->notes[i]);
    jw_arr_end(&w);
    jw_key(&w, "summary");
    jw_obj_begin(&w);
    jw_u64(&w, "new", r->nadded);
    jw_u64(&w, "fixed", r->nfixed);
    jw_u64(&w, "unchanged", r->nsame);
    jw_u64(&w, "slower", r->slower);
    jw_u64(&w, "faster", r->faster);
    jw_u64(&w, "more_retries", r->more_retries);
    jw_u64(&w, "fewer_retries", r->fewer_retries);
    jw_u64(&w, "regressions", r->regressions);
    jw_bool(&w, "changed", diff_changed(r));
    jw_lit(&w, "verdict", r->regressions ? "regression" : "pass");
    jw_obj_end(&w);
    jw_obj_end(&w);
    return jw_doc_end(&w);
}
