/* test_command.c - V.250 command line parsing (parser/command.c):
 * ats_is_command_text and ats_cmdline_parse, asserted field by field:
 * sub-command names (upper-cased), types, raw arguments and the split,
 * unquoted, trimmed arguments. Spans must point into the input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define NE(a) (sizeof(a) / sizeof((a)[0]))

/* One expected sub-command. args: up to 8, NULL-terminated. */
typedef struct exp_cmd {
    const char *name;
    ats_cmd_type type;
    const char *raw;
    const char *args[9];
} exp_cmd;

static void assert_span(ats_span sp, const char *want)
{
    size_t n = strlen(want);
    if (sp.len != n || (n && memcmp(sp.ptr, want, n) != 0)) {
        print_message("span \"%.*s\" (len %zu), want \"%s\"\n", (int)sp.len,
                      sp.ptr ? sp.ptr : "", sp.len, want);
        fail();
    }
}

/* The span lies inside [s, s + n]. */
static void assert_inside(ats_span sp, const char *s, size_t n)
{
    if (sp.len == 0)
        return;
    assert_non_null(sp.ptr);
    assert_true(sp.ptr >= s && sp.ptr + sp.len <= s + n);
}

/* Parses `line` (copied into an exact-size heap buffer, not NUL-terminated,
 * so ASan catches a read past its end) and compares with `want`. */
static void check_as(const char *line, const exp_cmd *want, size_t nwant, int text);

static void check(const char *line, const exp_cmd *want, size_t nwant)
{
    check_as(line, want, nwant, 1);
}

/* As check(), where ats_is_command_text() must say `text` of the line: a
 * brace outside quotes is no command line (a udev rule's ATTRS{...}), and
 * the parser refuses such bytes safely. */
static void check_as(const char *line, const exp_cmd *want, size_t nwant, int text)
{
    size_t n = strlen(line);
    char *s = malloc(n ? n : 1);
    assert_non_null(s);
    memcpy(s, line, n);
    ats_cmdline *cl = malloc(sizeof *cl);
    assert_non_null(cl);
    memset(cl, 0xA5, sizeof *cl);       /* no reliance on a zeroed struct */
    assert_int_equal(ats_is_command_text(s, n), text);
    if (!text) {
        /* no command line: the parser refuses it whole, reading nothing */
        assert_int_not_equal(ats_cmdline_parse(cl, s, n), 0);
        free(cl);
        free(s);
        return;
    }
    assert_int_equal(ats_cmdline_parse(cl, s, n), 0);
    if (cl->ncmds != nwant) {
        print_message("\"%s\": %zu sub-commands, want %zu\n", line, cl->ncmds, nwant);
        for (size_t i = 0; i < cl->ncmds && i < ATS_MAX_SUBCMDS; i++)
            print_message("  [%zu] %.*s\n", i, (int)cl->cmds[i].name.len, cl->cmds[i].name.ptr);
        fail();
    }
    for (size_t i = 0; i < nwant; i++) {
        const ats_subcmd *c = &cl->cmds[i];
        const exp_cmd *w = &want[i];
        assert_span(c->name, w->name);
        assert_int_equal(c->type, w->type);
        assert_span(c->args_raw, w->raw);
        assert_inside(c->args_raw, s, n);
        size_t na = 0;
        while (na < NE(w->args) && w->args[na])
            na++;
        if (c->nargs != na) {
            print_message("\"%s\" sub-command %zu (%s): %zu args, want %zu\n", line, i, w->name,
                          c->nargs, na);
            fail();
        }
        for (size_t k = 0; k < na; k++) {
            assert_span(c->args[k], w->args[k]);
            assert_inside(c->args[k], s, n);
        }
    }
    free(cl);
    free(s);
}

#define EXEC ATS_CMD_EXECUTE
#define SET ATS_CMD_SET
#define READ ATS_CMD_READ
#define TEST ATS_CMD_TEST

