/* check_evidence.c - see check_evidence.h. */
#include "check_evidence.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli.h"
#include "escape.h"

int check_evidence_tap(void *user, const ats_line *l)
{
    ats_evidence_feed(user, l);
    return 0;
}

const char *check_evidence_role(unsigned role)
{
    return role == ATS_EV_FINDING ? "finding" : role == ATS_EV_RELATED ? "related" : "context";
}

/* Capture bytes as the rules' messages carry them: escaped once, here, so
 * that every writer treats both alike. */
static char *escaped(const char *p, size_t n, uint64_t cut)
{
    char *m = NULL;
    size_t len = 0;
    /* Most lines are printable ASCII, which the text policy keeps as it is
     * (all but the backslash): a copy, where a stream costs a page-sized
     * buffer cleared per line. */
    while (len < n && p[len] >= 0x20 && p[len] < 0x7f && p[len] != '\\')
        len++;
    if (len == n) {
        if (!(m = malloc(n + (cut ? 4 : 1))))
            return NULL;
        memcpy(m, p, n);
        memcpy(m + n, cut ? "\xe2\x80\xa6" : "", cut ? 4 : 1);
        return m;
    }
    len = 0;
    FILE *mf = open_memstream(&m, &len);
    if (!mf)
        return NULL;
    tx_put(mf, p, n, 0);
    if (cut)
        fputs("\xe2\x80\xa6", mf);    /* the line went on: "…" */
    if (fclose(mf) != 0) {
        free(m);
        return NULL;
    }
    return m;
}

int check_evidence_copy(stored_violation *sv, const ats_evidence *ev)
{
    size_t n = ats_evidence_count(ev, sv->ticket);
    sv->ev_dropped = ats_evidence_dropped(ev, sv->ticket);
    sv->ev = n ? calloc(n, sizeof *sv->ev) : NULL;
    if (n && !sv->ev)
        return -1;
    for (size_t i = 0; i < n; i++) {
        ats_evidence_line l;
        ats_evidence_at(ev, sv->ticket, i, &l);
        report_evline *o = &sv->ev[sv->nev];
        o->line = l.line;
        o->role = (unsigned char)l.role;
        o->dir = (unsigned char)l.dir;
        if (!(o->text = escaped(l.text.ptr, l.text.len, l.cut)))
            return -1;
        sv->nev++;
    }
    return 0;
}

void check_evidence_renum(stored_violation *sv, const cli_renum *rn)
{
    for (size_t i = 0; i < sv->nev; i++) {
        /* a token may grow (<IMEI-1> to <IMEI-12>): room for it */
        size_t cap = strlen(sv->ev[i].text) + 256;
        char *m = realloc(sv->ev[i].text, cap);
        if (!m)
            continue;
        cli_renum_apply(rn, m, cap);
        sv->ev[i].text = m;
    }
}

void check_evidence_free(stored_violation *sv)
{
    for (size_t i = 0; i < sv->nev; i++)
        free(sv->ev[i].text);
    free(sv->ev);
    sv->ev = NULL;
    sv->nev = 0;
}

/* The module's own answers anywhere in the capture (--profile auto reads
 * only its first lines; a given --profile reads none): the manufacturer,
 * model and revision the profile recognises, and the IMEI, masked as the
 * records are. */
int check_identity_feed(input_result *in, ats_identifier **ident, const ats_txn *t)
{
    if (t->ncmds != 1 || !t->nresponses || ats_final_is_failure(t->final_kind))
        return 0;
    ats_span nm = t->cmds[0].name;
    int imei = (nm.len == 5 && !memcmp(nm.ptr, "+CGSN", 5) && !t->cmds[0].args_raw.len) ||
               (nm.len == 4 && !memcmp(nm.ptr, "+GSN", 4));
    if (imei && !in->imei[0]) {
        const char *p = t->responses[0].text.ptr;
        size_t n = t->responses[0].text.len;
        if (n > 6 && !memcmp(p, "+CGSN:", 6)) {
            p += 6;
            n -= 6;
        }
        while (n && (*p == ' ' || *p == '"')) {
            p++;
            n--;
        }
        while (n && (p[n - 1] == ' ' || p[n - 1] == '"'))
            n--;
        /* printable ASCII only: it is read back as a string everywhere */
        size_t k = 0;
        for (size_t i = 0; i < n && k + 1 < sizeof in->imei; i++)
            in->imei[k++] = p[i] >= 0x20 && p[i] < 0x7f ? p[i] : '?';
        in->imei[k] = 0;
        return 0;
    }
    int answer = (nm.len == 5 && (!memcmp(nm.ptr, "+CGMI", 5) || !memcmp(nm.ptr, "+CGMM", 5) ||
                                  !memcmp(nm.ptr, "+CGMR", 5))) ||
                 (nm.len == 4 && (!memcmp(nm.ptr, "+GMI", 4) || !memcmp(nm.ptr, "+GMM", 4) ||
                                  !memcmp(nm.ptr, "+GMR", 4))) ||
                 (nm.len == 1 && nm.ptr[0] == 'I' && !t->cmds[0].args_raw.len);
    if (!answer)
        return 0;
    if (!*ident) {
        const ats_profile *one[1] = {in->profile};
        if (ats_identifier_new(ident, one, 1, NULL) < 0)
            return -1;
    }
    ats_record rec;
    memset(&rec, 0, sizeof rec);
    rec.kind = ATS_REC_TXN;
    rec.txn = t;
    ats_identifier_feed(*ident, &rec);
    return 0;
}

void check_identity_done(input_result *in, const ats_identifier *ident)
{
    if (!ident)
        return;
    ats_identity id;
    ats_identifier_result(ident, ats_profile_id(in->profile), &id);
    const char *got[3] = {id.manufacturer, id.model, id.revision};
    for (int k = 0; k < 3; k++)
        if (!in->module[k][0])
            snprintf(in->module[k], sizeof in->module[k], "%s", got[k]);
}

/* One argument as a shell reads it back: bare when it is plain, else quoted. */
static void quoted(FILE *f, const char *a)
{
    if (*a && strspn(a, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                        "-_./:=,+@%") == strlen(a)) {
        fputs(a, f);
        return;
    }
    fputc('\'', f);
    for (; *a; a++) {
        if (*a == '\'')
            fputs("'\\''", f);
        else
            fputc(*a, f);
    }
    fputc('\'', f);
}

int check_run_info(check_report *r, int argc, char **argv)
{
    /* the command line: check's options take no secret (paths, profile and
     * rule names, numbers), so it is kept whole */
    char *m = NULL;
    size_t len = 0;
    FILE *mf = open_memstream(&m, &len);
    if (!mf)
        return -1;
    fputs("atscope", mf);
    for (int i = 0; i < argc; i++) {
        fputc(' ', mf);
        quoted(mf, argv[i]);
    }
    if (fclose(mf) != 0) {
        free(m);
        return -1;
    }
    r->command_line = m;
    time_t now = time(NULL);
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (sde && *sde) {
        char *end;
        errno = 0;
        long long v = strtoll(sde, &end, 10);
        if (*end || errno || v < 0) {
            cli_error("SOURCE_DATE_EPOCH: expected seconds since 1970, got '%s'", sde);
            return -1;
        }
        now = (time_t)v;
    }
    struct tm tm;
    if (!gmtime_r(&now, &tm) ||
        !strftime(r->run_time, sizeof r->run_time, "%Y-%m-%dT%H:%M:%SZ", &tm))
        snprintf(r->run_time, sizeof r->run_time, "unknown");
    return 0;
}
