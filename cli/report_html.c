/* report_html.c - the HTML report of `atscope check`: one self-contained page
 * (inline CSS and JS, no network) with the verdict, the rules, the violations
 * (filterable), a timeline of each capture and its latency table.
 *
 * What stays readable without JavaScript (a CI viewer with a strict CSP) is
 * plain HTML: header, rules, violations, latency. The timelines are drawn on a
 * <canvas> by the script from a JSON blob (one string table and one array per
 * event), a window of events at a time, so a capture of millions of lines
 * makes a page of a few MB, not millions of DOM nodes.
 *
 * Capture bytes reach the page in two places, each escaped for where it goes
 * (escape.h, the HTML column):
 *   - HTML text and attributes: & < > " ' as entities;
 *   - the JSON inside <script type="application/json">: < > & as \uXXXX, so
 *     no "</script" can end it early.
 * In both, control bytes, invalid UTF-8 and the hidden code points (C1
 * controls, bidi overrides, U+2028/2029: no line terminator in the script
 * either) become the text \xHH, as in the text report. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "escape.h"
#include "jsonw.h"
#include "report_common.h"

#define HTML_MAX_EVENTS 200000   /* timeline events over all captures */
#define HTML_MAX_VIOL 5000       /* violations listed in the page */

static void put_css(FILE *f);
static void put_js(FILE *f);

/* ---- escaping ------------------------------------------------------------ */

/* HTML text or attribute value. */
static void html_n(FILE *f, const char *s, size_t n) { esc_put(f, ESC_CTX_HTML, 0, s, n, 0); }

static void html_str(FILE *f, const char *s) { html_n(f, s ? s : "", s ? strlen(s) : 0); }

/* A timeline text: NUL-terminated copy of at most 79 capture bytes. A UTF-8
 * sequence cut at the end is dropped and the text marked as cut. */
static void json_tltext(jsonw *w, const char *s)
{
    size_t n = strlen(s);
    int cut = n >= sizeof(((tl_event *)0)->text) - 1;
    if (cut) {
        size_t k = n;
        while (k > 0 && k > n - 4 && ((unsigned char)s[k - 1] & 0xC0) == 0x80)
            k--;
        esc_class cls;
        uint32_t cp;
        if (k > 0 && (unsigned char)s[k - 1] >= 0xC0 &&
            esc_unit((const unsigned char *)s + k - 1, n - k + 1, &cls, &cp) != n - k + 1)
            n = k - 1;
    }
    if (!cut) {
        jw__escape(w, s, n, 0);
        return;
    }
    char buf[96];
    memcpy(buf, s, n);
    memcpy(buf + n, "\xe2\x80\xa6", 3);   /* … */
    jw__escape(w, buf, n + 3, 0);
}

/* ---- the string table of a capture's timeline ---------------------------- */

typedef struct strtab {
    const char **key;     /* texts (owned by the events) */
    uint32_t *slot;       /* hash slot -> index + 1 */
    size_t n, cap;        /* cap: power of two, > 2 * entries */
} strtab;

static uint32_t fnv(const char *s)
{
    uint32_t x = 2166136261u;
    for (; *s; s++)
        x = (x ^ (unsigned char)*s) * 16777619u;
    return x;
}

/* Index of s in the table, added if new; -1 if out of memory. */
static long st_index(strtab *t, const char *s)
{
    size_t m = t->cap - 1;
    for (size_t i = fnv(s) & m;; i = (i + 1) & m) {
        uint32_t v = t->slot[i];
        if (!v) {
            t->key[t->n] = s;
            t->slot[i] = (uint32_t)++t->n;
            return (long)(t->n - 1);
        }
        if (!strcmp(t->key[v - 1], s))
            return (long)(v - 1);
    }
}

/* ---- pieces of the page -------------------------------------------------- */

static void put_lines(FILE *f, const char *const *src)
{
    for (size_t i = 0; src[i]; i++) {
        fputs(src[i], f);
        fputc('\n', f);
    }
}

static const char *sev(ats_severity s) { return ats_severity_name(s); }

static void put_u64(FILE *f, uint64_t v) { fprintf(f, "%" PRIu64, v); }

/* A latency in ms, "-" when not measured. */
static void put_ms(FILE *f, double v)
{
    if (v < 0)
        fputs("<td class=\"num dim\">-</td>", f);
    else
        fprintf(f, "<td class=\"num\">%.0f</td>", v);
}

static const char *time_kind_text(int k)
{
    switch (k) {
    case ATS_TIME_ABSOLUTE: return "time (UTC)";
    case ATS_TIME_OF_DAY: return "time of day";
    case ATS_TIME_RELATIVE: return "time since the capture's start";
    case ATS_TIME_LOCAL: return "local time (zone unknown)";
    default: return "line number";
    }
}

static void header(FILE *f, const check_report *r)
{
    size_t unread = 0;
    uint64_t lines = 0, txns = 0, urcs = 0, unparsed = 0;
    for (size_t i = 0; i < r->ninputs; i++) {
        const input_result *in = &r->inputs[i];
        if (in->error) {
            unread++;
            continue;
        }
        lines += in->stats.lines;
        txns += in->stats.transactions;
        urcs += in->stats.urcs;
        unparsed += in->stats.unparsed;
    }
    const char *verdict = r->inconclusive ? "INCONCLUSIVE" : r->verdict_fail ? "FAIL" : "PASS";
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta name=\"generator\" content=\"atscope " ATS_VERSION "\">\n", f);
    fprintf(f, "<title>atscope check: %s", verdict);
    if (r->ninputs == 1) {
        fputs(" \xe2\x80\x94 ", f);
        html_str(f, r->inputs[0].path);
    }
    fputs("</title>\n<style>\n", f);
    put_css(f);
    fputs("</style>\n</head>\n<body>\n<header id=\"top\">\n", f);
    fprintf(f, "<h1>atscope check <span class=\"verdict %s\" id=\"verdict\">%s</span></h1>\n",
            report_verdict(r), verdict);
    fputs("<dl class=\"summary\">\n<dt>Captures</dt><dd>", f);
    fprintf(f, "%zu", r->ninputs - unread);
    if (unread)
        fprintf(f, " analysed, <span class=\"sev-error\">%zu could not be read</span>", unread);
    fprintf(f, " (%" PRIu64 " lines, %" PRIu64 " transactions, %" PRIu64 " URCs, %" PRIu64
               " unparsed lines)</dd>\n",
            lines, txns, urcs, unparsed);
    fputs("<dt>Profile</dt><dd>", f);
    html_str(f, ats_profile_id(r->p));
    fputs(" (", f);
    html_str(f, ats_profile_name(r->p));
    fputs(")</dd>\n<dt>Verdict</dt><dd>", f);
    fprintf(f, "<b>%s</b> (fails on %s%s)</dd>\n", verdict,
            r->never ? "never" : sev(r->fail_on), r->never ? "" : " or above");
    fputs("<dt>Violations</dt><dd class=\"counts\">", f);
    for (int s = ATS_SEV_ERROR; s >= ATS_SEV_INFO; s--)
        fprintf(f, "<span class=\"count sev-%s\" id=\"count-%s\">%" PRIu64 " %s</span> ",
                sev((ats_severity)s), sev((ats_severity)s), r->counts[s],
                sev((ats_severity)s));
    fputs("</dd>\n</dl>\n<nav><a href=\"#rules\">Rules</a> <a href=\"#violations\">"
          "Violations</a>",
          f);
    for (size_t i = 0; i < r->ninputs; i++) {
        if (i == 8) {
            fprintf(f, " <span class=\"dim\">\xe2\x80\xa6 %zu more captures below</span>",
                    r->ninputs - 8);
            break;
        }
        fprintf(f, " <a href=\"#cap%zu\">", i);
        const char *p = r->inputs[i].path, *b = strrchr(p, '/');
        html_str(f, b && b[1] ? b + 1 : p);
        fputs("</a>", f);
    }
    fputs("</nav>\n</header>\n<main>\n", f);
}

