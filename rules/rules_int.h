/* rules_int.h - the rule engine's insides, shared by its files. */
#ifndef ATS_RULES_INT_H
#define ATS_RULES_INT_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <jansson.h>
#include <pcre2.h>
#include "../analyzer/state.h"
#include "../parser/internal.h"
#include "atscope.h"

enum rule_id {
    R_ASYNC_OVERLAP = 0,
    R_RESPONSE_TIMEOUT,
    R_COMPLETION_TIMEOUT,
    R_RETRY_TOO_FEW,
    R_RETRY_STORM,
    R_SEND_LENGTH,
    R_SEND_PAYLOAD_MISMATCH,
    R_SEND_BEFORE_PROMPT,
    R_SEND_REPORT_WAIT,
    R_FLOW_CONTROL,
    R_FLOW_CONTROL_STALL,
    R_ESCAPE_GUARD,
    R_POWER_CYCLE_INTERVAL,
    R_CFUN_ZERO,
    R_SOCKET_WITHOUT_IP,
    R_SOCKET_STATE,
    R_ATTACH_PRECONDITIONS,
    R_FIRST_COMMAND,
    R_VERIFY_AFTER_CLOSE,
    R_ERROR_DETAIL,
    R_UNKNOWN_COMMAND,
    R_ORPHAN_RESPONSE,
    R_COMMAND_FAILED,
    R_COUNT
};

typedef struct rule_def {
    const char *id;
    ats_severity severity;
    const char *summary;      /* generic; a profile may give its own */
    const char *needs;        /* of the capture: "time", "direction", "time+direction",
                                 "lossless", "" */
    const char *needs_classes;/* of the profile: "send flow_off flow_on"; "a|b" either */
    const char *params;       /* default parameters, JSON text */
} rule_def;

extern const rule_def ats_rule_defs[R_COUNT];

/* A command class from the profile: "+MIPCALL=1" is name, type, args prefix. */
typedef struct cmd_spec {
    char name[32];
    size_t name_len;
    int type;                 /* ats_cmd_type, or -1 any */
    char args[32];            /* prefix of the arguments, blanks removed */
    size_t args_len;
} cmd_spec;

#define MAX_SPECS 8

typedef struct cmd_class {
    cmd_spec spec[MAX_SPECS];
    int n;
} cmd_class;

typedef struct line_class {   /* patterns over response/URC lines */
    ats_re re[MAX_SPECS];
    int n;
} line_class;

enum cmd_class_id {
    C_ATTACH = 0, C_DETACH, C_IP_QUERY, C_OPEN, C_CLOSE, C_SOCKET_QUERY, C_SEND,
    C_POWER_OFF, C_VERBOSE_ERRORS, C_FORBIDDEN, C_PROBE, C_DIAGNOSTIC, C_CMD_COUNT
};

enum line_class_id {
    L_SIM_READY = 0, L_REG_RESPONSE, L_REG_URC, L_IP_RESPONSE, L_FREE_SOCKETS, L_LINK_DROP,
    L_FLOW_OFF, L_FLOW_ON, L_LINE_COUNT
};

struct ats_ruleset {
    const ats_profile *p;
    int enabled[R_COUNT];
    ats_severity severity[R_COUNT];
    json_t *params[R_COUNT];  /* effective parameters (owned) */
    cmd_class cc[C_CMD_COUNT];
    line_class lc[L_LINE_COUNT];
    uint32_t max_groups;
    size_t max_args_prefix;   /* longest argument prefix any command class compares */
    double min_coverage;      /* below it a capture is inconclusive */
    /* from the profile (then the config): what a rule cites and says */
    char *section[R_COUNT];   /* NULL: the profile cites nothing */
    char *summary[R_COUNT];   /* NULL: the catalogue's */
    json_t *message[R_COUNT]; /* template string, or {variant: template} */
};

int ats_classes_load(ats_ruleset *rs, ats_error *err);
/* Does the profile define the class named key (command or line)? -1 if no
 * class has that name. */
int cls_defined(const ats_ruleset *rs, const char *key, size_t len);
void ats_classes_free(ats_ruleset *rs);

#define RING 64

typedef struct txn_note {     /* what the engine remembers of recent transactions */
    uint64_t id;
    int retries;
    int query;
    uint64_t line;
    char command[96];
} txn_note;

typedef struct verify_wait {
    int active;
    uint64_t line;            /* completion line */
    uint64_t txn;
    char command[96];
} verify_wait;

typedef struct power_event {
    uint64_t line;
    ats_time time;
} power_event;

/* orphan-response: consecutive lines outside any command, one finding. */
typedef struct orphan_run {
    uint64_t first, last, count;
    ats_time time;
    int open;
    int final;                /* its first line is a final result */
    char text[100];           /* its first line, escaped */
} orphan_run;

#define PRE_RUNS 8

/* command-failed: a failure waiting to see whether the host answers it. */
typedef struct failed_cmd {
    char norm[96];            /* the command line as a retry compares it */
    char cmd[100];            /* escaped, for the message */
    char name[40];            /* first sub-command name: the fingerprint key */
    char result[80];          /* the failing final result or completion */
    unsigned classes;         /* its command classes */
    unsigned count;           /* failed attempts in a row */
    unsigned seen;            /* transactions since */
    uint64_t first_line, result_line, txn, last_txn;
    ats_time time;
} failed_cmd;

#define FAILED_MAX 8

