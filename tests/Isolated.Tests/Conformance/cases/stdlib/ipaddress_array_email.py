# ipaddress subnets, array module typed buffers, email.message building/parsing, html.parser scraping.
import ipaddress
import array
import email
import email.message
import email.utils
from html.parser import HTMLParser

net = ipaddress.ip_network("192.168.10.0/24")
print(net.num_addresses, net.netmask, net.broadcast_address, net.prefixlen, net[5], ipaddress.ip_address("192.168.10.77") in net)
print([str(s) for s in net.subnets(new_prefix=26)], net.supernet(prefixlen_diff=8), ipaddress.ip_network("10.0.0.0/8").overlaps(ipaddress.ip_network("10.1.0.0/16")))
for a in ["127.0.0.1", "10.1.2.3", "8.8.8.8", "::1", "fe80::1", "2001:db8::8a2e:370:7334"]:
    ip = ipaddress.ip_address(a)
    print(a, ip.version, ip.is_private, ip.is_loopback, ip.is_global, ip.compressed, int(ip) % 1000)
print(sorted(ipaddress.ip_address(x) for x in ["10.0.0.10", "10.0.0.2", "9.255.255.255"]), ipaddress.ip_address("1.2.3.4") + 300)
print(list(ipaddress.summarize_address_range(ipaddress.ip_address("10.0.0.0"), ipaddress.ip_address("10.0.0.9"))))
try:
    ipaddress.ip_address("300.1.1.1")
except ValueError as e:
    print("ValueError:", e)
iface = ipaddress.ip_interface("172.16.5.4/20")
print(iface.network, iface.ip, iface.with_netmask)
a = array.array("h", [1, -2, 300])
a.extend([4, 5])
a.insert(0, 99)
print(a, a.typecode, a.itemsize, len(a), a.index(300), a.count(5), a.tolist()[::-1], sum(a))
b = array.array("d", (x / 4 for x in range(5)))
print(b, b.buffer_info()[1], bytes(array.array("B", [65, 66, 67])), array.array("u", "hé").tounicode())
c = array.array("i")
c.frombytes(array.array("i", [7, 8, 9]).tobytes())
print(c, c.pop(), c, memoryview(c).tolist())
try:
    array.array("b", [200])
except OverflowError as e:
    print("OverflowError:", e)
msg = email.message.EmailMessage()
msg["From"] = email.utils.formataddr(("Ann Smith", "ann@example.com"))
msg["To"] = "bob@example.com, cy@example.com"
msg["Subject"] = "Quarterly report"
msg.set_content("Hello Bob,\n\nThe report is attached.\n")
msg.add_attachment(b"col1,col2\n1,2\n", maintype="text", subtype="csv", filename="report.csv")
raw = msg.as_string()
parsed = email.message_from_string(raw, policy=email.policy.default) if hasattr(email, "policy") else None
import email.policy
parsed = email.message_from_string(raw, policy=email.policy.default)
print(parsed["Subject"], parsed["From"], parsed.is_multipart(), [p.get_content_type() for p in parsed.iter_parts()])
print(parsed.get_body(("plain",)).get_content().strip().splitlines(), [a.get_filename() for a in parsed.iter_attachments()])
print(email.utils.parseaddr("Bob <bob@x.org>"), email.utils.getaddresses(["a@b.c, Cy <cy@d.e>"]))


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.title, self._in_title, self.text = [], "", False, []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif data.strip():
            self.text.append(data.strip())


lp = LinkParser()
lp.feed("<html><head><title>My &amp; Page</title></head><body><p>Intro <a href='/a'>A</a> and <a href=\"https://x.org/b?c=1&amp;d=2\">B</a></p><br/><!-- c --></body></html>")
print(lp.title, lp.links, lp.text)
