/* common.h - the helpers every layer of the library needs (readers, parser,
 * analyzer, rules): errors, a bounded buffer, PCRE2 patterns with their
 * limits, text checks. Implemented in common/; not installed. A layer
 * includes this and its own internal header, never another layer's. */
#ifndef ATS_COMMON_H
#define ATS_COMMON_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include "atscope.h"

#if defined(__GNUC__)
#define ATS_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define ATS_PRINTF(a, b)
#endif

/* *p, *n without the spaces and tabs it starts and ends with (inline: the
 * command parser and the logic-analyzer readers call it per field). */
static inline void ats_trim_blanks(const char **p, size_t *n)
{
    while (*n && (**p == ' ' || **p == '\t')) {
        (*p)++;
        (*n)--;
    }
    while (*n && ((*p)[*n - 1] == ' ' || (*p)[*n - 1] == '\t'))
        (*n)--;
}

/* How many CR and LF bytes s[0..n) ends with: the line ends a payload piece
 * that runs over lines carries (ATS_LF_PAYLOAD_EOL). */
static inline size_t ats_eol_tail(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && (s[n - 1 - k] == '\r' || s[n - 1 - k] == '\n'))
        k++;
    return k;
}

/* The value of a hex digit, or -1. */
static inline int ats_hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Fills err (if any) and returns code, so callers can `return ats_err(...)`. */
int ats_err(ats_error *err, int code, const char *file, uint64_t line, uint64_t col,
            const char *fmt, ...) ATS_PRINTF(6, 7);

/* A growable byte buffer with a hard cap (curl's dynbuf "toobig" idea). */
typedef struct ats_buf {
    char *ptr;
    size_t len, cap, max;
} ats_buf;

void ats_buf_init(ats_buf *b, size_t max);
/* Appends what fits under max; returns the number of bytes NOT appended,
 * or (size_t)-1 on allocation failure. */
size_t ats_buf_append(ats_buf *b, const void *p, size_t n);
void ats_buf_free(ats_buf *b);

/* ---- regular expressions (PCRE2, byte semantics, JIT) ---- */

/* What PCRE2 found at compile time a match of an anchored pattern must
 * begin with (its first code unit, or the set of first bytes it studied)
 * and the shortest subject it can match: a line refused here is refused
 * without the call into PCRE2 (its entry and set-up alone are ~200
 * instructions through JIT), by the same facts PCRE2's own start-up checks
 * use, so the answer is the same. */
typedef struct ats_re_screen {
    uint32_t min_len;            /* PCRE2_INFO_MINLENGTH: a lower bound */
    int on;                      /* first holds the bytes a match can begin with */
    uint8_t first[32];
} ats_re_screen;

/* The screen of code (nothing refused when PCRE2 knows nothing); NULL
 * refuses nothing. */
void ats_re_screen_init(ats_re_screen *sc, const pcre2_code *code);
static inline int ats_re_screen_refuses(const ats_re_screen *sc, const char *s, size_t n)
{
    if (!sc)
        return 0;
    if (n < sc->min_len)
        return 1;
    return sc->on && (!n || !(sc->first[(unsigned char)s[0] >> 3] >> ((unsigned char)s[0] & 7) & 1));
}

/* 88 bytes, as before the screen: profiles keep arrays of structs of two or
 * three of these, indexed on every line (a redaction entry of 336 bytes
 * instead of 256 cost every line ~6 instructions) */
typedef struct ats_re {
    pcre2_code *code;            /* as compiled: never JIT-compiled */
    _Atomic(pcre2_code *) jcode;
    char *src;
    ats_re_screen *screen;  /* then the first byte and the length; NULL: none */
    char prefix[32];        /* literal every match starts with: a memcmp decides first */
    uint32_t prefix_len;
    int jit;                /* JIT wanted: made by the first match (ats_re_lazy_jit) */
    int id_group;           /* number of the (?<id>...) group, or -1 */
    int mode_group;         /* number of the (?<mode>...) group, or -1 */
    int len_group;          /* number of the (?<len>...) group, or -1 */
} ats_re;

