/* formats_once.h - the built-in format definitions, compiled once for a
 * whole test program. An input given no set compiles its own (about 90
 * definitions, most of what a small capture costs), and tests that make
 * hundreds of inputs spent most of their time under ASan doing so. Reachable
 * to the end, so no leak. Tests that pass their own options without a set
 * still make their own: that path stays tested. */
#ifndef ATS_TEST_FORMATS_ONCE_H
#define ATS_TEST_FORMATS_ONCE_H
#include "atscope.h"

static inline const ats_formatset *ts_formats(void)
{
    static ats_formatset *fs;
    ats_error e;
    if (!fs && ats_formatset_new(&fs, &e) != 0)
        fs = NULL;
    return fs;
}
#endif
