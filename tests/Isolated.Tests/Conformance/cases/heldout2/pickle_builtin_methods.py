# A plugin system that stores callbacks, copies and pickles them: builtin methods as callbacks,
# their equality when unregistering, and what pickle refuses (with the error a user catches).
import copy
import pickle
import threading

handlers = []
log = []


def register(cb):
    if cb not in handlers:
        handlers.append(cb)


def unregister(cb):
    handlers.remove(cb)


register(log.append)
register(log.append)          # the same bound method again: not added twice
register(print)
print(len(handlers), log.append == log.append, log.append != log.append, len({log.append, log.append}))
unregister(log.append)
print(len(handlers), handlers[0] is print)

for fn in [str.upper, str.join, dict.fromkeys, int.__add__, object.__init__, list.__len__, len, "abc".upper, (5).bit_length]:
    back = pickle.loads(pickle.dumps(fn))
    print(getattr(fn, "__qualname__", fn), "->", back == fn or back.__name__ == fn.__name__)
print(pickle.loads(pickle.dumps(str.upper))("shout"), pickle.loads(pickle.dumps(str.title))("x y"))
tasks = [(str.upper, "a"), (str.lower, "B"), (max, (3, 9))]
print([f(a) if not isinstance(a, tuple) else f(*a) for f, a in pickle.loads(pickle.dumps(tasks))])

def gen():
    yield 1

for label, obj in [("generator", gen()), ("lock", threading.Lock()), ("module", pickle)]:
    try:
        pickle.dumps(obj)
    except TypeError as e:
        print(label, "TypeError:", e)

data = bytearray(b"\x00hello\xff")
c1, c2 = copy.copy(data), copy.deepcopy([data, data])
print(c1, c1 == data, c1 is not data, c2[0] is c2[1], pickle.loads(pickle.dumps(data, 0)), pickle.loads(pickle.dumps(data)))
print(hash(""), hash(b""), hash(()) == hash(()), {"": 1}[""], {b"": 2}[b""])
