/* autoprofile.h - --profile auto (the default): every built-in profile loaded
 * once, so each capture gets the one its module is identified as. */
#ifndef ATS_AUTOPROFILE_H
#define ATS_AUTOPROFILE_H
#include "atscope.h"
#include "cli.h"

typedef struct cli_profiles {
    ats_profile **p;              /* every built-in profile, n of them */
    size_t n;
    const ats_profile *base;      /* the fallback when the evidence is weak: 3gpp */
    ats_profile *scan;            /* what the look-ahead parses with (ats_identify_profile) */
    void *jit_lock;               /* pthread_mutex_t: completing a candidate, from any thread */
} cli_profiles;

/* --profile absent or "auto" */
int cli_profile_is_auto(const cli_opts *o);
/* 0, or -1 after a message */
int cli_profiles_load(cli_profiles *cp);
/* The profiles a command that reads captures runs with: --profile auto
 * (cli_profile_is_auto) loads every built-in into cp and leaves *p NULL,
 * else *p is the one named; 0, or -1 after a message. */
int cli_profiles_for(const cli_opts *o, ats_profile **p, cli_profiles *cp);
const ats_profile *cli_profiles_find(const cli_profiles *cp, const char *id);
/* The profile a capture identified as id is parsed with (the base when id
 * is none of them), complete: the candidates are loaded for identification
 * only (most of start-up was loading them all), and only the ones picked are
 * completed, once, whichever thread picks first. NULL after a message. */
const ats_profile *cli_profiles_pick(const cli_profiles *cp, const char *id);
void cli_profiles_free(cli_profiles *cp);
#endif
