/* reader.h - how a capture format reader plugs in. A reader turns its format
 * into chunks {time, direction, bytes, source line} and nothing else. Most
 * formats are line-oriented: the input driver cuts the file into its lines
 * (LF-terminated, bounded) and hands each to the reader with its number and
 * offset; a raw reader takes the bytes as they come. */
#ifndef ATS_READER_H
#define ATS_READER_H

#include "common.h"

typedef struct rd_ctx {
    ats_chunk_cb cb;
    void *user;
    int saw_time, saw_dir;
    /* time of day: midnight rollover */
    int64_t last_tod_us;
    int64_t day;
    int have_tod;
    /* delta stamps: running sum */
    int64_t delta_sum_us;
    int stopped;
    const ats_input_opts *opts;   /* the caller's reader settings (never NULL) */
    int oom;
    /* what a reader had to guess or could not do (ats_rd_warn): kept for the
     * report, the first RD_MAX_WARNINGS of them, all counted */
    struct {
        uint64_t line;
        char msg[240];
    } warn[8];
    size_t nwarn;
    uint64_t warn_total;                   /* a reader could not allocate: the input fails, ATS_ENOMEM */
    /* Set by the input before init, for a reader driven by a definition
     * (reader_trace.c): what it reads, and what the sample showed. */
    const struct fd_def *def;
    pcre2_match_context *mctx;
    /* a time stamp in a line's prefix (formats/tables/prefix-times.json),
     * for a line its rule read with no time; NULL: none asked */
    const struct fd_pat *stamp;
    size_t nstamp;
    unsigned defer_mask;       /* rules whose lines are host-log: what they show is elsewhere */
    int side_a_is_tx;          /* dir_map sides a/b: a is the host; -1: one side only, undirected */
    unsigned wrap_width;       /* the sample shows a terminal's hard wrap at this width (0 no) */
    /* The detection sample (as the reader will see its lines: converted,
     * not peeled), during the reader's init only, else NULL: a reader that
     * must know the whole of a paste's shape before its first line (the
     * width and kind of a hard wrap, reader_mm.c) looks at it there. */
    const unsigned char *sample;
    size_t sample_len;
    /* The wrapper layers taken off one sample line (during init only, NULL
     * when there are none): 1 and the body, or 0 for a line of the
     * wrappers' own. A sample's widths are the printed lines'; a reader
     * that measures a wrap against the lines it is handed (peeled) measures
     * the sample peeled too (a mail's "> " quote over a 72-column wrap). */
    int (*peel_sample)(void *arg, const char *p, size_t n, const char **out, size_t *outn);
    void *peel_arg;
    size_t raw_len;            /* the current line's length as printed (wrappers and CR in) */
    /* The time the wrapper layers gave the current line (ATS_TIME_NONE if
     * none); readers that find no time of their own use it. */
    ats_time wrap_time;
    /* The wrapper's writer name the current line opens with (syslog's
     * "asterisk[1190]: "), its length; 0 none. A record that runs over lines
     * under such a wrapper has it on each of its lines (reader_trace.c). */
    size_t wrap_tag;
    /* The capture's one clock is the wrapper layers' (the definition's own
     * time groups carried no time in the sample): a definition's own time
     * on a later line is not used, so two clocks never mix (input.c). */
    int layer_clock;
    unsigned chunk_flags;      /* the reader's rd_vt.chunk_flags, set by the input */
    unsigned chunk_channel;    /* with ATS_CF_MUX in chunk_flags: the chunks' channel */
    /* The line the input hands to rd_vt.line holds no LF: the lines of an
     * LF or CR LF file, not peeled (a wrapper's substitution may make one)
     * and not a CR-only file's (a stray LF stays inside). Set per line. */
    int line_lf_free;
    /* Runs (ats_input_set_chunks_cb, for a reader whose rd_vt.runs says so):
     * the chunks emitted since the last hand-over, their bytes and notes
     * copied into run_bytes, handed over together by ats_rd_flush. A line
     * a chunk, each handed down alone, cost more to pass through the input,
     * the parser and the framer's entry than the framer spent on it. */
    ats_chunks_cb runs_cb;
    ats_chunk *run;
    size_t nrun;
    unsigned char *run_bytes;
    size_t nrun_bytes;
} rd_ctx;

