# Issue 5 item 2 end to end: every module it lists imports and does real work (stdlib2/ cases
# also run in a subinterpreter). Output is deterministic: no paths, ids, times or hash order.
import os, os.path, sys, io, re, json, collections, collections.abc, functools, itertools, operator
import dataclasses, enum, typing, abc, contextlib, copy, pprint, reprlib, string, textwrap, struct
import random, statistics, math, decimal, fractions, numbers, datetime, time, calendar, heapq, bisect
import array, weakref, types, inspect, traceback, warnings, logging, argparse, shlex, fnmatch, glob
import pathlib, shutil, tempfile, csv, base64, binascii, hashlib, hmac, secrets, uuid, zlib, gzip
import pickle, threading, queue, subprocess, unittest, doctest, difflib, html, urllib.parse
import email, email.parser, email.policy, configparser, tomllib, asyncio

out = []
def check(name, value):
    out.append(name)
    print(f"{name}: {value}")

check("os", (os.sep, os.fspath(pathlib.PurePosixPath("a/b")), "PATH" in os.environ or True))
check("os.path", (os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.normpath("a/./b/../c")))
check("sys", (sys.version_info[:2], sys.maxsize > 2**31, type(sys.path).__name__))
buf = io.StringIO(); buf.write("héllo\nworld\n"); buf.seek(0)
bio = io.BytesIO(); w = io.TextIOWrapper(bio, encoding="utf-8", newline="\r\n"); w.write("a\nb\n"); w.flush()
check("io", (buf.readlines(), bio.getvalue()))
check("re", (re.findall(r"(\w+)=(\d+)", "a=1, bb=22"), re.sub(r"(?P<x>\d)", r"<\g<x>>", "a1b2")))
check("json", (json.dumps({"b": [1, 2.5, None], "a": "é"}, sort_keys=True), json.loads('{"x": [true, false]}')))
c = collections.Counter("abracadabra"); dq = collections.deque([1, 2, 3], maxlen=3); dq.append(4)
Point = collections.namedtuple("Point", "x y")
check("collections", (c.most_common(2), list(dq), Point(1, 2)._replace(y=5), collections.OrderedDict(a=1)))
check("collections.abc", (isinstance([], collections.abc.Sequence), issubclass(dict, collections.abc.Mapping)))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
check("functools", (fib(60), functools.reduce(operator.mul, range(1, 8)), functools.partial(int, base=2)("101")))
check("itertools", (list(itertools.accumulate([1, 2, 3, 4])), list(itertools.combinations("abc", 2)),
                    [k for k, _ in itertools.groupby("aabbbc")], list(itertools.islice(itertools.count(5, 2), 3))))
check("operator", (operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3j), operator.methodcaller("upper")("x")))
@dataclasses.dataclass(order=True, frozen=True)
class Item:
    name: str
    qty: int = 0
check("dataclasses", (sorted([Item("b", 2), Item("a", 5)]), dataclasses.asdict(Item("c", 1)), dataclasses.replace(Item("d"), qty=3)))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Perm(enum.Flag):
    R = 4
    W = 2
check("enum", (Color(2), Color["RED"].value, list(Color), Perm.R | Perm.W))
T = typing.TypeVar("T")
def first(xs: typing.List[T]) -> typing.Optional[T]: return xs[0] if xs else None
check("typing", (typing.get_type_hints(first), typing.get_origin(typing.Dict[str, int]), typing.get_args(typing.Union[int, str])))
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
class Square(Shape):
    def area(self): return 4
try:
    Shape()
except TypeError as e:
    abc_msg = str(e)
check("abc", (Square().area(), abc_msg))
@contextlib.contextmanager
def tag(name):
    out.append("<" + name); yield name; out.append(name + ">")
with tag("t") as t, contextlib.suppress(KeyError):
    {}["missing"]
check("contextlib", (t, out[-2:]))
nested = {"a": [1, {"b": 2}]}
deep = copy.deepcopy(nested); deep["a"][1]["b"] = 3
check("copy", (nested, deep, copy.copy([1, [2]])))
check("pprint", pprint.pformat({"k%d" % i: list(range(i)) for i in range(6)}, width=40))
check("reprlib", reprlib.repr(list(range(100))))
check("string", (string.Template("$who likes $what").substitute(who="tim", what="pie"), string.capwords("hello world"),
                 string.Formatter().format("{0:>5}|{x}", 42, x="y")))
