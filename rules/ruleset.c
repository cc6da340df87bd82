/* ruleset.c - the registry's rules with the profile's parameters and a
 * config's choices applied. Unknown rule ids and parameter names are errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rules_int.h"
#include "jsonload.h"

/* The line and column of the first occurrence of "key" in the source. */
static void locate_key_from(const char *src, size_t len, size_t from, const char *key,
                            uint64_t *line, uint64_t *col, size_t *at);

static void locate_key(const char *src, size_t len, const char *key, uint64_t *line,
                       uint64_t *col)
{
    locate_key_from(src, len, 0, key, line, col, NULL);
}

/* The first occurrence of "key" at or after byte `from`. */
static void locate_key_from(const char *src, size_t len, size_t from, const char *key,
                            uint64_t *line, uint64_t *col, size_t *at)
{
    char pat[300];
    int k = snprintf(pat, sizeof pat, "\"%s\"", key);
    *line = *col = 0;
    if (k <= 0 || (size_t)k >= sizeof pat)
        return;
    size_t i = ats_jl_find(src, len, from, pat, (size_t)k, line, col);
    if (at && i != (size_t)-1)
        *at = i;
}

/* The line and column of parameter key of rule id: searched after the rule's
 * own key. */
static void at_param(const char *src, size_t len, const char *id, const char *key,
                     uint64_t *line, uint64_t *col)
{
    size_t rule_at = 0;
    locate_key_from(src, len, 0, id, line, col, &rule_at);
    locate_key_from(src, len, rule_at, key, line, col, NULL);
}

static int parse_severity(const char *s, ats_severity *out)
{
    if (!strcmp(s, "error"))
        *out = ATS_SEV_ERROR;
    else if (!strcmp(s, "warning"))
        *out = ATS_SEV_WARNING;
    else if (!strcmp(s, "info"))
        *out = ATS_SEV_INFO;
    else
        return -1;
    return 0;
}

/* A parameter is a count (whole) or seconds, within the descriptor's range;
 * a default below the minimum is a sentinel ("not set") and stays allowed.
 * 0 when v fits, else 1 with what it must be in need. */
static int out_of_range(int r, const char *key, const json_t *v, char *need, size_t cap)
{
    const ats_rule_param *p = ats_rule_registry[r]->params;
    while (p && p->name && strcmp(p->name, key))
        p++;
    if (!p || !p->name)
        return 0;             /* not a parameter: the caller has said so */
    int seconds = p->kind == ATS_PARAM_SECONDS, unset = p->dflt < p->min;
    double x = json_number_value(v);
    if (unset && x == p->dflt)
        return 0;
    if ((!seconds && !json_is_integer(v)) || x < p->min || (p->max >= p->min && x > p->max)) {
        const char *what = seconds ? "seconds" : "a whole number";
        if (p->max >= p->min)
            snprintf(need, cap, "%s, %g to %g%s", what, p->min, p->max,
                     unset ? " (or -1: not set)" : "");
        else
            snprintf(need, cap, "%s, %g or more%s", what, p->min,
                     unset ? " (or -1: not set)" : "");
        return 1;
    }
    return 0;
}

