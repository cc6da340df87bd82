/* failread.c - an LD_PRELOAD shim for tests/cli/threads.sh: read() of a
 * regular file larger than FAILREAD_AFTER bytes fails with EIO once that many
 * of its bytes have been read, so a read error comes in the middle of a
 * capture, after records, as a failing disk would make it. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

ssize_t read(int fd, void *buf, size_t n)
{
    static ssize_t (*real)(int, void *, size_t);
    static long long done, limit = -2;   /* one capture, read by one thread at a time */
    if (!real)
        real = (ssize_t (*)(int, void *, size_t))dlsym(RTLD_NEXT, "read");
    if (limit == -2) {
        const char *s = getenv("FAILREAD_AFTER");
        limit = s ? atoll(s) : -1;
    }
    struct stat st;
    if (limit >= 0 && fd > 2 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
        st.st_size > limit) {
        if (done >= limit) {
            errno = EIO;
            return -1;
        }
        if ((long long)n > limit - done)
            n = (size_t)(limit - done);
        ssize_t r = real(fd, buf, n);
        if (r > 0)
            done += r;
        return r;
    }
    return real(fd, buf, n);
}
