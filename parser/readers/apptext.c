/* apptext.c - an application's sentences among the modem's lines (apptext.h). */
#include <stdint.h>
#include <string.h>
#include "apptext.h"

static int lower(char c) { return c >= 'a' && c <= 'z'; }
static int alnum(char c) { return lower(c) || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

/* Any byte in 'a'..'z'? Eight at a time: bytes taken to 7 bits first so the
 * additions cannot carry into the next byte, and bytes >= 0x80 left out. */
static int has_lower(const char *p, size_t n)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    size_t k = 0;
    for (; k + 8 <= n; k += 8) {
        uint64_t w, v;
        memcpy(&w, p + k, 8);
        v = w & ~highs;
        if ((v + ones * (0x80 - 'a')) & ~(v + ones * (0x80 - 'z' - 1)) & ~w & highs)
            return 1;
    }
    for (; k < n; k++)
        if (lower(p[k]))
            return 1;
    return 0;
}

/* Modem text is upper case by convention (V.250 result codes, "+NAME:"
 * information text, "RDY", "Call Ready", version strings, hex): a line with
 * two words in lower case outside double quotes ("is", "restarting"; a word
 * of hex digits alone does not count), or one ending a sentence
 * ("Initializing modem...", "Done."), is a person's. Lines in a response's
 * shape (+ ^ # $ % * ! & @ first), a prompt and a command line never are. */
int ats_rd_sentence(const char *p, size_t n)
{
    size_t i = 0;
    while (i < n && (p[i] == ' ' || p[i] == '\t'))
        i++;
    while (n > i && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r'))
        n--;
    if (i >= n || strchr("+^#$%*!&@>", p[i]))
        return 0;
    if (n - i >= 2 && (p[i] | 32) == 'a' && ((p[i + 1] | 32) == 't' || p[i + 1] == '/'))
        return 0;
    /* A counted word is lower-case letters only: most modem lines have no
     * lower-case letter at all, and are let go after a look at eight bytes
     * a step instead of the word loop (a stamped log's every line comes
     * here). */
    if (!has_lower(p + i, n - i))
        return 0;
    size_t words = 0;
    int inq = 0;
    for (size_t k = i; k < n;) {
        if (p[k] == '"') {
            inq = !inq;
            k++;
            continue;
        }
        if (!alnum(p[k])) {
            k++;
            continue;
        }
        size_t a = k;
        int low = 1, hex = 1;
        for (; k < n && alnum(p[k]); k++) {
            low &= lower(p[k]);
            hex &= p[k] >= 'a' && p[k] <= 'f';
        }
        words += !inq && low && !hex && k - a >= 2;
    }
    if (words >= 2)
        return 1;
    return words == 1 && n - i >= 2 &&
           ((p[n - 1] == '.' && (lower(p[n - 2]) || p[n - 2] == '.')) || p[n - 1] == '!');
}

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
                             h->l[k].line, h->l[k].off, "application text before a command");
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
    int sentence = !empty && ats_rd_sentence(s, text);
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
