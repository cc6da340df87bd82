/* rule_misc.c - error-detail, unknown-command, orphan-response. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "../parser/profile.h"
#include "rules_util.h"

/* error-detail: an ERROR waiting to see whether the host follows the advice.
 * Not for a command the profile does not know, nor for the verbosity
 * command itself. */
typedef struct detail_wait {
    char norm[96];
    char command[100];
    char name[40];
    unsigned seen;
    int verbose_on;           /* verbose errors were switched on since */
    int cmee_unknown;         /* nothing had set or shown the error reporting */
    uint64_t line, txn;
    uint64_t chain;           /* its retry chain's id (the first attempt's), 0 none */
    int explained;            /* another rule's finding points at it (detail_finding) */
    ats_time time;
} detail_wait;

#define DETAIL_MAX 8
#define DETAIL_HELD 16

#define DETAIL_SEEN 32

typedef struct detail_state {
    double window;            /* command-failed's: the same answer window */
    /* the transactions other rules' findings pointed at lately, for the one
     * being checked (theirs run first: after_others) */
    uint64_t seen_txn[DETAIL_SEEN];
    size_t nseen;
    char verbose[80];         /* the profile's verbose-errors command ({verbose}) */
    detail_wait wait[DETAIL_MAX];
    size_t n;
    /* advice the host did not follow, held to the capture's end: another
     * rule's finding on the same transaction or its retry chain names the
     * cause already (send-length's 4096 bytes, socket-state's socket never
     * opened, async-overlap's open before +NETOPEN, retry-storm's storm,
     * judged when the run of attempts ends), and the advice is noise then
     * (detail_finding). Bounded: when full, the oldest is decided now. */
    detail_wait held[DETAIL_HELD];
    size_t nheld;
    /* commands already advised about: a host that sends the same failing
     * command twelve times (TinyGSM's AT+CGATT=1 loop) needs the advice
     * once, not once per answer window */
    char advised[DETAIL_MAX][96];
    size_t nadvised;
    /* the module answered some command with +CME ERROR: <err> where nothing
     * had set +CMEE: its error reporting is on, and 27.007 9.1 has the plain
     * ERROR under +CMEE 1 or 2 for a syntax error, an invalid parameter or a
     * command the TA does not have; verbose errors would not say more */
    int cme_shown;
} detail_state;

static void detail_init(ats_rule_ctx *c)
{
    detail_state *st = c->st;
    int failed = ats_rule_index("command-failed");
    st->window = failed >= 0 ? ats_eng_param(c->e, failed, "window") : 1;
    if (st->window < 1)
        st->window = 1;
    ats_classes_example(&c->e->rs->cls, C_VERBOSE_ERRORS, st->verbose, sizeof st->verbose);
}

static void detail_report(ats_rule_ctx *c, const detail_wait *d)
{
    detail_state *st = c->st;
    const char *vars[] = {"cmd", d->command, "verbose", st->verbose, NULL};
    /* which setting turns the detail on (AT+CMEE=2) is the profile's to say */
    ats_eng_violation(c->e, c->rule, d->line, d->time, d->txn, d->name, "%s",
                      ats_eng_msg(c->e, c->rule, NULL,
                                  "{cmd} returned ERROR while verbose errors are off; "
                                  "switching them on ({verbose}) and a repeat would tell why",
                                  vars));
    ats_eng_flush(c->e);
}

static void advised_add(detail_state *st, const char *norm)
{
    memcpy(st->advised[st->nadvised++ % DETAIL_MAX], norm, sizeof st->advised[0]);
}

/* Did another rule's finding lately point at transaction id? */
static int detail_seen(const detail_state *st, uint64_t id)
{
    for (size_t i = 0; id && i < st->nseen && i < DETAIL_SEEN; i++)
        if (st->seen_txn[i] == id)
            return 1;
    return 0;
}

/* The host did not follow the advice: held until the capture's end, when
 * every rule has said what it will about the transaction. */
static void detail_hold(ats_rule_ctx *c, const detail_wait *d)
{
    detail_state *st = c->st;
    advised_add(st, d->norm);
    if (d->explained)
        return;
    if (st->nheld == DETAIL_HELD) {
        detail_report(c, &st->held[0]);
        memmove(&st->held[0], &st->held[1], (DETAIL_HELD - 1) * sizeof st->held[0]);
        st->nheld--;
    }
    st->held[st->nheld++] = *d;
}

/* Another rule's finding: the advice held or waiting for its transaction
 * (or for an attempt of its retry chain, whose id the chain's findings
 * carry) would be noise next to it. retry-too-few's never come here (it
 * runs after the others too): that the host gave up too soon names no cause
 * of the ERROR. */
static void detail_finding(ats_rule_ctx *c, const ats_violation *v)
{
    detail_state *st = c->st;
    st->seen_txn[st->nseen++ % DETAIL_SEEN] = v->txn;
    for (size_t i = 0; i < st->n; i++)
        if (st->wait[i].txn == v->txn || (st->wait[i].chain && st->wait[i].chain == v->txn))
            st->wait[i].explained = 1;
    for (size_t i = 0; i < st->nheld;) {
        if (st->held[i].txn == v->txn || (st->held[i].chain && st->held[i].chain == v->txn)) {
            memmove(&st->held[i], &st->held[i + 1], (st->nheld - i - 1) * sizeof st->held[0]);
            st->nheld--;
            continue;
        }
        i++;
    }
}

static void drop(detail_state *st, size_t i)
{
    memmove(&st->wait[i], &st->wait[i + 1], (st->n - i - 1) * sizeof st->wait[0]);
    st->n--;
}

/* Does t set or read the error verbosity itself (AT+CMEE=2, AT+CMEE?)? */
static int verbosity_cmd(const ats_engine *e, const ats_txn *t)
{
    const cmd_class *cc = &e->rs->cls.cc[C_VERBOSE_ERRORS];
    for (size_t k = 0; k < t->ncmds; k++)
        for (int i = 0; i < cc->n; i++)
            if (cc->spec[i].name_len == t->cmds[k].name.len &&
                !memcmp(cc->spec[i].name, t->cmds[k].name.ptr, t->cmds[k].name.len))
                return 1;
    return 0;
}

/* error-detail waits a few commands: the host may follow its advice
 * (verbose errors on, then the repeat), and then there is nothing to say. */
