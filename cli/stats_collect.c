/* stats_collect.c - the captures of `atscope stats` read in parallel, each
 * into its own accumulator, then merged in input order (so the statistics
 * never depend on --jobs). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "capture_read.h"
#include "cli.h"
#include "pool.h"
#include "stats.h"

static int on_rec(void *user, const ats_record *r)
{
    if (ats_statsacc_feed(user, r) == 0)
        return 0;
    cli_error("out of memory");     /* this capture then fails as a whole */
    return 1;
}

/* One capture's result. */
typedef struct one {
    ats_statsacc *acc;
    int ok, timed;
    uint64_t lines;
} one;

typedef struct collect_ctx {
    const stats_run *run;
    char **paths;
    one *res;
    int progress;
} collect_ctx;

/* --profile auto: what choose() needs */
typedef struct auto_one {
    const cli_profiles *cp;
    ats_statsacc *acc;
    ats_parser *ps;
    const char *shown;
    ats_redact_map *redact;
} auto_one;

/* --profile auto: the look-ahead named the module */
static ats_parser *choose(void *user, const ats_identity *id)
{
    auto_one *a = user;
    const ats_profile *p = cli_profiles_pick(a->cp, id->profile);
    if (!p)
        return NULL;
    ats_error e;
    memset(&e, 0, sizeof e);
    if (ats_parser_new(&a->ps, p, NULL, on_rec, a->acc, &e) < 0 ||
        ats_parser_set_redact(a->ps, a->redact, &e) < 0) {
        cli_lib_error(&e, a->shown);
        return NULL;
    }
    return a->ps;
}

/* One capture into its own accumulator (any thread). */
static void collect_at(void *vctx, size_t i)
{
    collect_ctx *c = vctx;
    const stats_run *run = c->run;
    one *r = &c->res[i];
    int fd;
    if (cli_open_input(c->paths[i], &fd) < 0 || ats_statsacc_new(&r->acc) != 0)
        return;
    const char *shown = strcmp(c->paths[i], "-") ? c->paths[i] : "<stdin>";
    ats_parser *ps = NULL;
    ats_error e;
    memset(&e, 0, sizeof e);
    /* the counts name commands, never their arguments; masked all the same,
     * by construction, each capture with its own numbering */
    int rfail = 0;
    auto_one a = {run->cp, r->acc, NULL, shown, cli_redact_map(run->red, &rfail)};
    if (rfail || (run->p && (ats_parser_new(&ps, run->p, NULL, on_rec, r->acc, &e) < 0 ||
                             ats_parser_set_redact(ps, a.redact, &e) < 0))) {
        ats_parser_free(ps);
        if (!rfail)             /* else "out of memory" was said already */
            cli_lib_error(&e, shown);
    } else {
        capture_read cr;
        memset(&cr, 0, sizeof cr);
        cr.format = run->format;
        cr.settings = run->settings;
        cr.progress = c->progress;
        if (!run->p) {
            cr.choose = choose;
            cr.id_base = run->cp->scan;
            cr.id_cands = (const ats_profile *const *)run->cp->p;
            cr.id_ncands = run->cp->n;
            cr.user = &a;
        }
        r->ok = capture_read_fd(&cr, fd, shown, ps) == 0;
        if (!run->p)
            ps = a.ps;
        r->timed = cr.has_time;
        r->lines = ps ? ats_parser_stats(ps)->lines : 0;
        ats_parser_free(ps);
    }
    ats_redact_map_free(a.redact);
    if (fd != STDIN_FILENO)
        close(fd);
}

int stats_collect(const stats_run *run, const input_list *il, stats_total *t)
{
    one *res = calloc(il->n ? il->n : 1, sizeof *res);
    if (!res) {
        cli_error("out of memory");
        return -1;
    }
    collect_ctx c = {run, il->paths, res, il->n == 1};
    pool_run(il->n, run->jobs, collect_at, &c, "counted");
    t->files = il->n;
    t->skipped = il->skipped;
    t->nskipped = il->nskipped;
    size_t nread = 0;
    int oom = 0;
    for (size_t i = 0; i < il->n && !oom; i++) {
        if (!res[i].ok)
            continue;           /* said on stderr already; the others are counted */
        if (ats_statsacc_merge(t->acc, res[i].acc) != 0) {
            cli_error("out of memory");
            oom = 1;
            break;
        }
        nread++;
        t->timed |= res[i].timed;
        t->lines += res[i].lines;
    }
    for (size_t i = 0; i < il->n; i++)
        ats_statsacc_free(res[i].acc);
    free(res);
    return nread && !oom ? 0 : -1;
}
