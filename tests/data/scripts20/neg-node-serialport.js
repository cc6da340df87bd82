const { SerialPort } = require('serialport')
const port = new SerialPort({ path: '/dev/ttyUSB2', baudRate: 115200 })

port.on('data', (data) => console.log(data.toString()))
port.write('AT\r')
port.write('AT+CSQ\r')
port.write('AT+COPS?\r')
