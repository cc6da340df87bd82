/* command.c - V.250 command line syntax: AT prefix, basic and extended
 * commands, ';' separated sub-commands, types and arguments. */
#include <stdint.h>
#include <string.h>
#include "internal.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static int up(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
/* "+^%$#*!@" (a switch: a strchr call was asked at every byte of a name) */
static int is_ext_prefix(int c)
{
    switch (c) {
    case '+': case '^': case '%': case '$': case '#': case '*': case '!': case '@':
        return 1;
    default:
        return 0;
    }
}
static int is_name_char(int c)
{
    return is_alpha(c) || is_digit(c) || c == '_' || c == '.' || c == '-';
}

/* May s[0..n) hold a brace or "==" at all? The common command line has
 * neither, and this is asked six to eight times of each command line (the
 * redaction, the builder, the command line's parse, its prose tests): a
 * byte loop of three compares a byte was a twentieth of a plain capture's
 * line. Sixteen bytes a step with SSE2 (the last step overlapping the one
 * before it; a pair across two steps looked at by hand), below sixteen
 * two words of eight or four bytes in one register, a table below four. */
static const unsigned char config_byte[256] = {['{'] = 1, ['}'] = 1, ['='] = 1};

static int may_be_config(const char *s, size_t n)
{
#if defined(__SSE2__)
    const __m128i lb = _mm_set1_epi8('{'), rb = _mm_set1_epi8('}'), eq = _mm_set1_epi8('=');
    if (n >= 16) {
        for (size_t i = 0;;) {
            size_t at = i + 16 <= n ? i : n - 16;
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + at));
            unsigned b = (unsigned)_mm_movemask_epi8(
                _mm_or_si128(_mm_cmpeq_epi8(x, lb), _mm_cmpeq_epi8(x, rb)));
            unsigned e = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, eq));
            if (b || (e & (e >> 1)))
                return 1;
            if (at + 16 >= n)
                return 0;
            if ((e >> 15) && s[at + 16] == '=')
                return 1;
            i = at + 16;
        }
    }
    if (n >= 4) {
        /* two words that overlap or meet (every pair of neighbours lies in
         * one of them) side by side in one register: lanes 0-7 and 8-15,
         * a pair across lanes 7 and 8 no pair (the upper lanes of a word of
         * four are zero: none of the three) */
        uint64_t a, b;
        if (n >= 8) {
            memcpy(&a, s, 8);
            memcpy(&b, s + n - 8, 8);
        } else {
            uint32_t x, y;
            memcpy(&x, s, 4);
            memcpy(&y, s + n - 4, 4);
            a = x;
            b = y;
        }
        __m128i x = _mm_set_epi64x((long long)b, (long long)a);
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(x, lb), _mm_cmpeq_epi8(x, rb)));
        unsigned e = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, eq));
        return (m | (e & (e >> 1) & 0x7F7Fu)) != 0;
    }
#endif
    for (size_t k = 0; k < n; k++)
        if (config_byte[(unsigned char)s[k]] && (s[k] != '=' || (k + 1 < n && s[k + 1] == '=')))
            return 1;
    return 0;
}

/* Does s[0..n) hold, outside double quotes, a brace or "==" ? Neither is
 * V.250 command line syntax (a string parameter that carries them, JSON in
 * AT+QMTPUBEX, is quoted, its own quotes escaped: a backslash in quotes
 * takes the next byte), while configuration files that name AT ports spell
 * them so: a udev rule's ATTRS{idVendor}=="2c7c" starts with "AT" and is no
 * command (held-out batch 28's U3). Only looked at where one of the bytes
 * is in the line at all. */
static int config_syntax(const char *s, size_t n)
{
    if (!may_be_config(s, n))
        return 0;
    int q = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (q) {
            if (c == '\\')
                i++;
            else if (c == '"')
                q = 0;
        } else if (c == '"') {
            q = 1;
        } else if (c == '{' || c == '}' || (c == '=' && i + 1 < n && s[i + 1] == '=')) {
            return 1;
        }
    }
    return 0;
}

int ats_is_command_text(const char *s, size_t n)
{
    if (n < 2 || up((unsigned char)s[0]) != 'A')
        return 0;
    if (up((unsigned char)s[1]) != 'T' && s[1] != '/')
        return 0;
    return n == 2 || !config_syntax(s + 2, n - 2);
}

