/* coverage.c - how much of a capture became AT traffic the parser
 * understood, and the verdict for too little of it: a capture with no
 * transaction, or one that is mostly text the parser could not place (an
 * application's prints, a binary file, the wrong --input-format or profile),
 * is inconclusive. A rule that found nothing there has not passed. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "rules_int.h"

/* The lines a transaction holds: its command, responses (kept or counted),
 * final result, completion, and a prompt or payload on lines of their own. */
static uint64_t txn_lines(const ats_txn *t)
{
    uint64_t n = 1 + t->nresponses + t->responses_omitted;
    n += t->final.text.len > 0;
    n += t->completion_item.text.len > 0;
    if (t->prompt.text.len && t->prompt.line != t->command.line && t->prompt.line != t->final.line)
        n++;
    if (t->payload_line && t->payload_line != t->prompt.line && t->payload_line != t->command.line)
        n++;
    return n;
}

void ats_cov_record(ats_engine *e, const ats_record *r)
{
    uint64_t n = 1;
    int understood;
    switch (r->kind) {
    case ATS_REC_TXN:
        n = txn_lines(r->txn);
        understood = 1;
        e->cov.transactions++;
        e->modem_said += r->txn->final.text.len || r->txn->nresponses || r->txn->responses_omitted ||
                         r->txn->completion_item.text.len || r->txn->prompt.text.len ||
                         (r->txn->flags & ATS_TF_ECHO);
        break;
    case ATS_REC_URC:
        understood = r->urc->known || r->urc->boot;
        e->modem_said++;
        break;
    case ATS_REC_DATA:
        n = r->data->last_line >= r->data->first_line ? r->data->last_line - r->data->first_line + 1
                                                      : 1;
        understood = 1;
        break;
    /* Not modem text, but known for what it is: the capture tool's notes
     * and a host library's own status lines; an application's sentence
     * (ATS_HOST_APP_TEXT) is only known not to be the modem's. */
    case ATS_REC_ANNOTATION:
        understood = 1;
        break;
    case ATS_REC_HOST_LOG:
        understood = r->reason.len != sizeof ATS_HOST_APP_TEXT - 1 ||
                     memcmp(r->reason.ptr, ATS_HOST_APP_TEXT, r->reason.len) != 0;
        break;
    case ATS_REC_UNPARSED:
        understood = 0;
        break;
    default:                  /* a retry chain: its lines are its transactions' */
        return;
    }
    e->cov.lines += n;
    if (understood)
        e->cov.understood += n;
}

/* Decides the verdict of evidence; on too little, every enabled rule is not
 * evaluable with the reason, whatever it found. */
void ats_cov_finish(ats_engine *e)
{
    ats_coverage *c = &e->cov;
    c->ratio = c->lines ? (double)c->understood / (double)c->lines : 0.0;
    if (!c->lines)
        snprintf(c->reason, sizeof c->reason,
                 "the capture holds no text lines: nothing was checked");
    else if (!c->transactions)
        snprintf(c->reason, sizeof c->reason,
                 "no AT command in the capture (%" PRIu64 " line%s, none a command): nothing "
                 "was checked",
                 c->lines, c->lines == 1 ? "" : "s");
    /* commands, and not a line of the module's (no echo, answer, final,
     * prompt or report) where the format shows them: a module that never
     * answered and a log of the host's side only look the same, and no
     * rule can tell which (a PASS here would be a verdict on nothing) */
    else if (!e->modem_said && !e->ci.hides)
        snprintf(c->reason, sizeof c->reason,
                 "no line of the module's in the capture (%" PRIu64 " command%s, no echo, answer "
                 "or report): a module that never answered, or only the host's side logged",
                 c->transactions, c->transactions == 1 ? "" : "s");
    else if (c->ratio < e->rs->min_coverage)
        snprintf(c->reason, sizeof c->reason,
                 "only %" PRIu64 " of %" PRIu64 " lines (%.1f %%) were understood as AT traffic, "
                 "below the minimum coverage of %g %%: another capture format or module?",
                 c->understood, c->lines, c->ratio * 100.0, e->rs->min_coverage * 100.0);
    else
        return;
    c->inconclusive = 1;
    for (size_t i = 0; i < ats_rule_count; i++) {
        if (e->res[i].status == ATS_RULE_DISABLED)
            continue;
        e->res[i].status = ATS_RULE_NOT_EVALUABLE;
        e->res[i].violations = 0;
        /* the reason is shorter than the room (the messages above are) */
        memcpy(e->res[i].reason, c->reason, sizeof e->res[i].reason);
        e->res[i].reason[sizeof e->res[i].reason - 1] = 0;
    }
}

void ats_engine_coverage(const ats_engine *e, ats_coverage *out) { *out = e->cov; }
