#!/bin/sh
# bring the modem up before pppd
PORT=/dev/ttyUSB2

send() {
    printf '%s\r' "$1" > "$PORT"
    sleep 1
}

send AT
send ATE0
send AT+CFUN=1
send AT+CGDCONT=1,\"IP\",\"internet\"
send ATD*99#