/* A basic or S-register command's argument: the digits from s[i] (ATS7=30,
 * ATE1, AT&F0); returns where they end. */
static size_t digit_args(ats_subcmd *sc, const char *s, size_t i, size_t n)
{
    size_t a = i;
    while (i < n && is_digit((unsigned char)s[i]))
        i++;
    sc->args_raw.ptr = s + a;
    sc->args_raw.len = i - a;
    return i;
}

static void split_args(ats_cmdline *cl, size_t k)
{
    ats_subcmd *c = &cl->cmds[k];
    const char *p = c->args_raw.ptr;
    size_t n = c->args_raw.len, start = 0, na = 0;
    int q = 0;
    c->nargs = 0;
    c->args = cl->args[k];
    if (n == 0)
        return;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && p[i] == '"')
            q = !q;
        if (i == n || (p[i] == ',' && !q)) {
            const char *a = p + start;
            size_t an = i - start;
            ats_trim_blanks(&a, &an);
            if (an >= 2 && a[0] == '"' && a[an - 1] == '"') {
                a++;
                an -= 2;
            }
            if (na < ATS_MAX_ARGS) {
                cl->args[k][na].ptr = a;
                cl->args[k][na].len = an;
                na++;
            }
            start = i + 1;
        }
    }
    c->nargs = na;
}

/* The name written from s[0] for n bytes, upper-cased and without the
 * blanks a person typed inside it (name_goes_on). */
static void set_name(ats_cmdline *cl, size_t k, const char *s, size_t n)
{
    size_t m = 0;
    for (size_t i = 0; i < n && m < sizeof cl->names[k] - 1; i++)
        if (s[i] != ' ' && s[i] != '\t')
            cl->names[k][m++] = (char)up((unsigned char)s[i]);
    cl->names[k][m] = 0;
    cl->cmds[k].name.ptr = cl->names[k];
    cl->cmds[k].name.len = m;
}

static int is_blank(int c) { return c == ' ' || c == '\t'; }

/* A result code, or the command's own answer glued after a gap ("AT+CSQ
 * OK"), is not prose. */
