/* apptext.h - an application's sentences in an undirected stream of lines.
 *
 * A terminal log of a sketch or script (Arduino IDE stamps around what the
 * modem sends and what the sketch prints) holds the program's own text among
 * the modem's lines, undirected: "Modem is powered down, restarting now"
 * after an AT+CFUN=0 the modem did not answer reads like that command's
 * response. A modem engineer tells them apart by what follows. A line the
 * modem sends is followed by more of its reply and the final result; the
 * program's sentence is followed by its next command. So a line that reads
 * as a sentence (lower-case words outside quotes, no response shape: not
 * "+NAME:", "^NAME", "#NAME", ...) waits for the next line that is neither
 * such a sentence nor empty: a command line makes the waiting sentences
 * host-log records (the empty lines among them stay data); anything else,
 * or the end of the log, lets them go on as the data they came as. A
 * sentence right after an information line ("+CMT: ...", "+CMGR: ...": an
 * SMS body) is that line's text and goes on at once, as do the sentences
 * that follow it.
 * Bounded (RD_APP_LINES lines, RD_APP_BYTES bytes; past that they go on as
 * data), and fed whole lines, so the decision never depends on chunking. */
#ifndef ATS_APPTEXT_H
#define ATS_APPTEXT_H
#include "reader.h"

#define RD_APP_LINES 16
#define RD_APP_BYTES 4096

typedef struct rd_apptext {
    unsigned char buf[RD_APP_BYTES];
    size_t nbuf;
    struct {
        size_t at, len;          /* the line's bytes with their line end */
        size_t text;             /* ... of which text (no line end) */
        int sentence;            /* 0: an empty line waiting with them */
        uint64_t line, off;
        ats_time t;
        ats_dir dir;
    } l[RD_APP_LINES];
    size_t n;
    int pass;                    /* the last line with text was an information line, or
                                    a sentence that went on after one */
} rd_apptext;

/* One whole line, p[0..n) with its line end (`text` bytes before it): to the
 * stream now, or waiting for the line after it. */
int ats_rd_app_line(rd_apptext *h, rd_ctx *c, ats_dir dir, ats_time t, const void *p,
                    size_t n, size_t text, uint64_t line, uint64_t off);
/* What waits goes on as data (the log ended, or a line came that is not a
 * whole one). */
int ats_rd_app_flush(rd_apptext *h, rd_ctx *c);
#endif