static void detail_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    detail_state *st = c->st;
    char key[96];
    key[0] = 0;
    if (st->n || t->final_kind == ATS_FINAL_ERROR)   /* compared or kept below */
        txn_norm(t, key, sizeof key);
    int verbose_on = 0;
    if (cls_cmd(e, C_VERBOSE_ERRORS, t) && t->final_kind == ATS_FINAL_OK)
        for (size_t k = 0; k < t->ncmds; k++)
            if (t->cmds[k].nargs && t->cmds[k].args[0].len == 1 &&
                (t->cmds[k].args[0].ptr[0] == '1' || t->cmds[k].args[0].ptr[0] == '2'))
                verbose_on = 1;
    /* the host asked the module why (AT+CEER, u-blox AT+USOER: the profile's
     * diagnostic class): it has what a verbose error would have said */
    int asked = cls_cmd(e, C_DIAGNOSTIC, t) && !verbosity_cmd(e, t);
    int cmee_now = ats_st_at(&ats_eng_state(e)->cmee, t->first_line, NULL);   /* n + 1, 0 unknown */
    int cme = t->final_kind == ATS_FINAL_CME_ERROR && !cmee_now;
    st->cme_shown |= cme;
    for (size_t i = 0; i < st->n;) {
        detail_wait *d = &st->wait[i];
        int followed = asked || (d->verbose_on && !strcmp(d->norm, key)) ||
                       (cme && d->cmee_unknown);
        d->verbose_on |= verbose_on;
        if (followed || ++d->seen > (unsigned)st->window + 1) {
            if (!followed)
                detail_hold(c, d);
            drop(st, i);
            continue;
        }
        i++;
    }
    /* no advice to turn verbose errors on for the command that does it */
    if (t->final_kind == ATS_FINAL_ERROR)
        ats_eng_saw(e, c->rule);
    /* a command the profile does not know: its ERROR most likely says the
     * module does not have it either, which verbose errors would not improve
     * on (unknown-command names it) */
    if (t->final_kind != ATS_FINAL_ERROR || verbosity_cmd(e, t) || t->unknown_mask)
        return;
    /* a probe or an optional setting (the profile's classes, as for
     * command-failed): the host does without it, and without its reason;
     * a teardown (close, release): its failure almost always means already
     * closed, which a verbose error would only spell out */
    if (cls_cmd(e, C_PROBE, t) || cls_cmd(e, C_OPTIONAL, t) || cls_cmd(e, C_CLOSE, t) ||
        cls_cmd(e, C_DETACH, t))
        return;
    int cmee = cmee_now;
    int again = 0;                            /* the same advice once per repeated command */
    for (size_t i = 0; i < st->n; i++)
        again |= !strcmp(st->wait[i].norm, key);
    for (size_t i = 0; i < st->nadvised && i < DETAIL_MAX; i++)
        again |= !strcmp(st->advised[i], key);
    if (cmee == 2 || cmee == 3 || again || (!cmee && st->cme_shown))
        return;
    /* another rule (run before this one: after_others) has named the cause
     * already (send-length, socket-state, async-overlap): the same command
     * again needs no advice either */
    if (detail_seen(st, t->id) || detail_seen(st, t->retry_chain)) {
        advised_add(st, key);
        return;
    }
    if (st->n == DETAIL_MAX) {
        detail_hold(c, &st->wait[0]);
        drop(st, 0);
    }
    detail_wait *d = &st->wait[st->n++];
    memset(d, 0, sizeof *d);
    memcpy(d->norm, key, sizeof d->norm);
    snprintf(d->command, sizeof d->command, "%s", ats_eng_cmd(e, t));
    snprintf(d->name, sizeof d->name, "%.*s", t->ncmds ? (int)t->cmds[0].name.len : 0,
             t->ncmds ? t->cmds[0].name.ptr : "");
    d->line = t->final.line;
    d->time = t->final.time;
    d->txn = t->id;
    d->chain = t->retry_chain;
    d->cmee_unknown = !cmee;
}

static void detail_finish(ats_rule_ctx *c)
{
    detail_state *st = c->st;
    /* verbose errors switched on before the capture ended: the repeat may
     * simply lie beyond it */
    for (size_t i = 0; i < st->n; i++)
        if (!st->wait[i].verbose_on && !st->wait[i].explained)
            detail_report(c, &st->wait[i]);
    st->n = 0;
    /* in line order: held in the order they were decided */
    for (size_t i = 0; i < st->nheld; i++)
        detail_report(c, &st->held[i]);
    st->nheld = 0;
}

const ats_rule_desc ats_rule_error_detail = {
    .id = "error-detail",
    .severity = ATS_SEV_INFO,
    .summary = "an ERROR while verbose errors are off is worth switching them on and a repeat",
    .needs_classes = "verbose_errors",
    .state_size = sizeof(detail_state),
    .no_evidence = "no command got a plain ERROR in the capture",
    .needs = ATS_NEED_FAILURES,
    /* after the rules whose findings may name an ERROR's cause (detail_hold) */
    .after_others = 1,
    .on = {.init = detail_init, .txn = detail_txn, .finish = detail_finish,
           .finding = detail_finding},
};

/* unknown-command. A module's own profile is its manual: a command it does
 * not list is a typo, or one the module lacks. But a profile sums a manual
 * up, and a module answers to more than it lists (MC60's GNSS commands under
 * the M95 profile, a newer SLM's #XCLOSE): a name the capture shows the
 * module taking (below) is one it has, whatever the profile lists, so it is
 * counted and named in the reason, not reported, and its other uses (a GNSS
 * read refused before a fix) are not reported either; the typo this rule is
 * for is answered ERROR, or not at all, or is one slip from a listed name
 * (a vendor's own typed-up log shows AT+MIOPEN answered OK). A known name in a form its manual
 * lacks is still reported when taken: modules answer OK to settings they
 * ignore. The generic profile (one with
 * no "identify": 3gpp, the fallback when no module was identified) knows
 * only the standards, so a vendor's command (+CGPS, ^SYSINFOEX) is unknown
 * to it whether or not the module has it: such a name is judged only where
 * the module's answer says it does not recognize it (the `not_recognized`
 * class: Huawei's COMMAND NOT SUPPORT); the others are counted and named in
 * the reason, not reported. No +CME ERROR says so: 27.007 9.2 gives +CME
 * ERROR to errors of the MT's functions on a command the TA took ("4
 * operation not supported" is a known command refused: a wrong value, mode
 * or firmware, Sierra's AT!IMPREF? on an EM9191; "100 unknown" is an
 * unknown error), and V.250's plain ERROR answers a bad parameter as well as
 * an unrecognized name. A name the same capture shows the module taking (OK,
 * an answer line, its prompt) is one it has, so a refusal is not reported
 * then; refusals wait for the capture's end, which may show that. */
#define UNK_REFUSED 8
#define UNK_TAKEN 32

typedef struct unk_refusal {
    char name[64];
    char msg[512];            /* the finding as it will read */
    uint64_t line, final_line, txn;
    ats_time time;
} unk_refusal;

typedef struct unknown_state {
    int generic;              /* the profile names no module */
    uint64_t skipped, first_line;
    char first[64];
    unk_refusal refused[UNK_REFUSED];
    size_t nrefused;
    char taken[UNK_TAKEN][64];   /* vendor names the module took */
    uint64_t taken_line[UNK_TAKEN];
    size_t ntaken;
    uint64_t refused_taken, refused_taken_line, refused_taken_at;
    char refused_taken_name[64];
    uint64_t unlisted, unlisted_line;   /* names a module's profile lacks but the module took */
    char unlisted_first[64];
    uint64_t unanswered, unanswered_line;   /* ... and it did not answer: no evidence */
    char unanswered_first[64];
} unknown_state;

static void unknown_init(ats_rule_ctx *c)
{
    unknown_state *st = c->st;
    st->generic = !json_object_get((const json_t *)ats_profile_json(c->e->rs->p), "identify");
}

/* The module's answer shows it has the command: OK, CONNECT, a line of
 * answer, its prompt. */
static int taken(const ats_txn *t)
{
    return (t->flags & ATS_TF_PROMPT) || t->nresponses ||
           t->final_kind == ATS_FINAL_OK || t->final_kind == ATS_FINAL_PROFILE_OK ||
           t->final_kind == ATS_FINAL_CONNECT;
}

static void unknown_refusal_report(ats_rule_ctx *c, const unk_refusal *r)
{
    ats_engine *e = c->e;
    ats_eng_violation(e, c->rule, r->line, r->time, r->txn, r->name, "%s", r->msg);
    if (r->final_line)
        ats_eng_related(e, r->final_line, "the module's answer");
    ats_eng_flush(e);
}

static size_t unknown_taken_at(const unknown_state *st, const char *name)
{
    for (size_t i = 0; i < st->ntaken; i++)
        if (!strcmp(st->taken[i], name))
            return i;
    return (size_t)-1;
}

/* A finding waits for the capture's end, which may show the module taking
 * the name; bounded: when full, the oldest is decided now. */
