/*
 * gen_capture: write a deterministic, L610-like raw serial capture for benchmarking.
 *
 *   gen_capture OUT_FILE SIZE_MB [SEED]
 *
 * SIZE_MB uses decimal megabytes (1 MB = 1,000,000 bytes). The output is at least
 * SIZE_MB * 1,000,000 bytes: once the size is reached the current session is wound
 * down cleanly (open sockets closed, PDP context released), so the file ends a little
 * past the target, never in the middle of an exchange. Same SIZE_MB and SEED give a
 * byte-identical file. SEED defaults to 1.
 *
 * The content is what an undirected terminal log of the UART shows with echo on: the
 * echoed command line ending in "\r", modem lines framed "\r\n<text>\r\n", the "> "
 * prompt and the host's payload after AT+MIPSEND, and both directions' bytes in
 * transparent (data) mode. See bench/README.md for the shape of the traffic.
 *
 * Only libc. Output goes through one large buffer written with fwrite().
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BUF_CAP (4u << 20)   /* output buffer */

#define PAYLOAD_SHARE 0.40   /* of all bytes: AT+MIPSEND payloads */
#define DATAMODE_SHARE 0.15  /* of all bytes: transparent-mode data */

#define MAX_SOCK 3           /* AT+MIPOPEN uses ids 1..MAX_SOCK; AT+MIPODM uses id 1 */

static struct {
    FILE *f;
    unsigned char *buf;
    size_t pos;
    uint64_t flushed;   /* bytes already handed to fwrite */
    uint64_t target;    /* bytes wanted */
    uint64_t payload;   /* bytes of MIPSEND payload written */
    uint64_t datamode;  /* bytes of data-mode data written */
    uint64_t rng;       /* xorshift64 state, never 0 */
    uint64_t sessions, sends, urcs, odm;
    int open[MAX_SOCK + 1];
} G;

/* ---------- output ---------- */

static void die_io(const char *what)
{
    fprintf(stderr, "gen_capture: %s: %s\n", what, strerror(errno));
    exit(2);
}

static void flush_out(void)
{
    if (G.pos && fwrite(G.buf, 1, G.pos, G.f) != G.pos)
        die_io("write");
    G.flushed += G.pos;
    G.pos = 0;
}

/* Make room for n bytes (n is at most a few KB); returns the write pointer. */
static inline unsigned char *reserve(size_t n)
{
    if (G.pos + n > BUF_CAP)
        flush_out();
    return G.buf + G.pos;
}

static inline uint64_t total(void) { return G.flushed + G.pos; }
static inline int done(void) { return total() >= G.target; }

static inline void put(const char *s, size_t n)
{
    memcpy(reserve(n), s, n);
    G.pos += n;
}

#define PUT(lit) put(lit, sizeof(lit) - 1)

static inline void putu(unsigned v)
{
    char tmp[12];
    int i = 12;
    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    put(tmp + i, (size_t)(12 - i));
}

/* ---------- PRNG (xorshift64, Marsaglia 13/7/17) ---------- */

static inline uint64_t rnd(void)
{
    uint64_t x = G.rng;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return G.rng = x;
}

/* uniform in [0, n) */
static inline unsigned rn(unsigned n)
{
    return (unsigned)(((rnd() >> 32) * (uint64_t)n) >> 32);
}

/* uniform in [lo, hi] */
static inline unsigned rr(unsigned lo, unsigned hi) { return lo + rn(hi - lo + 1); }

/* true with probability pct/1000 */
static inline int chance(unsigned permille) { return rn(1000) < permille; }

/* ---------- random byte blocks ---------- */

/* n printable bytes 0x20..0x7E (no CR/LF). If no_plus, '+' becomes '-' so data
 * never contains a spurious "+++" escape. */
static void put_printable(size_t n, int no_plus)
{
    unsigned char *p = reserve(n);
    size_t i = 0;
    while (i < n) {
        uint64_t r = rnd();
        for (int k = 0; k < 8 && i < n; k++, r >>= 8)
            p[i++] = (unsigned char)(0x20 + (((r & 0xff) * 95) >> 8));
    }
    if (no_plus)
        for (i = 0; i < n; i++)
            if (p[i] == '+')
                p[i] = '-';
    G.pos += n;
}

/* n arbitrary bytes (NUL, 0x80..0xFF, control bytes) but no CR, LF or '+'. */
static void put_raw(size_t n)
{
    unsigned char *p = reserve(n);
    size_t i = 0;
    while (i < n) {
        uint64_t r = rnd();
        for (int k = 0; k < 8 && i < n; k++, r >>= 8) {
            unsigned char b = (unsigned char)r;
            if (b == '\r' || b == '\n' || b == '+')
                b ^= 0x40;
            p[i++] = b;
        }
    }
    G.pos += n;
}

