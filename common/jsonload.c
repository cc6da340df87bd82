/* jsonload.c - positions and key checks for the library's JSON loaders. */
#include <stdio.h>
#include <stdlib.h>
#include "jsonload.h"

size_t ats_jl_find(const char *src, size_t len, size_t from, const char *needle, size_t m,
                   uint64_t *line, uint64_t *col)
{
    *line = *col = 0;
    for (size_t i = from; src && m && i + m <= len; i++) {
        if (memcmp(src + i, needle, m) != 0)
            continue;
        uint64_t ln = 1, c = 1;
        for (size_t j = 0; j < i; j++) {
            if (src[j] == '\n') {
                ln++;
                c = 1;
            } else {
                c++;
            }
        }
        *line = ln;
        *col = c;
        return i;
    }
    return (size_t)-1;
}

const char *ats_jl_locate(const ats_jl *L, const json_t *v, uint64_t *line, uint64_t *col)
{
    *line = *col = 0;
    if (!v)
        return L->file;
    char *enc = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
    if (!enc)
        return L->file;
    const char *file = L->file;
    for (size_t k = 0; k < L->nsrcs; k++) {
        ats_jl_find(L->srcs[k].src, L->srcs[k].len, 0, enc, strlen(enc), line, col);
        if (*line) {
            file = L->srcs[k].file;
            break;
        }
    }
    free(enc);
    return file;
}

/* Where o's member "key": v stands: its value, found after its key (a value
 * such as 5 or true alone is found in the wrong place often). */
static const char *locate_member(const ats_jl *L, const char *key, const json_t *v,
                                 uint64_t *line, uint64_t *col)
{
    json_t *kv = json_string(key);
    char *ke = kv ? json_dumps(kv, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
    char *ve = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
    json_decref(kv);
    const char *file = NULL;
    *line = *col = 0;
    for (size_t k = 0; ke && ve && k < L->nsrcs && !file; k++) {
        const char *s = L->srcs[k].src;
        size_t len = L->srcs[k].len, kl = strlen(ke), vl = strlen(ve), i = 0;
        uint64_t ln, c;
        while ((i = ats_jl_find(s, len, i, ke, kl, &ln, &c)) != (size_t)-1) {
            size_t j = i + kl;
            while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r'))
                j++;
            if (j < len && s[j] == ':') {
                j++;
                while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r'))
                    j++;
                if (j + vl <= len && !memcmp(s + j, ve, vl)) {
                    ats_jl_find(s, len, j, ve, vl, line, col);
                    file = L->srcs[k].file;
                    break;
                }
            }
            i++;
        }
    }
    free(ke);
    free(ve);
    return file ? file : ats_jl_locate(L, v, line, col);
}

int ats_jl_bad_member(const ats_jl *L, int code, const char *key, const json_t *v,
                      const char *path, const char *what)
{
    uint64_t ln, col;
    const char *file = locate_member(L, key, v, &ln, &col);
    return ats_err(L->err, code, file, ln, col, "%s: %s", path, what);
}

int ats_jl_bad(const ats_jl *L, int code, const json_t *at, const char *path, const char *what)
{
    uint64_t ln, col;
    const char *file = ats_jl_locate(L, at, &ln, &col);
    return ats_err(L->err, code, file, ln, col, "%s: %s", path, what);
}

int ats_jl_check_keys(const ats_jl *L, int code, json_t *o, const char *path,
                      const char *const *allowed)
{
    const char *key;
    json_t *v;
    json_object_foreach(o, key, v)
    {
        int ok = 0;
        for (const char *const *a = allowed; *a && !ok; a++)
            ok = !strcmp(*a, key);
        if (ok)
            continue;
        char m[512];
        int k = snprintf(m, sizeof m, "unknown key \"%s\" (expected one of:", key);
        for (const char *const *a = allowed; *a && k > 0 && (size_t)k < sizeof m; a++)
            k += snprintf(m + k, sizeof m - (size_t)k, " %s", *a);
        if (k > 0 && (size_t)k < sizeof m)
            snprintf(m + k, sizeof m - (size_t)k, ")");
        json_t *keyv = json_string(key);
        uint64_t ln, col;
        const char *file = ats_jl_locate(L, keyv, &ln, &col);
        json_decref(keyv);
        return ats_err(L->err, code, file, ln, col, "%s: %s", path, m);
    }
    return 0;
}

int ats_jl_get_str(const ats_jl *L, int code, json_t *o, const char *key, const char *path,
                   int required, const char **out)
{
    json_t *v = json_object_get(o, key);
    *out = NULL;
    if (!v) {
        if (!required)
            return 0;
        char m[128];
        snprintf(m, sizeof m, "missing required string \"%.80s\"", key);
        return ats_jl_bad(L, code, o, path, m);
    }
    if (!json_is_string(v)) {
        char p[256];
        snprintf(p, sizeof p, "%.160s.%.80s", path, key);
        return ats_jl_bad_member(L, code, key, v, p, "expected a string");
    }
    *out = json_string_value(v);
    return 0;
}

void *ats_jl_array(const ats_jl *L, int code, json_t *arr, const char *path,
                   const char *not_array, size_t size, size_t *n, ats_jl_item_fn load,
                   void *ctx, int *rc)
{
    *rc = 0;
    if (!arr)
        return NULL;
    if (!json_is_array(arr)) {
        *rc = ats_jl_bad(L, code, arr, path, not_array);
        return NULL;
    }
    char *items = calloc(json_array_size(arr) + 1, size);
    if (!items) {
        *rc = ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
        return NULL;
    }
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v)
    {
        char ep[320];
        snprintf(ep, sizeof ep, "%.290s[%zu]", path, i);
        (*n)++;
        if ((*rc = load(L, ctx, v, ep, items + i * size)) < 0)
            break;
    }
    return items;
}

