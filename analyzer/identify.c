/* identify.c - which module a capture comes from, from its records: the
 * answers to ATI / AT+CGMI / AT+CGMM / AT+CGMR (and +GMI, +GMM, +GMR: a
 * firmware revision often names its family, LE20B04SIM7600G22), the
 * boot reports and other lines only one family prints (BG96's "+QIOPEN: 0,0",
 * which the M95 it shares QI* names with never prints), the commands only
 * one family has, weighed by how the module answered them, and the host's
 * own log naming the module it drives. A family is ruled out by a line it
 * never prints (a 2G module's "+CEREG:").
 * The patterns live in each profile's "identify" section; nothing about a
 * module is written here. State is bounded: a few strings and, per candidate,
 * a score, bit masks of what it has seen and one line of evidence. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "profile.h"

#define ID_MAX_CANDS 24
#define ID_MAX_CMDS 32
#define W_MODEL 10        /* the module says what it is */
#define W_MANUFACTURER 4  /* one vendor, several families */
#define W_BOOT 3          /* a boot report only this family prints */
#define W_BANNER 6        /* a start-up banner that names the family alone (HL78's +KSUP):
                           * a module's own words, as strong as its model answer's
                           * threshold; most boot reports are shared too widely for it
                           * (SIM800's and SIM7080's SMS Ready, Quectel's and others' RDY) */
#define W_LINE 3          /* another modem line only this family prints */
#define W_COMMAND 3       /* a command only this family has, each distinct name: the host
                           * believes it talks to the family */
#define W_ACCEPTED 3      /* ... and the module's answer shows it knows the command */
#define W_LISTED 2        /* a command the base does not know and only this family's
                           * profile lists, taken by the module: weaker than a name the
                           * profile calls its own (a profile lists what its manual has,
                           * and a sibling family it does not model may share it), so
                           * it takes three such names, or one with other evidence */
#define ID_MAX_LISTED 3   /* distinct listed names counted, per family */
#define W_HOST 3          /* the host's log names a module of the family */
#define W_REVISION 6      /* its firmware revision names the family (BG96MAR02A07M1G) */
#define ID_THRESHOLD 6    /* below: the evidence is weak, fall back to the base */

/* what the module made of a family command, the best answer seen counting:
 * it said it does not know it (the profile's "unsupported" errors); no
 * answer, or a bare ERROR that may be either a failure or an unknown
 * command; or it knows it */
enum { ANS_NONE = 0, ANS_REFUSED, ANS_UNSURE, ANS_ACCEPTED };

struct ats_identifier {
    const ats_profile *c[ID_MAX_CANDS];
    size_t n;
    int score[ID_MAX_CANDS];
    uint32_t boot_seen[ID_MAX_CANDS], line_seen[ID_MAX_CANDS], host_seen[ID_MAX_CANDS];
    uint32_t banner_seen[ID_MAX_CANDS];
    unsigned char cmd_answer[ID_MAX_CANDS][ID_MAX_CMDS];  /* ANS_* */
    int manuf_seen[ID_MAX_CANDS], model_seen[ID_MAX_CANDS], rev_seen[ID_MAX_CANDS];
    uint32_t listed[ID_MAX_CANDS][ID_MAX_LISTED];   /* hashes of the listed names counted */
    unsigned nlisted[ID_MAX_CANDS];
    char ev[ID_MAX_CANDS][200];
    /* a command only this family's profile has, named with the family's own
     * prefix (Telit's #SGACT), not refused: where no other family shows
     * anything, the family's; its line, 0 none */
    uint64_t own_line[ID_MAX_CANDS];
    char excluded[ID_MAX_CANDS][80];   /* the line that rules the family out, "" if none */
    /* a candidate's "unsupported" class (its final results that say the
     * module does not know a command), compiled when first needed */
    ats_re *unsup[ID_MAX_CANDS];
    size_t nunsup[ID_MAX_CANDS];
    int unsup_loaded[ID_MAX_CANDS];
    char manufacturer[64], model[64], revision[64];
    uint64_t manuf_line, model_line;
    pcre2_match_data *md;
};

