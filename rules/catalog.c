/* catalog.c - the rule catalogue: stable ids, default severities, what each
 * rule needs of the capture and of the profile, and default parameters
 * (profiles and configs override them). Order is the report's order.
 *
 * Nothing here names a module: the guide section a rule rests on, and any
 * message that names a module's commands, come from the profile's "rules"
 * object ("section", "summary", "message"). needs_classes lists the profile
 * classes (rules/classes.c) without which a rule cannot tell when it
 * applies; "a|b" is either. A profile missing one makes the rule
 * not-evaluable with that reason, never pass. */
#include "rules_int.h"

const rule_def ats_rule_defs[R_COUNT] = {
    {"async-overlap", ATS_SEV_ERROR,
     "no command (query included) is sent while an async command still waits for its completion",
     "", "", "{}"},
    {"response-timeout", ATS_SEV_ERROR,
     "every command gets its final result, within the command's time limit", "time", "",
     "{\"default_timeout_s\": -1}"},
    {"completion-timeout", ATS_SEV_ERROR,
     "every async command gets its completion, within its time limit", "time", "", "{}"},
    {"retry-too-few", ATS_SEV_WARNING,
     "after a failed or timed-out attempt the host re-sends at least the guide's minimum before "
     "giving up",
     "", "", "{}"},
    {"retry-storm", ATS_SEV_WARNING, "no more than max_retries consecutive attempts of one command",
     "", "", "{\"max_retries\": 10}"},
    {"send-length", ATS_SEV_ERROR, "a send declares 1 .. max_send_len-1 bytes", "", "send",
     "{\"max_send_len\": 2048}"},
    {"send-payload-mismatch", ATS_SEV_WARNING,
     "the payload after the prompt has the declared length", "lossless", "send", "{}"},
    {"send-before-prompt", ATS_SEV_ERROR, "payload is sent only after the '>' prompt",
     "direction", "send", "{}"},
    {"send-report-wait", ATS_SEV_WARNING,
     "the next send on a socket waits for the previous send's report", "", "send", "{}"},
    {"flow-control", ATS_SEV_ERROR,
     "no send on a socket while the module holds it flow-controlled (from a flow_off line to "
     "its flow_on line)",
     "", "send flow_off flow_on", "{}"},
    {"flow-control-stall", ATS_SEV_WARNING,
     "if flow control is not lifted within max_wait_s, the host closes the socket", "time",
     "flow_off flow_on close", "{\"max_wait_s\": 30}"},
    {"escape-guard", ATS_SEV_ERROR,
     "the data-mode escape has guard_s of silence before and after, and no line end",
     "time+direction", "", "{\"guard_s\": 1}"},
    {"power-cycle-interval", ATS_SEV_WARNING,
     "at least min_interval_s between two power-offs, long_interval_s after after_count", "time",
     "power_off", "{\"min_interval_s\": 300, \"after_count\": 5, \"long_interval_s\": 600}"},
    {"cfun-zero", ATS_SEV_ERROR, "no command of the profile's forbidden class is sent", "",
     "forbidden", "{}"},
    {"socket-without-ip", ATS_SEV_ERROR,
     "sockets are opened only while an IP is held (when the capture shows it)", "",
     "open attach|ip_response", "{}"},
    {"socket-state", ATS_SEV_ERROR,
     "sends and closes only on open sockets, no open of an open socket, ids within "
     "min_socket..max_sockets",
     "", "open close send", "{\"max_sockets\": 6, \"min_socket\": 1}"},
    {"attach-preconditions", ATS_SEV_WARNING,
     "the data call starts only after SIM ready and registration were seen since the boot", "",
     "attach sim_ready registration_response|registration_urc", "{}"},
    {"first-command", ATS_SEV_INFO, "the first command after a boot report is a plain AT, not a setting",
     "", "", "{}"},
    {"verify-after-close", ATS_SEV_INFO,
     "after a socket close or IP release completes, the state is confirmed by a query", "",
     "close|detach socket_query|ip_query", "{}"},
    {"error-detail", ATS_SEV_INFO,
     "an ERROR while verbose errors are off is worth AT+CMEE=2 and a repeat", "", "verbose_errors",
     "{}"},
    {"unknown-command", ATS_SEV_INFO,
     "every command and setting is one the profile knows (catches typos)", "", "", "{}"},
    {"orphan-response", ATS_SEV_WARNING, "every final result and response answers a command", "",
     "", "{}"},
    {"command-failed", ATS_SEV_WARNING,
     "a failed command or async completion is retried or looked into (a diagnostic or query of "
     "its family) within the next window commands; probing commands excepted",
     "", "", "{\"window\": 3}"},
};
