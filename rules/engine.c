/* engine.c - runs the enabled rules over the record stream with bounded
 * memory, and keeps each rule's verdict: pass, fail, or not evaluable (and
 * why). Violations go to the caller's callback as they are found. */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rules_int.h"

/* Each rule's state in one block, each part aligned for any type. */
static size_t state_offset(size_t i)
{
    size_t off = 0, al = _Alignof(max_align_t);
    for (size_t k = 0; k < i; k++)
        off += (ats_rule_registry[k]->state_size + al - 1) / al * al;
    return off;
}

static int has_hook(const ats_rule_hooks *on, enum eng_hook h)
{
    switch (h) {
    case H_INIT:
        return on->init != NULL;
    case H_BEFORE:
        return on->before != NULL;
    case H_TXN:
        return on->txn != NULL;
    case H_URC:
        return on->urc != NULL;
    case H_DATA:
        return on->data != NULL;
    case H_CHAIN:
        return on->chain != NULL;
    case H_UNPARSED:
        return on->unparsed != NULL;
    case H_STATE:
        return on->state != NULL;
    case H_FINISH:
        return on->finish != NULL;
    case H_FINDING:
        return on->finding != NULL;
    case H_COUNT:
        break;
    }
    return 0;
}

/* Calls one hook of every rule that has it, in hook order; each rule's
 * finding is delivered before the next rule runs. Inlined where it is
 * called, so the hook is a constant there and the switch folds away. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void each_rule(ats_engine *e, enum eng_hook h, const void *arg)
{
    for (size_t k = 0; k < e->nhooked[h]; k++) {
        const eng_call *call = &e->calls[h][k];
        const ats_rule_hooks *on = call->on;
        ats_rule_ctx *c = call->c;
        switch (h) {
        case H_INIT:
            on->init(c);
            break;
        case H_BEFORE:
            on->before(c, arg);
            break;
        case H_TXN:
            if (call->txn_classes && !(call->txn_classes & e->tcls))
                continue;
            on->txn(c, arg);
            break;
        case H_URC:
            on->urc(c, arg);
            break;
        case H_DATA:
            on->data(c, arg);
            break;
        case H_CHAIN:
            on->chain(c, arg);
            break;
        case H_UNPARSED:
            on->unparsed(c, arg);
            break;
        case H_STATE:
            on->state(c, arg);
            break;
        case H_FINISH:
            on->finish(c);
            break;
        case H_FINDING:
            on->finding(c, arg);
            break;
        case H_COUNT:
            break;
        }
        if (e->pending_rule >= 0)
            ats_eng_flush(e);
    }
}

int ats_engine_new(ats_engine **out, const ats_ruleset *rs, const ats_capture_info *ci,
                   ats_violation_cb cb, void *user, ats_error *err)
{
    *out = NULL;
    ats_engine *e = calloc(1, sizeof *e);
    if (!e)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    e->rs = rs;
    if (ci)
        e->ci = *ci;
    e->cb = cb;
    e->user = user;
    e->v = calloc(1, sizeof *e->v);
    e->states = calloc(1, state_offset(ats_rule_count) + 1);
    if (!e->v || !e->states || ats_tracker_init(&e->tk, rs->p, &rs->cls, err) < 0) {
        ats_engine_free(e);
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    }
    e->pending_rule = -1;
    for (int h = H_INIT; h < H_COUNT; h++)
        for (int pass = 0; pass < 2; pass++)   /* after_others last */
            for (size_t i = 0; i < ats_rule_count; i++)
                if (!ats_rule_registry[i]->after_others == !pass &&
                    (h != H_FINDING || ats_rule_registry[i]->after_others) &&
                    has_hook(&ats_rule_registry[i]->on, (enum eng_hook)h))
                    e->hooked[h][e->nhooked[h]++] = (unsigned char)i;
    for (int h = H_INIT; h < H_COUNT; h++)
        for (size_t k = 0; k < e->nhooked[h]; k++) {
            int i = e->hooked[h][k];
            e->calls[h][k].on = &ats_rule_registry[i]->on;
            e->calls[h][k].c = &e->ctx[i];
            e->calls[h][k].txn_classes = ats_rule_registry[i]->txn_classes;
        }
    for (size_t i = 0; i < ats_rule_count; i++) {
        e->res[i].id = ats_rule_registry[i]->id;
        e->res[i].severity = rs->severity[i];
        e->res[i].status = rs->enabled[i] ? ATS_RULE_PASS : ATS_RULE_DISABLED;
        e->ctx[i].e = e;
        e->ctx[i].rule = (int)i;
        e->ctx[i].st = (char *)e->states + state_offset(i);
    }
    each_rule(e, H_INIT, NULL);
    *out = e;
    return 0;
}

