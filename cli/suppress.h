/* suppress.h - the "suppressions" of a --config file: findings accepted with
 * a written reason, matched by rule, command pattern and capture glob. A
 * suppressed finding is still reported, as suppressed with its reason; it
 * only no longer fails the run (docs/report.md, "Suppressions"). */
#ifndef ATS_SUPPRESS_H
#define ATS_SUPPRESS_H
#include "atscope.h"

typedef struct cli_suppress cli_suppress;

/* The config's suppressions (NULL *out when it has none): 0, or -1 after a
 * message naming file:line:col (an entry without a reason, an unknown rule,
 * a bad pattern, an unknown key). Rule ids are checked against rs. */
int cli_suppress_load(const char *path, const ats_ruleset *rs, cli_suppress **out);
void cli_suppress_free(cli_suppress *s);
/* The first entry that matches a finding of the capture at path, or -1.
 * Thread-safe (a worker per capture calls it). */
int cli_suppress_match(const cli_suppress *s, const char *path, const ats_violation *v);
/* Entry k: its reason, and where it is written ("cfg.json:12"). */
const char *cli_suppress_reason(const cli_suppress *s, int k);
const char *cli_suppress_where(const cli_suppress *s, int k);
/* The config file, and the line of entry k in it. */
const char *cli_suppress_file(const cli_suppress *s);
unsigned cli_suppress_line(const cli_suppress *s, int k);
#endif
