/* jsonload.h - what every JSON loader of the library needs to point a user
 * at the mistake: file, line and column of a value, unknown keys refused.
 * Jansson keeps no positions for values, so a value is found again in the
 * source texts (a profile's own file first, then the files it extends). */
#ifndef ATS_JSONLOAD_H
#define ATS_JSONLOAD_H

#include <jansson.h>
#include "common.h"

typedef struct ats_jl_src {
    char *file;
    char *src;          /* the JSON text (read only here) */
    size_t len;
} ats_jl_src;

typedef struct ats_jl {
    const char *file;   /* for messages without a position */
    const ats_jl_src *srcs;
    size_t nsrcs;
    ats_error *err;
    int no_jit;         /* patterns compiled without JIT (ats_re_compile_jit) */
    /* a built-in's JSON: the samples its patterns carry are not matched at
     * each load, tests/cli/profiles.sh loads every built-in's file as a
     * user's profile, which matches them (a user's always are) */
    int builtin;
} ats_jl;

/* The first occurrence of needle[0..m) in src[from..len): its index, and its
 * line and column (1-based); (size_t)-1 and 0, 0 when there is none. */
size_t ats_jl_find(const char *src, size_t len, size_t from, const char *needle, size_t m,
                   uint64_t *line, uint64_t *col);
/* Line and column (1-based) of the first occurrence of v's JSON text in the
 * sources, in order; 0, 0 when it cannot be found. Returns the file it was
 * found in (L->file when not found). */
const char *ats_jl_locate(const ats_jl *L, const json_t *v, uint64_t *line, uint64_t *col);
/* The loader of a loaded profile's JSON (its files' texts are kept with it), for
 * what loads from it later (classes, rules). */
void ats_profile_jl(const ats_profile *p, ats_error *err, ats_jl *L);
/* Fills the error at value `at`: "<path>: <what>"; returns code. */
/* The same at the value v of a member "key" (found after its key). */
int ats_jl_bad_member(const ats_jl *L, int code, const char *key, const json_t *v,
                      const char *path, const char *what);
int ats_jl_bad(const ats_jl *L, int code, const json_t *at, const char *path, const char *what);
/* Compiles the pattern string v into re; a value that is not a string, or
 * a bad pattern, is an error at v's line and column (the pattern's offset in
 * the message). */
int ats_jl_compile(const ats_jl *L, ats_re *re, const json_t *v, const char *path);
/* The same for o's optional key (path.key in messages): 0 when absent. */
int ats_jl_compile_key(const ats_jl *L, const json_t *o, const char *key, const char *path,
                       ats_re *re);
/* Every key of o must be in the NULL-terminated `allowed`. */
int ats_jl_check_keys(const ats_jl *L, int code, json_t *o, const char *path,
                      const char *const *allowed);
/* o[key] as a string into *out (NULL when absent): a missing required one
 * is an error at o, one that is not a string an error at it (path.key). */
int ats_jl_get_str(const ats_jl *L, int code, json_t *o, const char *key, const char *path,
                   int required, const char **out);
/* Loads one element v of an array into item (zeroed), named path
 * ("urcs[2]") in messages; ctx is the caller's. */
typedef int (*ats_jl_item_fn)(const ats_jl *L, void *ctx, json_t *v, const char *path,
                              void *item);
/* The array arr, named path (absent: NULL, 0 and nothing loaded): room for
 * its elements and one more, zeroed, size bytes each; element i loaded by
 * load as "path[i]". *n counts the elements begun, so one that failed half
 * way is freed with the rest: the room is returned even when *rc < 0 (NULL
 * only when there is none). Not an array: the error not_array at it. */
void *ats_jl_array(const ats_jl *L, int code, json_t *arr, const char *path,
                   const char *not_array, size_t size, size_t *n, ats_jl_item_fn load,
                   void *ctx, int *rc);
/* lnav's idea: a pattern ships with sample lines it must match. The first
 * element of the array samples that is not a string re matches, or NULL
 * when there is none (and when out of memory: *oom). */
json_t *ats_jl_sample_miss(const ats_re *re, pcre2_match_context *mc, json_t *samples,
                           int *oom);
/* Parses the first source; a syntax error names file, line and column. */
json_t *ats_jl_parse(const ats_jl *L, int code);
/* A built-in JSON file as the build packed it (cmake/jsonpack.c): the same
 * values json_loadb() makes of its text, built without reading the text
 * (Jansson's parse cost a run more than everything else at start-up). NULL
 * when out of memory or p[0..n) is no packed value. */
json_t *ats_jl_unpack(const unsigned char *p, size_t n);

#endif