double ats_eng_param(const ats_engine *e, int rule, const char *name)
{
    json_t *v = json_object_get(e->rs->params[rule], name);
    if (v && json_is_number(v))
        return json_number_value(v);
    /* the ruleset holds every parameter of the descriptor; this is its default */
    for (const ats_rule_param *p = ats_rule_registry[rule]->params; p && p->name; p++)
        if (!strcmp(p->name, name))
            return p->dflt;
    return 0;
}

void ats_engine_set_capture_info(ats_engine *e, const ats_capture_info *ci) { e->ci = *ci; }

void ats_engine_set_formats(ats_engine *e, const ats_formatset *fs) { e->formats = fs; }

int ats_eng_on(const ats_engine *e, int rule) { return e->rs->enabled[rule] && !e->stopped; }

/* ats_eng_unshown's answer for a printer that logs not every command: the
 * one its caller words with the definition's own why */
static const char unshown_commands[] = "every command the host sends";

const char *ats_eng_unshown(const ats_engine *e, int rule)
{
    unsigned needs = ats_rule_registry[rule]->needs, h = e->ci.hides;
    if ((needs & ATS_NEED_FINALS) && (h & (ATS_HIDES_FINALS | ATS_HIDES_ANSWERS)))
        return "every final result";
    if ((needs & ATS_NEED_FAILURES) && (h & (ATS_HIDES_FAILURES | ATS_HIDES_ANSWERS)))
        return "the modem's error results";
    if ((needs & ATS_NEED_UNSOLICITED) && (h & (ATS_HIDES_UNSOLICITED | ATS_HIDES_ANSWERS)))
        return "what the modem sends on its own (URCs, completions, reports)";
    if ((needs & ATS_NEED_ANSWERS) && (h & (ATS_HIDES_MORE_LINES | ATS_HIDES_ANSWERS)))
        return "every line of an answer";
    if ((needs & ATS_NEED_COMMANDS) && e->ci.commands_unshown)
        return unshown_commands;
    return "";
}

void ats_eng_violation(ats_engine *e, int rule, uint64_t line, ats_time t, uint64_t txn,
                       const char *key, const char *fmt, ...)
{
    if (!ats_eng_on(e, rule))
        return;
    /* a finding on what the tool did not print would rest on no line */
    if (*ats_eng_unshown(e, rule))
        return;
    /* The violation is built in the engine's own buffer (e->v): related lines
     * may still be added by ats_eng_related() before it is delivered. */
    if (e->pending_rule >= 0)
        ats_eng_flush(e);
    ats_violation *v = e->v;
    memset(v, 0, sizeof *v);
    v->rule = ats_rule_registry[rule]->id;
    v->severity = e->rs->severity[rule];
    v->line = line;
    v->time = t;
    v->txn = txn;
    snprintf(v->key, sizeof v->key, "%s|%s", v->rule, key ? key : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(v->message, sizeof v->message, fmt, ap);
    va_end(ap);
    e->pending_rule = rule;
}

void ats_eng_related(ats_engine *e, uint64_t line, const char *fmt, ...)
{
    if (e->pending_rule < 0 || e->v->nrelated == ATS_MAX_RELATED)
        return;
    ats_related *r = &e->v->related[e->v->nrelated++];
    r->line = line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->message, sizeof r->message, fmt, ap);
    va_end(ap);
}

