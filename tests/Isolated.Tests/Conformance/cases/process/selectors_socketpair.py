# select/poll/epoll and selectors.DefaultSelector over a socketpair and a pipe.
import os
import select
import selectors
import socket

a, b = socket.socketpair()
sel = selectors.DefaultSelector()
print(type(sel).__name__)
sel.register(b, selectors.EVENT_READ, "reader")
sel.register(a, selectors.EVENT_WRITE, "writer")
print(sorted((key.data, events) for key, events in sel.select(0)))
a.sendall(b"ping")
print(sorted((key.data, events) for key, events in sel.select(1)))
print(b.recv(10))
sel.unregister(a)
print(sel.select(0))
sel.close()

r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"x")
print(select.select([r], [], [], 1) == ([r], [], []))
p = select.poll()
p.register(r, select.POLLIN)
print(p.poll(0) == [(r, select.POLLIN)])
p.modify(r, select.POLLOUT)
print(p.poll(0))
try:
    p.unregister(12345)
except KeyError as e:
    print("KeyError", e)
try:
    select.select([object()], [], [], 0)
except TypeError as e:
    print(e)
os.close(r)
os.close(w)
a.close()
b.close()
