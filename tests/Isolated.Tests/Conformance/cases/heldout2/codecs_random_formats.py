# Text and randomness utilities: unicodedata, codecs and error handlers, seeded random distributions,
# fnmatch/time/stat, collections.abc mixins, ABCs, and every format-spec corner a report needs.
import locale, gettext, string, textwrap, unicodedata, codecs, io, sys, os, time, random, secrets, itertools, fnmatch, glob, stat, platform, getpass, queue, enum, abc, collections.abc as cabc
print(unicodedata.name("é"), unicodedata.category("A"), unicodedata.normalize("NFD", "é").encode(), unicodedata.lookup("SNOWMAN"), unicodedata.numeric("½"), unicodedata.east_asian_width("中"))
print(codecs.encode("hello", "rot13"), codecs.decode(b"68656c6c6f", "hex"), "x".encode("utf-16"), "ü".encode("latin-1"), b"\xff".decode("utf-8", "replace"), "a€".encode("ascii", "xmlcharrefreplace"), "a€".encode("ascii", "backslashreplace"))
print("€".encode("cp1252"), b"\x80".decode("cp1252"), "Ω".encode("utf-32-le"), codecs.lookup("UTF8").name, "ab".encode("idna"), "bücher.de".encode("idna"))
try: "€".encode("ascii")
except UnicodeEncodeError as e: print(e)
try: b"\xc3\x28".decode()
except UnicodeDecodeError as e: print(e)
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 5), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.choices("abc", weights=[5, 1, 1], k=6), random.gauss(0, 1), random.randrange(0, 100, 7), random.getrandbits(40))
r = random.Random("seedstring"); print(r.random(), r.betavariate(2, 3), r.expovariate(1.5), r.triangular(0, 10, 3), r.vonmisesvariate(0, 1), r.paretovariate(2), r.lognormvariate(0, 1), r.binomialvariate(10, 0.3) if hasattr(r, "binomialvariate") else "")
r2 = random.Random(1234); print(r2.randbytes(6).hex(), r2.sample(["a", "b", "c", "d"], k=2, counts=None), [r2.randint(0, 9) for _ in range(10)])
print(len(secrets.token_hex(16)), len(secrets.token_urlsafe(16)) > 10, secrets.choice([7]), secrets.randbelow(1))
print(fnmatch.fnmatch("data.CSV", "*.csv"), fnmatch.fnmatchcase("data.CSV", "*.csv"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.translate("*.p?"))
print(time.strftime("%Y-%m-%d %H:%M:%S %j %U %a %b", time.gmtime(86400 * 365.25 * 30)), time.gmtime(0).tm_year, time.mktime(time.localtime(1000)) == 1000.0, time.strptime("2024-02-29", "%Y-%m-%d").tm_yday)
print(stat.S_ISDIR(os.stat(".").st_mode), stat.filemode(0o100755), oct(stat.S_IMODE(0o100644)))
class Box(cabc.MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
b = Box(); b["A"] = 1; b.update(B=2, c=3); b.setdefault("D", 4)
print(dict(b), b.get("a"), "b" in b, b.pop("C"), len(b), b.popitem(), list(b.items()), b == {"b": 2, "d": 4} or dict(b))
class Seq(cabc.Sequence):
    def __getitem__(self, i):
        if i >= 5: raise IndexError
        return i * 10
    def __len__(self): return 5
s = Seq(); print(list(s), s.index(30), s.count(10), 40 in s, list(reversed(s)))
class A(abc.ABC):
    @abc.abstractmethod
    def go(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try: A()
except TypeError as e: print(e)
class B(A):
    def go(self): return "went"
try: B()
except TypeError as e: print(e)
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), issubclass(str, cabc.Hashable), isinstance((x for x in []), cabc.Generator), issubclass(list, cabc.Hashable))
print(f"{'nested':{'^'}{12}}|{3.14159:{'.'}{3}}|{12345:,}|{0.25:%}|{255:#x}|{255:08b}|{-3:+d}|{1e10:g}|{1.5e-7:g}|{123.456:e}|{"q"!r:>5}")
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3j), "%(a)s-%(b)05.1f" % {"a": "x", "b": 2.25}, "%c%c" % (65, "B"), "%r %a" % ("é", "é"), "%-5s|%5s|" % ("l", "r"), "%x %o %e %G" % (255, 8, 12345.678, 0.00001234))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.3e"), format(0.000001234, ".2%"), format(3, "^7d"), format("x", "*<4"), format(-0.0, ".1f"), format(1e300 * 1e10, "f"), format(12.0, "n"), format(10**20, ","), format(2**64, "x"))