void ats_eng_flush(ats_engine *e)
{
    int rule = e->pending_rule;
    if (rule < 0)
        return;
    e->pending_rule = -1;
    int flags = !ats_rule_registry[rule]->after_others && e->v->txn &&
                e->v->severity >= ATS_SEV_WARNING;
    if (flags)
        e->flagged[e->nflagged++ % 32] = e->v->txn;
    e->res[rule].violations++;
    e->res[rule].status = ATS_RULE_FAIL;
    e->saw[rule] = 1;
    if (e->cb && e->cb(e->user, e->v) != 0)
        e->stopped = 1;
    /* after delivery: the hooks read e->v and report nothing (rule.h) */
    if (flags)
        each_rule(e, H_FINDING, e->v);
}

int ats_eng_flagged(const ats_engine *e, uint64_t txn)
{
    for (size_t i = 0; i < 32 && i < e->nflagged; i++)
        if (e->flagged[i] == txn)
            return 1;
    return 0;
}

int ats_eng_claimed(const ats_engine *e, uint64_t txn)
{
    for (size_t i = 0; i < e->nclaimed; i++)
        if (e->claimed[i] == txn)
            return 1;
    return 0;
}

void ats_eng_claim(ats_engine *e, uint64_t txn)
{
    size_t cap = sizeof e->claimed / sizeof e->claimed[0];
    if (!txn || ats_eng_claimed(e, txn))
        return;
    if (e->nclaimed == cap) {   /* the oldest claim goes */
        memmove(e->claimed, e->claimed + 1, (cap - 1) * sizeof e->claimed[0]);
        e->nclaimed--;
    }
    e->claimed[e->nclaimed++] = txn;
}

void ats_eng_unclaim(ats_engine *e, uint64_t txn)
{
    for (size_t i = 0; i < e->nclaimed; i++)
        if (e->claimed[i] == txn) {
            memmove(e->claimed + i, e->claimed + i + 1, (e->nclaimed - i - 1) * sizeof e->claimed[0]);
            e->nclaimed--;
            return;
        }
}

void ats_eng_text(char *out, size_t cap, ats_span s)
{
    /* Printable ASCII and valid UTF-8 stay; everything else becomes \xHH, so
     * a message never carries raw control bytes into any report. */
    size_t k = 0, max = 80;
    const unsigned char *p = (const unsigned char *)s.ptr;
    for (size_t i = 0; i < s.len && k + 8 < cap; i++) {
        if (i >= max) {
            memcpy(out + k, "...", 3);
            k += 3;
            break;
        }
        if (p[i] >= 0x20 && p[i] < 0x7F) {
            out[k++] = (char)p[i];
        } else if (p[i] >= 0x80 && ats_is_utf8(p + i, s.len - i)) {
            /* the rest is valid UTF-8: copy whole characters while room */
            size_t j = i;
            while (j < s.len && k + 8 < cap && j - i < max) {
                size_t l = p[j] < 0x80 ? 1 : p[j] < 0xE0 ? 2 : p[j] < 0xF0 ? 3 : 4;
                if (p[j] < 0x20 || p[j] == 0x7F)
                    break;
                if (k + l + 8 >= cap)
                    break;
                memcpy(out + k, p + j, l);
                k += l;
                j += l;
            }
            if (j == i)
                break;        /* no room left for the next character */
            i = j - 1;
        } else {
            k += (size_t)snprintf(out + k, cap - k, "\\x%02x", p[i]);
        }
    }
    out[k < cap ? k : cap - 1] = 0;
}

const char *ats_eng_msg(ats_engine *e, int rule, const char *variant, const char *dflt,
                        const char *const *vars)
{
    const json_t *m = e->rs->message[rule];
    const char *tpl = dflt;
    if (json_is_string(m))
        tpl = json_string_value(m);
    else if (json_is_object(m) && variant && json_is_string(json_object_get(m, variant)))
        tpl = json_string_value(json_object_get(m, variant));
    size_t k = 0, cap = sizeof e->msgbuf;
    for (const char *p = tpl; *p && k + 1 < cap;) {
        if (*p == '{') {
            size_t n = strcspn(p + 1, "}");
            const char *val = NULL;
            if (p[1 + n] == '}')
                for (const char *const *v = vars; v && v[0]; v += 2)
                    if (strlen(v[0]) == n && !memcmp(v[0], p + 1, n))
                        val = v[1];
            if (val) {
                size_t l = strlen(val);
                if (l > cap - 1 - k)
                    l = cap - 1 - k;
                memcpy(e->msgbuf + k, val, l);
                k += l;
                p += n + 2;
                continue;
            }
        }
        e->msgbuf[k++] = *p++;
    }
    e->msgbuf[k] = 0;
    return e->msgbuf;
}