/* 2*nbytes uppercase hex digits */
static void put_hex(size_t nbytes)
{
    static const char hx[] = "0123456789ABCDEF";
    unsigned char *p = reserve(2 * nbytes);
    size_t i = 0;
    while (i < nbytes) {
        uint64_t r = rnd();
        for (int k = 0; k < 8 && i < nbytes; k++, i++, r >>= 8) {
            p[2 * i] = (unsigned char)hx[(r >> 4) & 15];
            p[2 * i + 1] = (unsigned char)hx[r & 15];
        }
    }
    G.pos += 2 * nbytes;
}

/* ---------- modem lines ---------- */

#define LINE(lit) PUT("\r\n" lit "\r\n")
#define OKL() LINE("OK")

static void cme_or_error(void)
{
    static const unsigned codes[] = {3, 4, 10, 13, 14, 50, 100, 550, 553};
    if (chance(500)) {
        LINE("ERROR");
    } else {
        PUT("\r\n+CME ERROR: ");
        putu(codes[rn(sizeof codes / sizeof codes[0])]);
        PUT("\r\n");
    }
}

/* Incoming TCP data on socket id, receive format 0 (hex with header). */
static void urc_miprtcp(unsigned id)
{
    unsigned n = chance(900) ? rr(1, 48) : rr(49, 512);
    PUT("\r\n+MIPRTCP: ");
    putu(id);
    PUT(",0,");
    put_hex(n);
    PUT("\r\n");
    G.urcs++;
}

static int any_open(void)
{
    for (unsigned i = 1; i <= MAX_SOCK; i++)
        if (G.open[i])
            return 1;
    return 0;
}

static unsigned pick_open(void)
{
    unsigned ids[MAX_SOCK], n = 0;
    for (unsigned i = 1; i <= MAX_SOCK; i++)
        if (G.open[i])
            ids[n++] = i;
    return n ? ids[rn(n)] : 0;
}

static unsigned pick_closed(void)
{
    unsigned ids[MAX_SOCK], n = 0;
    for (unsigned i = 1; i <= MAX_SOCK; i++)
        if (!G.open[i])
            ids[n++] = i;
    return n ? ids[rn(n)] : 0;
}

/* Maybe answer a URC in the middle of a response (between info line and OK). */
static void maybe_mid_urc(void)
{
    if (any_open() && chance(150))
        urc_miprtcp(pick_open());
}

/* ---------- exchanges ---------- */

/* The echoed command fails 0..2 times (ERROR / +CME ERROR) before the caller's
 * successful attempt; each failure is answered, then the host re-sends. */
static void failures(const char *echo, size_t n, unsigned permille)
{
    int k = 0;
    while (k < 2 && chance(permille)) {
        put(echo, n);
        cme_or_error();
        k++;
    }
}

#define FAILS(lit, pm) failures(lit, sizeof(lit) - 1, pm)

static void ex_at(void)
{
    PUT("AT\r");
    OKL();
}

static void ex_cpin(int boot)
{
    if (boot && chance(100)) {  /* SIM not ready yet */
        PUT("AT+CPIN?\r");
        LINE("ERROR");
    }
    FAILS("AT+CPIN?\r", 10);
    PUT("AT+CPIN?\r");
    LINE("+CPIN: READY");
    maybe_mid_urc();
    OKL();
}

static void ex_csq(void)
{
    FAILS("AT+CSQ\r", 10);
    PUT("AT+CSQ\r\r\n+CSQ: ");
    putu(rr(10, 31));
    PUT(",99\r\n");
    maybe_mid_urc();
    OKL();
}

static void ex_cgreg(int boot)
{
    if (boot && chance(150)) {  /* still searching */
        PUT("AT+CGREG?\r");
        LINE("+CGREG: 0,2");
        OKL();
    }
    PUT("AT+CGREG?\r");
    if (chance(900))
        LINE("+CGREG: 0,1");
    else
        LINE("+CGREG: 0,5");
    maybe_mid_urc();
    OKL();
}

static void ex_gtset(void)
{
    FAILS("AT+GTSET=\"IPRFMT\",0\r", 20);
    PUT("AT+GTSET=\"IPRFMT\",0\r");
    OKL();
}

static unsigned ip[4];

