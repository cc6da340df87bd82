/* fmt_decode.c - the closed set of decoders that turn a trace's rendering
 * of bytes back into the bytes (library-traces.md §14). Each is total: a
 * sequence it does not know is kept as it is, never an error, because a
 * pasted log may hold anything. */
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include "fmtdef.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static const char *const dec_names[FD_DEC_COUNT] = {
    "verbatim", "c-escapes", "angle", "caret", "hex", "hex-cells",
    "python-list", "tokens", "arrows", "bracket-hex", "hexstring", "syslog-octal",
    "ascii-names", "gatchat-escapes", "dots", "miniterm-rx", "angle-caret", "ctrl-tokens",
    "python-bytes-list", "csv-cell", "python-list-reads", "tasmota-escapes",
    "powershell-escapes", "shell-word", "paren-codes"};

/* The names ASCII gives the control codes 0x00..0x1F, as Docklight's ASCII
 * log writes them between angle brackets, and 0x7F, DEL. */
static const char ascii_names[33][4] = {
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS",  "HT",  "LF",
    "VT",  "FF",  "CR",  "SO",  "SI",  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
    "SYN", "ETB", "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US",  "DEL"};

/* Case-blind or exact comparison of k bytes. */
static int name_eq(const char *a, const char *b, size_t k, int fold)
{
    return fold ? !strncasecmp(a, b, k) : !memcmp(a, b, k);
}

int ats_fd_ascii_name(const char *s, size_t n, char close, int fold, size_t *used)
{
    /* slsnif's name for the blank (ascii.h: control bytes and the space
     * below 33 by name), Legato's le_dev.c PrintBuffer() name for Ctrl-Z */
    static const struct { const char *name; unsigned char b; } more[] = {
        {"SPACE", ' '}, {"CTRL+Z", 0x1a},
        /* YAT's names (MKY.Text.Ascii.ConvertToMnemonic()): TAB for HT, and
         * the flow control bytes by both names */
        {"TAB", '\t'}, {"DC1/XON", 0x11}, {"DC3/XOFF", 0x13}};
    for (size_t i = 0; i < sizeof more / sizeof more[0]; i++) {
        size_t k = strlen(more[i].name);
        if (k + 2 <= n && name_eq(s + 1, more[i].name, k, fold) && s[k + 1] == close) {
            *used = k + 2;
            return more[i].b;
        }
    }
    for (int c = 0; c < 33; c++) {
        size_t k = strlen(ascii_names[c]);
        if (k + 2 <= n && name_eq(s + 1, ascii_names[c], k, fold) && s[k + 1] == close) {
            *used = k + 2;
            return c == 32 ? 0x7f : c;
        }
    }
    return -1;
}

int ats_fd_angle_name(const char *s, size_t n, size_t *used)
{
    /* the names terminals print for the bytes an AT session holds: the
     * line ends, a tab, Ctrl-Z and ESC (an SMS's end and its cancel), NUL,
     * an erase; all capitals (YAT, Docklight, RealTerm-like displays) or all
     * small letters, never mixed, so a manual's "<Cr>" stays text. A closed
     * list: a manual's "<ack>", "<so>", "<mode>" are parameters, not bytes */
    static const struct { char name[4]; unsigned char b; } names[] = {
        {"CR", '\r'}, {"LF", '\n'}, {"TAB", '\t'}, {"HT", '\t'}, {"ESC", 0x1b},
        {"SUB", 0x1a}, {"NUL", 0}, {"BS", 8}, {"DEL", 0x7f}};
    if (n < 4 || s[0] != '<')
        return -1;
    size_t k = 1;
    while (k < n && k < 5 && s[k] != '>')
        k++;
    if (k >= n || s[k] != '>' || k < 3)
        return -1;
    size_t m = k - 1;
    int up = s[1] >= 'A' && s[1] <= 'Z';
    for (size_t j = 0; j < sizeof names / sizeof names[0]; j++) {
        if (strlen(names[j].name) != m)
            continue;
        size_t q = 0;
        while (q < m && s[1 + q] == (up ? names[j].name[q] : (char)(names[j].name[q] | 0x20)))
            q++;
        if (q == m) {
            *used = k + 1;
            return names[j].b;
        }
    }
    return -1;
}

int ats_fd_has_angle_name(const char *s, size_t n, int *eol)
{
    int any = 0;
    for (const char *p = memchr(s, '<', n); p; p = memchr(p + 1, '<', (size_t)(s + n - p - 1))) {
        size_t used;
        int b = ats_fd_angle_name(p, (size_t)(s + n - p), &used);
        if (b >= 0) {
            any = 1;
            if (b == '\r' || b == '\n') {
                *eol = 1;
                return 1;
            }
        }
        if (p + 1 >= s + n)
            break;
    }
    return any;
}

/* Is s[i] inside a quoted argument of a command line (s starts with "AT"):
 * an odd number of double quotes before it and one more after it? A
 * user's text there ("press <CR> to go on") is what the module received,
 * letters and all: a control name in it is text, not the byte. */
static int in_quoted_arg(const char *s, size_t n, size_t i)
{
    unsigned q = 0;
    for (size_t j = 0; j < i; j++)
        q += s[j] == '"';
    return (q & 1) && memchr(s + i, '"', n - i) != NULL;
}

