/* fmt_load.c - format definitions (the formats folder) loaded with Jansson and
 * compiled once with PCRE2 JIT, as profiles are. A definition carries
 * samples that must decode as it says, or it does not load: lnav's rule
 * that a format proves itself. Errors name file, line and column. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include "fmtdef.h"
#include "fmt_json.h"
#include "jsonload.h"

/* The built-in definitions, embedded at build time (CMake ATS_FORMATS). */
#define ATS_FORMAT_BUILTINS(X)                                                                 \
    X(html_entities)                                                                           \
    X(markdown_quote) X(c_block_comment) X(list_bullets) X(comment_prefix) X(code_fence) X(forum_blocks) X(jupyter_outputs) X(powershell_transcript) X(terminal_tool_lines) X(cargo_probe_rs) X(phpbb_page) X(indent) X(trailing_blanks) X(ansi) X(emphasis) X(inline_code) X(line_numbers) X(search_results) X(arduino_monitor) \
    X(platformio_monitor) X(terminal_stamps) X(csv_date_column) X(rtt_shell) X(jupyter_cells) X(python_logging) X(pyterm) X(rust_tracing) X(go_log) X(tick_ms)                                                                \
    X(syslog) X(syslog_iso) X(datadog_logs) X(journal) X(openwrt_logread) X(esphome) X(mbed_trace) X(zephyr_modem_cmux) X(zephyr_modem_chat) \
    X(zephyr_cmd_handler) X(esp_modem_cmux) X(esp_modem) X(esp_modem_legacy) X(tinygsm) X(wnc_controller) X(ubxlib) X(gammu)           \
    X(python_gsmmodem) X(hologram_python) X(python_bytes) X(pppd_chat) X(serialport_gsm) X(chan_dongle) X(particle_ncp) X(nrf_modem_defmt) X(ewf) X(rtthread_at) X(sim800l_driver) X(fona) X(circuitpython_fona) X(esp_modem_console) X(luat_ril) X(stamped_lines) X(atat) X(wvdial) X(mmcli) X(wiolte) X(ovms_cellular) X(ndm_tty) X(go_modem_trace) X(itead_sim800) X(wifiespat) X(qtopia_atchat) X(ofono_gatchat) X(kannel_at2) X(smstools3) X(txgsm) X(mdmparser) X(esphome_sim800l) X(nrf_at_shell) X(nrf_serial_terminal) X(riot_at_shell) X(mikrotik_at_chat) X(pycom_lte) X(smslib) X(smslib_v3) X(eg25_manager) X(command_response_lines) X(command_list) X(espruino_at) X(nrf_at_cmd) X(sparkfun_ublox) X(waveshare_send_at) X(powershell_serialport) X(shell_redirect) X(freertos_cellular) X(libgsm_pppos) X(quecpython_atcmd) X(jpnevulator) X(tasmota_serial)                                     \
    X(hologram_simcom) X(arduino_modem_debug) X(sms_tool) X(hex_rows)                                        \
    X(csv_serial_logger) X(docklight) X(qcom) X(atcmdparser) X(yat) X(generic_arrows) X(generic_txrx)      \
    X(generic_sendrecv) X(generic_gtlt) X(generic_oneline)                                                \
    X(shell_at_tool) X(mgos_pppos) X(picocom_imap) X(port_monitor_text) X(coolterm_ms) X(bracket_date_underscore) X(hercules) X(nodered_debug) X(nodered_log) X(vscode_serial_monitor) \
    X(serilog) X(line_stamps) X(chat_typography) X(markdown_table) X(one_column_table) X(numbered_table) X(quoted_list_lines) X(paired_output) \
    X(zephyr_hl7800) X(ll_hook_bytes) X(app_verb_lines) X(node_buffer) X(miniterm_debug) \
    X(openwrt_gcom) X(openwrt_atc) X(gnokii) \
    X(windows_modemlog) X(llcom) X(quecmanager_json) \
    X(container_logs) X(json_lines) X(chat_log) X(chat_export) \
    X(sms_tool_nofinal) \
    X(html_markup) X(mail_indent) X(kibana_discover) X(grafana_explore) X(kibana_csv) X(kibana_json) X(datadog_csv) X(grafana_csv) X(log_export_csv) X(papertrail_archive) X(tsv_table) X(table_rows) X(harness_dashes) X(screen_escapes) \
    X(portmon) X(wireshark_usb) X(hex_offset_rows) \
    X(inline_ctrl_tokens) X(structured_log_data) X(python_list_reply) X(call_reply_string) X(quoted_bytes) \
    X(asterisk_user_cmd) X(legato_at) X(slsnif) X(usbmon_text) X(espatcontrol) \
    X(rsyslog_escapes) X(caret_notation) X(journal_blob) X(loki_logcli) X(aws_logs_tail) X(dotnet_console) X(tcpflow) X(nuttx_chat) X(esp_idf_log) X(mbed_trace_prefix) X(node_debug)
#define DECL(id)                                                                               \
    extern const char ats_format_##id[];                                                       \
    extern const size_t ats_format_##id##_len;                                                 \
    extern const unsigned char ats_format_##id##_packed[];                                     \
    extern const size_t ats_format_##id##_packed_len;
ATS_FORMAT_BUILTINS(DECL)
#undef DECL

static const char *const time_names[FD_T_COUNT] = {"year", "month", "mon",  "day",
                                                   "H",    "M",     "S",    "frac",
                                                   "frac2", "ms",   "secs", "date", "ampm"};

static const char *const k_root[] = {"$schema", "format_version", "name", "kind", "title",
                                     "source", "detects_on", "lossy", "shows", "rules", "other",
                                     "min_signature",
                                     "other_decode", "glue", "sides", "samples", "layer", "wrapped",
                                     "match", "drop", "block_open", "block_close", "remove", "replace_with", "any", "min_ratio", "at_share", "session", "answered", "repeat", "prose_around", "md_block", "csv_cell", "json_string", "c_string", "time_line", "continued", "counting", "ticking", "one_source", "own_lines", "json",
                                     "list_open", "list_item", "split_lines", "marker", "refuted_by",
                                     "script_lines", "omits_commands", "reads_as_received", NULL};
static const char *const k_omits[] = {"why", "unless_seen", NULL};
static const char *const k_rule[] = {"name", "match", "dir", "dir_map", "host_log", "decode",
                                     "suffix", "suffix_crless", "suffix_eolless", "prefix", "continue", "cumulative", "keep_cr", "strip",
                                     "line_breaks", "signature", "signature_under", "defer_to", "cmux", "host_log_after", "goes_on", "echo_glued", "whole_write", "not_sent", "gave_up", "flushes", "repeats", "sent_unshown", "wait_echo",
                                     "data_end", "heads", "refutes", "required",
                                     "verdict", "lookup", NULL};
static const char *const k_cont[] = {"match", "decode", "until_rule", "stop", "first", "end", "join",
                                     "max_lines", "keep_lines", NULL};
static const char *const k_wrapped[] = {"cut", "text", "prefix", NULL};
static const char *const k_sample_trace[] = {"line", "rule", "dir", "bytes", NULL};
static const char *const k_sample_wrap[] = {"line", "body", "dropped", "block", NULL};

static void pat_free(fd_pat *p)
{
    pcre2_code *jc = atomic_load_explicit(&p->jcode, memory_order_acquire);
    if (jc != p->code)
        pcre2_code_free(jc);
    pcre2_code_free(p->code);
    pcre2_code_free(p->full);
    free(p->src);
    memset(p, 0, sizeof *p);
}

#define REST_TAIL "(?<payload>.*)$"

/* Does the pattern end with a payload group that takes the rest of the line
 * (and no verb at its start changes what a line end is)? */
static int rest_tail(const char *s)
{
    size_t sl = strlen(s), tl = sizeof REST_TAIL - 1, bs = 0;
    if (sl <= tl || memcmp(s + sl - tl, REST_TAIL, tl) != 0 || strncmp(s, "(*", 2) == 0)
        return 0;
    while (bs < sl - tl && s[sl - tl - 1 - bs] == '\\')
        bs++;
    return bs % 2 == 0;      /* not "\\(?<payload>...": a literal parenthesis */
}

/* ats_fd_need(), found at build time when s is a built-in's pattern */
static int need_of(const char *s, fd_need *nd)
{
    long i = ats_re_pre_find(s);
    if (i < 0)
        return ats_fd_need(s, nd);
    *nd = ats_need_pre_table[i].need;
    return ats_need_pre_table[i].rc;
}

static int pat_compile(const ats_jl *L, fd_pat *p, json_t *v, const char *path)
{
    memset(p, 0, sizeof *p);
    p->g_payload = p->g_dir = p->g_body = p->g_chan = p->g_ftype = p->g_num = p->g_port = p->g_src = p->g_tag = p->g_thread = p->g_cmd = p->g_took = p->g_took_unit = p->g_len = -1;
    for (int k = 0; k < FD_T_COUNT; k++)
        p->g_time[k] = -1;
    if (!json_is_string(v))
        return ats_jl_bad(L, ATS_EPROFILE, v, path, "expected a pattern string");
    const char *s = json_string_value(v);
    int oom;
    char why[320], m[340];
    if (rest_tail(s)) {
        size_t keep = strlen(s) - (sizeof REST_TAIL - 1);
        char *short_src = malloc(keep + sizeof "(?<payload>)");
        if (!short_src)
            return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
        memcpy(short_src, s, keep);
        memcpy(short_src + keep, "(?<payload>)", sizeof "(?<payload>)");
        p->code = ats_re_code(short_src, &oom, why, sizeof why);
        free(short_src);
        if (p->code && !(p->full = ats_re_code(s, &oom, why, sizeof why))) {
            pcre2_code_free(p->code);
            p->code = NULL;
        }
        if (p->code)
            p->rest_group = ats_re_group_number(p->code, "payload");
        else if (!oom)       /* the error as the pattern was written */
            pcre2_code_free(ats_re_code(s, &oom, why, sizeof why));
    } else {
        p->code = ats_re_code(s, &oom, why, sizeof why);
    }
    if (!p->code) {
        if (oom)
            return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
        snprintf(m, sizeof m, "pattern: %s", why);
        return ats_jl_bad(L, ATS_EPROFILE, v, path, m);
    }
    p->src = strdup(s);
    if (!p->src)
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    p->has_need = need_of(s, &p->need) > 0 || p->need.nany > 0;
    ats_re_screen_init(&p->screen, p->code);
    p->g_payload = ats_re_group_number(p->code, "payload");
    p->g_dir = ats_re_group_number(p->code, "dir");
    p->g_body = ats_re_group_number(p->code, "body");
    p->g_num = ats_re_group_number(p->code, "num");
    p->g_src = ats_re_group_number(p->code, "src");
    p->g_tag = ats_re_group_number(p->code, "tag");
    p->g_chan = ats_re_group_number(p->code, "chan");
    p->g_ftype = ats_re_group_number(p->code, "ftype");
    p->g_port = ats_re_group_number(p->code, "port");
    p->g_thread = ats_re_group_number(p->code, "thread");
    p->g_cmd = ats_re_group_number(p->code, "command");
    p->g_took = ats_re_group_number(p->code, "took");
    p->g_took_unit = ats_re_group_number(p->code, "took_unit");
    p->g_len = ats_re_group_number(p->code, "len");
    for (int k = 0; k < FD_T_COUNT; k++) {
        p->g_time[k] = ats_re_group_number(p->code, time_names[k]);
        if (p->g_time[k] > 0) {
            p->has_time = 1;
            p->tk[p->ntk++] = k;
        }
    }
    return 0;
}

pcre2_code *ats_fd_code(const fd_pat *pat)
{
    /* the one place a shared pattern changes (heap memory: the cast is sound) */
    return ats_re_lazy_jit((_Atomic(pcre2_code *) *)&pat->jcode, pat->code);
}

pcre2_code *ats_fd_code_tiered(const fd_pat *pat)
{
    pcre2_code *jc = atomic_load_explicit(&pat->jcode, memory_order_acquire);
    if (jc)
        return jc;
    /* the count is the only other thing a shared pattern changes (heap
     * memory: the cast is sound) */
    _Atomic unsigned *runs = (_Atomic unsigned *)&pat->runs;
    if (atomic_fetch_add_explicit(runs, 1, memory_order_relaxed) < FD_JIT_AFTER)
        return pat->code;
    return ats_fd_code(pat);
}

