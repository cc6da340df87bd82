/* check_evidence.h - check's side of the evidence (atscope.h "evidence"): a
 * window per capture fed by the parser's line tap, one request per stored
 * violation, and the lines copied into the violation, escaped, once the
 * capture is read; and the report's identity block: who ran what and when,
 * and the module the capture shows. */
#ifndef ATS_CHECK_EVIDENCE_H
#define ATS_CHECK_EVIDENCE_H
#include "check.h"
#include "redact_opt.h"

#define CHECK_DEFAULT_CONTEXT 2

/* An ats_line_cb for ats_parser_set_line_tap: user is the ats_evidence. */
int check_evidence_tap(void *user, const ats_line *l);
/* The request's lines into sv (escaped, text policy); 0 or -1 out of memory. */
int check_evidence_copy(stored_violation *sv, const ats_evidence *ev);
/* Its tokens rewritten to the report's numbering (see cli_renum). */
void check_evidence_renum(stored_violation *sv, const cli_renum *rn);
void check_evidence_free(stored_violation *sv);
/* "finding", "related" or "context". */
const char *check_evidence_role(unsigned role);

/* The module's identity from a transaction (its ATI, +CGMI, +CGMM, +CGMR,
 * +CGSN answers) into in->module and in->imei; *ident is made on the first
 * answer (free it with ats_identifier_free). 0, or -1 out of memory. */
int check_identity_feed(input_result *in, ats_identifier **ident, const ats_txn *t);
/* After the capture: what the answers said fills what the look-ahead left empty. */
void check_identity_done(input_result *in, const ats_identifier *ident);

/* The command line (argv[0] is the command's name) and the time of the run
 * into r; SOURCE_DATE_EPOCH, when set, is the time (reproducible reports).
 * 0, or -1 out of memory or a SOURCE_DATE_EPOCH that is not a number. */
int check_run_info(check_report *r, int argc, char **argv);
#endif
