/* rule_send.c - send-length, send-payload-mismatch, send-before-prompt,
 * send-report-wait, flow-control, flow-control-stall. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "rules_util.h"

/* A payload a tool or a person replaced by a stand-in: "(binary)",
 * "*****", "<binary data>", "...", "[42 bytes]". Its length is not the
 * payload's. */
static int stand_in(const ats_txn *t)
{
    if (t->payload_bytes > t->payload_preview.len)
        return 0;                             /* more than a stand-in's worth */
    const unsigned char *p = (const unsigned char *)t->payload_preview.ptr;
    size_t a = 0, b = t->payload_preview.len;
    while (a < b && (p[a] == ' ' || p[a] == '\t' || p[a] == '\r' || p[a] == '\n'))
        a++;
    while (b > a && (p[b - 1] <= ' ' || p[b - 1] == 0x1A))   /* blanks, Ctrl-Z, ESC */
        b--;
    size_t n = b - a;
    if (n >= 3) {                             /* a row of one mark: *****, ..... */
        size_t same = 1;
        while (same < n && p[a + same] == p[a])
            same++;
        if (same == n && (p[a] == '*' || p[a] == '.'))
            return 1;
    }
    for (size_t i = a; i + 3 <= b; i += 3)    /* an ellipsis character (U+2026), repeated */
        if (!(p[i] == 0xE2 && p[i + 1] == 0x80 && p[i + 2] == 0xA6))
            break;
        else if (i + 3 == b)
            return 1;
    static const char open[] = "([<{", close[] = ")]>}";
    const char *o = n >= 3 ? strchr(open, p[a]) : NULL;
    if (!o || !p[a] || p[b - 1] != close[o - open])
        return 0;
    char in[48];
    size_t k = 0;
    for (size_t i = a + 1; i + 1 < b && k + 1 < sizeof in; i++)
        in[k++] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
    in[k] = 0;
    static const char *const words[] = {"binary", "binary data", "data", "payload", "hex",
                                        "hidden", "redacted", "omitted", "snip", "...",
                                        "binary payload", "not logged", NULL};
    for (const char *const *w = words; *w; w++)
        if (!strcmp(in, *w))
            return 1;
    /* "[42 bytes]", "<5 byte>", "(12 bytes of data)", "[binary, 12 bytes]" */
    const char *q = in;
    if (!strncmp(q, "binary, ", 8) || !strncmp(q, "binary ", 7))
        q += q[6] == ',' ? 8 : 7;
    if (!(*q >= '0' && *q <= '9'))
        return 0;
    while (*q >= '0' && *q <= '9')
        q++;
    return !strcmp(q, " bytes") || !strcmp(q, " byte") || !strcmp(q, " bytes of data") ||
           !strcmp(q, " bytes of binary data") || !strcmp(q, "b") || !strcmp(q, " b");
}

static const ats_rule_param length_params[] = {
    {"max_send_len", ATS_PARAM_COUNT, 2048, 0, -1},
    {NULL, 0, 0, 0, 0},
};

typedef struct length_state {
    double max_send_len;
} length_state;

static void length_init(ats_rule_ctx *c)
{
    length_state *st = c->st;
    st->max_send_len = ats_eng_param(c->e, c->rule, "max_send_len");
}

static void length_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    const length_state *st = c->st;
    if (t->payload_declared >= 0)
        ats_eng_saw(e, c->rule);
    if (t->payload_declared >= 0 &&
        (t->payload_declared < 1 || (double)t->payload_declared >= st->max_send_len))
        ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id,
                          ats_eng_sock_key(e, eng_txn_sock(e, t)),
                          "%s declares %" PRId64 " bytes (must be 1..%.0f)", ats_eng_cmd(e, t),
                          t->payload_declared, st->max_send_len - 1);
}

const ats_rule_desc ats_rule_send_length = {
    .id = "send-length",
    .names_cause = 1,
    .severity = ATS_SEV_ERROR,
    .summary = "a send declares 1 .. max_send_len-1 bytes",
    .needs_classes = "send",
    .params = length_params,
    .state_size = sizeof(length_state),
    .txn_classes = 1u << C_SEND,
    .no_evidence = "no send with a declared length in the capture",
    .on = {.init = length_init, .txn = length_txn},
};

