import serial, time

ser = serial.Serial('/dev/ttyS0', 115200, timeout=1)

def send(cmd, expect='OK', timeout=2):
    ser.write((cmd + '\r\n').encode())
    t = time.time()
    buf = b''
    while time.time() - t < timeout:
        buf += ser.read(64)
        if expect.encode() in buf:
            return buf
    raise TimeoutError(cmd)

send('AT')
send('AT+CMGF=1')
send('AT+CMGS="+4912345"', expect='>')
ser.write(b'hello\x1a')
