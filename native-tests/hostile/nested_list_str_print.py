# expect: RecursionError
import io
l = []
for i in range(200000):
    l = [l]
print(l, file=io.StringIO())