check("textwrap", (textwrap.wrap("The quick brown fox jumps over the lazy dog", 12), textwrap.dedent("  a\n   b"), textwrap.shorten("a b c d e f", 7)))
check("struct", (struct.pack("<hIq", -2, 7, 2**40).hex(), struct.unpack(">2sH", b"ab\x01\x02"), struct.calcsize("@ii")))
rng = random.Random(12345)
check("random", (rng.randint(1, 100), rng.random(), rng.sample(range(20), 4), rng.choice("xyz")))
data = [2.5, 3.25, 5.5, 7.0, 11.75]
check("statistics", (statistics.mean(data), statistics.median(data), round(statistics.stdev(data), 12), statistics.mode([1, 2, 2, 3])))
check("math", (math.comb(30, 7), math.isqrt(10**20 + 1), math.fsum([0.1] * 10), math.gcd(84, 36), math.dist((0, 0), (3, 4))))
decimal.getcontext().prec = 30
check("decimal", (decimal.Decimal(1) / decimal.Decimal(7), decimal.Decimal("1.10") + decimal.Decimal("2.205"), decimal.Decimal("2").sqrt()))
check("fractions", (fractions.Fraction(3, 4) + fractions.Fraction(5, 6), fractions.Fraction("0.125"), fractions.Fraction(1.5).limit_denominator()))
check("numbers", (isinstance(3, numbers.Integral), isinstance(1.5, numbers.Rational), isinstance(1j, numbers.Complex)))
d = datetime.datetime(2024, 2, 28, 23, 30, tzinfo=datetime.timezone.utc)
check("datetime", (d + datetime.timedelta(hours=1), d.isoformat(), datetime.date(2024, 3, 1) - datetime.date(2024, 2, 1), d.strftime("%a %d %b %Y")))
check("time", (time.strftime("%Y-%m-%d", time.gmtime(86400 * 365)), time.monotonic() > 0, type(time.time()).__name__))
check("calendar", (calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.month(2024, 2).splitlines()[:3]))
h = [5, 1, 8, 3]; heapq.heapify(h)
check("heapq", (heapq.heappop(h), heapq.nsmallest(2, [9, 4, 7, 1]), list(heapq.merge([1, 4], [2, 3]))))
s = [1, 3, 5, 7]; bisect.insort(s, 4)
check("bisect", (bisect.bisect_left(s, 5), s))
a = array.array("i", [1, 2, 3]); a.append(4)
check("array", (a, a.tobytes()[:8], array.array("d", [1.5]).itemsize))
class Node: pass
n = Node(); r = weakref.ref(n); wd = weakref.WeakValueDictionary(); wd["n"] = n
ws = weakref.WeakSet([n]); p = weakref.proxy(n); n.tag = "t"
# (When a dropped object dies is the collector's business here: a tracing GC, not refcounts.)
check("weakref", (r() is n, wd["n"] is n, n in ws, p.tag, weakref.getweakrefcount(n)))
check("types", (types.SimpleNamespace(a=1, b=2), types.MappingProxyType({"x": 1})["x"], isinstance(len, types.BuiltinFunctionType)))
def sample(a, b=2, *args, c, **kw): "doc"
check("inspect", (str(inspect.signature(sample)), inspect.getdoc(sample), inspect.isfunction(sample)))
try:
    1 / 0
except ZeroDivisionError as e:
    tb_text = traceback.format_exception_only(type(e), e)
check("traceback", tb_text)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("careful", UserWarning)
check("warnings", [(w.category.__name__, str(w.message)) for w in caught])
log_stream = io.StringIO()
logger = logging.getLogger("issue5"); handler = logging.StreamHandler(log_stream)
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s")); logger.addHandler(handler); logger.setLevel(logging.INFO)
logger.info("hello %s", "log"); logger.debug("hidden")
check("logging", log_stream.getvalue())
parser = argparse.ArgumentParser(prog="tool")
parser.add_argument("files", nargs="+"); parser.add_argument("-n", type=int, default=1); parser.add_argument("--verbose", action="store_true")
check("argparse", vars(parser.parse_args(["a.txt", "b.txt", "-n", "3", "--verbose"])))
check("shlex", (shlex.split("cmd 'a b' \"c d\" e\\ f"), shlex.quote("it's")))
check("fnmatch", (fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.fnmatch("Data.CSV", "*.csv")))
tmp = tempfile.mkdtemp()
try:
    base = pathlib.Path(tmp)
    (base / "sub").mkdir()
    for name in ["one.txt", "two.txt", "sub/three.txt", "four.log"]:
        (base / name).write_text(name.upper(), encoding="utf-8")
    check("glob", sorted(os.path.relpath(p, tmp) for p in glob.glob(os.path.join(tmp, "**", "*.txt"), recursive=True)))
    check("pathlib", (sorted(p.name for p in base.iterdir()), (base / "one.txt").read_text(encoding="utf-8"), (base / "sub" / "x.tar.gz").suffixes))
    shutil.copytree(base / "sub", base / "copy")
    shutil.move(str(base / "four.log"), str(base / "copy" / "four.log"))
    check("shutil", sorted(os.listdir(base / "copy")))
    with tempfile.NamedTemporaryFile("w+", dir=tmp, suffix=".csv", delete=False) as f:
        csv.writer(f).writerows([["name", "n"], ["a,b", 1], ['q"uote', 2]])
        csv_path = f.name
    with open(csv_path, newline="") as f:
        rows = list(csv.DictReader(f))
    check("tempfile", (os.path.dirname(csv_path) == tmp, csv_path.endswith(".csv")))
    check("csv", rows)
    gz = os.path.join(tmp, "data.gz")
    with gzip.open(gz, "wt", encoding="utf-8") as f:
        f.write("compressed " * 20)
    with gzip.open(gz, "rt", encoding="utf-8") as f:
        check("gzip", (len(f.read()), gzip.decompress(gzip.compress(b"xyz"))))