const char *ats_eng_cmd(ats_engine *e, const ats_txn *t)
{
    if (e->cmd_for != t->id || !t->id) {
        ats_eng_text(e->cmd, sizeof e->cmd, t->command.text);
        e->cmd_for = t->id;
    }
    return e->cmd;
}

const char *ats_eng_sock_key(ats_engine *e, int s)
{
    if (s == ST_SOCK_SINGLE)
        snprintf(e->sock_key, sizeof e->sock_key, "the connection");
    else
        snprintf(e->sock_key, sizeof e->sock_key, "socket %d", s);
    return e->sock_key;
}

/* The classes of a transaction's command, cached by what decides them: the
 * name, the type and the first 31 argument bytes (class specs compare an
 * argument prefix of at most 31). Most captures repeat a few commands. */
static unsigned txn_classes(ats_engine *e, const ats_txn *t)
{
    if (t->ncmds != 1)
        goto compute;
    {
        const ats_subcmd *c = &t->cmds[0];
        char key[72];
        size_t k = 0;
        /* a spec with `*` or `$` may read past the bytes the key holds */
        if (c->name.len > 32 || (e->rs->cls.whole_args && c->args_raw.len > 30))
            goto compute;
        memcpy(key, c->name.ptr, c->name.len);
        k = c->name.len;
        key[k++] = (char)('0' + c->type);
        /* only as many argument bytes as the longest class prefix compares */
        size_t nargs = 0;
        size_t most = e->rs->cls.max_args_prefix;
        for (size_t i = 0; i < c->args_raw.len && k < 31 + 34 && nargs < most; i++) {
            char ch = c->args_raw.ptr[i];
            if (ch == ' ' || ch == '\t')
                continue;
            key[k++] = ch >= 'a' && ch <= 'z' ? (char)(ch - 32) : ch;
            nargs++;
        }
        uint32_t h = 2166136261u;
        for (size_t i = 0; i < k; i++)
            h = (h ^ (unsigned char)key[i]) * 16777619u;
        cls_cache_entry *ce = &e->cls_cache[h % CLS_CACHE];
        if (ce->len == k && !memcmp(ce->key, key, k))
            return ce->classes;
        unsigned m = 0, may = ats_classes_may(&e->rs->cls, t);
        for (int cl = 0; cl < C_CMD_COUNT; cl++)
            if ((may >> cl & 1) && ats_classes_cmd(&e->rs->cls, cl, t))
                m |= 1u << cl;
        memcpy(ce->key, key, k);
        ce->len = k;
        ce->classes = m;
        return m;
    }
compute:;
    unsigned m = 0, may = ats_classes_may(&e->rs->cls, t);
    for (int cl = 0; cl < C_CMD_COUNT; cl++)
        if ((may >> cl & 1) && ats_classes_cmd(&e->rs->cls, cl, t))
            m |= 1u << cl;
    return m;
}

/* What the tracker saw change in the record it just took. */
static void state_changes(ats_engine *e)
{
    for (size_t j = 0; j < e->tk.nev; j++)
        each_rule(e, H_STATE, &e->tk.ev[j]);
}

/* The latest moment the capture has shown. A transaction is delivered when
 * it ends, after the later ones that ended first (an async command waiting
 * for its completion comes after the commands sent meanwhile): its command
 * time is no "now", or a completion still pending 4 minutes on would be
 * measured against its own sending. A new clock (another kind) replaces. */
/* A record with a time shows the capture carries them, whatever its format
 * said when it was chosen: a format with no clock of its own read under a
 * layer that has one (rust-tracing's or a terminal's stamps around the nRF
 * Serial Terminal's lines) gives times from its first line, and the rules
 * that judge as records come (escape-guard's data) need to know it then,
 * not only at the end. */
