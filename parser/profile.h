/* profile.h - a loaded profile as the stages that consult it read it: the
 * builder (commands, URCs, finals), the analyzer's module identification
 * and the rules' classes. The loader (profile.c) fills it; everyone else
 * reads it. Not installed. */
#ifndef ATS_PROFILE_H
#define ATS_PROFILE_H

#include "common.h"

/* ---- profile internals ---- */

typedef enum ats_outcome { ATS_OUT_SUCCESS = 1, ATS_OUT_FAILURE = 2 } ats_outcome;

typedef struct ats_pfinal {
    ats_re re;
    int ok;                 /* success or failure */
    int busy;               /* "busy": a refusal of the newest command, sent while another
                               still ran; that one goes on waiting (ESP-AT "busy p...") */
} ats_pfinal;

typedef struct ats_purc {
    char *name;
    ats_re re;
    int boot;               /* a boot report */
    int data_exit;          /* ends data mode (link drop) */
    int data_length;        /* (?<len>) bytes of received data follow its line */
    int data_inline;        /* ... starting right after the match, on its own line
                               (SIM800's "+IPD,5:hello") */
    int follow_lines;       /* this many modem lines after it belong to it (+CMT's PDU) */
    char *in_mode;          /* the entry applies only while the connection mode is this */
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
    int blocking;           /* 1 nothing else sent before the completion; 2 ("itself")
                               no second of this command; 0 anything may be */
    double completion_timeout_s;
    int id_arg;             /* index of the argument holding the socket/context id, -1 */
    char **users;           /* async.users (upper case): the commands that use what it makes
                               (a connection, an MQTT client) on the same id; one of them
                               sent before its completion overlaps it */
    size_t nusers;
    ats_pcompl *compl;
    size_t ncompl;
    ats_re response;        /* optional: the shape of its own answer lines */
    ats_re already;         /* optional: a failure that says its effect is already in place */
    ats_re not_final;       /* optional: lines that read as a final result but, while this
                               command waits, are not (ESP-AT CIPSTART's CONNECT before its OK) */
    ats_re data_block;      /* optional: an answer line whose (?<len>) raw bytes follow it */
    int data_block_inline;  /* ... starting right after the match, on the line itself
                               (SIM7080 "+CARECV: 5,hello") */
    int block_len_arg;      /* data_block.length_arg: the count is this argument (HL78
                               AT+KTCPRCV=<session>,<ndata> answered CONNECT), -1 */
    char block_end[32];     /* data_block.end: the block ends after these bytes, before its
                               count (HL78's --EOF--Pattern--); block_end_len 0: none */
    size_t block_end_len;
    ats_pfinal *finals;     /* final results of this command only (SHUT OK, a bare IP) */
    size_t nfinals;
    /* prompt */
    int prompt;
    unsigned char prompt_char;  /* '>' unless the module prompts otherwise (u-blox '@');
                                   0 with prompt_line */
    ats_re prompt_line;     /* optional: a modem line that is the prompt (HL78's CONNECT) */
    char prompt_end[32];    /* prompt.end: the payload ends after these bytes, which the
                               declared length does not count; prompt_end_len 0: none */
    size_t prompt_end_len;
    int length_arg;         /* -1: no declared length */
    int ctrl_z;
    /* receive format setter */
    int enters_data_mode;   /* ATO: data mode as soon as it is sent */
    int data_elsewhere;     /* its CONNECT enters no data mode on this port: the data goes
                               over another interface (XMM AT+CGDATA="M-RAW_IP" to NCM) */
    int sets_rx_format;
    ats_re rx_format;       /* (?<mode>...) over args_raw */
    /* connection mode (SIM800 AT+CIPMUX): what an entry's form means can
     * depend on it ("AT+CIPSEND=1": a length, or link 1) */
    ats_re mode_args;       /* sets_mode.args: (?<mode>...) over args_raw, on success */
    ats_re mode_answer;     /* sets_mode.answer: (?<mode>...) of an answer line */
    char *mode_value;       /* sets_mode.value: this entry, taken, sets it */
    char *in_mode;          /* the entry applies only while the mode is this */
    char *section;          /* guide section, for reports */
} ats_pcmd;

/* How to recognise the module a capture comes from (analyzer/identify.c). */
typedef struct ats_pident {
    ats_re *re[8];            /* manufacturer, model, boot, lines, host, excludes, revision,
                                 banner (the ATS_ID_* below) */
    size_t nre[8];
    char **commands;          /* command names only this family has (upper case) */
    size_t ncommands;
    char *prefix;             /* "prefix": what the family's own command names start with
                                 (Telit's "#"), or NULL */
    uint32_t max_groups;      /* capture groups of the patterns above, at most */
} ats_pident;

