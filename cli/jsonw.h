/* jsonw.h - atscope's one JSON writer: the JSON Lines of `atscope parse` (its
 * hot path: one buffer, no tree), the check reports (JSON, SARIF), stats,
 * rules and the HTML report's data. Jansson only reads (profiles, configs).
 * It appends to a buffer, escaping capture bytes by escape.h's JSON column,
 * so the output is always valid UTF-8 JSON whatever the capture holds.
 * With indent set it lays the document out as Jansson's JSON_INDENT did (the
 * reports' goldens were written so); with out NULL it writes to memory. */
#ifndef ATS_JSONW_H
#define ATS_JSONW_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "atscope.h"
#include "timefmt.h"

typedef struct jsonw {
    char *buf;
    size_t len, cap;
    FILE *out;          /* NULL: the document stays in buf (jw_init_mem) */
    int first;          /* no comma before the next member */
    int error;          /* sticky write error (errno) */
    int indent;         /* 0: one line, no spaces (JSON Lines); n: n spaces a level */
    int depth;
    int sort_keys;      /* jw_json: an object's members by key */
    int script;         /* strings for display inside HTML's <script>: capture
                         * bytes as escape.h's HTML column (the text \xHH),
                         * and < > & as \u00HH so nothing ends the element */
    /* jw_name's names and their lengths, by address (a direct-mapped memo) */
    const char *name_p[16];
    unsigned char name_n[16];
    fmt_time_memo tmemo;        /* the records' times (record_json.c) */
    /* record_json.c's names of enum values, quoted, by the value (a slot
     * a value: no two names share one), the name's address and its length
     * with the quotes: copied 32 bytes at once */
    const char *rname_p[48];
    unsigned char rname_n[48];
    char rname_q[48][32];
} jsonw;

int jw_init(jsonw *w, FILE *out, size_t cap);
/* A writer whose document stays in w->buf (w->len bytes, NUL-terminated by
 * jw_cstr): for JSON inside a message. */
int jw_init_mem(jsonw *w);
const char *jw_cstr(jsonw *w);
/* Before each member or element of an indented document. */
void jw__layout(jsonw *w);
void jw_free(jsonw *w);
/* A JSON document of its own written to out, indented by two (reports,
 * stats, diff, rules): 0, or -1 out of memory. jw_doc_end ends its line,
 * writes it out and frees w: 0, or -1 when it could not be written. */
int jw_doc_begin(jsonw *w, FILE *out);
int jw_doc_end(jsonw *w);
int jw_flush(jsonw *w);                 /* 0 or errno */
void jw_obj_begin(jsonw *w);
void jw_obj_end(jsonw *w);
void jw_arr_begin(jsonw *w, const char *key);
void jw_arr_end(jsonw *w);
void jw__need(jsonw *w, size_t n);

/* Forced inline in the builds users run (a JSON Lines record is a few dozen
 * of these calls); the sanitizer builds (ATS_NO_FORCE_INLINE, CMakeLists.txt)
 * leave it to the compiler: each forced copy carried its own ASan and UBSan
 * checks, and cli/record_json.c alone took 9.8 s of CPU to compile there
 * instead of 2.3 (2026-12-07), paid by make test's build and its TSan build. */
#if defined(__GNUC__) && !defined(ATS_NO_FORCE_INLINE)
#define JW_INLINE static inline __attribute__((always_inline))
#else
#define JW_INLINE static inline
#endif

/* The hot helpers are inline so literal keys cost no strlen at run time. */
JW_INLINE void jw__raw(jsonw *w, const char *s, size_t n)
{
    if (w->len + n > w->cap) {
        jw__need(w, n);
        if (w->len + n > w->cap)
            return;
    }
    memcpy(w->buf + w->len, s, n);
    w->len += n;
}

JW_INLINE void jw_key(jsonw *w, const char *key)
{
    if (w->indent) {
        jw__layout(w);
        if (key) {
            jw__raw(w, "\"", 1);
            jw__raw(w, key, strlen(key));
            jw__raw(w, "\": ", 3);
        }
        return;
    }
    /* one room check and direct stores: literal keys make kl a constant */
    size_t kl = key ? strlen(key) : 0, n = 1 + (key ? kl + 3 : 0);
    if (w->len + n > w->cap) {
        jw__need(w, n);
        if (w->len + n > w->cap)
            return;
    }
    char *o = w->buf + w->len;
    if (!w->first)
        *o++ = ',';
    w->first = 0;
    if (key) {
        *o++ = '"';
        memcpy(o, key, kl);
        o += kl;
        *o++ = '"';
        *o++ = ':';
    }
    w->len = (size_t)(o - w->buf);
}

