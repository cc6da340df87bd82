/* reader_trace.c - reads a host library's debug trace by its definition
 * (the formats folder): each line is matched against the definition's rules in
 * order; a data rule's payload is decoded back to the bytes that crossed the
 * wire and emitted with its direction and time, so the framer and builder
 * see what a serial capture would have shown. The library's own lines are
 * host-log records. Records that span lines (hexdump rows under a title,
 * a response buffer printed raw) are continued by the rule's "continue". */
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "cmux.h"
#include "fmtdef.h"
#include "reader.h"

#define TR_BUF 65536
#define TR_CUM 16384
#define TR_HOLD 8192             /* a line cut by a terminal's width, waiting for its rest */
#define TR_HOLD_PIECES 8
#define MUX_WAIT_BYTES 8192      /* another channel's text waiting for a line to end */
#define MUX_WAITS 64
/* Ports a trace names that get a channel each (the builder keeps one open
 * transaction per channel, besides the current one's MUX_PARKED); later
 * ones share the last. */
#define TR_PORTS 9
#define TR_LAST 128              /* the last line of a direction a verdict may name */

#define TR_MEMO 8                /* rules with a memo */

typedef struct tr_st {
    pcre2_match_data *md;
    pcre2_match_data *smd;       /* for rd_ctx.stamp (NULL: not asked) */
    int t_prefix;                /* t came from a stamp before a payload (prefix_time) */
    const PCRE2_SIZE *ov;        /* md's ovector (it never moves) and its pairs */
    PCRE2_SIZE *ovw;             /* the same, for a memo's answer */
    uint32_t nov;
    /* the first rules' matches kept by the shape of the line's head
     * (fmt_memo.c): a trace's lines repeat a few shapes */
    fd_memo *memo[TR_MEMO];
    unsigned char *buf;
    int open;                    /* rule with a record still taking lines, -1 none */
    int open_stamped;            /* the open record's line started with a stamp */
    int open_host;               /* ... whose lines are host-log (a host_log rule's, or
                                    one deferred to another that the sample shows) */
    ats_dir open_dir;
    unsigned open_lines;
    uint64_t open_line, open_off;
    /* the wrapper's writer name the open record's first line opened with
     * (rd_ctx.wrap_tag): its next lines carry it too, and are read after it */
    char tag[64];
    size_t ntag;
    ats_time t;                  /* the current record's time */
    /* cumulative records (esp_modem's Response: the buffer so far, again;
     * chan_dongle: the unread rest of the ring buffer, again): a record's
     * first bytes that repeat the end of the previous one are dropped */
    unsigned char *prev, *cur;
    size_t nprev, ncur;
    int prev_rule, skipping;
    uint64_t prev_end;           /* the last line of the previous record kept (repeats) */
    uint64_t open_blank;         /* the last empty line the open record swallowed: a
                                    viewer's line break for a CR (repeats) */
    ats_dir prev_dir;
    unsigned char tail[4];       /* the last bytes emitted: a suffix already there is not added */
    size_t ntail;
    /* a keep_cr rule's payload showed a CR: the trace keeps its CRs, so a
     * line end without one is the logger's, and a suffix_crless rule's
     * suffix (what a paste that took the CRs out lost) is not added
     * (go-modem-trace: a read cut in mid-line, an SMS text ending in Ctrl-Z) */
    int shows_cr;
    unsigned shows_eol;          /* by direction (1u << dir): a suffix_eolless rule's payload
                                    of that side named a CR or LF (eol_shown) */
    int angle_eol;               /* a payload showed a <cr> / <ln> token (dec_for) */
    /* the start of a <cr> / <ln> token that ended a read, its rest in the
     * next read of the direction: held, then decoded with it */
    char ptok[3];
    size_t nptok;
    ats_dir ptok_dir;
    uint64_t ptok_line, ptok_off;
    uint32_t *cand;              /* offsets in prev where the repeat may start */
    size_t ncand, best;          /* best: the longest repeat found complete */
    unsigned seen;               /* rules (0..31) a line has matched so far */
    /* CMUX: the frame a "frame" rule's record is gathering, the decoder of
     * each "stream" / "switch" rule, and the DLCIs carrying data (PPP) */
    unsigned char *fbuf;
    size_t nfbuf;
    unsigned f_dlci;
    int f_type;
    ats_cmux_dec **dec;          /* a stream rule's, by rule (ndec rules) */
    size_t ndec;
    uint64_t data_dlci;
    /* Two channels carrying text (an AT channel and a second one, as
     * modem_cellular's DLCI 1 and 2 before the dial) may alternate inside a
     * line: a direction's line is owned by the channel that opened it until
     * that channel ends it, and the other channels' text waits meanwhile, so
     * each channel's lines reach the framer whole. */
    struct mux_dir {
        int owner;               /* DLCI with a line open, -1 none */
        unsigned char *buf;      /* text of other channels, waiting */
        size_t nbuf;
        struct mux_wait {
            unsigned dlci;
            size_t at, len;
            uint64_t line, off;
            ats_time t;
        } w[MUX_WAITS];
        size_t nw;
    } mux[2];
    /* a line the definition's "wrapped" patterns say was cut in two, held
     * until the next line shows whether it is the rest */
    char *hold;
    size_t nhold;
    unsigned hold_pieces;
    int hold_kind;               /* how it was cut (CUT_*) */
    uint64_t hold_line, hold_off;
    int goes_on;                 /* a goes_on payload waits for the rest of its line */
    /* a wait_echo rule's line (RIOT's shell line "> send AT+CSQ" where the
     * driver prints what it reads), waiting for the module's echo of its
     * command (then host-log) or for a line that shows none came (then the
     * command): the line, its rule and its command's bytes */
    char *wait;
    size_t nwait;
    uint64_t wait_line, wait_off;
    int wait_k;
    int wait_rule0;              /* the first wait_echo rule */
    int fin_seen;                /* a final (its wait_pass) came since the last command */
    uint64_t fin_line;           /* the line of the last one */
    unsigned char wait_cmd[256];
    size_t nwait_cmd;
    /* Ports a definition's (?<port>) group names (two modems in one smsd
     * log, oFono's Modem and Aux channels, COM3 and COM4): the first is
     * channel 0, as a trace of one port reads, each other one a channel of
     * its own, so that an answer pairs with the command of its own port */
    char ports[TR_PORTS][32];
    unsigned char portlen[TR_PORTS];
    size_t nports;
    unsigned port_ch;            /* the channel of the record being read */
    /* (?<thread>): the writer threads are the ports above (a channel each);
     * a reader thread is learned as the channel whose writer alone has a
     * command unanswered when the reader first logs (Android's RIL: one
     * writer and one reader thread per AT channel, their lines
     * interleaved); a thread that writes and reads is its own channel */
    char readers[TR_PORTS][32];
    unsigned char readerlen[TR_PORTS], reader_ch[TR_PORTS];
    size_t nreaders;
    unsigned char waiting[TR_PORTS];
    unsigned last_tx_ch;
    /* each channel's last command's name (AT+CREG? -> +CREG), to tell
     * which waiting channel a new reader's first answer is for */
    char cmdname[TR_PORTS][16];
    unsigned char cmdnamelen[TR_PORTS];
    /* For a definition with "verdict" rules: the last line each direction
     * sent since the other side spoke (line end off; longer lines are
     * never a verdict's), and the one being sent */
    int track;
    /* Rules (0..63) with none of the kinds a line is told apart by before
     * its bytes (data_end, sent_unshown, not_sent, gave_up, heads,
     * host_log, verdict, wait_echo): one test on their lines, not seven */
    uint64_t quiet;
    unsigned char last[2][TR_LAST], line[2][TR_LAST];
    size_t nlast[2], nline[2];
    /* The last command a tx rule read, until the next rx line (an
     * "echo_glued" rule's reply may open with its echo) */
    unsigned char sent[TR_LAST];
    size_t nsent;
    /* The host's line being written: bytes since its last CR or LF, and
     * whether it opened with "AT". A record of a trace is one write of the
     * library, and a write that opens a command line while a command line
     * is still unended means the line end was shown as a token the
     * definition does not decode ("AT+CSQ[CR]", "{CR}"): the module runs
     * only an ended line, so the earlier one ended there. */
    size_t tx_open;
    int tx_at;
    /* The sample shows no read holding a line end (esp_modem's "Response:
     * OK" one record a line, an Mbed trace copied without its <cr><ln>): each
     * read is a line of the modem's, each command record a line of the
     * host's (rec_tx: no command record showed its CR either). */
    int rec_rx, rec_tx;
    /* A cumulative record's suffix (esp_modem's Response: buffer, its last
     * line ended by the log): held until the next bytes show whether the
     * next record repeats this one (the buffer grew, its last line going
     * on) or not (the buffer was read whole: its last line had ended). */
    int sfx_pend;
    const fd_rule *sfx_rule;
    ats_dir sfx_dir;
    uint64_t sfx_line, sfx_off;
    ats_time sfx_t;
    /* the side the last "heads" line gave the records after it (0 none) */
    fd_side head_side;
} tr_st;

static void sample_records(tr_st *s, rd_ctx *c);

/* Does the line start with a wall-clock stamp (c->stamp's shapes, at its
 * first byte or after a '[')? Its parts in *tp when asked. Only a stamp at
 * the start counts: a time inside a message says nothing of when it was
 * printed. */
static int lead_stamp(tr_st *s, rd_ctx *c, const char *p, size_t n, fd_tparts *tp)
{
    if (!s->smd || n < 8 || !((unsigned)(p[0] - '0') < 10 || p[0] == '['))
        return 0;
    size_t m = n < 48 ? n : 48;
    for (size_t k = 0; k < c->nstamp; k++) {
        if (ats_fd_match(&c->stamp[k], s->smd, c->mctx, p, m) <= 0)
            continue;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(s->smd);
        if (ov[0] > 1 || (ov[0] == 1 && p[0] != '['))
            return 0;
        if (tp) {
            tp->have = 0;
            ats_fd_time_parts(&c->stamp[k], s->smd, p, tp);
        }
        return 1;
    }
    return 0;
}

/* A line no rule read, in a trace whose times are the stamps its lines
 * print before their payloads (prefix_time(), or the definition's own time
 * groups): one that starts with such a stamp is a line of that logger's own
 * (an application's WARN between its channel's TX / RX lines), at its own
 * time, not at the line before's. The layers' clock, when it is the
 * capture's, was taken already. */
static void lead_time(tr_st *s, rd_ctx *c, const char *p, size_t n)
{
    fd_tparts tp;
    if (!(s->t_prefix || (c->def->info.has_time && !c->layer_clock)) ||
        !lead_stamp(s, c, p, n, &tp) || !tp.have)
        return;
    /* one clock: a wall-clock stamp says nothing in a trace timed by ticks */
    ats_time t = ats_rd_time_parts(c, &tp);
    if (t.kind == s->t.kind)
        s->t = t;
}

/* A line its rule read with no time: the first wall-clock stamp printed
 * before its payload is its time (formats/tables/prefix-times.json). A rule
 * that takes its prefix loosely ('.{0,80}?TX: ') is the usual one: without
 * this a logger's stamp it was not written for left a timed log untimed,
 * and every rule that measures an interval not evaluable. Screened for
 * "d:dd:" or "(ddd" first, so a prefix with no clock costs a few compares. */
static void prefix_time(tr_st *s, rd_ctx *c, const fd_rule *r, const char *p)
{
    int g = r->pat.g_payload;
    if (!s->smd || g <= 0 || (uint32_t)g >= s->nov || s->ov[2 * g] == PCRE2_UNSET)
        return;
    size_t n = s->ov[2 * g], i = 1;
    for (; i + 3 < n; i++)
        if ((p[i] == ':' && p[i + 3] == ':' && (unsigned)(p[i - 1] - '0') < 10 &&
             (unsigned)(p[i + 1] - '0') < 10 && (unsigned)(p[i + 2] - '0') < 10) ||
            (p[i - 1] == '(' && (unsigned)(p[i] - '0') < 10 &&
             (unsigned)(p[i + 1] - '0') < 10 && (unsigned)(p[i + 2] - '0') < 10))
            break;
    fd_tparts tp;
    tp.have = 0;
    for (size_t k = 0; i + 3 < n && k < c->nstamp && !tp.have; k++)
        if (ats_fd_match(&c->stamp[k], s->smd, c->mctx, p, n) > 0)
            ats_fd_time_parts(&c->stamp[k], s->smd, p, &tp);
    if (tp.have) {
        s->t = ats_rd_time_parts(c, &tp);
        s->t_prefix = 1;
    } else if (s->t_prefix) {
        /* a line printed with no stamp among stamped ones (a command typed
         * at a CLI between a daemon's stamped answers) was not at the last
         * stamp: its time is unknown, not the line before's */
        s->t.kind = ATS_TIME_NONE;
        s->t.us = 0;
        s->t_prefix = 0;
    }
}

