/* framer.c - cuts one direction's bytes into lines, prompts and payload.
 *
 * Line ends are CR, LF, CRLF or LFCR; empty lines are dropped (and counted as
 * framing). The only state that crosses chunks is the state enum, the mode
 * the builder asked for, and a bounded carry buffer: a line longer than
 * max_line is cut, counted and flagged, never kept whole. Source lines are
 * counted on LF, as grep -n, sed and vim count them. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* What scan_line() saw before the line end: a line scanned whole in place
 * and found plain needs no second look for control bytes or a "//" note. */
enum { SCAN_DONE = 1, SCAN_SLASH = 2, SCAN_OTHER = 4 };

/* Undirected, up to Ctrl-Z: how many bytes a payload that holds line ends
 * may take before a line end ends it anyway (no Ctrl-Z in sight, and no
 * line the builder heard as the modem's). A SIM800 AT+CIPSEND takes 1460
 * bytes, a text mode SMS 160 characters a part. */
#define CTRLZ_LINES_MAX 4096

/* Modes whose bytes are a payload (state ATS_FR_PAYLOAD between units). */
static int payload_mode(ats_frame_mode m)
{
    return m == ATS_FRAME_PAYLOAD_LEN || m == ATS_FRAME_PAYLOAD_CTRLZ ||
           m == ATS_FRAME_PAYLOAD_QUOTE;
}

int ats_framer_init(ats_framer *fr, const ats_framer_opts *opts, ats_dir dir, ats_line_cb cb,
                    void *user, ats_error *err)
{
    memset(fr, 0, sizeof *fr);
    if (opts)
        fr->opts = *opts;
    if (fr->opts.max_line == 0)
        fr->opts.max_line = 65536;
    if (fr->opts.max_line < 16)
        return ats_err(err, ATS_EINVAL, NULL, 0, 0, "max_line must be at least 16");
    fr->buf = malloc(fr->opts.max_line);
    if (!fr->buf)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    fr->cap = fr->opts.max_line;
    fr->dir = dir;
    fr->cb = cb;
    fr->user = user;
    fr->line_no = 1;
    fr->state = ATS_FR_LINE_START;
    fr->mode = ATS_FRAME_LINES;
    return 0;
}

void ats_framer_free(ats_framer *fr)
{
    if (!fr)
        return;
    free(fr->buf);
    fr->buf = NULL;
}

void ats_framer_expect_prompt(ats_framer *fr, int on) { fr->prompt_expected = on; }

void ats_framer_set_end(ats_framer *fr, const char *mark, size_t n)
{
    if (!payload_mode(fr->mode) || n > sizeof fr->end_mark)
        n = 0;
    if (n)
        memcpy(fr->end_mark, mark, n);
    fr->end_len = n;
    fr->end_sent = n && !fr->block;
    /* data that its sender ends with a mark holds line ends of its own, and
     * lines that read as the modem's: read as a block (block_line) */
    if (n && fr->mode == ATS_FRAME_PAYLOAD_LEN)
        fr->block = 1;
}

void ats_framer_set_mode(ats_framer *fr, ats_frame_mode mode, uint64_t n)
{
    if (fr->cut_pending) {
        /* told from outside before the next byte came: the data was whole,
         * emitted before the next bytes (flush_pending) */
        fr->cut_pending = 0;
        fr->state = ATS_FR_PAYLOAD;
        fr->flush_pending = 1;
    }
    /* a counted block is a length-bounded payload that only its length ends */
    fr->block = mode == ATS_FRAME_PAYLOAD_BLOCK;
    fr->block_fin = 0;
    fr->end_len = 0;
    fr->end_sent = 0;
    if (fr->block)
        mode = ATS_FRAME_PAYLOAD_LEN;
    if (mode == ATS_FRAME_PAYLOAD_LEN && n == 0)
        mode = ATS_FRAME_LINES;           /* nothing to take */
    /* Told from outside while a payload is half read (the other direction
     * moved on): what was read is emitted, cut, before the next bytes. */
    if ((fr->state == ATS_FR_PAYLOAD && fr->len > 0) || fr->state == ATS_FR_PAYLOAD_SLASH)
        fr->flush_pending = 1;
    /* Data mode ended or began from outside in the middle of a line ("+++"
     * has no line end; the modem's OK came on the other side): the partial
     * line belongs to the mode it was read in. */
    if ((fr->state == ATS_FR_IN_LINE || fr->state == ATS_FR_DISCARD) && mode != fr->mode &&
        (mode == ATS_FRAME_DATA || fr->mode == ATS_FRAME_DATA)) {
        fr->flush_pending = 2;
        fr->flush_mode = fr->mode;
    }
    if (mode != ATS_FRAME_LINES)
        fr->ctrlz_tail = 0;
    fr->mode = mode;
    fr->payload_left = n;
    fr->in_quotes = mode == ATS_FRAME_PAYLOAD_QUOTE;
    fr->ctrlz_bytes = 0;
    fr->bare_prompt = 0;
    fr->eol_run = fr->cont = 0;
    if (mode == ATS_FRAME_DATA)
        fr->after_prompt = 0;
    if (fr->flush_pending)
        return;
    fr->pay_loose = 0;
    /* Only switch the byte state between lines; a line in progress ends first. */
    if (fr->state == ATS_FR_LINE_START || fr->state == ATS_FR_PAYLOAD ||
        fr->state == ATS_FR_PAYLOAD_SLASH) {
        if (payload_mode(mode))
            fr->state = ATS_FR_PAYLOAD;
        else
            fr->state = ATS_FR_LINE_START;
    }
}

static int call_note(ats_framer *fr, ats_line_kind kind, const char *p, size_t n,
                     uint64_t line, uint64_t off, unsigned flags, const char *note)
{
    ats_line l;
    l.kind = kind;
    l.note = note;
    l.dir = fr->dir;
    l.text.ptr = p;
    l.text.len = n;
    l.line = line;
    l.offset = off;
    l.time = fr->start_time;
    l.flags = flags | (fr->mux ? ATS_LF_MUX : 0);
    l.channel = fr->start_channel;
    if (fr->after_prompt && kind == ATS_LINE_TEXT)
        l.flags |= ATS_LF_AFTER_PROMPT;
    fr->after_prompt = 0;
    l.cut = (flags & ATS_LF_TRUNCATED) ? fr->cut : 0;
    /* Text lines get their flags; payload is bytes, not text (the JSON writer
     * escapes it on its own), and classifying megabytes of data mode costs. */
    if (kind == ATS_LINE_PAYLOAD || (fr->scan & (SCAN_DONE | SCAN_OTHER)) == SCAN_DONE)
        goto deliver;
    /* one pass: nearly every byte is printable ASCII */
    const unsigned char *u = (const unsigned char *)p;
    int utf8_checked = 0;
    size_t i0 = 0;
#if defined(__SSE2__)
    /* sixteen bytes at a time while all are printable ASCII: as signed
     * bytes, those of 0x80 and above are below 0x20 too */
    const __m128i sp = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7F);
    while (i0 + 16 <= n) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(u + i0));
        if (_mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(x, sp), _mm_cmpeq_epi8(x, del))))
            break;
        i0 += 16;
    }