/* A run's room: chunks, and bytes for their bytes and notes. */
enum { RD_RUN_CHUNKS = 256, RD_RUN_BYTES = 32 * 1024 };

/* Emits one chunk; the reader's text need stay valid only during the call
 * (in a run it is copied). */
int ats_rd_emit(rd_ctx *c, ats_chunk_kind kind, ats_dir dir, ats_time t, const void *bytes,
            size_t len, uint64_t line, uint64_t off, const char *note);
/* The chunk a reader's context makes of these fields (its flags and channel). */
static inline ats_chunk ats_rd_chunk_of(const rd_ctx *c, ats_chunk_kind kind, const char *note,
                                        ats_time t, ats_dir dir, const void *bytes, size_t len,
                                        uint64_t line, uint64_t off)
{
    ats_chunk ch = {kind, note, t, dir, bytes, len, line, off, c->chunk_flags,
                    c->chunk_flags & ATS_CF_MUX ? c->chunk_channel : 0};
    return ch;
}

/* ats_rd_emit of a data chunk with no note, inline while the open run has
 * room for it: a trace's line is one, and the call with its nine arguments
 * cost about as much as the hand-over runs save. */
static inline int ats_rd_emit_data(rd_ctx *c, ats_dir dir, ats_time t, const void *bytes,
                                   size_t len, uint64_t line, uint64_t off)
{
    if (!c->run || c->stopped || c->nrun == RD_RUN_CHUNKS || len > RD_RUN_BYTES / 2 ||
        len > RD_RUN_BYTES - c->nrun_bytes)
        return ats_rd_emit(c, ATS_CHUNK_DATA, dir, t, bytes, len, line, off, NULL);
    if (t.kind != ATS_TIME_NONE)
        c->saw_time = 1;
    if (dir != ATS_DIR_UNKNOWN)
        c->saw_dir = 1;
    unsigned char *b = c->run_bytes + c->nrun_bytes;
    if (len)
        memcpy(b, bytes, len);
    c->nrun_bytes += len;
    c->run[c->nrun++] = ats_rd_chunk_of(c, ATS_CHUNK_DATA, NULL, t, dir, b, len, line, off);
    return 0;
}
/* Hands the run gathered so far over (none: nothing). Non-zero: the
 * callback stopped the stream (c->stopped is set). */
int ats_rd_flush(rd_ctx *c);
/* A warning about the capture, at source line `line` (0: the whole file):
 * kept for ats_input_warning() and, at a line, emitted as an annotation
 * chunk "atscope: <message>" so the record stream shows it where it applies. */
