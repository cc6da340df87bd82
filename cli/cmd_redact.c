/* cmd_redact.c - `atscope redact FILE`: a copy of the capture in its own
 * format (every byte, time stamp, wrapper and trace decoration as it was)
 * with what `parse` and `check` mask masked the same way, to attach to a
 * ticket instead of the raw log.
 *
 * The capture is read once through the parser with redaction on; the stage
 * says, per masked value, the line it was in (its offset in the file) and the
 * replacement. The copy is the file with each value replaced near that
 * offset: as its bytes, or as hex where a format writes the bytes in hex.
 * The copy is then read again: if the profile's entries still find anything
 * that is not a pseudonym, or a masked value is still in it, no copy is
 * written (exit 2) rather than one that leaks. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "autoprofile.h"
#include "capture_read.h"
#include "cli.h"
#include "output.h"
#include "redact_opt.h"

const char cmd_redact_help[] =
    "Usage: atscope redact [OPTIONS] FILE\n"
    "\n"
    "Write a copy of a capture in its own format, every byte, time stamp and\n"
    "wrapper as it was, with what parse, check and stats mask masked the same\n"
    "way: IMEI, IMSI, ICCID, phone numbers, SMS text and PDUs, PINs and APN\n"
    "credentials (docs/profiles.md). Attach it to a ticket instead of the raw\n"
    "log. The copy is read again before it is written: if anything the profile\n"
    "would mask is still in it, nothing is written.\n"
    "\n"
    "Options:\n"
    CLI_PROFILE_HELP
    "  -i, --input-format NAME capture format (default: auto; see 'atscope formats')\n"
    "  -o, --output FILE       write the copy to FILE (replacing it once whole;\n"
    "                          default: standard output)\n"
    "      --redact-hosts      also mask IP addresses and host names\n"
    CLI_INPUT_HELP
    "  -h, --help              show this help\n"
    "\n"
    "Examples:\n"
    "  # a copy for a support ticket\n"
    "  atscope redact -o /tmp/ticket.log capture.log\n"
    "  # server addresses too\n"
    "  atscope redact --redact-hosts -o /tmp/ticket.log capture.log\n"
    "\n"
    "Exit status: 0 written, 2 bad usage, an unreadable input, something that\n"
    "could not be masked in this format (nothing written), or a write error.\n";

/* One masked value: where its line starts in the file, and what replaces it. */
typedef struct req {
    uint64_t at;
    char *value, *rep;
    size_t vlen, rlen;
    int kind;
} req;

typedef struct rctx {
    req *v;
    size_t n, cap;
    int nomem;
    const cli_profiles *cp;
    ats_redact_map *map;
    ats_parser *ps;
    const ats_profile *used;
    const char *shown;
} rctx;

#define MAX_REQS 10000000u

static int on_span(void *user, const ats_line *l, size_t from, size_t to, ats_redact_kind kind,
                   ats_span rep)
{
    rctx *c = user;
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 256;
        req *v = cap <= MAX_REQS ? realloc(c->v, cap * sizeof *v) : NULL;
        if (!v) {
            c->nomem = 1;
            return 1;
        }
        c->v = v;
        c->cap = cap;
    }
    req *q = &c->v[c->n];
    q->at = l->offset;
    q->vlen = to - from;
    q->rlen = rep.len;
    q->kind = (int)kind;
    q->value = malloc(q->vlen + 1);
    q->rep = malloc(q->rlen + 1);
    if (!q->value || !q->rep) {
        free(q->value);
        free(q->rep);
        c->nomem = 1;
        return 1;
    }
    memcpy(q->value, l->text.ptr + from, q->vlen);
    memcpy(q->rep, rep.ptr, q->rlen);
    c->n++;
    return 0;
}

static int no_record(void *user, const ats_record *r)
{
    (void)user;
    (void)r;
    return 0;
}

static ats_parser *make_parser(rctx *c, const ats_profile *p)
{
    ats_error e;
    memset(&e, 0, sizeof e);
    if (ats_parser_new(&c->ps, p, NULL, no_record, c, &e) < 0 ||
        ats_parser_set_redact(c->ps, c->map, &e) < 0) {
        cli_lib_error(&e, c->shown);
        return NULL;
    }
    ats_parser_set_redact_spans(c->ps, on_span, c);
    c->used = p;
    return c->ps;
}

