# expect: RecursionError,MemoryError
import sys
sys.setrecursionlimit(10**9)
l = []
for i in range(1000000):
    l = [l]
repr(l)
