/* check.h - `atscope check`: the analysis of many inputs and its report. */
#ifndef ATS_CHECK_H
#define ATS_CHECK_H
#include <stdint.h>
#include <stdio.h>
#include "atscope.h"

#define CHECK_MAX_STORED 200   /* violations kept per rule and input; the rest counted */

/* One line of a violation's evidence as reports show it (check_evidence.c). */
typedef struct report_evline {
    uint64_t line;
    unsigned char role;        /* ats_evidence_role */
    unsigned char dir;         /* ats_dir */
    char *text;                /* escaped as the rules' messages are (escape.h, text),
                                  in the report's redaction numbering; "…" if cut */
} report_evline;

typedef struct stored_violation {
    ats_violation v;
    size_t input;
    int supp;                  /* the config's suppression entry (suppress.h), -1 none */
    int baselined;             /* --baseline's report had it (baseline.h) */
    /* the capture lines it rests on (check --context): owned by the input's
     * copy, shared by the report's merged one */
    report_evline *ev;
    size_t nev;
    uint64_t ev_dropped;       /* lines it names that had left the window */
    size_t ticket;             /* while the capture is read: its evidence request */
} stored_violation;

/* One event of the session, for the HTML timeline (bounded per input). */
typedef struct tl_event {
    uint64_t line, end_line, txn;
    int64_t t0, t1, t2;        /* us: sent, final result, completion; INT64_MIN unknown */
    unsigned char kind;        /* 'T' transaction, 'U' URC, 'D' data mode, 'X' unparsed */
    unsigned char result;      /* ats_final_kind */
    unsigned char completion;  /* ats_completion */
    unsigned char status;      /* ats_txn_status */
    int sock;                  /* -1 none */
    char text[80];             /* command or URC text, escaped */
} tl_event;

#define CHECK_MAX_TIMELINE 20000

typedef struct input_result {
    char *path;
    char *error;               /* could not be analysed: why (then nothing below is set) */
    stored_violation *viol;    /* this input's stored violations, in the order found */
    size_t nviol, capviol;
    uint64_t counts[3];
    tl_event *tl;
    size_t ntl;
    uint64_t tl_omitted;
    int time_kind;             /* ats_time_kind of the timeline's times */
    ats_statsacc *acc;         /* per-command statistics (html) */
    char *format;
    char *format_reason;
    char *layers;              /* wrappers peeled, then the format; NULL when none peeled */
    uint64_t nwarnings;        /* the reader's warnings (capture_read.h), the first kept */
    size_t nkept;
    uint64_t warn_line[8];
    char *warn_msg[8];
    uint64_t bytes;
    uint64_t unknown_cmds;     /* sub-commands the profile does not know */
    uint64_t *known_by;        /* ... of which check_report.others[k] knows (nothers) */
    const ats_profile *profile;   /* the one it was checked with */
    char profile_reason[600];     /* why that one (--profile auto: the identification) */
    char module[3][64];           /* manufacturer, model, revision as answered; "" unknown */
    char imei[64];                /* the +CGSN/+GSN answer (a pseudonym when redacted) */
    int lossy;
    unsigned hides;            /* ATS_HIDES_*: what the format does not show */
    ats_stats stats;
    int has_time, has_dir;
    ats_rule_result *rules;    /* per rule of the rule set, nrules of them */
    uint64_t *omitted;         /* violations counted but not stored, per rule */
    size_t nrules;
    ats_coverage cov;          /* lines understood; inconclusive and why */
    ats_redact_map *redact;    /* this capture's masked values, in its own numbering */
    /* of counts[]: suppressed by the config, known to --baseline, and the
     * rest, which fail (gate.h); listed or not */
    uint64_t suppressed[3], baselined[3], fresh[3];
    uint64_t *omitted_supp;    /* of omitted[], per rule: suppressed */
    uint64_t *omitted_base;    /* ... and, of the others, known to --baseline */
} input_result;

