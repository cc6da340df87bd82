/* text_escape.c - see text_escape.h. */
#include "text_escape.h"

static size_t seq_len(const unsigned char *p, size_t n)
{
    unsigned char c = p[0];
    size_t k;
    unsigned cp;
    if (c >= 0xC2 && c <= 0xDF) {
        k = 1;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        k = 2;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        k = 3;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (n <= k)
        return 0;
    for (size_t j = 1; j <= k; j++) {
        if ((p[j] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[j] & 0x3F);
    }
    if ((k == 1 && cp < 0xA0) ||                       /* C1 controls: CSI is 0x9B */
        (k == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (k == 2 && ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))) ||
        (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;                                      /* bidi overrides hide text too */
    return k + 1;
}

static void put(FILE *f, const char *s, size_t n, size_t max, int escaped)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t shown = 0;
    for (size_t i = 0; i < n;) {
        if (max && shown >= max) {
            fputs("\xe2\x80\xa6", f);
            return;
        }
        unsigned char c = p[i];
        if (c >= 0x20 && c < 0x7F) {
            if (c == '\\' && !escaped)
                fputs("\\\\", f);
            else
                fputc(c, f);
            i++;
        } else if (c == '\r') {
            fputs("\\r", f);
            i++;
        } else if (c == '\n') {
            fputs("\\n", f);
            i++;
        } else if (c == '\t') {
            fputs("\\t", f);
            i++;
        } else {
            size_t k = c >= 0x80 ? seq_len(p + i, n - i) : 0;
            if (k) {
                fwrite(p + i, 1, k, f);
                i += k;
            } else {
                fprintf(f, "\\x%02x", c);
                i++;
            }
        }
        shown++;
    }
}

void tx_put(FILE *f, const char *s, size_t n, size_t max) { put(f, s, n, max, 0); }

void tx_put_escaped(FILE *f, const char *s, size_t n, size_t max) { put(f, s, n, max, 1); }
