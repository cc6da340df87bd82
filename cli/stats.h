/* stats.h - `atscope stats` in its parts: cmd_stats.c reads the options,
 * stats_collect.c reads the captures into one set of statistics, and
 * stats_text.c / stats_json.c write it (stats_writers[] chooses). */
#ifndef ATS_STATS_H
#define ATS_STATS_H
#include <stdint.h>
#include <stdio.h>
#include "atscope.h"
#include "autoprofile.h"
#include "inputs.h"
#include "redact_opt.h"

/* How the captures are read. */
typedef struct stats_run {
    const ats_profile *p;            /* NULL: --profile auto, from cp */
    const cli_profiles *cp;
    const char *format;              /* --input-format; NULL: detect */
    const ats_input_opts *settings;  /* --port, --socat-first, ... */
    int jobs;                        /* captures read at once */
    const cli_redact *red;           /* --no-redact, --redact-hosts */
} stats_run;

/* The statistics of every capture that could be read. */
typedef struct stats_total {
    ats_statsacc *acc;               /* merged in input order */
    size_t files;                    /* captures given, read or not */
    uint64_t lines;                  /* lines of those read */
    int timed;                       /* one of them had timestamps */
    int redacted;                    /* read with redaction on */
    const input_skip *skipped;       /* files -r found that are not captures */
    size_t nskipped;
} stats_total;

/* Reads every capture of il into t->acc (made by the caller): 0 when at least
 * one could be read, -1 when none could or memory ran out (said on stderr;
 * then no statistics are shown, so none look whole that are not). */
int stats_collect(const stats_run *run, const input_list *il, stats_total *t);

/* An output format of `atscope stats`: --format name, -o extension, writer
 * (0, or -1 on an error). */
typedef struct stats_writer {
    const char *name, *ext;
    int (*write)(FILE *f, const stats_total *t);
} stats_writer;
extern const stats_writer stats_writers[];   /* ended by a NULL name */

int stats_write_text(FILE *f, const stats_total *t);
int stats_write_json(FILE *f, const stats_total *t);
/* One command's statistics as a JSON object, an element of the array open in
 * w: `stats -f json`'s "commands" and the check report's "command_stats". */
struct jsonw;
void stats_json_command(struct jsonw *w, const ats_cmd_stats *s);
#endif
