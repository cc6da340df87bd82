/* cmd_check.c - `atscope check`: parse, analyse, run the profile's rules and
 * write the report; the exit code gates CI (0 pass, 1 violations at or above
 * --fail-on, 2 could not analyse). */
#include <errno.h>
#include <inttypes.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <fcntl.h>
#include <pthread.h>
#include "capture_read.h"
#include "inputs.h"
#include "pool.h"
#include "check.h"
#include "autoprofile.h"
#include "cli.h"
#include "output.h"
#include "redact_opt.h"
#include "baseline.h"
#include "gate.h"
#include "suppress.h"
#include "check_evidence.h"

const char cmd_check_help[] =
    "Usage: atscope check [OPTIONS] [FILE...|-]\n"
    "\n"
    "Parse each capture, follow the module's state and check every rule of the\n"
    "profile (see 'atscope rules'). Writes a report; the exit status gates CI.\n"
    "Report fields: docs/report.md; schema: docs/report.schema.json.\n"
    "\n"
    "Options:\n"
    CLI_PROFILE_HELP
    "  -c, --config FILE       enable or disable rules, change severities,\n"
    "                          parameters and limits; suppress findings with a\n"
    "                          reason (docs/report.md)\n"
    "      --baseline OLD.json an earlier 'check --format json' report: its\n"
    "                          findings are reported as baselined and do not fail;\n"
    "                          only new ones count toward --fail-on\n"
    "  -i, --input-format NAME capture format (default: auto; see 'atscope formats')\n"
    "  -f, --format FORMAT     text, json, sarif, junit or html (default: text on a\n"
    "                          terminal, else json; with -o, FILE's extension)\n"
    "  -o, --output FILE       write the report to FILE (replacing it once whole)\n"
    "      --fail-on LEVEL     error, warning, info or never: the lowest severity\n"
    "                          that fails (default error)\n"
    "      --max-line N        cut lines longer than N bytes (default 65536)\n"
    "      --min-coverage R    a capture with less than this share of its lines\n"
    "                          understood as AT traffic is inconclusive (0.2)\n"
    "  -r, --recursive         read the captures in directories (sorted), skipping\n"
    "                          what is clearly not one (code, docs, JSON, binaries)\n"
    "  -j, --jobs N            captures checked in parallel (default: CPU cores);\n"
    "                          the report is the same whatever N is\n"
    CLI_THREADS_HELP
    "                          and one capture at a time (-j 1, or one FILE)\n"
    "      --context N         evidence: each violation shows its line and its\n"
    "                          related lines with N lines around each (default 2,\n"
    "                          at most 10; 0: only those lines), escaped and masked\n"
    "                          as the rest of the report; 'none': no evidence\n"
    CLI_INPUT_HELP
    CLI_REDACT_HELP
    "  -h, --help              show this help\n"
    "\n"
    "Examples:\n"
    "  # a report for a person at a terminal\n"
    "  atscope check capture.log\n"
    "  # a CI gate: warnings fail too; SARIF for code scanning\n"
    "  atscope check --fail-on warning -o /tmp/atscope.sarif logs/*.log\n"
    "  # a web page of a folder of captures, another module's profile\n"
    "  atscope check -r -p quectel-bg96 -o /tmp/report.html logs/\n"
    "  # fail only on findings the last build did not have\n"
    "  atscope check --baseline last.json -o this.json logs/*.log\n"
    "\n"
    "The report says who made it: atscope's version, the command line, the time\n"
    "(UTC; SOURCE_DATE_EPOCH, when set, for reproducible reports), each capture's\n"
    "format and profile with the reasons, and the module it shows (ATI, +CGMI,\n"
    "+CGMM, +CGMR answers; the IMEI masked).\n"
    "\n"
    "Exit status: 0 nothing at or above --fail-on, 1 violations at or above it,\n"
    "2 bad usage, an invalid profile or config, a capture that could not be read\n"
    "or one with no evidence (verdict inconclusive: no AT command, or too little\n"
    "of it understood), or the report could not be written; the other captures\n"
    "are still reported. Suppressed and baselined findings are reported but do\n"
    "not fail. Report fields: docs/report.md.\n";

typedef struct run {
    check_report *rep;
    input_result *in;
    ats_engine *eng;
    uint64_t *stored;          /* violations kept, per rule (of the rule set) */
    int failed;
    /* --profile auto: what choose() needs to make the engine and parser */
    ats_parser **ps;
    ats_parser_opts *po;
    ats_capture_info *ci;
    const char *shown;
    ats_evidence *ev;          /* this capture's window of recent lines (evidence) */
    ats_identifier *ident;     /* the module's answers (identity block), NULL: none yet */
    int ident_failed;
} run;

static int rule_index(const ats_ruleset *rs, const char *id)
{
    for (size_t i = 0; i < ats_ruleset_count(rs); i++) {
        ats_rule_info in;
        ats_ruleset_info(rs, i, &in);
        if (!strcmp(in.id, id))
            return (int)i;
    }
    return -1;
}

/* Violations are kept per input (bounded per rule) and merged in input
 * order at the end, so the report does not depend on --jobs. */
