/* test_builder.c - every line kind and transaction shape of the transcript
 * model, asserted as exact records; each input is also fed one byte at a
 * time and in random chunks and must give the same records. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include "collect.h"
#include "internal.h"   /* ats_builder_no_facts, ats_builder_use_keys */

static ats_profile *prof;

static int setup(void **state)
{
    (void)state;
    ats_error e;
    return ats_profile_load_builtin(&prof, NULL, &e);
}

static int teardown(void **state)
{
    (void)state;
    ats_profile_free(prof);
    return 0;
}

/* Chunks of a multiplexed capture: each its channel's (CMUX DLCI), as the
 * trace reader gives them, at source line i + 1. */
typedef struct mux_chunk {
    ats_dir dir;
    unsigned channel;
    const char *text;
} mux_chunk;

/* An input: plain bytes (in, len) or a multiplexed capture's chunks. */
typedef struct feed {
    const ats_profile *p;
    const char *in;
    size_t len;
    const mux_chunk *mux;
    size_t nmux;
    const int64_t *ms;           /* each chunk's time since the start (ms); NULL: none */
    const uint64_t *lines;       /* each chunk's source line; NULL: i + 1 */
} feed;

/* The records of f fed in pieces of `piece` bytes (0: whole; with a seed,
 * random sizes up to piece). */
static void run(collect *c, const feed *f, size_t piece, unsigned seed)
{
    if (!f->mux) {
        assert_int_equal(col_run(c, f->p, f->in, f->len, piece, seed, NULL), 0);
        return;
    }
    ats_parser *ps;
    ats_error e;
    memset(c, 0, sizeof *c);
    assert_int_equal(ats_parser_new(&ps, f->p, NULL, col_cb, c, &e), 0);
    uint64_t off = 0;
    for (size_t i = 0; i < f->nmux; i++) {
        size_t len = strlen(f->mux[i].text);
        for (size_t at = 0; at < len;) {
            size_t want = piece;
            if (seed) {
                seed = seed * 1103515245u + 12345u;
                want = 1 + (seed >> 8) % piece;
            }
            size_t k = want && want < len - at ? want : len - at;
            ats_chunk ch;
            memset(&ch, 0, sizeof ch);
            ch.bytes = (const uint8_t *)f->mux[i].text + at;
            ch.len = k;
            ch.dir = f->mux[i].dir;
            ch.line = f->lines ? f->lines[i] : i + 1;
            ch.offset = off;
            if (f->ms) {
                ch.time.kind = ATS_TIME_RELATIVE;
                ch.time.us = f->ms[i] * 1000;
            }
            ch.flags = ATS_CF_NO_NOTES | ATS_CF_MUX;
            ch.channel = f->mux[i].channel;
            assert_int_equal(ats_parser_feed_chunk(ps, &ch, &e), 0);
            at += k;
            off += k;
        }
    }
    assert_int_equal(ats_parser_finish(ps, &e), 0);
    ats_parser_free(ps);
}

/* The whole input must give exactly `want`; every chunking the same. */
static void check_feed(const feed *f, const char *const *want, size_t nwant)
{
    collect whole;
    run(&whole, f, 0, 0);
    int same = whole.n == nwant;
    for (size_t i = 0; same && i < nwant; i++)
        same = strcmp(whole.rec[i], want[i]) == 0;
    if (!same) {
        fprintf(stderr, "records differ; got:\n");
        col_print(&whole, stderr);
    }
    assert_true(same);
    static const size_t sizes[] = {1, 2, 3, 7, 64};
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        collect c;
        run(&c, f, sizes[s], 0);
        assert_true(col_equal(&whole, &c));
        col_free(&c);
    }
    for (unsigned seed = 1; seed <= 20; seed++) {
        collect c;
        run(&c, f, 9, seed);
        assert_true(col_equal(&whole, &c));
        col_free(&c);
    }
    /* plain bytes: every split into two pieces */
    for (size_t cut = 1; !f->mux && cut < f->len; cut++) {
        collect c;
        memset(&c, 0, sizeof c);
        ats_parser *ps;
        ats_error e;
        assert_int_equal(ats_parser_new(&ps, f->p, NULL, col_cb, &c, &e), 0);
        char *a = malloc(cut), *b = malloc(f->len - cut);
        memcpy(a, f->in, cut);
        memcpy(b, f->in + cut, f->len - cut);
        assert_int_equal(ats_parser_feed(ps, a, cut, &e), 0);
        assert_int_equal(ats_parser_feed(ps, b, f->len - cut, &e), 0);
        assert_int_equal(ats_parser_finish(ps, &e), 0);
        free(a);
        free(b);
        ats_parser_free(ps);
        assert_true(col_equal(&whole, &c));
        col_free(&c);
    }
    col_free(&whole);
}

static void check_with(const ats_profile *p, const char *in, size_t len, const char *const *want,
                       size_t nwant)
{
    feed f = {p, in, len, NULL, 0, NULL, NULL};
    check_feed(&f, want, nwant);
}

#define MUX_CHECK(in, ...)                                                               \
    do {                                                                                 \
        static const char *const want_[] = {__VA_ARGS__};                                \
        feed f_ = {prof, NULL, 0, in, sizeof in / sizeof in[0], NULL, NULL};             \
        check_feed(&f_, want_, sizeof want_ / sizeof want_[0]);                          \
    } while (0)

static void check(const char *in, size_t len, const char *const *want, size_t nwant)
{
    check_with(prof, in, len, want, nwant);
}

#define CHECK(in, ...)                                                                   \
    do {                                                                                 \
        static const char *const want_[] = {__VA_ARGS__};                                \
        check(in, sizeof(in) - 1, want_, sizeof want_ / sizeof want_[0]);                \
    } while (0)
static void test_echo_on_query(void **state)
{
    (void)state;
    CHECK("AT+CSQ\r\r\n+CSQ: 31,99\r\n\r\nOK\r\n",
          "txn L1-4 AT+CSQ complete ok resp=+CSQ: 31,99");
}
static void test_echo_line_twice(void **state)
{
    (void)state;
    CHECK("AT\nAT\nOK\n",
          "txn L1-3 AT complete ok echo");
}
static void test_ate0_no_folding(void **state)
{
    (void)state;
    CHECK("ATE0\nOK\nAT\nAT\nOK\n",
          "txn L1-2 ATE0 complete ok",
          "txn L3-3 AT no-final none chain=2#1",
          "chain L3 x2 succeeded",
          "txn L4-5 AT complete ok chain=2#2");
}
static void test_line_ends(void **state)
{
    (void)state;
    CHECK("AT\rOK\rAT+CSQ\n+CSQ: 1,2\nOK\n\rAT\n\rOK\n\r\r\n\n",
          "txn L1-1 AT complete ok",
          "txn L1-3 AT+CSQ complete ok resp=+CSQ: 1,2",
          "txn L4-5 AT complete ok");
}
static void test_v250_numeric(void **state)
{
    (void)state;
    CHECK("ATV0\r0\rAT+CPIN?\r+CPIN: READY\r0\rATD1;\r3\rAT+X\r4\rATV1\r\r\nOK\r\n",
          "txn L1-1 ATV0 complete ok",
          "txn L1-1 AT+CPIN? complete ok resp=+CPIN: READY",
          "txn L1-1 ATD1; complete no-carrier chain=3#1",
          "chain L1 x1 gave-up",
          "txn L1-1 AT+X complete error chain=4#1",
          "chain L1 x1 gave-up",
          "txn L1-2 ATV1 complete ok");
}
static void test_cme_cms(void **state)
{
    (void)state;
    CHECK("AT+CMEE=1\r\nOK\r\nAT+CIMI\r\n+CME ERROR: 10\r\nAT+CMEE=2\r\nOK\r\nAT+CPIN?\r\n+CME ERROR: SIM not inserted\r\nAT+CMGS=1\r\n+CMS ERROR: 500\r\n",
          "txn L1-2 AT+CMEE=1 complete ok",
          "txn L3-4 AT+CIMI complete cme-error code=10 chain=2#1",
          "chain L3 x1 gave-up",
          "txn L5-6 AT+CMEE=2 complete ok",
          "txn L7-8 AT+CPIN? complete cme-error code=SIM not inserted chain=4#1",
          "chain L7 x1 gave-up",
          "txn L9-10 AT+CMGS=1 complete cms-error code=500 chain=5#1",
          "chain L9 x1 end-of-capture");
}
static void test_urc_vs_response(void **state)
{
    (void)state;
    CHECK("AT+CSQ\r\n+CSQ: 20,99\r\n+MIPRTCP: 1,0,3031\r\nOK\r\n+CGREG: 1\r\nAT+CGREG?\r\n+CGREG: 0,1\r\nOK\r\n+XYZ: 1\r\n",
          "urc L3 +MIPRTCP known inside",
          "txn L1-4 AT+CSQ complete ok resp=+CSQ: 20,99 urcs=1",
          "urc L5 +CGREG known",
          "txn L6-8 AT+CGREG? complete ok resp=+CGREG: 0,1",
          "urc L9 +XYZ unknown");
}
static void test_prompt_fixed(void **state)
{
    (void)state;
    CHECK("AT+MIPSEND=1,5\r\r\n> 12345\r\nOK\r\n\r\n+MIPPUSH: 1,0\r\n\r\n+MIPSEND: 1,0,2048\r\n",
          "urc L5 +MIPPUSH known",
          "txn L1-7 AT+MIPSEND=1,5 complete ok async=success@L7 prompt@L2 payload=5/5:length");
}
static void test_prompt_short_payload(void **state)
{
    (void)state;
    /* the modem answered before the declared length came: its line, and
     * the line end before it, are not payload */
    CHECK("AT+MIPSEND=1,10\r\r\n> 123\r\nOK\r\n",
          "txn L1-3 AT+MIPSEND=1,10 unfinished ok async=pending prompt@L2 payload=3/10:cut");
    CHECK("AT+MIPSEND=1,10\r\r\n> 123\r\n+MIPRTCP: 1,2,ab\r\nERROR\r\n",
          "urc L3 +MIPRTCP known inside",
          "txn L1-4 AT+MIPSEND=1,10 complete error urcs=1 async=none prompt@L2 payload=3/10:cut chain=1#1",
          "chain L1 x1 end-of-capture");
}