int ats_fd_match(const fd_pat *pat, pcre2_match_data *md, pcre2_match_context *mc, const char *s,
             size_t n)
{
    return ats_fd_match_lf_free(pat, md, mc, s, n, 0);
}

/* pat run as code c (its JIT copy, or the interpreter's), memo told the
 * match PCRE2 made (NULL: none); inline always: out of line it cost the
 * trace's every line a call */
__attribute__((always_inline)) static inline int run(const fd_pat *pat, pcre2_code *c, pcre2_match_data *md, pcre2_match_context *mc,
               const char *s, size_t n, int lf_free, fd_memo *memo)
{
    if (ats_re_screen_refuses(&pat->screen, s, n))
        return 0;
    int rc = c != pat->code ? pcre2_jit_match(c, (PCRE2_SPTR)s, n, 0, 0, md, mc)
                            : pcre2_match(c, (PCRE2_SPTR)s, n, 0, 0, md, mc);
    if (rc < 0)
        return 0;
    if (memo)
        ats_fd_memo_keep(memo, pat, mc, s, n, pcre2_get_ovector_pointer(md));
    if (pat->rest_group > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        size_t a = ov[2 * pat->rest_group];
        if (a != PCRE2_UNSET) {
            /* ".*$" takes the rest up to a last LF, and fails on one inside */
            const char *lf = lf_free ? NULL : memchr(s + a, '\n', n - a);
            if (lf && lf != s + n - 1)
                return pcre2_match(pat->full, (PCRE2_SPTR)s, n, 0, 0, md, mc) >= 0;
            ov[2 * pat->rest_group + 1] = ov[1] = lf ? n - 1 : n;
        }
    }
    return 1;
}

int ats_fd_match_lf_free(const fd_pat *pat, pcre2_match_data *md, pcre2_match_context *mc,
                         const char *s, size_t n, int lf_free)
{
    /* the JIT copy once made, without the call that makes it (a trace
     * matches every line here) */
    pcre2_code *c =
        atomic_load_explicit((_Atomic(pcre2_code *) *)&pat->jcode, memory_order_acquire);
    return run(pat, c ? c : ats_fd_code(pat), md, mc, s, n, lf_free, NULL);
}

int ats_fd_match_memo(const fd_pat *pat, fd_memo *memo, pcre2_match_data *md,
                      pcre2_match_context *mc, const char *s, size_t n, int lf_free)
{
    pcre2_code *c =
        atomic_load_explicit((_Atomic(pcre2_code *) *)&pat->jcode, memory_order_acquire);
    return run(pat, c ? c : ats_fd_code(pat), md, mc, s, n, lf_free, memo);
}

int ats_fd_match_tiered(const fd_pat *pat, pcre2_match_data *md, pcre2_match_context *mc,
                        const char *s, size_t n)
{
    return run(pat, ats_fd_code_tiered(pat), md, mc, s, n, 0, NULL);
}

int ats_fd_match_interp(const fd_pat *pat, pcre2_match_data *md, pcre2_match_context *mc,
                         const char *s, size_t n)
{
    return run(pat, pat->code, md, mc, s, n, 0, NULL);
}

int ats_fd_group(pcre2_match_data *md, int g, const char *s, ats_span *out)
{
    return ats_re_group(md, g, s, out);
}

/* Eight ASCII digits (the first in the lowest byte) as their number, or
 * UINT64_MAX when a byte is no digit: a trace's stamp ([00030546ms]) is
 * eight digits on every line. */
static uint64_t digits8(const char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
    w = __builtin_bswap64(w);
#endif
    const uint64_t hi = 0xF0F0F0F0F0F0F0F0ull, threes = 0x3030303030303030ull;
    /* each byte 0x30..0x39: high nibble 3, and adding 6 leaves it 3 */
    if ((w & hi) != threes || ((w + 0x0606060606060606ull) & hi) != threes)
        return UINT64_MAX;
    w -= threes;
    w = (w * 10 + (w >> 8)) & 0x00FF00FF00FF00FFull;
    w = (w * 100 + (w >> 16)) & 0x0000FFFF0000FFFFull;
    return (w * 10000 + (w >> 32)) & 0xFFFFFFFFull;
}

static inline int num(ats_span v, int64_t *out)
{
    uint64_t x = 0, bad = 0;
    if (!v.len || v.len > 18)
        return 0;
    size_t i = 0;
    for (; i + 8 <= v.len; i += 8) {
        uint64_t e = digits8(v.ptr + i);
        if (e == UINT64_MAX)
            return 0;
        x = x * 100000000u + e;
    }
    for (; i < v.len; i++) {
        uint64_t d = (uint64_t)(unsigned char)v.ptr[i] - '0';
        bad |= d > 9;
        x = x * 10 + d;
    }
    if (bad)
        return 0;
    *out = (int64_t)x;
    return 1;
}

/* A (?<date>) group in the forms serial tools write as the Windows or
 * desktop locale says: Y-M-D, Y/M/D, Y.M.D (year first, four digits);
 * D.M.Y (German, Russian, ...: a dot after the day); M/D/Y (US) and D/M/Y,
 * D-M-Y (most others) told apart only when one of the two is over 12, else
 * month first for '/' (the US form) and day first for '-'. A two-digit year
 * is 20YY. 1 with *y, *mo, *d set; 0 when it is no date. */
static int date_of(ats_span v, int *y, int *mo, int *d)
{
    int64_t f[3];
    size_t len[3];
    char sep = 0;
    size_t i = 0;
    for (int k = 0; k < 3; k++) {
        size_t st = i;
        while (i < v.len && v.ptr[i] >= '0' && v.ptr[i] <= '9')
            i++;
        ats_span part = {v.ptr + st, i - st};
        len[k] = part.len;
        if (!num(part, &f[k]) || part.len > 4)
            return 0;
        if (k < 2) {
            if (i >= v.len || (v.ptr[i] != '-' && v.ptr[i] != '.' && v.ptr[i] != '/') ||
                (sep && v.ptr[i] != sep))
                return 0;
            sep = v.ptr[i++];
        }
    }
    if (i != v.len)
        return 0;
    if (len[0] == 4) {
        *y = (int)f[0], *mo = (int)f[1], *d = (int)f[2];
    } else if (len[2] == 4 || len[2] == 2) {
        int64_t a = f[0], b = f[1];
        int month_first = sep == '/' ? !(a > 12 && b <= 12) : (b > 12 && a <= 12);
        *y = (int)(len[2] == 2 ? 2000 + f[2] : f[2]);
        *mo = (int)(month_first ? a : b);
        *d = (int)(month_first ? b : a);
    } else {
        return 0;
    }
    return *mo >= 1 && *mo <= 12 && *d >= 1 && *d <= 31;
}

static int month_of(ats_span v)
{
    static const char *const m[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                    "jul", "aug", "sep", "oct", "nov", "dec"};
    if (v.len < 3)
        return 0;
    for (int i = 0; i < 12; i++)
        if ((v.ptr[0] | 32) == m[i][0] && (v.ptr[1] | 32) == m[i][1] &&
            (v.ptr[2] | 32) == m[i][2])
            return i + 1;
    return 0;
}

/* fraction digits -> microseconds */
static int64_t frac_us(ats_span v)
{
    int64_t us = 0;
    size_t k = 0;
    for (; k < v.len && k < 6; k++)
        us = us * 10 + (v.ptr[k] - '0');
    for (; k < 6; k++)
        us *= 10;
    return us;
}

void ats_fd_time_parts(const fd_pat *pat, pcre2_match_data *md, const char *s, fd_tparts *t)
{
    if (!pat->has_time) {
        memset(t, 0, sizeof *t);
        return;
    }
    ats_fd_time_parts_ov(pat, pcre2_get_ovector_pointer(md), pcre2_get_ovector_count(md), s, t);
}

void ats_fd_time_parts_ov(const fd_pat *pat, const PCRE2_SIZE *ov, uint32_t nov, const char *s,
                          fd_tparts *t)
{
    if (!pat->has_time) {
        memset(t, 0, sizeof *t);
        return;
    }
    ats_span v[FD_T_COUNT];
    int have[FD_T_COUNT];
    int64_t x;
    /* A trace's clock is most often one relative group ([00030546ms]): it
     * is taken before the rest is cleared and gathered (every line of a
     * trace comes here). */
    int gm = pat->g_time[FD_T_MS];
    if (gm > 0 && (uint32_t)gm < nov && ov[2 * gm] != PCRE2_UNSET) {
        ats_span ms = {s + ov[2 * gm], ov[2 * gm + 1] - ov[2 * gm]};
        if (num(ms, &x)) {
            memset(t, 0, sizeof *t);
            t->have = 3;
            t->us = x * 1000;
            return;
        }
    }
    memset(t, 0, sizeof *t);
    memset(have, 0, sizeof have);
    /* only the groups the pattern has: most have one or two */
    for (int i = 0; i < pat->ntk; i++) {
        int k = pat->tk[i], g = pat->g_time[k];
        have[k] = (uint32_t)g < nov && ov[2 * g] != PCRE2_UNSET;
        if (have[k]) {
            v[k].ptr = s + ov[2 * g];
            v[k].len = ov[2 * g + 1] - ov[2 * g];
        }
    }
    if (have[FD_T_SECS] && num(v[FD_T_SECS], &x)) {
        t->have = 3;
        t->us = x * 1000000 + (have[FD_T_FRAC] ? frac_us(v[FD_T_FRAC]) : 0);
        return;
    }
    if (!have[FD_T_H] || !num(v[FD_T_H], &x))
        return;
    t->h = (int)x;
    /* a 12-hour clock (a US locale's "1:38:59 PM"): 12 AM is 0 h */
    if (have[FD_T_AMPM] && v[FD_T_AMPM].len && t->h >= 1 && t->h <= 12)
        t->h = t->h % 12 + ((v[FD_T_AMPM].ptr[0] | 32) == 'p' ? 12 : 0);
    t->m = have[FD_T_M] && num(v[FD_T_M], &x) ? (int)x : 0;
    t->s = have[FD_T_S] && num(v[FD_T_S], &x) ? (int)x : 0;
    if (have[FD_T_FRAC]) {
        ats_span f = v[FD_T_FRAC];
        char buf[12];
        size_t k = 0;
        for (; k < f.len && k < 6; k++)
            buf[k] = f.ptr[k];
        /* Zephyr's ".mmm,uuu": the second group continues the first */
        if (have[FD_T_FRAC2])
            for (size_t j = 0; j < v[FD_T_FRAC2].len && k < 6; j++)
                buf[k++] = v[FD_T_FRAC2].ptr[j];
        ats_span all = {buf, k};
        t->us = frac_us(all);
    }
    t->have = 1;
    int dy, dmo, dd;
    if (have[FD_T_DATE] && date_of(v[FD_T_DATE], &dy, &dmo, &dd) && dy >= 1970) {
        t->year = dy;
        t->month = dmo;
        t->day = dd;
        t->have = 2;
    } else if (have[FD_T_DAY] && num(v[FD_T_DAY], &x)) {
        t->day = (int)x;
        int mo = 0;
        if (have[FD_T_MONTH] && num(v[FD_T_MONTH], &x))
            mo = (int)x;
        else if (have[FD_T_MON])
            mo = month_of(v[FD_T_MON]);
        if (mo && have[FD_T_YEAR] && num(v[FD_T_YEAR], &x) && x >= 1970) {
            t->month = mo;
            t->year = (int)x;
            t->have = 2;
        }
    }
}

fd_side ats_fd_rule_side(const fd_rule *r, const char *tok, size_t n)
{
    /* tokens are a few bytes ("TX", "<--"): compared here, not by a call */
    for (size_t i = 0; i < r->nmap; i++) {
        if (r->map[i].len != n)
            continue;
        size_t k = 0;
        while (k < n && r->map[i].token[k] == tok[k])
            k++;
        if (k == n)
            return r->map[i].side;
    }
    for (size_t i = 0; i < r->nmap; i++)
        if (!ats_ascii_casecmp(r->map[i].token, r->map[i].len, tok, n))
            return r->map[i].side;
    return FD_SIDE_UNKNOWN;
}

