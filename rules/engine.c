/* engine.c - runs the enabled rules over the record stream with bounded
 * memory, and keeps each rule's verdict: pass, fail, or not evaluable (and
 * why). Violations go to the caller's callback as they are found. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rules_int.h"

static double param(const ats_ruleset *rs, int r, const char *k, double dflt)
{
    json_t *v = json_object_get(rs->params[r], k);
    return v && json_is_number(v) ? json_number_value(v) : dflt;
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
    e->md = pcre2_match_data_create(rs->max_groups + 1, NULL);
    e->v = calloc(1, sizeof *e->v);
    if (!e->md || !e->v) {
        ats_engine_free(e);
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    }
    ats_state_init(&e->st);
    e->pending_rule = -1;
    for (int i = 0; i < R_COUNT; i++) {
        e->res[i].id = ats_rule_defs[i].id;
        e->res[i].severity = rs->severity[i];
        e->res[i].status = rs->enabled[i] ? ATS_RULE_PASS : ATS_RULE_DISABLED;
    }
    e->max_retries = param(rs, R_RETRY_STORM, "max_retries", 10);
    e->max_send_len = param(rs, R_SEND_LENGTH, "max_send_len", 2048);
    e->max_wait_s = param(rs, R_FLOW_CONTROL_STALL, "max_wait_s", 30);
    e->min_interval_s = param(rs, R_POWER_CYCLE_INTERVAL, "min_interval_s", 300);
    e->after_count = param(rs, R_POWER_CYCLE_INTERVAL, "after_count", 5);
    e->long_interval_s = param(rs, R_POWER_CYCLE_INTERVAL, "long_interval_s", 600);
    e->max_sockets = param(rs, R_SOCKET_STATE, "max_sockets", 6);
    e->min_socket = param(rs, R_SOCKET_STATE, "min_socket", 1);
    e->default_timeout_s = param(rs, R_RESPONSE_TIMEOUT, "default_timeout_s", -1);
    e->guard_s = param(rs, R_ESCAPE_GUARD, "guard_s", 1);
    e->failed_window = param(rs, R_COMMAND_FAILED, "window", 3);
    if (e->failed_window < 1)
        e->failed_window = 1;
    cls_example(e, C_SOCKET_QUERY, e->ex_sock_query, sizeof e->ex_sock_query);
    cls_example(e, C_IP_QUERY, e->ex_ip_query, sizeof e->ex_ip_query);
    cls_example(e, C_VERBOSE_ERRORS, e->ex_verbose, sizeof e->ex_verbose);
    *out = e;
    return 0;
}

void ats_engine_set_capture_info(ats_engine *e, const ats_capture_info *ci) { e->ci = *ci; }

int eng_on(const ats_engine *e, int rule) { return e->rs->enabled[rule] && !e->stopped; }

void eng_violation(ats_engine *e, int rule, uint64_t line, ats_time t, uint64_t txn,
                   const char *key, const char *fmt, ...)
{
    if (!eng_on(e, rule))
        return;
    /* The violation is built in the engine's own buffer (e->v): related lines
     * may still be added by eng_related() before it is delivered. */
    if (e->pending_rule >= 0)
        eng_flush(e);
    ats_violation *v = e->v;
    memset(v, 0, sizeof *v);
    v->rule = ats_rule_defs[rule].id;
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

void eng_related(ats_engine *e, uint64_t line, const char *fmt, ...)
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

void eng_flush(ats_engine *e)
{
    int rule = e->pending_rule;
    if (rule < 0)
        return;
    e->pending_rule = -1;
    if (rule != R_COMMAND_FAILED && e->v->txn && e->v->severity >= ATS_SEV_WARNING)
        e->flagged[e->nflagged++ % 32] = e->v->txn;
    e->res[rule].violations++;
    e->res[rule].status = ATS_RULE_FAIL;
    if (e->cb && e->cb(e->user, e->v) != 0)
        e->stopped = 1;
}

void eng_text(char *out, size_t cap, ats_span s)
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

