#!/bin/sh
# /etc/init.d/modem-init: bring the modem up at boot
DEV=/dev/ttyUSB2
stty -F $DEV 115200 raw -echo
echo -e "AT+CFUN=1\r" > /dev/ttyUSB2
sleep 2
echo -e 'AT+CGDCONT=1,"IP","apn.example"\r' > /dev/ttyUSB2
printf 'AT+CGACT=1,1\r' > $DEV
# the answers are read by the ppp daemon, not here
exit 0
