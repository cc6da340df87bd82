import sys
def gen(blocks):
    pos={'>':0,'<':0}; out=b''
    for d,t,b,extra in blocks:
        n=len(b)+extra            # extra: a count off by that much (a hand-edited log)
        out+=('%s 2026/12/07 %s  length=%d from=%d to=%d\n'%(d,t,n,pos[d],pos[d]+n-1)).encode()
        pos[d]+=n
        out+=b.replace(b'\\',b'\\\\').replace(b'\r',b'\\r')
    return out
C=b'AT+SQNSMQTTRCVMESSAGE=0,"sensors/temp",1\r'
def blocks(cmd_extra=0, ans_extra=0):
    return [('>','09:40:10.100000',b'AT+CGMM\r',0),('<','09:40:10.150000',b'\r\nGM02S\r\n\r\nOK\r\n',0),
     ('>','09:40:10.300000',b'AT+SQNSMQTTSUBSCRIBE=0,"sensors/temp",1\r',0),('<','09:40:10.360000',b'\r\nOK\r\n',0),
     ('<','09:40:10.910000',b'\r\n+SQNSMQTTONSUBSCRIBE:0,"sensors/temp",0\r\n',0),
     ('<','09:40:11.320000',b'\r\n+SQNSMQTTONMESSAGE:0,"sensors/temp",4,1,1\r\n',0),
     ('>','09:40:11.410000',C,cmd_extra),
     ('<','09:40:11.470000',b'\r\n21.5\r\n\r\nOK\r\n',ans_extra),
     ('>','09:40:12.000000',b'AT+CSQ\r',0),('<','09:40:12.040000',b'\r\n+CSQ: 18,99\r\n\r\nOK\r\n',0)]
open('socat-v-gm02s-mqtt-rcv.log','wb').write(gen(blocks()))
open('socat-v-gm02s-mqtt-rcv-count-short.log','wb').write(gen(blocks(cmd_extra=-9)))
open('socat-v-gm02s-mqtt-rcv-answer-short.log','wb').write(gen(blocks(ans_extra=-7)))
open('socat-v-gm02s-mqtt-rcv-count-long.log','wb').write(gen(blocks(cmd_extra=3, ans_extra=5)))
def gen(blocks):
    pos={'>':0,'<':0}; out=b''
    for d,t,b in blocks:
        n=len(b)
        out+=('%s 2026/12/07 %s  length=%d from=%d to=%d\n'%(d,t,n,pos[d],pos[d]+n-1)).encode()
        pos[d]+=n; out+=b.replace(b'\\',b'\\\\').replace(b'\r',b'\\r')
    return out
open('socat-bg95-qisend-no-prompt.log','wb').write(gen([
 ('>','10:00:00.000000',b'AT+QISEND=0,14\r'),('>','10:00:05.010000',b'AT+CSQ\r'),
 ('<','10:00:05.050000',b'\r\n+CSQ: 20,99\r\n\r\nOK\r\n')]))
# negative: the payload itself before the prompt (the host did not wait): send-before-prompt stands
open('socat-bg95-qisend-early-payload.log','wb').write(gen([
 ('>','10:00:00.000000',b'AT+QISEND=0,14\r'),('>','10:00:00.001000',b'hello, world!\n'),
 ('<','10:00:00.050000',b'\r\n> '),('<','10:00:00.090000',b'\r\nSEND OK\r\n')]))
# negative: an AT command line as the payload after the prompt stays the payload
open('socat-bg95-qisend-at-payload.log','wb').write(gen([
 ('>','10:00:00.000000',b'AT+QISEND=0,7\r'),('<','10:00:00.050000',b'\r\n> '),
 ('>','10:00:00.060000',b'AT+CSQ\r'),('<','10:00:00.090000',b'\r\nSEND OK\r\n')]))
