/* pool.h - runs fn(ctx, i) for i in 0..n-1 on up to `jobs` threads; each
 * call writes only its own slot, so results never depend on `jobs`. */
#ifndef ATS_POOL_H
#define ATS_POOL_H
#include <stddef.h>
void pool_run(size_t n, int jobs, void (*fn)(void *ctx, size_t i), void *ctx, const char *what);
/* The default --jobs: the number of online cores (1..64). */
int pool_default_jobs(void);
#endif
