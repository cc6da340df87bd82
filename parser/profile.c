/* profile.c - loads a module profile (JSON, Jansson) and compiles its
 * patterns once (PCRE2 + JIT). Errors name file, line, column. */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "jsonload.h"
#include "redact_int.h"

/* The built-in profiles (CMakeLists.txt embeds rules/profiles/<id>.json as
 * ats_builtin_<c name>); the first is the default. One list, three uses. */
#define ATS_BUILTINS(X)                                                                  \
    X("fibocom-l610", fibocom_l610)                                                      \
    X("3gpp", 3gpp)                                                                      \
    X("quectel-bg96", quectel_bg96)                                                      \
    X("simcom-sim7600", simcom_sim7600)                                                  \
    X("simcom-sim800", simcom_sim800)                                                    \
    X("ublox-sara", ublox_sara)                                                          \
    X("nordic-slm", nordic_slm)                                                          \
    X("telit", telit)                                                                    \
    X("quectel-m95", quectel_m95)                                                        \
    X("airm2m-air780", airm2m_air780)                                                    \
    X("fibocom-l8", fibocom_l8)                                                          \
    X("huawei-me909s", huawei_me909s)                                                    \
    X("simcom-sim7080", simcom_sim7080)                                                  \
    X("quectel-bc95", quectel_bc95)                                                      \
    X("sequans-monarch", sequans_monarch)                                                \
    X("neoway-n58", neoway_n58)                                                          \
    X("espressif-at", espressif_at)                                                      \
    X("sierra-hl78", sierra_hl78)                                                        \
    X("cmcc-ml307r", cmcc_ml307r)                                                        \
    X("cinterion", cinterion)                                                            \
    X("altair-alt1250", altair_alt1250)                                                  \
    X("sierra-em", sierra_em)

/* Fragments: built-in profiles that others extend and no module is named
 * by (what two families share: boudica-nso, the NB-IoT chipset's socket
 * commands of quectel-bc95 and ublox-sara). An "extends" finds them; they
 * are not among the ids (never identified, suggested, or given to
 * --profile). */
#define ATS_FRAGMENTS(X) X("boudica-nso", boudica_nso)

#define DECLARE(id, c)                                                                       \
    extern const char ats_builtin_##c[];                                                     \
    extern const size_t ats_builtin_##c##_len;                                               \
    extern const unsigned char ats_builtin_##c##_packed[];                                   \
    extern const size_t ats_builtin_##c##_packed_len;
ATS_BUILTINS(DECLARE)
ATS_FRAGMENTS(DECLARE)
#undef DECLARE

#define ID(id, c) id,
static const char *const builtin_ids[] = {ATS_BUILTINS(ID) NULL};
#undef ID

const char *const *ats_profile_builtin_ids(void) { return builtin_ids; }

/* One file of an "extends" chain: its name and JSON text, kept while the
 * merged profile loads so that an error points into the file it came from. */
typedef ats_jl_src layer;

#define ATS_MAX_EXTENDS 8

/* the profile's own file first, then its bases: where values are found again */
typedef ats_jl loader;

static const char *locate(const loader *L, const json_t *v, uint64_t *line, uint64_t *col)
{
    return ats_jl_locate(L, v, line, col);
}

static int bad(const loader *L, const json_t *at, const char *path, const char *what)
{
    return ats_jl_bad(L, ATS_EPROFILE, at, path, what);
}

/* A misspelt key must not pass silently: every object lists what it allows. */
static int check_keys(const loader *L, json_t *o, const char *path, const char *const *allowed)
{
    return ats_jl_check_keys(L, ATS_EPROFILE, o, path, allowed);
}

static const char *const k_root[] = {"$schema", "profile_version", "id", "name", "source",
                                     "extends",
                                     "finals", "urcs", "receive_format", "data_mode",
                                     "commands", "commands_remove", "rules", "classes", "classes_add",
                                     "identify",
                                     "redact", "errors", NULL};
static const char *const k_ident[] = {"manufacturer", "model", "boot", "lines", "host", "excludes",
                                      "revision", "banner", "commands", "prefix", NULL};
static const char *const k_final[] = {"pattern", "result", "busy", "samples", "section", NULL};
static const char *const k_urc[] = {"name", "pattern", "boot", "data_exit", "data_length",
                                    "data_inline", "follow_lines", "in_mode", "section", "samples",
                                    NULL};
static const char *const k_cmd[] = {"name", "types", "args", "timeout_s", "retries", "section",
                                    "responses", "enters_data_mode", "data_elsewhere", "rx_format", "prompt",
                                    "async", "id_arg", "note", "response", "finals", "data_block", "already",
                                    "sets_mode", "in_mode", "not_final", NULL};
static const char *const k_smode[] = {"args", "answer", "value", "samples", NULL};
static const char *const k_block[] = {"pattern", "inline", "length_arg", "end", "samples", NULL};
static const char *const k_prompt[] = {"length_arg", "ctrl_z", "char", "line", "end", NULL};
static const char *const k_async[] = {"timeout_s", "blocking", "id_arg", "users", "completions",
                                      NULL};
static const char *const k_compl[] = {"pattern", "outcome", "data_mode", "samples", NULL};
static const char *const k_rxf[] = {"raw_modes", "buffered_modes", NULL};
static const char *const k_dm[] = {"escape", "answered", NULL};

static char *dup_str(const char *s)
{
    char *d = strdup(s ? s : "");
    return d;
}

static char *dup_upper(const char *s)
{
    char *d = dup_str(s);
    if (d)
        for (char *p = d; *p; p++)
            if (*p >= 'a' && *p <= 'z')
                *p = (char)(*p - 32);
    return d;
}

static int get_str(const loader *L, json_t *o, const char *key, const char *path, int required,
                   const char **out)
{
    return ats_jl_get_str(L, ATS_EPROFILE, o, key, path, required, out);
}

static int compile(const loader *L, ats_re *re, json_t *patv, const char *path)
{
    return ats_jl_compile(L, re, patv, path);
}

/* lnav's idea: a pattern ships with sample lines it must match. */
static int check_samples(const loader *L, const ats_profile *p, const ats_re *re, json_t *o,
                         const char *path)
{
    json_t *s = json_object_get(o, "samples");
    if (!s || L->builtin)
        return 0;
    if (!json_is_array(s))
        return bad(L, s, path, "\"samples\" must be an array of strings");
    int oom;
    json_t *v = ats_jl_sample_miss(re, p->mctx, s, &oom);
    if (oom)
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    if (!v)
        return 0;
    if (!json_is_string(v))
        return bad(L, v, path, "sample must be a string");
    char m[600];
    snprintf(m, sizeof m, "sample \"%s\" does not match pattern \"%s\"", json_string_value(v),
             re->src);
    return bad(L, v, path, m);
}

static void grow_groups(ats_profile *p, const ats_re *re)
{
    uint32_t n = 0;
    pcre2_pattern_info(re->code, PCRE2_INFO_CAPTURECOUNT, &n);
    if (n + 1 > p->max_groups)
        p->max_groups = n + 1;
}

static int strlist(const loader *L, json_t *arr, const char *path, int upper, char ***out,
                   size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!arr)
        return 0;
    if (!json_is_array(arr))
        return bad(L, arr, path, "expected an array of strings");
    *out = calloc(json_array_size(arr) + 1, sizeof **out);
    if (!*out)
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v)
    {
        if (!json_is_string(v))
            return bad(L, v, path, "expected a string");
        (*out)[i] = upper ? dup_upper(json_string_value(v)) : dup_str(json_string_value(v));
        if (!(*out)[i])
            return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
        (*n)++;
    }
    return 0;
}

static int get_num(const loader *L, json_t *o, const char *key, const char *path, double dflt,
                   double *out)
{
    json_t *v = json_object_get(o, key);
    *out = dflt;
    if (!v)
        return 0;
    if (!json_is_number(v)) {
        char p[300];
        snprintf(p, sizeof p, "%.160s.%.80s", path, key);
        return ats_jl_bad_member(L, ATS_EPROFILE, key, v, p, "expected a number");
    }
    *out = json_number_value(v);
    return 0;
}

static int load_final(const loader *L, void *ctx, json_t *v, const char *path, void *item)
{
    ats_profile *p = ctx;
    ats_pfinal *f = item;
    int rc;
    if (json_is_object(v) && (rc = check_keys(L, v, path, k_final)) < 0)
        return rc;
    json_t *pat = json_is_object(v) ? json_object_get(v, "pattern") : NULL;
    if (!pat || !json_is_string(pat))
        return bad(L, v, path, "needs a \"pattern\" string");
    if ((rc = compile(L, &f->re, pat, path)) < 0)
        return rc;
    grow_groups(p, &f->re);
    const char *r;
    if ((rc = get_str(L, v, "result", path, 1, &r)) < 0)
        return rc;
    if (strcmp(r, "ok") && strcmp(r, "error"))
        return bad(L, json_object_get(v, "result"), path,
                   "result must be \"ok\" or \"error\"");
    f->ok = !strcmp(r, "ok");
    json_t *bz = json_object_get(v, "busy");
    f->busy = bz && json_is_true(bz);
    /* the module's refusal of whatever came last: a profile final, never a
     * command's own (which answers that command whenever it waits) */
    if (f->busy && (f->ok || strncmp(path, "finals[", 7) != 0))
        return bad(L, bz, path, f->ok ? "busy: only a final with result \"error\""
                                      : "busy: only in the profile's own finals");
    return check_samples(L, p, &f->re, v, path);
}

static int load_finals(const loader *L, ats_profile *p, json_t *arr, const char *where,
                       ats_pfinal **out, size_t *nout)
{
    int rc;
    *out = ats_jl_array(L, ATS_EPROFILE, arr, where, "expected an array", sizeof **out, nout,
                        load_final, p, &rc);
    return rc;
}

