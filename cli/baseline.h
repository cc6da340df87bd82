/* baseline.h - `check --baseline OLD.json`: the findings of an earlier
 * report are known; only the others are new and fail the run. */
#ifndef ATS_BASELINE_H
#define ATS_BASELINE_H
#include "check.h"

typedef struct cli_baseline cli_baseline;

/* Reads an `atscope check --format json` report: 0, or -1 after a message
 * naming file:line:col and what was expected there. */
int cli_baseline_load(const char *path, cli_baseline **out);
void cli_baseline_free(cli_baseline *b);
/* Marks the report's listed findings that the baseline holds (`baselined`),
 * and counts, per input, those among the unlisted ones (in->baselined[]).
 * A suppressed finding the baseline holds is marked too but counted only as
 * suppressed. */
void cli_baseline_apply(cli_baseline *b, check_report *r);
#endif