static int tr_init(void *vst, rd_ctx *c)
{
    tr_st *s = vst;
    const fd_def *d = c->def;
    s->open = -1;
    s->prev_rule = -1;
    s->md = pcre2_match_data_create((uint32_t)(d && d->maxgroups > 0 ? d->maxgroups : 1) + 1,
                                    NULL);
    if (s->md) {
        s->ov = s->ovw = pcre2_get_ovector_pointer(s->md);
        s->nov = pcre2_get_ovector_count(s->md);
    }
    if (c->stamp && !(s->smd = pcre2_match_data_create(16, NULL)))
        return -1;
    s->buf = malloc(TR_BUF);
    s->prev = malloc(TR_CUM);
    s->cur = malloc(TR_CUM);
    s->cand = malloc(TR_CUM * sizeof *s->cand);
    if (d && (d->wrap_cut.code || d->wrap_text.code || d->wrap_prefix.code || c->wrap_width) &&
        !(s->hold = malloc(TR_HOLD)))
        return -1;
    if (d && !(s->dec = calloc(d->nrules + 1, sizeof *s->dec)))
        return -1;
    for (size_t k = 0; d && k < d->nrules; k++)
        if (d->rules[k].wait_echo && !s->wait) {
            if (!(s->wait = malloc(TR_HOLD)))
                return -1;
            s->wait_rule0 = (int)k;
        }
    for (size_t k = 0; d && s->md && k < d->nrules && k < TR_MEMO; k++)
        if (ats_fd_memo_new(&d->rules[k].pat, s->nov, &s->memo[k]))
            return -1;
    s->ndec = d ? d->nrules : 0;
    s->quiet = 0;
    for (size_t k = 0; d && k < d->nrules; k++) {
        const fd_rule *r = &d->rules[k];
        if (r->verdict)
            s->track = 1;
        if (k < 64 && !(r->data_end || r->sent_unshown || r->not_sent || r->gave_up || r->heads ||
                        r->host_log || r->verdict || r->wait_echo))
            s->quiet |= 1ull << k;
        fd_cmux m = d->rules[k].cmux;
        if (m == FD_CMUX_FRAME && !s->fbuf && !(s->fbuf = malloc(CMUX_MAX_INFO)))
            return -1;
        for (int j = 0; (m || d->rules[k].pat.g_port >= 0 || d->rules[k].pat.g_thread >= 0) && j < 2;
             j++) {
            s->mux[j].owner = -1;
            if (!s->mux[j].buf && !(s->mux[j].buf = malloc(MUX_WAIT_BYTES)))
                return -1;
        }
        if (m == FD_CMUX_STREAM || m == FD_CMUX_SWITCH) {
            if (!(s->dec[k] = malloc(sizeof *s->dec[k])))
                return -1;
            ats_cmux_init(s->dec[k]);
        }
    }
    if (!(s->md && s->buf && s->prev && s->cur && s->cand && d))
        return -1;
    if (c->sample)
        sample_records(s, c);
    return 0;
}

static void tr_free(void *vst)
{
    tr_st *s = vst;
    pcre2_match_data_free(s->md);
    pcre2_match_data_free(s->smd);
    for (size_t k = 0; k < TR_MEMO; k++)
        ats_fd_memo_free(s->memo[k]);
    free(s->buf);
    free(s->prev);
    free(s->cur);
    free(s->cand);
    free(s->fbuf);
    free(s->hold);
    free(s->wait);
    free(s->mux[0].buf);
    free(s->mux[1].buf);
    for (size_t k = 0; k < s->ndec; k++)
        free(s->dec[k]);
    free(s->dec);
}

/* ats_fd_group on the reader's match data, inline: a line's groups (its
 * direction, its payload) were two calls each, into the library twice. */
static inline int group(const tr_st *s, int g, const char *p, ats_span *out)
{
    if (g < 0 || (uint32_t)g >= s->nov || s->ov[2 * g] == PCRE2_UNSET)
        return 0;
    out->ptr = p + s->ov[2 * g];
    out->len = s->ov[2 * g + 1] - s->ov[2 * g];
    return 1;
}

/* ats_fd_rule_side's exact pass, inline: a direction token ("TX", "RX")
 * on every line of a trace cost a call and a loop per map entry. Without an
 * exact match the call decides (its exact pass finds none again, then it
 * compares ignoring case). */
static inline fd_side rule_side(const fd_rule *r, const char *tok, size_t n)
{
    for (size_t i = 0; i < r->nmap; i++) {
        const fd_dirmap *m = &r->map[i];
        if (m->len != n || !n || m->token[0] != tok[0])
            continue;
        size_t k = 1;
        while (k < n && m->token[k] == tok[k])
            k++;
        if (k == n)
            return m->side;
    }
    return ats_fd_rule_side(r, tok, n);
}

static ats_dir dir_of(const rd_ctx *c, fd_side sd)
{
    switch (sd) {
    case FD_SIDE_TX: return ATS_DIR_TX;
    case FD_SIDE_RX: return ATS_DIR_RX;
    case FD_SIDE_A:
        return c->side_a_is_tx < 0 ? ATS_DIR_UNKNOWN : c->side_a_is_tx ? ATS_DIR_TX : ATS_DIR_RX;
    case FD_SIDE_B:
        return c->side_a_is_tx < 0 ? ATS_DIR_UNKNOWN : c->side_a_is_tx ? ATS_DIR_RX : ATS_DIR_TX;
    default: return ATS_DIR_UNKNOWN;
    }
}

ats_time ats_rd_time_parts(rd_ctx *c, const fd_tparts *t)
{
    ats_time none = {ATS_TIME_NONE, 0};
    switch (t->have) {
    case 1: return ats_rd_time_of_day(c, t->h, t->m, t->s, t->us);
    case 2: {
        ats_time a = ats_rd_time_abs(t->year, t->month, t->day, t->h, t->m, t->s, t->us);
        a.kind = ATS_TIME_LOCAL;
        return a;
    }
    case 3: {
        ats_time r = {ATS_TIME_RELATIVE, t->us};
        return r;
    }
    default: return none;
    }
}

/* What dec_for finds at p[i], one of [ { ( \ : 2 a bracketed CR or LF
 * name, 4 a C escape (\r, \n), else 0. */
static inline unsigned token_at(const char *p, size_t n, size_t i)
{
    char o = p[i];
    if (o == '\\')
        return i + 1 < n && (p[i + 1] == 'r' || p[i + 1] == 'n') ? 4 : 0;
    char cl = o == '[' ? ']' : o == '{' ? '}' : ')';
    if (i + 4 > n || p[i + 3] != cl)
        return 0;
    char a = (char)(p[i + 1] | 0x20), b = (char)(p[i + 2] | 0x20);
    return (a == 'c' && b == 'r') || (a == 'l' && b == 'f') ? 2 : 0;
}

/* the bytes token_at starts at */
static const unsigned char token_start[256] = {['['] = 1, ['{'] = 1, ['('] = 1, ['\\'] = 1};

/* The decoder a payload is read with. A payload that shows its line ends
 * as a bracketed name ("AT+CSQ[CR]", "{CR}{LF}OK{CR}{LF}", "(CR)") where the
 * rule's decoder takes text, C escapes or <cr> tokens is read with the
 * inline-token decoder instead: a library retargeted to another logger, or
 * a copy that respelled its tokens, shows them so, and no module's answer
 * holds such a name (a Docklight-style "<CR>" is angle's already).
 * A payload that spells its line end as a C escape (`AT+CSQ\r`) where the
 * decoder shows none of its own (verbatim; angle without a <cr> or <ln>) is
 * too: a retargeted trace or a respelled copy. Asked here, once a line, not
 * by a definition's rule before its others: a rule's lookahead over every
 * line had doubled an Mbed trace's cost.
 * Every line of a trace comes here, so the bytes the tests start at are
 * found sixteen a step (a table below sixteen) and only they are tested;
 * the angle tokens only where an escape was seen: the byte loops were 440
 * instructions a line of an Mbed trace, more than its decoder.
 * A trace that has shown its line ends as <cr> <ln> tokens (the angle
 * decoder's, either case, <lf> too) spells them so in every read: a read
 * without one holding a literal "\n" (a path in an SMS text, a read cut
 * before its line end) is text, not a respelled line end. */
static __attribute__((noinline)) fd_decoder dec_scan(tr_st *s, fd_decoder d, const char *p,
                                                      size_t n)
{
    if (!s->angle_eol && d != FD_DEC_CESC && memchr(p, '<', n))
        for (size_t i = 0; i + 4 <= n; i++)
            if (p[i] == '<' && ats_fd_angle_eol(p + i) >= 0) {
                s->angle_eol = 1;
                break;
            }
    unsigned seen = 0;
    size_t i = 0;
#if defined(__SSE2__)
    if (n >= 16) {
        const __m128i sq = _mm_set1_epi8('['), cu = _mm_set1_epi8('{'),
                      pa = _mm_set1_epi8('('), bs = _mm_set1_epi8('\\');
        for (size_t base = 0; base < n; base += 16) {
            size_t at = base + 16 <= n ? base : n - 16;     /* the last sixteen overlap */
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + at));
            __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, sq), _mm_cmpeq_epi8(v, cu)),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, pa), _mm_cmpeq_epi8(v, bs)));
            unsigned bits = (unsigned)_mm_movemask_epi8(m);
            bits &= 0xFFFFu << (base - at);                  /* not again what was seen */
            for (; bits; bits &= bits - 1) {
                unsigned t = token_at(p, n, at + (size_t)__builtin_ctz(bits));
                if (t == 2)
                    return FD_DEC_CTRL_TOKENS;
                seen |= t;
            }
        }
        i = n;
    }
#endif
    for (; i < n; i++)
        if (token_start[(unsigned char)p[i]]) {
            unsigned t = token_at(p, n, i);
            if (t == 2)
                return FD_DEC_CTRL_TOKENS;
            seen |= t;
        }
    /* an escape: the decoder's own line end, in this read or an earlier
     * one, keeps it */
    if (!seen || d == FD_DEC_CESC || s->angle_eol)
        return d;
    return FD_DEC_CTRL_TOKENS;
}

/* Does p[0..n) hold a '[', '{' or '(' (where a bracketed name opens)? */
static inline int any_open(const char *p, size_t n)
{
#if defined(__SSE2__)
    if (n >= 16) {
        const __m128i sq = _mm_set1_epi8('['), cu = _mm_set1_epi8('{'), pa = _mm_set1_epi8('(');
        for (size_t i = 0;; i += 16) {
            size_t at = i + 16 <= n ? i : n - 16;            /* the last sixteen overlap */
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + at));
            __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, sq), _mm_cmpeq_epi8(v, cu)),
                                     _mm_cmpeq_epi8(v, pa));
            if (_mm_movemask_epi8(m))
                return 1;
            if (at + 16 >= n)
                return 0;
        }
    }
#endif
    if (n >= 8) {
        /* two words (overlapping): a zero byte of w ^ that byte everywhere */
        for (size_t at = 0;; at = n - 8) {
            uint64_t w;
            memcpy(&w, p + at, 8);
            uint64_t a = w ^ 0x5B5B5B5B5B5B5B5Bull, b = w ^ 0x7B7B7B7B7B7B7B7Bull,
                     c = w ^ 0x2828282828282828ull;
            uint64_t z = ((a - 0x0101010101010101ull) & ~a) | ((b - 0x0101010101010101ull) & ~b) |
                         ((c - 0x0101010101010101ull) & ~c);
            if (z & 0x8080808080808080ull)
                return 1;
            if (at + 8 >= n)
                return 0;
        }
    }
    for (size_t i = 0; i < n; i++)
        if (p[i] == '[' || p[i] == '{' || p[i] == '(')
            return 1;
    return 0;
}