static void advance(ats_engine *e, ats_time t)
{
    if (t.kind == ATS_TIME_NONE)
        return;
    e->ci.has_time = 1;
    if (t.kind != e->now.kind || t.us > e->now.us)
        e->now = t;
}

/* A stamped line that is no AT traffic (the application's own log, a line
 * not understood) shows time went on too: a completion still pending is
 * measured against it. On the AT lines' clock only: another clock's stamp
 * in the host's text says nothing of theirs. */
static void later(ats_engine *e, const ats_item *it)
{
    if (it && it->time.kind != ATS_TIME_NONE && e->now.kind == it->time.kind)
        advance(e, it->time);
}

int ats_engine_feed(ats_engine *e, const ats_record *r, ats_error *err)
{
    if (e->stopped)
        return ats_err(err, ATS_EUSER, NULL, 0, 0, "stopped by callback");
    ats_cov_record(e, r);
    ats_tracker_next_record(&e->tk);
    switch (r->kind) {
    case ATS_REC_TXN:
        if (r->txn->first_line) {
            advance(e, r->txn->command.time);
            advance(e, r->txn->final.time);
        }
        e->tcls = txn_classes(e, r->txn);
        ats_tracker_sock(&e->tk, r->txn, e->tcls);
        each_rule(e, H_BEFORE, r);
        each_rule(e, H_TXN, r->txn);
        ats_tracker_txn(&e->tk, r->txn, e->tcls);
        state_changes(e);
        break;
    case ATS_REC_URC:
        advance(e, r->urc->item.time);
        each_rule(e, H_BEFORE, r);
        each_rule(e, H_URC, r->urc);
        ats_tracker_urc(&e->tk, r->urc);
        state_changes(e);
        break;
    case ATS_REC_HOST_LOG:      /* a mail's headers (orphan-response's senders) */
        later(e, r->item);
        ats_tracker_host_log(&e->tk, r->item);
        each_rule(e, H_UNPARSED, r);
        break;
    case ATS_REC_UNPARSED:
        later(e, r->item);
        each_rule(e, H_UNPARSED, r);
        break;
    case ATS_REC_ANNOTATION:    /* a manual's help text (orphan-response's headings) */
        later(e, r->item);      /* ModemManager's own "Serial command timed out", stamped */
        each_rule(e, H_UNPARSED, r);
        break;
    case ATS_REC_RETRY_CHAIN:
        each_rule(e, H_CHAIN, r->chain);
        break;
    case ATS_REC_DATA:
        each_rule(e, H_BEFORE, r);
        each_rule(e, H_DATA, r->data);
        break;
    default:
        break;
    }
    ats_eng_flush(e);
    return e->stopped ? ats_err(err, ATS_EUSER, NULL, 0, 0, "stopped by callback") : 0;
}

void ats_eng_not_evaluable(ats_engine *e, int rule, const char *why)
{
    if (e->res[rule].status == ATS_RULE_PASS) {
        e->res[rule].status = ATS_RULE_NOT_EVALUABLE;
        /* cut to the reason's size: a definition's own words may be longer */
        snprintf(e->res[rule].reason, sizeof e->res[rule].reason, "%.*s",
                 (int)(sizeof e->res[rule].reason - 1), why);
    } else if (e->res[rule].status == ATS_RULE_FAIL && !e->res[rule].reason[0]) {
        /* the reason is cut to fit after the prefix */
        snprintf(e->res[rule].reason, sizeof e->res[rule].reason, "partly checked: %.*s",
                 (int)(sizeof e->res[rule].reason - 17), why);
    }
}

void ats_eng_partly(ats_engine *e, int rule, const char *why)
{
    ats_rule_result *r = &e->res[rule];
    if ((r->status == ATS_RULE_PASS || r->status == ATS_RULE_FAIL) && !r->reason[0])
        snprintf(r->reason, sizeof r->reason, "partly checked: %.*s", (int)(sizeof r->reason - 17),
                 why);
}

void ats_eng_partly_or_na(ats_engine *e, int rule, int judged, const char *why)
{
    if (judged)
        ats_eng_partly(e, rule, why);
    else
        snprintf(e->na_reason[rule], sizeof e->na_reason[rule], "%.119s", why);
}

