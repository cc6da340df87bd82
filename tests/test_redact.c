/* test_redact.c - the redaction stage (parser/redact.c) and the profiles'
 * "redact" entries (parser/redact_load.c): exact masked lines, pseudonyms
 * stable within a map and numbered in order of appearance, merging in input
 * order, what is left alone (queries, non-Luhn numbers, final results,
 * addresses unless asked), and through the whole parser: the records of a
 * masked capture equal the unmasked ones but for the masked text, however
 * the bytes are chunked. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "collect.h"
#include "redact_int.h"   /* ats_predact, ats_redact_digit_gate */

static ats_profile *base, *l610, *bg96;

/* ---- the stage alone: lines in, lines out ---- */

typedef struct outlines {
    char text[64][256];
    size_t n;
} outlines;

static int keep_line(void *user, const ats_line *l)
{
    outlines *o = user;
    if (o->n < 64) {
        size_t k = put(o->text[o->n], sizeof o->text[0], 0, l->text.ptr, l->text.len);
        (void)k;
        o->n++;
    }
    return 0;
}

typedef struct in_line {
    ats_line_kind kind;
    ats_dir dir;
    const char *text;
    unsigned flags;
} in_line;

#define T(s) {ATS_LINE_TEXT, ATS_DIR_UNKNOWN, (s), 0}
#define P(s) {ATS_LINE_PAYLOAD, ATS_DIR_UNKNOWN, (s), 0}
#define NE(a) (sizeof(a) / sizeof((a)[0]))

/* Feeds lines through a redactor on map m; the masked texts must be want[]. */
static void stage(const ats_profile *p, ats_redact_map *m, const in_line *in, size_t n,
                  const char *const *want)
{
    outlines o;
    memset(&o, 0, sizeof o);
    ats_redactor *r;
    ats_error e;
    assert_int_equal(ats_redactor_new(&r, p, m, keep_line, &o, &e), 0);
    for (size_t i = 0; i < n; i++) {
        ats_line l;
        memset(&l, 0, sizeof l);
        l.kind = in[i].kind;
        l.dir = in[i].dir;
        l.text.ptr = in[i].text;
        l.text.len = strlen(in[i].text);
        l.line = i + 1;
        l.flags = in[i].flags;
        assert_int_equal(ats_redactor_feed(r, &l, &e), 0);
    }
    assert_int_equal(ats_redactor_finish(r, &e), 0);
    assert_int_equal(o.n, n);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(o.text[i], want[i]))
            fprintf(stderr, "line %zu: got \"%s\", want \"%s\"\n", i + 1, o.text[i], want[i]);
        assert_string_equal(o.text[i], want[i]);
    }
    ats_redactor_free(r);
}

static void test_identifiers(void **state)
{
    (void)state;
    ats_redact_map *m;
    assert_int_equal(ats_redact_map_new(&m, 0), 0);
    static const in_line in[] = {
        T("AT+CGSN"), T("490154203237518"), T("OK"),
        T("AT+CGSN=1"), T("+CGSN: 490154203237518"), T("OK"),
        T("AT+GSN"), T("356938035643809"), T("OK"),
        T("AT+CIMI"), T("460001234567890"), T("OK"),
        T("AT+CCID"), T("+CCID: 89860012345678901234"), T("OK"),
        T("AT+CNUM"), T("+CNUM: \"Line 1\",\"+441234567890\",145"), T("OK"),
        T("RING"), T("+CLIP: \"+441234567890\",145,,,,0"),
        T("ATD+449876543210;"), T("OK"),
        T("ATI"), T("Manufacturer: SIMCOM INCORPORATED"), T("IMEI: 356938035643809"), T("OK"),
    };
    static const char *const want[] = {
        "AT+CGSN", "<IMEI-1>", "OK",
        "AT+CGSN=1", "+CGSN: <IMEI-1>", "OK",
        "AT+GSN", "<IMEI-2>", "OK",
        "AT+CIMI", "<IMSI-1>", "OK",
        "AT+CCID", "+CCID: <ICCID-1>", "OK",
        "AT+CNUM", "+CNUM: \"Line 1\",\"<PHONE-1>\",145", "OK",
        "RING", "+CLIP: \"<PHONE-1>\",145,,,,0",
        "ATD<PHONE-2>;", "OK",
        "ATI", "Manufacturer: SIMCOM INCORPORATED", "IMEI: <IMEI-2>", "OK",
    };
    stage(base, m, in, NE(in), want);
    assert_int_equal(ats_redact_map_count(m), 6);
    assert_int_equal(ats_redact_map_kind_count(m, ATS_RK_IMEI), 2);
    assert_int_equal(ats_redact_map_kind_count(m, ATS_RK_PHONE), 2);
    ats_redact_kind k;
    ats_span v;
    const char *tok;
    ats_redact_map_at(m, 0, &k, &v, &tok);
    assert_int_equal(k, ATS_RK_IMEI);
    assert_int_equal(v.len, 15);
    assert_memory_equal(v.ptr, "490154203237518", 15);
    assert_string_equal(tok, "<IMEI-1>");
    ats_redact_map_free(m);
}

/* A bare number answers the command before it only: the same digits after
 * another command are not an IMEI (unless they pass the Luhn check). */