const char *eng_msg(ats_engine *e, int rule, const char *variant, const char *dflt,
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

const char *eng_cmd(ats_engine *e, const ats_txn *t)
{
    if (e->cmd_for != t->id || !t->id) {
        eng_text(e->cmd, sizeof e->cmd, t->command.text);
        e->cmd_for = t->id;
    }
    return e->cmd;
}

const char *eng_sock_key(ats_engine *e, int s)
{
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
        if (c->name.len > 32)
            goto compute;
        memcpy(key, c->name.ptr, c->name.len);
        k = c->name.len;
        key[k++] = (char)('0' + c->type);
        /* only as many argument bytes as the longest class prefix compares */
        size_t nargs = 0;
        for (size_t i = 0; i < c->args_raw.len && k < 31 + 34 && nargs < e->rs->max_args_prefix; i++) {
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
        unsigned m = 0;
        for (int cl = 0; cl < C_CMD_COUNT; cl++)
            if (cls_cmd_match(e, cl, t))
                m |= 1u << cl;
        memcpy(ce->key, key, k);
        ce->len = k;
        ce->classes = m;
        return m;
    }
compute:;
    unsigned m = 0;
    for (int cl = 0; cl < C_CMD_COUNT; cl++)
        if (cls_cmd_match(e, cl, t))
            m |= 1u << cl;
    return m;
}

int ats_engine_feed(ats_engine *e, const ats_record *r, ats_error *err)
{
    if (e->stopped)
        return ats_err(err, ATS_EUSER, NULL, 0, 0, "stopped by callback");
    cov_record(e, r);
    switch (r->kind) {
    case ATS_REC_TXN:
        if (r->txn->first_line)
            e->now = r->txn->command.time;
        e->tcls = txn_classes(e, r->txn);
        rules_txn(e, r->txn);
        break;
    case ATS_REC_URC:
        e->now = r->urc->item.time;
        rules_urc(e, r->urc);
        break;
    case ATS_REC_UNPARSED:
        rules_unparsed(e, r);
        break;
    case ATS_REC_RETRY_CHAIN:
        rules_chain(e, r->chain);
        break;
    case ATS_REC_DATA:
        rules_data(e, r->data);
        break;
    default:
        break;
    }
    eng_flush(e);
    return e->stopped ? ats_err(err, ATS_EUSER, NULL, 0, 0, "stopped by callback") : 0;
}

static void not_evaluable(ats_engine *e, int rule, const char *why)
{
    if (e->res[rule].status == ATS_RULE_PASS) {
        e->res[rule].status = ATS_RULE_NOT_EVALUABLE;
        snprintf(e->res[rule].reason, sizeof e->res[rule].reason, "%s", why);
    } else if (e->res[rule].status == ATS_RULE_FAIL && !e->res[rule].reason[0]) {
        /* the reason is cut to fit after the prefix */
        snprintf(e->res[rule].reason, sizeof e->res[rule].reason, "partly checked: %.*s",
                 (int)(sizeof e->res[rule].reason - 17), why);
    }
}

void eng_partly(ats_engine *e, int rule, const char *why)
{
    ats_rule_result *r = &e->res[rule];
    if ((r->status == ATS_RULE_PASS || r->status == ATS_RULE_FAIL) && !r->reason[0])
        snprintf(r->reason, sizeof r->reason, "partly checked: %.*s", (int)(sizeof r->reason - 17),
                 why);
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
            met |= cls_defined(rs, a, l) == 1;
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
    rules_finish(e);
    eng_flush(e);
    /* What each rule needs, from its descriptor: first the profile's classes
     * (without them the rule cannot tell when it applies), then what the
     * capture carries, then the rule's own reasons. */
    for (int i = 0; i < R_COUNT; i++) {
        if (!e->rs->enabled[i])
            continue;
        const rule_def *d = &ats_rule_defs[i];
        char cls[100], why[200];
        int nmiss = missing_class(e->rs, d->needs_classes, cls, sizeof cls);
        if (nmiss) {
            snprintf(why, sizeof why, "the %s profile has no %s class%s: nothing tells when the "
                     "rule applies",
                     ats_profile_id(e->rs->p), cls, nmiss > 1 ? "es" : "");
            not_evaluable(e, i, why);
        }
        if (strstr(d->needs, "time") && !e->ci.has_time)
            not_evaluable(e, i, "capture has no timestamps");
        if (strstr(d->needs, "direction") && !e->ci.has_direction)
            not_evaluable(e, i, "capture has no host direction");
        /* a tool that drops or rewrites bytes (minicom's CRs, SSCOM's line
         * breaks, socat -v's dots): byte counts and line ends are not the wire's */
        if (strstr(d->needs, "lossless") && e->ci.lossy)
            not_evaluable(e, i, "the capture format loses bytes (lossy)");
        if (e->na_reason[i][0])
            not_evaluable(e, i, e->na_reason[i]);
    }
    cov_finish(e);
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
    pcre2_match_data_free(e->md);
    free(e->v);
    free(e);
}