/* A payload a text or C-escape rule reads that shows its control bytes as
 * a terminal's angle-bracketed names ("AT+QIACT?<CR>", YAT's monitor lines
 * behind a generic arrow, "Hello<SUB>") is read with the angle decoder,
 * which knows them: before, "<CR>" stayed in the command ("AT+QICLOSE=0<CR>"
 * gave the socket id -1). The names are a closed list in one case
 * (ats_fd_angle_name()); a name inside a command's quoted argument stays
 * text there. Out of line: few payloads hold a '<'. */
static __attribute__((noinline)) fd_decoder dec_names(tr_st *s, fd_decoder d, const char *p,
                                                       size_t n)
{
    int eol = 0;
    if (ats_fd_has_angle_name(p, n, &eol)) {
        if (eol)
            s->angle_eol = 1;
        return FD_DEC_ANGLE;
    }
    if ((d == FD_DEC_CESC || s->angle_eol) && !any_open(p, n))
        return d;
    return dec_scan(s, d, p, n);
}

/* dec_scan, asked only where its answer can differ from d: once the trace
 * has shown its line ends as <cr> tokens (or the decoder takes C escapes),
 * only a bracketed name changes it, and most payloads hold no bracket at
 * all: asked first, sixteen (or eight) bytes a step (the scan was ~130
 * instructions a line of an Mbed trace). */
static inline fd_decoder dec_for(tr_st *s, fd_decoder d, const char *p, size_t n)
{
    if (d != FD_DEC_VERBATIM && d != FD_DEC_CESC && d != FD_DEC_ANGLE)
        return d;
    if (d != FD_DEC_ANGLE && memchr(p, '<', n))
        return dec_names(s, d, p, n);
    if ((d == FD_DEC_CESC || s->angle_eol) && !any_open(p, n))
        return d;
    return dec_scan(s, d, p, n);
}

/* A suffix_eolless rule's side shows its line ends: its payload names one
 * (<CR>, <LF>: a terminal's "show EOL"). Only a name counts: bytes a layer
 * made (rsyslog's #015#012 as one CR) or a C escape say nothing of what the
 * display shows. Out of line: asked until the side's first such name. */
static __attribute__((noinline)) void eol_shown(tr_st *s, ats_dir dir, const char *p, size_t n)
{
    int eol = 0;
    if (ats_fd_has_angle_name(p, n, &eol) && eol)
        s->shows_eol |= 1u << dir;
}

static int mux_text(tr_st *s, rd_ctx *c, ats_dir dir, unsigned dlci, const unsigned char *p,
                    size_t n, uint64_t line, uint64_t off);

static int emit(tr_st *s, rd_ctx *c, ats_dir dir, const unsigned char *p, size_t n,
                uint64_t line, uint64_t off);

/* How many of p's last bytes (1 to 3) start a <cr> / <ln> / <lf> token, in
 * either case; 0 none. */
static size_t tok_start(const char *p, size_t n)
{
    /* nearly every read ends in a whole token ("...<ln>"): no '<' in its
     * last three bytes, seen at once */
    if (n >= 3 && p[n - 1] != '<' && p[n - 2] != '<' && p[n - 3] != '<')
        return 0;
    for (size_t k = n < 3 ? n : 3; k > 0; k--) {
        const char *t = p + n - k;
        if (t[0] != '<')
            continue;
        char a = k > 1 ? (char)(t[1] | 0x20) : 0, b = k > 2 ? (char)(t[2] | 0x20) : 0;
        if (k == 1 || (k == 2 && (a == 'c' || a == 'l')) ||
            (k == 3 && ((a == 'c' && b == 'r') || (a == 'l' && (b == 'n' || b == 'f')))))
            return k;
    }
    return 0;
}

/* An angle-token payload: the token a previous read of its direction
 * began goes on here (the line end decoded into out at pre), else the held
 * bytes are text before it; a token this read begins and does not end is
 * held for the next. The new start of out's payload. */
static size_t tok_join(tr_st *s, ats_span *pay, unsigned char *out, size_t pre)
{
    if (s->nptok) {
        char t[4];
        size_t k = s->nptok, take = 4 - k;
        memcpy(t, s->ptok, k);
        int e = -1;
        if (take <= pay->len) {
            memcpy(t + k, pay->ptr, take);
            e = ats_fd_angle_eol(t);
        }
        if (e >= 0) {
            out[pre++] = (unsigned char)e;
            pay->ptr += take;
            pay->len -= take;
        } else {
            memcpy(out + pre, s->ptok, k);
            pre += k;
        }
        s->nptok = 0;
    }
    size_t k = s->angle_eol ? tok_start(pay->ptr, pay->len) : 0;
    if (k) {
        memcpy(s->ptok, pay->ptr + pay->len - k, k);
        s->nptok = k;
        pay->len -= k;
    }
    return pre;
}

/* Held bytes no read went on with (the other side spoke, the trace ended):
 * text of their own side. */
static int tok_flush(tr_st *s, rd_ctx *c)
{
    size_t k = s->nptok;
    s->nptok = 0;
    return k ? emit(s, c, s->ptok_dir, (const unsigned char *)s->ptok, k, s->ptok_line,
                    s->ptok_off)
             : 0;
}

/* The last line each side sent whole, for a verdict line to name (only
 * where a rule has a verdict). */
static __attribute__((noinline)) void track_lines(tr_st *s, ats_dir dir, const unsigned char *p,
                                                   size_t n)
{
    int k = dir == ATS_DIR_TX;
    s->nlast[!k] = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\r' || p[i] == '\n') {
            if (s->nline[k]) {
                memcpy(s->last[k], s->line[k], s->nline[k] <= TR_LAST ? s->nline[k] : 0);
                s->nlast[k] = s->nline[k];
            }
            s->nline[k] = 0;
        } else if (s->nline[k] <= TR_LAST) {
            if (s->nline[k] < TR_LAST)
                s->line[k][s->nline[k]] = p[i];
            s->nline[k]++;     /* TR_LAST + 1: too long to be named */
        }
    }
}

/* Inline in emit, the verdict's line tracking a call of its own: a call
 * more a line of a trace, and a frame saved for a loop most traces skip. */
static inline __attribute__((always_inline)) int emit_raw(tr_st *s, rd_ctx *c, ats_dir dir,
                                                          const unsigned char *p, size_t n,
                                                          uint64_t line, uint64_t off)
{
    if (!n)
        return 0;
    if (n >= sizeof s->tail) {
        memcpy(s->tail, p + n - sizeof s->tail, sizeof s->tail);
        s->ntail = sizeof s->tail;
    } else {
        /* the last bytes of the old tail and p, at once */
        size_t keep = s->ntail < sizeof s->tail - n ? s->ntail : sizeof s->tail - n;
        memmove(s->tail, s->tail + s->ntail - keep, keep);
        memcpy(s->tail + keep, p, n);
        s->ntail = keep + n;
    }
    if (dir != ATS_DIR_UNKNOWN && dir != s->prev_dir)
        s->prev_rule = -1;     /* the other side spoke: a new exchange, nothing repeats */
    if (s->track && (dir == ATS_DIR_TX || dir == ATS_DIR_RX))
        track_lines(s, dir, p, n);
    s->prev_dir = dir;
    return ats_rd_emit_data(c, dir, s->t, p, n, line, off);
}

static int emit(tr_st *s, rd_ctx *c, ats_dir dir, const unsigned char *p, size_t n,
                uint64_t line, uint64_t off);

/* The held suffix goes out: bytes that repeat nothing came after it. */
static int flush_sfx(tr_st *s, rd_ctx *c)
{
    if (!s->sfx_pend)
        return 0;
    s->sfx_pend = 0;
    ats_time t = s->t;
    s->t = s->sfx_t;
    int rc = emit(s, c, s->sfx_dir, s->sfx_rule->suffix, s->sfx_rule->nsuffix, s->sfx_line,
                  s->sfx_off);
    s->t = t;
    return rc;
}

/* Bytes of the wire: a port's own channel once the trace named a second
 * port (its lines kept whole, as a CMUX channel's), else as they are. */
static int emit(tr_st *s, rd_ctx *c, ats_dir dir, const unsigned char *p, size_t n,
                uint64_t line, uint64_t off)
{
    if (s->sfx_pend && n) {
        int rc = flush_sfx(s, c);
        if (rc)
            return rc;
    }
    if (dir == ATS_DIR_TX && n) {
        /* the command line left open: what follows the last line end (a
         * walk back from the end, not a test of every byte of every TX
         * line), and whether it starts with "AT" */
        size_t j = n;
        while (j && p[j - 1] != '\r' && p[j - 1] != '\n')
            j--;
        if (j)
            s->tx_open = 0;
        if (j < n) {
            if (s->tx_open == 0) {
                s->tx_at = (p[j] | 0x20) == 'a';
                if (j + 1 < n)
                    s->tx_at = s->tx_at && (p[j + 1] | 0x20) == 't';
            } else if (s->tx_open == 1) {
                s->tx_at = s->tx_at && (p[j] | 0x20) == 't';
            }
            s->tx_open += n - j;
        }
    }
    if (s->nports > 1 && n)
        return mux_text(s, c, dir, s->port_ch, p, n, line, off);
    return emit_raw(s, c, dir, p, n, line, off);
}

/* The repeat is decided: what the record has beyond it goes out. */
static int settle(tr_st *s, rd_ctx *c)
{
    s->skipping = 0;
    if (s->best)
        s->sfx_pend = 0;       /* the record goes on with the last one's end: no line end there */
    return emit(s, c, s->open_dir, s->cur + s->best, s->ncur - s->best, s->open_line,
                s->open_off);
}

/* Bytes of a record. A cumulative record is held back while its bytes may
 * still repeat the end of the previous record of its rule (every offset
 * where that could start is a candidate; the longest repeat that completes
 * is dropped). */
static __attribute__((noinline)) int put_held(tr_st *s, rd_ctx *c, ats_dir dir,
                                               const unsigned char *p, size_t n, uint64_t line,
                                               uint64_t off);

/* Every line of a trace passes here to emit: the test inline, the held
 * record's work a call of its own (put's frame, saving every register for
 * a loop most lines skip, was 35 instructions a line of an Mbed trace). */
static inline __attribute__((always_inline)) int put(tr_st *s, rd_ctx *c, ats_dir dir,
                                                     const unsigned char *p, size_t n,
                                                     uint64_t line, uint64_t off)
{
    if (s->open < 0 || !(c->def->rules[s->open].cumulative || c->def->rules[s->open].repeats_mask))
        return emit(s, c, dir, p, n, line, off);
    return put_held(s, c, dir, p, n, line, off);
}

static __attribute__((noinline)) int put_held(tr_st *s, rd_ctx *c, ats_dir dir,
                                               const unsigned char *p, size_t n, uint64_t line,
                                               uint64_t off)
{
    size_t i = 0;
    for (; i < n && s->skipping; i++) {
        size_t m = s->ncur;
        s->cur[s->ncur++] = p[i];
        size_t k = 0;
        for (size_t j = 0; j < s->ncand; j++) {
            size_t at = s->cand[j] + m;
            if (at < s->nprev && s->prev[at] == p[i]) {
                if (at + 1 == s->nprev) {
                    if (m + 1 > s->best)
                        s->best = m + 1;
                } else {
                    s->cand[k++] = s->cand[j];
                }
            }
        }
        s->ncand = k;
        if (!k || s->ncur == TR_CUM) {
            int rc = settle(s, c);
            if (rc)
                return rc;
        }
    }
    p += i;
    n -= i;
    size_t room = TR_CUM - s->ncur, k = n < room ? n : room;
    memcpy(s->cur + s->ncur, p, k);
    s->ncur += k;
    return emit(s, c, dir, p, n, line, off);
}

/* The suffix a trace hides (the CR after a command), unless the record
 * showed it after all. */
static int has_suffix(const tr_st *s, const fd_rule *r)
{
    return r->nsuffix <= s->ntail &&
           !memcmp(s->tail + s->ntail - r->nsuffix, r->suffix, r->nsuffix);
}

static int frame_done(tr_st *s, rd_ctx *c, ats_dir dir, uint64_t line, uint64_t off);