static void test_context(void **state)
{
    (void)state;
    ats_redact_map *m;
    assert_int_equal(ats_redact_map_new(&m, 0), 0);
    static const in_line in[] = {
        T("AT+CSQ"), T("460001234567891"), T("OK"),            /* not after AT+CIMI */
        T("AT+QISEND=0,15"), T("123456789012345"), T("OK"),    /* 15 digits, Luhn fails */
        T("AT+CPIN?"), T("+CPIN: READY"), T("OK"),
        T("AT+CPIN=?"), T("OK"),
        T("AT+CPIN=\"1234\""), T("OK"),
        T("AT+CPIN=\"87654321\",\"4321\""), T("OK"),
        T("host says imei=490154203237518."),                 /* Luhn passes: anywhere */
        T("ATD*99#"), T("CONNECT"),
    };
    static const char *const want[] = {
        "AT+CSQ", "460001234567891", "OK",
        "AT+QISEND=0,15", "123456789012345", "OK",
        "AT+CPIN?", "+CPIN: READY", "OK",
        "AT+CPIN=?", "OK",
        "AT+CPIN=\"<PIN-1>\"", "OK",
        "AT+CPIN=\"<PIN-2>\",\"<PIN-3>\"", "OK",
        "host says imei=<IMEI-1>.",
        "ATD*99#", "CONNECT",
    };
    stage(base, m, in, NE(in), want);
    ats_redact_map_free(m);
}

/* What the stage decides once per shape of line (its first bytes) and the
 * probes that skip ahead through a line must not lose a value: a value is
 * masked however many other shapes came before it (the shape table is
 * full many times over), at any offset of the line, and a line that starts
 * like a masked one but differs later is still looked at whole. */
typedef struct one_line {
    char text[256];
    size_t n;
} one_line;

static int keep_last(void *user, const ats_line *l)
{
    one_line *o = user;
    put(o->text, sizeof o->text, 0, l->text.ptr, l->text.len);
    o->n++;
    return 0;
}

static void feed_text(ats_redactor *r, const char *text, size_t no)
{
    ats_line l;
    ats_error e;
    memset(&l, 0, sizeof l);
    l.kind = ATS_LINE_TEXT;
    l.text.ptr = text;
    l.text.len = strlen(text);
    l.line = no;
    assert_int_equal(ats_redactor_feed(r, &l, &e), 0);
}

static void expect_line(ats_redactor *r, one_line *o, const char *in, const char *want, size_t no)
{
    feed_text(r, in, no);
    if (strcmp(o->text, want))
        fprintf(stderr, "\"%s\": got \"%s\", want \"%s\"\n", in, o->text, want);
    assert_string_equal(o->text, want);
}

static void test_line_shapes(void **state)
{
    (void)state;
    ats_redact_map *m;
    assert_int_equal(ats_redact_map_new(&m, 0), 0);
    one_line o = {{0}, 0};
    ats_redactor *r;
    ats_error e;
    assert_int_equal(ats_redactor_new(&r, base, m, keep_last, &o, &e), 0);
    char in[256], want[256];
    size_t no = 1;
    for (int i = 0; i < 5000; i++) {      /* many more shapes than the table holds */
        snprintf(in, sizeof in, "+X%05d: %d", i, i % 7);
        expect_line(r, &o, in, in, no++);
    }
    expect_line(r, &o, "+CIMI: abc", "+CIMI: abc", no++);
    expect_line(r, &o, "+CNUM: \"\",\"+441234567890\",145", "+CNUM: \"\",\"<PHONE-1>\",145",
                no++);
    expect_line(r, &o, "+CIMI: 46000123456789", "+CIMI: <IMSI-1>", no++);
    expect_line(r, &o, "+CIMI: 4600", "+CIMI: 4600", no++);      /* too short to be one */
    expect_line(r, &o, "AT+CIMI", "AT+CIMI", no++);
    expect_line(r, &o, "460001234567899", "<IMSI-2>", no++);       /* the answer, bare */
    expect_line(r, &o, "AT+CIMX", "AT+CIMX", no++);
    expect_line(r, &o, "460001234567898", "460001234567898", no++); /* not after AT+CIMI */
    for (int k = 0; k < 24; k++) {
        /* a Luhn-valid IMEI and the known IMSI at every offset; a 14-digit
         * run (no IMEI) and a word one byte short of the IMSI left alone */
        snprintf(in, sizeof in, "%.*s490154203237518 x", k, "ab cd ef gh ij kl mn op qr st");
        snprintf(want, sizeof want, "%.*s<IMEI-1> x", k, "ab cd ef gh ij kl mn op qr st");
        expect_line(r, &o, in, want, no++);
        snprintf(in, sizeof in, "%.*s(46000123456789)", k, "a,b,c,d,e,f,g,h,i,j,k,l,m");
        snprintf(want, sizeof want, "%.*s(<IMSI-1>)", k, "a,b,c,d,e,f,g,h,i,j,k,l,m");
        expect_line(r, &o, in, want, no++);
        /* the shortest known value, whose digits are as long as a word
         * must be to be looked at */
        snprintf(in, sizeof in, "%.*s+441234567890;", k, "a b c d e f g h i j k l m");
        snprintf(want, sizeof want, "%.*s<PHONE-1>;", k, "a b c d e f g h i j k l m");
        expect_line(r, &o, in, want, no++);
        snprintf(in, sizeof in, "%.*s49015420323751 4600012345678", k, "zzzzzzzzzzzzzzzzzzzzzzzz");
        expect_line(r, &o, in, in, no++);
        /* a known value after a long hex word (a payload line), at every
         * alignment: a word of its own is masked, the same digits inside a
         * longer word are not, a byte >= 0x80 ends a word */
        static const char hex[] = "0123456789ABCDEFabcdef0123456789ABCDEF0123456789abcdef";
        snprintf(in, sizeof in, "%.*s,46000123456789,%.*s", 20 + k, hex, k, hex);
        snprintf(want, sizeof want, "%.*s,<IMSI-1>,%.*s", 20 + k, hex, k, hex);
        expect_line(r, &o, in, want, no++);
        snprintf(in, sizeof in, "%.*s46000123456789%.*s", 20 + k, hex, k, "ghijklmnopqrstuvwxyzghij");
        expect_line(r, &o, in, in, no++);
        snprintf(in, sizeof in, "%.*s\xe9" "46000123456789\xe9", 20 + k, hex);
        snprintf(want, sizeof want, "%.*s\\xe9<IMSI-1>\\xe9", 20 + k, hex);
        expect_line(r, &o, in, want, no++);
        snprintf(in, sizeof in, "46000123456789%.*s", 20 + k, hex);
        expect_line(r, &o, in, in, no++);
        /* the bytes next to the letters' and digits' ranges end a word (the
         * word's end is found sixteen bytes a step) */
        for (const char *c = "@[`{/:"; *c; c++) {
            snprintf(in, sizeof in, "%.*s%c46000123456789%c%.*s", 20 + k, hex, *c, *c, k, hex);
            snprintf(want, sizeof want, "%.*s%c<IMSI-1>%c%.*s", 20 + k, hex, *c, *c, k, hex);
            expect_line(r, &o, in, want, no++);
        }
    }
    assert_int_equal(ats_redactor_finish(r, &e), 0);
    ats_redactor_free(r);
    ats_redact_map_free(m);
}

