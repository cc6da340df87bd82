/* internal.h - helpers shared by the library's files; not installed. */
#ifndef ATS_INTERNAL_H
#define ATS_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdarg.h>
#include <stdbool.h>
#include <string.h>
#include "atscope.h"

#if defined(__GNUC__)
#define ATS_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define ATS_PRINTF(a, b)
#endif

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

typedef struct ats_re {
    pcre2_code *code;
    int jit;
    int id_group;           /* number of the (?<id>...) group, or -1 */
    int mode_group;         /* number of the (?<mode>...) group, or -1 */
    int len_group;          /* number of the (?<len>...) group, or -1 */
    char *src;
    char prefix[32];        /* literal every match starts with: a memcmp decides first */
    size_t prefix_len;
} ats_re;

/* Compiles; on error fills err with the pattern offset (1-based column). */
int ats_re_compile(ats_re *re, const char *pattern, const char *what, const char *file,
                   ats_error *err);
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

/* ---- profile internals ---- */

typedef enum ats_outcome { ATS_OUT_SUCCESS = 1, ATS_OUT_FAILURE = 2 } ats_outcome;

typedef struct ats_pfinal {
    ats_re re;
    int ok;                 /* success or failure */
} ats_pfinal;

typedef struct ats_purc {
    char *name;
    ats_re re;
    int boot;               /* a boot report */
    int data_exit;          /* ends data mode (link drop) */
    int data_length;        /* (?<len>) bytes of received data follow its line */
    int follow_lines;       /* this many modem lines after it belong to it (+CMT's PDU) */
} ats_purc;

typedef struct ats_pcompl {
    ats_re re;
    ats_outcome outcome;
    int data_mode;          /* success enters data mode */
} ats_pcompl;

typedef struct ats_pcmd {
    char *name;             /* upper case: "+MIPOPEN", "E", "AT" */
    size_t name_len;
    unsigned types;         /* bit mask of 1u << ats_cmd_type; 0 = any */
    ats_re args;            /* optional (code NULL): must match args_raw */
    double timeout_s;       /* -1 unknown */
    int retries;            /* -1 unknown */
    char **responses;       /* extra response names (upper case) */
    size_t nresponses;
    /* async */
    int async;
    int blocking;
    double completion_timeout_s;
    int id_arg;             /* index of the argument holding the socket/context id, -1 */
    ats_pcompl *compl;
    size_t ncompl;
    ats_re response;        /* optional: the shape of its own answer lines */
    ats_re data_block;      /* optional: an answer line whose (?<len>) raw bytes follow it */
    ats_pfinal *finals;     /* final results of this command only (SHUT OK, a bare IP) */
    size_t nfinals;
    /* prompt */
    int prompt;
    unsigned char prompt_char;  /* '>' unless the module prompts otherwise (u-blox '@') */
    int length_arg;         /* -1: no declared length */
    int ctrl_z;
    /* receive format setter */
    int enters_data_mode;   /* ATO: data mode as soon as it is sent */
    int sets_rx_format;
    ats_re rx_format;       /* (?<mode>...) over args_raw */
    char *section;          /* guide section, for reports */
} ats_pcmd;

/* How to recognise the module a capture comes from (analyzer/identify.c). */
typedef struct ats_pident {
    ats_re *re[4];            /* manufacturer, model, boot, lines: patterns over answer/modem lines */
    size_t nre[4];
    char **commands;          /* command names only this family has (upper case) */
    size_t ncommands;
} ats_pident;

enum { ATS_ID_MANUFACTURER = 0, ATS_ID_MODEL = 1, ATS_ID_BOOT = 2, ATS_ID_LINES = 3 };

struct ats_profile {
    char *id, *name, *source;
    ats_pident ident;
    char *path;             /* where it came from, for messages */
    void *json;             /* json_t *, kept for the rule engine */
    ats_pfinal *finals;
    size_t nfinals;
    ats_purc *urcs;
    size_t nurcs;
    ats_pcmd *cmds;
    size_t ncmds;
    char **raw_rx_modes;    /* receive formats where data arrives as bare lines */
    size_t nraw_rx_modes;
    char **buffered_rx_modes;
    size_t nbuffered_rx_modes;
    char *escape;           /* "+++" */
    pcre2_match_context *mctx;
    uint32_t max_groups;
    /* URC dispatch: a trie over the patterns' literal prefixes, so a line is
     * tried against the few patterns whose prefix it starts with (in profile
     * order), plus the patterns with no literal prefix. */
    struct urc_node {
        int16_t child[256];
        int16_t nurcs;            /* patterns whose prefix ends here */
        int16_t urcs[8];
    } *trie;
    size_t ntrie;
    int16_t *noprefix;            /* patterns without a literal prefix */
    size_t nnoprefix;
    /* Command lookup by name: open addressing over the first entry of each
     * name, then cmd_next chains the entries of that name in profile order. */
    int32_t *cmd_hash;            /* cmd_hmask + 1 slots, -1 empty */
    size_t cmd_hmask;
    int32_t *cmd_next;            /* next entry with the same name, -1 */
};

/* Candidate URC patterns for a line, in profile order; returns how many. It
 * also says where the walk over the prefix trie stopped: the candidates
 * depend only on s[0..*stop) and on s[*stop] having no child at *end_node
 * (the builder caches them on that). */
size_t ats_profile_urc_walk(const ats_profile *p, const char *s, size_t n, int16_t *out,
                            size_t cap, size_t *stop, int *end_node);
int ats_profile_trie_child(const ats_profile *p, int node, unsigned char c);

/* Finds the command entry for a sub-command, or NULL. */
const ats_pcmd *ats_profile_find_cmd(const ats_profile *p, const ats_subcmd *c,
                                     pcre2_match_data *md);

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

/* ---- final results ---- */

ats_final_kind ats_final_classify(const char *s, size_t n, int numeric_ok, ats_span *code);
int ats_final_is_failure(ats_final_kind k);

/* ---- text ---- */

int ats_is_utf8(const unsigned char *s, size_t n);
int ats_has_control(const unsigned char *s, size_t n);
int ats_ascii_casecmp(const char *a, size_t an, const char *b, size_t bn);

#endif
