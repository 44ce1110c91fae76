# Parse an access log, aggregate with Counter/defaultdict, print a report.
import re
from collections import Counter, defaultdict
from datetime import datetime
from statistics import mean, median

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
192.168.1.11 - - [10/Oct/2023:13:56:01 +0000] "GET /about.html HTTP/1.1" 200 1200
10.0.0.5 - - [10/Oct/2023:13:57:12 +0000] "POST /api/login HTTP/1.1" 401 87
192.168.1.10 - - [10/Oct/2023:14:01:00 +0000] "GET /index.html HTTP/1.1" 304 0
10.0.0.5 - - [10/Oct/2023:14:02:44 +0000] "POST /api/login HTTP/1.1" 200 512
172.16.0.3 - - [10/Oct/2023:14:15:09 +0000] "GET /missing HTTP/1.1" 404 153
192.168.1.11 - - [10/Oct/2023:15:20:30 +0000] "GET /index.html HTTP/1.1" 200 2326
garbage line here
172.16.0.3 - - [10/Oct/2023:15:21:00 +0000] "DELETE /api/item/7 HTTP/1.1" 500 44
"""

PATTERN = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ \S+ \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>[^"]+)" (?P<status>\d{3}) (?P<size>\d+)'
)

entries, bad = [], 0
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = PATTERN.match(line)
    if not m:
        bad += 1
        print(f"line {lineno}: could not parse {line!r}")
        continue
    d = m.groupdict()
    d["ts"] = datetime.strptime(d["ts"], "%d/%b/%Y:%H:%M:%S %z")
    d["status"] = int(d["status"])
    d["size"] = int(d["size"])
    entries.append(d)

print(f"{len(entries)} entries, {bad} bad")
by_ip = Counter(e["ip"] for e in entries)
print("top clients:", by_ip.most_common(2))
status_classes = Counter(f"{e['status'] // 100}xx" for e in entries)
print("status classes:", sorted(status_classes.items()))
bytes_by_path = defaultdict(int)
for e in entries:
    bytes_by_path[e["path"]] += e["size"]
for path, total in sorted(bytes_by_path.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {path:<16}{total:>8,}")
per_hour = defaultdict(list)
for e in entries:
    per_hour[e["ts"].strftime("%H:00")].append(e["size"])
for hour in sorted(per_hour):
    sizes = per_hour[hour]
    print(hour, len(sizes), f"mean={mean(sizes):.1f}", f"median={median(sizes)}")
span = entries[-1]["ts"] - entries[0]["ts"]
print("span:", span, span.total_seconds())
errors = [e for e in entries if e["status"] >= 400]
print("errors:", [(e["method"], e["path"], e["status"]) for e in errors])
print(entries[0]["ts"].isoformat(), entries[0]["ts"].tzname(), entries[0]["ts"].strftime("%A %d %B %Y %I:%M %p"))
print(Counter(e["method"] for e in entries) + Counter({"PUT": 1}), (by_ip - Counter({"10.0.0.5": 1})).total())
