import serial
import time

ser = serial.Serial('/dev/ttyUSB2', 115200, timeout=1)

def cmd(c):
    ser.write((c + '\r\n').encode())
    time.sleep(0.5)
    return ser.read(ser.in_waiting).decode()

print(cmd('AT'))
print(cmd('AT+CSQ'))
print(cmd('AT+CREG?'))
