# expect: ok
import gc
l = []
for i in range(10**6):
    l = [l]
gc.collect()
del l
gc.collect()