#endif
    /* eight bytes at a time while all are printable ASCII (0x20..0x7e) */
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    while (i0 + 8 <= n) {
        uint64_t w, d;
        memcpy(&w, u + i0, 8);
        d = w ^ (ones * 0x7F);
        if ((w & highs) | ((w - ones * 0x20) & ~w & highs) | ((d - ones) & ~d & highs))
            break;
        i0 += 8;
    }
    /* fewer than eight left: the last eight (overlapping those passed) in
     * one word, not byte by byte */
    if (i0 < n && i0 + 8 > n && n >= 8) {
        uint64_t w, d;
        memcpy(&w, u + n - 8, 8);
        d = w ^ (ones * 0x7F);
        if (!((w & highs) | ((w - ones * 0x20) & ~w & highs) | ((d - ones) & ~d & highs)))
            i0 = n;
    }
    for (size_t i = i0; i < n; i++) {
        if (u[i] >= 0x20 && u[i] < 0x7F)
            continue;
        if (u[i] >= 0x80) {
            if (!utf8_checked && !ats_is_utf8(u + i, n - i))
                l.flags |= ATS_LF_NOT_UTF8;
            utf8_checked = 1;     /* the rest of the line was checked at once */
        } else if (u[i] != '\t') {
            l.flags |= ATS_LF_CONTROL;
        }
        if (utf8_checked && (l.flags & ATS_LF_CONTROL))
            break;
    }
deliver:
    fr->lines++;
    if (fr->cb && fr->cb(fr->user, &l) != 0) {
        fr->err = ATS_EUSER;
        return ATS_EUSER;
    }
    return 0;
}

static int call(ats_framer *fr, ats_line_kind kind, const char *p, size_t n, uint64_t line,
                uint64_t off, unsigned flags)
{
    return call_note(fr, kind, p, n, line, off, flags, NULL);
}

/* "//" at the line start or after a blank, outside double quotes, starts a
 * note (the vendor guide's logs). "http://x" is not a note. */
static size_t find_note(const char *p, size_t n)
{
    if (!memchr(p, '/', n))
        return n;
    int q = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (p[i] == '"')
            q = !q;
        else if (!q && p[i] == '/' && p[i + 1] == '/' &&
                 (i == 0 || p[i - 1] == ' ' || p[i - 1] == '\t'))
            return i;
    }
    return n;
}

/* How many bytes at p[i..n) are one erase a user typed at a terminal, 0
 * none: BS or DEL alone; the "BS SP BS" a terminal or the modem echoes to
 * wipe the character on screen (after the DEL that asked for it, too); the
 * same in caret notation where the log rendered the control bytes ("^H",
 * "^?", "^H ^H"). The caret forms only where `caret` (the line reads as a
 * command: elsewhere "^H" is text). */
static int erase_start(char c, int caret)
{
    return c == '\x7f' || c == '\b' || (caret && c == '^');
}

static size_t erase_at(const char *p, size_t i, size_t n, int caret)
{
    if (!erase_start(p[i], caret))
        return 0;
    static const char *const forms[] = {"\x7f\b \b", "\b \b", "^?^H ^H", "^H ^H",
                                        "\b", "\x7f", "^H", "^?"};
    for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++) {
        size_t m = strlen(forms[k]);
        if ((forms[k][0] != '^' || caret) && n - i >= m && !memcmp(p + i, forms[k], m))
            return m;
    }
    return 0;
}

/* The line as the modem took it when the user edited it while typing: each
 * erase takes the character before it back (V.250 S5, the modem edits its
 * command buffer). Into out (out may be p: it never overtakes the reading),
 * or with out NULL only measured. first2 gets the result's first two bytes'
 * places in p (the command test needs no more). Returns the result's length. */
static size_t edit_line(const char *p, size_t n, int caret, char *out, size_t first2[2])
{
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        size_t e = erase_at(p, i, n, caret);
        if (e) {
            if (k)
                k--;      /* a byte: commands are ASCII */
            i += e;
            continue;
        }
        /* Every erase begins with DEL, BS or '^': the bytes up to the next
         * of them are kept as a run (a binary payload line holding a stray
         * DEL was tried at all eight forms on each of its bytes). */
        size_t j = i + 1;
        while (j < n && !erase_start(p[j], caret))
            j++;
        if (out) {
            memmove(out + k, p + i, j - i);
        } else {
            for (size_t t = i, m = k; m < 2 && t < j; t++, m++)
                first2[m] = t;
        }
        k += j - i;
        i = j;
    }
    return k;
}

/* A text line holding erases: the line the modem executes, when what is
 * left reads as a command line, or nothing when the user erased a command
 * line all (no command). Other lines are left as they came. p is the carry buffer
 * or the caller's bytes; the edited line goes into the carry buffer. */
static int edited(ats_framer *fr, const char **p, size_t *n)
{
    const char *s = *p;
    size_t len = *n;
    int ctl = (fr->scan & (SCAN_DONE | SCAN_OTHER)) != SCAN_DONE &&
              (memchr(s, '\b', len) || memchr(s, 0x7F, len));
    int caret = len >= 4 && (s[0] | 32) == 'a' && (s[1] | 32) == 't' && memchr(s, '^', len);
    if ((!ctl && !caret) || len > fr->cap)
        return 0;
    size_t first2[2] = {0, 0};
    size_t k = edit_line(s, len, caret, NULL, first2);
    if (k == len)
        return 0;
    if (k >= 2) {
        char head[2] = {s[first2[0]], s[first2[1]]};
        if (!ats_is_command_text(head, 2))
            return 0;
    } else if (k || !ats_is_command_text(s, len)) {
        return 0;         /* erased to nothing: only a command the user began */
    }
    *n = edit_line(s, len, caret, (char *)fr->buf, first2);
    *p = (const char *)fr->buf;
    fr->scan = 0;         /* look at the edited line afresh */
    return 1;
}

/* A USB glitch's bytes at a line's edges: runs of NUL and 0xFF (a
 * converter's RX line held low or high while it reset) before or after what
 * the modem sent ("\0\0\0OK", "OK\xff\xff"). A final result or a command
 * line is still that line: the runs are taken off it (1). Any other line
 * keeps its bytes, a line of nothing but such bytes too (a binary answer's
 * NULs are its own, and what cannot be told is shown, not dropped). */
static int glitch_runs(const char **p, size_t *n)
{
    const unsigned char *s = (const unsigned char *)*p;
    size_t a = 0, b = *n;
    if (!b || (s[0] && s[0] != 0xFF && s[b - 1] && s[b - 1] != 0xFF))
        return 0;
    while (a < b && (!s[a] || s[a] == 0xFF))
        a++;
    while (b > a && (!s[b - 1] || s[b - 1] == 0xFF))
        b--;
    if (a == b)
        return 0;
    ats_span code;
    if (ats_final_classify(*p + a, b - a, 0, &code) == ATS_FINAL_NONE &&
        !ats_is_command_text(*p + a, b - a))
        return 0;
    *p += a;
    *n = b - a;
    return 1;
}

/* A Ctrl-Z before a command line: a host's stray end of a send that came
 * after the modem had answered it (an undirected log shows the echo of
 * both on one line). The module looks for the AT prefix and takes the
 * command (1); any other line keeps its bytes. */
static int stray_ctrlz(const char **p, size_t *n)
{
    size_t a = 0;
    while (a < *n && (*p)[a] == 0x1A)
        a++;
    if (!a || !ats_is_command_text(*p + a, *n - a))
        return 0;
    *p += a;
    *n -= a;
    return 1;
}