static ats_parser *choose(void *user, const ats_identity *id)
{
    rctx *c = user;
    const ats_profile *p = cli_profiles_pick(c->cp, id->profile);
    return p ? make_parser(c, p) : NULL;
}

static int by_offset(const void *a, const void *b)
{
    const req *x = a, *y = b;
    return x->at < y->at ? -1 : x->at > y->at;
}

static const char *find(const char *hay, size_t n, const char *needle, size_t m)
{
    if (!m || m > n)
        return NULL;
    for (const char *p = hay; (p = memchr(p, needle[0], (size_t)(hay + n - p))) != NULL; p++) {
        if ((size_t)(hay + n - p) < m)
            return NULL;
        if (!memcmp(p, needle, m))
            return p;
    }
    return NULL;
}

/* bytes as a format writes them in hex: "3439" or "34 39" (upper or lower) */
static char *hexed(const char *s, size_t n, int spaced, int upper, size_t *out)
{
    static const char lo[] = "0123456789abcdef", up[] = "0123456789ABCDEF";
    const char *d = upper ? up : lo;
    char *h = malloc(n * 3 + 1);
    size_t k = 0;
    if (!h)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if (spaced && i)
            h[k++] = ' ';
        h[k++] = d[(unsigned char)s[i] >> 4];
        h[k++] = d[(unsigned char)s[i] & 15];
    }
    *out = k;
    return h;
}

/* How far past its line's start a value is looked for: a line's text is at
 * most --max-line long, and a format's decoration (hex, a time stamp per
 * record) makes the source longer still. */
#define WINDOW (256u << 10)

/* Applies the requests to the file's bytes: the copy in *out. Returns how
 * many values were not found where their line is. */
static size_t apply(rctx *c, const char *src, size_t n, char **out, size_t *outlen, int *nomem)
{
    if (c->n)
        qsort(c->v, c->n, sizeof *c->v, by_offset);
    size_t cap = n + 64, len = 0, pos = 0, missed = 0;
    char *o = malloc(cap);
    if (!o) {
        *nomem = 1;
        return 0;
    }
#define PUT(p, m)                                                                        \
    do {                                                                                 \
        size_t m_ = (m);                                                                 \
        if (len + m_ > cap) {                                                            \
            size_t nc = (len + m_) * 2;                                                  \
            char *q_ = realloc(o, nc);                                                   \
            if (!q_) {                                                                   \
                free(o);                                                                 \
                *nomem = 1;                                                              \
                return 0;                                                                \
            }                                                                            \
            o = q_;                                                                      \
            cap = nc;                                                                    \
        }                                                                                \
        memcpy(o + len, (p), m_);                                                        \
        len += m_;                                                                       \
    } while (0)
    for (size_t i = 0; i < c->n; i++) {
        req *q = &c->v[i];
        size_t from = q->at > pos ? (size_t)q->at : pos;
        if (from > n)
            from = n;
        size_t to = from + q->vlen + WINDOW < n ? from + q->vlen + WINDOW : n;
        const char *hit = find(src + from, to - from, q->value, q->vlen);
        /* a line end or Ctrl-Z a reader added (kept by the mask) may be
         * written otherwise in the source: look for the value without it */
        while (!hit && q->vlen > 1 && q->rlen > 1 && q->value[q->vlen - 1] && q->value[q->vlen - 1] == q->rep[q->rlen - 1] &&
               strchr("\r\n\x1a", q->value[q->vlen - 1])) {
            q->vlen--;
            q->rlen--;
            hit = find(src + from, to - from, q->value, q->vlen);
        }
        if (hit) {
            PUT(src + pos, (size_t)(hit - src) - pos);
            PUT(q->rep, q->rlen);
            pos = (size_t)(hit - src) + q->vlen;
            continue;
        }
        int done = 0;
        for (int form = 0; form < 4 && !done; form++) {
            size_t hl = 0, rl = 0;
            char *h = hexed(q->value, q->vlen, form & 1, form >> 1, &hl);
            char *r = hexed(q->rep, q->rlen, form & 1, form >> 1, &rl);
            const char *hh = h && r ? find(src + from, to - from, h, hl) : NULL;
            if (hh) {
                PUT(src + pos, (size_t)(hh - src) - pos);
                PUT(r, rl);
                pos = (size_t)(hh - src) + hl;
                done = 1;
            }
            if (!h || !r)
                *nomem = 1;
            free(h);
            free(r);
        }
        if (!done)
            missed++;
    }
    PUT(src + pos, n - pos);
#undef PUT
    *out = o;
    *outlen = len;
    return missed;
}