/* Undirected capture, a declared length: the host's payload may hold line
 * ends (an HTTP request, a certificate); the lines after the prompt are
 * payload until the length is reached or a line reads as the modem's. */
static void test_prompt_multiline_payload(void **state)
{
    (void)state;
    CHECK("AT+MIPSEND=1,24\r\r\n> GET / HTTP/1.0\r\nA: b\r\n\r\n\r\nOK\r\n"
          "\r\n+MIPPUSH: 1,0\r\n\r\n+MIPSEND: 1,0,2048\r\n",
          "urc L8 +MIPPUSH known",
          "txn L1-10 AT+MIPSEND=1,24 complete ok async=success@L10 prompt@L2 payload=24/24:length");
    /* LF only, and the length reached inside a line: the rest of it is a
     * line of its own */
    CHECK("AT+MIPSEND=1,9\n> ab\ncd\nefgh\nOK\n",
          "txn L1-5 AT+MIPSEND=1,9 unfinished ok resp=h async=pending prompt@L2 payload=9/9:length");
    /* the line ends after the text make up the declared length: payload */
    CHECK("AT+MIPSEND=1,5\r\r\n> 123\r\nOK\r\n",
          "txn L1-3 AT+MIPSEND=1,5 unfinished ok async=pending prompt@L2 payload=5/5:length");
    /* a second line that is the host's next command ends it */
    CHECK("AT+MIPSEND=1,30\r\n> abc\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n",
          "txn L1-2 AT+MIPSEND=1,30 no-final none async=none prompt@L2 payload=3/30:cut chain=1#1",
          "chain L1 x1 gave-up",
          "txn L3-5 AT+CSQ complete ok resp=+CSQ: 20,99");
}
/* A command line that ends inside a quoted string (nRF91 AT%CMNG with a
 * certificate) goes on to the closing quote: the lines between are the
 * string's, line ends kept, unless a line reads as the modem's. */
static void test_quoted_string_over_lines(void **state)
{
    (void)state;
    CHECK("AT+CFUN=4\r\nOK\r\nAT%CMNG=0,1,0,\"-----BEGIN CERTIFICATE-----\r\nMIIB\r\nQUJD\r\n"
          "-----END CERTIFICATE-----\"\r\nOK\r\n",
          "txn L1-2 AT+CFUN=4 complete ok",
          "txn L3-7 AT%CMNG=0,1,0,\"-----BEGIN CERTIFICATE----- complete ok payload=38/-1:quote");
    /* a module that ends the command at the line end answers there: no
     * string follows */
    CHECK("AT+COPS=1,0,\"Oper\r\nERROR\r\nAT\r\nOK\r\n",
          "txn L1-2 AT+COPS=1,0,\"Oper complete error chain=1#1",
          "chain L1 x1 gave-up",
          "txn L3-4 AT complete ok");
    /* the modem talks before the quote closes: the string was cut there */
    CHECK("AT%CMNG=0,1,0,\"-----BEGIN CERTIFICATE-----\r\nMIIB\r\n+CEREG: 1\r\nOK\r\n",
          "urc L3 +CEREG known inside",
          "txn L1-4 AT%CMNG=0,1,0,\"-----BEGIN CERTIFICATE----- complete ok urcs=1 payload=4/-1:cut");
    /* LF only, empty lines inside, arguments after the string, and a
     * string closed on the input's last line */
    CHECK("AT+X=\"a\n\nb\n\",1\nOK\nAT+Y=\"c\nd\"",
          "txn L1-5 AT+X=\"a complete ok payload=5/-1:quote",
          "txn L6-7 AT+Y=\"c unfinished none payload=2/-1:quote");
}
/* A plain terminal log of a sketch: its sentences after a command the modem
 * did not answer are the sketch's when its next command follows them, the
 * command's responses when the modem goes on (a final, an information
 * line), and an SMS body after its +CMGR: line is the modem's whatever
 * follows it. */
static void test_sentences_before_a_command(void **state)
{
    (void)state;
    CHECK("AT+CFUN=0\r\nFailed to restart modem, attempting to continue\r\n\r\n"
          "Waiting for the modem...\r\nAT\r\nOK\r\n"
          "AT+XDEMO?\r\nmodule is in demo mode\r\nOK\r\n"
          "AT+CMGR=1\r\n+CMGR: \"REC READ\",\"+15550100\"\r\nsee you at the station\r\nAT\r\nOK\r\n"
          "AT+CSQ\r\nrunning late, be there soon.\r\n",
          "host L2 Failed to restart modem, attempting to c",
          "host L4 Waiting for the modem...",
          "txn L1-1 AT+CFUN=0 no-final none chain=1#1",
          "chain L1 x1 gave-up",
          "txn L5-6 AT complete ok",
          "txn L7-9 AT+XDEMO? complete ok resp=module is in demo mode",
          "txn L10-12 AT+CMGR=1 no-final none resp=+CMGR: \"REC READ\",\"+15550100\"|see you at the station chain=6#1",
          "chain L10 x1 gave-up",
          "txn L13-14 AT complete ok",
          "txn L15-16 AT+CSQ unfinished none resp=running late, be there soon.");
}
/* A sketch's word that starts with the prefix ("Attached!", "attempting
 * to attach") is its text, not basic commands T A C H E D; typed basic
 * commands keep reading ("ati", "ATE0", "atdt5551234"). */
static void test_at_words(void **state)
{
    (void)state;
    CHECK("AT+CGATT=1\r\nOK\r\nAttached!\r\nattempting to connect\r\nati\r\nQuectel\r\nOK\r\n"
          "atdt5551234\r\nNO CARRIER\r\n",
          "txn L1-2 AT+CGATT=1 complete ok",
          "unparsed L3 text-outside-command Attached!",
          "unparsed L4 text-outside-command attempting to connect",
          "txn L5-7 ati complete ok resp=Quectel",
          "txn L8-9 atdt5551234 complete no-carrier chain=5#1",
          "chain L8 x1 end-of-capture");
}
static void test_prompt_note_instead_of_payload(void **state)
{
    (void)state;
    CHECK("AT+MIPSEND=1,15\n> //input 15 chars\n+MIPPUSH: 1,0\n+MIPSEND: 1,0,2048\nOK\n",
          "note L2",
          "txn L1-5 AT+MIPSEND=1,15 complete ok resp=+MIPPUSH: 1,0 async=success@L4 prompt@L2 payload=0/15:none");
}
static void test_ctrlz_and_esc(void **state)
{
    (void)state;
    CHECK("AT+CMGS=\"123\"\r\r\n> hi\x1a\r\n+CMGS: 1\r\n\r\nOK\r\nAT+CMGS=\"123\"\r\r\n> bye\x1b\r\nOK\r\nAT+CMGS=\"1\"\r\r\n> a\r\r\n> b\x1a\r\nOK\r\n",
          "txn L1-5 AT+CMGS=\"123\" complete ok resp=+CMGS: 1 prompt@L2 payload=2/-1:ctrl-z",
          "txn L6-8 AT+CMGS=\"123\" complete ok prompt@L7 payload=3/-1:esc",
          "txn L9-12 AT+CMGS=\"1\" complete ok prompt@L10 payload=2/-1:ctrl-z");
}
static void test_data_mode_escape_ato_nocarrier(void **state)
{
    (void)state;
    CHECK("AT+MIPODM=1,,\"1.2.3.4\",9000,0\r\nOK\r\n+MIPODM: 1,1\r\nhello\r\nworld+++\r\nOK\r\nAT+MIPODM?\r\n+MIPODM: 2,3\r\nOK\r\nATO\r\nmore data\r\nNO CARRIER\r\nAT\r\nOK\r\n",
          "txn L1-3 AT+MIPODM=1,,\"1.2.3.4\",9000,0 complete ok async=success@L3 data-mode",
          "data L4-6 transparent 13 end=escape",
          "txn L7-9 AT+MIPODM? complete ok resp=+MIPODM: 2,3",
          "txn L10-10 ATO complete none data-mode",
          "data L11-12 transparent 9 end=no-carrier",
          "txn L13-14 AT complete ok");
}
/* V.250 6.3.7: ATO answered NO CARRIER (no connection to return to) or an
 * error leaves the module in command mode: that line is ATO's final, and the
 * next command is read as one (before: the final lost, a data stretch ended
 * by NO CARRIER, and after ERROR every later line data) */
static void test_ato_failure_stays_in_command_mode(void **state)
{
    (void)state;
    CHECK("ATD*99#\r\nCONNECT\r\nabc\r\n+++\r\nOK\r\nATO\r\nNO CARRIER\r\nAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n"
          "ATO\r\nERROR\r\nAT\r\nOK\r\n",
          "txn L1-2 ATD*99# complete connect data-mode",
          "data L3-5 transparent 6 end=escape",
          "txn L6-7 ATO complete no-carrier chain=3#1",
          "chain L6 x1 gave-up",
          "txn L8-10 AT+CSQ complete ok resp=+CSQ: 20,99",
          "txn L11-12 ATO complete error chain=5#1",
          "chain L11 x1 gave-up",
          "txn L13-14 AT complete ok");
    /* a URC before ATO's answer is a URC, the CONNECT after it ATO's */
    CHECK("ATD*99#\r\nCONNECT\r\nabc\r\n+++\r\nOK\r\nATO\r\n+CREG: 1\r\nCONNECT\r\nmore\r\nNO CARRIER\r\n",
          "txn L1-2 ATD*99# complete connect data-mode",
          "data L3-5 transparent 6 end=escape",
          "urc L7 +CREG known inside",
          "txn L6-8 ATO complete connect urcs=1 data-mode",
          "data L9-10 transparent 4 end=no-carrier");
}
static void test_data_mode_link_drop(void **state)
{
    (void)state;
    CHECK("AT+MIPODM=1,,\"h\",1,0\r\nOK\r\n+MIPODM: 1,1\r\nabc\r\n+MIPSTAT: 1,1\r\nAT\r\nOK\r\n",
          "txn L1-3 AT+MIPODM=1,,\"h\",1,0 complete ok async=success@L3 data-mode",
          "data L4-5 transparent 3 end=link-drop",
          "urc L5 +MIPSTAT known",
          "txn L6-7 AT complete ok");
}
/* SIMCom's "CONNECT OK" arrives after the OK of AT+CIPSTART, here while the
 * next command waits: it must neither end that command nor start data mode. */
