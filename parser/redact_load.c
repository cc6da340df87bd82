/* redact_load.c - a profile's "redact" entries: what identifies a subscriber
 * or a device, or is a secret, and where a module prints it. Loaded with the
 * rest of the profile (profile.c calls in here) and compiled once. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "jsonload.h"
#include "redact_int.h"

static const char *const k_entry[] = {"name", "match", "after", "next", "payload", "check",
                                      "min_digits", "max_digits", "samples", "note", NULL};

static const char *const kind_names[ATS_RK_COUNT] = {
    "imei", "imsi", "iccid", "phone", "sms", "pin", "user", "password", "ip", "host"};

const char *ats_redact_kind_name(ats_redact_kind k)
{
    return (unsigned)k < ATS_RK_COUNT ? kind_names[k] : "?";
}

/* "phone", "phone2": a kind, with digits so that one pattern can name it twice. */
int ats_redact_kind_of(const char *s, size_t n)
{
    while (n && s[n - 1] >= '0' && s[n - 1] <= '9')
        n--;
    for (int k = 0; k < ATS_RK_COUNT; k++)
        if (strlen(kind_names[k]) == n && !memcmp(kind_names[k], s, n))
            return k;
    return -1;
}

static int bad(const ats_jl *L, const json_t *at, const char *path, const char *what)
{
    return ats_jl_bad(L, ATS_EPROFILE, at, path, what);
}

static int kind_key(const ats_jl *L, json_t *o, const char *key, const char *path, int *out)
{
    json_t *v = json_object_get(o, key);
    *out = -1;
    if (!v)
        return 0;
    char p[160];
    snprintf(p, sizeof p, "%.100s.%s", path, key);
    const char *s = json_is_string(v) ? json_string_value(v) : NULL;
    if (s)
        *out = ats_redact_kind_of(s, strlen(s));
    if (*out < 0 || (s && s[strlen(s) - 1] >= '0' && s[strlen(s) - 1] <= '9'))
        return bad(L, v, p, "expected a kind: imei, imsi, iccid, phone, sms, pin, user, "
                            "password, ip or host");
    return 0;
}

/* Each named group of "match" is a kind; any other name is a mistake. */
static int group_kinds(const ats_jl *L, json_t *o, const char *path, ats_predact *e)
{
    uint32_t count = 0, namecount = 0, entsize = 0;
    PCRE2_SPTR table = NULL;
    pcre2_pattern_info(e->match.code, PCRE2_INFO_CAPTURECOUNT, &count);
    pcre2_pattern_info(e->match.code, PCRE2_INFO_NAMECOUNT, &namecount);
    pcre2_pattern_info(e->match.code, PCRE2_INFO_NAMEENTRYSIZE, &entsize);
    pcre2_pattern_info(e->match.code, PCRE2_INFO_NAMETABLE, &table);
    e->ngroups = count + 1;
    e->group_kind = malloc(e->ngroups);
    if (!e->group_kind)
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    memset(e->group_kind, -1, e->ngroups);
    int any = 0;
    for (uint32_t i = 0; i < namecount; i++) {
        const unsigned char *ent = table + (size_t)i * entsize;
        unsigned g = (unsigned)ent[0] << 8 | ent[1];
        const char *name = (const char *)ent + 2;
        int k = ats_redact_kind_of(name, strlen(name));
        if (k < 0) {
            char m[200];
            snprintf(m, sizeof m, "group (?<%.40s>) is not a kind: imei, imsi, iccid, phone, "
                                  "sms, pin, user, password, ip or host", name);
            char p[160];
            snprintf(p, sizeof p, "%.100s.match", path);
            return bad(L, json_object_get(o, "match"), p, m);
        }
        if (g < e->ngroups)
            e->group_kind[g] = (signed char)k;
        any = 1;
    }
    if (!any && e->next_kind < 0) {
        char p[160];
        snprintf(p, sizeof p, "%.100s.match", path);
        return bad(L, json_object_get(o, "match"), p,
                   "names no group to mask ((?<imei>...)) and has no \"next\"");
    }
    return 0;
}

/* lnav's idea, as for URCs: the pattern ships with lines it must match. */
static int samples(const ats_jl *L, const ats_profile *p, json_t *o, const char *path,
                   const ats_predact *e)
{
    json_t *s = json_object_get(o, "samples");
    if (!s || L->builtin)
        return 0;
    if (!json_is_array(s) || !e->match.code)
        return bad(L, s, path, "\"samples\" must be an array of lines \"match\" matches");
    int oom;
    json_t *v = ats_jl_sample_miss(&e->match, p->mctx, s, &oom);
    if (oom)
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    if (!v) {
        /* the digit gate must let every sample through: a gate that refuses
         * what the pattern matches would leave the value unmasked */
        size_t i;
        json_t *x;
        json_array_foreach(s, i, x)
        {
            if (!ats_redact_digit_gate(e, json_string_value(x), json_string_length(x))) {
                char m[300];
                snprintf(m, sizeof m, "sample \"%.200s\" has no run of %d%s digits (\"min_digits\", "
                         "\"max_digits\")", json_string_value(x), e->min_digits,
                         e->max_digits ? " to max_digits" : " or more");
                return bad(L, x, path, m);
            }
        }
        return 0;
    }
    const char *t = json_is_string(v) ? json_string_value(v) : NULL;
    char m[600];
    snprintf(m, sizeof m, "sample %s%.200s%s does not match pattern \"%.300s\"", t ? "\"" : "",
             t ? t : "(not a string)", t ? "\"" : "", e->match.src);
    return bad(L, v, path, m);
}

