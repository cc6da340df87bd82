/* jsonpack.c - the build step that embeds a built-in JSON file (a profile,
 * a format definition) in the library: its text as NAME[] / NAME_len, and
 * the same document packed as NAME_packed[] / NAME_packed_len, which
 * ats_jl_unpack() (common/jsonload.c) turns into Jansson values about six
 * times cheaper than json_loadb() parses the text (a run's start-up parsed
 * 535 KB of built-in JSON: 88M of the 184M instructions a two-line check
 * cost). The text stays for the messages that point into a built-in.
 *
 * Usage: jsonpack IN.json OUT.c NAME [KEY]
 *        jsonpack --patterns OUT.c FILE.json...
 *
 * KEY: a member of the root left out of the packed values (a definition's
 * "samples", 40 % of its values, read only when a file is loaded as a
 * user's: tests/cli/formats.sh loads the built-ins' files so).
 *
 * The second form compiles the patterns the files hold (the string values
 * of the keys in pattern_keys, and the "(?<payload>)" form fmt_load.c
 * compiles of one ending "(?<payload>.*)$") with the options ats_re_code()
 * uses, and writes each serialized (pcre2_serialize_encode) into a table
 * sorted by pattern: ats_re_code() decodes one instead of compiling it,
 * which a run did for ~650 patterns (30M of a small run's 79M
 * instructions). The bytes every serialization starts with (the header and
 * PCRE2's character tables) are written once. A pattern the table lacks, or
 * a PCRE2 that refuses the bytes (another version), is compiled as before.
 * Beside each, what ats_fd_need() (fmt_need.c, built into this tool) finds
 * of it: a definition's pattern asked that at load too (5M instructions).
 *
 * Packed form, one value: 'o' count {keylen key NUL value}...,
 * 'a' count value..., 's' len bytes, 'i' zigzag integer, 'r' 8 bytes of
 * the double (little-endian), 't', 'f', 'n'; counts and lengths are LEB128.
 * Members keep their order: Jansson keeps an object's insertion order. */
#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <jansson.h>
#include <pcre2.h>
#include "fmtdef.h"
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
    fprintf(out, "const %s %s[] = {\n%s", nul ? "char" : "unsigned char", name,
            !nul && !n ? "0x00" : "");
    for (size_t i = 0; i < n; i++)
        fprintf(out, "0x%02x,%s", p[i], i % 16 == 15 ? "\n" : "");
    fprintf(out, "%s};\nconst size_t %s_len = %zu;\n", nul ? "0x00" : "", name, n);
}

/* the keys whose string values are patterns (in formats/ and rules/): a key
 * missing here only leaves its patterns compiled at load */
static const char *const pattern_keys[] = {
    "match", "pattern", "lines", "args", "boot", "model", "host", "excludes", "manufacturer",
    "ip_response", "link_drop", "remove", "drop", "strip", "response", "line_breaks",
    "revision", "stop", "end", "after", "cut", "multi_mode_answer", "sim_ready",
    "single_mode_answer", "not_final", "unsupported", "registration_response", "text",
    "sim_fault", "continued", "network_fault", "sim_wait", "already", "answer", "flow_off",
    "prefix", "flow_on", "free_sockets", "registration_urc", "glue", "closed_socket",
    "rx_format", "time_line", "wrong_password", "host_restart", "list_open", "list_item", "marker", "refuted_by", NULL};

typedef struct pats {
    char **s;
    size_t n, cap;
} pats;

static void add_pat(pats *P, const char *s)
{
    if (P->n == P->cap) {
        P->cap = P->cap ? P->cap * 2 : 1024;
        P->s = realloc(P->s, P->cap * sizeof *P->s);
    }
    if (!P->s || !(P->s[P->n++] = strdup(s))) {
        fprintf(stderr, "jsonpack: out of memory\n");
        exit(1);
    }
}

#define REST_TAIL "(?<payload>.*)$"

/* as fmt_load.c rest_tail(): compiled there as "...(?<payload>)" */
static void add_rest_tail(pats *P, const char *s)
{
    size_t sl = strlen(s), tl = sizeof REST_TAIL - 1, bs = 0;
    if (sl <= tl || memcmp(s + sl - tl, REST_TAIL, tl) != 0 || strncmp(s, "(*", 2) == 0)
        return;
    while (bs < sl - tl && s[sl - tl - 1 - bs] == '\\')
        bs++;
    if (bs % 2)
        return;
    char *t = malloc(sl + 1);
    if (!t)
        exit(1);
    memcpy(t, s, sl - tl);
    strcpy(t + sl - tl, "(?<payload>)");
    add_pat(P, t);
    free(t);
}

static void walk(pats *P, json_t *v, int is_pattern)
{
    const char *k;
    json_t *m;
    size_t i;
    if (json_is_object(v)) {
        json_object_foreach(v, k, m) {
            int p = 0;
            for (size_t j = 0; pattern_keys[j]; j++)
                p |= !strcmp(k, pattern_keys[j]);
            walk(P, m, p);
        }
    } else if (json_is_array(v)) {
        json_array_foreach(v, i, m) walk(P, m, is_pattern);
    } else if (json_is_string(v) && is_pattern) {
        add_pat(P, json_string_value(v));
        add_rest_tail(P, json_string_value(v));
    }
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void c_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            *p == ' ' || *p == '_' || *p == '-' || *p == '+' || *p == ':')
            fputc(*p, out);
        else
            fprintf(out, "\\%03o", *p);
    fputc('"', out);
}

