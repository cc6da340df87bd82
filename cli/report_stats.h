/* report_stats.h - the JSON report's "command_stats": the per-command
 * statistics of every capture analysed, merged in input order (as `atscope
 * stats` merges them; cmd_check.c does it as the inputs finish), so two
 * reports can be compared (`atscope diff`). */
#ifndef ATS_REPORT_STATS_H
#define ATS_REPORT_STATS_H
#include "check.h"
#include "jsonw.h"

/* Writes "command_stats": [...] into the object open in w; running out of
 * memory sets w's sticky error (the report then fails as a whole). */
void report_command_stats(jsonw *w, const check_report *r);
#endif
