/* test_cmux.c - the TS 27.010 frame decoder (parser/readers/cmux.c): the
 * FCS against frames the standard's users send verbatim, frames found in a
 * stream with noise, idle flags, a two-byte length, a bad FCS and a frame
 * without its closing flag; and the same frames whatever the cut of the
 * input (byte at a time, random pieces). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "cmux.h"

typedef struct got {
    unsigned dlci, cr, pf, type;
    size_t len, declared;
    int fcs_ok;
    uint64_t line, info_line;
    unsigned char info[300];
} got;

typedef struct sink {
    got f[16];
    size_t n;
    unsigned char out[64];       /* bytes outside frames, in order */
    size_t nout;
    size_t before_first;         /* ... of them, before the first frame */
} sink;

static int outside(void *user, const unsigned char *p, size_t n, uint64_t line, uint64_t off)
{
    (void)line;
    (void)off;
    sink *k = user;
    assert_true(k->nout + n <= sizeof k->out);
    memcpy(k->out + k->nout, p, n);
    k->nout += n;
    if (!k->n)
        k->before_first += n;
    return 0;
}

static int collect(void *user, const ats_cmux_frame *f)
{
    sink *k = user;
    assert_true(k->n < 16);
    got *g = &k->f[k->n++];
    memset(g, 0, sizeof *g);
    g->dlci = f->dlci;
    g->cr = f->cr;
    g->pf = f->pf;
    g->type = f->type;
    g->len = f->len;
    g->declared = f->declared;
    g->fcs_ok = f->fcs_ok;
    g->line = f->line;
    g->info_line = f->info_line;
    memcpy(g->info, f->info, f->len < sizeof g->info ? f->len : sizeof g->info);
    return 0;
}

/* A frame as a sender builds it (one- or two-byte length as needed). */
static size_t frame(unsigned char *o, unsigned dlci, unsigned cr, unsigned ctrl,
                    const unsigned char *data, size_t n)
{
    size_t k = 0;
    o[k++] = 0xF9;
    o[k++] = (unsigned char)(dlci << 2 | cr << 1 | 1);
    o[k++] = (unsigned char)ctrl;
    if (n > 127) {
        o[k++] = (unsigned char)(n << 1);
        o[k++] = (unsigned char)(n >> 7);
    } else {
        o[k++] = (unsigned char)(n << 1 | 1);
    }
    size_t hdr = k;
    if (n)
        memcpy(o + k, data, n);
    k += n;
    if ((ctrl & ~0x10u) == CMUX_UIH) {
        o[k++] = ats_cmux_fcs(o + 1, hdr - 1);
    } else {
        unsigned char tmp[400];
        memcpy(tmp, o + 1, hdr - 1 + n);
        o[k++] = ats_cmux_fcs(tmp, hdr - 1 + n);
    }
    o[k++] = 0xF9;
    return k;
}

static void test_fcs_known_frames(void **state)
{
    (void)state;
    /* SABM and UA on DLCI 0 (F9 03 3F 01 1C F9 / F9 03 73 01 D7 F9), DISC
     * (F9 03 53 01 FD F9), esp_modem's close-down UIH (F9 03 EF 05 C3 01 F2 F9) */
    static const unsigned char sabm[] = {0x03, 0x3F, 0x01}, ua[] = {0x03, 0x73, 0x01},
                               disc[] = {0x03, 0x53, 0x01}, cld[] = {0x03, 0xEF, 0x05};
    assert_int_equal(ats_cmux_fcs(sabm, 3), 0x1C);
    assert_int_equal(ats_cmux_fcs(ua, 3), 0xD7);
    assert_int_equal(ats_cmux_fcs(disc, 3), 0xFD);
    assert_int_equal(ats_cmux_fcs(cld, 3), 0xF2);
    assert_string_equal(ats_cmux_type_name(CMUX_UIH), "UIH");
    assert_int_equal(ats_cmux_type_find("SABM", 4), CMUX_SABM);
    assert_int_equal(ats_cmux_type_find("XYZ", 3), -1);
    assert_null(ats_cmux_type_name(0x77));
    assert_string_equal(ats_cmux_command_name(0xE3), "MSC");
    assert_string_equal(ats_cmux_command_name(0xC3), "CLD");
    assert_null(ats_cmux_command_name(0x03));
}

static size_t build(unsigned char *s)
{
    static const unsigned char at[] = "AT+CSQ\r";
    unsigned char big[200];
    for (size_t i = 0; i < sizeof big; i++)
        big[i] = (unsigned char)(i * 7 + 1);
    size_t k = 0;
    memcpy(s, "\r\nOK\r\n", 6);               /* what preceded the switch to CMUX */
    k = 6;
    k += frame(s + k, 0, 1, CMUX_SABM | 0x10, NULL, 0);
    s[k++] = 0xF9;                            /* idle fill */
    k += frame(s + k, 1, 0, CMUX_UIH, at, 7);
    k += frame(s + k, 2, 1, CMUX_UIH, big, sizeof big);
    size_t bad = k;
    k += frame(s + k, 1, 0, CMUX_UIH, (const unsigned char *)"OK", 2);
    s[bad + 5 + 1] ^= 0x55;                   /* its FCS is wrong */
    /* a frame cut off before its FCS: the next frame's flag and address
     * are taken for them, so that frame is lost too; the one after is found */
    k += frame(s + k, 1, 0, CMUX_UIH, (const unsigned char *)"xy", 2) - 2;
    k += frame(s + k, 0, 0, CMUX_UA | 0x10, NULL, 0);
    k += frame(s + k, 1, 0, CMUX_UA | 0x10, NULL, 0);
    return k;
}