typedef struct payload_state {
    uint64_t seen, unseen, replaced;   /* payloads after a prompt, by what shows of them */
    uint64_t lossy;                    /* ... seen in a lossy log without an exact count */
} payload_state;

static void payload_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    payload_state *st = c->st;
    if (!(t->flags & ATS_TF_PROMPT))
        return;
    int visible = t->payload_bytes > 0 || t->payload_end == ATS_PAYLOAD_LENGTH ||
                  t->payload_end == ATS_PAYLOAD_CTRLZ;
    if (visible && stand_in(t)) {         /* replaced: not the bytes that were sent */
        st->replaced++;
        visible = 0;
    } else if (visible && e->ci.lossy && !(t->flags & ATS_TF_PAYLOAD_EXACT)) {
        st->lossy++;          /* the format's display, not the wire's count */
        visible = 0;
    } else if (visible) {
        st->seen++;
        ats_eng_saw(e, c->rule);
        /* a lossy format whose tool counted the bytes (Portmon's Length n:) */
        if (e->ci.lossy)
            e->exact[c->rule] = 1;
    } else {
        st->unseen++;
    }
    /* fewer bytes than declared, then the module's error (SIM800's ERROR to
     * AT+CIPSEND=40 after 14): the module ended the send, it waits for
     * nothing, and the host's later bytes, if any, are not shown */
    int ended_by_module = t->payload_end == ATS_PAYLOAD_CUT && t->final_kind != ATS_FINAL_NONE &&
                          ats_final_is_failure(t->final_kind) && t->payload_declared >= 0 &&
                          t->payload_bytes < (uint64_t)t->payload_declared;
    if (visible && t->payload_declared >= 0 && t->payload_end != ATS_PAYLOAD_ESC &&
        !ended_by_module && t->payload_bytes != (uint64_t)t->payload_declared) {
        char got[24], want[24];
        snprintf(got, sizeof got, "%" PRIu64, t->payload_bytes);
        snprintf(want, sizeof want, "%" PRId64, t->payload_declared);
        const char *cmd = ats_eng_cmd(e, t);
        const char *vars[] = {"cmd", cmd, "bytes", got, "declared", want, NULL};
        int more = t->payload_bytes > (uint64_t)t->payload_declared;
        ats_eng_violation(e, c->rule, t->payload_line ? t->payload_line : t->first_line,
                          t->command.time, t->id, ats_eng_sock_key(e, eng_txn_sock(e, t)), "%s",
                          ats_eng_msg(e, c->rule, more ? "more" : "less",
                                      more ? "payload of {bytes} bytes after the prompt of {cmd}, "
                                             "{declared} declared (more than the module takes)"
                                           : "payload of {bytes} bytes after the prompt of {cmd}, "
                                             "{declared} declared (the module waits for the rest)",
                                      vars));
        ats_eng_related(e, t->first_line, "declared here");
    }
}

static void payload_finish(ats_rule_ctx *c)
{
    const payload_state *st = c->st;
    char *na = c->e->na_reason[c->rule];
    size_t cap = sizeof c->e->na_reason[c->rule];
    if (st->replaced && !st->seen)
        snprintf(na, cap,
                 "every payload in the capture was replaced by a stand-in ((binary), *****, "
                 "[N bytes]): its length is not the payload's");
    else if (st->replaced)
        ats_eng_partly(c->e, c->rule,
                       "payloads replaced by a stand-in ((binary), *****, [N bytes]) not counted");
    else if (st->unseen && !st->seen && !st->lossy)
        snprintf(na, cap, "no payload is visible in the capture after any prompt");
    else if (st->lossy && st->seen)
        ats_eng_partly(c->e, c->rule,
                       "payloads the lossy format shows without the tool's count of their bytes "
                       "not counted");
}

const ats_rule_desc ats_rule_send_payload_mismatch = {
    .id = "send-payload-mismatch",
    .names_cause = 1,
    .severity = ATS_SEV_WARNING,
    .summary = "the payload after the prompt has the declared length",
    .needs = ATS_NEED_LOSSLESS | ATS_NEED_ANSWERS,
    .needs_classes = "send",
    .state_size = sizeof(payload_state),
    .txn_classes = 1u << C_SEND,
    .no_evidence = "no send with a prompt in the capture",
    .on = {.txn = payload_txn, .finish = payload_finish},
};