static int on_violation(void *user, const ats_violation *v)
{
    run *r = user;
    input_result *in = r->in;
    in->counts[v->severity]++;
    int k = rule_index(r->rep->rs, v->rule);
    if (k < 0)
        return 0;
    /* suppressed here, listed or not, so that an unlisted one fails no run */
    int supp = r->rep->supp ? cli_suppress_match(r->rep->supp, in->path ? in->path : "", v) : -1;
    if (supp >= 0)
        in->suppressed[v->severity]++;
    if (r->stored[k] >= r->rep->max_stored) {
        in->omitted[k]++;
        if (supp >= 0)
            in->omitted_supp[k]++;
        return 0;
    }
    if (in->nviol == in->capviol) {
        size_t cap = in->capviol ? in->capviol * 2 : 16;
        stored_violation *q = realloc(in->viol, cap * sizeof *q);
        if (!q) {
            r->failed = ENOMEM;
            return 1;
        }
        in->viol = q;
        in->capviol = cap;
    }
    stored_violation *sv = &in->viol[in->nviol];
    memset(sv, 0, sizeof *sv);
    sv->v = *v;
    sv->supp = supp;
    sv->baselined = 0;
    /* evidence only for what is kept: the requests stay as bounded as the
     * violations stored */
    sv->ticket = SIZE_MAX;
    if (r->ev && ats_evidence_ask(r->ev, v, &sv->ticket, NULL) < 0) {
        r->failed = ENOMEM;
        return 1;
    }
    in->nviol++;
    r->stored[k]++;
    return 0;
}

static void timeline(input_result *in, const ats_record *rec)
{
    if (rec->kind == ATS_REC_ANNOTATION || rec->kind == ATS_REC_RETRY_CHAIN ||
        rec->kind == ATS_REC_HOST_LOG)
        return;
    if (in->ntl == CHECK_MAX_TIMELINE) {
        in->tl_omitted++;
        return;
    }
    if (!in->tl && !(in->tl = calloc(CHECK_MAX_TIMELINE, sizeof *in->tl))) {
        in->tl_omitted++;
        return;
    }
    tl_event *ev = &in->tl[in->ntl++];
    memset(ev, 0, sizeof *ev);
    ev->t0 = ev->t1 = ev->t2 = INT64_MIN;
    ev->sock = -1;
    ats_span text = {"", 0};
    ats_time t0 = {0, 0}, t1 = {0, 0}, t2 = {0, 0};
    switch (rec->kind) {
    case ATS_REC_TXN: {
        const ats_txn *t = rec->txn;
        ev->kind = 'T';
        ev->line = t->first_line;
        ev->end_line = t->last_line;
        ev->txn = t->id;
        ev->result = (unsigned char)t->final_kind;
        ev->completion = (unsigned char)t->completion;
        ev->status = (unsigned char)t->status;
        if (t->sock.len && t->sock.len < 4) {
            ev->sock = 0;
            for (size_t i = 0; i < t->sock.len; i++)
                ev->sock = ev->sock * 10 + (t->sock.ptr[i] - '0');
        }
        text = t->command.text;
        t0 = t->command.time;
        t1 = t->final.time;
        t2 = t->completion_item.time;
        break;
    }
    case ATS_REC_URC:
        ev->kind = 'U';
        ev->line = ev->end_line = rec->urc->item.line;
        text = rec->urc->item.text;
        t0 = rec->urc->item.time;
        break;
    case ATS_REC_DATA:
        ev->kind = 'D';
        ev->line = rec->data->first_line;
        ev->end_line = rec->data->last_line;
        text = rec->data->end_reason;
        t0 = rec->data->start;
        t1 = rec->data->end_item.time.kind ? rec->data->end_item.time : rec->data->end;
        break;
    default:
        ev->kind = 'X';
        ev->line = ev->end_line = rec->item->line;
        text = rec->item->text;
        t0 = rec->item->time;
        break;
    }
    if (t0.kind != ATS_TIME_NONE) {
        in->time_kind = t0.kind;
        ev->t0 = t0.us;
        if (t1.kind == t0.kind)
            ev->t1 = t1.us;
        if (t2.kind == t0.kind)
            ev->t2 = t2.us;
    }
    /* printable ASCII and UTF-8 kept by the HTML writer's own escaping */
    size_t n = text.len < sizeof ev->text - 1 ? text.len : sizeof ev->text - 1;
    memcpy(ev->text, text.ptr, n);
    ev->text[n] = 0;
}

/* A note about the capture itself (line 0: the whole file): counted, and
 * kept while there is room. */
static void add_note(input_result *in, uint64_t line, const char *msg)
{
    in->nwarnings++;
    if (in->nkept < sizeof in->warn_msg / sizeof in->warn_msg[0] &&
        (in->warn_msg[in->nkept] = strdup(msg)) != NULL)
        in->warn_line[in->nkept++] = line;
}

/* Counts the sub-commands the profile does not know, and which of the other
 * built-in profiles know them (for the note that suggests one). */
static void count_unknown(run *r, const ats_txn *t)
{
    for (size_t k = 0; k < t->ncmds && k < 32; k++) {
        if (!(t->unknown_mask & (1u << k)))
            continue;
        r->in->unknown_cmds++;
        for (size_t j = 0; r->in->known_by && j < r->rep->nothers; j++)
            if (ats_profile_has_name(r->rep->others[j], t->cmds[k].name.ptr, t->cmds[k].name.len))
                r->in->known_by[j]++;
    }
}

