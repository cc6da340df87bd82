/* output.h - where a command writes: standard output or the -o FILE. A file
 * is written beside its target under a temporary name and renamed over it
 * only once it is whole, so an error or an interrupt (SIGINT, SIGTERM,
 * SIGHUP) leaves the old file as it was and no cut output. */
#ifndef ATS_OUTPUT_H
#define ATS_OUTPUT_H
#include <stdio.h>

typedef struct cli_out {
    FILE *f;
    const char *name;      /* as the user named it; "standard output" */
    char *target;          /* the file the temporary becomes (symlinks resolved) */
    char *tmp;             /* the temporary, NULL when written in place or stdout */
} cli_out;

/* Opens path (NULL: standard output): 0, or -1 after a message (a
 * directory, an unwritable place). */
int cli_out_open(cli_out *o, const char *path);
/* Ends the output: flushes it and, when commit is set and nothing failed,
 * puts the file in place; otherwise the temporary goes and the old file
 * stays. err: a write error the writer saw already (errno), or 0. Returns
 * 0, or -1 after one message naming the output. A closed pipe on standard
 * output ends the process quietly by SIGPIPE, as `cat` ends in `| head`. */
int cli_out_close(cli_out *o, int commit, int err);
/* -1 after "input file is output file" when the output (path, the -o FILE;
 * NULL: standard output redirected to a file) is one of the inputs. Before
 * cli_out_open, which may truncate a file it cannot replace. */
int cli_out_check_inputs(const char *path, char *const *inputs, size_t n);
/* For commands that write to standard output with stdio alone (help,
 * --version, rules, formats): status, or 2 after the write error. */
int cli_stdout_done(int status);
#endif