typedef struct prompt_state {
    uint64_t unjudged;        /* early payloads in a lossy log */
    char first[64];
} prompt_state;

static void before_prompt_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    prompt_state *st = c->st;
    if (!(t->flags & (ATS_TF_PROMPT | ATS_TF_PAYLOAD_EARLY)))
        return;
    /* a host library's log (a lossy format) may show a prompt that has no
     * line end only when its next line end comes: serialport-gsm logs "> "
     * after the payload it wrote on seeing it. Such a log can make a payload
     * look early, never late: an early one there is not judged. A tool
     * that shows each read when it came (SSCOM's receive record, Portmon's
     * read request: the format's reads_as_received) shows the prompt in
     * its place: a payload shown before it was sent before it. */
    if ((t->flags & ATS_TF_PAYLOAD_EARLY) && e->ci.lossy && !e->ci.reads_as_received) {
        if (!st->unjudged++)
            ats_eng_text(st->first, sizeof st->first, t->command.text);
        return;
    }
    ats_eng_saw(e, c->rule);
    if (!(t->flags & ATS_TF_PAYLOAD_EARLY))
        return;
    ats_eng_violation(e, c->rule, t->payload_line ? t->payload_line : t->first_line,
                      t->command.time, t->id, ats_eng_sock_key(e, eng_txn_sock(e, t)),
                      "payload of %s sent before the '>' prompt", ats_eng_cmd(e, t));
    ats_eng_related(e, t->first_line, "command");
}

static void before_prompt_finish(ats_rule_ctx *c)
{
    const prompt_state *st = c->st;
    if (!st->unjudged)
        return;
    char why[200];   /* cut to the reason's size below */
    snprintf(why, sizeof why,
             "payload of %s%s shown before the prompt in a lossy log, which may show a prompt late",
             st->first, st->unjudged > 1 ? " and more" : "");
    ats_eng_partly_or_na(c->e, c->rule, c->e->saw[c->rule], why);
}

const ats_rule_desc ats_rule_send_before_prompt = {
    .id = "send-before-prompt",
    .names_cause = 1,
    .severity = ATS_SEV_ERROR,
    .summary = "payload is sent only after the '>' prompt",
    .needs = ATS_NEED_DIRECTION | ATS_NEED_ANSWERS,
    .needs_classes = "send",
    .state_size = sizeof(prompt_state),
    .txn_classes = 1u << C_SEND,
    .no_evidence = "no send with a prompt in the capture",
    .on = {.txn = before_prompt_txn, .finish = before_prompt_finish},
};

/* a send sent before the previous one's report, held until the capture
 * shows the module reporting a send at all */
typedef struct report_held {
    uint64_t line, prev, txn;
    ats_time time;
    char sock[32], msg[200];
} report_held;

#define REPORT_HELD_MAX 16

typedef struct report_state {
    int reported_send;        /* a send with a report to wait for was seen */
    /* a send whose report came (success or failure): the module reports
     * sends, so a send before the previous one's report did not wait for
     * it. Until then the findings are held: a module that never reports
     * (another firmware, the report turned off) or a capture without its
     * reports would make every second send look early */
    int report_seen;
    report_held held[REPORT_HELD_MAX];
    size_t nheld, held_more;
    uint64_t first_line;
} report_state;

static void report_emit(ats_rule_ctx *c, const report_held *h)
{
    ats_eng_violation(c->e, c->rule, h->line, h->time, h->txn, h->sock, "%s", h->msg);
    ats_eng_related(c->e, h->prev, "previous send");
}

