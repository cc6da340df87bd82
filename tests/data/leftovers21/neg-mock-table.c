/* fake modem for the host tests: command and the reply it gets */
static const struct { const char *cmd; const char *reply; } mock_at[] = {
    {"AT", "OK"},
    {"ATE0", "OK"},
    {"AT+CPIN?", "+CPIN: READY\r\nOK"},
    {"AT+CSQ", "+CSQ: 21,99\r\nOK"},
    {"AT+COPS?", "+COPS: 0,0,\"Telia\",7\r\nOK"},
    {"AT+CGATT=1", "ERROR"},
};