/* Emits the line p[0..n) (the carry buffer, or straight from the caller's
 * chunk when the whole line lies in it: no copy for most lines). */
static int emit_span(ats_framer *fr, const char *p, size_t n, unsigned extra)
{
    unsigned flags = fr->flags | extra;
    int rc = 0;
    fr->len = 0;
    fr->flags = 0;
    if (n == 0)
        return 0;
    if (fr->truncated_pending) {
        fr->truncated_lines++;
        fr->cut_bytes += fr->cut;
    }
    ats_line_kind kind = fr->mode == ATS_FRAME_DATA ? ATS_LINE_PAYLOAD : ATS_LINE_TEXT;
    if (kind == ATS_LINE_TEXT && edited(fr, &p, &n)) {
        if (n == 0)
            goto out;     /* erased to nothing: no line, no command */
        flags |= ATS_LF_EDITED;
    }
    /* a line the scan found all printable (most) holds no NUL or 0xFF */
    if (kind == ATS_LINE_TEXT && (fr->scan & (SCAN_DONE | SCAN_OTHER)) != SCAN_DONE &&
        (glitch_runs(&p, &n) || (*p == 0x1A && stray_ctrlz(&p, &n)))) {
        flags |= ATS_LF_EDITED;   /* the text is not the bytes at the line's offset */
    }
    if (fr->opts.annotations) {
        size_t k = (fr->scan & (SCAN_DONE | SCAN_SLASH)) == SCAN_DONE ? n
                   : kind == ATS_LINE_TEXT ? find_note(p, n)
                   : (n >= 2 && p[0] == '/' && p[1] == '/') ? 0 : n;
        if (k < n) {
            size_t t = k;
            while (t && (p[t - 1] == ' ' || p[t - 1] == '\t'))
                t--;
            if (t && (rc = call(fr, kind, p, t, fr->start_line, fr->start_offset, 0)) != 0)
                goto out;
            rc = call(fr, ATS_LINE_ANNOTATION, p + k, n - k, fr->start_line,
                      fr->start_offset + k, flags);
            goto out;
        }
    }
    rc = call(fr, kind, p, n, fr->start_line, fr->start_offset, flags);
out:
    fr->truncated_pending = 0;
    fr->cut = 0;
    return rc;
}

static int emit_line(ats_framer *fr, unsigned extra)
{
    return emit_span(fr, (const char *)fr->buf, fr->len, extra);
}

static int emit_payload(ats_framer *fr, unsigned extra)
{
    size_t n = fr->len;
    unsigned flags = fr->flags | extra;
    if (!fr->pay_loose && fr->chunk_exact && n)
        flags |= ATS_LF_LEN_EXACT;
    fr->len = 0;
    fr->flags = 0;
    fr->pay_loose = 0;
    if (n == 0 && !(extra & (ATS_LF_PAYLOAD_CTRLZ | ATS_LF_PAYLOAD_ESC)))
        return 0;
    fr->ctrlz_bytes += n;
    return call(fr, ATS_LINE_PAYLOAD, (const char *)fr->buf, n, fr->start_line,
                fr->start_offset, flags);
}

int ats_framer_flush_partial(ats_framer *fr)
{
    if (fr->state != ATS_FR_PAYLOAD || fr->len == 0 || fr->err)
        return 0;
    return emit_payload(fr, ATS_LF_CONTINUED);
}

static void mark_start(ats_framer *fr, const ats_chunk *c, uint64_t off)
{
    if (c->line) {
        fr->start_line = c->line;
        fr->start_offset = c->offset;
    } else {
        fr->start_line = fr->line_no;
        fr->start_offset = off;
    }
    fr->start_time = c->time;
    fr->start_channel = c->flags & ATS_CF_MUX ? c->channel : 0;
}

/* Index of the first CR or LF in s[i..n), or n. Eight bytes at a time:
 * lines are short but there are millions of them. */
static size_t find_eol(const unsigned char *s, size_t i, size_t n)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t a = w ^ (ones * '\r'), b = w ^ (ones * '\n');
        uint64_t za = (a - ones) & ~a & highs, zb = (b - ones) & ~b & highs;
        if (za | zb)
            break;
        i += 8;
    }
    while (i < n && s[i] != '\r' && s[i] != '\n')
        i++;
    return i;
}

/* Index of the first byte in s[i..n) that is not printable ASCII or is a
 * '/', or n. Sixteen bytes per step where SSE2 is there (every x86-64). */
#if defined(__SSE2__)
/* The bytes of x that are not printable ASCII or are a '/', as a mask. */
static inline unsigned special_mask(__m128i x)
{
    const __m128i lo = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7F), sl = _mm_set1_epi8('/');
    /* signed compare: bytes 0x80..0xff are negative, so "< 0x20" too */
    __m128i m = _mm_or_si128(_mm_cmplt_epi8(x, lo),
                             _mm_or_si128(_mm_cmpeq_epi8(x, del), _mm_cmpeq_epi8(x, sl)));
    return (unsigned)_mm_movemask_epi8(m);
}
#endif

static size_t next_special(const unsigned char *s, size_t i, size_t n)
{
#if defined(__SSE2__)
    while (i + 16 <= n) {
        unsigned mask = special_mask(_mm_loadu_si128((const __m128i *)(const void *)(s + i)));
        if (mask)
            return i + (size_t)__builtin_ctz(mask);
        i += 16;
    }
    /* the rest, under sixteen bytes: one load of the last sixteen, ending
     * at n, the bytes before i shifted off; in a shorter run, eight from
     * i and the last eight (a load's upper half is zeros, masked off) */
    if (i < n && n >= 16) {
        unsigned mask = special_mask(_mm_loadu_si128((const __m128i *)(const void *)(s + n - 16))) >>
                        (i - (n - 16));
        return mask ? i + (size_t)__builtin_ctz(mask) : n;
    }
    if (i + 8 <= n) {
        unsigned mask = special_mask(_mm_loadl_epi64((const __m128i *)(const void *)(s + i))) & 0xFFu;
        if (mask)
            return i + (size_t)__builtin_ctz(mask);
        i += 8;
    }
    if (i < n && n >= 8) {
        unsigned mask = (special_mask(_mm_loadl_epi64((const __m128i *)(const void *)(s + n - 8))) & 0xFFu) >>
                        (i - (n - 8));
        return mask ? i + (size_t)__builtin_ctz(mask) : n;
    }
#endif
    while (i < n && s[i] >= 0x20 && s[i] < 0x7F && s[i] != '/')
        i++;
    return i;
}

/* The line end (CR or LF) at or after i, or n, noting in *seen whether the
 * bytes before it hold a '/' or anything but printable ASCII. */
static size_t scan_line(const unsigned char *s, size_t i, size_t n, unsigned *seen)
{
    unsigned f = SCAN_DONE;
    for (;;) {
        i = next_special(s, i, n);
        if (i == n || s[i] == '\r' || s[i] == '\n')
            break;
        if (s[i] != '/') {
            f |= SCAN_OTHER | SCAN_SLASH;   /* the full checks run; no need to look on */
            i = find_eol(s, i, n);
            break;
        }
        f |= SCAN_SLASH;
        i++;
    }
    *seen = f;
    return i;
}

