/* input.c - a capture file's bytes in, chunks out: picks the format from
 * the first bytes (a fixed sample, so the choice never depends on how the
 * bytes were fed), undoes UTF-16, cuts lines for line-oriented readers, and
 * hands them to the chosen reader. */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "fmt_detect.h"
#include "fmt_peel.h"
#include "reader.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "input_impl.h"

extern const rd_vt ats_rd_trace, ats_rd_rawlines, ats_rd_raw;

static int drive(ats_input *in, const unsigned char *p, size_t n);

size_t ats_format_count(void) { return ats_nreaders; }

const ats_format_info *ats_format_at(size_t i)
{
    return i < ats_nreaders ? &ats_readers[i]->info : NULL;
}

const ats_format_info *ats_format_find(const char *name)
{
    for (size_t i = 0; i < ats_nreaders; i++)
        if (!strcmp(ats_readers[i]->info.name, name))
            return &ats_readers[i]->info;
    return NULL;
}

int ats_input_new(ats_input **out, const ats_input_opts *o, ats_chunk_cb cb, void *user,
                  ats_error *err)
{
    *out = NULL;
    ats_input *in = calloc(1, sizeof *in);
    if (!in)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    if (o)
        in->o = *o;
    if (!in->o.sample)
        in->o.sample = 64 * 1024;
    in->ctx.cb = cb;
    in->ctx.user = user;
    in->ctx.opts = &in->o;
    if (in->o.port && !strncmp(in->o.port, "/dev/", 5))
        in->o.port += 5;
    in->cd = (iconv_t)-1;
    in->lineno = 1;
    in->fs = in->o.formats;
    if (!in->fs) {
        int rc = ats_formatset_new(&in->own_fs, err);
        if (rc) {
            free(in);
            return rc;
        }
        in->fs = in->own_fs;
    }
    if (in->o.format && strcmp(in->o.format, "auto")) {
        for (size_t i = 0; i < ats_nreaders; i++)
            if (!strcmp(ats_readers[i]->info.name, in->o.format))
                in->vt = ats_readers[i];
        for (size_t i = 0; !in->vt && i < in->fs->n; i++)
            if (in->fs->defs[i]->kind == FD_TRACE && !strcmp(in->fs->defs[i]->name, in->o.format))
                in->forced_def = in->fs->defs[i];
        if (!in->vt && !in->forced_def) {
            char names[1200];
            size_t k = 0;
            for (size_t i = 0; i < ats_nreaders && k < sizeof names; i++)
                k += (size_t)snprintf(names + k, sizeof names - k, "%s%s", i ? ", " : "",
                                      ats_readers[i]->info.name);
            for (size_t i = 0; i < in->fs->n && k < sizeof names; i++)
                if (in->fs->defs[i]->kind == FD_TRACE)
                    k += (size_t)snprintf(names + k, sizeof names - k, ", %s",
                                          in->fs->defs[i]->name);
            ats_formatset_free(in->own_fs);
            free(in);
            return ats_err(err, ATS_EINVAL, NULL, 0, 0,
                           "unknown input format \"%s\" (known: auto, %s)", o->format, names);
        }
    }
    in->line = malloc(MAX_SRC_LINE + 1);   /* + the LF, see reader.h */
    in->body = malloc(MAX_SRC_LINE + 2);   /* a peeled line, its CR and LF */
    in->sample = malloc(in->o.sample);
    if (!in->line || !in->sample || !in->body || ats_peel_init(&in->pl, in->fs->mctx)) {
        ats_input_free(in);
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    }
    *out = in;
    return 0;
}

static int start_reader(ats_input *in, ats_error *err)
{
    if (!in->mctx && (in->mctx = pcre2_match_context_copy(in->fs->mctx))) {
        /* PCRE2's own JIT stack on the machine stack is 32 KiB, no more:
         * the same here, so a pattern that runs out runs out as before */
        in->jstack = pcre2_jit_stack_create(32 * 1024, 32 * 1024, NULL);
        if (in->jstack) {
            pcre2_jit_stack_assign(in->mctx, NULL, in->jstack);
        } else {
            pcre2_match_context_free(in->mctx);
            in->mctx = NULL;
        }
    }
    in->ctx.mctx = in->mctx ? in->mctx : in->fs->mctx;
    in->ctx.stamp = in->fs->stamp;
    in->ctx.nstamp = in->fs->nstamp;
    in->ctx.chunk_flags = in->vt->chunk_flags;
    /* The line ends a paste added, for the framer's count of a block of raw
     * bytes; line readers get "\r\r\n" and "\n\r" converted already. */
    if (in->double_spaced)
        in->ctx.chunk_flags |= ATS_CF_EOL_DOUBLE;
    if (in->vt->raw && in->eol == EOL_CRCRLF)
        in->ctx.chunk_flags |= ATS_CF_EOL_CRCR;
    if (in->vt->raw && in->eol == EOL_LFCR)
        in->ctx.chunk_flags |= ATS_CF_EOL_LFCR;
    if (in->vt->state_size) {
        in->st = calloc(1, in->vt->state_size);
        if (!in->st)
            return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    }
    if (in->vt->runs && in->ctx.runs_cb) {
        in->ctx.run = malloc(RD_RUN_CHUNKS * sizeof *in->ctx.run);
        in->ctx.run_bytes = malloc(RD_RUN_BYTES);
        if (!in->ctx.run || !in->ctx.run_bytes)
            return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    }
    if (in->vt->init && in->vt->init(in->st, &in->ctx) != 0)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "cannot start the %s reader",
                       in->vt->info.name);
    return 0;
}

/* UTF-16 (Tera Term 5, Windows editors): by BOM, or by NULs at every other
 * byte of mostly-ASCII text. */
static int sniff_utf16(const unsigned char *s, size_t n)
{
    if (n >= 2 && s[0] == 0xFF && s[1] == 0xFE)
        return ENC_UTF16LE;
    if (n >= 2 && s[0] == 0xFE && s[1] == 0xFF)
        return ENC_UTF16BE;
    size_t even = 0, odd = 0, m = n < 4096 ? n : 4096;
    for (size_t i = 0; i + 1 < m; i += 2) {
        even += s[i] == 0;
        odd += s[i + 1] == 0;
    }
    if (m >= 16 && odd * 10 > m / 2 * 9 && even * 10 < m / 2)
        return ENC_UTF16LE;
    if (m >= 16 && even * 10 > m / 2 * 9 && odd * 10 < m / 2)
        return ENC_UTF16BE;
    return ENC_NONE;
}

/* UTF-16 -> UTF-8, keeping an odd trailing byte for the next call. */
static int transcode(ats_input *in, const unsigned char *p, size_t n, int last)
{
    unsigned char buf[16384];
    while (n || (last && in->npend)) {
        unsigned char tmp[4100];
        size_t k = 0;
        memcpy(tmp, in->pend, in->npend);
        k = in->npend;
        size_t take = n < sizeof tmp - k ? n : sizeof tmp - k;
        if (take) {           /* p may be NULL at the end of input */
            memcpy(tmp + k, p, take);
            p += take;
        }
        k += take;
        n -= take;
        size_t whole = k & ~(size_t)1;
        char *ip = (char *)tmp, *op = (char *)buf;
        size_t il = whole, ol = sizeof buf;
        while (il) {
            size_t r = iconv(in->cd, &ip, &il, &op, &ol);
            if (r == (size_t)-1) {
                if (errno == EINVAL)          /* half a surrogate pair: keep for later */
                    break;
                if (errno == E2BIG) {
                    if (drive(in, buf, sizeof buf - ol))
                        return -1;
                    op = (char *)buf;
                    ol = sizeof buf;
                    continue;
                }
                /* not UTF-16 here: pass the two bytes on as they are */
                if (ol < 2) {
                    if (drive(in, buf, sizeof buf - ol))
                        return -1;
                    op = (char *)buf;
                    ol = sizeof buf;
                }
                memcpy(op, ip, 2);
                op += 2;
                ol -= 2;
                ip += 2;
                il -= 2;
            }
        }
        if (drive(in, buf, sizeof buf - ol))
            return -1;
        size_t rest = (size_t)((char *)tmp + k - ip);
        if (rest > sizeof in->pend) {
            /* only possible at the end: emit raw */
            if (drive(in, (unsigned char *)ip, rest))
                return -1;
            rest = 0;
        }
        memcpy(in->pend, ip, rest);
        in->npend = rest;
        if (last && !n && in->npend) {
            if (drive(in, in->pend, in->npend))
                return -1;
            in->npend = 0;
        }
    }
    return 0;
}

/* Some accepted layer can carry a time (syslog's, a container log's). */
static int peel_timed(const peel *pl)
{
    for (size_t i = 0; i < pl->n; i++)
        if (pl->layer[i]->match.has_time || pl->layer[i]->time_line.code)
            return 1;
    return 0;
}

/* A line a layer dropped, as the note p[0..n): where it is the edge of a
 * block that layer knows (seen as the layer saw it, at[0..an)), the note says
 * so, for the rules that tell the log's blocks from the writer's text. */
