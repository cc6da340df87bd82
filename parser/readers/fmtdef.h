/* fmtdef.h - capture formats described as data (the formats folder): the
 * debug traces host libraries print (mbed, Zephyr, esp_modem, chat ...) and
 * the wrappers people paste them in (markdown quotes, terminal stamps,
 * syslog). A definition is compiled once; readers share it read-only. */
#ifndef ATS_FMTDEF_H
#define ATS_FMTDEF_H

#include "common.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* The closed set of payload decoders a definition may name. */
typedef enum fd_decoder {
    FD_DEC_VERBATIM = 0,
    FD_DEC_CESC,        /* C escapes: \r \n \t \\ \" \xHH \ooo */
    FD_DEC_ANGLE,       /* <cr> <ln> <lf> <CR> <LF> <XX> (mbed, ModemManager-like) */
    FD_DEC_CARET,       /* ^M ^J ^Z, M-x (pppd chat's %v) */
    FD_DEC_HEX,         /* space-separated hex byte pairs (hexdump rows) */
    FD_DEC_HEXCELLS,    /* gammu: 4-column cells "41A|", hex in columns 4j..4j+1 */
    FD_DEC_PYLIST,      /* a Python list repr of strings, each a line */
    FD_DEC_TOKENS,      /* Zephyr modem_chat: "+CREG:  0 1" -> "+CREG: 0,1" */
    FD_DEC_ARROWS,      /* TinyGSM deep debug: U+2190 for CR, U+2193 for LF */
    FD_DEC_BRACKET_HEX, /* ubxlib: [1a] for a byte */
    FD_DEC_HEXSTRING,   /* contiguous hex digits, two a byte (CSV exports) */
    FD_DEC_SYSLOG_OCTAL, /* rsyslog's escaped control characters: #015 (or \015) */
    FD_DEC_ASCII_NAMES, /* <CR> <LF> <SUB> <NUL>...: the ASCII control names (Docklight) */
    FD_DEC_GATCHAT,     /* oFono gatchat: C escapes, <CtrlZ> for 0x1a, <ESC> for 0x19 */
    FD_DEC_DOTS,        /* every control byte printed as '.': a run of 2+ dots is line ends */
    FD_DEC_MINITERM_RX, /* pyserial miniterm --filter debug: the [RX:'...'] reprs only */
    FD_DEC_ANGLE_CARET, /* gnokii at_dprintf(): <cr> <lf>, other control bytes as ^X */
    FD_DEC_CTRL_TOKENS, /* an app's own tokens: (cr) <0d> [0D] {0x0D} <CR> \r, any bracket */
    FD_DEC_PYBYTES_LIST, /* a Python list of bytes reprs (readlines()): each as it reads */
    FD_DEC_CSV_CELL,    /* a quoted CSV cell's text: each "" one quote (RFC 4180) */
    FD_DEC_PYLIST_READS,/* python-list where each list is one read of the module's output */
    FD_DEC_TASMOTA,     /* Tasmota's Unescape(): C escapes, \\s a blank, others kept whole */
    FD_DEC_POWERSHELL,  /* a PowerShell double-quoted string: `r `n `" ... and "" */
    FD_DEC_SHELL_WORD,  /* a POSIX shell word: '...' as is, "..." with \" \\ \$ \` undone, \x bare */
    FD_DEC_PAREN_CODES, /* (cr) (lf) (tab), other control bytes and non-ASCII as (27) (233) */
    FD_DEC_COUNT
} fd_decoder;

/* Decodes s[0..n) by d, appending to out (at most cap bytes in all).
 * Returns the new length. */
/* The angle decoder's line-end token at s (4 bytes readable): <cr> as '\r',
 * <ln> or <lf> as '\n', in either case; -1 for anything else. */
int ats_fd_angle_eol(const char *s);
size_t ats_fd_decode(fd_decoder d, const char *s, size_t n, unsigned char *out, size_t len,
                 size_t cap);
const char *ats_fd_decoder_name(fd_decoder d);
/* The byte an ASCII control name stands for at s[0] ("<CR>", "<SUB>",
 * "<CTRL+Z>", "<SPACE>", DEL; the name ended by close, compared case-blind
 * when fold), its length in *used; -1 when it is no name. */
int ats_fd_ascii_name(const char *s, size_t n, char close, int fold, size_t *used);
/* The byte a terminal's angle-bracketed control name at s[0] stands for,
 * from a closed list (CR LF TAB HT ESC SUB NUL BS DEL, all capitals or all
 * small letters: "<CR>", "<sub>"), its length in *used; -1 for anything
 * else ("<Cr>", "<ack>", "<rssi>"). */
int ats_fd_angle_name(const char *s, size_t n, size_t *used);
/* Does s[0..n) hold such a name (ats_fd_angle_name)? *eol is set when one
 * of them is <CR> or <LF>. */
int ats_fd_has_angle_name(const char *s, size_t n, int *eol);
int ats_fd_decoder_find(const char *name, fd_decoder *out);