int ats_fd_strip(const fd_rule *r, pcre2_match_data *md, pcre2_match_context *mc, const char *p,
                 size_t n, unsigned char *out, size_t *outlen)
{
    const fd_pat *pt = r->strip.code ? &r->strip : &r->breaks;
    if (!pt->code)
        return 0;
    PCRE2_SIZE olen = *outlen;
    int q = pcre2_substitute(ats_fd_code(pt), (PCRE2_SPTR)p, n, 0, PCRE2_SUBSTITUTE_GLOBAL, md, mc,
                             (PCRE2_SPTR)(pt == &r->strip ? "" : "\r\n"), pt == &r->strip ? 0 : 2,
                             out, &olen);
    if (q <= 0)
        return 0;
    *outlen = olen;
    return 1;
}

int ats_fd_lookup(const fd_rule *r, const char *p, size_t n, ats_span *out)
{
    for (size_t i = 0; i < r->nlookup; i++)
        if (r->lookup[i].klen == n && !memcmp(r->lookup[i].key, p, n)) {
            out->ptr = r->lookup[i].val;
            out->len = r->lookup[i].vlen;
            return 1;
        }
    return 0;
}

static int side_of(const char *s, fd_side *out)
{
    static const struct {
        const char *n;
        fd_side s;
    } t[] = {{"tx", FD_SIDE_TX}, {"rx", FD_SIDE_RX}, {"unknown", FD_SIDE_UNKNOWN},
             {"a", FD_SIDE_A},   {"b", FD_SIDE_B}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (!strcmp(s, t[i].n)) {
            *out = t[i].s;
            return 1;
        }
    return 0;
}

static char *dupstr(const char *s) { return strdup(s ? s : ""); }

static int get_bool(const ats_jl *L, json_t *o, const char *key, const char *path, int *out)
{
    json_t *v = json_object_get(o, key);
    if (!v)
        return 0;
    if (!json_is_boolean(v)) {
        char p[200];
        snprintf(p, sizeof p, "%.150s.%.40s", path, key);
        return ats_jl_bad_member(L, ATS_EPROFILE, key, v, p, "expected true or false");
    }
    *out = json_is_true(v);
    return 0;
}

static int get_string(const ats_jl *L, json_t *o, const char *key, const char *path,
                      int required, const char **out)
{
    return ats_jl_get_str(L, ATS_EPROFILE, o, key, path, required, out);
}

static int get_decoder(const ats_jl *L, json_t *o, const char *key, const char *path,
                       fd_decoder *out)
{
    const char *s;
    int rc = get_string(L, o, key, path, 0, &s);
    if (rc || !s)
        return rc;
    if (ats_fd_decoder_find(s, out))
        return 0;
    char m[300];
    int k = snprintf(m, sizeof m, "unknown decoder \"%.60s\" (known:", s);
    for (int i = 0; i < FD_DEC_COUNT && k > 0 && (size_t)k < sizeof m; i++)
        k += snprintf(m + k, sizeof m - (size_t)k, " %s", ats_fd_decoder_name((fd_decoder)i));
    if (k > 0 && (size_t)k < sizeof m)
        snprintf(m + k, sizeof m - (size_t)k, ")");
    return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, key), path, m);
}

static int get_bytes(const ats_jl *L, json_t *o, const char *key, const char *path,
                     unsigned char **out, size_t *n)
{
    json_t *v = json_object_get(o, key);
    *out = NULL;
    *n = 0;
    if (!v)
        return 0;
    if (!json_is_string(v)) {
        char p[200];
        snprintf(p, sizeof p, "%.150s.%.40s", path, key);
        return ats_jl_bad_member(L, ATS_EPROFILE, key, v, p, "expected a string");
    }
    *n = json_string_length(v);
    *out = malloc(*n + 1);
    if (!*out)
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    memcpy(*out, json_string_value(v), *n + 1);
    return 0;
}

static void rule_free(fd_rule *r)
{
    free(r->name);
    free(r->signature_under);
    free(r->source);
    pat_free(&r->pat);
    pat_free(&r->cont);
    pat_free(&r->stop);
    pat_free(&r->first);
    pat_free(&r->end);
    pat_free(&r->strip);
    pat_free(&r->breaks);
    for (size_t i = 0; i < r->nmap; i++)
        free(r->map[i].token);
    free(r->map);
    free(r->suffix);
    free(r->prefix);
    free(r->join);
    pat_free(&r->wait_pass);
    pat_free(&r->wait_answerless);
    for (size_t i = 0; i < r->ndefer; i++)
        free(r->defer_to[i]);
    free(r->defer_to);
    for (size_t i = 0; i < r->nrepeats; i++)
        free(r->repeats[i]);
    free(r->repeats);
    for (size_t i = 0; i < r->nafter; i++)
        free(r->after[i]);
    free(r->after);
    for (size_t i = 0; i < r->nlookup; i++) {
        free(r->lookup[i].key);
        free(r->lookup[i].val);
    }
    free(r->lookup);
}

/* "lookup": an object of strings, each key the payload as the trace prints
 * it and its value the text the wire carried. */
static int get_lookup(const ats_jl *L, json_t *o, const char *path, fd_rule *r)
{
    json_t *t = json_object_get(o, "lookup");
    if (!t)
        return 0;
    if (!json_is_object(t) || json_object_size(t) == 0)
        return ats_jl_bad(L, ATS_EPROFILE, t, path,
                          "\"lookup\" is an object of the payloads as printed and their text");
    r->lookup = calloc(json_object_size(t), sizeof *r->lookup);
    if (!r->lookup)
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    const char *k;
    json_t *v;
    json_object_foreach(t, k, v)
    {
        if (!json_is_string(v))
            return ats_jl_bad(L, ATS_EPROFILE, v, path, "a lookup value is a string");
        fd_lookup *e = &r->lookup[r->nlookup];
        e->klen = strlen(k);
        e->vlen = json_string_length(v);
        e->key = malloc(e->klen + 1);
        e->val = malloc(e->vlen + 1);
        if (!e->key || !e->val) {
            free(e->key);
            free(e->val);
            return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
        }
        memcpy(e->key, k, e->klen + 1);
        memcpy(e->val, json_string_value(v), e->vlen + 1);
        r->nlookup++;
    }
    return 0;
}

static void def_free(fd_def *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->nrules; i++)
        rule_free(&d->rules[i]);
    free(d->rules);
    pat_free(&d->glue);
    pat_free(&d->wrap_cut);
    pat_free(&d->wrap_text);
    pat_free(&d->wrap_prefix);
    pat_free(&d->match);
    pat_free(&d->drop);
    pat_free(&d->block_open);
    pat_free(&d->block_close);
    pat_free(&d->remove);
    pat_free(&d->continued);
    pat_free(&d->time_line);
    pat_free(&d->list_open);
    pat_free(&d->list_item);
    pat_free(&d->marker);
    pat_free(&d->refuted_by);
    free(d->omits_why);
    free(d->replace_with);
    for (size_t i = 0; i < d->njson_body; i++)
        free(d->json_body[i]);
    free(d->json_body);
    for (size_t i = 0; i < d->njson_unless; i++)
        free(d->json_unless[i]);
    free(d->json_unless);
    free(d->json_src);
    free(d->json_time_us);
    free(d->name);
    free(d->title);
    free(d->detects_on);
    free(d->source);
    free(d->path);
    free(d);
}

static int groups_of(const fd_pat *p)
{
    uint32_t n = 0;
    if (p->code)
        pcre2_pattern_info(p->code, PCRE2_INFO_CAPTURECOUNT, &n);
    return (int)n + 1;
}

/* An optional array of rule names. */
static int get_names(const ats_jl *L, json_t *o, const char *key, const char *path, char ***out,
                     size_t *n)
{
    json_t *df = json_object_get(o, key);
    if (!df)
        return 0;
    char m[100];
    if (!json_is_array(df)) {
        snprintf(m, sizeof m, "%s is an array of rule names", key);
        return ats_jl_bad(L, ATS_EPROFILE, df, path, m);
    }
    *out = calloc(json_array_size(df) + 1, sizeof **out);
    if (!*out)
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    size_t i;
    json_t *v;
    json_array_foreach(df, i, v)
    {
        if (!json_is_string(v)) {
            snprintf(m, sizeof m, "%s names rules", key);
            return ats_jl_bad(L, ATS_EPROFILE, v, path, m);
        }
        if (!((*out)[*n] = dupstr(json_string_value(v))))
            return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
        (*n)++;
    }
    return 0;
}