typedef struct check_report {
    const ats_profile *p;
    const ats_ruleset *rs;
    const char *input_format;  /* --input-format, NULL = auto */
    ats_input_opts input;      /* --port, --socat-first, --sample-rate */
    int progress;              /* one capture: its reading progress on a terminal */
    input_result *inputs;
    size_t ninputs;
    stored_violation *viol;
    size_t nviol, capviol;
    ats_severity fail_on;      /* ATS_SEV_* or -1 never */
    int never;
    uint64_t counts[3];        /* violations by severity, stored or not */
    int verdict_fail;
    size_t inconclusive;       /* inputs with no evidence or that could not be read: exit 2 */
    double min_coverage;       /* --min-coverage or the config's limits; <0: the default */
    int want_timeline;         /* collect tl/acc (html) */
    size_t max_line;
    ats_parser_opts popts;     /* with the config's limits */
    unsigned threads;          /* --threads for each capture: 0 auto, 1, 2, 3 (capture_threads) */
    size_t max_stored;         /* violations stored per rule and capture */
    size_t analysed;           /* inputs that could be analysed */
    /* the other built-in profiles: a capture whose commands the profile in
     * use does not know but one of these does gets a note naming it */
    const ats_profile **others;
    size_t nothers;
    ats_profile **own_others;  /* those loaded for the note alone (freed with the report) */
    size_t nown;
    /* files -r found that are not captures (inputs.h), not read */
    const struct input_skip *skipped;
    size_t nskipped;
    /* --profile auto (the default): every built-in with its rule set; each
     * capture gets the one its module is identified as */
    int auto_profile;
    const struct cli_profiles *profiles;   /* --profile auto: cands' owner (cli_profiles_pick) */
    const ats_profile *const *cands;
    size_t ncands;
    const ats_profile *scan;          /* what the look-ahead parses with */
    /* rsets[i] is cands[i]'s, made when a capture first picks it (most
     * built-ins are picked by none: making them all cost a tenth of a small
     * check's start-up), with the config and min_coverage of the main one */
    ats_ruleset **rsets;
    const char *config;
    /* redaction (on unless --no-redact): the values of every capture, numbered
     * in input order, and the sentence every report format states it in */
    int redact, redact_hosts;
    ats_redact_map *redact_map;
    /* command_stats: the statistics of every analysed input, merged in input
     * order as the inputs finish (so only those in flight keep their own;
     * the HTML report keeps each input's); stats_failed: out of memory */
    ats_statsacc *acc;
    int stats_failed;
    char redaction[240];
    /* the config's suppressions and --baseline (gate.h): when either is in
     * use (gated), every report says each finding's status; fresh[] is what
     * the verdict counts, counts[] less the suppressed and the baselined */
    const struct cli_suppress *supp;
    const char *baseline_path;
    int gated;
    uint64_t fresh[3];
    uint64_t nnew, nbaselined, nsuppressed;
    /* evidence: --context N lines around each named line (-1: off), and the
     * config's window of recent lines */
    int context;
    size_t evidence_window;
    /* who, what, when: the command line as given (shell-quoted), the time of
     * the run (UTC ISO 8601; SOURCE_DATE_EPOCH when set) */
    char *command_line;
    char run_time[32];
} check_report;

/* "pass", "fail" or "inconclusive": the run's verdict, matching the exit code. */
const char *report_verdict(const check_report *r);
/* An input's own verdict. */
const char *report_input_verdict(const check_report *r, const input_result *in);
/* A report format: its --format name, the -o extensions that choose it, its
 * writer (0, or -1 on a write error or out of memory), and whether it draws
 * the sessions (the analysis then keeps timeline events and statistics). */
typedef struct report_writer {
    const char *name;
    const char *ext[2];
    int (*write)(FILE *f, const check_report *r);
    int timeline;
} report_writer;
/* Every format, ended by a NULL name (report_writers.c). */
extern const report_writer report_writers[];
const report_writer *report_writer_find(const char *name);
/* The format -o FILE's extension names; NULL when none (or no -o). */
const report_writer *report_writer_for_output(const char *output);
/* "text, json, ... or html" into buf; its length. */
size_t report_writer_names(char *buf, size_t cap);

int report_json(FILE *f, const check_report *r);
int report_text(FILE *f, const check_report *r);
int report_sarif(FILE *f, const check_report *r);
int report_junit(FILE *f, const check_report *r);
int report_html(FILE *f, const check_report *r);
#endif
