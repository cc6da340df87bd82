/* diff.h - `atscope diff OLD NEW` in its parts: cmd_diff.c reads the options,
 * diff_load.c reads each side (a check JSON report, or a capture it has
 * `atscope check` analyse first), diff_compare.c compares them, and
 * diff_text.c, diff_json.c and diff_markdown.c write the result. */
#ifndef ATS_DIFF_H
#define ATS_DIFF_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* A finding of a report: what its violations[] entry says. */
typedef struct diff_finding {
    char *rule, *severity, *message, *path, *fingerprint;
    uint64_t line;
    int sev;                   /* ats_severity */
    size_t order;              /* its index in the report's violations[] */
} diff_finding;

/* A latency of command_stats[]: how many were measured, percentiles in ms
 * (-1: none). */
typedef struct diff_latency {
    uint64_t n;
    double p50, p95;
} diff_latency;

typedef struct diff_command {
    char *name;                /* "AT+MIPOPEN=" */
    uint64_t count, retries;
    diff_latency final, compl;
} diff_command;

/* One side of the diff, as read. */
typedef struct diff_side {
    char *path;                /* as given on the command line */
    int capture;               /* a capture, analysed here; else a report */
    char *verdict;             /* the report's summary.verdict */
    char *profile;             /* its profile.id */
    diff_finding *f;
    size_t nf;
    diff_command *c;
    size_t nc;
    int has_stats;             /* the report has command_stats */
    int timed;                 /* one of its inputs had timestamps */
    int redacted;              /* its redaction.enabled */
} diff_side;

/* How `atscope check` analyses a capture (the options diff passes on). */
typedef struct diff_check_opts {
    const char *profile, *config, *input_format;
    int no_redact, redact_hosts;
} diff_check_opts;

/* Reads path into side: a check JSON report (a name ending in .json, or a
 * file whose first byte that is not white space is '{'), else a capture that
 * `atscope check` analyses with co. 0, or -1 after a message on stderr
 * (file:line:column for JSON that does not parse). */
int diff_load(const char *path, const diff_check_opts *co, diff_side *side);
void diff_side_free(diff_side *side);

/* When a change is one. */
typedef struct diff_thresholds {
    double ratio;              /* latency: new >= old * ratio (or the reverse) */
    double ms;                 /* ... and by at least this many ms */
    uint64_t retries;          /* retries: up or down by at least this many */
    int fail_on;               /* new findings at or above this ats_severity
                                * regress; -1: none do */
} diff_thresholds;

enum diff_measure { DIFF_FINAL, DIFF_COMPLETION, DIFF_RETRIES };

/* A command whose latency or retries changed beyond the thresholds. */
typedef struct diff_change {
    const diff_command *old, *new;
    int measure;               /* diff_measure */
    int worse;                 /* 1 slower or more retries (a regression); 0 better */
} diff_change;

typedef struct diff_result {
    const diff_side *old, *new;
    diff_thresholds th;
    /* findings by fingerprint as multisets: new and unchanged are NEW's,
     * fixed are OLD's, each in its report's order */
    const diff_finding **added, **fixed, **same;
    size_t nadded, nfixed, nsame;
    diff_change *ch;           /* regressions first, then in NEW's command order */
    size_t nch;
    size_t slower, faster, more_retries, fewer_retries;
    size_t added_failing;      /* new findings at or above fail_on */
    size_t regressions;        /* added_failing + slower + more_retries */
    int latency_compared, retries_compared;
    char notes[4][300];        /* what the reader should know (mixed inputs...) */
    size_t nnotes;
} diff_result;

/* 0, or -1 when out of memory (said on stderr). */
int diff_compare(const diff_side *old, const diff_side *new, const diff_thresholds *th,
                 diff_result *r);
void diff_result_free(diff_result *r);
/* Something changed at all (a finding, a latency, retries). */
int diff_changed(const diff_result *r);
/* "p95 +300%" style: the change of a latency measure in percent of the old
 * p95 (or p50 when p95 did not move). */
double diff_percent(const diff_change *c);
/* The measure's name: "final", "completion", "retries". */
const char *diff_measure_name(int measure);
/* The latency of a change's command on one side. */
const diff_latency *diff_latency_of(const diff_command *c, int measure);

/* An output format of `atscope diff`: --format name, -o extension, writer
 * (0, or -1 on an error). */
typedef struct diff_writer {
    const char *name, *ext;
    int (*write)(FILE *f, const diff_result *r);
} diff_writer;
extern const diff_writer diff_writers[];   /* ended by a NULL name */

int diff_write_text(FILE *f, const diff_result *r);
int diff_write_json(FILE *f, const diff_result *r);
int diff_write_markdown(FILE *f, const diff_result *r);
#endif