static void test_connect_ok_not_final(void **state)
{
    (void)state;
    CHECK("AT+CIPSTART=\"TCP\",\"1.2.3.4\",80\r\r\nOK\r\nAT+CSQ\r\r\nCONNECT OK\r\n"
          "+CSQ: 20,99\r\n\r\nOK\r\n",
          "txn L1-2 AT+CIPSTART=\"TCP\",\"1.2.3.4\",80 complete ok",
          "txn L3-7 AT+CSQ complete ok resp=CONNECT OK|+CSQ: 20,99");
}

static void test_connect_final_data(void **state)
{
    (void)state;
    CHECK("ATD*99#\r\nCONNECT 150000000\r\n~\x7e\xff\r\nNO CARRIER\r\nAT\r\nOK\r\n",
          "txn L1-2 ATD*99# complete connect code=150000000 data-mode",
          "data L3-4 transparent 3 end=no-carrier",
          "txn L5-6 AT complete ok");
}
static void test_async_by_id(void **state)
{
    (void)state;
    CHECK("AT+MIPOPEN=1,,\"h\",1,0\r\nOK\r\nAT+MIPOPEN=2,,\"h\",2,0\r\nOK\r\n+MIPOPEN: 2,1\r\n+MIPOPEN: 1,1\r\n",
          "txn L3-5 AT+MIPOPEN=2,,\"h\",2,0 complete ok async=success@L5",
          "txn L1-6 AT+MIPOPEN=1,,\"h\",1,0 complete ok async=success@L6");
}
static void test_async_failure_and_error(void **state)
{
    (void)state;
    CHECK("AT+MIPCALL=1\r\nOK\r\n+MIPCALL: 0\r\nAT+MIPOPEN=3,,\"h\",1,0\r\nERROR\r\nAT+MIPOPEN=4,,\"h\",1,0\r\nOK\r\n+MIPSTAT: 4,2\r\n",
          "txn L1-3 AT+MIPCALL=1 complete ok async=failure@L3 chain=1#1",
          "chain L1 x1 gave-up",
          "txn L4-5 AT+MIPOPEN=3,,\"h\",1,0 complete error async=none chain=2#1",
          "chain L4 x1 gave-up",
          "txn L6-8 AT+MIPOPEN=4,,\"h\",1,0 complete ok async=failure@L8 chain=3#1",
          "chain L6 x1 end-of-capture");
}
static void test_retry_chain(void **state)
{
    (void)state;
    CHECK("AT+MIPOPEN=2,,\"h\",1,0\r\nERROR\r\nAT+MIPOPEN?\r\n+MIPOPEN: 2,3\r\nOK\r\nAT+MIPOPEN = 2,,\"H\",1,0\r\nOK\r\n+MIPOPEN: 2,1\r\nAT+CSQ\r\nOK\r\n",
          "txn L1-2 AT+MIPOPEN=2,,\"h\",1,0 complete error async=none chain=1#1",
          "txn L3-5 AT+MIPOPEN? complete ok resp=+MIPOPEN: 2,3",
          "chain L1 x2 succeeded",
          "txn L6-8 AT+MIPOPEN = 2,,\"H\",1,0 complete ok async=success@L8 chain=1#2",
          "txn L9-10 AT+CSQ complete ok");
}
static void test_retry_gave_up(void **state)
{
    (void)state;
    CHECK("AT+CPIN?\r\nERROR\r\nAT+CPIN?\r\nERROR\r\nAT+CFUN=4\r\nOK\r\n",
          "txn L1-2 AT+CPIN? complete error chain=1#1",
          "txn L3-4 AT+CPIN? complete error chain=1#2",
          "chain L1 x2 gave-up",
          "txn L5-6 AT+CFUN=4 complete ok");
}
static void test_multi_command(void **state)
{
    (void)state;
    CHECK("AT+CSQ;+CGREG?\r\n+CSQ: 20,99\r\n+CGREG: 0,1\r\nOK\r\nATE0V1\r\nOK\r\n",
          "txn L1-4 AT+CSQ;+CGREG? complete ok resp=+CSQ: 20,99|+CGREG: 0,1",
          "txn L5-6 ATE0V1 complete ok");
}
static void test_no_final_and_unfinished(void **state)
{
    (void)state;
    CHECK("AT+CGSN\r\nAT+CGSN\r\n866123456789012\r\nOK\r\nAT+MIPOPEN=1,,\"h\",1,0\r\nOK\r\nAT+MIPSE",
          "txn L1-4 AT+CGSN complete ok echo resp=866123456789012",
          "unparsed L7 command-cut-at-end AT+MIPSE",
          "txn L5-6 AT+MIPOPEN=1,,\"h\",1,0 unfinished ok async=pending");
    /* a last line with no line end that is not a command is read as usual */
    CHECK("AT+CSQ\r\n+CSQ: 1,2\r\nOK",
          "txn L1-3 AT+CSQ complete ok resp=+CSQ: 1,2");
}
static void test_annotations(void **state)
{
    (void)state;
    CHECK("//header note\nAT //send AT\nOK // fine\nAT+HTTP=\"http://x//y\"\nOK\n",
          "note L1",
          "note L2",
          "txn L2-3 AT complete ok",
          "note L3",
          "txn L4-5 AT+HTTP=\"http://x//y\" complete ok");
}
static void test_unparsed(void **state)
{
    (void)state;
    CHECK("OK\r\ngarbage 123\r\n> \r\nRING\r\n\x01\x02\r\n",
          "unparsed L1 orphan-final OK",
          "unparsed L2 text-outside-command garbage 123",
          "unparsed L3 text-outside-command > ",
          "urc L4 RING known",
          "unparsed L5 text-outside-command \\x01\\x02");
}
static void test_iprfmt_raw(void **state)
{
    (void)state;
    CHECK("hello before\r\nAT+GTSET=\"IPRFMT\",1\r\nOK\r\n012345678901234\r\n+MIPRTCP: 1,0,30\r\nAT+GTSET=\"IPRFBT\",0\r\nOK\r\nstill raw\r\n",
          "host L1 hello before", /* a sentence before a command */
          "txn L2-3 AT+GTSET=\"IPRFMT\",1 complete ok",
          "data L4-4 received 15 end=",
          "urc L5 +MIPRTCP known",
          "txn L6-7 AT+GTSET=\"IPRFBT\",0 complete ok",
          "data L8-8 received 9 end=");
}
static void test_boot_report(void **state)
{
    (void)state;
    CHECK("AT\r\nAT command ready\r\n+SIM READY\r\nAT\r\nOK\r\n",
          "urc L2 AT command ready known inside",
          "urc L3 +SIM READY known inside",
          "txn L1-3 AT no-final none urcs=2 chain=1#1",
          "chain L1 x2 succeeded",
          "txn L4-5 AT complete ok chain=1#2");
}
static void test_completion_before_final(void **state)
{
    (void)state;
    CHECK("AT+MIPSEND=1,2\n>\n+MIPPUSH: 1,0\n+MIPSEND: 1,0,2048\nOK\n",
          "txn L1-5 AT+MIPSEND=1,2 complete ok resp=+MIPPUSH: 1,0 async=success@L4 prompt@L2 payload=0/2:none");
}
static void test_profile_final(void **state)
{
    (void)state;
    CHECK("AT+MIPSEND=1,2\r\n> ab\r\nSEND FAIL\r\n",
          "txn L1-3 AT+MIPSEND=1,2 complete error async=none prompt@L2 payload=2/2:length chain=1#1",
          "chain L1 x1 end-of-capture");
}

/* More than max_pending_async waiters: the oldest gives up its completion,
 * so memory stays bounded whatever the capture does. */
static void test_pending_cap(void **state)
{
    (void)state;
    char in[4096];
    size_t k = 0;
    for (int i = 0; i < 17; i++)
        k += (size_t)snprintf(in + k, sizeof in - k, "AT+MIPOPEN=%d,,\"h\",1,0\r\nOK\r\n", i % 6 + 1);
    collect c;
    assert_int_equal(col_run(&c, prof, in, k, 0, 0, NULL), 0);
    assert_int_equal(c.n, 18);
    assert_string_equal(c.rec[0], "txn L1-2 AT+MIPOPEN=1,,\"h\",1,0 complete ok async=missing chain=1#1");
    assert_string_equal(c.rec[16], "txn L33-34 AT+MIPOPEN=5,,\"h\",1,0 unfinished ok async=pending");
    assert_string_equal(c.rec[17], "chain L1 x1 end-of-capture");
    col_free(&c);
}

/* A line longer than the cap is cut and flagged; the bytes are counted. */
static void test_long_line(void **state)
{
    (void)state;
    size_t n = 200000;
    char *in = malloc(n + 16);
    memset(in, 'A', n);
    memcpy(in + n, "\r\nAT\r\nOK\r\n", 10);
    collect c;
    ats_stats st;
    assert_int_equal(col_run(&c, prof, in, n + 10, 4096, 7, &st), 0);
    assert_int_equal(c.n, 2);
    assert_string_equal(c.rec[0], "unparsed L1 text-outside-command AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA truncated");
    assert_string_equal(c.rec[1], "txn L2-3 AT complete ok");
    assert_int_equal(st.truncated_lines, 1);
    assert_int_equal(st.cut_bytes, n - 65536);
    col_free(&c);
    free(in);
}


/* The candidates of --profile auto: loaded together (the texts they share
 * parsed once, for identification only until completed), each must be the
 * built-in it names, know the same command names, refuse to parse before
 * ats_profile_complete and parse exactly as that one loaded alone does
 * after it. */