static int final_word(const char *s, size_t n)
{
    static const char *const w[] = {"OK", "ERROR", "CONNECT", "RING", "BUSY", "NO"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
        if (strlen(w[k]) == n && memcmp(w[k], s, n) == 0)
            return 1;
    return 0;
}

/* V.250 5.1: the DCE ignores blanks in a command line outside quoted
 * strings, so a person typing in a terminal who wrote "AT+CG MR" or
 * "AT + CSQ" sent AT+CGMR and AT+CSQ. name is the extended name as written
 * so far ("+CG", or "+" alone); from s[i], the name goes on when one blank
 * is followed by letters and digits in the written name's case (no
 * lower-case letter after an upper-case name, no upper-case one after a
 * lower-case name) that are no result code ("AT+CSQ OK": its answer glued
 * on), up to the line's end, '=', '?', ';', another such piece or a plain
 * break (below). Anything else after the blank (a sentence, "AT+CSQ
 * returns 99"; a manual's title, "AT+CSQ Signal Quality Report"; two
 * blanks or a tab, a column) is not the name's. Returns where the name
 * ends, 0 when it ends before s[i]. */
static size_t name_goes_on(const char *name, size_t nn, const char *s, size_t i, size_t n)
{
    /* most names end at '=', '?' or the line's end: asked before the case
     * scan of the name, on every command line */
    if (i + 1 >= n || s[i] != ' ' || is_blank((unsigned char)s[i + 1]))
        return 0;
    int has_up = 0, has_low = 0;
    for (size_t k = 0; k < nn; k++) {
        has_up |= name[k] >= 'A' && name[k] <= 'Z';
        has_low |= name[k] >= 'a' && name[k] <= 'z';
    }
    size_t prev = 0;              /* the end of the name's last piece */
    for (;;) {
        if (i + 1 >= n || s[i] != ' ' || is_blank((unsigned char)s[i + 1]))
            return 0;
        size_t w = ++i;
        int wup = 0, wlow = 0;
        while (i < n && (is_alpha((unsigned char)s[i]) || is_digit((unsigned char)s[i]))) {
            wup |= s[i] >= 'A' && s[i] <= 'Z';
            wlow |= s[i] >= 'a' && s[i] <= 'z';
            i++;
        }
        if (i == w || final_word(s + w, i - w))
            return 0;
        /* a word in the other case after a piece: a title's ("AT + CSQ
         * Signal Quality"), the name ended before it */
        if ((has_up && !has_low && wlow) || (has_low && !has_up && wup))
            return prev;
        if (!has_up && !has_low) {  /* "AT + csq": the first piece sets the case */
            has_up = wup;
            has_low = wlow;
        }
        if (i == n || s[i] == '=' || s[i] == '?' || s[i] == ';')
            return i;
        if (s[i] != ' ')
            return 0;
        /* the name ends at a plain break: trailing blanks, a column, a
         * comment's mark, words in the other case ("AT+CG MR returns the
         * revision"); before letters or digits in its case, the next piece
         * decides (no name in "AT+CSQ RETURNS 99.") */
        unsigned char c = i + 1 < n ? (unsigned char)s[i + 1] : ' ';
        if (is_blank(c) || !(is_alpha(c) || is_digit(c)) ||
            (has_up && !has_low && c >= 'a' && c <= 'z') ||
            (has_low && !has_up && c >= 'A' && c <= 'Z'))
            return i;
        prev = i;
    }
}

/* A basic command's blanks before its '?', '=' or digits ("ATE 0", "ATS0 =
 * 1"), which the DCE ignores (V.250 5.1): where the value starts, or i. */
static size_t value_at(const char *s, size_t i, size_t n)
{
    size_t j = i;
    while (j < n && (s[j] == ' ' || s[j] == '\t'))
        j++;
    return j < n && (s[j] == '?' || s[j] == '=' || is_digit((unsigned char)s[j])) ? j : i;
}

/* Arguments run to the next ';' outside quotes. */
static size_t args_end(const char *s, size_t i, size_t n)
{
    int q = 0;
    for (; i < n; i++) {
        if (s[i] == '"')
            q = !q;
        else if (s[i] == ';' && !q)
            break;
    }
    return i;
}

int ats_cmdline_parse(ats_cmdline *cl, const char *s, size_t n)
{
    cl->ncmds = 0;
    if (!ats_is_command_text(s, n))
        return -1;
    if (s[1] == '/') {
        set_name(cl, 0, "A/", 2);
        cl->cmds[0].type = ATS_CMD_EXECUTE;
        cl->cmds[0].args_raw.ptr = s + 2;
        cl->cmds[0].args_raw.len = 0;
        split_args(cl, 0);
        cl->ncmds = 1;
        return 0;
    }
    size_t i = 2;
    while (i < n && cl->ncmds < ATS_MAX_SUBCMDS) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == ';' || c == '\t') {
            i++;
            continue;
        }
        size_t k = cl->ncmds;
        ats_subcmd *sc = &cl->cmds[k];
        sc->type = ATS_CMD_EXECUTE;
        sc->args_raw.ptr = s + i;
        sc->args_raw.len = 0;
        if (is_ext_prefix(c)) {
            size_t b = i++;
            while (i < n && is_name_char((unsigned char)s[i]))
                i++;
            size_t e = name_goes_on(s + b, i - b, s, i, n);
            if (e)
                i = e;
            set_name(cl, k, s + b, i - b);
            while (i < n && s[i] == ' ')
                i++;
            if (i + 1 < n && s[i] == '=' && s[i + 1] == '?') {
                sc->type = ATS_CMD_TEST;
                i += 2;
            } else if (i < n && s[i] == '?') {
                sc->type = ATS_CMD_READ;
                i++;
            } else if (i < n && s[i] == '=') {
                sc->type = ATS_CMD_SET;
                i++;
            }
            e = args_end(s, i, n);
            sc->args_raw.ptr = s + i;
            sc->args_raw.len = e - i;
            i = e;
        } else if (is_alpha(c) || c == '&') {
            size_t b = i++;
            if (c == '&' && i < n)
                i++;
            if (up(c) == 'D') {        /* dial: the rest of the line is the number */
                set_name(cl, k, s + b, 1);
                sc->args_raw.ptr = s + i;
                sc->args_raw.len = n - i;
                i = n;
            } else if (up(c) == 'S' && i < n && is_digit((unsigned char)s[i])) {
                while (i < n && is_digit((unsigned char)s[i]))
                    i++;
                set_name(cl, k, s + b, i - b);
                i = value_at(s, i, n);
                if (i < n && s[i] == '?') {
                    sc->type = ATS_CMD_READ;
                    i++;
                } else if (i < n && s[i] == '=') {
                    sc->type = ATS_CMD_SET;
                    i = digit_args(sc, s, value_at(s, i + 1, n), n);
                }
            } else {
                set_name(cl, k, s + b, i - b);
                i = value_at(s, i, n);
                if (i < n && s[i] == '?') {
                    sc->type = ATS_CMD_READ;
                    i++;
                } else {
                    if (i < n && s[i] == '=') {
                        sc->type = ATS_CMD_SET;
                        i = value_at(s, i + 1, n);
                    }
                    i = digit_args(sc, s, i, n);
                }
            }
        } else {
            /* Not V.250 syntax: keep the rest as one unnamed sub-command so
             * nothing is lost; the rules see an empty name. */
            size_t e = args_end(s, i, n);
            set_name(cl, k, "", 0);
            sc->args_raw.ptr = s + i;
            sc->args_raw.len = e - i;
            i = e;
        }
        split_args(cl, k);
        cl->ncmds++;
    }
    if (cl->ncmds == 0) {
        set_name(cl, 0, "AT", 2);
        cl->cmds[0].type = ATS_CMD_EXECUTE;
        cl->cmds[0].args_raw.ptr = s + n;
        cl->cmds[0].args_raw.len = 0;
        split_args(cl, 0);
        cl->ncmds = 1;
    }
    return 0;
}

