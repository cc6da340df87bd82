/* readers.c - the registry of capture formats, most specific first: on a
 * detection tie the earlier wins; raw is the fallback. */
#include "reader.h"

extern const rd_vt ats_rd_raw, ats_rd_sscom, ats_rd_uartassist, ats_rd_socat, ats_rd_modemmanager, ats_rd_saleae,
    ats_rd_sigrok, ats_rd_strace, ats_rd_interceptty, ats_rd_tsline, ats_rd_csv;

const rd_vt *const ats_readers[] = {&ats_rd_sscom,  &ats_rd_uartassist, &ats_rd_socat,  &ats_rd_modemmanager,
                                    &ats_rd_saleae, &ats_rd_sigrok,     &ats_rd_strace, &ats_rd_interceptty,
                                    &ats_rd_tsline, &ats_rd_csv,    &ats_rd_raw};
const size_t ats_nreaders = sizeof ats_readers / sizeof ats_readers[0];
