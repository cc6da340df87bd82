/* track.c - keeps the module state (analyzer/state.h) current from the
 * records, using only the profile's classes. Rules read the state as of the
 * line their evidence starts. */
#include <string.h>
#include "rules_int.h"
#include "rules_util.h"

static int tri_from_stat(ats_span stat)
{
    return stat.len == 1 && (stat.ptr[0] == '1' || stat.ptr[0] == '5') ? ST_YES : ST_NO;
}

/* "+MIPOPEN: 2,3,4" lists the free ids: those are closed, the others up to
 * the highest listed are open. Ids above it are left unknown (models differ
 * in how many sockets they have). */
static void free_sockets(ats_engine *e, ats_span ids, uint64_t line, ats_time t)
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
        st_set(&e->st.sock[s], line, t, listed[s] ? ST_NO : ST_YES);
}

static void power_off(ats_engine *e, uint64_t line, ats_time t);

void track_txn(ats_engine *e, const ats_txn *t)
{
    int ok = t->final_kind == ATS_FINAL_OK || t->final_kind == ATS_FINAL_PROFILE_OK;
    /* A command the profile does not know may have changed anything (the
     * guide's AT+MIOPEN clearly opened a socket): forget what we knew. */
    for (size_t k = 0; k < t->ncmds && k < 32; k++)
        if ((t->unknown_mask & (1u << k)) &&
            !ats_profile_has_name(e->rs->p, t->cmds[k].name.ptr, t->cmds[k].name.len)) {
            uint64_t at = t->last_line;
            ats_time tm = t->command.time;
            st_set(&e->st.ip, at, tm, ST_UNKNOWN);
            for (int s = 0; s <= ST_MAX_SOCKETS; s++)
                st_set(&e->st.sock[s], at, tm, ST_UNKNOWN);
            break;
        }
    if (t->final_kind != ATS_FINAL_NONE)
        e->answered = 1;
    for (size_t i = 0; i < t->nresponses; i++) {
        const ats_item *r = &t->responses[i];
        ats_span g;
        if (cls_line(e, L_SIM_READY, r->text.ptr, r->text.len, NULL))
            st_set(&e->st.sim, r->line, r->time, ST_YES);
        else if (cls_line(e, L_REG_RESPONSE, r->text.ptr, r->text.len, &g))
            st_set(&e->st.reg, r->line, r->time, tri_from_stat(g));
        else if (cls_line(e, L_IP_RESPONSE, r->text.ptr, r->text.len, &g) && g.len)
            st_set(&e->st.ip, r->line, r->time,
                   (g.len == 1 && g.ptr[0] == '0') ? ST_NO : ST_YES);
        else if (cls_cmd(e, C_SOCKET_QUERY, t) &&
                 cls_line(e, L_FREE_SOCKETS, r->text.ptr, r->text.len, &g))
            free_sockets(e, g, r->line, r->time);
    }
    const ats_item *c;
    int outcome = txn_outcome(t, &c);
    int done = outcome > 0, failed = outcome < 0;
    int s = txn_sock(t);
    if (cls_cmd(e, C_ATTACH, t) && (done || failed))
        st_set(&e->st.ip, c->line, c->time, done ? ST_YES : ST_NO);
    if (cls_cmd(e, C_DETACH, t) && done)
        st_set(&e->st.ip, c->line, c->time, ST_NO);
    if (s >= 0 && s <= ST_MAX_SOCKETS) {   /* some modules number sockets from 0 */
        if (cls_cmd(e, C_OPEN, t) && (done || failed))
            st_set(&e->st.sock[s], c->line, c->time, done ? ST_YES : ST_NO);
        if (cls_cmd(e, C_CLOSE, t) && done) {
            st_set(&e->st.sock[s], c->line, c->time, ST_NO);
            if (s > 0)   /* flow[0] is "every socket", not socket 0 */
                st_set(&e->st.flow[s], c->line, c->time, ST_NO);
        }
    }
    /* "+CMEE: 2" answering AT+CMEE?: the verbosity as the module reports it */
    const cmd_class *ve = &e->rs->cc[C_VERBOSE_ERRORS];
    if (ok && t->ncmds == 1 && t->cmds[0].type == ATS_CMD_READ)
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
                    st_set(&e->st.cmee, r->line, r->time, r->text.ptr[j] - '0' + 1);
            }
            break;
        }
    if (ok && cls_cmd(e, C_VERBOSE_ERRORS, t)) {
        int v = -1;
        for (size_t k = 0; k < t->ncmds; k++)
            if (t->cmds[k].nargs && t->cmds[k].args[0].len == 1)
                v = t->cmds[k].args[0].ptr[0] - '0';
        if (v >= 0 && v <= 2)
            st_set(&e->st.cmee, t->final.line, t->final.time, v + 1);
    }
    if (ok && cls_cmd(e, C_POWER_OFF, t)) {
        power_off(e, t->final.line, t->final.time);
        e->off_since_boot = 1;
    }
}

