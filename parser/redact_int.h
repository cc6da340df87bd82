/* redact_int.h - between the profile loader and the redaction stage. */
#ifndef ATS_REDACT_INT_H
#define ATS_REDACT_INT_H
#include <jansson.h>
#include "internal.h"
#include "jsonload.h"

/* Loads the profile's "redact" array into p->redact (profile.c calls it). */
int ats_profile_load_redact(ats_profile *p, json_t *root, const ats_jl *L);
void ats_profile_free_redact(ats_profile *p);
/* "phone" or "phone2" -> ATS_RK_PHONE; -1 if no kind. */
int ats_redact_kind_of(const char *s, size_t n);
/* May entry e match s[0..n), as its min_digits and max_digits say? 1 when
 * neither is set. A cheap test before an unanchored pattern scans a line
 * (redact.c); every sample of the entry passes it, or the profile does not
 * load (redact_load.c). */
int ats_redact_digit_gate(const ats_predact *e, const char *s, size_t n);
/* Turns r's memo of repeated lines off (test_redact compares the two). */
void ats_redactor_no_memo(ats_redactor *r);
#endif
