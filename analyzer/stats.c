/* stats.c - per-command counts, results, retries and latency percentiles,
 * URC counts and time in data mode, in bounded memory: latencies go into a
 * log-scaled histogram (about 3 % precision), not a list. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "atscope.h"

#define HB_SUB 32                 /* sub-buckets per power of two */
#define HB_POW 40                 /* 1 us .. 2^40 us (12 days) */
#define MAX_CMDS 256
#define MAX_URCS 128

typedef struct hist {
    uint32_t b[HB_POW * HB_SUB];
    uint64_t n;
    int64_t max;
} hist;

static void h_add(hist *h, int64_t us)
{
    if (us < 1)
        us = 1;
    int p = 63 - __builtin_clzll((unsigned long long)us);
    if (p >= HB_POW)
        p = HB_POW - 1;
    int64_t base = (int64_t)1 << p;
    int sub = (int)((us - base) * HB_SUB / base);
    if (sub >= HB_SUB)
        sub = HB_SUB - 1;
    h->b[p * HB_SUB + sub]++;
    h->n++;
    if (us > h->max)
        h->max = us;
}

/* The value below which q of the samples lie (bucket midpoint). */
static double h_q(const hist *h, double q)
{
    if (!h->n)
        return -1;
    uint64_t want = (uint64_t)(q * (double)h->n + 0.5), seen = 0;
    if (want < 1)
        want = 1;
    for (int i = 0; i < HB_POW * HB_SUB; i++) {
        seen += h->b[i];
        if (seen >= want) {
            int p = i / HB_SUB, sub = i % HB_SUB;
            double base = (double)((int64_t)1 << p);
            double v = base + base * (sub + 0.5) / HB_SUB;
            return v > (double)h->max ? (double)h->max : v;
        }
    }
    return (double)h->max;
}

typedef struct cmd_acc {
    ats_cmd_stats s;
    hist fin, comp;
} cmd_acc;

/* check feeds every capture through here (its JSON report's command_stats),
 * so a command and a URC are found by a hash of their name, not a scan. */
#define HSLOTS 512                /* > 2 * MAX_CMDS and MAX_URCS: short probes */

struct ats_statsacc {
    cmd_acc *cmds[MAX_CMDS];
    size_t ncmds;
    uint16_t cmd_slot[HSLOTS];    /* index + 1 into cmds; 0 empty */
    uint16_t urc_slot[HSLOTS];    /* index + 1 into urcs */
    cmd_acc other;                /* commands past MAX_CMDS distinct names */
    struct {
        char name[48];
        uint64_t n;
    } urcs[MAX_URCS];
    size_t nurcs;
    uint64_t urc_other;
    ats_data_stats data;
};

int ats_statsacc_new(ats_statsacc **out)
{
    *out = calloc(1, sizeof **out);
    if (!*out)
        return ATS_ENOMEM;
    snprintf((*out)->other.s.name, sizeof (*out)->other.s.name, "(other)");
    return 0;
}

void ats_statsacc_free(ats_statsacc *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->ncmds; i++)
        free(s->cmds[i]);
    free(s);
}

/* "AT+MIPOPEN=", "AT+CPIN?", "AT+CSQ", "ATE": the command as its name and
 * type (at most 40 bytes and its NUL; k has room for 48). */
static void key_of(const ats_txn *t, char *k)
{
    if (!t->ncmds) {
        memcpy(k, "?", 2);
        return;
    }
    const ats_subcmd *c = &t->cmds[0];
    const char *suffix = c->type == ATS_CMD_SET ? "=" : c->type == ATS_CMD_READ ? "?"
                         : c->type == ATS_CMD_TEST ? "=?" : "";
    size_t n = c->name.len == 2 && !memcmp(c->name.ptr, "AT", 2) ? 0
               : c->name.len < 32                                 ? c->name.len
                                                                  : 32;
    size_t k0 = strlen(suffix);
    memcpy(k, "AT", 2);
    memcpy(k + 2, c->name.ptr, n);
    memcpy(k + 2 + n, suffix, k0);
    n += 2 + k0;
    if (t->ncmds > 1) {
        memcpy(k + n, ";...", 4);
        n += 4;
    }
    k[n] = 0;
}

