/* record_text.c - parse records as one readable line each (plus indented
 * responses), for a person at a terminal. Capture bytes are escaped. */
#include "record_text.h"
#include <inttypes.h>
#include "escape.h"

static void lines(FILE *f, uint64_t a, uint64_t b)
{
    char buf[48];
    if (b > a)
        snprintf(buf, sizeof buf, "L%" PRIu64 "-%" PRIu64, a, b);
    else
        snprintf(buf, sizeof buf, "L%" PRIu64, a);
    fprintf(f, "%-10s", buf);
}

static const char *final_word(const ats_txn *t, unsigned hides)
{
    /* the tool did not print it: nothing says the modem did not send one */
    if (!t->final.text.len && (hides & (ATS_HIDES_FINALS | ATS_HIDES_ANSWERS)))
        return "final not shown (the capture's tool leaves it out)";
    switch (t->status) {
    case ATS_TXN_NO_FINAL: return "no final result (next command came)";
    case ATS_TXN_UNFINISHED: return t->final.text.len ? NULL : "unfinished (capture ended)";
    case ATS_TXN_HOST_TIMEOUT: return "timed out by the host (the library gave up waiting)";
    default: return NULL;
    }
}

void rec_text(FILE *f, const ats_record *r, int notes, unsigned hides)
{
    switch (r->kind) {
    case ATS_REC_TXN: {
        const ats_txn *t = r->txn;
        lines(f, t->first_line, t->last_line);
        fputs("cmd   ", f);
        tx_put(f, t->command.text.ptr, t->command.text.len, 60);
        fputs("  ->  ", f);
        const char *w = final_word(t, hides);
        if (w)
            fputs(w, f);
        else
            tx_put(f, t->final.text.ptr, t->final.text.len, 60);
        if (t->flags & ATS_TF_FINAL_AFTER_NEXT)
            fputs("; final result came after the next command was sent", f);
        if (t->flags & ATS_TF_ASYNC) {
            if (t->completion_item.text.len) {
                fprintf(f, "; completed %s: ", ats_completion_name(t->completion));
                tx_put(f, t->completion_item.text.ptr, t->completion_item.text.len, 40);
                fprintf(f, " (L%" PRIu64 ")", t->completion_item.line);
            } else if (t->completion != ATS_COMPL_NONE) {
                fprintf(f, "; completion %s", ats_completion_name(t->completion));
            }
        }
        if (t->flags & ATS_TF_PROMPT)
            fprintf(f, "; prompt L%" PRIu64, t->prompt.line);
        if (t->payload_declared >= 0 || t->payload_bytes) {
            fprintf(f, "; payload %" PRIu64 " bytes", t->payload_bytes);
            if (t->payload_declared >= 0)
                fprintf(f, " of %" PRId64 " declared", t->payload_declared);
            fprintf(f, " (end: %s)", ats_payload_end_name(t->payload_end));
        }
        if (t->retry_chain)
            fprintf(f, "; attempt %u of retry chain %" PRIu64, t->attempt, t->retry_chain);
        fputc('\n', f);
        for (size_t i = 0; i < t->nresponses; i++) {
            fprintf(f, "%-10s      | ", "");
            tx_put(f, t->responses[i].text.ptr, t->responses[i].text.len, 100);
            fputc('\n', f);
        }
        break;
    }
    case ATS_REC_URC:
        lines(f, r->urc->item.line, 0);
        fputs(r->urc->known ? "urc   " : "urc?  ", f);
        tx_put(f, r->urc->item.text.ptr, r->urc->item.text.len, 100);
        fputc('\n', f);
        break;
    case ATS_REC_DATA: {
        const ats_data *d = r->data;
        lines(f, d->first_line, d->last_line);
        uint64_t total = d->bytes_tx + d->bytes_rx + d->bytes_unknown;
        if (d->transparent) {
            fprintf(f, "data  data mode, %" PRIu64 " bytes, ended by ", total);
            tx_put(f, d->end_reason.ptr, d->end_reason.len, 30);
            if (d->escape_answered) {
                /* the escape's answer, as a command's final reads */
                ats_span a = d->end_item.text;
                while (a.len && (a.ptr[a.len - 1] == '\r' || a.ptr[a.len - 1] == ' '))
                    a.len--;
                fprintf(f, " (escape L%" PRIu64 "  ->  ", d->escape_line);
                tx_put(f, a.ptr, a.len, 30);
                fputc(')', f);
            }
            fputs(": ", f);
        } else {
            fprintf(f, "data  received %" PRIu64 " bytes: ", total);
        }
        tx_put(f, d->preview.ptr, d->preview.len, 40);
        fputc('\n', f);
        break;
    }
    case ATS_REC_ANNOTATION:
        if (!notes)
            break;
        lines(f, r->item->line, 0);
        fputs("note  ", f);
        tx_put(f, r->item->text.ptr, r->item->text.len, 100);
        fputc('\n', f);
        break;
    case ATS_REC_HOST_LOG:
        if (!notes)
            break;
        lines(f, r->item->line, 0);
        fputs("host  ", f);
        tx_put(f, r->item->text.ptr, r->item->text.len, 100);
        fputc('\n', f);
        break;
    case ATS_REC_UNPARSED:
        lines(f, r->item->line, 0);
        fputs("???   ", f);
        tx_put(f, r->reason.ptr, r->reason.len, 40);
        fputs(": ", f);
        tx_put(f, r->item->text.ptr, r->item->text.len, 80);
        if (r->item->flags & ATS_LF_TRUNCATED)
            fputs(" [truncated]", f);
        fputc('\n', f);
        break;
    case ATS_REC_RETRY_CHAIN:
        lines(f, r->chain->first_line, r->chain->last_line);
        fprintf(f, "retry %u attempt%s of ", r->chain->attempts, r->chain->attempts == 1 ? "" : "s");
        tx_put(f, r->chain->command.ptr, r->chain->command.len, 60);
        fputs(": ", f);
        tx_put(f, r->chain->outcome.ptr, r->chain->outcome.len, 30);
        fputc('\n', f);
        break;
    }
}
