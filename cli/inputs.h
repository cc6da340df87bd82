/* inputs.h - the capture files named on a command line: files, "-", and
 * directories (with -r, recursively), in a stable sorted order. */
#ifndef ATS_INPUTS_H
#define ATS_INPUTS_H
#include <stddef.h>

typedef struct input_list {
    char **paths;
    size_t n, cap;
} input_list;

/* Expands args into files; a directory without recurse is an error listed
 * as a path that will fail to open ("is a directory (use -r)"). */
int inputs_expand(input_list *l, char **args, int nargs, int recurse);
void inputs_free(input_list *l);
#endif
