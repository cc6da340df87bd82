/* classes.h - the profile's command and line classes: which commands attach,
 * open, send, close ...; which lines say SIM ready, registered, socket list.
 * The state tracker and the rules ask classes, never command names: a new
 * module is a new profile. */
#ifndef ATS_CLASSES_H
#define ATS_CLASSES_H

#include <string.h>
#include "common.h"   /* ats_re, and PCRE2 at 8-bit code units */

/* A command class from the profile: "+MIPCALL=1" is name, type, args prefix;
 * "D*99" the dial whose dial string starts *99 (the `dial` below).
 * In the prefix, `*` stands for one argument's text (up to its comma) and a
 * final `$` for the end of the arguments; a spec written "!+QISEND=*,0$"
 * takes the forms it matches out of the class (Quectel AT+QISEND=<id>,0 asks
 * what was sent: a query, not a send). */
typedef struct cmd_spec {
    char name[32];
    size_t name_len;
    int type;                 /* ats_cmd_type, or -1 any */
    char args[32];            /* prefix of the arguments, blanks removed */
    size_t args_len;
    int exclude;              /* "!": a form taken out of the class */
    /* V.250's dial (6.3.1): "D*99" is D and the start of its dial string,
     * whose `*` and `#` are its own (27.007 10.2.1: ATD*99***1#) */
    int dial;
} cmd_spec;

#define MAX_SPECS 24

typedef struct cmd_class {
    cmd_spec spec[MAX_SPECS];
    int n;
} cmd_class;

typedef struct line_class {   /* patterns over response/URC lines */
    ats_re re[MAX_SPECS];
    int n;
    /* Every record asks several classes of each of its lines, and nearly
     * every answer is no: the first eight bytes of each pattern's literal
     * prefix (four if it is shorter), hashed into 64 bits, refuse most lines
     * before any pattern is tried ("+MIPRTCP" is not "+MIPXOFF", which four
     * bytes cannot tell). `open`: a prefix shorter than four, no refusal. */
    uint64_t first4, first8;
    int open;
} line_class;

enum cmd_class_id {
    C_ATTACH = 0, C_DETACH, C_IP_QUERY, C_OPEN, C_CLOSE, C_SOCKET_QUERY, C_SEND,
    C_POWER_OFF, C_VERBOSE_ERRORS, C_FORBIDDEN, C_PROBE, C_DIAGNOSTIC, C_OPTIONAL, C_SIM_USE,
    C_NETWORK_QUERY, C_SINGLE_CONNECTION, C_SINGLE_MODE, C_MULTI_MODE, C_BEARER_OPEN,
    C_BEARER_QUERY, C_BEARER_USE, C_SIM_QUERY, C_NETWORK_SELECT, C_RESET,
    C_RATE_CHANGE, C_NETWORK_USE, C_PIN_ATTEMPTS, C_CMD_COUNT
};

enum line_class_id {
    L_SIM_READY = 0, L_REG_RESPONSE, L_REG_URC, L_IP_RESPONSE, L_FREE_SOCKETS, L_LINK_DROP,
    L_FLOW_OFF, L_FLOW_ON, L_SIM_FAULT, L_UNSUPPORTED, L_NETWORK_FAULT, L_SINGLE_MODE_ANSWER,
    L_MULTI_MODE_ANSWER, L_SIM_WAIT, L_CLOSED_SOCKET, L_WRONG_PASSWORD, L_HOST_RESTART,
    L_SOCKET_DATA, L_NOT_RECOGNIZED, L_IP_WITH_REG, L_LINE_COUNT
};

typedef struct ats_classes {
    cmd_class cc[C_CMD_COUNT];
    line_class lc[L_LINE_COUNT];
    uint32_t max_groups;      /* match data a line class needs: groups + 1 */
    size_t max_args_prefix;   /* longest argument prefix any command class compares */
    int whole_args;           /* a spec with `*` or `$` may read every argument byte */
    /* The command classes a name can be in (a spec of that name in each),
     * by a hash of the name: a command the class cache has not seen was
     * asked of all 27 classes, every spec of each. names_full: more names
     * than the table holds, every class is asked. */
    struct {
        uint32_t classes;
        uint32_t len;
        char name[32];
    } names[256];
    int names_full;
} ats_classes;

/* Compiles the profile's "classes" object into cl (zeroed by the caller). */
int ats_classes_load(ats_classes *cl, const ats_profile *p, ats_error *err);
void ats_classes_free(ats_classes *cl);
/* Does the profile define the class named key (command or line)? -1 if no
 * class has that name. */
int ats_classes_defined(const ats_classes *cl, const char *key, size_t len);
/* Is one of the transaction's commands of class cls? */
int ats_classes_cmd(const ats_classes *cl, int cls, const ats_txn *t);
/* The classes (bit cls) one of the transaction's commands may be in: those
 * with a spec of its name; no other class holds it. */
uint32_t ats_classes_may(const ats_classes *cl, const ats_txn *t);
/* Whether a set form of command NAME is in class cls (a waiting async
 * command, known by its name only). */
int ats_classes_set_name(const ats_classes *cl, int cls, const char *name, size_t len);
/* Which of line_class.first4's (first8's) bits four (eight) bytes set. */
static inline unsigned ats_classes_first4_bit(const char *s)
{
    uint32_t w;
    memcpy(&w, s, sizeof w);
    return (unsigned)((w * 0x9E3779B1u) >> 26);
}

static inline unsigned ats_classes_first8_bit(const char *s)
{
    uint64_t w;
    memcpy(&w, s, sizeof w);
    return (unsigned)((w * 0x9E3779B97F4A7C15ull) >> 58);
}

/* ats_classes_line past the refusal by prefix. */
int ats_classes_line_match(const ats_classes *cl, pcre2_match_data *md, pcre2_match_context *mc,
                           int cls, const char *s, size_t n, ats_span *group);

/* Does line s match class cls? group: its first named group that matched.
 * mc: the profile's match limits (capture lines are hostile input). Inline:
 * most lines are refused here, where a call would cost more than the test. */
/* May line s be of class cls? 0: surely not, by its first bytes. */
static inline int ats_classes_line_may(const ats_classes *cl, int cls, const char *s, size_t n)
{
    const line_class *lc = &cl->lc[cls];
    return lc->open || (n >= 8 && (lc->first8 >> ats_classes_first8_bit(s) & 1)) ||
           (n >= 4 && (lc->first4 >> ats_classes_first4_bit(s) & 1));
}

static inline int ats_classes_line(const ats_classes *cl, pcre2_match_data *md,
                                   pcre2_match_context *mc, int cls, const char *s, size_t n,
                                   ats_span *group)
{
    if (!ats_classes_line_may(cl, cls, s, n))
        return 0;
    return ats_classes_line_match(cl, md, mc, cls, s, n, group);
}
/* "AT+MIPOPEN?": the first command of a class, as text for messages ("a query"
 * if the profile has none). */
void ats_classes_example(const ats_classes *cl, int cls, char *out, size_t cap);

#endif
