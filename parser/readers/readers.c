/* readers.c - the registry of capture formats, most specific first: on a
 * detection tie the earlier wins; raw is the fallback. */
#include "reader.h"

extern const rd_vt rd_raw, rd_sscom, rd_uartassist, rd_socat, rd_modemmanager, rd_saleae,
    rd_sigrok, rd_strace, rd_interceptty, rd_tsline;

const rd_vt *const ats_readers[] = {&rd_sscom,  &rd_uartassist, &rd_socat,  &rd_modemmanager,
                                    &rd_saleae, &rd_sigrok,     &rd_strace, &rd_interceptty,
                                    &rd_tsline, &rd_raw};
const size_t ats_nreaders = sizeof ats_readers / sizeof ats_readers[0];
