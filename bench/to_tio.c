/* to_tio.c - turns a raw capture into the log tio writes with --timestamp
 * (24hour format): "[HH:MM:SS.mmm] " before the first byte after an LF that
 * is not CR or LF (tio src/tty.c). The clock starts at 10:00:00.000 and
 * moves 2 ms per stamped line, so a 256 MB capture crosses midnight too.
 *   to_tio IN OUT */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: to_tio IN OUT\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "rb"), *out = fopen(argv[2], "wb");
    if (!in || !out) {
        perror("to_tio");
        return 2;
    }
    static unsigned char ib[1 << 20], ob[(1 << 20) * 2];
    unsigned long long ms = 10ull * 3600 * 1000;
    int at_start = 1;
    size_t n;
    while ((n = fread(ib, 1, sizeof ib, in)) > 0) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = ib[i];
            if (at_start && c != '\r' && c != '\n') {
                unsigned long long t = ms % (24ull * 3600 * 1000);
                k += (size_t)snprintf((char *)ob + k, 32, "[%02llu:%02llu:%02llu.%03llu] ",
                                      t / 3600000, t / 60000 % 60, t / 1000 % 60, t % 1000);
                ms += 2;
                at_start = 0;
            }
            ob[k++] = c;
            if (c == '\n')
                at_start = 1;
            if (k > sizeof ob - 64) {
                if (fwrite(ob, 1, k, out) != k)
                    return 2;
                k = 0;
            }
        }
        if (fwrite(ob, 1, k, out) != k)
            return 2;
    }
    return fclose(out) == 0 && !ferror(in) ? 0 : 2;
}