static int close_record(tr_st *s, rd_ctx *c)
{
    if (s->open < 0)
        return 0;
    const fd_rule *r = &c->def->rules[s->open];
    if (r->cmux == FD_CMUX_FRAME) {
        s->open = -1;
        return frame_done(s, c, s->open_dir, s->open_line, s->open_off);
    }
    int rc = 0;
    if (s->skipping)
        rc = settle(s, c);
    if (rc == 0 && r->nsuffix && !has_suffix(s, r) && !(r->suffix_crless && s->shows_cr) &&
        !(r->suffix_eolless && (s->shows_eol >> s->open_dir & 1u))) {
        if (r->cumulative || r->repeats_mask) {
            /* whether the buffer's last line ended, the next record tells */
            s->sfx_pend = s->ncur > 0;
            s->sfx_rule = r;
            s->sfx_dir = s->open_dir;
            s->sfx_line = s->open_line;
            s->sfx_off = s->open_off;
            s->sfx_t = s->t;
        } else {
            rc = put(s, c, s->open_dir, r->suffix, r->nsuffix, s->open_line, s->open_off);
        }
    }
    if (r->cumulative || r->repeats_mask) {
        memcpy(s->prev, s->cur, s->ncur);
        s->nprev = s->ncur;
        s->prev_rule = s->open;
        s->prev_dir = s->open_dir;
        s->prev_end = s->open_line + s->open_lines;
        if (s->open_blank > s->prev_end)
            s->prev_end = s->open_blank;
    }
    s->open = -1;
    return rc;
}

static int host_log(tr_st *s, rd_ctx *c, const char *p, size_t n, uint64_t line, uint64_t off,
                    const char *source)
{
    return ats_rd_emit(c, ATS_CHUNK_HOST_LOG, ATS_DIR_UNKNOWN, s->t, p, n, line, off, source);
}

/* ---- CMUX: a frame's information goes to the AT stream, or is a host-log
 * record saying what the frame was (control channel, link set-up, data). */

/* A data channel's frame that is AT text again: a command, or a reply that
 * starts with its line end (PPP's async framing escapes CR and LF). */
static int text_start(const unsigned char *p, size_t n)
{
    return n && (p[0] == '\r' || p[0] == '\n' ||
                 (n >= 2 && (p[0] | 32) == 'a' && (p[1] | 32) == 't'));
}

typedef struct cmux_fr {
    ats_dir dir;
    unsigned dlci, type, pf;
    int fcs_ok;
    const unsigned char *info;
    size_t len;
    uint64_t line, off, info_line, info_off;
} cmux_fr;

static int frame_note(tr_st *s, rd_ctx *c, const cmux_fr *f, const char *what, const char *src)
{
    char t[160], tb[8];
    const char *tn = ats_cmux_type_name(f->type);
    if (!tn) {
        snprintf(tb, sizeof tb, "0x%02x", f->type & 0xFF);
        tn = tb;
    }
    int k = snprintf(t, sizeof t, "CMUX %s dlci %u %s%s", f->dir == ATS_DIR_TX ? "tx" : "rx",
                     f->dlci, tn, f->pf ? " P/F" : "");
    const char *cmd = f->dlci == 0 && f->type == CMUX_UIH && f->len && f->fcs_ok
                          ? ats_cmux_command_name(f->info[0])
                          : NULL;
    if (cmd)
        snprintf(t + k, sizeof t - (size_t)k, ": %s %s, %zu bytes", cmd,
                 f->info[0] & 2 ? "command" : "response", f->len);
    else if (what)
        snprintf(t + k, sizeof t - (size_t)k, ": %s%s%zu bytes", what, *what ? ", " : "",
                 f->len);
    return ats_rd_emit(c, ATS_CHUNK_HOST_LOG, ATS_DIR_UNKNOWN, s->t, t, strlen(t), f->line,
                       f->off, src);
}

static int mux_emit(tr_st *s, rd_ctx *c, ats_dir dir, unsigned dlci, const unsigned char *p,
                    size_t n, uint64_t line, uint64_t off)
{
    struct mux_dir *m = &s->mux[dir == ATS_DIR_TX];
    unsigned keep = c->chunk_flags;
    if (dlci)                  /* a trace's first port: channel 0, no channel */
        c->chunk_flags |= ATS_CF_MUX;
    c->chunk_channel = dlci;   /* the builder keeps a transaction per channel */
    int rc = emit_raw(s, c, dir, p, n, line, off);
    c->chunk_flags = keep;
    c->chunk_channel = 0;
    /* a command ends with its CR, a reply line with CR LF */
    m->owner = p[n - 1] == '\n' || p[n - 1] == '\r' ? -1 : (int)dlci;
    return rc;
}

/* The waiting text of a direction, in order, as far as no other channel's
 * line is left open by it (all of it when `all`: the line's end never
 * came, or the log ended). */
static int mux_release(tr_st *s, rd_ctx *c, ats_dir dir, int all)
{
    struct mux_dir *m = &s->mux[dir == ATS_DIR_TX];
    ats_time t = s->t;
    size_t k = 0, j = 0;
    int rc = 0;
    for (; k < m->nw && !rc; k++) {
        struct mux_wait *w = &m->w[k];
        if (!all && m->owner >= 0 && (unsigned)m->owner != w->dlci) {
            m->w[j++] = *w;    /* still waits: its line is not open */
            continue;
        }
        s->t = w->t;
        rc = mux_emit(s, c, dir, w->dlci, m->buf + w->at, w->len, w->line, w->off);
    }
    s->t = t;
    for (; k < m->nw; k++)
        m->w[j++] = m->w[k];
    int again = !rc && j && j < m->nw && m->owner < 0;
    m->nw = j;
    if (!j) {
        m->nbuf = 0;
    } else if (m->w[0].at) {
        size_t base = m->w[0].at, end = m->w[j - 1].at + m->w[j - 1].len;
        memmove(m->buf, m->buf + base, end - base);
        for (size_t i = 0; i < j; i++)
            m->w[i].at -= base;
        m->nbuf = end - base;
    }
    /* a channel released ended its line: the next waiting one may go */
    return again ? mux_release(s, c, dir, 0) : rc;
}

/* A text frame's information: to the stream, or waiting while another
 * channel's line is open in its direction. */
static int mux_text(tr_st *s, rd_ctx *c, ats_dir dir, unsigned dlci, const unsigned char *p,
                    size_t n, uint64_t line, uint64_t off)
{
    struct mux_dir *m = &s->mux[dir == ATS_DIR_TX];
    if (m->owner >= 0 && (unsigned)m->owner != dlci) {
        if (m->nw == MUX_WAITS || n > MUX_WAIT_BYTES - m->nbuf) {
            /* the open line never ends: what waits goes out as it came */
            int rc = mux_release(s, c, dir, 1);
            if (rc)
                return rc;
            return mux_emit(s, c, dir, dlci, p, n, line, off);
        }
        struct mux_wait *w = &m->w[m->nw++];
        w->dlci = dlci;
        w->at = m->nbuf;
        w->len = n;
        w->line = line;
        w->off = off;
        w->t = s->t;
        memcpy(m->buf + m->nbuf, p, n);
        m->nbuf += n;
        return 0;
    }
    int rc = mux_emit(s, c, dir, dlci, p, n, line, off);
    return rc || !m->nw || m->owner >= 0 ? rc : mux_release(s, c, dir, 0);
}

static int frame_out(tr_st *s, rd_ctx *c, const cmux_fr *f)
{
    if (!f->fcs_ok)
        return frame_note(s, c, f, "bad FCS, not read", "CMUX frame with a bad FCS");
    if (f->dlci == 0 || (f->type != CMUX_UIH && f->type != CMUX_UI))
        return frame_note(s, c, f, f->len ? "" : NULL, "CMUX control");
    if (!f->len)
        return frame_note(s, c, f, NULL, "CMUX control");
    uint64_t bit = 1ull << (f->dlci & 63);
    if (f->info[0] == 0x7E)
        s->data_dlci |= bit;   /* PPP's flag opens the frame: this channel carries data */
    else if (text_start(f->info, f->len))
        s->data_dlci &= ~bit;
    if (s->data_dlci & bit)
        return frame_note(s, c, f, "data", "CMUX data channel");
    return mux_text(s, c, f->dir, f->dlci, f->info, f->len, f->info_line, f->info_off);
}

typedef struct stream_ctx {
    tr_st *s;
    rd_ctx *c;
    ats_dir dir;
    const ats_cmux_dec *d;
    int pass;                    /* before the first frame the bytes are plain AT */
    uint64_t passed;
} stream_ctx;

static int on_frame(void *user, const ats_cmux_frame *f)
{
    stream_ctx *x = user;
    cmux_fr g = {x->dir, f->dlci, f->type, f->pf, f->fcs_ok, f->info, f->len,
                 f->line, f->off, f->info_line, f->info_off};
    return frame_out(x->s, x->c, &g);
}

static int on_outside(void *user, const unsigned char *p, size_t n, uint64_t line, uint64_t off)
{
    stream_ctx *x = user;
    if (!x->pass || x->d->frames)
        return 0;
    x->passed += n;
    return emit(x->s, x->c, x->dir, p, n, line, off);
}

/* A CMUX rule's decoded bytes: into the frame they are, or through the
 * stream's decoder. */
static __attribute__((noinline)) int bytes_cmux(tr_st *s, rd_ctx *c, const fd_rule *r,
                                                 ats_dir dir, const unsigned char *p, size_t n,
                                                 uint64_t line, uint64_t off)
{
    if (r->cmux == FD_CMUX_FRAME) {
        size_t k = n < CMUX_MAX_INFO - s->nfbuf ? n : CMUX_MAX_INFO - s->nfbuf;
        memcpy(s->fbuf + s->nfbuf, p, k);
        s->nfbuf += k;
        return 0;
    }
    if (r->cmux == FD_CMUX_STREAM || r->cmux == FD_CMUX_SWITCH) {
        ats_cmux_dec *d = s->dec[r - c->def->rules];
        stream_ctx x = {s, c, dir, d, r->cmux == FD_CMUX_SWITCH, 0};
        ats_cmux_cb cb = {on_frame, on_outside, &x};
        uint64_t skipped = d->skipped;
        int rc = ats_cmux_feed(d, p, n, line, off, &cb);
        if (rc || d->skipped - skipped == x.passed)
            return rc;
        /* bytes no frame holds (what preceded the switch, a frame whose
         * closing flag never came): said where they were read */
        char t[80];
        snprintf(t, sizeof t, "CMUX %s: %llu bytes outside a frame",
                 dir == ATS_DIR_TX ? "tx" : "rx",
                 (unsigned long long)(d->skipped - skipped - x.passed));
        return ats_rd_emit(c, ATS_CHUNK_HOST_LOG, ATS_DIR_UNKNOWN, s->t, t, strlen(t), line, off,
                           "CMUX bytes outside a frame");
    }
    return 0;
}

/* A rule's decoded bytes: to the wire, or into the CMUX frame they are.
 * Inline, the CMUX work a call of its own: every line of a trace comes
 * here, and the frame saved for it cost a line ~40 instructions. */
static inline __attribute__((always_inline)) int bytes_of(tr_st *s, rd_ctx *c,
                                                          const fd_rule *r, ats_dir dir,
                                                          const unsigned char *p, size_t n,
                                                          uint64_t line, uint64_t off)
{
    if (r->cmux)
        return bytes_cmux(s, c, r, dir, p, n, line, off);
    if (r->keep_cr && !s->shows_cr && memchr(p, '\r', n))
        s->shows_cr = 1;
    return put(s, c, dir, p, n, line, off);
}

/* The line's own count of its bytes ((?<len>): Portmon's "Length 11:") is
 * the n bytes decoded: the count is the wire's though the format shows
 * some bytes as dots (a lossy display, an exact length). */
static int len_says(const tr_st *s, const fd_pat *pat, const char *p, size_t n)
{
    ats_span v;
    if (!group(s, pat->g_len, p, &v) || !v.len || v.len > 9)
        return 0;
    size_t x = 0;
    for (size_t i = 0; i < v.len; i++) {
        if (v.ptr[i] < '0' || v.ptr[i] > '9')
            return 0;
        x = x * 10 + (size_t)(v.ptr[i] - '0');
    }
    return x == n;
}

/* The time the exchange on the line took, as the host measured it (an
 * application's "cmd=AT+CSQ resp=...|OK took=31ms", generic-oneline): in
 * microseconds, -1 where the line says none. */