static int on_record(void *user, const ats_record *rec)
{
    run *r = user;
    if (rec->kind == ATS_REC_TXN && !r->ident_failed &&
        check_identity_feed(r->in, &r->ident, rec->txn) < 0)
        r->ident_failed = 1;    /* out of memory: only the identity block is the poorer */
    if (rec->kind == ATS_REC_TXN && rec->txn->unknown_mask)
        count_unknown(r, rec->txn);
    if (r->rep->want_timeline)
        timeline(r->in, rec);
    if (r->in->acc && ats_statsacc_feed(r->in->acc, rec) != 0) {
        cli_error("out of memory");
        return 1;
    }
    return ats_engine_feed(r->eng, rec, NULL) == 0 ? 0 : 1;
}

/* As soon as the format is known, the rules learn what it can carry. */
static void on_format(void *user, const ats_input *in)
{
    run *r = user;
    const ats_format_info *fi = ats_input_format(in);
    ats_capture_info ci = {fi && fi->has_time, fi && fi->has_direction, fi && fi->lossy,
                           ats_input_hides(in), ats_input_commands_unshown(in),
                           fi && fi->reads_as_received};
    ats_engine_set_capture_info(r->eng, &ci);
}

static char *fmt_error(const char *a, const char *b)
{
    char buf[600];
    snprintf(buf, sizeof buf, "%s: %s", a, b);
    return strdup(buf);
}

/* cands[k]'s rule set, made on first use (any thread: under the lock of
 * cli_profiles_pick); NULL after a message */
static const ats_ruleset *rset_for(const check_report *rep, size_t k)
{
    pthread_mutex_lock(rep->profiles->jit_lock);
    ats_ruleset *rs = rep->rsets[k];
    if (!rs) {
        ats_error e;
        memset(&e, 0, sizeof e);
        if (ats_ruleset_new(&rs, rep->cands[k], &e) < 0) {
            cli_lib_error(&e, ats_profile_path(rep->cands[k]));
            rs = NULL;
        } else if (rep->config && cli_apply_config(rs, rep->config) < 0) {
            ats_ruleset_free(rs);
            rs = NULL;
        } else {
            if (rep->min_coverage >= 0)
                ats_ruleset_set_min_coverage(rs, rep->min_coverage);
            rep->rsets[k] = rs;
        }
    }
    pthread_mutex_unlock(rep->profiles->jit_lock);
    return rs;
}

/* --profile auto: the look-ahead named the module; check with its profile
 * and rule set (made before the threads started; read only here). */
static ats_parser *choose(void *user, const ats_identity *id)
{
    run *r = user;
    run *c = r;
    const check_report *rep = r->rep;
    const ats_profile *p = cli_profiles_pick(rep->profiles, id->profile);
    size_t k = 0;
    for (size_t i = 0; i < rep->ncands; i++)
        if (rep->cands[i] == p)
            k = i + 1;
    if (!k)
        return NULL;
    input_result *in = r->in;
    in->profile = rep->cands[k - 1];
    snprintf(in->profile_reason, sizeof in->profile_reason, "%s", id->reason);
    snprintf(in->module[0], sizeof in->module[0], "%s", id->manufacturer);
    snprintf(in->module[1], sizeof in->module[1], "%s", id->model);
    snprintf(in->module[2], sizeof in->module[2], "%s", id->revision);
    const ats_ruleset *rs = rset_for(rep, k - 1);
    if (!rs)
        return NULL;
    ats_error e;
    memset(&e, 0, sizeof e);
    if (ats_engine_new(&r->eng, rs, c->ci, on_violation, r, &e) < 0 ||
        (ats_engine_set_formats(r->eng, cli_formatset()), 0) ||
        ats_parser_new(c->ps, in->profile, c->po, on_record, r, &e) < 0 ||
        ats_parser_set_redact(*c->ps, in->redact, &e) < 0) {
        cli_lib_error(&e, c->shown);
        return NULL;
    }
    if (r->ev)
        ats_parser_set_line_tap(*c->ps, check_evidence_tap, r->ev,
                                ats_evidence_max_text(r->ev));
    return *c->ps;
}

/* Analyses one input into its input_result (thread-safe: touches nothing
 * else). On failure the result carries the reason in `error`. */
