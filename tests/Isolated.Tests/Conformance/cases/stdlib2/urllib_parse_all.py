from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, parse_qs, parse_qsl,
                          urlencode, quote, quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes, urlsplit)
import urllib.parse as up

u = urlparse("https://user:pw@Example.COM:8443/path/to;params/page.html?q=1&r=a+b&q=2#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment)
print(u.geturl(), urlunparse(u._replace(fragment="", query="x=1")))
s = urlsplit("http://[::1]:80/a b?c=d#e")
print(s, s.hostname, s.port, urlunsplit(s))
print(urlsplit("mailto:someone@example.com"), urlsplit("//host/path"), urlsplit("path/only?x"), urlsplit("file:///etc/hosts"))
try:
    urlsplit("http://host:notaport/").port
except ValueError as e:
    print("ValueError:", e)
try:
    urlsplit("http://[::1/")
except ValueError as e:
    print("ValueError:", e)
base = "http://a/b/c/d;p?q"
for ref in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "..", "../g", "../..", "../../../g", "g;x", "", "http:g", "https://other/x"]:
    print(f"{ref!r:14} -> {urljoin(base, ref)}")
print(urldefrag("http://x/y#z"), urldefrag("http://x/y"))
qs = "a=1&b=2&a=3&empty=&sp=x+y&enc=%26%3D&flag"
print(parse_qs(qs), parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), parse_qsl("a=1;b=2", separator=";"))
try:
    parse_qsl("a=1&b", strict_parsing=True)
except ValueError as e:
    print("ValueError:", e)
print(urlencode({"q": "hello world", "lang": "en&fr", "n": 3}), urlencode([("a", 1), ("a", 2)]))
print(urlencode({"tags": ["x", "y"]}, doseq=True), urlencode({"tags": ["x", "y"]}), urlencode({"s": "a b"}, quote_via=quote))
print(quote("/path with spaces/ü?&="), quote("/a b", safe=""), quote_plus("a b&c=d/e"), quote("~-._"), quote(b"\xff"))
print(unquote("%2Fpath%20x%C3%BC%zz"), unquote_plus("a+b%2Bc"), unquote("%E2%82%AC", encoding="utf-8"), unquote("%ff", errors="replace"))
print(quote_from_bytes(b"\x00\x01abc"), unquote_to_bytes("a%00%ffb"), up.quote("é", encoding="latin-1"))
print(up.urlparse("http://example.com").path == "", up.urlparse("HTTP://EXAMPLE.com/A").scheme, up.urlsplit("http://h/p?").query)
print(up.urljoin("http://example.com/docs/", "../img/logo.png"), up.urljoin("http://example.com/docs", "guide"))
print(up.urlparse("http://example.com:80/").port, up.urlparse("http://example.com/").port, up.urlparse("http://[2001:db8::1]:8080/").hostname)
parts = up.urlsplit("https://api.example.com/v1/items?page=2&size=50")
params = dict(up.parse_qsl(parts.query))
params["page"] = str(int(params["page"]) + 1)
print(up.urlunsplit(parts._replace(query=up.urlencode(params))))
print(up.uses_netloc[:3], up.unwrap("<URL:http://x/>") if hasattr(up, "unwrap") else "")
print(up.urlparse(b"http://bytes/path"), up.quote_plus(b"a b"))