static void feed(sink *k, const unsigned char *s, size_t n, unsigned seed)
{
    ats_cmux_dec *d = malloc(sizeof *d);
    assert_non_null(d);
    ats_cmux_init(d);
    memset(k, 0, sizeof *k);
    srand(seed);
    size_t i = 0;
    while (i < n) {
        size_t m = seed == 0 ? n : seed == 1 ? 1 : 1 + (size_t)rand() % 23;
        if (m > n - i)
            m = n - i;
        /* each piece its own "line": a frame reports where it began */
        ats_cmux_cb cb = {collect, outside, k};
        assert_int_equal(ats_cmux_feed(d, s + i, m, 1000 + i, i, &cb), 0);
        i += m;
    }
    free(d);
}

static void test_stream(void **state)
{
    (void)state;
    unsigned char s[1024];
    size_t n = build(s);
    sink whole;
    feed(&whole, s, n, 0);
    assert_int_equal(whole.n, 5);
    /* what preceded the switch comes out as it was, before the first frame */
    assert_int_equal(whole.before_first, 6);
    assert_memory_equal(whole.out, "\r\nOK\r\n", 6);
    assert_int_equal(whole.f[0].dlci, 0);
    assert_int_equal(whole.f[0].type, CMUX_SABM);
    assert_int_equal(whole.f[0].pf, 1);
    assert_int_equal(whole.f[0].cr, 1);
    assert_true(whole.f[0].fcs_ok);
    assert_int_equal(whole.f[1].dlci, 1);
    assert_int_equal(whole.f[1].type, CMUX_UIH);
    assert_int_equal(whole.f[1].len, 7);
    assert_memory_equal(whole.f[1].info, "AT+CSQ\r", 7);
    assert_true(whole.f[1].fcs_ok);
    assert_int_equal(whole.f[2].dlci, 2);
    assert_int_equal(whole.f[2].len, 200);         /* a two-byte length */
    assert_int_equal(whole.f[2].info[199], (unsigned char)(199 * 7 + 1));
    assert_true(whole.f[2].fcs_ok);
    assert_int_equal(whole.f[3].len, 2);
    assert_false(whole.f[3].fcs_ok);
    /* the cut frame and the UA it ran into are dropped; the next UA is found */
    assert_int_equal(whole.f[4].type, CMUX_UA);
    assert_int_equal(whole.f[4].dlci, 1);
    assert_true(whole.f[4].fcs_ok);
    for (unsigned seed = 1; seed < 12; seed++) {
        sink k;
        feed(&k, s, n, seed);
        assert_int_equal(k.n, whole.n);
        for (size_t i = 0; i < k.n; i++) {
            assert_int_equal(k.f[i].dlci, whole.f[i].dlci);
            assert_int_equal(k.f[i].type, whole.f[i].type);
            assert_int_equal(k.f[i].len, whole.f[i].len);
            assert_int_equal(k.f[i].fcs_ok, whole.f[i].fcs_ok);
            assert_memory_equal(k.f[i].info, whole.f[i].info, k.f[i].len);
        }
        assert_int_equal(k.nout, whole.nout);
        assert_memory_equal(k.out, whole.out, k.nout);
        assert_int_equal(k.before_first, whole.before_first);
    }
}

/* Where a frame is reported: the piece holding its opening flag, and the
 * one holding its first information byte. */
static void test_lines(void **state)
{
    (void)state;
    unsigned char s[64];
    size_t n = frame(s, 1, 0, CMUX_UIH, (const unsigned char *)"AT\r", 3);
    ats_cmux_dec *d = malloc(sizeof *d);
    assert_non_null(d);
    ats_cmux_init(d);
    sink k;
    memset(&k, 0, sizeof k);
    ats_cmux_cb cb = {collect, NULL, &k};
    assert_int_equal(ats_cmux_feed(d, s, 4, 10, 0, &cb), 0);      /* the header */
    assert_int_equal(ats_cmux_feed(d, s + 4, 3, 11, 4, &cb), 0);  /* the payload */
    assert_int_equal(k.n, 0);
    assert_int_equal(ats_cmux_feed(d, s + 7, n - 7, 12, 7, &cb), 0);
    assert_int_equal(k.n, 1);
    assert_int_equal(k.f[0].line, 10);
    assert_int_equal(k.f[0].info_line, 11);
    free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fcs_known_frames),
        cmocka_unit_test(test_stream),
        cmocka_unit_test(test_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
