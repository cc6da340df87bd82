/* rules_int.h - the rule engine's insides, shared by its files. */
#ifndef ATS_RULES_INT_H
#define ATS_RULES_INT_H

#include <jansson.h>
#include "../analyzer/classes.h"
#include "../analyzer/track.h"
#include "atscope.h"
#include "registry.h"
#include "rule.h"

ATS_RULE_LIST(ATS_RULE_DECLARE)

struct ats_ruleset {
    const ats_profile *p;
    int enabled[ATS_RULES_MAX];
    ats_severity severity[ATS_RULES_MAX];
    json_t *params[ATS_RULES_MAX];  /* effective parameters (owned) */
    ats_classes cls;
    double min_coverage;      /* below it a capture is inconclusive */
    /* from the profile (then the config): what a rule cites and says */
    char *section[ATS_RULES_MAX];   /* NULL: the profile cites nothing */
    char *summary[ATS_RULES_MAX];   /* NULL: the descriptor's */
    json_t *message[ATS_RULES_MAX]; /* template string, or {variant: template} */
};

/* The hooks of ats_rule_hooks, as the engine calls them. */
enum eng_hook { H_INIT, H_BEFORE, H_TXN, H_URC, H_DATA, H_CHAIN, H_UNPARSED, H_STATE, H_FINISH,
                H_FINDING, H_COUNT };

#define CLS_CACHE 64

typedef struct cls_cache_entry {
    char key[72];
    size_t len;
    unsigned classes;
} cls_cache_entry;

/* One rule's hook as each_rule calls it: what it reads per record in one
 * place, instead of the registry, the descriptor and the context apart. */
typedef struct eng_call {
    const ats_rule_hooks *on;
    ats_rule_ctx *c;
    unsigned txn_classes;     /* the descriptor's: 0 every transaction */
} eng_call;

struct ats_engine {
    const ats_ruleset *rs;
    ats_capture_info ci;
    const ats_formatset *formats;   /* ats_engine_set_formats: NULL, none */
    ats_violation_cb cb;
    void *user;
    ats_rule_result res[ATS_RULES_MAX];
    ats_rule_ctx ctx[ATS_RULES_MAX];
    /* per hook, the rules that have it, in hook order: the registry's,
     * after_others last */
    unsigned char hooked[H_COUNT][ATS_RULES_MAX];
    unsigned char nhooked[H_COUNT];
    eng_call calls[H_COUNT][ATS_RULES_MAX];   /* hooked[h][k]'s hook, context and classes */
    void *states;               /* every rule's state, one block */
    ats_tracker tk;             /* the module's state (analyzer/track.h) */
    ats_time now;
    int stopped;
    ats_violation *v;         /* the violation being built */
    uint64_t cmd_for;         /* ats_eng_cmd's cache: transaction id */
    char cmd[200];
    char sock_key[32];
    unsigned tcls;            /* command classes of the current transaction (bit per class) */
    cls_cache_entry cls_cache[CLS_CACHE];
    int pending_rule;         /* -1: none being built */
    char na_reason[ATS_RULES_MAX][120];   /* set when a rule could not check what it saw */
    unsigned char saw[ATS_RULES_MAX];     /* the rule checked something (ats_eng_saw) */
    /* a rule that needs lossless bytes judged counts the lossy format gives
     * exactly (Portmon's Length n:): not made not-evaluable for the format */
    unsigned char exact[ATS_RULES_MAX];
    ats_coverage cov;         /* lines seen and understood (ats_engine_coverage) */
    uint64_t modem_said;      /* records holding something the modem sent (coverage.c) */
    char msgbuf[600];         /* ats_eng_msg's */
    /* transactions a rule flagged at warning or above (ats_eng_flagged) */
    uint64_t flagged[32];
    size_t nflagged;
    /* failed transactions a rule holds to judge later (ats_eng_claim) */
    uint64_t claimed[16];
    size_t nclaimed;
};

