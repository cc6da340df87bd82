/* report_text.c - the report for a person at a terminal: compiler-style
 * lines, then a table of rules, then the verdict. */
#include <inttypes.h>
#include <string.h>
#include "check.h"
#include "inputs.h"
#include "report_common.h"
#include "escape.h"
#include "gate.h"
#include "check_evidence.h"

static void put(FILE *f, const char *s) { tx_put(f, s, strlen(s), 0); }
/* the rules' messages and reasons carry capture bytes escaped already */
static void put_msg(FILE *f, const char *s) { tx_put_escaped(f, s, strlen(s), 0); }

/* The capture lines under the finding, as a compiler shows source: the line
 * number, a mark ('>' the finding, '*' a related line) and the text. */
static void evidence(FILE *f, const check_report *r, const stored_violation *sv)
{
    for (size_t j = 0; j < sv->nev; j++) {
        const report_evline *l = &sv->ev[j];
        /* lines far apart (a related line long before): a gap, said */
        if (j && l->line > sv->ev[j - 1].line + 2 * (uint64_t)r->context + 1)
            fputs("          ...\n", f);
        fprintf(f, "  %c %6" PRIu64 " | ", l->role == ATS_EV_FINDING ? '>'
                                         : l->role == ATS_EV_RELATED ? '*' : ' ', l->line);
        put_msg(f, l->text);
        fputc('\n', f);
    }
    if (sv->ev_dropped)
        fprintf(f, "  (%" PRIu64 " line%s it names %s no longer in the evidence window)\n",
                sv->ev_dropped, sv->ev_dropped == 1 ? "" : "s",
                sv->ev_dropped == 1 ? "was" : "were");
}

/* Who made the report, when, how, and what each capture showed of itself. */
static void identity(FILE *f, const check_report *r)
{
    fprintf(f, "\natscope %s, %s: ", ATS_VERSION, r->run_time);
    put(f, r->command_line ? r->command_line : "");
    fputc('\n', f);
    for (size_t i = 0; i < r->ninputs; i++) {
        const input_result *in = &r->inputs[i];
        if (in->error)
            continue;
        put(f, in->path);
        fputs(": ", f);
        put(f, in->format ? in->format : "raw");
        fputs(" (", f);
        put(f, in->format_reason ? in->format_reason : "");
        if (in->hides)
            fprintf(f, "; shows %s", ats_shows_name(in->hides));
        fputs("); profile ", f);
        put(f, ats_profile_id(in->profile));
        if (!r->auto_profile) {   /* --profile auto said why at the top */
            fputs(" (", f);
            put(f, in->profile_reason);
            fputc(')', f);
        }
        static const char *const mk[3] = {"manufacturer", "model", "revision"};
        const char *sep = "; module: ";
        for (int k = 0; k < 3; k++)
            if (in->module[k][0]) {
                fprintf(f, "%s%s ", sep, mk[k]);
                put(f, in->module[k]);
                sep = ", ";
            }
        if (in->imei[0]) {
            fprintf(f, "%sIMEI ", sep);
            put(f, in->imei);
        }
        fputc('\n', f);
    }
}

