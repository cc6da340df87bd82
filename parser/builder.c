/* builder.c - lines -> transactions, URCs, data, annotations, unparsed.
 *
 * A pure state machine fed one line at a time. Open state is bounded: one
 * transaction waiting for its final result (and one before it held for its
 * late answer, late_txn), at most max_pending_async transactions waiting for
 * an asynchronous completion, one data-mode stretch and one retry chain. Classification order for a modem line follows the
 * spec: data mode first, then the pending command's final, its completion
 * patterns, its own responses, the profile's URC table, then shapes. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

typedef struct sitem {          /* an item whose text lives in an arena */
    size_t off, len;
    uint64_t line, offset;
    ats_time time;
    unsigned flags;
    int set;
} sitem;

typedef enum otx_state {
    OTX_WAIT_FINAL = 0,
    OTX_WAIT_COMPLETION
} otx_state;

#define ID_MAX 24
#define NORM_MAX 256
#define MAX_URC_IDS 64

/* the bytes of the text line before a fence that run_words reads */
#define LEAD_MAX 256

typedef struct otx {
    otx_state state;
    ats_txn t;
    ats_buf arena;
    sitem command, final, prompt, completion;
    sitem *resp;
    size_t nresp;
    size_t nurc;
    size_t code_off, code_len;   /* final code, in arena */
    size_t npreview;
    int pay_loose;               /* a payload piece came whose count is not the wire's in a
                                    lossy format (no ATS_LF_LEN_EXACT) */
    size_t eol_tail;             /* the last payload piece ended with this many line-end
                                    bytes, more may follow (ATS_LF_PAYLOAD_EOL); 0 none */
    int64_t block_declared;      /* the command's argument a data_block's length_arg names
                                    (HL78 AT+KTCPRCV=1,<ndata>), -1 none */
    int quoted;                  /* the command line ended inside a quoted string: its
                                    next lines are the string's (ATS_FRAME_PAYLOAD_QUOTE) */
    int quote_first;             /* ... and the first of them is still to be judged */
    int resp_open;               /* the last line was a response that ended inside a
                                    quoted string (join_response) */
    const ats_pcmd *pc;          /* the entry deciding async / prompt */
    const ats_pcmd *pcs[ATS_MAX_SUBCMDS];
    size_t nown;
    char idv[ID_MAX];            /* socket/context id argument */
    size_t idlen;
    int has_id;
    int touched;                 /* waiting, and another command on its id was sent */
    int query;
    size_t normlen;
    const char *cl_base;         /* the text the spans of cl point into */
    int rx_set;                  /* sets the receive format on OK */
    char rx_mode[8];
    int cm_set;                  /* sets the connection mode on OK */
    char cm_mode[8];
    int v_set;                   /* ATV0/ATV1: verbose on OK */
    int v_value;
    int e_set;                   /* ATE0/ATE1: echo on OK */
    int e_value;
    ats_dir dir;                 /* of the command line */
    size_t prose;                /* undirected, a title after it: where (ats_cmdline_prose_tail) */
    int placeholder;             /* undirected, a manual's "<n>" in it */
    int fenced;                  /* undirected, a markdown fence line right before it */
    int example;                 /* undirected, under a manual's "Example" heading */
    int run_said;                /* ... and the line before that fence says the reporter
                                    ran it (it hangs here:): no README example */
    int not_sent;                /* the tool said, before any answer, it never sent it */
    sitem gave_up;               /* the library's line saying it stopped waiting */
    struct otx *next_free;
    /* Below: arrays whose used length is kept above, so a reused otx need
     * not clear them (thousands of bytes per transaction). */
    char big_start[1];
    /* undirected: where the line taken for the echo stood (a third copy
     * makes it the command sent again, echo_again()); set with
     * ATS_TF_ECHO, read only under it (not cleared with the rest) */
    uint64_t echo_line, echo_off;
    ats_time echo_time;
    size_t nwaiting;             /* (cleared by hand: not worth its own field above) */
    ats_waiting waiting[ATS_MAX_WAITING];
    char wtext[ATS_MAX_WAITING][4][96];
    uint64_t urc_ids[MAX_URC_IDS];
    char preview[256];
    char own[ATS_MAX_SUBCMDS][32]; /* sub-command names, for "own response" */
    char norm[NORM_MAX];
    ats_cmdline cl;              /* parsed once; spans rebased onto the arena at emit */
} otx;

typedef enum bmode { B_LINES = 0, B_PAYLOAD, B_DATA } bmode;

/* Channels of a multiplexed capture with a command open besides the
 * current one's (CMUX allows 63 DLCIs; a host uses a few: AT, PPP, GNSS). */
#define MUX_PARKED 8

/* Bounds of the sentences set aside (past them, they are responses). */
#define ASIDE_LINES 16
#define ASIDE_BYTES 4096

/* Commands shown answered that a later write may pair with. */
#define SHOWN_MAX 64

/* Short equal-length compare, inline: a libc memcmp call per line cost more
 * than the trie walk it spares. */
static inline int same_bytes(const char *a, const char *b, size_t n)
{
    for (; n >= 8; a += 8, b += 8, n -= 8) {
        uint64_t x, y;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        if (x != y)
            return 0;
    }
    while (n--)
        if (*a++ != *b++)
            return 0;
    return 1;
}

/* What a line's bytes alone say of it, for a repeat (see internal.h,
 * ats_line_key): a fence, a manual's line, a page's furniture. Asked of
 * every text line and each up to ~60 instructions (the furniture test
 * scans a line for a column gap), they cost a lookup on the short lines a
 * capture repeats ("OK", "+CSQ: 26,99"). Each answer is kept when first
 * asked (-1 until then). */
#define FACT_SLOTS 256u

typedef struct fact_ent {
    uint64_t hash;               /* 0: empty */
    uint64_t words[ATS_LINE_KEY_MAX / 8];
    unsigned char len;
    signed char fence, doc, furniture;
} fact_ent;

typedef struct urc_cache_ent {
    unsigned char len;           /* path bytes in key; 0 = empty slot */
    char key[31];
    int node;
    int16_t ncand, cand[7];
} urc_cache_ent;

struct ats_builder {
    const ats_profile *p;
    /* the line fed before this one, and this one, were markdown fence lines
     * (a README's one-line example: fenced_example) */
    int prev_fence, cur_fence;
    fact_ent *facts;             /* FACT_SLOTS; NULL: none */
    fact_ent *fact;              /* the current line's, NULL: none */
    const char *fact_ptr;        /* the current line's bytes (fact is theirs) */
    size_t fact_len;
    const ats_keyed_line *keyed;     /* the stage before's key of its line (NULL none) */
    /* a manual's structure seen in an undirected capture (doc_line): its
     * headings, parameters described, syntax with <placeholders> read as
     * help text; and whether the lines now are under its "Example" heading */
    uint64_t doc;
    /* of those, the rows of a table of commands: command and answer on one
     * line (a markdown-table or html-markup row) */
    uint64_t doc_rows, doc_row_line;
    int example;
    /* inside a fence (fence lines seen an odd number of times); whether
     * the line before the fence opened says a command was run and got
     * nothing (run_words); the fence state a held line had when it was
     * held (its replay comes after the next line moved them on); and the
     * last line with text, for run_words when a fence opens after it */
    int in_fence, fence_run, hold_fence, hold_fence_run;
    char lead[LEAD_MAX];
    size_t nlead;
    ats_builder_opts o;
    unsigned hides;              /* what the capture's tool does not show (ATS_HIDES_*) */
    ats_record_cb cb;
    void *user;
    ats_mode_cb mode_cb;
    void *mode_user;
    pcre2_match_data *md;
    uint64_t next_id;
    otx *cur;
    /* the host library gave up on the last command (gave_up) and no
     * command was sent since: the next final result is the module's late
     * answer to it, not a final from nowhere */
    int late_open;
    /* the library said it sent a command it does not print (sent_unshown):
     * the modem's lines up to a final result are that command's answer */
    int unshown;
    /* the last command ended with no final result (the next command came,
     * or the library gave up): its name, while the next one has heard
     * nothing of its own. A line in that command's shape then, or (a
     * directed capture whose module echoes) a final before the next
     * command's echo, is its late answer, up to its final: the module
     * answers in order (late_cur: inside that answer) */
    char late_name[32];
    int late_cur;
    /* That command itself (status no-final), held instead of written while
     * late_for, the command sent after it, has heard nothing of its own:
     * its late answer joins it (late_join) and it is written at its final,
     * or with none once late_for hears its own (late_close). At most one:
     * bounded. late_chain: late_for's retry-chain step waits for it, so a
     * chain sees the outcome of the one sent first first. */
    otx *late_txn, *late_for;
    int late_chain;
    int echo_last;               /* directed: the last answered command was echoed */
    otx **pending;
    size_t npending;
    otx *free_list;
    bmode mode;
    uint64_t urc_data_left;      /* bytes a URC or an answer said follow it as received data */
    const char *end_mark;        /* while a mode hint is given: the bytes that end the payload
                                    or block before its length (ats_builder_end_mark) */
    size_t end_mark_len;
    int urc_data_eol;            /* ... and its last piece ended at a line end with more to
                                    come (ATS_LF_PAYLOAD_EOL): the next piece is judged */
    int urc_follow;              /* modem lines a URC said belong to it (+CMT's PDU) */
    /* announced data's first piece, line ends only (ATS_LF_PAYLOAD_EOL): the
     * data's own, or the line framing of a modem line that came instead; the
     * next piece decides (lead_out) */
    int lead_held;
    ats_line lead_line;
    char lead_buf[16];           /* its first bytes (the rest counted in lead_line) */
    int verbose;                 /* -1 unknown, 0 ATV0, 1 ATV1 */
    /* a final result in words closed a command: with no ATV0 seen, the
     * module answers verbose, and a bare digit is its text ("7" of
     * Particle's AT+MVER), not a numeric result code */
    int word_finals;
    int echo;                    /* -1 unknown, 0 ATE0, 1 ATE1 */
    /* Undirected: how this log has shown commands so far, the echo not off:
     * once (answered with no copy between: a terminal shows only the echo;
     * a command with no answer says nothing, the module may have been
     * booting) or twice (a host that logs what it sends, then the echo) */
    uint64_t shown_once, shown_twice;
    char rx_mode[8];             /* current receive format, "" unknown */
    char conn_mode[8];           /* connection mode (sets_mode), "" unknown */
    /* data mode stretch */
    int in_data;
    ats_data data;
    char data_preview[256];
    size_t data_npreview;
    int data_escape;
    int data_unshown;            /* the stretch began at its escape: a session the log did not show */
    ats_time last_tx_time;       /* of the host's previous data piece */
    /* the line that entered data mode (its CONNECT, the completion, the
     * command): where a stretch that logged no byte starts */
    uint64_t data_from_line, data_from_off;
    ats_time data_from_time;
    /* the host's command line ended data mode (host_command_after_data):
     * the modem's bytes read before it, still in the other direction's
     * framer without a line end, come next and are the session's last */
    int data_closing;
    ats_line data_end_line;
    char data_end_buf[96];
    /* retry chain */
    int chain_active;
    uint64_t chain_id;
    char chain_norm[NORM_MAX];
    size_t chain_normlen;
    char chain_cmd[NORM_MAX];
    size_t chain_cmdlen;
    unsigned chain_attempts;
    uint64_t chain_txns[64];
    size_t chain_ntxns;
    uint64_t chain_first, chain_last;
    int chain_last_failed;
    /* scratch for emitting */
    ats_item *items;
    ats_cmdline cl;
    int stopped;
    int16_t *cand;               /* URC candidates of a line (profile size) */
    /* URC candidates by the line's trie path: lines of one URC repeat it, and
     * the walk is a chain of dependent loads (a tenth of the parse) */
    urc_cache_ent ucache[16];
    /* lines of an undirected capture that read as a person's sentences where
     * an open command's responses would be: what follows them decides whose
     * they are (aside_out) */
    ats_line aside[ASIDE_LINES];
    size_t naside, aside_nbuf;
    char aside_buf[ASIDE_BYTES];
    /* Commands in flight on several multiplexer channels at once (CMUX: the
     * host sends AT+X on DLCI 1 and AT+Y on DLCI 2 before either answers):
     * cur is the open transaction of channel cur_ch; the other channels'
     * wait here. Bounded: past MUX_PARKED channels, the one parked longest
     * gives its command up (no final). */
    unsigned cur_ch;
    struct parked { unsigned ch; otx *o; bmode mode; } parked[MUX_PARKED];
    size_t nparked;
    /* Commands an undirected capture showed answered (the port's output, cat
     * /dev/ttyUSB2, echo on): a host write of the same command with no
     * answer of its own, later, is the other shell's line for one of them
     * (paired_write). Hashes of normalize()d text, oldest first. */
    /* a ring: the last SHOWN_MAX answered undirected commands, oldest at
     * shown_start (one added per such command of a capture: no moving) */
    uint64_t shown[SHOWN_MAX];
    unsigned char shown_used[SHOWN_MAX];
    size_t nshown, shown_start;
    /* a command line with no line end, held until something follows it */
    int held, replaying;
    ats_line hold_line;
    char *hold_buf;
    size_t hold_cap;
    /* the profile has finals that refuse the newest command ("busy"); held 8
     * holds a command sent while another waited, held 9 its echo too, here */
    int busy_finals, busy_replaying;
    ats_line echo_hold_line;
    char *echo_hold_buf;
    size_t echo_hold_cap;
};

/* ---------------------------------------------------------------- helpers */

static int up(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }

/* a markdown code fence: up to three blanks, then ``` or ~~~ */
static int fence_line(const char *p, size_t n)
{
    size_t i = 0;
    while (i < n && i < 3 && p[i] == ' ')
        i++;
    return n - i >= 3 && (!memcmp(p + i, "```", 3) || !memcmp(p + i, "~~~", 3));
}

enum { DOC_NONE, DOC_EXAMPLE, DOC_HEADING, DOC_PROSE };

/* s[i..] starts with w (lower case) in any case of its ASCII letters; the
 * length matched, 0 when it does not */
static size_t ci_at(const char *s, size_t n, size_t i, const char *w)
{
    size_t k = 0;
    while (w[k] && i + k < n &&
           (s[i + k] >= 'A' && s[i + k] <= 'Z' ? s[i + k] + 32 : s[i + k]) == w[k])
        k++;
    return w[k] ? 0 : k;
}

static int word_is(const char *s, size_t n, size_t i, const char *w, size_t *end)
{
    size_t k = ci_at(s, n, i, w);
    if (!k || (i + k < n && ((s[i + k] | 32) >= 'a' && (s[i + k] | 32) <= 'z')))
        return 0;
    *end = i + k;
    return 1;
}

/* What a line of a manual's or datasheet's text copied into a ticket is,
 * where no modem prints it: a heading of the manual's own (Quectel's and
 * SIMCom's "Test Command" / "Write Command" rows, "Parameter", "Maximum
 * Response Time"; u-blox's "Syntax", "Defined values"; Telit's
 * "Parameters:"; numbered or not, a colon after it or not), a parameter
 * described ("<cid>  Integer type. ..."), the "Example" heading, or a
 * sentence of prose (six words or more, from a letter) or a caption (a
 * line from a letter ending in a colon). A log pasted in a
 * ticket has none of these between its lines; they decide whether an
 * exchange under "Example" is the manual's (help text) or a session. */
