/* capture_read.c - see capture_read.h. */
#include "capture_read.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "cli.h"
#include "readahead.h"

typedef struct fwd {
    capture_read *cr;
    ats_parser *ps;
    ats_input *in;
    ats_error *e;
    int announced;
} fwd;

static void announce(fwd *f)
{
    f->announced = 1;
    /* before the first line: what the tool leaves out is no failure */
    ats_parser_set_hides(f->ps, ats_input_hides(f->in));
    if (f->cr->on_format)
        f->cr->on_format(f->cr->user, f->in);
}

static int on_chunk(void *user, const ats_chunk *c)
{
    fwd *f = user;
    if (!f->announced)
        announce(f);
    return ats_parser_feed_chunk(f->ps, c, f->e) < 0 ? 1 : 0;
}

static int on_chunks(void *user, const ats_chunk *c, size_t n)
{
    fwd *f = user;
    if (!f->announced)
        announce(f);
    return ats_parser_feed_chunks(f->ps, c, n, f->e) < 0 ? 1 : 0;
}

static void results(capture_read *cr, const ats_input *in)
{
    const ats_format_info *fi = ats_input_format(in);
    if (fi) {
        snprintf(cr->format_name, sizeof cr->format_name, "%s", fi->name);
        cr->lossy = fi->lossy;
        cr->reads_as_received = fi->reads_as_received;
    }
    snprintf(cr->reason, sizeof cr->reason, "%s", ats_input_reason(in));
    snprintf(cr->layers, sizeof cr->layers, "%s", ats_input_layers(in));
    cr->hides = ats_input_hides(in);
    const char *cu = ats_input_commands_unshown(in);
    snprintf(cr->commands_unshown, sizeof cr->commands_unshown, "%s", cu ? cu : "");
    cr->has_time = ats_input_saw_time(in);
    cr->has_dir = ats_input_saw_direction(in);
    cr->nwarnings = ats_input_warning_count(in);
    cr->nkept = 0;
    const char *w;
    uint64_t line;
    while (cr->nkept < sizeof cr->warnings / sizeof cr->warnings[0] &&
           (w = ats_input_warning(in, cr->nkept, &line)) != NULL) {
        cr->warnings[cr->nkept].line = line;
        snprintf(cr->warnings[cr->nkept].msg, sizeof cr->warnings[cr->nkept].msg, "%s", w);
        cr->nkept++;
    }
}

typedef struct progress {
    double total, shown_at;
} progress;

static int feed_piece(capture_read *cr, fwd *f, const char *data, size_t n, ats_error *e,
                      progress *pg)
{
    cr->bytes += (uint64_t)n;
    if (ats_input_feed(f->in, data, n, e) < 0)
        return -1;
    if (cr->after_read)
        cr->after_read(cr->user);
    if (pg->total > 0) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        double now = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
        if (now - pg->shown_at >= 0.25) {
            pg->shown_at = now;
            fprintf(stderr, "\ratscope: reading: %3.0f%% of %.0f MB",
                    100.0 * (double)cr->bytes / pg->total, pg->total / 1e6);
            fflush(stderr);
        }
    }
    return 0;
}

static size_t next_want(size_t cap, unsigned *seed)
{
    if (!*seed)
        return cap;
    *seed = *seed * 1103515245u + 12345u;
    return 1 + (*seed >> 8) % cap;
}

/* The look-ahead of --profile auto: reads (in the sizes the main loop would
 * use, kept so the parser later sees the same pieces) until CAPTURE_LOOKAHEAD
 * bytes or the end, identifies the module from exactly the first
 * min(CAPTURE_LOOKAHEAD, size) bytes, and makes the parser. Then replays. */
