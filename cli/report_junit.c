/* report_junit.c - the JUnit XML report of `atscope check`, for the test
 * report widgets of GitLab and Jenkins. One <testsuite> per capture, one
 * <testcase> per enabled rule (classname atscope.<capture stem>, name = rule
 * id), all of a rule's violations as "path:line: message" lines in one
 * <failure>, a rule that could not be evaluated as <skipped>; disabled rules
 * are left out.
 *
 * XML 1.0 cannot carry most control characters at all, not even as
 * character references, so they, the hidden code points and bytes that are
 * not UTF-8 become the text \xHH (escape.h). */
#include <inttypes.h>
#include <string.h>
#include "check.h"
#include "escape.h"
#include "report_common.h"
#include "gate.h"

/* Writes s escaped for XML (escape.h): in an attribute (attr) also quotes
 * and line ends. */
static void xput(FILE *f, const char *s, int attr)
{
    esc_put(f, ESC_CTX_XML, attr ? ESC_F_ATTR : 0, s, strlen(s), 0);
}

static void attr(FILE *f, const char *name, const char *value)
{
    fprintf(f, " %s=\"", name);
    xput(f, value, 1);
    fputc('"', f);
}

static void attr_u(FILE *f, const char *name, uint64_t v)
{
    fprintf(f, " %s=\"%" PRIu64 "\"", name, v);
}

/* "dir/l610-boot.log" -> "l610-boot" */
static void stem(const char *path, char *out, size_t cap)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    size_t n = strlen(b);
    const char *dot = strrchr(b, '.');
    if (dot && dot != b)
        n = (size_t)(dot - b);
    if (n >= cap)
        n = cap - 1;
    memcpy(out, b, n);
    out[n] = 0;
}

typedef struct suite_counts {
    uint64_t tests, failures, skipped, errors;
} suite_counts;

/* With suppressions or a baseline, a rule whose findings in the capture are
 * all suppressed or baselined passes (they are listed in its output). */
static int rule_fails(const check_report *r, size_t input, size_t k)
{
    return r->inputs[input].rules[k].status == ATS_RULE_FAIL &&
           (!r->gated || gate_rule_new(r, input, k) > 0);
}

static suite_counts count_input(const check_report *r, size_t input)
{
    const input_result *in = &r->inputs[input];
    suite_counts c = {0, 0, 0, 0};
    if (in->error || in->cov.inconclusive) {   /* the "evidence" test case */
        c.tests++;
        c.errors++;
    }
    for (size_t k = 0; k < in->nrules; k++) {
        ats_rule_status st = in->rules[k].status;
        if (st == ATS_RULE_DISABLED)
            continue;
        c.tests++;
        if (rule_fails(r, input, k))
            c.failures++;
        else if (st == ATS_RULE_NOT_EVALUABLE)
            c.skipped++;
    }
    return c;
}

static void testcase(FILE *f, const check_report *r, size_t input, size_t k, const char *cls)
{
    const input_result *in = &r->inputs[input];
    const ats_rule_result *x = &in->rules[k];
    ats_rule_info info;
    ats_ruleset_info(r->rs, k, &info);
    fputs("    <testcase", f);
    attr(f, "classname", cls);
    attr(f, "name", info.id);
    attr(f, "file", in->path);
    fputs(" time=\"0\"", f);
    if (x->status == ATS_RULE_PASS) {
        fputs("/>\n", f);
        return;
    }
    int fails = rule_fails(r, input, k);
    fputs(">\n", f);
    if (x->status == ATS_RULE_NOT_EVALUABLE) {
        char msg[256];
        snprintf(msg, sizeof msg, "not evaluable: %s", x->reason[0] ? x->reason : "unknown reason");
        fputs("      <skipped", f);
        attr(f, "message", msg);
        fputs("/>\n", f);
    } else {
        /* the highest severity among the rule's violations in this capture */
        int sev = -1;
        for (size_t i = 0; i < r->nviol; i++)
            if (r->viol[i].input == input && !strcmp(r->viol[i].v.rule, info.id) &&
                (int)r->viol[i].v.severity > sev)
                sev = (int)r->viol[i].v.severity;
        if (sev < 0)
            sev = (int)info.severity;
        char msg[64];
        snprintf(msg, sizeof msg, "%" PRIu64 " violation%s", x->violations,
                 x->violations == 1 ? "" : "s");
        if (fails) {
            fputs("      <failure", f);
            attr(f, "message", msg);
            attr(f, "type", ats_severity_name((ats_severity)sev));
            fputc('>', f);
        } else {               /* all suppressed or baselined: said, not failed */
            fputs("      <system-out>", f);
        }
        int first = 1;
        for (size_t i = 0; i < r->nviol; i++) {
            const ats_violation *v = &r->viol[i].v;
            if (r->viol[i].input != input || strcmp(v->rule, info.id))
                continue;
            if (!first)
                fputc('\n', f);
            first = 0;
            xput(f, in->path, 0);
            fprintf(f, ":%" PRIu64 ": ", v->line);
            xput(f, v->message, 0);
            if (r->gated) {
                char note[600];
                gate_note(r, &r->viol[i], note, sizeof note);
                xput(f, note, 0);
            }
            /* the capture lines it rests on, as the text report shows them */
            const stored_violation *sv = &r->viol[i];
            for (size_t j = 0; j < sv->nev; j++) {
                fprintf(f, "\n  %c %6" PRIu64 " | ",
                        sv->ev[j].role == ATS_EV_FINDING   ? '>'
                        : sv->ev[j].role == ATS_EV_RELATED ? '*'
                                                           : ' ',
                        sv->ev[j].line);
                xput(f, sv->ev[j].text, 0);
            }
            if (sv->ev_dropped)
                fprintf(f, "\n  (%" PRIu64 " named line%s no longer in the evidence window)",
                        sv->ev_dropped, sv->ev_dropped == 1 ? "" : "s");
        }
        if (in->omitted[k])
            fprintf(f, "%s(%" PRIu64 " more not listed)", first ? "" : "\n", in->omitted[k]);
        fputs(fails ? "</failure>\n" : "</system-out>\n", f);
    }
    fputs("    </testcase>\n", f);
}

