/* rule.h - what a rule is: one descriptor, defined in its family's file
 * (rules/rule_*.c) and listed once in rules/registry.h. The engine derives
 * everything else from it: the report's order and ids, the parameters a
 * profile or config may set (and their ranges), not-evaluable from what the
 * rule needs, and which hooks to call with which records.
 *
 * Nothing here names a module. The guide section a rule rests on, and the
 * messages that name a module's commands, are the profile's (its "rules"
 * object: "section", "summary", "message"). */
#ifndef ATS_RULE_H
#define ATS_RULE_H

#include "atscope.h"
#include "../analyzer/track.h"

/* What the capture must carry for the rule to be checked at all. */
enum {
    ATS_NEED_TIME = 1,        /* timestamps */
    ATS_NEED_DIRECTION = 2,   /* which side sent each byte */
    ATS_NEED_LOSSLESS = 4,    /* the wire's bytes and line ends (not minicom's, socat -v's) */
    /* What the modem said, which some tools do not show (a definition's
     * "shows", ATS_HIDES_*): a rule that needs what the capture's format
     * leaves out is not evaluable, and its findings are dropped, since they
     * would rest on a line the tool did not print (no evidence, no pass; no
     * false finding either). */
    ATS_NEED_FINALS = 8,      /* each command's final result code, or its absence */
    ATS_NEED_ANSWERS = 16,    /* every line of an answer (prompts, information lines) */
    ATS_NEED_UNSOLICITED = 32,/* URCs, completions and reports the modem sends on its own */
    ATS_NEED_FAILURES = 64,   /* the modem's error results as it sent them (+CME ERROR: 10) */
    /* every command the host sent (a definition's "omits_commands": a
     * printer that logs some calls' replies and not their commands): a
     * rule that judges an answer with no command, or a command the host
     * did not send, would blame the modem or the host for the printer's gap */
    ATS_NEED_COMMANDS = 128
};

typedef enum ats_param_kind {
    ATS_PARAM_COUNT,          /* a whole number */
    ATS_PARAM_SECONDS         /* any number of seconds */
} ats_param_kind;

typedef struct ats_rule_param {
    const char *name;
    ats_param_kind kind;
    double dflt;              /* below min: a "not set" sentinel, allowed as itself */
    double min, max;          /* max < min: no upper bound */
} ats_rule_param;

typedef struct ats_engine ats_engine;

/* What a hook is called with. */
typedef struct ats_rule_ctx {
    ats_engine *e;
    int rule;                 /* the rule's place in the registry: ats_eng_violation's `rule` */
    void *st;                 /* the rule's own state: state_size bytes, zeroed */
} ats_rule_ctx;

/* Each may be NULL. Hooks run in registry order, the rules marked
 * after_others last; every rule's hooks run whether or not it is enabled
 * (ats_eng_violation drops a disabled rule's findings), so a rule's state never
 * depends on a config. */
typedef struct ats_rule_hooks {
    void (*init)(ats_rule_ctx *c);                          /* read parameters */
    void (*before)(ats_rule_ctx *c, const ats_record *r);   /* a txn, URC or data record,
                                                               before any rule's hook for it */
    void (*txn)(ats_rule_ctx *c, const ats_txn *t);
    void (*urc)(ats_rule_ctx *c, const ats_urc *u);
    void (*data)(ats_rule_ctx *c, const ats_data *d);
    void (*chain)(ats_rule_ctx *c, const ats_chain *ch);
    void (*unparsed)(ats_rule_ctx *c, const ats_record *r);
    /* what the state tracker saw change, after it has taken the record */
    void (*state)(ats_rule_ctx *c, const ats_track_event *ev);
    void (*finish)(ats_rule_ctx *c);                        /* end of the capture */
    /* another rule's finding on a transaction (v->txn), at warning or above,
     * once delivered: what ats_eng_flagged remembers, for a rule that holds
     * its own findings until it knows whether another rule explained the
     * same transaction (error-detail). Only for after_others rules, and
     * only for findings of the others; it must not report. */
    void (*finding)(ats_rule_ctx *c, const ats_violation *v);
} ats_rule_hooks;

typedef struct ats_rule_desc {
    const char *id;           /* stable: reports, configs and tests use it */
    ats_severity severity;    /* the default */
    const char *summary;      /* generic; a profile may give its own */
    unsigned needs;           /* ATS_NEED_* of the capture */
    /* of the profile: class names (analyzer/classes.c), "a|b" either; a
     * profile without one makes the rule not-evaluable, never pass */
    const char *needs_classes;
    const ats_rule_param *params;   /* ended by {NULL}; NULL: none */
    size_t state_size;
    /* reads which transactions other rules flagged (ats_eng_flagged), so it runs
     * after them; its own findings flag none */
    int after_others;
    /* its findings on a transaction name why that command failed (sent under
     * flow control, on a closed socket, before the prompt, while an async
     * command still waited...): a re-send would fail the same way, so
     * retry-too-few does not ask for one beside them */
    int names_cause;
    /* the txn hook sees only transactions of one of these command classes
     * (a bit per cmd_class_id, analyzer/classes.h); 0: every transaction */
    unsigned txn_classes;
    /* No evidence, no pass: when set, the rule passes only if it saw what
     * it checks (ats_eng_saw, or a finding of its own); otherwise it is not
     * evaluable with this reason ("no send command in the capture"). */
    const char *no_evidence;
    ats_rule_hooks on;
} ats_rule_desc;

#define ATS_RULES_MAX 64

/* The registry (registry.c): every rule, in report order. */
extern const ats_rule_desc *const ats_rule_registry[];
extern const size_t ats_rule_count;
/* The rule's place in the registry, -1 if no rule has that id. */
int ats_rule_index(const char *id);
/* "time+direction": the needs as ats_rule_info gives them. */
const char *ats_rule_needs_name(unsigned needs);

#endif