int ats_identifier_new(ats_identifier **out, const ats_profile *const *cands, size_t n,
                       ats_error *err)
{
    *out = NULL;
    ats_identifier *id = calloc(1, sizeof *id);
    if (!id)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    uint32_t groups = 1;
    for (size_t i = 0; i < n && id->n < ID_MAX_CANDS; i++) {
        const ats_profile *p = cands[i];
        int any = p->ident.ncommands != 0;
        for (int k = 0; k < ATS_ID_KINDS; k++)
            any |= p->ident.nre[k] != 0;
        if (!any)
            continue;             /* nothing to recognise it by (the base) */
        id->c[id->n++] = p;
        if (p->ident.max_groups > groups)
            groups = p->ident.max_groups;
    }
    id->md = pcre2_match_data_create(groups + 1, NULL);
    if (!id->md) {
        free(id);
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    }
    *out = id;
    return 0;
}

void ats_identifier_free(ats_identifier *id)
{
    if (!id)
        return;
    for (size_t c = 0; c < id->n; c++) {
        for (size_t i = 0; i < id->nunsup[c]; i++)
            ats_re_free(&id->unsup[c][i]);
        free(id->unsup[c]);
    }
    pcre2_match_data_free(id->md);
    free(id);
}

/* Printable ASCII only: the evidence ends up in reports. */
static void put_text(char *dst, size_t cap, const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++)
        dst[k++] = (s[i] >= 0x20 && s[i] < 0x7f) ? s[i] : '?';
    dst[k] = 0;
}

static void evidence(ats_identifier *id, size_t c, int weight, const char *what, const char *s,
                     size_t n, uint64_t line)
{
    id->score[c] += weight;
    char text[64];
    put_text(text, sizeof text, s, n);
    size_t k = strlen(id->ev[c]);
    if (k + 8 < sizeof id->ev[c])
        snprintf(id->ev[c] + k, sizeof id->ev[c] - k, "%s%s %s (line %llu)", k ? ", " : "",
                 what, text, (unsigned long long)line);
}

static int match_any(ats_identifier *id, const ats_profile *p, int kind, const char *s, size_t n,
                     size_t *which)
{
    for (size_t i = 0; i < p->ident.nre[kind] && i < 32; i++)
        if (ats_re_match(&p->ident.re[kind][i], id->md, p->mctx, s, n) > 0) {
            *which = i;
            return 1;
        }
    return 0;
}

/* A line the module sent: its family's boot reports and lines; and the lines
 * that rule a family out (modem lines only: cmd is 1 for the command line,
 * which may carry a boot report read as a command, never an exclusion). */
static void modem_line(ats_identifier *id, const char *s, size_t n, uint64_t line, int cmd)
{
    for (size_t c = 0; c < id->n; c++) {
        size_t w;
        if (match_any(id, id->c[c], ATS_ID_BOOT, s, n, &w) && !(id->boot_seen[c] & (1u << w))) {
            id->boot_seen[c] |= 1u << w;
            evidence(id, c, W_BOOT, "boot report", s, n, line);
        }
        if (match_any(id, id->c[c], ATS_ID_BANNER, s, n, &w) && !(id->banner_seen[c] & (1u << w))) {
            id->banner_seen[c] |= 1u << w;
            evidence(id, c, W_BANNER, "start-up banner", s, n, line);
        }
        if (match_any(id, id->c[c], ATS_ID_LINES, s, n, &w) && !(id->line_seen[c] & (1u << w))) {
            id->line_seen[c] |= 1u << w;
            evidence(id, c, W_LINE, "line", s, n, line);
        }
        if (!cmd && !id->excluded[c][0] && match_any(id, id->c[c], ATS_ID_EXCLUDES, s, n, &w)) {
            char text[40];
            put_text(text, sizeof text, s, n);
            snprintf(id->excluded[c], sizeof id->excluded[c], "%s (line %llu)", text,
                     (unsigned long long)line);
        }
    }
}

static void boot_line(ats_identifier *id, const char *s, size_t n, uint64_t line)
{
    modem_line(id, s, n, line, 0);
}

