# expect: RecursionError
import pickle
l = []
for i in range(200000):
    l = [l]
pickle.dumps(l)