static unsigned slot_of(const char *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 16777619u;
    return h & (HSLOTS - 1);
}

static cmd_acc *find_cmd(ats_statsacc *s, const char *k)
{
    unsigned h = slot_of(k, strlen(k));
    for (; s->cmd_slot[h]; h = (h + 1) & (HSLOTS - 1))
        if (!strcmp(s->cmds[s->cmd_slot[h] - 1]->s.name, k))
            return s->cmds[s->cmd_slot[h] - 1];
    if (s->ncmds == MAX_CMDS)
        return &s->other;
    cmd_acc *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    snprintf(c->s.name, sizeof c->s.name, "%s", k);
    s->cmds[s->ncmds++] = c;
    s->cmd_slot[h] = (uint16_t)s->ncmds;
    return c;
}

/* The URC called p[0..len) (len < 48): its index, made with a count of 0
 * when new; MAX_URCS when there is no room for another. */
static size_t find_urc(ats_statsacc *s, const char *p, size_t len)
{
    unsigned h = slot_of(p, len);
    for (; s->urc_slot[h]; h = (h + 1) & (HSLOTS - 1)) {
        size_t i = s->urc_slot[h] - 1u;
        if (!memcmp(s->urcs[i].name, p, len) && !s->urcs[i].name[len])
            return i;
    }
    if (s->nurcs == MAX_URCS)
        return MAX_URCS;
    memcpy(s->urcs[s->nurcs].name, p, len);
    s->urcs[s->nurcs].name[len] = 0;
    s->urcs[s->nurcs].n = 0;
    s->urc_slot[h] = (uint16_t)++s->nurcs;
    return s->nurcs - 1;
}

static int same_clock(ats_time a, ats_time b) { return a.kind != ATS_TIME_NONE && a.kind == b.kind; }

int ats_statsacc_feed(ats_statsacc *s, const ats_record *r)
{
    if (r->kind == ATS_REC_TXN) {
        const ats_txn *t = r->txn;
        char k[sizeof ((ats_cmd_stats *)0)->name];   /* the key is at most 40 bytes */
        key_of(t, k);
        cmd_acc *c = find_cmd(s, k);
        if (!c)
            return ATS_ENOMEM;
        ats_cmd_stats *cs = &c->s;
        cs->count++;
        switch (t->final_kind) {
        case ATS_FINAL_OK:
        case ATS_FINAL_PROFILE_OK:
        case ATS_FINAL_CONNECT: cs->ok++; break;
        case ATS_FINAL_ERROR: cs->error++; break;
        case ATS_FINAL_CME_ERROR: cs->cme++; break;
        case ATS_FINAL_CMS_ERROR: cs->cms++; break;
        case ATS_FINAL_NONE: break;
        default: cs->other_fail++; break;
        }
        if (t->status == ATS_TXN_NO_FINAL || t->status == ATS_TXN_HOST_TIMEOUT)
            cs->no_final++;
        else if (t->status == ATS_TXN_UNFINISHED)
            cs->unfinished++;
        if (t->attempt > 1)
            cs->retries++;
        if (t->flags & ATS_TF_ASYNC) {
            switch (t->completion) {
            case ATS_COMPL_SUCCESS: cs->compl_success++; break;
            case ATS_COMPL_FAILURE: cs->compl_failure++; break;
            case ATS_COMPL_MISSING: cs->compl_missing++; break;
            case ATS_COMPL_PENDING: cs->compl_pending++; break;
            default: break;
            }
        }
        if (t->final.text.len && same_clock(t->command.time, t->final.time))
            h_add(&c->fin, t->final.time.us - t->command.time.us);
        if (t->completion_item.text.len && same_clock(t->command.time, t->completion_item.time))
            h_add(&c->comp, t->completion_item.time.us - t->command.time.us);
    } else if (r->kind == ATS_REC_URC) {
        const ats_span *n = &r->urc->name;
        size_t i = find_urc(s, n->ptr, n->len < 47 ? n->len : 47);
        if (i == MAX_URCS)
            s->urc_other++;
        else
            s->urcs[i].n++;
    } else if (r->kind == ATS_REC_DATA) {
        const ats_data *d = r->data;
        ats_data_stats *ds = &s->data;
        if (d->transparent) {
            ds->stretches++;
            ds->bytes += d->bytes_tx + d->bytes_rx + d->bytes_unknown;
            if (same_clock(d->start, d->end_item.time.kind ? d->end_item.time : d->end))
                ds->seconds += (double)((d->end_item.time.kind ? d->end_item.time.us : d->end.us) -
                                        d->start.us) / 1e6;
        } else {
            ds->received_lines++;
            ds->received_bytes += d->bytes_tx + d->bytes_rx + d->bytes_unknown;
        }
    }
    return 0;
}