/* host: searched in the host's own log lines (the driver naming the module it
 * drives); excludes: modem lines this family never prints (a 2G module's
 * "+CEREG:"), which rule it out */
enum {
    ATS_ID_MANUFACTURER = 0, ATS_ID_MODEL = 1, ATS_ID_BOOT = 2, ATS_ID_LINES = 3,
    ATS_ID_HOST = 4, ATS_ID_EXCLUDES = 5, ATS_ID_REVISION = 6, ATS_ID_BANNER = 7, ATS_ID_KINDS = 8
};

/* A "redact" entry of a profile (parser/redact_load.c, docs/profiles.md). */
typedef struct ats_predact {
    char *name;
    ats_re match;           /* code NULL: none; its named groups are what is masked */
    ats_re after;           /* code NULL: any; else the last command line must match */
    int next_kind;          /* -1, or the kind the line after a match is masked as */
    int payload_kind;       /* -1, or the kind payload lines (after "after") are masked as */
    int luhn;               /* a group is masked only if its digits pass the Luhn check */
    int min_digits;         /* 0, or tried only on a line with a run of this many digits */
    int max_digits;         /* 0, or that run is a whole one (no digit either side) of at
                             * most this many: min_digits..max_digits (ats_redact_digit_gate) */
    signed char *group_kind;    /* by group number: ats_redact_kind, -1 none */
    uint32_t ngroups;
    char ci_prefix[16];     /* "(?i)^AT\\+CPIN=": what a line starts with, any case */
    size_t ci_prefix_len;
    int anchored;           /* "^" (after "(?i)"): one match per line, tried first */
} ats_predact;

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
    int escape_silent;      /* data_mode.answered false: the escape alone ends data mode */
    ats_predact *redact;    /* what to mask (redact_load.c) */
    size_t nredact;
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
    /* A candidate of identification (ats_profile_load_candidates) holds its
     * head, identify section and command names until ats_profile_complete;
     * names/names_hash stay as they are then, for ats_profile_has_name. */
    int partial;
    int complete_rc;              /* < 0: completing it failed so */
    char **names;
    size_t nnames;
    int32_t *names_hash;          /* names_hmask + 1 slots, -1 empty */
    size_t names_hmask;
    /* the texts of the files it was loaded from, its own first: what loads from
     * its JSON later (classes, rules) points an error at file, line and column */
    struct ats_jl_src *layers;
    size_t nlayers;
    int builtin;                  /* loaded as a built-in (ats_jl.builtin) */
};

/* Candidate URC patterns for a line, in profile order; returns how many. It
 * also says where the walk over the prefix trie stopped: the candidates
 * depend only on s[0..*stop) and on s[*stop] having no child at *end_node
 * (the builder caches them on that). */
size_t ats_profile_urc_walk(const ats_profile *p, const char *s, size_t n, int16_t *out,
                            size_t cap, size_t *stop, int *end_node);
int ats_profile_trie_child(const ats_profile *p, int node, unsigned char c);

/* A name the profile lists one typing slip away from name[0..len) (one
 * byte dropped, added, changed, or two neighbours swapped, at byte `from`
 * or later; the same first byte, at least 4 bytes): copied to out, 1; else
 * 0. For unknown-command, which tells a typo from a command the profile does
 * not list. */
int ats_profile_near_name(const ats_profile *p, const char *name, size_t len, size_t from,
                          char *out, size_t cap);

/* Finds the command entry for a sub-command, or NULL. */
/* As ats_profile_find_cmd, under a connection mode ("" or NULL: unknown,
 * so entries with "in_mode" are passed over). */
const ats_pcmd *ats_profile_find_cmd_in(const ats_profile *p, const ats_subcmd *c,
                                        pcre2_match_data *md, const char *mode);
const ats_pcmd *ats_profile_find_cmd(const ats_profile *p, const ats_subcmd *c,
                                     pcre2_match_data *md);

/* ats_profile_load_buffer() for a profile the library makes of built-ins
 * (identification's): loaded as they are, their samples not read again. */
int ats_profile_load_builtin_buffer(ats_profile **out, const char *json, size_t len,
                                    const char *name, ats_error *err);
/* Built-in profile or fragment i: its name ("<built-in id>"), JSON text and
 * the values the build packed from it (cmake/jsonpack.c); 0 past the last. */
int ats_profile_builtin_at(size_t i, const char **name, const char **json, size_t *len,
                           const unsigned char **packed, size_t *packed_len);

#endif
