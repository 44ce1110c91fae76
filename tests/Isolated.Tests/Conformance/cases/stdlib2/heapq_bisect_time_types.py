import bisect
import heapq
import time
import types

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [1, 8, 2, 9, 4]), heapq.nsmallest(2, ["pear", "fig", "banana"], key=len), list(heapq.merge([1, 4, 7], [2, 5], [3])))
print(list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)), list(heapq.merge([7, 4], [5, 1], reverse=True)))
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks)[1] for _ in range(len(tasks))])
class Job:
    def __init__(self, p, n):
        self.p, self.n = p, n
    def __lt__(self, o):
        return self.p < o.p
jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b")]
heapq.heapify(jobs)
print(heapq.heappop(jobs).n)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

a = [1, 3, 3, 3, 7, 9]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect_left(a, 100), bisect.bisect_left(a, 3, 2, 4))
bisect.insort(a, 5)
bisect.insort_left(a, 3)
print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
print(bisect.bisect_left(people, 30, key=lambda p: p[1]), bisect.insort(people, ("dee", 35), key=lambda p: p[1]), people)

print(time.gmtime(0), time.gmtime(86400 * 366)[:6], time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1e9)))
print(time.strptime("2024-03-10 12:34:56", "%Y-%m-%d %H:%M:%S")[:7], time.strptime("30 Nov 00", "%d %b %y").tm_year)
print(time.asctime(time.gmtime(0)), time.mktime(time.localtime(1000000)) == 1000000.0, time.calendar if hasattr(time, "calendar") else "")
t0 = time.perf_counter(); t1 = time.monotonic(); time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.009, time.monotonic() >= t1, time.time() > 1.7e9, isinstance(time.time_ns(), int), time.process_time() >= 0)
st = time.gmtime(1700000000)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday, st.tm_isdst, time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.get_clock_info("monotonic").monotonic, time.strftime("%j %U %a %b", (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
try:
    time.strptime("bad", "%Y")
except ValueError as e:
    print("ValueError:", e)

def gen():
    yield 1
async def coro():
    pass
print(type(gen()) is types.GeneratorType, isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType), types.NoneType, types.EllipsisType)
c = coro()
print(isinstance(c, types.CoroutineType), type(print).__name__, types.MethodType.__name__)
c.close()
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]), vars(ns), types.SimpleNamespace(**{"k": 2}).k)
mp = types.MappingProxyType({"a": 1})
print(mp["a"], dict(mp), len(mp), "a" in mp)
try:
    mp["b"] = 2
except TypeError as e:
    print("TypeError:", e)
mod = types.ModuleType("dyn", "doc of dyn")
mod.value = 5
print(mod, mod.__name__, mod.__doc__, mod.value)
class Greeter:
    def __init__(self, n):
        self.n = n
def hello(self):
    return f"hi {self.n}"
g = Greeter("ann")
g.hello = types.MethodType(hello, g)
print(g.hello(), types.MethodType(hello, Greeter("bo"))())
Dyn = types.new_class("Dyn", (Greeter,), {}, lambda ns: ns.update({"x": 1}))
print(Dyn.__name__, Dyn.x, Dyn.__mro__[1].__name__, types.resolve_bases((int,)), types.get_original_bases(Dyn) if hasattr(types, "get_original_bases") else "")
print(types.GenericAlias(list, (int,)), types.UnionType, type(int | str) is types.UnionType)
@types.coroutine
def old_style():
    yield
print(types.FrameType, types.CodeType, types.TracebackType.__name__, types.CellType.__name__)