static void check_one(check_report *rep, input_result *in, const char *path)
{
    const char *shown = strcmp(path, "-") ? path : "<stdin>";
    in->path = strdup(shown);
    /* a failed allocation only loses the note that suggests another profile */
    in->known_by = rep->nothers ? calloc(rep->nothers, sizeof *in->known_by) : NULL;
    int fd = STDIN_FILENO;
    if (strcmp(path, "-")) {
        fd = open(path, O_RDONLY);
        struct stat st;
        if (fd < 0) {
            char why[300];
            snprintf(why, sizeof why, "cannot open: %s", strerror(errno));
            in->error = fmt_error(path, why);
        } else if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            in->error = fmt_error(path, "is a directory (use -r to read what is in it)");
            close(fd);
        }
        if (in->error) {
            cli_error("%s", in->error);
            return;
        }
    }
    run r;
    memset(&r, 0, sizeof r);
    r.rep = rep;
    r.in = in;
    ats_capture_info ci = {0, 0, 0, 0, NULL, 0};
    ats_error e;
    memset(&e, 0, sizeof e);
    ats_parser *ps = NULL;
    ats_parser_opts po = rep->popts;
    if (rep->max_line)
        po.framer.max_line = rep->max_line;
    po.threads = capture_threads(fd, rep->threads, &po.split_read_apart);
    int rc = 0;
    /* per-command statistics: the HTML latency table, the JSON report's
     * command_stats (what `atscope diff` compares) */
    if (ats_statsacc_new(&in->acc) != 0) {
        snprintf(e.msg, sizeof e.msg, "out of memory");
        rc = -1;
    }
    /* per rule: its result, violations kept and those only counted */
    size_t nrules = ats_ruleset_count(rep->rs);
    in->rules = calloc(nrules ? nrules : 1, sizeof *in->rules);
    in->omitted = calloc(nrules ? nrules : 1, sizeof *in->omitted);
    in->omitted_supp = calloc(nrules ? nrules : 1, sizeof *in->omitted_supp);
    in->omitted_base = calloc(nrules ? nrules : 1, sizeof *in->omitted_base);
    r.stored = calloc(nrules ? nrules : 1, sizeof *r.stored);
    if (!in->rules || !in->omitted || !in->omitted_supp || !in->omitted_base || !r.stored) {
        snprintf(e.msg, sizeof e.msg, "out of memory");
        rc = -1;
    }
    in->profile = rep->p;
    snprintf(in->profile_reason, sizeof in->profile_reason, "given with --profile");
    if (rc == 0 && rep->redact &&
        ats_redact_map_new(&in->redact, rep->redact_hosts ? ATS_REDACT_HOSTS : 0) < 0) {
        rc = ATS_ENOMEM;
        snprintf(e.msg, sizeof e.msg, "out of memory");
    }
    if (rc == 0 && rep->context >= 0) {
        ats_evidence_opts eo;
        ats_evidence_opts_default(&eo);
        eo.context = (unsigned)rep->context;
        if (rep->evidence_window)
            eo.window = rep->evidence_window;
        rc = ats_evidence_new(&r.ev, &eo, &e);
    }
    if (rc == 0 && !rep->auto_profile) {
        rc = ats_engine_new(&r.eng, rep->rs, &ci, on_violation, &r, &e);
        if (rc == 0)
            ats_engine_set_formats(r.eng, cli_formatset());
        if (rc == 0)
            rc = ats_parser_new(&ps, rep->p, &po, on_record, &r, &e);
        if (rc == 0)
            rc = ats_parser_set_redact(ps, in->redact, &e);
        if (rc == 0 && r.ev)
            ats_parser_set_line_tap(ps, check_evidence_tap, r.ev, ats_evidence_max_text(r.ev));
    }
    capture_read cr;
    memset(&cr, 0, sizeof cr);
    cr.format = rep->input_format;
    cr.settings = &rep->input;
    cr.progress = rep->progress;
    cr.on_format = on_format;
    cr.user = &r;
    r.ps = &ps;
    r.po = &po;
    r.ci = &ci;
    r.shown = shown;
    if (rep->auto_profile) {
        cr.choose = choose;
        cr.id_base = rep->scan;
        cr.id_cands = rep->cands;
        cr.id_ncands = rep->ncands;
    }
    if (rc == 0)
        rc = capture_read_fd(&cr, fd, shown, ps);
    if (rc == 0 && !r.eng)
        rc = -1;
    /* what the capture really carried decides what is evaluable */
    ci.has_time = cr.has_time;
    ci.has_direction = cr.has_dir;
    ci.lossy = cr.lossy;
    ci.reads_as_received = cr.reads_as_received;
    ci.hides = cr.hides;
    ci.commands_unshown = cr.commands_unshown[0] ? cr.commands_unshown : NULL;
    if (rc == 0) {
        ats_engine_set_capture_info(r.eng, &ci);
        rc = ats_engine_finish(r.eng, &e);
        if (rc < 0 && e.msg[0])
            cli_lib_error(&e, shown);
    }
    /* each stored violation takes its lines, escaped, before the window goes */
    if (r.ev) {
        ats_evidence_finish(r.ev);
        for (size_t k = 0; rc == 0 && !r.failed && k < in->nviol; k++)
            if (in->viol[k].ticket != SIZE_MAX && check_evidence_copy(&in->viol[k], r.ev) < 0)
                r.failed = ENOMEM;
    }
    check_identity_done(in, r.ident);
    if (rc == 0 && !r.failed) {
        in->format = strdup(cr.format_name);
        in->format_reason = strdup(cr.reason);
        if (strcmp(cr.layers, cr.format_name))
            in->layers = strdup(cr.layers);
        for (size_t k = 0; k < cr.nkept; k++)
            add_note(in, cr.warnings[k].line, cr.warnings[k].msg);
        in->nwarnings = cr.nwarnings;   /* the reader's count includes those it did not keep */
        /* A pass over nothing must not read like a pass: an empty log, the
         * wrong --input-format, or an application's prints with a few AT lines
         * are inconclusive (the engine decides; its violations are void). */
        const ats_stats *st = ats_parser_stats(ps);
        ats_engine_coverage(r.eng, &in->cov);
        if (in->cov.inconclusive) {
            /* said in input order when all are done (run_all): with
             * --jobs, said here, the lines came in the order the captures
             * finished */
            for (size_t k = 0; k < in->nviol; k++)
                check_evidence_free(&in->viol[k]);
            free(in->viol);
            in->viol = NULL;
            in->nviol = in->capviol = 0;
            memset(in->counts, 0, sizeof in->counts);
            memset(in->suppressed, 0, sizeof in->suppressed);
            memset(in->omitted, 0, nrules * sizeof *in->omitted);
            memset(in->omitted_supp, 0, nrules * sizeof *in->omitted_supp);
        }
        char why[600] = "";
        if (in->cov.unrecognised_lines)
            snprintf(why, sizeof why,
                     "%" PRIu64 " line%s outside any command %s not look like modem output "
                     "(an application's prints?): not checked",
                     in->cov.unrecognised_lines, in->cov.unrecognised_lines == 1 ? "" : "s",
                     in->cov.unrecognised_lines == 1 ? "does" : "do");
        if (why[0])
            add_note(in, in->cov.first_unrecognised, why);
        why[0] = 0;
        /* Another module's log under this profile: a quarter or more of its
         * commands unknown, and another built-in knows most of those. */
        size_t best = 0;
        for (size_t j = 1; in->known_by && j < rep->nothers; j++)
            if (in->known_by[j] > in->known_by[best])
                best = j;
        if (in->known_by && in->unknown_cmds >= 3 &&
            strcmp(ats_profile_id(rep->others[best]), ats_profile_id(in->profile)) &&
            in->unknown_cmds * 4 >= st->commands && in->known_by[best] * 2 > in->unknown_cmds) {
            /* profiles that know as many (quectel-bc95 and ublox-sara share the NSO*
             * sockets): each is named, in built-in order, or the first hides the rest */
            char whose[160] = "", tries[200] = "";
            size_t nw = 0, nt = 0, ntied = 0;
            for (size_t j = 0; j < rep->nothers; j++) {
                const char *id = ats_profile_id(rep->others[j]);
                if (in->known_by[j] != in->known_by[best] || !strcmp(id, ats_profile_id(in->profile)))
                    continue;
                ntied++;
                int a = snprintf(whose + nw, sizeof whose - nw, "%s%s's",
                                 ntied == 1 ? "" : " or ", id);
                int b = snprintf(tries + nt, sizeof tries - nt, "%s--profile %s",
                                 ntied == 1 ? "" : " or ", id);
                if (a > 0 && (size_t)a < sizeof whose - nw)
                    nw += (size_t)a;
                if (b > 0 && (size_t)b < sizeof tries - nt)
                    nt += (size_t)b;
            }
            snprintf(why, sizeof why,
                     "%" PRIu64 " of the %" PRIu64 " commands are unknown to the %s profile but "
                     "%" PRIu64 " of them are %s: try %s",
                     in->unknown_cmds, st->commands, ats_profile_id(in->profile), in->known_by[best],
                     whose, tries);
        }
        if (why[0])
            add_note(in, 0, why);
        in->bytes = cr.bytes;
        in->stats = *ats_parser_stats(ps);
        in->has_time = ci.has_time;
        in->has_dir = ci.has_direction;
        in->lossy = ci.lossy;
        in->hides = ci.hides;
        in->nrules = nrules;
        for (size_t i = 0; i < nrules; i++)
            ats_engine_result(r.eng, i, &in->rules[i]);
    } else {
        in->error = fmt_error(shown, e.msg[0] ? e.msg : "could not be analysed");
    }
    free(r.stored);
    ats_parser_free(ps);
    ats_engine_free(r.eng);
    ats_evidence_free(r.ev);
    ats_identifier_free(r.ident);
    if (fd != STDIN_FILENO)
        close(fd);
}