int ats_rd_warn(rd_ctx *c, uint64_t line, uint64_t off, ats_time t, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
/* A time a definition's pattern carried (fmtdef.h fd_tparts) as ats_time. */
struct fd_tparts;
ats_time ats_rd_time_parts(rd_ctx *c, const struct fd_tparts *t);
/* Time of day (h:m:s.us) made monotonic: a stamp well before the previous
 * one means the capture crossed midnight. */
ats_time ats_rd_time_of_day(rd_ctx *c, int h, int m, int s, int64_t us);
ats_time ats_rd_time_abs(int y, int mo, int d, int h, int mi, int s, int64_t us);

/* Small parsing helpers: each advances *p on success. */
int ats_rd_digits(const char **p, const char *end, int n, int *out);   /* exactly n digits */
int ats_rd_lit(const char **p, const char *end, const char *lit);
int ats_rd_frac(const char **p, const char *end, int64_t *us, int *digits); /* ".ddd" .. ".ddddddddd" */
int ats_rd_hexbyte(const char *p, unsigned char *out);                 /* two hex digits */
/* A CSV cell quoted at p[i] (RFC 4180: "" is one quote) up to e: its text
 * appended to out at *o; returns the index after the closing quote. */
size_t ats_rd_csv_unquote(const char *p, size_t i, size_t e, char *out, size_t *o);

typedef struct rd_vt {
    ats_format_info info;
    /* 0..100 from a sample of the file's first bytes (whole lines) */
    int (*probe)(const unsigned char *s, size_t n);
    size_t state_size;
    int raw;                   /* takes bytes, not lines */
    int (*init)(void *st, rd_ctx *c);
    /* a source line without its LF; when eol, p[n] is that LF (readers that
     * pass the line on with its end need no copy) */
    int (*line)(void *st, rd_ctx *c, const char *p, size_t n, int eol, uint64_t lineno,
                uint64_t off);
    int (*bytes)(void *st, rd_ctx *c, const unsigned char *p, size_t n);
    int (*finish)(void *st, rd_ctx *c);
    void (*free)(void *st);
    unsigned chunk_flags;      /* ATS_CF_* on every chunk: what the format's text holds
                                  (every reader but raw: ATS_CF_NO_NOTES) */
    int runs;                  /* its chunks may go in runs (rd_ctx.runs_cb) */
} rd_vt;

/* The csv reader's reading of a sample (reader_csv.c): its score, the
 * lines of AT traffic its data cells hold and whether a column gives the
 * rows' times; detection weighs them against a definition's (input.c). */
int ats_rd_csv_sample(const unsigned char *s, size_t n, unsigned *rebuilt, int *timed);
/* Which column of the table in the sample took which role (time, date,
 * direction with what its values say, data with its form), in the table's
 * order, into out (cap bytes): its length, 0 when the sample is no table.
 * For the input's reason (input.c): "1 "Direction" direction (tx: host,
 * rx: modem), 2 "Time" time, 3 "Data" data (C escapes)". */
size_t ats_rd_csv_columns(const unsigned char *s, size_t n, char *out, size_t cap);
extern const struct rd_vt ats_rd_csv;

/* The registry, most specific first (ties in detection go to the earlier). */
extern const rd_vt *const ats_readers[];
extern const size_t ats_nreaders;

/* Sample helpers for probes: count lines matching a predicate. */
typedef int (*rd_line_pred)(const char *p, size_t n);
void ats_rd_count_lines(const unsigned char *s, size_t n, rd_line_pred pred, size_t *match,
                    size_t *nonempty);
/* score if >= 3 of the sample's lines, and >= 30 % of its non-empty ones,
 * match pred; else 0 */
int ats_rd_probe_lines(const unsigned char *s, size_t n, rd_line_pred pred, int score);

/* The next whole line of a sample from *at (one an LF ends: a cut last
 * line is not given), without the CRs before its LF; 0 when none is left. */
int ats_rd_next_line(const unsigned char *s, size_t n, size_t *at, const char **p, size_t *len);

/* A hard wrap in a pasted log: a terminal's cut at `width` columns, or a
 * mail client's / fold -s's at the last blank before it (at_blanks). Was
 * the piece q[0..pn) cut there, p[0..n) its rest; and did the cut drop a
 * blank between them? (input_held.c's layered logs, reader_mm.c) */
int ats_rd_wrap_cut(size_t width, int at_blanks, size_t pn, const char *p, size_t n);
int ats_rd_wrap_blank(size_t width, int at_blanks, const char *q, size_t pn, const char *p,
                      size_t n);

/* Do lines a and b start with a time stamp of one shape (the same run of
 * digits and separators, "2026-12-07 07:58:51.810", after a '[' or not)?
 * Then b is a line of the log's own, as a is: never the rest of a line a
 * terminal's width cut, nor more of a's payload (an application's WARN line
 * after a channel's RX line exactly as wide as every other RX line). */
int ats_rd_same_stamp(const char *a, size_t an, const char *b, size_t bn);

#endif
