/* apptext.c - an application's sentences among the modem's lines (apptext.h). */
#include <stdint.h>
#include <string.h>
#include "apptext.h"

static int blank(const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
            return 0;
    return 1;
}

/* What waits goes out: the sentences as host-log records (a command came
 * after them) or, with everything else, as the data they came as. */
static int release(rd_apptext *h, rd_ctx *c, int app)
{
    int rc = 0;
    for (size_t k = 0; k < h->n && !rc; k++) {
        const unsigned char *q = h->buf + h->l[k].at;
        if (app && h->l[k].sentence)
            rc = ats_rd_emit(c, ATS_CHUNK_HOST_LOG, ATS_DIR_UNKNOWN, h->l[k].t, q, h->l[k].text,
                             h->l[k].line, h->l[k].off, ATS_HOST_APP_TEXT);
        else
            rc = ats_rd_emit(c, ATS_CHUNK_DATA, h->l[k].dir, h->l[k].t, q, h->l[k].len,
                             h->l[k].line, h->l[k].off, NULL);
    }
    h->n = 0;
    h->nbuf = 0;
    return rc;
}

int ats_rd_app_flush(rd_apptext *h, rd_ctx *c)
{
    return h->n ? release(h, c, 0) : 0;
}

int ats_rd_app_line(rd_apptext *h, rd_ctx *c, ats_dir dir, ats_time t, const void *p, size_t n,
                    size_t text, uint64_t line, uint64_t off)
{
    const char *s = p;
    int empty = blank(p, text);
    int sentence = !empty && ats_text_sentence(s, text);
    if (sentence && h->pass && !h->n)
        /* an SMS body after its +CMT: / +CMGR: line: the modem's text */
        return ats_rd_emit(c, ATS_CHUNK_DATA, dir, t, p, n, line, off, NULL);
    if (sentence || (h->n && empty)) {
        if (h->n < RD_APP_LINES && n <= RD_APP_BYTES - h->nbuf) {
            h->l[h->n].at = h->nbuf;
            h->l[h->n].len = n;
            h->l[h->n].text = text;
            h->l[h->n].sentence = sentence;
            h->l[h->n].line = line;
            h->l[h->n].off = off;
            h->l[h->n].t = t;
            h->l[h->n].dir = dir;
            h->n++;
            memcpy(h->buf + h->nbuf, p, n);
            h->nbuf += n;
            return 0;
        }
    }
    if (h->n) {
        int cmd = text >= 2 && (s[0] | 32) == 'a' && ((s[1] | 32) == 't' || s[1] == '/');
        int rc = release(h, c, cmd);
        if (rc)
            return rc;
    }
    if (!empty) {
        size_t i = 0;
        while (i < text && (s[i] == ' ' || s[i] == '\t'))
            i++;
        h->pass = i < text && strchr("+^#$%*!", s[i]) != NULL;
    }
    return ats_rd_emit(c, ATS_CHUNK_DATA, dir, t, p, n, line, off, NULL);
}
