/* rule_misc.c - error-detail, unknown-command, orphan-response. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "rules_util.h"

/* the command as message text, made only when a message needs it */
#define cmd (eng_cmd(e, t))

/* The command line as a repeat compares it: upper case, blanks out. */
static void norm_cmd(const ats_txn *t, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < t->command.text.len && k + 1 < cap; i++) {
        char c = t->command.text.ptr[i];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            out[k++] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
    }
    out[k] = 0;
}

static void detail_report(ats_engine *e, const detail_wait *d)
{
    eng_violation(e, R_ERROR_DETAIL, d->line, d->time, d->txn, d->name,
                  "%s returned ERROR while verbose errors are off; %s2 and a repeat would tell why",
                  d->command, e->ex_verbose);
    eng_flush(e);
}

/* error-detail waits a few commands: the host may follow its advice
 * (verbose errors on, then the repeat), and then there is nothing to say. */
static void detail_txn(ats_engine *e, const ats_txn *t, const char *key)
{
    int verbose_on = 0;
    if (cls_cmd(e, C_VERBOSE_ERRORS, t) && t->final_kind == ATS_FINAL_OK)
        for (size_t k = 0; k < t->ncmds; k++)
            if (t->cmds[k].nargs && t->cmds[k].args[0].len == 1 &&
                (t->cmds[k].args[0].ptr[0] == '1' || t->cmds[k].args[0].ptr[0] == '2'))
                verbose_on = 1;
    for (size_t i = 0; i < e->ndetail;) {
        detail_wait *d = &e->detail[i];
        int followed = d->verbose_on && !strcmp(d->norm, key);
        d->verbose_on |= verbose_on;
        if (followed || ++d->seen > (unsigned)e->failed_window + 1) {
            if (!followed)
                detail_report(e, d);
            memmove(d, d + 1, (e->ndetail - i - 1) * sizeof *d);
            e->ndetail--;
            continue;
        }
        i++;
    }
}

void detail_finish(ats_engine *e)
{
    /* verbose errors switched on before the capture ended: the repeat may
     * simply lie beyond it */
    for (size_t i = 0; i < e->ndetail; i++)
        if (!e->detail[i].verbose_on)
            detail_report(e, &e->detail[i]);
    e->ndetail = 0;
}

/* Does t set or read the error verbosity itself (AT+CMEE=2, AT+CMEE?)? */
static int verbosity_cmd(const ats_engine *e, const ats_txn *t)
{
    const cmd_class *cc = &e->rs->cc[C_VERBOSE_ERRORS];
    for (size_t k = 0; k < t->ncmds; k++)
        for (int i = 0; i < cc->n; i++)
            if (cc->spec[i].name_len == t->cmds[k].name.len &&
                !memcmp(cc->spec[i].name, t->cmds[k].name.ptr, t->cmds[k].name.len))
                return 1;
    return 0;
}