static int flush_pending(ats_framer *fr)
{
    if (fr->flush_pending == 2) {
        fr->flush_pending = 0;
        ats_frame_mode now = fr->mode;
        fr->mode = fr->flush_mode;   /* the line's kind is the mode it was read in */
        int rc = emit_line(fr, ATS_LF_NO_EOL);
        if (fr->mode == fr->flush_mode)
            fr->mode = now;
        fr->state = payload_mode(fr->mode) ? ATS_FR_PAYLOAD : ATS_FR_LINE_START;
        return rc;
    }
    fr->flush_pending = 0;
    if (fr->state == ATS_FR_PAYLOAD_SLASH)
        fr->buf[fr->len++] = '/';
    fr->state = payload_mode(fr->mode) ? ATS_FR_PAYLOAD : ATS_FR_LINE_START;
    return emit_payload(fr, ATS_LF_NO_EOL);
}

/* The state to be in at the start of a new unit, given the mode. */
static ats_framer_state idle_state(const ats_framer *fr)
{
    return payload_mode(fr->mode) ? ATS_FR_PAYLOAD : ATS_FR_LINE_START;
}

/* A line ends at byte eol (CR or LF, consumed here). The line end belongs to
 * the line: if the builder switches to payload, the payload starts after it. */
static int end_line_at(ats_framer *fr, unsigned char eol, const char *p, size_t n);
static int end_line(ats_framer *fr, unsigned char eol) { return end_line_at(fr, eol, NULL, 0); }

static int end_line_at(ats_framer *fr, unsigned char eol, const char *p, size_t n)
{
    fr->eol_bytes++;
    if (eol == '\n')
        fr->line_no++;
    fr->state = ATS_FR_LINE_START;
    ats_frame_mode was = fr->mode;
    int rc = p ? emit_span(fr, p, n, 0) : emit_line(fr, 0);
    if (rc)
        return rc;
    fr->state = idle_state(fr);
    if (was == ATS_FRAME_LINES && fr->mode == ATS_FRAME_PAYLOAD_LEN && fr->eol_shape &&
        !fr->opts.exact_payload && fr->state == ATS_FR_PAYLOAD && fr->len == 0) {
        /* This line announced raw bytes (a block, a URC's data), and the
         * file's line ends are a paste's ("\n\n", "\r\r\n", "\n\r"): the
         * whole line end is the line's, the first byte comes after it. */
        int two = (fr->eol_shape & ATS_CF_EOL_DOUBLE) != 0;
        fr->skip_lf = 1 + two - (eol == '\n');
        fr->skip_cr = fr->skip_lf ? 2 : (fr->eol_shape & ATS_CF_EOL_LFCR) != 0;
        return 0;
    }
    if (eol == '\r' && fr->state == ATS_FR_PAYLOAD)
        fr->state = ATS_FR_EOL_LF;
    return 0;
}

static void payload_done(ats_framer *fr)
{
    fr->eol_run = fr->cont = 0;
    fr->bare_prompt = 0;
    fr->block = 0;
    fr->skip_lf = fr->skip_cr = 0;
    fr->held_cr = 0;
    fr->in_quotes = 0;
    fr->end_len = 0;
    fr->end_sent = 0;
    fr->block_cut = 0;
    fr->mode = ATS_FRAME_LINES;
    fr->payload_left = 0;
    fr->state = ATS_FR_LINE_START;
}

/* A declared length reached. A host library that frames a send by its
 * length may still end it with Ctrl-Z, as it ends every send (a 0x1A right
 * after the bytes): noted, so that byte, next, is the payload's end and not
 * the first byte of the next command line (ctrlz_tail). */
/* Where the end mark ends in the run r (n bytes) that would follow the
 * bytes read so far (1 + its last byte's index in r), or 0 when it does
 * not end in it. */
static size_t mark_end(const ats_framer *fr, const unsigned char *r, size_t n)
{
    size_t ml = fr->end_len;
    unsigned char last = fr->end_mark[ml - 1];
    for (size_t k = 0; k < n; k++) {
        if (r[k] != last || fr->len + k + 1 < ml)
            continue;
        /* the mark's first bytes may lie in the buffer, its last in r */
        size_t in_r = k + 1 < ml ? k + 1 : ml, in_buf = ml - in_r;
        if (!memcmp(r + k + 1 - in_r, fr->end_mark + in_buf, in_r) &&
            (!in_buf || !memcmp(fr->buf + fr->len - in_buf, fr->end_mark, in_buf)))
            return k + 1;
    }
    return 0;
}

/* Directed, the declared length reached inside one write of the host: the
 * rest of that write up to its end or a control byte went with it (the
 * host wrote 11 bytes for AT+CIPSEND=10). The module takes those bytes
 * into its next command line ("hAT+CIPCLOSE", which it still answers), so
 * they are the payload's excess, not a line of the host's: counted with
 * the payload (send-payload-mismatch), and the next command reads as the
 * command it is. A rest that starts a command line ("AT"), a line end, a
 * Ctrl-Z or an ESC is not taken; nor in a block (the modem's), nor with
 * an end mark. The bytes taken (0 none). */
static size_t overrun(ats_framer *fr, const unsigned char *r, size_t n)
{
    /* a reader's chunk is one record of the tool (a write); plain bytes
     * (line 0: a file, a port) are no write of their own */
    if (!fr->opts.exact_payload || fr->dir != ATS_DIR_TX || !fr->chunk_line || fr->block ||
        fr->end_len || !n)
        return 0;
    size_t j = 0;
    while (j < n && r[j] >= 0x20 && r[j] != 0x7F)
        j++;
    if (j == 0 || (r[0] | 0x20) == 'a' || j > fr->cap - fr->len)
        return 0;
    memcpy(fr->buf + fr->len, r, j);
    fr->len += j;
    return j;
}

static int payload_full(ats_framer *fr)
{
    int tail = !fr->block;   /* a block is the modem's: it sends no Ctrl-Z */
    /* a final result as the last line the block holds whole: where the
     * count may have run past the modem's data into its answer */
    size_t cut = !fr->block ? 0 : fr->block_cut ? fr->block_cut : fr->block_fin;
    payload_done(fr);
    if (cut) {
        /* a line inside read as the modem's or the host's: the next byte
         * tells whether the count ended where the modem's line end
         * follows its data (block_end_check) */
        fr->cut_pending = cut;
        return 0;
    }
    fr->ctrlz_tail = tail;
    return emit_payload(fr, ATS_LF_PAYLOAD_FULL);
}

/* A whole line the reader took out of the byte stream (a tool's banner in a
 * raw capture): a line of its kind where the count stands, cut at max_line
 * like any other; its bytes are counted so the lines after keep their
 * numbers and offsets. */
