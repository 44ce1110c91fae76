# expect: RecursionError,ok
import re
p = re.compile("(?:a|" * 900 + "b" + ")" * 900)
print(bool(p.match("b")))