static void rules_table(FILE *f, const check_report *r)
{
    fputs("<section id=\"rules\">\n<h2>Rules</h2>\n<table class=\"rules\">\n<thead><tr>"
          "<th>Rule</th><th>Severity</th><th>Status</th><th class=\"num\">Violations</th>"
          "<th>Reason</th></tr></thead>\n<tbody>\n",
          f);
    for (size_t k = 0; k < ats_ruleset_count(r->rs); k++) {
        ats_rule_result res;
        uint64_t omitted;
        report_rule(r, k, &res, &omitted);
        ats_rule_info info;
        ats_ruleset_info(r->rs, k, &info);
        const char *st = ats_rule_status_name(res.status);
        fputs("<tr class=\"st-", f);
        html_str(f, st);
        fputs("\"><td>", f);
        if (res.violations) {
            fputs("<a class=\"rule-link\" href=\"#violations\" data-rule=\"", f);
            html_str(f, info.id);
            fputs("\">", f);
            html_str(f, info.id);
            fputs("</a>", f);
        } else {
            html_str(f, info.id);
        }
        fprintf(f, "</td><td><span class=\"sev sev-%s\">%s</span></td><td>", sev(info.severity),
                sev(info.severity));
        html_str(f, st);
        fputs("</td><td class=\"num\">", f);
        put_u64(f, res.violations);
        fputs("</td><td>", f);
        html_str(f, res.reason);
        if (omitted)
            fprintf(f, "%s<span class=\"dim\">(%" PRIu64 " more not listed)</span>",
                    res.reason[0] ? " " : "", omitted);
        if (info.summary && info.summary[0]) {
            fputs("<div class=\"dim small\">", f);
            html_str(f, info.summary);
            fputs("</div>", f);
        }
        fputs("</td></tr>\n", f);
    }
    fputs("</tbody>\n</table>\n</section>\n", f);
}

static void violations(FILE *f, const check_report *r)
{
    fputs("<section id=\"violations\">\n<h2>Violations</h2>\n", f);
    if (!r->nviol) {
        fputs("<p class=\"none\">No violations.</p>\n</section>\n", f);
        return;
    }
    /* the filter: hidden until the script shows it (it does nothing without) */
    fputs("<form class=\"filter\" id=\"vfilter\" hidden>\n<span>Severity:</span>", f);
    for (int s = ATS_SEV_ERROR; s >= ATS_SEV_INFO; s--)
        fprintf(f,
                " <label><input type=\"checkbox\" name=\"sev\" value=\"%s\" id=\"f-%s\" "
                "checked> %s</label>",
                sev((ats_severity)s), sev((ats_severity)s), sev((ats_severity)s));
    fputs("\n<label>Rule: <select id=\"f-rule\"><option value=\"\">all rules</option>", f);
    for (size_t k = 0; k < ats_ruleset_count(r->rs); k++) {
        ats_rule_info info;
        ats_ruleset_info(r->rs, k, &info);
        int any = 0;
        for (size_t i = 0; i < r->nviol && !any; i++)
            any = !strcmp(r->viol[i].v.rule, info.id);
        if (!any)
            continue;
        fputs("<option value=\"", f);
        html_str(f, info.id);
        fputs("\">", f);
        html_str(f, info.id);
        fputs("</option>", f);
    }
    fputs("</select></label>\n", f);
    if (r->ninputs > 1) {
        fputs("<label>Capture: <select id=\"f-cap\"><option value=\"\">all captures</option>",
              f);
        for (size_t i = 0; i < r->ninputs; i++) {
            if (r->inputs[i].error || !r->inputs[i].nviol)
                continue;
            fprintf(f, "<option value=\"%zu\">", i);
            html_str(f, r->inputs[i].path);
            fputs("</option>", f);
        }
        fputs("</select></label>\n", f);
    }
    fputs("<output id=\"f-shown\"></output>\n</form>\n", f);
    fputs("<table class=\"viol\" id=\"vtable\">\n<thead><tr><th>Severity</th><th>Rule</th>"
          "<th>Where</th><th>Message</th></tr></thead>\n<tbody>\n",
          f);
    size_t n = r->nviol < HTML_MAX_VIOL ? r->nviol : HTML_MAX_VIOL;
    for (size_t i = 0; i < n; i++) {
        const ats_violation *v = &r->viol[i].v;
        size_t c = r->viol[i].input;
        const char *path = r->inputs[c].path;
        fprintf(f, "<tr id=\"v%zu\" data-sev=\"%s\" data-rule=\"", i, sev(v->severity));
        html_str(f, v->rule);
        fprintf(f, "\" data-cap=\"%zu\" data-line=\"%" PRIu64 "\">", c, v->line);
        fprintf(f, "<td><span class=\"sev sev-%s\">%s</span></td><td>", sev(v->severity),
                sev(v->severity));
        html_str(f, v->rule);
        fprintf(f, "</td><td class=\"where\"><a class=\"ev\" href=\"#c%zu-l%" PRIu64 "\">", c,
                v->line);
        html_str(f, path);
        fprintf(f, ":%" PRIu64 "</a></td><td class=\"msg\">", v->line);
        html_str(f, v->message);
        if (v->nrelated) {
            fputs("<ul class=\"related\">", f);
            for (size_t k = 0; k < v->nrelated; k++) {
                fprintf(f, "<li><a class=\"ev\" href=\"#c%zu-l%" PRIu64 "\">line %" PRIu64
                           "</a>: ",
                        c, v->related[k].line, v->related[k].line);
                html_str(f, v->related[k].message);
                fputs("</li>", f);
            }
            fputs("</ul>", f);
        }
        fputs("</td></tr>\n", f);
    }
    fputs("</tbody>\n</table>\n", f);
    if (n < r->nviol)
        fprintf(f, "<p class=\"dim\">%zu more violations not listed here (see the JSON "
                   "report).</p>\n",
                r->nviol - n);
    uint64_t omitted = 0;
    for (size_t i = 0; i < r->ninputs; i++)
        for (size_t k = 0; k < r->inputs[i].nrules && k < 64; k++)
            omitted += r->inputs[i].omitted[k];
    if (omitted)
        fprintf(f, "<p class=\"dim\">%" PRIu64 " more violations were counted but not stored "
                   "(at most %zu per rule and capture).</p>\n",
                omitted, r->max_stored);
    fputs("</section>\n", f);
}

static void latency_table(FILE *f, const input_result *in)
{
    size_t n = in->acc ? ats_statsacc_ncmds(in->acc) : 0;
    fputs("<h3>Commands and latency</h3>\n", f);
    if (!n) {
        fputs("<p class=\"none\">No commands.</p>\n", f);
        return;
    }
    if (!in->has_time)
        fputs("<p class=\"dim\">The capture has no timestamps: latencies cannot be "
              "measured.</p>\n",
              f);
    fputs("<table class=\"lat\">\n<thead><tr><th rowspan=\"2\">Command</th>"
          "<th rowspan=\"2\" class=\"num\">Count</th><th rowspan=\"2\" class=\"num\">OK</th>"
          "<th rowspan=\"2\" class=\"num\">ERROR</th><th rowspan=\"2\" class=\"num\">CME/CMS"
          "</th><th rowspan=\"2\" class=\"num\">No final</th>"
          "<th colspan=\"3\">Final result, ms</th><th colspan=\"2\">Completion</th>"
          "<th colspan=\"3\">Completion, ms</th></tr>\n<tr><th class=\"num\">p50</th>"
          "<th class=\"num\">p95</th><th class=\"num\">max</th><th class=\"num\">ok</th>"
          "<th class=\"num\">failed</th><th class=\"num\">p50</th><th class=\"num\">p95</th>"
          "<th class=\"num\">max</th></tr></thead>\n<tbody>\n",
          f);
    for (size_t i = 0; i < n; i++) {
        ats_cmd_stats s;
        ats_statsacc_cmd(in->acc, i, &s);
        fputs("<tr><td class=\"cmd\">", f);
        html_n(f, s.name, strnlen(s.name, sizeof s.name));
        fprintf(f,
                "</td><td class=\"num\">%" PRIu64 "</td><td class=\"num\">%" PRIu64
                "</td><td class=\"num%s\">%" PRIu64 "</td><td class=\"num%s\">%" PRIu64
                "</td><td class=\"num%s\">%" PRIu64 "</td>",
                s.count, s.ok, s.error ? " bad" : "", s.error, s.cme + s.cms ? " bad" : "",
                s.cme + s.cms, s.no_final + s.unfinished ? " bad" : "",
                s.no_final + s.unfinished);
        put_ms(f, s.final_p50_ms);
        put_ms(f, s.final_p95_ms);
        put_ms(f, s.final_max_ms);
        uint64_t async = s.compl_success + s.compl_failure + s.compl_missing + s.compl_pending;
        if (async)
            fprintf(f, "<td class=\"num\">%" PRIu64 "</td><td class=\"num%s\">%" PRIu64 "</td>",
                    s.compl_success,
                    s.compl_failure + s.compl_missing + s.compl_pending ? " bad" : "",
                    s.compl_failure + s.compl_missing + s.compl_pending);
        else
            fputs("<td class=\"num dim\">-</td><td class=\"num dim\">-</td>", f);
        put_ms(f, s.compl_p50_ms);
        put_ms(f, s.compl_p95_ms);
        put_ms(f, s.compl_max_ms);
        fputs("</tr>\n", f);
    }
    fputs("</tbody>\n</table>\n", f);
}

