/* rule_retry.c - retry-too-few, retry-storm (from the parser's retry chains). */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "rules_util.h"

void retry_note(ats_engine *e, const ats_txn *t)
{
    txn_note *n = &e->notes[e->nnotes++ % RING];
    n->id = t->id;
    n->retries = t->info.retries;
    n->query = (t->flags & ATS_TF_QUERY) != 0;
    n->line = t->first_line;
}

static const txn_note *find_note(const ats_engine *e, uint64_t id)
{
    for (size_t i = 0; i < RING && i < e->nnotes; i++)
        if (e->notes[i].id == id)
            return &e->notes[i];
    return NULL;
}

void retry_chain(ats_engine *e, const ats_chain *c)
{
    char cmd[200];
    eng_text(cmd, sizeof cmd, c->command);
    if ((double)c->attempts > e->max_retries) {
        eng_violation(e, R_RETRY_STORM, c->first_line, (ats_time){ATS_TIME_NONE, 0}, c->id, cmd,
                      "%s was attempted %u times in a row (at most %g)", cmd, c->attempts,
                      e->max_retries);
        eng_related(e, c->last_line, "last attempt");
    }
    if (c->outcome.len == 7 && !memcmp(c->outcome.ptr, "gave-up", 7)) {
        const txn_note *n = find_note(e, c->id);
        if (n && n->retries > 0 && (int)c->attempts - 1 < n->retries) {
            eng_violation(e, R_RETRY_TOO_FEW, c->first_line, (ats_time){ATS_TIME_NONE, 0}, c->id,
                          cmd,
                          "%s failed and was re-sent %u time%s before the host moved on "
                          "(the guide asks for at least %d)",
                          cmd, c->attempts - 1, c->attempts - 1 == 1 ? "" : "s", n->retries);
            if (c->last_line != c->first_line)
                eng_related(e, c->last_line, "last attempt");
        }
    }
}
