/* autoprofile.c - see autoprofile.h. */
#include "autoprofile.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

int cli_profile_is_auto(const cli_opts *o)
{
    return !o->profile || !strcmp(o->profile, "auto");
}

int cli_profiles_for(const cli_opts *o, ats_profile **p, cli_profiles *cp)
{
    *p = NULL;
    memset(cp, 0, sizeof *cp);
    return cli_profile_is_auto(o) ? cli_profiles_load(cp) : cli_load_profile(o, p);
}

int cli_profiles_load(cli_profiles *cp)
{
    memset(cp, 0, sizeof *cp);
    pthread_mutex_t *mu = malloc(sizeof *mu);
    if (!mu || pthread_mutex_init(mu, NULL) != 0) {
        free(mu);
        cli_error("out of memory");
        return -1;
    }
    cp->jit_lock = mu;
    ats_error le;
    memset(&le, 0, sizeof le);
    if (ats_profile_load_candidates(&cp->p, &cp->n, &le) < 0) {
        cli_lib_error(&le, "built-in profiles");
        cli_profiles_free(cp);
        return -1;
    }
    cp->base = cli_profiles_find(cp, "3gpp");
    if (!cp->base) {
        cli_error("no built-in 3gpp profile to fall back on");
        cli_profiles_free(cp);
        return -1;
    }
    /* the fallback, and what a report of several modules names: used always */
    if (ats_profile_complete((ats_profile *)cp->base, &le) < 0) {
        cli_lib_error(&le, "built-in profile 3gpp");
        cli_profiles_free(cp);
        return -1;
    }
    ats_error e;
    memset(&e, 0, sizeof e);
    if (ats_identify_profile(&cp->scan, "3gpp", (const ats_profile *const *)cp->p, cp->n, &e) < 0) {
        cli_lib_error(&e, "identification");
        cli_profiles_free(cp);
        return -1;
    }
    return 0;
}

const ats_profile *cli_profiles_find(const cli_profiles *cp, const char *id)
{
    for (size_t i = 0; i < cp->n; i++)
        if (!strcmp(ats_profile_id(cp->p[i]), id))
            return cp->p[i];
    return NULL;
}

const ats_profile *cli_profiles_pick(const cli_profiles *cp, const char *id)
{
    ats_profile *q = NULL;
    for (size_t i = 0; i < cp->n && !q; i++)
        if (!strcmp(ats_profile_id(cp->p[i]), id))
            q = cp->p[i];
    for (size_t i = 0; i < cp->n && !q; i++)
        if (cp->p[i] == cp->base)
            q = cp->p[i];
    if (q) {
        ats_error e;
        memset(&e, 0, sizeof e);
        pthread_mutex_lock(cp->jit_lock);
        int rc = ats_profile_complete(q, &e);
        pthread_mutex_unlock(cp->jit_lock);
        if (rc < 0) {
            cli_lib_error(&e, ats_profile_path(q));
            q = NULL;
        }
    }
    return q;
}

void cli_profiles_free(cli_profiles *cp)
{
    for (size_t i = 0; i < cp->n; i++)
        ats_profile_free(cp->p[i]);
    free(cp->p);
    cp->p = NULL;
    cp->n = 0;
    cp->base = NULL;
    ats_profile_free(cp->scan);
    cp->scan = NULL;
    if (cp->jit_lock) {
        pthread_mutex_destroy(cp->jit_lock);
        free(cp->jit_lock);
        cp->jit_lock = NULL;
    }
}