static void test_is_command_text(void **state)
{
    (void)state;
    static const char *const yes[] = {"AT", "at", "At", "aT", "ATE0", "AT+CSQ", "A/", "a/",
                                      "AT command ready", "ATTENTION", "AT\xff"};
    for (size_t i = 0; i < NE(yes); i++) {
        if (!ats_is_command_text(yes[i], strlen(yes[i]))) {
            print_message("\"%s\" should be command text\n", yes[i]);
            fail();
        }
    }
    static const char *const no[] = {"",   "A",        "a",      "OK",   " AT",  "> AT",
                                      "+CSQ: 31,99", "ERROR", "TA",   "A T",  "/A",
                                      "\0AT"};
    for (size_t i = 0; i < NE(no); i++) {
        if (ats_is_command_text(no[i], strlen(no[i]))) {
            print_message("\"%s\" should not be command text\n", no[i]);
            fail();
        }
    }
    /* length is honoured: "AT" cut to "A" is not a command */
    assert_false(ats_is_command_text("AT", 1));
    assert_false(ats_is_command_text(NULL, 0));
    /* NUL inside is just a byte */
    assert_false(ats_is_command_text("A\0T", 3));
}

static void test_not_a_command(void **state)
{
    (void)state;
    ats_cmdline cl;
    static const char *const no[] = {"", "A", "OK", "+CSQ: 31,99", " AT", "TA"};
    for (size_t i = 0; i < NE(no); i++) {
        cl.ncmds = 99;
        assert_int_equal(ats_cmdline_parse(&cl, no[i], strlen(no[i])), -1);
        assert_int_equal(cl.ncmds, 0);
    }
}

/* A manual's parameter is where the syntax puts one; markup in a modem's
 * data is not (a socket URC with an HTML payload inline stays a URC). */
static void test_placeholder(void **state)
{
    (void)state;
    static const char *const yes[] = {"+CSQ: <rssi>,<ber>", "AT+CREG=[<n>]", "+CME ERROR: <err>",
                                      "+CREG: <n>,<stat>[,<lac>,<ci>]",
                                      "+CSQ: (range of supported <rssi>s),(list of <ber>s)",
                                      "AT+CMGS=<da>[,<toda>]"};
    static const char *const no[] = {"+MIPRTCP: 1,0,</script><script>alert(1)</script>",
                                     "+MIPRTCP: 1,0,<html><body>hi</body></html>",
                                     "+QMTRECV: 0,1,\"t\",\"<msg>\"", "AT+CMGS=<CR>",
                                     "+CNUM: ,\"<PHONE-1>\",129", "+HTTPREAD: 12<br>"};
    for (size_t i = 0; i < NE(yes); i++)
        assert_true(ats_has_placeholder(yes[i], strlen(yes[i])));
    for (size_t i = 0; i < NE(no); i++)
        assert_false(ats_has_placeholder(no[i], strlen(no[i])));
}

static void test_bare_at(void **state)
{
    (void)state;
    static const exp_cmd at[] = {{"AT", EXEC, "", {NULL}}};
    check("AT", at, 1);
    check("at", at, 1);
    check("AT ", at, 1);
    check("AT;", at, 1);
}

static void test_basic_commands(void **state)
{
    (void)state;
    static const exp_cmd e0[] = {{"E", EXEC, "0", {"0", NULL}}};
    check("ATE0", e0, 1);
    check("ate0", e0, 1);
    static const exp_cmd e0v1[] = {{"E", EXEC, "0", {"0", NULL}}, {"V", EXEC, "1", {"1", NULL}}};
    check("ATE0V1", e0v1, 2);
    check("ate0v1", e0v1, 2);
    check("ATE0 V1", e0v1, 2);
    static const exp_cmd v0[] = {{"V", EXEC, "0", {"0", NULL}}};
    check("ATV0", v0, 1);
    static const exp_cmd e[] = {{"E", EXEC, "", {NULL}}};
    check("ATE", e, 1);
    static const exp_cmd eq[] = {{"E", READ, "", {NULL}}};
    check("ATE?", eq, 1);
    static const exp_cmd o[] = {{"O", EXEC, "", {NULL}}};
    check("ATO", o, 1);
    static const exp_cmd h[] = {{"H", EXEC, "", {NULL}}};
    check("ATH", h, 1);
    static const exp_cmd f[] = {{"&F", EXEC, "", {NULL}}};
    check("AT&F", f, 1);
    static const exp_cmd f0[] = {{"&F", EXEC, "0", {"0", NULL}}};
    check("at&f0", f0, 1);
}