extern const char jw__digits[200];

/* Decimal digits of v. */
JW_INLINE unsigned jw__ndigits(uint64_t v)
{
    unsigned n = 1;
    for (;;) {
        if (v < 10)
            return n;
        if (v < 100)
            return n + 1;
        if (v < 1000)
            return n + 2;
        if (v < 10000)
            return n + 3;
        v /= 10000;
        n += 4;
    }
}

/* The digits go straight into the buffer, backwards from their counted end:
 * through a scratch array they cost a memcpy call of a varying length, and a
 * record writes four to eight numbers. */
JW_INLINE void jw__digits_of(jsonw *w, uint64_t v)
{
    if (w->len + 20 > w->cap) {
        jw__need(w, 20);
        if (w->len + 20 > w->cap)
            return;
    }
    unsigned nd = jw__ndigits(v);
    char *o = w->buf + w->len + nd;
    w->len += nd;
    while (v >= 100) {          /* two digits per division */
        unsigned d = (unsigned)(v % 100) * 2;
        v /= 100;
        *--o = jw__digits[d + 1];
        *--o = jw__digits[d];
    }
    if (v >= 10) {
        unsigned d = (unsigned)v * 2;
        *--o = jw__digits[d + 1];
        *--o = jw__digits[d];
    } else {
        *--o = (char)('0' + v);
    }
}

JW_INLINE void jw_u64(jsonw *w, const char *key, uint64_t v)
{
    jw_key(w, key);
    jw__digits_of(w, v);
}
/* A member whose key comes from the capture (escaped as any string). */
void jw_u64_bytekey(jsonw *w, const char *key, size_t keylen, uint64_t v);
void jw_i64(jsonw *w, const char *key, int64_t v);
void jw_double(jsonw *w, const char *key, double v);
/* A real as Jansson writes one: "%.<precision>g" (0: 17), always with a '.'
 * or an exponent, the exponent without '+' or leading zeros. */
void jw_real(jsonw *w, const char *key, double v, int precision);
/* A Jansson value (the rules' parameters): objects in their order, or by key
 * with w->sort_keys; reals at full precision. */
void jw_json(jsonw *w, const char *key, const void *json_t_value);
/* A Jansson value as one line of JSON, objects by key (for a message);
 * malloc'd, NULL when out of memory. */
char *jw_json_line(const void *json_t_value);
/* a duration given in µs, written in ms with six decimals ("12.500000") */
void jw_ms(jsonw *w, const char *key, int64_t us);
void jw_newline(jsonw *w);
/* Appends the escaped form of bytes to a caller buffer (for text output).*/
size_t ats_repr_len_hint(size_t n);

int jw__escape(jsonw *w, const char *s, size_t n, int force_repr);

static inline void jw_str(jsonw *w, const char *key, const char *s)
{
    jw_key(w, key);
    jw__escape(w, s, strlen(s), 0);
}

/* Capture bytes: valid UTF-8 is kept, JSON-escaped; if the bytes are not
 * valid UTF-8, '\' is doubled and each bad byte written as \xHH (so the
 * text is still exact) and the return value is 1 so the caller flags it. */
/* Has the word a byte JSON does not take as it is (below 0x20, 0x7F and
 * above, '"', '\\')? Exact for the word as a whole (the usual has-zero and
 * has-less tests), not for which byte. */
JW_INLINE int jw__word_escapes(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
    return (((q - ones) & ~q) | ((b - ones) & ~b) | ((x - ones * 0x20) & ~x) |
            (x + ones) | x) & highs
               ? 1
               : 0;
}

/* p[0..n), 1 <= n <= 16, as two words that hold every byte (overlapping,
 * or a byte repeated; a short string's spare lanes 'A'): in *a and *b. */
JW_INLINE void jw__short_words(const char *p, size_t n, uint64_t *a, uint64_t *b)
{
    if (n >= 8) {
        memcpy(a, p, 8);
        memcpy(b, p + n - 8, 8);
    } else if (n >= 4) {
        uint32_t x, y;
        memcpy(&x, p, 4);
        memcpy(&y, p + n - 4, 4);
        *a = x | (uint64_t)x << 32;
        *b = y | (uint64_t)y << 32;
    } else {
        const unsigned char *u = (const unsigned char *)p;
        *a = *b = u[0] | (uint64_t)u[n >> 1] << 8 | (uint64_t)u[n - 1] << 16 |
                  0x4141414141ull << 24;
    }
}

