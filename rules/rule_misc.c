/* rule_misc.c - error-detail, unknown-command, orphan-response. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "rules_util.h"

/* the command as message text, made only when a message needs it */
#define cmd (eng_cmd(e, t))

void misc_txn(ats_engine *e, const ats_txn *t)
{
    uint64_t L = t->first_line;
    if (t->final_kind == ATS_FINAL_ERROR) {
        int cmee = st_at(&e->st.cmee, L, NULL);   /* n + 1, 0 unknown */
        if (cmee != 2 && cmee != 3) {
            eng_violation(e, R_ERROR_DETAIL, t->final.line, t->final.time, t->id,
                          t->ncmds ? t->cmds[0].name.ptr : "",
                          "%s returned ERROR while verbose errors are off; %s2 and a repeat "
                          "would tell why",
                          cmd, e->ex_verbose);
        }
    }
    for (size_t k = 0; k < t->ncmds && k < 32; k++) {
        if (!(t->unknown_mask & (1u << k)))
            continue;
        const ats_subcmd *sc = &t->cmds[k];
        char name[64];
        eng_text(name, sizeof name, sc->name);
        if (!sc->name.len)
            eng_violation(e, R_UNKNOWN_COMMAND, L, t->command.time, t->id, cmd,
                          "%s is not AT command syntax", cmd);
        else if (ats_profile_has_name(e->rs->p, sc->name.ptr, sc->name.len)) {
            char args[120];
            eng_text(args, sizeof args, sc->args_raw);
            eng_violation(e, R_UNKNOWN_COMMAND, L, t->command.time, t->id, name,
                          "AT%s%s%s: the %s profile knows no such form or setting of %s", name,
                          sc->type == ATS_CMD_READ ? "?" : sc->type == ATS_CMD_TEST ? "=?"
                          : sc->type == ATS_CMD_SET ? "=" : "",
                          args, ats_profile_id(e->rs->p), name);
        } else
            eng_violation(e, R_UNKNOWN_COMMAND, L, t->command.time, t->id, name,
                          "%s is not a command of the %s profile (in %s)", name,
                          ats_profile_id(e->rs->p), cmd);
    }
}

void misc_unparsed(ats_engine *e, const ats_record *r)
{
    const ats_item *it = r->item;
    char text[200];
    eng_text(text, sizeof text, it->text);
    if (r->reason.len == 12 && !memcmp(r->reason.ptr, "orphan-final", 12))
        eng_violation(e, R_ORPHAN_RESPONSE, it->line, it->time, 0, text,
                      "final result %s with no command waiting for it", text);
    else if (r->reason.len == 20 && !memcmp(r->reason.ptr, "text-outside-command", 20) &&
             !(it->flags & (ATS_LF_CONTROL | ATS_LF_NOT_UTF8 | ATS_LF_TRUNCATED)))
        eng_violation(e, R_ORPHAN_RESPONSE, it->line, it->time, 0, "text",
                      "modem text with no command waiting: %s", text);
}