static unk_refusal *unknown_defer(ats_rule_ctx *c, const ats_txn *t, const char *name,
                                  int with_final)
{
    unknown_state *st = c->st;
    if (st->nrefused == UNK_REFUSED) {
        if (unknown_taken_at(st, st->refused[0].name) == (size_t)-1)
            unknown_refusal_report(c, &st->refused[0]);
        memmove(&st->refused[0], &st->refused[1], (UNK_REFUSED - 1) * sizeof st->refused[0]);
        st->nrefused--;
    }
    unk_refusal *r = &st->refused[st->nrefused++];
    snprintf(r->name, sizeof r->name, "%s", name);
    r->line = t->first_line;
    r->final_line = with_final ? t->final.line : 0;
    r->txn = t->id;
    r->time = t->command.time;
    return r;
}

static void unknown_note_taken(unknown_state *st, const char *name, uint64_t line)
{
    if (st->ntaken < UNK_TAKEN && unknown_taken_at(st, name) == (size_t)-1) {
        snprintf(st->taken[st->ntaken], sizeof st->taken[0], "%s", name);
        st->taken_line[st->ntaken++] = line;
    }
}

/* The name the first answer line starts with (+CPIN of "+CPIN: READY", or
 * of an echo "AT+CPIN?"), when the profile lists it and it is not the
 * command's own: the module answered another command than the log shows (a byte lost in the capture,
 * a typo in a typed-up log), so its taking the command says nothing. */
static int answered_as(const ats_profile *p, const ats_txn *t, const ats_subcmd *sc, char *out,
                       size_t cap)
{
    out[0] = 0;
    for (size_t i = 0; i < t->nresponses; i++) {
        const char *s = t->responses[i].text.ptr;
        size_t n = t->responses[i].text.len, k = 1;
        /* its echo as the module read it: AT+CPIN? for the log's AT+PIN? */
        int echo = n > 3 && !ats_ascii_casecmp(s, 2, "AT", 2);
        if (echo)
            s += 2, n -= 2;
        if (n < 2 || !strchr("+%#^$", s[0]))
            continue;
        while (k < n && s[k] != ':' && s[k] != ' ' && s[k] != '?' && s[k] != '=' && k < 32)
            k++;
        if ((!echo && (k == n || s[k] != ':')) ||
            (k == sc->name.len && !ats_ascii_casecmp(s, k, sc->name.ptr, k)))
            return 0;
        if (!ats_profile_has_name(p, s, k))
            return 0;
        snprintf(out, cap, "%.*s", (int)k, s);
        return 1;
    }
    return 0;
}

static void unknown_txn(ats_rule_ctx *c, const ats_txn *t)
{
    ats_engine *e = c->e;
    unknown_state *st = c->st;
    const ats_profile *p = e->rs->p;
    int failed = ats_final_is_failure(t->final_kind);
    char near[64], other[64] = "";
    for (size_t k = 0; k < t->ncmds && k < 32; k++) {
        if (!(t->unknown_mask & (1u << k)))
            continue;
        const ats_subcmd *sc = &t->cmds[k];
        char name[64];
        ats_eng_text(name, sizeof name, sc->name);
        if (!sc->name.len) {
            ats_eng_violation(e, c->rule, t->first_line, t->command.time, t->id, ats_eng_cmd(e, t),
                              "%s is not AT command syntax", ats_eng_cmd(e, t));
        } else if (st->generic && failed && sc->name.len >= 6 &&
                   ats_profile_near_name(p, sc->name.ptr, sc->name.len, 2, near, sizeof near) &&
                   sc->name.len <= strlen(near)) {
            /* the standards alone judge no vendor's name, but one refused
             * that is a standard name with a letter dropped, changed or two
             * swapped past its family letter (+CGDCNT for +CGDCONT) is the
             * typo this rule is for; not a standard name with a letter
             * more (SIMCom's +CSOCON beside +CSCON) nor another family
             * letter (+QCSQ beside +CSQ): vendors name their own so. A take
             * elsewhere undoes it */
            unk_refusal *r = unknown_defer(c, t, name, 1);
            snprintf(r->msg, sizeof r->msg, "%s is not a command of the %s profile (in %s); it has %s",
                     name, ats_profile_id(p), ats_eng_cmd(e, t), near);
        } else if (st->generic && !(failed && cls_line(e, L_NOT_RECOGNIZED, t->final.text) &&
                                    !(sc->type == ATS_CMD_SET && sc->args_raw.len))) {
            /* a setting refused so says nothing of the name:
             * modules refuse a value or mode they lack so (SARA-R410M's
             * AT+UPSV=4, a band outside the model's); an unknown name is
             * refused in every form, and only a bare form shows that */
            if (!st->skipped++) {
                snprintf(st->first, sizeof st->first, "%s", name);
                st->first_line = t->first_line;
            }
            if (taken(t))
                unknown_note_taken(st, name, t->first_line);
        } else if (st->generic) {
            char res[80];
            ats_eng_text(res, sizeof res, t->final.text);
            unk_refusal *r = unknown_defer(c, t, name, 1);
            snprintf(r->msg, sizeof r->msg,
                     "%s is not a command of the %s profile (in %s), and the module answered %s",
                     name, ats_profile_id(p), ats_eng_cmd(e, t), res);
        } else if (ats_profile_has_name(p, sc->name.ptr, sc->name.len)) {
            char args[120];
            ats_eng_text(args, sizeof args, sc->args_raw);
            /* no name: the module taking another form of a known name
             * says nothing of this one */
            unk_refusal *r = unknown_defer(c, t, "", 0);
            snprintf(r->msg, sizeof r->msg, "AT%s%s%s: the %s profile knows no such form or setting of %s",
                     name, sc->type == ATS_CMD_READ ? "?" : sc->type == ATS_CMD_TEST ? "=?"
                     : sc->type == ATS_CMD_SET ? "=" : "",
                     args, ats_profile_id(p), name);
        } else if (taken(t) && !failed && !answered_as(p, t, sc, other, sizeof other) &&
                   /* a vendor's name sits one slip from another's in short
                    * names (+CNMP, +CMNB beside +CNMI) and in the family
                    * letter (+MIPSEND, +CIPSEND): not taken for typos */
                   (sc->name.len < 6 ||
                    !ats_profile_near_name(p, sc->name.ptr, sc->name.len, 2, near, sizeof near))) {
            if (!st->unlisted++) {
                snprintf(st->unlisted_first, sizeof st->unlisted_first, "%s", name);
                st->unlisted_line = t->first_line;
            }
            unknown_note_taken(st, name, t->first_line);
        } else if (other[0]) {
            unk_refusal *r = unknown_defer(c, t, "", 0);
            snprintf(r->msg, sizeof r->msg,
                     "%s is not a command of the %s profile (in %s), and the answer is %s's: "
                     "the log's command is not what the module read",
                     name, ats_profile_id(p), ats_eng_cmd(e, t), other);
        } else if (ats_profile_near_name(p, sc->name.ptr, sc->name.len, 1, near, sizeof near)) {
            /* a slip of a listed name: the typo this rule is for, taken or not
             * (a vendor's typed-up log shows AT+MIOPEN answered OK) */
            unk_refusal *r = unknown_defer(c, t, "", 0);
            snprintf(r->msg, sizeof r->msg, "%s is not a command of the %s profile (in %s); it has %s",
                     name, ats_profile_id(p), ats_eng_cmd(e, t), near);
        } else if (t->final_kind == ATS_FINAL_NONE) {
            /* no answer at all (the capture ended, the module hung): a
             * module refuses a command it does not know, so its silence
             * says nothing of the name (Neoway's AT+MQTTDISCONN last in a
             * log, its siblings AT+MQTTCONN and AT+MQTTPUB taken) */
            if (!st->unanswered++) {
                snprintf(st->unanswered_first, sizeof st->unanswered_first, "%s", name);
                st->unanswered_line = t->first_line;
            }
        } else {
            unk_refusal *r = unknown_defer(c, t, name, 0);
            snprintf(r->msg, sizeof r->msg, "%s is not a command of the %s profile (in %s)", name,
                     ats_profile_id(p), ats_eng_cmd(e, t));
        }
    }
}

