/* state.c - module state with a bounded history per variable. */
#include "state.h"
#include <string.h>

void ats_state_init(ats_state *s) { memset(s, 0, sizeof *s); }

void ats_st_set(st_hist *h, uint64_t line, ats_time t, int value)
{
    if (h->n == HIST_N) {
        /* fold the oldest change into the base: it still holds after its line */
        int oldest = 0;
        for (int i = 1; i < HIST_N; i++)
            if (h->line[i] < h->line[oldest])
                oldest = i;
        if (h->line[oldest] >= h->base_line) {
            h->base_line = h->line[oldest];
            h->base_value = h->value[oldest];
        }
        h->line[oldest] = h->line[HIST_N - 1];
        h->value[oldest] = h->value[HIST_N - 1];
        h->time[oldest] = h->time[HIST_N - 1];
        h->n--;
        /* h->last is the latest line, of equal lines the highest index. The
         * oldest is not it (unless all lines are equal, when the last index
         * is), and an entry moved down from the last index was below it
         * (else it would be it): only when the latest itself moved may an
         * equal line above its new index be the latest, and not even then
         * when the change set now is as late (it takes the last index). A
         * full history's newest change is usually the latest: the scan that
         * follows every fold is the exception. */
        if (h->last == HIST_N - 1) {
            h->last = oldest;
            if (line < h->line[oldest])
                for (int i = oldest + 1; i < h->n; i++)
                    if (h->line[i] >= h->line[h->last])
                        h->last = i;
        }
    }
    h->line[h->n] = line;
    h->value[h->n] = value;
    h->time[h->n] = t;
    /* the latest line wins, and of equal lines the later entry: as the
     * scans below choose */
    if (h->n == 0 || line >= h->line[h->last])
        h->last = h->n;
    h->n++;
}

int ats_st_at(const st_hist *h, uint64_t line, uint64_t *set_line)
{
    /* asked at the line being read, after every change kept: the latest */
    if (h->n && h->line[h->last] < line) {
        if (set_line)
            *set_line = h->line[h->last];
        return h->value[h->last];
    }
    int best = -1;
    for (int i = 0; i < h->n; i++)
        /* later entries win ties: they were learnt later about the same line */
        if (h->line[i] < line && (best < 0 || h->line[i] >= h->line[best]))
            best = i;
    if (best >= 0) {
        if (set_line)
            *set_line = h->line[best];
        return h->value[best];
    }
    if (set_line)
        *set_line = h->base_line;
    return h->base_line && h->base_line < line ? h->base_value : ST_UNKNOWN;
}

int ats_st_last(const st_hist *h, uint64_t *set_line, ats_time *set_time)
{
    int best = h->n ? h->last : -1;
    if (best < 0) {
        if (set_line)
            *set_line = h->base_line;
        if (set_time)
            memset(set_time, 0, sizeof *set_time);
        return h->base_line ? h->base_value : ST_UNKNOWN;
    }
    if (set_line)
        *set_line = h->line[best];
    if (set_time)
        *set_time = h->time[best];
    return h->value[best];
}

void ats_state_boot(ats_state *s, uint64_t line, ats_time t)
{
    /* after a boot: no IP, no socket, no flow control; SIM and network unknown */
    ats_st_set(&s->ip, line, t, ST_NO);
    /* sock[0] is socket 0 (modules that number from 0); flow[0] is "every socket" */
    for (int i = 0; i <= ST_MAX_SOCKETS; i++) {
        ats_st_set(&s->sock[i], line, t, ST_NO);
        ats_st_set(&s->flow[i], line, t, ST_NO);
    }
    ats_st_set(&s->sock[ST_SINGLE], line, t, ST_NO);
    ats_st_set(&s->sim, line, t, ST_UNKNOWN);
    ats_st_set(&s->reg, line, t, ST_UNKNOWN);
    s->nreg_dom = 0;
    s->boot_line = line;
    s->sim_report_line = 0;
    s->boot_time = t;
    s->boots++;
}
