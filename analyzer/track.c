/* track.c - keeps the module state current from the records (track.h). */
#include "track.h"
#include <string.h>
#include "profile.h"   /* the loaded profile's match context */
#include "txn_util.h"

static void event(ats_tracker *tk, int kind, int sock, uint64_t line, ats_time t)
{
    if (tk->nev == ATS_TRACK_EVENTS)
        return;
    ats_track_event *ev = &tk->ev[tk->nev++];
    ev->kind = kind;
    ev->sock = sock;
    ev->line = line;
    ev->time = t;
}

int ats_tracker_init(ats_tracker *tk, const ats_profile *p, const ats_classes *cls,
                     ats_error *err)
{
    memset(tk, 0, sizeof *tk);
    tk->p = p;
    tk->cls = cls;
    tk->md = pcre2_match_data_create(cls->max_groups + 1, NULL);
    if (!tk->md)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    ats_state_init(&tk->st);
    return 0;
}

void ats_tracker_free(ats_tracker *tk)
{
    pcre2_match_data_free(tk->md);
    tk->md = NULL;
}

static int has(unsigned classes, int c) { return (classes >> c) & 1; }

int ats_tracker_line_ask(ats_tracker *tk, int cls, const char *s, size_t n, ats_span *group)
{
    if (!tk->gen)   /* outside a record: nothing says how long s holds these bytes */
        return ats_classes_line_match(tk->cls, tk->md, tk->p->mctx, cls, s, n, group);
    uint64_t h = ((uint64_t)(uintptr_t)s ^ n) * 0x9E3779B97F4A7C15ull;
    ats_line_memo *m = &tk->memo[h >> 60 & (ATS_TRACK_MEMO - 1)];
    uint32_t bit = 1u << cls;
    if (m->gen == tk->gen && m->ptr == s && m->len == n) {
        /* a yes with its group wanted is matched again: the memo keeps no groups */
        if ((m->asked & bit) && (!(m->yes & bit) || !group))
            return (m->yes & bit) != 0;
    } else {
        m->ptr = s;
        m->len = n;
        m->gen = tk->gen;
        m->asked = m->yes = 0;
    }
    int r = ats_classes_line_match(tk->cls, tk->md, tk->p->mctx, cls, s, n, group);
    m->asked |= bit;
    if (r)
        m->yes |= bit;
    return r;
}

static int line_is(ats_tracker *tk, int cls, const ats_item *it, ats_span *group)
{
    if (!ats_classes_line_may(tk->cls, cls, it->text.ptr, it->text.len))
        return 0;
    return ats_tracker_line_ask(tk, cls, it->text.ptr, it->text.len, group);
}

static int tri_from_stat(ats_span stat)
{
    return stat.len == 1 && (stat.ptr[0] == '1' || stat.ptr[0] == '5') ? ST_YES : ST_NO;
}

/* A registration status line: its domain (the line's name, up to its ':')
 * takes the value, and the module is registered while some domain is. */
static void reg_status(ats_tracker *tk, const ats_item *it, ats_span stat)
{
    ats_state *st = &tk->st;
    size_t n = 0, cap = sizeof st->reg_dom[0].name - 1;
    while (n < it->text.len && n < cap && it->text.ptr[n] != ':' && it->text.ptr[n] != ' ')
        n++;
    int v = tri_from_stat(stat), k = 0, cnt = (int)(sizeof st->reg_dom / sizeof st->reg_dom[0]);
    for (; k < st->nreg_dom; k++)
        if (strlen(st->reg_dom[k].name) == n && !memcmp(st->reg_dom[k].name, it->text.ptr, n))
            break;
    if (k == st->nreg_dom && k < cnt) {
        memcpy(st->reg_dom[k].name, it->text.ptr, n);
        st->reg_dom[k].name[n] = 0;
        st->nreg_dom++;
    }
    if (k < cnt)
        st->reg_dom[k].value = v;
    for (int i = 0; i < st->nreg_dom; i++)
        if (st->reg_dom[i].value == ST_YES)
            v = ST_YES;
    ats_st_set(&st->reg, it->line, it->time, v);
}

