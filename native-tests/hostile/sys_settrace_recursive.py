# expect: RecursionError
import sys
def tracer(frame, event, arg):
    def f(): f()
    f()
    return tracer
sys.settrace(tracer)
def g():
    return 1
g()
