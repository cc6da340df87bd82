/* jsonw.c - see jsonw.h. */
#include "jsonw.h"
#include "escape.h"
#include <errno.h>
#include <jansson.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

int jw_init(jsonw *w, FILE *out, size_t cap)
{
    memset(w, 0, sizeof *w);
    w->cap = cap < 4096 ? 4096 : cap;
    w->buf = malloc(w->cap);
    w->out = out;
    w->first = 1;
    return w->buf ? 0 : ENOMEM;
}

int jw_doc_begin(jsonw *w, FILE *out)
{
    if (jw_init(w, out, 64 * 1024) != 0)
        return -1;
    w->indent = 2;
    return 0;
}

int jw_doc_end(jsonw *w)
{
    jw_newline(w);
    int err = jw_flush(w);
    jw_free(w);
    return err ? -1 : 0;
}

int jw_init_mem(jsonw *w)
{
    int rc = jw_init(w, NULL, 256);
    w->out = NULL;
    return rc;
}

const char *jw_cstr(jsonw *w)
{
    jw__raw(w, "", 0);
    if (w->len + 1 > w->cap)
        jw__need(w, 1);
    if (w->error || !w->buf)
        return NULL;
    w->buf[w->len] = 0;
    return w->buf;
}

/* A new line, indented to depth. */
static void new_line(jsonw *w, int depth)
{
    size_t n = 1 + (size_t)depth * (size_t)w->indent;
    if (w->len + n > w->cap) {
        jw__need(w, n);
        if (w->len + n > w->cap)
            return;
    }
    w->buf[w->len] = '\n';
    memset(w->buf + w->len + 1, ' ', n - 1);
    w->len += n;
}

void jw__layout(jsonw *w)
{
    if (!w->first)
        jw__raw(w, ",", 1);
    w->first = 0;
    if (w->depth > 0)
        new_line(w, w->depth);
}

void jw_free(jsonw *w)
{
    free(w->buf);
    w->buf = NULL;
}

int jw_flush(jsonw *w)
{
    if (!w->out)        /* in memory: nothing to flush */
        return w->error;
    if (w->len && !w->error) {
        if (fwrite(w->buf, 1, w->len, w->out) != w->len || fflush(w->out) != 0)
            w->error = errno ? errno : EIO;
    }
    w->len = 0;
    return w->error;
}

void jw__need(jsonw *w, size_t n)
{
    jw_flush(w);
    size_t want = w->out ? n : w->len + n;   /* in memory: grow, never flush */
    if (want > w->cap) {
        size_t cap = w->cap;
        while (cap < want)
            cap *= 2;
        char *q = realloc(w->buf, cap);
        if (!q) {
            w->error = ENOMEM;
            return;
        }
        w->buf = q;
        w->cap = cap;
    }
}

#define raw jw__raw
#define need(w, n) (((w)->len + (n) <= (w)->cap) ? (void)0 : jw__need((w), (n)))

/* The end of an object or array: in an indented document, a non-empty one
 * closes on a line of its own. */
static void close_level(jsonw *w, const char *c)
{
    w->depth--;
    if (w->indent && !w->first)
        new_line(w, w->depth);
    raw(w, c, 1);
    w->first = 0;
}

void jw_obj_begin(jsonw *w)
{
    raw(w, "{", 1);
    w->first = 1;
    w->depth++;
}

void jw_obj_end(jsonw *w) { close_level(w, "}"); }

void jw_arr_begin(jsonw *w, const char *key)
{
    jw_key(w, key);
    raw(w, "[", 1);
    w->first = 1;
    w->depth++;
}

void jw_arr_end(jsonw *w) { close_level(w, "]"); }

static const char hex[] = "0123456789abcdef";

const char jw__digits[200] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                             "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                             "8081828384858687888990919293949596979899";

/* jw__word_escapes() (jsonw.h): does a word hold a byte JSON does not take
 * as it is; the inline short-string path asks it too. */

