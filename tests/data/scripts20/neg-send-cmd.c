#include <stdio.h>
#include "modem.h"

int modem_init(void)
{
    send_cmd("AT", "OK", 1000);
    send_cmd("ATE0", "OK", 1000);
    send_cmd("AT+CPIN?", "+CPIN: READY", 5000);
    send_cmd("AT+CSQ", "OK", 1000);
    return 0;
}
