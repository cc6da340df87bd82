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
 *   - the JSON inside <script type="application/json"> (jsonw's script mode):
 *     < > & as \uXXXX, so no "</script" can end it early.
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
#include "gate.h"
#include "suppress.h"
#include "check_evidence.h"

#define HTML_MAX_EVENTS 200000   /* timeline events over all captures */
#define HTML_MAX_VIOL 5000       /* violations listed in the page */

/* The page's frame, style and script: cli/assets/, embedded at build time. */
extern const char ats_asset_report_html[], ats_asset_report_css[], ats_asset_report_js[];
extern const size_t ats_asset_report_html_len, ats_asset_report_css_len, ats_asset_report_js_len;

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

/* The page's title: the verdict, and the capture when there is one. */
static void title(FILE *f, const check_report *r)
{
    fputs(r->inconclusive ? "INCONCLUSIVE" : r->verdict_fail ? "FAIL" : "PASS", f);
    if (r->ninputs == 1) {
        fputs(" \xe2\x80\x94 ", f);
        html_str(f, r->inputs[0].path);
    }
}

/* The summary at the top: verdict, counts, profile, links. */
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
    /* who made the page, when and how */
    fprintf(f, "<dt>Run</dt><dd id=\"run\">atscope <span id=\"tool-version\">%s</span>, "
               "<span id=\"run-time\">",
            ATS_VERSION);
    html_str(f, r->run_time);
    fputs("</span>: <code id=\"command-line\">", f);
    html_str(f, r->command_line);
    fputs("</code></dd>\n", f);
    fputs("<dt>Redaction</dt><dd id=\"redaction\">", f);
    html_str(f, r->redaction);
    fputs("</dd>\n", f);
    fputs("<dt>Violations</dt><dd class=\"counts\">", f);
    for (int s = ATS_SEV_ERROR; s >= ATS_SEV_INFO; s--)
        fprintf(f, "<span class=\"count sev-%s\" id=\"count-%s\">%" PRIu64 " %s</span> ",
                sev((ats_severity)s), sev((ats_severity)s), r->counts[s],
                sev((ats_severity)s));
    if (r->gated) {
        fprintf(f, "</dd>\n<dt>Findings</dt><dd id=\"findings\">%" PRIu64 " new, %" PRIu64
                   " baselined, %" PRIu64 " suppressed",
                r->nnew, r->nbaselined, r->nsuppressed);
        if (r->baseline_path) {
            fputs(" (baseline ", f);
            html_str(f, r->baseline_path);
            fputc(')', f);
        }
    }
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
    fputs("</nav>\n", f);
}

