/* cmux.h - 3GPP TS 27.010 basic-option frames (CMUX): the byte-stream
 * decoder that finds frames in what a host library dumped raw (esp_modem's
 * "CMUX Received" and "Send" hexdumps), and the names a trace prints for
 * frame types and control-channel commands. Bounded state, fed any split of
 * the bytes: the frames found do not depend on where the input was cut. */
#ifndef ATS_CMUX_H
#define ATS_CMUX_H

#include <stddef.h>
#include <stdint.h>

#define CMUX_FLAG 0xF9
#define CMUX_MAX_INFO 32768       /* a two-byte length field's largest, plus one */

/* Frame types (the control field without its P/F bit). */
enum {
    CMUX_RR = 0x01, CMUX_UI = 0x03, CMUX_RNR = 0x05, CMUX_REJ = 0x09, CMUX_DM = 0x0F,
    CMUX_SABM = 0x2F, CMUX_DISC = 0x43, CMUX_UA = 0x63, CMUX_UIH = 0xEF
};

typedef struct ats_cmux_frame {
    unsigned dlci, cr, pf, type;  /* type: the control field without P/F */
    const unsigned char *info;
    size_t len;                   /* information field bytes kept (<= CMUX_MAX_INFO) */
    size_t declared;              /* what the length field said */
    int fcs_ok;                   /* the frame check sequence matched */
    uint64_t line, off;           /* where the frame's first byte was read */
    uint64_t info_line, info_off; /* ... and its first information byte */
} ats_cmux_frame;

typedef struct ats_cmux_dec {
    int state;
    unsigned addr, ctrl, len, nlen;
    unsigned char hdr[4];
    size_t nhdr, got;
    unsigned char fcs_rx;
    uint64_t line, off, info_line, info_off;
    uint64_t skipped;             /* bytes outside any frame (noise, a lost start) */
    uint64_t frames;              /* frames completed */
    unsigned char info[CMUX_MAX_INFO];
} ats_cmux_dec;

void ats_cmux_init(ats_cmux_dec *d);
/* What a decoder reports, in the order of the bytes: each frame completed
 * (its closing flag seen), and each run of bytes read while looking for a
 * flag (on_outside may be NULL). A nonzero return stops the feed and is
 * returned. */
typedef struct ats_cmux_cb {
    int (*on_frame)(void *user, const ats_cmux_frame *f);
    int (*on_outside)(void *user, const unsigned char *p, size_t n, uint64_t line,
                      uint64_t off);
    void *user;
} ats_cmux_cb;

/* Feeds bytes read at source line `line` / offset `off`. */
int ats_cmux_feed(ats_cmux_dec *d, const unsigned char *p, size_t n, uint64_t line, uint64_t off,
                  const ats_cmux_cb *cb);
/* The TS 27.010 FCS over b[0..n) (address, control, length; and the
 * information field for every type but UIH). */
unsigned char ats_cmux_fcs(const unsigned char *b, size_t n);
/* "UIH", "SABM", ... or NULL for a value no frame type has. */
const char *ats_cmux_type_name(unsigned type);
/* A frame type by its name as traces print it ("UIH"); -1 if none. */
int ats_cmux_type_find(const char *s, size_t n);
/* The control-channel command in a DLCI 0 UIH frame's first byte ("MSC",
 * "CLD", ...), or NULL. */
const char *ats_cmux_command_name(unsigned char type_byte);

#endif