const char *ats_fd_decoder_name(fd_decoder d)
{
    return (unsigned)d < FD_DEC_COUNT ? dec_names[d] : "?";
}

int ats_fd_decoder_find(const char *name, fd_decoder *out)
{
    for (int i = 0; i < FD_DEC_COUNT; i++)
        if (!strcmp(dec_names[i], name)) {
            *out = (fd_decoder)i;
            return 1;
        }
    return 0;
}


static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* The control byte an application's own token at s[0] stands for, with its
 * length in *used; -1 when it is none. Apps and loggers that show a line's
 * CR and LF inline each pick their own brackets and spelling: "(cr)(lf)",
 * "<0d><0a>", "[0D][0A]", "{0x0D}{0x0A}", "<CR><LF>". Any of the four
 * brackets, matched, around a name (CR, LF, NL, TAB, HT, ESC, SUB, NUL, any
 * case) or hex with 0x (any control byte) or without it (only 0D 0A 09 1A
 * 1B: a bare "(10)" or "[12]" is text in an answer such as +CNMI's ranges);
 * and a C escape in angle brackets, "<\\r>", as HTerm-like terminals show it. */
static int ctrl_token(const char *s, size_t n, size_t *used)
{
    static const char open[] = "(<[{", close[] = ")>]}";
    static const struct { char name[4]; unsigned char b; } names[] = {
        {"cr", '\r'}, {"lf", '\n'}, {"nl", '\n'}, {"tab", '\t'}, {"ht", '\t'},
        {"esc", 0x1b}, {"sub", 0x1a}, {"nul", 0}};
    const char *o = n ? memchr(open, s[0], 4) : NULL;
    if (!o)
        return -1;
    char cl = close[o - open];
    size_t k = 1;
    while (k < n && k < 7 && s[k] != cl)
        k++;
    if (k >= n || s[k] != cl || k < 3)
        return -1;
    const char *in = s + 1;
    size_t m = k - 1;
    *used = k + 1;
    /* HTerm-style terminals show a control byte as its C escape in angle
     * brackets ("<\\r><\\n>"): the escape inside is the byte, not a
     * backslash the line carried */
    if (s[0] == '<' && m == 2 && in[0] == '\\' && (in[1] == 'r' || in[1] == 'n' || in[1] == 't'))
        return in[1] == 'r' ? '\r' : in[1] == 'n' ? '\n' : '\t';
    for (size_t j = 0; j < sizeof names / sizeof names[0]; j++) {
        size_t l = strlen(names[j].name);
        if (m == l) {
            size_t q = 0;
            while (q < l && lower(in[q]) == names[j].name[q])
                q++;
            if (q == l)
                return names[j].b;
        }
    }
    int ox = m == 4 && in[0] == '0' && lower(in[1]) == 'x';
    if (ox) {
        in += 2;
        m = 2;
    }
    if (m != 2 || ats_hexval(in[0]) < 0 || ats_hexval(in[1]) < 0)
        return -1;
    int v = ats_hexval(in[0]) * 16 + ats_hexval(in[1]);
    if (ox ? (v < 0x20 || v == 0x7f)
           : (v == 0x0d || v == 0x0a || v == 0x09 || v == 0x1a || v == 0x1b))
        return v;
    return -1;
}

/* The character a "(cr)" / "(lf)" / "(tab)" name or a decimal code in
 * parentheses at s[0] stands for, as SMSLib's AModemDriver.formatLog()
 * writes a Java string (13, 10 and 9 by name; any other char below 32 or
 * from 128 on as "(" + (int) c + ")"; 32..127 as itself), with its length
 * in *used; -1 when it is none. Of the control codes only Ctrl-Z (26) and
 * ESC (27, reset()'s write) are taken: an answer's range of one value is
 * written the same way ("+CNMI: (2),(1)", "+CMUX: (0),(0),(1-5)") and is
 * far more common than another control byte in a write (lossy: such a
 * byte stays "(n)"). */
static long paren_code(const char *s, size_t n, size_t *used)
{
    static const struct { char name[4]; unsigned char b; } names[] = {
        {"cr", '\r'}, {"lf", '\n'}, {"tab", '\t'}};
    if (!n || s[0] != '(')
        return -1;
    size_t k = 1;
    while (k < n && k < 7 && s[k] != ')')
        k++;
    if (k >= n || s[k] != ')' || k < 2)
        return -1;
    *used = k + 1;
    for (size_t j = 0; j < sizeof names / sizeof names[0]; j++) {
        size_t l = strlen(names[j].name), q = 0;
        while (q < l && q + 1 < k && lower(s[q + 1]) == names[j].name[q])
            q++;
        if (q == l && k == l + 1)
            return names[j].b;
    }
    long v = 0;
    for (size_t q = 1; q < k; q++) {
        if (s[q] < '0' || s[q] > '9' || (q == 1 && s[q] == '0'))
            return -1;
        v = v * 10 + (s[q] - '0');
    }
    if (v == 0x1a || v == 0x1b || (v >= 128 && v <= 0xffff))
        return v;
    return -1;
}

static int word_byte(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Is the '^' at s[i] the first character of a name (Huawei's and others'
 * "AT^NDISDUP=1,1", "^HCSQ: ...", "^RSSI:20") rather than a control byte in
 * caret notation? pppd chat's %v (chat.c vfmtmsg()) prints a control byte as
 * '^' and the byte ^ 0x40 and a '^' as itself, so "^N" is either. Decided as
 * a modem engineer reads it: a name is two or more capitals or digits, and
 * stands right after "AT" (at the start, after a line end, a blank or ';')
 * or after ';' in a command line, ending at '=', '?', ';', a blank, another
 * caret token or the payload's end; or at the start of a line (the payload's
 * or after a decoded line end) ending at ':', as an answer or URC does. So
 * "^M^M", "OK^M" and an SMS's "...^Z" stay control bytes, and so does the
 * "^M" before an echo ("^MAT^NDISDUP": "MAT" is followed by a caret token
 * but is not after AT, and a line's name needs its ':'). `done` is what this
 * payload decoded so far. */
static int caret_name(const char *s, size_t n, size_t i, const unsigned char *done, size_t k)
{
    size_t j = i + 1;
    while (j < n && ((s[j] >= 'A' && s[j] <= 'Z') || (s[j] >= '0' && s[j] <= '9')))
        j++;
    if (j - i - 1 < 2 || s[i + 1] < 'A' || s[i + 1] > 'Z')
        return 0;
    int t = j < n ? (unsigned char)s[j] : 0;
    int at = k >= 2 && (done[k - 2] | 32) == 'a' && (done[k - 1] | 32) == 't' &&
             (k == 2 || done[k - 3] == '\r' || done[k - 3] == '\n' || done[k - 3] == ' ' ||
              done[k - 3] == ';');
    if ((at || (k && done[k - 1] == ';')) &&
        (t == 0 || t == '=' || t == '?' || t == ';' || t == ' ' || t == '^'))
        return 1;
    return (k == 0 || done[k - 1] == '\r' || done[k - 1] == '\n') && t == ':';
}

/* The byte is taken whether or not there is room for it: callers write
 * PUT(s[i++]), and a full buffer must not stop the input advancing (it
 * did: a stray '<' past 256 decoded bytes spun detection forever). */
#define PUT(b)                                                                                 \
    do {                                                                                       \
        unsigned char put_b_ = (unsigned char)(b);                                             \
        if (len < cap)                                                                         \
            out[len++] = put_b_;                                                               \
    } while (0)

/* The byte(s) a backslash escape at s[i] (just after the backslash) stands
 * for, C's and Python's alike: \r \n \t \a \b \f \v \e, octal \ooo (Python's
 * \0 too), \xHH; anything else stands for itself (\\ \" \'). Returns the
 * index after the escape. */
static size_t unescape(const char *s, size_t n, size_t i, unsigned char *out, size_t *lenp,
                       size_t cap)
{
    size_t len = *lenp;
    char e = s[i++];
    switch (e) {
    case 'r': PUT('\r'); break;
    case 'n': PUT('\n'); break;
    case 't': PUT('\t'); break;
    case 'a': PUT('\a'); break;
    case 'b': PUT('\b'); break;
    case 'f': PUT('\f'); break;
    case 'v': PUT('\v'); break;
    case 'e': PUT(0x1b); break;
    case 'x': {
        int v = 0, k = 0;
        while (k < 2 && i < n && ats_hexval(s[i]) >= 0)
            v = v * 16 + ats_hexval(s[i++]), k++;
        if (k) {
            PUT(v);
        } else {
            PUT('\\');
            PUT('x');
        }
        break;
    }
    case 'u': {
        /* JSON's (and Python's, Java's) \uXXXX: a JSON encoder writes a
         * control byte other than CR, LF and TAB so (Ctrl-Z as \u001a); the
         * code point goes on as its UTF-8 bytes */
        unsigned v = 0;
        int k = 0;
        /* Rust's Debug writes a control character as \u{1a} (braces, one
         * to six digits): a tracing field's value, an atat byte string */
        int brace = i < n && s[i] == '{';
        size_t at = i + (size_t)brace;
        while (k < (brace ? 6 : 4) && at + (size_t)k < n && ats_hexval(s[at + k]) >= 0)
            v = v * 16 + (unsigned)ats_hexval(s[at + k]), k++;
        if (brace ? (k == 0 || at + (size_t)k >= n || s[at + k] != '}' || v > 0xffff) : k < 4) {
            PUT('u');          /* as any other unknown escape: the letter */
            break;
        }
        i = at + (size_t)k + (size_t)brace;
        if (v < 0x80) {
            PUT(v);
        } else if (v < 0x800) {
            PUT(0xc0 | v >> 6);
            PUT(0x80 | (v & 0x3f));
        } else {
            PUT(0xe0 | v >> 12);
            PUT(0x80 | (v >> 6 & 0x3f));
            PUT(0x80 | (v & 0x3f));
        }
        break;
    }
    default:
        if (e >= '0' && e <= '7') {
            int v = e - '0', k = 1;
            while (k < 3 && i < n && s[i] >= '0' && s[i] <= '7')
                v = v * 8 + (s[i++] - '0'), k++;
            PUT(v & 0xff);
        } else {
            PUT(e);
        }
    }
    *lenp = len;
    return i;
}

/* One quoted Python string literal starting at s[i] (after an optional u/b
 * prefix); returns the index after its closing quote. */
static size_t py_string(const char *s, size_t n, size_t i, unsigned char *out, size_t *lenp,
                        size_t cap)
{
    size_t len = *lenp;
    char q = s[i++];
    while (i < n && s[i] != q) {
        unsigned char c = (unsigned char)s[i++];
        if (c == '\\' && i < n)
            i = unescape(s, n, i, out, &len, cap);
        else
            PUT(c);
    }
    *lenp = len;
    return i < n ? i + 1 : i;
}

/* A run of bytes that decode to themselves: one copy, not a loop. */
static size_t copy(const char *s, size_t n, unsigned char *out, size_t len, size_t cap)
{
    size_t k = n < cap - len ? n : cap - len;
    memcpy(out + len, s, k);
    return len + k;
}

/* The run of bytes from s[i] up to the next '<' (or n), appended to out as
 * copy() would (what finds no room is dropped); returns where it stopped.
 * Sixteen bytes a step, each stored whole before its '<' is looked for (the
 * bytes past it are overwritten by what is decoded next, or lie past *lenp):
 * a memchr and a memcpy call for each run of an angle trace's short lines
 * cost more than the runs. `apart`: out does not overlap s, so storing
 * ahead clobbers nothing still to be read. */
static size_t angle_run(const char *s, size_t i, size_t n, unsigned char *out, size_t *lenp,
                        size_t cap, int apart)
{
    size_t len = *lenp;
#if defined(__SSE2__)
    const __m128i lt = _mm_set1_epi8('<');
    while (apart && i + 16 <= n && len + 16 <= cap) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        _mm_storeu_si128((__m128i *)(void *)(out + len), x);
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, lt));
        if (m) {
            unsigned r = (unsigned)__builtin_ctz(m);
            *lenp = len + r;
            return i + r;
        }
        i += 16;
        len += 16;
    }
