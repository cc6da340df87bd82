/* sentence.c - does a line read as a person's sentence (common.h)? Asked by
 * the builder of the undirected lines of any capture, whatever read them
 * (parser/builder.c sets_aside). */
#include <stdint.h>
#include <string.h>
#include "common.h"

static int lower(char c) { return c >= 'a' && c <= 'z'; }

/* A byte's part in a word (ASCII; other bytes end words). */
enum { W_OTHER = 0, W_LOWHEX, W_LOWER, W_ALNUM, W_QUOTE };
static const unsigned char WORD_CLASS[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0,
    0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
};

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
    /* one table look a byte: the word loop runs on every line of a stamped
     * log that has a lower-case letter (a payload's, a URL's) */
    size_t words = 0, len = 0;
    int inq = 0, low = 1, hex = 1;
    for (size_t k = i; k <= n; k++) {
        unsigned c = k < n ? WORD_CLASS[(unsigned char)p[k]] : W_OTHER;
        if (c >= W_LOWHEX && c <= W_ALNUM) {
            len++;
            low &= c != W_ALNUM;
            hex &= c == W_LOWHEX;
            continue;
        }
        if (len) {
            if ((words += !inq && low && !hex && len >= 2) >= 2)
                return 1;
            len = 0;
            low = hex = 1;
        }
        inq ^= c == W_QUOTE;
    }
    if (words >= 2)
        return 1;
    return words == 1 && n - i >= 2 &&
           ((p[n - 1] == '.' && (lower(p[n - 2]) || p[n - 2] == '.')) || p[n - 1] == '!');
}