static int emit_dropped(ats_input *in, const char *p, size_t n, const char *at, size_t an,
                        uint64_t lineno, uint64_t loff)
{
    unsigned e = ats_peel_edge(&in->pl, at, an), keep = in->ctx.chunk_flags;
    in->ctx.chunk_flags |= (e & PEEL_EDGE_OPEN ? ATS_CF_BLOCK_OPEN : 0) |
                           (e & PEEL_EDGE_CLOSE ? ATS_CF_BLOCK_CLOSE : 0);
    int rc = ats_rd_emit(&in->ctx, ATS_CHUNK_ANNOTATION, ATS_DIR_UNKNOWN, in->ctx.wrap_time, p, n,
                         lineno, loff, NULL);
    in->ctx.chunk_flags = keep;
    return rc;
}

/* A source line to its reader (peeled first), at source line `lineno`. */
int ats_in_emit_now(ats_input *in, const char *p, size_t n, int eol, uint64_t lineno,
                    uint64_t loff)
{
    int rc;
    if (in->eol == EOL_CRCRLF && n >= 2 && p[n - 1] == '\r' && p[n - 2] == '\r') {
        while (n >= 2 && p[n - 1] == '\r' && p[n - 2] == '\r')
            n--;
        /* p[n] must be the LF again (reader.h): a line in place is copied */
        if (eol) {
            if (p != (const char *)in->line)
                memcpy(in->line, p, n);
            p = (const char *)in->line;
            in->line[n] = '\n';
        }
    }
    if (in->pl.n) {
        const char *b;
        size_t bn, skip = 0;
        fd_tparts tp;
        size_t cut = n && p[n - 1] == '\r' ? 1 : 0;
        in->ctx.raw_len = n - cut;
        /* the wrappers are matched without the line's CR, which stays its own */
        tp.have = 0;
        peel_result r = ats_peel_line(&in->pl, p, n - cut, &b, &bn, in->wrap_time ? &tp : NULL, &skip);
        ats_time none = {ATS_TIME_NONE, 0};
        in->ctx.wrap_time = in->wrap_time && tp.have ? ats_rd_time_parts(&in->ctx, &tp) : none;
        in->ctx.layer_clock = in->wrap_time && peel_timed(&in->pl);
        /* a split_lines layer's body held line ends (a notebook output's
         * text): its lines are read one by one, each at the wrapper's line */
        int split = in->pl.from != 0;
        if (r == PEEL_DROPPED) {
            rc = emit_dropped(in, split ? b : p, split ? bn : n - cut, b, bn, lineno,
                              split ? loff + skip : loff);
        } else {
            in->ctx.wrap_tag = split ? 0 : in->pl.tag;
            memcpy(in->body, b, bn);
            if (cut && !split)
                in->body[bn++] = '\r';
            in->body[bn] = '\n';
            in->ctx.line_lf_free = 0;
            rc = in->vt->line(in->st, &in->ctx, in->body, bn, split || eol, lineno, loff + skip);
        }
        int more;
        while (split && rc == 0 && (more = ats_peel_next(&in->pl, &b, &bn, &tp)) >= 0) {
            if (more == PEEL_DROPPED) {
                rc = emit_dropped(in, b, bn, b, bn, lineno, loff + skip);
                continue;
            }
            in->ctx.wrap_tag = 0;
            memcpy(in->body, b, bn);
            in->body[bn] = '\n';
            rc = in->vt->line(in->st, &in->ctx, in->body, bn, 1, lineno, loff + skip);
        }
    } else {
        in->ctx.layer_clock = 0;
        in->ctx.raw_len = n && p[n - 1] == '\r' ? n - 1 : n;
        in->ctx.line_lf_free = in->eol != EOL_CR;
        rc = in->vt->line(in->st, &in->ctx, p, n, eol, lineno, loff);
    }
    return rc;
}

static int best_score(const fdet *det, const unsigned char *s, size_t n);

/* A syslog or journal copy a terminal or a mail client hard-wrapped: the
 * rests of its cut lines carry no prefix, so the syslog layer is on too few
 * lines and the definitions read the pieces as lines of their own. For a
 * wrapper that knows its messages' own rest lines ("continued": syslog,
 * syslog-iso, journal), on at least three lines, the first among them, and
 * the other lines the rests of cut lines: the format is detected on the
 * sample with the rests joined, and the lines are read joined, where that
 * reads better. *det and the sample are then the joined ones. */
static int layer_first(ats_input *in, fdet *det, const unsigned char **s, size_t *n,
                       unsigned char **joined)
{
    const fd_def *w = NULL;
    for (size_t i = 0; i < in->fs->n && !w; i++) {
        const fd_def *d = in->fs->defs[i];
        if (d->kind == FD_WRAPPER && d->match.code && d->continued.code &&
            ats_in_layer_wrap_with(in, d, *s, *n, 3))
            w = d;
    }
    if (!w)
        return 0;
    unsigned char *j = malloc(*n + 2);
    if (!j)
        return ATS_ENOMEM;
    size_t jn = ats_in_layer_join(in, *s, *n, j);
    fdet d2;
    if (ats_fdet_run(&d2, in->fs, j, jn, in->forced_def)) {
        free(j);
        return ATS_ENOMEM;
    }
    /* every piece as wide as the widest line: a terminal's cut, or a
     * blank's at one place in every line (a long constant prefix, as wide
     * each time): the blanks put back where that reads better */
    if (!in->lw_blanks) {
        unsigned char *j2 = malloc(*n + 2);
        fdet d3;
        if (!j2)
            goto nomem;
        in->lw_blanks = 1;
        size_t jn2 = ats_in_layer_join(in, *s, *n, j2);
        if (ats_fdet_run(&d3, in->fs, j2, jn2, in->forced_def)) {
            free(j2);
            goto nomem;
        }
        if (best_score(&d3, j2, jn2) > best_score(&d2, j, jn)) {
            ats_fdet_free(&d2);
            free(j);
            d2 = d3;
            j = j2;
            jn = jn2;
        } else {
            ats_fdet_free(&d3);
            free(j2);
            in->lw_blanks = 0;
        }
    }
    if (best_score(&d2, j, jn) <= best_score(det, *s, *n)) {
        ats_fdet_free(&d2);
        free(j);
        in->lw_anchor = NULL;
        return 0;
    }
    ats_fdet_free(det);
    *det = d2;
    *s = j;
    *n = jn;
    *joined = j;
    return 0;
nomem:
    ats_fdet_free(&d2);
    free(j);
    return ATS_ENOMEM;
}

static int emit_line_at(ats_input *in, const char *p, size_t n, int eol)
{
    if (!p) {
        p = (const char *)in->line;
        n = in->llen;
        if (eol)
            in->line[n] = '\n';
    }
    int rc = in->reverse     ? ats_in_hold_line(in, p, n)
             : in->mail_wrap ? ats_in_mail_line(in, p, n, eol)
             : in->lw_anchor ? ats_in_layer_wrap_line(in, p, n, eol)
                             : ats_in_emit_now(in, p, n, eol, in->lineno, in->loff);
    if (in->ltrunc && rc == 0)
        rc = ats_rd_emit(&in->ctx, ATS_CHUNK_UNPARSED, ATS_DIR_UNKNOWN, (ats_time){0, 0}, "", 0,
                     in->lineno, in->loff, "line longer than 64 KiB: cut");
    in->llen = 0;
    in->ltrunc = 0;
    return rc;
}

uint64_t ats_input_warning_count(const ats_input *in) { return in->ctx.warn_total; }

const char *ats_input_warning(const ats_input *in, size_t i, uint64_t *line)
{
    if (i >= in->ctx.nwarn)
        return NULL;
    if (line)
        *line = in->ctx.warn[i].line;
    return in->ctx.warn[i].msg;
}

static int emit_line(ats_input *in, int eol) { return emit_line_at(in, NULL, 0, eol); }

/* The next c (LF, or CR in a CR-only file) in p[0..n), or NULL: memchr,
 * but inline and sixteen bytes a step, which wins on lines of a few dozen
 * bytes (a call per line showed). */
static const unsigned char *find_eol(const unsigned char *p, size_t n, unsigned char c)
{
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i lf = _mm_set1_epi8((char)c);
    for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, lf));
        if (m)
            return p + i + (size_t)__builtin_ctz(m);
    }
#endif
    for (; i < n; i++)
        if (p[i] == c)
            return p + i;
    return NULL;
}

/* Line-oriented readers get whole source lines (without their LF, which
 * p[n] holds; a CR before it stays). A CR-only file's lines end at the CR
 * (p[n] the CR: a line end to the framer as well), and in a "\n\r" file the
 * CR after an LF is the line end's. */
