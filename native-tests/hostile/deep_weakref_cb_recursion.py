# expect: ok
import weakref, gc
class A: pass
def cb(r):
    def f(): f()
    try: f()
    except RecursionError: print("rec")
a = A()
r = weakref.ref(a, cb)
del a
gc.collect()
