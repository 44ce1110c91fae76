# expect: ValueError,RecursionError
import marshal
l = []
for i in range(200000):
    l = [l]
marshal.dumps(l)
