/* state.h - what the capture shows about the module, as of any line.
 *
 * Records reach the analyzer when they complete, not when they start (an
 * async command's record comes after later lines'), so every state keeps a
 * short history of (line, value) changes and is asked "as of line L". Every
 * state starts unknown: a capture that begins mid-session proves nothing
 * about what happened before it. */
#ifndef ATS_STATE_H
#define ATS_STATE_H

#include <stdint.h>
#include "atscope.h"

enum { ST_UNKNOWN = 0, ST_NO = 1, ST_YES = 2 };     /* values of a tri-state */

#define HIST_N 16

typedef struct st_hist {
    uint64_t line[HIST_N];
    int value[HIST_N];
    ats_time time[HIST_N];
    int n;
    int last;                /* the entry ats_st_last names (when n > 0): kept on set,
                                since every record asks it and most of ats_st_at's */
    uint64_t base_line;      /* changes older than the kept ones folded into base */
    int base_value;
} st_hist;

void ats_st_set(st_hist *h, uint64_t line, ats_time t, int value);
/* Value as of just before line (changes at earlier lines); also where it was set. */
int ats_st_at(const st_hist *h, uint64_t line, uint64_t *set_line);
/* The latest value whatever its line. */
int ats_st_last(const st_hist *h, uint64_t *set_line, ats_time *set_time);

#define ST_MAX_SOCKETS 32
/* The one connection of a module in single-connection mode (SIM800 with
 * AT+CIPMUX=0: AT+CIPSTART="TCP",... names no link id): a slot of its own,
 * so it is never taken for socket 0. */
#define ST_SINGLE (ST_MAX_SOCKETS + 1)
/* The socket a transaction acts on, as the tracker says (ats_tracker_sock):
 * an id as the command gave it, or one of these: none named; the single
 * connection (above any id a command can give); a form that fits both modes
 * while the capture does not say which is on. */
#define ST_SOCK_NONE (-1)
#define ST_SOCK_UNSURE (-2)
#define ST_SOCK_SINGLE 1000000
/* Its slot in ats_state.sock[], -1 if it has none. */
static inline int ats_sock_slot(int s)
{
    return s == ST_SOCK_SINGLE ? ST_SINGLE : s >= 0 && s <= ST_MAX_SOCKETS ? s : -1;
}

typedef struct ats_state {
    st_hist ip;                          /* ST_YES: an IP is held */
    st_hist sock[ST_SINGLE + 1];         /* ST_YES open, ST_NO closed; [0]: socket 0,
                                            [ST_SINGLE]: the single connection */
    st_hist flow[ST_MAX_SOCKETS + 1];    /* ST_YES flow-controlled (XOFF); [0]: all */
    st_hist sim;                         /* SIM ready since the last boot */
    st_hist reg;                         /* registered (stat 1 or 5) in some domain */
    /* each domain's last status (+CREG circuit, +CGREG GPRS, +CEREG EPS,
     * +C5GREG 5GS: the line's name), for reg: an LTE module that says
     * +CREG: 0,0 beside +CEREG: 0,1 is registered */
    struct {
        char name[12];
        int value;
    } reg_dom[6];
    int nreg_dom;
    st_hist cmee;                        /* 0, 1, 2 + 1 (0 = unknown) */
    uint64_t boot_line;                  /* last boot report, 0 none */
    uint64_t sim_report_line;            /* the SIM's last unsolicited ready report
                                            since the boot (L610's +SIM READY), 0 none */
    ats_time boot_time;
    uint64_t boots;
} ats_state;

void ats_state_init(ats_state *s);
/* A boot report: the module starts over. */
void ats_state_boot(ats_state *s, uint64_t line, ats_time t);

#endif
