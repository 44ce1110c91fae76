# expect: ok
# A finaliser that raises and recurses: errors are reported as unraisable, never propagated.
import sys, gc
sys.unraisablehook = lambda u: None
class D:
    def __del__(self):
        def f(): f()
        f()
for i in range(1000):
    D()
gc.collect()
