/* escape.c - see escape.h. */
#include "escape.h"

const unsigned char esc_policy[ESC_NCTX][ESC_NCLASS] = {
    /*              PRINT     SPACE      CTRL     TEXT      HIDDEN   BAD */
    [ESC_CTX_TEXT] = {ESC_KEEP, ESC_SHORT, ESC_HEX, ESC_KEEP, ESC_HEX, ESC_HEX},
    [ESC_CTX_JSON] = {ESC_KEEP, ESC_SHORT, ESC_UNI, ESC_KEEP, ESC_UNI, ESC_REPR},
    [ESC_CTX_XML] = {ESC_KEEP, ESC_SHORT, ESC_HEX, ESC_KEEP, ESC_HEX, ESC_HEX},
    [ESC_CTX_HTML] = {ESC_KEEP, ESC_SHORT, ESC_HEX, ESC_KEEP, ESC_HEX, ESC_HEX},
};

/* One printable ASCII character in its context's syntax. */
static void put_print(FILE *f, esc_ctx ctx, int flags, unsigned char c)
{
    const char *s = NULL;
    switch (ctx) {
    case ESC_CTX_TEXT:
        if (c == '\\' && !(flags & ESC_F_ESCAPED))
            s = "\\\\";
        break;
    case ESC_CTX_XML:
        s = c == '&'                          ? "&amp;"
            : c == '<'                        ? "&lt;"
            : c == '>'                        ? "&gt;"
            : c == '"' && (flags & ESC_F_ATTR)  ? "&quot;"
            : c == '\'' && (flags & ESC_F_ATTR) ? "&apos;"
                                              : NULL;
        break;
    case ESC_CTX_HTML:
        s = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;"
            : c == '"' ? "&quot;" : c == '\'' ? "&#39;" : NULL;
        break;
    default:
        break;
    }
    if (s)
        fputs(s, f);
    else
        fputc(c, f);
}

/* \t \n \r in the context's form. */
static void put_space(FILE *f, esc_ctx ctx, int flags, unsigned char c)
{
    char name = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
    if (ctx == ESC_CTX_XML) {
        if (c == '\r' || (flags & ESC_F_ATTR))
            fputs(c == '\t' ? "&#9;" : c == '\n' ? "&#10;" : "&#13;", f);
        else
            fputc(c, f);
        return;
    }
    fputc('\\', f);
    fputc(name, f);
}

void esc_put(FILE *f, esc_ctx ctx, int flags, const char *s, size_t n, size_t max)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t shown = 0;
    for (size_t i = 0; i < n;) {
        if (max && shown >= max) {
            fputs("\xe2\x80\xa6", f);
            break;
        }
        esc_class cls;
        uint32_t cp;
        size_t k = esc_unit(p + i, n - i, &cls, &cp);
        switch (esc_policy[ctx][cls]) {
        case ESC_KEEP:
            if (cls == ESC_PRINT)
                put_print(f, ctx, flags, p[i]);
            else
                fwrite(p + i, 1, k, f);
            shown++;
            break;
        case ESC_SHORT:
            put_space(f, ctx, flags, p[i]);
            shown++;
            break;
        default:            /* every byte as the text \xHH, one unit each */
            for (size_t j = 0; j < k; j++)
                fprintf(f, "\\x%02x", p[i + j]);
            shown += k;
            break;
        }
        i += k;
    }
}