typedef struct check_ctx {
    check_report *rep;
    char **paths;
    unsigned char *done;       /* inputs analysed; NULL: merge at the end */
    size_t next, n;            /* the first input not merged into rep->acc */
    pthread_mutex_t mu;
} check_ctx;

/* Merges the statistics of the inputs analysed, in input order, from the
 * first not merged yet up to the first still in flight (under c->mu, or
 * with the threads done). */
static void merge_stats(check_ctx *c)
{
    check_report *rep = c->rep;
    while (c->next < c->n && (!c->done || c->done[c->next])) {
        input_result *in = &rep->inputs[c->next++];
        if (!in->error && in->acc && ats_statsacc_merge(rep->acc, in->acc) != 0)
            rep->stats_failed = 1;
        if (!rep->want_timeline) {
            ats_statsacc_free(in->acc);
            in->acc = NULL;
        }
    }
}

static void check_at(void *ctx, size_t i)
{
    check_ctx *c = ctx;
    check_one(c->rep, &c->rep->inputs[i], c->paths[i]);
    if (!c->done)
        return;
    pthread_mutex_lock(&c->mu);
    c->done[i] = 1;
    merge_stats(c);
    pthread_mutex_unlock(&c->mu);
}

/* The capture's tokens in what its result keeps, renumbered to the report's. */
static void renumber(check_report *rep, input_result *in)
{
    if (!rep->redact_map || !in->redact ||
        ats_redact_map_merge(rep->redact_map, in->redact) < 0)
        return;
    cli_renum *rn = cli_renum_new(in->redact, rep->redact_map);
    if (!rn)
        return;
    for (size_t k = 0; k < in->nviol; k++) {
        ats_violation *v = &in->viol[k].v;
        cli_renum_apply(rn, v->message, sizeof v->message);
        cli_renum_apply(rn, v->key, sizeof v->key);
        for (size_t j = 0; j < v->nrelated; j++)
            cli_renum_apply(rn, v->related[j].message, sizeof v->related[j].message);
        check_evidence_renum(&in->viol[k], rn);
    }
    for (size_t k = 0; k < in->ntl; k++)
        cli_renum_apply(rn, in->tl[k].text, sizeof in->tl[k].text);
    for (size_t k = 0; k < in->nkept; k++) {
        size_t cap = strlen(in->warn_msg[k]) + 256;
        char *m = malloc(cap);
        if (!m)
            continue;
        snprintf(m, cap, "%s", in->warn_msg[k]);
        cli_renum_apply(rn, m, cap);
        free(in->warn_msg[k]);
        in->warn_msg[k] = m;
    }
    cli_renum_apply(rn, in->profile_reason, sizeof in->profile_reason);
    for (int k = 0; k < 3; k++)
        cli_renum_apply(rn, in->module[k], sizeof in->module[k]);
    cli_renum_apply(rn, in->imei, sizeof in->imei);
    cli_renum_free(rn);
}

