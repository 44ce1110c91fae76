# An HTTP-client style program that runs offline: urllib.request on data: and file: URLs,
# Request objects with headers, urllib.error, http.cookies and query building.
import json
import os
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from http.cookies import SimpleCookie
from pathlib import Path

payload = json.dumps({"users": [{"id": 1, "name": "ann"}, {"id": 2, "name": "bob"}]})
url = "data:application/json;charset=utf-8," + urllib.parse.quote(payload)
with urllib.request.urlopen(url) as resp:
    print(resp.headers.get_content_type(), resp.headers.get_content_charset(), resp.status if hasattr(resp, "status") else None)
    data = json.loads(resp.read().decode())
print([u["name"] for u in data["users"]])
b64 = "data:text/plain;base64,aGVsbG8gd29ybGQ="
print(urllib.request.urlopen(b64).read())

with tempfile.TemporaryDirectory() as d:
    p = Path(d) / "page.html"
    p.write_text("<h1>local file</h1>\n", encoding="utf-8")
    file_url = p.as_uri()
    print(file_url.startswith("file:///"), urllib.request.url2pathname(urllib.parse.urlparse(file_url).path) == str(p))
    with urllib.request.urlopen(file_url) as resp:
        print(resp.read(), resp.headers["Content-type"], resp.headers["Content-length"])
    try:
        urllib.request.urlopen((Path(d) / "missing.html").as_uri())
    except urllib.error.URLError as e:
        print("URLError:", type(e.reason).__name__)

req = urllib.request.Request("https://api.example.com/v1/items?" + urllib.parse.urlencode({"page": 2, "q": "red shoes"}),
                             data=b'{"x":1}', headers={"Content-Type": "application/json", "X-Token": "abc"}, method="PUT")
print(req.full_url, req.get_method(), req.host, req.selector, sorted(req.header_items()), req.has_header("X-token"))
req.add_header("Accept", "*/*")
print(req.get_header("Accept"), req.type, req.data)
try:
    urllib.request.urlopen("nope://x")
except urllib.error.URLError as e:
    print("URLError:", e.reason)
err = urllib.error.HTTPError("http://x", 404, "Not Found", {}, None)
print(err.code, err.reason, str(err), isinstance(err, urllib.error.URLError))

c = SimpleCookie()
c.load('session=abc123; theme="dark mode"; Path=/')
c["session"]["httponly"] = True
c["lang"] = "en"
c["lang"]["max-age"] = 3600
print(sorted((k, m.value) for k, m in c.items()))
print(c.output(sep="\n"))
print(urllib.parse.urlencode([("a", "1"), ("a", "2"), ("b", "x y")], quote_via=urllib.parse.quote))
print(urllib.request.pathname2url("/tmp/a b/c.txt"), urllib.parse.unquote_plus("a+b%2Bc"), urllib.parse.urldefrag("http://x/y#frag"))
