#!/usr/bin/env python3
"""A Kibana search's response copied as JSON: Discover's Inspect > Requests >
Response shows JSON.stringify(responseJSON, null, 2) of the Elasticsearch
answer (elastic/kibana src/plugins/inspector/public/views/requests/
components/details/req_details_response.tsx RequestDetailsResponse.render()),
hits.hits[]._source holding what a shipper sent: @timestamp first, the host,
the log line in "message". Discover sorts by the time, newest first.
Python's json.dumps(indent=2, ensure_ascii=False) writes what
JSON.stringify(x, null, 2) does for these values.

The log lines are ModemManager's debug lines (mm-base-modem-at / mm-port-
serial-at: "[modem0/ttyUSB2/at] --> 'AT<CR>'", "<-- '...'"), a session of
our own; kibana-json.plain.log holds them bare, oldest first: the reading
the export must equal.

    make_kibana_json.py   writes kibana-json.plain.log, kibana-json-inspect.json,
                          kibana-json-oldest.json here"""
import json
import os

MM = [
    "[modem0/ttyUSB2/at] --> 'AT+CGMM<CR>'",
    "[modem0/ttyUSB2/at] <-- '<CR><LF>EG25<CR><LF><CR><LF>OK<CR><LF>'",
    "[modem0/ttyUSB2/at] --> 'AT+QCFG=\"usbnet\"<CR>'",
    "[modem0/ttyUSB2/at] <-- '<CR><LF>+QCFG: \"usbnet\",0<CR><LF><CR><LF>OK<CR><LF>'",
    "[modem0/ttyUSB2/at] --> 'AT+CGDCONT=1,\"IP\",\"iot.example\"<CR>'",
    "[modem0/ttyUSB2/at] <-- '<CR><LF>OK<CR><LF>'",
    "[modem0/ttyUSB2/at] --> 'AT+CEREG?<CR>'",
    "[modem0/ttyUSB2/at] <-- '<CR><LF>+CEREG: 0,5<CR><LF><CR><LF>OK<CR><LF>'",
    "[modem0/ttyUSB2/at] --> 'AT+CGACT=1,1<CR>'",
    "[modem0/ttyUSB2/at] <-- '<CR><LF>+CME ERROR: 30<CR><LF>'",
]


def hit(i, line):
    ms = 1765057860000 + 137 * i
    s, frac = divmod(ms, 1000)
    t = '2026-12-06T21:51:%02d.%03dZ' % (s % 60, frac)
    return {"_index": ".ds-logs-generic-default-2026.12.06-000001",
            "_id": "kJ3x%04dQe" % i, "_score": None,
            "_source": {"@timestamp": t, "host": {"name": "gw-07"},
                        "agent": {"type": "filebeat", "version": "8.15.0", "name": "gw-07"},
                        "ecs": {"version": "8.0.0"}, "input": {"type": "log"},
                        "log": {"file": {"path": "/var/log/syslog"}, "offset": 4096 + 80 * i},
                        "message": line},
            "sort": [ms, i]}


def response(hits):
    return {"took": 4, "timed_out": False,
            "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
            "hits": {"total": len(hits), "max_score": None, "hits": hits}}


os.chdir(os.path.dirname(os.path.abspath(__file__)))
hits = [hit(i, l) for i, l in enumerate(MM)]
with open('kibana-json.plain.log', 'w') as f:
    f.write('\n'.join(MM) + '\n')
with open('kibana-json-inspect.json', 'w') as f:       # Discover's order: newest first
    f.write(json.dumps({"rawResponse": response(hits[::-1])}, indent=2, ensure_ascii=False) + '\n')
with open('kibana-json-oldest.json', 'w') as f:        # sorted by the time ascending
    f.write(json.dumps(response(hits), indent=2, ensure_ascii=False) + '\n')
# the same export of a web service's log: no AT line, no transaction
WEB = ['GET /api/v1/devices 200 12ms', 'POST /api/v1/devices/7/reboot 202 31ms',
       'GET /healthz 200 1ms', 'user "ana" logged in from 10.0.0.7', 'GET /api/v1/sims 200 8ms']
with open('neg-kibana-json-web.json', 'w') as f:
    f.write(json.dumps(response([hit(i, l) for i, l in enumerate(WEB)][::-1]), indent=2,
                       ensure_ascii=False) + '\n')
