/* reader_mm.c - ModemManager debug log. (stub: being written) */
#include "reader.h"

static int probe(const unsigned char *s, size_t n)
{
    (void)s;
    (void)n;
    return 0;
}

static int line(void *st, rd_ctx *c, const char *p, size_t n, int eol, uint64_t lineno,
                uint64_t off)
{
    (void)st;
    (void)eol;
    return rd_emit(c, ATS_CHUNK_UNPARSED, ATS_DIR_UNKNOWN, (ats_time){ATS_TIME_NONE, 0}, p, n,
                   lineno, off, "reader not written yet");
}

const rd_vt rd_modemmanager = {{"modemmanager", "ModemManager debug log", "(not yet)", 0, 0, 0}, probe, 0, 0, NULL, line,
                        NULL, NULL, NULL};
