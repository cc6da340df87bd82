/* regex.c - PCRE2 wrapper: byte semantics, JIT, errors with the pattern column. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"

/* A top-level alternation ("^AB|CD") would make a prefix wrong; one inside
 * a group ("^\\+CME ERROR: ?(?:10|13)") does not, and refusing the prefix
 * for it would send every line to PCRE2. Escapes and character classes are
 * skipped; where a construct could hide the nesting (\Q..\E, comments,
 * extended mode) any bar counts, as it always used to. */
static int has_top_level_bar(const char *p)
{
    if (strstr(p, "\\Q") || strstr(p, "(?#") || strstr(p, "(?x"))
        return strchr(p, '|') != NULL;
    int depth = 0;
    for (; *p; p++) {
        if (*p == '\\') {
            if (!*++p)
                break;
        } else if (*p == '[') {
            p++;
            if (*p == '^')
                p++;
            if (*p == ']')
                p++;             /* a ']' first is a member */
            while (*p && *p != ']')
                p += *p == '\\' && p[1] ? 2 : 1;
            if (!*p)
                break;
        } else if (*p == '(') {
            depth++;
        } else if (*p == ')') {
            if (depth)
                depth--;
        } else if (*p == '|' && depth == 0) {
            return 1;
        }
    }
    return 0;
}

/* The literal text an anchored pattern must start with ("^\\+MIPRTCP: ?"
 * gives "+MIPRTCP:"), so most lines are refused by one memcmp. Stops at the
 * first construct that is not a plain literal; drops a literal that a
 * following quantifier makes optional. */
static void literal_prefix(ats_re *re, const char *p)
{
    size_t k = 0;
    re->prefix_len = 0;
    if (*p != '^')
        return;
    p++;
    while (*p && k < sizeof re->prefix) {
        char c;
        const char *next;
        if (*p == '\\') {
            if (!p[1] || (p[1] >= '0' && p[1] <= '9') || (p[1] >= 'a' && p[1] <= 'z') ||
                (p[1] >= 'A' && p[1] <= 'Z'))
                break;          /* \d, \s, \1 ...: not a literal */
            c = p[1];
            next = p + 2;
        } else if (strchr(".[]()*+?{}|^$", *p)) {
            break;
        } else {
            c = *p;
            next = p + 1;
        }
        if (*next == '?' || *next == '*' || *next == '{')
            break;
        re->prefix[k++] = c;
        p = next;
    }
    if (has_top_level_bar(p))
        k = 0;
    re->prefix_len = k;
}

/* pattern as the build compiled it (ats_re_pre), or NULL: not among the
 * built-ins', or this PCRE2 refuses the bytes (another version, no memory),
 * and it is compiled here */
long ats_re_pre_find(const char *pattern)
{
    size_t lo = 0, hi = ats_re_pre_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(pattern, ats_re_pre_table[mid].src);
        if (!c)
            return (long)mid;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

static pcre2_code *precompiled(const char *pattern)
{
    long i = ats_re_pre_find(pattern);
    if (i < 0)
        return NULL;
    const ats_re_pre *e = &ats_re_pre_table[i];
    size_t h = ats_re_pre_head_len, n = h + e->len;
    unsigned char small[8192], *b = n <= sizeof small ? small : malloc(n);
    pcre2_code *code = NULL;
    if (!b)
        return NULL;
    memcpy(b, ats_re_pre_head, h);
    memcpy(b + h, ats_re_pre_blob + e->off, e->len);
    if (pcre2_serialize_decode(&code, 1, b, NULL) != 1)
        code = NULL;
    if (b != small)
        free(b);
    return code;
}

pcre2_code *ats_re_code(const char *pattern, int *oom, char *why, size_t n)
{
    pcre2_code *pre = precompiled(pattern);
    if (pre) {
        *oom = 0;
        return pre;
    }
    int ec;
    PCRE2_SIZE off;
    /* Captures are bytes, not UTF-8: no PCRE2_UTF, and a pattern may not turn it on. */
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                     PCRE2_NEVER_UTF | PCRE2_NEVER_BACKSLASH_C, &ec, &off, NULL);
    *oom = !code && ec == PCRE2_ERROR_HEAP_FAILED;
    if (!code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(ec, msg, sizeof msg);
        snprintf(why, n, "%s at pattern column %lu", (const char *)msg, (unsigned long)off + 1);
        return NULL;
    }
    return code;
}

pcre2_code *ats_re_lazy_jit(_Atomic(pcre2_code *) *slot, pcre2_code *code)
{
    pcre2_code *jc = atomic_load_explicit(slot, memory_order_acquire);
    if (jc)
        return jc;
    /* with its own tables: a pattern decoded from the build's serialized
     * set shares its character tables by a reference count PCRE2 changes
     * without a lock (pcre2_code_copy adds one, pcre2_code_free takes one),
     * and two threads making the JIT copy of one pattern at once (the
     * loser frees its copy) corrupted the heap under check -j */
    jc = pcre2_code_copy_with_tables(code);
    if (!jc || pcre2_jit_compile(jc, PCRE2_JIT_COMPLETE) != 0) {
        pcre2_code_free(jc);
        jc = code;
    }
    pcre2_code *none = NULL;
    if (!atomic_compare_exchange_strong_explicit(slot, &none, jc, memory_order_acq_rel,
                                                 memory_order_acquire)) {
        if (jc != code)
            pcre2_code_free(jc);
        jc = none;
    }
    return jc;
}