static void test_candidates_parse_alike(void **state)
{
    (void)state;
    static const char in[] =
        "AT+CGDCONT=1,\"IP\",\"internet\"\r\r\nOK\r\n"
        "AT+CREG?\r\r\n+CREG: 0,1\r\n\r\nOK\r\n"
        "\r\n+CSQ: 20,99\r\n\r\nRING\r\n"
        "AT+CMGS=\"+15550100\"\r\r\n> hello\x1a\r\n+CMGS: 3\r\n\r\nOK\r\n"
        "AT+CPIN?\r\r\n+CME ERROR: 10\r\n"
        "AT+QIOPEN=1,0,\"TCP\",\"10.0.0.1\",80\r\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n"
        "AT+MIPCALL=1\r\r\nOK\r\n\r\n+MIPCALL: 10.1.2.3\r\n"
        "AT+USOCR=6\r\r\n+USOCR: 0\r\n\r\nOK\r\nATD*99#\r\r\nCONNECT\r\n";
    ats_profile **c;
    size_t n;
    ats_error e;
    assert_int_equal(ats_profile_load_candidates(&c, &n, &e), 0);
    const char *const *ids = ats_profile_builtin_ids();
    size_t nids = 0;
    while (ids[nids])
        nids++;
    assert_int_equal(n, nids);
    assert_true(n >= 2);
    for (size_t i = 0; i < n; i++) {
        ats_profile *one;
        assert_int_equal(ats_profile_load_builtin(&one, ids[i], &e), 0);
        assert_string_equal(ats_profile_id(c[i]), ids[i]);
        collect want, done;
        assert_int_equal(col_run(&want, one, in, sizeof in - 1, 0, 0, NULL), 0);
        assert_int_equal(ats_profile_has_name(c[i], "+CGDCONT", 8), 1);
        assert_int_equal(ats_profile_has_name(c[i], "+cgdcont", 8), 1);
        assert_int_equal(ats_profile_has_name(c[i], "+NOSUCH", 7), 0);
        ats_parser *ps = NULL;
        assert_int_equal(ats_parser_new(&ps, c[i], NULL, NULL, NULL, &e), ATS_EINVAL);
        assert_null(ps);
        assert_non_null(strstr(e.msg, "ats_profile_complete"));
        ats_ruleset *rs = NULL;
        assert_int_equal(ats_ruleset_new(&rs, c[i], &e), ATS_EINVAL);
        assert_int_equal(ats_profile_complete(c[i], &e), 0);
        assert_int_equal(ats_profile_complete(c[i], &e), 0);   /* twice is harmless */
        assert_int_equal(col_run(&done, c[i], in, sizeof in - 1, 7, 0, NULL), 0);
        assert_true(want.n > 10);
        assert_true(col_equal(&want, &done));
        assert_int_equal(ats_ruleset_new(&rs, c[i], &e), 0);
        ats_ruleset_free(rs);
        col_free(&want);
        col_free(&done);
        ats_profile_free(one);
    }
    for (size_t i = 0; i < n; i++)
        ats_profile_free(c[i]);
    free(c);
}

/* Like check(), under the built-in profile id. */
static void check_profile(const char *id, const char *in, size_t len, const char *const *want,
                          size_t nwant)
{
    ats_profile *p;
    ats_error e;
    assert_int_equal(ats_profile_load_builtin(&p, id, &e), 0);
    check_with(p, in, len, want, nwant);
    ats_profile_free(p);
}

#define CHECK_PROFILE(id, in, ...)                                                       \
    do {                                                                                 \
        static const char *const want_[] = {__VA_ARGS__};                                \
        check_profile(id, in, sizeof(in) - 1, want_, sizeof want_ / sizeof want_[0]);    \
    } while (0)

/* Received data a URC announced (Quectel's +QIURC: "recv"), in an undirected
 * log: its bytes span line ends up to the length; a line after a line end
 * that is the modem's (here a URC: the data was not logged whole) ends it. */
static void test_urc_data_lines(void **state)
{
    (void)state;
    CHECK_PROFILE("quectel-bg96",
                  "+QIURC: \"recv\",0,32\r\nHTTP/1.1 200 OK\r\nServer: x\r\n\r\nhi\r\n"
                  "+QIURC: \"recv\",0,50\r\nshort\r\n+QIURC: \"closed\",0\r\n"
                  "AT+QICLOSE=0\r\r\nOK\r\n",
                  "urc L1 +QIURC known",
                  "data L2-2 received 17 end=",          /* "HTTP/1.1 200 OK" and its CR LF */
                  "data L3-3 received 13 end=",          /* "Server: x", CR LF, a blank line */
                  "data L5-5 received 2 end=",           /* "hi": 32 bytes */
                  "urc L6 +QIURC known",
                  "data L7-7 received 7 end=",
                  "urc L8 +QIURC known",
                  "txn L9-10 AT+QICLOSE=0 complete ok");
}

/* Data a URC announced that starts with a line end of its own (Quectel's
 * direct push: +QIURC: "recv",<id>,<len> CR LF, then the bytes, here CR LF
 * abcd): one record from its line ends on. When the modem's next line comes
 * instead (the data was not logged), the line ends were that line's. */
static void test_urc_data_leading_eol(void **state)
{
    (void)state;
    CHECK_PROFILE("quectel-bg96",
                  "+QIURC: \"recv\",0,6\r\n\r\nabcd\r\n"
                  "+QIURC: \"recv\",0,4\r\n\r\n+QIURC: \"closed\",0\r\n"
                  "+QIURC: \"recv\",0,10\r\n\r\n\r\nab\r\ncd\r\n"
                  "AT+QICLOSE=0\r\nOK\r\n",
                  "urc L1 +QIURC known",
                  "data L2-3 received 6 end=",
                  "urc L4 +QIURC known",
                  "urc L6 +QIURC known",
                  "urc L7 +QIURC known",
                  "data L8-10 received 8 end=",   /* CR LF CR LF ab CR LF: one record */
                  "data L11-11 received 2 end=",  /* cd */
                  "txn L12-13 AT+QICLOSE=0 complete ok");
}

/* SIM800 with AT+CIPHEAD=1: "+IPD,<len>:" and the data on the same line,
 * going on over line ends (the one after the URC's text counted as CR LF). */
static void test_urc_data_inline(void **state)
{
    (void)state;
    CHECK_PROFILE("simcom-sim800",
                  "+IPD,40:HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nhi\r\n"
                  "+IPD,5:hello\r\nCLOSED\r\n",
                  "urc L1 +IPD known",
                  "data L1-1 received 15 end=",
                  "data L2-2 received 21 end=",
                  "data L4-4 received 2 end=",
                  "urc L5 +IPD known",
                  "data L5-5 received 5 end=",
                  "urc L6 CLOSED known");
}

/* Undirected, up to Ctrl-Z (SIM800 AT+CIPSEND without a length, a text mode
 * SMS): the host's payload may hold line ends; it runs to the Ctrl-Z, and a
 * line the modem says (a final, a URC, the host's next command) ends it
 * before that line, cut, where no Ctrl-Z came. */
static void test_ctrlz_payload_over_lines(void **state)
{
    (void)state;
    /* GET / HTTP/1.0 CR LF Host: a CR LF CR LF: 16 + 9 + 2 */
    CHECK_PROFILE("simcom-sim800",
                  "AT+CIPSEND\r\r\n> GET / HTTP/1.0\r\nHost: a\r\n\r\n\x1a\r\nSEND OK\r\n",
                  "txn L1-6 AT+CIPSEND complete ok prompt@L2 payload=27/-1:ctrl-z");
    /* the Ctrl-Z was not logged: SEND OK is the modem's, the line ends
     * before it too */
    CHECK_PROFILE("simcom-sim800",
                  "AT+CIPSEND\r\r\n> GET / HTTP/1.0\r\nHost: a\r\n\r\nSEND OK\r\n",
                  "txn L1-5 AT+CIPSEND complete ok prompt@L2 payload=23/-1:cut");
    /* ... nor any answer: the host's next command ends it */
    CHECK_PROFILE("simcom-sim800",
                  "AT+CIPSEND\r\r\n> hello\r\nAT+CIPCLOSE\r\r\nCLOSE OK\r\n",
                  "txn L1-2 AT+CIPSEND no-final none prompt@L2 payload=5/-1:cut chain=1#1",
                  "chain L1 x1 gave-up",
                  "txn L3-4 AT+CIPCLOSE complete ok");
    /* a text's second line typed without the modem's prompt shown */
    CHECK("AT+CMGS=\"1\"\r\r\n> a\r\nb\x1a\r\n+CMGS: 4\r\n\r\nOK\r\n",
          "txn L1-6 AT+CMGS=\"1\" complete ok resp=+CMGS: 4 prompt@L2 payload=4/-1:ctrl-z");
}

/* A command with a prompt whose line ends inside quotes (a terminal that
 * wrapped its echo, a paste that broke the line): the next line that
 * closes the quote and is nothing else is the rest of the command line,
 * not a response. */
static void test_prompt_command_quote_over_lines(void **state)
{
    (void)state;
    CHECK("AT+CMGS=\"+4915112\r\n345678\"\r\n> hi\x1a\r\n+CMGS: 3\r\n\r\nOK\r\n",
          "txn L1-6 AT+CMGS=\"+4915112345678\" complete ok resp=+CMGS: 3 prompt@L3 payload=2/-1:ctrl-z");
    /* the prompt at once: the line was the whole command (prompt seen) */
    CHECK("AT+CMGS=\"+49151\r\n> hi\x1a\r\nOK\r\n",
          "txn L1-3 AT+CMGS=\"+49151 complete ok prompt@L2 payload=2/-1:ctrl-z");
    /* a command line next, not the rest of a string */
    CHECK("AT+CMGS=\"+49151\r\nAT+CMGS=\"+49151\"\r\n> a\x1a\r\nOK\r\n",
          "txn L1-1 AT+CMGS=\"+49151 no-final none chain=1#1",
          "chain L1 x1 gave-up",
          "txn L2-4 AT+CMGS=\"+49151\" complete ok prompt@L3 payload=1/-1:ctrl-z");
    /* a final: the modem refused the line */
    CHECK("AT+CMGS=\"+49151\r\n+CMS ERROR: 304\r\n",
          "txn L1-2 AT+CMGS=\"+49151 complete cms-error code=304 chain=1#1",
          "chain L1 x1 end-of-capture");
    /* the capture ends after the line: a command, unfinished */
    CHECK("AT+CMGS=\"+49151\r\n",
          "txn L1-1 AT+CMGS=\"+49151 unfinished none");
}