#if defined(__SSE2__)
/* The bytes of p[0..16) JSON does not take as they are, as a bit mask. */
static inline unsigned sse_escapes(const unsigned char *p)
{
    const __m128i lo = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7F),
                  qu = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\');
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(x, lo), _mm_cmpeq_epi8(x, del)),
                             _mm_or_si128(_mm_cmpeq_epi8(x, qu), _mm_cmpeq_epi8(x, bs)));
    return (unsigned)_mm_movemask_epi8(m);
}

/* The same for p[0..8) (the load's upper half is zeros, masked off). */
static inline unsigned sse_escapes8(const unsigned char *p)
{
    const __m128i lo = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7F),
                  qu = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\');
    __m128i x = _mm_loadl_epi64((const __m128i *)(const void *)p);
    __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(x, lo), _mm_cmpeq_epi8(x, del)),
                             _mm_or_si128(_mm_cmpeq_epi8(x, qu), _mm_cmpeq_epi8(x, bs)));
    return (unsigned)_mm_movemask_epi8(m) & 0xFFu;
}
#endif

/* End of the run of bytes from i that JSON takes as they are (printable
 * ASCII but '"' and '\\'); sixteen at a time where SSE2 is there, the
 * last sixteen of a long string in one load ending at n (bytes before i
 * masked off), eight at a time in a short one (with SSE2 two loads of
 * eight, the second ending at n): the byte loop at the end of every string
 * was a tenth of `parse`'s JSON. */
static size_t plain_run(const unsigned char *p, size_t i, size_t n)
{
#if defined(__SSE2__)
    while (i + 16 <= n) {
        unsigned mask = sse_escapes(p + i);
        if (mask)
            return i + (size_t)__builtin_ctz(mask);
        i += 16;
    }
    if (i < n && n >= 16) {
        unsigned mask = sse_escapes(p + n - 16) >> (i - (n - 16));
        return mask ? i + (size_t)__builtin_ctz(mask) : n;
    }
    /* a string of 8 to 15 bytes (most names and short answers): eight
     * from i, then the last eight ending at n, as above */
    if (i + 8 <= n) {
        unsigned mask = sse_escapes8(p + i);
        if (mask)
            return i + (size_t)__builtin_ctz(mask);
        i += 8;
    }
    if (i < n && n >= 8) {
        unsigned mask = sse_escapes8(p + n - 8) >> (i - (n - 8));
        return mask ? i + (size_t)__builtin_ctz(mask) : n;
    }
#endif
    while (i + 8 <= n) {
        uint64_t x;
        memcpy(&x, p + i, 8);
        if (jw__word_escapes(x))
            break;
        i += 8;
    }
    while (i < n && p[i] >= 0x20 && p[i] < 0x7F && p[i] != '"' && p[i] != '\\')
        i++;
    return i;
}

/* jw__escape for w->script: text for a person, as the HTML report shows it */
static void escape_script(jsonw *w, const unsigned char *p, size_t n)
{
    raw(w, "\"", 1);
    for (size_t i = 0; i < n;) {
        esc_class cls;
        uint32_t cp;
        size_t k = esc_unit(p + i, n - i, &cls, &cp);
        unsigned char c = p[i];
        switch (esc_policy[ESC_CTX_HTML][cls]) {
        case ESC_KEEP:
            if (cls != ESC_PRINT)
                raw(w, (const char *)p + i, k);
            else if (c == '"' || c == '\\')
                raw(w, c == '"' ? "\\\"" : "\\\\", 2);
            else if (c == '<' || c == '>' || c == '&')
                raw(w, c == '<' ? "\\u003c" : c == '>' ? "\\u003e" : "\\u0026", 6);
            else
                raw(w, (const char *)p + i, 1);
            break;
        case ESC_SHORT:     /* the text \n: its backslash escaped for JSON */
            raw(w, c == '\t' ? "\\\\t" : c == '\n' ? "\\\\n" : "\\\\r", 3);
            break;
        default:            /* the text \xHH for each byte */
            for (size_t j = 0; j < k; j++) {
                char t[5] = {'\\', '\\', 'x', hex[p[i + j] >> 4], hex[p[i + j] & 15]};
                raw(w, t, 5);
            }
            break;
        }
        i += k;
    }
    raw(w, "\"", 1);
}

