from machine import UART
import time

uart = UART(1, baudrate=115200, tx=17, rx=16)

uart.write('AT\r\n')
time.sleep(1)
print(uart.read())
uart.write('AT+CSQ\r\n')
time.sleep(1)
print(uart.read())
uart.write('AT+CREG?\r\n')
time.sleep(1)
print(uart.read())