void misc_txn(ats_engine *e, const ats_txn *t)
{
    uint64_t L = t->first_line;
    char key[96];
    norm_cmd(t, key, sizeof key);
    detail_txn(e, t, key);
    /* no advice to turn verbose errors on for the command that does it */
    if (t->final_kind == ATS_FINAL_ERROR && !verbosity_cmd(e, t)) {
        int cmee = st_at(&e->st.cmee, L, NULL);   /* n + 1, 0 unknown */
        int again = 0;                            /* the same advice once per repeated command */
        for (size_t i = 0; i < e->ndetail; i++)
            again |= !strcmp(e->detail[i].norm, key);
        if (cmee != 2 && cmee != 3 && !again) {
            if (e->ndetail == DETAIL_MAX) {
                detail_report(e, &e->detail[0]);
                memmove(e->detail, e->detail + 1, (DETAIL_MAX - 1) * sizeof e->detail[0]);
                e->ndetail--;
            }
            detail_wait *d = &e->detail[e->ndetail++];
            memset(d, 0, sizeof *d);
            memcpy(d->norm, key, sizeof d->norm);
            snprintf(d->command, sizeof d->command, "%s", cmd);
            snprintf(d->name, sizeof d->name, "%.*s", t->ncmds ? (int)t->cmds[0].name.len : 0,
                     t->ncmds ? t->cmds[0].name.ptr : "");
            d->line = t->final.line;
            d->time = t->final.time;
            d->txn = t->id;
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

/* Modem output is upper case by convention: V.250 result codes, "+NAME:"
 * information text, "RDY", "SMS Ready", hex data. A line with a word of
 * three or more lower-case letters (not all hex digits) outside double
 * quotes is somebody's prose: an application's print, not modem text. */
static int prose_like(ats_span s)
{
    int inq = 0;
    size_t i = 0;
    while (i < s.len) {
        char c = s.ptr[i];
        if (c == '"') {
            inq = !inq;
            i++;
            continue;
        }
        int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum) {
            i++;
            continue;
        }
        size_t lower = 0, nonhex = 0, other = 0;
        for (; i < s.len; i++) {
            c = s.ptr[i];
            if (c >= 'a' && c <= 'z') {
                lower++;
                nonhex += c > 'f';
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                other++;
            } else {
                break;
            }
        }
        if (!inq && !other && lower >= 3 && nonhex)
            return 1;
    }
    return 0;
}

static void orphan_emit(ats_engine *e, const orphan_run *r)
{
    if (r->count == 1 && r->final)
        eng_violation(e, R_ORPHAN_RESPONSE, r->first, r->time, 0, r->text,
                      "final result %s with no command waiting for it", r->text);
    else if (r->count == 1)
        eng_violation(e, R_ORPHAN_RESPONSE, r->first, r->time, 0, "text",
                      "modem text with no command waiting: %s", r->text);
    else {
        eng_violation(e, R_ORPHAN_RESPONSE, r->first, r->time, 0, r->final ? r->text : "text",
                      "%" PRIu64 " lines of modem text with no command waiting (lines %" PRIu64
                      "-%" PRIu64 "), the first: %s",
                      r->count, r->first, r->last, r->text);
        eng_related(e, r->last, "last of them");
    }
    eng_flush(e);
}

/* Something other than an orphan came: the run (if any) is complete. */
void orphan_break(ats_engine *e)
{
    if (!e->seen_txn) {
        if (e->npre)
            e->pre[e->npre - 1].open = 0;
        return;
    }
    if (e->run.open)
        orphan_emit(e, &e->run);
    e->run.open = 0;
}

/* The first transaction: the runs before its command line are context (the
 * capture starts in the middle of a session); any after it are orphans (an
 * async command's record comes at its completion, after later lines). */
void orphan_first_txn(ats_engine *e, uint64_t first_line)
{
    for (size_t i = 0; i < e->npre; i++) {
        if (e->pre[i].first < first_line)
            e->cov.context_lines += e->pre[i].count;
        else
            orphan_emit(e, &e->pre[i]);
    }
    e->npre = 0;
    e->seen_txn = 1;
}

void orphan_finish(ats_engine *e)
{
    if (e->seen_txn)
        orphan_break(e);
    else
        for (size_t i = 0; i < e->npre; i++)
            e->cov.context_lines += e->pre[i].count;
    e->npre = 0;
}

static void orphan_add(ats_engine *e, const ats_item *it, int final)
{
    orphan_run *r;
    if (!e->seen_txn) {
        if (e->npre && (e->pre[e->npre - 1].open || e->npre == PRE_RUNS))
            r = &e->pre[e->npre - 1];
        else
            r = &e->pre[e->npre++];
    } else {
        r = &e->run;
    }
    if (r->count && r->open) {
        r->last = it->line;
        r->count++;
        return;
    }
    if (r->count && !e->seen_txn) {   /* the last of full room: joined, the gap ignored */
        r->last = it->line;
        r->count++;
        r->open = 1;
        return;
    }
    memset(r, 0, sizeof *r);
    r->open = 1;
    r->first = r->last = it->line;
    r->count = 1;
    r->time = it->time;
    r->final = final;
    eng_text(r->text, sizeof r->text, it->text);
}

void misc_unparsed(ats_engine *e, const ats_record *r)
{
    const ats_item *it = r->item;
    if (r->reason.len == 12 && !memcmp(r->reason.ptr, "orphan-final", 12)) {
        orphan_add(e, it, 1);
    } else if (r->reason.len == 20 && !memcmp(r->reason.ptr, "text-outside-command", 20) &&
               !(it->flags & (ATS_LF_CONTROL | ATS_LF_NOT_UTF8 | ATS_LF_TRUNCATED))) {
        if (prose_like(it->text)) {
            if (!e->cov.unrecognised_lines++)
                e->cov.first_unrecognised = it->line;
        } else {
            orphan_add(e, it, 0);
        }
    }
}
