# A maintenance script's grab bag: ast rewriting, pprint/reprlib, shelve/dbm, sched, copy/pickle of cycles,
# tokenize, operator/functools, frames and tracebacks, inspect, weakref, sys facts, hashes.
import ast, pprint, reprlib, shelve, dbm, sched, tempfile, os, pickle, copy, keyword, tokenize, io, operator, functools, collections, weakref, gc, inspect, sys, traceback, types
src = "x = [i ** 2 for i in range(10) if i % 2]\ndef f(a, *, b=2):\n    return a + b\n"
tree = ast.parse(src)
print(ast.dump(tree.body[0], indent=1)[:300])
class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "i": node.id = "k"
        return node
print(ast.unparse(ast.fix_missing_locations(Renamer().visit(tree))))
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': -4j}"), [type(n).__name__ for n in ast.walk(ast.parse("a+b*2"))])
ns = {}
exec(compile(tree, "<ast>", "exec"), ns)
print(ns["x"], ns["f"](1))
data = {"key%d" % i: list(range(i)) for i in range(8)}
pprint.pprint(data, width=50, compact=True)
print(pprint.pformat({"z": {"y": [1] * 30}}, depth=2, width=40))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(20)}))
with tempfile.TemporaryDirectory() as d:
    with shelve.open(os.path.join(d, "db")) as db:
        db["cfg"] = {"a": 1}
        db["list"] = [1, 2, 3]
    with shelve.open(os.path.join(d, "db")) as db:
        print(sorted(db.keys()), db["cfg"], "list" in db)
    with dbm.open(os.path.join(d, "d2"), "c") as db:
        db[b"k"] = b"v"; db["s"] = "t"
        print(sorted(db.keys()), db[b"s"])
s = sched.scheduler(timefunc=lambda: 0, delayfunc=lambda x: None)
out = []
for pri, name in [(2, "b"), (1, "a"), (3, "c")]:
    s.enter(0, pri, out.append, (name,))
s.run()
print(out)
a = [1, 2]; a.append(a)
print(a, copy.deepcopy(a)[2][2][0], pickle.loads(pickle.dumps(a))[2] is not None)
d = collections.OrderedDict(a=1); d["self"] = d
print(d)
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.kwlist[:5])
toks = list(tokenize.generate_tokens(io.StringIO("x = 1 + 2  # hi\n").readline))
print([(tokenize.tok_name[t.type], t.string) for t in toks])
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", ",")("a,b"), functools.reduce(operator.mul, range(1, 6)))
p = functools.partial(int, base=2)
print(p("101"), p.func.__name__, p.keywords, repr(functools.partial(max, 1))[:30])
def outer():
    x = 1
    def inner():
        return sys._getframe(1).f_code.co_name, sys._getframe().f_back.f_locals["x"]
    return inner()
print(outer())
def tb():
    return traceback.format_stack(limit=2)[0].strip().splitlines()[1]
print(tb())
print(inspect.signature(lambda a, /, b=2, *c, d, **e: None), inspect.getfullargspec(outer).args, inspect.isfunction(outer), inspect.ismethod(outer))
print([n for n, _ in inspect.getmembers(collections.Counter, inspect.isfunction)][:5])
print(types.SimpleNamespace(a=1, b=[2]), types.MappingProxyType({"a": 1})["a"], type(outer.__code__).__name__)
class C: pass
c = C(); r = weakref.ref(c); print(r() is c, weakref.getweakrefcount(c))
wd = weakref.WeakValueDictionary(); wd["k"] = c; print(list(wd.keys()))
print(sys.getrecursionlimit(), sys.maxsize, sys.byteorder, sys.float_info.dig, sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width)
print(hash(1), hash(-1), hash(2**61), hash(1.5), hash((1, 2)), hash(""), hash(None) != 0)