static int drive(ats_input *in, const unsigned char *p, size_t n)
{
    if (in->vt->raw) {
        int rc = in->vt->bytes(in->st, &in->ctx, p, n);
        in->off += n;
        return rc;
    }
    size_t i = 0;
    unsigned char sep = in->eol == EOL_CR ? '\r' : '\n';
    /* A line nothing holds, joins or peels goes to the reader at once, as
     * ats_in_emit_now would hand it (two calls a line fewer: on a trace,
     * a line a chunk, they showed) */
    int direct = !in->reverse && !in->mail_wrap && !in->lw_anchor && !in->pl.n &&
                 in->eol != EOL_CRCRLF;
    if (direct) {
        in->ctx.layer_clock = 0;
        in->ctx.line_lf_free = in->eol != EOL_CR;
    }
    if (in->skip_cr && n) {
        in->skip_cr = 0;
        i = p[0] == '\r';
    }
    while (i < n) {
        const unsigned char *e = find_eol(p + i, n - i, sep);
        size_t len = e ? (size_t)(e - (p + i)) : n - i;
        if (in->llen == 0 && !in->ltrunc)
            in->loff = in->off + i;
        if (e && in->llen == 0 && !in->ltrunc && len <= MAX_SRC_LINE) {
            /* the whole line is here: hand it over in place, no copy */
            const char *q = (const char *)p + i;
            if (direct) {
                in->ctx.raw_len = len && q[len - 1] == '\r' ? len - 1 : len;
                if (in->vt->line(in->st, &in->ctx, q, len, 1, in->lineno, in->loff))
                    return -1;
            } else if (emit_line_at(in, q, len, 1)) {
                return -1;
            }
            in->lineno++;
            i += len + 1;
        } else {
            size_t room = MAX_SRC_LINE - in->llen, take = len < room ? len : room;
            memcpy(in->line + in->llen, p + i, take);
            in->llen += take;
            if (take < len)
                in->ltrunc = 1;
            i += len;
            if (!e)
                break;
            i++;
            if (emit_line(in, 1))
                return -1;
            in->lineno++;
        }
        if (in->eol == EOL_LFCR) {
            if (i == n)
                in->skip_cr = 1;
            else if (p[i] == '\r')
                i++;
        }
    }
    in->off += n;
    return 0;
}

/* A mail body in quoted-printable (RFC 2045 6.7): "=XX" a byte, "=" at a
 * line's end a soft line break (the line goes on). Every "=" of such a
 * text is one of these, while an AT log's "=" is followed by its arguments
 * ("AT+CFUN=1", "=?"): the sample is quoted-printable when all its "=" are
 * escapes or soft breaks and one is the "=3D" of an "=". */
static int qp_hex(int c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'); }

static int qp_of(const unsigned char *s, size_t n)
{
    size_t eq = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '=')
            continue;
        if (i + 2 < n && qp_hex(s[i + 1]) && qp_hex(s[i + 2])) {
            eq += s[i + 1] == '3' && s[i + 2] == 'D';
            i += 2;
        } else if ((i + 1 < n && s[i + 1] == '\n') ||
                   (i + 2 < n && s[i + 1] == '\r' && s[i + 2] == '\n'))
            continue;             /* a soft line break */
        else if (i + 3 > n)
            break;                /* cut by the sample's end */
        else
            return 0;
    }
    /* the telltale is "=3D", the encoder's "=" (an HTML body's attributes,
     * a command's arguments): a soft break alone is also a log's command
     * cut after its "=" (mbed-trace's AT+CGDCONT= and the rest on the next
     * line), and "AT+IPR=115200" no escape */
    return eq >= 1;
}

/* One byte through the decoder (qp_decode): st 0 text, 1 after "=", 2
 * after "=" and a digit (h), 3 after "=" CR. What is no escape stays as it
 * came. */
static void qp_step(unsigned char c, unsigned char *st, unsigned char *h, unsigned char *out,
                    size_t *k)
{
    if (*st == 1) {
        if (qp_hex(c)) {
            *st = 2;
            *h = c;
            return;
        }
        if (c == '\n') {
            *st = 0;              /* a soft line break */
            return;
        }
        if (c == '\r') {
            *st = 3;
            return;
        }
        out[(*k)++] = '=';
    } else if (*st == 2) {
        if (qp_hex(c)) {
            out[(*k)++] = (unsigned char)(((*h <= '9' ? *h - '0' : *h - 'A' + 10) << 4) |
                                          (c <= '9' ? c - '0' : c - 'A' + 10));
            *st = 0;
            return;
        }
        out[(*k)++] = '=';
        out[(*k)++] = *h;
    } else if (*st == 3) {
        if (c == '\n') {
            *st = 0;
            return;
        }
        out[(*k)++] = '=';
        out[(*k)++] = '\r';
    }
    *st = 0;
    if (c == '=')
        *st = 1;
    else
        out[(*k)++] = c;
}

static int starts_ci(const char *s, size_t n, const char *w)
{
    size_t m = strlen(w);
    return n >= m && !strncasecmp(s, w, m);
}

static const char *find_ci(const char *s, size_t n, const char *w)
{
    size_t m = strlen(w);
    for (size_t i = 0; i + m <= n; i++)
        if (!strncasecmp(s + i, w, m))
            return s + i;
    return NULL;
}

/* A raw mail's header "Content-Transfer-Encoding: quoted-printable" (RFC
 * 2045 6.1; the name in any case, blanks after the colon). */
static int qp_cte(const char *s, size_t n)
{
    const char *w = "content-transfer-encoding:";
    if (!starts_ci(s, n, w))
        return 0;
    size_t i = strlen(w);
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return starts_ci(s + i, n - i, "quoted-printable");
}

/* The sample is a raw mail (an mbox "From " line, RFC 5322 headers, MIME
 * parts) one of whose header blocks says quoted-printable: its headers,
 * other parts and boundaries ("------=_Part_1") hold "=" that is no escape,
 * so qp_of() refuses it, and a "=3D" in a part not so encoded is data. */
static int qp_mail_of(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        const unsigned char *e = memchr(s + i, '\n', n - i);
        size_t t = e ? (size_t)(e - s) : n;
        if (qp_cte((const char *)s + i, t - i))
            return 1;
        i = t + 1;
    }
    return 0;
}

/* A raw line of the mail ended (mline, its first bytes): the header block
 * ends at its empty line, its body then decoded where the block said
 * quoted-printable; a boundary the headers named (RFC 2046 5.1.1: "--" and
 * the boundary, the close "--" more) or an mbox "From " line opens the next
 * header block. */
static void qp_mail_line(ats_input *in)
{
    const char *l = in->mline;
    size_t n = in->mlen < sizeof in->mline ? in->mlen : sizeof in->mline;
    if (n && l[n - 1] == '\r')
        n--;
    int after_text = in->mtext;
    in->mtext = n != 0;
    if (!after_text && !strncmp(l, "From ", n < 5 ? n : 5) && n >= 5) {
        in->mstate = in->mqp = 0;
        return;
    }
    if (in->mstate == 0) {
        const char *b;
        if (!n) {
            in->mstate = in->mqp ? 2 : 1;
            in->mqp = 0;
        } else if (qp_cte(l, n)) {
            in->mqp = 1;
        } else if ((b = find_ci(l, n, "boundary=")) != NULL) {
            b += 9;
            size_t r = (size_t)(l + n - b), m = 0;
            int q = r && *b == '"';
            b += q;
            r -= (size_t)q;
            while (m < r && m < 70 && (q ? b[m] != '"' : b[m] != ';' && b[m] != ' ' && b[m] != '\t'))
                m++;
            if (m && in->mnb < 4) {
                memcpy(in->mbound[in->mnb], b, m);
                in->mblen[in->mnb++] = (unsigned char)m;
            }
        }
        return;
    }
    for (unsigned i = 0; i < in->mnb; i++)
        if (n >= 2u + in->mblen[i] && l[0] == '-' && l[1] == '-' &&
            !memcmp(l + 2, in->mbound[i], in->mblen[i])) {
            in->mstate = in->mqp = 0;
            in->qpend[0] = 0;
            return;
        }
}

/* Decodes p[0..n) into out (room for n + 2 bytes): a state per byte, so
 * an escape or a soft break cut by a feed goes on in the next (qpend). In
 * a raw mail (qp 2) only a quoted-printable part's body is decoded, the
 * lines read raw to follow the parts. At the end a cut escape is flushed. */
static size_t qp_decode(ats_input *in, const unsigned char *p, size_t n, unsigned char *out,
                        int last)
{
    size_t k = 0;
    unsigned char st = in->qpend[0], h = in->qpend[1];
    if (in->qp == 2) {
        for (size_t i = 0; i < n; i++) {
            unsigned char c = p[i];
            if (in->mstate == 2)
                qp_step(c, &st, &h, out, &k);
            else
                out[k++] = c;
            if (in->mlen < sizeof in->mline)
                in->mline[in->mlen] = (char)c;
            in->mlen += in->mlen <= sizeof in->mline;
            if (c == '\n') {
                in->mlen--;       /* the LF is no part of the line */
                in->qpend[0] = st;
                qp_mail_line(in);
                st = in->qpend[0];
                in->mlen = 0;
            }
        }
    } else {
        for (size_t i = 0; i < n; i++)
            qp_step(p[i], &st, &h, out, &k);
    }
    if (last && st) {
        out[k++] = '=';
        if (st > 1)
            out[k++] = st == 2 ? h : '\r';
        st = 0;
    }
    in->qpend[0] = st;
    in->qpend[1] = h;
    return k;
}