/* "+MIPOPEN: 2,3,4" lists the free ids: those are closed, the others up to
 * the highest listed are open. Ids above it are left unknown (models differ
 * in how many sockets they have). */
static void free_sockets(ats_tracker *tk, ats_span ids, uint64_t line, ats_time t)
{
    int listed[ST_MAX_SOCKETS + 1] = {0};
    int max = 0, v = 0, have = 0;
    for (size_t i = 0; i <= ids.len; i++) {
        char c = i < ids.len ? ids.ptr[i] : ',';
        if (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            have = 1;
            if (v > 1000)
                return;
        } else if (c == ',') {
            if (have && v >= 0 && v <= ST_MAX_SOCKETS) {
                listed[v] = 1;
                if (v > max)
                    max = v;
            }
            v = have = 0;
        }
    }
    for (int s = 1; s <= max; s++)
        ats_st_set(&tk->st.sock[s], line, t, listed[s] ? ST_NO : ST_YES);
}

/* "#SS: 1,0,..." answering AT#SS (Telit): socket 1 is closed, as a link
 * drop says (a close after it is the host's cleanup); the answer says
 * nothing of the sockets it does not name as closed. */
static void closed_socket(ats_tracker *tk, ats_span id, uint64_t line, ats_time t)
{
    int v = 0;
    if (!id.len || id.len > 3)
        return;
    for (size_t i = 0; i < id.len; i++) {
        if (id.ptr[i] < '0' || id.ptr[i] > '9')
            return;
        v = v * 10 + (id.ptr[i] - '0');
    }
    int slot = ats_sock_slot(v);
    if (slot < 0)
        return;
    ats_st_set(&tk->st.sock[slot], line, t, ST_NO);
    if (v > 0 && v <= ST_MAX_SOCKETS)   /* flow[0] means "every socket" */
        ats_st_set(&tk->st.flow[v], line, t, ST_NO);
    event(tk, ATS_TRK_LINK_DROP, v, line, t);
}

/* "+CMEE: 2" answering AT+CMEE?: the verbosity as the module reports it. */
static void verbosity_read(ats_tracker *tk, const ats_txn *t)
{
    const cmd_class *ve = &tk->cls->cc[C_VERBOSE_ERRORS];
    for (int i = 0; i < ve->n; i++) {
        const cmd_spec *sp = &ve->spec[i];
        if (sp->name_len != t->cmds[0].name.len ||
            memcmp(sp->name, t->cmds[0].name.ptr, sp->name_len))
            continue;
        for (size_t k = 0; k < t->nresponses; k++) {
            const ats_item *r = &t->responses[k];
            size_t n = sp->name_len;
            if (r->text.len < n + 2 || memcmp(r->text.ptr, sp->name, n) || r->text.ptr[n] != ':')
                continue;
            size_t j = n + 1;
            while (j < r->text.len && r->text.ptr[j] == ' ')
                j++;
            if (j < r->text.len && r->text.ptr[j] >= '0' && r->text.ptr[j] <= '2')
                ats_st_set(&tk->st.cmee, r->line, r->time, r->text.ptr[j] - '0' + 1);
        }
        break;
    }
}

enum { MODE_UNKNOWN = 0, MODE_SINGLE, MODE_MULTI };

/* The mode a line says is on: SIM800's "+CIPMUX: 0", or a result without a
 * link id ("CONNECT OK", "CLOSED") against one with ("0, CONNECT OK"). */
static int mode_of_line(ats_tracker *tk, ats_span s)
{
    if (!s.len)
        return MODE_UNKNOWN;
    if (ats_tracker_line_is(tk, L_SINGLE_MODE_ANSWER, s))
        return MODE_SINGLE;
    if (ats_tracker_line_is(tk, L_MULTI_MODE_ANSWER, s))
        return MODE_MULTI;
    return MODE_UNKNOWN;
}

