# expect: RecursionError
import json
d = {}
for i in range(200000):
    d = {"k": d}
json.dumps(d)
