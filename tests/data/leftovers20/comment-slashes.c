// bench session, EC25 on the USB modem port
// AT
// OK
// ATI
// Quectel
// EC25
// Revision: EC25EFAR06A09M4G
//
// OK
// AT+CPIN?
// +CPIN: READY
//
// OK
// AT+CSQ
// +CSQ: 20,99
//
// OK
// AT+COPS?
// +COPS: 0,0,"Telia",7
//
// OK
// AT+CGDCONT=1,"IP","internet"
// OK
// AT+CGACT=1,1
// +CME ERROR: 30