static int patterns(int argc, char **argv)
{
    pats P = {0};
    for (int a = 3; a < argc; a++) {
        json_error_t je;
        json_t *root = json_load_file(argv[a], JSON_REJECT_DUPLICATES, &je);
        if (!root) {
            fprintf(stderr, "%s:%d:%d: %s\n", argv[a], je.line, je.column, je.text);
            return 1;
        }
        walk(&P, root, 0);
        json_decref(root);
    }
    qsort(P.s, P.n, sizeof *P.s, cmp_str);
    buf blob = {0}, head = {0};
    size_t *off = calloc(P.n + 1, sizeof *off), *len = calloc(P.n + 1, sizeof *len), k = 0;
    char **keep = calloc(P.n + 1, sizeof *keep);
    if (!off || !len || !keep)
        return 1;
    for (size_t i = 0; i < P.n; i++) {
        if (i && !strcmp(P.s[i], P.s[i - 1]))
            continue;
        int ec;
        PCRE2_SIZE eo;
        pcre2_code *c = pcre2_compile((PCRE2_SPTR)P.s[i], PCRE2_ZERO_TERMINATED,
                                      PCRE2_NEVER_UTF | PCRE2_NEVER_BACKSLASH_C, &ec, &eo, NULL);
        uint8_t *b;
        PCRE2_SIZE bl;
        if (!c)
            continue;          /* not a pattern after all (a key's other use) */
        if (pcre2_serialize_encode((const pcre2_code **)&c, 1, &b, &bl, NULL) != 1) {
            fprintf(stderr, "jsonpack: cannot serialize %s\n", P.s[i]);
            return 1;
        }
        pcre2_code_free(c);
        if (!head.n) {
            put(&head, b, bl);
        } else {
            size_t h = 0;
            while (h < head.n && h < bl && head.p[h] == b[h])
                h++;
            head.n = h;        /* what every serialization so far starts with */
        }
        keep[k] = P.s[i];
        off[k] = blob.n;
        len[k] = bl;
        put(&blob, b, bl);
        pcre2_serialize_free(b);
        k++;
    }
    FILE *out = fopen(argv[2], "w");
    if (!out) {
        perror(argv[2]);
        return 1;
    }
    fprintf(out, "/* generated by cmake/jsonpack.c --patterns; do not edit */\n"
                 "#include <stddef.h>\n#include \"common.h\"\n#include \"fmtdef.h\"\n");
    array(out, "ats_re_pre_head", head.p, head.n, 0);
    /* each pattern's serialization without the head all share */
    buf rest = {0};
    for (size_t i = 0; i < k; i++) {
        size_t o = off[i];
        off[i] = rest.n;
        put(&rest, blob.p + o + head.n, len[i] - head.n);
        len[i] -= head.n;
    }
    array(out, "ats_re_pre_blob", rest.n ? rest.p : head.p, rest.n, 0);
    fprintf(out, "const ats_re_pre ats_re_pre_table[] = {\n");
    for (size_t i = 0; i < k; i++) {
        fprintf(out, "{");
        c_string(out, keep[i]);
        fprintf(out, ", %zu, %zu},\n", off[i], len[i]);
    }
    fprintf(out, "{NULL, 0, 0}};\nconst size_t ats_re_pre_count = %zu;\n", k);
    fprintf(out, "const ats_need_pre ats_need_pre_table[] = {\n");
    for (size_t i = 0; i < k; i++) {
        fd_need nd;
        int rc = ats_fd_need(keep[i], &nd);
        fprintf(out, "{%d, {{", rc);
        for (int j = 0; j < 4; j++)
            fprintf(out, "%#llxull,", (unsigned long long)nd.all[j]);
        fprintf(out, "}, {");
        for (int c = 0; c < FD_NEED_ANY; c++) {
            fprintf(out, "{");
            for (int j = 0; j < 4; j++)
                fprintf(out, "%#llxull,", (unsigned long long)nd.any[c][j]);
            fprintf(out, "},");
        }
        fprintf(out, "}, %d}},\n", nd.nany);
    }
    fprintf(out, "{0, {{0}, {{0}}, 0}}};\n");
    for (size_t i = 0; i < P.n; i++)
        free(P.s[i]);
    free(P.s);
    free(off);
    free(len);
    free(keep);
    free(blob.p);
    free(head.p);
    free(rest.p);
    if (fclose(out) != 0) {
        perror(argv[2]);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && !strcmp(argv[1], "--patterns"))
        return patterns(argc, argv);
    if (argc != 4 && argc != 5) {
        fprintf(stderr, "usage: jsonpack IN.json OUT.c NAME [KEY]\n");
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
    if (argc == 5 && json_is_object(root))
        json_object_del(root, argv[4]);
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