/* ---- help text: a manual's lines that read as command lines ---- */

/* Two lower-case words from w on, or one and a command: "first, then",
 * "and reboot", "and AT+CEREG?" (a person's sentence, not a value nor a
 * title). */
static int lower_words(const char *s, size_t w, size_t n)
{
    size_t i = w;
    while (i < n && s[i] >= 'a' && s[i] <= 'z')
        i++;
    if (i - w < 2 || (i < n && is_alpha((unsigned char)s[i])))
        return 0;
    while (i < n && (s[i] == ',' || is_blank((unsigned char)s[i])))
        i++;
    size_t v = i;
    /* or a word and another command named: "and AT+CEREG?" */
    if (i + 2 < n && up((unsigned char)s[i]) == 'A' && up((unsigned char)s[i + 1]) == 'T' &&
        strchr("+^&%$#*", s[i + 2]))
        return 1;
    while (i < n && s[i] >= 'a' && s[i] <= 'z')
        i++;
    return i - v >= 2 && (i == n || !is_alpha((unsigned char)s[i]));
}

/* "AT command ready" (a module's boot text), "AT commands do not work" (a
 * person's): V.250 would read basic commands C, O, M... in it, but the
 * prefix, a blank, then two lower-case words is a sentence, not a command
 * line ("at e0", "AT Z" have no such words). */
int ats_cmdline_is_sentence(const char *s, size_t n)
{
    /* "Attached!", "attempting to attach": a word that starts with the
     * prefix, a lower-case 't' and four lower-case letters or more, then no
     * digit, '=' or '?': typed basic commands carry a digit or stop short
     * ("ate0", "atdt5551234", "ATI") */
    if (n >= 6 && ats_is_command_text(s, n) && s[1] == 't') {
        size_t i = 2;
        while (i < n && s[i] >= 'a' && s[i] <= 'z')
            i++;
        if (i - 2 >= 4 && (i == n || !(is_alpha((unsigned char)s[i]) ||
                                       is_digit((unsigned char)s[i]) || strchr("=?&+", s[i]))))
            return 1;
    }
    if (n < 6 || !ats_is_command_text(s, n) || !is_blank((unsigned char)s[2]))
        return 0;
    size_t w = 2;
    while (w < n && is_blank((unsigned char)s[w]))
        w++;
    return w < n && s[w] >= 'a' && s[w] <= 'z' && lower_words(s, w, n);
}

/* A manual's table of response times: a number and a unit of time at
 * s[i] ("140 s", "300 ms, then POWERED DOWN", "1.5s", "15 sec"), the cell
 * ending there or going on after a blank or a comma. */