/* Named groups a pattern may carry for time. */
enum {
    FD_T_YEAR, FD_T_MONTH, FD_T_MON, FD_T_DAY, FD_T_H, FD_T_M, FD_T_S, FD_T_FRAC,
    FD_T_FRAC2, FD_T_MS, FD_T_SECS, FD_T_DATE, FD_T_AMPM, FD_T_COUNT
};

/* What a pattern's every match contains, as byte pairs (fmt_need.c): all
 * of `all`, and at least one pair of each `any` clause (an alternation's
 * branches, one pair taken from each). A necessary condition only. */
#define FD_NEED_ANY 4
typedef struct fd_need {
    uint64_t all[4];
    uint64_t any[FD_NEED_ANY][4];
    int nany;
} fd_need;

typedef struct fd_pat {
    pcre2_code *code;            /* as compiled at load: never JIT-compiled */
    /* its JIT-compiled copy, made by the first match (ats_re_lazy_jit):
     * JIT-compiling all ~430 built-in definition patterns at load was 54M of
     * the 186M instructions a one-line capture cost (2026-12-06) */
    _Atomic(pcre2_code *) jcode;
    /* interpreted matches detection made of it (ats_fd_code_tiered) */
    _Atomic unsigned runs;
    char *src;
    int g_payload, g_dir, g_body;
    int g_num;                   /* a wrapper's line number ("counting") */
    int g_src;                   /* the writer a wrapper's line names ("one_source") */
    int g_tag;                   /* a wrapper's body opens with its writer's name (syslog's
                                    "asterisk[1190]: "): a record that runs over lines
                                    has it on each (reader_trace.c) */
    int g_chan, g_ftype;         /* a CMUX frame's DLCI and type (cmux "frame" rules) */
    int g_port;                  /* the serial port or channel a line names (smsd's device,
                                    oFono's "Aux"): each port's text is a channel of its own */
    int g_thread;                /* the thread (task, connection) that logged the line: a
                                    writer's commands and the answers its reader logs
                                    are one channel, the pairing learned (reader_trace.c) */
    int g_cmd;                   /* a gave_up line's command: it closes only that one */
    int g_len;                   /* the byte count the tool printed for the write or read
                                    (Portmon's "Length n:"): as many bytes decoded, their
                                    count is exact in a lossy format (ATS_CF_LEN_EXACT) */
    int g_took, g_took_unit;     /* the time the exchange on the line took, as the host
                                    measured it (generic-oneline's took=31ms) and its unit */
    int g_time[FD_T_COUNT];      /* group numbers, -1 absent */
    int tk[FD_T_COUNT];          /* the FD_T_* the pattern has, ntk of them */
    int ntk;
    int has_time;
    /* A pattern ending "(?<payload>.*)$" runs as "...(?<payload>)" and the
     * payload is the rest of the line: the same match on a line with no LF
     * inside (the trace reader's never have one), without the scan of it
     * that cost a third of the match (mbed-trace). `full` is the pattern as
     * written (not JIT-compiled) for a subject with an LF inside. */
    int rest_group;              /* the payload group's number when so, else 0 */
    pcre2_code *full;
    /* byte pairs of the literal text every match contains (fmt_need.c);
     * has_need 0: none known, the pattern always runs */
    fd_need need;
    int has_need;
    ats_re_screen screen;        /* of code: first byte, shortest match */
} fd_pat;

/* A rule's matches kept by the shape of the line's head (fmt_memo.c): a
 * reader's own (the shapes it saw), never shared. A head is compared in
 * steps of FD_MEMO_STEP bytes: at 0, STEP, ... and its last STEP bytes
 * (overlapping the step before). */
#if defined(__SSE2__)
#define FD_MEMO_STEP 16
#else
#define FD_MEMO_STEP 8
#endif
#define FD_MEMO_N 8              /* shapes kept */
#define FD_MEMO_MAX 96           /* the longest head kept */
#define FD_MEMO_OV 16            /* ovector pairs kept */
typedef struct fd_memo_ent {
    /* the head, a digit as '0'; 0xff where the head had a digit */
    _Alignas(16) unsigned char tb[FD_MEMO_MAX];
    _Alignas(16) unsigned char db[FD_MEMO_MAX];
    uint16_t m, ns;              /* the head's bytes, the steps it is read in */
    PCRE2_SIZE ov[2 * FD_MEMO_OV];
} fd_memo_ent;
typedef struct fd_memo {
    unsigned n;                  /* shapes kept */
    uint32_t pairs;              /* the ovector pairs kept: the pattern's groups and the match */
    uint8_t last;                /* the shape that took the last line */
    uint8_t next[FD_MEMO_N];     /* the one that took the line after each last time */
    uint8_t fresh;               /* the one to replace next when all are kept */
    int off;                     /* heads seldom repeat: nothing more is kept */
    unsigned long kept, hits, misses;
    pcre2_match_data *md;        /* for the head's match */
    fd_memo_ent e[FD_MEMO_N];
} fd_memo;

