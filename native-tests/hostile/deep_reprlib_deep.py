# expect: ok
import reprlib
l = []
for i in range(200000):
    l = [l]
print(reprlib.repr(l))