static void report_wait_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    report_state *st = c->st;
    /* records come at completion; a later send is checked whichever came first */
    if (st->reported_send)
        ats_eng_saw(e, c->rule);
    if (t->flags & ATS_TF_ASYNC)
        st->reported_send = 1;
    if ((t->flags & ATS_TF_ASYNC) &&
        (t->completion == ATS_COMPL_SUCCESS || t->completion == ATS_COMPL_FAILURE) &&
        !st->report_seen) {
        st->report_seen = 1;
        for (size_t i = 0; i < st->nheld; i++)
            report_emit(c, &st->held[i]);
        st->nheld = 0;
    }
    int s = eng_txn_sock(e, t);
    for (size_t i = 0; i < t->nwaiting; i++) {
        const ats_waiting *w = &t->waiting[i];
        /* a previous send: the same command waiting for its report, not
         * another command whose completion has the send's name (Cinterion's
         * AT^SISO waits for ^SISW: <id>,1, and AT^SISW is the send) */
        if (w->blocking || !t->ncmds || w->name.len != t->cmds[0].name.len ||
            memcmp(w->name.ptr, t->cmds[0].name.ptr, w->name.len) ||
            (w->cmd.len && ats_ascii_casecmp(w->cmd.ptr, w->cmd.len, t->cmds[0].name.ptr,
                                             t->cmds[0].name.len)) ||
            span_int(w->sock) != s)
            continue;
        char name[64];
        ats_eng_text(name, sizeof name, w->name);
        report_held h = {.line = t->first_line, .prev = w->line, .txn = t->id,
                         .time = t->command.time};
        snprintf(h.sock, sizeof h.sock, "%s", ats_eng_sock_key(e, s));
        snprintf(h.msg, sizeof h.msg,
                 "%s sent before the %s: report of the previous send on socket %d "
                 "(line %" PRIu64 ")",
                 ats_eng_cmd(e, t), name, s, w->line);
        if (st->report_seen)
            report_emit(c, &h);
        else if (st->nheld < REPORT_HELD_MAX) {
            if ((!st->nheld && !st->held_more) || h.line < st->first_line)
                st->first_line = h.line;
            st->held[st->nheld++] = h;
        } else
            st->held_more++;
        break;
    }
}

static void report_wait_finish(ats_rule_ctx *c)
{
    const report_state *st = c->st;
    if (st->report_seen || (!st->nheld && !st->held_more))
        return;
    char why[200];
    /* within the engine's 119 bytes of a reason */
    snprintf(why, sizeof why,
             "no send's report in the capture: the module may not report sends, or the capture "
             "lacks them (line %" PRIu64 ")",
             st->first_line);
    ats_eng_partly_or_na(c->e, c->rule, 0, why);
}

const ats_rule_desc ats_rule_send_report_wait = {
    .id = "send-report-wait",
    .names_cause = 1,
    .severity = ATS_SEV_WARNING,
    .summary = "the next send on a socket waits for the previous send's report",
    .needs_classes = "send",
    .state_size = sizeof(report_state),
    .txn_classes = 1u << C_SEND,
    .no_evidence = "no send followed one with a report to wait for",
    .needs = ATS_NEED_UNSOLICITED,
    .on = {.txn = report_wait_txn, .finish = report_wait_finish},
};

static void flow_seen(ats_rule_ctx *c, const ats_track_event *ev)
{
    if (ev->kind == ATS_TRK_FLOW_OFF)
        ats_eng_saw(c->e, c->rule);
}

static void flow_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    const ats_state *st = ats_eng_state(e);
    int s = eng_txn_sock(e, t);
    uint64_t L = t->first_line, at = 0;
    int off = s > 0 && s <= ST_MAX_SOCKETS ? ats_st_at(&st->flow[s], L, &at) : ST_UNKNOWN;
    uint64_t at0 = 0;
    int off0 = ats_st_at(&st->flow[0], L, &at0);
    if (off != ST_YES && off0 == ST_YES) {
        off = off0;
        at = at0;
    }
    if (off == ST_YES) {
        char sock[24], line[24];
        snprintf(sock, sizeof sock, "%d", s);
        snprintf(line, sizeof line, "%" PRIu64, at);
        const char *cmd = ats_eng_cmd(e, t);
        const char *vars[] = {"cmd", cmd, "sock", sock, "line", line, NULL};
        ats_eng_violation(e, c->rule, L, t->command.time, t->id, ats_eng_sock_key(e, s), "%s",
                          ats_eng_msg(e, c->rule, NULL,
                                      "{cmd} sent while socket {sock} is flow-controlled "
                                      "(since line {line}, not lifted since)",
                                      vars));
        ats_eng_related(e, at, "flow control on");
    }
}