static int doc_line(const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i == n || n - i > 160)
        return DOC_NONE;
    if (s[i] == '<') {
        size_t k = i + 1;
        while (k < n && k < i + 33 && s[k] != '>' && s[k] != '<')
            k++;
        if (k > i + 1 && k < n && s[k] == '>' && k + 2 < n && (s[k + 1] == ' ' || s[k + 1] == '\t'))
            return DOC_HEADING;
        return DOC_NONE;
    }
    /* a section's number: "5.9.2 ", "3.2.1. " */
    size_t j = i;
    while (j < n && ((s[j] >= '0' && s[j] <= '9') || s[j] == '.'))
        j++;
    if (j > i && j < n && s[j] == ' ') {
        while (j < n && s[j] == ' ')
            j++;
        i = j;
    }
    if (!((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'))
        return DOC_NONE;
    size_t e;
    /* the words below asked only where the line's first letter is theirs:
     * every undirected line from a letter (AT+CSQ, OK) comes here */
    char f0 = (char)(s[i] | 32);
    if (f0 == 'e' && (word_is(s, n, i, "example", &e) || word_is(s, n, i, "examples", &e))) {
        while (e < n && (s[e] == ' ' || (s[e] >= '0' && s[e] <= '9')))
            e++;
        if (e < n && s[e] == ':')
            e++;
        return e == n ? DOC_EXAMPLE : DOC_NONE;
    }
    /* a manual's rows ("Test Command", "Maximum Response Time") and its
     * headings alone on their line ("Parameter", "Defined values:"), by
     * the line's first letter */
    static const char *const rows[26][3] = {
        ['a' - 'a'] = {"action command"},
        ['e' - 'a'] = {"execution command", "exec command"},
        ['m' - 'a'] = {"maximum response time"},
        ['r' - 'a'] = {"read command"},
        ['s' - 'a'] = {"set command"},
        ['t' - 'a'] = {"test command"},
        ['w' - 'a'] = {"write command"},
    };
    static const char *const heads[26][4] = {
        ['d' - 'a'] = {"defined values"},
        ['p' - 'a'] = {"parameter", "parameters", "parameter description"},
        ['r' - 'a'] = {"reference"},
        ['s' - 'a'] = {"syntax"},
    };
    int L = f0 - 'a';
    for (size_t k = 0; k < 3 && rows[L][k]; k++)
        if (word_is(s, n, i, rows[L][k], &e))
            return DOC_HEADING;
    for (size_t k = 0; k < 4 && heads[L][k]; k++)
        if (word_is(s, n, i, heads[L][k], &e)) {
            if (e < n && s[e] == ':')
                e++;
            if (e == n)
                return DOC_HEADING;
        }
    /* a reporter's caption before the log ("My log:", "What I get:") ends
     * the example as a sentence does */
    if (s[n - 1] == ':')
        return DOC_PROSE;
    /* six words: s[i] starts the first, a blank before a non-blank each
     * other (the blanks found by memchr: a line of AT traffic has few) */
    size_t words = 1;
    for (const char *q = s + i, *end = s + n; words < 6;) {
        const char *sp = memchr(q, ' ', (size_t)(end - q));
        if (!sp || sp + 1 >= end)
            break;
        words += sp[1] != ' ';
        q = sp + 1;
    }
    return words >= 6 ? DOC_PROSE : DOC_NONE;
}

/* p[0..i) holds a word of condition or possibility at a word's start: a
 * manual's "if it hangs", "it may time out" is no one's run. */
static int hedged(const char *p, size_t i)
{
    static const char *const w[] = {"if ", "unless ", "may ", "might ", "can ", "could ",
                                     "should ", "will ", "would "};
    for (size_t a = 0; a < i; a++) {
        if (a && ((p[a - 1] | 32) >= 'a' && (p[a - 1] | 32) <= 'z'))
            continue;
        for (size_t k = 0; k < sizeof w / sizeof *w; k++)
            if (ci_at(p, i, a, w[k]))
                return 1;
    }
    return 0;
}

/* A reporter's words that a command was run and got nothing back ("it
 * hangs here:", "no response after", "stuck at", "times out"): a fenced
 * command alone then is their run, not a README's example. Words at a
 * word's start, any case, not after a condition (hedged). */
static int run_words(const char *p, size_t n)
{
    static const char *const w[] = {"hang",        "hung",          "stuck",       "freez",
                                    "timeout",     "timed out",     "times out",   "no response",
                                    "no answer",   "no reply",      "not respond", "n't respond",
                                    "never return", "never answer", "nothing back",
                                    "nothing comes back", "i sent",  "i send",      "we sent",
                                    "we send",     "after sending", "when sending"};
    for (size_t i = 0; i < n; i++) {
        if (i && ((p[i - 1] | 32) >= 'a' && (p[i - 1] | 32) <= 'z') && p[i] != '\'')
            continue;
        for (size_t k = 0; k < sizeof w / sizeof *w; k++)
            if (ci_at(p, n, i, w[k]))
                return !hedged(p, i);
    }
    return 0;
}

static otx *otx_get(ats_builder *b)
{
    otx *o = b->free_list;
    if (o) {
        b->free_list = o->next_free;
        ats_buf arena = o->arena;
        sitem *resp = o->resp;
        memset(o, 0, offsetof(otx, big_start));
        o->arena = arena;
        o->arena.len = 0;
        o->resp = resp;
        return o;
    }
    o = calloc(1, sizeof *o);
    if (!o)
        return NULL;
    ats_buf_init(&o->arena, b->o.max_txn_bytes);
    o->resp = calloc(b->o.max_responses, sizeof *o->resp);
    if (!o->resp) {
        free(o);
        return NULL;
    }
    return o;
}

static void otx_put(ats_builder *b, otx *o)
{
    o->next_free = b->free_list;
    b->free_list = o;
}

static void otx_destroy(otx *o)
{
    ats_buf_free(&o->arena);
    free(o->resp);
    free(o);
}

/* Copies a line's text into the transaction's arena; 0 on success, -1 when
 * the arena is full (the item is then kept with its position only). */
static int keep(otx *o, sitem *it, const ats_line *l, const char *p, size_t n)
{
    it->line = l->line;
    it->offset = l->offset;
    it->time = l->time;
    it->flags = l->flags;
    it->set = 1;
    it->off = o->arena.len;
    size_t rest = ats_buf_append(&o->arena, p, n);
    if (rest == (size_t)-1)
        return ATS_ENOMEM;
    it->len = n - rest;
    if (rest) {
        it->flags |= ATS_LF_TRUNCATED;
        return -1;
    }
    return 0;
}

static void touch(otx *o, const ats_line *l)
{
    if (l->line > o->t.last_line)
        o->t.last_line = l->line;
}

static int names_equal(const char *a, const char *b, size_t bn)
{
    return strlen(a) == bn && ats_ascii_casecmp(a, bn, b, bn) == 0;
}

/* "+NAME:" or "+NAME" prefix of a modem line, as a span. */
static ats_span line_name(const char *s, size_t n)
{
    ats_span r = {s, 0};
    if (n == 0)
        return r;
    switch (s[0]) {   /* "+^%$#*": a switch, not a strchr call a line */
    case '+': case '^': case '%': case '$': case '#': case '*':
        break;
    default:
        return r;
    }
    size_t i = 1;
    while (i < n && s[i] != ':' && s[i] != ' ' && s[i] != ',' && s[i] != '=')
        i++;
    r.len = i;
    return r;
}

/* A line named like the pending command ("+CREG: ..." during AT+CREG?) is
 * its answer, unless the profile gives the answer's shape and the line has
 * another: "+CREG: 1" is the URC, "+CREG: 0,1" the answer (module-families.md
 * 1.5, ModemManager's rule). */
static int is_own_response(ats_builder *b, const otx *o, const char *s, size_t n)
{
    ats_span nm = line_name(s, n);
    if (nm.len == 0)
        return 0;
    for (size_t k = 0; k < o->nown; k++)
        if (names_equal(o->own[k], nm.ptr, nm.len)) {
            const ats_pcmd *pc = o->pcs[k];
            if (pc && pc->response.code &&
                ats_re_match(&pc->response, b->md, b->p->mctx, s, n) <= 0)
                continue;
            return 1;
        }
    for (size_t k = 0; k < ATS_MAX_SUBCMDS; k++) {
        const ats_pcmd *pc = o->pcs[k];
        if (!pc)
            continue;
        for (size_t j = 0; j < pc->nresponses; j++)
            if (names_equal(pc->responses[j], nm.ptr, nm.len))
                return 1;
    }
    return 0;
}

static size_t normalize(char *out, size_t cap, const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < cap; i++)
        if (s[i] != ' ' && s[i] != '\t')
            out[k++] = (char)up((unsigned char)s[i]);
    return k;
}

/* Tells the framer(s) what comes next. A '>' is a prompt only while a
 * command that asks for one waits for its final result (CMGS text can take
 * several prompts). */
static void mode(ats_builder *b, ats_dir d, ats_frame_mode m, uint64_t n, int prompt)
{
    (void)prompt;
    int expect = b->cur && b->cur->pc && b->cur->pc->prompt && b->mode != B_DATA
                     ? b->cur->pc->prompt_char
                     : 0;
    if (b->mode_cb)
        b->mode_cb(b->mode_user, d, m, n, expect);
}

static int late_close(ats_builder *b);

static int deliver(ats_builder *b, const ats_record *r)
{
    if (b->stopped)
        return ATS_EUSER;
    /* a record the modem's line made (a URC, data, an unparsed line) while
     * a command is held for its late answer: that command is written
     * first, as it was before it was held, so a reader of the stream (the
     * rules: a boot report after unanswered probes) sees the same order.
     * The library's own lines and notes say nothing of the modem: they
     * wait (serialport-gsm's "Ignore Data:" between a write and its late
     * answer). */
    if (b->late_txn && r->kind != ATS_REC_TXN && r->kind != ATS_REC_HOST_LOG &&
        r->kind != ATS_REC_ANNOTATION && r->kind != ATS_REC_RETRY_CHAIN) {
        int rc = late_close(b);
        if (rc)
            return rc;
    }
    if (b->cb && b->cb(b->user, r) != 0) {
        b->stopped = 1;
        return ATS_EUSER;
    }
    return 0;
}

static ats_item to_item(const otx *o, const sitem *s)
{
    ats_item it;
    memset(&it, 0, sizeof it);
    if (!s->set)
        return it;
    it.text.ptr = o->arena.ptr ? o->arena.ptr + s->off : "";
    it.text.len = s->len;
    it.line = s->line;
    it.offset = s->offset;
    it.time = s->time;
    it.flags = s->flags;
    return it;
}

/* ------------------------------------------------------------- the chain */

static int chain_close(ats_builder *b, const char *outcome)
{
    if (!b->chain_active)
        return 0;
    b->chain_active = 0;
    ats_chain c;
    memset(&c, 0, sizeof c);
    c.id = b->chain_id;
    c.command.ptr = b->chain_cmd;
    c.command.len = b->chain_cmdlen;
    c.attempts = b->chain_attempts;
    c.ntxns = b->chain_ntxns;
    c.txns = b->chain_txns;
    c.outcome.ptr = outcome;
    c.outcome.len = strlen(outcome);
    c.first_line = b->chain_first;
    c.last_line = b->chain_last;
    ats_record r;
    memset(&r, 0, sizeof r);
    r.kind = ATS_REC_RETRY_CHAIN;
    r.chain = &c;
    r.id = c.id;
    return deliver(b, &r);
}

/* A final or completion the capture's tool does not print is not missing:
 * its command is no failed attempt (mmcli strips every OK). */
static int txn_failed(const ats_builder *b, const otx *o)
{
    int no_finals = (b->hides & (ATS_HIDES_FINALS | ATS_HIDES_ANSWERS)) != 0;
    int no_unsol = (b->hides & (ATS_HIDES_UNSOLICITED | ATS_HIDES_ANSWERS)) != 0;
    return ats_final_is_failure(o->t.final_kind) || o->t.completion == ATS_COMPL_FAILURE ||
           (o->t.completion == ATS_COMPL_MISSING && !no_unsol) ||
           ((o->t.status == ATS_TXN_NO_FINAL || o->t.status == ATS_TXN_HOST_TIMEOUT) &&
            !no_finals);
}

void ats_builder_set_hides(ats_builder *b, unsigned hides) { b->hides = hides; }

/* Called when a transaction's outcome is known, before it is emitted. */
static int chain_outcome(ats_builder *b, otx *o)
{
    if (o->t.status == ATS_TXN_UNFINISHED)
        return 0;
    int failed = txn_failed(b, o);
    if (o->t.retry_chain && b->chain_active && o->t.retry_chain == b->chain_id) {
        b->chain_last_failed = failed;
        if (!failed)
            return chain_close(b, "succeeded");
        return 0;
    }
    if (failed && !b->chain_active) {
        b->chain_active = 1;
        b->chain_id = o->t.id;
        memcpy(b->chain_norm, o->norm, o->normlen);
        b->chain_normlen = o->normlen;
        size_t n = o->command.len < NORM_MAX ? o->command.len : NORM_MAX;
        memcpy(b->chain_cmd, o->arena.ptr + o->command.off, n);
        b->chain_cmdlen = n;
        b->chain_attempts = 1;
        b->chain_txns[0] = o->t.id;
        b->chain_ntxns = 1;
        b->chain_first = o->t.first_line;
        b->chain_last = o->t.first_line;
        b->chain_last_failed = 1;
        o->t.retry_chain = o->t.id;
        o->t.attempt = 1;
    }
    return 0;
}

/* Called when o's command line is sent (or, o sent after a command held
 * for its late answer, once that one is written): the same command line
 * again, after a failure, joins the chain; another that is not a query
 * closes it. */
static int chain_step(ats_builder *b, otx *o)
{
    if (!b->chain_active)
        return 0;
    if (o->normlen == b->chain_normlen && memcmp(o->norm, b->chain_norm, o->normlen) == 0) {
        o->t.retry_chain = b->chain_id;
        o->t.attempt = ++b->chain_attempts;
        if (b->chain_ntxns < 64)
            b->chain_txns[b->chain_ntxns++] = o->t.id;
        b->chain_last = o->t.first_line;
        return 0;
    }
    if (o->query)
        return 0;
    /* the last attempt answered without failing and still waits for its
     * completion (a send's report): accepted, not given up */
    int accepted = 0;
    uint64_t last = b->chain_txns[b->chain_ntxns ? b->chain_ntxns - 1 : 0];
    for (size_t i = 0; i < b->npending && !accepted; i++)
        accepted = b->pending[i]->t.id == last && b->pending[i]->t.final_kind != ATS_FINAL_NONE &&
                   !ats_final_is_failure(b->pending[i]->t.final_kind);
    return chain_close(b, accepted ? "succeeded" : "gave-up");
}

/* ---- a document's page furniture: man page headers, PDF page numbers ---- */

static int digits_at(const char *s, size_t n, size_t *i, size_t max)
{
    size_t a = *i;
    while (*i < n && *i - a < max + 1 && s[*i] >= '0' && s[*i] <= '9')
        ++*i;
    return *i > a && *i - a <= max;
}

static size_t blanks_at(const char *s, size_t n, size_t i)
{
    size_t a = i;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i - a;
}

/* s[i..n) is a page number: "25 / 300", "25/300", "Page 25", "Page 25 of
 * 300", "- 25 -". */
static int page_number(const char *s, size_t n, size_t i)
{
    if (n - i > 5 && (s[i] == 'P' || s[i] == 'p') && !memcmp(s + i + 1, "age", 3) &&
        (s[i + 4] == ' ' || s[i + 4] == '\t')) {
        i += 4 + blanks_at(s, n, i + 4);
        if (!digits_at(s, n, &i, 4))
            return 0;
        size_t g = blanks_at(s, n, i);
        if (i + g == n)
            return 1;
        if (!g || n - i - g < 3 || memcmp(s + i + g, "of", 2) || !blanks_at(s, n, i + g + 2))
            return 0;
        i += g + 2;
        i += blanks_at(s, n, i);
        return digits_at(s, n, &i, 4) && i == n;
    }
    if (i < n && s[i] == '-') {
        i++;
        i += blanks_at(s, n, i);
        if (!digits_at(s, n, &i, 4))
            return 0;
        i += blanks_at(s, n, i);
        return i + 1 == n && s[i] == '-';
    }
    if (!digits_at(s, n, &i, 4))
        return 0;
    i += blanks_at(s, n, i);
    if (i == n || s[i] != '/')
        return 0;
    i++;
    i += blanks_at(s, n, i);
    return digits_at(s, n, &i, 4) && i == n;
}

/* s[i..n) is a man page reference, NAME(section): "ATSCOPE(1)", "at(1p)". */
static int man_ref(const char *s, size_t n, size_t i)
{
    size_t a = i;
    int alpha = 0;
    while (i < n && s[i] != '(' && s[i] != ' ' && s[i] != '\t') {
        alpha |= (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z');
        i++;
    }
    if (i == a || !alpha || i + 3 > n || s[i] != '(' || s[i + 1] < '0' || s[i + 1] > '9')
        return 0;
    for (i += 2; i < n && s[i] != ')'; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9')))
            return 0;
    return i + 1 == n;
}

/* The first k in [from, n - 1) where a column gap starts (a tab, or a
 * space before a space), else n. Sixteen starts a step with SSE2, then
 * eight bytes a step past the runs that hold neither a space nor a tab:
 * most lines have one space or none. */
static size_t first_gap(const char *s, size_t n, size_t k)
{
#if defined(__SSE2__)
    /* sixteen starts a step: the bytes at k.. and at k + 1.. */
    const __m128i sp = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t');
    while (k + 17 <= n) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + k));
        __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(s + k + 1));
        __m128i g = _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(x, sp), _mm_cmpeq_epi8(y, sp)),
                                 _mm_cmpeq_epi8(x, tab));
        unsigned mask = (unsigned)_mm_movemask_epi8(g);
        if (mask)
            return k + (size_t)__builtin_ctz(mask);
        k += 16;
    }
#endif
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    while (k + 1 < n) {
        if (k + 8 <= n) {
            uint64_t x;
            memcpy(&x, s + k, 8);
            uint64_t a = x ^ (ones * ' '), t = x ^ (ones * '\t');
            if (!((((a - ones) & ~a) | ((t - ones) & ~t)) & highs)) {
                k += 8;
                continue;
            }
        }
        size_t end = k + 8 < n - 1 ? k + 8 : n - 1;
        for (; k < end; k++)
            if ((s[k] == ' ' && s[k + 1] == ' ') || s[k] == '\t')
                return k;
    }
    return n;
}

/* A line a document's page carries and no modem prints, as a manual or a
 * report copied from a PDF or a rendered man page brings it along: a page
 * number alone or after a footer's text and two blanks or more ("Quectel
 * Confidential   25 / 300", "Page 3 of 12"); a man page's header or
 * footer, NAME(section) alone or after two blanks or more ("ATSCOPE(1)   General
 * Commands Manual   ATSCOPE(1)", "Linux 2024-01-01   ATSCOPE(1)"); a
 * footer in three columns ending in a number ("Version 1.2   June 2024   1").
 * The rest of the line (a title, a date) is free text: what decides is the
 * column gap and the number or reference it ends in. */
static int doc_furniture(const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    size_t i = blanks_at(s, n, 0);
    if (n - i < 3 || n > 200)
        return 0;
    /* every form ends in a number, a reference's ')' or a page's "- 3 -":
     * the one test most lines (asked on every undirected line) stop at */
    char z = s[n - 1];
    if (!(z >= '0' && z <= '9') && z != ')' && z != '-')
        return 0;
    /* a reference ends in ')'; every form but the two at the start needs a
     * column gap: a URC such as "+MIPSEND: 1,0,2048" stops here */
    size_t k = first_gap(s, n, i);
    if (page_number(s, n, i) || (z == ')' && man_ref(s, n, i)))
        return 1;
    if (k == n)
        return 0;
    /* the last column: after the last gap of two blanks or more */
    size_t last = 0, gaps = 0;
    for (; k < n; k = first_gap(s, n, k)) {
        size_t g = blanks_at(s, n, k);
        gaps++;
        last = k + g;
        k += g;
    }
    if (last >= n)
        return 0;
    if (z == ')' && man_ref(s, n, last))
        return 1;
    /* a page number's own blanks ("25 / 300") are not a column gap */
    for (k = i + 1; k < n; k++)
        if ((s[k - 1] == '\t' || (k >= i + 2 && s[k - 1] == ' ' && s[k - 2] == ' ')) &&
            page_number(s, n, k))
            return 1;
    size_t d = last;
    return gaps >= 2 && digits_at(s, n, &d, 4) && d == n;
}

/* ------------------------------------------------ a line's facts, kept */

void ats_builder_use_keys(ats_builder *b, const ats_keyed_line *k) { b->keyed = k; }

void ats_builder_no_facts(ats_builder *b)
{
    free(b->facts);
    b->facts = NULL;
}

/* The slot of l's facts (a repeat's, or a fresh one for l), from the key
 * the stage before made or one made here; NULL for a line too long. */
static fact_ent *facts_of(ats_builder *b, const ats_line *l)
{
    const char *s = l->text.ptr;
    size_t n = l->text.len;
    if (!b->facts || n > ATS_LINE_KEY_MAX)
        return NULL;
    ats_line_key own;
    const ats_line_key *k;
    uint64_t h;
    /* the line the redactor passed on unchanged: its key is made */
    if (b->keyed && b->keyed->ptr == s && b->keyed->len == n) {
        k = &b->keyed->key;
        h = b->keyed->hash;
    } else {
        h = ats_line_key_load(&own, s, n);
        k = &own;
    }
    fact_ent *f = &b->facts[(h >> 40) & (FACT_SLOTS - 1)];
    if (f->hash == h && f->len == n && ats_line_key_same(f->words, k))
        return f;
    f->hash = h;
    f->len = (unsigned char)n;
    memcpy(f->words, k->w, k->nw * sizeof k->w[0]);
    f->fence = f->doc = f->furniture = -1;
    return f;
}

/* The kept facts of s[0..n) when it is the current line's bytes, or NULL. */
static fact_ent *fact_for(const ats_builder *b, const char *s, size_t n)
{
    return b->fact && b->fact_ptr == s && b->fact_len == n ? b->fact : NULL;
}

/* test(s, n), kept in the current line's facts (the slot at offset slot:
 * -1 until asked) when it has them */
static int line_fact(ats_builder *b, const char *s, size_t n, size_t slot,
                     int (*test)(const char *, size_t))
{
    fact_ent *f = fact_for(b, s, n);
    if (!f)
        return test(s, n);
    signed char *v = (signed char *)((char *)f + slot);
    if (*v < 0)
        *v = (signed char)test(s, n);
    return *v;
}

static int line_fence(ats_builder *b, const char *s, size_t n)
{
    return line_fact(b, s, n, offsetof(fact_ent, fence), fence_line);
}

static int line_doc(ats_builder *b, const char *s, size_t n)
{
    return line_fact(b, s, n, offsetof(fact_ent, doc), doc_line);
}

static int line_furniture(ats_builder *b, const char *s, size_t n)
{
    return line_fact(b, s, n, offsetof(fact_ent, furniture), doc_furniture);
}

/* ----------------------------------------------------------- emitting */

static int emit_not_txn(ats_builder *b, otx *o);
static int emit_item_as(ats_builder *b, ats_record_kind kind, const otx *o, const sitem *it,
                        uint64_t id, const char *reason);
static int help_text(const otx *o);
static int md_marks(const otx *o);
static int one_row(const otx *o);
static int paired_write(ats_builder *b, const otx *o);
static void shown_add(ats_builder *b, const otx *o);

static int emit_txn(ats_builder *b, otx *o)
{
    /* the command held for its late answer was sent first: written first */
    if (b->late_txn && o != b->late_txn) {
        int rc = late_close(b);
        if (rc) {
            otx_put(b, o);
            return rc;
        }
    }
    if (o->dir == ATS_DIR_UNKNOWN && (o->prose || o->placeholder || o->nresp || o->final.set) &&
        help_text(o)) {
        b->doc++;
        if (one_row(o)) {
            b->doc_rows++;
            b->doc_row_line = o->command.line;
        }
        return emit_not_txn(b, o);
    }
    /* a row of the same table whose answer holds no <param>: the manual's
     * example of what the command returns ("+CPIN: READY" or "+CME ERROR:
     * 10" in one cell), as the rows around it are the manual's syntax; a
     * modem's answer never comes on its command's own line in a table; the
     * row right after such a row, so a reporter's own table of what the
     * module answered, after the manual's, keeps its rows */
    if (o->dir == ATS_DIR_UNKNOWN && b->doc_rows >= 2 && !(o->t.flags & ATS_TF_ECHO) &&
        (o->final.set || o->nresp) && one_row(o) && o->command.line == b->doc_row_line + 1) {
        b->doc_row_line = o->command.line;
        return emit_not_txn(b, o);
    }
    /* an exchange under a manual's "Example" heading, where the capture
     * shows the manual's own structure (a syntax with <placeholders>, its
     * headings, its parameters described): the manual's example, as a
     * README's table or fenced example is the README's */
    if (o->dir == ATS_DIR_UNKNOWN && o->example && b->doc)
        return emit_not_txn(b, o);
    /* a row of a table of commands whose other rows were help text: a
     * description with Markdown's code-span marks left in what would be its
     * answer ("+COPS: (list)` then `OK"), no final, no echo; a modem prints
     * no backtick */
    if (o->dir == ATS_DIR_UNKNOWN && b->doc && !o->final.set && o->nresp &&
        !(o->t.flags & ATS_TF_ECHO) && md_marks(o))
        return emit_not_txn(b, o);
    if (o->dir == ATS_DIR_TX && !o->final.set && !o->nresp && b->nshown && paired_write(b, o))
        return emit_not_txn(b, o);
    if (o->not_sent && !o->final.set && !o->nresp)
        return emit_not_txn(b, o);
    if (o->dir == ATS_DIR_UNKNOWN && o->final.set)
        shown_add(b, o);
    if (o->dir == ATS_DIR_UNKNOWN && !o->prose && !o->placeholder && b->echo != 0) {
        if (o->t.flags & ATS_TF_ECHO)
            b->shown_twice++;
        else if (o->nresp || o->final.set)   /* answered: its line was not doubled */
            b->shown_once++;
    }
    if (o->dir == ATS_DIR_TX && o->final.set)
        b->echo_last = (o->t.flags & ATS_TF_ECHO) != 0;
    int rc = chain_outcome(b, o);
    if (rc)
        return rc;
    /* A pasted log in a fence ends at its closing fence: an undirected
     * command still waiting there got nothing more (the reporter's "it
     * hangs here"); the fence and the words after it are not its answer. */
    size_t nresp = o->nresp;
    if (o->dir == ATS_DIR_UNKNOWN && !o->final.set && !o->prompt.set && !o->completion.set &&
        !(o->t.flags & (ATS_TF_ECHO | ATS_TF_PROMPT)) && !o->t.payload_bytes)
        for (size_t i = 0; i < o->nresp; i++)
            if (fence_line(o->arena.ptr + o->resp[i].off, o->resp[i].len)) {
                nresp = i;
                o->t.last_line = i ? o->resp[i - 1].line : o->command.line;
                break;
            }
    ats_txn *t = &o->t;
    t->command = to_item(o, &o->command);
    if (o->prose && o->prose < t->command.text.len)
        t->command.text.len = o->prose;      /* the command without its comment */
    t->final = to_item(o, &o->final);
    t->gave_up = to_item(o, &o->gave_up);
    t->prompt = to_item(o, &o->prompt);
    t->completion_item = to_item(o, &o->completion);
    t->final_code.ptr = o->arena.ptr ? o->arena.ptr + o->code_off : "";
    t->final_code.len = o->code_len;
    for (size_t i = 0; i < nresp; i++)
        b->items[i] = to_item(o, &o->resp[i]);
    t->responses = b->items;
    t->nresponses = nresp;
    t->urc_ids = o->urc_ids;
    t->nurcs = o->nurc;
    t->payload_preview.ptr = o->preview;
    t->payload_preview.len = o->npreview;
    /* The command was parsed when it opened, from the line; point its spans
     * at the arena copy (names live in cl itself). */
    ats_cmdline *cl = &o->cl;
    const char *nb = t->command.text.ptr;
    for (size_t k = 0; k < cl->ncmds; k++) {
        ats_subcmd *sc = &cl->cmds[k];
        size_t off = (size_t)(sc->args_raw.ptr - o->cl_base);
        if (off + sc->args_raw.len > t->command.text.len) {   /* kept text was cut */
            sc->args_raw.ptr = nb;
            sc->args_raw.len = 0;
            sc->nargs = 0;
            continue;
        }
        sc->args_raw.ptr = nb + off;
        for (size_t i = 0; i < sc->nargs; i++) {
            size_t ao = (size_t)(cl->args[k][i].ptr - o->cl_base);
            cl->args[k][i].ptr = nb + ao;
        }
        sc->name.ptr = cl->names[k];
        sc->args = cl->args[k];
    }
    t->cmds = cl->cmds;
    t->ncmds = cl->ncmds;
    t->sock.ptr = o->idv;
    t->sock.len = o->has_id ? o->idlen : 0;
    t->waiting = o->waiting;
    t->nwaiting = o->nwaiting;
    memset(&t->info, 0, sizeof t->info);
    t->info.timeout_s = t->info.completion_timeout_s = -1;
    t->info.retries = -1;
    if (o->pc) {
        t->info.known = 1;
        t->info.timeout_s = o->pc->timeout_s;
        t->info.retries = o->pc->retries;
        t->info.async = o->pc->async;
        t->info.blocking = o->pc->blocking;
        t->info.completion_timeout_s = o->pc->completion_timeout_s;
        t->info.section = o->pc->section;
        t->info.id_answer = o->pc->response.code && o->pc->response.id_group > 0;
    }
    t->unknown_mask = 0;
    for (size_t k = 0; k < cl->ncmds; k++)
        if (!o->pcs[k])
            t->unknown_mask |= 1u << k;
    ats_record r;
    memset(&r, 0, sizeof r);
    r.kind = ATS_REC_TXN;
    r.txn = t;
    r.id = t->id;
    rc = deliver(b, &r);
    for (size_t i = nresp; !rc && i < o->nresp; i++)
        rc = emit_item_as(b, ATS_REC_UNPARSED, o, &o->resp[i], ++b->next_id,
                          "text-outside-command");
    otx_put(b, o);
    return rc;
}

static int emit_simple(ats_builder *b, ats_record_kind kind, const ats_line *l, const char *reason)
{
    ats_item it;
    memset(&it, 0, sizeof it);
    it.text = l->text;
    it.line = l->line;
    it.offset = l->offset;
    it.time = l->time;
    it.flags = l->flags;
    ats_record r;
    memset(&r, 0, sizeof r);
    r.kind = kind;
    r.item = &it;
    r.id = ++b->next_id;
    if (reason) {
        r.reason.ptr = reason;
        r.reason.len = strlen(reason);
    }
    return deliver(b, &r);
}

/* ------------------------------------- lines that read as commands, not sent */

/* A README's example: a markdown fence, the command alone, the fence closed
 * (its first "answer" line is the closing fence), and nothing a modem prints
 * after it. A fence that holds a session's lines holds its answers too; a
 * hung command at the end of a longer fenced log has the modem's lines
 * before it, not the opening fence. */
static int fenced_example(const otx *o)
{
    if (!o->fenced || !o->nresp || o->final.set || o->prompt.set || o->completion.set ||
        (o->t.flags & (ATS_TF_ECHO | ATS_TF_PROMPT)) || o->t.payload_bytes)
        return 0;
    if (!fence_line(o->arena.ptr + o->resp[0].off, o->resp[0].len) || o->run_said)
        return 0;
    for (size_t i = 1; i < o->nresp; i++)
        if (line_name(o->arena.ptr + o->resp[i].off, o->resp[i].len).len ||
            run_words(o->arena.ptr + o->resp[i].off, o->resp[i].len))
            return 0;
    return 1;
}

/* A manual's text pasted into a log (a command index "AT+CREG        Network
 * Registration Status"; a syntax block "AT+CSQ=?" / "Response" / "+CSQ:
 * (range of supported <rssi>s)" / "OK") reads as commands. Help text, not
 * a transaction, when its lines say so: a "<name>" parameter in the command
 * or in a line in an answer's shape ("+CSQ: <rssi>,<ber>", "+CME ERROR:
 * <err>"), or a title after the command (ats_cmdline_prose_tail) and nothing
 * after it a modem prints: no echo, prompt, final or "+NAME:" line. A real
 * command a reporter commented after a gap keeps its answer, and so stays
 * a command. Only an undirected capture's lines: a host did send a line it
 * sent. */
