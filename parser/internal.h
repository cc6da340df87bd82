/* internal.h - what the parser core (framer, builder, pipeline, profile
 * loader) shares; not installed. Other layers include common.h and, for a
 * loaded profile, profile.h. */
#ifndef ATS_INTERNAL_H
#define ATS_INTERNAL_H

#include "common.h"
#include "profile.h"

/* ---- AT command line parsing ---- */

#define ATS_MAX_SUBCMDS 8
#define ATS_MAX_ARGS 16

typedef struct ats_cmdline {
    size_t ncmds;
    ats_subcmd cmds[ATS_MAX_SUBCMDS];
    ats_span args[ATS_MAX_SUBCMDS][ATS_MAX_ARGS];
    char names[ATS_MAX_SUBCMDS][32];   /* upper-cased names */
} ats_cmdline;

/* Is this text a command line (AT..., at..., A/)? */
int ats_is_command_text(const char *s, size_t n);
/* Parses a command line; spans point into s. Returns 0, or -1 if not a command. */
int ats_cmdline_parse(ats_cmdline *cl, const char *s, size_t n);

/* A command line with a title after it ("AT+CREG        Network Registration
 * Status"): help text unless an answer follows (command.c). Returns where
 * the title's blanks start, 0 for none. */
size_t ats_cmdline_prose_tail(const char *s, size_t n);
int ats_cmdline_is_sentence(const char *s, size_t n);
/* A manual's "<name>" parameter in the text (not "<CR>", "<Ctrl-Z>"). */
int ats_has_placeholder(const char *s, size_t n);

/* ---- a short line as a memo's key (redact.c, builder.c) ---- */

/* A capture repeats its short lines ("OK", "AT+CSQ", "+CSQ: 26,99"), and
 * what depends only on a line's bytes is kept for a repeat under a key of
 * its bytes: up to ATS_LINE_KEY_MAX of them in eight-byte words, the last
 * word's bytes past the line zero. */
#define ATS_LINE_KEY_MAX 64

typedef struct ats_line_key {
    uint64_t w[ATS_LINE_KEY_MAX / 8];
    size_t nw;
} ats_line_key;

/* Loads s[0..n) (n <= ATS_LINE_KEY_MAX) into k; returns its hash, never 0
 * (an empty slot's). */
static inline uint64_t ats_line_key_load(ats_line_key *k, const char *s, size_t n)
{
    uint64_t h = (uint64_t)n * 0x9E3779B97F4A7C15ull, w = 0;
    size_t i = 0, j = 0;
    for (; i + 8 <= n; i += 8, j++) {
        memcpy(&k->w[j], s + i, 8);
        h = (h ^ k->w[j]) * 0xC2B2AE3D27D4EB4Full;
        h ^= h >> 29;
    }
    size_t r = n - i;
    if (r) {
        /* the last 1-7 bytes, at their places in a little-endian word:
         * where the line has eight, the word ending at its end shifted
         * down; else two overlapping loads (no byte past the line is read) */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        if (n >= 8) {
            memcpy(&w, s + n - 8, 8);
            w >>= 8 * (8 - r);
        } else {
            uint32_t a = 0, b = 0;
            if (r >= 4) {
                memcpy(&a, s, 4);
                memcpy(&b, s + r - 4, 4);
                w = (uint64_t)a | (uint64_t)b << (8 * (r - 4));
            } else {
                w = (uint64_t)(unsigned char)s[0] | (uint64_t)(unsigned char)s[r / 2] << (8 * (r / 2)) |
                    (uint64_t)(unsigned char)s[r - 1] << (8 * (r - 1));
            }
        }
#else
        for (size_t b = 0; b < r; b++)
            w |= (uint64_t)(unsigned char)s[i + b] << (8 * b);
#endif
        k->w[j++] = w;
        h = (h ^ w) * 0xC2B2AE3D27D4EB4Full;
        h ^= h >> 29;
    }
    k->nw = j;
    return h | 1;
}

/* Are the words kept in w (as ats_line_key_load made them) k's? */
static inline int ats_line_key_same(const uint64_t *w, const ats_line_key *k)
{
    uint64_t diff = 0;
    for (size_t j = 0; j < k->nw; j++)
        diff |= w[j] ^ k->w[j];
    return diff == 0;
}

/* ---- final results (ats_final_is_failure is public) ---- */

ats_final_kind ats_final_classify(const char *s, size_t n, int numeric_ok, ats_span *code);

/* ---- the builder, as the pipeline asks it ---- */

/* The multiplexer channel of the builder's current transaction (0: none):
 * the channel whose framers a mode hint is for. */
unsigned ats_builder_channel(const ats_builder *b);
/* The end mark of the payload or block the mode hint being given sets (a
 * profile's prompt.end or data_block.end), 0 when it has none. */
size_t ats_builder_end_mark(const ats_builder *b, const char **mark);
/* The key a stage made of the line it passes on (redaction, for its memo):
 * the builder's memo of what a line's bytes say (builder.c fact_ent) takes
 * it for a line at ptr[0..len) rather than hash the line again. ptr is NULL
 * when the stage made none for the line it is passing. */
typedef struct ats_keyed_line {
    const char *ptr;
    size_t len;
    uint64_t hash;
    ats_line_key key;
} ats_keyed_line;

/* The redactor's (NULL for none), for the builder the pipeline feeds. */
const ats_keyed_line *ats_redactor_keyed(const ats_redactor *r);
void ats_builder_use_keys(ats_builder *b, const ats_keyed_line *k);
/* Turns b's memo of line facts off (test_builder compares the two). */
void ats_builder_no_facts(ats_builder *b);

#endif
