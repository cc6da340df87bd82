/* registry.h - the rules, in report order. A new rule is its descriptor
 * (rule.h) in a family file and one line here. */
#ifndef ATS_REGISTRY_H
#define ATS_REGISTRY_H

#define ATS_RULE_LIST(X)        \
    X(async_overlap)            \
    X(response_timeout)         \
    X(completion_timeout)       \
    X(retry_too_few)            \
    X(retry_storm)              \
    X(send_length)              \
    X(send_payload_mismatch)    \
    X(send_before_prompt)       \
    X(send_report_wait)         \
    X(flow_control)             \
    X(flow_control_stall)       \
    X(escape_guard)             \
    X(power_cycle_interval)     \
    X(cfun_zero)                \
    X(socket_without_ip)        \
    X(socket_state)             \
    X(attach_preconditions)     \
    X(first_command)            \
    X(verify_after_close)       \
    X(error_detail)             \
    X(unknown_command)          \
    X(orphan_response)          \
    X(command_failed)           \
    X(sim_fault)

/* Each descriptor is ats_rule_<name>, defined in its family's file. */
#define ATS_RULE_DECLARE(name) extern const ats_rule_desc ats_rule_##name;

#endif