#else
    (void)apart;
#endif
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* the last 8-15 bytes (most of a short payload) eight at a time: the
     * lowest byte the zero-byte test flags is exact */
    if (apart && i + 8 <= n && len + 8 <= cap) {
        uint64_t w, x;
        memcpy(&w, s + i, 8);
        memcpy(out + len, &w, 8);
        x = w ^ 0x3C3C3C3C3C3C3C3Cull;
        x = (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
        if (x) {
            unsigned r = (unsigned)__builtin_ctzll(x) / 8;
            *lenp = len + r;
            return i + r;
        }
        i += 8;
        len += 8;
    }
#endif
    for (; i < n && s[i] != '<'; i++)
        if (len < cap)
            out[len++] = (unsigned char)s[i];
    *lenp = len;
    return i;
}

/* "<cr>", "<ln>", "<lf>" at s (4 bytes), either case: the byte, else -1. */
int ats_fd_angle_eol(const char *s)
{
    uint32_t w;
    memcpy(&w, s, 4);
#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
    w = __builtin_bswap32(w);
#endif
    /* the two letters' case bit: only 'C'/'c' give 'c' so, and alike */
    w |= 0x00202000u;
    if (w == ('<' | 'c' << 8 | 'r' << 16 | (uint32_t)'>' << 24))
        return '\r';
    if (w == ('<' | 'l' << 8 | 'n' << 16 | (uint32_t)'>' << 24) ||
        w == ('<' | 'l' << 8 | 'f' << 16 | (uint32_t)'>' << 24))
        return '\n';
    return -1;
}