static void unknown_finish(ats_rule_ctx *c)
{
    unknown_state *st = c->st;
    for (size_t k = 0; k < st->nrefused; k++) {
        const unk_refusal *r = &st->refused[k];
        size_t i = unknown_taken_at(st, r->name);
        if (i == (size_t)-1) {
            unknown_refusal_report(c, r);
            continue;
        }
        if (!st->refused_taken++) {
            snprintf(st->refused_taken_name, sizeof st->refused_taken_name, "%s", r->name);
            st->refused_taken_line = r->line;
            st->refused_taken_at = st->taken_line[i];
        }
    }
    char why[256];   /* cut to the reason's size below */
    if (st->refused_taken)
        snprintf(why, sizeof why,
                 "%s %s (line %" PRIu64 ")%s, but taken at line %" PRIu64
                 ": the module has it, the refusal says not then",
                 st->refused_taken_name, st->generic ? "refused as not recognized" : "failed",
                 st->refused_taken_line, st->refused_taken > 1 ? " and more" : "",
                 st->refused_taken_at);
    else if (st->skipped)
        snprintf(why, sizeof why,
                 "%" PRIu64 " vendor command%s (%s, line %" PRIu64 "%s) not judged: the %s profile "
                 "names no module and knows only the standard commands",
                 st->skipped, st->skipped > 1 ? "s" : "", st->first, st->first_line,
                 st->skipped > 1 ? ", ..." : "", ats_profile_id(c->e->rs->p));
    else if (st->unlisted)
        snprintf(why, sizeof why,
                 "%" PRIu64 " command%s the %s profile does not list (%s, line %" PRIu64 "%s) "
                 "not judged: the module took %s",
                 st->unlisted, st->unlisted > 1 ? "s" : "", ats_profile_id(c->e->rs->p),
                 st->unlisted_first, st->unlisted_line, st->unlisted > 1 ? ", ..." : "",
                 st->unlisted > 1 ? "them" : "it");
    else if (st->unanswered)
        why[0] = 0;
    else
        return;
    if (st->unanswered && why[0]) {
        size_t k = strlen(why);
        snprintf(why + k, sizeof why - k, "; %" PRIu64 " more not answered (%s, line %" PRIu64 ")",
                 st->unanswered, st->unanswered_first, st->unanswered_line);
    } else if (st->unanswered)
        snprintf(why, sizeof why,
                 "%" PRIu64 " command%s the %s profile does not list (%s, line %" PRIu64 "%s) "
                 "not judged: the module did not answer, and a module refuses what it does not know",
                 st->unanswered, st->unanswered > 1 ? "s" : "", ats_profile_id(c->e->rs->p),
                 st->unanswered_first, st->unanswered_line, st->unanswered > 1 ? ", ..." : "");
    ats_eng_partly(c->e, c->rule, why);
}

const ats_rule_desc ats_rule_unknown_command = {
    .id = "unknown-command",
    .severity = ATS_SEV_INFO,
    .summary = "every command and setting is one the profile knows (catches typos); under a "
               "profile that names no module (3gpp) a vendor command only where the module "
               "refuses it as unknown",
    .state_size = sizeof(unknown_state),
    .on = {.init = unknown_init, .txn = unknown_txn, .finish = unknown_finish},
};

/* orphan-response: consecutive lines outside any command, one finding. */
typedef struct orphan_run {
    uint64_t first, last, count;
    ats_time time;
    int open;
    int final;                /* its first line is a final result */
    int headings;             /* every line of it reads as a manual's heading */
    int word;                 /* one line, one word of a capital and lower-case letters */
    char text[100];           /* its first line, escaped */
} orphan_run;

#define PRE_RUNS 8

/* The run being built; before the first transaction the runs wait, since
 * those before the first command are context. */
typedef struct orphan_state {
    orphan_run run;
    orphan_run pre[PRE_RUNS];
    size_t npre;
    int seen_txn;
    double final_after_completion;   /* the profile: a report ends with its own final */
    int after_completion;     /* the last record was an async command's completion */
    uint64_t help_line;       /* the last line of a manual's help text (a note), 0: none */
    int generic;              /* the profile names no module (3gpp, the fallback) */
    int md_section;           /* text lines since a Markdown heading, nothing else between */
    int after_traffic;        /* the last record was the modem's or the host's, no text since */
    uint64_t prose_line;      /* the last line of prose with no traffic after it, 0: none */
    /* the finals of the commands so far: in words (V.250 ATV1), in digits (ATV0) */
    int finals_words, finals_digits;
    uint64_t unknown_text, unknown_first;   /* text lines left unjudged under it */
    char unknown_example[48];
    /* the paste's blocks (Jira {noformat}/{code}, BBCode [code], a Markdown
     * fence): in_block inside one; block_txn a command came inside one, so
     * the blocks hold the log and what lies outside them is the writer's */
    int in_block, block_txn;
    /* the names of a mail's senders (its From: headers, a quote's "<name>
     * wrote:"), words of up to 23 bytes: a line of them alone is the
     * sign-off of the mail the log came in */
    char sender[8][24];
    size_t nsender;
    /* an undirected capture where the module took ATE0 and no command has
     * shown since: a terminal that shows only what the module sent hides
     * the commands from then on, so its answers are no orphans */
    uint64_t echo_off_line, hidden, hidden_first;
} orphan_state;

static void orphan_init(ats_rule_ctx *c)
{
    orphan_state *st = c->st;
    st->final_after_completion = ats_eng_param(c->e, c->rule, "final_after_completion");
    st->generic = !json_object_get((const json_t *)ats_profile_json(c->e->rs->p), "identify");
}

/* Modem output is upper case by convention: V.250 result codes, "+NAME:"
 * information text, "RDY", "SMS Ready", hex data. A line with a word of
 * three or more lower-case letters (not all hex digits) outside double
 * quotes is somebody's prose: an application's print, not modem text; so is
 * a sentence, a line ending in a full stop after a lower-case letter or a
 * bracket ("Done.", "RSSI -79 dBm.", ubxlib's example prints): no result
 * code, information text or URC ends so. Nor does modem text carry CJK
 * ideographs or full-width punctuation outside quotes (a reporter's
 * "求助，谢谢！" under the log; a module's Chinese is an SMS body or a
 * quoted operator name, inside its command's answer). */
static int cjk_prose_at(const char *p, size_t n)
{
    const unsigned char *u = (const unsigned char *)p;
    if (n < 3 || (u[1] & 0xc0) != 0x80 || (u[2] & 0xc0) != 0x80)
        return 0;
    if (u[0] == 0xe3 && u[1] == 0x80 && (u[2] == 0x81 || u[2] == 0x82))   /* 、 。 */
        return 1;
    if (u[0] == 0xef && u[1] == 0xbc &&   /* ！ ， ： ； ？ */
        (u[2] == 0x81 || u[2] == 0x8c || u[2] == 0x9a || u[2] == 0x9b || u[2] == 0x9f))
        return 1;
    return u[0] >= 0xe4 && u[0] <= 0xe9;   /* U+4E00..U+9FFF, a CJK ideograph */
}