/* "end": the bytes that end a payload or a block before its count (HL78's
 * "--EOF--Pattern--"): 1 to 32 bytes, no line end (the framer finds it in a
 * piece, which a line end ends). */
static int end_mark(const loader *L, json_t *o, const char *path, char *out, size_t *n)
{
    const char *e;
    int rc = get_str(L, o, "end", path, 0, &e);
    *n = 0;
    if (rc < 0 || !e)
        return rc;
    size_t k = strlen(e);
    if (k == 0 || k > 32 || strpbrk(e, "\r\n"))
        return bad(L, json_object_get(o, "end"), path,
                   "end must be 1 to 32 bytes without a line end");
    memcpy(out, e, k);
    *n = k;
    return 0;
}

/* "data_block": an answer line of this command that announces raw bytes
 * (Quectel's +QIRD: <len>, SIMCom's +CIPRXGET: 2,<id>,<len>, Telit's
 * #SRECV: <id>,<len>): that many bytes after its line end are data, so an
 * "OK" or "ERROR" inside them ends nothing. */
static int load_data_block(const loader *L, ats_profile *p, ats_pcmd *c, json_t *v,
                           const char *path)
{
    if (!v)
        return 0;
    char sub[256];
    snprintf(sub, sizeof sub, "%s.data_block", path);
    if (!json_is_object(v))
        return bad(L, v, sub, "expected an object with a \"pattern\"");
    int rc = check_keys(L, v, sub, k_block);
    if (rc < 0)
        return rc;
    json_t *pat = json_object_get(v, "pattern");
    if (!json_is_string(pat))
        return bad(L, pat ? pat : v, sub, "expected a \"pattern\" string with a (?<len>...) group");
    if ((rc = compile(L, &c->data_block, pat, sub)) < 0)
        return rc;
    double d;
    if ((rc = get_num(L, v, "length_arg", sub, -1, &d)) < 0)
        return rc;
    c->block_len_arg = (int)d;
    if ((rc = end_mark(L, v, sub, c->block_end, &c->block_end_len)) < 0)
        return rc;
    /* the count is the line's, the command's (HL78's CONNECT says none), or
     * the end mark alone ends the block */
    if (c->data_block.len_group < 0 && c->block_len_arg < 0 && !c->block_end_len)
        return bad(L, pat, sub, "the pattern needs a (?<len>...) group (the byte count), "
                                "or the block a \"length_arg\" or an \"end\"");
    grow_groups(p, &c->data_block);
    json_t *in = json_object_get(v, "inline");
    c->data_block_inline = in && json_is_true(in);
    return check_samples(L, p, &c->data_block, v, sub);
}

/* An optional pattern key of an object; its groups count toward match data. */
static int opt_pattern(const loader *L, ats_profile *p, json_t *o, const char *key,
                       const char *path, ats_re *re)
{
    int rc = ats_jl_compile_key(L, o, key, path, re);
    if (rc == 0 && re->code)
        grow_groups(p, re);
    return rc;
}

static int load_compl(const loader *L, void *ctx, json_t *v, const char *path, void *item)
{
    ats_profile *p = ctx;
    ats_pcompl *pc = item;
    int rc;
    if (!json_is_object(v))
        return bad(L, v, path, "expected an object");
    if ((rc = check_keys(L, v, path, k_compl)) < 0)
        return rc;
    json_t *pat = json_object_get(v, "pattern");
    if (!pat || !json_is_string(pat))
        return bad(L, v, path, "missing required string \"pattern\"");
    if ((rc = compile(L, &pc->re, pat, path)) < 0)
        return rc;
    grow_groups(p, &pc->re);
    const char *out;
    if ((rc = get_str(L, v, "outcome", path, 1, &out)) < 0)
        return rc;
    if (!strcmp(out, "success"))
        pc->outcome = ATS_OUT_SUCCESS;
    else if (!strcmp(out, "failure"))
        pc->outcome = ATS_OUT_FAILURE;
    else
        return bad(L, json_object_get(v, "outcome"), path,
                   "outcome must be \"success\" or \"failure\"");
    json_t *dm = json_object_get(v, "data_mode");
    pc->data_mode = dm && json_is_true(dm);
    return check_samples(L, p, &pc->re, v, path);
}

/* "sets_mode" and "in_mode": the connection mode a command sets (from its
 * arguments on success, from an answer line, or by being taken at all) and
 * the one an entry needs. A mode is a short word, as a receive format is. */
static int mode_word(const loader *L, json_t *o, const char *key, const char *path, char **out)
{
    const char *v;
    int rc = get_str(L, o, key, path, 0, &v);
    if (rc < 0 || !v)
        return rc;
    if (!*v || strlen(v) >= 8)
        return bad(L, json_object_get(o, key), path, "a mode is 1 to 7 bytes");
    *out = dup_str(v);
    return *out ? 0 : ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
}

static int mode_pattern(const loader *L, ats_profile *p, json_t *o, const char *key,
                        const char *path, ats_re *re)
{
    int rc = opt_pattern(L, p, o, key, path, re);
    if (rc < 0 || !re->code)
        return rc;
    char sub[340];
    snprintf(sub, sizeof sub, "%s.%s", path, key);
    if (re->mode_group < 0)
        return bad(L, json_object_get(o, key), sub, "pattern needs a (?<mode>...) group");
    return 0;
}

static int load_mode(const loader *L, ats_profile *p, ats_pcmd *c, json_t *o, const char *path)
{
    int rc;
    if ((rc = mode_word(L, o, "in_mode", path, &c->in_mode)) < 0)
        return rc;
    json_t *sm = json_object_get(o, "sets_mode");
    if (!sm)
        return 0;
    char sub[320];
    snprintf(sub, sizeof sub, "%s.sets_mode", path);
    if (!json_is_object(sm))
        return bad(L, sm, sub, "expected an object");
    if ((rc = check_keys(L, sm, sub, k_smode)) < 0 ||
        (rc = mode_pattern(L, p, sm, "args", sub, &c->mode_args)) < 0 ||
        (rc = mode_pattern(L, p, sm, "answer", sub, &c->mode_answer)) < 0 ||
        (rc = mode_word(L, sm, "value", sub, &c->mode_value)) < 0)
        return rc;
    if (!c->mode_args.code && !c->mode_answer.code && !c->mode_value)
        return bad(L, sm, sub, "needs \"args\", \"answer\" or \"value\"");
    /* samples are answer lines when there is an answer pattern, else arguments */
    const ats_re *re = c->mode_answer.code ? &c->mode_answer : &c->mode_args;
    return re->code ? check_samples(L, p, re, sm, sub) : 0;
}

