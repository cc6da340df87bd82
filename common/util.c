/* util.c - errors, bounded buffers, text checks, enum names, whole files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"

int ats_err(ats_error *err, int code, const char *file, uint64_t line, uint64_t col,
            const char *fmt, ...)
{
    if (!err)
        return code;
    err->code = code;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    err->column = col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return code;
}

void ats_buf_init(ats_buf *b, size_t max)
{
    b->ptr = NULL;
    b->len = b->cap = 0;
    b->max = max;
}

size_t ats_buf_append(ats_buf *b, const void *p, size_t n)
{
    size_t room = b->max - b->len;
    size_t take = n < room ? n : room;
    if (take == 0)
        return n;
    if (b->len + take > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + take)
            cap *= 2;
        if (cap > b->max)
            cap = b->max;
        char *q = realloc(b->ptr, cap);
        if (!q)
            return (size_t)-1;
        b->ptr = q;
        b->cap = cap;
    }
    memcpy(b->ptr + b->len, p, take);
    b->len += take;
    return n - take;
}

void ats_buf_free(ats_buf *b)
{
    free(b->ptr);
    b->ptr = NULL;
    b->len = b->cap = 0;
}

/* Strict UTF-8 (no overlongs, no surrogates, <= U+10FFFF). */
int ats_is_utf8(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t k;
        uint32_t cp;
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
        if (n - i <= k)
            return 0;
        for (size_t j = 1; j <= k; j++) {
            if ((s[i + j] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (s[i + j] & 0x3F);
        }
        if ((k == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return 0;
        i += k + 1;
    }
    return 1;
}

int ats_has_control(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((s[i] < 0x20 && s[i] != '\t') || s[i] == 0x7F)
            return 1;
    return 0;
}

int ats_ascii_casecmp(const char *a, size_t an, const char *b, size_t bn)
{
    if (an != bn)
        return 1;
    for (size_t i = 0; i < an; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'a' && x <= 'z')
            x -= 32;
        if (y >= 'a' && y <= 'z')
            y -= 32;
        if (x != y)
            return 1;
    }
    return 0;
}

const char *ats_cmd_type_name(ats_cmd_type t)
{
    static const char *const n[] = {"execute", "set", "read", "test"};
    return (unsigned)t < 4 ? n[t] : "?";
}

const char *ats_final_kind_name(ats_final_kind k)
{
    static const char *const n[] = {"none",       "ok",        "connect",   "error",
                                    "cme-error",  "cms-error", "no-carrier", "busy",
                                    "no-answer",  "no-dialtone", "ok",       "error"};
    return (unsigned)k < sizeof n / sizeof n[0] ? n[k] : "?";
}

const char *ats_txn_status_name(ats_txn_status s)
{
    static const char *const n[] = {"complete", "no-final", "unfinished", "host-timeout"};
    return (unsigned)s < sizeof n / sizeof *n ? n[s] : "?";
}

const char *ats_completion_name(ats_completion c)
{
    static const char *const n[] = {"none", "success", "failure", "missing", "pending"};
    return (unsigned)c < 5 ? n[c] : "?";
}

const char *ats_payload_end_name(ats_payload_end e)
{
    static const char *const n[] = {"none", "length", "ctrl-z", "esc", "cut", "quote", "mark"};
    return (unsigned)e < 7 ? n[e] : "?";
}

const char *ats_record_kind_name(ats_record_kind k)
{
    static const char *const n[] = {"transaction", "urc",         "data",    "annotation",
                                    "unparsed",    "retry_chain", "host-log"};
    return (unsigned)k < sizeof n / sizeof n[0] ? n[k] : "?";
}

const char *ats_strerror(int code)
{
    switch (code) {
    case ATS_OK: return "ok";
    case ATS_EINVAL: return "invalid input";
    case ATS_ENOMEM: return "out of memory";
    case ATS_EIO: return "input/output error";
    case ATS_ELIMIT: return "limit reached";
    case ATS_EUSER: return "stopped by callback";
    case ATS_EPROFILE: return "invalid profile";
    default: return "unknown error";
    }
}

int ats_read_all(FILE *f, size_t max, char **buf, size_t *len)
{
    char *b = NULL;
    size_t n = 0, cap = 0;
    *buf = NULL;
    *len = 0;
    for (;;) {
        if (n == cap) {
            if (cap >= max) {
                free(b);
                return ATS_ELIMIT;
            }
            cap = cap ? cap * 2 : 4096;
            if (cap > max)
                cap = max;
            char *q = realloc(b, cap);
            if (!q) {
                free(b);
                return ATS_ENOMEM;
            }
            b = q;
        }
        size_t got = fread(b + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        free(b);
        return ATS_EIO;
    }
    *buf = b;
    *len = n;
    return 0;
}
