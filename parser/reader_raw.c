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

const rd_vt rd_raw = {
    {"raw", "plain byte stream: picocom, screen, PuTTY, tio/minicom without stamps, guide logs",
     "the fallback when nothing else matches", 0, 0, 0},
    raw_probe, 0, 1, NULL, NULL, raw_bytes, NULL, NULL};