static int md_marks(const otx *o)
{
    for (size_t i = 0; i < o->nresp; i++)
        if (memchr(o->arena.ptr + o->resp[i].off, '`', o->resp[i].len))
            return 1;
    return 0;
}

static int help_text(const otx *o)
{
    if (o->placeholder)
        return 1;
    if (fenced_example(o))
        return 1;
    for (size_t i = 0; i < o->nresp; i++) {
        const char *p = o->arena.ptr + o->resp[i].off;
        if (line_name(p, o->resp[i].len).len && memchr(p, '<', o->resp[i].len) &&
            ats_has_placeholder(p, o->resp[i].len))
            return 1;
    }
    if (o->final.set && memchr(o->arena.ptr + o->final.off, '<', o->final.len) &&
        ats_has_placeholder(o->arena.ptr + o->final.off, o->final.len))
        return 1;
    if (!o->prose || o->final.set || o->prompt.set || o->completion.set ||
        (o->t.flags & (ATS_TF_ECHO | ATS_TF_PROMPT)) || o->t.payload_bytes)
        return 0;
    for (size_t i = 0; i < o->nresp; i++)
        if (line_name(o->arena.ptr + o->resp[i].off, o->resp[i].len).len)
            return 0;
    return 1;
}

static uint64_t norm_hash(const otx *o)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < o->normlen; i++)
        h = (h ^ (unsigned char)o->norm[i]) * 1099511628211ull;
    return h;
}

static void shown_add(ats_builder *b, const otx *o)
{
    if (b->nshown == SHOWN_MAX) {        /* the oldest goes */
        b->shown_start = (b->shown_start + 1) % SHOWN_MAX;
        b->nshown--;
    }
    size_t i = (b->shown_start + b->nshown++) % SHOWN_MAX;
    b->shown[i] = norm_hash(o);
    b->shown_used[i] = 0;
}

/* The two-shell method: one shell runs cat on the port (the modem's echo
 * and answers, an undirected stream), the other writes each command (echo
 * -e "AT+CSQ\r" > /dev/ttyUSB2, a host line). Pasted one block after the
 * other, a write that got nothing of its own is the write of a command the
 * cat block showed answered: the same command once, not twice. Each shown
 * command pairs with one write, the oldest first. */
static int paired_write(ats_builder *b, const otx *o)
{
    if (o->prompt.set || o->completion.set || (o->t.flags & (ATS_TF_ECHO | ATS_TF_PROMPT)) ||
        o->t.payload_bytes)
        return 0;
    uint64_t h = norm_hash(o);
    for (size_t k = 0; k < b->nshown; k++) {
        size_t i = (b->shown_start + k) % SHOWN_MAX;
        if (!b->shown_used[i] && b->shown[i] == h) {
            b->shown_used[i] = 1;
            return 1;
        }
    }
    return 0;
}

static int emit_item_as(ats_builder *b, ats_record_kind kind, const otx *o, const sitem *it,
                        uint64_t id, const char *reason)
{
    ats_item x = to_item(o, it);
    ats_record r;
    memset(&r, 0, sizeof r);
    r.kind = kind;
    r.item = &x;
    r.id = id;
    if (reason) {
        r.reason.ptr = reason;
        r.reason.len = strlen(reason);
    }
    return deliver(b, &r);
}

/* Command, answer and final all on the command's line: a table's row whose
 * cell breaks (<br>, </td>) the layers made line ends. */
static int one_row(const otx *o)
{
    if (o->final.set && o->final.line != o->command.line)
        return 0;
    for (size_t i = 0; i < o->nresp; i++)
        if (o->resp[i].line != o->command.line)
            return 0;
    return o->final.set || o->nresp;
}

/* A transaction that was none: help text (its lines notes) or a write
 * paired with its answer shown earlier (the host's line). */
static int emit_not_txn(ats_builder *b, otx *o)
{
    int rc;
    if (o->not_sent) {
        rc = emit_item_as(b, ATS_REC_HOST_LOG, o, &o->command, o->t.id,
                          "a command the tool said it never sent");
    } else if (o->dir == ATS_DIR_TX) {
        rc = emit_item_as(b, ATS_REC_HOST_LOG, o, &o->command, o->t.id,
                          "a write whose echo and answer the port's output showed before");
    } else {
        rc = emit_item_as(b, ATS_REC_ANNOTATION, o, &o->command, o->t.id, NULL);
        for (size_t i = 0; !rc && i < o->nresp; i++)
            rc = emit_item_as(b, ATS_REC_ANNOTATION, o, &o->resp[i], ++b->next_id, NULL);
        if (!rc && o->final.set)
            rc = emit_item_as(b, ATS_REC_ANNOTATION, o, &o->final, ++b->next_id, NULL);
        if (!rc && o->completion.set)
            rc = emit_item_as(b, ATS_REC_ANNOTATION, o, &o->completion, ++b->next_id, NULL);
    }
    otx_put(b, o);
    return rc;
}

static int emit_urc(ats_builder *b, const ats_line *l, const char *name, size_t nlen, int known,
                    int boot)
{
    ats_urc u;
    memset(&u, 0, sizeof u);
    u.id = ++b->next_id;
    u.item.text = l->text;
    u.item.line = l->line;
    u.item.offset = l->offset;
    u.item.time = l->time;
    u.item.flags = l->flags;
    u.name.ptr = name;
    u.name.len = nlen;
    u.known = known;
    u.boot = boot;
    if (b->cur) {
        u.inside_txn = b->cur->t.id;
        if (b->cur->nurc < MAX_URC_IDS)
            b->cur->urc_ids[b->cur->nurc++] = u.id;
        touch(b->cur, l);
    }
    ats_record r;
    memset(&r, 0, sizeof r);
    r.kind = ATS_REC_URC;
    r.urc = &u;
    r.id = u.id;
    return deliver(b, &r);
}

/* A profile URC: emitted, and if it announces received data ("+IPD16",
 * Quectel's +QIURC: "recv",0,16), the framer takes that many bytes next as
 * data, so they are not read as lines of modem text. */
static uint64_t group_count(ats_builder *b, int group, const char *s)
{
    uint64_t want = 0;
    ats_span g;
    if (!ats_re_group(b->md, group, s, &g))
        return 0;
    size_t i = 0;
    for (; i < g.len && g.ptr[i] >= '0' && g.ptr[i] <= '9' && want < (1ull << 40); i++)
        want = want * 10 + (uint64_t)(g.ptr[i] - '0');
    return i == g.len ? want : 0;
}

static int raw_data_line(ats_builder *b, const ats_line *l);

static int emit_profile_urc(ats_builder *b, const ats_line *l, const ats_purc *u)
{
    uint64_t want = u->data_length ? group_count(b, u->re.len_group, l->text.ptr) : 0;
    ats_line head = *l, inl = *l;
    inl.text.len = 0;
    if (want && u->data_inline) {
        /* the data starts right after the match: the URC is its head, the
         * rest of the line the first data, its line end (taken as CR LF)
         * the data's own bytes too */
        size_t end = (size_t)pcre2_get_ovector_pointer(b->md)[1];
        if (end <= l->text.len) {
            head.text.len = end;
            inl.text.ptr += end;
            inl.text.len = l->text.len - end;
            inl.offset += end;
        }
        uint64_t got = inl.text.len + 2;
        want = want > got ? want - got : 0;
    }
    if (u->boot)   /* a restarted module is back in its default connection mode */
        b->conn_mode[0] = 0;
    int rc = emit_urc(b, &head, u->name, strlen(u->name), 1, u->boot);
    if (rc == 0 && inl.text.len)
        rc = raw_data_line(b, &inl);
    if (rc == 0 && u->follow_lines && b->mode == B_LINES)
        b->urc_follow = u->follow_lines;
    /* a trace that logs what it reads line by line and leaves out what it
     * reads by count ("no-blocks": Particle's NCP trace) logs no URC's data
     * either: the next record is a line of its own */
    if (rc == 0 && want && b->mode == B_LINES && !(b->hides & ATS_HIDES_BLOCKS)) {
        b->urc_data_left = want;
        b->urc_data_eol = 0;
        mode(b, ATS_DIR_RX, ATS_FRAME_PAYLOAD_LEN, want, 0);
    }
    return rc;
}

/* ------------------------------------------------------------ data mode */

static void data_add(ats_builder *b, const ats_line *l)
{
    ats_data *d = &b->data;
    if (!b->in_data) {
        b->in_data = 1;
        memset(d, 0, sizeof *d);
        d->id = ++b->next_id;
        d->transparent = 1;
        d->first_line = l->line;
        d->offset = l->offset;
        d->start = l->time;
        b->data_npreview = 0;
    }
    d->last_line = l->line;
    d->end = l->time;
    d->pieces++;
    if (l->dir == ATS_DIR_TX)
        d->bytes_tx += l->text.len;
    else if (l->dir == ATS_DIR_RX)
        d->bytes_rx += l->text.len;
    else
        d->bytes_unknown += l->text.len;
    size_t room = b->o.preview_bytes - b->data_npreview;
    size_t k = l->text.len < room ? l->text.len : room;
    if (k) {
        memcpy(b->data_preview + b->data_npreview, l->text.ptr, k);
        b->data_npreview += k;
    }
}

static int data_flush(ats_builder *b, const char *reason, const ats_line *end)
{
    int rc = 0;
    if (b->in_data || end) {
        if (!b->in_data) {
            /* data mode with no data the capture shows (pppd's session
             * under chat, which logs none of its frames): the stretch runs
             * from the line that entered it to its end, none of its bytes
             * logged; not one that began where it ended */
            memset(&b->data, 0, sizeof b->data);
            b->data.id = ++b->next_id;
            b->data.transparent = 1;
            b->data.first_line = b->data_from_line ? b->data_from_line : end->line;
            b->data.last_line = end->line;
            b->data.offset = b->data_from_line ? b->data_from_off : end->offset;
            b->data.start = b->data_from_line ? b->data_from_time : end->time;
            b->data.end = b->data.start;
            b->data_npreview = 0;
        }
        b->data.preview.ptr = b->data_preview;
        b->data.preview.len = b->data_npreview;
        b->data.end_reason.ptr = reason;
        b->data.end_reason.len = strlen(reason);
        b->data.unshown = b->data_unshown;
        memset(&b->data.end_item, 0, sizeof b->data.end_item);
        if (end) {
            b->data.end_item.text = end->text;
            b->data.end_item.line = end->line;
            b->data.end_item.offset = end->offset;
            b->data.end_item.time = end->time;
            b->data.end_item.flags = end->flags;
            if (end->line > b->data.last_line)
                b->data.last_line = end->line;
        }
        /* the module's answer to the host's +++: the OK (or NO CARRIER) that
         * ended the stretch after it, as a command's final (held-out labels
         * since batch 25 read "+++" -> OK as a transaction); none where the
         * escape ended it itself (a silent escape) or a link drop did */
        b->data.escape_answered = end && b->data.escape_line && end->line > b->data.escape_line &&
                                  (!strcmp(reason, "escape") || !strcmp(reason, "no-carrier"));
        ats_record r;
        memset(&r, 0, sizeof r);
        r.kind = ATS_REC_DATA;
        r.data = &b->data;
        r.id = b->data.id;
        rc = deliver(b, &r);
    }
    b->in_data = 0;
    return rc;
}

static int raw_data_line(ats_builder *b, const ats_line *l)
{
    ats_data d;
    memset(&d, 0, sizeof d);
    d.id = ++b->next_id;
    d.transparent = 0;
    d.first_line = d.last_line = l->line;
    d.offset = l->offset;
    d.start = d.end = l->time;
    d.pieces = 1;
    if (l->dir == ATS_DIR_RX)
        d.bytes_rx = l->text.len;
    else
        d.bytes_unknown = l->text.len;
    d.preview.ptr = l->text.ptr;
    d.preview.len = l->text.len < b->o.preview_bytes ? l->text.len : b->o.preview_bytes;
    d.end_reason.ptr = "";
    ats_record r;
    memset(&r, 0, sizeof r);
    r.kind = ATS_REC_DATA;
    r.data = &d;
    r.id = d.id;
    return deliver(b, &r);
}

/* The held line ends and the piece after them are one received-data
 * record: the data started with its line ends. */
static int lead_data_line(ats_builder *b, const ats_line *l)
{
    char pv[256];
    const ats_line *h = &b->lead_line;
    size_t nh = h->text.len < sizeof b->lead_buf ? h->text.len : sizeof b->lead_buf;
    size_t cap = b->o.preview_bytes < sizeof pv ? b->o.preview_bytes : sizeof pv;
    size_t k = nh < cap ? nh : cap;
    memcpy(pv, b->lead_buf, k);
    size_t m = l->text.len < cap - k ? l->text.len : cap - k;
    if (m)
        memcpy(pv + k, l->text.ptr, m);
    ats_line j = *h;
    j.text.ptr = pv;
    j.text.len = k + m;
    ats_data d;
    memset(&d, 0, sizeof d);
    d.id = ++b->next_id;
    d.first_line = h->line;
    d.last_line = l->line > h->line ? l->line : h->line;
    d.offset = h->offset;
    d.start = h->time;
    d.end = l->time;
    d.pieces = 2;
    uint64_t bytes = h->text.len + l->text.len;
    if (l->dir == ATS_DIR_RX)
        d.bytes_rx = bytes;
    else
        d.bytes_unknown = bytes;
    d.preview = j.text;
    d.end_reason.ptr = "";
    b->lead_held = 0;
    ats_record r;
    memset(&r, 0, sizeof r);
    r.kind = ATS_REC_DATA;
    r.data = &d;
    r.id = d.id;
    return deliver(b, &r);
}

static void enter_data(ats_builder *b, const ats_line *l)
{
    b->data_from_line = l->line;
    b->data_from_off = l->offset;
    b->data_from_time = l->time;
    b->mode = B_DATA;
    b->data_escape = 0;
    b->data_unshown = 0;
    memset(&b->last_tx_time, 0, sizeof b->last_tx_time);
    b->in_data = 0;
    mode(b, ATS_DIR_UNKNOWN, ATS_FRAME_DATA, 0, 0);
}

static void leave_data(ats_builder *b)
{
    b->mode = B_LINES;
    mode(b, ATS_DIR_UNKNOWN, ATS_FRAME_LINES, 0, 0);
}

/* ------------------------------------------------------- transactions */

/* Does sc (o's deciding sub-command) use what the waiting w is making: a
 * command of w's async.users, a set or an action (not a read or test), on
 * w's id (Quectel AT+QMTCONN=0,... while AT+QMTOPEN=0,... waits for its
 * +QMTOPEN: 0,<result>)? */
static int uses_made(const otx *w, const ats_subcmd *sc, const otx *o)
{
    if (!w->pc || !w->pc->nusers || !w->has_id || !o->has_id || w->idlen != o->idlen ||
        memcmp(w->idv, o->idv, o->idlen) != 0 ||
        (sc->type != ATS_CMD_SET && sc->type != ATS_CMD_EXECUTE))
        return 0;
    for (size_t i = 0; i < w->pc->nusers; i++)
        if (ats_ascii_casecmp(sc->name.ptr, sc->name.len, w->pc->users[i],
                              strlen(w->pc->users[i])) == 0)
            return 1;
    return 0;
}

static int pending_add(ats_builder *b, otx *o)
{
    o->state = OTX_WAIT_COMPLETION;
    /* The same command on the same id again while the first still waits,
     * another command on that id (its close) sent between them: the host
     * gave up on the first (AT+QIOPEN=1,2,... then AT+QICLOSE=2 and
     * AT+QIOPEN=1,2,... again), whose completion is not coming; left
     * waiting, it would take the new one's, its latency the two together.
     * Sends queued on one id (each waits for its own report) stay queued. */
    for (size_t i = 0; o->has_id && i < b->npending; i++) {
        otx *old = b->pending[i];
        if (!old->touched || !old->has_id || old->idlen != o->idlen ||
            memcmp(old->idv, o->idv, o->idlen) || strcmp(old->own[0], o->own[0]))
            continue;
        memmove(b->pending + i, b->pending + i + 1, (b->npending - i - 1) * sizeof *b->pending);
        b->npending--;
        old->t.completion = ATS_COMPL_MISSING;
        old->t.flags |= ATS_TF_SUPERSEDED;
        int rc = emit_txn(b, old);
        if (rc)
            return rc;
        break;
    }
    if (b->npending == b->o.max_pending_async) {
        /* Bounded: the oldest waiter gives up its completion. */
        otx *old = b->pending[0];
        memmove(b->pending, b->pending + 1, (b->npending - 1) * sizeof *b->pending);
        b->npending--;
        old->t.completion = ATS_COMPL_MISSING;
        int rc = emit_txn(b, old);
        if (rc)
            return rc;
    }
    b->pending[b->npending++] = o;
    return 0;
}

static void pending_remove(ats_builder *b, otx *o)
{
    for (size_t i = 0; i < b->npending; i++)
        if (b->pending[i] == o) {
            memmove(b->pending + i, b->pending + i + 1,
                    (b->npending - i - 1) * sizeof *b->pending);
            b->npending--;
            return;
        }
}

static int after_success(ats_builder *b, otx *o)
{
    if (o->rx_set) {
        memcpy(b->rx_mode, o->rx_mode, sizeof b->rx_mode);
    }
    if (o->cm_set)
        memcpy(b->conn_mode, o->cm_mode, sizeof b->conn_mode);
    if (o->v_set)
        b->verbose = o->v_value;
    if (o->e_set)
        b->echo = o->e_value;
    return 0;
}

/* The current transaction got its final result. */
static const ats_purc *match_urc(ats_builder *b, const char *s, size_t n);
static int hold(ats_builder *b, const ats_line *l);

/* o ends with no final result: its answer may still come (late_name) */
static void late_from(ats_builder *b, const otx *o)
{
    b->late_name[0] = 0;
    if (o->cl.ncmds && !(o->t.flags & (ATS_TF_DATA_MODE | ATS_TF_ASYNC)) && !o->prompt.set &&
        strlen(o->cl.names[0]) < sizeof b->late_name)
        memcpy(b->late_name, o->cl.names[0], strlen(o->cl.names[0]) + 1);
}

/* Is prev, left with no final result when o was sent, held for its late
 * answer? Only where a line after o could still be read as that answer
 * (late_from named it), and not text a document's reading may yet turn
 * into notes (help_text), nor a write the port's output showed answered
 * (paired_write): those decide at their writing, as before. Not for o
 * entering data mode (its lines are data). */
static int late_holds(const ats_builder *b, const otx *prev, const otx *o)
{
    /* a tool that does not show every line and final of an answer (shows
     * first-reply-line: Adafruit FONA's getReply() reads one line, the rest
     * is flushed before the next write; finals-stripped; sends-only): the
     * line after a write is that write's, or nothing tells */
    if (b->hides & (ATS_HIDES_ANSWERS | ATS_HIDES_MORE_LINES | ATS_HIDES_FINALS))
        return 0;
    if (!b->late_name[0] || b->late_open || prev->not_sent || o->prose || o->placeholder ||
        (o->pc && o->pc->enters_data_mode) || b->mode == B_DATA)
        return 0;
    if (prev->dir == ATS_DIR_TX && b->nshown)
        return 0;
    if (prev->dir == ATS_DIR_UNKNOWN &&
        (prev->prose || prev->placeholder || prev->example || prev->fenced || b->doc || b->doc_rows))
        return 0;
    return 1;
}

/* o may change the module's echo (ATE0, ATZ, AT&F restore a profile): the
 * command after it is not known to be echoed */
static int echo_may_change(const otx *o)
{
    for (size_t k = 0; k < o->nown; k++)
        if (!strcmp(o->own[k], "E") || !strcmp(o->own[k], "Z") || !strcmp(o->own[k], "&F"))
            return 1;
    return 0;
}

/* The command held for its late answer is written: with its final when
 * one joined it, else as it was (no-final); then the retry-chain step of
 * the command sent after it, which waited for it. */
static int late_close(ats_builder *b)
{
    otx *h = b->late_txn, *o = b->late_for;
    if (!h)
        return 0;
    b->late_txn = NULL;
    b->late_for = NULL;
    int rc = emit_txn(b, h);
    if (!rc && b->late_chain)
        rc = chain_step(b, o);
    b->late_chain = 0;
    return rc;
}

/* Does o, sent after the held command, still hear nothing of its own, so
 * a late answer of that one may come? A directed capture's echo of o says
 * the module read o: the answer before it was over (V.250 E1). */
static int late_waits(const ats_builder *b)
{
    const otx *o = b->cur;
    return o && o == b->late_for && b->late_name[0] && o->state == OTX_WAIT_FINAL &&
           !o->nresp && !o->prompt.set && !o->completion.set && !o->final.set &&
           !o->t.payload_bytes && b->mode == B_LINES &&
           !(b->o.directed && (o->t.flags & ATS_TF_ECHO));
}

static const ats_pcompl *completes(ats_builder *b, const otx *o, const ats_line *l);
static int before_command(const otx *o, const ats_line *l);

/* A line of the held command's late answer: one of its responses. */
static int late_join_line(ats_builder *b, otx *h, const ats_line *l)
{
    touch(h, l);
    if (h->nresp == b->o.max_responses) {
        h->t.responses_omitted++;
        return 0;
    }
    if (keep(h, &h->resp[h->nresp], l, l->text.ptr, l->text.len) == ATS_ENOMEM)
        return ATS_ENOMEM;
    h->nresp++;
    return 0;
}

/* o's final result is line l (code: its error code's span in l, if any):
 * kept in o's arena, the transaction complete. */
static int set_final(otx *o, const ats_line *l, ats_final_kind fk, ats_span code)
{
    if (keep(o, &o->final, l, l->text.ptr, l->text.len) == ATS_ENOMEM)
        return ATS_ENOMEM;
    if (code.len) {
        o->code_off = o->final.off + (size_t)(code.ptr - l->text.ptr);
        o->code_len = code.len;
        if (o->code_off + o->code_len > o->arena.len)
            o->code_len = 0;
    }
    o->t.final_kind = fk;
    o->t.status = ATS_TXN_COMPLETE;
    return 0;
}

/* The held command's late final result: its own, given after the next
 * command was sent (the host did not wait, V.250 5.2.1), unless its line
 * and time come before that command's (before_command: only its line end
 * reached the log late). The command is complete and written now. */
static int late_join_final(ats_builder *b, otx *h, const ats_line *l, ats_final_kind fk,
                           ats_span code)
{
    int after = !before_command(b->late_for, l);
    if (set_final(h, l, fk, code) == ATS_ENOMEM)
        return ATS_ENOMEM;
    if (after)
        h->t.flags |= ATS_TF_FINAL_AFTER_NEXT;
    if (l->text.len > 1 && fk != ATS_FINAL_PROFILE_OK && fk != ATS_FINAL_PROFILE_ERROR &&
        fk != ATS_FINAL_CME_ERROR && fk != ATS_FINAL_CMS_ERROR)
        b->word_finals = 1;
    touch(h, l);
    if (!ats_final_is_failure(fk))
        after_success(b, h);
    return late_close(b);
}

/* The late answer's line l, the held command's (joined) or, none held
 * (the host gave up on it: host-timeout), unparsed as before. */
static int late_line(ats_builder *b, const otx *o, const ats_line *l, ats_final_kind fk,
                     ats_span code)
{
    otx *h = b->late_txn && b->late_for == o ? b->late_txn : NULL;
    if (fk != ATS_FINAL_NONE) {
        b->late_cur = 0;
        b->late_name[0] = 0;
        /* (a CONNECT would start a data session the next command's lines
         * sit in: left unparsed, as before) */
        if (h && fk != ATS_FINAL_CONNECT)
            return late_join_final(b, h, l, fk, code);
        return emit_simple(b, ATS_REC_UNPARSED, l, "late-final");
    }
    b->late_cur = 1;
    if (h)
        return late_join_line(b, h, l);
    return emit_simple(b, ATS_REC_UNPARSED, l, "late-answer");
}