/* Does the step at s differ from the head's t (a digit where d)? Equal
 * where the head had no digit, a digit where it had one. */
static inline int fd_memo_miss(const char *s, const unsigned char *t, const unsigned char *d)
{
#if defined(__SSE2__)
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i eq = _mm_cmpeq_epi8(x, _mm_load_si128((const __m128i *)(const void *)t));
    __m128i dg = _mm_cmpeq_epi8(
        _mm_subs_epu8(_mm_sub_epi8(x, _mm_set1_epi8('0')), _mm_set1_epi8(9)), _mm_setzero_si128());
    dg = _mm_and_si128(dg, _mm_load_si128((const __m128i *)(const void *)d));
    return _mm_movemask_epi8(_mm_or_si128(eq, dg)) != 0xffff;
#else
    uint64_t w, tw, dw;
    memcpy(&w, s, 8);
    memcpy(&tw, t, 8);
    memcpy(&dw, d, 8);
    uint64_t y = w ^ tw, g = y & dw;
    /* where a digit: its byte ^ '0' below 10 */
    return ((y & ~dw) | ((g | ((g & 0x7f7f7f7f7f7f7f7full) + 0x7676767676767676ull)) &
                         0x8080808080808080ull)) != 0;
#endif
}

/* Has s (at least e->m bytes) e's shape? Its last step first: a head's
 * end (a trace's direction and length) tells its shapes apart, its start
 * (a stamp) seldom. */
static inline int fd_memo_takes(const fd_memo_ent *e, const char *s)
{
    unsigned l = e->ns - 1u;
    if (fd_memo_miss(s + e->m - FD_MEMO_STEP, e->tb + l * FD_MEMO_STEP, e->db + l * FD_MEMO_STEP))
        return 0;
    for (unsigned k = 0; k < l; k++)
        if (fd_memo_miss(s + k * FD_MEMO_STEP, e->tb + k * FD_MEMO_STEP, e->db + k * FD_MEMO_STEP))
            return 0;
    return 1;
}

/* The ovector (mo->pairs pairs) a kept shape gives s[0..n), NULL none.
 * The shape that took the line after the last one's does last time is
 * asked first (a trace's lines go in turns: a command, its answer). */
static inline const PCRE2_SIZE *ats_fd_memo_find(fd_memo *mo, const char *s, size_t n)
{
    unsigned g = mo->next[mo->last];
    if (g < mo->n && n >= mo->e[g].m && fd_memo_takes(&mo->e[g], s)) {
        mo->last = (uint8_t)g;
        mo->hits++;
        return mo->e[g].ov;
    }
    for (unsigned j = 0; j < mo->n; j++)
        if (j != g && n >= mo->e[j].m && fd_memo_takes(&mo->e[j], s)) {
            mo->next[mo->last] = (uint8_t)j;
            mo->last = (uint8_t)j;
            mo->hits++;
            return mo->e[j].ov;
        }
    /* a memo that takes fewer lines than it is asked about costs more than
     * it saves: no more asked */
    if (++mo->misses > 64 && mo->misses > mo->hits)
        mo->n = 0, mo->off = 1;
    return NULL;
}

/* A line of a shape mo keeps: pat's match set in ov (pat's match data's
 * ovector), the payload's end as ats_fd_match_lf_free sets it; 0 when no
 * kept shape takes it, or an LF inside its payload leaves the answer to
 * the pattern as written (then ats_fd_match_memo). Inline: a trace's every
 * line asks, and a call's registers were a tenth of the answer. */
static inline int ats_fd_memo_hit(const fd_pat *pat, fd_memo *mo, PCRE2_SIZE *ov, const char *s,
                                  size_t n, int lf_free)
{
    const PCRE2_SIZE *kept = ats_fd_memo_find(mo, s, n);
    if (!kept)
        return 0;
    int g = pat->rest_group;
    size_t end = n;
    if (g > 0 && kept[2 * g] != PCRE2_UNSET && !lf_free) {
        const char *lf = memchr(s + kept[2 * g], '\n', n - kept[2 * g]);
        if (lf && lf != s + n - 1)
            return 0;
        end = lf ? n - 1 : n;
    }
    for (uint32_t i = 0; i < 2 * mo->pairs; i += 2) {
#if defined(__SSE2__)
        _mm_storeu_si128((__m128i *)(void *)(ov + i),
                         _mm_loadu_si128((const __m128i *)(const void *)(kept + i)));
#else
        ov[i] = kept[i];
        ov[i + 1] = kept[i + 1];
#endif
    }
    if (g > 0 && kept[2 * g] != PCRE2_UNSET)
        ov[2 * g + 1] = ov[1] = end;
    return 1;
}

/* May a memo keep pattern source p's matches: no literal digit outside a
 * quantifier, no class holding some digits only, no back-reference, no
 * byte by number, no look-behind, verb or extended mode? */
int ats_fd_digit_blind(const char *p);
/* A memo for pat's matches (ovectors of at most nov pairs); *out NULL
 * when pat can have none (not anchored, not digit-blind, too many groups).
 * -1 out of memory. */
