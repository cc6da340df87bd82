/*
 * modem_csq.c - reads the signal quality.
 *
 * Sends AT+CSQ and waits for +CSQ: <rssi>,<ber> then OK.
 * On ERROR the caller retries.
 */
#include <stdio.h>
#include "modem.h"

// AT+CSQ
// OK
int modem_csq(struct modem *m, int *rssi)
{
    // AT+CSQ answers "+CSQ: 20,99" then OK
    if (modem_send(m, "AT+CSQ\r") < 0)
        return -1;
    /* AT+CREG? */
    return modem_expect(m, "+CSQ: %d,", rssi);
}