/* The decoded bytes on to the lines, a buffer at a time. */
static int qp_feed(ats_input *in, const unsigned char *p, size_t n, int last)
{
    unsigned char buf[4096 + 2];
    do {
        size_t take = n < 4096 ? n : 4096;
        size_t k = qp_decode(in, p, take, buf, last && take == n);
        if (k && drive(in, buf, k))
            return -1;
        p += take;
        n -= take;
    } while (n);
    return 0;
}

static int process(ats_input *in, const unsigned char *p, size_t n, int last)
{
    if (!in->bom_checked && n) {
        in->bom_checked = 1;
        if (in->enc == ENC_NONE && n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
            p += 3;               /* UTF-8 BOM: not part of the capture */
            n -= 3;
            in->off += 3;
        } else if (in->enc != ENC_NONE && n >= 2 &&
                   ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
            p += 2;
            n -= 2;
        }
    }
    if (in->enc != ENC_NONE)
        return transcode(in, p, n, last);
    if (in->qp)
        return qp_feed(in, p, n, last);
    return drive(in, p, n);
}

/* Why the reader stopped: it could not allocate, or the callback said stop.
 * The chunks it emitted before are handed over first, as one at a time they
 * would have been; if the callback stops at one of them, that is why. */
static int stopped(ats_input *in, ats_error *err)
{
    if (!in->ctx.stopped && ats_rd_flush(&in->ctx))
        return ats_err(err, ATS_EUSER, NULL, 0, 0, "stopped by callback");
    if (in->ctx.oom)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    if (in->rev_over)
        return ats_err(err, ATS_EINVAL, NULL, in->lineno, 0,
                       "the log is newest first (its times go backwards) and longer than the "
                       "%zu MiB held to read it in order: reverse it first (tac, logcli "
                       "--forward, the viewer's oldest-first order) and read it again",
                       REV_MAX_BYTES >> 20);
    return ats_err(err, ATS_EUSER, NULL, 0, 0, "stopped by callback");
}

static const char *enc_name(int e)
{
    return e == ENC_UTF16LE ? "UTF-16LE" : e == ENC_UTF16BE ? "UTF-16BE" : "";
}

static void add_cand(ats_input *in, const char *name, int score, const char *fmt, ...)
    ATS_PRINTF(4, 5);
static void add_cand(ats_input *in, const char *name, int score, const char *fmt, ...)
{
    if (in->ncand == sizeof in->cand / sizeof in->cand[0])
        return;
    size_t i = in->ncand++;
    /* best first; a tie keeps the registry's order */
    while (i && in->cand[i - 1].score < score) {
        in->cand[i] = in->cand[i - 1];
        i--;
    }
    snprintf(in->cand[i].name, sizeof in->cand[i].name, "%s", name);
    in->cand[i].score = score;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(in->cand[i].why, sizeof in->cand[i].why, fmt, ap);
    va_end(ap);
}

static int layers_text(ats_input *in, const fdet *det, int outer, int stamped, int deep,
                       const char *fmt)
{
    size_t k = 0;
    in->layers[0] = 0;
    in->layer_hides = 0;
    const fd_def *ws[20];
    size_t nw = 0;
    if (in->qp)
        k += (size_t)snprintf(in->layers, sizeof in->layers, "quoted-printable > ");
    for (size_t i = outer ? 0 : det->nouter; i < det->nouter; i++)
        ws[nw++] = det->outer[i];
    for (size_t i = 0; stamped && i < det->nstamp; i++)
        ws[nw++] = det->stamp[i];
    for (size_t i = 0; deep && i < det->nprefix; i++)
        ws[nw++] = det->prefix[i];
    for (size_t i = 0; i < nw; i++) {
        in->layer_hides |= ws[i]->hides;
        k += (size_t)snprintf(in->layers + k, sizeof in->layers - k, "%s > ", ws[i]->name);
        if (k >= sizeof in->layers)
            k = sizeof in->layers - 1;
        if (ats_peel_push(&in->pl, ws[i]))
            return -1;
        /* a structural layer that keeps one writer's lines (the modem's service) */
        if (outer && i < det->nouter && ws[i]->one_source)
            ats_peel_keep_source(&in->pl, det->outer_src[i], det->outer_nsrc[i]);
    }
    snprintf(in->layers + k, sizeof in->layers - k, "%s", fmt);
    for (size_t i = 0; i < nw; i++) {
        if (!ws[i]->ticking)
            continue;
        /* a bare number read as a clock is an inference: say what held it */
        size_t r = strlen(in->reason);
        snprintf(in->reason + r, sizeof in->reason - r,
                 "; the bare number before each line read as milliseconds (%s): it never "
                 "goes down, does not count lines by one, and repeats or jumps unevenly",
                 ws[i]->name);
        break;
    }
    return 0;
}

/* Whether definition a's score beats b's: the higher wins; at the same
 * score a user's definition wins over a built-in one (written for the
 * user's own logs, it is the more specific by intent: before, a user whose
 * definition tied a built-in generic one had to name it with -i). */
static int def_beats(const fdet_score *a, const fdet_score *b)
{
    return a->score > b->score ||
           (a->score == b->score && a->score > 0 && a->def->user && !b->def->user);
}

/* The best score a C reader's probe gives s[0..n). */
static int best_probe(const unsigned char *s, size_t n)
{
    int best = 0;
    for (size_t i = 0; i < ats_nreaders; i++) {
        int sc = ats_readers[i]->probe ? ats_readers[i]->probe(s, n) : 0;
        best = sc > best ? sc : best;
    }
    return best;
}

/* The inferred template's score: 40, and 40 more by the share of the
 * sample's AT-bearing lines it reads; 80 at most, under the 84 and more of
 * a definition that reads the log (the price of being a guess). */
static int infer_score_of(const fd_infer *fi)
{
    unsigned read = fi->cmds + fi->finals + fi->resps;
    return 40 + (int)(40u * read / (fi->at_lines ? fi->at_lines : 1));
}

/* Does the template inferred from the sample outread definition c: it
 * rebuilds, from the same lines, at least twice the AT traffic c's rules
 * do and three lines more? A user's own definition is never outread (it
 * was written for these logs). */
static int outread(const fdet *det, const fdet_score *c)
{
    unsigned t = det->infer_score.rebuilt;
    return det->infer.ok && c->score > 0 && !c->def->user && t >= 2 * c->rebuilt &&
           t >= c->rebuilt + 3;
}

/* A candidate's score lowered (its why replaced), kept in order. */
static void demote_cand(ats_input *in, const char *name, int score, const char *fmt, ...)
    ATS_PRINTF(4, 5);
static void demote_cand(ats_input *in, const char *name, int score, const char *fmt, ...)
{
    size_t i = 0;
    while (i < in->ncand && strcmp(in->cand[i].name, name))
        i++;
    if (i == in->ncand || in->cand[i].score <= score)
        return;
    in->cand[i].score = score;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(in->cand[i].why, sizeof in->cand[i].why, fmt, ap);
    va_end(ap);
    while (i + 1 < in->ncand && in->cand[i + 1].score > score) {
        __typeof__(in->cand[0]) t = in->cand[i + 1];
        in->cand[i + 1] = in->cand[i];
        in->cand[i] = t;
        i++;
    }
}

/* Reads with the definition inferred from the sample (det->infer):
 * 0 started, 1 not usable (the caller goes on as if none was found), or an
 * error. */
static int start_inferred(ats_input *in, const fdet *det, const fdet_score *over,
                          const char *enc, ats_error *err)
{
    const fd_infer *fi = &det->infer;
    int rc = ats_fd_infer_set(fi, &in->inf_fs);
    if (rc == ATS_ENOMEM)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    if (rc)
        /* a template the definition loader refuses (its sample line not
         * read by its own rule): read as if none was inferred */
        return 1;
    const fd_def *d = in->inf_fs->defs[0];
    unsigned read = fi->cmds + fi->finals + fi->resps;
    int score = infer_score_of(fi);
    /* the definitions it outreads, below it, saying so */
    for (size_t i = 0; over && i < det->nscores; i++) {
        const fdet_score *c = &det->scores[i];
        if (c->score > 0 && outread(det, c))
            demote_cand(in, c->def->name, score - 1,
                        "%u of %u sample lines read by its rules (%u signature lines), "
                        "%u lines of AT traffic in them (the inferred template's: %u)",
                        c->matched, c->nonempty, c->sig, c->rebuilt, det->infer_score.rebuilt);
    }
    add_cand(in, "inferred", score, "%s; %u of %u AT-bearing lines (%u commands, %u finals)",
             fi->templ, read, fi->at_lines, fi->cmds, fi->finals);
    /* the chosen one first among equal scores (tsline's 80 read none of it) */
    for (size_t i = in->ncand; i-- > 1;)
        if (!strcmp(in->cand[i].name, "inferred") && in->cand[i - 1].score <= score) {
            __typeof__(in->cand[0]) t = in->cand[i - 1];
            in->cand[i - 1] = in->cand[i];
            in->cand[i] = t;
        }
    in->def = d;
    in->vt = &ats_rd_trace;
    in->score = score;
    in->ctx.def = d;
    in->ctx.defer_mask = 0;
    in->ctx.side_a_is_tx = 1;
    in->ctx.wrap_width = 0;
    in->cov_ok = read;
    in->cov_lines = det->nonempty;
    snprintf(in->templ, sizeof in->templ, "%s", fi->templ);
    snprintf(in->reason, sizeof in->reason,
             "%s; a line template inferred from the sample reads %u of its %u "
             "AT-bearing lines (%u commands, %u finals), %s%s%s%s",
             over ? "no format reads it well" : "no known format", read, fi->at_lines, fi->cmds,
             fi->finals, fi->directed ? "directed by " : "undirected",
             fi->directed ? fi->dirtok : "", enc ? "; text in " : "", enc ? enc : "");
    if (over) {
        size_t k = strlen(in->reason);
        snprintf(in->reason + k, sizeof in->reason - k,
                 "; %s (score %d) rebuilds %u lines of AT traffic, the template %u", over->def->name,
                 over->score, over->rebuilt, det->infer_score.rebuilt);
    }
    in->wrap_time = !d->info.has_time;
    return layers_text(in, det, 1, 0, 0, d->name);
}

