/* check.h - `atscope check`: the analysis of many inputs and its report. */
#ifndef ATS_CHECK_H
#define ATS_CHECK_H
#include <stdint.h>
#include <stdio.h>
#include "atscope.h"

#define CHECK_MAX_STORED 200   /* violations kept per rule and input; the rest counted */

typedef struct stored_violation {
    ats_violation v;
    size_t input;
} stored_violation;

typedef struct input_result {
    char *path;
    char *format;
    char *format_reason;
    uint64_t bytes;
    int lossy;
    ats_stats stats;
    int has_time, has_dir;
    ats_rule_result rules[64];
    uint64_t omitted[64];      /* violations counted but not stored */
    size_t nrules;
} input_result;

typedef struct check_report {
    const ats_profile *p;
    const ats_ruleset *rs;
    const char *input_format;  /* --input-format, NULL = auto */
    input_result *inputs;
    size_t ninputs;
    stored_violation *viol;
    size_t nviol, capviol;
    ats_severity fail_on;      /* ATS_SEV_* or -1 never */
    int never;
    uint64_t counts[3];        /* violations by severity, stored or not */
    int verdict_fail;
} check_report;

int report_json(FILE *f, const check_report *r);
int report_text(FILE *f, const check_report *r);
int report_sarif(FILE *f, const check_report *r);
int report_junit(FILE *f, const check_report *r);
#endif
