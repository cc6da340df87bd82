/* jsonpos.c - see jsonpos.h. */
#include <stdlib.h>
#include <string.h>
#include "jsonpos.h"
#include "cli.h"

static int push(jsonpos *jp, size_t *cap, size_t at)
{
    if (jp->n == *cap) {
        size_t c = *cap ? *cap * 2 : 256;
        size_t *q = realloc(jp->off, c * sizeof *q);
        if (!q)
            return -1;
        jp->off = q;
        *cap = c;
    }
    jp->off[jp->n++] = at;
    return 0;
}

int jsonpos_scan(jsonpos *jp, const char *src, size_t len)
{
    memset(jp, 0, sizeof jp[0]);
    jp->src = src;
    jp->len = len;
    size_t cap = 0, depth = 0, dcap = 64;
    /* per open container: '{' expecting a key, ':' expecting its value, '[' */
    char *st = malloc(dcap);
    if (!st)
        return -1;
    for (size_t i = 0; i < len;) {
        char c = src[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',') {
            if (c == ',' && depth && st[depth - 1] == ':')
                st[depth - 1] = '{';
            i++;
            continue;
        }
        if (c == ':') {
            st[depth - 1] = ':';
            i++;
            continue;
        }
        if (c == '}' || c == ']') {
            depth--;
            i++;
            continue;
        }
        int is_key = c == '"' && depth && st[depth - 1] == '{';
        if (!is_key && push(jp, &cap, i) < 0)
            goto oom;
        if (c == '{' || c == '[') {
            if (depth == dcap) {
                char *q = realloc(st, dcap * 2);
                if (!q)
                    goto oom;
                st = q;
                dcap *= 2;
            }
            st[depth++] = c;
            i++;
        } else if (c == '"') {
            for (i++; i < len && src[i] != '"'; i++)
                if (src[i] == '\\')
                    i++;
            i++;
        } else {
            while (i < len && !strchr(" \t\r\n,]}", src[i]))
                i++;
        }
    }
    free(st);
    return 0;
oom:
    free(st);
    jsonpos_free(jp);
    return -1;
}

void jsonpos_free(jsonpos *jp)
{
    free(jp->off);
    jp->off = NULL;
    jp->n = 0;
}

/* Values in v's subtree, v included. */
static size_t count(const json_t *v)
{
    size_t n = 1;
    const char *k;
    json_t *x;
    size_t i;
    if (json_is_object(v))
        json_object_foreach((json_t *)v, k, x) n += count(x);
    else if (json_is_array(v))
        json_array_foreach(v, i, x) n += count(x);
    return n;
}

/* v's index in document order, counting from *at; 1 when found. */
static int index_of(const json_t *v, const json_t *target, size_t *at)
{
    if (v == target)
        return 1;
    ++*at;
    const char *k;
    json_t *x;
    size_t i;
    if (json_is_object(v)) {
        json_object_foreach((json_t *)v, k, x) if (index_of(x, target, at)) return 1;
    } else if (json_is_array(v)) {
        json_array_foreach(v, i, x) if (index_of(x, target, at)) return 1;
    }
    return 0;
}

void jsonpos_find(const jsonpos *jp, const json_t *root, const json_t *parent, const char *key,
                  size_t idx, unsigned *line, unsigned *col)
{
    *line = *col = 0;
    size_t at = 0;
    if (!index_of(root, parent, &at))
        return;
    if (key || idx != (size_t)-1) {
        /* the member: past the parent and every sibling before it */
        at++;
        const char *k;
        json_t *x;
        size_t i;
        int found = 0;
        if (key && json_is_object(parent)) {
            json_object_foreach((json_t *)parent, k, x)
            {
                if (!strcmp(k, key)) {
                    found = 1;
                    break;
                }
                at += count(x);
            }
        } else if (!key && json_is_array(parent)) {
            json_array_foreach(parent, i, x)
            {
                if (i == idx) {
                    found = 1;
                    break;
                }
                at += count(x);
            }
        }
        if (!found)
            return;
    }
    if (at >= jp->n)
        return;
    unsigned ln = 1, c = 1;
    for (size_t i = 0; i < jp->off[at] && i < jp->len; i++) {
        if (jp->src[i] == '\n') {
            ln++;
            c = 1;
        } else {
            c++;
        }
    }
    *line = ln;
    *col = c;
}

int jsonpos_error(const jsonpos *jp, const json_t *root, const char *file, const char *prefix,
                  const json_t *parent, const char *key, size_t idx, const char *what)
{
    unsigned ln, col;
    jsonpos_find(jp, root, parent, key, idx, &ln, &col);
    cli_error("%s:%u:%u: %s%s", file, ln, col, prefix, what);
    return -1;
}
