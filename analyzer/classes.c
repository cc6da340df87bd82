/* classes.c - compiles the profile's command and line classes (classes.h). */
#include "classes.h"
#include <jansson.h>
#include "jsonload.h"
#include <stdio.h>
#include <string.h>

static const char *const cmd_keys[C_CMD_COUNT] = {
    "attach", "detach", "ip_query", "open", "close", "socket_query", "send",
    "power_off", "verbose_errors", "forbidden", "probe", "diagnostic", "optional", "sim_use",
    "network_query", "single_connection", "single_mode", "multi_mode", "bearer_open",
    "bearer_query", "bearer_use", "sim_query", "network_select", "reset",
    "rate_change", "network_use", "pin_attempts"};
static const char *const line_keys[L_LINE_COUNT] = {
    "sim_ready", "registration_response", "registration_urc", "ip_response",
    "free_sockets", "link_drop", "flow_off", "flow_on", "sim_fault", "unsupported",
    "network_fault", "single_mode_answer", "multi_mode_answer", "sim_wait", "closed_socket",
    "wrong_password", "host_restart", "socket_data", "not_recognized", "ip_with_registration"};

static int up(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }

/* "+MIPCALL=1" -> name +MIPCALL, set, args "1"; "+MIPOPEN?" -> read. NULL,
 * or what is wrong with s: a spec cut short silently would match other
 * commands than its writer meant. */
static const char *parse_spec(cmd_spec *sp, const char *s)
{
    size_t i = 0, k = 0;
    memset(sp, 0, sizeof *sp);
    sp->type = ATS_CMD_EXECUTE;
    /* "!" then a command takes that command out; "!" then a letter is the
     * name of one (Sierra's AT!RESET, AT!SCACT): an extended command's name
     * starts with its prefix (+, ^, #, %, $, &, *), so "!!RESET" takes
     * AT!RESET out */
    if (s[0] == '!' && !((s[1] >= 'A' && s[1] <= 'Z') || (s[1] >= 'a' && s[1] <= 'z'))) {
        sp->exclude = 1;
        i++;
    }
    /* V.250 6.3.1: the rest of a dial's line is its dial string, as the
     * parser reads it (the command's arguments, its type execute) */
    if (up((unsigned char)s[i]) == 'D' && s[i + 1] && s[i + 1] != '=' && s[i + 1] != '?') {
        sp->name[0] = 'D';
        sp->name_len = 1;
        sp->dial = 1;
        for (k = 0, i++; s[i]; i++)
            if (s[i] != ' ') {
                if (k + 1 == sizeof sp->args)
                    return "a dial string longer than 31 characters";
                sp->args[k++] = (char)up((unsigned char)s[i]);
            }
        sp->args_len = k;
        return NULL;
    }
    while (s[i] && s[i] != '=' && s[i] != '?') {
        if (k + 1 == sizeof sp->name)
            return "the command's name is longer than 31 characters";
        if (s[i] == ' ')
            return "a blank in the command's name";
        sp->name[k++] = (char)up((unsigned char)s[i++]);
    }
    if (k == 0)
        return "no command name";
    sp->name_len = k;
    if (s[i] == '=' && s[i + 1] == '?') {
        sp->type = ATS_CMD_TEST;
        i += 2;
    } else if (s[i] == '?') {
        sp->type = ATS_CMD_READ;
        i++;
    } else if (s[i] == '=') {
        sp->type = ATS_CMD_SET;
        i++;
        k = 0;
        for (; s[i]; i++)
            if (s[i] != ' ') {
                if (k + 1 == sizeof sp->args)
                    return "arguments longer than 31 characters";
                sp->args[k++] = (char)up((unsigned char)s[i]);
            }
        sp->args_len = k;
        for (size_t m = 0; m + 1 < k; m++)
            if (sp->args[m] == '$')
                return "\"$\" (the end of the arguments) stands before their end";
    }
    if (s[i])
        return sp->type == ATS_CMD_SET ? NULL : "text after \"?\"";
    return NULL;
}

#define NAMES (sizeof ((ats_classes *)0)->names / sizeof ((ats_classes *)0)->names[0])

static size_t name_slot(const char *name, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)name[i]) * 16777619u;
    return h % NAMES;
}

static void name_add(ats_classes *cl, int c, const char *name, size_t len)
{
    if (len >= sizeof cl->names[0].name) {
        cl->names_full = 1;
        return;
    }
    for (size_t k = name_slot(name, len), tries = 0; tries < NAMES; k = (k + 1) % NAMES, tries++) {
        if (!cl->names[k].classes) {
            memcpy(cl->names[k].name, name, len);
            cl->names[k].len = (uint32_t)len;
            cl->names[k].classes = 1u << c;
            return;
        }
        if (cl->names[k].len == len && !memcmp(cl->names[k].name, name, len)) {
            cl->names[k].classes |= 1u << c;
            return;
        }
    }
    cl->names_full = 1;
}

