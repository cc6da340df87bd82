/* gate.h - what of a run's findings fails it: every finding counts unless
 * the config suppresses it or --baseline's report already had it. */
#ifndef ATS_GATE_H
#define ATS_GATE_H
#include "check.h"

/* Fills fresh[] of every input and of the report (counts[] less the
 * suppressed and the baselined) and the report's new / baselined /
 * suppressed totals; after cli_baseline_apply, before the verdict. */
void gate_tally(check_report *r);
/* Rule k's findings in input i that are new, listed or not. */
uint64_t gate_rule_new(const check_report *r, size_t i, size_t k);
/* A listed finding's status: "new", "baselined" or "suppressed". */
const char *gate_status(const stored_violation *sv);
/* " (baselined)", " (suppressed: REASON)" or "" for a new one, for the
 * text and JUnit lines; reason may hold any bytes (escape it). */
void gate_note(const check_report *r, const stored_violation *sv, char *buf, size_t cap);
#endif