/* The host's own log names the module it drives ("Initializing esp_modem for
 * the SIM7600 module", esp_modem's "sim800:" tag): what the host believes,
 * worth a family command, never the module's word. */
static void host_line(ats_identifier *id, const char *s, size_t n, uint64_t line)
{
    for (size_t c = 0; c < id->n; c++) {
        size_t w;
        if (!match_any(id, id->c[c], ATS_ID_HOST, s, n, &w) || (id->host_seen[c] & (1u << w)))
            continue;
        id->host_seen[c] |= 1u << w;
        /* the words the pattern found, not the whole line */
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(id->md);
        size_t a = ov[0] <= n ? ov[0] : 0, b = ov[1] <= n && ov[1] >= a ? ov[1] : n;
        evidence(id, c, W_HOST, "host log names", s + a, b - a, line);
    }
}

/* 1 if some candidate's pattern matched the line */
static int ident_line(ats_identifier *id, int kind, const char *s, size_t n, uint64_t line)
{
    int any = 0;
    for (size_t c = 0; c < id->n; c++) {
        size_t w;
        int *seen = kind == ATS_ID_MODEL      ? &id->model_seen[c]
                    : kind == ATS_ID_REVISION ? &id->rev_seen[c]
                                              : &id->manuf_seen[c];
        if (!match_any(id, id->c[c], kind, s, n, &w))
            continue;
        any = 1;
        if (*seen)
            continue;
        *seen = 1;
        evidence(id, c,
                 kind == ATS_ID_MODEL      ? W_MODEL
                 : kind == ATS_ID_REVISION ? W_REVISION
                                           : W_MANUFACTURER,
                 kind == ATS_ID_MODEL      ? "model"
                 : kind == ATS_ID_REVISION ? "revision"
                                           : "manufacturer",
                 s, n, line);
    }
    return any;
}

static int starts(const char *s, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    return n >= m && ats_ascii_casecmp(s, m, lit, m) == 0;
}

/* "+CGMM: \"X\"", "Model: X", "X" -> X */
static ats_span value_of(const char *s, size_t n)
{
    size_t i = 0;
    if (n && (s[0] == '+' || s[0] == '#' || s[0] == '%' || s[0] == '$')) {
        while (i < n && s[i] != ':')
            i++;
        i = i < n ? i + 1 : 0;
    } else if (starts(s, n, "Manufacturer:") || starts(s, n, "Manufacture:") ||
               starts(s, n, "Model:") || starts(s, n, "Revision:")) {
        while (i < n && s[i] != ':')
            i++;
        i++;
    }
    while (i < n && (s[i] == ' ' || s[i] == '"'))
        i++;
    while (n > i && (s[n - 1] == ' ' || s[n - 1] == '"'))
        n--;
    ats_span v = {s + i, n - i};
    return v;
}

static void keep(char *dst, size_t cap, ats_span v)
{
    if (!dst[0] && v.len)
        put_text(dst, cap, v.ptr, v.len);
}

