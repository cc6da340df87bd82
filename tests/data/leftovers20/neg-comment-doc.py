# Commands this script sends:
# AT+CSQ          signal quality, answers +CSQ: <rssi>,<ber> and OK
# AT+CREG?        registration
# AT+COPS?        operator
#
# ERROR on any of them aborts the run.
import serial

port = serial.Serial("/dev/ttyUSB2", 115200, timeout=1)
for cmd in ("AT+CSQ", "AT+CREG?", "AT+COPS?"):
    port.write((cmd + "\r").encode())
    print(port.read(256))
