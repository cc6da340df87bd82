/* suppress.c - see suppress.h. An entry is
 *   {"rule": ID, "command": PCRE2, "capture": GLOB, "reason": TEXT}
 * with a reason and at least one of the three others; all those given must
 * match. The command pattern is searched in the finding's fingerprint key
 * (the command name most rules key on, docs/report.md §5) and in its
 * message, which quotes the command as sent (masked, as every output shows
 * it). The glob is fnmatch'ed against the capture path as given, and, when
 * it holds no '/', against the file name too. */
#include <fnmatch.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "jsonpos.h"
#include "suppress.h"
#include "../common/jsonload.h"     /* ats_jl_compile: PCRE2 with file:line:col */

typedef struct entry {
    char *rule, *capture, *reason;
    ats_re cmd;
    int has_cmd;
    unsigned line;
    char where[300];
} entry;

struct cli_suppress {
    char *file;
    entry *e;
    size_t n;
};

void cli_suppress_free(cli_suppress *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++) {
        free(s->e[i].rule);
        free(s->e[i].capture);
        free(s->e[i].reason);
        if (s->e[i].has_cmd)
            ats_re_free(&s->e[i].cmd);
    }
    free(s->e);
    free(s->file);
    free(s);
}

typedef struct loader {
    const char *path;
    const json_t *root;
    jsonpos jp;
} loader;

/* "FILE:L:C: suppressions[i]...: what" at parent's member key (or element). */
static int bad(const loader *L, const json_t *parent, const char *key, size_t idx,
               const char *what)
{
    return jsonpos_error(&L->jp, L->root, L->path, "", parent, key, idx, what);
}

static int rule_known(const ats_ruleset *rs, const char *id)
{
    for (size_t i = 0; i < ats_ruleset_count(rs); i++) {
        ats_rule_info in;
        ats_ruleset_info(rs, i, &in);
        if (!strcmp(in.id, id))
            return 1;
    }
    return 0;
}

static char *dup_str(const json_t *v) { return strdup(json_string_value(v)); }

static int load_entry(loader *L, const ats_ruleset *rs, const json_t *arr, size_t i,
                      entry *en, const char *src, size_t len)
{
    json_t *o = json_array_get(arr, i);
    char m[400];
    if (!json_is_object(o)) {
        snprintf(m, sizeof m, "suppressions[%zu]: expected an object {\"rule\", \"command\", "
                              "\"capture\", \"reason\"}", i);
        return bad(L, arr, NULL, i, m);
    }
    const char *key;
    json_t *v;
    json_object_foreach(o, key, v)
    {
        if (strcmp(key, "rule") && strcmp(key, "command") && strcmp(key, "capture") &&
            strcmp(key, "reason")) {
            snprintf(m, sizeof m, "suppressions[%zu]: unknown key \"%.60s\" (expected rule, "
                                  "command, capture and reason)", i, key);
            return bad(L, o, key, 0, m);
        }
        if (!json_is_string(v)) {
            snprintf(m, sizeof m, "suppressions[%zu].%s: expected a string", i, key);
            return bad(L, o, key, 0, m);
        }
    }
    unsigned col;
    jsonpos_find(&L->jp, L->root, arr, NULL, i, &en->line, &col);
    snprintf(en->where, sizeof en->where, "%s:%u", L->path, en->line);
    json_t *reason = json_object_get(o, "reason");
    const char *rs_text = reason ? json_string_value(reason) : "";
    while (*rs_text == ' ' || *rs_text == '\t')
        rs_text++;
    if (!*rs_text) {
        snprintf(m, sizeof m, "suppressions[%zu]: a suppression needs a \"reason\": why the "
                              "finding is accepted, which every report shows beside it", i);
        return reason ? bad(L, o, "reason", 0, m) : bad(L, arr, NULL, i, m);
    }
    json_t *rule = json_object_get(o, "rule"), *cmd = json_object_get(o, "command"),
           *cap = json_object_get(o, "capture");
    if (!rule && !cmd && !cap) {
        snprintf(m, sizeof m, "suppressions[%zu]: name at least one of \"rule\", \"command\" "
                              "and \"capture\" (an entry with none would suppress everything)",
                 i);
        return bad(L, arr, NULL, i, m);
    }
    if (rule && !rule_known(rs, json_string_value(rule))) {
        snprintf(m, sizeof m, "suppressions[%zu].rule: unknown rule \"%.80s\" (see 'atscope "
                              "rules')", i, json_string_value(rule));
        return bad(L, o, "rule", 0, m);
    }
    if ((rule && !(en->rule = dup_str(rule))) || (cap && !(en->capture = dup_str(cap))) ||
        !(en->reason = strdup(rs_text))) {
        cli_error("out of memory");
        return -1;
    }
    if (cmd) {
        ats_error e;
        memset(&e, 0, sizeof e);
        ats_jl_src s = {(char *)L->path, (char *)src, len};
        ats_jl jl = {L->path, &s, 1, &e, 0, 0};
        char what[64];
        snprintf(what, sizeof what, "suppressions[%zu].command", i);
        if (ats_jl_compile(&jl, &en->cmd, cmd, what) < 0) {
            cli_lib_error(&e, L->path);
            return -1;
        }
        en->has_cmd = 1;
    }
    return 0;
}