static int lookahead(capture_read *cr, fwd *f, int fd, const char *shown, const ats_input_opts *io,
                     size_t cap, unsigned *seed, int *eof, ats_error *e, progress *pg)
{
    char *la = NULL;
    size_t len = 0, lcap = 0, npieces = 0, pcap = 0, cut = 0, lines = 0;
    size_t *pieces = NULL;
    int rc = 0;
    while (!cut && len < CAPTURE_LOOKAHEAD) {
        size_t want = next_want(cap, seed);
        if (lcap - len < want) {
            size_t nc = lcap ? lcap * 2 : (want > 65536 ? want : 65536);
            while (nc - len < want)
                nc *= 2;
            /* not realloc: it copies the whole block, and a small capture's
             * last read (the one that finds the end) grows a block of
             * `want` bytes holding a few hundred */
            char *q = malloc(nc);
            if (!q) {
                rc = -1;
                cli_error("out of memory");
                break;
            }
            if (len)
                memcpy(q, la, len);
            free(la);
            la = q;
            lcap = nc;
        }
        ssize_t n = read(fd, la + len, want);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            cli_error("%s: read error: %s", shown, strerror(errno));
            rc = -1;
            break;
        }
        if (n == 0) {
            *eof = 1;
            break;
        }
        if (npieces == pcap) {
            size_t *q = realloc(pieces, (pcap = pcap ? pcap * 2 : 64) * sizeof *q);
            if (!q) {
                rc = -1;
                cli_error("out of memory");
                break;
            }
            pieces = q;
        }
        pieces[npieces++] = (size_t)n;
        /* the look-ahead ends after its last line: a live capture starts
         * flowing then, not after CAPTURE_LOOKAHEAD bytes */
        for (size_t i = len; i < len + (size_t)n && !cut; i++)
            if (la[i] == '\n' && ++lines == CAPTURE_LOOKAHEAD_LINES)
                cut = i + 1;
        len += (size_t)n;
    }
    if (!cut)
        cut = len < CAPTURE_LOOKAHEAD ? len : CAPTURE_LOOKAHEAD;
    ats_identity id;
    memset(&id, 0, sizeof id);
    if (rc == 0 &&
        ats_identify_prefix(io, la ? la : "", cut,
                            cr->id_base, cr->id_cands, cr->id_ncands, &id, e) < 0) {
        cli_lib_error(e, shown);
        rc = -1;
    }
    if (rc == 0 && !(f->ps = cr->choose(cr->user, &id)))
        rc = -1;
    for (size_t i = 0, off = 0; rc == 0 && i < npieces; off += pieces[i++])
        if (feed_piece(cr, f, la + off, pieces[i], e, pg) < 0)
            rc = -2;
    free(pieces);
    free(la);
    return rc;
}

int cli_threads_option(const char *s, unsigned *out)
{
    if (!strcmp(s, "auto") || !strcmp(s, "1") || !strcmp(s, "2") || !strcmp(s, "3")) {
        *out = s[0] == 'a' ? 0 : (unsigned)(s[0] - '0');
        return 0;
    }
    cli_error("--threads: expected auto, 1, 2 or 3, got '%s'", s);
    return -1;
}

unsigned capture_threads(int fd, unsigned asked, int *split_read_apart)
{
    *split_read_apart = 0;
    if (asked)
        return asked;
    struct stat st;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    if (ncpu < 2 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
        st.st_size < (off_t)CAPTURE_THREADS_MIN)
        return 1;
    if (ncpu >= 3)
        return 3;
    *split_read_apart = 1;       /* the third thread where reading apart pays */
    return 2;
}

