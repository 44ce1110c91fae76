# expect: ok
import sys
class Evil:
    def write(self, s):
        raise SystemExit
    def flush(self):
        def f(): f()
        f()
sys.stdout = sys.stderr = Evil()
sys.__stdout__ = None
try:
    print('x')
except SystemExit:
    pass
1 / 0 if False else None