/* Message text keeps its length (the send's framing and payload counts stay);
 * a header's next line is the body unless it is a final result. */
static void test_sms(void **state)
{
    (void)state;
    ats_redact_map *m;
    assert_int_equal(ats_redact_map_new(&m, 0), 0);
    static const in_line in[] = {
        T("AT+CMGS=\"+441234567890\""), {ATS_LINE_PROMPT, ATS_DIR_UNKNOWN, ">", 0},
        P("Hello there"), T("+CMGS: 12"), T("OK"),
        T("AT+CMGS=\"+441234567890\""), {ATS_LINE_TEXT, ATS_DIR_UNKNOWN, "Hi\x1a", ATS_LF_AFTER_PROMPT},
        T("OK"),
        T("AT+CMGR=3"), T("+CMGR: \"REC READ\",\"+449876543210\",,\"20/06/16,10:00:00+32\""),
        T("Meet at 5"), T("OK"),
        T("AT+CMGR=4"), T("+CMGR: \"REC READ\",\"+449876543210\",,\"20/06/16,10:00:00+32\""),
        T("OK"),
        T("+CMT: ,24"), T("0791448720003023240DD0E474D81C0EBB010000111011315214000BE474D81C0EBB01"),
        T("AT+CSQ"), {ATS_LINE_TEXT, ATS_DIR_UNKNOWN, "+CSQ: 20,99", ATS_LF_AFTER_PROMPT},
    };
    static const char *const want[] = {
        "AT+CMGS=\"<PHONE-1>\"", ">",
        "<SMS>******", "+CMGS: 12", "OK",
        "AT+CMGS=\"<PHONE-1>\"", "<S\\x1a",
        "OK",
        "AT+CMGR=3", "+CMGR: \"REC READ\",\"<PHONE-2>\",,\"20/06/16,10:00:00+32\"",
        "<SMS>****", "OK",
        "AT+CMGR=4", "+CMGR: \"REC READ\",\"<PHONE-2>\",,\"20/06/16,10:00:00+32\"",
        "OK",
        "+CMT: ,24", "<SMS>*****************************************************************",
        "AT+CSQ", "+CSQ: 20,99",
    };
    stage(base, m, in, NE(in), want);
    ats_redact_map_free(m);
}

/* A library's line that quotes the command it sends, before the command
 * line itself (chan_dongle's "write command '...'"): masked as the command
 * line is, with the same token. */
static void test_quoted_command_in_host_log(void **state)
{
    (void)state;
    ats_redact_map *m;
    assert_int_equal(ats_redact_map_new(&m, 0), 0);
    static const in_line in[] = {
        {ATS_LINE_HOST_LOG, ATS_DIR_UNKNOWN,
         "[dongle0] write command 'AT+CMGS=\"+441234567890\"' expected response 'OK'", 0},
        T("AT+CMGS=\"+441234567890\""),
        {ATS_LINE_UNPARSED, ATS_DIR_UNKNOWN, "sent:at+cmgs=\"+449876543210\"", 0},
        {ATS_LINE_HOST_LOG, ATS_DIR_UNKNOWN, "no command here: CAT+CMGS=\"+445550000000\"", 0},
    };
    static const char *const want[] = {
        "[dongle0] write command 'AT+CMGS=\"<PHONE-1>\"' expected response 'OK'",
        "AT+CMGS=\"<PHONE-1>\"",
        "sent:at+cmgs=\"<PHONE-2>\"",
        "no command here: CAT+CMGS=\"+445550000000\"",
    };
    stage(base, m, in, NE(in), want);
    ats_redact_map_free(m);
}

