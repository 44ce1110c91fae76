# expect: RecursionError
import json
json.loads('[' * 200000 + ']' * 200000)