/* engine.c */
/* What of the rule's needs the capture's format does not show ("" when it
 * shows them all): "final results", ... for the not-evaluable reason. */
const char *ats_eng_unshown(const ats_engine *e, int rule);
void ats_eng_violation(ats_engine *e, int rule, uint64_t line, ats_time t, uint64_t txn,
                       const char *key, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;
void ats_eng_flush(ats_engine *e);
/* The rule could not check what it saw: not evaluable with this reason
 * (on pass), or "partly checked: why" (on fail). */
void ats_eng_not_evaluable(ats_engine *e, int rule, const char *why);
/* The rule found what it checks in the capture and checked it: the
 * evidence a pass rests on (rule.h, no_evidence). */
static inline void ats_eng_saw(ats_engine *e, int rule) { e->saw[rule] = 1; }
/* The rule ran, but part of it could not: its reason says "partly checked:
 * why" (on pass or fail). */
void ats_eng_partly(ats_engine *e, int rule, const char *why);
/* What a rule could not judge: "partly checked: why" when it judged something
 * else (judged), else its not-evaluable reason, set at the end. */
void ats_eng_partly_or_na(ats_engine *e, int rule, int judged, const char *why);
void ats_eng_related(ats_engine *e, uint64_t line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
int ats_eng_on(const ats_engine *e, int rule);
/* The effective value of one of the rule's parameters (profile, then config). */
double ats_eng_param(const ats_engine *e, int rule, const char *name);
/* Did a rule flag transaction txn at warning or above? */
int ats_eng_flagged(const ats_engine *e, uint64_t txn);
/* A failure a rule holds to judge later, when the host's next steps show
 * whether it gave up (retry-too-few): another rule's finding on it would be
 * the same fault said twice, so ats_eng_claimed tells it to leave it.
 * Unclaimed when the holder finds nothing wrong. */
void ats_eng_claim(ats_engine *e, uint64_t txn);
void ats_eng_unclaim(ats_engine *e, uint64_t txn);
int ats_eng_claimed(const ats_engine *e, uint64_t txn);
/* Classes of the transaction being checked, computed once per transaction. */
static inline int cls_cmd(const ats_engine *e, int cls, const ats_txn *t)
{
    (void)t;
    return (e->tcls >> cls) & 1;
}
/* Escaped, shortened copy of capture text for messages. */
void ats_eng_text(char *out, size_t cap, ats_span s);
/* The transaction's command as message text, made once and only when needed. */
const char *ats_eng_cmd(ats_engine *e, const ats_txn *t);
/* The rule's message: the profile's (or config's) template for `variant`
 * (NULL: the rule's only one) if it has one, else dflt; "{name}" takes the
 * value of name in vars ({"cmd", "AT+X", "sock", "1", NULL}), an unknown
 * name stays as written. The text lives until the next call. */
const char *ats_eng_msg(ats_engine *e, int rule, const char *variant, const char *dflt,
                        const char *const *vars);
/* "socket N" as a fingerprint key, made only when a violation needs it. */
const char *ats_eng_sock_key(ats_engine *e, int s);
/* The socket the transaction being checked acts on (ats_tracker_sock):
 * its id, ST_SOCK_SINGLE, ST_SOCK_UNSURE or ST_SOCK_NONE. */
static inline int ats_eng_sock(const ats_engine *e) { return e->tk.cur_sock; }
/* The module state as the tracker keeps it. */
static inline const ats_state *ats_eng_state(const ats_engine *e) { return &e->tk.st; }

/* rule_failed.c: "+CME ERROR: 10" -> "+CME ERROR: 10, SIM not inserted" when
 * the profile's "errors" object (errors: a json_t *, NULL: none) says what
 * the code means (27.007 9.2, 27.005 3.2.5); a verbose error (AT+CMEE=2)
 * already says it. */
void ats_rule_error_meaning(const json_t *errors, char *res, size_t cap);

/* coverage.c */
void ats_cov_record(ats_engine *e, const ats_record *r);
void ats_cov_finish(ats_engine *e);

#endif