static void answers(ats_identifier *id, const ats_txn *t)
{
    if (t->ncmds != 1 || !t->nresponses || ats_final_is_failure(t->final_kind))
        return;
    const ats_subcmd *sc = &t->cmds[0];
    const char *nm = sc->name.ptr;
    size_t nl = sc->name.len;
    int kind = -1;
    if ((nl == 5 && !memcmp(nm, "+CGMI", 5)) || (nl == 4 && !memcmp(nm, "+GMI", 4)))
        kind = ATS_ID_MANUFACTURER;
    else if ((nl == 5 && !memcmp(nm, "+CGMM", 5)) || (nl == 4 && !memcmp(nm, "+GMM", 4)))
        kind = ATS_ID_MODEL;
    else if ((nl == 5 && !memcmp(nm, "+CGMR", 5)) || (nl == 4 && !memcmp(nm, "+GMR", 4)))
        kind = 3;
    else if (nl == 1 && nm[0] == 'I' && sc->args_raw.len == 0)
        kind = 4;                 /* ATI: the vendor's lines, in the vendor's order */
    if (kind < 0)
        return;
    for (size_t i = 0; i < t->nresponses && i < 8; i++) {
        const ats_item *r = &t->responses[i];
        const char *s = r->text.ptr;
        size_t n = r->text.len;
        ats_span v = value_of(s, n);
        if (kind == ATS_ID_MANUFACTURER || kind == ATS_ID_MODEL) {
            if (i == 0) {
                keep(kind == ATS_ID_MODEL ? id->model : id->manufacturer, sizeof id->model, v);
                ident_line(id, kind, v.ptr, v.len, r->line);
            }
        } else if (kind == 3) {
            if (i == 0) {
                keep(id->revision, sizeof id->revision, v);
                ident_line(id, ATS_ID_REVISION, v.ptr, v.len, r->line);
            }
        } else {
            if (starts(s, n, "Revision:")) {
                keep(id->revision, sizeof id->revision, v);
                ident_line(id, ATS_ID_REVISION, v.ptr, v.len, r->line);
            }
            else if (starts(s, n, "Model:"))
                keep(id->model, sizeof id->model, v);
            else if (starts(s, n, "Manufacturer:") || starts(s, n, "Manufacture:"))
                keep(id->manufacturer, sizeof id->manufacturer, v);
            /* a bare ATI line may name either: what a profile recognises */
            int named = ident_line(id, ATS_ID_MANUFACTURER, v.ptr, v.len, r->line);
            if (named)
                keep(id->manufacturer, sizeof id->manufacturer, v);
            if (ident_line(id, ATS_ID_MODEL, v.ptr, v.len, r->line)) {
                keep(id->model, sizeof id->model, v);
                named = 1;
            }
            /* ... or the firmware, a bare line without a "Revision:" word
             * (Cinterion's "REVISION 01.000": the profile's revision pattern
             * says); a "Model:" line is no revision whatever it matches */
            if (!named && v.ptr == s && ident_line(id, ATS_ID_REVISION, v.ptr, v.len, r->line))
                keep(id->revision, sizeof id->revision, v);
        }
    }
}

/* The candidate's "unsupported" class: final results by which a module says
 * it does not know a command (27.007's +CME ERROR: 4 "operation not
 * supported", 100 "unknown", and the family's own), from its classes. */
static void load_unsupported(ats_identifier *id, size_t c)
{
    id->unsup_loaded[c] = 1;
    const ats_profile *p = id->c[c];
    json_t *cl = json_object_get((json_t *)ats_profile_json(p), "classes");
    json_t *arr = cl ? json_object_get(cl, "unsupported") : NULL;
    size_t n = json_is_array(arr) ? json_array_size(arr) : 0;
    if (!n || !(id->unsup[c] = calloc(n, sizeof *id->unsup[c])))
        return;
    for (size_t i = 0; i < n; i++) {
        const char *pat = json_string_value(json_array_get(arr, i));
        /* a bad pattern is the rule set's to report (classes load there) */
        if (pat && ats_re_compile(&id->unsup[c][id->nunsup[c]], pat, "classes.unsupported",
                                  ats_profile_path(p), NULL) == 0)
            id->nunsup[c]++;
    }
}

static int unsupported(ats_identifier *id, size_t c, const ats_item *final)
{
    if (!id->unsup_loaded[c])
        load_unsupported(id, c);
    int hit = 0;
    for (size_t i = 0; !hit && i < id->nunsup[c]; i++)
        hit = ats_re_match(&id->unsup[c][i], id->md, id->c[c]->mctx, final->text.ptr,
                           final->text.len) > 0;
    return hit;
}

/* What the module's answer says of a command: it knows it (OK, its
 * prompt, an answer line, or an error with a cause other than "not
 * supported"); it does not (an error saying so); or no telling (no answer,
 * or a bare ERROR: SIM7600's AT+NETOPEN fails so without a network). */