/* Applies one {"<rule-id>": {...}} object onto the set. */
static int apply(ats_ruleset *rs, json_t *rules, const char *src, size_t len, const char *file,
                 const char *what, ats_error *err)
{
    const char *id;
    json_t *v;
    uint64_t ln, col;
    if (!json_is_object(rules)) {
        locate_key(src, len, "rules", &ln, &col);
        return ats_err(err, ATS_EINVAL, file, ln, col, "%s: \"rules\" must be an object", what);
    }
/* where the error is: found only then (a search of the text for every key of a
 * good profile cost a check of a two-line capture 30M instructions) */
#define AT_ID() locate_key(src, len, id, &ln, &col)
#define AT_KEY() at_param(src, len, id, key, &ln, &col)
    json_object_foreach(rules, id, v)
    {
        int r = ats_rule_index(id);
        if (r < 0) {
            AT_ID();
            return ats_err(err, ATS_EINVAL, file, ln, col,
                           "%s: unknown rule \"%s\" (see 'atscope rules')", what, id);
        }
        if (!json_is_object(v)) {
            AT_ID();
            return ats_err(err, ATS_EINVAL, file, ln, col,
                           "%s: rule \"%s\": expected an object", what, id);
        }
        const char *key;
        json_t *pv;
        json_object_foreach(v, key, pv)
        {
            if (!strcmp(key, "enabled")) {
                if (!json_is_boolean(pv))
                    return AT_KEY(), ats_err(err, ATS_EINVAL, file, ln, col,
                                   "%s: rule \"%s\": \"enabled\" must be true or false", what, id);
                rs->enabled[r] = json_is_true(pv);
            } else if (!strcmp(key, "section") || !strcmp(key, "summary")) {
                /* what the rule cites and how it is described: the profile's */
                if (!json_is_string(pv))
                    return AT_KEY(), ats_err(err, ATS_EINVAL, file, ln, col,
                                   "%s: rule \"%s\": \"%s\" must be a string", what, id, key);
                char **slot = !strcmp(key, "section") ? &rs->section[r] : &rs->summary[r];
                char *d = strdup(json_string_value(pv));
                if (!d)
                    return ats_err(err, ATS_ENOMEM, file, 0, 0, "out of memory");
                free(*slot);
                *slot = d;
            } else if (!strcmp(key, "message")) {
                /* a template, or one per variant ({"more": ..., "less": ...}) */
                int ok = json_is_string(pv) || json_is_object(pv);
                const char *vk;
                json_t *vv;
                if (json_is_object(pv))
                    json_object_foreach(pv, vk, vv)
                        ok &= json_is_string(vv);
                if (!ok)
                    return AT_KEY(), ats_err(err, ATS_EINVAL, file, ln, col,
                                   "%s: rule \"%s\": \"message\" must be a string or an object "
                                   "of strings",
                                   what, id);
                json_t *c = json_deep_copy(pv);
                if (!c)
                    return ats_err(err, ATS_ENOMEM, file, 0, 0, "out of memory");
                json_decref(rs->message[r]);
                rs->message[r] = c;
            } else if (!strcmp(key, "severity")) {
                if (!json_is_string(pv) || parse_severity(json_string_value(pv), &rs->severity[r]))
                    return AT_KEY(), ats_err(err, ATS_EINVAL, file, ln, col,
                                   "%s: rule \"%s\": severity must be error, warning or info",
                                   what, id);
            } else {
                json_t *cur = json_object_get(rs->params[r], key);
                if (!cur) {
                    char names[200] = "";
                    const char *pk;
                    json_t *pvv;
                    size_t k = 0;
                    json_object_foreach(rs->params[r], pk, pvv)
                    {
                        int w = snprintf(names + k, sizeof names - k, "%s%s", k ? ", " : "", pk);
                        if (w > 0 && (size_t)w < sizeof names - k)
                            k += (size_t)w;
                    }
                    return AT_KEY(), ats_err(err, ATS_EINVAL, file, ln, col,
                                   "%s: rule \"%s\" has no parameter \"%s\" (%s%s)", what, id,
                                   key, k ? "parameters: " : "it has none",
                                   k ? names : "");
                }
                if (!json_is_number(pv))
                    return AT_KEY(), ats_err(err, ATS_EINVAL, file, ln, col,
                                   "%s: rule \"%s\": parameter \"%s\" must be a number", what, id,
                                   key);
                char need[120];
                if (out_of_range(r, key, pv, need, sizeof need))
                    return AT_KEY(), ats_err(err, ATS_EINVAL, file, ln, col,
                                   "%s: rule \"%s\": parameter \"%s\" must be %s, not %g", what,
                                   id, key, need, json_number_value(pv));
                json_object_set(rs->params[r], key, pv);
            }
        }
    }
    return 0;
}
#undef AT_ID
#undef AT_KEY

/* The descriptor's parameters at their defaults, in its order. */
static json_t *default_params(const ats_rule_desc *d)
{
    json_t *o = json_object();
    for (const ats_rule_param *p = d->params; o && p && p->name; p++) {
        double x = p->dflt;
        json_t *v = x == (double)(json_int_t)x ? json_integer((json_int_t)x) : json_real(x);
        if (json_object_set_new(o, p->name, v) < 0) {
            json_decref(o);
            return NULL;
        }
    }
    return o;
}