/* Who ran what, when, and what the capture showed of itself, as properties
 * (after the first ones, which end with "/"). */
static void identity(FILE *f, const check_report *r, const input_result *in)
{
    static const char *const mk[3] = {"manufacturer", "model", "revision"};
    const char *name[] = {"tool_version", "command_line", "time", "format_reason",
                          "checked_with_profile", "profile_reason", mk[0], mk[1], mk[2], "imei"};
    const char *val[] = {ATS_VERSION, r->command_line ? r->command_line : "", r->run_time,
                         in->format_reason, in->error ? NULL : ats_profile_id(in->profile),
                         in->error ? NULL : in->profile_reason, in->module[0], in->module[1],
                         in->module[2], in->imei};
    for (size_t k = 0; k < sizeof name / sizeof name[0]; k++) {
        if (!val[k] || !val[k][0])
            continue;
        fputs(">\n      <property", f);
        attr(f, "name", name[k]);
        attr(f, "value", val[k]);
        fputc('/', f);
    }
}

int report_junit(FILE *f, const check_report *rc)
{
    check_report *r = (check_report *)rc;
    report_sort(r);
    suite_counts all = {0, 0, 0, 0};
    for (size_t i = 0; i < r->ninputs; i++) {
        suite_counts c = count_input(r, i);
        all.tests += c.tests;
        all.failures += c.failures;
        all.skipped += c.skipped;
        all.errors += c.errors;
    }
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"atscope\"", f);
    attr_u(f, "tests", all.tests);
    attr_u(f, "failures", all.failures);
    attr_u(f, "errors", all.errors);
    attr_u(f, "skipped", all.skipped);
    fputs(" time=\"0\">\n", f);
    for (size_t i = 0; i < r->ninputs; i++) {
        const input_result *in = &r->inputs[i];
        suite_counts c = count_input(r, i);
        char cls[300];
        memcpy(cls, "atscope.", 8);
        stem(in->path, cls + 8, sizeof cls - 8);
        fputs("  <testsuite", f);
        attr(f, "name", in->path);
        attr_u(f, "tests", c.tests);
        attr_u(f, "failures", c.failures);
        attr_u(f, "errors", c.errors);
        attr_u(f, "skipped", c.skipped);
        fputs(" time=\"0\">\n    <properties>\n      <property name=\"profile\"", f);
        attr(f, "value", ats_profile_id(r->p));
        fputs("/>\n      <property name=\"format\"", f);
        attr(f, "value", in->format ? in->format : "raw");
        fputs("/>\n      <property name=\"redaction\"", f);
        attr(f, "value", r->redaction);
        fputc('/', f);
        identity(f, r, in);
        fputs(">\n    </properties>\n", f);
        if (in->error || in->cov.inconclusive) {
            /* no evidence: the capture's one error, beside its skipped rules */
            fputs("    <testcase", f);
            attr(f, "classname", cls);
            attr(f, "name", "evidence");
            attr(f, "file", in->path);
            fputs(" time=\"0\">\n      <error type=\"inconclusive\"", f);
            attr(f, "message", in->error ? in->error : in->cov.reason);
            fputs("/>\n    </testcase>\n", f);
        }
        for (size_t k = 0; k < in->nrules; k++)
            if (in->rules[k].status != ATS_RULE_DISABLED)
                testcase(f, r, i, k, cls);
        if (in->nkept) {   /* what the reader had to guess, where CI shows a suite's output */
            fputs("    <system-out>", f);
            for (size_t k = 0; k < in->nkept; k++) {
                if (in->warn_line[k])
                    fprintf(f, "line %" PRIu64 ": ", in->warn_line[k]);
                xput(f, in->warn_msg[k], 0);
                fputc('\n', f);
            }
            if (in->nwarnings > in->nkept)
                fprintf(f, "and %" PRIu64 " more\n", in->nwarnings - in->nkept);
            fputs("</system-out>\n", f);
        }
        fputs("  </testsuite>\n", f);
    }
    fputs("</testsuites>\n", f);
    return ferror(f) ? -1 : 0;
}