/* A case-insensitive pattern's literal start ("(?i)^AT\\+CPIN=" gives
 * "AT+CPIN="), so most lines are refused without PCRE2, as the anchored
 * case-sensitive ones are by their prefix (regex.c). */
static void ci_prefix(ats_predact *e)
{
    const char *p = e->match.src;
    size_t k = 0;
    e->ci_prefix_len = 0;
    if (!p || strncmp(p, "(?i)^", 5))
        return;
    p += 5;
    while (*p && k < sizeof e->ci_prefix) {
        char c;
        const char *next;
        if (*p == '\\' && p[1] && strchr("+#%^$.*?()[]{}|\\/\"=:,", p[1])) {
            c = p[1];
            next = p + 2;
        } else if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
                   (*p >= '0' && *p <= '9') || strchr("=:,\" ", *p)) {
            c = *p;
            next = p + 1;
        } else {
            break;
        }
        if (*next == '?' || *next == '*' || *next == '{')
            break;
        e->ci_prefix[k++] = c;
        p = next;
    }
    if (strchr(p, '|'))
        k = 0;
    e->ci_prefix_len = k;
}

static int load_entry(const ats_jl *L, void *ctx, json_t *o, const char *path, void *item)
{
    ats_profile *p = ctx;
    ats_predact *e = item;
    int rc;
    e->next_kind = e->payload_kind = -1;
    if (!json_is_object(o))
        return bad(L, o, path, "expected an object");
    if ((rc = ats_jl_check_keys(L, ATS_EPROFILE, o, path, k_entry)) < 0)
        return rc;
    json_t *name = json_object_get(o, "name");
    if (!json_is_string(name) || !*json_string_value(name))
        return bad(L, name ? name : o, path, "needs a \"name\" (a child profile replaces "
                                             "the base's entry of the same name)");
    if (!(e->name = strdup(json_string_value(name))))
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    if ((rc = kind_key(L, o, "next", path, &e->next_kind)) < 0 ||
        (rc = kind_key(L, o, "payload", path, &e->payload_kind)) < 0 ||
        (rc = ats_jl_compile_key(L, o, "match", path, &e->match)) < 0 ||
        (rc = ats_jl_compile_key(L, o, "after", path, &e->after)) < 0)
        return rc;
    json_t *chk = json_object_get(o, "check");
    if (chk) {
        if (!json_is_string(chk) || strcmp(json_string_value(chk), "luhn"))
            return bad(L, chk, path, "\"check\" can only be \"luhn\"");
        e->luhn = 1;
    }
    json_t *md = json_object_get(o, "min_digits");
    if (md) {
        if (!json_is_integer(md) || json_integer_value(md) < 1 || json_integer_value(md) > 64)
            return bad(L, md, path, "\"min_digits\" must be a whole number from 1 to 64");
        e->min_digits = (int)json_integer_value(md);
    }
    json_t *mx = json_object_get(o, "max_digits");
    if (mx) {
        if (!md || !json_is_integer(mx) || json_integer_value(mx) < e->min_digits ||
            json_integer_value(mx) > 64)
            return bad(L, mx, path, "\"max_digits\" goes with \"min_digits\" and must be a whole "
                                    "number from it to 64");
        e->max_digits = (int)json_integer_value(mx);
    }
    if (e->payload_kind >= 0) {
        if (!e->after.code || e->match.code || e->next_kind >= 0)
            return bad(L, o, path, "\"payload\" goes with \"after\" (the command that sends "
                                   "it) and without \"match\" or \"next\"");
        return 0;
    }
    if (!e->match.code)
        return bad(L, o, path, "needs \"match\" (or \"after\" with \"payload\")");
    if ((rc = group_kinds(L, o, path, e)) < 0)
        return rc;
    ci_prefix(e);
    e->anchored = e->match.src[0] == '^' || !strncmp(e->match.src, "(?i)^", 5);
    return samples(L, p, o, path, e);
}

int ats_profile_load_redact(ats_profile *p, json_t *root, const ats_jl *L)
{
    json_t *arr = json_object_get(root, "redact");
    if (json_array_size(arr) > 1024)
        return bad(L, arr, "redact", "more than 1024 entries");
    int rc;
    p->redact = ats_jl_array(L, ATS_EPROFILE, arr, "redact", "expected an array",
                             sizeof *p->redact, &p->nredact, load_entry, p, &rc);
    return rc;
}

void ats_profile_free_redact(ats_profile *p)
{
    for (size_t i = 0; i < p->nredact; i++) {
        ats_predact *e = &p->redact[i];
        free(e->name);
        ats_re_free(&e->match);
        ats_re_free(&e->after);
        free(e->group_kind);
    }
    free(p->redact);
    p->redact = NULL;
    p->nredact = 0;
}
