#!/bin/sh
# bring the modem up before pppd
DEV=/dev/ttyUSB2
stty -F "$DEV" 115200 raw -echo

send() {
    printf '%s\r' "$1" > "$DEV"
    sleep 1
}

send 'AT'
send 'ATE0'
send 'AT+CFUN=1'
send 'AT+CGDCONT=1,"IP","internet"'
send "AT+CGATT=1"
echo "modem ready"