/* The byte a PowerShell escape letter stands for (`r), -1 for a letter
 * that stands for itself (`" `$ ``). */
static int ps_escape(unsigned char e)
{
    switch (e) {
    case '0': return 0;
    case 'a': return 7;
    case 'b': return 8;
    case 'e': return 27;
    case 'f': return 12;
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return 11;
    default: return -1;
    }
}

/* A PowerShell argument made of literals joined by '+' ("AT+CSQ`r",
 * 'AT+CSQ' + [char]13, "hello" + [char]0x1A): a double-quoted string's
 * escapes (about_Special_Characters: a backtick before 0 a b e f n r t v the
 * control byte, `u{1A} a code point, before any other character that
 * character; "" one quote), a single-quoted string as it is ('' one quote),
 * [char]N a byte. What is not such a term stands as written. */
static size_t ps_expr(const char *s, size_t n, unsigned char *out, size_t len, size_t cap)
{
    size_t i = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '+'))
            i++;
        if (i >= n)
            break;
        char q = s[i];
        if (q == '"' || q == '\'') {
            for (i++; i < n; i++) {
                unsigned char c = (unsigned char)s[i];
                if (c == (unsigned char)q) {
                    if (i + 1 < n && s[i + 1] == q) {
                        PUT(c);
                        i++;
                        continue;
                    }
                    i++;
                    break;
                }
                if (q == '\'' || c != '`' || i + 1 >= n) {
                    PUT(c);
                    continue;
                }
                unsigned char e = (unsigned char)s[++i];
                int v = ps_escape(e);
                size_t j = i + 2;
                int u = 0;
                if (v < 0 && e == 'u' && i + 1 < n && s[i + 1] == '{') {
                    while (j < n && j < i + 8 && ats_hexval(s[j]) >= 0)
                        u = u * 16 + ats_hexval(s[j++]);
                    if (j < n && s[j] == '}' && j > i + 2 && u < 0x80) {
                        v = u;
                        i = j;
                    }
                }
                PUT(v >= 0 ? v : e);
            }
        } else if (n - i > 6 && !strncasecmp(s + i, "[char]", 6)) {
            size_t j = i + 6;
            while (j < n && s[j] == ' ')
                j++;
            int v = 0, k = 0;
            if (j + 1 < n && s[j] == '0' && (s[j + 1] | 32) == 'x') {
                for (j += 2; j < n && ats_hexval(s[j]) >= 0 && k < 4; j++, k++)
                    v = v * 16 + ats_hexval(s[j]);
            } else {
                for (; j < n && s[j] >= '0' && s[j] <= '9' && k < 5; j++, k++)
                    v = v * 10 + (s[j] - '0');
            }
            if (!k || v > 0xFF)
                return copy(s + i, n - i, out, len, cap);
            PUT(v);
            i = j;
        } else {
            return copy(s + i, n - i, out, len, cap);
        }
    }
    return len;
}