static void test_credentials_and_hosts(void **state)
{
    (void)state;
    static const in_line in[] = {
        T("AT+CGAUTH=1,1,\"alice\",\"s3cret\""), T("OK"),
        T("AT+QICSGP=1,1,\"internet\",\"alice\",\"s3cret\",1"), T("OK"),
        T("AT+QIOPEN=1,0,\"TCP\",\"iot.example.com\",80,0,0"), T("OK"),
        T("+QIOPEN: 0,0"),
        T("AT+QIACT?"), T("+QIACT: 1,1,1,\"10.20.30.40\""), T("OK"),
    };
    /* no hosts: addresses and names stay */
    static const char *const want[] = {
        "AT+CGAUTH=1,1,\"<USER-1>\",\"<PASSWORD-1>\"", "OK",
        "AT+QICSGP=1,1,\"internet\",\"<USER-1>\",\"<PASSWORD-1>\",1", "OK",
        "AT+QIOPEN=1,0,\"TCP\",\"iot.example.com\",80,0,0", "OK",
        "+QIOPEN: 0,0",
        "AT+QIACT?", "+QIACT: 1,1,1,\"10.20.30.40\"", "OK",
    };
    ats_redact_map *m;
    assert_int_equal(ats_redact_map_new(&m, 0), 0);
    stage(bg96, m, in, NE(in), want);
    ats_redact_map_free(m);
    /* --redact-hosts: documentation addresses and <HOST-n> */
    static const char *const want_h[] = {
        "AT+CGAUTH=1,1,\"<USER-1>\",\"<PASSWORD-1>\"", "OK",
        "AT+QICSGP=1,1,\"internet\",\"<USER-1>\",\"<PASSWORD-1>\",1", "OK",
        "AT+QIOPEN=1,0,\"TCP\",\"<HOST-1>\",80,0,0", "OK",
        "+QIOPEN: 0,0",
        "AT+QIACT?", "+QIACT: 1,1,1,\"192.0.2.1\"", "OK",
    };
    assert_int_equal(ats_redact_map_new(&m, ATS_REDACT_HOSTS), 0);
    stage(bg96, m, in, NE(in), want_h);
    ats_redact_map_free(m);
    /* the base profile does not know the Quectel command: only the password,
     * seen before and long enough to be told from other text, is masked again */
    static const char *const want_b[] = {
        "AT+CGAUTH=1,1,\"<USER-1>\",\"<PASSWORD-1>\"", "OK",
        "AT+QICSGP=1,1,\"internet\",\"alice\",\"<PASSWORD-1>\",1", "OK",
        "AT+QIOPEN=1,0,\"TCP\",\"iot.example.com\",80,0,0", "OK",
        "+QIOPEN: 0,0",
        "AT+QIACT?", "+QIACT: 1,1,1,\"10.20.30.40\"", "OK",
    };
    assert_int_equal(ats_redact_map_new(&m, 0), 0);
    stage(base, m, in, NE(in), want_b);
    ats_redact_map_free(m);
}

/* Captures read apart, merged in input order: numbering as if read in a row;
 * a frozen map is only read, and what it lacks is numbered after it. */
static void test_merge_and_freeze(void **state)
{
    (void)state;
    ats_redact_map *a, *b, *all;
    assert_int_equal(ats_redact_map_new(&a, 0), 0);
    assert_int_equal(ats_redact_map_new(&b, 0), 0);
    assert_int_equal(ats_redact_map_new(&all, 0), 0);
    static const in_line ia[] = {T("AT+CGSN"), T("490154203237518")};
    static const char *const wa[] = {"AT+CGSN", "<IMEI-1>"};
    static const in_line ib[] = {T("AT+CGSN"), T("356938035643809"), T("AT+CGSN"),
                                 T("490154203237518")};
    static const char *const wb[] = {"AT+CGSN", "<IMEI-1>", "AT+CGSN", "<IMEI-2>"};
    stage(base, a, ia, NE(ia), wa);
    stage(base, b, ib, NE(ib), wb);
    assert_int_equal(ats_redact_map_merge(all, a), 0);
    assert_int_equal(ats_redact_map_merge(all, b), 0);
    assert_int_equal(ats_redact_map_count(all), 2);
    assert_string_equal(ats_redact_map_token(all, ATS_RK_IMEI, "490154203237518", 15), "<IMEI-1>");
    assert_string_equal(ats_redact_map_token(all, ATS_RK_IMEI, "356938035643809", 15), "<IMEI-2>");
    assert_null(ats_redact_map_token(all, ATS_RK_IMSI, "356938035643809", 15));
    ats_redact_map_freeze(all);
    static const in_line ic[] = {T("AT+CGSN"), T("356938035643809"), T("AT+CGSN"),
                                 T("353918057682475")};
    static const char *const wc[] = {"AT+CGSN", "<IMEI-2>", "AT+CGSN", "<IMEI-3>"};
    stage(base, all, ic, NE(ic), wc);
    assert_int_equal(ats_redact_map_count(all), 2);
    ats_redact_map_free(a);
    ats_redact_map_free(b);
    ats_redact_map_free(all);
}

/* ---- through the parser ---- */

static int run(collect *c, const ats_profile *p, ats_redact_map *m, const char *data, size_t len,
               size_t chunk)
{
    ats_parser *ps;
    ats_error e;
    memset(c, 0, sizeof *c);
    if (ats_parser_new(&ps, p, NULL, col_cb, c, &e) < 0 || ats_parser_set_redact(ps, m, &e) < 0)
        return -1;
    int rc = 0;
    for (size_t off = 0; off < len && rc == 0;) {
        size_t n = chunk && chunk < len - off ? chunk : len - off;
        char *copy = malloc(n);
        memcpy(copy, data + off, n);
        rc = ats_parser_feed(ps, copy, n, &e);
        free(copy);
        off += n;
    }
    if (rc == 0)
        rc = ats_parser_finish(ps, &e);
    ats_parser_free(ps);
    return rc;
}

static const char session[] =
    "AT\r\r\nOK\r\n"
    "AT+CGSN\r\r\n490154203237518\r\n\r\nOK\r\n"
    "AT+CIMI\r\r\n460001234567890\r\n\r\nOK\r\n"
    "AT+CPIN=\"1234\"\r\r\nOK\r\n"
    "AT+CCID\r\r\n+CCID: 89860012345678901234\r\n\r\nOK\r\n"
    "AT+MIPCALL=1,\"cmnet\",\"alice\",\"s3cret\"\r\r\nOK\r\n\r\n+MIPCALL: 10.1.2.3\r\n"
    "AT+CMGF=1\r\r\nOK\r\n"
    "AT+CMGS=\"+441234567890\"\r\r\n> Hello there\x1a\r\n+CMGS: 12\r\n\r\nOK\r\n"
    "AT+CMGR=1\r\r\n+CMGR: \"REC READ\",\"+441234567890\",,\"20/06/16,10:00:00+32\"\r\n"
    "Call me\r\n\r\nOK\r\n";