static int feed_taken(ats_framer *fr, const ats_chunk *c)
{
    ats_line_kind kind = c->kind == ATS_CHUNK_ANNOTATION ? ATS_LINE_ANNOTATION
                         : c->kind == ATS_CHUNK_HOST_LOG ? ATS_LINE_HOST_LOG
                                                         : ATS_LINE_UNPARSED;
    uint64_t line = c->line ? c->line : fr->line_no, off = c->line ? c->offset : fr->offset;
    size_t n = c->len;
    unsigned flags = c->flags & ATS_CF_NO_EOL ? ATS_LF_NO_EOL : 0;
    if (c->flags & ATS_CF_NOT_SENT)
        flags |= ATS_LF_NOT_SENT;
    if (c->flags & ATS_CF_GAVE_UP)
        flags |= ATS_LF_GAVE_UP;
    if (c->flags & ATS_CF_FLUSHED)
        flags |= ATS_LF_FLUSHED;
    if (c->flags & ATS_CF_DATA_END)
        flags |= ATS_LF_DATA_END;
    if (c->flags & ATS_CF_SENT_UNSHOWN)
        flags |= ATS_LF_SENT_UNSHOWN;
    if (c->flags & ATS_CF_BLOCK_OPEN)
        flags |= ATS_LF_BLOCK_OPEN;
    if (c->flags & ATS_CF_BLOCK_CLOSE)
        flags |= ATS_LF_BLOCK_CLOSE;
    uint64_t cut = fr->cut;
    if (n > fr->cap) {
        fr->cut = n - fr->cap;
        fr->truncated_lines++;
        fr->cut_bytes += fr->cut;
        flags |= ATS_LF_TRUNCATED;
        n = fr->cap;
    }
    ats_time t = fr->start_time;
    unsigned ch = fr->start_channel;
    fr->start_time = c->time;
    fr->start_channel = c->flags & ATS_CF_MUX ? c->channel : 0;
    int rc = call_note(fr, kind, (const char *)c->bytes, n, line, off, flags, c->note);
    fr->start_time = t;
    fr->start_channel = ch;
    fr->cut = cut;
    if (!c->line) {
        for (size_t i = 0; i < c->len; i++)
            fr->line_no += c->bytes[i] == '\n';
        fr->offset += c->len;
    }
    return rc;
}

/* A counted block (+QIRD: 94, +SQNSRECV: 1,94) longer than the bytes the
 * log holds takes what follows for its own: the command's final, the next
 * commands. Sanity: a line of the block that reads as a command line, or a
 * final result (OK, ERROR, +CME/+CMS ERROR) followed by such a line, ends
 * the block before it: the data is what came before, the lines are read as
 * lines again, after a note that the block fell short of its count. A
 * final alone is data (a server's "OK" body; the block's own count ends
 * it). Called when a line end inside the block is in the buffer, so the
 * decision is the bytes', not the feeds'. */
static int has_text_before(const ats_framer *fr, size_t ls)
{
    for (size_t i = 0; i < ls; i++)
        if (fr->buf[i] != '\r' && fr->buf[i] != '\n')
            return 1;
    return 0;
}

static int cut_block(ats_framer *fr, size_t from, int unlogged);

static int block_line(ats_framer *fr)
{
    if (fr->block_cut)
        return 0;   /* the first such line is the one a cut would start at */
    size_t e = fr->len - 1, ls = e;           /* buf[e] is the '\n' */
    while (ls && fr->buf[ls - 1] != '\n')
        ls--;
    size_t t = e;
    while (t > ls && fr->buf[t - 1] == '\r')
        t--;
    const char *l = (const char *)fr->buf + ls;
    size_t n = t - ls;
    ats_span code;
    ats_final_kind k = n ? ats_final_classify(l, n, 0, &code) : ATS_FINAL_NONE;
    int fin = k == ATS_FINAL_OK || k == ATS_FINAL_ERROR || k == ATS_FINAL_CME_ERROR ||
              k == ATS_FINAL_CMS_ERROR;
    /* a tool that logs what it reads as lines and leaves a block's bytes
     * out (shows "no-blocks"): a final as the block's first line is the
     * command's, the block not in the log (no note: the format says so) */
    int unlogged = fin && fr->opts.blocks_unlogged && !fr->block_fin && !has_text_before(fr, ls);
    /* the host's data up to a mark (HL78 AT+KTCPSND's CONNECT): a final
     * before any byte of it is the module's answer in a capture that shows
     * only the module's side (a receive-only logger): the data and the
     * mark were sent unshown, and the final ends them. Once a byte of the
     * data is shown, a final is the data's (a server's "OK" line). */
    if (fin && fr->end_sent && !fr->block_fin && !has_text_before(fr, ls))
        unlogged = 1;
    if (fin && !unlogged) {
        fr->block_fin = ls + 1;
        return 0;
    }
    if (!unlogged && !(n >= 3 && ats_is_command_text(l, n))) {
        if (n)
            fr->block_fin = 0;
        return 0;
    }
    size_t from = unlogged ? ls : fr->block_fin ? fr->block_fin - 1 : ls;
    /* Undirected, the data itself may hold such lines (a server's "OK",
     * an AT command echoed back): the block is read on to its count or
     * end mark, and cut here only if it does not end as the modem ends a
     * block (block_end_check). Directed, the host's line is never the
     * modem's data: cut at once. */
    if (!unlogged && fr->dir == ATS_DIR_UNKNOWN) {
        fr->block_cut = from + 1;
        return 0;
    }
    return cut_block(fr, from, unlogged);
}

/* Ends a block at from: the bytes before it are the data (the count was
 * not reached), the lines from it on are read as lines again; a last line
 * the buffer holds only the start of goes on as the line being read. */
static int cut_block(ats_framer *fr, size_t from, int unlogged)
{
    size_t lfs = 0;
    for (size_t i = from; i < fr->len; i++)
        lfs += fr->buf[i] == '\n';
    uint64_t line = fr->line_no - lfs, off = fr->start_offset + from;
    /* a trace's record is the final: its own line (the line ends before
     * it, the header's, are no data) */
    if (unlogged && fr->chunk_line) {
        line = fr->chunk_line;
        off = fr->chunk_offset;
    }
    size_t len = fr->len;
    fr->len = from;
    /* the data as the log holds it, its line ends and all (none when the
     * block's first line is already a command) */
    int rc = from && !unlogged ? emit_payload(fr, ATS_LF_PAYLOAD_FULL) : 0;
    fr->payload_left = 0;
    fr->block = 0;
    fr->block_fin = 0;
    fr->block_cut = fr->cut_pending = 0;
    fr->end_len = fr->end_sent = 0;
    fr->mode = ATS_FRAME_LINES;
    fr->state = ATS_FR_LINE_START;
    /* said as atscope's own annotation (as a reader says what it had to
     * guess): every line carries text, and no capture byte is this note's */
    static const char why[] = "atscope: counted block shorter than its count: a command line ends it";
    if (!rc && !unlogged)
        rc = call_note(fr, ATS_LINE_ANNOTATION, why, sizeof why - 1, line, off, 0, NULL);
    /* its lines from the final (or the command) on, each at its own line */
    for (size_t i = from; !rc && i < len;) {
        size_t j = i;
        while (j < len && fr->buf[j] != '\n')
            j++;
        if (j == len && !unlogged && fr->buf[len - 1] != '\r') {
            /* the line the count ended in: its rest comes next */
            memmove(fr->buf, fr->buf + i, len - i);
            fr->len = len - i;
            fr->start_line = line;
            fr->start_offset += i;
            fr->state = ATS_FR_IN_LINE;
            fr->in_quotes = 0;
            return 0;
        }
        size_t m = j;
        while (m > i && fr->buf[m - 1] == '\r')
            m--;
        if (m > i)
            rc = call(fr, ATS_LINE_TEXT, (const char *)fr->buf + i, m - i, line,
                      unlogged && fr->chunk_line ? off + (i - from) : fr->start_offset + i, 0);
        line++;
        i = j + 1;
    }
    fr->len = 0;
    return rc;
}

/* A block reached its count with a line inside that read as the modem's
 * or the host's (block_line): whole when the modem's line end follows the
 * count (its final result comes after the data: "\r\nOK"), else the log
 * held less than the count and the block ends at that line. */