/* A short plain string (1..16 bytes, no byte to escape) quoted at o from
 * its two words (jw__short_words): two stores, no call; NULL where it is
 * not such a string, for the caller's escaping path. o has room for 18. */
JW_INLINE char *jw__put_short(char *o, const char *p, size_t n)
{
    uint64_t a, b;
    if (!p || n - 1 >= 16)
        return NULL;
    jw__short_words(p, n, &a, &b);
    if (jw__word_escapes(a) || jw__word_escapes(b))
        return NULL;
    o[0] = '"';
    if (n >= 8) {
        memcpy(o + 1, &a, 8);
        memcpy(o + 1 + n - 8, &b, 8);
    } else if (n >= 4) {
        uint32_t x = (uint32_t)a, y = (uint32_t)b;
        memcpy(o + 1, &x, 4);
        memcpy(o + 1 + n - 4, &y, 4);
    } else {
        o[1] = p[0];
        o[1 + (n >> 1)] = p[n >> 1];
        o[n] = p[n - 1];
    }
    o[n + 1] = '"';
    return o + n + 2;
}

JW_INLINE int jw_bytes(jsonw *w, const char *key, const char *p, size_t n)
{
    jw_key(w, key);
    /* Most strings of a record are short and plain ASCII (a name, a final,
     * a short answer): two word tests and two stores each, no call. */
    char *end;
    if (!w->script && w->len + 18 <= w->cap && (end = jw__put_short(w->buf + w->len, p, n))) {
        w->len = (size_t)(end - w->buf);
        return 0;
    }
    return jw__escape(w, p ? p : "", p ? n : 0, 0);
}

/* A trusted ASCII literal (enum names): no escaping needed. Names are
 * short: one room check and a copy up to the NUL, not a strlen call, a
 * memcpy call and three room checks (a record writes three to six); a name
 * longer than 32 bytes is written again the long way. */
static inline void jw_lit(jsonw *w, const char *key, const char *s)
{
    jw_key(w, key);
    if (w->len + 34 <= w->cap) {
        char *o = w->buf + w->len;
        size_t i = 0;
        *o++ = '"';
        for (; i < 32 && s[i]; i++)
            o[i] = s[i];
        if (!s[i]) {
            o[i] = '"';
            w->len += i + 2;
            return;
        }
    }
    jw__raw(w, "\"", 1);
    jw__raw(w, s, strlen(s));
    jw__raw(w, "\"", 1);
}

/* jw_lit for a name out of a static table (an enum's name, never a buffer
 * that changes): its length is remembered by its address, and the name is
 * copied in one piece. A JSON Lines record writes three to six of them, the
 * same few names again and again, and the byte loop of jw_lit was a tenth
 * of `parse`'s JSON. */
JW_INLINE void jw_name(jsonw *w, const char *key, const char *s)
{
    size_t slot = ((uintptr_t)s >> 3 ^ (uintptr_t)s >> 7) & 15, n;
    if (w->name_p[slot] == s) {
        n = w->name_n[slot];
    } else {
        n = strlen(s);
        if (n > 64) {
            jw_lit(w, key, s);
            return;
        }
        w->name_p[slot] = s;
        w->name_n[slot] = (unsigned char)n;
    }
    jw_key(w, key);
    if (w->len + n + 2 > w->cap) {
        jw__need(w, n + 2);
        if (w->len + n + 2 > w->cap)
            return;
    }
    char *o = w->buf + w->len;
    o[0] = '"';
    memcpy(o + 1, s, n);
    o[n + 1] = '"';
    w->len += n + 2;
}

/* jw_arr_begin inline, for a hot writer's literal keys (no strlen) */
JW_INLINE void jw_arr_open(jsonw *w, const char *key)
{
    jw_key(w, key);
    jw__raw(w, "[", 1);
    w->first = 1;
    w->depth++;
}

JW_INLINE void jw_bool(jsonw *w, const char *key, int v)
{
    jw_key(w, key);
    jw__raw(w, v ? "true" : "false", v ? 4 : 5);
}

JW_INLINE void jw_null(jsonw *w, const char *key)
{
    jw_key(w, key);
    jw__raw(w, "null", 4);
}

#endif