json_t *ats_jl_sample_miss(const ats_re *re, pcre2_match_context *mc, json_t *samples,
                           int *oom)
{
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re->code, NULL);
    *oom = !md;
    size_t i;
    json_t *v, *miss = NULL;
    json_array_foreach(samples, i, v)
    {
        const char *t = json_is_string(v) ? json_string_value(v) : NULL;
        if (!md || !t || ats_re_match(re, md, mc, t, strlen(t)) <= 0) {
            miss = md ? v : NULL;
            break;
        }
    }
    pcre2_match_data_free(md);
    return miss;
}

json_t *ats_jl_parse(const ats_jl *L, int code)
{
    json_error_t je;
    memset(&je, 0, sizeof je);
    json_t *root = L->nsrcs ? json_loadb(L->srcs[0].src, L->srcs[0].len,
                                         JSON_REJECT_DUPLICATES, &je)
                            : NULL;
    if (!L->nsrcs)
        snprintf(je.text, sizeof je.text, "no text");
    if (!root)
        ats_err(L->err, code, L->file, (uint64_t)(je.line > 0 ? je.line : 0),
                (uint64_t)(je.column > 0 ? je.column : 0), "invalid JSON: %s", je.text);
    return root;
}

typedef struct unpacker {
    const unsigned char *p, *end;
} unpacker;

static int uv(unpacker *u, uint64_t *out)
{
    uint64_t v = 0;
    for (unsigned sh = 0; u->p < u->end && sh < 64; sh += 7) {
        unsigned char c = *u->p++;
        v |= (uint64_t)(c & 0x7f) << sh;
        if (!(c & 0x80)) {
            *out = v;
            return 1;
        }
    }
    return 0;
}

static json_t *unpack(unpacker *u, int depth)
{
    uint64_t n;
    if (u->p >= u->end || depth > 256)
        return NULL;
    switch (*u->p++) {
    case 'o': {
        json_t *o = json_object();
        if (o && !uv(u, &n)) {
            json_decref(o);
            o = NULL;
        }
        if (!o)
            return NULL;
        for (uint64_t i = 0; i < n; i++) {
            uint64_t kl;
            if (!uv(u, &kl) || kl >= (uint64_t)(u->end - u->p) || u->p[kl] != 0) {
                json_decref(o);
                return NULL;
            }
            const char *k = (const char *)u->p;
            u->p += kl + 1;
            json_t *v = unpack(u, depth + 1);
            if (!v || json_object_set_new_nocheck(o, k, v) < 0) {
                json_decref(o);
                return NULL;
            }
        }
        return o;
    }
    case 'a': {
        json_t *a = json_array();
        if (a && !uv(u, &n)) {
            json_decref(a);
            a = NULL;
        }
        if (!a)
            return NULL;
        for (uint64_t i = 0; i < n; i++) {
            json_t *v = unpack(u, depth + 1);
            if (!v || json_array_append_new(a, v) < 0) {
                json_decref(a);
                return NULL;
            }
        }
        return a;
    }
    case 's':
        if (!uv(u, &n) || n > (uint64_t)(u->end - u->p))
            return NULL;
        u->p += n;
        return json_stringn_nocheck((const char *)u->p - n, (size_t)n);
    case 'i':
        if (!uv(u, &n))
            return NULL;
        return json_integer((json_int_t)(int64_t)((n >> 1) ^ (0 - (n & 1))));
    case 'r': {
        uint64_t b = 0;
        double d;
        if (u->end - u->p < 8)
            return NULL;
        for (int i = 0; i < 8; i++)
            b |= (uint64_t)u->p[i] << (8 * i);
        u->p += 8;
        memcpy(&d, &b, sizeof d);
        return json_real(d);
    }
    case 't':
        return json_true();
    case 'f':
        return json_false();
    case 'n':
        return json_null();
    }
    return NULL;
}

json_t *ats_jl_unpack(const unsigned char *p, size_t n)
{
    unpacker u = {p, p + n};
    json_t *v = unpack(&u, 0);
    if (v && u.p != u.end) {
        json_decref(v);
        v = NULL;
    }
    return v;
}

int ats_jl_compile(const ats_jl *L, ats_re *re, const json_t *v, const char *path)
{
    if (!json_is_string(v))
        return ats_jl_bad(L, ATS_EPROFILE, v, path, "expected a pattern string");
    ats_error e;
    int rc = ats_re_compile_jit(re, json_string_value(v), !L->no_jit, path, L->file, &e);
    if (rc < 0) {
        uint64_t ln, col;
        const char *file = ats_jl_locate(L, v, &ln, &col);
        /* col points at the opening quote; the pattern column is in the message */
        return ats_err(L->err, rc, file, ln, col, "%s", e.msg);
    }
    return 0;
}

int ats_jl_compile_key(const ats_jl *L, const json_t *o, const char *key, const char *path,
                       ats_re *re)
{
    const json_t *v = json_object_get(o, key);
    if (!v)
        return 0;
    char sub[320];
    snprintf(sub, sizeof sub, "%.200s.%s", path, key);
    return ats_jl_compile(L, re, v, sub);
}
