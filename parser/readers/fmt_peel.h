/* fmt_peel.h - the wrappers around a pasted log, taken off line by line
 * before a reader sees it (library-traces.md §12). Which layers a capture
 * has is decided once, from the detection sample, lnav-style: a layer is
 * accepted when most of the sample's lines carry it. */
#ifndef ATS_FMT_PEEL_H
#define ATS_FMT_PEEL_H

#include "fmt_json.h"

#define PEEL_MAX_LAYERS 8
#define PEEL_LINE_MAX 65536
#define PEEL_SRC_MAX FD_SRC_MAX  /* a writer's name, as a JSON export's field holds it too */

typedef struct peel {
    const fd_def *layer[PEEL_MAX_LAYERS];
    size_t n;
    /* a "one_source" layer's writer: its lines are kept, the others' dropped */
    char src[PEEL_MAX_LAYERS][PEEL_SRC_MAX];
    size_t nsrc[PEEL_MAX_LAYERS];
    unsigned char other[PEEL_MAX_LAYERS];   /* the last message was another writer's: its
                                               unprefixed rest ("continued") is set aside too */
    /* a "time_line" layer's last time line: the time its next body takes */
    fd_tparts pend[PEEL_MAX_LAYERS];
    /* a csv_cell layer's quoted cell goes on over the next line (RFC 4180) */
    unsigned char cell[PEEL_MAX_LAYERS];
    /* a list_open layer's list of bodies is open (a notebook's "text": [) */
    unsigned char list[PEEL_MAX_LAYERS];
    /* a split_lines layer's body that held line ends: kept whole, its
     * pieces [at, nl) still to hand out (ats_peel_next) through the layers
     * from index `from` inward */
    char *lines;
    size_t nl, at, from;
    size_t dropped_by;          /* the layer that dropped the last line dropped */
    /* the length of the writer's name (a wrapper's (?<tag>) group) the last
     * body given opens with, 0 none; tag_now: the layer being applied's */
    size_t tag, tag_now;
    pcre2_match_data *md;
    pcre2_match_context *mc;
    char *scratch[2];           /* filters rewrite a line: two buffers, used in turn */
    /* detection's peel (fmt_detect.c): the patterns run by PCRE2's
     * interpreter until they have run often enough to pay for their JIT
     * code (ats_fd_code_tiered); a reader's peel runs the JIT code */
    int interp;
} peel;

typedef enum peel_result { PEEL_PASS = 0, PEEL_DROPPED } peel_result;

int ats_peel_init(peel *pl, pcre2_match_context *mc);
void ats_peel_free(peel *pl);
/* Takes the accepted layers off one line (without its LF). *out points into
 * the line or into the peel's scratch (valid until the next call); *t gets
 * the time of the innermost layer that carried one. */
peel_result ats_peel_line(peel *pl, const char *p, size_t n, const char **out, size_t *outn,
                      fd_tparts *t, size_t *skipped);
/* The next line of the body the last ats_peel_line (or ats_peel_next) gave
 * when a split_lines layer's body held line ends: -1 when none is left, else
 * PEEL_PASS or PEEL_DROPPED with *out as ats_peel_line gives it (*t is set
 * only where an inner layer carries a time). */
int ats_peel_next(peel *pl, const char **out, size_t *outn, fd_tparts *t);
/* Where the last line given as PEEL_DROPPED is the edge of a block its layer
 * knows (block_open, block_close on p[0..n), the line as that layer saw it):
 * PEEL_EDGE_OPEN, PEEL_EDGE_CLOSE, both (the same tag either way) or 0. */
enum { PEEL_EDGE_OPEN = 1, PEEL_EDGE_CLOSE = 2 };
unsigned ats_peel_edge(peel *pl, const char *p, size_t n);
/* Would this wrapper take the line? 1 matched, 2 a line of its own (dropped),
 * 3 the rest of the previous line's message (its "continued"). */
int ats_peel_test(peel *pl, const fd_def *w, const char *p, size_t n);
/* The same for a wrapper with lists (list_open): *list is whether one is
 * open, carried from line to line by the caller. */
int ats_peel_test_list(peel *pl, const fd_def *w, const char *p, size_t n, unsigned char *list);
/* The body this wrapper makes of p[0..n) (in pl's scratch or p itself):
 * 1 and *o, *on when it takes the line and changes it, else 0. */
int ats_peel_body(peel *pl, const fd_def *w, const char *p, size_t n, const char **o,
                  size_t *on);
/* A wrapper's pattern on p[0..n), as pl runs its patterns (interp). */
int ats_peel_match(const peel *pl, const fd_pat *pat, const char *p, size_t n);
/* Adds the wrapper as the innermost layer. */
int ats_peel_push(peel *pl, const fd_def *w);
/* The innermost layer keeps only the lines of writer s[0..n) (one_source). */
void ats_peel_keep_source(peel *pl, const char *s, size_t n);

#endif