static void run_all(check_report *rep, char **paths, size_t n, int jobs)
{
    check_ctx c = {rep, paths, calloc(n ? n : 1, 1), 0, n, PTHREAD_MUTEX_INITIALIZER};
    pool_run(n, jobs, check_at, &c, "checked");
    merge_stats(&c);            /* all of them, when done could not be allocated */
    free(c.done);
    /* merge in input order */
    for (size_t i = 0; i < n; i++) {
        input_result *in = &rep->inputs[i];
        if (!in->error && in->cov.inconclusive)
            cli_error("%s: inconclusive: %s", in->path ? in->path : paths[i], in->cov.reason);
        renumber(rep, in);
        if (in->error || in->cov.inconclusive)
            rep->inconclusive++;
        if (in->error)
            continue;
        rep->analysed++;
        for (int s = 0; s < 3; s++)
            rep->counts[s] += in->counts[s];
        if (in->nviol) {
            stored_violation *q = realloc(rep->viol, (rep->nviol + in->nviol) * sizeof *q);
            if (!q)
                continue;
            rep->viol = q;
            for (size_t k = 0; k < in->nviol; k++) {
                rep->viol[rep->nviol] = in->viol[k];
                rep->viol[rep->nviol].input = i;
                rep->nviol++;
            }
        }
    }
    rep->ninputs = n;
}

