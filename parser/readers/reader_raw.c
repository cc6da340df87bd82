/* reader_raw.c - the capture is the bytes themselves: picocom, screen, PuTTY,
 * tio or minicom without stamps, RealTerm/CoolTerm plain captures, raw dumps,
 * the vendor guide's logs. The framer counts lines; tool banners (PuTTY's
 * header, screen's time-stamp lines) and "//" notes become annotations. */
#include <string.h>
#include "reader.h"

static int raw_probe(const unsigned char *s, size_t n)
{
    (void)s;
    (void)n;
    return 10;      /* the fallback: anything is a raw capture */
}

static int raw_bytes(void *st, rd_ctx *c, const unsigned char *p, size_t n)
{
    (void)st;
    ats_time none = {ATS_TIME_NONE, 0};
    return rd_emit(c, ATS_CHUNK_DATA, ATS_DIR_UNKNOWN, none, p, n, 0, 0, NULL);
}

#define RAW_INFO                                                                             \
    {"raw", "plain byte stream: picocom, screen, PuTTY, tio/minicom without stamps, guide logs", \
     "the fallback when nothing else matches", 0, 0, 0}

const rd_vt rd_raw = {RAW_INFO, raw_probe, 0, 1, NULL, NULL, raw_bytes, NULL, NULL};

/* The same bytes cut in lines: when wrappers had to be taken off each line
 * first (a quoted or indented terminal log), with the wrappers' time. */
static int rl_line(void *st, rd_ctx *c, const char *p, size_t n, int eol, uint64_t lineno,
                   uint64_t off)
{
    (void)st;
    int rc = rd_emit(c, ATS_CHUNK_DATA, ATS_DIR_UNKNOWN, c->wrap_time, p, n, lineno, off, NULL);
    if (rc == 0 && eol)
        rc = rd_emit(c, ATS_CHUNK_DATA, ATS_DIR_UNKNOWN, c->wrap_time, "\n", 1, lineno,
                     off + n, NULL);
    return rc;
}

/* never detected: the input picks it in place of raw (no probe) */
const rd_vt rd_rawlines = {RAW_INFO, NULL, 0, 0, NULL, rl_line, NULL, NULL, NULL};
