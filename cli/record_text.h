/* record_text.h - parse records for people (`atscope parse --format text`). */
#ifndef ATS_RECORD_TEXT_H
#define ATS_RECORD_TEXT_H
#include <stdio.h>
#include "atscope.h"
void rec_text(FILE *f, const ats_record *r, int notes);
#endif
