/* fmt_json.c - a JSON Lines export as a wrapper layer: one JSON object per
 * line (journalctl -o json, a log shipper's or jq -c dump), the log line in
 * one of its fields. Parsed with Jansson, as every JSON atscope reads. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include "fmt_json.h"

/* A field's text: a string as it is, or journald's array of byte values (a
 * MESSAGE that is not valid UTF-8 or holds control bytes). -1 when absent
 * or of another type; else its whole length, of which at most cap bytes are
 * kept (a writer's name longer than its room is then no name: one cut to
 * the room would be taken for another writer's with the same start). */
static long field_text(json_t *v, char *out, size_t cap)
{
    if (json_is_string(v)) {
        size_t n = json_string_length(v);
        memcpy(out, json_string_value(v), n < cap ? n : cap);
        return (long)n;
    }
    if (!json_is_array(v))
        return -1;
    size_t i, n = 0;
    json_t *x;
    json_array_foreach(v, i, x)
    {
        if (!json_is_integer(x) || json_integer_value(x) < 0 || json_integer_value(x) > 255)
            return -1;
        if (n < cap)
            out[n++] = (char)json_integer_value(x);
    }
    return (long)n;
}

int ats_fd_json_line(const fd_def *d, const char *p, size_t n, char *out, size_t cap,
                     size_t *outn, char *src, size_t *nsrc, int64_t *us)
{
    if (!n || p[0] != '{')
        return 0;
    json_t *root = json_loadb(p, n, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
    if (!json_is_object(root)) {
        json_decref(root);
        return 0;
    }
    /* a structured logger's line with the bytes in a field of their own
     * ({"msg":"rx","data":"\r\nOK\r\n"}): the message field is a word, not
     * the log line; the definitions read the object whole */
    for (size_t i = 0; i < d->njson_unless; i++)
        if (json_is_string(json_object_get(root, d->json_unless[i]))) {
            json_decref(root);
            return 0;
        }
    long got = -1;
    for (size_t i = 0; got < 0 && i < d->njson_body; i++)
        got = field_text(json_object_get(root, d->json_body[i]), out, cap);
    if (got < 0) {
        json_decref(root);
        return 0;
    }
    if ((size_t)got > cap)
        got = (long)cap;         /* a source line's field: never longer than the line */
    /* the line without its line end: a message the writer ended with one */
    while (got && (out[got - 1] == '\n' || out[got - 1] == '\r'))
        got--;
    *outn = (size_t)got;
    if (src && nsrc) {
        long s = d->json_src ? field_text(json_object_get(root, d->json_src), src, FD_SRC_MAX) : -1;
        *nsrc = s > 0 && s <= FD_SRC_MAX ? (size_t)s : 0;
    }
    if (us) {
        *us = -1;
        json_t *t = d->json_time_us ? json_object_get(root, d->json_time_us) : NULL;
        if (json_is_integer(t))
            *us = json_integer_value(t);
        else if (json_is_string(t) && json_string_length(t) && json_string_length(t) < 19) {
            const char *q = json_string_value(t);
            int64_t v = 0;
            for (; *q >= '0' && *q <= '9'; q++)
                v = v * 10 + (*q - '0');
            if (!*q)
                *us = v;
        }
    }
    json_decref(root);
    return 1;
}