/* A sentence's end: '?', '!' or '.' last ("Does it look right?"), not a
 * heading's or a label's words. */
static int sentence_end(ats_span s)
{
    ats_trim_blanks(&s.ptr, &s.len);
    return s.len && s.ptr[s.len - 1] && strchr("?!.", s.ptr[s.len - 1]);
}

/* One word in title case, letters only ("Anna", "Marc"): a name. */
static int title_word(ats_span s)
{
    ats_trim_blanks(&s.ptr, &s.len);
    size_t n = s.len;
    if (n < 2 || n > 24 || s.ptr[0] < 'A' || s.ptr[0] > 'Z')
        return 0;
    for (size_t i = 1; i < n; i++)
        if (s.ptr[i] < 'a' || s.ptr[i] > 'z')
            return 0;
    return 1;
}

static int prose_like(ats_span s)
{
    size_t n = s.len;
    while (n && (s.ptr[n - 1] == ' ' || s.ptr[n - 1] == '\t'))
        n--;
    if (n >= 2 && s.ptr[n - 1] == '.' &&
        ((s.ptr[n - 2] >= 'a' && s.ptr[n - 2] <= 'z') || s.ptr[n - 2] == ')'))
        return 1;
    /* a program's status line ending in an ellipsis after a word
     * ("Terminating...", picocom's exit; "Connecting..."): no modem's */
    if (n >= 4 && !memcmp(s.ptr + n - 3, "...", 3) && s.ptr[n - 4] >= 'a' && s.ptr[n - 4] <= 'z')
        return 1;
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
            if (!inq && cjk_prose_at(s.ptr + i, s.len - i))
                return 1;
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

/* A Markdown code fence ("```", "```text", "~~~") a reporter put around the
 * log: the reader keeps it when it did not take the paste as fenced (a
 * sentence before the fence). No modem prints three backticks or tildes,
 * nor a Markdown heading ("### Hardware" of an issue template after the
 * paste): one to six '#', a blank, a word (Telit's "#XSOCKET:" has no
 * blank). */
static int md_heading(ats_span s)
{
    /* Jira's and Confluence's wiki headings: "h1." .. "h6.", a blank, a word */
    if (s.len > 4 && s.ptr[0] == 'h' && s.ptr[1] >= '1' && s.ptr[1] <= '6' && s.ptr[2] == '.' &&
        s.ptr[3] == ' ' && ((s.ptr[4] >= 'A' && s.ptr[4] <= 'Z') || (s.ptr[4] >= 'a' && s.ptr[4] <= 'z')))
        return 1;
    size_t h = 0;
    while (h < s.len && h < 7 && s.ptr[h] == '#')
        h++;
    return h >= 1 && h <= 6 && h + 1 < s.len && s.ptr[h] == ' ' &&
           ((s.ptr[h + 1] >= 'A' && s.ptr[h + 1] <= 'Z') ||
            (s.ptr[h + 1] >= 'a' && s.ptr[h + 1] <= 'z'));
}

static int fence_line(ats_span s)
{
    if (md_heading(s))
        return 1;
    size_t i = 0;
    while (i < s.len && i < 3 && s.ptr[i] == ' ')
        i++;
    if (s.len - i < 3 || (memcmp(s.ptr + i, "```", 3) && memcmp(s.ptr + i, "~~~", 3)))
        return 0;
    for (i += 3; i < s.len; i++)
        if (!((s.ptr[i] >= 'a' && s.ptr[i] <= 'z') || (s.ptr[i] >= 'A' && s.ptr[i] <= 'Z') ||
              (s.ptr[i] >= '0' && s.ptr[i] <= '9') || strchr("`~ _+-.", s.ptr[i])))
            return 0;
    return 1;
}

/* A manual's heading around its syntax blocks ("Execution Command",
 * "Maximum Response Time 300ms", "Parameter"): one to six words, each a
 * capital and lower-case letters or a number with its unit, one of them a
 * word of four lower-case letters or more. A modem's report can read so
 * ("Call Ready"): a heading is one only beside a manual's help text. */
static int heading_like(ats_span s)
{
    size_t i = 0, words = 0;
    int longword = 0;
    while (i < s.len) {
        while (i < s.len && (s.ptr[i] == ' ' || s.ptr[i] == '\t'))
            i++;
        if (i == s.len)
            break;
        size_t j = i;
        if (s.ptr[j] >= 'A' && s.ptr[j] <= 'Z') {
            j++;
            while (j < s.len && s.ptr[j] >= 'a' && s.ptr[j] <= 'z')
                j++;
            longword |= j - i >= 5;
        } else if (s.ptr[j] >= '0' && s.ptr[j] <= '9') {
            while (j < s.len && ((s.ptr[j] >= '0' && s.ptr[j] <= '9') || s.ptr[j] == '.'))
                j++;
            while (j < s.len && s.ptr[j] >= 'a' && s.ptr[j] <= 'z')
                j++;
        }
        if (j == i || (j < s.len && s.ptr[j] != ' ' && s.ptr[j] != '\t'))
            return 0;
        words++;
        i = j;
    }
    return words >= 1 && words <= 6 && longword;
}

/* A word a person writes: a capital and lower-case letters ("Thanks",
 * "Marc"); returns its end, or 0. */
static size_t name_word(ats_span s, size_t i)
{
    if (i >= s.len || s.ptr[i] < 'A' || s.ptr[i] > 'Z')
        return 0;
    size_t j = i + 1;
    while (j < s.len && s.ptr[j] >= 'a' && s.ptr[j] <= 'z')
        j++;
    return j - i >= 2 ? j : 0;
}

/* The word a mail's closing ends with ("Kind regards", "Thanks", "Best"). */
static int closing_word(const char *p, size_t n)
{
    static const char *const words[] = {"regards", "thanks", "cheers", "best", "wishes",
                                        "greetings"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (n == strlen(words[k]) && !strncasecmp(p, words[k], n))
            return 1;
    return 0;
}

/* A mail's closing without its comma ("Best regards", "Thanks!", "Cheers")
 * or the signature's delimiter ("-- "): one to three words, the last a
 * closing word; no modem prints either. */
static int closing_like(ats_span s)
{
    size_t n = s.len;
    while (n && (s.ptr[n - 1] == ' ' || s.ptr[n - 1] == '\t'))
        n--;
    if (n == 2 && s.ptr[0] == '-' && s.ptr[1] == '-')
        return 1;
    if (n && (s.ptr[n - 1] == '!' || s.ptr[n - 1] == '.'))
        n--;
    size_t i = 0, words = 0, w0 = 0;
    while (i < n) {
        size_t j = words ? i : name_word((ats_span){s.ptr, n}, i);
        if (words)
            while (j < n && ((s.ptr[j] >= 'a' && s.ptr[j] <= 'z') || (s.ptr[j] >= 'A' && s.ptr[j] <= 'Z')))
                j++;
        if (j == i || ++words > 3)
            return 0;
        w0 = i;
        i = j;
        if (i < n && s.ptr[i] != ' ')
            return 0;
        while (i < n && s.ptr[i] == ' ')
            i++;
    }
    return words && closing_word(s.ptr + w0, i - w0);
}

/* A letter's sign-off ("Best,", "Thanks, Marc", "Kind regards,"): one to
 * four words of a capital and lower-case letters, a comma after one of
 * them. Modem text separates values with commas, but its values are
 * numbers, quoted strings or upper case; none of them ends a line with a
 * comma. */
static int signoff_like(ats_span s)
{
    if (closing_like(s))
        return 1;
    size_t i = 0, words = 0;
    int comma = 0;
    while (i < s.len && words < 5) {
        size_t j = name_word(s, i);
        if (!j) {
            /* "regards" of "Kind regards,": lower case after the first */
            if (!words || s.ptr[i] < 'a' || s.ptr[i] > 'z')
                return 0;
            for (j = i; j < s.len && s.ptr[j] >= 'a' && s.ptr[j] <= 'z'; j++)
                ;
        }
        words++;
        if (j < s.len && s.ptr[j] == ',') {
            comma = 1;
            j++;
        }
        while (j < s.len && (s.ptr[j] == ' ' || s.ptr[j] == '\t'))
            j++;
        i = j;
    }
    return i == s.len && comma && words >= 1 && words <= 4;
}

/* A sentence of the reporter's that ends in the sign-off ("... after the
 * last line. Regards,", "Any idea? Thanks,"): a sentence's end, a blank, a
 * closing word and its comma at the line's end; the name under it is the
 * reporter's, as under a sign-off line of its own. No modem text ends a
 * line with a word and a comma. */
static int signoff_tail(ats_span s)
{
    size_t n = s.len;
    while (n && (s.ptr[n - 1] == ' ' || s.ptr[n - 1] == '\t'))
        n--;
    if (n < 2 || s.ptr[n - 1] != ',')
        return 0;
    size_t e = n - 1, b = e;
    while (b && ((s.ptr[b - 1] >= 'a' && s.ptr[b - 1] <= 'z') ||
                 (s.ptr[b - 1] >= 'A' && s.ptr[b - 1] <= 'Z')))
        b--;
    if (b < 3 || s.ptr[b - 1] != ' ' || !strchr(".!?", s.ptr[b - 2]))
        return 0;
    return closing_word(s.ptr + b, e - b);
}

/* An ordered list's item a wiki page or a mail numbers its steps with
 * ("3. Dial NDIS", "2) Check the SIM"): a number, '.' or ')', a blank, a
 * word of a capital and lower-case letters. No modem text opens so. */
static int list_item(ats_span s)
{
    size_t i = 0;
    while (i < s.len && i < 2 && s.ptr[i] >= '0' && s.ptr[i] <= '9')
        i++;
    if (!i || i + 2 >= s.len || (s.ptr[i] != '.' && s.ptr[i] != ')') || s.ptr[i + 1] != ' ')
        return 0;
    size_t j = name_word(s, i + 2);
    return j && j - (i + 2) >= 3;
}

/* Jira's and Confluence's wiki markup for the writer's own lines: a quote
 * ("bq. "), a table's header row ("||Module||Firmware||"), a bold label
 * ("*Priority:* Major"). No modem text opens so. */
static int wiki_line(ats_span s)
{
    if (s.len > 4 && !memcmp(s.ptr, "bq. ", 4))
        return 1;
    if (s.len > 4 && !memcmp(s.ptr, "||", 2) && !memcmp(s.ptr + s.len - 2, "||", 2))
        return 1;
    if (s.len > 3 && s.ptr[0] == '*' && s.ptr[1] >= 'A' && s.ptr[1] <= 'Z') {
        const char *e = memchr(s.ptr + 1, '*', s.len - 1);
        return e && e > s.ptr + 2 && e[-1] == ':';
    }
    return 0;
}

/* A line that opens or closes a block a tracker or forum put the log in (the
 * wrapper definitions' block_open / block_close, formats/forum-blocks.json,
 * code-fence.json): the layer's note of it says so (f, its flags), or, where
 * the layer was not taken, a line left as text is asked about; a tag that
 * does both (the same tag or fence either way) closes the open block, else
 * opens one. */
static void block_note(orphan_state *st, unsigned f)
{
    f &= ATS_LF_BLOCK_OPEN | ATS_LF_BLOCK_CLOSE;
    if (f == ATS_LF_BLOCK_OPEN || (f && f != ATS_LF_BLOCK_CLOSE && !st->in_block))
        st->in_block = 1;
    else if (f)
        st->in_block = 0;
}

static int name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0x80 ||
           c == '\'' || c == '-';
}

static void sender_word(orphan_state *st, const char *p, size_t n)
{
    while (n && (p[n - 1] == '-' || p[n - 1] == '\''))
        n--;
    if (n < 2 || n >= sizeof st->sender[0] || st->nsender == sizeof st->sender / sizeof st->sender[0])
        return;
    for (size_t k = 0; k < st->nsender; k++)
        if (strlen(st->sender[k]) == n && !strncasecmp(st->sender[k], p, n))
            return;
    memcpy(st->sender[st->nsender], p, n);
    st->sender[st->nsender++][n] = 0;
}

/* The name words of a span ("Li Wei", "\"Wei, Li\""), up to four. */
static void sender_words(orphan_state *st, const char *p, size_t n)
{
    size_t i = 0, words = 0;
    while (i < n && words < 4) {
        while (i < n && !name_char(p[i]))
            i++;
        size_t j = i;
        while (j < n && name_char(p[j]))
            j++;
        if (j > i) {
            sender_word(st, p + i, j - i);
            words++;
        }
        i = j;
    }
}

/* A mail header naming its sender: "From: Li Wei <li.wei@example.com>",
 * "From: \"Wei, Li\" <...>", "From: Li Wei [mailto:...]", "From:
 * li.wei@example.com" (the address's local part then), and a quote's
 * attribution "On <date>, Li Wei <li.wei@example.com> wrote:". */
static void sender_header(orphan_state *st, ats_span s)
{
    size_t n = s.len;
    while (n && (s.ptr[n - 1] == ' ' || s.ptr[n - 1] == '\t'))
        n--;
    if (n > 6 && !strncasecmp(s.ptr, "From:", 5)) {
        const char *p = s.ptr + 5, *end = s.ptr + n;
        while (p < end && *p == ' ')
            p++;
        const char *lt = memchr(p, '<', (size_t)(end - p)), *br = memchr(p, '[', (size_t)(end - p));
        const char *stop = lt && (!br || lt < br) ? lt : br ? br : end;
        size_t before = st->nsender;
        if (!memchr(p, '@', (size_t)(stop - p)))
            sender_words(st, p, (size_t)(stop - p));
        if (st->nsender == before) {   /* an address alone: its local part */
            const char *a = lt ? lt + 1 : p, *at = memchr(a, '@', (size_t)(end - a));
            if (at)
                for (const char *w = a; w < at;) {
                    const char *e = w;
                    while (e < at && *e != '.' && *e != '_' && *e != '-')
                        e++;
                    sender_word(st, w, (size_t)(e - w));
                    w = e + 1;
                }
        }
        return;
    }
    if (n > 12 && !memcmp(s.ptr + n - 7, " wrote:", 7)) {
        /* the address, or " wrote:" where a client gives the name alone */
        const char *lt = s.ptr + n - 7;
        for (size_t k = n - 7; k > 0; k--)
            if (s.ptr[k] == '<') {
                lt = s.ptr + k;
                break;
            }
        /* the capitalised words right before the address, back to a comma
         * or a number (the date's) */
        const char *b = lt;
        size_t words = 0;
        while (b > s.ptr && words < 4) {
            const char *e = b;
            while (e > s.ptr && e[-1] == ' ')
                e--;
            const char *w = e;
            while (w > s.ptr && name_char(w[-1]))
                w--;
            if (w == e || !(*w >= 'A' && *w <= 'Z'))
                break;
            b = w;
            words++;
        }
        if (words)
            sender_words(st, b, (size_t)(lt - b));
    }
}

/* A line that is the mail's sender's name alone, as its sign-off: a given
 * name, the full name, initials ("Li", "Li Wei", "LW", "L.W.", "- Li"). */
static int sender_line(const orphan_state *st, ats_span s)
{
    if (!st->nsender)
        return 0;
    size_t i = 0, n = s.len;
    while (n && strchr(" \t.,!", s.ptr[n - 1]))
        n--;
    while (i < n && strchr(" \t-~", s.ptr[i]))
        i++;
    if (i + 3 <= n && (unsigned char)s.ptr[i] == 0xe2 && (unsigned char)s.ptr[i + 1] == 0x80 &&
        ((unsigned char)s.ptr[i + 2] == 0x93 || (unsigned char)s.ptr[i + 2] == 0x94))
        for (i += 3; i < n && s.ptr[i] == ' '; i++)   /* an en or em dash */
            ;
    if (i >= n || n - i > 64)
        return 0;
    /* initials run together: "LW", "L.W." */
    char ini[8];
    size_t ni = 0, k = i;
    for (; k < n && ni < sizeof ini; k++) {
        if (s.ptr[k] >= 'A' && s.ptr[k] <= 'Z')
            ini[ni++] = s.ptr[k];
        else if (s.ptr[k] != '.')
            break;
    }
    if (k == n && ni >= 2 && ni <= st->nsender) {
        /* each initial a word of the name's, in any order ("Wei, Li": LW) */
        unsigned used = 0;
        size_t m = 0;
        for (; m < ni; m++) {
            size_t w = 0;
            while (w < st->nsender && ((used >> w & 1) || (st->sender[w][0] & ~0x20) != ini[m]))
                w++;
            if (w == st->nsender)
                break;
            used |= 1u << w;
        }
        if (m == ni)
            return 1;
    }
    size_t words = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && name_char(s.ptr[j]))
            j++;
        size_t l = j - i;
        int hit = 0;
        if (l == 1 && s.ptr[i] >= 'A' && s.ptr[i] <= 'Z') {   /* an initial, "W." */
            for (size_t w = 0; w < st->nsender && !hit; w++)
                hit = st->sender[w][0] == s.ptr[i];
            if (j < n && s.ptr[j] == '.')
                j++;
        } else {
            for (size_t w = 0; w < st->nsender && !hit; w++)
                hit = strlen(st->sender[w]) == l && !strncasecmp(st->sender[w], s.ptr + i, l);
        }
        if (!hit || ++words > 4)
            return 0;
        while (j < n && s.ptr[j] == ' ')
            j++;
        if (j == i)
            return 0;
        i = j;
    }
    return words > 0;
}

