/* report_stats.c - the JSON report's "command_stats" (report_stats.h); the
 * objects are stats_json.c's, so the two documents cannot drift apart. */
#include <errno.h>
#include "report_stats.h"
#include "stats.h"

void report_command_stats(jsonw *w, const check_report *r)
{
    ats_statsacc *all = NULL;
    if (ats_statsacc_new(&all) != 0) {
        w->error = ENOMEM;
        return;
    }
    for (size_t i = 0; i < r->ninputs; i++) {
        const input_result *in = &r->inputs[i];
        if (!in->error && in->acc && ats_statsacc_merge(all, in->acc) != 0) {
            w->error = ENOMEM;
            ats_statsacc_free(all);
            return;
        }
    }
    jw_arr_begin(w, "command_stats");
    for (size_t i = 0; i < ats_statsacc_ncmds(all); i++) {
        ats_cmd_stats s;
        ats_statsacc_cmd(all, i, &s);
        stats_json_command(w, &s);
    }
    jw_arr_end(w);
    ats_statsacc_free(all);
}
