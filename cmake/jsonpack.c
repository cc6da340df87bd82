/* jsonpack.c - the build step that embeds a built-in JSON file (a profile,
 * a format definition) in the library: its text as NAME[] / NAME_len, and
 * the same document packed as NAME_packed[] / NAME_packed_len, which
 * ats_jl_unpack() (common/jsonload.c) turns into Jansson values about six
 * times cheaper than json_loadb() parses the text (a run's start-up parsed
 * 535 KB of built-in JSON: 88M of the 184M instructions a two-line check
 * cost). The text stays for the messages that point into a built-in.
 *
 * Usage: jsonpack IN.json OUT.c NAME
 *
 * Packed form, one value: 'o' count {keylen key NUL value}...,
 * 'a' count value..., 's' len bytes, 'i' zigzag integer, 'r' 8 bytes of
 * the double (little-endian), 't', 'f', 'n'; counts and lengths are LEB128.
 * Members keep their order: Jansson keeps an object's insertion order. */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct buf {
    unsigned char *p;
    size_t n, cap;
} buf;

static void put(buf *b, const void *s, size_t n)
{
    if (b->n + n > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 4096;
        while (nc < b->n + n)
            nc *= 2;
        unsigned char *np = realloc(b->p, nc);
        if (!np) {
            fprintf(stderr, "jsonpack: out of memory\n");
            exit(1);
        }
        b->p = np;
        b->cap = nc;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
}

static void put_byte(buf *b, unsigned char c) { put(b, &c, 1); }

static void put_uv(buf *b, uint64_t v)
{
    do {
        unsigned char c = v & 0x7f;
        v >>= 7;
        put_byte(b, (unsigned char)(c | (v ? 0x80 : 0)));
    } while (v);
}

static void pack(buf *b, json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: {
        const char *k;
        json_t *m;
        put_byte(b, 'o');
        put_uv(b, json_object_size(v));
        json_object_foreach(v, k, m) {
            size_t kl = strlen(k);
            put_uv(b, kl);
            put(b, k, kl + 1);
            pack(b, m);
        }
        break;
    }
    case JSON_ARRAY: {
        size_t i;
        json_t *m;
        put_byte(b, 'a');
        put_uv(b, json_array_size(v));
        json_array_foreach(v, i, m) pack(b, m);
        break;
    }
    case JSON_STRING:
        put_byte(b, 's');
        put_uv(b, json_string_length(v));
        put(b, json_string_value(v), json_string_length(v));
        break;
    case JSON_INTEGER: {
        int64_t x = (int64_t)json_integer_value(v);
        put_byte(b, 'i');
        put_uv(b, ((uint64_t)x << 1) ^ (uint64_t)(x >> 63));
        break;
    }
    case JSON_REAL: {
        double d = json_real_value(v);
        uint64_t u;
        unsigned char le[8];
        memcpy(&u, &d, 8);
        for (int i = 0; i < 8; i++)
            le[i] = (unsigned char)(u >> (8 * i));
        put_byte(b, 'r');
        put(b, le, 8);
        break;
    }
    case JSON_TRUE:
        put_byte(b, 't');
        break;
    case JSON_FALSE:
        put_byte(b, 'f');
        break;
    default:
        put_byte(b, 'n');
        break;
    }
}

static void array(FILE *out, const char *name, const unsigned char *p, size_t n, int nul)
{
    fprintf(out, "const %s %s[] = {\n", nul ? "char" : "unsigned char", name);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "0x%02x,%s", p[i], i % 16 == 15 ? "\n" : "");
    fprintf(out, "%s};\nconst size_t %s_len = %zu;\n", nul ? "0x00" : "", name, n);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: jsonpack IN.json OUT.c NAME\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "rb");
    buf text = {0}, packed = {0};
    char chunk[65536];
    size_t k;
    if (!in) {
        perror(argv[1]);
        return 1;
    }
    while ((k = fread(chunk, 1, sizeof chunk, in)) > 0)
        put(&text, chunk, k);
    fclose(in);
    /* the flags the library loads its JSON with */
    json_error_t je;
    json_t *root = json_loadb((const char *)text.p, text.n, JSON_REJECT_DUPLICATES, &je);
    if (!root) {
        fprintf(stderr, "%s:%d:%d: %s\n", argv[1], je.line, je.column, je.text);
        return 1;
    }
    pack(&packed, root);
    json_decref(root);
    FILE *out = fopen(argv[2], "w");
    if (!out) {
        perror(argv[2]);
        return 1;
    }
    char pname[300];
    snprintf(pname, sizeof pname, "%s_packed", argv[3]);
    fprintf(out, "/* generated from %s by cmake/jsonpack.c; do not edit */\n#include <stddef.h>\n",
            argv[1]);
    array(out, argv[3], text.p, text.n, 1);
    array(out, pname, packed.p, packed.n, 0);
    free(text.p);
    free(packed.p);
    if (fclose(out) != 0) {
        perror(argv[2]);
        return 1;
    }
    return 0;
}