int ats_statsacc_merge(ats_statsacc *dst, const ats_statsacc *src)
{
    for (size_t i = 0; i <= src->ncmds; i++) {
        const cmd_acc *a = i < src->ncmds ? src->cmds[i] : &src->other;
        if (i == src->ncmds && !a->s.count)
            break;
        cmd_acc *b = i < src->ncmds ? find_cmd(dst, a->s.name) : &dst->other;
        if (!b)
            return ATS_ENOMEM;
        ats_cmd_stats *y = &b->s;
        const ats_cmd_stats *x = &a->s;
        y->count += x->count;
        y->ok += x->ok;
        y->error += x->error;
        y->cme += x->cme;
        y->cms += x->cms;
        y->other_fail += x->other_fail;
        y->no_final += x->no_final;
        y->unfinished += x->unfinished;
        y->retries += x->retries;
        y->compl_success += x->compl_success;
        y->compl_failure += x->compl_failure;
        y->compl_missing += x->compl_missing;
        y->compl_pending += x->compl_pending;
        for (int j = 0; j < HB_POW * HB_SUB; j++) {
            b->fin.b[j] += a->fin.b[j];
            b->comp.b[j] += a->comp.b[j];
        }
        b->fin.n += a->fin.n;
        b->comp.n += a->comp.n;
        if (a->fin.max > b->fin.max)
            b->fin.max = a->fin.max;
        if (a->comp.max > b->comp.max)
            b->comp.max = a->comp.max;
    }
    for (size_t i = 0; i < src->nurcs; i++) {
        size_t j = find_urc(dst, src->urcs[i].name, strlen(src->urcs[i].name));
        if (j == MAX_URCS)
            dst->urc_other += src->urcs[i].n;
        else
            dst->urcs[j].n += src->urcs[i].n;
    }
    dst->urc_other += src->urc_other;
    dst->data.stretches += src->data.stretches;
    dst->data.bytes += src->data.bytes;
    dst->data.seconds += src->data.seconds;
    dst->data.received_lines += src->data.received_lines;
    dst->data.received_bytes += src->data.received_bytes;
    return 0;
}

size_t ats_statsacc_ncmds(const ats_statsacc *s) { return s->ncmds + (s->other.s.count ? 1 : 0); }

void ats_statsacc_cmd(const ats_statsacc *s, size_t i, ats_cmd_stats *out)
{
    const cmd_acc *c = i < s->ncmds ? s->cmds[i] : &s->other;
    *out = c->s;
    out->final_n = c->fin.n;
    out->final_p50_ms = c->fin.n ? h_q(&c->fin, 0.5) / 1000 : -1;
    out->final_p95_ms = c->fin.n ? h_q(&c->fin, 0.95) / 1000 : -1;
    out->final_max_ms = c->fin.n ? (double)c->fin.max / 1000 : -1;
    out->compl_n = c->comp.n;
    out->compl_p50_ms = c->comp.n ? h_q(&c->comp, 0.5) / 1000 : -1;
    out->compl_p95_ms = c->comp.n ? h_q(&c->comp, 0.95) / 1000 : -1;
    out->compl_max_ms = c->comp.n ? (double)c->comp.max / 1000 : -1;
}

size_t ats_statsacc_nurcs(const ats_statsacc *s) { return s->nurcs; }

void ats_statsacc_urc(const ats_statsacc *s, size_t i, const char **name, uint64_t *count)
{
    *name = s->urcs[i].name;
    *count = s->urcs[i].n;
}

const ats_data_stats *ats_statsacc_data(const ats_statsacc *s) { return &s->data; }
