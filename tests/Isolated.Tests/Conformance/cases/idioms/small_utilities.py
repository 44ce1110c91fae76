# Small utility functions people write: chunk, flatten, deep-merge, retry decorator, timer-free memo, slugify, pluralize.
import re
import functools


def chunk(seq, size):
    return [seq[i:i + size] for i in range(0, len(seq), size)]


def flatten(x):
    return [a for item in x for a in (flatten(item) if isinstance(item, (list, tuple)) else [item])]


def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = deep_merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **kw)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        return wrapper
    return deco


calls = {"n": 0}


@retry(3, (ValueError,))
def unstable():
    calls["n"] += 1
    if calls["n"] < 3:
        raise ValueError(f"try {calls['n']}")
    return "stable now"


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def pluralize(n, word, plural=None):
    return f"{n} {word if n == 1 else plural or word + 's'}"


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def humanize_bytes(n):
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(n) < 1024 or unit == "TiB":
            return f"{n:.1f} {unit}" if unit != "B" else f"{n} B"
        n /= 1024


print(chunk(list(range(10)), 4), chunk("abcdefg", 3), flatten([1, [2, (3, [4, []])], 5]))
print(deep_merge({"a": 1, "b": {"c": 2, "d": {"e": 3}}}, {"b": {"d": {"f": 4}, "g": 5}, "h": 6}))
print(unstable(), unstable.__name__)


@retry(2)
def always_fails():
    raise KeyError("nope")


try:
    always_fails()
except RuntimeError as e:
    print("RuntimeError:", e)
print(slugify("Hello, World! It's 2024 -- Python 3.12"), slugify("  --  "), [pluralize(n, "box", "boxes") for n in (0, 1, 2)], pluralize(1, "cat"))
print([clamp(x, 0, 10) for x in (-5, 5, 15)], [humanize_bytes(n) for n in (0, 512, 2048, 5 * 1024 ** 2, 3 * 1024 ** 4, 10 ** 16)])