static int read_all(int fd, char **buf, size_t *len)
{
    size_t cap = 1 << 20, n = 0;
    char *b = malloc(cap);
    if (!b)
        return -1;
    for (;;) {
        if (n == cap) {
            char *q = cap < ((size_t)1 << 34) ? realloc(b, cap * 2) : NULL;
            if (!q) {
                free(b);
                return -1;
            }
            b = q;
            cap *= 2;
        }
        ssize_t r = read(fd, b + n, cap - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            free(b);
            return -1;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    *buf = b;
    *len = n;
    return 0;
}

/* The copy read again as the same format with the same profile: any value
 * the entries find that is not a pseudonym is a leak. */
typedef struct vctx {
    ats_parser *ps;
} vctx;

static int to_parser(void *user, const ats_chunk *ch)
{
    vctx *v = user;
    ats_error e;
    return ats_parser_feed_chunk(v->ps, ch, &e) < 0;
}

static int is_pseudonym(ats_redact_kind k, const char *s, size_t n)
{
    if (n && s[0] == '<')
        return 1;
    if (k == ATS_RK_IP)
        return (n > 8 && !memcmp(s, "192.0.2.", 8)) || (n > 11 && !memcmp(s, "198.51.100.", 11)) ||
               (n > 10 && !memcmp(s, "203.0.113.", 10)) || (n > 10 && !memcmp(s, "2001:db8::", 10));
    return 0;
}

static size_t leftovers(const char *copy, size_t n, const char *format, const ats_input_opts *io,
                        const ats_profile *p, unsigned flags, const rctx *orig)
{
    ats_redact_map *m = NULL;
    ats_input_opts o = *io;
    o.format = format;
    vctx v = {NULL};
    ats_input *in = NULL;
    ats_error e;
    memset(&e, 0, sizeof e);
    size_t left = (size_t)-1;
    if (ats_redact_map_new(&m, flags) < 0 || ats_parser_new(&v.ps, p, NULL, no_record, NULL, &e) < 0 ||
        ats_parser_set_redact(v.ps, m, &e) < 0 || ats_input_new(&in, &o, to_parser, &v, &e) < 0)
        goto out;
    if (ats_input_feed(in, copy, n, &e) < 0 || ats_input_finish(in, &e) < 0 ||
        ats_parser_finish(v.ps, &e) < 0)
        goto out;
    left = 0;
    for (size_t i = 0; i < ats_redact_map_count(m); i++) {
        ats_redact_kind k;
        ats_span val;
        ats_redact_map_at(m, i, &k, &val, NULL);
        if (!is_pseudonym(k, val.ptr, val.len))
            left++;
    }
    /* and no masked value long enough to be told from other text */
    for (size_t i = 0; i < orig->n; i++)
        if (orig->v[i].vlen >= 6 && orig->v[i].kind != ATS_RK_SMS &&
            find(copy, n, orig->v[i].value, orig->v[i].vlen))
            left++;
out:
    ats_input_free(in);
    ats_parser_free(v.ps);
    ats_redact_map_free(m);
    return left;
}

int cmd_redact(int argc, char **argv)
{
    static const struct option lopts[] = {
        CLI_CAPTURE_LONG_OPTS,
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    cli_opts o;
    memset(&o, 0, sizeof o);
    cli_redact red = {0, 0};
    int c;
    optind = 1;
    opterr = 0;
    while ((c = cli_next_option(argc, argv, ":p:i:o:h", lopts, &o, &red)) != -1) {
        switch (c) {
        case CLI_OPT_BAD: return EXIT_USAGE;
        case 'h': cli_help(cmd_redact_help); return 0;
        default:
            return cli_bad_option("redact", c, argv);
        }
    }
    if (red.off) {
        cli_error("redact: --no-redact would copy the capture as it is (use cp)");
        return EXIT_USAGE;
    }
    if (argc - optind != 1) {
        cli_error(argc - optind ? "redact: one FILE at a time (try 'atscope redact --help')"
                                : "redact: no input (give the capture FILE)");
        return EXIT_USAGE;
    }
    const char *path = argv[optind];
    if (!strcmp(path, "-")) {
        cli_error("redact: give a FILE: the capture is read twice, standard input cannot be");
        return EXIT_USAGE;
    }
    if (cli_check_format(o.input_format) < 0 || cli_out_check_inputs(o.output, argv + optind, 1) < 0)
        return EXIT_USAGE;
    int status = EXIT_USAGE, rfail = 0;
    ats_profile *p = NULL;
    cli_profiles cp;
    memset(&cp, 0, sizeof cp);
    rctx rc;
    memset(&rc, 0, sizeof rc);
    rc.shown = path;
    rc.cp = &cp;
    char *src = NULL, *copy = NULL;
    size_t srclen = 0, copylen = 0;
    int fd = -1;
    if (cli_profiles_for(&o, &p, &cp) < 0)
        goto out;
    rc.map = cli_redact_map(&red, &rfail);
    if (rfail)
        goto out;
    if (p && !make_parser(&rc, p))
        goto out;
    if (cli_open_input(path, &fd) < 0)
        goto out;
    capture_read cr;
    memset(&cr, 0, sizeof cr);
    cr.format = o.input_format;
    cr.settings = &o.input;
    cr.user = &rc;
    if (!p) {
        cr.choose = choose;
        cr.id_base = cp.scan;
        cr.id_cands = (const ats_profile *const *)cp.p;
        cr.id_ncands = cp.n;
    }
    if (capture_read_fd(&cr, fd, path, rc.ps) < 0)
        goto out;
    if (rc.nomem) {
        cli_error("%s: out of memory", path);
        goto out;
    }
    if (lseek(fd, 0, SEEK_SET) != 0 || read_all(fd, &src, &srclen) < 0) {
        cli_error("%s: cannot read it again: %s", path, strerror(errno));
        goto out;
    }
    int nomem = 0;
    size_t missed = apply(&rc, src, srclen, &copy, &copylen, &nomem);
    if (nomem) {
        cli_error("%s: out of memory", path);
        goto out;
    }
    size_t left = missed ? 0 : leftovers(copy, copylen, cr.format_name, &o.input, rc.used,
                                         ats_redact_map_flags(rc.map), &rc);
    if (missed || left) {
        cli_error("%s: %zu value%s could not be masked in this %s capture (a format that "
                  "splits or encodes them): no copy written",
                  path, missed + left, missed + left == 1 ? "" : "s", cr.format_name);
        goto out;
    }
    cli_out out;
    if (cli_out_open(&out, o.output) < 0)
        goto out;
    int werr = fwrite(copy, 1, copylen, out.f) == copylen ? 0 : errno ? errno : EIO;
    status = cli_out_close(&out, werr == 0, werr) < 0 ? EXIT_USAGE : 0;
    if (status == 0) {
        char sum[240];
        cli_redact_summary(sum, sizeof sum, &red, rc.map);
        if (o.output)
            fprintf(stderr, "atscope: %s: %s\n", o.output, sum);
    }
out:
    if (fd >= 0 && fd != STDIN_FILENO)
        close(fd);
    for (size_t i = 0; i < rc.n; i++) {
        free(rc.v[i].value);
        free(rc.v[i].rep);
    }
    free(rc.v);
    free(src);
    free(copy);
    ats_parser_free(rc.ps);
    ats_redact_map_free(rc.map);
    ats_profile_free(p);
    cli_profiles_free(&cp);
    return status;
}