static int load_rule(const ats_jl *L, void *ctx, json_t *o, const char *path, void *item)
{
    fd_def *d = ctx;
    fd_rule *r = item;
    int rc;
    const char *s;
    if (!json_is_object(o))
        return ats_jl_bad(L, ATS_EPROFILE, o, path, "a rule is an object");
    if ((rc = ats_jl_check_keys(L, ATS_EPROFILE, o, path, k_rule)) != 0)
        return rc;
    if ((rc = get_string(L, o, "name", path, 1, &s)) != 0)
        return rc;
    r->name = dupstr(s);
    char src[200];
    snprintf(src, sizeof src, "%.60s: %.100s", d->name ? d->name : "", s ? s : "");
    r->source = dupstr(src);
    if (!r->name || !r->source)
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    json_t *m = json_object_get(o, "match");
    if (!m)
        return ats_jl_bad(L, ATS_EPROFILE, o, path, "missing required pattern \"match\"");
    if ((rc = pat_compile(L, &r->pat, m, path)) != 0)
        return rc;
    r->signature = 1;
    if ((rc = get_bool(L, o, "host_log", path, &r->host_log)) != 0 ||
        (rc = get_bool(L, o, "cumulative", path, &r->cumulative)) != 0 ||
        (rc = get_bool(L, o, "keep_cr", path, &r->keep_cr)) != 0 ||
        (rc = get_bool(L, o, "suffix_crless", path, &r->suffix_crless)) != 0 ||
        (rc = get_bool(L, o, "suffix_eolless", path, &r->suffix_eolless)) != 0 ||
        (rc = get_bool(L, o, "goes_on", path, &r->goes_on)) != 0 ||
        (rc = get_bool(L, o, "verdict", path, &r->verdict)) != 0 ||
        (rc = get_bool(L, o, "echo_glued", path, &r->echo_glued)) != 0 ||
        (rc = get_bool(L, o, "whole_write", path, &r->whole_write)) != 0 ||
        (rc = get_bool(L, o, "not_sent", path, &r->not_sent)) != 0 ||
        (rc = get_bool(L, o, "gave_up", path, &r->gave_up)) != 0 ||
        (rc = get_bool(L, o, "flushes", path, &r->flushes)) != 0 ||
        (rc = get_bool(L, o, "data_end", path, &r->data_end)) != 0 ||
        (rc = get_bool(L, o, "refutes", path, &r->refutes)) != 0 ||
        (rc = get_bool(L, o, "required", path, &r->required)) != 0 ||
        (rc = get_bool(L, o, "sent_unshown", path, &r->sent_unshown)) != 0 ||
        (rc = get_bool(L, o, "heads", path, &r->heads)) != 0 ||
        (rc = get_bool(L, o, "signature", path, &r->signature)) != 0)
        return rc;
    json_t *su = json_object_get(o, "signature_under");
    if (su) {
        if (!json_is_string(su) || !json_string_length(su) || !r->signature)
            return ats_jl_bad(L, ATS_EPROFILE, su, path,
                              "signature_under is a wrapper's name, on a signature rule");
        if (!(r->signature_under = dupstr(json_string_value(su))))
            return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    }
    if ((rc = get_decoder(L, o, "decode", path, &r->dec)) != 0)
        return rc;
    json_t *strip = json_object_get(o, "strip");
    if (strip && (rc = pat_compile(L, &r->strip, strip, path)) != 0)
        return rc;
    json_t *breaks = json_object_get(o, "line_breaks");
    if (breaks && strip)
        return ats_jl_bad(L, ATS_EPROFILE, breaks, path, "\"line_breaks\" and \"strip\" in one rule");
    if (breaks && (rc = pat_compile(L, &r->breaks, breaks, path)) != 0)
        return rc;
    if ((rc = get_bytes(L, o, "suffix", path, &r->suffix, &r->nsuffix)) != 0)
        return rc;
    if ((rc = get_bytes(L, o, "prefix", path, &r->prefix, &r->nprefix)) != 0)
        return rc;
    if ((rc = get_lookup(L, o, path, r)) != 0)
        return rc;
    if (r->nlookup && r->host_log) {
        char lp[200];
        snprintf(lp, sizeof lp, "%.150s.host_log", path);
        /* the member's place: a table's own text is not found whole */
        return ats_jl_bad_member(L, ATS_EPROFILE, "host_log", json_object_get(o, "host_log"), lp,
                                 "a host_log rule has no payload to look up");
    }
    if ((rc = get_string(L, o, "dir", path, 0, &s)) != 0)
        return rc;
    json_t *map = json_object_get(o, "dir_map");
    if (s && !side_of(s, &r->side))
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "dir"), path,
                          "dir must be tx, rx, unknown, a or b");
    if (map) {
        if (!json_is_object(map) || r->pat.g_dir < 0)
            return ats_jl_bad(L, ATS_EPROFILE, map, path,
                              "dir_map maps the (?<dir>) group's tokens to tx/rx/a/b: an object, "
                              "and the pattern needs that group");
        r->map = calloc(json_object_size(map) + 1, sizeof *r->map);
        if (!r->map)
            return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
        const char *key;
        json_t *v;
        json_object_foreach(map, key, v)
        {
            fd_side sd;
            if (!json_is_string(v) || !side_of(json_string_value(v), &sd))
                return ats_jl_bad(L, ATS_EPROFILE, v, path,
                                  "dir_map values are tx, rx, unknown, a or b");
            if (!(r->map[r->nmap].token = dupstr(key)))
                return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
            r->map[r->nmap].len = strlen(key);
            r->map[r->nmap++].side = sd;
            if (sd == FD_SIDE_A || sd == FD_SIDE_B)
                d->sides_by_content = 1;
        }
    } else if (!s && !r->host_log) {
        /* at the rule's pattern: an object has no position of its own */
        json_t *at = json_object_get(o, "match");
        return ats_jl_bad(L, ATS_EPROFILE, at ? at : o, path,
                          "a data rule needs \"dir\" or \"dir_map\" (or \"host_log\": true)");
    }
    if (!r->host_log && r->pat.g_payload < 0)
        return ats_jl_bad(L, ATS_EPROFILE, m, path,
                          "a data rule's pattern needs a (?<payload>...) group");
    json_t *c = json_object_get(o, "continue");
    if (c) {
        char cp[200];
        snprintf(cp, sizeof cp, "%.150s.continue", path);
        if (!json_is_object(c))
            return ats_jl_bad(L, ATS_EPROFILE, c, cp, "expected an object");
        if ((rc = ats_jl_check_keys(L, ATS_EPROFILE, c, cp, k_cont)) != 0)
            return rc;
        if ((rc = get_bool(L, c, "keep_lines", cp, &r->cont_keep_lines)) != 0)
            return rc;
        if ((rc = get_bool(L, c, "until_rule", cp, &r->cont_until_rule)) != 0)
            return rc;
        json_t *st = json_object_get(c, "stop");
        if (st && (rc = pat_compile(L, &r->stop, st, cp)) != 0)
            return rc;
        json_t *fi = json_object_get(c, "first");
        if (fi && !r->cont_until_rule)
            return ats_jl_bad(L, ATS_EPROFILE, fi, cp, "first is for until_rule continuations");
        if (fi && (rc = pat_compile(L, &r->first, fi, cp)) != 0)
            return rc;
        json_t *en = json_object_get(c, "end");
        if (en && (rc = pat_compile(L, &r->end, en, cp)) != 0)
            return rc;
        if (en && r->end.g_payload < 0)
            return ats_jl_bad(L, ATS_EPROFILE, en, cp, "an end pattern needs a (?<payload>...) group");
        json_t *cm = json_object_get(c, "match");
        if (cm) {
            if ((rc = pat_compile(L, &r->cont, cm, cp)) != 0)
                return rc;
            if (r->cont.g_payload < 0)
                return ats_jl_bad(L, ATS_EPROFILE, cm, cp,
                                  "a continuation pattern needs a (?<payload>...) group");
        } else if (!r->cont_until_rule) {
            return ats_jl_bad(L, ATS_EPROFILE, c, cp, "give \"match\" or \"until_rule\": true");
        }
        r->cont_dec = r->dec;
        if ((rc = get_decoder(L, c, "decode", cp, &r->cont_dec)) != 0)
            return rc;
        if ((rc = get_bytes(L, c, "join", cp, &r->join, &r->njoin)) != 0)
            return rc;
        json_t *ml = json_object_get(c, "max_lines");
        r->max_lines = 256;
        if (ml) {
            if (!json_is_integer(ml) || json_integer_value(ml) < 1 ||
                json_integer_value(ml) > 100000)
                return ats_jl_bad(L, ATS_EPROFILE, ml, cp, "max_lines is 1 .. 100000");
            r->max_lines = (unsigned)json_integer_value(ml);
        }
    }
    json_t *we = json_object_get(o, "wait_echo");
    if (we) {
        char wp[200];
        snprintf(wp, sizeof wp, "%.150s.wait_echo", path);
        json_t *al = json_is_object(we) ? json_object_get(we, "answerless") : NULL;
        if (!json_is_object(we) || json_object_size(we) != 1u + (al != NULL) ||
            !json_object_get(we, "pass"))
            return ats_jl_bad(L, ATS_EPROFILE, we, wp,
                              "wait_echo is {\"pass\": pattern, \"answerless\": pattern (optional)}");
        if ((rc = pat_compile(L, &r->wait_pass, json_object_get(we, "pass"), wp)) != 0 ||
            (al && (rc = pat_compile(L, &r->wait_answerless, al, wp)) != 0))
            return rc;
        r->wait_echo = 1;        /* the first defer_to rule's, once the rules are known */
    }
    if ((rc = get_names(L, o, "defer_to", path, &r->defer_to, &r->ndefer)) != 0 ||
        (rc = get_names(L, o, "host_log_after", path, &r->after, &r->nafter)) != 0 ||
        (rc = get_names(L, o, "repeats", path, &r->repeats, &r->nrepeats)) != 0)
        return rc;
    if ((rc = get_string(L, o, "cmux", path, 0, &s)) != 0)
        return rc;
    if (s) {
        if (!strcmp(s, "frame"))
            r->cmux = FD_CMUX_FRAME;
        else if (!strcmp(s, "stream"))
            r->cmux = FD_CMUX_STREAM;
        else if (!strcmp(s, "switch"))
            r->cmux = FD_CMUX_SWITCH;
        else
            return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "cmux"), path,
                              "cmux is \"frame\", \"stream\" or \"switch\"");
        if (r->host_log)
            return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "cmux"), path,
                              "a host_log rule carries no CMUX bytes");
        if (r->cmux == FD_CMUX_FRAME && (r->pat.g_chan < 0 || r->pat.g_ftype < 0))
            return ats_jl_bad(L, ATS_EPROFILE, m, path,
                              "a cmux frame rule's pattern needs (?<chan>) and (?<ftype>) groups");
    }
    if (r->goes_on && (r->host_log || r->cmux || c || r->cumulative))
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "goes_on"), path,
                          "goes_on is for a data rule of one line (no continue, cumulative or cmux)");
    if (r->verdict && (r->host_log || r->cmux || c || r->cumulative || r->goes_on ||
                       r->side == FD_SIDE_UNKNOWN || r->nmap))
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "verdict"), path,
                          "verdict is for a data rule of one line with a fixed dir (tx or rx)");
    /* the exchange's time as the host measured it places a data line's
     * command before its answer (reader_trace.c took_split()) */
    if (r->pat.g_took_unit >= 0 && r->pat.g_took < 0)
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "match"), path,
                          "(?<took_unit>) needs a (?<took>) group");
    if (r->pat.g_len >= 0 && (r->host_log || c || r->cumulative || r->cmux || r->goes_on))
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "match"), path,
                          "(?<len>) is for a data rule of one line (the count of its bytes)");
    if (r->pat.g_took >= 0 && r->host_log)
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "match"), path,
                          "(?<took>) is for a data rule (the exchange on its line), not host_log");
    if (r->echo_glued && (r->side != FD_SIDE_RX || r->nmap || c || r->cumulative || r->cmux ||
                          r->goes_on || r->verdict))
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "echo_glued"), path,
                          "echo_glued is for a data rule of one line with dir rx");
    if (r->whole_write && (r->side != FD_SIDE_TX || r->nmap || c || r->cumulative || r->cmux ||
                           r->goes_on || r->verdict || r->nsuffix || r->nrepeats))
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "whole_write"), path,
                          "whole_write is for a data rule of one line with dir tx and no suffix");
    if (r->refutes && (!r->host_log || r->signature || r->required))
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "refutes"), path,
                          "refutes is for a host_log rule with \"signature\": false, not required");
    if (r->not_sent && !r->host_log)
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "not_sent"), path,
                          "not_sent is for a host_log rule");
    if (r->gave_up && (!r->host_log || r->not_sent))
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "gave_up"), path,
                          "gave_up is for a host_log rule without not_sent");
    if (r->sent_unshown && (!r->host_log || r->not_sent || r->gave_up || r->data_end))
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "sent_unshown"), path,
                          "sent_unshown is for a host_log rule without not_sent, gave_up or "
                          "data_end");
    if (r->data_end && (!r->host_log || r->not_sent || r->gave_up))
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "data_end"), path,
                          "data_end is for a host_log rule without not_sent or gave_up");
    if (r->flushes && (!r->host_log || r->not_sent || r->gave_up || r->data_end ||
                       r->sent_unshown || r->heads))
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "flushes"), path,
                          "flushes is for a host_log rule without not_sent, gave_up, data_end, "
                          "sent_unshown or heads");
    if (r->heads && (!r->host_log || r->not_sent || r->gave_up || r->data_end ||
                     (!r->nmap && (r->side == 0 || r->side == FD_SIDE_UNKNOWN))))
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "heads"), path,
                          "heads is for a host_log rule with a dir or dir_map (the side of the "
                          "records it heads), without not_sent, gave_up or data_end");
    if (r->pat.g_cmd >= 0 && !r->gave_up)
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "match"), path,
                          "a (?<command>) group is for a gave_up rule");
    int g = groups_of(&r->pat);
    if (groups_of(&r->cont) > g)
        g = groups_of(&r->cont);
    if (g > d->maxgroups)
        d->maxgroups = g;
    return 0;
}

/* The samples a definition ships: each line must be read as it says. */
static int check_trace_samples(const ats_jl *L, fd_def *d, json_t *arr,
                               pcre2_match_context *mc)
{
    if (!arr)
        return ats_jl_bad(L, ATS_EPROFILE, NULL, d->name,
                          "a definition needs \"samples\": lines it must read");
    if (!json_is_array(arr) || json_array_size(arr) == 0)
        return ats_jl_bad(L, ATS_EPROFILE, arr, "samples", "expected a non-empty array");
    pcre2_match_data *md = pcre2_match_data_create((uint32_t)d->maxgroups + 1, NULL);
    unsigned char *buf = malloc(2 * 65536);   /* decoded bytes; then a stripped payload */
    if (!md || !buf) {
        pcre2_match_data_free(md);
        free(buf);
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    }
    unsigned char *sbuf = buf + 65536;
    int rc = 0;
    size_t i;
    json_t *o;
    json_array_foreach(arr, i, o)
    {
        const char *line, *rule, *dir;
        if (!json_is_object(o)) {
            rc = ats_jl_bad(L, ATS_EPROFILE, o, "samples", "a sample is an object");
            break;
        }
        if ((rc = ats_jl_check_keys(L, ATS_EPROFILE, o, "samples", k_sample_trace)) != 0 ||
            (rc = get_string(L, o, "line", "samples", 1, &line)) != 0 ||
            (rc = get_string(L, o, "rule", "samples", 1, &rule)) != 0 ||
            (rc = get_string(L, o, "dir", "samples", 0, &dir)) != 0)
            break;
        json_t *lv = json_object_get(o, "line");
        size_t n = json_string_length(lv);
        const fd_rule *hit = NULL;
        for (size_t k = 0; k < d->nrules && !hit; k++)
            if (ats_fd_match_interp(&d->rules[k].pat, md, mc, line, n))
                hit = &d->rules[k];
        char m[400];
        if (!hit || strcmp(hit->name, rule) != 0) {
            snprintf(m, sizeof m, "sample is read by rule \"%s\", not \"%s\" as it says",
                     hit ? hit->name : "(none)", rule);
            rc = ats_jl_bad(L, ATS_EPROFILE, lv, "samples", m);
            break;
        }
        json_t *bv = json_object_get(o, "bytes");
        if (bv && !hit->host_log) {
            ats_span p;
            size_t len = hit->nprefix;
            memcpy(buf, hit->prefix ? hit->prefix : (const unsigned char *)"", len);
            if (ats_fd_group(md, hit->pat.g_payload, line, &p)) {
                /* the payload as the reader takes it: stripped first (its
                 * own match data: md's groups are read below) */
                size_t slen = 65536;
                if (ats_fd_strip(hit, NULL, mc, p.ptr, p.len, sbuf, &slen)) {
                    p.ptr = (const char *)sbuf;
                    p.len = slen;
                }
                ats_span lv2;
                if (ats_fd_lookup(hit, p.ptr, p.len, &lv2))
                    p = lv2;
                len = ats_fd_decode(hit->dec, p.ptr, p.len, buf, len, 65536);
            }
            if (!json_is_string(bv) || json_string_length(bv) != len ||
                memcmp(json_string_value(bv), buf, len) != 0) {
                snprintf(m, sizeof m, "sample decodes to %zu bytes that differ from \"bytes\"",
                         len);
                rc = ats_jl_bad(L, ATS_EPROFILE, lv, "samples", m);
                break;
            }
        }
        if (dir && hit->nmap == 0) {
            fd_side sd;
            if (!side_of(dir, &sd) || sd != hit->side) {
                rc = ats_jl_bad(L, ATS_EPROFILE, lv, "samples",
                                "sample's dir differs from its rule's");
                break;
            }
        } else if (dir) {
            ats_span t;
            fd_side sd;
            if (!side_of(dir, &sd) || !ats_fd_group(md, hit->pat.g_dir, line, &t) ||
                ats_fd_rule_side(hit, t.ptr, t.len) != sd) {
                rc = ats_jl_bad(L, ATS_EPROFILE, lv, "samples",
                                "sample's dir differs from what dir_map gives");
                break;
            }
        }
    }
    pcre2_match_data_free(md);
    free(buf);
    return rc;
}