static void test_s_registers(void **state)
{
    (void)state;
    static const exp_cmd q[] = {{"S0", READ, "", {NULL}}};
    check("ATS0?", q, 1);
    check("ats0?", q, 1);
    static const exp_cmd set[] = {{"S0", SET, "1", {"1", NULL}}};
    check("ATS0=1", set, 1);
    static const exp_cmd two[] = {{"S7", SET, "60", {"60", NULL}}, {"S0", SET, "1", {"1", NULL}}};
    check("ATS7=60S0=1", two, 2);
    static const exp_cmd empty[] = {{"S0", SET, "", {NULL}}};
    check("ATS0=", empty, 1);
}

static void test_dial(void **state)
{
    (void)state;
    /* the rest of the line is the dial string, ';' (voice) included */
    static const exp_cmd d[] = {{"D", EXEC, "123;", {"123;", NULL}}};
    check("ATD123;", d, 1);
    static const exp_cmd d2[] = {{"D", EXEC, "*99#", {"*99#", NULL}}};
    check("ATD*99#", d2, 1);
    check("atd*99#", d2, 1);
}

static void test_repeat_last(void **state)
{
    (void)state;
    static const exp_cmd a[] = {{"A/", EXEC, "", {NULL}}};
    check("A/", a, 1);
    check("a/", a, 1);
}

static void test_extended(void **state)
{
    (void)state;
    static const exp_cmd csq[] = {{"+CSQ", EXEC, "", {NULL}}};
    check("AT+CSQ", csq, 1);
    check("at+csq", csq, 1);          /* names are upper-cased */
    check("AT+CSQ  ", csq, 1);
    check("AT +CSQ", csq, 1);
    static const exp_cmd cpin[] = {{"+CPIN", READ, "", {NULL}}};
    check("AT+CPIN?", cpin, 1);
    check("at+cpin?", cpin, 1);
    static const exp_cmd csq_read[] = {{"+CSQ", READ, "", {NULL}}};
    check("AT+CSQ ?", csq_read, 1);
    static const exp_cmd cgd[] = {{"+CGDCONT", TEST, "", {NULL}}};
    check("AT+CGDCONT=?", cgd, 1);
    static const exp_cmd cgd2[] = {{"+CGDCONT", SET, "1,\"IP\",\"cmnet\"", {"1", "IP", "cmnet", NULL}}};
    check("AT+CGDCONT=1,\"IP\",\"cmnet\"", cgd2, 1);
    static const exp_cmd miopen[] = {{"+MIOPEN", READ, "", {NULL}}};   /* guide's typo */
    check("AT+MIOPEN?", miopen, 1);
    static const exp_cmd sys[] = {{"^SYSINFO", EXEC, "", {NULL}}};
    check("AT^SYSINFO", sys, 1);
    static const exp_cmd gt[] = {{"+GTSET", SET, "\"IPRFMT\",1", {"IPRFMT", "1", NULL}}};
    check("at+gtset=\"IPRFMT\",1", gt, 1);
}