static void capture_section(FILE *f, const check_report *r, size_t i, size_t drawn)
{
    const input_result *in = &r->inputs[i];
    fprintf(f, "<section class=\"capture\" id=\"cap%zu\">\n<h2>", i);
    html_str(f, in->path);
    fputs("</h2>\n", f);
    if (in->error) {
        fputs("<p class=\"sev-error\">Not analysed: ", f);
        html_str(f, in->error);
        fputs("</p>\n</section>\n", f);
        return;
    }
    const ats_stats *s = &in->stats;
    fputs("<p class=\"meta\">Format <b>", f);
    html_str(f, in->format ? in->format : "raw");
    fputs("</b>", f);
    if (in->format_reason && in->format_reason[0]) {
        fputs(" <span class=\"dim\">(", f);
        html_str(f, in->format_reason);
        fputs(")</span>", f);
    }
    fprintf(f, "; %" PRIu64 " bytes, %" PRIu64 " lines, %" PRIu64 " transactions, %" PRIu64
               " URCs, %" PRIu64 " unparsed lines; %s, %s%s; violations: %" PRIu64
               " error, %" PRIu64 " warning, %" PRIu64 " info.</p>\n",
            in->bytes, s->lines, s->transactions, s->urcs, s->unparsed,
            in->has_time ? "timestamps" : "no timestamps",
            in->has_dir ? "directions" : "no directions", in->lossy ? ", lossy format" : "",
            in->counts[ATS_SEV_ERROR], in->counts[ATS_SEV_WARNING], in->counts[ATS_SEV_INFO]);
    if (in->cov.inconclusive) {
        fputs("<p class=\"sev-error\" id=\"inconclusive", f);
        fprintf(f, "%zu\"><b>Inconclusive:</b> ", i);
        html_str(f, in->cov.reason);
        fputs("</p>\n", f);
    }
    if (in->nkept) {   /* what the reader had to guess bears on everything below */
        fputs("<ul class=\"input-notes\">\n", f);
        for (size_t k = 0; k < in->nkept; k++) {
            fputs("<li class=\"sev-warning\">", f);
            if (in->warn_line[k])
                fprintf(f, "line %" PRIu64 ": ", in->warn_line[k]);
            html_str(f, in->warn_msg[k]);
            fputs("</li>\n", f);
        }
        if (in->nwarnings > in->nkept)
            fprintf(f, "<li class=\"dim\">and %" PRIu64 " more</li>\n",
                    in->nwarnings - in->nkept);
        fputs("</ul>\n", f);
    }
    int timed = in->time_kind != ATS_TIME_NONE;
    fprintf(f, "<h3>Timeline</h3>\n<div class=\"tl\" id=\"tl%zu\" data-cap=\"%zu\">\n", i, i);
    fprintf(f, "<p class=\"axis-note\">x axis: <b>%s</b>%s.", time_kind_text(in->time_kind),
            timed ? "" : " (the capture has no timestamps: events in the order of their lines)");
    uint64_t more = in->tl_omitted + (in->ntl - drawn);
    if (more)
        fprintf(f, " <span class=\"more\">%" PRIu64 " more events not drawn</span> (this "
                   "page draws the first %zu).",
                more, drawn);
    fputs("</p>\n", f);
    if (!drawn) {
        fputs("<p class=\"none\">No events.</p>\n", f);
    } else {
        fputs("<noscript><p class=\"dim\">The timeline needs JavaScript.</p></noscript>\n"
              "<div class=\"tl-ctl\" hidden><button type=\"button\" class=\"prev\" "
              "title=\"earlier events\">\xe2\x97\x80</button><input type=\"range\" "
              "class=\"slider\" min=\"0\" max=\"0\" value=\"0\" aria-label=\"first event "
              "shown\"><button type=\"button\" class=\"next\" title=\"later events\">"
              "\xe2\x96\xb6</button><label>events per view <select class=\"wsize\">"
              "<option>200</option><option>500</option><option selected>2000</option>"
              "<option>5000</option></select></label><span class=\"range\"></span>"
              "<button type=\"button\" class=\"unzoom\" hidden>reset zoom</button>"
              "<span class=\"hint\">drag across the timeline to zoom</span></div>\n"
              "<div class=\"tl-canvas\"><canvas></canvas><div class=\"tip\" hidden></div>"
              "</div>\n<div class=\"legend\"></div>\n"
              "<div class=\"info\" aria-live=\"polite\">Hover or click an event to see it."
              "</div>\n",
              f);
    }
    fputs("</div>\n", f);
    latency_table(f, in);
    fputs("</section>\n", f);
}

/* The blob is laid out by hand (a few events a line), so its numbers and
 * punctuation go out raw through the JSON writer; strings through its
 * escaping. */
static void raw_s(jsonw *w, const char *s) { jw__raw(w, s, strlen(s)); }

static void raw_i64(jsonw *w, int64_t v)
{
    char t[24];
    jw__raw(w, t, (size_t)snprintf(t, sizeof t, "%" PRId64, v));
}

static void put_time(jsonw *w, int64_t t, int64_t base)
{
    if (t == INT64_MIN)
        raw_s(w, "null");
    else
        raw_i64(w, t - base);
}

/* names of an enum, as a JSON array of strings */
static void names(jsonw *w, int lo, int hi, const char *(*name)(int))
{
    raw_s(w, "[");
    for (int k = lo; k <= hi; k++) {
        if (k > lo)
            raw_s(w, ",");
        jw__escape(w, name(k), strlen(name(k)), 0);
    }
    raw_s(w, "]");
}

static const char *fk_name(int k) { return ats_final_kind_name((ats_final_kind)k); }
static const char *ck_name(int k) { return ats_completion_name((ats_completion)k); }
static const char *ts_name(int k) { return ats_txn_status_name((ats_txn_status)k); }

/* One capture: its string table and its events. */
static int blob_capture(jsonw *w, const input_result *in, size_t i, size_t n, int first)
{
    int64_t base = INT64_MAX;
    for (size_t e = 0; e < n; e++)
        if (in->tl[e].t0 != INT64_MIN && in->tl[e].t0 < base)
            base = in->tl[e].t0;
    int timed = in->time_kind != ATS_TIME_NONE && base != INT64_MAX;
    if (!timed)
        base = 0;
    raw_s(w, first ? "\n{\"cap\":" : ",\n{\"cap\":");
    raw_i64(w, (int64_t)i);
    raw_s(w, ",\"tk\":");
    raw_i64(w, timed ? in->time_kind : 0);
    raw_s(w, ",\"base\":");
    raw_i64(w, base);
    raw_s(w, ",\"more\":");
    raw_i64(w, (int64_t)(in->tl_omitted + (in->ntl - n)));
    raw_s(w, ",\"path\":");
    jw__escape(w, in->path, strlen(in->path), 0);
    /* texts repeat (AT+CSQ, +MIPRTCP...): one table */
    strtab t = {0};
    t.cap = 64;
    while (t.cap < 2 * n + 2)
        t.cap *= 2;
    t.key = malloc(n * sizeof *t.key);
    t.slot = calloc(t.cap, sizeof *t.slot);
    long *idx = malloc(n * sizeof *idx);
    int rc = 0;
    if (!t.key || !t.slot || !idx) {
        raw_s(w, ",\"s\":[],\"e\":[]}");
        rc = -1;
        goto out;
    }
    for (size_t e = 0; e < n; e++)
        idx[e] = st_index(&t, in->tl[e].text);
    raw_s(w, ",\"s\":[");
    for (size_t k = 0; k < t.n; k++) {
        if (k)
            raw_s(w, ",");
        if (k % 8 == 7)
            raw_s(w, "\n");
        json_tltext(w, t.key[k]);
    }
    raw_s(w, "],\"e\":[");
    for (size_t e = 0; e < n; e++) {
        const tl_event *ev = &in->tl[e];
        int kind = ev->kind == 'T' ? 0 : ev->kind == 'U' ? 1 : ev->kind == 'D' ? 2 : 3;
        raw_s(w, e ? (e % 4 ? ",[" : ",\n[") : "\n[");
        raw_i64(w, kind);
        raw_s(w, ",");
        raw_i64(w, (int64_t)ev->line);
        raw_s(w, ",");
        raw_i64(w, (int64_t)ev->end_line);
        raw_s(w, ",");
        put_time(w, timed ? ev->t0 : INT64_MIN, base);
        raw_s(w, ",");
        put_time(w, timed ? ev->t1 : INT64_MIN, base);
        raw_s(w, ",");
        put_time(w, timed ? ev->t2 : INT64_MIN, base);
        const int64_t tail[5] = {ev->result, ev->completion, ev->status, ev->sock, idx[e]};
        for (int k = 0; k < 5; k++) {
            raw_s(w, ",");
            raw_i64(w, tail[k]);
        }
        raw_s(w, "]");
    }
    raw_s(w, "]}");
out:
    free(t.key);
    free(t.slot);
    free(idx);
    return rc;
}

