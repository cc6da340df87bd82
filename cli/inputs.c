/* inputs.c - see inputs.h. */
#include "inputs.h"
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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
        else if (stat(here.paths[i], &st) == 0 && S_ISREG(st.st_mode))
            rc = add(l, here.paths[i]);
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
}