/* The format: a C reader by its probe on the sample (under the structural
 * wrappers), or a trace definition by its score; the higher wins, a tie
 * goes to the C reader (it knows its format exactly) unless the definition
 * is the user's own. */
static int choose(ats_input *in, const fdet *det, const unsigned char *s, size_t n,
                  ats_error *err)
{
    const fdet_score *bd = NULL, *sd = NULL;
    /* the same without the definitions the inferred template outreads */
    const fdet_score *bd2 = NULL, *sd2 = NULL;
    for (size_t i = 0; i < det->nscores; i++) {
        const fdet_score *c = &det->scores[i];
        if (c->score > 0)
            add_cand(in, c->def->name, c->score,
                     "%u of %u sample lines read by its rules (%u signature lines)%s", c->matched,
                     c->nonempty, c->sig,
                     c->deep ? ", under the stamps" : c->stamped ? ", under the line stamps" : "");
        if (in->forced_def == c->def)
            bd = c;
        else if (!in->forced_def && (!bd || def_beats(c, bd))) {
            sd = bd;
            bd = c;
        } else if (!in->forced_def && (!sd || def_beats(c, sd)))
            sd = c;
        if (in->forced_def || outread(det, c))
            continue;
        if (!bd2 || def_beats(c, bd2)) {
            sd2 = bd2;
            bd2 = c;
        } else if (!sd2 || def_beats(c, sd2))
            sd2 = c;
    }
    /* The structural wrappers count only where they explain more: a format
     * whose own lines start with '>' (interceptty, socat) or are indented
     * must not lose them to a quote or a code block. */
    int outer = det->nouter > 0;
    /* Layers that only take bytes out (colour codes, a terminal's padding)
     * cannot take a format's own line starts: taken whenever found. */
    int removal_only = 1;
    for (size_t i = 0; i < det->nouter; i++)
        removal_only &= det->outer[i]->remove.code != NULL;
    /* A table the csv reader reads bare, which the best definition under
     * the layers reads worse (less of its traffic, or without the times a
     * column gives: tsv-table takes a TSV's time cell off), is read bare;
     * so is a file whose reader, named with --input-format, reads its bare
     * lines better than the peeled ones. Even under a layer that only
     * takes bytes out. */
    if (outer && !in->forced_def) {
        unsigned cr = 0;
        int timed = 0;
        const rd_vt *v = in->vt ? in->vt : &ats_rd_csv;
        int vb = v->probe ? v->probe(s, n) : 0;
        if (vb > 0 && vb > v->probe(det->peeled, det->npeeled) &&
            (in->vt ||
             (bd && bd->score > 0 && !bd->def->user && vb >= best_probe(s, n) &&
              ats_rd_csv_sample(s, n, &cr, &timed) > 0 &&
              (cr >= bd->rebuilt + bd->rebuilt / 4 + 2 ||
               (timed && cr >= bd->rebuilt && !bd->own_time && !bd->deep && !bd->stamped)))))
            outer = 0;
    }
    if (outer && !removal_only) {
        int bare = best_probe(s, n), peeled = best_probe(det->peeled, det->npeeled);
        int defs = bd && bd->score > peeled ? bd->score : 0;
        /* a layer that set another writer's lines aside (a chat's other
         * people, a second service) explains them, whatever it left */
        /* a layer that names each line's writer (a chat's nick column, a
         * service's name) and leaves more AT lines than the bare sample
         * explains the sample even where a reader scores its bare lines
         * (tsline takes WeeChat's date and reads "nick<TAB>AT" as text) */
        int named = 0, own = 0;
        for (size_t i = 0; i < det->nouter; i++) {
            named |= det->outer[i]->one_source;
            own |= det->outer[i]->own_lines;
        }
        /* a terminal's own lines taken out explain the sample, though a
         * reader scored them (tsline took tio's stamped status lines for a
         * stamped log) */
        own = own && det->src_dropped;
        if (!defs && !own && ((bare > peeled && !(named && det->at_lines > det->at_lines_bare)) ||
                      (bare == peeled && det->at_lines <= det->at_lines_bare && !det->src_dropped)))
            outer = 0;
    }
    const unsigned char *ps = outer ? det->peeled : s;
    size_t pn = outer ? det->npeeled : n;
    /* A stamp on every line (moreutils ts) is taken off for the C readers
     * only where the lines read more without it: a reader scores higher,
     * or as high with more lines that look like AT traffic (a reader that
     * reads the stamp itself, tsline, keeps it) */
    int stamped = 0;
    if (det->nstamp) {
        int with = best_probe(ps, pn), without = best_probe(det->stamped, det->nstamped);
        unsigned at = outer ? det->at_lines : det->at_lines_bare;
        if (without > with || (without == with && det->at_lines_stamped > at)) {
            stamped = 1;
            outer = det->nouter > 0;
            ps = det->stamped;
            pn = det->nstamped;
        }
    }
    int best = -1, second = -1;
    const rd_vt *bv = NULL, *sv = NULL;
    for (size_t i = 0; i < ats_nreaders; i++) {
        int sc = ats_readers[i]->probe ? ats_readers[i]->probe(ps, pn) : 0;
        if (sc > 0)
            add_cand(in, ats_readers[i]->info.name, sc, "%s", ats_readers[i]->info.detects_on);
        if (sc > best) {
            second = best;
            sv = bv;
            best = sc;
            bv = ats_readers[i];
        } else if (sc > second) {
            second = sc;
            sv = ats_readers[i];
        }
    }
    /* A table the csv reader reads (its columns in any order) that a
     * definition scores higher on but rebuilds less of (csv-serial-logger
     * taking the rows of another order for its session lines, a generic
     * Write/Read shape reading a hex column as text), or as much without
     * the times a column gives (its rules take no time there, nor layers
     * under it): the definition reads the table worse and does not shadow
     * the csv reader. A user's definition always does. */
    if (bv == &ats_rd_csv && !in->vt && !in->forced_def && bd && bd->score >= best) {
        unsigned cr = 0;
        int timed = 0;
        ats_rd_csv_sample(ps, pn, &cr, &timed);
        const fdet_score *b3 = NULL, *s3 = NULL;
        for (size_t i = 0; i < det->nscores; i++) {
            const fdet_score *c = &det->scores[i];
            if (c->score <= 0)
                continue;
            int worse = !c->def->user &&
                        (cr >= c->rebuilt + c->rebuilt / 4 + 2 ||
                         (timed && cr >= c->rebuilt && !c->own_time && !c->deep && !c->stamped));
            if (worse && c->score >= best) {
                demote_cand(in, c->def->name, best - 1,
                            "%u of %u sample lines read by its rules (%u signature lines), %u "
                            "lines of AT traffic in them%s (the csv reader's: %u%s)",
                            c->matched, c->nonempty, c->sig, c->rebuilt,
                            c->own_time ? "" : ", no time", cr, timed ? ", timed" : "");
                continue;
            }
            if (!b3 || def_beats(c, b3)) {
                s3 = b3;
                b3 = c;
            } else if (!s3 || def_beats(c, s3)) {
                s3 = c;
            }
        }
        bd = b3;
        sd = s3;
    }
    const char *enc = in->enc ? enc_name(in->enc) : NULL;
    /* Nothing knows the log: a template inferred from its own lines reads
     * it, or nothing does. Over raw, or over tsline where the template has
     * words after the stamp (the AT text does not follow the stamp, so
     * tsline reads none of it; a stamp's day and month names are no words,
     * fmt_infer.c wordy()); never over another C reader, nor where a
     * stamp layer already took the lines' prefix off for the raw reader
     * (Serilog's, moreutils ts: the template would be the stamp's) */
    /* The template competes with the definitions that score, as one of
     * them: a definition that rebuilds less than half the AT traffic it
     * rebuilds from the same lines (generic-sendrecv taking "send 'AT'" and
     * reading "'AT'", no command) reads the log poorly and does not shadow
     * it; one that rebuilds as much or half as much wins (the template's
     * score, 80 at most, is under any definition's that reads the log) */
    const fdet_score *over = NULL;
    int templ_ok = !in->vt && !in->forced_def && det->infer.ok && !stamped &&
                   (bv->raw || !strcmp(bv->info.name, "tsline"));
    if (templ_ok && bd && bd != bd2 && (!bd2 || bd2->score <= 0)) {
        over = bd;
        bd = bd2;
        sd = sd2;
    }
    if (templ_ok && (!bd || bd->score <= 0)) {
        int rc = start_inferred(in, det, over, enc, err);
        if (rc <= 0)
            return rc;
        if (over) {
            bd = over;           /* not usable after all: as if none was inferred */
            sd = NULL;
        }
    }
    if (in->forced_def ||
        (!in->vt && bd && (bd->score > best || (bd->score == best && best > 0 && bd->def->user)))) {
        in->def = bd->def;
        in->commands_unshown = bd->def->omits_why && !(bd->seen & bd->def->omits_unless)
                                   ? bd->def->omits_why : NULL;
        in->vt = &ats_rd_trace;
        in->score = in->forced_def ? 100 : bd->score;
        in->ctx.def = bd->def;
        in->ctx.defer_mask = bd->defer_mask;
        in->ctx.side_a_is_tx = bd->side_a_is_tx;
        in->ctx.wrap_width = bd->wrap_width;
        in->cov_ok = bd->matched;
        in->cov_lines = bd->nonempty;
        int other = sd && sd->score > best ? sd->score : best;
        if (in->forced_def)
            snprintf(in->reason, sizeof in->reason, "chosen with --input-format%s%s",
                     enc ? ", text in " : "", enc ? enc : "");
        else
            snprintf(in->reason, sizeof in->reason,
                     "%s: %u of %u sample lines read by its rules (score %d; runner-up %s, "
                     "score %d)%s%s",
                     bd->def->title, bd->matched, bd->nonempty, bd->score,
                     sd && sd->score > best ? sd->def->name : bv->info.name, other,
                     enc ? "; text in " : "", enc ? enc : "");
        /* One clock per capture: the definition's own when its time groups
         * carried a time on the sample's lines, else the wrapper layers' (a
         * syslog's stamp before a daemon's '> AT+CSQ'), on every line. A
         * definition whose rules can carry a time but whose lines here do
         * not gets the layers' times; one whose lines do keeps its own clock
         * (a library's ms since boot) and a line without its own time keeps
         * the last one, not the layer's, which would be another clock. */
        in->wrap_time = !bd->def->info.has_time || !bd->own_time;
        if (in->mail_wrap) {
            size_t k = strlen(in->reason);
            snprintf(in->reason + k, sizeof in->reason - k,
                     "; lines a mail client wrapped at %u columns joined", in->mail_wrap);
        }
        return layers_text(in, det, 1, bd->stamped, bd->deep, bd->def->name);
    }
    if (in->vt) {
        in->score = 100;
        snprintf(in->reason, sizeof in->reason, "chosen with --input-format%s%s",
                 enc ? ", text in " : "", enc ? enc : "");
    } else {
        in->vt = bv;
        in->score = best;
        int sc2 = second;
        const char *sn = sv ? sv->info.name : "none";
        if (bd && bd->score > sc2) {
            sc2 = bd->score;
            sn = bd->def->name;
        }
        /* why no template was inferred, where the log looks like a trace
         * (more AT lines behind a prefix than at their line's start) */
        int why_not = det->infer.why_not[0] && det->infer.prefixed > det->infer.bare;
        if (bv->raw && sc2 <= 0) {
            /* made whole, then cut to the reason's size as every reason is */
            char r[600];
            int k = snprintf(r, sizeof r,
                             "no known format in the first %zu bytes%s: plain bytes, %u of %u "
                             "sample lines look like AT traffic%s%s%s%s",
                             in->slen,
                             stamped ? " under the line stamps" : outer ? " under the wrappers" : "",
                             stamped ? det->at_lines_stamped : outer ? det->at_lines : det->at_lines_bare,
                             det->nonempty, why_not ? "; no line template inferred: " : "",
                             why_not ? det->infer.why_not : "", enc ? "; text in " : "",
                             enc ? enc : "");
            size_t m = k < 0 ? 0 : (size_t)k < sizeof in->reason ? (size_t)k : sizeof in->reason - 1;
            memcpy(in->reason, r, m);
            in->reason[m] = 0;
        }
        else
            snprintf(in->reason, sizeof in->reason, "%s (score %d; runner-up %s, score %d)%s%s",
                     bv->info.detects_on, best, sn, sc2, enc ? "; text in " : "",
                     enc ? enc : "");
    }
    if (in->vt == &ats_rd_csv) {
        /* which column took which role: a table's order is the writer's */
        char cols[320];
        if (ats_rd_csv_columns(ps, pn, cols, sizeof cols)) {
            size_t k = strlen(in->reason);
            snprintf(in->reason + k, sizeof in->reason - k, "; columns: %s", cols);
        }
    }
    in->cov_ok = bv == &ats_rd_raw ? (stamped ? det->at_lines_stamped : det->at_lines)
                                   : det->nonempty;
    in->cov_lines = det->nonempty;
    if (in->vt->raw && (outer || stamped))
        in->vt = &ats_rd_rawlines;   /* each line peeled first: read line by line */
    /* a plain log a mail client re-wrapped: line by line, its cut lines
     * joined (not under wrappers: a quote's own prefix is on the rest too) */
    if (in->mail_wrap) {
        /* joined before detection (mail_first): a raw log is read line by line */
        if (in->vt == &ats_rd_raw)
            in->vt = &ats_rd_rawlines;
        size_t k = strlen(in->reason);
        snprintf(in->reason + k, sizeof in->reason - k,
                 "; lines a mail client wrapped at %u columns joined", in->mail_wrap);
    } else if (in->vt == &ats_rd_raw && !outer && !stamped && (in->mail_wrap = ats_in_mail_wrap_of(s, n, &in->mail_fold)) != 0) {
        if (!(in->held = malloc(MAX_SRC_LINE + 2)))
            return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
        in->vt = &ats_rd_rawlines;
        size_t k = strlen(in->reason);
        snprintf(in->reason + k, sizeof in->reason - k,
                 "; lines a mail client wrapped at %u columns joined", in->mail_wrap);
    }
    in->wrap_time = !in->vt->info.has_time;
    return layers_text(in, det, outer, stamped, 0, in->vt->info.name);
}