/* Is modem line l, while o (sent after a command left with no final
 * result) has heard nothing of its own, that command's late answer? A
 * line in its shape and not in o's nor a URC's; inside such an answer,
 * every line up to its final; in a directed capture whose module echoes
 * (it echoed the last answered command, or the held one, and no ATE0
 * since), before o's echo, a final, and with that command held any line
 * but a URC the profile knows, a pending command's completion or a line
 * in o's own shape only (the module echoes a command as it reads it, and
 * answers none before reading it; it answers in order). Those lines join
 * the held command (late_line), or are unparsed late-answer / late-final
 * where none is held: o goes on waiting. */
static int late_answer(ats_builder *b, otx *o, const ats_line *l, ats_final_kind fk, ats_span code,
                       int *taken)
{
    *taken = 0;
    if (!b->late_name[0] || o->nresp || o->prompt.set || o->completion.set || l->dir == ATS_DIR_TX)
        return 0;
    const char *s = l->text.ptr;
    size_t n = l->text.len;
    const otx *h = b->late_txn && b->late_for == o ? b->late_txn : NULL;
    int late = b->late_cur;
    if (!late && fk == ATS_FINAL_NONE) {
        ats_span nm = line_name(s, n);
        late = nm.len && names_equal(b->late_name, nm.ptr, nm.len) &&
               !(o->cl.ncmds && names_equal(o->cl.names[0], nm.ptr, nm.len)) &&
               !is_own_response(b, o, s, n) && !match_urc(b, s, n);
    }
    int echoes = b->o.directed && l->dir == ATS_DIR_RX && o->dir == ATS_DIR_TX &&
                 (b->echo_last || (h && (h->t.flags & ATS_TF_ECHO))) && b->echo != 0 &&
                 !(o->t.flags & ATS_TF_ECHO) && !(h && echo_may_change(h));
    if (!late && fk != ATS_FINAL_NONE)
        late = echoes;
    if (!late && fk == ATS_FINAL_NONE && echoes && h && !match_urc(b, s, n)) {
        ats_span nm = line_name(s, n);
        int hit = 0;
        for (size_t i = 0; i < b->npending && !hit; i++)
            hit = completes(b, b->pending[i], l) != NULL;
        late = !hit && !completes(b, o, l) &&
               !(is_own_response(b, o, s, n) && !(nm.len && names_equal(b->late_name, nm.ptr, nm.len)));
    }
    /* (not after the same command: a retry's final is as much its own;
     * not an asynchronous one, whose own-named line after its final is
     * its completion) */
    if (!late && fk != ATS_FINAL_NONE && !b->replaying && !(o->t.flags & ATS_TF_ECHO) &&
        !(o->cl.ncmds && names_equal(b->late_name, o->cl.names[0], strlen(o->cl.names[0]))) &&
        !(o->pc && o->pc->async)) {
        /* a bare final: the late answer's or o's own; the next line tells
         * (late_release) */
        int rc = hold(b, l);
        if (rc)
            return rc;
        b->held = 6;
        *taken = 1;
        return 0;
    }
    if (!late)
        return 0;
    if (b->late_cur && fk == ATS_FINAL_NONE) {
        if (is_own_response(b, o, s, n)) {    /* its answer came without a final */
            b->late_cur = 0;
            b->late_name[0] = 0;
            return 0;
        }
        if (match_urc(b, s, n))
            return 0;
    }
    *taken = 1;
    return late_line(b, o, l, fk, code);
}

/* Did modem line l begin before o's command was sent? A final result is
 * never the answer of a command sent after it (its latency would be
 * negative): a trace's reply whose last line the log ended but whose line
 * end came only with the next read (esp_modem's Response: buffer) is the
 * earlier command's late answer. Its time and its line both say so: a
 * newest-first log read last line first has its lines going backwards (and
 * some readers give its records no time), and a stamp gone backwards alone
 * is the tool's. */
static int before_command(const otx *o, const ats_line *l)
{
    const sitem *c = &o->command;
    return c->set && l->line < c->line && l->time.kind != ATS_TIME_NONE &&
           l->time.kind == c->time.kind && l->time.us < c->time.us;
}

static int close_final(ats_builder *b, const ats_line *l, ats_final_kind fk, ats_span code)
{
    otx *o = b->cur;
    if (before_command(o, l)) {
        /* o goes on waiting; the command held before it, if any, takes it */
        if (b->late_txn && b->late_for == o && fk != ATS_FINAL_CONNECT) {
            b->late_cur = 0;
            b->late_name[0] = 0;
            return late_join_final(b, b->late_txn, l, fk, code);
        }
        return emit_simple(b, ATS_REC_UNPARSED, l, "late-final");
    }
    b->cur = NULL;
    if (b->mode == B_PAYLOAD)
        b->mode = B_LINES;
    mode(b, ATS_DIR_UNKNOWN, b->mode == B_DATA ? ATS_FRAME_DATA : ATS_FRAME_LINES, 0, 0);
    int r = set_final(o, l, fk, code);
    if (r == ATS_ENOMEM)
        return r;
    /* V.250's result codes in words (ATV1); +CME ERROR is printed in words
     * under ATV0 too, and a profile's finals are the vendor's own */
    if (l->text.len > 1 && fk != ATS_FINAL_PROFILE_OK && fk != ATS_FINAL_PROFILE_ERROR &&
        fk != ATS_FINAL_CME_ERROR && fk != ATS_FINAL_CMS_ERROR)
        b->word_finals = 1;
    touch(o, l);
    int failed = ats_final_is_failure(fk);
    if (!failed)
        after_success(b, o);
    if (fk == ATS_FINAL_CONNECT) {
        o->t.flags |= ATS_TF_DATA_MODE;
        /* a CMUX channel's data is not in this stream, nor is the data of a
         * call the module routed to another interface (the port stays a
         * command port: the host goes on sending commands on it) */
        if (!(l->flags & ATS_LF_MUX) && !(o->pc && o->pc->data_elsewhere))
            enter_data(b, l);
    }
    if ((o->t.flags & ATS_TF_ASYNC) && !failed && o->t.completion == ATS_COMPL_NONE)
        return pending_add(b, o);
    return emit_txn(b, o);
}

/* Does line l complete transaction o? Returns the completion entry or NULL. */
static const ats_pcompl *completes(ats_builder *b, const otx *o, const ats_line *l)
{
    const ats_pcmd *pc = o->pc;
    if (!pc || !pc->async)
        return NULL;
    for (size_t i = 0; i < pc->ncompl; i++) {
        const ats_pcompl *c = &pc->compl[i];
        if (ats_re_cannot_match(&c->re, l->text.ptr, l->text.len) ||
            ats_re_match(&c->re, b->md, b->p->mctx, l->text.ptr, l->text.len) <= 0)
            continue;
        ats_span id;
        if (o->has_id && c->re.id_group > 0 && ats_re_group(b->md, c->re.id_group, l->text.ptr, &id)) {
            if (id.len != o->idlen || memcmp(id.ptr, o->idv, id.len) != 0)
                continue;
        }
        return c;
    }
    return NULL;
}

static int complete(ats_builder *b, otx *o, const ats_pcompl *c, const ats_line *l)
{
    int r = keep(o, &o->completion, l, l->text.ptr, l->text.len);
    if (r == ATS_ENOMEM)
        return r;
    touch(o, l);
    o->t.completion = c->outcome == ATS_OUT_SUCCESS ? ATS_COMPL_SUCCESS : ATS_COMPL_FAILURE;
    if (c->data_mode && c->outcome == ATS_OUT_SUCCESS) {
        o->t.flags |= ATS_TF_DATA_MODE;
        if (!(l->flags & ATS_LF_MUX))
            enter_data(b, l);
    }
    if (o == b->cur) {             /* arrived before the final: keep waiting for it */
        o->t.flags |= ATS_TF_EARLY_COMPLETION;
        return 0;
    }
    pending_remove(b, o);
    return emit_txn(b, o);
}

static int try_completions(ats_builder *b, const ats_line *l, int *hit)
{
    *hit = 0;
    for (size_t i = 0; i < b->npending; i++) {
        otx *o = b->pending[i];
        const ats_pcompl *c = completes(b, o, l);
        if (c) {
            *hit = 1;
            return complete(b, o, c, l);
        }
    }
    if (b->cur && b->cur->t.completion == ATS_COMPL_NONE) {
        const ats_pcompl *c = completes(b, b->cur, l);
        if (c) {
            *hit = 1;
            return complete(b, b->cur, c, l);
        }
    }
    return 0;
}

/* What an async command waits for, as a message names it: its first
 * completion's literal start ("+MIPOPEN", "CONNECT OK"), else its own
 * response name. */
static size_t completion_name(const otx *w, char *out, size_t cap)
{
    const char *s = w->own[0];
    size_t n = strlen(s);
    if (w->pc && w->pc->ncompl && w->pc->compl[0].re.prefix_len) {
        s = w->pc->compl[0].re.prefix;
        n = w->pc->compl[0].re.prefix_len;
        while (n && (s[n - 1] == ' ' || s[n - 1] == ':'))
            n--;
    }
    if (n >= cap)
        n = cap - 1;
    memcpy(out, s, n);
    out[n] = 0;
    return n;
}

/* Does the line end inside a quoted string (an odd number of '"')? */
static int open_quote(const ats_line *l)
{
    const char *s = l->text.ptr, *end = s + l->text.len;
    int odd = 0;
    while ((s = memchr(s, '"', (size_t)(end - s))) != NULL) {
        odd = !odd;
        s++;
    }
    return odd;
}

/* The connection mode a command sets once it succeeds: the one its
 * arguments name (AT+CIPMUX=1), or the one its form belongs to. */
static void mode_of_command(ats_builder *b, otx *o, const ats_pcmd *pc, const ats_subcmd *sc)
{
    ats_span m = {0};
    if (pc->mode_args.code &&
        ats_re_match(&pc->mode_args, b->md, b->p->mctx, sc->args_raw.ptr ? sc->args_raw.ptr : "",
                     sc->args_raw.len) > 0 &&
        ats_re_group(b->md, pc->mode_args.mode_group, sc->args_raw.ptr, &m) &&
        m.len < sizeof o->cm_mode) {
        memcpy(o->cm_mode, m.ptr, m.len);
        o->cm_mode[m.len] = 0;
        o->cm_set = 1;
    } else if (pc->mode_value) {
        snprintf(o->cm_mode, sizeof o->cm_mode, "%s", pc->mode_value);
        o->cm_set = 1;
    }
}

/* An answer that says the mode (+CIPMUX: 1) says it at once. */
static void mode_of_answer_line(ats_builder *b, const otx *o, const ats_line *l)
{
    for (size_t k = 0; k < ATS_MAX_SUBCMDS; k++) {
        const ats_pcmd *pc = o->pcs[k];
        ats_span m;
        if (pc && pc->mode_answer.code &&
            ats_re_match(&pc->mode_answer, b->md, b->p->mctx, l->text.ptr, l->text.len) > 0 &&
            ats_re_group(b->md, pc->mode_answer.mode_group, l->text.ptr, &m) &&
            m.len < sizeof b->conn_mode) {
            memcpy(b->conn_mode, m.ptr, m.len);
            b->conn_mode[m.len] = 0;
        }
    }
}

/* A count a command's argument declares (all digits), or -1. */
static int64_t count_arg(const ats_subcmd *c, int at)
{
    if ((size_t)at >= c->nargs)
        return -1;
    ats_span a = c->args[at];
    int64_t v = 0;
    size_t i = 0;
    for (; i < a.len && a.ptr[i] >= '0' && a.ptr[i] <= '9' && v < (int64_t)1 << 40; i++)
        v = v * 10 + (a.ptr[i] - '0');
    return i == a.len && a.len ? v : -1;
}

static int open_command(ats_builder *b, const ats_line *l)
{
    int rc;
    /* a command still held for its late answer: none came before this
     * one (it is written before the command it was held for) */
    if ((rc = late_close(b)) != 0)
        return rc;
    if (!b->late_open)
        b->late_name[0] = 0;
    b->late_open = 0;
    b->late_cur = 0;
    b->unshown = 0;
    otx *prev = NULL;
    if (b->cur) {
        prev = b->cur;
        b->cur = NULL;
        prev->t.status = ATS_TXN_NO_FINAL;
        late_from(b, prev);
        if (b->mode == B_PAYLOAD)
            b->mode = B_LINES;
        mode(b, ATS_DIR_UNKNOWN, ATS_FRAME_LINES, 0, 0);
    }
    otx *o = otx_get(b);
    if (!o) {
        if (prev)
            otx_put(b, prev);
        return ATS_ENOMEM;
    }
    o->t.first_line = o->t.last_line = l->line;
    o->t.payload_declared = -1;
    o->block_declared = -1;
    if (keep(o, &o->command, l, l->text.ptr, l->text.len) == ATS_ENOMEM) {
        otx_put(b, o);
        if (prev)
            otx_put(b, prev);
        return ATS_ENOMEM;
    }
    ats_cmdline *cl = &o->cl;
    o->dir = l->dir;
    if (l->dir == ATS_DIR_UNKNOWN) {
        o->prose = ats_cmdline_prose_tail(l->text.ptr, l->text.len);
        o->placeholder = memchr(l->text.ptr, '<', l->text.len) &&
                         ats_has_placeholder(l->text.ptr, l->text.len);
        o->fenced = b->prev_fence;
        o->example = b->example;
        o->run_said = o->fenced && b->fence_run;
    }
    /* a title or a reporter's comment after the command is not its arguments */
    ats_cmdline_parse(cl, l->text.ptr, o->prose ? o->prose : l->text.len);
    o->cl_base = l->text.ptr;
    int query = 1;
    for (size_t k = 0; k < cl->ncmds; k++) {
        const ats_subcmd *sc = &cl->cmds[k];
        if (sc->type != ATS_CMD_READ && sc->type != ATS_CMD_TEST)
            query = 0;
        memcpy(o->own[k], cl->names[k], sizeof o->own[k]);
        o->nown = k + 1;
        const ats_pcmd *pc = ats_profile_find_cmd_in(b->p, sc, b->md, b->conn_mode);
        o->pcs[k] = pc;
        if (pc)
            mode_of_command(b, o, pc, sc);
        if (pc && (pc->async || pc->prompt || pc->enters_data_mode || !o->pc))
            o->pc = pc;
        if (pc && pc->sets_rx_format &&
            ats_re_match(&pc->rx_format, b->md, b->p->mctx, sc->args_raw.ptr, sc->args_raw.len) > 0) {
            ats_span m;
            if (ats_re_group(b->md, pc->rx_format.mode_group, sc->args_raw.ptr, &m) &&
                m.len < sizeof o->rx_mode) {
                memcpy(o->rx_mode, m.ptr, m.len);
                o->rx_mode[m.len] = 0;
                o->rx_set = 1;
            }
        }
        if (sc->name.len == 1 && sc->name.ptr[0] == 'V' && sc->type == ATS_CMD_EXECUTE) {
            o->v_set = 1;
            o->v_value = sc->args_raw.len == 1 && sc->args_raw.ptr[0] == '1';
        }
        if (sc->name.len == 1 && sc->name.ptr[0] == 'E' && sc->type == ATS_CMD_EXECUTE) {
            o->e_set = 1;
            o->e_value = sc->args_raw.len == 1 && sc->args_raw.ptr[0] == '1';
        }
    }
    o->query = query;
    if (query)
        o->t.flags |= ATS_TF_QUERY;
    const ats_pcmd *pc = o->pc;
    size_t main_k = 0;
    for (size_t k = 0; k < cl->ncmds; k++)
        if (o->pcs[k] == pc)
            main_k = k;
    if (pc && pc->async) {
        o->t.flags |= ATS_TF_ASYNC;
        if (pc->blocking == 1)
            o->t.flags |= ATS_TF_BLOCKING;
    }
    if (pc && pc->id_arg >= 0 && (size_t)pc->id_arg < cl->cmds[main_k].nargs) {
        ats_span a = cl->cmds[main_k].args[pc->id_arg];
        if (a.len && a.len < ID_MAX) {
            memcpy(o->idv, a.ptr, a.len);
            o->idlen = a.len;
            o->has_id = 1;
            /* another command on an id a command still waits on */
            for (size_t i = 0; i < b->npending; i++) {
                otx *w = b->pending[i];
                if (w->has_id && w->idlen == a.len && !memcmp(w->idv, a.ptr, a.len) &&
                    strcmp(w->own[0], o->own[0]))
                    w->touched = 1;
            }
        }
    }
    if (pc && pc->prompt && pc->length_arg >= 0)
        o->t.payload_declared = count_arg(&cl->cmds[main_k], pc->length_arg);
    for (size_t k = 0; k < cl->ncmds; k++)
        if (o->pcs[k] && o->pcs[k]->block_len_arg >= 0)
            o->block_declared = count_arg(&cl->cmds[k], o->pcs[k]->block_len_arg);
    o->normlen = normalize(o->norm, NORM_MAX, l->text.ptr, o->prose ? o->prose : l->text.len);
    /* what was still waiting for a completion when this one was sent */
    o->nwaiting = 0;
    for (size_t i = 0; i < b->npending && o->nwaiting < ATS_MAX_WAITING; i++) {
        const otx *w = b->pending[i];
        ats_waiting *wt = &o->waiting[o->nwaiting];
        char (*tx)[96] = o->wtext[o->nwaiting];
        wt->id = w->t.id;
        wt->line = w->t.first_line;
        wt->blocking = (w->t.flags & ATS_TF_BLOCKING) != 0;
        if (w->pc && w->pc->blocking == 2 && cl->ncmds) {
            ats_span nm = cl->cmds[main_k].name;
            wt->blocking = ats_ascii_casecmp(nm.ptr, nm.len, w->own[0], strlen(w->own[0])) == 0;
        }
        size_t n = w->command.len < 96 ? w->command.len : 96;
        memcpy(tx[0], w->arena.ptr + w->command.off, n);
        wt->command.ptr = tx[0];
        wt->command.len = n;
        n = completion_name(w, tx[1], sizeof tx[1]);
        wt->name.ptr = tx[1];
        wt->name.len = n;
        n = strlen(w->own[0]);
        memcpy(tx[3], w->own[0], n < 96 ? n : 95);
        wt->cmd.ptr = tx[3];
        wt->cmd.len = n < 96 ? n : 95;
        memcpy(tx[2], w->idv, w->idlen);
        wt->sock.ptr = tx[2];
        wt->sock.len = w->has_id ? w->idlen : 0;
        wt->uses = cl->ncmds && uses_made(w, &cl->cmds[main_k], o);
        o->nwaiting++;
    }
    /* the command before, left with no final result: held for its late
     * answer (late_holds), or written now, before this one's id is given
     * (its lines a fence cut off take ids of their own) */
    if (prev && late_holds(b, prev, o)) {
        b->late_txn = prev;
        b->late_for = o;
        b->late_chain = 1;
    } else if (prev && (rc = emit_txn(b, prev)) != 0) {
        otx_put(b, o);
        return rc;
    }
    o->t.id = ++b->next_id;
    /* retry chains: the same command line again, after a failure (once
     * the command held before it is written: its outcome first) */
    if (!b->late_chain && (rc = chain_step(b, o)) != 0) {
        otx_put(b, o);
        return rc;
    }
    b->cur = o;
    /* A line that may be a manual's (help_text) changes no mode until an
     * answer shows it was sent: an index lists ATO and AT+CIPSEND too. */
    if (o->prose || o->placeholder)
        return 0;
    if (pc && pc->prompt) {
        mode(b, ATS_DIR_RX, ATS_FRAME_LINES, 0, 1);
        /* Directed: the host's next bytes are the payload whenever they come,
         * so a payload sent before the prompt is seen as such. */
        if (b->o.directed && !(b->hides & ATS_HIDES_PAYLOAD)) {
            if (o->t.payload_declared > 0)
                mode(b, ATS_DIR_TX, ATS_FRAME_PAYLOAD_LEN, (uint64_t)o->t.payload_declared, 0);
            else if (o->t.payload_declared < 0 && pc->ctrl_z)
                mode(b, ATS_DIR_TX, ATS_FRAME_PAYLOAD_CTRLZ, 0, 0);
        }
    }
    if (pc && pc->enters_data_mode) {
        o->t.flags |= ATS_TF_DATA_MODE;
        enter_data(b, l);
    } else if (!(pc && pc->prompt) && !(l->flags & ATS_LF_NO_EOL) && open_quote(l)) {
        /* AT%CMNG=0,16842753,0,"-----BEGIN CERTIFICATE-----: a module that
         * reads a line end inside quotes as the string's (nRF91) takes the
         * next lines up to the closing quote; each is judged as it comes,
         * so a module that answered at the line end is heard. */
        o->quoted = o->quote_first = 1;
        b->mode = B_PAYLOAD;
        mode(b, ATS_DIR_TX, ATS_FRAME_PAYLOAD_QUOTE, 0, 0);
    }
    return 0;
}

/* An answer that announces raw bytes (the command's "data_block"): the
 * framer takes that many next as received data, as for a URC's. An inline
 * block starts right after the match: returns where (the answer keeps the
 * head, the rest of the line is the first data, its line end two of its
 * bytes, as for a URC's data_inline); else 0. */
static size_t expect_block(ats_builder *b, const otx *o, const ats_line *l)
{
    for (size_t k = 0; k < ATS_MAX_SUBCMDS; k++) {
        const ats_pcmd *pc = o->pcs[k];
        if (!pc || !pc->data_block.code ||
            ats_re_match(&pc->data_block, b->md, b->p->mctx, l->text.ptr, l->text.len) <= 0)
            continue;
        /* the line's count, the command's (HL78 AT+KTCPRCV=1,<ndata>: CONNECT says
         * none), or none when the end mark alone ends the block */
        uint64_t want = pc->data_block.len_group >= 0
                            ? group_count(b, pc->data_block.len_group, l->text.ptr)
                        : o->block_declared >= 0 ? (uint64_t)o->block_declared
                                                 : (uint64_t)1 << 40;
        size_t head = 0;
        if (want && pc->data_block_inline) {
            size_t end = (size_t)pcre2_get_ovector_pointer(b->md)[1];
            if (end > 0 && end < l->text.len) {
                head = end;
                uint64_t got = l->text.len - end + 2;
                want = want > got ? want - got : 0;
            }
        }
        if (want && b->mode == B_LINES) {
            /* the end mark after the data is the block's too (HL78: up to
             * <ndata> bytes, then --EOF--Pattern--) */
            want += pc->block_end_len;
            b->urc_data_left = want;
            b->urc_data_eol = 0;
            b->end_mark = pc->block_end;
            b->end_mark_len = pc->block_end_len;
            mode(b, ATS_DIR_RX, ATS_FRAME_PAYLOAD_BLOCK, want, 0);
            b->end_mark_len = 0;
        }
        return head;
    }
    return 0;
}

/* A response line "+NAME: ..." (not free text: an SMS body's line ends are
 * its own) that ended inside a quoted string, and the next line
 * closes it and is nothing else (no final, command, own answer, URC or
 * completion: typed_payload): a terminal or an issue tracker wrapped a long
 * answer (+COPS=?, +CGDCONT?) at its width. One response, the line end
 * dropped; blank lines a double-spaced paste put between are dropped
 * already. Without the open quote nothing tells a cut line from the next
 * answer: not joined. */
static int join_response(ats_builder *b, otx *o, const ats_line *l)
{
    (void)b;
    sitem *it = &o->resp[o->nresp - 1];
    touch(o, l);
    size_t rest = ats_buf_append(&o->arena, l->text.ptr, l->text.len);
    if (rest == (size_t)-1)
        return ATS_ENOMEM;
    it->len += l->text.len - rest;
    if (rest)
        it->flags |= ATS_LF_TRUNCATED;
    else
        o->resp_open = open_quote(l) == 0;   /* its own quotes: the joined line's is still open */
    return 0;
}

