# canned replies for the fake modem in the unit tests
RESPONSES = {
    'AT': 'OK',
    'ATE0': 'OK',
    'AT+CPIN?': '+CPIN: READY\r\nOK',
    'AT+CSQ': '+CSQ: 21,99\r\nOK',
    'AT+COPS?': '+COPS: 0,0,"Telia",7\r\nOK',
    'AT+CGATT=1': 'ERROR',
}
