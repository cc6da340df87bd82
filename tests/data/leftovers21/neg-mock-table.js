// replies the serial mock sends back
const replies = {
  "AT": "OK",
  "AT+CPIN?": "+CPIN: READY\r\nOK",
  "AT+CSQ": "+CSQ: 21,99\r\nOK",
  "AT+CGATT=1": "ERROR",
};