/* A long answer wrapped at a terminal's or an issue tracker's width inside
 * a quoted string: the next line closes the quote and is nothing else, so
 * it is the rest of the answer (blank lines a double-spaced paste put
 * between are dropped). Without an open quote, or when the next line is an
 * answer of its own, a final or a URC, nothing is joined. */
static void test_response_wrapped_in_quotes(void **state)
{
    (void)state;
    CHECK("AT+CGDCONT?\r\n+CGDCONT: 1,\"IP\",\"inter\r\nnet\",\"0.0.0.0\",0,0\r\nOK\r\n",
          "txn L1-4 AT+CGDCONT? complete ok resp=+CGDCONT: 1,\"IP\",\"internet\",\"0.0.0.0\",0,0");
    /* three pieces, double-spaced */
    CHECK("AT+COPS=?\n\n+COPS: (2,\"Op A\",\"A\",\"2620\n\n1\",7),(1,\"Op\n\n B\",\"B\",\"26202\",7)\n\nOK\n",
          "txn L1-9 AT+COPS=? complete ok "
          "resp=+COPS: (2,\"Op A\",\"A\",\"26201\",7),(1,\"Op B\",\"B\",\"26202\",7)");
    /* no open quote: two answers, as they came */
    CHECK("AT+CGDCONT?\r\n+CGDCONT: 1,\"IP\",\"a\",\r\n\"0.0.0.0\",0,0\r\nOK\r\n",
          "txn L1-4 AT+CGDCONT? complete ok resp=+CGDCONT: 1,\"IP\",\"a\",|\"0.0.0.0\",0,0");
    /* the next line is an answer of its own, or the final */
    CHECK("AT+CGDCONT?\r\n+CGDCONT: 1,\"IP\",\"a\r\n+CGDCONT: 2,\"IP\",\"b\"\r\nOK\r\n",
          "txn L1-4 AT+CGDCONT? complete ok resp=+CGDCONT: 1,\"IP\",\"a|+CGDCONT: 2,\"IP\",\"b\"");
    CHECK("AT+CGDCONT?\r\n+CGDCONT: 1,\"IP\",\"a\r\nOK\r\n",
          "txn L1-3 AT+CGDCONT? complete ok resp=+CGDCONT: 1,\"IP\",\"a");
    /* a command cut outside quotes (a wrap at a comma) with a number
     * next: nothing tells the rest from an answer, so it is not joined;
     * the command, its final and the answer stay as they came (left: a
     * guess) */
    CHECK("AT+QICSGP=1,\r\n1,\"internet\"\r\nOK\r\n",
          "txn L1-3 AT+QICSGP=1, complete ok resp=1,\"internet\"");
    /* ... but a string argument after the comma, or the comma that goes on
     * after a digit, is no answer's start: joined (a PDF's cut) */
    CHECK("AT+CGDCONT=1,\r\n\"IP\",\"internet\"\r\nOK\r\n",
          "txn L1-3 AT+CGDCONT=1,\"IP\",\"internet\" complete ok");
    CHECK("AT+QICSGP=1,1,\"internet\",\"user\",\"pw\",1\r\n,0\r\nOK\r\n",
          "txn L1-3 AT+QICSGP=1,1,\"internet\",\"user\",\"pw\",1,0 complete ok");
    /* after a digit, a line starting with a number stays the answer it may be */
    CHECK("AT+QIOPEN=1,0,\"TCP\",\"203.0.113.7\",80\r\n80,0,1\r\nOK\r\n",
          "txn L1-3 AT+QIOPEN=1,0,\"TCP\",\"203.0.113.7\",80 complete ok resp=80,0,1");
    /* free text (an SMS body) keeps its lines */
    CHECK("AT+CMGR=1\r\n+CMGR: \"REC READ\",\"+1\"\r\nsay \"hi\r\nthere\" ok\r\nOK\r\n",
          "txn L1-5 AT+CMGR=1 complete ok resp=+CMGR: \"REC READ\",\"+1\"|say \"hi|there\" ok");
}


/* Commands in flight on two CMUX channels at once: each answer goes to the
 * command sent on its own channel, whatever the order they come in; a URC
 * on one channel is not inside the other's command. */
static void test_mux_channels_in_flight(void **state)
{
    (void)state;
    static const mux_chunk two[] = {
        {ATS_DIR_TX, 1, "AT+CGSN\r"},
        {ATS_DIR_TX, 2, "AT+COPS?\r"},
        {ATS_DIR_RX, 2, "\r\n+COPS: 0,0,\"Op\",7\r\n\r\nOK\r\n"},
        {ATS_DIR_RX, 1, "\r\n866425031234567\r\n"},
        {ATS_DIR_RX, 2, "\r\nRING\r\n"},
        {ATS_DIR_RX, 1, "\r\nOK\r\n"},
    };
    MUX_CHECK(two,
              "txn L2-3 AT+COPS? complete ok resp=+COPS: 0,0,\"Op\",7",
              "urc L5 RING known",
              "txn L1-6 AT+CGSN complete ok resp=866425031234567");
    /* one channel's command never answered: unfinished at the end, the
     * other's complete; a new command on a channel ends that channel's */
    static const mux_chunk open[] = {
        {ATS_DIR_TX, 1, "AT+CSQ\r"},
        {ATS_DIR_TX, 2, "AT+CGSN\r"},
        {ATS_DIR_RX, 1, "\r\n+CSQ: 20,99\r\n\r\nOK\r\n"},
        {ATS_DIR_TX, 1, "AT+CREG?\r"},
        {ATS_DIR_TX, 1, "AT+CPIN?\r"},
        {ATS_DIR_RX, 1, "\r\n+CPIN: READY\r\n\r\nOK\r\n"},
    };
    MUX_CHECK(open,
              "txn L1-3 AT+CSQ complete ok resp=+CSQ: 20,99",
              "txn L4-4 AT+CREG? no-final none chain=3#1",
              "txn L5-6 AT+CPIN? complete ok resp=+CPIN: READY",
              "txn L2-2 AT+CGSN unfinished none",
              "chain L4 x1 end-of-capture");
}

/* A command the user edited while typing it at a terminal: the modem
 * executes the edited line (V.250's S5 editing), whether the log holds the
 * BS, the DEL and the "BS SP BS" echo, or the caret notation a terminal
 * rendered them in; a line erased to nothing is no command. Text that is not
 * a command keeps its bytes. */
static void test_backspace_edits(void **state)
{
    (void)state;
    CHECK("AT+CSX\b \bQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\n"
          "AT+CREG\x7f\b \b\b \b\b \b\b \b\b \b\b \b\b \b\r\n"
          "ATI^H^HT+CGMR\r\r\nR01\r\n\r\nOK\r\n"
          "at+cops?\b\b\b\b\b\b\b\b\r\n"
          "ATE1^H ^H0\r\nOK\r\n",
          "txn L1-4 AT+CSQ complete ok resp=+CSQ: 20,99",
          "txn L6-9 AT+CGMR complete ok resp=R01",
          "txn L11-12 ATE0 complete ok");
    /* directed: the host's BS and the modem's echo of it */
    static const mux_chunk dir[] = {
        {ATS_DIR_TX, 0, "AT+CGSX\bN\r"},
        {ATS_DIR_RX, 0, "AT+CGSX\b \bN\r\r\n866425031234567\r\n\r\nOK\r\n"},
    };
    MUX_CHECK(dir, "txn L1-2 AT+CGSN complete ok echo resp=866425031234567");
    /* not a command once edited, or a modem's text: as it came */
    CHECK("AT+CSQ\r\n+CSQ: 20,99\r\nOK\r\nXY\b\bZ^H\r\n",
          "txn L1-3 AT+CSQ complete ok resp=+CSQ: 20,99",
          "unparsed L4 text-outside-command XY\\x08\\x08Z^H");
}

/* A final glued to what came next in an undirected log: the next command
 * ("OKAT+CSQ") or a sketch's print of it ("OKSending: AT+HTTPINIT") is cut
 * off the final, which ends its command; an answer that only starts like a
 * final ("OKAY", "OK1234") is not cut. */
static void test_glued_finals(void **state)
{
    (void)state;
    CHECK("AT+CPIN?\r\n+CPIN: READY\r\nOKAT+CSQ\r\n+CSQ: 20,99\r\nOK\r\n"
          "AT+HTTPINIT\r\nOKSending: AT+HTTPACTION=0\r\nAT+HTTPACTION=0\r\n"
          "ERRORSend AT+HTTPTERM\r\nAT+HTTPTERM\r\nOK\r\n"
          "AT+XNAME\r\nOKAY Then\r\nOK\r\n",
          "txn L1-3 AT+CPIN? complete ok resp=+CPIN: READY",
          "txn L3-5 AT+CSQ complete ok resp=+CSQ: 20,99",
          "txn L6-7 AT+HTTPINIT complete ok",
          "host L7 Sending: AT+HTTPACTION=0",
          "txn L8-9 AT+HTTPACTION=0 complete error chain=5#1",
          "host L9 Send AT+HTTPTERM",
          "chain L8 x1 gave-up",
          "txn L10-11 AT+HTTPTERM complete ok",
          "txn L12-14 AT+XNAME complete ok resp=OKAY Then");
}

/* Prompts on two CMUX channels: a "> " on one channel while the other
 * channel's command is in flight is the prompt of its own channel's
 * command, and the payload after it that command's; both commands end with
 * their own finals. */
/* A final result is never the answer of a command sent after it (held-out
 * batch 14's H6): a reply whose last line's end reached the stream only
 * with the next read, after the next command was written (a trace whose
 * record ended the line in the log alone), began before that command. It
 * is the earlier command's final (held for it: not "after the next", its
 * line came before); the next command keeps waiting for its own final,
 * and no latency comes out negative. */