void track_urc(ats_engine *e, const ats_urc *u)
{
    const ats_item *it = &u->item;
    ats_span g;
    if (u->boot) {
        if (!e->off_since_boot)   /* a boot with no power-off before it: a reset */
            power_off(e, it->line, it->time);
        e->off_since_boot = 0;
        ats_state_boot(&e->st, it->line, it->time);
        e->answered = 0;
        return;
    }
    if (cls_line(e, L_SIM_READY, it->text.ptr, it->text.len, NULL))
        st_set(&e->st.sim, it->line, it->time, ST_YES);
    else if (cls_line(e, L_REG_URC, it->text.ptr, it->text.len, &g))
        st_set(&e->st.reg, it->line, it->time, tri_from_stat(g));
    else if (cls_line(e, L_LINK_DROP, it->text.ptr, it->text.len, &g)) {
        int s = span_int(g);
        if (s >= 0 && s <= ST_MAX_SOCKETS)
            st_set(&e->st.sock[s], it->line, it->time, ST_NO);
        if (s > 0 && s <= ST_MAX_SOCKETS) {   /* flow[0] and stall[0] mean "every socket" */
            st_set(&e->st.flow[s], it->line, it->time, ST_NO);
            e->stall_line[s] = 0;
        }
    } else if (cls_line(e, L_FLOW_OFF, it->text.ptr, it->text.len, &g)) {
        int s = span_int(g);
        if (s < 0 || s > ST_MAX_SOCKETS)
            s = 0;
        st_set(&e->st.flow[s], it->line, it->time, ST_YES);
        if (!e->stall_line[s]) {
            e->maybe_stalled = 1;
            e->stall_line[s] = it->line;
            e->stall_time[s] = it->time;
        }
    } else if (cls_line(e, L_FLOW_ON, it->text.ptr, it->text.len, &g)) {
        int s = span_int(g);
        if (s < 0 || s > ST_MAX_SOCKETS)
            s = 0;
        st_set(&e->st.flow[s], it->line, it->time, ST_NO);
        e->stall_line[s] = 0;
        if (s == 0)
            for (int i = 1; i <= ST_MAX_SOCKETS; i++)
                e->stall_line[i] = 0;
    }
}

/* power-cycle-interval: each power-off, with the time since the previous. */
static void power_off(ats_engine *e, uint64_t line, ats_time t)
{
    e->power_count++;
    if (e->npower && t.kind != ATS_TIME_NONE) {
        const power_event *prev = &e->power[(e->npower - 1) % 8];
        if (prev->time.kind == t.kind) {
            double gap = (double)(t.us - prev->time.us) / 1e6;
            double limit = (double)e->power_count > e->after_count ? e->long_interval_s
                                                                      : e->min_interval_s;
            if (gap < limit) {
                eng_violation(e, R_POWER_CYCLE_INTERVAL, line, t, 0, "power",
                              "power-off %.1f s after the previous one (at least %g s%s)", gap,
                              limit, limit == e->long_interval_s ? " after repeated power cycles" : "");
                eng_related(e, prev->line, "previous power-off");
            }
        }
    }
    e->power[e->npower % 8].line = line;
    e->power[e->npower % 8].time = t;
    e->npower++;
}
