/* formatdef_fuzzer.c - the format-definition loader and the trace reader
 * that runs what it loads: the input is a definition (JSON); when it loads,
 * a short text made of the lines its own samples name and of a few common
 * trace shapes is read through it, forced, byte by byte and whole. A load
 * failure must name its code and say why; a loaded definition must never
 * crash or hang its reader. The set starts empty (an internal call), so an
 * execution costs one definition's compile, not the built-ins'. */
#include <stdio.h>
#include <jansson.h>
#include "fmtdef.h"
#include "fuzz_common.h"

static volatile unsigned long g_sink;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

static int on_chunk(void *user, const ats_chunk *c)
{
    unsigned long *s = user;
    *s += c->len + (unsigned)c->dir + (unsigned)c->kind + (unsigned long)c->line;
    if (c->len && !c->bytes)
        abort();
    return 0;
}

static unsigned long read_text(const ats_formatset *fs, const char *name, const char *t,
                               size_t n, size_t step)
{
    ats_input_opts o;
    memset(&o, 0, sizeof o);
    o.formats = fs;
    o.format = name;
    unsigned long sink = 0;
    ats_input *in = NULL;
    ats_error e;
    memset(&e, 0, sizeof e);
    if (ats_input_new(&in, &o, on_chunk, &sink, &e) < 0)
        abort();              /* the name was loaded a moment ago */
    for (size_t i = 0; i < n; i += step) {
        size_t k = n - i < step ? n - i : step;
        char *copy = fz_copy(t + i, k);
        int rc = ats_input_feed(in, copy, k, &e);
        free(copy);
        if (rc < 0)
            break;
    }
    ats_input_finish(in, &e);
    sink += strlen(ats_input_layers(in)) + strlen(ats_input_reason(in));
    ats_input_free(in);
    return sink;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *json = fz_copy(data, size);
    ats_formatset *fs = NULL;
    ats_error e;
    memset(&e, 0, sizeof e);
    if (ats_fd_set_new(&fs, 0, &e) < 0)
        abort();
    int rc = ats_formatset_add_buffer(fs, json, size, "fuzz.json", &e);
    if (rc < 0 && (e.code != rc || e.msg[0] == 0 || strnlen(e.msg, sizeof e.msg) == sizeof e.msg))
        abort();
    if (rc == 0 && ats_formatset_count(fs) == 1) {
        int wrapper = 0;
        const ats_format_info *fi = ats_formatset_at(fs, 0, &wrapper);
        /* the lines the definition itself names, then common shapes */
        char text[8192];
        size_t n = 0;
        json_t *root = json_loadb(json, size, 0, NULL), *smp = json_object_get(root, "samples");
        size_t i;
        json_t *v;
        json_array_foreach(smp, i, v)
        {
            const char *l = json_string_value(json_object_get(v, "line"));
            if (l && n + strlen(l) + 2 < sizeof text)
                n += (size_t)snprintf(text + n, sizeof text - n, "%s\r\n", l);
        }
        json_decref(root);
        static const char more[] =
            "AT+CSQ\r\n+CSQ: 20,99\r\n\r\nOK\r\n> \r\n[00001ms][INFO][CELL]: AT TX ( 1): <cr>\n"
            "    41 54 0d |AT.\n]\r\n\x1b[0m\n";
        if (n + sizeof more < sizeof text) {
            memcpy(text + n, more, sizeof more - 1);
            n += sizeof more - 1;
        }
        if (!wrapper) {
            unsigned long a = read_text(fs, fi->name, text, n, n ? n : 1);
            unsigned long b = read_text(fs, fi->name, text, n, 1);
            /* the chunks carry the same bytes whole or byte by byte */
            if (a != b)
                abort();
            g_sink += a;
        } else {
            ats_input_opts o;
            memset(&o, 0, sizeof o);
            o.formats = fs;
            unsigned long sink = 0;
            ats_input *in = NULL;
            if (ats_input_new(&in, &o, on_chunk, &sink, &e) == 0) {
                ats_input_feed(in, text, n, &e);
                ats_input_finish(in, &e);
                ats_input_free(in);
            }
            g_sink += sink;
        }
    }
    ats_formatset_free(fs);
    free(json);
    return 0;
}
