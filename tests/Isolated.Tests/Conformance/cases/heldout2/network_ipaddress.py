# Network-admin helpers: ipaddress maths, socketpair echo, selectors, a tiny HTTP request parser.
import ipaddress
import selectors
import socket
from http import HTTPStatus
from http.client import responses

net = ipaddress.ip_network("192.168.10.0/24")
print(net, net.num_addresses, net.netmask, net.broadcast_address, net.hostmask, net.prefixlen)
print(list(net.subnets(new_prefix=26)), net.supernet(prefixlen_diff=8))
hosts = list(net.hosts())
print(hosts[0], hosts[-1], len(hosts), ipaddress.ip_address("192.168.10.77") in net)
for a in ["10.0.0.1", "8.8.8.8", "127.0.0.1", "169.254.1.1", "::1", "fe80::1", "2001:db8::dead:beef", "224.0.0.1"]:
    ip = ipaddress.ip_address(a)
    print(f"{a:<22} v{ip.version} private={ip.is_private} loopback={ip.is_loopback} link_local={ip.is_link_local} multicast={ip.is_multicast} global={ip.is_global}")
v6 = ipaddress.ip_address("2001:db8::1")
print(v6.exploded, v6.compressed, int(ipaddress.ip_address("0.0.1.0")), ipaddress.ip_address(3232235777), v6.reverse_pointer[:20])
print(list(ipaddress.collapse_addresses([ipaddress.ip_network("10.0.0.0/25"), ipaddress.ip_network("10.0.0.128/25")])))
print(list(ipaddress.summarize_address_range(ipaddress.ip_address("10.0.0.0"), ipaddress.ip_address("10.0.0.9"))))
iface = ipaddress.ip_interface("10.1.2.3/16")
print(iface.network, iface.ip, iface.with_netmask, sorted([ipaddress.ip_address("10.0.0.10"), ipaddress.ip_address("10.0.0.9")]))
for bad in ["300.1.1.1", "10.0.0.0/33", "10.0.0.1/24"]:
    try:
        ipaddress.ip_network(bad)
    except ValueError as e:
        print("ValueError:", e)

a, b = socket.socketpair()
with a, b:
    a.sendall(b"GET /status?x=1 HTTP/1.1\r\nHost: example\r\nX-Test: yes\r\n\r\n")
    sel = selectors.DefaultSelector()
    sel.register(b, selectors.EVENT_READ, data="server side")
    events = sel.select(timeout=5)
    print([(key.data, bool(mask & selectors.EVENT_READ)) for key, mask in events])
    data = b.recv(4096)
    request_line, *header_lines = data.decode().split("\r\n")
    method, target, version = request_line.split()
    headers = dict(h.split(": ", 1) for h in header_lines if h)
    print(method, target, version, headers)
    status = HTTPStatus.OK
    body = b'{"ok": true}'
    b.sendall(f"HTTP/1.1 {status.value} {status.phrase}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
    reply = a.recv(4096)
    print(reply.split(b"\r\n")[0], reply.endswith(body))
    sel.close()
print(HTTPStatus(404).phrase, HTTPStatus.TOO_MANY_REQUESTS.value, responses[503], HTTPStatus.NOT_FOUND.description)
print(socket.AF_INET.name, socket.SOCK_STREAM.name, socket.htons(1) in (1, 256), socket.inet_aton("1.2.3.4"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1").hex())
