# expect: ValueError,OverflowError
import sys
sys.setrecursionlimit(10**100)