static const char *const secrets[] = {"490154203237518", "460001234567890", "1234\"",
                                      "89860012345678901234", "alice", "s3cret",
                                      "441234567890", "Hello there", "Call me"};

static void test_parser_chunked(void **state)
{
    (void)state;
    collect plain, whole;
    assert_int_equal(run(&plain, l610, NULL, session, sizeof session - 1, 0), 0);
    ats_redact_map *m;
    assert_int_equal(ats_redact_map_new(&m, 0), 0);
    assert_int_equal(run(&whole, l610, m, session, sizeof session - 1, 0), 0);
    /* the same records, the same count; only the masked text differs */
    assert_int_equal(plain.n, whole.n);
    int differ = 0;
    for (size_t i = 0; i < whole.n; i++) {
        for (size_t s = 0; s < NE(secrets); s++)
            if (strstr(whole.rec[i], secrets[s])) {
                fprintf(stderr, "%s left in: %s\n", secrets[s], whole.rec[i]);
                fail();
            }
        if (strcmp(plain.rec[i], whole.rec[i]))
            differ++;
        /* the structure: kind, lines and results are the same words */
        assert_memory_equal(plain.rec[i], whole.rec[i], 8);
    }
    assert_true(differ >= 7);
    static const char *const want[] = {
        "txn L1-2 AT complete ok",
        "txn L3-6 AT+CGSN complete ok resp=<IMEI-1>",
        "txn L7-10 AT+CIMI complete ok resp=<IMSI-1>",
        "txn L11-12 AT+CPIN=\"<PIN-1>\" complete ok",
        "txn L13-16 AT+CCID complete ok resp=+CCID: <ICCID-1>",
        "txn L17-20 AT+MIPCALL=1,\"cmnet\",\"<USER-1>\",\"<PASSWORD-1>\" complete ok "
        "async=success@L20",
        "txn L21-22 AT+CMGF=1 complete ok",
        "txn L23-27 AT+CMGS=\"<PHONE-1>\" complete ok resp=+CMGS: 12 prompt@L24 "
        "payload=11/-1:ctrl-z",
        "txn L28-32 AT+CMGR=1 complete ok resp=+CMGR: \"REC READ\",\"<PHONE-1>\",,"
        "\"20/06/16,10:00:00+32\"|<SMS>**",
    };
    for (size_t i = 0; i < NE(want); i++) {
        if (strcmp(whole.rec[i], want[i]))
            col_print(&whole, stderr);
        assert_string_equal(whole.rec[i], want[i]);
    }
    /* byte at a time and in small pieces: the same records, the same tokens */
    static const size_t sizes[] = {1, 2, 3, 7, 64};
    for (size_t s = 0; s < NE(sizes); s++) {
        collect c;
        ats_redact_map *m2;
        assert_int_equal(ats_redact_map_new(&m2, 0), 0);
        assert_int_equal(run(&c, l610, m2, session, sizeof session - 1, sizes[s]), 0);
        assert_true(col_equal(&whole, &c));
        col_free(&c);
        ats_redact_map_free(m2);
    }
    ats_redact_map_free(m);
    col_free(&plain);
    col_free(&whole);
}


/* A private key sent to the module, whatever the module and the command:
 * the lines between "-----BEGIN ... PRIVATE KEY-----" and "-----END" are
 * masked whole (the same length, line ends kept); a final result or a
 * command ends a cut key; certificates are public and stay. Through the
 * parser as well: an undirected declared-length payload, in any chunking. */