static int time_cell(const char *s, size_t i, size_t n)
{
    size_t d = i;
    while (i < n && is_digit((unsigned char)s[i]))
        i++;
    if (i == d)
        return 0;
    if (i + 1 < n && (s[i] == '.' || s[i] == ',') && is_digit((unsigned char)s[i + 1]))
        for (i++; i < n && is_digit((unsigned char)s[i]);)
            i++;
    if (i < n && s[i] == ' ')
        i++;
    static const char *const u[] = {"ms", "s", "sec", "secs", "second", "seconds",
                                    "min", "mins", "minute", "minutes"};
    size_t w = i;
    while (i < n && is_alpha((unsigned char)s[i]))
        i++;
    if (i < n && !is_blank((unsigned char)s[i]) && s[i] != ',' && s[i] != ';' && s[i] != '/')
        return 0;
    for (size_t k = 0; k < sizeof u / sizeof u[0]; k++)
        if (strlen(u[k]) == i - w && ats_ascii_casecmp(u[k], i - w, s + w, i - w) == 0)
            return 1;
    return 0;
}

/* The answers a manual allows, one or the other: "OK / ERROR", "OK/+CME
 * ERROR" at s[i]. A session shows the one it got. */
static int final_alternatives(const char *s, size_t i, size_t n)
{
    size_t w = i;
    while (i < n && s[i] >= 'A' && s[i] <= 'Z')
        i++;
    if (!final_word(s + w, i - w))
        return 0;
    while (i < n && s[i] == ' ')
        i++;
    if (i == n || s[i] != '/')
        return 0;
    for (i++; i < n && s[i] == ' ';)
        i++;
    if (i < n && s[i] == '+')
        return i + 4 < n && (s[i + 1] == 'C') && (s[i + 2] == 'M');
    w = i;
    while (i < n && s[i] >= 'A' && s[i] <= 'Z')
        i++;
    return final_word(s + w, i - w);
}

/* A manual's command index or a reporter's list puts a title after the
 * command: "AT+CREG        Network Registration Status", "ATE  Set Command
 * Echo Mode", "AT+CSQ Signal Quality Report". V.250 5.4 lets nothing but
 * "=", "?", ";" or the line end follow an extended name, and a space in a
 * command line is ignored, so the modem would take the title as part of
 * the name. The shape: the command (one token, no blank outside quotes
 * but those inside its name, name_goes_on),
 * then blanks (two, or a tab, after a token with a value or a '?'; one
 * after a bare name), then a word of two letters or more that is no result
 * code and no command. Whether such a line was sent is for what follows it
 * (parser/builder.c: an echo or an answer makes it a command, and the title
 * its comment). Returns where the blanks before the title start, 0 for no
 * title. */
size_t ats_cmdline_prose_tail(const char *s, size_t n)
{
    if (n < 4 || !ats_is_command_text(s, n) || s[1] == '/')
        return 0;
    /* Without a blank past "AT" the scan below ends at the line's end (a
     * title and a name going on both begin at one): most command lines. */
    size_t i = 2;
    while (i < n && !is_blank((unsigned char)s[i]))
        i++;
    if (i == n)
        return 0;
    i = 2;
    int q = 0, valued = 0, ext = is_ext_prefix((unsigned char)s[2]);
    for (; i < n; i++) {
        size_t e;
        if (s[i] == '"')
            q = !q;
        else if (!q && !valued && ext &&
                 (e = name_goes_on(s + 2, i - 2, s, i, n)) != 0)
            i = e - 1;    /* "AT+CG MR": a blank in the name, no title */
        else if (!q && is_blank((unsigned char)s[i]))
            break;
        else if (!q && (s[i] == '=' || s[i] == '?' || s[i] == ';'))
            valued = 1;
    }
    if (i == 2 || i == n || q)
        return 0;
    size_t g = i;
    while (i < n && is_blank((unsigned char)s[i]))
        i++;
    if (i == n)
        return 0;                 /* trailing blanks only */
    /* a column after the command (two blanks or a tab): a manual's table of
     * response times or of the answers allowed, no one's session */
    if ((i - g >= 2 || s[g] == '\t') && (s[i] <= '9' ? s[i] >= '0' && time_cell(s, i, n)
                                                     : final_alternatives(s, i, n)))
        return g;
    /* a sentence that names a command goes on after one blank: after the
     * command's own full stop or comma ("AT+CFUN=15. After the reboot"), or
     * in lower-case words ("AT+CFUN=0 first, then set"); a value's one
     * blank before anything else may be a reporter's comment or data */
    int stop = strchr(".,:!", s[g - 1]) != NULL;
    int single = valued && i - g < 2 && s[g] != '\t';
    size_t w = i;
    while (i < n && is_alpha((unsigned char)s[i]))
        i++;
    if (i - w < 2 || final_word(s + w, i - w))
        return 0;
    if (single && !stop && !lower_words(s, w, n))
        return 0;
    /* "AT+CSQ  AT+CREG?": two commands, not a title */
    if (i - w == 2 && up((unsigned char)s[w]) == 'A' && up((unsigned char)s[w + 1]) == 'T')
        return 0;
    return g;
}