static int64_t took_us(const tr_st *s, const fd_pat *pat, const char *p)
{
    ats_span v, u = {"ms", 2};
    if (pat->g_took < 0 || !group(s, pat->g_took, p, &v) || !v.len || v.len > 15)
        return -1;
    group(s, pat->g_took_unit, p, &u);
    char buf[16];
    memcpy(buf, v.ptr, v.len);
    buf[v.len] = 0;
    char *end;
    double x = strtod(buf, &end);
    if (*end || x < 0)
        return -1;
    double scale = u.len == 1 && (u.ptr[0] | 32) == 's' ? 1e6
                   : u.len == 2 && (u.ptr[0] | 32) == 'u' ? 1 : 1e3;
    return x * scale < 1e15 ? (int64_t)(x * scale) : -1;
}

/* A command and its answer printed on one line once the exchange was over,
 * with the time it took: the line's stamp is the answer's, the command's
 * (the payload's first line, up to its line end) that much earlier, so the
 * latency the host measured is the transaction's. */
static int took_split(tr_st *s, rd_ctx *c, const fd_rule *r, ats_dir dir, size_t len,
                      int64_t took, uint64_t line, uint64_t off)
{
    size_t k = 0;
    while (k < len && s->buf[k] != '\n')
        k++;
    if (k >= len)
        return bytes_of(s, c, r, dir, s->buf, len, line, off);
    ats_time at = s->t;
    s->t.us -= took;
    int rc = bytes_of(s, c, r, dir, s->buf, k + 1, line, off);
    s->t = at;
    return rc ? rc : bytes_of(s, c, r, dir, s->buf + k + 1, len - k - 1, line, off);
}

/* The frame a "frame" rule's record gathered. */
static int frame_done(tr_st *s, rd_ctx *c, ats_dir dir, uint64_t line, uint64_t off)
{
    cmux_fr f = {dir, s->f_dlci, (unsigned)s->f_type, 0, 1, s->fbuf, s->nfbuf,
                 line, off, line, off};
    s->nfbuf = 0;
    return frame_out(s, c, &f);
}

/* The DLCI and frame type a frame rule's header line names ("ch:1",
 * "type:UIH"; a type may be given in hex). */
static void frame_head(tr_st *s, const fd_rule *r, const char *p)
{
    ats_span ch, ty;
    s->f_dlci = 0;
    s->f_type = -1;
    s->nfbuf = 0;
    if (group(s, r->pat.g_chan, p, &ch))
        for (size_t i = 0; i < ch.len && ch.ptr[i] >= '0' && ch.ptr[i] <= '9' && i < 4; i++)
            s->f_dlci = s->f_dlci * 10 + (unsigned)(ch.ptr[i] - '0');
    if (group(s, r->pat.g_ftype, p, &ty)) {
        s->f_type = ats_cmux_type_find(ty.ptr, ty.len);
        if (s->f_type < 0 && ty.len && ty.len <= 2) {
            int v = 0;
            for (size_t i = 0; i < ty.len && v >= 0; i++)
                v = ats_hexval(ty.ptr[i]) < 0 ? -1 : v * 16 + ats_hexval(ty.ptr[i]);
            if (v >= 0)
                s->f_type = v & ~0x10;
        }
    }
}

static int any_rule(tr_st *s, rd_ctx *c, const char *p, size_t n)
{
    const fd_def *d = c->def;
    for (size_t k = 0; k < d->nrules; k++)
        if (ats_fd_match(&d->rules[k].pat, s->md, c->mctx, p, n))
            return 1;
    return 0;
}

/* An undirected line of a stream copy (StreamDebugger): "OKAT+CPIN?" is a
 * result and the next command on one line; "Waiting...AT+CREG?" is the
 * application's text before a command. */
static int undirected(tr_st *s, rd_ctx *c, const char *p, size_t n, int cr, uint64_t line,
                      uint64_t off)
{
    const fd_def *d = c->def;
    if (d->glue.code && ats_fd_match(&d->glue, s->md, c->mctx, p, n)) {
        ats_span fin, txt, rest;
        int gf = d->g_final, gt = d->g_text, gr = d->g_rest;
        if (group(s, gr, p, &rest)) {
            int rc = 0;
            if (gf > 0 && group(s, gf, p, &fin) && fin.len) {
                size_t k = ats_fd_decode(d->other_dec, fin.ptr, fin.len, s->buf, 0, TR_BUF - 2);
                s->buf[k++] = '\r';
                s->buf[k++] = '\n';
                rc = put(s, c, ATS_DIR_UNKNOWN, s->buf, k, line, off);
            }
            if (!rc && gt > 0 && group(s, gt, p, &txt) && txt.len)
                rc = host_log(s, c, txt.ptr, txt.len, line, off + (uint64_t)(txt.ptr - p),
                              "host text before a command");
            if (rc)
                return rc;
            off += (uint64_t)(rest.ptr - p);
            n = (size_t)(p + n - rest.ptr);
            p = rest.ptr;
        }
    }
    size_t k = ats_fd_decode(d->other_dec, p, n, s->buf, 0, TR_BUF - 2);
    if (cr)
        s->buf[k++] = '\r';
    s->buf[k++] = '\n';
    if (s->open >= 0)
        return put(s, c, ATS_DIR_UNKNOWN, s->buf, k, line, off);
    /* a whole line: whether it is the sketch's sentence or the modem's, the
     * builder tells by what follows it (builder.c sets_aside) */
    s->ntail = 0;
    int rc = flush_sfx(s, c);
    if (rc)
        return rc;
    return ats_rd_emit_data(c, ATS_DIR_UNKNOWN, s->t, s->buf, k, line, off);
}

/* The channel of a port a line names: the first port seen is 0, each new
 * one the next (the last shared past TR_PORTS). Names compare exactly. */
static unsigned port_channel(tr_st *s, const char *p, size_t n)
{
    if (n > sizeof s->ports[0])
        n = sizeof s->ports[0];
    for (size_t i = 0; i < s->nports; i++)
        if (s->portlen[i] == n && !memcmp(s->ports[i], p, n))
            return (unsigned)i;
    if (s->nports == TR_PORTS)
        return TR_PORTS - 1;
    memcpy(s->ports[s->nports], p, n);
    s->portlen[s->nports] = (unsigned char)n;
    return (unsigned)s->nports++;
}

/* The name a command line or an answer line gives (AT+CREG? and
 * +CREG: 1,2 both +CREG; an echo AT+CREG? too), length 0 none. */
static size_t line_name(const char *p, size_t n, int cmd, char *out, size_t cap)
{
    size_t i = 0, k = 0;
    while (i < n && p[i] == ' ')
        i++;
    if (cmd || (n - i >= 3 && (p[i] | 32) == 'a' && (p[i + 1] | 32) == 't' &&
                (p[i + 2] == '+' || p[i + 2] == '^' || p[i + 2] == '$' || p[i + 2] == '#'))) {
        if (n - i < 3 || (p[i] | 32) != 'a' || (p[i + 1] | 32) != 't')
            return 0;
        i += 2;
    }
    if (i >= n || (p[i] != '+' && p[i] != '^' && p[i] != '$' && p[i] != '#'))
        return 0;
    for (; i < n && k < cap && p[i] != ':' && p[i] != '=' && p[i] != '?' && p[i] != ';' &&
           p[i] != ' ' && p[i] != '\\' && p[i] != '\r';
         i++)
        out[k++] = (char)(p[i] >= 'a' && p[i] <= 'z' ? p[i] - 32 : p[i]);
    return k < cap ? k : 0;
}

/* The channel of a thread's line (see tr_st.readers); pay is the line's
 * payload as printed. */
static unsigned thread_channel(tr_st *s, ats_dir dir, const char *p, size_t n, const char *pay,
                               size_t npay)
{
    if (n > sizeof s->ports[0])
        n = sizeof s->ports[0];
    if (dir == ATS_DIR_TX) {
        unsigned ch = port_channel(s, p, n);
        s->waiting[ch] = 1;
        s->last_tx_ch = ch;
        s->cmdnamelen[ch] = (unsigned char)line_name(pay, npay, 1, s->cmdname[ch],
                                                     sizeof s->cmdname[ch]);
        return ch;
    }
    for (size_t i = 0; i < s->nports; i++)
        if (s->portlen[i] == n && !memcmp(s->ports[i], p, n))
            return (unsigned)i;
    unsigned ch = s->last_tx_ch;   /* unknown: the last command's, as without threads */
    int found = 0;
    for (size_t i = 0; i < s->nreaders; i++)
        if (s->readerlen[i] == n && !memcmp(s->readers[i], p, n)) {
            ch = s->reader_ch[i];
            found = 1;
            break;
        }
    if (!found) {
        size_t nw = 0;
        for (size_t i = 0; i < s->nports; i++)
            if (s->waiting[i]) {
                nw++;
                ch = (unsigned)i;
            }
        if (nw > 1) {
            /* several wait: the one whose command the answer names */
            char nm[16];
            size_t k = line_name(pay, npay, 0, nm, sizeof nm), hits = 0;
            for (size_t i = 0; k && i < s->nports; i++)
                if (s->waiting[i] && s->cmdnamelen[i] == k && !memcmp(s->cmdname[i], nm, k)) {
                    hits++;
                    ch = (unsigned)i;
                }
            nw = hits;
        }
        if (nw != 1)
            ch = s->last_tx_ch;
        else if (s->nreaders < TR_PORTS) {
            memcpy(s->readers[s->nreaders], p, n);
            s->readerlen[s->nreaders] = (unsigned char)n;
            s->reader_ch[s->nreaders++] = (unsigned char)ch;
        }
    }
    if (dir == ATS_DIR_RX && ch < TR_PORTS)
        s->waiting[ch] = 0;
    return ch;
}

/* What the tool wrote into the bytes (CSV's doubled quote, a result code
 * printed apart) is taken out of a continuation's payload as out of the
 * record's first line: the copy goes
 * in the upper half of the buffer, the decoded bytes in the lower. */
static void strip_cont(tr_st *s, rd_ctx *c, const fd_rule *r, ats_span *pay)
{
    size_t olen = TR_BUF / 2;
    if ((r->strip.code || r->breaks.code) &&
        ats_fd_strip(r, s->md, c->mctx, pay->ptr, pay->len, s->buf + TR_BUF / 2, &olen)) {
        pay->ptr = (const char *)s->buf + TR_BUF / 2;
        pay->len = olen;
    }
}

/* A record's continuation lines are its bytes too: they carry the record's
 * line (the hexdump's title, the read that printed them), so a command is
 * found where its trace record starts. */
static int line_body(tr_st *s, rd_ctx *c, const char *p, size_t n, uint64_t lineno, uint64_t off);

/* The waiting line is read after all: its rule's record, as if it had not
 * been deferred (the module did not echo its command). */
static int wait_release(tr_st *s, rd_ctx *c)
{
    size_t n = s->nwait;
    s->nwait = 0;
    /* its echo never came: the line is the command, its rule not deferred */
    unsigned defer = c->defer_mask;
    c->defer_mask &= ~(1u << s->wait_k);
    int rc = line_body(s, c, s->wait, n, s->wait_line, s->wait_off);
    c->defer_mask = defer;
    return rc;
}

/* A wait_echo rule's deferred line: host-log, and kept (the one before it,
 * still waiting, read first) with its command's bytes as its strip leaves
 * them. */
static int wait_hold(tr_st *s, rd_ctx *c, size_t k, const char *p, size_t n, size_t ln,
                     uint64_t lineno, uint64_t off)
{
    const fd_rule *r = &c->def->rules[k];
    ats_span pay;
    unsigned char cmd[sizeof s->wait_cmd];
    size_t cn = sizeof cmd;
    if (!group(s, r->pat.g_payload, p, &pay))
        pay.ptr = p + ln, pay.len = 0;
    if (!(r->strip.code && ats_fd_strip(r, s->md, c->mctx, pay.ptr, pay.len, cmd, &cn))) {
        cn = pay.len;
        if (cn <= sizeof cmd)
            memcpy(cmd, pay.ptr, cn);
    }
    if (n > TR_HOLD || cn > sizeof cmd)
        return host_log(s, c, p, ln, lineno, off, r->source);   /* as before: deferred */
    int rc = s->nwait ? wait_release(s, c) : 0;
    if (rc)
        return rc;
    memcpy(s->wait, p, n);
    s->nwait = n;
    s->wait_line = lineno;
    s->wait_off = off;
    s->wait_k = (int)k;
    memcpy(s->wait_cmd, cmd, cn);
    s->nwait_cmd = cn;
    /* the line is the host's where it stands, as before; read as the
     * command later only if no echo comes */
    return host_log(s, c, p, ln, lineno, off, r->source);
}

