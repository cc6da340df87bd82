/* capture_read.h - reads one capture file through format detection into a
 * parser; shared by parse and check. */
#ifndef ATS_CAPTURE_READ_H
#define ATS_CAPTURE_READ_H
#include "atscope.h"

typedef struct capture_read {
    const char *format;          /* --input-format, NULL = auto */
    const ats_input_opts *settings;  /* the other reader settings, or NULL */
    int progress;                /* a percentage on stderr while a big file is read, if a
                                    terminal (the caller says when nothing else writes there) */
    size_t read_size;            /* 0 = 1 MiB */
    unsigned read_seed;          /* testing: random read sizes */
    void (*after_read)(void *user);   /* e.g. flush output for pipes */
    void (*on_format)(void *user, const ats_input *in);  /* once, when detected */
    /* --profile auto: the module is identified from the first CAPTURE_LOOKAHEAD
     * bytes or CAPTURE_LOOKAHEAD_LINES lines (or the whole input, if shorter:
     * the same bytes however they are read) before anything is parsed, and
     * choose makes the parser for it (NULL: fail). capture_read_fd's ps is
     * then NULL. */
    ats_parser *(*choose)(void *user, const ats_identity *id);
    const ats_profile *id_base;               /* the fallback, "3gpp" */
    const ats_profile *const *id_cands;       /* the built-ins */
    size_t id_ncands;
    void *user;
    /* results */
    uint64_t bytes;
    char format_name[32];
    char reason[640];
    char layers[320];             /* "markdown-quote > mbed-trace" (or the format's name) */
    int has_time, has_dir, lossy;
    int reads_as_received;        /* the format's (ats_format_info) */
    unsigned hides;            /* ATS_HIDES_*: what the format and its layers do not show */
    char commands_unshown[200];   /* why not every command is shown ("": all are) */
    /* what the reader had to guess or could not do (ats_input_warning) */
    uint64_t nwarnings;           /* all of them */
    size_t nkept;                 /* the first ones, kept below */
    struct {
        uint64_t line;            /* 0: the whole file */
        char msg[240];
    } warnings[8];
} capture_read;

#define CAPTURE_LOOKAHEAD (256u << 10)
#define CAPTURE_LOOKAHEAD_LINES 1000     /* or this many lines, whichever ends first */

/* --threads: what a parser reading fd runs on (ats_parser_opts.threads).
 * asked 1, 2 or 3 is kept; 0 (auto), for a regular file of at least
 * CAPTURE_THREADS_MIN bytes, is one busy thread per CPU: 2 on two CPUs, 3
 * on more (on a stamped terminal log three threads on two cores were slower
 * than two: each line is a chunk, its bytes cross between cores twice, and
 * the thread that frames and builds gets two thirds of a core), except
 * where reading apart pays, a library trace or a plain terminal log
 * (*split_read_apart: the parser starts the third thread at a first chunk
 * that says ATS_CF_READ_APART); else
 * 1: below that size a thread's start costs about what it saves. */
#define CAPTURE_THREADS_MIN (4u << 20)
unsigned capture_threads(int fd, unsigned asked, int *split_read_apart);

/* 0, or -1 after printing a message naming `shown`. Reads fd to its end.
 * With a threaded parser, the caller's callbacks (on_format, after_read) run
 * on the reading thread while records go to the record callback on the
 * parser's: after_read must not touch what that callback writes. */
int capture_read_fd(capture_read *cr, int fd, const char *shown, ats_parser *ps);
#endif