/* A note the builder made of a manual's help text: a command or an answer
 * written in the manual's terms ("AT+CSQ=?", "+CSQ: <rssi>,<ber>"), not a
 * comment a log's author wrote ("// ..."). */
static int help_note(ats_span s)
{
    return s.len >= 2 && (((s.ptr[0] == 'A' || s.ptr[0] == 'a') &&
                           (s.ptr[1] == 'T' || s.ptr[1] == 't')) ||
                          s.ptr[0] == '+' || memchr(s.ptr, '<', s.len) != NULL);
}

static void orphan_emit(ats_rule_ctx *c, const orphan_run *r)
{
    ats_engine *e = c->e;
    if (r->count == 1 && r->final)
        ats_eng_violation(e, c->rule, r->first, r->time, 0, r->text,
                          "final result %s with no command waiting for it", r->text);
    else if (r->count == 1)
        ats_eng_violation(e, c->rule, r->first, r->time, 0, "text",
                          "modem text with no command waiting: %s", r->text);
    else {
        ats_eng_violation(e, c->rule, r->first, r->time, 0, r->final ? r->text : "text",
                          "%" PRIu64 " lines of modem text with no command waiting (lines %" PRIu64
                          "-%" PRIu64 "), the first: %s",
                          r->count, r->first, r->last, r->text);
        ats_eng_related(e, r->last, "last of them");
    }
    ats_eng_flush(e);
}