/* The classes of needs_classes the profile does not define ("a|b": neither),
 * as "a, b/c" in out; how many. */
static int missing_class(const ats_ruleset *rs, const char *needs, char *out, size_t cap)
{
    const char *p = needs;
    int missing = 0;
    size_t k = 0;
    out[0] = 0;
    while (*p) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        if (!n)
            break;
        int met = 0;
        for (const char *a = p; a < p + n;) {   /* alternatives */
            size_t l = strcspn(a, "| ");
            if (l > (size_t)(p + n - a))
                l = (size_t)(p + n - a);
            met |= ats_classes_defined(&rs->cls, a, l) == 1;
            a += l + (a[l] == '|');
        }
        if (!met) {
            int w = snprintf(out + k, cap - k, "%s%.*s", missing ? ", " : "", (int)n, p);
            if (w > 0 && (size_t)w < cap - k)
                k += (size_t)w;
            missing++;
        }
        p += n;
    }
    for (char *c = out; *c; c++)
        if (*c == '|')
            *c = '/';
    return missing;
}

int ats_engine_finish(ats_engine *e, ats_error *err)
{
    ats_tracker_next_record(&e->tk);   /* no record's lines any more */
    each_rule(e, H_FINISH, NULL);
    /* What each rule needs, from its descriptor: first the profile's classes
     * (without them the rule cannot tell when it applies), then what the
     * capture carries, then the rule's own reasons, and last whether it saw
     * anything to check at all. */
    for (size_t i = 0; i < ats_rule_count; i++) {
        if (!e->rs->enabled[i])
            continue;
        const ats_rule_desc *d = ats_rule_registry[i];
        char cls[100], why[300];
        int nmiss = d->needs_classes ? missing_class(e->rs, d->needs_classes, cls, sizeof cls) : 0;
        if (nmiss) {
            snprintf(why, sizeof why, "the %s profile has no %s class%s: nothing tells when the "
                     "rule applies",
                     ats_profile_id(e->rs->p), cls, nmiss > 1 ? "es" : "");
            ats_eng_not_evaluable(e, (int)i, why);
        }
        /* before the time: a result not shown has no time to judge */
        const char *unshown = ats_eng_unshown(e, (int)i);
        if (unshown == unshown_commands) {
            /* the definition's own words say which calls go unprinted */
            snprintf(why, sizeof why, "the capture format does not show %s: %s", unshown,
                     e->ci.commands_unshown);
            ats_eng_not_evaluable(e, (int)i, why);
        } else if (*unshown) {
            snprintf(why, sizeof why, "the capture format does not show %s (shows %s)", unshown,
                     ats_shows_name(e->ci.hides));
            ats_eng_not_evaluable(e, (int)i, why);
        }
        if ((d->needs & ATS_NEED_TIME) && !e->ci.has_time)
            ats_eng_not_evaluable(e, (int)i, "capture has no timestamps");
        if ((d->needs & ATS_NEED_DIRECTION) && !e->ci.has_direction)
            ats_eng_not_evaluable(e, (int)i, "capture has no host direction");
        /* a tool that drops or rewrites bytes (minicom's CRs, SSCOM's line
         * breaks, socat -v's dots): byte counts and line ends are not the wire's */
        if ((d->needs & ATS_NEED_LOSSLESS) && e->ci.lossy && !e->exact[i])
            ats_eng_not_evaluable(e, (int)i, "the capture format loses bytes (lossy)");
        if (e->na_reason[i][0])
            ats_eng_not_evaluable(e, (int)i, e->na_reason[i]);
        if (d->no_evidence && !e->saw[i])
            ats_eng_not_evaluable(e, (int)i, d->no_evidence);
    }
    ats_cov_finish(e);
    if (e->stopped)
        return ats_err(err, ATS_EUSER, NULL, 0, 0, "stopped by callback");
    return 0;
}

void ats_engine_result(const ats_engine *e, size_t i, ats_rule_result *out)
{
    *out = e->res[i];
}

void ats_engine_free(ats_engine *e)
{
    if (!e)
        return;
    ats_tracker_free(&e->tk);
    free(e->states);
    free(e->v);
    free(e);
}
