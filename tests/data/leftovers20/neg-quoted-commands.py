# the commands the set-up sends, in order, and what each must answer
INIT = [
    'AT',
    'ATE0',
    'AT+CMEE=2',
    'AT+CPIN?',
    'AT+CSQ',
]
EXPECT = [
    'OK',
    'OK',
    'ERROR',
]
for cmd in INIT:
    send(cmd)