static int add_response(ats_builder *b, const ats_line *l)
{
    otx *o = b->cur;
    touch(o, l);
    /* a command that answers the id it made (AT+NSOCR's socket): the
     * profile's response shape names it with an (?<id>...) group */
    const ats_pcmd *pc = o->pc;
    ats_span id;
    if (!o->has_id && pc && pc->response.code && pc->response.id_group > 0 &&
        ats_re_match(&pc->response, b->md, b->p->mctx, l->text.ptr, l->text.len) > 0 &&
        ats_re_group(b->md, pc->response.id_group, l->text.ptr, &id) && id.len &&
        id.len < ID_MAX) {
        memcpy(o->idv, id.ptr, id.len);
        o->idlen = id.len;
        o->has_id = 1;
        o->t.flags |= ATS_TF_ID_ANSWERED;
    }
    size_t head = expect_block(b, o, l);
    mode_of_answer_line(b, o, l);
    ats_line inl = *l;
    if (head) {
        inl.text.ptr += head;
        inl.text.len -= head;
        inl.offset += head;
    }
    if (o->nresp == b->o.max_responses) {
        o->t.responses_omitted++;
    } else {
        int k = keep(o, &o->resp[o->nresp], l, l->text.ptr, head ? head : l->text.len);
        if (k == ATS_ENOMEM)
            return ATS_ENOMEM;
        o->nresp++;
        /* wrapped at a terminal's width inside a quoted string: the rest may
         * follow (join_response), if nothing else went into the arena */
        ats_span nm = line_name(l->text.ptr, l->text.len);
        o->resp_open = k == 0 && !head && b->mode == B_LINES && open_quote(l) && nm.len > 1 &&
                       nm.len < l->text.len && l->text.ptr[nm.len] == ':';
    }
    return head ? raw_data_line(b, &inl) : 0;
}

static void payload_add(ats_builder *b, otx *o, const ats_line *l)
{
    touch(o, l);
    if (!o->t.payload_line)
        o->t.payload_line = l->line;
    o->t.payload_bytes += l->text.len;
    /* a count the tool gave for every piece (Portmon's Length n:) */
    if (l->text.len && !(l->flags & ATS_LF_LEN_EXACT))
        o->pay_loose = 1;
    if (o->pay_loose)
        o->t.flags &= ~ATS_TF_PAYLOAD_EXACT;
    else if (l->text.len)
        o->t.flags |= ATS_TF_PAYLOAD_EXACT;
    size_t room = b->o.preview_bytes - o->npreview;
    size_t k = l->text.len < room ? l->text.len : room;
    if (k) {
        memcpy(o->preview + o->npreview, l->text.ptr, k);
        o->npreview += k;
    }
    o->eol_tail = l->flags & ATS_LF_PAYLOAD_EOL ? ats_eol_tail(l->text.ptr, l->text.len) : 0;
    if (l->flags & ATS_LF_PAYLOAD_CTRLZ)
        o->t.payload_end = ATS_PAYLOAD_CTRLZ;
    else if (l->flags & ATS_LF_PAYLOAD_ESC)
        o->t.payload_end = ATS_PAYLOAD_ESC;
    else if (l->flags & ATS_LF_PAYLOAD_FULL)
        o->t.payload_end = ATS_PAYLOAD_LENGTH;
    else if (l->flags & ATS_LF_PAYLOAD_QUOTE)
        o->t.payload_end = ATS_PAYLOAD_QUOTE;
    else if (l->flags & ATS_LF_PAYLOAD_MARK) {
        /* the declared length does not count the end mark (HL78: +KTCP_NOTIF 8
         * says the data was more or less than declared) */
        o->t.payload_end = ATS_PAYLOAD_MARK;
        size_t mark = o->pc ? o->pc->prompt_end_len : 0;
        o->t.payload_bytes -= mark < o->t.payload_bytes ? mark : o->t.payload_bytes;
    }
    else if (!(l->flags & ATS_LF_CONTINUED))
        o->t.payload_end = ATS_PAYLOAD_CUT;
    /* A piece that is not cut at max_line, nor followed by more of a
     * declared length, ends this payload; a Ctrl-Z text cut at a line end
     * continues after the modem's next prompt. */
    if (!(l->flags & (ATS_LF_CONTINUED | ATS_LF_PAYLOAD_EOL)) && b->mode == B_PAYLOAD)
        b->mode = B_LINES;
}

/* ------------------------------------------------------ classification */

static const ats_purc *match_urc(ats_builder *b, const char *s, size_t n)
{
    size_t k;
    unsigned h = n ? ((unsigned char)s[0] * 7u + (n > 1 ? (unsigned char)s[1] : 0u)) & 15u : 0u;
    urc_cache_ent *ce = &b->ucache[h];
    if (ce->len && ce->len <= n && same_bytes(s, ce->key, ce->len) &&
        (ce->len == n || !ats_profile_trie_child(b->p, ce->node, (unsigned char)s[ce->len]))) {
        k = (size_t)ce->ncand;
        memcpy(b->cand, ce->cand, k * sizeof *b->cand);
    } else {
        size_t stop;
        int node;
        k = ats_profile_urc_walk(b->p, s, n, b->cand, b->p->nurcs, &stop, &node);
        if (stop > 0 && stop <= sizeof ce->key && k <= sizeof ce->cand / sizeof ce->cand[0]) {
            ce->len = (unsigned char)stop;
            memcpy(ce->key, s, stop);
            ce->node = node;
            ce->ncand = (int16_t)k;
            memcpy(ce->cand, b->cand, k * sizeof *b->cand);
        }
    }
    for (size_t i = 0; i < k; i++) {
        const ats_purc *u = &b->p->urcs[b->cand[i]];
        /* an entry for one connection mode (a socket's access mode) is
         * passed over in any other, and while the mode is unknown */
        if (u->in_mode && strcmp(u->in_mode, b->conn_mode))
            continue;
        if (ats_re_match(&u->re, b->md, b->p->mctx, s, n) > 0)
            return u;
    }
    return NULL;
}

/* Is the line the answer shape the profile gives the pending command
 * ("response": AT+NSOCR answers its socket id, a bare number)? */
static int own_shape(ats_builder *b, const ats_line *l)
{
    for (size_t j = 0; b->cur && j < b->cur->cl.ncmds; j++) {
        const ats_pcmd *pc = b->cur->pcs[j];
        if (pc && pc->response.code &&
            ats_re_match(&pc->response, b->md, b->p->mctx, l->text.ptr, l->text.len) > 0)
            return 1;
    }
    return 0;
}

/* A line the pending command's entry says is not its final, though it reads
 * as one ("not_final": ESP-AT's AT+CIPSTART prints CONNECT, then OK). */
static int not_final(ats_builder *b, const ats_line *l)
{
    for (size_t j = 0; j < b->cur->cl.ncmds; j++) {
        const ats_pcmd *pc = b->cur->pcs[j];
        if (pc && pc->not_final.code &&
            ats_re_match(&pc->not_final, b->md, b->p->mctx, l->text.ptr, l->text.len) > 0)
            return 1;
    }
    return 0;
}

static ats_final_kind final_text(ats_builder *b, const ats_line *l, ats_span *code)
{
    if (b->cur && not_final(b, l))
        return ATS_FINAL_NONE;
    int numeric = b->verbose == 0 || (b->verbose < 0 && !b->word_finals) ||
                  (b->cur && b->cur->v_set);
    /* ATV0's one-digit finals: not where the pending command's own answer
     * is a bare number of that shape, until that answer came (AT+NSOCR
     * under ATV0: "1", its socket, then "0", its OK) */
    if (numeric && l->text.len == 1 && own_shape(b, l) &&
        !(b->cur->t.flags & ATS_TF_ID_ANSWERED))
        numeric = 0;
    ats_final_kind k = ats_final_classify(l->text.ptr, l->text.len, numeric, code);
    if (k != ATS_FINAL_NONE)
        return k;
    /* the pending command's own finals (SIMCom's SHUT OK, CIFSR's bare IP);
     * one that stands in for the OK of a command with more after it on the
     * line is no final: the module runs the rest, and the line's final is
     * the last command's (TinyGSM's AT+CIFSR;E0 gets its OK from the E0) */
    for (size_t j = 0; b->cur && j < b->cur->cl.ncmds; j++) {
        const ats_pcmd *pc = b->cur->pcs[j];
        for (size_t i = 0; pc && i < pc->nfinals; i++)
            if ((!pc->finals[i].ok || j + 1 == b->cur->cl.ncmds) &&
                !ats_re_cannot_match(&pc->finals[i].re, l->text.ptr, l->text.len) &&
                ats_re_match(&pc->finals[i].re, b->md, b->p->mctx, l->text.ptr, l->text.len) > 0)
                return pc->finals[i].ok ? ATS_FINAL_PROFILE_OK : ATS_FINAL_PROFILE_ERROR;
    }
    /* (a busy final refuses the command that waits, or one sent while
     * another waited: busy_release; not a command with a prompt: ESP-AT
     * says "busy p..." to the bytes it gets while it processes one, a
     * payload sent before the prompt or past its length, and the send
     * still goes on to its prompt, its SEND OK) */
    for (size_t i = 0; i < b->p->nfinals; i++)
        if (!(b->p->finals[i].busy && (!b->cur || (b->cur->pc && b->cur->pc->prompt))) &&
            !ats_re_cannot_match(&b->p->finals[i].re, l->text.ptr, l->text.len) &&
            ats_re_match(&b->p->finals[i].re, b->md, b->p->mctx, l->text.ptr, l->text.len) > 0)
            return b->p->finals[i].ok ? ATS_FINAL_PROFILE_OK : ATS_FINAL_PROFILE_ERROR;
    return ATS_FINAL_NONE;
}

/* A screenshot read back by OCR: the O of a final read as the digit 0
 * ("0K", "0k", "ERR0R", "+CME ERR0R: 10", "SEND 0K") or the blank of SEND OK
 * lost ("SENDOK", "SENDFAIL"). Writes the final the line stands for to out
 * (same length, but for a lost blank) and returns its length; 0 when the
 * line is none of these. Only these OCR marks: a lone "ok" or "Ok" is an
 * SMS's or a server's text as well. */
static size_t ocr_final(const char *s, size_t n, char *out, size_t cap)
{
    size_t dots = 0;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '.'))
        dots += s[--n] == '.';
    if (n < 2 || n + 1 > cap)
        return 0;
    /* a blank read inside a short final ("O K", "ERR OR", "0 K"): the
     * letters alone must spell it, so "NO CARRIER" and "+CME ERROR: 10"
     * keep their blanks */
    if (n <= 8 && memchr(s, ' ', n) && s[0] != ' ') {
        char sq[8];
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (s[i] != ' ')
                sq[k++] = s[i];
        if ((k == 2 && (sq[0] == 'O' || sq[0] == '0') && (sq[1] == 'K' || (sq[0] == '0' && sq[1] == 'k'))) ||
            (k == 5 && !memcmp(sq, "ERR", 3) && (sq[3] == 'O' || sq[3] == '0') && sq[4] == 'R')) {
            memcpy(out, k == 2 ? "OK" : "ERROR", k);
            return k;
        }
    }
    if (n == 2 && s[0] == '0' && (s[1] == 'K' || s[1] == 'k')) {
        memcpy(out, "OK", 2);
        return 2;
    }
    size_t at = 0;
    if (n > 11 && (!memcmp(s, "+CME ERR0R:", 11) || !memcmp(s, "+CMS ERR0R:", 11)))
        at = 5;
    if (n - at >= 5 && !memcmp(s + at, "ERR0R", 5) && (at || n == 5)) {
        memcpy(out, s, n);
        out[at + 3] = 'O';
        return n;
    }
    if (n >= 6 && !memcmp(s, "SEND", 4)) {
        size_t k = 4 + (s[4] == ' ');
        const char *r = s + k;
        size_t rn = n - k;
        int ok = rn == 2 && (r[0] == 'O' || r[0] == '0') && (r[1] == 'K' || (r[0] == '0' && r[1] == 'k'));
        int fail = rn == 4 && !memcmp(r, "FAIL", 4);
        /* a mark of OCR: the blank lost, or the 0 */
        if ((ok || fail) && (k == 4 || r[0] == '0')) {
            memcpy(out, ok ? "SEND OK" : "SEND FAIL", ok ? 7 : 9);
            return ok ? 7 : 9;
        }
    }
    /* a speck read after a final ("OK.", "ERROR."): the final, if the rest
     * is one (final_text decides) */
    if (dots && n <= 40) {
        memcpy(out, s, n);
        return n;
    }
    return 0;
}

/* The final an OCR'd line stands for (ocr_final), with a command open and
 * the line not the host's; ATS_FINAL_NONE otherwise. */
static ats_final_kind ocr_final_of(ats_builder *b, const ats_line *l, ats_span *code)
{
    char fix[64];
    size_t nf;
    code->ptr = NULL;
    code->len = 0;
    if (!b->cur || l->dir == ATS_DIR_TX || !(nf = ocr_final(l->text.ptr, l->text.len, fix, sizeof fix)))
        return ATS_FINAL_NONE;
    ats_line f = *l;
    f.text.ptr = fix;
    f.text.len = nf;
    ats_final_kind k = final_text(b, &f, code);
    /* the code's place in the line as written (the same length) */
    if (code->len && nf <= l->text.len && code->ptr >= fix && code->ptr + code->len <= fix + nf) {
        code->ptr = l->text.ptr + (code->ptr - fix);
    } else {
        code->ptr = NULL;
        code->len = 0;
    }
    return k;
}

/* normalize(s) == o->norm, compared as it is made: most lines differ from
 * the command in their first bytes (this runs on every first answer line) */
static int same_command(const otx *o, const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < NORM_MAX; i++)
        if (s[i] != ' ' && s[i] != '\t') {
            if (k == o->normlen || (char)up((unsigned char)s[i]) != o->norm[k])
                return 0;
            k++;
        }
    return k == o->normlen;
}

/* The open command's answer lines so far, as unsolicited lines instead
 * (its echo came after them). */
static int answers_to_urcs(ats_builder *b, otx *o)
{
    size_t k = o->nresp;
    o->nresp = 0;
    for (size_t i = 0; i < k; i++) {
        ats_item it = to_item(o, &o->resp[i]);
        ats_line l;
        memset(&l, 0, sizeof l);
        l.kind = ATS_LINE_TEXT;
        l.dir = ATS_DIR_UNKNOWN;
        l.text = it.text;
        l.line = it.line;
        l.offset = it.offset;
        l.time = it.time;
        l.flags = it.flags;
        ats_span nm = line_name(it.text.ptr, it.text.len);
        if (!nm.len)
            nm = it.text;
        int rc = emit_urc(b, &l, nm.ptr, nm.len, 0, 0);
        if (rc)
            return rc;
    }
    return 0;
}

/* An undirected command line the same as the open command's, nothing
 * between: its echo (a host that logs what it sends, then the modem's
 * echo), or the command sent again (the module rebooting, a user typing
 * it once more after no answer)? Sent again when the log shows so: a
 * second or more between the two (an echo comes back within
 * milliseconds), or a log that has shown every command once so far. */
static int sent_again(const ats_builder *b, const otx *o, const ats_line *l)
{
    ats_time a = o->command.time, c = l->time;
    if (a.kind != ATS_TIME_NONE && a.kind == c.kind)
        return c.us - a.us >= 1000000;
    return b->shown_once && !b->shown_twice;
}

/* A third copy of an undirected command line, nothing between: the copy
 * taken for the first one's echo was the command sent again, and this is
 * the echo of that one (an echo only follows a send the module took). A
 * library that prints what it sends and retries a probe the module did not
 * answer shows the send, the retry, then the retry's echo: ubxlib's
 * power-on "AT" (u_cell_pwr.c moduleIsAlive(): "AT" up to `attempts` times,
 * each waiting responseMaxWaitMs; printAt() prints each send and what is
 * read, and with debug off nothing says the first timed out). The first
 * then got no answer. Where the log has times, they decide (sent_again). */
static int echo_again(const ats_builder *b, const otx *o, const ats_line *l, const char *s,
                      size_t n)
{
    ats_time a = o->command.time, c = l->time;
    return b->echo != 0 && o->dir == ATS_DIR_UNKNOWN && (o->t.flags & ATS_TF_ECHO) &&
           o->nresp == 0 && o->nurc == 0 && !o->prompt.set && !o->final.set &&
           !(a.kind != ATS_TIME_NONE && a.kind == c.kind) && same_command(o, s, n);
}

/* echo_again()'s reading: the command at the "echo"'s line, l its echo;
 * the first was not echoed. Out of line: a rare turn, kept out of the
 * code every line runs through */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int sent_twice(ats_builder *b, otx *o, const ats_line *l)
{
    o->t.flags &= ~(unsigned)ATS_TF_ECHO;
    o->t.last_line = o->t.first_line;
    ats_line e = *l;
    e.line = o->echo_line;
    e.offset = o->echo_off;
    e.time = o->echo_time;
    int rc = open_command(b, &e);
    if (rc)
        return rc;
    b->cur->t.flags |= ATS_TF_ECHO;
    b->cur->echo_line = l->line;
    b->cur->echo_off = l->offset;
    b->cur->echo_time = l->time;
    touch(b->cur, l);
    return 0;
}

static int is_raw_rx_mode(const ats_builder *b)
{
    for (size_t i = 0; i < b->p->nraw_rx_modes; i++)
        if (!strcmp(b->p->raw_rx_modes[i], b->rx_mode))
            return 1;
    return 0;
}

static int rtrim_eq(const char *s, size_t n, const char *lit)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    return n == strlen(lit) && memcmp(s, lit, n) == 0;
}

static int ends_with(const char *s, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    return m && n >= m && memcmp(s + n - m, lit, m) == 0;
}

/* The host library said the data session is over (a definition's data_end
 * line: pppd's "Modem hangup", "Connection terminated."): the link is in
 * command mode again though the module's NO CARRIER is not in the log (the
 * dialer had let go of the port). A command still waiting for its first
 * line (ATO) got none. */
static int host_data_end(ats_builder *b, const ats_line *l)
{
    int rc;
    if (b->cur) {
        otx *o = b->cur;
        b->cur = NULL;
        if ((rc = emit_txn(b, o)) != 0)
            return rc;
    }
    leave_data(b);
    return data_flush(b, "host-ended", l);
}

/* In a capture that shows the host's writes, a command line the host
 * writes in data mode (chat's "send (AT^M)" of its next script, a TX of
 * "AT+CSQ\r") says the data session is over: a host does not start one
 * while the module would take it as data, and a PPP frame (0x7E) or a
 * socket's payload is no command line. The whole piece must be one (a
 * directed capture's piece in data mode is one write of the host). Not
 * for a multiplexer's channel, whose data is shown apart. */
static int host_command_after_data(const ats_builder *b, const ats_line *l)
{
    if (l->dir != ATS_DIR_TX || !b->o.directed || (l->flags & ATS_LF_MUX))
        return 0;
    size_t n = l->text.len - ats_eol_tail(l->text.ptr, l->text.len);
    return n >= 2 && (l->text.ptr[0] | 32) == 'a' && (l->text.ptr[1] | 32) == 't' &&
           !memchr(l->text.ptr, '\r', n) && !memchr(l->text.ptr, '\n', n) &&
           ats_is_command_text(l->text.ptr, n);
}

/* The guard an escape needs before it, as V.250 has it by default (S12 =
 * 50, in 20 ms units): a +++ that came surely sooner after the host's data
 * (or right after it on the same write) is data to the module, whatever
 * its own S12. */
#define ESCAPE_GUARD_US 1000000

static int escape_too_soon(const ats_data *d)
{
    if (d->escape_inline)
        return 1;
    ats_time a = d->before_escape, e = d->escape_time;
    if (a.kind == ATS_TIME_NONE || a.kind != e.kind || e.us < a.us)
        return 0;
    /* stamps of whole seconds (or tenths) may hide most of one: under the
     * guard only when it is under it whatever they hide */
    int64_t step = 0;
    static const int64_t steps[] = {1000000, 100000, 10000, 1000};
    for (size_t i = 0; i < sizeof steps / sizeof steps[0] && !step; i++)
        if (a.us % steps[i] == 0 && e.us % steps[i] == 0)
            step = steps[i];
    return e.us - a.us + step < ESCAPE_GUARD_US;
}

/* A command line the host writes in data mode ends the session
 * (host_command_after_data), unless the host's escape in this stretch
 * came too soon after its data for the module to take it and the module
 * has not answered it (its OK ends data mode): the module may still be in
 * data mode and send the line on to the server. What comes next decides
 * (held 10, data_cmd_release): the host writing on (its next +++), nothing
 * from the module between, says the line went as data; the module's
 * answer, that it was a command. A SIM7600 got +++ 40 ms after the host's
 * data, then AT+CIPCLOSE=0, answered neither, and left data mode only at
 * the next +++, guarded, with its OK; the first +++ is the stretch's
 * missed escape (escape-guard). A guarded escape and a command right after
 * it stay the command (escape-guard's "sent too soon after the escape").
 * Not the blind escape that opens a stretch the log did not show (mgos
 * pppos' +++, then AT): nothing shows the module in data mode.
 * 1: a command; 2: undecided, held. */
static int host_command_in_data(const ats_builder *b, const ats_line *l)
{
    if (!host_command_after_data(b, l))
        return 0;
    if (b->data_escape && !b->data_unshown && !b->p->escape_silent && b->in_data &&
        escape_too_soon(&b->data))
        return 2;
    return 1;
}

/* A command line in data mode that the next line decides (host_command_in_data
 * said 2): held (10) until then. */
static int hold_in_data(ats_builder *b, const ats_line *l)
{
    int rc = hold(b, l);
    if (rc == 0)
        b->held = 10;
    return rc;
}

/* The host's first bytes after a command with a prompt, the prompt not seen:
 * a whole command line (AT..., its line end, nothing after) is the host's
 * next command, sent once the library gave up on the prompt (Particle's NCP
 * client after "Expected > prompt", any host's timeout), not a payload sent
 * early: a payload is the application's bytes, not the modem's syntax. */
static int no_prompt_command(const ats_builder *b, const ats_line *l)
{
    const otx *o = b->cur;
    if (!o->pc || !o->pc->prompt || o->prompt.set || o->t.payload_bytes)
        return 0;
    return ats_eol_tail(l->text.ptr, l->text.len) && host_command_after_data(b, l);
}

static int leave_data_for_command(ats_builder *b, const ats_line *l)
{
    int rc;
    if (b->cur) {                 /* ATO waiting for its first modem line */
        otx *o = b->cur;
        b->cur = NULL;
        if ((rc = emit_txn(b, o)) != 0)
            return rc;
    }
    leave_data(b);
    b->data_end_line = *l;
    b->data_end_line.text.ptr = b->data_end_buf;
    b->data_end_line.text.len = l->text.len < sizeof b->data_end_buf ? l->text.len
                                                                     : sizeof b->data_end_buf;
    memcpy(b->data_end_buf, l->text.ptr, b->data_end_line.text.len);
    if (!b->in_data)
        return data_flush(b, "host-command", &b->data_end_line);
    return 0;
}

/* The data session a host's command ended takes the modem's bytes the
 * framer still held (no line end came for them in data mode); anything
 * else closes it. */
static int data_closing_line(ats_builder *b, const ats_line *l, int *taken)
{
    *taken = 0;
    if (!b->data_closing)
        return 0;
    if (l->kind == ATS_LINE_PAYLOAD && l->dir == ATS_DIR_RX && (l->flags & ATS_LF_NO_EOL)) {
        data_add(b, l);
        *taken = 1;
        return 0;
    }
    b->data_closing = 0;
    return data_flush(b, "host-command", &b->data_end_line);
}