/* The best any reader or definition scores on a sample (its layers' too). */
static int best_score(const fdet *det, const unsigned char *s, size_t n)
{
    int best = 0;
    for (size_t i = 0; i < det->nscores; i++)
        best = det->scores[i].score > best ? det->scores[i].score : best;
    for (size_t i = 0; i < ats_nreaders; i++) {
        int sc = ats_readers[i]->probe ? ats_readers[i]->probe(s, n) : 0;
        best = sc > best ? sc : best;
    }
    return best;
}

/* A log a mail client re-wrapped whose lines are a tool's (ModemManager's
 * debug lines broken after "-->" or inside their quoted string): the
 * format is detected on the sample with the wrapped lines joined, and the
 * lines are read joined, where that reads better than the lines as they
 * came and no wrapper is on them (a quote's prefix would be on the rest
 * too). *det and the sample are then the joined ones (*joined owns it). */
/* rd_ctx.peel_sample: the layers off one sample line, on a copy of the
 * peel's state (its writer and rest tracking), so the reading that follows
 * starts as it would have. */
static int peel_sample_line(void *arg, const char *p, size_t n, const char **out, size_t *outn)
{
    ats_input *in = arg;
    peel tmp = in->pl;
    size_t skip = 0;
    return ats_peel_line(&tmp, p, n, out, outn, NULL, &skip) == PEEL_PASS;
}