static void test_mipopen_args(void **state)
{
    (void)state;
    static const exp_cmd m[] = {{"+MIPOPEN", SET, "1,,\"183.47.42.41\",9000,0",
                                 {"1", "", "183.47.42.41", "9000", "0", NULL}}};
    check("AT+MIPOPEN=1,,\"183.47.42.41\",9000,0", m, 1);
    /* arguments are trimmed, then their quotes removed */
    static const exp_cmd t[] = {{"+X", SET, "1 , 2 ", {"1", "2", NULL}}};
    check("AT+X=1 , 2 ", t, 1);
    static const exp_cmd sp[] = {{"+X", SET, " \"a b\" ,", {"a b", "", NULL}}};
    check("AT+X= \"a b\" ,", sp, 1);
    static const exp_cmd empty[] = {{"+X", SET, "\"\"", {"", NULL}}};
    check("AT+X=\"\"", empty, 1);
    static const exp_cmd noargs[] = {{"+X", SET, "", {NULL}}};
    check("AT+X=", noargs, 1);
    /* an unbalanced quote is kept */
    static const exp_cmd unb[] = {{"+X", SET, "\"a", {"\"a", NULL}}};
    check("AT+X=\"a", unb, 1);
    static const exp_cmd num[] = {{"+CMGS", SET, "\"+8613800000000\"", {"+8613800000000", NULL}}};
    check("AT+CMGS=\"+8613800000000\"", num, 1);
}

static void test_subcommands(void **state)
{
    (void)state;
    static const exp_cmd ab[] = {{"+A", EXEC, "", {NULL}}, {"+B", EXEC, "", {NULL}}};
    check("AT+A;+B", ab, 2);
    check("AT+A;;+B;", ab, 2);
    check("at+a;+b", ab, 2);
    static const exp_cmd mix[] = {
        {"+CMGS", SET, "\"123\"", {"123", NULL}},
        {"+CSQ", EXEC, "", {NULL}},
        {"E", EXEC, "0", {"0", NULL}},
    };
    check("AT+CMGS=\"123\";+CSQ;E0", mix, 3);
    static const exp_cmd q[] = {{"+CPIN", READ, "", {NULL}}, {"+CSQ", TEST, "", {NULL}}};
    check("AT+CPIN?;+CSQ=?", q, 2);
}

static void test_quoted_separators(void **state)
{
    (void)state;
    /* ',' and ';' inside quotes split nothing */
    static const exp_cmd x[] = {{"+X", SET, "\"a,b;c\",2", {"a,b;c", "2", NULL}}};
    check("AT+X=\"a,b;c\",2", x, 1);
    static const exp_cmd xy[] = {{"+X", SET, "\"a;b\"", {"a;b", NULL}},
                                 {"+Y", SET, "\"c,d\",3", {"c,d", "3", NULL}}};
    check("AT+X=\"a;b\";+Y=\"c,d\",3", xy, 2);
}

/* V.250 5.1: the DCE ignores blanks outside quoted strings, so a name a
 * person typed with a blank in it is one name (the blanks dropped), a
 * basic command's value after a blank is its value; a blank inside quotes
 * stays; what is no piece of a name (a sentence, a title, a glued result
 * code, a piece in the other case) is not taken into it. */
