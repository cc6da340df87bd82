/* input_impl.h - the input stage's own state, shared by input.c (detection,
 * line cutting, the reader) and input_held.c (lines held before the reader
 * sees them). Not part of the library's interface. */
#ifndef ATS_INPUT_IMPL_H
#define ATS_INPUT_IMPL_H
#include <iconv.h>
#include <stdint.h>
#include "fmt_detect.h"
#include "fmt_infer.h"
#include "fmt_peel.h"
#include "reader.h"

#define MAX_SRC_LINE 65536
/* The detection sample: 64 KiB or 64 lines, whichever ends first. A pasted
 * log may open with a few lines of prose, and a wrapper seen once (a bold
 * line) should still be seen. */
#define SAMPLE_LINES 64
/* ... and a pretty-printed JSON document's (its first line a bare { or [: a
 * search response copied from a log viewer), whose hits spend tens of lines
 * each on their fields, 512 lines: 64 would hold one or two log lines */
#define SAMPLE_LINES_JSON 512

enum { ENC_NONE = 0, ENC_UTF16LE, ENC_UTF16BE };

/* How a file's lines end, where that is not LF or CR LF. */
typedef enum eol_conv {
    EOL_LF = 0,      /* LF, CR LF (the CR stays the line's, readers take it off) */
    EOL_CRCRLF,      /* "\r\r\n": one CR is read */
    EOL_LFCR,        /* "\n\r": a firmware's printf("...\n\r") logged as it came */
    EOL_CR           /* CR alone: an old Mac editor, a terminal that saved CR only */
} eol_conv;

struct ats_input {
    ats_input_opts o;
    int decided;
    const rd_vt *vt;
    void *st;
    rd_ctx ctx;
    char reason[640];
    int score;
    unsigned char *sample;
    size_t slen, scap;
    unsigned sample_lines;
    unsigned sample_cap;         /* SAMPLE_LINES, or SAMPLE_LINES_JSON once the first line says */
    int enc;
    iconv_t cd;
    unsigned char pend[4];       /* an incomplete UTF-16 unit across feeds */
    size_t npend;
    int qp;                      /* a quoted-printable mail body (qp_of): decoded first */
    unsigned char qpend[2];      /* an escape or soft line break cut by a feed (qp_decode) */
    /* qp 2, a raw mail whose header says quoted-printable (qp_mail_of): only
     * the bodies of the parts so encoded are decoded (qp_mail_line) */
    unsigned char mstate;        /* 0 a header block, 1 a body as it is, 2 a body in QP */
    unsigned char mqp;           /* this header block said quoted-printable */
    unsigned char mnb;           /* boundaries held */
    unsigned char mtext;         /* the last raw line held text (an mbox "From " line follows
                                    a blank line or starts the file) */
    unsigned mlen;               /* raw bytes of the current line (held up to its cap) */
    char mline[160];
    char mbound[4][72];          /* RFC 2046: a boundary is at most 70 characters */
    unsigned char mblen[4];
    int bom_checked;
    eol_conv eol;                /* how the file's lines end (eol_of) */
    int double_spaced;           /* a blank line after every line (double_spaced) */
    int skip_cr;                 /* EOL_LFCR: the last feed ended at an LF, its CR may follow */
    unsigned char *line;         /* the current source line (bounded) */
    size_t llen;
    int ltrunc;
    uint64_t lineno, loff, off;
    int last_open;               /* the file's last line had no line end */
    /* A plain log a mail client re-wrapped (mail_wrap_of): its width, and the
     * line held until the next shows whether it is the held one's rest */
    unsigned mail_wrap;
    int mail_fold;               /* every cut line is exactly as wide: cut anywhere (a
                                    terminal's or fold's hard wrap), no blank lost */
    /* A log under a stamp or prefix layer (a syslog, the journal) that a
     * terminal or a mail client hard-wrapped (layer_wrap_of): the rest of a
     * cut line has no prefix of its own, and is joined to the line before
     * the layers are taken off. The layer whose prefix every line has, the
     * widest line, whether the cuts fell at blanks. */
    const fd_def *lw_anchor;
    size_t lw_width;
    int lw_blanks;
    char *held;
    size_t nheld, held_piece;    /* the joined text; its last piece's length */
    int held_cr;                 /* the last piece ended with a CR */
    uint64_t held_line, held_off;
    int failed;
    /* format definitions: the caller's, or the built-ins made for this input */
    const ats_formatset *fs;
    ats_formatset *own_fs;
    const fd_def *def;           /* the chosen definition (vt is ats_rd_trace) */
    const fd_def *forced_def;
    /* the definition inferred from the sample's lines (fmt_infer.c), when
     * no reader or definition reads them: a set of its own */
    ats_formatset *inf_fs;
    char templ[FI_TPL_MAX];
    peel pl;                     /* the wrappers taken off every line */
    /* the reader's match context: the definitions' (their limits) with a
     * JIT stack of this input's own, the size of the one PCRE2 otherwise
     * sets up on the machine stack at every JIT match (~20 instructions a
     * call: a trace's reader makes one a line); NULL: the definitions' */
    pcre2_match_context *mctx;
    pcre2_jit_stack *jstack;
    int peel_ready;
    int wrap_time;               /* the inner format has no time: the wrappers' is used */
    char *body;                  /* a peeled line and its LF */
    char layers[320];
    unsigned layer_hides;        /* what the peeled layers do not show (ATS_HIDES_*) */
    /* the definition's "omits_commands" why, unless its sample showed a line
     * of a rule that prints every write (NULL: every command shown) */
    const char *commands_unshown;
    struct {
        char name[48];
        int score;
        char why[200];
    } cand[64];
    size_t ncand;
    unsigned cov_ok, cov_lines;
    /* Newest first (a web log viewer's default order): the wrapper layers'
     * times go backwards over the sample, so the lines are held and read
     * last to first at the end (newest_first()); at most REV_MAX_BYTES of
     * them, beyond which the input stops with a message (rev_over) */
    int reverse;
    unsigned rev_down;           /* the sample's steps back in time */
    char *rev;                   /* the held lines, each a rev_line and its bytes */
    size_t nrev, caprev;
    int rev_over;
    int rev_cell;                /* a csv_cell layer's quoted cell is open at the last held
                                    line's end: the next goes on with its row */
};