static const char *const k_json[] = {"body", "src", "time_us", "unless", NULL};

/* A field name or a non-empty list of them, into *out / *nout. */
static int json_names(const ats_jl *L, json_t *b, json_t *js, const char *what, char ***out,
                      size_t *nout)
{
    size_t nb = json_is_string(b) ? 1 : json_is_array(b) ? json_array_size(b) : 0;
    char m[80];
    snprintf(m, sizeof m, "\"%s\" is a field name or a non-empty list of them", what);
    if (!nb)
        return ats_jl_bad(L, ATS_EPROFILE, b ? b : js, "json", m);
    if (!(*out = calloc(nb, sizeof **out)))
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    for (size_t i = 0; i < nb; i++) {
        json_t *v = json_is_string(b) ? b : json_array_get(b, i);
        if (!json_is_string(v))
            return ats_jl_bad(L, ATS_EPROFILE, v, "json", "a field name is a string");
        if (!((*out)[(*nout)++] = dupstr(json_string_value(v))))
            return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    }
    return 0;
}

/* A JSON Lines wrapper's fields: "body" (a field name or a list of them,
 * the first present is the line), "src" (the writer), "time_us", "unless"
 * (fields that make an object no line of the layer's). */
static int load_json_key(const ats_jl *L, fd_def *d, json_t *js)
{
    int rc;
    const char *s;
    if (!json_is_object(js))
        return ats_jl_bad(L, ATS_EPROFILE, js, "json", "expected an object");
    if ((rc = ats_jl_check_keys(L, ATS_EPROFILE, js, "json", k_json)) != 0)
        return rc;
    if ((rc = json_names(L, json_object_get(js, "body"), js, "body", &d->json_body,
                         &d->njson_body)) != 0)
        return rc;
    json_t *u = json_object_get(js, "unless");
    if (u && (rc = json_names(L, u, js, "unless", &d->json_unless, &d->njson_unless)) != 0)
        return rc;
    if ((rc = get_string(L, js, "src", "json", 0, &s)) != 0)
        return rc;
    if (s && !(d->json_src = dupstr(s)))
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    if ((rc = get_string(L, js, "time_us", "json", 0, &s)) != 0)
        return rc;
    if (s && !(d->json_time_us = dupstr(s)))
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    return 0;
}

static int check_wrapper_samples(const ats_jl *L, fd_def *d, json_t *arr,
                                 pcre2_match_context *mc)
{
    if (!arr || !json_is_array(arr) || json_array_size(arr) == 0)
        return ats_jl_bad(L, ATS_EPROFILE, arr, d->name,
                          "a wrapper needs \"samples\": lines with the body they leave");
    pcre2_match_data *md = pcre2_match_data_create(64, NULL);
    if (!md)
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    int rc = 0;
    size_t i;
    json_t *o;
    json_array_foreach(arr, i, o)
    {
        const char *line, *body, *block;
        int dropped = 0;
        if (!json_is_object(o)) {
            rc = ats_jl_bad(L, ATS_EPROFILE, o, "samples", "a sample is an object");
            break;
        }
        if ((rc = ats_jl_check_keys(L, ATS_EPROFILE, o, "samples", k_sample_wrap)) != 0 ||
            (rc = get_string(L, o, "line", "samples", 1, &line)) != 0 ||
            (rc = get_string(L, o, "body", "samples", 0, &body)) != 0 ||
            (rc = get_bool(L, o, "dropped", "samples", &dropped)) != 0 ||
            (rc = get_string(L, o, "block", "samples", 0, &block)) != 0)
            break;
        json_t *lv = json_object_get(o, "line");
        size_t n = json_string_length(lv);
        if (block && (!dropped || (strcmp(block, "open") && strcmp(block, "close") &&
                                   strcmp(block, "either")))) {
            rc = ats_jl_bad(L, ATS_EPROFILE, json_object_get(o, "block"), "samples",
                            "\"block\" is \"open\", \"close\" or \"either\", of a dropped line");
            break;
        }
        if (dropped) {
            if (!(d->time_line.code && ats_fd_match_interp(&d->time_line, md, mc, line, n)) &&
                (!d->drop.code || !ats_fd_match_interp(&d->drop, md, mc, line, n))) {
                rc = ats_jl_bad(L, ATS_EPROFILE, lv, "samples", "sample is not dropped");
                break;
            }
            /* the edge the sample says, and none where it says none */
            int op = d->block_open.code && ats_fd_match_interp(&d->block_open, md, mc, line, n),
                cl = d->block_close.code && ats_fd_match_interp(&d->block_close, md, mc, line, n);
            const char *is = op && cl ? "either" : op ? "open" : cl ? "close" : NULL;
            if (!is != !block || (is && strcmp(is, block))) {
                rc = ats_jl_bad(L, ATS_EPROFILE, lv, "samples",
                                is ? "sample is a block's edge its \"block\" does not say"
                                   : "sample is no block's edge");
                break;
            }
            continue;
        }
        if (!body) {
            rc = ats_jl_bad(L, ATS_EPROFILE, o, "samples", "give \"body\" or \"dropped\"");
            break;
        }
        if (d->remove.code) {
            /* a filter: the body is the line without the matches */
            char out[1024];
            PCRE2_SIZE olen = sizeof out;
            const char *with = d->replace_with ? d->replace_with : "";
            int r = pcre2_substitute(d->remove.code, (PCRE2_SPTR)line, n, 0,
                                     PCRE2_SUBSTITUTE_GLOBAL | PCRE2_SUBSTITUTE_EXTENDED, NULL,
                                     NULL, (PCRE2_SPTR)with, d->replace_with_len, (PCRE2_UCHAR *)out,
                                     &olen);
            if (r < 0 || olen != strlen(body) || memcmp(out, body, olen) != 0) {
                rc = ats_jl_bad(L, ATS_EPROFILE, lv, "samples",
                                r == PCRE2_ERROR_NOMEMORY
                                    ? "sample longer than the 1024 bytes a sample may have"
                                    : "sample does not leave the body it says");
                break;
            }
            continue;
        }
        if (d->njson_body) {
            char out[1024];
            size_t on;
            if (!ats_fd_json_line(d, line, n, out, sizeof out, &on, NULL, NULL, NULL) ||
                on != strlen(body) || memcmp(out, body, on) != 0) {
                rc = ats_jl_bad(L, ATS_EPROFILE, lv, "samples",
                                "sample does not leave the body it says");
                break;
            }
            continue;
        }
        ats_span b;
        int ok = ats_fd_match_interp(&d->match, md, mc, line, n) &&
                 ats_fd_group(md, d->match.g_body, line, &b);
        if (!ok && d->continued.code)
            ok = ats_fd_match_interp(&d->continued, md, mc, line, n) &&
                 ats_fd_group(md, d->continued.g_body, line, &b);
        /* a list's item: the body it leaves inside an open list; a list's
         * opening line with its first items */
        if (!ok && d->list_item.code)
            ok = ats_fd_match_interp(&d->list_item, md, mc, line, n) &&
                 ats_fd_group(md, d->list_item.g_body, line, &b);
        if (!ok && d->list_open.code)
            ok = ats_fd_match_interp(&d->list_open, md, mc, line, n) &&
                 ats_fd_group(md, d->list_open.g_body, line, &b) && b.len;
        char cell[1024];
        if (ok && d->csv_cell && b.len <= sizeof cell) {
            b.len = ats_fd_csv_cell(b.ptr, b.len, cell);
            b.ptr = cell;
        } else if (ok && d->json_string && b.len <= sizeof cell) {
            b.len = ats_fd_json_string(b.ptr, b.len, cell);
            b.ptr = cell;
        } else if (ok && d->c_string && b.len <= sizeof cell) {
            b.len = ats_fd_decode(FD_DEC_CESC, b.ptr, b.len, (unsigned char *)cell, 0, sizeof cell);
            b.ptr = cell;
        }
        if (!ok || b.len != strlen(body) || memcmp(b.ptr, body, b.len) != 0) {
            rc = ats_jl_bad(L, ATS_EPROFILE, lv, "samples",
                            "sample does not leave the body it says");
            break;
        }
    }
    pcre2_match_data_free(md);
    return rc;
}

static int valid_name(const char *s)
{
    if (!*s || strlen(s) > 40)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
            return 0;
    return 1;
}

/* samples 0: a built-in's, whose samples tests/cli/formats.sh reads
 * (every built-in file given as --format-def), not each run */
/* The rules a key names (host_log_after, repeats), as a mask of their
 * indexes: a mask, so they must be among the first 32. */
static int rule_mask(const ats_jl *L, const fd_def *d, const fd_rule *r, const json_t *ro,
                     char *const *names, size_t n, const char *key, unsigned *mask)
{
    for (size_t j = 0; j < n; j++) {
        size_t q = 0;
        while (q < d->nrules && strcmp(d->rules[q].name, names[j]))
            q++;
        if (q == d->nrules || q >= 32) {
            char what[96];
            snprintf(what, sizeof what,
                     "%s names a rule this definition does not have among its first 32", key);
            return ats_jl_bad(L, ATS_EPROFILE, json_array_get(json_object_get(ro, key), j),
                              r->name, what);
        }
        *mask |= 1u << q;
    }
    return 0;
}

extern const char ats_table_script_lines[];
extern const size_t ats_table_script_lines_len;
extern const char ats_table_tool_lines[];
extern const size_t ats_table_tool_lines_len;
extern const char ats_table_prefix_times[];
extern const size_t ats_table_prefix_times_len;

/* "omits_commands": {"why": ..., "unless_seen": [rule names]}: the tool
 * does not print every command the host sends (esp_modem's
 * generic_get_string() logs its reply's tokens, not its command), so a
 * final with no command before it is no fault of the modem's; a sample that
 * shows a line of an unless_seen rule (a hexdump of every write) shows them
 * all (docs/formats.md, "What a tool shows"). */