int ats_ruleset_new(ats_ruleset **out, const ats_profile *p, ats_error *err)
{
    *out = NULL;
    int prc = ats_profile_check_complete(p, err);
    if (prc < 0)
        return prc;
    ats_ruleset *rs = calloc(1, sizeof *rs);
    if (!rs)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    rs->p = p;
    for (size_t i = 0; i < ats_rule_count; i++) {
        const ats_rule_desc *d = ats_rule_registry[i];
        rs->enabled[i] = 1;
        rs->severity[i] = d->severity;
        rs->params[i] = default_params(d);
        if (!rs->params[i]) {
            ats_ruleset_free(rs);
            return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
        }
    }
    rs->min_coverage = ATS_DEFAULT_MIN_COVERAGE;
    int crc = ats_classes_load(&rs->cls, p, err);
    if (crc < 0) {
        ats_ruleset_free(rs);
        return crc;
    }
    const json_t *root = ats_profile_json(p);
    json_t *prules = json_object_get(root, "rules");
    if (prules) {
        /* positions from the profile's own file: the bases it extends are
         * built-in or were checked when that file was written against them */
        ats_jl L;
        ats_profile_jl(p, err, &L);
        const char *src = L.nsrcs ? L.srcs[0].src : NULL;
        size_t len = L.nsrcs ? L.srcs[0].len : 0;
        int rc = apply(rs, prules, src, len, L.nsrcs ? L.srcs[0].file : ats_profile_path(p),
                       "profile", err);
        if (rc < 0) {
            ats_ruleset_free(rs);
            return rc;
        }
    }
    *out = rs;
    return 0;
}

int ats_ruleset_configure(ats_ruleset *rs, const char *json, size_t len, const char *file,
                          ats_error *err)
{
    json_error_t je;
    json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &je);
    if (!root && json_error_code(&je) == json_error_out_of_memory)
        return ats_err(err, ATS_ENOMEM, file, 0, 0, "out of memory");
    if (!root)
        return ats_err(err, ATS_EINVAL, file, (uint64_t)(je.line > 0 ? je.line : 0),
                       (uint64_t)(je.column > 0 ? je.column : 0), "invalid JSON: %s", je.text);
    int rc = 0;
    if (!json_is_object(root)) {
        rc = ats_err(err, ATS_EINVAL, file, 1, 1, "a config is a JSON object");
    } else {
        const char *key;
        json_t *v;
        json_object_foreach(root, key, v)
        {
            if (!strcmp(key, "rules")) {
                rc = apply(rs, v, json, len, file, "config", err);
            } else if (strcmp(key, "$schema") && strcmp(key, "config_version") &&
                       strcmp(key, "limits") && strcmp(key, "suppressions")) {
                /* limits and suppressions: read by the program */
                uint64_t ln, col;
                locate_key(json, len, key, &ln, &col);
                rc = ats_err(err, ATS_EINVAL, file, ln, col,
                             "config: unknown key \"%s\" (expected \"rules\", \"limits\" or "
                             "\"suppressions\")",
                             key);
            }
            if (rc < 0)
                break;
        }
    }
    json_decref(root);
    return rc;
}

void ats_ruleset_set_min_coverage(ats_ruleset *rs, double min_coverage)
{
    rs->min_coverage = min_coverage;
}

size_t ats_ruleset_count(const ats_ruleset *rs)
{
    (void)rs;
    return ats_rule_count;
}

void ats_ruleset_info(const ats_ruleset *rs, size_t i, ats_rule_info *out)
{
    const ats_rule_desc *d = ats_rule_registry[i];
    out->id = d->id;
    out->severity = rs->severity[i];
    out->default_severity = d->severity;
    out->enabled = rs->enabled[i];
    out->section = rs->section[i] ? rs->section[i] : "";
    out->summary = rs->summary[i] ? rs->summary[i] : d->summary;
    out->needs = ats_rule_needs_name(d->needs);
    out->needs_classes = d->needs_classes ? d->needs_classes : "";
    out->params = rs->params[i];
}

void ats_ruleset_free(ats_ruleset *rs)
{
    if (!rs)
        return;
    for (size_t i = 0; i < ats_rule_count; i++) {
        json_decref(rs->params[i]);
        free(rs->section[i]);
        free(rs->summary[i]);
        json_decref(rs->message[i]);
    }
    ats_classes_free(&rs->cls);
    free(rs);
}

const char *ats_severity_name(ats_severity s)
{
    static const char *const n[] = {"info", "warning", "error"};
    return (unsigned)s < 3 ? n[s] : "?";
}

const char *ats_rule_status_name(ats_rule_status s)
{
    static const char *const n[] = {"pass", "fail", "not-evaluable", "disabled"};
    return (unsigned)s < 4 ? n[s] : "?";
}