finally:
    shutil.rmtree(tmp)
check("base64", (base64.b64encode(b"isolated"), base64.urlsafe_b64decode("aXNv"), base64.b32encode(b"ab"), base64.b85encode(b"x")))
check("binascii", (binascii.hexlify(b"\x01\xff"), binascii.crc32(b"hello"), binascii.unhexlify("4142")))
check("hashlib", (hashlib.sha256(b"abc").hexdigest()[:16], hashlib.md5(b"abc").hexdigest(), hashlib.blake2b(b"x", digest_size=8).hexdigest()))
check("hmac", (hmac.new(b"key", b"msg", "sha256").hexdigest()[:16], hmac.compare_digest(b"a", b"a")))
check("secrets", (len(secrets.token_hex(8)), len(secrets.token_bytes(5)), secrets.randbelow(1) == 0))
check("uuid", (uuid.UUID("12345678-1234-5678-1234-567812345678").hex, uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid4().version))
check("zlib", (zlib.decompress(zlib.compress(b"z" * 100)) == b"z" * 100, zlib.adler32(b"abc"), len(zlib.compress(b"a" * 1000, 9)) < 30))
check("pickle", [pickle.loads(pickle.dumps(obj, protocol=p)) for p, obj in [(0, {"a": [1, 2]}), (2, Item("p", 1)), (5, (Color.RED, 2**70, b"\x00"))]])
results = []
lock = threading.Lock()
def work(k):
    with lock:
        results.append(k * k)
threads = [threading.Thread(target=work, args=(k,)) for k in range(5)]
for th in threads: th.start()
for th in threads: th.join()
check("threading", sorted(results))
q = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]: q.put(item)
check("queue", [q.get() for _ in range(3)])
proc = subprocess.run([sys.executable, "-c", "print(6 * 7)"], capture_output=True, text=True)
check("subprocess", (proc.returncode, proc.stdout.strip()))
class Arith(unittest.TestCase):
    def test_add(self): self.assertEqual(1 + 1, 2)
    def test_fail(self): self.assertEqual(1, 2)
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Arith)
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
check("unittest", (result.testsRun, len(result.failures), len(result.errors)))
def square(x):
    """
    >>> square(3)
    9
    >>> square(-2)
    4
    """
    return x * x
runner = doctest.DocTestRunner(verbose=False)
for test in doctest.DocTestFinder().find(square, "square", globs={"square": square}):
    runner.run(test, out=lambda text: None)
check("doctest", runner.summarize(verbose=False))
check("difflib", (list(difflib.unified_diff(["a\n", "b\n"], ["a\n", "c\n"], "x", "y")), round(difflib.SequenceMatcher(None, "abcd", "abed").ratio(), 6)))
check("html", (html.escape("<a href='x'>&</a>"), html.unescape("&lt;&eacute;&#65;")))
u = urllib.parse.urlsplit("https://user@example.com:8080/p/a%20t?q=1&r=two#frag")
check("urllib.parse", (u.hostname, u.port, urllib.parse.unquote(u.path), urllib.parse.parse_qs(u.query), urllib.parse.urlencode({"a b": "c&d"})))
msg = email.parser.Parser(policy=email.policy.default).parsestr(
    "From: Ann <ann@example.com>\nTo: bob@example.com\nSubject: =?utf-8?q?caf=C3=A9?=\nContent-Type: text/plain; charset=utf-8\n\nBody line\n")
check("email", (msg["subject"], msg["from"].addresses[0].username, msg.get_content().strip(), msg.get_content_type()))
cp = configparser.ConfigParser()
cp.read_string("[server]\nhost = localhost\nport = 8080\n[paths]\nroot = /srv\nlogs = %(root)s/logs\n")
check("configparser", (cp.sections(), cp.getint("server", "port"), cp.get("paths", "logs")))
check("tomllib", tomllib.loads('title = "x"\n[owner]\nname = "Tom"\ndob = 1979-05-27\n[[items]]\nid = 1\n[[items]]\nid = 2\n'))
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)
async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
        total += item
    return total
async def main():
    q = asyncio.Queue()
    _, total = await asyncio.gather(producer(q, 10), consumer(q))
    slept = await asyncio.wait_for(asyncio.sleep(0.01, result="slept"), timeout=5)
    return total, slept
check("asyncio", asyncio.run(main()))
print(len(set(out) - {"<t", "t>"}), "modules exercised")