static int block_end_check(ats_framer *fr, int whole)
{
    size_t from = fr->cut_pending - 1;
    fr->cut_pending = 0;
    if (whole)
        return emit_payload(fr, ATS_LF_PAYLOAD_FULL);
    return cut_block(fr, from, 0);
}

int ats_framer_feed(ats_framer *fr, const ats_chunk *c, ats_error *err)
{
    if (fr->err)
        return ats_err(err, fr->err, NULL, 0, 0, "framer stopped earlier");
    if (c->kind != ATS_CHUNK_DATA) {
        /* a tool's own line after the count: the data ended with it */
        int rc = fr->cut_pending ? block_end_check(fr, 1) : 0;
        if (!rc)
            rc = feed_taken(fr, c);
        return rc ? ats_err(err, rc, NULL, 0, 0, "stopped by callback") : 0;
    }
    const unsigned char *s = c->bytes;
    size_t n = c->len, i = 0;
    uint64_t base = c->line ? c->offset : fr->offset;
    fr->chunk_line = c->line;
    fr->chunk_offset = c->offset;
    fr->mux = (c->flags & ATS_CF_MUX) != 0;
    fr->eol_shape = c->flags & (ATS_CF_EOL_DOUBLE | ATS_CF_EOL_CRCR | ATS_CF_EOL_LFCR);
    /* bytes held from a chunk whose count is not the tool's: the piece
     * they start is not counted exactly (emit_payload) */
    if (fr->len && !fr->chunk_exact)
        fr->pay_loose = 1;
    int rc = 0;
    if (fr->flush_pending && (rc = flush_pending(fr)) != 0)
        return ats_err(err, rc, NULL, 0, 0, "stopped by callback");
    fr->chunk_exact = (c->flags & ATS_CF_LEN_EXACT) != 0;
    /* a later write that starts a command: the host's line the write before
     * left open ends here (it was a write of its own, as a whole_write) */
    if ((c->flags & ATS_CF_WRITE_START) && fr->dir == ATS_DIR_TX && fr->mode == ATS_FRAME_LINES &&
        fr->state == ATS_FR_IN_LINE && fr->len) {
        fr->state = ATS_FR_LINE_START;
        if ((rc = emit_line(fr, ATS_LF_NO_EOL)) != 0)
            return ats_err(err, rc, NULL, 0, 0, "stopped by callback");
        fr->state = idle_state(fr);
    }
    if (n == 0)
        return 0;
    while (i < n) {
        unsigned char ch = s[i];
        if (fr->cut_pending && (rc = block_end_check(fr, ch == '\r' || ch == '\n')) != 0)
            goto stop;
        switch (fr->state) {
        case ATS_FR_LINE_START:
            if (fr->ctrlz_tail) {
                fr->ctrlz_tail = 0;
                if (ch == 0x1A && fr->mode == ATS_FRAME_LINES) {
                    i++;
                    break;
                }
            }
            if (ch == '\r' || ch == '\n') {
                fr->eol_bytes++;
                if (ch == '\n')
                    fr->line_no++;
                i++;
                break;
            }
            mark_start(fr, c, base + i);
            if (fr->prompt_expected && fr->mode == ATS_FRAME_LINES &&
                ch == (fr->prompt_expected == 1 ? '>' : fr->prompt_expected)) {
                char pch = (char)ch;
                fr->state = ATS_FR_PROMPT_SPACE;
                i++;
                fr->bare_prompt = 0;
                if ((rc = call(fr, ATS_LINE_PROMPT, &pch, 1, fr->start_line, fr->start_offset,
                               0)) != 0)
                    goto stop;
                /* after the builder's hint: a payload is now expected */
                fr->bare_prompt = fr->mode != ATS_FRAME_LINES;
                break;
            }
            fr->state = ATS_FR_IN_LINE;
            fr->in_quotes = 0;
            /* fall through */
        case ATS_FR_IN_LINE: {
            /* Fast path: take everything up to the next line end at once. */
            unsigned seen;
            size_t j = scan_line(s, i, n, &seen);
            size_t take = j - i, room = fr->cap - fr->len;
            if (j < n && fr->len == 0 && take <= room) {
                /* the whole line is in this chunk: hand it over in place */
                fr->scan = seen;
                rc = end_line_at(fr, s[j], (const char *)s + i, take);
                fr->scan = 0;
                if (rc != 0)
                    goto stop;
                i = j + 1;
                break;
            }
            if (take <= room) {
                if (take)
                    memcpy(fr->buf + fr->len, s + i, take);
                fr->len += take;
            } else {
                if (room)
                    memcpy(fr->buf + fr->len, s + i, room);
                fr->len += room;
                fr->cut += take - room;
                fr->flags |= ATS_LF_TRUNCATED;
                fr->truncated_pending = 1;
                fr->state = ATS_FR_DISCARD;
            }
            i = j;
            if (j < n) {
                if ((rc = end_line(fr, s[j])) != 0)
                    goto stop;
                i = j + 1;
            }
            break;
        }
        case ATS_FR_DISCARD: {
            size_t j = find_eol(s, i, n);
            fr->cut += j - i;
            i = j;
            if (j < n) {
                if ((rc = end_line(fr, s[j])) != 0)
                    goto stop;
                i = j + 1;
            }
            break;
        }
        case ATS_FR_EOL_LF:
            fr->state = idle_state(fr);
            if (ch == '\n') {
                fr->eol_bytes++;
                fr->line_no++;
                i++;
            }
            break;
        case ATS_FR_PROMPT_SPACE:
            fr->state = idle_state(fr);
            if (ch == ' ')
                i++;
            break;
        case ATS_FR_PAYLOAD_SLASH:
            if (ch == '/') {
                /* "> //note": the guide's logs put a note where the payload was. */
                payload_done(fr);
                fr->buf[0] = fr->buf[1] = '/';
                fr->len = 2;
                fr->state = ATS_FR_IN_LINE;
                i++;
                break;
            }
            fr->buf[fr->len++] = '/';
            if (fr->payload_left)
                fr->payload_left--;
            fr->state = ATS_FR_PAYLOAD;
            if (fr->mode == ATS_FRAME_PAYLOAD_LEN && fr->payload_left == 0) {
                if ((rc = payload_full(fr)) != 0)
                    goto stop;
            }
            break;
        case ATS_FR_PAYLOAD:
            if (fr->skip_lf || fr->skip_cr) {
                /* the rest of a pasted line end in a block (end_line_at):
                 * CRs (a few) up to the LFs it holds, then "\n\r"'s CR */
                if (ch == '\n' && fr->skip_lf) {
                    fr->skip_lf--;
                    fr->skip_cr = fr->skip_lf ? 2 : (fr->eol_shape & ATS_CF_EOL_LFCR) != 0;
                    fr->eol_bytes++;
                    fr->line_no++;
                    i++;
                    break;
                }
                if (ch == '\r' && fr->skip_cr) {
                    fr->skip_cr--;
                    fr->eol_bytes++;
                    i++;
                    break;
                }
                fr->skip_lf = fr->skip_cr = 0;   /* not a line end: the block's */
            }
            if (fr->block && (fr->eol_shape & ATS_CF_EOL_CRCR)) {
                /* A CR CR LF paste put a CR before every LF: inside a block
                 * the CR right before an LF is the paste's, any other the
                 * data's. A CR that ended the last chunk waits for the byte
                 * after it (held_cr). */
                if (fr->held_cr) {
                    fr->held_cr = 0;
                    if (ch == '\n') {
                        fr->eol_bytes++;
                    } else {
                        fr->buf[fr->len++] = '\r';
                        if (fr->payload_left && --fr->payload_left == 0) {
                            if ((rc = payload_full(fr)) != 0)
                                goto stop;
                            break;   /* ch is read in the mode that follows */
                        }
                    }
                }
                if (ch == '\r' && (i + 1 == n || s[i + 1] == '\n')) {
                    if (i + 1 == n && fr->len < fr->cap)
                        fr->held_cr = 1;
                    else
                        fr->eol_bytes++;
                    i++;
                    break;
                }
            }
            if (fr->eol_run && ch != '\r' && ch != '\n') {
                /* the line ends are over: the piece goes, and this line
                 * starts the next one (the builder tells whose it is) */
                if (fr->mode == ATS_FRAME_PAYLOAD_CTRLZ && fr->prompt_expected &&
                    ch == (fr->prompt_expected == 1 ? '>' : fr->prompt_expected)) {
                    /* the modem prompts again (text mode SMS): the text's
                     * next line comes after it, the line ends are not
                     * payload (as before a line end ended the piece) */
                    fr->len -= (size_t)fr->eol_run < fr->len ? (size_t)fr->eol_run : fr->len;
                    payload_done(fr);
                    if ((rc = emit_payload(fr, 0)) != 0)
                        goto stop;
                    break;
                }
                fr->eol_run = 0;
                if ((rc = emit_payload(fr, ATS_LF_PAYLOAD_EOL)) != 0)
                    goto stop;
                if (fr->state != ATS_FR_PAYLOAD)
                    break;        /* the builder heard the modem: lines again */
                fr->cont = 1;
            }
            if (fr->mode == ATS_FRAME_PAYLOAD_QUOTE && (ch == '\r' || ch == '\n')) {
                /* Line ends inside the quotes are the string's, with its
                 * piece (the next line is judged, as a declared length's);
                 * the one after the closing quote ends the command. */
                if (!fr->in_quotes) {
                    payload_done(fr);
                    if ((rc = emit_payload(fr, ATS_LF_PAYLOAD_QUOTE)) != 0)
                        goto stop;
                    break;
                }
                if (ch == '\n')
                    fr->line_no++;
                i++;
                if (fr->len == 0) {
                    fr->eol_bytes++;      /* an empty line: dropped, as anywhere */
                    break;
                }
                if (fr->len == fr->cap) {
                    if ((rc = emit_payload(fr, ATS_LF_CONTINUED)) != 0)
                        goto stop;
                    if (fr->state != ATS_FR_PAYLOAD)
                        break;
                    mark_start(fr, c, base + i - 1);
                }
                fr->buf[fr->len++] = ch;
                fr->eol_run = 1;
                break;
            }
            if (fr->len == 0) {
                if (!fr->opts.exact_payload && !fr->block && (ch == '\r' || ch == '\n')) {
                    if (fr->bare_prompt) {
                        /* "> " alone on its line: a terminal may show the typed
                         * payload on the next one, or the modem may answer
                         * there; that line comes whole, flagged, and the
                         * builder tells which (undirected only) */
                        payload_done(fr);
                        fr->after_prompt = 1;
                        break;
                    }
                    if (fr->mode != ATS_FRAME_PAYLOAD_LEN) {
                        /* prompt followed by a line end: no payload on this line */
                        payload_done(fr);
                        break;
                    }
                    /* Data a URC or an answer announced that starts with a
                     * line end of its own (+QIURC: "recv",0,6 then "\r\nabcd"):
                     * the line ends are a piece of it, the builder hears
                     * from the line after them whether the data came (below,
                     * a declared length not reached). */
                }
                fr->bare_prompt = 0;
                mark_start(fr, c, base + i);
                /* hold a '/' only if a second byte can follow in this payload */
                if (ch == '/' && fr->opts.annotations && fr->mode != ATS_FRAME_PAYLOAD_QUOTE &&
                    (fr->mode != ATS_FRAME_PAYLOAD_LEN || fr->payload_left >= 2)) {
                    fr->state = ATS_FR_PAYLOAD_SLASH;
                    i++;
                    break;
                }
            }
            if (fr->mode == ATS_FRAME_PAYLOAD_CTRLZ && (ch == 0x1A || ch == 0x1B)) {
                i++;
                payload_done(fr);
                if ((rc = emit_payload(fr, ch == 0x1A ? ATS_LF_PAYLOAD_CTRLZ
                                                       : ATS_LF_PAYLOAD_ESC)) != 0)
                    goto stop;
                break;
            }
            if (!fr->opts.exact_payload && !fr->block && (ch == '\r' || ch == '\n') &&
                fr->mode != ATS_FRAME_PAYLOAD_LEN &&
                (fr->mode != ATS_FRAME_PAYLOAD_CTRLZ ||
                 fr->ctrlz_bytes + fr->len >= CTRLZ_LINES_MAX)) {
                /* Undirected, up to Ctrl-Z, and long past what a send
                 * takes: the line end ends it (the payload is cut), and the
                 * line ends before it are not its. */
                if (fr->mode == ATS_FRAME_PAYLOAD_CTRLZ)
                    fr->len -= (size_t)fr->eol_run < fr->len ? (size_t)fr->eol_run : fr->len;
                payload_done(fr);
                if ((rc = emit_payload(fr, 0)) != 0)
                    goto stop;
                break;
            }
            if (fr->len == fr->cap) {
                /* the buffer holds no more of a block that a line inside
                 * may end: it ends there (its count is past max_line) */
                if (fr->block && fr->block_cut) {
                    if ((rc = cut_block(fr, fr->block_cut - 1, 0)) != 0)
                        goto stop;
                    break;
                }
                if ((rc = emit_payload(fr, ATS_LF_CONTINUED)) != 0)
                    goto stop;
                if (fr->state != ATS_FR_PAYLOAD)
                    break;        /* a hint in the callback ended the payload */
                mark_start(fr, c, base + i);
            }
            if (!fr->opts.exact_payload && !fr->block && (ch == '\r' || ch == '\n') &&
                fr->mode == ATS_FRAME_PAYLOAD_CTRLZ) {
                /* Undirected, up to Ctrl-Z: the host may have typed line
                 * ends (an HTTP request after SIM800's AT+CIPSEND, a text's
                 * second line). They go with the piece; the next line is a
                 * piece of its own, which the builder hears as the modem's
                 * (a final result, a URC, a command line: the payload was
                 * cut before it) or as more of the text; a line that starts
                 * with the prompt is the modem's next prompt. */
                fr->buf[fr->len++] = ch;
                if (ch == '\n')
                    fr->line_no++;
                fr->eol_run++;
                i++;
                break;
            }
            if (!fr->opts.exact_payload && !fr->block && (ch == '\r' || ch == '\n') &&
                fr->mode == ATS_FRAME_PAYLOAD_LEN) {
                /* Undirected, a declared length not reached: the host may
                 * have typed line ends (an HTTP request, a certificate), or
                 * the modem talks again. The line ends go with the piece;
                 * the next line is a piece of its own. */
                if (fr->payload_left) {
                    fr->buf[fr->len++] = ch;
                    if (ch == '\n')
                        fr->line_no++;
                    fr->payload_left--;
                    fr->eol_run = 1;
                    i++;
                }
                /* else a whole line was read past the length: done, and the
                 * line end is the line's */
                if (fr->payload_left == 0) {
                    if ((rc = payload_full(fr)) != 0)
                        goto stop;
                }
                break;
            }
            {
                /* Take the run of ordinary payload bytes at once: up to the
                 * declared length, the buffer's room, and the next byte that
                 * can end this payload. */
                size_t lim = n - i, room = fr->cap - fr->len;
                if (lim > room)
                    lim = room;
                if (fr->mode == ATS_FRAME_PAYLOAD_LEN && fr->payload_left && lim > fr->payload_left &&
                    !fr->cont)
                    lim = (size_t)fr->payload_left;
                size_t j = i;
                int ctrlz = fr->mode == ATS_FRAME_PAYLOAD_CTRLZ, quote = fr->mode == ATS_FRAME_PAYLOAD_QUOTE;
                int exact = (fr->opts.exact_payload || fr->block) && !quote;
                int check_line = 0;
                /* skip eight bytes at a time while none is a control byte */
                const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
                while (j + 8 <= i + lim) {
                    uint64_t w;
                    memcpy(&w, s + j, 8);
                    if (((w - ones * 0x20) & ~w & highs) != 0)
                        break;
                    j += 8;
                }
                for (; j < i + lim; j++) {
                    unsigned char b = s[j];
                    if (b >= 0x20)
                        continue;
                    if (ctrlz && (b == 0x1A || b == 0x1B))
                        break;
                    if (b == '\n' || b == '\r') {
                        if (!exact || (b == '\r' && fr->block && (fr->eol_shape & ATS_CF_EOL_CRCR)))
                            break;
                        if (b == '\n' && fr->block && fr->payload_left > j + 1 - i &&
                            !(fr->eol_shape & (ATS_CF_EOL_DOUBLE | ATS_CF_EOL_LFCR))) {
                            /* a line of the block ends: looked at (block_line)
                             * once it is in the buffer */
                            fr->line_no++;
                            j++;
                            check_line = 1;
                            break;
                        }
                        if (b == '\n') {
                            fr->line_no++;
                            if (fr->block && (fr->eol_shape & (ATS_CF_EOL_DOUBLE | ATS_CF_EOL_LFCR))) {
                                /* a line end inside the block: the blank
                                 * line or the CR the paste added after it
                                 * are not the block's */
                                j++;
                                fr->skip_lf = (fr->eol_shape & ATS_CF_EOL_DOUBLE) != 0;
                                fr->skip_cr = fr->skip_lf ? 2 : 1;
                                break;
                            }
                        }
                    }
                }
                if (j == i) {   /* the current byte itself is ordinary */
                    if (ch == '\n')
                        fr->line_no++;
                    j = i + 1;
                }
                if (fr->end_len && fr->mode == ATS_FRAME_PAYLOAD_LEN) {
                    /* the end mark may come before the length: the run
                     * stops right after it (a mark never holds a line end,
                     * so a piece holds it whole, unless max_line cut it) */
                    size_t m = mark_end(fr, s + i, j - i);
                    if (m) {
                        /* the run's line ends past the mark are read again */
                        for (size_t k = i + m; k < j; k++)
                            fr->line_no -= s[k] == '\n';
                        memcpy(fr->buf + fr->len, s + i, m);
                        fr->len += m;
                        i += m;
                        payload_done(fr);
                        if ((rc = emit_payload(fr, ATS_LF_PAYLOAD_MARK)) != 0)
                            goto stop;
                        break;
                    }
                }
                memcpy(fr->buf + fr->len, s + i, j - i);
                if (quote && fr->in_quotes && memchr(s + i, '"', j - i))
                    fr->in_quotes = 0;
                fr->len += j - i;
                if (fr->mode == ATS_FRAME_PAYLOAD_LEN && fr->payload_left)
                    fr->payload_left -= j - i > fr->payload_left ? fr->payload_left : j - i;
                i = j;
                if (check_line && (rc = block_line(fr)) != 0)
                    goto stop;
            }
            if (fr->mode == ATS_FRAME_PAYLOAD_LEN && !fr->cont) {
                if (fr->payload_left == 0) {
                    i += overrun(fr, s + i, n - i);
                    if ((rc = payload_full(fr)) != 0)
                        goto stop;
                }
            }
            break;
        }
    }
    /* Data mode has no lines: what the host sent in one chunk of a directed
     * capture is one piece, so "+++" (no line end, guard time) stands alone;
     * so does a write the tool logged as whole, in any mode. */
    if ((fr->mode == ATS_FRAME_DATA || (c->flags & ATS_CF_WRITE_END)) && fr->dir == ATS_DIR_TX &&
        fr->state == ATS_FR_IN_LINE && fr->len) {
        fr->state = ATS_FR_LINE_START;
        if ((rc = emit_line(fr, ATS_LF_NO_EOL)) != 0)
            goto stop;
        fr->state = idle_state(fr);
    }
    if (!c->line)
        fr->offset += n;
    return 0;
stop:
    if (!c->line)
        fr->offset += n;
    return ats_err(err, rc, NULL, 0, 0, "stopped by callback");
}