static int data_line(ats_builder *b, const ats_line *l)
{
    int rc;
    const char *s = l->text.ptr;
    size_t n = l->text.len;
    if (b->cur && l->dir != ATS_DIR_TX) {
        /* ATO: the first modem line may be its final; if not, the module went
         * straight back to data and the command has no final to wait for.
         * The echo of a directed capture's command comes first. */
        otx *o = b->cur;
        if (l->dir == ATS_DIR_RX && !(o->t.flags & ATS_TF_ECHO) && same_command(o, s, n)) {
            o->t.flags |= ATS_TF_ECHO;
            touch(o, l);
            return 0;
        }
        /* a URC the profile knows, before any data: the module is still
         * talking AT, its answer to come (+CREG: 1 before ATO's CONNECT) */
        const ats_purc *u0;
        if (!b->in_data && (u0 = match_urc(b, s, n)) != NULL && !u0->data_exit)
            return emit_profile_urc(b, l, u0);
        b->cur = NULL;
        ats_span code;
        ats_final_kind fk = final_text(b, l, &code);
        if (fk == ATS_FINAL_OK || fk == ATS_FINAL_CONNECT) {
            if (keep(o, &o->final, l, s, n) == ATS_ENOMEM)
                return ATS_ENOMEM;
            o->t.final_kind = fk;
            touch(o, l);
            return emit_txn(b, o);
        }
        if (fk != ATS_FINAL_NONE && ats_final_is_failure(fk)) {
            /* V.250 6.3.7: NO CARRIER (no connection to return to) or an
             * error: the module stays in command mode, and the line is the
             * command's final, not the end of a data session */
            b->cur = o;
            o->t.flags &= ~ATS_TF_DATA_MODE;
            leave_data(b);
            if (b->in_data && (rc = data_flush(b, "no-carrier", l)) != 0)
                return rc;
            return close_final(b, l, fk, code);
        }
        if ((rc = emit_txn(b, o)) != 0)
            return rc;
    }
    if (l->dir != ATS_DIR_RX) {
        if (ends_with(s, n, b->p->escape)) {
            b->data_escape = 1;
            if (!b->in_data) {        /* escape with no data before it */
                data_add(b, l);
                b->data.pieces--;
                b->data.bytes_tx = b->data.bytes_unknown = 0;
                b->data_npreview = 0;   /* the line is added once, below */
            }
            /* a +++ already seen in this stretch, and the module still in
             * data mode: that one was not taken (its guard not kept, most
             * often); the first such is kept for escape-guard */
            if (b->in_data && b->data.escape_line && !b->data.missed_escape_line) {
                b->data.missed_escape_line = b->data.escape_line;
                b->data.missed_escape_time = b->data.escape_time;
                b->data.before_missed_escape = b->data.before_escape;
            }
            b->data.escape_line = l->line;
            b->data.escape_time = l->time;
            /* undirected, the modem's own line end follows the +++: no evidence */
            b->data.escape_eol = b->o.directed && !(l->flags & ATS_LF_NO_EOL);
            b->data.escape_inline = n > strlen(b->p->escape);
            b->data.before_escape = b->last_tx_time;
            if (b->p->escape_silent) {  /* no OK will come: the escape ends it */
                leave_data(b);
                return data_flush(b, "escape", l);
            }
        }
        if (l->dir == ATS_DIR_TX) {
            b->last_tx_time = l->time;
            data_add(b, l);
            return 0;
        }
    }
    if (rtrim_eq(s, n, "OK") && (b->data_escape || !b->o.directed)) {
        /* Undirected logs often lose the "+++" (no line end, or edited out,
         * as in the guide's 4.2 log): an OK alone still ends data mode. */
        const char *why = b->data_escape ? "escape" : "ok-without-escape";
        leave_data(b);
        return data_flush(b, why, l);
    }
    if (rtrim_eq(s, n, "NO CARRIER")) {
        leave_data(b);
        return data_flush(b, "no-carrier", l);
    }
    const ats_purc *u = match_urc(b, s, n);
    if (u && u->data_exit) {
        leave_data(b);
        if ((rc = data_flush(b, "link-drop", l)) != 0)
            return rc;
        return emit_profile_urc(b, l, u);
    }
    data_add(b, l);
    return 0;
}

/* The open command's last response is an information line ("+CMGR: ...")
 * or a sentence that went on after one: a sentence now is the modem's text
 * (an SMS body), whatever follows it. */
static int after_info(const otx *o)
{
    if (!o->nresp)
        return 0;
    const char *p = o->arena.ptr + o->resp[o->nresp - 1].off;
    size_t n = o->resp[o->nresp - 1].len, i = 0;
    while (i < n && (p[i] == ' ' || p[i] == '\t'))
        i++;
    return i < n && (strchr("+^#$%*!", p[i]) || ats_text_sentence(p + i, n - i));
}

/* A sketch's or script's own sentence in a terminal log ("Failed to restart
 * modem, attempting to continue") reads like the open command's response
 * when the modem did not answer: in an undirected capture, a line that
 * reads as a person's sentence waits for the line after it. The readers of
 * stamped lines judge the same way on their lines (readers/apptext.h); a
 * plain terminal log's bytes reach the builder unjudged. A line with
 * control bytes or bytes that are not UTF-8 is line noise, not a print (as
 * the orphan rule's prose test has it). */
static int sets_aside(const ats_builder *b, const otx *o, const ats_line *l)
{
    return l->dir == ATS_DIR_UNKNOWN && b->mode == B_LINES &&
           !(l->flags & (ATS_LF_AFTER_PROMPT | ATS_LF_TRUNCATED | ATS_LF_CONTROL | ATS_LF_NOT_UTF8)) &&
           !(o && after_info(o)) &&
           ats_text_sentence(l->text.ptr, l->text.len);
}

static int set_aside(ats_builder *b, const ats_line *l)
{
    if (b->naside == ASIDE_LINES || l->text.len > ASIDE_BYTES - b->aside_nbuf)
        return 1;
    ats_line *a = &b->aside[b->naside++];
    *a = *l;
    a->text.ptr = b->aside_buf + b->aside_nbuf;
    memcpy(b->aside_buf + b->aside_nbuf, l->text.ptr, l->text.len);
    b->aside_nbuf += l->text.len;
    return 0;
}

/* What followed the sentences set aside decides: the host's next command
 * makes them its program's text (host-log); anything else, or the end of
 * the capture, the open command's responses, as they came. */
static int aside_out(ats_builder *b, int host)
{
    int rc = 0;
    for (size_t i = 0; i < b->naside && !rc; i++)
        rc = host ? emit_simple(b, ATS_REC_HOST_LOG, &b->aside[i], ATS_HOST_APP_TEXT)
             : b->cur ? add_response(b, &b->aside[i])
                      : emit_simple(b, ATS_REC_UNPARSED, &b->aside[i], "text-outside-command");
    b->naside = 0;
    b->aside_nbuf = 0;
    return rc;
}

static int typed_payload(ats_builder *b, const ats_line *l);
static int hold(ats_builder *b, const ats_line *l);

/* An undirected line that glues a final result to what came next: the
 * next command ("OKAT+CSQ", a terminal or a sketch that relays the modem's
 * bytes without their line end) or the program's own print of it
 * ("OKSending: AT+HTTPINIT", "ERRORSend AT+CSQ": Serial.print("Sending: ")
 * right after the relayed answer). The length of the final, 0 not such a
 * line; *rest the text after it, *cmd whether the rest is the command
 * itself. The label before a command is one to three words, at most 24
 * bytes, without digits or quotes, so an answer such as "OK1234" or a
 * vendor's "OKAY" line is never cut. */
/* A blank outside a quoted string: the text goes on in words ("AT+CSQ is
 * fine"), no command line alone. */
static int blank_outside_quotes(const char *s, size_t n)
{
    int q = 0;
    for (size_t i = 0; i < n; i++) {
        q ^= s[i] == '"';
        if (!q && (s[i] == ' ' || s[i] == '\t'))
            return 1;
    }
    return 0;
}

static size_t glued_final(const char *s, size_t n, size_t *rest, int *cmd)
{
    static const char *const fin[] = {"OK", "ERROR", "SEND OK", "SEND FAIL", "NO CARRIER"};
    /* their first letters: the test most lines (every line of a command's
     * answer) stop at */
    if (!n || (s[0] != 'O' && s[0] != 'E' && s[0] != 'S' && s[0] != 'N'))
        return 0;
    for (size_t i = 0; i < sizeof fin / sizeof fin[0]; i++) {
        size_t k = strlen(fin[i]);
        if (n <= k + 2 || memcmp(s, fin[i], k))
            continue;
        /* an OCR'd page that lost the line end between a final and the
         * next command ("OK AT+CSQ"): no answer line reads so */
        if (s[k] == ' ' && n > k + 3 && (s[k + 1] | 32) == 'a' && (s[k + 2] | 32) == 't' &&
            !blank_outside_quotes(s + k + 1, n - k - 1) && ats_is_command_text(s + k + 1, n - k - 1)) {
            *rest = k + 1;
            *cmd = 1;
            return k;
        }
        if (!(s[k] >= 'A' && s[k] <= 'Z'))
            continue;
        if (ats_is_command_text(s + k, n - k)) {
            *rest = k;
            *cmd = 1;
            return k;
        }
        for (size_t j = k + 3; j < n && j <= k + 26; j++) {
            if ((s[j - 1] != ' ' && s[j - 1] != ':') || !ats_is_command_text(s + j, n - j))
                continue;
            size_t words = 1, bad = 0;
            for (size_t q = k; q < j; q++) {
                int letter = (s[q] | 32) >= 'a' && (s[q] | 32) <= 'z';
                int sep = s[q] == ' ' || ((s[q] == ':' || s[q] == '>' || s[q] == '-') &&
                                          (q + 1 == j || s[q + 1] == ' '));
                words += s[q] == ' ' && q + 1 < j && s[q + 1] != ' ';
                bad |= !letter && !sep;
            }
            if (!bad && words <= 3) {
                *rest = k;
                *cmd = 0;
                return k;
            }
        }
    }
    return 0;
}

/* The final of a glued line closes the command; the rest is a line of its
 * own: the next command, or the program's print before it (host text). */
static int split_glued(ats_builder *b, const ats_line *l, size_t k, size_t rest, int cmd)
{
    ats_line fl = *l, rl = *l;
    fl.text.len = k;
    rl.text.ptr += rest;
    rl.text.len -= rest;
    rl.offset += rest;
    ats_span code = {0};
    ats_final_kind fk = final_text(b, &fl, &code);
    int rc = fk != ATS_FINAL_NONE ? close_final(b, &fl, fk, code) : add_response(b, &fl);
    if (rc)
        return rc;
    if (cmd) {
        ats_error err;
        return ats_builder_feed(b, &rl, &err) ? ATS_EUSER : 0;
    }
    return emit_simple(b, ATS_REC_HOST_LOG, &rl, "host text glued after a final result");
}

static int modem_line(ats_builder *b, const ats_line *l)
{
    int rc, hit;
    const char *s = l->text.ptr;
    size_t n = l->text.len;
    ats_span code = {0};
    otx *o = b->cur;

    if (o) {
        int open = o->resp_open;
        o->resp_open = 0;
        if (open && o->nresp && o->resp[o->nresp - 1].off + o->resp[o->nresp - 1].len == o->arena.len &&
            memchr(s, '"', n) && typed_payload(b, l))
            return join_response(b, o, l);
        ats_final_kind fk = final_text(b, l, &code);
        if (b->late_name[0]) {
            int taken;
            if ((rc = late_answer(b, o, l, fk, code, &taken)) != 0 || taken)
                return rc;
        }
        /* a bare digit while the mode is not known (no ATV0, no final in
         * words yet): held for one line, since a final in words after it
         * makes it the answer's text (numeric_release) */
        if (fk != ATS_FINAL_NONE && n == 1 && b->verbose < 0 && !o->v_set && !b->replaying) {
            if ((rc = hold(b, l)) != 0)
                return rc;
            b->held = 7;
            return 0;
        }
        if (fk != ATS_FINAL_NONE)
            return close_final(b, l, fk, code);
        /* an OCR'd final ("0K", "ERR0R"): held for one line, since a real
         * final after it makes it text (an SMS's "0K"); see ocr_release */
        if (!b->replaying && ocr_final_of(b, l, &code) != ATS_FINAL_NONE) {
            if ((rc = hold(b, l)) != 0)
                return rc;
            b->held = 4;
            return 0;
        }
        size_t gk, grest;
        int gcmd;
        if (l->dir == ATS_DIR_UNKNOWN && (gk = glued_final(s, n, &grest, &gcmd)) != 0)
            return split_glued(b, l, gk, grest, gcmd);
        if (o->query && is_own_response(b, o, s, n))
            return add_response(b, l);
        if ((rc = try_completions(b, l, &hit)) != 0 || hit)
            return rc;
        if (is_own_response(b, o, s, n))
            return add_response(b, l);
        const ats_purc *u = match_urc(b, s, n);
        if (u)
            return emit_profile_urc(b, l, u);
        if (sets_aside(b, o, l) && !set_aside(b, l))
            return 0;
        if (b->naside && (rc = aside_out(b, 0)) != 0)
            return rc;
        return add_response(b, l);
    }
    /* a manual's answer or error shape outside a command ("+CME ERROR:
     * <err>"): help text, as in help_text */
    if (l->dir == ATS_DIR_UNKNOWN && memchr(s, '<', n) && line_name(s, n).len &&
        ats_has_placeholder(s, n))
        return emit_simple(b, ATS_REC_ANNOTATION, l, NULL);
    if ((rc = try_completions(b, l, &hit)) != 0 || hit)
        return rc;
    const ats_purc *u = match_urc(b, s, n);
    if (u)
        return emit_profile_urc(b, l, u);
    ats_final_kind fk = final_text(b, l, &code);
    if (b->unshown) {
        /* the answer of the command the library did not print: neither a
         * report nor a final from nowhere, and no transaction either */
        b->unshown = fk == ATS_FINAL_NONE;
        return emit_simple(b, ATS_REC_UNPARSED, l, "unshown-command");
    }
    if (fk == ATS_FINAL_NO_CARRIER || fk == ATS_FINAL_BUSY || fk == ATS_FINAL_NO_ANSWER)
        return emit_urc(b, l, s, n, 1, 0);   /* link or call events */
    if (fk != ATS_FINAL_NONE && b->late_open) {
        b->late_open = 0;
        return emit_simple(b, ATS_REC_UNPARSED, l, "late-final");
    }
    if (fk != ATS_FINAL_NONE)
        return emit_simple(b, ATS_REC_UNPARSED, l, "orphan-final");
    ats_span nm = line_name(s, n);
    if (b->rx_mode[0] && is_raw_rx_mode(b) && !(nm.len && n > nm.len && s[nm.len] == ':'))
        return raw_data_line(b, l);
    if (nm.len > 1 && n > nm.len && s[nm.len] == ':')
        return emit_urc(b, l, nm.ptr, nm.len, 0, 0);
    /* before a command, too, a sentence may be the host's ("Initializing
     * modem..."): text outside a command if anything else follows */
    if (sets_aside(b, NULL, l) && !set_aside(b, l))
        return 0;
    if (b->naside && (rc = aside_out(b, 0)) != 0)
        return rc;
    return emit_simple(b, ATS_REC_UNPARSED, l, "text-outside-command");
}

/* The line after a prompt that ended its line: the typed payload, unless it
 * reads as the modem's (a final, a completion, the command's own answer, a
 * URC) or the host's next command. */
static int typed_payload(ats_builder *b, const ats_line *l)
{
    const char *s = l->text.ptr;
    size_t n = l->text.len;
    ats_span code;
    int hit = 0;
    if (final_text(b, l, &code) != ATS_FINAL_NONE || ats_is_command_text(s, n) ||
        is_own_response(b, b->cur, s, n) || match_urc(b, s, n))
        return 0;
    for (size_t i = 0; i < b->npending && !hit; i++)
        hit = completes(b, b->pending[i], l) != NULL;
    return !hit && !completes(b, b->cur, l);
}

static int bare_prompt_payload(ats_builder *b, const ats_line *l)
{
    ats_line pl = *l;
    pl.flags &= ~(unsigned)ATS_LF_AFTER_PROMPT;
    if (pl.text.len && pl.text.ptr[pl.text.len - 1] == 0x1A) {
        pl.text.len--;
        pl.flags |= ATS_LF_PAYLOAD_CTRLZ;
    } else if (pl.text.len && pl.text.ptr[pl.text.len - 1] == 0x1B) {
        pl.text.len--;
        pl.flags |= ATS_LF_PAYLOAD_ESC;
    } else if (b->cur->t.payload_declared >= 0 &&
               b->cur->t.payload_bytes + pl.text.len == (uint64_t)b->cur->t.payload_declared) {
        pl.flags |= ATS_LF_PAYLOAD_FULL;
    }
    payload_add(b, b->cur, &pl);
    b->mode = B_LINES;
    return 0;
}

static int hold(ats_builder *b, const ats_line *l)
{
    size_t n = l->text.len < b->o.max_txn_bytes ? l->text.len : b->o.max_txn_bytes;
    if (n > b->hold_cap) {
        char *q = realloc(b->hold_buf, n);
        if (!q)
            return ATS_ENOMEM;
        b->hold_buf = q;
        b->hold_cap = n;
    }
    if (n && l->text.ptr != b->hold_buf)   /* (a released line held again) */
        memcpy(b->hold_buf, l->text.ptr, n);
    b->hold_line = *l;
    b->hold_line.text.ptr = b->hold_buf;
    b->hold_line.text.len = n;
    b->held = 1;
    b->hold_fence = b->prev_fence;
    b->hold_fence_run = b->fence_run;
    return 0;
}

static int release(ats_builder *b, ats_error *err);

/* The prompt character of a command line's sub-command that has a prompt
 * entry (AT+CMGS), or 0. */
static int prompt_of(ats_builder *b, const char *s, size_t n)
{
    ats_cmdline cl;
    if (ats_cmdline_parse(&cl, s, n) != 0)
        return 0;
    for (size_t k = 0; k < cl.ncmds; k++) {
        const ats_pcmd *pc = ats_profile_find_cmd_in(b->p, &cl.cmds[k], b->md, b->conn_mode);
        if (pc && pc->prompt)
            return pc->prompt_char;
    }
    return 0;
}

/* The line after a held command line that ended inside quotes (held 2):
 * the rest of its quoted argument, as a terminal wrapped the echo or the
 * paste broke the line, when it closes the quote and is nothing else (no
 * prompt, no command, no final, no URC). */
static int quote_rest(ats_builder *b, const ats_line *l)
{
    const char *s = l->text.ptr;
    size_t n = l->text.len;
    ats_span code;
    return l->kind == ATS_LINE_TEXT && l->dir == ATS_DIR_UNKNOWN &&
           !(l->flags & (ATS_LF_AFTER_PROMPT | ATS_LF_TRUNCATED)) && n && s[0] != '>' &&
           open_quote(l) && !ats_is_command_text(s, n) &&
           final_text(b, l, &code) == ATS_FINAL_NONE && !match_urc(b, s, n);
}

static int is_lower(int c) { return c >= 'a' && c <= 'z'; }
static int is_digit_c(int c) { return c >= '0' && c <= '9'; }

/* An undirected command line a page's width may have cut: a set command of
 * 20 bytes or more that ends inside a quoted argument or in a hyphen after a
 * letter (a word processor's hyphenation). Not one that ends in a digit or
 * a comma: a bare answer such as BC95's "1,4" to AT+NSOST reads as the rest
 * of its argument list. */
static int cut_command(const ats_line *l)
{
    const char *s = l->text.ptr;
    size_t n = l->text.len;
    if (n < 10 || !memchr(s, '=', n) || (l->flags & (ATS_LF_NO_EOL | ATS_LF_TRUNCATED)))
        return 0;
    /* cut after an argument's comma (AT+CGDCONT=1, / "IP","internet"): a
     * command line ends so only where its last argument is left out */
    if (s[n - 1] == ',' && !open_quote(l))
        return 1;
    if (n < 20)
        return 0;
    int c = (unsigned char)s[n - 2];
    if (open_quote(l))
        return 1;
    /* cut after a digit, the comma on the next line (AT+QICSGP=1 / ,1,"apn") */
    if (is_digit_c(s[n - 1]))
        return 1;
    return s[n - 1] == '-' && (is_lower(c) || (c >= 'A' && c <= 'Z'));
}

/* The line after a held cut command line (held 3): its rest, when it is
 * nothing of its own (no command, final, URC, prompt, "+NAME:" line, nor
 * indented) and reads as the rest of an argument list: no blank outside
 * quotes, the quote the cut left open closed; after a hyphen outside quotes
 * a word's or a number's rest. */
static int cut_rest(ats_builder *b, const ats_line *l)
{
    const char *s = l->text.ptr;
    size_t n = l->text.len;
    ats_span code;
    int q = open_quote(&b->hold_line), inq = q;
    if ((l->kind != ATS_LINE_TEXT && !(q && l->kind == ATS_LINE_PAYLOAD)) ||
        l->dir != ATS_DIR_UNKNOWN || !n ||
        (l->flags & (ATS_LF_AFTER_PROMPT | ATS_LF_TRUNCATED)) || strchr(" \t>+^%$#*@[", s[0]) ||
        ats_is_command_text(s, n) || final_text(b, l, &code) != ATS_FINAL_NONE || match_urc(b, s, n))
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            inq = !inq;
        else if (!inq && (s[i] == ' ' || s[i] == '\t'))
            return 0;
    }
    int f = (unsigned char)s[0], last = (unsigned char)b->hold_line.text.ptr[b->hold_line.text.len - 1];
    if (inq)
        return 0;
    if (q)
        return 1;
    /* after a comma the next argument when it is a string (a number there
     * could be a bare answer, as BC95's 1,4: left); after a digit only a
     * line that starts with the next comma, which no line of the modem's
     * does */
    if (last == ',')
        return f == '"';
    if (is_digit_c(last))
        return f == ',';
    return is_lower(f) || is_digit_c(f);
}

/* The line after a held OCR'd final (held 4), NULL at the end: a final of
 * its own after it makes the held line the answer's text; anything else
 * makes it the final it stands for, kept as written. */
/* The bare final held while o waited after a command left with no final
 * result (late_answer), and the line after it (NULL: the capture ended).
 * Another final, or a line of o's own answer, says the held one was the
 * earlier command's late answer (the module answers in order): that
 * command's final, joined where it is held (late_line), else unparsed
 * late-final; o goes on. Anything else leaves it o's. */
static int late_release(ats_builder *b, const ats_line *l, ats_error *err)
{
    ats_span code = {0};
    b->held = 0;
    b->late_name[0] = 0;
    int rc;
    int modem = l && l->kind == ATS_LINE_TEXT && l->dir != ATS_DIR_TX &&
                !(l->dir == ATS_DIR_UNKNOWN && ats_is_command_text(l->text.ptr, l->text.len));
    if (b->cur && modem &&
        (final_text(b, l, &code) != ATS_FINAL_NONE ||
         (line_name(l->text.ptr, l->text.len).len &&
          is_own_response(b, b->cur, l->text.ptr, l->text.len)))) {
        /* the held command's, joined (late_line), or unparsed late-final */
        ats_final_kind k = final_text(b, &b->hold_line, &code);
        rc = late_line(b, b->cur, &b->hold_line, k, code);
    } else {
        ats_final_kind k = final_text(b, &b->hold_line, &code);
        rc = b->cur ? close_final(b, &b->hold_line, k, code)
                    : emit_simple(b, ATS_REC_UNPARSED, &b->hold_line, "orphan-final");
    }
    if (rc)
        return ats_err(err, rc, NULL, b->hold_line.line, 0,
                       rc == ATS_ENOMEM ? "out of memory" : "stopped by callback");
    return 0;
}

static int ocr_release(ats_builder *b, const ats_line *l, ats_error *err)
{
    ats_span code;
    b->held = 0;
    int text = l && l->kind == ATS_LINE_TEXT && l->dir != ATS_DIR_TX &&
               final_text(b, l, &code) != ATS_FINAL_NONE;
    ats_final_kind k = ocr_final_of(b, &b->hold_line, &code);
    int rc = !text && k != ATS_FINAL_NONE ? close_final(b, &b->hold_line, k, code)
             : b->cur                     ? add_response(b, &b->hold_line)
                                          : emit_simple(b, ATS_REC_UNPARSED, &b->hold_line,
                                                        "text-outside-command");
    if (rc)
        return ats_err(err, rc, NULL, b->hold_line.line, 0,
                       rc == ATS_ENOMEM ? "out of memory" : "stopped by callback");
    return 0;
}

/* The line after a held bare digit (held 7), NULL at the end: a final in
 * words after it says the module is verbose and the digit was the
 * command's text (ESP32 NCP's AT+MVER: 7, then OK); anything else leaves
 * the digit the numeric result code it reads as. */
