/* report_load.h - a check JSON report (`atscope check -f json`) read back:
 * by `check --baseline` (baseline.c) and by `atscope diff` (diff_load.c).
 * One reader, so both accept the same reports and point at a mistake the
 * same way: FILE:LINE:COL and what was expected there. */
#ifndef ATS_REPORT_LOAD_H
#define ATS_REPORT_LOAD_H
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include "jsonpos.h"

typedef struct cli_report {
    const char *shown;         /* the file's name in messages */
    const char *prefix;        /* after the position: "baseline: ", or "" */
    json_t *root;              /* an object with report_version 1 */
    jsonpos jp;
    char *src;
} cli_report;

/* Reads file (at most 1 GiB) as a report: 0, or -1 after a message (it
 * cannot be read: "FILE: cannot open WHAT: ...", a directory: is_dir; it is
 * not JSON, is a SARIF log or another object, or not of report_version 1).
 * Close it either way. */
int cli_report_open(cli_report *R, const char *file, const char *shown, const char *what,
                    const char *prefix, const char *is_dir);
void cli_report_close(cli_report *R);

/* Says "SHOWN:L:C: <prefix><what>" at parent's member key, element idx
 * (key NULL), or parent itself (key NULL, idx (size_t)-1); returns -1. */
int cli_report_bad(const cli_report *R, const json_t *parent, const char *key, size_t idx,
                   const char *what);
/* "out of memory" on stderr; returns -1. */
int cli_report_oom(void);
/* o[key] as a string; NULL after a message naming where (e.g. "rules[2]")
 * it is missing or not one. */
const char *cli_report_str(const cli_report *R, const json_t *o, const char *key,
                           const char *where);
/* The root's array at key into *arr: 0 (*arr NULL when it is absent and not
 * required), or -1 after a message. */
int cli_report_array(const cli_report *R, const char *key, int required, json_t **arr);
/* Element i of the root's array arr (named key): the object, or NULL after a
 * message. where (at least CLI_REPORT_WHERE bytes) receives "key[i]". */
#define CLI_REPORT_WHERE 64
json_t *cli_report_entry(const cli_report *R, const json_t *arr, const char *key, size_t i,
                         char *where);

/* A finding, as violations[i] states it (strings owned by the report). */
typedef struct cli_report_finding {
    const char *rule, *path, *fingerprint, *message;
    const char *severity;      /* with full only: "error", "warning" or "info" */
    int sev;                   /* its ats_severity */
    uint64_t line;             /* with full only */
    const json_t *entry;       /* the violations[] object (for messages) */
} cli_report_finding;
/* violations[i] of vs into f: 0, or -1 after a message. rule, path,
 * fingerprint and message are required; with full, severity and line too. */
int cli_report_finding_get(const cli_report *R, const json_t *vs, size_t i, int full,
                           cli_report_finding *f);
#endif