/* A "+NAME:" line of another name than the waiting command's: a report the
 * driver read while it waited for the echo (RIOT's wait_echo() hands it to
 * the URC callbacks), not that command's answer. */
static int other_report(const tr_st *s, const char *p, size_t ln)
{
    size_t i = 0;
    while (i < ln && (p[i] == ' ' || p[i] == '\t'))
        i++;
    if (i >= ln || p[i] != '+')
        return 0;
    size_t e = i + 1;
    while (e < ln && p[e] != ':' && p[e] != ' ')
        e++;
    if (e >= ln || p[e] != ':')
        return 0;
    /* the command's name: after AT, up to =, ? or the end */
    const unsigned char *w = s->wait_cmd;
    size_t wn = s->nwait_cmd, j = 2, k = 2;
    while (k < wn && w[k] != '=' && w[k] != '?' && w[k] != ';')
        k++;
    size_t nlen = e - i;
    return !(wn > 2 && k - j == nlen && !strncasecmp((const char *)w + j, p + i, nlen));
}

static int rule_of(tr_st *s, rd_ctx *c, const char *p, size_t n);

/* A line after the waiting one: a line its pattern passes (a final of the
 * command before, while that command has had none; an empty line), the host's own (a host_log or verdict
 * rule's: the driver's DEBUG lines, the app's "urc received: ...") or
 * another command's report keeps it waiting; its echo makes it the host's
 * (the echo is the command); any other line reads it first. */
static int wait_step(tr_st *s, rd_ctx *c, const char *p, size_t ln, int fin, uint64_t lineno)
{
    const fd_rule *r = &c->def->rules[s->wait_k];
    /* an empty line; the command before's final while it has none (a
     * send's OK, read by the next command), or the app's word for the
     * final on the line right after it (RIOT's puts("OK")); another
     * command's report */
    if (!ln || (fin && (!s->fin_seen || lineno == s->fin_line + 1)) ||
        (!fin && other_report(s, p, ln)))
        return 0;
    /* a command that answers with its final alone: any other line of the
     * module's is not its answer ("RDY" of a boot while "AT" waits) */
    if (!fin && r->wait_answerless.code &&
        ats_fd_match(&r->wait_answerless, s->md, c->mctx, (const char *)s->wait_cmd,
                     s->nwait_cmd) > 0) {
        int q = rule_of(s, c, p, ln);
        if (q < 0 || (q != s->wait_k && q != (int)r->wait_rule))
            return 0;
    }
    int q = fin ? -1 : rule_of(s, c, p, ln);
    if (q >= 0 && q != s->wait_k && (c->def->rules[q].host_log || c->def->rules[q].verdict) &&
        !c->def->rules[q].not_sent)
        return 0;
    const fd_rule *e = &c->def->rules[r->wait_rule];
    ats_span pay;
    if (ats_fd_match(&e->pat, s->md, c->mctx, p, ln) > 0 && group(s, e->pat.g_payload, p, &pay) &&
        pay.len == s->nwait_cmd && !memcmp(pay.ptr, s->wait_cmd, pay.len)) {
        s->nwait = 0;            /* its echo: the echo is the command */
        return 0;
    }
    return wait_release(s, c);
}

static int line_body(tr_st *s, rd_ctx *c, const char *p, size_t n, uint64_t lineno, uint64_t off);

/* A definition with a wait_echo rule: each line is first asked whether it
 * ends the wait (a call of its own, so no other trace's line pays for it). */
static __attribute__((noinline)) int line_waiting(tr_st *s, rd_ctx *c, const char *p, size_t n,
                                                  uint64_t lineno, uint64_t off)
{
    size_t ln = n && p[n - 1] == '\r' ? n - 1 : n;
    /* a final of the command before (its late OK) while one waits */
    const fd_rule *wr = &c->def->rules[s->nwait ? s->wait_k : s->wait_rule0];
    int fin = ln && ats_fd_match(&wr->wait_pass, s->md, c->mctx, p, ln) > 0;
    int rc = s->nwait ? wait_step(s, c, p, ln, fin, lineno) : 0;
    if (rc)
        return rc;
    s->fin_seen |= fin;
    if (fin)
        s->fin_line = lineno;
    return line_body(s, c, p, n, lineno, off);
}

static inline int line_in(tr_st *s, rd_ctx *c, const char *p, size_t n, uint64_t lineno,
                          uint64_t off)
{
    if (__builtin_expect(s->wait != NULL, 0))
        return line_waiting(s, c, p, n, lineno, off);
    return line_body(s, c, p, n, lineno, off);
}

/* The writer name the line opening a record has (rd_ctx.wrap_tag). */
static void keep_tag(tr_st *s, const rd_ctx *c, const char *p, size_t ln)
{
    s->ntag = c->wrap_tag <= sizeof s->tag && c->wrap_tag <= ln ? c->wrap_tag : 0;
    memcpy(s->tag, p, s->ntag);
}

/* How much of a line of the open record is the wrapper's writer name its
 * first line opened with (and the blank after it): 0 when it has none or
 * another's. */
static size_t tag_cut(const tr_st *s, const rd_ctx *c, const char *p, size_t ln)
{
    if (!s->ntag || c->wrap_tag != s->ntag || ln < s->ntag || memcmp(p, s->tag, s->ntag))
        return 0;
    return s->ntag + (ln > s->ntag && p[s->ntag] == ' ');
}