int jw__escape(jsonw *w, const char *s, size_t n, int force_repr)
{
    if (w->script) {
        escape_script(w, (const unsigned char *)s, n);
        return 0;
    }
    const unsigned char *p = (const unsigned char *)s;
    int repr = force_repr;
    size_t start;
again:
    need(w, n * 6 + 2);
    start = w->len;          /* after need(): it may have flushed the buffer */
    if (w->len + n * 6 + 2 > w->cap)
        return repr;
    char *o = w->buf + w->len;
    *o++ = '"';
    for (size_t i = 0; i < n;) {
        unsigned char c = p[i];
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
            size_t j = plain_run(p, i + 1, n);   /* copy a run of plain ASCII at once */
            memcpy(o, p + i, j - i);
            o += j - i;
            i = j;
            continue;
        }
        if (c >= 0x20 && c < 0x7F) {
            if (c == '"' || c == '\\') {
                *o++ = '\\';
                if (c == '\\' && repr)
                    *o++ = '\\', *o++ = '\\';
            }
            *o++ = (char)c;
            i++;
            continue;
        }
        if (c >= 0x80) {
            esc_class cls;
            uint32_t cp;
            size_t k = esc_unit(p + i, n - i, &cls, &cp);
            if (cls == ESC_TEXT) {
                memcpy(o, p + i, k);
                o += k;
                i += k;
            } else if (cls == ESC_HIDDEN) {   /* exact, but not hidden (escape.h) */
                *o++ = '\\';
                *o++ = 'u';
                for (int sh = 12; sh >= 0; sh -= 4)
                    *o++ = hex[(cp >> sh) & 15];
                i += k;
            } else if (!repr) {
                /* not UTF-8 after all: write the whole string again, escaped
                 * so that it stays exact ("\\" doubled, bad bytes as \xHH) */
                repr = 1;
                w->len = start;
                goto again;
            } else {        /* \xHH as text: the JSON string holds "\\xHH" */
                *o++ = '\\';
                *o++ = '\\';
                *o++ = 'x';
                *o++ = hex[c >> 4];
                *o++ = hex[c & 15];
                i++;
            }
            continue;
        }
        *o++ = '\\';
        switch (c) {
        case '\n': *o++ = 'n'; break;
        case '\r': *o++ = 'r'; break;
        case '\t': *o++ = 't'; break;
        default:
            *o++ = 'u';
            *o++ = '0';
            *o++ = '0';
            *o++ = hex[c >> 4];
            *o++ = hex[c & 15];
        }
        i++;
    }
    *o++ = '"';
    w->len = (size_t)(o - w->buf);
    return repr;
}



void jw_u64_bytekey(jsonw *w, const char *key, size_t keylen, uint64_t v)
{
    jw_key(w, NULL);
    jw__escape(w, key, keylen, 0);
    raw(w, w->indent ? ": " : ":", w->indent ? 2 : 1);
    w->first = 1;           /* the value follows the key: no comma */
    int depth = w->depth;
    w->depth = 0;           /* ... nor a new line */
    jw_u64(w, NULL, v);
    w->depth = depth;
}

/* Not through snprintf: a payload's declared length is one a send (~790
 * instructions a call through printf). */
void jw_i64(jsonw *w, const char *key, int64_t v)
{
    jw_key(w, key);
    if (v < 0)
        raw(w, "-", 1);
    jw__digits_of(w, v < 0 ? 0 - (uint64_t)v : (uint64_t)v);
}