int ats_fd_memo_new(const fd_pat *pat, uint32_t nov, fd_memo **out);
void ats_fd_memo_free(fd_memo *mo);
/* Keeps the shape of s[0..n) that pat matched with ovector ov (before the
 * payload's end was set), when the match looked at its head only. */
void ats_fd_memo_keep(fd_memo *mo, const fd_pat *pat, pcre2_match_context *mc, const char *s,
                      size_t n, const PCRE2_SIZE *ov);

/* The byte pairs of s[0..n) as a 256-bit set, and those a pattern cannot
 * match without (their count; 0: none certain). A line whose set lacks one
 * the pattern needs cannot match it. */
void ats_fd_pairs(const char *s, size_t n, uint64_t out[4]);
int ats_fd_need(const char *pat, fd_need *need);
/* ats_fd_need() of each built-in pattern, found by the build (cmake/jsonpack.c
 * --patterns): entry i is ats_re_pre_table[i]'s */
typedef struct ats_need_pre {
    int rc;
    fd_need need;
} ats_need_pre;
extern const ats_need_pre ats_need_pre_table[];
static inline int ats_fd_may(const fd_pat *pat, const uint64_t *pairs)
{
    if (!pairs || !pat->has_need)
        return 1;
    const fd_need *d = &pat->need;
    if ((pairs[0] & d->all[0]) != d->all[0] || (pairs[1] & d->all[1]) != d->all[1] ||
        (pairs[2] & d->all[2]) != d->all[2] || (pairs[3] & d->all[3]) != d->all[3])
        return 0;
    for (int c = 0; c < d->nany; c++)
        if (!((pairs[0] & d->any[c][0]) | (pairs[1] & d->any[c][1]) |
              (pairs[2] & d->any[c][2]) | (pairs[3] & d->any[c][3])))
            return 0;
    return 1;
}

/* The parts of a time a line carried (before turning them into ats_time). */
typedef struct fd_tparts {
    int have;                    /* 0 none; 1 time of day; 2 date and time; 3 relative */
    int year, month, day, h, m, s;
    int64_t us;                  /* fraction, or the whole relative time */
} fd_tparts;

typedef enum fd_side { FD_SIDE_TX = 1, FD_SIDE_RX, FD_SIDE_UNKNOWN, FD_SIDE_A, FD_SIDE_B } fd_side;

typedef struct fd_dirmap {
    char *token;
    size_t len;
    fd_side side;
} fd_dirmap;

/* What a rule's bytes are when the trace is of a CMUX multiplexer (cmux.h):
 * one frame's information field (the header line names DLCI and type), or
 * the raw 27.010 byte stream of its direction, frames to be found in it
 * (switch: a stream that starts as plain AT, before the first frame). */
typedef enum fd_cmux { FD_CMUX_NONE = 0, FD_CMUX_FRAME, FD_CMUX_STREAM, FD_CMUX_SWITCH } fd_cmux;

/* One entry of a rule's "lookup" table: a payload printed as the key is read
 * as the value (atat's CmeError(NotAllowed) is the wire's +CME ERROR: 3). */
typedef struct fd_lookup {
    char *key;
    size_t klen;
    char *val;
    size_t vlen;
} fd_lookup;