static int mail_first(ats_input *in, fdet *det, const unsigned char **s, size_t *n,
                      unsigned char **joined)
{
    int fold = 0;
    unsigned w = det->nouter || det->nstamp ? 0 : ats_in_mail_wrap_of(*s, *n, &fold);
    if (!w)
        return 0;
    /* only where the lines as they came are not read with confidence: a
     * C reader's format (it knows its lines), or a definition that reads
     * 60 % of them or more, is the log's own, whatever its lines' widths
     * (a syslog of 60-80 columns looks wrapped) */
    const fdet_score *bd = NULL;
    for (size_t i = 0; i < det->nscores; i++)
        if (!bd || det->scores[i].score > bd->score)
            bd = &det->scores[i];
    for (size_t i = 0; i < ats_nreaders; i++)
        if (ats_readers[i]->probe && ats_readers[i]->probe(*s, *n) > 10 &&
            (!bd || ats_readers[i]->probe(*s, *n) >= bd->score))
            return 0;
    if (bd && bd->score > 0 && (uint64_t)bd->matched * 10 >= (uint64_t)bd->nonempty * 6)
        return 0;
    unsigned char *j = malloc(*n + 2);
    if (!j)
        return ATS_ENOMEM;
    size_t jn = ats_in_mail_join(*s, *n, w, fold, j);
    fdet d2;
    if (ats_fdet_run(&d2, in->fs, j, jn, in->forced_def)) {
        free(j);
        return ATS_ENOMEM;
    }
    /* a known format on the joined lines (raw scores 10: a plain log is
     * joined as it is read, choose()), as good as the lines as they came
     * within a score's noise: a definition that reads a cut piece of a
     * line for a line of its own ('...' for a REPL's repr) scores a little
     * on the cut lines, the tool whose lines they are much more on the
     * joined ones */
    int jb = best_score(&d2, j, jn);
    if (d2.nouter || d2.nstamp || jb <= 10 || jb + 10 < best_score(det, *s, *n)) {
        ats_fdet_free(&d2);
        free(j);
        return 0;
    }
    if (!(in->held = malloc(MAX_SRC_LINE + 2))) {
        ats_fdet_free(&d2);
        free(j);
        return ATS_ENOMEM;
    }
    ats_fdet_free(det);
    *det = d2;
    *s = j;
    *n = jn;
    *joined = j;
    in->mail_wrap = w;
    in->mail_fold = fold;
    return 0;
}

/* How the sample's lines end. "\r\r\n" on most lines: a "\n" written through a
 * text-mode stream on Windows, or a terminal adding a CR to every LF of a
 * target that prints "\r\n": the second CR is the file's, not the log's,
 * and line rules that end at the CR would not match; only then is a run of
 * CRs before the LF read as one (elsewhere it may be a raw read's bytes).
 * "\n\r" on most lines (the LF not after a CR: a CR LF file's blank lines
 * are not that): a firmware's printf("...\n\r"). No LF at all but CRs: CR
 * line ends. */
static eol_conv eol_of(const unsigned char *s, size_t n)
{
    size_t lines = 0, crcr = 0, lfcr = 0, crs = 0, start = 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] == '\r')
            crs++;
        if (s[k] != '\n')
            continue;
        size_t t = k;               /* the line's text ends before its CRs */
        while (t > start && s[t - 1] == '\r')
            t--;
        if (t > start) {
            lines++;
            crcr += k - t >= 2;
            lfcr += t == k && k + 1 < n && s[k + 1] == '\r';
        }
        start = k + 1;
    }
    if (lines >= 3 && crcr * 10 >= lines * 6)
        return EOL_CRCRLF;
    if (lines >= 3 && lfcr * 10 >= lines * 6)
        return EOL_LFCR;
    return !start && crs >= 3 ? EOL_CR : EOL_LF;
}

/* The sample as the reader will see it: each run of CRs before an LF one,
 * the CR after an LF gone, or a CR-only file's CRs as LFs. */
static size_t eol_sample(eol_conv e, const unsigned char *s, size_t n, unsigned char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (e == EOL_CR) {
            out[k++] = s[i] == '\r' ? '\n' : s[i];
        } else if (e == EOL_LFCR) {
            if (!(s[i] == '\r' && i && s[i - 1] == '\n'))
                out[k++] = s[i];
        } else if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\r') {
            size_t j = i;
            while (j < n && s[j] == '\r')
                j++;
            if (j < n && s[j] == '\n') {
                i = j - 1;           /* the last CR of the run is copied */
                continue;
            }
            /* a run not before an LF goes as it is, at once: looking at it
             * again from each of its CRs was quadratic in a hostile run */
            memcpy(out + k, s + i, j - i);
            k += j - i;
            i = j - 1;
        } else {
            out[k++] = s[i];
        }
    }
    return k;
}

/* An odd number of blank lines between nine in ten of the sample's text
 * lines and the next (one after each line, two for each blank line the log
 * had): a log pasted double-spaced (a web page copied). s is the sample
 * with its line ends converted (LF). A raw capture of an echo-off modem
 * ("\r\nOK\r\n\r\n+CREG: ...") looks so too: the flag only keeps a blank
 * line right after a block's announcement (or after a line end inside the
 * block) out of the block, where such a modem's own bytes come at once. */
static int double_spaced(const unsigned char *s, size_t n)
{
    size_t text = 0, spaced = 0, blanks = 0, start = 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] != '\n')
            continue;
        int blank = 1;
        for (size_t j = start; j < k && blank; j++)
            blank = s[j] == '\r' || s[j] == ' ' || s[j] == '\t';
        start = k + 1;
        if (blank) {
            blanks++;
            continue;
        }
        spaced += text && (blanks & 1);   /* the paste's one, and the log's pairs */
        text++;
        blanks = 0;
    }
    return text >= 4 && spaced * 10 >= (text - 1) * 9;
}

/* A time's parts as one number that orders them (a day's time alone
 * orders within the day). */
static int64_t tkey(const fd_tparts *t)
{
    int64_t d = t->have == 2 ? ((int64_t)t->year * 13 + t->month) * 32 + t->day : 0;
    if (t->have == 3)
        return t->us;
    return ((d * 24 + t->h) * 60 + t->m) * 60 * 1000000 + (int64_t)t->s * 1000000 + t->us;
}

/* Whether the lines are newest first: the wrapper layers' times (a web log
 * viewer's column, the only clock that orders the rows the viewer shows) go
 * backwards from line to line over the sample, never forwards, at least
 * twice in 3 or more stamped lines. Then the input reads them last first
 * (in->reverse), holding them to the end; a format read as bytes cannot
 * be so read: 1 (refused). ATS_ENOMEM or 0. */
static int newest_first(ats_input *in, const unsigned char *s, size_t n)
{
    if (!in->pl.n || !peel_timed(&in->pl))
        return 0;
    peel tmp;
    if (ats_peel_init(&tmp, in->fs->mctx))
        return ATS_ENOMEM;
    for (size_t i = 0; i < in->pl.n; i++)
        if (ats_peel_push(&tmp, in->pl.layer[i])) {
            ats_peel_free(&tmp);
            return ATS_ENOMEM;
        }
    unsigned stamped = 0, down = 0, up = 0;
    int64_t prev = 0;
    size_t i = 0;
    while (i < n) {
        const unsigned char *e = memchr(s + i, '\n', n - i);
        size_t len = e ? (size_t)(e - (s + i)) : n - i, l = len;
        if (l && s[i + l - 1] == '\r')
            l--;
        const char *b;
        size_t bn, skip = 0;
        fd_tparts tp;
        tp.have = 0;
        if (l && ats_peel_line(&tmp, (const char *)s + i, l, &b, &bn, &tp, &skip) == PEEL_PASS &&
            tp.have) {
            int64_t k = tkey(&tp);
            if (stamped) {
                down += k < prev;
                up += k > prev;
            }
            prev = k;
            stamped++;
        }
        i += len + 1;
    }
    ats_peel_free(&tmp);
    /* a pretty-printed JSON export spends tens of lines on a hit: 64 lines
     * hold two or three of its times (Discover sorts newest first) */
    unsigned few = 0;
    for (size_t j = 0; j < in->pl.n; j++)
        few |= in->pl.layer[j]->time_line.code != NULL;
    if (stamped < 3 - few || down < 2 - few || up)
        return 0;
    if (in->vt->raw)
        return 1;
    in->reverse = 1;
    in->rev_down = down;
    return 0;
}

