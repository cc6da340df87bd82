/* registry.c - the one array of rules (registry.h lists them). */
#include <string.h>
#include "rule.h"
#include "registry.h"

ATS_RULE_LIST(ATS_RULE_DECLARE)

#define ATS_RULE_ENTRY(name) &ats_rule_##name,
const ats_rule_desc *const ats_rule_registry[] = {ATS_RULE_LIST(ATS_RULE_ENTRY)};
#undef ATS_RULE_ENTRY

const size_t ats_rule_count = sizeof ats_rule_registry / sizeof ats_rule_registry[0];

_Static_assert(sizeof ats_rule_registry / sizeof ats_rule_registry[0] <= ATS_RULES_MAX,
               "more rules than ATS_RULES_MAX");

int ats_rule_index(const char *id)
{
    for (size_t i = 0; i < ats_rule_count; i++)
        if (!strcmp(ats_rule_registry[i]->id, id))
            return (int)i;
    return -1;
}

const char *ats_rule_needs_name(unsigned needs)
{
    /* in the order time, direction, lossless, joined by '+' */
    static const char *const names[8] = {"",
                                         "time",
                                         "direction",
                                         "time+direction",
                                         "lossless",
                                         "time+lossless",
                                         "direction+lossless",
                                         "time+direction+lossless"};
    return names[needs & 7];
}