int ats_framer_finish(ats_framer *fr, ats_error *err)
{
    int rc = 0;
    if (fr->err)
        return ats_err(err, fr->err, NULL, 0, 0, "framer stopped earlier");
    if (fr->flush_pending && (rc = flush_pending(fr)) != 0)
        return ats_err(err, rc, NULL, 0, 0, "stopped by callback");
    /* the count reached at the input's end: whole; a block the input ended
     * inside, with a line in it read as the modem's or the host's: the log
     * held less than its count */
    if (fr->cut_pending)
        rc = block_end_check(fr, 1);
    else if (fr->state == ATS_FR_PAYLOAD && fr->block && fr->block_cut)
        rc = cut_block(fr, fr->block_cut - 1, 0);
    if (rc)
        return ats_err(err, rc, NULL, 0, 0, "stopped by callback");
    switch (fr->state) {
    case ATS_FR_IN_LINE:
    case ATS_FR_DISCARD:
        rc = emit_line(fr, ATS_LF_NO_EOL);
        break;
    case ATS_FR_PAYLOAD_SLASH:
        fr->buf[fr->len++] = '/';
        rc = emit_payload(fr, ATS_LF_NO_EOL);
        break;
    case ATS_FR_PAYLOAD:
        if (fr->held_cr) {   /* the input's last byte: nothing says it is the paste's */
            fr->held_cr = 0;
            fr->buf[fr->len++] = '\r';
        }
        /* undirected, the piece ended in line ends: a line as the next
         * byte would have shown it (the builder hears whose), the
         * capture's last as any other */
        if (fr->eol_run) {
            rc = emit_payload(fr, ATS_LF_PAYLOAD_EOL);
            break;
        }
        /* a quoted string closed on the input's last line is whole */
        rc = emit_payload(fr, ATS_LF_NO_EOL |
                                  (fr->mode == ATS_FRAME_PAYLOAD_QUOTE && !fr->in_quotes
                                       ? ATS_LF_PAYLOAD_QUOTE
                                       : 0));
        break;
    default:
        break;
    }
    fr->state = ATS_FR_LINE_START;
    if (rc)
        return ats_err(err, rc, NULL, 0, 0, "stopped by callback");
    return 0;
}