const ats_rule_desc ats_rule_flow_control = {
    .id = "flow-control",
    .names_cause = 1,
    .severity = ATS_SEV_ERROR,
    .summary = "no send on a socket while the module holds it flow-controlled (from a flow_off "
               "line to its flow_on line)",
    .needs_classes = "send flow_off flow_on",
    .txn_classes = 1u << C_SEND,
    .no_evidence = "the module never applied flow control in the capture (no flow_off line)",
    .needs = ATS_NEED_UNSOLICITED,
    .on = {.txn = flow_txn, .state = flow_seen},
};

/* flow-control-stall: since when each socket ([0]: every socket) waits for
 * flow control to be lifted. */
typedef struct stall_state {
    double max_wait_s;
    uint64_t line[ST_MAX_SOCKETS + 1];
    ats_time time[ST_MAX_SOCKETS + 1];
    int maybe;                /* some line may be set: the tick looks (per record) */
} stall_state;

static void stall_init(ats_rule_ctx *c)
{
    stall_state *st = c->st;
    st->max_wait_s = ats_eng_param(c->e, c->rule, "max_wait_s");
}

/* Called with every timed record: a stall is known once max_wait_s passed. */
static void stall_tick(ats_rule_ctx *c, const ats_record *r)
{
    (void)r;
    ats_engine *e = c->e;
    stall_state *st = c->st;
    if (e->now.kind == ATS_TIME_NONE || !st->maybe)
        return;
    int left = 0;
    for (int s = 0; s <= ST_MAX_SOCKETS; s++) {
        left |= st->line[s] != 0;
        if (!st->line[s] || !same_clock(st->time[s], e->now))
            continue;
        double waited = secs(st->time[s], e->now);
        if (surely_over(waited, stamp_step(st->time[s], e->now), st->max_wait_s)) {
            ats_eng_violation(e, c->rule, st->line[s], st->time[s], 0, "stall",
                              "socket %d stayed flow-controlled for more than %g s and the "
                              "host did not close it",
                              s, st->max_wait_s);
            st->line[s] = 0;
        }
    }
    st->maybe = left;   /* a stall ended above is looked at once more: harmless */
}

static void stall_txn(ats_rule_ctx *c, const ats_txn *t)
{
    stall_state *st = c->st;
    int s = eng_txn_sock(c->e, t);   /* a close: closing a stalled socket is the cure */
    if (s > 0 && s <= ST_MAX_SOCKETS)
        st->line[s] = 0;
}

static void stall_state_change(ats_rule_ctx *c, const ats_track_event *ev)
{
    stall_state *st = c->st;
    int s = ev->sock;
    switch (ev->kind) {
    case ATS_TRK_LINK_DROP:
        if (s > 0 && s <= ST_MAX_SOCKETS)   /* [0] means "every socket" */
            st->line[s] = 0;
        break;
    case ATS_TRK_FLOW_OFF:
        ats_eng_saw(c->e, c->rule);
        if (!st->line[s]) {
            st->maybe = 1;
            st->line[s] = ev->line;
            st->time[s] = ev->time;
        }
        break;
    case ATS_TRK_FLOW_ON:
        st->line[s] = 0;
        if (s == 0)
            for (int i = 1; i <= ST_MAX_SOCKETS; i++)
                st->line[i] = 0;
        break;
    default:
        break;
    }
}

static const ats_rule_param stall_params[] = {
    {"max_wait_s", ATS_PARAM_SECONDS, 30, 0, -1},
    {NULL, 0, 0, 0, 0},
};

const ats_rule_desc ats_rule_flow_control_stall = {
    .id = "flow-control-stall",
    .severity = ATS_SEV_WARNING,
    .summary = "if flow control is not lifted within max_wait_s, the host closes the socket",
    .needs = ATS_NEED_TIME | ATS_NEED_UNSOLICITED,
    .needs_classes = "flow_off flow_on close",
    .params = stall_params,
    .state_size = sizeof(stall_state),
    .txn_classes = 1u << C_CLOSE,
    .no_evidence = "the module never applied flow control in the capture (no flow_off line)",
    .on = {.init = stall_init,
           .before = stall_tick,
           .txn = stall_txn,
           .state = stall_state_change},
};
