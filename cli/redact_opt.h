/* redact_opt.h - --no-redact and --redact-hosts, shared by parse, check and
 * stats: redaction is on unless turned off. */
#ifndef ATS_REDACT_OPT_H
#define ATS_REDACT_OPT_H
#include <stdio.h>
#include "atscope.h"

enum { CLI_OPT_NO_REDACT = 340, CLI_OPT_REDACT_HOSTS };
#define CLI_REDACT_LONG_OPTS                                                             \
    {"no-redact", no_argument, NULL, CLI_OPT_NO_REDACT},                                 \
        {"redact-hosts", no_argument, NULL, CLI_OPT_REDACT_HOSTS}
#define CLI_REDACT_HELP                                                                  \
    "      --no-redact         keep IMEI, IMSI, ICCID, phone numbers, SMS text, PINs\n"   \
    "                          and APN credentials as captured (default: masked as\n"    \
    "                          <IMEI-1>, <PHONE-2>...; docs/profiles.md)\n"              \
    "      --redact-hosts      also mask IP addresses and host names\n"
#define CLI_REDACT_CASES                                                                 \
    case CLI_OPT_NO_REDACT:                                                              \
    case CLI_OPT_REDACT_HOSTS

typedef struct cli_redact {
    int off;                   /* --no-redact */
    int hosts;                 /* --redact-hosts */
} cli_redact;

void cli_redact_option(int c, cli_redact *r);
/* The map a run's parsers share (NULL with --no-redact); NULL and a message
 * when out of memory, which *failed says. */
ats_redact_map *cli_redact_map(const cli_redact *r, int *failed);
/* "on", "on, hosts too" or "off (--no-redact)". */
const char *cli_redact_state(const cli_redact *r);
/* One line for a person: what was masked ("3 values masked: 1 IMEI, 2 PHONE"). */
void cli_redact_summary(char *buf, size_t cap, const cli_redact *r, const ats_redact_map *m);


/* check: each capture is read with its own map (threads never share one),
 * then the maps are merged in input order and each capture's tokens in the
 * strings its result keeps are rewritten to the report's numbering, so the
 * same IMEI is the same token in every capture whatever --jobs is. */
typedef struct cli_renum cli_renum;
/* NULL when nothing changes (or out of memory: the capture's own numbering stays). */
cli_renum *cli_renum_new(const ats_redact_map *local, const ats_redact_map *global);
/* Rewrites s (cap bytes, NUL-terminated) in place; cut at cap. */
void cli_renum_apply(const cli_renum *r, char *s, size_t cap);
void cli_renum_free(cli_renum *r);
#endif
