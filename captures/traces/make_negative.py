#!/usr/bin/env python3
"""Writes tests/negative/: six files that are no host-library trace and carry no
AT traffic, each close enough to something real to be a fair test of
detection (words like OK/ERROR/sent, a date column, tx/rx fields).

    python3 make_negative.py           # rewrite them
    python3 make_negative.py --check   # exit 1 if a file on disk differs

Deterministic (a fixed linear congruential generator for the binary file)."""

import json
import os
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "negative")


def app_log():
    lines = []
    t = 36000
    reqs = [("GET", "/status", 200, "OK"), ("POST", "/api/v1/readings", 201, "Created"),
            ("GET", "/api/v1/devices/42", 404, "Not Found"), ("GET", "/status", 200, "OK"),
            ("POST", "/api/v1/readings", 500, "Internal Server Error")]
    for i in range(18):
        m, p, code, text = reqs[i % len(reqs)]
        t += 3 + i % 4
        ts = "2024-01-15 %02d:%02d:%02d,%03d" % (t // 3600, t // 60 % 60, t % 60, (i * 137) % 1000)
        lvl = "ERROR" if code >= 500 else "WARN " if code >= 400 else "INFO "
        lines.append("%s %s [http-nio-8080-exec-%d] %s %s -> %d %s (%d ms)" %
                     (ts, lvl, i % 4 + 1, m, p, code, text, 3 + i * 7 % 40))
        if i % 6 == 5:
            lines.append("%s INFO  [mqtt-publisher] sent 214 bytes to broker, received ack" % ts)
    return ("\n".join(lines) + "\n").encode()


def traceback_txt():
    return b"""Starting modem poller on /dev/ttyUSB2
Traceback (most recent call last):
  File "/opt/poller/poll.py", line 88, in <module>
    main()
  File "/opt/poller/poll.py", line 71, in main
    reply = link.exchange(query, timeout=2.0)
  File "/opt/poller/link.py", line 40, in exchange
    self.port.write(payload)
  File "/usr/lib/python3/dist-packages/serial/serialposix.py", line 640, in write
    raise SerialException('write failed: {}'.format(e))
serial.serialutil.SerialException: write failed: [Errno 5] Input/output error
"""


def sensors_csv():
    rows = ["Date,ID,Type,Data"]
    for i in range(24):
        s = 10 * 3600 + 20 * 60 + 30 + i * 15
        rows.append("2024-01-15 %02d:%02d:%02d.000,%d,TEMP,%0.2f" %
                    (s // 3600, s // 60 % 60, s % 60, i + 1, 21.5 + (i * 7 % 11) / 10))
        if i % 4 == 3:
            rows.append("2024-01-15 %02d:%02d:%02d.500,%d,RH,%d" %
                        (s // 3600, s // 60 % 60, s % 60, i + 1, 48 + i % 5))
    return ("\n".join(rows) + "\n").encode()


def app_jsonl():
    out = []
    for i in range(16):
        rec = {"ts": "2024-01-15T10:20:%02d.%03dZ" % (30 + i, i * 61 % 1000),
               "level": "info" if i % 7 else "warn", "svc": "uplink",
               "dir": "tx" if i % 2 == 0 else "rx", "bytes": 64 + i * 3,
               "msg": "frame %s" % ("queued" if i % 2 == 0 else "acknowledged")}
        if i == 9:
            rec["msg"] = "retry after timeout"
            rec["err"] = "ETIMEDOUT"
        out.append(json.dumps(rec, separators=(",", ":")))
    return ("\n".join(out) + "\n").encode()


def blob_bin():
    x = 12345
    b = bytearray()
    for i in range(1536):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        b.append((x >> 16) & 0xFF)
    # some text, NULs and line ends inside, as firmware images and core dumps have
    b[100:120] = b"firmware v2.3.1\x00\x00\r\n\x00"
    b[700:712] = b"OK\r\n\x00\x00ERROR\x00"
    return bytes(b)


def readme_md():
    return b"""# uplink-gateway

Collects sensor frames over RS-485 and forwards them to the broker.

## Build

```sh
make -j4
sudo make install
```

## Configuration

> **Note:** the serial port defaults to `/dev/ttyS1` at 19200 baud.

| key | default | meaning |
|---|---|---|
| `port` | `/dev/ttyS1` | RS-485 adapter |
| `retries` | 3 | frames resent before giving up |

Logs go to the journal: `journalctl -u uplink -f`.
"""


FILES = {"app.log": app_log, "traceback.txt": traceback_txt, "sensors.csv": sensors_csv,
         "app.jsonl": app_jsonl, "blob.bin": blob_bin, "readme-sample.md": readme_md}


def main():
    check = "--check" in sys.argv
    bad = 0
    for name, fn in FILES.items():
        path = os.path.join(HERE, name)
        data = fn()
        if check:
            try:
                same = open(path, "rb").read() == data
            except OSError:
                same = False
            if not same:
                print("differs: tests/negative/%s" % name)
                bad = 1
        else:
            os.makedirs(HERE, exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
    sys.exit(bad)


if __name__ == "__main__":
    main()
