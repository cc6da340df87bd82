/* inputs.h - the capture files named on a command line: files, "-", and
 * directories (with -r, recursively), in a stable sorted order. A file found
 * in a directory that is clearly not a capture (source code, documentation,
 * a fixture list, a binary) is skipped, with the reason; a file named on the
 * command line is always read. */
#ifndef ATS_INPUTS_H
#define ATS_INPUTS_H
#include <stddef.h>

typedef struct input_skip {
    char *path;
    const char *reason;      /* static text */
} input_skip;

typedef struct input_list {
    char **paths;
    size_t n, cap;
    input_skip *skipped;     /* in the same sorted order */
    size_t nskipped, capskipped;
} input_list;

/* Expands args into files; a directory without recurse is an error listed
 * as a path that will fail to open ("is a directory (use -r)"). */
int inputs_expand(input_list *l, char **args, int nargs, int recurse);
void inputs_free(input_list *l);
/* Why a file found by -r is not read as a capture, or NULL to read it. */
const char *inputs_not_capture(const char *path);
#endif
