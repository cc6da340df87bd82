/* sentence.c - does a line read as a person's sentence (common.h)? Asked by
 * the readers of undirected lines (parser/readers/apptext.c) and by the
 * builder of the lines an open command gets from an undirected capture. */
#include <stdint.h>
#include <string.h>
#include "common.h"

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
int ats_text_sentence(const char *p, size_t n)
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
