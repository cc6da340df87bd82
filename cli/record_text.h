/* record_text.h - parse records for people (`atscope parse --format text`). */
#ifndef ATS_RECORD_TEXT_H
#define ATS_RECORD_TEXT_H
#include <stdio.h>
#include "atscope.h"
/* hides: what the capture's format does not show (ATS_HIDES_*, the input's):
 * a command without a final where the tool strips finals says so. */
void rec_text(FILE *f, const ats_record *r, int notes, unsigned hides);
#endif
