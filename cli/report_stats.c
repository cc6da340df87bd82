/* report_stats.c - the JSON report's "command_stats" (report_stats.h): the
 * accumulator cmd_check.c merged the inputs into; the objects are
 * stats_json.c's, so the two documents cannot drift apart. */
#include <errno.h>
#include "report_stats.h"
#include "stats.h"

void report_command_stats(jsonw *w, const check_report *r)
{
    if (!r->acc || r->stats_failed) {
        w->error = ENOMEM;
        return;
    }
    jw_arr_begin(w, "command_stats");
    for (size_t i = 0; i < ats_statsacc_ncmds(r->acc); i++) {
        ats_cmd_stats s;
        ats_statsacc_cmd(r->acc, i, &s);
        stats_json_command(w, &s);
    }
    jw_arr_end(w);
}