static void test_final_before_command(void **state)
{
    (void)state;
    static const mux_chunk late[] = {
        {ATS_DIR_TX, 0, "AT+CGATT=1\r"},
        {ATS_DIR_RX, 0, "AT+CGATT=1\r\r\nOK"},
        {ATS_DIR_TX, 0, "AT+CSQ\r"},
        {ATS_DIR_RX, 0, "\r\nAT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\n"},
    };
    static const int64_t late_ms[] = {1000, 1400, 2000, 2050};
    static const char *const want[] = {
        "txn L1-2 AT+CGATT=1 complete ok echo",
        "txn L3-4 AT+CSQ complete ok echo resp=+CSQ: 20,99",
    };
    feed f = {prof, NULL, 0, late, 4, late_ms, NULL};
    check_feed(&f, want, 2);
    /* a newest-first log read last line first: its lines go backwards, its
     * times forwards: the final is the command's */
    static const mux_chunk back[] = {
        {ATS_DIR_TX, 0, "AT+CSQ\r"},
        {ATS_DIR_RX, 0, "\r\n+CSQ: 20,99\r\n\r\nOK\r\n"},
    };
    static const int64_t back_ms[] = {2000, 2050};
    static const uint64_t back_lines[] = {5, 4};
    static const char *const want_back[] = {"txn L5-5 AT+CSQ complete ok resp=+CSQ: 20,99"};
    feed fb = {prof, NULL, 0, back, 2, back_ms, back_lines};
    check_feed(&fb, want_back, 1);
}

/* A host that writes the next command before the last one's final came
 * (node serialport-gsm: its callback fires on the first answer line, then
 * executeNext() writes): directed, the module echoing, every modem line
 * before the next command's echo that is no URC the profile knows is the
 * last command's late answer (V.250: it echoes a command as it reads it,
 * and answers in order). It joins that command, which is held meanwhile
 * (one at most) and written at its final, "final-after-next"; a line not
 * in its shape too (the PDU of AT+CMGL); no retry chain. */
static void test_late_answer_joins(void **state)
{
    (void)state;
    static const mux_chunk in[] = {
        {ATS_DIR_TX, 0, "AT+CPIN?\r"},
        {ATS_DIR_RX, 0, "AT+CPIN?\r\r\n+CPIN: READY\r\n"},
        {ATS_DIR_TX, 0, "AT+CMEE=1\r"},
        {ATS_DIR_RX, 0, "\r\nOK\r\n"},
        {ATS_DIR_RX, 0, "AT+CMEE=1\r\r\nOK\r\n"},
        {ATS_DIR_TX, 0, "AT+CMGL=4\r"},
        {ATS_DIR_RX, 0, "AT+CMGL=4\r\r\n+CMGL: 1,1,,24\r\n"},
        {ATS_DIR_TX, 0, "AT+CMGD=1\r"},
        {ATS_DIR_RX, 0, "07911326040000F0040B911346610089F60000208062917314080CC8F71D14969741F977FD07\r\n"},
        {ATS_DIR_RX, 0, "\r\nOK\r\n"},
        {ATS_DIR_RX, 0, "AT+CMGD=1\r\r\nOK\r\n"},
        /* no late answer: the next command's echo comes first */
        {ATS_DIR_TX, 0, "AT+CSQ\r"},
        {ATS_DIR_TX, 0, "AT+CREG?\r"},
        {ATS_DIR_RX, 0, "AT+CREG?\r\r\n+CREG: 0,1\r\n\r\nOK\r\n"},
    };
    static const int64_t ms[] = {0, 10, 20, 900, 910, 1000, 1010, 1020, 1500, 1510, 1520,
                                 2000, 3000, 3010};
    static const char *const want[] = {
        "txn L1-4 AT+CPIN? complete ok echo final-after-next resp=+CPIN: READY",
        "txn L3-5 AT+CMEE=1 complete ok echo",
        ("txn L6-10 AT+CMGL=4 complete ok echo final-after-next resp=+CMGL: 1,1,,24|"
         "07911326040000F0040B911346610089F60000208062917314080CC8F71D14969741F977FD07"),
        "txn L8-11 AT+CMGD=1 complete ok echo",
        "txn L12-12 AT+CSQ no-final none chain=5#1",
        "txn L13-14 AT+CREG? complete ok echo resp=+CREG: 0,1",
        "chain L12 x1 end-of-capture",
    };
    feed f = {prof, NULL, 0, in, sizeof in / sizeof *in, ms, NULL};
    check_feed(&f, want, sizeof want / sizeof *want);
}

/* With directions known, the modem's echo is the echo however late it
 * comes (held-out batch 14's H5: a Node-RED sidebar's "to modem" record,
 * then the "from modem" echo a second later), and a second write of the
 * same command with no answer between is a retry. */
static void test_directed_echo_late(void **state)
{
    (void)state;
    static const mux_chunk in[] = {
        {ATS_DIR_TX, 0, "AT+CSQ\r\n"},
        {ATS_DIR_RX, 0, "AT+CSQ\r\r\n"},
        {ATS_DIR_RX, 0, "+CSQ: 20,99\r\n\r\nOK\r\n"},
        {ATS_DIR_TX, 0, "AT+CGATT=1\r\n"},
        {ATS_DIR_TX, 0, "AT+CGATT=1\r\n"},
        {ATS_DIR_RX, 0, "AT+CGATT=1\r\r\n"},
        {ATS_DIR_RX, 0, "OK\r\n"},
    };
    static const int64_t ms[] = {1000, 2000, 2000, 5000, 9000, 10000, 11000};
    static const char *const want[] = {
        "txn L1-3 AT+CSQ complete ok echo resp=+CSQ: 20,99",
        "txn L4-4 AT+CGATT=1 no-final none chain=2#1",
        "chain L4 x2 succeeded",
        "txn L5-7 AT+CGATT=1 complete ok echo chain=2#2",
    };
    feed f = {prof, NULL, 0, in, 7, ms, NULL};
    check_feed(&f, want, 4);
}

static void test_mux_prompts(void **state)
{
    (void)state;
    static const mux_chunk sms[] = {
        {ATS_DIR_TX, 1, "AT+CMGS=\"+15550100\"\r"},
        {ATS_DIR_TX, 2, "AT+CSQ\r"},
        {ATS_DIR_RX, 1, "\r\n> "},
        {ATS_DIR_TX, 1, "hello\x1a"},
        {ATS_DIR_RX, 2, "\r\n+CSQ: 20,99\r\n\r\nOK\r\n"},
        {ATS_DIR_RX, 1, "\r\n+CMGS: 5\r\n\r\nOK\r\n"},
    };
    MUX_CHECK(sms,
              "txn L2-5 AT+CSQ complete ok resp=+CSQ: 20,99",
              "txn L1-6 AT+CMGS=\"+15550100\" complete ok resp=+CMGS: 5 prompt@L3 payload=5/-1:ctrl-z");
    /* both channels at their prompts at once (an SMS on 1, a socket send
     * of 5 bytes on 2), the other channel's answer between a prompt and
     * its payload */
    static const mux_chunk two[] = {
        {ATS_DIR_TX, 1, "AT+CMGS=\"+15550100\"\r"},
        {ATS_DIR_TX, 2, "AT+MIPSEND=1,5\r"},
        {ATS_DIR_RX, 1, "\r\n> "},
        {ATS_DIR_RX, 2, "\r\n> "},
        {ATS_DIR_TX, 2, "ab\r\nc"},
        {ATS_DIR_TX, 1, "hi\x1a"},
        {ATS_DIR_RX, 2, "\r\nOK\r\n"},
        {ATS_DIR_RX, 1, "\r\n+CMGS: 6\r\n\r\nOK\r\n"},
    };
    MUX_CHECK(two,
              "txn L1-8 AT+CMGS=\"+15550100\" complete ok resp=+CMGS: 6 prompt@L3 payload=2/-1:ctrl-z",
              /* its completion (+MIPPUSH) is not in the capture */
              "txn L2-7 AT+MIPSEND=1,5 unfinished ok async=pending prompt@L4 payload=5/5:length");
}

/* A screenshot read back by OCR (docs/transcript.md): "0K", "0k", "ERR0R",
 * "+CME ERR0R:" and a SEND OK that lost its blank or its O are the final
 * where a command waits for one, kept as written; an OCR'd command
 * (AT+CS0?) keeps its text and pairs with its answer. Outside a command, as
 * an SMS's text, and as a lone "ok" they are no final. */
static void test_ocr_finals(void **state)
{
    (void)state;
    CHECK("AT+CSQ\r\n+CSQ: 21,99\r\n0K\r\n"
          "AT+CS0?\r\n+CSQ: 21,99\r\n0k\r\n"
          "AT+CGATT=1\r\nERR0R\r\n"
          "AT+CMEE=1\r\nOK\r\nAT+CPIN=1234\r\n+CME ERR0R: 16\r\n"
          "0K\r\n"
          "AT+CGMI\r\nok\r\nOK\r\n",
          "txn L1-3 AT+CSQ complete ok resp=+CSQ: 21,99",
          "txn L4-6 AT+CS0? complete ok resp=+CSQ: 21,99",
          "txn L7-8 AT+CGATT=1 complete error chain=3#1",
          "chain L7 x1 gave-up",
          "txn L9-10 AT+CMEE=1 complete ok",
          "txn L11-12 AT+CPIN=1234 complete cme-error code=16 chain=5#1",
          "unparsed L13 text-outside-command 0K",
          "chain L11 x1 gave-up",
          "txn L14-16 AT+CGMI complete ok resp=ok");
    CHECK_PROFILE("quectel-bg96",
                  "AT+QISEND=0,5\r\n> hello\r\nSENDOK\r\nAT+QISEND=0,5\r\n> world\r\nSEND 0K\r\n",
                  "txn L1-3 AT+QISEND=0,5 complete ok prompt@L2 payload=5/5:length",
                  "txn L4-6 AT+QISEND=0,5 complete ok prompt@L5 payload=5/5:length");
}

/* Lines a second writer tore: a kernel message printed in the middle of
 * the modem's line (its stamp "[ 1234.567890] " after the modem's first
 * bytes) is set aside and the modem's line joined to its rest on the next
 * line; a head that is a final is read at once; a rest that is a line of
 * its own is not joined. A long command a PDF's page width cut inside its
 * quotes or at a word processor's hyphen is joined to its rest; a bare
 * answer after a command is no rest. A page's furniture is set aside. */