static void test_blanks_in_name(void **state)
{
    (void)state;
    static const exp_cmd cgmr[] = {{"+CGMR", EXEC, "", {NULL}}};
    check("AT+CG MR", cgmr, 1);
    check("at+cg mr", cgmr, 1);
    check("AT+C G MR", cgmr, 1);
    check("AT+ CGMR", cgmr, 1);
    static const exp_cmd csq[] = {{"+CSQ", EXEC, "", {NULL}}};
    check("AT + CSQ", csq, 1);
    check("AT + CSQ ", csq, 1);
    static const exp_cmd cgatt[] = {{"+CGATT", READ, "", {NULL}}};
    check("AT+CG ATT?", cgatt, 1);
    check("AT + CGATT ?", cgatt, 1);
    static const exp_cmd cgd[] = {{"+CGDCONT", SET, "1,\"IP\",\"my apn\"", {"1", "IP", "my apn", NULL}}};
    check("AT+CGD CONT=1,\"IP\",\"my apn\"", cgd, 1);
    static const exp_cmd cgdt[] = {{"+CGDCONT", TEST, "", {NULL}}};
    check("AT+CGDCONT =?", cgdt, 1);
    static const exp_cmd two[] = {{"+CSQ", EXEC, "", {NULL}}, {"+CREG", READ, "", {NULL}}};
    check("AT+C SQ;+CR EG?", two, 2);
    /* not the name's: a glued result code, another case, a sentence, a
     * second blank (a column), a quote */
    static const exp_cmd ok[] = {{"+CSQ", EXEC, "OK", {"OK", NULL}}};
    check("AT+CSQ OK", ok, 1);
    static const exp_cmd low[] = {{"+CSQ", EXEC, "returns", {"returns", NULL}}};
    check("AT+CSQ returns", low, 1);
    static const exp_cmd sent[] = {{"+CSQ", EXEC, "RETURNS 99.", {"RETURNS 99.", NULL}}};
    check("AT+CSQ RETURNS 99.", sent, 1);
    static const exp_cmd col[] = {{"+CSQ", EXEC, "MR", {"MR", NULL}}};
    check("AT+CSQ  MR", col, 1);
    /* the name ends before a word in another case after one of its pieces */
    static const exp_cmd title[] = {{"+CSQ", EXEC, "Signal Quality", {"Signal Quality", NULL}}};
    check("AT + CSQ Signal Quality", title, 1);
    static const exp_cmd q[] = {{"+CMGS", EXEC, "\"+1 555\"", {"+1 555", NULL}}};
    check("AT+CMGS \"+1 555\"", q, 1);
    /* basic commands: the value after blanks */
    static const exp_cmd e0[] = {{"E", EXEC, "0", {"0", NULL}}};
    check("ATE 0", e0, 1);
    check("AT E 0", e0, 1);
    static const exp_cmd s0[] = {{"S0", SET, "1", {"1", NULL}}};
    check("ATS0 = 1", s0, 1);
    static const exp_cmd s0q[] = {{"S0", READ, "", {NULL}}};
    check("ATS0 ?", s0q, 1);
}

/* A title or a sentence after a command is cut off (builder.c: help text
 * unless answered); a blank inside the name is no title's. */
static void test_prose_tail(void **state)
{
    (void)state;
    static const struct { const char *s; size_t at; } c[] = {
        {"AT+CG MR", 0},
        {"AT+CG MR?", 0},
        {"at+cg mr", 0},
        {"AT + CSQ", 0},
        {"AT+CG ATT=1", 0},
        {"AT+CSQ OK", 0},
        {"AT+CSQ returns 99", 6},
        {"AT+CSQ Signal Quality Report", 6},
        {"AT+CREG        Network Registration Status", 7},
        {"AT+CG MR returns the revision", 8},
        {"AT+CG MR  Request Revision", 8},
        {"AT+CG MR Request Revision", 8},
        {"AT+CG MR RETURNS 99.", 5},
        {"AT+CFUN=0 first, then", 9},
        {"ATE  Set Command Echo Mode", 3},
        /* a manual's column of response times or of the answers allowed */
        {"AT+CGATT=1              140 s                  OK / ERROR", 10},
        {"AT+QPOWD                300 ms, then POWERED DOWN", 8},
        {"AT+COPS=?\t180s", 9},
        {"AT+CFUN=1,1  1.5 sec", 11},
        {"AT+CREG?             OK / ERROR", 8},
        {"AT+CGATT?  OK/+CME ERROR", 9},
        /* no column: a value's blank, digits that are no time, one answer */
        {"AT+CSQ 5 s", 0},
        {"AT+QIOPEN=1,0  5", 0},
        {"AT+CSQ  15 dBm", 0},
        {"AT+CSQ  OK", 0},
        {"AT+CSQ  OK / ", 0},
        /* no blank past "AT" (most lines: not scanned); a tab is a blank */
        {"AT+CSQ", 0},
        {"AT+MIPSEND=1,\"a\"", 0},
        {"AT+CSQ\tSignal Quality Report", 6},
        {"AT+CSQ\t", 0},
    };
    for (size_t i = 0; i < NE(c); i++) {
        size_t got = ats_cmdline_prose_tail(c[i].s, strlen(c[i].s));
        if (got != c[i].at) {
            print_message("\"%s\": prose tail at %zu, want %zu\n", c[i].s, got, c[i].at);
            fail();
        }
    }
}

