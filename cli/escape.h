/* escape.h - one policy for capture bytes in every output. Capture bytes are
 * hostile: a report must never let them move the cursor, recolour a terminal,
 * reorder what a reviewer reads (bidi overrides, "Trojan Source"), end a
 * string early or be invalid where it lands. Every writer asks esc_unit() (the
 * one UTF-8 validator) what the next bytes are, and esc_policy[] what its
 * context does with that class:
 *
 *   class                                text   JSON       XML    HTML
 *   printable ASCII                      keep   keep       keep   keep
 *   \t \n \r                             \t..   \t..       keep*  \t..
 *   other C0 controls, DEL               \xHH   \u00HH     \xHH   \xHH
 *   valid UTF-8 a reader sees            keep   keep       keep   keep
 *   hidden: C1 controls, bidi            \xHH   \uHHHH     \xHH   \xHH
 *     embeddings, overrides and isolates
 *     (U+202A-202E, U+2066-2069), U+2028/9,
 *     BOM, U+FFFE/FFFF
 *   bytes that are not UTF-8             \xHH   \\xHH +    \xHH   \xHH
 *                                               flag (repr)
 *
 * "\xHH" is text: a backslash, x and two hex digits per byte, so what was
 * there stays readable and exact. JSON is data, so it keeps every valid code
 * point exact, escaped as \uHHHH where it would be hidden; a string with bytes
 * that are not UTF-8 is written as text with \xHH and its backslashes doubled,
 * and the writer flags it (docs/records.md). (*) XML keeps \t and \n in text,
 * writes them as character references in attributes, and \r always so.
 * Each context also escapes its own syntax (quotes, <, &, backslash): that is
 * the writer's, not capture policy. The HTML report's data for its script is
 * HTML-column text written as JSON strings (jsonw's script mode). */
#ifndef ATS_ESCAPE_H
#define ATS_ESCAPE_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef enum esc_class {
    ESC_PRINT,   /* 0x20-0x7E */
    ESC_SPACE,   /* \t \n \r */
    ESC_CTRL,    /* the other C0 controls and DEL */
    ESC_TEXT,    /* a valid UTF-8 sequence a reader sees */
    ESC_HIDDEN,  /* a valid UTF-8 sequence that hides or reorders text */
    ESC_BAD,     /* one byte that is not part of valid UTF-8 */
    ESC_NCLASS
} esc_class;

typedef enum esc_ctx { ESC_CTX_TEXT, ESC_CTX_JSON, ESC_CTX_XML, ESC_CTX_HTML, ESC_NCTX } esc_ctx;

typedef enum esc_action {
    ESC_KEEP,    /* the bytes as they are */
    ESC_SHORT,   /* \t \n \r (the context's own form for XML) */
    ESC_HEX,     /* the text \xHH for each byte */
    ESC_UNI,     /* the JSON escape \uHHHH of the code point */
    ESC_REPR     /* JSON: the whole string as text, \xHH and '\' doubled, flagged */
} esc_action;

/* What each context does with each class: the table above, as data. */
extern const unsigned char esc_policy[ESC_NCTX][ESC_NCLASS];

/* The hidden code points (see the table). */
static inline int esc_hidden(uint32_t cp)
{
    return (cp >= 0x80 && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF ||
           cp == 0xFFFE || cp == 0xFFFF;
}

/* The one UTF-8 validator (strict: no overlong forms, no surrogates, nothing
 * above U+10FFFF): the length of the unit at p (1..4; n > 0), its class and
 * its code point (the byte itself for ESC_BAD). */
static inline size_t esc_unit(const unsigned char *p, size_t n, esc_class *cls, uint32_t *cp)
{
    unsigned char c = p[0];
    *cp = c;
    if (c < 0x80) {
        *cls = c >= 0x20 && c < 0x7F                ? ESC_PRINT
               : c == '\t' || c == '\n' || c == '\r' ? ESC_SPACE
                                                     : ESC_CTRL;
        return 1;
    }
    size_t k;
    uint32_t v;
    if (c >= 0xC2 && c <= 0xDF) {
        k = 1;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        k = 2;
        v = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        k = 3;
        v = c & 0x07;
    } else {
        *cls = ESC_BAD;
        return 1;
    }
    if (n <= k) {
        *cls = ESC_BAD;
        return 1;
    }
    for (size_t j = 1; j <= k; j++) {
        if ((p[j] & 0xC0) != 0x80) {
            *cls = ESC_BAD;
            return 1;
        }
        v = (v << 6) | (p[j] & 0x3F);
    }
    if ((k == 2 && (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))) ||
        (k == 3 && (v < 0x10000 || v > 0x10FFFF))) {
        *cls = ESC_BAD;
        return 1;
    }
    *cp = v;
    *cls = esc_hidden(v) ? ESC_HIDDEN : ESC_TEXT;
    return k + 1;
}

/* How a FILE writer takes its context's syntax. */
enum {
    ESC_F_ESCAPED = 1,  /* text escaped already (the rules' messages): '\' kept as it is */
    ESC_F_ATTR = 2      /* XML: an attribute value */
};

/* Writes p[0..n) for a person in context ctx (text, XML or HTML; JSON is
 * jsonw.h's): at most max units (0: no limit), then "…" if cut. */
void esc_put(FILE *f, esc_ctx ctx, int flags, const char *p, size_t n, size_t max);

/* Capture bytes for a terminal. */
static inline void tx_put(FILE *f, const char *p, size_t n, size_t max)
{
    esc_put(f, ESC_CTX_TEXT, 0, p, n, max);
}
/* The same for text escaped already (the rules' messages show capture bytes
 * as \xHH): its backslashes are left as they are, so nothing is escaped twice;
 * a control byte that got through is still escaped. */
static inline void tx_put_escaped(FILE *f, const char *p, size_t n, size_t max)
{
    esc_put(f, ESC_CTX_TEXT, ESC_F_ESCAPED, p, n, max);
}
#endif