static int mode_of_answer(ats_tracker *tk, const ats_txn *t)
{
    int m = mode_of_line(tk, t->final.text);
    if (!m && (t->flags & ATS_TF_ASYNC))
        m = mode_of_line(tk, t->completion_item.text);
    for (size_t i = 0; !m && i < t->nresponses; i++)
        m = mode_of_line(tk, t->responses[i].text);
    return m;
}

/* The mode a command's form says: no arguments, or a first one that is not
 * a number (AT+CIPSTART="TCP",..., AT+CIPCLOSE) is the single connection's;
 * a number then more arguments (AT+CIPSEND=0,5) a link id; one number alone
 * fits both (AT+CIPSEND=5: a length or link 5). */
static int mode_of_form(const ats_txn *t)
{
    if (!t->ncmds)
        return MODE_UNKNOWN;
    const ats_subcmd *sc = &t->cmds[0];
    if (!sc->nargs || span_int(sc->args[0]) < 0)
        return MODE_SINGLE;
    return sc->nargs >= 2 ? MODE_MULTI : MODE_UNKNOWN;
}

int ats_tracker_sock(ats_tracker *tk, const ats_txn *t, unsigned classes)
{
    int s = txn_sock(t), mode = MODE_UNKNOWN;
    if (has(classes, C_SINGLE_CONNECTION)) {
        mode = mode_of_answer(tk, t);
        if (!mode)
            mode = tk->mode;
        if (!mode)
            mode = mode_of_form(t);
        s = mode == MODE_SINGLE  ? ST_SOCK_SINGLE
            : mode == MODE_MULTI ? s
                                 : ST_SOCK_UNSURE;
    }
    tk->cur_sock = s;
    return s;
}

/* What the record says of the mode, once it is over. */
static void mode_after(ats_tracker *tk, const ats_txn *t, unsigned classes, int ok, int done)
{
    int m = mode_of_answer(tk, t);
    if (ok && has(classes, C_SINGLE_MODE))
        m = MODE_SINGLE;
    else if (ok && has(classes, C_MULTI_MODE))
        m = MODE_MULTI;
    else if (!m && done && has(classes, C_SINGLE_CONNECTION))
        m = mode_of_form(t);   /* the module took that form: it is in that mode */
    if (m)
        tk->mode = m;
}

/* On a family whose attach brings the default bearer up with its address
 * (LTE: the EPS attach is a PDN connection; sequans-monarch's,
 * altair-alt1250's and quectel-bc95's ip_with_registration: +CEREG: 5 as an
 * answer or a report), a registration seen is an IP held. Never taken away here: a
 * registration lost says nothing sure of the bearer a socket uses. */
static void ip_with_registration(ats_tracker *tk, const ats_item *it)
{
    if (line_is(tk, L_IP_WITH_REG, it, NULL))
        ats_st_set(&tk->st.ip, it->line, it->time, ST_YES);
}