/* The JSON blob: names of the enums, then per capture its string table and
 * its events [kind, line, end_line, t0, t1, t2, result, completion, status,
 * sock, text]; times in us from "base". Written by jsonw in its script mode:
 * strings escaped for a person to read, nothing that ends the element. */
static int data_blob(FILE *f, const check_report *r, const size_t *drawn)
{
    jsonw w;
    if (jw_init(&w, f, 64 * 1024) != 0) {
        jw_free(&w);
        return -1;
    }
    w.script = 1;
    raw_s(&w, "<script type=\"application/json\" id=\"atscope-data\">\n{\"v\":1,\"fk\":");
    names(&w, ATS_FINAL_NONE, ATS_FINAL_PROFILE_ERROR, fk_name);
    raw_s(&w, ",\"ck\":");
    names(&w, ATS_COMPL_NONE, ATS_COMPL_PENDING, ck_name);
    raw_s(&w, ",\"ts\":");
    names(&w, ATS_TXN_COMPLETE, ATS_TXN_UNFINISHED, ts_name);
    raw_s(&w, ",\"caps\":[");
    int first = 1, rc = 0;
    for (size_t i = 0; i < r->ninputs; i++) {
        const input_result *in = &r->inputs[i];
        if (in->error || !drawn[i])
            continue;
        if (blob_capture(&w, in, i, drawn[i], first) < 0)
            rc = -1;
        first = 0;
    }
    raw_s(&w, "]}\n</script>\n");
    if (jw_flush(&w))
        rc = -1;
    jw_free(&w);
    return rc;
}

/* How many events of each capture the page draws: all, unless the captures
 * together hold more than HTML_MAX_EVENTS; then the budget is shared out,
 * small captures first (they keep everything). */
static void share_events(const check_report *r, size_t *drawn)
{
    size_t total = 0;
    for (size_t i = 0; i < r->ninputs; i++) {
        drawn[i] = r->inputs[i].error || !r->inputs[i].tl ? 0 : r->inputs[i].ntl;
        total += drawn[i];
    }
    if (total <= HTML_MAX_EVENTS)
        return;
    /* the largest share s with sum(min(drawn, s)) within the budget */
    size_t lo = 0, hi = CHECK_MAX_TIMELINE;
    while (lo < hi) {
        size_t mid = (lo + hi + 1) / 2, sum = 0;
        for (size_t i = 0; i < r->ninputs; i++)
            sum += drawn[i] < mid ? drawn[i] : mid;
        if (sum <= HTML_MAX_EVENTS)
            lo = mid;
        else
            hi = mid - 1;
    }
    for (size_t i = 0; i < r->ninputs; i++)
        if (drawn[i] > lo)
            drawn[i] = lo;
}

int report_html(FILE *f, const check_report *rc)
{
    check_report *r = (check_report *)rc;
    report_sort(r);
    size_t *drawn = calloc(r->ninputs ? r->ninputs : 1, sizeof *drawn);
    if (!drawn)
        return -1;
    share_events(r, drawn);
    header(f, r);
    rules_table(f, r);
    violations(f, r);
    for (size_t i = 0; i < r->ninputs; i++)
        capture_section(f, r, i, drawn[i]);
    fputs("</main>\n<footer>Written by atscope " ATS_VERSION
          " (<code>atscope check --format html</code>). Self-contained: no network.</footer>\n",
          f);
    int rc2 = data_blob(f, r, drawn);
    free(drawn);
    fputs("<script>\n", f);
    put_js(f);
    fputs("</script>\n</body>\n</html>\n", f);
    return rc2 < 0 || ferror(f) ? -1 : 0;
}

/* the page's style */
static const char *const html_css[] = {
    ":root { --fg: #1f2933; --dim: #6b7280; --line: #d8dde3; --bg: #fff; --head: #f3f5f7;",
    "  --error: #c62828; --warning: #b86200; --info: #1e6fc0; --ok: #2e7d32; }",
    "* { box-sizing: border-box; }",
    "body { margin: 0; font: 14px/1.45 system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif;",
    "  color: var(--fg); background: var(--bg); }",
    "header { padding: 16px 24px 10px; background: var(--head);",
    "  border-bottom: 1px solid var(--line); }",
    "main { padding: 0 24px 24px; }",
    "footer { padding: 12px 24px; color: var(--dim); font-size: 12px;",
    "  border-top: 1px solid var(--line); }",
    "h1 { font-size: 22px; margin: 0 0 8px; }",
    "h2 { font-size: 18px; margin: 26px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line);",
    "  overflow-wrap: anywhere; }",
    "h3 { font-size: 15px; margin: 18px 0 6px; }",
    "a { color: #1d5fa8; }",
    "code, .cmd, .msg, .where { font-family: ui-monospace, \"SFMono-Regular\", Menlo, Consolas, monospace;",
    "  font-size: 12.5px; }",
    ".verdict { display: inline-block; padding: 1px 10px; border-radius: 4px; color: #fff;",
    "  font-size: 16px; vertical-align: 2px; }",
    ".verdict.fail { background: var(--error); }",
    ".verdict.pass { background: var(--ok); }",
    ".verdict.inconclusive { background: var(--warning); }",
    "dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px;",
    "  margin: 0 0 8px; }",
    "dl.summary dt { color: var(--dim); }",
    "dl.summary dd { margin: 0; overflow-wrap: anywhere; }",
    ".count { margin-right: 10px; font-weight: 600; }",
    "nav a { margin-right: 12px; }",
    "table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; }",
    "th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line);",
    "  vertical-align: top; }",
    "thead th { background: var(--head); font-weight: 600; font-size: 13px; }",
    "td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }",
    "td.bad { color: var(--error); font-weight: 600; }",
    ".dim { color: var(--dim); }",
    ".small { font-size: 12px; }",
    ".none { color: var(--dim); font-style: italic; }",
    ".sev { display: inline-block; min-width: 62px; padding: 0 6px; border-radius: 3px; font-size: 12px;",
    "  font-weight: 600; text-align: center; color: #fff; }",
    "span.sev.sev-error { background: var(--error); color: #fff; }",
    "span.sev.sev-warning { background: var(--warning); color: #fff; }",
    "span.sev.sev-info { background: var(--info); color: #fff; }",
    ".sev-error { color: var(--error); }",
    ".sev-warning { color: var(--warning); }",
    ".sev-info { color: var(--info); }",
    "tr.st-fail td:nth-child(3) { color: var(--error); font-weight: 600; }",
    "tr.st-pass td:nth-child(3) { color: var(--ok); }",
    "tr.st-not-evaluable td:nth-child(3), tr.st-disabled td { color: var(--dim); }",
    "table.viol td.msg { overflow-wrap: anywhere; white-space: pre-wrap; }",
    "table.viol td.where { white-space: nowrap; }",
    "table.viol tr:target, table.viol tr.hl { background: #fff6d6; }",
    "ul.related { margin: 2px 0 0; padding-left: 18px; color: var(--dim); white-space: normal; }",
    "form.filter { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; padding: 8px 10px;",
    "  background: var(--head); border: 1px solid var(--line); border-radius: 4px; }",
    "form.filter output { color: var(--dim); margin-left: auto; }",
    "p.meta { overflow-wrap: anywhere; }",
    ".tl { border: 1px solid var(--line); border-radius: 4px; padding: 6px 10px 10px; }",
    ".axis-note { margin: 2px 0 6px; }",
    ".more { color: var(--warning); font-weight: 600; }",
    ".tl-ctl { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-bottom: 4px; }",
    ".tl-ctl .slider { flex: 1; min-width: 160px; }",
    ".tl-ctl .range, .tl-ctl .hint { color: var(--dim); font-size: 12px; }",
    ".tl-canvas { position: relative; }",
    ".tl-canvas canvas { display: block; }",
    ".tip { position: absolute; z-index: 5; max-width: 560px; padding: 6px 9px; background: #111827;",
    "  color: #f9fafb; border-radius: 4px; font-size: 12px; pointer-events: none;",
    "  overflow-wrap: anywhere; box-shadow: 0 2px 8px rgba(0,0,0,.25); }",
    ".tip .b, .info .b { font-family: ui-monospace, Menlo, Consolas, monospace; font-weight: 600; }",
    ".tip .v { color: #fca5a5; }",
    ".legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 12px; color: var(--dim);",
    "  margin: 6px 0; }",
    ".lg { display: inline-flex; align-items: center; gap: 5px; }",
    ".sw { display: inline-block; width: 16px; height: 10px; }",
    ".sw-line { height: 4px; }",
    ".sw-tick { width: 2px; height: 14px; }",
    ".sw-mark { width: 9px; height: 9px; transform: rotate(45deg); }",
    ".sw-band { border-top: 3px solid #7c3aed; height: 12px; }",
    ".sw-viol { border: 2px solid; background: transparent; width: 16px; height: 12px; }",
    ".info { min-height: 3.2em; padding: 6px 8px; background: var(--head); border-radius: 4px;",
    "  overflow-wrap: anywhere; }",
    ".info .v { margin-top: 2px; }",
    ".info .v-error a { color: var(--error); }",
    ".info .v-warning a { color: var(--warning); }",
    ".info .v-info a { color: var(--info); }",
    "table.lat { width: auto; min-width: 60%; }",
    "table.lat th[colspan] { text-align: center; }",
    "[hidden] { display: none !important; }",
    NULL};

