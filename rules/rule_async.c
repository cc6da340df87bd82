/* rule_async.c - async-overlap, response-timeout, completion-timeout. */
#include <inttypes.h>
#include <stdio.h>
#include "rules_util.h"

/* the command as message text, made only when a message needs it */
#define cmd (eng_cmd(e, t))

void async_txn(ats_engine *e, const ats_txn *t)
{
    char other[200];
    for (size_t i = 0; i < t->nwaiting; i++) {
        const ats_waiting *w = &t->waiting[i];
        if (!w->blocking)
            continue;
        char key[120];
        eng_text(other, sizeof other, w->command);
        char name[64];
        eng_text(name, sizeof name, w->name);
        snprintf(key, sizeof key, "%.40s|%.40s", t->ncmds ? t->cmds[0].name.ptr : "", name);
        eng_violation(e, R_ASYNC_OVERLAP, t->first_line, t->command.time, t->id, key,
                      "%s sent while %s still waits for %s (sent at line %" PRIu64 ")", cmd,
                      other, name, w->line);
        eng_related(e, w->line, "%s sent here", other);
        break;
    }

    if (t->status == ATS_TXN_NO_FINAL && !(t->flags & ATS_TF_DATA_MODE)) {
        /* The guide: after power-on, send AT until it answers; the first ones
         * may get nothing while the module detects the baud rate. */
        if (!(is_plain_at(t) && !e->answered))
            eng_violation(e, R_RESPONSE_TIMEOUT, t->first_line, t->command.time, t->id,
                          t->ncmds ? t->cmds[0].name.ptr : "",
                          "%s got no final result before the next command", cmd);
    } else if (t->final.text.len && same_clock(t->command.time, t->final.time)) {
        double limit = t->info.timeout_s > 0 ? t->info.timeout_s : e->default_timeout_s;
        double took = secs(t->command.time, t->final.time);
        if (limit > 0 && took > limit) {
            char fin[80];
            eng_text(fin, sizeof fin, t->final.text);
            eng_violation(e, R_RESPONSE_TIMEOUT, t->first_line, t->command.time, t->id,
                          t->ncmds ? t->cmds[0].name.ptr : "",
                          "%s answered %s after %.3f s (limit %g s)", cmd, fin, took, limit);
            eng_related(e, t->final.line, "final result");
        }
    }

    if (t->flags & ATS_TF_ASYNC) {
        const ats_item *c = &t->completion_item;
        double limit = t->info.completion_timeout_s;
        if (t->completion == ATS_COMPL_MISSING) {
            eng_violation(e, R_COMPLETION_TIMEOUT, t->first_line, t->command.time, t->id,
                          t->ncmds ? t->cmds[0].name.ptr : "",
                          "%s never got its completion (too many async commands waited at once)",
                          cmd);
        } else if (c->text.len && same_clock(t->command.time, c->time) && limit > 0 &&
                   secs(t->command.time, c->time) > limit) {
            char comp[80];
            eng_text(comp, sizeof comp, c->text);
            eng_violation(e, R_COMPLETION_TIMEOUT, t->first_line, t->command.time, t->id,
                          t->ncmds ? t->cmds[0].name.ptr : "",
                          "%s completed (%s) after %.3f s (limit %g s)", cmd, comp,
                          secs(t->command.time, c->time), limit);
            eng_related(e, c->line, "completion");
        } else if (t->completion == ATS_COMPL_PENDING && limit > 0 &&
                   same_clock(t->command.time, e->now) && secs(t->command.time, e->now) > limit) {
            eng_violation(e, R_COMPLETION_TIMEOUT, t->first_line, t->command.time, t->id,
                          t->ncmds ? t->cmds[0].name.ptr : "",
                          "%s got no completion in %.3f s (limit %g s)", cmd,
                          secs(t->command.time, e->now), limit);
        }
    }
}
