# Web-ish text formats: html escaping/parsing, urllib.parse, email parsing, base64/hashlib/hmac/uuid.
import base64
import hashlib
import hmac
import html
import uuid
from email import message_from_string, policy
from email.message import EmailMessage
from email.utils import parseaddr, formataddr, parsedate_to_datetime, getaddresses
from html.parser import HTMLParser
from urllib.parse import urlparse, urlunparse, urlencode, parse_qs, parse_qsl, quote, unquote, quote_plus, urljoin, urlsplit

print(html.escape('<a href="x">Tom & "Jerry"</a>'), html.unescape("&lt;p&gt; &amp;copy; &copy; &#169; &#x41; &nbsp;|"))

class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.text, self.stack = [], [], []
    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
    def handle_data(self, data):
        if data.strip():
            self.text.append((self.stack[-1] if self.stack else None, data.strip()))
    def handle_entityref(self, name):
        self.text.append(("entity", name))

p = LinkCollector()
p.feed("<html><body><h1>Title</h1><p>See <a href='/docs?a=1&amp;b=2'>docs</a> and <A HREF=\"http://x.org\">X</A>.</p><br/><img src=i.png></body></html>")
p.close()
print(p.links, p.text)

u = urlparse("https://user:pw@Example.COM:8443/a/b;params?q=1&q=2&x=%20y#frag")
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.params, u.query, u.fragment, u.username, u.password)
print(parse_qs(u.query), parse_qsl("a=1&b=&c=3", keep_blank_values=True), urlencode({"q": "a b&c", "n": [1, 2]}, doseq=True))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b+c"), unquote("%E2%82%AC%20x"), urlunparse(u._replace(fragment="", query="")))
print(urljoin("http://a/b/c/d;p?q", "../g"), urljoin("http://a/b/c/", "/x"), urljoin("http://a/b", "//other/y"), urlsplit("mailto:x@y").path)

raw = """From: "Alice Example" <alice@example.com>
To: bob@example.org, Carol <carol@example.net>
Subject: =?utf-8?q?Caf=C3=A9_meeting?=
Date: Tue, 05 Mar 2024 14:30:00 +0100
Content-Type: text/plain; charset="utf-8"
X-Priority: 1

Hi Bob,
see you at the café.
"""
msg = message_from_string(raw, policy=policy.default)
print(msg["subject"], "|", msg["from"].addresses[0].display_name, "|", msg.get_content_type(), msg.get_content_charset())
print([a.addr_spec for a in msg["to"].addresses], msg["X-Priority"], parsedate_to_datetime(msg["date"]).isoformat())
print(repr(msg.get_content()))
print(parseaddr("Bob Smith <bob@x.com>"), formataddr(("Zoë", "zoe@x.com")), getaddresses(["a@b.c, D <d@e.f>"]))
em = EmailMessage()
em["Subject"] = "Report"
em["From"] = formataddr(("Reporter", "r@example.com"))
em["To"] = "boss@example.com"
em.set_content("Numbers attached.\n")
em.add_attachment(b"1,2,3\n", maintype="text", subtype="csv", filename="data.csv")
print(em.is_multipart(), [part.get_content_type() for part in em.iter_parts()], em.get_body(("plain",)).get_content().strip())
att = next(em.iter_attachments())
print(att.get_filename(), att.get_content())

data = "héllo wörld".encode()
print(base64.b64encode(data), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"hi"), base64.b16encode(b"\x01\xab"))
print(base64.b64decode("aMOpbGxvIHfDtnJsZA==").decode(), base64.b85encode(b"abc"), base64.a85decode(base64.a85encode(b"xyz")))
try:
    base64.b64decode("abc", validate=True)
except Exception as e:
    print(type(e).__name__, e)
print(hashlib.sha256(b"abc").hexdigest()[:16], hashlib.md5(b"").hexdigest(), hashlib.sha1(b"x").digest()[:4], hashlib.blake2b(b"k", digest_size=8).hexdigest())
h = hashlib.new("sha512")
h.update(b"part1")
h.update(b"part2")
print(h.hexdigest()[:20], h.name, h.digest_size, h.block_size, hashlib.sha3_256(b"").hexdigest()[:12])
sig = hmac.new(b"secret", b"message", hashlib.sha256)
print(sig.hexdigest()[:24], hmac.compare_digest(sig.digest(), hmac.digest(b"secret", b"message", "sha256")))
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:24], hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, dklen=8).hex())
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "http://x"), uuid.UUID("12345678123456781234567812345678").hex)
u4 = uuid.uuid4()
print(u4.version, len(str(u4)), uuid.UUID(bytes=b"\x00" * 16) == uuid.UUID(int=0), uuid.UUID("{12345678-1234-5678-1234-567812345678}").fields[0])