/* "AT command ready" is the L610's boot report. It is command-shaped text:
 * the builder decides, through the profile's boot/URC patterns, that it is
 * not a command. ats_cmdline_parse parses it as V.250 basic commands: the
 * letters C O M M A N, then D (dial) taking the rest of the line. Pinned so a
 * change is noticed. */
static void test_at_command_ready(void **state)
{
    (void)state;
    static const exp_cmd r[] = {
        {"C", EXEC, "", {NULL}}, {"O", EXEC, "", {NULL}}, {"M", EXEC, "", {NULL}},
        {"M", EXEC, "", {NULL}}, {"A", EXEC, "", {NULL}}, {"N", EXEC, "", {NULL}},
        {"D", EXEC, " ready", {"ready", NULL}},
    };
    check("AT command ready", r, NE(r));
}

/* Not V.250 syntax after "AT": nothing is lost, the rest is kept as an
 * unnamed sub-command (up to ';'), or as a name made of the prefix alone. */
static void test_garbage_after_at(void **state)
{
    (void)state;
    static const exp_cmd g[] = {{"", EXEC, "}{", {"}{", NULL}}};
    check_as("AT}{", g, 1, 0);
    static const exp_cmd g2[] = {{"", EXEC, "\\ 0", {"\\ 0", NULL}}};
    check("AT\\ 0", g2, 1);
    static const exp_cmd g3[] = {{"#", EXEC, "$%", {"$%", NULL}}};
    check("AT#$%", g3, 1);
    static const exp_cmd g4[] = {{"+", EXEC, "", {NULL}}};
    check("AT+", g4, 1);
    static const exp_cmd g5[] = {{"", EXEC, "}", {"}", NULL}}, {"+CSQ", EXEC, "", {NULL}}};
    check_as("AT};+CSQ", g5, 2, 0);
    static const exp_cmd g6[] = {{"", EXEC, "\xff\xfe", {"\xff\xfe", NULL}}};
    check("AT\xff\xfe", g6, 1);
}

/* Configuration syntax is no command line: a brace or "==" outside double
 * quotes (udev's ATTRS{idVendor}=="2c7c"); inside them, with escaped
 * quotes, it is a string parameter's (JSON in AT+QMTPUBEX). */
static void test_config_syntax(void **state)
{
    (void)state;
    static const char *const no[] = {
        "ATTRS{idVendor}==\"2c7c\", ATTRS{idProduct}==\"0125\", ENV{ID_MM_PORT_TYPE_AT_PRIMARY}=\"1\"",
        "ATTRS{idVendor}==\"2c7c\",", "ATTR==1", "AT+X=1 }"};
    static const char *const yes[] = {
        "AT+QMTPUBEX=0,1,1,0,\"t\",\"{\\\"a\\\":1}\"", "AT+X=\"a==b\"", "AT+CSQ", "AT",
        "AT+X=\"\\\"}\""};
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        assert_false(ats_is_command_text(no[i], strlen(no[i])));
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        assert_true(ats_is_command_text(yes[i], strlen(yes[i])));
}

static void test_nul_and_binary(void **state)
{
    (void)state;
    /* a NUL byte is data, not an extended-command prefix nor a terminator */
    static const char line[] = "AT\0+CSQ";
    char *s = malloc(sizeof line - 1);
    assert_non_null(s);
    memcpy(s, line, sizeof line - 1);
    ats_cmdline cl;
    assert_int_equal(ats_cmdline_parse(&cl, s, sizeof line - 1), 0);
    assert_int_equal(cl.ncmds, 1);
    assert_int_equal(cl.cmds[0].name.len, 0);
    assert_int_equal(cl.cmds[0].args_raw.len, 5);
    assert_memory_equal(cl.cmds[0].args_raw.ptr, "\0+CSQ", 5);
    free(s);
}

