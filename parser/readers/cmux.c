/* cmux.c - finds TS 27.010 basic-option frames in a byte stream: flag F9,
 * address (EA, C/R, DLCI), control (type, P/F), length (one byte, or two
 * when its EA bit is 0), information, FCS, flag F9. The closing flag may
 * open the next frame, and repeated flags are idle fill (as Zephyr's
 * modem_cmux receiver treats them). Bytes before a flag are counted, not
 * decoded: a capture may start in the middle of a frame. */
#include <string.h>
#include "cmux.h"

enum { S_HUNT = 0, S_FLAG, S_CTRL, S_LEN1, S_LEN2, S_INFO, S_FCS, S_END };

void ats_cmux_init(ats_cmux_dec *d)
{
    d->state = S_HUNT;
    d->nhdr = d->got = 0;
    d->skipped = d->frames = 0;
}

/* CRC-8, reflected polynomial 0xE0 (x^8 + x^2 + x + 1), as 27.010 5.2.1.6 */
static unsigned crc_run(unsigned crc, const unsigned char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        crc ^= b[i];
        for (int j = 0; j < 8; j++)
            crc = crc & 1 ? (crc >> 1) ^ 0xE0 : crc >> 1;
    }
    return crc;
}

unsigned char ats_cmux_fcs(const unsigned char *b, size_t n)
{
    return (unsigned char)(0xFF - crc_run(0xFF, b, n));
}

static const struct {
    unsigned v;
    const char *name;
} types[] = {{CMUX_RR, "RR"},     {CMUX_UI, "UI"},     {CMUX_RNR, "RNR"},
             {CMUX_REJ, "REJ"},   {CMUX_DM, "DM"},     {CMUX_SABM, "SABM"},
             {CMUX_DISC, "DISC"}, {CMUX_UA, "UA"},     {CMUX_UIH, "UIH"}};

const char *ats_cmux_type_name(unsigned type)
{
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (types[i].v == type)
            return types[i].name;
    return NULL;
}

int ats_cmux_type_find(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (strlen(types[i].name) == n && !memcmp(types[i].name, s, n))
            return (int)types[i].v;
    return -1;
}

const char *ats_cmux_command_name(unsigned char type_byte)
{
    /* TS 27.010 5.4.6.1: EA, C/R, then the six-bit command type */
    static const struct {
        unsigned v;
        const char *name;
    } cmds[] = {{0x04, "NSC"}, {0x08, "TEST"}, {0x10, "PSC"},   {0x14, "RLS"},
                {0x18, "FCOFF"}, {0x20, "PN"},  {0x24, "RPN"},  {0x28, "FCON"},
                {0x30, "CLD"},  {0x34, "SNC"},  {0x38, "MSC"}};
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
        if (cmds[i].v == (unsigned)(type_byte >> 2))
            return cmds[i].name;
    return NULL;
}

static int finish(ats_cmux_dec *d, const ats_cmux_cb *cb)
{
    unsigned crc = crc_run(0xFF, d->hdr, d->nhdr);
    ats_cmux_frame f;
    f.dlci = d->addr >> 2;
    f.cr = d->addr >> 1 & 1;
    f.pf = d->ctrl >> 4 & 1;
    f.type = d->ctrl & ~0x10u;
    f.info = d->info;
    f.len = d->got;
    f.declared = d->len;
    if (f.type != CMUX_UIH)     /* every type but UIH checks its information field too */
        crc = crc_run(crc, d->info, d->got);
    f.fcs_ok = (unsigned char)(0xFF - crc) == d->fcs_rx;
    f.line = d->line;
    f.off = d->off;
    f.info_line = d->got ? d->info_line : d->line;
    f.info_off = d->got ? d->info_off : d->off;
    d->frames++;
    return cb->on_frame(cb->user, &f);
}

int ats_cmux_feed(ats_cmux_dec *d, const unsigned char *p, size_t n, uint64_t line, uint64_t off,
                  const ats_cmux_cb *cb)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char b = p[i];
        switch (d->state) {
        case S_HUNT: {
            /* the run up to the next flag, at once */
            const unsigned char *f = memchr(p + i, CMUX_FLAG, n - i);
            size_t k = f ? (size_t)(f - (p + i)) : n - i;
            if (k) {
                d->skipped += k;
                int rc = cb->on_outside ? cb->on_outside(cb->user, p + i, k, line, off + i) : 0;
                if (rc)
                    return rc;
                i += k;
                if (i == n)
                    break;
            }
            d->state = S_FLAG;
            d->line = line;
            d->off = off + i;
            break;
        }
        case S_FLAG:
            if (b == CMUX_FLAG) {       /* idle fill, or the previous frame's closing flag */
                d->line = line;
                d->off = off + i;
                break;
            }
            d->addr = b;
            d->hdr[0] = b;
            d->nhdr = 1;
            d->state = S_CTRL;
            break;
        case S_CTRL:
            d->ctrl = b;
            d->hdr[d->nhdr++] = b;
            d->state = S_LEN1;
            break;
        case S_LEN1:
            d->hdr[d->nhdr++] = b;
            d->len = b >> 1;
            d->got = 0;
            d->state = b & 1 ? (d->len ? S_INFO : S_FCS) : S_LEN2;
            break;
        case S_LEN2:
            d->hdr[d->nhdr++] = b;
            d->len |= (unsigned)b << 7;
            d->state = d->len ? S_INFO : S_FCS;
            break;
        case S_INFO: {
            if (!d->got) {
                d->info_line = line;
                d->info_off = off + i;
            }
            size_t want = d->len - d->got, have = n - i;
            size_t k = want < have ? want : have;
            memcpy(d->info + d->got, p + i, k);
            d->got += k;
            i += k - 1;
            if (d->got == d->len)
                d->state = S_FCS;
            break;
        }
        case S_FCS:
            d->fcs_rx = b;
            d->state = S_END;
            break;
        case S_END:
            if (b != CMUX_FLAG) {
                /* no closing flag: not a frame after all; look for the next one */
                d->skipped += d->nhdr + d->got + 2;
                d->state = S_HUNT;
                break;
            }
            d->state = S_FLAG;
            {
                int rc = finish(d, cb);
                d->line = line;
                d->off = off + i;
                if (rc)
                    return rc;
            }
            break;
        }
    }
    return 0;
}
