# Parse a web-server log with re, aggregate with collections, time buckets with datetime,
# and report through logging to a StringIO stream with a fixed format.
import io
import logging
import re
import statistics
from collections import Counter, OrderedDict, defaultdict
from datetime import datetime, timedelta

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 0.012
192.168.1.11 - - [10/Oct/2023:13:55:40 +0000] "POST /api/login HTTP/1.1" 401 128 0.150
10.0.0.5 - - [10/Oct/2023:13:56:02 +0000] "GET /images/logo.png HTTP/1.1" 200 10240 0.004
192.168.1.10 - - [10/Oct/2023:13:57:15 +0000] "GET /api/items?page=2 HTTP/1.1" 200 5120 0.220
10.0.0.7 - - [10/Oct/2023:14:01:00 +0000] "GET /missing HTTP/1.1" 404 0 0.001
192.168.1.11 - - [10/Oct/2023:14:02:30 +0000] "POST /api/login HTTP/1.1" 200 512 0.180
10.0.0.5 - - [10/Oct/2023:14:05:59 +0000] "DELETE /api/items/7 HTTP/1.1" 500 64 1.500
garbage line that does not match
192.168.1.12 - - [10/Oct/2023:14:10:10 +0000] "GET /index.html HTTP/1.1" 304 0 0.002
"""
PATTERN = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ \S+ \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+) (?P<secs>[\d.]+)')

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
log = logging.getLogger("analyzer")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False

records = []
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = PATTERN.match(line)
    if not m:
        log.warning("line %d: unparseable: %r", lineno, line[:20])
        continue
    d = m.groupdict()
    d["ts"] = datetime.strptime(d["ts"], "%d/%b/%Y:%H:%M:%S %z")
    d["status"] = int(d["status"])
    d["size"] = int(d["size"])
    d["secs"] = float(d["secs"])
    records.append(d)
    if d["status"] >= 500:
        log.error("server error on %s %s", d["method"], d["path"])
    elif d["secs"] > 0.2:
        log.info("slow request: %.3fs %s", d["secs"], d["path"])
    else:
        log.debug("ok %s", d["path"])

print(len(records), "records")
print(Counter(r["status"] for r in records).most_common())
print(Counter(r["method"] for r in records))
per_ip = defaultdict(int)
for r in records:
    per_ip[r["ip"]] += r["size"]
for ip, total in sorted(per_ip.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{ip:>15} {total:>7,} bytes")
times = [r["secs"] for r in records]
print(f"mean={statistics.mean(times):.4f} median={statistics.median(times)} stdev={statistics.stdev(times):.4f}")
print(f"quantiles={[round(q, 4) for q in statistics.quantiles(times, n=4)]}")
buckets = OrderedDict()
start = records[0]["ts"].replace(minute=0, second=0)
for r in records:
    slot = start + timedelta(minutes=5 * ((r["ts"] - start) // timedelta(minutes=5)))
    buckets.setdefault(slot.strftime("%H:%M"), []).append(r["path"].split("?")[0])
for slot, paths in buckets.items():
    print(slot, paths)
first, last = records[0]["ts"], records[-1]["ts"]
print(last - first, (last - first).total_seconds(), first.isoformat(), last.strftime("%A %d %B %Y %I:%M %p %Z"))
print(first.tzinfo, first.utcoffset(), first.timetuple().tm_yday, first.isocalendar())
paths = Counter(re.sub(r"/\d+", "/<id>", r["path"].split("?")[0]) for r in records)
print(sorted(paths.items()))
qs = [re.search(r"\?(.*)$", r["path"]).group(1) for r in records if "?" in r["path"]]
print(qs, re.findall(r"(\w+)=(\w+)", qs[0]))
print(stream.getvalue(), end="")
log.removeHandler(handler)
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), log.isEnabledFor(logging.DEBUG), log.getEffectiveLevel())