int report_text(FILE *f, const check_report *rc)
{
    check_report *r = (check_report *)rc;
    report_sort(r);
    /* what the reader had to guess comes first: it bears on all that follows */
    size_t notes = 0;
    for (size_t i = 0; i < r->ninputs; i++) {
        const input_result *in = &r->inputs[i];
        /* a log read through wrappers or a library's trace definition says
         * how: the findings' lines are that file's, the bytes what it decoded */
        if (in->format && (in->layers || !ats_format_find(in->format))) {
            put(f, in->path);
            fputs(": note: [input] read as ", f);
            put(f, in->layers ? in->layers : in->format);
            fputc('\n', f);
            notes++;
        }
        for (size_t k = 0; k < in->nkept; k++) {
            put(f, in->path);
            if (in->warn_line[k])
                fprintf(f, ":%" PRIu64, in->warn_line[k]);
            fputs(": note: [input] ", f);
            put(f, in->warn_msg[k]);
            fputc('\n', f);
            notes++;
        }
        if (in->nwarnings > in->nkept) {
            put(f, in->path);
            fprintf(f, ": note: [input] and %" PRIu64 " more\n", in->nwarnings - in->nkept);
        }
        if (r->auto_profile && in->profile && !in->error) {
            /* --profile auto: which profile each capture was checked with, and why */
            put(f, in->path);
            fputs(": note: [profile] ", f);
            put(f, ats_profile_id(in->profile));
            fputs(": ", f);
            put(f, in->profile_reason);
            fputc('\n', f);
            notes++;
        }
        if (in->cov.inconclusive) {   /* no evidence: said before anything else about it */
            put(f, in->path);
            fputs(": inconclusive: ", f);
            put(f, in->cov.reason);
            fputc('\n', f);
            notes++;
        }
    }
    for (size_t i = 0; i < r->nskipped; i++) {
        put(f, r->skipped[i].path);
        fputs(": note: [input] skipped, not a capture: ", f);
        put(f, r->skipped[i].reason);
        fputc('\n', f);
        notes++;
    }
    for (size_t i = 0; i < r->nviol; i++) {
        const ats_violation *v = &r->viol[i].v;
        const char *path = r->inputs[r->viol[i].input].path;
        put(f, path);
        fprintf(f, ":%" PRIu64 ": %s: [%s] ", v->line, ats_severity_name(v->severity), v->rule);
        put_msg(f, v->message);
        if (r->gated) {        /* the config's reason is the user's text: escaped */
            char note[600];
            gate_note(r, &r->viol[i], note, sizeof note);
            put(f, note);
        }
        fputc('\n', f);
        for (size_t j = 0; j < v->nrelated; j++) {
            put(f, path);
            fprintf(f, ":%" PRIu64 ": note: ", v->related[j].line);
            put_msg(f, v->related[j].message);
            fputc('\n', f);
        }
        evidence(f, r, &r->viol[i]);
    }
    size_t unread = 0;
    for (size_t i = 0; i < r->ninputs; i++)
        if (r->inputs[i].error) {
            put(f, r->inputs[i].error);
            fputs(" (not analysed)\n", f);
            unread++;
        }
    if (r->nviol || unread || notes)
        fputc('\n', f);
    fprintf(f, "%-22s %-8s %-14s %10s  %s\n", "RULE", "SEVERITY", "STATUS", "VIOLATIONS",
            "NOTE");
    for (size_t k = 0; k < ats_ruleset_count(r->rs); k++) {
        ats_rule_result res;
        ats_rule_info info;
        uint64_t omitted;
        report_rule(r, k, &res, &omitted, &info);
        fprintf(f, "%-22s %-8s %-14s %10" PRIu64 "  ", info.id, ats_severity_name(info.severity),
                ats_rule_status_name(res.status), res.violations);
        put_msg(f, res.reason);
        if (omitted)
            fprintf(f, "%s(%" PRIu64 " more not listed)", res.reason[0] ? " " : "", omitted);
        fputc('\n', f);
    }
    identity(f, r);
    uint64_t lines = 0, txns = 0, unparsed = 0;
    for (size_t i = 0; i < r->ninputs; i++) {
        lines += r->inputs[i].stats.lines;
        txns += r->inputs[i].stats.transactions;
        unparsed += r->inputs[i].stats.unparsed;
    }
    if (unread)
        fprintf(f, "\n%zu of %zu captures could not be read", unread, r->ninputs);
    fprintf(f,
            "\n%zu capture%s, %" PRIu64 " lines, %" PRIu64 " transactions, %" PRIu64
            " unparsed lines: %" PRIu64 " errors, %" PRIu64 " warnings, %" PRIu64 " info\n",
            r->ninputs - unread, r->ninputs - unread == 1 ? "" : "s", lines, txns, unparsed,
            r->counts[ATS_SEV_ERROR], r->counts[ATS_SEV_WARNING], r->counts[ATS_SEV_INFO]);
    if (r->gated)
        fprintf(f, "findings: %" PRIu64 " new, %" PRIu64 " baselined, %" PRIu64 " suppressed\n",
                r->nnew, r->nbaselined, r->nsuppressed);
    fprintf(f, "%s\n", r->redaction);
    fprintf(f, "verdict: %s (fail on %s)\n",
            r->inconclusive ? "INCONCLUSIVE" : r->verdict_fail ? "FAIL" : "PASS",
            r->never ? "never" : ats_severity_name(r->fail_on));
    return ferror(f) ? -1 : 0;
}