/* Compiles pattern as the library compiles every pattern (bytes: never UTF,
 * no \C), without JIT (made at first use: ats_re_lazy_jit). NULL when it
 * does not compile: *oom when PCRE2 ran out of memory, else why says
 * "<PCRE2's message> at pattern column N". */
pcre2_code *ats_re_code(const char *pattern, int *oom, char *why, size_t n);
/* The built-ins' patterns compiled at build time (cmake/jsonpack.c
 * --patterns), sorted by src: ats_re_pre_head then blob[off..off+len) is a
 * pattern's pcre2_serialize_encode() output. */
typedef struct ats_re_pre {
    const char *src;
    size_t off, len;
} ats_re_pre;
extern const ats_re_pre ats_re_pre_table[];
extern const size_t ats_re_pre_count;
extern const unsigned char ats_re_pre_head[], ats_re_pre_blob[];
extern const size_t ats_re_pre_head_len, ats_re_pre_blob_len;
/* The index of pattern in ats_re_pre_table, or -1. */
long ats_re_pre_find(const char *pattern);
/* The number of code's group (?<name>...), or -1 when it has none. */
int ats_re_group_number(const pcre2_code *code, const char *name);
/* Compiles; on error fills err with the pattern offset (1-based column). */
int ats_re_compile(ats_re *re, const char *pattern, const char *what, const char *file,
                   ats_error *err);
/* The same; jit 0: never JIT-compiled, not even at first use. */
int ats_re_compile_jit(ats_re *re, const char *pattern, int jit, const char *what,
                       const char *file, ats_error *err);
/* The JIT-compiled copy of code kept in *slot, made now if none is: a run
 * uses few of the patterns the definitions and profiles hold, and JIT-
 * compiling them all at load was most of the start-up. A copy, not code
 * compiled in place, because threads may be running code meanwhile (PCRE2
 * reads a code's JIT part on every match); the copy is published once,
 * atomically, and two threads that both make one keep one. code itself
 * when JIT is not available (or no memory for the copy): from then on the
 * interpreter, with no new attempt at each match. */
pcre2_code *ats_re_lazy_jit(_Atomic(pcre2_code *) *slot, pcre2_code *code);
/* The code to run re with: its JIT copy when it wants JIT, else code. */
pcre2_code *ats_re_run_code(const ats_re *re);
void ats_re_free(ats_re *re);
/* >0 match, 0 no match, <0 a limit was hit (treated as no match by callers). */
int ats_re_match(const ats_re *re, pcre2_match_data *md, pcre2_match_context *mc,
                 const char *s, size_t n);
/* Cheap refusal before a call into PCRE2: the pattern's literal prefix. */
static inline int ats_re_cannot_match(const ats_re *re, const char *s, size_t n)
{
    size_t k = re->prefix_len;
    if (!k)
        return 0;
    if (n < k)
        return 1;
    if (k >= 8) {           /* most prefixes are "+MIPxxxx:": one word decides */
        uint64_t a, b;
        memcpy(&a, s, 8);
        memcpy(&b, re->prefix, 8);
        if (a != b)
            return 1;
        return s[k - 1] != re->prefix[k - 1];
    }
    return s[0] != re->prefix[0] || s[k - 1] != re->prefix[k - 1];
}
/* Extracts group g of the last match into out (span into s). */
int ats_re_group(pcre2_match_data *md, int g, const char *s, ats_span *out);

/* ---- text ---- */

int ats_is_utf8(const unsigned char *s, size_t n);
int ats_has_control(const unsigned char *s, size_t n);
int ats_ascii_casecmp(const char *a, size_t an, const char *b, size_t bn);
/* Does text p[0..n) (no line end) read as a person's sentence rather than a
 * line a modem sends (sentence.c)? */
int ats_text_sentence(const char *p, size_t n);
/* The rest of f into *buf (to free; not NUL-terminated), *len bytes: 0,
 * ATS_ELIMIT when that is max bytes or more, ATS_ENOMEM, or ATS_EIO on a
 * read error. f stays open. */
int ats_read_all(FILE *f, size_t max, char **buf, size_t *len);

#endif