static void test_torn_and_cut_lines(void **state)
{
    (void)state;
    CHECK("AT+CSQ\r\n+CSQ: 2[ 1234.567890] usb 1-1.2: USB disconnect\r\n1,99\r\nOK\r\n"
          "AT+CGMR\r\nOK[   12.000001] option1 ttyUSB3: converter now disconnected\r\n"
          "AT+COPS?\r\n+COP[    7.100000] usb 1-1: new device\r\n+CREG: 1\r\nOK\r\n"
          "AT+QICSGP=1,1,\"internet.exam-\r\nple.com\",\"user\",\"secret\",1\r\nOK\r\n"
          "AT+QIOPEN=1,0,\"TCP\",\"203.0.1\r\n13.7\",8080,0,1\r\nOK\r\n"
          "Example Corp Confidential      12 / 40\r\n"
          "AT+NSOST=1,192.0.2.44,5683,4,50494E47\r\n1,4\r\nOK\r\n",
          "note L2",
          "txn L1-4 AT+CSQ complete ok resp=+CSQ: 21,99",
          "note L6",
          "txn L5-6 AT+CGMR complete ok",
          "note L8",
          "urc L9 +CREG known inside",
          "txn L7-10 AT+COPS? complete ok resp=+COP urcs=1",
          "txn L11-13 AT+QICSGP=1,1,\"internet.example.com\",\"user\",\"secret\",1 complete ok",
          "txn L14-16 AT+QIOPEN=1,0,\"TCP\",\"203.0.113.7\",8080,0,1 complete ok",
          "note L17",
          "txn L18-20 AT+NSOST=1,192.0.2.44,5683,4,50494E47 complete ok resp=1,4");
}

/* Like MUX_CHECK, under the built-in profile id (channel 0: a directed
 * capture without CMUX). */
static void mux_check_profile(const char *id, const mux_chunk *in, size_t nin,
                              const char *const *want, size_t nwant)
{
    ats_profile *p;
    ats_error e;
    assert_int_equal(ats_profile_load_builtin(&p, id, &e), 0);
    feed f = {p, NULL, 0, in, nin, NULL, NULL};
    check_feed(&f, want, nwant);
    ats_profile_free(p);
}

#define MUX_CHECK_PROFILE(id, in, ...)                                                   \
    do {                                                                                 \
        static const char *const want_[] = {__VA_ARGS__};                                \
        mux_check_profile(id, in, sizeof in / sizeof in[0], want_,                       \
                          sizeof want_ / sizeof want_[0]);                               \
    } while (0)

/* A send framed by its declared length that the host ends with Ctrl-Z all
 * the same (Docklight's "ping<SUB>"): the 0x1A is the payload's end, and the
 * host's next command is read, in a directed capture and an undirected one;
 * a Ctrl-Z the undirected log shows after the modem's answer, before the
 * next command, is no part of that command either. A Ctrl-Z inside the
 * declared length stays a payload byte. */
static void test_ctrlz_after_length(void **state)
{
    (void)state;
    static const mux_chunk dir[] = {
        {ATS_DIR_TX, 0, "AT+QISEND=0,4\r"},
        {ATS_DIR_RX, 0, "AT+QISEND=0,4\r\r\n> "},
        {ATS_DIR_TX, 0, "ping\x1a"},
        {ATS_DIR_RX, 0, "\r\nSEND OK\r\n"},
        {ATS_DIR_TX, 0, "AT+QIRD=0,1500\r"},
        {ATS_DIR_RX, 0, "AT+QIRD=0,1500\r\r\n+QIRD: 0\r\n\r\nOK\r\n"},
    };
    MUX_CHECK_PROFILE("quectel-bg96", dir,
                      "txn L1-4 AT+QISEND=0,4 complete ok echo prompt@L2 payload=4/4:length",
                      "txn L5-6 AT+QIRD=0,1500 complete ok echo resp=+QIRD: 0");
    CHECK_PROFILE("quectel-bg96",
                  "AT+QISEND=0,5\r\r\n> hello\x1a\r\nSEND OK\r\n"
                  "AT+QISEND=0,5\r\r\n> world\r\nSEND OK\r\n\x1a\x1a"
                  "AT+QIRD=0,1500\r\r\n+QIRD: 0\r\n\r\nOK\r\n"
                  "AT+QISEND=0,3\r\r\n> a\x1a" "b\r\nSEND OK\r\n",
                  "txn L1-3 AT+QISEND=0,5 complete ok prompt@L2 payload=5/5:length",
                  "txn L4-6 AT+QISEND=0,5 complete ok prompt@L5 payload=5/5:length",
                  "txn L7-10 AT+QIRD=0,1500 complete ok resp=+QIRD: 0",
                  "txn L11-13 AT+QISEND=0,3 complete ok prompt@L12 payload=3/3:length");
}

/* A line of commands where one answers without OK (SIMCom's AT+CIFSR, its
 * IP alone: a final of that command only): TinyGSM sends AT+CIFSR;E0 to get
 * an OK. The line's final is its last command's; the IP is an answer. A
 * failure of the first command still ends the line. */
static void test_concatenated_final(void **state)
{
    (void)state;
    CHECK_PROFILE("simcom-sim800",
                  "AT+CIFSR;E0\r\r\n10.45.3.7\r\n\r\nOK\r\n"
                  "AT+CIFSR\r\r\n10.45.3.7\r\n"
                  "AT+CIFSR;E0\r\r\nERROR\r\n",
                  "txn L1-4 AT+CIFSR;E0 complete ok resp=10.45.3.7",
                  "txn L5-6 AT+CIFSR complete ok",
                  "txn L7-8 AT+CIFSR;E0 complete error chain=3#1",
                  "chain L7 x1 end-of-capture");
}

/* A send that carries its data in the command line (Quectel BC66/BC660K
 * AT+QISEND=<id>,<len>,"<data>", AT+QISENDEX=<id>,<len>,"<hex>"): no prompt,
 * OK and then SEND OK, its final; BG96's UDP SERVICE form (a dotted IP
 * third) still asks for a prompt. Directed too: the host's next command is
 * no payload. */
static void test_send_data_in_command(void **state)
{
    (void)state;
    CHECK_PROFILE("quectel-bg96",
                  "AT+QISEND=0,4,\"DEADBEEF\"\r\r\nOK\r\n\r\nSEND OK\r\n"
                  "AT+QISENDEX=0,2,\"CAFE\"\r\r\nOK\r\n\r\nSEND FAIL\r\n"
                  "AT+QISEND=1,2,\"10.7.89.10\",6001\r\r\n> hi\r\nSEND OK\r\n"
                  "AT+QISTATE?\r\r\nOK\r\n",
                  "txn L1-4 AT+QISEND=0,4,\"DEADBEEF\" complete ok resp=OK",
                  "txn L5-8 AT+QISENDEX=0,2,\"CAFE\" complete error resp=OK chain=2#1",
                  "chain L5 x1 gave-up",
                  "txn L9-11 AT+QISEND=1,2,\"10.7.89.10\",6001 complete ok prompt@L10 payload=2/2:length",
                  "txn L12-13 AT+QISTATE? complete ok");
    static const mux_chunk dir[] = {
        {ATS_DIR_TX, 0, "AT+QISEND=0,4,\"DEADBEEF\"\r"},
        {ATS_DIR_RX, 0, "\r\nOK\r\n"},
        {ATS_DIR_RX, 0, "\r\nSEND OK\r\n"},
        {ATS_DIR_TX, 0, "AT+QISTATE?\r"},
        {ATS_DIR_RX, 0, "\r\nOK\r\n"},
    };
    MUX_CHECK_PROFILE("quectel-bg96", dir,
                      "txn L1-3 AT+QISEND=0,4,\"DEADBEEF\" complete ok resp=OK",
                      "txn L4-5 AT+QISTATE? complete ok");
}

/* Data a URC announces taken only from where it can be. Directed: the
 * modem's bytes before the host's next write (a BG95 in buffer access mode
 * says "recv",0,2 and sends nothing until AT+QIRD: the echo of that command
 * is no data; data half come before a write keeps what came). A URC that
 * carries its data on its own line (BC66 with "viewmode" 1, quoted or hex)
 * takes no block after it. A socket opened in buffer access mode
 * (AT+QIOPEN ...,0) makes "recv",<id>,<len> a notice; in direct push mode
 * (...,1) the data follows it. */
