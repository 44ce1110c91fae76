"""Decorators people write: retry with backoff, timing (with fake clock), memoize, validate (functools, time, inspect, logging)."""
import functools
import inspect
import io
import logging

stream = io.StringIO()
logging.basicConfig(stream=stream, level=logging.DEBUG, format="%(levelname)s %(funcName)s %(message)s")
log = logging.getLogger(__name__)

class FakeClock:
    def __init__(self):
        self.t = 0.0
        self.sleeps = []
    def time(self):
        return self.t
    def sleep(self, s):
        self.sleeps.append(s)
        self.t += s

clock = FakeClock()

def retry(times=3, backoff=0.5, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = backoff
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    log.warning("attempt %d failed: %s", attempt, e)
                    if attempt == times:
                        raise
                    clock.sleep(delay)
                    delay *= 2
        return wrapper
    return deco

def timed(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        start = clock.time()
        try:
            return fn(*a, **k)
        finally:
            wrapper.elapsed = clock.time() - start
    wrapper.elapsed = None
    return wrapper

def validate(fn):
    sig = inspect.signature(fn)
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            ann = sig.parameters[name].annotation
            if ann is not inspect.Parameter.empty and not isinstance(value, ann):
                raise TypeError(f"{name} must be {ann.__name__}, got {type(value).__name__}")
        return fn(*args, **kwargs)
    return wrapper

calls = {"n": 0}
@timed
@retry(times=4, backoff=0.25, exceptions=(ConnectionError,))
def fetch(url):
    calls["n"] += 1
    if calls["n"] < 3:
        raise ConnectionError(f"refused {calls['n']}")
    return f"<html>{url}</html>"

print(fetch("http://x"), calls, clock.sleeps, fetch.elapsed, fetch.__name__, fetch.__wrapped__.__wrapped__.__name__)

@retry(times=2, exceptions=(ValueError,))
def always_bad():
    raise ValueError("nope")
try:
    always_bad()
except ValueError as e:
    print("gave up:", e)

@retry(times=5, exceptions=(KeyError,))
def wrong_kind():
    raise TypeError("not retried")
try:
    wrong_kind()
except TypeError as e:
    print("not retried:", e)

@validate
def area(w: int, h: int = 2, *, unit: str = "m"):
    return f"{w * h}{unit}"
print(area(3), area(3, h=4, unit="cm"), inspect.signature(area))
for bad in [lambda: area("3"), lambda: area(1, unit=5), lambda: area()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(paths.cache))

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.count = 0
    def __call__(self, *a):
        self.count += 1
        return self.fn(*a)
@CountCalls
def hello(name):
    """Say hello."""
    return "hi " + name
hello("a"); hello("b")
print(hello.count, hello.__doc__, hello.__name__)
print(stream.getvalue(), end="")