static int answer_of(ats_identifier *id, size_t c, const ats_txn *t)
{
    if (t->flags & ATS_TF_PROMPT)
        return ANS_ACCEPTED;
    switch (t->final_kind) {
    case ATS_FINAL_NONE:
        return t->nresponses ? ANS_ACCEPTED : ANS_UNSURE;
    case ATS_FINAL_ERROR:
        return t->nresponses ? ANS_ACCEPTED : ANS_UNSURE;
    case ATS_FINAL_CME_ERROR:
    case ATS_FINAL_CMS_ERROR:
        return unsupported(id, c, &t->final) ? ANS_REFUSED : ANS_ACCEPTED;
    default:
        return ANS_ACCEPTED;
    }
}

static int answer_weight(int a)
{
    return a == ANS_ACCEPTED ? W_COMMAND + W_ACCEPTED : a == ANS_UNSURE ? W_COMMAND : 0;
}

static uint32_t name_hash32(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* Is nm named with candidate c's own prefix ("prefix": Telit's "#")? */
static void own_prefix(ats_identifier *id, size_t c, ats_span nm, uint64_t line)
{
    const char *px = id->c[c]->ident.prefix;
    size_t n = px ? strlen(px) : 0;
    if (n && nm.len > n && !ats_ascii_casecmp(nm.ptr, n, px, n) && !id->own_line[c])
        id->own_line[c] = line;
}

/* A command the base profile does not know (the prescan parses with the
 * base, so the builder's unknown mark says so) and exactly one candidate's
 * profile lists, outside its identify section: SIM7600's AT+CMQTTSTART,
 * BG96's AT+QMTOPEN. Names shared by two families say nothing. */
static void listed(ats_identifier *id, const ats_txn *t, size_t k)
{
    const ats_span nm = t->cmds[k].name;
    size_t only = id->n;
    for (size_t c = 0; c < id->n; c++) {
        const ats_pident *pi = &id->c[c]->ident;
        for (size_t j = 0; j < pi->ncommands; j++)
            if (strlen(pi->commands[j]) == nm.len && !memcmp(pi->commands[j], nm.ptr, nm.len))
                return;           /* weighed as the family's own by commands() */
        if (!ats_profile_has_name(id->c[c], nm.ptr, nm.len))
            continue;
        if (only != id->n)
            return;
        only = c;
    }
    if (only == id->n || id->nlisted[only] >= ID_MAX_LISTED || answer_of(id, only, t) != ANS_ACCEPTED)
        return;
    uint32_t h = name_hash32(nm.ptr, nm.len);
    for (unsigned i = 0; i < id->nlisted[only]; i++)
        if (id->listed[only][i] == h)
            return;
    id->listed[only][id->nlisted[only]++] = h;
    own_prefix(id, only, nm, t->first_line);
    char shown[40];
    snprintf(shown, sizeof shown, "AT%.*s", (int)(nm.len < 24 ? nm.len : 24), nm.ptr);
    evidence(id, only, W_LISTED, "listed command", shown, strlen(shown), t->first_line);
}

static void commands(ats_identifier *id, const ats_txn *t)
{
    for (size_t k = 0; k < t->ncmds; k++) {
        const ats_span nm = t->cmds[k].name;
        if (k < 32 && (t->unknown_mask & (1u << k)))
            listed(id, t, k);
        for (size_t c = 0; c < id->n; c++) {
            const ats_pident *pi = &id->c[c]->ident;
            for (size_t j = 0; j < pi->ncommands && j < ID_MAX_CMDS; j++) {
                if (strlen(pi->commands[j]) != nm.len || memcmp(pi->commands[j], nm.ptr, nm.len))
                    continue;
                int a = answer_of(id, c, t), was = id->cmd_answer[c][j];
                if (a <= was)
                    continue;
                id->cmd_answer[c][j] = (unsigned char)a;
                char shown[96], fin[40];
                put_text(fin, sizeof fin, t->final.text.ptr, t->final.text.len);
                /* an OK is what a command only this family has is expected
                 * to get, or no answer at all; anything else is said */
                int plain = t->final_kind == ATS_FINAL_OK || t->final_kind == ATS_FINAL_NONE ||
                            t->final_kind == ATS_FINAL_CONNECT;
                snprintf(shown, sizeof shown, "AT%.*s%s%s", (int)(nm.len < 24 ? nm.len : 24),
                         nm.ptr,
                         plain                   ? ""
                         : a == ANS_REFUSED      ? " refused: "
                                                 : " answered ",
                         plain ? "" : fin);
                id->score[c] -= answer_weight(was);
                evidence(id, c, answer_weight(a), "command", shown, strlen(shown),
                         t->first_line);
                if (a != ANS_REFUSED)
                    own_prefix(id, c, nm, t->first_line);
            }
        }
    }
}