static int line_body(tr_st *s, rd_ctx *c, const char *p, size_t n, uint64_t lineno, uint64_t off)
{
    const fd_def *d = c->def;
    size_t ln = n;
    int cr = ln && p[ln - 1] == '\r';
    if (cr)
        ln--;
    if (s->goes_on) {
        /* the rest of the wire's line is the next line with text (a paste
         * may have put an empty line between every two) */
        size_t i = 0;
        while (i < ln && (p[i] == ' ' || p[i] == '\t'))
            i++;
        if (i == ln)
            return 0;
        s->goes_on = 0;
    }
    if (s->open >= 0 && s->open_host) {
        /* the host's lines that go on after the one that opened them (a
         * here-document's, after the shell's PS2 prompt): each the host's */
        const fd_rule *r = &d->rules[s->open];
        size_t cut = tag_cut(s, c, p, ln);
        if (s->open_lines < r->max_lines) {
            if (r->end.code && (ats_fd_match(&r->end, s->md, c->mctx, p + cut, ln - cut) ||
                                (cut && ats_fd_match(&r->end, s->md, c->mctx, p, ln)))) {
                s->open = -1;
                return host_log(s, c, p, ln, lineno, off, r->source);
            }
            if (r->cont.code && (ats_fd_match(&r->cont, s->md, c->mctx, p + cut, ln - cut) ||
                                 (cut && ats_fd_match(&r->cont, s->md, c->mctx, p, ln)))) {
                s->open_lines++;
                return host_log(s, c, p, ln, lineno, off, r->source);
            }
        }
        s->open = -1;
    }
    if (s->open >= 0) {
        const fd_rule *r = &d->rules[s->open];
        /* Under a wrapper that names the writer on every line (syslog's
         * "asterisk[1190]: "), a record's further lines carry the name its
         * first line did: they are read after it, the line as it came
         * tried next (a pattern written with the name in it, gammu's). */
        const char *fp = p;
        size_t fn = n, fln = ln;
        uint64_t foff = off;
        size_t cut = tag_cut(s, c, p, ln);
        int tagged = cut != 0;
        if (tagged) {
            p += cut;
            n -= cut;
            ln -= cut;
            off += cut;
        } else if (s->ntag && c->wrap_tag && !any_rule(s, c, p, ln)) {
            /* another writer's message amid the record's lines (the kernel's
             * between two of a program's): that writer's, the record goes on */
            return host_log(s, c, p, ln, lineno, off, "another writer's line inside a record");
        }
        /* An empty line inside a record whose rows a pattern names (a
         * hexdump's): a log pasted double-spaced, or a blank the viewer
         * put between a title and its rows. The next row still belongs. */
        if (ln == 0 && !r->cont_until_rule && (r->cont.code || r->end.code)) {
            s->open_blank = lineno;
            return 0;
        }
        for (int pass = 0; pass < 1 + tagged && s->open_lines < r->max_lines; pass++) {
            if (pass) {
                p = fp;
                n = fn;
                ln = fln;
                off = foff;
            }
            ats_span pay;
            if (r->end.code && ats_fd_match(&r->end, s->md, c->mctx, p, r->keep_cr ? n : ln) &&
                group(s, r->end.g_payload, p, &pay)) {
                size_t k = 0;
                strip_cont(s, c, r, &pay);
                if (r->njoin)
                    k = ats_fd_decode(FD_DEC_VERBATIM, (const char *)r->join, r->njoin, s->buf, 0,
                                  TR_BUF / 2);
                k = ats_fd_decode(dec_for(s, r->cont_dec, pay.ptr, pay.len), pay.ptr, pay.len, s->buf,
                                  k, TR_BUF / 2);
                int rc = r->cont_keep_lines
                             ? bytes_of(s, c, r, s->open_dir, s->buf, k, lineno, off)
                             : bytes_of(s, c, r, s->open_dir, s->buf, k, s->open_line, s->open_off);
                return rc ? rc : close_record(s, c);
            }
            /* a line that starts with the stamp its record's line started
             * with is the logger's next line (the application's own WARN
             * after a final), never more of the payload: a continuation
             * that would take it whole, stamp and all, does not */
            int own_line = s->open_stamped && lead_stamp(s, c, p, ln, NULL);
            if (r->cont.code && ats_fd_match(&r->cont, s->md, c->mctx, p, ln) &&
                group(s, r->cont.g_payload, p, &pay) && !(own_line && pay.ptr == p)) {
                size_t k = 0;
                strip_cont(s, c, r, &pay);
                /* the first line's payload is a line of the record too (a
                 * reply buffer printed from its first byte): joined alike */
                if (r->njoin)
                    k = ats_fd_decode(FD_DEC_VERBATIM, (const char *)r->join, r->njoin, s->buf, 0,
                                  TR_BUF / 2);
                k = ats_fd_decode(dec_for(s, r->cont_dec, pay.ptr, pay.len), pay.ptr, pay.len, s->buf,
                                  k, TR_BUF / 2);
                s->open_lines++;
                if (r->cont_keep_lines)
                    return bytes_of(s, c, r, s->open_dir, s->buf, k, lineno, off);
                return bytes_of(s, c, r, s->open_dir, s->buf, k, s->open_line, s->open_off);
            }
            /* a line that goes on verbatim: read after the name, once no
             * rule takes it with the name or without */
            if (!pass && r->cont_until_rule && !own_line &&
                !(r->stop.code && (ats_fd_match(&r->stop, s->md, c->mctx, p, ln) ||
                                   (tagged && ats_fd_match(&r->stop, s->md, c->mctx, fp, fln)))) &&
                !(r->first.code && !s->open_lines && !ats_fd_match(&r->first, s->md, c->mctx, p, ln)) &&
                !any_rule(s, c, p, ln) && !(tagged && any_rule(s, c, fp, fln))) {
                size_t k = 0;
                const char *q = p;
                size_t qn = r->keep_cr ? n : ln, olen = TR_BUF / 2;
                /* what the tool printed beside the bytes (LLCOM's control
                 * pictures) is taken out of every line of the record, as out
                 * of its first: the copy goes in the upper half */
                if (r->strip.code &&
                    ats_fd_strip(r, s->md, c->mctx, q, qn, s->buf + TR_BUF / 2, &olen)) {
                    q = (const char *)s->buf + TR_BUF / 2;
                    qn = olen;
                }
                if (r->njoin)
                    k = ats_fd_decode(FD_DEC_VERBATIM, (const char *)r->join, r->njoin, s->buf, 0,
                                  TR_BUF / 2);
                k = ats_fd_decode(r->cont_dec, q, qn, s->buf, k, TR_BUF / 2);
                s->open_lines++;
                return bytes_of(s, c, r, s->open_dir, s->buf, k, s->open_line, s->open_off);
            }
        }
        p = fp;
        n = fn;
        ln = fln;
        off = foff;
        int rc = close_record(s, c);
        if (rc)
            return rc;
    }
    for (size_t k = 0; k < d->nrules; k++) {
        const fd_rule *r = &d->rules[k];
        /* every line of a trace comes here: a line that holds no LF
         * (most) spares the payload's look for one */
        fd_memo *mo = k < TR_MEMO ? s->memo[k] : NULL;
        if (!(mo && ats_fd_memo_hit(&r->pat, mo, s->ovw, p, ln, c->line_lf_free)) &&
            !ats_fd_match_memo(&r->pat, mo, s->md, c->mctx, p, ln, c->line_lf_free))
            continue;
        fd_tparts tp;
        /* the capture's one clock (input.c): the layers' when they are it,
         * else the definition's own where its rule carried one, else a
         * stamp the line prints before its payload */
        if (c->layer_clock || !d->info.has_time) {
            if (c->wrap_time.kind != ATS_TIME_NONE) {
                s->t = c->wrap_time;
                s->t_prefix = 0;
            } else if (!c->layer_clock) {
                prefix_time(s, c, r, p);
            }
        } else {
            ats_fd_time_parts_ov(&r->pat, s->ov, s->nov, p, &tp);
            if (tp.have) {
                s->t = ats_rd_time_parts(c, &tp);
                s->t_prefix = 0;
            } else {
                prefix_time(s, c, r, p);
            }
        }
        unsigned seen = s->seen;
        if (k < 32)
            s->seen |= 1u << k;
        if (k >= 64 || !(s->quiet >> k & 1)) {
            if (r->wait_echo && k < 32 && (c->defer_mask >> k & 1))
                return wait_hold(s, c, k, p, n, ln, lineno, off);
            if (r->data_end || r->sent_unshown || r->flushes) {
                unsigned f = c->chunk_flags;
                c->chunk_flags |= r->data_end       ? ATS_CF_DATA_END
                                  : r->sent_unshown ? ATS_CF_SENT_UNSHOWN
                                                    : ATS_CF_FLUSHED;
                int rc = host_log(s, c, p, ln, lineno, off, r->source);
                c->chunk_flags = f;
                return rc;
            }
            if (r->not_sent || r->gave_up) {
                /* the line speaks of the command written last: that line is
                 * over, its end held back while a repeat of it could follow
                 * (RIOT's shell line, pyterm's echo of it) goes out first */
                int rs = flush_sfx(s, c);
                if (rs)
                    return rs;
                unsigned f = c->chunk_flags;
                ats_span cmd;
                /* a line naming another command than the last one sent gave up
                 * on none the capture shows open: only a host-log line */
                int other = r->gave_up && s->nsent && group(s, r->pat.g_cmd, p, &cmd) &&
                            !(cmd.len == s->nsent && !memcmp(cmd.ptr, s->sent, cmd.len));
                if (!other)
                    c->chunk_flags |= r->not_sent ? ATS_CF_NOT_SENT : ATS_CF_GAVE_UP;
                int rc = host_log(s, c, p, ln, lineno, off, r->source);
                c->chunk_flags = f;
                return rc;
            }
            if (r->heads) {
                ats_span tok;
                s->head_side = r->nmap ? (group(s, r->pat.g_dir, p, &tok)
                                              ? rule_side(r, tok.ptr, tok.len)
                                              : FD_SIDE_UNKNOWN)
                                       : r->side;
            }
            int as_host = r->host_log || (k < 32 && (c->defer_mask >> k & 1)) ||
                          (r->after_mask & seen);
            if (as_host && r->cont.code) {
                s->open = (int)k;
                s->open_host = 1;
                s->open_lines = 0;
                keep_tag(s, c, p, ln);
            }
            if (as_host)
                return host_log(s, c, p, ln, lineno, off, r->source);
            if (r->verdict) {
                /* the line the verdict names, unless the trace printed it just before */
                ats_span v;
                ats_dir vd = dir_of(c, r->side);
                int k2 = vd == ATS_DIR_TX;
                size_t vn = 0;
                if (group(s, r->pat.g_payload, p, &v))
                    vn = ats_fd_decode(r->dec, v.ptr, v.len, s->buf, 0, TR_BUF / 2);
                if (!vn || (s->nlast[k2] == vn && vn <= TR_LAST && !memcmp(s->last[k2], s->buf, vn)))
                    return host_log(s, c, p, ln, lineno, off, r->source);
            }
        } else if ((k < 32 && (c->defer_mask >> k & 1)) || (r->after_mask & seen)) {
            /* a deferred rule's lines that go on are the host's too (the
             * AT debug copy of SparkFun's reply, after its blank line) */
            if (r->cont.code) {
                s->open = (int)k;
                s->open_host = 1;
                s->open_lines = 0;
                keep_tag(s, c, p, ln);
            }
            return host_log(s, c, p, ln, lineno, off, r->source);
        }
        ats_span port;
        if (r->pat.g_port >= 0 && group(s, r->pat.g_port, p, &port))
            s->port_ch = port_channel(s, port.ptr, port.len);
        fd_side sd = r->side;
        ats_span tok, pay;
        if (r->nmap && group(s, r->pat.g_dir, p, &tok))
            sd = rule_side(r, tok.ptr, tok.len);
        else if (sd == FD_SIDE_UNKNOWN && s->head_side)
            sd = s->head_side;   /* the side its record's header line named */
        ats_dir dir = dir_of(c, sd);
        if (!group(s, r->pat.g_payload, p, &pay))
            pay.ptr = p + ln, pay.len = 0;
        int64_t took = took_us(s, &r->pat, p);
        ats_span th;
        if (r->pat.g_thread >= 0 && dir != ATS_DIR_UNKNOWN && group(s, r->pat.g_thread, p, &th))
            s->port_ch = thread_channel(s, dir, th.ptr, th.len, pay.ptr, pay.len);
        if (r->keep_cr && cr && pay.ptr + pay.len == p + ln)
            pay.len++;
        if (r->goes_on) {
            /* the wire's line goes on in the trace's next line; the rest of
             * this one is the library's print */
            size_t at = (size_t)(pay.ptr + pay.len - p);
            int rc = at < ln ? host_log(s, c, p + at, ln - at, lineno, off + at, r->source) : 0;
            size_t len = ats_fd_decode(r->dec, pay.ptr, pay.len, s->buf, 0, TR_BUF / 2);
            s->goes_on = 1;
            return rc ? rc : put(s, c, dir, s->buf, len, lineno, off + (uint64_t)(pay.ptr - p));
        }
        if (dir == ATS_DIR_UNKNOWN && d->glue.code)
            return undirected(s, c, pay.ptr, pay.len, 0, lineno, off + (uint64_t)(pay.ptr - p));
        int one_line = 0;
        ats_span inner;
        if (r->end.code && ats_fd_match(&r->end, s->md, c->mctx, pay.ptr, pay.len) &&
            group(s, r->end.g_payload, pay.ptr, &inner)) {
            pay = inner;       /* the record opens and ends on this line */
            one_line = 1;
        }
        s->ntail = 0;
        if (r->cmux == FD_CMUX_FRAME)
            frame_head(s, r, p);
        if (r->cont.code || r->cont_until_rule || r->cumulative || r->repeats_mask) {
            s->open = (int)k;
            keep_tag(s, c, p, ln);
            s->open_stamped = lead_stamp(s, c, p, ln, NULL);
            s->open_host = 0;
            s->open_dir = dir;
            s->open_lines = 0;
            s->open_line = lineno;
            s->open_blank = 0;
            s->open_off = off;
            s->ncur = 0;
            s->best = 0;
            /* one line a record repeats no earlier one */
            s->skipping = r->cumulative && !s->rec_rx && s->prev_rule == (int)k &&
                          s->prev_dir == dir && s->nprev > 0;
            /* a print of the same call's list: the line right before */
            if (r->repeats_mask && !s->rec_rx && s->prev_rule >= 0 && s->prev_rule < 32 &&
                (r->repeats_mask >> s->prev_rule & 1) && s->prev_dir == dir && s->nprev > 0 &&
                s->prev_end + 1 == lineno)
                s->skipping = 1;
            s->ncand = 0;
            for (size_t j = 0; s->skipping && j < s->nprev; j++)
                s->cand[s->ncand++] = (uint32_t)j;
        }
        size_t len;
        /* the payload's place in the line, taken before a strip moves the
         * payload into the scratch buffer (a difference between the two
         * buffers' addresses is no offset) */
        uint64_t pay_off = (uint64_t)(pay.ptr - p);
        /* what the library printed inside the payload (a stamp after every
         * read) is not payload */
        size_t olen = TR_BUF;
        if ((r->strip.code || r->breaks.code) &&
            ats_fd_strip(r, s->md, c->mctx, pay.ptr, pay.len, s->buf, &olen)) {
            memcpy(s->buf + TR_BUF / 2, s->buf, olen < TR_BUF / 2 ? olen : TR_BUF / 2);
            pay.ptr = (const char *)s->buf + TR_BUF / 2;
            pay.len = olen < TR_BUF / 2 ? olen : TR_BUF / 2;
        }
        /* a name the library printed for the wire's text (atat's
         * CmeError(NotAllowed)): its table gives the text back */
        ats_span looked;
        if (r->nlookup && ats_fd_lookup(r, pay.ptr, pay.len, &looked))
            pay = looked;
        /* a prefix the trace leaves out (SparkFun's "Command: +CSQ" for
         * AT+CSQ) comes before the payload; the strip's copy is in the upper
         * half, so writing the lower half first is safe */
        if (r->nprefix)
            memcpy(s->buf, r->prefix, r->nprefix);
        fd_decoder dk = dec_for(s, r->dec, pay.ptr, pay.len);
        if (r->suffix_eolless && !(s->shows_eol >> dir & 1u) && memchr(pay.ptr, '<', pay.len))
            eol_shown(s, dir, pay.ptr, pay.len);
        size_t pre = r->nprefix;
        if (s->nptok && s->ptok_dir != dir) {
            int rc = tok_flush(s, c);
            if (rc)
                return rc;
        }
        if (dk == FD_DEC_ANGLE) {
            pre = tok_join(s, &pay, s->buf, pre);
            if (s->nptok) {
                s->ptok_dir = dir;
                s->ptok_line = lineno;
                s->ptok_off = off + pay_off + pay.len;
            }
        }
        len = ats_fd_decode(dk, pay.ptr, pay.len, s->buf, pre, TR_BUF / 2);
        if (s->rec_rx && len && len + 2 <= TR_BUF / 2 && s->buf[len - 1] != '\r' &&
            s->buf[len - 1] != '\n') {
            if (dir == ATS_DIR_RX) {
                s->buf[len++] = '\r';
                s->buf[len++] = '\n';
            } else if (dir == ATS_DIR_TX && s->rec_tx && len >= 2 &&
                       (s->buf[0] | 0x20) == 'a' && ((s->buf[1] | 0x20) == 't' || s->buf[1] == '/')) {
                s->buf[len++] = '\r';
            }
        }
        /* the module answers only an ended line: a read with a line in it
         * after a command line left open, or the next command line,
         * ends that line */
        if (s->tx_open > 2 && s->tx_at &&
            (dir == ATS_DIR_TX ? len > 2 && (s->buf[0] | 0x20) == 'a' && (s->buf[1] | 0x20) == 't'
                               : dir == ATS_DIR_RX && (memchr(s->buf, '\r', len) ||
                                                       memchr(s->buf, '\n', len)))) {
            int rc = emit(s, c, ATS_DIR_TX, (const unsigned char *)"\r", 1, lineno, off + pay_off);
            if (rc)
                return rc;
        }
        /* a write that left a line open with no command in it (a URL after
         * CONNECT, a payload whose count the log did not say) and a later
         * write that starts a command: two writes, the command its own line
         * (before, "http://.../pingAT+QHTTPGET=80" was one host line) */
        unsigned wstart = 0;
        if (dir == ATS_DIR_TX && s->tx_open && !s->tx_at && len >= 2 &&
            (s->buf[0] | 0x20) == 'a' && (s->buf[1] | 0x20) == 't') {
            wstart = ATS_CF_WRITE_START;
            s->tx_open = 0;
        }
        if (dir == ATS_DIR_TX) {
            size_t m = len;
            s->fin_seen = 0;     /* a command went: none of its finals yet */
            while (m && (s->buf[m - 1] == '\r' || s->buf[m - 1] == '\n'))
                m--;
            s->nsent = m <= TR_LAST ? m : 0;
            memcpy(s->sent, s->buf, s->nsent);
        } else if (dir == ATS_DIR_RX) {
            size_t m = s->nsent;
            if (r->echo_glued && m && len > m && !memcmp(s->buf, s->sent, m) &&
                s->buf[m] != '\r' && s->buf[m] != '\n') {
                memmove(s->buf + m + 2, s->buf + m, len - m);
                s->buf[m] = '\r';
                s->buf[m + 1] = '\n';
                len += 2;
            }
            s->nsent = 0;
        }
        unsigned keep = c->chunk_flags;
        c->chunk_flags |= wstart;
        if (r->whole_write)
            c->chunk_flags |= ATS_CF_WRITE_END;
        if (r->pat.g_len >= 0 && len_says(s, &r->pat, p, len))
            c->chunk_flags |= ATS_CF_LEN_EXACT;
        int rc = took >= 0 && s->t.kind != ATS_TIME_NONE
                     ? took_split(s, c, r, dir, len, took, lineno, off + pay_off)
                     : bytes_of(s, c, r, dir, s->buf, len, lineno, off + pay_off);
        c->chunk_flags = keep;
        if (rc == 0 && one_line && s->open >= 0)
            return close_record(s, c);
        if (r->cmux)
            return rc || r->cmux != FD_CMUX_FRAME || s->open >= 0
                       ? rc
                       : frame_done(s, c, dir, lineno, off);
        if (rc == 0 && s->open < 0 && r->nsuffix && !(len && has_suffix(s, r)) &&
            !(r->suffix_crless && s->shows_cr) &&
            !(r->suffix_eolless && (s->shows_eol >> dir & 1u)))
            rc = put(s, c, dir, r->suffix, r->nsuffix, lineno, off);
        return rc;
    }
    if (c->wrap_time.kind != ATS_TIME_NONE && (c->layer_clock || !d->info.has_time))
        s->t = c->wrap_time;
    if (d->other_data)
        return undirected(s, c, p, ln, cr, lineno, off);
    lead_time(s, c, p, ln);
    return host_log(s, c, p, ln, lineno, off, "other");
}