/* error-detail: an ERROR waiting to see whether the host follows the advice. */
typedef struct detail_wait {
    char norm[96];
    char command[100];
    char name[40];
    unsigned seen;
    int verbose_on;           /* verbose errors were switched on since */
    uint64_t line, txn;
    ats_time time;
} detail_wait;

#define DETAIL_MAX 8

#define CLS_CACHE 64

typedef struct cls_cache_entry {
    char key[72];
    size_t len;
    unsigned classes;
} cls_cache_entry;

struct ats_engine {
    const ats_ruleset *rs;
    ats_capture_info ci;
    ats_violation_cb cb;
    void *user;
    ats_rule_result res[R_COUNT];
    int applicable[R_COUNT];  /* saw something the rule could check */
    pcre2_match_data *md;
    ats_state st;
    txn_note notes[RING];
    size_t nnotes;
    /* first-command */
    uint64_t first_after_boot;  /* boot line still waiting for its first command */
    int saw_boot;
    /* verify-after-close */
    verify_wait verify_sock, verify_ip;
    /* power cycles */
    power_event power[8];
    size_t npower;
    uint64_t power_count;
    int off_since_boot;
    /* flow-control-stall */
    uint64_t stall_line[ST_MAX_SOCKETS + 1];
    int maybe_stalled;        /* some stall_line may be set: send_tick looks (per record) */
    ats_time stall_time[ST_MAX_SOCKETS + 1];
    int stall_reported[ST_MAX_SOCKETS + 1];
    ats_time now;
    /* parameters, read once */
    double max_retries, max_send_len, max_wait_s, min_interval_s, after_count,
        long_interval_s, max_sockets, min_socket, default_timeout_s;
    double guard_s;
    uint64_t payload_seen, payload_unseen, payload_replaced, attaches, attaches_unknown, escapes;
    uint64_t escape_line;     /* escape-guard: the last escape, for the silence after */
    ats_time escape_time;
    int answered;             /* some command got a final result since the start/boot */
    int stopped;
    ats_violation *v;         /* the violation being built */
    uint64_t cmd_for;         /* eng_cmd's cache: transaction id */
    char cmd[200];
    char sock_key[32];
    /* the profile's own query commands, named in messages; made once */
    char ex_sock_query[80], ex_ip_query[80], ex_verbose[80];
    unsigned tcls;            /* command classes of the current transaction (bit per class) */
    cls_cache_entry cls_cache[CLS_CACHE];
    int pending_rule;         /* -1: none being built */
    char na_reason[R_COUNT][120];   /* set when a rule could not check what it saw */
    ats_coverage cov;         /* lines seen and understood (ats_engine_coverage) */
    char msgbuf[600];         /* eng_msg's */
    /* orphan-response: the run being built; before the first transaction the
     * runs wait, since those before the first command are context */
    orphan_run run;
    orphan_run pre[PRE_RUNS];
    size_t npre;
    int seen_txn;
    failed_cmd failed[FAILED_MAX];
    size_t nfailed;
    double failed_window;     /* transactions a failure waits for its answer */
    detail_wait detail[DETAIL_MAX];
    size_t ndetail;
    /* transactions another rule flagged at warning or above: their failure
     * is that finding's consequence, not one more for command-failed */
    uint64_t flagged[32];
    size_t nflagged;
};

/* engine.c */
void eng_violation(ats_engine *e, int rule, uint64_t line, ats_time t, uint64_t txn,
                   const char *key, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;
void eng_flush(ats_engine *e);
/* The rule ran, but part of it could not: its reason says "partly checked:
 * why" (on pass or fail). */
void eng_partly(ats_engine *e, int rule, const char *why);
void eng_related(ats_engine *e, uint64_t line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
int eng_on(const ats_engine *e, int rule);
int cls_cmd_match(const ats_engine *e, int cls, const ats_txn *t);
/* Classes of the transaction being checked, computed once per transaction. */
static inline int cls_cmd(const ats_engine *e, int cls, const ats_txn *t)
{
    (void)t;
    return (e->tcls >> cls) & 1;
}
int cls_line(ats_engine *e, int cls, const char *s, size_t n, ats_span *id);
/* Escaped, shortened copy of capture text for messages. */
void eng_text(char *out, size_t cap, ats_span s);
/* The transaction's command as message text, made once and only when needed. */
const char *eng_cmd(ats_engine *e, const ats_txn *t);
/* The rule's message: the profile's (or config's) template for `variant`
 * (NULL: the rule's only one) if it has one, else dflt; "{name}" takes the
 * value of name in vars ({"cmd", "AT+X", "sock", "1", NULL}), an unknown
 * name stays as written. The text lives until the next call. */
const char *eng_msg(ats_engine *e, int rule, const char *variant, const char *dflt,
                    const char *const *vars);
/* "AT+MIPOPEN?": the first command of a profile class, as text for messages
 * ("" if the profile has none). */
void cls_example(const ats_engine *e, int cls, char *out, size_t cap);
/* "socket N" as a fingerprint key, made only when a violation needs it. */
const char *eng_sock_key(ats_engine *e, int s);

/* the families */
void rules_txn(ats_engine *e, const ats_txn *t);
void rules_urc(ats_engine *e, const ats_urc *u);
void rules_unparsed(ats_engine *e, const ats_record *r);
void rules_chain(ats_engine *e, const ats_chain *c);
void rules_data(ats_engine *e, const ats_data *d);
void rules_finish(ats_engine *e);
/* coverage.c */
void cov_record(ats_engine *e, const ats_record *r);
void cov_finish(ats_engine *e);

#endif
