/* track.h - the module state tracker: keeps ats_state (state.h) current from
 * the records, using only the profile's classes (classes.h). It judges
 * nothing: the rules read the state as of the line their evidence starts,
 * and hear of the changes a rule keeps its own count of (a power-off, flow
 * control switched on or off, a link dropped) as events. */
#ifndef ATS_TRACK_H
#define ATS_TRACK_H

#include "classes.h"
#include "state.h"

enum ats_track_event_kind {
    ATS_TRK_POWER_OFF = 1,    /* a power-off command succeeded, or a boot came unannounced */
    ATS_TRK_FLOW_OFF,         /* sock: the socket, 0 every socket (or an id out of range) */
    ATS_TRK_FLOW_ON,          /* sock: as for FLOW_OFF */
    ATS_TRK_LINK_DROP         /* sock: the id the line gave, -1 none */
};

typedef struct ats_track_event {
    int kind;
    int sock;
    uint64_t line;
    ats_time time;
} ats_track_event;

#define ATS_TRACK_EVENTS 4    /* at most two come of one record */

/* One line's answers to the line classes it was asked of, while one record
 * is judged: the tracker and several rules ask the same classes of the same
 * lines (SIM ready, SIM fault of every answer line), and a line that passes
 * a class's first-byte refusal costs a PCRE2 match each time. Keyed by the
 * line's address and length, which stand for its bytes only while the
 * record they belong to is being fed: ats_tracker_next_record forgets all. */
typedef struct ats_line_memo {
    const char *ptr;
    size_t len;
    uint64_t gen;             /* the record it was asked in: stale unless tk->gen */
    uint32_t asked, yes;      /* a bit per line_class_id */
} ats_line_memo;

#define ATS_TRACK_MEMO 16     /* a power of two; a record has a few lines asked of */

typedef struct ats_tracker {
    const ats_profile *p;
    const ats_classes *cls;
    pcre2_match_data *md;
    ats_state st;
    int answered;             /* some command got a final result since the start/boot */
    int off_since_boot;       /* a power-off command preceded the next boot report */
    /* single- or multi-connection mode (SIM800 AT+CIPMUX): 0 unknown, 1
     * single, 2 multi; and the socket the transaction being judged acts on
     * (ats_tracker_sock) */
    int mode;
    int cur_sock;
    ats_track_event ev[ATS_TRACK_EVENTS];   /* what the last record changed */
    size_t nev;
    uint64_t gen;             /* records begun: 0 before the first (no memo then) */
    ats_line_memo memo[ATS_TRACK_MEMO];
} ats_tracker;

int ats_tracker_init(ats_tracker *tk, const ats_profile *p, const ats_classes *cls,
                     ats_error *err);
void ats_tracker_free(ats_tracker *tk);
/* A new record is being judged: the lines asked of before are forgotten
 * (their addresses may hold other bytes now). */
static inline void ats_tracker_next_record(ats_tracker *tk) { tk->gen++; }
/* ats_tracker_line_is past the refusal by first bytes. */
int ats_tracker_line_ask(ats_tracker *tk, int cls, const char *s, size_t n, ats_span *group);
/* Does line s match the profile's line class cls (classes.h L_*)? For the
 * rules, with the tracker's match data and the profile's match limits. s
 * must be a line of the record being judged (its answer is kept until
 * ats_tracker_next_record). Inline: most lines are refused by their first
 * bytes, where a call would cost more than the test. */
static inline int ats_tracker_line_is(ats_tracker *tk, int cls, ats_span s)
{
    if (!ats_classes_line_may(tk->cls, cls, s.ptr, s.len))
        return 0;
    return ats_tracker_line_ask(tk, cls, s.ptr, s.len, NULL);
}
/* The socket transaction t acts on (classes: its command classes): its id
 * argument; for a command of the `single_connection` class, ST_SINGLE when
 * the module is in single-connection mode (its AT+CIPMUX, its answers, the
 * form of an earlier command that worked, or this one's own form or answer
 * say so), ST_SOCK_UNSURE when nothing says which mode is on and the form
 * fits both (AT+CIPCLOSE=1: quick close, or link 1). ST_SOCK_NONE: none.
 * Called before the rules see t; ats_tracker_txn then uses the same. */
int ats_tracker_sock(ats_tracker *tk, const ats_txn *t, unsigned classes);
/* A transaction; classes: its command classes (bit per cmd_class_id). */
void ats_tracker_txn(ats_tracker *tk, const ats_txn *t, unsigned classes);
void ats_tracker_urc(ats_tracker *tk, const ats_urc *u);
/* A host-log line (it): the host's own word that it reset or powered the
 * module on (the host_restart class) says the module is booting. */
void ats_tracker_host_log(ats_tracker *tk, const ats_item *it);

#endif