typedef struct fd_rule {
    char *name;
    char *source;                /* "<format>: <rule>", a host-log record's source */
    fd_pat pat;
    int host_log;
    fd_side side;                /* fixed side, or 0 when dir_map decides */
    fd_dirmap *map;
    size_t nmap;
    fd_decoder dec;
    unsigned char *suffix;       /* bytes after the record (a CR the trace hides) */
    size_t nsuffix;
    unsigned char *prefix;       /* bytes before the payload (an AT the trace leaves out) */
    size_t nprefix;
    /* continuation lines */
    fd_pat cont;                 /* code NULL: none */
    fd_decoder cont_dec;
    int cont_until_rule;         /* every line no rule matches continues the record */
    int cont_keep_lines;         /* a continuation's bytes carry its own line (a reply
                                    printed as it came, line by line), not the record's */
    fd_pat stop;                 /* ... unless it matches this (another log line's header) */
    fd_pat first;                /* ... and only where the line right after the record's
                                    first matches this (CircuitPython FONA's multi-line read
                                    ends in an LF: an empty line after its first; after a
                                    one-line read, bare lines are the script's prints) */
    fd_pat end;                  /* the record's last line (its (?<payload>) is kept); also
                                    tried on the first line's payload */
    unsigned char *join;         /* bytes between continuation lines (a lost LF) */
    size_t njoin;
    unsigned max_lines;
    int cumulative;              /* a record repeats the previous one and adds to it */
    fd_pat strip;                /* removed from the payload before decoding */
    fd_pat breaks;               /* "line_breaks": each match is a line end the log joined
                                    (smsd turns an answer's line ends into blanks): CR LF */
    int keep_cr;                 /* a CR at the line's end is payload */
    int suffix_eolless;          /* the suffix only while the rule's side has named no line
                                    end (<CR>, <LF>) in a payload: a terminal that shows its
                                    line ends shows each, and a side that never showed one
                                    (the display's "show EOL" off) ends a line at each line */
    int suffix_crless;           /* the suffix only while the trace has shown no CR in a
                                    keep_cr payload (a paste that took its CRs out): a
                                    trace that keeps them ends a line without one where
                                    its logger added the line end */
    /* The library printed a line of its own in the middle of one the wire
     * was still sending (TinyGSM's waitResponse print after "+CGREG:", the
     * " 0,0" on the next line): the payload is the start of a wire line
     * whose rest is on the trace's next line, so no line end follows it, and
     * what the line holds after the payload is a host-log record. */
    int goes_on;
    /* The library's verdict on a line the wire sent (FreeRTOS-Cellular's
     * "Final AT response is SUCCESS [OK]"): its payload is that line, read
     * only when the trace did not print the line itself as the last one of
     * its direction since the other side spoke (a build or a log level that
     * prints the verdict without the line read). */
    int verdict;
    /* The tool keeps the reply's lines glued into one (WncController's
     * mdmGetline() drops CR and LF): a reply that opens with the command
     * just sent holds its echo first, a line of its own. */
    int echo_glued;
    /* Each record is one whole write of the host's (mgos pppos's ">> %s"
     * before every mgos_uart_write()): a line it leaves open, the escape
     * "+++" written with no line end, ends with the record instead of
     * running into the next write's "AT". */
    int whole_write;
    /* A host_log line of the tool saying the command it was given never
     * went out (atcom's "[ERR] Couldn't find any available port"): the
     * command before it, unanswered, is no transaction. */
    int not_sent;
    /* A host_log line of the library saying it stopped waiting for the
     * open command's answer (ATCmdParser's "AT(Timeout)"): that command
     * closes there, and a line after it is no answer of it. */
    int gave_up;
    /* A host_log line of the library saying it dropped what it had read
     * without logging it (SMSLib's "clearBuffer() called."): the open
     * command's answer may have been read there, so its lack is not the
     * module's silence. */
    int flushes;
    /* A host_log line of the library saying the data session is over
     * (pppd's "Modem hangup", "Connection terminated."): the link is back
     * in command mode, though the module's NO CARRIER is not in the log. */
    int data_end;
    /* A host_log line of the library saying it sent a command it does not
     * print (atat's "Sending command with too long payload (n bytes) to
     * log!"): the answer that follows is that command's, not a report or
     * a final from nowhere. */
    int sent_unshown;
    /* A host_log line that heads the records after it (Node-RED's debug
     * sidebar: the debug node's name on the meta row, the payload on a line
     * of its own): the side its dir / dir_map gives is the side of the data
     * rules after it whose dir is unknown, up to the next heads line. */
    int heads;
    int signature;               /* counts for detection */
    char *signature_under;       /* NULL, or a wrapper's name: the rule counts for
                                    detection only where that layer was taken (Mbed's
                                    ATCmdParser arrows behind mbed-trace's prefix, the
                                    same arrows bare being Android's reference-ril's) */
    /* Detection only: a sample line this rule reads shows the input is not
     * this format (a modem's answer in what would be a list of commands
     * sent by no one); a sample without a line of a required rule is not
     * it either (a command list's commands). */
    int refutes;
    int required;
    char **defer_to;             /* when these rules appear in the sample, this one is host-log */
    size_t ndefer;
    /* "wait_echo": deferred, the line waits for its echo (the first defer_to
     * rule's line with the same payload: then host-log) while lines that
     * match `pass` come (the previous command's late final, an empty line);
     * any other line, or the end, reads it after all (the module did not
     * echo it: ATE0). wait_rule: that defer_to rule's index */
    int wait_echo, wait_rule;
    fd_pat wait_pass;
    /* its "answerless": the commands whose only answer is a final (V.250's
     * AT, ATE0, ATZ): a line no final while one of them waits is a report
     * the driver read while waiting (a boot's RDY), not its answer */
    fd_pat wait_answerless;
    fd_cmux cmux;
    char **after;                /* once a line of these rules was read, this one is host-log */
    size_t nafter;
    unsigned after_mask;         /* ... their indexes (rules 0..31) */
    /* "repeats": a record may open with the whole previous record, or its
     * end, when that one was of these rules and on the line right before
     * (PicoLTE prints its reply list again each time a read adds to it,
     * until the final result ends the call): the repeat is dropped */
    char **repeats;
    size_t nrepeats;
    unsigned repeats_mask;       /* ... their indexes (rules 0..31) */
    /* "lookup": the library printed a name for what the wire carried (an
     * enum's Debug name, its Display text); the table, the library's own,
     * gives the wire's text back. A payload not in it stands as printed. */
    fd_lookup *lookup;
    size_t nlookup;
} fd_rule;

