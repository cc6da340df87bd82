import modem


def test_csq(m):
    assert m.cmd('AT+CSQ') == '+CSQ: 20,99\r\n\r\nOK'
    assert m.cmd('AT+CPIN?') == '+CPIN: READY\r\n\r\nOK'
    reply = m.cmd('AT+COPS?')
    if reply != 'OK':
        raise RuntimeError(reply)
    m.expect('AT+CREG?', 'OK')
