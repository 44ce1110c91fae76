# expect: RecursionError,MemoryError
import pickle
d = {}
for i in range(100000):
    d = {1: d}
pickle.loads(pickle.dumps(d, protocol=0))