static int omits_commands_of(const ats_jl *L, fd_def *d, json_t *oc)
{
    if (!oc)
        return 0;
    if (!json_is_object(oc))
        return ats_jl_bad(L, ATS_EPROFILE, oc, "omits_commands", "expected an object");
    int rc;
    const char *why;
    if ((rc = ats_jl_check_keys(L, ATS_EPROFILE, oc, "omits_commands", k_omits)) != 0 ||
        (rc = get_string(L, oc, "why", "omits_commands", 1, &why)) != 0)
        return rc;
    char **names = NULL;
    size_t n = 0;
    rc = get_names(L, oc, "unless_seen", "omits_commands", &names, &n);
    for (size_t i = 0; rc == 0 && i < n; i++) {
        size_t q = 0;
        while (q < d->nrules && strcmp(d->rules[q].name, names[i]))
            q++;
        if (q >= d->nrules || q >= 32)
            rc = ats_jl_bad(L, ATS_EPROFILE, json_object_get(oc, "unless_seen"),
                            "omits_commands", "unless_seen names a rule this definition does not have");
        else
            d->omits_unless |= 1u << q;
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    if (rc)
        return rc;
    if (!(d->omits_why = dupstr(why)))
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    return 0;
}

/* "script_lines": true (every pattern of formats/tables/script-lines.json
 * is a line the tool's real logs may carry) or the names of those that are
 * (a Python REPL's ser.write(b'AT\r')): the mask of patterns that do not
 * refuse the definition */
static int script_mask_of(const ats_jl *L, json_t *v, unsigned *mask, int *strict)
{
    *mask = 0;
    *strict = 0;
    if (!v || json_is_false(v))
        return 0;
    if (json_is_string(v) && !strcmp(json_string_value(v), "none")) {
        *strict = 1;
        return 0;
    }
    if (json_is_true(v)) {
        *mask = ~0u;
        return 0;
    }
    if (!json_is_array(v))
        return ats_jl_bad(L, ATS_EPROFILE, v, "script_lines",
                          "script_lines is true, \"none\" or an array of script-lines.json pattern names");
    json_t *tab = json_loadb(ats_table_script_lines, ats_table_script_lines_len, 0, NULL);
    if (!tab)   /* the built-in table parsed at the set's start: only memory fails here */
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    json_t *pats = json_object_get(tab, "patterns");
    size_t i;
    json_t *s;
    int rc = 0;
    json_array_foreach(v, i, s)
    {
        size_t k, np = json_array_size(pats);
        for (k = 0; k < np && k < 32; k++)
            if (json_is_string(s) &&
                json_equal(s, json_object_get(json_array_get(pats, k), "name")))
                break;
        if (k == np || k >= 32) {
            rc = ats_jl_bad(L, ATS_EPROFILE, s, "script_lines",
                            "not a pattern name of formats/tables/script-lines.json");
            break;
        }
        *mask |= 1u << k;
    }
    json_decref(tab);
    return rc;
}

static int load_def(const ats_jl *L, json_t *root, fd_def *d, pcre2_match_context *mc,
                    int samples)
{
    int rc;
    const char *s;
    if (!json_is_object(root))
        return ats_jl_bad(L, ATS_EPROFILE, root, "(root)", "a definition is a JSON object");
    if ((rc = ats_jl_check_keys(L, ATS_EPROFILE, root, "(root)", k_root)) != 0)
        return rc;
    json_t *ver = json_object_get(root, "format_version");
    if (!ver || !json_is_integer(ver) || json_integer_value(ver) != 1)
        return ats_jl_bad(L, ATS_EPROFILE, ver ? ver : root, "format_version",
                          "expected format_version 1");
    if ((rc = get_string(L, root, "name", "(root)", 1, &s)) != 0)
        return rc;
    if (!valid_name(s))
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(root, "name"), "name",
                          "a name is 1-40 of a-z, 0-9 and -");
    d->name = dupstr(s);
    if ((rc = get_string(L, root, "title", "(root)", 1, &s)) != 0)
        return rc;
    d->title = dupstr(s);
    if ((rc = get_string(L, root, "source", "(root)", 0, &s)) != 0)
        return rc;
    d->source = dupstr(s);
    if ((rc = get_string(L, root, "kind", "(root)", 1, &s)) != 0)
        return rc;
    if (!strcmp(s, "trace"))
        d->kind = FD_TRACE;
    else if (!strcmp(s, "wrapper"))
        d->kind = FD_WRAPPER;
    else
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(root, "kind"), "kind",
                          "kind is \"trace\" or \"wrapper\"");
    int lossy = 0, as_received = 0;
    if ((rc = get_bool(L, root, "lossy", "(root)", &lossy)) != 0)
        return rc;
    if ((rc = get_bool(L, root, "reads_as_received", "(root)", &as_received)) != 0)
        return rc;
    /* what the tool shows of the modem's side: the rules that need what it
     * leaves out are not evaluable (docs/formats.md, "What a tool shows") */
    if ((rc = get_string(L, root, "shows", "(root)", 0, &s)) != 0)
        return rc;
    if (s && ats_shows_parse(s, &d->hides) < 0)
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(root, "shows"), "shows",
                          "shows is \"everything\", \"no-payload\", \"no-blocks\", \"first-reply-line\", "
                          "\"finals-stripped\" or \"sends-only\"");
    if ((rc = get_string(L, root, "detects_on", "(root)", 0, &s)) != 0)
        return rc;
    d->detects_on = dupstr(s                      ? s
                           : d->kind == FD_WRAPPER ? "most of the sample's lines carry it"
                                                   : "its rules read >= 30 % of the sample's lines");
    if (!d->name || !d->title || !d->source || !d->detects_on)
        return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
    if (d->kind == FD_WRAPPER) {
        if ((rc = get_string(L, root, "layer", "(root)", 1, &s)) != 0)
            return rc;
        if (!strcmp(s, "structural"))
            d->layer = FD_LAYER_STRUCTURAL;
        else if (!strcmp(s, "prefix"))
            d->layer = FD_LAYER_PREFIX;
        else if (!strcmp(s, "stamp"))
            d->layer = FD_LAYER_STAMP;
        else
            return ats_jl_bad(L, ATS_EPROFILE, json_object_get(root, "layer"), "layer",
                              "layer is \"structural\", \"prefix\" or \"stamp\"");
        json_t *m = json_object_get(root, "match"), *dr = json_object_get(root, "drop"),
               *re = json_object_get(root, "remove");
        if ((m && (rc = pat_compile(L, &d->match, m, "match")) != 0) ||
            (dr && (rc = pat_compile(L, &d->drop, dr, "drop")) != 0) ||
            (re && (rc = pat_compile(L, &d->remove, re, "remove")) != 0))
            return rc;
        json_t *bo = json_object_get(root, "block_open"), *bc = json_object_get(root, "block_close");
        if ((bo && (rc = pat_compile(L, &d->block_open, bo, "block_open")) != 0) ||
            (bc && (rc = pat_compile(L, &d->block_close, bc, "block_close")) != 0))
            return rc;
        if ((bo || bc) && !dr)
            return ats_jl_bad(L, ATS_EPROFILE, bo ? bo : bc, bo ? "block_open" : "block_close",
                              "needs a \"drop\" pattern: a block's edge is a line the wrapper drops");
        if ((rc = get_string(L, root, "replace_with", "(root)", 0, &s)) != 0)
            return rc;
        if (s && !re)
            return ats_jl_bad(L, ATS_EPROFILE, json_object_get(root, "replace_with"),
                              "replace_with", "needs a \"remove\" pattern");
        if (s && !(d->replace_with = dupstr(s)))
            return ats_err(L->err, ATS_ENOMEM, L->file, 0, 0, "out of memory");
        d->replace_with_len = s ? strlen(s) : 0;
        json_t *js = json_object_get(root, "json");
        if (js && (rc = load_json_key(L, d, js)) != 0)
            return rc;
        if (!m && !re && !dr && !js)
            return ats_jl_bad(L, ATS_EPROFILE, root, "(root)",
                              "a wrapper needs \"match\" (with a (?<body>) group), \"remove\" "
                              "or \"drop\"");
        if (m && d->match.g_body < 0)
            return ats_jl_bad(L, ATS_EPROFILE, m, "match", "needs a (?<body>...) group");
        json_t *co = json_object_get(root, "continued");
        if (co && (rc = pat_compile(L, &d->continued, co, "continued")) != 0)
            return rc;
        if (co && (d->continued.g_body < 0 || !m))
            return ats_jl_bad(L, ATS_EPROFILE, co, "continued",
                              "needs a (?<body>...) group and a \"match\"");
        if ((rc = get_bool(L, root, "any", "(root)", &d->any)) != 0 ||
            (rc = get_bool(L, root, "repeat", "(root)", &d->repeat)) != 0 ||
            (rc = get_bool(L, root, "prose_around", "(root)", &d->prose_around)) != 0 ||
            (rc = get_bool(L, root, "md_block", "(root)", &d->md_block)) != 0 ||
            (rc = get_bool(L, root, "csv_cell", "(root)", &d->csv_cell)) != 0 ||
            (rc = get_bool(L, root, "json_string", "(root)", &d->json_string)) != 0 ||
            (rc = get_bool(L, root, "c_string", "(root)", &d->c_string)) != 0 ||
            (rc = get_bool(L, root, "counting", "(root)", &d->counting)) != 0 ||
            (rc = get_bool(L, root, "ticking", "(root)", &d->ticking)) != 0 ||
            (rc = get_bool(L, root, "one_source", "(root)", &d->one_source)) != 0 ||
            (rc = get_bool(L, root, "own_lines", "(root)", &d->own_lines)) != 0)
            return rc;
        if (d->own_lines && !d->drop.code)
            return ats_jl_bad(L, ATS_EPROFILE, json_object_get(root, "own_lines"), "own_lines",
                              "needs a \"drop\" pattern");
        if (d->one_source && !d->json_src && (!m || d->match.g_src < 0))
            return ats_jl_bad(L, ATS_EPROFILE, json_object_get(root, "one_source"), "one_source",
                              "needs a \"match\" with a (?<src>...) group or a \"json\" \"src\"");
        json_t *tl = json_object_get(root, "time_line");
        if (tl && (rc = pat_compile(L, &d->time_line, tl, "time_line")) != 0)
            return rc;
        if (tl && (!d->time_line.has_time || !m))
            return ats_jl_bad(L, ATS_EPROFILE, tl, "time_line",
                              "needs time groups ((?<year>), (?<H>), ...) and a \"match\"");
        /* a boolean is found by its key: Jansson's true is one value for all */
        const char *body_key = d->csv_cell ? "csv_cell" : d->json_string ? "json_string" : "c_string";
        if ((d->csv_cell || d->json_string || d->c_string) && !m)
            return ats_jl_bad_member(L, ATS_EPROFILE, body_key, json_object_get(root, body_key),
                                     body_key, "needs a \"match\" with a (?<body>...) group");
        if (d->c_string && d->csv_cell + d->json_string)
            return ats_jl_bad_member(L, ATS_EPROFILE, "c_string", json_object_get(root, "c_string"),
                                     "c_string",
                                     "one of \"csv_cell\", \"json_string\", \"c_string\": a body is one");
        if (d->csv_cell && d->json_string)
            return ats_jl_bad_member(L, ATS_EPROFILE, "json_string",
                                     json_object_get(root, "json_string"), "json_string",
                                     "not with \"csv_cell\": a body is one or the other");
        json_t *lo = json_object_get(root, "list_open"), *li = json_object_get(root, "list_item");
        if ((lo && (rc = pat_compile(L, &d->list_open, lo, "list_open")) != 0) ||
            (li && (rc = pat_compile(L, &d->list_item, li, "list_item")) != 0))
            return rc;
        if (!lo != !li)
            return ats_jl_bad(L, ATS_EPROFILE, lo ? lo : li, lo ? "list_open" : "list_item",
                              "\"list_open\" and \"list_item\" go together");
        if (li && (d->list_item.g_body < 0 || !m))
            return ats_jl_bad(L, ATS_EPROFILE, li, "list_item",
                              "needs a (?<body>...) group and a \"match\"");
        json_t *mk = json_object_get(root, "marker");
        if (mk && (rc = pat_compile(L, &d->marker, mk, "marker")) != 0)
            return rc;
        json_t *rb = json_object_get(root, "refuted_by");
        if (rb && (rc = pat_compile(L, &d->refuted_by, rb, "refuted_by")) != 0)
            return rc;
        if ((rc = get_bool(L, root, "split_lines", "(root)", &d->split_lines)) != 0)
            return rc;
        if (d->split_lines && !m)
            return ats_jl_bad_member(L, ATS_EPROFILE, "split_lines",
                                     json_object_get(root, "split_lines"), "split_lines",
                                     "needs a \"match\" with a (?<body>...) group");
        if (d->counting && (!m || d->match.g_num < 0))
            return ats_jl_bad(L, ATS_EPROFILE, json_object_get(root, "counting"), "counting",
                              "needs a \"match\" with a (?<num>...) group");
        if (d->ticking && (!m || d->match.g_time[FD_T_MS] < 0))
            return ats_jl_bad(L, ATS_EPROFILE, json_object_get(root, "ticking"), "ticking",
                              "needs a \"match\" with a (?<ms>...) group");
        d->min_ratio = 0.6;
        json_t *mr = json_object_get(root, "min_ratio");
        if (mr) {
            if (!json_is_number(mr) || json_number_value(mr) <= 0 || json_number_value(mr) > 1)
                return ats_jl_bad(L, ATS_EPROFILE, mr, "min_ratio", "a share in (0, 1]");
            d->min_ratio = json_number_value(mr);
        }
        json_t *as = json_object_get(root, "at_share");
        if (as) {
            if (!json_is_number(as) || json_number_value(as) <= 0 || json_number_value(as) > 1)
                return ats_jl_bad(L, ATS_EPROFILE, as, "at_share", "a share in (0, 1]");
            if (!m || d->match.g_body < 0)
                return ats_jl_bad(L, ATS_EPROFILE, as, "at_share",
                                  "needs a \"match\" with a (?<body>...) group");
            d->at_share = json_number_value(as);
        }
        json_t *se = json_object_get(root, "session");
        if (se) {
            if (!json_is_integer(se) || json_integer_value(se) < 1 || json_integer_value(se) > 64)
                return ats_jl_bad(L, ATS_EPROFILE, se, "session", "a count in 1..64");
            if (!m || d->match.g_body < 0)
                return ats_jl_bad(L, ATS_EPROFILE, se, "session",
                                  "needs a \"match\" with a (?<body>...) group");
            d->session = (unsigned)json_integer_value(se);
        }
        json_t *an = json_object_get(root, "answered");
        if (an) {
            if (!json_is_number(an) || json_number_value(an) <= 0 || json_number_value(an) >= 1)
                return ats_jl_bad(L, ATS_EPROFILE, an, "answered", "a share in (0, 1)");
            d->answered = json_number_value(an);
        }
        d->info.has_time = d->match.has_time;
        return samples ? check_wrapper_samples(L, d, json_object_get(root, "samples"), mc) : 0;
    }
    /* a wrapper's keys on a trace would be taken for doing what they say
     * and do nothing */
    static const char *const wrapper_only[] = {"layer", "match", "drop", "block_open",
                                               "block_close", "remove", "replace_with",
                                               "any", "min_ratio", "at_share", "session", "answered",
                                               "repeat", "prose_around", "md_block", "csv_cell", "json_string", "c_string", "time_line", "continued",
                                               "counting", "ticking", "one_source", "json", "list_open",
                                               "list_item", "split_lines", "marker", "refuted_by",
                                               NULL};
    for (size_t i = 0; wrapper_only[i]; i++) {
        json_t *v = json_object_get(root, wrapper_only[i]);
        if (v)
            return ats_jl_bad(L, ATS_EPROFILE, v, wrapper_only[i],
                              "a wrapper's key (\"kind\": \"wrapper\"), not a trace's");
    }
    json_t *rules = json_object_get(root, "rules");
    if (!rules || !json_is_array(rules) || json_array_size(rules) == 0)
        return ats_jl_bad(L, ATS_EPROFILE, rules ? rules : root, "rules",
                          "a trace needs a non-empty array \"rules\"");
    d->rules = ats_jl_array(L, ATS_EPROFILE, rules, "rules", "expected an array",
                            sizeof *d->rules, &d->nrules, load_rule, d, &rc);
    if (rc != 0)
        return rc;
    for (size_t i = 0; i < d->nrules; i++) {
        if (d->rules[i].pat.has_time)
            d->info.has_time = 1;
        if (d->rules[i].side == FD_SIDE_TX || d->rules[i].side == FD_SIDE_RX ||
            d->rules[i].nmap)
            d->info.has_direction = 1;
    }
    for (size_t k = 0; k < d->nrules; k++)
        for (size_t j = 0; j < d->rules[k].ndefer; j++) {
            int found = 0;
            for (size_t q = 0; q < d->nrules; q++)
                found |= !strcmp(d->rules[q].name, d->rules[k].defer_to[j]);
            if (!found)
                return ats_jl_bad(L, ATS_EPROFILE, NULL, d->rules[k].name,
                                  "defer_to names a rule this definition does not have");
            for (size_t q = 0; j == 0 && q < d->nrules; q++)
                if (!strcmp(d->rules[q].name, d->rules[k].defer_to[0]))
                    d->rules[k].wait_rule = (int)q;
        }
    for (size_t k = 0; k < d->nrules; k++)
        if (d->rules[k].wait_echo && (!d->rules[k].ndefer || d->rules[k].wait_rule >= 32))
            return ats_jl_bad(L, ATS_EPROFILE, NULL, d->rules[k].name,
                              "wait_echo waits for its first defer_to rule (one of the first 32)");
    for (size_t k = 0; k < d->nrules; k++) {
        fd_rule *r = &d->rules[k];
        const json_t *ro = json_array_get(json_object_get(root, "rules"), k);
        if ((rc = rule_mask(L, d, r, ro, r->after, r->nafter, "host_log_after", &r->after_mask)) ||
            (rc = rule_mask(L, d, r, ro, r->repeats, r->nrepeats, "repeats", &r->repeats_mask)))
            return rc;
        if (r->nrepeats && (r->cumulative || r->host_log || r->cmux))
            return ats_jl_bad(L, ATS_EPROFILE, NULL, r->name,
                              "repeats is for a data rule that is not cumulative");
    }
    if ((rc = get_string(L, root, "other", "(root)", 0, &s)) != 0)
        return rc;
    if (s && strcmp(s, "data") && strcmp(s, "host-log"))
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(root, "other"), "other",
                          "other is \"data\" or \"host-log\"");
    d->other_data = s && !strcmp(s, "data");
    if ((rc = script_mask_of(L, json_object_get(root, "script_lines"), &d->script_lines,
                             &d->script_strict)) != 0)
        return rc;
    if ((rc = get_decoder(L, root, "other_decode", "(root)", &d->other_dec)) != 0)
        return rc;
    if ((rc = omits_commands_of(L, d, json_object_get(root, "omits_commands"))) != 0)
        return rc;
    json_t *glue = json_object_get(root, "glue");
    if (glue) {
        if ((rc = pat_compile(L, &d->glue, glue, "glue")) != 0)
            return rc;
        d->g_rest = pcre2_substring_number_from_name(d->glue.code, (PCRE2_SPTR) "rest");
        d->g_final = pcre2_substring_number_from_name(d->glue.code, (PCRE2_SPTR) "final");
        d->g_text = pcre2_substring_number_from_name(d->glue.code, (PCRE2_SPTR) "text");
        if (d->g_rest <= 0)
            return ats_jl_bad(L, ATS_EPROFILE, glue, "glue", "needs a (?<rest>...) group");
        if (groups_of(&d->glue) > d->maxgroups)
            d->maxgroups = groups_of(&d->glue);
    }
    json_t *wr = json_object_get(root, "wrapped");
    if (wr) {
        if (!json_is_object(wr))
            return ats_jl_bad(L, ATS_EPROFILE, wr, "wrapped", "expected an object");
        if ((rc = ats_jl_check_keys(L, ATS_EPROFILE, wr, "wrapped", k_wrapped)) != 0)
            return rc;
        json_t *v = json_object_get(wr, "cut");
        if (v && (rc = pat_compile(L, &d->wrap_cut, v, "wrapped.cut")) != 0)
            return rc;
        if ((v = json_object_get(wr, "text")) &&
            (rc = pat_compile(L, &d->wrap_text, v, "wrapped.text")) != 0)
            return rc;
        if ((v = json_object_get(wr, "prefix")) &&
            (rc = pat_compile(L, &d->wrap_prefix, v, "wrapped.prefix")) != 0)
            return rc;
        if (groups_of(&d->wrap_prefix) > d->maxgroups)
            d->maxgroups = groups_of(&d->wrap_prefix);
        if (groups_of(&d->wrap_cut) > d->maxgroups)
            d->maxgroups = groups_of(&d->wrap_cut);
        if (groups_of(&d->wrap_text) > d->maxgroups)
            d->maxgroups = groups_of(&d->wrap_text);
    }
    if ((rc = get_string(L, root, "sides", "(root)", 0, &s)) != 0)
        return rc;
    if (s && strcmp(s, "by-content"))
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(root, "sides"), "sides",
                          "sides is \"by-content\"");
    d->info.lossy = lossy;
    d->info.reads_as_received = as_received;
    d->min_signature = 2;
    json_t *ms = json_object_get(root, "min_signature");
    if (ms) {
        if (!json_is_integer(ms) || json_integer_value(ms) < 1 || json_integer_value(ms) > 100)
            return ats_jl_bad(L, ATS_EPROFILE, ms, "min_signature", "1 .. 100 lines");
        d->min_signature = (unsigned)json_integer_value(ms);
    }
    return samples ? check_trace_samples(L, d, json_object_get(root, "samples"), mc) : 0;
}