static void put_ip(void)
{
    for (int i = 0; i < 4; i++) {
        if (i)
            PUT(".");
        putu(ip[i]);
    }
}

static void ex_mipcall_up(void)
{
    ip[0] = 10;
    ip[1] = rn(256);
    ip[2] = rn(256);
    ip[3] = rr(1, 254);
    FAILS("AT+MIPCALL=1,\"CMNET\"\r", 50);
    PUT("AT+MIPCALL=1,\"CMNET\"\r");
    OKL();
    PUT("\r\n+MIPCALL: ");
    put_ip();
    PUT("\r\n");
}

static void ex_mipcall_query(void)
{
    PUT("AT+MIPCALL?\r\r\n+MIPCALL: 1,");
    put_ip();
    PUT("\r\n");
    OKL();
}

static void ex_mipopen_query(void)
{
    /* lists the free socket ids */
    PUT("AT+MIPOPEN?\r\r\n+MIPOPEN: ");
    int first = 1;
    for (unsigned i = 1; i <= 6; i++) {
        if (i <= MAX_SOCK && G.open[i])
            continue;
        if (!first)
            PUT(",");
        putu(i);
        first = 0;
    }
    PUT("\r\n");
    OKL();
}

static void ex_mipcall_down(void)
{
    PUT("AT+MIPCALL=0\r");
    OKL();
    LINE("+MIPCALL: 0");
    if (chance(500)) {
        PUT("AT+MIPCALL?\r");
        LINE("+MIPCALL: 0");
        OKL();
    }
}

static void echo_sock_cmd(const char *name, size_t nlen, unsigned id, const char *tail, size_t tlen)
{
    put(name, nlen);
    putu(id);
    put(tail, tlen);
}

#define SOCK_CMD(name, id, tail) echo_sock_cmd(name, sizeof(name) - 1, id, tail, sizeof(tail) - 1)

static void ex_mipopen(unsigned id)
{
    unsigned k = 0;
    while (k < 2 && chance(40)) {
        SOCK_CMD("AT+MIPOPEN=", id, ",,\"183.47.42.41\",9000,0\r");
        cme_or_error();
        k++;
    }
    SOCK_CMD("AT+MIPOPEN=", id, ",,\"183.47.42.41\",9000,0\r");
    OKL();
    SOCK_CMD("\r\n+MIPOPEN: ", id, ",1\r\n");
    G.open[id] = 1;
}

static void ex_mipclose(unsigned id)
{
    SOCK_CMD("AT+MIPCLOSE=", id, "\r");
    OKL();
    SOCK_CMD("\r\n+MIPCLOSE: ", id, ",0\r\n");
    G.open[id] = 0;
}

static void ex_mipsend(unsigned id)
{
    unsigned len = chance(500) ? rr(1, 1460) : rr(1, 200);
    if (chance(15)) {  /* refused, then re-sent */
        SOCK_CMD("AT+MIPSEND=", id, ",");
        putu(len);
        PUT("\r");
        cme_or_error();
    }
    SOCK_CMD("AT+MIPSEND=", id, ",");
    putu(len);
    PUT("\r\r\n> ");
    put_printable(len, 0);
    G.payload += len;
    PUT("\r\nOK\r\n");
    SOCK_CMD("\r\n+MIPPUSH: ", id, ",0\r\n");
    SOCK_CMD("\r\n+MIPSEND: ", id, ",0,2048\r\n");
    G.sends++;
    if (chance(300))  /* the server answers */
        urc_miprtcp(id);
}

/* Transparent mode on socket 1: some KB of text lines and raw bytes, then "+++". */
static void ex_datamode(void)
{
    PUT("AT+MIPODM=1,,\"183.47.42.41\",9000,0\r");
    OKL();
    LINE("+MIPODM: 1,1");
    G.odm++;
    size_t want = rr(2048, 16384), got = 0;
    while (got < want) {
        size_t n;
        if (chance(900)) {  /* a printable text line */
            n = rr(1, 120);
            put_printable(n, 1);
            if (chance(800))
                PUT("\r\n");
            else
                PUT("\n");
        } else {  /* raw bytes, no line end */
            n = rr(1, 256);
            put_raw(n);
        }
        got += n;
    }
    G.datamode += got;
    PUT("+++\r\nOK\r\n");
    PUT("AT+MIPCLOSE=1\r");
    OKL();
    LINE("+MIPCLOSE: 1,0");
}