static int check_main(int argc, char **argv, const check_report *info)
{
    static const struct option lopts[] = {
        CLI_CAPTURE_LONG_OPTS,
        {"config", required_argument, NULL, 'c'}, {"format", required_argument, NULL, 'f'},
        {"fail-on", required_argument, NULL, 1},   {"max-line", required_argument, NULL, 2},
        {"recursive", no_argument, NULL, 'r'},     {"jobs", required_argument, NULL, 'j'},
        {"min-coverage", required_argument, NULL, 3},
        {"baseline", required_argument, NULL, 4},
        {"threads", required_argument, NULL, 5},
        {"context", required_argument, NULL, 6},
        {"help", no_argument, NULL, 'h'},          {NULL, 0, NULL, 0}};
    cli_opts o;
    memset(&o, 0, sizeof o);
    const char *config = NULL, *format = NULL, *fail_on = "error";
    const char *baseline = NULL;
    int recurse = 0, jobs = 0, context = CHECK_DEFAULT_CONTEXT;
    double min_coverage = -1;
    cli_redact red = {0, 0};
    check_report rep;
    memset(&rep, 0, sizeof rep);
    rep.command_line = info->command_line;
    memcpy(rep.run_time, info->run_time, sizeof rep.run_time);
    int c;
    optind = 1;
    opterr = 0;
    while ((c = cli_next_option(argc, argv, ":p:c:i:f:o:rj:h", lopts, &o, &red)) != -1) {
        switch (c) {
        case CLI_OPT_BAD: return EXIT_USAGE;
        case 'c': config = optarg; break;
        case 'f': format = optarg; break;
        case 1: fail_on = optarg; break;
        case 4: baseline = optarg; break;
        case 'r': recurse = 1; break;
        case 'j': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 1 || v > 64) {
                cli_error("--jobs: expected a number from 1 to 64, got '%s'", optarg);
                return EXIT_USAGE;
            }
            jobs = (int)v;
            break;
        }
        case 2: {
            char *end;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (*end || v < 16) {
                cli_error("--max-line: expected a number of at least 16, got '%s'", optarg);
                return EXIT_USAGE;
            }
            o.max_line = (size_t)v;
            break;
        }
        case 3: {
            char *end;
            double v = strtod(optarg, &end);
            if (*end || end == optarg || !(v >= 0 && v <= 1)) {
                cli_error("--min-coverage: expected a number from 0 to 1, got '%s'", optarg);
                return EXIT_USAGE;
            }
            min_coverage = v;
            break;
        }
        case 5:
            if (cli_threads_option(optarg, &o.threads) < 0)
                return EXIT_USAGE;
            break;
        case 6: {
            if (!strcmp(optarg, "none")) {
                context = -1;
                break;
            }
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || end == optarg || v < 0 || v > ATS_EVIDENCE_MAX_CONTEXT) {
                cli_error("--context: expected a number from 0 to %d or 'none', got '%s'",
                          ATS_EVIDENCE_MAX_CONTEXT, optarg);
                return EXIT_USAGE;
            }
            context = (int)v;
            break;
        }
        case 'h': cli_help(cmd_check_help); return 0;
        default:
            return cli_bad_option("check", c, argv);
        }
    }
    /* -o report.html without -f: what the name says, not JSON in an .html */
    const report_writer *writer = format ? report_writer_find(format)
                                         : report_writer_for_output(o.output);
    if (format && !writer) {
        char names[200];
        report_writer_names(names, sizeof names);
        cli_error("check: unknown --format '%s' (expected %s)", format, names);
        return EXIT_USAGE;
    }
    /* no -f and no telling -o: text for a person at a terminal, else JSON */
    if (!writer)
        writer = report_writer_find(!o.output && isatty(STDOUT_FILENO) ? "text" : "json");
    if (cli_check_format(o.input_format) < 0)
        return EXIT_USAGE;
    rep.context = context;
    rep.input_format = o.input_format;
    rep.input = o.input;
    rep.redact = !red.off;
    rep.redact_hosts = red.hosts;
    if (!strcmp(fail_on, "error"))
        rep.fail_on = ATS_SEV_ERROR;
    else if (!strcmp(fail_on, "warning"))
        rep.fail_on = ATS_SEV_WARNING;
    else if (!strcmp(fail_on, "info"))
        rep.fail_on = ATS_SEV_INFO;
    else if (!strcmp(fail_on, "never"))
        rep.never = 1;
    else {
        cli_error("check: --fail-on must be error, warning, info or never, not '%s'", fail_on);
        return EXIT_USAGE;
    }
    char **files;
    int nfiles;
    if (cli_input_files("check", argc, argv, &files, &nfiles) < 0)
        return EXIT_USAGE;
    ats_profile *p;
    cli_profiles cp;
    rep.auto_profile = cli_profile_is_auto(&o);
    if (cli_profiles_for(&o, &p, &cp) < 0)
        return EXIT_USAGE;
    const ats_profile *main_p = p ? p : cp.base;
    ats_ruleset *rs = NULL;
    /* --profile auto: rsets[i] is cp.p[i]'s */
    ats_ruleset **rsets = calloc(cp.n ? cp.n : 1, sizeof *rsets);
    ats_error e;
    memset(&e, 0, sizeof e);
    int status = 0;
    if (!rsets) {
        cli_error("out of memory");
        status = EXIT_USAGE;
    } else if (ats_ruleset_new(&rs, main_p, &e) < 0) {
        cli_lib_error(&e, ats_profile_path(main_p));
        status = EXIT_USAGE;
    }
    cli_limits lim;
    memset(&lim, 0, sizeof lim);
    if (status == 0 && config && (cli_apply_config(rs, config) < 0 || cli_read_limits(config, &lim) < 0))
        status = EXIT_USAGE;
    /* suppressions and the baseline are read before the analysis: a mistake
     * in either is said before a long run, not after it */
    cli_suppress *supp = NULL;
    cli_baseline *base = NULL;
    if (status == 0 && config && cli_suppress_load(config, rs, &supp) < 0)
        status = EXIT_USAGE;
    if (status == 0 && baseline && cli_baseline_load(baseline, &base) < 0)
        status = EXIT_USAGE;
    rep.supp = supp;
    rep.baseline_path = baseline;
    rep.gated = supp || baseline;
    rep.profiles = &cp;
    rep.cands = (const ats_profile *const *)cp.p;
    rep.ncands = cp.n;
    rep.scan = cp.scan;
    rep.rsets = rsets;     /* --profile auto: made as captures pick them (rset_for) */
    rep.config = config;
    ats_parser_opts_default(&rep.popts);
    cli_limits_apply(&lim, &rep.popts);
    /* the option wins over the config */
    if (min_coverage < 0 && lim.min_coverage_set)
        min_coverage = lim.min_coverage;
    if (min_coverage >= 0 && rs)
        ats_ruleset_set_min_coverage(rs, min_coverage);
    rep.min_coverage = min_coverage;
    rep.max_stored = lim.max_stored_violations ? lim.max_stored_violations : CHECK_MAX_STORED;
    rep.evidence_window = lim.evidence_window;
    rep.p = main_p;
    rep.rs = rs;
    /* the built-ins, for the note that suggests one when the commands of a
     * capture are another's: --profile auto has them all loaded already;
     * otherwise they are loaded here as candidates (named, never matched
     * with: no JIT) */
    ats_profile *const *all = cp.p;
    size_t nall = cp.n;
    if (!rep.auto_profile && ats_profile_load_candidates(&rep.own_others, &rep.nown, &e) == 0) {
        all = rep.own_others;
        nall = rep.nown;
    }
    rep.others = calloc(nall ? nall : 1, sizeof *rep.others);
    for (size_t i = 0; rep.others && i < nall; i++)
        if (strcmp(ats_profile_id(all[i]), "3gpp"))
            rep.others[rep.nothers++] = all[i];
    rep.max_line = o.max_line;
    rep.want_timeline = writer->timeline;
    input_list il = {0};
    if (status == 0 && inputs_expand(&il, files, nfiles, recurse) < 0) {
        cli_error("out of memory");
        status = EXIT_USAGE;
    }
    if (status == 0 && il.n == 0) {
        if (il.nskipped)
            cli_error("check: no capture files found (%zu skipped as not captures, such as %s: "
                      "%s; name a file to read it anyway)",
                      il.nskipped, il.skipped[0].path, il.skipped[0].reason);
        else
            cli_error("check: no capture files found");
        status = EXIT_USAGE;
    }
    rep.skipped = il.skipped;
    rep.nskipped = il.nskipped;
    if (status == 0 && cli_out_check_inputs(o.output, il.paths, il.n) < 0)
        status = EXIT_USAGE;
    /* opened before the analysis: a report that cannot be written is said
     * before a long run, not after it */
    cli_out out = {0};
    if (status == 0 && cli_out_open(&out, o.output) < 0)
        status = EXIT_USAGE;
    rep.inputs = status == 0 ? calloc(il.n, sizeof *rep.inputs) : NULL;
    if (status == 0 && !rep.inputs) {
        cli_error("out of memory");
        status = EXIT_USAGE;
    }
    int rfail = 0;
    if (status == 0 && (rep.redact_map = cli_redact_map(&red, &rfail), rfail))
        status = EXIT_USAGE;     /* never a report unmasked by accident */
    if (status == 0 && ats_statsacc_new(&rep.acc) != 0) {
        cli_error("out of memory");
        status = EXIT_USAGE;
    }
    if (status == 0) {
        if (jobs == 0)
            jobs = pool_default_jobs();
        rep.progress = il.n == 1;       /* several: pool.c counts captures instead */
        /* captures checked side by side use the cores already */
        rep.threads = o.threads ? o.threads : jobs > 1 && il.n > 1 ? 1 : 0;
        run_all(&rep, il.paths, il.n, jobs);
        if (base)
            cli_baseline_apply(base, &rep);
        gate_tally(&rep);
        cli_redact_summary(rep.redaction, sizeof rep.redaction, &red, rep.redact_map);
        /* --profile auto: captures all of one module make a report of that
         * profile (its name, its rules' sections); mixed ones keep the base */
        const ats_profile *one = NULL;
        int mixed = 0;
        for (size_t i = 0; rep.auto_profile && i < rep.ninputs; i++) {
            const ats_profile *q = rep.inputs[i].error ? NULL : rep.inputs[i].profile;
            if (q && one && q != one)
                mixed = 1;
            if (q && !one)
                one = q;
        }
        for (size_t i = 0; one && !mixed && i < cp.n; i++)
            if (cp.p[i] == one && rsets[i]) {
                rep.p = one;
                rep.rs = rsets[i];
            }
        /* nothing could be read: no report that could look like a pass */
        if (rep.analysed == 0)
            status = EXIT_USAGE;
    }
    if (status == 0) {
        /* verdict: anything at or above --fail-on, not suppressed nor baselined */
        for (int s = ATS_SEV_ERROR; s >= 0 && !rep.never; s--)
            if (s >= (int)rep.fail_on && rep.fresh[s])
                rep.verdict_fail = 1;
        FILE *f = out.f;
        errno = 0;
        int wrc = writer->write(f, &rep);
        /* a report that failed without a write error ran out of memory */
        int werr = wrc == 0 ? 0 : !ferror(f) ? ENOMEM : errno ? errno : EIO;
        if (cli_out_close(&out, wrc == 0, werr) < 0)
            status = EXIT_USAGE;
        else
            /* an input with no evidence, or one that could not be read, leaves
             * the run unable to vouch for anything: exit 2 (ShellCheck, ESLint) */
            status = rep.inconclusive  ? EXIT_USAGE
                     : rep.verdict_fail ? EXIT_VIOLATIONS
                                        : EXIT_PASS;
    }
    cli_out_close(&out, 0, 0);    /* no report: the old file stays */
    for (size_t i = 0; i < rep.ninputs; i++) {
        input_result *in = &rep.inputs[i];
        free(in->path);
        free(in->error);
        free(in->format);
        free(in->format_reason);
        free(in->layers);
        for (size_t k = 0; k < in->nkept; k++)
            free(in->warn_msg[k]);
        for (size_t k = 0; k < in->nviol; k++)
            check_evidence_free(&in->viol[k]);
        free(in->viol);
        free(in->tl);
        free(in->known_by);
        free(in->rules);
        free(in->omitted);
        free(in->omitted_supp);
        free(in->omitted_base);
        ats_statsacc_free(in->acc);
        ats_redact_map_free(in->redact);
    }
    inputs_free(&il);
    ats_redact_map_free(rep.redact_map);
    ats_statsacc_free(rep.acc);
    free(rep.inputs);
    free(rep.viol);
    ats_ruleset_free(rs);
    cli_suppress_free(supp);
    cli_baseline_free(base);
    for (size_t i = 0; rsets && i < cp.n; i++)
        ats_ruleset_free(rsets[i]);
    free(rsets);
    for (size_t j = 0; j < rep.nown; j++)
        ats_profile_free(rep.own_others[j]);
    free(rep.own_others);
    free(rep.others);
    ats_profile_free(p);
    cli_profiles_free(&cp);
    return status;
}

int cmd_check(int argc, char **argv)
{
    /* the command line as given, before getopt reorders argv */
    check_report info;
    memset(&info, 0, sizeof info);
    int status = check_run_info(&info, argc, argv) < 0 ? EXIT_USAGE : check_main(argc, argv, &info);
    free(info.command_line);
    return status;
}
