# expect: RecursionError
import json
json.loads('{"a":' * 200000 + "1" + "}" * 200000)