typedef enum fd_kind { FD_TRACE = 0, FD_WRAPPER } fd_kind;
/* A stamp layer is a tool's time stamp on every line of a whole log (moreutils
 * ts): taken off only where reading the lines without it reads more, for
 * the C readers and each definition alike (fmt_detect.c stamp_pass()). */
typedef enum fd_layer { FD_LAYER_STRUCTURAL = 0, FD_LAYER_PREFIX, FD_LAYER_STAMP } fd_layer;

typedef struct fd_def {
    fd_kind kind;
    char *name, *title, *detects_on, *source, *path;
    int user;                    /* the user's (--format-def, the config folder), not
                                    built in: it wins a detection tie (input.c choose()) */
    ats_format_info info;
    /* what the tool does not show of the modem's side ("shows"): ATS_HIDES_*;
     * the C readers show everything the bytes hold */
    unsigned hides;
    /* "omits_commands": why the tool does not print every command the host
     * sends (NULL: it prints them all), and the rules
     * (bit k: rule k) whose lines in the sample show that it printed them */
    char *omits_why;
    unsigned omits_unless;
    /* trace */
    fd_rule *rules;
    size_t nrules;
    int other_data;              /* a line no rule matches is data (undirected) */
    unsigned script_lines;       /* the patterns of formats/tables/script-lines.json
                                    (bit k: pattern k) whose lines its real logs carry
                                    (pppd chat's log, a shell transcript, a Python REPL):
                                    a sample showing one of them is not refused for it */
    int script_strict;           /* "script_lines": "none": any such line refuses it, even
                                    where a log beside the script gives finals to read
                                    (riot-at-shell: its shell's send lines are a script's) */
    fd_decoder other_dec;
    fd_pat glue;                 /* splits "OKAT+CPIN?" and "text...AT+X" */
    int g_final, g_text, g_rest; /* its groups, numbered once at load */
    int sides_by_content;        /* dir_map values a/b: the side that sends AT is the host */
    unsigned min_signature;      /* signature lines the sample must show (default 2) */
    /* lines a terminal's width or a paste cut in two: the next line is
     * their rest, joined to them before the rules see it, unless it starts
     * a record itself ("cut": the line ended before its data did) or, for
     * "text", continues the open record (it ended in a column that only
     * repeats the data, such as a hexdump's ASCII); "prefix": a line of the
     * log's own that no data rule reads is joined to a next line that does
     * not start like one when the two together are read by a data rule
     * (a record's title cut short) */
    fd_pat wrap_cut, wrap_text, wrap_prefix;
    int maxgroups;
    /* wrapper */
    fd_layer layer;
    fd_pat match;                /* (?<body>) and time groups */
    fd_pat drop;                 /* lines that are the wrapper's own (fences) */
    /* of the lines "drop" takes, those that open and those that close a
     * block the log stands in (a fence, Jira's {code}, BBCode's [code]): a
     * line both take is the same tag either way ("```", "{noformat}") */
    fd_pat block_open, block_close;
    fd_pat remove;               /* removed wherever found (colour codes) */
    char *replace_with;          /* remove's matches are replaced by this PCRE2
                                    extended substitution instead (HTML
                                    entities: one pass, so "&amp;lt;" stays "&lt;") */
    size_t replace_with_len;     /* its length, taken at load: peeling a line is hot */
    fd_pat continued;            /* (?<body>): a line that goes on with the previous
                                    one's message (journalctl's indented rest of a
                                    multi-line message) */
    int any;                     /* applies where it matches, no majority needed */
    int repeat;                  /* may be taken again under itself (a quote of a quote) */
    int prose_around;            /* its share also judged over the lines from the first
                                    that carries it to the last: a post's prose before and
                                    after the block (a forwarded mail's header, its sign-off)
                                    counts neither for nor against */
    double at_share;             /* > 0: taken where the lines it matches are that share of
                                    the sample's lines that look like AT traffic (a post's
                                    inline code around each log line, its prose bare) */
    unsigned session;            /* > 0: taken only where its bodies hold that many command
                                    lines and as many final results, whole (a session's
                                    lines behind comment marks, not code that names a
                                    command in its comments) */
    double answered;             /* > 0: taken only where, of its bodies that open with a
                                    command, more than that share hold a modem's answer
                                    after it (a final, a +NAME: line, the echo): a
                                    session's table, not an API's */
    int md_block;                /* a Markdown indented code block: also taken where its
                                    lines stand in blocks between prose paragraphs */
    int csv_cell;                /* the body is a CSV cell's text inside its quotes (an
                                    export's message column): each "" is one quote */
    int json_string;             /* the body is a JSON string's text inside its quotes (a
                                    pretty-printed export's "message": "..." line): its
                                    escapes are taken back */
    int c_string;                /* the body is a C or Python string literal's text inside
                                    its quotes (a list literal's item): its backslash
                                    escapes taken back, a quote of the other kind as it is */
    fd_pat time_line;            /* a line of the wrapper's own whose time groups give
                                    the next body's time (a JSON export's "@timestamp"
                                    line before its "message" line) */
    /* a JSON document's lists of bodies (a notebook's "text": [ ... ] of an
     * output): a line list_open matches is the wrapper's own and opens a
     * list; while it is open, each line list_item matches is a body (its
     * (?<body>)), and the first that does not closes it (nbformat writes an
     * item a line and nests no list in one: a flag is all the state) */
    fd_pat list_open, list_item;
    fd_pat marker;               /* a line one of the sample's lines must be for the layer
                                    to be taken (a document's own key: a notebook's
                                    "cell_type"), where its bodies' shape is common */
    fd_pat refuted_by;           /* a line none of the sample's lines may be for the layer
                                    to be taken (a manual's table header: Command |
                                    Response | Description), where its bodies' shape is
                                    a session's too */
    int split_lines;             /* a body's line ends (a JSON string's \n once decoded)
                                    end lines: each piece is read as a line of its own,
                                    at the wrapper's line (ats_peel_next) */
    int ticking;                 /* its (?<ms>) is a tick count (MicroPython's
                                    time.ticks_ms()): taken only where the counts never go
                                    down and are no line numbers (fmt_detect.c ticks_hold()) */
    int counting;                /* its (?<num>) counts up by one from line to line (an
                                    editor's line numbers): only such lines carry it */
    /* "one_source": the lines name their writer ((?<src>): a compose service,
     * a pod), several writers interleaved; only the writer whose lines look
     * most like AT traffic in the sample is the trace, the others' lines are
     * set aside (fmt_detect.c source_of()) */
    int one_source;
    /* "own_lines": the lines its "drop" takes are a tool's own (a terminal's
     * banner and status lines), another writer's than the modem's: the
     * layer explains them as one_source's set-aside lines, and is kept
     * wherever it dropped one */
    int own_lines;
    /* "json": each line one JSON object, the log line in the first of the
     * json_body fields it has (fmt_json.c); json_src names the writer,
     * json_time_us the time in microseconds since the epoch */
    char **json_body;
    size_t njson_body;
    /* json_unless: fields whose presence says the object is a structured
     * log line carrying the traffic in a field of its own, which the trace
     * definitions read whole: not this layer's */
    char **json_unless;
    size_t njson_unless;
    char *json_src, *json_time_us;
    double min_ratio;
} fd_def;