/* Something other than an orphan came: the run (if any) is complete. */
static void orphan_break(ats_rule_ctx *c)
{
    orphan_state *st = c->st;
    if (!st->seen_txn) {
        if (st->npre)
            st->pre[st->npre - 1].open = 0;
        return;
    }
    if (st->run.open)
        orphan_emit(c, &st->run);
    st->run.open = 0;
}

/* The first transaction: the runs before its command line are context (the
 * capture starts in the middle of a session); any after it are orphans (an
 * async command's record comes at its completion, after later lines). */
static void orphan_first_txn(ats_rule_ctx *c, uint64_t first_line)
{
    orphan_state *st = c->st;
    for (size_t i = 0; i < st->npre; i++) {
        if (st->pre[i].first < first_line)
            c->e->cov.context_lines += st->pre[i].count;
        else
            orphan_emit(c, &st->pre[i]);
    }
    st->npre = 0;
    st->seen_txn = 1;
}

static int all_digits(ats_span s)
{
    size_t i = 0;
    while (i < s.len && s.ptr[i] >= '0' && s.ptr[i] <= '9')
        i++;
    return s.len && i == s.len;
}

static void orphan_before(ats_rule_ctx *c, const ats_record *r)
{
    orphan_state *st = c->st;
    if (r->kind == ATS_REC_TXN && r->txn->final_kind != ATS_FINAL_NONE && r->txn->final.text.len) {
        if (all_digits(r->txn->final.text))
            st->finals_digits = 1;
        else
            st->finals_words = 1;
    }
    if (r->kind == ATS_REC_TXN && !st->seen_txn)
        orphan_first_txn(c, r->txn->first_line);
    if (r->kind == ATS_REC_TXN) {
        const ats_txn *t = r->txn;
        st->echo_off_line = echo_setting(t) == 0 && !c->e->ci.has_direction &&
                                    (t->final_kind == ATS_FINAL_OK || t->final_kind == ATS_FINAL_PROFILE_OK)
                                ? t->first_line
                                : 0;
    }
    /* a command inside a block: the blocks hold the log; one outside them:
     * the log goes on there, read as before */
    if (r->kind == ATS_REC_TXN)
        st->block_txn = st->in_block;
    orphan_break(c);
    st->md_section = 0;
    st->after_traffic = 1;
    st->prose_line = 0;
    /* a record made at its completion line: the next modem line may be the
     * OK some modules put after the report (the L610 after +MIPSEND:) */
    st->after_completion = r->kind == ATS_REC_TXN && (r->txn->flags & ATS_TF_ASYNC) &&
                           r->txn->completion_item.text.len &&
                           r->txn->completion_item.line >= r->txn->last_line;
}

static void orphan_finish(ats_rule_ctx *c)
{
    orphan_state *st = c->st;
    if (st->seen_txn)
        orphan_break(c);
    else
        for (size_t i = 0; i < st->npre; i++)
            c->e->cov.context_lines += st->pre[i].count;
    st->npre = 0;
    if (st->hidden) {
        char why[256];
        snprintf(why, sizeof why,
                 "%" PRIu64 " line%s of the module's (from line %" PRIu64 ") after ATE0 (line %"
                 PRIu64 ") and no command shown: a terminal showing only the module hides them",
                 st->hidden, st->hidden > 1 ? "s" : "", st->hidden_first, st->echo_off_line);
        ats_eng_partly(c->e, c->rule, why);
    }
    if (st->unknown_text) {
        char why[256];
        snprintf(why, sizeof why,
                 "%" PRIu64 " line%s of modem text outside any command (%s, line %" PRIu64
                 ") not judged: the %s profile names no module, so the module's own reports "
                 "are unknown to it",
                 st->unknown_text, st->unknown_text > 1 ? "s" : "", st->unknown_example,
                 st->unknown_first, ats_profile_id(c->e->rs->p));
        ats_eng_partly(c->e, c->rule, why);
    }
}

