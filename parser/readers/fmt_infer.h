/* fmt_infer.h - a line template inferred from a trace nobody has described
 * (docs/formats.md, "Traces no definition knows"): when no reader or
 * definition reads the detection sample, the lines that carry AT traffic
 * after a prefix are grouped by the prefix's shape (tokens, digit runs
 * generalised, as log-template miners do); one shape, or two that differ
 * only in a direction token, that explains most of them becomes a
 * definition the trace reader reads the whole log with. Plain data: the
 * detection memo keeps it with the scores. */
#ifndef ATS_FMT_INFER_H
#define ATS_FMT_INFER_H

#include <stddef.h>

#define FI_PAT_MAX 1200
#define FI_TPL_MAX 240

typedef struct fd_infer {
    int ok;                      /* a template was found with enough evidence */
    int directed;                /* pat_tx / pat_rx; else pat_tx alone, undirected */
    int escaped;                 /* payloads in quotes with C escapes: decoded */
    int bare_rx;                 /* the commands behind the prefix, the modem's lines bare;
                                    pat_rx: the library's other lines' start */
    char pat_tx[FI_PAT_MAX];     /* "^prefix" before (?<payload>...) */
    char pat_rx[FI_PAT_MAX];
    char pat_stamp[FI_PAT_MAX];  /* "^prefix" up to its time token's end, "" when the
                                    template has no time: the log's own stamped lines */
    char quote;                  /* the payload's closing quote, 0 none */
    char suffix[160];            /* the trailing groups after it as a pattern, "" none */
    char templ[FI_TPL_MAX];      /* the template as a person reads it */
    char sample[320];            /* a command line of the sample, read by the first rule */
    char dirtok[80];             /* "[main] / [serial-rx]": what gave the direction */
    unsigned cmds, finals, resps;   /* AT-bearing sample lines the template reads */
    unsigned at_lines;           /* AT-bearing sample lines in all (bare ones too) */
    unsigned bare;               /* of those, lines that start with their AT text */
    unsigned prefixed;           /* and lines with it after a prefix */
    char why_not[160];           /* why nothing was inferred ("" when ok, or no AT line) */
} fd_infer;

/* Infers from count lines (p[i], n[i]; skip[i] set: a line a wrapper
 * dropped). out->ok 0 when the evidence is too thin. ATS_ENOMEM or 0. */
int ats_fd_infer(const char *const *p, const size_t *n, const unsigned char *skip, size_t count,
                 fd_infer *out);
/* The inferred template as a trace definition's JSON text (malloc'd), or
 * NULL when out of memory. */
char *ats_fd_infer_json(const fd_infer *inf);
/* The inferred template loaded as a definition, the one member of a set of
 * its own (*out, the caller's to free): 0, 1 when the loader refuses it
 * (its sample not read by its own rule; *out NULL), or ATS_ENOMEM. */
struct ats_formatset;
int ats_fd_infer_set(const fd_infer *inf, struct ats_formatset **out);
/* What a line's text s[0..m) is as AT traffic, the whole of it: 1 a
 * command, 2 a final result, 3 a +NAME: response, 0 none. Detection counts
 * with it what each candidate would rebuild (fmt_detect.c). */
int ats_fd_at_kind(const char *s, size_t m);

#endif
