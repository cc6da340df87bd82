/* to_mbed.c - turns a raw capture into the trace Mbed OS's ATHandler prints
 * with cellular.debug-at (ATHandler::debug_print: printable bytes as they
 * are, CR as <cr>, LF as <ln>, others <XX>; at most 60 bytes a record):
 * "[%08llums][INFO][CELL]: AT TX (%2d): ..." for lines that start with AT,
 * and for the host's "+++" escape out of data mode, "AT RX" for the rest.
 * The clock moves 2 ms per record.
 *   to_mbed IN OUT */
#include <stdio.h>
#include <stdlib.h>

static unsigned long long ms = 1000;

static int record(FILE *out, const unsigned char *p, size_t n, int tx)
{
    char buf[512];
    size_t k = (size_t)snprintf(buf, sizeof buf, "[%08llums][INFO][CELL]: AT %s (%2d): ", ms,
                                tx ? "TX" : "RX", (int)n);
    ms += 2;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == '\r')
            k += (size_t)snprintf(buf + k, sizeof buf - k, "<cr>");
        else if (c == '\n')
            k += (size_t)snprintf(buf + k, sizeof buf - k, "<ln>");
        else if (c >= 0x20 && c < 0x7f)
            buf[k++] = (char)c;
        else
            k += (size_t)snprintf(buf + k, sizeof buf - k, "<%02X>", c);
    }
    buf[k++] = '\n';
    return fwrite(buf, 1, k, out) == k ? 0 : -1;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: to_mbed IN OUT\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "rb"), *out = fopen(argv[2], "wb");
    if (!in || !out) {
        perror("to_mbed");
        return 2;
    }
    static unsigned char line[1 << 16];
    size_t n = 0;
    int c;
    /* one source line (with its line end) is one or more records of 60 */
    while ((c = getc(in)) != EOF) {
        line[n++] = (unsigned char)c;
        if (c != '\n' && n < sizeof line)
            continue;
        int tx = n >= 2 && (line[0] | 32) == 'a' && (line[1] | 32) == 't' && (n == 2 || line[2] != ' ');
        /* the escape may follow data bytes that had no line end: the host
         * wrote it, a record of its own */
        size_t body = n, esc = n;
        while (body && (line[body - 1] == '\n' || line[body - 1] == '\r'))
            body--;
        if (body >= 3 && line[body - 3] == '+' && line[body - 2] == '+' && line[body - 1] == '+')
            esc = body - 3;
        for (size_t i = 0; i < esc; i += 60)
            if (record(out, line + i, esc - i < 60 ? esc - i : 60, tx))
                return 2;
        if (esc < n && record(out, line + esc, n - esc, 1))
            return 2;
        n = 0;
    }
    for (size_t i = 0; i < n; i += 60)
        if (record(out, line + i, n - i < 60 ? n - i : 60, 0))
            return 2;
    return fclose(out) == 0 && !ferror(in) ? 0 : 2;
}
