# expect: terminated,MemoryError,RecursionError
# budget-ms: 2000
# Python-to-Python calls use no native stack (as in CPython 3.12), so with the limit at 10^9 this
# recursion only ends when memory does or a control stops it; here the time budget does (about
# 10^6 frames deep by then), and unwinding them must not take the host down either.
import sys
sys.setrecursionlimit(10**9)
def f(n):
    return f(n + 1) + 1
f(0)