enum { CUT_NONE, CUT_DATA, CUT_TEXT, CUT_TITLE, CUT_WIDTH };

/* The rule that decides a line (the first that matches), -1 none. */
static int rule_of(tr_st *s, rd_ctx *c, const char *p, size_t n)
{
    const fd_def *d = c->def;
    for (size_t k = 0; k < d->nrules; k++)
        if (ats_fd_match(&d->rules[k].pat, s->md, c->mctx, p, n))
            return (int)k;
    return -1;
}

/* Does the sample show a line end in what was read (a read's payload, a
 * suffix the definition adds, a record going on to the next line)? Where
 * two reads or more show none, each read is a line (rec_rx); where the
 * commands written show none either, each command record is one (rec_tx).
 * A trace printing partial reads shows a line end in some read, and is
 * read as before. */
static void sample_records(tr_st *s, rd_ctx *c)
{
    const fd_def *d = c->def;
    size_t i = 0, len;
    const char *p;
    unsigned lines = 0, rx = 0, tx = 0, tx_end = 0;
    int going_on = 0;
    while (lines < 256 && ats_rd_next_line(c->sample, c->sample_len, &i, &p, &len)) {
        if (c->peel_sample && !c->peel_sample(c->peel_arg, p, len, &p, &len))
            continue;
        if (!len)
            continue;
        lines++;
        int k = rule_of(s, c, p, len);
        if (k < 0) {
            if (going_on)
                return;        /* a record went on to this line: it held line ends */
            continue;
        }
        const fd_rule *r = &d->rules[k];
        going_on = 0;
        if (r->host_log || r->gave_up || r->not_sent || r->data_end || r->sent_unshown ||
            r->verdict || r->cmux ||
            r->goes_on || r->cont.code)
            continue;
        fd_side sd = r->side;
        ats_span tok, pay;
        if (r->nmap && group(s, r->pat.g_dir, p, &tok))
            sd = rule_side(r, tok.ptr, tok.len);
        ats_dir dir = dir_of(c, sd);
        if (dir != ATS_DIR_RX && dir != ATS_DIR_TX)
            continue;
        if (!group(s, r->pat.g_payload, p, &pay))
            continue;
        size_t n = ats_fd_decode(dec_for(s, r->dec, pay.ptr, pay.len), pay.ptr, pay.len, s->buf, 0,
                                 TR_BUF / 2);
        /* (a cumulative record's suffix may not be added: not a line end shown) */
        int ends = memchr(s->buf, '\r', n) || memchr(s->buf, '\n', n) ||
                   (r->nsuffix && !r->cumulative && (memchr(r->suffix, '\r', r->nsuffix) ||
                                   memchr(r->suffix, '\n', r->nsuffix)));
        if (dir == ATS_DIR_RX) {
            if (ends)
                return;
            going_on = r->cont_until_rule;
            rx += n > 0;
        } else {
            tx += n > 0;
            tx_end += ends;
        }
    }
    s->rec_rx = rx >= 2;
    s->rec_tx = s->rec_rx && tx && !tx_end;
}

static int data_rule(tr_st *s, rd_ctx *c, const char *p, size_t n)
{
    int k = rule_of(s, c, p, n);
    return k >= 0 && !c->def->rules[k].host_log;
}

/* Was p[0..n) (no line end) cut in two, by the definition's "wrapped"? */
static int cut_kind(tr_st *s, rd_ctx *c, const char *p, size_t n)
{
    const fd_def *d = c->def;
    if (d->wrap_cut.code && ats_fd_match(&d->wrap_cut, s->md, c->mctx, p, n))
        return CUT_DATA;
    if (d->wrap_text.code && ats_fd_match(&d->wrap_text, s->md, c->mctx, p, n))
        return CUT_TEXT;
    if (c->wrap_width && c->raw_len == c->wrap_width)
        return CUT_WIDTH;
    if (d->wrap_prefix.code && ats_fd_match(&d->wrap_prefix, s->md, c->mctx, p, n) &&
        !data_rule(s, c, p, n))
        return CUT_TITLE;
    return CUT_NONE;
}

/* Could line p start or continue a record of its own (a rule, any record's
 * continuation, the log's prefix)? Then it is not the rest of a line the
 * terminal's width cut. */
static int own_line(tr_st *s, rd_ctx *c, const char *p, size_t n)
{
    const fd_def *d = c->def;
    if (any_rule(s, c, p, n))
        return 1;
    for (size_t k = 0; k < d->nrules; k++)
        if (d->rules[k].cont.code && ats_fd_match(&d->rules[k].cont, s->md, c->mctx, p, n))
            return 1;
    return d->wrap_prefix.code && ats_fd_match(&d->wrap_prefix, s->md, c->mctx, p, n);
}

static int flush_hold(tr_st *s, rd_ctx *c)
{
    if (!s->nhold)
        return 0;
    size_t n = s->nhold;
    s->nhold = 0;
    return line_in(s, c, s->hold, n, s->hold_line, s->hold_off);
}

/* A terminal or a paste that hard-wraps long lines cuts a hexdump row or a
 * record's title in two: the rest comes on the next line, without the
 * log's prefix. The definition's "wrapped" patterns name the lines that
 * may have been cut; the next line is joined to one unless it starts a
 * record itself (for a cut in the ASCII column: or is the open record's
 * next row; for a title: unless the two together are not read as data),
 * so nothing is joined that a line of the log's own could be, and no byte
 * is made up: the joined line is the line as printed. */
static __attribute__((noinline)) int tr_line_held(tr_st *s, rd_ctx *c, const char *p, size_t n,
                                                   uint64_t lineno, uint64_t off);

/* Most traces hold no line (no paste cut them): the held lines' work a
 * call of its own, not a frame saved on every line for it. */
static int tr_line(void *vst, rd_ctx *c, const char *p, size_t n, int eol, uint64_t lineno,
                   uint64_t off)
{
    (void)eol;
    tr_st *s = vst;
    if (!s->hold)
        return line_in(s, c, p, n, lineno, off);
    return tr_line_held(s, c, p, n, lineno, off);
}

static __attribute__((noinline)) int tr_line_held(tr_st *s, rd_ctx *c, const char *p, size_t n,
                                                   uint64_t lineno, uint64_t off)
{
    const fd_def *d = c->def;
    size_t ln = n && p[n - 1] == '\r' ? n - 1 : n;
    if (s->nhold) {
        int own = s->hold_kind == CUT_WIDTH
                      ? own_line(s, c, p, ln) ||
                            ats_rd_same_stamp(s->hold, s->nhold, p, ln)
                      : any_rule(s, c, p, ln) ||
                            (s->hold_kind == CUT_TITLE && d->wrap_prefix.code &&
                             ats_fd_match(&d->wrap_prefix, s->md, c->mctx, p, ln));
        if (!own && s->hold_kind == CUT_TEXT && s->open >= 0) {
            const fd_rule *r = &d->rules[s->open];
            own = r->cont.code && ats_fd_match(&r->cont, s->md, c->mctx, p, ln);
        }
        if (own || s->nhold + n > TR_HOLD || s->hold_pieces >= TR_HOLD_PIECES) {
            int rc = flush_hold(s, c);
            if (rc)
                return rc;
        } else {
            /* the rest of the held line: the held piece's line end was the
             * terminal's, not the log's */
            size_t keep = s->nhold;
            /* where the held piece's text ends (its CR, if any, is
             * overwritten by the rest) */
            size_t at = s->hold[keep - 1] == '\r' ? keep - 1 : keep;
            s->nhold = at;
            memcpy(s->hold + s->nhold, p, n);
            s->nhold += n;
            size_t hn = s->hold[s->nhold - 1] == '\r' ? s->nhold - 1 : s->nhold;
            if (s->hold_kind == CUT_TITLE && !data_rule(s, c, s->hold, hn)) {
                /* the space the cut fell after, trimmed by the paste (a
                 * title's text, never payload) */
                int spaced = at && s->hold[at - 1] != ' ' && at + 1 + n <= TR_HOLD;
                if (spaced) {
                    s->hold[at] = ' ';
                    memcpy(s->hold + at + 1, p, n);
                    s->nhold = at + 1 + n;
                    hn = s->hold[s->nhold - 1] == '\r' ? s->nhold - 1 : s->nhold;
                }
                if (!spaced || !data_rule(s, c, s->hold, hn)) {
                    s->nhold = keep;   /* not a title's rest after all */
                    if (at < keep)
                        s->hold[at] = '\r';
                    int rc = flush_hold(s, c);
                    if (rc)
                        return rc;
                    goto fresh;
                }
            }
            s->hold_pieces++;
            int again = s->hold_kind == CUT_TITLE ? CUT_NONE : cut_kind(s, c, s->hold, hn);
            if (again == CUT_WIDTH || (s->hold_kind == CUT_WIDTH && !again))
                /* a piece as wide as the terminal was cut again */
                again = c->raw_len == c->wrap_width ? CUT_WIDTH : CUT_NONE;
            if (again && again != CUT_TITLE) {
                s->hold_kind = again;
                return 0;          /* cut again: a narrow terminal */
            }
            return flush_hold(s, c);
        }
    }
fresh:;
    int kind = cut_kind(s, c, p, ln);
    if (kind && n <= TR_HOLD) {
        memcpy(s->hold, p, n);
        s->nhold = n;
        s->hold_pieces = 1;
        s->hold_kind = kind;
        s->hold_line = lineno;
        s->hold_off = off;
        return 0;
    }
    return line_in(s, c, p, n, lineno, off);
}

static int tr_finish(void *vst, rd_ctx *c)
{
    tr_st *s = vst;
    int rc = flush_hold(s, c);
    if (!rc && s->nwait)
        rc = wait_release(s, c);
    if (!rc)
        rc = close_record(s, c);
    if (!rc)
        rc = tok_flush(s, c);
    if (!rc)
        rc = flush_sfx(s, c);
    if (!rc && s->mux[0].nw)
        rc = mux_release(s, c, ATS_DIR_RX, 1);
    if (!rc && s->mux[1].nw)
        rc = mux_release(s, c, ATS_DIR_TX, 1);
    return rc;
}

/* Detection is the input's: it scores every definition on the sample. */
const rd_vt ats_rd_trace = {
    {"trace", "a host library's debug trace, read by its format definition",
     "a definition's rules", 1, 1, 1, 0},
    NULL, sizeof(tr_st), 0, tr_init, tr_line, NULL, tr_finish, tr_free,
    ATS_CF_NO_NOTES | ATS_CF_READ_APART, 1};