static int decide(ats_input *in, ats_error *err)
{
    in->decided = 1;
    in->enc = sniff_utf16(in->sample, in->slen);
    const unsigned char *s = in->sample;
    size_t n = in->slen;
    char *conv = NULL;
    if (in->enc != ENC_NONE) {
        in->cd = iconv_open("UTF-8", enc_name(in->enc));
        if (in->cd == (iconv_t)-1)
            return ats_err(err, ATS_EIO, NULL, 0, 0, "cannot convert from %s",
                           enc_name(in->enc));
        /* probe on a converted copy of the sample */
        conv = malloc(n * 2 + 16);
        if (!conv)
            return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
        iconv_t cd = iconv_open("UTF-8", enc_name(in->enc));
        if (cd == (iconv_t)-1) {
            free(conv);
            return ats_err(err, errno == ENOMEM ? ATS_ENOMEM : ATS_EIO, NULL, 0, 0,
                           "cannot convert from %s: %s", enc_name(in->enc), strerror(errno));
        }
        char *ip = (char *)s, *op = conv;
        size_t il = n & ~(size_t)1, ol = n * 2 + 16;
        if (il >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) {
            ip += 2;
            il -= 2;
        }
        while (il && iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 && errno == EILSEQ) {
            ip += 2;
            il = il >= 2 ? il - 2 : 0;
        }
        iconv_close(cd);
        s = (const unsigned char *)conv;
        n = (size_t)(op - conv);
    } else if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        s += 3;                   /* detection sees what the reader will: no BOM */
        n -= 3;
    }
    int qp = in->enc != ENC_NONE ? 0 : qp_mail_of(s, n) ? 2 : qp_of(s, n);
    if (qp) {
        /* detection sees the decoded body, as the reader will */
        unsigned char *c = malloc(n + 3);
        if (!c) {
            free(conv);
            return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
        }
        in->qp = qp;
        n = qp_decode(in, s, n, c, 1);
        in->qpend[0] = in->qpend[1] = 0;
        in->mstate = in->mqp = in->mnb = in->mtext = 0;
        in->mlen = 0;
        s = c;
        free(conv);
        conv = (char *)c;
    }
    if ((in->eol = eol_of(s, n)) != EOL_LF) {
        unsigned char *c = malloc(n + 1);
        if (!c) {
            free(conv);
            return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
        }
        n = eol_sample(in->eol, s, n, c);
        s = c;
        free(conv);
        conv = (char *)c;
    }
    in->double_spaced = double_spaced(s, n);
    fdet det;
    if (ats_fdet_run_memo(&det, in->fs, s, n, in->forced_def, in->o.memo)) {
        free(conv);
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    }
    unsigned char *joined = NULL;
    if (layer_first(in, &det, &s, &n, &joined) ||
        (!joined && mail_first(in, &det, &s, &n, &joined))) {
        ats_fdet_free(&det);
        free(conv);
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    }
    int rc = choose(in, &det, s, n, err);
    if (!rc && (rc = newest_first(in, s, n)) == 0 && in->reverse) {
        size_t k = strlen(in->reason);
        snprintf(in->reason + k, sizeof in->reason - k,
                 "; newest first (the times go back %u times in the sample): read last line "
                 "first", in->rev_down);
    }
    if (rc > 0)
        rc = ats_err(err, ATS_EINVAL, NULL, 0, 0,
                     "the log is newest first (its times go backwards) and its format is read "
                     "as a byte stream, not line by line: reverse it first (tac) and read it "
                     "again");
    ats_fdet_free(&det);
    if (rc == 0 && !in->mail_wrap && (in->pl.n || in->lw_anchor)) {
        /* joined before detection (layer_first): the sample's own anchor,
         * width and cuts */
        if (!in->lw_anchor)
            ats_in_layer_wrap_of(in, s, n);
        if (in->lw_anchor && !in->held && !(in->held = malloc(MAX_SRC_LINE + 2)))
            rc = ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
        if (in->lw_anchor) {
            size_t k = strlen(in->reason);
            snprintf(in->reason + k, sizeof in->reason - k,
                     "; lines a terminal or mail client wrapped at %zu columns joined under %s",
                     in->lw_width, in->lw_anchor->name);
        }
    }
    if (rc == 0) {
        in->ctx.sample = s;
        in->ctx.sample_len = n;
        in->ctx.peel_sample = in->pl.n ? peel_sample_line : NULL;
        in->ctx.peel_arg = in;
        rc = start_reader(in, err);
        in->ctx.sample = NULL;
        in->ctx.sample_len = 0;
        in->ctx.peel_sample = NULL;
    }
    free(joined);
    free(conv);
    return rc;
}

/* Is the first line (the sample's a[0..na) then b[0..nb), up to its LF) a
 * bare { or [, a UTF-8 BOM and blanks aside: a pretty-printed JSON document? */
static int json_doc_opens(const unsigned char *a, size_t na, const unsigned char *b, size_t nb)
{
    unsigned char c[8];
    size_t k = 0;
    for (size_t i = 0; i < na + nb && k < sizeof c; i++) {
        unsigned char x = i < na ? a[i] : b[i - na];
        if (x != ' ' && x != '\t' && x != '\r')
            c[k++] = x;
    }
    size_t s = k >= 3 && c[0] == 0xEF && c[1] == 0xBB && c[2] == 0xBF ? 3 : 0;
    return k == s + 1 && (c[s] == '{' || c[s] == '[');
}

int ats_input_feed(ats_input *in, const void *buf, size_t len, ats_error *err)
{
    const unsigned char *p = buf;
    if (in->failed)
        return ats_err(err, ATS_EINVAL, NULL, 0, 0, "input failed earlier");
    if (!in->decided) {
        /* The sample ends at 64 KiB or after the SAMPLE_LINES-th line, whichever comes
         * first: a property of the bytes, not of how they were fed, and short
         * enough that a live port shows records soon. */
        size_t take = in->o.sample - in->slen < len ? in->o.sample - in->slen : len;
        if (!in->sample_cap)
            in->sample_cap = SAMPLE_LINES;
        for (size_t i = 0; i < take; i++) {
            if (p[i] != '\n')
                continue;
            if (!in->sample_lines && json_doc_opens(in->sample, in->slen, p, i))
                in->sample_cap = SAMPLE_LINES_JSON;
            if (++in->sample_lines == in->sample_cap) {
                take = i + 1;
                break;
            }
        }
        if (take)
            memcpy(in->sample + in->slen, p, take);
        in->slen += take;
        p += take;
        len -= take;
        if (in->slen < in->o.sample && in->sample_lines < in->sample_cap)
            return 0;
        int rc = decide(in, err);
        if (rc == 0 && process(in, in->sample, in->slen, 0))
            rc = stopped(in, err);
        free(in->sample);
        in->sample = NULL;
        if (rc) {
            in->failed = 1;
            return rc;
        }
    }
    if ((len && process(in, p, len, 0)) || ats_rd_flush(&in->ctx)) {
        in->failed = 1;
        return stopped(in, err);
    }
    return 0;
}

void ats_input_set_chunks_cb(ats_input *in, ats_chunks_cb cb) { in->ctx.runs_cb = cb; }

int ats_input_finish(ats_input *in, ats_error *err)
{
    if (in->failed)
        return ats_err(err, ATS_EINVAL, NULL, 0, 0, "input failed earlier");
    int rc = 0;
    if (!in->decided) {
        rc = decide(in, err);
        if (rc == 0 && process(in, in->sample, in->slen, 1))
            rc = stopped(in, err);
        free(in->sample);
        in->sample = NULL;
    } else if (in->enc != ENC_NONE && in->npend) {
        if (transcode(in, NULL, 0, 1))
            rc = stopped(in, err);
    } else if (in->qp && in->qpend[0]) {
        if (qp_feed(in, NULL, 0, 1))
            rc = stopped(in, err);
    }
    if (rc == 0 && !in->vt->raw && (in->llen || in->ltrunc)) {
        in->last_open = 1;
        if (emit_line(in, 0))
            rc = stopped(in, err);
    }
    if (rc == 0 && in->nheld && ats_in_flush_held(in))
        rc = stopped(in, err);
    if (rc == 0 && in->reverse && ats_in_replay_held(in))
        rc = stopped(in, err);
    if (rc == 0 && in->vt->finish && in->vt->finish(in->st, &in->ctx))
        rc = stopped(in, err);
    if (rc == 0 && ats_rd_flush(&in->ctx))
        rc = stopped(in, err);
    if (rc)
        in->failed = 1;
    return rc;
}

const ats_format_info *ats_input_format(const ats_input *in)
{
    if (in->def)
        return &in->def->info;
    return in->vt ? &in->vt->info : NULL;
}

const char *ats_input_layers(const ats_input *in) { return in->layers; }

const char *ats_input_template(const ats_input *in) { return in->templ[0] ? in->templ : NULL; }

unsigned ats_input_hides(const ats_input *in)
{
    return in->layer_hides | (in->def ? in->def->hides : 0);
}

const char *ats_input_commands_unshown(const ats_input *in)
{
    return in->def ? in->commands_unshown : NULL;
}

const char *ats_input_candidate(const ats_input *in, size_t i, int *score, const char **why)
{
    if (i >= in->ncand)
        return NULL;
    if (score)
        *score = in->cand[i].score;
    if (why)
        *why = in->cand[i].why;
    return in->cand[i].name;
}

void ats_input_sample_coverage(const ats_input *in, unsigned *understood, unsigned *nonempty)
{
    *understood = in->cov_ok;
    *nonempty = in->cov_lines;
}
const char *ats_input_reason(const ats_input *in) { return in->reason; }
int ats_input_score(const ats_input *in) { return in->score; }
int ats_input_saw_time(const ats_input *in) { return in->ctx.saw_time; }
int ats_input_saw_direction(const ats_input *in) { return in->ctx.saw_dir; }

uint64_t ats_input_lines(const ats_input *in)
{
    if (!in->vt || in->vt->raw)
        return 0;
    return in->lineno - 1 + (uint64_t)in->last_open;
}

void ats_input_free(ats_input *in)
{
    if (!in)
        return;
    free(in->rev);
    if (in->st && in->vt && in->vt->free)
        in->vt->free(in->st);
    free(in->st);
    if (in->cd != (iconv_t)-1)
        iconv_close(in->cd);
    free(in->sample);
    free(in->line);
    free(in->body);
    free(in->held);
    free(in->ctx.run);
    free(in->ctx.run_bytes);
    ats_peel_free(&in->pl);
    pcre2_match_context_free(in->mctx);
    pcre2_jit_stack_free(in->jstack);
    ats_formatset_free(in->inf_fs);
    ats_formatset_free(in->own_fs);
    free(in);
}