struct ats_formatset {
    fd_def **defs;
    size_t n, cap;
    /* formats/tables/script-lines.json: a line of a script or a program's
     * source, never a session's; compiled once a set, asked by detection */
    fd_pat *script;
    size_t nscript;
    /* formats/tables/tool-lines.json: a line a terminal, a shell or a REPL
     * prints around a session, never the modem's (ats_formatset_tool_line) */
    fd_pat *tool;
    size_t ntool;
    /* formats/tables/prefix-times.json: a time stamp before a trace line's
     * payload, for a rule that read the line with no time (reader_trace.c) */
    fd_pat *stamp;
    size_t nstamp;
    pcre2_match_context *mctx;
};

/* A set with the built-ins, or empty (the definition fuzzer's: one
 * definition a run, not all of them). */
int ats_fd_set_new(ats_formatset **out, int builtins, ats_error *err);

/* Built-in definition i (detection order): its name, JSON text and the
 * values the build packed from it (cmake/jsonpack.c); 0 past the last. */
int ats_fd_builtin_at(size_t i, const char **name, const char **json, size_t *len,
                      const unsigned char **packed, size_t *packed_len);

/* The code to run pat with: JIT-compiled on first use (see fd_pat.jcode). */
pcre2_code *ats_fd_code(const fd_pat *pat);
/* The code detection runs pat with: PCRE2's interpreter until the pattern
 * has run FD_JIT_AFTER times in this process, then its JIT code (made
 * then). Compiling a pattern to JIT costs about as much as that many
 * interpreted matches: a small capture's detection, which tries ~400
 * patterns on a few lines each, made JIT code for every one it tried (60M
 * instructions on a 1000-line sample), while a run over many captures
 * still gets JIT code for the patterns it runs most. */
#define FD_JIT_AFTER 64
pcre2_code *ats_fd_code_tiered(const fd_pat *pat);
/* pat matched as ats_fd_code_tiered() runs it */
int ats_fd_match_tiered(const fd_pat *pat, pcre2_match_data *md, pcre2_match_context *mc,
                        const char *s, size_t n);
/* Matches pattern pat at s[0..n); >0 match. */
int ats_fd_match(const fd_pat *pat, pcre2_match_data *md, pcre2_match_context *mc, const char *s,
             size_t n);
/* The same by PCRE2's interpreter, with no JIT code made: the samples a
 * definition carries are read so at load, and detection reads a short
 * sample so (fmt_detect.c). */
int ats_fd_match_interp(const fd_pat *pat, pcre2_match_data *md, pcre2_match_context *mc,
                        const char *s, size_t n);
/* The same for s known to hold no LF (rd_ctx.line_lf_free): a "(?<payload>.*)$"
 * pattern's payload then runs to the end without a look for one. */