/* One filler exchange or URC while connected with sockets open. */
static void filler(void)
{
    unsigned r = rn(100);
    if (r < 45)
        urc_miprtcp(pick_open());
    else if (r < 65)
        ex_csq();
    else if (r < 75)
        ex_cgreg(0);
    else if (r < 83)
        ex_cpin(0);
    else if (r < 91)
        ex_at();
    else if (r < 96)
        ex_mipcall_query();
    else
        ex_mipopen_query();
}

/* ---------- sessions ---------- */

static int payload_short(void) { return (double)G.payload < PAYLOAD_SHARE * (double)total(); }
static int datamode_short(void) { return (double)G.datamode < DATAMODE_SHARE * (double)total(); }

/* Sockets open, then a stretch of sends, URCs and queries, then sockets closed. */
static void socket_phase(void)
{
    unsigned nsock = rr(1, MAX_SOCK);
    for (unsigned i = 0; i < nsock && !done(); i++)
        ex_mipopen(pick_closed());
    unsigned steps = rr(20, 400);
    for (unsigned s = 0; s < steps && !done(); s++) {
        /* steer toward PAYLOAD_SHARE: mostly sends when payload is behind */
        if (chance(payload_short() ? 800 : 100))
            ex_mipsend(pick_open());
        else
            filler();
        if (!any_open())
            break;
    }
    for (unsigned id = 1; id <= MAX_SOCK; id++)
        if (G.open[id])
            ex_mipclose(id);
    if (chance(500))
        ex_mipopen_query();
}

static void session(void)
{
    int boot = chance(850);
    G.sessions++;
    if (boot) {
        LINE("AT command ready");
        LINE("+SIM READY");
        unsigned silent = chance(200) ? rr(1, 3) : 0;  /* baud-rate detection */
        while (silent--)
            PUT("AT\r");
    }
    FAILS("AT\r", 20);
    ex_at();
    ex_cpin(boot);
    ex_csq();
    ex_cgreg(boot);
    ex_gtset();
    ex_mipcall_up();
    unsigned phases = rr(1, 6);
    for (unsigned p = 0; p < phases && !done(); p++) {
        if (p > 0 && datamode_short() && chance(700)) {
            unsigned n = rr(1, 4);
            while (n-- && !done())
                ex_datamode();
        } else {
            socket_phase();
        }
    }
    ex_mipcall_down();
}

/* ---------- main ---------- */

static void usage(void)
{
    fprintf(stderr,
            "usage: gen_capture OUT_FILE SIZE_MB [SEED]\n"
            "  writes at least SIZE_MB * 1,000,000 bytes of L610-like capture;\n"
            "  SEED (default 1) makes the output deterministic.\n");
    exit(2);
}

static int parse_u64(const char *s, uint64_t *out)
{
    char *end;
    if (!*s || *s == '-')
        return 0;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 0);
    if (errno || *end)
        return 0;
    *out = (uint64_t)v;
    return 1;
}

int main(int argc, char **argv)
{
    uint64_t mb, seed = 1;
    if (argc < 3 || argc > 4)
        usage();
    if (!parse_u64(argv[2], &mb) || mb == 0 || mb > 10000000ull) {
        fprintf(stderr, "gen_capture: SIZE_MB must be a positive integer\n");
        usage();
    }
    if (argc == 4 && !parse_u64(argv[3], &seed)) {
        fprintf(stderr, "gen_capture: SEED must be a non-negative integer\n");
        usage();
    }

    /* splitmix64 scramble of the seed, so small seeds differ well and state != 0 */
    uint64_t z = seed + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    G.rng = z ? z : 0x2545F4914F6CDD1Dull;
    G.target = mb * 1000000ull;

    G.buf = malloc(BUF_CAP);
    if (!G.buf)
        die_io("malloc");
    G.f = fopen(argv[1], "wb");
    if (!G.f)
        die_io(argv[1]);
    setvbuf(G.f, NULL, _IONBF, 0);  /* our buffer is the buffer */

    while (!done())
        session();

    flush_out();
    if (fclose(G.f) != 0)
        die_io("close");
    free(G.buf);

    uint64_t t = G.flushed;
    fprintf(stderr,
            "gen_capture: %llu bytes (target %llu), seed %llu: %llu sessions, %llu MIPSEND "
            "(payload %.1f%%), %llu data-mode stretches (%.1f%%), %llu +MIPRTCP\n",
            (unsigned long long)t, (unsigned long long)G.target, (unsigned long long)seed,
            (unsigned long long)G.sessions, (unsigned long long)G.sends,
            100.0 * (double)G.payload / (double)t, (unsigned long long)G.odm,
            100.0 * (double)G.datamode / (double)t, (unsigned long long)G.urcs);
    return 0;
}
