# expect: RecursionError
import json
l = []
for i in range(200000):
    l = [l]
json.dumps(l)