static void rules_table(FILE *f, const check_report *r)
{
    fputs("<section id=\"rules\">\n<h2>Rules</h2>\n<table class=\"rules\">\n<thead><tr>"
          "<th>Rule</th><th>Severity</th><th>Status</th><th class=\"num\">Violations</th>"
          "<th>Reason</th></tr></thead>\n<tbody>\n",
          f);
    for (size_t k = 0; k < ats_ruleset_count(r->rs); k++) {
        ats_rule_result res;
        ats_rule_info info;
        uint64_t omitted;
        report_rule(r, k, &res, &omitted, &info);
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

/* The capture lines beside the finding (no line breaks between them: the
 * cell keeps white space). */
static void evidence(FILE *f, const stored_violation *sv)
{
    if (!sv->nev && !sv->ev_dropped)
        return;
    fputs("<div class=\"evidence\">", f);
    for (size_t j = 0; j < sv->nev; j++) {
        const report_evline *l = &sv->ev[j];
        fprintf(f, "<div class=\"ev-line ev-%s\" data-line=\"%" PRIu64 "\">"
                   "<span class=\"ln\">%" PRIu64 "</span><code>",
                check_evidence_role(l->role), l->line, l->line);
        html_str(f, l->text);
        fputs("</code></div>", f);
    }
    if (sv->ev_dropped)
        fprintf(f, "<div class=\"ev-dropped dim\">%" PRIu64 " line%s it names %s no longer "
                   "in the evidence window</div>",
                sv->ev_dropped, sv->ev_dropped == 1 ? "" : "s",
                sv->ev_dropped == 1 ? "was" : "were");
    fputs("</div>", f);
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
        if (r->gated && (r->viol[i].supp >= 0 || r->viol[i].baselined)) {
            /* the page's own style for a note: no new rules in its sheet */
            fprintf(f, " <span class=\"dim gate\" data-status=\"%s\">[%s",
                    gate_status(&r->viol[i]), gate_status(&r->viol[i]));
            if (r->viol[i].supp >= 0 && r->supp) {
                fputs(": ", f);
                html_str(f, cli_suppress_reason(r->supp, r->viol[i].supp));
            }
            fputs("]</span>", f);
        }
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
        evidence(f, &r->viol[i]);
        fputs("</td></tr>\n", f);
    }
    fputs("</tbody>\n</table>\n", f);
    if (n < r->nviol)
        fprintf(f, "<p class=\"dim\">%zu more violations not listed here (see the JSON "
                   "report).</p>\n",
                r->nviol - n);
    uint64_t omitted = 0;
    for (size_t i = 0; i < r->ninputs; i++)
        for (size_t k = 0; k < r->inputs[i].nrules; k++)
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

/* What the capture showed of itself: the profile it was checked with and
 * why, and the module's own answers (the IMEI masked like the rest). */
static void identity(FILE *f, const input_result *in, size_t i)
{
    fprintf(f, "<dl class=\"identity\" id=\"identity%zu\">\n<dt>Profile</dt><dd>", i);
    html_str(f, ats_profile_id(in->profile));
    fputs(" <span class=\"dim\">(", f);
    html_str(f, in->profile_reason);
    fputs(")</span></dd>\n", f);
    static const char *const mk[3] = {"Manufacturer", "Model", "Revision"};
    int any = 0;
    for (int k = 0; k < 3; k++)
        if (in->module[k][0]) {
            fprintf(f, "<dt>%s</dt><dd class=\"module-%d\">", mk[k], k);
            html_str(f, in->module[k]);
            fputs("</dd>\n", f);
            any = 1;
        }
    if (in->imei[0]) {
        fputs("<dt>IMEI</dt><dd class=\"module-imei\">", f);
        html_str(f, in->imei);
        fputs("</dd>\n", f);
        any = 1;
    }
    if (!any)
        fputs("<dt>Module</dt><dd class=\"dim\">not shown by the capture (no ATI, +CGMI, "
              "+CGMM or +CGMR answer)</dd>\n", f);
    fputs("</dl>\n", f);
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
    identity(f, in, i);
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
    names(&w, ATS_TXN_COMPLETE, ATS_TXN_HOST_TIMEOUT, ts_name);
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

/* What the template's {{name}} markers stand for. */
typedef struct page {
    FILE *f;
    check_report *r;
    const size_t *drawn;
    int rc;
} page;

static int is(const char *name, size_t n, const char *want)
{
    return strlen(want) == n && !memcmp(name, want, n);
}

static void part(page *pg, const char *name, size_t n)
{
    FILE *f = pg->f;
    check_report *r = pg->r;
    if (is(name, n, "version")) {
        fputs(ATS_VERSION, f);
    } else if (is(name, n, "title")) {
        title(f, r);
    } else if (is(name, n, "css")) {
        fwrite(ats_asset_report_css, 1, ats_asset_report_css_len, f);
    } else if (is(name, n, "summary")) {
        header(f, r);
    } else if (is(name, n, "main")) {
        rules_table(f, r);
        violations(f, r);
        for (size_t i = 0; i < r->ninputs; i++)
            capture_section(f, r, i, pg->drawn[i]);
    } else if (is(name, n, "data")) {
        if (data_blob(f, r, pg->drawn) < 0)
            pg->rc = -1;
    } else if (is(name, n, "js")) {
        fwrite(ats_asset_report_js, 1, ats_asset_report_js_len, f);
    } else {
        pg->rc = -1;        /* a marker the template should not have */
    }
}

int report_html(FILE *f, const check_report *rc)
{
    check_report *r = (check_report *)rc;
    report_sort(r);
    size_t *drawn = calloc(r->ninputs ? r->ninputs : 1, sizeof *drawn);
    if (!drawn)
        return -1;
    share_events(r, drawn);
    page pg = {f, r, drawn, 0};
    /* the template, its {{name}} markers filled in */
    const char *t = ats_asset_report_html, *end = t + ats_asset_report_html_len;
    while (t < end) {
        const char *m = strstr(t, "{{");
        const char *me = m ? strstr(m + 2, "}}") : NULL;
        if (!m || !me) {
            fwrite(t, 1, (size_t)(end - t), f);
            break;
        }
        fwrite(t, 1, (size_t)(m - t), f);
        part(&pg, m + 2, (size_t)(me - m - 2));
        t = me + 2;
    }
    free(drawn);
    return pg.rc < 0 || ferror(f) ? -1 : 0;
}