static void test_private_key(void **state)
{
    (void)state;
    ats_redact_map *m;
    assert_int_equal(ats_redact_map_new(&m, 0), 0);
    static const in_line in[] = {
        T("AT+USECMNG=0,2,\"key.pem\",90"),
        P("-----BEGIN PRIVATE KEY-----\r\n"),
        P("MIIEvQIBADANBgkqhkiG9w0B\r\n"),
        P("-----END PRIVATE KEY-----"),
        T("OK"),
        T("AT%CMNG=0,16842753,2,\"-----BEGIN EC PRIVATE KEY-----"),
        T("MHcCAQEEIIrYSSNQFaA2Hwf1"),
        T("-----END EC PRIVATE KEY-----\""),
        T("OK"),
        T("AT+USECMNG=0,1,\"cert.pem\",60"),
        P("-----BEGIN CERTIFICATE-----\r\n"),
        P("MIIBszCCAVmgAwIBAgIUQ1\r\n"),
        T("OK"),
        P("-----BEGIN RSA PRIVATE KEY-----\r\n"),
        P("cut off here\r\n"),
        T("ERROR"),
        T("+CSQ: 20,99"),
        T("AT+CCERTDOWN=\"k.pem\",58"),
        P("-----BEGIN PRIVATE KEY-----\r\nABCD\r\n-----END PRIVATE KEY-----"),
        T("OK"),
        P("-----BEGIN PRIVATE KEY is not how a key starts"),
    };
    static const char *const want[] = {
        "AT+USECMNG=0,2,\"key.pem\",90",
        "-----BEGIN PRIVATE KEY-----\\x0d\\x0a",
        "<PASSWORD>**************\\x0d\\x0a",
        "<PASSWORD>***************",
        "OK",
        "AT%CMNG=0,16842753,2,\"-----BEGIN EC PRIVATE KEY-----",
        "<PASSWORD>**************",
        "<PASSWORD>*******************",
        "OK",
        "AT+USECMNG=0,1,\"cert.pem\",60",
        "-----BEGIN CERTIFICATE-----\\x0d\\x0a",
        "MIIBszCCAVmgAwIBAgIUQ1\\x0d\\x0a",
        "OK",
        "-----BEGIN RSA PRIVATE KEY-----\\x0d\\x0a",
        "<PASSWORD>**\\x0d\\x0a",
        "ERROR",
        "+CSQ: 20,99",
        "AT+CCERTDOWN=\"k.pem\",58",
        /* a directed capture's one piece: the key after its first line */
        "-----BEGIN PRIVATE KEY-----\\x0d\\x0a<PASSWORD>*********************",
        "OK",
        "-----BEGIN PRIVATE KEY is not how a key starts",
    };
    stage(base, m, in, NE(in), want);
    assert_int_equal(ats_redact_map_kind_count(m, ATS_RK_PASSWORD), 6);
    assert_int_equal(ats_redact_map_kind_count(m, ATS_RK_SMS), 0);
    ats_redact_map_free(m);

    static const char cap[] = "AT+MIPSEND=1,81\r\r\n> -----BEGIN PRIVATE KEY-----\r\n"
                              "MIIEvQIBADANBgkqhkiG9w0B\r\n-----END PRIVATE KEY-----\r\n"
                              "OK\r\n";
    collect whole;
    assert_int_equal(ats_redact_map_new(&m, 0), 0);
    assert_int_equal(run(&whole, l610, m, cap, sizeof cap - 1, 0), 0);
    assert_int_equal(ats_redact_map_kind_count(m, ATS_RK_PASSWORD), 2);
    ats_redact_map_free(m);
    static const size_t sizes[] = {1, 2, 3, 7, 64};
    for (size_t k = 0; k < NE(sizes); k++) {
        collect c;
        assert_int_equal(ats_redact_map_new(&m, 0), 0);
        assert_int_equal(run(&c, l610, m, cap, sizeof cap - 1, sizes[k]), 0);
        assert_true(col_equal(&whole, &c));
        assert_int_equal(ats_redact_map_kind_count(m, ATS_RK_PASSWORD), 2);
        col_free(&c);
        ats_redact_map_free(m);
    }
    col_free(&whole);
}

/* ---- the profile keys ---- */

static void load_err(const char *json, const char *msg_part, uint64_t line)
{
    ats_profile *p = NULL;
    ats_error e;
    memset(&e, 0, sizeof e);
    int rc = ats_profile_load_buffer(&p, json, strlen(json), "t.json", &e);
    if (rc == 0 || !strstr(e.msg, msg_part))
        fprintf(stderr, "rc %d msg \"%s\", want \"%s\"\n", rc, e.msg, msg_part);
    assert_int_equal(rc, ATS_EPROFILE);
    assert_non_null(strstr(e.msg, msg_part));
    if (line)
        assert_int_equal(e.line, line);
    assert_null(p);
}

static void test_profile_keys(void **state)
{
    (void)state;
    load_err("{\"id\":\"t\",\n\"redact\":[\n{\"name\":\"x\",\"match\":\"^X: (?<serial>\\\\d+)\"}]}",
             "is not a kind", 3);
    load_err("{\"id\":\"t\",\n\"redact\":[\n{\"match\":\"^X: (?<imei>\\\\d+)\"}]}", "needs a \"name\"", 0);
    load_err("{\"id\":\"t\",\"redact\":[{\"name\":\"x\",\"match\":\"^X: (?<imei>\\\\d+)\","
             "\n\"samples\":[\"Y: 1\"]}]}", "does not match", 2);
    load_err("{\"id\":\"t\",\"redact\":[{\"name\":\"x\",\"payload\":\"sms\"}]}", "goes with", 0);
    load_err("{\"id\":\"t\",\"redact\":[{\"name\":\"x\",\"after\":\"^AT\",\"next\":\"sms2\","
             "\"match\":\"^+X\"}]}", "expected a kind", 0);
    load_err("{\"id\":\"t\",\"redact\":[{\"name\":\"x\",\"match\":\"^X\"}]}", "names no group", 0);
    load_err("{\"id\":\"t\",\"redact\":[{\"name\":\"x\",\"match\":\"^X(?<imei>\",\"check\":\"luhn\"}]}",
             "redact[0].match", 0);
    load_err("{\"id\":\"t\",\"redact\":[{\"name\":\"x\",\"match\":\"^X(?<imei>1)\",\"chek\":\"luhn\"}]}",
             "chek", 0);
    /* max_digits: with min_digits, not below it; every sample passes the gate */
    load_err("{\"id\":\"t\",\"redact\":[{\"name\":\"x\",\"max_digits\":3,"
             "\"match\":\"(?<imei>\\\\d{3})\"}]}", "goes with \"min_digits\"", 0);
    load_err("{\"id\":\"t\",\"redact\":[{\"name\":\"x\",\"min_digits\":4,\"max_digits\":3,"
             "\"match\":\"(?<imei>\\\\d{3})\"}]}", "max_digits", 0);
    load_err("{\"id\":\"t\",\"redact\":[{\"name\":\"x\",\"min_digits\":3,\"max_digits\":3,"
             "\"match\":\"(?<imei>\\\\d{3})\",\n\"samples\":[\"x 123 y\",\"x1234\"]}]}",
             "has no run of 3 to max_digits digits", 2);
    /* a child's entry of the same name replaces the base's */
    const char *child = "{\"id\":\"c\",\"extends\":\"3gpp\",\"redact\":[{\"name\":\"imei-bare\","
                        "\"after\":\"^AT\\\\+XSN$\",\"match\":\"^(?<imei>\\\\d{15})$\"}]}";
    ats_profile *p;
    ats_error e;
    assert_int_equal(ats_profile_load_buffer(&p, child, strlen(child), "c.json", &e), 0);
    ats_redact_map *m;
    assert_int_equal(ats_redact_map_new(&m, 0), 0);
    static const in_line in[] = {T("AT+CGSN"), T("356938035643801"), T("AT+XSN"),
                                 T("356938035643801")};
    static const char *const want[] = {"AT+CGSN", "356938035643801", "AT+XSN", "<IMEI-1>"};
    stage(p, m, in, NE(in), want);
    ats_redact_map_free(m);
    ats_profile_free(p);
}