int ats_fd_match_lf_free(const fd_pat *pat, pcre2_match_data *md, pcre2_match_context *mc,
                         const char *s, size_t n, int lf_free);
/* The same, keeping the line's shape in memo (NULL: none) when it matches:
 * what a line ats_fd_memo_hit did not answer is matched with. */
int ats_fd_match_memo(const fd_pat *pat, fd_memo *memo, pcre2_match_data *md,
                      pcre2_match_context *mc, const char *s, size_t n, int lf_free);
int ats_fd_group(pcre2_match_data *md, int g, const char *s, ats_span *out);
/* The time parts of the last match, if the pattern has time groups. */
void ats_fd_time_parts(const fd_pat *pat, pcre2_match_data *md, const char *s, fd_tparts *out);
/* The same from a match's ovector (ov, nov pairs) a caller keeps at hand:
 * a trace reads a time on every line, and the two calls into the library
 * to find the ovector were a tenth of it. */
void ats_fd_time_parts_ov(const fd_pat *pat, const PCRE2_SIZE *ov, uint32_t nov, const char *s,
                          fd_tparts *out);
/* A side token -> side, by the rule's map (exact, then case-insensitive). */
fd_side ats_fd_rule_side(const fd_rule *r, const char *tok, size_t n);
/* The payload p[0..n) less the rule's "strip" matches, or with its
 * "line_breaks" matches made CR LF (a rule has one or the other), into out
 * (*outlen bytes of room; the length written on return): 1 when something
 * was changed, 0 when the payload stands as it is (neither key, no match, or
 * no room). One place for the reader and the samples' check at load. */
int ats_fd_strip(const fd_rule *r, pcre2_match_data *md, pcre2_match_context *mc, const char *p,
                 size_t n, unsigned char *out, size_t *outlen);
/* The rule's "lookup" value for the payload p[0..n) into *out: 1 when the
 * table has it, 0 when the payload stands as it is. */
int ats_fd_lookup(const fd_rule *r, const char *p, size_t n, ats_span *out);

/* A JSON string's text (between its quotes) as it was before escaping: out
 * (room for n bytes: an escape is never shorter than what it stands for)
 * gets p with \" \\ \/ \b \f \n \r \t and \uXXXX (UTF-8, a surrogate
 * pair as one code point) taken back; a malformed escape is kept as it
 * came. Several strings of a list, from inside the first's quote to inside
 * the last's ("a\n", "b\n"), are joined: an unescaped quote and the
 * comma and blanks up to the next quote are left out. Its length. */
static inline unsigned ats_fd_hex4(const char *p)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        unsigned d = c >= '0' && c <= '9'   ? (unsigned)(c - '0')
                     : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                     : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10)
                                            : 16u;
        if (d > 15)
            return 0x110000;
        v = v * 16 + d;
    }
    return v;
}

static inline size_t ats_fd_json_string(const char *p, size_t n, char *out)
{
    static const char esc[] = "\"\\/bfnrt", val[] = "\"\\/\b\f\n\r\t";
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '"') {
            size_t j = i + 1;
            while (j < n && (p[j] == ' ' || p[j] == ',' || p[j] == '\t'))
                j++;
            if (j < n && p[j] == '"') {
                i = j;
                continue;
            }
        }
        if (p[i] != '\\' || i + 1 >= n) {
            out[k++] = p[i];
            continue;
        }
        const char *e = memchr(esc, p[i + 1], sizeof esc - 1);
        if (e) {
            out[k++] = val[e - esc];
            i++;
            continue;
        }
        unsigned cp = p[i + 1] == 'u' && i + 6 <= n ? ats_fd_hex4(p + i + 2) : 0x110000;
        size_t used = 6;
        if (cp >= 0xD800 && cp < 0xDC00 && i + 12 <= n && p[i + 6] == '\\' &&
            p[i + 7] == 'u') {
            unsigned lo = ats_fd_hex4(p + i + 8);
            if (lo >= 0xDC00 && lo < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                used = 12;
            }
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) {
            out[k++] = p[i];
            continue;
        }
        if (cp < 0x80) {
            out[k++] = (char)cp;
        } else if (cp < 0x800) {
            out[k++] = (char)(0xC0 | (cp >> 6));
            out[k++] = (char)(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out[k++] = (char)(0xE0 | (cp >> 12));
            out[k++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            out[k++] = (char)(0x80 | (cp & 0x3F));
        } else {
            out[k++] = (char)(0xF0 | (cp >> 18));
            out[k++] = (char)(0x80 | ((cp >> 12) & 0x3F));
            out[k++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            out[k++] = (char)(0x80 | (cp & 0x3F));
        }
        i += used - 1;
    }
    return k;
}

/* A CSV cell's text as it was before RFC 4180 quoting doubled its quotes:
 * out (room for n bytes) gets p with each "" halved; its length. */
static inline size_t ats_fd_csv_cell(const char *p, size_t n, char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        out[k++] = p[i];
        if (p[i] == '"' && i + 1 < n && p[i + 1] == '"')
            i++;
    }
    return k;
}

#endif
