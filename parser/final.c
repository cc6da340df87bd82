/* final.c - V.250 / 27.007 / 27.005 final result codes, matched on whole lines. */
#include <string.h>
#include "internal.h"

static int eq(const char *s, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    return n == m && memcmp(s, lit, m) == 0;
}

static int prefix(const char *s, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    return n >= m && memcmp(s, lit, m) == 0;
}

ats_final_kind ats_final_classify(const char *s, size_t n, int numeric_ok, ats_span *code)
{
    if (code) {
        code->ptr = NULL;
        code->len = 0;
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n == 0)
        return ATS_FINAL_NONE;
    switch (s[0]) {
    case 'O':
        return eq(s, n, "OK") ? ATS_FINAL_OK : ATS_FINAL_NONE;
    case 'E':
        return eq(s, n, "ERROR") ? ATS_FINAL_ERROR : ATS_FINAL_NONE;
    case 'C':
        /* "CONNECT" alone or "CONNECT <text>"; "CONNECTED" is not a final, and
         * neither are SIMCom's socket reports "CONNECT OK" / "CONNECT FAIL",
         * which follow the OK of AT+CIPSTART and may land while another
         * command waits (taking them for a final would end that command and
         * enter data mode). */
        if (eq(s, n, "CONNECT OK") || eq(s, n, "CONNECT FAIL"))
            return ATS_FINAL_NONE;
        if (eq(s, n, "CONNECT") || prefix(s, n, "CONNECT ")) {
            if (code && n > 8) {
                code->ptr = s + 8;
                code->len = n - 8;
            }
            return ATS_FINAL_CONNECT;
        }
        return ATS_FINAL_NONE;
    case 'N':
        if (eq(s, n, "NO CARRIER"))
            return ATS_FINAL_NO_CARRIER;
        if (eq(s, n, "NO ANSWER"))
            return ATS_FINAL_NO_ANSWER;
        if (eq(s, n, "NO DIALTONE") || eq(s, n, "NO DIAL TONE"))
            return ATS_FINAL_NO_DIALTONE;
        return ATS_FINAL_NONE;
    case 'B':
        return eq(s, n, "BUSY") ? ATS_FINAL_BUSY : ATS_FINAL_NONE;
    case '+':
        /* "+CME ERROR:" needs a value (numeric or text); "+CME ERROR:" with
         * nothing after it is taken as a bare error all the same, since the
         * modem clearly failed the command. */
        if (prefix(s, n, "+CME ERROR:") || prefix(s, n, "+CMS ERROR:")) {
            ats_final_kind k = s[3] == 'E' ? ATS_FINAL_CME_ERROR : ATS_FINAL_CMS_ERROR;
            size_t i = 11;
            while (i < n && s[i] == ' ')
                i++;
            if (code) {
                code->ptr = s + i;
                code->len = n - i;
            }
            return k;
        }
        return ATS_FINAL_NONE;
    default:
        break;
    }
    /* ATV0: one digit. 2 is RING (unsolicited) and 5 is a legacy CONNECT rate:
     * V.250 makes neither a final of the command. */
    if (numeric_ok && n == 1) {
        switch (s[0]) {
        case '0': return ATS_FINAL_OK;
        case '1': return ATS_FINAL_CONNECT;
        case '3': return ATS_FINAL_NO_CARRIER;
        case '4': return ATS_FINAL_ERROR;
        case '6': return ATS_FINAL_NO_DIALTONE;
        case '7': return ATS_FINAL_BUSY;
        case '8': return ATS_FINAL_NO_ANSWER;
        default: break;
        }
    }
    return ATS_FINAL_NONE;
}

int ats_final_is_failure(ats_final_kind k)
{
    return k != ATS_FINAL_OK && k != ATS_FINAL_CONNECT && k != ATS_FINAL_PROFILE_OK &&
           k != ATS_FINAL_NONE;
}