pcre2_code *ats_re_run_code(const ats_re *re)
{
    /* the one place a shared compiled pattern changes (heap memory: the
     * cast is sound) */
    return re->jit ? ats_re_lazy_jit((_Atomic(pcre2_code *) *)&re->jcode, re->code) : re->code;
}

int ats_re_group_number(const pcre2_code *code, const char *name)
{
    int n = pcre2_substring_number_from_name(code, (PCRE2_SPTR)name);
    return n > 0 ? n : -1;
}

int ats_re_compile(ats_re *re, const char *pattern, const char *what, const char *file,
                   ats_error *err)
{
    return ats_re_compile_jit(re, pattern, 1, what, file, err);
}

int ats_re_compile_jit(ats_re *re, const char *pattern, int jit, const char *what,
                       const char *file, ats_error *err)
{
    int oom;
    char why[320];
    memset(re, 0, sizeof *re);
    re->id_group = re->mode_group = re->len_group = -1;
    re->jit = jit;
    if (!(re->code = ats_re_code(pattern, &oom, why, sizeof why)))
        return oom ? ats_err(err, ATS_ENOMEM, file, 0, 0, "out of memory")
                   : ats_err(err, ATS_EPROFILE, file, 0, 0, "%s: pattern \"%s\": %s", what,
                             pattern, why);
    re->id_group = ats_re_group_number(re->code, "id");
    re->mode_group = ats_re_group_number(re->code, "mode");
    re->len_group = ats_re_group_number(re->code, "len");
    literal_prefix(re, pattern);
    ats_re_screen sc;
    ats_re_screen_init(&sc, re->code);
    /* none kept where it refuses nothing; no memory for it: none */
    if ((sc.on || sc.min_len) && (re->screen = malloc(sizeof sc)))
        *re->screen = sc;
    re->src = strdup(pattern);
    if (!re->src) {
        ats_re_free(re);
        return ats_err(err, ATS_ENOMEM, file, 0, 0, "out of memory");
    }
    return 0;
}

void ats_re_free(ats_re *re)
{
    if (!re)
        return;
    pcre2_code *jc = atomic_load_explicit(&re->jcode, memory_order_acquire);
    if (jc != re->code)
        pcre2_code_free(jc);
    atomic_store_explicit(&re->jcode, NULL, memory_order_relaxed);
    pcre2_code_free(re->code);
    free(re->src);
    free(re->screen);
    re->code = NULL;
    re->src = NULL;
    re->screen = NULL;
}

void ats_re_screen_init(ats_re_screen *sc, const pcre2_code *code)
{
    uint32_t opts = 0, type = 0, unit = 0, min = 0;
    const uint8_t *bits = NULL;
    memset(sc, 0, sizeof *sc);
    if (!code)
        return;
    /* (*NO_START_OPT) asks PCRE2 to try the match whatever it knows */
    if (pcre2_pattern_info(code, PCRE2_INFO_ALLOPTIONS, &opts) != 0 ||
        (opts & PCRE2_NO_START_OPTIMIZE))
        return;
    if (pcre2_pattern_info(code, PCRE2_INFO_MINLENGTH, &min) == 0)
        sc->min_len = min;
    /* a first byte says where a match starts only when it starts at 0 */
    if (!(opts & PCRE2_ANCHORED) || pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODETYPE, &type) != 0)
        return;
    if (type == 1 && pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODEUNIT, &unit) == 0 &&
        unit < 128) {
        /* PCRE2 does not say whether the unit is caseless: both cases (the
         * default tables fold ASCII letters only) */
        sc->first[unit >> 3] |= (uint8_t)(1u << (unit & 7));
        if ((unit | 0x20) >= 'a' && (unit | 0x20) <= 'z') {
            uint32_t o = unit ^ 0x20;
            sc->first[o >> 3] |= (uint8_t)(1u << (o & 7));
        }
        sc->on = 1;
    } else if (type == 0 && pcre2_pattern_info(code, PCRE2_INFO_FIRSTBITMAP, &bits) == 0 &&
               bits) {
        memcpy(sc->first, bits, sizeof sc->first);
        sc->on = 1;
    }
}

int ats_re_match(const ats_re *re, pcre2_match_data *md, pcre2_match_context *mc,
                 const char *s, size_t n)
{
    size_t k = re->prefix_len;
    if (k && (n < k || s[k - 1] != re->prefix[k - 1] || s[0] != re->prefix[0] ||
              memcmp(s, re->prefix, k) != 0))
        return 0;
    if (ats_re_screen_refuses(re->screen, s, n))
        return 0;
    pcre2_code *c = ats_re_run_code(re);
    int rc = c != re->code ? pcre2_jit_match(c, (PCRE2_SPTR)s, n, 0, 0, md, mc)
                           : pcre2_match(c, (PCRE2_SPTR)s, n, 0, 0, md, mc);
    if (rc >= 0)
        return 1;
    if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL)
        return 0;
    return -1;
}

int ats_re_group(pcre2_match_data *md, int g, const char *s, ats_span *out)
{
    if (g < 0 || (uint32_t)g >= pcre2_get_ovector_count(md))
        return 0;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    if (ov[2 * g] == PCRE2_UNSET)
        return 0;
    out->ptr = s + ov[2 * g];
    out->len = ov[2 * g + 1] - ov[2 * g];
    return 1;
}