size_t ats_fd_decode(fd_decoder d, const char *s, size_t n, unsigned char *out, size_t len,
                 size_t cap)
{
    size_t i = 0;
    if (len > cap)
        return len;
    switch (d) {
    case FD_DEC_VERBATIM:
    case FD_DEC_COUNT:
        return copy(s, n, out, len, cap);
    case FD_DEC_CESC:
        while (i < n) {
            unsigned char c = (unsigned char)s[i++];
            if (c == '\\' && i < n)
                i = unescape(s, n, i, out, &len, cap);
            else
                PUT(c);
        }
        return len;
    case FD_DEC_TASMOTA:
        /* Tasmota's Unescape() (tasmota_support/support.ino), what
         * SSerialSend3 sends: \s is a blank, \\ \a \b \e \f \n \r \t \v
         * \xHH \" as C has them; any other backslash and its letter go out
         * as written */
        while (i < n) {
            unsigned char c = (unsigned char)s[i++];
            if (c != '\\' || i >= n)
                PUT(c);
            else if (s[i] == 's') {
                PUT(' ');
                i++;
            } else if (s[i] && strchr("\\abefnrtvx\"", s[i]))
                i = unescape(s, n, i, out, &len, cap);
            else
                PUT('\\');
        }
        return len;
    case FD_DEC_POWERSHELL:
        return ps_expr(s, n, out, len, cap);
    case FD_DEC_SHELL_WORD:
        /* the argument the program got from a command line a shell ran
         * (POSIX 2.2 Quoting): a single-quoted part as written, a
         * double-quoted part with the backslash taken off before $ ` " \
         * and a newline only, an unquoted backslash taken off before any
         * character; the quotes themselves are the shell's, never sent */
        while (i < n) {
            char c = s[i++];
            if (c == '\'') {
                const char *e = memchr(s + i, '\'', n - i);
                size_t k = e ? (size_t)(e - (s + i)) : n - i;
                len = copy(s + i, k, out, len, cap);
                i += k + (e != NULL);
            } else if (c == '"') {
                while (i < n && s[i] != '"') {
                    if (s[i] == '\\' && i + 1 < n && s[i + 1] && strchr("$`\"\\\n", s[i + 1]))
                        i++;
                    PUT(s[i++]);
                }
                i += i < n;
            } else if (c == '\\' && i < n) {
                PUT(s[i++]);
            } else {
                PUT(c);
            }
        }
        return len;
    case FD_DEC_GATCHAT:
        /* oFono's g_at_util_debug_chat() (gatchat/gatutil.c): \r \t \n and
         * \ooo as C writes them, but byte 26 as the word <CtrlZ> and byte 25
         * (not 27: the source's own choice) as <ESC>; an SMS body's end is
         * the <CtrlZ>, so it has to become the byte again */
        while (i < n) {
            unsigned char c = (unsigned char)s[i++];
            if (c == '\\' && i < n)
                i = unescape(s, n, i, out, &len, cap);
            else if (c == '<' && n - i >= 6 && !memcmp(s + i, "CtrlZ>", 6)) {
                PUT(0x1a);
                i += 6;
            } else if (c == '<' && n - i >= 4 && !memcmp(s + i, "ESC>", 4)) {
                PUT(0x19);
                i += 4;
            } else
                PUT(c);
        }
        return len;
    case FD_DEC_ANGLE:
    {
        int at_cmd = n >= 2 && (s[0] | 0x20) == 'a' && (s[1] | 0x20) == 't' && memchr(s, '"', n);
        uintptr_t ob = (uintptr_t)out, sb = (uintptr_t)s;
        int apart = ob + cap <= sb || sb + n <= ob;
        while (i < n) {
            /* a token right after a token (<cr><ln>) without the run's
             * sixteen-byte step that would find it at once */
            if (s[i] != '<') {
                i = angle_run(s, i, n, out, &len, cap, apart);
                if (i >= n)
                    break;
            }
            if (at_cmd && in_quoted_arg(s, n, i)) {
                PUT(s[i++]);
                continue;
            }
            if (i + 3 < n && s[i + 3] == '>') {
                int e = ats_fd_angle_eol(s + i);
                if (e >= 0) {
                    PUT(e);
                    i += 4;
                    continue;
                }
                int a = lower(s[i + 1]), b = lower(s[i + 2]);
                if (a == 'c' && b == 'r') {
                    PUT('\r');
                    i += 4;
                    continue;
                }
                if ((a == 'l' && b == 'n') || (a == 'l' && b == 'f')) {
                    PUT('\n');
                    i += 4;
                    continue;
                }
                if (ats_hexval(s[i + 1]) >= 0 && ats_hexval(s[i + 2]) >= 0) {
                    PUT(ats_hexval(s[i + 1]) * 16 + ats_hexval(s[i + 2]));
                    i += 4;
                    continue;
                }
            }
            /* a terminal's other control names (YAT's, a logger's): an
             * SMS's <SUB>, <ESC>, <TAB>; a hex pair above stays hex (Mbed's
             * <FF> is the byte 0xFF) */
            size_t used;
            int b = ats_fd_angle_name(s + i, n - i, &used);
            if (b >= 0) {
                PUT(b);
                i += used;
                continue;
            }
            PUT(s[i++]);
        }
        return len;
    }
    case FD_DEC_ANGLE_CARET:
        /* gnokii's at_dprintf() (common/links/utils.c): CR and LF as <cr>
         * <lf>, any other byte below 0x20 as '^' and the byte + 64, every
         * other byte as it is, '^' too. So "^Z" may be Ctrl-Z or the text
         * of a Huawei "AT^ZX"; a control byte is taken only where its pair
         * ends the payload or another token follows (the PDU's "...^Z"
         * that ends an SMS write), never inside a word ("AT^SYSCFG"). */
        while (i < n) {
            if (s[i] == '<' && i + 3 < n && s[i + 3] == '>') {
                int a = lower(s[i + 1]), b = lower(s[i + 2]);
                if (a == 'c' && b == 'r') {
                    PUT('\r');
                    i += 4;
                    continue;
                }
                if (a == 'l' && b == 'f') {
                    PUT('\n');
                    i += 4;
                    continue;
                }
            }
            if (s[i] == '^' && i + 1 < n && s[i + 1] >= '@' && s[i + 1] <= '_' &&
                (i + 2 == n || s[i + 2] == '<' || s[i + 2] == '^')) {
                PUT((unsigned char)s[i + 1] - 64);
                i += 2;
                continue;
            }
            PUT(s[i++]);
        }
        return len;
    case FD_DEC_CARET: {
        size_t base = len;
        while (i < n) {
            unsigned hi = 0;
            /* "M-" and the byte - 0x80 for an 8-bit byte; never inside a
             * word: chat's get_char() keeps 7 bits of what it reads, and
             * "SIM-800", "GSM-R" are the module's text */
            if (s[i] == 'M' && i + 2 < n && s[i + 1] == '-' &&
                !(len > base && len <= cap && word_byte(out[len - 1]))) {
                hi = 0x80;
                i += 2;
            }
            if (!hi && s[i] == '^' && caret_name(s, n, i, out + base, len - base)) {
                PUT('^');
                i++;
                continue;
            }
            if (s[i] == '^' && i + 1 < n && ((s[i + 1] >= '@' && s[i + 1] <= '_') || s[i + 1] == '?')) {
                PUT(hi | ((unsigned char)s[i + 1] ^ 0x40));
                i += 2;
                continue;
            }
            PUT(hi | (unsigned char)s[i++]);
        }
        return len;
    }
    case FD_DEC_HEX:
        while (i < n) {
            while (i < n && (s[i] == ' ' || s[i] == '\t'))
                i++;
            /* pairs, or an even run of them with no space between: a row
             * rejoined after a hard wrap whose trailing space a paste
             * trimmed ("... 0a" + "2b 43 ...") */
            size_t r = 0;
            while (i + r < n && ats_hexval(s[i + r]) >= 0)
                r++;
            if (r && !(r & 1) && (i + r == n || s[i + r] == ' ' || s[i + r] == '\t')) {
                for (; r; r -= 2, i += 2)
                    PUT(ats_hexval(s[i]) * 16 + ats_hexval(s[i + 1]));
                continue;
            }
            break;            /* the ASCII column or anything else: the row ends */
        }
        return len;
    case FD_DEC_HEXCELLS:
        /* gammu's DumpMessage() (libgammu/debug.c): a cell is "%02X", the
         * byte or a blank, and '|' after every cell but a row's last (the
         * 16th, or the message's last byte), which has a blank; the text
         * column follows. Only cells are read: the cell without its '|'
         * ends the row, and a row has 16 at most, so a text column of hex
         * digits (an SMS PDU's "96050066F0040B91") is never taken for
         * more cells. */
        for (i = 0; i + 1 < n && i < 16 * 4; i += 4) {
            if (ats_hexval(s[i]) < 0 || ats_hexval(s[i + 1]) < 0)
                break;
            PUT(ats_hexval(s[i]) * 16 + ats_hexval(s[i + 1]));
            if (i + 3 >= n || s[i + 3] != '|')
                break;
        }
        return len;
    case FD_DEC_CSV_CELL:
        while (i < n) {
            PUT(s[i]);
            i += s[i] == '"' && i + 1 < n && s[i + 1] == '"' ? 2 : 1;
        }
        return len;
    case FD_DEC_PYBYTES_LIST:
        /* each element's repr holds its own line end (readlines() keeps
         * it); either quote, as repr() chose it per element */
        while (i < n) {
            if (s[i] == 'b' && i + 1 < n && (s[i + 1] == '\'' || s[i + 1] == '"')) {
                i = py_string(s, n, i + 1, out, &len, cap);
                continue;
            }
            i++;
        }
        return len;
    case FD_DEC_PYLIST:
    case FD_DEC_PYLIST_READS:
        while (i < n) {
            if (s[i] == 'u' || s[i] == 'b')
                if (i + 1 < n && (s[i + 1] == '\'' || s[i + 1] == '"'))
                    i++;
            if (s[i] == '\'' || s[i] == '"') {
                size_t start = len;
                i = py_string(s, n, i, out, &len, cap);
                /* a prompt has no line end of its own (python-gsmmodem logs
                 * the write after it); but where each list is one read of
                 * the module's output and the writes are not logged, a
                 * prompt that ends a list was answered by a write the log
                 * does not hold: the next list's first line is not its text */
                size_t el = len - start;
                int prompt = (el == 1 && out[start] == '>') ||
                             (el == 2 && out[start] == '>' && out[start + 1] == ' ');
                size_t j = i;
                while (prompt && j < n && (s[j] == ' ' || s[j] == ','))
                    j++;
                if (prompt && d == FD_DEC_PYLIST_READS && j < n && s[j] == ']')
                    prompt = 0;
                if (!prompt) {
                    PUT('\r');
                    PUT('\n');
                }
                continue;
            }
            i++;
        }
        return len;
    case FD_DEC_TOKENS: {
        /* argv[0] is the match string ("+CREG: " with its space), the rest
         * the comma-split fields, all joined by single spaces; a line that
         * matched no handler comes verbatim. */
        /* a match on anything has an empty argv[0]: one space before the line */
        if (n > 1 && s[0] == ' ' && s[1] != ' ') {
            s++;
            n--;
        }
        const char *c = memchr(s, ':', n);
        if (!c || (size_t)(c - s) + 2 >= n || c[1] != ' ' || c[2] != ' ') {
            for (; i < n; i++)
                PUT(s[i]);
            return len;
        }
        size_t h = (size_t)(c - s) + 2;
        for (; i < h; i++)
            PUT(s[i]);
        i = h + 1;
        int inq = 0;
        for (; i < n; i++) {
            if (s[i] == '"')
                inq = !inq;
            PUT(s[i] == ' ' && !inq ? ',' : s[i]);
        }
        return len;
    }
    case FD_DEC_ARROWS:
        while (i < n) {
            if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x86 &&
                ((unsigned char)s[i + 2] == 0x90 || (unsigned char)s[i + 2] == 0x93)) {
                PUT((unsigned char)s[i + 2] == 0x90 ? '\r' : '\n');
                i += 3;
                continue;
            }
            PUT(s[i++]);
        }
        return len;
    case FD_DEC_HEXSTRING:
        for (; i + 1 < n && ats_hexval(s[i]) >= 0 && ats_hexval(s[i + 1]) >= 0; i += 2)
            PUT(ats_hexval(s[i]) * 16 + ats_hexval(s[i + 1]));
        return len;
    case FD_DEC_SYSLOG_OCTAL:
        /* rsyslog parser.c SanitizeMsg(): a control character as the escape
         * prefix ('#', '\\' in old versions) and three octal digits; only
         * those values are escapes, so "#123" in text stays text */
        while (i < n) {
            if ((s[i] == '#' || s[i] == '\\') && i + 3 < n && s[i + 1] >= '0' && s[i + 1] <= '1' &&
                s[i + 2] >= '0' && s[i + 2] <= '7' && s[i + 3] >= '0' && s[i + 3] <= '7') {
                int v = (s[i + 1] - '0') * 64 + (s[i + 2] - '0') * 8 + (s[i + 3] - '0');
                if (v < 0x20 || v == 0x7f) {
                    PUT(v);
                    i += 4;
                    continue;
                }
            }
            PUT(s[i++]);
        }
        return len;
    case FD_DEC_ASCII_NAMES:
        while (i < n) {
            const char *lt = memchr(s + i, '<', n - i);
            size_t run = lt ? (size_t)(lt - (s + i)) : n - i, used = 0;
            len = copy(s + i, run, out, len, cap);
            i += run;
            if (i >= n)
                break;
            int b = ats_fd_ascii_name(s + i, n - i, '>', 0, &used);
            if (b >= 0) {
                PUT(b);
                i += used;
            } else {
                PUT(s[i++]);
            }
        }
        return len;
    case FD_DEC_MINITERM_RX:
        /* pyserial miniterm's --filter debug (serial/tools/miniterm.py
         * DebugIO): ' [RX:%r] ' on stderr for each read, ' [TX:%r] ' for
         * each key sent, and on stdout the read's text again as the console
         * shows it, line ends changed: the reads' reprs are the wire's
         * bytes, everything around them a second copy or the keys (whose
         * echo is in the reads) */
        while (i + 4 < n) {
            if (s[i] == '[' && s[i + 1] == 'R' && s[i + 2] == 'X' && s[i + 3] == ':') {
                size_t q = i + 4;
                if (q + 1 < n && (s[q] == 'u' || s[q] == 'b') &&
                    (s[q + 1] == '\'' || s[q + 1] == '"'))
                    q++;
                if (q < n && (s[q] == '\'' || s[q] == '"')) {
                    i = py_string(s, n, q, out, &len, cap);
                    continue;
                }
            }
            i++;
        }
        return len;
    case FD_DEC_DOTS:
        /* loboris' libGSM infoCommand() and its response print (the ESP32
         * PPPoS example and its copies) put a '.' for every byte outside
         * 0x20..0x7f, so a dot is a CR, an LF or a
         * dot. Read as line ends: a run at either end of the payload, or of
         * two or more inside it (CR LF pairs; an odd run a CR first, the
         * echo's CR CR LF); a lone dot inside the text is a dot (10.1.2.3,
         * "apn.example"). Lossy: ".." in text becomes a line end. */
        while (i < n) {
            if (s[i] != '.') {
                PUT(s[i++]);
                continue;
            }
            size_t r = 0;
            while (i + r < n && s[i + r] == '.')
                r++;
            if (r == 1 && i > 0 && i + 1 < n) {
                PUT('.');
                i++;
                continue;
            }
            if (r & 1)
                PUT('\r');
            for (size_t k = 0; k < r / 2; k++) {
                PUT('\r');
                PUT('\n');
            }
            i += r;
        }
        return len;
    case FD_DEC_CTRL_TOKENS:
        /* the tokens above, and the backslash escapes of a logger that
         * escapes a line's control bytes (\r \n \t \xHH of a control
         * byte; \\ and \" as it escapes them too); everything else as
         * printed */
        while (i < n) {
            size_t used = 0;
            int b = ctrl_token(s + i, n - i, &used);
            if (b >= 0) {
                PUT(b);
                i += used;
                continue;
            }
            if (s[i] == '\\' && i + 1 < n) {
                char e = s[i + 1];
                int v = e == 'r' ? '\r' : e == 'n' ? '\n' : e == 't' ? '\t' : e == '\\' ? '\\'
                      : e == '"' ? '"' : -1;
                if (e == 'x' && i + 3 < n && ats_hexval(s[i + 2]) >= 0 && ats_hexval(s[i + 3]) >= 0) {
                    v = ats_hexval(s[i + 2]) * 16 + ats_hexval(s[i + 3]);
                    if (v < 0x20 || v == 0x7f) {
                        PUT(v);
                        i += 4;
                        continue;
                    }
                    v = -1;
                }
                if (v >= 0) {
                    PUT(v);
                    i += 2;
                    continue;
                }
            }
            PUT(s[i++]);
        }
        return len;
    case FD_DEC_PAREN_CODES:
        /* SMSLib's formatLog(): the names and codes above; a code from 128
         * on is a Java char (a UTF-16 unit, a surrogate pair two codes),
         * written as its UTF-8, the charset the port's getBytes() has on a
         * current JVM (an inference: the platform's default charset) */
        while (i < n) {
            size_t used = 0, used2 = 0;
            long v = paren_code(s + i, n - i, &used);
            if (v < 0x80) {
                if (v >= 0)
                    PUT(v);
                else
                    PUT(s[i]);
                i += v >= 0 ? used : 1;
                continue;
            }
            if (v >= 0xd800 && v < 0xdc00) {
                long lo = paren_code(s + i + used, n - i - used, &used2);
                if (lo < 0xdc00 || lo > 0xdfff) {
                    PUT(s[i++]);         /* a lone surrogate: as printed */
                    continue;
                }
                v = 0x10000 + ((v - 0xd800) << 10) + (lo - 0xdc00);
                used += used2;
            } else if (v >= 0xdc00 && v <= 0xdfff) {
                PUT(s[i++]);
                continue;
            }
            if (v < 0x800) {
                PUT(0xc0 | (v >> 6));
            } else if (v < 0x10000) {
                PUT(0xe0 | (v >> 12));
                PUT(0x80 | ((v >> 6) & 0x3f));
            } else {
                PUT(0xf0 | (v >> 18));
                PUT(0x80 | ((v >> 12) & 0x3f));
                PUT(0x80 | ((v >> 6) & 0x3f));
            }
            PUT(0x80 | (v & 0x3f));
            i += used;
        }
        return len;
    case FD_DEC_BRACKET_HEX:
        while (i < n) {
            if (s[i] == '[' && i + 3 < n && s[i + 3] == ']' && ats_hexval(s[i + 1]) >= 0 &&
                ats_hexval(s[i + 2]) >= 0) {
                PUT(ats_hexval(s[i + 1]) * 16 + ats_hexval(s[i + 2]));
                i += 4;
                continue;
            }
            PUT(s[i++]);
        }
        return len;
    }
    return len;
}
