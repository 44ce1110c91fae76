# C extension call costs: run with the directory holding ext_multi and isoexample built for the
# interpreter that runs it (build/cmake/native-tests for Isolated; see bench/extmod/run.sh).
import sys, time
sys.path.insert(0, sys.argv[1])
import ext_multi as m, isoexample as iso
V = iso.Vector
def bench(name, f, n=300000):
    t = time.perf_counter(); f(n); dt = time.perf_counter() - t
    print(f"{name:28s} {dt/n*1e9:8.1f} ns/op")
def noargs(n):
    c = m.count
    for _ in range(n): c()
def meth_o(n):
    e = m.echo
    for i in range(n): e(i)
def fast(n):
    f = m.total_len
    for _ in range(n): f("ab", "c")
def vec_add(n):
    a = V(1.0, 2.0); b = V(3.0, 4.0)
    for _ in range(n): a + b
def vec_attr(n):
    a = V(1.0, 2.0)
    for _ in range(n): a.x
def vec_method(n):
    a = V(1.0, 2.0); b = V(3.0, 4.0)
    for _ in range(n): a.dot(b)
def vec_new(n):
    for i in range(n): V(1.0, 2.0)
def pyfunc(n):
    def f(): pass
    for _ in range(n): f()
def builtin_len(n):
    for _ in range(n): len("ab")
for f in (pyfunc, builtin_len, noargs, meth_o, fast, vec_add, vec_attr, vec_method, vec_new): bench(f.__name__, f)
