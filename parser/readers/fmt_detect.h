/* fmt_detect.h - which wrappers a capture's sample wears and which trace
 * definition reads it, scored on the sample alone (so the choice never
 * depends on how the bytes were fed). */
#ifndef ATS_FMT_DETECT_H
#define ATS_FMT_DETECT_H

#include "fmtdef.h"
#include "fmt_peel.h"
#include "fmt_infer.h"

#define FDET_MAX_LINES 512

typedef struct fdet_score {
    const fd_def *def;
    int score;                   /* 0..100 */
    int deep;                    /* read under the prefix layers as well */
    int stamped;                 /* read under the stamp layers (and reads more so) */
    unsigned matched, sig, nonempty;
    unsigned own_time;           /* lines whose rule's own time groups carried a time */
    unsigned defer_mask;
    unsigned seen;               /* the rules (bit k: rule k < 32) some sample line matched */
    int side_a_is_tx;            /* 1 a is the host, 0 b is, -1 one side only: undirected */
    unsigned wrap_width;         /* lines cut at this width by a terminal (0: none seen) */
    /* lines of AT traffic (a command, a final, a +NAME: response, whole)
     * its data rules' payloads hold as decoded: what it would rebuild */
    unsigned rebuilt;
} fdet_score;

typedef struct fdet {
    /* structural layers (quotes, fences, colour, indentation): every
     * reader is probed under them */
    const fd_def *outer[8];
    size_t nouter;
    /* a one_source structural layer's writer (nsrc 0: every line kept) */
    char outer_src[8][PEEL_SRC_MAX];
    size_t outer_nsrc[8];
    unsigned src_dropped;        /* sample lines such a layer set aside (another writer's) */
    /* prefix layers (terminal stamps, syslog) under the structural ones:
     * only a definition is tried under them */
    const fd_def *prefix[8];
    size_t nprefix;
    /* the sample with the structural layers taken off, for the C readers */
    unsigned char *peeled;
    size_t npeeled;
    /* stamp layers (moreutils ts) under the structural ones, the sample
     * without them too, and its AT-looking lines: taken only where the
     * lines read more without the stamps (input.c choose()) */
    const fd_def *stamp[4];
    size_t nstamp;
    unsigned char *stamped;
    size_t nstamped;
    unsigned at_lines_stamped;
    fdet_score *scores;          /* one per trace definition, set order */
    size_t nscores;
    unsigned nonempty;
    unsigned at_lines;           /* lines that look like AT traffic (no format at all) */
    unsigned at_lines_bare;      /* the same, before any layer was taken off */
    /* a line template inferred from the sample's AT lines (fmt_infer.c),
     * under the structural layers: read with it when nothing else reads */
    fd_infer infer;
    /* the inferred template scored as a definition on the same lines (def
     * NULL: the set it was loaded in is gone; score 0 when no template, or
     * the loader refused it), its rebuilt count to weigh against each
     * definition's (input.c choose()) */
    fdet_score infer_score;
    int borrowed;                /* the buffers are a memo's: ats_fdet_free leaves them */
} fdet;

/* Fills det from the sample; ATS_ENOMEM or 0. A definition the sample
 * cannot give the signature lines a score needs is not read through (its
 * score, 0, is known); `forced` (NULL: none), the one chosen with
 * --input-format, is read through all the same: its sample facts (lines
 * read, sides) are needed whatever it scores. */
int ats_fdet_run(fdet *det, const ats_formatset *fs, const unsigned char *s, size_t n,
                 const fd_def *forced);
/* ats_fdet_run with every definition read through, signatures or not: the
 * scores ats_fdet_run must equal (tests). */
int ats_fdet_run_whole(fdet *det, const ats_formatset *fs, const unsigned char *s, size_t n);
/* ats_fdet_run, or the scores memo kept for the same set, forced definition
 * and sample (det then borrows them); a first run's scores are kept in an
 * empty memo. m may be NULL. */
int ats_fdet_run_memo(fdet *det, const ats_formatset *fs, const unsigned char *s, size_t n,
                      const fd_def *forced, ats_detect_memo *m);
void ats_fdet_free(fdet *det);

#endif