/* A held line of a newest-first log: where it was, then its bytes. */
typedef struct rev_line {
    uint64_t lineno, loff;
    size_t n;
    int cont;                    /* a line of the row before it (a quoted cell's) */
} rev_line;

#define REV_MAX_BYTES ((size_t)16 << 20)

/* A source line to its reader (peeled first), at source line `lineno`. */
int ats_in_emit_now(ats_input *in, const char *p, size_t n, int eol, uint64_t lineno,
                    uint64_t loff);

/* input_held.c: a line's hard-wrapped rest joined to it (a mail client's
 * re-wrap of a plain log, a terminal's or mail client's wrap of a syslog
 * copy), and a newest-first log's lines held and replayed last first. */
int ats_in_flush_held(ats_input *in);
int ats_in_hold_line(ats_input *in, const char *p, size_t n);
int ats_in_replay_held(ats_input *in);
size_t ats_in_layer_join(ats_input *in, const unsigned char *s, size_t n, unsigned char *out);
int ats_in_layer_wrap_line(ats_input *in, const char *p, size_t n, int eol);
void ats_in_layer_wrap_of(ats_input *in, const unsigned char *s, size_t n);
int ats_in_layer_wrap_with(ats_input *in, const fd_def *anchor, const unsigned char *s,
                           size_t n, size_t min_carried);
size_t ats_in_mail_join(const unsigned char *s, size_t n, unsigned width, int fold,
                        unsigned char *out);
int ats_in_mail_line(ats_input *in, const char *p, size_t n, int eol);
unsigned ats_in_mail_wrap_of(const unsigned char *s, size_t n, int *fold);

#endif