void jw_ms(jsonw *w, const char *key, int64_t us)
{
    /* what "%.6f" writes for us / 1000.0, in integers and without printf; past
     * 2^38 us (3 days) the double's own rounding shows in six decimals, and the
     * output stays what it always was */
    if (us <= -(1LL << 38) || us >= (1LL << 38)) {
        jw_double(w, key, (double)us / 1000.0);
        return;
    }
    char t[40];
    size_t k = sizeof t;
    uint64_t a = us < 0 ? (uint64_t)-us : (uint64_t)us, ms = a / 1000, frac = a % 1000;
    memcpy(t + (k -= 3), "000", 3);
    for (int i = 0; i < 3; i++, frac /= 10)
        t[--k] = (char)('0' + frac % 10);
    t[--k] = '.';
    do
        t[--k] = (char)('0' + ms % 10);
    while ((ms /= 10) != 0);
    if (us < 0)
        t[--k] = '-';
    jw_key(w, key);
    raw(w, t + k, sizeof t - k);
}

void jw_double(jsonw *w, const char *key, double v)
{
    char t[40];
    int k = snprintf(t, sizeof t, "%.6f", v);
    jw_key(w, key);
    raw(w, t, (size_t)k);
}



void jw_real(jsonw *w, const char *key, double v, int precision)
{
    char t[48];
    int k = snprintf(t, sizeof t, "%.*g", precision ? precision : 17, v);
    if (k < 0 || (size_t)k >= sizeof t - 3)
        k = 0;
    size_t n = (size_t)k;
    if (!strchr(t, '.') && !strchr(t, 'e')) {
        memcpy(t + n, ".0", 3);
        n += 2;
    }
    char *e = strchr(t, 'e');
    if (e) {              /* "1e+05" -> "1e5", "1e-05" -> "1e-5" */
        char *start = e + 1, *end = e + 2;
        if (*start == '-')
            start++;
        while (*end == '0')
            end++;
        if (end != start) {
            memmove(start, end, n - (size_t)(end - t) + 1);
            n -= (size_t)(end - start);
        }
    }
    jw_key(w, key);
    raw(w, t, n);
}

static int cmp_key(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void jw_json(jsonw *w, const char *key, const void *value)
{
    const json_t *j = value;
    switch (json_typeof(j)) {
    case JSON_OBJECT: {
        size_t n = json_object_size(j), k = 0;
        const char **keys = malloc((n ? n : 1) * sizeof *keys);
        if (!keys) {
            w->error = ENOMEM;
            return;
        }
        const char *name;
        json_t *v;
        json_object_foreach((json_t *)j, name, v)
            keys[k++] = name;
        if (w->sort_keys)
            qsort(keys, k, sizeof *keys, cmp_key);
        jw_key(w, key);
        jw_obj_begin(w);
        for (size_t i = 0; i < k; i++)
            jw_json(w, keys[i], json_object_get(j, keys[i]));
        jw_obj_end(w);
        free(keys);
        break;
    }
    case JSON_ARRAY:
        jw_arr_begin(w, key);
        for (size_t i = 0; i < json_array_size(j); i++)
            jw_json(w, NULL, json_array_get(j, i));
        jw_arr_end(w);
        break;
    case JSON_STRING:
        jw_key(w, key);
        jw__escape(w, json_string_value(j), json_string_length(j), 0);
        break;
    case JSON_INTEGER:
        jw_i64(w, key, (int64_t)json_integer_value(j));
        break;
    case JSON_REAL:
        jw_real(w, key, json_real_value(j), 0);
        break;
    case JSON_TRUE:
    case JSON_FALSE:
        jw_bool(w, key, json_is_true(j));
        break;
    default:
        jw_null(w, key);
        break;
    }
}

char *jw_json_line(const void *value)
{
    jsonw w;
    if (jw_init_mem(&w) != 0) {
        jw_free(&w);
        return NULL;
    }
    w.sort_keys = 1;
    jw_json(&w, NULL, value);
    char *s = jw_cstr(&w) ? w.buf : NULL;   /* the buffer is the caller's now */
    if (!s)
        jw_free(&w);
    return s;
}

void jw_newline(jsonw *w)
{
    raw(w, "\n", 1);
    w->first = 1;
}

size_t ats_repr_len_hint(size_t n) { return n * 6 + 2; }