/* The digit gate (min_digits, max_digits) before an unanchored pattern: it
 * never refuses a line the pattern matches. The base's IMEI-anywhere entry
 * over lines of hex, words and digit runs of 1 to 20 digits (runs of 15 at
 * the line's edges, beside letters, beside other digits' neighbours), and
 * its masking: a 15-digit number in a hex payload is masked, the longer
 * runs of a hex payload are not tried. */
static void test_digit_gate_exact(void **state)
{
    (void)state;
    const ats_predact *e = NULL;
    for (size_t i = 0; i < base->nredact; i++)
        if (!strcmp(base->redact[i].name, "imei-anywhere"))
            e = &base->redact[i];
    assert_non_null(e);
    assert_int_equal(e->min_digits, 15);
    assert_int_equal(e->max_digits, 15);
    pcre2_match_data *md = pcre2_match_data_create(8, NULL);
    static const char alpha[] = "0123456789ABCDEF ,:+x\"";
    uint64_t seed = 12345;
    char line[200];
    size_t matched = 0, gated = 0;
    for (int it = 0; it < 40000; it++) {
        size_t n = 0, want = 0;
        while (n < 120) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            unsigned r = (unsigned)(seed >> 33);
            if (r % 4 == 0) {   /* a run of 1..20 digits */
                size_t k = 1 + (r >> 8) % 20;
                for (size_t j = 0; j < k && n < sizeof line - 1; j++)
                    line[n++] = (char)('0' + (r >> (j % 16)) % 10);
            } else {
                line[n++] = alpha[(r >> 8) % (sizeof alpha - 1)];
            }
        }
        want = pcre2_match(e->match.code, (PCRE2_SPTR)line, n, 0, 0, md, NULL) > 0;
        int gate = ats_redact_digit_gate(e, line, n);
        if (want && !gate)
            fail_msg("the gate refuses \"%.*s\", which the pattern matches", (int)n, line);
        matched += want;
        gated += !gate;
    }
    assert_true(matched > 1000);   /* both answers were asked for many times */
    assert_true(gated > 1000);
    pcre2_match_data_free(md);
    /* a whole run, whatever is beside it; not one of 14 or 16 */
    assert_true(ats_redact_digit_gate(e, "490154203237518", 15));
    assert_true(ats_redact_digit_gate(e, "AB490154203237518CD", 19));
    assert_true(ats_redact_digit_gate(e, "1234567890123456 490154203237518", 32));
    assert_false(ats_redact_digit_gate(e, "4901542032375181", 16));
    assert_false(ats_redact_digit_gate(e, "49015420323751 4901542032375181", 31));
    ats_redact_map *m;
    assert_int_equal(ats_redact_map_new(&m, 0), 0);
    static const in_line in[] = {T("+MIPRTCP: 1,0,3A490154203237518FF"),
                                 T("+MIPRTCP: 1,0,3A4901542032375180FF49015420323751")};
    static const char *const want[] = {"+MIPRTCP: 1,0,3A<IMEI-1>FF",
                                       "+MIPRTCP: 1,0,3A4901542032375180FF49015420323751"};
    stage(base, m, in, NE(in), want);
    ats_redact_map_free(m);
}

/* The memo of repeated lines (redact.c memo_slot) changes no line: random
 * runs of lines drawn from a small set (so most repeat), masked by a
 * redactor with the memo and one without, read the same, line by line.
 * The set has what the memo's key must tell apart: values the map learns
 * only later (a word masked once known), bare answers that only the
 * command before them makes values (AT+CIMI, then the IMSI; "after"
 * patterns and next_kind), a command repeated (it sets what follows), the
 * same bytes from the host and from the modem, host-log lines, lines after
 * a prompt, Luhn-valid and -invalid numbers differing in their last byte at
 * every length up to the memo's longest and past it. */
typedef struct seq_out {
    char text[256];
} seq_out;

static int keep_seq(void *user, const ats_line *l)
{
    seq_out *o = user;
    put(o->text, sizeof o->text, 0, l->text.ptr, l->text.len);
    return 0;
}