uint32_t ats_classes_may(const ats_classes *cl, const ats_txn *t)
{
    if (cl->names_full)
        return (1u << C_CMD_COUNT) - 1;
    uint32_t m = 0;
    for (size_t j = 0; j < t->ncmds; j++) {
        const char *name = t->cmds[j].name.ptr;
        size_t len = t->cmds[j].name.len;
        for (size_t k = name_slot(name, len), tries = 0; tries < NAMES && cl->names[k].classes;
             k = (k + 1) % NAMES, tries++)
            if (cl->names[k].len == len && !memcmp(cl->names[k].name, name, len)) {
                m |= cl->names[k].classes;
                break;
            }
    }
    return m;
}

int ats_classes_load(ats_classes *cl, const ats_profile *p, ats_error *err)
{
    const json_t *root = ats_profile_json(p);
    json_t *obj = json_object_get(root, "classes");
    ats_jl L;
    ats_profile_jl(p, err, &L);
    cl->max_groups = 1;
    if (!obj)
        return 0;
    if (!json_is_object(obj))
        return ats_jl_bad(&L, ATS_EPROFILE, obj, "classes", "expected an object");
    const char *key;
    json_t *v;
    json_object_foreach(obj, key, v)
    {
        int c = -1, isline = 0;
        for (int i = 0; i < C_CMD_COUNT; i++)
            if (!strcmp(cmd_keys[i], key))
                c = i;
        for (int i = 0; i < L_LINE_COUNT && c < 0; i++)
            if (!strcmp(line_keys[i], key)) {
                c = i;
                isline = 1;
            }
        char what[200];
        if (c < 0) {
            json_t *kv = json_string(key);
            snprintf(what, sizeof what, "unknown class \"%.40s\"", key);
            int rc = ats_jl_bad(&L, ATS_EPROFILE, kv, "classes", what);
            json_decref(kv);
            return rc;
        }
        char path[64];
        snprintf(path, sizeof path, "classes.%s", key);
        if (!json_is_array(v) || json_array_size(v) > MAX_SPECS) {
            snprintf(what, sizeof what, "expected an array of at most %d strings", MAX_SPECS);
            return ats_jl_bad(&L, ATS_EPROFILE, v, path, what);
        }
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e)
        {
            snprintf(path, sizeof path, "classes.%s[%zu]", key, i);
            if (!json_is_string(e))
                return ats_jl_bad(&L, ATS_EPROFILE, e, path, "expected a string");
            const char *s = json_string_value(e);
            if (!isline) {
                const char *why = parse_spec(&cl->cc[c].spec[cl->cc[c].n], s);
                if (why) {
                    snprintf(what, sizeof what, "%s: expected a command like \"+CMD=1\", "
                             "\"+CMD?\" or \"!+CMD=*,0$\"", why);
                    return ats_jl_bad(&L, ATS_EPROFILE, e, path, what);
                }
                const cmd_spec *sp = &cl->cc[c].spec[cl->cc[c].n];
                if (sp->args_len > cl->max_args_prefix)
                    cl->max_args_prefix = sp->args_len;
                if (!sp->dial &&
                    (memchr(sp->args, '*', sp->args_len) || memchr(sp->args, '$', sp->args_len)))
                    cl->whole_args = 1;
                cl->cc[c].n++;
            } else {
                ats_re *re = &cl->lc[c].re[cl->lc[c].n];
                int rc = ats_jl_compile(&L, re, e, path);
                if (rc < 0)
                    return rc;
                cl->lc[c].n++;
                if (re->prefix_len >= 8)
                    cl->lc[c].first8 |= 1ull << ats_classes_first8_bit(re->prefix);
                else if (re->prefix_len >= 4)
                    cl->lc[c].first4 |= 1ull << ats_classes_first4_bit(re->prefix);
                else
                    cl->lc[c].open = 1;
                uint32_t n = 0;
                pcre2_pattern_info(re->code, PCRE2_INFO_CAPTURECOUNT, &n);
                if (n + 1 > cl->max_groups)
                    cl->max_groups = n + 1;
            }
        }
    }
    if (cl->whole_args)   /* the engine's class cache keys on every argument byte then */
        cl->max_args_prefix = 31;
    for (int c = 0; c < C_CMD_COUNT; c++)
        for (int i = 0; i < cl->cc[c].n; i++)
            name_add(cl, c, cl->cc[c].spec[i].name, cl->cc[c].spec[i].name_len);
    return 0;
}