/* The control characters a log writes by name ("<CR>", "<Ctrl-Z>"): these
 * are bytes, not a manual's parameters. */
static int control_name(const char *s, size_t n)
{
    static const char *const w[] = {"CR", "LF", "CRLF", "ESC", "SUB", "NUL", "TAB", "BS",
                                    "DEL", "ETX", "EOT", "SOH", "STX", "ACK", "NAK", "SP",
                                    "XON", "XOFF", "ENTER", "CTRL-Z", "CTRL+Z", "CTRLZ"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
        if (strlen(w[k]) == n && ats_ascii_casecmp(w[k], n, s, n) == 0)
            return 1;
    return 0;
}

/* What redaction writes in place of a value (parser/redact.c: "<PHONE-1>",
 * "<PIN>"), upper case as it writes it: the line was a real one. */
static int redact_token(const char *s, size_t n)
{
    static const char *const w[] = {"IMEI", "IMSI", "ICCID", "PHONE", "SMS",
                                    "PIN",  "USER", "PASSWORD", "IP", "HOST"};
    size_t k = 0;
    while (k < n && s[k] != '-')
        k++;
    for (size_t j = k + 1; j < n; j++)
        if (!is_digit((unsigned char)s[j]))
            return 0;
    if (k < n && k + 1 == n)
        return 0;
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        if (strlen(w[i]) == k && memcmp(w[i], s, k) == 0)
            return 1;
    return 0;
}

/* A manual's parameter name in angle brackets: "AT+CREG=[<n>]", "+CSQ:
 * <rssi>,<ber>", "+CME ERROR: <err>". A modem never prints one, and no
 * host sends one; an HTML payload's "<html>" is data, which is why only
 * a command line or a line in a response's shape ("+NAME: ") is asked. */
/* Where a manual puts a parameter: after a separator of the syntax
 * ("=<n>", ": <rssi>", ",<ber>", "[<lac>", "(<mode>") and before one, or an
 * "s" of a plural ("<rssi>s)"). Markup in data is not there: "</b><i>"
 * (after a '>'), ",0,<html><body>" (before a '<'), "\"<msg>\"" (quoted). */
static int param_before(char c) { return c == ' ' || c == ',' || c == '=' || c == '[' || c == '(' || c == ':'; }
static int param_after(const char *s, size_t k, size_t n)
{
    if (k < n && s[k] == 's')
        k++;
    return k == n || s[k] == ',' || s[k] == ']' || s[k] == ')' || s[k] == '[' || s[k] == ' ' ||
           s[k] == '\r' || s[k] == '\n' || s[k] == ';' || s[k] == '.';
}

int ats_has_placeholder(const char *s, size_t n)
{
    for (size_t i = 0; i + 2 < n; i++) {
        if (s[i] != '<' || !is_alpha((unsigned char)s[i + 1]) || (i > 0 && !param_before(s[i - 1])))
            continue;
        size_t j = i + 1;
        while (j < n && j - i <= 32 &&
               (is_name_char((unsigned char)s[j]) || s[j] == ' ' || s[j] == '+'))
            j++;
        if (j < n && s[j] == '>' && param_after(s, j + 1, n) &&
            !control_name(s + i + 1, j - i - 1) && !redact_token(s + i + 1, j - i - 1))
            return 1;
    }
    return 0;
}
