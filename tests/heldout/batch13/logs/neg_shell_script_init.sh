#!/bin/sh
# init-modem.sh - bring up the LTE modem on boot
DEV=/dev/ttyUSB2
send() { printf '%s\r' "$1" > $DEV; sleep 1; }

send AT
send ATE0
send 'AT+CFUN=1'
send 'AT+CGDCONT=1,"IP","internet"'
# expect OK after each; on ERROR check the SIM
send 'AT+QNETDEVCTL=1,1,1'
logger -t modem "init done"
