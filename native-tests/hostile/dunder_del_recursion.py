# expect: ok
# Each finaliser creates and drops another object with a finaliser: a chain of 100000 deletions
# that must neither overflow the stack nor leave garbage that breaks interpreter end.
import sys
sys.unraisablehook = lambda u: None
count = 0
class D:
    def __del__(self):
        global count
        count += 1
        if count < 100000:
            D()
D()
import gc
for i in range(3):
    gc.collect()
