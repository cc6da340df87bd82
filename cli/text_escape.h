/* text_escape.h - capture bytes made safe for a terminal: nothing that a
 * terminal interprets (ESC, C0/C1 controls, invalid UTF-8) is written raw. */
#ifndef ATS_TEXT_ESCAPE_H
#define ATS_TEXT_ESCAPE_H
#include <stddef.h>
#include <stdio.h>

/* Writes at most max visible characters of p (0 = no limit), "…" if cut. */
void tx_put(FILE *f, const char *p, size_t n, size_t max);
/* The same for text escaped already (the rules' messages show capture bytes
 * as \xHH): its backslashes are left as they are, so nothing is escaped twice;
 * a control byte that got through is still escaped. */
void tx_put_escaped(FILE *f, const char *p, size_t n, size_t max);
#endif
