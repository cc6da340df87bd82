/* command.c - V.250 command line syntax: AT prefix, basic and extended
 * commands, ';' separated sub-commands, types and arguments. */
#include <string.h>
#include "internal.h"

static int up(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_ext_prefix(int c) { return strchr("+^%$#*!@", c) != NULL && c != 0; }
static int is_name_char(int c)
{
    return is_alpha(c) || is_digit(c) || c == '_' || c == '.' || c == '-';
}

int ats_is_command_text(const char *s, size_t n)
{
    if (n < 2 || up((unsigned char)s[0]) != 'A')
        return 0;
    return up((unsigned char)s[1]) == 'T' || s[1] == '/';
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

static void set_name(ats_cmdline *cl, size_t k, const char *s, size_t n)
{
    size_t m = n < sizeof cl->names[k] - 1 ? n : sizeof cl->names[k] - 1;
    for (size_t i = 0; i < m; i++)
        cl->names[k][i] = (char)up((unsigned char)s[i]);
    cl->names[k][m] = 0;
    cl->cmds[k].name.ptr = cl->names[k];
    cl->cmds[k].name.len = m;
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
            size_t e = args_end(s, i, n);
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
                if (i < n && s[i] == '?') {
                    sc->type = ATS_CMD_READ;
                    i++;
                } else if (i < n && s[i] == '=') {
                    sc->type = ATS_CMD_SET;
                    i = digit_args(sc, s, i + 1, n);
                }
            } else {
                set_name(cl, k, s + b, i - b);
                if (i < n && s[i] == '?') {
                    sc->type = ATS_CMD_READ;
                    i++;
                } else {
                    if (i < n && s[i] == '=') {
                        sc->type = ATS_CMD_SET;
                        i++;
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