/* the page's script: filter, timelines. Capture text only ever goes through
 * textContent and fillText, never innerHTML. */
static const char *const html_js[] = {
    "(function () {",
    "  'use strict';",
    "  var D = { caps: [], fk: [], ck: [], ts: [] };",
    "  try {",
    "    D = JSON.parse(document.getElementById('atscope-data').textContent);",
    "  } catch (err) {",
    "    /* a page without its data still shows its tables */",
    "  }",
    "  var SEVS = ['error', 'warning', 'info'];",
    "  var SEVCOL = { error: '#c62828', warning: '#e07800', info: '#1e6fc0' };",
    "  var $ = function (id) { return document.getElementById(id); };",
    "  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };",
    "  function el(tag, cls, text) {",
    "    var e = document.createElement(tag);",
    "    if (cls) e.className = cls;",
    "    if (text !== undefined) e.textContent = text;",
    "    return e;",
    "  }",
    "",
    "  /* ---- violations: filter by severity, rule and capture ---- */",
    "  var vrows = Array.prototype.slice.call(document.querySelectorAll('#vtable tbody tr'));",
    "  function applyFilter() {",
    "    var on = {};",
    "    SEVS.forEach(function (s) { var b = $('f-' + s); on[s] = !b || b.checked; });",
    "    var rsel = $('f-rule'), csel = $('f-cap');",
    "    var rule = rsel ? rsel.value : '', cap = csel ? csel.value : '';",
    "    var n = 0;",
    "    vrows.forEach(function (tr) {",
    "      var show = on[tr.getAttribute('data-sev')] &&",
    "        (!rule || tr.getAttribute('data-rule') === rule) &&",
    "        (cap === '' || tr.getAttribute('data-cap') === cap);",
    "      tr.hidden = !show;",
    "      if (show) n++;",
    "    });",
    "    var out = $('f-shown');",
    "    if (out) out.textContent = n + ' of ' + vrows.length + ' shown';",
    "  }",
    "  var form = $('vfilter');",
    "  if (form) {",
    "    form.hidden = false;",
    "    form.addEventListener('change', applyFilter);",
    "    form.addEventListener('submit', function (e) { e.preventDefault(); });",
    "    applyFilter();",
    "  }",
    "  each(document.querySelectorAll('a.rule-link'), function (a) {",
    "    a.addEventListener('click', function () {",
    "      var rsel = $('f-rule');",
    "      if (!rsel) return;",
    "      rsel.value = a.getAttribute('data-rule');",
    "      SEVS.forEach(function (s) { var b = $('f-' + s); if (b) b.checked = true; });",
    "      applyFilter();",
    "    });",
    "  });",
    "",
    "  /* violations of each capture, for the timeline */",
    "  var vby = {};",
    "  vrows.forEach(function (tr) {",
    "    var c = tr.getAttribute('data-cap');",
    "    var td = tr.querySelector('.msg'), msg = '';",
    "    if (td) {",
    "      for (var k = 0; k < td.childNodes.length && td.childNodes[k].nodeName !== 'UL'; k++)",
    "        msg += td.childNodes[k].textContent;",
    "    }",
    "    (vby[c] = vby[c] || []).push({",
    "      line: +tr.getAttribute('data-line'), sev: tr.getAttribute('data-sev'),",
    "      rule: tr.getAttribute('data-rule'), msg: msg, id: tr.id",
    "    });",
    "  });",
    "",
    "  /* ---- formatting ---- */",
    "  function pad(n, w) { n = String(n); while (n.length < w) n = '0' + n; return n; }",
    "  function fmtDur(us) {",
    "    if (us === null || us === undefined) return '?';",
    "    var a = Math.abs(us);",
    "    if (a < 1000) return (us / 1000).toFixed(2) + ' ms';",
    "    if (a < 10e6) return Math.round(us / 1000) + ' ms';",
    "    return (us / 1e6).toFixed(3) + ' s';",
    "  }",
    "  function fmtClock(us, tk, short) {",
    "    var ms = Math.floor(us / 1000), s;",
    "    if (tk === 1 || tk === 4) {",
    "      s = new Date(ms).toISOString();",
    "      if (short) return s.slice(11, 23);",
    "      return s.replace('T', ' ').slice(0, 23) + (tk === 1 ? 'Z' : '');",
    "      return s;",
    "    }",
    "    if (tk === 2) {",
    "      var day = Math.floor(ms / 86400000), r = ms - day * 86400000;",
    "      s = pad(Math.floor(r / 3600000), 2) + ':' + pad(Math.floor(r / 60000) % 60, 2) + ':' +",
    "        pad(Math.floor(r / 1000) % 60, 2) + '.' + pad(r % 1000, 3);",
    "      return (day ? '+' + day + 'd ' : '') + s;",
    "    }",
    "    return (us / 1e6).toFixed(3) + ' s';",
    "  }",
    "  function niceStep(raw) {",
    "    var p = Math.pow(10, Math.floor(Math.log(raw) / Math.LN10)), m = raw / p;",
    "    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;",
    "  }",
    "",
    "  /* ---- timeline of one capture ---- */",
    "  var KIND = ['command', 'URC', 'data mode', 'unparsed'];",
    "  var OKF = { 1: 1, 2: 1, 10: 1 };        /* OK, CONNECT, profile success */",
    "  var COL = {",
    "    ok: '#2e9e5b', fail: '#d64545', none: '#9a9a9a', compl: '#3b82c4', complBad: '#e08a1e',",
    "    urc: '#4b5563', data: 'rgba(124,58,237,0.13)', dataEdge: '#7c3aed', unparsed: '#b7791f'",
    "  };",
    "  var LANE_H = 26, GUTTER = 92, TOP = 10, AXIS = 26;",
    "",
    "  function Timeline(root, c) {",
    "    var self = this;",
    "    this.root = root;",
    "    this.c = c;",
    "    this.tk = c.tk;",
    "    this.timed = c.tk > 0;",
    "    var ev = this.ev = c.e.map(function (a, i) {",
    "      return {",
    "        i: i, k: a[0], line: a[1], end: a[2], t0: a[3], t1: a[4], t2: a[5], res: a[6],",
    "        compl: a[7], st: a[8], sock: a[9], text: c.s[a[10]] || '', viol: []",
    "      };",
    "    });",
    "    var byLine = ev.slice().sort(function (a, b) { return a.line - b.line || a.i - b.i; });",
    "    this.byLine = byLine;",
    "    this.lastLine = 0;",
    "    ev.forEach(function (e) { self.lastLine = Math.max(self.lastLine, e.line, e.end); });",
    "    if (this.timed) {",
    "      /* events without a time of their own sit at the last time before them */",
    "      var last = null, firstT = null;",
    "      byLine.forEach(function (e) { if (firstT === null && e.t0 !== null) firstT = e.t0; });",
    "      byLine.forEach(function (e) {",
    "        if (e.t0 === null) {",
    "          e.t0 = last !== null ? last : firstT;",
    "          e.guess = true;",
    "        } else last = e.t0;",
    "        e.x0 = e.t0;",
    "        e.x1 = e.t1;",
    "        e.x2 = e.t2;",
    "      });",
    "    } else {",
    "      var nextCmd = null;",
    "      for (var k = byLine.length - 1; k >= 0; k--) {",
    "        var e = byLine[k];",
    "        e.x0 = e.line;",
    "        e.x1 = e.end;",
    "        e.x2 = null;",
    "        if (e.k === 0 && e.compl) {",
    "          /* the final result came before the next command: the rest waits */",
    "          e.x1 = nextCmd !== null && nextCmd <= e.end ? Math.max(e.line, nextCmd - 1)",
    "            : e.line;",
    "          e.x2 = e.end;",
    "        }",
    "        if (e.k === 0) nextCmd = e.line;",
    "      }",
    "    }",
    "    this.order = ev.slice().sort(function (a, b) {",
    "      return a.x0 - b.x0 || a.line - b.line;",
    "    });",
    "    this.order.forEach(function (e, k) { e.pos = k; });",
    "    /* lanes: commands without a socket, one per socket, URCs, unparsed */",
    "    var socks = {}, anyX = false;",
    "    ev.forEach(function (e) {",
    "      if (e.k === 0 && e.sock >= 0) socks[e.sock] = 1;",
    "      if (e.k === 3) anyX = true;",
    "    });",
    "    this.lanes = [{ name: 'commands' }];",
    "    this.sockLane = {};",
    "    var ids = Object.keys(socks).map(Number).sort(function (a, b) { return a - b; });",
    "    ids.forEach(function (s) {",
    "      self.sockLane[s] = self.lanes.length;",
    "      self.lanes.push({ name: 'socket ' + s });",
    "    });",
    "    this.urcLane = this.lanes.length;",
    "    this.lanes.push({ name: 'URCs' });",
    "    this.xLane = anyX ? this.lanes.length : this.urcLane;",
    "    if (anyX) this.lanes.push({ name: 'unparsed' });",
    "    (vby[c.cap] || []).forEach(function (v) {",
    "      var e = self.find(v.line);",
    "      if (e) { e.viol.push(v); v.ev = e; }",
    "    });",
    "",
    "    this.canvas = root.querySelector('canvas');",
    "    this.tip = root.querySelector('.tip');",
    "    this.info = root.querySelector('.info');",
    "    this.ctl = root.querySelector('.tl-ctl');",
    "    this.slider = root.querySelector('.slider');",
    "    this.wsel = root.querySelector('.wsize');",
    "    this.rangeOut = root.querySelector('.range');",
    "    this.W = +(this.wsel ? this.wsel.value : 2000) || 2000;",
    "    this.start = 0;",
    "    this.sel = null;",
    "    this.hits = [];",
    "    this.zoom = null;          /* [xmin, xmax] picked by dragging, or null */",
    "    this.drag = null;",
    "    if (!this.canvas) return;",
    "    if (this.ctl) this.ctl.hidden = false;",
    "    var on = function (sel, type, fn) { root.querySelector(sel).addEventListener(type, fn); };",
    "    on('.slider', 'input', function () { self.start = +self.slider.value; self.move(0); });",
    "    on('.prev', 'click', function () { self.move(-self.W / 2); });",
    "    on('.next', 'click', function () { self.move(self.W / 2); });",
    "    this.wsel.addEventListener('change', function () {",
    "      var mid = self.start + self.W / 2;",
    "      self.W = +self.wsel.value;",
    "      self.start = Math.round(mid - self.W / 2);",
    "      self.move(0);",
    "    });",
    "    this.unzoom = root.querySelector('.unzoom');",
    "    this.unzoom.addEventListener('click', function () { self.setZoom(null); });",
    "    var px = function (e) { return e.clientX - self.canvas.getBoundingClientRect().left; };",
    "    this.canvas.addEventListener('mousedown', function (e) {",
    "      if (e.button !== 0 || px(e) <= GUTTER) return;",
    "      self.drag = { a: px(e), b: px(e) };",
    "      e.preventDefault();",
    "    });",
    "    this.canvas.addEventListener('mousemove', function (e) {",
    "      if (!self.drag) return self.hover(e);",
    "      self.drag.b = px(e);",
    "      self.tip.hidden = true;",
    "      self.draw();",
    "    });",
    "    window.addEventListener('mouseup', function () {",
    "      var d = self.drag;",
    "      if (!d) return;",
    "      self.drag = null;",
    "      if (Math.abs(d.b - d.a) < 6) { self.draw(); return; }",
    "      self.dragged = true;",
    "      var m = self.xmap, lo = Math.min(d.a, d.b), hi = Math.max(d.a, d.b);",
    "      self.setZoom([m.xmin + (lo - m.L) / m.k, m.xmin + (hi - m.L) / m.k]);",
    "    });",
    "    this.canvas.addEventListener('dblclick', function () { self.setZoom(null); });",
    "    this.canvas.addEventListener('mouseleave', function () { self.tip.hidden = true; });",
    "    this.canvas.addEventListener('click', function (e) {",
    "      if (self.dragged) { self.dragged = false; return; }",
    "      var h = self.hit(e);",
    "      if (h) {",
    "        self.select(h);",
    "        try {",
    "          history.replaceState(null, '', '#c' + c.cap + '-l' + h.line);",
    "        } catch (err) { /* some file:// pages refuse */ }",
    "      }",
    "    });",
    "    this.legend();",
    "    this.move(0);",
    "  }",
    "",
    "  /* The event at a line: the one starting there, else the latest one before",
    "   * it that spans it, else the nearest. */",
    "  Timeline.prototype.find = function (line) {",
    "    var a = this.byLine, lo = 0, hi = a.length - 1, k = -1;",
    "    if (!a.length) return null;",
    "    while (lo <= hi) {",
    "      var m = (lo + hi) >> 1;",
    "      if (a[m].line <= line) { k = m; lo = m + 1; } else hi = m - 1;",
    "    }",
    "    if (k < 0) return a[0];",
    "    if (a[k].line === line) {",
    "      while (k > 0 && a[k - 1].line === line) k--;",
    "      return a[k];",
    "    }",
    "    for (var j = k; j >= 0 && j > k - 500; j--)",
    "      if (a[j].end >= line) return a[j];",
    "    return k + 1 < a.length && a[k + 1].line - line < line - a[k].line ? a[k + 1] : a[k];",
    "  };",
    "",
    "  Timeline.prototype.setZoom = function (z) {",
    "    this.zoom = z && z[1] > z[0] ? z : null;",
    "    this.unzoom.hidden = !this.zoom;",
    "    this.draw();",
    "  };",
    "",
    "  Timeline.prototype.move = function (d) {",
    "    this.zoom = null;",
    "    this.unzoom.hidden = true;",
    "    var n = this.order.length, max = Math.max(0, n - this.W);",
    "    this.start = Math.max(0, Math.min(max, Math.round(this.start + d)));",
    "    this.slider.max = max;",
    "    this.slider.value = this.start;",
    "    this.slider.disabled = max === 0;",
    "    this.root.querySelector('.prev').disabled = this.start === 0;",
    "    this.root.querySelector('.next').disabled = this.start >= max;",
    "    this.draw();",
    "  };",
    "",
    "  /* Moves the window so that it shows e, and selects it. */",
    "  Timeline.prototype.show = function (e) {",
    "    if (this.zoom && (e.x0 < this.zoom[0] || e.x0 > this.zoom[1])) this.setZoom(null);",
    "    if (e.pos < this.start || e.pos >= this.start + this.W) {",
    "      this.start = e.pos - Math.floor(this.W / 2);",
    "      this.move(0);",
    "    }",
    "    this.select(e);",
    "  };",
    "",
    "  Timeline.prototype.laneOf = function (e) {",
    "    if (e.k === 0) return e.sock >= 0 && e.sock in this.sockLane ? this.sockLane[e.sock] : 0;",
    "    if (e.k === 1) return this.urcLane;",
    "    if (e.k === 3) return this.xLane;",
    "    return -1;",
    "  };",
    "",
    "  Timeline.prototype.draw = function () {",
    "    var cv = this.canvas, dpr = window.devicePixelRatio || 1;",
    "    var w = Math.max(300, cv.parentNode.clientWidth || 800);",
    "    var hgt = TOP + this.lanes.length * LANE_H + AXIS;",
    "    cv.style.width = w + 'px';",
    "    cv.style.height = hgt + 'px';",
    "    cv.width = Math.round(w * dpr);",
    "    cv.height = Math.round(hgt * dpr);",
    "    var g = cv.getContext('2d');",
    "    if (!g) return;",
    "    g.setTransform(dpr, 0, 0, dpr, 0, 0);",
    "    g.clearRect(0, 0, w, hgt);",
    "    var n = this.order.length, s = this.start, e1 = Math.min(n, s + this.W);",
    "    var win = this.order.slice(s, e1);",
    "    this.rangeOut.textContent = n ? 'events ' + (s + 1) + '\\u2013' + e1 + ' of ' + n",
    "      : 'no events';",
    "    var lanesH = this.lanes.length * LANE_H;",
    "    /* lanes */",
    "    g.font = '12px system-ui, sans-serif';",
    "    g.textBaseline = 'middle';",
    "    for (var l = 0; l < this.lanes.length; l++) {",
    "      g.fillStyle = l % 2 ? '#f6f7f9' : '#eceff3';",
    "      g.fillRect(GUTTER, TOP + l * LANE_H, w - GUTTER, LANE_H);",
    "      g.fillStyle = '#374151';",
    "      g.fillText(this.lanes[l].name, 6, TOP + l * LANE_H + LANE_H / 2);",
    "    }",
    "    if (!win.length) { cv.setAttribute('data-drawn', '0'); return; }",
    "    var xmin = win[0].x0, xmax = win[win.length - 1].x0;",
    "    var span = xmax - xmin;",
    "    if (span <= 0) span = this.timed ? 1000 : 1;",
    "    xmin -= span * 0.02;",
    "    xmax = xmin + span * 1.04;",
    "    if (this.zoom) { xmin = this.zoom[0]; xmax = this.zoom[1]; }",
    "    var L = GUTTER + 4, R = w - 8, k = (R - L) / (xmax - xmin);",
    "    this.xmap = { xmin: xmin, L: L, k: k };",
    "    var far = function (e) {",
    "      var end = Math.max(e.x0, e.x1 === null || e.x1 === undefined ? e.x0 : e.x1,",
    "        e.x2 === null || e.x2 === undefined ? e.x0 : e.x2);",
    "      return end < xmin || e.x0 > xmax;",
    "    };",
    "    var X = function (x) { return L + (x - xmin) * k; };",
    "    var clip = function (x) { return Math.max(L - 4, Math.min(R + 4, x)); };",
    "    this.X = X;",
    "    /* axis */",
    "    var step = niceStep((xmax - xmin) / Math.max(2, (R - L) / 110));",
    "    if (!this.timed) step = Math.max(1, Math.round(step));",
    "    g.fillStyle = '#4b5563';",
    "    g.strokeStyle = '#d1d5db';",
    "    g.textBaseline = 'top';",
    "    g.textAlign = 'center';",
    "    var base = this.c.base;",
    "    for (var t = Math.ceil(xmin / step) * step; t <= xmax; t += step) {",
    "      var px = X(t);",
    "      g.beginPath();",
    "      g.moveTo(px + 0.5, TOP);",
    "      g.lineTo(px + 0.5, TOP + lanesH + 4);",
    "      g.stroke();",
    "      var lab = !this.timed ? 'line ' + Math.round(t)",
    "        : this.tk === 3 ? fmtDur(base + t) : fmtClock(base + t, this.tk, true);",
    "      g.fillText(lab, Math.max(L + 30, Math.min(R - 30, px)), TOP + lanesH + 7);",
    "    }",
    "    g.textAlign = 'left';",
    "    var hits = [], self = this;",
    "    g.save();",
    "    g.beginPath();",
    "    g.rect(L - 4, 0, R - L + 12, hgt);",
    "    g.clip();",
    "    function box(x, y, bw, bh, e) { hits.push({ x: x, y: y, w: bw, h: bh, e: e }); }",
    "    /* data mode bands under everything */",
    "    win.forEach(function (e) {",
    "      if (e.k !== 2 || far(e)) return;",
    "      var a = clip(X(e.x0)), b = clip(X(e.x1 !== null && e.x1 !== undefined ? e.x1 : e.x0));",
    "      var bw = Math.max(3, b - a);",
    "      g.fillStyle = COL.data;",
    "      g.fillRect(a, TOP, bw, lanesH);",
    "      g.fillStyle = COL.dataEdge;",
    "      g.fillRect(a, TOP, bw, 3);",
    "      box(a, TOP, bw, 8, e);",
    "    });",
    "    var drawn = 0;",
    "    win.forEach(function (e) {",
    "      if (far(e)) return;",
    "      drawn++;",
    "      var lane = self.laneOf(e);",
    "      if (lane < 0) return;",
    "      var y = TOP + lane * LANE_H, x = X(e.x0), a = clip(x), hx, hw, hy, hh;",
    "      if (e.k === 0) {",
    "        var has1 = e.x1 !== null && e.x1 !== undefined;",
    "        var b = clip(has1 ? X(e.x1) : x);",
    "        var bw = Math.max(3, b - a);",
    "        g.fillStyle = !e.res ? COL.none : OKF[e.res] ? COL.ok : COL.fail;",
    "        g.fillRect(a, y + 7, bw, 12);",
    "        hx = a; hw = bw; hy = y + 5; hh = 16;",
    "        if (e.compl) {",
    "          var c0 = a + bw, ok = e.compl === 1;",
    "          g.fillStyle = ok ? COL.compl : COL.complBad;",
    "          if (e.x2 !== null && e.x2 !== undefined) {",
    "            var c1 = clip(X(e.x2));",
    "            g.fillRect(c0, y + 11, Math.max(2, c1 - c0), 4);",
    "            g.fillRect(Math.max(c0, c1 - 2), y + 7, 2, 12);",
    "            hw = Math.max(hw, c1 - a);",
    "          } else {",
    "            /* no completion seen: a dashed tail */",
    "            for (var q = 0; q < 5; q++) g.fillRect(c0 + 2 + q * 6, y + 12, 3, 2);",
    "            hw += 32;",
    "          }",
    "        }",
    "      } else if (e.k === 1) {",
    "        g.fillStyle = COL.urc;",
    "        g.fillRect(a - 1, y + 5, 2, 16);",
    "        hx = a - 3; hw = 6; hy = y + 3; hh = 20;",
    "      } else {",
    "        g.fillStyle = COL.unparsed;",
    "        g.beginPath();",
    "        g.moveTo(a, y + 6);",
    "        g.lineTo(a + 5, y + 13);",
    "        g.lineTo(a, y + 20);",
    "        g.lineTo(a - 5, y + 13);",
    "        g.closePath();",
    "        g.fill();",
    "        hx = a - 5; hw = 10; hy = y + 5; hh = 16;",
    "      }",
    "      if (e.viol.length) {",
    "        var worst = e.viol.some(function (v) { return v.sev === 'error'; }) ? 'error'",
    "          : e.viol.some(function (v) { return v.sev === 'warning'; }) ? 'warning' : 'info';",
    "        g.strokeStyle = SEVCOL[worst];",
    "        g.lineWidth = 2;",
    "        g.strokeRect(hx - 2, hy - 1, hw + 4, hh + 2);",
    "        g.fillStyle = SEVCOL[worst];",
    "        g.beginPath();",
    "        g.moveTo(hx + 1, y + 1); g.lineTo(hx + 9, y + 1); g.lineTo(hx + 5, y + 6);",
    "        g.closePath();",
    "        g.fill();",
    "        g.lineWidth = 1;",
    "      }",
    "      if (e === self.sel) {",
    "        g.strokeStyle = '#111827';",
    "        g.lineWidth = 2;",
    "        g.setLineDash([3, 2]);",
    "        g.strokeRect(hx - 4, hy - 3, hw + 8, hh + 6);",
    "        g.setLineDash([]);",
    "        g.lineWidth = 1;",
    "      }",
    "      box(Math.min(hx, hx + hw - 6), hy, Math.max(6, hw), hh, e);",
    "    });",
    "    g.restore();",
    "    if (this.drag) {",
    "      g.fillStyle = 'rgba(29,95,168,0.15)';",
    "      g.strokeStyle = '#1d5fa8';",
    "      var da = Math.min(this.drag.a, this.drag.b), dw = Math.abs(this.drag.b - this.drag.a);",
    "      g.fillRect(da, TOP, dw, lanesH);",
    "      g.strokeRect(da + 0.5, TOP + 0.5, dw, lanesH);",
    "    }",
    "    this.hits = hits;",
    "    cv.setAttribute('data-drawn', String(drawn));",
    "  };",
    "",
    "  Timeline.prototype.hit = function (ev) {",
    "    var r = this.canvas.getBoundingClientRect();",
    "    var x = ev.clientX - r.left, y = ev.clientY - r.top;",
    "    var best = null, bd = 1e9;",
    "    for (var k = this.hits.length - 1; k >= 0; k--) {",
    "      var h = this.hits[k];",
    "      if (y < h.y || y > h.y + h.h) continue;",
    "      var d = x < h.x ? h.x - x : x > h.x + h.w ? x - h.x - h.w : 0;",
    "      if (d < bd && d <= 3) { bd = d; best = h.e; if (!d && h.e.k !== 2) break; }",
    "    }",
    "    return best;",
    "  };",
    "",
    "  Timeline.prototype.describe = function (e) {",
    "    var out = [], tk = this.tk, base = this.c.base;",
    "    var lines = 'line ' + e.line + (e.end > e.line ? '\\u2013' + e.end : '');",
    "    if (e.k === 0) {",
    "      out.push(['b', e.text || '(empty command)']);",
    "      var head = 'command \\u00b7 ' + lines + (e.sock >= 0 ? ' \\u00b7 socket ' + e.sock : '');",
    "      out.push(['', head]);",
    "      var res = 'result ' + (e.res ? D.fk[e.res] : 'none');",
    "      if (e.compl) res += ' \\u00b7 completion ' + D.ck[e.compl];",
    "      if (e.st) res += ' \\u00b7 ' + D.ts[e.st];",
    "      out.push(['', res]);",
    "      if (this.timed) {",
    "        var lat = [];",
    "        if (e.t1 !== null) lat.push('final after ' + fmtDur(e.t1 - e.t0));",
    "        if (e.t2 !== null) lat.push('completion after ' + fmtDur(e.t2 - e.t0));",
    "        var sent = 'sent ' + fmtClock(base + e.t0, tk);",
    "        out.push(['', sent + (lat.length ? ' \\u00b7 ' + lat.join(', ') : '')]);",
    "      }",
    "    } else {",
    "      if (e.k === 2) {",
    "        out.push(['b', 'data mode']);",
    "        out.push(['', e.text ? 'ended by ' + e.text : 'end not seen']);",
    "      } else out.push(['b', e.text || '(empty line)']);",
    "      out.push(['', KIND[e.k] + ' \\u00b7 ' + lines]);",
    "      if (this.timed) {",
    "        var t = (e.guess ? '~' : '') + fmtClock(base + e.t0, tk);",
    "        if (e.k === 2 && e.t1 !== null) t += ' \\u00b7 for ' + fmtDur(e.t1 - e.t0);",
    "        out.push(['', t]);",
    "      }",
    "    }",
    "    e.viol.forEach(function (v) {",
    "      out.push(['v v-' + v.sev, v.sev + ' [' + v.rule + '] ' + v.msg, v]);",
    "    });",
    "    return out;",
    "  };",
    "",
    "  Timeline.prototype.hover = function (ev) {",
    "    var e = this.hit(ev), tip = this.tip;",
    "    this.canvas.style.cursor = e ? 'pointer' : 'default';",
    "    if (!e) { tip.hidden = true; return; }",
    "    tip.textContent = '';",
    "    this.describe(e).forEach(function (d) { tip.appendChild(el('div', d[0], d[1])); });",
    "    tip.hidden = false;",
    "    var r = this.canvas.getBoundingClientRect();",
    "    var x = ev.clientX - r.left + 14, y = ev.clientY - r.top + 14;",
    "    var cw = this.canvas.parentNode.clientWidth;",
    "    if (x + tip.offsetWidth > cw)",
    "      x = Math.max(0, ev.clientX - r.left - tip.offsetWidth - 14);",
    "    tip.style.left = x + 'px';",
    "    tip.style.top = y + 'px';",
    "  };",
    "",
    "  Timeline.prototype.select = function (e) {",
    "    this.sel = e;",
    "    var info = this.info;",
    "    info.textContent = '';",
    "    this.describe(e).forEach(function (d) {",
    "      var row = el('div', d[0]);",
    "      if (d[2] && d[2].id) {",
    "        var a = el('a', '', d[1]);",
    "        a.href = '#' + d[2].id;",
    "        row.appendChild(a);",
    "      } else row.textContent = d[1];",
    "      info.appendChild(row);",
    "    });",
    "    info.setAttribute('data-line', String(e.line));",
    "    info.setAttribute('data-end', String(Math.max(e.line, e.end)));",
    "    this.draw();",
    "  };",
    "",
    "  Timeline.prototype.legend = function () {",
    "    var lg = this.root.querySelector('.legend');",
    "    if (!lg) return;",
    "    var items = [['bar', COL.ok, 'command, OK'], ['bar', COL.fail, 'command, failed'],",
    "      ['bar', COL.none, 'no final result'], ['line', COL.compl, 'until async completion'],",
    "      ['line', COL.complBad, 'completion failed or missing'], ['tick', COL.urc, 'URC'],",
    "      ['band', COL.data, 'data mode'], ['mark', COL.unparsed, 'unparsed line'],",
    "      ['viol', SEVCOL.error, 'has a violation (in the colour of its severity)']];",
    "    items.forEach(function (it) {",
    "      var s = el('span', 'lg');",
    "      var sw = el('i', 'sw sw-' + it[0]);",
    "      if (it[0] === 'viol') sw.style.borderColor = it[1]; else sw.style.background = it[1];",
    "      s.appendChild(sw);",
    "      s.appendChild(document.createTextNode(it[2]));",
    "      lg.appendChild(s);",
    "    });",
    "  };",
    "",
    "  var TL = {};",
    "  D.caps.forEach(function (c) {",
    "    var root = $('tl' + c.cap);",
    "    if (root) TL[c.cap] = new Timeline(root, c);",
    "  });",
    "",
    "  function go(href) {",
    "    var m = /^#c(\\d+)-l(\\d+)$/.exec(href || '');",
    "    if (!m || !TL[m[1]]) return false;",
    "    var t = TL[m[1]], line = +m[2], e = t.find(line);",
    "    if (!e) return false;",
    "    if (t.c.more && line > t.lastLine) {",
    "      /* past the events the page holds: say so rather than point elsewhere */",
    "      t.sel = null;",
    "      t.info.textContent = 'Line ' + line + ' is past the last event drawn (line ' + t.lastLine +",
    "        '): ' + t.c.more + ' more events are not in this page.';",
    "      t.info.setAttribute('data-line', String(line));",
    "      t.info.setAttribute('data-end', String(line));",
    "      t.draw();",
    "    } else t.show(e);",
    "    var r = t.root.getBoundingClientRect();",
    "    var vh = window.innerHeight || document.documentElement.clientHeight;",
    "    if (r.top < 0 || r.bottom > vh)",
    "      t.root.scrollIntoView({ block: 'center' });",
    "    return true;",
    "  }",
    "  each(document.querySelectorAll('a.ev'), function (a) {",
    "    a.addEventListener('click', function (e) {",
    "      var href = a.getAttribute('href');",
    "      if (go(href)) {",
    "        e.preventDefault();",
    "        try { history.pushState(null, '', href); } catch (err) { /* file:// */ }",
    "      }",
    "    });",
    "  });",
    "  window.addEventListener('hashchange', function () { go(location.hash); });",
    "  if (location.hash) go(location.hash);",
    "  var pending = false;",
    "  window.addEventListener('resize', function () {",
    "    if (pending) return;",
    "    pending = true;",
    "    requestAnimationFrame(function () {",
    "      pending = false;",
    "      Object.keys(TL).forEach(function (k) { TL[k].draw(); });",
    "    });",
    "  });",
    "  document.documentElement.setAttribute('data-ready', '1');",
    "})();",
    NULL};

static void put_css(FILE *f) { put_lines(f, html_css); }
static void put_js(FILE *f) { put_lines(f, html_js); }