int ats_identifier_feed(ats_identifier *id, const ats_record *r)
{
    switch (r->kind) {
    case ATS_REC_TXN:
        commands(id, r->txn);
        answers(id, r->txn);
        /* an undirected boot line that starts with "AT" reads as a command
         * under a profile that does not know it ("AT command ready"), and a
         * boot report may land inside a transaction */
        modem_line(id, r->txn->command.text.ptr, r->txn->command.text.len, r->txn->command.line,
                   1);
        for (size_t i = 0; i < r->txn->nresponses && i < 16; i++)
            boot_line(id, r->txn->responses[i].text.ptr, r->txn->responses[i].text.len,
                      r->txn->responses[i].line);
        break;
    case ATS_REC_URC:
        boot_line(id, r->urc->item.text.ptr, r->urc->item.text.len, r->urc->item.line);
        break;
    case ATS_REC_UNPARSED:
        boot_line(id, r->item->text.ptr, r->item->text.len, r->item->line);
        break;
    case ATS_REC_HOST_LOG:
        host_line(id, r->item->text.ptr, r->item->text.len, r->item->line);
        break;
    default:
        break;
    }
    return 0;
}

/* "; quectel-m95 ruled out by +CEREG: 0,5 (line 8)" for each family that had
 * evidence but printed a line it never prints */
static void ruled_out(const ats_identifier *id, char *dst, size_t cap)
{
    for (size_t c = 0; c < id->n; c++) {
        size_t k = strlen(dst);
        if (id->excluded[c][0] && id->score[c] > 0 && k + 8 < cap)
            snprintf(dst + k, cap - k, "; %s ruled out by %s", ats_profile_id(id->c[c]),
                     id->excluded[c]);
    }
}

void ats_identifier_result(const ats_identifier *id, const char *fallback, ats_identity *out)
{
    memset(out, 0, sizeof *out);
    snprintf(out->manufacturer, sizeof out->manufacturer, "%s", id->manufacturer);
    snprintf(out->model, sizeof out->model, "%s", id->model);
    snprintf(out->revision, sizeof out->revision, "%s", id->revision);
    size_t best = 0, second = 0;
    int have = 0, have2 = 0;
    for (size_t c = 0; c < id->n; c++) {
        if (id->excluded[c][0])
            continue;             /* it printed a line its family never prints */
        if (!have || id->score[c] > id->score[best]) {
            if (have) {
                second = best;
                have2 = 1;
            }
            best = c;
            have = 1;
        } else if (!have2 || id->score[c] > id->score[second]) {
            second = c;
            have2 = 1;
        }
    }
    int tie = have2 && id->score[second] == id->score[best];
    /* below the threshold, a command named with the family's own prefix
     * that only its profile has (Telit's #SGACT: '#' is Telit's, and Nordic
     * SLM's #X names are in Nordic's profile, not Telit's) is the family's
     * where no other family shows anything: the host talks to it, and
     * nothing in the capture says it is another */
    int own = have && id->score[best] > 0 && id->own_line[best] && (!have2 || !id->score[second]);
    if (have && (id->score[best] >= ID_THRESHOLD || own) && !tie) {
        out->profile = ats_profile_id(id->c[best]);
        out->score = id->score[best];
        snprintf(out->reason, sizeof out->reason, "%s%s", id->ev[best],
                 id->score[best] < ID_THRESHOLD
                     ? " (a command named with the family's own prefix, no other family's evidence)"
                     : "");
        ruled_out(id, out->reason, sizeof out->reason);
        return;
    }
    out->profile = fallback;
    if (!have || id->score[best] == 0) {
        /* a refused family command is worth nothing, but say it was seen */
        size_t c = 0;
        while (c < id->n && !id->ev[c][0])
            c++;
        if (c < id->n)
            snprintf(out->reason, sizeof out->reason, "too little evidence for %s (%s)",
                     ats_profile_id(id->c[c]), id->ev[c]);
        else
            snprintf(out->reason, sizeof out->reason,
                     "no module named itself and no family's own command or boot report was "
                     "seen");
    } else if (tie)
        snprintf(out->reason, sizeof out->reason, "%s and %s fit alike (%s; %s)",
                 ats_profile_id(id->c[best]), ats_profile_id(id->c[second]), id->ev[best],
                 id->ev[second]);
    else
        snprintf(out->reason, sizeof out->reason, "too little evidence for %s (%s)",
                 ats_profile_id(id->c[best]), id->ev[best]);
    ruled_out(id, out->reason, sizeof out->reason);
}