void ats_classes_free(ats_classes *cl)
{
    for (int c = 0; c < L_LINE_COUNT; c++)
        for (int i = 0; i < cl->lc[c].n; i++)
            ats_re_free(&cl->lc[c].re[i]);
}

/* Do the raw arguments a start as the spec's prefix says (blanks skipped;
 * `*` one argument's text, outside quotes up to its comma; `$` the end)? */
static int args_match(const cmd_spec *sp, ats_span a)
{
    size_t j = 0, m = 0;
    while (m < sp->args_len) {
        while (j < a.len && (a.ptr[j] == ' ' || a.ptr[j] == '\t'))
            j++;
        char want = sp->args[m];
        if (want == '*' && !sp->dial) {
            int q = 0;
            for (; j < a.len && (q || a.ptr[j] != ','); j++)
                q ^= a.ptr[j] == '"';
            m++;
        } else if (want == '$' && m + 1 == sp->args_len && !sp->dial) {
            return j == a.len;
        } else if (j < a.len && up((unsigned char)a.ptr[j]) == want) {
            j++;
            m++;
        } else {
            return 0;
        }
    }
    return 1;
}

static int spec_match(const cmd_spec *sp, const ats_subcmd *sc)
{
    return sp->name_len == sc->name.len && !memcmp(sp->name, sc->name.ptr, sc->name.len) &&
           sp->type == (int)sc->type && args_match(sp, sc->args_raw);
}

int ats_classes_cmd(const ats_classes *cl, int cls, const ats_txn *t)
{
    const cmd_class *cc = &cl->cc[cls];
    for (size_t k = 0; k < t->ncmds; k++) {
        const ats_subcmd *sc = &t->cmds[k];
        int in = 0;
        for (int i = 0; i < cc->n; i++)
            if (spec_match(&cc->spec[i], sc)) {
                if (cc->spec[i].exclude) {
                    in = 0;
                    break;
                }
                in = 1;
            }
        if (in)
            return 1;
    }
    return 0;
}

int ats_classes_set_name(const ats_classes *cl, int cls, const char *name, size_t len)
{
    const cmd_class *cc = &cl->cc[cls];
    for (int i = 0; i < cc->n; i++) {
        const cmd_spec *sp = &cc->spec[i];
        if (sp->exclude || sp->name_len != len || (sp->type >= 0 && sp->type != ATS_CMD_SET))
            continue;
        size_t k = 0;
        while (k < len && up((unsigned char)name[k]) == (unsigned char)sp->name[k])
            k++;
        if (k == len)
            return 1;
    }
    return 0;
}

void ats_classes_example(const ats_classes *cl, int cls, char *out, size_t cap)
{
    const cmd_class *cc = &cl->cc[cls];
    if (!cc->n) {
        snprintf(out, cap, "a query");
        return;
    }
    const cmd_spec *sp = &cc->spec[0];
    for (int i = 1; i < cc->n && sp->exclude; i++)
        sp = &cc->spec[i];
    snprintf(out, cap, "AT%s%s%s", sp->name,
             sp->type == ATS_CMD_SET ? "=" : sp->type == ATS_CMD_READ ? "?"
             : sp->type == ATS_CMD_TEST ? "=?" : "",
             sp->args);
}

int ats_classes_line_match(const ats_classes *cl, pcre2_match_data *md, pcre2_match_context *mc,
                           int cls, const char *s, size_t n, ats_span *group)
{
    const line_class *lc = &cl->lc[cls];
    for (int i = 0; i < lc->n; i++) {
        const ats_re *re = &lc->re[i];
        if (ats_re_cannot_match(re, s, n) || ats_re_match(re, md, mc, s, n) <= 0)
            continue;
        if (group) {
            group->ptr = NULL;
            group->len = 0;
            /* the first named group, whatever it is called (id, stat, ids) */
            uint32_t cnt = 0;
            pcre2_pattern_info(re->code, PCRE2_INFO_CAPTURECOUNT, &cnt);
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
            for (uint32_t g = 1; g <= cnt && g < pcre2_get_ovector_count(md); g++)
                if (ov[2 * g] != PCRE2_UNSET) {
                    group->ptr = s + ov[2 * g];
                    group->len = ov[2 * g + 1] - ov[2 * g];
                    break;
                }
        }
        return 1;
    }
    return 0;
}

int ats_classes_defined(const ats_classes *cl, const char *key, size_t len)
{
    for (int i = 0; i < C_CMD_COUNT; i++)
        if (strlen(cmd_keys[i]) == len && !memcmp(cmd_keys[i], key, len))
            return cl->cc[i].n > 0;
    for (int i = 0; i < L_LINE_COUNT; i++)
        if (strlen(line_keys[i]) == len && !memcmp(line_keys[i], key, len))
            return cl->lc[i].n > 0;
    return -1;
}