static int numeric_release(ats_builder *b, const ats_line *l, ats_error *err)
{
    ats_span code = {0};
    b->held = 0;
    int words = l && b->cur && l->kind == ATS_LINE_TEXT && l->dir != ATS_DIR_TX &&
                l->text.len > 1 && final_text(b, l, &code) != ATS_FINAL_NONE;
    int rc;
    if (words || !b->cur) {
        rc = b->cur ? add_response(b, &b->hold_line)
                    : emit_simple(b, ATS_REC_UNPARSED, &b->hold_line, "orphan-final");
    } else {
        ats_final_kind k = final_text(b, &b->hold_line, &code);
        rc = close_final(b, &b->hold_line, k, code);
    }
    if (rc)
        return ats_err(err, rc, NULL, b->hold_line.line, 0,
                       rc == ATS_ENOMEM ? "out of memory" : "stopped by callback");
    return 0;
}

/* ---- a line torn by a second writer ---- */

/* Where a kernel message's stamp ("[ 1234.567890] ", printk's "[%5lu.%06lu]")
 * starts inside a line, after the modem's first bytes: the console printed
 * it in the middle of the modem's line (dmesg on the terminal that shows
 * the port). 0: none. */
static size_t torn_at(const char *s, size_t n)
{
    for (size_t p = 1; p + 10 <= n; p++) {
        const char *q = memchr(s + p, '[', n - p);
        if (!q)
            return 0;
        p = (size_t)(q - s);
        size_t i = p + 1, d = 0, f = 0;
        while (i < n && s[i] == ' ')
            i++;
        while (i < n && s[i] >= '0' && s[i] <= '9' && d < 11)
            i++, d++;
        if (!d || i >= n || s[i] != '.')
            continue;
        for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
            f++;
        if (f == 6 && i + 1 < n && s[i] == ']' && s[i + 1] == ' ')
            return p;
    }
    return 0;
}

/* The kernel's message (to the line end) is set aside; the modem's bytes
 * before it are held (held 5) for the rest of their line, which the next
 * line may hold (torn_rest). A head that is a final already is read at
 * once. */
static int torn_split(ats_builder *b, const ats_line *l, size_t kp, ats_error *err)
{
    ats_line k = *l, h = *l;
    k.text.ptr += kp;
    k.text.len -= kp;
    k.offset += kp;
    int rc = emit_simple(b, ATS_REC_ANNOTATION, &k, NULL);
    if (rc)
        return ats_err(err, rc, NULL, l->line, 0,
                       rc == ATS_ENOMEM ? "out of memory" : "stopped by callback");
    h.text.len = kp;
    h.flags |= ATS_LF_EDITED;
    ats_span code;
    if (final_text(b, &h, &code) == ATS_FINAL_NONE) {
        if ((rc = hold(b, &h)) != 0)
            return ats_err(err, rc, NULL, l->line, 0, "out of memory");
        b->held = 5;
        return 0;
    }
    b->replaying = 1;
    rc = ats_builder_feed(b, &h, err);
    b->replaying = 0;
    return rc;
}

/* The line after a torn line's head: its rest, unless it is a line of its
 * own (a command, a final, a "+NAME:" or other prefixed line, indented,
 * another kernel message). */
static int torn_rest(ats_builder *b, const ats_line *l)
{
    const char *s = l->text.ptr;
    size_t n = l->text.len;
    ats_span code;
    return l->kind == ATS_LINE_TEXT && l->dir == ATS_DIR_UNKNOWN && n &&
           !(l->flags & (ATS_LF_AFTER_PROMPT | ATS_LF_TRUNCATED)) &&
           !strchr(" \t>+^%$#*@[", s[0]) && !ats_is_command_text(s, n) &&
           final_text(b, l, &code) == ATS_FINAL_NONE;
}

/* The held command line and the rest of its quoted argument are one
 * command line (the line end between them dropped: a wrap has none, and
 * a module that ends a command at CR never saw one inside its quotes). */
static int join_held(ats_builder *b, const ats_line *l, ats_error *err)
{
    size_t k = b->hold_line.text.len, add = l->text.len;
    if (add > b->o.max_txn_bytes - k)
        add = b->o.max_txn_bytes > k ? b->o.max_txn_bytes - k : 0;
    if (k + add > b->hold_cap) {
        char *q = realloc(b->hold_buf, k + add);
        if (!q)
            return ats_err(err, ATS_ENOMEM, NULL, l->line, 0, "out of memory");
        b->hold_buf = q;
        b->hold_cap = k + add;
    }
    if (add)
        memcpy(b->hold_buf + k, l->text.ptr, add);
    b->hold_line.text.ptr = b->hold_buf;
    b->hold_line.text.len = k + add;
    b->hold_line.flags |= l->flags & ATS_LF_NO_EOL;
    int rc = release(b, err);
    if (rc == 0 && b->cur)
        touch(b->cur, l);
    return rc;
}

/* Something followed the held line: it was a command after all. */
static int release(ats_builder *b, ats_error *err)
{
    b->held = 0;
    b->replaying = 1;
    /* the held line opens as it would have when it came: right after a
     * fence or not (a README's long example is held as a cut command) */
    int pf = b->prev_fence, fr = b->fence_run;
    b->prev_fence = b->hold_fence;
    b->fence_run = b->hold_fence_run;
    int rc = ats_builder_feed(b, &b->hold_line, err);
    b->prev_fence = pf;
    b->fence_run = fr;
    b->replaying = 0;
    return rc;
}

/* A piece after a line end inside a declared-length payload of an
 * undirected capture, as the text line it would be: its line ends off. */
static ats_line piece_as_line(const ats_line *l)
{
    ats_line tl = *l;
    tl.kind = ATS_LINE_TEXT;
    tl.flags &= ~(unsigned)(ATS_LF_PAYLOAD_EOL | ATS_LF_PAYLOAD_FULL | ATS_LF_AFTER_PROMPT);
    tl.text.len -= ats_eol_tail(tl.text.ptr, tl.text.len);
    return tl;
}

/* Is the piece the modem talking again (a final, the command's answer, a
 * URC, a completion, the host's next command) rather than a line the host
 * typed into its payload? */
static int modem_piece(ats_builder *b, const ats_line *l)
{
    ats_line tl = piece_as_line(l);
    return tl.text.len && !typed_payload(b, &tl);
}

/* A piece of a URC's data after a line end that is the modem's line: a
 * final result, a URC, or a command line. */
static int modem_data_piece(ats_builder *b, const ats_line *l)
{
    ats_line tl = piece_as_line(l);
    ats_span code;
    return tl.text.len && (final_text(b, &tl, &code) != ATS_FINAL_NONE ||
                           ats_is_command_text(tl.text.ptr, tl.text.len) ||
                           match_urc(b, tl.text.ptr, tl.text.len));
}

/* The payload ended at the line end before this piece, which is the
 * modem's line: the line ends before it were the modem's too, and the
 * framer goes back to lines from the next byte. */
static int piece_to_line(ats_builder *b, const ats_line *l, ats_error *err)
{
    otx *o = b->cur;
    if (o->npreview == o->t.payload_bytes)
        o->npreview -= o->eol_tail < o->npreview ? o->eol_tail : o->npreview;
    o->t.payload_bytes -= o->eol_tail;
    o->eol_tail = 0;
    o->quote_first = 0;
    /* a quoted string the modem answered before any of it came: none */
    o->t.payload_end = o->t.payload_line ? ATS_PAYLOAD_CUT : ATS_PAYLOAD_NONE;
    b->mode = B_LINES;
    mode(b, ATS_DIR_TX, ATS_FRAME_LINES, 0, 0);
    ats_line tl = piece_as_line(l);
    return ats_builder_feed(b, &tl, err);
}

/* A typed line read whole past the declared length (the framer does not
 * cut a line it cannot judge yet): the length's bytes end the payload, the
 * rest of the line is a line of its own. */
static int piece_past_length(ats_builder *b, const ats_line *l, ats_error *err)
{
    otx *o = b->cur;
    size_t take = (size_t)((uint64_t)o->t.payload_declared - o->t.payload_bytes);
    ats_line pl = *l;
    pl.text.len = take;
    pl.flags = (pl.flags & ~(unsigned)ATS_LF_PAYLOAD_EOL) | ATS_LF_PAYLOAD_FULL;
    payload_add(b, o, &pl);
    ats_line rest = *l;
    rest.text.ptr += take;
    rest.text.len -= take;
    rest.offset += take;
    rest = piece_as_line(&rest);
    return rest.text.len ? ats_builder_feed(b, &rest, err) : 0;
}

/* A line of another channel than the current one's: the current
 * transaction waits (parked) while that channel's, if any, becomes the
 * current one. Lines of one channel never see another's command, so an
 * answer goes to the command sent on its own channel. */
static int switch_channel(ats_builder *b, unsigned ch)
{
    int rc = 0;
    if (b->cur) {
        if (b->nparked == MUX_PARKED) {
            otx *old = b->parked[0].o;
            memmove(b->parked, b->parked + 1, (b->nparked - 1) * sizeof *b->parked);
            b->nparked--;
            old->t.status = ATS_TXN_NO_FINAL;
            rc = emit_txn(b, old);
        }
        b->parked[b->nparked].ch = b->cur_ch;
        /* a channel's payload after its prompt is its own (the others' lines
         * are lines): the mode waits with its transaction */
        b->parked[b->nparked].mode = b->mode == B_PAYLOAD ? B_PAYLOAD : B_LINES;
        b->parked[b->nparked++].o = b->cur;
        b->cur = NULL;
    }
    if (b->mode == B_PAYLOAD)
        b->mode = B_LINES;
    b->cur_ch = ch;
    for (size_t i = 0; i < b->nparked; i++)
        if (b->parked[i].ch == ch) {
            b->cur = b->parked[i].o;
            if (b->mode == B_LINES)
                b->mode = b->parked[i].mode;
            memmove(b->parked + i, b->parked + i + 1, (b->nparked - i - 1) * sizeof *b->parked);
            b->nparked--;
            break;
        }
    return rc;
}

/* The pending command's prompt came (a '>' the framer saw, or a line its
 * entry names: HL78's CONNECT): what the host writes next is its payload. */
static int take_prompt(ats_builder *b, const ats_line *l, const char *s, size_t n)
{
    otx *o = b->cur;
    touch(o, l);
    o->t.flags |= ATS_TF_PROMPT;
    if (!o->prompt.set && keep(o, &o->prompt, l, s, n) == ATS_ENOMEM)
        return ATS_ENOMEM;
    /* the tool does not log what the host writes after a prompt:
     * its next line is a command, never the payload */
    if (b->hides & ATS_HIDES_PAYLOAD)
        return 0;
    b->mode = B_PAYLOAD;
    /* an end mark after the data (HL78's --EOF--Pattern--) is sent too,
     * and may end it before the length */
    const ats_pcmd *pc = o->pc;
    size_t mark = pc ? pc->prompt_end_len : 0;
    if (o->t.payload_declared >= 0 || mark) {
        uint64_t got = o->t.payload_bytes;
        /* with a mark, the sender's mark ends the data, whatever it declared
         * (HL78: +KTCP_NOTIF 8 says the count was off, the data went) */
        uint64_t want = o->t.payload_declared >= 0 && !mark
                            ? (uint64_t)o->t.payload_declared
                            : (uint64_t)1 << 40;
        if (want > got) {
            b->end_mark = pc ? pc->prompt_end : NULL;
            b->end_mark_len = mark;
            mode(b, ATS_DIR_TX, ATS_FRAME_PAYLOAD_LEN, want - got, 0);
            b->end_mark_len = 0;
        } else {
            b->mode = B_LINES;
        }
    } else {
        mode(b, ATS_DIR_TX, ATS_FRAME_PAYLOAD_CTRLZ, 0, 0);
    }
    return 0;
}

/* A modem line the pending command's entry names as its prompt (HL78
 * AT+KTCPSND's CONNECT): read as the '>' of others, before any final. */
static int prompt_line(ats_builder *b, const ats_line *l)
{
    const otx *o = b->cur;
    const ats_pcmd *pc = o->pc;
    return pc && pc->prompt_line.code && !o->prompt.set && b->mode == B_LINES &&
           ats_re_match(&pc->prompt_line, b->md, b->p->mctx, l->text.ptr, l->text.len) > 0;
}

static int feed_line(ats_builder *b, const ats_line *l, ats_error *err);

/* ---- a refusal of the newest command (a profile's "busy" final) ---- */

/* Is l a modem line that is one of the profile's busy finals? */
static int busy_line(ats_builder *b, const ats_line *l)
{
    if (l->kind != ATS_LINE_TEXT || l->dir == ATS_DIR_TX || (l->flags & ATS_LF_AFTER_PROMPT) ||
        (l->dir == ATS_DIR_UNKNOWN && ats_is_command_text(l->text.ptr, l->text.len)))
        return 0;
    for (size_t i = 0; i < b->p->nfinals; i++) {
        const ats_pfinal *f = &b->p->finals[i];
        if (f->busy && !ats_re_cannot_match(&f->re, l->text.ptr, l->text.len) &&
            ats_re_match(&f->re, b->md, b->p->mctx, l->text.ptr, l->text.len) > 0)
            return 1;
    }
    return 0;
}

/* Command line l comes while another command still waits for its final.
 * Under a profile whose module refuses such a command with a busy final
 * (ESP-AT's "busy p..." while it still processes the last one, "busy s..."
 * while it sends), the next line tells whether l ends the waiting command
 * (busy_release): it is held (8). Not a command that changes the framing at
 * once (data mode from its line on, a string over lines, a prompt's payload
 * framed from the host's next bytes in a directed capture): those open as
 * they always did. */
static int busy_holds(ats_builder *b, const ats_line *l)
{
    if (!b->busy_finals || !b->cur || b->cur->state != OTX_WAIT_FINAL || b->cur->final.set ||
        b->mode != B_LINES || (l->flags & ATS_LF_NO_EOL) || open_quote(l))
        return 0;
    ats_cmdline cl;
    if (ats_cmdline_parse(&cl, l->text.ptr, l->text.len) != 0)
        return 0;
    for (size_t k = 0; k < cl.ncmds; k++) {
        const ats_pcmd *pc = ats_profile_find_cmd_in(b->p, &cl.cmds[k], b->md, b->conn_mode);
        if (pc && (pc->enters_data_mode || (pc->prompt && b->o.directed)))
            return 0;
    }
    return 1;
}

/* Is l the echo of the held command line (the modem's copy, or the line
 * again in an undirected capture whose echo is not off)? */
static int busy_echo(const ats_builder *b, const ats_line *l)
{
    if (l->kind != ATS_LINE_TEXT || (l->flags & ATS_LF_AFTER_PROMPT) || l->dir == ATS_DIR_TX ||
        (l->dir == ATS_DIR_UNKNOWN && b->echo == 0))
        return 0;
    char a[NORM_MAX], c[NORM_MAX];
    size_t na = normalize(a, sizeof a, b->hold_line.text.ptr, b->hold_line.text.len);
    size_t nc = normalize(c, sizeof c, l->text.ptr, l->text.len);
    return na && na == nc && !memcmp(a, c, na);
}

/* The held command line (and its held echo) go through as they came. */
static int busy_replay(ats_builder *b, ats_error *err)
{
    int echo = b->held == 9;
    b->busy_replaying = 1;
    int rc = release(b, err);
    if (!rc && echo) {
        b->replaying = 1;
        rc = ats_builder_feed(b, &b->echo_hold_line, err);
        b->replaying = 0;
    }
    b->busy_replaying = 0;
    return rc;
}

/* The line after a command held by busy_holds (held 8; 9: its echo came
 * first, held too). A busy final refuses the held command: it opens and
 * closes on that line while the command before it goes on waiting for its
 * own final (*taken). Anything else: the held lines go through as they
 * came, the new command ending the old one, and l after them. */
static int busy_release(ats_builder *b, const ats_line *l, int *taken, ats_error *err)
{
    *taken = 0;
    if (b->held == 8 && busy_echo(b, l)) {
        size_t n = l->text.len;
        if (n > b->echo_hold_cap) {
            char *q = realloc(b->echo_hold_buf, n);
            if (!q)
                return ats_err(err, ATS_ENOMEM, NULL, l->line, 0, "out of memory");
            b->echo_hold_buf = q;
            b->echo_hold_cap = n;
        }
        if (n)
            memcpy(b->echo_hold_buf, l->text.ptr, n);
        b->echo_hold_line = *l;
        b->echo_hold_line.text.ptr = b->echo_hold_buf;
        b->held = 9;
        *taken = 1;
        return 0;
    }
    if (!busy_line(b, l))
        return busy_replay(b, err);
    *taken = 1;
    otx *old = b->cur;
    b->cur = NULL;                    /* the new command closes nothing */
    int rc = busy_replay(b, err);
    if (rc)
        return rc;
    if (b->cur && b->cur != old)
        rc = close_final(b, l, ATS_FINAL_PROFILE_ERROR, (ats_span){0});
    if (!rc && b->cur) {              /* it did not close: the old one ends here, as before */
        old->t.status = ATS_TXN_NO_FINAL;
        rc = emit_txn(b, old);
        old = NULL;
    }
    if (old) {
        b->cur = old;
        mode(b, ATS_DIR_UNKNOWN, ATS_FRAME_LINES, 0, 0);   /* its prompt, if it has one */
    }
    if (rc)
        return ats_err(err, rc, NULL, l->line, 0,
                       rc == ATS_ENOMEM ? "out of memory" : "stopped by callback");
    return 0;
}

int ats_builder_feed(ats_builder *b, const ats_line *l, ats_error *err)
{
    int rc = feed_line(b, l, err);
    /* the command held for its late answer, once the one sent after it
     * heard something of its own (or went): no late answer is coming */
    if (!rc && b->late_txn && !late_waits(b) && (rc = late_close(b)) != 0)
        return ats_err(err, rc, NULL, l->line, 0,
                       rc == ATS_ENOMEM ? "out of memory" : "stopped by callback");
    return rc;
}

/* The command line held in data mode after an escape the module cannot
 * have taken (held 10, host_command_in_data), and the line after it (NULL:
 * the capture ended). The host writing on, nothing from the module
 * between: the line went as data. Anything else: a command, which ends the
 * session as host_command_after_data has it; *redo then says l, framed as
 * data, is to be read again as the line it is. */
static int data_cmd_release(ats_builder *b, const ats_line *l, int *redo, ats_error *err)
{
    int rc;
    b->held = 0;
    *redo = 0;
    if (l && l->dir == ATS_DIR_TX) {
        if ((rc = data_line(b, &b->hold_line)) != 0)
            return ats_err(err, rc, NULL, b->hold_line.line, 0,
                           rc == ATS_ENOMEM ? "out of memory" : "stopped by callback");
        return 0;
    }
    ats_line tl = piece_as_line(&b->hold_line);
    if ((rc = leave_data_for_command(b, &tl)) != 0)
        return ats_err(err, rc, NULL, tl.line, 0,
                       rc == ATS_ENOMEM ? "out of memory" : "stopped by callback");
    if ((rc = ats_builder_feed(b, &tl, err)) != 0)
        return rc;
    b->data_closing = b->in_data;
    *redo = l != NULL;
    return 0;
}