static void test_urc_data_where_it_can_be(void **state)
{
    (void)state;
    static const mux_chunk dir[] = {
        {ATS_DIR_RX, 0, "\r\n+QIURC: \"recv\",0,2\r\n"},
        {ATS_DIR_TX, 0, "AT+QIRD=0,1500\r"},
        {ATS_DIR_RX, 0, "AT+QIRD=0,1500\r\r\n+QIRD: 2\r\nhi\r\n\r\nOK\r\n"},
        {ATS_DIR_RX, 0, "\r\n+QIURC: \"recv\",0,6\r\nabc"},
        {ATS_DIR_TX, 0, "AT+CSQ\r"},
        {ATS_DIR_RX, 0, "AT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\n"},
    };
    /* a directed capture that also holds an undirected chunk (a banner): the
     * URC's data is still the modem side's alone, the host's write no part
     * of it (the hint went to every framer: "AT" was the data) */
    static const mux_chunk mixed[] = {
        {ATS_DIR_UNKNOWN, 0, "\r\nRDY\r\n"},
        {ATS_DIR_RX, 0, "\r\n+QIURC: \"recv\",0,2\r\n"},
        {ATS_DIR_TX, 0, "AT+QIRD=0,1500\r"},
        {ATS_DIR_RX, 0, "\r\n+QIRD: 2\r\nhi\r\n\r\nOK\r\n"},
        {ATS_DIR_RX, 0, "\r\n+QIURC: \"recv\",0,3\r\nabc"},
        {ATS_DIR_TX, 0, "AT+CSQ\r"},
        {ATS_DIR_RX, 0, "\r\n+CSQ: 20,99\r\n\r\nOK\r\n"},
    };
    MUX_CHECK_PROFILE("quectel-bg96", mixed,
                      "urc L1 RDY known",
                      "urc L2 +QIURC known",
                      "data L4-4 received 2 end=",
                      "txn L3-4 AT+QIRD=0,1500 complete ok resp=+QIRD: 2",
                      "urc L5 +QIURC known",
                      "data L5-5 received 3 end=",
                      "txn L6-7 AT+CSQ complete ok resp=+CSQ: 20,99");
    MUX_CHECK_PROFILE("quectel-bg96", dir,
                      "urc L1 +QIURC known",
                      "data L3-3 received 2 end=",
                      "txn L2-3 AT+QIRD=0,1500 complete ok echo resp=+QIRD: 2",
                      "urc L4 +QIURC known",
                      "data L4-4 received 3 end=",
                      "txn L5-6 AT+CSQ complete ok echo resp=+CSQ: 20,99");
    CHECK_PROFILE("quectel-bg96",
                  "+QIURC: \"recv\",0,4,\"CAFEBABE\"\r\nAT+QISTATE?\r\r\nOK\r\n"
                  "+QIURC: \"recv\",0,5,hello\r\nAT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\n"
                  "AT+QIOPEN=1,0,\"TCP\",\"10.0.0.1\",7,0,0\r\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n"
                  "+QIURC: \"recv\",0,2\r\nAT+QIRD=0,1500\r\r\n+QIRD: 2\r\nhi\r\n\r\nOK\r\n"
                  "AT+QIOPEN=1,1,\"TCP\",\"10.0.0.1\",7,0,1\r\r\nOK\r\n\r\n+QIOPEN: 1,0\r\n"
                  "+QIURC: \"recv\",1,2\r\nhi\r\n",
                  "urc L1 +QIURC known",
                  "data L1-1 received 10 end=",
                  "txn L2-3 AT+QISTATE? complete ok",
                  "urc L4 +QIURC known",
                  "data L4-4 received 5 end=",
                  "txn L5-8 AT+CSQ complete ok resp=+CSQ: 20,99",
                  "txn L9-12 AT+QIOPEN=1,0,\"TCP\",\"10.0.0.1\",7,0,0 complete ok async=success@L12",
                  "urc L13 +QIURC known",
                  "data L16-16 received 2 end=",
                  "txn L14-18 AT+QIRD=0,1500 complete ok resp=+QIRD: 2",
                  "txn L19-22 AT+QIOPEN=1,1,\"TCP\",\"10.0.0.1\",7,0,1 complete ok async=success@L22",
                  "urc L23 +QIURC known",
                  "data L24-24 received 2 end=");
}

/* The builder's memo of what a line's bytes say (builder.c fact_ent: a
 * fence, a manual's line, a page's furniture) changes no record: random
 * runs of a manual's lines, a log's and a page's, most of them repeats,
 * give the same records with the memo, without it, and with the keys a
 * stage before hands over (right ones, and ones of another line, which
 * must not be taken). */
static void test_facts_same(void **state)
{
    (void)state;
    static const char *const words[] = {
        "Example", "Examples:", "Test Command", "Write Command", "Parameter", "Defined values:",
        "<n>  Integer type. Network registration", "Maximum Response Time", "AT+CREG=?",
        "+CREG: (0-2)", "AT+CREG?", "+CREG: 0,1", "OK", "ERROR", "+CME ERROR: 10", "```", "~~~",
        "Quectel Confidential   25 / 300", "Page 3 of 12", "- 3 -", "12",
        "ATSCOPE(1)   General Commands Manual   ATSCOPE(1)", "Version 1.2   June 2024   1",
        "This is a sentence of more than six words here.", "My log:", "What I get:", "", "RING",
        "AT+CSQ", "+CSQ: 26,99", "AT+CGMR", "Revision: EC21EFAR06A01M4G", "5.9.2 AT+CSQ Signal",
        "AT+CPIN?", "+CPIN: READY", "AT+QIOPEN=1,0,\"TCP\",\"10.0.0.1\",80", "+QIOPEN: 0,0",
        "  indented   columns   3", "at(1p)", "Linux 2024-01-01   ATSCOPE(1)",
    };
    static const ats_dir dirs[] = {ATS_DIR_UNKNOWN, ATS_DIR_UNKNOWN, ATS_DIR_TX, ATS_DIR_RX};
    uint64_t seed = 5;
    for (int run = 0; run < 40; run++) {
        collect c[3];
        ats_builder *b[3];
        ats_error e;
        ats_keyed_line kl;
        memset(&kl, 0, sizeof kl);
        for (int w = 0; w < 3; w++) {
            memset(&c[w], 0, sizeof c[w]);
            assert_int_equal(ats_builder_new(&b[w], prof, NULL, col_cb, &c[w], &e), 0);
        }
        ats_builder_no_facts(b[0]);
        ats_builder_use_keys(b[2], &kl);
        char bufs[2][128];
        for (int i = 0; i < 300; i++) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            unsigned x = (unsigned)(seed >> 33);
            const char *t = words[(x >> 3) % (sizeof words / sizeof *words)];
            char *buf = bufs[i & 1];   /* the bytes move, as a reader's do */
            snprintf(buf, sizeof bufs[0], "%s", t);
            ats_line l;
            memset(&l, 0, sizeof l);
            l.kind = ATS_LINE_TEXT;
            l.dir = run % 2 ? dirs[(x >> 12) % 4] : ATS_DIR_UNKNOWN;
            l.text.ptr = buf;
            l.text.len = strlen(buf);
            l.line = (uint64_t)i + 1;
            l.offset = (uint64_t)i * 100;
            /* the key handed over: this line's, the last line's (at the
             * other buffer), or one of other bytes at this line's place */
            const char *kt = x % 7 == 0 ? words[(x >> 20) % (sizeof words / sizeof *words)] : buf;
            size_t kn = strlen(kt);
            if (kn <= ATS_LINE_KEY_MAX) {
                kl.hash = ats_line_key_load(&kl.key, kt, kn);
                kl.ptr = x % 11 == 0 ? bufs[(i + 1) & 1] : buf;
                kl.len = kn;
            } else {
                kl.ptr = NULL;
            }
            if (kl.ptr == buf && (kl.len != l.text.len || memcmp(kt, buf, kn)))
                kl.ptr = NULL;  /* a stage hands over its line's own key only */
            for (int w = 0; w < 3; w++)
                assert_int_equal(ats_builder_feed(b[w], &l, &e), 0);
        }
        for (int w = 0; w < 3; w++) {
            assert_int_equal(ats_builder_finish(b[w], &e), 0);
            ats_builder_free(b[w]);
        }
        if (!col_equal(&c[0], &c[1]) || !col_equal(&c[0], &c[2])) {
            col_print(&c[0], stderr);
            fprintf(stderr, "--- with the memo:\n");
            col_print(col_equal(&c[0], &c[1]) ? &c[2] : &c[1], stderr);
            fail_msg("run %d: the records differ", run);
        }
        for (int w = 0; w < 3; w++)
            col_free(&c[w]);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_echo_on_query),
        cmocka_unit_test(test_echo_line_twice),
        cmocka_unit_test(test_ate0_no_folding),
        cmocka_unit_test(test_line_ends),
        cmocka_unit_test(test_v250_numeric),
        cmocka_unit_test(test_cme_cms),
        cmocka_unit_test(test_urc_vs_response),
        cmocka_unit_test(test_prompt_fixed),
        cmocka_unit_test(test_prompt_short_payload),
        cmocka_unit_test(test_prompt_multiline_payload),
        cmocka_unit_test(test_quoted_string_over_lines),
        cmocka_unit_test(test_sentences_before_a_command),
        cmocka_unit_test(test_at_words),
        cmocka_unit_test(test_prompt_note_instead_of_payload),
        cmocka_unit_test(test_ctrlz_and_esc),
        cmocka_unit_test(test_data_mode_escape_ato_nocarrier),
        cmocka_unit_test(test_ato_failure_stays_in_command_mode),
        cmocka_unit_test(test_data_mode_link_drop),
        cmocka_unit_test(test_connect_final_data),
        cmocka_unit_test(test_connect_ok_not_final),
        cmocka_unit_test(test_async_by_id),
        cmocka_unit_test(test_async_failure_and_error),
        cmocka_unit_test(test_retry_chain),
        cmocka_unit_test(test_retry_gave_up),
        cmocka_unit_test(test_multi_command),
        cmocka_unit_test(test_no_final_and_unfinished),
        cmocka_unit_test(test_annotations),
        cmocka_unit_test(test_unparsed),
        cmocka_unit_test(test_iprfmt_raw),
        cmocka_unit_test(test_boot_report),
        cmocka_unit_test(test_completion_before_final),
        cmocka_unit_test(test_profile_final),
        cmocka_unit_test(test_pending_cap),
        cmocka_unit_test(test_long_line),
        cmocka_unit_test(test_candidates_parse_alike),
        cmocka_unit_test(test_urc_data_lines),
        cmocka_unit_test(test_urc_data_inline),
        cmocka_unit_test(test_urc_data_leading_eol),
        cmocka_unit_test(test_ctrlz_payload_over_lines),
        cmocka_unit_test(test_prompt_command_quote_over_lines),
        cmocka_unit_test(test_response_wrapped_in_quotes),
        cmocka_unit_test(test_mux_channels_in_flight),
        cmocka_unit_test(test_backspace_edits),
        cmocka_unit_test(test_mux_prompts),
        cmocka_unit_test(test_glued_finals),
        cmocka_unit_test(test_ocr_finals),
        cmocka_unit_test(test_torn_and_cut_lines),
        cmocka_unit_test(test_ctrlz_after_length),
        cmocka_unit_test(test_concatenated_final),
        cmocka_unit_test(test_final_before_command),
        cmocka_unit_test(test_late_answer_joins),
        cmocka_unit_test(test_directed_echo_late),
        cmocka_unit_test(test_send_data_in_command),
        cmocka_unit_test(test_urc_data_where_it_can_be),
        cmocka_unit_test(test_facts_same),
    };
    return cmocka_run_group_tests_name("builder", tests, setup, teardown);
}
