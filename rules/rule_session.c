/* rule_session.c - cfun-zero, first-command, attach-preconditions,
 * escape-guard (power-cycle-interval is counted in track.c). */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "rules_util.h"

/* the command as message text, made only when a message needs it */
#define cmd (eng_cmd(e, t))

static void escape_after(ats_engine *e, const ats_txn *t);

void session_txn(ats_engine *e, const ats_txn *t)
{
    uint64_t L = t->first_line;
    escape_after(e, t);
    if (cls_cmd(e, C_FORBIDDEN, t)) {
        const char *vars[] = {"cmd", cmd, NULL};
        eng_violation(e, R_CFUN_ZERO, L, t->command.time, t->id, cmd, "%s",
                      eng_msg(e, R_CFUN_ZERO, NULL,
                              "{cmd}: the profile lists it among the commands not to send", vars));
    }
    if (e->first_after_boot && L > e->first_after_boot) {
        if (!is_plain_at(t)) {
            eng_violation(e, R_FIRST_COMMAND, L, t->command.time, t->id, "first",
                          "the first command after the boot report (line %" PRIu64
                          ") is %s, not a plain AT (the baud rate may not be detected yet)",
                          e->first_after_boot, cmd);
            eng_related(e, e->first_after_boot, "boot report");
        }
        e->first_after_boot = 0;
    }
    if (cls_cmd(e, C_ATTACH, t)) {
        e->attaches++;
        uint64_t boot = e->st.boot_line;
        if (boot && boot < L) {
            uint64_t a1, a2;
            int sim = st_at(&e->st.sim, L, &a1), reg = st_at(&e->st.reg, L, &a2);
            (void)a1;
            (void)a2;
            if (sim != ST_YES || reg != ST_YES) {
                eng_violation(e, R_ATTACH_PRECONDITIONS, L, t->command.time, t->id, "attach",
                              "%s sent before %s was seen since the boot at line %" PRIu64, cmd,
                              sim != ST_YES && reg != ST_YES ? "SIM ready and network registration"
                              : sim != ST_YES               ? "SIM ready"
                                                            : "network registration",
                              boot);
                eng_related(e, boot, "boot report");
            }
        } else {
            e->attaches_unknown++;
        }
    }
}

/* escape-guard: "+++" needs guard_s of silence from the host before and
 * after, and no line end. Only a capture with time and direction shows it. */
void session_data(ats_engine *e, const ats_data *d)
{
    if (!d->transparent || !d->escape_line || !e->ci.has_time || !e->ci.has_direction)
        return;
    e->escapes++;
    uint64_t L = d->escape_line;
    /* line ends and what shares a line are only the wire's in a lossless
     * format; the guard time is in the stamps of any timed, directed one */
    if ((d->escape_eol || d->escape_inline) && !e->ci.lossy)
        eng_violation(e, R_ESCAPE_GUARD, L, d->escape_time, 0, "escape",
                      "the escape +++ %s", d->escape_inline ? "came right after data on the same line"
                                                            : "was followed by a line end");
    else if (same_clock(d->before_escape, d->escape_time) &&
             secs(d->before_escape, d->escape_time) < e->guard_s)
        eng_violation(e, R_ESCAPE_GUARD, L, d->escape_time, 0, "escape",
                      "the escape +++ came %.3f s after the last data (at least %g s of silence)",
                      secs(d->before_escape, d->escape_time), e->guard_s);
    e->escape_line = L;
    e->escape_time = d->escape_time;
}

static void escape_after(ats_engine *e, const ats_txn *t)
{
    if (!e->escape_line || t->first_line <= e->escape_line)
        return;
    if (same_clock(e->escape_time, t->command.time) &&
        secs(e->escape_time, t->command.time) < e->guard_s) {
        eng_violation(e, R_ESCAPE_GUARD, e->escape_line, e->escape_time, t->id, "escape",
                      "%s was sent %.3f s after the escape +++ (at least %g s of silence)", cmd,
                      secs(e->escape_time, t->command.time), e->guard_s);
        eng_related(e, t->first_line, "too early");
    }
    e->escape_line = 0;
}

void session_urc(ats_engine *e, const ats_urc *u)
{
    if (u->boot) {
        e->first_after_boot = u->item.line;
        e->saw_boot = 1;
    }
}

void session_finish(ats_engine *e)
{
    if (!e->saw_boot) {
        snprintf(e->na_reason[R_FIRST_COMMAND], sizeof e->na_reason[R_FIRST_COMMAND],
                 "capture shows no boot report");
    }
    if (e->attaches && e->attaches_unknown == e->attaches)
        snprintf(e->na_reason[R_ATTACH_PRECONDITIONS],
                 sizeof e->na_reason[R_ATTACH_PRECONDITIONS],
                 "capture does not show the module's boot before the data call");
    if (e->ci.has_time && e->ci.has_direction && !e->escapes)
        snprintf(e->na_reason[R_ESCAPE_GUARD], sizeof e->na_reason[R_ESCAPE_GUARD],
                 "no data-mode escape in the capture");
    else if (e->escapes && e->ci.lossy)
        eng_partly(e, R_ESCAPE_GUARD,
                   "the capture format loses bytes (lossy): no line end after +++ not checked");
}