static void orphan_add(ats_rule_ctx *c, const ats_item *it, int final)
{
    orphan_state *st = c->st;
    orphan_run *r;
    if (st->echo_off_line && st->seen_txn) {
        if (!st->hidden++)
            st->hidden_first = it->line;
        return;
    }
    if (!st->seen_txn) {
        if (st->npre && (st->pre[st->npre - 1].open || st->npre == PRE_RUNS))
            r = &st->pre[st->npre - 1];
        else
            r = &st->pre[st->npre++];
    } else {
        r = &st->run;
    }
    if (r->count && r->open) {
        r->last = it->line;
        r->count++;
        r->headings &= !final && heading_like(it->text);
        return;
    }
    if (r->count && !st->seen_txn) {   /* the last of full room: joined, the gap ignored */
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
    r->headings = !final && heading_like(it->text);
    r->word = !final && name_word(it->text, 0) == it->text.len && it->text.len >= 3;
    ats_eng_text(r->text, sizeof r->text, it->text);
}

static void orphan_unparsed(ats_rule_ctx *c, const ats_record *r)
{
    ats_engine *e = c->e;
    orphan_state *st = c->st;
    const ats_item *it = r->item;
    if (r->kind == ATS_REC_HOST_LOG) {
        if (it)
            sender_header(st, it->text);
        return;
    }
    if (r->kind == ATS_REC_ANNOTATION) {
        if (it)
            block_note(st, it->flags);
        /* the reader's note of a code fence closing the paste: as below */
        if (it && st->after_traffic && st->seen_txn && fence_line(it->text) &&
            !md_heading(it->text)) {
            st->md_section = 1;
            st->after_traffic = 0;
        }
        /* help text: the headings just before it are the manual's, as are
         * those right after it (a blank line between allowed) */
        if (!it || !help_note(it->text))
            return;
        st->help_line = it->line;
        orphan_run *o = st->seen_txn ? &st->run : st->npre ? &st->pre[st->npre - 1] : NULL;
        if (o && o->open && o->headings && o->last + 2 >= it->line) {
            if (!e->cov.unrecognised_lines)
                e->cov.first_unrecognised = o->first;
            e->cov.unrecognised_lines += o->count;
            memset(o, 0, sizeof *o);
            if (!st->seen_txn)
                st->npre--;
        }
        return;
    }
    int after = st->after_completion;
    st->after_completion = 0;
    /* the blocks hold the log: outside them the writer's words, a result
     * code quoted in a sentence's place ("Expected: OK") too */
    int outside = st->block_txn && !st->in_block;
    if (r->reason.len == 12 && !memcmp(r->reason.ptr, "orphan-final", 12)) {
        st->md_section = 0;
        if (outside) {
            if (!e->cov.unrecognised_lines++)
                e->cov.first_unrecognised = it->line;
            return;
        }
        if (after && st->final_after_completion > 0 && it->text.len == 2 &&
            !memcmp(it->text.ptr, "OK", 2))
            return;
        /* a number alone where the module has answered in words and never
         * in digits is no ATV0 result code (the module would have to be
         * switched to V0 and answer so): a table's step number, a count
         * the reporter wrote; text not checked */
        if (all_digits(it->text) && st->finals_words && !st->finals_digits) {
            if (!e->cov.unrecognised_lines++)
                e->cov.first_unrecognised = it->line;
            return;
        }
        orphan_add(c, it, 1);
    } else if (r->reason.len == 20 && !memcmp(r->reason.ptr, "text-outside-command", 20) &&
               !(it->flags & (ATS_LF_CONTROL | ATS_LF_NOT_UTF8 | ATS_LF_TRUNCATED))) {
        /* the same number where the parser, having seen finals in words,
         * no longer reads a digit as a result code (builder.c final_text) */
        if (it->text.len == 1 && all_digits(it->text) && st->finals_words && !st->finals_digits) {
            if (!e->cov.unrecognised_lines++)
                e->cov.first_unrecognised = it->line;
            return;
        }
        unsigned mark = ats_formatset_block_edge(e->formats, it->text.ptr, it->text.len);
        block_note(st, mark);
        sender_header(st, it->text);
        int manual = st->help_line && it->line <= st->help_line + 2 &&
                     heading_like(it->text);
        if (manual)
            st->help_line = it->line;     /* the next heading may follow this one */
        /* the heading's section goes on to the next record of the modem's
         * ("### Hardware" / "LilyGO T-SIM7600E, TinyGSM 0.11.7") */
        int section = st->md_section;
        /* a code fence right after the modem's lines closes the paste: what
         * follows is the reporter's ("10:42" of a chat's copy, the question
         * after an issue's log), up to the next record of the modem's; so is
         * what follows a letter's sign-off (the name) or a list item's
         * heading ("3. Dial NDIS") */
        int closing = st->after_traffic && st->seen_txn && fence_line(it->text) &&
                      !md_heading(it->text);
        int signoff = signoff_like(it->text) || signoff_tail(it->text) || sender_line(st, it->text);
        int item = list_item(it->text), wiki = wiki_line(it->text);
        st->after_traffic = 0;
        st->md_section = md_heading(it->text) || closing || signoff || item || section ||
                         (wiki && it->text.ptr[0] == '|');
        int prose = prose_like(it->text);
        /* a name alone in title case a few lines under the writer's own
         * sentence (one that ends so), no traffic between ("Does it look right?" / "" /
         * "Anna"): the writer signing off; modem text is no title-case word
         * after a person's prose */
        int named = !prose && st->prose_line && it->line > st->prose_line &&
                    it->line - st->prose_line <= 3 && title_word(it->text);
        if (prose && sentence_end(it->text))
            st->prose_line = it->line;
        signoff |= named;
        /* a page's one-word label right above its prose ("Like" over "Be the
         * first to like this", a wiki's footer): the page's, as the prose */
        orphan_run *o = st->seen_txn ? &st->run : NULL;
        if (prose && o && o->open && o->count == 1 && o->word && o->last + 1 == it->line) {
            if (!e->cov.unrecognised_lines++)
                e->cov.first_unrecognised = o->first;
            memset(o, 0, sizeof *o);
        }
        if (manual || section || signoff || item || prose || wiki || outside || mark ||
            fence_line(it->text) ||
            ats_formatset_tool_line(e->formats, it->text.ptr, it->text.len)) {
            if (!e->cov.unrecognised_lines++)
                e->cov.first_unrecognised = it->line;
        } else if (st->generic && st->seen_txn) {
            /* as unknown-command: a profile that names no module knows no
             * module's own reports ("ENTER PSM", "NORMAL POWER DOWN"), so a
             * line of modem text outside a command may be one; the finals
             * are V.250's and stay judged */
            if (!st->unknown_text++) {
                st->unknown_first = it->line;
                ats_eng_text(st->unknown_example, sizeof st->unknown_example, it->text);
            }
        } else {
            orphan_add(c, it, 0);
        }
    }
}

static const ats_rule_param orphan_params[] = {
    /* 1: an OK right after an async command's completion closes that report
     * (the profile says its module does this), no orphan */
    {"final_after_completion", ATS_PARAM_COUNT, 0, 0, 1},
    {NULL, 0, 0, 0, 0},
};

const ats_rule_desc ats_rule_orphan_response = {
    .id = "orphan-response",
    .severity = ATS_SEV_WARNING,
    .summary = "every final result and response answers a command",
    .params = orphan_params,
    .state_size = sizeof(orphan_state),
    /* an answer to a command the printer did not log is no orphan */
    .needs = ATS_NEED_COMMANDS,
    .on = {.init = orphan_init,
           .before = orphan_before,
           .unparsed = orphan_unparsed,
           .finish = orphan_finish},
};
