/* inputs.c - see inputs.h. */
#include "inputs.h"
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <fcntl.h>

static int add(input_list *l, const char *p)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        char **q = realloc(l->paths, cap * sizeof *q);
        if (!q)
            return -1;
        l->paths = q;
        l->cap = cap;
    }
    l->paths[l->n] = strdup(p);
    return l->paths[l->n++] ? 0 : -1;
}

static int skip(input_list *l, const char *p, const char *reason)
{
    if (l->nskipped == l->capskipped) {
        size_t cap = l->capskipped ? l->capskipped * 2 : 16;
        input_skip *q = realloc(l->skipped, cap * sizeof *q);
        if (!q)
            return -1;
        l->skipped = q;
        l->capskipped = cap;
    }
    l->skipped[l->nskipped].reason = reason;
    l->skipped[l->nskipped].path = strdup(p);
    return l->skipped[l->nskipped++].path ? 0 : -1;
}

/* Captures come as .log, .txt, .csv, .cap, .bin, no extension at all...: only
 * what is surely something else is skipped. */
static const struct {
    const char *ext, *reason;
} not_ext[] = {
    {"c", "source code"}, {"h", "source code"}, {"cc", "source code"}, {"cpp", "source code"},
    {"py", "source code"}, {"sh", "source code"}, {"js", "source code"}, {"go", "source code"},
    {"rs", "source code"}, {"pl", "source code"}, {"rb", "source code"}, {"cmake", "source code"},
    {"md", "documentation"}, {"rst", "documentation"}, {"adoc", "documentation"},
    {"pdf", "documentation"}, {"html", "documentation or a report"},
    {"htm", "documentation or a report"}, {"json", "JSON (a profile, config or report)"},
    {"jsonl", "JSON Lines (parse output)"}, {"sarif", "a SARIF report"},
    {"xml", "XML (a JUnit report)"}, {"yaml", "configuration"}, {"yml", "configuration"},
    {"toml", "configuration"}, {"gz", "compressed"}, {"xz", "compressed"}, {"bz2", "compressed"},
    {"zst", "compressed"}, {"zip", "an archive"}, {"tar", "an archive"}, {"png", "an image"},
    {"jpg", "an image"}, {"jpeg", "an image"}, {"gif", "an image"}, {"svg", "an image"},
    {"o", "an object file"}, {"a", "a library"}, {"so", "a library"}, {"pyc", "compiled Python"},
};

/* Names of the files that describe a folder of captures, not captures. */
static const char *const not_names[] = {"README", "MANIFEST", "BROKEN", "LICENSE", "COPYING",
                                        "NOTICE", "AUTHORS", "CHANGELOG", "TODO", "Makefile",
                                        "CMakeLists.txt", "Dockerfile", NULL};

const char *inputs_not_capture(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    for (size_t i = 0; dot && dot != base && i < sizeof not_ext / sizeof not_ext[0]; i++)
        if (!strcasecmp(dot + 1, not_ext[i].ext))
            return not_ext[i].reason;
    for (const char *const *n = not_names; *n; n++) {
        size_t k = strlen(*n);
        if (!strncmp(base, *n, k) && (!base[k] || base[k] == '.'))
            return "describes the folder (README, MANIFEST...)";
    }
    /* the content: a script, or a binary that no serial log is; a name that
     * says log is believed (a raw capture of binary data mode may look so) */
    static const char *const log_ext[] = {"log", "txt", "csv", "cap", NULL};
    for (const char *const *e = log_ext; dot && *e; e++)
        if (!strcasecmp(dot + 1, *e))
            return NULL;
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return NULL;              /* reported when it fails to open */
    unsigned char b[4096];
    ssize_t n = read(fd, b, sizeof b);
    close(fd);
    if (n <= 0)
        return NULL;
    if (n >= 2 && b[0] == '#' && b[1] == '!')
        return "a script (#!)";
    static const struct {
        const char *magic;
        size_t len;
    } bin[] = {{"\x7f" "ELF", 4}, {"\x89PNG", 4}, {"\x1f\x8b", 2}, {"PK\x03\x04", 4},
               {"%PDF", 4}, {"\xfd" "7zXZ", 5}, {"BZh", 3}, {"\x28\xb5\x2f\xfd", 4}};
    for (size_t i = 0; i < sizeof bin / sizeof bin[0]; i++)
        if ((size_t)n >= bin[i].len && !memcmp(b, bin[i].magic, bin[i].len))
            return "a binary file (executable, image or archive)";
    if (n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)))
        return NULL;              /* UTF-16 with its BOM: Tera Term 5, Windows editors */
    /* UTF-16 without a BOM has its NULs at every other byte: text. Otherwise a
     * tenth of control bytes (not tab, CR, LF, ESC) is no serial log's text:
     * random data has about 11 %, a log a few CTRL-Zs */
    size_t nul[2] = {0, 0}, ctl = 0;
    for (ssize_t i = 0; i < n; i++) {
        nul[i & 1] += !b[i];
        ctl += (b[i] < 0x20 && b[i] != '\t' && b[i] != '\r' && b[i] != '\n' && b[i] != 0x1B) ||
               b[i] == 0x7F;
    }
    size_t half = (size_t)n / 2;
    if ((nul[0] * 10 >= half * 9 && nul[1] * 10 < half) ||
        (nul[1] * 10 >= half * 9 && nul[0] * 10 < half))
        return NULL;
    if (ctl * 10 >= (size_t)n)
        return "a binary file (a tenth or more of its start is control bytes)";
    return NULL;
}

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int walk(input_list *l, const char *dir, int depth)
{
    if (depth > 64)
        return 0;
    DIR *d = opendir(dir);
    if (!d)
        return add(l, dir);       /* reported when it fails to open */
    input_list here = {0};
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;             /* ., .., and hidden files */
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *p = malloc(n);
        if (!p)
            break;
        snprintf(p, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
        add(&here, p);
        free(p);
    }
    closedir(d);
    qsort(here.paths, here.n, sizeof *here.paths, cmp);
    int rc = 0;
    for (size_t i = 0; i < here.n && rc == 0; i++) {
        struct stat st;
        if (stat(here.paths[i], &st) == 0 && S_ISDIR(st.st_mode))
            rc = walk(l, here.paths[i], depth + 1);
        else if (stat(here.paths[i], &st) == 0 && S_ISREG(st.st_mode)) {
            const char *why = inputs_not_capture(here.paths[i]);
            rc = why ? skip(l, here.paths[i], why) : add(l, here.paths[i]);
        }
    }
    inputs_free(&here);
    return rc;
}

int inputs_expand(input_list *l, char **args, int nargs, int recurse)
{
    for (int i = 0; i < nargs; i++) {
        struct stat st;
        if (recurse && strcmp(args[i], "-") && stat(args[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            if (walk(l, args[i], 0) < 0)
                return -1;
        } else if (add(l, args[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

void inputs_free(input_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->paths[i]);
    free(l->paths);
    l->paths = NULL;
    l->n = l->cap = 0;
    for (size_t i = 0; i < l->nskipped; i++)
        free(l->skipped[i].path);
    free(l->skipped);
    l->skipped = NULL;
    l->nskipped = l->capskipped = 0;
}
