# An observer/event bus with priorities, weak handlers by name, once-handlers and error isolation.
from collections import defaultdict
import functools


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self._seq = 0
        self.errors = []

    def on(self, event, priority=0, once=False):
        def register(fn):
            self._seq += 1
            self._handlers[event].append((-priority, self._seq, fn, once))
            self._handlers[event].sort(key=lambda h: h[:2])
            return fn
        return register

    def off(self, event, fn):
        before = len(self._handlers[event])
        self._handlers[event] = [h for h in self._handlers[event] if h[2] is not fn]
        return before - len(self._handlers[event])

    def emit(self, event, *args, **kwargs):
        results = []
        for h in list(self._handlers[event]):
            _, _, fn, once = h
            if once:
                self._handlers[event].remove(h)
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                self.errors.append((event, fn.__name__, repr(e)))
        for h in list(self._handlers["*"]):
            h[2](event, *args)
        return results


bus = EventBus()
log = []


@bus.on("save", priority=10)
def validate(doc):
    if not doc.get("title"):
        raise ValueError("missing title")
    return "valid"


@bus.on("save")
def store(doc):
    log.append(f"stored {doc['title']}")
    return "stored"


@bus.on("save", once=True)
def first_save(doc):
    return "first!"


@bus.on("*")
def audit(event, *args):
    log.append(f"audit {event} {len(args)}")


print(bus.emit("save", {"title": "a"}))
print(bus.emit("save", {"title": "b"}))
print(bus.emit("save", {}))
print(bus.errors)
print(bus.off("save", store), bus.emit("save", {"title": "c"}), bus.emit("unknown"))
print(log)


class Model:
    def __init__(self, bus):
        self._bus = bus
        self._data = {}

    def __setitem__(self, key, value):
        old = self._data.get(key)
        self._data[key] = value
        self._bus.emit("changed", key, old, value)


changes = []
bus2 = EventBus()
bus2.on("changed")(lambda k, o, n: changes.append(f"{k}: {o!r} -> {n!r}"))
m = Model(bus2)
m["x"] = 1
m["x"] = 2
m["y"] = [3]
print(changes)


def debounce_calls(fn):
    last = {}

    @functools.wraps(fn)
    def wrapper(key, value):
        if last.get(key) == value:
            return "skipped"
        last[key] = value
        return fn(key, value)
    return wrapper


@debounce_calls
def push(key, value):
    return f"pushed {key}={value}"


print([push("a", 1), push("a", 1), push("a", 2), push("b", 2)], push.__name__)