static void test_memo_same(void **state)
{
    (void)state;
    static const char *const words[] = {
        "AT+CIMI", "AT+CSQ", "AT+CGSN", "AT+CNUM", "AT+CPIN=\"1234\"", "OK", "ERROR",
        "460001234567899", "(46000123456789)", "+CIMI: 46000123456789", "46000123456789",
        "490154203237518", "490154203237519", "IMEI: 356938035643809", "+CSQ: 26,99",
        "+CNUM: \"\",\"+441234567890\",145", "call +441234567890 now", "RING",
        "AT+CMGS=\"+441234567890\"", "hello there", "+CMGS: 12", "ATD+449876543210;",
        "write command 'AT+CPIN=\"4321\"'", "AT+CPIN?", "+CPIN: READY", "AT+GSN", "",
        "+CMT: \"+441234567890\",,\"24/01/01,12:00:00+00\"", "+CMGR: \"REC READ\",\"+441234567890\"",
        "AT+CMGR=1", "hello there", "hello there", "+CMGR: 0,,24", "+CMT: ,24", "0791448720003023",
    };
    char longs[2][80][96];
    for (int v = 0; v < 2; v++)
        for (int k = 0; k < 80; k++)   /* lengths 16..95, the last byte decides */
            snprintf(longs[v][k], sizeof longs[v][k], "%.*s 49015420323751%c",
                     k, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCD",
                     v ? '8' : '9');
    static const ats_line_kind kinds[] = {ATS_LINE_TEXT, ATS_LINE_TEXT, ATS_LINE_TEXT,
                                          ATS_LINE_HOST_LOG, ATS_LINE_UNPARSED};
    static const ats_dir dirs[] = {ATS_DIR_UNKNOWN, ATS_DIR_TX, ATS_DIR_RX};
    const ats_profile *profiles[] = {base, l610, bg96};
    uint64_t seed = 99;
    for (int run = 0; run < 60; run++) {
        ats_redact_map *m[2];
        seq_out o[2];
        ats_redactor *r[2];
        ats_error e;
        const ats_profile *p = profiles[run % 3];
        for (int w = 0; w < 2; w++) {
            assert_int_equal(ats_redact_map_new(&m[w], run % 2 ? ATS_REDACT_HOSTS : 0), 0);
            assert_int_equal(ats_redactor_new(&r[w], p, m[w], keep_seq, &o[w], &e), 0);
        }
        ats_redactor_no_memo(r[1]);
        for (int i = 0; i < 400; i++) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            unsigned x = (unsigned)(seed >> 33);
            ats_line l;
            memset(&l, 0, sizeof l);
            const char *t = x % 5 == 0 ? longs[(x >> 3) & 1][(x >> 4) % 80]
                                       : words[(x >> 3) % (sizeof words / sizeof *words)];
            l.kind = kinds[(x >> 10) % 5 < 3 ? 0 : (x >> 10) % 5];
            l.dir = run % 4 == 0 ? dirs[(x >> 14) % 3] : ATS_DIR_UNKNOWN;
            l.flags = (x >> 17) % 4 == 0 ? ATS_LF_AFTER_PROMPT : 0;
            l.text.ptr = t;
            l.text.len = strlen(t);
            l.line = (uint64_t)i + 1;
            for (int w = 0; w < 2; w++) {
                o[w].text[0] = 0;
                assert_int_equal(ats_redactor_feed(r[w], &l, &e), 0);
            }
            if (strcmp(o[0].text, o[1].text))
                fail_msg("run %d line %d \"%s\": with the memo \"%s\", without \"%s\"", run, i,
                         t, o[0].text, o[1].text);
        }
        assert_int_equal(ats_redact_map_count(m[0]), ats_redact_map_count(m[1]));
        for (int w = 0; w < 2; w++) {
            assert_int_equal(ats_redactor_finish(r[w], &e), 0);
            ats_redactor_free(r[w]);
            ats_redact_map_free(m[w]);
        }
    }
}

/* The memo's key (internal.h ats_line_key_load): the same bytes anywhere in
 * memory give the same words; a change of any byte, at every length up to
 * the longest kept, gives other words. */
static void test_line_key(void **state)
{
    (void)state;
    char a[ATS_LINE_KEY_MAX + 16], b[ATS_LINE_KEY_MAX + 16];
    uint64_t seed = 7;
    for (size_t n = 0; n <= ATS_LINE_KEY_MAX; n++)
        for (int it = 0; it < 20; it++) {
            for (size_t i = 0; i < n; i++) {
                seed = seed * 6364136223846793005ull + 1442695040888963407ull;
                a[i] = (char)(seed >> 56);
            }
            size_t off = (size_t)it % 9;
            memset(b, 0x55, sizeof b);
            memcpy(b + off, a, n);
            ats_line_key ka, kb;
            uint64_t ha = ats_line_key_load(&ka, a, n), hb = ats_line_key_load(&kb, b + off, n);
            assert_true(ha == hb && ha != 0 && ka.nw == kb.nw && ka.nw == (n + 7) / 8);
            assert_true(ats_line_key_same(ka.w, &kb));
            for (size_t i = 0; i < n; i++) {
                b[off + i] ^= (char)(1 << (it % 8));
                ats_line_key_load(&kb, b + off, n);
                assert_false(ats_line_key_same(ka.w, &kb));
                b[off + i] ^= (char)(1 << (it % 8));
            }
        }
}

static int setup(void **state)
{
    (void)state;
    ats_error e;
    if (ats_profile_load_builtin(&base, "3gpp", &e) < 0 ||
        ats_profile_load_builtin(&l610, "fibocom-l610", &e) < 0 ||
        ats_profile_load_builtin(&bg96, "quectel-bg96", &e) < 0) {
        fprintf(stderr, "%s\n", e.msg);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    ats_profile_free(base);
    ats_profile_free(l610);
    ats_profile_free(bg96);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_identifiers),  cmocka_unit_test(test_context),
        cmocka_unit_test(test_sms),
        cmocka_unit_test(test_quoted_command_in_host_log),          cmocka_unit_test(test_credentials_and_hosts),
        cmocka_unit_test(test_merge_and_freeze), cmocka_unit_test(test_parser_chunked),
        cmocka_unit_test(test_profile_keys), cmocka_unit_test(test_line_shapes),
        cmocka_unit_test(test_private_key), cmocka_unit_test(test_digit_gate_exact),
        cmocka_unit_test(test_memo_same), cmocka_unit_test(test_line_key),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