int cli_suppress_load(const char *path, const ats_ruleset *rs, cli_suppress **out)
{
    *out = NULL;
    char *src;
    size_t len;
    if (cli_read_config(path, &src, &len) < 0)
        return -1;
    /* the rule set's own reading of the file has refused bad JSON already */
    json_t *root = json_loadb(src, len, 0, NULL);
    json_t *arr = root ? json_object_get(root, "suppressions") : NULL;
    int rc = 0;
    loader L = {path, root, {0}};
    if (arr && jsonpos_scan(&L.jp, src, len) < 0) {
        cli_error("out of memory");
        rc = -1;
    } else if (arr && !json_is_array(arr)) {
        rc = bad(&L, root, "suppressions", 0,
                 "\"suppressions\" must be an array of {\"rule\", \"command\", \"capture\", "
                 "\"reason\"}");
    } else if (arr && json_array_size(arr)) {
        cli_suppress *s = calloc(1, sizeof *s);
        if (!s || !(s->e = calloc(json_array_size(arr), sizeof *s->e)) ||
            !(s->file = strdup(path))) {
            cli_error("out of memory");
            rc = -1;
        }
        for (size_t i = 0; rc == 0 && i < json_array_size(arr); i++) {
            s->n++;
            rc = load_entry(&L, rs, arr, i, &s->e[i], src, len);
        }
        if (rc == 0)
            *out = s;
        else
            cli_suppress_free(s);
    }
    jsonpos_free(&L.jp);
    json_decref(root);
    free(src);
    return rc;
}

static int glob_match(const char *glob, const char *path)
{
    if (fnmatch(glob, path, 0) == 0)
        return 1;
    const char *b = strrchr(path, '/');
    return !strchr(glob, '/') && b && fnmatch(glob, b + 1, 0) == 0;
}

static int cmd_match(const ats_re *re, const ats_violation *v)
{
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re->code, NULL);
    if (!md)
        return 0;
    const char *key = strchr(v->key, '|');
    key = key ? key + 1 : v->key;
    int hit = ats_re_match(re, md, NULL, key, strlen(key)) == 1 ||
              ats_re_match(re, md, NULL, v->message, strlen(v->message)) == 1;
    pcre2_match_data_free(md);
    return hit;
}

int cli_suppress_match(const cli_suppress *s, const char *path, const ats_violation *v)
{
    for (size_t i = 0; s && i < s->n; i++) {
        const entry *e = &s->e[i];
        if ((e->rule && strcmp(e->rule, v->rule)) || (e->capture && !glob_match(e->capture, path)) ||
            (e->has_cmd && !cmd_match(&e->cmd, v)))
            continue;
        return (int)i;
    }
    return -1;
}

const char *cli_suppress_reason(const cli_suppress *s, int k) { return s->e[k].reason; }
const char *cli_suppress_where(const cli_suppress *s, int k) { return s->e[k].where; }
const char *cli_suppress_file(const cli_suppress *s) { return s->file; }
unsigned cli_suppress_line(const cli_suppress *s, int k) { return s->e[k].line; }
