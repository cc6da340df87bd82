/* readahead.h - reads a regular file one block ahead on a second thread.
 *
 * The kernel's copy into user memory was a tenth of `check`'s time; on a
 * second core it overlaps the parsing instead of adding to it. Only for
 * regular files: a read there never blocks for long, so stopping early
 * (a closed stdout) joins the thread at once. */
#ifndef ATS_READAHEAD_H
#define ATS_READAHEAD_H
#include <sys/types.h>

typedef struct readahead readahead;

/* 0, or an errno value. */
int ra_start(readahead **out, int fd, size_t block);
/* The next block in *p (valid until the next call): its length, 0 at the
 * end, -1 with errno set after a read error. */
ssize_t ra_next(readahead *ra, const char **p);
void ra_stop(readahead *ra);
#endif