static int feed_line(ats_builder *b, const ats_line *l, ats_error *err)
{
    int rc = 0;
    if (b->stopped)
        return ats_err(err, ATS_EUSER, NULL, l->line, 0, "builder stopped earlier");
    if (!b->replaying) {
        /* a text line's facts kept by its bytes; a replayed or other line
         * is asked as it comes */
        b->fact = l->kind == ATS_LINE_TEXT ? facts_of(b, l) : NULL;
        b->fact_ptr = l->text.ptr;
        b->fact_len = l->text.len;
        b->prev_fence = b->cur_fence;
        b->cur_fence = l->kind == ATS_LINE_TEXT && line_fence(b, l->text.ptr, l->text.len);
        if (l->kind == ATS_LINE_TEXT && l->dir == ATS_DIR_UNKNOWN && b->mode == B_LINES) {
            switch (line_doc(b, l->text.ptr, l->text.len)) {
            case DOC_EXAMPLE: b->example = 1; break;
            case DOC_HEADING: b->doc++; b->example = 0; break;
            case DOC_PROSE: b->example = 0; break;
            default: break;
            }
        }
        /* the last text line is kept (its first LEAD_MAX bytes) and asked
         * for run words only when a fence opens after it: asked of every
         * line, the word scan was most of a plain capture's parse */
        if (b->cur_fence && (b->in_fence ^= 1))
            b->fence_run = run_words(b->lead, b->nlead);
        else if (!b->cur_fence && l->text.len) {
            b->nlead = l->text.len < sizeof b->lead ? l->text.len : sizeof b->lead;
            memcpy(b->lead, l->text.ptr, b->nlead);
        }
    }
    /* Undirected, the rest of the line a declared length cut: the host
     * typed more than it declared (SIM800's AT+CIPSEND=12 then 17 bytes on
     * the prompt's line); the module's own text starts on a line of its
     * own. Counted with the payload, as sent, not an answer line; unless it
     * reads as the module's (a report's sign, a result word in capitals): a
     * stream glued into one line (ubxlib's "...ping+USOWR: 0,7OK..."), or
     * starts with a blank (a paste's trailing blanks after the payload), or
     * holds a printer's byte tokens ([01], <0D>, \x02: the length counts
     * bytes, the line shows tokens, so the cut is not where the bytes end). */
    if (b->cur && l->kind == ATS_LINE_TEXT && l->dir == ATS_DIR_UNKNOWN && b->mode == B_LINES &&
        b->cur->t.payload_end == ATS_PAYLOAD_LENGTH && b->cur->t.payload_line == l->line &&
        !b->cur->final.set && !b->cur->nresp && l->text.len && !strchr("+^#%$ \t", l->text.ptr[0]) &&
        !(l->text.len >= 2 && l->text.ptr[0] >= 'A' && l->text.ptr[0] <= 'Z' &&
          l->text.ptr[1] >= 'A' && l->text.ptr[1] <= 'Z') &&
        !memchr(l->text.ptr, '[', l->text.len) && !memchr(l->text.ptr, '<', l->text.len) &&
        !memchr(l->text.ptr, '\\', l->text.len)) {
        b->cur->t.payload_bytes += l->text.len;
        return 0;
    }
    int taken;
    if (b->held == 10) {
        int redo;
        if ((rc = data_cmd_release(b, l, &redo, err)) != 0)
            return rc;
        if (redo && l->kind == ATS_LINE_PAYLOAD) {
            if ((rc = data_closing_line(b, l, &taken)) != 0 || taken)
                return rc ? ats_err(err, rc, NULL, l->line, 0,
                                    rc == ATS_ENOMEM ? "out of memory" : "stopped by callback")
                          : 0;
            /* framed in data mode: the line it is in command mode */
            ats_line tl = piece_as_line(l);
            return tl.text.len ? ats_builder_feed(b, &tl, err) : 0;
        }
    }
    if ((rc = data_closing_line(b, l, &taken)) != 0 || taken)
        return rc ? ats_err(err, rc, NULL, l->line, 0,
                            rc == ATS_ENOMEM ? "out of memory" : "stopped by callback")
                  : 0;
    if (b->held == 4 && (rc = ocr_release(b, l, err)) != 0)
        return rc;
    if (b->held == 6 && (rc = late_release(b, l, err)) != 0)
        return rc;
    if (b->held == 7 && (rc = numeric_release(b, l, err)) != 0)
        return rc;
    if ((b->held == 8 || b->held == 9) &&
        ((rc = busy_release(b, l, &taken, err)) != 0 || taken))
        return rc;
    if (b->held == 2 && quote_rest(b, l))
        return join_held(b, l, err);
    if (b->held == 3 && cut_rest(b, l)) {
        const char *h = b->hold_line.text.ptr;
        size_t k = b->hold_line.text.len;
        /* a word processor's hyphen inside a word ("internet.exam-" /
         * "ple.com"): not the command's */
        if (h[k - 1] == '-' && l->text.ptr[0] >= 'a' && l->text.ptr[0] <= 'z')
            b->hold_line.text.len--;
        b->hold_line.flags |= ATS_LF_EDITED;
        if (open_quote(&b->hold_line))
            mode(b, ATS_DIR_TX, ATS_FRAME_LINES, 0, 0);   /* the string closed */
        return join_held(b, l, err);
    }
    if (b->held == 5 && torn_rest(b, l)) {
        b->hold_line.flags |= ATS_LF_EDITED;
        return join_held(b, l, err);
    }
    if (b->held && (rc = release(b, err)) != 0)
        return rc;
    /* (the released line was a command busy_holds held in its turn) */
    if (b->held == 8 && ((rc = busy_release(b, l, &taken, err)) != 0 || taken))
        return rc;
    size_t kp;
    if (!b->replaying && l->kind == ATS_LINE_TEXT && l->dir == ATS_DIR_UNKNOWN &&
        b->mode == B_LINES && !(l->flags & (ATS_LF_AFTER_PROMPT | ATS_LF_TRUNCATED)) &&
        (kp = torn_at(l->text.ptr, l->text.len)) != 0)
        return torn_split(b, l, kp, err);
    if (l->channel != b->cur_ch &&
        (l->kind == ATS_LINE_TEXT || l->kind == ATS_LINE_PROMPT || l->kind == ATS_LINE_PAYLOAD) &&
        (rc = switch_channel(b, l->channel)) != 0)
        return ats_err(err, rc, NULL, l->line, 0, "stopped by callback");
    const char *s = l->text.ptr;
    size_t n = l->text.len;
    if (b->naside) {
        /* the host's next command, another sentence (modem_line sets it
         * aside too), or anything else */
        int text = l->kind == ATS_LINE_TEXT && !(l->flags & ATS_LF_AFTER_PROMPT);
        int cmd = text && l->dir != ATS_DIR_RX && ats_is_command_text(s, n);
        if ((cmd || !(text && l->dir == ATS_DIR_UNKNOWN && ats_text_sentence(s, n))) &&
            (rc = aside_out(b, cmd)) != 0)
            return ats_err(err, rc, NULL, l->line, 0,
                           rc == ATS_ENOMEM ? "out of memory" : "stopped by callback");
    }
    if (l->dir != ATS_DIR_UNKNOWN)
        b->o.directed = 1;       /* the capture shows who sent what */
    switch (l->kind) {
    case ATS_LINE_ANNOTATION:
        rc = emit_simple(b, ATS_REC_ANNOTATION, l, NULL);
        break;
    case ATS_LINE_UNPARSED:
        rc = emit_simple(b, ATS_REC_UNPARSED, l, l->note ? l->note : "format");
        break;
    case ATS_LINE_HOST_LOG:
        if ((l->flags & ATS_LF_NOT_SENT) && b->cur && b->cur->state == OTX_WAIT_FINAL &&
            !b->cur->nresp && !b->cur->final.set && !(b->cur->t.flags & ATS_TF_ECHO))
            b->cur->not_sent = 1;
        /* the library dropped what it had read (SMSLib's clearBuffer()
         * after ATZ, ATE0, the send's prompt): the command goes on (a
         * payload, a final may still come), but its lack of an answer is
         * the log's, not the module's */
        if ((l->flags & ATS_LF_FLUSHED) && b->cur && b->cur->state == OTX_WAIT_FINAL &&
            !b->cur->final.set)
            b->cur->t.flags |= ATS_TF_ANSWER_FLUSHED;
        if ((l->flags & ATS_LF_GAVE_UP) && b->cur && b->cur->state == OTX_WAIT_FINAL &&
            !b->cur->final.set && !b->cur->not_sent) {
            /* the library stopped waiting here: a line after this is no
             * answer of that command (an orphan, or the next one's) */
            otx *o = b->cur;
            b->cur = NULL;
            if (b->mode == B_PAYLOAD)
                b->mode = B_LINES;
            mode(b, ATS_DIR_UNKNOWN, ATS_FRAME_LINES, 0, 0);
            if (keep(o, &o->gave_up, l, l->text.ptr, l->text.len) == ATS_ENOMEM)
                return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
            touch(o, l);
            o->t.status = ATS_TXN_HOST_TIMEOUT;
            b->late_open = 1;
            late_from(b, o);
            if ((rc = emit_txn(b, o)) != 0)
                break;
        }
        if ((l->flags & ATS_LF_DATA_END) && b->mode == B_DATA && (rc = host_data_end(b, l)) != 0)
            break;
        /* a command went out that the log does not show: what the module
         * says next answers it (unless a command shown is still open) */
        if ((l->flags & ATS_LF_SENT_UNSHOWN) && !(b->cur && b->cur->state == OTX_WAIT_FINAL)) {
            b->unshown = 1;
            b->late_open = 0;
        }
        rc = emit_simple(b, ATS_REC_HOST_LOG, l, l->note ? l->note : "host");
        break;
    case ATS_LINE_PROMPT:
        if (b->cur && b->cur->state == OTX_WAIT_FINAL)
            rc = take_prompt(b, l, s, n);
        else
            rc = emit_simple(b, ATS_REC_UNPARSED, l, "prompt-without-command");
        break;
    case ATS_LINE_PAYLOAD:
        if (b->urc_data_left && l->dir != ATS_DIR_TX) {
            /* what a URC announced: its bytes, line ends and all, up to its
             * length, unless a line after a line end reads as the modem's
             * (the data was not logged, or ended early) */
            if (b->urc_data_eol && !(l->flags & ATS_LF_CONTINUED) && modem_data_piece(b, l)) {
                b->urc_data_left = 0;
                b->urc_data_eol = 0;
                b->lead_held = 0;     /* the line's framing, not data */
                mode(b, ATS_DIR_RX, ATS_FRAME_LINES, 0, 0);
                ats_line tl = piece_as_line(l);
                rc = ats_builder_feed(b, &tl, err);
                break;
            }
            b->urc_data_eol = (l->flags & ATS_LF_PAYLOAD_EOL) != 0;
            if (!(l->flags & (ATS_LF_CONTINUED | ATS_LF_PAYLOAD_EOL)))
                b->urc_data_left = 0;
            if (b->lead_held) {
                rc = lead_data_line(b, l);
            } else if ((l->flags & ATS_LF_PAYLOAD_EOL) && !(l->flags & ATS_LF_CONTINUED) &&
                       l->text.len && ats_eol_tail(l->text.ptr, l->text.len) == l->text.len) {
                /* line ends before any byte of the data: the data's own, or
                 * the framing of a modem line that came instead */
                b->lead_held = 1;
                b->lead_line = *l;
                size_t k = l->text.len < sizeof b->lead_buf ? l->text.len : sizeof b->lead_buf;
                memcpy(b->lead_buf, l->text.ptr, k);
                b->lead_line.text.ptr = b->lead_buf;
            } else {
                rc = raw_data_line(b, l);
            }
        } else if (b->mode == B_DATA) {
            int hc = host_command_in_data(b, l);
            if (hc == 2) {
                rc = hold_in_data(b, l);
                break;
            }
            if (hc) {
                ats_line tl = piece_as_line(l);
                if ((rc = leave_data_for_command(b, &tl)) == 0 &&
                    (rc = ats_builder_feed(b, &tl, err)) == 0)
                    b->data_closing = b->in_data;
                break;
            }
            rc = data_line(b, l);
        } else if (b->cur && b->cur->state == OTX_WAIT_FINAL && no_prompt_command(b, l)) {
            /* the prompt never came and the host went on: its next command
             * line is a command, the send ends with no final */
            b->mode = B_LINES;
            mode(b, ATS_DIR_TX, ATS_FRAME_LINES, 0, 0);
            ats_line tl = piece_as_line(l);
            rc = ats_builder_feed(b, &tl, err);
            break;
        } else if (b->cur && b->cur->state == OTX_WAIT_FINAL) {
            /* The payload's first piece, undirected, a whole line that reads
             * as the module's (its final, its answer, a URC): the capture
             * shows none of the host's bytes (a terminal that shows what the
             * module sent, the echo off), so the module answered the write
             * (Cinterion AT^SISW's OK, Quectel's SEND OK, u-blox +USOWR:). A
             * line that fills the declared length exactly may be the
             * payload itself: counted. */
            if (!b->cur->t.payload_bytes && !b->cur->eol_tail && !b->cur->quote_first &&
                b->cur->prompt.set && (l->flags & ATS_LF_PAYLOAD_EOL) &&
                !(l->flags & ATS_LF_CONTINUED) &&
                (b->cur->t.payload_declared < 0 ||
                 l->text.len - ats_eol_tail(l->text.ptr, l->text.len) !=
                     (uint64_t)b->cur->t.payload_declared) &&
                modem_piece(b, l)) {
                rc = piece_to_line(b, l, err);
                break;
            }
            if ((b->cur->eol_tail || b->cur->quote_first) && !(l->flags & ATS_LF_CONTINUED)) {
                if (modem_piece(b, l)) {
                    rc = piece_to_line(b, l, err);
                    break;
                }
                b->cur->quote_first = 0;
                if (b->cur->t.payload_declared >= 0 &&
                    b->cur->t.payload_bytes + l->text.len > (uint64_t)b->cur->t.payload_declared) {
                    rc = piece_past_length(b, l, err);
                    break;
                }
            }
            if (!b->cur->prompt.set && !b->cur->quoted)
                b->cur->t.flags |= ATS_TF_PAYLOAD_EARLY;
            payload_add(b, b->cur, l);
        } else {
            rc = emit_simple(b, ATS_REC_UNPARSED, l, "payload-without-command");
        }
        break;
    case ATS_LINE_TEXT:
        if (l->dir != ATS_DIR_TX) {
            b->urc_data_left = 0;   /* the modem talks again: the data did not come */
            b->lead_held = 0;
        } else if (b->urc_data_left) {
            /* The host writes while a URC's data is still to come: the data
             * is the modem's and came before the write, or not at all (a
             * BG95 in buffer access mode says "recv",0,2 and sends nothing
             * until AT+QIRD): the modem's next bytes are the echo and the
             * answer of this write, not that data. */
            b->urc_data_left = 0;
            b->urc_data_eol = 0;
            b->lead_held = 0;
            mode(b, ATS_DIR_RX, ATS_FRAME_LINES, 0, 0);
        }
        if (l->dir != ATS_DIR_TX && b->urc_follow && b->mode == B_LINES) {
            /* the line a two-line URC announced (+CMT's PDU or text): data */
            b->urc_follow--;
            rc = raw_data_line(b, l);
            break;
        }
        if (b->mode == B_DATA) {
            int hc = host_command_in_data(b, l);
            if (hc == 2) {
                rc = hold_in_data(b, l);
                break;
            }
            if (hc) {
                if ((rc = leave_data_for_command(b, l)) != 0)
                    break;
                b->data_closing = b->in_data;
            } else {
                rc = data_line(b, l);
                break;
            }
        }
        /* a page's furniture copied with a manual's or a report's text:
         * the modem printed none of it */
        if (l->dir == ATS_DIR_UNKNOWN && b->mode == B_LINES && !(l->flags & ATS_LF_AFTER_PROMPT) &&
            line_furniture(b, s, n)) {
            rc = emit_simple(b, ATS_REC_ANNOTATION, l, NULL);
            break;
        }
        if ((l->flags & ATS_LF_AFTER_PROMPT) && b->mode == B_PAYLOAD && b->cur &&
            b->cur->state == OTX_WAIT_FINAL && l->dir != ATS_DIR_RX && typed_payload(b, l)) {
            rc = bare_prompt_payload(b, l);
            break;
        }
        /* an answer line in the pending command's own shape reads as a command
         * line in an undirected capture: its answer (ESP-AT's AT+GMR prints
         * "AT version:...") */
        if (l->dir != ATS_DIR_RX && ats_is_command_text(s, n) &&
            !(l->dir == ATS_DIR_UNKNOWN && ats_cmdline_is_sentence(s, n)) &&
            !(l->dir == ATS_DIR_UNKNOWN && b->cur && b->cur->state == OTX_WAIT_FINAL &&
              own_shape(b, l))) {
            /* A command line with no line end may be the capture's last,
             * cut while the host typed it (the modem acts on CR only): hold
             * it until we know whether anything follows. */
            if ((l->flags & ATS_LF_NO_EOL) && !b->replaying) {
                rc = hold(b, l);
                break;
            }
            if (l->dir == ATS_DIR_UNKNOWN) {
                const ats_purc *u = match_urc(b, s, n);
                if (u) {
                    rc = emit_profile_urc(b, l, u);
                    break;
                }
                otx *o = b->cur;
                /* undirected and echo not off: the same line twice, nothing
                 * between, is the command and its echo (a terminal log of a
                 * host that logs what it sends). A command the log shows the
                 * host writing (MicroPython's uart.write(), then the read
                 * printed undirected) is echoed in the read even after a URC
                 * came first in it: a second send would be a write again. */
                int written = o && o->dir == ATS_DIR_TX && o->state == OTX_WAIT_FINAL &&
                              !o->final.set;
                if (o && b->echo != 0 && !(o->t.flags & ATS_TF_ECHO) &&
                    (o->nresp == 0 || written) && !o->prompt.set &&
                    (o->nurc == 0 || written) && same_command(o, s, n) &&
                    (written || !sent_again(b, o, l))) {
                    /* what came before the echo was sent before the modem had
                     * the command: no answer of it ("RDY", "+CFUN: 1" that no
                     * profile names) */
                    if (o->nresp && (rc = answers_to_urcs(b, o)) != 0)
                        break;
                    o->t.flags |= ATS_TF_ECHO;
                    o->echo_line = l->line;
                    o->echo_off = l->offset;
                    o->echo_time = l->time;
                    touch(o, l);
                    break;
                }
                if (o && o->nresp == 0 && (o->t.flags & ATS_TF_ECHO) &&
                    echo_again(b, o, l, s, n)) {
                    rc = sent_twice(b, o, l);
                    break;
                }
                /* A command with a prompt (AT+CMGS) whose line ends inside
                 * quotes: a terminal that wrapped its echo, or a paste that
                 * broke it, puts the rest on the next line. Held until that
                 * line comes (join_held, or opened as it is); its prompt
                 * may come at once. Commands without a prompt take the
                 * next lines as the string's instead (open_command). */
                int pch;
                if (!b->replaying && open_quote(l) && (pch = prompt_of(b, s, n)) != 0) {
                    if ((rc = hold(b, l)) != 0)
                        break;
                    b->held = 2;
                    if (b->mode_cb && b->mode != B_DATA)
                        b->mode_cb(b->mode_user, ATS_DIR_RX, ATS_FRAME_LINES, 0, pch);
                    break;
                }
                /* A long command line a page's width may have cut (a report
                 * or a manual copied out of a PDF): held for one line, which
                 * is joined to it when it is its rest (cut_rest). */
                if (!b->replaying && cut_command(l) && !prompt_of(b, s, n)) {
                    if ((rc = hold(b, l)) != 0)
                        break;
                    b->held = 3;
                    /* inside quotes, the next line is framed as the string's
                     * rest, as open_command would have it framed (nRF91's
                     * certificate over lines) */
                    if (open_quote(l))
                        mode(b, ATS_DIR_TX, ATS_FRAME_PAYLOAD_QUOTE, 0, 0);
                    break;
                }
            }
            if (!b->busy_replaying && busy_holds(b, l)) {
                if ((rc = hold(b, l)) != 0)
                    break;
                b->held = 8;
                int pch = prompt_of(b, s, n);
                if (pch && b->mode_cb)   /* its prompt may come next, as once opened */
                    b->mode_cb(b->mode_user, ATS_DIR_RX, ATS_FRAME_LINES, 0, pch);
                break;
            }
            rc = open_command(b, l);
            break;
        }
        if (l->dir == ATS_DIR_TX) {
            if (b->cur && b->cur->pc && b->cur->pc->prompt) {
                if (!b->cur->prompt.set)
                    b->cur->t.flags |= ATS_TF_PAYLOAD_EARLY;
                payload_add(b, b->cur, l);
            } else if ((l->flags & ATS_LF_NO_EOL) && !b->cur && b->p->escape &&
                       n == strlen(b->p->escape) && !memcmp(s, b->p->escape, n)) {
                /* the escape as a write of its own, no line end (mgos
                 * pppos's "+++" before its commands): it leaves a data
                 * session the log did not show, its OK no orphan */
                enter_data(b, l);
                b->data_unshown = 1;
                /* none of the session's bytes are in the log: what comes
                 * next is lines (its OK, the next command) */
                mode(b, ATS_DIR_UNKNOWN, ATS_FRAME_LINES, 0, 0);
                rc = data_line(b, l);
            } else {
                rc = emit_simple(b, ATS_REC_UNPARSED, l, "host-text-not-command");
            }
            break;
        }
        if (l->dir == ATS_DIR_RX && b->cur && !(b->cur->t.flags & ATS_TF_ECHO) &&
            (b->cur->nresp == 0 || (b->cur->state == OTX_WAIT_FINAL && !b->cur->final.set &&
                                    !b->cur->prompt.set)) &&
            same_command(b->cur, s, n)) {
            /* lines read before the echo were no answer of it */
            if (b->cur->nresp && (rc = answers_to_urcs(b, b->cur)) != 0)
                break;
            b->cur->t.flags |= ATS_TF_ECHO;
            touch(b->cur, l);
            break;
        }
        if (b->mode == B_PAYLOAD) {
            /* the payload expected after the prompt never came */
            b->mode = B_LINES;
            mode(b, ATS_DIR_TX, ATS_FRAME_LINES, 0, 0);
        }
        if (b->cur && b->cur->state == OTX_WAIT_FINAL && prompt_line(b, l)) {
            rc = take_prompt(b, l, s, n);
            break;
        }
        rc = modem_line(b, l);
        break;
    }
    if (rc == ATS_ENOMEM)
        return ats_err(err, rc, NULL, l->line, 0, "out of memory");
    if (rc)
        return ats_err(err, rc, NULL, l->line, 0, "stopped by callback");
    return 0;
}

int ats_builder_finish(ats_builder *b, ats_error *err)
{
    int rc = 0;
    if (b->stopped)
        return ats_err(err, ATS_EUSER, NULL, 0, 0, "builder stopped earlier");
    if (b->data_closing) {
        b->data_closing = 0;
        if ((rc = data_flush(b, "host-command", &b->data_end_line)) != 0)
            return ats_err(err, rc, NULL, 0, 0,
                           rc == ATS_ENOMEM ? "out of memory" : "stopped by callback");
    }
    if (b->naside)
        rc = aside_out(b, 0);
    if (!rc && b->held == 10) {
        int redo;
        if ((rc = data_cmd_release(b, NULL, &redo, err)) != 0)
            return rc;
        if (b->data_closing) {
            b->data_closing = 0;
            if ((rc = data_flush(b, "host-command", &b->data_end_line)) != 0)
                return ats_err(err, rc, NULL, 0, 0,
                               rc == ATS_ENOMEM ? "out of memory" : "stopped by callback");
        }
    }
    if (!rc && b->held == 4)
        rc = ocr_release(b, NULL, err);
    if (!rc && b->held == 6)
        rc = late_release(b, NULL, err);
    if (!rc && b->held == 7)
        rc = numeric_release(b, NULL, err);
    if (!rc && (b->held == 8 || b->held == 9)) {
        if ((rc = busy_replay(b, err)) != 0)   /* nothing refused it */
            return rc;
    } else if (!rc && (b->held == 2 || b->held == 3 || b->held == 5)) {
        if ((rc = release(b, err)) != 0)   /* its line ended: a command */
            return rc;
    } else if (!rc && b->held) {
        b->held = 0;
        rc = emit_simple(b, ATS_REC_UNPARSED, &b->hold_line, "command-cut-at-end");
    }
    /* a command held for its late answer: none came before the end */
    if (!rc)
        rc = late_close(b);
    /* the open transactions of every channel, the first opened first */
    while (!rc && (b->cur || b->nparked)) {
        otx *o = b->cur;
        size_t at = b->nparked;
        for (size_t i = 0; i < b->nparked; i++)
            if (!o || b->parked[i].o->t.id < o->t.id) {
                o = b->parked[i].o;
                at = i;
            }
        if (at == b->nparked) {
            b->cur = NULL;
        } else {
            memmove(b->parked + at, b->parked + at + 1, (b->nparked - at - 1) * sizeof *b->parked);
            b->nparked--;
        }
        o->t.status = ATS_TXN_UNFINISHED;
        if (o->t.flags & ATS_TF_ASYNC && o->t.completion == ATS_COMPL_NONE)
            o->t.completion = ATS_COMPL_PENDING;
        rc = emit_txn(b, o);
    }
    while (!rc && b->npending) {
        otx *o = b->pending[0];
        memmove(b->pending, b->pending + 1, (b->npending - 1) * sizeof *b->pending);
        b->npending--;
        o->t.status = ATS_TXN_UNFINISHED;
        o->t.completion = ATS_COMPL_PENDING;
        rc = emit_txn(b, o);
    }
    if (!rc && b->mode == B_DATA && b->in_data)
        rc = data_flush(b, "end-of-capture", NULL);
    if (!rc && b->chain_active)
        rc = chain_close(b, b->chain_last_failed ? "end-of-capture" : "succeeded");
    if (rc == ATS_ENOMEM)
        return ats_err(err, rc, NULL, 0, 0, "out of memory");
    if (rc)
        return ats_err(err, rc, NULL, 0, 0, "stopped by callback");
    return 0;
}

int ats_builder_new(ats_builder **out, const ats_profile *p, const ats_builder_opts *opts,
                    ats_record_cb cb, void *user, ats_error *err)
{
    *out = NULL;
    if (!p)
        return ats_err(err, ATS_EINVAL, NULL, 0, 0, "no profile");
    int prc = ats_profile_check_complete(p, err);
    if (prc < 0)
        return prc;
    ats_builder *b = calloc(1, sizeof *b);
    if (!b)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    if (opts)
        b->o = *opts;
    if (!b->o.max_pending_async)
        b->o.max_pending_async = 16;
    if (!b->o.max_responses)
        b->o.max_responses = 64;
    if (!b->o.max_txn_bytes)
        b->o.max_txn_bytes = 256 * 1024;
    if (!b->o.preview_bytes || b->o.preview_bytes > 256)
        b->o.preview_bytes = b->o.preview_bytes > 256 ? 256 : 64;
    b->p = p;
    b->cb = cb;
    b->user = user;
    b->verbose = -1;
    b->echo = -1;
    for (size_t i = 0; i < p->nfinals; i++)
        b->busy_finals += p->finals[i].busy;
    b->md = pcre2_match_data_create(p->max_groups + 1, NULL);
    b->pending = calloc(b->o.max_pending_async, sizeof *b->pending);
    b->items = calloc(b->o.max_responses, sizeof *b->items);
    b->cand = calloc(p->nurcs + 1, sizeof *b->cand);
    b->facts = calloc(FACT_SLOTS, sizeof *b->facts);
    if (!b->md || !b->pending || !b->items || !b->cand || !b->facts) {
        ats_builder_free(b);
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    }
    *out = b;
    return 0;
}

unsigned ats_builder_channel(const ats_builder *b) { return b->cur_ch; }

size_t ats_builder_end_mark(const ats_builder *b, const char **mark)
{
    *mark = b->end_mark;
    return b->end_mark_len;
}

void ats_builder_set_mode_cb(ats_builder *b, ats_mode_cb cb, void *user)
{
    b->mode_cb = cb;
    b->mode_user = user;
}

void ats_builder_free(ats_builder *b)
{
    if (!b)
        return;
    if (b->cur)
        otx_destroy(b->cur);
    if (b->late_txn)
        otx_destroy(b->late_txn);
    for (size_t i = 0; i < b->nparked; i++)
        otx_destroy(b->parked[i].o);
    for (size_t i = 0; i < b->npending; i++)
        otx_destroy(b->pending[i]);
    while (b->free_list) {
        otx *o = b->free_list;
        b->free_list = o->next_free;
        otx_destroy(o);
    }
    free(b->pending);
    free(b->items);
    free(b->hold_buf);
    free(b->echo_hold_buf);
    free(b->cand);
    free(b->facts);
    pcre2_match_data_free(b->md);
    free(b);
}