void ats_tracker_txn(ats_tracker *tk, const ats_txn *t, unsigned classes)
{
    tk->nev = 0;
    int ok = t->final_kind == ATS_FINAL_OK || t->final_kind == ATS_FINAL_PROFILE_OK;
    /* A command the profile does not know may have changed anything (the
     * guide's AT+MIOPEN clearly opened a socket): forget what we knew. One
     * the module refused changed nothing (AT+CSQ answered ERROR by an nRF91,
     * which lacks it). */
    int refused = t->final_kind != ATS_FINAL_NONE && ats_final_is_failure(t->final_kind);
    for (size_t k = 0; !refused && k < t->ncmds && k < 32; k++)
        if ((t->unknown_mask & (1u << k)) &&
            !ats_profile_has_name(tk->p, t->cmds[k].name.ptr, t->cmds[k].name.len)) {
            uint64_t at = t->last_line;
            ats_time tm = t->command.time;
            ats_st_set(&tk->st.ip, at, tm, ST_UNKNOWN);
            for (int s = 0; s <= ST_SINGLE; s++)
                ats_st_set(&tk->st.sock[s], at, tm, ST_UNKNOWN);
            break;
        }
    if (t->final_kind != ATS_FINAL_NONE)
        tk->answered = 1;
    for (size_t i = 0; i < t->nresponses; i++) {
        const ats_item *r = &t->responses[i];
        ats_span g;
        ip_with_registration(tk, r);
        if (line_is(tk, L_SIM_READY, r, NULL))
            ats_st_set(&tk->st.sim, r->line, r->time, ST_YES);
        else if (line_is(tk, L_REG_RESPONSE, r, &g))
            reg_status(tk, r, g);
        else if (line_is(tk, L_IP_RESPONSE, r, &g) && g.len)
            ats_st_set(&tk->st.ip, r->line, r->time,
                       (g.len == 1 && g.ptr[0] == '0') ? ST_NO : ST_YES);
        else if (has(classes, C_SOCKET_QUERY) && line_is(tk, L_FREE_SOCKETS, r, &g))
            free_sockets(tk, g, r->line, r->time);
        else if (has(classes, C_SOCKET_QUERY) && line_is(tk, L_CLOSED_SOCKET, r, &g))
            closed_socket(tk, g, r->line, r->time);
    }
    const ats_item *c;
    int outcome = txn_outcome(t, &c);
    int done = outcome > 0, failed = outcome < 0;
    /* refused because it is so already (ALREADY CONNECTED, then ERROR): the
     * socket is as a success would have left it */
    if (failed && !(t->flags & ATS_TF_ASYNC) && (has(classes, C_OPEN) || has(classes, C_CLOSE)) &&
        txn_already(tk->p, t)) {
        done = 1;
        failed = 0;
    }
    int s = ats_sock_slot(tk->cur_sock);
    if (tk->cur_sock == ST_SOCK_UNSURE && (has(classes, C_OPEN) || has(classes, C_CLOSE)) &&
        (done || failed)) {
        /* the single connection or link <n>: neither is known any more */
        int n = txn_sock(t);
        ats_st_set(&tk->st.sock[ST_SINGLE], c->line, c->time, ST_UNKNOWN);
        if (n >= 0 && n <= ST_MAX_SOCKETS)
            ats_st_set(&tk->st.sock[n], c->line, c->time, ST_UNKNOWN);
    }
    if (has(classes, C_ATTACH) && (done || failed))
        ats_st_set(&tk->st.ip, c->line, c->time, done ? ST_YES : ST_NO);
    if (has(classes, C_DETACH) && done)
        ats_st_set(&tk->st.ip, c->line, c->time, ST_NO);
    if (s >= 0) {   /* some modules number sockets from 0 */
        if (has(classes, C_OPEN) && (done || failed))
            ats_st_set(&tk->st.sock[s], c->line, c->time, done ? ST_YES : ST_NO);
        if (has(classes, C_CLOSE) && done) {
            ats_st_set(&tk->st.sock[s], c->line, c->time, ST_NO);
            if (s > 0 && s <= ST_MAX_SOCKETS)   /* flow[0] is "every socket", not socket 0 */
                ats_st_set(&tk->st.flow[s], c->line, c->time, ST_NO);
        }
    }
    mode_after(tk, t, classes, ok, done);
    if (ok && t->ncmds == 1 && t->cmds[0].type == ATS_CMD_READ)
        verbosity_read(tk, t);
    if (ok && has(classes, C_VERBOSE_ERRORS)) {
        int v = -1;
        for (size_t k = 0; k < t->ncmds; k++)
            if (t->cmds[k].nargs && t->cmds[k].args[0].len == 1)
                v = t->cmds[k].args[0].ptr[0] - '0';
        if (v >= 0 && v <= 2)
            ats_st_set(&tk->st.cmee, t->final.line, t->final.time, v + 1);
    }
    /* a restart the module took (or one it went down on before its final
     * result): until it answers again it is booting, as after power-on */
    if (has(classes, C_RESET) && (ok || t->final_kind == ATS_FINAL_NONE))
        tk->answered = 0;
    if (ok && has(classes, C_POWER_OFF)) {
        event(tk, ATS_TRK_POWER_OFF, -1, t->final.line, t->final.time);
        tk->off_since_boot = 1;
    }
}

