/* jsonpos.h - where a value of a parsed JSON text stands in that text.
 * Jansson keeps no positions for values, and finding a value's text again
 * (common/jsonload.h) fails for objects written indented or for values that
 * occur twice; this scans the text once for the first byte of every value,
 * in document order, which is the order a walk of Jansson's tree visits
 * them (objects keep their keys in insertion order). */
#ifndef ATS_JSONPOS_H
#define ATS_JSONPOS_H
#include <jansson.h>
#include <stddef.h>

typedef struct jsonpos {
    const char *src;
    size_t len;
    size_t *off;               /* first byte of each value, in document order */
    size_t n;
} jsonpos;

/* Scans src (text Jansson accepted): 0, or -1 out of memory. */
int jsonpos_scan(jsonpos *jp, const char *src, size_t len);
void jsonpos_free(jsonpos *jp);
/* Line and column (1-based) of parent's member key (an object's), of its
 * element idx (an array's, key NULL), or of parent itself (key NULL, idx
 * (size_t)-1); 0, 0 when not found. parent must be a value of root's tree;
 * it is never one of Jansson's shared true/false/null, so the position is
 * that of this occurrence and not the first like it. */
void jsonpos_find(const jsonpos *jp, const json_t *root, const json_t *parent, const char *key,
                  size_t idx, unsigned *line, unsigned *col);
/* Says "FILE:L:C: <prefix><what>" at what jsonpos_find finds (cli_error);
 * returns -1. */
int jsonpos_error(const jsonpos *jp, const json_t *root, const char *file, const char *prefix,
                  const json_t *parent, const char *key, size_t idx, const char *what);
#endif