int capture_read_fd(capture_read *cr, int fd, const char *shown, ats_parser *ps)
{
    ats_error e, pe;
    memset(&e, 0, sizeof e);
    memset(&pe, 0, sizeof pe);
    fwd f = {cr, ps, NULL, &pe, 0};
    ats_input_opts io = cr->settings ? *cr->settings : (ats_input_opts){.format = NULL};
    io.format = cr->format;
    if (!io.formats)
        io.formats = cli_formatset();   /* made before any thread started (cli_check_format) */
    /* the look-ahead's input and this one detect on the same sample: the
     * scores are made once (detection was most of a small capture's time) */
    ats_detect_memo *memo = NULL;
    if (!ps && cr->choose && ats_detect_memo_new(&memo, &e) < 0) {
        cli_lib_error(&e, shown);
        return -1;
    }
    io.memo = memo;
    if (ats_input_new(&f.in, &io, on_chunk, &f, &e) < 0) {
        cli_lib_error(&e, shown);
        ats_detect_memo_free(memo);
        return -1;
    }
    ats_input_set_chunks_cb(f.in, on_chunks);
    size_t cap = cr->read_size ? cr->read_size : (1u << 20);
    unsigned seed = cr->read_seed;
    int rc = 0, eof = 0;
    struct stat st;
    off_t size = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? st.st_size : -1;
    /* Seconds of silence on a big file look like a hang: say how far it is,
     * a few times a second, on a terminal only, and wipe the line at the end. */
    progress pg = {0, 0};
    if (cr->progress && isatty(STDERR_FILENO) && size >= (off_t)(64u << 20))
        pg.total = (double)size;
    if (!ps && cr->choose) {
        rc = lookahead(cr, &f, fd, shown, &io, cap, &seed, &eof, &e, &pg);
        if (rc == -1) {             /* said already; nothing was parsed */
            ats_input_free(f.in);
            ats_detect_memo_free(memo);
            return -1;
        }
        rc = rc < 0 ? -1 : 0;
    }
    /* Big regular files are read ahead on a second thread; a small one is
     * not worth a thread, and a pipe's read may block (see readahead.h). */
    readahead *ra = NULL;
    if (!eof && rc == 0 && !cr->read_size && !seed && size > (off_t)(4 * cap))
        ra_start(&ra, fd, cap);          /* on failure: plain reads below */
    char *buf = ra || eof ? NULL : malloc(cap);
    if (!ra && !eof && !buf) {
        cli_error("out of memory");
        rc = -1;
    }
    int read_errno = 0;
    while (rc == 0 && !eof) {
        size_t want = next_want(cap, &seed);
        const char *data = buf;
        ssize_t n = ra ? ra_next(ra, &data) : read(fd, buf, want);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            read_errno = errno;     /* said below, after the records before it */
            rc = -1;
            break;
        }
        if (n == 0)
            break;
        if (feed_piece(cr, &f, data, (size_t)n, &e, &pg) < 0) {
            rc = -1;
            break;
        }
    }
    if (pg.total > 0 && pg.shown_at > 0)
        fputs("\r\033[K", stderr);
    if (rc == 0 && ats_input_finish(f.in, &e) < 0)
        rc = -1;
    if (rc == 0 && !f.announced && cr->on_format) {
        f.announced = 1;
        cr->on_format(cr->user, f.in);
    }
    if (rc == 0)
        ats_parser_set_lines(f.ps, ats_input_lines(f.in));
    if (rc == 0 && ats_parser_finish(f.ps, &pe) < 0)
        rc = -1;
    /* With a record thread, the records made before a failure here are
     * still being written: they come first, and if the callback stopped at
     * one of them, one thread would have stopped there too, so that is all. */
    if (rc < 0 && f.ps && ats_parser_sync(f.ps, &pe) == ATS_EUSER)
        read_errno = 0;
    else if (read_errno)
        cli_error("%s: read error: %s", shown, strerror(read_errno));
    /* a stop asked for by our own callback (a write error) is the caller's to tell */
    if (rc < 0 && (pe.msg[0] || e.msg[0]) && (pe.msg[0] ? pe.code : e.code) != ATS_EUSER)
        cli_lib_error(pe.msg[0] ? &pe : &e, shown);
    results(cr, f.in);
    ra_stop(ra);
    free(buf);
    ats_input_free(f.in);
    ats_detect_memo_free(memo);
    return rc;
}
