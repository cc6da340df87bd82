/* rule_send.c - send-length, send-payload-mismatch, send-before-prompt,
 * send-report-wait, flow-control, flow-control-stall. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "rules_util.h"

/* the command as message text, made only when a message needs it */
#define cmd (eng_cmd(e, t))
#define key (eng_sock_key(e, s))

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

void send_txn(ats_engine *e, const ats_txn *t)
{
    if (cls_cmd(e, C_CLOSE, t)) {           /* closing a stalled socket is the cure */
        int s = txn_sock(t);
        if (s > 0 && s <= ST_MAX_SOCKETS)
            e->stall_line[s] = 0;
    }
    if (!cls_cmd(e, C_SEND, t))
        return;
    int s = txn_sock(t);
    uint64_t L = t->first_line;

    if (t->payload_declared >= 0 &&
        (t->payload_declared < 1 || (double)t->payload_declared >= e->max_send_len))
        eng_violation(e, R_SEND_LENGTH, L, t->command.time, t->id, key,
                      "%s declares %" PRId64 " bytes (must be 1..%g)", cmd, t->payload_declared,
                      e->max_send_len - 1);

    if (t->flags & ATS_TF_PROMPT) {
        int visible = t->payload_bytes > 0 || t->payload_end == ATS_PAYLOAD_LENGTH ||
                      t->payload_end == ATS_PAYLOAD_CTRLZ;
        if (visible && stand_in(t)) {         /* replaced: not the bytes that were sent */
            e->payload_replaced++;
            visible = 0;
        } else if (visible) {
            e->payload_seen++;
        } else {
            e->payload_unseen++;
        }
        if (visible && !e->ci.lossy && t->payload_declared >= 0 && t->payload_end != ATS_PAYLOAD_ESC &&
            t->payload_bytes != (uint64_t)t->payload_declared) {
            char got[24], want[24];
            snprintf(got, sizeof got, "%" PRIu64, t->payload_bytes);
            snprintf(want, sizeof want, "%" PRId64, t->payload_declared);
            const char *vars[] = {"cmd", cmd, "bytes", got, "declared", want, NULL};
            int more = t->payload_bytes > (uint64_t)t->payload_declared;
            eng_violation(e, R_SEND_PAYLOAD_MISMATCH, t->payload_line ? t->payload_line : L,
                          t->command.time, t->id, key, "%s",
                          eng_msg(e, R_SEND_PAYLOAD_MISMATCH, more ? "more" : "less",
                                  more ? "payload of {bytes} bytes after the prompt of {cmd}, "
                                         "{declared} declared (more than the module takes)"
                                       : "payload of {bytes} bytes after the prompt of {cmd}, "
                                         "{declared} declared (the module waits for the rest)",
                                  vars));
            eng_related(e, L, "declared here");
        }
    }
    if (t->flags & ATS_TF_PAYLOAD_EARLY) {
        eng_violation(e, R_SEND_BEFORE_PROMPT, t->payload_line ? t->payload_line : L,
                      t->command.time, t->id, key, "payload of %s sent before the '>' prompt",
                      cmd);
        eng_related(e, L, "command");
    }
    for (size_t i = 0; i < t->nwaiting; i++) {
        const ats_waiting *w = &t->waiting[i];
        if (w->blocking || !t->ncmds || w->name.len != t->cmds[0].name.len ||
            memcmp(w->name.ptr, t->cmds[0].name.ptr, w->name.len) ||
            span_int(w->sock) != s)
            continue;
        char name[64];
        eng_text(name, sizeof name, w->name);
        eng_violation(e, R_SEND_REPORT_WAIT, L, t->command.time, t->id, key,
                      "%s sent before the %s: report of the previous send on socket %d "
                      "(line %" PRIu64 ")",
                      cmd, name, s, w->line);
        eng_related(e, w->line, "previous send");
        break;
    }
    uint64_t at = 0;
    int off = s > 0 && s <= ST_MAX_SOCKETS ? st_at(&e->st.flow[s], L, &at) : ST_UNKNOWN;
    uint64_t at0 = 0;
    int off0 = st_at(&e->st.flow[0], L, &at0);
    if (off != ST_YES && off0 == ST_YES) {
        off = off0;
        at = at0;
    }
    if (off == ST_YES) {
        char sock[24], line[24];
        snprintf(sock, sizeof sock, "%d", s);
        snprintf(line, sizeof line, "%" PRIu64, at);
        const char *vars[] = {"cmd", cmd, "sock", sock, "line", line, NULL};
        eng_violation(e, R_FLOW_CONTROL, L, t->command.time, t->id, key, "%s",
                      eng_msg(e, R_FLOW_CONTROL, NULL,
                              "{cmd} sent while socket {sock} is flow-controlled (since line "
                              "{line}, not lifted since)",
                              vars));
        eng_related(e, at, "flow control on");
    }
}

/* Called with every timed record: a stall is known once max_wait_s passed. */
void send_tick(ats_engine *e)
{
    if (e->now.kind == ATS_TIME_NONE || !e->maybe_stalled)
        return;
    int left = 0;
    for (int s = 0; s <= ST_MAX_SOCKETS; s++) {
        left |= e->stall_line[s] != 0;
        if (!e->stall_line[s] || !same_clock(e->stall_time[s], e->now))
            continue;
        double waited = secs(e->stall_time[s], e->now);
        if (waited > e->max_wait_s) {
            eng_violation(e, R_FLOW_CONTROL_STALL, e->stall_line[s], e->stall_time[s], 0,
                          "stall",
                          "socket %d stayed flow-controlled for more than %g s and the host did "
                          "not close it",
                          s, e->max_wait_s);
            e->stall_line[s] = 0;
        }
    }
    e->maybe_stalled = left;   /* a stall ended above is looked at once more: harmless */
}

void send_finish(ats_engine *e)
{
    if (e->payload_replaced && !e->payload_seen)
        snprintf(e->na_reason[R_SEND_PAYLOAD_MISMATCH],
                 sizeof e->na_reason[R_SEND_PAYLOAD_MISMATCH],
                 "every payload in the capture was replaced by a stand-in ((binary), *****, "
                 "[N bytes]): its length is not the payload's");
    else if (e->payload_replaced)
        eng_partly(e, R_SEND_PAYLOAD_MISMATCH,
                   "payloads replaced by a stand-in ((binary), *****, [N bytes]) not counted");
    else if (e->payload_unseen && !e->payload_seen)
        snprintf(e->na_reason[R_SEND_PAYLOAD_MISMATCH],
                 sizeof e->na_reason[R_SEND_PAYLOAD_MISMATCH],
                 "no payload is visible in the capture after any prompt");
}
