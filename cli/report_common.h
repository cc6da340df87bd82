/* report_common.h - what every report format shares: violation order and
 * rule results merged over inputs. */
#ifndef ATS_REPORT_COMMON_H
#define ATS_REPORT_COMMON_H
#include "check.h"
#include "jsonw.h"

/* Violations in a stable order: input, line, rule. */
void report_sort(check_report *r);
/* Is rule k on for any input analysed (each input's profile says; with
 * none analysed, the run's ruleset)? Every format lists the same rules. */
int report_rule_enabled(const check_report *r, size_t k);
/* Rule k: its result over all inputs, the findings not listed (omitted)
 * and its descriptor (info; enabled as report_rule_enabled says). */
void report_rule(const check_report *r, size_t k, ats_rule_result *out, uint64_t *omitted,
                 ats_rule_info *info);
/* With a baseline or suppressions: "findings", what the verdict counted
 * (new) and what it did not (baselined, suppressed). */
void report_findings_json(jsonw *w, const check_report *r);
/* The violation's evidence as an "evidence" array of {line, role, text}, then
 * the count of lines that left the window under dropped_key (JSON and SARIF
 * name it their own way). */
void report_evidence_json(jsonw *w, const stored_violation *sv, const char *dropped_key);
#endif