void ats_tracker_host_log(ats_tracker *tk, const ats_item *it)
{
    /* until it answers again it is booting: the host's "AT" probes meanwhile
     * are its wait for the boot, as after a restart command */
    if (tk->answered && line_is(tk, L_HOST_RESTART, it, NULL))
        tk->answered = 0;
}

void ats_tracker_urc(ats_tracker *tk, const ats_urc *u)
{
    const ats_item *it = &u->item;
    ats_span g;
    tk->nev = 0;
    if (u->boot) {
        if (!tk->off_since_boot)   /* a boot with no power-off before it: a reset */
            event(tk, ATS_TRK_POWER_OFF, -1, it->line, it->time);
        tk->off_since_boot = 0;
        ats_state_boot(&tk->st, it->line, it->time);
        tk->answered = 0;
        tk->mode = MODE_UNKNOWN;
        return;
    }
    int m = mode_of_line(tk, it->text);
    if (m)
        tk->mode = m;
    ip_with_registration(tk, it);
    if (line_is(tk, L_SIM_READY, it, NULL)) {
        ats_st_set(&tk->st.sim, it->line, it->time, ST_YES);
        /* the module's own report at its start-up, before it answered any
         * command: not an answer read apart from its query (a capture that
         * lost its line ends: AT+CPIN?+CPIN: READYOK, after AT's OK) */
        if (u->known && !u->inside_txn && !tk->answered)
            tk->st.sim_report_line = it->line;
    } else if (line_is(tk, L_REG_URC, it, &g))
        reg_status(tk, it, g);
    /* a read answer away from its query (a log that split it off, a
     * module's late answer): its <n>,<stat> read as an answer's */
    else if (line_is(tk, L_REG_RESPONSE, it, &g))
        reg_status(tk, it, g);
    else if (line_is(tk, L_LINK_DROP, it, &g)) {
        int s = span_int(g);
        if (s < 0 && tk->mode == MODE_SINGLE)   /* "CLOSED": the single connection */
            s = ST_SOCK_SINGLE;
        if (ats_sock_slot(s) >= 0)
            ats_st_set(&tk->st.sock[ats_sock_slot(s)], it->line, it->time, ST_NO);
        if (s > 0 && s <= ST_MAX_SOCKETS)   /* flow[0] means "every socket" */
            ats_st_set(&tk->st.flow[s], it->line, it->time, ST_NO);
        event(tk, ATS_TRK_LINK_DROP, s, it->line, it->time);
    } else if (line_is(tk, L_FLOW_OFF, it, &g)) {
        int s = span_int(g);
        if (s < 0 || s > ST_MAX_SOCKETS)
            s = 0;
        ats_st_set(&tk->st.flow[s], it->line, it->time, ST_YES);
        event(tk, ATS_TRK_FLOW_OFF, s, it->line, it->time);
    } else if (line_is(tk, L_FLOW_ON, it, &g)) {
        int s = span_int(g);
        if (s < 0 || s > ST_MAX_SOCKETS)
            s = 0;
        ats_st_set(&tk->st.flow[s], it->line, it->time, ST_NO);
        event(tk, ATS_TRK_FLOW_ON, s, it->line, it->time);
    }
}