int ats_identify_profile(ats_profile **out, const char *base_id,
                         const ats_profile *const *cands, size_t n, ats_error *err)
{
    *out = NULL;
    json_t *root = json_pack("{s:s, s:s, s:[]}", "id", base_id, "extends", base_id, "urcs");
    json_t *urcs = root ? json_object_get(root, "urcs") : NULL;
    static const int kinds[] = {ATS_ID_BOOT, ATS_ID_BANNER};   /* both are boot reports */
    for (size_t i = 0; urcs && i < n; i++)
        for (size_t w = 0; w < 2; w++) {
            for (size_t k = 0; k < cands[i]->ident.nre[kinds[w]]; k++) {
                char name[120];
                snprintf(name, sizeof name, "%s %s %zu", ats_profile_id(cands[i]),
                         w ? "banner" : "boot", k);
                json_t *u = json_pack("{s:s, s:s}", "name", name, "pattern",
                                      cands[i]->ident.re[kinds[w]][k].src);
                if (!u || json_array_append_new(urcs, u) < 0) {
                    json_decref(root);
                    return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
                }
            }
        }
    char *text = urcs ? json_dumps(root, JSON_COMPACT) : NULL;
    json_decref(root);
    if (!text)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    int rc = ats_profile_load_builtin_buffer(out, text, strlen(text), "<built-in identification>",
                                             err);
    free(text);
    return rc;
}

typedef struct prescan {
    ats_parser *ps;
    ats_identifier *id;
    ats_error *err;
} prescan;

static int pre_record(void *user, const ats_record *r)
{
    return ats_identifier_feed(user, r);
}

static int pre_chunk(void *user, const ats_chunk *c)
{
    prescan *s = user;
    return ats_parser_feed_chunk(s->ps, c, s->err) < 0 ? 1 : 0;
}

int ats_identify_prefix(const ats_input_opts *io, const void *buf, size_t len,
                        const ats_profile *base, const ats_profile *const *cands, size_t n,
                        ats_identity *out, ats_error *err)
{
    ats_identifier *id = NULL;
    ats_input *in = NULL;
    prescan s = {NULL, NULL, err};
    ats_parser_opts po;
    ats_parser_opts_default(&po);
    int rc = ats_identifier_new(&id, cands, n, err);
    if (rc == 0)
        rc = ats_parser_new(&s.ps, base, &po, pre_record, id, err);
    s.id = id;
    if (rc == 0)
        rc = ats_input_new(&in, io, pre_chunk, &s, err);
    /* what cannot be read here cannot be read by the real pass either: that
     * pass says why; here it only means no evidence */
    if (rc == 0 && ats_input_feed(in, buf, len, err) == 0)
        ats_input_finish(in, err);
    if (rc == 0 && s.ps)
        ats_parser_finish(s.ps, err);
    if (rc == 0)
        ats_identifier_result(id, ats_profile_id(base), out);
    ats_input_free(in);
    ats_parser_free(s.ps);
    ats_identifier_free(id);
    return rc;
}