/* A user's rule that identifies its format only under a wrapper names one
 * the set holds when it loads (a built-in, or a definition loaded before
 * it: a directory's files load in name order); a misspelt name would
 * otherwise leave the rule no signature, silently. */
static int check_under(const ats_formatset *fs, ats_jl *L, json_t *root, const fd_def *d)
{
    for (size_t k = 0; k < d->nrules; k++) {
        const char *u = d->rules[k].signature_under;
        if (!u)
            continue;
        int found = 0;
        for (size_t i = 0; i < fs->n && !found; i++)
            found = fs->defs[i]->kind == FD_WRAPPER && !strcmp(fs->defs[i]->name, u);
        if (found)
            continue;
        /* the wrapper whose name shares the longest head with it: a typo's */
        const char *near = NULL;
        size_t best = 3;
        for (size_t i = 0; i < fs->n; i++) {
            const char *w = fs->defs[i]->name;
            size_t h = 0;
            while (w[h] && w[h] == u[h])
                h++;
            if (fs->defs[i]->kind == FD_WRAPPER && h > best) {
                best = h;
                near = w;
            }
        }
        char m[256];
        if (near)
            snprintf(m, sizeof m, "\"%.80s\" is no wrapper's name (did you mean \"%.80s\"?)", u,
                     near);
        else
            snprintf(m, sizeof m,
                     "\"%.80s\" is no wrapper's name (atscope formats lists them: KIND wrapper)",
                     u);
        json_t *ro = json_array_get(json_object_get(root, "rules"), k);
        return ats_jl_bad(L, ATS_EPROFILE, json_object_get(ro, "signature_under"),
                          "rules[].signature_under", m);
    }
    return 0;
}

/* packed: a built-in's values as the build packed them (json is its text,
 * for messages); NULL: json is parsed */
static int add_def(ats_formatset *fs, const char *json, size_t len, const unsigned char *packed,
                   size_t packed_len, const char *file, int user, ats_error *err)
{
    ats_jl_src one = {(char *)(file ? file : ""), (char *)json, len};
    ats_jl L = {file, &one, 1, err, 0, 0};
    json_t *root;
    if (packed) {
        if (!(root = ats_jl_unpack(packed, packed_len)))
            return ats_err(err, ATS_ENOMEM, file, 0, 0, "out of memory");
    } else if (!(root = ats_jl_parse(&L, ATS_EPROFILE))) {
        return err ? err->code : ATS_EPROFILE;
    }
    fd_def *d = calloc(1, sizeof *d);
    if (!d) {
        json_decref(root);
        return ats_err(err, ATS_ENOMEM, file, 0, 0, "out of memory");
    }
    int rc = load_def(&L, root, d, fs->mctx, user);
    if (rc == 0 && user)
        rc = check_under(fs, &L, root, d);
    json_decref(root);
    if (rc == 0 && !(d->path = strdup(file ? file : "")))
        rc = ats_err(err, ATS_ENOMEM, file, 0, 0, "out of memory");
    /* a user's definition of the same name replaces the built-in one */
    size_t at = fs->n;
    for (size_t i = 0; rc == 0 && i < fs->n; i++)
        if (!strcmp(fs->defs[i]->name, d->name))
            at = i;
    if (rc == 0 && at == fs->n && fs->n == fs->cap) {
        size_t nc = fs->cap ? fs->cap * 2 : 32;
        fd_def **nd = realloc(fs->defs, nc * sizeof *nd);
        if (!nd)
            rc = ats_err(err, ATS_ENOMEM, file, 0, 0, "out of memory");
        else {
            fs->defs = nd;
            fs->cap = nc;
        }
    }
    if (rc) {
        def_free(d);
        return rc;
    }
    d->user = user;
    d->info.name = d->name;
    d->info.title = d->title;
    d->info.detects_on = d->detects_on;
    if (at < fs->n)
        def_free(fs->defs[at]);
    else
        fs->n++;
    fs->defs[at] = d;
    return 0;
}