static int load_cmd(const loader *L, void *ctx, json_t *o, const char *path, void *item)
{
    ats_profile *p = ctx;
    ats_pcmd *c = item;
    const char *name;
    int rc;
    c->id_arg = c->length_arg = c->block_len_arg = -1;
    c->retries = -1;
    if (!json_is_object(o))
        return bad(L, o, path, "expected an object");
    if ((rc = check_keys(L, o, path, k_cmd)) < 0)
        return rc;
    if ((rc = get_str(L, o, "name", path, 1, &name)) < 0)
        return rc;
    c->name = dup_upper(name);
    if (!c->name)
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    c->name_len = strlen(c->name);
    json_t *types = json_object_get(o, "types");
    if (types) {
        if (!json_is_array(types))
            return bad(L, types, path, "\"types\" must be an array");
        size_t i;
        json_t *v;
        json_array_foreach(types, i, v)
        {
            const char *t = json_is_string(v) ? json_string_value(v) : "";
            int k = !strcmp(t, "execute") ? 0 : !strcmp(t, "set") ? 1
                  : !strcmp(t, "read") ? 2 : !strcmp(t, "test") ? 3 : -1;
            if (k < 0)
                return bad(L, v, path, "type must be one of execute, set, read, test");
            c->types |= 1u << k;
        }
    }
    char sub[320];
    if ((rc = opt_pattern(L, p, o, "args", path, &c->args)) < 0)
        return rc;
    double d;
    if ((rc = get_num(L, o, "timeout_s", path, -1, &c->timeout_s)) < 0)
        return rc;
    if ((rc = get_num(L, o, "retries", path, -1, &d)) < 0)
        return rc;
    c->retries = (int)d;
    /* the socket/context id argument of any command (async.id_arg says it
     * for an async one): which socket AT+QICLOSE=0 closes */
    if ((rc = get_num(L, o, "id_arg", path, -1, &d)) < 0)
        return rc;
    if (d < -1 || d > 15)
        return bad(L, json_object_get(o, "id_arg"), path, "id_arg must be an argument index 0..15");
    c->id_arg = (int)d;
    const char *section;
    if ((rc = get_str(L, o, "section", path, 0, &section)) < 0)
        return rc;
    c->section = section ? dup_str(section) : NULL;
    snprintf(sub, sizeof sub, "%s.responses", path);
    if ((rc = strlist(L, json_object_get(o, "responses"), sub, 1, &c->responses, &c->nresponses)) < 0)
        return rc;
    if ((rc = opt_pattern(L, p, o, "response", path, &c->response)) < 0 ||
        (rc = opt_pattern(L, p, o, "already", path, &c->already)) < 0 ||
        (rc = opt_pattern(L, p, o, "not_final", path, &c->not_final)) < 0)
        return rc;
    if ((rc = load_data_block(L, p, c, json_object_get(o, "data_block"), path)) < 0)
        return rc;
    snprintf(sub, sizeof sub, "%s.finals", path);
    if ((rc = load_finals(L, p, json_object_get(o, "finals"), sub, &c->finals, &c->nfinals)) < 0)
        return rc;
    json_t *edm = json_object_get(o, "enters_data_mode");
    c->enters_data_mode = edm && json_is_true(edm);
    json_t *dew = json_object_get(o, "data_elsewhere");
    c->data_elsewhere = dew && json_is_true(dew);
    json_t *rx = json_object_get(o, "rx_format");
    if (rx) {
        snprintf(sub, sizeof sub, "%s.rx_format", path);
        if ((rc = compile(L, &c->rx_format, rx, sub)) < 0)
            return rc;
        if (c->rx_format.mode_group < 0)
            return bad(L, rx, sub, "pattern needs a (?<mode>...) group");
        grow_groups(p, &c->rx_format);
        c->sets_rx_format = 1;
    }
    if ((rc = load_mode(L, p, c, o, path)) < 0)
        return rc;
    json_t *pr = json_object_get(o, "prompt");
    if (pr) {
        snprintf(sub, sizeof sub, "%s.prompt", path);
        if (!json_is_object(pr))
            return bad(L, pr, sub, "expected an object");
        if ((rc = check_keys(L, pr, sub, k_prompt)) < 0)
            return rc;
        c->prompt = 1;
        if ((rc = get_num(L, pr, "length_arg", sub, -1, &d)) < 0)
            return rc;
        c->length_arg = (int)d;
        json_t *cz = json_object_get(pr, "ctrl_z");
        c->ctrl_z = cz ? json_is_true(cz) : c->length_arg < 0;
        const char *pch;
        if ((rc = get_str(L, pr, "char", sub, 0, &pch)) < 0)
            return rc;
        if (pch && (strlen(pch) != 1 || (unsigned char)pch[0] < 0x21 || (unsigned char)pch[0] > 0x7e))
            return bad(L, json_object_get(pr, "char"), sub, "char must be one printable character");
        c->prompt_char = pch ? (unsigned char)pch[0] : '>';
        if ((rc = opt_pattern(L, p, pr, "line", sub, &c->prompt_line)) < 0)
            return rc;
        if (c->prompt_line.code && pch)
            return bad(L, json_object_get(pr, "char"), sub,
                       "a prompt is a character or a line (\"line\"), not both");
        /* a line prompts: no character at a line's start is one */
        if (c->prompt_line.code)
            c->prompt_char = 0;
        if ((rc = end_mark(L, pr, sub, c->prompt_end, &c->prompt_end_len)) < 0)
            return rc;
    }
    json_t *as = json_object_get(o, "async");
    if (as) {
        snprintf(sub, sizeof sub, "%s.async", path);
        if (!json_is_object(as))
            return bad(L, as, sub, "expected an object");
        if ((rc = check_keys(L, as, sub, k_async)) < 0)
            return rc;
        c->async = 1;
        json_t *bl = json_object_get(as, "blocking");
        /* "itself": the AT interface is free meanwhile, but a second of the
         * same command before the completion is an overlap (u-blox's async
         * AT+USOCO: another connect closes the socket) */
        if (json_is_string(bl) && strcmp(json_string_value(bl), "itself") == 0)
            c->blocking = 2;
        else if (bl && !json_is_boolean(bl))
            return bad(L, bl, sub, "blocking: expected true, false or \"itself\"");
        else
            c->blocking = bl ? json_is_true(bl) : 1;
        if ((rc = get_num(L, as, "timeout_s", sub, -1, &c->completion_timeout_s)) < 0)
            return rc;
        if ((rc = get_num(L, as, "id_arg", sub, c->id_arg, &d)) < 0)
            return rc;
        if (d < -1 || d > 15)
            return bad(L, json_object_get(as, "id_arg"), sub, "id_arg must be an argument index 0..15");
        c->id_arg = (int)d;
        char us[340];
        snprintf(us, sizeof us, "%s.users", sub);
        if ((rc = strlist(L, json_object_get(as, "users"), us, 1, &c->users, &c->nusers)) < 0)
            return rc;
        json_t *cs = json_object_get(as, "completions");
        if (!cs || !json_is_array(cs) || json_array_size(cs) == 0)
            return bad(L, cs ? cs : as, sub, "needs a non-empty \"completions\" array");
        char cp[340];
        snprintf(cp, sizeof cp, "%s.completions", sub);
        c->compl = ats_jl_array(L, ATS_EPROFILE, cs, cp, "expected an array", sizeof *c->compl,
                                &c->ncompl, load_compl, p, &rc);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* an element of identify's pattern arrays */
static int load_pattern(const loader *L, void *ctx, json_t *v, const char *path, void *item)
{
    int rc = compile(L, item, v, path);
    if (rc == 0)
        grow_groups(ctx, item);
    return rc;
}

static int load_urc(const loader *L, void *ctx, json_t *v, const char *path, void *item)
{
    ats_profile *p = ctx;
    ats_purc *u = item;
    int rc;
    if (!json_is_object(v))
        return bad(L, v, path, "expected an object");
    if ((rc = check_keys(L, v, path, k_urc)) < 0)
        return rc;
    const char *name;
    if ((rc = get_str(L, v, "name", path, 1, &name)) < 0)
        return rc;
    json_t *pat = json_object_get(v, "pattern");
    if (!pat || !json_is_string(pat))
        return bad(L, v, path, "needs a \"pattern\" string");
    u->name = dup_str(name);
    if (!u->name)
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    if ((rc = compile(L, &u->re, pat, path)) < 0)
        return rc;
    grow_groups(p, &u->re);
    json_t *b = json_object_get(v, "boot");
    u->boot = b && json_is_true(b);
    b = json_object_get(v, "data_exit");
    u->data_exit = b && json_is_true(b);
    b = json_object_get(v, "data_length");
    u->data_length = b && json_is_true(b);
    double fl;
    if ((rc = get_num(L, v, "follow_lines", path, 0, &fl)) < 0)
        return rc;
    if (fl < 0 || fl > 8 || fl != (int)fl)
        return bad(L, json_object_get(v, "follow_lines"), path,
                   "follow_lines must be a whole number 0..8");
    u->follow_lines = (int)fl;
    if (u->data_length && u->re.len_group < 0)
        return bad(L, b, path, "data_length needs a (?<len>...) group in the pattern");
    json_t *di = json_object_get(v, "data_inline");
    u->data_inline = di && json_is_true(di);
    if (u->data_inline && !u->data_length)
        return bad(L, di, path, "data_inline needs data_length");
    if ((rc = mode_word(L, v, "in_mode", path, &u->in_mode)) < 0)
        return rc;
    if ((rc = check_samples(L, p, &u->re, v, path)) < 0)
        return rc;
    return 0;
}

/* Where the child wrote, under its top-level key `top` (classes_add,
 * commands_remove), the member `key` and in it the value `elem` (each when
 * given): its text is searched from that key on, so that the same class
 * under "classes" above is not taken for it. */
static int child_bad(const loader *L, const char *top, const char *key, const json_t *elem,
                     const char *path, const char *what)
{
    const layer *ly = &L->srcs[0];
    uint64_t ln = 0, col = 0, l2, c2;
    char needle[80];
    int m = snprintf(needle, sizeof needle, "\"%s\"", top);
    size_t i = m > 0 && (size_t)m < sizeof needle
                   ? ats_jl_find(ly->src, ly->len, 0, needle, (size_t)m, &l2, &c2)
                   : (size_t)-1;
    m = key ? snprintf(needle, sizeof needle, "\"%s\"", key) : 0;
    if (i != (size_t)-1 && key && m > 0 && (size_t)m < sizeof needle)
        i = ats_jl_find(ly->src, ly->len, i, needle, (size_t)m, &l2, &c2);
    if (i != (size_t)-1 && elem) {
        char *e = json_dumps(elem, JSON_ENCODE_ANY | JSON_COMPACT);
        i = e ? ats_jl_find(ly->src, ly->len, i, e, strlen(e), &l2, &c2) : (size_t)-1;
        free(e);
    }
    if (i != (size_t)-1) {
        ln = l2;
        col = c2;
    }
    return ats_err(L->err, ATS_EPROFILE, ly->file, ln, col, "%s: %s", path, what);
}

static int add_bad(const loader *L, const char *key, const json_t *elem, const char *path,
                   const char *what)
{
    return child_bad(L, "classes_add", key, elem, path, what);
}

static int rm_bad(const loader *L, const json_t *elem, const char *path, const char *what)
{
    return child_bad(L, "commands_remove", NULL, elem, path, what);
}

/* What names a profile and bounds its matching: all a candidate of
 * identification needs besides its "identify" section. */
static int load_head(ats_profile *p, json_t *root, const loader *L)
{
    int rc;
    const char *s;
    if (!json_is_object(root))
        return bad(L, root, "(top level)", "a profile is a JSON object");
    if ((rc = check_keys(L, root, "(top level)", k_root)) < 0)
        return rc;
    json_t *add = json_object_get(root, "classes_add");
    if (add)   /* the merge takes it in: it is left only where there is no base */
        return add_bad(L, NULL, NULL, "classes_add",
                       "the profile extends no other: classes_add adds to a base's class (a "
                       "class of its own is listed under classes)");
    json_t *rm = json_object_get(root, "commands_remove");
    if (rm)    /* likewise */
        return rm_bad(L, NULL, "commands_remove",
                      "the profile extends no other: commands_remove takes a base's command out "
                      "(a profile of its own lists only the commands its module has)");
    json_t *ver = json_object_get(root, "profile_version");
    if (ver && (!json_is_integer(ver) || json_integer_value(ver) != 1))
        return bad(L, ver, "profile_version", "only version 1 is supported");
    if ((rc = get_str(L, root, "id", "(top level)", 1, &s)) < 0)
        return rc;
    if (!*s)   /* reports and --profile name it */
        return bad(L, json_object_get(root, "id"), "id", "must not be empty");
    p->id = dup_str(s);
    if ((rc = get_str(L, root, "name", "(top level)", 0, &s)) < 0)
        return rc;
    if (s && !*s)
        return bad(L, json_object_get(root, "name"), "name", "must not be empty");
    p->name = dup_str(s ? s : p->id);
    if ((rc = get_str(L, root, "source", "(top level)", 0, &s)) < 0)
        return rc;
    p->source = dup_str(s);
    if (!p->id || !p->name || !p->source)
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");

    p->mctx = pcre2_match_context_create(NULL);
    if (!p->mctx)
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    /* Profiles are user data: bound what one line can cost. */
    pcre2_set_match_limit(p->mctx, 100000);
    pcre2_set_depth_limit(p->mctx, 5000);
    pcre2_set_heap_limit(p->mctx, 1024);
    p->max_groups = 1;
    return 0;
}

static int load_identify(ats_profile *p, json_t *root, const loader *L)
{
    int rc = 0;
    json_t *idn = json_object_get(root, "identify");
    if (idn) {
        if (!json_is_object(idn))
            return bad(L, idn, "identify", "expected an object");
        if ((rc = check_keys(L, idn, "identify", k_ident)) < 0)
            return rc;
        static const char *const what[ATS_ID_KINDS] = {"manufacturer", "model", "boot", "lines",
                                                       "host", "excludes", "revision", "banner"};
        for (int k = 0; k < ATS_ID_KINDS; k++) {
            char path[64];
            snprintf(path, sizeof path, "identify.%s", what[k]);
            p->ident.re[k] = ats_jl_array(L, ATS_EPROFILE, json_object_get(idn, what[k]), path,
                                          "expected an array of patterns",
                                          sizeof *p->ident.re[k], &p->ident.nre[k],
                                          load_pattern, p, &rc);
            if (rc < 0)
                return rc;
        }
        if ((rc = strlist(L, json_object_get(idn, "commands"), "identify.commands", 1,
                          &p->ident.commands, &p->ident.ncommands)) < 0)
            return rc;
        json_t *px = json_object_get(idn, "prefix");
        if (px && (!json_is_string(px) || !json_string_value(px)[0] ||
                   strlen(json_string_value(px)) > 8))
            return bad(L, px, "identify.prefix", "expected a string of 1 to 8 characters");
        if (px && !(p->ident.prefix = dup_upper(json_string_value(px))))
            return bad(L, px, "identify.prefix", "out of memory");
    }
    /* fixed here: completing the profile later (another thread identifying
     * with it meanwhile) must not change what identification reads */
    p->ident.max_groups = p->max_groups;
    return 0;
}

/* Everything else: what parsing and the rules use. with_identify: a whole
 * load, the identify section in its place among the others (the order its
 * mistakes are reported in). */
static int load_body(ats_profile *p, json_t *root, const loader *L, int with_identify)
{
    int rc;
    json_t *arr = json_object_get(root, "finals");
    if ((rc = load_finals(L, p, arr, "finals", &p->finals, &p->nfinals)) < 0)
        return rc;
    p->urcs = ats_jl_array(L, ATS_EPROFILE, json_object_get(root, "urcs"), "urcs",
                           "expected an array", sizeof *p->urcs, &p->nurcs, load_urc, p, &rc);
    if (rc < 0)
        return rc;
    json_t *rf = json_object_get(root, "receive_format");
    if (rf && !json_is_object(rf))
        return bad(L, rf, "receive_format", "expected an object");
    if (rf && (rc = check_keys(L, rf, "receive_format", k_rxf)) < 0)
        return rc;
    if (rf) {
        if ((rc = strlist(L, json_object_get(rf, "raw_modes"), "receive_format.raw_modes", 0,
                          &p->raw_rx_modes, &p->nraw_rx_modes)) < 0)
            return rc;
        if ((rc = strlist(L, json_object_get(rf, "buffered_modes"),
                          "receive_format.buffered_modes", 0, &p->buffered_rx_modes,
                          &p->nbuffered_rx_modes)) < 0)
            return rc;
    }
    json_t *dm = json_object_get(root, "data_mode");
    if (dm && !json_is_object(dm))
        return bad(L, dm, "data_mode", "expected an object");
    if (dm && (rc = check_keys(L, dm, "data_mode", k_dm)) < 0)
        return rc;
    const char *esc = NULL;
    if (dm && (rc = get_str(L, dm, "escape", "data_mode", 0, &esc)) < 0)
        return rc;
    p->escape = dup_str(esc ? esc : "+++");
    if (!p->escape)
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    json_t *ans = dm ? json_object_get(dm, "answered") : NULL;
    if (ans && !json_is_boolean(ans))
        return bad(L, ans, "data_mode.answered", "expected true or false");
    /* ESP-AT leaves passthrough at the escape itself and prints nothing */
    p->escape_silent = ans && json_is_false(ans);

    if (with_identify && (rc = load_identify(p, root, L)) < 0)
        return rc;

    p->cmds = ats_jl_array(L, ATS_EPROFILE, json_object_get(root, "commands"), "commands",
                           "expected an array", sizeof *p->cmds, &p->ncmds, load_cmd, p, &rc);
    if (rc < 0)
        return rc;
    /* "errors": what a numeric error code means ("+CME ERROR: 10": "SIM not
     * inserted"), for messages; read by the rules from the profile's JSON */
    json_t *errs = json_object_get(root, "errors");
    if (errs && !json_is_object(errs))
        return bad(L, errs, "errors", "expected an object of \"+CME ERROR: <n>\": \"meaning\"");
    const char *ek;
    json_t *ev;
    json_object_foreach(errs, ek, ev)
    {
        if (!json_is_string(ev) || !json_string_length(ev)) {
            /* located at its key: a value's text ("10") may stand first
             * inside the key itself */
            char where[120];
            snprintf(where, sizeof where, "errors.\"%.80s\"", ek);
            json_t *key = json_string(ek);
            int rc2 = bad(L, key ? key : errs, where,
                          "expected the error's meaning (a non-empty string)");
            json_decref(key);
            return rc2;
        }
    }
    return ats_profile_load_redact(p, root, L);
}


static int build_trie(ats_profile *p)
{
    size_t cap = 1;
    for (size_t i = 0; i < p->nurcs; i++)
        cap += p->urcs[i].re.prefix_len;
    if (cap > 30000)
        cap = 30000;
    p->trie = calloc(cap, sizeof *p->trie);
    p->noprefix = calloc(p->nurcs + 1, sizeof *p->noprefix);
    if (!p->trie || !p->noprefix)
        return -1;
    p->ntrie = 1;
    for (size_t i = 0; i < p->nurcs; i++) {
        const ats_re *re = &p->urcs[i].re;
        size_t node = 0, k;
        for (k = 0; k < re->prefix_len; k++) {
            unsigned char c = (unsigned char)re->prefix[k];
            if (!p->trie[node].child[c]) {
                if (p->ntrie == cap)
                    break;
                p->trie[node].child[c] = (int16_t)p->ntrie++;
            }
            node = (size_t)p->trie[node].child[c];
        }
        struct urc_node *nd = &p->trie[node];
        if (node == 0 || k < re->prefix_len || nd->nurcs == 8) {
            p->noprefix[p->nnoprefix++] = (int16_t)i;   /* tried for every line */
            continue;
        }
        nd->urcs[nd->nurcs++] = (int16_t)i;
    }
    return 0;
}

/* FNV-1a of the name in upper case: entries are stored upper case, and a
 * candidate's names are asked for in any case (ats_profile_has_name) */
static size_t name_hash(const char *s, size_t n)
{
    size_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        h = (h ^ (c >= 'a' && c <= 'z' ? c - 32u : c)) * 16777619u;
    }
    return h;
}

static int build_cmd_index(ats_profile *p)
{
    size_t slots = 16;
    while (slots < p->ncmds * 2)
        slots *= 2;
    p->cmd_hash = malloc(slots * sizeof *p->cmd_hash);
    p->cmd_next = malloc((p->ncmds + 1) * sizeof *p->cmd_next);
    if (!p->cmd_hash || !p->cmd_next)
        return -1;
    p->cmd_hmask = slots - 1;
    for (size_t i = 0; i < slots; i++)
        p->cmd_hash[i] = -1;
    for (size_t i = 0; i < p->ncmds; i++) {
        const ats_pcmd *e = &p->cmds[i];
        p->cmd_next[i] = -1;
        size_t h = name_hash(e->name, e->name_len) & p->cmd_hmask;
        for (;; h = (h + 1) & p->cmd_hmask) {
            int32_t j = p->cmd_hash[h];
            if (j < 0) {
                p->cmd_hash[h] = (int32_t)i;
                break;
            }
            const ats_pcmd *f = &p->cmds[j];
            if (f->name_len == e->name_len && !memcmp(f->name, e->name, e->name_len)) {
                while (p->cmd_next[j] >= 0)      /* append: profile order decides */
                    j = p->cmd_next[j];
                p->cmd_next[j] = (int32_t)i;
                break;
            }
        }
    }
    return 0;
}

int ats_profile_trie_child(const ats_profile *p, int node, unsigned char c)
{
    return p->trie ? p->trie[node].child[c] : 0;
}

size_t ats_profile_urc_walk(const ats_profile *p, const char *s, size_t n, int16_t *out,
                            size_t cap, size_t *stop, int *end_node)
{
    size_t k = 0, node = 0, w = 0;
    for (size_t j = 0; j < p->nnoprefix && k < cap; j++)
        out[k++] = p->noprefix[j];
    for (; w < n && p->trie; w++) {
        int16_t c = p->trie[node].child[(unsigned char)s[w]];
        if (!c)
            break;
        node = (size_t)c;
        for (int j = 0; j < p->trie[node].nurcs && k < cap; j++)
            out[k++] = p->trie[node].urcs[j];
    }
    *stop = w;
    *end_node = (int)node;
    /* profile order: the first pattern that matches wins */
    for (size_t i = 1; i < k; i++)
        for (size_t j = i; j > 0 && out[j - 1] > out[j]; j--) {
            int16_t t = out[j];
            out[j] = out[j - 1];
            out[j - 1] = t;
        }
    return k;
}

/* ---- extends: a profile built on another ---------------------------- */

/* Each built-in's text (for messages that point into it) and its values as
 * the build packed them (cmake/jsonpack.c: what is loaded). */
#define ENTRY(id, c)                                                                         \
    {id, "<built-in " id ">", ats_builtin_##c, &ats_builtin_##c##_len,                       \
     ats_builtin_##c##_packed, &ats_builtin_##c##_packed_len},
typedef struct builtin {
    const char *id, *name, *json;
    const size_t *len;
    const unsigned char *packed;
    const size_t *packed_len;
} builtin;
static const builtin builtins[] = {ATS_BUILTINS(ENTRY) ATS_FRAGMENTS(ENTRY)};
#undef ENTRY
#define NBUILTINS (sizeof builtins / sizeof builtins[0])

int ats_profile_builtin_at(size_t i, const char **name, const char **json, size_t *len,
                           const unsigned char **packed, size_t *packed_len)
{
    if (i >= NBUILTINS)
        return 0;
    *name = builtins[i].name;
    *json = builtins[i].json;
    *len = *builtins[i].len;
    *packed = builtins[i].packed;
    *packed_len = *builtins[i].packed_len;
    return 1;
}

static int builtin_text(const char *id, const char **json, size_t *len, const char **name)
{
    const builtin *b = builtins;
    for (size_t i = 0; i < NBUILTINS; i++)
        if (id ? !strcmp(id, b[i].id) : i == 0) {
            *json = b[i].json;
            *len = *b[i].len;
            *name = b[i].name;
            return 0;
        }
    return -1;
}

static int read_all(const char *path, char **out, size_t *outlen, ats_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        *out = NULL;
        *outlen = 0;
        return ats_err(err, ATS_EIO, path, 0, 0, "cannot open profile: %s", strerror(errno));
    }
    int rc = ats_read_all(f, (size_t)64 << 20, out, outlen);
    fclose(f);
    return rc == ATS_ELIMIT  ? ats_err(err, rc, path, 0, 0, "profile larger than 64 MiB")
           : rc == ATS_ENOMEM ? ats_err(err, rc, path, 0, 0, "out of memory")
           : rc == ATS_EIO    ? ats_err(err, rc, path, 0, 0, "cannot read profile")
                              : 0;
}

static const char *entry_str(json_t *o, const char *key)
{
    json_t *v = json_is_object(o) ? json_object_get(o, key) : NULL;
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static int key_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* an order (ats_ascii_casecmp only tells equal from not) */
static int key_casecmp(const void *a, const void *b)
{
    const unsigned char *x = *(const unsigned char *const *)a, *y = *(const unsigned char *const *)b;
    for (;; x++, y++) {
        int cx = *x >= 'a' && *x <= 'z' ? *x - 32 : *x, cy = *y >= 'a' && *y <= 'z' ? *y - 32 : *y;
        if (cx != cy || !cx)
            return cx - cy;
    }
}

/* base entries the child does not override (by key), then or after the
 * child's: see docs/profiles.md "extends". The child's keys are sorted once
 * and each base entry looked up in them: a scan of the child per base entry
 * was a third of what loading the built-ins cost. */
static json_t *merge_array(json_t *base, json_t *child, const char *key, int nocase,
                           int child_first)
{
    json_t *out = json_array();
    if (!out)
        return NULL;
    size_t nc = json_array_size(child), nk = 0;
    const char **keys = malloc((nc ? nc : 1) * sizeof *keys);
    if (!keys) {
        json_decref(out);
        return NULL;
    }
    size_t i;
    json_t *v;
    json_array_foreach(child, i, v)
    {
        const char *s = entry_str(v, key);
        if (s)
            keys[nk++] = s;
    }
    int (*cmp)(const void *, const void *) = nocase ? key_casecmp : key_cmp;
    qsort(keys, nk, sizeof *keys, cmp);
    int rc = 0;
    if (child_first)
        rc |= json_array_extend(out, child);
    json_array_foreach(base, i, v)
    {
        const char *s = entry_str(v, key);
        if (!s || !bsearch(&s, keys, nk, sizeof *keys, cmp))
            rc |= json_array_append(out, v);
    }
    if (!child_first)
        rc |= json_array_extend(out, child);
    free(keys);
    if (rc) {
        json_decref(out);
        return NULL;
    }
    return out;
}

/* A new object: base's keys, each replaced by the child's (for "rules", one
 * level deeper: a rule's parameters are merged one by one). */
static json_t *merge_object(json_t *base, json_t *child, int depth)
{
    json_t *out = json_copy(base);
    if (!out)
        return NULL;
    const char *k;
    json_t *v;
    json_object_foreach(child, k, v)
    {
        json_t *bv = json_object_get(out, k);
        if (depth > 0 && json_is_object(bv) && json_is_object(v)) {
            json_t *m = merge_object(bv, v, depth - 1);
            if (!m || json_object_set_new(out, k, m) < 0) {
                json_decref(out);
                return NULL;
            }
        } else if (json_object_set(out, k, v) < 0) {
            json_decref(out);
            return NULL;
        }
    }
    return out;
}

/* The child over its (already merged) base. Values of the wrong type are
 * left to the child, so load() reports them where the child wrote them. */
static json_t *merge_profile(json_t *base, json_t *child)
{
    json_t *out = json_copy(child);
    if (!out)
        return NULL;
    json_object_del(out, "extends");
    static const struct {
        const char *key, *by;
        int nocase, child_first, object_depth;
    } how[] = {
        {"finals", "pattern", 0, 0, -1},
        {"urcs", "name", 0, 1, -1},       /* the child's are tried first */
        {"commands", "name", 1, 0, -1},
        {"classes", NULL, 0, 0, 0},
        {"rules", NULL, 0, 0, 1},
        {"receive_format", NULL, 0, 0, 0},
        {"data_mode", NULL, 0, 0, 0},
        {"redact", "name", 0, 0, -1},     /* a child's entry replaces the base's of its name */
        {"errors", NULL, 0, 0, 0},        /* a child's meaning replaces the base's */
    };
    for (size_t i = 0; i < sizeof how / sizeof how[0]; i++) {
        json_t *bv = json_object_get(base, how[i].key);
        json_t *cv = json_object_get(child, how[i].key);
        json_t *m = NULL;
        if (!bv)
            continue;
        if (!cv)
            m = json_incref(bv);
        else if (how[i].object_depth < 0 && json_is_array(bv) && json_is_array(cv))
            m = merge_array(bv, cv, how[i].by, how[i].nocase, how[i].child_first);
        else if (how[i].object_depth >= 0 && json_is_object(bv) && json_is_object(cv))
            m = merge_object(bv, cv, how[i].object_depth);
        else
            continue;
        if (!m || json_object_set_new(out, how[i].key, m) < 0) {
            json_decref(out);
            return NULL;
        }
    }
    /* never inherited: what names the profile, and how to recognise its module */
    return out;
}

/* The child's classes_add over the merged profile: each class it names gets
 * the base's list, then these entries (docs/profiles.md "Extending a
 * profile"). A child that lists a class under classes replaces the base's
 * list; one that adds to it says so here and restates nothing. */
static int add_classes(const loader *L, json_t *out, json_t *base, json_t *child)
{
    json_t *add = json_object_get(child, "classes_add");
    json_object_del(out, "classes_add");
    if (!add)
        return 0;
    if (!json_is_object(add))
        return ats_jl_bad_member(L, ATS_EPROFILE, "classes_add", add, "classes_add",
                                 "expected an object of lists to add to the base's classes "
                                 "({\"optional\": [\"+CSCON=\"]})");
    json_t *bcls = json_object_get(base, "classes");
    json_t *ccls = json_object_get(child, "classes");
    /* a new object: the merge may have taken the base's own (a built-in's
     * parse that other profiles share) */
    json_t *ocls = json_object_get(out, "classes");
    if (ocls && !json_is_object(ocls))
        return 0;   /* the child's classes of the wrong type: the classes loader says so */
    ocls = json_is_object(ocls) ? json_copy(ocls) : json_object();
    if (!ocls || json_object_set_new(out, "classes", ocls) < 0)
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    const char *key;
    json_t *v;
    json_object_foreach(add, key, v)
    {
        char path[96], what[300];
        snprintf(path, sizeof path, "classes_add.%.60s", key);
        json_t *blist = json_is_object(bcls) ? json_object_get(bcls, key) : NULL;
        if (!json_is_array(v))
            return add_bad(L, key, NULL, path, "expected an array of strings");
        if (json_is_object(ccls) && json_object_get(ccls, key))
            return add_bad(L, key, NULL, path,
                           "the class is also under classes, whose list replaces the base's: "
                           "list it in one of the two");
        if (!json_is_array(blist)) {
            snprintf(what, sizeof what, "the profiles this one extends have no class \"%.60s\" "
                     "to add to (a class of its own is listed under classes)", key);
            return add_bad(L, key, NULL, path, what);
        }
        json_t *merged = json_copy(blist);
        if (!merged)
            return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
        size_t i, j;
        json_t *e, *b;
        json_array_foreach(v, i, e)
        {
            snprintf(path, sizeof path, "classes_add.%.60s[%zu]", key, i);
            int dup = 0;
            if (json_is_string(e))
                json_array_foreach(blist, j, b)
                    dup |= json_is_string(b) && !strcmp(json_string_value(b), json_string_value(e));
            if (!json_is_string(e) || dup) {
                json_decref(merged);
                if (!dup)
                    return add_bad(L, key, e, path, "expected a string");
                snprintf(what, sizeof what, "\"%.80s\" is in the base's list already",
                         json_string_value(e));
                return add_bad(L, key, e, path, what);
            }
            if (json_array_append(merged, e) < 0) {
                json_decref(merged);
                return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
            }
        }
        if (json_object_set_new(ocls, key, merged) < 0)
            return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    }
    return 0;
}

static int has_cmd_named(json_t *cmds, const char *name)
{
    size_t i;
    json_t *v;
    json_array_foreach(cmds, i, v)
    {
        const char *s = entry_str(v, "name");
        if (s && !ats_ascii_casecmp(s, strlen(s), name, strlen(name)))
            return 1;
    }
    return 0;
}

/* The command a class entry names ("+CSQ", "+COPS=0", "+CEREG?"), or none
 * (a line pattern, "^..."): is it name? */
static int class_entry_is(const char *spec, const char *name)
{
    if (*spec == '^')
        return 0;
    size_t n = strcspn(spec, "=?");
    return !ats_ascii_casecmp(spec, n, name, strlen(name));
}

/* The child's commands_remove over the merged profile: a base's command
 * the module does not have (the nRF91 has AT+CESQ, not 3gpp's AT+CSQ) goes,
 * with every entry of that name and the class entries that name it, so the
 * command is unknown to the profile as the module says it is to itself
 * (docs/profiles.md "Extending a profile"). */
static int remove_commands(const loader *L, json_t *out, json_t *base, json_t *child)
{
    json_t *rm = json_object_get(child, "commands_remove");
    json_object_del(out, "commands_remove");
    if (!rm)
        return 0;
    if (!json_is_array(rm))
        return rm_bad(L, NULL, "commands_remove",
                      "expected an array of the names of base commands the module does not "
                      "have ([\"+CSQ\"])");
    json_t *bcmds = json_object_get(base, "commands");
    json_t *ccmds = json_object_get(child, "commands");
    json_t *ocmds = json_object_get(out, "commands");
    size_t i, j;
    json_t *e, *v;
    json_array_foreach(rm, i, e)
    {
        char path[64], what[300];
        snprintf(path, sizeof path, "commands_remove[%zu]", i);
        if (!json_is_string(e) || !*json_string_value(e))
            return rm_bad(L, e, path, "expected a command name (\"+CSQ\")");
        const char *name = json_string_value(e);
        if (!json_is_array(bcmds) || !has_cmd_named(bcmds, name)) {
            snprintf(what, sizeof what, "the profiles this one extends have no command "
                     "\"%.80s\" to remove", name);
            return rm_bad(L, e, path, what);
        }
        if (json_is_array(ccmds) && has_cmd_named(ccmds, name)) {
            snprintf(what, sizeof what, "\"%.80s\" is also under commands, which replace the "
                     "base's entries of that name: remove it or define it, not both", name);
            return rm_bad(L, e, path, what);
        }
    }
    if (json_is_array(ocmds)) {
        json_t *kept = json_array();
        if (!kept)
            return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
        json_array_foreach(ocmds, j, v)
        {
            const char *s = entry_str(v, "name");
            int gone = 0;
            json_array_foreach(rm, i, e)
                gone |= s && !ats_ascii_casecmp(s, strlen(s), json_string_value(e),
                                                strlen(json_string_value(e)));
            if (!gone && json_array_append(kept, v) < 0) {
                json_decref(kept);
                return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
            }
        }
        if (json_object_set_new(out, "commands", kept) < 0)
            return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    }
    json_t *ocls = json_object_get(out, "classes");
    if (!json_is_object(ocls))
        return 0;
    /* a new object (the merge may have taken a built-in's own, which other
     * profiles share); the old one held until it is read */
    json_t *ncls = json_object();
    json_incref(ocls);
    if (!ncls || json_object_set_new(out, "classes", ncls) < 0) {
        json_decref(ocls);
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    }
    int rc = 0;
    const char *key;
    json_object_foreach(ocls, key, v)
    {
        json_t *list = v;
        if (json_is_array(v)) {
            list = json_array();
            if (!list) {
                json_decref(ocls);
                return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
            }
            json_t *c;
            json_array_foreach(v, j, c)
            {
                int gone = 0;
                if (json_is_string(c))
                    json_array_foreach(rm, i, e)
                        gone |= class_entry_is(json_string_value(c), json_string_value(e));
                if (!gone && json_array_append(list, c) < 0)
                    rc = -1;
            }
        } else {
            json_incref(list);
        }
        if (rc || json_object_set_new(ncls, key, list) < 0) {
            if (rc)
                json_decref(list);
            json_decref(ocls);
            return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
        }
    }
    json_decref(ocls);
    return 0;
}

/* The parsed texts of built-ins while several load at once (the candidates
 * all extend 3gpp): parsing JSON is half of what loading a profile costs,
 * and the merged profiles only read what they share (jansson counts the
 * references). */
#define JCACHE_MAX 32
typedef struct jcache {
    const char *text[JCACHE_MAX];      /* a built-in's text: the key */
    json_t *root[JCACHE_MAX];
    size_t n;
} jcache;

typedef struct chain {
    layer layers[ATS_MAX_EXTENDS + 1];
    char *keys[ATS_MAX_EXTENDS + 1];   /* "builtin:<id>" or a file's real path */
    size_t n;
    jcache *jc;                        /* NULL: each text parsed */
} chain;

/* text's parse (a new reference), from the cache, unpacked (a built-in) or
 * parsed now; *oom when NULL for want of memory */
static json_t *parse_text(chain *ch, const char *text, size_t len, const char *key,
                          json_error_t *je, int *oom)
{
    int is_builtin = !strncmp(key, "builtin:", 8);
    jcache *jc = is_builtin ? ch->jc : NULL;
    *oom = 0;
    for (size_t i = 0; jc && i < jc->n; i++)
        if (jc->text[i] == text)
            return json_incref(jc->root[i]);
    json_t *root;
    size_t k = 0;
    while (is_builtin && k < NBUILTINS && builtins[k].json != text)
        k++;
    if (is_builtin && k < NBUILTINS) {
        root = ats_jl_unpack(builtins[k].packed, *builtins[k].packed_len);
        *oom = !root;
    } else {
        root = json_loadb(text, len, JSON_REJECT_DUPLICATES, je);
        *oom = !root && json_error_code(je) == json_error_out_of_memory;
    }
    if (root && jc && jc->n < JCACHE_MAX) {
        jc->text[jc->n] = text;
        jc->root[jc->n++] = json_incref(root);
    }
    return root;
}

static void chain_free(chain *ch)
{
    for (size_t i = 0; i < ch->n; i++) {
        free(ch->layers[i].file);
        free(ch->layers[i].src);
        free(ch->keys[i]);
    }
    ch->n = 0;
}

static char *file_key(const char *path)
{
    char *rp = realpath(path, NULL);
    return rp ? rp : dup_str(path);
}

/* Parses one file of the chain and, if it extends another, that one first;
 * *out is the merged JSON. The layer is pushed onto ch before its base. */
static int resolve(json_t **out, const char *json, size_t len, const char *name, char *key,
                   chain *ch, ats_error *err)
{
    *out = NULL;
    json_error_t je;
    int oom;
    json_t *root = parse_text(ch, json, len, key, &je, &oom);
    if (oom) {
        free(key);
        return ats_err(err, ATS_ENOMEM, name, 0, 0, "out of memory");
    }
    if (!root) {
        free(key);
        return ats_err(err, ATS_EPROFILE, name, (uint64_t)(je.line > 0 ? je.line : 0),
                       (uint64_t)(je.column > 0 ? je.column : 0), "invalid JSON: %s", je.text);
    }
    layer *ly = &ch->layers[ch->n];
    ly->file = dup_str(name);
    ly->src = malloc(len ? len : 1);
    ly->len = len;
    ch->keys[ch->n] = key;
    ch->n++;
    if (!ly->file || !ly->src) {
        json_decref(root);
        return ats_err(err, ATS_ENOMEM, name, 0, 0, "out of memory");
    }
    if (len)
        memcpy(ly->src, json, len);
    json_t *ext = json_is_object(root) ? json_object_get(root, "extends") : NULL;
    if (!ext) {
        *out = root;
        return 0;
    }
    loader L = {name, ly, 1, err, 0, 0};
    const char *base_json, *base_name;
    size_t base_len;
    char *base_buf = NULL, *base_key, pathbuf[4096];
    int rc;
    if (!json_is_string(ext) || !*json_string_value(ext)) {
        rc = bad(&L, ext, "extends", "expected the id of a built-in profile or a file path");
        goto fail;
    }
    const char *e = json_string_value(ext);
    if (builtin_text(e, &base_json, &base_len, &base_name) == 0) {
        snprintf(pathbuf, sizeof pathbuf, "builtin:%s", e);
        base_key = dup_str(pathbuf);
    } else if (name[0] == '<') {
        rc = bad(&L, ext, "extends", "a built-in profile can only extend built-in ones");
        goto fail;
    } else {
        /* a relative path is taken from the extending file's folder */
        const char *slash = strrchr(name, '/');
        if (e[0] != '/' && slash)
            snprintf(pathbuf, sizeof pathbuf, "%.*s/%s", (int)(slash - name), name, e);
        else
            snprintf(pathbuf, sizeof pathbuf, "%s", e);
        ats_error re;
        if ((rc = read_all(pathbuf, &base_buf, &base_len, &re)) < 0) {
            uint64_t ln, col;
            const char *f = locate(&L, ext, &ln, &col);
            rc = ats_err(err, rc, f, ln, col, "extends: %s: %s", pathbuf, re.msg);
            goto fail;
        }
        base_json = base_buf;
        base_name = pathbuf;
        base_key = file_key(pathbuf);
    }
    if (!base_key) {
        rc = ats_err(err, ATS_ENOMEM, name, 0, 0, "out of memory");
        goto fail;
    }
    for (size_t i = 0; i < ch->n; i++)
        if (!strcmp(ch->keys[i], base_key)) {
            char m[600];
            snprintf(m, sizeof m, "\"%s\" is already in the chain of profiles this one extends "
                     "(a cycle)", e);
            free(base_key);
            rc = bad(&L, ext, "extends", m);
            goto fail;
        }
    if (ch->n > ATS_MAX_EXTENDS) {
        free(base_key);
        char m[100];
        snprintf(m, sizeof m, "more than %d profiles in the chain", ATS_MAX_EXTENDS);
        rc = bad(&L, ext, "extends", m);
        goto fail;
    }
    json_t *base;
    rc = resolve(&base, base_json, base_len, base_name, base_key, ch, err);
    free(base_buf);
    base_buf = NULL;
    if (rc < 0)
        goto fail;
    if (!json_is_object(root)) {
        *out = root;          /* load() says what is wrong with it */
        json_decref(base);
        return 0;
    }
    *out = merge_profile(base, root);
    rc = *out ? add_classes(&L, *out, base, root) : 0;
    if (!rc && *out)
        rc = remove_commands(&L, *out, base, root);
    json_decref(base);
    json_decref(root);
    if (!*out)
        return ats_err(err, ATS_ENOMEM, name, 0, 0, "out of memory");
    if (rc < 0) {
        json_decref(*out);
        *out = NULL;
    }
    return rc;
fail:
    free(base_buf);
    json_decref(root);
    return rc;
}

/* The command names of a candidate, upper case, hashed as build_cmd_index
 * does: ats_profile_has_name() answers from them, and they never change when
 * the profile is completed (other threads ask while one completes it). A
 * name that is no string is left to the complete load to report. */
static int load_names(ats_profile *p, json_t *root)
{
    json_t *arr = json_object_get(root, "commands");
    size_t n = json_is_array(arr) ? json_array_size(arr) : 0;
    size_t slots = 16;
    while (slots < n * 2)
        slots *= 2;
    p->names = calloc(n ? n : 1, sizeof *p->names);
    p->names_hash = malloc(slots * sizeof *p->names_hash);
    if (!p->names || !p->names_hash)
        return -1;
    p->names_hmask = slots - 1;
    for (size_t i = 0; i < slots; i++)
        p->names_hash[i] = -1;
    for (size_t i = 0; i < n; i++) {
        json_t *v = json_object_get(json_array_get(arr, i), "name");
        if (!json_is_string(v))
            continue;
        char *u = dup_upper(json_string_value(v));
        if (!u)
            return -1;
        size_t len = strlen(u);
        size_t h = name_hash(u, len) & p->names_hmask;
        for (;; h = (h + 1) & p->names_hmask) {
            int32_t j = p->names_hash[h];
            if (j < 0) {
                p->names_hash[h] = (int32_t)p->nnames;
                p->names[p->nnames++] = u;
                break;
            }
            if (!strcmp(p->names[j], u)) {
                free(u);
                break;
            }
        }
    }
    return 0;
}

/* The patterns of the rest of the profile, the URC trie, the command index. */
static int load_rest(ats_profile *p, json_t *root, const loader *L, int with_identify)
{
    int rc = load_body(p, root, L, with_identify);
    if (rc == 0 && p->nurcs > 30000)
        rc = ats_err(L->err, ATS_ELIMIT, L->file, 0, 0, "more than 30000 URC patterns");
    if (rc == 0 && (build_trie(p) < 0 || build_cmd_index(p) < 0))
        rc = ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    return rc;
}

/* candidate: what identification needs only (ats_profile_complete does the rest) */
static int load_common(ats_profile **out, json_t *root, const chain *ch, const char *file,
                       int candidate, int is_builtin, ats_error *err)
{
    ats_profile *p = calloc(1, sizeof *p);
    if (!p) {
        json_decref(root);
        return ats_err(err, ATS_ENOMEM, file, 0, 0, "out of memory");
    }
    p->json = root;
    p->path = dup_str(file);
    p->builtin = is_builtin;
    loader L = {file, ch->layers, ch->n, err, 0, is_builtin};
    int rc = load_head(p, root, &L);
    if (rc == 0 && candidate) {
        p->partial = 1;
        rc = load_identify(p, root, &L);
        if (rc == 0 && load_names(p, root) < 0)
            rc = ats_err(err, ATS_ENOMEM, file, 0, 0, "out of memory");
    } else if (rc == 0) {
        rc = load_rest(p, root, &L, 1);
    }
    if (rc < 0) {
        ats_profile_free(p);
        return rc;
    }
    *out = p;
    return 0;
}

int ats_profile_complete(ats_profile *p, ats_error *err)
{
    if (!p->partial)
        return 0;
    if (p->complete_rc < 0)   /* tried and failed: not loaded twice over */
        return ats_err(err, p->complete_rc, p->path, 0, 0, "profile %s could not be completed",
                       p->id);
    loader L;
    ats_profile_jl(p, err, &L);
    int rc = load_rest(p, p->json, &L, 0);
    if (rc < 0)
        p->complete_rc = rc;
    else
        p->partial = 0;
    return rc;
}

int ats_profile_check_complete(const ats_profile *p, ats_error *err)
{
    if (!p->partial)
        return 0;
    return ats_err(err, ATS_EINVAL, p->path, 0, 0,
                   "profile %s was loaded as a candidate of identification: "
                   "ats_profile_complete() it first", p->id);
}

static int load_keyed(ats_profile **out, const char *json, size_t len, const char *name,
                      char *key, jcache *jc, ats_error *err)
{
    chain ch;
    memset(&ch, 0, sizeof ch);
    ch.jc = jc;
    json_t *root;
    int is_builtin = !strncmp(key, "builtin:", 8);
    int rc = resolve(&root, json, len, name, key, &ch, err);
    if (rc == 0)
        rc = load_common(out, root, &ch, name, jc != NULL, is_builtin, err);
    if (rc == 0 && (*out)->layers == NULL && ch.n) {
        /* the texts go with the profile (moved, not copied) */
        (*out)->layers = calloc(ch.n, sizeof *(*out)->layers);
        if (!(*out)->layers) {
            ats_profile_free(*out);
            *out = NULL;
            rc = ats_err(err, ATS_ENOMEM, name, 0, 0, "out of memory");
        } else {
            for (size_t i = 0; i < ch.n; i++) {
                (*out)->layers[i] = ch.layers[i];
                ch.layers[i].file = ch.layers[i].src = NULL;
            }
            (*out)->nlayers = ch.n;
        }
    }
    chain_free(&ch);
    return rc;
}

int ats_profile_load_buffer(ats_profile **out, const char *json, size_t len, const char *name,
                            ats_error *err)
{
    *out = NULL;
    char *key = dup_str(name);
    if (!key)
        return ats_err(err, ATS_ENOMEM, name, 0, 0, "out of memory");
    return load_keyed(out, json, len, name, key, NULL, err);
}

int ats_profile_load_builtin_buffer(ats_profile **out, const char *json, size_t len,
                                    const char *name, ats_error *err)
{
    *out = NULL;
    char key[300];
    snprintf(key, sizeof key, "builtin:%s", name);
    char *k = dup_str(key);
    if (!k)
        return ats_err(err, ATS_ENOMEM, name, 0, 0, "out of memory");
    return load_keyed(out, json, len, name, k, NULL, err);
}

int ats_profile_load_file(ats_profile **out, const char *path, ats_error *err)
{
    *out = NULL;
    char *buf;
    size_t len;
    int rc = read_all(path, &buf, &len, err);
    if (rc < 0)
        return rc;
    char *key = file_key(path);
    if (!key) {
        free(buf);
        return ats_err(err, ATS_ENOMEM, path, 0, 0, "out of memory");
    }
    rc = load_keyed(out, buf, len, path, key, NULL, err);
    free(buf);
    return rc;
}

static int load_builtin(ats_profile **out, const char *id, jcache *jc, ats_error *err)
{
    *out = NULL;
    const char *json, *name;
    size_t len;
    if (builtin_text(id, &json, &len, &name) < 0)
        return ats_err(err, ATS_EINVAL, NULL, 0, 0, "no built-in profile \"%s\"", id);
    char key[300];
    snprintf(key, sizeof key, "builtin:%s", id ? id : builtin_ids[0]);
    char *k = dup_str(key);
    if (!k)
        return ats_err(err, ATS_ENOMEM, name, 0, 0, "out of memory");
    return load_keyed(out, json, len, name, k, jc, err);
}

int ats_profile_load_builtin(ats_profile **out, const char *id, ats_error *err)
{
    return load_builtin(out, id, NULL, err);
}

int ats_profile_load_candidates(ats_profile ***out, size_t *n, ats_error *err)
{
    size_t nb = sizeof builtin_ids / sizeof builtin_ids[0] - 1;
    *n = 0;
    *out = calloc(nb ? nb : 1, sizeof **out);
    if (!*out)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    jcache jc;
    memset(&jc, 0, sizeof jc);
    int rc = 0;
    for (size_t i = 0; i < nb && rc == 0; i++)
        if ((rc = load_builtin(&(*out)[i], builtin_ids[i], &jc, err)) == 0)
            (*n)++;
    for (size_t i = 0; i < jc.n; i++)
        json_decref(jc.root[i]);
    if (rc < 0) {
        for (size_t i = 0; i < *n; i++)
            ats_profile_free((*out)[i]);
        free(*out);
        *out = NULL;
        *n = 0;
    }
    return rc;
}

const char *ats_profile_id(const ats_profile *p) { return p->id; }
const void *ats_profile_json(const ats_profile *p) { return p->json; }
const char *ats_profile_path(const ats_profile *p) { return p->path; }

int ats_profile_has_name(const ats_profile *p, const char *name, size_t len)
{
    if (p->names) {    /* a candidate: its names, whether completed or not */
        for (size_t h = name_hash(name, len) & p->names_hmask;; h = (h + 1) & p->names_hmask) {
            int32_t j = p->names_hash[h];
            if (j < 0)
                return 0;
            const char *s = p->names[j];
            if (strlen(s) == len && ats_ascii_casecmp(s, len, name, len) == 0)
                return 1;
        }
    }
    for (size_t i = 0; i < p->ncmds; i++)
        if (p->cmds[i].name_len == len && ats_ascii_casecmp(p->cmds[i].name, len, name, len) == 0)
            return 1;
    return 0;
}

/* One slip apart (optimal string alignment distance 1), case-blind, the
 * slip at byte `from` or later. A changed letter counts only in a name of
 * six letters or more: among the short names one changed letter is as a
 * rule another command (+CPING, +CPINR, +CPINC; +CGACT, +CGATT; +CGPS,
 * +COPS), so it says nothing of a typo; a letter added, dropped or two
 * swapped ("+CGDCNT", "+CPNI") is still one at any length. */
static int one_slip(const char *a, size_t na, const char *b, size_t nb, size_t from)
{
    if (na > nb + 1 || nb > na + 1)
        return 0;
    size_t i = 0;
    while (i < na && i < nb && ats_ascii_casecmp(a + i, 1, b + i, 1) == 0)
        i++;
    if ((i == na && i == nb) || i < from)
        return 0;   /* the same name, or a slip too early */
    size_t ra = na - i, rb = nb - i;
    if (ra == rb) {   /* changed, or swapped with the next */
        if (!ats_ascii_casecmp(a + i + 1, ra - 1, b + i + 1, rb - 1))
            return na >= 7;
        return ra >= 2 && !ats_ascii_casecmp(a + i, 1, b + i + 1, 1) &&
               !ats_ascii_casecmp(a + i + 1, 1, b + i, 1) &&
               !ats_ascii_casecmp(a + i + 2, ra - 2, b + i + 2, rb - 2);
    }
    if (ra > rb)   /* one added to a */
        return !ats_ascii_casecmp(a + i + 1, ra - 1, b + i, rb);
    return !ats_ascii_casecmp(a + i, ra, b + i + 1, rb - 1);
}

int ats_profile_near_name(const ats_profile *p, const char *name, size_t len, size_t from,
                          char *out, size_t cap)
{
    if (len < 4 || !cap)
        return 0;
    for (size_t i = 0; i < p->nnames + p->ncmds; i++) {
        const char *s = i < p->nnames ? p->names[i] : p->cmds[i - p->nnames].name;
        size_t n = i < p->nnames ? strlen(s) : p->cmds[i - p->nnames].name_len;
        if (n && s[0] == name[0] && one_slip(name, len, s, n, from)) {
            snprintf(out, cap, "%.*s", (int)n, s);
            return 1;
        }
    }
    return 0;
}

void ats_profile_command_info(const ats_profile *p, const ats_subcmd *c, ats_command_info *out)
{
    memset(out, 0, sizeof *out);
    out->timeout_s = out->completion_timeout_s = -1;
    out->retries = -1;
    pcre2_match_data *md = pcre2_match_data_create(p->max_groups + 1, NULL);
    const ats_pcmd *e = md ? ats_profile_find_cmd(p, c, md) : NULL;
    pcre2_match_data_free(md);
    if (!e)
        return;
    out->known = 1;
    out->timeout_s = e->timeout_s;
    out->retries = e->retries;
    out->async = e->async;
    out->blocking = e->blocking;
    out->completion_timeout_s = e->completion_timeout_s;
    out->section = e->section;
}

int ats_profile_already(const ats_profile *p, const ats_subcmd *c, const char *result, size_t len)
{
    pcre2_match_data *md = pcre2_match_data_create(p->max_groups + 1, NULL);
    const ats_pcmd *e = md ? ats_profile_find_cmd(p, c, md) : NULL;
    int yes = e && e->already.code && ats_re_match(&e->already, md, p->mctx, result, len) > 0;
    pcre2_match_data_free(md);
    return yes;
}

const char *ats_profile_name(const ats_profile *p) { return p->name; }

static void free_strs(char **v, size_t n)
{
    if (!v)
        return;
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

/* Every pattern of the profile, ident's only when with_ident: the one list
 * that freeing and the late JIT both walk. */
static void each_re(ats_profile *p, void (*fn)(ats_re *), int with_ident)
{
    for (size_t i = 0; i < p->nfinals; i++)
        fn(&p->finals[i].re);
    for (size_t i = 0; i < p->nurcs; i++)
        fn(&p->urcs[i].re);
    for (size_t i = 0; i < p->ncmds; i++) {
        ats_pcmd *c = &p->cmds[i];
        fn(&c->args);
        fn(&c->rx_format);
        fn(&c->mode_args);
        fn(&c->mode_answer);
        fn(&c->response);
        fn(&c->already);
        fn(&c->not_final);
        fn(&c->data_block);
        fn(&c->prompt_line);
        for (size_t j = 0; j < c->nfinals; j++)
            fn(&c->finals[j].re);
        for (size_t j = 0; j < c->ncompl; j++)
            fn(&c->compl[j].re);
    }
    for (size_t i = 0; i < p->nredact; i++) {
        fn(&p->redact[i].match);
        fn(&p->redact[i].after);
    }
    for (int k = 0; with_ident && k < ATS_ID_KINDS; k++)
        for (size_t i = 0; i < p->ident.nre[k]; i++)
            fn(&p->ident.re[k][i]);
}

void ats_profile_free(ats_profile *p)
{
    if (!p)
        return;
    each_re(p, ats_re_free, 1);
    free(p->finals);
    for (size_t i = 0; i < p->nurcs; i++) {
        free(p->urcs[i].name);
        free(p->urcs[i].in_mode);
    }
    free(p->urcs);
    for (size_t i = 0; i < p->ncmds; i++) {
        ats_pcmd *c = &p->cmds[i];
        free(c->name);
        free(c->section);
        free(c->mode_value);
        free(c->in_mode);
        free(c->finals);
        free_strs(c->responses, c->nresponses);
        free_strs(c->users, c->nusers);
        free(c->compl);
    }
    free(p->cmds);
    free_strs(p->names, p->nnames);
    free(p->names_hash);
    for (int k = 0; k < ATS_ID_KINDS; k++)
        free(p->ident.re[k]);
    free_strs(p->ident.commands, p->ident.ncommands);
    free(p->ident.prefix);
    free_strs(p->raw_rx_modes, p->nraw_rx_modes);
    free_strs(p->buffered_rx_modes, p->nbuffered_rx_modes);
    free(p->escape);
    ats_profile_free_redact(p);
    free(p->id);
    free(p->name);
    free(p->source);
    free(p->path);
    pcre2_match_context_free(p->mctx);
    free(p->trie);
    free(p->cmd_hash);
    free(p->cmd_next);
    free(p->noprefix);
    json_decref((json_t *)p->json);
    for (size_t i = 0; i < p->nlayers; i++) {
        free(p->layers[i].file);
        free(p->layers[i].src);
    }
    free(p->layers);
    free(p);
}

void ats_profile_jl(const ats_profile *p, ats_error *err, ats_jl *L)
{
    memset(L, 0, sizeof *L);
    L->file = p->path;
    L->srcs = p->layers;
    L->nsrcs = p->nlayers;
    L->err = err;
    L->builtin = p->builtin;
}

const ats_pcmd *ats_profile_find_cmd(const ats_profile *p, const ats_subcmd *c,
                                     pcre2_match_data *md)
{
    return ats_profile_find_cmd_in(p, c, md, NULL);
}

const ats_pcmd *ats_profile_find_cmd_in(const ats_profile *p, const ats_subcmd *c,
                                        pcre2_match_data *md, const char *mode)
{
    if (!p->cmd_hash)
        return NULL;
    int32_t i = -1;
    for (size_t h = name_hash(c->name.ptr, c->name.len) & p->cmd_hmask;;
         h = (h + 1) & p->cmd_hmask) {
        int32_t j = p->cmd_hash[h];
        if (j < 0)
            return NULL;
        const ats_pcmd *e = &p->cmds[j];
        if (e->name_len == c->name.len && !memcmp(e->name, c->name.ptr, c->name.len)) {
            i = j;
            break;
        }
    }
    for (; i >= 0; i = p->cmd_next[i]) {
        const ats_pcmd *e = &p->cmds[i];
        if (e->types && !(e->types & (1u << c->type)))
            continue;
        if (e->in_mode && (!mode || strcmp(e->in_mode, mode)))
            continue;
        if (e->args.code &&
            ats_re_match(&e->args, md, p->mctx, c->args_raw.ptr ? c->args_raw.ptr : "",
                         c->args_raw.len) <= 0)
            continue;
        return e;
    }
    return NULL;
}