/* Bounds: at most ATS_MAX_SUBCMDS sub-commands and ATS_MAX_ARGS arguments
 * are split out, names are cut at 31 bytes. Past the bounds nothing is
 * read out of range. (Note: what is past ATS_MAX_SUBCMDS is not kept in
 * any sub-command; see the report.) */
static void test_bounds(void **state)
{
    (void)state;
    ats_cmdline cl;
    const char *many = "AT+A;+B;+C;+D;+E;+F;+G;+H;+I;+J";
    assert_int_equal(ats_cmdline_parse(&cl, many, strlen(many)), 0);
    assert_int_equal(cl.ncmds, ATS_MAX_SUBCMDS);
    assert_span(cl.cmds[0].name, "+A");
    assert_span(cl.cmds[7].name, "+H");

    const char *args = "AT+X=a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r";
    assert_int_equal(ats_cmdline_parse(&cl, args, strlen(args)), 0);
    assert_int_equal(cl.ncmds, 1);
    assert_int_equal(cl.cmds[0].nargs, ATS_MAX_ARGS);
    assert_span(cl.cmds[0].args[0], "a");
    assert_span(cl.cmds[0].args[15], "p");
    assert_span(cl.cmds[0].args_raw, "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r");   /* all kept raw */

    const char *longname = "AT+ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789=1";
    assert_int_equal(ats_cmdline_parse(&cl, longname, strlen(longname)), 0);
    assert_int_equal(cl.ncmds, 1);
    assert_span(cl.cmds[0].name, "+ABCDEFGHIJKLMNOPQRSTUVWXYZ0123");
    assert_int_equal(cl.cmds[0].type, ATS_CMD_SET);
    assert_span(cl.cmds[0].args_raw, "1");
}

/* Every prefix of a long command line parses without reading past its end
 * (exact-size heap copies, ASan). */
static void test_every_prefix(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "AT+MIPOPEN=1,,\"183.47.42.41\",9000,0;+CSQ;E0V1S0=1;S7?;&F;D*99#",
        "ATS0=1S7=60E0?+X=\"a,b;c\",2;A",
        "A/",
    };
    for (size_t l = 0; l < NE(lines); l++) {
        size_t n = strlen(lines[l]);
        for (size_t k = 0; k <= n; k++) {
            char *s = malloc(k ? k : 1);
            assert_non_null(s);
            memcpy(s, lines[l], k);
            ats_cmdline cl;
            int rc = ats_cmdline_parse(&cl, s, k);
            assert_int_equal(rc, k >= 2 ? 0 : -1);
            for (size_t i = 0; rc == 0 && i < cl.ncmds; i++) {
                assert_inside(cl.cmds[i].args_raw, s, k);
                for (size_t a = 0; a < cl.cmds[i].nargs; a++)
                    assert_inside(cl.cmds[i].args[a], s, k);
            }
            free(s);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_is_command_text),
        cmocka_unit_test(test_not_a_command),
        cmocka_unit_test(test_placeholder),
        cmocka_unit_test(test_bare_at),
        cmocka_unit_test(test_basic_commands),
        cmocka_unit_test(test_s_registers),
        cmocka_unit_test(test_dial),
        cmocka_unit_test(test_repeat_last),
        cmocka_unit_test(test_extended),
        cmocka_unit_test(test_mipopen_args),
        cmocka_unit_test(test_subcommands),
        cmocka_unit_test(test_quoted_separators),
        cmocka_unit_test(test_blanks_in_name),
        cmocka_unit_test(test_prose_tail),
        cmocka_unit_test(test_at_command_ready),
        cmocka_unit_test(test_garbage_after_at),
        cmocka_unit_test(test_config_syntax),
        cmocka_unit_test(test_nul_and_binary),
        cmocka_unit_test(test_bounds),
        cmocka_unit_test(test_every_prefix),
    };
    return cmocka_run_group_tests_name("command", tests, NULL, NULL);
}