int ats_formatset_new(ats_formatset **out, ats_error *err) { return ats_fd_set_new(out, 1, err); }

/* A table of formats/tables/ whose "patterns" are {name, source, match}:
 * compiled into the set once (script-lines, tool-lines, prefix-times) */
static int load_pattern_table(const char *file, const char *text, size_t len, fd_pat **out,
                              size_t *nout, ats_error *err)
{
    ats_jl_src one = {(char *)file, (char *)text, len};
    ats_jl L = {file, &one, 1, err, 0, 0};
    json_t *root = ats_jl_parse(&L, ATS_EPROFILE);
    if (!root)
        return err ? err->code : ATS_EPROFILE;
    json_t *a = json_object_get(root, "patterns");
    size_t na = json_array_size(a);
    int rc = 0;
    if (!na)
        rc = ats_jl_bad(&L, ATS_EPROFILE, a, "patterns", "expected a non-empty array");
    else if (!(*out = calloc(na, sizeof **out)))
        rc = ats_err(err, ATS_ENOMEM, file, 0, 0, "out of memory");
    if (!rc && na > 32)
        rc = ats_jl_bad(&L, ATS_EPROFILE, a, "patterns", "32 patterns at most (a mask)");
    for (size_t i = 0; !rc && i < na; i++) {
        json_t *m = json_object_get(json_array_get(a, i), "match");
        /* counted before it is known to compile: a pattern that failed
         * half-way (out of memory after its code) is freed with the rest */
        (*nout)++;
        rc = pat_compile(&L, &(*out)[i], m, "patterns[].match");
    }
    json_decref(root);
    return rc;
}

/* The built-ins in detection order: name, text and packed values. */
static const struct builtin_def {
    const char *name;
    const char *json;
    const size_t *len;
    const unsigned char *packed;
    const size_t *packed_len;
} builtin_defs[] = {
#define ROW(id) {#id, ats_format_##id, &ats_format_##id##_len, ats_format_##id##_packed,           \
                 &ats_format_##id##_packed_len},
    ATS_FORMAT_BUILTINS(ROW)
#undef ROW
};

int ats_fd_builtin_at(size_t i, const char **name, const char **json, size_t *len,
                      const unsigned char **packed, size_t *packed_len)
{
    if (i >= sizeof builtin_defs / sizeof builtin_defs[0])
        return 0;
    *name = builtin_defs[i].name;
    *json = builtin_defs[i].json;
    *len = *builtin_defs[i].len;
    *packed = builtin_defs[i].packed;
    *packed_len = *builtin_defs[i].packed_len;
    return 1;
}

int ats_fd_set_new(ats_formatset **out, int builtins, ats_error *err)
{
    *out = NULL;
    ats_formatset *fs = calloc(1, sizeof *fs);
    if (!fs || !(fs->mctx = pcre2_match_context_create(NULL))) {
        free(fs);
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    }
    /* bounded work per line, whatever a user's pattern does */
    pcre2_set_match_limit(fs->mctx, 100000);
    pcre2_set_depth_limit(fs->mctx, 5000);
    int src = load_pattern_table("(built-in table script-lines)", ats_table_script_lines,
                                 ats_table_script_lines_len, &fs->script, &fs->nscript, err);
    if (!src)
        src = load_pattern_table("(built-in table tool-lines)", ats_table_tool_lines,
                                 ats_table_tool_lines_len, &fs->tool, &fs->ntool, err);
    if (!src)
        src = load_pattern_table("(built-in table prefix-times)", ats_table_prefix_times,
                                 ats_table_prefix_times_len, &fs->stamp, &fs->nstamp, err);
    if (src) {
        ats_formatset_free(fs);
        return src;
    }
    const struct builtin_def *b = builtin_defs;
    for (size_t i = 0; builtins && i < sizeof builtin_defs / sizeof builtin_defs[0]; i++) {
        char file[80];
        snprintf(file, sizeof file, "(built-in format %s)", b[i].name);
        int rc = add_def(fs, b[i].json, *b[i].len, b[i].packed, *b[i].packed_len, file, 0, err);
        if (rc) {
            ats_formatset_free(fs);
            return rc;
        }
    }
    *out = fs;
    return 0;
}

int ats_formatset_add_buffer(ats_formatset *fs, const char *json, size_t len, const char *name,
                             ats_error *err)
{
    return add_def(fs, json, len, NULL, 0, name, 1, err);
}

int ats_formatset_add_file(ats_formatset *fs, const char *path, ats_error *err)
{
    struct stat sb;
    if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
        return ats_err(err, ATS_EINVAL, path, 0, 0,
                       "is a directory (a format definition is a JSON file)");
    FILE *f = fopen(path, "rb");
    if (!f)
        return ats_err(err, ATS_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
    char *buf;
    size_t n;
    int rc = ats_read_all(f, (size_t)1 << 24, &buf, &n);
    fclose(f);
    if (rc == ATS_ELIMIT)
        return ats_err(err, ATS_EINVAL, path, 0, 0, "larger than 16 MiB");
    if (rc == ATS_ENOMEM)
        return ats_err(err, rc, path, 0, 0, "out of memory");
    if (rc == ATS_EIO)
        return ats_err(err, rc, path, 0, 0, "read error");
    rc = add_def(fs, buf, n, NULL, 0, path, 1, err);
    free(buf);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int ats_formatset_add_dir(ats_formatset *fs, const char *dir, ats_error *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return ats_err(err, ATS_EIO, dir, 0, 0, "cannot open directory: %s", strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t l = strlen(e->d_name);
        if (l < 6 || strcmp(e->d_name + l - 5, ".json") != 0 || e->d_name[0] == '.')
            continue;
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 16;
            char **nn = realloc(names, nc * sizeof *nn);
            if (!nn) {
                rc = ats_err(err, ATS_ENOMEM, dir, 0, 0, "out of memory");
                break;
            }
            names = nn;
            cap = nc;
        }
        if (!(names[n] = strdup(e->d_name))) {
            rc = ats_err(err, ATS_ENOMEM, dir, 0, 0, "out of memory");
            break;
        }
        n++;
    }
    closedir(d);
    /* sorted: which definition wins a name clash never depends on readdir */
    if (n)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n && rc == 0; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        rc = ats_formatset_add_file(fs, path, err);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

/* The "shows" values (docs/formats.md); a mix of layers' hides is named by
 * the first that hides all of it (the last hides everything). */
static const struct {
    const char *name;
    unsigned hides;
} shows_values[] = {
    {"everything", 0},
    {"first-reply-line", ATS_HIDES_MORE_LINES | ATS_HIDES_FINALS | ATS_HIDES_UNSOLICITED},
    {"finals-stripped", ATS_HIDES_FINALS | ATS_HIDES_FAILURES | ATS_HIDES_UNSOLICITED},
    {"sends-only", ATS_HIDES_ANSWERS | ATS_HIDES_MORE_LINES | ATS_HIDES_FINALS |
                       ATS_HIDES_UNSOLICITED | ATS_HIDES_FAILURES},
};

const char *ats_shows_name(unsigned hides)
{
    size_t n = sizeof shows_values / sizeof shows_values[0];
    if (hides == ATS_HIDES_PAYLOAD)
        return "no-payload";
    if (hides & ATS_HIDES_BLOCKS && !(hides & ~(unsigned)(ATS_HIDES_BLOCKS | ATS_HIDES_PAYLOAD)))
        return "no-blocks";
    hides &= ~(unsigned)(ATS_HIDES_PAYLOAD | ATS_HIDES_BLOCKS);
    for (size_t i = 0; i < n; i++)
        if ((hides & ~shows_values[i].hides) == 0)
            return shows_values[i].name;
    return shows_values[n - 1].name;
}

int ats_shows_parse(const char *name, unsigned *hides)
{
    if (!strcmp(name, "no-payload")) {
        *hides = ATS_HIDES_PAYLOAD;
        return 0;
    }
    if (!strcmp(name, "no-blocks")) {
        *hides = ATS_HIDES_BLOCKS;
        return 0;
    }
    for (size_t i = 0; i < sizeof shows_values / sizeof shows_values[0]; i++)
        if (!strcmp(name, shows_values[i].name)) {
            *hides = shows_values[i].hides;
            return 0;
        }
    return -1;
}

size_t ats_formatset_count(const ats_formatset *fs) { return fs ? fs->n : 0; }

/* Whether pattern pat matches p[0..n), for the questions a rule asks of a
 * set (block_edge, tool_line): the screen first (most lines asked are
 * prose, refused by their first byte or length), then the interpreter with
 * a match data made on the first need, of the caller's own: a rule may ask
 * from its thread while a reader peels on another. -1: out of memory. */
static int set_asks(const ats_formatset *fs, const fd_pat *pat, pcre2_match_data **md,
                    const char *p, size_t n)
{
    if (!pat->code || ats_re_screen_refuses(&pat->screen, p, n))
        return 0;
    if (!*md && !(*md = pcre2_match_data_create(1, NULL)))
        return -1;
    return ats_fd_match_interp(pat, *md, fs->mctx, p, n) > 0;
}

unsigned ats_formatset_block_edge(const ats_formatset *fs, const char *p, size_t n)
{
    unsigned f = 0;
    pcre2_match_data *md = NULL;
    for (size_t i = 0; fs && i < fs->n && !f; i++) {
        const fd_def *d = fs->defs[i];
        if (d->kind != FD_WRAPPER)
            continue;
        int op = set_asks(fs, &d->block_open, &md, p, n);
        int cl = op < 0 ? 0 : set_asks(fs, &d->block_close, &md, p, n);
        if (op < 0 || cl < 0)
            break;
        f |= (op ? ATS_LF_BLOCK_OPEN : 0) | (cl ? ATS_LF_BLOCK_CLOSE : 0);
    }
    pcre2_match_data_free(md);
    return f;
}

int ats_formatset_tool_line(const ats_formatset *fs, const char *p, size_t n)
{
    int hit = 0;
    pcre2_match_data *md = NULL;
    for (size_t i = 0; fs && i < fs->n && !hit; i++)
        if (fs->defs[i]->kind == FD_WRAPPER && fs->defs[i]->own_lines)
            hit = set_asks(fs, &fs->defs[i]->drop, &md, p, n);
    for (size_t i = 0; fs && i < fs->ntool && !hit; i++)
        hit = set_asks(fs, &fs->tool[i], &md, p, n);
    pcre2_match_data_free(md);
    return hit > 0;
}

const ats_format_info *ats_formatset_at(const ats_formatset *fs, size_t i, int *wrapper)
{
    if (!fs || i >= fs->n)
        return NULL;
    if (wrapper)
        *wrapper = fs->defs[i]->kind == FD_WRAPPER;
    return &fs->defs[i]->info;
}

const char *ats_formatset_source(const ats_formatset *fs, size_t i)
{
    return fs && i < fs->n ? fs->defs[i]->source : NULL;
}

const char *ats_formatset_path(const ats_formatset *fs, size_t i)
{
    return fs && i < fs->n ? fs->defs[i]->path : NULL;
}

void ats_formatset_free(ats_formatset *fs)
{
    if (!fs)
        return;
    for (size_t i = 0; i < fs->n; i++)
        def_free(fs->defs[i]);
    free(fs->defs);
    for (size_t i = 0; i < fs->nscript; i++)
        pat_free(&fs->script[i]);
    free(fs->script);
    for (size_t i = 0; i < fs->ntool; i++)
        pat_free(&fs->tool[i]);
    free(fs->tool);
    for (size_t i = 0; i < fs->nstamp; i++)
        pat_free(&fs->stamp[i]);
    free(fs->stamp);
    pcre2_match_context_free(fs->mctx);
    free(fs);
}
